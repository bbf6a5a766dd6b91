"""Measuring the extractor: on annotated documents (ANNOTATION.md format) or an Insecurity Insight CSV.

Corpus matching: within each document, gold and extracted incidents are paired by optimal (Hungarian)
assignment on a similarity of date, facility type, attack types and place; pairs below
:data:`MATCH_THRESHOLD` count as a miss and a false alarm. Background incidents are incidents like the
others, but a gold background incident only pairs with an extracted background one (and vice versa).
"""

from __future__ import annotations

import csv
import itertools
import json
import re
import time
from collections import Counter
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from notatarget.domain.codebook import II_INDICATOR_COLUMNS
from notatarget.errors import NotatargetError
from notatarget.extract.incidents import weapon_classes

MATCH_THRESHOLD = 0.35
COUNT_FIELDS = (
    "killed",
    "injured",
    "health_workers_killed",
    "health_workers_injured",
    "abducted",
    "injured_unspecified",
)
#: Per-field accuracy reported over matched incident pairs.
SCORED_FIELDS = (
    "date",
    "time",
    "country",
    "facility_type",
    "attack_types",
    "weapons",
    "counts",
    "facility_damage",
    "service_impact",
)
#: Insecurity Insight ``Weapon Carried/Used`` values -> (our attack type, our weapon class).
II_WEAPONS: dict[str, tuple[str | None, str | None]] = {
    "Aerial Bomb": ("heavy_weapons", "air_launched"),
    "Cluster Bomb": ("heavy_weapons", "air_launched"),
    "Shelling": ("heavy_weapons", "ground_launched"),
    "Artillery": ("heavy_weapons", "ground_launched"),
    "Mortar": ("heavy_weapons", "ground_launched"),
    "Rocket": ("heavy_weapons", "ground_launched"),
    "Missile": ("heavy_weapons", "air_launched"),
    "RPG": ("heavy_weapons", "ground_launched"),
    "Unspecified IED": ("explosive_device", "ied"),
    "VBIED": ("explosive_device", "ied"),
    "SVIED": ("explosive_device", "ied"),
    "RCIED": ("explosive_device", "ied"),
    "Mine": ("explosive_device", "ied"),
    "UXO": ("explosive_device", "ied"),
    "Hand Grenade": ("explosive_device", "ied"),
    "Unspecified Explosive": ("explosive_device", "ied"),
    "Firearms": ("individual_weapons", "firearms"),
    "Tasers, Live and Rubber Bullets": ("individual_weapons", "firearms"),
    "Knife": ("individual_weapons", "blade_or_blunt"),
    "Stones, Sticks and Gravel": (None, "blade_or_blunt"),
    "Arson": ("arson", "arson"),
    "Fist and Foot": (None, "unarmed"),
    "Unarmed Perpetrator": (None, "unarmed"),
    "Chemical or Hot Liquid": (None, "chemical"),
}
#: One ``Weapon Carried/Used`` label in a cell that joins several with ", " (some labels hold a comma).
_II_WEAPON_LABEL = re.compile(
    r"Aerial Bomb(?:: [^,]+)?|" + "|".join(re.escape(k) for k in sorted(II_WEAPONS, key=len, reverse=True))
)
#: Columns that record harm done: a weapon carried by whoever did it was presumably used.
_II_HARM_COLUMNS = (
    "Health Workers Killed",
    "Health Workers Injured",
    "Number of Attacks on Health Facilities Reporting Destruction",
    "Number of Attacks on Health Facilities Reporting Damaged",
    "Health Transportation Destroyed",
    "Health Transportation Damaged",
)

Extractor = Callable[..., list[Any]]


def _f1(p: float, r: float) -> float:
    return 2 * p * r / (p + r) if p + r else 0.0


def _ratio(a: float, b: float) -> float:
    return a / b if b else 0.0


#: Abbreviations that name the same means as the words they stand for ("ied" in a gold file, "improvised explosive
#: device" extracted).
_WEAPON_ABBREVIATIONS = {
    "ied": "improvised explosive device",
    "vbied": "vehicle borne improvised explosive device",
    "svbied": "suicide vehicle borne improvised explosive device",
    "uxo": "unexploded ordnance",
    "rpg": "rocket-propelled grenade",
}


def _weapons_equal(gold: list[str], pred: list[str]) -> bool:
    """Weapon lists agree when every scored gold weapon has an extracted one it ends with (or the reverse),
    and nothing else was extracted; "gunfire" is not scored, an abbreviation is the words it stands for."""
    g = [_WEAPON_ABBREVIATIONS.get(w.lower(), w.lower()) for w in gold if w.lower() != "gunfire"]
    p = [_WEAPON_ABBREVIATIONS.get(w.lower(), w.lower()) for w in pred if w.lower() != "gunfire"]

    def same(a: str, b: str) -> bool:  # one names the other with more words ("guided missile", "missile")
        wa, wb = set(a.rstrip("s").split()), set(b.rstrip("s").split())
        return wa <= wb or wb <= wa

    return all(any(same(a, b) for b in p) for a in g) and all(any(same(b, a) for a in g) for b in p)


