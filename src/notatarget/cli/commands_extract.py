"""``notatarget extract``: the incidents of one report, or of a JSON-lines file of reports."""

from __future__ import annotations

import json
import sys
from pathlib import Path
from typing import Annotated

import typer

from notatarget.errors import ExtractError


def extract_command(
    file: Annotated[Path | None, typer.Argument(help="A text file, or - for standard input.", allow_dash=True)] = None,
    published: Annotated[str | None, typer.Option(help="Publication date YYYY-MM-DD.")] = None,
    language: Annotated[
        str | None, typer.Option(help="Language code (en, fr, es, ar...); guessed when absent.")
    ] = None,
    output_format: Annotated[str, typer.Option("--format", help="json or table.")] = "json",
    full: Annotated[bool, typer.Option("--full", help="Include spans, rules, confidence and coordinates.")] = False,
    jsonl: Annotated[
        Path | None, typer.Option(help='JSON-lines input: {"id", "text", "published"?, "language"?} per line.')
    ] = None,
    workers: Annotated[int, typer.Option(min=1, help="Processes for --jsonl.")] = 1,
) -> None:
    """Print the incidents of a report as a JSON list (field names of ANNOTATION.md), or with --jsonl one
    line {"id", "incidents"} per input line, in input order."""
    if jsonl is not None:
        _extract_jsonl(jsonl, workers, full)
        return
    if file is None:
        raise ExtractError("give a FILE (or - for standard input), or --jsonl IN.jsonl")
    if output_format not in ("json", "table"):
        raise ExtractError(f"unknown format {output_format!r}", hint="use json or table")
    from notatarget.extract import extract

    try:
        text = sys.stdin.read() if str(file) == "-" else file.read_text(encoding="utf-8", errors="replace")
    except OSError as exc:
        raise ExtractError(f"cannot read {file}: {exc}") from exc
    mentions = extract(text, published=published, language=language)
    records = [m.to_dict() if full else m.to_annotation() for m in mentions]
    if output_format == "json":
        typer.echo(json.dumps(records, ensure_ascii=False, indent=2))
        return
    from rich.console import Console
    from rich.table import Table

    console = Console()
    for number, record in enumerate(records, 1):
        table = Table("field", "value", title=f"incident {number}", title_justify="left")
        for name, value in record.items():
            if value not in (None, [], False, {}) and name != "spans":
                table.add_row(name, ", ".join(map(str, value)) if isinstance(value, list) else str(value))
        console.print(table)
    if not records:
        console.print("no incident")


def _extract_jsonl(path: Path, workers: int, full: bool) -> None:
    from notatarget.extract.batch import extract_lines

    try:
        with path.open(encoding="utf-8", errors="replace") as handle:
            total = sum(1 for line in handle if line.strip())
        handle = path.open(encoding="utf-8", errors="replace")
    except OSError as exc:
        raise ExtractError(f"cannot read {path}: {exc}") from exc
    with handle, typer.progressbar(length=total, label="extracting", file=sys.stderr) as bar:
        for record in extract_lines(handle, workers=workers, full=full):
            sys.stdout.write(json.dumps(record, ensure_ascii=False) + "\n")
            bar.update(1)


def register(app: typer.Typer) -> None:
    app.command("extract")(extract_command)
