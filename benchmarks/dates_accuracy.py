"""How often the gold date of a dev-corpus incident is among the dates find_dates returns for its document.

Usage: python benchmarks/dates_accuracy.py [CORPUS_DIR] [-v]   (default ../shared/corpus/dev)
Prints, for incidents with a gold date, the share whose date is found (any rule) and per document misses.
"""

from __future__ import annotations

import json
import sys
from datetime import date
from pathlib import Path

from notatarget.extract.dates import find_dates

ROOT = Path(__file__).resolve().parents[1]


def main(argv: list[str]) -> None:
    verbose = "-v" in argv
    args = [a for a in argv if a != "-v"]
    corpus = Path(args[0]) if args else ROOT.parent / "shared" / "corpus" / "dev"
    total = hit = 0
    for path in sorted(corpus.glob("*.json")):
        doc = json.loads(path.read_text("utf-8"))
        published = date.fromisoformat(doc["published"]) if doc.get("published") else None
        values = {m.value for m in find_dates(doc["text"], published, doc.get("language"))}
        for incident in doc["incidents"]:
            if not incident.get("date"):
                continue
            total += 1
            ok = incident["date"] in values
            hit += ok
            if verbose and not ok:
                print(f"miss {path.name}: gold {incident['date']} published {published} found {sorted(values)}")
    print(f"dated gold incidents: {total}; date found among find_dates values: {hit} ({hit / max(total, 1):.0%})")


if __name__ == "__main__":
    main(sys.argv[1:])
