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
from bisect import bisect_left, bisect_right
from collections.abc import Callable
from dataclasses import dataclass, replace
from datetime import date, datetime, timedelta
from functools import lru_cache
from itertools import islice

from text_to_num import text2num

from notatarget.extract.dates_rules import DateRule, compiled_rules, longest_spans, name_key, scan, vocabulary
from notatarget.extract.numbers import LANGUAGES, normalize_digits, parse_number

__all__ = [
    "BACKSTORY",
    "COUNTED_FROM",
    "DateMention",
    "count_word",
    "dateline_around",
    "find_dateline",
    "find_dates",
    "list_entries",
    "period_end",
    "stamps_line",
]

_FUTURE_SLACK = timedelta(days=2)  # a date this far after the anchor still counts as past (time zones)
_DATELINE_MAX_GAP = timedelta(days=31)  # a dateline further than this from the page date is not trusted
_DATELINE_LINES = 12
#: Kinds of dates told without a year, which a narrative gives the year nearest its own day.
_YEARLESS = frozenset({"dmy", "numeric"})
_NARRATIVE_GAP = timedelta(days=7)  # an explicit date further than this from the reference starts a narrative
_DATELINE_CHARS = 3000
_CAPITAL = r"[A-ZÀ-ÖØ-ÞА-ЯЁІЇЄҐ\u0621-\u064a]"  # Latin and Cyrillic capitals, Arabic letters (no case)
_PLACE_WORDS = rf"{_CAPITAL}[\w.'’-]*(?:(?:[ /–-]|\s[-–/]\s){_CAPITAL}[\w.'’-]*){{0,3}}"
_PLACE = rf"{_PLACE_WORDS}(?:[,،]\s*{_PLACE_WORDS})?"  # "GENEVA", "ERBIL, Kurdistan Region", "Bamako/New York"
_CLOCK = r"(?:,?\s*(?:at\s+)?\d{1,2}[:.]\d{2}(?:\s*[AaPp]\.?\s?[Mm]\.?)?)?"  # ", 1:52 PM" after a dateline date
_AGENCY = r"\([^()\n]{1,30}\)"
_DATELINE_BEFORE = re.compile(rf"\W*{_PLACE}(?:\s*{_AGENCY}\s*[-–—:]+)?(?:[\s,،]*|\s+[–—-]\s+)")
#: A French or Spanish dateline's article after the place: "Goma, le 8 février 2025 -", "Cúcuta, el 5 de febrero".
_ARTICLE_BEFORE = re.compile(rf"\W*{_PLACE},\s*(?i:le|el)\s+")
_WORD = re.compile(r"\w")
_DASH_AFTER = re.compile(rf"\s*(?:{_AGENCY}\s*)?[-–—]")
_AFTER_AGENCY = re.compile(rf"\W*{_PLACE}\s*{_AGENCY}\s*[-–—:]+\s*")
_DATELINE_AFTER = re.compile(rf"{_CLOCK}\s*(?:{_AGENCY}\s*)?(?:\.?[-–—:|]|$)")  # "14 de agosto de 2028.- Un grupo"
_PREPOSITION_END = re.compile(
    r"(?<!\w)(?:on|in|at|since|from|by|of|until|around|about|circa|before|after|le|el|du|de|en|am|au|em|vers|hacia)\s*$",
    re.IGNORECASE,
)
_ONLY_CLOCK = re.compile(rf"{_CLOCK}[\s|:–—-]*")
_LABEL = re.compile(
    r"\W*(?:date|dated|published(?: on)?|posted(?: on)?|updated(?: on)?|this story is from|publié le|mis à jour le|"
    r"fecha|publicado(?: el)?)?\s*:?\s*$",
    re.IGNORECASE,
)
_DATELINE_RULES = frozenset(
    {"date.ymd", "date.numeric", "date.day_month", "date.month_day", "date.weekday", "date.weekday_day"}
)
#: Dates counted from a day told before ("the day before", "two days later"), not told outright.
COUNTED_FROM = frozenset({"date.day_before_after", "date.days_later"})
#: A relative clause in the pluperfect before a day ("a woman who had given birth the day before"): a person's
#: story, no day of the text's.
#: A person's act told in the passive ("who had been abducted the day before") is an act, with its day.
BACKSTORY = re.compile(
    r"\b(?:who|qui|quien)\s+(?:had|avait|avaient|había|habían)\s+(?!been\b|été\b|sido\b)[^,;.()]*$", re.IGNORECASE
)
_ONE = frozenset({"a", "an", "un", "une", "una", "um", "uma", "ein", "eine", "einem", "einer", "en", "et"})
_NEWLINE = re.compile("\n")
_PAGE_DATE = re.compile(r"\A\s*date\s+(\d{4}-\d{2}-\d{2})\b")
#: A quotation: double quotes, guillemets, or single quotes whose inner apostrophes stand between letters.
_QUOTE = re.compile(
    r'"[^"\n]{3,600}"|“[^”\n]{3,600}”|«[^»\n]{3,600}»'
    r"|(?<!\w)'(?:[^'\n]|(?<=\w)'(?=\w)){3,600}'(?!\w)|‘(?:[^’\n]|(?<=\w)’(?=\w)){3,600}’"
)
_SENTENCE_END = re.compile(r"[.!?\n]")
_SPACES = re.compile(r"[ ,]*")
_ATTRIBUTION_CHARS = 120  # how far from a quotation its attribution is looked for
_SAID_GAP = 30  # characters between a verb of saying and its day ("said in a statement on Tuesday")
_CONTEXT_KINDS = frozenset({"ymd", "numeric", "dmy", "year", "month"})  # dates that tell their year
#: Before an entry's date: a line's bullet, a table's bar, a table row's number cell ("3 | ", "| 3 | "), or an
#: entry's number ("N° 2 – ", "No. 3 - ", "#4: ", "Incident 5 – ", "2. ").
_ENTRY_BEFORE = re.compile(
    r"[ \t]*(?:[-•*▪▶►][ \t]*|\|?[ \t]*(?:\d{1,3}[ \t]*\|[ \t]*)?|\|[ \t]*|\d{1,2}[.)][ \t]+|"
    r"[A-Z]{2,6}-[\d-]{2,12}[ \t]*\|[ \t]*|"  # a record's id cell ("MMR-26-0311 | 04/05/2026 | ...")
    r"(?:N[°º]|No\.?|#|Incident|Incidente|Case|Cas|Caso)[ \t]*\d{1,3}[ \t]*[-–—:.)/][ \t]*)?"
)
#: After an entry's date: "3 February - ", "8 March, Town: ", "3 May | Town |", "04/10 21:12 | " (a log line's hour),
#: "No. 4 / 04/03 / Afrin"
_ENTRY_AFTER = re.compile(rf"[ \t]*(?:{_AGENCY}[ \t]*|(?:[01]?\d|2[0-3])[h:][0-5]\d[ \t]*)?(?:[-–—:,،|]|/[ \t])")
#: An entry that names its place first: "El Fasher, North Darfur - 3 November. A drone ..."
_PLACED_ENTRY_BEFORE = re.compile(rf"[ \t]*(?:[-•*▪▶►][ \t]*)?{_PLACE}[ \t]+[-–—][ \t]*")
_PLACED_ENTRY_AFTER = re.compile(r"[.:]")
#: A heading that names its case or section, its place (and region) and its day, alone on its line: "Caso 2 –
#: Barbacoas, 8 de julio", "4.1 Ménaka (région de Ménaka) - 2 juin", "2. Axe Tanguiéta–Matéri (Atacora) – lundi 8 mai".
_HEADED_ENTRY_BEFORE = re.compile(
    rf"[ \t]*(?:[-•*▪▶►][ \t]*)?(?:(?:Incident|Incidente|Case|Cas|Caso)[ \t]*\d{{1,3}}[ \t]*[-–—:.)][ \t]*|"
    rf"\d{{1,2}}(?:\.\d{{1,2}}){{1,2}}\.?[ \t]+|\d{{1,2}}[.)][ \t]+)"
    rf"(?:(?:Axe|Route|Road|Eje)[ \t]+)?{_PLACE}(?:[ \t]*\([^()\n]{{1,60}}\))?[ \t]*(?:,|[ \t][-–—])[ \t]*"
    rf"(?:[^\W\d_]{{3,10}},?[ \t]+)?"  # a weekday before the day ("1. Matéri (Atacora) – mercredi 3 mai 2028")
)
_HEADED_ENTRY_AFTER = re.compile(r"[ \t]*(?:\n|$)")
#: A table row turned into text, its fields labelled: "Row 1. Date: 12/07/2024. Time: ...", "3) Fecha: 2/5/2024 |".
_LABELLED_ENTRY_BEFORE = re.compile(
    r"[ \t]*(?:[-•*▪▶►][ \t]*)?(?:(?:[^\W\d_]+\.?[ \t]*)?(?:n[°o]\.?[ \t]*|#)?\d{1,4}[ \t]*[.:)|–—-]?[ \t]*)?"
    r"(?:date(?: of (?:the )?incident| de l['’]incident)?|incident date|fecha(?: del incidente)?|تاريخ(?: الحادث)?)"
    r"[ \t]*:[ \t]*",
    re.IGNORECASE,
)
_LABELLED_ENTRY_AFTER = re.compile(r"[ \t]*(?:[.;,|]|\r?\n|$)")


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
    resolve against the end of the period the report covers (see :func:`period_end`), else the dateline (see
    :func:`find_dateline`) or ``published``; without either they are
    left out. Dates without a year take it from the reference date or, failing that, from the latest full
    date in the text. Names and relative words of ``language`` and English are read (en, fr, es, ar, pt, de,
    da, uk, ru); of all of them when it is None; for another language, every month and weekday name but
    only English relative words. Never raises on a str."""
    if not isinstance(text, str) or not text:
        return []
    reference = _as_date(published) or _page_date(text)
    if (end := period_end(text, reference, language)) is not None:  # a report's weekdays fall in its period
        return _find(text, end, language)
    mentions = _find(text, reference, language)
    dateline = _dateline(text, mentions, reference)
    if dateline is not None and dateline != reference:
        mentions = _find(text, dateline, language)
    elif reference is not None and (year := _report_year(text)) is not None and year < reference.year:
        # an annual report of a past year: "In February" is that year's February, not the latest before publication
        mentions = _find(text, date(year, 12, 31), language)
    return mentions


#: In a report's head, the year it reports on ("ANNUAL REPORT 2025", "2025 in review", "Rapport annuel 2025",
#: "Informe anual 2025", "Year in review | 2025").
_REPORT_YEAR = re.compile(
    r"\b(?:annual\s+report|year\s+in\s+review|rapport\s+annuel|bilan\s+annuel|informe\s+anual|memoria\s+anual)"
    r"\W{0,5}(?:\w+\W+){0,2}?((?:19|20)\d\d)\b|\b((?:19|20)\d\d)\s+(?:annual\s+report|in\s+review)\b",
    re.IGNORECASE,
)
#: How far into a report its head runs (characters).
_REPORT_HEAD_CHARS = 300


def _report_year(text: str) -> int | None:
    """The year a report's head says it reports on, if any."""
    m = _REPORT_YEAR.search(text, 0, _REPORT_HEAD_CHARS)
    return int(m.group(1) or m.group(2)) if m else None


