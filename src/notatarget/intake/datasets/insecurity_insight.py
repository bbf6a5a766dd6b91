"""Insecurity Insight (SHCC) incident files and Explosive Weapons Monitor files as mentions.

Each row becomes one :class:`Mention` carrying a :class:`SourceRecord` (dataset, SiND Event ID, row number).
Columns are found by header text or HXL tag (:mod:`notatarget.intake.datasets.common`), so the HDX export,
the SHCC file and the legacy spreadsheets with variant tags all read. Coded columns map to the codebook:
indicator columns to attack types and resources (``II_INDICATOR_COLUMNS``), ``Weapon Carried/Used`` to
attack types and a weapon class, facility destroyed/damaged to ``facility_damage``, ``Geo Precision`` to
:class:`GeoPrecision`. A row is valid or the whole file is rejected (:class:`RejectedRows`).
"""

from __future__ import annotations

import hashlib
import re
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import Any

from notatarget.domain import AttackType, Damage, FacilityType, Mention, Resource, SourceRecord, Weapon
from notatarget.domain.codebook import GEO_PRECISION_FROM_II, II_INDICATOR_COLUMNS
from notatarget.errors import ImportRowError, IntakeError, RejectedRows
from notatarget.intake.datasets.common import (
    Row,
    Table,
    parse_coordinate,
    parse_count,
    parse_date,
    read_table,
)

DATASET = "insecurity_insight"
DATASET_EW = "insecurity_insight_ew"
#: Trust in a coded dataset row (a human coder read the sources), against an extractor's own confidence.
ROW_CONFIDENCE = 0.9

#: Weapon words (as II writes them, lower case) -> weapon class and attack type; first match wins.
WEAPON_WORDS: tuple[tuple[str, Weapon, AttackType | None], ...] = (
    ("chemical", Weapon.CHEMICAL, AttackType.CHEMICAL),
    ("aerial", Weapon.AIR_LAUNCHED, AttackType.HEAVY_WEAPONS),
    ("air-launched", Weapon.AIR_LAUNCHED, AttackType.HEAVY_WEAPONS),
    ("drone", Weapon.AIR_LAUNCHED, AttackType.HEAVY_WEAPONS),
    ("cluster", Weapon.AIR_LAUNCHED, AttackType.HEAVY_WEAPONS),
    ("barrel", Weapon.AIR_LAUNCHED, AttackType.HEAVY_WEAPONS),
    ("ground-launched", Weapon.GROUND_LAUNCHED, AttackType.HEAVY_WEAPONS),
    ("shelling", Weapon.GROUND_LAUNCHED, AttackType.HEAVY_WEAPONS),
    ("artillery", Weapon.GROUND_LAUNCHED, AttackType.HEAVY_WEAPONS),
    ("mortar", Weapon.GROUND_LAUNCHED, AttackType.HEAVY_WEAPONS),
    ("rocket", Weapon.GROUND_LAUNCHED, AttackType.HEAVY_WEAPONS),
    ("missile", Weapon.GROUND_LAUNCHED, AttackType.HEAVY_WEAPONS),
    ("rpg", Weapon.GROUND_LAUNCHED, AttackType.HEAVY_WEAPONS),
    ("ied", Weapon.IED, AttackType.EXPLOSIVE_DEVICE),
    ("mine", Weapon.IED, AttackType.EXPLOSIVE_DEVICE),
    ("uxo", Weapon.IED, AttackType.EXPLOSIVE_DEVICE),
    ("grenade", Weapon.IED, AttackType.EXPLOSIVE_DEVICE),
    ("directly-emplaced", Weapon.IED, AttackType.EXPLOSIVE_DEVICE),
    ("explosive", Weapon.IED, AttackType.EXPLOSIVE_DEVICE),
    ("firearm", Weapon.FIREARMS, AttackType.INDIVIDUAL_WEAPONS),
    ("bullet", Weapon.FIREARMS, AttackType.INDIVIDUAL_WEAPONS),
    ("arson", Weapon.ARSON, AttackType.ARSON),
    ("knife", Weapon.BLADE_OR_BLUNT, AttackType.INDIVIDUAL_WEAPONS),
    ("stones", Weapon.BLADE_OR_BLUNT, AttackType.INDIVIDUAL_WEAPONS),
    ("unarmed", Weapon.UNARMED, None),
    ("fist", Weapon.UNARMED, None),
    ("other weapon", Weapon.OTHER, None),
    ("combination", Weapon.OTHER, None),
)
_NO_INFORMATION = re.compile(r"^(no ?information|not applicable|unknown|unidentified|n/?a)\b", re.IGNORECASE)
_NO_COUNTRY = {"unspecified", "international waters", "multiple", "unknown", "no information", "regional"}
_MONTH_PREFIX = re.compile(r"^\s*([A-Za-z]+) (\d{4})\s*:")


