"""Index incidents by status and date: lists filtered by status (the public view) read in date order and page
deep without reading every row.

Revision ID: 0002
Revises: 0001
Create Date: 2026-11-25 17:55:00

The model declares it too: ``Index("ix_incidents_status_date_from", "status", "date_from")`` in
``Incident.__table_args__`` (store/models.py).
"""

from __future__ import annotations

from alembic import op

revision = "0002"
down_revision = "0001"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_index("ix_incidents_status_date_from", "incidents", ["status", "date_from"], unique=False)


def downgrade() -> None:
    op.drop_index("ix_incidents_status_date_from", table_name="incidents")
