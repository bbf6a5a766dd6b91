"""Fictional data and helpers shared by the web tests (unit, authorisation, API schema and browser).

The reports are invented for these tests: a made-up NGO tells of two strikes on one made-up children's
hospital two days apart; a second made-up outlet tells of the second strike with another injury count.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from typing import Any

from fastapi.testclient import TestClient

from notatarget.domain import Facility, FacilityStatus, Mention, Report, Span
from notatarget.store import Store
from notatarget.web import WebSettings, create_app
from notatarget.web.security import hash_password

PASSWORD = "correct horse battery"
ROLES = ("viewer", "contributor", "reviewer", "admin")

REPORT_ONE = (
    "Marigold Relief (a fictional NGO) condemns two attacks on the Marigold Children's Hospital in Eastbrook.\n\n"
    "On Wednesday 15 March 2023 at 10:30, barrel bombs struck the hospital, damaging the operating theatre. "
    "Several staff were injured.\n\n"
    "On Friday 17 March 2023 at 09:40, two guided missiles hit the same hospital. Four people were killed and "
    "the power was cut. The hospital has closed; 90,000 children have lost their last paediatric hospital."
)
REPORT_TWO = (
    "Eastbrook Daily (fictional): a missile strike hit the Marigold Children's Hospital on 17 March 2023. "
    "Five people were killed, local doctors said."
)
HOSTILE = (
    "<script>alert('owned')</script> Shelling hit the <img src=x onerror=alert(1)> clinic in "
    '<a href="javascript:alert(2)">Evilton</a> on 2 May 2023; 3 people were killed.'
)
PLACE = {"country": "SDN", "admin1": "North Darfur", "location": "Eastbrook", "latitude": 13.63, "longitude": 25.35}


def _span(text: str, phrase: str, after: int = 0) -> Span:
    start = text.index(phrase, after)
    return Span(start, start + len(phrase), phrase, rule="test")


def _mention(text: str, spans: dict[str, tuple[str, int]], **values: Any) -> Mention:
    mention = Mention(**PLACE, facility_name="Marigold Children's Hospital", **values)
    for name, (phrase, after) in spans.items():
        mention.add_span(name, _span(text, phrase, after))
    return mention


@dataclass
class Seeded:
    """What :func:`seed` created: incident ids (first strike, second strike, hostile) and report ids."""

    first: str
    second: str
    hostile: str
    reports: list[str] = field(default_factory=list)
    mentions: dict[str, list[int]] = field(default_factory=dict)
    facility: str | None = None


def seed(store: Store) -> Seeded:
    """Two strikes on one hospital (three mentions, two reports, one conflict) and one hostile report."""
    second_at = REPORT_ONE.index("On Friday")
    one = Report.from_text(REPORT_ONE, publisher="Marigold Relief", title="Two attacks on Marigold hospital")
    m1 = _mention(
        REPORT_ONE,
        {
            "date": ("Wednesday 15 March 2023", 0),
            "attack_types": ("barrel bombs", 0),
            "facility_name": ("Marigold Children's Hospital", 0),
            "facility_damage": ("damaging the operating", 0),
            "injured_unspecified": ("Several staff were injured", 0),
        },
        date="2023-03-15",
        date_precision="day",
        time="10:30",
        attack_types=["heavy_weapons"],
        weapons=["air_launched"],
        facility_type="other",
        facility_damage="damaged",
        injured_unspecified=True,
    )
    m2 = _mention(
        REPORT_ONE,
        {
            "date": ("Friday 17 March 2023", 0),
            "attack_types": ("guided missiles", 0),
            "killed": ("Four", second_at),
            "service_impact": ("The hospital has closed", 0),
        },
        date="2023-03-17",
        date_precision="day",
        time="09:40",
        attack_types=["heavy_weapons"],
        weapons=["ground_launched"],
        facility_type="hospital",
        killed=4,
        service_impact="closed",
    )
    two = Report.from_text(REPORT_TWO, publisher="Eastbrook Daily", title="Missile strike on hospital")
    m3 = _mention(
        REPORT_TWO,
        {"date": ("17 March 2023", 0), "attack_types": ("missile strike", 0), "killed": ("Five", 0)},
        date="2023-03-17",
        date_precision="day",
        attack_types=["heavy_weapons"],
        facility_type="hospital",
        killed=5,
    )
    bad = Report.from_text(
        HOSTILE, publisher="<b>Evil</b> Press", title="<script>alert('t')</script>", source_url="javascript:alert(3)"
    )
    m4 = Mention(
        country="SDN",
        location="<script>alert(4)</script>",
        date="2023-05-02",
        date_precision="day",
        attack_types=["heavy_weapons"],
        killed=3,
        facility_name='<img src=x onerror="alert(5)">',
        description="<script>alert(6)</script>",
    )
    m4.add_span("killed", _span(HOSTILE, "3 people were killed"))
    m4.add_span("location", _span(HOSTILE, '<a href="javascript:alert(2)">Evilton</a>'))

    ids: dict[str, list[int]] = {}
    for report, mentions in ((one, [m1, m2]), (two, [m3]), (bad, [m4])):
        store.add_report(report, mentions)
        ids[report.id] = list(store.mentions(report_id=report.id))
    first = store.create_incident(m1, ids[one.id][:1], actor="seed")
    second = store.create_incident(
        m2,
        [ids[one.id][1], *ids[two.id]],
        actor="seed",
        conflicts=[{"field": "killed", "values": [4, 5], "chosen": 4, "rule": "conservative count"}],
    )
    hostile = store.create_incident(m4, ids[bad.id], actor="seed")
    hospital = Facility(
        name="Marigold Children's Hospital",
        facility_type="hospital",
        country="SDN",
        admin1="North Darfur",
        location="Eastbrook",
        latitude=13.63,
        longitude=25.35,
        operator="Marigold Relief (fictional)",
        services=["paediatrics", "surgery"],
        beds=120,
        catchment_population=90_000,
        status_history=[
            FacilityStatus(date(2023, 1, 1), "fully_functioning", source="partner"),
            FacilityStatus(date(2023, 3, 17), "not_functioning", "damage", source="Marigold Relief"),
        ],
    )
    facility_id, _ = store.add_facility(hospital, actor="seed")
    for incident_id in (first, second):
        store.update_incident(incident_id, {"facility_id": facility_id}, actor="seed")
    return Seeded(first, second, hostile, [one.id, two.id, bad.id], ids, facility_id)


def add_users(store: Store) -> None:
    """One user per role, named after the role, all with :data:`PASSWORD`."""
    digest = hash_password(PASSWORD)
    for role in ROLES:
        store.add_user(role, digest, role=role, actor="seed")


def client_for(app: Any, role: str | None) -> TestClient:
    """A test client, logged in as the user named ``role`` (anonymous for None), with a CSRF token at hand."""
    client = TestClient(app, follow_redirects=False)
    page = client.get("/login")
    assert page.status_code == 200, page.text
    client.csrf = csrf_of(page.text)  # type: ignore[attr-defined]
    if role:
        answer = client.post("/login", data={"username": role, "password": PASSWORD, "csrf_token": client.csrf})
        assert answer.status_code == 303, answer.text
        client.csrf = csrf_of(client.get("/login").text)  # type: ignore[attr-defined]
    return client


def csrf_of(html: str) -> str:
    marker = 'name="csrf_token" value="'
    start = html.index(marker) + len(marker)
    return html[start : html.index('"', start)]


def make_app(store: Store, **settings: Any) -> Any:
    return create_app(store, WebSettings(**settings))
