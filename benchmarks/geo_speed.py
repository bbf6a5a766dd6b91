"""Speed and accuracy of ``notatarget.geo``.

Prints: index load time and memory, ``lookup`` calls a second, ``find_places`` + ``resolve_document``
throughput on 2,000-word texts, and, when ``../shared`` is present, accuracies on the dev corpus (main country,
gold location and admin1 found) and on the SHCC descriptions (main country against ``Country ISO``, main admin1
against ``Admin 1``, the most specific settlement against the coded coordinates).

    .venv/bin/python benchmarks/geo_speed.py [--no-accuracy]
"""

from __future__ import annotations

import csv
import json
import math
import random
import resource
import sys
import time
from pathlib import Path

from rapidfuzz import fuzz

from notatarget.geo import find_places, lookup, resolve_document
from notatarget.geo._text import name_key
from notatarget.geo.index import gazetteer

#: Greatest distance (km) from SHCC's coded point at which a found settlement or district counts as right.
LOCATION_KM = 50
SHARED = Path(__file__).resolve().parents[2] / "shared"
LOOKUPS = ["Aleppo", "Idlib", "Douma", "Kharkiv", "Mariupol", "Kherson", "Khan Younis", "Rafah", "El Fasher",
           "Omdurman", "Taiz", "Hodeidah", "Lashkar Gah", "Bamenda", "Goma", "Nowhere Town"]  # fmt: skip
# A fictional report, repeated with shuffled sentences into 2,000-word texts.
SENTENCES = [
    "Barrel bombs struck the children's hospital in eastern Aleppo at 10:30 on Wednesday, staff said.",
    "The health ministry in Damascus said two nurses were injured and the power was cut.",
    "Doctors from Mercy Relief moved patients to a clinic near Idlib, according to local sources.",
    "In March, an ambulance was hit by shelling on the road between Kharkiv and Izium in Ukraine.",
    "The World Health Organization recorded further attacks in Khan Younis and Rafah in southern Gaza.",
    "Residents of Taiz reported that the only maternity ward had closed after the strike.",
    "A vaccination team was abducted near Lashkar Gah, Helmand province, on Friday.",
    "Security forces raided the district hospital in Bamenda and arrested a doctor.",
    "The statement said the attacks followed a pattern seen in North Darfur and El Fasher.",
    "Local officials in Goma said armed men looted the pharmacy overnight.",
]


def _texts(n: int, words: int = 2000) -> list[str]:
    rng = random.Random(7)
    texts = []
    for _ in range(n):
        out: list[str] = []
        while sum(len(s.split()) for s in out) < words:
            out.append(rng.choice(SENTENCES))
        texts.append(" ".join(out))
    return texts


def speed() -> None:
    start = time.perf_counter()
    gazetteer()
    rss = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(f"index load: {time.perf_counter() - start:.3f} s, max RSS {rss:.0f} MB")
    start, n = time.perf_counter(), 0
    while time.perf_counter() - start < 2:
        for name in LOOKUPS:
            lookup(name)
            n += 1
    print(f"lookup: {n / (time.perf_counter() - start):,.0f} calls/s (including one fuzzy miss in {len(LOOKUPS)})")
    _throughput("fictional, place-dense", _texts(50))
    dev = sorted((SHARED / "corpus" / "dev").glob("*.json"))
    if dev:
        words = " ".join(json.loads(p.read_text("utf-8"))["text"] for p in dev).split()
        _throughput("dev corpus", [" ".join(words[i : i + 2000]) for i in range(0, len(words) - 1999, 2000)])


def _throughput(label: str, texts: list[str]) -> None:
    for text in texts:  # warm up: caches, and wordfreq's English list on first use
        find_places(text)
    start, cpu = time.perf_counter(), time.process_time()
    found = sum(len(resolve_document(find_places(text)).chosen) for text in texts)
    elapsed, cpu = time.perf_counter() - start, time.process_time() - cpu
    print(f"find_places + resolve_document on {len(texts)} {label} texts of 2,000 words: {len(texts) / elapsed:.1f}"
          f" texts/s ({1000 * elapsed / len(texts):.1f} ms each, {1000 * cpu / len(texts):.1f} ms CPU; "
          f"{found / len(texts):.0f} mentions each)")  # fmt: skip


