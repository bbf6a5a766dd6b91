"""The :class:`Store`: one object for the database, the blob store and the audit log.

Every method that writes runs in one transaction and, when it changes an incident, a mention's link, a
facility, evidence or a user, appends an audit event in that same transaction.
"""

from __future__ import annotations

import base64
import hashlib
import json
import mimetypes
from collections.abc import Callable, Iterable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import Any, Literal

import filetype
import sqlalchemy as sa
from sqlalchemy.dialects import postgresql
from sqlalchemy.engine import Engine
from sqlalchemy.orm import Session, selectinload, sessionmaker

from notatarget import config, domain
from notatarget.domain import Certainty, IncidentStatus
from notatarget.errors import IntegrityError, NotFound, StoreError
from notatarget.store import audit, convert, db, models
from notatarget.store.blobs import BlobStore
from notatarget.store.coltypes import utcnow

#: Incident fields ``update_incident`` may change, besides the value fields.
INCIDENT_FIELDS = ("certainty", "status", "facility_id", "repeated_attack", "conflicts", "link_evidence")
CUSTODY_ACTIONS = ("added", "viewed", "exported", "verified")
LINK_DECISION_KINDS = ("merge", "split")
ROLES = ("viewer", "contributor", "reviewer", "admin")
_LIKE_ESCAPES = str.maketrans({"\\": "\\\\", "%": "\\%", "_": "\\_"})


def public_id(prefix: str, seed: str) -> str:
    """A stable public id: ``prefix`` + ``-`` + 10 base32 characters of the SHA-256 of ``seed``."""
    digest = hashlib.sha256(seed.encode("utf-8", "surrogatepass")).digest()
    return f"{prefix}-{base64.b32encode(digest).decode('ascii')[:10]}"


@dataclass(frozen=True, slots=True)
class EvidenceCheck:
    """The state of one evidence file: ``ok``, ``altered`` or ``missing``."""

    sha256: str
    filename: str
    incident_id: str | None
    state: Literal["ok", "altered", "missing"]
    detail: str | None = None


