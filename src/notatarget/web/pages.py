"""Server-rendered pages (Jinja2, autoescaped). Forms post back here and redirect (POST/redirect/GET)."""

from __future__ import annotations

from typing import Annotated, Any
from urllib.parse import urlencode

from fastapi import APIRouter, File, Form, Query, Request, UploadFile
from fastapi.responses import JSONResponse, RedirectResponse, Response
from sqlalchemy import select
from sqlalchemy.orm import selectinload
from starlette.datastructures import UploadFile as StarletteUpload

from notatarget import review
from notatarget.errors import NotatargetError, NotFound
from notatarget.store import models
from notatarget.web import charts, queries, services, views
from notatarget.web.api import FormFiltered, db
from notatarget.web.deps import (
    Admin,
    Contributor,
    OptionalUser,
    Reviewer,
    Viewer,
    flash,
    render,
    safe_next,
)
from notatarget.web.security import Role, verify_password

router = APIRouter(include_in_schema=False)
Page = Annotated[int, Query(ge=1, le=1_000_000)]


def _back(path: str) -> RedirectResponse:
    return RedirectResponse(path, status_code=303)


def _options(request: Request) -> dict[str, Any]:
    with db(request) as session:
        return {**views.choices(), "countries": queries.countries(session)}


# --- sign in -------------------------------------------------------------------------------------------------


@router.get("/", name="home")
def home(user: OptionalUser) -> RedirectResponse:
    return _back("/dashboard" if user else "/public")


@router.get("/login", name="login_page")
def login_page(request: Request, next: Annotated[str, Query(max_length=2000)] = "/") -> Response:
    return render(request, "login.html", title="Log in", next=safe_next(next))


@router.post("/login", name="login")
def login(
    request: Request,
    username: Annotated[str, Form(max_length=200)],
    password: Annotated[str, Form(max_length=1024)],
    next: Annotated[str, Form(max_length=2000)] = "/",
) -> Response:
    """Check the password (argon2); at most a few failures per address and user name in a window."""
    throttle = request.app.state.throttle
    address = request.client.host if request.client else "unknown"
    if throttle.blocked(address, username):
        return render(
            request,
            "login.html",
            429,
            title="Log in",
            next=safe_next(next),
            flashes=[["error", "Too many failed attempts; wait a few minutes and try again."]],
        )
    with db(request) as session:
        row = session.scalar(select(models.User).where(models.User.username == username))
        ok = row is not None and row.active and verify_password(row.password_hash, password)
        uid = row.id if ok and row else None
    if uid is None:
        throttle.failed(address, username)
        return render(
            request,
            "login.html",
            400,
            title="Log in",
            next=safe_next(next),
            flashes=[["error", "Wrong user name or password."]],
        )
    throttle.succeeded(address, username)
    request.session.clear()
    request.session["uid"] = uid
    return _back(safe_next(next))


@router.post("/logout", name="logout")
def logout(request: Request) -> RedirectResponse:
    request.session.clear()
    return _back("/public")


# --- incidents -------------------------------------------------------------------------------------------------


@router.get("/dashboard", name="dashboard")
def dashboard(request: Request, user: Viewer, where: FormFiltered) -> Response:
    with db(request) as session:
        figures = request.app.state.cache.figures(session, where)
    return render(
        request,
        "dashboard.html",
        title="Dashboard",
        filters=where,
        options=_options(request),
        figures=figures,
        chart=_charts(figures),
        points_url="/api/map?" + urlencode(where.as_query()),
    )


def _charts(figures: dict[str, Any]) -> dict[str, Any]:
    return {
        "series": charts.monthly_series(figures["monthly_by_attack_type"], title="Incidents per month by attack type"),
        "country": charts.bar_chart(figures["by_country"], title="Incidents by country"),
        "facility": charts.bar_chart(figures["by_facility_type"], title="Incidents by facility type"),
    }


