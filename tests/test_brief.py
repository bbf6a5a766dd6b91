"""The monthly brief: figures and changes, escaping, and a PDF that renders to pages that are not blank."""

from __future__ import annotations

import shutil
import subprocess
from pathlib import Path

import pytest
from PIL import Image, ImageStat

from notatarget.domain import Mention
from notatarget.errors import NotatargetError
from notatarget.publish.brief import build_brief, map_svg, render_html, write_brief
from notatarget.store import Store


def add(store: Store, day: str, country: str, types: list[str], *, status: str = "published", **values: object) -> None:
    values.setdefault("admin1", "Fictional Province")
    mention = Mention(date=day, country=country, attack_types=types, **values)
    store.create_incident(mention, actor="test", status=status, certainty="probable")


@pytest.fixture
def month(sqlite_store: Store) -> Store:
    add(sqlite_store, "2031-04-02", "SDN", ["heavy_weapons"], killed=3, latitude=15.6, longitude=32.5)
    add(sqlite_store, "2031-04-20", "UKR", ["heavy_weapons", "arson"], injured=2, latitude=50.4, longitude=30.5)
    add(sqlite_store, "2031-04-22", "UKR", ["threat"], status="draft")
    add(sqlite_store, "2031-04", "MMR", ["looting"], health_workers_killed=1)
    add(sqlite_store, "2031-03-15", "SDN", ["heavy_weapons"])
    add(sqlite_store, "2031", "SDN", ["threat"])
    return sqlite_store


def test_figures_count_published_incidents_of_the_month(month: Store) -> None:
    brief = build_brief(month, "2031-04")
    assert brief.current.incidents == 3 and brief.previous.incidents == 1
    assert brief.current.by_attack_type == {"heavy_weapons": 2, "arson": 1, "looting": 1}
    assert brief.current.by_country == {"SDN": 1, "UKR": 1, "MMR": 1}
    assert (brief.current.totals["killed"], brief.current.totals["health_workers_killed"]) == (3, 1)
    only = build_brief(month, "2031-04", country="UKR")
    assert only.current.incidents == 1 and only.previous.incidents == 0


def test_html_shows_the_change_and_escapes_text(month: Store) -> None:
    add(month, "2031-04-25", "SDN", ["heavy_weapons"], admin1="<script>alert(1)</script>")
    html = render_html(build_brief(month, "2031-04"))
    assert "<script>" not in html and "&lt;script&gt;" in html
    assert "+3 (+300%)" in html, "4 incidents against 1 the month before"
    assert "Violence with heavy weapons" in html and "<svg" in html


def test_map_draws_country_outlines_and_points() -> None:
    svg = str(map_svg([{"country": "SDN", "latitude": 15.5, "longitude": 32.5}]))
    assert svg.count("<path") > 100 and svg.count("<circle") == 1


def test_bad_month_and_format_are_refused(month: Store, tmp_path: Path) -> None:
    with pytest.raises(NotatargetError, match="YYYY-MM"):
        build_brief(month, "April")
    with pytest.raises(NotatargetError, match=r"\.html or \.pdf"):
        write_brief(month, "2031-04", tmp_path / "brief.docx")


@pytest.mark.skipif(shutil.which("pdftoppm") is None, reason="pdftoppm (poppler-utils) is not installed")
def test_pdf_pages_are_not_blank(month: Store, tmp_path: Path) -> None:
    pdf = write_brief(month, "2031-04", tmp_path / "brief.pdf")
    assert pdf.read_bytes().startswith(b"%PDF")
    subprocess.run(["pdftoppm", "-r", "40", "-png", str(pdf), str(tmp_path / "page")], check=True, timeout=120)
    pages = sorted(tmp_path.glob("page*.png"))
    assert pages
    for page in pages:
        with Image.open(page) as image:
            variance = ImageStat.Stat(image.convert("L")).var[0]
        assert variance > 50, f"{page.name} looks blank (pixel variance {variance:.1f})"
