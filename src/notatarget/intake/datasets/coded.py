"""The row loop shared by the coded-dataset importers (WHO SSA, ACLED, KoBo/ODK submissions).

Files are read by :func:`notatarget.intake.datasets.common.read_table`; each row is handed to the
dataset's ``mention_from_row(row, number)`` as a ``{header: cell}`` dict. Any invalid row rejects the whole
file (:class:`~notatarget.errors.RejectedRows` names every row and reason), so an import is
all-or-nothing.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Mapping, Sequence
from datetime import date, datetime
from pathlib import Path
from typing import Any

from notatarget.domain import Mention
from notatarget.errors import ImportRowError, IntakeError, RejectedRows
from notatarget.intake.datasets.common import parse_date, read_table

RowParser = Callable[[Mapping[str, Any], int], Mention | None]

#: Written layouts some exports use besides ISO dates and Excel serials (day first when ambiguous).
_DATE_LAYOUTS = ("%d %B %Y", "%d %b %Y", "%d-%b-%Y", "%d/%m/%Y", "%d-%m-%Y", "%d.%m.%Y")


def text(row: Mapping[str, Any], column: str) -> str:
    """The stripped text of a cell; empty when the column is missing or blank (whole floats lose ``.0``)."""
    value = row.get(column)
    if value is None:
        return ""
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    if isinstance(value, datetime | date):
        return value.isoformat()
    return str(value).strip()


def day(row: Mapping[str, Any], column: str, number: int) -> str:
    """The cell as ``YYYY-MM-DD``: ISO, an ISO datetime, an Excel serial or a written day-month-year date."""
    value = row.get(column)
    try:
        return parse_date(value, number).isoformat()
    except ImportRowError:
        for layout in _DATE_LAYOUTS:
            try:
                return datetime.strptime(str(value).strip(), layout).date().isoformat()
            except ValueError:
                continue
        raise ImportRowError(number, f"{column}: {str(value)[:40]!r} is not a date (use YYYY-MM-DD)") from None


def read_mentions(path: str | Path, parse: RowParser, *, kind: str, required: Sequence[str]) -> list[Mention]:
    """Every row of the file at ``path`` as a mention; ``parse`` returns None to skip a row on purpose.

    A file without the ``required`` columns (matched on the last part of a ``group/field`` or ``group-field``
    header) is refused at once as not being a ``kind`` file.

    A row repeating an earlier row's record id with the same values (a submission sent twice over a flaky
    network) is dropped; with different values it is an error. Raises :class:`RejectedRows` listing every
    invalid row; nothing is returned then.
    """
    table = read_table(path)
    headers = [h or f"column {i + 1}" for i, h in enumerate(table.headers)]
    present = {re.split(r"[/-]", h)[-1].casefold() for h in headers} | {h.casefold() for h in headers}
    if missing := [c for c in required if c.casefold() not in present]:
        raise IntakeError(
            f"{Path(path).name} does not look like a {kind} file: no {', '.join(missing)} column",
            hint="check the file, or choose another kind: notatarget import --help",
        )
    mentions: dict[str, Mention] = {}
    errors: list[ImportRowError] = []
    for row in table.rows:
        cells = dict(zip(headers, row.cells, strict=False))
        try:
            mention = parse(cells, row.number)
        except ImportRowError as exc:
            errors.append(exc)
            continue
        except ValueError as exc:
            errors.append(ImportRowError(row.number, str(exc)))
            continue
        if mention is None or mention.source_record is None:
            continue
        record_id = mention.source_record.record_id
        if earlier := mentions.get(record_id):
            if _without_row(earlier) != _without_row(mention):
                first = earlier.source_record.row_number if earlier.source_record else "?"
                errors.append(ImportRowError(row.number, f"record id {record_id!r} is already on row {first}"))
            continue
        mentions[record_id] = mention
    if errors:
        raise RejectedRows(errors)
    return list(mentions.values())


def _without_row(mention: Mention) -> dict[str, Any]:
    data = mention.to_dict()
    data["source_record"] = {**data["source_record"], "row_number": None}
    return data
