"""Cross-publisher linking on the dev corpus: do reports of one attack by different publishers end as one incident?

    .venv/bin/python benchmarks/link_dev_corpus.py [--corpus ../shared/corpus/dev] [--no-store]

1. Every document is run through the real extractor (``extract_report``) and all extracted mentions are
   clustered together with ``notatarget.link.cluster`` (the code path and thresholds of the store's relink).
2. Gold cross-document groups: gold incidents of *different* documents that are the same attack (same country,
   dates compatible at the gold precision, places that agree and facility names that do not disagree, names
   compared through transliteration by :func:`notatarget.link.score.same_name`). They are printed so a person
   can check them.
3. Each extracted mention is matched to a gold incident of its own document as ``notatarget eval`` does
   (:func:`notatarget.extract.evaluate.match`). Pairwise precision and recall of cross-document links are
   measured among matched mentions; every gold group split and every wrong merge is listed with the features
   that decided it.
4. End to end: the texts are ingested with ``notatarget.ingest.ingest_bytes`` into a temporary SQLite store and
   the incidents holding mentions of more than one report are printed.

The corpus is for measuring only; the script exits quietly when it is absent.
"""

from __future__ import annotations

import argparse
import itertools
import json
import sys
import tempfile
import time
from collections import defaultdict
from datetime import date
from pathlib import Path
from typing import Any

from notatarget.domain import Mention, Report
from notatarget.extract import extract_report
from notatarget.extract.evaluate import match
from notatarget.link import LinkRecord, cluster
from notatarget.link.score import Features, compare, same_name

CORPUS = Path(__file__).resolve().parents[2] / "shared" / "corpus" / "dev"


def load(corpus: Path) -> list[dict[str, Any]]:
    return [json.loads(p.read_text(encoding="utf-8")) for p in sorted(corpus.glob("*.json"))]


def _published(doc: dict[str, Any]) -> date | None:
    try:
        return date.fromisoformat(doc.get("published") or "")
    except ValueError:
        return None


def _dates_compatible(a: str | None, b: str | None) -> bool:
    """Gold dates agree at the coarser of their precisions ("2017-09" fits "2017-09-19")."""
    return bool(a and b and (a.startswith(b) or b.startswith(a)))


def gold_same(a: dict[str, Any], b: dict[str, Any]) -> bool:
    """Two gold incidents of different documents tell the same attack."""
    if a.get("country") != b.get("country") or not _dates_compatible(a.get("date"), b.get("date")):
        return False
    place = same_name(a.get("location"), b.get("location"))
    facility = same_name(a.get("facility_name"), b.get("facility_name"))
    types = {a.get("facility_type"), b.get("facility_type")} - {None}
    return facility is not False and len(types) <= 1 and bool(place or facility)


def gold_groups(docs: list[dict[str, Any]]) -> dict[tuple[str, int], int]:
    """Gold incident (doc id, index) -> group number, for incidents in a cross-document group."""
    items = [(d["doc_id"], i, g) for d in docs for i, g in enumerate(d.get("incidents") or [])]
    parent = list(range(len(items)))

    def find(i: int) -> int:
        while parent[i] != i:
            i = parent[i]
        return i

    for x, y in itertools.combinations(range(len(items)), 2):
        if items[x][0] != items[y][0] and gold_same(items[x][2], items[y][2]):
            parent[find(y)] = find(x)
    members: dict[int, list[int]] = defaultdict(list)
    for n in range(len(items)):
        members[find(n)].append(n)
    out: dict[tuple[str, int], int] = {}
    for number, group in enumerate(g for g in members.values() if len({items[n][0] for n in g}) > 1):
        for n in group:
            out[(items[n][0], items[n][1])] = number
    return out


def _describe(m: Mention | dict[str, Any]) -> str:
    get = m.get if isinstance(m, dict) else lambda k: getattr(m, k)
    place = get("location") or ""
    coords = "" if isinstance(m, dict) or m.latitude is None else f" ({m.latitude:.2f},{m.longitude:.2f})"
    return f"{get('date')} {get('country')} {place}{coords} | {get('facility_name') or '-'} [{get('facility_type')}]"


def _pairs(clusters: list[list[str]], keep: set[str]) -> set[tuple[str, str]]:
    """Cross-document pairs of kept keys (``doc#n``) that share a cluster."""
    return {
        (a, b)
        for members in clusters
        for a, b in itertools.combinations(sorted(members), 2)
        if a.rsplit("#", 1)[0] != b.rsplit("#", 1)[0] and a in keep and b in keep
    }


