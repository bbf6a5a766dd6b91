"""The hash-chained audit log: intact chains verify; edits behind the app's back are found and named."""

from __future__ import annotations

import itertools
from datetime import UTC, datetime

import pytest
import sqlalchemy as sa
import typer
from typer.testing import CliRunner

from notatarget.cli import commands_store
from notatarget.domain import Mention, Report
from notatarget.store import Store, audit


@pytest.fixture
def cli() -> typer.Typer:
    app = typer.Typer()
    commands_store.register(app)
    return app


def _tamper(store: Store, statement: sa.Executable) -> None:
    """Change audit rows as an intruder with full database rights would: lift the append-only guard first."""
    with store.engine.begin() as connection:
        if store.engine.dialect.name == "sqlite":
            connection.exec_driver_sql("DROP TRIGGER audit_events_no_update")
            connection.exec_driver_sql("DROP TRIGGER audit_events_no_delete")
        else:
            connection.exec_driver_sql("ALTER TABLE audit_events DISABLE TRIGGER audit_events_append_only")
        connection.execute(statement)


def _changes(store: Store, n: int = 4) -> str:
    report = Report.from_text("Fictional audit test report about Testville.")
    store.add_report(report, [Mention(country="Freedonia", killed=0)])
    incident_id = store.create_incident(Mention(country="Freedonia"), list(store.mentions()), actor="linker")
    for k in range(n):
        store.update_incident(incident_id, {"killed": k + 1}, actor="reviewer", reason=f"update {k}")
    return incident_id


def test_chain_links_every_event(store: Store) -> None:
    _changes(store)
    events = store.audit_events()
    assert [e.seq for e in events] == list(range(1, len(events) + 1))
    assert events[0].prev_hash == audit.GENESIS
    assert all(later.prev_hash == earlier.hash for earlier, later in itertools.pairwise(events))
    result = store.verify_audit()
    assert (result.ok, result.checked, result.first_broken) == (True, len(events), None)


def test_edited_event_is_named(store_env: Store, cli: typer.Typer) -> None:
    _changes(store_env)
    ok = CliRunner().invoke(cli, ["audit", "verify"])
    assert ok.exit_code == 0, ok.output
    assert "intact: 6 events" in ok.output
    _tamper(store_env, sa.text("UPDATE audit_events SET actor = 'mallory' WHERE seq = 4"))  # behind the app's back
    result = store_env.verify_audit()
    assert (result.ok, result.first_broken) == (False, 4)
    assert "edited" in result.reason
    broken = CliRunner().invoke(cli, ["audit", "verify"])
    assert broken.exit_code == 1
    assert "broken at event 4" in broken.output


def test_edited_json_and_rehashed_event_breaks_the_next_link(store: Store) -> None:
    _changes(store)
    event = store.audit_events()[2]
    forged_after = {**event.after, "killed": 99}
    forged = audit.event_hash(
        seq=event.seq,
        at=event.at,
        actor=event.actor,
        action=event.action,
        entity=event.entity,
        entity_id=event.entity_id,
        before=event.before,
        after=forged_after,
        prev_hash=event.prev_hash,
    )
    table = sa.table("audit_events", sa.column("seq"), sa.column("after", sa.JSON), sa.column("hash"))
    _tamper(store, table.update().where(table.c.seq == 3).values(after=forged_after, hash=forged))
    result = store.verify_audit()
    assert (result.ok, result.first_broken) == (False, 4)
    assert "prev_hash" in result.reason


def test_anchor_catches_events_removed_from_the_end(store_env: Store, cli: typer.Typer) -> None:
    _changes(store_env)
    head = store_env.verify_audit().head
    assert head == store_env.audit_events()[-1].hash
    assert store_env.verify_audit(anchor=head).ok
    _tamper(store_env, sa.text("DELETE FROM audit_events WHERE seq >= 5"))
    assert store_env.verify_audit().ok  # a shorter chain is valid on its own
    result = CliRunner().invoke(cli, ["audit", "verify", "--anchor", head])
    assert result.exit_code == 1
    assert "broken at event 5" in result.output and "removed" in result.output


def test_deleted_event_is_found(store: Store) -> None:
    _changes(store)
    _tamper(store, sa.text("DELETE FROM audit_events WHERE seq = 2"))
    result = store.verify_audit()
    assert (result.ok, result.first_broken) == (False, 3)
    assert "missing" in result.reason


@pytest.mark.parametrize("statement", ["UPDATE audit_events SET actor = 'x'", "DELETE FROM audit_events"])
def test_database_refuses_to_change_audit_events(store: Store, statement: str) -> None:
    _changes(store, n=1)
    with pytest.raises(sa.exc.DBAPIError, match="append-only"), store.engine.begin() as connection:
        connection.exec_driver_sql(statement)
    if store.engine.dialect.name == "postgresql":
        with pytest.raises(sa.exc.DBAPIError, match="append-only"), store.engine.begin() as connection:
            connection.exec_driver_sql("TRUNCATE audit_events")
    assert store.verify_audit().checked == 3


def test_hash_is_canonical() -> None:
    at = datetime(2031, 3, 3, 10, 30, tzinfo=UTC)
    fields = dict(seq=1, at=at, actor="a", action="x", entity="e", entity_id="1", prev_hash=audit.GENESIS)
    one = audit.event_hash(**fields, before={"b": 1, "a": [1, 2]}, after=None)
    assert one == audit.event_hash(**fields, before={"a": [1, 2], "b": 1}, after=None)
    assert one != audit.event_hash(**fields, before={"a": [2, 1], "b": 1}, after=None)
    assert len(one) == 64
    with pytest.raises(ValueError, match="naive"):
        audit.event_hash(**{**fields, "at": datetime(2031, 3, 3)}, before=None, after=None)
    with pytest.raises(TypeError, match="cannot record"):
        audit.jsonable({"x": object()})


def test_many_events_appended_at_once_continue_the_chain(store: Store) -> None:
    _changes(store, 2)
    with store.session() as session:
        audit.append(session, actor="ana", action="note", entity="incident", entity_id="NT-1", after={"n": 0})
        added = audit.append_all(
            session,
            (
                {"actor": "linker", "action": "relink", "entity": "incident", "entity_id": f"NT-{n}"}
                | {"before": None, "after": {"n": n, "day": datetime(2031, 3, n, tzinfo=UTC).date()}}
                for n in range(1, 4)
            ),
        )
        audit.append(session, actor="ana", action="note", entity="incident", entity_id="NT-1", after={"n": 9})
    assert added == 3
    result = store.verify_audit()
    assert result.ok, result
    events = store.audit_events()
    assert [e.after for e in events[-5:]] == [
        {"n": 0},
        {"n": 1, "day": "2031-03-01"},
        {"n": 2, "day": "2031-03-02"},
        {"n": 3, "day": "2031-03-03"},
        {"n": 9},
    ]
