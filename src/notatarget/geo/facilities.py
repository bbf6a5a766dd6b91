"""The facility registry's inputs: matching names from mentions, OpenStreetMap extracts, healthsites CSVs.

- :class:`FacilityMatcher` finds the registry facility a mention names (rapidfuzz on names and aliases,
  within the country, with a distance check when both have coordinates). Generic words ("hospital",
  "health centre") are set aside before comparing, so "Al-Amal Hospital" never matches "Al-Shifa Hospital"
  merely because both are hospitals.
- :func:`read_osm` reads ``.osm.pbf`` and ``.osm`` XML with pyosmium (``amenity=hospital|clinic|doctors|
  pharmacy`` and any ``healthcare=*``); ways and areas are placed at the mean of their node locations.
- :func:`read_healthsites` reads a healthsites.io-style CSV (plain headers or its HXL tags).
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date, datetime
from pathlib import Path
from typing import Any

from rapidfuzz import fuzz, process

from notatarget.domain import Facility, FacilityStatus, FacilityType, Functionality
from notatarget.errors import ImportRowError, IntakeError
from notatarget.link.score import haversine_km, normal_name

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
_GENERIC = re.compile(
    r"\b(hospital|hopital|hospitals|clinic|clinique|clinica|health|sante|salud|centre|center|centro|post|poste|"
    r"medical|medicale|general|primary|care|the|of|de|du|la|le|el|al|district|regional|rural|unit|pharmacy|"
    r"phc|hc|chc|mch)\b"
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
    """A facility name without its generic words: what tells one facility from another."""
    return " ".join(_GENERIC.sub(" ", normal_name(name)).split())


@dataclass(frozen=True, slots=True)
class FacilityMatch:
    """A registry facility a name was matched to, with the similarity and (when known) the distance."""

    facility: Facility
    score: float
    distance_km: float | None = None


class FacilityMatcher:
    """Match facility names from mentions to a registry of facilities, country by country."""

    def __init__(self, facilities: Iterable[Facility]) -> None:
        self._names: dict[str | None, list[tuple[str, Facility]]] = defaultdict(list)
        for facility in facilities:
            self.add(facility)

    def add(self, facility: Facility) -> None:
        """Make ``facility`` findable by its name and aliases."""
        for name in sorted({facility.name, *facility.aliases}):
            if key := distinctive(name):
                self._names[facility.country].append((key, facility))

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
        candidates = self._names.get(country, []) if country else [c for v in self._names.values() for c in v]
        if not candidates:
            return None
        found = process.extract(
            key, [c[0] for c in candidates], scorer=fuzz.token_sort_ratio, score_cutoff=NAME_THRESHOLD, limit=10
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