class Store:
    """The database (SQLite or PostgreSQL), the blob store and the audit log of one notatarget installation."""

    def __init__(self, engine: Engine, blobs: BlobStore) -> None:
        self.engine = engine
        self.blobs = blobs
        self._sessions = sessionmaker(engine, expire_on_commit=False)
        self._readonly = sessionmaker(engine.execution_options(**{db.READONLY: True}), expire_on_commit=False)

    # --- opening ---------------------------------------------------------------------------------

    @classmethod
    def open(cls, url: str | None = None, blob_dir: Path | str | None = None, *, upgrade: bool | None = None) -> Store:
        """Open the store named by ``url`` (default: the ``NOTATARGET_DATABASE_URL`` setting).

        ``upgrade``: True migrates to the newest schema now; None (default) does so only for a new, empty
        SQLite database and otherwise refuses a database whose schema is not current; False skips the check.
        """
        url = url or config.database_url()
        store = cls(db.create_engine(url), BlobStore(blob_dir or config.blob_dir()))
        try:
            if upgrade or (upgrade is None and db.is_sqlite(url) and store.revision() is None):
                store.upgrade()
            elif upgrade is None and store.revision() != db.head_revision():
                raise StoreError(
                    f"the database {store.display_url} is at schema {store.revision() or '(empty)'}, "
                    f"not {db.head_revision()}",
                    hint="run `notatarget db upgrade`",
                )
        except BaseException:
            store.close()
            raise
        return store

    @property
    def display_url(self) -> str:
        """The database URL with any password hidden."""
        return self.engine.url.render_as_string(hide_password=True)

    def upgrade(self) -> None:
        """Migrate the database to the newest schema (Alembic ``upgrade head``)."""
        db.upgrade(self.engine)

    def revision(self) -> str | None:
        """The schema revision of the database (None when empty)."""
        return db.current_revision(self.engine)

    def close(self) -> None:
        """Release every connection."""
        self.engine.dispose()

    def __enter__(self) -> Store:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    @contextmanager
    def session(self, *, readonly: bool = False) -> Iterator[Session]:
        """A transaction: committed when the block ends, rolled back if it raises.

        Database errors come out as :class:`StoreError`. ``readonly=True`` lets SQLite readers run beside a
        writer (write transactions take the write lock at their start).
        """
        factory = self._readonly if readonly else self._sessions
        with db.database_errors(self.engine), factory.begin() as session:
            yield session

    def _audit(self, session: Session, actor: str, action: str, entity: str, entity_id: Any, **change: Any) -> None:
        audit.append(session, actor=actor, action=action, entity=entity, entity_id=entity_id, **change)

    # --- reports and mentions ------------------------------------------------------------------

    def add_report(
        self,
        report: domain.Report,
        mentions: Sequence[domain.Mention] = (),
        *,
        then: Callable[[Session, list[int]], Any] | None = None,
    ) -> tuple[str, bool]:
        """Store ``report`` (and its ``mentions``) in one transaction; return ``(id, created)``.

        ``then(session, mention_ids)`` runs inside that transaction once the mentions are stored (ingest
        links them there, so a report, its mentions and their incidents commit together or not at all).

        Idempotent: the same bytes again change nothing and give ``created=False``. The raw bytes
        (``report.raw``, or the UTF-8 of the text) go to the blob store before the row that names them, and
        ``report.id`` must be their SHA-256.
        """
        raw = report.raw if report.raw is not None else report.text.encode("utf-8")
        sha = domain.sha256_hex(raw)
        if report.id != sha:
            raise IntegrityError(
                f"report id {report.id!r} is not the SHA-256 of its bytes ({sha})",
                hint="build reports with Report.from_text or set id = sha256_hex(raw)",
            )
        with self.session() as session:
            if session.get(models.Report, sha) is not None:
                return sha, False
            self.blobs.put(raw)
            session.add(
                models.Report(
                    id=sha,
                    title=report.title,
                    publisher=report.publisher,
                    published=report.published,
                    language=report.language,
                    source_url=report.source_url,
                    channel=report.channel,
                    media_type=report.media_type,
                    filename=report.filename,
                    text=report.text,
                    size=len(raw),
                    blob_sha256=sha,
                    received_at=report.received_at or utcnow(),
                )
            )
            session.flush()
            mention_ids = self.add_mentions_in(session, sha, mentions)
            if then is not None:
                then(session, mention_ids)
        return sha, True

    def get_report(self, report_id: str) -> domain.Report:
        """The report ``report_id`` (NotFound otherwise)."""
        with self.session(readonly=True) as session:
            return convert.to_report(_get(session, models.Report, report_id))

    def reports(self, *, limit: int | None = None, offset: int = 0) -> list[domain.Report]:
        """Stored reports, newest received first."""
        query = sa.select(models.Report).order_by(models.Report.received_at.desc(), models.Report.id)
        with self.session(readonly=True) as session:
            rows = session.scalars(_page(query, limit, offset)).all()
            return [convert.to_report(r) for r in rows]

    def report_bytes(self, report_id: str) -> bytes:
        """The exact bytes the report was made from, verified against its id."""
        return self.blobs.get(self.get_report(report_id).id)

    def add_mentions(self, report_id: str | None, mentions: Sequence[domain.Mention]) -> list[int]:
        """Store mentions of report ``report_id`` (or imported ones, with ``report_id=None``); return their ids.

        Idempotent: a report's mention with the same ordinal, or an imported mention with the same
        ``source_record`` (dataset, record id), is kept as stored and its id returned.
        """
        with self.session() as session:
            if report_id is not None:
                _get(session, models.Report, report_id)
            return self.add_mentions_in(session, report_id, mentions)

    def add_mentions_in(self, session: Session, report_id: str | None, mentions: Sequence[domain.Mention]) -> list[int]:
        """:meth:`add_mentions` inside the caller's transaction (an import stores and links in one).

        The stored keys are looked up in a few queries and the new rows inserted with one executemany (no ORM
        object per mention); a key given twice is stored once.
        """
        keys: list[tuple[Any, Any]] = []
        for ordinal, mention in enumerate(mentions):
            source = mention.source_record
            if report_id is not None:
                keys.append((report_id, ordinal))
            elif source is None:
                raise StoreError("a mention without a report needs a source_record (dataset, record id)")
            else:
                keys.append((source.dataset, source.record_id))
        stored = stored_mention_ids(session, report_id, keys)
        new: dict[tuple[Any, Any], dict[str, Any]] = {}
        for key, (ordinal, mention) in zip(keys, enumerate(mentions), strict=True):
            if key not in stored and key not in new:
                new[key] = {
                    **convert.mention_row(mention),
                    "report_id": report_id,
                    "ordinal": ordinal if report_id else None,
                }
        stored.update(zip(new, insert_rows(session, models.Mention, list(new.values())), strict=True))
        return [stored[k] for k in keys]

    def mentions(
        self,
        *,
        report_id: str | None = None,
        incident_id: str | None = None,
        unlinked: bool = False,
        ids: Iterable[int] | None = None,
    ) -> dict[int, domain.Mention]:
        """Mentions by id (in id order), filtered by report, incident, ``unlinked`` (no incident) or ids."""
        query = sa.select(models.Mention).order_by(models.Mention.id)
        if report_id is not None:
            query = query.where(models.Mention.report_id == report_id)
        if incident_id is not None:
            query = query.where(models.Mention.incident_id == incident_id)
        if unlinked:
            query = query.where(models.Mention.incident_id.is_(None))
        if ids is not None:
            query = query.where(models.Mention.id.in_(list(ids)))
        with self.session(readonly=True) as session:
            return {row.id: convert.to_mention(row) for row in session.scalars(query)}

    def mention_incidents(self, mention_ids: Iterable[int]) -> dict[int, str | None]:
        """The incident each mention is linked to (None when unlinked)."""
        query = sa.select(models.Mention.id, models.Mention.incident_id).where(models.Mention.id.in_(list(mention_ids)))
        with self.session(readonly=True) as session:
            return {row.id: row.incident_id for row in session.execute(query)}

    # --- incidents ------------------------------------------------------------------------------

    def create_incident(
        self,
        values: domain.Mention,
        mention_ids: Sequence[int] = (),
        *,
        actor: str,
        id: str | None = None,
        certainty: str = Certainty.POSSIBLE,
        status: str = IncidentStatus.DRAFT,
        facility_id: str | None = None,
        provenance: dict[str, Any] | None = None,
        link_evidence: dict[str, Any] | None = None,
        conflicts: list[Any] | None = None,
        repeated_attack: bool = False,
        reason: str | None = None,
    ) -> str:
        """Create an incident from ``values``, link ``mention_ids`` to it, and return its public id.

        Without ``id``, the id is ``NT-`` + 10 base32 characters derived from the smallest natural key of its
        mentions (report id and ordinal, or dataset and record id), so re-running intake and linking on the
        same inputs gives the same ids.
        """
        certainty, status = _code(Certainty, certainty), _code(IncidentStatus, status)
        with self.session() as session:
            incident_id = id or self._new_incident_id(session, mention_ids)
            if session.get(models.Incident, incident_id) is not None:
                raise StoreError(f"incident {incident_id} already exists")
            row = models.Incident(
                id=incident_id,
                **convert.value_columns(values),
                certainty=certainty,
                status=status,
                facility_id=facility_id,
                provenance=provenance or {},
                link_evidence=link_evidence or {},
                conflicts=conflicts or [],
                repeated_attack=repeated_attack,
            )
            session.add(row)
            session.flush()
            self._audit(
                session, actor, "create", "incident", incident_id, after={**_incident_state(row), "_reason": reason}
            )
            self._link(session, incident_id, mention_ids, actor=actor, reason=reason)
        return incident_id

    def _new_incident_id(self, session: Session, mention_ids: Sequence[int]) -> str:
        rows = session.execute(
            sa.select(
                models.Mention.report_id,
                models.Mention.ordinal,
                models.Mention.source_dataset,
                models.Mention.source_record_id,
            ).where(models.Mention.id.in_(list(mention_ids)))
        ).all()
        keys = sorted(
            f"{r.report_id}#{r.ordinal}" if r.report_id else f"{r.source_dataset}/{r.source_record_id}" for r in rows
        )
        if not keys:
            keys = [f"manual/{utcnow().isoformat()}"]
        for n in range(1000):
            for key in keys:
                candidate = public_id("NT", key if n == 0 else f"{key}~{n}")
                if session.get(models.Incident, candidate) is None:
                    return candidate
        raise StoreError("could not find a free incident id")  # pragma: no cover - 1000 collisions

    def link_mentions(
        self, incident_id: str, mention_ids: Iterable[int], *, actor: str, reason: str | None = None
    ) -> None:
        """Link mentions to ``incident_id`` (moving them from any other incident), with an audit event each."""
        with self.session() as session:
            _get(session, models.Incident, incident_id)
            self._link(session, incident_id, mention_ids, actor=actor, reason=reason)

    def unlink_mentions(self, mention_ids: Iterable[int], *, actor: str, reason: str | None = None) -> None:
        """Detach mentions from their incidents, with an audit event each."""
        with self.session() as session:
            self._link(session, None, mention_ids, actor=actor, reason=reason)

    def _link(
        self, session: Session, incident_id: str | None, mention_ids: Iterable[int], *, actor: str, reason: str | None
    ) -> None:
        for mention_id in mention_ids:
            row = _get(session, models.Mention, mention_id)
            if row.incident_id == incident_id:
                continue
            before = {"incident_id": row.incident_id}
            row.incident_id = incident_id
            self._audit(
                session,
                actor,
                "link" if incident_id else "unlink",
                "mention",
                mention_id,
                before=before,
                after={"incident_id": incident_id, "_reason": reason},
            )
        session.flush()

    def get_incident(self, incident_id: str) -> domain.Incident:
        """The incident ``incident_id`` with its mention ids (NotFound otherwise)."""
        with self.session(readonly=True) as session:
            return convert.to_incident(_get(session, models.Incident, incident_id))

    def list_incidents(
        self,
        *,
        country: str | None = None,
        since: date | None = None,
        until: date | None = None,
        attack_type: str | None = None,
        certainty: str | Sequence[str] | None = None,
        status: str | Sequence[str] | None = None,
        facility_id: str | None = None,
        limit: int | None = None,
        offset: int = 0,
    ) -> list[domain.Incident]:
        """Incidents matching every filter given, by date then id.

        ``since``/``until`` keep incidents whose date period overlaps the range (an incident dated only
        ``2016-11`` matches ``since=2016-11-15``); ``certainty``/``status`` take one value or several;
        ``attack_type`` matches incidents with that type among theirs.
        """
        query = self.incident_query(country, since, until, attack_type, certainty, status, facility_id)
        query = query.options(selectinload(models.Incident.mentions)).order_by(
            models.Incident.date_from.is_(None), models.Incident.date_from, models.Incident.id
        )
        with self.session(readonly=True) as session:
            return [convert.to_incident(r) for r in session.scalars(_page(query, limit, offset))]

    def count_incidents(
        self,
        *,
        country: str | None = None,
        since: date | None = None,
        until: date | None = None,
        attack_type: str | None = None,
        certainty: str | Sequence[str] | None = None,
        status: str | Sequence[str] | None = None,
        facility_id: str | None = None,
    ) -> int:
        """How many incidents :meth:`list_incidents` would give for these filters (without limit/offset)."""
        query = self.incident_query(country, since, until, attack_type, certainty, status, facility_id)
        with self.session(readonly=True) as session:
            return session.scalar(sa.select(sa.func.count()).select_from(query.subquery())) or 0

    @staticmethod
    def incident_query(
        country: str | None,
        since: date | None,
        until: date | None,
        attack_type: str | None,
        certainty: str | Sequence[str] | None,
        status: str | Sequence[str] | None,
        facility_id: str | None,
    ) -> sa.Select[tuple[models.Incident]]:
        """The SELECT of incidents matching the filters of :meth:`list_incidents` (exports stream it)."""
        query = sa.select(models.Incident)
        if attack_type:  # the JSON text holds each code in quotes; LIKE on it is the same SQL on both backends
            pattern = "%" + json.dumps(str(attack_type)).translate(_LIKE_ESCAPES) + "%"
            query = query.where(sa.cast(models.Incident.attack_types, sa.Text).like(pattern, escape="\\"))
        if country:
            query = query.where(models.Incident.country == country)
        if since:
            query = query.where(models.Incident.date_to >= since)
        if until:
            query = query.where(models.Incident.date_from <= until)
        if certainty:
            query = query.where(models.Incident.certainty.in_([certainty] if isinstance(certainty, str) else certainty))
        if status:
            query = query.where(models.Incident.status.in_([status] if isinstance(status, str) else status))
        if facility_id:
            query = query.where(models.Incident.facility_id == facility_id)
        return query

    def update_incident(
        self, incident_id: str, changes: dict[str, Any], *, actor: str, reason: str | None = None
    ) -> domain.Incident:
        """Change fields of an incident (value fields and ``INCIDENT_FIELDS``) as ``actor``.

        Writes one audit event with the changed fields before and after (``after["_reason"]`` holds the
        reason) and marks each changed value field in ``provenance`` as set by ``actor``.
        """
        unknown = set(changes) - set(convert.VALUE_FIELDS) - set(INCIDENT_FIELDS)
        if unknown:
            raise StoreError(f"incidents have no field {', '.join(sorted(unknown))}")
        if "certainty" in changes:
            changes = {**changes, "certainty": _code(Certainty, changes["certainty"])}
        if "status" in changes:
            changes = {**changes, "status": _code(IncidentStatus, changes["status"])}
        with self.session() as session:
            row = _get(session, models.Incident, incident_id)
            old = _incident_state(row)
            values = {**convert.values_of(row), **{k: v for k, v in changes.items() if k in convert.VALUE_FIELDS}}
            new = {**convert.value_columns(values), **{k: v for k, v in changes.items() if k in INCIDENT_FIELDS}}
            audited = (*convert.VALUE_FIELDS, *INCIDENT_FIELDS)
            changed = {k for k in audited if k in new and audit.jsonable(getattr(row, k)) != audit.jsonable(new[k])}
            if changed:
                for name, value in new.items():
                    setattr(row, name, value)
                stamp = {"actor": actor, "at": utcnow().isoformat(), "reason": reason}
                row.provenance = {**row.provenance, **{k: stamp for k in changed & set(convert.VALUE_FIELDS)}}
                session.flush()
                after = _incident_state(row)
                self._audit(
                    session,
                    actor,
                    "update",
                    "incident",
                    incident_id,
                    before={k: old[k] for k in sorted(changed)},
                    after={**{k: after[k] for k in sorted(changed)}, "_reason": reason},
                )
            return convert.to_incident(row)

    # --- link decisions -------------------------------------------------------------------------

    def add_link_decision(
        self,
        kind: str,
        *,
        actor: str,
        mention_ids: Sequence[int] = (),
        incident_ids: Sequence[str] = (),
        reason: str | None = None,
    ) -> int:
        """Record a reviewer's ``merge`` or ``split``, which linking must respect; return its id."""
        if kind not in LINK_DECISION_KINDS:
            raise StoreError(f"link decision kind {kind!r} is not one of {', '.join(LINK_DECISION_KINDS)}")
        with self.session() as session:
            row = models.LinkDecision(
                kind=kind, mention_ids=list(mention_ids), incident_ids=list(incident_ids), actor=actor, reason=reason
            )
            session.add(row)
            session.flush()
            state = {"kind": kind, "mention_ids": row.mention_ids, "incident_ids": row.incident_ids, "reason": reason}
            self._audit(session, actor, "create", "link_decision", row.id, after=state)
            return row.id

    def link_decisions(self) -> list[dict[str, Any]]:
        """Every link decision, oldest first, as dicts (id, kind, mention_ids, incident_ids, actor, at, reason)."""
        with self.session(readonly=True) as session:
            rows = session.scalars(sa.select(models.LinkDecision).order_by(models.LinkDecision.id))
            return [
                {
                    name: getattr(r, name)
                    for name in ("id", "kind", "mention_ids", "incident_ids", "actor", "at", "reason")
                }
                for r in rows
            ]

    # --- facilities -----------------------------------------------------------------------------

    def add_facility(
        self,
        facility: domain.Facility,
        *,
        actor: str,
        source: str | None = None,
        osm_id: str | None = None,
        external_ids: dict[str, Any] | None = None,
    ) -> tuple[str, bool]:
        """Store a facility (and its status history); return ``(id, created)``.

        The id is ``facility.id``, else ``FAC-`` + 10 base32 characters derived from the OSM id or from
        name, country and location. Idempotent: an existing id (or OSM id) is returned unchanged.
        """
        seed = f"osm/{osm_id}" if osm_id else f"{facility.name}|{facility.country}|{facility.location}".casefold()
        facility_id = facility.id or public_id("FAC", seed)
        with self.session() as session:
            existing = session.get(models.Facility, facility_id)
            if existing is None and osm_id:
                existing = session.scalar(sa.select(models.Facility).where(models.Facility.osm_id == osm_id))
            if existing is not None:
                return existing.id, False
            row = models.Facility(
                id=facility_id,
                **{name: getattr(facility, name) for name in convert.FACILITY_FIELDS},
                source=source,
                osm_id=osm_id,
                external_ids=external_ids or {},
            )
            session.add(row)
            session.flush()
            self._audit(session, actor, "create", "facility", facility_id, after=_facility_state(row))
            for status in facility.status_history:
                self._add_status(session, facility_id, status, actor=actor, incident_id=None)
        return facility_id, True

    def get_facility(self, facility_id: str) -> domain.Facility:
        """The facility ``facility_id`` with its status history (NotFound otherwise)."""
        with self.session(readonly=True) as session:
            return convert.to_facility(_get(session, models.Facility, facility_id))

    def facilities(self, *, country: str | None = None) -> list[domain.Facility]:
        """Every facility (of ``country``), by name."""
        query = sa.select(models.Facility).options(selectinload(models.Facility.status_history))
        if country:
            query = query.where(models.Facility.country == country)
        with self.session(readonly=True) as session:
            return [convert.to_facility(r) for r in session.scalars(query.order_by(models.Facility.name))]

    def update_facility(
        self, facility_id: str, changes: dict[str, Any], *, actor: str, reason: str | None = None
    ) -> domain.Facility:
        """Change fields of a facility, with an audit event of the changed fields before and after."""
        allowed = (*convert.FACILITY_FIELDS, "source", "osm_id", "external_ids")
        unknown = set(changes) - set(allowed)
        if unknown:
            raise StoreError(f"facilities have no field {', '.join(sorted(unknown))}")
        with self.session() as session:
            row = _get(session, models.Facility, facility_id)
            changed = sorted(k for k, v in changes.items() if audit.jsonable(getattr(row, k)) != audit.jsonable(v))
            if changed:
                before = {k: getattr(row, k) for k in changed}
                for name in changed:
                    setattr(row, name, changes[name])
                after = {k: getattr(row, k) for k in changed}
                self._audit(
                    session, actor, "update", "facility", facility_id, before=before, after={**after, "_reason": reason}
                )
            session.flush()
            return convert.to_facility(row)

    def add_facility_status(
        self, facility_id: str, status: domain.FacilityStatus, *, actor: str, incident_id: str | None = None
    ) -> int:
        """Add a dated functionality statement to a facility's history; return its id."""
        with self.session() as session:
            _get(session, models.Facility, facility_id)
            return self._add_status(session, facility_id, status, actor=actor, incident_id=incident_id)

    def _add_status(
        self, session: Session, facility_id: str, status: domain.FacilityStatus, *, actor: str, incident_id: str | None
    ) -> int:
        row = models.FacilityStatus(
            facility_id=facility_id,
            as_of=status.as_of,
            functionality=status.functionality,
            reason=status.reason,
            source=status.source,
            incident_id=incident_id,
        )
        session.add(row)
        session.flush()
        after = {
            "as_of": row.as_of,
            "functionality": row.functionality,
            "reason": row.reason,
            "incident_id": incident_id,
        }
        self._audit(session, actor, "status", "facility", facility_id, after=after)
        return row.id

    # --- evidence -------------------------------------------------------------------------------

    def add_evidence(
        self,
        source: Path | str | bytes,
        *,
        incident_id: str | None,
        actor: str,
        filename: str | None = None,
        media_type: str | None = None,
    ) -> tuple[domain.Evidence, bool]:
        """Keep a file (a path, or bytes with ``filename``) as evidence of ``incident_id``; return it and
        whether it was new. The blob is written first; its SHA-256 equals ``sha256sum`` of the file.

        Adding the same bytes again records nothing new; attaching them to a second incident is refused.
        """
        if isinstance(source, bytes):
            sha, size = self.blobs.put(source), len(source)
            name = filename or f"{sha}.bin"
        else:
            path = Path(source)
            if not path.is_file():
                raise StoreError(f"{path} is not a file")
            sha, size = self.blobs.put_file(path)
            name = filename or path.name
        kind = media_type or _media_type(self.blobs.path(sha), name)
        with self.session() as session:
            if incident_id is not None:
                _get(session, models.Incident, incident_id)
            existing = session.get(models.Evidence, sha)
            if existing is not None:
                if existing.incident_id not in (None, incident_id) and incident_id is not None:
                    raise StoreError(
                        f"evidence {sha} is already attached to incident {existing.incident_id}",
                        hint="one file is evidence of one incident; link the incidents instead",
                    )
                return convert.to_evidence(existing), False
            row = models.Evidence(
                sha256=sha, filename=name, media_type=kind, size=size, incident_id=incident_id, added_by=actor
            )
            session.add(row)
            session.flush()
            session.add(models.EvidenceCustody(evidence_sha256=sha, actor=actor, action="added"))
            after = {"filename": name, "media_type": kind, "size": size, "incident_id": incident_id}
            self._audit(session, actor, "add", "evidence", sha, after=after)
            return convert.to_evidence(row), True

    def evidence(self, *, incident_id: str | None = None) -> list[domain.Evidence]:
        """Evidence records (of ``incident_id``), oldest first."""
        query = sa.select(models.Evidence).order_by(models.Evidence.added_at, models.Evidence.sha256)
        if incident_id is not None:
            query = query.where(models.Evidence.incident_id == incident_id)
        with self.session(readonly=True) as session:
            return [convert.to_evidence(r) for r in session.scalars(query)]

    def read_evidence(self, sha256: str, *, actor: str, action: str = "viewed") -> bytes:
        """The verified bytes of an evidence file; logs ``viewed`` (or ``exported``) in its custody chain."""
        with self.session() as session:
            _get(session, models.Evidence, sha256)
            data = self.blobs.get(sha256)
            self._custody(session, sha256, actor, action)
        return data

    def record_custody(self, sha256: str, *, actor: str, action: str, note: str | None = None) -> None:
        """Add one link to an evidence file's custody chain (added, viewed, exported or verified)."""
        with self.session() as session:
            _get(session, models.Evidence, sha256)
            self._custody(session, sha256, actor, action, note)

    @staticmethod
    def _custody(session: Session, sha256: str, actor: str, action: str, note: str | None = None) -> None:
        if action not in CUSTODY_ACTIONS:
            raise StoreError(f"custody action {action!r} is not one of {', '.join(CUSTODY_ACTIONS)}")
        session.add(models.EvidenceCustody(evidence_sha256=sha256, actor=actor, action=action, note=note))

    def custody(self, sha256: str) -> list[dict[str, Any]]:
        """The custody chain of an evidence file, oldest first (actor, action, at, note)."""
        with self.session(readonly=True) as session:
            row = _get(session, models.Evidence, sha256)
            return [{"actor": c.actor, "action": c.action, "at": c.at, "note": c.note} for c in row.custody]

    def verify_evidence(self, *, actor: str = "system", record: bool = True) -> list[EvidenceCheck]:
        """Re-hash every evidence file; each comes back ``ok``, ``altered`` or ``missing``.

        With ``record`` a ``verified`` custody entry (noting the outcome) is added for each file.
        """
        checks = []
        for item in self.evidence():
            state: Literal["ok", "altered", "missing"] = "ok"
            detail = None
            try:
                self.blobs.verify(item.sha256)
            except NotFound as exc:
                state, detail = "missing", str(exc)
            except IntegrityError as exc:
                state, detail = "altered", str(exc)
            checks.append(EvidenceCheck(item.sha256, item.filename, item.incident_id, state, detail))
        if record and checks:
            with self.session() as session:
                for check in checks:
                    self._custody(session, check.sha256, actor, "verified", note=check.state)
        return checks

    # --- audit ----------------------------------------------------------------------------------

    def audit_events(
        self, *, entity: str | None = None, entity_id: str | None = None, limit: int | None = None
    ) -> list[domain.AuditEvent]:
        """Audit events in order (of one entity), oldest first."""
        query = sa.select(models.AuditEvent).order_by(models.AuditEvent.seq)
        if entity:
            query = query.where(models.AuditEvent.entity == entity)
        if entity_id is not None:
            query = query.where(models.AuditEvent.entity_id == str(entity_id))
        with self.session(readonly=True) as session:
            return [convert.to_audit_event(r) for r in session.scalars(_page(query, limit, 0))]

    def verify_audit(self, anchor: str | None = None) -> audit.VerifyResult:
        """Check the whole audit chain (and that it still holds the event hashed ``anchor``, if given); the
        result names the first broken event."""
        with self.session(readonly=True) as session:
            return audit.verify(session, anchor=anchor)

    # --- users ----------------------------------------------------------------------------------

    def add_user(self, username: str, password_hash: str, *, role: str = "viewer", actor: str) -> int:
        """Create a user (the password already hashed, e.g. with argon2); return the user's id."""
        _check_role(role)
        with self.session() as session:
            if session.scalar(sa.select(models.User.id).where(models.User.username == username)) is not None:
                raise StoreError(f"user {username!r} already exists")
            row = models.User(username=username, password_hash=password_hash, role=role)
            session.add(row)
            session.flush()
            self._audit(session, actor, "create", "user", username, after={"role": role, "active": True})
            return row.id

    def get_user(self, username: str) -> models.User:
        """The user row ``username`` (detached; read its attributes)."""
        with self.session(readonly=True) as session:
            row = session.scalar(sa.select(models.User).where(models.User.username == username))
            if row is None:
                raise NotFound(f"no user {username!r}")
            return row

    def update_user(self, username: str, changes: dict[str, Any], *, actor: str) -> None:
        """Change a user's ``role``, ``active`` or ``password_hash``, with an audit event (hashes never logged)."""
        unknown = set(changes) - {"role", "active", "password_hash"}
        if unknown:
            raise StoreError(f"users have no changeable field {', '.join(sorted(unknown))}")
        if "role" in changes:
            _check_role(changes["role"])
        with self.session() as session:
            row = session.scalar(sa.select(models.User).where(models.User.username == username))
            if row is None:
                raise NotFound(f"no user {username!r}")
            shown = [k for k in ("role", "active") if k in changes]
            before = {k: getattr(row, k) for k in shown}
            for name, value in changes.items():
                setattr(row, name, value)
            after = {k: getattr(row, k) for k in shown} | (
                {"password": "changed"} if "password_hash" in changes else {}
            )
            self._audit(session, actor, "update", "user", username, before=before, after=after)

    def add_api_token(self, username: str, token: str, *, actor: str, name: str | None = None) -> int:
        """Register an API token for a user (only its SHA-256 is stored); return the token's id."""
        with self.session() as session:
            user = session.scalar(sa.select(models.User).where(models.User.username == username))
            if user is None:
                raise NotFound(f"no user {username!r}")
            row = models.ApiToken(token_hash=domain.sha256_hex(token.encode()), user_id=user.id, name=name)
            session.add(row)
            session.flush()
            self._audit(session, actor, "create", "api_token", row.id, after={"user": username, "name": name})
            return row.id

    def user_for_token(self, token: str) -> models.User | None:
        """The active user owning an unrevoked ``token`` (and note its use), or None."""
        digest = domain.sha256_hex(token.encode())
        with self.session() as session:
            row = session.scalar(
                sa.select(models.ApiToken).where(
                    models.ApiToken.token_hash == digest, models.ApiToken.revoked_at.is_(None)
                )
            )
            if row is None or not row.user.active:
                return None
            row.last_used = utcnow()
            return row.user

    # --- housekeeping ----------------------------------------------------------------------------

    def counts(self) -> dict[str, int]:
        """Rows per table."""
        with self.session(readonly=True) as session:
            return {
                table.name: session.scalar(sa.select(sa.func.count()).select_from(table)) or 0
                for table in models.Base.metadata.sorted_tables
            }

    def backup(self, path: Path | str) -> Path:
        """Write a consistent copy of the database to ``path`` (SQLite file, or a ``pg_dump`` archive)."""
        from notatarget.store.backup import backup

        return backup(self.engine, Path(path))


