"""``notatarget link``, ``import insecurity-insight|insecurity-insight-ew|osm|healthsites``, ``facilities``,
``facility show`` and ``alerts``: linking mentions into incidents, the facility registry, repeated targeting.
"""

from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path
from typing import Annotated, Any

import typer

from notatarget.cli.options import DryRun, FileArg, UrlOption, import_group, parse_day
from notatarget.errors import NotatargetError

FormatOption = Annotated[str, typer.Option("--format", "-f", help="text or json.")]
CountryOption = Annotated[str | None, typer.Option(help="ISO 3166 alpha-3 code.")]
facility_app = typer.Typer(help="One facility of the registry.", no_args_is_help=True)


def _emit(data: Any, fmt: str, text: Callable[[Any], str]) -> None:
    if fmt == "json":
        typer.echo(json.dumps(data, ensure_ascii=False, indent=2, default=str))
    elif fmt == "text":
        typer.echo(text(data))
    else:
        raise NotatargetError(f"unknown format {fmt!r}", hint="choose text or json")


def link_command(
    since: Annotated[
        str | None, typer.Option(help="Only mentions dated from YYYY-MM-DD on (and their neighbours).")
    ] = None,
    database_url: UrlOption = None,
) -> None:
    """Re-run linking: group mentions into incidents, respecting reviewers' merges and splits.

    Safe to run again: on unchanged data it changes nothing (same incidents, same ids).
    """
    from notatarget.analyze import after_linking
    from notatarget.link.store import relink
    from notatarget.store import Store

    with Store.open(database_url) as store, store.session() as session:
        summary = relink(session, since=parse_day(since, "--since"))
        extra = after_linking(session, summary.changed)
    typer.echo(f"linking: {summary.to_dict()}; {extra}")


def _ii_command(explosive_weapons: bool | None, kind: str) -> Callable[..., None]:
    def command(
        file: FileArg,
        dry_run: DryRun = False,
        skip_invalid: Annotated[
            bool, typer.Option("--skip-invalid", help="Import the valid rows and list the invalid ones.")
        ] = False,
        database_url: UrlOption = None,
    ) -> None:
        from notatarget.intake.datasets import read_insecurity_insight

        result = read_insecurity_insight(file, explosive_weapons=explosive_weapons, skip_invalid=skip_invalid)
        _report_skipped(result.skipped)
        if dry_run:
            typer.echo(f"{file}: {len(result.mentions)} row(s) valid as {result.dataset}; nothing stored (dry run)")
            return
        from notatarget.ingest import import_and_link
        from notatarget.store import Store

        with Store.open(database_url) as store:
            summary, extra = import_and_link(store, result.mentions, actor=f"import:{kind}")
        typer.echo(
            f"{file}: {summary.added} mention(s) added, {summary.already} already stored, "
            f"{len(result.skipped)} row(s) skipped; linking: {summary.link.to_dict()}; {extra}"
        )

    command.__doc__ = (
        "Import an Insecurity Insight explosive-weapons file (rows about health care)."
        if explosive_weapons
        else "Import an Insecurity Insight / SHCC incident file (CSV or XLSX, with or without HXL tags); "
        "explosive-weapons files are recognised."
    )
    return command


def _report_skipped(skipped: list[tuple[int, str]], shown: int = 10) -> None:
    """Name skipped rows on stderr, grouped by reason (a few row numbers each)."""
    by_reason: dict[str, list[int]] = {}
    for number, reason in skipped:
        by_reason.setdefault(reason, []).append(number)
    for reason, numbers in by_reason.items():
        more = f" and {len(numbers) - shown} more" if len(numbers) > shown else ""
        rows = ", ".join(map(str, numbers[:shown]))
        typer.echo(f"skipped {len(numbers)} row(s), {reason}: row {rows}{more}", err=True)


def _facility_import(source: str) -> Callable[..., None]:
    def command(
        file: Annotated[Path, typer.Argument(help="The file to read.", exists=True, dir_okay=False, readable=True)],
        country: CountryOption = None,
        dry_run: DryRun = False,
        database_url: UrlOption = None,
    ) -> None:
        from notatarget.geo.facilities import read_healthsites, read_osm

        read = read_osm if source == "osm" else read_healthsites
        items = read(file, country=country.upper() if country else None)
        if dry_run:
            typer.echo(f"{file}: {len(items)} facilit(ies) read; nothing stored (dry run)")
            return
        from notatarget.analyze import attach_incidents, import_facilities
        from notatarget.store import Store

        with Store.open(database_url) as store, store.session() as session:
            result = import_facilities(session, items, source=source, actor=f"import:{source}")
            attached = attach_incidents(session)
        typer.echo(
            f"{file}: {len(result.created)} facilit(ies) added, {len(result.existing)} already stored, "
            f"{result.statuses} status entr(ies); {attached} incident(s) tied to facilities"
        )

    command.__doc__ = (
        "Import the health facilities of an OpenStreetMap extract (.osm.pbf or .osm)."
        if source == "osm"
        else "Import a healthsites.io CSV export of health facilities."
    )
    return command