@dataclass(frozen=True, slots=True)
class Col:
    """Where to find one column: header texts and HXL tags it may carry."""

    names: tuple[str, ...]
    tags: tuple[str, ...] = ()


COLUMNS: dict[str, Col] = {
    "date": Col(("Date",), ("#date",)),
    "description": Col(("Event Description",), ("#description",)),
    "country": Col(("Country",), ("#country+name",)),
    "iso3": Col(("Country ISO",), ("#country+iso", "#country+code")),
    "admin1": Col(("Admin 1",), ("#adm1", "#admin1")),
    "latitude": Col(("Latitude",), ("#geo+lat", "#lat")),
    "longitude": Col(("Longitude",), ("#geo+lon", "#long", "#lon")),
    "geo_precision": Col(("Geo Precision",), ("#geo+precision",)),
    "perpetrator": Col(("Reported Perpetrator",), ("#group+perp",)),
    "perpetrator_name": Col(("Reported Perpetrator Name",), ("#group+perp+name",)),
    "weapon": Col(("Weapon Carried/Used",), ("#weapon", "#weapons")),
    "place_kind": Col(("Location of Incident", "Location"), ("#loc",)),
    "event_id": Col(("SiND Event ID",), ("#event+id",)),
    "hw_killed": Col(("Health Workers Killed",), ("#affected+healthworker+killed",)),
    "hw_injured": Col(("Health Workers Injured",), ("#affected+healthworker+injured",)),
    "hw_kidnapped": Col(("Health Workers Kidnapped",), ("#affected+healthworker+kidnapped",)),
    "hw_arrested": Col(("Health Workers Arrested",), ("#affected+healthworker+arrested",)),
    # Explosive Weapons Monitor columns.
    "categories": Col(("Event Categories",)),
    "launch_type": Col(("Launch Type",)),
    "ew_weapon": Col(("Explosive weapons as we want them", "Explosive Weapon")),
    "health_infrastructure": Col(("Health Infrastructure damaged or destroyed",)),
}
#: Header variants of indicator columns (older files and the SHCC file).
_INDICATOR_ALIASES: dict[str, tuple[str, ...]] = {
    "Access Denied or Obstructed": ("Obstruction to Health Care",),
    "Health Transportation Stolen/Hijacked": ("Health Transportation Stolen/Highjacked",),
}
_INDICATOR_TAGS: dict[str, tuple[str, ...]] = {
    "Number of Attacks on Health Facilities Reporting Destruction": ("#indicator+health_facility+destroyed",),
    "Number of Attacks on Health Facilities Reporting Damaged": ("#indicator+health_facility+damaged",),
    "Forceful Entry into Health Facility": ("#indicator+health_facility+armed_entry",),
    "Occupation of Health Facility": ("#indicator+health_facility+occupy",),
    "Health Transportation Destroyed": ("#indicator+health_transport+destroyed",),
    "Health Transportation Damaged": ("#indicator+health_transport+damaged",),
    "Looting/Theft/Robbery/Burglary of Health Supplies": ("#indicator+health_supplies+taken",),
    "Health Workers Threatened": ("#affected+healthworker+threatened",),
    "Health Workers Sexually Assaulted": ("#affected+healthworker+sgbv",),
}


@dataclass(slots=True)
class ImportResult:
    """What a file gave: its mentions (in row order), the dataset name and rows skipped with the reason."""

    dataset: str
    mentions: list[Mention]
    skipped: list[tuple[int, str]] = field(default_factory=list)


def is_explosive_weapons(table: Table) -> bool:
    """True for an Explosive Weapons Monitor file (it has ``Launch Type`` / ``Event Categories``)."""
    return table.column(names=COLUMNS["launch_type"].names) is not None or table.has("Event Categories")


