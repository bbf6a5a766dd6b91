"""Importer of the WHO Surveillance System for Attacks on Health Care (SSA) public dashboard export.

Columns (codebook_facts §1.7): ``Attack ID``, ``Attack Date``, ``Attack Time``, ``Country / Territory``,
``Certainty Level``, ``Attack Type``, ``Total Injured``, ``Total Death``, the ``HC *`` resource flags
(``YES``/``NO``/``Unknown``), ``Type of Facility``, and the abduction/arrest/detention counts. Each row becomes
one :class:`Mention` whose :class:`SourceRecord` is ``("who-ssa", Attack ID)``.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from functools import lru_cache
from pathlib import Path

import pycountry

from notatarget.domain import Certainty, Mention, Resource, SourceRecord, SSAFacilityType
from notatarget.domain.codebook import FACILITY_TYPE_FROM_SSA, SSA_ATTACK_LABELS
from notatarget.intake.datasets.coded import day, read_mentions, text
from notatarget.intake.datasets.common import parse_count

DATASET = "who-ssa"

#: ``HC *`` flag columns -> the resource a ``YES`` marks.
RESOURCE_COLUMNS: dict[str, Resource] = {
    "HC Facilities": Resource.FACILITY,
    "HC Transport": Resource.TRANSPORT,
    "HC Personnel": Resource.PERSONNEL,
    "HC Supplies Assets": Resource.SUPPLIES,
    "HC Warehouse Storage": Resource.WAREHOUSE,
    "HC Patients": Resource.PATIENTS,
}
ABDUCTED_COLUMNS = ("HW Abduction", "HW Detention", "Patient Abduction", "Patient Detention")
ARRESTED_COLUMNS = ("HW Arrest", "Patient Arrest")
REQUIRED_COLUMNS = ("Attack ID", "Attack Date", "Country / Territory", "Certainty Level", "Attack Type")

#: Names and ``Attack ID`` prefixes the SSA uses that are not ISO 3166 names.
_COUNTRY_ALIASES = {
    "opt": "PSE",
    "occupied palestinian territory": "PSE",
    "occupied palestinian territories": "PSE",
    "palestine": "PSE",
    "drc": "COD",
    "democratic republic of the congo": "COD",
    "car": "CAF",
    "central african republic": "CAF",
    "syria": "SYR",
    "turkey": "TUR",
    "nagorno-karabakh": "",
    "ngk": "",
}
_FLAG_VALUES = {"yes": True, "no": False, "unknown": False, "": False}
_CLOCK = re.compile(r"^([01]?\d|2[0-3]):([0-5]\d)(?::[0-5]\d)?$")
_BAND = re.compile(r"^\d\d:\d\d\s*-\s*\d\d:\d\d$")
_LABELS_LONGEST_FIRST = sorted(SSA_ATTACK_LABELS, key=len, reverse=True)


def read(path: str | Path) -> list[Mention]:
    """Every row of an SSA export file (CSV or XLSX); all-or-nothing (:class:`RejectedRows`)."""
    return read_mentions(path, mention_from_row, kind="WHO SSA export", required=REQUIRED_COLUMNS)


def split_attack_types(cell: str) -> list[str]:
    """Split an SSA ``Attack Type`` cell into its labels.

    Labels are joined with ", " and themselves contain commas inside parentheses (one even has an
    unbalanced parenthesis), so neither ``str.split`` nor a csv parser can do it: at each position the
    longest known label is taken; text that is no known label runs to the next ", " outside parentheses
    and raises ``ValueError`` naming it.
    """
    rest = " ".join(cell.split())
    labels: list[str] = []
    while rest:
        folded = rest.casefold()
        label = next((k for k in _LABELS_LONGEST_FIRST if folded.startswith(k.casefold())), None)
        if label is None:
            raise ValueError(f"unknown SSA attack type {_up_to_separator(rest)!r}")
        labels.append(label)
        rest = rest[len(label) :]
        if rest and not rest.startswith(","):
            raise ValueError(f"unknown SSA attack type {_up_to_separator(label + rest)!r}")
        rest = rest.lstrip(", ")
    return labels


def _up_to_separator(text_: str) -> str:
    depth = 0
    for i, ch in enumerate(text_):
        depth += {"(": 1, ")": -1}.get(ch, 0)
        if depth <= 0 and text_.startswith(", ", i):
            return text_[:i]
    return text_[:120]


@lru_cache(maxsize=512)
def country_code(name: str) -> str | None:
    """ISO 3166-1 alpha-3 for a country name, alias or ISO code; None when the place has no ISO code."""
    key = name.strip().casefold()
    if key in _COUNTRY_ALIASES:
        return _COUNTRY_ALIASES[key] or None
    try:
        return pycountry.countries.lookup(name.strip()).alpha_3
    except LookupError:
        raise ValueError(f"unknown country {name[:60]!r}") from None


def mention_from_row(row: Mapping[str, object], row_number: int) -> Mention:
    """One SSA export row as a :class:`Mention`; raises ``ValueError`` with the reason when invalid."""
    missing = [c for c in REQUIRED_COLUMNS if not text(row, c)]
    if missing:
        raise ValueError(f"empty {', '.join(missing)}")
    attack_id = text(row, "Attack ID")
    country_name = text(row, "Country / Territory")
    codes = {"attack_type": text(row, "Attack Type")}
    types: list[str] = []
    for label in split_attack_types(codes["attack_type"]):
        types.extend(t.value for t in SSA_ATTACK_LABELS[label] if t.value not in types)
    resources = []
    for column, resource in RESOURCE_COLUMNS.items():
        flag = text(row, column).casefold()
        if flag not in _FLAG_VALUES:
            raise ValueError(f"{column} must be YES, NO or Unknown, not {flag[:20]!r}")
        if _FLAG_VALUES[flag]:
            resources.append(resource.value)
    facility_type = None
    if ssa_type := text(row, "Type of Facility"):
        facility_type = FACILITY_TYPE_FROM_SSA[SSAFacilityType.parse(ssa_type)].value
        codes["type_of_facility"] = ssa_type
    clock = text(row, "Attack Time")
    time = None
    if match := _CLOCK.match(clock):
        time = f"{int(match[1]):02d}:{match[2]}"
    elif _BAND.match(clock):
        codes["attack_time"] = clock.replace(" ", "")
    elif clock and clock.casefold() != "time unknown":
        raise ValueError(f"Attack Time must be HH:MM, a band like 06:00-12:00 or 'Time Unknown', not {clock[:20]!r}")
    return Mention(
        date=day(row, "Attack Date", row_number),
        date_precision="day",
        time=time,
        country=country_code(country_name) or country_code(attack_id[:3]),
        location=None if country_code(country_name) else country_name,
        geo_precision="country",
        facility_type=facility_type,
        attack_types=types,
        killed=parse_count(row.get("Total Death"), row_number, "Total Death"),
        injured=parse_count(row.get("Total Injured"), row_number, "Total Injured"),
        abducted=_sum(row, row_number, ABDUCTED_COLUMNS),
        arrested=_sum(row, row_number, ARRESTED_COLUMNS),
        resources=resources,
        certainty=Certainty.parse(text(row, "Certainty Level")).value,
        confidence=1.0,
        source_record=SourceRecord(DATASET, attack_id, row_number, codes),
    )


def _sum(row: Mapping[str, object], number: int, columns: tuple[str, ...]) -> int | None:
    values = [v for c in columns if (v := parse_count(row.get(c), number, c)) is not None]
    return sum(values) if values else None
