"""Counts in report text: digits, number words (English, French, Spanish, Portuguese), bounds and vague counts.

Number words are turned into integers by ``text2num`` (a maintained parser for eight languages); this
module only finds where a number phrase starts and ends, with patterns built from the vocabulary in
``rules/numbers.json``, and codes the phrases no parser knows: bounds ("at least 11" → 11), vague
counts ("dozens" → 12, ACLED's coding), zero ("no one") and counts without a number ("several").
Every pattern is a bounded alternation of literals, so a scan is linear in the text.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass
from functools import cache
from importlib import resources
from typing import Any

from text_to_num import text2num

from notatarget.extract.dates_rules import alternation
from notatarget.language import detect_language

__all__ = [
    "Quantity",
    "find_quantities",
    "guess_language",
    "is_unspecified_count",
    "normalize_digits",
    "parse_number",
    "quantity_for",
]

LANGUAGES = ("en", "fr", "es", "pt")
_DIGITS = str.maketrans("٠١٢٣٤٥٦٧٨٩۰۱۲۳۴۵۶۷۸۹", "01234567890123456789")
_OTHER_DIGIT = re.compile("[٠-٩۰-۹]")
_MAX_WORDS = 8  # longest number phrase read ("two thousand three hundred and forty-five")


@dataclass(frozen=True, slots=True)
class Quantity:
    """A count read from ``text[start:end]`` by rule ``rule``."""

    start: int
    end: int
    text: str
    value: int
    approximate: bool
    rule: str


def normalize_digits(text: str) -> str:
    """``text`` with Eastern Arabic and Persian digits as ASCII digits; same length, so offsets hold."""
    return text.translate(_DIGITS) if _OTHER_DIGIT.search(text) else text


@cache
def _rules() -> dict[str, Any]:
    return json.loads(resources.files("notatarget.extract").joinpath("rules/numbers.json").read_text("utf-8"))


def guess_language(text: str, language: str | None = None) -> str:
    """``language`` when it is one this module reads (en/fr/es/pt), else the likeliest of them for ``text``
    (the shared :func:`notatarget.language.detect_language`); English for a text too short to tell."""
    return _known(language) or detect_language(text, among=LANGUAGES) or "en"


def _known(language: object) -> str | None:
    """The two-letter code of ``language`` when this module reads it ("fr-FR" → "fr"), else None."""
    code = language.lower()[:2] if isinstance(language, str) else None
    return code if code in LANGUAGES else None


def _alternation(phrases: list[str]) -> str:
    """A regex for any of ``phrases``, closed by a word boundary when a phrase ends in a letter (so
    "personne n'" may be followed directly by a verb)."""
    closed = [p for p in phrases if p[-1].isalnum()]
    open_ended = [p for p in phrases if not p[-1].isalnum()]
    return rf"(?:{alternation(closed)})(?!\w)|{alternation(open_ended)}"


@dataclass(frozen=True, slots=True)
class _Patterns:
    scan: re.Pattern[str]
    gap: re.Pattern[str]
    before_noun: re.Pattern[str]
    unspecified_before: re.Pattern[str]
    clock: re.Pattern[str]
    unit: re.Pattern[str]


@cache
def _patterns(lang: str) -> _Patterns:
    r = _rules()
    word = _alternation(r["words"][lang])
    joiner = _alternation(r["joiners"][lang])
    words = rf"(?:{word})(?:(?:[ \t]*-[ \t]*|[ \t]+|[ \t]+(?:{joiner})[ \t]+)(?:{word})){{0,{_MAX_WORDS - 1}}}"
    grouped = r"\d{1,3}(?:,\d{3}){1,4}|\d{1,3}(?:[\u00a0\u202f ]\d{3}){1,4}(?![ \u00a0]\d)"
    if lang != "en":
        grouped += r"|\d{1,3}(?:\.\d{3}){1,4}"
    percent = r"\s*%|\s*(?:per\s*cent|pour\s*cent|por\s*ciento)\b"
    digits = rf"(?<![\w.,:/-])(?:{grouped}|\d{{1,15}})(?![\w:/%]|[.,]\d|-[^\W\d_]|{percent})"
    vague = _alternation(list(r["vague"][lang]))
    exact = _alternation(list(r["exact"][lang]))
    zero = _alternation(r["zero"][lang])
    # every branch opens where a word starts (or a capital follows a lower-case letter, or a digit stands after no
    # word character): said once first, so the search passes the inside of words at one test each
    word_start = r"(?:(?<![\w-])|(?-i:(?<=[a-z])(?=[A-Z])))"
    scan = (
        rf"{word_start}(?:(?<![\w-])(?P<mod>{_alternation(r['modifiers'][lang])})\s*)?"
        # a number word glued after a lower-case word starts one when capitalised: a headline run into the
        # text of a scraped page ("...releasedTwo health workers")
        rf"(?:{word_start}"
        rf"(?:(?P<vague>{vague})|(?P<exact>{exact})|(?P<zero>{zero})|(?P<words>{words})(?![\w-]))"
        rf"|(?P<digits>{digits}))"
    )
    gap = rf"(?:[ \t]+(?!(?:{_alternation(r['gap_stopwords'])}))[^\W\d_][\w'’-]*){{0,3}}"
    determiner = _alternation(r["articles"][lang] + r["zero_determiners"][lang])
    flags = re.IGNORECASE
    return _Patterns(
        scan=re.compile(scan, flags),
        gap=re.compile(rf"(?:[ \t]+(?:of|of the|de|des|d'entre|de los|de las|among)(?!\w))?{gap}[ \t]*", flags),
        before_noun=re.compile(rf"(?<![\w-])(?P<det>{determiner}){gap}[ \t]*$", flags),
        unspecified_before=re.compile(rf"(?<![\w-])(?:{_alternation(r['unspecified'][lang])}){gap}[ \t]*$", flags),
        clock=re.compile(rf"[ \t]*(?:{_alternation(r['clock_after'][lang])})", flags),
        unit=re.compile(rf"[ \t]*(?:{_alternation(r['unit_after'][lang])})", flags),
    )


def _words_value(phrase: str, lang: str) -> tuple[int, int] | None:
    """The value of the longest leading part of ``phrase`` that text2num reads, and that part's length."""
    tokens = list(re.finditer(r"[^\s-]+", phrase))
    for n in range(len(tokens), 0, -1):
        end = tokens[n - 1].end()
        try:
            return text2num(phrase[:end].lower(), lang), end
        except ValueError:
            continue
    return None


