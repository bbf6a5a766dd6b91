"""Incident grouping and mention building: events → incidents → :class:`~notatarget.domain.Mention`.

Grouping follows the codebook's unit, one act at one place on one day: an event joins an earlier
incident when their dates agree (or one has none) and their facilities agree (same name, or one unnamed
of the same type); several facilities named apart in one sentence are one incident each. Background
events (earlier attacks) never merge with current ones and are kept only with a date.
"""

from __future__ import annotations

import itertools
import re
from dataclasses import dataclass, field, replace
from typing import Any

from rapidfuzz import fuzz

from notatarget.domain import Mention, Span
from notatarget.domain.codebook import RESOURCE_FOR_FACILITY_TYPE, FacilityType
from notatarget.extract.components import (
    Event,
    _cues,
    _dateline,
    _plural,
    _reported,
    _sentence_dates,
    count_sentence,
    facility_name,
    facility_place,
    read_quantities,
)
from notatarget.extract.document import Doc, Sentence
from notatarget.extract.ruleset import Hit, rule_by_id

_DAMAGE_RANK = {"none": 0, "damaged": 1, "destroyed": 2}
_SERVICE_RANK = {"none": 0, "partial": 1, "closed": 2}
_EXPLOSIVE = ("heavy_weapons", "explosive_device")
_COUNT_FIELDS = ("killed", "injured", "health_workers_killed", "health_workers_injured", "abducted", "arrested")
#: A preposition placing an act inside a facility ("from the health centre", "inside the Hope hospital").
_INSIDE = re.compile(
    r"\b(?:in|inside|into|within|from|dans|à l'intérieur d[eu]|en el|dentro del?)\s+"
    r"(?:the\s+|a\s+|an\s+|its\s+|their\s+|l[ae]\s+|l['’]|un\s+|une\s+|el\s+|la\s+)?(?:[\w'’-]+\s+){0,3}$",
    re.IGNORECASE,
)
#: Words before an act that make it threatened or attempted, not done ("threatened to burn", "tried to kidnap").
_UNDONE = re.compile(
    r"\b(?:threaten(?:ed|ing|s)?|attempt(?:ed|ing|s)?|tried|trying|sought|menac\w*|tenté|tentaient|tentative)"
    r"\s+(?:to\s+|de\s+|d['’]\s*)(?:\w+ly\s+)?$|\b(?:amenaz\w*\s+con|intent\w*)\s+$",
    re.IGNORECASE,
)
#: Victims brought into a facility: the place they were taken to, not where the act was done.
_BROUGHT = re.compile(
    r"\b(?:carried|taken|brought|rushed|transferred|evacuated|admitted|transportés?|emmenés?|llevados?|trasladados?)"
    r"\s+(?:in)?to\b|\b(?:transportés?|emmenés?|admis)\s+(?:dans|à)\b|\b(?:llevados?|trasladados?)\s+(?:a|al)\b",
    re.IGNORECASE,
)
#: Things that are looted when seized (a vehicle, supplies), unlike a building, which is occupied.
_THINGS = re.compile(
    r"\b(?:vehicles?|cars?|trucks?|motor(?:bike|cycle)s?|tricycles?|ambulances?|supplies|medicines?|medication|drugs|"
    r"materials?|equipment|blood|goods|money|cash|phones?|belongings|items|stocks?|fuel|véhicules?|médicaments|"
    r"vehículos?|medicamentos)\b",
    re.IGNORECASE,
)
#: What is occupied or seized when it is no facility ("occupation of the town", "seized power").
_NOT_FACILITY = re.compile(
    r"\s+(?:power|control\s+of\s+the\s+(?:town|city|area|village|region)|of\s+(?:the\s+)?(?:town|city|area|"
    r"village|zone|region|district|country|capital|territory))\b",
    re.IGNORECASE,
)
#: Looting words that, said of a facility building, mean it was occupied.
_SEIZED = frozenset(["seized", "siezed", "captured", "taken over", "took over", "seized control of"])
_ACTOR_RANK = {"state": 0, "armed_group": 0, "unknown": 1}
#: Words before "threat" that make it a danger someone poses or faces, not an act of threatening ("posing no
#: threat to them", "a security threat", "constituer une menace", "representar una amenaza").
_DANGER = re.compile(
    r"\b(?:pos(?:e|es|ed|ing)|no|not an?|security|constitu\w*|représent\w*|represent\w*|supon\w*)"
    r"(?:\s+(?:a|an|any|no|une|aucune|una|ninguna|real|serious|grave))*\s+$",
    re.IGNORECASE,
)
_EVIDENCE_CHARS = 400
#: An outcome told as ongoing or accumulated ("have died", "have been wounded", "are being killed").
_ONGOING = re.compile(
    r"\b(?:have|has|are being|is being)\s+(?:been\s+)?(?:\w+ly\s+)?"
    r"(?:died|killed|wounded|injured|hurt)\b",
    re.IGNORECASE,
)
_BOTH = re.compile(r"\b(?:both|each|les deux|chacun|chacune|ambos|ambas|cada)\b", re.IGNORECASE)
#: Between a plural facility noun and the first town of a list ("hospitals in", ", such as in", "at").
_LIST_OPEN = re.compile(r"[\s,]*(?:(?:such as|like|including)\s+)?(?:in|at|à|en|de)\s+(?:the\s+)?", re.IGNORECASE)
_TOWN = re.compile(r"(?!(?:The|And)\b)[A-Z][\w'’-]+(?:\s+(?:al-|el-)?[A-Z][\w'’-]+){0,2}")
#: Between two towns of a list.
_LIST_GAP = re.compile(r"\s*(?:,|,?\s*(?:and|et|y|&))\s*(?:(?:in|at|à|en)\s+)?", re.IGNORECASE)
#: Care given to the wounded ("treating the injured"), not their arrival ("we have received nine dead").
_TREATING = ("treat", "soign", "trat", "atend")
_TOTAL = re.compile(r"\b(?:a total of|in total|au total|en total|un total de)\b", re.IGNORECASE)
#: Words pointing back to the act told just before ("in the attack", "in the blast").
_THE_ACT = re.compile(
    r"\b(?:in|by|during|from)\s+(?:the|this|that|today's|yesterday's)\s+"
    r"(?:attack|strike|airstrike|air strike|raid|blast|explosion|bombing|shelling|assault|incident)s?\b",
    re.IGNORECASE,
)
_NOT_NAME = re.compile(
    r"\b(?:hospitals?|clinics?|health|centres?|centers?|the|al|el|msf|doctors without borders|"
    r"m[ée]decins sans fronti[èe]res|icrc|red cross|red crescent|supported|run|operated)\b|[’']s\b|[-’']"
)