def find_dateline(text: str, published: date | None = None, language: str | None = None) -> date | None:
    """The date the statement was made, from a dateline near the top of ``text``: "KABUL, March 8
    (Reuters) -", "GENEVA, 18 November 2016 –", "Mogadishu (AP) — Monday, ...", a line that is only a
    (labelled) date, or a first line " date YYYY-MM-DD". Year-less or weekday datelines resolve against
    ``published``; a dateline more than a month from ``published`` is ignored. None when there is none.
    Names are read as in :func:`find_dates`."""
    if not isinstance(text, str) or not text:
        return None
    reference = _as_date(published) or _page_date(text)
    head = text[:_DATELINE_CHARS]
    return _dateline(head, _find(text, reference, language, _DATELINE_CHARS), reference)


#: A report's period, labelled near its top: "Reporting period: Monday 9 March to Sunday 15 March 2026",
#: "Période couverte : du 1er au 30 novembre 2026", "Período del informe: 1 al 7 de diciembre".
_PERIOD_LABEL = re.compile(
    r"^[ \t]*(?:reporting\s+period|period\s+covered|covering|période(?:\s+couverte|\s+du\s+rapport)?|"
    r"período(?:\s+del\s+informe|\s+cubierto|\s+reportado)?|periodo(?:\s+del\s+informe)?)[ \t]*:[^\n]*",
    re.IGNORECASE | re.MULTILINE,
)


