#!/usr/bin/env bash
# Makes sure Debian's chromium and chromium-driver are installed: the console's browser tests (server ConsoleIT)
# drive headless Chromium through chromedriver. Installs them with apt when missing (as root, or through sudo
# without a password); otherwise fails with a message that says what to install and why it could not.
# Called by .ci/run and by './tracechain test' before 'mvn verify'.
set -euo pipefail

fail() {
  echo "ensure-chromium: $*" >&2
  echo "ensure-chromium: the browser tests (server ConsoleIT) need Debian's 'chromium' and 'chromium-driver';" \
    "install them (apt-get install -y chromium chromium-driver) and run again." >&2
  exit 1
}

installed() {
  command -v chromium >/dev/null 2>&1 && command -v chromedriver >/dev/null 2>&1
}

if installed; then
  exit 0
fi

command -v apt-get >/dev/null 2>&1 || fail "chromium or chromedriver is missing and there is no apt-get to install them"

if [ "$(id -u)" -eq 0 ]; then
  as_root=()
elif command -v sudo >/dev/null 2>&1 && sudo -n true 2>/dev/null; then
  as_root=(sudo -n)
else
  fail "chromium or chromedriver is missing, and installing them needs root (not root, and no password-less sudo)"
fi

echo "ensure-chromium: installing chromium and chromium-driver with apt-get" >&2
log="$(mktemp "${TMPDIR:-/tmp}/ensure-chromium.XXXXXX")"
trap 'rm -f "$log"' EXIT
if ! "${as_root[@]}" env DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends \
    chromium chromium-driver >"$log" 2>&1; then
  # The package lists may be missing or stale (a fresh container): refresh them once and try again.
  if ! { "${as_root[@]}" apt-get update >>"$log" 2>&1 && "${as_root[@]}" env DEBIAN_FRONTEND=noninteractive \
      apt-get install -y --no-install-recommends chromium chromium-driver >>"$log" 2>&1; }; then
    tail -n 15 "$log" >&2
    fail "apt-get could not install them (the lines above say why: no repository, download refused, ...)"
  fi
fi
installed || fail "apt-get finished but chromium or chromedriver is still not on PATH"
echo "ensure-chromium: $(chromium --version 2>/dev/null | sed -n 1p), $(chromedriver --version 2>/dev/null | sed -n 1p)" >&2