@dataclass(slots=True)
class Group:
    """An incident being built: its events and the sentences that support it."""

    events: list[Event]
    date: Any = None
    facility_type: str | None = None
    names: list[str] = field(default_factory=list)
    background: bool = False
    told: bool = False
    support: list[Sentence] = field(default_factory=list)
    last: int = 0
    weapons: set[str] = field(default_factory=set)
    places: set[str] = field(default_factory=set)
    counts: list[dict[str, Any]] = field(default_factory=list)

    @property
    def sentences(self) -> list[Sentence]:
        seen = {e.sentence.index: e.sentence for e in self.events}
        seen.update({s.index: s for s in self.support})
        return [seen[i] for i in sorted(seen)]


def _core(name: str) -> str:
    """A facility name without facility nouns, articles and operators ("MSF-supported", "Doctors Without
    Borders"): the words that tell one facility from another."""
    return _NOT_NAME.sub(" ", name.lower()).strip()


def _same_name(a: str, b: str) -> bool:
    ca, cb = _core(a), _core(b)
    if not ca or not cb:
        return True
    if set(ca.split()) <= set(cb.split()) or set(cb.split()) <= set(ca.split()):
        return True
    return fuzz.ratio(ca, cb) >= 80


def _names_agree(a: list[str], b: list[str]) -> bool:
    """Whether two lists of facility names can name one facility (or one of them names none)."""
    return not a or not b or any(_same_name(x, y) for x in a for y in b)


def _date_fits(a: Any, b: Any) -> bool:
    if a is None or b is None:
        return True
    return a.value.startswith(b.value) or b.value.startswith(a.value)


