"""Web speed: with N incidents in SQLite (default 100,000), how fast do the incident list and the dashboard answer?

The app runs under uvicorn on 127.0.0.1 (a free port) in a background thread; the load generator is a single
httpx client on loopback making a bounded number of sequential requests per URL. Prints p50/p95/max per URL
(deep offsets included), the dashboard right after a reviewer's edit, and whether every p95 is under the target
(150 ms). Counting the figures from scratch (at start, or after a bulk load the audit log does not tell) is shown
apart.

    .venv/bin/python benchmarks/web_speed.py [--incidents 100000] [--requests 40] [--db PATH]

The synthetic incidents are random but reproducible (seeded); they are written with bulk inserts (no audit
events), which is what a restore or an import of that size would leave in the table.
"""

from __future__ import annotations

import argparse
import random
import socket
import statistics
import tempfile
import threading
import time
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

import httpx
import sqlalchemy as sa
import uvicorn

from notatarget.domain import AttackType, Certainty, FacilityType, IncidentStatus
from notatarget.store import Store, models
from notatarget.web import WebSettings, create_app
from notatarget.web.queries import VersionedCache
from notatarget.web.security import hash_password

TARGET_MS = 150.0
COUNTRIES = ("SYR", "UKR", "SDN", "YEM", "AFG", "COD", "MMR", "PSE", "SSD", "NGA", "MLI", "ETH")


def fill(store: Store, n: int, seed: int = 7) -> None:
    """``n`` synthetic incidents, inserted in batches."""
    rng = random.Random(seed)
    start = date(2016, 1, 1)
    attacks = [a.value for a in AttackType]
    now = datetime.now(UTC)
    rows = []
    for i in range(n):
        day = start + timedelta(days=rng.randrange(9 * 365))
        rows.append(
            {
                "id": f"NT-B{i:09d}",
                "date": day.isoformat(),
                "date_precision": "day",
                "date_from": day,
                "date_to": day,
                "country": rng.choice(COUNTRIES),
                "admin1": f"Province {rng.randrange(20)}",
                "location": f"Town {rng.randrange(2000)}",
                "latitude": rng.uniform(-10, 45),
                "longitude": rng.uniform(-15, 70),
                "facility_type": rng.choice(list(FacilityType)).value,
                "attack_types": rng.sample(attacks, rng.choice((1, 1, 2))),
                "weapons": [],
                "resources": [],
                "killed": rng.choice((None, 0, 1, 2, 5)),
                "certainty": rng.choice(list(Certainty)).value,
                "status": rng.choice(list(IncidentStatus)).value,
                "provenance": {},
                "link_evidence": {},
                "conflicts": [],
                "created_at": now,
                "updated_at": now,
            }
        )
        if len(rows) == 5000:
            _insert(store, rows)
            rows = []
    if rows:
        _insert(store, rows)


def _insert(store: Store, rows: list[dict]) -> None:
    with store.session() as session:
        session.execute(sa.insert(models.Incident), rows)


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def measure(client: httpx.Client, url: str, requests: int) -> list[float]:
    times = []
    for _ in range(requests):
        began = time.perf_counter()
        answer = client.get(url)
        times.append((time.perf_counter() - began) * 1000)
        answer.raise_for_status()
    return times


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--incidents", type=int, default=100_000)
    parser.add_argument("--requests", type=int, default=40, help="requests per URL (bounded)")
    parser.add_argument("--db", type=Path, help="reuse or create this SQLite file (default: a temporary one)")
    args = parser.parse_args()

    folder = Path(tempfile.mkdtemp(prefix="nt-web-speed-"))
    db = args.db or folder / "web.db"
    store = Store.open(f"sqlite:///{db}", folder / "blobs")
    have = store.counts()["incidents"]
    if have < args.incidents:
        began = time.perf_counter()
        fill(store, args.incidents - have, seed=have)
        print(f"inserted {args.incidents - have} incidents in {time.perf_counter() - began:.1f} s")
    if not store.counts()["users"]:
        store.add_user("bench", hash_password("benchmark password"), role="admin", actor="bench")

    port = _free_port()
    app = create_app(store, WebSettings())
    server = uvicorn.Server(uvicorn.Config(app, host="127.0.0.1", port=port, log_level="warning"))
    thread = threading.Thread(target=server.run, daemon=True)
    thread.start()
    while not server.started:
        time.sleep(0.05)

    base = f"http://127.0.0.1:{port}"
    with httpx.Client(base_url=base, timeout=60) as client:
        page = client.get("/login").text
        token = page.split('name="csrf_token" value="', 1)[1].split('"', 1)[0]
        client.post("/login", data={"username": "bench", "password": "benchmark password", "csrf_token": token})
        deep = client.get("/api/incidents", params={"offset": 50_000, "limit": 1}).json()["next"]
        urls = [
            "/api/incidents",
            "/api/incidents?country=SYR&attack_type=heavy_weapons&certainty=probable",
            f"/api/incidents?after={deep}",
            f"/incidents?after={deep}",
            "/incidents",
            "/incidents?status=draft&since=2020-01-01&until=2020-12-31",
            "/api/stats",
            "/dashboard",
            "/dashboard?country=UKR&since=2022-01-01",
            "/api/map",
            "/public",
        ]
        print(f"{store.counts()['incidents']} incidents, {args.requests} requests per URL, target p95 < {TARGET_MS} ms")
        print(f"{'URL':<70} {'p50':>7} {'p95':>7} {'max':>7}")
        worst = 0.0
        for url in [*urls, "/api/incidents?offset=50000", "/api/public/incidents?offset=20000", "/public?page=400"]:
            client.get(url).raise_for_status()  # warm up
            times = measure(client, url, args.requests)
            p95 = statistics.quantiles(times, n=20)[-1]
            worst = max(worst, p95)
            print(f"{url:<70} {statistics.median(times):7.1f} {p95:7.1f} {max(times):7.1f}")
        edited = []  # a reviewer's change: the figures are adjusted by the incidents the audit log names
        levels = [c.value for c in Certainty]
        for i in range(args.requests):
            store.update_incident(f"NT-B{i:09d}", {"certainty": levels[i % len(levels)]}, actor="bench")
            edited.append(measure(client, "/dashboard", 1)[0])
        p95 = statistics.quantiles(edited, n=20)[-1]
        worst = max(worst, p95)
        label = "/dashboard, first answer after an edit"
        print(f"{label:<70} {statistics.median(edited):7.1f} {p95:7.1f} {max(edited):7.1f}")
        recount = []  # what a change the audit log does not tell (a bulk load) costs: everything counted again
        for _ in range(5):
            app.state.cache = VersionedCache()
            recount.append(measure(client, "/dashboard", 1)[0])
        label = "/dashboard, counted from scratch (start, bulk load; not in verdict)"
        print(f"{label:<70} {statistics.median(recount):7.1f} {'':>7} {max(recount):7.1f}")
        verdict = "OK" if worst < TARGET_MS else "TOO SLOW"
        print(f"worst p95: {worst:.1f} ms -> {verdict}")
    server.should_exit = True
    thread.join(timeout=10)
    store.close()


if __name__ == "__main__":
    main()
