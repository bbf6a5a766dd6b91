"""The facility registry: matching names, OSM and healthsites imports, incidents tied to facilities, status.

Facilities, places and reports here are fictional; the OSM extracts are written by pyosmium in the test."""

from __future__ import annotations

import csv
import json
from datetime import date
from pathlib import Path

import osmium
import pytest
import typer
from osmium.osm.mutable import Node, Way
from sqlalchemy.orm import Session
from typer.testing import CliRunner

from notatarget.analyze import after_linking, facility_states, import_facilities, service_loss
from notatarget.cli import commands_link
from notatarget.domain import Facility, Mention, Report
from notatarget.geo.facilities import FacilityMatcher, distinctive, read_healthsites, read_osm
from notatarget.intake.datasets import RejectedRows
from notatarget.link.store import relink
from notatarget.store import Store


def _osm(path: Path) -> Path:
    writer = osmium.SimpleWriter(str(path))
    tags = {
        "amenity": "hospital",
        "name": "Northgate Children's Hospital",
        "beds": "120",
        "alt_name": "Northgate Paeds",
    }
    writer.add_node(Node(id=1, location=(37.10, 36.20), tags=tags))
    for i, (lon, lat) in enumerate([(37.2, 36.3), (37.21, 36.3), (37.21, 36.31)], start=2):
        writer.add_node(Node(id=i, location=(lon, lat), tags={}))
    clinic = {
        "healthcare": "clinic",
        "name": "Eastfield Health Centre",
        "healthcare:speciality": "paediatrics;vaccination",
    }
    writer.add_way(Way(id=10, nodes=[2, 3, 4, 2], tags=clinic))
    writer.add_node(Node(id=5, location=(37.3, 36.4), tags={"shop": "bakery", "name": "Not A Clinic"}))
    writer.add_node(Node(id=6, location=(37.3, 36.4), tags={"amenity": "pharmacy"}))  # no name: skipped
    writer.close()
    return path


@pytest.mark.parametrize("suffix", [".osm.pbf", ".osm"])
def test_osm_extracts_give_named_health_facilities(tmp_path: Path, suffix: str) -> None:
    items = read_osm(_osm(tmp_path / f"extract{suffix}"), country="fre")
    assert [external for _, external in items] == ["node/1", "way/10"]
    hospital, clinic = (f for f, _ in items)
    assert (hospital.facility_type, hospital.beds, hospital.country) == ("hospital", 120, "FRE")
    assert hospital.aliases == ["Northgate Paeds"] and hospital.latitude == pytest.approx(36.2)
    assert clinic.facility_type == "primary_care" and clinic.services == ["paediatrics", "vaccination"]
    assert clinic.latitude == pytest.approx(36.3033, abs=1e-3)


def test_unreadable_osm_file_is_a_clear_error(tmp_path: Path) -> None:
    from notatarget.errors import IntakeError

    bad = tmp_path / "bad.osm.pbf"
    bad.write_bytes(b"not a pbf at all" * 10)
    with pytest.raises(IntakeError):
        read_osm(bad)


def test_matching_sets_generic_words_aside_and_checks_distance() -> None:
    registry = [
        Facility("Al-Shifa Hospital", country="FRE", latitude=10.0, longitude=20.0, id="FAC-1"),
        Facility("Northgate Children's Hospital", aliases=["Northgate Paeds"], country="FRE", id="FAC-2"),
    ]
    matcher = FacilityMatcher(registry)
    assert distinctive("Al-Amal General Hospital") == "amal"
    assert matcher.match("Al-Amal Hospital", country="FRE") is None
    assert matcher.match("the hospital", country="FRE") is None
    assert matcher.match("al Shifa hospital", country="FRE").facility.id == "FAC-1"
    assert matcher.match("Northgate childrens hospital", country="FRE").facility.id == "FAC-2"
    assert matcher.match("Northgate Paeds", country="FRE").facility.id == "FAC-2"
    assert matcher.match("Al-Shifa Hospital", country="SYL") is None
    assert matcher.match("Al-Shifa Hospital", country="FRE", latitude=12.0, longitude=22.0) is None


