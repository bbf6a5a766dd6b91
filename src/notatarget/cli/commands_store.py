"""``notatarget db``, ``notatarget audit`` and ``notatarget evidence``: the store, its audit chain and evidence.

The database and blob folder come from ``NOTATARGET_DATABASE_URL`` and ``NOTATARGET_BLOB_DIR`` (see
``notatarget.config``); ``--database-url`` overrides the first for one command.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import TYPE_CHECKING, Annotated

import typer

from notatarget.cli.options import UrlOption, default_actor

if TYPE_CHECKING:
    from notatarget.store import Store

db_app = typer.Typer(
    help="The database: create or migrate its schema, back it up, show what it holds.", no_args_is_help=True
)
audit_app = typer.Typer(help="The hash-chained audit log of every change.", no_args_is_help=True)
evidence_app = typer.Typer(help="Evidence files (photos, videos, documents), kept byte for byte.", no_args_is_help=True)


def _open(url: str | None, *, upgrade: bool | None = None) -> Store:
    from notatarget.store import Store

    return Store.open(url, upgrade=upgrade)


@db_app.command("upgrade")
def db_upgrade(database_url: UrlOption = None) -> None:
    """Create the database or migrate it to the newest schema (safe to run again)."""
    with _open(database_url, upgrade=True) as store:
        typer.echo(f"{store.display_url} is at schema {store.revision()}")


@db_app.command("backup")
def db_backup(
    path: Annotated[Path, typer.Argument(help="File to write; must not exist yet.")],
    blobs: Annotated[
        Path | None,
        typer.Option(help="Also copy the raw reports and evidence files into this folder (only those it lacks)."),
    ] = None,
    database_url: UrlOption = None,
) -> None:
    """Write a consistent copy of the database, even while others write to it.

    SQLite: a database file (open it with sqlite3 or point NOTATARGET_DATABASE_URL at it).
    PostgreSQL: a pg_dump custom archive (restore with pg_restore). With --blobs, the blob folder is copied
    after the database, so every file the copy names is there.
    """
    from notatarget.store import BlobStore

    with _open(database_url, upgrade=False) as store:
        written = store.backup(path)
        typer.echo(f"backup written to {written} ({written.stat().st_size} bytes)")
        if blobs is not None:
            copied = store.blobs.copy_to(BlobStore(blobs))
            typer.echo(f"{copied} new blobs copied to {blobs}")


@db_app.command("info")
def db_info(
    database_url: UrlOption = None,
    as_json: Annotated[bool, typer.Option("--json", help="Print JSON instead of text.")] = False,
) -> None:
    """Show which database and blob folder are in use, the schema revision and the rows per table."""
    from notatarget.store.db import head_revision

    with _open(database_url, upgrade=False) as store:
        revision = store.revision()
        info = {
            "database": store.display_url,
            "backend": store.engine.dialect.name,
            "blob_dir": str(store.blobs.root),
            "schema_revision": revision,
            "newest_revision": head_revision(),
            "counts": store.counts() if revision else {},
        }
    if as_json:
        typer.echo(json.dumps(info, indent=2))
        return
    for key in ("database", "backend", "blob_dir", "schema_revision", "newest_revision"):
        typer.echo(f"{key + ':':<17}{info[key] or '(none: run `notatarget db upgrade`)'}")
    for table, count in info["counts"].items():
        typer.echo(f"  {table:<18}{count:>10}")


@audit_app.command("verify")
def audit_verify(
    anchor: Annotated[
        str | None,
        typer.Option(help="A head hash printed by an earlier run; fail if the chain no longer contains it."),
    ] = None,
    database_url: UrlOption = None,
) -> None:
    """Recompute the audit chain; exit 1 and name the first broken event if anything was altered.

    On success prints the head hash: keep it (e.g. with each backup) and pass it as --anchor later to detect
    events removed from the end of the chain.
    """
    with _open(database_url) as store:
        result = store.verify_audit(anchor=anchor)
    if not result.ok:
        typer.secho(str(result), fg="red", err=True)
        raise typer.Exit(1)
    typer.echo(str(result))


@evidence_app.command("add")
def evidence_add(
    file: Annotated[Path, typer.Argument(help="The photo, video or document.", exists=True, dir_okay=False)],
    incident: Annotated[str, typer.Option("--incident", help="Id of the incident it documents, e.g. NT-ABCDE12345.")],
    actor: Annotated[str | None, typer.Option(help="Who adds it (default: your user name).")] = None,
    database_url: UrlOption = None,
) -> None:
    """Keep a file as evidence of an incident; prints its SHA-256 (equal to `sha256sum FILE`)."""
    with _open(database_url) as store:
        item, created = store.add_evidence(file, incident_id=incident, actor=default_actor(actor))
    state = "added" if created else "already kept"
    typer.echo(f"{item.sha256}  {item.filename}  ({item.media_type}, {item.size} bytes, {state})")


@evidence_app.command("verify")
def evidence_verify(
    actor: Annotated[str | None, typer.Option(help="Who verifies (logged in each file's custody chain).")] = None,
    database_url: UrlOption = None,
) -> None:
    """Re-hash every evidence file; list altered or missing ones and exit 1 if there are any."""
    with _open(database_url) as store:
        checks = store.verify_evidence(actor=default_actor(actor))
    bad = [c for c in checks if c.state != "ok"]
    for check in bad:
        typer.secho(
            f"{check.state.upper()}: {check.sha256}  {check.filename}  (incident {check.incident_id})", err=True
        )
    typer.echo(f"{len(checks) - len(bad)} of {len(checks)} evidence files intact")
    if bad:
        raise typer.Exit(1)


def register(app: typer.Typer) -> None:
    app.add_typer(db_app, name="db")
    app.add_typer(audit_app, name="audit")
    app.add_typer(evidence_app, name="evidence")