def period_end(text: str, published: date | None = None, language: str | None = None) -> date | None:
    """The last day of the week a report's head says it covers ("Reporting period: Monday 9 March to Sunday 15
    March 2026"), when it is no later than ``published``: the week a situation report's weekdays fall in ("Tuesday
    was the deadliest day" in a report issued on the following Tuesday). None when no period of a week at most is
    told (a month's or a half-year's end is no day "yesterday" counts from)."""
    if not isinstance(text, str) or not (label := _PERIOD_LABEL.search(text, 0, _DATELINE_CHARS)):
        return None
    reference = _as_date(published)
    days = [m for m in _find(label.group(), reference, language) if m.precision == "day"]
    if len(days) < 2:
        return None
    start, end = date.fromisoformat(days[0].value), date.fromisoformat(days[-1].value)
    if not timedelta(0) < end - start < timedelta(days=7):  # a week: its weekdays are its own
        return None
    return end if reference is None or timedelta(0) <= reference - end <= _DATELINE_MAX_GAP else None


def list_entries(text: str, mentions: list[DateMention]) -> list[DateMention]:
    """The days that open the entries of a dated list ("3 February - Town. ...", "8 March, Town (Province):
    ...", "- 12/03: ...", "| 3 May 2025 | Town | ...", "Town, Province - 3 November. ...", "Row 1. Date:
    12/07/2024. Type: ..."): a date at the start of a line, after an optional bullet or a table's bar, and before
    a dash, colon, comma or bar, or after a place and a dash and before a full stop or colon, or a table row's date
    field (after an optional row number), or ending a case's or section's heading line ("Caso 2 – Barbacoas, 8 de
    julio", "4.1 Ménaka (région de Ménaka) - 2 juin"), when at
    least two lines of ``text`` open so. Each dates its entry; none is a dateline."""
    found = [
        m
        for m in mentions
        if m.precision == "day"
        and (
            (_ENTRY_BEFORE.fullmatch(text, _line_start(text, m.start), m.start) and _ENTRY_AFTER.match(text, m.end))
            or (
                _PLACED_ENTRY_BEFORE.fullmatch(text, _line_start(text, m.start), m.start)
                and (_PLACED_ENTRY_AFTER.match(text, m.end) or text[m.end - 1] == ".")  # "3 November." read whole
            )
            or (
                _LABELLED_ENTRY_BEFORE.fullmatch(text, _line_start(text, m.start), m.start)
                and _LABELLED_ENTRY_AFTER.match(text, m.end)
            )
            or (
                _HEADED_ENTRY_BEFORE.fullmatch(text, _line_start(text, m.start), m.start)
                and _HEADED_ENTRY_AFTER.match(text, m.end)
            )
        )
    ]
    return found if len(found) > 1 else []


def _line_start(text: str, offset: int) -> int:
    return text.rfind("\n", 0, offset) + 1


