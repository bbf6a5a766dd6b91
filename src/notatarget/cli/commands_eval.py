"""``notatarget eval``: measure the extractor on annotated documents or an Insecurity Insight CSV."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Annotated, Any

import typer

from notatarget.errors import NotatargetError


def eval_command(
    path: Annotated[Path, typer.Argument(help="A folder of annotated JSON files, or an Insecurity Insight CSV.")],
    limit: Annotated[int | None, typer.Option(min=1, help="Read at most N documents or rows.")] = None,
    output_format: Annotated[str, typer.Option("--format", help="table or json.")] = "table",
    explain: Annotated[
        bool,
        typer.Option(
            "--explain",
            help="Corpus: under each document, the missed and false incidents and each field's gold/extracted values.",
        ),
    ] = False,
) -> None:
    """Incident precision/recall/F1 and per-field accuracy (corpus), or detection, attack-type F1, weapon
    class and health-worker counts (CSV); the last 8 lines of the table hold the key figures."""
    from notatarget.extract import evaluate, extract

    if output_format not in ("table", "json"):
        raise NotatargetError(f"unknown format {output_format!r}", hint="use table or json")
    if not path.exists():
        raise NotatargetError(f"{path} does not exist")
    if path.suffix.lower() == ".csv":
        result = evaluate.evaluate_ii(path, extract, limit)
        lines = _ii_lines(result)
    else:
        score = evaluate.evaluate_corpus(path, extract, limit)
        result = score.summary()
        lines = _corpus_lines(result, score.per_document, explain)
    typer.echo(json.dumps(result, ensure_ascii=False, indent=2) if output_format == "json" else "\n".join(lines))


def _corpus_lines(s: dict[str, Any], per_document: list[dict[str, Any]], explain: bool = False) -> list[str]:
    misses = [d for d in per_document if d["gold"] != d["matched"] or d["extracted"] != d["matched"] or d["wrong"]]
    lines = []
    for d in misses:
        lines.append(
            f"{d['doc']}: gold {d['gold']} extracted {d['extracted']} matched {d['matched']} "
            f"wrong {','.join(d['wrong']) or '-'}"
        )
        if explain:
            lines += [f"  missed: {m}" for m in d["missed"]]
            lines += [f"  false alarm: {m}" for m in d["false_alarms"]]
            lines += [
                f"  {w['field']} of {w['incident']}: gold {_shown(w['gold'])} extracted {_shown(w['extracted'])}"
                for w in d["disagreements"]
            ]
    a = s["field_accuracy"]
    return [
        *lines,
        f"notatarget eval: {s['documents']} documents, {s['gold_incidents']} gold incidents, "
        f"{s['extracted_incidents']} extracted, {s['matched']} matched",
        f"incidents: precision {s['precision']:.3f} recall {s['recall']:.3f} F1 {s['f1']:.3f}",
        f"main-incident recall {s['main_incident_recall']:.3f}",
        f"date {a['date']:.3f}  time {a['time']:.3f}  country {a['country']:.3f}",
        f"facility_type {a['facility_type']:.3f}  attack_types {a['attack_types']:.3f}  weapons {a['weapons']:.3f}",
        f"counts {a['counts']:.3f}  damage {a['facility_damage']:.3f}  service_impact {a['service_impact']:.3f}",
        f"errors {len(s['errors'])}",
        f"speed {s['documents_per_second']} documents/s",
    ]


def _shown(value: Any) -> str:
    return json.dumps(value, ensure_ascii=False) if isinstance(value, dict | list) else str(value)


def _ii_lines(r: dict[str, Any]) -> list[str]:
    types = [
        f"  {t}: P {v['precision']:.3f} R {v['recall']:.3f} F1 {v['f1']:.3f} (n={v['support']})"
        for t, v in r["attack_types"].items()
    ]
    hw = r["health_worker_counts_exact"]
    return [
        "attack types:",
        *types,
        f"  (individual_weapons R on II's carried-or-used column {r['individual_weapons_carried_or_used_recall']:.3f})",
        f"notatarget eval: {r['rows']} rows",
        f"detection rate {r['detection_rate']:.3f}",
        f"attack-type macro F1 {r['attack_type_macro_f1']:.3f}",
        f"weapon-class accuracy {r['weapon_class_accuracy']:.3f}",
        f"health-worker counts exact: killed {hw.get('health_workers_killed', 0):.3f} "
        f"injured {hw.get('health_workers_injured', 0):.3f} kidnapped {hw.get('health_workers_kidnapped', 0):.3f}",
        f"health-worker counts all exact {hw.get('all', 0):.3f}",
        f"damage recall {r['damage_recall']:.3f}",
        f"speed {r['rows_per_second']} rows/s",
    ]


def register(app: typer.Typer) -> None:
    app.command("eval")(eval_command)
