"""Settings, read from the environment. One setting chooses the database.

- ``NOTATARGET_HOME``: the data folder (default ``~/.local/share/notatarget``, or ``$XDG_DATA_HOME/notatarget``).
- ``NOTATARGET_DATABASE_URL``: an SQLAlchemy URL (default: the SQLite file ``notatarget.db`` in the data folder).
  PostgreSQL for teams: ``postgresql+psycopg://user@host:5432/dbname``.
- ``NOTATARGET_BLOB_DIR``: where raw report bytes and evidence files live (default ``blobs/`` in the data folder).
"""

from __future__ import annotations

import os
from pathlib import Path


def data_dir() -> Path:
    """The folder for the default database and blobs."""
    if home := os.environ.get("NOTATARGET_HOME"):
        return Path(home).expanduser()
    base = os.environ.get("XDG_DATA_HOME") or str(Path.home() / ".local" / "share")
    return Path(base) / "notatarget"


def database_url() -> str:
    """The database to use: ``NOTATARGET_DATABASE_URL`` or the default SQLite file."""
    if url := os.environ.get("NOTATARGET_DATABASE_URL"):
        if url.startswith(("postgresql://", "postgres://")):
            url = "postgresql+psycopg://" + url.split("://", 1)[1]
        return url
    return f"sqlite:///{data_dir() / 'notatarget.db'}"


def blob_dir() -> Path:
    """The folder of the content-addressed blob store."""
    if path := os.environ.get("NOTATARGET_BLOB_DIR"):
        return Path(path).expanduser()
    return data_dir() / "blobs"
