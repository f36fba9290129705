#!/usr/bin/env bash
# Makes sure a Chromium or Chrome is installed for the end-to-end tests. Installs Debian's chromium
# when it can (root with apt); otherwise fails and says why. It never lets the browser tests skip.
set -euo pipefail
for b in chromium chromium-browser google-chrome google-chrome-stable; do
  if command -v "$b" >/dev/null 2>&1; then exit 0; fi
done
if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null 2>&1; then
  echo "chromium not found: installing Debian's chromium package"
  apt-get update -qq
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium >/dev/null
  exit 0
fi
echo "No Chromium or Chrome found, and cannot install one (needs root and apt-get)." >&2
echo "Install Debian's 'chromium' package, or put chrome on PATH, then run make test again." >&2
exit 1
