"""Exports of incidents as HXL CSV, CSV, GeoJSON, XLSX and JSON lines, streamed from the database.

Rows come from one server-side cursor (``stream_results`` + ``yield_per``) and are written as they arrive,
so memory stays flat however many incidents there are. A public export selects only the columns its
policy needs, keeps only the statuses the policy publishes, and passes every row through
:func:`~notatarget.publish.policy.public_record`.
"""

from __future__ import annotations

import csv
import json
import math
from collections.abc import Callable, Generator, Iterable, Iterator, Mapping
from contextlib import closing
from dataclasses import dataclass
from datetime import date
from typing import IO, Any

import sqlalchemy as sa

from notatarget.domain import Certainty
from notatarget.errors import NotatargetError
from notatarget.publish.credits import METADATA
from notatarget.publish.policy import Policy, load_policy, public_record

FORMATS = ("hxl", "csv", "geojson", "xlsx", "jsonl", "json")
BATCH = 5_000
LIST_SEPARATOR = "|"  # libhxl's list separator (``Dataset.expand_lists``); codes never contain it
XLSX_MAX_ROWS = 1_048_576
LIST_COLUMNS = frozenset({"attack_types", "weapons", "resources"})
BOOL_COLUMNS = frozenset({"injured_unspecified", "background", "repeated_attack"})
NUMBER_COLUMNS = frozenset(
    {"killed", "injured", "health_workers_killed", "health_workers_injured", "abducted", "arrested"}
    | {"latitude", "longitude"}
)
_FORMULA_START = frozenset("=+-@\t\r")

#: Internal (non-public) export columns, in order.
FULL_COLUMNS: tuple[str, ...] = (
    "id",
    "status",
    "certainty",
    "date",
    "date_precision",
    "time",
    "country",
    "admin1",
    "location",
    "latitude",
    "longitude",
    "geo_precision",
    "facility_name",
    "facility_type",
    "attack_types",
    "weapons",
    "perpetrator",
    "killed",
    "injured",
    "health_workers_killed",
    "health_workers_injured",
    "injured_unspecified",
    "abducted",
    "arrested",
    "facility_damage",
    "service_impact",
    "resources",
    "background",
    "repeated_attack",
    "description",
    "evidence",
)

#: HXL hashtags, following Insecurity Insight's HDX files where they have a column (codebook_facts §2.2, §5.2).
HXL_TAGS: dict[str, str] = {
    "id": "#event +id",
    "status": "#status +review",
    "certainty": "#meta +certainty",
    "date": "#date +occurred",
    "date_precision": "#meta +date_precision",
    "time": "#meta +time",
    "country": "#country +code +v_iso3",
    "admin1": "#adm1 +name",
    "location": "#loc +name",
    "latitude": "#geo +lat",
    "longitude": "#geo +lon",
    "geo_precision": "#geo +precision",
    "facility_name": "#loc +facility +name",
    "facility_type": "#loc +facility +type",
    "attack_types": "#event +type",
    "weapons": "#weapon",
    "perpetrator": "#group +perp +name",
    "killed": "#affected +killed",
    "injured": "#affected +injured",
    "health_workers_killed": "#affected +healthworker +killed",
    "health_workers_injured": "#affected +healthworker +injured",
    "injured_unspecified": "#meta +injured_unspecified",
    "abducted": "#affected +abducted",
    "arrested": "#affected +arrested",
    "facility_damage": "#impact +facility_damage",
    "service_impact": "#impact +service",
    "resources": "#impact +resources",
    "background": "#meta +background",
    "repeated_attack": "#meta +repeated",
    "description": "#description",
    "evidence": "#meta +evidence",
}


@dataclass(frozen=True, slots=True)
class Filters:
    """Which incidents to export. ``certainty`` is a minimum level (``probable`` keeps probable and confirmed)."""

    country: str | None = None
    since: date | None = None
    until: date | None = None
    status: str | None = None
    certainty: str | None = None
    attack_type: str | None = None

    def levels(self) -> list[str] | None:
        if self.certainty is None:
            return None
        floor = Certainty.parse(self.certainty)
        return [c.value for c in Certainty if c.rank >= floor.rank]


