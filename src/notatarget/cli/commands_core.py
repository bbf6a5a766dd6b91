"""``notatarget ingest``, ``reports``, ``incidents``, ``show``, ``demo``: take reports in, see what is known."""

from __future__ import annotations

import csv
import io
import json
import sys
from pathlib import Path
from typing import Annotated, Any

import typer

from notatarget.cli.options import ActorOption, UrlOption, default_actor, parse_code, parse_day
from notatarget.errors import NotatargetError

FORMATS = ("table", "json", "csv")


def ingest_command(
    paths: Annotated[list[Path], typer.Argument(help="Files or folders (read recursively).")],
    published: Annotated[str | None, typer.Option(help="Publication date YYYY-MM-DD (overrides the file's).")] = None,
    publisher: Annotated[str | None, typer.Option(help="Who published the reports.")] = None,
    url: Annotated[str | None, typer.Option(help="Where the report came from.")] = None,
    language: Annotated[str | None, typer.Option(help="Language code, when detection should be overridden.")] = None,
    actor: ActorOption = None,
    database_url: UrlOption = None,
) -> None:
    """Read reports into the store, extract their incidents and link them to what is known.

    Each report is stored with its incidents in one transaction; the same bytes again are skipped. Ends with
    a summary; the exit status is 1 when any file failed.
    """
    from rich.progress import Progress

    from notatarget.ingest import ingest_paths, iter_files
    from notatarget.store import Store

    parse_day(published, "--published")
    files = list(iter_files(paths))
    if not files:
        raise NotatargetError("no files to ingest", hint="name files or folders that hold reports")
    with Store.open(database_url) as store, Progress(transient=True, console=_stderr()) as progress:
        task = progress.add_task("ingesting", total=len(files))

        def advance(path: Path, outcomes: list[Any]) -> None:
            progress.update(task, advance=1, description=path.name[:40])

        summary = ingest_paths(
            store,
            files,
            published=published,
            publisher=publisher,
            url=url,
            language=language,
            actor=default_actor(actor),
            on_file=advance,
        )
    for outcome in summary.failed:
        typer.secho(f"failed: {outcome.source}: {outcome.reason}", fg="red", err=True)
    typer.echo(
        f"{summary.count('new')} new reports, {summary.count('duplicate')} duplicates skipped, "
        f"{len(summary.failed)} failed; {len(summary.incidents)} incidents touched"
    )
    if summary.failed:
        raise typer.Exit(1)


def reports_command(
    limit: Annotated[int, typer.Option(help="How many, newest first.")] = 50,
    fmt: Annotated[str, typer.Option("--format", "-f", help="table, json or csv.")] = "table",
    database_url: UrlOption = None,
) -> None:
    """List the reports received, newest first."""
    from notatarget.store import Store

    with Store.open(database_url) as store:
        rows = [
            {
                "id": r.id,
                "received": r.received_at.isoformat(timespec="seconds") if r.received_at else None,
                "published": r.published.isoformat() if r.published else None,
                "publisher": r.publisher,
                "language": r.language,
                "title": r.title,
                "filename": r.filename,
            }
            for r in store.reports(limit=limit)
        ]
    _emit(rows, fmt, columns=("id", "published", "publisher", "language", "title"), short_id=True)


