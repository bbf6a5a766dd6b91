"""An incident's values from its mentions, with every disagreement kept and shown.

When sources disagree (4 killed or 5) nothing is thrown away: :func:`resolve` returns the chosen values and a
:class:`Conflict` per field that lists every value with the members that gave it and the written rule
that chose. The rules (docs/linking.md):

- **date** and **place**: the most specific (day over month over year; exact over settlement over district
  over province over country), then the most reliable source, then the most common value;
- **counts**: conservative, as ACLED does: the lowest figure among the most reliable sources, unless a later
  report from those sources revises it (then the lowest figure among the latest);
- **other single values**: the most reliable source, then the most common value, then the most specific
  (longest) text;
- **lists** (attack types, weapons, resources): the union; **flags**: set if any member sets them, except
  ``background``, which holds only if every member is background.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field, fields
from datetime import date
from typing import Any

from notatarget.domain import GeoPrecision, Mention
from notatarget.link.cluster import LinkRecord

_COUNTS = ("killed", "injured", "health_workers_killed", "health_workers_injured", "abducted", "arrested")
_PLACE = ("location", "admin1", "latitude", "longitude", "geo_precision")
_LISTS = ("attack_types", "weapons", "resources", "rules")
_SKIP = {"spans", "report_id", "source_record", "extractor_version", "confidence", "date_precision", "evidence"}
#: Free text that always differs between sources: chosen by the rules, not reported as a conflict.
_FREE_TEXT = {"description"}
_GEO_ORDER = {p.value: n for n, p in enumerate(GeoPrecision)}
_DATE_ORDER = {"day": 0, "month": 1, "year": 2}


@dataclass(slots=True)
class Conflict:
    """Members disagree on ``field``: every value with the keys that gave it, and the chosen value."""

    field: str
    values: list[tuple[Any, list[str]]]
    chosen: Any
    rule: str

    def to_dict(self) -> dict[str, Any]:
        return {
            "field": self.field,
            "values": [{"value": v, "members": keys} for v, keys in self.values],
            "chosen": self.chosen,
            "rule": self.rule,
        }


@dataclass(slots=True)
class Resolution:
    """The incident's values and the conflicts behind them."""

    values: Mention
    conflicts: list[Conflict] = field(default_factory=list)


def reliability(record: LinkRecord) -> float:
    """How far a source is trusted: the record's own figure, else its mention's confidence."""
    return record.reliability if record.reliability is not None else record.mention.confidence


def date_precision(mention: Mention) -> str | None:
    """The stated precision of a mention's date, or the one its ISO form implies."""
    if not mention.date:
        return None
    return mention.date_precision or {10: "day", 7: "month", 4: "year"}.get(len(mention.date), "day")


def resolve(records: Sequence[LinkRecord]) -> Resolution:
    """Choose an incident's values from its members by the written rules; record each disagreement."""
    if not records:
        raise ValueError("an incident needs at least one mention")
    ordered = sorted(records, key=lambda r: (-reliability(r), r.key))
    out = Mention()
    conflicts: list[Conflict] = []

    def pick(name: str, rank: Callable[[LinkRecord], tuple], rule: str) -> Any:
        given = [(getattr(r.mention, name), r) for r in ordered if getattr(r.mention, name) not in (None, "")]
        if not given:
            return None
        counts = Counter(_hashable(v) for v, _ in given)
        value, _ = min(given, key=lambda vr: (*rank(vr[1]), -counts[_hashable(vr[0])], -len(str(vr[0])), str(vr[0])))
        if name not in _FREE_TEXT:
            _note(conflicts, name, given, value, rule)
        return value

    most_reliable = lambda r: (-reliability(r),)  # noqa: E731
    out.date = pick(
        "date",
        lambda r: (_DATE_ORDER.get(date_precision(r.mention) or "", 9), -reliability(r)),
        "most specific, then most reliable, then most common",
    )
    out.date_precision = next((date_precision(r.mention) for r in ordered if r.mention.date == out.date), None)
    place_source = min(
        ordered,
        key=lambda r: (_GEO_ORDER.get(r.mention.geo_precision or "", 9), r.mention.location is None, -reliability(r)),
    )
    for name in _PLACE:
        values = [(getattr(r.mention, name), r) for r in ordered if getattr(r.mention, name) not in (None, "")]
        chosen = getattr(place_source.mention, name)
        setattr(out, name, chosen)
        if name in ("location", "admin1") and values:
            _note(conflicts, name, values, chosen, "most precise place, then most reliable source")
    for name in _COUNTS:
        setattr(out, name, _conservative(ordered, name, conflicts))
    for f in fields(Mention):
        name = f.name
        if name in _SKIP or name in _PLACE or name in _COUNTS or name in ("date",):
            continue
        if name in _LISTS:
            setattr(out, name, sorted({v for r in ordered for v in getattr(r.mention, name) or ()}))
        elif name == "background":
            out.background = all(r.mention.background for r in ordered)
        elif name == "injured_unspecified":
            out.injured_unspecified = any(r.mention.injured_unspecified for r in ordered)
        else:
            setattr(out, name, pick(name, most_reliable, "most reliable, then most common, then most specific"))
    out.evidence = next((r.mention.evidence for r in ordered if r.mention.evidence), None)
    out.confidence = max(r.mention.confidence for r in ordered)
    return Resolution(out, conflicts)


def _conservative(ordered: Sequence[LinkRecord], name: str, conflicts: list[Conflict]) -> int | None:
    given = [(v, r) for r in ordered if isinstance(v := getattr(r.mention, name), int) and not isinstance(v, bool)]
    if not given:
        return None
    best = max(reliability(r) for _, r in given)
    pool = [(v, r) for v, r in given if reliability(r) == best]
    dated = [r.published for _, r in pool if r.published]
    if dated:
        latest: date = max(dated)
        later = [(v, r) for v, r in pool if r.published == latest]
        pool = later or pool
    chosen = min(v for v, _ in pool)
    _note(conflicts, name, given, chosen, "lowest figure of the most reliable, latest sources (conservative)")
    return chosen


def _note(conflicts: list[Conflict], name: str, given: list[tuple[Any, LinkRecord]], chosen: Any, rule: str) -> None:
    """Record a conflict when members gave more than one distinct value."""
    by_value: dict[Any, list[str]] = {}
    originals: dict[Any, Any] = {}
    for value, record in given:
        key = _hashable(value)
        by_value.setdefault(key, []).append(record.key)
        originals.setdefault(key, value)
    if len(by_value) > 1:
        values = sorted(((originals[k], sorted(keys)) for k, keys in by_value.items()), key=lambda vk: str(vk[0]))
        conflicts.append(Conflict(name, values, chosen, rule))


def _hashable(value: Any) -> Any:
    return tuple(value) if isinstance(value, list) else value
