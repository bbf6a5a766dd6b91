"""The facility registry's inputs: matching names from mentions, OpenStreetMap extracts, healthsites CSVs.

- :class:`FacilityMatcher` finds the registry facility a mention names (rapidfuzz on names and aliases,
  within the country and :data:`MAX_DISTANCE_KM` when both have coordinates, blocked by grid cell). Generic
  words ("hospital", "health centre", the article "al") are set aside before comparing, so "Al-Amal
  Hospital" never matches "Al-Shifa Hospital" merely because both are hospitals.
- :func:`read_osm` reads ``.osm.pbf`` and ``.osm`` XML with pyosmium (``amenity=hospital|clinic|doctors|
  pharmacy`` and any ``healthcare=*``); ways and areas are placed at the mean of their node locations.
- :func:`read_healthsites` reads a healthsites.io-style CSV (plain headers or its HXL tags).
"""

from __future__ import annotations

import math
from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date, datetime
from pathlib import Path
from typing import Any

from rapidfuzz import fuzz, process

from notatarget.domain import Facility, FacilityStatus, FacilityType, Functionality
from notatarget.errors import ImportRowError, IntakeError
from notatarget.link.score import Name, haversine_km

#: OSM amenity values that are health facilities (healthcare=* is taken whatever its value).
OSM_AMENITIES = ("hospital", "clinic", "doctors", "pharmacy")
_TYPE_FOR_TAG: dict[str, FacilityType] = {
    "hospital": FacilityType.HOSPITAL,
    "clinic": FacilityType.PRIMARY_CARE,
    "doctors": FacilityType.PRIMARY_CARE,
    "doctor": FacilityType.PRIMARY_CARE,
    "centre": FacilityType.PRIMARY_CARE,
    "health_post": FacilityType.PRIMARY_CARE,
    "pharmacy": FacilityType.PHARMACY,
    "dentist": FacilityType.OTHER,
}
_OSM_TYPES = {"n": "node", "w": "way", "r": "relation"}
_ALIAS_KEYS = (
    "name:en",
    "name:fr",
    "name:ar",
    "name:uk",
    "name:ru",
    "alt_name",
    "official_name",
    "old_name",
    "short_name",
)
#: Name similarity (0-100, on the distinctive words) needed for a match, and the farthest a match may lie (km).
NAME_THRESHOLD = 88
MAX_DISTANCE_KM = 25.0
_HEALTHSITES_STATUS = {
    "operational": Functionality.FULLY,
    "non_operational": Functionality.NOT,
    "unknown": Functionality.UNKNOWN,
}


def distinctive(name: str | None) -> str:
    """A facility name without its generic words (``link.score.GENERIC_WORDS``, the one list the linker uses
    too): what tells one facility from another ("Al-Amal General Hospital" -> "amal")."""
    return Name.of(name).distinct


@dataclass(frozen=True, slots=True)
class FacilityMatch:
    """A registry facility a name was matched to, with the similarity and (when known) the distance."""

    facility: Facility
    score: float
    distance_km: float | None = None


#: Size in degrees of the grid cells placed facilities are blocked by (a cell is at least 27 km high, more
#: than :data:`MAX_DISTANCE_KM`, so a point's candidates lie in its cell row and the rows above and below).
_CELL = 0.25
_CELLS_AROUND_THE_WORLD = round(360 / _CELL)