def _settlements(event: Event) -> set[str]:
    """The towns and villages the event is placed in: its facility's place, else those its sentence names
    (geo mentions of kind "place")."""
    if event.place:
        return {event.place.text.casefold()}
    return {p.text.casefold() for p in event.sentence.places if p.kind == "place"}


def _elsewhere(here: set[str], there: set[str]) -> bool:
    """Whether two sets of place names have nothing in common ("eastern aleppo" and "aleppo" do)."""
    return bool(here and there) and not any(a in b or b in a for a in here for b in there)


def _fits(group: Group, event: Event, doc: Doc) -> bool:
    mine, theirs = (None if event.told else event.date), (None if group.told else group.date)
    if group.background != event.background or not _date_fits(theirs, mine):
        return False
    # the same day in another town: another act; an attack on people away from any facility is told at
    # several scales ("in Mogadishu", "near the X junction in the Y neighbourhood"), so place names do not part it
    placed = event.facility is not None or group.facility_type is not None
    if placed and _elsewhere(_settlements(event), group.places):
        return False
    ftype = event.facility.value.get("facility_type") if event.facility else None
    if ftype and group.facility_type and ftype != group.facility_type and "other" not in (ftype, group.facility_type):
        return False
    if event.facility_name and group.names:
        name = doc.text[event.facility_name[0] : event.facility_name[1]]
        return any(_same_name(name, n) for n in group.names)
    return True


def _only_places(doc: Doc, event: Event, start: int, end: int) -> bool:
    """Whether the words from ``start`` to ``end`` are all place names or demonyms the geo stage found."""
    covered = [p for p in event.sentence.places if p.start >= start and p.end <= end]
    return bool(covered) and sum(p.end - p.start for p in covered) >= len(doc.text[start:end].strip()) - 2


def _nearest(mine: Event, events: list[Event], triggers: list[Hit]) -> list[Hit]:
    """The triggers told before every facility, and those closer to ``mine``'s facility phrase (noun and
    its place: "the clinic in X") than to any other event's."""

    def gap(e: Event, t: Hit) -> int:
        end = e.place.end if e.place else e.facility.end
        return max(e.facility.start - t.end, t.start - end, 0)

    first = min(e.facility.start for e in events)  # "airstrikes hit A, B and C": shared by all
    return [t for t in triggers if t.end <= first or min(events, key=lambda e: gap(e, t)) is mine]


def _split_by_facility(doc: Doc, event: Event) -> list[Event]:
    """One event per facility the sentence tells apart by name or by place ("the health facility in A ...
    the health centre in B"); otherwise the event with its main facility."""
    facilities = [t for t in event.targets if "facility_type" in t.value]
    by_name: dict[str, Event] = {}
    by_place: dict[str, Event] = {}
    for hit in facilities:
        name, place = facility_name(doc, hit), facility_place(doc, hit)
        if name and _only_places(doc, event, name[0], hit.start):
            name = None  # "Somali hospital", "Aleppo hospital": a place, not a facility's own name
        one = replace(event, facility=hit, facility_name=name, place=place)
        if name and not any(_same_name(doc.text[slice(*name)], k) for k in by_name):
            by_name[doc.text[slice(*name)]] = one
        if place and not any(_same_name(place.text, k) for k in by_place):
            by_place[place.text] = one
    apart = list((by_name if len(by_name) > 1 or not by_place else by_place).values())
    if len(by_name) > 1:  # "hit A Hospital in X; the B Hospital in Y": one facility may be told by place only
        named = {e.facility.start for e in apart}
        apart += [e for e in by_place.values() if e.facility.start not in named and e.facility_name is None]
    if len(apart) > 1:  # each facility keeps the attack words and the casualties nearest to it
        apart.sort(key=lambda e: e.facility.start)
        bounds = [event.sentence.start] + [e.facility.start for e in apart[1:]] + [event.sentence.end]
        return [
            replace(e, triggers=_nearest(e, apart, event.triggers), counts=count_sentence(doc, e.sentence, span))
            for e, span in zip(apart, itertools.pairwise(bounds), strict=False)
        ]
    for hit in facilities:  # "hospitals in A, B and C", "three clinics in A, B and C": one incident each
        listed = _town_list(doc, hit) if _plural(hit) else []
        count = next((q.value for q in event.sentence.quantities if q.end <= hit.start and hit.start - q.end <= 2), 0)
        if len(listed) > 1 and count in (0, len(listed)):
            return [replace(event, facility=hit, place=p) for p in listed]
    typed = [t for t in facilities if t.value["facility_type"] != "other"] or facilities
    main = min(typed, key=lambda t: min((abs(t.start - x.start) for x in event.triggers), default=0), default=None)
    if apart:  # one facility told by name or place: it names the incident's place, the target stays the
        # facility nearest the attack ("the ambulance attacked ... belongs to the hospital in X")
        one = apart[0]
        if main is None or one.facility.value["facility_type"] == main.value["facility_type"]:
            return [one]
        return [replace(one, facility=main, facility_name=None)]
    for hit in facilities:  # "two field hospitals, one in A and the other in B": one incident each
        count = next((q.value for q in event.sentence.quantities if q.end <= hit.start and hit.start - q.end <= 2), 0)
        towns = [p for p in event.sentence.places if p.kind == "place" and p.start > hit.end]
        if 1 < count <= len(towns):
            counts = _each(doc, event, count)
            return [
                replace(event, facility=hit, place=Span(p.start, p.end, p.text, "geo.place"), counts=counts)
                for p in towns[:count]
            ]
    return [replace(event, facility=main)]


