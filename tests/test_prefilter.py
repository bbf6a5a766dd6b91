"""The regex prefilter (extract/prefilter.py): searches skipped only where the pattern cannot match."""

from __future__ import annotations

import random
import re

import pytest

from notatarget.extract.prefilter import (
    _UNSAFE,
    Prefiltered,
    _literal_char,
    prefilter,
    prefilter_patterns,
    required_literals,
)

#: Words the patterns below look for, in several cases, and characters case-blind regexes read apart.
_WORDS = (
    "Asked ASKED ask to que the a in during separate SEVERAL multiple attacks incidents attaques one two days "
    "earlier before previous next day من قبل على يد second third deuxième attack attaque on sur İstanbul ıs "
    "ſeveral KILLED hospital, clinic. ; — Санитар"
)
_ALL = "".join(chr(c) for c in range(0x110000) if not 0xD800 <= c < 0xE000)


def test_lower_casing_reads_ascii_letters_as_case_blind_regexes_do() -> None:
    """Every character ``re`` matches to an ASCII letter case-blind lower-cases to it, but for the few the prefilter
    does not read (``_UNSAFE``)."""
    for letter in "abcdefghijklmnopqrstuvwxyz":
        for m in re.finditer(letter, _ALL, re.IGNORECASE):
            char = m.group()
            assert char.lower() == letter or _UNSAFE.match(char), (letter, char)


def test_literals_without_case_match_only_themselves() -> None:
    """A character read as a literal without case (Arabic letters, punctuation) is what lower-casing leaves, and no
    other character lower-cases to it."""
    for char in _ALL:
        lowered = char.lower()
        if len(lowered) == 1 and lowered != char and not lowered.isascii():
            assert _literal_char(ord(lowered)) is None, (char, lowered)
    for char in "ساعة؛,.:;|/":
        assert _literal_char(ord(char)) == char
    # the characters ``re`` matches to others case-blind beyond lower-casing ("ı" and "i", "ς" and "σ")
    from re import _compiler  # type: ignore[attr-defined]

    extra = _compiler._EXTRA_CASES
    assert extra and ord("ı") in extra[ord("i")]
    for low, others in extra.items():
        for code in (low, *others):
            assert chr(code).isascii() or _literal_char(code) is None, chr(code)
            if chr(code).isascii():  # "i", "s": their others are read as unsafe
                assert all(_UNSAFE.match(chr(other)) for other in extra[code]), chr(code)


@pytest.mark.parametrize(
    ("pattern", "literals"),
    [
        (r"\b(?:ask|asks|asked|call\s+on)\b", {"ask", "call"}),
        (r"(?<!who )\bin\s+(?:separate|several)\s+attacks", {"attacks"}),
        (r"\b(?:initial|first)\s+reports?\b", {"report"}),
        (r"(?:^|\s)(?:من\s+قبل|على\s+يد)", {"قبل", "على"}),
        (r"\b(?:no|without)\s+\w+", None),  # "no": any sentence holds it
        (r"\d+\s*[ap]\.?m", None),
        (r"(?:a|b)+", None),
    ],
)
def test_required_literals(pattern: str, literals: set[str] | None) -> None:
    found = required_literals(re.compile(pattern, re.IGNORECASE))
    assert (set(found) if found is not None else None) == literals


def test_patterns_re_skips_through_by_itself_are_kept() -> None:
    """A pattern opening on a literal or a class is searched by ``re`` at the characters that may start it: no
    prefilter."""
    for pattern in (r",\s*(?:which|who)\s+attacked", r"\s\|\s+separate", r"^[^.]{0,80}\(according"):
        compiled = re.compile(pattern, re.IGNORECASE)
        assert prefilter(compiled) is compiled
    assert isinstance(prefilter(re.compile(r"\b(?:separate|several)\s+attacks", re.I)), Prefiltered)


