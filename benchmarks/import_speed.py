"""Import speed: the 4,269 Insecurity Insight rows of ../shared/data/shcc (target < 10 s), then again
(idempotent: nothing added), and a generated WHO SSA export of the same size through the same path.

    .venv/bin/python benchmarks/import_speed.py [--database-url URL]

Reports reading (parse + validate), storing + linking, and the follow-up (``after_linking``: facilities and
repeated-attack flags) separately; the last two run in one transaction, as ``notatarget import`` does.
The machine's load (``os.getloadavg``) is printed first: figures on a shared machine vary with it.

Measured 2026-11-25 at load 1.5-1.7 (before -> after batching the store writes; first import, then again):
SQLite II 8.9 -> 4.3 s, again 4.4 -> 0.03 s; SSA 8.5 -> 3.7 s, again 3.6 -> 0.03 s.
PostgreSQL II 15.9 -> 6.4 s, again 5.2 -> 0.04 s; SSA 14.1 -> 5.7 s, again 4.6 -> 0.05 s.
"""

from __future__ import annotations

import argparse
import csv
import os
import tempfile
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

from notatarget.analyze import after_linking
from notatarget.domain import Mention
from notatarget.domain.codebook import SSA_ATTACK_LABELS
from notatarget.intake.datasets import read_insecurity_insight, who_ssa
from notatarget.link.store import import_mentions
from notatarget.store import Store

SHCC = Path(__file__).resolve().parents[2] / "shared" / "data" / "shcc" / "attacks_on_health_care_2016_2021.csv"


def ssa_file(path: Path, rows: int) -> Path:
    """A fictional SSA export with ``rows`` attacks (labels with commas inside parentheses included)."""
    labels = list(SSA_ATTACK_LABELS)
    header = ["Attack ID", "Attack Date", "Attack Time", "Country / Territory", "Certainty Level", "Attack Type"]
    header += ["Total Injured", "Total Death", "HC Facilities", "HC Personnel", "Type of Facility", "HW Arrest"]
    with path.open("w", newline="", encoding="utf-8") as handle:
        writer = csv.writer(handle)
        writer.writerow(header)
        for i in range(rows):
            types = ", ".join(labels[j % len(labels)] for j in (i, i + 3))
            day = f"20{20 + i % 4}-{1 + i % 12:02d}-{1 + i % 28:02d}"
            country = ("oPt", "Ukraine", "Sudan", "Myanmar")[i % 4]
            counts = [i % 5, i % 3]
            writer.writerow(
                [f"XX{i:07d}", day, "06:00-12:00", country, "Confirmed", types, *counts, "YES", "NO", "Primary", 0]
            )
    return path


def timed(label: str, step: Callable[[], Any]) -> Any:
    """Run ``step``; print its wall time and this process's CPU time (steadier on a shared machine)."""
    began, cpu = time.perf_counter(), time.process_time()
    result = step()
    print(f"{label:48} {time.perf_counter() - began:6.2f} s (cpu {time.process_time() - cpu:5.2f} s)", flush=True)
    return result


def import_once(store: Store, label: str, mentions: list[Mention]) -> None:
    """One import as ``ingest.import_and_link`` runs it: store + link, then ``after_linking``, one transaction."""
    began = time.perf_counter()
    with store.session() as session:
        summary = timed(f"{label}: store + link", lambda: import_mentions(session, store, mentions))
        extra = timed(f"{label}: after_linking", lambda: after_linking(session, summary.link.changed))
    print(f"{label + ': total, committed':48} {time.perf_counter() - began:6.2f} s")
    print(f"{'':48} added {summary.added}, already {summary.already}, changed {len(summary.link.changed)}, {extra}")


def store_twice(store: Store, name: str, mentions: list[Mention]) -> None:
    for attempt in ("first", "again"):
        import_once(store, f"{name} ({attempt})", mentions)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--database-url", help="an empty database (default: a temporary SQLite file)")
    args = parser.parse_args()
    print("load average: {:.2f} {:.2f} {:.2f}".format(*os.getloadavg()))
    folder = Path(tempfile.mkdtemp(prefix="nt-import-bench-"))
    with Store.open(args.database_url or f"sqlite:///{folder / 'bench.db'}", folder / "blobs", upgrade=True) as store:
        if SHCC.is_file():
            result = timed("insecurity-insight: read", lambda: read_insecurity_insight(SHCC, skip_invalid=True))
            print(f"{'':40} {len(result.mentions)} mentions, {len(result.skipped)} invalid row(s) skipped")
            store_twice(store, "insecurity-insight", result.mentions)
        else:
            print(f"{SHCC} is not here; skipping the Insecurity Insight file")
        path = ssa_file(folder / "ssa.csv", 4269)
        mentions = timed("who-ssa (generated, 4,269 rows): read", lambda: who_ssa.read(path))
        store_twice(store, "who-ssa", mentions)


if __name__ == "__main__":
    main()