def _each(doc: Doc, event: Event, n: int) -> dict[str, Any]:
    """The counts of one of ``n`` facilities told together: people told as "both"/"each" of them, as many
    as the facilities, are one per facility ("two ambulances ... leaving both drivers injured")."""
    text = doc.text[event.sentence.start : event.sentence.end]
    if not _BOTH.search(text):
        return event.counts
    return {k: 1 if k in _COUNT_FIELDS and v == n else v for k, v in event.counts.items()}


def _town_list(doc: Doc, hit: Hit) -> list[Span]:
    """The towns listed right after a plural facility noun ("health centres in A, B and C", "such as in A
    and B"): proper names after "in", each next one after only a comma or a conjunction."""
    listed: list[Span] = []
    at = hit.end
    while match := (_LIST_GAP if listed else _LIST_OPEN).match(doc.text, at):
        name = _TOWN.match(doc.text, match.end())
        if not name:
            break
        listed.append(Span(name.start(), name.end(), name.group(), "facility.place"))
        at = name.end()
    return listed


def group(doc: Doc) -> Doc:
    """Component: events grouped into incidents (``doc.incidents``)."""
    groups: list[Group] = []
    for base in doc.events:
        means = any(t.value.get("strength") == "strong" and not t.value.get("ambiguous") for t in base.triggers)
        if _cues(base.sentence, "hypothetical") and (base.date is None or not means):
            continue  # an appeal or a supposition ("if they bombed the hospital, it would be...")
        for event in _split_by_facility(doc, base):
            if event.background and event.date is None:
                continue
            fitting = [g for g in groups if _fits(g, event, doc)]
            if event.date is None and not fitting and groups and all(t.set == "casualties" for t in event.triggers):
                # casualties told without an attack or a date ("both drivers suffered severe injuries and are
                # receiving hospital treatment") are the latest incident's, whatever facility they name
                current = [g for g in groups if not g.background]
                fitting = [max(current, key=lambda g: g.last)] if current else []
            if event.date is None and fitting:
                weapons = {t.value.get("weapon") for t in event.triggers} - {None}
                same = [g for g in fitting if weapons & g.weapons]
                target = max(same or fitting, key=lambda g: g.last)
            elif fitting:
                target = max(fitting, key=lambda g: g.last)
            else:
                target = Group([], background=event.background)
                groups.append(target)
            target.events.append(event)
            target.last = event.sentence.index
            target.places |= _settlements(event)
            target.weapons.update(filter(None, map(_weapon, event.triggers)))
            if target.date is None or (target.told and event.date is not None and not event.told):
                target.date, target.told = event.date, event.told
            if (event.facility and not target.facility_type) or (target.facility_type == "other" and event.facility):
                target.facility_type = event.facility.value.get("facility_type")
            if event.facility_name:
                target.names.append(doc.text[event.facility_name[0] : event.facility_name[1]])
    groups = _merge_undated(groups)
    _attach_support(doc, groups)
    doc.incidents = groups
    return doc


