"""Extraction throughput and peak memory: Insecurity Insight descriptions and 2,000-word reports, 1 and 2 workers.

Usage: ``python benchmarks/extract_speed.py [--rows N] [--reports N]``. Long reports are cut at run time from the
texts of the dev corpus and the II descriptions (when ../shared is there) and of the fictional corpora
(tests/corpus/fiction*), no text twice while there are enough (``distinct`` in the output); nothing is stored.
Each measurement runs in a fresh process so start-up (imports, the English and the multi-language pipelines,
the language model, the gazetteer and word-frequency lists: a few short reports are extracted first, see
``WARM_UP``) and peak memory (ru_maxrss) are its own. Besides the
wall-clock rate, ``per_cpu_second`` divides by the CPU time the extraction used (its own and its workers'),
which holds on a machine shared with other work. The first line gives the machine's speed as the CPU seconds a
plain loop of ten million additions takes (:func:`machine_seconds`): the rates scale about inversely with it, so
figures from two machines compare once multiplied by it.
"""

from __future__ import annotations

import argparse
import csv
import json
import resource
import subprocess
import sys
import time
from pathlib import Path

SHARED = Path(__file__).resolve().parents[2] / "shared"
II_CSV = SHARED / "data" / "shcc" / "attacks_on_health_care_2016_2021.csv"
DEV = SHARED / "corpus" / "dev"
FICTION = Path(__file__).resolve().parents[1] / "tests" / "corpus"
#: Short reports extracted before timing, one per pipeline (English; Spanish; the multi-language one, in French,
#: Arabic and Ukrainian, whose language is detected as a long report's is), telling a place, a day, an hour and
#: counts: the pipelines, the rules, the gazetteer and each language's word-frequency list load here, as start-up,
#: not during the first reports timed (a Spanish report among the long ones built its pipeline and rule matchers,
#: about 0.3 s, inside the timing). The Ukrainian one names its town in Latin letters too: only a Latin-script
#: name is looked up in the text's language's list, which otherwise loaded (about 0.3 s) inside the timing when a
#: long report read as Ukrainian held one. Portuguese and Russian compile their date rules (about 0.27 s each) here
#: too: a long report or two of a hundred reads as each.
WARM_UP = (
    ("KABUL, 3 May 2021 (Reuters) - An air strike hit the district hospital in the village of Darzab Kalan in "
     "Ghazni province on Monday at about 10:30, killing two nurses and injuring five patients. The clinic was "
     "badly damaged and has suspended its services.", "en"),
    ("BOGOTÁ, 4 de mayo (EFE) - Hombres armados atacaron el centro de salud de Tumaco el lunes a las 22:00, "
     "hiriendo a dos enfermeras. El centro fue saqueado y cerró.", "es"),
    ("BAMAKO, le 4 mai - Des hommes armés ont attaqué le centre de santé de la commune de Dioura lundi soir, "
     "blessant deux infirmiers. Le centre a été pillé et fermé.", "fr"),
    ("قصفت الطائرات مستشفى الأمل في مدينة بحلب يوم الاثنين، ما أدى إلى مقتل ممرضين اثنين وإصابة خمسة مرضى.", "ar"),
    ("У понеділок дрон атакував лікарню в Херсоні (Kherson), поранено двох медиків. Лікарня працює в обмеженому "
     "режимі.", None),
    ("Na segunda-feira, homens armados atacaram o centro de saúde de Mueda e feriram dois enfermeiros.", "pt"),
    ("В понедельник беспилотник атаковал больницу в Белгороде, ранены два медика.", "ru"),
)  # fmt: skip
SAMPLE = (
    "On Monday an airstrike hit the Mercy clinic in the fictional town of Exampleton, killing two nurses and "
    "injuring five patients. The clinic was badly damaged and has suspended its services. Officials of the "
    "district said the fighting around the town continued through the night. "
)


def ii_texts(limit: int) -> list[tuple[str, str | None]]:
    if not II_CSV.exists():
        return [(SAMPLE, None)] * limit
    with II_CSV.open(encoding="utf-8", newline="") as handle:
        rows = list(csv.DictReader(handle))[:limit]
    return [(r["Event Description"], r["Date"][:10] or None) for r in rows]


