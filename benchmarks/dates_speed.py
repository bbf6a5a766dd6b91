"""Throughput of the date, time and number finders on short descriptions (one core).

Usage: python benchmarks/dates_speed.py [N]
Reads the `Event Description` column of ../shared/data/shcc/attacks_on_health_care_2016_2021.csv when it
is there (else made-up sentences), runs each function over N descriptions (default 3,000) and prints
descriptions per second of CPU time (the machine may be shared); then times each function on 5 MB of
text and on 5 MB without spaces.
"""

from __future__ import annotations

import csv
import sys
import time
from collections.abc import Callable
from datetime import date
from pathlib import Path

from notatarget.extract.dates import find_dateline, find_dates
from notatarget.extract.numbers import find_quantities, is_unspecified_count, parse_number, quantity_for
from notatarget.extract.times import find_times

SHCC = Path(__file__).resolve().parents[2] / "shared" / "data" / "shcc" / "attacks_on_health_care_2016_2021.csv"
MADE_UP = (
    "On Friday 18th Nov at 9:40am two guided missiles hit the (fictional) Northside Children's Hospital; "
    "at least 11 people were killed and dozens injured, the Ministry said yesterday."
)


def descriptions(n: int) -> list[str]:
    if SHCC.is_file():
        with SHCC.open(encoding="utf-8", newline="") as f:
            texts = [row["Event Description"] for row in csv.DictReader(f) if row.get("Event Description")]
    else:
        texts = [MADE_UP]
    return [texts[i % len(texts)] for i in range(n)]


def rate(fn: Callable[[str], object], texts: list[str]) -> tuple[float, float]:
    """Descriptions per second of CPU time (what one core does, whatever else runs) and of wall time."""
    cpu, wall = time.process_time(), time.perf_counter()
    for text in texts:
        fn(text)
    return len(texts) / (time.process_time() - cpu), len(texts) / (time.perf_counter() - wall)


def main(argv: list[str]) -> None:
    texts = descriptions(int(argv[0]) if argv else 3000)
    published = date(2021, 12, 31)
    functions: dict[str, Callable[[str], object]] = {
        "find_dates": lambda t: find_dates(t, published),
        "find_dateline": lambda t: find_dateline(t, published),
        "find_times": find_times,
        "find_quantities": find_quantities,
        "quantity_for": lambda t: quantity_for(t, len(t) // 2),
        "is_unspecified": lambda t: is_unspecified_count(t, len(t) // 2),
        "parse_number": lambda t: parse_number(t[:12]),
    }
    mean = sum(map(len, texts)) / len(texts)
    print(f"{len(texts)} descriptions, mean {mean:.0f} characters")
    for name, fn in functions.items():
        per_cpu, per_wall = rate(fn, texts)
        print(f"{name:16} {per_cpu:8.0f} descriptions/s of CPU time ({per_wall:.0f}/s wall)")
    big = (" ".join(texts[:2000]) * 200)[:5_000_000]
    for label, text in (("5 MB of text", big), ("5 MB, no spaces", "x1" * 2_500_000)):
        for name in ("find_dates", "find_dateline", "find_times", "find_quantities"):
            fn = functions[name]
            start = time.process_time()
            fn(text)
            print(f"{label:16} {name:16} {time.process_time() - start:6.2f} s CPU")


if __name__ == "__main__":
    main(sys.argv[1:])
