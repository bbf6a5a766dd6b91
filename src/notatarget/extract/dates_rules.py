"""The date patterns of ``rules/dates.json``, compiled once.

Patterns are kept as data with stable rule ids; this module only fills their placeholders with the
vocabulary (month and weekday names in English, French, Spanish and Arabic, relative words) and
compiles them. English month and weekday names must be capitalised ("May" the month, not "may" the
verb; "March" the month, not "a march"); the other languages write them in lower case too.

Each pattern names its key, what every match of it contains (digits, a month name, a weekday name...):
:func:`scan` runs a pattern only on the text within :data:`REACH` characters of its key, so a report is
read at the few places that can hold a date instead of at every character by every pattern.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterable
from dataclasses import dataclass
from functools import cache
from importlib import resources
from typing import Any, Protocol, TypeVar

from notatarget.extract.prefilter import Prefiltered, digit_positions, may_match, prefiltered_as

__all__ = [
    "DateRule",
    "DateRules",
    "Vocabulary",
    "alternation",
    "compiled_rules",
    "longest_spans",
    "name_key",
    "scan",
    "vocabulary",
]

_CHAR_REGEX = {" ": r"\s+", "'": "['’ʼ]"}
_DAY = r"(?P<{name}>3[01]|[12]\d|0?[1-9])(?!\d)(?:st|nd|rd|th|er|ème|º|°)?(?!\w)"
_YEAR = r"(?<![\d.,])(?P<year>(?:19|20)\d\d)(?![\d]|[.,]\d)"
#: Characters a match may reach before or after its key (the longest lead-in, "in the early hours of", is 22).
REACH = 40
SHORT = 1000
_LETTERS = re.compile(r"[^\W\d_]+")
_DIGITS = re.compile(r"\d+")
_DAY_PART_AR = re.compile(r"^(?:يوم|مساء|صباح|فجر|ظهر) ")  # "يوم الأحد", "مساء الأحد": Sunday
#: Letters that case-blind patterns take for i, s and k but that do not lower-case to them.
_FOLD = str.maketrans({"İ": "i", "ı": "i", "ſ": "s", "K": "k"})


class _Spanned(Protocol):
    @property
    def start(self) -> int: ...
    @property
    def end(self) -> int: ...


S = TypeVar("S", bound=_Spanned)


def longest_spans(candidates: list[tuple[int, S]]) -> list[S]:
    """Non-overlapping spans in text order: of overlapping ones the longest, then the lowest priority
    number (the ``int`` of each pair). One sort and one sweep, so linear after sorting."""
    ordered = sorted(candidates, key=lambda c: (c[1].start, c[1].start - c[1].end, c[0]))
    chosen: list[S] = []
    for _, span in ordered:
        if chosen and span.start < chosen[-1].end:
            if span.end - span.start > chosen[-1].end - chosen[-1].start:
                chosen[-1] = span
            continue
        chosen.append(span)
    return chosen


@dataclass(frozen=True, slots=True)
class DateRule:
    """One compiled pattern: its stable id, how its match is resolved, the regex, and its key: words one of
    which every match holds as a whole word (lower case), or None for digits."""

    id: str
    kind: str
    regex: re.Pattern[str]
    key: frozenset[str] | None  # None: digits


class DateRules(tuple[DateRule, ...]):
    """The compiled patterns in priority order, with ``key_words``: a case-blind regex for the key words of
    all of them as whole words (kept here so that a scan does not hash the rules to find it)."""

    key_words: re.Pattern[str]


@dataclass(frozen=True, slots=True)
class Vocabulary:
    """Lower-cased names to numbers: months 1-12, weekdays 0-6 (Monday 0), relative offsets."""

    months: dict[str, int]
    month_languages: dict[str, frozenset[str]]
    preposition_languages: dict[str, frozenset[str]]
    weekdays: dict[str, int]
    relative_days: dict[str, int]
    anaphoric_days: dict[str, int]
    relative_periods: dict[str, tuple[str, int]]
    ago_units: dict[str, str]
    weekday_not_before: frozenset[str]
    weekday_not_after: frozenset[str]
    weekday_range_after: re.Pattern[str]  # " to Friday" after a weekday: a schedule, not a date
    weekday_range_before: re.Pattern[str]  # "Monday to " before one
    name_heads_after: frozenset[str]
    name_heads_before: frozenset[str]
    said: re.Pattern[str]  # a verb attributing a quotation ("said", "a déclaré", "dijo")


@cache
def _data() -> dict[str, Any]:
    return json.loads(resources.files("notatarget.extract").joinpath("rules/dates.json").read_text("utf-8"))


def _languages(table: dict[str, Any]) -> dict[str, frozenset[str]]:
    """Each word of a per-language table to the languages that have it."""
    out: dict[str, set[str]] = {}
    for lang, words in table.items():
        for word in words:
            out.setdefault(name_key(word), set()).add(lang)
    return {word: frozenset(langs) for word, langs in out.items()}


def _with_abbreviations(names: dict[str, Any], abbreviations: dict[str, Any]) -> dict[str, Any]:
    """Per language, full names then abbreviations."""
    return {lang: words | abbreviations.get(lang, {}) for lang, words in names.items()}


def _merge_lists(table: dict[str, list[str]]) -> list[str]:
    return [word for lang, words in table.items() if not lang.startswith("_") for word in words]


def _merge(table: dict[str, dict[str, Any]]) -> dict[str, Any]:
    return {k.lower(): v for lang, words in table.items() if not lang.startswith("_") for k, v in words.items()}


@cache
def vocabulary() -> Vocabulary:
    """The vocabulary of ``rules/dates.json``, every language merged."""
    d = _data()
    weekdays = _merge(d["weekdays"]) | _merge(d["weekday_abbreviations"])
    weekday_names, joiners = alternation(_merge(d["weekdays"])), alternation(d["weekday_range_joiners"])
    return Vocabulary(
        months={name_key(k): v for k, v in (_merge(d["months"]) | _merge(d["month_abbreviations"])).items()},
        month_languages=_languages(_with_abbreviations(d["months"], d["month_abbreviations"])),
        preposition_languages=_languages(d["month_prepositions"]),
        weekdays={name_key(k): v for k, v in weekdays.items()},
        relative_days={name_key(k): v for k, v in _merge(d["relative_days"]).items()},
        anaphoric_days={name_key(k): v for k, v in _merge(d["anaphoric_days"]).items()},
        relative_periods={name_key(k): (v[0], v[1]) for k, v in _merge(d["relative_periods"]).items()},
        ago_units={w: unit for unit, words in d["ago_units"].items() for w in words},
        weekday_not_before=frozenset(d["weekday_not_before"]),
        weekday_not_after=frozenset(d["weekday_not_after"]),
        weekday_range_after=re.compile(rf"\s*(?:{joiners})\s*(?:{weekday_names})(?![^\W\d_])", re.IGNORECASE),
        weekday_range_before=re.compile(rf"(?<![^\W\d_])(?:{weekday_names})\s*(?:{joiners})\s*$", re.IGNORECASE),
        name_heads_after=frozenset(d["name_heads_after"]),
        name_heads_before=frozenset(d["name_heads_before"]),
        said=re.compile(rf"(?<![\w-])(?:{alternation(_merge_lists(d['said_words']))})(?![\w-])", re.IGNORECASE),
    )


def name_key(phrase: str) -> str:
    """A matched name as looked up in the vocabulary: lower case, single spaces, straight apostrophes, no
    final period, and Arabic weekdays without their "(ال)يوم" ("the day") or part-of-day ("مساء", evening)
    prefix."""
    key = re.sub(r"\s+", " ", phrase.lower().replace("’", "'").replace("ʼ", "'")).rstrip(".")
    return _DAY_PART_AR.sub("", key.removeprefix("ال"))


def alternation(phrases: Iterable[str], title_case: bool = False) -> str:
    """A regex for any of ``phrases`` (case-blind under ``re.IGNORECASE``), the longest that fits first.

    Written as a prefix tree by hand because Python's ``re`` tries the branches of a plain alternation
    one by one at every position of the text, which made the name lists the slowest part of a scan
    (a tree is about four times faster here). Spaces match any run of whitespace and an apostrophe any
    apostrophe; with ``title_case`` the first letter must be a capital ("May" the month, not "may")."""
    tree: dict[str, Any] = {}
    for phrase in phrases:
        node = tree
        for char in phrase.lower():
            node = node.setdefault(char, {})
        node[""] = {}
    return _tree_regex(tree, title_case) or "(?!)"


def _tree_regex(node: dict[str, Any], title_case: bool = False) -> str:
    branches = []
    for char in sorted(k for k in node if k):
        head = f"(?-i:{re.escape(char.upper())})" if title_case else _CHAR_REGEX.get(char, re.escape(char))
        branches.append(head + _tree_regex(node[char]))
    if not branches:
        return ""
    body = branches[0] if len(branches) == 1 else f"(?:{'|'.join(branches)})"
    return f"(?:{body})?" if "" in node else body


def _names(table: dict[str, dict[str, Any]], title_case: set[str]) -> str:
    """An alternation of the names in ``table``; names first listed for a ``title_case`` language must
    start with a capital letter."""
    first_language: dict[str, str] = {}
    for lang, words in table.items():
        for word in words:
            first_language.setdefault(word, lang)
    titled = [w for w, lang in first_language.items() if lang in title_case]
    other = [w for w, lang in first_language.items() if lang not in title_case]
    return f"{alternation(titled, title_case=True)}|{alternation(other)}"


def _tables(language: str | None) -> dict[str, dict[str, Any]]:
    """The per-language tables of ``rules/dates.json``: for a language they cover, its words and English
    ones; for None, every language's; for another language, every language's month and weekday names
    but only English relative words (so French "hier" is a date in French, not in German or Dutch)."""
    d = _data()
    every = set(d["months"])
    names = {"en", language} if language in every else every
    relative = names if language in every or language is None else {"en"}
    name_keys = ("months", "month_abbreviations", "weekdays", "weekday_abbreviations", "month_prepositions")
    out = {key: {k: v for k, v in d[key].items() if k in names} for key in name_keys}
    for key in ("relative_days", "anaphoric_days", "relative_periods"):
        out[key] = {k: v for k, v in d[key].items() if k in relative}
    return out


def compiled_rules(language: str | None = None) -> DateRules:
    """Every pattern of ``rules/dates.json``, placeholders filled with the names of ``language`` (and
    English; every language when None), in priority order."""
    code = language.lower()[:2] if isinstance(language, str) and language else None
    return _compiled(code if code is None or code in _data()["months"] else "other")


@cache
def _compiled(language: str | None) -> DateRules:
    d = _data()
    t = _tables(language)
    title = set(d["title_case_languages"])
    alone = set(d["weekday_abbreviations_alone"])
    read_alone = {
        lang: {k: v for k, v in words.items() if k in alone} for lang, words in t["weekday_abbreviations"].items()
    }
    weekdays = _names(_with_abbreviations(t["weekdays"], read_alone), title)
    weekdays_any = _names(_with_abbreviations(t["weekdays"], t["weekday_abbreviations"]), title)
    months_any = _names(_with_abbreviations(t["months"], t["month_abbreviations"]), title)
    fill = {
        "MONTH": f"(?P<month>{months_any})(?![^\\W\\d_])",
        "MONTH_FULL": f"(?P<month>{_names(t['months'], title)})(?![^\\W\\d_])",
        "MONTH2": f"(?P<month_end>{months_any})(?![^\\W\\d_])",
        "WEEKDAY_ANY": f"(?:{weekdays_any})(?![^\\W\\d_])",
        "WEEKDAY2": f"(?P<weekday_end>{weekdays})(?![^\\W\\d_])",
        "WEEKDAY": f"(?:{weekdays})(?![^\\W\\d_])",
        "DAY2": _DAY.format(name="day2"),
        "DAY": _DAY.format(name="day"),
        "YEAR": _YEAR,
        "REL_DAY": alternation([w for words in t["relative_days"].values() for w in words]),
        "ANAPHORIC": alternation([w for words in t["anaphoric_days"].values() for w in words]),
        "PERIOD": alternation([w for words in t["relative_periods"].values() for w in words]),
        "AGO_UNIT": alternation([w for words in d["ago_units"].values() for w in words]),
        "NUM": r"an?|une?|una|[^\W\d_]+(?:-[^\W\d_]+)?",
        "LAST": alternation(d["last_words"]),
        "MONTH_PREP": alternation([w for words in t["month_prepositions"].values() for w in words]),
        "DOM_FOLLOWERS": alternation(d["dom_followers"]),
    }
    phrases = {
        "MONTH": _with_abbreviations(t["months"], t["month_abbreviations"]).values(),
        "WEEKDAY": _with_abbreviations(t["weekdays"], t["weekday_abbreviations"]).values(),
        "REL_DAY": t["relative_days"].values(),
        "ANAPHORIC": t["anaphoric_days"].values(),
        "PERIOD": t["relative_periods"].values(),
        "AGO_UNIT": d["ago_units"].values(),
    }
    keys: dict[str, frozenset[str] | None] = {"DIGIT": None}
    for name, tables in phrases.items():  # the longest word of each phrase (the last of equals: "last *week*")
        keys[name] = frozenset(max(_LETTERS.findall(p.lower())[::-1], key=len) for words in tables for p in words)
    rules = []
    for spec in d["patterns"]:
        pattern = re.sub(r"\{([A-Z_0-9]+)\}", lambda m: fill[m.group(1)], spec["pattern"])
        # run only where one of its words stands, or at digits (read once per pattern, from its skeleton)
        regex = prefiltered_as(re.compile(pattern, re.IGNORECASE), _skeleton(spec["pattern"]))
        rules.append(DateRule(spec["id"], spec["kind"], regex, keys[spec["key"]]))
    compiled = DateRules(rules)
    words = {word for key in keys.values() for word in key or ()}
    compiled.key_words = re.compile(rf"(?<![^\W\d_])(?:{alternation(words)})(?![^\W\d_])", re.IGNORECASE)
    return compiled


#: A placeholder's words as the prefilter reads a pattern (``prefilter.prefiltered_as``): a word of letters, in the
#: placeholder's group; the same for every language, so each pattern is read once.
_LETTER_WORD = r"[^\W\d_]+"
_STAND_INS = {
    "MONTH": rf"(?P<month>{_LETTER_WORD})",
    "MONTH_FULL": rf"(?P<month>{_LETTER_WORD})",
    "MONTH2": rf"(?P<month_end>{_LETTER_WORD})",
    "WEEKDAY2": rf"(?P<weekday_end>{_LETTER_WORD})",
    "DAY2": _DAY.format(name="day2"),
    "DAY": _DAY.format(name="day"),
    "YEAR": _YEAR,
}


@cache
def _skeleton(pattern: str) -> re.Pattern[str]:
    """``pattern`` (of ``rules/dates.json``) with each list of words a word of letters (:data:`_STAND_INS`)."""
    return re.compile(re.sub(r"\{([A-Z_0-9]+)\}", lambda m: _STAND_INS.get(m.group(1), _LETTER_WORD), pattern), re.I)


def scan(text: str, rules: DateRules) -> list[tuple[int, DateRule, re.Match[str]]]:
    """Every match of ``rules`` in ``text`` with the rule's place in ``rules`` (its priority), each rule run
    only on the stretches within :data:`REACH` characters of its key (over all of a text shorter than
    :data:`SHORT`, where finding the keys costs more than it saves)."""
    if len(text) < SHORT:
        return [(priority, rule, m) for priority, rule in enumerate(rules) for m in rule.regex.finditer(text)]
    words = [(m.start(), m.end(), m.group().translate(_FOLD).lower()) for m in rules.key_words.finditer(text)]
    around: dict[frozenset[str] | None, list[list[int]]] = {}
    found = []
    digits: list[int] | None = None  # where the digits stand, once a rule asks
    for priority, rule in enumerate(rules):
        if rule.key not in around:
            keys = (
                [m.span() for m in _DIGITS.finditer(text)]
                if rule.key is None
                else [(start, end) for start, end, word in words if word in rule.key]
            )
            around[rule.key] = _windows(keys)
        windows = around[rule.key]
        if not windows or not may_match(rule.regex, text):  # none of its words anywhere: in no stretch either
            continue
        if isinstance(rule.regex, Prefiltered):  # its stretches in one call, tried at their digits when it may
            digits = digit_positions(text) if digits is None else digits
            found.extend((priority, rule, m) for m in rule.regex.finditer_windows(text, windows, digits))
            continue
        finditer = rule.regex.finditer
        for start, end in windows:
            for m in finditer(text, start, end):
                found.append((priority, rule, m))
    return found


def _windows(keys: list[tuple[int, int]]) -> list[list[int]]:
    """``[start, end]`` stretches within :data:`REACH` characters of ``keys`` (spans in text order), merged."""
    out: list[list[int]] = []
    for start, end in keys:
        if out and start - REACH <= out[-1][1]:
            out[-1][1] = end + REACH
        else:
            out.append([max(0, start - REACH), end + REACH])
    return out
