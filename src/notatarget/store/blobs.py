"""The content-addressed blob store: raw report bytes and evidence files, kept under their SHA-256.

Layout: ``<root>/<h[0:2]>/<h[2:4]>/<h>`` where ``h`` is the hex SHA-256 of the exact bytes, so a blob's name is
the ``sha256sum`` of its content. A blob is written to a temporary file in the same folder, fsynced, made
read-only and moved into place with ``os.replace``; an existing blob is never overwritten (its bytes are
verified and kept). Reads verify the hash. Written by hand because no maintained library does exactly this
(write-once, fsync, verify-on-read) without pulling a storage framework.
"""

from __future__ import annotations

import contextlib
import hashlib
import os
import tempfile
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import BinaryIO

from notatarget.errors import IntegrityError, NotFound, StoreError

CHUNK = 1 << 20
_HEX = frozenset("0123456789abcdef")

Writer = Callable[[bytes], None]


def _check_hash(sha256: str) -> str:
    if len(sha256) != 64 or not set(sha256) <= _HEX:
        raise StoreError(f"{sha256!r} is not a SHA-256 hex digest", hint="give 64 lower-case hex digits")
    return sha256


def hash_stream(stream: BinaryIO) -> tuple[str, int]:
    """SHA-256 hex digest and size of everything left in ``stream``."""
    digest = hashlib.sha256()
    size = 0
    while chunk := stream.read(CHUNK):
        digest.update(chunk)
        size += len(chunk)
    return digest.hexdigest(), size


def hash_file(path: Path) -> tuple[str, int]:
    """SHA-256 hex digest (as ``sha256sum`` prints it) and size of the file at ``path``."""
    with open(path, "rb") as stream:
        return hash_stream(stream)


class BlobStore:
    """Write-once storage of bytes under their SHA-256 in the folder ``root``."""

    def __init__(self, root: Path | str) -> None:
        self.root = Path(root).expanduser()

    def path(self, sha256: str) -> Path:
        """Where the blob ``sha256`` lives (whether or not it exists)."""
        _check_hash(sha256)
        return self.root / sha256[:2] / sha256[2:4] / sha256

    def exists(self, sha256: str) -> bool:
        """Whether a file for ``sha256`` is present (its bytes are not checked)."""
        return self.path(sha256).is_file()

    def put(self, data: bytes) -> str:
        """Store ``data``; return its SHA-256. Storing the same bytes again changes nothing."""
        return self._put(lambda write: write(data))

    def put_file(self, source: Path | str) -> tuple[str, int]:
        """Store the file at ``source`` by streaming it; return its SHA-256 and size."""
        try:
            with open(source, "rb") as stream:
                sha = self._put(lambda write: _copy(stream, write))
        except (FileNotFoundError, IsADirectoryError, PermissionError) as exc:
            raise StoreError(f"cannot read {source}: {exc.strerror}") from exc
        return sha, self.path(sha).stat().st_size

    def _put(self, feed: Callable[[Writer], None]) -> str:
        try:
            self.root.mkdir(parents=True, exist_ok=True)
            fd, tmp_name = tempfile.mkstemp(prefix=".incoming-", dir=self.root)
        except OSError as exc:
            raise StoreError(f"cannot write to the blob folder {self.root}: {exc.strerror}") from exc
        digest = hashlib.sha256()
        tmp = Path(tmp_name)
        try:
            with os.fdopen(fd, "wb") as out:

                def write(chunk: bytes) -> None:
                    digest.update(chunk)
                    out.write(chunk)

                feed(write)
                out.flush()
                os.fsync(out.fileno())
            sha = digest.hexdigest()
            target = self.path(sha)
            if target.exists():
                self.verify(sha)
                return sha
            target.parent.mkdir(parents=True, exist_ok=True)
            tmp.chmod(0o444)
            os.replace(tmp, target)
            _fsync_dir(target.parent)
            return sha
        finally:
            with contextlib.suppress(FileNotFoundError):
                tmp.unlink()

    def open(self, sha256: str) -> BinaryIO:
        """The blob as a binary stream (not verified; use :meth:`get` or :meth:`verify` for that)."""
        path = self.path(sha256)
        try:
            return open(path, "rb")
        except FileNotFoundError as exc:
            raise NotFound(f"blob {sha256} is missing from {self.root}") from exc

    def get(self, sha256: str) -> bytes:
        """The bytes of blob ``sha256``, verified; IntegrityError naming the hash if they were altered."""
        with self.open(sha256) as stream:
            data = stream.read()
        actual = hashlib.sha256(data).hexdigest()
        if actual != sha256:
            raise _altered(sha256, actual, self.path(sha256))
        return data

    def verify(self, sha256: str) -> None:
        """Raise NotFound if blob ``sha256`` is missing, IntegrityError if its bytes no longer match."""
        with self.open(sha256) as stream:
            actual, _ = hash_stream(stream)
        if actual != sha256:
            raise _altered(sha256, actual, self.path(sha256))

    def copy_to(self, other: BlobStore) -> int:
        """Copy every blob ``other`` lacks into it, each verified first; return how many were copied.

        An altered blob raises :class:`IntegrityError` naming it (nothing altered is ever copied)."""
        copied = 0
        for sha in self:
            if other.exists(sha):
                continue
            self.verify(sha)
            other.put_file(self.path(sha))
            copied += 1
        return copied

    def __iter__(self) -> Iterator[str]:
        """The hashes of every blob present."""
        if self.root.is_dir():
            for path in sorted(self.root.glob("??/??/*")):
                if path.is_file() and len(path.name) == 64:
                    yield path.name


def _altered(expected: str, actual: str, path: Path) -> IntegrityError:
    return IntegrityError(
        f"blob {expected} was altered: its bytes now hash to {actual}",
        hint=f"restore {path} from a backup; the stored copy is kept as found",
    )


def _copy(stream: BinaryIO, write: Writer) -> None:
    while chunk := stream.read(CHUNK):
        write(chunk)


def _fsync_dir(folder: Path) -> None:
    """Make the rename durable (POSIX); folders cannot be opened for fsync on Windows."""
    if os.name != "posix":
        return
    fd = os.open(folder, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)
