"""The JSON API under ``/api/``, described by the OpenAPI schema at ``/api/openapi.json``."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from datetime import date
from typing import Annotated, Any

from fastapi import APIRouter, Depends, File, Form, Query, Request, UploadFile
from fastapi import Path as PathParam
from fastapi.responses import JSONResponse, StreamingResponse
from pydantic import BaseModel
from sqlalchemy import func, select
from sqlalchemy.orm import Session

from notatarget import review
from notatarget.domain import AttackType, Certainty, IncidentStatus
from notatarget.errors import NotFound
from notatarget.store import models
from notatarget.web import queries, services
from notatarget.web.deps import Admin, Contributor, Reviewer, Viewer
from notatarget.web.schemas import (
    Action,
    AuditOut,
    Edit,
    EvidenceOut,
    FacilityDetail,
    FacilityOut,
    Figures,
    Grade,
    IncidentDetail,
    IncidentOut,
    IntakeOut,
    MentionOut,
    Merge,
    Page,
    Points,
    ReportDetail,
    ReportOut,
    Split,
    TextReport,
    UserCreate,
    UserOut,
)


class Problem(BaseModel):
    """Why a request was refused."""

    detail: str


router = APIRouter(
    prefix="/api",
    responses={
        code: {"model": Problem, "description": text}
        for code, text in (
            (400, "Bad input"),
            (401, "No or a bad API token"),
            (403, "Not allowed for this role"),
            (404, "Not found"),
            (413, "Too large"),
        )
    },
)
Limit = Annotated[int, Query(ge=1, le=500)]
IncidentId = Annotated[str, PathParam(min_length=1, max_length=100)]
FacilityId = Annotated[str, PathParam(min_length=1, max_length=100)]
MentionId = Annotated[int, PathParam(ge=1, le=2**31 - 1)]
Sha256 = Annotated[str, PathParam(pattern="^[0-9a-f]{64}$")]
Offset = Annotated[int, Query(ge=0, le=10_000_000)]
After = Annotated[str | None, Query(max_length=200, description="the 'next' value of the page before")]


@contextmanager
def db(request: Request) -> Iterator[Session]:
    """A read-only transaction (SQLite readers then run beside a writer); writes go through the store."""
    with request.app.state.store.session(readonly=True) as session:
        yield session


def filters(
    country: Annotated[str | None, Query(max_length=64)] = None,
    since: date | None = None,
    until: date | None = None,
    attack_type: AttackType | None = None,
    certainty: Annotated[Certainty | None, Query(description="at least this level")] = None,
    status: IncidentStatus | None = None,
) -> queries.Filters:
    """The list filters of the API, typed by the codebook."""
    return queries.Filters(country, since, until, attack_type, certainty, status)


def form_filters(
    country: Annotated[str | None, Query(max_length=64)] = None,
    since: Annotated[str | None, Query(max_length=10)] = None,
    until: Annotated[str | None, Query(max_length=10)] = None,
    attack_type: Annotated[str | None, Query(max_length=40)] = None,
    certainty: Annotated[str | None, Query(max_length=20)] = None,
    status: Annotated[str | None, Query(max_length=20)] = None,
) -> queries.Filters:
    """The same filters from a page's form, where "all" is an empty value; a bad value answers 400."""
    return queries.Filters.parse(
        country=country, since=since, until=until, attack_type=attack_type, certainty=certainty, status=status
    )


Filtered = Annotated[queries.Filters, Depends(filters)]
FormFiltered = Annotated[queries.Filters, Depends(form_filters)]


def _detail(request: Request, incident_id: IncidentId) -> IncidentDetail:
    with db(request) as session:
        return IncidentDetail.model_validate(review.get_incident(session, incident_id))


# --- incidents -------------------------------------------------------------------------------------------


