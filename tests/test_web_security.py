"""Web security: every route for every role, hostile report text on every page, CSP, CSRF, sessions, login
throttling, API tokens, upload limits and type checks (real SQLite store, real app, no mocks)."""

from __future__ import annotations

import hashlib
import re
import zlib
from collections.abc import Iterator
from html.parser import HTMLParser
from pathlib import Path

import pytest
from fastapi.testclient import TestClient

from e2e.webseed import HOSTILE, ROLES, Seeded, add_users, client_for, make_app, seed
from notatarget.store import Store
from notatarget.web.middleware import CSP
from notatarget.web.security import new_api_token

TEMPLATES = Path(__file__).resolve().parents[1] / "src" / "notatarget" / "web" / "templates"

# The least role each route needs (None: anyone). Every route of the app must be listed here.
NEEDS: dict[tuple[str, str], str | None] = {
    ("GET", "/"): None,
    ("GET", "/login"): None,
    ("POST", "/login"): None,
    ("POST", "/logout"): None,
    ("GET", "/public"): None,
    ("GET", "/api/openapi.json"): None,
    ("GET", "/api/public/incidents"): None,
    ("GET", "/api/public/stats"): None,
    ("GET", "/api/public/map"): None,
    ("GET", "/api/public/exports/{fmt}"): None,
    ("GET", "/static"): None,
    ("GET", "/dashboard"): "viewer",
    ("GET", "/incidents"): "viewer",
    ("GET", "/incidents/{incident_id}"): "viewer",
    ("GET", "/facilities"): "viewer",
    ("GET", "/facilities/{facility_id}"): "viewer",
    ("GET", "/api/incidents"): "viewer",
    ("GET", "/api/incidents/{incident_id}"): "viewer",
    ("GET", "/api/incidents/{incident_id}/audit"): "viewer",
    ("GET", "/api/mentions/{mention_id}"): "viewer",
    ("GET", "/api/reports"): "viewer",
    ("GET", "/api/reports/{report_id}"): "viewer",
    ("GET", "/api/evidence/{sha256}"): "viewer",
    ("GET", "/api/facilities"): "viewer",
    ("GET", "/api/facilities/{facility_id}"): "viewer",
    ("GET", "/api/stats"): "viewer",
    ("GET", "/api/map"): "viewer",
    ("GET", "/api/exports/{fmt}"): "viewer",
    ("GET", "/api/me"): "viewer",
    ("GET", "/intake"): "contributor",
    ("POST", "/intake"): "contributor",
    ("POST", "/incidents/{incident_id}/evidence"): "contributor",
    ("POST", "/api/reports"): "contributor",
    ("POST", "/api/reports/upload"): "contributor",
    ("POST", "/api/incidents/{incident_id}/evidence"): "contributor",
    ("GET", "/review"): "reviewer",
    ("GET", "/review/{incident_id}"): "reviewer",
    ("GET", "/evidence/{sha256}"): "reviewer",
    ("POST", "/incidents/{incident_id}/edit"): "reviewer",
    ("POST", "/incidents/{incident_id}/certainty"): "reviewer",
    ("POST", "/incidents/{incident_id}/status"): "reviewer",
    ("POST", "/incidents/{incident_id}/merge"): "reviewer",
    ("POST", "/incidents/{incident_id}/split"): "reviewer",
    ("PATCH", "/api/incidents/{incident_id}"): "reviewer",
    ("POST", "/api/incidents/{incident_id}/certainty"): "reviewer",
    ("POST", "/api/incidents/{incident_id}/status"): "reviewer",
    ("POST", "/api/incidents/{incident_id}/split"): "reviewer",
    ("POST", "/api/incidents/merge"): "reviewer",
    ("GET", "/users"): "admin",
    ("POST", "/users"): "admin",
    ("POST", "/users/{username}"): "admin",
    ("GET", "/api/users"): "admin",
    ("POST", "/api/users"): "admin",
}
PNG = (
    b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00\x00\x01\x00\x00\x00\x01\x08\x02\x00\x00\x00\x90wS\xde"
    + b"\x00\x00\x00\x0cIDATx\x9cc\xf8\x0f\x00\x00\x01\x01\x00\x05"
    + zlib.crc32(b"").to_bytes(4, "big")
    + b"\x00\x00\x00\x00IEND\xaeB`\x82"
)