def incident_rows(
    store: Any, columns: Iterable[str], filters: Filters, statuses: Iterable[str] | None = None
) -> Generator[dict[str, Any], None, None]:
    """Stream incident rows (only ``columns``, plus ``status``) matching ``filters``, ordered by id.

    ``statuses`` further restricts the statuses (a public policy's). One read-only transaction.
    """
    from notatarget.store import Store, db, models

    table = models.Incident.__table__
    wanted = dict.fromkeys(["id", "status", *columns])
    status = [filters.status] if filters.status else None
    if statuses is not None:
        allowed = list(statuses)
        status = [s for s in status if s in allowed] if status else allowed
        if not status:
            return
    query = Store.incident_query(  # the store's own filter semantics (date periods overlap since/until)
        country=filters.country,
        since=filters.since,
        until=filters.until,
        attack_type=filters.attack_type,
        certainty=filters.levels(),
        status=status,
        facility_id=None,
    )
    selected = [table.c[name] for name in wanted if name in table.c]
    names = [c.name for c in selected]
    # JSON lists come as their text and are decoded by _json_list: json.loads per cell was a third of the time.
    selected = [sa.type_coerce(c, sa.Text) if c.name in LIST_COLUMNS else c for c in selected]
    lists = [i for i, name in enumerate(names) if name in LIST_COLUMNS]
    query = query.with_only_columns(*selected).order_by(table.c.id)
    options = {"stream_results": True, "yield_per": BATCH, db.READONLY: True}
    with store.engine.connect().execution_options(**options) as connection, connection.begin():
        for row in connection.execute(query):
            values = list(row)
            for i in lists:
                values[i] = _json_list(values[i])
            yield dict(zip(names, values, strict=True))


def _json_list(value: str | list[Any] | None) -> list[Any]:
    """A stored JSON list of strings: the text ``["a", "b"]`` (SQLite) is split directly when no escapes make
    that unsafe; a driver that decodes JSON itself (psycopg) hands over the list."""
    if isinstance(value, list):
        return value
    if not value or value == "[]":
        return []
    if "\\" not in value and value.startswith('["') and value.endswith('"]'):
        return value[2:-2].replace('", "', '","').split('","')
    return list(json.loads(value))


def records(
    store: Any, *, public: bool, filters: Filters = Filters(), policy: Policy | None = None
) -> tuple[tuple[str, ...], Generator[Mapping[str, Any], None, None]]:
    """The columns and the streamed records of an export: public ones under ``policy``, or every field.

    The records hold a read transaction open until they are exhausted or closed: use ``contextlib.closing``.
    """
    if not public:
        return FULL_COLUMNS, incident_rows(store, FULL_COLUMNS, filters)
    policy = policy or load_policy()
    needed = [*policy.fields, "country", "admin1", "latitude", "longitude"]

    def public_rows() -> Iterator[dict[str, Any]]:
        with closing(incident_rows(store, needed, filters, statuses=policy.statuses)) as rows:
            for row in rows:
                yield public_record(row, policy)

    return policy.columns, public_rows()


def export(
    store: Any,
    fmt: str,
    out: IO[bytes],
    *,
    public: bool,
    filters: Filters = Filters(),
    policy: Policy | None = None,
) -> int:
    """Write the incidents matching ``filters`` to ``out`` in ``fmt``; return how many were written."""
    if fmt not in FORMATS:
        raise NotatargetError(f"unknown export format {fmt!r}", hint=f"choose one of {', '.join(FORMATS)}")
    columns, rows = records(store, public=public, filters=filters, policy=policy)
    with closing(rows):  # ends the read transaction even when writing fails half-way
        return WRITERS[fmt](rows, columns, out)


# --- writers: each takes (records, columns, binary stream) and returns the number of records -------------


def _text_cell(value: str | None) -> str | None:
    """Free text for a CSV or spreadsheet cell: what a spreadsheet would run as a formula gets a quote."""
    if value and value[0] in _FORMULA_START:
        return "'" + value  # CSV injection: =, +, -, @ start a formula in Excel and LibreOffice
    return value


def _list_cell(value: list[Any] | None) -> str:
    return LIST_SEPARATOR.join(map(str, value)) if value else ""


def _bool_cell(value: bool | None) -> str:
    return "" if value is None else "true" if value else "false"


def _cells(columns: tuple[str, ...]) -> Callable[[Mapping[str, Any]], list[Any]]:
    """A function from a record to its row of cells; converters are chosen once per column, not per cell."""
    converters = [
        (i, _list_cell if c in LIST_COLUMNS else _bool_cell if c in BOOL_COLUMNS else _text_cell)
        for i, c in enumerate(columns)
        if c not in NUMBER_COLUMNS
    ]

    def cells(record: Mapping[str, Any]) -> list[Any]:
        row = [record.get(c) for c in columns]
        for i, convert in converters:
            row[i] = convert(row[i])
        return row

    return cells


class _Text:
    """A text view of a binary stream that never closes it (so stdout survives an export)."""

    def __init__(self, out: IO[bytes]) -> None:
        self.out = out

    def write(self, text: str) -> int:
        return self.out.write(text.encode("utf-8"))