def test_matching_by_blocks_finds_near_facilities_across_cells_and_far_namesakes_do_not_hide_them() -> None:
    # twelve namesakes far away, one just across a grid-cell corner (about 3 km), one with no coordinates
    far = [
        Facility("Riverside Hospital", country="FRE", latitude=2.0 + k, longitude=30.0, id=f"FAC-F{k:02d}")
        for k in range(12)
    ]
    near = Facility("Riverside Hospital", country="FRE", latitude=-0.01, longitude=-0.01, id="FAC-NEAR")
    unplaced = Facility("Hilltop Clinic", country="FRE", id="FAC-UNPLACED")
    matcher = FacilityMatcher([*far, near, unplaced])
    found = matcher.match("Riverside hospital", country="FRE", latitude=0.01, longitude=0.01)
    assert found is not None and found.facility.id == "FAC-NEAR" and found.distance_km < 5
    assert matcher.match("Riverside Hospital", country="FRE", latitude=-20.0, longitude=-20.0) is None
    assert matcher.match("Hilltop clinic", country="FRE", latitude=5.0, longitude=5.0).facility.id == "FAC-UNPLACED"
    # without coordinates, the whole country
    assert matcher.match("Riverside Hospital", country="FRE").facility.name == "Riverside Hospital"
    # cells wrap around the antimeridian, and are wider than 25 km near the poles only in degrees
    east = FacilityMatcher([Facility("Dateline Clinic", country="FRE", latitude=0.0, longitude=179.95, id="FAC-E")])
    assert east.match("Dateline Clinic", country="FRE", latitude=0.0, longitude=-179.95).facility.id == "FAC-E"
    north = FacilityMatcher([Facility("Polar Clinic", country="FRE", latitude=70.0, longitude=20.5, id="FAC-N")])
    assert north.match("Polar Clinic", country="FRE", latitude=70.0, longitude=20.0).facility.id == "FAC-N"


def test_one_generic_word_list_for_linking_and_the_registry() -> None:
    from notatarget.link.score import same_name

    assert distinctive("El-Shifa Hospital") == distinctive("Al Shifa Clinique") == distinctive("Shifa") == "shifa"
    assert distinctive("Military Hospital") == ""  # a kind of facility, not which one
    assert same_name("Al-Shifa Hospital", "Shifa Hospital") is True
    assert same_name("Al-Amal Hospital", "Al-Shifa Hospital") is False


def _healthsites(path: Path, *, tags: bool, bad: bool = False) -> Path:
    rows = [
        ["name", "amenity", "lat", "lon", "operator", "beds", "operational_status", "osm_id", "osm_type",
         "changeset_timestamp"],
        ["Westbrook Clinic", "clinic", "10.5", "20.5", "Ministry of Health", "12", "non_operational", "77", "node",
         "2031-02-01T10:00:00Z"],
        ["Westbrook Pharmacy", "pharmacy", "10.6", "20.6", "", "", "operational", "78", "node", ""],
    ]  # fmt: skip
    if tags:
        rows.insert(1, ["#loc+name", "#loc+amenity", "#geo+lat", "#geo+lon", "#org+name", "#capacity+beds",
                        "#status+operational_status", "", "", ""])  # fmt: skip
    if bad:
        rows.append(["Broken Clinic", "clinic", "99.9", "20", "", "", "", "79", "node", ""])
    with path.open("w", newline="", encoding="utf-8") as handle:
        csv.writer(handle).writerows(rows)
    return path


