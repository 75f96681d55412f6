#!/bin/sh
# One pod of the Indexed Job in audit-job.yaml: audits shard K+1 of $SHARDS of the URL list,
# where K is the pod's index ($JOB_COMPLETION_INDEX, 0 … SHARDS-1, set by Kubernetes), into its
# own folder on the shared volume. A pod tried again after a failure resumes its shard.
# Any arguments are passed on to the audit (e.g. --concurrency 4 --consent accept).
set -eu
: "${JOB_COMPLETION_INDEX:?is set by Kubernetes for the pods of an Indexed Job}"
: "${SHARDS:?must be the Job's completions (the number of shards)}"
AUDIT_DIR="${AUDIT_DIR:-/audit}"
RUN="${RUN:-run-1}"
URLS="${URLS:-$AUDIT_DIR/urls.txt}"
# --shard is 1-based (i/n with 1 <= i <= n); the pod index is 0-based.
shard=$((JOB_COMPLETION_INDEX + 1))
cd "$(dirname "$0")/../.."
exec node_modules/.bin/tsx scripts/audit.ts "$URLS" --shard "$shard/$SHARDS" --out "$AUDIT_DIR/$RUN/shard-$shard" --resume "$@"