@pytest.fixture
def world(sqlite_store: Store) -> Iterator[tuple[Store, Seeded, object]]:
    seeded = seed(sqlite_store)
    add_users(sqlite_store)
    sqlite_store.add_evidence(PNG, incident_id=seeded.first, actor="seed", filename="photo.png")
    yield sqlite_store, seeded, make_app(sqlite_store)


def routes(app) -> Iterator[tuple[str, str]]:  # type: ignore[no-untyped-def]
    """Every (method, path) the app answers, included routers flattened."""
    stack = list(app.routes)
    while stack:
        route = stack.pop(0)
        if hasattr(route, "effective_route_contexts"):
            stack.extend(route.effective_route_contexts())
            continue
        if route.path in ("/docs/oauth2-redirect",):
            continue
        for method in sorted(getattr(route, "methods", None) or {"GET"}):
            if method != "HEAD":
                yield method, route.path


def concrete(path: str, store: Store, seeded: Seeded) -> str:
    facility = store.facilities()[0].id
    evidence = store.evidence()[0].sha256
    values = {
        "incident_id": seeded.first,
        "facility_id": facility,
        "sha256": evidence,
        "mention_id": "1",
        "report_id": seeded.reports[0],
        "username": "viewer",
        "fmt": "csv",
    }
    if path == "/static":
        return "/static/app.css"
    return re.sub(r"\{(\w+)\}", lambda m: values[m.group(1)], path)


def call(client: TestClient, method: str, path: str):  # type: ignore[no-untyped-def]
    headers = {"x-csrf-token": client.csrf}  # type: ignore[attr-defined]
    if method == "GET":
        return client.get(path)
    if path.startswith("/api/"):
        return client.request(method, path, json={}, headers=headers)
    return client.request(method, path, data={"csrf_token": client.csrf}, headers=headers)  # type: ignore[attr-defined]


class Tags(HTMLParser):
    """Collects what hostile text could have smuggled in as markup: handlers, inline scripts, script URLs."""

    def __init__(self) -> None:
        super().__init__()
        self.bad: list[str] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        names = dict(attrs)
        if tag in ("img", "iframe", "object", "embed", "b") or (tag == "script" and "src" not in names):
            self.bad.append(f"<{tag}>")
        for name, value in attrs:
            if name.startswith("on") or (value or "").strip().lower().startswith("javascript:"):
                self.bad.append(f"{tag} {name}={value}")


def test_every_route_is_listed(world) -> None:  # type: ignore[no-untyped-def]
    _store, _seeded, app = world
    found = set(routes(app))
    assert found == set(NEEDS), f"unlisted: {found - set(NEEDS)}; stale: {set(NEEDS) - found}"


@pytest.mark.parametrize("role", [None, *ROLES])
def test_every_route_for_every_role(world, role: str | None) -> None:  # type: ignore[no-untyped-def]
    store, seeded, app = world
    client = client_for(app, role)
    rank = {None: 0, **{r: i + 1 for i, r in enumerate(ROLES)}}
    ordered = sorted(routes(app), key=lambda mp: mp[1] in ("/logout", "/login"))  # sign-in changes last
    for method, template in ordered:
        answer = call(client, method, concrete(template, store, seeded))
        allowed = rank[role] >= rank[NEEDS[(method, template)]]
        where = f"{method} {template} as {role}: {answer.status_code} {answer.text[:200]}"
        if allowed:
            assert answer.status_code not in (401, 403), where
            assert not answer.headers.get("location", "").startswith("/login"), where
        elif role is None:
            if template.startswith("/api/"):
                assert answer.status_code == 401, where
            else:
                assert answer.status_code == 303 and answer.headers["location"].startswith("/login"), where
        else:
            assert answer.status_code == 403, where