@pytest.mark.parametrize("tags", [False, True])
def test_healthsites_csv_with_or_without_hxl(tmp_path: Path, tags: bool) -> None:
    items = read_healthsites(_healthsites(tmp_path / "hs.csv", tags=tags), country="FRE")
    (clinic, clinic_id), (pharmacy, _) = items
    assert clinic_id == "node/77" and clinic.beds == 12 and clinic.operator == "Ministry of Health"
    assert clinic.status_history[0].functionality == "not_functioning"
    assert clinic.status_history[0].as_of == date(2031, 2, 1)
    assert pharmacy.facility_type == "pharmacy"


def test_healthsites_bad_row_rejects_the_file(tmp_path: Path) -> None:
    with pytest.raises(RejectedRows, match="row 4"):
        read_healthsites(_healthsites(tmp_path / "hs.csv", tags=False, bad=True))


def _incident_report(store: Store, text: str, **values: object) -> None:
    mention = Mention(country="FRE", date_precision="day", attack_types=["heavy_weapons"], **values)  # type: ignore[arg-type]
    report = Report.from_text(f"Fictional test report. {text}", publisher="Test Wire", published=date(2031, 3, 20))

    def link(session: Session, ids: list[int]) -> None:
        summary = relink(session, mention_ids=ids)
        after_linking(session, summary.changed)

    store.add_report(report, [mention], then=link)


def test_incidents_are_tied_to_facilities_and_closures_recorded(tmp_path: Path, store: Store) -> None:
    items = read_osm(_osm(tmp_path / "x.osm.pbf"), country="FRE")
    items[0][0].catchment_population = 90_000
    with store.session() as session:
        first = import_facilities(session, items, source="osm")
    with store.session() as session:
        again = import_facilities(session, items, source="osm")
    assert len(first.created) == 2 and again.created == [] and len(again.existing) == 2
    _incident_report(
        store, "Barrel bombs hit Northgate children's hospital; it closed.", date="2031-03-16",
        facility_name="Northgate Childrens Hospital", facility_type="hospital", service_impact="closed",
        facility_damage="damaged", latitude=36.21, longitude=37.11,
    )  # fmt: skip
    _incident_report(store, "Gunmen stormed the Lakeside Maternity Clinic.", date="2031-03-17",
                     facility_name="Lakeside Maternity Clinic", location="Lakeside")  # fmt: skip
    hospital_id = first.created[0]
    [hit] = store.list_incidents(facility_id=hospital_id)
    assert hit.values.date == "2031-03-16"
    proposed = [f for f in store.facilities(country="FRE") if f.name == "Lakeside Maternity Clinic"]
    assert len(proposed) == 1
    with store.session(readonly=True) as session:
        before = facility_states(session, as_of=date(2031, 3, 15), status="not_functioning")
        loss = service_loss(session, as_of=date(2031, 3, 31), country="FRE")
    assert before == []
    assert [s.facility.id for s in loss.facilities] == [hospital_id]
    assert loss.facilities[0].reason == "damage" and loss.catchment_population == 90_000
    with store.session() as session:
        assert relink(session).changed == []
        assert after_linking(session) == {"facilities": 0, "repeated_flags": 0}


def test_cli_facilities_and_facility_show(tmp_path: Path, store_env: Store) -> None:
    app = typer.Typer()
    commands_link.register(app)
    runner = CliRunner()
    imported = runner.invoke(app, ["import", "osm", str(_osm(tmp_path / "x.osm.pbf")), "--country", "FRE"])
    assert imported.exit_code == 0, imported.output
    assert "2 facilit(ies) added" in imported.output
    listed = runner.invoke(app, ["facilities", "--country", "FRE", "--format", "json"])
    rows = json.loads(listed.output)
    assert sorted(r["name"] for r in rows) == ["Eastfield Health Centre", "Northgate Children's Hospital"]
    assert {r["functionality"] for r in rows} == {"unknown"}
    shown = runner.invoke(app, ["facility", "show", rows[0]["id"]])
    assert shown.exit_code == 0 and rows[0]["name"] in shown.output
    out = runner.invoke(app, ["facilities", "--status", "not_functioning", "--as-of", "2031-01-01"])
    assert "0 facilit(ies) not functioning" in out.output
