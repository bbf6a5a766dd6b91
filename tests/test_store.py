"""The store on SQLite and PostgreSQL: schema, reports, mentions, incidents, facilities, users.

Reports here are fictional, written for these tests."""

from __future__ import annotations

import threading
from datetime import UTC, date, datetime

import pytest
import sqlalchemy as sa
from alembic import command
from alembic.autogenerate import compare_metadata
from alembic.runtime.migration import MigrationContext
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from notatarget.domain import Facility as FacilityRecord
from notatarget.domain import FacilityStatus, Mention, Report, SourceRecord, Span, sha256_hex
from notatarget.errors import IntegrityError, NotFound, StoreError
from notatarget.store import Store, convert, db, models, public_id
from notatarget.store.coltypes import safe_text

TEXT = (
    "Fictional test report. On 3 March 2031 the Northgate Clinic in Testville, Freedonia, was shelled; "
    "two nurses were injured and the clinic closed."
)


def _mention(**values: object) -> Mention:
    mention = Mention(
        date="2031-03-03",
        date_precision="day",
        country="Freedonia",
        location="Testville",
        facility_name="Northgate Clinic",
        facility_type="primary_care",
        attack_types=["heavy_weapons"],
        health_workers_injured=2,
        service_impact="closed",
        extractor_version="test-1",
    )
    for name, value in values.items():
        setattr(mention, name, value)
    mention.add_span("facility_name", Span(48, 64, "Northgate Clinic", "facility.name"))
    return mention


def _ingest(store: Store, text: str = TEXT, **values: object) -> tuple[str, list[int]]:
    report = Report.from_text(text, title="Fictional", published=date(2031, 3, 4))
    report_id, _ = store.add_report(report, [_mention(**values)])
    return report_id, list(store.mentions(report_id=report_id))


def test_migrations_create_the_models_schema(store: Store) -> None:
    assert store.revision() == db.head_revision()
    with store.engine.connect() as connection:
        diff = compare_metadata(MigrationContext.configure(connection), models.Base.metadata)
    assert diff == []
    store.upgrade()  # running again is harmless
    assert store.revision() == db.head_revision()
    with store.engine.begin() as connection:
        command.downgrade(db.alembic_config(connection), "base")
    assert store.revision() is None
    assert set(sa.inspect(store.engine).get_table_names()) == {"alembic_version"}
    store.upgrade()
    assert store.revision() == db.head_revision()


@pytest.mark.postgres
def test_open_refuses_a_database_without_schema(postgres_url: str, tmp_path) -> None:
    with pytest.raises(StoreError, match="db upgrade"):
        Store.open(postgres_url, tmp_path)


def test_new_sqlite_file_is_migrated_on_open(tmp_path) -> None:
    with Store.open(f"sqlite:///{tmp_path / 'new' / 'x.db'}", tmp_path / "blobs") as store:
        assert store.revision() == db.head_revision()
        with store.engine.connect() as connection:
            assert connection.exec_driver_sql("PRAGMA journal_mode").scalar() == "wal"
            assert connection.exec_driver_sql("PRAGMA foreign_keys").scalar() == 1


def test_bad_url_or_folder_is_a_clear_error(tmp_path) -> None:
    with pytest.raises(StoreError, match="not a database URL"):
        Store.open("not a url", tmp_path)
    with pytest.raises(StoreError, match="database error on postgresql"):
        Store.open("postgresql://nobody:secret@127.0.0.1:1/none", tmp_path)
    (tmp_path / "file").write_text("not a folder")
    with pytest.raises(StoreError, match="cannot create the database folder"):
        Store.open(f"sqlite:///{tmp_path / 'file' / 'x.db'}", tmp_path)
    with Store.open(f"sqlite:///{tmp_path / 'ok.db'}", tmp_path / "file" / "blobs") as store:
        with pytest.raises(StoreError, match="cannot write to the blob folder"):
            store.add_report(Report.from_text("Fictional."))
        assert store.counts()["reports"] == 0


