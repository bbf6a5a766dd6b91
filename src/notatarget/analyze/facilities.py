"""The facility registry in the store: imports, incidents tied to facilities, status and service lost.

Every function works inside the caller's transaction (a ``Session`` from ``Store.session()``) and appends
audit events for what it changes. A facility a mention names but the registry lacks is *proposed*
(``source="proposed"``) for a reviewer to confirm or merge, never silently invented as fact.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from datetime import date
from typing import Any

import sqlalchemy as sa
from sqlalchemy.orm import Session, selectinload

from notatarget.domain import Facility, Functionality, FunctionalityReason, ServiceImpact
from notatarget.geo.facilities import MAX_DISTANCE_KM, FacilityMatcher
from notatarget.link.store import ACTOR
from notatarget.store import audit, convert, models, public_id
from notatarget.store.coltypes import utcnow
from notatarget.store.store import among, bulk_insert, bulk_update, chunked

PROPOSED = "proposed"
#: Degrees of latitude around placed incidents that hold every facility they could match (a degree >= 110 km).
_BAND = MAX_DISTANCE_KM / 110.0


@dataclass(slots=True)
class FacilityImport:
    """A facility import: ids created, ids already present (unchanged), status entries added."""

    created: list[str] = field(default_factory=list)
    existing: list[str] = field(default_factory=list)
    statuses: int = 0


def facility_id_for(facility: Facility, external_id: str | None = None) -> str:
    """A facility's stable id: from its OSM / external id, else from name, country and place (as the store)."""
    seed = f"osm/{external_id}" if external_id else f"{facility.name}|{facility.country}|{facility.location}".casefold()
    return facility.id or public_id("FAC", seed)


def import_facilities(
    session: Session, items: Sequence[tuple[Facility, str | None]], *, source: str, actor: str = ACTOR
) -> FacilityImport:
    """Add facilities (with their status history) that are not stored yet; idempotent by id."""
    result = FacilityImport()
    ids = [facility_id_for(f, ext) for f, ext in items]
    stored = _stored(session, models.Facility.id, ids)
    rows = _Rows(actor)
    for (facility, external_id), facility_id in zip(items, ids, strict=True):
        if facility_id in stored:
            result.existing.append(facility_id)
            continue
        stored.add(facility_id)
        result.statuses += rows.facility(facility, facility_id, external_id, source)
        result.created.append(facility_id)
    rows.save(session)
    return result


def _stored(session: Session, column: Any, values: Sequence[Any]) -> set[Any]:
    """Those of ``values`` stored in ``column``."""
    return {
        v for chunk in chunked(values) for v in session.scalars(sa.select(column).where(among(session, column, chunk)))
    }


@dataclass(slots=True)
class _Rows:
    """Facilities, statuses, incident updates and audit events to write, gathered and then written with one
    executemany each (a registry import or the incidents of a large import touch thousands of rows)."""

    actor: str
    facilities: list[dict[str, Any]] = field(default_factory=list)
    statuses: list[dict[str, Any]] = field(default_factory=list)
    incidents: list[dict[str, Any]] = field(default_factory=list)
    events: list[dict[str, Any]] = field(default_factory=list)

    def event(self, action: str, entity: str, entity_id: str, before: Any, after: Any) -> None:
        self.events.append(
            {"actor": self.actor, "action": action, "entity": entity, "entity_id": entity_id}
            | {"before": before, "after": after}
        )

    def facility(self, facility: Facility, facility_id: str, external_id: str | None, source: str) -> int:
        """A new facility row, its audit event and its status history; return how many statuses."""
        self.facilities.append(
            {
                "id": facility_id,
                **{name: getattr(facility, name) for name in convert.FACILITY_FIELDS},
                "source": source,
                "osm_id": external_id if source == "osm" else None,
                "external_ids": {source: external_id} if external_id else {},
            }
        )
        after = {"name": facility.name, "source": source, "external_id": external_id}
        self.event("create", "facility", facility_id, None, after)
        for status in facility.status_history:
            self.status(facility_id, status.as_of, status.functionality, status.reason, status.source, None)
        return len(facility.status_history)

    def status(
        self,
        facility_id: str,
        as_of: date,
        functionality: str,
        reason: str | None,
        source: str | None,
        incident_id: str | None,
    ) -> None:
        self.statuses.append(
            {"facility_id": facility_id, "as_of": as_of, "functionality": functionality, "reason": reason}
            | {"source": source, "incident_id": incident_id}
        )
        after = {"as_of": as_of, "functionality": functionality, "reason": reason, "incident_id": incident_id}
        self.event("status", "facility", facility_id, None, after)

    def save(self, session: Session) -> None:
        """Write it all in the session's transaction (facilities before what points to them); expire the
        session's objects, which may hold what was just overwritten."""
        bulk_insert(session, models.Facility, self.facilities)
        bulk_insert(session, models.FacilityStatus, self.statuses)
        bulk_update(session, models.Incident, self.incidents)
        audit.append_all(session, self.events)
        if self.facilities or self.statuses or self.incidents:
            session.expire_all()