@cache
def _word_tables(lang: str) -> tuple[frozenset[str], dict[str, int]]:
    """The number words of ``lang`` not read standalone, and the values of its vague and exact words."""
    rules = _rules()
    excluded = frozenset(w.lower() for w in rules["standalone_exclude"][lang])
    return excluded, {k.lower(): v for k, v in (rules["vague"][lang] | rules["exact"][lang]).items()}


def _quantities(text: str, lang: str, offset: int = 0, standalone: bool = True) -> list[Quantity]:
    excluded, table = _word_tables(lang)
    excluded = excluded if standalone else frozenset()
    digits_text = normalize_digits(text)
    patterns = _patterns(lang)
    out: list[Quantity] = []
    for m in patterns.scan.finditer(digits_text):
        mod = m.group("mod")
        start, end = m.span()
        if m.group("digits"):
            value = int(re.sub(r"\D", "", m.group("digits")))
            rule = "number.digits"
        elif m.group("words"):
            if m.group("words").lower() in excluded:
                continue
            parsed = _words_value(m.group("words"), lang)
            if parsed is None:
                continue
            value, length = parsed
            end = m.start("words") + length
            rule = "number.words"
        elif m.group("zero"):
            value, rule = 0, "number.zero"
        else:
            phrase = m.group("vague") or m.group("exact")
            value = table.get(re.sub(r"\s+", " ", phrase.lower()))
            if value is None:  # matched case-blind but lower-cases off the table ("DİZAİNE")
                continue
            rule = "number.vague" if m.group("vague") else "number.exact_word"
            if phrase.lower() == "both" and _LIST_AFTER.match(digits_text, end):
                continue  # "both the driver and the nurse": the list after it is counted, not "both" again
        if patterns.clock.match(digits_text, end) or patterns.unit.match(digits_text, end):
            continue  # "at four o'clock", "around 5 pm", "for three hours", "two days later": no count
        approximate = bool(mod) or rule == "number.vague"
        out.append(Quantity(start + offset, end + offset, text[start:end], value, approximate, rule))
    return _ranges(digits_text, text, _glossed(digits_text, text, out, offset), lang, offset)


