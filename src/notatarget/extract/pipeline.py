"""The extraction pipeline: a report's text → the incidents it tells, each value with its spans.

Components run in order on one shared :class:`~notatarget.extract.document.Doc`, each with one job
(spaCy style): segment (sentences and rule hits) → anchor (reference date) → events (attack with a
health-care target) → dates (and times) → counts → places → group (incidents) → mentions.
"""

from __future__ import annotations

import gc
import re
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import replace
from datetime import date

from notatarget.domain import Mention, Report
from notatarget.errors import ExtractError
from notatarget.extract import components, damage, dates, incidents, places
from notatarget.extract.document import Doc, detect_language, segment
from notatarget.extract.prefilter import prefilter_patterns

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


# The components' regexes (module-level compiled patterns) search only where one of the words every match holds
# stands (extract/prefilter.py): most look for a phrase a sentence does not hold, at every character
for _module in (components, incidents, damage, dates, places):
    prefilter_patterns(vars(_module))

#: Texts longer than this are read in sections of about this many characters, cut at paragraph breaks, each
#: with the reference date read at the report's top. Telling incidents apart compares each act with the others
#: told, so a section's cost is bounded and a text's cost grows linearly with its length (a log of thousands of
#: dated attacks, or hostile input, cannot take quadratic time). A section holds about 5,000 words: news
#: stories, press releases and situation reports are read whole; a long report is read chapter by chapter.
SECTION_CHARS = 30_000
_CUTS = (re.compile(r"\n\s*\n"), re.compile(r"\n"), re.compile(r"[.!?]\s"), re.compile(r"\s"))


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
    mentions: list[Mention] = []
    reference, language = None, detect_language(report.text, report.language)
    for start, end in sections(report.text):
        with _collector_paused():
            doc = run(report.text[start:end], report.published, language, reference=reference)
            reference = reference or doc.reference
            for g in doc.incidents:
                mention = incidents.build_mention(doc, g, EXTRACTOR_VERSION)
                places.set_place(doc, mention, g.sentences, next((e.place for e in g.events if e.place), None))
                incidents.summary_means(doc, g, mention)
                if start:
                    mention.spans = {
                        k: [replace(s, start=s.start + start, end=s.end + start) for s in v]
                        for k, v in mention.spans.items()
                    }
                mention.report_id = report.id
                mentions.append(mention)
    return mentions


@contextmanager
def _collector_paused() -> Iterator[None]:
    """Python's cyclic garbage collector held off while a section is read (and on again after, if it was on): the
    many short-lived objects extraction makes set it off every few hundred allocations, each time walking all the
    young objects still alive (about 5% of the time of a long report), yet extraction makes no reference cycles,
    so reference counting frees them all the same."""
    enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if enabled:
            gc.enable()


def sections(text: str, size: int = SECTION_CHARS) -> list[tuple[int, int]]:
    """``text`` cut into sections of about ``size`` characters (at most one and a half): at the first paragraph
    break past ``size``, else a line break, a sentence's end or a space, else at ``size`` itself."""
    cuts: list[tuple[int, int]] = []
    start = 0
    while len(text) - start > size + size // 2:
        window = (start + size, start + size + size // 2)
        found = next((m for cut in _CUTS if (m := cut.search(text, *window))), None)
        end = found.end() if found else window[0]
        cuts.append((start, end))
        start = end
    return [*cuts, (start, len(text))]


def run(text: str, published: date | None = None, language: str | None = None, reference: date | None = None) -> Doc:
    """The document object after every component has run (for inspection and tests); ``reference``, when
    given, is the date relative dates count from (else the dateline or ``published``)."""
    doc = Doc(text=text, published=published, language=detect_language(text, language), reference=reference)
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
