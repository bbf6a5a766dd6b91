"""Dates in report text, resolved to ``YYYY-MM-DD``, ``YYYY-MM`` or ``YYYY``.

Phrases are found by the patterns of ``rules/dates.json`` (compiled by :mod:`.dates_rules`), then
resolved here. The resolution is hand-written rather than left to dateparser because dateparser
ignores the weekday in "Friday 18th Nov", infers no year from it, resolves a bare "on Wednesday" to
the same day or a week back depending on a setting, and knows neither "early hours of Monday" nor
"mardi dernier"; and its ``search_dates`` finds false dates in running text ("an M23", "48 hours").

Resolution rules (ANNOTATION.md): relative dates resolve against the date the statement was made
(the dateline when there is one, else the publication date); a bare weekday is the most recent such
day on or before it ("today, Sunday" allowed), "last Monday" the most recent strictly before; a
missing year is the one that makes the weekday agree, else the most recent past one; a night or range
("16-17 November", "night of Tuesday to Wednesday") is its first day.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from dataclasses import dataclass, replace
from datetime import date, timedelta
from itertools import islice

from text_to_num import text2num

from notatarget.extract.dates_rules import DateRule, compiled_rules, longest_spans, name_key, vocabulary
from notatarget.extract.numbers import normalize_digits, parse_number

__all__ = ["DateMention", "find_dateline", "find_dates"]

_FUTURE_SLACK = timedelta(days=2)  # a date this far after the anchor still counts as past (time zones)
_DATELINE_MAX_GAP = timedelta(days=31)  # a dateline further than this from the page date is not trusted
_DATELINE_LINES = 12
_NARRATIVE_GAP = timedelta(days=7)  # an explicit date further than this from the reference starts a narrative
_DATELINE_CHARS = 3000
_CAPITAL = r"[A-ZÀ-ÖØ-ÞА-ЯЁІЇЄҐ\u0621-\u064a]"  # Latin and Cyrillic capitals, Arabic letters (no case)
_PLACE_WORDS = rf"{_CAPITAL}[\w.'’-]*(?:[ -]{_CAPITAL}[\w.'’-]*){{0,3}}"
_PLACE = rf"{_PLACE_WORDS}(?:[,،]\s*{_PLACE_WORDS})?"
_AGENCY = r"\([^()\n]{1,30}\)"
_DATELINE_BEFORE = re.compile(rf"\W*{_PLACE}(?:\s*{_AGENCY}\s*[-–—:]+)?[\s,،]*")
_DASH_AFTER = re.compile(rf"\s*(?:{_AGENCY}\s*)?[-–—]")
_AFTER_AGENCY = re.compile(rf"\W*{_PLACE}\s*{_AGENCY}\s*[-–—:]+\s*")
_DATELINE_AFTER = re.compile(rf"\s*(?:{_AGENCY}\s*)?(?:[-–—:|]|$)")
_LABEL = re.compile(
    r"\W*(?:date|dated|published(?: on)?|posted(?: on)?|updated(?: on)?|this story is from|publié le|mis à jour le|"
    r"fecha|publicado(?: el)?)?\s*:?\s*$",
    re.IGNORECASE,
)
_DATELINE_RULES = frozenset(
    {"date.ymd", "date.numeric", "date.day_month", "date.month_day", "date.weekday", "date.weekday_day"}
)
_ANAPHORIC = "date.day_before_after"
_ONE = frozenset({"a", "an", "un", "une", "una", "um", "uma", "ein", "eine", "einem", "einer", "en", "et"})
_NEWLINE = re.compile("\n")
_PAGE_DATE = re.compile(r"\A\s*date\s+(\d{4}-\d{2}-\d{2})\b")


@dataclass(frozen=True, slots=True)
class DateMention:
    """A date read from ``text[start:end]``: ``value`` at ``precision`` ("day", "month", "year"), the rule
    that read it, and, when it was resolved against a reference date, that date as ``anchor``."""

    start: int
    end: int
    text: str
    value: str
    precision: str
    rule: str
    relative: bool
    anchor: date | None


def find_dates(text: str, published: date | None = None, language: str | None = None) -> list[DateMention]:
    """Every date ``text`` states, in order, overlapping phrases resolved to the longest.

    Relative dates ("yesterday", "on Wednesday", "Wednesday 16th", "last week", "hier", "el pasado lunes")
    resolve against the dateline (see :func:`find_dateline`) or ``published``; without either they are
    left out. Dates without a year take it from the reference date or, failing that, from the latest full
    date in the text. Names and relative words of ``language`` and English are read (en, fr, es, ar, pt, de,
    da, uk, ru); of all of them when it is None; for another language, every month and weekday name but
    only English relative words. Never raises on a str."""
    if not isinstance(text, str) or not text:
        return []
    reference = published or _page_date(text)
    mentions = _find(text, reference, language)
    dateline = _dateline(text, mentions, reference)
    if dateline is not None and dateline != reference:
        mentions = _find(text, dateline, language)
    return mentions


def find_dateline(text: str, published: date | None = None) -> date | None:
    """The date the statement was made, from a dateline near the top of ``text``: "KABUL, March 8
    (Reuters) -", "GENEVA, 18 November 2016 –", "Mogadishu (AP) — Monday, ...", a line that is only a
    (labelled) date, or a first line " date YYYY-MM-DD". Year-less or weekday datelines resolve against
    ``published``; a dateline more than a month from ``published`` is ignored. None when there is none."""
    if not isinstance(text, str) or not text:
        return None
    reference = published or _page_date(text)
    head = text[:_DATELINE_CHARS]
    return _dateline(head, _find(head, reference), reference)


def _page_date(text: str) -> date | None:
    page = _PAGE_DATE.match(text)
    return _safe_date(*map(int, page.group(1).split("-"))) if page else None


def _dateline(text: str, mentions: list[DateMention], reference: date | None) -> date | None:
    """The dateline among ``mentions`` (found in ``text`` against ``reference``): a date within the first
    60 characters of one of the first lines, after a place ("GENEVA, ") or an agency ("(AP) — "), or alone
    on its line after an optional label ("Published on"); else the page date."""
    newlines = islice(_NEWLINE.finditer(text, 0, _DATELINE_CHARS), _DATELINE_LINES - 1)
    line_starts = [0, *(m.end() for m in newlines)]
    labelled: date | None = None
    for m in mentions:
        if m.start >= _DATELINE_CHARS or m.start > line_starts[-1] + 160:
            break
        if m.rule not in _DATELINE_RULES:
            continue
        line_start = line_starts[bisect_right(line_starts, m.start) - 1]
        line_end = text.find("\n", line_start)
        line_end = len(text) if line_end < 0 else line_end
        if m.start - line_start > 60 or m.end > line_end:
            continue
        found = date.fromisoformat(m.value)
        if reference and abs(found - reference) > _DATELINE_MAX_GAP:
            continue
        before, after = text[line_start : m.start], text[m.end : min(line_end, m.end + 100)]
        if m.rule.startswith("date.weekday"):
            if _AFTER_AGENCY.fullmatch(before):
                return found
            continue
        if _DATELINE_BEFORE.fullmatch(before) and _DATELINE_AFTER.match(after):
            return found
        if not before.strip() and _DASH_AFTER.match(after):  # "27 October 2015 – The agency ..."
            return found
        if labelled is None and _LABEL.match(before) and not after.strip(" \t|:–—-"):
            labelled = found
    return labelled or _page_date(text)


def _find(text: str, anchor: date | None, language: str | None = None) -> list[DateMention]:
    norm = normalize_digits(text)
    rules = compiled_rules(language)
    context = None if anchor else _context_date(norm, rules)
    candidates: list[tuple[int, DateMention]] = []
    sources: dict[int, tuple[DateRule, re.Match[str]]] = {}
    for priority, rule in enumerate(rules):
        for m in rule.regex.finditer(norm):
            try:
                mention = _resolve(rule, m, text, anchor, context)
            except OverflowError:  # a reference date at the edge of the calendar (year 1 or 9999)
                continue
            except KeyError:  # a name matched case-blind that lower-cases off the vocabulary ("FRİDAY")
                continue
            if mention is not None:
                candidates.append((priority, mention))
                sources[id(mention)] = (rule, m)
    chosen = longest_spans(candidates)
    return _resolve_anaphora(_rebase_narrative(chosen, sources, text, anchor))


def _rebase_narrative(
    mentions: list[DateMention], sources: dict[int, tuple[DateRule, re.Match[str]]], text: str, anchor: date | None
) -> list[DateMention]:
    """Relative dates told after an explicit full date in the same paragraph, when that date is more than a
    week from the reference, resolve against it (narrative time, as temporal taggers such as HeidelTime do
    for narratives): "On 12 January 2024 the society condemned the killing of its driver on Wednesday
    night" → 10 January 2024, whatever the publication date."""
    out: list[DateMention] = []
    local: DateMention | None = None
    for m in mentions:
        if local is not None and "\n" in text[local.end : m.start]:
            local = None
        if not m.relative and m.precision == "day":
            local = m
        elif local is not None and anchor is not None and m.relative and m.anchor == anchor:
            base = date.fromisoformat(local.value)
            if abs(base - anchor) > _NARRATIVE_GAP:
                rule, match = sources[id(m)]
                m = _resolve(rule, match, text, base, None) or m
        out.append(m)
    return out


