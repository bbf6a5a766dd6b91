"""The extraction pipeline (first simple version; the extraction issue replaces it)."""

from __future__ import annotations

from datetime import date

from notatarget.domain import Mention, Report

EXTRACTOR_VERSION = "0.0.1"


def extract(text: str, published: date | str | None = None, language: str | None = None) -> list[Mention]:
    """The incidents ``text`` tells, each a :class:`Mention` whose values carry their spans."""
    return extract_report(Report.from_text(text or "", published=_as_date(published), language=language))


def extract_report(report: Report) -> list[Mention]:
    """The incidents a :class:`Report` tells."""
    return []


def _as_date(value: date | str | None) -> date | None:
    if value is None or isinstance(value, date):
        return value
    return date.fromisoformat(value)
