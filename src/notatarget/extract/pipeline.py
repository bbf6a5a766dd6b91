"""The extraction pipeline: a report's text → the incidents it tells, each value with its spans.

Components run in order on one shared :class:`~notatarget.extract.document.Doc`, each with one job
(spaCy style): segment (sentences and rule hits) → anchor (reference date) → events (attack with a
health-care target) → dates (and times) → counts → places → group (incidents) → mentions.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

from notatarget.domain import Mention, Report
from notatarget.errors import ExtractError
from notatarget.extract import components, incidents, places
from notatarget.extract.document import Doc, detect_language, segment

EXTRACTOR_VERSION = "0.1.0"

#: The components, in the order they run.
COMPONENTS: tuple[Callable[[Doc], Doc], ...] = (
    segment,
    components.anchor,
    components.events,
    components.dates,
    components.counts,
    places.places,
    incidents.group,
)


def extract(text: str, published: date | str | None = None, language: str | None = None) -> list[Mention]:
    """The incidents ``text`` tells, each a :class:`Mention` whose values carry their spans."""
    if not isinstance(text, str | None):
        raise ExtractError(f"text must be a string, not {type(text).__name__}")
    return extract_report(Report.from_text(_encodable(text or ""), published=_as_date(published), language=language))


def _encodable(text: str) -> str:
    """``text`` with unpaired surrogates (which UTF-8 cannot hold) as "?", one for one, so offsets hold."""
    try:
        text.encode("utf-8")
    except UnicodeEncodeError:
        return text.encode("utf-8", errors="replace").decode("utf-8")
    return text


def extract_report(report: Report) -> list[Mention]:
    """The incidents a :class:`Report` tells (empty for a text that tells none)."""
    if not isinstance(report.text, str):
        raise ExtractError(f"report text must be a string, not {type(report.text).__name__}")
    doc = run(report.text, report.published, report.language)
    mentions = []
    for g in doc.incidents:
        mention = incidents.build_mention(doc, g, EXTRACTOR_VERSION)
        places.set_place(doc, mention, g.sentences, next((e.place for e in g.events if e.place), None))
        mention.report_id = report.id
        mentions.append(mention)
    return mentions


def run(text: str, published: date | None = None, language: str | None = None) -> Doc:
    """The document object after every component has run (for inspection and tests)."""
    doc = Doc(text=text, published=published, language=detect_language(text, language))
    if not text.strip():
        return doc
    for component in COMPONENTS:
        doc = component(doc)
    return doc


def _as_date(value: date | str | None) -> date | None:
    if value is None or isinstance(value, date):
        return value
    try:
        return date.fromisoformat(value)
    except (TypeError, ValueError) as exc:
        raise ExtractError(f"published date {value!r} is not YYYY-MM-DD") from exc
