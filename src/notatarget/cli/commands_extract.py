"""``notatarget extract``: the incidents of one report, or of a JSON-lines file of reports."""

from __future__ import annotations

import json
import sys
from pathlib import Path
from typing import Annotated

import typer


def extract_command(
    file: Annotated[Path, typer.Argument(help="A text file, or - for standard input.", allow_dash=True)],
    published: Annotated[str | None, typer.Option(help="Publication date YYYY-MM-DD.")] = None,
) -> None:
    """Print the incidents of one report as a JSON list (field names of ANNOTATION.md)."""
    from notatarget.extract import extract

    text = sys.stdin.read() if str(file) == "-" else file.read_text(encoding="utf-8", errors="replace")
    mentions = extract(text, published=published)
    typer.echo(json.dumps([m.to_annotation() for m in mentions], ensure_ascii=False, indent=2))


def register(app: typer.Typer) -> None:
    app.command("extract")(extract_command)
