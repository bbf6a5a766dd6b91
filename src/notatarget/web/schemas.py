"""Pydantic shapes of the JSON API (they make the OpenAPI schema); built from the store's rows."""

from __future__ import annotations

from datetime import date, datetime
from typing import Annotated, Any, Generic, Literal, TypeVar

from pydantic import BaseModel, ConfigDict, Field

from notatarget.domain import AttackType, Damage, FacilityType, GeoPrecision, Resource, ServiceImpact, Weapon

T = TypeVar("T")


class Values(BaseModel):
    """The coded values an incident or a mention carries (ANNOTATION.md fields)."""

    model_config = ConfigDict(from_attributes=True)

    date: str | None = None
    date_precision: str | None = None
    time: str | None = None
    country: str | None = None
    admin1: str | None = None
    location: str | None = None
    latitude: float | None = None
    longitude: float | None = None
    geo_precision: str | None = None
    facility_name: str | None = None
    facility_type: str | None = None
    attack_types: list[str] = []
    weapons: list[str] = []
    resources: list[str] = []
    perpetrator: str | None = None
    killed: int | None = None
    injured: int | None = None
    health_workers_killed: int | None = None
    health_workers_injured: int | None = None
    injured_unspecified: bool = False
    abducted: int | None = None
    arrested: int | None = None
    facility_damage: str | None = None
    service_impact: str | None = None


class IncidentOut(Values):
    id: str
    certainty: str
    status: str
    facility_id: str | None = None
    repeated_attack: bool = False
    updated_at: datetime | None = None


class MentionOut(Values):
    id: int
    incident_id: str | None = None
    report_id: str | None = None
    source_dataset: str | None = None
    source_record_id: str | None = None
    confidence: float
    extractor_version: str | None = None
    spans: dict[str, Any] = {}


class EvidenceOut(BaseModel):
    model_config = ConfigDict(from_attributes=True)

    sha256: str
    filename: str
    media_type: str
    size: int
    incident_id: str | None = None
    added_by: str
    added_at: datetime


class AuditOut(BaseModel):
    model_config = ConfigDict(from_attributes=True)

    seq: int
    at: datetime
    actor: str
    action: str
    entity: str
    entity_id: str
    before: dict[str, Any] | None = None
    after: dict[str, Any] | None = None
    hash: str


class IncidentDetail(IncidentOut):
    description: str | None = None
    provenance: dict[str, Any] = {}
    conflicts: list[Any] = []
    link_evidence: dict[str, Any] = {}
    mentions: list[MentionOut] = []
    evidence_files: list[EvidenceOut] = []


class ReportOut(BaseModel):
    model_config = ConfigDict(from_attributes=True)

    id: str
    title: str | None = None
    publisher: str | None = None
    published: date | None = None
    language: str | None = None
    source_url: str | None = None
    channel: str
    media_type: str
    filename: str | None = None
    size: int
    received_at: datetime


class ReportDetail(ReportOut):
    text: str
    mention_ids: list[int] = []


class FacilityStatusOut(BaseModel):
    model_config = ConfigDict(from_attributes=True)

    as_of: date
    functionality: str
    reason: str | None = None
    source: str | None = None
    incident_id: str | None = None


class FacilityOut(BaseModel):
    model_config = ConfigDict(from_attributes=True)

    id: str
    name: str
    aliases: list[str] = []
    facility_type: str | None = None
    country: str | None = None
    admin1: str | None = None
    location: str | None = None
    latitude: float | None = None
    longitude: float | None = None
    operator: str | None = None
    services: list[str] = []
    beds: int | None = None
    catchment_population: int | None = None


class FacilityDetail(FacilityOut):
    status_history: list[FacilityStatusOut] = []
    incident_ids: list[str] = []


class Page(BaseModel, Generic[T]):
    """One page of a list: ``items``, how many match in all, and ``next``: pass it as ``after`` for the next page
    (cheaper than a large ``offset``); null on the last page."""

    total: int
    limit: int
    offset: int
    items: list[T]
    next: str | None = None