def _precision_recall(predicted: set[tuple[str, str]], gold: set[tuple[str, str]]) -> str:
    hits = len(predicted & gold)
    precision = hits / len(predicted) if predicted else 1.0
    recall = hits / len(gold) if gold else 1.0
    return f"precision {precision:.3f} ({hits}/{len(predicted)}), recall {recall:.3f} ({hits}/{len(gold)})"


def _geocode(mention: Mention) -> None:
    """Place a gold mention as the geo stage would: the first gazetteer place of its location in its country."""
    from notatarget.geo import lookup

    place = next((p for p in lookup(mention.location or "", mention.country) if p.country == mention.country), None)
    if place is not None:
        mention.latitude, mention.longitude, mention.geo_precision = place.latitude, place.longitude, place.precision


def on_gold(docs: list[dict[str, Any]], groups: dict[tuple[str, int], int]) -> None:
    """The linker alone: gold incidents as mentions, geocoded by the gazetteer; extraction errors aside."""
    records = []
    for doc in docs:
        for n, incident in enumerate(doc.get("incidents") or []):
            mention = Mention.from_dict(incident)
            mention.report_id = doc["doc_id"]
            mention.date_precision = {4: "year", 7: "month"}.get(len(mention.date or ""), "day")
            _geocode(mention)
            records.append(LinkRecord(f"{doc['doc_id']}#{n}", mention, published=_published(doc)))
    keys = {r.key for r in records}
    truth = {f"{d}#{n}": g for (d, n), g in groups.items()}
    gold = {p for p in _pairs([list(truth)], keys) if truth[p[0]] == truth[p[1]]}
    predicted = _pairs([c.members for c in cluster(records).clusters], keys)
    print(f"\nlinker alone, on gold incidents as mentions: {_precision_recall(predicted, gold)}")
    for a, b in sorted(predicted ^ gold):
        print(f"  {'split' if (a, b) in gold else 'wrongly merged'}: {a} <-> {b}")


def with_ii(records: list[LinkRecord], shcc: Path) -> None:
    """Link the extracted mentions together with the Insecurity Insight rows; print the clusters where they meet
    (II rows name no facility and are mostly dated by month, so only strong evidence joins them)."""
    from notatarget.intake.datasets import read_insecurity_insight

    rows = [
        LinkRecord(f"{m.source_record.dataset}/{m.source_record.record_id}", m)  # type: ignore[union-attr]
        for name in ("attacks_on_health_care_2016_2021.csv", "explosive_weapons_2020_2021.csv")
        for m in read_insecurity_insight(shcc / name, skip_invalid=True).mentions
    ]
    news = {r.key for r in records}
    every = {r.key: r.mention for r in [*records, *rows]}
    met = [c for c in cluster([*records, *rows]).clusters if news & set(c.members) and set(c.members) - news]
    print(f"\nwith {len(rows)} Insecurity Insight rows: {len(met)} clusters join news mentions and rows")
    for c in met:
        for key in c.members:
            print(f"    {key} {_describe(every[key])} {(every[key].description or '')[:80]}")


