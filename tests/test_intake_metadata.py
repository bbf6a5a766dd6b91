"""Metadata that intake finds: published dates from datelines, languages, and which source wins."""

from __future__ import annotations

import json
from datetime import date, datetime
from pathlib import Path

import pytest

from notatarget.intake import read_bytes
from notatarget.intake.meta import detect_language, published_from_text

BODY = "A health centre in the fictional town of Oster was shelled, and two nurses were injured."
RECEIVED = datetime(2024, 3, 20, 12, 0)


@pytest.mark.parametrize(
    ("start", "expected"),
    [
        ("KABUL, March 8 (Reuters) - ", date(2024, 3, 8)),
        ("KABUL, March 28 (Reuters) - ", date(2023, 3, 28)),  # no year: the latest such day before receipt
        ("GENEVA, 18 November 2016 – ", date(2016, 11, 18)),
        ("GENEVA/NEW YORK, 18 November 2016 — ", date(2016, 11, 18)),
        ("Sana’a, 03 August 2018 – ", date(2018, 8, 3)),
        ("WADI KORBO, Sudan, March 3 (Fictional Wire) - ", date(2024, 3, 3)),
        ("Statement on the attack\n\nAden, 19 July 2023\n\n", date(2023, 7, 19)),
        ("Fictional Relief, briefing note, 5 July 2025\n\n", date(2025, 7, 5)),
        (" date 2016-11-18 ", date(2016, 11, 18)),
        ("Published: January 9, 2016\n\n", date(2016, 1, 9)),
        ("Fictional headline\n\n9 May 2019\n", date(2019, 5, 9)),
        ("PARIS, 3 octobre 2015 (AFP) - ", date(2015, 10, 3)),
        ("MADRID, 5 de mayo de 2020 – ", date(2020, 5, 5)),
        ("Date: 2024-02-30\nDate of report: 12 February 2024\n", date(2024, 2, 12)),
    ],
)
def test_dateline(start: str, expected: date) -> None:
    assert published_from_text(start + BODY, reference=RECEIVED) == expected


@pytest.mark.parametrize(
    "text",
    [
        BODY,
        "GENEVA, SWITZERLAND — " + BODY,
        "Health Watch, the clinic network - " + BODY,
        BODY + "\n" * 3 + "It happened on 5 March 2024. " * 40 + "\n9 May 2019\n",
        "KABUL, 48 hours (Reuters) - " + BODY,
    ],
)
def test_no_dateline(text: str) -> None:
    assert published_from_text(text, reference=RECEIVED) is None


def test_metadata_beats_dateline_and_argument_beats_all() -> None:
    page = (
        '<html><head><meta property="article:published_time" content="2024-03-05T10:00:00Z"></head>'
        f"<body><article><p>OSTER, 1 March 2024 – {BODY} {BODY}</p></article></body></html>"
    ).encode()
    assert read_bytes(page, "p.html")[0].report.published == date(2024, 3, 5)
    assert read_bytes(page, "p.html", published=date(2024, 3, 9))[0].report.published == date(2024, 3, 9)
    text = f"OSTER, 1 March 2024 – {BODY}".encode()
    assert read_bytes(text, "t.txt")[0].report.published == date(2024, 3, 1)


@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("The hospital was struck by an airstrike on Tuesday morning and the staff fled.", "en"),
        ("L'hôpital a été bombardé mardi matin et le personnel a dû fuir la ville.", "fr"),
        ("El hospital fue bombardeado el martes por la mañana y el personal huyó.", "es"),
        ("Hospitalet blev bombet tirsdag morgen, og personalet flygtede fra byen.", "da"),
        ("Das Krankenhaus wurde am Dienstagmorgen bombardiert und das Personal floh.", "de"),
        ("تعرض المستشفى لقصف جوي صباح الثلاثاء وفر الطاقم الطبي من المدينة", "ar"),
        ("ဆေးရုံကို အင်္ဂါနေ့ နံနက်တွင် လေကြောင်းမှ ဗုံးကြဲတိုက်ခိုက်ခဲ့သည်", "my"),
        ("Больница подверглась обстрелу во вторник утром, персонал бежал из города.", "ru"),
    ],
)
def test_language(text: str, code: str) -> None:
    assert detect_language(text) == code


def test_short_text_uses_declared_language() -> None:
    assert detect_language("Oster 12", "fr-FR") == "fr"
    assert detect_language("Oster 12", "not a tag!") is None


def test_dev_corpus_language_and_dateline(dev_corpus: Path) -> None:
    """On the annotated corpus: the language of every text, and datelines that agree with the gold date."""
    docs = [json.loads(path.read_text(encoding="utf-8")) for path in sorted(dev_corpus.glob("*.json"))]
    right_language = sum(detect_language(doc["text"]) == doc["language"] for doc in docs)
    assert right_language >= 0.95 * len(docs)
    checked = agreed = 0
    for doc in docs:
        if not doc.get("published"):
            continue
        found = published_from_text(doc["text"], reference=datetime.fromisoformat(doc["published"]))
        if found:
            checked += 1
            agreed += found.isoformat() == doc["published"]
    assert checked >= 10 and agreed >= 0.9 * checked


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Gunmen stormed the district hospital at night and said that the staff were working with the army.", "en"),
        ("Des hommes armés ont attaqué le centre de santé et les infirmiers ont été enlevés dans la nuit.", "fr"),
        ("Hombres armados atacaron el hospital y se llevaron a los enfermeros que estaban en la sala.", "es"),
    ],
)
def test_a_text_plainly_in_one_language_is_told_without_loading_the_model(text: str, expected: str) -> None:
    from notatarget import language

    language._identifier.cache_clear()
    assert language.detect_language(text) == expected
    assert language._identifier.cache_info().currsize == 0
