"""The everyday commands: ingest, reports, incidents (table, JSON, CSV, filters), show, demo."""

from __future__ import annotations

import csv
import io
import json
from pathlib import Path

import pytest
from typer.testing import CliRunner

from notatarget.cli import _register, app
from notatarget.cli.commands_core import sentence_around
from notatarget.store import Store

STRIKE = """[Fictional test report] KHARKIV, 3 May 2024 - Shelling hit the fictional Zelena Polyana district
hospital in Kharkiv, Ukraine, on Thursday 2 May 2024, injuring three nurses and damaging the surgical wing.
"""
RAID = """[Fictional test report] Armed men raided the fictional Baraka health centre in Mogadishu, Somalia, on
10 April 2024 and abducted two doctors, the fictional Horn Health Monitor said on 11 April 2024.
"""


@pytest.fixture(scope="module")
def cli() -> CliRunner:
    _register()
    return CliRunner()


@pytest.fixture
def filled(store_env: Store, tmp_path: Path, cli: CliRunner) -> Store:
    folder = tmp_path / "reports"
    folder.mkdir()
    (folder / "strike.txt").write_text(STRIKE, encoding="utf-8")
    (folder / "raid.txt").write_text(RAID, encoding="utf-8")
    result = cli.invoke(app, ["ingest", str(folder), "--publisher", "Test desk"])
    assert result.exit_code == 0, result.output
    assert "2 new reports, 0 duplicates skipped, 0 failed" in result.output
    again = cli.invoke(app, ["ingest", str(folder)])
    assert "0 new reports, 2 duplicates skipped" in again.output
    return store_env


def test_incidents_json_lists_sources(filled: Store, cli: CliRunner) -> None:
    result = cli.invoke(app, ["incidents", "--format", "json"])
    assert result.exit_code == 0, result.output
    incidents = json.loads(result.output)
    assert {i["country"] for i in incidents} >= {"UKR", "SOM"}
    for incident in incidents:
        assert incident["id"].startswith("NT-")
        assert incident["mentions"] and all(m["report_id"] for m in incident["mentions"])
        assert all(m["publisher"] == "Test desk" for m in incident["mentions"])


def test_incidents_filters_and_csv(filled: Store, cli: CliRunner) -> None:
    result = cli.invoke(app, ["incidents", "--country", "ukr", "--format", "csv"])
    rows = list(csv.DictReader(io.StringIO(result.output)))
    assert rows and {r["country"] for r in rows} == {"UKR"}
    result = cli.invoke(app, ["incidents", "--type", "abduction_arrest", "--since", "2024-04-01", "-f", "json"])
    assert {i["country"] for i in json.loads(result.output)} == {"SOM"}
    assert json.loads(cli.invoke(app, ["incidents", "--until", "2024-01-01", "-f", "json"]).output) == []


def test_bad_filters_say_what_to_do(filled: Store, cli: CliRunner) -> None:
    for args, words in ((["--since", "yesterday"], "YYYY-MM-DD"), (["--certainty", "sure"], "confirmed")):
        result = cli.invoke(app, ["incidents", *args])
        assert result.exit_code != 0
        assert words in str(result.exception) + result.output


def test_show_gives_values_sources_and_history(filled: Store, cli: CliRunner) -> None:
    incident = json.loads(cli.invoke(app, ["incidents", "--country", "UKR", "-f", "json"]).output)[0]
    text = cli.invoke(app, ["show", incident["id"]])
    assert text.exit_code == 0, text.output
    assert "Zelena Polyana" in text.output and "history" in text.output
    data = json.loads(cli.invoke(app, ["show", incident["id"], "-f", "json"]).output)
    assert data["history"][0]["action"] == "create"
    spans = [s for m in data["mentions"].values() for s in m["spans"].get("date", [])]
    quoted = [STRIKE[s["start"] : s["end"]] for s in spans]
    assert quoted and all(q == s["text"] for q, s in zip(quoted, spans, strict=True))
    assert any("May" in q or "Thursday" in q for q in quoted)


def test_reports_lists_what_came_in(filled: Store, cli: CliRunner) -> None:
    rows = json.loads(cli.invoke(app, ["reports", "-f", "json"]).output)
    assert len(rows) == 2 and all(len(r["id"]) == 64 for r in rows)


def test_unknown_incident_is_a_clear_error(filled: Store) -> None:
    import subprocess
    import sys

    done = subprocess.run(
        [sys.executable, "-c", "from notatarget.cli import main; main()", "show", "NT-NOSUCHTHNG"],
        capture_output=True,
        text=True,
    )
    assert done.returncode == 2
    assert "Error:" in done.stderr and "Traceback" not in done.stderr


def test_sentence_around_stays_in_its_sentence() -> None:
    text = "First one. The clinic was shelled on Monday. Last one."
    start = text.index("Monday")
    assert sentence_around(text, start, start + 6) == "The clinic was shelled on Monday."


def test_demo_builds_a_database(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from notatarget.demo import build_demo, samples

    result = build_demo(tmp_path / "demo")
    try:
        assert len(result.outcomes) >= len(samples())
        assert not [o for o in result.outcomes if o.status == "failed"]
        incidents = result.store.list_incidents()
        assert len(incidents) >= 10
        assert result.published and all(result.store.get_incident(i).status == "published" for i in result.published)
        assert result.store.verify_audit().ok
        assert "incidents from" in result.describe()
    finally:
        result.store.close()
