"""Engines and migrations: every connection policy of the store lives here.

SQLite (the default) gets WAL, foreign keys, ``synchronous=FULL`` and a busy timeout on every connection,
and its write transactions start with ``BEGIN IMMEDIATE`` so two writers queue instead of failing half-way.
PostgreSQL needs nothing special; ``?options=-csearch_path%3Dname`` in the URL puts the store in a schema.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

import sqlalchemy as sa
from alembic import command
from alembic.config import Config
from alembic.runtime.migration import MigrationContext
from alembic.script import ScriptDirectory
from sqlalchemy import event
from sqlalchemy.engine import Engine, make_url
from sqlalchemy.pool import StaticPool

from notatarget.errors import StoreError

#: Execution option that marks a connection's transactions as read-only (plain deferred ``BEGIN`` on SQLite).
READONLY = "notatarget_readonly"
SQLITE_BUSY_TIMEOUT_MS = 30_000
MIGRATIONS = Path(__file__).with_name("migrations")


def is_sqlite(engine_or_url: Engine | str) -> bool:
    """Whether this engine or URL is SQLite."""
    url = engine_or_url.url if isinstance(engine_or_url, Engine) else make_url(engine_or_url)
    return url.get_backend_name() == "sqlite"


def create_engine(url: str, **kwargs: Any) -> Engine:
    """An engine for ``url`` with the store's connection policy; SQLite files get their folder created."""
    try:
        parsed = make_url(url)
    except sa.exc.ArgumentError as exc:
        raise StoreError(
            f"not a database URL: {url!r}", hint="use sqlite:///path.db or postgresql+psycopg://..."
        ) from exc
    if parsed.drivername in ("postgresql", "postgres"):
        parsed = parsed.set(drivername="postgresql+psycopg")
    if parsed.get_backend_name() != "sqlite":
        return sa.create_engine(parsed, pool_pre_ping=True, **kwargs)
    memory = parsed.database in (None, "", ":memory:")
    if memory:
        kwargs.setdefault("poolclass", StaticPool)
        kwargs.setdefault("connect_args", {"check_same_thread": False})
    else:
        folder = Path(parsed.database).expanduser().parent
        try:
            folder.mkdir(parents=True, exist_ok=True)
        except OSError as exc:
            raise StoreError(f"cannot create the database folder {folder}: {exc.strerror}") from exc
    engine = sa.create_engine(parsed, **kwargs)
    _sqlite_policy(engine, wal=not memory)
    return engine


def _sqlite_policy(engine: Engine, *, wal: bool) -> None:
    @event.listens_for(engine, "connect")
    def _on_connect(dbapi_connection: Any, _record: Any) -> None:
        dbapi_connection.isolation_level = None  # let the "begin" hook below issue BEGIN itself
        cursor = dbapi_connection.cursor()
        cursor.execute(f"PRAGMA busy_timeout = {SQLITE_BUSY_TIMEOUT_MS}")
        cursor.execute("PRAGMA foreign_keys = ON")
        if wal:
            cursor.execute("PRAGMA journal_mode = WAL")
        cursor.execute("PRAGMA synchronous = FULL")
        cursor.close()

    @event.listens_for(engine, "begin")
    def _on_begin(connection: sa.Connection) -> None:
        readonly = connection.get_execution_options().get(READONLY, False)
        connection.exec_driver_sql("BEGIN" if readonly else "BEGIN IMMEDIATE")


def alembic_config(connection: sa.Connection | None = None, url: str | None = None) -> Config:
    """An Alembic config for the store's migrations, with no ``alembic.ini``.

    Pass ``connection`` to migrate over it, or ``url`` (e.g. to autogenerate a revision:
    ``alembic.command.revision(alembic_config(url=...), "message", autogenerate=True)``).
    """
    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS))
    if url:
        config.set_main_option("sqlalchemy.url", url.replace("%", "%%"))
    if connection is not None:
        config.attributes["connection"] = connection
    return config


def head_revision() -> str | None:
    """The newest migration revision shipped with this version of notatarget."""
    return ScriptDirectory.from_config(alembic_config()).get_current_head()


@contextmanager
def database_errors(engine: Engine) -> Iterator[None]:
    """Turn SQLAlchemy's errors into :class:`StoreError` naming the database (password hidden)."""
    try:
        yield
    except sa.exc.SQLAlchemyError as exc:
        where = engine.url.render_as_string(hide_password=True)
        raise StoreError(f"database error on {where}: {getattr(exc, 'orig', None) or exc}") from exc


def current_revision(engine: Engine) -> str | None:
    """The revision the database is at (None for an empty database)."""
    with database_errors(engine), engine.connect() as connection:
        return MigrationContext.configure(connection).get_current_revision()


def upgrade(engine: Engine, revision: str = "head") -> None:
    """Run the migrations up to ``revision`` in one transaction (where the database allows DDL in one)."""
    with database_errors(engine), engine.begin() as connection:
        command.upgrade(alembic_config(connection), revision)
