"""Linking speed and memory: cluster N synthetic mentions (default 100,000) and report time, peak memory and
pairwise precision/recall against the known truth.

    .venv/bin/python benchmarks/link_speed.py [--mentions 100000] [--seed 1] [--store [URL]] [--store-only]

The mentions are generated (fictional countries FR0..FR19, made-up facility names): each synthetic incident
is told by one to four sources that vary the facility's spelling, the coordinates within a few km, the
counts, and sometimes give only the month.

``--store`` also runs the product's path over a database (a temporary SQLite file, or an empty database
URL): the mentions imported as dataset rows (one dataset per source), linked (``import_mentions``) and
followed up (``after_linking``: facilities, repeated attacks) in one transaction, then a full ``relink`` of
the store, which must change nothing.
"""

from __future__ import annotations

import argparse
import itertools
import os
import random
import resource
import tempfile
import time
from collections import defaultdict
from dataclasses import replace
from datetime import date, timedelta
from pathlib import Path

from notatarget.analyze import after_linking
from notatarget.domain import Mention, SourceRecord
from notatarget.link import LinkRecord, cluster
from notatarget.link.store import import_mentions, relink
from notatarget.store import Store

WORDS = ["North", "East", "Hill", "River", "Lake", "Cedar", "Palm", "Stone", "Green", "Red", "Oak", "Sun"]
KINDS = [("Hospital", "hospital"), ("Health Centre", "primary_care"), ("Clinic", "primary_care")]
TYPES = ["heavy_weapons", "individual_weapons", "explosive_device", "armed_entry", "looting", "threat"]


def synthetic(n: int, seed: int) -> tuple[list[LinkRecord], dict[str, int]]:
    """About ``n`` mentions of about n/2.5 incidents, and each mention's true incident number."""
    rng = random.Random(seed)
    records: list[LinkRecord] = []
    truth: dict[str, int] = {}
    start = date(2020, 1, 1)
    incident = 0
    while len(records) < n:
        country = f"FR{rng.randrange(20)}"
        admin1 = f"Province {rng.randrange(10)}"
        lat, lon = rng.uniform(-30, 30), rng.uniform(-30, 30)
        name, kind = f"{rng.choice(WORDS)} {rng.choice(WORDS)}", rng.choice(KINDS)
        day = start + timedelta(days=rng.randrange(5 * 365))
        types = rng.sample(TYPES, rng.randint(1, 2))
        killed = rng.choice([None, 0, 1, 2, 3, 5, 10])
        for source in range(rng.choice([1, 1, 2, 2, 3, 4])):
            month_only = rng.random() < 0.1
            spelled = f"{name} {kind[0]}" if rng.random() < 0.7 else f"{name.lower()} {kind[0].lower()}"
            mention = Mention(
                date=day.strftime("%Y-%m") if month_only else day.isoformat(),
                date_precision="month" if month_only else "day",
                country=country,
                admin1=admin1,
                latitude=lat + rng.uniform(-0.02, 0.02),
                longitude=lon + rng.uniform(-0.02, 0.02),
                geo_precision="settlement",
                facility_name=spelled if rng.random() < 0.8 else None,
                facility_type=kind[1],
                attack_types=types,
                killed=None if killed is None else killed + rng.choice([0, 0, 0, 1]),
                report_id=f"report-{incident}-{source}",
            )
            key = f"report-{incident}-{source}#0"
            records.append(LinkRecord(key, mention))
            truth[key] = incident
        incident += 1
    return records, truth


def pairwise(groups: list[list[str]], truth: dict[str, int]) -> tuple[float, float]:
    predicted = {p for g in groups for p in itertools.combinations(sorted(g), 2)}
    by_incident: dict[int, list[str]] = defaultdict(list)
    for key, number in truth.items():
        by_incident[number].append(key)
    gold = {p for g in by_incident.values() for p in itertools.combinations(sorted(g), 2)}
    hits = len(predicted & gold)
    return hits / max(1, len(predicted)), hits / max(1, len(gold))


def peak_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def in_store(records: list[LinkRecord], url: str | None) -> None:
    """Import the mentions as dataset rows (one dataset per source) into a store and link them there, then
    relink the whole store; print wall and CPU times and peak memory."""
    mentions = [
        replace(
            r.mention,
            report_id=None,
            source_record=SourceRecord(f"synthetic-{r.key.split('#')[0].rsplit('-', 1)[1]}", r.key),
        )
        for r in records
    ]
    folder = Path(tempfile.mkdtemp(prefix="nt-link-bench-"))
    with Store.open(url or f"sqlite:///{folder / 'bench.db'}", folder / "blobs", upgrade=True) as store:
        name = store.engine.dialect.name
        clock = _Clock()
        with store.session() as session:
            summary = import_mentions(session, store, mentions).link
            clock.lap(f"store ({name}): import + link {len(mentions):,} mentions -> {summary.incidents:,} incidents")
            extra = after_linking(session, summary.changed)
            clock.lap(f"store ({name}): after_linking {extra}")
        clock.lap(f"store ({name}): commit")
        clock.total(f"store ({name}): import + link + after_linking, committed")
        clock = _Clock()
        with store.session() as session:
            again = relink(session)
        clock.lap(f"store ({name}): relink of everything, changed {len(again.changed)}")


class _Clock:
    """Wall and CPU seconds (the CPU figure is steadier on a shared machine) since the last lap."""

    def __init__(self) -> None:
        self.first_wall, self.first_cpu = self.wall, self.cpu = time.perf_counter(), time.process_time()

    def lap(self, label: str) -> None:
        wall, cpu = time.perf_counter(), time.process_time()
        print(f"{label}: {wall - self.wall:.1f} s (cpu {cpu - self.cpu:.1f} s); peak memory {peak_mb():,.0f} MB")
        self.wall, self.cpu = wall, cpu

    def total(self, label: str) -> None:
        print(f"{label}: {self.wall - self.first_wall:.1f} s (cpu {self.cpu - self.first_cpu:.1f} s)", flush=True)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--mentions", type=int, default=100_000)
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--store", nargs="?", const="", metavar="URL", help="also link over a store (see above)")
    parser.add_argument(
        "--store-only", action="store_true", help="skip the in-memory run (peak memory of the store path alone)"
    )
    args = parser.parse_args()
    print("load average: {:.2f} {:.2f} {:.2f}".format(*os.getloadavg()))
    records, truth = synthetic(args.mentions, args.seed)
    if not args.store_only:
        clock = _Clock()
        result = cluster(records)
        clock.lap(
            f"{len(records):,} mentions -> {len(result.clusters):,} incidents (truth {len(set(truth.values())):,})"
        )
        precision, recall = pairwise([c.members for c in result.clusters], truth)
        print(f"pairwise precision {precision:.4f}, recall {recall:.4f}")
        del result
    if args.store is not None:
        in_store(records, args.store or None)


if __name__ == "__main__":
    main()
