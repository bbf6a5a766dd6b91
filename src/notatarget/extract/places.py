"""Places component: country, admin1, location and coordinates of each incident, from the geo stage.

Place names are looked for in the lead (title and first sentences) and in the event sentences only,
so the cost does not grow with long background passages; the geo stage resolves them as one document
(main country, chosen place per mention).
"""

from __future__ import annotations

from bisect import bisect_right
from typing import Any

from notatarget.domain import Mention, Span
from notatarget.extract.document import Doc
from notatarget.geo import find_places, resolve_document

#: Sentences at the top of a report read for places whatever they tell (title, dateline, lead).
LEAD_SENTENCES = 3
_JOIN = "\n\n"
_KIND_RANK = {"place": 0, "admin1": 1, "country": 2, "demonym": 3}


def places(doc: Doc) -> Doc:
    """Component: place mentions of the lead and event sentences, resolved for the whole document."""
    wanted = {s.index: s for s in doc.sentences[:LEAD_SENTENCES]}
    wanted.update({e.sentence.index: e.sentence for e in doc.events})
    # one geo call over the wanted sentences joined by blank lines, mentions mapped back to the report
    ordered = [wanted[i] for i in sorted(wanted)]
    starts, parts, at = [], [], 0
    for s in ordered:
        starts.append(at)
        parts.append(doc.text[s.start : s.end])
        at += s.end - s.start + len(_JOIN)
    found: list[Any] = []
    for p in find_places(_JOIN.join(parts), doc.language):
        k = bisect_right(starts, p.start) - 1
        s = ordered[k]
        moved = _moved(p, s.start - starts[k])
        s.places.append(moved)
        found.append(moved)
    doc.places = resolve_document(found) if found else None
    return doc


def _moved(mention: Any, offset: int) -> Any:
    from dataclasses import replace

    return replace(mention, start=mention.start + offset, end=mention.end + offset)


def set_place(doc: Doc, mention: Mention, sentences: list[Any], written: Span | None = None) -> None:
    """Fill ``mention``'s country, admin1, location and coordinates: the document's main country, and the
    most specific place of that country named in the incident's sentences (else in the lead), with spans;
    ``written`` is the place its facility was said to be in, the location when geo names none there."""
    resolved = doc.places
    if written is not None:
        mention.location = written.text
        mention.add_span("location", written)
    if resolved is None:
        return
    mention.country = resolved.country
    in_country = [(m, p) for m, p in resolved.chosen if p is not None and p.country == resolved.country]
    if in_country:
        first = in_country[0][0]
        mention.add_span("country", Span(first.start, first.end, first.text, "geo.country"))
    own = {id(p) for s in sentences for p in s.places}
    lead = {id(p) for s in doc.sentences[:LEAD_SENTENCES] for p in s.places}
    candidates = [mp for mp in in_country if id(mp[0]) in own] or [mp for mp in in_country if id(mp[0]) in lead]
    if not candidates:
        mention.admin1 = resolved.admin1
        return
    where, place = min(candidates, key=lambda mp: _KIND_RANK.get(mp[0].kind, 9))
    if where.kind == "place" and written is None:
        text = f"{where.qualifier} {where.text}" if where.qualifier else where.text
        mention.location = text[:1].upper() + text[1:]
        mention.add_span("location", Span(where.start, where.end, where.text, "geo.place"))
    mention.admin1 = place.admin1 or resolved.admin1
    if place.admin1:
        mention.add_span("admin1", Span(where.start, where.end, where.text, "geo.admin1"))
    mention.latitude, mention.longitude, mention.geo_precision = place.latitude, place.longitude, place.precision
