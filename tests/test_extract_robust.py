"""Bad input gives a safe result in time linear in its size, never an exception."""

from __future__ import annotations

import time
from datetime import date, timedelta
from itertools import pairwise

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from notatarget.extract import extract
from notatarget.extract.pipeline import sections

SAMPLE = (
    "On Monday an airstrike hit the Mercy clinic in the fictional town of Exampleton, killing two nurses. "
    "The clinic was destroyed. Officials said the situation in the district was calm. "
)


@pytest.mark.parametrize(
    "text",
    [
        "",
        "   \n\n\t ",
        "1234 5678 " * 5000,
        "x" * 200_000,
        "hospital " * 30_000,
        "مستشفى قصف Hôpital больница 病院 ဆေးရုံ hospital bombed " * 500,
        "\x00\x01\x02 hospital \x1b[31m attacked \ufeff\u202e on Monday \x7f",
        "<script>alert('x')</script> The <b>hospital</b> was shelled on Monday.",
        "\ud800 lone surrogate hospital shelled",
    ],
    ids=["empty", "blank", "numbers", "no-spaces", "one-word", "mixed-scripts", "control-chars", "html", "surrogate"],
)
def test_hostile_text_returns_a_list(text: str) -> None:
    found = extract(text, published="2031-03-14")
    assert isinstance(found, list)
    for m in found:
        for spans in m.spans.values():
            assert all(text[s.start : s.end] == s.text for s in spans)


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(
    st.text(alphabet=st.characters(blacklist_categories=("Cs",)), max_size=400),
    st.sampled_from([None, "en", "fr", "xx"]),
)
def test_fuzz_never_raises(text: str, language: str | None) -> None:
    assert isinstance(extract(text, published="2031-03-14", language=language), list)


@settings(max_examples=30, deadline=None)
@given(st.lists(st.sampled_from([*SAMPLE.split(), ".", "\n", "hospital", "shelled", "3", "killed"]), max_size=120))
def test_fuzz_domain_words(words: list[str]) -> None:
    assert isinstance(extract(" ".join(words), published="2031-03-14"), list)


def _seconds(text: str) -> float:
    started = time.perf_counter()
    extract(text, published="2031-03-14")
    return time.perf_counter() - started


