"""The WHO SSA, ACLED and KoBo/ODK importers on small fictional files (parsing only; storing is in
test_import_store.py)."""

from __future__ import annotations

import csv
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st
from openpyxl import Workbook

from notatarget.domain.codebook import SSA_ATTACK_LABELS
from notatarget.errors import IntakeError, RejectedRows
from notatarget.intake.datasets import acled, kobo, who_ssa

HEAVY, INDIVIDUAL = list(SSA_ATTACK_LABELS)[:2]

SSA_HEADER = [
    "Attack ID",
    "Attack Date",
    "Attack Time",
    "Country / Territory",
    "Certainty Level",
    "Attack Type",
    "Total Injured",
    "Total Death",
    "HC Facilities",
    "HC Transport",
    "HC Personnel",
    "HC Supplies Assets",
    "HC Warehouse Storage",
    "HC Patients",
    "HC Other",
    "Type of Facility",
    "Facility Other",
    "HW Abduction",
    "HW Arrest",
    "HW Detention",
    "Patient Abduction",
    "Patient Arrest",
    "Patient Detention",
]


def write_csv(path: Path, header: list[str], rows: list[dict[str, str]]) -> Path:
    with path.open("w", newline="", encoding="utf-8") as handle:
        writer = csv.DictWriter(handle, header)
        writer.writeheader()
        writer.writerows(rows)
    return path


def ssa_row(attack_id: str, **values: str) -> dict[str, str]:
    row = {
        "Attack ID": attack_id,
        "Attack Date": "2031-02-03",
        "Attack Time": "Time Unknown",
        "Country / Territory": "oPt",
        "Certainty Level": "Confirmed",
        "Attack Type": f"{INDIVIDUAL}, {HEAVY}, Setting fire",
        "Total Injured": "2",
        "Total Death": "0",
        "HC Facilities": "YES",
        "HC Transport": "NO",
        "HC Personnel": "Unknown",
        "Type of Facility": "Tertiary",
        "HW Arrest": "1",
        "Patient Detention": "2",
        "HW Abduction": "1",
    }
    return row | values


def test_ssa_attack_types_split_on_known_labels_despite_commas_in_parentheses() -> None:
    cell = f"{INDIVIDUAL}, {HEAVY}, Obstruction to health care delivery (e.g. physical, administrative, legal etc)"
    assert who_ssa.split_attack_types(cell) == [INDIVIDUAL, HEAVY, list(SSA_ATTACK_LABELS)[2]]
    with pytest.raises(ValueError, match="Teleportation"):
        who_ssa.split_attack_types(f"{HEAVY}, Teleportation (rare, odd), Setting fire")


def test_ssa_rows_become_mentions(tmp_path: Path) -> None:
    path = write_csv(
        tmp_path / "ssa.csv",
        SSA_HEADER,
        [ssa_row("PSE900001"), ssa_row("UKR900002", **{"Country / Territory": "Ukraine", "Attack Time": "09:40"})],
    )
    first, second = who_ssa.read(path)
    assert first.country == "PSE" and second.country == "UKR"
    assert first.attack_types == ["individual_weapons", "heavy_weapons", "arson"]
    assert first.resources == ["facility"]
    assert first.facility_type == "hospital"
    assert (first.killed, first.injured, first.abducted, first.arrested) == (0, 2, 3, 1)
    assert first.certainty == "confirmed" and first.time is None and second.time == "09:40"
    assert first.source_record.dataset == "who-ssa" and first.source_record.record_id == "PSE900001"


def test_ssa_attack_time_band_is_kept_as_a_code(tmp_path: Path) -> None:
    path = write_csv(tmp_path / "ssa.csv", SSA_HEADER, [ssa_row("PSE900001", **{"Attack Time": "06:00-12:00"})])
    (mention,) = who_ssa.read(path)
    assert mention.time is None and mention.source_record.codes["attack_time"] == "06:00-12:00"