def _as_date(value: object) -> date | None:
    """A reference date from a ``date``, a ``datetime`` (its day) or an ISO string; None otherwise."""
    if isinstance(value, datetime):
        return value.date()
    if isinstance(value, date):
        return value
    if isinstance(value, str):
        try:
            return date.fromisoformat(value[:10])
        except ValueError:
            return None
    return None


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
    entries = {m.start for m in list_entries(text, mentions)}
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
        if _placed(before) and _DATELINE_AFTER.match(after):
            return found
        if not before.strip() and _DASH_AFTER.match(after) and m.start not in entries:  # "27 October 2015 – The agency"
            return found
        if labelled is None and _LABEL.match(before) and _ONLY_CLOCK.fullmatch(after):
            labelled = found
    return labelled or _page_date(text)


def _placed(before: str) -> bool:
    """Whether ``before``, the line before a date, opens a dateline: a place or two, perhaps an agency or a
    French or Spanish article ("GENEVA, ", "KABUL (Reuters) - ", "Goma, le "); not a sentence's "in Goma, on"."""
    placed = _DATELINE_BEFORE.fullmatch(before) and not _PREPOSITION_END.search(before)
    return bool(placed or _ARTICLE_BEFORE.fullmatch(before))


def dateline_around(before: str, after: str) -> bool:
    """Whether a date between ``before`` (from its line's start) and ``after`` (to its line's end) has a
    dateline's shape: a place or nothing before it, and a dash or the line's end after it ("GENEVA, 18 November
    2016 -", "27 October 2015 – The agency"). Whether it dates the report is the caller's to judge."""
    return (_placed(before) or not _WORD.search(before)) and bool(_DATELINE_AFTER.match(after))


Match = tuple[int, DateRule, re.Match[str]]  # the priority of the rule, the rule, its match


@lru_cache(maxsize=4)
def _matches(text: str, language: str | None) -> tuple[str, tuple[Match, ...]]:
    """``text`` with its digits normalised, and every date pattern's matches in it. Kept for the last few
    texts: a report's dates are resolved several times (its dateline, then against it or the first day told)
    from one reading."""
    norm = normalize_digits(text)
    return norm, tuple(scan(norm, compiled_rules(language)))


def _find(text: str, anchor: date | None, language: str | None = None, limit: int | None = None) -> list[DateMention]:
    """The dates of ``text`` (of its first ``limit`` characters) resolved against ``anchor``."""
    norm, matches = _matches(text, language)
    if limit is not None:
        matches = tuple(found for found in matches if found[2].end() <= limit)
    context = None if anchor else _context_date(norm, matches)
    candidates: list[tuple[int, DateMention]] = []
    sources: dict[int, tuple[DateRule, re.Match[str]]] = {}
    for priority, rule, m in matches:
        try:
            mention = _resolve(rule, m, text, anchor, context)
        except OverflowError:  # a reference date at the edge of the calendar (year 1 or 9999)
            continue
        except KeyError:  # a name matched case-blind that lower-cases off the vocabulary ("FRİDAY")
            continue
        if mention is not None:
            candidates.append((priority, mention))
            sources[id(mention)] = (rule, m)
    chosen = _rebase_quotes(longest_spans(candidates), sources, text, anchor)
    return _resolve_anaphora(_rebase_narrative(chosen, sources, text, anchor), text)


def _rebase_quotes(
    mentions: list[DateMention], sources: dict[int, tuple[DateRule, re.Match[str]]], text: str, anchor: date | None
) -> list[DateMention]:
    """Relative dates inside a quotation resolve against the day it was said: the day its attribution tells
    ("'Yesterday the hospital was hit,' the director said on Tuesday" → the Monday; "The director said on
    Tuesday: '...'"), else the last day the report told a statement was made on before it ("The agency on
    Thursday condemned the strike. 'It was hit yesterday,' its spokesperson said" → the Wednesday)."""
    if anchor is None or not mentions:
        return mentions
    out = list(mentions)
    starts = [m.start for m in mentions]
    told = [m for m in mentions if _a_day(m) and _statement_day(text, m)]
    told_ends = [m.end for m in told]
    for quote in _QUOTE.finditer(text):
        said = _said_day(mentions, starts, text, quote)
        if said is None and (earlier := bisect_right(told_ends, quote.start())):
            said = date.fromisoformat(told[earlier - 1].value)
        if said is None:
            continue
        for i in range(bisect_right(starts, quote.start()), bisect_right(starts, quote.end())):
            m = out[i]
            if m.end <= quote.end() and m.relative and m.anchor == anchor:
                rule, match = sources[id(m)]
                rebased = _resolve(rule, match, text, said, None)
                if rebased is not None:
                    sources[id(rebased)] = sources[id(m)]
                    out[i] = rebased
    return out


