"""Initial schema: reports, mentions, incidents, link decisions, facilities, evidence, audit log, users.

Revision ID: 0001
Revises: (none)
Create Date: 2026-11-25 16:41:34.003354
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0001"
down_revision = None
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "audit_events",
        sa.Column("seq", sa.Integer(), autoincrement=False, nullable=False),
        sa.Column("at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("actor", sa.Text(), nullable=False),
        sa.Column("action", sa.Text(), nullable=False),
        sa.Column("entity", sa.Text(), nullable=False),
        sa.Column("entity_id", sa.Text(), nullable=False),
        sa.Column("before", sa.JSON(), nullable=True),
        sa.Column("after", sa.JSON(), nullable=True),
        sa.Column("prev_hash", sa.String(length=64), nullable=False),
        sa.Column("hash", sa.String(length=64), nullable=False),
        sa.PrimaryKeyConstraint("seq", name=op.f("pk_audit_events")),
        sa.UniqueConstraint("hash", name=op.f("uq_audit_events_hash")),
    )
    with op.batch_alter_table("audit_events", schema=None) as batch_op:
        batch_op.create_index("ix_audit_events_entity", ["entity", "entity_id"], unique=False)

    op.create_table(
        "facilities",
        sa.Column("id", sa.Text(), nullable=False),
        sa.Column("name", sa.Text(), nullable=False),
        sa.Column("aliases", sa.JSON(), nullable=False),
        sa.Column("facility_type", sa.Text(), nullable=True),
        sa.Column("country", sa.Text(), nullable=True),
        sa.Column("admin1", sa.Text(), nullable=True),
        sa.Column("location", sa.Text(), nullable=True),
        sa.Column("latitude", sa.Float(), nullable=True),
        sa.Column("longitude", sa.Float(), nullable=True),
        sa.Column("operator", sa.Text(), nullable=True),
        sa.Column("services", sa.JSON(), nullable=False),
        sa.Column("beds", sa.Integer(), nullable=True),
        sa.Column("catchment_population", sa.Integer(), nullable=True),
        sa.Column("source", sa.Text(), nullable=True),
        sa.Column("osm_id", sa.Text(), nullable=True),
        sa.Column("external_ids", sa.JSON(), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("updated_at", sa.DateTime(timezone=True), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_facilities")),
    )
    with op.batch_alter_table("facilities", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_facilities_country"), ["country"], unique=False)
        batch_op.create_index(batch_op.f("ix_facilities_osm_id"), ["osm_id"], unique=False)

    op.create_table(
        "link_decisions",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("kind", sa.Text(), nullable=False),
        sa.Column("mention_ids", sa.JSON(), nullable=False),
        sa.Column("incident_ids", sa.JSON(), nullable=False),
        sa.Column("actor", sa.Text(), nullable=False),
        sa.Column("at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("reason", sa.Text(), nullable=True),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_link_decisions")),
    )
    op.create_table(
        "reports",
        sa.Column("id", sa.String(length=64), nullable=False),
        sa.Column("title", sa.Text(), nullable=True),
        sa.Column("publisher", sa.Text(), nullable=True),
        sa.Column("published", sa.Date(), nullable=True),
        sa.Column("language", sa.Text(), nullable=True),
        sa.Column("source_url", sa.Text(), nullable=True),
        sa.Column("channel", sa.Text(), nullable=False),
        sa.Column("media_type", sa.Text(), nullable=False),
        sa.Column("filename", sa.Text(), nullable=True),
        sa.Column("text", sa.Text(), nullable=False),
        sa.Column("size", sa.BigInteger(), nullable=False),
        sa.Column("blob_sha256", sa.String(length=64), nullable=False),
        sa.Column("received_at", sa.DateTime(timezone=True), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_reports")),
    )
    with op.batch_alter_table("reports", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_reports_published"), ["published"], unique=False)

    op.create_table(
        "users",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("username", sa.Text(), nullable=False),
        sa.Column("password_hash", sa.Text(), nullable=False),
        sa.Column("role", sa.Text(), nullable=False),
        sa.Column("active", sa.Boolean(), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_users")),
        sa.UniqueConstraint("username", name=op.f("uq_users_username")),
    )
    op.create_table(
        "api_tokens",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("token_hash", sa.String(length=64), nullable=False),
        sa.Column("user_id", sa.Integer(), nullable=False),
        sa.Column("name", sa.Text(), nullable=True),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("last_used", sa.DateTime(timezone=True), nullable=True),
        sa.Column("revoked_at", sa.DateTime(timezone=True), nullable=True),
        sa.ForeignKeyConstraint(["user_id"], ["users.id"], name=op.f("fk_api_tokens_user_id_users")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_api_tokens")),
        sa.UniqueConstraint("token_hash", name=op.f("uq_api_tokens_token_hash")),
    )
    with op.batch_alter_table("api_tokens", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_api_tokens_user_id"), ["user_id"], unique=False)

    op.create_table(
        "incidents",
        sa.Column("id", sa.Text(), nullable=False),
        sa.Column("certainty", sa.Text(), nullable=False),
        sa.Column("status", sa.Text(), nullable=False),
        sa.Column("facility_id", sa.Text(), nullable=True),
        sa.Column("provenance", sa.JSON(), nullable=False),
        sa.Column("link_evidence", sa.JSON(), nullable=False),
        sa.Column("conflicts", sa.JSON(), nullable=False),
        sa.Column("repeated_attack", sa.Boolean(), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("updated_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("date", sa.Text(), nullable=True),
        sa.Column("date_precision", sa.Text(), nullable=True),
        sa.Column("date_from", sa.Date(), nullable=True),
        sa.Column("date_to", sa.Date(), nullable=True),
        sa.Column("time", sa.Text(), nullable=True),
        sa.Column("country", sa.Text(), nullable=True),
        sa.Column("location", sa.Text(), nullable=True),
        sa.Column("admin1", sa.Text(), nullable=True),
        sa.Column("latitude", sa.Float(), nullable=True),
        sa.Column("longitude", sa.Float(), nullable=True),
        sa.Column("geo_precision", sa.Text(), nullable=True),
        sa.Column("facility_name", sa.Text(), nullable=True),
        sa.Column("facility_type", sa.Text(), nullable=True),
        sa.Column("attack_types", sa.JSON(), nullable=False),
        sa.Column("weapons", sa.JSON(), nullable=False),
        sa.Column("perpetrator", sa.Text(), nullable=True),
        sa.Column("killed", sa.Integer(), nullable=True),
        sa.Column("injured", sa.Integer(), nullable=True),
        sa.Column("health_workers_killed", sa.Integer(), nullable=True),
        sa.Column("health_workers_injured", sa.Integer(), nullable=True),
        sa.Column("injured_unspecified", sa.Boolean(), nullable=False),
        sa.Column("abducted", sa.Integer(), nullable=True),
        sa.Column("arrested", sa.Integer(), nullable=True),
        sa.Column("facility_damage", sa.Text(), nullable=True),
        sa.Column("service_impact", sa.Text(), nullable=True),
        sa.Column("resources", sa.JSON(), nullable=False),
        sa.Column("background", sa.Boolean(), nullable=False),
        sa.Column("evidence", sa.Text(), nullable=True),
        sa.Column("description", sa.Text(), nullable=True),
        sa.ForeignKeyConstraint(["facility_id"], ["facilities.id"], name=op.f("fk_incidents_facility_id_facilities")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_incidents")),
    )
    with op.batch_alter_table("incidents", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_incidents_country"), ["country"], unique=False)
        batch_op.create_index(batch_op.f("ix_incidents_date_from"), ["date_from"], unique=False)
        batch_op.create_index(batch_op.f("ix_incidents_date_to"), ["date_to"], unique=False)
        batch_op.create_index(batch_op.f("ix_incidents_facility_id"), ["facility_id"], unique=False)
        batch_op.create_index("ix_incidents_status_certainty", ["status", "certainty"], unique=False)

    op.create_table(
        "evidence",
        sa.Column("sha256", sa.String(length=64), nullable=False),
        sa.Column("filename", sa.Text(), nullable=False),
        sa.Column("media_type", sa.Text(), nullable=False),
        sa.Column("size", sa.BigInteger(), nullable=False),
        sa.Column("incident_id", sa.Text(), nullable=True),
        sa.Column("added_by", sa.Text(), nullable=False),
        sa.Column("added_at", sa.DateTime(timezone=True), nullable=False),
        sa.ForeignKeyConstraint(["incident_id"], ["incidents.id"], name=op.f("fk_evidence_incident_id_incidents")),
        sa.PrimaryKeyConstraint("sha256", name=op.f("pk_evidence")),
    )
    with op.batch_alter_table("evidence", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_evidence_incident_id"), ["incident_id"], unique=False)

    op.create_table(
        "facility_status",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("facility_id", sa.Text(), nullable=False),
        sa.Column("as_of", sa.Date(), nullable=False),
        sa.Column("functionality", sa.Text(), nullable=False),
        sa.Column("reason", sa.Text(), nullable=True),
        sa.Column("source", sa.Text(), nullable=True),
        sa.Column("incident_id", sa.Text(), nullable=True),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.ForeignKeyConstraint(
            ["facility_id"], ["facilities.id"], name=op.f("fk_facility_status_facility_id_facilities")
        ),
        sa.ForeignKeyConstraint(
            ["incident_id"], ["incidents.id"], name=op.f("fk_facility_status_incident_id_incidents")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_facility_status")),
    )
    with op.batch_alter_table("facility_status", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_facility_status_facility_id"), ["facility_id"], unique=False)
        batch_op.create_index(batch_op.f("ix_facility_status_incident_id"), ["incident_id"], unique=False)

    op.create_table(
        "mentions",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("report_id", sa.String(length=64), nullable=True),
        sa.Column("ordinal", sa.Integer(), nullable=True),
        sa.Column("source_dataset", sa.Text(), nullable=True),
        sa.Column("source_record_id", sa.Text(), nullable=True),
        sa.Column("source_row", sa.Integer(), nullable=True),
        sa.Column("source_codes", sa.JSON(), nullable=False),
        sa.Column("certainty", sa.Text(), nullable=True),
        sa.Column("spans", sa.JSON(), nullable=False),
        sa.Column("rules", sa.JSON(), nullable=False),
        sa.Column("confidence", sa.Float(), nullable=False),
        sa.Column("extractor_version", sa.Text(), nullable=True),
        sa.Column("incident_id", sa.Text(), nullable=True),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("date", sa.Text(), nullable=True),
        sa.Column("date_precision", sa.Text(), nullable=True),
        sa.Column("date_from", sa.Date(), nullable=True),
        sa.Column("date_to", sa.Date(), nullable=True),
        sa.Column("time", sa.Text(), nullable=True),
        sa.Column("country", sa.Text(), nullable=True),
        sa.Column("location", sa.Text(), nullable=True),
        sa.Column("admin1", sa.Text(), nullable=True),
        sa.Column("latitude", sa.Float(), nullable=True),
        sa.Column("longitude", sa.Float(), nullable=True),
        sa.Column("geo_precision", sa.Text(), nullable=True),
        sa.Column("facility_name", sa.Text(), nullable=True),
        sa.Column("facility_type", sa.Text(), nullable=True),
        sa.Column("attack_types", sa.JSON(), nullable=False),
        sa.Column("weapons", sa.JSON(), nullable=False),
        sa.Column("perpetrator", sa.Text(), nullable=True),
        sa.Column("killed", sa.Integer(), nullable=True),
        sa.Column("injured", sa.Integer(), nullable=True),
        sa.Column("health_workers_killed", sa.Integer(), nullable=True),
        sa.Column("health_workers_injured", sa.Integer(), nullable=True),
        sa.Column("injured_unspecified", sa.Boolean(), nullable=False),
        sa.Column("abducted", sa.Integer(), nullable=True),
        sa.Column("arrested", sa.Integer(), nullable=True),
        sa.Column("facility_damage", sa.Text(), nullable=True),
        sa.Column("service_impact", sa.Text(), nullable=True),
        sa.Column("resources", sa.JSON(), nullable=False),
        sa.Column("background", sa.Boolean(), nullable=False),
        sa.Column("evidence", sa.Text(), nullable=True),
        sa.Column("description", sa.Text(), nullable=True),
        sa.ForeignKeyConstraint(["incident_id"], ["incidents.id"], name=op.f("fk_mentions_incident_id_incidents")),
        sa.ForeignKeyConstraint(["report_id"], ["reports.id"], name=op.f("fk_mentions_report_id_reports")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_mentions")),
        sa.UniqueConstraint("report_id", "ordinal", name=op.f("uq_mentions_report_id_ordinal")),
        sa.UniqueConstraint(
            "source_dataset", "source_record_id", name=op.f("uq_mentions_source_dataset_source_record_id")
        ),
    )
    with op.batch_alter_table("mentions", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_mentions_country"), ["country"], unique=False)
        batch_op.create_index(batch_op.f("ix_mentions_date_from"), ["date_from"], unique=False)
        batch_op.create_index(batch_op.f("ix_mentions_date_to"), ["date_to"], unique=False)
        batch_op.create_index(batch_op.f("ix_mentions_incident_id"), ["incident_id"], unique=False)
        batch_op.create_index(batch_op.f("ix_mentions_report_id"), ["report_id"], unique=False)

    op.create_table(
        "evidence_custody",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("evidence_sha256", sa.String(length=64), nullable=False),
        sa.Column("actor", sa.Text(), nullable=False),
        sa.Column("action", sa.Text(), nullable=False),
        sa.Column("at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("note", sa.Text(), nullable=True),
        sa.ForeignKeyConstraint(
            ["evidence_sha256"], ["evidence.sha256"], name=op.f("fk_evidence_custody_evidence_sha256_evidence")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_evidence_custody")),
    )
    with op.batch_alter_table("evidence_custody", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_evidence_custody_evidence_sha256"), ["evidence_sha256"], unique=False)

    _protect_audit_events()


def downgrade() -> None:
    with op.batch_alter_table("evidence_custody", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_evidence_custody_evidence_sha256"))

    op.drop_table("evidence_custody")
    with op.batch_alter_table("mentions", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_mentions_report_id"))
        batch_op.drop_index(batch_op.f("ix_mentions_incident_id"))
        batch_op.drop_index(batch_op.f("ix_mentions_date_to"))
        batch_op.drop_index(batch_op.f("ix_mentions_date_from"))
        batch_op.drop_index(batch_op.f("ix_mentions_country"))

    op.drop_table("mentions")
    with op.batch_alter_table("facility_status", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_facility_status_incident_id"))
        batch_op.drop_index(batch_op.f("ix_facility_status_facility_id"))

    op.drop_table("facility_status")
    with op.batch_alter_table("evidence", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_evidence_incident_id"))

    op.drop_table("evidence")
    with op.batch_alter_table("incidents", schema=None) as batch_op:
        batch_op.drop_index("ix_incidents_status_certainty")
        batch_op.drop_index(batch_op.f("ix_incidents_facility_id"))
        batch_op.drop_index(batch_op.f("ix_incidents_date_to"))
        batch_op.drop_index(batch_op.f("ix_incidents_date_from"))
        batch_op.drop_index(batch_op.f("ix_incidents_country"))

    op.drop_table("incidents")
    with op.batch_alter_table("api_tokens", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_api_tokens_user_id"))

    op.drop_table("api_tokens")
    op.drop_table("users")
    with op.batch_alter_table("reports", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_reports_published"))

    op.drop_table("reports")
    op.drop_table("link_decisions")
    with op.batch_alter_table("facilities", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_facilities_osm_id"))
        batch_op.drop_index(batch_op.f("ix_facilities_country"))

    op.drop_table("facilities")
    with op.batch_alter_table("audit_events", schema=None) as batch_op:
        batch_op.drop_index("ix_audit_events_entity")

    if op.get_bind().dialect.name == "postgresql":
        op.execute("DROP TRIGGER audit_events_append_only ON audit_events")
        op.execute("DROP FUNCTION audit_events_append_only()")
    op.drop_table("audit_events")


def _protect_audit_events() -> None:
    """Make ``audit_events`` append-only in the database itself: UPDATE, DELETE (and TRUNCATE) are refused."""
    message = "audit_events is append-only"
    if op.get_bind().dialect.name == "sqlite":
        for statement in ("UPDATE", "DELETE"):
            op.execute(
                f"CREATE TRIGGER audit_events_no_{statement.lower()} BEFORE {statement} ON audit_events "
                f"BEGIN SELECT RAISE(ABORT, '{message}'); END"
            )
        return
    op.execute(
        "CREATE FUNCTION audit_events_append_only() RETURNS trigger LANGUAGE plpgsql AS "
        f"$$ BEGIN RAISE EXCEPTION '{message}'; END $$"
    )
    op.execute(
        "CREATE TRIGGER audit_events_append_only BEFORE UPDATE OR DELETE OR TRUNCATE ON audit_events "
        "FOR EACH STATEMENT EXECUTE FUNCTION audit_events_append_only()"
    )