@router.get("/incidents", tags=["incidents"], response_model=Page[IncidentOut])
def list_incidents(
    request: Request, user: Viewer, where: Filtered, limit: Limit = 50, offset: Offset = 0, after: After = None
) -> dict[str, Any]:
    """Incidents matching the filters, newest first, one page at a time (follow ``next`` with ``after``)."""
    with db(request) as session:
        rows, total = queries.incident_page(
            session, where, limit=limit, offset=offset, after=after, cache=request.app.state.cache
        )
        items = [IncidentOut.model_validate(r) for r in rows]
        following = queries.cursor(rows[-1]) if len(rows) == limit else None
    return {"total": total, "limit": limit, "offset": offset, "items": items, "next": following}


@router.get("/incidents/{incident_id}", tags=["incidents"], response_model=IncidentDetail)
def get_incident(request: Request, user: Viewer, incident_id: IncidentId) -> IncidentDetail:
    """One incident with its mentions, evidence files, provenance and conflicts."""
    return _detail(request, incident_id)


@router.get("/incidents/{incident_id}/audit", tags=["incidents"], response_model=list[AuditOut])
def incident_audit(request: Request, user: Viewer, incident_id: IncidentId) -> list[AuditOut]:
    """Every recorded change to this incident, oldest first."""
    store = request.app.state.store
    store.get_incident(incident_id)
    return [AuditOut.model_validate(e) for e in store.audit_events(entity="incident", entity_id=incident_id)]


@router.patch("/incidents/{incident_id}", tags=["review"], response_model=IncidentDetail)
def edit_incident(request: Request, user: Reviewer, incident_id: IncidentId, body: Edit) -> IncidentDetail:
    """Set field values (checked against the codebook); the change is audited."""
    changes = body.values.model_dump(exclude_unset=True, mode="json")
    review.edit_fields(request.app.state.store, incident_id, changes, actor=user.username, reason=body.reason)
    return _detail(request, incident_id)


@router.post("/incidents/{incident_id}/certainty", tags=["review"], response_model=IncidentDetail)
def grade(request: Request, user: Reviewer, incident_id: IncidentId, body: Grade) -> IncidentDetail:
    """Grade the certainty that the attack happened (SSA levels)."""
    store = request.app.state.store
    review.grade_certainty(store, incident_id, body.certainty, actor=user.username, reason=body.reason)
    return _detail(request, incident_id)


@router.post("/incidents/{incident_id}/status", tags=["review"], response_model=IncidentDetail)
def change_status(request: Request, user: Reviewer, incident_id: IncidentId, body: Action) -> IncidentDetail:
    """Accept, publish, withhold, reject or reopen."""
    review.apply_action(request.app.state.store, incident_id, body.action, actor=user.username, reason=body.reason)
    return _detail(request, incident_id)


@router.post("/incidents/merge", tags=["review"], response_model=IncidentDetail)
def merge_incidents(request: Request, user: Reviewer, body: Merge) -> IncidentDetail:
    """Merge incidents into the first one given (recorded as a link decision)."""
    merged = review.merge(request.app.state.store, body.incident_ids, actor=user.username, reason=body.reason)
    return _detail(request, merged.id)


@router.post("/incidents/{incident_id}/split", tags=["review"], response_model=IncidentDetail)
def split_incident(request: Request, user: Reviewer, incident_id: IncidentId, body: Split) -> IncidentDetail:
    """Split mentions off into a new draft incident (recorded as a link decision); answers the new incident."""
    new = review.split(request.app.state.store, incident_id, body.mention_ids, actor=user.username, reason=body.reason)
    return _detail(request, new.id)


@router.post("/incidents/{incident_id}/evidence", tags=["evidence"], response_model=EvidenceOut)
async def add_evidence(
    request: Request, user: Contributor, incident_id: IncidentId, file: Annotated[UploadFile, File()]
) -> EvidenceOut:
    """Attach a photo, video or document, stored byte for byte under its SHA-256."""
    data = await services.read_upload(request, file)
    return EvidenceOut.model_validate(
        services.add_evidence(request.app.state.store, incident_id, data, file.filename or "evidence", user.username)
    )


# --- mentions, reports, evidence, facilities -------------------------------------------------------------