def test_add_report_is_idempotent_on_the_same_bytes(store: Store) -> None:
    report = Report.from_text(TEXT, title="Fictional", published=date(2031, 3, 4))
    first = store.add_report(report, [_mention()])
    again = store.add_report(Report.from_text(TEXT, title="Other title"), [_mention(), _mention()])
    assert first == (sha256_hex(TEXT.encode()), True)
    assert again == (first[0], False)
    assert store.counts()["reports"] == 1
    assert store.counts()["mentions"] == 1
    stored = store.get_report(first[0])
    assert (stored.title, stored.published, stored.text) == ("Fictional", date(2031, 3, 4), TEXT)
    assert stored.received_at is not None and stored.received_at.tzinfo is not None
    assert store.report_bytes(first[0]) == TEXT.encode()


def test_report_id_must_be_the_hash_of_its_bytes(store: Store) -> None:
    with pytest.raises(IntegrityError, match="not the SHA-256"):
        store.add_report(Report(id="0" * 64, text="x", raw=b"y"))
    assert store.counts()["reports"] == 0


def test_failed_ingest_leaves_nothing_half_stored(store: Store) -> None:
    report = Report.from_text(TEXT)
    with pytest.raises(StoreError, match="not a possible count"):
        store.add_report(report, [_mention(), _mention(killed=-3)])
    counts = store.counts()
    assert (counts["reports"], counts["mentions"]) == (0, 0)
    assert store.add_report(report, [_mention()]) == (report.id, True)


def test_hostile_text_is_stored_safely(store: Store) -> None:
    text = "Fictional <script>alert('x')</script> NUL:\x00 surrogate:\udc80 end" * 50
    report = Report(id=sha256_hex(b"raw bytes"), text=text, raw=b"raw bytes", title="<b>\x00</b>")
    report_id, created = store.add_report(report, [_mention(location="Test\x00ville")])
    stored = store.get_report(report_id)
    assert created and len(stored.text) == len(text)
    assert "<script>" in stored.text and "\x00" not in stored.text
    assert stored.title == "<b>\ufffd</b>"
    assert next(iter(store.mentions(report_id=report_id).values())).location == "Test\ufffdville"


def test_mentions_round_trip_and_are_idempotent(store: Store) -> None:
    report_id, ids = _ingest(store)
    assert store.add_mentions(report_id, [_mention()]) == ids
    mention = store.mentions(ids=ids)[ids[0]]
    assert mention.to_dict() == {**_mention().to_dict(), "report_id": report_id}
    imported = Mention(country="Freedonia", date="2031-04", source_record=SourceRecord("fict-ds", "r-1", 7, {"x": "y"}))
    first = store.add_mentions(None, [imported])
    assert store.add_mentions(None, [imported]) == first
    assert store.mentions(ids=first)[first[0]].source_record == SourceRecord("fict-ds", "r-1", 7, {"x": "y"})
    assert set(store.mentions(unlinked=True)) == {*ids, *first}
    with pytest.raises(StoreError, match="source_record"):
        store.add_mentions(None, [Mention()])
    with pytest.raises(NotFound):
        store.add_mentions("f" * 64, [Mention()])


def test_incident_ids_are_stable_across_runs(tmp_path) -> None:
    ids = []
    for run in ("a", "b"):
        with Store.open(f"sqlite:///{tmp_path / run}.db", tmp_path / run) as store:
            _ingest(store, "Fictional unrelated report.")
            _, mention_ids = _ingest(store)
            ids.append(store.create_incident(_mention(), mention_ids, actor="linker"))
    assert ids[0] == ids[1]
    assert ids[0].startswith("NT-") and len(ids[0]) == 13


def test_create_incident_links_mentions_and_audits(store: Store) -> None:
    _, mention_ids = _ingest(store)
    incident_id = store.create_incident(_mention(), mention_ids, actor="linker", link_evidence={"score": 0.9})
    incident = store.get_incident(incident_id)
    assert incident.mention_ids == mention_ids
    assert incident.values.facility_name == "Northgate Clinic"
    assert (incident.certainty, incident.status, incident.link_evidence) == ("possible", "draft", {"score": 0.9})
    assert store.mention_incidents(mention_ids) == {mention_ids[0]: incident_id}
    events = store.audit_events()
    assert [(e.action, e.entity) for e in events] == [("create", "incident"), ("link", "mention")]
    with pytest.raises(StoreError, match="already exists"):
        store.create_incident(_mention(), [], actor="x", id=incident_id)
    other = store.create_incident(_mention(), mention_ids, actor="linker")  # same seed: next free id
    assert other != incident_id and store.get_incident(incident_id).mention_ids == []
    store.unlink_mentions(mention_ids, actor="reviewer", reason="not the same attack")
    assert store.mention_incidents(mention_ids) == {mention_ids[0]: None}


