#!/usr/bin/env bash
# One command from a fresh clone to Candor running: system browsers (if missing), npm
# dependencies, both builds, then the demo. `npm run setup -- --no-demo` skips the demo.
set -euo pipefail
cd "$(dirname "$0")/.."

demo=1
for arg in "$@"; do
  [ "$arg" = "--no-demo" ] && demo=0
done

need=()
command -v chromium >/dev/null 2>&1 || need+=(chromium)
command -v firefox-esr >/dev/null 2>&1 || need+=(firefox-esr)
command -v openssl >/dev/null 2>&1 || need+=(openssl)
if [ ${#need[@]} -gt 0 ]; then
  echo "Installing ${need[*]} from Debian's packages (used by the demo and the browser tests)…"
  sudo=""
  [ "$(id -u)" -ne 0 ] && sudo="sudo"
  $sudo apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq "${need[@]}"
fi

npm ci --no-audit --no-fund
npm run build

if [ "$demo" = 1 ]; then
  npm run demo
fi
