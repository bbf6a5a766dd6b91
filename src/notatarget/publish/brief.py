"""The monthly brief: a month's published incidents in public fields, counts, a chart, a map and the change
from the previous month, as HTML or PDF (in the spirit of Insecurity Insight's monthly news briefs).

The brief reads only public records (:func:`~notatarget.publish.policy.public_record`), so it can carry
nothing the policy withholds. Charts and the map are SVG drawn here; the map uses the Natural Earth country
outlines the web app vendors (world-atlas TopoJSON). The TopoJSON is decoded by hand (about 20 lines: arcs
are delta-encoded integers) because the PyPI ``topojson`` package pulls shapely and numpy for the reverse
job. PDF comes from WeasyPrint, which renders the same HTML offline (it needs the system's Pango).
"""

from __future__ import annotations

import calendar
import json
from collections import Counter
from collections.abc import Iterable, Mapping, Sequence
from contextlib import closing
from dataclasses import dataclass, field
from datetime import date
from functools import lru_cache
from importlib import resources
from pathlib import Path
from typing import Any

import pycountry
from jinja2 import Environment, PackageLoader, select_autoescape
from markupsafe import Markup, escape

from notatarget.domain import AttackType, FacilityType
from notatarget.errors import NotatargetError
from notatarget.publish.credits import MAP_ATTRIBUTION
from notatarget.publish.export import Filters, records
from notatarget.publish.policy import Policy, load_policy

COLOURS = ("#0072B2", "#E69F00")  # this month, previous month (Okabe-Ito, colour-blind safe)
MAP_WIDTH, MAP_HEIGHT = 720, 330
#: Names shorter than ISO's where the ISO name is inverted ("Congo, The Democratic Republic of the").
_SHORT_NAMES = {"COD": "DR Congo", "PSE": "Palestine (oPt)", "FSM": "Micronesia", "VIR": "US Virgin Islands"}
_TOTALS = ("killed", "injured", "health_workers_killed", "health_workers_injured", "abducted", "arrested")


@dataclass(slots=True)
class MonthFigures:
    """Counts of one month's public records."""

    month: str
    incidents: int = 0
    by_attack_type: Counter[str] = field(default_factory=Counter)
    by_country: Counter[str] = field(default_factory=Counter)
    totals: Counter[str] = field(default_factory=Counter)

    def add(self, record: Mapping[str, Any]) -> None:
        self.incidents += 1
        self.by_attack_type.update(record.get("attack_types") or ["unspecified"])
        self.by_country[record.get("country") or "unknown"] += 1
        self.totals.update({k: record.get(k) or 0 for k in _TOTALS})


@dataclass(slots=True)
class Brief:
    """Everything a brief shows; :func:`render_html` lays it out."""

    month: str
    country: str | None
    policy: Policy
    current: MonthFigures
    previous: MonthFigures
    incidents: list[dict[str, Any]]


def parse_month(text: str) -> tuple[date, date]:
    """The first and last day of ``YYYY-MM``; :class:`NotatargetError` otherwise."""
    try:
        year, month = (int(p) for p in text.split("-"))
        first = date(year, month, 1)
    except ValueError:
        raise NotatargetError(f"--month must be YYYY-MM, not {text[:20]!r}") from None
    return first, first.replace(day=calendar.monthrange(year, month)[1])


def build_brief(store: Any, month: str, *, country: str | None = None, policy: Policy | None = None) -> Brief:
    """Collect the public records of ``month`` and of the month before it."""
    policy = policy or load_policy()
    first, last = parse_month(month)
    before = (first.replace(day=1) - date.resolution).replace(day=1)
    prev_key = before.isoformat()[:7]
    current, previous = MonthFigures(month), MonthFigures(prev_key)
    incidents = []
    _, rows = records(store, public=True, filters=Filters(country=country, since=before, until=last), policy=policy)
    with closing(rows):
        for record in rows:
            key = str(record.get("date") or "")[:7]
            if key == month:
                current.add(record)
                incidents.append(record)
            elif key == prev_key:
                previous.add(record)
    incidents.sort(key=lambda r: (str(r.get("date")), str(r.get("id"))))
    return Brief(month, country, policy, current, previous, incidents)