def chunked(values: Sequence[Any], size: int = 500) -> Iterator[Sequence[Any]]:
    """``values`` in slices of ``size``: SQLite limits how many parameters one statement may bind."""
    return (values[start : start + size] for start in range(0, len(values), size))


def among(session: Session, column: Any, values: Iterable[Any]) -> sa.ColumnElement[bool]:
    """``column IN (values)``; on PostgreSQL ``column = ANY(:values)``, one array parameter however many values
    (psycopg converts every placeholder of a long IN list in Python, which costs more than the query)."""
    values = list(values)
    if session.get_bind().dialect.name == "postgresql":
        return column == sa.any_(sa.bindparam(None, values, type_=postgresql.ARRAY(column.type)))
    return column.in_(values)


def insert_rows(session: Session, model: type[models.Base], rows: Sequence[dict[str, Any]]) -> list[int]:
    """Insert ``rows`` (column values) into ``model``'s table with an integer ``id`` key, in one executemany
    inside the session's transaction; return their new ids in order. Column defaults apply as for ORM objects.

    The ids are chosen first, so the rows go in without ``RETURNING`` (which SQLite answers one INSERT at a
    time and SQLAlchemy sorts row by row on PostgreSQL): on PostgreSQL drawn from the column's sequence, on
    SQLite one past the largest (a write transaction holds SQLite's lock from BEGIN IMMEDIATE, and the tables
    have no AUTOINCREMENT).
    """
    if not rows:
        return []
    table = model.__table__  # type: ignore[attr-defined]
    if session.get_bind().dialect.name == "postgresql":
        drawn = sa.text("SELECT nextval(pg_get_serial_sequence(:table, 'id')) FROM generate_series(1, :n)")
        ids = sorted(session.scalars(drawn, {"table": table.name, "n": len(rows)}))
    else:
        first = (session.scalar(sa.select(sa.func.max(table.c.id))) or 0) + 1
        ids = list(range(first, first + len(rows)))
    bulk_insert(session, model, [{**row, "id": i} for row, i in zip(rows, ids, strict=True)])
    return ids


