"""What the API and the pages both do: intake of texts and files, evidence, users, public records, exports."""

from __future__ import annotations

import dataclasses
import tempfile
from collections.abc import Iterator
from enum import StrEnum
from typing import Any

import filetype
from fastapi import HTTPException, Request
from fastapi.responses import StreamingResponse
from sqlalchemy import func, select
from sqlalchemy.orm import Session
from starlette.datastructures import UploadFile

from notatarget.domain import Report
from notatarget.errors import NotatargetError
from notatarget.store import Store, models
from notatarget.web import queries
from notatarget.web.schemas import IntakeResult
from notatarget.web.security import Role, hash_password

#: Evidence may be a photo, a video, a sound recording or a PDF; the type is read from the bytes, not the name.
EVIDENCE_TYPES = (
    "image/jpeg",
    "image/png",
    "image/gif",
    "image/webp",
    "image/heic",
    "image/tiff",
    "video/mp4",
    "video/quicktime",
    "video/webm",
    "video/x-matroska",
    "audio/mpeg",
    "audio/ogg",
    "audio/x-wav",
    "audio/mp4",
    "application/pdf",
)
CHUNK = 1 << 20


class ExportFormat(StrEnum):
    csv = "csv"
    hxl = "hxl"
    geojson = "geojson"
    jsonl = "jsonl"
    xlsx = "xlsx"


EXPORT_MEDIA = {
    ExportFormat.csv: "text/csv",
    ExportFormat.hxl: "text/csv",
    ExportFormat.geojson: "application/geo+json",
    ExportFormat.jsonl: "application/x-ndjson",
    ExportFormat.xlsx: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
}


# --- uploads and intake ------------------------------------------------------------------------------------


async def read_upload(request: Request, upload: UploadFile) -> bytes:
    """The bytes of one uploaded file, refused (413) past the size limit and (400) when empty."""
    limit = request.app.state.settings.max_upload_bytes
    parts, size = [], 0
    while chunk := await upload.read(CHUNK):
        size += len(chunk)
        if size > limit:
            raise HTTPException(413, f"{upload.filename or 'the file'} is larger than {limit} bytes")
        parts.append(chunk)
    if not size:
        raise HTTPException(400, f"{upload.filename or 'the file'} is empty")
    return b"".join(parts)


def _results(outcomes: list[Any]) -> list[IntakeResult]:
    status = {"new": "added", "duplicate": "duplicate", "failed": "rejected"}
    return [
        IntakeResult(
            filename=o.source,
            status=status[o.status],
            report_id=o.report_id,
            incidents=o.incidents,
            message=o.reason
            or ("the same bytes were already received; nothing changed" if o.status == "duplicate" else None),
        )
        for o in outcomes
    ]


def ingest_text(request: Request, text: str, *, actor: str, meta: dict[str, Any]) -> IntakeResult:
    """Take in pasted text as a report (a duplicate of earlier text changes nothing)."""
    from notatarget.ingest import ingest_results
    from notatarget.intake import ReadResult

    limit = request.app.state.settings.max_text_chars
    if not text.strip():
        raise NotatargetError("the text is empty")
    if len(text) > limit:
        raise HTTPException(413, f"the text is longer than {limit} characters; upload it as a file")
    report = Report.from_text(text, channel="web", **{k: v for k, v in meta.items() if v})
    outcomes = ingest_results(request.app.state.store, [ReadResult(report)], source="pasted text", actor=actor)
    return _results(outcomes)[0]


async def ingest_uploads(
    request: Request, files: list[UploadFile], *, actor: str, publisher: str | None
) -> list[IntakeResult]:
    """Read every file first and store only if all of them read (a failed upload stores nothing); then each
    report is stored, extracted and linked by :func:`notatarget.ingest.ingest_results`."""
    from notatarget.ingest import ingest_results
    from notatarget.intake import read_bytes

    settings = request.app.state.settings
    if not files or len(files) > settings.max_files:
        raise HTTPException(400, f"send 1 to {settings.max_files} files")
    read = []
    for upload in files:
        name = (upload.filename or "upload")[-200:]
        data = await read_upload(request, upload)
        try:
            read.append((name, read_bytes(data, name, publisher=publisher)))
        except NotatargetError as exc:
            raise NotatargetError(f"{name}: {exc}", hint="nothing was stored; fix or remove this file") from exc
    store = request.app.state.store
    return [r for name, results in read for r in _results(ingest_results(store, results, source=name, actor=actor))]


def summary(results: list[IntakeResult]) -> str:
    added = sum(r.status == "added" for r in results)
    duplicates = sum(r.status == "duplicate" for r in results)
    incidents = sum(len(r.incidents) for r in results)
    return f"{added} report(s) added, {duplicates} duplicate(s), {incidents} incident(s) linked"


