#!/usr/bin/env bash
# Makes sure Debian's chromium and chromium-driver are installed: the console's browser tests (server ConsoleIT)
# drive headless Chromium through chromedriver; ConsoleCertificateIT also needs NSS's certutil and pk12util
# (libnss3-tools) to give Chromium a client certificate. Installs them with apt when missing (as root, or through sudo
# without a password); otherwise fails with a message that says what to install and why it could not. Also installs
# a small CJK font (fonts-wqy-microhei) when none is present, best effort, so screenshots show the Chinese UI text.
# Called by .ci/run and by './tracechain test' before 'mvn verify'.
set -euo pipefail

fail() {
  echo "ensure-chromium: $*" >&2
  echo "ensure-chromium: the browser tests (server ConsoleIT) need Debian's 'chromium' and 'chromium-driver';" \
    "install them (apt-get install -y chromium chromium-driver) and run again." >&2
  exit 1
}

installed() {
  command -v chromium >/dev/null 2>&1 && command -v chromedriver >/dev/null 2>&1 \
    && command -v certutil >/dev/null 2>&1 && command -v pk12util >/dev/null 2>&1
}

# The console's Chinese text needs a CJK font, or the screenshots show boxes; the tests pass without one (they read
# the DOM, not pixels), so a font that cannot be installed is a warning, not a failure.
has_cjk_font() {
  command -v fc-list >/dev/null 2>&1 && [ -n "$(fc-list :lang=zh 2>/dev/null | sed -n 1p)" ]
}
packages=(chromium chromium-driver libnss3-tools)
if installed; then
  has_cjk_font && exit 0
  packages=(fonts-wqy-microhei)
elif ! has_cjk_font; then
  packages+=(fonts-wqy-microhei)
fi

font_only() {
  [ "${packages[*]}" = "fonts-wqy-microhei" ]
}
cannot() {
  if font_only; then
    echo "ensure-chromium: warning: $1; Chinese text in the console's screenshots will show as boxes" >&2
    exit 0
  fi
  fail "$1"
}

command -v apt-get >/dev/null 2>&1 || cannot "${packages[*]} missing and there is no apt-get to install them"
if [ "$(id -u)" -eq 0 ]; then
  as_root=()
elif command -v sudo >/dev/null 2>&1 && sudo -n true 2>/dev/null; then
  as_root=(sudo -n)
else
  cannot "${packages[*]} missing, and installing needs root (not root, and no password-less sudo)"
fi

echo "ensure-chromium: installing ${packages[*]} with apt-get" >&2
log="$(mktemp "${TMPDIR:-/tmp}/ensure-chromium.XXXXXX")"
trap 'rm -f "$log"' EXIT
if ! "${as_root[@]}" env DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends \
    "${packages[@]}" >"$log" 2>&1; then
  # The package lists may be missing or stale (a fresh container): refresh them once and try again.
  if ! { "${as_root[@]}" apt-get update >>"$log" 2>&1 && "${as_root[@]}" env DEBIAN_FRONTEND=noninteractive \
      apt-get install -y --no-install-recommends "${packages[@]}" >>"$log" 2>&1; }; then
    tail -n 15 "$log" >&2
    cannot "apt-get could not install ${packages[*]} (the lines above say why: no repository, download refused, ...)"
  fi
fi
installed || fail "apt-get finished but chromium, chromedriver, certutil or pk12util is still not on PATH"
echo "ensure-chromium: $(chromium --version 2>/dev/null | sed -n 1p), $(chromedriver --version 2>/dev/null | sed -n 1p)" >&2