def incidents_command(
    country: Annotated[str | None, typer.Option(help="ISO 3166 alpha-3 code, e.g. SYR.")] = None,
    since: Annotated[str | None, typer.Option(help="From YYYY-MM-DD.")] = None,
    until: Annotated[str | None, typer.Option(help="Up to YYYY-MM-DD.")] = None,
    attack_type: Annotated[str | None, typer.Option("--type", help="An attack type code, e.g. heavy_weapons.")] = None,
    certainty: Annotated[str | None, typer.Option(help="rumour, possible, probable or confirmed.")] = None,
    status: Annotated[str | None, typer.Option(help="draft, reviewed, published, withheld or rejected.")] = None,
    limit: Annotated[int | None, typer.Option(help="At most this many.")] = None,
    fmt: Annotated[str, typer.Option("--format", "-f", help="table, json or csv.")] = "table",
    database_url: UrlOption = None,
) -> None:
    """List incidents matching the filters, by date. JSON lists each incident's mentions and their sources."""
    from notatarget.domain import AttackType, Certainty, IncidentStatus
    from notatarget.link.store import members_by_incident
    from notatarget.store import Store

    filters = {
        "country": country.upper() if country else None,
        "since": parse_day(since, "--since"),
        "until": parse_day(until, "--until"),
        "attack_type": parse_code(AttackType, attack_type, "--type"),
        "certainty": parse_code(Certainty, certainty, "--certainty"),
        "status": parse_code(IncidentStatus, status, "--status"),
    }
    with Store.open(database_url) as store:
        incidents = store.list_incidents(**filters, limit=limit)
        members: dict[str, list[dict[str, Any]]] = {}
        if fmt == "json":
            with store.session(readonly=True) as session:
                members = members_by_incident(session, [i.id for i in incidents])
    rows = []
    for incident in incidents:
        row = {"id": incident.id, "certainty": incident.certainty, "status": incident.status}
        row.update(incident.values.to_annotation())
        row.pop("evidence", None)
        if fmt == "json":
            row["facility_id"] = incident.facility_id
            row["mentions"] = members.get(incident.id, [])
        rows.append(row)
    _emit(
        rows,
        fmt,
        columns=("id", "date", "country", "location", "facility_type", "attack_types", "killed", "injured", "status"),
    )


def show_command(
    incident_id: Annotated[str, typer.Argument(help="The incident's id (NT-...).")],
    fmt: Annotated[str, typer.Option("--format", "-f", help="text or json.")] = "text",
    database_url: UrlOption = None,
) -> None:
    """Show one incident: its values, each mention with the sentences behind its values, and its history."""
    from notatarget.store import Store

    with Store.open(database_url) as store:
        incident = store.get_incident(incident_id)
        mentions = store.mentions(incident_id=incident_id)
        reports = {m.report_id: store.get_report(m.report_id) for m in mentions.values() if m.report_id}
        history = store.audit_events(entity="incident", entity_id=incident_id)
    if fmt == "json":
        typer.echo(
            json.dumps(
                {
                    "id": incident.id,
                    "certainty": incident.certainty,
                    "status": incident.status,
                    "facility_id": incident.facility_id,
                    "values": incident.values.to_dict(),
                    "mentions": {str(k): m.to_dict() for k, m in mentions.items()},
                    "history": [_event(e) for e in history],
                },
                ensure_ascii=False,
                indent=2,
                default=str,
            )
        )
        return
    _show_text(incident, mentions, reports, history)


def demo_command(
    home: Annotated[
        Path | None, typer.Option(help="Folder for the demo database (default: a 'demo' folder in the data folder).")
    ] = None,
    serve: Annotated[bool, typer.Option("--serve/--no-serve", help="Open the web app on the demo database.")] = True,
    host: Annotated[str, typer.Option(help="Address for the web app.")] = "127.0.0.1",
    port: Annotated[int, typer.Option(help="Port for the web app.")] = 8000,
) -> None:
    """Build a fresh SQLite database from the fictional sample reports, show what was found, open the web app."""
    from notatarget.demo import build_demo

    result = build_demo(home)
    typer.echo(result.describe())
    if serve:
        from notatarget.web import run

        typer.echo(f"Web app: http://{host}:{port}/  (sign in as {result.username} / {result.password}; Ctrl+C stops)")
        run(result.store, host=host, port=port)
    result.store.close()


def register(app: typer.Typer) -> None:
    app.command("ingest")(ingest_command)
    app.command("reports")(reports_command)
    app.command("incidents")(incidents_command)
    app.command("show")(show_command)
    app.command("demo")(demo_command)