@router.get("/mentions/{mention_id}", tags=["mentions"], response_model=MentionOut)
def get_mention(request: Request, user: Viewer, mention_id: MentionId) -> MentionOut:
    """One mention: the values one source gives, each with its supporting spans."""
    with db(request) as session:
        return MentionOut.model_validate(_get(session, models.Mention, mention_id))


@router.get("/reports", tags=["reports"], response_model=Page[ReportOut])
def list_reports(request: Request, user: Viewer, limit: Limit = 50, offset: Offset = 0) -> dict[str, Any]:
    """Received reports, newest first."""
    with db(request) as session:
        total = session.scalar(select(func.count()).select_from(models.Report)) or 0
        rows = session.scalars(
            select(models.Report)
            .order_by(models.Report.received_at.desc(), models.Report.id)
            .limit(limit)
            .offset(offset)
        )
        items = [ReportOut.model_validate(r) for r in rows]
    return {"total": total, "limit": limit, "offset": offset, "items": items}


@router.get("/reports/{report_id}", tags=["reports"], response_model=ReportDetail)
def get_report(request: Request, user: Viewer, report_id: Sha256) -> ReportDetail:
    """One report with its text and the ids of its mentions."""
    with db(request) as session:
        report = _get(session, models.Report, report_id)
        out = ReportDetail.model_validate(report)
        out.mention_ids = [m.id for m in report.mentions]
        return out


@router.post("/reports", tags=["reports"], response_model=IntakeOut)
def add_text_report(request: Request, user: Contributor, body: TextReport) -> IntakeOut:
    """Submit a report as text; answers whether it was new or a duplicate, and its incidents."""
    result = services.ingest_text(
        request, body.text, actor=user.username, meta=body.model_dump(exclude={"text"}, exclude_none=True)
    )
    return IntakeOut(message=services.summary([result]), results=[result])


@router.post("/reports/upload", tags=["reports"], response_model=IntakeOut)
async def upload_reports(
    request: Request,
    user: Contributor,
    files: Annotated[list[UploadFile], File()],
    publisher: Annotated[str | None, Form(max_length=500)] = None,
) -> IntakeOut:
    """Submit report files (text, HTML, PDF, DOCX, e-mail, RSS); each is checked, read and stored or refused."""
    results = await services.ingest_uploads(request, files, actor=user.username, publisher=publisher)
    return IntakeOut(message=services.summary(results), results=results)


@router.get("/evidence/{sha256}", tags=["evidence"], response_model=EvidenceOut)
def get_evidence(request: Request, user: Viewer, sha256: Sha256) -> EvidenceOut:
    """An evidence file's record (the bytes are at ``/evidence/{sha256}`` for reviewers)."""
    with db(request) as session:
        return EvidenceOut.model_validate(_get(session, models.Evidence, sha256))


@router.get("/facilities", tags=["facilities"], response_model=Page[FacilityOut])
def list_facilities(
    request: Request,
    user: Viewer,
    country: Annotated[str | None, Query(max_length=64)] = None,
    limit: Limit = 50,
    offset: Offset = 0,
) -> dict[str, Any]:
    """Health facilities, by name."""
    with db(request) as session:
        rows, total = services.facility_page(session, country, limit=limit, offset=offset)
        items = [FacilityOut.model_validate(r) for r in rows]
    return {"total": total, "limit": limit, "offset": offset, "items": items}


@router.get("/facilities/{facility_id}", tags=["facilities"], response_model=FacilityDetail)
def get_facility(request: Request, user: Viewer, facility_id: FacilityId) -> FacilityDetail:
    """One facility with its dated status history and the incidents that touched it."""
    with db(request) as session:
        facility = _get(session, models.Facility, facility_id)
        out = FacilityDetail.model_validate(facility)
        out.incident_ids = [i.id for i in facility.incidents]
        return out


# --- figures, exports --------------------------------------------------------------------------------------


