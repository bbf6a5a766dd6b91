"""The field-report form notatarget ships, as an XLSForm that KoBoToolbox and ODK Central both accept.

The form is built from the codebook, so its choice lists are always the codes the importer reads back
(``notatarget.intake.datasets.kobo``). It follows the SSA data-collection template: date and time, place
with a GPS point, facility name and type, attack types (several), resources affected, casualties,
damage and service impact, photos, and the kind of source (which grades certainty). It asks for no
names of people: a reporter's identity is never collected.
"""

from __future__ import annotations

from pathlib import Path

import pycountry

from notatarget.domain import AttackType, Damage, FacilityType, Resource, ServiceImpact
from notatarget.domain.codebook import Coded
from notatarget.errors import NotatargetError

FORM_ID = "notatarget_field_report"
FORM_VERSION = "2026112501"

#: Where the reporter heard of the attack -> the SSA certainty it supports on its own (SSA-Method Table 1).
SOURCE_TYPES: dict[str, tuple[str, str]] = {
    "partner_attacked": ("Our organisation was attacked (we report it ourselves)", "confirmed"),
    "eyewitness_partner": ("I saw it myself (staff of a partner organisation)", "confirmed"),
    "eyewitness": ("An eyewitness told me", "probable"),
    "secondary": ("Someone who heard about it told me", "possible"),
    "media": ("News media or an organisation's report", "possible"),
    "social_media": ("Social media or hearsay", "rumour"),
}
PHOTO_FIELDS = ("photo_1", "photo_2", "photo_3")
COUNT_FIELDS = ("killed", "injured", "health_workers_killed", "health_workers_injured", "abducted", "arrested")

_COUNT_LABELS = (
    "Number of people killed",
    "Number of people injured",
    "Of whom health workers killed",
    "Of whom health workers injured",
    "Number of people abducted or detained",
    "Number of people arrested",
)
SURVEY_COLUMNS = ("type", "name", "label", "hint", "required", "constraint", "constraint_message", "parameters")
CHOICES_COLUMNS = ("list_name", "name", "label")
SETTINGS_COLUMNS = ("form_title", "form_id", "version", "default_language")


def _question(kind: str, name: str, label: str, **extra: str) -> dict[str, str]:
    return {"type": kind, "name": name, "label": label, **extra}


def _count(name: str, label: str) -> dict[str, str]:
    return _question(
        "integer", name, label, constraint=". >= 0 and . <= 100000", constraint_message="A number from 0 to 100000."
    )


def survey() -> list[dict[str, str]]:
    """The survey sheet: one dict per row, keys from :data:`SURVEY_COLUMNS`."""
    yes = {"required": "yes"}
    return [
        _question("start", "start", ""),
        _question("end", "end", ""),
        _question("date", "incident_date", "Date of the attack", constraint=". <= today()", **yes),
        _question("time", "incident_time", "Time of the attack (leave empty if unknown)"),
        _question("select_one country", "country", "Country", **yes),
        _question("text", "admin1", "Province, state or governorate"),
        _question("text", "location", "Town, village or district"),
        _question("geopoint", "gps", "GPS position of the place (if safe to record)"),
        _question("text", "facility_name", "Name of the health facility (if any)"),
        _question("select_one facility_type", "facility_type", "Type of health facility or transport"),
        _question("select_multiple attack_type", "attack_types", "Type of attack (choose all that apply)", **yes),
        _question("select_multiple resource", "resources", "Health resources affected", **yes),
        *(_count(name, label) for name, label in zip(COUNT_FIELDS, _COUNT_LABELS, strict=True)),
        _question("select_one damage", "facility_damage", "Damage to the facility"),
        _question("select_one service_impact", "service_impact", "Effect on health services"),
        _question("text", "perpetrator", "Alleged perpetrator (if known)"),
        _question("text", "description", "What happened (no names of people)", hint="Do not write anyone's name."),
        _question("select_one source_type", "source_type", "How do you know about this attack?", **yes),
        *(
            _question("image", name, f"Photo {n}", parameters="max-pixels=1600")
            for n, name in enumerate(PHOTO_FIELDS, 1)
        ),
    ]


def _choices_of(list_name: str, coded: type[Coded]) -> list[dict[str, str]]:
    return [{"list_name": list_name, "name": m.value, "label": m.label} for m in coded]


def choices() -> list[dict[str, str]]:
    """The choices sheet: every list the survey refers to."""
    countries = sorted(pycountry.countries, key=lambda c: c.name)
    return [
        *({"list_name": "country", "name": c.alpha_3, "label": c.name} for c in countries),
        *_choices_of("facility_type", FacilityType),
        *_choices_of("attack_type", AttackType),
        *_choices_of("resource", Resource),
        *_choices_of("damage", Damage),
        *_choices_of("service_impact", ServiceImpact),
        *({"list_name": "source_type", "name": k, "label": label} for k, (label, _) in SOURCE_TYPES.items()),
    ]


def settings() -> dict[str, str]:
    """The settings sheet's single row."""
    return {
        "form_title": "Attack on health care: field report",
        "form_id": FORM_ID,
        "version": FORM_VERSION,
        "default_language": "English (en)",
    }


def validate_form(survey_rows: list[dict[str, str]], choice_rows: list[dict[str, str]]) -> None:
    """Check the structure KoBo and ODK rely on; raise :class:`NotatargetError` naming the first problem.

    Every row has a type and a unique name; every ``select_one``/``select_multiple`` list exists in the
    choices; choice names are unique within a list and contain no spaces (select_multiple stores them
    space-separated).
    """
    names = [row["name"] for row in survey_rows]
    if dupes := sorted({n for n in names if names.count(n) > 1}):
        raise NotatargetError(f"survey names are not unique: {dupes}")
    lists: dict[str, list[str]] = {}
    for row in choice_rows:
        lists.setdefault(row["list_name"], []).append(row["name"])
    for list_name, values in lists.items():
        if len(set(values)) != len(values) or any(" " in v or not v for v in values):
            raise NotatargetError(f"choice list {list_name!r} has duplicate, empty or spaced names")
    for row in survey_rows:
        if not row.get("type") or not row.get("name"):
            raise NotatargetError(f"survey row without type or name: {row}")
        kind, _, list_name = row["type"].partition(" ")
        if kind in ("select_one", "select_multiple") and list_name not in lists:
            raise NotatargetError(f"question {row['name']!r} uses the missing choice list {list_name!r}")


def write_xlsform(path: Path) -> Path:
    """Write the field-report XLSForm (survey, choices and settings sheets) to ``path``."""
    from openpyxl import Workbook

    survey_rows, choice_rows = survey(), choices()
    validate_form(survey_rows, choice_rows)
    book = Workbook()
    sheets = (
        ("survey", SURVEY_COLUMNS, survey_rows),
        ("choices", CHOICES_COLUMNS, choice_rows),
        ("settings", SETTINGS_COLUMNS, [settings()]),
    )
    book.remove(book.active)
    for title, columns, rows in sheets:
        sheet = book.create_sheet(title)
        sheet.append(list(columns))
        for row in rows:
            sheet.append([row.get(c, "") for c in columns])
    try:
        book.save(path)
    except OSError as exc:
        raise NotatargetError(f"cannot write {path}: {exc.strerror}") from exc
    return path


def certainty_for(source_type: str, has_photo: bool) -> str:
    """The SSA certainty a submission supports: its source type's level, raised to confirmed when a probable
    account comes with a photo (SSA: probable plus a photo clearly evidencing the attack)."""
    level = SOURCE_TYPES[source_type][1]
    return "confirmed" if level == "probable" and has_photo else level
