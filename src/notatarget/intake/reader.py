"""The entry points of intake: bytes or a file in, reports (and their attachments) out."""

from __future__ import annotations

import importlib
import os
import re
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import UTC, date, datetime
from pathlib import Path
from typing import TypeVar

from notatarget.domain import Report, sha256_hex
from notatarget.errors import IntakeError
from notatarget.intake.document import Attachment, Document
from notatarget.intake.limits import Limits
from notatarget.intake.meta import detect_language, published_from_text
from notatarget.intake.sniff import Kind, sniff
from notatarget.intake.text import clean

T = TypeVar("T")

#: The reader module of each kind (imported on first use, so that importing intake stays light).
_READER_MODULES: dict[Kind, str] = {
    Kind.TEXT: "plain",
    Kind.HTML: "webpage",
    Kind.PDF: "pdf",
    Kind.DOCX: "word",
    Kind.EMAIL: "mail",
    Kind.FEED: "feed",
}

#: Media types a caller may declare (an HTTP Content-Type), as hints for content that sniffing cannot place.
_MEDIA_TYPE_HINTS: dict[str, str] = {
    "text/html": ".html",
    "application/xhtml+xml": ".html",
    "message/rfc822": ".eml",
    "application/rss+xml": ".rss",
    "application/atom+xml": ".atom",
    "application/pdf": ".pdf",
}


@dataclass(slots=True)
class ReadResult:
    """One report read from a file, and the files it carried (to keep as evidence)."""

    report: Report
    attachments: list[Attachment] = field(default_factory=list)


def read_bytes(
    data: bytes,
    filename: str | None = None,
    *,
    published: date | datetime | str | None = None,
    publisher: str | None = None,
    url: str | None = None,
    media_type: str | None = None,
    limits: Limits | None = None,
) -> list[ReadResult]:
    """Read ``data`` into reports: one for a document or an e-mail, one per item for a feed.

    The kind is told by the content first, then by ``filename``'s extension, then by ``media_type``.
    Metadata given here overrides what the document says, except a feed item's own date and link, which are
    more specific than anything said of the whole feed file (the arguments fill in where an item has none).
    Raises IntakeError for anything that cannot be read, saying what to do.
    """
    limits = limits or Limits()
    limits.check_raw_size(len(data))
    day = _as_date(published)
    hint_name = filename
    if media_type and not Path(filename or "").suffix:
        hint_name = "document" + _MEDIA_TYPE_HINTS.get(media_type.split(";")[0].strip().lower(), "")
    kind = sniff(data, hint_name)
    received = datetime.now(UTC)
    is_feed = kind is Kind.FEED
    results = []
    for document in _reader(kind)(data, limits):
        text = clean(document.text)
        if not text:
            raise IntakeError(
                f"no text in {filename or 'this ' + kind.value + ' document'}",
                hint="the file is empty or holds only markup or images",
            )
        limits.check_text_length(len(text))
        language = detect_language(text, document.declared_language)
        report = Report(
            id=sha256_hex(document.raw),
            text=text,
            title=document.title,
            publisher=publisher or document.publisher,
            published=_first(document.published, day, is_feed)
            or published_from_text(text, reference=received, language=language),
            language=language,
            source_url=_first(_web_url(document.source_url), url, is_feed),
            channel=document.channel,
            media_type=_first(document.media_type, media_type, is_feed) or document.media_type,
            filename=filename,
            received_at=received,
            raw=document.raw,
        )
        results.append(ReadResult(report, document.attachments))
    return results


def read_path(
    path: str | os.PathLike[str],
    *,
    published: date | datetime | str | None = None,
    publisher: str | None = None,
    url: str | None = None,
    media_type: str | None = None,
    limits: Limits | None = None,
) -> list[ReadResult]:
    """Read a file (see :func:`read_bytes`); its size is checked before any of it is read."""
    limits = limits or Limits()
    path = Path(path)
    try:
        size = path.stat().st_size
        if path.is_dir():
            raise IntakeError(f"{path} is a folder, not a file", hint="give the files inside it")
        limits.check_raw_size(size, f"file {path.name!r}")
        with path.open("rb") as handle:
            data = handle.read(limits.max_raw_bytes + 1)
    except FileNotFoundError:
        raise IntakeError(f"no such file: {path}", hint="check the path") from None
    except PermissionError:
        raise IntakeError(f"cannot read {path}: permission denied", hint="check the file's permissions") from None
    except OSError as exc:
        raise IntakeError(f"cannot read {path}: {exc.strerror or exc}", hint="check the file and the disk") from exc
    return read_bytes(
        data, path.name, published=published, publisher=publisher, url=url, media_type=media_type, limits=limits
    )


def _first(own: T | None, given: T | None, own_first: bool) -> T | None:
    """The document's own value or the caller's, in the order ``own_first`` says, skipping None."""
    return (own or given) if own_first else (given or own)


def _web_url(value: str | None) -> str | None:
    """A link found in a document, kept only if it is an http(s) URL (no ``javascript:``, no bare guid)."""
    value = (value or "").strip()
    return value if re.match(r"https?://[^\s<>\"']+\Z", value, re.I) else None


def _reader(kind: Kind) -> Callable[[bytes, Limits], list[Document]]:
    module = importlib.import_module(f"notatarget.intake.readers.{_READER_MODULES[kind]}")
    return module.read


def _as_date(value: date | datetime | str | None) -> date | None:
    """A published override as a date: a date, a datetime or an ISO ``YYYY-MM-DD`` string."""
    if value is None or (isinstance(value, date) and not isinstance(value, datetime)):
        return value
    if isinstance(value, datetime):
        return value.date()
    try:
        return date.fromisoformat(value.strip()[:10])
    except ValueError:
        raise IntakeError(f"published={value!r} is not a date", hint="give it as YYYY-MM-DD") from None