Count = Annotated[int, Field(ge=0, le=100_000)]
Text = Annotated[str, Field(max_length=2000)]


class FieldValues(BaseModel):
    """The fields a reviewer may set; give only those to change (null clears one)."""

    model_config = ConfigDict(extra="forbid")

    date: Annotated[str, Field(pattern=r"^\d{4}(-(0[1-9]|1[0-2])(-(0[1-9]|[12]\d|3[01]))?)?$")] | None = None
    time: Text | None = None
    country: Text | None = None
    admin1: Text | None = None
    location: Text | None = None
    latitude: Annotated[float, Field(ge=-90, le=90)] | None = None
    longitude: Annotated[float, Field(ge=-180, le=180)] | None = None
    geo_precision: GeoPrecision | None = None
    facility_name: Text | None = None
    facility_type: FacilityType | None = None
    attack_types: list[AttackType] | None = None
    weapons: list[Weapon] | None = None
    resources: list[Resource] | None = None
    perpetrator: Text | None = None
    killed: Count | None = None
    injured: Count | None = None
    health_workers_killed: Count | None = None
    health_workers_injured: Count | None = None
    injured_unspecified: bool | None = None
    abducted: Count | None = None
    arrested: Count | None = None
    facility_damage: Damage | None = None
    service_impact: ServiceImpact | None = None
    description: Text | None = None


class Edit(BaseModel):
    """Field values to set and why."""

    values: FieldValues
    reason: str | None = Field(None, max_length=2000)


class Grade(BaseModel):
    certainty: Literal["rumour", "possible", "probable", "confirmed"]
    reason: str | None = Field(None, max_length=2000)


class Action(BaseModel):
    action: Literal["accept", "publish", "withhold", "reject", "reopen"]
    reason: str | None = Field(None, max_length=2000)


class Merge(BaseModel):
    incident_ids: list[Annotated[str, Field(min_length=1, max_length=100)]] = Field(min_length=2, max_length=50)
    reason: str | None = Field(None, max_length=2000)


class Split(BaseModel):
    mention_ids: list[Annotated[int, Field(ge=1, le=2**31 - 1)]] = Field(min_length=1, max_length=500)
    reason: str | None = Field(None, max_length=2000)


class TextReport(BaseModel):
    """A report given as pasted text."""

    text: str = Field(min_length=1)
    title: str | None = Field(None, max_length=500)
    publisher: str | None = Field(None, max_length=500)
    published: date | None = None
    source_url: str | None = Field(None, max_length=2000)


class IntakeResult(BaseModel):
    """What happened to one submitted file or text."""

    filename: str
    status: Literal["added", "duplicate", "rejected"]
    report_id: str | None = None
    incidents: list[str] = []
    message: str | None = None


class IntakeOut(BaseModel):
    message: str
    results: list[IntakeResult]


class UserOut(BaseModel):
    model_config = ConfigDict(from_attributes=True)

    id: int
    username: str
    role: str
    active: bool
    created_at: datetime


class UserCreate(BaseModel):
    username: str = Field(min_length=1, max_length=100, pattern=r"^[\w.@-]+$")
    password: str = Field(min_length=8, max_length=1024)
    role: Literal["viewer", "contributor", "reviewer", "admin"] = "viewer"


class LabelCount(BaseModel):
    label: str
    count: int


class Figures(BaseModel):
    """Dashboard figures; ``counts_what`` says what every number counts."""

    counts_what: str
    total: int
    by_country: list[LabelCount]
    by_facility_type: list[LabelCount]
    monthly_by_attack_type: dict[str, dict[str, int]]


class PointFeature(BaseModel):
    type: Literal["Feature"] = "Feature"
    geometry: dict[str, Any]
    properties: dict[str, Any]


class Points(BaseModel):
    """A GeoJSON FeatureCollection of located incidents; ``truncated`` when the limit cut it."""

    type: Literal["FeatureCollection"] = "FeatureCollection"
    features: list[PointFeature]
    truncated: bool = False
