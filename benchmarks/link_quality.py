"""Linking quality on the Insecurity Insight benchmark (../shared/data/shcc), pairwise precision and recall.

    .venv/bin/python benchmarks/link_quality.py [--shcc ../shared/data/shcc] [--splink]

Both files are read with the II importer (the one row with a negative count is skipped) and linked by
``notatarget.link.cluster``. Truth: rows sharing a SiND Event ID are one event; rows with the same wording
but different ids are different events. Three measurements:

- ``ids``: as the product runs: the SiND Event ID is one id space across the two files;
- ``blind``: the explosive-weapons rows are put in an id space of their own, so the pair scorer alone
  must find which EW row tells which II row (rows of one file still never merge: the coder split them);
- ``--splink``: the same blind task with splink 5 (DuckDB backend, link-only between the two files, EM
  trained). splink is not a dependency: install it aside, e.g. ``pip install --target /tmp/splinkpkgs
  splink`` and run with ``PYTHONPATH=/tmp/splinkpkgs``.
"""

from __future__ import annotations

import argparse
import itertools
import time
from collections import defaultdict
from pathlib import Path

from notatarget.domain import Mention
from notatarget.intake.datasets import read_insecurity_insight
from notatarget.link import LinkRecord, cluster

FILES = ("attacks_on_health_care_2016_2021.csv", "explosive_weapons_2020_2021.csv")


def load(shcc: Path) -> list[Mention]:
    mentions: list[Mention] = []
    for name in FILES:
        result = read_insecurity_insight(shcc / name, skip_invalid=True)
        mentions += result.mentions
    return mentions


def key(m: Mention) -> str:
    return f"{m.source_record.dataset}/{m.source_record.record_id}"  # type: ignore[union-attr]


def scores(groups: list[list[str]], truth: dict[str, str]) -> tuple[float, float, int, int]:
    predicted = {p for g in groups for p in itertools.combinations(sorted(g), 2)}
    by_event: dict[str, list[str]] = defaultdict(list)
    for k, event in truth.items():
        by_event[event].append(k)
    gold = {p for g in by_event.values() for p in itertools.combinations(sorted(g), 2)}
    hits = len(predicted & gold)
    return hits / max(1, len(predicted)), hits / max(1, len(gold)), len(predicted), len(gold)


def run_notatarget(mentions: list[Mention], blind: bool) -> list[list[str]]:
    records = []
    for m in mentions:
        k = key(m)
        if blind and m.source_record.dataset.endswith("_ew"):  # type: ignore[union-attr]
            m = Mention.from_dict({**m.to_dict(), "source_record": {"dataset": "ew_blind", "record_id": k}})
        records.append(LinkRecord(k, m))
    return [c.members for c in cluster(records).clusters]


def run_splink(mentions: list[Mention], *, edges_only: bool = False) -> list[list[str]]:
    """splink's clusters (connected components at 0.9), or with ``edges_only`` its pairs at 0.9 unclustered."""
    import pandas as pd
    import splink.comparison_library as cl
    from splink import DuckDBAPI, Linker, SettingsCreator, block_on

    def frame(dataset: str) -> pd.DataFrame:
        rows = [
            {
                "unique_id": key(m),
                "country": m.country,
                "month": (m.date or "")[:7],
                "date": m.date,
                "admin1": m.admin1,
                "lat": m.latitude,
                "lon": m.longitude,
                "description": (m.description or "").split(":", 1)[-1].strip().lower(),
                "weapon": ",".join(m.weapons) or None,
                "hw_killed": m.health_workers_killed,
            }
            for m in mentions
            if m.source_record.dataset == dataset  # type: ignore[union-attr]
        ]
        df = pd.DataFrame(rows)
        df["date"] = pd.to_datetime(df["date"])
        return df

    settings = SettingsCreator(
        link_type="link_only",
        blocking_rules_to_generate_predictions=[block_on("country", "month")],
        comparisons=[
            cl.AbsoluteDateDifferenceAtThresholds(
                "date", input_is_string=False, metrics=["day", "day"], thresholds=[1, 3]
            ),
            cl.DistanceInKMAtThresholds("lat", "lon", km_thresholds=[1, 25]),
            cl.ExactMatch("admin1"),
            cl.JaroWinklerAtThresholds("description", [0.95, 0.8]),
            cl.ExactMatch("weapon"),
            cl.ExactMatch("hw_killed"),
        ],
    )
    db = DuckDBAPI()
    tables = [db.register(frame(name), table_name=name) for name in ("insecurity_insight", "insecurity_insight_ew")]
    linker = Linker(tables, settings)
    linker.training.estimate_u_using_random_sampling(max_pairs=1e6)
    linker.training.estimate_parameters_using_expectation_maximisation(block_on("country", "date"))
    linker.training.estimate_parameters_using_expectation_maximisation(block_on("country", "admin1", "month"))
    predictions = linker.inference.predict(threshold_match_probability=0.5)
    if edges_only:
        pairs = predictions.as_pandas_dataframe()
        pairs = pairs[pairs["match_probability"] >= 0.9]
        return [[a, b] for a, b in zip(pairs["unique_id_l"], pairs["unique_id_r"], strict=True)]
    clusters = linker.clustering.cluster_pairwise_predictions_at_threshold(predictions, 0.9).as_pandas_dataframe()
    groups: dict[str, list[str]] = defaultdict(list)
    for uid, cluster_id in zip(clusters["unique_id"], clusters["cluster_id"], strict=True):
        groups[cluster_id].append(uid)
    return list(groups.values())


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--shcc", type=Path, default=Path(__file__).resolve().parents[2] / "shared/data/shcc")
    parser.add_argument("--splink", action="store_true", help="Also measure splink on the blind task.")
    args = parser.parse_args()
    mentions = load(args.shcc)
    truth = {key(m): m.source_record.record_id for m in mentions}  # type: ignore[union-attr]
    runs = [("ids", lambda: run_notatarget(mentions, blind=False)), ("blind", lambda: run_notatarget(mentions, True))]
    if args.splink:
        runs.append(("splink blind", lambda: run_splink(mentions)))
        runs.append(("splink pairs", lambda: run_splink(mentions, edges_only=True)))
    for name, run in runs:
        started = time.perf_counter()
        groups = run()
        precision, recall, predicted, gold = scores(groups, truth)
        print(
            f"{name:>13}: {len(mentions):,} mentions, {predicted} pairs linked of {gold} true: "
            f"precision {precision:.4f}, recall {recall:.4f} ({time.perf_counter() - started:.1f} s)"
        )


if __name__ == "__main__":
    main()
