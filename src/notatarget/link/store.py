"""Linking over the store: load mentions and reviewer decisions, cluster, write incidents back.

:func:`relink` works inside the caller's transaction (a ``Session`` from ``Store.session()``), so an import
and its linking commit together or not at all. It is idempotent: on unchanged data it writes nothing.
Reviewer work survives: ``link_decisions`` become constraints, and a field whose provenance names a person
(``{"actor": ...}``) is never overwritten by linking.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from datetime import date, timedelta
from typing import Any

import sqlalchemy as sa
from sqlalchemy.orm import Session

from notatarget.domain import Certainty, IncidentStatus, Mention
from notatarget.link.cluster import Cluster, Constraints, LinkRecord, cluster
from notatarget.link.resolve import resolve
from notatarget.link.score import MAX_DATE_GAP
from notatarget.store import Store, audit, convert, models
from notatarget.store.coltypes import utcnow
from notatarget.store.store import among, bulk_insert, bulk_update, chunked, stored_mention_ids

ACTOR = "linker"
#: Mentions this many days before ``since`` are reloaded too: a pair may be two days apart, periods a month long.
_SINCE_MARGIN = timedelta(days=MAX_DATE_GAP + 1)
#: How far around a mention's period its possible partners lie.
_NEIGHBOURS = timedelta(days=MAX_DATE_GAP)


@dataclass(slots=True)
class LinkSummary:
    """What a linking run changed: incident ids created, updated (members or values) and emptied."""

    mentions: int = 0
    incidents: int = 0
    created: list[str] = field(default_factory=list)
    updated: list[str] = field(default_factory=list)
    emptied: list[str] = field(default_factory=list)
    conflicts: int = 0

    @property
    def changed(self) -> list[str]:
        return sorted({*self.created, *self.updated, *self.emptied})

    def to_dict(self) -> dict[str, Any]:
        return {
            "mentions": self.mentions,
            "incidents": self.incidents,
            "created": len(self.created),
            "updated": len(self.updated),
            "emptied": len(self.emptied),
            "conflicts": self.conflicts,
        }


def mention_key(row: models.Mention) -> str:
    """A mention's natural key, the one the store derives incident ids from: ``report#ordinal`` or
    ``dataset/record id`` (``mention:<id>`` for a row with neither)."""
    if row.report_id:
        return f"{row.report_id}#{row.ordinal}"
    if row.source_dataset:
        return f"{row.source_dataset}/{row.source_record_id}"
    return f"mention:{row.id}"


def relink(
    session: Session, *, since: date | None = None, mention_ids: Iterable[int] | None = None, actor: str = ACTOR
) -> LinkSummary:
    """Re-run linking on the store: every mention, or those dated from ``since`` on (or ``mention_ids``) with
    every mention they could pair with and the other members of their incidents.

    Mentions and incidents are read as plain rows and the changes written with a few executemany
    statements (no ORM object per row); ORM objects the session already holds are expired afterwards, so
    they reload what linking wrote."""
    session.flush()
    rows = _load(session, since, mention_ids)
    by_key = {mention_key(r): r for r in rows}
    published = _published(session, rows)
    records = [
        LinkRecord(
            key,
            convert.to_mention(row, spans=False),
            incident_id=row.incident_id,
            published=published.get(row.report_id or ""),
            reliability=row.confidence,
        )
        for key, row in by_key.items()
    ]
    result = cluster(records, _constraints(session, by_key))
    summary = LinkSummary(mentions=len(records), incidents=len(result.clusters))
    record_of = {r.key: r for r in records}
    old_members: dict[str, list[str]] = defaultdict(list)  # incident id -> keys linked to it before
    for r in records:
        if r.incident_id:
            old_members[r.incident_id].append(r.key)
    emptied = sorted(set(old_members) - {c.id for c in result.clusters})
    stored = _incidents(session, [*(c.id for c in result.clusters), *emptied])
    writes = _Writes(actor)
    for group in result.clusters:
        members = [record_of[k] for k in group.members]
        _write(writes, group, stored.get(group.id), members, by_key, sorted(old_members[group.id]), summary)
    for incident_id in emptied:
        moved_to = sorted({result.assignment[k] for k in old_members[incident_id]})
        _empty(writes, stored.get(incident_id), moved_to, summary)
    writes.save(session)
    return summary


#: The columns linking reads of a mention: all but its spans (the evidence text, never compared).
_LINK_COLUMNS = [c for c in models.Mention.__table__.c if c.name != "spans"]


def _load(session: Session, since: date | None, mention_ids: Iterable[int] | None) -> list[sa.Row[Any]]:
    """The mentions to link, in id order: every one, or the seeds (``mention_ids``, those dated from
    ``since``) with every mention of the same country within reach of their periods and the other members of
    their incidents. Those are found by id first, so each row is read (and its JSON decoded) once."""
    mention = models.Mention.__table__.c
    query = sa.select(*_LINK_COLUMNS)
    if since is None and mention_ids is None:
        return list(session.execute(query.order_by(mention.id)))
    seeds: list[sa.Row[Any]] = []
    if mention_ids is not None:
        for chunk in chunked(sorted(set(mention_ids))):
            seeds += session.execute(query.where(among(session, mention.id, chunk)))
    if since is not None:
        seeds += session.execute(
            query.where(sa.or_(mention.date_to >= since - _SINCE_MARGIN, mention.date_to.is_(None)))
        )
    loaded = {m.id: m for m in seeds}
    spans: dict[str, tuple[date, date]] = {}
    for m in loaded.values():
        if m.date_from and m.date_to and m.country:
            low, high = spans.get(m.country, (m.date_from, m.date_to))
            spans[m.country] = (min(low, m.date_from), max(high, m.date_to))
    keys = sa.select(mention.id, mention.incident_id)
    wanted: dict[int, str | None] = {m.id: m.incident_id for m in loaded.values()}
    for country, (start, end) in sorted(spans.items()):
        near = keys.where(
            mention.country == country,
            mention.date_to >= start - _NEIGHBOURS,
            mention.date_from <= end + _NEIGHBOURS,
        )
        wanted.update(tuple(row) for row in session.execute(near))
    incidents = sorted({i for i in wanted.values() if i})
    for chunk in chunked(incidents):
        wanted.update(tuple(row) for row in session.execute(keys.where(among(session, mention.incident_id, chunk))))
    for chunk in chunked(sorted(wanted.keys() - loaded.keys())):
        loaded.update((m.id, m) for m in session.execute(query.where(among(session, mention.id, chunk))))
    return [loaded[i] for i in sorted(loaded)]


def _published(session: Session, rows: Sequence[Any]) -> dict[str, date]:
    report_ids = sorted({r.report_id for r in rows if r.report_id})
    out: dict[str, date] = {}
    for chunk in chunked(report_ids):
        query = sa.select(models.Report.id, models.Report.published).where(among(session, models.Report.id, chunk))
        out.update({rid: pub for rid, pub in session.execute(query) if pub})
    return out


def _constraints(session: Session, by_key: dict[str, Any]) -> Constraints:
    """Reviewer decisions, oldest first, as pairs of keys; a later decision overrides an earlier one."""
    key_of = {row.id: key for key, row in by_key.items()}
    must: set[frozenset[str]] = set()
    cannot: set[frozenset[str]] = set()
    decisions = session.scalars(sa.select(models.LinkDecision).order_by(models.LinkDecision.id))
    for decision in decisions:
        chosen = [key_of[i] for i in decision.mention_ids or [] if i in key_of]
        if decision.kind == "merge":
            pairs = {frozenset((chosen[0], k)) for k in chosen[1:]}
            must |= pairs
            cannot -= {frozenset((a, b)) for a in chosen for b in chosen if a != b}
        elif decision.kind == "split" and chosen:
            source = (decision.incident_ids or [None])[0]
            others = [k for k, row in by_key.items() if row.incident_id == source and k not in chosen]
            must |= {frozenset((chosen[0], k)) for k in chosen[1:]}
            apart = {frozenset((a, b)) for a in chosen for b in others}
            cannot |= apart
            must -= apart
    return Constraints(
        must_link=sorted(tuple(sorted(p)) for p in must),  # type: ignore[misc]
        cannot_link=sorted(tuple(sorted(p)) for p in cannot),  # type: ignore[misc]
    )


def _incidents(session: Session, ids: Sequence[str]) -> dict[str, sa.Row[Any]]:
    """The stored incidents among ``ids`` as plain rows, loaded in a few queries rather than one each."""
    out: dict[str, sa.Row[Any]] = {}
    table = models.Incident.__table__
    for chunk in chunked(ids):
        out.update({row.id: row for row in session.execute(sa.select(table).where(among(session, table.c.id, chunk)))})
    return out


@dataclass(slots=True)
class _Writes:
    """What a linking run writes, gathered first and then written with one executemany per kind."""

    actor: str
    created: list[dict[str, Any]] = field(default_factory=list)
    updated: list[dict[str, Any]] = field(default_factory=list)
    moved: list[dict[str, Any]] = field(default_factory=list)
    events: list[dict[str, Any]] = field(default_factory=list)

    def event(self, action: str, incident_id: str, before: Any, after: Any) -> None:
        self.events.append(
            {"actor": self.actor, "action": action, "entity": "incident", "entity_id": incident_id}
            | {"before": before, "after": after}
        )

    def save(self, session: Session) -> None:
        """Write it all in the session's transaction (incidents before the mentions that point to them), then
        expire the session's objects, which may hold what was just overwritten."""
        bulk_insert(session, models.Incident, self.created)
        bulk_update(session, models.Incident, self.updated)
        bulk_update(session, models.Mention, self.moved)
        audit.append_all(session, self.events)
        if self.created or self.updated or self.moved:
            session.expire_all()