def _said_day(mentions: list[DateMention], starts: list[int], text: str, quote: re.Match[str]) -> date | None:
    """The day a quotation was said, from its attribution in the same sentence: a verb of saying right after
    the quotation ("..., the director said on Tuesday") or right before it ("said on Tuesday: '...'"),
    followed within a few words by a day."""
    after = _SENTENCE_END.search(text, quote.end(), quote.end() + _ATTRIBUTION_CHARS)
    lead = max(0, quote.start() - _ATTRIBUTION_CHARS)
    before = max(lead - 1, *(text.rfind(c, lead, quote.start()) for c in ".!?\n"))
    for start, end in (
        (quote.end(), after.start() if after else quote.end() + _ATTRIBUTION_CHARS),
        (before + 1, quote.start()),
    ):
        verb = vocabulary().said.search(text, start, end)
        if verb is None:
            continue
        for m in mentions[bisect_left(starts, verb.end()) : bisect_right(starts, verb.end() + _SAID_GAP)]:
            if m.end <= end and _a_day(m):
                return date.fromisoformat(m.value)
    return None


def _a_day(mention: DateMention) -> bool:
    """Whether a mention tells a day already (not an offset still to count from the day before: "that evening")."""
    return mention.precision == "day" and mention.rule not in COUNTED_FROM


def _statement_day(text: str, mention: DateMention) -> bool:
    """Whether a day is told as the day of a statement: a verb of saying right before it ("said on
    Tuesday") or right after it ("on Thursday condemned")."""
    said = vocabulary().said
    verb = said.search(text, max(0, mention.start - _SAID_GAP), mention.start)
    if verb is not None and not text[verb.end() : mention.start].strip(" ,"):
        return True
    after = _SPACES.match(text, mention.end).end()
    return said.match(text, after, after + _SAID_GAP) is not None


def _rebase_narrative(
    mentions: list[DateMention], sources: dict[int, tuple[DateRule, re.Match[str]]], text: str, anchor: date | None
) -> list[DateMention]:
    """Relative dates told after an explicit full date in the same line, when that date is more than a week from
    the reference or stamps the line as a log's message (:func:`stamps_line`), resolve against it (narrative
    time, as temporal taggers such as HeidelTime do for narratives): "On 12 January 2024 the society condemned
    the killing of its driver on Wednesday night" → 10 January 2024, whatever the publication date."""
    out: list[DateMention] = []
    local: DateMention | None = None
    stamp = False
    for m in mentions:
        if local is not None and "\n" in text[local.end : m.start]:
            # a stamp alone on its line ("[06/03/2028 – 21:05]") stamps the message on the next line
            line_end = text.find("\n", local.end)
            alone = (
                stamp and _STAMP_ALONE.fullmatch(text, local.end, line_end) and "\n" not in text[line_end + 1 : m.start]
            )
            if not alone:
                local = None
        if m.precision == "day" and (not m.relative or stamps_line(text, m)):
            local, stamp = m, stamps_line(text, m)
        elif local is not None and anchor is not None and m.relative and m.anchor == anchor:
            base = date.fromisoformat(local.value)
            if abs(base - anchor) > _NARRATIVE_GAP or (stamp and base != anchor):
                rule, match = sources[id(m)]
                if rule.kind in _YEARLESS and not match.groupdict().get("weekday"):
                    m = _nearest_year(m, base, anchor)
                else:
                    m = _resolve(rule, match, text, base, None) or m
        out.append(m)
    return out


#: The rules of a day and month that may open a log line or a table row ("13/11 09h12 — ...", "1 | 02/03 | ...").
_STAMP_RULES = frozenset({"date.entry_numeric", "date.entry_numeric_labelled", "date.cell_numeric"})
#: Before a day that stamps a log line: a bracket or a table row's number cell ("[12/11 ", "3 | 12/11").
_STAMP_BEFORE = re.compile(r"[ \t]*(?:\[|\d{1,3}[ \t]*\|)?[ \t]*")
#: ... and a full day in a bracket opening a chat export's line ("[08/03/2028 06:58] Focal point: ...").
_FULL_NUMERIC = frozenset({"date.numeric", "date.ymd"})
_BRACKET_BEFORE = re.compile(r"[ \t]*\[[ \t]*")
#: After a stamp, the rest of a line that holds nothing else: its hour and closing bracket ("– 21:05]").
_STAMP_ALONE = re.compile(r"[ \t–—-]*(?:\d{1,2}[:h.]\d\d)?[ \t\]]*")


def stamps_line(text: str, m: DateMention) -> bool:
    """Whether a day told without its year opens its line as a message's or a row's stamp ("13/11 09h12 — ...",
    "[31/01 23:05] ..."): the day the line's "yesterday" and "last night" count from."""
    before = (text, _line_start(text, m.start), m.start)
    return (m.rule in _STAMP_RULES and _STAMP_BEFORE.fullmatch(*before) is not None) or (
        m.rule in _FULL_NUMERIC and _BRACKET_BEFORE.fullmatch(*before) is not None  # "[08/03/2028 06:58] ..."
    )


def _nearest_year(m: DateMention, base: date, anchor: date) -> DateMention:
    """A day told without its year in a narrative, in the year that puts it nearest the narrative's day and not
    after the reference: "On 9 January 2023 ... From 3 May" is 3 May 2023, "28 December 2023 ... 3 January" is
    3 January 2024."""
    told = date.fromisoformat(m.value)
    years = (base.year - 1, base.year, base.year + 1)
    candidates = [d for y in years if (d := _safe_date(y, told.month, told.day)) and d <= anchor + _FUTURE_SLACK]
    if not candidates:
        return m
    nearest = min(candidates, key=lambda d: abs(d - base))
    return replace(m, value=nearest.isoformat(), anchor=base)


