"""``notatarget serve``, ``notatarget user add`` and ``notatarget token create``: the web app and its accounts."""

from __future__ import annotations

import sys
from typing import Annotated

import typer

from notatarget.cli.options import ActorOption, UrlOption, default_actor

user_app = typer.Typer(help="Web app accounts (viewer, contributor, reviewer, admin).", no_args_is_help=True)
token_app = typer.Typer(help="API tokens for scripts (sent as 'Authorization: Bearer TOKEN').", no_args_is_help=True)


def serve_command(
    host: Annotated[str, typer.Option(help="Address to listen on (127.0.0.1: this machine only).")] = "127.0.0.1",
    port: Annotated[int, typer.Option(help="Port to listen on.", min=1, max=65535)] = 8000,
    database_url: UrlOption = None,
    open_browser: Annotated[bool, typer.Option("--open", help="Open the app in a browser.")] = False,
) -> None:
    """Run the web app: review queue, incidents, dashboard, intake, public view and the JSON API under /api/.

    Sessions are signed with a key kept in the data folder (or NOTATARGET_WEB_SECRET_KEY); set
    NOTATARGET_WEB_HTTPS=1 behind an HTTPS proxy so cookies are marked Secure. Create accounts first with
    `notatarget user add`.
    """
    from notatarget.store import Store
    from notatarget.web import run

    with Store.open(database_url) as store:
        typer.echo(f"notatarget web app on http://{host}:{port}/ over {store.display_url} (Ctrl+C stops)")
        run(store, host=host, port=port, open_browser=open_browser)


@user_app.command("add")
def user_add(
    name: Annotated[str, typer.Argument(help="User name (letters, digits, . @ - _).")],
    role: Annotated[str, typer.Option("--role", help="viewer, contributor, reviewer or admin.")] = "viewer",
    password_stdin: Annotated[
        bool, typer.Option("--password-stdin", help="Read the password from standard input instead of a prompt.")
    ] = False,
    database_url: UrlOption = None,
    actor: ActorOption = None,
) -> None:
    """Create an account; the password is hashed with argon2 and never stored or shown."""
    from notatarget.store import Store
    from notatarget.web.security import Role, hash_password

    Role.parse(role)
    if password_stdin:
        password = sys.stdin.readline().rstrip("\r\n")
    else:
        password = typer.prompt("Password", hide_input=True, confirmation_prompt=True)
    with Store.open(database_url) as store:
        store.add_user(name, hash_password(password), role=role.strip().lower(), actor=default_actor(actor))
    typer.echo(f"user {name} created with role {role.strip().lower()}")


@token_app.command("create")
def token_create(
    name: Annotated[str, typer.Argument(help="The user the token acts as.")],
    label: Annotated[str | None, typer.Option("--label", help="What the token is for.")] = None,
    database_url: UrlOption = None,
    actor: ActorOption = None,
) -> None:
    """Create an API token for a user and print it once (only its SHA-256 is stored)."""
    from notatarget.store import Store
    from notatarget.web.security import new_api_token

    token = new_api_token()
    with Store.open(database_url) as store:
        store.add_api_token(name, token, actor=default_actor(actor), name=label)
    typer.echo(token)


def register(app: typer.Typer) -> None:
    app.command("serve")(serve_command)
    app.add_typer(user_app, name="user")
    app.add_typer(token_app, name="token")
