"""The shipped XLSForm: its structure, its conversion to an XForm by pyxform, and the round trip of a
submission back through the KoBo importer."""

from __future__ import annotations

import csv
from pathlib import Path

import pytest
from openpyxl import load_workbook

from notatarget.domain import AttackType
from notatarget.errors import NotatargetError
from notatarget.intake.datasets import kobo
from notatarget.intake.forms import CHOICES_COLUMNS, SURVEY_COLUMNS, choices, survey, validate_form, write_xlsform


@pytest.fixture(scope="module")
def form(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return write_xlsform(tmp_path_factory.mktemp("form") / "field_report.xlsx")


def test_workbook_has_the_three_sheets(form: Path) -> None:
    book = load_workbook(form, read_only=True)
    assert book.sheetnames == ["survey", "choices", "settings"]
    survey_rows = list(book["survey"].iter_rows(values_only=True))
    assert survey_rows[0] == SURVEY_COLUMNS
    names = [row[1] for row in survey_rows[1:]]
    assert {
        "incident_date",
        "gps",
        "facility_name",
        "facility_type",
        "attack_types",
        "resources",
        "source_type",
    } <= set(names)
    assert next(iter(book["choices"].iter_rows(values_only=True))) == CHOICES_COLUMNS
    attack_choices = [r[1] for r in book["choices"].iter_rows(values_only=True) if r[0] == "attack_type"]
    assert attack_choices == [t.value for t in AttackType]


def test_pyxform_converts_it_to_an_xform(form: Path) -> None:
    xls2xform = pytest.importorskip("pyxform.xls2xform")
    result = xls2xform.convert(xlsform=str(form), validate=False)
    assert "<h:html" in result.xform and "jr:constraintMsg" in result.xform
    assert 'type="geopoint"' in result.xform and "attack_types" in result.xform


def test_structure_errors_are_caught() -> None:
    rows = survey()
    with pytest.raises(NotatargetError, match="not unique"):
        validate_form([*rows, rows[2]], choices())
    with pytest.raises(NotatargetError, match="missing choice list"):
        validate_form([*rows, {"type": "select_one colours", "name": "colour", "label": "Colour"}], choices())
    with pytest.raises(NotatargetError, match="spaced"):
        validate_form(rows, [*choices(), {"list_name": "damage", "name": "two words", "label": "x"}])


def test_a_submission_with_every_field_imports(tmp_path: Path) -> None:
    """A row as KoBo exports it for this form (column per survey name, codes as values)."""
    values = {
        "incident_date": "2031-06-01",
        "country": "YEM",
        "gps": "15.35 44.2 0 10",
        "attack_types": "armed_entry looting",
        "resources": "facility supplies",
        "facility_type": "warehouse",
        "facility_damage": "damaged",
        "service_impact": "partial",
        "source_type": "partner_attacked",
        "abducted": "2",
        "meta/instanceID": "uuid:form-roundtrip-1",
    }
    header = [row["name"] for row in survey()] + ["meta/instanceID"]
    path = tmp_path / "export.csv"
    with path.open("w", newline="") as handle:
        writer = csv.DictWriter(handle, header)
        writer.writeheader()
        writer.writerow(values)
    (mention,) = kobo.read(path)
    assert mention.attack_types == ["armed_entry", "looting"] and mention.facility_type == "warehouse"
    assert (mention.facility_damage, mention.service_impact, mention.abducted) == ("damaged", "partial", 2)
    assert mention.certainty == "confirmed"
