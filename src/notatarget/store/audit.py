"""The append-only, hash-chained audit log.

Each event's ``hash`` is the SHA-256 of a canonical JSON array
``[seq, at (ISO 8601, UTC), actor, action, entity, entity_id, before, after, prev_hash]``
(keys sorted, no spaces, ASCII escapes), and ``prev_hash`` is the hash of the event before (64 zeros for the
first). Changing, deleting or reordering any stored event breaks the chain from that event on, and
:func:`verify` names the first broken one. The store only ever inserts into ``audit_events``.
"""

from __future__ import annotations

import enum
import hashlib
import json
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date, datetime
from typing import Any

from sqlalchemy import select, text
from sqlalchemy.orm import Session

from notatarget.store.coltypes import as_utc, safe_text, utcnow
from notatarget.store.models import AuditEvent

GENESIS = "0" * 64
#: Key of the PostgreSQL transaction-level advisory lock that serialises appends (SQLite's BEGIN IMMEDIATE does).
_PG_LOCK_KEY = 0x6E74_6175  # "ntau"
#: ``session.info`` key of the chain head this session's transaction has appended: (transaction, seq, hash).
_HEAD = "notatarget_audit_head"
_SCALARS = (str, int, float, bool, type(None))


def jsonable(value: Any) -> Any:
    """``value`` as plain JSON data (dates as ISO strings, enums as their values, tuples as lists)."""

    def default(obj: Any) -> Any:
        if isinstance(obj, datetime | date):
            return obj.isoformat()
        if isinstance(obj, enum.Enum):
            return obj.value
        if isinstance(obj, set | frozenset | tuple):
            return sorted(obj, key=str) if isinstance(obj, set | frozenset) else list(obj)
        raise TypeError(f"cannot record {type(obj).__name__} in the audit log")

    return None if value is None else json.loads(json.dumps(value, default=default))


def same(a: Any, b: Any) -> bool:
    """Whether ``a`` and ``b`` are recorded alike (``jsonable(a) == jsonable(b)``), without encoding them when
    Python already finds them equal or they are unequal scalars of one type."""
    if a == b:
        return True
    if type(a) is type(b) and type(a) in _SCALARS:
        return False
    return jsonable(a) == jsonable(b)


def event_hash(
    *,
    seq: int,
    at: datetime,
    actor: str,
    action: str,
    entity: str,
    entity_id: str,
    before: Any,
    after: Any,
    prev_hash: str,
) -> str:
    """The SHA-256 hex of the canonical JSON of one event's fields."""
    payload = [seq, as_utc(at).isoformat(), actor, action, entity, entity_id, before, after, prev_hash]
    canonical = json.dumps(payload, sort_keys=True, separators=(",", ":"), ensure_ascii=True)
    return hashlib.sha256(canonical.encode("ascii")).hexdigest()


def _hash_of(event: AuditEvent) -> str:
    return event_hash(
        seq=event.seq,
        at=event.at,
        actor=event.actor,
        action=event.action,
        entity=event.entity,
        entity_id=event.entity_id,
        before=event.before,
        after=event.after,
        prev_hash=event.prev_hash,
    )


def append(
    session: Session,
    *,
    actor: str,
    action: str,
    entity: str,
    entity_id: str | int,
    before: Any = None,
    after: Any = None,
) -> AuditEvent:
    """Add one event at the end of the chain, inside the caller's transaction.

    Appends are serialised (PostgreSQL advisory lock; SQLite write transactions are already exclusive), so
    concurrent writers never fork the chain. The lock is held to the end of the transaction, so the head is
    read once per transaction (or savepoint) and then followed in memory; events are inserted together at
    the next flush instead of one statement each.
    """
    event = AuditEvent(**_next(session, actor, action, entity, entity_id, before, after))
    session.add(event)
    return event


def append_all(session: Session, events: Iterable[dict[str, Any]]) -> int:
    """Append many events at once (each a dict of :func:`append`'s keyword arguments), in order, with one
    executemany instead of an ORM object each: for linking and imports that change thousands of rows.
    Returns how many were appended."""
    rows = [_next(session, **event) for event in events]
    if rows:
        session.connection().execute(AuditEvent.__table__.insert(), rows)
    return len(rows)


def _next(
    session: Session,
    actor: str,
    action: str,
    entity: str,
    entity_id: str | int,
    before: Any = None,
    after: Any = None,
) -> dict[str, Any]:
    """The column values of the next event of the chain (hash included); moves the session's head to it."""
    transaction = session.get_nested_transaction() or session.get_transaction()
    head = session.info.get(_HEAD)
    if head is not None and transaction is not None and head[0] is transaction:
        seq, prev_hash = head[1] + 1, head[2]
    else:
        if session.get_bind().dialect.name == "postgresql":
            session.execute(text("SELECT pg_advisory_xact_lock(:key)"), {"key": _PG_LOCK_KEY})
        last = session.execute(select(AuditEvent.seq, AuditEvent.hash).order_by(AuditEvent.seq.desc()).limit(1)).first()
        seq, prev_hash = (last.seq + 1, last.hash) if last else (1, GENESIS)
        transaction = session.get_nested_transaction() or session.get_transaction()
    row: dict[str, Any] = {
        "seq": seq,
        "at": utcnow(),
        "actor": safe_text(actor),
        "action": safe_text(action),
        "entity": safe_text(entity),
        "entity_id": safe_text(str(entity_id)),
        "before": jsonable(before),
        "after": jsonable(after),
        "prev_hash": prev_hash,
    }
    row["hash"] = event_hash(**row)
    session.info[_HEAD] = (transaction, seq, row["hash"])
    return row


@dataclass(frozen=True, slots=True)
class VerifyResult:
    """The outcome of :func:`verify`: ``ok``, how many events were checked, and the first broken one."""

    ok: bool
    checked: int
    first_broken: int | None = None
    reason: str | None = None
    #: The hash of the last event: write it down (e.g. with each backup) and pass it as ``anchor`` later.
    head: str | None = None

    def __str__(self) -> str:
        if self.ok:
            return f"audit chain intact: {self.checked} events verified; head {self.head or GENESIS}"
        return f"audit chain broken at event {self.first_broken}: {self.reason} ({self.checked} events read)"


def verify(session: Session, anchor: str | None = None, batch: int = 1000) -> VerifyResult:
    """Recompute every hash in order and check each link; stop at the first broken event.

    ``anchor``: a head hash noted earlier; the chain must still contain it, which catches events removed
    from the end (a shorter chain is otherwise valid).
    """
    prev_hash, expected_seq, checked, anchored = GENESIS, 1, 0, anchor in (None, GENESIS)
    rows = session.execute(select(AuditEvent).order_by(AuditEvent.seq).execution_options(yield_per=batch)).scalars()
    for event in rows:
        checked += 1
        reason = None
        if event.seq != expected_seq:
            reason = f"expected event {expected_seq} next; events are missing"
        elif event.prev_hash != prev_hash:
            reason = "prev_hash does not match the hash of the event before"
        elif _hash_of(event) != event.hash:
            reason = "its content no longer matches its hash (it was edited)"
        if reason:
            return VerifyResult(ok=False, checked=checked, first_broken=event.seq, reason=reason)
        prev_hash, expected_seq = event.hash, event.seq + 1
        anchored = anchored or event.hash == anchor
    if not anchored:
        reason = f"the anchored event {anchor} is no longer in the chain: events were removed from its end"
        return VerifyResult(ok=False, checked=checked, first_broken=expected_seq, reason=reason, head=prev_hash)
    return VerifyResult(ok=True, checked=checked, head=prev_hash if checked else None)
