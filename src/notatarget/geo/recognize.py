"""Find place names in running text: countries, admin1 (provinces, governorates, states), settlements, demonyms.

The gazetteer's names sit in a static trie; at every word start that may begin a name (a capital letter, or a
letter of a caseless script such as Arabic), one ``prefixes`` call over the folded text gives every name that
starts there, and the longest acceptable one wins. That is an anchored Aho-Corasick search in effect, at a few
microseconds a word start, with no automaton to build at load time.

A match is dropped when it is likely not a place here (rules, not tuned to documents):

- it is on the stop-list (``data/stoplist.txt``: months, weekdays, directions, words of the domain);
- it is a common English word (wordfreq Zipf >= 4.0) and not a country, not a city of a million people, and
  not followed by an admin word ("Bay region");
- it has three letters or fewer and starts with a capital, or has a word in capitals of two to four letters
  ("NGO", "A NGO"), unless an admin word follows ("Abs district"); countries are exempt ("DRC", "UK");
- it is an admin1 name made of a direction and an admin word only ("Western Region": which country's?);
- it is known only as an alternate name and a facility word follows ("Al Thawra hospital" is a hospital);
- it is a single word known only as an alternate name of a small place (under 15,000 people, or under 100,000
  when it has some use as a word), or the place's own name with fewer than 500 people and some use as a word.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import cache

import regex

from notatarget.domain.codebook import GeoPrecision
from notatarget.domain.records import Place
from notatarget.geo._text import fold, name_key
from notatarget.geo.build import ADMIN1, COUNTRY, DEMONYM, GENERIC, PLACE, PRIMARY, REGION, VARIANT
from notatarget.geo.index import GeoError, Record, gazetteer

#: Longest stretch of text a name may take (characters).
MAX_NAME_CHARS = 64
#: Longest text accepted, in characters (about 3 million words).
MAX_TEXT_CHARS = 20_000_000
#: Most candidates kept per mention, by population.
MAX_CANDIDATES = 12

COMMON_WORD_ZIPF = 40  # x10
MIN_POP_ALTERNATE = 15_000
MIN_POP_ALTERNATE_WORDLIKE = 100_000
MIN_POP_PRIMARY = 500
BIG_CITY = 1_000_000

#: Where a name may start: a capital or a caseless letter (Arabic) after a non-word character; and any letter,
#: for languages that write demonyms in lower case. ``regex`` has the Unicode classes ``re`` lacks.
_NAME_START = regex.compile(r"(?<!\w)[\p{Lu}\p{Lt}\p{Lo}]")
_WORD_START = regex.compile(r"(?<!\w)\p{L}")
_ADMIN1_AFTER = re.compile(
    r"[ \t]+(province|governorate|state|region|oblast|wilaya|wilayah|prefecture|department|regional state)\b",
    re.IGNORECASE,
)
_DISTRICT_AFTER = re.compile(r"[ \t]+(district|county|municipality|sub-district|subdistrict|commune)\b", re.IGNORECASE)
_ADMIN1_BEFORE = re.compile(
    r"\b(province|governorate|state|region|oblast|wilaya|gouvernorat|r[ée]gion|provincia|departamento)"
    r"( of| de| d'| du)?\s+$",
    re.IGNORECASE,
)
_QUALIFIER_BEFORE = re.compile(
    r"\b((?:north|south)?(?:east|west)(?:ern)?|north(?:ern)?|south(?:ern)?|central|"
    r"(?:nord|sud)?[- ]?(?:est|ouest)|nord|sud|centre)[ \t]+$",
    re.IGNORECASE,
)
_FACILITY_AFTER = re.compile(
    r"[ \t]+(hospital|clinic|health|medical|h[ôo]pital|centre|center|cl[ií]nica|hospitalier)", re.IGNORECASE
)
_ACTOR_AFTER = re.compile(
    r"[ \t]+(?:[a-z-]+[ \t]+)?(forces|force|army|armed|military|troops|soldiers|warplanes|jets|aircraft|planes|"
    r"helicopters|drones?|airstrikes?|air|regime|government|police|militia|artillery|navy|security)\b",
    re.IGNORECASE,
)
_ARABIC_PROCLITICS = frozenset("وبلف")
_KIND_NAMES = {COUNTRY: "country", ADMIN1: "admin1", PLACE: "place", DEMONYM: "demonym"}


@dataclass(slots=True)
class PlaceMention:
    """A place name found in a text: its span, what kind of name it is, and the places it may mean.

    ``candidates`` are ordered by kind then population; ``resolve_document`` picks one using the whole
    document. ``qualifier`` is a direction written before the name ("eastern" in "eastern Aleppo"); the span
    covers the name alone, plus an admin word written after it ("Idlib province", "Abs district").
    """

    start: int
    end: int
    text: str
    kind: str
    candidates: list[Place] = field(default_factory=list)
    qualifier: str | None = None
    countries: dict[str, float] = field(default_factory=dict)


def find_places(text: str, language: str | None = None) -> list[PlaceMention]:
    """The place names in ``text``, in order, without overlaps.

    ``language`` (an ISO 639-1 code) lets lower-case demonyms count in languages that write them so
    ("les forces syriennes"). Raises :class:`GeoError` for a non-string or a text over ``MAX_TEXT_CHARS``.
    """
    if not isinstance(text, str):
        raise GeoError(f"find_places needs a str, not {type(text).__name__}")
    if len(text) > MAX_TEXT_CHARS:
        raise GeoError(f"text of {len(text):,} characters is over the limit of {MAX_TEXT_CHARS:,}", hint="split it")
    gaz = gazetteer()
    folded = fold(text)
    lower_demonyms = language in ("fr", "es", "ar", "it", "pt")
    mentions: list[PlaceMention] = []
    resume = 0
    for word in (_WORD_START if lower_demonyms else _NAME_START).finditer(text):
        start = word.start()
        if start < resume:
            continue
        first = text[start]
        lower = first.islower()
        starts = [start]
        if first in _ARABIC_PROCLITICS:
            starts.append(start + 1)
        for at in starts:
            mention, resume = _match_at(gaz, text, folded, at, demonyms_only=lower)
            if mention is not None:
                mentions.append(mention)
                break
    return mentions


def _match_at(gaz, text: str, folded: str, start: int, *, demonyms_only: bool) -> tuple[PlaceMention | None, int]:
    """The longest acceptable name at ``start``, and where to look next (past a stop phrase found here)."""
    window = folded[start : start + MAX_NAME_CHARS]
    stop_len = max((len(k) for k in _stop_phrases().prefixes(window) if _ends_word(folded, start + len(k))), default=0)
    for key in sorted(gaz.prefixes(window), key=len, reverse=True):
        end = start + len(key)
        if len(key) <= stop_len:
            break
        if not _ends_word(folded, end):
            continue
        records = gaz.records(key)
        if demonyms_only:
            records = [r for r in records if r.kind == DEMONYM]
        mention = _mention(gaz, text, start, end, key, records)
        if mention is not None:
            return mention, mention.end
    return None, start + stop_len


def _mention(gaz, text: str, start: int, end: int, key: str, records: list[Record]) -> PlaceMention | None:
    surface = text[start:end]
    before = text[max(0, start - 40) : start]
    admin1_after = _ADMIN1_AFTER.match(text, end)
    district_after = None if admin1_after else _DISTRICT_AFTER.match(text, end)
    admin_context = bool(admin1_after or district_after or _ADMIN1_BEFORE.search(before))
    single = " " not in key
    kept = [r for r in records if _acceptable(r, surface, single, admin_context)]
    if not admin_context and any(r.kind == DEMONYM for r in kept):
        kept = [r for r in kept if r.kind in (COUNTRY, DEMONYM)]  # "Somali" the people, not the Ethiopian region
    if _FACILITY_AFTER.match(text, end) and not any(r.flags & PRIMARY for r in kept):
        return None
    if not kept:
        return None
    kinds = {r.kind for r in kept}
    regions = [r for r in kept if r.kind == COUNTRY and r.flags & REGION]
    if COUNTRY in kinds and len(regions) < len([r for r in kept if r.kind == COUNTRY]):
        kind = COUNTRY
    elif ADMIN1 in kinds and (admin1_after or _ADMIN1_BEFORE.search(before) or PLACE not in kinds):
        kind = ADMIN1
    elif PLACE in kinds:
        kind = PLACE
    elif ADMIN1 in kinds or COUNTRY in kinds:
        kind = ADMIN1
    else:
        kind = DEMONYM
    order = {k: i for i, k in enumerate((kind, *(k for k in (PLACE, ADMIN1, COUNTRY, DEMONYM) if k != kind)))}
    ranked = sorted(kept, key=lambda r: (order[r.kind], -(r.flags & PRIMARY), -r.population))
    candidates: list[Place] = []
    seen: set[tuple[str, str | None, int]] = set()
    for record in ranked:
        if record.kind in (COUNTRY, DEMONYM) and kind in (PLACE, ADMIN1):
            continue  # the country a region alias names is evidence, not a candidate
        place = gaz.place(record)
        ident = (place.name, place.country, record.kind)
        if ident in seen:
            continue
        seen.add(ident)
        if district_after and place.precision == GeoPrecision.SETTLEMENT.value:
            place.precision = GeoPrecision.DISTRICT.value
        candidates.append(place)
        if len(candidates) >= MAX_CANDIDATES:
            break
    if admin1_after or district_after:
        end = (admin1_after or district_after).end()
    qualifier = _QUALIFIER_BEFORE.search(before) if kind in (PLACE, ADMIN1) else None
    return PlaceMention(
        start=start,
        end=end,
        text=text[start:end],
        kind=_KIND_NAMES[kind],
        candidates=candidates,
        qualifier=qualifier.group(1) if qualifier else None,
        countries=_evidence(gaz, kept, actor=bool(_ACTOR_AFTER.match(text, end))),
    )


def _acceptable(record: Record, surface: str, single: bool, admin_context: bool) -> bool:
    if record.kind in (COUNTRY, DEMONYM):
        return len(surface) > 3 or surface.isupper()
    if record.flags & GENERIC:
        return False
    if admin_context:
        return True
    if any(2 <= len(token) <= 4 and token.isupper() for token in surface.split()):
        return False  # "NGO", "A NGO", "MSF": acronyms, not places
    if len(surface) <= 3 and surface[0].isupper():
        return False
    if not single:
        return True
    if record.zipf >= COMMON_WORD_ZIPF and record.population < BIG_CITY:
        return False
    if record.kind == ADMIN1:
        return True
    if not record.flags & PRIMARY or record.flags & VARIANT:
        return record.population >= (MIN_POP_ALTERNATE if record.zipf < 30 else MIN_POP_ALTERNATE_WORDLIKE)
    return record.population >= MIN_POP_PRIMARY or record.zipf < 25


def _evidence(gaz, records: list[Record], *, actor: bool) -> dict[str, float]:
    """How strongly this one mention points at each country: 3 for a country name, 0.5 for a demonym (0.1 when
    it names an armed actor: "Russian warplanes"), and 1 spread by population over a place name's countries."""
    weights: dict[str, float] = {}
    for record in records:
        if record.kind in (COUNTRY, DEMONYM):
            iso3 = gaz.country_of(record)
            weight = 3.0 if record.kind == COUNTRY else 0.1 if actor else 0.5
            weights[iso3] = max(weights.get(iso3, 0.0), weight)
    spread: dict[str, float] = {}
    for record in records:
        if record.kind in (PLACE, ADMIN1):
            iso3 = gaz.country_of(record)
            spread[iso3] = max(spread.get(iso3, 0.0), float(record.population + 1))
    total = sum(spread.values())
    for iso3, pop in spread.items():
        weights[iso3] = weights.get(iso3, 0.0) + pop / total
    return weights


def _ends_word(folded: str, end: int) -> bool:
    return end >= len(folded) or not (folded[end].isalnum() or folded[end] == "_")


@cache
def _stop_phrases():
    """The stop-list as a trie of folded phrases."""
    import importlib.resources

    import marisa_trie

    raw = (importlib.resources.files("notatarget.geo") / "data" / "stoplist.txt").read_text("utf-8")
    return marisa_trie.Trie(name_key(line) for line in raw.splitlines() if line.strip() and not line.startswith("#"))
