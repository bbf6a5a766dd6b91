"""Batched writes on SQLite and PostgreSQL: mentions stored in one flush, audit events chained in memory within
a transaction (and savepoint), imports that link only what is new or unlinked. Every record here is fictional."""

from __future__ import annotations

from itertools import pairwise
from typing import Any

import pytest
import sqlalchemy as sa

from notatarget.domain import Mention, Report, SourceRecord
from notatarget.errors import StoreError
from notatarget.link.store import import_mentions
from notatarget.store import Store, audit, models


def _row(record_id: str, day: int = 3, **values: Any) -> Mention:
    base: dict[str, Any] = {
        "date": f"2031-05-{day:02d}",
        "date_precision": "day",
        "country": "FRE",
        "location": "Testville",
        "facility_name": "Eastgate Clinic",
        "attack_types": ["heavy_weapons"],
        "killed": 1,
        "source_record": SourceRecord(dataset="fictional-set", record_id=record_id),
    }
    base.update(values)
    return Mention(**base)


def _audit_count(store: Store) -> int:
    with store.session(readonly=True) as session:
        return session.scalar(sa.select(sa.func.count()).select_from(models.AuditEvent)) or 0


def test_a_key_given_twice_in_one_batch_is_stored_once(store: Store) -> None:
    first = store.add_mentions(None, [_row("A"), _row("B"), _row("A", killed=9)])
    assert first[0] == first[2] != first[1]
    again = store.add_mentions(None, [_row("C"), _row("B")])
    assert again[1] == first[1]
    stored = store.mentions()
    assert len(stored) == 3 and stored[first[0]].killed == 1


def test_a_reports_mentions_are_batched_by_ordinal(store: Store) -> None:
    report = Report.from_text("Fictional report: a clinic in Testville was shelled.", publisher="Test Desk")
    store.add_report(report)
    ids = store.add_mentions(report.id, [_row("x", source_record=None), _row("y", source_record=None)])
    assert store.add_mentions(report.id, [_row("z", source_record=None)]) == ids[:1]
    assert list(store.mentions(report_id=report.id)) == ids


def test_a_mention_without_report_or_record_stores_nothing(store: Store) -> None:
    with pytest.raises(StoreError, match="source_record"):
        store.add_mentions(None, [_row("A"), _row("B", source_record=None)])
    assert store.mentions() == {}


def test_events_appended_in_one_transaction_chain_and_verify(store: Store) -> None:
    with store.session() as session:
        events = [audit.append(session, actor="t", action="note", entity="x", entity_id=i) for i in range(50)]
    assert [e.seq for e in events] == list(range(1, 51))
    assert all(b.prev_hash == a.hash for a, b in pairwise(events))
    result = store.verify_audit(anchor=events[-1].hash)
    assert result.ok and result.checked == 50


def test_a_rolled_back_savepoint_leaves_no_gap_in_the_chain(store: Store) -> None:
    with store.session() as session:
        audit.append(session, actor="t", action="note", entity="x", entity_id="kept-1")
        savepoint = session.begin_nested()
        audit.append(session, actor="t", action="note", entity="x", entity_id="undone")
        savepoint.rollback()
        audit.append(session, actor="t", action="note", entity="x", entity_id="kept-2")
        inner = session.begin_nested()
        audit.append(session, actor="t", action="note", entity="x", entity_id="kept-3")
        inner.commit()
        audit.append(session, actor="t", action="note", entity="x", entity_id="kept-4")
    assert [e.entity_id for e in store.audit_events()] == ["kept-1", "kept-2", "kept-3", "kept-4"]
    assert store.verify_audit().ok


def test_a_failed_transaction_leaves_the_next_one_chained(store: Store) -> None:
    with pytest.raises(RuntimeError), store.session() as session:
        audit.append(session, actor="t", action="note", entity="x", entity_id="lost")
        raise RuntimeError("fictional failure")
    with store.session() as session:
        event = audit.append(session, actor="t", action="note", entity="x", entity_id="kept")
    assert event.seq == 1 and store.verify_audit().ok


def test_import_links_new_and_unlinked_rows_and_a_repeat_changes_nothing(store: Store) -> None:
    unlinked = store.add_mentions(None, [_row("A")])  # stored earlier without linking
    rows = [_row("A"), _row("B"), _row("C", day=20)]
    with store.session() as session:
        summary = import_mentions(session, store, rows)
    assert (summary.added, summary.already) == (2, 1)
    links = store.mention_incidents(store.mentions())
    assert links[unlinked[0]] is not None and None not in links.values()
    events = _audit_count(store)
    with store.session() as session:
        again = import_mentions(session, store, rows)
    assert (again.added, again.already, again.link.changed) == (0, 3, [])
    assert _audit_count(store) == events and store.mention_incidents(store.mentions()) == links
    assert store.verify_audit().ok