@router.get("/incidents", name="incident_list")
def incident_list(
    request: Request, user: Viewer, where: FormFiltered, after: Annotated[str | None, Query(max_length=200)] = None
) -> Response:
    size = request.app.state.settings.page_size
    with db(request) as session:
        rows, total = queries.incident_page(session, where, limit=size, after=after, cache=request.app.state.cache)
        following = queries.cursor(rows[-1]) if len(rows) == size else None
    query = urlencode(where.as_query())
    return render(
        request,
        "incidents.html",
        title="Incidents",
        filters=where,
        options=_options(request),
        rows=rows,
        total=total,
        first=not after,
        query=query,
        older=f"?{urlencode({**where.as_query(), 'after': following})}" if following else None,
        show=views.show,
    )


def _incident_context(request: Request, incident_id: str) -> dict[str, Any]:
    with db(request) as session:
        incident = session.scalar(
            select(models.Incident)
            .where(models.Incident.id == incident_id)
            .options(
                selectinload(models.Incident.mentions).selectinload(models.Mention.report),
                selectinload(models.Incident.evidence_files),
                selectinload(models.Incident.facility),
            )
        )
        if incident is None:
            raise NotFound(f"no incident {incident_id!r}")
        mentions = list(incident.mentions)
        context = {
            "incident": incident,
            "mentions": mentions,
            "sources": views.sources(mentions),
            "rows": views.field_rows(incident, mentions),
            "evidence": list(incident.evidence_files),
            "facility": incident.facility,
        }
    store = request.app.state.store
    context["history"] = store.audit_events(entity="incident", entity_id=incident_id)
    context["mention_history"] = [
        e for m in mentions for e in store.audit_events(entity="mention", entity_id=str(m.id))
    ]
    context["show"] = views.show
    context["criteria"] = review.SSA_CRITERIA
    return context


@router.get("/incidents/{incident_id}", name="incident_page")
def incident_page(request: Request, user: Viewer, incident_id: str) -> Response:
    context = _incident_context(request, incident_id)
    return render(request, "incident.html", title=f"Incident {incident_id}", **context)


@router.get("/review", name="review_queue")
def review_queue(request: Request, user: Reviewer, page: Page = 1) -> Response:
    size = request.app.state.settings.page_size
    with db(request) as session:
        drafts = review.review_queue(session, limit=size, offset=(page - 1) * size)
    return render(request, "review_queue.html", title="Review queue", rows=drafts, page=page, show=views.show)


@router.get("/review/{incident_id}", name="review_page")
def review_page(request: Request, user: Reviewer, incident_id: str) -> Response:
    context = _incident_context(request, incident_id)
    with db(request) as session:
        following = [i.id for i in review.review_queue(session, limit=2) if i.id != incident_id][:1]
    return render(
        request,
        "review.html",
        title=f"Review {incident_id}",
        next_id=following[0] if following else None,
        pickers=views.PICKERS,
        **context,
    )


def _after_review(request: Request, incident_id: str, message: str) -> RedirectResponse:
    flash(request, message)
    referer = request.headers.get("referer", "")
    target = f"/review/{incident_id}" if "/review/" in referer else f"/incidents/{incident_id}"
    return _back(target)


@router.post("/incidents/{incident_id}/edit", name="edit_field")
async def edit_field(request: Request, user: Reviewer, incident_id: str) -> Response:
    form = await request.form()
    name = str(form.get("field", ""))
    values = [v for v in form.getlist("value") if isinstance(v, str)]
    value: Any = values if name in views.LIST_FIELDS else (values[0] if values else None)
    if name in views.FLAG_FIELDS:
        value = bool(values and values[-1] == "true")
    reason = form.get("reason")
    review.edit_fields(
        request.app.state.store,
        incident_id,
        {name: value},
        actor=user.username,
        reason=reason if isinstance(reason, str) else None,
    )
    return _after_review(request, incident_id, f"{views.LABELS.get(name, name)} saved.")


@router.post("/incidents/{incident_id}/certainty", name="grade_page")
def grade(
    request: Request,
    user: Reviewer,
    incident_id: str,
    certainty: Annotated[str, Form(max_length=20)],
    reason: Annotated[str | None, Form(max_length=2000)] = None,
) -> Response:
    review.grade_certainty(request.app.state.store, incident_id, certainty, actor=user.username, reason=reason)
    return _after_review(request, incident_id, f"Certainty graded {certainty}.")


