"""The public field policy: which incidents and which of their fields may leave in a public output.

A policy is a versioned TOML file (``publish/policy/public-v1.toml`` is the default) holding an
allow-list: :func:`public_record` reads only the listed fields, so a field added to the database later is
never published by accident. A policy may list only fields from :data:`PUBLISHABLE`; names, narratives,
evidence, sources and exact places are refused even if someone writes them into a policy file.
Coordinates are generalised to the province centroid (when the gazetteer knows it) or a grid cell.
"""

from __future__ import annotations

import math
import tomllib
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources
from pathlib import Path
from typing import Any

from notatarget import domain
from notatarget.errors import ConfigError, NotatargetError, PermissionDenied

DEFAULT_POLICY = "public-v1"

#: The only fields a public policy may list: codes, counts and coarse places, nothing written by a person.
PUBLISHABLE: frozenset[str] = frozenset(
    {
        "id",
        "date",
        "date_precision",
        "time",
        "country",
        "admin1",
        "facility_type",
        "attack_types",
        "weapons",
        "resources",
        "killed",
        "injured",
        "health_workers_killed",
        "health_workers_injured",
        "injured_unspecified",
        "abducted",
        "arrested",
        "facility_damage",
        "service_impact",
        "certainty",
        "status",
    }
)
_LIST_FIELDS = frozenset({"attack_types", "weapons", "resources"})
COORDINATE_METHODS = ("admin1_centroid", "grid", "none")
#: Fields added by coordinate generalisation.
GEO_FIELDS = ("latitude", "longitude", "geo_precision")


@dataclass(frozen=True, slots=True)
class Policy:
    """A loaded public field policy."""

    name: str
    version: int
    statuses: tuple[str, ...]
    fields: tuple[str, ...]
    coordinates: str = "admin1_centroid"
    grid_degrees: float = 1.0

    @property
    def columns(self) -> tuple[str, ...]:
        """Every field of a public record, in order (the listed fields, then the generalised place)."""
        return self.fields + (GEO_FIELDS if self.coordinates != "none" else ())

    def allows(self, incident: Any) -> bool:
        """Whether the incident's status lets it appear in public outputs at all."""
        return _getter(incident)("status") in self.statuses


def load_policy(name: str | Path = DEFAULT_POLICY) -> Policy:
    """The policy named ``name`` (shipped with notatarget) or read from a ``.toml`` file path.

    Raises :class:`ConfigError` when the file is missing, malformed, or lists a field that may not be public.
    """
    if isinstance(name, Path) or str(name).endswith(".toml"):
        path = Path(name)
        try:
            data = path.read_bytes()
        except OSError as exc:
            raise ConfigError(f"cannot read the policy file {path}: {exc.strerror}") from exc
        return _parse(data, str(path))
    return _shipped(str(name))


@lru_cache(maxsize=8)
def _shipped(name: str) -> Policy:
    resource = resources.files("notatarget.publish") / "policy" / f"{name}.toml"
    if not resource.is_file():
        raise ConfigError(f"no shipped policy named {name!r}", hint=f"use {DEFAULT_POLICY!r} or a .toml file path")
    return _parse(resource.read_bytes(), name)


def _parse(data: bytes, origin: str) -> Policy:
    try:
        raw = tomllib.loads(data.decode("utf-8"))
        coordinates = raw.get("coordinates", {})
        policy = Policy(
            name=str(raw["name"]),
            version=int(raw["version"]),
            statuses=tuple(domain.IncidentStatus.parse(s).value for s in raw["statuses"]),
            fields=tuple(str(f) for f in raw["fields"]),
            coordinates=str(coordinates.get("method", "admin1_centroid")),
            grid_degrees=float(coordinates.get("grid_degrees", 1.0)),
        )
    except (tomllib.TOMLDecodeError, UnicodeDecodeError, KeyError, TypeError, ValueError) as exc:
        raise ConfigError(f"policy {origin} is not a valid policy file: {exc}") from exc
    if refused := sorted(set(policy.fields) - PUBLISHABLE):
        raise ConfigError(
            f"policy {origin} lists fields that may never be public: {', '.join(refused)}",
            hint=f"a public policy may list only: {', '.join(sorted(PUBLISHABLE))}",
        )
    if policy.coordinates not in COORDINATE_METHODS or not 0.1 <= policy.grid_degrees <= 10:
        raise ConfigError(
            f"policy {origin}: coordinates.method must be one of {', '.join(COORDINATE_METHODS)} "
            "and grid_degrees between 0.1 and 10"
        )
    return policy


def public_record(incident: Any, policy: Policy | None = None) -> dict[str, Any]:
    """The public form of an incident: only the policy's fields, with generalised coordinates.

    ``incident`` may be a :class:`notatarget.domain.Incident`, a stored incident row, or a mapping of
    field names (as streamed by the exporters). Raises :class:`PermissionDenied` for an incident whose
    status the policy does not publish.
    """
    policy = policy or load_policy()
    get = _getter(incident)
    if get("status") not in policy.statuses:
        raise PermissionDenied(
            f"incident {get('id')} is {get('status')}; the {policy.name} policy publishes only "
            f"{', '.join(policy.statuses)} incidents"
        )
    record = {name: get(name) for name in policy.fields}
    for name in _LIST_FIELDS.intersection(record):
        if record[name] is not None:
            record[name] = list(record[name])  # a copy: the caller's incident stays untouched
    if policy.coordinates != "none":
        record.update(zip(GEO_FIELDS, generalise(get, policy), strict=True))
    return record


def generalise(get: Callable[[str], Any], policy: Policy) -> tuple[float | None, float | None, str | None]:
    """Coarse coordinates of an incident and their precision: the province centroid, or the centre of the
    grid cell holding the exact point; (None, None, "country") when only the country is known."""
    if policy.coordinates == "admin1_centroid" and get("admin1") and (found := _admin1_centroid(get)):
        return found[0], found[1], "admin1"
    lat, lon = get("latitude"), get("longitude")
    if isinstance(lat, int | float) and isinstance(lon, int | float) and math.isfinite(lat + lon):
        step = policy.grid_degrees
        cell = (math.floor(lat / step) * step + step / 2, math.floor(lon / step) * step + step / 2)
        return round(min(cell[0], 90.0), 4), round(min(cell[1], 180.0), 4), f"grid_{step:g}deg"
    return None, None, "country" if get("country") else None


def _admin1_centroid(get: Callable[[str], Any]) -> tuple[float, float] | None:
    """The gazetteer's centroid of the incident's province; None (so: the grid) when it has none or fails."""
    lookup = _centroid_lookup()
    if lookup is None:
        return None
    try:
        return lookup(get("country"), str(get("admin1")))
    except NotatargetError:  # e.g. the gazetteer index cannot be built here
        return None


@lru_cache(maxsize=1)
def _centroid_lookup() -> Callable[[str | None, str], tuple[float, float] | None] | None:
    """The geo stage's ``admin1_centroid(country, admin1)``, cached; None while the gazetteer offers none."""
    try:
        from notatarget.geo import admin1_centroid
    except ImportError:
        return None
    return lru_cache(maxsize=4096)(admin1_centroid)


def _getter(incident: Any) -> Callable[[str], Any]:
    if isinstance(incident, Mapping):
        return incident.get
    if isinstance(incident, domain.Incident):
        own = {"id": incident.id, "certainty": incident.certainty, "status": incident.status}
        return lambda name: own[name] if name in own else getattr(incident.values, name, None)
    return lambda name: getattr(incident, name, None)
