"""Word documents (DOCX): body paragraphs and tables in reading order (python-docx), and the core properties."""

from __future__ import annotations

import io
from typing import TYPE_CHECKING

from notatarget.errors import IntakeError
from notatarget.intake.document import Document
from notatarget.intake.limits import Limits

if TYPE_CHECKING:
    from docx.table import _Cell

MEDIA_TYPE = "application/vnd.openxmlformats-officedocument.wordprocessingml.document"


def read(data: bytes, limits: Limits) -> list[Document]:
    """Paragraphs one per line, table rows as cells joined by `` | ``; headers and footers left out.

    The archive is checked for zip bombs (declared sizes and ratios) before python-docx opens it.
    """
    with limits.open_zip(data) as archive:
        if "word/document.xml" not in archive.namelist():
            raise IntakeError(
                "this ZIP archive is not a Word document", hint="give a DOCX file; unpack other archives first"
            )
    import docx
    from docx.table import Table

    try:
        document = docx.Document(io.BytesIO(data))
        lines: list[str] = []
        for block in document.iter_inner_content():
            if isinstance(block, Table):
                lines.extend(_row_text(row.cells) for row in block.rows)
            else:
                lines.append(block.text)
        props = document.core_properties
        title, author, created = props.title, props.author, props.created
    except Exception as exc:  # python-docx and lxml raise many types on damaged parts; all mean the same here
        raise IntakeError(
            f"not a readable DOCX ({type(exc).__name__}: {exc})",
            hint="the file is damaged; open it in a word processor and re-save it",
        ) from exc
    return [
        Document(
            raw=data,
            text="\n".join(lines),
            media_type=MEDIA_TYPE,
            title=title.strip() or None if title else None,
            publisher=author.strip() or None if author else None,
            published=created.date() if created else None,
        )
    ]


def _row_text(cells: list[_Cell]) -> str:
    """A table row's cell texts; a merged cell, which python-docx repeats, is written once."""
    texts: list[str] = []
    for cell in cells:
        text = cell.text.strip()
        if not texts or text != texts[-1]:
            texts.append(text)
    return " | ".join(texts)
