"""Insecurity Insight imports: CSV and XLSX, with or without HXL tags, all or nothing, idempotent.

The rows written here are fictional; the real II files are only read from ../shared when present."""

from __future__ import annotations

import csv
import itertools
from collections import defaultdict
from pathlib import Path
from typing import Any

import pytest
import sqlalchemy as sa
import typer
from openpyxl import Workbook
from typer.testing import CliRunner

from notatarget.cli import commands_link
from notatarget.domain.codebook import II_INDICATOR_COLUMNS
from notatarget.intake.datasets import RejectedRows, read_insecurity_insight
from notatarget.link import LinkRecord, cluster
from notatarget.store import Store, models

HEADERS = [
    "Date", "Event Description", "Country", "Country ISO", "Admin 1", "Latitude", "Longitude", "Geo Precision",
    "Reported Perpetrator", "Reported Perpetrator Name", "Weapon Carried/Used", "Location of Incident",
    *II_INDICATOR_COLUMNS, "SiND Event ID",
]  # fmt: skip
TAGS = {
    "Date": "#date", "Event Description": "#description", "Country": "#country+name", "Country ISO": "#country+iso",
    "Admin 1": "#adm1", "Latitude": "#geo+lat", "Longitude": "#geo+lon", "Geo Precision": "#geo+precision",
    "Weapon Carried/Used": "#weapon", "SiND Event ID": "#event+id",
    "Number of Attacks on Health Facilities Reporting Destruction": "#indicator+health_facility+destroyed+num",
    "Health Workers Killed": "#affected+healthworker+killed",
}  # fmt: skip


def _row(event_id: str, **values: Any) -> dict[str, Any]:
    row: dict[str, Any] = dict.fromkeys(HEADERS, 0)
    row.update(
        {
            "Date": "2025-03-16",
            "Event Description": "March 2025: A fictional hospital in Testville was hit by an airstrike.",
            "Country": "Syria",
            "Country ISO": "SYR",
            "Admin 1": "North Province",
            "Latitude": "36.2",
            "Longitude": "37.1",
            "Geo Precision": "(2) 25 km Precision ",
            "Reported Perpetrator": "No Information",
            "Reported Perpetrator Name": "No Information",
            "Weapon Carried/Used": "Aerial Bomb: Plane",
            "Location of Incident": "Health Building",
            "Number of Attacks on Health Facilities Reporting Destruction": 1,
            "Health Workers Killed": 2,
            "Access Denied or Obstructed": "False",
            "SiND Event ID": event_id,
        }
    )
    row.update(values)
    return row


def _csv(path: Path, rows: list[dict[str, Any]], *, tags: bool = False, headers: list[str] = HEADERS) -> Path:
    with path.open("w", newline="", encoding="utf-8") as handle:
        writer = csv.writer(handle)
        writer.writerow(headers)
        if tags:
            writer.writerow([TAGS.get(h, "") for h in HEADERS])
        for row in rows:
            writer.writerow([row[h] for h in HEADERS])
    return path


def test_coded_columns_map_to_the_codebook(tmp_path: Path) -> None:
    second_row = {
        "Weapon Carried/Used": "Firearms, Arson",
        "Health Workers Killed": 0,
        "Number of Attacks on Health Facilities Reporting Destruction": 0,
        "Forceful Entry into Health Facility": 1,
        "Date": "2025-03-17",
        "Event Description": "Armed men forced their way into a clinic.",
    }
    rows = [_row("9001"), _row("9002", **second_row)]
    result = read_insecurity_insight(_csv(tmp_path / "ii.csv", rows))
    first, second = result.mentions
    assert (first.date, first.date_precision, first.country) == ("2025-03", "month", "SYR")
    assert first.source_record.codes == {"coded_date": "2025-03-16"}
    assert (first.geo_precision, first.latitude, first.admin1) == ("settlement", 36.2, "North Province")
    assert first.attack_types == ["heavy_weapons"] and first.weapons == ["air_launched"]
    assert first.facility_damage == "destroyed" and first.health_workers_killed == 2
    assert set(first.resources) == {"facility", "personnel"} and first.perpetrator is None
    assert first.source_record.dataset == "insecurity_insight"
    assert (first.source_record.record_id, first.source_record.row_number) == ("9001", 2)
    assert (second.date, second.date_precision) == ("2025-03-17", "day")
    assert set(second.attack_types) == {"individual_weapons", "arson", "armed_entry"}
    assert set(second.weapons) == {"firearms", "arson"}


