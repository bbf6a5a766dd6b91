"""Places component: country, admin1, location and coordinates of each incident, from the geo stage.

Place names are looked for in the lead (title and first sentences), the event sentences and the sentences that
may support an incident (damage or closure of a facility, casualties right after an event), so the cost does
not grow with long background passages; the geo stage resolves them as one document (main country, chosen place
per mention). Only when those sentences leave the country unsettled is the rest of the text read, for its
country evidence alone.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from dataclasses import replace
from itertools import pairwise
from typing import Any

import regex

from notatarget.domain import Mention, Span
from notatarget.extract.document import Doc, Sentence
from notatarget.geo import admin1_centroid, find_places, resolve_document

#: Sentences at the top of a report read for places whatever they tell (title, dateline, lead): the first three,
#: and any starting in its first ``LEAD_CHARS`` characters (a date line cut at "23." or "kl." is no lead).
LEAD_SENTENCES = 3
LEAD_CHARS = 300
#: Country evidence that settles a document's country without reading the rest of it: a country named (3) or an
#: admin1 named as such (2), ahead of the next country by at least ``SETTLED_MARGIN``.
SETTLED_EVIDENCE = 2.0
SETTLED_MARGIN = 1.0
_JOIN = "\n\n"
_KIND_RANK = {"place": 0, "admin1": 1, "country": 2, "demonym": 3}
#: Between a place name and the facility noun it names ("Kuwait Hospital", "Al Quds Specialised Hospital").
_BEFORE_FACILITY = re.compile(r"[ \t-]*(?:[A-Z][\w'’-]*[ \t]+)?$")
#: A written place that names a province, not a finer place ("Rakhine State", "Idlib governorate").
_ADMIN1_WORD = re.compile(r"\b(?:province|governorate|state|region|oblast|wilaya|zone)$", re.IGNORECASE)
#: The precision a place named by a place word but missing from the gazetteer may claim from a nearby known one.
_NEAR_PRECISION = "district"
#: Before a dateline's place on its line: nothing, or the place word of a camp or base ("Camp X -", "Fort X:").
_BEFORE_DATELINE = re.compile(r"\s*(?:(?:Camp|Fort|Base|CAMP|FORT|BASE)[ \t]+)?")
#: After a dateline's place: "City", another place it was filed from ("Tegucigalpa/Geneva,"), an agency, a stop.
_DATELINE_AFTER = re.compile(
    r"(?:[ \t]+(?:City|CITY))?(?:[ \t]*/[ \t]*\w[\w'’ .-]{0,30}?)?\s*(?:\([^()]{1,30}\)\s*)?(?:[:,—–]|-\s)"
)
#: A dateline's agency in brackets before its dash ("NIKOPOL, Sept 9 (Dnipro Line) –"): a publisher, no place. The
#: opening bracket comes early on its line, after no full stop.
_AGENCY_OPEN = re.compile(r"^[^.!?\n]{0,80}\([^()\n]{0,40}$")
_AGENCY_CLOSE = re.compile(r"[^()\n]{0,40}\)[ \t]*[-–—:]")
#: A byline: a line opening on "By", "Por", "Par", "Від" or "От" and a writer's name, up to a comma or the line's end
#: ("By Zainab Hamoud, Nasiriyah", "Por Karla Maribel Zelaya"): the name is a person's, whatever town shares it.
_BYLINE = re.compile(r"[ \t]*(?:By|BY|Por|POR|Par|PAR|Від|От)[ \t]+[^,;:\n]{0,60}$")
_FINER = ("exact", "settlement")
#: A natural feature named after a place ("the X valley", "Lake X", "le fleuve X"): a region, no incident's location.
_FEATURE_AFTER = re.compile(
    r"[ \t]+(?:valley|river|lake|basin|plains?|plateau|hills|mountains|delta|coast|desert|island|islands)\b",
    re.IGNORECASE,
)
_FEATURE_BEFORE = re.compile(
    r"\b(?:lake|mount|river|lac|mont|fleuve|vall[ée]e|valle|r[ií]o|lago|monte)[ \t]+"
    r"(?:(?:of|de|du|des|del|d')[ \t]*)?$",
    re.IGNORECASE,
)
#: Between a place and the larger one it lies in ("Las Navas, Northern Samar"), and a list going on after it.
_APPOSITION = re.compile(r",[ \t]*(?:(?i:north|south|east|west|central|upper|lower)\w*[ \t]+)?")
_LIST_AFTER = regex.compile(r"\s*(?:,|(?:and|et|y|e)\s)\s*\p{Lu}")
#: Mention kinds that place an incident finer than a country.
_FINE_KINDS = ("place", "admin1")
#: A section heading's most words and characters, and what no heading ends with.
_HEADING_WORDS = 4
_HEADING_CHARS = 60
_STOPS = ".!?:;,"


def places(doc: Doc) -> Doc:
    """Component: place mentions of the lead, event and support sentences, resolved for the whole document."""
    wanted = {s.index: s for s in [*_lead(doc), *_headings(doc)]}
    events = {e.sentence.index for e in doc.events}
    for s in doc.sentences:
        if s.index in events or _may_support(s, events):
            wanted[s.index] = s
    found = _appositions(doc, _find(doc, [wanted[i] for i in sorted(wanted)], keep=True))
    if not found:
        doc.places = None
        return doc
    resolved = resolve_document(found)
    if not _settled(resolved.evidence):
        rest = [s for s in doc.sentences if s.index not in wanted]
        context = _find(doc, rest, keep=False) if rest else []
        if context:
            _appositions(doc, found + context)
            resolved = resolve_document(found, context=context)
        if context and resolved.country:  # read again knowing the country: its transliteration variants
            for s in wanted.values():
                s.places = []
            found = _find(doc, [wanted[i] for i in sorted(wanted)], keep=True, country=resolved.country)
            _appositions(doc, found + context)
            resolved = resolve_document(found, context=context)
    doc.places = resolved
    _facility_names(doc)
    return doc


def _lead(doc: Doc) -> list[Sentence]:
    return [s for s in doc.sentences if s.index < LEAD_SENTENCES or s.start < LEAD_CHARS]


def _headings(doc: Doc) -> list[Sentence]:
    """Section headings: a paragraph of one short line without a final stop ("Sudan", "North Kivu province")."""
    out = []
    for s in doc.sentences:
        if s.end - s.start > _HEADING_CHARS or not doc.alone(s):
            continue
        line = doc.text[s.start : s.end].strip()
        if 0 < len(line.split()) <= _HEADING_WORDS and "\n" not in line and line[-1] not in _STOPS:
            out.append(s)
    return out


def _heading_of(doc: Doc, sentences: list[Sentence], headings: list[Sentence] | None = None) -> list[Sentence]:
    """The last heading before an incident's first sentence, when it names a place: the section it is told in
    (a round-up's "Nigeria"). ``headings``: the document's (:func:`_headings`), when already read."""
    first = min((s.index for s in sentences), default=-1)
    heading = next((h for h in reversed(_headings(doc) if headings is None else headings) if h.index < first), None)
    return [heading] if heading is not None and heading.places else []


def _may_support(sentence: Sentence, events: set[int]) -> bool:
    """Whether ``sentence`` may support an incident: it tells a facility's damage or closure, or casualties
    right after an event sentence (as ``incidents`` attaches them)."""
    if sentence.get("damage") and sentence.get("facilities"):
        return True
    return bool(sentence.get("casualties")) and bool({sentence.index - 1, sentence.index - 2} & events)


def _find(doc: Doc, sentences: list[Sentence], *, keep: bool, country: str | None = None) -> list[Any]:
    """One geo call over ``sentences`` joined by blank lines, mentions mapped back to the report (and kept on
    their sentences when ``keep``); ``country``: the document's, when known."""
    starts, parts, at = [], [], 0
    for s in sentences:
        starts.append(at)
        parts.append(doc.text[s.start : s.end])
        at += s.end - s.start + len(_JOIN)
    found: list[Any] = []
    for p in find_places(_JOIN.join(parts), doc.language, country=country):
        k = bisect_right(starts, p.start) - 1
        s = sentences[k]
        offset = s.start - starts[k]
        moved = replace(p, start=p.start + offset, end=p.end + offset)
        if _agency(doc, moved) or _byline(doc, moved):
            continue
        if any(f.start <= moved.start and moved.end <= f.end for f in s.get("facilities")):
            continue  # a facility's noun or acronym ("CSPS", "UPA"), though the gazetteer knows a place so named
        if keep:
            s.places.append(moved)
        found.append(moved)
    return found


def _appositions(doc: Doc, mentions: list[Any]) -> list[Any]:
    """In "X, Y" (not a list: "A, B and C"), Y is the province X lies in. When the gazetteer knows Y only in other
    countries than X ("Las Navas, Northern Samar": a province it lacks, named like a city abroad), Y and every
    other mention of that name (one name, one place in a document) get no candidates nor country evidence; when it
    knows a province Y that holds X ("Culiacán, Sinaloa"), Y is that province, not a hamlet of the same name."""
    unknown: set[str] = set()
    for x, y in pairwise(mentions):
        if not (
            y.kind == "place"
            and x.candidates
            and _APPOSITION.fullmatch(doc.text, x.end, y.start)
            and not _LIST_AFTER.match(doc.text, y.end)
            and not doc.text[max(0, x.start - 3) : x.start].rstrip().endswith(",")
        ):
            continue
        if not {c.country for c in x.candidates} & {c.country for c in y.candidates}:
            unknown.add(y.text.casefold())
        elif x.kind == "place" and (provinces := [c for c in y.candidates if _holds(c, x.candidates)]):
            y.kind, y.candidates = "admin1", provinces + [c for c in y.candidates if c not in provinces]
    for m in mentions:
        if m.text.casefold() in unknown:
            m.candidates, m.countries = [], {}
    return mentions


def _holds(province: Any, places: list[Any]) -> bool:
    """Whether ``province`` is an admin1 one of ``places`` lies in."""
    return province.precision == "admin1" and any(
        (p.country, p.admin1) == (province.country, province.admin1) for p in places
    )


def _settled(evidence: dict[str, float]) -> bool:
    ranked = [*sorted(evidence.values(), reverse=True), 0.0, 0.0]
    return ranked[0] >= SETTLED_EVIDENCE and ranked[0] - ranked[1] >= SETTLED_MARGIN


def _facility_names(doc: Doc) -> None:
    """A place of another country than the document's, written right before a facility noun, names the
    facility, not where it is ("Al Quds hospital" in Aleppo, "Kuwait Hospital" in Rafah): it leaves the
    sentence's places, so the name stays and the place is not the incident's location."""
    resolved = doc.places
    if resolved is None or resolved.country is None:
        return
    for s in doc.sentences:
        if s.places and s.get("facilities"):
            starts = [h.start for h in s.get("facilities")]
            s.places = [m for m in s.places if not (_foreign(resolved, m) and _before_facility(doc, m, starts))]


def _foreign(resolved: Any, mention: Any) -> bool:
    """Whether a mention names a place (or country) outside the document's main country."""
    place = resolved.place_of(mention)
    if place is not None:
        return place.country != resolved.country
    return bool(mention.countries) and resolved.country not in mention.countries


def _before_facility(doc: Doc, mention: Any, starts: list[int]) -> bool:
    """Whether a facility noun (starting at one of ``starts``) follows the mention, at most one word between; a
    country or demonym only before a capitalised noun ("Kuwait Hospital" is a name, "a US hospital" is not)."""
    return any(
        mention.end <= start <= mention.end + 40
        and _BEFORE_FACILITY.match(doc.text[mention.end : start])
        and (mention.kind not in ("country", "demonym") or doc.text[start].isupper())
        for start in starts
    )


def set_place(doc: Doc, mention: Mention, sentences: list[Any], written: Span | None = None) -> None:
    """Fill ``mention``'s country, admin1, location and coordinates: the document's main country, and the
    most specific place of that country named in the incident's sentences (its event sentences first, then
    sentences supporting it that name one place, else the lead), with spans; ``written`` is the place its
    facility was said to be in, the location when it is finer than a province. The incident's country is its
    place's: one of its own sentences' places may lie in another country the text names (``_named_abroad``).

    A place the gazetteer lacks but a place word names ("near the village of X", "X's hospital") in those
    sentences, no farther than the first known place, is the location; the coordinates are then those of the
    known place chosen, at no finer than district precision. A written place the gazetteer lacks takes its
    province's centroid, not another town's point."""
    resolved = doc.places
    if written is not None and (_ADMIN1_WORD.search(written.text) or _coarse(doc, written)):
        written = None  # "in Rakhine State", "in Yemen": no finer than the province or country
    if written is not None:
        mention.location = written.text
        mention.add_span("location", Span(written.start, written.end, written.text, "facility.place"))
    if resolved is None:
        return
    mention.country = resolved.country
    placed, in_country, abroad, events, lead, headings = _of_document(doc)
    if in_country:
        first = in_country[0][0]
        mention.add_span("country", Span(first.start, first.end, first.text, "geo.country"))
    told = [s for s in sentences if s.index in events]
    support = [s for s in sentences if s.index not in events and sum(p.kind == "place" for p in s.places) <= 1]
    heading = _heading_of(doc, sentences, headings)
    candidates: list[Any] = []
    cue = None
    # a place or province, nearest first (a section's heading, even a country's name, instead of the report's
    # lead); the country's name only as a last resort
    for group in (told, support, heading, lead):
        ids = {id(p) for s in group for p in s.places}
        # a heading's country name counts wherever it is, not its word that is a village abroad ("PRONUNCIAMIENTO")
        pool = (
            in_country
            if group is lead
            else in_country + abroad + [mp for mp in placed if mp[0].kind == "country"]
            if group is heading
            else in_country + abroad
        )
        named = [mp for mp in pool if id(mp[0]) in ids and not _feature(doc, mp[0])]
        candidates = candidates or named
        cue = cue or next((p for s in group for p in s.places if p.match == "cue" and not _dateline(doc, p)), None)
        if any(m.kind in _FINE_KINDS and not _dateline(doc, m) for m, _ in named):
            candidates = named
            break
        if candidates and group is heading:  # a section's heading stands for the report's lead
            break
    if cue is not None and written is None:
        mention.location = cue.text
        mention.add_span("location", Span(cue.start, cue.end, cue.text, "geo.cue"))
    if not candidates:
        mention.admin1 = resolved.admin1
        return
    said = [written] if written is not None else mention.spans.get("facility_name", [])
    where, place = min(
        candidates,
        key=lambda mp: (
            not _within(mp[0], said),
            _dateline(doc, mp[0]),
            mp[0].kind not in _FINE_KINDS,
            mp[1].country != resolved.country,
            _KIND_RANK.get(_kind(*mp), 9),
        ),
    )
    if place.country != resolved.country:  # the incident's own place lies in another country the text names
        mention.country = place.country
        mention.spans.pop("country", None)
        mention.add_span("country", Span(where.start, where.end, where.text, "geo.country"))
    if _kind(where, place) == "place" and written is None and cue is None:
        text = f"{where.qualifier} {where.text}" if where.qualifier else where.text
        mention.location = text[:1].upper() + text[1:]
        mention.add_span("location", Span(where.start, where.end, where.text, "geo.place"))
    mention.admin1 = place.admin1 or (resolved.admin1 if place.country == resolved.country else None)
    if place.admin1:
        mention.add_span("admin1", Span(where.start, where.end, where.text, "geo.admin1"))
    mention.latitude, mention.longitude, mention.geo_precision = place.latitude, place.longitude, place.precision
    if cue is not None and written is None and place.precision in _FINER:
        mention.geo_precision = _NEAR_PRECISION  # "the village of X near Y": Y's point, X is nearby
    elif written is not None and not _within(where, [written]) and place.precision in _FINER:
        # the written place is not in the gazetteer: another town of the sentence is elsewhere, the province is not
        point = admin1_centroid(mention.country, mention.admin1)
        mention.latitude, mention.longitude = point if point else (None, None)
        mention.geo_precision = "admin1" if point else None


#: The last document :func:`set_place` read, its resolved places, and what it read of them for all its incidents.
_DOCUMENT: list[Any] = [None, None, None]


def _of_document(doc: Doc) -> tuple[list[Any], list[Any], list[Any], set[int], list[Sentence], list[Sentence]]:
    """What :func:`set_place` reads of a document for each of its incidents, read once: the places chosen, those in
    its country, those named abroad (``_named_abroad``), its event sentences, its lead and its headings."""
    if _DOCUMENT[0] is not doc or _DOCUMENT[1] is not doc.places:
        resolved = doc.places
        placed = [(m, p) for m, p in resolved.chosen if p is not None]
        in_country = [(m, p) for m, p in placed if p.country == resolved.country]
        abroad = [(m, p) for m, p in resolved.chosen if _named_abroad(resolved, m, p)]
        events = {e.sentence.index for e in doc.events}
        _DOCUMENT[:] = [doc, resolved, (placed, in_country, abroad, events, _lead(doc), _headings(doc))]
    return _DOCUMENT[2]


def _kind(mention: Any, place: Any) -> str:
    """The kind of name a mention is as resolved: a place's name read as its province ("Gegharkunik") names one."""
    return "admin1" if mention.kind == "place" and place is not None and place.precision == "admin1" else mention.kind


def _named_abroad(resolved: Any, mention: Any, place: Any) -> bool:
    """Whether a place or province mention lies outside the document's main country, in a country the text gives
    evidence for as if naming it (``SETTLED_EVIDENCE``): a place an incident told in its own sentences may be in
    ("the exclave of X" across a border, an item of a round-up of several countries)."""
    return (
        place is not None
        and mention.kind in _FINE_KINDS
        and place.country != resolved.country
        and resolved.evidence.get(place.country or "", 0.0) >= SETTLED_EVIDENCE
    )


def _agency(doc: Doc, place: Any) -> bool:
    """Whether a place word is part of a dateline's agency ("(Dnipro Line) –", "(Kabul Times) -")."""
    line = doc.text.rfind("\n", 0, place.start) + 1
    return bool(_AGENCY_OPEN.search(doc.text, line, place.start) and _AGENCY_CLOSE.match(doc.text, place.end))


def _byline(doc: Doc, place: Any) -> bool:
    """Whether a place word is part of a writer's name on a byline ("By Zainab Hamoud, Nasiriyah": Hamoud)."""
    line = doc.text.rfind("\n", 0, place.start) + 1
    return bool(_BYLINE.match(doc.text, line, place.start))


def _feature(doc: Doc, place: Any) -> bool:
    """Whether a place mention names a natural feature ("the X valley", "Lake X"), not a settlement."""
    return bool(
        _FEATURE_AFTER.match(doc.text, place.end)
        or _FEATURE_BEFORE.search(doc.text, max(0, place.start - 20), place.start)
    )


def _coarse(doc: Doc, written: Span) -> bool:
    """Whether the geo stage reads the written place as a country or a province ("in Yemen", "in Idlib")."""
    sentence = doc.sentence_at(written.start)
    resolved = doc.places
    return any(
        p.start <= written.start
        and written.end <= p.end
        and _kind(p, resolved.place_of(p) if resolved else None) in ("country", "admin1", "demonym")
        for p in sentence.places
    )


def _dateline(doc: Doc, place: Any) -> bool:
    """Whether a place mention opens a line as a dateline ("KABUL (Reuters) -", "Kabul: A ...", "Camp X -"): where
    the reporter sat, the location only when the report names no other."""
    line = doc.text.rfind("\n", 0, place.start) + 1
    return bool(_BEFORE_DATELINE.fullmatch(doc.text, line, place.start) and _DATELINE_AFTER.match(doc.text, place.end))


def _within(place: Any, spans: list[Span]) -> bool:
    """Whether a place mention lies in one of ``spans`` (the written place, the facility's name)."""
    return any(sp.start <= place.start and place.end <= sp.end for sp in spans)
