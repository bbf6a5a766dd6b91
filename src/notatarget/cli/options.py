"""Options and small helpers that several command modules share."""

from __future__ import annotations

import getpass
from datetime import date
from typing import Annotated

import typer

from notatarget.errors import NotatargetError

UrlOption = Annotated[
    str | None,
    typer.Option("--database-url", help="SQLAlchemy URL of the database (default: NOTATARGET_DATABASE_URL)."),
]
ActorOption = Annotated[str | None, typer.Option("--actor", help="Who does this, for the audit log (default: you).")]


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
        raise NotatargetError(f"{option} {value!r} is not a date", hint="use YYYY-MM-DD") from None
