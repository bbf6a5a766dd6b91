"""Reading coded datasets: CSV or XLSX, with or without an HXL hashtag row, columns found by header or tag.

Hand-written on top of :mod:`csv` and openpyxl rather than libhxl because libhxl needs the hashtag row
(files without one are common), gives no spreadsheet row numbers for error messages, and its tags in the
wild are inconsistent (II files use ``#adm1`` and ``#admin1``, ``#geo+lon`` and ``#long``): importers here
match a column on its header text *or* its tag, so both kinds of file read the same.

Typical use::

    table = read_table(path)
    date_col = table.column(names=("Date",), tags=("#date",))
    for row in table.rows:
        row.get(date_col)        # the cell, or None
        row.number               # the row number a spreadsheet shows (header row = 1)
"""

from __future__ import annotations

import csv
import io
import re
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta
from pathlib import Path
from typing import Any

from notatarget.errors import ImportRowError, IntakeError

#: Largest file an importer reads (bytes) and most rows it accepts: bounded, so hostile files cannot exhaust memory.
MAX_FILE_BYTES = 256 * 1024 * 1024
MAX_ROWS = 2_000_000
_CSV_FIELD_LIMIT = 1024 * 1024
_EXCEL_EPOCH = date(1899, 12, 30)


def normal_header(text: str) -> str:
    """A header folded for matching: case, spaces and punctuation ignored."""
    return "".join(ch for ch in str(text).casefold() if ch.isalnum())


def parse_tag(text: str) -> tuple[str, frozenset[str]] | None:
    """An HXL hashtag as (tag, attributes); None when ``text`` is not one. ``#Geo +Lat`` -> ('#geo', {'lat'})."""
    text = str(text or "").strip().lower().replace(" ", "")
    if not re.fullmatch(r"#[a-z][a-z0-9_]*(\+[a-z0-9_]+)*", text):
        return None
    tag, *attributes = text.split("+")
    return tag, frozenset(attributes)


@dataclass(slots=True)
class Row:
    """One data row: its cells and the row number a spreadsheet would show."""

    number: int
    cells: list[Any]

    def get(self, column: int | None) -> Any:
        """The cell in ``column`` with surrounding blanks stripped; None when absent or empty."""
        if column is None or column >= len(self.cells):
            return None
        value = self.cells[column]
        if isinstance(value, str):
            value = value.strip()
            return value or None
        return value


@dataclass(slots=True)
class Table:
    """A dataset read from a file: headers, HXL tags (None when the file has none) and rows."""

    headers: list[str]
    tags: list[tuple[str, frozenset[str]] | None]
    rows: list[Row]

    def column(self, names: Sequence[str] = (), tags: Sequence[str] = ()) -> int | None:
        """The first column whose header is one of ``names`` or whose tag has one of ``tags`` (all its
        attributes; ``#geo+lat`` matches ``#geo +lat +precise``). Names are tried first."""
        wanted = {normal_header(n) for n in names}
        for i, header in enumerate(self.headers):
            if header and normal_header(header) in wanted:
                return i
        for pattern in tags:
            parsed = parse_tag(pattern)
            if parsed is None:
                continue
            for i, tag in enumerate(self.tags):
                if tag and tag[0] == parsed[0] and parsed[1] <= tag[1]:
                    return i
        return None

    def has(self, *names: str) -> bool:
        """True when every one of ``names`` is a header."""
        return all(self.column(names=(n,)) is not None for n in names)


def read_table(path: str | Path) -> Table:
    """Read a CSV or XLSX file; find an HXL tag row in the first rows (as header or just under it)."""
    path = Path(path)
    try:
        size = path.stat().st_size
    except OSError as exc:
        raise IntakeError(f"cannot read {path}: {exc.strerror or exc}") from exc
    if size == 0:
        raise IntakeError(f"{path} is empty", hint="give a CSV or XLSX file with a header row")
    if size > MAX_FILE_BYTES:
        raise IntakeError(f"{path} is {size:,} bytes, more than the {MAX_FILE_BYTES:,} an import accepts")
    data = path.read_bytes()
    raw_rows = _xlsx_rows(data, path) if data[:4] == b"PK\x03\x04" else _csv_rows(data, path)
    return _table(raw_rows, path)


def _csv_rows(data: bytes, path: Path) -> Iterator[list[Any]]:
    text = _decode(data, path)
    if "\x00" in text[:4096]:
        raise IntakeError(f"{path} looks binary, not CSV", hint="give a CSV (UTF-8) or XLSX file")
    sample = text[:65536]
    try:
        dialect = csv.Sniffer().sniff(sample, delimiters=",;\t|")
    except csv.Error:
        dialect = csv.excel
    csv.field_size_limit(_CSV_FIELD_LIMIT)
    reader = csv.reader(io.StringIO(text, newline=""), dialect)
    try:
        yield from reader
    except csv.Error as exc:
        raise IntakeError(f"{path} line {reader.line_num}: not valid CSV ({exc})") from exc


