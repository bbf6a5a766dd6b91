"""Pair scoring: how strongly two mentions tell the same attack.

Hand-written rather than a trained model (see docs/linking.md for the splink comparison): each feature
adds or subtracts evidence in log2-odds, Fellegi–Sunter style, with weights fixed in :data:`WEIGHTS`, so a
reviewer can read *why* two mentions were joined. Missing values add nothing either way, so a record with
only a date and a country never reaches the merge threshold on its own.
"""

from __future__ import annotations

import calendar
import math
import re
import unicodedata
from dataclasses import dataclass, field
from datetime import date
from functools import lru_cache

from rapidfuzz import fuzz
from unidecode import unidecode

from notatarget.domain import GeoPrecision, Mention
from notatarget.geo import skeleton

#: Evidence weights in log2-odds. The prior reflects that most candidate pairs in a block are not matches.
WEIGHTS: dict[str, float] = {
    "prior": -5.0,
    "same_day": 3.0,
    "adjacent_day": 0.5,
    "two_days_late_report": -0.5,
    "overlapping_period": 1.0,
    "coords_near": 3.0,
    "coords_far": -6.0,
    "admin1_same": 1.0,
    "admin1_differs": -4.0,
    "location_same": 2.0,
    "location_differs": -1.5,
    "facility_same": 4.0,
    "facility_similar": 1.5,
    "facility_differs": -3.0,
    "facility_type_same": 0.5,
    "facility_type_differs": -1.5,
    "attack_types_overlap": 1.0,
    "attack_types_disjoint": -1.0,
    "weapons_overlap": 1.0,
    "weapons_disjoint": -1.0,
    "counts_agree": 1.0,
    "counts_differ": -0.5,
    "perpetrator_same": 0.5,
    "time_close": 1.0,
    "description_same": 3.0,
    "description_similar": 1.0,
    "description_differs": -1.0,
}

#: How far apart two coordinates may be and still name the same place, by the coarser geo precision (km).
TOLERANCE_KM: dict[str, float] = {
    GeoPrecision.EXACT: 2.0,
    GeoPrecision.SETTLEMENT: 25.0,
    GeoPrecision.DISTRICT: 50.0,
    GeoPrecision.ADMIN1: 200.0,
}
_DEFAULT_TOLERANCE_KM = 25.0
_TIME_TOLERANCE_MIN = 90
#: Most days two mentions' periods may lie apart: 1, or 2 for the day of a report published two days or more
#: after it, which may have resolved a weekday ("on Monday") against its own date (the dev corpus's wrong days
#: are of that kind: one and two days off, in reports two and three days late).
MAX_DATE_GAP = 2
_COUNT_FIELDS = ("killed", "injured", "health_workers_killed", "health_workers_injured", "abducted", "arrested")
_ADMIN_WORDS = re.compile(
    r"\b(state|province|governorate|region|oblast|district|prefecture|department|county|division|muhafazat)\b"
)


@dataclass(frozen=True, slots=True)
class Period:
    """The days a mention's date may stand for: one day, a whole month or a whole year (ordinal days)."""

    start: int
    end: int

    @property
    def exact(self) -> bool:
        return self.start == self.end

    def gap(self, other: Period) -> int:
        """Days between the two periods; 0 when they overlap."""
        return max(0, other.start - self.end, self.start - other.end)


def period(value: str | None, precision: str | None = None) -> Period | None:
    """The period of an ISO date (``YYYY-MM-DD``, ``YYYY-MM`` or ``YYYY``); None when absent or unreadable.

    ``precision`` widens a full date whose day is not really known (II rows give a day but say "May 2020").
    """
    if not value:
        return None
    parts = value[:10].split("-")
    try:
        year = int(parts[0])
        month = int(parts[1]) if len(parts) > 1 else None
        day = int(parts[2]) if len(parts) > 2 else None
        if precision == "year":
            month = day = None
        elif precision == "month":
            day = None
        if month is None:
            return Period(date(year, 1, 1).toordinal(), date(year, 12, 31).toordinal())
        if day is None:
            last = calendar.monthrange(year, month)[1]
            return Period(date(year, month, 1).toordinal(), date(year, month, last).toordinal())
        ordinal = date(year, month, day).toordinal()
    except (ValueError, IndexError):
        return None
    return Period(ordinal, ordinal)


