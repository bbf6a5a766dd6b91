"""Conversions between the database rows and the plain records of :mod:`notatarget.domain`."""

from __future__ import annotations

import calendar
from dataclasses import fields
from datetime import date
from typing import Any

from notatarget import domain
from notatarget.errors import StoreError
from notatarget.store import models

#: Mention fields stored as columns shared by ``mentions`` and ``incidents`` (see ``models.MentionValues``).
VALUE_FIELDS: tuple[str, ...] = tuple(
    f.name
    for f in fields(domain.Mention)
    if f.name not in {"confidence", "spans", "rules", "extractor_version", "report_id", "source_record", "certainty"}
)
_COUNT_FIELDS = frozenset(
    ("killed", "injured", "health_workers_killed", "health_workers_injured", "abducted", "arrested")
)
_LIST_FIELDS = frozenset(("attack_types", "weapons", "resources"))
_FLAG_FIELDS = frozenset(("injured_unspecified", "background"))
_MAX_COUNT = 2**31 - 1


def date_range(text: str | None) -> tuple[date | None, date | None]:
    """First and last day covered by ``YYYY-MM-DD``, ``YYYY-MM`` or ``YYYY``; ``(None, None)`` otherwise."""
    if not text:
        return None, None
    parts = text.split("-")
    try:
        numbers = [int(p) for p in parts]
        if len(numbers) == 3:
            day = date(*numbers)
            return day, day
        if len(numbers) == 2:
            year, month = numbers
            return date(year, month, 1), date(year, month, calendar.monthrange(year, month)[1])
        if len(numbers) == 1 and len(parts[0]) == 4:
            return date(numbers[0], 1, 1), date(numbers[0], 12, 31)
    except ValueError:
        pass
    return None, None


def value_columns(values: domain.Mention | dict[str, Any]) -> dict[str, Any]:
    """The value columns for a mention or incident row, checked, with ``date_from``/``date_to`` derived."""
    if isinstance(values, dict):
        given = [values.get(name) for name in VALUE_FIELDS]
    else:
        given = [getattr(values, name, None) for name in VALUE_FIELDS]
    out: dict[str, Any] = {}
    for name, value in zip(VALUE_FIELDS, given, strict=True):
        if name in _LIST_FIELDS:
            value = [str(v) for v in value or []]
        elif name in _FLAG_FIELDS:
            value = bool(value)
        elif value is None:
            pass
        elif isinstance(value, date):
            value = value.isoformat()
        elif name in _COUNT_FIELDS and not (0 <= value <= _MAX_COUNT):
            raise StoreError(f"{name}={value!r} is not a possible count", hint="counts are whole numbers >= 0")
        out[name] = value
    out["date_from"], out["date_to"] = date_range(out["date"])
    return out


def values_of(row: models.MentionValues) -> dict[str, Any]:
    """The value fields of a mention or incident row as a dict."""
    return {name: getattr(row, name) for name in VALUE_FIELDS}


def mention_row(mention: domain.Mention) -> dict[str, Any]:
    """Column values for a ``mentions`` row from a domain mention (without report, ordinal or incident)."""
    source = mention.source_record
    return {
        **value_columns(mention),
        "confidence": mention.confidence,
        "spans": {k: [s.to_dict() for s in v] for k, v in mention.spans.items()},
        "rules": list(mention.rules),
        "extractor_version": mention.extractor_version,
        "certainty": mention.certainty,
        "source_dataset": source.dataset if source else None,
        "source_record_id": source.record_id if source else None,
        "source_row": source.row_number if source else None,
        "source_codes": dict(source.codes) if source else {},
    }


def to_mention(row: Any, *, spans: bool = True) -> domain.Mention:
    """The domain mention of a ``mentions`` row (an ORM object or a selected row with the same columns;
    without ``spans`` the row need not have that column: linking reads no spans)."""
    source = None
    if row.source_dataset is not None:
        source = domain.SourceRecord(
            dataset=row.source_dataset,
            record_id=row.source_record_id or "",
            row_number=row.source_row,
            codes=dict(row.source_codes or {}),
        )
    return domain.Mention(
        **values_of(row),
        confidence=row.confidence,
        spans={k: [domain.Span(**s) for s in v] for k, v in (row.spans or {}).items()} if spans else {},
        rules=list(row.rules or []),
        extractor_version=row.extractor_version,
        report_id=row.report_id,
        source_record=source,
        certainty=row.certainty,
    )


def to_incident(row: models.Incident) -> domain.Incident:
    """The domain incident of an ``incidents`` row (its mention ids loaded from the row's mentions)."""
    return domain.Incident(
        id=row.id,
        values=domain.Mention(**values_of(row)),
        certainty=row.certainty,
        status=row.status,
        facility_id=row.facility_id,
        mention_ids=[m.id for m in row.mentions],
        provenance=dict(row.provenance or {}),
        link_evidence=dict(row.link_evidence or {}),
        conflicts=list(row.conflicts or []),
        repeated_attack=row.repeated_attack,
        created_at=row.created_at,
        updated_at=row.updated_at,
    )


def to_report(row: models.Report) -> domain.Report:
    """The domain report of a ``reports`` row (``raw`` is not loaded; use ``Store.report_bytes``)."""
    return domain.Report(
        id=row.id,
        text=row.text,
        title=row.title,
        publisher=row.publisher,
        published=row.published,
        language=row.language,
        source_url=row.source_url,
        channel=row.channel,
        media_type=row.media_type,
        filename=row.filename,
        received_at=row.received_at,
    )


FACILITY_FIELDS: tuple[str, ...] = (
    "name",
    "facility_type",
    "aliases",
    "country",
    "admin1",
    "location",
    "latitude",
    "longitude",
    "operator",
    "services",
    "beds",
    "catchment_population",
)


def to_facility(row: Any, *, history: bool = True) -> domain.Facility:
    """The domain facility of a ``facilities`` row, with its dated status history unless ``history`` is
    false (then ``row`` may be a selected row of the facility's columns: matching names needs no history)."""
    return domain.Facility(
        id=row.id,
        **{name: getattr(row, name) for name in FACILITY_FIELDS},
        status_history=[
            domain.FacilityStatus(as_of=s.as_of, functionality=s.functionality, reason=s.reason, source=s.source)
            for s in (row.status_history if history else ())
        ],
    )


def to_evidence(row: models.Evidence) -> domain.Evidence:
    """The domain evidence record of an ``evidence`` row."""
    return domain.Evidence(
        sha256=row.sha256,
        filename=row.filename,
        media_type=row.media_type,
        size=row.size,
        incident_id=row.incident_id,
        added_by=row.added_by,
        added_at=row.added_at,
    )


def to_audit_event(row: models.AuditEvent) -> domain.AuditEvent:
    """The domain audit event of an ``audit_events`` row."""
    return domain.AuditEvent(
        seq=row.seq,
        at=row.at,
        actor=row.actor,
        action=row.action,
        entity=row.entity,
        entity_id=row.entity_id,
        before=row.before,
        after=row.after,
        prev_hash=row.prev_hash,
        hash=row.hash,
    )
