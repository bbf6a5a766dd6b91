"""``notatarget eval`` and ``notatarget extract`` on fictional files, and the matching used to score."""

from __future__ import annotations

import csv
import json
from pathlib import Path

import pytest
from typer.testing import CliRunner

from notatarget.cli import _register, app
from notatarget.extract import evaluate

_register()
runner = CliRunner()

REPORT = "On Monday 10 March 2031 an airstrike hit the Mercy Hospital in Exampleton, killing two nurses."
GOLD = {
    "date": "2031-03-10",
    "time": None,
    "country": None,
    "facility_type": "hospital",
    "facility_name": "Mercy Hospital",
    "attack_types": ["heavy_weapons"],
    "weapons": ["airstrike"],
    "killed": 2,
    "injured": None,
    "health_workers_killed": 2,
    "health_workers_injured": None,
    "injured_unspecified": False,
    "abducted": None,
    "facility_damage": None,
    "service_impact": None,
    "background": False,
}


def _corpus(tmp_path: Path) -> Path:
    folder = tmp_path / "gold"
    folder.mkdir()
    docs = {
        "strike": (REPORT, [GOLD]),
        "none": ("The ministry published its annual budget for clinics on Monday.", []),
    }
    for name, (text, incidents) in docs.items():
        doc = {"doc_id": name, "published": "2031-03-14", "language": "en", "text": text, "incidents": incidents}
        (folder / f"{name}.json").write_text(json.dumps(doc), encoding="utf-8")
    return folder


def test_eval_corpus_summary_last_eight_lines(tmp_path: Path) -> None:
    result = runner.invoke(app, ["eval", str(_corpus(tmp_path))])
    assert result.exit_code == 0, result.output
    last = result.output.strip().splitlines()[-8:]
    assert last[0].startswith("notatarget eval: 2 documents, 1 gold incidents, 1 extracted, 1 matched")
    assert "F1 1.000" in last[1]
    assert last[-1].startswith("speed")


def test_eval_explain_shows_misses_and_each_wrong_field(tmp_path: Path) -> None:
    folder = _corpus(tmp_path)
    doc = json.loads((folder / "strike.json").read_text(encoding="utf-8"))
    doc["incidents"][0]["health_workers_killed"] = 1  # gold disagrees with the text on purpose
    doc["incidents"].append({**GOLD, "date": "2031-01-02", "facility_name": "Other Clinic", "background": True})
    (folder / "strike.json").write_text(json.dumps(doc), encoding="utf-8")
    result = runner.invoke(app, ["eval", str(folder), "--explain"])
    assert result.exit_code == 0, result.output
    assert "  missed: 2031-01-02 Other Clinic heavy_weapons (background)" in result.output
    counts = next(line for line in result.output.splitlines() if line.startswith("  counts of 2031-03-10 Mercy"))
    assert '"health_workers_killed": 1' in counts.split(" extracted ")[0]
    assert '"health_workers_killed": 2' in counts.split(" extracted ")[1]


def test_eval_corpus_json(tmp_path: Path) -> None:
    result = runner.invoke(app, ["eval", str(_corpus(tmp_path)), "--format", "json"])
    assert result.exit_code == 0, result.output
    summary = json.loads(result.output)
    assert summary["f1"] == 1.0
    assert summary["field_accuracy"]["date"] == 1.0
    assert summary["field_accuracy"]["counts"] == 1.0