#: A determiner after "both": a list of the people follows ("both the driver and the nurse").
_LIST_AFTER = re.compile(r"[ \t]+(?:the|its|his|her|their|our|my)\b", re.IGNORECASE)
#: The digits an official text writes in brackets after a number word ("trois (3) agents", "deux (02) infirmiers",
#: "un (1) agent vaccinateur") and the article or number word before them.
_GLOSS = re.compile(r"[ \t]*\([ \t]*(?P<n>\d{1,4})[ \t]*\)")
_GLOSSED_ONE = re.compile(r"(?:^|(?<=\W))(?:un|une|one|a|an|uno|una|um|uma)[ \t]*$", re.IGNORECASE)


def _glossed(digits_text: str, text: str, found: list[Quantity], offset: int) -> list[Quantity]:
    """``found`` with a number word and the same number in brackets after it told as one count, the brackets
    included, so that the noun after them is next to its count; "un (1)" is the bracketed one."""
    out: list[Quantity] = []
    skip: set[int] = set()
    for i, q in enumerate(found):
        if i in skip:
            continue
        m = _GLOSS.match(digits_text, q.end - offset)
        if m and int(m.group("n")) == q.value and q.rule != "number.digits":
            out.append(
                Quantity(q.start, m.end() + offset, text[q.start - offset : m.end()], q.value, q.approximate, q.rule)
            )
            j = i + 1
            while j < len(found) and found[j].start < m.end() + offset:  # the digits in brackets: told already
                skip.add(j)
                j += 1
            continue
        start, end = q.start - offset, q.end - offset
        opened = digits_text.rfind("(", max(0, start - 4), start)  # "(1)", "( 1 )": a bracket right before
        if (
            q.rule == "number.digits"
            and q.value == 1
            and opened >= 0
            and (m := _GLOSS.match(digits_text, opened))
            and m.end() >= end
            and _GLOSSED_ONE.search(digits_text, max(0, start - 12), m.start())
        ):
            out.append(Quantity(m.start() + offset, m.end() + offset, text[m.start() : m.end()], 1, False, q.rule))
            continue
        out.append(q)
    return out


#: After a count, the other end of a range ("three to five", "5-7", "two or three", "between three and five", "entre
#: trois et cinq"); "and" only after "between" ("two and three others" are two groups).
_RANGE_AFTER = re.compile(
    r"[ \t]*(?P<join>-|–|(?:and|to|or|ou|et|à|a|o|y|e)(?!\w))[ \t]*(?P<n>\d{1,6}|[^\W\d_][\w-]*)", re.I
)
_RANGE_AND = frozenset(["and", "et", "y", "e"])
#: Joins read as a range only in French, Spanish and Portuguese ("de trois à cinq", "dos o tres", "dois e três").
_ROMANCE_JOINS = frozenset(["a", "o", "e"])
_BETWEEN = re.compile(r"(?:between|entre)[ \t]+$", re.IGNORECASE)


