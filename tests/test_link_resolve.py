"""Choosing an incident's values from disagreeing sources, with every conflict kept. Fictional mentions."""

from __future__ import annotations

from datetime import date

import pytest

from notatarget.domain import Mention
from notatarget.link import LinkRecord, resolve


def _r(key: str, published: date | None = None, reliability: float = 0.5, **values: object) -> LinkRecord:
    return LinkRecord(key, Mention(**values), published=published, reliability=reliability)  # type: ignore[arg-type]


def test_counts_are_conservative_and_the_conflict_is_shown() -> None:
    result = resolve([_r("a#0", killed=5), _r("b#0", killed=4), _r("c#0", killed=None)])
    assert result.values.killed == 4
    [conflict] = [c for c in result.conflicts if c.field == "killed"]
    assert conflict.values == [(4, ["b#0"]), (5, ["a#0"])]
    assert conflict.chosen == 4
    assert "conservative" in conflict.rule


def test_a_more_reliable_or_later_source_revises_the_count() -> None:
    reliable = resolve([_r("a#0", killed=4), _r("b#0", reliability=0.9, killed=9)])
    assert reliable.values.killed == 9
    later = resolve([_r("a#0", date(2031, 3, 3), killed=4), _r("b#0", date(2031, 3, 5), killed=7)])
    assert later.values.killed == 7
    assert any(c.field == "killed" for c in later.conflicts)


def test_most_specific_date_and_place_win() -> None:
    result = resolve(
        [
            _r("a#0", reliability=0.9, date="2031-03", geo_precision="admin1", admin1="North", location=None),
            _r("b#0", date="2031-03-16", geo_precision="settlement", admin1="North", location="Testville"),
        ]
    )
    assert (result.values.date, result.values.date_precision) == ("2031-03-16", "day")
    assert (result.values.location, result.values.geo_precision) == ("Testville", "settlement")
    assert any(c.field == "date" for c in result.conflicts)


def test_lists_are_united_and_flags_combined() -> None:
    result = resolve(
        [
            _r("a#0", attack_types=["heavy_weapons"], background=True, injured_unspecified=True),
            _r("b#0", attack_types=["arson", "heavy_weapons"], background=False),
        ]
    )
    assert result.values.attack_types == ["arson", "heavy_weapons"]
    assert result.values.background is False
    assert result.values.injured_unspecified is True


def test_agreeing_sources_give_no_conflict_and_free_text_is_not_one() -> None:
    result = resolve([_r("a#0", killed=3, description="one"), _r("b#0", killed=3, description="two")])
    assert result.conflicts == []
    assert result.values.killed == 3


def test_an_empty_incident_is_refused() -> None:
    with pytest.raises(ValueError):
        resolve([])
