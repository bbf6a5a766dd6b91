"""Export speed and memory: N fictional incidents to CSV and GeoJSON (default 1,000,000; target < 60 s each).

Each export runs ``notatarget export`` in a child process; its wall time and peak resident memory are
reported. Memory is flat when the peak for N rows is close to the peak for N/10 rows.

    .venv/bin/python benchmarks/export_speed.py [--rows 1000000] [--database-url URL]
"""

from __future__ import annotations

import argparse
import os
import random
import resource
import subprocess
import sys
import tempfile
import time
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

from notatarget.store import Store, models

COUNTRIES = ("SDN", "UKR", "PSE", "MMR", "COD", "SYR", "YEM", "AFG", "SSD", "HTI")
TYPES = ("heavy_weapons", "individual_weapons", "armed_entry", "threat", "abduction_arrest", "looting", "obstruction")


def fill(store: Store, rows: int, batch: int = 20_000) -> None:
    """Insert ``rows`` fictional published incidents with one multi-row INSERT per batch (fast set-up)."""
    table = models.Incident.__table__
    rng = random.Random(7)
    now = datetime.now(UTC)
    start = date(2020, 1, 1)
    with store.engine.begin() as connection:
        for first in range(0, rows, batch):
            values = []
            for i in range(first, min(rows, first + batch)):
                day = start + timedelta(days=rng.randrange(2000))
                values.append(
                    {
                        "id": f"NT-B{i:09d}",
                        "certainty": rng.choice(("possible", "probable", "confirmed")),
                        "status": "published",
                        "date": day.isoformat(),
                        "date_precision": "day",
                        "date_from": day,
                        "date_to": day,
                        "country": rng.choice(COUNTRIES),
                        "admin1": f"Province {rng.randrange(20)}",
                        "location": f"Fictional town {rng.randrange(5000)}",
                        "latitude": rng.uniform(-10, 40),
                        "longitude": rng.uniform(10, 100),
                        "facility_name": f"Fictional clinic {i}",
                        "facility_type": "hospital",
                        "attack_types": rng.sample(TYPES, 2),
                        "weapons": [],
                        "resources": ["facility"],
                        "killed": rng.randrange(5),
                        "injured": rng.randrange(10),
                        "injured_unspecified": False,
                        "background": False,
                        "description": "A fictional narrative of an attack, long enough to weigh something. " * 3,
                        "provenance": {},
                        "link_evidence": {},
                        "conflicts": [],
                        "repeated_attack": False,
                        "created_at": now,
                        "updated_at": now,
                    }
                )
            connection.execute(table.insert(), values)


def run_export(url: str, fmt: str, public: bool, target: Path) -> tuple[float, float]:
    """Wall seconds and peak RSS (MB) of one ``notatarget export`` child process."""
    code = (
        "import resource, sys; from notatarget.cli import main; sys.argv = sys.argv[1:]\n"
        "try:\n    main()\nfinally:\n"
        "    print(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss, file=sys.stderr)"
    )
    args = ["notatarget", "export", "--format", fmt, "-o", str(target), "--database-url", url]
    began = time.perf_counter()
    done = subprocess.run(
        [sys.executable, "-c", code, *args, *(["--public"] if public else [])],
        capture_output=True,
        text=True,
        check=True,
        env=os.environ | {"NOTATARGET_BLOB_DIR": str(target.parent / "blobs")},
    )
    seconds = time.perf_counter() - began
    return seconds, int(done.stderr.strip().splitlines()[-1]) / 1024


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rows", type=int, default=1_000_000)
    parser.add_argument("--database-url", help="an existing, empty database (default: a temporary SQLite file)")
    args = parser.parse_args()
    folder = Path(tempfile.mkdtemp(prefix="nt-export-bench-"))
    url = args.database_url or f"sqlite:///{folder / 'bench.db'}"
    small = max(1, args.rows // 10)
    with Store.open(url, folder / "blobs", upgrade=True) as store:
        began = time.perf_counter()
        fill(store, small)
        print(f"inserted {small:,} incidents in {time.perf_counter() - began:.1f} s", flush=True)
    results = {}
    for label, total in (("small", small), ("full", args.rows)):
        if label == "full":
            with Store.open(url, folder / "blobs") as store:
                began = time.perf_counter()
                table = models.Incident.__table__
                with store.engine.begin() as connection:
                    connection.execute(table.delete())
                fill(store, total)
                print(f"inserted {total:,} incidents in {time.perf_counter() - began:.1f} s", flush=True)
        for fmt in ("csv", "geojson"):
            for public in (False, True):
                target = folder / f"out-{label}.{fmt}"
                seconds, peak = run_export(url, fmt, public, target)
                size = target.stat().st_size / 1e6
                results[(label, fmt, public)] = peak
                kind = "public" if public else "full"
                print(
                    f"{total:>9,} rows  {fmt:8} {kind:6}  {seconds:6.1f} s  peak {peak:6.0f} MB  {size:7.0f} MB written"
                )
                target.unlink()
    for fmt in ("csv", "geojson"):
        growth = results[("full", fmt, False)] - results[("small", fmt, False)]
        print(f"{fmt}: peak memory grows by {growth:.0f} MB from {small:,} to {args.rows:,} rows")
    print(f"self peak RSS: {resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024:.0f} MB")


if __name__ == "__main__":
    main()