def _range_end(digits_text: str, q: Quantity, lang: str, offset: int) -> tuple[int, int] | None:
    """The higher end of a range told right after the count ``q`` and where it ends (in ``digits_text``), or None."""
    m = _RANGE_AFTER.match(digits_text, q.end - offset)
    if m is None or q.rule not in ("number.digits", "number.words"):
        return None
    join = m.group("join").lower()
    if join in _ROMANCE_JOINS and lang not in ("fr", "es", "pt"):
        return None
    if join in _RANGE_AND and not _BETWEEN.search(digits_text, max(0, q.start - offset - 12), q.start - offset):
        return None
    n = m.group("n")
    parsed = (int(n), len(n)) if n.isdigit() else _words_value(n, lang)
    if parsed is None or parsed[0] <= q.value:
        return None
    return parsed[0], m.start("n") + parsed[1]


def _ranges(digits_text: str, text: str, found: list[Quantity], lang: str, offset: int) -> list[Quantity]:
    """``found`` with each range of two counts told as one count, its lower end (ACLED's lowest reading), approximate:
    "between three and five" → 3, "two or three" → 2, "5-7" → 5."""
    out: list[Quantity] = []
    skip_to = -1
    for q in found:
        if q.start < skip_to:
            continue
        if (end := _range_end(digits_text, q, lang, offset)) is not None:
            stop = end[1] + offset
            out.append(Quantity(q.start, stop, text[q.start - offset : end[1]], q.value, True, "number.range"))
            skip_to = stop
            continue
        out.append(q)
    return out


def find_quantities(text: str, language: str | None = None) -> list[Quantity]:
    """Every count in ``text``: digits ("1,200"; "1 200" and, in French, Spanish or Portuguese, "1.200"), number
    words, bounds and estimates ("at least 11", "about 60": approximate), vague counts ("dozens" → 12, "hundreds"
    → 100, as ACLED codes them: approximate), exact words ("both", "a couple" → 2) and zero ("no one",
    "personne n'", "nadie" → 0, rule ``number.zero``). Articles are not counts here (see :func:`quantity_for`);
    "several" has no number (see :func:`is_unspecified_count`); in Arabic, Ukrainian and Russian (``language``
    "ar", "uk", "ru"), digits and the number words of ``rules/numbers.json: number_words`` ("ثلاثة", "двоє"),
    with a bound ("щонайменше", "не менее": approximate). Never raises."""
    if not isinstance(text, str) or not text:
        return []
    code = language.lower()[:2] if isinstance(language, str) else None
    if code in _rules()["number_words"]:
        unit = _table_unit(code)  # "(29 عاماً)" is an age, "اثنتي عشرة ساعة" (twelve hours) a duration
        digits = [q for q in _quantities(text, "en") if q.rule == "number.digits"]
        found = _table_quantities(text, code, digits)
        return sorted((q for q in found if not unit.match(text, q.end)), key=lambda q: q.start)
    return _quantities(text, guess_language(text, language))


_TASHKEEL = "[\u064b-\u0652]*"  # Arabic vowel marks, which may be written on any letter ("اثنَين")


@cache
def _table_unit(lang: str) -> re.Pattern[str]:
    """After digits, a word of ``lang`` that makes them an age, a duration or a distance ("29 عاماً", "3 години")."""
    return re.compile(rf"\s*(?:{alternation(_rules()['number_words']['units'][lang])})(?!\w)", re.IGNORECASE)


@cache
def _table_words(lang: str) -> tuple[re.Pattern[str], dict[str, int]]:
    """The pattern of ``lang``'s number words (an optional bound before, an Arabic و/ف (and) glued on) and
    their values."""
    rules = _rules()["number_words"]
    table = {w.replace("’", "'"): v for w, v in rules[lang].items()}
    spelled = "|".join(_TASHKEEL.join(re.escape(c) for c in w) for w in sorted(table, key=len, reverse=True))
    mods = rules["modifiers"].get(lang)
    mod = rf"(?:(?<!\w)(?P<mod>{alternation(mods)})\s+)?" if mods else ""
    word = rf"(?<![\w\u064b-\u0652'])(?:[وف]{_TASHKEEL})?(?P<word>{spelled}){_TASHKEEL}(?![\w'])"
    return re.compile(rf"{mod}(?:{word}|(?<![\w.,])(?P<digits>\d+)(?![\w.,:]\d|\w))", re.IGNORECASE), table