def field_equal(name: str, gold: dict[str, Any], pred: dict[str, Any]) -> bool:
    """Whether one scored field of a matched pair agrees."""
    if name == "attack_types":
        return set(gold.get("attack_types") or []) == set(pred.get("attack_types") or [])
    if name == "weapons":
        return _weapons_equal(gold.get("weapons") or [], pred.get("weapons") or [])
    if name == "counts":
        return all(
            (gold.get(f) or None) == (pred.get(f) or None) if f == "injured_unspecified" else gold.get(f) == pred.get(f)
            for f in COUNT_FIELDS
        )
    return gold.get(name) == pred.get(name)


def field_values(name: str, record: dict[str, Any]) -> Any:
    """The value(s) one scored field compares, for showing a disagreement."""
    if name == "counts":
        return {f: record[f] for f in COUNT_FIELDS if record.get(f) is not None and record.get(f) is not False}
    return record.get(name)


def outline(record: dict[str, Any]) -> str:
    """One line naming an incident: date, facility, attack types, place."""
    parts = [
        record.get("date") or "undated",
        record.get("facility_name") or record.get("facility_type") or "?",
        "+".join(record.get("attack_types") or []) or "attack",
        record.get("location") or "",
        "(background)" if record.get("background") else "",
    ]
    return " ".join(p for p in parts if p)


def similarity(gold: dict[str, Any], pred: dict[str, Any]) -> float:
    """How alike two incidents are, 0-1: date (0.4; 0.2 for a month/year agreement), facility type (0.2),
    attack types (0.2, Jaccard), place or facility name (0.2); 0 across the background line."""
    if bool(gold.get("background")) != bool(pred.get("background")):
        return 0.0
    score = 0.0
    gd, pd = gold.get("date") or "", pred.get("date") or ""
    if gd and pd:
        if gd == pd:
            score += 0.4
        elif gd.startswith(pd) or pd.startswith(gd):
            score += 0.2
        elif gd[:7] != pd[:7]:
            score -= 0.2
    elif not gd and not pd:
        score += 0.2
    if gold.get("facility_type") == pred.get("facility_type"):
        score += 0.2
    ga, pa = set(gold.get("attack_types") or []), set(pred.get("attack_types") or [])
    score += 0.2 * (len(ga & pa) / len(ga | pa) if ga | pa else 1.0)
    names = [(gold.get(k) or "").lower() for k in ("facility_name", "location")]
    pnames = [(pred.get(k) or "").lower() for k in ("facility_name", "location")]
    if any(a and b and (a in b or b in a) for a in names for b in pnames):
        score += 0.2
    return max(score, 0.0)


def match(gold: list[dict[str, Any]], pred: list[dict[str, Any]]) -> list[tuple[int, int]]:
    """Optimal one-to-one pairs ``(gold index, pred index)`` with similarity at least the threshold."""
    if not gold or not pred:
        return []
    import numpy as np
    from scipy.optimize import linear_sum_assignment

    sim = np.array([[similarity(g, p) for p in pred] for g in gold])
    rows, cols = linear_sum_assignment(-sim)
    return [(int(r), int(c)) for r, c in zip(rows, cols, strict=True) if sim[r, c] >= MATCH_THRESHOLD]


@dataclass
class CorpusScore:
    """Running totals of a corpus evaluation."""

    documents: int = 0
    gold: int = 0
    predicted: int = 0
    matched: int = 0
    main_total: int = 0
    main_found: int = 0
    fields: Counter = field(default_factory=Counter)
    seconds: float = 0.0
    errors: list[str] = field(default_factory=list)
    per_document: list[dict[str, Any]] = field(default_factory=list)

    def summary(self) -> dict[str, Any]:
        p, r = _ratio(self.matched, self.predicted), _ratio(self.matched, self.gold)
        return {
            "documents": self.documents,
            "gold_incidents": self.gold,
            "extracted_incidents": self.predicted,
            "matched": self.matched,
            "precision": round(p, 3),
            "recall": round(r, 3),
            "f1": round(_f1(p, r), 3),
            "main_incident_recall": round(_ratio(self.main_found, self.main_total), 3),
            "field_accuracy": {f: round(_ratio(self.fields[f], self.matched), 3) for f in SCORED_FIELDS},
            "documents_per_second": round(_ratio(self.documents, self.seconds), 1),
            "errors": self.errors,
        }


