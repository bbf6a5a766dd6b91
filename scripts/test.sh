#!/usr/bin/env bash
# Set everything up and run the whole test suite: ruff, then pytest on SQLite and on PostgreSQL.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup.sh --test
.venv/bin/ruff check src tests benchmarks
export NOTATARGET_TEST_POSTGRES_URL=${NOTATARGET_TEST_POSTGRES_URL:-postgresql+psycopg://postgres@127.0.0.1:5432/test}
exec .venv/bin/python -m pytest -q "$@"