def test_prefiltered_searches_find_what_the_pattern_finds() -> None:
    patterns = [
        r"(?<!who )(?<!qui )\b(?:ask|asks|asked|call\s+(?:on|upon)|urge[sd]?|demandons|pedimos)\b[^.;]*?\b(?:to|que)\b",
        r"\b(?:in|during)\s+(?:separate|several|multiple)\s+(?:attacks|incidents|attaques)\b",
        r"\b(?:(?:a|one|two)\s+days?\s+(?:earlier|before)|the\s+(?:previous|next)\s+day)\b",
        r"(?:^|\s)(?:من\s+قبل|على\s+يد)\s+\S+",
        r"\b(?P<n>second|third|deuxième)\s+(?:attack|attaque)\s+(?:on|sur)\b",
    ]
    words = _WORDS.split()
    rnd = random.Random(7)
    texts = [" ".join(rnd.choice(words) for _ in range(rnd.randrange(1, 60))) for _ in range(3000)]
    long_text = " ".join(texts)
    for pattern in patterns:
        compiled = re.compile(pattern, re.IGNORECASE)
        filtered = prefilter(compiled)
        assert isinstance(filtered, Prefiltered)
        for text in texts:
            assert [m.span() for m in filtered.finditer(text)] == [m.span() for m in compiled.finditer(text)]
            assert filtered.findall(text) == compiled.findall(text)
        for _ in range(2000):
            pos = rnd.randrange(-5, len(long_text))
            endpos = pos + rnd.choice([10, 40, 120, 500])
            ours, theirs = filtered.search(long_text, pos, endpos), compiled.search(long_text, pos, endpos)
            assert (ours and ours.span()) == (theirs and theirs.span())
        assert filtered.pattern == compiled.pattern and filtered.groupindex == compiled.groupindex
        assert filtered.sub("x", texts[0]) == compiled.sub("x", texts[0])


def test_a_module_s_patterns_are_read_on_their_first_search() -> None:
    namespace = {
        "_WORDS": re.compile(r"\b(?:initial|first)\s+reports?\b", re.IGNORECASE),
        "_COMMA": re.compile(r",\s*which"),
        "OTHER": "not a pattern",
    }
    prefilter_patterns(namespace)
    words, comma = namespace["_WORDS"], namespace["_COMMA"]
    assert isinstance(words, Prefiltered) and isinstance(comma, Prefiltered) and namespace["OTHER"] == "not a pattern"
    text = "Initial reports said two nurses were hurt, which the ministry denied. " * 3
    assert words.search(text).span() == (0, 15) and words.prefiltered
    assert words.search("no such words in this sentence at all, none") is None
    assert [m.span() for m in comma.finditer(text)] == [(41, 48), (111, 118), (181, 188)] and not comma.prefiltered
    assert comma.search == comma._pattern.search  # the pattern's own search from then on


def test_patterns_opening_on_a_digit_behind_a_look_behind_are_tried_at_digits() -> None:
    patterns = [
        r"(?<![\d/.:-])(?P<a>3[01]|[12]\d|0?[1-9])(?P<sep>[-/.])(?P<b>3[01]|[12]\d|0?[1-9])(?P=sep)(?P<y>\d\d)",
        r"(?<![\d:.,/])(?P<h>1[0-2]|0?[1-9])(?:[:.](?P<m>[0-5]\d))?\s*(?P<ampm>[ap])\.?\s?m(?:\.|(?!\w))",
        r"(?:(?<![^\n])|(?<=\n- ))(?P<a>3[01]|[12]\d|0?[1-9])/(?P<b>3[01]|[12]\d|0?[1-9])",
        r"(?<!\w)\d+(?:\s*(?:km|kg))?",
    ]
    rnd = random.Random(3)
    pieces = ["12/03/24", "3.4.21", "10:30 am", "9 pm", "\n- 3/4", "\n5/6", "07-07-07", "12 km", "٣ kg", " x ", "a"]
    texts = ["".join(rnd.choice(pieces) for _ in range(rnd.randrange(1, 30))) for _ in range(3000)]
    for pattern in patterns:
        compiled = re.compile(pattern, re.IGNORECASE)
        filtered = prefilter(compiled)
        assert isinstance(filtered, Prefiltered) and filtered._digits, pattern
        for text in texts:
            pos, endpos = rnd.randrange(-2, len(text) + 1), rnd.randrange(0, len(text) + 3)
            ours = [(m.span(), m.groups()) for m in filtered.finditer(text, pos, endpos)]
            assert ours == [(m.span(), m.groups()) for m in compiled.finditer(text, pos, endpos)]
            found, expected = filtered.search(text, pos), compiled.search(text, pos)
            assert (found and found.span()) == (expected and expected.span())
    for pattern in (r"[0-9]x+", r"(?<!\w)(?:\d+|one)", r"(?<!\w)\d*x", r"(?<!\w)(?:\d)?"):
        assert not getattr(prefilter(re.compile(pattern)), "_digits", False), pattern