def render_html(brief: Brief) -> str:
    """The brief as one self-contained HTML page (no scripts, no external files)."""
    env = _environment()
    first, _ = parse_month(brief.month)
    rows = [_incident_row(r) for r in brief.incidents]
    return env.get_template("brief.html").render(
        brief=brief,
        title=f"Attacks on health care: {calendar.month_name[first.month]} {first.year}",
        area=country_name(brief.country) if brief.country else "All countries",
        attack_rows=_compare(brief.current.by_attack_type, brief.previous.by_attack_type, attack_label),
        country_rows=_compare(brief.current.by_country, brief.previous.by_country, country_name),
        change=_change(brief.current.incidents, brief.previous.incidents),
        chart=attack_chart(brief),
        map_svg=map_svg(brief.incidents),
        incidents=rows,
        totals=brief.current.totals,
        attribution=MAP_ATTRIBUTION,
    )


def write_brief(store: Any, month: str, path: Path, *, country: str | None = None) -> Path:
    """Write the brief for ``month`` to ``path``: HTML for ``.html``, PDF for ``.pdf``."""
    suffix = path.suffix.lower()
    if suffix not in (".html", ".htm", ".pdf"):
        raise NotatargetError(f"cannot tell the brief format from {path.name!r}", hint="name the file .html or .pdf")
    html = render_html(build_brief(store, month, country=country))
    try:
        if suffix == ".pdf":
            render_pdf(html, path)
        else:
            path.write_text(html, encoding="utf-8")
    except OSError as exc:
        raise NotatargetError(f"cannot write {path}: {exc.strerror}") from exc
    return path


def render_pdf(html: str, target: Path | None = None) -> bytes | None:
    """Render ``html`` to PDF with WeasyPrint (into ``target``, or returned as bytes), fetching no URL at all."""
    try:
        from weasyprint import HTML
    except OSError as exc:  # the Python package is there but the system's Pango is not
        raise NotatargetError(
            f"PDF needs the Pango library: {exc}", hint="install libpango-1.0-0 (Debian) or write .html"
        ) from exc

    def no_fetch(url: str, *args: Any, **kwargs: Any) -> dict[str, Any]:
        raise ValueError(f"the brief fetches nothing ({url[:60]})")

    return HTML(string=html, url_fetcher=no_fetch).write_pdf(target)


# --- labels ------------------------------------------------------------------------------------------


def attack_label(code: str) -> str:
    """The codebook label of an attack type code (the code itself when unknown)."""
    try:
        return AttackType(code).label
    except ValueError:
        return code.replace("_", " ").capitalize()


def country_name(code: str | None) -> str:
    """The short name of an ISO3 country code."""
    if code in _SHORT_NAMES:
        return _SHORT_NAMES[code]
    found = pycountry.countries.get(alpha_3=code or "")
    return getattr(found, "common_name", None) or getattr(found, "name", None) or (code or "unknown")


def _incident_row(record: Mapping[str, Any]) -> dict[str, Any]:
    facility = record.get("facility_type")
    return {
        **record,
        "country_name": country_name(record.get("country")),
        "attack_labels": ", ".join(attack_label(a) for a in record.get("attack_types") or []) or "unspecified",
        "facility_label": FacilityType(facility).label if facility in FacilityType._value2member_map_ else "",
    }


def _compare(now: Counter[str], before: Counter[str], label: Any) -> list[tuple[str, int, int, str]]:
    keys = sorted(set(now) | set(before), key=lambda k: (-now[k], -before[k], k))
    return [(label(k), now[k], before[k], _change(now[k], before[k])) for k in keys]


def _change(now: int, before: int) -> str:
    if before == 0:
        return "new" if now else "0"
    return f"{now - before:+d} ({(now - before) / before:+.0%})"


# --- SVG ---------------------------------------------------------------------------------------------


def attack_chart(brief: Brief, *, width: int = 640, bar: int = 12) -> Markup:
    """Grouped horizontal bars: incidents by attack type, this month and the previous one."""
    rows = _compare(brief.current.by_attack_type, brief.previous.by_attack_type, attack_label)
    label_w, gap = 280, 10
    height = 30 + len(rows) * (2 * bar + gap)
    top = max((max(n, p) for _, n, p, _ in rows), default=0) or 1
    scale = (width - label_w - 40) / top
    parts = [
        f'<svg xmlns="http://www.w3.org/2000/svg" width="{width}" height="{height}" viewBox="0 0 {width} {height}"'
        ' role="img" aria-label="Incidents by attack type">',
        *(
            f'<rect x="{label_w + i * 150}" y="4" width="10" height="10" fill="{COLOURS[i]}"/>'
            f'<text x="{label_w + 14 + i * 150}" y="13" font-size="11">{escape(m)}</text>'
            for i, m in enumerate((brief.current.month, brief.previous.month))
        ),
    ]
    for i, (label, now, before, _) in enumerate(rows):
        y = 24 + i * (2 * bar + gap)
        parts.append(
            f'<text x="{label_w - 6}" y="{y + bar + 4}" text-anchor="end" font-size="11">{escape(label)}</text>'
        )
        for j, value in enumerate((now, before)):
            w = max(1.0, value * scale)
            parts.append(
                f'<rect x="{label_w}" y="{y + j * bar}" width="{w:.1f}" height="{bar - 1}" fill="{COLOURS[j]}"/>'
                f'<text x="{label_w + w + 4:.1f}" y="{y + j * bar + bar - 2}" font-size="10">{value}</text>'
            )
    if not rows:
        parts.append(f'<text x="{width / 2}" y="24" text-anchor="middle">No published incidents</text>')
    parts.append("</svg>")
    return Markup("".join(parts))


