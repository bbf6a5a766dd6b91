"""Find place names in running text: countries, admin1 (provinces, governorates, states), settlements, demonyms.

The gazetteer's names sit in a static trie; at every word start that may begin a name (a capital letter, or a
letter of a caseless script such as Arabic), one ``prefixes`` call over the folded text gives every name that
starts there, and the longest acceptable one wins. That is an anchored Aho-Corasick search in effect, at a few
microseconds a word start, with no automaton to build at load time.

A match is dropped when it is likely not a place here (rules, not tuned to documents):

- it is on the stop-list (``data/stoplist.txt``: months, weekdays, directions, words of the domain);
- it is a common English word, or (for names of several words) made only of common English words (wordfreq
  Zipf >= 4.0), and not a country, not a city of a million people, and not next to an admin word ("Bay region");
- it has three letters or fewer and starts with a capital (unless it is the own name of a town of 50,000:
  "Gao", "Yei"), or has a word in capitals of two to four letters ("NGO", "A NGO"), unless
  an admin word follows ("Abs district"); countries are exempt ("DRC", "UK");
- it is an admin1 name made of a direction and an admin word only ("Western Region": which country's?);
- it is a single word known only as an alternate name of a small place (under 15,000 people, or under 100,000
  when it has some use as a word), or the place's own name with fewer than 500 people and some use as a word;
- it is a common word of the text's language (Zipf >= 4.2) when that is given and not English, and the name
  is in Latin script ("Lire" in French);
- it is one word naming a place under 100,000 people, with a capitalised neighbour that is no place word
  ("Abdi Farah", "Prime Minister Abiy"), outside title-case lines: a person's or organisation's name;
- it is a place name with a later word in lower case that is no particle ("The mission");
- it is one word right after a Latin-script Arabic article that made no name with it, unless it is a rare word
  naming a place of 100,000 people ("Al-Amal" is a hospital); after Arabic proclitics, when the word as written
  is a common Arabic word ("كبيرا" is "big", not ك + Beira), or the name is a proclitic and a function word
  ("وأن" is "and that", not Van).

A rare single name that a place word names ("the village of X", "X camp") is kept however small the place;
such a run of capitalised words that the gazetteer lacks becomes a mention without candidates (``cue``).
Arabic harakat and tatweel, soft hyphens and zero-width marks are ignored (spans map back to the text).
"""

from __future__ import annotations

import bisect
import math
import re
from collections.abc import Callable
from dataclasses import dataclass, field, replace
from functools import cache, lru_cache

import regex

from notatarget.domain.codebook import GeoPrecision
from notatarget.domain.records import Place
from notatarget.errors import GeoError
from notatarget.geo._text import SKELETON_MARK, ascii_name, fold, name_key, skeleton
from notatarget.geo.build import (
    ADMIN1,
    COMMON_WORD,
    COUNTRY,
    DEMONYM,
    GENERIC,
    MIN_SKELETON,
    PLACE,
    PRIMARY,
    REGION,
    SKELETON,
    VARIANT,
)
from notatarget.geo.index import Record, gazetteer

#: Longest stretch of text a name may take (characters).
MAX_NAME_CHARS = 64
#: Longest text accepted, in characters (about 3 million words).
MAX_TEXT_CHARS = 20_000_000
#: Most candidates kept per mention, by population.
MAX_CANDIDATES = 12

COMMON_WORD_ZIPF = COMMON_WORD  # x10, as in the index build
LANGUAGE_WORD_ZIPF = 42  # x10, for a Latin-script word of the text's language when that is not English
ALTERNATE_WORD_ZIPF = 35  # x10, the same for a place's alternate name
MIN_POP_ALTERNATE = 15_000
MIN_POP_ALTERNATE_WORDLIKE = 100_000
MIN_POP_PRIMARY = 500
BIG_CITY = 1_000_000
_ROMANCE_LANGUAGES = frozenset(["es", "fr", "pt", "it", "ca"])
_ROMANCE_ARTICLE = re.compile(r"(?:el|la|los|las|le|les) ")