def normal_name(text: str | None) -> str:
    """A place or facility name folded for comparison: no accents, no case, no punctuation."""
    if not text:
        return ""
    text = unicodedata.normalize("NFKD", text)
    text = "".join(ch for ch in text if not unicodedata.combining(ch)).casefold()
    return " ".join(re.sub(r"[^\w]+", " ", text).split())


def normal_admin1(text: str | None) -> str:
    """An admin1 name without its kind ("Khartoum State" and "Khartoum" compare equal)."""
    return " ".join(_ADMIN_WORDS.sub(" ", normal_name(text)).split())


def script(text: str | None) -> str:
    """The writing system of most letters of ``text`` (``LATIN``, ``ARABIC``, ``CYRILLIC``...); "" if none.

    Names in two scripts ("كفرنبل" and "Kafranbel") cannot be compared by spelling, only by transliteration
    (:meth:`Name.similarity`).
    """
    counts: dict[str, int] = {}
    for ch in (text or "")[:200]:
        if ch.isalpha():
            kind = unicodedata.name(ch, "UNKNOWN").split(" ", 1)[0]
            counts[kind] = counts.get(kind, 0) + 1
    return max(counts, key=lambda k: counts[k]) if counts else ""


_ARABIC_ARTICLE = re.compile(r"\bال(?=\w\w)")


def name_skeleton(text: str | None) -> str:
    """The consonant skeleton of a name in any script, through its Latin transliteration: "كفرنبل",
    "Kafranbel" and "Kafr Nabl" all give "kfrnbl" (``unidecode`` transliterates, ``geo``'s ``skeleton`` drops
    vowels, articles and doubled letters)."""
    if not text:
        return ""
    latin = unidecode(_ARABIC_ARTICLE.sub("al ", text[:200]))
    return skeleton(" ".join(re.sub(r"[^A-Za-z0-9' -]+", "", word) for word in latin.split()))


#: Words that say what kind of place or facility a name is, not which one (folded, Arabic without its
#: article), in the codebook's languages: "Al-Nour Surgical Hospital" and "مشفى النور الجراحي" keep "nour" and
#: "النور", both "nr" as skeletons. Articles are generic in every language ("the", "le", "el", and the Arabic
#: "al" however it is spelled: "Al-Shifa", "El Shifa" and "Shifa" are one name). The one list for linking and
#: the facility registry (``geo.facilities.distinctive``). Hand-written: no library lists them across English,
#: French, Spanish and Arabic.
_GENERIC = """
    hospital hospitals clinic clinics health healthcare centre center care primary medical general surgical
    surgery specialist specialised specialized speciality national public central district regional rural
    referral teaching university field military emergency unit post dispensary pharmacy phc hc chc mch phcc
    of the and for s al
    hopital centre sante csps cscom csi csref dispensaire clinique poste medicale de du des la le l d et pour
    centro salud clinica del el
    مستشفى مشفى مستوصف مركز صحي صحى طبي طبى جراحي تخصصي وطني عام عامه عامة عسكري جامعي مركزي ميداني
    اسعاف مدينه مدينة بلده بلدة قريه قرية في
"""
GENERIC_WORDS = frozenset(_GENERIC.split())


def _distinct(text: str) -> str:
    """A folded name without its generic words (an Arabic word is generic without its article "ال" too)."""
    return " ".join(
        w for w in text.split() if w not in GENERIC_WORDS and _ARABIC_ARTICLE.sub("", w) not in GENERIC_WORDS
    )