class FacilityMatcher:
    """Match facility names from mentions to a registry of facilities, country by country.

    Blocking keeps matching proportional to the facilities near a mention, not to the registry: a facility
    with coordinates is filed under its country and grid cell, one without under its country alone. A
    mention with coordinates is compared with the facilities of the cells within :data:`MAX_DISTANCE_KM` and
    the country's unplaced ones (the others could not match: too far); one without, with the whole country.
    """

    def __init__(self, facilities: Iterable[Facility]) -> None:
        self._placed: dict[tuple[str | None, int, int], list[tuple[str, Facility]]] = defaultdict(list)
        self._unplaced: dict[str | None, list[tuple[str, Facility]]] = defaultdict(list)
        self._countries: dict[str | None, list[tuple[str, Facility]]] = defaultdict(list)
        for facility in facilities:
            self.add(facility)

    def add(self, facility: Facility) -> None:
        """Make ``facility`` findable by its name and aliases."""
        for name in sorted({facility.name, *facility.aliases}):
            if key := distinctive(name):
                entry = (key, facility)
                self._countries[facility.country].append(entry)
                if facility.latitude is None or facility.longitude is None:
                    self._unplaced[facility.country].append(entry)
                else:
                    self._placed[(facility.country, *_cell(facility.latitude, facility.longitude))].append(entry)

    def _candidates(
        self, country: str | None, latitude: float | None, longitude: float | None
    ) -> list[tuple[str, Facility]]:
        if not country:
            return [c for v in self._countries.values() for c in v]
        if latitude is None or longitude is None or abs(latitude) > 80:
            return self._countries.get(country, [])
        row, column = _cell(latitude, longitude)
        # a cell's width shrinks with the cosine of its latitude: enough columns to cover MAX_DISTANCE_KM
        nearest_pole = min(90.0, abs(latitude) + _CELL)
        reach = math.ceil(1.01 * MAX_DISTANCE_KM / (111.32 * math.cos(math.radians(nearest_pole)) * _CELL))
        found = list(self._unplaced.get(country, []))
        for r in (row - 1, row, row + 1):
            for c in range(column - reach, column + reach + 1):
                found += self._placed.get((country, r, c % _CELLS_AROUND_THE_WORLD), [])
        return found

    def match(
        self,
        name: str | None,
        *,
        country: str | None = None,
        latitude: float | None = None,
        longitude: float | None = None,
    ) -> FacilityMatch | None:
        """The best facility named like ``name`` in ``country`` (None when no name is similar enough, or the
        only similar ones lie more than :data:`MAX_DISTANCE_KM` away)."""
        key = distinctive(name)
        if not key:
            return None
        candidates = self._candidates(country, latitude, longitude)
        if not candidates:
            return None
        found = process.extract(
            key, [c[0] for c in candidates], scorer=fuzz.token_sort_ratio, score_cutoff=NAME_THRESHOLD, limit=None
        )
        best: FacilityMatch | None = None
        for _, score, index in found:
            facility = candidates[index][1]
            distance = None
            if None not in (latitude, longitude, facility.latitude, facility.longitude):
                distance = haversine_km(latitude, longitude, facility.latitude, facility.longitude)  # type: ignore[arg-type]
                if distance > MAX_DISTANCE_KM:
                    continue
            ranked = (score, -(distance or 0.0), facility.id or "")
            if best is None or ranked > (best.score, -(best.distance_km or 0.0), best.facility.id or ""):
                best = FacilityMatch(facility, score, distance)
        return best


def _cell(latitude: float, longitude: float) -> tuple[int, int]:
    """The grid cell (row, column) of a point."""
    return math.floor(latitude / _CELL), math.floor(longitude / _CELL) % _CELLS_AROUND_THE_WORLD


# --- OpenStreetMap ----------------------------------------------------------------------------------


def osm_facility(tags: dict[str, str], lat: float | None, lon: float | None, country: str | None) -> Facility | None:
    """A facility from the tags of one OSM object; None when it is not a health facility or has no name."""
    amenity, healthcare = tags.get("amenity"), tags.get("healthcare")
    if amenity not in OSM_AMENITIES and not healthcare:
        return None
    name = tags.get("name") or tags.get("name:en")
    if not name:
        return None
    kind = _TYPE_FOR_TAG.get(amenity or "") or _TYPE_FOR_TAG.get(healthcare or "") or FacilityType.OTHER
    aliases = sorted({a.strip() for k in _ALIAS_KEYS for a in tags.get(k, "").split(";") if a.strip()} - {name})
    services = sorted({s.strip() for s in tags.get("healthcare:speciality", "").split(";") if s.strip()})
    return Facility(
        name=name[:300],
        facility_type=kind.value,
        aliases=aliases,
        country=(tags.get("addr:country") or country or "").upper() or None,
        location=tags.get("addr:city") or tags.get("is_in:city"),
        latitude=lat,
        longitude=lon,
        operator=tags.get("operator"),
        services=services,
        beds=_int(tags.get("beds")),
    )


def read_osm(path: str | Path, *, country: str | None = None) -> list[tuple[Facility, str]]:
    """Health facilities of an OSM extract (``.osm.pbf`` or ``.osm`` XML) as (facility, OSM id like
    ``node/123``), in file order. ``country`` (ISO3) is used where objects carry no ``addr:country``."""
    import osmium

    path = Path(path)
    if not path.is_file() or path.stat().st_size == 0:
        raise IntakeError(f"{path} is missing or empty", hint="give an .osm.pbf or .osm file")
    out: list[tuple[Facility, str]] = []
    try:
        processor = (
            osmium.FileProcessor(str(path))
            .with_locations()
            .with_filter(osmium.filter.KeyFilter("amenity", "healthcare"))
        )
        for obj in processor:
            tags = {t.k: t.v for t in obj.tags}
            lat, lon = _osm_location(obj)
            facility = osm_facility(tags, lat, lon, country)
            if facility is not None:
                out.append((facility, f"{_OSM_TYPES[obj.type_str()]}/{obj.id}"))
    except RuntimeError as exc:
        raise IntakeError(f"{path} is not a readable OSM file ({exc})") from exc
    return out


