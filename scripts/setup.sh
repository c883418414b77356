#!/usr/bin/env bash
# First-time set-up on Debian 12 (the README's "two commands"): installs Chromium and Firefox ESR with apt-get when
# they are missing, then the npm packages with `npm ci`, and says what it installed and what it found.
# apt-get runs directly as root and through sudo otherwise: root on a bare machine or in a container has no sudo,
# so a plain `sudo apt-get …` fails there.
#   bash scripts/setup.sh          install what is missing
#   bash scripts/setup.sh --apt    run apt-get even when both browsers are there (brings them up to date)
set -euo pipefail

cd "$(dirname "${BASH_SOURCE[0]}")/.."

# Where the browser tests and `npm start` look, with the same overrides (test/e2e/harness.mjs).
CHROMIUM=${HARDDAY_CHROMIUM:-/usr/bin/chromium}
FIREFOX=${HARDDAY_FIREFOX:-/usr/bin/firefox-esr}
FORCE_APT=false
for arg in "$@"; do
  case "${arg}" in
    --apt) FORCE_APT=true ;;
    *)
      echo "unknown option: ${arg} (see the header of $0)" >&2
      exit 2
      ;;
  esac
done

step() { printf '\n== %s\n' "$*"; }

as_root() {
  if [ "$(id -u)" -eq 0 ]; then
    "$@"
  elif command -v sudo >/dev/null 2>&1; then
    sudo "$@"
  else
    echo "need root or sudo to run: $*" >&2
    return 1
  fi
}

step "node"
if ! command -v node >/dev/null 2>&1 || ! command -v npm >/dev/null 2>&1; then
  # Debian 12's own nodejs is 18, too old for WXT, so this is not installed with apt.
  echo "Node.js 20.12+ and npm are needed (e.g. from nodejs.org or NodeSource); install them and run this again." >&2
  exit 1
fi
node -e '
  const [major, minor] = process.versions.node.split(".").map(Number);
  if (major < 20 || (major === 20 && minor < 12)) {
    console.error(`Node ${process.versions.node} is too old: HardDay needs 20.12 or newer`);
    process.exit(1);
  }'
echo "node $(node --version), npm $(npm --version)"

step "browsers"
missing=()
[ -x "${CHROMIUM}" ] || missing+=(chromium)
[ -x "${FIREFOX}" ] || missing+=(firefox-esr)
# The browser tests in German, French, Spanish, Dutch, Italian and British English (issue 13): Chromium's UI
# languages and Firefox's language packs (the same list as .ci/run).
[ -f /usr/lib/chromium/locales/de.pak ] || missing+=(chromium-l10n)
langpacks=(de:de fr:fr es-ES:es-es nl:nl it:it en-GB:en-gb)
for pack in "${langpacks[@]}"; do
  [ -f "/usr/lib/firefox-esr/browser/extensions/langpack-${pack%%:*}@firefox-esr.mozilla.org.xpi" ] ||
    missing+=("firefox-esr-l10n-${pack##*:}")
done
if [ "${#missing[@]}" -gt 0 ] || [ "${FORCE_APT}" = true ]; then
  packages=(chromium firefox-esr chromium-l10n)
  for pack in "${langpacks[@]}"; do packages+=("firefox-esr-l10n-${pack##*:}"); done
  [ "${FORCE_APT}" = true ] || packages=("${missing[@]}")
  how="as root"
  [ "$(id -u)" -eq 0 ] || how=$(command -v sudo >/dev/null 2>&1 && echo "with sudo" || echo "needs root or sudo")
  echo "apt-get install ${packages[*]} (${how})"
  as_root env DEBIAN_FRONTEND=noninteractive apt-get update
  as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y "${packages[@]}"
  if [ "${#missing[@]}" -gt 0 ]; then
    installed="installed now: ${missing[*]}"
  else
    installed="already installed, checked with apt-get: ${packages[*]}"
  fi
else
  installed="already installed: chromium, firefox-esr"
fi
for browser in "${CHROMIUM}" "${FIREFOX}"; do
  [ -x "${browser}" ] || {
    echo "still no browser at ${browser} (HARDDAY_CHROMIUM / HARDDAY_FIREFOX point elsewhere?)" >&2
    exit 1
  }
done
# Debian's chromium wrapper may print a shell warning before the version; the version is the last line.
chromium_version=$("${CHROMIUM}" --version 2>/dev/null | tail -n 1)
firefox_version=$("${FIREFOX}" --version 2>/dev/null | tail -n 1)

step "npm packages (npm ci)"
npm ci --no-audit --no-fund

step "set up"
echo "   ${installed}"
echo "   chromium:     ${CHROMIUM} (${chromium_version})"
echo "   firefox-esr:  ${FIREFOX} (${firefox_version})"
echo "   node:         $(command -v node) ($(node --version)), npm $(npm --version)"
echo "   npm packages: $(pwd)/node_modules"
echo "next: npm start (the demo; screenshots in test-results/demo/ when there is no display)"
