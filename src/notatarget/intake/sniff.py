"""What kind of document some bytes are: content (magic bytes, markup, headers) first, file extension second.

Written by hand: magic-number libraries (filetype, puremagic) know PDF and ZIP but not the text formats that
matter here (HTML versus RSS/Atom versus an e-mail versus a plain-text field form), which only a look at the
first few kilobytes can tell apart.
"""

from __future__ import annotations

import re
from enum import StrEnum
from pathlib import PurePath

from notatarget.errors import IntakeError
from notatarget.intake.text import bom_encoding


class Kind(StrEnum):
    """The document kinds intake can read."""

    TEXT = "text"
    HTML = "html"
    PDF = "pdf"
    DOCX = "docx"
    EMAIL = "email"
    FEED = "feed"


_EXTENSIONS: dict[str, Kind] = {
    ".txt": Kind.TEXT,
    ".text": Kind.TEXT,
    ".md": Kind.TEXT,
    ".html": Kind.HTML,
    ".htm": Kind.HTML,
    ".xhtml": Kind.HTML,
    ".pdf": Kind.PDF,
    ".docx": Kind.DOCX,
    ".eml": Kind.EMAIL,
    ".rss": Kind.FEED,
    ".atom": Kind.FEED,
    ".xml": Kind.FEED,
}

#: Tables and data files: coded datasets to import, not reports to read.
_DATASET_EXTENSIONS = frozenset({".json", ".jsonl", ".ndjson", ".geojson", ".csv", ".tsv", ".xlsx", ".xls", ".parquet"})

#: Media files: evidence to attach to an incident, not reports to read.
_MEDIA_MAGIC: tuple[tuple[bytes, int, str], ...] = (
    (b"\x89PNG\r\n\x1a\n", 0, "a PNG image"),
    (b"\xff\xd8\xff", 0, "a JPEG image"),
    (b"GIF8", 0, "a GIF image"),
    (b"WEBP", 8, "a WebP image"),
    (b"ftyp", 4, "a video or HEIC photo"),
    (b"\x1aE\xdf\xa3", 0, "a WebM/MKV video"),
    (b"ID3", 0, "an MP3 audio file"),
    (b"OggS", 0, "an Ogg audio or video file"),
)
_OLD_OFFICE = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"
_ZIP = (b"PK\x03\x04", b"PK\x05\x06")

_MARKUP_START = re.compile(r"\A(?:\s|<\?xml[^>]*>|<!--.*?-->|<!doctype[^>]*>)*<", re.I | re.S)
_FEED_ROOT = re.compile(r"<(?:[\w.-]+:)?(?:rss|feed|RDF)\b", re.I)
_HTML_TAG = re.compile(r"<(?:!doctype\s+html|html|head|body|title|meta|div|p|article|h[1-6])\b", re.I)
_HEADER_LINE = re.compile(r"^([A-Za-z][A-Za-z0-9-]*):", re.M)
_MAIL_ONLY_HEADERS = {"mime-version", "message-id", "received", "return-path", "delivered-to", "x-mailer", "to"}


def extension_kind(filename: str | None) -> Kind | None:
    """The kind a file name's extension suggests, if it is one intake knows."""
    return _EXTENSIONS.get(PurePath(filename).suffix.lower()) if filename else None


def sniff(data: bytes, filename: str | None = None) -> Kind:
    """The kind of ``data``: from its content first, its file name's extension second.

    Raises IntakeError for data files (by extension), media files, old binary Office files, and a name whose
    format the content contradicts (random bytes named ``.pdf`` are "not a readable PDF").
    """
    if filename and PurePath(filename).suffix.lower() in _DATASET_EXTENSIONS:
        raise IntakeError(
            f"{_name(filename)} is a dataset, not a report",
            hint="import coded datasets with `notatarget import KIND FILE`; give report texts as JSON lines to "
            "`notatarget extract --jsonl`",
        )
    by_name = extension_kind(filename)
    head = data[:8192]
    if b"%PDF-" in head[:1024]:
        return Kind.PDF
    if head.startswith(_ZIP):
        return Kind.DOCX
    for magic, offset, what in _MEDIA_MAGIC:
        if head[offset : offset + len(magic)] == magic:
            raise IntakeError(
                f"{_name(filename)} is {what}, not a report",
                hint="add photos, videos and audio as evidence of an incident (notatarget ingest adds e-mail "
                "attachments automatically)",
            )
    if head.startswith(_OLD_OFFICE):
        raise IntakeError(
            f"{_name(filename)} is an old binary Office file (.doc/.xls)", hint="save it as DOCX or PDF and retry"
        )
    if by_name is Kind.PDF:
        raise IntakeError(
            f"{_name(filename)} is not a readable PDF (no PDF header)",
            hint="the file is damaged or misnamed; open it to check what it is",
        )
    if by_name is Kind.DOCX:
        raise IntakeError(
            f"{_name(filename)} is not a readable DOCX (not a ZIP archive)",
            hint="the file is damaged or misnamed; an old .doc must be saved as DOCX first",
        )
    return _text_kind(head, by_name)


def _text_kind(head: bytes, by_name: Kind | None) -> Kind:
    """Tell the text formats apart by their first kilobytes."""
    encoding = bom_encoding(head) or "utf-8"
    start = head.decode(encoding, errors="replace").lstrip("\ufeff")
    if _MARKUP_START.match(start):
        if _FEED_ROOT.search(start[:2048]) and not re.search(r"<html\b", start[:2048], re.I):
            return Kind.FEED
        if _HTML_TAG.search(start) or by_name is Kind.HTML:
            return Kind.HTML
    if _looks_like_email(start, by_name):
        return Kind.EMAIL
    if by_name is Kind.HTML and _HTML_TAG.search(start):
        return Kind.HTML
    return Kind.TEXT


def _looks_like_email(start: str, by_name: Kind | None) -> bool:
    """An RFC 5322 header block: ``From`` plus a header no plain field form has (or a ``.eml`` name)."""
    block = re.split(r"\r?\n\r?\n", start, maxsplit=1)[0]
    lines = [line for line in block.splitlines() if line and not line[0].isspace()]
    if not lines or not all(_HEADER_LINE.match(line) for line in lines):
        return False
    names = {m.group(1).lower() for line in lines if (m := _HEADER_LINE.match(line))}
    if by_name is Kind.EMAIL:
        return bool(names & {"from", "subject", "date"})
    return "from" in names and bool(names & _MAIL_ONLY_HEADERS)


def _name(filename: str | None) -> str:
    return repr(PurePath(filename).name) if filename else "this file"