def _resolve_anaphora(mentions: list[DateMention]) -> list[DateMention]:
    """Mentions with "the day before", "le lendemain", ... counted from the day-precision date told just
    before them (within 600 characters); those with no such date are left out."""
    out: list[DateMention] = []
    last: DateMention | None = None
    offsets = vocabulary().anaphoric_days
    for m in mentions:
        if m.rule == _ANAPHORIC:
            if last is None or m.start - last.end > 600:
                continue
            base = date.fromisoformat(last.value)
            m = replace(m, value=(base + timedelta(days=offsets[name_key(m.text)])).isoformat(), anchor=base)
        if m.precision == "day":
            last = m
        out.append(m)
    return out


def _context_date(norm: str, rules: tuple[DateRule, ...]) -> date | None:
    """The latest full date the text states (else 1 January of the latest year it names): where a
    year-less date takes its year from when no reference date is given."""
    latest = None
    for rule in rules:
        if rule.kind not in {"ymd", "numeric", "dmy", "year", "month"}:
            continue
        for m in rule.regex.finditer(norm):
            mention = _resolve(rule, m, norm, None, None)
            if mention is not None:
                found = date.fromisoformat((mention.value + "-01-01")[:10])
                latest = found if latest is None or found > latest else latest
    return latest


def _resolve(
    rule: DateRule, m: re.Match[str], text: str, anchor: date | None, context: date | None
) -> DateMention | None:
    """The mention a match makes, or None when it cannot be resolved or is a false positive."""
    vocab = vocabulary()
    groups = m.groupdict()
    value: date | None = None
    precision = "day"
    relative = True
    ref = anchor or context
    kind = rule.kind
    if not _context_ok(kind, m, text):
        return None
    if kind == "ymd":
        value, relative = _safe_date(int(groups["year"]), int(groups["month_num"]), int(groups["day"])), False
    elif kind == "numeric":
        a, b = int(groups["a"]), int(groups["b"])
        day, month = (a, b) if b <= 12 else (b, a)
        year = int(groups["year"]) if groups.get("year") else _century(int(groups["yy"]), ref)
        value, relative = _safe_date(year, month, day), False
    elif kind == "dmy":
        month = vocab.months[name_key(groups["month"])]
        day = int(groups["day"])
        weekday = _weekday(groups.get("weekday"))
        if groups.get("year"):
            value, relative = _safe_date(int(groups["year"]), month, day), False
        elif anchor:
            value = _infer_year(month, day, weekday, anchor)
        elif context:
            value = _year_from_context(month, day, weekday, context)
    elif kind == "month":
        month = vocab.months[name_key(groups["month"])]
        precision = "month"
        prep = groups.get("prep")
        if prep and not vocab.month_languages[name_key(groups["month"])] & vocab.preposition_languages[name_key(prep)]:
            return None  # "in Mai Kadra": a French month after an English preposition is a name
        if groups.get("year"):
            return _mention(m, text, f"{int(groups['year']):04d}-{month:02d}", precision, rule, False, None)
        if ref is None:
            return None
        year = ref.year
        if groups.get("period"):
            unit, offset = vocab.relative_periods[name_key(groups["period"])]
            if unit != "year":
                return None
            year += offset
        elif month > ref.month:
            year -= 1
        return _mention(m, text, f"{year:04d}-{month:02d}", precision, rule, True, ref)
    elif kind == "year":
        return _mention(m, text, groups["year"], "year", rule, False, None)
    elif kind == "anaphoric":  # resolved by _resolve_anaphora once the mentions before it are known
        return _mention(m, text, "", "day", rule, True, None)
    elif ref is None:
        return None
    elif kind in {"weekday", "weekday_strict"}:
        weekday = _weekday(groups.get("weekday") or groups.get("weekday2"))
        back = (ref.weekday() - weekday) % 7 or (7 if kind == "weekday_strict" else 0)
        value = ref - timedelta(days=back)
    elif kind == "weekday_last_week":
        monday = ref - timedelta(days=ref.weekday())
        value = monday - timedelta(days=7 - _weekday(groups["weekday"]))
    elif kind == "weekday_day":
        value = _day_of_month(int(groups["day"]), _weekday(groups["weekday"]), ref)
    elif kind == "day_of_month":
        value = _day_of_month(int(groups["day"]), None, ref)
    elif kind == "relative_day":
        value = ref + timedelta(days=vocab.relative_days[name_key(groups["rel"])])
    elif kind == "relative_period":
        unit, offset = vocab.relative_periods[name_key(groups["period"])]
        return _period(m, text, rule, ref, unit, offset)
    elif kind == "ago":
        number = groups["num"] or groups["num2"]
        unit = vocab.ago_units[(groups["unit"] or groups["unit2"]).lower()]
        count = _count(number)
        if count is None or count > 400:
            return None
        if unit == "week":
            return _period(m, text, rule, ref, "week", -count)
        value = ref - timedelta(days=count)
    if value is None:
        return None
    return _mention(m, text, value.isoformat(), precision, rule, relative, ref if relative else None)