def test_hostile_report_text_is_escaped_on_every_page(world) -> None:  # type: ignore[no-untyped-def]
    store, seeded, app = world
    client = client_for(app, "admin")
    client.post(f"/incidents/{seeded.hostile}/status", data={"action": "publish", "csrf_token": client.csrf})
    ingested = client.post(
        "/api/reports",
        json={
            "text": HOSTILE.replace("2 May", "9 May"),
            "title": "<script>alert(7)</script>",
            "publisher": "<img src=x onerror=alert(8)>",
            "source_url": "javascript:alert(9)",
        },
        headers={"x-csrf-token": client.csrf},
    ).json()["results"][0]
    assert ingested["status"] == "added" and ingested["incidents"], ingested
    pages = [concrete(t, store, seeded) for m, t in routes(app) if m == "GET" and not t.startswith(("/api", "/static"))]
    pages += [f"/review/{seeded.hostile}", f"/incidents/{seeded.hostile}", "/public"]
    pages += [f"/{kind}/{i}" for i in ingested["incidents"] for kind in ("review", "incidents")]
    shown = 0
    for path in pages:
        answer = client.get(path, follow_redirects=True)
        assert answer.status_code == 200, path
        html = answer.text
        tags = Tags()
        tags.feed(html)
        assert not tags.bad, f"{tags.bad} on {path}"
        shown += "&lt;script&gt;alert" in html
    assert shown >= 3, "the hostile text is shown (escaped) on the review, incident and list pages"


def test_templates_have_no_inline_script_or_handlers() -> None:
    for template in TEMPLATES.glob("*.html"):
        text = template.read_text()
        assert not re.search(r"<script(?![^>]*\bsrc=)[^>]*>", text), template.name
        assert not re.search(r"\son[a-z]+\s*=", text), template.name
        assert "style=" not in text, template.name
        assert "javascript:" not in text, template.name


def test_strict_csp_and_headers_on_every_kind_of_answer(world) -> None:  # type: ignore[no-untyped-def]
    _store, _seeded, app = world
    client = client_for(app, None)
    assert "script-src 'self'" in CSP and "unsafe" not in CSP
    for path in ("/public", "/login", "/static/app.css", "/api/public/stats", "/api/incidents", "/nowhere"):
        answer = client.get(path)
        assert answer.headers["content-security-policy"] == CSP, path
        assert answer.headers["x-content-type-options"] == "nosniff"
        assert answer.headers["x-frame-options"] == "DENY"


def test_csrf_is_required_for_cookie_sessions(world) -> None:  # type: ignore[no-untyped-def]
    _store, seeded, app = world
    reviewer = client_for(app, "reviewer")
    other = client_for(app, "reviewer")
    path = f"/incidents/{seeded.first}/certainty"
    assert reviewer.post(path, data={"certainty": "confirmed"}).status_code == 403
    assert reviewer.post(path, data={"certainty": "confirmed", "csrf_token": other.csrf}).status_code == 403
    assert reviewer.post(path, data={"certainty": "confirmed", "csrf_token": reviewer.csrf}).status_code == 303
    anonymous = TestClient(app, follow_redirects=False)
    assert anonymous.post("/login", data={"username": "admin", "password": "x"}).status_code == 403


def test_session_cookie_flags(sqlite_store: Store) -> None:
    add_users(sqlite_store)
    for https, secure in ((False, False), (True, True)):
        client = TestClient(make_app(sqlite_store, https_only=https), base_url="https://testserver")
        cookie = client.get("/login").headers["set-cookie"].lower()
        assert "httponly" in cookie and "samesite=lax" in cookie
        assert ("secure" in cookie) is secure


def test_login_is_throttled_per_address_and_user(world) -> None:  # type: ignore[no-untyped-def]
    _store, _seeded, app = world
    client = client_for(app, None)
    for _ in range(5):
        wrong = client.post("/login", data={"username": "admin", "password": "nope", "csrf_token": client.csrf})
        assert wrong.status_code == 400
    right = client.post(
        "/login", data={"username": "admin", "password": "correct horse battery", "csrf_token": client.csrf}
    )
    assert right.status_code == 429
    assert client_for(app, "viewer").get("/dashboard").status_code == 200, "other users are not blocked"


def test_open_redirect_after_login_is_refused(world) -> None:  # type: ignore[no-untyped-def]
    _store, _seeded, app = world
    client = client_for(app, None)
    for target in ("https://evil.example/", "//evil.example/", "/\\evil.example"):
        answer = client.post(
            "/login",
            data={"username": "viewer", "password": "correct horse battery", "next": target, "csrf_token": client.csrf},
        )
        assert answer.headers["location"] == "/"
        client = client_for(app, None)


