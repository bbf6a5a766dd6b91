"""Read queries behind the lists, the dashboard and the map: filtered, paginated, aggregated in SQL.

Attack types are a JSON list per incident; a filter or count by type matches the quoted code in the JSON text
(``CAST(attack_types AS TEXT) LIKE '%"arson"%'``), which behaves the same on SQLite and PostgreSQL.
"""

from __future__ import annotations

import threading
from collections import OrderedDict
from collections.abc import Callable
from dataclasses import asdict, dataclass
from datetime import date
from typing import Any, TypeVar

from sqlalchemy import String, and_, case, cast, func, literal_column, or_, select
from sqlalchemy.orm import Session
from sqlalchemy.sql import ColumnElement, Select

from notatarget.domain import AttackType, Certainty, FacilityType, IncidentStatus
from notatarget.errors import NotatargetError
from notatarget.store.models import AuditEvent, Incident

T = TypeVar("T")

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

    def apply(self, query: Select[Any]) -> Select[Any]:
        return query.where(*self.conditions())

    def as_query(self) -> dict[str, str]:
        """The non-empty filters as query-string values (for links that keep them)."""
        return {k: str(v) for k, v in asdict(self).items() if v}


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
    query = filters.apply(select(Incident))
    if after:
        query = query.where(_after(after))
    rows = session.scalars(
        query.order_by(Incident.date_from.desc().nulls_last(), Incident.id).limit(limit).offset(offset)
    ).all()
    return list(rows), total


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


def figures(session: Session, filters: Filters) -> dict[str, Any]:
    """Dashboard figures in three queries: totals and by-country, by facility type, monthly by attack type."""
    total = session.scalar(filters.apply(select(func.count()).select_from(Incident))) or 0
    by_country = session.execute(
        filters.apply(select(Incident.country, func.count())).group_by(Incident.country).order_by(func.count().desc())
    ).all()[:25]
    by_facility = session.execute(
        filters.apply(select(Incident.facility_type, func.count()))
        .group_by(Incident.facility_type)
        .order_by(func.count().desc())
    ).all()
    month = func.substr(Incident.date, literal_column("1"), literal_column("7"))  # one SQL text in SELECT and GROUP BY
    per_type = [func.sum(case((has_attack_type(a.value), 1), else_=0)) for a in AttackType]
    monthly = session.execute(
        filters.apply(select(month, *per_type)).where(Incident.date.is_not(None)).group_by(month).order_by(month)
    ).all()
    series: dict[str, dict[str, int]] = {}
    for row in monthly:
        for attack, count in zip(AttackType, row[1:], strict=True):
            if count:
                series.setdefault(attack.label, {})[row[0]] = int(count)
    return {
        "counts_what": COUNTS_WHAT,
        "total": total,
        "by_country": [{"label": label or "unknown", "count": int(n)} for label, n in by_country],
        "by_facility_type": [{"label": _facility_label(code), "count": int(n)} for code, n in by_facility],
        "monthly_by_attack_type": series,
    }


class VersionedCache:
    """Results of read queries (figures, counts, map points), reused while the data has not changed.

    The data version is the number of incidents and the last audit event: every change the store makes to an
    incident appends an audit event, and bulk loads change the count. Both are read from indexes, so checking
    costs a millisecond where a cold aggregate over 100,000 incidents costs hundreds. Thread-safe, bounded LRU.
    """

    def __init__(self, size: int = 256) -> None:
        self.size = size
        self._entries: OrderedDict[tuple[Any, ...], Any] = OrderedDict()
        self._lock = threading.Lock()

    def get(self, session: Session, key: tuple[Any, ...], compute: Callable[[], T]) -> T:
        """``compute()``, or its stored result for ``key`` at the current data version."""
        version = (
            session.scalar(select(func.count()).select_from(Incident)),
            session.scalar(select(func.max(AuditEvent.seq))),
        )
        full = (*key, version)
        with self._lock:
            if full in self._entries:
                self._entries.move_to_end(full)
                return self._entries[full]
        value = compute()
        with self._lock:
            self._entries[full] = value
            while len(self._entries) > self.size:
                self._entries.popitem(last=False)
        return value

    def figures(self, session: Session, filters: Filters) -> dict[str, Any]:
        return self.get(session, ("figures", filters), lambda: figures(session, filters))

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
        .order_by(Incident.date_from.desc().nulls_last(), Incident.id)
        .limit(limit)
    )
    return [tuple(row) for row in session.execute(query)]