def _table_quantities(text: str, lang: str, digits: list[Quantity]) -> list[Quantity]:
    """Number words of ``lang`` in ``text`` ("ثلاثة", "двоє" → 3, 2; vowel marks and apostrophes aside), and
    ``digits`` made approximate by a bound before them ("щонайменше 5")."""
    pattern, table = _table_words(lang)
    found, bounded = [], {}
    for m in pattern.finditer(text.replace("’", "'")):
        if m.group("digits") is not None:
            if m.groupdict().get("mod"):
                bounded[m.start("digits")] = m.start()
            continue
        value = table[re.sub(_TASHKEEL, "", m.group("word")).lower()]
        found.append(
            Quantity(
                m.start(), m.end(), text[m.start() : m.end()], value, bool(m.groupdict().get("mod")), "number.words"
            )
        )
    for q in digits:
        start = bounded.get(q.start)
        found.append(q if start is None else Quantity(start, q.end, text[start : q.end], q.value, True, q.rule))
    return found


def parse_number(text: str, language: str | None = None) -> int | None:
    """The count a short phrase states ("twenty-three", "1,200", "at least 11", "dozens"), or None when the
    phrase is not one count ("several", "many", "", "5 and 6")."""
    if not isinstance(text, str):
        return None
    stripped = text.strip()
    if not stripped or len(stripped) > 200:
        return None
    first = guess_language(stripped, language)
    words_only = not any(c.isdigit() for c in normalize_digits(stripped))
    others = () if _known(language) or not words_only else tuple(x for x in LANGUAGES if x != first)
    for lang in (first, *others):
        found = _quantities(stripped, lang)
        if len(found) == 1 and found[0].start == 0 and found[0].end == len(stripped):
            return found[0].value
    return None


def quantity_for(text: str, start: int, end: int | None = None, language: str | None = None) -> Quantity | None:
    """The count that modifies the noun phrase at ``text[start:end]``: a number inside it at its start
    ("three of the staff"), or one just before it with at most three words between ("two nurses",
    "five medical staff", "11 people including 2 doctors" → 2 for "doctors"), or an article ("a doctor",
    "une infirmière" → 1, rule ``number.article``), or a zero determiner ("no casualties" → 0).
    None when nothing counts it."""
    if not isinstance(text, str) or not 0 <= start <= len(text):
        return None
    end = len(text) if end is None else max(start, min(end, len(text)))
    lang = guess_language(text, language)
    pats = _patterns(lang)
    lo = max(0, start - 120)
    found = _quantities(text[lo:end], lang, offset=lo, standalone=False)
    at_start = [q for q in found if q.start == start]
    if at_start:
        return at_start[0]
    before = [q for q in found if q.end <= start]
    articles = {a.lower() for a in _rules()["articles"][lang]}
    if before and pats.gap.fullmatch(text, before[-1].end, start):
        q = before[-1]
        return Quantity(q.start, q.end, q.text, 1, False, "number.article") if q.text.lower() in articles else q
    m = pats.before_noun.search(text, lo, start)
    if m is None:
        return None
    det = m.group("det")
    value = 1 if det.lower() in articles else 0
    return Quantity(m.start("det"), m.end("det"), det, value, False, "number.article" if value else "number.zero")


def is_unspecified_count(text: str, start: int, language: str | None = None) -> bool:
    """True when the noun phrase at ``start`` is counted without a number ("several nurses", "plusieurs
    blessés", "varios heridos"; words of every language unless ``language`` is en, fr or es): the pipeline
    then sets the field's ``*_unspecified`` flag."""
    if not isinstance(text, str) or not 0 <= start <= len(text):
        return False
    known = _known(language)
    langs = (known,) if known else LANGUAGES
    lo = max(0, start - 80)
    return any(_patterns(lang).unspecified_before.search(text, lo, start) is not None for lang in langs)