def _count(word: str) -> int | None:
    """A count of days or weeks: digits or a word of any language dates are read in ("a", "deux", "dois",
    "drei"): parse_number for English, French and Spanish, text2num for Portuguese, German and Danish."""
    if word.lower() in _ONE:
        return 1
    value = parse_number(word)
    for lang in ("pt", "de", "da"):
        if value is not None:
            break
        try:
            value = text2num(word.lower(), lang)
        except ValueError:
            continue
    return value


def _mention(
    m: re.Match[str], text: str, value: str, precision: str, rule: DateRule, relative: bool, anchor: date | None
) -> DateMention:
    return DateMention(m.start(), m.end(), text[m.start() : m.end()], value, precision, rule.id, relative, anchor)


def _period(m: re.Match[str], text: str, rule: DateRule, ref: date, unit: str, offset: int) -> DateMention:
    """A week, month or year relative to ``ref``: weeks and months give the month they fall in."""
    if unit == "year":
        return _mention(m, text, f"{ref.year + offset:04d}", "year", rule, True, ref)
    if unit == "week":
        day = ref + timedelta(days=7 * offset)
        return _mention(m, text, f"{day.year:04d}-{day.month:02d}", "month", rule, True, ref)
    months = ref.year * 12 + ref.month - 1 + offset
    return _mention(m, text, f"{months // 12:04d}-{months % 12 + 1:02d}", "month", rule, True, ref)


