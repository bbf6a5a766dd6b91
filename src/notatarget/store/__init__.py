"""Persistence: the :class:`Store` (SQLAlchemy 2 + Alembic; SQLite by default, PostgreSQL for teams), the
content-addressed :class:`BlobStore` and the hash-chained audit log. See ``docs/store.md``."""

from notatarget.store.audit import VerifyResult
from notatarget.store.blobs import BlobStore, hash_file
from notatarget.store.store import EvidenceCheck, Store, public_id

__all__ = ["BlobStore", "EvidenceCheck", "Store", "VerifyResult", "hash_file", "public_id"]
