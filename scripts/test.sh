#!/usr/bin/env bash
# Every test: types, unit tests (engine, rules against fixtures, settings…), a fresh build,
# the HTTP Archive export (validated; dist/httparchive), the Firefox linter, the size budget,
# and the end-to-end suite in Chromium and Firefox ESR.
set -euo pipefail
cd "$(dirname "$0")/.."

npm run typecheck
npm run test:unit
npm run build
npm run export:httparchive
npm run lint:firefox
npm run check:budget
npm run test:e2e