#: Where a name may start: a capital or a caseless letter (Arabic) after a non-word character; and any letter,
#: for languages that write demonyms in lower case. ``regex`` has the Unicode classes ``re`` lacks.
_NAME_START = regex.compile(r"(?<!\w)[\p{Lu}\p{Lt}\p{Lo}]")
_WORD_START = regex.compile(r"(?<!\w)\p{L}")
_ADMIN1_AFTER = re.compile(
    r"[ \t]+(province|governorate|state|region|oblast|wilaya|wilayah|prefecture|department|regional state|"
    r"област[ьіи]|областью|обл\.|обласн\w*|областн\w*)(?!\w)",
    re.IGNORECASE,
)
_DISTRICT_AFTER = re.compile(
    r"[ \t]+(district|county|municipality|sub-district|subdistrict|commune|township|район[ауеі]?|громад[аи])(?!\w)",
    re.IGNORECASE,
)
_ADMIN1_BEFORE = re.compile(
    r"(?:\b(?:province|governorate|state|region|oblast|wilaya|gouvernorat|r[ée]gion|provincia|departamento)"
    r"(?: of| de| d'| du)?|محافظة|ولاية|مقاطعة|إقليم|области|області)\s+$",
    re.IGNORECASE,
)
_QUALIFIER_BEFORE = re.compile(
    r"\b((?:north|south)?(?:east|west)(?:ern)?|north(?:ern)?|south(?:ern)?|central|"
    r"(?:nord|sud)?[- ]?(?:est|ouest)|nord|sud|centre)[ \t]+$",
    re.IGNORECASE,
)
_FACILITY_AFTER = re.compile(
    r"[ \t]+(?:\w+[ \t]+)?(hospital|clinic|health|medical|h[ôo]pital|centre|center|cl[ií]nica|hospitalier|"
    r"field hospital)",
    re.IGNORECASE,
)
#: An armed actor after a country's name or demonym, sent abroad as often as not ("Russian warplanes", "Israeli
#: forces", "Saudi-led coalition"): where the attacker is from, no sign of where it struck.
_ACTOR_AFTER = re.compile(
    r"-(?:led|backed|supported|allied|aligned)\b|(?:'s)?[ \t]+(?:[a-z-]+[ \t]+)?(forces|force|military|troops|"
    r"soldiers|warplanes|jets|aircraft|planes|helicopters|drones?|airstrikes?|air|militia|artillery|navy|missiles?|"
    r"rockets?|shelling|strikes?|bombs?)\b",
    re.IGNORECASE,
)
#: The same before the name, where the adjective follows its noun ("les avions russes", "fuerzas israelíes",
#: "الطائرات الروسية", "القوات الجوية الروسية").
_ACTOR_BEFORE = regex.compile(
    r"(?<!\w)(?i:forces|frappes?|avions?|aviation|troupes|soldats|drones?|missiles?|roquettes?|bombardements?|"
    r"fuerzas|aviones|aviación|tropas|soldados|bombardeos?|misiles|قوات|القوات|طائرات|الطائرات|طائرة|الطائرة|"
    r"الطيران|طيران|صواريخ|الصواريخ|صاروخ|غارات|الغارات|غارة|المدفعية|مدفعية)\s+(?:\p{L}+\s+)?$"
)
#: A word for a street before a name: a street named after a town ("на вулиці Херсонській", "ул. Киевская", "rue de
#: Paris", "calle Bogotá", "شارع بغداد"), not the town.
_STREET_BEFORE = re.compile(
    r"(?<!\w)(?:вулиц[яіюею]|вул\.|провулк[уа]?|проспект[уіа]?|просп\.|улиц[аеуы]|ул\.|переулк[еа]|"
    r"rue(?:\s+(?:de|du|des|d['’]))?|calle|avenida|rua|شارع|[وب]شارع)\s+$",
    re.IGNORECASE,
)
#: A country named as a neighbour ("neighbouring Burkina Faso", "du Niger voisin", "la vecina Colombia"): by that
#: word, not the country the text is about.
_NEIGHBOUR_BEFORE = re.compile(r"\b(?:neighbou?ring|vecin[oa]s?)[ \t]+$", re.IGNORECASE)
_NEIGHBOUR_AFTER = re.compile(r"[ \t]+(?:voisine?s?|vecin[oa]s?)\b", re.IGNORECASE)
#: ... or as where people fled or took refuge ("fled to Chad", "refugee camps in Chad", "réfugiés au Tchad").
_REFUGE_BEFORE = re.compile(
    r"\b(?:fled|flee(?:ing)?|escaped|crossed)\s+(?:(?:across\s+the\s+border\s+)?(?:to|into)|the\s+border\s+into)\s+"
    r"(?:the\s+)?$|\brefugees?(?:\s+camps?)?\s+in\s+(?:the\s+)?$|"
    r"\b(?:r[ée]fugi[ée]s?|fui|fuient|fuyant)\s+(?:au|en|vers\s+le|vers\s+la|vers)\s+$|"
    r"\b(?:huyeron|huyendo|refugiados?|refugiad[oa]s)\s+(?:a|en|hacia)\s+$",
    re.IGNORECASE,
)
#: A state's own institutions, which act at home ("Syrian regime forces", "Somali police"), and named bodies
#: ("Afghan National Army", "Syrian Democratic Forces", "Nigerian Air Force"): the name stays evidence.
_STATE_AFTER = regex.compile(
    r"(?:'s)?[ \t]+(?:(?i:regime|government|police|security|national|army|armed|gendarmerie|authorities)\b|\p{Lu})"
)
_PLACE_WORDS = (
    r"villages?|towns?|cit(?:y|ies)|districts?|sub-?districts?|neighbou?rhoods?|localit(?:y|ies)|camps?|"
    r"municipalit(?:y|ies)|communes?|settlements?|suburbs?|hamlets?|quartiers?|localit[ée]s?|secteurs?|"
    r"villes?|aldeas?|municipios?|pueblos?|veredas?|corregimientos?|qariyat|qaryat|ḥayy|hayy|قرية|بلدة|مدينة|حي|ناحية"
)
#: A place word before a name, possibly over a list of names: "the village of X", "districts of X and Y",
#: "commune de X". A strong cue that a rare word is a place, however small.
_CUE_BEFORE = regex.compile(
    rf"(?<!\w)[وبلفك]{{0,2}}(?i:{_PLACE_WORDS})[ \t]+(?:(?i:of|de|d'|du|del)[ \t]*)?"
    r"(?:\p{Lu}[\p{L}'’-]*(?:[ \t]+\p{Lu}[\p{L}'’-]*)*(?:,[ \t]*|[ \t]+(?:and|et|y)[ \t]+))*$"
)
#: Folded stems of ``_PLACE_WORDS``, any of which the text before a cued name contains.
_PLACE_STEMS = ("vil", "town", "cit", "distr", "neighbo", "local", "camp", "munici", "commun", "settle", "suburb",
                "hamlet", "quart", "secteur", "aldea", "pueblo", "vereda", "corregim", "qar", "hay", "قري", "بلد",
                "مدين", "حي", "ناحي")  # fmt: skip
_PLACE_STEM = re.compile("|".join(map(re.escape, _PLACE_STEMS)))
#: A place word after a name: "X village", "X camp".
_CUE_AFTER = re.compile(
    r"[ \t]+(village|town|neighbou?rhood|camp|locality|hamlet|settlement|district|sub-?district|township)\b",
    re.IGNORECASE,
)
#: An indefinite article before "X camp", "X village": X tells whose it is ("a Rohingya camp"), not its name.
_INDEFINITE_BEFORE = re.compile(r"\b(?:a|an)[ \t]+$", re.IGNORECASE)
#: A facility the name owns: "X's public hospital", "X’s health centre" (a town's facility).
_OWNED_FACILITY = re.compile(
    r"['’]s[ \t]+(?:[a-z]+[ \t]+){0,2}(?:hospital|clinic|health (?:centre|center|post|facility)|"
    r"medical (?:centre|center))\b"
)
_POSSESSIVE_END = re.compile(r"['’]s$")
#: A preposition of place before a name: a weaker cue, enough for a transliteration variant of the main country.
_PREPOSITION_BEFORE = regex.compile(r"(?<!\w)(?:in|near|at|from|outside|around|à|dans|près de|en|cerca de)[ \t]+$")
_DATELINE_AFTER = re.compile(r"\s*(?:\(|,|،|—|–|-\s)")
#: A capitalised word and a hyphen right before a word start: the start is inside a compound name.
_COMPOUND_BEFORE = regex.compile(r"(?<!\w)\p{Lu}\p{L}*-$")
#: A word and a linking vowel before a hyphen (the Persian and Urdu ezafe, "Shifa-e-", "Bab-ul-"): the word after
#: ends a compound ("Shifa-e-Bakhtar"), whose first word the name must start with ("Mazar-e-Sharif").
_EZAFE_BEFORE = regex.compile(r"(?<!\w)\p{L}+-(?:e|i|ye|ul|ud|ur|us|un)-$")


def _after_ezafe(text: str, start: int) -> bool:
    """Whether the word at ``start`` follows a word and its linking vowel ("Shifa-e-"): the end of a compound."""
    return text[start - 1 : start] == "-" and _EZAFE_BEFORE.search(text, max(0, start - 40), start) is not None


