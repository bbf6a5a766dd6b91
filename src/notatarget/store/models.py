"""The database schema as SQLAlchemy 2 models. Migrations in ``store/migrations`` create exactly this.

Tables: ``reports`` (immutable, id = SHA-256 of the raw bytes), ``mentions`` (one incident as one source
tells it), ``incidents`` (the canonical attack, stable public id), ``link_decisions`` (reviewer merges and
splits), ``facilities`` and ``facility_status`` (HeRAMS-style dated functionality), ``evidence`` and
``evidence_custody``, ``audit_events`` (append-only, hash-chained), ``users`` and ``api_tokens``.
Every timestamp is timezone-aware UTC (:class:`~notatarget.store.coltypes.UTCDateTime`).
"""

from __future__ import annotations

from datetime import date, datetime
from typing import Any

from sqlalchemy import (
    JSON,
    BigInteger,
    Boolean,
    Date,
    Float,
    ForeignKey,
    Index,
    Integer,
    MetaData,
    UniqueConstraint,
)
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column, relationship

from notatarget.store.coltypes import LongText, Str, UTCDateTime, utcnow

NAMING_CONVENTION = {
    "ix": "ix_%(column_0_label)s",
    "uq": "uq_%(table_name)s_%(column_0_N_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}

SHA256_LEN = 64


class Base(DeclarativeBase):
    """Declarative base with a naming convention so later migrations can alter constraints by name."""

    metadata = MetaData(naming_convention=NAMING_CONVENTION)
    type_annotation_map = {  # noqa: RUF012 - SQLAlchemy reads this class attribute
        str: LongText(),
        datetime: UTCDateTime(),
        date: Date(),
        float: Float(),
        int: Integer(),
        bool: Boolean(),
        dict[str, Any]: JSON(),
        list[Any]: JSON(),
    }


def _json_list() -> Mapped[list[Any]]:
    return mapped_column(JSON, default=list, nullable=False)


def _json_dict() -> Mapped[dict[str, Any]]:
    return mapped_column(JSON, default=dict, nullable=False)


def _created() -> Mapped[datetime]:
    return mapped_column(UTCDateTime, default=utcnow, nullable=False)


class Report(Base):
    """One received document; never changed once stored."""

    __tablename__ = "reports"

    id: Mapped[str] = mapped_column(Str(SHA256_LEN), primary_key=True)
    title: Mapped[str | None]
    publisher: Mapped[str | None]
    published: Mapped[date | None] = mapped_column(index=True)
    language: Mapped[str | None]
    source_url: Mapped[str | None]
    channel: Mapped[str] = mapped_column(default="file")
    media_type: Mapped[str] = mapped_column(default="text/plain")
    filename: Mapped[str | None]
    text: Mapped[str]
    size: Mapped[int] = mapped_column(BigInteger, default=0)
    blob_sha256: Mapped[str] = mapped_column(Str(SHA256_LEN))
    received_at: Mapped[datetime] = _created()

    mentions: Mapped[list[Mention]] = relationship(back_populates="report", order_by="Mention.ordinal")


class MentionValues:
    """The coded values shared by a mention and an incident (the ANNOTATION.md fields and a few extras).

    ``date`` keeps the text form (``YYYY-MM-DD``, ``YYYY-MM`` or ``YYYY``); ``date_from``/``date_to`` are the
    first and last day it covers, for range queries.
    """

    date: Mapped[str | None]
    date_precision: Mapped[str | None]
    date_from: Mapped[date | None] = mapped_column(index=True)
    date_to: Mapped[date | None] = mapped_column(index=True)
    time: Mapped[str | None]
    country: Mapped[str | None] = mapped_column(index=True)
    location: Mapped[str | None]
    admin1: Mapped[str | None]
    latitude: Mapped[float | None]
    longitude: Mapped[float | None]
    geo_precision: Mapped[str | None]
    facility_name: Mapped[str | None]
    facility_type: Mapped[str | None]
    attack_types: Mapped[list[Any]] = _json_list()
    weapons: Mapped[list[Any]] = _json_list()
    perpetrator: Mapped[str | None]
    killed: Mapped[int | None]
    injured: Mapped[int | None]
    health_workers_killed: Mapped[int | None]
    health_workers_injured: Mapped[int | None]
    injured_unspecified: Mapped[bool] = mapped_column(default=False)
    abducted: Mapped[int | None]
    arrested: Mapped[int | None]
    facility_damage: Mapped[str | None]
    service_impact: Mapped[str | None]
    resources: Mapped[list[Any]] = _json_list()
    background: Mapped[bool] = mapped_column(default=False)
    evidence: Mapped[str | None]
    description: Mapped[str | None]


class Mention(MentionValues, Base):
    """One incident as one report (``report_id``) or one imported dataset row (``source_*``) tells it."""

    __tablename__ = "mentions"
    __table_args__ = (
        UniqueConstraint("report_id", "ordinal"),
        UniqueConstraint("source_dataset", "source_record_id"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    report_id: Mapped[str | None] = mapped_column(ForeignKey("reports.id"), index=True)
    ordinal: Mapped[int | None]
    source_dataset: Mapped[str | None]
    source_record_id: Mapped[str | None]
    source_row: Mapped[int | None]
    source_codes: Mapped[dict[str, Any]] = _json_dict()
    certainty: Mapped[str | None]
    spans: Mapped[dict[str, Any]] = _json_dict()
    rules: Mapped[list[Any]] = _json_list()
    confidence: Mapped[float] = mapped_column(default=0.5)
    extractor_version: Mapped[str | None]
    incident_id: Mapped[str | None] = mapped_column(ForeignKey("incidents.id"), index=True)
    created_at: Mapped[datetime] = _created()

    report: Mapped[Report | None] = relationship(back_populates="mentions")
    incident: Mapped[Incident | None] = relationship(back_populates="mentions")


class Incident(MentionValues, Base):
    """The canonical attack: values chosen from its mentions or set by a reviewer.

    ``provenance`` maps a field to where its value came from (``{"mention": id}`` or ``{"actor": name}``);
    ``link_evidence`` says why its mentions were linked; ``conflicts`` lists fields whose mentions disagree.
    """

    __tablename__ = "incidents"
    __table_args__ = (
        Index("ix_incidents_status_certainty", "status", "certainty"),
        Index("ix_incidents_status_date_from", "status", "date_from"),
    )

    id: Mapped[str] = mapped_column(primary_key=True)
    certainty: Mapped[str] = mapped_column(default="possible")
    status: Mapped[str] = mapped_column(default="draft")
    facility_id: Mapped[str | None] = mapped_column(ForeignKey("facilities.id"), index=True)
    provenance: Mapped[dict[str, Any]] = _json_dict()
    link_evidence: Mapped[dict[str, Any]] = _json_dict()
    conflicts: Mapped[list[Any]] = _json_list()
    repeated_attack: Mapped[bool] = mapped_column(default=False)
    created_at: Mapped[datetime] = _created()
    updated_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow, onupdate=utcnow)

    mentions: Mapped[list[Mention]] = relationship(back_populates="incident", order_by="Mention.id")
    facility: Mapped[Facility | None] = relationship(back_populates="incidents")
    evidence_files: Mapped[list[Evidence]] = relationship(back_populates="incident")


class LinkDecision(Base):
    """A reviewer's merge or split (``kind``) of mentions and incidents, which linking must respect."""

    __tablename__ = "link_decisions"

    id: Mapped[int] = mapped_column(primary_key=True)
    kind: Mapped[str]
    mention_ids: Mapped[list[Any]] = _json_list()
    incident_ids: Mapped[list[Any]] = _json_list()
    actor: Mapped[str]
    at: Mapped[datetime] = _created()
    reason: Mapped[str | None]


class Facility(Base):
    """A health facility: identity (names, type, place, external ids) and service (services, beds, catchment)."""

    __tablename__ = "facilities"

    id: Mapped[str] = mapped_column(primary_key=True)
    name: Mapped[str]
    aliases: Mapped[list[Any]] = _json_list()
    facility_type: Mapped[str | None]
    country: Mapped[str | None] = mapped_column(index=True)
    admin1: Mapped[str | None]
    location: Mapped[str | None]
    latitude: Mapped[float | None]
    longitude: Mapped[float | None]
    operator: Mapped[str | None]
    services: Mapped[list[Any]] = _json_list()
    beds: Mapped[int | None]
    catchment_population: Mapped[int | None]
    source: Mapped[str | None]
    osm_id: Mapped[str | None] = mapped_column(index=True)
    external_ids: Mapped[dict[str, Any]] = _json_dict()
    created_at: Mapped[datetime] = _created()
    updated_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow, onupdate=utcnow)

    status_history: Mapped[list[FacilityStatus]] = relationship(
        back_populates="facility", order_by="FacilityStatus.as_of"
    )
    incidents: Mapped[list[Incident]] = relationship(back_populates="facility")


class FacilityStatus(Base):
    """One dated statement of a facility's functionality, with its reason and source."""

    __tablename__ = "facility_status"

    id: Mapped[int] = mapped_column(primary_key=True)
    facility_id: Mapped[str] = mapped_column(ForeignKey("facilities.id"), index=True)
    as_of: Mapped[date]
    functionality: Mapped[str]
    reason: Mapped[str | None]
    source: Mapped[str | None]
    incident_id: Mapped[str | None] = mapped_column(ForeignKey("incidents.id"), index=True)
    created_at: Mapped[datetime] = _created()

    facility: Mapped[Facility] = relationship(back_populates="status_history")


class Evidence(Base):
    """A photo, video or document kept byte for byte in the blob store under its SHA-256."""

    __tablename__ = "evidence"

    sha256: Mapped[str] = mapped_column(Str(SHA256_LEN), primary_key=True)
    filename: Mapped[str]
    media_type: Mapped[str]
    size: Mapped[int] = mapped_column(BigInteger)
    incident_id: Mapped[str | None] = mapped_column(ForeignKey("incidents.id"), index=True)
    added_by: Mapped[str]
    added_at: Mapped[datetime] = _created()

    incident: Mapped[Incident | None] = relationship(back_populates="evidence_files")
    custody: Mapped[list[EvidenceCustody]] = relationship(back_populates="evidence", order_by="EvidenceCustody.id")


class EvidenceCustody(Base):
    """One link of the custody chain: who ``added``, ``viewed``, ``exported`` or ``verified`` a file, and when."""

    __tablename__ = "evidence_custody"

    id: Mapped[int] = mapped_column(primary_key=True)
    evidence_sha256: Mapped[str] = mapped_column(ForeignKey("evidence.sha256"), index=True)
    actor: Mapped[str]
    action: Mapped[str]
    at: Mapped[datetime] = _created()
    note: Mapped[str | None]

    evidence: Mapped[Evidence] = relationship(back_populates="custody")


class AuditEvent(Base):
    """Who changed what, when, before and after. Append-only; ``hash`` chains each event to the one before."""

    __tablename__ = "audit_events"
    __table_args__ = (Index("ix_audit_events_entity", "entity", "entity_id"),)

    seq: Mapped[int] = mapped_column(primary_key=True, autoincrement=False)
    at: Mapped[datetime]
    actor: Mapped[str]
    action: Mapped[str]
    entity: Mapped[str]
    entity_id: Mapped[str]
    before: Mapped[dict[str, Any] | None] = mapped_column(JSON)
    after: Mapped[dict[str, Any] | None] = mapped_column(JSON)
    prev_hash: Mapped[str] = mapped_column(Str(SHA256_LEN))
    hash: Mapped[str] = mapped_column(Str(SHA256_LEN), unique=True)


class User(Base):
    """A person who signs in to the web app; ``role`` is viewer, contributor, reviewer or admin."""

    __tablename__ = "users"

    id: Mapped[int] = mapped_column(primary_key=True)
    username: Mapped[str] = mapped_column(unique=True)
    password_hash: Mapped[str]
    role: Mapped[str] = mapped_column(default="viewer")
    active: Mapped[bool] = mapped_column(default=True)
    created_at: Mapped[datetime] = _created()

    tokens: Mapped[list[ApiToken]] = relationship(back_populates="user")


class ApiToken(Base):
    """An API token, kept only as the SHA-256 of the token."""

    __tablename__ = "api_tokens"

    id: Mapped[int] = mapped_column(primary_key=True)
    token_hash: Mapped[str] = mapped_column(Str(SHA256_LEN), unique=True)
    user_id: Mapped[int] = mapped_column(ForeignKey("users.id"), index=True)
    name: Mapped[str | None]
    created_at: Mapped[datetime] = _created()
    last_used: Mapped[datetime | None]
    revoked_at: Mapped[datetime | None]

    user: Mapped[User] = relationship(back_populates="tokens")
