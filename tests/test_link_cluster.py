"""The pure linking core: blocking, scoring, guarded clustering, constraints and stable ids.

Every mention here is fictional (Freedonia, Sylvania and their towns do not exist)."""

from __future__ import annotations

import random
from dataclasses import replace

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from notatarget.domain import Mention, SourceRecord
from notatarget.link import Clustering, Constraints, LinkRecord, cluster, incident_id_for
from notatarget.link.score import Features, compare, period


def _m(**values: object) -> Mention:
    base = {
        "date": "2031-03-03",
        "date_precision": "day",
        "country": "FRE",
        "admin1": "North Province",
        "location": "Testville",
        "latitude": 10.0,
        "longitude": 20.0,
        "geo_precision": "settlement",
        "facility_name": "Northgate Children's Hospital",
        "facility_type": "hospital",
        "attack_types": ["heavy_weapons"],
        "weapons": ["air_launched"],
        "killed": 4,
    }
    base.update(values)
    return Mention(**base)  # type: ignore[arg-type]


def _groups(result: Clustering) -> list[list[str]]:
    return sorted(c.members for c in result.clusters)


def test_two_publishers_of_one_strike_become_one_incident_with_evidence() -> None:
    result = cluster({"a#0": _m(), "b#0": _m(facility_name="Northgate childrens hospital", killed=5)})
    assert _groups(result) == [["a#0", "b#0"]]
    [merge] = result.clusters[0].evidence
    assert (merge.a, merge.b, merge.rule) == ("a#0", "b#0", "score")
    assert merge.probability >= 0.9
    assert {"same_day", "facility_same", "coords_near", "admin1_same"} <= merge.features.keys()


def test_two_strikes_two_days_apart_stay_two_incidents() -> None:
    result = cluster({"a#0": _m(date="2031-03-16"), "a#1": _m(date="2031-03-18")})
    assert len(result.clusters) == 2


def test_same_day_strikes_hours_apart_stay_apart_double_tap() -> None:
    result = cluster({"a#0": _m(time="10:30"), "b#0": _m(time="14:00")})
    assert len(result.clusters) == 2
    close = cluster({"a#0": _m(time="10:30"), "b#0": _m(time="11:15")})
    assert len(close.clusters) == 1


def test_month_precision_is_compatible_with_any_day_of_that_month() -> None:
    assert period("2031-03", None).gap(period("2031-03-29", "day")) == 0
    assert period("2031-03-31", "month") == period("2031-03", None)
    month = _m(date="2031-03", date_precision="month")
    result = cluster({"a#0": month, "b#0": _m(date="2031-03-29")})
    assert len(result.clusters) == 1
    assert len(cluster({"a#0": month, "b#0": _m(date="2031-05-02")}).clusters) == 2


def test_far_apart_places_and_other_facilities_do_not_merge() -> None:
    far = _m(latitude=12.0, longitude=22.0, admin1="South Province", location="Elsewhere", facility_name="Eastgate")
    assert len(cluster({"a#0": _m(), "b#0": far}).clusters) == 2


def test_result_does_not_depend_on_input_order_and_reruns_give_same_ids() -> None:
    records = [LinkRecord(f"r{i}#0", _m(date=f"2031-03-{1 + i % 5:02d}", killed=i % 3)) for i in range(30)]
    first = cluster(records)
    shuffled = records[:]
    random.Random(7).shuffle(shuffled)
    again = cluster(shuffled)
    assert _groups(first) == _groups(again)
    assert [c.id for c in first.clusters] == [c.id for c in again.clusters]
    for c in first.clusters:
        assert c.id == incident_id_for(c.members[0])


def test_existing_ids_are_kept_and_a_split_gives_the_id_to_the_larger_part() -> None:
    a, b, c = _m(), _m(killed=5), _m(date="2031-03-20")
    keep = cluster([LinkRecord("x#0", a, "NT-OLD"), LinkRecord("y#0", b, "NT-OLD"), LinkRecord("z#0", c, "NT-C")])
    assert keep.assignment == {"x#0": "NT-OLD", "y#0": "NT-OLD", "z#0": "NT-C"}
    records = [LinkRecord("x#0", a, "NT-OLD"), LinkRecord("y#0", b, "NT-OLD"), LinkRecord("w#0", _m(), "NT-OLD")]
    split = cluster(records, Constraints(cannot_link=[("w#0", "x#0"), ("w#0", "y#0")]))
    assert split.assignment["x#0"] == split.assignment["y#0"] == "NT-OLD"
    assert split.assignment["w#0"] == incident_id_for("w#0")


def test_reviewer_constraints_win_over_scores() -> None:
    apart = cluster({"a#0": _m(), "b#0": _m()}, Constraints(cannot_link=[("a#0", "b#0")]))
    assert len(apart.clusters) == 2
    far = _m(date="2031-09-09", country="SYL")
    together = cluster({"a#0": _m(), "b#0": far}, Constraints(must_link=[("a#0", "b#0")]))
    assert _groups(together) == [["a#0", "b#0"]]
    assert together.clusters[0].evidence[0].rule == "reviewer_merge"


