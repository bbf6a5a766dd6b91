"""Alembic environment for the store. Run through :func:`notatarget.store.db.upgrade`, not alembic.ini."""

from __future__ import annotations

from alembic import context

from notatarget import config as settings
from notatarget.store.db import create_engine
from notatarget.store.models import Base


def _run(connection) -> None:  # type: ignore[no-untyped-def]
    context.configure(
        connection=connection,
        target_metadata=Base.metadata,
        render_as_batch=connection.dialect.name == "sqlite",
        compare_type=True,
    )
    with context.begin_transaction():
        context.run_migrations()


connection = context.config.attributes.get("connection")
if connection is not None:
    _run(connection)
else:
    engine = create_engine(context.config.get_main_option("sqlalchemy.url") or settings.database_url())
    with engine.begin() as conn:
        _run(conn)
    engine.dispose()
