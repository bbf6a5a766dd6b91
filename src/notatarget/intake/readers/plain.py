"""Plain text in any common encoding."""

from __future__ import annotations

import re

from notatarget.intake.document import Document
from notatarget.intake.limits import Limits
from notatarget.intake.text import check_not_binary, decode

_MAX_TITLE = 150
#: ``Date of report: ...``: a form's field, not a title (a key of at most three words).
_KEY_VALUE = re.compile(r"^\w+(?:[ -]\w+){0,2}\s*:")


def read(data: bytes, limits: Limits) -> list[Document]:
    """The whole file as text; its first short line (not a ``[note]`` or a ``key: value`` field) as the title."""
    limits.check_text_length(len(data) // 4)  # no encoding takes more than 4 bytes a character
    text = decode(data)
    check_not_binary(text)
    return [Document(raw=data, text=text, media_type="text/plain", title=_title(text))]


def _title(text: str) -> str | None:
    lines = [line.strip() for line in text[:2000].splitlines() if line.strip()]
    lines = [line for line in lines if not (line.startswith("[") and line.endswith("]"))]
    if len(lines) > 1 and len(lines[0]) <= _MAX_TITLE and not _KEY_VALUE.match(lines[0]):
        return lines[0]
    return None
