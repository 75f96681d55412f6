#!/bin/sh
# After every pod of audit-job.yaml has completed: merges the run's shard folders into
# $AUDIT_DIR/$RUN/merged (report.json/csv/html, summary.json/csv, screenshots).
set -eu
AUDIT_DIR="${AUDIT_DIR:-/audit}"
RUN="${RUN:-run-1}"
cd "$(dirname "$0")/../.."
exec node_modules/.bin/tsx scripts/audit-merge.ts "$AUDIT_DIR/$RUN"/shard-* --out "$AUDIT_DIR/$RUN/merged" "$@"
