"""Read queries behind the lists, the dashboard and the map: filtered, paginated, aggregated in SQL.

Attack types are a JSON list per incident; a filter or count by type matches the quoted code in the JSON text
(``CAST(attack_types AS TEXT) LIKE '%"arson"%'``), which behaves the same on SQLite and PostgreSQL.
"""

from __future__ import annotations

import threading
from collections import Counter, OrderedDict
from collections.abc import Callable
from dataclasses import asdict, dataclass, field
from datetime import date
from typing import Any, TypeVar

from sqlalchemy import String, and_, case, cast, func, literal_column, or_, select
from sqlalchemy.orm import Session
from sqlalchemy.sql import ColumnElement, Select

from notatarget.domain import AttackType, Certainty, FacilityType, IncidentStatus
from notatarget.errors import NotatargetError
from notatarget.store.convert import date_range
from notatarget.store.models import AuditEvent, Incident

T = TypeVar("T")
#: Attack type codes in codebook order (the order of the monthly series).
ATTACK_ORDER = {a.value: i for i, a in enumerate(AttackType)}

#: List order: newest ``date_from`` first, no date last, then by id (what :func:`cursor` encodes).
LIST_ORDER = (Incident.date_from.desc().nulls_last(), Incident.id)
#: Offsets past this start from the day their row falls on (see :func:`_seek`) instead of counting rows.
SEEK_FROM = 1000

#: The figures count incidents (one attack told by any number of reports), not reports or mentions.
COUNTS_WHAT = "Counts are incidents: one attack, however many reports tell it"


@dataclass(frozen=True, slots=True)
class Filters:
    """The filters of the lists, dashboard and map. Empty means "all"; ``certainty`` means "at least"."""

    country: str | None = None
    since: date | None = None
    until: date | None = None
    attack_type: str | None = None
    certainty: str | None = None
    status: str | None = None

    @classmethod
    def parse(cls, **raw: str | None) -> Filters:
        """Filters from query-string values; NotatargetError for a value outside the codebook."""
        clean = {k: (v.strip() if isinstance(v, str) else v) or None for k, v in raw.items()}
        try:
            return cls(
                country=clean.get("country")[:64] if clean.get("country") else None,
                since=date.fromisoformat(clean["since"]) if clean.get("since") else None,
                until=date.fromisoformat(clean["until"]) if clean.get("until") else None,
                attack_type=AttackType.parse(clean["attack_type"]).value if clean.get("attack_type") else None,
                certainty=Certainty.parse(clean["certainty"]).value if clean.get("certainty") else None,
                status=IncidentStatus.parse(clean["status"]).value if clean.get("status") else None,
            )
        except ValueError as exc:
            raise NotatargetError(f"bad filter: {exc}") from None

    def conditions(self) -> list[ColumnElement[bool]]:
        where: list[ColumnElement[bool]] = []
        if self.country:
            where.append(Incident.country == self.country)
        if self.since:
            where.append(Incident.date_to >= self.since)
        if self.until:
            where.append(Incident.date_from <= self.until)
        if self.attack_type:
            where.append(has_attack_type(self.attack_type))
        if self.certainty:
            floor = Certainty(self.certainty).rank
            where.append(Incident.certainty.in_([c.value for c in Certainty if c.rank >= floor]))
        if self.status:
            where.append(Incident.status == self.status)
        return where

    def match(self, values: dict[str, Any]) -> bool:
        """Whether an incident with these column values passes the filters (:meth:`conditions` in Python)."""
        return (
            (not self.country or values["country"] == self.country)
            and (not self.since or (values["date_to"] is not None and values["date_to"] >= self.since))
            and (not self.until or (values["date_from"] is not None and values["date_from"] <= self.until))
            and (not self.attack_type or self.attack_type in (values["attack_types"] or ()))
            and (not self.certainty or _rank(values["certainty"]) >= Certainty(self.certainty).rank)
            and (not self.status or values["status"] == self.status)
        )

    def apply(self, query: Select[Any]) -> Select[Any]:
        return query.where(*self.conditions())

    def as_query(self) -> dict[str, str]:
        """The non-empty filters as query-string values (for links that keep them)."""
        return {k: str(v) for k, v in asdict(self).items() if v}