@router.post("/incidents/{incident_id}/status", name="status_page")
def change_status(
    request: Request,
    user: Reviewer,
    incident_id: str,
    action: Annotated[str, Form(max_length=20)],
    reason: Annotated[str | None, Form(max_length=2000)] = None,
) -> Response:
    incident = review.apply_action(request.app.state.store, incident_id, action, actor=user.username, reason=reason)
    flash(request, f"Incident {incident_id} is now {incident.status}.")
    if action in ("accept", "publish", "reject", "withhold") and "/review/" in request.headers.get("referer", ""):
        with db(request) as session:
            following = review.review_queue(session, limit=1)
        return _back(f"/review/{following[0].id}" if following else "/review")
    return _back(f"/incidents/{incident_id}")


@router.post("/incidents/{incident_id}/merge", name="merge_page")
def merge(
    request: Request,
    user: Reviewer,
    incident_id: str,
    other: Annotated[str, Form(max_length=200)],
    reason: Annotated[str | None, Form(max_length=2000)] = None,
) -> Response:
    ids = [incident_id, *(i.strip() for i in other.replace(",", " ").split())]
    review.merge(request.app.state.store, ids, actor=user.username, reason=reason)
    return _after_review(request, incident_id, f"Merged {', '.join(ids[1:])} into {incident_id}.")


@router.post("/incidents/{incident_id}/split", name="split_page")
async def split(request: Request, user: Reviewer, incident_id: str) -> Response:
    form = await request.form()
    try:
        chosen = [int(v) for v in form.getlist("mention") if isinstance(v, str)]
    except ValueError:
        raise NotatargetError("mention ids are numbers") from None
    reason = form.get("reason")
    new = review.split(
        request.app.state.store,
        incident_id,
        chosen,
        actor=user.username,
        reason=reason if isinstance(reason, str) else None,
    )
    flash(request, f"Split {len(chosen)} mention(s) into the new incident {new.id}.")
    return _back(f"/review/{new.id}")


@router.post("/incidents/{incident_id}/evidence", name="evidence_upload")
async def evidence_upload(
    request: Request, user: Contributor, incident_id: str, file: Annotated[UploadFile, File()]
) -> Response:
    data = await services.read_upload(request, file)
    item = services.add_evidence(request.app.state.store, incident_id, data, file.filename or "evidence", user.username)
    flash(request, f"Evidence {item.filename} kept (SHA-256 {item.sha256}).")
    return _back(f"/incidents/{incident_id}")


@router.get("/evidence/{sha256}", name="evidence_file")
def evidence_file(request: Request, user: Reviewer, sha256: str) -> Response:
    """The evidence bytes as a download (never rendered inline); the view is logged in its custody chain."""
    store = request.app.state.store
    with db(request) as session:
        row = session.get(models.Evidence, sha256)
        if row is None:
            raise NotFound(f"no evidence {sha256!r}")
        media_type = row.media_type
    data = store.read_evidence(sha256, actor=user.username)
    return Response(data, media_type=media_type, headers={"content-disposition": f'attachment; filename="{sha256}"'})


# --- facilities ------------------------------------------------------------------------------------------------


@router.get("/facilities", name="facility_list")
def facility_list(
    request: Request, user: Viewer, country: Annotated[str | None, Query(max_length=64)] = None, page: Page = 1
) -> Response:
    size = request.app.state.settings.page_size
    with db(request) as session:
        rows, total = services.facility_page(session, country, limit=size, offset=(page - 1) * size)
    return render(request, "facilities.html", title="Facilities", rows=rows, total=total, page=page, show=views.show)