def read_insecurity_insight(
    path: str | Path, *, explosive_weapons: bool | None = None, skip_invalid: bool = False
) -> ImportResult:
    """Read an II incident file (or, auto-detected or forced, an explosive-weapons file) into mentions.

    Raises :class:`RejectedRows` naming every invalid row, or IntakeError when the file is not an II file.
    With ``skip_invalid`` the invalid rows are listed in ``skipped`` instead (an explicit choice of the user).
    """
    table = read_table(path)
    cols = {name: table.column(c.names, c.tags) for name, c in COLUMNS.items()}
    if cols["date"] is None or (cols["event_id"] is None and cols["country"] is None):
        raise IntakeError(
            f"{path} does not look like an Insecurity Insight file (no Date, Country or SiND Event ID column)"
        )
    ew = is_explosive_weapons(table) if explosive_weapons is None else explosive_weapons
    indicators = {
        name: table.column((name, *_INDICATOR_ALIASES.get(name, ())), _INDICATOR_TAGS.get(name, ()))
        for name in II_INDICATOR_COLUMNS
    }
    result = ImportResult(DATASET_EW if ew else DATASET, [])
    errors: list[ImportRowError] = []
    seen: dict[str, int] = {}
    for row in table.rows:
        try:
            if ew and not _about_health_care(row, cols):
                result.skipped.append((row.number, "not about health care (Event Categories)"))
                continue
            mention = _mention(row, cols, indicators, result.dataset, ew)
        except ImportRowError as exc:
            errors.append(exc)
            continue
        record_id = mention.source_record.record_id  # type: ignore[union-attr]
        if record_id in seen:
            errors.append(ImportRowError(row.number, f"SiND Event ID {record_id} is also on row {seen[record_id]}"))
            continue
        seen[record_id] = row.number
        result.mentions.append(mention)
    if errors and not skip_invalid:
        raise RejectedRows(errors)
    result.skipped.extend((e.row_number, e.reason) for e in errors)
    result.skipped.sort()
    return result


def _about_health_care(row: Row, cols: dict[str, int | None]) -> bool:
    categories = str(row.get(cols["categories"]) or "")
    return "health" in categories.casefold() or bool(row.get(cols["health_infrastructure"]))


def _mention(
    row: Row, cols: dict[str, int | None], indicators: dict[str, int | None], dataset: str, ew: bool
) -> Mention:
    n = row.number
    day = parse_date(row.get(cols["date"]), n)
    if day > date.today():
        raise ImportRowError(n, f"date {day.isoformat()} is in the future")
    description = _text(row.get(cols["description"]))
    precision = _date_precision(day, description)
    mention = Mention(
        date=day.isoformat() if precision == "day" else day.isoformat()[:7],
        date_precision=precision,
        country=_country(row.get(cols["iso3"]), row.get(cols["country"]), n),
        admin1=_text(row.get(cols["admin1"])),
        latitude=parse_coordinate(row.get(cols["latitude"]), n, "Latitude", 90),
        longitude=parse_coordinate(row.get(cols["longitude"]), n, "Longitude", 180),
        geo_precision=_geo_precision(row.get(cols["geo_precision"]), n),
        perpetrator=_informative(row.get(cols["perpetrator_name"])) or _informative(row.get(cols["perpetrator"])),
        description=description,
        confidence=ROW_CONFIDENCE,
    )
    weapon_text = (
        row.get(cols["weapon"])
        if not ew
        else " ".join(str(row.get(cols[c]) or "") for c in ("launch_type", "ew_weapon"))
    )
    _weapons(str(weapon_text or ""), mention)
    mention.health_workers_killed = parse_count(row.get(cols["hw_killed"]), n, "Health Workers Killed")
    mention.health_workers_injured = parse_count(row.get(cols["hw_injured"]), n, "Health Workers Injured")
    mention.abducted = parse_count(row.get(cols["hw_kidnapped"]), n, "Health Workers Kidnapped")
    mention.arrested = parse_count(row.get(cols["hw_arrested"]), n, "Health Workers Arrested")
    if ew:
        if mention.health_workers_killed:
            _add(mention.resources, Resource.PERSONNEL)
        _explosive_weapons_target(row, cols, mention)
    else:
        _indicators(row, indicators, mention)
        place_kind = str(row.get(cols["place_kind"]) or "").casefold()
        if "health building" in place_kind:
            _add(mention.resources, Resource.FACILITY)
        elif "warehouse" in place_kind:
            mention.facility_type = mention.facility_type or FacilityType.WAREHOUSE.value
    event_id = row.get(cols["event_id"])
    record_id = _record_id(event_id, row)
    mention.source_record = SourceRecord(dataset, record_id, n, codes={"coded_date": day.isoformat()})
    return mention