def map_svg(incidents: Sequence[Mapping[str, Any]]) -> Markup:
    """An equirectangular world map: countries with incidents shaded, one dot per generalised location."""
    hit = {pycountry.countries.get(alpha_3=r.get("country") or "") for r in incidents}
    hit_numeric = {c.numeric for c in hit if c}
    paths = []
    for numeric, rings in _country_rings():
        d = "".join("M" + "L".join(f"{x:.1f},{y:.1f}" for x, y in map(_project, ring)) + "Z" for ring in rings)
        fill = "#f4c9a8" if numeric in hit_numeric else "#e6e6e6"
        paths.append(f'<path d="{d}" fill="{fill}" stroke="#ffffff" stroke-width="0.4"/>')
    dots = Counter(
        (round(r["latitude"], 2), round(r["longitude"], 2))
        for r in incidents
        if isinstance(r.get("latitude"), int | float) and isinstance(r.get("longitude"), int | float)
    )
    for (lat, lon), n in sorted(dots.items()):
        x, y = _project((lon, lat))
        paths.append(
            f'<circle cx="{x:.1f}" cy="{y:.1f}" r="{min(2.5 + n, 9)}" fill="#D55E00" fill-opacity="0.75"'
            f' stroke="#ffffff" stroke-width="0.5"><title>{n}</title></circle>'
        )
    return Markup(
        f'<svg xmlns="http://www.w3.org/2000/svg" width="{MAP_WIDTH}" height="{MAP_HEIGHT}" '
        f'viewBox="0 0 {MAP_WIDTH} {MAP_HEIGHT}" role="img" aria-label="Map of incidents">'
        f'<rect width="{MAP_WIDTH}" height="{MAP_HEIGHT}" fill="#f7fbff"/>{"".join(paths)}</svg>'
    )


def _project(point: tuple[float, float]) -> tuple[float, float]:
    """Plate carrée over latitudes 85°N to 60°S (Antarctica left out)."""
    lon, lat = point
    return (lon + 180) * MAP_WIDTH / 360, (85 - max(-60.0, min(85.0, lat))) * MAP_HEIGHT / 145


@lru_cache(maxsize=1)
def _country_rings() -> tuple[tuple[str, list[list[tuple[float, float]]]], ...]:
    """(ISO numeric, outer and inner rings in lon/lat) of every country in the vendored world-atlas file."""
    source = resources.files("notatarget.web") / "static" / "vendor" / "world-atlas" / "countries-110m.json"
    if not source.is_file():
        return ()
    topology = json.loads(source.read_bytes())
    (sx, sy), (tx, ty) = topology["transform"]["scale"], topology["transform"]["translate"]
    arcs = []
    for arc in topology["arcs"]:
        x = y = 0
        points = []
        for dx, dy in arc:
            x, y = x + dx, y + dy
            points.append((x * sx + tx, y * sy + ty))
        arcs.append(points)

    def ring(indices: Iterable[int]) -> list[tuple[float, float]]:
        out: list[tuple[float, float]] = []
        for i in indices:
            points = arcs[i] if i >= 0 else arcs[~i][::-1]
            out.extend(points[1:] if out else points)
        return out

    countries = []
    for geometry in topology["objects"]["countries"]["geometries"]:
        polygons = {"Polygon": [geometry.get("arcs", [])], "MultiPolygon": geometry.get("arcs", [])}
        rings = [ring(r) for polygon in polygons.get(geometry["type"], []) for r in polygon]
        countries.append((str(geometry.get("id", "")), rings))
    return tuple(countries)


@lru_cache(maxsize=1)
def _environment() -> Environment:
    return Environment(
        loader=PackageLoader("notatarget.publish", "templates"),
        autoescape=select_autoescape(default=True, default_for_string=True),
    )