def add_evidence(store: Store, incident_id: str, data: bytes, filename: str, actor: str) -> Any:
    """Keep a photo, video, sound or PDF as evidence of an incident; other types are refused, nothing stored."""
    kind = filetype.guess(data)
    if kind is None or kind.mime not in EVIDENCE_TYPES:
        found = kind.mime if kind else "an unknown type"
        raise NotatargetError(f"{filename} is {found}", hint="evidence may be a photo, video, audio file or PDF")
    evidence, _new = store.add_evidence(
        data, incident_id=incident_id, actor=actor, filename=filename[-200:], media_type=kind.mime
    )
    return evidence


# --- users ---------------------------------------------------------------------------------------------------


def add_user(store: Store, username: str, password: str, role: str, *, actor: str) -> models.User:
    """Create an account with an argon2-hashed password."""
    Role.parse(role)
    store.add_user(username, hash_password(password), role=role, actor=actor)
    return store.get_user(username)


# --- lists, public records, maps -----------------------------------------------------------------------------


def facility_page(
    session: Session, country: str | None, *, limit: int, offset: int
) -> tuple[list[models.Facility], int]:
    query = select(models.Facility)
    if country:
        query = query.where(models.Facility.country == country)
    total = session.scalar(select(func.count()).select_from(query.subquery())) or 0
    rows = session.scalars(query.order_by(models.Facility.name, models.Facility.id).limit(limit).offset(offset))
    return list(rows), total


def published(filters: queries.Filters) -> queries.Filters:
    """The filters restricted to what the public policy publishes."""
    from notatarget.publish import load_policy

    statuses = load_policy().statuses
    status = filters.status if filters.status in statuses else statuses[0]
    return dataclasses.replace(filters, status=status)


def public_page(
    session: Session, filters: queries.Filters, *, limit: int, offset: int, cache: queries.VersionedCache | None = None
) -> dict[str, Any]:
    from notatarget.publish import public_record

    rows, total = queries.incident_page(session, published(filters), limit=limit, offset=offset, cache=cache)
    return {"total": total, "limit": limit, "offset": offset, "items": [public_record(r) for r in rows]}


def points(session: Session, filters: queries.Filters, limit: int, *, link: bool) -> dict[str, Any]:
    """Located incidents as GeoJSON (internal view: exact coordinates)."""
    rows = queries.map_points(session, filters, limit=limit + 1)
    features = [
        {
            "type": "Feature",
            "geometry": {"type": "Point", "coordinates": [lon, lat]},
            "properties": {
                "id": iid,
                "date": day,
                "country": country,
                "attack_types": attacks,
                "facility_type": ftype,
                "certainty": certainty,
                **({"url": f"/incidents/{iid}"} if link else {}),
            },
        }
        for iid, lat, lon, day, country, attacks, ftype, certainty in rows[:limit]
    ]
    return {"type": "FeatureCollection", "features": features, "truncated": len(rows) > limit}


def public_points(session: Session, filters: queries.Filters, limit: int) -> dict[str, Any]:
    """Published incidents as GeoJSON at the policy's generalised coordinates, public fields only."""
    from notatarget.publish import public_record

    rows, _total = queries.incident_page(session, published(filters), limit=limit + 1, offset=0)
    features = []
    for row in rows[:limit]:
        record = public_record(row)
        lat, lon = record.get("latitude"), record.get("longitude")
        if lat is None or lon is None:
            continue
        properties = {k: v for k, v in record.items() if k not in ("latitude", "longitude")}
        features.append(
            {"type": "Feature", "geometry": {"type": "Point", "coordinates": [lon, lat]}, "properties": properties}
        )
    return {"type": "FeatureCollection", "features": features, "truncated": len(rows) > limit}


# --- exports ---------------------------------------------------------------------------------------------------


def export_response(
    store: Store, fmt: ExportFormat, filters: queries.Filters, *, public: bool, actor: str
) -> StreamingResponse:
    """The export in ``fmt``, written to a spooled temporary file by the publish stage and streamed back.

    The page filters are the export's own (same fields, same meaning: ``certainty`` is a minimum level, an
    attack type matches incidents with that type among others), so the web and the CLI export the same rows.
    """
    from notatarget.publish import export
    from notatarget.publish.export import Filters as ExportFilters

    wanted = ExportFilters(**dataclasses.asdict(filters))
    out = tempfile.SpooledTemporaryFile(max_size=16 * CHUNK)  # noqa: SIM115 - chunks() closes it once streamed
    export(store, fmt.value, out, public=public, filters=wanted)
    out.seek(0)

    def chunks() -> Iterator[bytes]:
        with out:
            while block := out.read(CHUNK):
                yield block

    suffix = {"hxl": "hxl.csv"}.get(fmt.value, fmt.value)
    name = f"notatarget-{'public' if public else 'incidents'}.{suffix}"
    return StreamingResponse(
        chunks(), media_type=EXPORT_MEDIA[fmt], headers={"content-disposition": f'attachment; filename="{name}"'}
    )