def test_hxl_row_and_tags_only_headers_read_the_same(tmp_path: Path) -> None:
    rows = [_row("9001")]
    plain = read_insecurity_insight(_csv(tmp_path / "plain.csv", rows)).mentions
    tagged = read_insecurity_insight(_csv(tmp_path / "tagged.csv", rows, tags=True)).mentions
    renamed = [h if h not in TAGS else f"Column {i}" for i, h in enumerate(HEADERS)]
    by_tag = read_insecurity_insight(_csv(tmp_path / "renamed.csv", rows, tags=True, headers=renamed)).mentions
    assert tagged[0].source_record.row_number == plain[0].source_record.row_number + 1
    tagged[0].source_record.row_number = plain[0].source_record.row_number
    assert plain[0].to_dict() == tagged[0].to_dict()
    assert (by_tag[0].date, by_tag[0].country, by_tag[0].health_workers_killed) == ("2025-03", "SYR", 2)
    assert by_tag[0].source_record.record_id == "9001"


def test_xlsx_with_excel_serials_and_iso_datetimes(tmp_path: Path) -> None:
    book = Workbook()
    sheet = book.active
    sheet.append(HEADERS)
    sheet.append([TAGS.get(h, "") for h in HEADERS])
    for event_id, day in (("9001", 45732), ("9002", "2025-03-17T00:00:00.000Z"), ("9003", 45732.0)):
        row = _row(event_id, Date=day, **{"SiND Event ID": int(event_id)})
        sheet.append([row[h] for h in HEADERS])
    book.save(tmp_path / "ii.xlsx")
    mentions = read_insecurity_insight(tmp_path / "ii.xlsx").mentions
    assert [m.source_record.codes["coded_date"] for m in mentions] == ["2025-03-16", "2025-03-17", "2025-03-16"]
    assert [m.source_record.record_id for m in mentions] == ["9001", "9002", "9003"]


@pytest.mark.parametrize(
    ("bad", "reason"),
    [
        ({"Health Workers Killed": "many"}, "not a number"),
        ({"Date": "16/03/2025"}, "not an ISO date"),
        ({"Date": ""}, "no date"),
        ({"Date": "2999-01-01"}, "in the future"),
        ({"Latitude": "123"}, "outside"),
        ({"Geo Precision": "(9) Moon"}, "not an II code"),
        ({"Country ISO": "XXX"}, "not an ISO 3166 code"),
        ({"SiND Event ID": "9001"}, "also on row 2"),
    ],
)
def test_one_bad_row_rejects_the_file_and_names_the_row(tmp_path: Path, bad: dict[str, Any], reason: str) -> None:
    path = _csv(tmp_path / "ii.csv", [_row("9001"), _row("9002"), _row("9003", **bad), _row("9004")])
    with pytest.raises(RejectedRows) as caught:
        read_insecurity_insight(path)
    [error] = caught.value.errors
    assert error.row_number == 4 and reason in error.reason
    kept = read_insecurity_insight(path, skip_invalid=True)
    assert len(kept.mentions) == 3 and kept.skipped[0][0] == 4


@pytest.mark.parametrize("content", [b"", b"\x00\x01\x02binary", b"just one line\n", b"PK\x03\x04broken zip"])
def test_unreadable_files_give_clear_errors(tmp_path: Path, content: bytes) -> None:
    from notatarget.errors import NotatargetError

    path = tmp_path / "bad.csv"
    path.write_bytes(content)
    with pytest.raises(NotatargetError):
        read_insecurity_insight(path)


@pytest.fixture
def cli() -> typer.Typer:
    app = typer.Typer()
    commands_link.register(app)
    return app


def _db(store: Store) -> list[tuple]:
    with store.session(readonly=True) as session:
        mentions = session.execute(
            sa.select(models.Mention.source_record_id, models.Mention.incident_id, models.Mention.date).order_by(
                models.Mention.source_dataset, models.Mention.source_record_id
            )
        ).all()
        incidents = session.execute(sa.select(models.Incident.id, models.Incident.conflicts)).all()
    return [tuple(r) for r in mentions] + [tuple(r) for r in incidents]


def test_cli_import_is_all_or_nothing_and_idempotent(tmp_path: Path, store_env: Store, cli: typer.Typer) -> None:
    def run(*args: str) -> Any:
        return CliRunner().invoke(cli, list(args), catch_exceptions=False)

    good = _csv(tmp_path / "good.csv", [_row("9001"), _row("9002", Date="2025-04-02")])
    bad = _csv(tmp_path / "bad.csv", [_row("9101"), _row("9102", **{"Health Workers Killed": "x"})])
    from notatarget.errors import NotatargetError

    with pytest.raises(NotatargetError, match="row 3"):
        run("import", "insecurity-insight", str(bad))
    assert _db(store_env) == []
    dry = run("import", "insecurity-insight", str(good), "--dry-run")
    assert "2 row(s) valid" in dry.output and _db(store_env) == []
    first = run("import", "insecurity-insight", str(good))
    assert "2 mention(s) added" in first.output
    state = _db(store_env)
    again = run("import", "insecurity-insight", str(good))
    assert "0 mention(s) added, 2 already stored" in again.output
    assert _db(store_env) == state


