"""Store fixtures for every test that needs a database (loaded from ``conftest.py``).

- ``store_url``: a fresh, empty database URL, parametrised over ``sqlite`` (a file in ``tmp_path``) and
  ``postgresql`` (a new schema in the server named by ``NOTATARGET_TEST_POSTGRES_URL``, default
  ``postgresql+psycopg://postgres@127.0.0.1:5432/test``, selected with ``?options=-csearch_path%3D<schema>`` and
  dropped afterwards). PostgreSQL cases skip when the server is unreachable, unless ``CI`` is set.
- ``store``: a :class:`~notatarget.store.Store` migrated to the newest schema on ``store_url``, with its own blob
  folder. ``sqlite_store``: the same on SQLite only, for tests that need no second backend.
- ``store_env``: ``NOTATARGET_DATABASE_URL``/``NOTATARGET_BLOB_DIR`` set to the ``store``'s, for CLI tests.
"""

from __future__ import annotations

import os
import uuid
from collections.abc import Iterator
from functools import cache
from pathlib import Path

import pytest
import sqlalchemy as sa

from notatarget.store import Store

POSTGRES_URL = os.environ.get("NOTATARGET_TEST_POSTGRES_URL", "postgresql+psycopg://postgres@127.0.0.1:5432/test")


def _connect_error(url: sa.URL | str, sql: str = "SELECT 1") -> str | None:
    engine = sa.create_engine(url, connect_args={"connect_timeout": 3}, isolation_level="AUTOCOMMIT")
    try:
        with engine.connect() as connection:
            connection.exec_driver_sql(sql)
    except Exception as exc:  # any failure to connect means: no PostgreSQL here
        return f"{type(exc).__name__}: {exc}".splitlines()[0]
    finally:
        engine.dispose()
    return None


@cache
def _postgres_error() -> str | None:
    """Why the test server cannot be used (None when it can); asked once per test run. A missing test
    database is created when the server lets us."""
    error = _connect_error(POSTGRES_URL)
    if error and "does not exist" in error:
        url = sa.make_url(POSTGRES_URL)
        if not _connect_error(url.set(database="postgres"), f'CREATE DATABASE "{url.database}"'):
            error = _connect_error(POSTGRES_URL)
    return error


@pytest.fixture
def postgres_url() -> Iterator[str]:
    """A URL whose connections use a new, empty schema; the schema is dropped after the test."""
    error = _postgres_error()
    if error:
        if os.environ.get("CI"):
            pytest.fail(f"CI must test PostgreSQL, but {POSTGRES_URL} is unreachable: {error}")
        pytest.skip(f"PostgreSQL at {POSTGRES_URL} is unreachable: {error}")
    schema = f"test_{uuid.uuid4().hex[:12]}"
    admin = sa.create_engine(POSTGRES_URL)
    with admin.begin() as connection:
        connection.exec_driver_sql(f'CREATE SCHEMA "{schema}"')
    separator = "&" if "?" in POSTGRES_URL else "?"
    try:
        yield f"{POSTGRES_URL}{separator}options=-csearch_path%3D{schema}"
    finally:
        with admin.begin() as connection:
            connection.exec_driver_sql(f'DROP SCHEMA "{schema}" CASCADE')
        admin.dispose()


@pytest.fixture(params=["sqlite", pytest.param("postgresql", marks=pytest.mark.postgres)])
def store_url(request: pytest.FixtureRequest, tmp_path: Path) -> str:
    """An empty database on each backend in turn."""
    if request.param == "sqlite":
        return f"sqlite:///{tmp_path / 'notatarget.db'}"
    return request.getfixturevalue("postgres_url")


def _open(url: str, blob_dir: Path) -> Iterator[Store]:
    store = Store.open(url, blob_dir, upgrade=True)
    try:
        yield store
    finally:
        store.close()


@pytest.fixture
def store(store_url: str, tmp_path: Path) -> Iterator[Store]:
    """A migrated store on each backend in turn."""
    yield from _open(store_url, tmp_path / "blobs")


@pytest.fixture
def sqlite_store(tmp_path: Path) -> Iterator[Store]:
    """A migrated store in a SQLite file."""
    yield from _open(f"sqlite:///{tmp_path / 'notatarget.db'}", tmp_path / "blobs")


@pytest.fixture
def store_env(store: Store, monkeypatch: pytest.MonkeyPatch) -> Store:
    """``store``, with the settings pointing at it so that CLI commands use it."""
    monkeypatch.setenv("NOTATARGET_DATABASE_URL", store.engine.url.render_as_string(hide_password=False))
    monkeypatch.setenv("NOTATARGET_BLOB_DIR", str(store.blobs.root))
    return store
