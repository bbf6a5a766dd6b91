"""Figures over the store: repeated targeting of facilities, facilities out of service and what it costs.

Every function takes a SQLAlchemy ``Session`` from ``Store.session()``.
"""

from collections.abc import Iterable

from sqlalchemy.orm import Session

from notatarget.analyze.facilities import (
    FacilityImport,
    FacilityState,
    ServiceLoss,
    attach_incidents,
    facility_states,
    import_facilities,
    service_loss,
)
from notatarget.analyze.repeated import WINDOW_DAYS, RepeatedAttack, flag_repeated, repeated_attacks

__all__ = [
    "WINDOW_DAYS",
    "FacilityImport",
    "FacilityState",
    "RepeatedAttack",
    "ServiceLoss",
    "after_linking",
    "attach_incidents",
    "facility_states",
    "flag_repeated",
    "import_facilities",
    "repeated_attacks",
    "service_loss",
]


def after_linking(session: Session, incident_ids: Iterable[str] | None = None) -> dict[str, int]:
    """Run after linking (import, ingest, ``notatarget link``): tie incidents to facilities and refresh the
    repeated-targeting flags. Returns how many incidents each step changed."""
    return {
        "facilities": attach_incidents(session, incident_ids),
        "repeated_flags": len(flag_repeated(session)),
    }
