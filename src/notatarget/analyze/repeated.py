"""Repeated targeting: a facility attacked again within a few days, from the same-day "double tap" (a
second strike on those who came to help) to two strikes in 48 hours.

Only incidents dated to the day count (a month-precision date cannot show a 48-hour gap) and rejected
incidents never do. Incidents are compared by their registry facility, or, when not tied to one yet, by
country and the distinctive words of the facility name.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass
from datetime import date
from itertools import pairwise
from typing import Any

import sqlalchemy as sa
from sqlalchemy.orm import Session

from notatarget.domain import IncidentStatus
from notatarget.geo.facilities import distinctive
from notatarget.link.store import ACTOR
from notatarget.store import audit, models
from notatarget.store.coltypes import utcnow
from notatarget.store.store import bulk_update

#: Default window: two strikes within 48 hours.
WINDOW_DAYS = 2


@dataclass(frozen=True, slots=True)
class RepeatedAttack:
    """Two attacks on one facility ``gap_days`` apart (0: the same day)."""

    facility: str
    facility_id: str | None
    country: str | None
    first: str
    second: str
    first_date: date
    second_date: date

    @property
    def gap_days(self) -> int:
        return (self.second_date - self.first_date).days

    @property
    def kind(self) -> str:
        return "same-day (double tap)" if self.gap_days == 0 else f"within {self.gap_days} day(s)"

    def to_dict(self) -> dict[str, Any]:
        return {
            "facility": self.facility,
            "facility_id": self.facility_id,
            "country": self.country,
            "first": self.first,
            "second": self.second,
            "first_date": self.first_date.isoformat(),
            "second_date": self.second_date.isoformat(),
            "gap_days": self.gap_days,
            "kind": self.kind,
        }


def repeated_attacks(
    session: Session, *, window_days: int = WINDOW_DAYS, country: str | None = None, since: date | None = None
) -> list[RepeatedAttack]:
    """Every pair of consecutive attacks on one facility at most ``window_days`` apart, oldest first."""
    if window_days < 0:
        raise ValueError("window_days must be 0 or more")
    query = sa.select(
        models.Incident.id,
        models.Incident.facility_id,
        models.Incident.facility_name,
        models.Incident.country,
        models.Incident.date_from,
    ).where(
        models.Incident.status != IncidentStatus.REJECTED.value,
        models.Incident.date_from.is_not(None),
        models.Incident.date_from == models.Incident.date_to,
        sa.or_(models.Incident.facility_id.is_not(None), models.Incident.facility_name.is_not(None)),
    )
    if country:
        query = query.where(models.Incident.country == country.upper())
    if since:
        query = query.where(models.Incident.date_from >= since)
    groups: dict[tuple[str | None, str], list[tuple[date, str, str | None, str]]] = defaultdict(list)
    for incident_id, facility_id, name, incident_country, day in session.execute(query):
        key = (None, facility_id) if facility_id else (incident_country, distinctive(name))
        if key[1]:
            groups[key].append((day, incident_id, facility_id, name or facility_id))
    found = []
    for (group_country, _), attacks in groups.items():
        attacks.sort()
        for (d1, id1, fid, label), (d2, id2, _, _) in pairwise(attacks):
            if (d2 - d1).days <= window_days:
                found.append(RepeatedAttack(label, fid, group_country, id1, id2, d1, d2))
    return sorted(found, key=lambda r: (r.first_date, r.first, r.second))


def flag_repeated(session: Session, *, window_days: int = WINDOW_DAYS, actor: str = ACTOR) -> list[str]:
    """Set ``repeated_attack`` on exactly the incidents in a repeated pair; return the ids whose flag changed."""
    flagged = {i for r in repeated_attacks(session, window_days=window_days) for i in (r.first, r.second)}
    stale = set(session.scalars(sa.select(models.Incident.id).where(models.Incident.repeated_attack.is_(True))))
    changed = sorted(flagged ^ stale)
    if changed:
        now = utcnow()
        updates = [{"id": i, "repeated_attack": i in flagged, "updated_at": now} for i in changed]
        bulk_update(session, models.Incident, updates)
        audit.append_all(
            session,
            (
                {"actor": actor, "action": "repeated_attack", "entity": "incident", "entity_id": u["id"]}
                | {"before": {"repeated_attack": not u["repeated_attack"]}}
                | {"after": {"repeated_attack": u["repeated_attack"], "window_days": window_days}}
                for u in updates
            ),
        )
        session.expire_all()
    return changed
