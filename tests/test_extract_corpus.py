"""The extractor on the shared dev corpus (skipped when ../shared is absent): the seed release, and spans
that hold on every document."""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path

from notatarget.extract import extract
from notatarget.extract.dates import find_dateline, find_dates
from notatarget.extract.times import find_times


def _load(path: Path) -> dict:
    return json.loads(path.read_text(encoding="utf-8"))


def test_seed_release_gives_its_two_incidents_and_not_the_chemical_attack(dev_corpus: Path) -> None:
    doc = _load(dev_corpus / "seed-ida-aleppo-2016.json")
    found = {m.date: m for m in extract(doc["text"], published=doc["published"], language=doc["language"])}
    assert sorted(found) == ["2016-11-16", "2016-11-18"]
    first, second = found["2016-11-16"], found["2016-11-18"]
    assert (first.time, second.time) == ("10:30", "09:40")
    assert first.weapons == ["barrel bomb"] and second.weapons == ["missile"]
    assert first.facility_damage == "damaged" and second.facility_damage == "destroyed"
    assert second.service_impact == "closed" and first.service_impact is None
    assert (first.killed, first.injured) == (0, 0)
    assert second.injured_unspecified
    for m in found.values():
        assert m.country == "SYR" and m.facility_type == "hospital"
        assert "chemical" not in m.attack_types


def test_every_span_is_its_text_and_supports_its_value(dev_corpus: Path) -> None:
    checked = 0
    for path in sorted(dev_corpus.glob("*.json")):
        doc = _load(path)
        text = doc["text"]
        for m in extract(text, published=doc["published"], language=doc["language"]):
            for name, spans in m.spans.items():
                for span in spans:
                    assert text[span.start : span.end] == span.text, (path.name, name, span)
                    checked += 1
            span = m.spans["date"][0] if m.date else None
            if span and span.rule != "date.reference" and m.date_precision == "day":
                published = date.fromisoformat(doc["published"]) if doc["published"] else None
                # without a page date the year comes from the text around; anchor at the value itself then
                anchor = find_dateline(text[:3000], published) or published or date.fromisoformat(m.date)
                values = {d.value for d in find_dates(span.text, anchor, doc["language"])}
                # read in the whole report, a weekday may follow the full date told before it (narrative)
                values |= {d.value for d in find_dates(text, published, doc["language"]) if d.start == span.start}
                assert m.date in values, (path.name, span)
            if m.time:
                assert m.time in {t.value for t in find_times(m.spans["time"][0].text)}
            if m.facility_type:
                assert any(s.rule.startswith("facility.") for s in m.spans["facility_type"])
    assert checked > 100