# --- helpers -------------------------------------------------------------------------------------------


def _stderr():  # type: ignore[no-untyped-def]
    from rich.console import Console

    return Console(stderr=True)


def _cell(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, list):
        return ", ".join(str(v) for v in value)
    return str(value)


def _emit(rows: list[dict[str, Any]], fmt: str, *, columns: tuple[str, ...], short_id: bool = False) -> None:
    if fmt == "json":
        typer.echo(json.dumps(rows, ensure_ascii=False, indent=2, default=str))
    elif fmt == "csv":
        out = io.StringIO()
        names = list(rows[0]) if rows else list(columns)
        writer = csv.DictWriter(out, fieldnames=names, extrasaction="ignore")
        writer.writeheader()
        for row in rows:
            writer.writerow({k: _cell(v) for k, v in row.items()})
        sys.stdout.write(out.getvalue())
    elif fmt == "table":
        from rich.console import Console
        from rich.table import Table

        table = Table(show_lines=False)
        for n, column in enumerate(columns):
            table.add_column(column, no_wrap=n == 0, overflow="fold")
        for row in rows:
            cells = [_cell(row.get(c)) for c in columns]
            if short_id:
                cells[0] = cells[0][:12]
            table.add_row(*cells)
        Console(soft_wrap=False, width=None if sys.stdout.isatty() else 160).print(table)
        typer.echo(f"{len(rows)} shown")
    else:
        raise NotatargetError(f"unknown format {fmt!r}", hint="choose " + ", ".join(FORMATS))


def _event(event: Any) -> dict[str, Any]:
    return {
        "seq": event.seq,
        "at": event.at.isoformat(timespec="seconds"),
        "actor": event.actor,
        "action": event.action,
        "before": event.before,
        "after": event.after,
    }


def sentence_around(text: str, start: int, end: int, limit: int = 400) -> str:
    """The sentence (or line) of ``text`` that holds ``start:end``, trimmed to ``limit`` characters."""
    left = max(text.rfind(". ", 0, start), text.rfind("\n", 0, start))
    right_candidates = [i for i in (text.find(". ", end), text.find("\n", end)) if i != -1]
    right = min(right_candidates) + 1 if right_candidates else len(text)
    sentence = " ".join(text[left + 1 : right].split())
    return sentence if len(sentence) <= limit else sentence[: limit - 1] + "…"


def _show_text(incident: Any, mentions: dict[int, Any], reports: dict[str, Any], history: list[Any]) -> None:
    from rich.console import Console
    from rich.markup import escape
    from rich.table import Table

    console = Console(width=None if sys.stdout.isatty() else 160)
    console.print(f"[bold]{escape(incident.id)}[/bold]  certainty: {incident.certainty}  status: {incident.status}")
    values = Table("field", "value", show_header=False)
    for name, value in incident.values.to_annotation().items():
        if value not in (None, [], False, "") and name != "evidence":
            values.add_row(name, escape(_cell(value)))
    console.print(values)
    for mention_id, mention in mentions.items():
        report = reports.get(mention.report_id)
        if report is not None:
            source = (
                f"report {report.id[:12]} — {report.publisher or 'unknown publisher'}, {report.published or 'undated'}"
            )
        elif mention.source_record:
            source = f"{mention.source_record.dataset} record {mention.source_record.record_id}"
        else:
            source = "no source"
        console.print(f"\n[bold]mention {mention_id}[/bold] from {escape(source)}")
        for name, spans in mention.spans.items():
            for span in list({(s.start, s.end): s for s in spans}.values())[:2]:
                quote = sentence_around(report.text, span.start, span.end) if report else span.text
                console.print(
                    f"  {name}: {escape(_cell(getattr(mention, name, None)))}  ← “{escape(quote)}” [{span.rule}]"
                )
    console.print("\n[bold]history[/bold]")
    for event in history:
        console.print(f"  {event.at:%Y-%m-%d %H:%M} {escape(event.actor)} {event.action}")