#: Before a day counted from another, a deadline: the day something had happened by, not the day of an act.
_DEADLINE = re.compile(r"\b(?:by|until|till|jusqu['’]au|hasta)\s+$", re.IGNORECASE)


#: A count of days from an act named right after it ("two days after relatives beat", "un día antes del ataque"):
#: told after a day ("on Tuesday, two days after ...") it counts back from that day to the act; opening its sentence
#: (see :data:`_OPENING_COUNT`) it counts on from the act's own day, not read here.
_COUNTED_FROM_ACT = re.compile(
    r"^(?:a|one|two|three|un|une|deux|trois|dos|tres)\s+(?:days?|jours?|días?)\s+"
    r"(?:after|before|après|avant|después\s+del?|antes\s+del?)\s*$",
    re.IGNORECASE,
)
#: Between a day and a count of days from an act told right after it ("on Tuesday, two days after").
_RIGHT_AFTER_DAY = re.compile(r"\s*[,;–—-]\s*")
#: What may stand between a sentence's start and its first word.
_OPENING_COUNT = re.compile(r"(?:^|[.!?\n])[\s\"'“‘«(•*–—-]*$")


def _resolve_anaphora(mentions: list[DateMention], text: str) -> list[DateMention]:
    """Mentions such as "the day before", "le lendemain", "two days later" (whose value is still an offset
    in days) counted from the day-precision date told just before them (within 600 characters), not a day
    something was said ("CDMR said today. The same day, ..." counts from the act's day); those with no such
    date are left out."""
    out: list[DateMention] = []
    last: DateMention | None = None
    for m in mentions:
        if m.rule in COUNTED_FROM:
            if (
                last is None
                or m.start - last.end > 600
                or BACKSTORY.search(text, max(0, m.start - 80), m.start)
                or _DEADLINE.search(text, max(0, m.start - 12), m.start)  # "By the following morning the toll had"
                # "Three days after the drone strike, the same hospital was hit again": counted on from an act whose
                # day may be any told before, not the last
                or (_OPENING_COUNT.search(text, max(0, m.start - 80), m.start) and _COUNTED_FROM_ACT.search(m.text))
                # ... and several days counted back only from a day told right before ("on Tuesday, two days after")
                or (
                    abs(int(m.value)) > 1
                    and _COUNTED_FROM_ACT.search(m.text)
                    and not _RIGHT_AFTER_DAY.fullmatch(text, last.end, m.start)
                )
            ):
                continue
            base = date.fromisoformat(last.value)
            m = replace(m, value=(base + timedelta(days=int(m.value))).isoformat(), anchor=base)
        if m.precision == "day" and not (last is not None and _statement_day(text, m)):
            last = m
        out.append(m)
    return out


def _context_date(norm: str, matches: tuple[Match, ...]) -> date | None:
    """The latest full date the text states (else 1 January of the latest year it names): where a
    year-less date takes its year from when no reference date is given."""
    latest = None
    for _, rule, m in matches:
        if rule.kind not in _CONTEXT_KINDS:
            continue
        mention = _resolve(rule, m, norm, None, None)
        if mention is not None:
            found = date.fromisoformat((mention.value + "-01-01")[:10])
            latest = found if latest is None or found > latest else latest
    return latest


Groups = dict[str, "str | None"]
Resolved = tuple[str, str, bool]  # value, precision, relative


def _resolve(
    rule: DateRule, m: re.Match[str], text: str, anchor: date | None, context: date | None
) -> DateMention | None:
    """The mention a match makes, or None when it cannot be resolved or is a false positive."""
    if not _context_ok(rule.kind, m, text):
        return None
    resolved = _RESOLVERS[rule.kind](m.groupdict(), anchor, context)
    if resolved is None:
        return None
    value, precision, relative = resolved
    ref = anchor or context
    return DateMention(
        m.start(), m.end(), text[m.start() : m.end()], value, precision, rule.id, relative, ref if relative else None
    )


def _day(value: date | None, relative: bool = True) -> Resolved | None:
    return (value.isoformat(), "day", relative) if value else None


def _ymd(g: Groups, anchor: date | None, context: date | None) -> Resolved | None:
    return _day(_safe_date(int(g["year"] or 0), int(g["month_num"] or 0), int(g["day"] or 0)), relative=False)


def _numeric(g: Groups, anchor: date | None, context: date | None) -> Resolved | None:
    """Day-month order unless the second number cannot be a month; two-digit years near the reference."""
    a, b = int(g["a"] or 0), int(g["b"] or 0)
    day, month = (a, b) if b <= 12 else (b, a)
    if not g.get("year") and not g.get("yy"):  # "- 12/03:" opening a list entry
        return _yearless(month, day, None, anchor, context)
    year = int(g["year"]) if g.get("year") else _century(int(g["yy"] or 0), anchor or context)
    return _day(_safe_date(year, month, day), relative=False)


def _day_month(g: Groups, anchor: date | None, context: date | None) -> Resolved | None:
    month, day, weekday = _month(g), int(g["day"] or 0), _weekday(g.get("weekday"))
    if g.get("year"):
        return _day(_safe_date(int(g["year"] or 0), month, day), relative=False)
    return _yearless(month, day, weekday, anchor, context)


