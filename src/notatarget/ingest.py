"""Ingest: files in, incidents out. Reads each file (``intake``), extracts its incidents (``extract``), stores
the report with its mentions and links them into incidents (``store`` and ``link``) in ONE transaction per
report, so a crash leaves every report either fully stored or absent; re-running skips what is stored.

Files that carry other files (an e-mail's attachments) have them kept as evidence of the report's first
incident. A file that cannot be read is reported with its reason; the others go on.
"""

from __future__ import annotations

import os
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import Any, Literal

import sqlalchemy as sa
from sqlalchemy.orm import Session

from notatarget.errors import NotatargetError
from notatarget.intake import ReadResult, read_bytes, read_path

Status = Literal["new", "duplicate", "failed"]
ACTOR = "ingest"


@dataclass(slots=True)
class Outcome:
    """What became of one report (or of a file that gave none)."""

    source: str
    status: Status
    report_id: str | None = None
    title: str | None = None
    incidents: list[str] = field(default_factory=list)
    reason: str | None = None

    def to_dict(self) -> dict[str, Any]:
        return {
            "source": self.source,
            "status": self.status,
            "report_id": self.report_id,
            "title": self.title,
            "incidents": self.incidents,
            "reason": self.reason,
        }


@dataclass(slots=True)
class Summary:
    """All outcomes of an ingest run, with the counts its closing line prints."""

    outcomes: list[Outcome] = field(default_factory=list)

    def count(self, status: Status) -> int:
        return sum(1 for o in self.outcomes if o.status == status)

    @property
    def failed(self) -> list[Outcome]:
        return [o for o in self.outcomes if o.status == "failed"]

    @property
    def incidents(self) -> list[str]:
        return sorted({i for o in self.outcomes for i in o.incidents})


def iter_files(paths: Iterable[str | os.PathLike[str]]) -> Iterator[Path]:
    """Files named in ``paths``, folders walked recursively in name order; hidden files and folders skipped.

    A path that does not exist is yielded as is, so that reading it reports the error.
    """
    for raw in paths:
        path = Path(raw)
        if path.is_dir():
            for root, dirs, files in os.walk(path):
                dirs[:] = sorted(d for d in dirs if not d.startswith("."))
                for name in sorted(files):
                    if not name.startswith("."):
                        yield Path(root) / name
        else:
            yield path


def ingest_paths(
    store: Any,
    paths: Iterable[str | os.PathLike[str]],
    *,
    published: date | str | None = None,
    publisher: str | None = None,
    url: str | None = None,
    language: str | None = None,
    actor: str = ACTOR,
    on_file: Callable[[Path, list[Outcome]], None] | None = None,
) -> Summary:
    """Ingest files and folders; ``on_file(path, outcomes)`` is called after each file (for progress)."""
    summary = Summary()
    for path in iter_files(paths):
        try:
            results = read_path(path, published=published, publisher=publisher, url=url)
        except NotatargetError as exc:
            outcomes = [Outcome(str(path), "failed", reason=str(exc))]
        else:
            outcomes = ingest_results(store, results, source=str(path), language=language, actor=actor)
        summary.outcomes.extend(outcomes)
        if on_file is not None:
            on_file(path, outcomes)
    return summary


def ingest_bytes(
    store: Any,
    data: bytes,
    filename: str | None = None,
    *,
    published: date | str | None = None,
    publisher: str | None = None,
    url: str | None = None,
    language: str | None = None,
    actor: str = ACTOR,
) -> list[Outcome]:
    """Ingest one file's bytes (an upload, a pasted text); errors come back as a failed outcome."""
    source = filename or "(upload)"
    try:
        results = read_bytes(data, filename, published=published, publisher=publisher, url=url)
    except NotatargetError as exc:
        return [Outcome(source, "failed", reason=str(exc))]
    return ingest_results(store, results, source=source, language=language, actor=actor)


def ingest_results(
    store: Any, results: list[ReadResult], *, source: str, language: str | None = None, actor: str = ACTOR
) -> list[Outcome]:
    """Store, extract and link reports already read by ``intake``."""
    return [_ingest_one(store, result, source=source, language=language, actor=actor) for result in results]


def _ingest_one(store: Any, result: ReadResult, *, source: str, language: str | None, actor: str) -> Outcome:
    from notatarget.extract import extract_report

    report = result.report
    if language:
        report.language = language
    outcome = Outcome(source, "new", report_id=report.id, title=report.title)
    try:
        if _has_report(store, report.id):
            outcome.status = "duplicate"
            outcome.incidents = _link_leftovers(store, report.id, actor)
        else:
            mentions = extract_report(report)

            def link(session: Session, mention_ids: list[int]) -> None:
                if mention_ids:
                    link_in(session, mention_ids, actor=actor)

            _, created = store.add_report(report, mentions, then=link)
            outcome.status = "new" if created else "duplicate"
            outcome.incidents = _incidents_of(store, report.id)
        _keep_attachments(store, result, outcome, actor)
    except NotatargetError as exc:
        outcome.status, outcome.reason, outcome.incidents = "failed", str(exc), []
    return outcome


def link_in(session: Session, mention_ids: list[int], *, actor: str = ACTOR) -> tuple[Any, dict[str, int]]:
    """Link new mentions inside the caller's transaction, then tie their incidents to facilities and refresh
    the repeated-targeting flags. Returns the linking summary and what the follow-up changed."""
    from notatarget.analyze import after_linking
    from notatarget.link.store import relink

    summary = relink(session, mention_ids=mention_ids, actor=actor)
    return summary, after_linking(session, summary.changed)


def import_and_link(store: Any, mentions: list[Any], *, actor: str) -> tuple[Any, dict[str, int]]:
    """Store imported dataset mentions and link them, all in one transaction (all or nothing).

    Returns the import summary (added, already stored, linking) and what the follow-up after linking changed.
    """
    from notatarget.analyze import after_linking
    from notatarget.link.store import import_mentions

    with store.session() as session:
        summary = import_mentions(session, store, mentions, actor=actor)
        return summary, after_linking(session, summary.link.changed)


def _has_report(store: Any, report_id: str) -> bool:
    from notatarget.store import models

    with store.session(readonly=True) as session:
        return session.get(models.Report, report_id) is not None


def _incidents_of(store: Any, report_id: str) -> list[str]:
    from notatarget.store import models

    query = (
        sa.select(models.Mention.incident_id)
        .where(models.Mention.report_id == report_id, models.Mention.incident_id.is_not(None))
        .order_by(models.Mention.ordinal)
    )
    with store.session(readonly=True) as session:
        return list(dict.fromkeys(session.scalars(query)))


def _link_leftovers(store: Any, report_id: str, actor: str) -> list[str]:
    """A stored report whose mentions are not linked yet (an older run stopped between steps) gets linked."""
    unlinked = store.mentions(report_id=report_id, unlinked=True)
    if unlinked:
        with store.session() as session:
            link_in(session, list(unlinked), actor=actor)
    return _incidents_of(store, report_id)


def _keep_attachments(store: Any, result: ReadResult, outcome: Outcome, actor: str) -> None:
    incident = outcome.incidents[0] if outcome.incidents else None
    for attachment in result.attachments:
        store.add_evidence(
            attachment.data,
            incident_id=incident,
            actor=actor,
            filename=attachment.filename,
            media_type=attachment.media_type,
        )
