"""Request-scoped helpers shared by the API and the pages: who is asking, what they may do, CSRF, rendering."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Annotated, Any
from urllib.parse import quote

import jinja2
from fastapi import Depends, HTTPException, Request
from fastapi.templating import Jinja2Templates
from starlette.responses import Response

from notatarget.domain import AttackType, Certainty, FacilityType, IncidentStatus
from notatarget.publish.credits import MAP_ATTRIBUTION
from notatarget.store import models
from notatarget.web.security import Role, new_csrf_token, same_token

UNSAFE_METHODS = frozenset({"POST", "PUT", "PATCH", "DELETE"})
TEMPLATES = Jinja2Templates(
    env=jinja2.Environment(
        loader=jinja2.FileSystemLoader(Path(__file__).with_name("templates")), autoescape=True, trim_blocks=True
    )
)
TEMPLATES.env.globals.update(
    Role=Role,
    AttackType=AttackType,
    Certainty=Certainty,
    FacilityType=FacilityType,
    IncidentStatus=IncidentStatus,
    MAP_ATTRIBUTION=MAP_ATTRIBUTION,
)


@dataclass(frozen=True, slots=True)
class CurrentUser:
    """The signed-in user of one request."""

    id: int
    username: str
    role: Role


class LoginRequired(Exception):
    """Raised for anonymous requests to pages that need an account (answered by a redirect to the login)."""


def _bearer(request: Request) -> str | None:
    scheme, _, value = request.headers.get("authorization", "").partition(" ")
    return value.strip() if scheme.lower() == "bearer" and value.strip() else None


def current_user(request: Request) -> CurrentUser | None:
    """The user behind an API token (``Authorization: Bearer``) or the session cookie; None if anonymous."""
    if hasattr(request.state, "user"):
        return request.state.user
    user = None
    store = request.app.state.store
    if token := _bearer(request):
        row = store.user_for_token(token)
        if row is None:
            raise HTTPException(401, "invalid or revoked API token", headers={"WWW-Authenticate": "Bearer"})
        user = CurrentUser(row.id, row.username, Role.parse(row.role))
    elif isinstance(uid := request.session.get("uid"), int):
        with store.session(readonly=True) as session:
            row = session.get(models.User, uid)
            if row is not None and row.active:
                user = CurrentUser(row.id, row.username, Role.parse(row.role))
        if user is None:
            request.session.pop("uid", None)
    request.state.user = user
    return user


OptionalUser = Annotated[CurrentUser | None, Depends(current_user)]


def require(role: Role) -> Any:
    """A dependency that lets through users with at least ``role``: 401 for anonymous, 403 for too low."""

    def dependency(request: Request, user: OptionalUser) -> CurrentUser:
        if user is None:
            if request.url.path.startswith("/api/"):
                raise HTTPException(401, "log in or send an API token", headers={"WWW-Authenticate": "Bearer"})
            raise LoginRequired
        if user.role < role:
            raise HTTPException(403, f"this needs the {role.label} role; you are {user.role.label}")
        return user

    return Depends(dependency)


Viewer = Annotated[CurrentUser, require(Role.VIEWER)]
Contributor = Annotated[CurrentUser, require(Role.CONTRIBUTOR)]
Reviewer = Annotated[CurrentUser, require(Role.REVIEWER)]
Admin = Annotated[CurrentUser, require(Role.ADMIN)]


def csrf_token(request: Request) -> str:
    """The CSRF token bound to this session (created on first use)."""
    token = request.session.get("csrf")
    if not isinstance(token, str):
        token = request.session["csrf"] = new_csrf_token()
    return token


async def check_csrf(request: Request) -> None:
    """Unsafe requests authenticated by cookie must echo the session's CSRF token (form field or header).

    Requests with an API token carry no cookie authority, so they need no CSRF token.
    """
    if request.method not in UNSAFE_METHODS or _bearer(request):
        return
    sent = request.headers.get("x-csrf-token")
    if sent is None and request.headers.get("content-type", "").startswith(
        ("application/x-www-form-urlencoded", "multipart/form-data")
    ):
        form = await request.form()
        value = form.get("csrf_token")
        sent = value if isinstance(value, str) else None
    if not same_token(sent, request.session.get("csrf")):
        raise HTTPException(403, "missing or wrong CSRF token; reload the page and try again")


def flash(request: Request, message: str, kind: str = "") -> None:
    """Queue a one-time message for the next page."""
    request.session.setdefault("flashes", []).append([kind, message])


def render(request: Request, template: str, status_code: int = 200, **context: Any) -> Response:
    """A page from ``template`` with the user, CSRF token and queued messages in its context."""
    context.setdefault("title", None)
    return TEMPLATES.TemplateResponse(
        request,
        template,
        {
            "user": getattr(request.state, "user", None),
            "csrf_token": csrf_token(request),
            "flashes": request.session.pop("flashes", []),
            **context,
        },
        status_code=status_code,
    )


def login_url(request: Request) -> str:
    target = request.url.path + (f"?{request.url.query}" if request.url.query else "")
    return f"/login?next={quote(target, safe='')}"


def safe_next(target: str | None) -> str:
    """A post-login destination on this site only (no scheme, no host, no ``//``)."""
    if not target or not target.startswith("/") or target.startswith("//") or "\\" in target:
        return "/"
    return target
