"""Importer of field-report submissions exported from KoBoToolbox or ODK Central (CSV or XLSX).

The form is the one notatarget ships (``notatarget form xlsform``). Both servers export one row per
submission but name columns differently: KoBo writes ``group/field`` and ``_uuid``, ODK Central writes
``group-field``, ``KEY`` and splits a geopoint into ``gps-Latitude``/``gps-Longitude``. Column names are
reduced to the field name, and a submission's instance id (``uuid:…``) is its record id, so a submission
sent twice, or exported again next month, is imported once. Choice cells may hold codes or labels.
"""

from __future__ import annotations

from collections.abc import Mapping
from pathlib import Path

from notatarget.domain import AttackType, Damage, FacilityType, Mention, Resource, ServiceImpact, SourceRecord
from notatarget.domain.codebook import Coded
from notatarget.intake.datasets.coded import day, read_mentions, text
from notatarget.intake.datasets.common import parse_coordinate, parse_count
from notatarget.intake.forms import COUNT_FIELDS, PHOTO_FIELDS, SOURCE_TYPES, certainty_for

DATASET = "kobo"
_ID_COLUMNS = ("instanceID", "KEY", "_uuid", "uuid")
REQUIRED_FIELDS = ("incident_date", "country", "source_type")


def read(path: str | Path) -> list[Mention]:
    """Every submission in a KoBo or ODK Central export (CSV or XLSX); all-or-nothing (:class:`RejectedRows`)."""
    return read_mentions(path, mention_from_row, kind="notatarget field-report", required=REQUIRED_FIELDS)


def field_names(row: Mapping[str, object]) -> dict[str, object]:
    """The row keyed by bare field name (``group/gps`` and ``group-gps`` become ``gps``; first one wins)."""
    out: dict[str, object] = {}
    for key, value in row.items():
        name = str(key).replace("-", "/").rsplit("/", 1)[-1]
        out.setdefault(name, value)
    return out


def mention_from_row(row: Mapping[str, object], row_number: int) -> Mention:
    """One submission as a :class:`Mention`; raises ``ValueError`` with the reason when invalid."""
    cells = field_names(row)
    record_id = next((text(cells, c) for c in _ID_COLUMNS if text(cells, c)), "").removeprefix("uuid:")
    if not record_id:
        raise ValueError("no submission id (instanceID, KEY or _uuid column)")
    for required in REQUIRED_FIELDS:
        if not text(cells, required):
            raise ValueError(f"empty {required}")
    source_type = text(cells, "source_type")
    if source_type not in SOURCE_TYPES:
        source_type = next((k for k, (label, _) in SOURCE_TYPES.items() if label == source_type), "")
        if not source_type:
            raise ValueError(f"source_type must be one of {', '.join(SOURCE_TYPES)}")
    latitude, longitude = _point(cells, row_number)
    photos = [p for name in PHOTO_FIELDS if (p := text(cells, name))]
    counts = {name: parse_count(cells.get(name), row_number, name) for name in COUNT_FIELDS}
    return Mention(
        date=day(cells, "incident_date", row_number),
        date_precision="day",
        time=text(cells, "incident_time")[:5] or None,
        country=_code(cells, "country"),
        admin1=text(cells, "admin1") or None,
        location=text(cells, "location") or None,
        latitude=latitude,
        longitude=longitude,
        geo_precision="exact" if latitude is not None else None,
        facility_name=text(cells, "facility_name") or None,
        facility_type=_coded(cells, "facility_type", FacilityType),
        attack_types=_coded_list(cells, "attack_types", AttackType),
        resources=_coded_list(cells, "resources", Resource),
        facility_damage=_coded(cells, "facility_damage", Damage),
        service_impact=_coded(cells, "service_impact", ServiceImpact),
        perpetrator=text(cells, "perpetrator") or None,
        description=text(cells, "description") or None,
        evidence=" ".join(photos) or None,
        certainty=certainty_for(source_type, bool(photos)),
        confidence=1.0,
        source_record=SourceRecord(DATASET, record_id, row_number, {"source_type": source_type}),
        **counts,
    )


def _code(cells: Mapping[str, object], name: str) -> str:
    value = text(cells, name).upper()
    if len(value) != 3 or not value.isalpha():
        raise ValueError(f"{name} must be an ISO 3166 alpha-3 code, not {value[:20]!r}")
    return value


def _coded(cells: Mapping[str, object], name: str, coded: type[Coded]) -> str | None:
    value = text(cells, name)
    return coded.parse(value).value if value else None


def _coded_list(cells: Mapping[str, object], name: str, coded: type[Coded]) -> list[str]:
    """A select_multiple cell: space-separated codes (labels contain spaces, so they come comma-separated)."""
    value = text(cells, name)
    parts = value.split(",") if "," in value else value.split()
    return [coded.parse(part).value for part in parts if part.strip()]


def _point(cells: Mapping[str, object], number: int) -> tuple[float | None, float | None]:
    """Latitude and longitude from a ``gps`` cell ("lat lon alt accuracy") or split columns."""
    if gps := text(cells, "gps"):
        parts = gps.split()
        if len(parts) < 2:
            raise ValueError(f"gps must be 'latitude longitude [altitude accuracy]', not {gps[:40]!r}")
        return parse_coordinate(parts[0], number, "gps", 90), parse_coordinate(parts[1], number, "gps", 180)
    lat = text(cells, "Latitude") or text(cells, "_gps_latitude")
    lon = text(cells, "Longitude") or text(cells, "_gps_longitude")
    return parse_coordinate(lat, number, "gps latitude", 90), parse_coordinate(lon, number, "gps longitude", 180)
