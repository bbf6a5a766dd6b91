"""Look names up in the gazetteer: places, countries, admin1, centroids for coordinate generalisation."""

from __future__ import annotations

import pycountry
from rapidfuzz import fuzz, process

from notatarget.domain.records import Place
from notatarget.errors import GeoError
from notatarget.geo._text import name_key
from notatarget.geo.build import ADMIN1, COUNTRY, DEMONYM, PLACE, PRIMARY
from notatarget.geo.index import Record, gazetteer

#: Least rapidfuzz ratio for a spelling variant ("Hodeidah" for "Hodeida") to count in ``lookup``.
FUZZY_CUTOFF = 88
_KIND_RANK = {COUNTRY: 0, PLACE: 1, ADMIN1: 2}
_MAX_NAME = 200


def lookup(name: str, country: str | None = None, *, limit: int = 10) -> list[Place]:
    """Places called ``name``, best first: in ``country`` (ISO3 or a name) first, then countries, settlements and
    admin1, then own names before alternate names, then by population. Spelling variants are found by fuzzy
    matching when no name matches exactly."""
    key = _key(name)
    if not key:
        return []
    gaz = gazetteer()
    iso3 = country_iso3(country) if country else None
    records = [r for r in gaz.records(key) if r.kind != DEMONYM]
    if not records and len(key) >= 4:
        close = process.extract(key, gaz.keys(key[:2]), scorer=fuzz.ratio, score_cutoff=FUZZY_CUTOFF, limit=5)
        records = [r for match, _, _ in close for r in gaz.records(match) if r.kind != DEMONYM]
    places: list[tuple[tuple, Place]] = []
    seen: set[tuple] = set()
    for record in records:
        place = gaz.place(record)
        ident = (record.kind, place.name, place.country, place.latitude)
        if ident not in seen:
            seen.add(ident)
            places.append((_rank(record, place, iso3), place))
    places.sort(key=lambda rp: rp[0])
    return [p for _, p in places[:limit]]


def country_iso3(name: str | None) -> str | None:
    """The ISO 3166-1 alpha-3 code of a country name, alias or code ("Syria", "DR Congo", "Gaza", "sy", "SYR")."""
    key = _key(name or "")
    if not key:
        return None
    gaz = gazetteer()
    if len(key) in (2, 3) and (found := pycountry.countries.get(**{f"alpha_{len(key)}": key.upper()})):
        return found.alpha_3
    for record in gaz.records(key):
        if record.kind == COUNTRY:
            return gaz.place(record).country
    return None


def country_name(iso3: str | None) -> str | None:
    """The common English name of a country ("SYR" → "Syria"); ``None`` when the code is unknown."""
    row = gazetteer().country_by_iso3.get((iso3 or "").upper())
    return row[2] if row else None


def admin1_of(place: Place) -> str | None:
    """The admin1 (province, governorate, state) name of ``place``, from the gazetteer when it lacks one."""
    if place.admin1:
        return place.admin1
    found = gazetteer().settlement(place.geonameid) if place.geonameid is not None else None
    return found.admin1 if found else None


def centroid(country: str | None = None, admin1: str | None = None) -> Place | None:
    """A generalised location for public outputs: the admin1's centroid when ``admin1`` is known in ``country``,
    else the country's centroid (both are the mean position of their GeoNames settlements)."""
    gaz = gazetteer()
    iso3 = country_iso3(country) if country else None
    if admin1:
        if found := gaz.admin1_place(admin1, iso3):
            return found
        for candidate in lookup(admin1, iso3):
            if candidate.precision == "admin1" and (iso3 is None or candidate.country == iso3):
                return candidate
    return gaz.country_place(iso3) if iso3 in gaz.country_by_iso3 else None


def admin1_centroid(country: str | None, admin1: str | None) -> tuple[float, float] | None:
    """The (latitude, longitude) of an admin1's centroid, or ``None`` when that admin1 is not known (no fallback
    to the country: callers that want one use :func:`centroid`)."""
    if not admin1:
        return None
    place = centroid(country=country, admin1=admin1)
    if place is None or place.precision != "admin1" or place.latitude is None or place.longitude is None:
        return None
    return place.latitude, place.longitude


def _key(name: str) -> str:
    if not isinstance(name, str):
        raise GeoError(f"a place name must be a str, not {type(name).__name__}")
    return name_key(name[:_MAX_NAME])


def _rank(record: Record, place: Place, iso3: str | None) -> tuple:
    return (
        iso3 is not None and place.country != iso3,
        _KIND_RANK.get(record.kind, 3),
        not record.flags & PRIMARY,
        -(record.population or 0),
    )