@router.get("/stats", tags=["figures"], response_model=Figures)
def stats(request: Request, user: Viewer, where: Filtered) -> dict[str, Any]:
    """Dashboard figures for the filters (counts of incidents)."""
    with db(request) as session:
        return request.app.state.cache.figures(session, where)


@router.get("/map", tags=["figures"], response_model=Points)
def map_points(request: Request, user: Viewer, where: Filtered) -> JSONResponse:
    """Located incidents as GeoJSON points, newest first, up to the map limit."""
    with db(request) as session:
        limit = request.app.state.settings.map_point_limit
        found = request.app.state.cache.get(
            session, ("points", where, limit), lambda: services.points(session, where, limit, link=True)
        )
        return JSONResponse(found)


EXPORTED = {
    200: {
        "description": "The export file (CSV, HXL CSV, GeoJSON, JSON lines or XLSX)",
        "content": {
            media: {"schema": {"type": "object"} if media.endswith("json") else {"type": "string", "format": "binary"}}
            for media in services.EXPORT_MEDIA.values()
        },
    }
}


@router.get("/exports/{fmt}", tags=["exports"], response_class=StreamingResponse, responses=EXPORTED)
def export(request: Request, user: Viewer, fmt: services.ExportFormat, where: Filtered) -> StreamingResponse:
    """All incidents matching the filters in ``fmt`` (streamed), internal fields included."""
    return services.export_response(request.app.state.store, fmt, where, public=False, actor=user.username)


# --- public (no account) ----------------------------------------------------------------------------------


@router.get("/public/incidents", tags=["public"], response_model=Page[dict[str, Any]])
def public_incidents(request: Request, where: Filtered, limit: Limit = 50, offset: Offset = 0) -> dict[str, Any]:
    """Published incidents under the public field policy (no names, narratives, sources or exact places)."""
    with db(request) as session:
        return services.public_page(session, where, limit=limit, offset=offset, cache=request.app.state.cache)


@router.get("/public/stats", tags=["public"], response_model=Figures)
def public_stats(request: Request, where: Filtered) -> dict[str, Any]:
    """Figures over published incidents only."""
    with db(request) as session:
        return request.app.state.cache.figures(session, services.published(where))


@router.get("/public/map", tags=["public"], response_model=Points)
def public_map(request: Request, where: Filtered) -> JSONResponse:
    """Published incidents as points at generalised coordinates."""
    with db(request) as session:
        limit = request.app.state.settings.map_point_limit
        found = request.app.state.cache.get(
            session, ("public points", where, limit), lambda: services.public_points(session, where, limit)
        )
        return JSONResponse(found)


@router.get("/public/exports/{fmt}", tags=["public"], response_class=StreamingResponse, responses=EXPORTED)
def public_export(request: Request, fmt: services.ExportFormat, where: Filtered) -> StreamingResponse:
    """Published incidents in ``fmt`` under the public field policy."""
    return services.export_response(
        request.app.state.store, fmt, services.published(where), public=True, actor="public"
    )


# --- users ------------------------------------------------------------------------------------------------


@router.get("/me", tags=["users"], response_model=UserOut)
def me(request: Request, user: Viewer) -> UserOut:
    """The account behind this request."""
    with db(request) as session:
        return UserOut.model_validate(_get(session, models.User, user.id))


@router.get("/users", tags=["users"], response_model=list[UserOut])
def list_users(request: Request, user: Admin) -> list[UserOut]:
    """Every account."""
    with db(request) as session:
        return [UserOut.model_validate(u) for u in session.scalars(select(models.User).order_by(models.User.id))]


@router.post("/users", tags=["users"], response_model=UserOut, status_code=201)
def create_user(request: Request, user: Admin, body: UserCreate) -> UserOut:
    """Create an account (admin only)."""
    return UserOut.model_validate(
        services.add_user(request.app.state.store, body.username, body.password, body.role, actor=user.username)
    )


def _get(session: Session, model: type, key: Any) -> Any:
    row = session.get(model, key)
    if row is None:
        raise NotFound(f"no {model.__name__.lower()} {key!r}")
    return row