def _rank(certainty: str | None) -> int:
    try:
        return Certainty(certainty).rank
    except ValueError:
        return -1


def has_attack_type(code: str) -> ColumnElement[bool]:
    return cast(Incident.attack_types, String).like(f'%"{code}"%')


def count(session: Session, filters: Filters) -> int:
    """How many incidents match the filters."""
    return session.scalar(filters.apply(select(func.count()).select_from(Incident))) or 0


def incident_page(
    session: Session,
    filters: Filters,
    *,
    limit: int,
    offset: int = 0,
    after: str | None = None,
    cache: VersionedCache | None = None,
) -> tuple[list[Incident], int]:
    """One page of incidents (newest first) and the number matching the filters.

    ``after`` is the :func:`cursor` of the last incident of the page before: the page then starts right after it
    without counting through the rows before (``offset`` costs time in proportion to its size).
    """
    total = cache.count(session, filters) if cache else count(session, filters)
    where = filters.conditions()
    if after:
        where.append(_after(after))
    if offset > SEEK_FROM:
        start, offset = _seek(session, where, offset)
        if start is None:
            return [], total
        where.append(start)
    rows = session.scalars(select(Incident).where(*where).order_by(*LIST_ORDER).limit(limit).offset(offset)).all()
    return list(rows), total


def _seek(session: Session, where: list[ColumnElement[bool]], offset: int) -> tuple[ColumnElement[bool] | None, int]:
    """Where the row at ``offset`` lies in list order: a condition starting the list at its day, and what is left
    of the offset within that day (None when the offset is past the end).

    Rows per day are counted from the ``date_from`` index alone (a few thousand days), so a deep page no longer
    reads and sorts every row before it; the rows returned are exactly those of ``OFFSET``.
    """
    days = session.execute(
        select(Incident.date_from, func.count()).where(*where).group_by(Incident.date_from).order_by(LIST_ORDER[0])
    )
    for day, rows in days:
        if offset < rows:
            if day is None:
                return Incident.date_from.is_(None), offset
            return or_(Incident.date_from <= day, Incident.date_from.is_(None)), offset
        offset -= rows
    return None, 0


def cursor(incident: Incident) -> str:
    """Where a page ends, in list order (newest ``date_from`` first, no date last, then by id)."""
    return f"{incident.date_from.isoformat() if incident.date_from else ''}~{incident.id}"


def _after(value: str) -> ColumnElement[bool]:
    day, sep, last_id = value.partition("~")
    if not sep or not last_id:
        raise NotatargetError(f"bad page cursor {value[:40]!r}", hint="use the 'next' value of the page before")
    if not day:
        return and_(Incident.date_from.is_(None), Incident.id > last_id)
    try:
        when = date.fromisoformat(day)
    except ValueError:
        raise NotatargetError(
            f"bad page cursor {value[:40]!r}", hint="use the 'next' value of the page before"
        ) from None
    return or_(
        Incident.date_from < when,
        and_(Incident.date_from == when, Incident.id > last_id),
        Incident.date_from.is_(None),
    )


def countries(session: Session, filters: Filters | None = None) -> list[str]:
    """The countries present (for the filter picker)."""
    query = select(Incident.country).where(Incident.country.is_not(None)).distinct().order_by(Incident.country)
    return list(session.scalars(filters.apply(query) if filters else query))


#: The incident columns the figures and their filters read.
TALLIED = ("date", "date_from", "date_to", "country", "facility_type", "attack_types", "certainty", "status")
#: Past this many changed incidents, figures are counted again in SQL rather than adjusted.
MAX_DELTA = 2000