@pytest.mark.parametrize(
    "unit", [SAMPLE, SAMPLE.replace(". ", " ; "), "7 " * 40], ids=["sentences", "no-breaks", "numbers"]
)
def test_time_grows_linearly_with_size(unit: str) -> None:
    extract(unit)  # warm up pipelines and rule matchers
    small = unit * max(1, 20_000 // len(unit))
    # the best of three: other work on a shared machine can disturb one timing
    ratio = min(_seconds(small * 4) / max(_seconds(small * 2), 1e-3) for _ in range(3))
    assert ratio < 3.2, ratio  # linear: doubling the text about doubles the time (quadratic would give 4)


def test_five_megabytes_return() -> None:
    text = ("Officials met in the fictional capital to discuss the budget for 2031 and 42 other items. " * 60_000)[
        :5_000_000
    ]
    assert extract(text) == []


@pytest.mark.parametrize("language", ["en", "xx"])
def test_token_rules_match_as_spacys_matcher_with_the_rules_as_written(language: str) -> None:
    """One-token regex rules read per distinct word, word lists split into one pattern per word, patterns run
    only where their first word (or a word passing their first regex) stands and patterns run only on stretches
    ending on their last word find what spaCy's Matcher finds with the patterns as written."""
    from spacy.matcher import Matcher

    from notatarget.extract.document import _nlp
    from notatarget.extract.ruleset import RULE_SETS, load_rules

    nlp, matcher = _nlp(language)
    doc = nlp(
        "No one was hurt when the neurosurgeon and two anaesthesiologists came under Government fire. "
        "Nobody was injured; the nurse left with their ambulance. NO ONE WAS KILLED. "
        "قصفت الطائرات المستشفى واعتقلت القوات طبيبا وجرح ثلاثة مسعفين. The neurosurgeon said no one was hurt. "
        "Troops of the Green Valley Liberation Front special forces, QRF fighters and Government troops came; "
        "Northern Hills Militia occupying security forces. Forces of the Blue River Defence soldiers. "
        "Дрон влучив у машину невідкладної медичної допомоги. Two staff were being held hostage; the staff "
        "were held."
    )
    reference = Matcher(nlp.vocab)
    for name in RULE_SETS:
        for rule in load_rules(name):
            if rule.patterns and (language == "xx" or rule.lang in (language, "*")):
                reference.add(rule.id, [list(p) for p in rule.patterns])
    expected = {(nlp.vocab.strings[k], s, e) for k, s, e in reference(doc)}
    found = {(nlp.vocab.strings[k], s, e) for k, s, e in matcher.token_matches(doc)}
    assert len(expected) >= 5
    assert {"actor.named_forces"} | ({"facility.ambulance.uk"} if language == "xx" else set()) < {
        rule for rule, _, _ in expected
    }
    assert found == expected


def test_anchored_patterns_need_their_words_where_they_may_stand() -> None:
    """An anchored pattern runs only where each token that is one word or a word list and must stand finds one of
    its words within the offsets it may stand at after the first word (bounded by how far the pattern reaches)."""
    import spacy

    from notatarget.extract.ruleset import _needs, _reach

    nlp = spacy.blank("en")
    held = [
        {"LOWER": "staff"},
        {"LOWER": {"IN": ["were", "being"]}, "OP": "*"},
        {"LOWER": "held"},
        {"IS_TITLE": True, "OP": "{0,2}"},
        {"LOWER": {"IN": ["by", "hostage"]}},
    ]
    longer = [{"LOWER": "not"}, {"LOWER": "longer", "OP": "?"}, {"LOWER": {"IN": ["seeing", "treating"]}}]
    hashes = nlp.vocab.strings

    assert _needs(nlp, [held], _reach(held)) == (
        (("LOWER", frozenset({hashes["held"]}), 1, 13), ("LOWER", frozenset({hashes["by"], hashes["hostage"]}), 2, 13)),
    )
    assert _needs(nlp, [longer], _reach(longer)) == (
        (("LOWER", frozenset({hashes["seeing"], hashes["treating"]}), 1, 3),),
    )
    assert _needs(nlp, [longer, [{"LOWER": "by"}, {"IS_TITLE": True}]], 3) is None  # one needs no word: any place


def _log(entries: int) -> str:
    """A monitor's log of ``entries`` dated attacks, each on its own day (fictional clinics)."""
    first = date(2031, 1, 1)
    return "\n".join(
        f"On {(first + timedelta(days=n)):%d %B %Y}, an airstrike hit the fictional clinic number {n} of "
        f"Exampleton, killing {n % 7 + 1} people."
        for n in range(entries)
    )


def test_a_long_log_of_attacks_takes_time_linear_in_its_length() -> None:
    """Telling incidents apart compares acts with each other: a long text is read in sections so that a log
    of thousands of attacks takes linear, not quadratic, time."""
    extract(_log(5))
    ratio = min(_seconds(_log(1600)) / max(_seconds(_log(800)), 1e-3) for _ in range(2))
    assert ratio < 3.2, ratio


def test_sections_cover_the_text_and_cut_at_paragraph_breaks() -> None:
    text = "\n\n".join(f"Paragraph {n}. " + "word " * 30 for n in range(2_000))
    cuts = sections(text, size=10_000)
    assert cuts[0][0] == 0 and cuts[-1][1] == len(text)
    assert all(a[1] == b[0] for a, b in pairwise(cuts))
    assert all(10_000 <= end - start <= 15_000 for start, end in cuts[:-1])
    assert all(text[end - 2 : end] == "\n\n" for _, end in cuts[:-1])
    unbroken = "x" * 50_000  # no break of any kind: cut at the size itself
    assert sections(unbroken, size=20_000) == [(0, 20_000), (20_000, 50_000)]


def test_incidents_of_a_long_log_keep_their_spans_in_every_section() -> None:
    text = _log(900)  # about 90,000 characters: three sections
    assert len(sections(text)) >= 3
    found = extract(text, published="2034-01-01")
    assert len(found) == 900
    assert {m.killed for m in found[-7:]} == set(range(1, 8))
    for m in found:
        for spans in m.spans.values():
            assert all(text[s.start : s.end] == s.text for s in spans)


@pytest.mark.parametrize("enabled", [True, False])
def test_the_garbage_collector_is_left_as_found(enabled: bool, monkeypatch: pytest.MonkeyPatch) -> None:
    import gc

    from notatarget.extract import pipeline

    (gc.enable if enabled else gc.disable)()
    try:
        extract("Gunmen set fire to the Morrow clinic in Quillby on 3 March 2031, wounding a nurse.", "2031-03-04")
        assert gc.isenabled() is enabled
        monkeypatch.setattr(pipeline, "run", lambda *args, **kwargs: 1 / 0)
        with pytest.raises(ZeroDivisionError):
            extract("A clinic in Quillby was looted.")
        assert gc.isenabled() is enabled
    finally:
        gc.enable()