def _yearless(month: int, day: int, weekday: int | None, anchor: date | None, context: date | None) -> Resolved | None:
    """A day told without its year: the year from the reference date, else from the text's latest full date."""
    if anchor:
        return _day(_infer_year(month, day, weekday, anchor))
    return _day(_year_from_context(month, day, weekday, context)) if context else None


def _month_only(g: Groups, anchor: date | None, context: date | None) -> Resolved | None:
    """ "December 2021", "March this year", "in December" (the most recent December up to the reference)."""
    vocab = vocabulary()
    month, prep, ref = _month(g), g.get("prep"), anchor or context
    if prep and not vocab.month_languages[name_key(g["month"] or "")] & vocab.preposition_languages[name_key(prep)]:
        return None  # "in Mai Kadra": a French month after an English preposition is a name
    if g.get("year"):  # "December 2025 – February 2026" is told by its first month, of the year before the last's
        year = int(g["year"] or 0) - bool(g.get("month_end") and _month({"month": g["month_end"]}) < month)
        return f"{year:04d}-{month:02d}", "month", False
    if ref is None:
        return None
    year = ref.year - (month > ref.month)
    if g.get("period"):
        unit, offset = vocab.relative_periods[name_key(g["period"] or "")]
        if unit != "year":
            return None
        year = ref.year + offset
    return f"{year:04d}-{month:02d}", "month", True


def _year_only(g: Groups, anchor: date | None, context: date | None) -> Resolved | None:
    return g["year"] or "", "year", False


def _anaphoric(g: Groups, anchor: date | None, context: date | None) -> Resolved | None:
    """ "the day before", "le lendemain": the value is the offset in days until _resolve_anaphora counts it
    from the date told before."""
    return str(vocabulary().anaphoric_days[name_key(g["rel"] or "")]), "day", True


def _weekday_eve(g: Groups, anchor: date | None, context: date | None) -> Resolved | None:
    """ "overnight into Friday", "in der Nacht zu Freitag": the night before that weekday, dated by its first day."""
    day = _weekday_back(g, anchor, context)
    return _day(date.fromisoformat(day[0]) - timedelta(days=1)) if day else None


def _anaphoric_count(g: Groups, anchor: date | None, context: date | None) -> Resolved | None:
    """ "two days later", "a week earlier", "trois jours plus tard": an offset, as for :func:`_anaphoric`."""
    count = count_word(g["num"] or "")
    unit = vocabulary().ago_units[(g["unit"] or "").lower()]
    if count is None or count > 400 or unit not in ("day", "week"):  # "two months later" gives no day
        return None
    days = count * (7 if unit == "week" else 1)
    backwards = (g["dir"] or "").lower().split()[-1] in {"earlier", "before", "tôt", "auparavant", "antes"}
    return str(-days if backwards else days), "day", True


def _weekday_back(g: Groups, anchor: date | None, context: date | None, strict: bool = False) -> Resolved | None:
    """The most recent such weekday on or before the reference (strictly before with "last")."""
    weekday = _weekday(g.get("weekday") or g.get("weekday2"))
    if anchor is None or weekday is None:
        return None
    back = (anchor.weekday() - weekday) % 7 or (7 if strict else 0)
    return _day(anchor - timedelta(days=back))


def _weekday_strict(g: Groups, anchor: date | None, context: date | None) -> Resolved | None:
    return _weekday_back(g, anchor, context, strict=True)


def _weekday_last_week(g: Groups, anchor: date | None, context: date | None) -> Resolved | None:
    weekday = _weekday(g["weekday"])
    if anchor is None or weekday is None:
        return None
    monday = anchor - timedelta(days=anchor.weekday())
    return _day(monday - timedelta(days=7 - weekday))


def _weekday_day(g: Groups, anchor: date | None, context: date | None) -> Resolved | None:
    return _day(_day_of_month(int(g["day"] or 0), _weekday(g.get("weekday")), anchor)) if anchor else None


def _relative_day(g: Groups, anchor: date | None, context: date | None) -> Resolved | None:
    return _day(anchor + timedelta(days=vocabulary().relative_days[name_key(g["rel"] or "")])) if anchor else None


def _relative_period(g: Groups, anchor: date | None, context: date | None) -> Resolved | None:
    unit, offset = vocabulary().relative_periods[name_key(g["period"] or "")]
    return _period(anchor, unit, offset) if anchor else None


def _ago(g: Groups, anchor: date | None, context: date | None) -> Resolved | None:
    """ "two days ago", "il y a trois jours", "hace dos días": days back; weeks and months give a month, years a
    year ("two years ago": the year only)."""
    count = count_word(g["num"] or g["num2"] or "")
    if anchor is None or count is None or count > 400:
        return None
    unit = vocabulary().ago_units[(g["unit"] or g["unit2"] or "").lower()]
    return _day(anchor - timedelta(days=count)) if unit == "day" else _period(anchor, unit, -count)


