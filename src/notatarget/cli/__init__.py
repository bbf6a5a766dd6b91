"""The command line: ``notatarget COMMAND``. One module per group of commands; each registers itself here.

Modules import their heavy dependencies inside the command functions so that ``--help`` stays fast.
"""

from __future__ import annotations

import sys

import typer

from notatarget.errors import NotatargetError

app = typer.Typer(
    name="notatarget",
    help="Surveillance of attacks on health care: take in reports, extract and link incidents, "
    "review them, publish figures, maps and datasets.",
    no_args_is_help=True,
    add_completion=False,
    pretty_exceptions_enable=False,
    rich_markup_mode="markdown",
)


def _version(value: bool) -> None:
    if value:
        from notatarget import __version__

        typer.echo(f"notatarget {__version__}")
        raise typer.Exit()


@app.callback()
def _root(
    version: bool = typer.Option(False, "--version", callback=_version, is_eager=True, help="Show the version."),
) -> None:
    """Surveillance of attacks on health care."""


def _register() -> None:
    """Attach every command module to ``app`` (imported here so each module stays self-contained)."""
    from notatarget.cli import (
        commands_core,
        commands_eval,
        commands_exchange,
        commands_extract,
        commands_link,
        commands_store,
        commands_web,
    )

    for module in (
        commands_core,
        commands_extract,
        commands_eval,
        commands_store,
        commands_exchange,
        commands_link,
        commands_web,
    ):
        module.register(app)


def main() -> None:
    """Console entry point: run the app; turn notatarget's own errors into a message and exit status 2."""
    _register()
    try:
        app()
    except NotatargetError as exc:
        typer.secho(f"Error: {exc}", fg="red", err=True)
        sys.exit(2)
