"""The date patterns of ``rules/dates.json``, compiled once.

Patterns are kept as data with stable rule ids; this module only fills their placeholders with the
vocabulary (month and weekday names in English, French, Spanish and Arabic, relative words) and
compiles them. English month and weekday names must be capitalised ("May" the month, not "may" the
verb; "March" the month, not "a march"); the other languages write them in lower case too.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass
from functools import cache
from importlib import resources
from typing import Any, Protocol, TypeVar

__all__ = ["DateRule", "Vocabulary", "compiled_rules", "longest_spans", "name_key", "vocabulary"]

_DAY = r"(?P<{name}>3[01]|[12]\d|0?[1-9])(?!\d)(?:st|nd|rd|th|er|ème|º|°)?(?!\w)"
_YEAR = r"(?<![\d.,])(?P<year>(?:19|20)\d\d)(?![\d]|[.,]\d)"


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
    """One compiled pattern: its stable id, how its match is resolved, and the regex."""

    id: str
    kind: str
    regex: re.Pattern[str]


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
    last_words: frozenset[str]
    weekday_not_before: frozenset[str]
    weekday_not_after: frozenset[str]
    name_heads_after: frozenset[str]
    name_heads_before: frozenset[str]


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


def _merge(table: dict[str, dict[str, Any]]) -> dict[str, Any]:
    return {k.lower(): v for lang, words in table.items() if not lang.startswith("_") for k, v in words.items()}


@cache
def vocabulary() -> Vocabulary:
    """The vocabulary of ``rules/dates.json``, every language merged."""
    d = _data()
    weekdays = _merge(d["weekdays"]) | _merge(d["weekday_abbreviations"])
    return Vocabulary(
        months={name_key(k): v for k, v in _merge(d["months"]).items()},
        month_languages=_languages(d["months"]),
        preposition_languages=_languages(d["month_prepositions"]),
        weekdays={name_key(k): v for k, v in weekdays.items()},
        relative_days={name_key(k): v for k, v in _merge(d["relative_days"]).items()},
        anaphoric_days={name_key(k): v for k, v in _merge(d["anaphoric_days"]).items()},
        relative_periods={name_key(k): (v[0], v[1]) for k, v in _merge(d["relative_periods"]).items()},
        ago_units={w: unit for unit, words in d["ago_units"].items() for w in words},
        last_words=frozenset(d["last_words"]),
        weekday_not_before=frozenset(d["weekday_not_before"]),
        weekday_not_after=frozenset(d["weekday_not_after"]),
        name_heads_after=frozenset(d["name_heads_after"]),
        name_heads_before=frozenset(d["name_heads_before"]),
    )


def name_key(phrase: str) -> str:
    """A matched name as looked up in the vocabulary: lower case, single spaces, straight apostrophes, no
    final period, and Arabic weekdays without their "(ال)يوم" ("the day") prefix."""
    key = re.sub(r"\s+", " ", phrase.lower().replace("’", "'").replace("ʼ", "'")).rstrip(".")
    return key.removeprefix("ال").removeprefix("يوم ")


def _names(table: dict[str, dict[str, Any]], title_case: set[str]) -> str:
    """An alternation of the names in ``table``, longest first; names of ``title_case`` languages must
    start with a capital letter."""
    names: dict[str, str] = {}
    for lang, words in table.items():
        for word in words:
            escaped = re.escape(word).replace(r"\ ", r"\s+").replace("'", "['’ʼ]")
            names.setdefault(word, f"(?-i:{word[0].upper()}){escaped[1:]}" if lang in title_case else escaped)
    return "|".join(names[w] for w in sorted(names, key=len, reverse=True))


def _literals(phrases: list[str]) -> str:
    return "|".join(
        re.escape(p).replace(r"\ ", r"\s+").replace("'", "['’ʼ]") for p in sorted(set(phrases), key=len, reverse=True)
    )


def _tables(language: str | None) -> dict[str, dict[str, Any]]:
    """The per-language tables of ``rules/dates.json``: for a language they cover, its words and English
    ones; for None, every language's; for another language, every language's month and weekday names
    but only English relative words (so French "hier" is a date in French, not in German or Dutch)."""
    d = _data()
    every = set(d["months"])
    names = {"en", language} if language in every else every
    relative = names if language in every or language is None else {"en"}
    name_keys = ("months", "weekdays", "weekday_abbreviations", "month_prepositions")
    out = {key: {k: v for k, v in d[key].items() if k in names} for key in name_keys}
    for key in ("relative_days", "anaphoric_days", "relative_periods"):
        out[key] = {k: v for k, v in d[key].items() if k in relative}
    return out


@cache
def compiled_rules(language: str | None = None) -> tuple[DateRule, ...]:
    """Every pattern of ``rules/dates.json``, placeholders filled with the names of ``language`` (and
    English; every language when None), in priority order."""
    d = _data()
    t = _tables(language.lower()[:2] if language else None)
    title = set(d["title_case_languages"])
    weekdays = _names(t["weekdays"], title)
    weekdays_any = _names(
        {k: t["weekdays"].get(k, {}) | t["weekday_abbreviations"].get(k, {}) for k in t["weekdays"]}, title
    )
    fill = {
        "MONTH": f"(?P<month>{_names(t['months'], title)})(?![^\\W\\d_])",
        "WEEKDAY_ANY": f"(?:{weekdays_any})(?![^\\W\\d_])",
        "WEEKDAY2": f"(?P<weekday_end>{weekdays})(?![^\\W\\d_])",
        "WEEKDAY": f"(?:{weekdays})(?![^\\W\\d_])",
        "DAY2": _DAY.format(name="day2"),
        "DAY": _DAY.format(name="day"),
        "YEAR": _YEAR,
        "REL_DAY": _literals([w for words in t["relative_days"].values() for w in words]),
        "ANAPHORIC": _literals([w for words in t["anaphoric_days"].values() for w in words]),
        "PERIOD": _literals([w for words in t["relative_periods"].values() for w in words]),
        "AGO_UNIT": _literals([w for words in d["ago_units"].values() for w in words]),
        "NUM": r"an?|une?|una|[^\W\d_]+(?:-[^\W\d_]+)?",
        "LAST": _literals(d["last_words"]),
        "MONTH_PREP": _literals([w for words in t["month_prepositions"].values() for w in words]),
        "DOM_FOLLOWERS": _literals(d["dom_followers"]),
    }
    rules = []
    for spec in d["patterns"]:
        pattern = re.sub(r"\{([A-Z_0-9]+)\}", lambda m: fill[m.group(1)], spec["pattern"])
        rules.append(DateRule(spec["id"], spec["kind"], re.compile(pattern, re.IGNORECASE)))
    return tuple(rules)