@dataclass(frozen=True, slots=True)
class Name:
    """A place or facility name ready to compare: folded, its script, the words that tell it apart (none
    when all are generic: "المستشفى الجراحي") and their consonant skeleton (the whole name's if none)."""

    text: str = ""
    script: str = ""
    distinct: str = ""
    skeleton: str = ""

    @classmethod
    def of(cls, raw: str | None) -> Name:
        """The comparable form of ``raw`` (names repeat across mentions: cached)."""
        return _name(raw[:300]) if raw else _NO_NAME

    def similarity(self, other: Name, *, across_scripts_differ: bool = False) -> float | None:
        """0-100 on the words that tell names apart ("Al-Amal Hospital" and "Al-Shifa Hospital" are not
        alike), or None when it cannot be told: a name is missing, or the two are in different scripts and
        their transliterations differ, which counts as disagreement only with ``across_scripts_differ``
        (facility names are mostly transliterated; places have exonyms: "حلب" is Aleppo).

        Within one script spelling decides, and the same consonant skeleton counts as 90 ("Kafr Nabl",
        "Kafranbel"); across scripts only the skeletons can agree (equal, or 85 of 100 when six letters or
        more), and then they count as 90.
        """
        if not self.text or not other.text:
            return None
        a, b = self.skeleton, other.skeleton
        if self.script != other.script:
            # A leading vowel or hamza is written in one script and not the other ("Idlib", "إدلب" -> "dlb").
            a, b = a.lstrip("aeiou"), b.lstrip("aeiou")
            if (len(a) >= 2 and a == b) or (min(len(a), len(b)) >= 6 and fuzz.ratio(a, b) >= 85):
                return 90.0
            told_apart = across_scripts_differ and self.distinct and other.distinct
            return fuzz.ratio(a, b) if told_apart else None
        both = self.distinct and other.distinct
        spelled = _similar(self.distinct, other.distinct) if both else _similar(self.text, other.text)
        return max(spelled, 90.0) if len(a) >= 3 and a == b else spelled


_NO_NAME = Name()


@lru_cache(maxsize=65536)
def _name(raw: str) -> Name:
    text = normal_name(raw)
    if not text:
        return _NO_NAME
    distinct = _distinct(text)
    return Name(text, script(raw), distinct, name_skeleton(distinct or text))


def same_name(a: str | None, b: str | None) -> bool | None:
    """Whether two place or facility names agree (similarity 80 or more), differ, or cannot be told (None)."""
    similarity = Name.of(a).similarity(Name.of(b))
    return None if similarity is None else similarity >= 80


def _similar(a: str, b: str) -> float:
    """Spelling similarity 0-100 of two folded names, also comparing them without spaces
    ("kafr nabl" and "kafranbel").

    When each name has words the other lacks, only those words are compared: the shared ones ("al",
    "hospital") say nothing about which facility it is, so "Al-Amal Hospital" is not "Al-Shifa Hospital",
    while "Al-Ihsan Hospital" still is "SAMS-supported Al-Ihsan Hospital".
    """
    words_a, words_b = a.split(), b.split()
    shared = set(words_a) & set(words_b)
    rest_a = [w for w in words_a if w not in shared]
    rest_b = [w for w in words_b if w not in shared]
    if shared and rest_a and rest_b:
        a, b = " ".join(rest_a), " ".join(rest_b)
    return max(fuzz.token_set_ratio(a, b), fuzz.ratio(a.replace(" ", ""), b.replace(" ", "")))


def haversine_km(lat1: float, lon1: float, lat2: float, lon2: float) -> float:
    """Great-circle distance in kilometres."""
    p1, p2 = math.radians(lat1), math.radians(lat2)
    dp, dl = p2 - p1, math.radians(lon2 - lon1)
    a = math.sin(dp / 2) ** 2 + math.cos(p1) * math.cos(p2) * math.sin(dl / 2) ** 2
    return 2 * 6371.0 * math.asin(min(1.0, math.sqrt(a)))