#: What tying an incident to a facility reads of it.
_INCIDENT_COLUMNS = [
    models.Incident.__table__.c[name]
    for name in (
        "id",
        "facility_id",
        "facility_name",
        "facility_type",
        "facility_damage",
        "service_impact",
        "country",
        "admin1",
        "location",
        "latitude",
        "longitude",
        "date_from",
        "provenance",
    )
]


def attach_incidents(session: Session, incident_ids: Iterable[str] | None = None, *, actor: str = ACTOR) -> int:
    """Tie incidents that name a facility to the registry (proposing unknown ones) and record the facility's
    functionality when the incident says it closed or was partly put out of service. Returns how many
    incidents were changed. A facility a reviewer set (provenance ``actor``) is left alone.

    Incidents and the registry are read as plain rows in a few queries, names matched by blocks (country and
    grid cell, :class:`FacilityMatcher`), and the rows written with one executemany per table."""
    session.flush()
    table = models.Incident.__table__
    query = sa.select(*_INCIDENT_COLUMNS).where(table.c.facility_name.is_not(None)).order_by(table.c.id)
    if incident_ids is None:
        incidents = list(session.execute(query))
    else:
        chunks = chunked(sorted(set(incident_ids)))
        incidents = [i for c in chunks for i in session.execute(query.where(among(session, table.c.id, c)))]
    if not incidents:
        return 0
    countries = sorted({i.country for i in incidents if i.country})
    facility = models.Facility.__table__.c
    query = sa.select(*(facility[name] for name in ("id", *convert.FACILITY_FIELDS)))
    query = query.where(facility.country.in_(countries))
    if all(i.latitude is not None and i.longitude is not None for i in incidents):
        # placed incidents match only facilities within MAX_DISTANCE_KM (or unplaced): a latitude band will do
        low, high = min(i.latitude for i in incidents), max(i.latitude for i in incidents)
        near = facility.latitude.between(low - _BAND, high + _BAND)
        query = query.where(sa.or_(near, facility.latitude.is_(None), facility.longitude.is_(None)))
    registry = session.execute(query)
    matcher = FacilityMatcher(convert.to_facility(f, history=False) for f in registry)
    known = _stored(session, models.Facility.id, sorted({_proposal(i).id for i in incidents if not i.facility_id}))
    statuses = sa.select(models.FacilityStatus.facility_id, models.FacilityStatus.incident_id)
    noted: set[tuple[str, str]] = set()
    for chunk in chunked([i.id for i in incidents]):
        noted.update(
            (f, i) for f, i in session.execute(statuses.where(among(session, models.FacilityStatus.incident_id, chunk)))
        )
    rows = _Rows(actor)
    changed = 0
    for incident in incidents:
        if (incident.provenance or {}).get("facility_id", {}).get("actor"):
            continue
        facility_id = incident.facility_id
        if facility_id is None:
            found = matcher.match(
                incident.facility_name,
                country=incident.country,
                latitude=incident.latitude,
                longitude=incident.longitude,
            )
            facility_id = found.facility.id if found else _propose(rows, incident, matcher, known)
            rows.incidents.append({"id": incident.id, "facility_id": facility_id, "updated_at": utcnow()})
            after = {"facility_id": facility_id, "matched": bool(found)}
            rows.event("facility", "incident", incident.id, {"facility_id": None}, after)
            changed += 1
        changed += _status_from_incident(rows, incident, facility_id, noted)
    rows.save(session)
    return changed


def _proposal(incident: Any) -> Facility:
    """The facility an incident (row) names, as a proposal for the registry (with its stable id)."""
    facility = Facility(
        name=incident.facility_name or "",
        facility_type=incident.facility_type,
        country=incident.country,
        admin1=incident.admin1,
        location=incident.location,
        latitude=incident.latitude,
        longitude=incident.longitude,
    )
    facility.id = facility_id_for(facility)
    return facility