def facilities_command(
    country: CountryOption = None,
    status: Annotated[
        str | None, typer.Option(help="fully_functioning, partially_functioning, not_functioning or unknown.")
    ] = None,
    as_of: Annotated[str | None, typer.Option("--as-of", help="Status on YYYY-MM-DD (default today).")] = None,
    fmt: FormatOption = "text",
    database_url: UrlOption = None,
) -> None:
    """List facilities with their functionality on a date; with --status not_functioning, also the
    catchment population and the services lost."""
    from notatarget.analyze import facility_states, service_loss
    from notatarget.domain import Functionality
    from notatarget.store import Store

    day = parse_day(as_of, "--as-of")
    try:
        wanted = Functionality.parse(status).value if status else None
    except ValueError as exc:
        raise NotatargetError(str(exc)) from None
    with Store.open(database_url) as store, store.session(readonly=True) as session:
        if wanted == Functionality.NOT.value:
            loss = service_loss(session, as_of=day, country=country)
            data: Any = loss.to_dict()
        else:
            data = [s.to_dict() for s in facility_states(session, as_of=day, country=country, status=wanted)]

    def text(data: Any) -> str:
        rows = data["facilities"] if isinstance(data, dict) else data
        lines = [
            f"{r['id']}  {r['functionality']:<22} {r['country'] or '-':<4} {r['name']}"
            + (f"  (since {r['since']}, {r['reason']})" if r["since"] else "")
            for r in rows
        ]
        if isinstance(data, dict):
            lines.append(
                f"{len(rows)} facilit(ies) not functioning on {data['as_of']}; catchment population "
                f"{data['catchment_population']:,} ({data['facilities_without_population']} without a figure); "
                f"services lost: {', '.join(f'{k} ({v})' for k, v in data['services_lost'].items()) or 'none recorded'}"
            )
        return "\n".join(lines) or "no facilities"

    _emit(data, fmt, text)


@facility_app.command("show")
def facility_show(
    facility_id: Annotated[str, typer.Argument(help="The facility id (FAC-...).")],
    fmt: FormatOption = "text",
    database_url: UrlOption = None,
) -> None:
    """Show one facility: names, type, place, services, status history and the incidents that hit it."""
    from dataclasses import asdict

    import sqlalchemy as sa

    from notatarget.store import Store, models

    with Store.open(database_url) as store:
        facility = store.get_facility(facility_id)
        with store.session(readonly=True) as session:
            incidents = session.execute(
                sa.select(models.Incident.id, models.Incident.date, models.Incident.repeated_attack)
                .where(models.Incident.facility_id == facility_id)
                .order_by(models.Incident.date_from, models.Incident.id)
            ).all()
    data = {
        **asdict(facility),
        "incidents": [{"id": i, "date": d, "repeated_attack": r} for i, d, r in incidents],
    }

    from notatarget.store.convert import FACILITY_FIELDS

    def text(data: Any) -> str:
        lines = [f"{data['id']}: {data['name']} ({data['facility_type'] or 'type unknown'})"]
        for label in FACILITY_FIELDS[2:]:  # after name and type, which head the text
            if data[label] not in (None, []):
                lines.append(f"  {label}: {data[label]}")
        lines += [
            f"  status {s['as_of']}: {s['functionality']} ({s['reason'] or '-'}; {s['source'] or '-'})"
            for s in data["status_history"]
        ]
        lines += [
            f"  incident {i['id']} {i['date'] or '-'}{'  REPEATED' if i['repeated_attack'] else ''}"
            for i in data["incidents"]
        ]
        return "\n".join(lines)

    _emit(data, fmt, text)


def alerts_command(
    window_days: Annotated[int, typer.Option("--window-days", min=0, max=366, help="Days between attacks.")] = 2,
    country: CountryOption = None,
    since: Annotated[str | None, typer.Option(help="First day, YYYY-MM-DD.")] = None,
    fmt: FormatOption = "text",
    database_url: UrlOption = None,
) -> None:
    """List repeated targeting: a facility attacked again within --window-days (0: the same-day double tap)."""
    from notatarget.analyze import repeated_attacks
    from notatarget.store import Store

    with Store.open(database_url) as store, store.session(readonly=True) as session:
        found = repeated_attacks(session, window_days=window_days, country=country, since=parse_day(since, "--since"))
    data = [r.to_dict() for r in found]

    def text(data: Any) -> str:
        lines = [
            f"{r['first_date']} -> {r['second_date']}  {r['kind']:<22} {r['country'] or '-':<4} {r['facility']}  "
            f"({r['first']}, {r['second']})"
            for r in data
        ]
        return "\n".join(lines) or f"no facility attacked twice within {window_days} day(s)"

    _emit(data, fmt, text)


def register(app: typer.Typer) -> None:
    app.command("link")(link_command)
    group = import_group(app)
    group.command("insecurity-insight")(_ii_command(None, "insecurity-insight"))
    group.command("insecurity-insight-ew")(_ii_command(True, "insecurity-insight-ew"))
    group.command("osm")(_facility_import("osm"))
    group.command("healthsites")(_facility_import("healthsites"))
    app.command("facilities")(facilities_command)
    app.add_typer(facility_app, name="facility")
    app.command("alerts")(alerts_command)
