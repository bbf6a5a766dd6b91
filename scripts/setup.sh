#!/usr/bin/env bash
# Set up notatarget on this machine: a virtual environment in .venv with the package installed.
#   bash scripts/setup.sh          # what `notatarget demo` and everyday use need
#   bash scripts/setup.sh --test   # also the test tools, Chromium and its driver, and a running PostgreSQL
set -euo pipefail
cd "$(dirname "$0")/.."

want_test=0
[ "${1:-}" = "--test" ] && want_test=1

py=${PYTHON:-python3}
if [ ! -x .venv/bin/python ]; then
  "$py" -m venv .venv
fi
.venv/bin/python -m pip install --quiet --disable-pip-version-check --upgrade pip >/dev/null
if [ "$want_test" = 1 ]; then
  .venv/bin/python -m pip install --quiet --disable-pip-version-check -e ".[test]"
else
  .venv/bin/python -m pip install --quiet --disable-pip-version-check -e .
fi

if [ "$want_test" = 1 ]; then
  # A real browser for the web UI tests (Debian's packages; test tools may not download their own).
  if ! command -v chromium >/dev/null || ! command -v chromedriver >/dev/null; then
    if command -v apt-get >/dev/null; then
      sudo_cmd=""; [ "$(id -u)" = 0 ] || sudo_cmd="sudo"
      $sudo_cmd apt-get update -qq >/dev/null
      DEBIAN_FRONTEND=noninteractive $sudo_cmd apt-get install -y -qq chromium chromium-driver poppler-utils >/dev/null
    else
      echo "setup: chromium and chromedriver are missing and apt-get is not here; browser tests will skip" >&2
    fi
  fi
  command -v pdftoppm >/dev/null || { command -v apt-get >/dev/null && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq poppler-utils >/dev/null || true; }
  # PostgreSQL for the team-database half of the suite: start the local cluster when it is installed but down.
  if command -v pg_isready >/dev/null && ! pg_isready -q -h 127.0.0.1 -p 5432; then
    if command -v pg_ctlcluster >/dev/null && [ -d /etc/postgresql ]; then
      pg_ctlcluster --skip-systemctl-redirect "$(ls /etc/postgresql | head -n1)" main start || true
      for _ in $(seq 1 30); do pg_isready -q -h 127.0.0.1 -p 5432 && break; sleep 1; done
    fi
  fi
fi
# The monthly brief's PDF (WeasyPrint) needs the system's Pango.
ldconfig -p 2>/dev/null | grep -q libpangoft2-1.0 || { command -v apt-get >/dev/null && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq libpango-1.0-0 libpangoft2-1.0-0 >/dev/null || echo "setup: Pango is missing; 'notatarget brief' can write HTML but not PDF" >&2; }
echo "notatarget is set up in .venv ($(.venv/bin/notatarget --version 2>/dev/null || echo installed))"