@dataclass(slots=True)
class Features:
    """The comparable, pre-normalised view of one mention (computed once, compared many times)."""

    period: Period | None
    country: str
    admin1: str
    location: Name
    location_coarse: bool
    facility: Name
    facility_type: str
    lat: float | None
    lon: float | None
    tolerance_km: float | None
    attack_types: frozenset[str]
    weapons: frozenset[str]
    counts: dict[str, int]
    perpetrator: str
    description: str
    minute: int | None
    date_gap: int = 1

    @property
    def placeless(self) -> bool:
        """Names no facility and no place finer than a province."""
        return not self.facility.text and (self.location_coarse or not self.location.text)

    @property
    def dayless(self) -> bool:
        """Gives only a month or a year."""
        return self.period is not None and not self.period.exact

    @property
    def vague(self) -> bool:
        """May not tell two events of one source apart (see :meth:`cannot_tell`)."""
        return self.placeless or self.dayless

    def cannot_tell(self, a: Features, b: Features) -> bool:
        """This mention lacks what tells ``a`` from ``b``: they name different facilities or places and it
        names neither, or they fall on different days and it gives only a month or a year."""
        return (self.placeless and a.names_differ(b)) or (self.dayless and a.period != b.period)

    def names_differ(self, other: Features) -> bool:
        """The two name different facilities or different places (by spelling, 80 of 100)."""
        return any(
            (similarity := mine.similarity(theirs, across_scripts_differ=True)) is not None and similarity < 80
            for mine, theirs in ((self.facility, other.facility), (self.location, other.location))
        )

    @classmethod
    def of(cls, mention: Mention, published: date | None = None) -> Features:
        """The features of ``mention``; ``published`` (its report's date) widens the date window of a late
        report's day to :data:`MAX_DATE_GAP`."""
        lat, lon = _coordinates(mention)
        precision = mention.geo_precision
        tolerance = None if precision == GeoPrecision.COUNTRY else TOLERANCE_KM.get(precision, _DEFAULT_TOLERANCE_KM)
        when = period(mention.date, mention.date_precision)
        late = when is not None and when.exact and published is not None and published.toordinal() - when.end >= 2
        return cls(
            period=when,
            date_gap=MAX_DATE_GAP if late else 1,
            country=(mention.country or "").strip().upper(),
            admin1=normal_admin1(mention.admin1),
            location=Name.of(mention.location),
            location_coarse=precision in (GeoPrecision.ADMIN1, GeoPrecision.COUNTRY)
            and _names_province(mention.location, mention.admin1),
            facility=Name.of(mention.facility_name),
            facility_type=mention.facility_type or "",
            lat=lat,
            lon=lon,
            tolerance_km=tolerance,
            attack_types=frozenset(mention.attack_types or ()),
            weapons=frozenset(normal_name(w) for w in mention.weapons or () if w),
            counts={
                name: value
                for name in _COUNT_FIELDS
                if isinstance(value := getattr(mention, name), int) and not isinstance(value, bool) and value > 0
            },
            perpetrator=normal_name(mention.perpetrator),
            description=normal_name(_strip_month_prefix(mention.description))[:2000],
            minute=_minute(mention.time),
        )


def _coordinates(mention: Mention) -> tuple[float | None, float | None]:
    lat, lon = mention.latitude, mention.longitude
    try:
        if lat is None or lon is None:
            return None, None
        lat, lon = float(lat), float(lon)
    except (TypeError, ValueError):
        return None, None
    if not (-90 <= lat <= 90 and -180 <= lon <= 180) or (lat == 0 and lon == 0):
        return None, None
    return lat, lon


def _minute(text: str | None) -> int | None:
    """Minutes after midnight of an ``HH:MM`` time; None when absent or unreadable."""
    match = re.fullmatch(r"\s*(\d{1,2}):(\d{2})\s*", text or "")
    if not match or int(match.group(1)) > 23 or int(match.group(2)) > 59:
        return None
    return int(match.group(1)) * 60 + int(match.group(2))


def _strip_month_prefix(text: str | None) -> str | None:
    """II descriptions begin "May 2020: "; the prefix says nothing the date does not."""
    if not text:
        return text
    return re.sub(r"^\s*[A-Za-z]+ \d{4}\s*:\s*", "", text)


@dataclass(slots=True)
class PairScore:
    """The evidence for one pair: total log2-odds, its probability, and each feature that counted."""

    weight: float
    features: dict[str, float] = field(default_factory=dict)

    @property
    def probability(self) -> float:
        return 1.0 / (1.0 + 2.0 ** (-self.weight))


