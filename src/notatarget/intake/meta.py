"""Report metadata found in the text itself: the language, and the published date from a dateline.

Language comes from :func:`notatarget.language.detect_language` (py3langid, shared with extraction).
Datelines are found by a small pattern over the first lines and their date parsed by dateparser.
"""

from __future__ import annotations

import re
from datetime import date, datetime
from functools import cache
from typing import Any

from notatarget.language import detect_language

__all__ = ["detect_language", "parse_date", "published_from_text"]

_HEAD_CHARS = 600
_MONTHS = (
    r"jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec|janv|févr|fevr|mars|avr|mai|juin|juil|août|aout|sept|déc"
    r"|ene|abr|ago|dic|enero|febrero|marzo|abril|mayo|junio|julio|agosto|septiembre|octubre|noviembre|diciembre"
    r"|januar|februar|märz|maj|juni|juli|oktober|dezember|okt|dez"
)
#: ``date 2016-11-18`` or ``Published: 9 January 2016`` at the start of a line.
_KEYED = re.compile(
    r"^[ \t]*(?:date of report|date de publication|publication date|report date|publié le|published|publicado|"
    r"veröffentlicht|fecha|dated|date|dato)[ \t]*(?:on)?[ \t]*[:\-–]?[ \t]*(?P<date>[^\n]{4,40})",
    re.I | re.M,
)
#: ``KABUL, March 8 (Reuters) -`` / ``GENEVA, 18 November 2016 –`` / ``WADI KORBO, Sudan, June 3 (Agency) -``.
_DATELINE = re.compile(
    r"^[ \t]*(?P<place>[A-ZÀ-Þ][\w’'.\- /]{1,40}?)(?:,[ \t]*[A-ZÀ-Þ][\w’'.\- ]{1,30}?)?[ \t]*,[ \t]*"
    r"(?P<date>[^\n()\-–—:]{4,40}?)[ \t]*"
    r"(?:\([^)\n]{1,40}\)[ \t]*)?[-–—:]",
    re.M,
)
#: A line that ends with a full date: ``9 May 2019``, ``June 29, 2018``, ``samedi 6 décembre 2025``,
#: ``Aden, 19 July 2024``, ``Fictional Relief, briefing note, 5 July 2025``.
_DATE_LINE = re.compile(
    rf"^[ \t]*(?:[^\n,]{{1,60}},[ \t]*){{0,3}}(?P<date>(?:\w+,?[ \t]+)?"
    rf"(?:\d{{1,2}}(?:st|nd|rd|th|er)?\.?[ \t]+(?:de[ \t]+)?(?:{_MONTHS})\w*\.?"
    rf"(?:[ \t]+de)?[ \t]+\d{{4}}|(?:{_MONTHS})\w*\.?[ \t]+\d{{1,2}}(?:st|nd|rd|th)?,?[ \t]+\d{{4}}"
    r"|\d{4}-\d{2}-\d{2}))[ \t]*$",
    re.I | re.M,
)
_ISO = re.compile(r"(\d{4})-(\d{2})-(\d{2})")
_MONTH_WORD = re.compile(rf"(?<!\w)(?:{_MONTHS})", re.I)
_NUMERIC_DATE = re.compile(r"\b\d{1,2}[./]\d{1,2}[./]\d{2,4}\b|\b\d{4}/\d{1,2}/\d{1,2}\b")


def published_from_text(text: str, *, reference: datetime | None = None, language: str | None = None) -> date | None:
    """The published date a report states at its start: a ``date:`` line, a wire dateline or a date line.

    A dateline without a year (``KABUL, March 8 (Reuters) -``) is the most recent such day on or before
    ``reference`` (the time the report was received), as wire stories are read the day they are sent.
    """
    head = text[:_HEAD_CHARS]
    candidates = sorted(
        (m.start(), m.group("date"), needs_year)
        for pattern, needs_year in ((_KEYED, True), (_DATELINE, False), (_DATE_LINE, True))
        for m in pattern.finditer(head)
    )
    for _, phrase, needs_year in candidates:
        if found := parse_date(phrase, reference=reference, language=language, require_year=needs_year):
            return found
    return None


def parse_date(
    phrase: str, *, reference: datetime | None = None, language: str | None = None, require_year: bool = True
) -> date | None:
    """A calendar day from a short date phrase, or None. Needs day and month; the year too unless told."""
    phrase = phrase.strip(" .,;")
    if m := _ISO.match(phrase):
        try:
            return date(int(m[1]), int(m[2]), int(m[3]))
        except ValueError:
            return None
    if not re.search(r"\d", phrase) or not (_MONTH_WORD.search(phrase) or _NUMERIC_DATE.search(phrase)):
        return None  # "48 hours", "Sunday 5": dateparser would read relative or partial phrases as dates
    if require_year and not re.search(r"\b\d{4}\b", phrase):
        return None
    import dateparser

    settings: dict[str, Any] = {
        "PREFER_DATES_FROM": "past",
        "REQUIRE_PARTS": ["day", "month"],
        "RETURN_AS_TIMEZONE_AWARE": False,
    }
    if reference is not None:
        settings["RELATIVE_BASE"] = reference.replace(tzinfo=None)
    languages = [language] if language and language in _dateparser_languages() else None
    try:
        parsed = dateparser.parse(phrase, languages=languages, settings=settings)
    except (ValueError, OverflowError, TypeError):
        return None
    return parsed.date() if parsed else None


@cache
def _dateparser_languages() -> frozenset[str]:
    from dateparser.languages import default_loader

    return frozenset(default_loader.get_locale_map())
