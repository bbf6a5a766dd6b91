"""Public outputs that carry gazetteer places credit GeoNames (CC BY 4.0): exports, brief, pages and map."""

from __future__ import annotations

import io
import json

from openpyxl import load_workbook

from e2e.webseed import client_for, make_app, seed
from notatarget.domain import Mention
from notatarget.publish import export
from notatarget.publish.brief import build_brief, render_html
from notatarget.publish.credits import GEONAMES, MAP_ATTRIBUTION
from notatarget.store import Store


def _published(store: Store) -> None:
    mention = Mention(date="2031-04-03", country="SDN", admin1="Fictional State", latitude=13.1, longitude=24.2)
    store.create_incident(mention, actor="test", status="published", certainty="confirmed")


def test_geojson_and_xlsx_exports_credit_geonames(sqlite_store: Store) -> None:
    _published(sqlite_store)
    for public in (True, False):
        out = io.BytesIO()
        export(sqlite_store, "geojson", out, public=public)
        collection = json.loads(out.getvalue())
        assert collection["attribution"] == GEONAMES and "CC BY 4.0" in collection["license"]
        assert collection["type"] == "FeatureCollection" and len(collection["features"]) == 1
        out = io.BytesIO()
        export(sqlite_store, "xlsx", out, public=public)
        book = load_workbook(io.BytesIO(out.getvalue()), read_only=True)
        assert book.sheetnames == ["incidents", "about"]
        assert dict(book["about"].iter_rows(values_only=True))["attribution"] == GEONAMES


def test_brief_and_public_pages_credit_geonames_and_natural_earth(sqlite_store: Store) -> None:
    _published(sqlite_store)
    assert MAP_ATTRIBUTION in render_html(build_brief(sqlite_store, "2031-04"))
    seed(sqlite_store)
    page = client_for(make_app(sqlite_store), None).get("/public").text
    assert page.count("Contains data from GeoNames") == 2, "in the footer and for the map"
    assert f'data-attribution="{MAP_ATTRIBUTION}"' in page and "Natural Earth" in page
