"""Repeated targeting: the same facility attacked again within a window, flagged and listed. Fictional data."""

from __future__ import annotations

import json
from datetime import date

import pytest
import typer
from sqlalchemy.orm import Session
from typer.testing import CliRunner

from notatarget.analyze import flag_repeated, repeated_attacks
from notatarget.cli import commands_link
from notatarget.domain import Mention, Report
from notatarget.link.store import relink
from notatarget.store import Store

NORTHGATE = "Northgate Children's Hospital"


def _strike(store: Store, n: int, day: str, time: str | None = None, facility: str = NORTHGATE) -> None:
    mention = Mention(
        date=day, date_precision="day", time=time, country="FRE", location="Testville",
        facility_name=facility, facility_type="hospital", attack_types=["heavy_weapons"],
    )  # fmt: skip
    report = Report.from_text(f"Fictional report {n}: {facility} struck on {day} {time or ''}.")

    def link(session: Session, ids: list[int]) -> None:
        relink(session, mention_ids=ids)

    store.add_report(report, [mention], then=link)


@pytest.fixture
def strikes(store: Store) -> Store:
    _strike(store, 1, "2031-11-16", "10:30")
    _strike(store, 2, "2031-11-16", "14:05")  # same-day second strike: a double tap
    _strike(store, 3, "2031-11-18", "09:40")  # two days later
    _strike(store, 4, "2031-12-20")  # a month later: not repeated within days
    _strike(store, 5, "2031-11-17", facility="Eastfield Health Centre")
    return store


def test_repeated_attacks_within_the_window(strikes: Store) -> None:
    with strikes.session(readonly=True) as session:
        two_days = repeated_attacks(session, window_days=2)
        same_day = repeated_attacks(session, window_days=0)
    assert [(r.first_date, r.second_date, r.gap_days) for r in two_days] == [
        (date(2031, 11, 16), date(2031, 11, 16), 0),
        (date(2031, 11, 16), date(2031, 11, 18), 2),
    ]
    assert [r.kind for r in same_day] == ["same-day (double tap)"]
    assert all(r.facility == NORTHGATE for r in two_days)


def test_flags_are_set_exactly_and_idempotently(strikes: Store) -> None:
    with strikes.session() as session:
        changed = flag_repeated(session, window_days=2)
    assert len(changed) == 3
    flagged = [i for i in strikes.list_incidents() if i.repeated_attack]
    assert sorted(i.values.date for i in flagged) == ["2031-11-16", "2031-11-16", "2031-11-18"]
    with strikes.session() as session:
        assert flag_repeated(session, window_days=2) == []
        assert len(flag_repeated(session, window_days=0)) == 1  # the 18th is no longer within 0 days


def test_window_must_not_be_negative(strikes: Store) -> None:
    with strikes.session(readonly=True) as session, pytest.raises(ValueError):
        repeated_attacks(session, window_days=-1)


def test_alerts_command(strikes: Store, store_env: Store) -> None:
    app = typer.Typer()
    commands_link.register(app)
    result = CliRunner().invoke(app, ["alerts", "--window-days", "2", "--format", "json"])
    assert result.exit_code == 0, result.output
    assert [r["gap_days"] for r in json.loads(result.output)] == [0, 2]
    text = CliRunner().invoke(app, ["alerts", "--window-days", "0"])
    assert "double tap" in text.output