def test_eval_insecurity_insight_csv(tmp_path: Path) -> None:
    path = tmp_path / "ii.csv"
    columns = [
        "Date",
        "Event Description",
        "Weapon Carried/Used",
        "Health Workers Killed",
        "Health Workers Injured",
        "Health Workers Kidnapped",
        "Health Workers Arrested",
        "Forceful Entry into Health Facility",
        "Number of Attacks on Health Facilities Reporting Damaged",
    ]
    rows = [
        ["2031-03-31", "March 2031: A nurse was shot dead by gunmen at a clinic.", "Firearms", 1, 0, 0, 0, 0, 0],
        [
            "2031-03-31",
            "March 2031: Soldiers stormed a hospital and arrested two doctors.",
            "Firearms",
            0,
            0,
            0,
            2,
            1,
            0,
        ],
        ["2031-03-31", "March 2031: An airstrike damaged a health centre.", "Aerial Bomb: Plane", 0, 0, 0, 0, 0, 1],
    ]
    with path.open("w", newline="", encoding="utf-8") as handle:
        writer = csv.writer(handle)
        writer.writerow(columns)
        writer.writerows(rows)
    result = runner.invoke(app, ["eval", str(path), "--format", "json"])
    assert result.exit_code == 0, result.output
    report = json.loads(result.output)
    assert report["rows"] == 3
    assert report["detection_rate"] == 1.0
    assert report["attack_types"]["heavy_weapons"]["recall"] == 1.0
    assert report["damage_recall"] == 1.0
    assert report["health_worker_counts_exact"]["health_workers_killed"] == 1.0


def test_eval_rejects_a_missing_path(tmp_path: Path) -> None:
    result = runner.invoke(app, ["eval", str(tmp_path / "nothing")])
    assert result.exit_code != 0


def test_matching_keeps_background_apart_and_pairs_by_date() -> None:
    current = dict(GOLD)
    earlier = dict(GOLD, date="2030-10", background=True)
    pred = [dict(GOLD, date="2030-10", background=True), dict(GOLD)]
    assert sorted(evaluate.match([current, earlier], pred)) == [(0, 1), (1, 0)]
    assert evaluate.match([current], [dict(GOLD, background=True)]) == []


def test_weapons_compare_by_head_noun() -> None:
    assert evaluate.field_equal("weapons", {"weapons": ["parachute guided missile"]}, {"weapons": ["missile"]})
    assert not evaluate.field_equal("weapons", {"weapons": ["barrel bomb"]}, {"weapons": ["missile"]})
    assert evaluate.field_equal("weapons", {"weapons": ["gunfire"]}, {"weapons": []})
    # an abbreviation names the same means as the words it stands for
    assert evaluate.field_equal("weapons", {"weapons": ["ied"]}, {"weapons": ["improvised explosive device"]})
    assert not evaluate.field_equal("weapons", {"weapons": ["ied"]}, {"weapons": ["landmine"]})


def test_extract_command_json_table_and_full(tmp_path: Path) -> None:
    path = tmp_path / "report.txt"
    path.write_text(REPORT, encoding="utf-8")
    plain = runner.invoke(app, ["extract", str(path), "--published", "2031-03-14"])
    assert plain.exit_code == 0, plain.output
    [incident] = json.loads(plain.output)
    assert incident["date"] == "2031-03-10" and "spans" not in incident
    full = runner.invoke(app, ["extract", str(path), "--full"])
    assert json.loads(full.output)[0]["spans"]["weapons"][0]["rule"] == "attack.airstrike"
    table = runner.invoke(app, ["extract", str(path), "--format", "table"])
    assert table.exit_code == 0 and "hospital" in table.output
    stdin = runner.invoke(app, ["extract", "-"], input=REPORT)
    assert json.loads(stdin.output)[0]["facility_type"] == "hospital"


@pytest.mark.parametrize("workers", [1, 2])
def test_extract_jsonl_keeps_order_and_survives_bad_lines(tmp_path: Path, workers: int) -> None:
    lines = [
        json.dumps({"id": f"r{i}", "text": REPORT if i % 2 else "Nothing happened.", "published": "2031-03-14"})
        for i in range(40)
    ]
    lines[7] = "{not json"
    lines[9] = json.dumps({"id": "bad-date", "text": REPORT, "published": "14/03/2031"})
    path = tmp_path / "in.jsonl"
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    result = runner.invoke(app, ["extract", "--jsonl", str(path), "--workers", str(workers)])
    assert result.exit_code == 0, result.output
    out = [json.loads(line) for line in result.stdout.splitlines() if line.startswith("{")]
    assert len(out) == 40
    assert [o["id"] for o in out if "error" not in o] == [f"r{i}" for i in range(40) if i not in (7, 9)]
    assert "error" in out[7] and out[9] == {"id": "bad-date", "error": out[9]["error"]}
    assert len(out[1]["incidents"]) == 1 and out[2]["incidents"] == []