def compare(a: Features, b: Features) -> PairScore:
    """Score a pair. Incompatible dates, countries or times of day give -inf: never one attack."""
    found: dict[str, float] = {}
    if a.period is None or b.period is None or (a.country and b.country and a.country != b.country):
        return PairScore(-math.inf, {"incompatible": -math.inf})
    gap = a.period.gap(b.period)
    if gap > max(a.date_gap, b.date_gap):
        return PairScore(-math.inf, {"date_gap_days": -math.inf})
    if gap == 0:
        found["same_day" if a.period.exact and b.period.exact else "overlapping_period"] = 1.0
    else:
        found["adjacent_day" if gap == 1 else "two_days_late_report"] = 1.0
    if gap == 0 and a.minute is not None and b.minute is not None:
        # Two strikes hours apart on one day are two incidents (the "double tap"); reports of one strike
        # may differ by an hour or so in the time they give.
        if abs(a.minute - b.minute) > _TIME_TOLERANCE_MIN:
            return PairScore(-math.inf, {"time_differs": -math.inf})
        found["time_close"] = 1.0
    _place(a, b, found)
    _names(a, b, found)
    _sets(a.attack_types, b.attack_types, "attack_types", found)
    _sets(a.weapons, b.weapons, "weapons", found)
    shared = a.counts.keys() & b.counts.keys()
    if shared:
        agree = sum(1 for k in shared if a.counts[k] == b.counts[k])
        found["counts_agree"] = min(2.0, float(agree))
        found["counts_differ"] = float(len(shared) - agree)
    if a.perpetrator and a.perpetrator == b.perpetrator and a.perpetrator not in ("no information", "unknown"):
        found["perpetrator_same"] = 1.0
    if a.description and b.description:
        similarity = fuzz.token_set_ratio(a.description, b.description)
        if similarity >= 95:
            found["description_same"] = 1.0
        elif similarity >= 75:
            found["description_similar"] = 1.0
        elif similarity < 45:
            found["description_differs"] = 1.0
    evidence = {name: WEIGHTS[name] * amount for name, amount in found.items() if amount}
    return PairScore(WEIGHTS["prior"] + sum(evidence.values()), evidence)


def _names_province(location: str | None, admin1: str | None) -> bool:
    """Whether a location geocoded no finer than a province names that province ("Idleb" in Idlib), rather than
    a village the gazetteer lacks ("Heish", placed at its province's centroid): only the latter is a name to
    compare. Undecided (no admin1, names that cannot be compared) counts as the province."""
    if not location or not admin1:
        return True
    similarity = Name.of(normal_admin1(location)).similarity(Name.of(normal_admin1(admin1)))
    return similarity is None or similarity >= 80


def _place(a: Features, b: Features, found: dict[str, float]) -> None:
    if a.lat is not None and b.lat is not None and a.tolerance_km and b.tolerance_km:
        tolerance = max(a.tolerance_km, b.tolerance_km)
        distance = haversine_km(a.lat, a.lon, b.lat, b.lon)  # type: ignore[arg-type]
        if distance <= tolerance:
            found["coords_near"] = 1.0
        elif distance > 3 * tolerance:
            found["coords_far"] = 1.0
    if a.admin1 and b.admin1:
        same = a.admin1 == b.admin1 or fuzz.ratio(a.admin1, b.admin1) >= 85
        found["admin1_same" if same else "admin1_differs"] = 1.0
    if not (a.location_coarse or b.location_coarse):
        # A location that names its province (geocoded no finer): admin1 and coordinates compare it.
        similarity = a.location.similarity(b.location)
        if similarity is not None:
            found["location_same" if similarity >= 80 else "location_differs"] = 1.0


def _names(a: Features, b: Features, found: dict[str, float]) -> None:
    similarity = a.facility.similarity(b.facility, across_scripts_differ=True)
    if similarity is not None:
        if similarity >= 90:
            found["facility_same"] = 1.0
        elif similarity >= 70:
            found["facility_similar"] = 1.0
        elif similarity < 50:
            found["facility_differs"] = 1.0
    if a.facility_type and b.facility_type:
        found["facility_type_same" if a.facility_type == b.facility_type else "facility_type_differs"] = 1.0


def _sets(a: frozenset[str], b: frozenset[str], name: str, found: dict[str, float]) -> None:
    if a and b:
        overlap = len(a & b) / len(a | b)
        if overlap:
            found[f"{name}_overlap"] = overlap
        else:
            found[f"{name}_disjoint"] = 1.0