def test_api_tokens(world) -> None:  # type: ignore[no-untyped-def]
    store, seeded, app = world
    token = new_api_token()
    store.add_api_token("reviewer", token, actor="admin", name="script")
    client = TestClient(app)
    auth = {"authorization": f"Bearer {token}"}
    assert client.get("/api/me", headers=auth).json()["username"] == "reviewer"
    graded = client.post(f"/api/incidents/{seeded.first}/certainty", json={"certainty": "probable"}, headers=auth)
    assert graded.status_code == 200 and graded.json()["certainty"] == "probable", "no CSRF needed with a token"
    assert client.get("/api/users", headers=auth).status_code == 403
    assert client.get("/api/me", headers={"authorization": "Bearer nt_wrong"}).status_code == 401
    store.update_user("reviewer", {"active": False}, actor="admin")
    assert client.get("/api/me", headers=auth).status_code == 401, "a disabled user's token stops working"


def test_upload_limits_and_types_store_nothing_on_failure(world) -> None:  # type: ignore[no-untyped-def]
    store, seeded, _app = world
    app = make_app(store, max_upload_bytes=4096)
    client = client_for(app, "contributor")
    before = store.counts()
    form = {"csrf_token": client.csrf}
    too_big = client.post("/intake", data=form, files={"files": ("big.txt", b"a" * 5000, "text/plain")})
    assert too_big.status_code == 413
    mixed = [
        ("files", ("ok.txt", b"Shelling hit a clinic in Eastbrook on 2 May 2023.", "text/plain")),
        ("files", ("tool.exe", b"MZ\x90\x00" + b"\x00" * 200, "application/octet-stream")),
    ]
    refused = client.post("/intake", data=form, files=mixed)
    assert refused.status_code == 400 and "tool.exe" in refused.text
    empty = client.post("/intake", data=form, files={"files": ("empty.txt", b"", "text/plain")})
    assert empty.status_code == 400
    html_evidence = client.post(
        f"/incidents/{seeded.first}/evidence",
        data=form,
        files={"file": ("photo.png", b"<html><script>alert(1)</script></html>", "image/png")},
    )
    assert html_evidence.status_code == 400
    assert store.counts() == before, "a failed upload stores nothing"
    photo = PNG + b"extra"
    kept = client.post(
        f"/api/incidents/{seeded.first}/evidence",
        files={"file": ("p.png", photo, "image/png")},
        headers={"x-csrf-token": client.csrf},
    )
    assert kept.status_code == 200 and kept.json()["sha256"] == hashlib.sha256(photo).hexdigest()
    assert kept.json()["media_type"] == "image/png"


def test_intake_reports_duplicates(world) -> None:  # type: ignore[no-untyped-def]
    _store, _seeded, app = world
    client = client_for(app, "contributor")
    text = "Gunmen raided the Larkspur Health Centre in Eastbrook on 3 June 2023 and abducted two nurses."
    first = client.post("/api/reports", json={"text": text}, headers={"x-csrf-token": client.csrf}).json()
    again = client.post("/api/reports", json={"text": text}, headers={"x-csrf-token": client.csrf}).json()
    assert first["results"][0]["status"] == "added" and again["results"][0]["status"] == "duplicate"
    assert again["results"][0]["report_id"] == first["results"][0]["report_id"]
    assert again["results"][0]["incidents"] == first["results"][0]["incidents"]


def test_streamed_body_over_the_limit_is_cut_off(world) -> None:  # type: ignore[no-untyped-def]
    store, _seeded, _app = world
    app = make_app(store, max_upload_bytes=4096)
    client = client_for(app, "contributor")
    before = store.counts()

    def chunks():  # no Content-Length: the middleware counts what arrives
        for _ in range(10):
            yield b"x" * 1000

    answer = client.post(
        "/api/reports", content=chunks(), headers={"x-csrf-token": client.csrf, "content-type": "application/json"}
    )
    assert answer.status_code == 413
    assert store.counts() == before
