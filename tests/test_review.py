"""The review workflow on SQLite and PostgreSQL: edits, grading, transitions, merges and splits, all audited."""

from __future__ import annotations

import pytest

from e2e.webseed import seed
from notatarget import review
from notatarget.errors import NotFound
from notatarget.store import Store


def _events(store: Store, incident_id: str) -> list[str]:
    return [e.action for e in store.audit_events(entity="incident", entity_id=incident_id)]


def test_edit_checks_the_codebook_and_records_who_and_why(store: Store) -> None:
    seeded = seed(store)
    incident = review.edit_fields(
        store,
        seeded.first,
        {"facility_type": "Hospital", "attack_types": ["Arson", "heavy_weapons"], "killed": "2", "date": "2023-03"},
        actor="rita",
        reason="second report",
    )
    assert incident.values.facility_type == "hospital"
    assert incident.values.attack_types == ["arson", "heavy_weapons"]
    assert incident.values.killed == 2
    assert (incident.values.date, incident.values.date_precision) == ("2023-03", "month")
    last = store.audit_events(entity="incident", entity_id=seeded.first)[-1]
    assert last.actor == "rita" and last.before["killed"] is None and last.after["killed"] == 2
    assert last.after["_reason"] == "second report"
    count = len(_events(store, seeded.first))
    review.edit_fields(store, seeded.first, {"killed": 2}, actor="rita")
    assert len(_events(store, seeded.first)) == count, "setting the same value records nothing"


@pytest.mark.parametrize(
    "changes",
    [
        {"killed": -1},
        {"killed": "many"},
        {"latitude": 91},
        {"facility_type": "castle"},
        {"date": "2023-02-30"},
        {"date": "16/11/2016"},
        {"status": "published"},
        {"description": "x" * 5000},
    ],
)
def test_bad_edits_are_refused_and_change_nothing(store: Store, changes: dict) -> None:
    seeded = seed(store)
    before = store.get_incident(seeded.first)
    with pytest.raises(review.ReviewError):
        review.edit_fields(store, seeded.first, changes, actor="rita")
    assert store.get_incident(seeded.first) == before


def test_grading_and_transitions(store: Store) -> None:
    seeded = seed(store)
    assert review.grade_certainty(store, seeded.first, "Probable", actor="rita").certainty == "probable"
    with pytest.raises(review.ReviewError):
        review.grade_certainty(store, seeded.first, "sure", actor="rita")
    assert review.apply_action(store, seeded.first, "accept", actor="rita").status == "reviewed"
    assert review.apply_action(store, seeded.first, "publish", actor="rita").status == "published"
    with pytest.raises(review.ReviewError, match="cannot reject"):
        review.apply_action(store, seeded.first, "reject", actor="rita")
    assert review.apply_action(store, seeded.first, "withhold", actor="rita").status == "withheld"
    assert review.apply_action(store, seeded.first, "reopen", actor="rita").status == "draft"
    with pytest.raises(review.ReviewError, match="unknown action"):
        review.apply_action(store, seeded.first, "burn", actor="rita")
    with pytest.raises(NotFound):
        review.apply_action(store, "NT-NOSUCHTHING", "accept", actor="rita")
    assert _events(store, seeded.first)[-5:] == ["update", "accept", "publish", "withhold", "reopen"]


def test_merge_moves_mentions_and_is_kept_as_a_decision(store: Store) -> None:
    seeded = seed(store)
    merged = review.merge(store, [seeded.second, seeded.first, seeded.first], actor="rita", reason="same strike")
    all_mentions = sorted(seeded.mentions[seeded.reports[0]] + seeded.mentions[seeded.reports[1]])
    assert merged.id == seeded.second and sorted(merged.mention_ids) == all_mentions
    gone = store.get_incident(seeded.first)
    assert gone.status == "rejected" and gone.link_evidence["merged_into"] == seeded.second
    decision = store.link_decisions()[-1]
    assert decision["kind"] == "merge" and decision["incident_ids"] == [seeded.second, seeded.first]
    assert decision["mention_ids"] == all_mentions and decision["actor"] == "rita"
    with pytest.raises(review.ReviewError):
        review.merge(store, [seeded.second], actor="rita")
    assert store.verify_audit().ok


def test_split_makes_a_new_incident_from_the_chosen_mentions(store: Store) -> None:
    seeded = seed(store)
    source = store.get_incident(seeded.second)
    moved = source.mention_ids[-1:]
    new = review.split(store, seeded.second, moved, actor="rita", reason="other outlet, other day")
    assert new.id != seeded.second and new.id.startswith("NT-") and new.mention_ids == moved
    assert new.status == "draft" and new.values.killed == 5, "values come from the split-off mention"
    assert store.get_incident(seeded.second).mention_ids == source.mention_ids[:-1]
    assert store.link_decisions()[-1]["kind"] == "split"
    for chosen in ([], source.mention_ids[:-1] + moved, seeded.mentions[seeded.reports[2]]):
        with pytest.raises(review.ReviewError):
            review.split(store, seeded.second, chosen, actor="rita")
    assert store.verify_audit().ok


def test_merge_and_split_survive_relinking(store: Store) -> None:
    from notatarget.link.store import relink

    seeded = seed(store)
    second = store.get_incident(seeded.second)
    review.split(store, seeded.second, second.mention_ids[-1:], actor="rita")
    merged = review.merge(store, [seeded.first, seeded.hostile], actor="rita")
    with store.session() as session:
        relink(session, actor="test")
    owner = store.mention_incidents([*second.mention_ids, *merged.mention_ids])
    assert owner[second.mention_ids[-1]] != owner[second.mention_ids[0]], "the split stays apart"
    assert len({owner[m] for m in merged.mention_ids}) == 1, "the merge stays together"