def bulk_insert(session: Session, model: type[models.Base], rows: Sequence[dict[str, Any]]) -> None:
    """Insert ``rows`` (column values; defaults apply) into ``model``'s table with one Core executemany in
    the session's transaction: no ORM object, no flush bookkeeping, the same on SQLite and PostgreSQL."""
    if rows:
        session.connection().execute(model.__table__.insert(), list(rows))  # type: ignore[attr-defined]


def bulk_update(session: Session, model: type[models.Base], rows: Sequence[dict[str, Any]]) -> None:
    """Update rows of ``model``'s table by ``id``: each dict gives the id and the columns to set. One Core
    executemany per set of columns. ORM objects the session holds are not refreshed: expire them after."""
    table = model.__table__  # type: ignore[attr-defined]
    groups: dict[tuple[str, ...], list[dict[str, Any]]] = {}
    for row in rows:
        groups.setdefault(tuple(sorted(row)), []).append(row)
    connection = session.connection()
    for names, group in groups.items():
        columns = [n for n in names if n != "id"]
        query = (
            table.update()
            .where(table.c.id == sa.bindparam("key_id"))
            .values({n: sa.bindparam(f"new_{n}") for n in columns})
        )
        connection.execute(query, [{"key_id": r["id"], **{f"new_{n}": r[n] for n in columns}} for r in group])


