"""The built gazetteer: a read-only SQLite file plus its name trie, opened once per process."""

from __future__ import annotations

import os
import sqlite3
import struct
import threading
from array import array
from dataclasses import dataclass
from pathlib import Path

from notatarget.domain.codebook import GeoPrecision
from notatarget.domain.records import Place
from notatarget.errors import GeoError
from notatarget.geo.build import ADMIN1, COUNTRY, DEMONYM, PLACE, RECORD_FORMAT, build_index, signature


@dataclass(frozen=True, slots=True)
class Record:
    """One trie record: a name's kind, flags, commonness as a word (Zipf x 10), row id and population."""

    kind: int
    flags: int
    zipf: int
    ident: int
    population: int


def cache_dir() -> Path:
    """Where the index is built: ``$NOTATARGET_HOME/cache``, else the user cache (``$XDG_CACHE_HOME/notatarget``,
    by default ``~/.cache/notatarget``)."""
    if home := os.environ.get("NOTATARGET_HOME"):
        return Path(home).expanduser() / "cache"
    return _user_cache_dir()


def _user_cache_dir() -> Path:
    base = os.environ.get("XDG_CACHE_HOME") or str(Path.home() / ".cache")
    return Path(base) / "notatarget"


def default_index_path() -> Path:
    """The index file for the installed data and code (its name carries their signature)."""
    return cache_dir() / f"gazetteer-{signature()}.sqlite"


def _existing_index() -> Path | None:
    """The current index if built already: in ``cache_dir()``, else in the user cache (so a process with its
    own ``NOTATARGET_HOME``, a test's or a second project's, does not build a copy of an index already built)."""
    path = default_index_path()
    for candidate in (path, _user_cache_dir() / path.name):
        if candidate.exists():
            return candidate
    return None


class Gazetteer:
    """An opened index. Thread-safe for reading; rows are read on demand, names through an in-memory trie."""

    def __init__(self, path: Path) -> None:
        import marisa_trie

        self.path = path
        try:
            self._db = sqlite3.connect(f"file:{path}?mode=ro&immutable=1", uri=True, check_same_thread=False)
            meta = dict(self._db.execute("SELECT key, value FROM meta"))
            blobs = dict(self._db.execute("SELECT id, data FROM trie"))
            self.trie = marisa_trie.Trie().frombytes(blobs[1])
            self._offsets = array("I")
            self._offsets.frombytes(blobs[2])
            self._packed = blobs[3]
        except (sqlite3.Error, KeyError, ValueError, RuntimeError) as exc:
            raise GeoError(f"the gazetteer index {path} is unreadable: {exc}", hint="delete it to rebuild") from exc
        self.signature = meta.get("signature")
        self._places: dict[tuple[int, int], Place] = {}
        self._lock = threading.Lock()
        self._countries = {
            row[0]: row
            for row in self._db.execute("SELECT id, iso3, name, latitude, longitude, population FROM countries")
        }
        self.country_by_iso3 = {row[1]: row for row in self._countries.values()}

    def records(self, key: str) -> list[Record]:
        """The records of one folded name key (empty when unknown)."""
        key_id = self.trie.get(key)
        if key_id is None:
            return []
        chunk = self._packed[self._offsets[key_id] : self._offsets[key_id + 1]]
        return [Record(*r) for r in struct.iter_unpack(RECORD_FORMAT, chunk)]

    def prefixes(self, text: str) -> list[str]:
        """The name keys that are prefixes of ``text`` (a folded stretch of text)."""
        return self.trie.prefixes(text)

    def keys(self, prefix: str) -> list[str]:
        """All name keys that start with ``prefix``."""
        return self.trie.keys(prefix)

    def place(self, record: Record) -> Place:
        """The Place a record stands for (a settlement, an admin1 or a country): a fresh copy, cached."""
        p = self._cached(record)
        return Place(p.name, p.country, p.admin1, p.latitude, p.longitude, p.precision, p.population, p.geonameid)

    def country_of(self, record: Record) -> str | None:
        """The ISO3 country of a record's place."""
        return self._cached(record).country

    def _cached(self, record: Record) -> Place:
        cache_key = (record.kind if record.kind != DEMONYM else COUNTRY, record.ident)
        if (found := self._places.get(cache_key)) is None:
            if len(self._places) > 100_000:
                self._places.clear()
            found = self._places[cache_key] = self._read_place(record)
        return found

    def _read_place(self, record: Record) -> Place:
        if record.kind in (COUNTRY, DEMONYM):
            return self.country_place(self._countries[record.ident][1])
        if record.kind == ADMIN1:
            row = self._query(
                "SELECT name, country, latitude, longitude, population FROM admin1 WHERE id = ?", record.ident
            )
            return Place(row[0], row[1], row[0], row[2], row[3], GeoPrecision.ADMIN1.value, row[4] or None)
        if record.kind == PLACE and (place := self.settlement(record.ident)):
            return place
        raise GeoError(f"the index has no record {record}", hint="delete the index file to rebuild it")

    def settlement(self, geonameid: int) -> Place | None:
        """The settlement with this GeoNames id, or ``None``."""
        row = self._query(
            "SELECT p.name, p.country, a.name, p.latitude, p.longitude, p.population, p.geonameid "
            "FROM places p LEFT JOIN admin1 a ON a.id = p.admin1_id WHERE p.geonameid = ?",
            geonameid,
        )
        return (
            Place(row[0], row[1], row[2], row[3], row[4], GeoPrecision.SETTLEMENT.value, row[5], row[6])
            if row
            else None
        )

    def country_place(self, iso3: str) -> Place:
        """The Place of a whole country, at its settlement centroid."""
        _, iso3, name, lat, lon, pop = self.country_by_iso3[iso3]
        return Place(name, iso3, None, lat, lon, GeoPrecision.COUNTRY.value, pop)

    def admin1_place(self, name: str, country: str | None) -> Place | None:
        """The admin1 called ``name`` (its short English name), within ``country`` when given."""
        sql = "SELECT name, country, latitude, longitude, population FROM admin1 WHERE name = ? COLLATE NOCASE"
        args: tuple = (name,)
        if country:
            sql += " AND country = ?"
            args += (country,)
        row = self._query(sql + " ORDER BY population DESC", *args)
        return Place(row[0], row[1], row[0], row[2], row[3], GeoPrecision.ADMIN1.value, row[4]) if row else None

    def _query(self, sql: str, *args: object) -> tuple:
        with self._lock:
            return self._db.execute(sql, args).fetchone()


_opened: Gazetteer | None = None
_open_lock = threading.Lock()


def ensure_index() -> Path:
    """The current index file, built first only when it is missing or out of date (for setup scripts)."""
    return gazetteer().path


def gazetteer() -> Gazetteer:
    """The process's gazetteer, building the index first when it is missing or out of date."""
    global _opened
    if _opened is None:
        with _open_lock:
            if _opened is None:
                path = _existing_index() or build_index()
                try:
                    _opened = Gazetteer(path)
                except GeoError:  # a damaged file: build it again, once
                    _opened = Gazetteer(build_index())
    return _opened


def reset() -> None:
    """Forget the opened gazetteer (the next call re-opens, and rebuilds if needed)."""
    global _opened
    _opened = None