def _write_table(rows: Iterable[Mapping[str, Any]], columns: tuple[str, ...], out: IO[bytes], tags: bool) -> int:
    writer = csv.writer(_Text(out), lineterminator="\n")
    writer.writerow(columns)
    if tags:
        writer.writerow([HXL_TAGS[c] for c in columns])
    cells = _cells(columns)
    n = 0
    for n, row in enumerate(rows, 1):  # noqa: B007 - n is the count
        writer.writerow(cells(row))
    return n


def write_csv(rows: Iterable[Mapping[str, Any]], columns: tuple[str, ...], out: IO[bytes]) -> int:
    """Plain CSV, UTF-8, one header row."""
    return _write_table(rows, columns, out, tags=False)


def write_hxl(rows: Iterable[Mapping[str, Any]], columns: tuple[str, ...], out: IO[bytes]) -> int:
    """CSV with the HXL hashtag row under the header (as on HDX)."""
    return _write_table(rows, columns, out, tags=True)


def write_jsonl(rows: Iterable[Mapping[str, Any]], columns: tuple[str, ...], out: IO[bytes]) -> int:
    """One JSON object per line, keys in column order."""
    n = 0
    for n, row in enumerate(rows, 1):  # noqa: B007
        out.write(_json({c: row.get(c) for c in columns}).encode("utf-8") + b"\n")
    return n


def write_json(rows: Iterable[Mapping[str, Any]], columns: tuple[str, ...], out: IO[bytes]) -> int:
    """One JSON array of objects, keys in column order (written object by object)."""
    out.write(b"[")
    n = 0
    for n, row in enumerate(rows, 1):
        out.write((b",\n" if n > 1 else b"\n") + _json({c: row.get(c) for c in columns}).encode("utf-8"))
    out.write(b"\n]\n")
    return n


def write_geojson(rows: Iterable[Mapping[str, Any]], columns: tuple[str, ...], out: IO[bytes]) -> int:
    """A GeoJSON FeatureCollection, one Point feature per incident (null geometry when it has no place), with
    top-level ``attribution`` and ``license`` members crediting the gazetteer."""
    properties = [c for c in columns if c not in ("latitude", "longitude")]
    head = _json({"type": "FeatureCollection", **METADATA})[:-1]  # foreign members (RFC 7946 section 6.1)
    out.write(head.encode("utf-8") + b',"features":[\n')
    n = 0
    for n, row in enumerate(rows, 1):
        lat, lon = row.get("latitude"), row.get("longitude")
        geometry = None
        if isinstance(lat, int | float) and isinstance(lon, int | float) and math.isfinite(lat + lon):
            geometry = {"type": "Point", "coordinates": [lon, lat]}
        feature = {"type": "Feature", "id": row.get("id"), "geometry": geometry}
        feature["properties"] = {c: row.get(c) for c in properties}
        out.write((b",\n" if n > 1 else b"") + _json(feature).encode("utf-8"))
    out.write(b"\n]}\n")
    return n


def write_xlsx(rows: Iterable[Mapping[str, Any]], columns: tuple[str, ...], out: IO[bytes]) -> int:
    """An XLSX workbook (openpyxl write-only mode: rows go to disk as they come) with an HXL row, and a sheet
    ``about`` crediting the gazetteer."""
    from openpyxl import Workbook

    book = Workbook(write_only=True)
    sheet = book.create_sheet("incidents")
    sheet.append(list(columns))
    sheet.append([HXL_TAGS[c] for c in columns])
    cells = _cells(columns)
    n = 0
    for n, row in enumerate(rows, 1):
        if n > XLSX_MAX_ROWS - 2:
            raise NotatargetError(
                f"more than {XLSX_MAX_ROWS - 2:,} incidents do not fit in one XLSX sheet",
                hint="export CSV or narrow the export with --country/--since/--until",
            )
        sheet.append([_xlsx_cell(v) for v in cells(row)])
    about = book.create_sheet("about")
    for name, text in METADATA.items():
        about.append([name, text])
    book.save(out)
    return n


def _xlsx_cell(value: Any) -> Any:
    """A cell without the control characters XLSX cannot hold."""
    from openpyxl.cell.cell import ILLEGAL_CHARACTERS_RE

    return ILLEGAL_CHARACTERS_RE.sub("\ufffd", value) if isinstance(value, str) else value


def _json(value: Any) -> str:
    return json.dumps(value, ensure_ascii=False, separators=(",", ":"), default=str)


WRITERS: dict[str, Callable[[Iterable[Mapping[str, Any]], tuple[str, ...], IO[bytes]], int]] = {
    "hxl": write_hxl,
    "csv": write_csv,
    "geojson": write_geojson,
    "xlsx": write_xlsx,
    "jsonl": write_jsonl,
    "json": write_json,
}
