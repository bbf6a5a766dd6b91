"""Batch extraction of JSON-lines input: one output record per input line, in input order.

A bad line (not JSON, no text, a wrong date) gives ``{"id", "error"}`` and the run goes on; with several
workers, lines are spread over a process pool in chunks and results come back in input order.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Iterator
from typing import Any

from notatarget.errors import NotatargetError

#: Lines sent to a worker at once (per-task overhead is paid per chunk, not per line).
CHUNK_LINES = 8


def extract_line(line: str, full: bool = False) -> dict[str, Any]:
    """The output record of one input line ``{"id", "text", "published"?, "language"?}``."""
    from notatarget.extract.pipeline import extract

    record_id = None
    try:
        record = json.loads(line)
        if not isinstance(record, dict):
            raise NotatargetError("a line must be a JSON object")
        record_id = record.get("id")
        text = record.get("text")
        if not isinstance(text, str):
            raise NotatargetError("the line has no string 'text'")
        mentions = extract(text, published=record.get("published"), language=record.get("language"))
    except (json.JSONDecodeError, NotatargetError) as exc:
        return {"id": record_id, "error": str(exc)}
    except Exception as exc:
        return {"id": record_id, "error": f"{type(exc).__name__}: {exc}"}
    return {"id": record_id, "incidents": [m.to_dict() if full else m.to_annotation() for m in mentions]}


def _full_line(line: str) -> dict[str, Any]:
    return extract_line(line, full=True)


def extract_lines(lines: Iterable[str], workers: int = 1, full: bool = False) -> Iterator[dict[str, Any]]:
    """Output records for ``lines`` (blank lines skipped), in order, on ``workers`` processes."""
    lines = (line for line in lines if line.strip())
    work = _full_line if full else extract_line
    if workers <= 1:
        yield from map(work, lines)
        return
    import multiprocessing

    with multiprocessing.get_context("fork").Pool(workers) as pool:
        yield from pool.imap(work, lines, chunksize=CHUNK_LINES)
