"""Data exchange: ``notatarget import who-ssa|acled|kobo``, ``notatarget export``, ``notatarget brief`` and
``notatarget form xlsform``.

The import kinds join the ``import`` group other modules add to (see :func:`import_group`), so every
importer answers to ``notatarget import KIND FILE``.
"""

from __future__ import annotations

import shutil
import sys
import tempfile
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import IO, Annotated

import typer

from notatarget.cli.options import DryRun, FileArg, UrlOption, import_group, parse_code, parse_day
from notatarget.errors import NotatargetError

form_app = typer.Typer(help="Data-collection forms for field teams (KoBoToolbox, ODK).", no_args_is_help=True)


def _import(kind: str, read: Callable[[Path], list], file: Path, dry_run: bool, database_url: str | None) -> None:
    """Read ``file`` with ``read`` (all-or-nothing), then store and link its mentions in one transaction."""
    mentions = read(file)
    if dry_run:
        typer.echo(f"{file}: {len(mentions)} row(s) valid for {kind}; nothing stored (dry run)")
        return
    from notatarget.ingest import import_and_link
    from notatarget.store import Store

    with Store.open(database_url) as store:
        summary, extra = import_and_link(store, mentions, actor=f"import:{kind}")
    typer.echo(
        f"{file}: {summary.added} mention(s) added, {summary.already} already stored; "
        f"linking: {summary.link.to_dict()}; {extra}"
    )


def _import_command(kind: str, module: str, doc: str) -> Callable[..., None]:
    def command(file: FileArg, dry_run: DryRun = False, database_url: UrlOption = None) -> None:
        from importlib import import_module

        _import(kind, import_module(f"notatarget.intake.datasets.{module}").read, file, dry_run, database_url)

    command.__doc__ = doc
    return command


IMPORT_KINDS = {
    "who-ssa": ("who_ssa", "Import a WHO SSA dashboard export (one attack per row, country level)."),
    "acled": ("acled", "Import the events of an ACLED export whose notes touch health care."),
    "kobo": ("kobo", "Import field reports submitted with the notatarget form (KoBoToolbox or ODK Central export)."),
}


def export_command(
    fmt: Annotated[str, typer.Option("--format", "-f", help="hxl, csv, geojson, xlsx, jsonl or json.")],
    output: Annotated[str, typer.Option("--output", "-o", help="File to write, or - for standard output.")],
    public: Annotated[bool, typer.Option("--public", help="Only what the public field policy allows.")] = False,
    country: Annotated[str | None, typer.Option(help="ISO 3166 alpha-3 code.")] = None,
    since: Annotated[str | None, typer.Option(help="First day, YYYY-MM-DD.")] = None,
    until: Annotated[str | None, typer.Option(help="Last day, YYYY-MM-DD.")] = None,
    status: Annotated[str | None, typer.Option(help="draft, reviewed, published, withheld or rejected.")] = None,
    certainty: Annotated[str | None, typer.Option(help="Lowest certainty kept (e.g. probable).")] = None,
    policy: Annotated[str, typer.Option(help="Policy name or .toml file for --public.")] = "public-v1",
    database_url: UrlOption = None,
) -> None:
    """Export incidents, streamed from the database (a million rows in constant memory).

    The file is written under a temporary name and renamed when complete, so a failed export never leaves
    a truncated file behind.
    """
    from notatarget.domain import Certainty, IncidentStatus
    from notatarget.publish import FORMATS, Filters, export, load_policy
    from notatarget.store import Store

    if fmt not in FORMATS:
        raise NotatargetError(f"unknown format {fmt!r}", hint=f"choose one of {', '.join(FORMATS)}")
    filters = Filters(
        country=country.upper() if country else None,
        since=parse_day(since, "--since"),
        until=parse_day(until, "--until"),
        status=parse_code(IncidentStatus, status, "--status"),
        certainty=parse_code(Certainty, certainty, "--certainty"),
    )
    rules = load_policy(Path(policy) if policy.endswith(".toml") else policy) if public else None
    if rules and filters.status and filters.status not in rules.statuses:
        raise NotatargetError(f"a public export holds only {', '.join(rules.statuses)} incidents, not {filters.status}")
    with Store.open(database_url) as store, _destination(output, seekable=fmt == "xlsx") as out:
        count = export(store, fmt, out, public=public, filters=filters, policy=rules)
    typer.echo(f"{count} incident(s) exported as {fmt}{' (public)' if public else ''}", err=True)


@contextmanager
def _destination(output: str, *, seekable: bool) -> Iterator[IO[bytes]]:
    """A binary stream for ``-o``: a temporary file renamed into place when the export succeeds, so a failed
    export leaves no truncated file; standard output directly for ``-`` (via a temporary file for XLSX)."""
    if output == "-" and not seekable:
        yield sys.stdout.buffer
        sys.stdout.buffer.flush()
        return
    folder = None if output == "-" else Path(output).parent
    if folder is not None and not folder.is_dir():
        raise NotatargetError(f"the folder {folder} does not exist")
    with tempfile.NamedTemporaryFile(dir=folder, prefix=".notatarget-", suffix=".partial", delete=False) as tmp:
        path = Path(tmp.name)
        try:
            yield tmp
            tmp.close()
            if output == "-":
                with path.open("rb") as source:
                    shutil.copyfileobj(source, sys.stdout.buffer)
                sys.stdout.buffer.flush()
            else:
                path.replace(output)
        finally:
            path.unlink(missing_ok=True)


def brief_command(
    month: Annotated[str, typer.Option(help="The month, YYYY-MM.")],
    output: Annotated[Path, typer.Option("--output", "-o", help="FILE.html or FILE.pdf.")],
    country: Annotated[str | None, typer.Option(help="Only this country (ISO 3166 alpha-3).")] = None,
    database_url: UrlOption = None,
) -> None:
    """Write the monthly brief: counts, chart, map and the month's incidents, in public fields only."""
    from notatarget.publish.brief import write_brief
    from notatarget.store import Store

    with Store.open(database_url) as store:
        write_brief(store, month, output, country=country.upper() if country else None)
    typer.echo(f"wrote {output}")


@form_app.command("xlsform")
def form_xlsform(
    output: Annotated[Path, typer.Option("--output", "-o", help="The .xlsx file to write.")],
) -> None:
    """Write the SSA-aligned field-report XLSForm; upload it to KoBoToolbox or ODK Central as is."""
    from notatarget.intake.forms import write_xlsform

    write_xlsform(output)
    typer.echo(f"wrote {output}")


def register(app: typer.Typer) -> None:
    group = import_group(app)
    for kind, (module, doc) in IMPORT_KINDS.items():
        group.command(kind)(_import_command(kind, module, doc))
    app.command("export")(export_command)
    app.command("brief")(brief_command)
    app.add_typer(form_app, name="form")