_ARABIC_PROCLITICS = frozenset("وبلفك")
_ARABIC_LETTER = regex.compile(r"\p{Arabic}")
#: Characters that never change a name: Arabic harakat, Quranic marks and tatweel; soft hyphen; zero-width marks.
_IGNORABLE = re.compile("[\u064b-\u065f\u0670\u06d6-\u06ed\u0640\u00ad\u200b-\u200f\u2060\ufeff]")
_ARTICLE_BEFORE = regex.compile(r"(?<!\w)(?:al|el)[ -]$")
#: What a text ends on right before a name when an article stands there (a newline: ``$`` matches before one).
_ARTICLE_ENDS = (" ", "-", "\n")
_CAPITAL_ARTICLE_BEFORE = regex.compile(r"(?<!\w)(?:Al|El|AL|EL)[ -]$")
_WORDS = regex.compile(r"\p{L}[\p{L}'’-]*")
_CYRILLIC_CAPITAL = regex.compile(r"\p{Lu}(?<=\p{Cyrillic})")
_WORD = regex.compile(r"\p{L}+")
#: A word of a name, with the apostrophes of transliteration inside ("Ma'arat", "Nu‘man").
_NAME_WORD = regex.compile(r"\p{L}+(?:['’‘ʼʿ`]\p{L}+)*")
_NEXT_CAPITALISED = regex.compile(r"[ -](?:(?:al|el|an|ad|ar|as|at|ash|az|ez|ul)[ -])?\p{Lu}\p{L}*(?:['’‘ʼʿ`]\p{L}+)*")
#: Case endings of Ukrainian and Russian nouns, longest first.
_CYRILLIC_ENDINGS = ("ові", "еві", "ому", "ого", "ами", "ями", "ою", "ею", "ом", "ем", "ах", "ях", "ій", "ої")
_CYRILLIC_ENDINGS += ("і", "и", "а", "я", "у", "ю", "е")
#: Plural case endings ("у Сумах", "в Черкасах"), and the plural nominatives they may stand for ("Суми", "Сумы").
_PLURAL_ENDINGS = frozenset(("ами", "ями", "ах", "ях"))
_PLURAL_TAILS = ("и", "ы", "і")
#: An adjective made from a place name, folded (й is и): "Сумської" (Суми), "Семенівської" (Семенівка),
#: "Сіверський", "Курской" (Курск); the group is the stem up to its "ськ"/"ск".
_CYRILLIC_ADJECTIVE = regex.compile(
    r"(\p{L}{2,}?(?:ськ|цьк|ск|цк))(?:ии|іи|ого|ому|ою|ими|их|ім|им|ая|ое|ои|оі|ую|а|е|у|і)$"
)
#: A Cyrillic word and the hyphenated words after it ("Новгород-Сіверської").
_CYRILLIC_COMPOUND = regex.compile(r"\p{L}+(?:-\p{Lu}\p{L}+)*")
#: An abbreviation given a case ending ("КАБи", "ФАБами", "ЗСУшники"): a weapon or a force, no place.
_INFLECTED_ABBREVIATION = regex.compile(r"\p{Lu}{2,}\p{Ll}+")
_TITLE_BEFORE = regex.compile(
    r"(?<!\w)(?:Mr|Ms|Mrs|Dr|Prof|Sheikh|Imam|Gen|Col|Capt|Lt|Sgt|President|Minister|Commander|spokesman|"
    r"spokeswoman|spokesperson)\.?\s+(?:\p{Lu}\p{Ll}+\s+)?$"
)
_CAPITAL_AFTER = regex.compile(r" (\p{Lu}\p{Ll}+)")
_CAPITAL_BEFORE = regex.compile(r"(?<![.!?:;]\s*)(?<!^)(\p{Lu}\p{Ll}+) $")
MIN_POP_BESIDE_NAMES = 100_000
#: An Arabic word this common as written (Zipf x10) is no proclitic and a name: "وأن" 55, "بكل" 55, "بحلب" 37.
ARABIC_WRITTEN_WORD_ZIPF = 45
#: A proclitic and an Arabic word this common (Zipf x10) is no name: "و" + "أن" (70), "ك" + "ان" (63); the most
#: common Arabic city names stay below 52.
ARABIC_FUNCTION_WORD_ZIPF = 60
#: Country evidence of a name before an armed actor or a facility word: a tie-breaker, never a main country alone.
WEAK_EVIDENCE = 0.02
MIN_POP_SHORT_NAME = 50_000
#: A bare name that names settlements too names a province less often: its provinces' people count this many
#: times less in the spread ("Beni" is the Congolese city before the Bolivian department).
BARE_PROVINCE_DISCOUNT = 10
#: Evidence the caller's ``country`` adds when transliteration variants are looked for: as much as a country named.
COUNTRY_HINT = 3.0
_KIND_NAMES = {COUNTRY: "country", ADMIN1: "admin1", PLACE: "place", DEMONYM: "demonym"}


@dataclass(slots=True)
class PlaceMention:
    """A place name found in a text: its span, what kind of name it is, and the places it may mean.

    ``candidates`` are ordered by kind then population; ``resolve_document`` picks one using the whole
    document. ``qualifier`` is a direction written before the name ("eastern" in "eastern Aleppo"); the span
    covers the name alone, plus an admin word written after it ("Idlib province", "Abs district").
    ``match`` says how the name was found: as written, after undoing a case ending, or by its consonant
    skeleton within the text's main country (a transliteration variant such as "Khan Sheikhoun").
    """

    start: int
    end: int
    text: str
    kind: str
    candidates: list[Place] = field(default_factory=list)
    qualifier: str | None = None
    countries: dict[str, float] = field(default_factory=dict)
    match: str = "name"  # "name", "inflection" (a case ending undone), "skeleton" (a transliteration variant) or
    # "cue" (a place the gazetteer lacks, named by a place word: "the village of X"; no candidates)


