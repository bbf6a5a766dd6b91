"""Exports in every format, on SQLite and PostgreSQL, read back with the libraries others will use."""

from __future__ import annotations

import csv
import io
import json
from datetime import date
from pathlib import Path

import hxl
import pytest
import typer
from openpyxl import load_workbook
from typer.testing import CliRunner

from notatarget.cli import commands_exchange
from notatarget.domain import Mention
from notatarget.publish import FORMATS, Filters, export, load_policy
from notatarget.publish.export import FULL_COLUMNS, HXL_TAGS
from notatarget.store import Store


def add(store: Store, day: str, *, status: str = "published", certainty: str = "confirmed", **values: object) -> str:
    mention = Mention(
        date=day,
        date_precision="day",
        country=values.pop("country", "PSE"),
        admin1="North Fictionia",
        latitude=31.5123,
        longitude=34.4567,
        facility_type="hospital",
        attack_types=["heavy_weapons", "arson"],
        killed=2,
        injured=5,
        **values,
    )
    return store.create_incident(mention, actor="test", status=status, certainty=certainty)


@pytest.fixture
def filled(store: Store) -> Store:
    add(store, "2031-01-10")
    add(store, "2031-02-11", country="UKR", certainty="possible")
    add(store, "2031-03-12", status="draft", description='=HYPERLINK("http://bad.example")')
    return store


def run(store: Store, fmt: str, *, public: bool, filters: Filters = Filters()) -> bytes:
    out = io.BytesIO()
    export(store, fmt, out, public=public, filters=filters)
    return out.getvalue()


@pytest.mark.parametrize("fmt", FORMATS)
def test_every_format_holds_every_incident(filled: Store, fmt: str) -> None:
    data = run(filled, fmt, public=False)
    if fmt == "xlsx":
        rows = list(load_workbook(io.BytesIO(data), read_only=True).active.iter_rows(values_only=True))
        assert rows[0] == FULL_COLUMNS and rows[1][0] == "#event +id" and len(rows) == 2 + 3
    elif fmt == "geojson":
        features = json.loads(data)["features"]
        assert len(features) == 3 and features[0]["geometry"]["coordinates"] == [34.4567, 31.5123]
    elif fmt in ("jsonl", "json"):
        objects = json.loads(data) if fmt == "json" else [json.loads(line) for line in data.splitlines()]
        assert [r["attack_types"] for r in objects] == [["heavy_weapons", "arson"]] * 3
    else:
        rows = list(csv.reader(io.StringIO(data.decode())))
        assert rows[0] == list(FULL_COLUMNS) and len(rows) == (5 if fmt == "hxl" else 4)


def test_hxl_export_is_valid_hxl(filled: Store, tmp_path: Path) -> None:
    path = tmp_path / "incidents.csv"
    path.write_bytes(run(filled, "hxl", public=False))
    dataset = hxl.data(str(path), hxl.InputOptions(allow_local=True)).cache()
    assert [c.display_tag for c in dataset.columns] == [HXL_TAGS[c].replace(" ", "") for c in FULL_COLUMNS]
    assert sorted(dataset.get_value_set("#country+code")) == ["PSE", "UKR"]
    assert dataset.validate(), "libhxl's default schema (dates are dates, counts are numbers)"
    assert sum(int(r.get("#affected+killed")) for r in dataset) == 6


def test_public_export_keeps_published_incidents_and_policy_fields_only(filled: Store) -> None:
    policy = load_policy()
    rows = list(csv.DictReader(io.StringIO(run(filled, "csv", public=True).decode())))
    assert len(rows) == 2 and tuple(rows[0]) == policy.columns
    assert {(r["latitude"], r["longitude"], r["geo_precision"]) for r in rows} == {("31.5", "34.5", "grid_1deg")}


def test_filters(filled: Store) -> None:
    def ids(filters: Filters) -> int:
        return len(json.loads(run(filled, "geojson", public=False, filters=filters))["features"])

    assert ids(Filters(country="UKR")) == 1
    assert ids(Filters(since=date(2031, 2, 1))) == 2
    assert ids(Filters(until=date(2031, 1, 31))) == 1
    assert ids(Filters(status="draft")) == 1
    assert ids(Filters(certainty="probable")) == 2


def test_text_that_a_spreadsheet_would_run_is_defused(filled: Store) -> None:
    rows = list(csv.DictReader(io.StringIO(run(filled, "csv", public=False).decode())))
    assert [r["description"] for r in rows if r["description"]] == ['\'=HYPERLINK("http://bad.example")']
    sheet = load_workbook(io.BytesIO(run(filled, "xlsx", public=False))).active
    assert all(cell.data_type != "f" for row in sheet.iter_rows() for cell in row)


def test_cli_writes_a_file_and_stdout(store_env: Store, tmp_path: Path) -> None:
    add(store_env, "2031-01-10")
    cli = typer.Typer()
    commands_exchange.register(cli)
    target = tmp_path / "out.geojson"
    result = CliRunner().invoke(cli, ["export", "--format", "geojson", "--public", "-o", str(target)])
    assert result.exit_code == 0, result.output
    assert len(json.loads(target.read_text())["features"]) == 1
    assert not list(tmp_path.glob(".notatarget-*")), "no temporary file left behind"
    result = CliRunner().invoke(cli, ["export", "--format", "jsonl", "--public", "-o", "-"])
    assert result.exit_code == 0 and json.loads(result.stdout.splitlines()[0])["country"] == "PSE"
    refused = CliRunner().invoke(cli, ["export", "-f", "csv", "--public", "--status", "draft", "-o", "-"])
    assert refused.exit_code != 0 and "published" in str(refused.exception)