def test_update_incident_writes_before_and_after(store: Store) -> None:
    _, mention_ids = _ingest(store)
    incident_id = store.create_incident(_mention(), mention_ids, actor="linker")
    updated = store.update_incident(
        incident_id, {"certainty": "Probable", "killed": 1, "date": "2031-03"}, actor="rev", reason="second source"
    )
    assert (updated.certainty, updated.values.killed, updated.values.date) == ("probable", 1, "2031-03")
    assert updated.provenance["killed"]["actor"] == "rev"
    event = store.audit_events(entity="incident", entity_id=incident_id)[-1]
    assert event.before == {"certainty": "possible", "date": "2031-03-03", "killed": None}
    assert event.after["killed"] == 1 and event.after["_reason"] == "second source" and event.actor == "rev"
    count = len(store.audit_events())
    store.update_incident(incident_id, {"killed": 1}, actor="rev")  # no change, no event
    assert len(store.audit_events()) == count
    with pytest.raises(StoreError, match="no field"):
        store.update_incident(incident_id, {"password": "x"}, actor="rev")
    with pytest.raises(StoreError, match="not a Certainty"):
        store.update_incident(incident_id, {"certainty": "sure"}, actor="rev")
    with pytest.raises(NotFound):
        store.update_incident("NT-NOPE", {"killed": 1}, actor="rev")


def test_list_incidents_filters(store: Store) -> None:
    made = {}
    for n, (day, country, types, certainty) in enumerate(
        [
            ("2031-03-03", "Freedonia", ["heavy_weapons"], "possible"),
            ("2031-04", "Freedonia", ["arson"], "probable"),
            ("2031", "Sylvania", ["heavy_weapons", "looting"], "confirmed"),
        ]
    ):
        _, ids = _ingest(store, f"Fictional report {n}.", date=day, country=country, attack_types=types)
        made[day] = store.create_incident(store.mentions(ids=ids)[ids[0]], ids, actor="t", certainty=certainty)
    ids = lambda incidents: [i.id for i in incidents]  # noqa: E731
    assert ids(store.list_incidents()) == [made["2031"], made["2031-03-03"], made["2031-04"]]
    assert ids(store.list_incidents(country="Freedonia")) == [made["2031-03-03"], made["2031-04"]]
    assert ids(store.list_incidents(since=date(2031, 4, 20))) == [made["2031"], made["2031-04"]]
    assert ids(store.list_incidents(until=date(2031, 3, 31))) == [made["2031"], made["2031-03-03"]]
    assert ids(store.list_incidents(attack_type="heavy_weapons", limit=1, offset=1)) == [made["2031-03-03"]]
    assert ids(store.list_incidents(certainty=["probable", "confirmed"], status="draft")) == [
        made["2031"],
        made["2031-04"],
    ]
    assert ids(store.list_incidents(limit=1, offset=2)) == [made["2031-04"]]
    assert store.count_incidents(country="Freedonia") == 2
    assert store.count_incidents(attack_type="heavy_weapons") == 2
    assert store.count_incidents(attack_type="heavy") == 0 == store.count_incidents(attack_type="heavy%weapons")
    assert store.list_incidents(status="published") == []
    with pytest.raises(StoreError, match="negative"):
        store.list_incidents(limit=-1)


def test_timestamps_are_utc_aware(store: Store) -> None:
    _, mention_ids = _ingest(store)
    incident = store.get_incident(store.create_incident(_mention(), mention_ids, actor="t"))
    assert incident.created_at.tzinfo is not None and incident.created_at.utcoffset().total_seconds() == 0
    assert abs((datetime.now(UTC) - incident.created_at).total_seconds()) < 60


