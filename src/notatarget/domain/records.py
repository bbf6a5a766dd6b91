"""Plain record types shared by every stage. No I/O, no database: stages pass these between them.

Field names of :class:`Mention` follow ``corpus/ANNOTATION.md`` so that an extractor's output, a gold file
and an export speak the same language.
"""

from __future__ import annotations

import hashlib
from dataclasses import asdict, dataclass, field, fields
from datetime import date, datetime
from typing import Any

#: Fields of a mention that ANNOTATION.md scores, in its order.
ANNOTATION_FIELDS: tuple[str, ...] = (
    "date",
    "time",
    "country",
    "location",
    "admin1",
    "facility_name",
    "facility_type",
    "attack_types",
    "weapons",
    "perpetrator",
    "killed",
    "injured",
    "health_workers_killed",
    "health_workers_injured",
    "injured_unspecified",
    "abducted",
    "facility_damage",
    "service_impact",
    "background",
    "evidence",
)


def sha256_hex(data: bytes) -> str:
    """The SHA-256 of ``data`` as 64 lower-case hex digits: the id of reports and evidence."""
    return hashlib.sha256(data).hexdigest()


@dataclass(frozen=True, slots=True)
class Span:
    """A stretch of a report's text that supports a value, and the rule that read it."""

    start: int
    end: int
    text: str
    rule: str | None = None

    def to_dict(self) -> dict[str, Any]:
        return {"start": self.start, "end": self.end, "text": self.text, "rule": self.rule}


@dataclass(slots=True)
class Report:
    """One received document. Immutable in the store; ``id`` is the SHA-256 of ``raw``."""

    id: str
    text: str
    title: str | None = None
    publisher: str | None = None
    published: date | None = None
    language: str | None = None
    source_url: str | None = None
    channel: str = "file"
    media_type: str = "text/plain"
    filename: str | None = None
    received_at: datetime | None = None
    raw: bytes | None = field(default=None, repr=False)

    @classmethod
    def from_text(cls, text: str, **meta: Any) -> Report:
        """A report made from text alone (its bytes are the UTF-8 of the text)."""
        raw = text.encode("utf-8")
        return cls(id=sha256_hex(raw), text=text, raw=raw, **meta)


@dataclass(slots=True)
class SourceRecord:
    """Where an imported mention came from: a row of a coded dataset."""

    dataset: str
    record_id: str
    row_number: int | None = None
    #: The dataset's own codes that have no field of ours, kept verbatim (e.g. ACLED ``time_precision``).
    codes: dict[str, str] = field(default_factory=dict)


@dataclass(slots=True)
class Mention:
    """One incident as one source tells it: the ANNOTATION.md fields plus provenance.

    ``spans`` maps a field name to the spans of text that support its value; every value an
    extractor sets has at least one span. Imported mentions carry ``source_record`` instead.
    """

    date: str | None = None
    date_precision: str | None = None
    time: str | None = None
    country: str | None = None
    location: str | None = None
    admin1: str | None = None
    latitude: float | None = None
    longitude: float | None = None
    geo_precision: str | None = None
    facility_name: str | None = None
    facility_type: str | None = None
    attack_types: list[str] = field(default_factory=list)
    weapons: list[str] = field(default_factory=list)
    perpetrator: str | None = None
    killed: int | None = None
    injured: int | None = None
    health_workers_killed: int | None = None
    health_workers_injured: int | None = None
    injured_unspecified: bool = False
    abducted: int | None = None
    arrested: int | None = None
    facility_damage: str | None = None
    service_impact: str | None = None
    resources: list[str] = field(default_factory=list)
    background: bool = False
    evidence: str | None = None
    confidence: float = 0.5
    spans: dict[str, list[Span]] = field(default_factory=dict)
    rules: list[str] = field(default_factory=list)
    extractor_version: str | None = None
    report_id: str | None = None
    source_record: SourceRecord | None = None
    description: str | None = None
    #: The SSA certainty level a coded source gave (rumour, possible, probable, confirmed), if any.
    certainty: str | None = None

    def to_annotation(self) -> dict[str, Any]:
        """The ANNOTATION.md fields, in order, with JSON-ready values."""
        return {name: _jsonable(getattr(self, name)) for name in ANNOTATION_FIELDS}

    def to_dict(self) -> dict[str, Any]:
        """Every field, JSON-ready: ANNOTATION.md fields first, then the extras."""
        out = self.to_annotation()
        for f in fields(self):
            if f.name in out:
                continue
            value = getattr(self, f.name)
            if f.name == "spans":
                out["spans"] = {k: [s.to_dict() for s in v] for k, v in value.items()}
            elif f.name == "source_record":
                out["source_record"] = asdict(value) if value else None
            else:
                out[f.name] = _jsonable(value)
        return out

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> Mention:
        """The inverse of :meth:`to_dict`; unknown keys are ignored."""
        names = {f.name for f in fields(cls)}
        kwargs = {k: v for k, v in data.items() if k in names and k not in ("spans", "source_record")}
        spans = {k: [Span(**s) for s in v] for k, v in (data.get("spans") or {}).items()}
        source = data.get("source_record")
        return cls(**kwargs, spans=spans, source_record=SourceRecord(**source) if source else None)

    def add_span(self, field_name: str, span: Span) -> None:
        """Record that ``span`` supports ``field_name`` (and note its rule)."""
        self.spans.setdefault(field_name, []).append(span)
        if span.rule and span.rule not in self.rules:
            self.rules.append(span.rule)