def find_places(text: str, language: str | None = None, *, country: str | None = None) -> list[PlaceMention]:
    """The place names in ``text``, in order, without overlaps.

    ``language`` (an ISO 639-1 code) drops names that are common words of that language ("Lire", "Hommes" in
    French) and lets lower-case demonyms count where they are written so ("les forces syriennes").
    ``country`` (ISO3), when the caller knows the document's country (from intake metadata, or from the rest of
    the report), weighs like a country named in ``text`` when choosing where transliteration variants are
    looked for.
    Raises :class:`GeoError` for a non-string or a text over ``MAX_TEXT_CHARS``.
    """
    if not isinstance(text, str):
        raise GeoError(f"find_places needs a str, not {type(text).__name__}")
    if len(text) > MAX_TEXT_CHARS:
        raise GeoError(f"text of {len(text):,} characters is over the limit of {MAX_TEXT_CHARS:,}", hint="split it")
    if not _IGNORABLE.search(text):
        return _Scan(text, language, country).run()
    # Arabic short vowels and tatweel, soft hyphens and zero-width marks are dropped before the search (they are
    # not in the index: "إدلــب", "إِدْلِب" are "إدلب"), and the spans mapped back to the original text.
    kept: list[int] = []  # the offset in ``text`` of each character kept
    last = 0
    for ignored in _IGNORABLE.finditer(text):
        kept += range(last, ignored.start())
        last = ignored.end()
    kept += range(last, len(text))
    mentions = _Scan(_IGNORABLE.sub("", text), language, country).run()
    for mention in mentions:
        mention.start, mention.end = kept[mention.start], kept[mention.end - 1] + 1
        mention.text = text[mention.start : mention.end]
    return mentions


@lru_cache(maxsize=4)
def _names(text: str, language: str | None) -> tuple[PlaceMention, ...]:
    """:meth:`_Scan.names` of ``text``, remembered for the last few texts."""
    return tuple(_Scan(text, language).names())


@dataclass(frozen=True, slots=True)
class _Context:
    """What the text around a match says about it."""

    surface: str
    single: bool
    admin: bool  # an admin word after or before it: "Abs district", "province of Idlib"
    language_word: bool  # a common word of the text's language (never for English: that is in the index)
    alternate_word: bool  # a word of the text's language, less common ("Observatoire" in French)
    in_name: Callable[[], bool]  # a capitalised neighbour that is no place word: "Abdi" in "Abdi Farah"
    lower_word: bool  # a later word in lower case: "The mission"
    bare: bool  # right after an Arabic article or proclitic that made no name with it: "Al-Amal", "وأن"
    cue: Callable[[], bool]  # a place word before or after it: "village of X", "districts of X and Y", "X camp"


