"""Acts against facilities and supplies (armed entry, military use, looting, obstruction, arson) on fictional
reports: one class of error per test."""

from __future__ import annotations

import pytest

from notatarget.extract import extract

PUBLISHED = "2031-03-14"  # a Friday


def types(text: str) -> list[list[str]]:
    return [sorted(m.attack_types) for m in extract(text, published=PUBLISHED)]


@pytest.mark.parametrize(
    "text",
    [
        "On Monday soldiers raided the home of a nurse of the Hope clinic in Exampleton and arrested her.",
        "A surgeon's house in Exampleton was searched by police on Monday and he was detained.",
        "On Monday a midwife was beaten during a night raid on her house in Sampleville.",
        "Two doctors were arrested in a house raid by militiamen in Exampleton on Monday.",
    ],
)
def test_a_dwelling_raided_is_no_facility_entered(text: str) -> None:
    found = types(text)
    assert found and all("armed_entry" not in kinds for kinds in found)


@pytest.mark.parametrize(
    "text",
    [
        "On Monday soldiers stormed the Hope hospital in Exampleton and the doctors' residence next to it.",
        "Militiamen who had searched homes in the village stormed the Hope clinic in Exampleton on Monday.",
        "On Monday gunmen raided the staff quarters of the Hope hospital in Exampleton.",
        "The Hope clinic and two homes in Exampleton were raided by soldiers on Monday.",
    ],
)
def test_a_facility_raided_with_a_dwelling_told_nearby_is_entered(text: str) -> None:
    assert any("armed_entry" in kinds for kinds in types(text))


@pytest.mark.parametrize(
    "text",
    [
        "On Monday soldiers at a checkpoint near Exampleton stopped an ambulance carrying a patient, forcing it to "
        "return to Sampleville.",
        "On Monday gunmen fired at an ambulance in Exampleton, preventing the crew from reaching the wounded.",
        "Militiamen have continued to block medicines bound for the Hope hospital in Exampleton since Monday.",
    ],
)
def test_passage_denied_in_other_words_is_obstruction(text: str) -> None:
    assert any("obstruction" in kinds for kinds in types(text))


def test_an_occupation_told_as_forced_is_an_armed_entry_as_well() -> None:
    forced = types("On Monday soldiers forcibly occupied the Hope hospital in Exampleton.")
    assert forced == [["armed_entry", "military_use"]]
    assert types("On Monday soldiers occupied the Hope hospital in Exampleton.") == [["military_use"]]


def test_a_vehicle_of_a_facility_seized_is_looted_not_occupied() -> None:
    found = types("On Monday a vehicle belonging to the Hope health centre in Exampleton was seized by militiamen.")
    assert found == [["looting"]]


def test_a_health_worker_posted_at_a_facility_is_no_military_use() -> None:
    found = types("On Monday gunmen kidnapped a nurse posted at the Hope health centre in Exampleton.")
    assert found and all("military_use" not in kinds for kinds in found)
    placed = types("On Monday soldiers were posted on the roof of the Hope hospital in Exampleton.")
    assert placed == [["military_use"]]


def test_a_facility_attacked_by_arsonists_is_arson() -> None:
    assert types("On Monday the Hope clinic in Exampleton was damaged by arsonists.") == [["arson"]]


@pytest.mark.parametrize(
    "text",
    [
        "On Monday a midwife was abducted from the Hope health centre in Exampleton.",
        "On Monday two nurses were kidnapped by gunmen while on duty at the Hope hospital in Exampleton.",
    ],
)
def test_people_kidnapped_from_a_facility_tell_it_was_entered(text: str) -> None:
    assert any("armed_entry" in kinds for kinds in types(text))


@pytest.mark.parametrize(
    "text",
    [
        "On Monday a nurse working at the Hope hospital in Exampleton was kidnapped on the road to Sampleville.",
        "On Monday a doctor of the Hope clinic was arrested in Exampleton while returning from work.",
    ],
)
def test_people_kidnapped_or_arrested_elsewhere_tell_no_entry(text: str) -> None:
    found = types(text)
    assert found and all("armed_entry" not in kinds for kinds in found)


