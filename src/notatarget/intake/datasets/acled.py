"""Importer of ACLED event exports (CSV): keeps only the events whose notes touch health care.

ACLED codes political violence of every kind; an event becomes a :class:`Mention` when its ``notes`` name a
health facility, health transport or health worker as a target. The test is a word-stem pattern in several
languages, written by hand because no library classifies "is health care the target"; phrases that only
say where victims were treated ("taken to hospital", "died in hospital") are removed before the test.
ACLED's own ``geo_precision`` and ``time_precision`` codes are kept verbatim in the source record's codes.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from pathlib import Path

import pycountry

from notatarget.domain import AttackType, FacilityType, Mention, SourceRecord
from notatarget.intake.datasets.coded import day, read_mentions, text
from notatarget.intake.datasets.common import parse_coordinate, parse_count

DATASET = "acled"
REQUIRED_COLUMNS = ("event_id_cnty", "event_date", "country", "notes")

#: Words that name a health-care target, by the facility type they imply (None: people, not a place).
_TARGET_PATTERNS: dict[str | None, str] = {
    FacilityType.HOSPITAL.value: r"hospital|h[oô]pital|hospitais|hastane|лікарн|больниц|госпитал|مستشف",
    FacilityType.PRIMARY_CARE.value: r"clinic|clinique|cl[ií]nica|health[- ](?:cent(?:er|re)|post|facilit)"
    r"|cent(?:re|ro) (?:de )?sa(?:nt[ée]|lud|[úu]de)|posto de sa[úu]de|dispensar|maternit|поліклінік|амбулатор"
    r"|عيادة|مركز صحي",
    FacilityType.AMBULANCE.value: r"ambulanc|ambul[âa]ncia|швидк\w* допомог|скорой помощ|إسعاف",
    FacilityType.PHARMACY.value: r"pharmac|farm[áa]cia|аптек|صيدلي",
    None: r"health[- ]?(?:care )?(?:worker|staff|personnel)|doctor|nurse|paramedic|midwi|vaccinator|\bmedics?\b"
    r"|m[ée]decin|infirmi|agent de sant|m[ée]dico|enfermer|лікар\b|медик|медсестр|طبيب|ممرض|كوادر طبية",
}
_TARGET = re.compile("|".join(f"(?P<t{i}>{p})" for i, p in enumerate(_TARGET_PATTERNS.values())), re.IGNORECASE)
_TYPE_OF_GROUP = dict(enumerate(_TARGET_PATTERNS))
_TREATED_AT = re.compile(
    r"\b(?:taken|rushed|transferred|admitted|evacuated|brought|transported|sent|died|succumbed|treated|receiving"
    r" treatment)\b[^.;]{0,30}?\b(?:to|in|at)\b[^.;]{0,25}?hospital\w*|hospitali[sz]\w*",
    re.IGNORECASE,
)
_SUB_EVENT_TYPES: dict[str, AttackType] = {
    "air/drone strike": AttackType.HEAVY_WEAPONS,
    "shelling/artillery/missile attack": AttackType.HEAVY_WEAPONS,
    "remote explosive/landmine/ied": AttackType.EXPLOSIVE_DEVICE,
    "suicide bomb": AttackType.EXPLOSIVE_DEVICE,
    "grenade": AttackType.EXPLOSIVE_DEVICE,
    "chemical weapon": AttackType.CHEMICAL,
    "sexual violence": AttackType.SEXUAL_VIOLENCE,
    "abduction/forced disappearance": AttackType.ABDUCTION_ARREST,
    "arrests": AttackType.ABDUCTION_ARREST,
    "looting/property destruction": AttackType.LOOTING,
    "armed clash": AttackType.INDIVIDUAL_WEAPONS,
    "mob violence": AttackType.ASSAULT,
}
#: ACLED geo_precision -> ours: 1 a named town, 2 near a town or a part of a region, 3 a larger region.
_GEO_PRECISION = {"1": "settlement", "2": "district", "3": "admin1"}
#: ACLED time_precision -> ours: 1 the day, 2 a week (mid-week date), 3 the month (mid-month date).
_DATE_PRECISION = {"1": "day", "2": "day", "3": "month"}
_KEPT_CODES = ("geo_precision", "time_precision", "event_type", "sub_event_type", "disorder_type", "interaction")


def read(path: str | Path) -> list[Mention]:
    """The health-care events of an ACLED export (CSV or XLSX); all-or-nothing (:class:`RejectedRows`)."""
    return read_mentions(path, mention_from_row, kind="ACLED export", required=REQUIRED_COLUMNS)


def health_care_target(notes: str) -> str | None:
    """The facility type the notes name as a target ("" for health workers, None when health care is not hit)."""
    match = _TARGET.search(_TREATED_AT.sub(" ", notes))
    if match is None:
        return None
    group = next(i for i, value in enumerate(match.groups()) if value is not None)
    return _TYPE_OF_GROUP[group] or ""


def mention_from_row(row: Mapping[str, object], row_number: int) -> Mention | None:
    """One ACLED event as a :class:`Mention`, or None when its notes do not touch health care."""
    missing = [c for c in REQUIRED_COLUMNS if not text(row, c)]
    if missing:
        raise ValueError(f"empty {', '.join(missing)}")
    notes = text(row, "notes")
    target = health_care_target(notes)
    if target is None:
        return None
    codes = {c: text(row, c) for c in _KEPT_CODES if text(row, c)}
    for column, allowed in (("geo_precision", _GEO_PRECISION), ("time_precision", _DATE_PRECISION)):
        if codes.get(column, "1") not in allowed:
            raise ValueError(f"{column} must be 1, 2 or 3, not {codes[column][:10]!r}")
    event_day = day(row, "event_date", row_number)
    precision = _DATE_PRECISION[codes.get("time_precision", "1")]
    attack = _SUB_EVENT_TYPES.get(text(row, "sub_event_type").casefold())
    return Mention(
        date=event_day[:7] if precision == "month" else event_day,
        date_precision=precision,
        country=_country(text(row, "iso"), text(row, "country")),
        admin1=text(row, "admin1") or None,
        location=text(row, "location") or None,
        latitude=parse_coordinate(row.get("latitude"), row_number, "latitude", 90),
        longitude=parse_coordinate(row.get("longitude"), row_number, "longitude", 180),
        geo_precision=_GEO_PRECISION[codes.get("geo_precision", "1")],
        facility_type=target or None,
        attack_types=[attack.value] if attack else [],
        perpetrator=text(row, "actor1") or None,
        killed=parse_count(row.get("fatalities"), row_number, "fatalities"),
        description=notes,
        confidence=0.8,
        source_record=SourceRecord(DATASET, text(row, "event_id_cnty"), row_number, codes),
    )


def _country(iso_numeric: str, name: str) -> str:
    """ISO3 from ACLED's numeric ``iso`` (0 for places without one, e.g. Kosovo) or else the country name."""
    found = pycountry.countries.get(numeric=iso_numeric.zfill(3)) if iso_numeric.isdigit() else None
    if found is None:
        try:
            found = pycountry.countries.lookup(name)
        except LookupError:
            raise ValueError(f"unknown country {name[:60]!r} (iso {iso_numeric[:5]!r})") from None
    return found.alpha_3
