"""The web export and the command-line export are one code path: same filters, same meaning, same bytes."""

from __future__ import annotations

import csv
import io

import pytest

from e2e.webseed import add_users, client_for, make_app, seed
from notatarget.publish import Filters, export
from notatarget.review import grade_certainty
from notatarget.store import Store
from notatarget.web.queries import Filters as PageFilters


@pytest.mark.parametrize(
    "query",
    [
        {},
        {"attack_type": "heavy_weapons"},
        {"attack_type": "arson"},
        {"certainty": "probable"},
        {"certainty": "probable", "attack_type": "heavy_weapons", "country": "SDN"},
        {"since": "2023-03-16", "status": "draft"},
    ],
)
def test_web_export_matches_the_cli_export(store: Store, query: dict[str, str]) -> None:
    seeded = seed(store)
    add_users(store)
    grade_certainty(store, seeded.second, "confirmed", actor="test")  # the others stay below 'probable'
    viewer = client_for(make_app(store), "viewer")
    answer = viewer.get("/api/exports/csv", params=query)
    assert answer.status_code == 200, answer.text
    wanted = PageFilters.parse(**query)
    out = io.BytesIO()
    written = export(store, "csv", out, public=False, filters=Filters(**{k: getattr(wanted, k) for k in query}))
    assert answer.content == out.getvalue()
    ids = {row["id"] for row in csv.DictReader(io.StringIO(answer.text))}
    assert len(ids) == written
    if query.get("certainty") == "probable":
        assert ids == {seeded.second}, "certainty is a minimum level: confirmed passes 'probable'"
    if query == {"attack_type": "arson"}:
        assert not ids