def _write(
    writes: _Writes,
    group: Cluster,
    incident: sa.Row[Any] | None,
    members: list[LinkRecord],
    by_key: dict[str, Any],
    old_members: list[str],
    summary: LinkSummary,
) -> None:
    resolution = resolve(members)
    rows = sorted((by_key[k] for k in group.members), key=lambda r: r.id)
    values = convert.value_columns(resolution.values)
    provenance_source = _source_mentions(values, rows)
    link_evidence = {
        "members": group.members,
        "merges": [e.to_dict() for e in group.evidence],
    }
    conflicts = [c.to_dict() for c in resolution.conflicts]
    summary.conflicts += len(conflicts)
    if incident is None:
        writes.created.append(
            {
                "id": group.id,
                **values,
                "certainty": _certainty(rows),
                "status": IncidentStatus.DRAFT.value,
                "provenance": {k: {"mention": v} for k, v in provenance_source.items()},
                "link_evidence": link_evidence,
                "conflicts": conflicts,
            }
        )
        summary.created.append(group.id)
        writes.event("create", group.id, None, {"members": group.members, "conflicts": len(conflicts)})
    else:
        provenance = dict(incident.provenance or {})
        edited = {k for k, v in provenance.items() if isinstance(v, dict) and "actor" in v}
        if "date" in edited:  # the columns derived from a reviewer's date follow it
            edited |= {"date_precision", "date_from", "date_to"}
        changes = {k: v for k, v in values.items() if k not in edited and not audit.same(getattr(incident, k), v)}
        for name, chosen in provenance_source.items():
            if name not in edited:
                provenance[name] = {"mention": chosen}
        meta_changed = not audit.same([incident.link_evidence, incident.conflicts], [link_evidence, conflicts])
        if changes or meta_changed or old_members != group.members:
            before = {k: getattr(incident, k) for k in changes}
            writes.updated.append(
                {"id": group.id, **changes, "provenance": provenance, "link_evidence": link_evidence}
                | {"conflicts": conflicts, "updated_at": utcnow()}
            )
            summary.updated.append(group.id)
            writes.event("relink", group.id, {**before, "members": old_members}, {**changes, "members": group.members})
    writes.moved += ({"id": row.id, "incident_id": group.id} for row in rows if row.incident_id != group.id)


