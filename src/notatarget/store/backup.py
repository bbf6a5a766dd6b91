"""Consistent backups of the database: SQLite's online backup API, or ``pg_dump`` for PostgreSQL.

The copy is written beside the target and moved into place only when complete, so a failed backup never
leaves a half-written file under the requested name. Blobs are plain files: copy the blob folder as it is
(it is write-once, so ``rsync`` or any file copy is consistent).
"""

from __future__ import annotations

import contextlib
import os
import shutil
import sqlite3
import subprocess
from pathlib import Path
from urllib.parse import unquote

from sqlalchemy.engine import Engine

from notatarget.errors import StoreError

PG_DUMP_TIMEOUT_S = 3600


def backup(engine: Engine, target: Path) -> Path:
    """Copy the database of ``engine`` to ``target`` (which must not exist yet); return ``target``."""
    target = target.expanduser()
    if target.exists():
        raise StoreError(f"{target} already exists", hint="choose a new file name; backups never overwrite")
    target.parent.mkdir(parents=True, exist_ok=True)
    partial = target.with_name(f".{target.name}.partial")
    try:
        if engine.dialect.name == "sqlite":
            _sqlite_backup(engine, partial)
        elif engine.dialect.name == "postgresql":
            _pg_dump(engine, partial)
        else:
            raise StoreError(f"no backup method for {engine.dialect.name}")
        os.replace(partial, target)
    finally:
        with contextlib.suppress(FileNotFoundError):
            partial.unlink()
    return target


def _sqlite_backup(engine: Engine, target: Path) -> None:
    """SQLite's online backup in one step: a consistent snapshot even while other connections write."""
    raw = engine.raw_connection()
    try:
        source = raw.driver_connection
        destination = sqlite3.connect(target)
        try:
            with destination:
                source.backup(destination)
        finally:
            destination.close()
    except sqlite3.Error as exc:
        raise StoreError(f"SQLite backup to {target} failed: {exc}") from exc
    finally:
        raw.close()


def _pg_dump(engine: Engine, target: Path) -> None:
    """``pg_dump --format=custom`` (restore with ``pg_restore``); only the store's schema when the URL names one."""
    pg_dump = shutil.which("pg_dump")
    if pg_dump is None:
        raise StoreError("pg_dump is not installed", hint="install the PostgreSQL client (Debian: postgresql-client)")
    url = engine.url
    env = {**os.environ, "PGCONNECT_TIMEOUT": "10"}
    if url.password:
        env["PGPASSWORD"] = str(url.password)
    command = [pg_dump, "--format=custom", "--no-owner", f"--file={target}"]
    options = url.query.get("options")
    schema = _search_path_schema(options if isinstance(options, str) else None)
    if schema:
        command.append(f"--schema={schema}")
    conninfo = url.set(drivername="postgresql", password=None).render_as_string(hide_password=False)
    command.append(f"--dbname={conninfo}")
    try:
        done = subprocess.run(command, env=env, capture_output=True, text=True, timeout=PG_DUMP_TIMEOUT_S)
    except subprocess.TimeoutExpired as exc:
        raise StoreError(f"pg_dump did not finish in {PG_DUMP_TIMEOUT_S} s") from exc
    if done.returncode != 0:
        raise StoreError(f"pg_dump failed: {done.stderr.strip()}")


def _search_path_schema(options: str | None) -> str | None:
    """The first schema of ``-csearch_path=...`` in a libpq ``options`` value, if any."""
    for part in unquote(options or "").split():
        if part.startswith("-csearch_path="):
            return part.split("=", 1)[1].split(",")[0].strip() or None
    return None