@router.get("/facilities/{facility_id}", name="facility_page")
def facility_page(request: Request, user: Viewer, facility_id: str) -> Response:
    with db(request) as session:
        facility = session.scalar(
            select(models.Facility)
            .where(models.Facility.id == facility_id)
            .options(selectinload(models.Facility.status_history), selectinload(models.Facility.incidents))
        )
        if facility is None:
            raise NotFound(f"no facility {facility_id!r}")
    return render(request, "facility.html", title=facility.name, facility=facility, show=views.show)


# --- intake ------------------------------------------------------------------------------------------------------


@router.get("/intake", name="intake_page")
def intake_page(request: Request, user: Contributor) -> Response:
    return render(request, "intake.html", title="Intake", limit=request.app.state.settings.max_upload_bytes)


@router.post("/intake", name="intake")
async def intake(request: Request, user: Contributor) -> Response:
    """Pasted text and/or files; answers JSON to the page's script, or a page without script."""
    form = await request.form()
    text = form.get("text")
    files = [f for f in form.getlist("files") if isinstance(f, StarletteUpload) and f.filename]
    publisher = form.get("publisher")
    publisher = publisher.strip()[:500] if isinstance(publisher, str) and publisher.strip() else None
    if not files and not (isinstance(text, str) and text.strip()):
        raise NotatargetError("paste a text or choose files to upload")
    results = await services.ingest_uploads(request, files, actor=user.username, publisher=publisher) if files else []
    if isinstance(text, str) and text.strip():
        meta = {"publisher": publisher, "title": form.get("title") or None}
        results.append(
            services.ingest_text(
                request, text, actor=user.username, meta={k: v for k, v in meta.items() if isinstance(v, str)}
            )
        )
    message = services.summary(results)
    if "application/json" in request.headers.get("accept", ""):
        return JSONResponse({"message": message, "results": [r.model_dump() for r in results]})
    return render(
        request,
        "intake.html",
        title="Intake",
        limit=request.app.state.settings.max_upload_bytes,
        results=results,
        flashes=[["", message]],
    )


# --- users -------------------------------------------------------------------------------------------------------


@router.get("/users", name="users_page")
def users_page(request: Request, user: Admin) -> Response:
    with db(request) as session:
        rows = list(session.scalars(select(models.User).order_by(models.User.username)))
    return render(request, "users.html", title="Users", rows=rows, roles=[r.label for r in Role])


@router.post("/users", name="users_create")
def users_create(
    request: Request,
    user: Admin,
    username: Annotated[str, Form(min_length=1, max_length=100)],
    password: Annotated[str, Form(max_length=1024)],
    role: Annotated[str, Form(max_length=20)],
) -> Response:
    services.add_user(request.app.state.store, username.strip(), password, role, actor=user.username)
    flash(request, f"User {username} created.")
    return _back("/users")


@router.post("/users/{username}", name="users_update")
def users_update(
    request: Request,
    user: Admin,
    username: str,
    role: Annotated[str, Form(max_length=20)],
    active: Annotated[str | None, Form(max_length=5)] = None,
) -> Response:
    changes = {"role": Role.parse(role).label, "active": active == "on"}
    request.app.state.store.update_user(username, changes, actor=user.username)
    flash(request, f"User {username} updated.")
    return _back("/users")


# --- public ------------------------------------------------------------------------------------------------------


@router.get("/public", name="public_view")
def public_view(request: Request, where: FormFiltered, page: Page = 1) -> Response:
    """Published incidents under the public field policy; no account needed."""
    size = request.app.state.settings.page_size
    public_filters = services.published(where)
    with db(request) as session:
        figures = request.app.state.cache.figures(session, public_filters)
        listing = services.public_page(
            session, where, limit=size, offset=(page - 1) * size, cache=request.app.state.cache
        )
        countries = request.app.state.cache.get(
            session, ("countries", public_filters), lambda: queries.countries(session, public_filters)
        )
    options = {**views.choices(), "countries": countries}
    return render(
        request,
        "public.html",
        title="Attacks on health care: published incidents",
        filters=where,
        options=options,
        figures=figures,
        chart=_charts(figures),
        listing=listing,
        page=page,
        points_url="/api/public/map?" + urlencode(where.as_query()),
        show=views.show,
    )