def _empty(writes: _Writes, incident: sa.Row[Any] | None, moved_to: list[str], summary: LinkSummary) -> None:
    """An incident whose mentions all moved elsewhere: kept (nothing is deleted), marked merged if a draft."""
    if incident is None:
        return
    evidence = {**(incident.link_evidence or {}), "members": [], "merged_into": moved_to}
    if incident.link_evidence == evidence:
        return
    status = IncidentStatus.REJECTED.value if incident.status == IncidentStatus.DRAFT.value else incident.status
    writes.updated.append({"id": incident.id, "status": status, "link_evidence": evidence, "updated_at": utcnow()})
    summary.emptied.append(incident.id)
    writes.event("relink_empty", incident.id, {"status": incident.status}, {"status": status, "merged_into": moved_to})


def _source_mentions(values: dict[str, Any], rows: Sequence[Any]) -> dict[str, int]:
    """For each chosen value (not empty, zero or false), the first of ``rows`` (sorted by id) that gives it."""
    out: dict[str, int] = {}
    for name, value in values.items():
        if value in (None, [], False):
            continue
        for row in rows:
            if audit.same(getattr(row, name, None), value):
                out[name] = row.id
                break
    return out


def _certainty(rows: Sequence[Any]) -> str:
    """A new incident's certainty: the highest its coded sources give, else ``possible``."""
    levels = []
    for row in rows:
        if not row.certainty:
            continue
        try:
            levels.append(Certainty.parse(row.certainty))
        except ValueError:
            continue
    return max(levels, key=lambda c: c.rank).value if levels else Certainty.POSSIBLE.value