def test_a_tokenizer_s_affix_regexes_skip_words_of_letters() -> None:
    """spaCy's prefix, suffix, infix and URL regexes match nothing in a word of letters only: it is answered at once,
    and a pipeline's tokens are those of spaCy's own tokenizer."""
    import spacy

    from notatarget.extract.document import _ABBREVIATIONS, _nlp
    from notatarget.extract.prefilter import LettersSkip, letters_skip, needs_nonletter

    blank = spacy.blank("en")
    for name in ("prefix_search", "suffix_search", "infix_finditer", "url_match"):
        assert needs_nonletter(getattr(blank.tokenizer, name).__self__), name
    assert not needs_nonletter(re.compile(r"(?<=[0-9])(?:km|m)$|s$"))
    assert needs_nonletter(re.compile(r"(?<=[0-9])(?:km|m)$|'s$|[.,]"))
    skip = letters_skip(re.compile(r"'s$|[.,]$").search)
    assert isinstance(skip, LettersSkip) and skip("hospital") is None and skip("hospital's").group() == "'s"
    assert list(letters_skip(re.compile(r"-").finditer, iter)("abc")) == []
    nlp, _ = _nlp("en")
    assert isinstance(nlp.tokenizer.suffix_search, LettersSkip)
    for abbreviation in _ABBREVIATIONS:
        blank.tokenizer.add_special_case(abbreviation, [{65: abbreviation}])
    text = "KABUL (Reuters) - Gunmen killed 3 nurses at the clinic's gate at 10:30pm, incl. a doctor; see x.org/a."
    assert [(t.text, t.whitespace_) for t in nlp.tokenizer(text)] == [(t.text, t.whitespace_) for t in blank(text)]


def test_matches_in_windows_are_those_of_each_window() -> None:
    from notatarget.extract.prefilter import digit_positions

    rnd = random.Random(5)
    pieces = ["on 12/03/2024 ", "3.4.21", " at 10:30 am ", "in 2019, ", "x" * 50, "٣/٤/٢٠٢١ ", "20-20-2020 "]
    for pattern in (
        r"(?<![\d/.:-])(?P<a>3[01]|[12]\d|0?[1-9])(?P<sep>[-/.])(?P<b>3[01]|[12]\d|0?[1-9])(?P=sep)(?P<y>(?:19|20)\d\d)",
        r"(?<![\w-])(?:in|on)\s+(?P<year>(?:19|20)\d\d)",
    ):
        compiled = re.compile(pattern, re.IGNORECASE)
        filtered = prefilter(compiled)
        for _ in range(500):
            text = "".join(rnd.choice(pieces) for _ in range(rnd.randrange(1, 40)))
            windows, at = [], 0
            while at < len(text):
                start = at + rnd.randrange(0, 30)
                end = start + rnd.randrange(1, 90)
                windows.append([start, end + rnd.choice([0, 0, 50])])  # some past the end of the text
                at = windows[-1][1] + 1
            expected = [m.span() for start, end in windows for m in compiled.finditer(text, start, end)]
            found = [m.span() for m in filtered.finditer_windows(text, windows, digit_positions(text))]
            assert found == expected