def test_facilities_and_their_status(store: Store) -> None:
    facility = FacilityRecord(
        name="Northgate Clinic",
        facility_type="primary_care",
        country="Freedonia",
        services=["maternity"],
        status_history=[FacilityStatus(date(2031, 1, 1), "fully_functioning")],
    )
    facility_id, created = store.add_facility(facility, actor="geo", osm_id="node/1")
    assert created and facility_id == public_id("FAC", "osm/node/1")
    assert store.add_facility(FacilityRecord(name="Other name"), actor="geo", osm_id="node/1") == (facility_id, False)
    store.add_facility_status(
        facility_id, FacilityStatus(date(2031, 3, 3), "not_functioning", "damage", "fictional report"), actor="rev"
    )
    stored = store.get_facility(facility_id)
    assert [s.functionality for s in stored.status_history] == ["fully_functioning", "not_functioning"]
    updated = store.update_facility(facility_id, {"beds": 40, "aliases": ["NG Clinic"]}, actor="rev", reason="visit")
    assert (updated.beds, updated.aliases) == (40, ["NG Clinic"])
    assert [f.id for f in store.facilities(country="Freedonia")] == [facility_id]
    assert [e.action for e in store.audit_events(entity="facility")] == ["create", "status", "status", "update"]
    with pytest.raises(StoreError, match="no field"):
        store.update_facility(facility_id, {"id": "x"}, actor="rev")


def test_link_decisions_are_kept(store: Store) -> None:
    decision = store.add_link_decision("split", actor="rev", mention_ids=[3, 4], reason="two days apart")
    [kept] = store.link_decisions()
    assert (kept["id"], kept["kind"], kept["mention_ids"], kept["reason"]) == (
        decision,
        "split",
        [3, 4],
        "two days apart",
    )
    with pytest.raises(StoreError, match="kind"):
        store.add_link_decision("maybe", actor="rev")


def test_users_and_tokens(store: Store) -> None:
    store.add_user("ana", "argon2-hash", role="reviewer", actor="admin")
    with pytest.raises(StoreError, match="already exists"):
        store.add_user("ana", "h", actor="admin")
    with pytest.raises(StoreError, match="role"):
        store.add_user("bob", "h", role="king", actor="admin")
    store.add_api_token("ana", "secret-token", actor="admin", name="laptop")
    assert store.user_for_token("secret-token").username == "ana"
    assert store.user_for_token("wrong") is None
    store.update_user("ana", {"active": False, "password_hash": "new"}, actor="admin")
    assert store.user_for_token("secret-token") is None
    assert store.get_user("ana").password_hash == "new"
    last = store.audit_events(entity="user")[-1]
    assert last.after == {"active": False, "password": "changed"} and "new" not in str(last.after)


def test_value_columns_cover_the_mention_record() -> None:
    columns = set(models.Mention.__table__.columns.keys())
    assert set(convert.VALUE_FIELDS) <= columns
    assert set(convert.VALUE_FIELDS) <= set(models.Incident.__table__.columns.keys())
    assert convert.date_range("2031-02") == (date(2031, 2, 1), date(2031, 2, 28))
    assert convert.date_range("2031") == (date(2031, 1, 1), date(2031, 12, 31))
    assert convert.date_range("2031-13-01") == (None, None) == convert.date_range("soon")


def test_concurrent_writers_keep_one_audit_chain(store: Store) -> None:
    _, mention_ids = _ingest(store)
    incident_id = store.create_incident(_mention(), mention_ids, actor="t")
    errors: list[BaseException] = []

    def writer(n: int) -> None:
        try:
            for k in range(8):
                store.update_incident(incident_id, {"killed": n * 100 + k}, actor=f"w{n}")
        except BaseException as exc:
            errors.append(exc)

    threads = [threading.Thread(target=writer, args=(n,)) for n in range(3)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert errors == []
    result = store.verify_audit()
    assert result.ok and result.checked == 2 + 24


def test_readonly_sessions_do_not_write(sqlite_store: Store) -> None:
    with sqlite_store.session(readonly=True) as session:
        assert session.scalar(sa.select(sa.func.count()).select_from(models.Report)) == 0


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(text=st.text(min_size=1, max_size=200))
def test_any_text_round_trips_safely(store: Store, text: str) -> None:
    safe = safe_text(text)
    assert len(safe) == len(text) and "\x00" not in safe
    safe.encode("utf-8")
    report = Report(
        id=sha256_hex(text.encode("utf-8", "surrogatepass")), text=text, raw=text.encode("utf-8", "surrogatepass")
    )
    report_id, _ = store.add_report(report, [Mention(location=text, attack_types=[text])])
    assert store.get_report(report_id).text == safe
    mention = next(iter(store.mentions(report_id=report_id).values()))
    assert mention.location == safe and mention.attack_types == [text]