@dataclass(slots=True)
class Incident:
    """The canonical attack: values chosen from its mentions or set by a reviewer."""

    id: str
    values: Mention
    certainty: str = "possible"
    status: str = "draft"
    facility_id: str | None = None
    mention_ids: list[int] = field(default_factory=list)
    #: Where each value came from: field -> ``{"mention": id}`` or ``{"actor": name, "at": ..., "reason": ...}``.
    provenance: dict[str, Any] = field(default_factory=dict)
    #: Why its mentions were linked (scores, rules), as the linker wrote it.
    link_evidence: dict[str, Any] = field(default_factory=dict)
    #: Fields whose mentions disagree.
    conflicts: list[Any] = field(default_factory=list)
    repeated_attack: bool = False
    created_at: datetime | None = None
    updated_at: datetime | None = None


@dataclass(slots=True)
class Place:
    """A named place with its country and coordinates."""

    name: str
    country: str | None = None
    admin1: str | None = None
    latitude: float | None = None
    longitude: float | None = None
    precision: str | None = None
    population: int | None = None
    geonameid: int | None = None


@dataclass(slots=True)
class FacilityStatus:
    """One dated statement of a facility's functionality (HeRAMS style)."""

    as_of: date
    functionality: str
    reason: str | None = None
    source: str | None = None


@dataclass(slots=True)
class Facility:
    """A health facility: its identity (signature domain) and what it serves (service domain)."""

    name: str
    facility_type: str | None = None
    aliases: list[str] = field(default_factory=list)
    country: str | None = None
    admin1: str | None = None
    location: str | None = None
    latitude: float | None = None
    longitude: float | None = None
    operator: str | None = None
    services: list[str] = field(default_factory=list)
    beds: int | None = None
    catchment_population: int | None = None
    status_history: list[FacilityStatus] = field(default_factory=list)
    id: str | None = None


@dataclass(slots=True)
class Evidence:
    """A photo, video or document, stored by the SHA-256 of its exact bytes and never altered."""

    sha256: str
    filename: str
    media_type: str
    size: int
    incident_id: str | None = None
    added_by: str | None = None
    added_at: datetime | None = None


@dataclass(slots=True)
class AuditEvent:
    """Who changed what, when, before and after; ``hash`` chains it to the event before."""

    seq: int
    at: datetime
    actor: str
    action: str
    entity: str
    entity_id: str
    before: dict[str, Any] | None
    after: dict[str, Any] | None
    prev_hash: str
    hash: str


def _jsonable(value: Any) -> Any:
    if isinstance(value, date | datetime):
        return value.isoformat()
    if isinstance(value, list):
        return [_jsonable(v) for v in value]
    return value
