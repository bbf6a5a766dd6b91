"""Choose what each place name of a document means, from the rest of the document.

Rules, in order:

1. The document's **main country** is the one with most evidence, if that reaches ``MIN_COUNTRY_EVIDENCE``: a
   country name counts 3; a demonym 0.5; either 0.02 before an armed actor sent abroad as often as not
   ("Russian warplanes", "Israeli forces", "Saudi-led" say where the attacker is from, not where it struck;
   "Syrian regime forces", "Afghan National Army" count in full), told as a neighbour ("neighbouring Mali", "le
   Mali voisin": not the text's own country) or before a facility word ("Kuwait Hospital" is named
   after a donor); an admin1 named as such ("Kachin State", "province of Idlib") 2; any other admin1 or place
   name spreads 0.3 to 1 (log10 of its biggest candidate's population / 6: 0.5 for a hamlet of 1,000, 1 for a
   city of a million; half that before a facility word or as a dateline) over the countries it may be in, by
   their population ("Rafah" gives Palestine about 0.63 and Egypt 0.22; "Aleppo" gives Syria 1). A text whose
   only evidence is an attacker's nationality has no main country: better none than the attacker's.
2. Each mention takes the candidate that lies in the country with most evidence, then one of the mention's
   own kind (the city for "Aleppo", the governorate for "Aleppo governorate"; the province for a bare name
   when it dwarfs every settlement so named: "Sinaloa"), then in an admin1 the document names, then the biggest.
   So "Kherson" is Ukraine's, and "Rafah" in a text that says "Gaza" is Palestine's even though an Egyptian Rafah
   exists.
3. The document's **main admin1** is the admin1 most often named or implied by the chosen places of the main
   country, an admin1 named outright counting twice (surer than one implied by a small place's name).
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field

from notatarget.domain.records import Place
from notatarget.errors import GeoError
from notatarget.geo.recognize import PlaceMention

#: Least evidence that makes a main country: more than a few attackers' nationalities ("Israeli forces").
MIN_COUNTRY_EVIDENCE = 0.15
#: How many times more people a province must hold than every settlement of its name for the name alone to
#: mean the province.
PROVINCE_OVER_PLACE = 100
#: For each mention kind, the (is admin1, is country) precision its own candidates have.
_PRECISIONS = {"place": (False, False), "admin1": (True, False), "country": (False, True), "demonym": (False, True)}


@dataclass(slots=True)
class DocumentPlaces:
    """The places of one document: its main country and admin1, and the Place chosen for each mention."""

    country: str | None
    admin1: str | None
    evidence: dict[str, float] = field(default_factory=dict)
    chosen: list[tuple[PlaceMention, Place | None]] = field(default_factory=list)

    def place_of(self, mention: PlaceMention) -> Place | None:
        """The Place chosen for ``mention`` (``None`` when it has no candidate)."""
        return next((place for m, place in self.chosen if m is mention), None)

    def most_specific(self) -> tuple[PlaceMention, Place] | None:
        """The first mention of the finest precision in the main country: a document's likely location."""
        rank = {"exact": 0, "settlement": 1, "district": 1, "admin1": 2, "country": 3}
        in_country = [(m, p) for m, p in self.chosen if p is not None and p.country == self.country]
        if not in_country:
            return None
        return min(in_country, key=lambda mp: (rank.get(mp[1].precision or "country", 3), mp[0].start))


def resolve_document(mentions: list[PlaceMention], context: list[PlaceMention] | None = None) -> DocumentPlaces:
    """Weigh the country evidence of all ``mentions`` and choose a Place for each. ``context``: mentions of the
    rest of the document, which add their country evidence but are not resolved (nor vote for the admin1)."""
    for given in (mentions, context or []):
        if not isinstance(given, list | tuple) or not all(isinstance(m, PlaceMention) for m in given):
            raise GeoError("resolve_document needs a list of PlaceMention (from find_places)")
    evidence: Counter[str] = Counter()
    for mention in [*mentions, *(context or [])]:
        evidence.update(mention.countries)
    everything = [*mentions, *(context or [])]
    country = max(evidence, key=lambda iso3: (evidence[iso3], -_first_seen(everything, iso3))) if evidence else None
    if country is not None and evidence[country] < MIN_COUNTRY_EVIDENCE:
        country = None
    named_admin1 = {
        (c.country, c.admin1) for m in mentions if m.kind == "admin1" for c in m.candidates if c.country == country
    }

    def rank(mention: PlaceMention, place: Place) -> tuple:
        return (
            place.country == country,
            evidence.get(place.country or "", 0.0),
            _own_kind(mention, place),
            (place.country, place.admin1) in named_admin1,
            place.population or 0,
        )

    chosen = [(m, max(m.candidates, key=lambda p, m=m: rank(m, p)) if m.candidates else None) for m in mentions]
    admin1_votes: Counter[str] = Counter()
    for mention, place in chosen:
        if place is not None and place.country == country and place.admin1:
            admin1_votes[place.admin1] += 2 if mention.kind == "admin1" else 1
    admin1 = admin1_votes.most_common(1)[0][0] if admin1_votes else None
    return DocumentPlaces(country=country, admin1=admin1, evidence=dict(evidence), chosen=chosen)


def _own_kind(mention: PlaceMention, place: Place) -> bool:
    """Whether ``place`` is of the kind ``mention`` names: a province for "Aleppo governorate", the city for
    "Aleppo"; a place's name names its province when that province dwarfs every settlement so named
    (``PROVINCE_OVER_PLACE``: "Gegharkunik" the province of 200,000, not the village of 1,800)."""
    if mention.kind == "place" and place.precision == "admin1":
        settlements = [c.population or 0 for c in mention.candidates if c.precision != "admin1"]
        return (place.population or 0) >= PROVINCE_OVER_PLACE * max(settlements, default=0) > 0
    return _PRECISIONS[mention.kind] == (place.precision == "admin1", place.precision == "country")


def _first_seen(mentions: list[PlaceMention], iso3: str) -> int:
    return next((i for i, m in enumerate(mentions) if iso3 in m.countries), len(mentions))