def test_one_bad_row_rejects_the_file_and_names_every_bad_row(tmp_path: Path) -> None:
    rows = [ssa_row(f"PSE90000{i}") for i in range(5)]
    rows[2]["Total Death"] = "many"
    rows[4]["Certainty Level"] = "Certain-ish"
    path = write_csv(tmp_path / "ssa.csv", SSA_HEADER, rows)
    with pytest.raises(RejectedRows) as caught:
        who_ssa.read(path)
    assert [e.row_number for e in caught.value.errors] == [4, 6]
    assert "Total Death" in str(caught.value) and "Certain-ish" in str(caught.value)


def test_conflicting_duplicate_ids_are_rejected_identical_ones_dropped(tmp_path: Path) -> None:
    same = write_csv(tmp_path / "same.csv", SSA_HEADER, [ssa_row("PSE900001"), ssa_row("PSE900001")])
    assert len(who_ssa.read(same)) == 1
    clash = write_csv(
        tmp_path / "clash.csv", SSA_HEADER, [ssa_row("PSE900001"), ssa_row("PSE900001", **{"Total Death": "4"})]
    )
    with pytest.raises(RejectedRows, match="row 3: record id 'PSE900001' is already on row 2"):
        who_ssa.read(clash)


ACLED_HEADER = [
    "event_id_cnty",
    "event_date",
    "year",
    "time_precision",
    "disorder_type",
    "event_type",
    "sub_event_type",
    "actor1",
    "actor2",
    "interaction",
    "iso",
    "region",
    "country",
    "admin1",
    "admin2",
    "location",
    "latitude",
    "longitude",
    "geo_precision",
    "source",
    "notes",
    "fatalities",
]


def acled_row(event_id: str, notes: str, **values: str) -> dict[str, str]:
    row = {
        "event_id_cnty": event_id,
        "event_date": "2031-05-06",
        "time_precision": "1",
        "event_type": "Explosions/Remote violence",
        "sub_event_type": "Shelling/artillery/missile attack",
        "actor1": "Fictional Artillery Brigade",
        "iso": "804",
        "country": "Ukraine",
        "admin1": "Kharkiv",
        "location": "Zelenograd",
        "latitude": "49.9",
        "longitude": "36.2",
        "geo_precision": "2",
        "notes": notes,
        "fatalities": "1",
    }
    return row | values


def test_acled_keeps_only_events_that_touch_health_care(tmp_path: Path) -> None:
    rows = [
        acled_row("UKR1", "On 6 May 2031, shelling damaged the district hospital of Zelenograd."),
        acled_row("UKR2", "On 6 May 2031, shelling hit a market; three wounded were taken to hospital."),
        acled_row("UKR3", "Une ambulance a été touchée par un tir.", time_precision="3", geo_precision="3"),
        acled_row("UKR4", "Gunmen abducted two nurses near the town.", sub_event_type="Abduction/forced disappearance"),
    ]
    mentions = {m.source_record.record_id: m for m in acled.read(write_csv(tmp_path / "a.csv", ACLED_HEADER, rows))}
    assert set(mentions) == {"UKR1", "UKR3", "UKR4"}
    assert mentions["UKR1"].facility_type == "hospital" and mentions["UKR1"].attack_types == ["heavy_weapons"]
    assert mentions["UKR1"].geo_precision == "district" and mentions["UKR1"].source_record.codes["geo_precision"] == "2"
    assert mentions["UKR3"].date == "2031-05" and mentions["UKR3"].date_precision == "month"
    assert mentions["UKR3"].source_record.codes["time_precision"] == "3"
    assert mentions["UKR4"].facility_type is None and mentions["UKR4"].attack_types == ["abduction_arrest"]
    assert mentions["UKR1"].country == "UKR" and mentions["UKR1"].killed == 1


@pytest.mark.parametrize(
    "notes",
    ["قصف مستشفى في المدينة", "Ракета влучила в лікарню", "Un centro de salud fue saqueado", "A clinic was looted"],
)
def test_acled_health_care_words_in_several_languages(notes: str) -> None:
    assert acled.health_care_target(notes) is not None


