"""Server-side SVG charts for the dashboard and public view.

Drawn here instead of with a JavaScript chart library so the figures render with scripts off, print, and need
no client code under the strict CSP; two chart shapes (bars and a stacked monthly series) are all we need.
Every text goes through ``markupsafe.escape``.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Any

from markupsafe import Markup, escape

#: Colour-blind-safe palette (Okabe-Ito), cycled over series.
PALETTE = ("#0072B2", "#E69F00", "#009E73", "#D55E00", "#CC79A7", "#56B4E9", "#F0E442", "#000000")


def bar_chart(items: Sequence[Mapping[str, Any]], *, title: str, width: int = 420, bar: int = 18) -> Markup:
    """Horizontal bars, one per ``{"label", "count"}`` item, in the order given."""
    counts = [(str(item["label"]), int(item["count"])) for item in items]
    label_w, pad = 150, 4
    height = max(1, len(counts)) * (bar + pad) + 8
    top = max((c for _, c in counts), default=0) or 1
    scale = (width - label_w - 50) / top
    parts = [_open(width, height, title)]
    for i, (label, count) in enumerate(counts):
        y = 4 + i * (bar + pad)
        w = max(1.0, count * scale)
        parts.append(
            f'<text x="{label_w - 6}" y="{y + bar - 5}" text-anchor="end" class="lbl">{escape(label)}</text>'
            f'<rect x="{label_w}" y="{y}" width="{w:.1f}" height="{bar}" fill="{PALETTE[0]}">'
            f"<title>{escape(label)}: {count}</title></rect>"
            f'<text x="{label_w + w + 4:.1f}" y="{y + bar - 5}" class="num">{count}</text>'
        )
    if not counts:
        parts.append(f'<text x="{width / 2}" y="{height / 2 + 4}" text-anchor="middle">no data</text>')
    parts.append("</svg>")
    return Markup("".join(parts))


def monthly_series(
    series: Mapping[str, Mapping[str, int]], *, title: str, width: int = 640, height: int = 220
) -> Markup:
    """Stacked monthly bars: ``series[label][YYYY-MM] = count``, with a legend."""
    months = month_range(sorted({m for counts in series.values() for m in counts}))
    labels = [k for k, v in sorted(series.items(), key=lambda kv: -sum(kv[1].values()))]
    left, bottom, legend_h = 36, 24, 18 * ((len(labels) + 2) // 3)
    plot_h = height - bottom - 8
    totals = {m: sum(series[k].get(m, 0) for k in labels) for m in months}
    top = max(totals.values(), default=0) or 1
    step = min(60.0, (width - left - 8) / max(1, len(months)))
    parts = [_open(width, height + legend_h, title)]
    parts.append(f'<text x="{left - 4}" y="14" text-anchor="end" class="num">{top}</text>')
    parts.append(f'<line x1="{left}" y1="{8 + plot_h}" x2="{width - 8}" y2="{8 + plot_h}" stroke="#888"/>')
    for i, month in enumerate(months):
        x, base = left + i * step, 8 + plot_h
        for j, label in enumerate(labels):
            count = series[label].get(month, 0)
            if not count:
                continue
            h = count / top * plot_h
            base -= h
            parts.append(
                f'<rect x="{x + 1:.1f}" y="{base:.1f}" width="{max(1.0, step - 2):.1f}" height="{h:.1f}" '
                f'fill="{PALETTE[j % len(PALETTE)]}"><title>{escape(month)} {escape(label)}: {count}</title></rect>'
            )
        if i % max(1, len(months) // 8) == 0:
            parts.append(f'<text x="{x:.1f}" y="{height - 6}" class="lbl">{escape(month)}</text>')
    for j, label in enumerate(labels):
        lx, ly = 8 + (j % 3) * (width // 3), height + 4 + 18 * (j // 3)
        parts.append(
            f'<rect x="{lx}" y="{ly}" width="12" height="12" fill="{PALETTE[j % len(PALETTE)]}"/>'
            f'<text x="{lx + 16}" y="{ly + 10}" class="lbl">{escape(label)}</text>'
        )
    if not months:
        parts.append(f'<text x="{width / 2}" y="{height / 2}" text-anchor="middle">no data</text>')
    parts.append("</svg>")
    return Markup("".join(parts))


def month_range(months: list[str], limit: int = 600) -> list[str]:
    """Every ``YYYY-MM`` from the first to the last of ``months`` (so gaps show as gaps), at most ``limit``."""
    valid = [m for m in months if len(m) == 7 and m[:4].isdigit() and m[5:].isdigit() and 1 <= int(m[5:]) <= 12]
    if not valid:
        return []
    year, month = int(valid[0][:4]), int(valid[0][5:])
    out = []
    while len(out) < limit:
        out.append(f"{year:04d}-{month:02d}")
        if out[-1] >= valid[-1]:
            break
        year, month = (year + 1, 1) if month == 12 else (year, month + 1)
    return out


def _open(width: int, height: int, title: str) -> str:
    return (
        f'<svg xmlns="http://www.w3.org/2000/svg" class="chart" viewBox="0 0 {width} {height}" '
        f'width="{width}" height="{height}" role="img" aria-label="{escape(title)}"><title>{escape(title)}</title>'
    )