def members_by_incident(session: Session, incident_ids: Iterable[str]) -> dict[str, list[dict[str, Any]]]:
    """Each incident's mentions as JSON-ready dicts: mention id, report id and ordinal (with the report's
    publisher, published date and URL) or source dataset, record id and row. For ``incidents --format json``."""
    ids = sorted(set(incident_ids))
    out: dict[str, list[dict[str, Any]]] = defaultdict(list)
    query = (
        sa.select(models.Mention, models.Report.publisher, models.Report.published, models.Report.source_url)
        .outerjoin(models.Report, models.Report.id == models.Mention.report_id)
        .order_by(models.Mention.id)
    )
    for chunk in chunked(ids):
        for row, publisher, published, url in session.execute(
            query.where(among(session, models.Mention.incident_id, chunk))
        ):
            entry: dict[str, Any] = {"mention_id": row.id, "key": mention_key(row)}
            if row.report_id:
                entry.update(
                    report_id=row.report_id,
                    ordinal=row.ordinal,
                    publisher=publisher,
                    published=published.isoformat() if published else None,
                    source_url=url,
                )
            else:
                entry["source_record"] = {
                    "dataset": row.source_dataset,
                    "record_id": row.source_record_id,
                    "row_number": row.source_row,
                }
            out[row.incident_id].append(entry)
    return {i: out.get(i, []) for i in ids}


def import_mentions(
    session: Session, store: Store, mentions: Sequence[Mention], *, actor: str = ACTOR
) -> ImportSummary:
    """Store imported dataset mentions and link them, inside the caller's transaction (all or nothing).

    Idempotent: rows already stored (same dataset and record id) are kept as they are. Linking runs on the
    new rows and on stored ones not linked yet (with every mention they could pair with, as :func:`relink`
    with ``mention_ids``); stored rows already linked were linked when they came and are left to
    ``notatarget link``, so importing the same file again neither re-clusters nor changes anything.
    """
    keys = [(m.source_record.dataset, m.source_record.record_id) for m in mentions if m.source_record]
    kept = set(stored_mention_ids(session, None, keys).values())
    ids = store.add_mentions_in(session, None, mentions)
    to_link = sorted({i for i in ids if i not in kept} | _unlinked(session, sorted(kept)))
    summary = relink(session, mention_ids=to_link, actor=actor) if to_link else LinkSummary()
    return ImportSummary(added=len(ids) - len(kept), already=len(kept), link=summary)


def _unlinked(session: Session, mention_ids: Sequence[int]) -> set[int]:
    """Those of ``mention_ids`` linked to no incident."""
    out: set[int] = set()
    for chunk in chunked(mention_ids):
        query = sa.select(models.Mention.id).where(
            among(session, models.Mention.id, chunk), models.Mention.incident_id.is_(None)
        )
        out.update(session.scalars(query))
    return out


@dataclass(slots=True)
class ImportSummary:
    """An import: mentions added, mentions already stored, and what linking changed."""

    added: int
    already: int
    link: LinkSummary
