"""The demo's sample reports: all listed in MANIFEST.json, all fictional, all readable by intake."""

from __future__ import annotations

import json
from importlib.resources import files
from pathlib import Path

import pytest

from notatarget.intake import read_path

SAMPLES = Path(str(files("notatarget.demo") / "samples"))
MANIFEST = json.loads((SAMPLES / "MANIFEST.json").read_text(encoding="utf-8"))
ENTRIES = {entry["file"]: entry for entry in MANIFEST["files"]}


def test_manifest_lists_every_sample() -> None:
    on_disk = {path.name for path in SAMPLES.iterdir() if path.name != "MANIFEST.json"}
    assert on_disk == set(ENTRIES)
    assert len(ENTRIES) >= 14
    for entry in ENTRIES.values():
        assert entry["publisher"] and entry["published"]


@pytest.mark.parametrize("name", sorted(ENTRIES))
def test_sample_reads_and_is_marked_fictional(name: str) -> None:
    entry = ENTRIES[name]
    results = read_path(SAMPLES / name, published=entry["published"], publisher=entry["publisher"])
    assert len(results) == entry.get("expected_reports", 1)
    items = entry.get("items") or [{"published": entry["published"]}] * len(results)
    for result, item in zip(results, items, strict=True):
        report = result.report
        assert "Fictional sample for the notatarget demo" in report.text
        assert report.language == entry["language"]
        assert str(report.published) == item["published"]
        assert report.title == item.get("title", report.title)
    found = [a.filename for result in results for a in result.attachments]
    assert found == entry.get("attachments", [])


def test_dates_read_from_samples_agree_with_manifest() -> None:
    """Without the manifest's date, intake's own metadata and dateline rules find the same day (or none)."""
    agreed = 0
    for name, entry in ENTRIES.items():
        if entry.get("expected_reports", 1) != 1:
            continue
        published = read_path(SAMPLES / name)[0].report.published
        if published is not None and published.isoformat() == entry["published"]:
            agreed += 1
    assert agreed >= len(ENTRIES) - 3  # a yearless wire dateline and a text with no date at all are expected


def test_hostile_markup_reaches_text_literally_for_escaping() -> None:
    [result] = read_path(SAMPLES / "16-web-form-hostile-markup.txt")
    for markup in ("<script>alert(1)</script>", "<img src=x onerror=alert(1)>", 'href="javascript:'):
        assert markup in result.report.text


def test_html_samples_lose_their_scripts_and_menus() -> None:
    for name in ("02-press-release-novopilske.html", "12-same-attack-coastal-times.html"):
        text = read_path(SAMPLES / name)[0].report.text
        assert "analytics" not in text and "Donate now" not in text and "Most read" not in text


@pytest.mark.parametrize("name", sorted(ENTRIES))
def test_sample_tells_the_incidents_its_manifest_expects(name: str) -> None:
    from notatarget.extract import extract_report

    entry = ENTRIES[name]
    results = read_path(SAMPLES / name, published=entry["published"], publisher=entry["publisher"])
    found = [m for r in results for m in extract_report(r.report) if not m.background]
    assert len(found) == entry["expected_incidents"]
