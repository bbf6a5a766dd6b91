"""What a format reader returns: the text and metadata of one document, before it becomes a Report."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from typing import NamedTuple


class Attachment(NamedTuple):
    """A file carried by a report (an e-mail attachment): kept byte for byte as evidence."""

    filename: str
    media_type: str
    data: bytes


@dataclass(slots=True)
class Document:
    """One document as a reader found it. ``raw`` is what its id is the hash of."""

    raw: bytes
    text: str
    media_type: str
    title: str | None = None
    publisher: str | None = None
    published: date | None = None
    source_url: str | None = None
    declared_language: str | None = None
    channel: str = "file"
    attachments: list[Attachment] = field(default_factory=list)