def _merge_undated(groups: list[Group]) -> list[Group]:
    """Undated groups (a headline, a caption, a restatement) joined to the first dated current incident
    with a facility of the same type, or to the first undated one when nothing is dated (unless it names
    another facility or town)."""
    kept: list[Group] = []
    dated = [g for g in groups if g.date is not None and not g.background]
    for g in groups:
        if g.date is not None or g.background:
            kept.append(g)
            continue
        same = [
            h for h in dated + kept if h is not g and not h.background and h.facility_type in (g.facility_type, None)
        ]
        if g.facility_type is None:
            same = [h for h in dated + kept if h is not g and not h.background]
        if not dated:  # a report that dates nothing: facilities told apart by name or town stay apart
            same = [h for h in same if _names_agree(g.names, h.names) and not _elsewhere(g.places, h.places)]
        if same:
            host = same[0]
            host.events = sorted(host.events + g.events, key=lambda e: e.sentence.index)
            host.names += g.names
            host.places |= g.places
            host.facility_type = host.facility_type or g.facility_type
        else:
            kept.append(g)
    return [g for g in groups if g in kept]


def _attach_support(doc: Doc, groups: list[Group]) -> None:
    """Sentences without an attack that tell damage or closure of a facility support the nearest incident
    (the one before them, else the first) with a facility of the same type; a sentence right after an
    incident's sentence (or the one after) telling only casualties ("No one was hurt.", "Three died in the
    attack.") supports that incident."""
    owner = {e.sentence.index: g for g in groups for e in g.events}
    for sentence in doc.sentences:
        if sentence.index in owner:
            continue
        previous = owner.get(sentence.index - 1) or owner.get(sentence.index - 2)
        strong = [h for h in sentence.get("attacks") if h.value.get("strength") == "strong"]
        if previous and sentence.get("casualties") and not strong:  # "24 civilians died in the attack."
            read_quantities(doc, sentence)
            previous.support.append(sentence)
            if not _toll(doc, sentence, previous):
                previous.counts.append(count_sentence(doc, sentence))
            if previous.date is None and not previous.background:  # "... at al-Salam Hospital in December"
                told = [d for d in _sentence_dates(doc, sentence) if not _dateline(doc, d) and not _reported(doc, d)]
                previous.date = told[0] if told else None
            continue
        if not sentence.get("damage"):
            continue
        types = {h.value.get("facility_type") for h in sentence.get("facilities")} - {None}
        fitting = [g for g in groups if not g.background and g.facility_type in types]
        if not fitting:
            continue
        if any(h.text.lower().endswith("s") for h in sentence.get("facilities")):  # "all three hospitals"
            for g in fitting:
                g.support.append(sentence)
            continue
        before = [g for g in fitting if g.events[0].sentence.index < sentence.index]
        (before[-1] if before else fitting[0]).support.append(sentence)


def _toll(doc: Doc, sentence: Sentence, g: Group) -> bool:
    """Whether a sentence without an attack tells other casualties than the act's: a day other than the
    incident's ("fighting that began on 4 April has left 607 dead"), a range or statistic cue ("since
    April", "so far"), the treatment of the wounded, or an outcome in the present perfect or progressive
    ("more than 400 people have died"), unless it points back to the act ("in the attack")."""
    text = doc.text[sentence.start : sentence.end]
    if _THE_ACT.search(text):
        return False
    other_day = any(d.precision == "day" and not _date_fits(d, g.date) for d in _sentence_dates(doc, sentence))
    # "we were treating the injured from strikes on the city": victims of other attacks
    treating = any(h.text.lower().startswith(_TREATING) for h in _cues(sentence, "treatment"))
    # "attacks on health facilities in 2019 resulted in a total of 12 deaths": a statistic of many attacks
    statistic = _TOTAL.search(text) or any(h.text.lower().endswith("s") for h in sentence.get("attacks"))
    return bool(other_day or _cues(sentence, "aggregate") or treating or statistic or _ONGOING.search(text))


