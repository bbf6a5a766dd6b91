"""Options and small helpers that several command modules share."""

from __future__ import annotations

import getpass
from datetime import date
from pathlib import Path
from typing import Annotated, Any

import typer

from notatarget.errors import NotatargetError

UrlOption = Annotated[
    str | None,
    typer.Option("--database-url", help="SQLAlchemy URL of the database (default: NOTATARGET_DATABASE_URL)."),
]
ActorOption = Annotated[str | None, typer.Option("--actor", help="Who does this, for the audit log (default: you).")]
DryRun = Annotated[bool, typer.Option("--dry-run", help="Check every row and report; store nothing.")]
FileArg = Annotated[Path, typer.Argument(help="A CSV or XLSX file.", exists=True, dir_okay=False, readable=True)]

IMPORT_GROUP = "import"


def default_actor(actor: str | None = None) -> str:
    """``actor`` or the name of the user running the command."""
    if actor:
        return actor
    try:
        return getpass.getuser()
    except (KeyError, OSError):
        return "cli"


def parse_day(value: str | None, option: str) -> date | None:
    """``YYYY-MM-DD`` from an option, or a clear error naming the option."""
    if not value:
        return None
    try:
        return date.fromisoformat(value)
    except ValueError:
        raise NotatargetError(f"{option} must be YYYY-MM-DD, not {value[:20]!r}") from None


def parse_code(enum: Any, value: str | None, option: str) -> str | None:
    """A codebook value (code or label) from an option, or a clear error listing the choices."""
    if not value:
        return None
    try:
        return enum.parse(value).value
    except ValueError as exc:
        raise NotatargetError(f"{option}: {exc}") from None


def import_group(app: typer.Typer) -> typer.Typer:
    """The ``notatarget import`` group: the one already registered on ``app``, or a new one.

    Every module that adds import kinds calls this, so the kinds share one group whatever the order.
    """
    for info in app.registered_groups:
        if info.name == IMPORT_GROUP and info.typer_instance is not None:
            return info.typer_instance
    group = typer.Typer(help="Import coded datasets: every row becomes a linked mention.", no_args_is_help=True)
    app.add_typer(group, name=IMPORT_GROUP)
    return group
