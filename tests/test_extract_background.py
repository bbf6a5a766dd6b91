"""Background incidents: earlier attacks a report mentions beside the ones it reports (invented reports)."""

from __future__ import annotations

import pytest

from notatarget.extract import extract


def _found(text: str, published: str, language: str = "en") -> list[tuple[str | None, bool]]:
    return sorted((m.date, m.background) for m in extract(text, published, language))


@pytest.mark.parametrize(
    ("text", "language"),
    [
        (
            "Shells hit the Norvale district hospital on Tuesday, wounding two nurses.\n\n"
            "Staff in the region live in fear. In February 2031 a midwife was shot dead at the gate of a health "
            "post outside Norvale.",
            "en",
        ),
        (
            "Mardi, des obus ont touché l'hôpital de district de Norvale, blessant deux infirmiers.\n\n"
            "En février 2031, une sage-femme a été tuée par balle devant un poste de santé près de Norvale.",
            "fr",
        ),
        (
            "El martes, varios proyectiles alcanzaron el hospital de Norvale e hirieron a dos enfermeros.\n\n"
            "En febrero de 2031, una partera fue asesinada a tiros frente a un puesto de salud cerca de Norvale.",
            "es",
        ),
    ],
)
def test_a_month_named_before_that_of_the_day_reported_is_background(text: str, language: str) -> None:
    # no cue tells the earlier act: its month, before the month of the act the report dates, does
    assert _found(text, "2031-03-06", language) == [("2031-02", True), ("2031-03-04", False)]


def test_a_month_told_without_a_later_day_is_what_a_report_reports() -> None:
    # a note early in March on the month before: its acts are what it reports
    text = "In February 2031, gunmen looted the Norvale health centre and burned its pharmacy."
    assert _found(text, "2031-03-03") == [("2031-02", False)]


@pytest.mark.parametrize(
    ("text", "language"),
    [
        (
            "On Monday gunmen stormed the Norvale clinic and beat a nurse.\n\n"
            "Last year, soldiers occupied a health centre in the province for a month.",
            "en",
        ),
        (
            "Lundi, des hommes armés ont fait irruption dans la clinique de Norvale et frappé un infirmier.\n\n"
            "L'année dernière, des soldats ont occupé un centre de santé de la province pendant un mois.",
            "fr",
        ),
    ],
)
def test_an_earlier_act_told_only_with_a_year_is_no_incident(text: str, language: str) -> None:
    # a background incident needs at least a month and a year
    assert _found(text, "2031-03-12", language) == [("2031-03-10", False)]