def _add(mention: Mention, name: str, hits: list[Any]) -> None:
    for hit in hits:
        mention.add_span(name, Span(hit.start, hit.end, hit.text, hit.rule))


def _pick(hits: list[Hit], key: str, rank: dict[str, int]) -> tuple[str | None, list[Hit]]:
    found = [h for h in hits if key in h.value]
    if not found:
        return None, []
    best = max(found, key=lambda h: rank[h.value[key]]).value[key]
    return best, [h for h in found if h.value[key] == best]


def build_mention(doc: Doc, g: Group, version: str) -> Mention:
    """The :class:`Mention` of group ``g``: every value with the spans supporting it."""
    m = Mention(background=g.background, extractor_version=version)
    if g.date is not None:
        m.date, m.date_precision = g.date.value, g.date.precision
        _add(m, "date", [g.date])
    elif doc.reference is not None and not g.background:
        # told without a date of its own: the act is as recent as the statement (dateline or page date)
        m.date, m.date_precision = doc.reference.isoformat(), "day"
        m.add_span("date", Span(0, 0, "", "date.reference"))
    times = [e.time for e in g.events if e.time is not None]
    if times:
        m.time = times[0].value
        _add(m, "time", times[:1])
    facilities = [e.facility for e in g.events if e.facility]
    if facilities:
        main = next((f for f in facilities if f.value["facility_type"] == g.facility_type), facilities[0])
        m.facility_type = main.value["facility_type"]
        _add(m, "facility_type", [main])
    named = [e.facility_name for e in g.events if e.facility_name]
    if named:
        start, end = named[0]
        m.facility_name = doc.text[start:end]
        m.add_span("facility_name", Span(start, end, m.facility_name, "facility.name"))
    triggers = [_seized(doc, t, g) for e in g.events for t in e.triggers if _acts(doc, e, t)]
    if any(t.value.get("attack_type") in _EXPLOSIVE for t in triggers if not t.value.get("ambiguous")):
        # "bomb", "bombing" name no launch: the specific means told elsewhere in the incident decides
        triggers = [t for t in triggers if not t.value.get("ambiguous")]
    elif any(t.value.get("attack_type") == "explosive_device" for t in triggers):
        # only "bomb" and "bombing": the bombing was the bomb's
        triggers = [t for t in triggers if t.value.get("attack_type") != "heavy_weapons"]
    # "aerial attack" names the means only when nothing more specific of its class is told ("missiles")
    named = {t.value.get("weapon_class") for t in triggers if t.value.get("weapon") and not t.value.get("generic")}
    for t in triggers:
        kind = t.value.get("attack_type")
        weapon = None if t.value.get("generic") and t.value.get("weapon_class") in named else _weapon(t)
        if kind and kind not in m.attack_types:
            m.attack_types.append(kind)
        if kind:
            _add(m, "attack_types", [t])
        if weapon and weapon not in m.weapons:
            m.weapons.append(weapon)
        if weapon:
            _add(m, "weapons", [t])
    presumed = _presumed_gunfire(g, triggers)
    if presumed:
        m.attack_types.append("individual_weapons")
        _add(m, "attack_types", presumed)
    entered = _presumed_entry(doc, g, triggers)
    if entered and "armed_entry" not in m.attack_types:
        m.attack_types.append("armed_entry")
        _add(m, "attack_types", entered)
    _add(m, "weapons_carried", _carried(g, triggers))  # a span field only: no attack type, no scored weapon
    sentence_hits = [h for s in g.sentences for h in s.get("damage")]
    m.facility_damage, spans = _pick(sentence_hits, "facility_damage", _DAMAGE_RANK)
    if m.facility_damage is None and m.facility_type:  # what is set on fire is damaged at least
        spans = [t for t in triggers if t.value.get("attack_type") == "arson"][:1]
        m.facility_damage = "damaged" if spans else None
    _add(m, "facility_damage", spans)
    m.service_impact, spans = _pick(sentence_hits, "service_impact", _SERVICE_RANK)
    _add(m, "service_impact", spans)
    _counts(m, g)
    actors = [h for e in g.events for h in e.sentence.get("perpetrators")]
    if actors:
        actor = min(actors, key=lambda h: _ACTOR_RANK[h.value["kind"]])
        m.perpetrator = actor.text
        _add(m, "perpetrator", [actor])
    m.resources = _resources(g)
    m.evidence = " ... ".join(doc.text[e.sentence.start : e.sentence.end].strip() for e in g.events[:3])
    m.evidence = m.evidence[:_EVIDENCE_CHARS]
    m.confidence = _confidence(m, g)
    return m