def test_acled_bad_precision_code_is_rejected(tmp_path: Path) -> None:
    rows = [acled_row("UKR1", "The hospital was shelled.", geo_precision="7")]
    with pytest.raises(RejectedRows, match="row 2: geo_precision"):
        acled.read(write_csv(tmp_path / "a.csv", ACLED_HEADER, rows))


def kobo_submission(uuid: str, **values: str) -> dict[str, str]:
    row = {
        "start": "2031-01-02T10:00:00.000+02:00",
        "incident_date": "2031-01-02",
        "incident_time": "10:30:00.000+02:00",
        "country": "PSE",
        "admin1": "Northern Fictional",
        "location": "Imaginary Town",
        "gps": "31.5 34.4 0 5",
        "facility_name": "Fictional Hope Clinic",
        "facility_type": "primary_care",
        "attack_types": "heavy_weapons arson",
        "resources": "facility personnel",
        "killed": "1",
        "injured": "",
        "health_workers_killed": "1",
        "source_type": "eyewitness",
        "photo_1": "1700000000000.jpg",
        "description": "Fictional narrative.",
        "meta/instanceID": f"uuid:{uuid}",
        "_uuid": uuid,
    }
    return row | values


def test_kobo_csv_submission(tmp_path: Path) -> None:
    row = kobo_submission("1b2c-0001")
    path = write_csv(tmp_path / "kobo.csv", list(row), [row, kobo_submission("1b2c-0002", photo_1="")])
    first, second = kobo.read(path)
    assert first.source_record.record_id == "1b2c-0001" and first.source_record.dataset == "kobo"
    assert (first.latitude, first.longitude, first.geo_precision) == (31.5, 34.4, "exact")
    assert first.attack_types == ["heavy_weapons", "arson"] and first.resources == ["facility", "personnel"]
    assert first.time == "10:30" and first.killed == 1 and first.injured is None
    # An eyewitness account is probable; with a photo it is confirmed (SSA-Method Table 1).
    assert first.certainty == "confirmed" and second.certainty == "probable"


def test_odk_central_xlsx_submission_with_group_prefixes_and_labels(tmp_path: Path) -> None:
    row = kobo_submission("odk-0001")
    del row["gps"], row["meta/instanceID"], row["_uuid"]
    row = {f"report-{k}": v for k, v in row.items()}
    row |= {
        "gps-Latitude": "31.5",
        "gps-Longitude": "34.4",
        "KEY": "uuid:odk-0001",
        "report-attack_types": "Violence with heavy weapons, Setting fire",
    }
    book = Workbook()
    book.active.append(list(row))
    book.active.append(list(row.values()))
    book.save(tmp_path / "odk.xlsx")
    (mention,) = kobo.read(tmp_path / "odk.xlsx")
    assert mention.source_record.record_id == "odk-0001"
    assert mention.attack_types == ["heavy_weapons", "arson"] and mention.latitude == 31.5


def test_kobo_rejects_bad_submissions_by_row(tmp_path: Path) -> None:
    rows = [kobo_submission("a"), kobo_submission("b", gps="north"), kobo_submission("c", country="Narnia")]
    with pytest.raises(RejectedRows) as caught:
        kobo.read(write_csv(tmp_path / "kobo.csv", list(rows[0]), rows))
    assert [e.row_number for e in caught.value.errors] == [3, 4]


@pytest.mark.parametrize("reader", [who_ssa.read, acled.read, kobo.read])
def test_a_file_of_another_kind_is_refused_at_once(tmp_path: Path, reader: object) -> None:
    path = write_csv(tmp_path / "other.csv", ["Date", "Event Description"], [{"Date": "2031-01-01"}])
    with pytest.raises(IntakeError, match="does not look like"):
        reader(path)


@given(st.lists(st.sampled_from(list(SSA_ATTACK_LABELS)), min_size=1, max_size=6))
def test_any_joined_ssa_labels_split_back(labels: list[str]) -> None:
    assert who_ssa.split_attack_types(", ".join(labels)) == labels