def _documents(path: Path) -> Iterator[tuple[Path, dict[str, Any]]]:
    files = sorted(path.glob("*.json")) if path.is_dir() else [path]
    if not files:
        raise NotatargetError(f"no annotated .json files in {path}", hint="give a folder of ANNOTATION.md files")
    for file in files:
        try:
            yield file, json.loads(file.read_text(encoding="utf-8"))
        except (OSError, UnicodeDecodeError, json.JSONDecodeError) as exc:
            raise NotatargetError(f"{file} is not an annotated JSON document: {exc}") from exc


def evaluate_corpus(path: Path, extractor: Extractor, limit: int | None = None) -> CorpusScore:
    """Score ``extractor`` on the annotated documents under ``path``."""
    score = CorpusScore()
    for n, (file, data) in enumerate(_documents(path)):
        if limit is not None and n >= limit:
            break
        gold = data.get("incidents") or []
        started = time.perf_counter()
        pred = [
            m.to_annotation() for m in extractor(data.get("text") or "", data.get("published"), data.get("language"))
        ]
        score.seconds += time.perf_counter() - started
        pairs = match(gold, pred)
        score.documents += 1
        score.gold += len(gold)
        score.predicted += len(pred)
        score.matched += len(pairs)
        main = [i for i, g in enumerate(gold) if not g.get("background")]
        if main:
            score.main_total += 1
            score.main_found += any(gi == main[0] for gi, _ in pairs)
        wrong: dict[str, int] = Counter()
        disagreements = []
        for gi, pi in pairs:
            for name in SCORED_FIELDS:
                ok = field_equal(name, gold[gi], pred[pi])
                score.fields[name] += ok
                wrong[name] += not ok
                if not ok:
                    disagreements.append(
                        {
                            "incident": outline(gold[gi]),
                            "field": name,
                            "gold": field_values(name, gold[gi]),
                            "extracted": field_values(name, pred[pi]),
                        }
                    )
        paired_gold, paired_pred = {gi for gi, _ in pairs}, {pi for _, pi in pairs}
        score.per_document.append(
            {
                "doc": file.stem,
                "gold": len(gold),
                "extracted": len(pred),
                "matched": len(pairs),
                "wrong": dict(+wrong),
                "missed": [outline(g) for i, g in enumerate(gold) if i not in paired_gold],
                "false_alarms": [outline(p) for i, p in enumerate(pred) if i not in paired_pred],
                "disagreements": disagreements,
            }
        )
    return score


def _coded(row: dict[str, str], column: str) -> bool:
    return (row.get(column) or "").strip() not in ("", "0", "False", "false")


def _ii_truth(row: dict[str, str]) -> dict[str, Any]:
    """What an II row's coded columns tell: attack types, weapon classes, damage, health-worker counts.

    ``Weapon Carried/Used`` is what the perpetrators carried *or* used, while ``individual_weapons`` is an
    attack type only when a weapon was used (ANNOTATION.md: kidnapped by gunmen is ``abduction_arrest``).
    The columns cannot tell the two apart; the row's individual weapon counts as used when the row codes
    harm (health workers killed or injured, a facility or vehicle damaged or destroyed) or no other act,
    and as carried otherwise (an arrest, a looting, a threat without harm): then it is a weapon class only.
    """
    types: set[str] = set()
    for column, (attack_type, _resource) in II_INDICATOR_COLUMNS.items():
        if attack_type and _coded(row, column):
            types.add(attack_type.value)
    used = bool(not types or any(_coded(row, c) for c in _II_HARM_COLUMNS))
    classes: set[str] = set()
    carried = False
    for label in _II_WEAPON_LABEL.findall(row.get("Weapon Carried/Used") or ""):
        key = "Aerial Bomb" if label.startswith("Aerial Bomb") else label
        kind, weapon_class = II_WEAPONS.get(key, (None, None))
        if kind == "individual_weapons" and not used:
            carried = True
        elif kind:
            types.add(kind)
        if weapon_class:
            classes.add(weapon_class)
    damage = any(
        (row.get(c) or "0").strip() not in ("", "0")
        for c in (
            "Number of Attacks on Health Facilities Reporting Destruction",
            "Number of Attacks on Health Facilities Reporting Damaged",
            "Health Transportation Destroyed",
            "Health Transportation Damaged",
        )
    )
    return {
        "attack_types": types,
        "carried": carried,
        "weapon_classes": classes,
        "damage": damage,
        "health_workers_killed": _int(row.get("Health Workers Killed")),
        "health_workers_injured": _int(row.get("Health Workers Injured")),
        "health_workers_kidnapped": _int(row.get("Health Workers Kidnapped")),
    }