def _seized(doc: Doc, hit: Hit, g: Group) -> Hit:
    """A facility building seized, captured or taken over is occupied (military use), not looted; supplies and
    vehicles seized are looted (the things named next to the word decide)."""
    if hit.rule != "attack.looting" or hit.text.lower() not in _SEIZED:
        return hit
    if _THINGS.search(doc.text[max(0, hit.start - 40) : hit.end + 40]):
        return hit
    targets = [t for e in g.events for t in e.targets]
    if not any("facility_type" in t.value for t in targets) or any(
        "resource" in t.value or t.value.get("facility_type") == "ambulance" for t in targets
    ):
        return hit
    rule = rule_by_id("attack.military_use")
    return replace(hit, rule=rule.id, value=rule.value) if rule else hit


def _carried(g: Group, triggers: list[Hit]) -> list[Hit]:
    """The words telling a weapon the incident's actors carried, without telling its use: an actor's noun
    ("gunmen", "armed men") or the manner ("at gunpoint", "armed with knives")."""
    actors = [h for e in g.events for h in e.sentence.get("perpetrators") if "carries" in h.value]
    return list(dict.fromkeys([*actors, *(t for t in triggers if "carries" in t.value)]))


def _launches(e: Event) -> set[Hit]:
    """Firing words ("fired at", "opened fire") in a sentence that names a heavy weapon or an explosive: they
    launch it ("missiles fired at the hospital"), they are no gunfire."""
    if not any(t.value.get("attack_type") in _EXPLOSIVE for t in e.triggers):
        return set()
    return {t for t in e.triggers if t.value.get("launch")}


def _acts(doc: Doc, e: Event, hit: Hit) -> bool:
    """Whether a trigger of event ``e`` tells an act: not an act word of an actor's name ("Israeli occupation
    forces"), not a threat posed ("not posing a threat"), not an act threatened or attempted ("tried to
    kidnap"), not a town occupied or power seized, not "hit with" a weapon the next words name, not the
    firing of a heavy weapon (:func:`_launches`)."""
    # an act word inside a name ("occupation"), not a weapon ("Russian warplanes") nor a bare attack ("assailants")
    act = "attack_type" in hit.value and "weapon" not in hit.value
    if act and any(a.start <= hit.start and hit.end <= a.end for a in e.sentence.get("perpetrators")):
        return False
    before = doc.text[max(0, hit.start - 40) : hit.start]
    if (hit.value.get("attack_type") == "threat" and _DANGER.search(before)) or _UNDONE.search(before):
        return False
    if hit.text.lower() in _SEIZED | {"occupation", "occupied"} and _NOT_FACILITY.match(doc.text, hit.end):
        return False  # "during their occupation of the town", "since it seized power"
    if hit.text.lower().endswith(" with") and any(  # "hit with a tear gas canister": the weapon tells the act
        "weapon" in t.value and 0 <= t.start - hit.end <= 30 for t in e.triggers
    ):
        return False
    return hit not in _launches(e)


def _presumed_gunfire(g: Group, triggers: list[Hit]) -> list[Hit]:
    """The hits that make an attack told without its means gunfire: an ambush, or a killing, a wounding or an
    attack told only as "attacked" by men whose noun names their guns ("killed by gunmen", "attacked by armed
    men"); nothing when the incident tells any kind of attack (a weapon, fire, a beating, a raid, an
    abduction, a looting), nor for forces whose weapons the text does not name ("killed by soldiers")."""
    if any(t.value.get("attack_type") for t in triggers):
        return []
    presumed = [t for t in triggers if t.value.get("presumes") == "individual_weapons"]
    violent = any(
        t.value.get("outcome") in ("killed", "injured") or (t.set == "attacks" and t.value.keys() == {"strength"})
        for t in triggers
    )
    armed = [h for h in _carried(g, triggers) if h.value["carries"] == "firearms"]
    return presumed or (armed[:1] if violent else [])