def _period(ref: date, unit: str, offset: int) -> Resolved:
    """A weekend, week, month or year relative to ``ref``: weeks and months give the month they fall in, a
    weekend ("over the weekend", "le week-end dernier") its Saturday, the last on or before ``ref``."""
    if unit == "weekend":
        return (ref - timedelta(days=(ref.weekday() - 5) % 7)).isoformat(), "day", True
    if unit == "year":
        return f"{ref.year + offset:04d}", "year", True
    if unit == "week":
        day = ref + timedelta(days=7 * offset)
        return f"{day.year:04d}-{day.month:02d}", "month", True
    months = ref.year * 12 + ref.month - 1 + offset
    return f"{months // 12:04d}-{months % 12 + 1:02d}", "month", True


_RESOLVERS: dict[str, Callable[[Groups, date | None, date | None], Resolved | None]] = {
    "ymd": _ymd,
    "numeric": _numeric,
    "dmy": _day_month,
    "month": _month_only,
    "year": _year_only,
    "anaphoric": _anaphoric,
    "anaphoric_count": _anaphoric_count,
    "weekday": _weekday_back,
    "weekday_night": _weekday_back,
    "weekday_eve": _weekday_eve,
    "weekday_strict": _weekday_strict,
    "weekday_last_week": _weekday_last_week,
    "weekday_day": _weekday_day,
    "day_of_month": _weekday_day,
    "relative_day": _relative_day,
    "relative_period": _relative_period,
    "ago": _ago,
}


def count_word(word: str) -> int | None:
    """A count of days, weeks or hours: digits or a word of any language dates are read in ("a", "deux",
    "dois", "drei"): parse_number for English, French and Spanish (in that order), text2num for Portuguese,
    German and Danish. Each language is named, so no language has to be guessed for a single word."""
    if not word.strip():
        return None
    if word.lower() in _ONE:
        return 1
    for lang in LANGUAGES:
        if (value := parse_number(word, lang)) is not None:
            return value
    for lang in ("pt", "de", "da"):
        try:
            return text2num(word.lower(), lang)
        except ValueError:
            continue
    return None


def _month(g: Groups) -> int:
    """The month (1-12) of a matched name; KeyError for a name not in the vocabulary."""
    return vocabulary().months[name_key(g["month"] or "")]


def _weekday(name: str | None) -> int | None:
    """The weekday (Monday 0) of a matched name, None without one; KeyError for a name not in the vocabulary."""
    return vocabulary().weekdays[name_key(name)] if name else None


def _century(yy: int, ref: date | None) -> int:
    """A two-digit year in the century that puts it nearest the reference date (the 2000s without one)."""
    if ref is None:
        return 2000 + yy
    return min(((ref.year // 100 + c) * 100 + yy for c in (-1, 0, 1)), key=lambda y: abs(y - ref.year))


@lru_cache(maxsize=4096)
def _context_ok(kind: str, m: re.Match[str], text: str) -> bool:
    """False for dates and weekdays that are part of a name or compound: "Sunday school", "Black Friday",
    "May 22 Hospital", "Hospital 12 de Octubre" (a capitalised place word right after or before a date).
    Remembered per match: a report's matches are resolved against several reference dates."""
    weekday = kind in _WEEKDAY_KINDS
    if not weekday and kind not in _NAME_KINDS:
        return True
    vocab = vocabulary()
    window = max(0, m.start() - 40)
    if kind == "weekday" and (
        vocab.weekday_range_after.match(text, m.end()) or vocab.weekday_range_before.search(text, window, m.start())
    ):
        return False  # "open Monday to Friday", "du lundi au vendredi": a schedule, not a date
    after = _WORD_AFTER.match(text[m.end() : m.end() + 40])
    before = _WORD_BEFORE.search(text[window : m.start()]) if text[m.start() - 1 : m.start()].isspace() else None
    if weekday:
        return not (
            (after and after.group(1).lower() in vocab.weekday_not_before)
            or (before and before.group(1).lower() in vocab.weekday_not_after)
        )
    placed = bool(m.groupdict().get("prep"))  # "the X Hospital in October": a preposition opens no name
    return not (
        (after and after.group(1)[0].isupper() and after.group(1).lower() in vocab.name_heads_after)
        or (
            not placed
            and before
            and before.group(1)[0].isupper()
            and before.group(1).lower() in vocab.name_heads_before
        )
    )


_WEEKDAY_KINDS = frozenset({"weekday", "weekday_strict", "weekday_day"})
_NAME_KINDS = frozenset({"dmy", "month"})  # kinds a capitalised name word next to them may make part of a name
_WORD_AFTER = re.compile(r"\s+([^\W\d_]+)")
_WORD_BEFORE = re.compile(r"([^\W\d_]+)\.?\s+$")


def _safe_date(year: int, month: int, day: int) -> date | None:
    try:
        return date(year, month, day)
    except ValueError:
        return None


def _infer_year(month: int, day: int, weekday: int | None, ref: date) -> date | None:
    """The most recent ``month``/``day`` not after ``ref`` (plus slack); with a weekday, the more recent of
    the last two such dates on which it agrees. A weekday that agrees with neither (a slip, or "The Sun
    5 May") is ignored rather than sending the date years back."""
    latest = ref + _FUTURE_SLACK
    candidates = [d for y in (latest.year, latest.year - 1, latest.year - 2) if (d := _safe_date(y, month, day))]
    candidates = [d for d in candidates if d <= latest][:2]
    agreeing = [d for d in candidates if d.weekday() == weekday]
    return (agreeing or candidates or [None])[0]


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
