"""E-mail messages (.eml): the body as text, the attachments as evidence; Subject, From and Date as metadata."""

from __future__ import annotations

import mimetypes
import re
from datetime import date
from email import policy
from email.message import EmailMessage
from email.parser import BytesParser
from pathlib import PurePath
from typing import cast

from notatarget.errors import IntakeError
from notatarget.intake.document import Attachment, Document
from notatarget.intake.limits import Limits
from notatarget.intake.readers.webpage import html_text
from notatarget.intake.text import decode


def read(data: bytes, limits: Limits) -> list[Document]:
    """One document: the plain-text body (or the HTML body as text, or the subject), plus every attachment."""
    message = cast(EmailMessage, BytesParser(policy=policy.default).parsebytes(data))
    subject = _header(message, "subject")
    body = message.get_body(preferencelist=("plain", "html"))
    text = ""
    if isinstance(body, EmailMessage):
        text = _part_text(body)
        if body.get_content_type() == "text/html":
            text = html_text(text)
    attachments = _attachments(message, body, limits)
    return [
        Document(
            raw=data,
            text=text if text.strip() else subject or "",
            media_type="message/rfc822",
            title=subject,
            publisher=_sender(message),
            published=_sent(message),
            channel="email",
            attachments=attachments,
        )
    ]


def _header(message: EmailMessage, name: str) -> str | None:
    """A header's decoded value, None when absent or unparseable."""
    try:
        value = message.get(name)
    except (ValueError, IndexError, TypeError):
        return None
    if value is None:
        return None
    return " ".join(str(value).split()) or None


def _sender(message: EmailMessage) -> str | None:
    """The display name of the first ``From`` mailbox, or its address when it has none."""
    try:
        addresses = getattr(message.get("from"), "addresses", ())
    except (ValueError, IndexError, TypeError):
        addresses = ()
    for address in addresses:
        if found := (address.display_name or address.addr_spec).strip().strip('"'):
            return found
    return _header(message, "from")


def _sent(message: EmailMessage) -> date | None:
    """The day of the ``Date`` header, None when absent or malformed."""
    try:
        header = message.get("date")
        sent = getattr(header, "datetime", None)
    except (ValueError, IndexError, TypeError):
        return None
    return sent.date() if sent else None


def _part_text(part: EmailMessage) -> str:
    """A text part's content; bytes in an unknown or wrong charset are decoded safely instead of failing."""
    try:
        content = part.get_content()
    except (LookupError, UnicodeError, ValueError, AssertionError):
        content = None
    if isinstance(content, str):
        return content
    payload = part.get_payload(decode=True)
    return decode(payload) if isinstance(payload, bytes) else ""


def _attachments(message: EmailMessage, body: object, limits: Limits) -> list[Attachment]:
    """Every non-body part, byte for byte, with a safe file name."""
    found: list[Attachment] = []
    for index, part in enumerate(message.walk()):
        if part is body or part.is_multipart() or part is message:
            continue
        if part.get_content_disposition() is None and part.get_content_maintype() == "text":
            continue  # an alternative rendering of the body, not an attachment
        if len(found) >= limits.max_attachments:
            raise IntakeError(
                f"e-mail has more than {limits.max_attachments} attachments",
                hint="forward the attachments in several messages",
            )
        media_type = part.get_content_type()
        payload = part.get_payload(decode=True)
        data = payload if isinstance(payload, bytes) else part.as_bytes()
        found.append(Attachment(_safe_filename(part.get_filename(), media_type, index), media_type, data))
    return found


def _safe_filename(name: str | None, media_type: str, index: int) -> str:
    """The base name of an attachment, without directories or control characters; a made-up one when absent."""
    base = PurePath((name or "").replace("\\", "/")).name
    base = re.sub(r"[\x00-\x1f\x7f/]", "", base).strip(" .")[:200]
    return base or f"attachment-{index}{mimetypes.guess_extension(media_type) or '.bin'}"