def stored_mention_ids(session: Session, report_id: str | None, keys: Sequence[tuple[Any, Any]]) -> dict[Any, int]:
    """The ids of stored mentions by natural key: ``(report_id, ordinal)`` for a report's mentions, else
    ``(dataset, record id)``; keys not stored are absent. One query per report or dataset."""
    out: dict[Any, int] = {}
    if report_id is not None:
        query = sa.select(models.Mention.ordinal, models.Mention.id).where(models.Mention.report_id == report_id)
        out = {(report_id, ordinal): mention_id for ordinal, mention_id in session.execute(query)}
        return {k: out[k] for k in keys if k in out}
    by_dataset: dict[Any, list[Any]] = {}
    for dataset, record_id in keys:
        by_dataset.setdefault(dataset, []).append(record_id)
    for dataset, record_ids in by_dataset.items():
        unique = sorted(set(record_ids))
        query = sa.select(models.Mention.source_record_id, models.Mention.id).where(
            models.Mention.source_dataset == dataset
        )
        if len(unique) > 500:  # a whole file: one pass over the dataset's keys, not a query per 500 keys
            found = {record_id: mention_id for record_id, mention_id in session.execute(query)}
            out.update({(dataset, r): found[r] for r in unique if r in found})
            continue
        chunk = query.where(among(session, models.Mention.source_record_id, unique))
        out.update({(dataset, record_id): mention_id for record_id, mention_id in session.execute(chunk)})
    return out