def _propose(rows: _Rows, incident: Any, matcher: FacilityMatcher, known: set[str]) -> str:
    facility = _proposal(incident)
    if facility.id not in known:
        known.add(facility.id)
        rows.facility(facility, facility.id, None, PROPOSED)
    matcher.add(facility)  # so the next incident naming it finds it
    return facility.id


def _status_from_incident(rows: _Rows, incident: Any, facility_id: str, noted: set[tuple[str, str]]) -> int:
    """Record the functionality an incident reports for its facility, once (``noted``: pairs already stored)."""
    functionality = {
        ServiceImpact.CLOSED.value: Functionality.NOT,
        ServiceImpact.PARTIAL.value: Functionality.PARTIALLY,
    }.get(incident.service_impact or "")
    if functionality is None or incident.date_from is None:
        return 0
    if (facility_id, incident.id) in noted:
        return 0
    noted.add((facility_id, incident.id))
    reason = (
        FunctionalityReason.DAMAGE
        if incident.facility_damage in ("damaged", "destroyed")
        else (FunctionalityReason.INSECURITY)
    )
    rows.status(
        facility_id, incident.date_from, functionality.value, reason.value, f"incident:{incident.id}", incident.id
    )
    return 1


@dataclass(slots=True)
class FacilityState:
    """A facility and its functionality on a date: the latest statement at or before it."""

    facility: Facility
    functionality: str
    since: date | None
    reason: str | None
    source: str | None

    def to_dict(self) -> dict[str, Any]:
        f = self.facility
        return {
            "id": f.id,
            "name": f.name,
            "facility_type": f.facility_type,
            "country": f.country,
            "location": f.location,
            "functionality": self.functionality,
            "since": self.since.isoformat() if self.since else None,
            "reason": self.reason,
            "source": self.source,
            "catchment_population": f.catchment_population,
            "services": f.services,
            "beds": f.beds,
        }


def facility_states(
    session: Session, *, as_of: date | None = None, country: str | None = None, status: str | None = None
) -> list[FacilityState]:
    """Every facility's functionality on ``as_of`` (default today), optionally of one country or status."""
    as_of = as_of or date.today()
    wanted = Functionality.parse(status).value if status else None
    query = sa.select(models.Facility).options(selectinload(models.Facility.status_history))
    if country:
        query = query.where(models.Facility.country == country.upper())
    out = []
    for row in session.scalars(query.order_by(models.Facility.name, models.Facility.id)):
        history = [s for s in row.status_history if s.as_of <= as_of]
        latest = max(history, key=lambda s: (s.as_of, s.id), default=None)
        state = FacilityState(
            convert.to_facility(row),
            latest.functionality if latest else Functionality.UNKNOWN.value,
            latest.as_of if latest else None,
            latest.reason if latest else None,
            latest.source if latest else None,
        )
        if wanted is None or state.functionality == wanted:
            out.append(state)
    return out


@dataclass(slots=True)
class ServiceLoss:
    """Facilities out of service on a date, the people they served and the services lost."""

    as_of: date
    facilities: list[FacilityState]
    catchment_population: int
    unknown_population: int
    services: dict[str, int]

    def to_dict(self) -> dict[str, Any]:
        return {
            "as_of": self.as_of.isoformat(),
            "facilities": [f.to_dict() for f in self.facilities],
            "catchment_population": self.catchment_population,
            "facilities_without_population": self.unknown_population,
            "services_lost": self.services,
        }


def service_loss(session: Session, *, as_of: date | None = None, country: str | None = None) -> ServiceLoss:
    """Facilities not functioning on ``as_of``: summed catchment population (facilities without a figure are
    counted apart, never guessed) and, per service, how many facilities that gave it are out."""
    states = facility_states(session, as_of=as_of, country=country, status=Functionality.NOT.value)
    services: dict[str, int] = {}
    for state in states:
        for service in state.facility.services:
            services[service] = services.get(service, 0) + 1
    return ServiceLoss(
        as_of=as_of or date.today(),
        facilities=states,
        catchment_population=sum(s.facility.catchment_population or 0 for s in states),
        unknown_population=sum(1 for s in states if s.facility.catchment_population is None),
        services=dict(sorted(services.items())),
    )