def _found(gold: str | None, mentions, chosen) -> bool:
    """Whether a gold place string is among the mention texts or the chosen places' names."""
    if not gold:
        return False
    names = [m.text for m in mentions] + [n for _, p in chosen if p for n in (p.name, p.admin1)]
    key = name_key(gold)
    return any(fuzz.partial_ratio(key, name_key(n)) >= 85 and len(n) >= 3 for n in names if n)


def dev_accuracy() -> None:
    files = sorted((SHARED / "corpus" / "dev").glob("*.json"))
    country_ok = country_n = loc_ok = loc_n = adm_ok = adm_n = known_ok = known_n = 0
    for path in files:
        doc = json.loads(path.read_text("utf-8"))
        mentions = find_places(doc["text"], language=doc.get("language"))
        resolved = resolve_document(mentions)
        golds = doc["incidents"]
        countries = {i["country"] for i in golds if i.get("country")}
        if countries:
            country_n += 1
            country_ok += resolved.country in countries
            if resolved.country not in countries:
                print(f"  country miss {path.name}: {resolved.country} vs {sorted(countries)}")
        for loc in {i["location"] for i in golds if i.get("location")}:
            loc_n += 1
            ok = _found(loc, mentions, resolved.chosen)
            loc_ok += ok
            known = bool(gazetteer().records(name_key(loc)))  # the exact name, not a fuzzy look-alike
            known_n += known
            known_ok += ok and known
            if not ok:
                print(f"  location miss {path.name}: {loc!r}{'' if known else ' (not in the gazetteer)'}")
        for adm in {i["admin1"] for i in golds if i.get("admin1")}:
            adm_n += 1
            adm_ok += _found(adm, mentions, resolved.chosen)
    print(f"dev corpus ({len(files)} docs): main country {country_ok}/{country_n}, "
          f"gold location found {loc_ok}/{loc_n} ({known_ok}/{known_n} of those the gazetteer knows), "
          f"gold admin1 found {adm_ok}/{adm_n}")  # fmt: skip


def shcc_accuracy() -> None:
    path = SHARED / "data" / "shcc" / "attacks_on_health_care_2016_2021.csv"
    with path.open(encoding="utf-8") as fh:
        rows = list(csv.DictReader(fh))
    ok = none = 0
    adm_ok = adm_n = loc_ok = loc_n = 0
    start = time.perf_counter()
    for row in rows:
        mentions = find_places(row["Event Description"])
        resolved = resolve_document(mentions)
        ok += resolved.country == row["Country ISO"]
        none += resolved.country is None
        if resolved.admin1 and row.get("Admin 1"):
            adm_n += 1
            adm_ok += fuzz.partial_ratio(name_key(resolved.admin1), name_key(row["Admin 1"])) >= 80
        found = resolved.most_specific()
        if found and found[1].precision in ("settlement", "district") and row["Geo Precision"][:3] in ("(2)", "(3)"):
            loc_n += 1
            coded = (float(row["Latitude"]), float(row["Longitude"]))
            loc_ok += _km(coded, (found[1].latitude, found[1].longitude)) <= LOCATION_KM
    elapsed = time.perf_counter() - start
    found = len(rows) - none
    print(f"SHCC ({len(rows)} descriptions, {elapsed:.1f} s): a country found in {found} ({found / len(rows):.1%}), "
          f"right in {ok} ({ok / max(found, 1):.1%} of those); "
          f"main admin1 found for {adm_n}, like Admin 1 (rapidfuzz partial ratio >= 80) in {adm_ok}; "
          f"a settlement or district found for {loc_n} coded to 25 km or a district, within {LOCATION_KM} km of the "
          f"coded point in {loc_ok}")  # fmt: skip


def _km(a: tuple[float, float], b: tuple[float, float]) -> float:
    """Great-circle distance in km."""
    (lat1, lon1), (lat2, lon2) = (map(math.radians, a)), (map(math.radians, b))
    h = math.sin((lat2 - lat1) / 2) ** 2 + math.cos(lat1) * math.cos(lat2) * math.sin((lon2 - lon1) / 2) ** 2
    return 2 * 6371 * math.asin(math.sqrt(h))


if __name__ == "__main__":
    speed()
    if "--no-accuracy" not in sys.argv and (SHARED / "corpus").is_dir():
        dev_accuracy()
        shcc_accuracy()