class _Scan:
    """One pass of the recogniser over one text."""

    def __init__(self, text: str, language: str | None, country: str | None = None) -> None:
        self.gaz = gazetteer()
        self.country = country.upper() if isinstance(country, str) and len(country) == 3 else None
        self.text = text
        self.folded = fold(text)
        self.language = (language or "").lower()[:2] or None
        self.lower_demonyms = self.language in ("fr", "es", "ar", "it", "pt")
        self._title_lines: dict[int, bool] = {}

    def run(self) -> list[PlaceMention]:
        # Only the skeleton pass weighs the country: a text read again once its country is known (extract.places)
        # takes its names from the first reading, as copies (callers move and edit mentions).
        return self.skeleton_pass([replace(m) for m in _names(self.text, self.language)])

    def names(self) -> list[PlaceMention]:
        """The names of the index found in the text, left to right (before the skeleton pass)."""
        text = self.text
        mentions: list[PlaceMention] = []
        resume = 0
        for word in (_WORD_START if self.lower_demonyms else _NAME_START).finditer(text):
            start = word.start()
            if start < resume or _after_ezafe(text, start):
                continue  # "Shifa-e-Bakhtar Hospital": "Bakhtar" is the end of a compound, not a place
            first = text[start]
            starts = [(start, "")]
            if first in _ARABIC_PROCLITICS:
                starts += _proclitic_starts(text, start)
            elif (
                text[start - 3 : start - 1] in ("al", "el")  # quick: most words have no article before them
                and text[start - 1 : start] in _ARTICLE_ENDS
                and _ARTICLE_BEFORE.search(text, max(0, start - 4), start)
            ):
                starts.insert(0, (start - 3, ""))  # "al Tah", "el-Fasher"
            for at, prefix in starts:
                bare = (at, prefix) != starts[0]
                mention, resume = self.match_at(at, demonyms_only=first.islower(), bare=bare, prefix=prefix)
                if mention is not None:
                    mentions.append(mention)
                    break
        return mentions

    def skeleton_pass(self, mentions: list[PlaceMention]) -> list[PlaceMention]:
        """Add the capitalised names of one to three words that no name matched but whose consonant skeleton
        is a place of the text's main country so far ("Kafr Nabl" = Kafranbel, "Maarat al-Numan"), and those a
        place word names ("the village of Wadi Xyz", "Xyz camp"): places the gazetteer lacks, without
        candidates (``match == "cue"``)."""
        evidence: dict[str, float] = {self.country: COUNTRY_HINT} if self.country else {}
        for m in mentions:
            for iso3, weight in m.countries.items():
                evidence[iso3] = evidence.get(iso3, 0.0) + weight
        main = max(evidence, key=evidence.__getitem__) if evidence else None
        prefix = name_key(SKELETON_MARK + main) + " " if main else None
        taken = sorted((m.start, m.end) for m in mentions)
        added: list[PlaceMention] = []
        resume = 0
        for word in _NAME_START.finditer(self.text):
            start = word.start()
            if (
                start < resume
                or _overlaps(taken, start, start + 1)
                or (
                    self.text[start - 1 : start] in ("-", "\n")
                    and _COMPOUND_BEFORE.search(self.text, max(0, start - 40), start)
                )
                or _after_ezafe(self.text, start)
            ):
                continue  # "War-Dhigley": the run starts at its first capitalised part
            ends = [end for end in self.word_ends(start) if not _overlaps(taken, start, end)]
            found = next(filter(None, (self.skeleton_at(start, end, prefix) for end in reversed(ends))), None)
            last = (
                ends[-1] - 2 if ends and _POSSESSIVE_END.search(self.text, start, ends[-1]) else ends[-1] if ends else 0
            )
            if found is None and ends and self.cue(start, last):
                found = self.unknown_at(start, last)
            if found is not None:
                added.append(found)
                resume = found.end
        return sorted(mentions + added, key=lambda m: m.start) if added else mentions

    def unknown_at(self, start: int, end: int) -> PlaceMention | None:
        """A place the gazetteer lacks, named as such by a place word: no candidates, ``match == "cue"``."""
        stop = _word_list("stoplist.txt")
        if not self.plausible_name(start, end) or any(w in stop for w in name_key(self.folded[start:end]).split()):
            return None  # "Womens Hospital": a facility word, not a place
        if district := _DISTRICT_AFTER.match(self.text, end):
            end = district.end()  # "Xyz district", as a known district's span
        if _ARABIC_LETTER.match(self.text, start) and not self.folded.startswith("ال", start):
            # "مدينة صور": a town named after a place word without the article its gazetteer name has ("الصور")
            named, _ = self.match_at(start, demonyms_only=False, bare=False, prefix="ال")
            if named is not None and named.end == end:
                return named
        return PlaceMention(start=start, end=end, text=self.text[start:end], kind=_KIND_NAMES[PLACE], match="cue")

    def plausible_name(self, start: int, end: int) -> bool:
        """Whether a run of capitalised words may be a place name: not on the stop-list, no acronym ("MINUSMA"),
        its first word not a common English word ("Free Syrian"), not all its words common ("Arab Spring"), and
        one word not beside a capitalised non-place word (a person's name)."""
        surface = self.text[start:end]
        folded = name_key(self.folded[start:end])
        words = [w for w in folded.split() if w not in _word_list("particles.txt")]
        common = [_english_zipf(w) >= 35 for w in words]
        if folded in _word_list("stoplist.txt") or not words or common[0] or all(common):
            return False
        if any(len(token) >= 2 and token.isupper() for token in surface.split()):
            return False
        return " " in surface or not self.in_name(start, end)

    def word_ends(self, start: int) -> list[int]:
        """Ends of the runs of one, two and three capitalised words from ``start`` (lower-case articles between)."""
        first = _NAME_WORD.match(self.text, start)
        ends = [first.end()] if first else []
        while ends and len(ends) < 3 and (more := _NEXT_CAPITALISED.match(self.text, ends[-1])):
            ends.append(more.end())
        return ends

    def skeleton_at(self, start: int, end: int, prefix: str | None) -> PlaceMention | None:
        if prefix is None:
            return None
        surface = self.text[start:end]
        key = skeleton(surface)
        if len(key) < MIN_SKELETON or not (records := self.gaz.records(prefix + key)):
            return None
        if not self.plausible_name(start, end):
            return None
        small = " " not in surface and max(r.population for r in records) < MIN_POP_ALTERNATE
        if small and not self.cue(start, end, weak=True):
            return None  # one word: too small a place to guess without a cue
        mention = self.mention(start, end, prefix + key, records, bare=False)
        if mention is not None:
            mention.match = "skeleton"
        return mention

    def match_at(
        self, start: int, *, demonyms_only: bool, bare: bool, prefix: str = ""
    ) -> tuple[PlaceMention | None, int]:
        """The longest acceptable name at ``start``, and where to look next (past a stop phrase found here).

        ``bare``: the start is after an Arabic article or proclitic that did not make a name with it.
        ``prefix``: letters the writing dropped, read before the text ("ا" of the article in "للرقة").
        """
        folded = self.folded
        if not demonyms_only and _CYRILLIC_CAPITAL.match(self.text, start):
            compound = _CYRILLIC_COMPOUND.match(self.text, start)
            if compound and "-" in compound.group() and (inflected := self.inflected_at(start)):
                return inflected, inflected.end  # "Новгород-Сіверської" before "Новгород"
        window = prefix + folded[start : start + MAX_NAME_CHARS]
        shift = start - len(prefix)  # where the window's first character stands in the text
        stops = _stop_phrases().prefixes(window)
        stop_len = max((len(k) for k in stops if _ends_word(folded, shift + len(k))), default=0)
        # the names that end a word here and reach past any stop phrase, longest first
        keys = [k for k in self.gaz.prefixes(window) if len(k) > stop_len and _ends_word(folded, shift + len(k))]
        for key in sorted(keys, key=len, reverse=True):
            end = shift + len(key)
            records = self.gaz.records(key)
            if demonyms_only:
                records = [r for r in records if r.kind == DEMONYM]
            mention = self.mention(start, end, key, records, bare=bare or self.after_article(start))
            if mention is not None:
                return mention, mention.end
        if not stop_len and not demonyms_only and _CYRILLIC_CAPITAL.match(self.text, start):
            return self.inflected_at(start), start
        return None, start + stop_len

    def inflected_at(self, start: int) -> PlaceMention | None:
        """A Ukrainian or Russian place name with a case ending ("у Херсоні", "в Харькове"), or an adjective made
        from it ("Сумської області", "Семенівської лікарні"): the word, or hyphenated words
        ("Новгород-Сіверської"), whose last stem, with the usual vowel alternations, makes a name of the index.
        A common word of the text's language is no inflected name unless its lemma is common too: "Вона" ("she")
        is no Vinh, "Новий" ("new") no Novi, but "Києві" is Kyiv; an inflected abbreviation ("КАБи") is none."""
        compound = _CYRILLIC_COMPOUND.match(self.text, start)
        if compound is None or _INFLECTED_ABBREVIATION.fullmatch(compound.group()):
            return None
        end = compound.end()
        folded = self.folded[start:end]
        head, _, last = folded.rpartition(" ")
        head = head + " " if head else ""
        common = _folded_common_words(self.language) if self.language else frozenset()
        surface_common = folded in common
        for key in dict.fromkeys(head + lemma for lemma in _cyrillic_lemmas(last)):
            if surface_common and key not in common:
                continue
            if (records := self.gaz.records(key)) and (mention := self.mention(start, end, key, records, bare=False)):
                mention.match = "inflection"
                return mention
        return None

    def cue(self, start: int, end: int, *, weak: bool = False) -> bool:
        """Whether a place word stands before or after the name ("village of X", "X camp"; not "a X camp"), or, if
        ``weak``, a preposition of place before it ("in X", "near X")."""
        before = _PLACE_STEM.search(self.folded, max(0, start - 80), start)  # quick: most names have no cue
        after = (
            _CUE_AFTER.match(self.text, end) and not _INDEFINITE_BEFORE.search(self.text, max(0, start - 4), start)
        ) or _OWNED_FACILITY.match(self.text, end)
        if after or (before and _CUE_BEFORE.search(self.text, max(0, start - 80), start)):
            return True
        return weak and bool(_PREPOSITION_BEFORE.search(self.text, max(0, start - 12), start))

    def actor(self, start: int, end: int) -> bool:
        """Whether an armed actor sent abroad as often as not stands next to the name (``_ACTOR_AFTER``, or
        ``_ACTOR_BEFORE`` for a demonym written in lower case or Arabic), and no state body follows it."""
        text = self.text
        if _STATE_AFTER.match(text, end):
            return False
        return bool(
            _ACTOR_AFTER.match(text, end)
            or (not text[start].isupper() and _ACTOR_BEFORE.search(text, max(0, start - 40), start))
        )

    def neighbour(self, start: int, end: int) -> bool:
        """Whether the name is told as a neighbour's ("neighbouring X", "le X voisin") or as where people fled ("fled
        to X", "refugee camps in X"): another country than the text's."""
        return bool(
            _NEIGHBOUR_AFTER.match(self.text, end)
            or _NEIGHBOUR_BEFORE.search(self.text, max(0, start - 20), start)
            or _REFUGE_BEFORE.search(self.text, max(0, start - 40), start)
        )

    def doubtful_split(self, start: int, end: int) -> bool:
        """Whether the Arabic word around a name read after its proclitics is a common word as written ("كبيرا"
        5.1, "بكل" 5.5; "بحلب" is 3.7, "بإدلب" 2.4): then it is that word, not proclitics and a name."""
        word_start = start
        while word_start > 0 and self.text[word_start - 1] in _ARABIC_PROCLITICS:
            word_start -= 1
        return _arabic_zipf(self.text[word_start:end]) >= ARABIC_WRITTEN_WORD_ZIPF

    def after_article(self, start: int) -> bool:
        """Whether a capitalised Arabic article stands right before ``start`` ("Al-Amal", "El Salama")."""
        return self.text[start - 1 : start] in _ARTICLE_ENDS and bool(
            _CAPITAL_ARTICLE_BEFORE.search(self.text, max(0, start - 4), start)
        )

    def mention(self, start: int, end: int, key: str, records: list[Record], *, bare: bool) -> PlaceMention | None:
        text = self.text
        if _ARABIC_LETTER.match(text, start):
            if key[0] in _ARABIC_PROCLITICS and _arabic_zipf(key[1:]) >= ARABIC_FUNCTION_WORD_ZIPF:
                return None  # "وأن" is "and that", not Van; "كان" is "was", not Cannes
            if bare and self.doubtful_split(start, end):
                return None  # "كبيرا" is "big", not ك + Beira
            bare = False
        before = text[max(0, start - 40) : start]
        if _STREET_BEFORE.search(before):
            return None
        admin1_after = _ADMIN1_AFTER.match(text, end)
        district_after = None if admin1_after else _DISTRICT_AFTER.match(text, end)
        admin1_before = _ADMIN1_BEFORE.search(before) if before[-1:].isspace() else None  # it ends on a blank
        single = " " not in key
        ctx = _Context(
            surface=text[start:end],
            single=single,
            admin=bool(admin1_after or district_after or admin1_before),
            language_word=single and _language_word(key, self.language),
            alternate_word=single and _language_word(key, self.language, ALTERNATE_WORD_ZIPF),
            in_name=lambda: bool(single or _article_word(key)) and self.in_name(start, end),
            cue=lambda: single and self.cue(start, end),
            lower_word=any(_lower_word(w) for w in text[start:end].replace("-", " ").split()[1:])
            or self.lower_article(start),
            bare=bare,
        )
        kept = [r for r in records if _acceptable(r, ctx)]
        if kept and ctx.alternate_word:
            # the name read as a place here is no word of the language for another place of the same name either
            # ("Durán": a village's name, and the other name of a city the Spanish word check had dropped)
            kept = [r for r in records if _acceptable(r, replace(ctx, alternate_word=False))]
        if (admin1_after or admin1_before) and any(r.kind == ADMIN1 for r in kept):
            kept = [r for r in kept if r.kind in (ADMIN1, COUNTRY)]  # "Chin State" is Myanmar's, not a Chinese town
        if not ctx.admin and any(r.kind == DEMONYM for r in kept):
            kept = [r for r in kept if r.kind in (COUNTRY, DEMONYM)]  # "Somali" the people, not the Ethiopian region
        if not kept:
            return None
        kinds = {r.kind for r in kept}
        regions = [r for r in kept if r.kind == COUNTRY and r.flags & REGION]
        if COUNTRY in kinds and len(regions) < len([r for r in kept if r.kind == COUNTRY]):
            kind = COUNTRY
        elif ADMIN1 in kinds and (admin1_after or admin1_before or PLACE not in kinds):
            kind = ADMIN1
        elif PLACE in kinds:
            kind = PLACE
        elif ADMIN1 in kinds or COUNTRY in kinds:
            kind = ADMIN1
        else:
            kind = DEMONYM
        candidates = self.candidates(kept, kind, district=bool(district_after))
        if kind == PLACE and (admin1_after or admin1_before):
            # "محافظة إدلب", "Kunduz province" where only the town's name is known: the admin1 it is the seat of.
            seats = [self.gaz.admin1_place(c.admin1, c.country) for c in candidates if _same_name(c.name, c.admin1)]
            if seats := [seat for seat in seats if seat is not None]:
                kind, candidates = ADMIN1, seats + candidates
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
            countries=_evidence(
                self.gaz,
                kept,
                actor=any(r.kind in (COUNTRY, DEMONYM) for r in kept)
                and (self.actor(start, end) or self.neighbour(start, end)),
                facility=bool(_FACILITY_AFTER.match(text, end)) or self.dateline(start, end),
                admin1=kind == ADMIN1 and ctx.admin,
            ),
        )

    def candidates(self, kept: list[Record], kind: int, *, district: bool) -> list[Place]:
        """The Places of the kept records: the mention's own kind first, then by population."""
        order = {k: i for i, k in enumerate((kind, *(k for k in (PLACE, ADMIN1, COUNTRY, DEMONYM) if k != kind)))}
        ranked = sorted(kept, key=lambda r: (order[r.kind], -(r.flags & PRIMARY), -r.population))
        out: list[Place] = []
        seen: set[tuple[str, str | None, int]] = set()
        for record in ranked:
            if record.kind in (COUNTRY, DEMONYM) and kind in (PLACE, ADMIN1):
                continue  # the country a region alias names is evidence, not a candidate
            place = self.gaz.place(record)
            ident = (place.name, place.country, record.kind)
            if ident in seen:
                continue
            seen.add(ident)
            if district and place.precision == GeoPrecision.SETTLEMENT.value:
                place.precision = GeoPrecision.DISTRICT.value
            out.append(place)
            if len(out) >= MAX_CANDIDATES:
                break
        return out

    def lower_article(self, start: int) -> bool:
        """Whether the match opens on a lower-case article of a Romance-language text, written apart ("el Centro
        de Salud", "la Coordinación"): a common noun after its article, not a place named "El Centro"."""
        article = _ROMANCE_ARTICLE.match(self.text, start)
        return article is not None and self.language in _ROMANCE_LANGUAGES

    def in_name(self, start: int, end: int) -> bool:
        """Whether a capitalised word that is no place word stands right before or after (one space apart):
        the match is then likely part of a person's or an organisation's name. Not judged in title-case
        lines (headlines), where every word has a capital."""
        text = self.text
        if _TITLE_BEFORE.search(text, max(0, start - 40), start):
            return True
        after = _CAPITAL_AFTER.match(text, end)
        before = _CAPITAL_BEFORE.search(text, max(0, start - 30), start)
        neighbours = [
            m.group(1) for m in (after, before) if m and name_key(m.group(1)) not in _word_list("neighbours.txt")
        ]
        return bool(neighbours) and not self.title_case_line(start)

    def dateline(self, start: int, end: int) -> bool:
        """Whether the name opens a line as a dateline ("GENEVA (Reuters) -", "Amman, 3 May"): where the
        reporter sat, often a regional hub rather than the place of the attack."""
        line_start = self.text.rfind("\n", 0, start) + 1
        return not self.text[line_start:start].strip() and bool(_DATELINE_AFTER.match(self.text, end))

    def title_case_line(self, at: int) -> bool:
        """Whether the line around ``at`` is a headline: four words in five capitalised, no long lower-case word."""
        line_start = self.text.rfind("\n", 0, at) + 1
        if line_start not in self._title_lines:
            line_end = self.text.find("\n", at)
            words = _WORDS.findall(self.text, line_start, line_end if line_end >= 0 else len(self.text))
            capitals = sum(w[0].isupper() for w in words)
            long_lower = any(len(w) >= 4 and w[0].islower() for w in words)
            self._title_lines[line_start] = len(words) >= 3 and capitals >= 0.8 * len(words) and not long_lower
        return self._title_lines[line_start]


