"""PDF files: the text layer of each page (pypdf) and the document information (title, author, date)."""

from __future__ import annotations

import io
import logging
from datetime import date
from typing import TYPE_CHECKING

from notatarget.errors import IntakeError
from notatarget.intake.document import Document
from notatarget.intake.limits import Limits

if TYPE_CHECKING:
    from pypdf import DocumentInformation


def read(data: bytes, limits: Limits) -> list[Document]:
    """Pages' text joined by blank lines; refused when damaged, encrypted, too long or without a text layer."""
    from pypdf import PdfReader

    logging.getLogger("pypdf").setLevel(logging.ERROR)
    try:
        reader = PdfReader(io.BytesIO(data))
        if reader.is_encrypted and not reader.decrypt(""):
            raise IntakeError("this PDF is password-protected", hint="save an unprotected copy and retry")
        count = len(reader.pages)
        if count > limits.max_pdf_pages:
            raise IntakeError(
                f"PDF has {count:,} pages, the limit is {limits.max_pdf_pages:,}", hint="split the document"
            )
        pages: list[str] = []
        length = 0
        for page in reader.pages:
            pages.append(page.extract_text() or "")
            length += len(pages[-1])
            limits.check_text_length(length)
        info = reader.metadata
        title, author, created = _info(info)
    except IntakeError:
        raise
    except Exception as exc:  # pypdf raises a dozen unrelated types on damaged files; all mean the same here
        raise IntakeError(
            f"not a readable PDF ({type(exc).__name__}: {exc})",
            hint="the file is damaged or not a PDF; open it in a PDF viewer and re-save or print it to PDF",
        ) from exc
    text = "\n\n".join(page.strip() for page in pages if page.strip())
    if not text:
        raise IntakeError(
            "this PDF has no text layer (a scan or images only)",
            hint="run OCR on it first (for example ocrmypdf) and retry",
        )
    return [
        Document(raw=data, text=text, media_type="application/pdf", title=title, publisher=author, published=created)
    ]


def _info(info: DocumentInformation | None) -> tuple[str | None, str | None, date | None]:
    """Title, author and creation day from the document information dictionary, each None when absent."""
    if info is None:
        return None, None, None
    title = (info.title or "").strip() or None
    author = (info.author or "").strip() or None
    try:
        created = info.creation_date
    except ValueError:
        created = None
    return title, author, created.date() if created else None