def _stream() -> list[str]:
    """The words long reports are cut from: the dev and fictional corpora's texts, then the II descriptions."""
    paths = sorted(DEV.glob("*.json")) + sorted(FICTION.glob("fiction*/*.json"))
    texts = [json.loads(p.read_text(encoding="utf-8"))["text"] for p in paths]
    texts += [text for text, _ in ii_texts(10_000)] if II_CSV.exists() else []
    return [w for text in texts for w in text.split()] or SAMPLE.split()


def long_reports(count: int, words: int = 2000) -> list[tuple[str, str | None]]:
    """``count`` reports of ``words`` words cut one after the other from :func:`_stream`, none from words another
    used until the stream runs out (``distinct_reports``): caches of words and sentences must not flatter the rate
    by meeting the same text twice."""
    stream = _stream()
    return [
        (" ".join(stream[(start := n * words % max(1, len(stream) - words)) : start + words]), None)
        for n in range(count)
    ]


def distinct_reports(words: int = 2000) -> int:
    """How many reports :func:`long_reports` cuts before it repeats text."""
    return len(_stream()) // words


def _measure(kind: str, n: int, workers: int) -> dict:
    """Child process: extract ``n`` texts of ``kind`` on ``workers`` processes; print one JSON line."""
    started = time.perf_counter()
    from notatarget.extract import extract
    from notatarget.extract.batch import extract_lines

    extract("warm up: the hospital was shelled on Monday.")  # the language model (no language given)
    for text, language in WARM_UP:
        extract(text, language=language)
    ready = time.perf_counter() - started
    texts = ii_texts(n) if kind == "ii" else long_reports(n)
    lines = [json.dumps({"id": i, "text": t, "published": p}) for i, (t, p) in enumerate(texts)]
    t0, cpu0 = time.perf_counter(), _cpu_seconds()
    incidents = sum(len(r.get("incidents", [])) for r in extract_lines(lines, workers=workers))
    seconds, cpu = time.perf_counter() - t0, _cpu_seconds() - cpu0
    peak = max(
        resource.getrusage(resource.RUSAGE_SELF).ru_maxrss, resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss
    )
    return {
        "kind": kind,
        "workers": workers,
        "documents": len(lines),
        "distinct": len(set(lines)) if kind == "ii" else min(len(lines), distinct_reports()),
        "incidents": incidents,
        "start_s": round(ready, 2),
        "seconds": round(seconds, 2),
        "per_second": round(len(lines) / seconds, 1),
        "cpu_s": round(cpu, 2),
        "per_cpu_second": round(len(lines) / cpu, 1),
        "peak_mb": round(peak / 1024),
    }


def _cpu_seconds() -> float:
    """User and system CPU time of this process and its finished children."""
    return sum(
        usage.ru_utime + usage.ru_stime
        for usage in (resource.getrusage(resource.RUSAGE_SELF), resource.getrusage(resource.RUSAGE_CHILDREN))
    )


def machine_seconds() -> float:
    """CPU seconds this machine takes for ten million additions in a plain Python loop: a yardstick, so that rates
    measured on machines of different speed can be compared (the rates scale about inversely with it)."""
    started = time.process_time()
    total = 0
    for n in range(10_000_000):
        total += n
    return round(time.process_time() - started, 2)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--rows", type=int, default=2000, help="II descriptions to extract")
    parser.add_argument("--reports", type=int, default=100, help="2,000-word reports to extract")
    parser.add_argument("--child", nargs=3, metavar=("KIND", "N", "WORKERS"), help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.child:
        kind, n, workers = args.child
        print(json.dumps(_measure(kind, int(n), int(workers))))
        return
    print(json.dumps({"kind": "machine", "ten_million_additions_cpu_s": machine_seconds()}), flush=True)
    for kind, n in (("ii", args.rows), ("long", args.reports)):
        for workers in (1, 2):
            out = subprocess.run(
                [sys.executable, __file__, "--child", kind, str(n), str(workers)],
                capture_output=True,
                text=True,
                check=True,
            )
            print(out.stdout.strip().splitlines()[-1], flush=True)


if __name__ == "__main__":
    main()