def _weekday(name: str | None) -> int | None:
    """The weekday (Monday 0) of a matched name, None without one; KeyError for a name not in the vocabulary."""
    return vocabulary().weekdays[name_key(name)] if name else None


def _century(yy: int, ref: date | None) -> int:
    """A two-digit year in the century that puts it nearest the reference date (the 2000s without one)."""
    if ref is None:
        return 2000 + yy
    return min(((ref.year // 100 + c) * 100 + yy for c in (-1, 0, 1)), key=lambda y: abs(y - ref.year))


def _context_ok(kind: str, m: re.Match[str], text: str) -> bool:
    """False for dates and weekdays that are part of a name or compound: "Sunday school", "Black Friday",
    "May 22 Hospital", "Hospital 12 de Octubre" (a capitalised place word right after or before a date)."""
    vocab = vocabulary()
    after = re.match(r"\s+([^\W\d_]+)", text[m.end() : m.end() + 40])
    before = re.search(r"([^\W\d_]+)\.?\s+$", text[max(0, m.start() - 40) : m.start()])
    if kind in {"weekday", "weekday_strict", "weekday_day"}:
        return not (
            (after and after.group(1).lower() in vocab.weekday_not_before)
            or (before and before.group(1).lower() in vocab.weekday_not_after)
        )
    if kind in {"dmy", "month"}:
        return not (
            (after and after.group(1)[0].isupper() and after.group(1).lower() in vocab.name_heads_after)
            or (before and before.group(1)[0].isupper() and before.group(1).lower() in vocab.name_heads_before)
        )
    return True


def _safe_date(year: int, month: int, day: int) -> date | None:
    try:
        return date(year, month, day)
    except ValueError:
        return None


def _infer_year(month: int, day: int, weekday: int | None, ref: date) -> date | None:
    """The most recent ``month``/``day`` not after ``ref`` (plus slack) whose weekday agrees, within 28
    years (a full weekday cycle); without a weekday, or when none agrees, the most recent one."""
    latest = ref + _FUTURE_SLACK
    candidates = [
        d for y in range(latest.year, latest.year - 29, -1) if (d := _safe_date(y, month, day)) and d <= latest
    ]
    if weekday is not None:
        for candidate in candidates:
            if candidate.weekday() == weekday:
                return candidate
    return candidates[0] if candidates else None


def _year_from_context(month: int, day: int, weekday: int | None, context: date) -> date | None:
    """``month``/``day`` in the context year, or in the year before or after it when only there does the
    weekday agree."""
    years = (context.year, context.year - 1, context.year + 1)
    candidates = [d for y in years if (d := _safe_date(y, month, day))]
    agreeing = [d for d in candidates if weekday is not None and d.weekday() == weekday]
    return (agreeing or candidates or [None])[0]


def _day_of_month(day: int, weekday: int | None, ref: date) -> date | None:
    """Day ``day`` of the reference month, or of an earlier month when it is after ``ref``; with a weekday,
    the most recent of the last three months where it agrees, else the plain rule."""
    candidates = []
    for back in range(3):
        months = ref.year * 12 + ref.month - 1 - back
        candidate = _safe_date(months // 12, months % 12 + 1, day)
        if candidate and candidate <= ref + _FUTURE_SLACK:
            candidates.append(candidate)
    if weekday is not None:
        for candidate in candidates:
            if candidate.weekday() == weekday:
                return candidate
    plain = [c for c in candidates if c <= ref]
    return plain[0] if plain else None
