"""The fictional evaluation corpora (tests/corpus/fiction, fiction2 ... fiction6): every file follows
corpus/ANNOTATION.md, every evidence quote is in its text, every place is in the gazetteer, and the extractor stays
above each corpus's floors.

The reports are written for this project (CC0), from countries and publishers absent from the dev corpus,
so they stand in for the held-out corpus; fiction2, fiction3, fiction4 and fiction5 were written blind to the
extractor. See docs/evaluation-corpora.md.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import Any

import pytest

from notatarget.domain.codebook import AttackType, FacilityType
from notatarget.extract import extract
from notatarget.extract.evaluate import evaluate_corpus
from notatarget.geo import lookup

NAMES = (
    "fiction",
    "fiction2",
    "fiction3",
    "fiction4",
    "fiction5",
    "fiction6",
    "fiction7",
    "fiction8",
    "fiction9",
    "fiction10",
    "fiction11",
    "fiction12",
    "fiction13",
    "fiction14",
    "fiction15",
    "fiction16",
    "fiction17",
    "fiction18",
    "fiction19",
    "fiction20",
    "fiction21",
    "fiction22",
    "fiction23",
    "fiction24",
    "fiction25",
    "fiction26",
    "fiction27",
    "fiction28",
    "fiction29",
    "fiction30",
    "fiction31",
    "fiction32",
    "fiction33",
    "fiction34",
    "fiction35",
    "fiction36",
    "fiction37",
    "fiction38",
    "fiction39",
    "fiction40",
    "fiction41",
    "fiction42",
    "fiction43",
    "fiction44",
    "fiction45",
    "fiction46",
    "fiction47",
    "fiction48",
    "fiction49",
    "fiction50",
    "fiction51",
    "fiction52",
    "fiction53",
    "fiction54",
    "fiction55",
    "fiction56",
    "fiction57",
    "fiction58",
    "fiction59",
    "fiction60",
    "fiction61",
)
CORPORA = {name: Path(__file__).parent / "corpus" / name for name in NAMES}
FILES = [(name, path) for name, folder in CORPORA.items() for path in sorted(folder.glob("*.json"))]
FILE_IDS = [f"{name}/{path.stem}" for name, path in FILES]

# corpus/ANNOTATION.md, written out here so that a change to the code's vocabularies shows against it.
DOCUMENT_FIELDS = {"doc_id", "source_url", "publisher", "published", "language", "text", "incidents"}
INCIDENT_FIELDS = [
    "date",
    "time",
    "country",
    "location",
    "admin1",
    "facility_name",
    "facility_type",
    "attack_types",
    "weapons",
    "perpetrator",
    "killed",
    "injured",
    "health_workers_killed",
    "health_workers_injured",
    "injured_unspecified",
    "abducted",
    "facility_damage",
    "service_impact",
    "background",
    "evidence",
]
FACILITY_TYPES = {"hospital", "primary_care", "mobile_clinic", "ambulance", "pharmacy", "warehouse", "other"}
ATTACK_TYPES = {
    "heavy_weapons",
    "individual_weapons",
    "explosive_device",
    "chemical",
    "arson",
    "armed_entry",
    "military_use",
    "looting",
    "obstruction",
    "abduction_arrest",
    "assault",
    "threat",
    "sexual_violence",
}
DAMAGE = {"none", "damaged", "destroyed"}
SERVICE = {"none", "partial", "closed"}
COUNTS = ("killed", "injured", "health_workers_killed", "health_workers_injured", "abducted")
DATE = re.compile(r"\d{4}(-\d{2}(-\d{2})?)?")
TIME = re.compile(r"([01]\d|2[0-3]):[0-5]\d")
EVIDENCE_GAP = " ... "


@dataclass(frozen=True)
class Expected:
    """What one corpus must hold and what the extractor must score on it."""

    documents: int
    languages: set[str]
    floors: dict[str, float]
    field_floors: dict[str, float]
    # documents of 1,000 words or more (fiction14 is of short sources by design: posts, alerts, logs; fiction15's long
    # institutional texts run 750 to 1,150 words; fiction16's news and communiqués are shorter)
    long_documents: int = 2
    # documents that tell no incident (fiction19's sixteen long reports hold two)
    negatives: int = 4
    # countries with incidents (fiction36's long reports dwell on eleven)
    countries: int = 12
    # background incidents (fiction55, on counts, recalls nine)
    backgrounds: int = 10


# fiction: a little below what the extractor scored at the end of the third session (25 November 2026, 48
# documents, 96 gold incidents): precision 0.939, recall 0.958, F1 0.948, main-incident recall 1.000; date 0.967,
# time 0.978, country 1.000, facility type 0.913, attack types 0.837, weapons 0.957, counts 0.880, damage 0.935,
# service impact 0.891. (When the corpus was written, 25 November: F1 0.821, attack types 0.588, counts 0.588,
# service 0.713; end of the second session: F1 0.909, attack types 0.722, counts 0.667, service 0.822.)
# fiction2: a little below what the extractor scored when the corpus was written, blind to it (26 November 2026, 39
# documents, 75 gold incidents): precision 0.740, recall 0.760, F1 0.750, main-incident recall 0.844; date 0.947,
# time 0.860, country 0.842, facility type 0.912, attack types 0.702, weapons 0.860, counts 0.544, damage 0.860,
# service impact 0.667. Facility type and counts were lowered on 26 November (h-dates2) when a table log's rows,
# a period report's acts and a Spanish act dated by the next paragraph were matched (57 -> 67 matched incidents):
# their fields are scored too, so the share fell (facility type 0.912 -> 0.881, counts 0.544 -> 0.478) while the
# number of right values did not (facility type 52 -> 59, counts 31 -> 32).
# fiction3: written blind to the extractor (26 November 2026, 38 documents, 78 gold incidents) to measure whether
# the session's fixes generalise (floors set at the end of the session, below). When it was
# written, from the code of main at 9fd45c2: precision 0.642, recall 0.782, F1 0.705, main-incident recall 0.903;
# date 0.918, time 0.902, country 0.836, facility type 0.885, attack types 0.689, weapons 0.852, counts 0.475,
# damage 0.672, service impact 0.623.
# fiction4: written blind to the extractor (26 November 2026, 37 documents, 81 gold incidents) to be measured once,
# at the end of the session (floors set then, below). When it was written, from the code of
# main at 08c1c5f: precision 0.793, recall 0.852, F1 0.821, main-incident recall 0.906; date 0.899, time 0.928,
# country 0.913, facility type 0.913, attack types 0.536, weapons 0.841, counts 0.594, damage 0.812, service impact
# 0.667.
# End of the fourth session (26 November 2026), every floor a little below: fiction P/R/F1 0.969/0.969/0.969, main
# 1.000, date 0.978, time 1.000, country 1.000, facility 0.946, attack types 0.914, weapons 0.989, counts 0.903,
# damage 0.946, service 0.903; fiction2 (tuned on this session) 0.973/0.973/0.973, 1.000, 0.973, 0.973, 1.000,
# 0.945, 0.836, 0.973, 0.726, 0.890, 0.836; fiction3 (the judge of the fiction2 work, then worked from in the last
# hour) 0.783/0.923/0.847, 0.968, 0.944, 0.903, 0.944, 0.903, 0.847, 0.931, 0.583, 0.694, 0.597; fiction4 (never read:
# keep it so) 0.793/0.852/0.821, 0.906, 0.899, 0.942, 0.913, 0.913, 0.623, 0.870, 0.652, 0.797, 0.681.
# fiction5: written blind to the extractor at the start of the fifth session (26 November 2026, 37 documents, 83 gold
# incidents; 24 countries, 7 languages, 21 background incidents), the judge from then on: read its figures, never its
# texts or --explain. When it was written, from main at 10f5ace (and at the session's start, ebfb7cf, the same):
# precision 0.633, recall 0.747, F1 0.685, main-incident recall 0.871; date 0.823, time 0.839, country 1.000, facility
# type 0.855, attack types 0.677, weapons 0.823, counts 0.565, damage 0.694, service impact 0.597. fiction6, written
# blind the same morning, from the session's starting code (ebfb7cf): 0.698/0.753/0.724, main 0.758; date 0.940,
# time 0.925, country 0.940, facility 0.896, attack types 0.761, weapons 0.896, counts 0.418, damage 0.821, service
# 0.642. End of the fifth session (every floor a little below): fiction 0.969/0.979/0.974; fiction2 0.973; fiction3
# 0.906/0.987/0.945; fiction4 (read this session) 0.974/0.914/0.943; fiction5 (never read) 0.696/0.771/0.731, main
# 0.871, date 0.828, time 0.906, country 1.000, facility 0.859, attack types 0.703, weapons 0.828, counts 0.594,
# damage 0.766, service 0.703; fiction6 (never read) 0.711/0.775/0.742, main 0.758, date 0.971, time 0.957, country
# 0.942, facility 0.884, attack types 0.783, weapons 0.899, counts 0.493, damage 0.812, service 0.681.
# End of the eighth session (26 November 2026): every floor of fiction..fiction6, fiction8 and fiction9 is 0.02
# (fields 0.025) below its figure then, or the seventh session's where that was higher; fiction7 and fiction10 to
# fiction13 are judges with none (their figures in docs/evaluation-corpora.md). Ninth session: fiction12 and fiction13
# read and given floors the same way; fiction14 and fiction15 the new judges, with none. Tenth session: fiction14
# read and given floors the same way.
EXPECTED = {
    "fiction": Expected(
        documents=40,
        languages={"en", "fr", "es", "ar", "uk"},
        floors={"precision": 0.94, "recall": 0.95, "f1": 0.95, "main_incident_recall": 0.98},
        field_floors={
            "date": 0.96,
            "time": 0.97,
            "country": 0.97,
            "facility_type": 0.92,
            "attack_types": 0.9,
            "weapons": 0.96,
            "counts": 0.92,
            "facility_damage": 0.93,
            "service_impact": 0.87,
        },
    ),
    "fiction2": Expected(
        documents=32,
        languages={"en", "fr", "es", "ar", "ru"},
        floors={"precision": 0.96, "recall": 0.96, "f1": 0.96, "main_incident_recall": 0.98},
        field_floors={
            "date": 0.94,
            "time": 0.97,
            "country": 0.97,
            "facility_type": 0.93,
            "attack_types": 0.85,
            "weapons": 0.96,
            "counts": 0.82,
            "facility_damage": 0.92,
            "service_impact": 0.85,
        },
    ),
    "fiction3": Expected(
        documents=36,
        languages={"en", "fr", "es", "ar", "uk", "ru"},
        floors={"precision": 0.89, "recall": 0.96, "f1": 0.93, "main_incident_recall": 0.94},
        field_floors={
            "date": 0.94,
            "time": 0.94,
            "country": 0.97,
            "facility_type": 0.93,
            "attack_types": 0.91,
            "weapons": 0.92,
            "counts": 0.81,
            "facility_damage": 0.81,
            "service_impact": 0.76,
        },
    ),
    "fiction4": Expected(
        documents=35,
        languages={"en", "fr", "es", "ar", "uk", "pt"},
        floors={"precision": 0.95, "recall": 0.91, "f1": 0.93, "main_incident_recall": 0.94},
        field_floors={
            "date": 0.96,
            "time": 0.96,
            "country": 0.97,
            "facility_type": 0.88,
            "attack_types": 0.87,
            "weapons": 0.93,
            "counts": 0.84,
            "facility_damage": 0.9,
            "service_impact": 0.81,
        },
    ),
    # fiction5 and fiction6: written blind to the extractor at the start of the fifth session, the judges (figures
    # only) of that session, read from the sixth on; floors a little below their figures. Field floors are over the
    # matched incidents: a fix that matches more incidents can lower them (the acts of reports looking back on past
    # months, matched from the sixth session on, carry harder attack types).
    "fiction5": Expected(
        documents=37,
        languages={"en", "fr", "es", "ar", "uk", "ru", "pt"},
        floors={"precision": 0.86, "recall": 0.89, "f1": 0.87, "main_incident_recall": 0.98},
        field_floors={
            "date": 0.9,
            "time": 0.9,
            "country": 0.97,
            "facility_type": 0.85,
            "attack_types": 0.76,
            "weapons": 0.84,
            "counts": 0.71,
            "facility_damage": 0.86,
            "service_impact": 0.72,
        },
    ),
    "fiction6": Expected(
        documents=37,
        languages={"en", "fr", "es", "ar", "uk", "ru", "pt"},
        floors={"precision": 0.88, "recall": 0.84, "f1": 0.86, "main_incident_recall": 0.79},
        field_floors={
            "date": 0.94,
            "time": 0.93,
            "country": 0.92,
            "facility_type": 0.85,
            "attack_types": 0.81,
            "weapons": 0.92,
            "counts": 0.74,
            "facility_damage": 0.89,
            "service_impact": 0.84,
        },
    ),
    # fiction7 and fiction8: written blind to the extractor at the start of the sixth session (real-report voices:
    # wire stories, releases, UN and ministry statements, local news), the judges (figures only) of that session;
    # fiction8 (and fiction9, below) read from the seventh on, floors a little below their figures at its end;
    # fiction7 stays a judge with no floors.
    "fiction7": Expected(documents=33, languages={"en", "fr", "es", "ar"}, floors={}, field_floors={}),
    "fiction8": Expected(
        documents=32,
        languages={"en", "fr", "es", "ar", "uk"},
        floors={"precision": 0.92, "recall": 0.92, "f1": 0.92, "main_incident_recall": 0.98},
        field_floors={
            "date": 0.93,
            "time": 0.9,
            "country": 0.93,
            "facility_type": 0.81,
            "attack_types": 0.8,
            "weapons": 0.84,
            "counts": 0.76,
            "facility_damage": 0.86,
            "service_impact": 0.68,
        },
    ),
    # fiction9: written blind later in the sixth session (voices of real reports, 18 countries), read from the seventh.
    "fiction9": Expected(
        documents=32,
        languages={"en", "fr", "es", "ar"},
        floors={"precision": 0.89, "recall": 0.9, "f1": 0.89, "main_incident_recall": 0.98},
        field_floors={
            "date": 0.93,
            "time": 0.93,
            "country": 0.97,
            "facility_type": 0.8,
            "attack_types": 0.72,
            "weapons": 0.86,
            "counts": 0.64,
            "facility_damage": 0.8,
            "service_impact": 0.73,
        },
    ),
    # fiction10 and fiction11: written blind at the start of the seventh session (voices of real reports; fiction10
    # the wars with the most attacks, Ukraine, Gaza and the West Bank, Lebanon, Sudan, Myanmar, Syria, Yemen and
    # more, in en, ar, fr, es, uk, ru; fiction11 Africa, the Americas and Asia beyond the Middle East, in en, fr, es,
    # pt, ar), judges too.
    "fiction10": Expected(documents=33, languages={"en", "fr", "es", "ar", "uk", "ru"}, floors={}, field_floors={}),
    "fiction11": Expected(documents=33, languages={"en", "fr", "es", "ar", "pt"}, floors={}, field_floors={}),
    # fiction12: written blind at the start of the eighth session (regional and local media and wire copy:
    # liveblogs, security digests, court reports, corrections; Iraq, Libya, the Philippines, Venezuela and more, in
    # en, fr, es, ru, ar), a judge then, read in the ninth session; floors 0.02 (fields 0.025) below its figures then.
    "fiction12": Expected(
        documents=31,
        languages={"en", "fr", "es", "ar", "ru"},
        floors={"precision": 0.81, "recall": 0.83, "f1": 0.82, "main_incident_recall": 0.94},
        field_floors={
            "date": 0.93,
            "time": 0.89,
            "country": 0.96,
            "facility_type": 0.82,
            "attack_types": 0.73,
            "weapons": 0.88,
            "counts": 0.61,
            "facility_damage": 0.78,
            "service_impact": 0.78,
        },
    ),
    # fiction13: written blind then too (the non-explosive attacks most records hold: raids, threats, checkpoints,
    # arrests, kidnappings, lootings, beatings, occupations; medical associations, unions, monitors' logs, a
    # hospital's notice; en, fr, es, ar, uk), read in the ninth session too, floors set the same way.
    "fiction13": Expected(
        documents=30,
        languages={"en", "fr", "es", "ar", "uk"},
        floors={"precision": 0.86, "recall": 0.84, "f1": 0.85, "main_incident_recall": 0.8},
        field_floors={
            "date": 0.93,
            "time": 0.96,
            "country": 0.94,
            "facility_type": 0.84,
            "attack_types": 0.66,
            "weapons": 0.88,
            "counts": 0.58,
            "facility_damage": 0.94,
            "service_impact": 0.78,
        },
    ),
    # fiction14 and fiction15: written blind at the start of the ninth session (fiction14 short, messy sources:
    # officials' posts, messaging-app alerts, forwarded emails, incident forms, pasted tables, radio transcripts;
    # fiction15 institutional documents where most attacks told are no new incident: annual reports, a Security
    # Council briefing, a hearing, a commission's findings, an academic article, a tribute, a dashboard), judges.
    # fiction14 read in the tenth session, floors 0.02 (fields 0.025) below its figures at its end.
    "fiction14": Expected(
        documents=30,
        languages={"en", "fr", "es", "ru", "uk", "ar"},
        floors={"precision": 0.9, "recall": 0.82, "f1": 0.86, "main_incident_recall": 0.93},
        field_floors={
            "date": 0.94,
            "time": 0.92,
            "country": 0.94,
            "facility_type": 0.88,
            "attack_types": 0.67,
            "weapons": 0.8,
            "counts": 0.63,
            "facility_damage": 0.77,
            "service_impact": 0.67,
        },
        long_documents=0,
    ),
    # fiction15: read from the tenth session on, floors 0.02 (fields 0.025) below its figures then.
    "fiction15": Expected(
        documents=28,
        languages={"en", "fr", "es", "ar", "uk", "ru"},
        floors={"precision": 0.8, "recall": 0.86, "f1": 0.83, "main_incident_recall": 0.88},
        field_floors={
            "date": 0.97,
            "time": 0.97,
            "country": 0.96,
            "facility_type": 0.81,
            "attack_types": 0.76,
            "weapons": 0.88,
            "counts": 0.73,
            "facility_damage": 0.78,
            "service_impact": 0.67,
        },
        long_documents=1,
    ),
    # fiction16: written blind late in the ninth session, from its code then (reports in the languages of the field,
    # few in English: French, Spanish, Arabic, Ukrainian, Russian news sites, ministries, unions, bulletins), a judge.
    "fiction16": Expected(
        documents=28, languages={"en", "fr", "es", "ar", "uk", "ru"}, floors={}, field_floors={}, long_documents=0
    ),
    # fiction17: written blind in the tenth session (longer documents of the publishers monitoring teams code: rights
    # groups' investigations, medical charities' field reports, situation reports, a UN panel's chapter, features,
    # a case series, a quarterly surveillance report), a judge.
    "fiction17": Expected(
        documents=25, languages={"en", "fr", "es", "ar"}, floors={}, field_floors={}, long_documents=1
    ),
    # fiction18: written blind in the tenth session (news and press releases as the extractor meets them most:
    # wire stories, local papers, charities' and Red Crescent releases, WHO and ministry statements, a correction, a
    # fact-check), a judge.
    "fiction18": Expected(
        documents=31, languages={"en", "fr", "es", "ar", "uk"}, floors={}, field_floors={}, long_documents=0
    ),
    # fiction19 and fiction20: written blind at the start of the eleventh session and read in it (fiction19 long
    # reports of 969 to 1,877 words: a Commission of Inquiry chapter, a rapporteur submission, a cluster bulletin
    # with an annex, a case study, a press briefing, features; fiction20 the kinds of attack and their counts), floors
    # 0.02 (fields 0.025) below their figures at the end of the session.
    "fiction19": Expected(
        documents=16,
        languages={"en", "fr", "es"},
        floors={"precision": 0.68, "recall": 0.82, "f1": 0.75, "main_incident_recall": 0.83},
        field_floors={
            "date": 0.94,
            "time": 0.94,
            "country": 0.97,
            "facility_type": 0.79,
            "attack_types": 0.55,
            "weapons": 0.83,
            "counts": 0.55,
            "facility_damage": 0.84,
            "service_impact": 0.74,
        },
        long_documents=14,
        negatives=2,
    ),
    "fiction20": Expected(
        documents=34,
        languages={"en", "fr", "es", "ar", "uk"},
        floors={"precision": 0.83, "recall": 0.88, "f1": 0.86, "main_incident_recall": 0.98},
        field_floors={
            "date": 0.94,
            "time": 0.92,
            "country": 0.97,
            "facility_type": 0.82,
            "attack_types": 0.7,
            "weapons": 0.87,
            "counts": 0.54,
            "facility_damage": 0.8,
            "service_impact": 0.7,
        },
        long_documents=0,
    ),
    # fiction21 and fiction22: written blind at the start of the twelfth session and read in it (fiction21 digests,
    # roundups, flash updates and corrections that tell many incidents and the same attack more than once; fiction22
    # damage, service impact and facility types), floors 0.02 (fields 0.025) below their figures at its end.
    "fiction21": Expected(
        documents=24,
        languages={"en", "fr", "es"},
        floors={"precision": 0.82, "recall": 0.86, "f1": 0.84, "main_incident_recall": 0.98},
        field_floors={
            "date": 0.89,
            "time": 0.88,
            "country": 0.95,
            "facility_type": 0.85,
            "attack_types": 0.71,
            "weapons": 0.82,
            "counts": 0.55,
            "facility_damage": 0.74,
            "service_impact": 0.75,
        },
        long_documents=0,
    ),
    "fiction22": Expected(
        documents=30,
        languages={"en", "fr", "es", "ar", "uk"},
        floors={"precision": 0.83, "recall": 0.85, "f1": 0.84, "main_incident_recall": 0.98},
        field_floors={
            "date": 0.89,
            "time": 0.91,
            "country": 0.93,
            "facility_type": 0.78,
            "attack_types": 0.74,
            "weapons": 0.84,
            "counts": 0.63,
            "facility_damage": 0.69,
            "service_impact": 0.59,
        },
        long_documents=0,
        negatives=5,
    ),
    # fiction23: written blind at the start of the twelfth session (the everyday mix of a monitoring team's week from
    # publishers and countries not used before), a judge.
    "fiction23": Expected(
        documents=30,
        languages={"en", "fr", "es", "ar", "uk"},
        floors={},
        field_floors={},
        long_documents=0,
        negatives=5,
    ),
    # fiction24, fiction25 and fiction26: written blind at the start of the thirteenth session. fiction24 (news and
    # releases from countries and publishers little used before) is a judge; fiction25 (attack types, weapons,
    # perpetrators and counts in many phrasings) and fiction26 (local press and official bodies in French, Spanish,
    # Arabic, Portuguese, Ukrainian and Russian) are read in it, floors 0.02 (fields 0.025) below their figures at
    # its end.
    "fiction24": Expected(
        documents=30,
        languages={"en", "fr", "es", "ar", "uk"},
        floors={},
        field_floors={},
        long_documents=0,
        negatives=5,
    ),
    "fiction25": Expected(
        documents=30,
        languages={"en", "fr", "es"},
        floors={"precision": 0.80, "recall": 0.86, "f1": 0.83, "main_incident_recall": 0.94},
        field_floors={
            "date": 0.93,
            "time": 0.91,
            "country": 0.97,
            "facility_type": 0.84,
            "attack_types": 0.69,
            "weapons": 0.68,
            "counts": 0.54,
            "facility_damage": 0.74,
            "service_impact": 0.74,
        },
        long_documents=0,
    ),
    "fiction26": Expected(
        documents=30,
        languages={"en", "fr", "es", "ar", "pt", "uk", "ru"},
        floors={"precision": 0.80, "recall": 0.88, "f1": 0.84, "main_incident_recall": 0.82},
        field_floors={
            "date": 0.89,
            "time": 0.92,
            "country": 0.91,
            "facility_type": 0.81,
            "attack_types": 0.70,
            "weapons": 0.75,
            "counts": 0.46,
            "facility_damage": 0.83,
            "service_impact": 0.72,
        },
        long_documents=0,
    ),
    # fiction27 and fiction28: written blind at the start of the fourteenth session, read and worked from in it;
    # floors a little below their figures at its end
    "fiction27": Expected(
        documents=30,
        languages={"en", "fr", "es", "ar", "uk"},
        floors={"precision": 0.77, "recall": 0.88, "f1": 0.82, "main_incident_recall": 0.98},
        field_floors={
            "date": 0.88,
            "time": 0.84,
            "country": 0.97,
            "facility_type": 0.86,
            "attack_types": 0.60,
            "weapons": 0.92,
            "counts": 0.48,
            "facility_damage": 0.83,
            "service_impact": 0.58,
        },
        long_documents=3,
    ),
    "fiction28": Expected(
        documents=30,
        languages={"en", "fr", "es", "ar", "ru", "uk"},
        floors={"precision": 0.73, "recall": 0.86, "f1": 0.79, "main_incident_recall": 0.94},
        field_floors={
            "date": 0.86,
            "time": 0.86,
            "country": 0.97,
            "facility_type": 0.90,
            "attack_types": 0.65,
            "weapons": 0.81,
            "counts": 0.57,
            "facility_damage": 0.68,
            "service_impact": 0.62,
        },
        long_documents=4,
    ),
    # fiction29: written blind at the start of the fourteenth session, a judge: its figures only, never its texts
    "fiction29": Expected(
        documents=30,
        languages={"en", "fr", "es", "ar", "pt", "ru"},
        floors={},
        field_floors={},
        long_documents=3,
        negatives=5,
    ),
    # fiction30: written blind at the start of the fifteenth session, finished late in it, read and worked from in the
    # sixteenth; floors a little below its figures at the sixteenth's end
    "fiction30": Expected(
        documents=30,
        languages={"en", "fr", "es", "ar", "pt"},
        floors={"precision": 0.87, "recall": 0.89, "f1": 0.88, "main_incident_recall": 0.96},
        field_floors={
            "date": 0.94,
            "time": 0.94,
            "country": 0.95,
            "facility_type": 0.87,
            "attack_types": 0.75,
            "weapons": 0.88,
            "counts": 0.62,
            "facility_damage": 0.79,
            "service_impact": 0.70,
        },
        long_documents=2,
        negatives=5,
    ),
    # fiction31: written blind at the start of the fifteenth session (what is an attack on health care and what is
    # not), read and worked from in it; floors a little below its figures at its end
    "fiction31": Expected(
        documents=30,
        languages={"en", "fr", "es", "ar", "uk", "pt"},
        floors={"precision": 0.76, "recall": 0.92, "f1": 0.83, "main_incident_recall": 0.96},
        field_floors={
            "date": 0.93,
            "time": 0.92,
            "country": 0.93,
            "facility_type": 0.76,
            "attack_types": 0.61,
            "weapons": 0.86,
            "counts": 0.64,
            "facility_damage": 0.82,
            "service_impact": 0.68,
        },
        long_documents=3,
        negatives=5,
    ),
    # fiction32: written blind at the start of the fifteenth session, a judge: its figures only, never its texts
    "fiction32": Expected(
        documents=30,
        languages={"en", "fr", "es", "ar", "uk", "pt"},
        floors={},
        field_floors={},
        long_documents=3,
    ),
    # fiction33: written blind at the start of the sixteenth session (the big conflicts, mostly in English), read and
    # worked from in it; floors a little below its figures at its end
    "fiction33": Expected(
        documents=30,
        languages={"en", "fr", "es", "ar", "uk", "ru"},
        floors={"precision": 0.86, "recall": 0.94, "f1": 0.90, "main_incident_recall": 0.96},
        field_floors={
            "date": 0.93,
            "time": 0.97,
            "country": 0.94,
            "facility_type": 0.87,
            "attack_types": 0.82,
            "weapons": 0.91,
            "counts": 0.56,
            "facility_damage": 0.83,
            "service_impact": 0.70,
        },
        long_documents=2,
        negatives=5,
    ),
    # fiction34: written blind at the start of the sixteenth session (two sources on the same attacks, follow-ups), a
    # judge: its figures only, never its texts
    "fiction34": Expected(
        documents=30,
        languages={"en", "fr", "es", "ar", "pt", "ru", "uk"},
        floors={},
        field_floors={},
        long_documents=0,
        negatives=5,
    ),
    # fiction35: written blind at the start of the seventeenth session (short items and semi-structured feeds), read
    # and worked from in it; floors a little below its figures at its end
    "fiction35": Expected(
        documents=30,
        languages={"en", "fr", "es", "ar", "pt", "uk", "ru"},
        floors={"precision": 0.89, "recall": 0.84, "f1": 0.87, "main_incident_recall": 0.96},
        field_floors={
            "date": 0.91,
            "time": 0.87,
            "country": 0.95,
            "facility_type": 0.85,
            "attack_types": 0.79,
            "weapons": 0.87,
            "counts": 0.66,
            "facility_damage": 0.78,
            "service_impact": 0.58,
        },
        long_documents=2,
        negatives=5,
    ),
    # fiction36 and fiction37: written blind at the start of the seventeenth session (long structured reports with
    # many incidents; voices and first-hand accounts), judges: their figures only, never their texts
    "fiction36": Expected(
        documents=30,
        languages={"en", "fr", "es", "ar", "uk", "ru"},
        floors={},
        field_floors={},
        long_documents=5,
        negatives=5,
        countries=11,
    ),
    "fiction37": Expected(
        documents=30,
        languages={"en", "fr", "es", "pt", "ar", "uk", "ru"},
        floors={},
        field_floors={},
        long_documents=3,
        negatives=5,
    ),
    # fiction38: written blind at the start of the eighteenth session (casualty tolls and victims: tolls updated,
    # victims by role, two sources' figures, ranges), read and worked from in it; floors a little below its figures
    "fiction38": Expected(
        documents=30,
        languages={"en", "fr", "es", "pt", "ar"},
        floors={"precision": 0.77, "recall": 0.85, "f1": 0.81, "main_incident_recall": 0.88},
        field_floors={
            "date": 0.90,
            "time": 0.90,
            "country": 0.96,
            "facility_type": 0.82,
            "attack_types": 0.55,
            "weapons": 0.90,
            "counts": 0.39,
            "facility_damage": 0.80,
            "service_impact": 0.67,
        },
        long_documents=2,
        negatives=5,
        countries=10,
    ),
    # fiction39 and fiction40: written blind at the start of the eighteenth session (the state of facilities after
    # attacks; French, Spanish and Portuguese journalism in depth), judges: their figures only, never their texts
    "fiction39": Expected(
        documents=30,
        languages={"en", "fr", "es", "ar", "uk", "ru"},
        floors={},
        field_floors={},
        long_documents=3,
        negatives=5,
        countries=10,
    ),
    "fiction40": Expected(
        documents=30,
        languages={"en", "fr", "es", "pt"},
        floors={},
        field_floors={},
        long_documents=3,
        negatives=5,
        countries=10,
    ),
    # fiction41: written blind at the start of the nineteenth session (what kind of attack, and with what: weapons
    # named many ways, disputed shells, acts without weapons and their mixtures), read and worked from in it; floors a
    # little below its figures at the session's end (F1 0.885 when it was written, 0.939 at the end)
    "fiction41": Expected(
        documents=30,
        languages={"en", "fr", "es", "ar", "uk", "ru"},
        floors={"precision": 0.87, "recall": 0.94, "f1": 0.90, "main_incident_recall": 0.96},
        field_floors={
            "date": 0.94,
            "time": 0.91,
            "country": 0.93,
            "facility_type": 0.83,
            "attack_types": 0.77,
            "weapons": 0.77,
            "counts": 0.65,
            "facility_damage": 0.80,
            "service_impact": 0.65,
        },
        long_documents=2,
        negatives=5,
    ),
    # fiction42 and fiction43: written blind at the start of the nineteenth session (South and Southeast Asia and the
    # Pacific in their own English; the Horn of Africa, the Nile and the Lake Chad basin in English, Arabic and
    # French), judges: their figures only, never their texts
    "fiction42": Expected(
        documents=30,
        languages={"en", "fr"},
        floors={},
        field_floors={},
        long_documents=3,
        negatives=5,
        countries=8,
    ),
    "fiction43": Expected(
        documents=30,
        languages={"en", "fr", "ar"},
        floors={},
        field_floors={},
        long_documents=3,
        negatives=5,
        countries=8,
    ),
    # fiction44: written blind at the start of the twentieth session (Ukraine, Russia and the Middle East in
    # Ukrainian, Russian, Arabic and English), read and worked from in it, floors a little below its figures at the
    # session's end (F1 0.854 when it was written, 0.885 at the end); fiction45 (armed groups, gangs and forces in Latin
    # America, the Caribbean and the Sahel, in Spanish, Portuguese, French and English) and fiction46 (across a year's
    # end: weekdays of the year before, holidays, year-end reviews), judges: their figures only
    "fiction44": Expected(
        documents=30,
        languages={"en", "ar", "uk", "ru"},
        floors={"precision": 0.83, "recall": 0.90, "f1": 0.86, "main_incident_recall": 0.98},
        field_floors={
            "date": 0.95,
            "time": 0.84,
            "country": 0.95,
            "facility_type": 0.78,
            "attack_types": 0.72,
            "weapons": 0.73,
            "counts": 0.52,
            "facility_damage": 0.69,
            "service_impact": 0.59,
        },
        long_documents=3,
        negatives=5,
        countries=8,
    ),
    # fiction45: a judge until the twenty-eighth session, when the header lines of one of its documents were read
    # while a country that flipped was traced; read since, floors a little below its figures at the end of that
    # session: precision 0.849, recall 0.820, F1 0.834.
    "fiction45": Expected(
        documents=30,
        languages={"en", "es", "pt", "fr"},
        floors={"precision": 0.81, "recall": 0.78, "f1": 0.80, "main_incident_recall": 0.88},
        field_floors={
            "date": 0.93,
            "time": 0.89,
            "country": 0.95,
            "facility_type": 0.72,
            "attack_types": 0.60,
            "weapons": 0.90,
            "counts": 0.56,
            "facility_damage": 0.75,
            "service_impact": 0.58,
        },
        long_documents=3,
        negatives=5,
        countries=9,
    ),
    "fiction46": Expected(
        documents=30,
        languages={"en", "fr", "pt", "es"},
        floors={},
        field_floors={},
        long_documents=3,
        negatives=5,
        countries=11,
    ),
    # fiction48: written blind at the start of the twenty-first session (the Arabic-speaking world in its own words:
    # Yemen, Syria, Libya, Iraq, Lebanon and Sudan, in Arabic, English and French), a judge: its figures only
    "fiction48": Expected(
        documents=30,
        languages={"ar", "en", "fr"},
        floors={},
        field_floors={},
        long_documents=3,
        negatives=5,
        countries=6,
    ),
    # fiction47: written blind in the twenty-second session (who and how many: tolls restated, victims by role,
    # abductions and arrests counted; Cameroon, Nigeria, Ethiopia, Myanmar, Manipur, Colombia; English, French,
    # Spanish; sixteen documents), a judge: its figures only
    "fiction47": Expected(
        documents=16,
        languages={"en", "fr", "es"},
        floors={},
        field_floors={},
        long_documents=1,
        negatives=3,
        countries=6,
    ),
    # fiction49: written blind in the twenty-first session (a broad fortnight of monitoring: every attack and facility
    # type, thirteen countries from Afghanistan to Cameroon, in English, French, Spanish, Portuguese and Ukrainian), a
    # judge: its figures only
    # ... read in the twenty-fifth session (several of its documents were opened while rules were checked); floors a
    # little below its figures at the end of that session: precision 0.861, recall 0.926, F1 0.892.
    "fiction49": Expected(
        documents=30,
        languages={"en", "fr", "es", "pt", "uk"},
        floors={"precision": 0.82, "recall": 0.88, "f1": 0.85, "main_incident_recall": 0.92},
        field_floors={
            "date": 0.88,
            "time": 0.91,
            "country": 0.82,
            "facility_type": 0.76,
            "attack_types": 0.59,
            "weapons": 0.83,
            "counts": 0.50,
            "facility_damage": 0.82,
            "service_impact": 0.66,
        },
        long_documents=3,
        negatives=5,
        countries=13,
    ),
    # fiction50: written blind in the twenty-second session (what still works: damage and service impact after
    # attacks; Sudan, Haiti, DR Congo, Mozambique, Burkina Faso, Mali, Pakistan; English, French, Portuguese, Spanish;
    # sixteen documents), a judge: its figures only
    "fiction50": Expected(
        documents=16,
        languages={"en", "fr", "pt", "es"},
        floors={},
        field_floors={},
        long_documents=1,
        negatives=3,
        countries=7,
    ),
    # fiction51: written blind in the twenty-third session (what kind of attack: abductions, arrests, threats, looting,
    # arson and obstruction told apart; Mexico, Ecuador, Honduras, Mindanao, Papua, Cox's Bazar, Niger; English,
    # Spanish, French; sixteen documents), a judge: its figures only
    "fiction51": Expected(
        documents=16,
        languages={"en", "es", "fr"},
        floors={},
        field_floors={},
        long_documents=1,
        negatives=3,
        countries=7,
    ),
    # fiction52: written blind in the twenty-third session (when: dates told against the publication, the dateline and
    # other events; Ukraine, Russia's border oblasts, southern Lebanon, Syria, Gaza and the West Bank; English,
    # Ukrainian, Russian, Arabic, French; sixteen documents), a judge: its figures only
    # ... read in the twenty-fifth session (several of its documents were opened while rules were checked); floors a
    # little below its figures at the end of that session: precision 0.896, recall 0.935, F1 0.915.
    "fiction52": Expected(
        documents=16,
        languages={"en", "uk", "ru", "ar", "fr"},
        floors={"precision": 0.85, "recall": 0.89, "f1": 0.87, "main_incident_recall": 0.96},
        field_floors={
            "date": 0.89,
            "time": 0.89,
            "country": 0.93,
            "facility_type": 0.72,
            "attack_types": 0.89,
            "weapons": 0.86,
            "counts": 0.47,
            "facility_damage": 0.54,
            "service_impact": 0.61,
        },
        long_documents=1,
        negatives=3,
        countries=5,
    ),
    # fiction53: written blind in the twenty-fourth session (with what: weapons and means told directly, implied or
    # disputed; Myanmar, Burkina Faso, Yemen, Sudan, Colombia, Somalia, Afghanistan; English, French, Spanish, Arabic;
    # sixteen documents), a judge: its figures only
    "fiction53": Expected(
        documents=16,
        languages={"en", "fr", "es", "ar"},
        floors={},
        field_floors={},
        long_documents=1,
        negatives=3,
        countries=7,
    ),
    # fiction54: written blind in the twenty-fourth session (which facility and where: facility types, names and
    # abbreviations, villages, camps, roads; DR Congo, Nigeria, Ethiopia, Mali, Mozambique, Iraq, Libya; English,
    # French, Portuguese, Arabic; sixteen documents), a judge: its figures only
    # ... read in the twenty-fifth session (several of its documents were opened while rules were checked); floors a
    # little below its figures at the end of that session: precision 0.933, recall 0.933, F1 0.933.
    "fiction54": Expected(
        documents=16,
        languages={"en", "fr", "pt", "ar"},
        floors={"precision": 0.89, "recall": 0.89, "f1": 0.89, "main_incident_recall": 0.96},
        field_floors={
            "date": 0.93,
            "time": 0.91,
            "country": 0.93,
            "facility_type": 0.74,
            "attack_types": 0.53,
            "weapons": 0.86,
            "counts": 0.57,
            "facility_damage": 0.69,
            "service_impact": 0.60,
        },
        long_documents=1,
        negatives=3,
        countries=7,
    ),
    # fiction55: written blind in the twenty-fifth session (how many: tolls restated and revised, victims listed by
    # role, health workers among them or not, group counts, number words, aggregates; DR Congo, Central African
    # Republic, Cameroon, Haiti, Pakistan, Syria; English, French, Spanish, Arabic; sixteen documents), a judge: its
    # figures only
    "fiction55": Expected(
        documents=16,
        languages={"en", "fr", "es", "ar"},
        floors={},
        field_floors={},
        long_documents=1,
        negatives=3,
        countries=6,
        backgrounds=9,
    ),
    # fiction56: written blind in the twenty-fifth session (one incident or several: the same attack told again, the
    # same facility hit on two days, a strike and a second strike on rescuers, several facilities in one strike,
    # digests, near misses, denials; Ukraine, Sudan, Yemen, Syria, Chad; English, Arabic, Ukrainian, Russian, French;
    # sixteen documents)
    # ... read in the twenty-fifth session, after its blind figures were taken; floors a little below its figures at the
    # end of that session: precision 0.849, recall 0.978, F1 0.909.
    "fiction56": Expected(
        documents=16,
        languages={"en", "ar", "uk", "ru", "fr"},
        floors={"precision": 0.80, "recall": 0.93, "f1": 0.86, "main_incident_recall": 0.96},
        field_floors={
            "date": 0.91,
            "time": 0.93,
            "country": 0.96,
            "facility_type": 0.82,
            "attack_types": 0.82,
            "weapons": 0.82,
            "counts": 0.58,
            "facility_damage": 0.62,
            "service_impact": 0.58,
        },
        long_documents=1,
        negatives=3,
        countries=5,
    ),
    # fiction57: written blind in the twenty-sixth session (is it an attack on health care at all: strikes beside
    # facilities, health workers killed off duty, facilities used as positions, the wounded brought in, accidents,
    # fires, outbreaks, drills, statistics, rumours denied, claims and counter-claims; Myanmar, Ethiopia, Sudan,
    # Ukraine, Lebanon, Somalia; English, French, Spanish, Arabic, Ukrainian, Russian; sixteen documents)
    # ... read in the twenty-sixth session, after its blind figures were taken (precision 0.781, recall 0.962, F1
    # 0.862); floors a little below its figures at the end of that session: precision 0.944, recall 0.981, F1 0.962.
    "fiction57": Expected(
        documents=16,
        languages={"en", "fr", "es", "ar", "uk", "ru"},
        floors={"precision": 0.90, "recall": 0.94, "f1": 0.92, "main_incident_recall": 0.88},
        field_floors={
            "date": 0.95,
            "time": 0.92,
            "country": 0.95,
            "facility_type": 0.72,
            "attack_types": 0.72,
            "weapons": 0.78,
            "counts": 0.60,
            "facility_damage": 0.76,
            "service_impact": 0.58,
        },
        long_documents=1,
        negatives=3,
        countries=6,
        backgrounds=14,
    ),
    # fiction58: written blind in the twenty-seventh session (who was hit and who did it: victims by role, health
    # workers among the dead and wounded or not, off duty and on duty, kidnapped for ransom, arrested and detained,
    # perpetrators named, unknown, claimed, denied and counter-accused; South Sudan, Nigeria, Colombia, Palestine,
    # Afghanistan, Mali; English, French, Spanish, Arabic; sixteen documents)
    # ... read in the twenty-seventh session, after its blind figures were taken (precision 0.849, recall 0.938, F1
    # 0.891, counts 0.511); floors a little below its figures at the end of that session: precision 0.865, recall
    # 0.938, F1 0.900, counts 0.667.
    "fiction58": Expected(
        documents=16,
        languages={"en", "fr", "es", "ar"},
        floors={"precision": 0.82, "recall": 0.90, "f1": 0.86, "main_incident_recall": 0.88},
        field_floors={
            "date": 0.95,
            "time": 0.91,
            "country": 0.95,
            "facility_type": 0.75,
            "attack_types": 0.64,
            "weapons": 0.93,
            "counts": 0.62,
            "facility_damage": 0.86,
            "service_impact": 0.68,
        },
        long_documents=1,
        negatives=3,
        countries=6,
        backgrounds=15,
    ),
    # fiction59: written blind in the twenty-eighth session (testimonies and follow-ups: first-person accounts of
    # health workers, drivers, patients and relatives, follow-ups revising a toll or a date, ledes summing incidents
    # told apart in the body, a week's roundup; Myanmar, the Philippines, Pakistan, India, Cameroon, Mozambique,
    # Colombia, Venezuela, Ethiopia; English, French, Portuguese, Spanish; sixteen documents), a judge: its figures only
    "fiction59": Expected(
        documents=16,
        languages={"en", "fr", "pt", "es"},
        floors={},
        field_floors={},
        long_documents=1,
        negatives=2,
        countries=8,
        backgrounds=11,
    ),
    # fiction60: written blind in the twenty-ninth session (facility status and past attacks revisited: an inquiry's
    # findings, a court report, status updates, an ambulance and a convoy log, obituaries, reopening notices, case
    # studies, a minister's answer; Sudan, South Sudan, Somalia, DR Congo, Haiti, Burkina Faso, Mexico, Nicaragua,
    # Libya; English, French, Spanish, Arabic; sixteen documents), a judge: its figures only
    "fiction60": Expected(
        documents=16,
        languages={"en", "fr", "es", "ar"},
        floors={},
        field_floors={},
        long_documents=2,
        negatives=2,
        countries=9,
        backgrounds=11,
    ),
    # fiction61: written blind in the thirtieth session (digests and roundups: an access working group's daily digest,
    # wire round-ups, radio bulletins, council minutes, a cluster update with a table, "in brief" columns, where attacks
    # on health care are items among markets, schools, convoys and look-alikes: strikes beside clinics, drills,
    # accidents, campaigns suspended for funds; Mali, Niger, Myanmar, Pakistan, Ethiopia, Iraq, Cameroon, Colombia, CAR,
    # Mozambique; English, French, Spanish, Portuguese; sixteen documents), read after its blind figures were taken
    "fiction61": Expected(
        documents=16,
        languages={"en", "fr", "es", "pt"},
        floors={"precision": 0.93, "recall": 0.93, "f1": 0.93, "main_incident_recall": 0.93},
        field_floors={
            "date": 0.95,
            "time": 0.95,
            "country": 0.93,
            "facility_type": 0.90,
            "attack_types": 0.66,
            "weapons": 0.86,
            "counts": 0.65,
            "facility_damage": 0.79,
            "service_impact": 0.76,
        },
        long_documents=2,
        negatives=3,
        countries=10,
        backgrounds=12,
    ),
}


def _load(path: Path) -> dict[str, Any]:
    return json.loads(path.read_text(encoding="utf-8"))


def _incidents() -> list[tuple[str, dict[str, Any]]]:
    return [
        (f"{name}/{path.stem}#{n}", incident)
        for name, path in FILES
        for n, incident in enumerate(_load(path)["incidents"])
    ]


INCIDENTS = _incidents()


@pytest.mark.parametrize("corpus", CORPORA)
def test_the_corpus_is_large_and_varied(corpus: str) -> None:
    docs = [_load(path) for name, path in FILES if name == corpus]
    assert len(docs) >= EXPECTED[corpus].documents
    assert {d["language"] for d in docs} >= EXPECTED[corpus].languages
    assert len({i["country"] for d in docs for i in d["incidents"]}) >= EXPECTED[corpus].countries
    assert sum(not d["incidents"] for d in docs) >= EXPECTED[corpus].negatives
    assert sum(i["background"] for d in docs for i in d["incidents"]) >= EXPECTED[corpus].backgrounds
    assert sum(len(d["text"].split()) >= 1000 for d in docs) >= EXPECTED[corpus].long_documents


@pytest.mark.parametrize(("corpus", "path"), FILES, ids=FILE_IDS)
def test_document_follows_annotation(corpus: str, path: Path) -> None:
    doc = _load(path)
    assert set(doc) == DOCUMENT_FIELDS
    assert doc["doc_id"] == path.stem
    assert doc["source_url"] == f"fiction:{path.stem}"
    assert doc["published"] is None or date.fromisoformat(doc["published"])
    assert re.fullmatch(r"[a-z]{2}", doc["language"])
    assert doc["text"].strip() and isinstance(doc["incidents"], list)


@pytest.mark.parametrize(("name", "incident"), INCIDENTS, ids=[n for n, _ in INCIDENTS])
def test_incident_follows_annotation(name: str, incident: dict[str, Any]) -> None:
    assert list(incident) == INCIDENT_FIELDS
    if incident["date"] is not None:
        assert DATE.fullmatch(incident["date"])
        date.fromisoformat(incident["date"] + "-01" * (2 - incident["date"].count("-")))
    assert incident["time"] is None or TIME.fullmatch(incident["time"])
    assert re.fullmatch(r"[A-Z]{3}", incident["country"])
    assert incident["facility_type"] is None or incident["facility_type"] in FACILITY_TYPES
    assert set(incident["attack_types"]) <= ATTACK_TYPES
    assert len(set(incident["attack_types"])) == len(incident["attack_types"])
    assert all(w == w.lower() and w.strip() for w in incident["weapons"])
    for count in COUNTS:
        assert incident[count] is None or (isinstance(incident[count], int) and incident[count] >= 0)
    for total, part in (("killed", "health_workers_killed"), ("injured", "health_workers_injured")):
        if incident[total] is not None and incident[part] is not None:
            assert incident[part] <= incident[total]
    assert isinstance(incident["injured_unspecified"], bool)
    assert not (incident["injured_unspecified"] and incident["injured"] is not None)
    assert incident["facility_damage"] is None or incident["facility_damage"] in DAMAGE
    assert incident["service_impact"] is None or incident["service_impact"] in SERVICE
    assert isinstance(incident["background"], bool)
    if incident["background"]:  # ANNOTATION: background attacks need at least a month and a year
        assert incident["date"] and len(incident["date"]) >= 7


def test_value_sets_agree_with_the_codebook() -> None:
    assert {t.value for t in AttackType} == ATTACK_TYPES
    assert {t.value for t in FacilityType} == FACILITY_TYPES


@pytest.mark.parametrize(("corpus", "path"), FILES, ids=FILE_IDS)
def test_every_evidence_fragment_is_in_the_text(corpus: str, path: Path) -> None:
    doc = _load(path)
    for incident in doc["incidents"]:
        fragments = incident["evidence"].split(EVIDENCE_GAP)
        assert all(f.strip() for f in fragments)
        missing = [f for f in fragments if f not in doc["text"]]
        assert not missing, missing


def test_every_place_is_in_the_gazetteer() -> None:
    """Gold locations are real settlements (GeoNames cities500) in the incident's country; "between A and B"
    ("entre A y B", "entre A et B") names two of them."""
    unknown = []
    for name, incident in INCIDENTS:
        location = incident["location"]
        if location is None:  # an act told at no town (fiction52: a nurse detained at a checkpoint on a road)
            continue
        road = re.fullmatch(r"(?:between|entre)\s+(.+?)\s+(?:and|y|et)\s+(.+)", location)
        places = list(road.groups()) if road else [location]
        for place in places:
            found = lookup(place, country=incident["country"])
            if (not found or found[0].country != incident["country"]) and place not in _OUTSIDE_GAZETTEER:
                unknown.append((name, place))
    assert not unknown


#: Places a blind corpus names that cities500 lacks (fiction7: a Colombian village, a South Sudanese camp town),
#: or names by an alternate name the index leaves out (fiction13: "إب", Ibb: two letters, a word too often; fiction14:
#: "Macina", which GeoNames calls "Ké-Macina"; fiction19: "Beita", a West Bank town cities500 knows only inside
#: another name's alternates; fiction23: "Shire", which GeoNames calls "Inda Silase"); their incidents are still scored,
#: on their country.
_OUTSIDE_GAZETTEER = {"La Gabarra", "Lasu", "إب", "Macina", "Beita", "Shire"}


@pytest.mark.parametrize("corpus", CORPORA)
def test_extractor_stays_above_its_floors(corpus: str) -> None:
    summary = evaluate_corpus(CORPORA[corpus], extract).summary()
    expected = EXPECTED[corpus]
    assert summary["documents"] == sum(name == corpus for name, _ in FILES) and not summary["errors"]
    low = {k: summary[k] for k, floor in expected.floors.items() if summary[k] < floor}
    accuracy = summary["field_accuracy"]
    low |= {k: accuracy[k] for k, floor in expected.field_floors.items() if accuracy[k] < floor}
    assert not low, f"{corpus} below the floors: {low}"
