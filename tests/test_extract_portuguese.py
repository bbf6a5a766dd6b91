"""Portuguese reports (Mozambique, Brazil, Angola, Guinea-Bissau): counts, acts and earlier attacks read as in the
other Romance languages. Sentences invented for these tests."""

from __future__ import annotations

import pytest

from notatarget.extract import extract
from notatarget.extract.numbers import find_quantities

HEAD = "No domingo, 4 de outubro de 2031, homens armados atacaram o Centro de Saúde de Orvana. "


@pytest.mark.parametrize(
    ("text", "value"),
    [("dois enfermeiros", 2), ("três médicos", 3), ("pelo menos 11 mortos", 11), ("dezenas de feridos", 12)],
)
def test_portuguese_number_words_are_counts(text: str, value: int) -> None:
    assert [q.value for q in find_quantities(text, "pt")] == [value]


@pytest.mark.parametrize(
    ("rest", "counts"),
    [
        ("Mataram um enfermeiro.", (1, None, 1, None)),
        ("Dois enfermeiros ficaram feridos.", (None, 2, None, 2)),
        ("Os atacantes fugiram, matando três pacientes e ferindo uma enfermeira.", (3, 1, 0, 1)),
    ],
)
def test_portuguese_tolls(rest: str, counts: tuple[int | None, ...]) -> None:
    [m] = extract(HEAD + rest, "2031-10-06", "pt")
    assert (m.killed, m.injured, m.health_workers_killed, m.health_workers_injured) == counts


def test_a_store_of_medicines_looted_is_one_store_not_a_kind_of_act() -> None:
    """ "pilharam o armazém de medicamentos": "o" is the article (not Spanish "or"), so the looting is one act."""
    text = (
        "No domingo, 4 de outubro de 2031, os atacantes pilharam o armazém de medicamentos do Centro de Saúde de "
        "Orvana."
    )
    [m] = extract(text, "2031-10-06", "pt")
    assert m.attack_types == ["looting"]


def test_damage_told_of_a_facility_far_before_its_verb() -> None:
    """ "Um centro de saúde no distrito de X, no sul da província de Y, ficou completamente destruído": the facility is
    the passive verb's subject, however many words lie between."""
    text = (
        "Um centro de saúde no distrito de Orvana, no sul da província de Norvale, ficou completamente destruído na "
        "sequência de um ataque de insurgentes na madrugada de domingo, informaram fontes locais."
    )
    [m] = extract(text, "2031-10-07", "pt")
    assert (m.date, m.facility_damage) == ("2031-10-05", "destroyed")


def test_an_attack_told_in_the_pluperfect_is_background() -> None:
    text = HEAD + "Em junho de 2031, um enfermeiro já havia sido espancado por garimpeiros no mesmo centro de saúde."
    found = sorted((m.date, m.background) for m in extract(text, "2031-10-06", "pt"))
    assert found == [("2031-06", True), ("2031-10-04", False)]


def test_brazilian_units_of_care_and_their_robbery() -> None:
    """A UPA and a UBS are primary care, a "pronto-socorro" a hospital's emergency; "balearam" shot, "assaltaram"
    robbed."""
    cases = (
        (
            "Na última sexta-feira (30), homens armados invadiram a Unidade de Pronto Atendimento (UPA) de Boa Vista e "
            "balearam um técnico de enfermagem.",
            "pt",
            ("primary_care", 1),
        ),
        (
            "Criminosos assaltaram a Unidade Básica de Saúde (UBS) de Duque de Caxias nesta terça-feira.",
            "pt",
            ("primary_care", None),
        ),
        (
            "Homens armados atacaram o pronto-socorro municipal de Belford Roxo no domingo (2).",
            "pt",
            ("hospital", None),
        ),
    )
    for text, language, (facility_type, injured) in cases:
        found = extract(text, "2031-07-05", language)
        assert [(m.facility_type, m.injured) for m in found] == [(facility_type, injured)], text
    found = extract(cases[1][0], "2031-07-05", "pt")
    assert found[0].attack_types == ["looting"]


@pytest.mark.parametrize(
    "text",
    [
        # a robbery near a health centre, which is told not hit
        "Na noite de 14 de Janeiro de 2031, homens armados assaltaram uma loja perto do centro de saúde de Orvana e "
        "levaram dinheiro. O centro de saúde não foi atingido e as consultas continuaram normalmente.",
        # a nurse killed in a road accident
        "A enfermeira do centro de saúde de Orvana perdeu a vida no sábado, 11 de Janeiro de 2031, num acidente de "
        "viação: o chapa em que viajava despistou-se e capotou.",
    ],
)
def test_portuguese_look_alikes_are_no_attack(text: str) -> None:
    assert extract(text, "2031-01-18", "pt") == []


def test_the_pharmacy_told_after_a_health_centre_s_raid_is_its_own() -> None:
    """ "arrombaram a porta da farmácia": "da" holds the article, so the pharmacy is the raided centre's, one act."""
    text = (
        "Na noite de terça-feira, 4 de março de 2031, homens armados com catanas assaltaram o centro de saúde de "
        "Orvana. Segundo o director distrital, os assaltantes arrombaram a porta da farmácia, levaram medicamentos e "
        "ameaçaram o enfermeiro de turno."
    )
    [found] = extract(text, "2031-03-08", "pt")
    assert found.facility_type == "primary_care" and "threat" in found.attack_types