def _acceptable(record: Record, ctx: _Context) -> bool:
    if record.flags & SKELETON:  # judged by ``_Scan.skeleton_at``
        return True
    if record.kind in (COUNTRY, DEMONYM):
        return len(ctx.surface) > 3 or ctx.surface.isupper()
    if record.flags & GENERIC:
        return False
    if ctx.admin:  # "Bay region" is Somalia's; "Middle Area district" is no place called Area
        return record.kind == ADMIN1 or record.zipf < COMMON_WORD_ZIPF or record.population >= BIG_CITY
    if any(2 <= len(token) <= 4 and token.isupper() for token in ctx.surface.split()):
        return False  # "NGO", "A NGO", "MSF": acronyms, not places
    if len(ctx.surface) <= 3 and ctx.surface[0].isupper() and not _big_short_name(record):
        return False
    if record.kind == PLACE and ctx.lower_word:
        return False
    big = BIG_CITY if ctx.single else MIN_POP_BESIDE_NAMES  # "Port Said" is made of common words too
    # an alternate name that is a word of the text's language is that word ("l'Observatoire" is no Paris 14e)
    alternate = not record.flags & PRIMARY or bool(record.flags & VARIANT)
    common = record.zipf >= COMMON_WORD_ZIPF or ctx.language_word or (alternate and ctx.alternate_word)
    if common and record.population < big:
        return False
    if record.population < MIN_POP_BESIDE_NAMES and record.kind != ADMIN1 and ctx.in_name():
        # "Abdi Farah", "Ali al-Refai": a person's name, unless a place word names it ("the village of X")
        return record.zipf < 30 and ctx.cue()
    if not ctx.single:
        return True
    if ctx.bare:
        return record.zipf < 25 and record.population >= MIN_POP_BESIDE_NAMES and record.kind == PLACE
    if record.kind == ADMIN1:
        return True
    if not record.flags & PRIMARY or record.flags & VARIANT:
        big_enough = record.population >= (MIN_POP_ALTERNATE if record.zipf < 30 else MIN_POP_ALTERNATE_WORDLIKE)
    else:
        big_enough = record.population >= MIN_POP_PRIMARY or record.zipf < 25
    # "the village of Qarya", "districts of X and Y": a rare word named as a place, however small
    return big_enough or (record.zipf < 30 and ctx.cue())


