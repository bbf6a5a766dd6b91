"""Figures adjusted after a change equal figures counted again; a deep offset returns the rows OFFSET would."""

from __future__ import annotations

import random
from datetime import date, timedelta

import pytest
import sqlalchemy as sa

from e2e.webseed import seed
from notatarget import review
from notatarget.domain import Mention
from notatarget.store import Store, models
from notatarget.web import queries
from notatarget.web.queries import Filters, VersionedCache

FILTERS = [
    Filters(),
    Filters(country="SDN"),
    Filters(attack_type="arson"),
    Filters(certainty="probable"),
    Filters(status="published", since=date(2031, 2, 1)),
    Filters(since=date(2031, 2, 1)),
    Filters(until=date(2031, 1, 20)),
    Filters(until=date(2031, 2, 10), attack_type="looting"),
]


def _fictional(rng: random.Random, i: int) -> Mention:
    day = date(2031, 1, 1) + timedelta(days=rng.randrange(60))
    return Mention(
        country=rng.choice(("SDN", "TCD", None)),
        date=rng.choice((day.isoformat(), day.isoformat()[:7], None)),
        facility_type=rng.choice(("hospital", "clinic", None)),
        attack_types=rng.sample(["arson", "looting", "threat"], rng.randrange(3)),
        location=f"Fictional town {i}",
    )


def _assert_adjusted(store: Store, cache: VersionedCache) -> None:
    with store.session(readonly=True) as session:
        for filters in FILTERS:
            assert cache.figures(session, filters) == queries.figures(session, filters), filters


def test_figures_follow_edits_without_counting_again(store: Store) -> None:
    rng = random.Random(5)
    ids = [store.create_incident(_fictional(rng, i), actor="test") for i in range(12)]
    cache = VersionedCache()
    _assert_adjusted(store, cache)
    edits = [
        {"country": "TCD"},
        {"certainty": "confirmed"},
        {"status": "published"},
        {"date": "2031-02-20"},
        {"date": None},
        {"attack_types": ["looting", "arson"]},
        {"facility_type": None, "country": None},
    ]
    for n, change in enumerate(edits * 2):
        with store.session(readonly=True) as session:
            old = cache.version(session)
        store.update_incident(ids[n % len(ids)], change, actor="test")
        with store.session(readonly=True) as session:
            told = queries.changes_since(session, old, cache.version(session))
        assert told is not None and len(told) <= 1, "an edit is told by the audit log"
        for before, after in told:  # none when the edit set the values it found
            assert before is not None and any(after[k] != before[k] for k in change), "the values before the edit"
        if n % 3 == 0:
            store.create_incident(_fictional(rng, 100 + n), actor="test")
        _assert_adjusted(store, cache)
    with store.session() as session:  # rows without an audit event (a bulk load): counted again
        session.execute(sa.insert(models.Incident), [{"id": "NT-BULK1", "country": "SDN", "attack_types": ["arson"]}])
    _assert_adjusted(store, cache)


def test_deep_offsets_start_from_their_day(store: Store, monkeypatch: pytest.MonkeyPatch) -> None:
    rng = random.Random(9)
    for i in range(40):
        mention = _fictional(rng, i)
        mention.date = rng.choice((mention.date, "2031-01-05", None))  # many on one day, some undated
        store.create_incident(mention, actor="test")
    with store.session(readonly=True) as session:
        for filters in (Filters(), Filters(attack_type="arson"), Filters(country="TCD")):
            expected = [i.id for i in queries.incident_page(session, filters, limit=1000)[0]]
            monkeypatch.setattr(queries, "SEEK_FROM", -1)  # every offset seeks
            for offset in range(len(expected) + 2):
                rows, total = queries.incident_page(session, filters, limit=3, offset=offset)
                assert [r.id for r in rows] == expected[offset : offset + 3] and total == len(expected)
            monkeypatch.undo()


def test_figures_follow_merge_split_and_workflow(store: Store) -> None:
    seeded = seed(store)
    cache = VersionedCache()
    _assert_adjusted(store, cache)
    moved = store.get_incident(seeded.second).mention_ids[-1:]
    new = review.split(store, seeded.second, moved, actor="test")
    _assert_adjusted(store, cache)
    review.merge(store, [seeded.first, new.id], actor="test")
    _assert_adjusted(store, cache)
    review.edit_fields(store, seeded.first, {"date": "2031-02-03", "attack_types": ["arson"]}, actor="test")
    review.apply_action(store, seeded.first, "publish", actor="test")
    _assert_adjusted(store, cache)
