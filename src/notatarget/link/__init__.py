"""Mentions into incidents: the same attack told by several sources becomes one incident.

Pure core: :func:`cluster` (blocking, scoring, guarded clustering, stable ids) and :func:`resolve`
(an incident's values with its conflicts). See docs/linking.md.
"""

from notatarget.link.cluster import (
    Cluster,
    Clustering,
    Constraints,
    LinkRecord,
    PairEvidence,
    cluster,
    incident_id_for,
)
from notatarget.link.resolve import Conflict, Resolution, resolve
from notatarget.link.score import PairScore

__all__ = [
    "Cluster",
    "Clustering",
    "Conflict",
    "Constraints",
    "LinkRecord",
    "PairEvidence",
    "PairScore",
    "Resolution",
    "cluster",
    "incident_id_for",
    "resolve",
]