def _article_word(key: str) -> bool:
    """Whether a folded name is an Arabic article and one word ("al refai"): one word as names go."""
    article, _, rest = key.partition(" ")
    return article in ("al", "el") and bool(rest) and " " not in rest


def _cyrillic_lemmas(word: str) -> list[str]:
    """Base forms a folded Cyrillic word may inflect, in the order to try them: "херсоні" → "херсон", "харкові" →
    "харків", "одесі" → "одеса", "сумах" → "суми"; an adjective's: "сумськоі" → "суми", "семенівськоі" →
    "семенівка", "сіверськоі" → "сіверськии", "курскои" → "курск", "донецькоі" → "донецьк". Candidates only; the
    index says which exist. Hand-written: no stemmer on PyPI gives place-name lemmas without a dictionary."""
    adjectives: list[str] = []
    if adjective := _CYRILLIC_ADJECTIVE.match(word):
        stem = adjective.group(1)
        base = stem[: -3 if stem[-2] == "ь" else -2]
        adjectives = [stem, stem + "ии", base, base + "и", base + "а", base + "ка"]  # "харьков" before "харьковка"
    out: list[str] = []
    for ending in _CYRILLIC_ENDINGS:
        stem = word[: -len(ending)] if word.endswith(ending) else ""
        if len(stem) < 3:
            continue
        stems = [stem]
        for before, after in (("о", "і"), ("е", "і"), ("є", "і"), ("ь", "")):  # Харков- → Харків, Києв- → Київ
            at = stem.rfind(before)
            if at >= len(stem) - 3:
                stems.append(stem[:at] + after + stem[at + 1 :])
        tails = _PLURAL_TAILS if ending in _PLURAL_ENDINGS else ("", "ь", "а", "я", "і", "о")
        out += [s + tail for s in stems for tail in tails]
    return adjectives + sorted(dict.fromkeys(out), key=len, reverse=True)  # the longest first, ties as built


def _proclitic_starts(text: str, start: int) -> list[tuple[int, str]]:
    """Where a name may start after the Arabic proclitics at ``start``, with the letters the writing dropped:
    one or two of و ف ب ل ك ("بإدلب", "وبحلب", "ولإدلب"), and ل before the article, which then loses its alef
    ("للرقة" is ل + الرقة)."""
    out = [(start + 1, "")]
    if text[start] in "وف" and text[start + 1 : start + 2] in _ARABIC_PROCLITICS - {"و", "ف"}:
        out.append((start + 2, ""))
    for at, _ in list(out):
        if text[at - 1] == "ل" and text[at : at + 1] == "ل":
            out.append((at, "ا"))
    return out


def _overlaps(spans: list[tuple[int, int]], start: int, end: int) -> bool:
    at = bisect.bisect_left(spans, (end, end))
    return at > 0 and spans[at - 1][1] > start


@lru_cache(maxsize=16384)
def _arabic_zipf(word: str) -> int:
    """How common ``word`` is in Arabic (Zipf x10)."""
    from wordfreq import zipf_frequency

    return int(zipf_frequency(word, "ar") * 10)


@lru_cache(maxsize=16384)
def _english_zipf(word: str) -> int:
    """How common ``word`` is in English (Zipf x10)."""
    from wordfreq import zipf_frequency

    return int(zipf_frequency(word, "en") * 10)