def _indicators(row: Row, indicators: dict[str, int | None], mention: Mention) -> None:
    values = {name: parse_count(row.get(col), row.number, name) for name, col in indicators.items()}
    for name, value in values.items():
        if not value:
            continue
        attack_type, resource = II_INDICATOR_COLUMNS[name]
        if attack_type is not None:
            _add(mention.attack_types, attack_type)
        _add(mention.resources, resource)
    if values.get("Number of Attacks on Health Facilities Reporting Destruction"):
        mention.facility_damage = Damage.DESTROYED.value
    elif values.get("Number of Attacks on Health Facilities Reporting Damaged"):
        mention.facility_damage = Damage.DAMAGED.value
    transport = any(values.get(f"Health Transportation {w}") for w in ("Destroyed", "Damaged", "Stolen/Hijacked"))
    if transport and Resource.FACILITY not in mention.resources:
        mention.facility_type = FacilityType.AMBULANCE.value


def _explosive_weapons_target(row: Row, cols: dict[str, int | None], mention: Mention) -> None:
    target = str(row.get(cols["health_infrastructure"]) or "").casefold()
    if "ambulance" in target:
        mention.facility_type = FacilityType.AMBULANCE.value
        _add(mention.resources, Resource.TRANSPORT)
    elif target:
        mention.facility_damage = Damage.DAMAGED.value
        _add(mention.resources, Resource.FACILITY)


def _weapons(text: str, mention: Mention) -> None:
    for part in re.split(r",(?![^(]*\))", text):
        word = part.strip().casefold()
        if not word or _NO_INFORMATION.match(word):
            continue
        for needle, weapon, attack_type in WEAPON_WORDS:
            if needle in word:
                _add(mention.weapons, weapon)
                if attack_type is not None:
                    _add(mention.attack_types, attack_type)
                break
        else:
            _add(mention.weapons, Weapon.OTHER)


def _add(values: list[str], value: str) -> None:
    if str(value) not in values:
        values.append(str(value))


def _text(value: Any) -> str | None:
    if value is None:
        return None
    text = " ".join(str(value).split())
    return text[:20_000] or None


def _informative(value: Any) -> str | None:
    text = _text(value)
    return None if not text or _NO_INFORMATION.match(text) else text


def _date_precision(day: date, description: str | None) -> str:
    """II rows carry a day, but a description opening "May 2020:" says only the month is known: such a
    mention is dated ``2020-05`` (the coded day stays in the source record's ``codes``)."""
    match = _MONTH_PREFIX.match(description or "")
    if match and match.group(2) == str(day.year) and match.group(1).casefold() == day.strftime("%B").casefold():
        return "month"
    return "day"


def _country(iso: Any, name: Any, row: int) -> str | None:
    import pycountry

    iso_text = _text(iso)
    if iso_text:
        found = pycountry.countries.get(alpha_3=iso_text.upper()) or pycountry.countries.get(alpha_2=iso_text.upper())
        if found is None:
            raise ImportRowError(row, f"Country ISO {iso_text[:20]!r} is not an ISO 3166 code")
        return found.alpha_3
    name_text = _text(name)
    if not name_text or name_text.casefold() in _NO_COUNTRY:
        return None
    try:
        return pycountry.countries.lookup(name_text).alpha_3
    except LookupError:
        try:
            return pycountry.countries.search_fuzzy(name_text)[0].alpha_3
        except LookupError:
            raise ImportRowError(row, f"country {name_text[:40]!r} is not known; add a Country ISO column") from None


def _geo_precision(value: Any, row: int) -> str | None:
    text = _text(value)
    if not text:
        return None
    match = re.match(r"\(?\s*(\d)\s*\)?", text)
    if not match or int(match.group(1)) not in GEO_PRECISION_FROM_II:
        raise ImportRowError(row, f"Geo Precision {text[:40]!r} is not an II code (1) to (7)")
    return GEO_PRECISION_FROM_II[int(match.group(1))].value


def _record_id(event_id: Any, row: Row) -> str:
    """The SiND Event ID ("30159"; a float cell 30159.0 reads the same); without one, a hash of the row's
    cells, so re-importing the same row still finds it."""
    if event_id not in (None, ""):
        if isinstance(event_id, float) and event_id.is_integer():
            event_id = int(event_id)
        return str(event_id).strip()
    digest = hashlib.sha256("\x1f".join("" if c is None else str(c) for c in row.cells).encode("utf-8"))
    return "row-" + digest.hexdigest()[:16]
