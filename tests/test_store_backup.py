"""Backups are consistent while another thread writes; the CLI's db commands work on both backends."""

from __future__ import annotations

import json
import shutil
import sqlite3
import subprocess
import threading
import uuid
from pathlib import Path

import pytest
import sqlalchemy as sa
import typer
from sqlalchemy.engine import make_url
from typer.testing import CliRunner

from notatarget.cli import commands_store
from notatarget.domain import Mention, Report
from notatarget.errors import StoreError
from notatarget.store import BlobStore, Store
from notatarget.store.db import head_revision


@pytest.fixture
def cli() -> typer.Typer:
    app = typer.Typer()
    commands_store.register(app)
    return app


class Writer(threading.Thread):
    """Keeps changing one incident (each change appends an audit event) until stopped."""

    def __init__(self, store: Store) -> None:
        super().__init__()
        self.store, self.stop, self.writes, self.error = store, threading.Event(), 0, None
        store.add_report(Report.from_text("Fictional backup test report."), [Mention(country="Freedonia")])
        self.incident_id = store.create_incident(Mention(country="Freedonia"), list(store.mentions()), actor="t")

    def run(self) -> None:
        try:
            while not self.stop.is_set():
                self.writes += 1
                self.store.update_incident(self.incident_id, {"killed": self.writes}, actor="writer")
        except BaseException as exc:
            self.error = exc


def _backup_while_writing(store: Store, target: Path) -> Writer:
    writer = Writer(store)
    writer.start()
    try:
        while writer.writes < 5 and writer.is_alive():
            threading.Event().wait(0.01)
        store.backup(target)
        written_during = writer.writes
        while writer.writes < written_during + 5 and writer.is_alive():
            threading.Event().wait(0.01)
    finally:
        writer.stop.set()
        writer.join()
    assert writer.error is None
    return writer


def test_sqlite_backup_is_consistent_while_writing(sqlite_store: Store, tmp_path: Path) -> None:
    target = tmp_path / "backup" / "copy.db"
    writer = _backup_while_writing(sqlite_store, target)
    with sqlite3.connect(target) as connection:
        assert connection.execute("PRAGMA integrity_check").fetchone() == ("ok",)
    with Store.open(f"sqlite:///{target}", sqlite_store.blobs.root, upgrade=False) as copy:
        result = copy.verify_audit()
        assert result.ok, result
        assert 2 < result.checked < 2 + writer.writes  # a snapshot taken mid-way, chain intact
        assert copy.get_incident(writer.incident_id).values.killed == result.checked - 2
    assert not list(target.parent.glob(".*partial"))


@pytest.mark.postgres
def test_postgres_backup_restores_while_writing(postgres_url: str, tmp_path: Path) -> None:
    if not shutil.which("pg_restore"):
        pytest.skip("pg_restore is not installed")
    with Store.open(postgres_url, tmp_path / "blobs", upgrade=True) as store:
        writer = _backup_while_writing(store, tmp_path / "store.pgdump")
    url = make_url(postgres_url)
    restored_db = f"restore_{uuid.uuid4().hex[:10]}"
    admin = sa.create_engine(url.set(query={}), isolation_level="AUTOCOMMIT")
    with admin.connect() as connection:
        connection.exec_driver_sql(f'CREATE DATABASE "{restored_db}"')
    try:
        target = url.set(database=restored_db)
        libpq = target.set(drivername="postgresql", query={}).render_as_string(hide_password=False)
        subprocess.run(["pg_restore", "--no-owner", f"--dbname={libpq}", tmp_path / "store.pgdump"], check=True)
        with Store.open(target.render_as_string(hide_password=False), tmp_path / "blobs", upgrade=False) as copy:
            result = copy.verify_audit()
            assert result.ok and 2 < result.checked < 2 + writer.writes
            assert copy.revision() == head_revision()
    finally:
        with admin.connect() as connection:
            connection.exec_driver_sql(f'DROP DATABASE "{restored_db}" WITH (FORCE)')
        admin.dispose()


def test_backup_never_overwrites(store: Store, tmp_path: Path) -> None:
    existing = tmp_path / "existing"
    existing.write_text("keep me")
    with pytest.raises(StoreError, match="already exists"):
        store.backup(existing)
    assert existing.read_text() == "keep me"


def test_db_commands(store_env: Store, cli: typer.Typer, tmp_path: Path) -> None:
    runner = CliRunner()
    store_env.add_report(Report.from_text("Fictional CLI test report."))
    upgrade = runner.invoke(cli, ["db", "upgrade"])
    assert upgrade.exit_code == 0 and head_revision() in upgrade.output
    info = runner.invoke(cli, ["db", "info", "--json"])
    assert info.exit_code == 0, info.output
    data = json.loads(info.output)
    assert data["backend"] == store_env.engine.dialect.name
    assert data["counts"]["reports"] == 1 and data["schema_revision"] == head_revision()
    assert "***" in data["database"] or make_url(data["database"]).password is None
    text = runner.invoke(cli, ["db", "info"])
    assert "reports" in text.output and store_env.engine.dialect.name in text.output
    backup = runner.invoke(
        cli, ["db", "backup", str(tmp_path / "b" / "copy"), "--blobs", str(tmp_path / "b" / "blobs")]
    )
    assert backup.exit_code == 0, backup.output
    assert (tmp_path / "b" / "copy").stat().st_size > 0
    assert "1 new blobs copied" in backup.output
    assert list(BlobStore(tmp_path / "b" / "blobs")) == list(store_env.blobs)
    again = runner.invoke(cli, ["db", "backup", str(tmp_path / "b" / "copy")])
    assert again.exit_code != 0 and isinstance(again.exception, StoreError)


def test_help_explains_every_command(cli: typer.Typer) -> None:
    runner = CliRunner()
    for args in (["db"], ["audit"], ["evidence"], ["db", "backup"], ["evidence", "add"], ["evidence", "verify"]):
        result = runner.invoke(cli, [*args, "--help"])
        assert result.exit_code == 0 and "Usage" in result.output, args