@dataclass(slots=True)
class Tally:
    """The full counts behind the dashboard figures (no top-N cut), which a change can adjust in place."""

    total: int = 0
    by_country: Counter[str | None] = field(default_factory=Counter)
    by_facility: Counter[str | None] = field(default_factory=Counter)
    monthly: Counter[tuple[str, str]] = field(default_factory=Counter)  # (month, attack type code) -> incidents

    @classmethod
    def count(cls, session: Session, filters: Filters) -> Tally:
        """Counted in SQL: by country (from its index), then by month and facility type with a sum per attack
        type, in one pass over the rows (totals and facility types are sums of its groups)."""
        tally = cls()
        by_country = filters.apply(select(Incident.country, func.count())).group_by(Incident.country)
        for country, n in session.execute(by_country):
            tally.by_country[country] = n
            tally.total += n
        month = func.substr(
            Incident.date, literal_column("1"), literal_column("7")
        )  # one SQL text in SELECT and GROUP BY
        per_type = [func.sum(case((has_attack_type(a.value), 1), else_=0)) for a in AttackType]
        query = filters.apply(select(month, Incident.facility_type, func.count(), *per_type))
        for row in session.execute(query.group_by(month, Incident.facility_type)):
            tally.by_facility[row[1]] += row[2]
            if row[0] is not None:  # an undated incident has no month
                for attack, n in zip(AttackType, row[3:], strict=True):
                    if n:
                        tally.monthly[row[0], attack.value] += int(n)
        return tally

    def changed(self, filters: Filters, changes: list[tuple[dict[str, Any] | None, dict[str, Any]]]) -> Tally:
        """A new tally with each incident's ``(before, after)`` values moved in or out (``before`` None: new)."""
        tally = Tally(self.total, self.by_country.copy(), self.by_facility.copy(), self.monthly.copy())
        for before, after in changes:
            for values, sign in ((before, -1), (after, 1)):
                if values is None or not filters.match(values):
                    continue
                tally.total += sign
                tally.by_country[values["country"]] += sign
                tally.by_facility[values["facility_type"]] += sign
                if values["date"] is not None:
                    for code in set(values["attack_types"] or ()) & ATTACK_ORDER.keys():
                        tally.monthly[values["date"][:7], code] += sign
        return tally

    def figures(self) -> dict[str, Any]:
        """The dashboard figures: the 25 countries with most incidents, facility types, monthly by attack type."""
        series: dict[str, dict[str, int]] = {}
        for (month, code), n in sorted(self.monthly.items(), key=lambda item: (item[0][0], ATTACK_ORDER[item[0][1]])):
            if n:
                series.setdefault(AttackType(code).label, {})[month] = n
        return {
            "counts_what": COUNTS_WHAT,
            "total": self.total,
            "by_country": [{"label": label or "unknown", "count": n} for label, n in _most(self.by_country)[:25]],
            "by_facility_type": [{"label": _facility_label(code), "count": n} for code, n in _most(self.by_facility)],
            "monthly_by_attack_type": series,
        }


def _most(counts: Counter[str | None]) -> list[tuple[str | None, int]]:
    return sorted(((k, n) for k, n in counts.items() if n), key=lambda item: (-item[1], item[0] or ""))


def figures(session: Session, filters: Filters) -> dict[str, Any]:
    """Dashboard figures counted in SQL (see :class:`Tally`)."""
    return Tally.count(session, filters).figures()


def changes_since(
    session: Session, old: tuple[int, int | None], new: tuple[int, int | None]
) -> list[tuple[dict[str, Any] | None, dict[str, Any]]] | None:
    """Each incident changed between two data versions as ``(values before, values now)``, from the audit log.

    None when the log does not tell the whole change (too many incidents, or rows added without an audit
    event, as a bulk load does): the caller then counts again.
    """
    (old_count, old_seq), (new_count, new_seq) = old, new
    events = session.execute(
        select(AuditEvent.action, AuditEvent.entity_id, AuditEvent.before)
        .where(AuditEvent.entity == "incident", AuditEvent.seq > (old_seq or 0), AuditEvent.seq <= (new_seq or 0))
        .order_by(AuditEvent.seq)
        .limit(MAX_DELTA + 1)
    ).all()
    if len(events) > MAX_DELTA:
        return None
    created = {entity_id for action, entity_id, _ in events if action == "create"}
    if new_count != old_count + len(created):
        return None
    earlier: dict[str, dict[str, Any]] = {}
    for _action, entity_id, before in events:
        first = earlier.setdefault(entity_id, {})
        for name, value in (before or {}).items() if isinstance(before, dict) else ():
            if name in TALLIED:
                first.setdefault(name, value)  # the value before the first change since ``old``
    columns = [getattr(Incident, name) for name in TALLIED]
    now = {
        row[0]: dict(zip(TALLIED, row[1:], strict=True))
        for row in session.execute(select(Incident.id, *columns).where(Incident.id.in_(list(earlier))))
    }
    if len(now) != len(earlier):
        return None
    return [
        (None if entity_id in created else {**values, **_parsed(earlier[entity_id])}, values)
        for entity_id, values in now.items()
    ]


