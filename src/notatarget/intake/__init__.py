"""Intake: files in, reports out.

``read_path(path, **meta)`` and ``read_bytes(data, filename, **meta)`` read plain text (any common encoding),
HTML, PDF, DOCX, e-mail (.eml) and RSS/Atom feed files into :class:`notatarget.domain.Report` records, each in a
:class:`ReadResult` with the attachments to keep as evidence. Dataset importers live in ``intake.datasets``.
See docs/intake.md for the formats, the safety limits and the metadata rules.
"""

from notatarget.intake.document import Attachment
from notatarget.intake.limits import (
    MAX_RAW_BYTES,
    MAX_TEXT_CHARS,
    MAX_UNZIPPED_BYTES,
    MAX_ZIP_RATIO,
    Limits,
)
from notatarget.intake.reader import ReadResult, read_bytes, read_path
from notatarget.intake.sniff import Kind, sniff

__all__ = [
    "MAX_RAW_BYTES",
    "MAX_TEXT_CHARS",
    "MAX_UNZIPPED_BYTES",
    "MAX_ZIP_RATIO",
    "Attachment",
    "Kind",
    "Limits",
    "ReadResult",
    "read_bytes",
    "read_path",
    "sniff",
]
