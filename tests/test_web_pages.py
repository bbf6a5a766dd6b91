"""Pages and their view models: highlighted spans, figures that follow the data, filters, charts, intake form."""

from __future__ import annotations

import pytest

from e2e.webseed import REPORT_ONE, add_users, client_for, make_app, seed
from notatarget.domain import Mention
from notatarget.store import Store
from notatarget.web import charts, views


def test_segments_cut_text_at_span_boundaries() -> None:
    text = "On Friday two missiles hit the hospital."
    spans = {
        "date": [{"start": 3, "end": 9}],
        "attack_types": [{"start": 14, "end": 22}],
        "weapons": [{"start": 10, "end": 22}],
        "bad": [{"start": 30, "end": 999}, {"start": "x", "end": 2}],
    }
    pieces = views.segments(text, spans)
    assert "".join(p.text for p in pieces) == text, "nothing lost or repeated"
    tagged = {p.text: p.fields for p in pieces if p.fields}
    assert tagged == {"Friday": ("date",), "two ": ("weapons",), "missiles": ("attack_types", "weapons")}


def test_charts_escape_labels_and_fill_month_gaps() -> None:
    svg = charts.bar_chart([{"label": "<script>x</script>", "count": 3}], title="t<")
    assert "<script>" not in svg and "&lt;script&gt;" in svg
    assert charts.month_range(["2023-11", "2024-02"]) == ["2023-11", "2023-12", "2024-01", "2024-02"]
    assert charts.month_range(["bad", "2023-13"]) == []
    series = charts.monthly_series({"Arson": {"2023-01": 2, "2023-03": 1}}, title="m")
    assert ">2023-02</text>" in series and "2023-02 Arson" not in series, "the gap month has a slot, no bar"


@pytest.fixture
def app(store: Store):  # type: ignore[no-untyped-def]
    """The app over the fictional seed, on SQLite and on PostgreSQL."""
    seeded = seed(store)
    add_users(store)
    return make_app(store), seeded


def test_figures_follow_the_data(app) -> None:  # type: ignore[no-untyped-def]
    web, seeded = app
    reviewer = client_for(web, "reviewer")
    public = client_for(web, None)
    assert public.get("/api/public/stats").json()["total"] == 0
    assert reviewer.get("/api/stats").json()["total"] == 3
    reviewer.post(f"/incidents/{seeded.first}/status", data={"action": "publish", "csrf_token": reviewer.csrf})
    stats = public.get("/api/public/stats").json()
    assert stats["total"] == 1 and stats["by_country"] == [{"label": "SDN", "count": 1}]
    assert "Counts are incidents" in stats["counts_what"]
    assert len(public.get("/api/public/map").json()["features"]) == 1
    reviewer.post(
        f"/incidents/{seeded.first}/edit", data={"field": "country", "value": "TCD", "csrf_token": reviewer.csrf}
    )
    assert public.get("/api/public/stats").json()["by_country"] == [{"label": "TCD", "count": 1}]
    dashboard = reviewer.get("/dashboard?country=SDN&attack_type=heavy_weapons").text
    assert "2 incident(s) match" in dashboard


def test_review_page_shows_spans_conflicts_and_pickers(app) -> None:  # type: ignore[no-untyped-def]
    web, seeded = app
    page = client_for(web, "reviewer").get(f"/review/{seeded.second}").text
    assert '<mark class="span" data-field="killed"' in page
    assert "Sources differ" in page and "mention" in page
    assert '<option value="hospital"' in page and 'data-key="p"' in page
    assert REPORT_ONE.split("\n")[0][:40] in page
    for level in ("Rumour", "Possible", "Probable", "Confirmed"):
        assert level in page


def test_bad_filters_give_a_clear_page(app) -> None:  # type: ignore[no-untyped-def]
    web, _seeded = app
    answer = client_for(web, "viewer").get("/incidents?certainty=sure")
    assert answer.status_code == 400 and "choose one of" in answer.text
    assert client_for(web, "viewer").get("/incidents?since=yesterday").status_code == 400


def test_pasted_text_through_the_intake_page(app) -> None:  # type: ignore[no-untyped-def]
    web, _seeded = app
    client = client_for(web, "contributor")
    text = "Armed men occupied the Larkspur Health Centre in Eastbrook, Sudan, on 4 June 2023."
    answer = client.post(
        "/intake", data={"text": text, "csrf_token": client.csrf}, headers={"accept": "application/json"}
    )
    body = answer.json()
    assert answer.status_code == 200 and body["results"][0]["status"] == "added", body
    again = client.post(
        "/intake", data={"text": text, "csrf_token": client.csrf}, headers={"accept": "application/json"}
    ).json()
    assert again["results"][0]["status"] == "duplicate" and "1 duplicate" in again["message"]
    assert client.post("/intake", data={"text": "  ", "csrf_token": client.csrf}).status_code == 400


def test_cursor_pages_walk_the_whole_list_once(app, store: Store) -> None:  # type: ignore[no-untyped-def]
    web, _seeded = app
    for n in range(3):
        store.create_incident(Mention(country="SDN", location=f"Undated {n}"), [], actor="test")
    client = client_for(web, "viewer")
    everything = [i["id"] for i in client.get("/api/incidents", params={"limit": 500}).json()["items"]]
    seen, after = [], None
    while True:
        page = client.get("/api/incidents", params={"limit": 2, **({"after": after} if after else {})}).json()
        seen += [i["id"] for i in page["items"]]
        after = page["next"]
        if after is None:
            break
    assert seen == everything and len(everything) == 6
    assert client.get("/api/incidents", params={"after": "garbage"}).status_code == 400
    html = client.get("/incidents").text
    assert "older →" not in html and "6 incident(s) match" in html
