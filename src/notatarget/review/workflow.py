"""The verification workflow: edit a field, grade certainty, accept / reject / publish, merge and split.

Every function takes the :class:`~notatarget.store.Store`, checks its input against the codebook and changes
the incident through the store, which appends an audit event with before and after, so the web app and the
command line share one behaviour. Merges and splits run in one transaction each and are also written to
``link_decisions``, which later linking runs respect.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Sequence
from datetime import date
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session, selectinload

from notatarget import domain
from notatarget.domain import (
    AttackType,
    Certainty,
    Damage,
    DatePrecision,
    FacilityType,
    GeoPrecision,
    IncidentStatus,
    Resource,
    ServiceImpact,
    Weapon,
)
from notatarget.domain.codebook import Coded
from notatarget.errors import NotatargetError, NotFound
from notatarget.store import Store, audit, public_id
from notatarget.store.models import Incident, LinkDecision

MAX_TEXT = 2000
MAX_COUNT = 100_000


class ReviewError(NotatargetError):
    """A review action was refused: bad value, unknown field, or a transition the workflow forbids."""


def _text(value: Any) -> str | None:
    text = str(value).strip() if value is not None else ""
    if len(text) > MAX_TEXT:
        raise ReviewError(f"text longer than {MAX_TEXT} characters")
    return text or None


def _count(value: Any) -> int | None:
    if value in (None, ""):
        return None
    try:
        number = int(str(value).strip())
    except ValueError:
        raise ReviewError(f"{value!r} is not a whole number") from None
    if not 0 <= number <= MAX_COUNT:
        raise ReviewError(f"a count must be between 0 and {MAX_COUNT}")
    return number


def _flag(value: Any) -> bool:
    return str(value).strip().lower() in ("1", "true", "yes", "on")


def _coordinate(limit: float) -> Callable[[Any], float | None]:
    def parse(value: Any) -> float | None:
        if value in (None, ""):
            return None
        try:
            number = float(str(value).strip())
        except ValueError:
            raise ReviewError(f"{value!r} is not a number") from None
        if not -limit <= number <= limit:
            raise ReviewError(f"{number} is outside -{limit}..{limit}")
        return number

    return parse


def _code(kind: type[Coded]) -> Callable[[Any], str | None]:
    def parse(value: Any) -> str | None:
        if value in (None, ""):
            return None
        try:
            return kind.parse(str(value)).value
        except ValueError as exc:
            raise ReviewError(str(exc)) from None

    return parse


def _codes(kind: type[Coded]) -> Callable[[Any], list[str]]:
    one = _code(kind)

    def parse(value: Any) -> list[str]:
        items = value if isinstance(value, list | tuple) else str(value or "").split(",")
        return sorted({code for item in items if (code := one(str(item).strip()))})

    return parse


_DATE = re.compile(r"^\d{4}(-(0[1-9]|1[0-2])(-(0[1-9]|[12]\d|3[01]))?)?$")


def _date(value: Any) -> str | None:
    text = _text(value)
    if text is None:
        return None
    if not _DATE.match(text):
        raise ReviewError(f"{text!r} is not a date; write YYYY-MM-DD, YYYY-MM or YYYY")
    if len(text) == 10:
        try:
            date.fromisoformat(text)
        except ValueError as exc:
            raise ReviewError(f"{text!r} is not a real date: {exc}") from None
    return text


_PRECISION = {4: DatePrecision.YEAR.value, 7: DatePrecision.MONTH.value, 10: DatePrecision.DAY.value}


#: The fields a reviewer may set, each with the parser that checks and normalises its value.
EDITABLE: dict[str, Callable[[Any], Any]] = {
    "date": _date,
    "time": _text,
    "country": _text,
    "admin1": _text,
    "location": _text,
    "latitude": _coordinate(90),
    "longitude": _coordinate(180),
    "geo_precision": _code(GeoPrecision),
    "facility_name": _text,
    "facility_type": _code(FacilityType),
    "attack_types": _codes(AttackType),
    "weapons": _codes(Weapon),
    "resources": _codes(Resource),
    "perpetrator": _text,
    "killed": _count,
    "injured": _count,
    "health_workers_killed": _count,
    "health_workers_injured": _count,
    "injured_unspecified": _flag,
    "abducted": _count,
    "arrested": _count,
    "facility_damage": _code(Damage),
    "service_impact": _code(ServiceImpact),
    "description": _text,
}

#: The SSA's criteria for each certainty level, shown beside the grading control.
SSA_CRITERIA: dict[str, str] = {c.value: c.definition for c in Certainty}

#: What each action does to the status, and from which statuses it may start.
TRANSITIONS: dict[str, tuple[IncidentStatus, frozenset[IncidentStatus]]] = {
    "accept": (IncidentStatus.REVIEWED, frozenset({IncidentStatus.DRAFT, IncidentStatus.WITHHELD})),
    "publish": (
        IncidentStatus.PUBLISHED,
        frozenset({IncidentStatus.DRAFT, IncidentStatus.REVIEWED, IncidentStatus.WITHHELD}),
    ),
    "withhold": (
        IncidentStatus.WITHHELD,
        frozenset({IncidentStatus.DRAFT, IncidentStatus.REVIEWED, IncidentStatus.PUBLISHED}),
    ),
    "reject": (
        IncidentStatus.REJECTED,
        frozenset({IncidentStatus.DRAFT, IncidentStatus.REVIEWED, IncidentStatus.WITHHELD}),
    ),
    "reopen": (IncidentStatus.DRAFT, frozenset(IncidentStatus) - {IncidentStatus.DRAFT}),
}


def get_incident(session: Session, incident_id: str) -> Incident:
    """The incident row with this id (in ``session``), or NotFound."""
    incident = session.get(Incident, incident_id) if incident_id else None
    if incident is None:
        raise NotFound(f"no incident {incident_id!r}")
    return incident


def edit_fields(
    store: Store, incident_id: str, changes: dict[str, Any], *, actor: str, reason: str | None = None
) -> domain.Incident:
    """Set reviewer values, checked against the codebook; the store marks their provenance as ``actor``."""
    unknown = sorted(set(changes) - set(EDITABLE))
    if unknown:
        raise ReviewError(f"cannot edit {', '.join(unknown)}", hint=f"editable: {', '.join(EDITABLE)}")
    values = {name: EDITABLE[name](value) for name, value in changes.items()}
    if "date" in values:
        values["date_precision"] = _PRECISION.get(len(values["date"] or ""))
    return store.update_incident(incident_id, values, actor=actor, reason=_text(reason))


def grade_certainty(
    store: Store, incident_id: str, certainty: str, *, actor: str, reason: str | None = None
) -> domain.Incident:
    """Grade how certain it is that the attack happened (the SSA levels)."""
    level = _code(Certainty)(certainty)
    if level is None:
        raise ReviewError("choose a certainty level", hint=", ".join(c.value for c in Certainty))
    return store.update_incident(incident_id, {"certainty": level}, actor=actor, reason=_text(reason))


def apply_action(
    store: Store, incident_id: str, action: str, *, actor: str, reason: str | None = None
) -> domain.Incident:
    """``accept``, ``publish``, ``withhold``, ``reject`` or ``reopen`` an incident."""
    if action not in TRANSITIONS:
        raise ReviewError(f"unknown action {action!r}", hint=f"choose one of: {', '.join(TRANSITIONS)}")
    target, sources = TRANSITIONS[action]
    with store.session() as session:
        incident = get_incident(session, incident_id)
        if IncidentStatus(incident.status) not in sources:
            raise ReviewError(f"cannot {action} an incident that is {incident.status}")
        before = {"status": incident.status}
        incident.status = target.value
        audit.append(
            session,
            actor=actor,
            action=action,
            entity="incident",
            entity_id=incident_id,
            before=before,
            after={"status": target.value, "_reason": _text(reason)},
        )
    return store.get_incident(incident_id)


def merge(store: Store, incident_ids: Sequence[str], *, actor: str, reason: str | None = None) -> domain.Incident:
    """Move every mention of the other incidents into the first, in one transaction; the others are rejected
    with ``merged_into`` in their link evidence, and the merge is kept as a link decision."""
    ids = list(dict.fromkeys(i.strip() for i in incident_ids if i and i.strip()))
    if len(ids) < 2:
        raise ReviewError("a merge needs at least two different incidents")
    note = _text(reason)
    with store.session() as session:
        target, *others = [get_incident(session, i) for i in ids]
        moved = [m.id for other in others for m in other.mentions]
        for other in others:
            for mention in list(other.mentions):
                mention.incident_id = target.id
            before = {"status": other.status}
            other.status = IncidentStatus.REJECTED.value
            other.link_evidence = {**(other.link_evidence or {}), "merged_into": target.id}
            audit.append(
                session,
                actor=actor,
                action="merged_into",
                entity="incident",
                entity_id=other.id,
                before=before,
                after={"status": other.status, "merged_into": target.id, "_reason": note},
            )
        members = sorted({m.id for m in target.mentions} | set(moved))
        session.add(LinkDecision(kind="merge", mention_ids=members, incident_ids=ids, actor=actor, reason=note))
        audit.append(
            session,
            actor=actor,
            action="merge",
            entity="incident",
            entity_id=target.id,
            before=None,
            after={"merged": ids[1:], "mentions_moved": moved, "_reason": note},
        )
    return store.get_incident(ids[0])


def split(
    store: Store, incident_id: str, mention_ids: Iterable[int], *, actor: str, reason: str | None = None
) -> domain.Incident:
    """Move some mentions of an incident into a new draft incident (values from the first of them), in one
    transaction, kept as a link decision; return the new incident."""
    chosen = sorted(set(mention_ids))
    note = _text(reason)
    with store.session() as session:
        source = get_incident(session, incident_id)
        members = {m.id: m for m in source.mentions}
        if not chosen or not set(chosen) <= members.keys() or len(chosen) == len(members):
            raise ReviewError("choose some, but not all, of this incident's mentions to split off")
        new_id = public_id("NT", f"split/{source.id}/{','.join(map(str, chosen))}")
        first = members[chosen[0]]
        copied = {name: getattr(first, name) for name in (*EDITABLE, "date_precision", "date_from", "date_to")}
        new = Incident(
            id=new_id,
            status=IncidentStatus.DRAFT.value,
            certainty=source.certainty,
            **copied,
            provenance={name: {"mention": first.id} for name, v in copied.items() if v not in (None, [])},
            link_evidence={"split_from": source.id},
        )
        session.add(new)
        session.flush()
        for mention_id in chosen:
            members[mention_id].incident_id = new_id
        session.add(
            LinkDecision(kind="split", mention_ids=chosen, incident_ids=[source.id, new_id], actor=actor, reason=note)
        )
        audit.append(
            session,
            actor=actor,
            action="split",
            entity="incident",
            entity_id=source.id,
            before={"mentions": sorted(members)},
            after={"split_off": chosen, "new_incident": new_id, "_reason": note},
        )
        audit.append(
            session,
            actor=actor,
            action="create",
            entity="incident",
            entity_id=new_id,
            before=None,
            after={"split_from": source.id, "mentions": chosen, "_reason": note},
        )
    return store.get_incident(new_id)


def review_queue(session: Session, *, limit: int = 50, offset: int = 0) -> list[Incident]:
    """Draft incidents, oldest first (the order they came in)."""
    query = (
        select(Incident)
        .where(Incident.status == IncidentStatus.DRAFT.value)
        .order_by(Incident.created_at, Incident.id)
        .options(selectinload(Incident.mentions))
        .limit(limit)
        .offset(offset)
    )
    return list(session.scalars(query))