def test_dataset_ids_decide_identity() -> None:
    def row(dataset: str, record_id: str) -> Mention:
        return _m(source_record=SourceRecord(dataset, record_id), description="A health worker was injured.")

    result = cluster(
        {
            "insecurity_insight/1": row("insecurity_insight", "1"),
            "insecurity_insight/2": row("insecurity_insight", "2"),  # same wording, another event
            "insecurity_insight_ew/1": row("insecurity_insight_ew", "1"),  # same SiND id, other file
        }
    )
    assert _groups(result) == [
        ["insecurity_insight/1", "insecurity_insight_ew/1"],
        ["insecurity_insight/2"],
    ]
    assert result.cluster_of("insecurity_insight/1").evidence[0].rule == "same_record_id"


def test_two_mentions_of_one_report_are_two_incidents() -> None:
    result = cluster({"r#0": _m(report_id="r"), "r#1": _m(report_id="r")})
    assert len(result.clusters) == 2


def test_one_ambiguous_record_never_chains_two_clusters() -> None:
    west = {f"w{i}#0": _m(latitude=10.0, longitude=20.0, facility_name=None, location=None) for i in range(4)}
    east = {f"e{i}#0": _m(latitude=10.0, longitude=20.9, facility_name=None, location=None) for i in range(4)}
    bridge = {"b#0": _m(latitude=10.0, longitude=20.45, facility_name=None, location=None, geo_precision="admin1")}
    assert "coords_far" in compare(Features.of(west["w0#0"]), Features.of(east["e0#0"])).features
    assert compare(Features.of(west["w0#0"]), Features.of(bridge["b#0"])).probability >= 0.9
    assert compare(Features.of(east["e0#0"]), Features.of(bridge["b#0"])).probability >= 0.9
    result = cluster({**west, **east, **bridge})
    sizes = sorted(len(c.members) for c in result.clusters)
    assert max(sizes) <= 5
    assert not any({"w0#0", "e0#0"} <= set(c.members) for c in result.clusters)


def test_bad_data_never_crashes_and_never_merges_everything() -> None:
    hostile = "<script>alert(1)</script>" * 500
    bad = {
        "nodate#0": _m(date=None),
        "garbage#0": _m(date="31/03/2031"),
        "impossible#0": _m(date="2031-02-30"),
        "noplace#0": _m(country=None, admin1=None, location=None, latitude=None, longitude=None),
        "future#0": _m(date="2999-01-01"),
        "million#0": _m(killed=1_000_000, injured=-3),
        "html#0": _m(facility_name=hostile, description=hostile, location=hostile),
        "coords#0": _m(latitude=999.0, longitude=float("nan")),
        "weird#0": _m(attack_types=[], weapons=["", "??"], time="99:99"),
    }
    minimal = {f"min{i}#0": Mention(date="2031-03-03", country="FRE") for i in range(50)}
    result = cluster({**bad, **minimal})
    assert len(result.assignment) == len(bad) + len(minimal)
    assert max(len(c.members) for c in result.clusters) <= 3
    assert all(len(result.cluster_of(k).members) == 1 for k in ("nodate#0", "garbage#0", "impossible#0"))


def test_duplicate_keys_are_refused() -> None:
    import pytest

    with pytest.raises(ValueError, match="appears twice"):
        cluster([LinkRecord("a#0", _m()), LinkRecord("a#0", _m())])


_mentions = st.builds(
    Mention,
    date=st.one_of(st.none(), st.dates().map(lambda d: d.isoformat()), st.text(max_size=12)),
    country=st.sampled_from([None, "FRE", "SYL"]),
    admin1=st.one_of(st.none(), st.text(max_size=20)),
    latitude=st.one_of(st.none(), st.floats(allow_nan=True)),
    longitude=st.one_of(st.none(), st.floats(allow_nan=True)),
    facility_name=st.one_of(st.none(), st.text(max_size=40)),
    killed=st.one_of(st.none(), st.integers(-5, 10**9)),
    time=st.one_of(st.none(), st.text(max_size=6)),
    description=st.one_of(st.none(), st.text(max_size=80)),
)


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(_mentions, max_size=25))
def test_any_input_gives_a_deterministic_partition(mentions: list[Mention]) -> None:
    records = {f"k{i:03d}#0": m for i, m in enumerate(mentions)}
    result = cluster(records)
    members = sorted(k for c in result.clusters for k in c.members)
    assert members == sorted(records)
    assert len({c.id for c in result.clusters}) == len(result.clusters)
    again = cluster({k: replace(m) for k, m in reversed(list(records.items()))})
    assert result.assignment == again.assignment