def measure(docs: list[dict[str, Any]], shcc: Path | None = None) -> None:
    groups = gold_groups(docs)
    by_group: dict[int, list[tuple[str, int]]] = defaultdict(list)
    for key, number in sorted(groups.items()):
        by_group[number].append(key)
    print(f"gold cross-document groups ({len(by_group)}):")
    gold_of = {(d["doc_id"], i): g for d in docs for i, g in enumerate(d.get("incidents") or [])}
    for number, keys in sorted(by_group.items()):
        print(f"  G{number}:")
        for key in keys:
            print(f"    {key[0]}[{key[1]}] {_describe(gold_of[key])}")

    started = time.perf_counter()
    records: list[LinkRecord] = []
    truth: dict[str, int] = {}  # extracted mention key -> gold group (matched mentions in a group)
    matched: set[str] = set()
    for doc in docs:
        report = Report.from_text(doc.get("text") or "", published=_published(doc), language=doc.get("language"))
        mentions = extract_report(report)
        pairs = match(doc.get("incidents") or [], [m.to_annotation() for m in mentions])
        for gi, pi in pairs:
            key = f"{doc['doc_id']}#{pi}"
            matched.add(key)
            if (doc["doc_id"], gi) in groups:
                truth[key] = groups[(doc["doc_id"], gi)]
        records += [LinkRecord(f"{doc['doc_id']}#{n}", m, published=report.published) for n, m in enumerate(mentions)]
    extracted = time.perf_counter() - started
    started = time.perf_counter()
    result = cluster(records)
    linked = time.perf_counter() - started
    record_of = {r.key: r for r in records}

    def doc_of(key: str) -> str:
        return key.rsplit("#", 1)[0]

    clusters = [c.members for c in result.clusters]
    predicted = _pairs(clusters, matched)
    gold_pairs = {p for p in _pairs([list(truth)], matched) if truth[p[0]] == truth[p[1]]}
    unmatched_links = len(_pairs(clusters, {r.key for r in records})) - len(predicted)

    def explain(a: str, b: str) -> str:
        score = compare(*(Features.of(record_of[k].mention, record_of[k].published) for k in (a, b)))
        shown = ", ".join(f"{k} {v:+.1f}" for k, v in score.features.items())
        described = f"{_describe(record_of[a].mention)}\n      {_describe(record_of[b].mention)}"
        return f"      {described}\n      p={score.probability:.3f}: {shown}"

    if shcc is not None:
        with_ii(records, shcc)
    print(f"\nextracted mentions: {len(records)} ({len(matched)} matched to gold), extraction {extracted:.1f} s,")
    print(f"cluster {linked * 1000:.0f} ms, {len(result.clusters)} clusters")
    print("\nsplit (gold pairs not linked):")
    for a, b in sorted(gold_pairs - predicted):
        print(f"  G{truth[a]} {a}  <->  {b}\n{explain(a, b)}")
    print("wrongly merged (linked, not a gold pair):")
    for a, b in sorted(predicted - gold_pairs):
        print(f"  {a}  <->  {b}\n{explain(a, b)}")
    print("linked across documents (all clusters with members from several documents):")
    for c in result.clusters:
        if len({doc_of(k) for k in c.members}) > 1:
            print(f"  {c.id}: " + "; ".join(f"{k} {_describe(record_of[k].mention)}" for k in c.members))
    print(
        f"\ncross-document links among extracted mentions matched to gold: {_precision_recall(predicted, gold_pairs)}; "
        f"links involving unmatched mentions: {unmatched_links}"
    )
    on_gold(docs, groups)


def through_store(docs: list[dict[str, Any]]) -> None:
    """Ingest every text into a temporary SQLite store; print incidents holding mentions of several reports."""
    import sqlalchemy as sa

    from notatarget.ingest import ingest_bytes
    from notatarget.store import Store, models

    with tempfile.TemporaryDirectory() as folder:
        store = Store.open(f"sqlite:///{folder}/dev.db", blob_dir=Path(folder) / "blobs")
        doc_of_report: dict[str, str] = {}
        started = time.perf_counter()
        for doc in docs:
            for outcome in ingest_bytes(
                store,
                (doc.get("text") or "").encode("utf-8"),
                f"{doc['doc_id']}.txt",
                published=doc.get("published"),
                publisher=doc.get("publisher"),
                language=doc.get("language"),
            ):
                if outcome.report_id:
                    doc_of_report[outcome.report_id] = doc["doc_id"]
                if outcome.status == "failed":
                    print(f"  {doc['doc_id']}: failed: {outcome.reason}")
        seconds = time.perf_counter() - started
        by_incident: dict[str, list[models.Mention]] = defaultdict(list)
        with store.session(readonly=True) as session:
            for row in session.scalars(sa.select(models.Mention).where(models.Mention.incident_id.is_not(None))):
                by_incident[row.incident_id].append(row)
            shared = {i: rows for i, rows in by_incident.items() if len({r.report_id for r in rows}) > 1}
            print(f"\nstore: {len(docs)} reports ingested in {seconds:.1f} s, {len(by_incident)} incidents,")
            print(f"{len(shared)} with mentions of more than one report:")
            for incident_id, rows in sorted(shared.items()):
                print(f"  {incident_id}:")
                for r in sorted(rows, key=lambda r: (doc_of_report.get(r.report_id, ""), r.ordinal)):
                    print(f"    {doc_of_report.get(r.report_id, r.report_id)}#{r.ordinal} {_describe(r)}")
        store.engine.dispose()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--corpus", type=Path, default=CORPUS)
    parser.add_argument("--no-store", action="store_true", help="skip the end-to-end run through the store")
    parser.add_argument("--shcc", type=Path, default=CORPUS.parents[1] / "data" / "shcc", help="II files, if there")
    args = parser.parse_args()
    if not args.corpus.is_dir():
        print(f"no dev corpus at {args.corpus}: nothing to measure")
        sys.exit(0)
    docs = load(args.corpus)
    measure(docs, args.shcc if (args.shcc / "attacks_on_health_care_2016_2021.csv").is_file() else None)
    if not args.no_store:
        through_store(docs)


if __name__ == "__main__":
    main()
