"""The leak test: withheld fields hold unique markers; no public output may contain any of them.

Every public output is produced — each export format with ``--public``, the monthly brief as HTML and as PDF
(text extracted too, since PDF streams are compressed), and every public route of the web app when it is
there — and all their bytes are searched for every marker.
"""

from __future__ import annotations

import importlib.util
import io
import re
from collections.abc import Iterator
from pathlib import Path

import typer
from pypdf import PdfReader
from typer.testing import CliRunner

from notatarget.cli import commands_exchange
from notatarget.domain import Facility, Mention, Report
from notatarget.publish import FORMATS
from notatarget.store import Store

#: Marker -> where it is hidden. Exact coordinates are markers too (their first three decimals).
MARKERS = {
    "ZQXFACILITYNAME": "facility name",
    "ZQXFACILITYREC": "facility record name",
    "ZQXNARRATIVE": "incident description",
    "ZQXEVIDENCEFILE": "evidence filename",
    "ZQXSOURCEURL": "report source URL",
    "ZQXPUBLISHER": "report publisher",
    "ZQXREPORTTEXT": "report text",
    "ZQXREPORTTITLE": "report title",
    "ZQXPERPETRATOR": "perpetrator name",
    "ZQXPERSONNAME": "a person's name",
    "ZQXLOCATION": "exact place name",
    "ZQXEVIDENCEQUOTE": "evidence quote",
    "ZQXDRAFTONLY": "a draft incident's province",
    "13.579": "exact latitude",
    "24.681": "exact longitude",
}
MONTH = "2031-04"


def secret_mention(day: str, admin1: str = "Fictional State") -> Mention:
    return Mention(
        date=day,
        date_precision="day",
        country="SDN",
        admin1=admin1,
        location="ZQXLOCATION village",
        latitude=13.579246,
        longitude=24.681357,
        geo_precision="exact",
        facility_name="ZQXFACILITYNAME Hospital",
        facility_type="hospital",
        attack_types=["heavy_weapons"],
        perpetrator="ZQXPERPETRATOR Brigade",
        killed=2,
        injured=4,
        evidence="ZQXEVIDENCEQUOTE: the hospital was shelled",
        description="Dr ZQXPERSONNAME was hurt; ZQXNARRATIVE.",
    )


def fill(store: Store) -> None:
    text = "ZQXREPORTTEXT: shelling hit the ZQXFACILITYNAME Hospital; Dr ZQXPERSONNAME was injured."
    report = Report.from_text(
        text, title="ZQXREPORTTITLE", publisher="ZQXPUBLISHER", source_url="https://ZQXSOURCEURL.example/a"
    )
    store.add_report(report, [secret_mention(f"{MONTH}-03")])
    mention_ids = list(store.mentions(report_id=report.id))
    facility_id, _ = store.add_facility(Facility(name="ZQXFACILITYREC", country="SDN", latitude=13.579246), actor="t")
    for day, status in ((f"{MONTH}-03", "published"), (f"{MONTH}-09", "published"), ("2031-03-20", "published")):
        incident_id = store.create_incident(
            secret_mention(day),
            mention_ids if day.endswith("-03") else [],
            actor="t",
            status=status,
            certainty="confirmed",
            facility_id=facility_id,
        )
    store.add_evidence(b"fictional photo bytes", incident_id=incident_id, actor="t", filename="ZQXEVIDENCEFILE.jpg")
    for status in ("draft", "reviewed", "withheld", "rejected"):
        store.create_incident(secret_mention(f"{MONTH}-05", admin1="ZQXDRAFTONLY"), actor="t", status=status)


def public_outputs(store: Store, tmp_path: Path) -> Iterator[tuple[str, bytes]]:
    cli = typer.Typer()
    commands_exchange.register(cli)
    runner = CliRunner()
    for fmt in FORMATS:
        target = tmp_path / f"public.{fmt}"
        result = runner.invoke(cli, ["export", "--format", fmt, "--public", "-o", str(target)])
        assert result.exit_code == 0, result.output
        yield f"export {fmt}", target.read_bytes()
    for suffix in ("html", "pdf"):
        target = tmp_path / f"brief.{suffix}"
        result = runner.invoke(cli, ["brief", "--month", MONTH, "-o", str(target)])
        assert result.exit_code == 0, result.output
        yield f"brief {suffix}", target.read_bytes()
        if suffix == "pdf":
            pdf_text = "".join(page.extract_text() for page in PdfReader(target).pages)
            assert "Sudan" in pdf_text and "Violence with heavy weapons" in pdf_text, "the brief shows the incidents"
            yield "brief pdf text", pdf_text.encode()
    yield from web_outputs(store)


def web_outputs(store: Store) -> Iterator[tuple[str, bytes]]:
    """Every public GET route of the web app (none while the web app is not there)."""
    try:
        from fastapi.testclient import TestClient

        from notatarget.web import create_app
    except ImportError:
        return
    app = create_app(store)
    published = [i.id for i in store.list_incidents(status="published")]
    client = TestClient(app)
    for path in get_paths(app.routes):
        if "public" not in path:
            continue
        for url in expand(path, published):
            response = client.get(url)
            assert response.status_code < 500, url
            yield f"web {url}", response.content


def get_paths(routes: list) -> Iterator[str]:
    """Paths of the GET routes, through included routers (FastAPI nests them in ``original_router``)."""
    for route in routes:
        if hasattr(route, "original_router"):
            yield from get_paths(route.original_router.routes)
        elif "GET" in (getattr(route, "methods", None) or ()):
            yield route.path


def expand(path: str, incident_ids: list[str]) -> list[str]:
    values = {"fmt": [*FORMATS, "json"], "incident_id": incident_ids, "format": [*FORMATS, "json"]}
    urls = [path]
    for name in re.findall(r"{(\w+)(?::\w+)?}", path):
        pattern = "{" + name + r"(?::\w+)?}"
        urls = [re.sub(pattern, str(v), u) for u in urls for v in values.get(name, ["x"])]
    return urls


def test_no_public_output_holds_a_withheld_value(store_env: Store, tmp_path: Path) -> None:
    fill(store_env)
    leaks, names = [], []
    for name, data in public_outputs(store_env, tmp_path):
        names.append(name)
        lowered = data.lower()
        leaks += [
            f"{name}: {where} ({marker})" for marker, where in MARKERS.items() if marker.lower().encode() in lowered
        ]
    assert {f"export {f}" for f in FORMATS} | {"brief html", "brief pdf", "brief pdf text"} <= set(names)
    if importlib.util.find_spec("notatarget.web"):
        assert sum(n.startswith("web ") for n in names) >= 3, f"the web app's public routes were read: {names}"
    assert not leaks, "\n".join(leaks)


def test_the_markers_are_really_in_the_database(store_env: Store) -> None:
    """Guard against a vacuous leak test: the internal export does carry the withheld values."""
    fill(store_env)
    out = io.BytesIO()
    from notatarget.publish import export

    export(store_env, "jsonl", out, public=False)
    for marker in ("ZQXFACILITYNAME", "ZQXNARRATIVE", "ZQXPERPETRATOR", "ZQXLOCATION", "13.579", "ZQXDRAFTONLY"):
        assert marker.encode() in out.getvalue()