def _page(query: sa.Select[Any], limit: int | None, offset: int) -> sa.Select[Any]:
    """``query`` limited to one page; negative numbers are refused (SQLite and PostgreSQL disagree on them)."""
    if (limit is not None and limit < 0) or offset < 0:
        raise StoreError(f"limit {limit} and offset {offset} must not be negative")
    return query.limit(limit).offset(offset)


def _get(session: Session, model: type[models.Base], key: Any) -> Any:
    row = session.get(model, key)
    if row is None:
        raise NotFound(
            f"no {model.__tablename__[:-1] if model.__tablename__.endswith('s') else model.__tablename__} {key!r}"
        )
    return row


def _code(kind: type[domain.Certainty] | type[domain.IncidentStatus], value: str) -> str:
    try:
        return kind.parse(str(value)).value
    except ValueError as exc:
        raise StoreError(str(exc)) from exc


def _media_type(path: Path, filename: str) -> str:
    """The media type from the file's leading bytes (``filetype``), else from its name, else octet-stream."""
    with open(path, "rb") as stream:
        head = stream.read(8192)
    return filetype.guess_mime(head) or mimetypes.guess_type(filename)[0] or "application/octet-stream"


def _check_role(role: str) -> None:
    if role not in ROLES:
        raise StoreError(f"role {role!r} is not one of {', '.join(ROLES)}")


def _incident_state(row: models.Incident) -> dict[str, Any]:
    state = {name: getattr(row, name) for name in (*convert.VALUE_FIELDS, *INCIDENT_FIELDS)}
    return audit.jsonable(state)


def _facility_state(row: models.Facility) -> dict[str, Any]:
    names = (*convert.FACILITY_FIELDS, "source", "osm_id", "external_ids")
    return audit.jsonable({name: getattr(row, name) for name in names})
