"""after_linking over many incidents at once, on SQLite and PostgreSQL: one proposed facility per facility named,
one closure status per incident, every change audited, nothing done twice. Every record here is fictional."""

from __future__ import annotations

import sqlalchemy as sa

from notatarget.analyze import after_linking
from notatarget.domain import Mention, SourceRecord
from notatarget.link.store import import_mentions
from notatarget.store import Store, models

CLINICS = ("Northgate Clinic", "Lakeside Maternity Clinic", "Hilltop Health Centre")


def _rows() -> list[Mention]:
    """Twelve attacks on three clinics, weeks apart (never one incident), each closing its clinic."""
    return [
        Mention(
            date=f"2031-{1 + n // 3:02d}-{1 + 2 * (n % 3):02d}",
            date_precision="day",
            country="FRE",
            location="Testville",
            facility_name=CLINICS[n % 3],
            facility_type="primary_care",
            attack_types=["heavy_weapons"],
            service_impact="closed",
            source_record=SourceRecord(dataset="fictional-clinics", record_id=f"C{n}"),
        )
        for n in range(12)
    ]


def _count(store: Store, model: type[models.Base], *where: sa.ColumnElement[bool]) -> int:
    with store.session(readonly=True) as session:
        return session.scalar(sa.select(sa.func.count()).select_from(model).where(*where)) or 0


def test_many_incidents_tied_and_closed_once_each(store: Store) -> None:
    with store.session() as session:
        summary = import_mentions(session, store, _rows())
        changed = after_linking(session, summary.link.changed)
    assert summary.link.incidents == 12
    assert changed["facilities"] == 24  # each incident tied to a facility and its closure recorded
    facilities = store.facilities(country="FRE")
    assert sorted(f.name for f in facilities) == sorted(CLINICS)
    assert _count(store, models.Incident, models.Incident.facility_id.is_(None)) == 0
    assert _count(store, models.FacilityStatus) == 12
    assert _count(store, models.AuditEvent, models.AuditEvent.action == "facility") == 12
    assert _count(store, models.AuditEvent, models.AuditEvent.action == "status") == 12
    events = _count(store, models.AuditEvent)
    with store.session() as session:
        assert after_linking(session) == {"facilities": 0, "repeated_flags": 0}
    assert _count(store, models.AuditEvent) == events and _count(store, models.FacilityStatus) == 12
    assert store.verify_audit().ok
