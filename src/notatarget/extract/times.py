"""Clock times in report text, as ``HH:MM`` (24-hour, local as written).

Patterns are data (``rules/times.json``), each with a stable rule id: "9:40am" → 09:40, "10:30",
"21:00 local time", "2 p.m." → 14:00, "14h30", "à 10 heures", "a las 9 de la mañana", "five o'clock in
the morning" → 05:00, "الساعة الرابعة عصرًا" → 16:00. Parts of the day alone ("evening", "noon", "midnight")
give no time. A clock pattern after a word such as "ratio", "score" or a book of scripture ("John 3:16") is not a
time, nor are ranges ("24/7", "3:16-18"). dateparser is not used: it reads a time only from a whole phrase and
finds none in running text.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass
from functools import cache, lru_cache
from importlib import resources
from typing import Any

from notatarget.extract.dates import count_word
from notatarget.extract.dates_rules import alternation, longest_spans, name_key, vocabulary
from notatarget.extract.numbers import normalize_digits
from notatarget.extract.prefilter import prefilter

__all__ = ["TimeMention", "find_times"]


@dataclass(frozen=True, slots=True)
class TimeMention:
    """A clock time read from ``text[start:end]`` as ``value`` ("HH:MM") by rule ``rule``."""

    start: int
    end: int
    text: str
    value: str
    rule: str


_DIGIT = re.compile(r"\d")
_WORD_SPACE = re.compile(r"[^\W\d_] ")


@cache
def _rules() -> dict[str, Any]:
    return json.loads(resources.files("notatarget.extract").joinpath("rules/times.json").read_text("utf-8"))


@cache
def _compiled() -> tuple[tuple[str, re.Pattern[str]], ...]:
    r = _rules()
    fill = {
        "PART": alternation(r["pm_parts"] + r["am_parts"]),
        "HWORD": alternation(r["hour_words"]),
        "PREP": alternation(r["prepositions"]),
    }
    return tuple(  # each run only where one of its words stands (extract/prefilter.py)
        (
            spec["id"],
            prefilter(re.compile(re.sub(r"\{([A-Z]+)\}", lambda m: fill[m.group(1)], spec["pattern"]), re.IGNORECASE)),
        )
        for spec in r["patterns"]
    )


@cache
def _hour() -> tuple[re.Pattern[str], tuple[bool, ...]] | None:
    """What every pattern reads an hour from (a digit, or an hour word after a non-letter), and per pattern
    whether only digits (no hour word), to skip texts and patterns that cannot match; None when a pattern
    reads no hour group, which these checks would then miss."""
    patterns = [spec["pattern"] for spec in _rules()["patterns"]]
    if not all("(?P<h>" in p for p in patterns):
        return None
    words = re.compile(rf"(?<!\w)(?:{alternation(_rules()['hour_words'])})", re.IGNORECASE)
    return words, tuple("(?P<hword>" not in p for p in patterns)


def find_times(text: str) -> list[TimeMention]:
    """Every clock time ``text`` states, in order. Never raises on a str."""
    if not isinstance(text, str) or not text:
        return []
    return list(_times_in(text))


@lru_cache(maxsize=4096)
def _times_in(text: str) -> tuple[TimeMention, ...]:
    """:func:`find_times` of a non-empty ``text``, remembered: a sentence is read again per event and per gap."""
    norm = normalize_digits(text)
    hour = _hour()
    digit = hour is None or _DIGIT.search(norm) is not None
    if not digit and not hour[0].search(norm):
        return ()
    candidates: list[tuple[int, TimeMention]] = []
    for priority, (rule, regex) in enumerate(_compiled()):
        if not digit and hour[1][priority]:  # an hour of digits only, in a text without a digit
            continue
        for m in regex.finditer(norm):
            value = _value(rule, m, norm)
            if value is not None:
                candidates.append((priority, TimeMention(m.start(), m.end(), text[m.start() : m.end()], value, rule)))
    return tuple(longest_spans(candidates))


def _is_reference(word: str) -> bool:
    """True for a capitalised word that is not a date or time word: "Hebrews" in "Hebrews 11:30", "Section"
    in "Section 3:12" (a reference), unlike "Tuesday 10:30" or "At 10:30"."""
    if not word[:1].isupper():
        return False
    key = name_key(word)
    vocab = vocabulary()
    return key not in vocab.months and key not in vocab.weekdays and key not in _prepositions()


@cache
def _prepositions() -> frozenset[str]:
    return frozenset(p.lower() for p in _rules()["prepositions"] + _rules()["time_words"])


#: How far before a bare hour a part of the day told in its sentence may stand.
_PART_BEFORE_CHARS = 100


@cache
def _context_parts() -> tuple[re.Pattern[str], frozenset[str], frozenset[str]]:
    """Every part of the day (the last one told before an hour wins), and the context pm and night parts,
    lower-cased."""
    r = _rules()
    parts = r["context_pm_parts"] + r["pm_parts"] + r["am_parts"]
    return (
        re.compile(rf"(?<!\w)(?:{alternation(parts)})(?!\w)", re.IGNORECASE),
        frozenset(p.lower() for p in r["context_pm_parts"]),
        frozenset(p.lower() for p in r["context_night_parts"]),
    )


def _after_noon_before(text: str, start: int, hour: int) -> bool:
    """Whether the part of the day told last before ``start`` (within ``_PART_BEFORE_CHARS``) puts a bare ``hour``
    after noon: one of the ``context_pm_parts`` of ``rules/times.json``, a night's only from 7 o'clock."""
    parts, pm, night = _context_parts()
    told = list(parts.finditer(text, max(0, start - _PART_BEFORE_CHARS), start))
    word = told[-1].group(0).lower() if told else None
    return word in pm and (hour >= 7 or word not in night)


def _value(rule: str, m: re.Match[str], text: str) -> str | None:
    """``HH:MM`` for a match, or None when it is not a time (bad hour, or a ratio or verse by context)."""
    r = _rules()
    g = m.groupdict()
    before = re.findall(r"[^\W\d_]+", text[max(0, m.start() - 30) : m.start()])[-2:]
    if any(w.lower() in r["not_after"] for w in before):
        return None
    # "Hebrews 11:30" is a reference; a field's label ("Time: 21:30") is not
    if rule == "time.clock" and before and _WORD_SPACE.match(text, m.start() - 2) and _is_reference(before[-1]):
        return None
    word = g.get("hword") or ""
    hour = int(g["h"]) if g.get("h") else r["hour_word_values"].get(word) or count_word(word)
    if hour is None:
        return None
    minute = int(g["m"]) if g.get("m") else r["fraction_minutes"].get(re.sub(r"\s+", " ", g.get("frac") or ""), 0)
    if (g.get("dir") or "").lower() == "to":  # "a quarter to eight": 7:45
        hour, minute = (hour - 2) % 12 + 1, 60 - minute
    part = (g.get("part") or g.get("part2") or "").lower()
    bare = not part and not g.get("ampm") and 1 <= hour <= 11 and not (g.get("h") or "").startswith("0")
    if bare and _after_noon_before(text, m.start(), hour):  # "la noche del miércoles, alrededor de las 10:30" → 22:30
        hour += 12
    if g.get("ampm"):
        hour = hour % 12 + (12 if g["ampm"].lower() == "p" else 0)
    elif (
        part in r["pm_parts"]
        and hour < 12
        and not (part in r["night_parts"] and hour < 6)
        and not (part in r["noon_parts"] and hour >= 6)
    ):
        hour += 12
    elif part in r["am_parts"] and hour == 12:
        hour = 0
    if not (0 <= hour <= 23 and 0 <= minute <= 59):
        return None
    return f"{hour:02d}:{minute:02d}"
