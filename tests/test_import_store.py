"""Imports into a real store through the command line: all-or-nothing, idempotent, linked."""

from __future__ import annotations

import csv
from pathlib import Path
from typing import Any

import pytest
import sqlalchemy as sa
import typer
from typer.testing import CliRunner

from notatarget.cli import commands_exchange
from notatarget.errors import NotatargetError, RejectedRows
from notatarget.store import Store, models
from test_import_datasets import ACLED_HEADER, SSA_HEADER, acled_row, kobo_submission, ssa_row, write_csv


@pytest.fixture
def cli() -> typer.Typer:
    app = typer.Typer()
    commands_exchange.register(app)
    return app


def snapshot(store: Store) -> dict[str, list[tuple[Any, ...]]]:
    """Every mention and incident row, without timestamps, sorted: equal snapshots mean equal databases."""
    out = {}
    for model in (models.Mention, models.Incident):
        columns = [c for c in model.__table__.columns if c.name not in ("created_at", "updated_at")]
        with store.engine.connect() as connection:
            rows = connection.execute(sa.select(*columns)).all()
        out[model.__tablename__] = sorted((tuple(map(repr, row)) for row in rows), key=str)
    return out


def imported(cli: typer.Typer, *args: str) -> None:
    result = CliRunner().invoke(cli, ["import", *args])
    assert result.exit_code == 0, f"{result.output}{result.exception!r}"


def test_each_kind_imports_and_reimport_changes_nothing(cli: typer.Typer, store_env: Store, tmp_path: Path) -> None:
    ssa = write_csv(tmp_path / "ssa.csv", SSA_HEADER, [ssa_row("PSE900001"), ssa_row("PSE900002")])
    acled = write_csv(tmp_path / "acled.csv", ACLED_HEADER, [acled_row("UKR1", "Shelling hit the hospital.")])
    row = kobo_submission("kobo-1")
    kobo = write_csv(tmp_path / "kobo.csv", list(row), [row])
    for kind, path in (("who-ssa", ssa), ("acled", acled), ("kobo", kobo)):
        imported(cli, kind, str(path))
    once = snapshot(store_env)
    assert len(once["mentions"]) == 4 and len(once["incidents"]) >= 3
    for kind, path in (("who-ssa", ssa), ("acled", acled), ("kobo", kobo)):
        imported(cli, kind, str(path))
    assert snapshot(store_env) == once


def test_one_bad_row_imports_nothing_and_names_the_row(cli: typer.Typer, store_env: Store, tmp_path: Path) -> None:
    rows = [ssa_row(f"PSE90000{i}") for i in range(6)]
    rows[3]["Attack Date"] = "the day after"
    result = CliRunner().invoke(cli, ["import", "who-ssa", str(write_csv(tmp_path / "ssa.csv", SSA_HEADER, rows))])
    assert isinstance(result.exception, RejectedRows)
    assert [e.row_number for e in result.exception.errors] == [5] and "Attack Date" in str(result.exception)
    assert snapshot(store_env) == {"mentions": [], "incidents": []}


def test_dry_run_stores_nothing(cli: typer.Typer, store_env: Store, tmp_path: Path) -> None:
    path = write_csv(tmp_path / "ssa.csv", SSA_HEADER, [ssa_row("PSE900001")])
    result = CliRunner().invoke(cli, ["import", "who-ssa", str(path), "--dry-run"])
    assert result.exit_code == 0 and "1 row(s) valid" in result.output
    assert snapshot(store_env) == {"mentions": [], "incidents": []}


def test_unreadable_files_are_refused_clearly(cli: typer.Typer, store_env: Store, tmp_path: Path) -> None:
    empty = tmp_path / "empty.csv"
    empty.write_bytes(b"")
    binary = tmp_path / "binary.csv"
    binary.write_bytes(b"\x00\x01\x02" * 1000)
    for path in (empty, binary):
        result = CliRunner().invoke(cli, ["import", "kobo", str(path)])
        assert isinstance(result.exception, NotatargetError) and path.name in str(result.exception)


@pytest.mark.slow
def test_shcc_twice_gives_the_same_database_as_once(sqlite_store: Store, shcc_dir: Path) -> None:
    from notatarget.intake.datasets import read_insecurity_insight
    from notatarget.link.store import import_mentions

    mentions = read_insecurity_insight(shcc_dir / "attacks_on_health_care_2016_2021.csv", skip_invalid=True).mentions
    with sqlite_store.session() as session:
        import_mentions(session, sqlite_store, mentions)
    once = snapshot(sqlite_store)
    with sqlite_store.session() as session:
        summary = import_mentions(session, sqlite_store, mentions)
    assert summary.added == 0 and summary.already == len(mentions)
    assert snapshot(sqlite_store) == once


def test_shcc_file_with_an_invalid_row_imports_nothing(store_env: Store, shcc_dir: Path, tmp_path: Path) -> None:
    """The SHCC copy has one row with a negative count: without --skip-invalid nothing is imported."""
    source = shcc_dir / "attacks_on_health_care_2016_2021.csv"
    with source.open(newline="", encoding="utf-8") as handle:
        rows = list(csv.reader(handle))[:1400]
    sample = tmp_path / "sample.csv"
    with sample.open("w", newline="", encoding="utf-8") as handle:
        csv.writer(handle).writerows(rows)
    from notatarget.intake.datasets import read_insecurity_insight

    with pytest.raises(RejectedRows, match="row 1318"):
        read_insecurity_insight(sample)