def test_explosive_weapons_rows_link_to_their_ii_rows(tmp_path: Path, sqlite_store: Store) -> None:
    ew_headers = ["Date", "Country", "Country ISO", "Admin 1", "Latitude", "Longitude", "Geo Precision",
                  "Event Description", "Event Categories", "Launch Type", "Explosive weapons as we want them",
                  "Health Infrastructure damaged or destroyed ", "Health Workers Killed", "SiND Event ID"]  # fmt: skip
    ew_rows = [
        ["2025-03-16T00:00:00.000Z", "Syria", "SYR", "North Province", "36.2", "37.1", "(2) 25 km precision ",
         "March 2025: A fictional hospital in Testville was hit by an airstrike.", "Health Care",
         "Air-launched plane", "Aerial bomb", "Health building", "2", "9001"],
        ["2025-03-16T00:00:00.000Z", "Syria", "SYR", "North Province", "36.2", "37.1", "(2) 25 km precision ",
         "March 2025: A fictional school was shelled.", "Education", "Ground-launched", "Shelling", "", "", "9500"],
    ]  # fmt: skip
    path = tmp_path / "ew.csv"
    with path.open("w", newline="", encoding="utf-8") as handle:
        csv.writer(handle).writerows([ew_headers, *ew_rows])
    ew = read_insecurity_insight(path)
    assert ew.dataset == "insecurity_insight_ew" and len(ew.mentions) == 1 and ew.skipped[0][0] == 3
    [mention] = ew.mentions
    assert mention.weapons == ["air_launched"] and mention.facility_damage == "damaged"
    ii = read_insecurity_insight(_csv(tmp_path / "ii.csv", [_row("9001"), _row("9002")]))
    from notatarget.link.store import import_mentions

    with sqlite_store.session() as session:
        import_mentions(session, sqlite_store, ii.mentions)
        import_mentions(session, sqlite_store, ew.mentions)
    with sqlite_store.session(readonly=True) as session:
        pairs = session.execute(
            sa.select(models.Mention.source_dataset, models.Mention.incident_id).where(
                models.Mention.source_record_id == "9001"
            )
        ).all()
    assert len(pairs) == 2 and pairs[0].incident_id == pairs[1].incident_id
    assert sqlite_store.count_incidents() == 2


def test_linking_benchmark_on_the_real_files(shcc_dir: Path) -> None:
    """Rows sharing a SiND Event ID end as one incident, never two ids in one (see benchmarks/link_quality.py)."""
    records, truth = [], {}
    for name in ("attacks_on_health_care_2016_2021.csv", "explosive_weapons_2020_2021.csv"):
        for m in read_insecurity_insight(shcc_dir / name, skip_invalid=True).mentions:
            key = f"{m.source_record.dataset}/{m.source_record.record_id}"
            records.append(LinkRecord(key, m))
            truth[key] = m.source_record.record_id
    result = cluster(records)
    predicted = {p for c in result.clusters for p in itertools.combinations(c.members, 2)}
    groups: dict[str, list[str]] = defaultdict(list)
    for key in sorted(truth):
        groups[truth[key]].append(key)
    gold = {p for g in groups.values() for p in itertools.combinations(g, 2)}
    assert len(gold) >= 300
    assert len(predicted & gold) / len(predicted) >= 0.98
    assert len(predicted & gold) / len(gold) >= 0.95


def test_other_encodings_markup_and_huge_cells_are_safe(tmp_path: Path) -> None:
    from notatarget.errors import IntakeError

    markup = "<script>alert('x')</script> Hôpital attaqué à Testville, l'équipe évacuée, très sérieux"
    path = tmp_path / "latin1.csv"
    with path.open("w", newline="", encoding="latin-1", errors="replace") as handle:
        writer = csv.writer(handle)
        writer.writerow(HEADERS)
        writer.writerow([_row("9001", **{"Event Description": markup})[h] for h in HEADERS])
    [mention] = read_insecurity_insight(path).mentions
    assert mention.description == markup  # kept as text; escaping is the job of whatever renders it
    huge = tmp_path / "huge.csv"
    huge.write_text("Date,Event Description\n2025-01-01," + "x" * 2_000_000 + "\n", encoding="utf-8")
    with pytest.raises(IntakeError, match="not valid CSV"):
        read_insecurity_insight(huge)