def _osm_location(obj: Any) -> tuple[float | None, float | None]:
    if obj.is_node():
        location = obj.location
        return (location.lat, location.lon) if location.valid() else (None, None)
    if obj.is_way():
        nodes = list(obj.nodes)
        if len(nodes) > 1 and nodes[0].ref == nodes[-1].ref:
            nodes = nodes[:-1]  # a closed way repeats its first node
        points = [(n.location.lat, n.location.lon) for n in nodes if n.location.valid()]
        if points:
            return sum(p[0] for p in points) / len(points), sum(p[1] for p in points) / len(points)
    return None, None


# --- healthsites.io ---------------------------------------------------------------------------------


def read_healthsites(path: str | Path, *, country: str | None = None) -> list[tuple[Facility, str]]:
    """Facilities of a healthsites.io CSV/XLSX export as (facility, external id: ``osm_type/osm_id`` or uuid)."""
    from notatarget.errors import RejectedRows
    from notatarget.intake.datasets.common import parse_coordinate, parse_count, read_table

    table = read_table(path)
    col = {
        "name": table.column(("name",), ("#loc+name",)),
        "amenity": table.column(("amenity",), ("#loc+amenity",)),
        "healthcare": table.column(("healthcare",)),
        "lat": table.column(("lat", "latitude", "Y"), ("#geo+lat",)),
        "lon": table.column(("lon", "lng", "longitude", "X"), ("#geo+lon",)),
        "operator": table.column(("operator",), ("#org+name",)),
        "beds": table.column(("beds",), ("#capacity+beds",)),
        "status": table.column(("operational_status",), ("#status+operational_status",)),
        "speciality": table.column(("speciality", "healthcare:speciality"), ("#service",)),
        "city": table.column(("addr_city", "addr:city")),
        "country": table.column(("country", "addr_country", "iso3")),
        "osm_id": table.column(("osm_id",)),
        "osm_type": table.column(("osm_type",)),
        "uuid": table.column(("uuid",), ("#meta+id",)),
        "changed": table.column(("changeset_timestamp", "upstream_timestamp", "date_modified")),
    }
    if col["name"] is None:
        raise IntakeError(f"{path} has no 'name' column", hint="a healthsites export names each facility")
    out: list[tuple[Facility, str]] = []
    errors: list[ImportRowError] = []
    for row in table.rows:
        try:
            tags = {k: str(row.get(col[k]) or "") for k in ("amenity", "healthcare")}
            tags.update(
                name=str(row.get(col["name"]) or ""),
                operator=str(row.get(col["operator"]) or ""),
                **{"healthcare:speciality": str(row.get(col["speciality"]) or "").replace(",", ";")},
                **{"addr:city": str(row.get(col["city"]) or ""), "addr:country": str(row.get(col["country"]) or "")},
            )
            if not tags["amenity"] and not tags["healthcare"]:
                tags["healthcare"] = "yes"
            lat = parse_coordinate(row.get(col["lat"]), row.number, "lat", 90)
            lon = parse_coordinate(row.get(col["lon"]), row.number, "lon", 180)
            facility = osm_facility({k: v for k, v in tags.items() if v}, lat, lon, country)
            if facility is None:
                raise ImportRowError(row.number, "no name")
            facility.beds = parse_count(row.get(col["beds"]), row.number, "beds", maximum=100_000)
            status = _HEALTHSITES_STATUS.get(str(row.get(col["status"]) or "").strip().casefold())
            if status is not None:
                facility.status_history.append(
                    FacilityStatus(_as_of(row.get(col["changed"])), status.value, source="healthsites")
                )
        except ImportRowError as exc:
            errors.append(exc)
            continue
        osm_id, osm_type = row.get(col["osm_id"]), row.get(col["osm_type"])
        external = (
            f"{osm_type}/{_int(osm_id)}" if osm_id and osm_type else str(row.get(col["uuid"]) or f"row-{row.number}")
        )
        out.append((facility, external))
    if errors:
        raise RejectedRows(errors)
    return out


def _as_of(value: object) -> date:
    if isinstance(value, datetime):
        return value.date()
    if isinstance(value, date):
        return value
    try:
        return datetime.fromisoformat(str(value).strip().replace("Z", "+00:00")).date()
    except ValueError:
        return date.today()


def _int(value: object) -> int | None:
    try:
        number = int(float(str(value).strip()))
    except (TypeError, ValueError):
        return None
    return number if number >= 0 else None
