#!/usr/bin/env bash
# Set up notatarget on this machine: a virtual environment in .venv with the package installed.
#   bash scripts/setup.sh          # what `notatarget demo` and everyday use need
#   bash scripts/setup.sh --test   # also the test tools, Chromium and its driver, pdftoppm, a running PostgreSQL
set -euo pipefail
cd "$(dirname "$0")/.."

want_test=0
[ "${1:-}" = "--test" ] && want_test=1

# Debian packages, installed only when missing; the package lists are fetched once, before the first install.
apt_updated=0
apt_install() {
  command -v apt-get >/dev/null || { echo "setup: apt-get is not here; install $* yourself" >&2; return 1; }
  local sudo_cmd=""
  [ "$(id -u)" = 0 ] || sudo_cmd="sudo"
  if [ "$apt_updated" = 0 ]; then
    $sudo_cmd apt-get update -qq >/dev/null
    apt_updated=1
  fi
  DEBIAN_FRONTEND=noninteractive $sudo_cmd apt-get install -y -qq "$@" >/dev/null
}

# pip, without the machine's notes about optional local package folders
pip_install() {
  .venv/bin/python -m pip install --quiet --disable-pip-version-check "$@" 2> >(grep -v '^WARNING: Location' >&2)
}

py=${PYTHON:-python3}
[ -x .venv/bin/python ] || "$py" -m venv .venv
pip_install --upgrade pip
if [ "$want_test" = 1 ]; then
  pip_install -e ".[test]"
else
  pip_install -e .
fi

# The monthly brief's PDF (WeasyPrint) needs the system's Pango.
if ! ldconfig -p 2>/dev/null | grep -q libpangoft2-1.0; then
  apt_install libpango-1.0-0 libpangoft2-1.0-0 || echo "setup: without Pango, 'notatarget brief' writes HTML only" >&2
fi

# The offline gazetteer index (GeoNames from the installed packages), built once so the first run is quick.
.venv/bin/python -c "import notatarget.geo as g; g.ensure_index()"

if [ "$want_test" = 1 ]; then
  # A real browser for the web UI tests and pdftoppm for the brief's PDF test (test tools may not download browsers).
  command -v chromium >/dev/null && command -v chromedriver >/dev/null || apt_install chromium chromium-driver
  command -v pdftoppm >/dev/null || apt_install poppler-utils
  # PostgreSQL for the team-database half of the suite: start the local cluster when it is installed but down.
  if command -v pg_isready >/dev/null && ! pg_isready -q -h 127.0.0.1 -p 5432; then
    if command -v pg_ctlcluster >/dev/null && [ -d /etc/postgresql ]; then
      pg_ctlcluster --skip-systemctl-redirect "$(ls /etc/postgresql | head -n1)" main start || true
      for _ in $(seq 1 30); do pg_isready -q -h 127.0.0.1 -p 5432 && break; sleep 1; done
    fi
  fi
fi
echo "notatarget is set up in .venv ($(.venv/bin/notatarget --version))"