def _parsed(logged: dict[str, Any]) -> dict[str, Any]:
    """Audit-log values as the columns hold them: dates from ISO text, and the period a logged ``date`` text
    covered when the event did not log it (a reviewer's edit logs the text only)."""
    values = {
        name: date.fromisoformat(value) if name in ("date_from", "date_to") and isinstance(value, str) else value
        for name, value in logged.items()
    }
    if "date" in values and "date_from" not in values:
        values["date_from"], values["date_to"] = date_range(values["date"])
    return values


class VersionedCache:
    """Results of read queries (figures, counts, map points), reused while the data has not changed.

    The data version is the number of incidents and the last audit event: every change the store makes to an
    incident appends an audit event, and bulk loads change the count. Both are read from indexes, so checking
    costs a millisecond where a cold aggregate over 100,000 incidents costs hundreds. Figures are not counted
    again after a change: the incidents the audit log says changed are moved out of and into the counts
    (:func:`changes_since`, :meth:`Tally.changed`). Thread-safe, bounded LRU.
    """

    def __init__(self, size: int = 256) -> None:
        self.size = size
        self._entries: OrderedDict[tuple[Any, ...], Any] = OrderedDict()
        self._lock = threading.Lock()

    @staticmethod
    def version(session: Session) -> tuple[int, int | None]:
        return (
            session.scalar(select(func.count()).select_from(Incident)) or 0,
            session.scalar(select(func.max(AuditEvent.seq))),
        )

    def _lookup(self, key: tuple[Any, ...]) -> Any:
        with self._lock:
            if key in self._entries:
                self._entries.move_to_end(key)
                return self._entries[key]
        return None

    def _store(self, key: tuple[Any, ...], value: Any) -> None:
        with self._lock:
            self._entries[key] = value
            self._entries.move_to_end(key)
            while len(self._entries) > self.size:
                self._entries.popitem(last=False)

    def get(self, session: Session, key: tuple[Any, ...], compute: Callable[[], T]) -> T:
        """``compute()``, or its stored result for ``key`` at the current data version."""
        version = self.version(session)
        found = self._lookup(key)
        if found is not None and found[0] == version:
            return found[1]
        value = compute()
        self._store(key, (version, value))
        return value

    def figures(self, session: Session, filters: Filters) -> dict[str, Any]:
        """The dashboard figures for ``filters``, adjusted by the changes since they were last counted."""
        version = self.version(session)
        key = ("figures", filters)
        found = self._lookup(key)
        if found is not None and found[0] == version:
            return found[2]
        changes = None
        if found is not None and (found[0][1] or 0) <= (version[1] or 0):
            changes = changes_since(session, found[0], version)
        tally = found[1].changed(filters, changes) if changes is not None else Tally.count(session, filters)
        result = tally.figures()
        self._store(key, (version, tally, result))
        return result

    def count(self, session: Session, filters: Filters) -> int:
        return self.get(session, ("count", filters), lambda: count(session, filters))


def _facility_label(code: str | None) -> str:
    if code is None:
        return "unknown"
    try:
        return FacilityType(code).label
    except ValueError:
        return code


def map_points(session: Session, filters: Filters, *, limit: int) -> list[tuple[Any, ...]]:
    """Up to ``limit`` located incidents: (id, lat, lon, date, country, attack_types, facility_type, certainty)."""
    query = (
        filters.apply(
            select(
                Incident.id,
                Incident.latitude,
                Incident.longitude,
                Incident.date,
                Incident.country,
                Incident.attack_types,
                Incident.facility_type,
                Incident.certainty,
            )
        )
        .where(Incident.latitude.is_not(None), Incident.longitude.is_not(None))
        .order_by(*LIST_ORDER)
        .limit(limit)
    )
    return [tuple(row) for row in session.execute(query)]