@pytest.mark.parametrize(
    "text",
    [
        "On Monday soldiers prevented an ambulance crew from entering the Hope hospital in Exampleton.",
        "On Monday gunmen killed a surgeon working in the Hope hospital in Exampleton.",
        "On Monday police beat two nurses in Exampleton on their way home from the Hope hospital.",
        "On Monday gunmen shot an ambulance in Exampleton, which broke down on the road to the Hope hospital.",
    ],
)
def test_facility_not_entered(text: str) -> None:
    found = types(text)
    assert found and all("armed_entry" not in kinds for kinds in found)


def test_a_denial_of_a_claim_is_no_access_denied() -> None:
    text = "On Monday gunmen shot an ambulance driver in Exampleton. The militia denied responsibility for the attack."
    found = types(text)
    assert found and all("obstruction" not in kinds for kinds in found)


def test_refusing_to_allow_care_is_obstruction() -> None:
    text = "On Monday militiamen refused to allow a vaccination team of the Hope clinic into Exampleton."
    assert any("obstruction" in kinds for kinds in types(text))


def test_a_facility_taken_over_is_occupied_not_looted() -> None:
    assert types("On Monday the Hope hospital in Exampleton was taken over by militiamen.") == [["military_use"]]


def test_people_seized_are_abducted_and_supplies_seized_for_people_are_looted() -> None:
    doctor = types("On Monday a doctor was seized by police while treating patients at the Hope clinic in Exampleton.")
    assert doctor == [["abduction_arrest"]]
    supplies = types("On Monday medical supplies of the Hope clinic for displaced families were seized by soldiers.")
    assert supplies and all(kinds == ["looting"] for kinds in supplies)


def test_people_taken_to_a_place_are_no_looting() -> None:
    text = "On Monday gunmen shot a nurse at the Hope clinic in Exampleton. Two suspects were taken into custody."
    found = types(text)
    assert found and all("looting" not in kinds for kinds in found)


def test_preventing_a_disease_is_no_obstruction() -> None:
    text = "On Monday gunmen attacked the Hope clinic in Exampleton, which works on preventing the spread of cholera."
    found = types(text)
    assert found and all("obstruction" not in kinds for kinds in found)


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("Le 3 mars 2031, des miliciens sont venus piller le centre de santé de Kelbo.", "looting"),
        (
            "El 3 de marzo de 2031 una ambulancia del hospital de Kelbo fue retenida cuatro horas en un retén ilegal.",
            "obstruction",
        ),
    ],
)
def test_french_infinitive_looting_and_a_spanish_vehicle_held_at_a_roadblock(text: str, kind: str) -> None:
    (m,) = extract(text)
    assert kind in m.attack_types


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("On Monday night armed men broke into the chemist in Exampleton and carried away its stock.", "en"),
        ("On Monday night gunmen looted a drug shop in Exampleton and beat its owner.", "en"),
        ("On Monday armed men looted a patent medicine store in Exampleton.", "en"),
        ("El lunes hombres armados saquearon la droguería del barrio Centro en Exampleton.", "es"),
        ("El lunes hombres armados saquearon una botica en Exampleton.", "es"),
    ],
)
def test_a_shop_selling_medicines_is_a_pharmacy(text: str, language: str) -> None:
    """What the press of a country calls the shop that sells medicines is a pharmacy."""
    [m] = extract(text, published=PUBLISHED, language=language)
    assert m.facility_type == "pharmacy" and "looting" in m.attack_types


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("Dimanche, des hommes armés ont tiré en l'air avant de forcer la porte de la pharmacie du centre de santé "
         "de Kelbo et d'emporter des médicaments.", "fr"),
        ("El domingo, hombres armados intentaron forzar la puerta del centro de salud de Kelbo y, tras derribar la "
         "puerta, se llevaron medicamentos.", "es"),
        ("No domingo, homens armados arrombaram a porta do centro de saúde de Kelbo e levaram medicamentos.", "pt"),
    ],
)  # fmt: skip
def test_a_door_forced_in_any_form_of_the_verb_is_an_armed_entry(text: str, language: str) -> None:
    [m] = extract(text, published=PUBLISHED, language=language)
    assert "armed_entry" in m.attack_types
