#!/usr/bin/env bash
# Set up and run bukva's tests on a fresh Debian machine: Debian's chromium for the browser
# tests (Playwright drives it; nothing downloads a browser), a virtual environment with the
# dev extra, then pytest. The README's test command; CI (.ci/run) calls exactly this.
set -euo pipefail
cd "$(dirname "$0")/.."
if ! command -v chromium >/dev/null 2>&1; then
  echo "tools/test.sh: installing Debian's chromium for the browser tests" >&2
  if [ "$(id -u)" = 0 ]; then SUDO=""; else SUDO="sudo"; fi
  $SUDO apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq chromium >/dev/null
fi
python3 -m venv .venv
. .venv/bin/activate
pip install -q -e '.[dev]'
python -m pytest "$@"
