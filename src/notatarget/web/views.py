"""View models for the pages: source texts cut into highlighted segments, field rows with their pickers and
the values each source gives, and codebook choices. Pure functions over store rows; templates only print."""

from __future__ import annotations

import itertools
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any

from notatarget.domain import (
    AttackType,
    Certainty,
    Damage,
    FacilityType,
    Functionality,
    FunctionalityReason,
    GeoPrecision,
    IncidentStatus,
    Resource,
    ServiceImpact,
    Weapon,
)
from notatarget.domain.codebook import Coded
from notatarget.review import EDITABLE
from notatarget.store import models

#: Field name -> its codebook, for the pickers; list fields allow several values.
PICKERS: dict[str, type[Coded]] = {
    "geo_precision": GeoPrecision,
    "facility_type": FacilityType,
    "attack_types": AttackType,
    "weapons": Weapon,
    "resources": Resource,
    "facility_damage": Damage,
    "service_impact": ServiceImpact,
}
LIST_FIELDS = frozenset({"attack_types", "weapons", "resources"})
FLAG_FIELDS = frozenset({"injured_unspecified"})
NUMBER_FIELDS = frozenset(
    {"killed", "injured", "health_workers_killed", "health_workers_injured", "abducted", "arrested"}
)
LABELS = {
    "date": "Date",
    "time": "Time",
    "country": "Country",
    "admin1": "Province (admin1)",
    "location": "Place",
    "latitude": "Latitude",
    "longitude": "Longitude",
    "geo_precision": "Place precision",
    "facility_name": "Facility name",
    "facility_type": "Facility type",
    "attack_types": "Attack types",
    "weapons": "Weapons",
    "resources": "Resources hit",
    "perpetrator": "Perpetrator",
    "killed": "Killed",
    "injured": "Injured",
    "health_workers_killed": "Health workers killed",
    "health_workers_injured": "Health workers injured",
    "injured_unspecified": "Injured, number unknown",
    "abducted": "Abducted",
    "arrested": "Arrested",
    "facility_damage": "Facility damage",
    "service_impact": "Service impact",
    "description": "Description",
}
MAX_SHOWN_TEXT = 200_000


@dataclass(slots=True)
class Segment:
    """A stretch of source text and the fields whose spans cover it (empty: plain text)."""

    text: str
    fields: tuple[str, ...] = ()


@dataclass(slots=True)
class Source:
    """One mention beside its report text, cut into segments."""

    mention: models.Mention
    report: models.Report | None
    segments: list[Segment]
    truncated: bool = False


@dataclass(slots=True)
class FieldRow:
    """One editable field: its value, picker, provenance and the differing values of the sources."""

    name: str
    label: str
    value: Any
    shown: str
    choices: list[tuple[str, str]] = field(default_factory=list)
    multiple: bool = False
    kind: str = "text"
    provenance: str = ""
    source_values: list[tuple[int, str]] = field(default_factory=list)
    has_span: bool = False

    @property
    def conflict(self) -> bool:
        return len({v for _, v in self.source_values}) > 1


def segments(text: str, spans: Mapping[str, Sequence[Mapping[str, Any]]]) -> list[Segment]:
    """``text`` cut at every span boundary, each piece tagged with the fields whose spans cover it."""
    bounds = {0, len(text)}
    covers: list[tuple[int, int, str]] = []
    for name, items in spans.items():
        for span in items or []:
            start, end = span.get("start"), span.get("end")
            if isinstance(start, int) and isinstance(end, int) and 0 <= start < end <= len(text):
                covers.append((start, end, name))
                bounds.update((start, end))
    cuts = sorted(bounds)
    out = []
    for a, b in itertools.pairwise(cuts):
        names = tuple(sorted({n for s, e, n in covers if s <= a and b <= e}))
        out.append(Segment(text[a:b], names))
    return out


def sources(mentions: Iterable[models.Mention]) -> list[Source]:
    """Each mention with its report text cut into highlighted segments (very long texts are cut short)."""
    out = []
    for mention in mentions:
        report = mention.report
        text = report.text if report is not None else (mention.description or "")
        truncated = len(text) > MAX_SHOWN_TEXT
        shown = text[:MAX_SHOWN_TEXT]
        spans = mention.spans if report is not None else {}
        out.append(Source(mention, report, segments(shown, spans or {}), truncated))
    return out


def show(value: Any) -> str:
    """A value as a reviewer reads it: codes as labels, lists joined, empty as a dash."""
    if value is None or value == [] or value == "":
        return "—"
    if isinstance(value, list):
        return ", ".join(show(v) for v in value)
    if isinstance(value, bool):
        return "yes" if value else "no"
    for kind in (*PICKERS.values(), Certainty, IncidentStatus, Functionality, FunctionalityReason):
        try:
            return kind(value).label
        except ValueError:
            continue
    return str(value)


def field_rows(incident: models.Incident, mentions: Sequence[models.Mention]) -> list[FieldRow]:
    """The editable fields of an incident, with pickers and what each of its sources says."""
    rows = []
    for name in EDITABLE:
        value = getattr(incident, name)
        kind = PICKERS.get(name)
        source_values = [
            (m.id, show(getattr(m, name))) for m in mentions if getattr(m, name) not in (None, [], "", False)
        ]
        origin = (incident.provenance or {}).get(name) or {}
        if "actor" in origin:
            provenance = f"set by {origin['actor']}"
        elif "mention" in origin:
            provenance = f"from mention {origin['mention']}"
        else:
            provenance = ""
        rows.append(
            FieldRow(
                name=name,
                label=LABELS.get(name, name),
                value=value,
                shown=show(value),
                choices=[(c.value, c.label) for c in kind] if kind else [],
                multiple=name in LIST_FIELDS,
                kind="flag" if name in FLAG_FIELDS else "number" if name in NUMBER_FIELDS else "text",
                provenance=provenance,
                source_values=source_values,
                has_span=any(name in (m.spans or {}) for m in mentions),
            )
        )
    return rows


def choices() -> dict[str, Any]:
    """The codebook lists the filter forms offer."""
    return {
        "attack_types": list(AttackType),
        "certainties": list(Certainty),
        "statuses": list(IncidentStatus),
        "facility_types": list(FacilityType),
    }