def _decode(data: bytes, path: Path) -> str:
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError:
        from charset_normalizer import from_bytes

        matches = list(from_bytes(data[:1_000_000]))
        if not matches:
            raise IntakeError(f"{path}: cannot tell the text encoding", hint="save the file as UTF-8") from None
        # Among the least chaotic readings prefer Windows-1252, what spreadsheets write in Western locales:
        # on mostly-ASCII files charset-normalizer cannot tell it from Baltic or Central European pages.
        calm = [m for m in matches if m.chaos == min(x.chaos for x in matches)]
        chosen = next((m for m in calm if m.encoding == "cp1252"), calm[0])
        return data.decode(chosen.encoding, errors="replace")


def _xlsx_rows(data: bytes, path: Path) -> Iterator[list[Any]]:
    import zipfile

    from openpyxl import load_workbook

    try:
        workbook = load_workbook(io.BytesIO(data), read_only=True, data_only=True)
    except (zipfile.BadZipFile, KeyError, ValueError, OSError) as exc:
        raise IntakeError(f"{path} is not a readable XLSX workbook ({exc})") from exc
    try:
        sheet = workbook.worksheets[0]
        for values in sheet.iter_rows(values_only=True):
            yield list(values)
    finally:
        workbook.close()


def _is_tag_row(cells: Sequence[Any]) -> bool:
    filled = [c for c in cells if c not in (None, "") and str(c).strip()]
    return bool(filled) and sum(parse_tag(str(c)) is not None for c in filled) >= max(1, len(filled) // 2)


def _table(raw_rows: Iterator[list[Any]], path: Path) -> Table:
    rows = iter(raw_rows)
    number = 0
    first: list[Any] | None = None
    for cells in rows:
        number += 1
        if any(c not in (None, "") for c in cells):
            first = cells
            break
        if number > 25:
            break
    if first is None:
        raise IntakeError(f"{path} has no header row", hint="the first row must name the columns")
    headers = ["" if c is None else str(c).strip() for c in first]
    tags: list[tuple[str, frozenset[str]] | None] = [None] * len(headers)
    body: list[Row] = []
    if _is_tag_row(first):
        tags = [parse_tag(h) for h in headers]
        headers = ["" for _ in headers]
    for cells in rows:
        number += 1
        if not body and not any(tags) and _is_tag_row(cells):
            tags = [parse_tag(str(c)) if c is not None else None for c in cells]
            continue
        if all(c in (None, "") or (isinstance(c, str) and not c.strip()) for c in cells):
            continue
        if len(body) >= MAX_ROWS:
            raise IntakeError(f"{path} has more than {MAX_ROWS:,} rows", hint="split the file")
        body.append(Row(number, list(cells)))
    width = max(len(headers), len(tags))
    headers += [""] * (width - len(headers))
    tags += [None] * (width - len(tags))
    return Table(headers, tags, body)


# --- Cell values ---------------------------------------------------------------------------------------


def parse_date(value: Any, row: int) -> date:
    """A date from an ISO string, an ISO datetime (``2023-04-29T00:00:00.000Z``), a date/datetime cell or an
    Excel serial number; :class:`ImportRowError` otherwise."""
    if isinstance(value, datetime):
        return value.date()
    if isinstance(value, date):
        return value
    if isinstance(value, int | float) and not isinstance(value, bool):
        if 1 <= value < 2_958_466:  # 1900-01-01 .. 9999-12-31
            return _EXCEL_EPOCH + timedelta(days=int(value))
        raise ImportRowError(row, f"date {value!r} is not an Excel date serial")
    text = str(value or "").strip()
    if not text:
        raise ImportRowError(row, "no date")
    if re.fullmatch(r"\d{5}(\.\d+)?", text):
        return parse_date(float(text), row)
    try:
        if len(text) > 10:
            parsed = datetime.fromisoformat(text.replace("Z", "+00:00"))
            return (parsed.astimezone(UTC) if parsed.tzinfo else parsed).date()
        return date.fromisoformat(text)
    except ValueError:
        raise ImportRowError(row, f"date {text[:40]!r} is not an ISO date (YYYY-MM-DD)") from None


def parse_count(value: Any, row: int, column: str, *, maximum: int = 10_000_000) -> int | None:
    """A non-negative whole count ("3", 3.0, "True" as 1, "False" as 0); None when empty."""
    if value is None or value == "":
        return None
    if isinstance(value, bool):
        return int(value)
    text = str(value).strip()
    if text.casefold() in ("true", "yes"):
        return 1
    if text.casefold() in ("false", "no"):
        return 0
    try:
        number = float(text)
    except ValueError:
        raise ImportRowError(row, f"{column}: {text[:40]!r} is not a number") from None
    if number != number or number < 0 or number != int(number):
        raise ImportRowError(row, f"{column}: {text[:40]!r} is not a whole, non-negative count")
    if number > maximum:
        raise ImportRowError(row, f"{column}: {int(number):,} is more than the plausible {maximum:,}")
    return int(number)


def parse_coordinate(value: Any, row: int, column: str, limit: float) -> float | None:
    """A latitude (limit 90) or longitude (limit 180); None when empty."""
    if value is None or value == "":
        return None
    try:
        number = float(str(value).strip())
    except ValueError:
        raise ImportRowError(row, f"{column}: {str(value)[:40]!r} is not a number") from None
    if not -limit <= number <= limit:
        raise ImportRowError(row, f"{column}: {number} is outside -{limit}..{limit}")
    return number