def _int(value: str | None) -> int:
    try:
        return int(float(value or 0))
    except ValueError:
        return 0


def merge_row(mentions: list[Any]) -> dict[str, Any]:
    """One II row is one incident: the union of what the extracted incidents tell."""
    types: set[str] = set()
    classes: set[str] = set()
    out: dict[str, Any] = {"health_workers_killed": 0, "health_workers_injured": 0, "health_workers_kidnapped": 0}
    damage = False
    for m in mentions:
        types.update(m.attack_types)
        classes.update(weapon_classes(m))
        damage = damage or m.facility_damage in ("damaged", "destroyed")
        out["health_workers_killed"] = max(out["health_workers_killed"], m.health_workers_killed or 0)
        out["health_workers_injured"] = max(out["health_workers_injured"], m.health_workers_injured or 0)
        # ``abducted`` counts the kidnapped and the detained (ANNOTATION.md); II's kidnapped column leaves out
        # arrests, which it counts in a column of its own, so the arrested are taken off here.
        kidnapped = max((m.abducted or 0) - (m.arrested or 0), 0) if "personnel" in m.resources else 0
        out["health_workers_kidnapped"] = max(out["health_workers_kidnapped"], kidnapped)
    return {**out, "attack_types": types, "weapon_classes": classes, "damage": damage}


def evaluate_ii(path: Path, extractor: Extractor, limit: int | None = None) -> dict[str, Any]:
    """Score ``extractor`` on an Insecurity Insight incident CSV (every row is an attack on health care)."""
    try:
        handle = path.open(encoding="utf-8-sig", newline="")
    except OSError as exc:
        raise NotatargetError(f"cannot read {path}: {exc}") from exc
    with handle:
        reader = csv.DictReader(handle)
        if "Event Description" not in (reader.fieldnames or []):
            raise NotatargetError(f"{path} has no 'Event Description' column", hint="give an Insecurity Insight CSV")
        rows = list(itertools.islice(reader, limit))
    detected = 0
    type_counts: dict[str, Counter] = {}
    weapon_ok = weapon_n = damage_hit = damage_n = raw_n = raw_hit = 0
    hw_ok: Counter = Counter()
    seconds = 0.0
    for row in rows:
        truth = _ii_truth(row)
        started = time.perf_counter()
        mentions = extractor(row.get("Event Description") or "", (row.get("Date") or "")[:10] or None, None)
        seconds += time.perf_counter() - started
        pred = merge_row(mentions)
        detected += bool(mentions)
        for t in truth["attack_types"] | pred["attack_types"]:
            c = type_counts.setdefault(t, Counter())
            c["tp"] += t in truth["attack_types"] and t in pred["attack_types"]
            c["fp"] += t not in truth["attack_types"] and t in pred["attack_types"]
            c["fn"] += t in truth["attack_types"] and t not in pred["attack_types"]
        if truth["carried"] or "individual_weapons" in truth["attack_types"]:
            raw_n += 1
            raw_hit += "individual_weapons" in pred["attack_types"]
        if truth["weapon_classes"]:
            weapon_n += 1
            weapon_ok += bool(truth["weapon_classes"] & pred["weapon_classes"])
        if truth["damage"]:
            damage_n += 1
            damage_hit += pred["damage"]
        keys = ("health_workers_killed", "health_workers_injured", "health_workers_kidnapped")
        for k in keys:
            hw_ok[k] += truth[k] == pred[k]
        hw_ok["all"] += all(truth[k] == pred[k] for k in keys)
    per_type = {}
    for t, c in sorted(type_counts.items()):
        p, r = _ratio(c["tp"], c["tp"] + c["fp"]), _ratio(c["tp"], c["tp"] + c["fn"])
        per_type[t] = {
            "precision": round(p, 3),
            "recall": round(r, 3),
            "f1": round(_f1(p, r), 3),
            "support": c["tp"] + c["fn"],
        }
    supported = [v["f1"] for v in per_type.values() if v["support"]]
    n = len(rows)
    return {
        "rows": n,
        "detection_rate": round(_ratio(detected, n), 3),
        "attack_type_macro_f1": round(sum(supported) / len(supported), 3) if supported else 0.0,
        "attack_types": per_type,
        # II's raw column (carried or used): the recall the codebook's reading cannot reach, for the record
        "individual_weapons_carried_or_used_recall": round(_ratio(raw_hit, raw_n), 3),
        "weapon_class_accuracy": round(_ratio(weapon_ok, weapon_n), 3),
        "health_worker_counts_exact": {k: round(_ratio(v, n), 3) for k, v in hw_ok.items()},
        "damage_recall": round(_ratio(damage_hit, damage_n), 3),
        "rows_per_second": round(_ratio(n, seconds), 1),
    }