def _presumed_entry(doc: Doc, g: Group, triggers: list[Hit]) -> list[Hit]:
    """The armed actor whose act inside a facility building tells that they forced their way in: a facility
    looted by men told as armed ("armed men", "at gunpoint"; a looting by "soldiers" is a looting), or people
    abducted, beaten or shot in, inside or from it by armed men or forces ("kidnapped by gunmen from the health
    centre"); nothing for strikes from afar, vehicles, or acts near a facility."""
    kinds = {t.value.get("attack_type") for t in triggers}
    if kinds & {"heavy_weapons", "explosive_device", "armed_entry"}:
        return []
    told = [h for h in _carried(g, triggers) if h.value["carries"] == "firearms"]
    actors = [h for e in g.events for h in e.sentence.get("perpetrators")]
    armed = told + [h for h in actors if h.value.get("presumed_class") == "firearms"]
    if not armed:
        return []
    buildings = [
        t
        for e in g.events
        for t in e.targets
        if t.value.get("facility_type") not in (None, "ambulance", "mobile_clinic")
    ]
    if "looting" in kinds and buildings and told:
        return told[:1]
    present = kinds & {"abduction_arrest", "assault", "individual_weapons", "sexual_violence", "threat", None}
    before = [doc.text[max(0, b.start - 40) : b.start] for b in buildings]
    inside = any(_INSIDE.search(x) and not _BROUGHT.search(x) for x in before)
    return armed[:1] if present and inside else []


def _weapon(hit: Hit) -> str | None:
    """The weapon a trigger names: its rule's noun, or for "*" the words as written, singular."""
    weapon = hit.value.get("weapon")
    if weapon == "*":
        weapon = " ".join(hit.text.lower().split())
        return weapon[:-1] if weapon.endswith("s") else weapon
    return weapon


def weapon_classes(m: Mention) -> set[str]:
    """The weapon classes (codebook ``Weapon``, II's "carried or used") of a mention: those of the rules behind
    its attack types and weapons, and of the weapons told as carried (span field ``weapons_carried``); when
    none is told, the class its perpetrator is presumed to carry ("soldiers": firearms)."""

    def classes(field_name: str, key: str) -> set[str]:
        rules = (rule_by_id(s.rule) for s in m.spans.get(field_name, []) if s.rule)
        return {r.value[key] for r in rules if r and key in r.value}

    told = classes("attack_types", "weapon_class") | classes("weapons", "weapon_class")
    return told | classes("weapons_carried", "carries") or classes("perpetrator", "presumed_class")


def _counts(m: Mention, g: Group) -> None:
    """Each count is the largest any of the incident's sentences tells (restatements are not added up)."""
    tallies = [e.counts for e in g.events] + g.counts
    for name in _COUNT_FIELDS:
        values = [c for c in tallies if c.get(name) is not None]
        if values:
            best = max(values, key=lambda c: c[name])
            setattr(m, name, best[name])
            _add(m, name, best["spans"].get(name, []))
    unspecified = [c for c in tallies if c.get("injured_unspecified")]
    if unspecified and m.injured is None:
        m.injured_unspecified = True
        _add(m, "injured_unspecified", unspecified[0]["spans"].get("injured_unspecified", []))


def _resources(g: Group) -> list[str]:
    found: list[str] = []
    for e in g.events:
        for t in e.targets:
            ftype, group = t.value.get("facility_type"), t.value.get("group")
            resource = (
                RESOURCE_FOR_FACILITY_TYPE[FacilityType(ftype)].value
                if ftype
                else {"health_worker": "personnel", "patient": "patients"}.get(group) or t.value.get("resource")
            )
            if resource and resource not in found:
                found.append(resource)
    return found


def _confidence(m: Mention, g: Group) -> float:
    """A rough 0-1 score: how many of the cues of a well-told incident are present."""
    cues = [
        bool(m.attack_types),
        m.facility_type is not None,
        m.date is not None,
        any(t.value.get("strength") == "strong" for e in g.events for t in e.triggers),
        len(g.events) > 1,
    ]
    return round(0.4 + 0.11 * sum(cues), 2)