def _same_name(name: str, other: str | None) -> bool:
    return other is not None and name_key(ascii_name(name)) == name_key(ascii_name(other))


def _big_short_name(record: Record) -> bool:
    """A name of three letters that is a town's own name, 50,000 people or more ("Gao"); common words ("Kim") are
    dropped by the common-word rule."""
    return bool(record.flags & PRIMARY) and record.population >= MIN_POP_SHORT_NAME


def _lower_word(word: str) -> bool:
    return word[:1].islower() and fold(word) not in _word_list("particles.txt")


@cache
def _word_list(name: str) -> frozenset[str]:
    """A word list of ``data/`` as folded keys (one word a line, ``#`` comments)."""
    import importlib.resources

    raw = (importlib.resources.files("notatarget.geo") / "data" / name).read_text("utf-8")
    return frozenset(name_key(line) for line in raw.splitlines() if line.strip() and not line.startswith("#"))


def _language_word(key: str, language: str | None, zipf: int = LANGUAGE_WORD_ZIPF) -> bool:
    """Whether ``key`` is a common word of ``language`` (Zipf >= ``zipf`` / 10), for Latin-script
    keys only: in its own script a language writes its own places, as often as common words ("Харків" is Zipf 4.9
    in Ukrainian); False for English (the index knows its common words) and unknown languages."""
    if not language or language == "en" or not (key.isalpha() and key.isascii()):
        return False
    if language not in _wordfreq_lists():
        return False
    if (words := _common_words(language, zipf)) is not None:
        return key in words
    from wordfreq import zipf_frequency

    return int(zipf_frequency(key, language) * 10) >= zipf


@cache
def _folded_common_words(language: str) -> frozenset[str]:
    """The common words of ``language`` (as :func:`_common_words`), folded as the text is."""
    if language not in _wordfreq_lists():
        return frozenset()
    return frozenset(fold(word) for word in _common_words(language) or ())


@cache
def _common_words(language: str, zipf: int = LANGUAGE_WORD_ZIPF) -> frozenset[str] | None:
    """The words of wordfreq's ``language`` list of Zipf ``zipf`` / 10 and more: the list's first
    buckets (bucket i holds the words of frequency 10^(-i/100)), read from its file as far as they go, without
    the rare words (most of the file) and without building wordfreq's dictionary of every word (0.1 to 0.5 s at
    a language's first use). A lower-case word of ASCII letters is one token of itself in a language that
    wordfreq splits by regular expression; None for the other languages (Chinese, Japanese, Korean) and a file
    not in the format wordfreq's ``read_cBpack`` documents, which :func:`_language_word` asks wordfreq about."""
    import gzip

    import msgpack
    from wordfreq import get_language_info

    if get_language_info(language)["tokenizer"] != "regex":
        return None
    with gzip.open(_wordfreq_lists()[language], "rb") as packed:
        unpacker = msgpack.Unpacker(packed, raw=False)
        size = unpacker.read_array_header()  # a header, then one bucket of words after another
        header = unpacker.unpack()
        if not isinstance(header, dict) or header.get("format") != "cB" or header.get("version") != 1:
            return None
        words: list[str] = []
        for index in range(size - 1):
            if _bucket_zipf(index) < zipf:
                break
            words += unpacker.unpack()
    return frozenset(words)


def _bucket_zipf(index: int) -> int:
    """The Zipf frequency (x10) wordfreq gives a word of one token in bucket ``index`` of a list, as
    ``zipf_frequency`` computes it: the frequency rounded to three significant digits, its Zipf value to two
    decimals (``tests/test_geo.py`` checks it against wordfreq)."""
    from wordfreq import cB_to_freq, freq_to_zipf

    freq = cB_to_freq(-index)
    return int(round(freq_to_zipf(round(freq, math.floor(-math.log(freq, 10)) + 3)), 2) * 10)


@cache
def _wordfreq_lists() -> dict[str, str]:
    """wordfreq's word list file of each language it has (it reads its data folder at each ``available_languages``
    call)."""
    from wordfreq import available_languages

    return available_languages()


def _evidence(gaz, records: list[Record], *, actor: bool, facility: bool, admin1: bool) -> dict[str, float]:
    """How strongly this one mention points at each country.

    A country name counts 3 and a demonym 0.5; both count only ``WEAK_EVIDENCE`` before an armed actor sent
    abroad as often as not ("Russian warplanes", "US airstrikes", "Saudi-led": where the attacker is from; but
    "Syrian regime forces", "Afghan National Army" are the state's own and count in full), told as a neighbour
    ("neighbouring Burkina Faso": not the text's own country) or before a facility word
    ("Kuwait Hospital", "Indonesian Hospital": a donor's name), below what names a main country alone. An
    admin1 named as such ("Kachin State") spreads 2 over its countries; any other place name 0.3 to 1 by
    population (0.3 when GeoNames gives none), half that before a facility word ("Madina Hospital" may be named
    after a city) or as a dateline ("GENEVA (Reuters) -": where the reporter sat); a bare name's provinces count
    ``BARE_PROVINCE_DISCOUNT`` times fewer people in the spread when it names settlements too.
    """
    weights: dict[str, float] = {}
    for record in records:
        if record.kind in (COUNTRY, DEMONYM):
            iso3 = gaz.country_of(record)
            weight = WEAK_EVIDENCE if actor or facility else 3.0 if record.kind == COUNTRY else 0.5
            weights[iso3] = max(weights.get(iso3, 0.0), weight)
    spread: dict[str, float] = {}
    settlements = not admin1 and any(r.kind == PLACE for r in records)
    for record in records:
        if record.kind in (PLACE, ADMIN1):
            iso3 = gaz.country_of(record)
            people = (
                record.population / BARE_PROVINCE_DISCOUNT
                if settlements and record.kind == ADMIN1
                else record.population
            )
            spread[iso3] = max(spread.get(iso3, 0.0), float(people + 1))
    total = sum(spread.values())
    # A bigger place is surer evidence: from 0.5 for a hamlet of 1,000 to 1 for a city of a million.
    strength = 2.0 if admin1 else min(1.0, max(0.3, math.log10(max(spread.values(), default=1.0)) / 6))
    if facility:
        strength /= 2
    for iso3, pop in spread.items():
        weights[iso3] = weights.get(iso3, 0.0) + strength * pop / total
    return weights


def _ends_word(folded: str, end: int) -> bool:
    return end >= len(folded) or not (folded[end].isalnum() or folded[end] == "_")


@cache
def _stop_phrases():
    """The stop-list as a trie of folded phrases."""
    import marisa_trie

    return marisa_trie.Trie(_word_list("stoplist.txt"))
