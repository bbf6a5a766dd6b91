"""Linking over the store, on SQLite and PostgreSQL: idempotent re-runs, reviewer merges and splits kept,
reviewer edits kept, bad data tolerated. Every report here is fictional."""

from __future__ import annotations

from datetime import date
from typing import Any

import sqlalchemy as sa

from notatarget.domain import Mention, Report, SourceRecord
from notatarget.link.store import LinkSummary, members_by_incident, relink
from notatarget.review import workflow
from notatarget.store import Store, models


def _mention(**values: Any) -> Mention:
    base: dict[str, Any] = {
        "date": "2031-03-03",
        "date_precision": "day",
        "country": "FRE",
        "admin1": "North Province",
        "location": "Testville",
        "facility_name": "Northgate Clinic",
        "facility_type": "primary_care",
        "attack_types": ["heavy_weapons"],
        "health_workers_injured": 2,
    }
    base.update(values)
    return Mention(**base)


def _report(store: Store, text: str, *mentions: Mention, published: date = date(2031, 3, 4)) -> list[int]:
    report = Report.from_text(f"Fictional test report. {text}", publisher=text[:20], published=published)
    ids: list[int] = []
    store.add_report(report, mentions, then=lambda session, mention_ids: ids.extend(mention_ids))
    return ids


def _snapshot(store: Store) -> dict[str, Any]:
    with store.session(readonly=True) as session:
        incidents = session.execute(
            sa.select(
                models.Incident.id,
                models.Incident.status,
                models.Incident.killed,
                models.Incident.health_workers_injured,
                models.Incident.conflicts,
                models.Incident.link_evidence,
            ).order_by(models.Incident.id)
        ).all()
        mentions = session.execute(
            sa.select(models.Mention.id, models.Mention.incident_id).order_by(models.Mention.id)
        ).all()
    return {"incidents": [tuple(r) for r in incidents], "mentions": [tuple(r) for r in mentions]}


def _link(store: Store, **options: Any) -> LinkSummary:
    with store.session() as session:
        return relink(session, **options)


def _seed(store: Store) -> dict[str, list[int]]:
    return {
        "a": _report(store, "Northgate Clinic shelled, two nurses hurt.", _mention()),
        "b": _report(store, "Shelling hits the Northgate clinic.", _mention(health_workers_injured=3)),
        "c": _report(
            store,
            "A clinic in Southport was looted.",
            _mention(
                date="2031-03-20",
                location="Southport",
                admin1="South Province",
                facility_name="Southport Health Post",
                attack_types=["looting"],
                health_workers_injured=None,
            ),
        ),
    }


def test_relinking_unchanged_data_changes_nothing(store: Store) -> None:
    ids = _seed(store)
    first = _link(store)
    assert first.incidents == 2 and len(first.created) == 2
    before = _snapshot(store)
    again = _link(store)
    assert again.changed == []
    assert _snapshot(store) == before
    incident = store.mention_incidents(ids["a"] + ids["b"])
    assert len(set(incident.values())) == 1
    [conflict] = store.get_incident(incident[ids["a"][0]]).conflicts
    assert conflict["field"] == "health_workers_injured" and conflict["chosen"] == 2


def test_a_reviewer_split_survives_relinking(store: Store) -> None:
    ids = _seed(store)
    _link(store)
    together = store.mention_incidents(ids["a"])[ids["a"][0]]
    new = workflow.split(store, together, ids["b"], actor="reviewer")
    _link(store)
    assert store.mention_incidents(ids["a"])[ids["a"][0]] == together
    assert store.mention_incidents(ids["b"])[ids["b"][0]] == new.id
    before = _snapshot(store)
    assert _link(store).changed == []
    assert _snapshot(store) == before


def test_a_reviewer_merge_survives_relinking(store: Store) -> None:
    ids = _seed(store)
    _link(store)
    north = store.mention_incidents(ids["a"])[ids["a"][0]]
    south = store.mention_incidents(ids["c"])[ids["c"][0]]
    workflow.merge(store, [north, south], actor="reviewer")
    _link(store)
    assert set(store.mention_incidents(ids["a"] + ids["b"] + ids["c"]).values()) == {north}
    assert _link(store).changed == []


def test_reviewer_edits_are_never_overwritten(store: Store) -> None:
    ids = _seed(store)
    _link(store)
    incident_id = store.mention_incidents(ids["a"])[ids["a"][0]]
    workflow.edit_fields(store, incident_id, {"health_workers_injured": 7, "date": "2031-03-02"}, actor="reviewer")
    _link(store)
    values = store.get_incident(incident_id).values
    assert (values.health_workers_injured, values.date) == (7, "2031-03-02")
    assert store.list_incidents(since=date(2031, 3, 2), until=date(2031, 3, 2))[0].id == incident_id


def test_since_links_new_mentions_to_old_incidents(store: Store) -> None:
    ids = _seed(store)
    _link(store)
    late = _report(store, "Later account of the Northgate shelling.", _mention(), published=date(2031, 3, 9))
    summary = _link(store, since=date(2031, 3, 3))
    assert summary.created == []
    incidents = store.mention_incidents(ids["a"] + late)
    assert incidents[late[0]] == incidents[ids["a"][0]]


def test_bad_data_never_crashes_nor_merges_everything(store: Store) -> None:
    bad = [
        _mention(date=None),
        _mention(date="2999-01-01"),
        _mention(killed=1_000_000),
        _mention(country=None, admin1=None, location=None, facility_name=None),
        _mention(facility_name="<script>alert('x')</script>" * 50),
    ]
    for i, m in enumerate(bad):
        _report(store, f"bad {i}", m)
    minimal = [Mention(date="2031-03-03", country="FRE") for _ in range(20)]
    _report(store, "many minimal mentions", *minimal)
    summary = _link(store)
    assert summary.mentions == 25
    with store.session(readonly=True) as session:
        biggest = session.scalar(
            sa.select(sa.func.count())
            .select_from(models.Mention)
            .group_by(models.Mention.incident_id)
            .order_by(sa.func.count().desc())
            .limit(1)
        )
    assert biggest <= 5


def test_members_list_reports_and_source_records(store: Store) -> None:
    ids = _seed(store)
    row = _mention(source_record=SourceRecord("insecurity_insight", "900001", 2))
    store.add_mentions(None, [row])
    _link(store)
    with store.session(readonly=True) as session:
        incident_ids = session.scalars(sa.select(models.Incident.id)).all()
        members = members_by_incident(session, incident_ids)
    entries = [e for group in members.values() for e in group]
    assert {e["mention_id"] for e in entries} >= set(ids["a"] + ids["c"])
    reported = [e for e in entries if "report_id" in e]
    assert all(e["publisher"] and e["published"] == "2031-03-04" for e in reported)
    [imported] = [e for e in entries if "source_record" in e]
    assert imported["source_record"] == {"dataset": "insecurity_insight", "record_id": "900001", "row_number": 2}


def test_a_partial_run_sees_month_dated_neighbours(store: Store) -> None:
    row = _mention(date="2031-03", date_precision="month", source_record=SourceRecord("insecurity_insight", "7"))
    store.add_mentions(None, [row])
    _link(store)
    [news] = _report(store, "A later report.", _mention(date="2031-03-28"))
    assert _link(store, mention_ids=[news]).mentions == 2
