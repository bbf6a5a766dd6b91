"""Detection in fictional reports: which sentences tell an act against health care, and which do not."""

from __future__ import annotations

from datetime import date

import pytest

from notatarget.extract import extract
from notatarget.extract.pipeline import run

PUBLISHED = "2031-03-12"


def _found(text: str) -> list:
    return extract(text, PUBLISHED, "en")


def test_treatment_in_a_facilitys_name_is_no_treatment_of_victims() -> None:
    (mention,) = _found("March 2031: A cholera treatment centre in Tamaro was attacked by armed men.")
    assert mention.facility_type == "other"


def test_a_patient_in_care_who_is_killed_is_an_attack() -> None:
    (mention,) = _found("March 2031: A patient being treated at the Quillon clinic was killed by gunmen.")
    assert mention.killed == 1


def test_victims_treated_after_an_attack_elsewhere_are_no_incident() -> None:
    text = "On 10 March 2031, five people injured in clashes in Tamaro were treated at the Quillon hospital."
    assert _found(text) == []


def test_a_facility_near_a_strike_is_its_target_when_told_damaged() -> None:
    (mention,) = _found("March 2031: Warplanes fired missiles near the Quillon clinic, damaging its roof and windows.")
    assert (mention.facility_type, mention.facility_damage) == ("primary_care", "damaged")


def test_a_blast_outside_a_facility_shattering_windows_is_an_attack_on_it() -> None:
    for text in (
        "March 2031: A grenade went off outside the Quillon clinic, shattering the windows; nobody was hurt.",
        "March 2031: A bomb exploded outside a vaccination site in Tamaro, smashing several windows.",
    ):
        (mention,) = _found(text)
        assert mention.facility_damage == "damaged"


def test_a_strike_near_a_facility_that_damages_other_buildings_is_no_incident() -> None:
    assert _found("March 2031: Shells fell near the Quillon hospital, damaging several houses.") == []
    assert _found("March 2031: Shells fell near the Quillon hospital, shattering windows in nearby houses.") == []


def test_a_building_near_a_facility_told_destroyed_is_no_attack_on_the_facility() -> None:
    # the verb is the building's, told before the facility: the facility is only where the building stands
    text = (
        "Strike near Quillon hospital: wounded treated as staff work through the night\n\n"
        "An airstrike on a house in Quillon on Monday killed six people. The house, in a street about 200 metres "
        "from the town's main hospital, was flattened."
    )
    assert _found(text) == []


def test_an_accident_told_years_ago_in_the_pluperfect_is_no_incident() -> None:
    text = (
        "Il y a deux ans, un incendie similaire, causé par une bouteille d'oxygène, avait touché le service des "
        "urgences de l'hôpital général de Quillon."
    )
    assert extract(text, PUBLISHED, "fr") == []


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("A gas leak set fire to the Quillon hospital on Tuesday.", "en"),
        ("Mardi, une fuite de gaz a mis le feu à l'hôpital de Quillon.", "fr"),
        ("El martes, una fuga de gas incendió el hospital de Quillon.", "es"),
    ],
)
def test_a_fire_from_a_gas_leak_is_an_accident(text: str, language: str) -> None:
    assert extract(text, PUBLISHED, language) == []


@pytest.mark.parametrize(
    "text",
    [
        "Police deployed around the Quillon hospital on 10 March 2031 after reports that a family was planning to "
        "storm the building.",
        "A health centre in Tamaro closed as a precaution on 10 March 2031 after shelling in nearby fields; the "
        "centre itself was not hit.",
        "On 10 March 2031, explosives were found in a house near the Quillon hospital.",
        "On 10 March 2031 the staff of the Quillon clinic fled after rumours of an imminent attack.",
        "En mars 2031, l'hôpital de Quillon a reçu 23 blessés après une attaque contre un camp militaire ; l'hôpital "
        "lui-même n'a pas été visé.",
        "Health services from the burnt health post in Quillon are provided from a mobile clinic since 10 March 2031.",
        "An oxygen cylinder blast caused a fire in a ward of the Quillon hospital on 10 March 2031; no casualties.",
    ],
)
def test_acts_planned_rumoured_or_past_and_facilities_unhit_are_no_incident(text: str) -> None:
    assert _found(text) == []


def test_an_appeal_naming_an_act_told_before_founds_no_incident() -> None:
    text = (
        "On 12 March 2031, an ambulance was stopped by armed men on the road between Quillon and Tamaro and its nurse "
        "was abducted.\n\nSince 5 March 2031, soldiers have occupied the Kasugula primary health care centre in "
        "Quillon.\n\nWe call on the Armed Forces to vacate the Kasugula primary health care centre in Quillon, and on "
        "armed groups to release the nurse abducted on 12 March unharmed."
    )
    found = sorted((m.date, m.facility_type, m.facility_name) for m in _found(text))
    assert found == [
        ("2031-03-05", "primary_care", "Kasugula primary health care centre"),
        ("2031-03-12", "ambulance", None),
    ]


def test_a_section_title_and_a_they_paragraph_join_the_act_their_section_tells() -> None:
    text = (
        "Quillon, 12 March 2031 - Our findings.\n\nArrests at a private clinic in Tamaro\n\nAt around 9:30 p.m. on 14 "
        "February 2031, soldiers arrived at the Mercy Clinic. The men kicked open the back door and searched the "
        "consultation rooms and pharmacy cupboards.\n\nThey arrested the clinic's owner and a nurse.\n\nOccupation "
        "of the Vesara General Hospital\n\nOn 3 March 2031, soldiers entered the Vesara General Hospital and set up "
        "positions on its roof."
    )
    found = [(m.date, m.abducted, "abduction_arrest" in m.attack_types) for m in _found(text)]
    assert found == [("2031-02-14", 2, True), ("2031-03-03", None, False)]


def test_a_title_under_the_sites_name_gives_each_act_to_the_incident_that_tells_it() -> None:
    text = (
        "The Quillon Standard\n\nNews\n\nPolice fire teargas into hospital; medics arrested days later\n\n"
        "Police fired teargas canisters into the compound of the Mercy Hospital in Quillon on 10 March 2031, forcing "
        "nurses to evacuate patients.\n\nOn 13 March 2031, three volunteer medics were arrested at their homes in "
        "Quillon."
    )
    assert [(m.date, m.attack_types) for m in _found(text)] == [
        ("2031-03-10", ["chemical"]),
        ("2031-03-13", ["abduction_arrest"]),
    ]


def test_the_sound_of_a_weapon_is_no_act() -> None:
    text = (
        "The nurses at the Quillon children's hospital have learned to tell the whistle of a glide bomb from the buzz "
        "of a drone.\n\nOn 10 March 2031, a drone hit the hospital's administrative block. On 11 March 2031, a "
        "glide bomb struck its courtyard, injuring two surgeons."
    )
    assert [(m.date, m.weapons) for m in _found(text)] == [("2031-03-10", ["drone"]), ("2031-03-11", ["airstrike"])]


def test_a_one_sentence_lede_keeps_its_act_beside_an_earlier_act_of_the_same_kind() -> None:
    text = (
        "A jet bombed the Quillon hospital on Sunday, killing two patients.\n\nIn October 2030, an airstrike hit "
        "the outpatient clinic of a charity in Quillon, wounding two volunteers."
    )
    assert [(m.attack_types, m.background) for m in _found(text)] == [
        (["heavy_weapons"], False),
        (["heavy_weapons"], True),
    ]


def test_a_french_or_spanish_facility_name_in_an_english_report_is_a_facility() -> None:
    text = (
        "PORT-AU-PRINCE, March 12 (Wire) – Gang members have occupied a public hospital in the capital for a week, "
        "officials said on Thursday.\n\nMembers of the gang took over the Hôpital Communautaire de Quillon on 5 March "
        "2031, forcing the last patients and staff to leave."
    )
    (mention,) = extract(text, "2031-03-12", "en")
    assert (mention.date, mention.facility_type) == ("2031-03-05", "hospital")


def test_a_lead_telling_this_week_takes_the_day_the_body_tells() -> None:
    text = (
        "The Quillon Observer\nInsurgents torch health centre, loot pharmacy as attacks spread\n\nPEMBA, 10 October "
        "2030 – Armed insurgents set fire to a health centre in Quillon district and looted medicines from another in "
        "Vesara district this week, officials said.\n\nThe first attack took place on Monday night in a neighbourhood "
        "of Quillon town, where insurgents armed with machetes entered the neighbourhood health centre around 10 pm."
    )
    (mention,) = extract(text, "2030-10-10", "en")
    assert mention.date == "2030-10-07"


def test_a_lead_telling_this_month_takes_the_day_the_next_paragraph_names_back() -> None:
    text = (
        "PEMBA, 12 March 2031 – Insurgents set fire to a health centre in Quillon this month, officials said.\n\nThe "
        "attack took place on 3 March, when insurgents entered the centre and set fire to the building."
    )
    (mention,) = _found(text)
    assert mention.date == "2031-03-03"


def test_a_region_told_struck_over_and_over_borrows_no_target_from_the_next_act() -> None:
    text = (
        "A jet bombed the Quillon hospital on Sunday, killing two patients.\n\nTamaro province has been pounded by air "
        "strikes as the army struggles to hold territory. In October 2030, an airstrike hit the outpatient clinic of "
        "a charity in Quillon, wounding two volunteers."
    )
    assert [(m.date, m.facility_type) for m in _found(text)] == [
        ("2031-03-09", "hospital"),
        ("2030-10", "primary_care"),
    ]


@pytest.mark.parametrize(
    "text",
    [
        "No clinic visited by our reporters in Tamaro reported any attack or threat; the closures were due to funding.",
        "We have not recorded any looting at the Quillon hospital since March 2031.",
    ],
)
def test_any_act_in_a_negated_sentence_is_none(text: str) -> None:
    assert _found(text) == []


def test_any_act_in_a_sentence_without_negation_is_still_read() -> None:
    (mention,) = _found("On 10 March 2031 gunmen looted the Quillon hospital; any attack on health care is a crime.")
    assert mention.attack_types == ["looting"]


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("The earthquake of 10 March 2031 damaged 12 hospitals around Tamaro. In Quillon, part of the district "
         "hospital collapsed and two nurses died under the rubble.", "en"),
        ("Le séisme du 10 mars a endommagé l'hôpital de Quillon ; deux infirmiers sont morts.", "fr"),
        ("Las inundaciones del 10 de marzo destruyeron el centro de salud de Quillon.", "es"),
    ],
)  # fmt: skip
def test_damage_and_deaths_a_natural_disaster_caused_are_no_incident(text: str, language: str) -> None:
    assert extract(text, PUBLISHED, language) == []


def test_an_attack_told_in_a_report_of_a_disaster_is_still_an_incident() -> None:
    text = (
        "On 11 March 2031, gunmen looted the Quillon clinic in Tamaro. The clinic had been damaged by the earthquake "
        "the day before."
    )
    (mention,) = _found(text)
    assert "looting" in mention.attack_types


@pytest.mark.parametrize(
    "text",
    [
        "On 10 March 2031 a chemical agent was released over Tamaro. Two patients died in the hospital.",
        "On 10 March 2031, 500 patients with burning eyes and breathing difficulties reached Tamaro's hospitals.",
        "A missile hit a house in Tamaro on 10 March 2031. Ambulance crews took the two injured neighbours to the "
        "city hospital.",
    ],
)
def test_care_of_the_victims_of_an_attack_elsewhere_is_no_incident(text: str) -> None:
    assert _found(text) == []


def test_a_patient_who_died_in_hospital_after_an_act_on_it_counts() -> None:
    (mention,) = _found("On 10 March 2031 gunmen shot a nurse at the Quillon clinic; she later died in hospital.")
    assert mention.facility_type == "primary_care" and mention.attack_types == ["individual_weapons"]


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("Ambulances and health transport: 44 attacks; 19 ambulances were damaged and 7 destroyed.", "en"),
        ("En el trimestre, 3 trabajadores de la salud fueron asesinados y 9 resultaron heridos.", "es"),
        ("Au cours du trimestre, 4 infirmiers ont été enlevés.", "fr"),
        ("The measures include a helpline for vaccinators to report threats, staffed around the clock.", "en"),
        ("The ministry announced new measures to prevent attacks on ambulances.", "en"),
        ("We ask the parties to stop using health facilities for military purposes.", "en"),
        ("We call on them to release any health worker still detained.", "en"),
        ("Nous demandons que le matériel pillé dans les hôpitaux soit restitué.", "fr"),
        ("Of the 214 health facilities assessed, 152 had been looted and 38 damaged by shelling.", "en"),
        ("It is the third attack on ambulances in Quillon province since the emergency was declared.", "en"),
        ("Es el tercer ataque a ambulancias en la provincia de Quillon desde el 9 de enero de 2031.", "es"),
        ("It is the fourth attack on ambulances in Quillon this month, the health department said.", "en"),
        ("C'est la troisième attaque contre une ambulance à Quillon ce mois-ci.", "fr"),
        (
            "Between 1 December 2030 and 15 January 2031, our researchers documented 14 incidents of violence or "
            "obstruction affecting health facilities in Quillon.",
            "en",
        ),
        (
            "In Tamaro province alone, 38 health facilities have been attacked, and at least 60 health workers killed.",
            "en",
        ),
        ("We found no other evidence of a strike on a hospital in Quillon on or around 1 March 2031.", "en"),
        ("Nous n'avons trouvé aucune preuve d'une frappe sur l'hôpital de Quillon le 1er mars 2031.", "fr"),
        ("Resident doctors at the Quillon hospital held a two-day strike on Wednesday over unpaid wages.", "en"),
        ("Nurses at the Quillon hospital staged a strike on Monday.", "en"),
        # a law's offences and penalties, a number to report acts, an attack ruled out
        (
            "The Bill makes it an offence to assault, threaten or detain a health worker, or to damage a health "
            "facility or ambulance, with penalties of up to ten years' imprisonment.",
            "en",
        ),
        ("Un numéro vert, le 1313, permet de signaler toute agression ou menace visant un agent de santé.", "fr"),
        ("Los bomberos descartan cualquier acto intencional o atentado contra el hospital de Quillon.", "es"),
        (
            "Between January 2030 and June 2031, counties reported 412 incidents of violence against health "
            "workers. Nine health workers lost their lives.",
            "en",
        ),
        (
            "Incidents by type:\n- Arrests or detentions of health workers: 7\n- Threats and intimidation of nurses: 4",
            "en",
        ),
        # an accident: harm and damage with no act and no weapon named anywhere
        (
            "Una ambulancia de Quillon se volcó el lunes en la carretera; dos paramédicos resultaron lesionados.\n\n"
            "La ambulancia quedó con daños en la carrocería y estará fuera de servicio varias semanas.",
            "es",
        ),
        # a boat that capsized in heavy seas
        (
            "Una enfermera de Quillon y dos pasajeros murieron el domingo al volcarse una lancha de pasajeros por el "
            "fuerte oleaje.",
            "es",
        ),
    ],
)
def test_statistics_and_measures_are_no_incident(text: str, language: str) -> None:
    assert extract(text, PUBLISHED, language) == []


def test_a_count_of_attacks_on_a_day_is_told_act_by_act() -> None:
    text = "On 10 March 2031, three attacks hit the Quillon hospital, killing two nurses."
    assert len(_found(text)) == 1


def test_a_campaign_since_months_ago_is_no_dated_act() -> None:
    text = "Since the U.S.-backed campaign began over six months ago, the coalition has bombed medical facilities."
    assert _found(text) == []


def test_casualties_in_the_attack_belong_to_the_act_told_before_whatever_else_the_sentence_dates() -> None:
    found = _found(
        "Gunmen shot dead two nurses on the road to the Quillon clinic in Tamaro on 10 March 2031. "
        "A third nurse was also wounded in the attack, which happened near a camp the rebels had left in May 2029."
    )
    assert [(m.date, m.background) for m in found] == [("2031-03-10", False)]


def test_casualties_told_on_a_later_day_right_after_the_act_are_its_toll_not_another_act() -> None:
    (mention,) = extract(
        "Des hommes armés ont pillé le centre de santé de Quillon, à Tamaro, le 9 mars 2031. "
        "Ils sont repartis avec deux infirmières, toujours disparues ce mercredi.",
        PUBLISHED,
        "fr",
    )
    assert (mention.date, mention.abducted) == ("2031-03-09", 2)


def test_casualties_told_of_an_earlier_month_after_the_act_stay_apart() -> None:
    found = _found(
        "Gunmen stormed the Quillon clinic in Tamaro on 9 March 2031. In February, two nurses were killed in Tamaro."
    )
    assert "2031-03-09" in [m.date for m in found]
    assert all(m.killed is None for m in found if m.date == "2031-03-09")


def test_damage_told_without_an_act_right_after_one_is_its_result_not_another_incident() -> None:
    for text, language, ftype in (
        (
            "A drone struck the Quillon hospital in Tamaro on 10 March 2031, wounding two nurses. "
            "An ambulance parked at the entrance was damaged.",
            "en",
            "hospital",
        ),
        (
            "Gunmen fired on an ambulance on the road to Tamaro on 10 March 2031, wounding the driver. "
            "The ambulance reached the Quillon hospital in Tamaro with its windscreen shattered.",
            "en",
            "ambulance",
        ),
        (
            "Un drone a frappé l'hôpital de Quillon, à Tamaro, le 10 mars 2031, blessant deux infirmiers. "
            "Une ambulance garée devant l'entrée a été endommagée.",
            "fr",
            "hospital",
        ),
        (
            "Un dron atacó el hospital de Quillon, en Tamaro, el 10 de marzo de 2031, hiriendo a dos enfermeros. "
            "Una ambulancia estacionada en la entrada resultó dañada.",
            "es",
            "hospital",
        ),
    ):
        found = extract(text, PUBLISHED, language)
        assert [(m.date, m.facility_type) for m in found] == [("2031-03-10", ftype)], language


def test_a_day_a_state_still_lasted_in_the_next_sentence_does_not_date_the_act() -> None:
    for text, language in (
        (
            "Drones struck the Quillon hospital in Tamaro on Monday, killing three patients.\n\nThe strikes hit the "
            "Tamaro General Hospital after the morning round, damaging the surgical ward, a nurse said. Only the "
            "emergency room was still open on Wednesday, she said.",
            "en",
        ),
        (
            "Des drones ont frappé l'hôpital de Quillon, à Tamaro, lundi, tuant trois patients.\n\nLes frappes ont "
            "touché l'Hôpital général de Tamaro après la visite du matin, endommageant le bloc opératoire, selon une "
            "infirmière. Seules les urgences fonctionnaient toujours mercredi, a-t-elle dit.",
            "fr",
        ),
        (
            "Drones atacaron el hospital de Quillon, en Tamaro, el lunes, matando a tres pacientes.\n\nLos ataques "
            "alcanzaron el Hospital General de Tamaro tras la ronda de la mañana, dañando el quirófano, dijo una "
            "enfermera. Solo urgencias seguía funcionando el miércoles, dijo.",
            "es",
        ),
    ):
        found = extract(text, PUBLISHED, language)
        assert [m.date for m in found] == ["2031-03-10"], language


def test_facilities_attacked_a_number_of_times_is_a_statistic_but_one_facility_hit_thrice_is_an_act() -> None:
    for text, language in (
        (
            "Shells hit the Quillon hospital in Tamaro on 10 March 2031. Health facilities across the country have "
            "been attacked more than 150 times since the war began in May 2029.",
            "en",
        ),
        (
            "Des obus ont touché l'hôpital de Quillon, à Tamaro, le 10 mars 2031. Les structures de santé du pays ont "
            "été attaquées plus de 150 fois depuis le début de la guerre en mai 2029.",
            "fr",
        ),
        (
            "Proyectiles alcanzaron el hospital de Quillon, en Tamaro, el 10 de marzo de 2031. Los centros de salud "
            "del país han sido atacados más de 150 veces desde que comenzó la guerra en mayo de 2029.",
            "es",
        ),
    ):
        found = extract(text, PUBLISHED, language)
        assert [(m.date, m.background) for m in found] == [("2031-03-10", False)], language
    (mention,) = _found("Shells hit the Quillon hospital in Tamaro three times on 10 March 2031.")
    assert mention.date == "2031-03-10"


def test_a_photo_caption_tells_no_incident_of_its_own() -> None:
    found = _found(
        "Airstrikes hit the Quillon hospital in Tamaro on 10 March 2031, killing three patients.\n"
        "A burnt ambulance is seen outside a school in Belvue. PHOTO: Reuters"
    )
    assert [(m.facility_type, m.date) for m in found] == [("hospital", "2031-03-10")]


def test_a_photo_caption_joins_the_incident_it_illustrates() -> None:
    (mention,) = _found(
        "Damage is seen inside the Quillon hospital after it was hit by an air strike, 11 March 2031.\n"
        "An air strike hit the Quillon hospital in Tamaro on Monday, killing two nurses."
    )
    assert (mention.date, mention.health_workers_killed) == ("2031-03-10", 2)


def test_destroyed_medical_equipment_in_facilities_listed_by_town_is_one_incident_each() -> None:
    found = extract(
        "In several clinics, such as in Tamaro and Belvue, teams found destroyed equipment and broken doors.",
        None,
        "en",
    )
    assert sorted(m.location or "" for m in found) == ["Belvue", "Tamaro"]


def test_an_act_told_in_the_pluperfect_is_kept_when_the_report_dates_no_act() -> None:
    (mention,) = extract("In the Quillon hospital, medical equipment had been deliberately smashed.", None, "en")
    assert (mention.facility_type, mention.background) == ("hospital", False)


def test_an_undated_act_told_in_the_pluperfect_beside_a_dated_one_is_background_and_dropped() -> None:
    found = _found(
        "Gunmen stormed the Quillon hospital on 10 March 2031. Its pharmacy had been looted by soldiers before."
    )
    assert [(m.date, m.facility_type) for m in found] == [("2031-03-10", "hospital")]


def test_facilities_hit_together_then_told_apart_by_town_are_one_incident_each() -> None:
    found = _found(
        "Airstrikes hit several hospitals across Dorran province on 10 March 2031, killing two nurses.\n"
        "All three hospitals in Tamaro, Belvue and Dunmere are now out of service."
    )
    assert {m.location for m in found} >= {"Tamaro", "Belvue", "Dunmere"}
    assert all(m.date == "2031-03-10" for m in found)


def test_a_closure_imposed_by_armed_men_is_an_act() -> None:
    (mention,) = _found("March 2031: The Quillon clinic was forced to close by armed men.")
    assert (mention.facility_type, mention.service_impact) == ("primary_care", "closed")


def test_a_closure_ordered_by_a_health_authority_is_no_act() -> None:
    assert _found("March 2031: A testing centre in Tamaro was closed by the health ministry for fraud.") == []


def test_a_medical_camp_and_a_health_care_unit_are_facilities() -> None:
    found = _found("March 2031: Soldiers burned down a medical camp in Tamaro and looted a health care unit in Belvue.")
    # a camp is a temporary site, no clinic: a facility of another type
    assert sorted(m.facility_type for m in found) == ["other", "primary_care"]


def test_a_near_word_places_only_the_facilities_right_after_it() -> None:
    (mention,) = _found(
        "On 10 March 2031, as paramedics took the wounded to a nearby clinic, the gate of the Quillon hospital was hit."
    )
    assert mention.facility_type == "hospital"
    assert _found("On 10 March 2031, missiles fell near a health centre and a laboratory in Tamaro.") == []


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("On Sunday 8 March 2031, near Mopti: an ambulance was shot at by unknown gunmen.", "en"),
        ("Le dimanche 8 mars 2031, près de Mopti, une ambulance a été la cible de tirs d'hommes armés.", "fr"),
        (
            "El domingo 8 de marzo de 2031, cerca de Mopti, una ambulancia fue atacada a tiros por hombres armados.",
            "es",
        ),
    ],
)
def test_a_near_word_before_a_clause_break_places_the_town_not_the_target(text: str, language: str) -> None:
    (mention,) = extract(text, PUBLISHED, language)
    assert (mention.facility_type, mention.attack_types) == ("ambulance", ["individual_weapons"])


@pytest.mark.parametrize(
    "text",
    [
        "Missile strike near Tamaro: hospital treats the wounded",
        "On 8 March 2031 a shell hit a market near Tamaro, where the district hospital treated eleven wounded.",
    ],
)
def test_a_strike_near_a_town_whose_hospital_only_treats_the_wounded_is_no_incident(text: str) -> None:
    assert _found(text) == []


def test_a_date_heading_dates_the_sentence_after_it() -> None:
    (mention,) = _found("February 2031. Ambulances sustained shrapnel damage when forces shelled the airport.")
    assert (mention.facility_type, mention.date) == ("ambulance", "2031-02")


def test_was_also_tells_no_earlier_act() -> None:
    (mention,) = _found("March 2031: A nurse was shot dead by gunmen who said she was also a local official.")
    assert (mention.background, mention.health_workers_killed) == (False, 1)


def test_a_health_worker_found_dead_is_a_killing() -> None:
    (mention,) = _found("March 2031: The body of a midwife was found near Tamaro.")
    assert (mention.killed, mention.health_workers_killed) == (1, 1)
    (mention,) = _found("March 2031: Two nurses were found dead in Belvue.")
    assert mention.health_workers_killed == 2


def test_attacks_on_days_listed_together_are_one_incident_each() -> None:
    found = _found("The Quillon hospital in Tamaro was hit in attacks on 3 March and 4 March 2031.")
    assert sorted(m.date for m in found) == ["2031-03-03", "2031-03-04"]


def test_acts_told_of_actors_on_opposite_sides_are_apart() -> None:
    found = _found(
        "The Taliban have forced the closure of 40 clinics run by the charity in Dorran province. "
        "Army troops raided a clinic of the charity in Tamaro on 10 March 2031, killing a guard."
    )
    assert len(found) == 2


def test_separate_attacks_told_with_their_places_are_one_incident_each() -> None:
    found = _found(
        "Gunmen on Tuesday shot dead four vaccinators in separate attacks in Dorran province.\n"
        "The attacks took place in the city of Tamaro and the nearby districts of Belvue and Dunmere."
    )
    assert sorted(m.location or "" for m in found) == ["Belvue", "Dunmere", "Tamaro"]
    assert {m.date for m in found} == {"2031-03-11"}
    assert all(m.health_workers_killed is None for m in found)  # the total is no one act's


def test_one_attack_told_with_a_route_is_one_incident() -> None:
    found = _found("Gunmen on Tuesday shot dead two vaccinators travelling from Tamaro to Belvue.")
    assert len(found) == 1


def test_an_ambulance_told_at_several_places_of_its_route_is_one_incident() -> None:
    text = "An ambulance was burnt by militiamen on its way to Nakuru. Witnesses said they burnt the ambulance in Molo."
    assert len(extract(text, None, "en")) == 1


def test_people_kept_from_being_admitted_to_a_hospital_are_obstructed_not_cared_for() -> None:
    (mention,) = _found("On 3 March 2031 soldiers prevented injured men from being admitted to the Quillon hospital.")
    assert (mention.facility_type, mention.attack_types) == ("hospital", ["obstruction"])
    assert _found("On 3 March 2031 the wounded were taken to the Quillon hospital after gunmen blocked a road.") == []


@pytest.mark.parametrize("verb", ["sent", "brought"])
def test_fighting_that_sent_the_wounded_to_a_hospital_is_no_attack_on_it(verb: str) -> None:
    assert _found(f"Fighting near Quillon on 3 March 2031 {verb} 12 wounded people to the town's hospital.") == []


def test_the_wounded_taken_to_a_hospital_are_not_taken_away() -> None:
    (mention,) = _found(
        "On 10 March 2031 gunmen shot at an ambulance in Tamaro. The wounded were taken to the Quillon hospital."
    )
    assert (mention.facility_type, mention.attack_types) == ("ambulance", ["individual_weapons"])


def test_an_earlier_attack_told_in_a_relative_clause_is_a_background_incident() -> None:
    found = _found(
        "On 10 March 2031 airstrikes hit the Quillon hospital in Tamaro, a facility that had already been "
        "bombed in June 2030."
    )
    assert sorted((m.date, m.background) for m in found) == [("2030-06", True), ("2031-03-10", False)]


def test_an_attack_told_as_the_third_in_as_many_days_tells_two_earlier_ones() -> None:
    found = _found("On 10 March 2031 shells hit the Quillon hospital, the third attack on it in as many days.")
    assert sorted((m.date, m.background) for m in found) == [
        ("2031-03", True),
        ("2031-03", True),
        ("2031-03-10", False),
    ]
    assert all(m.facility_type == "hospital" for m in found)


def test_earlier_attacks_the_report_tells_itself_are_not_told_again() -> None:
    found = _found(
        "On 8 March 2031 gunmen fired on the Quillon hospital in Tamaro.\n\n"
        "On 10 March 2031 gunmen fired on the Quillon hospital again, the third attack on it in as many days."
    )
    # the 8 March attack is told, so only one earlier attack is left untold
    assert sorted((m.date, m.background) for m in found) == [
        ("2031-03", True),
        ("2031-03-08", False),
        ("2031-03-10", False),
    ]


def test_people_told_the_day_before_another_act_are_hurt_in_their_own_paragraph_s_act() -> None:
    found = _found(
        "Monday 10 March, gunmen attacked the Quillon health centre. The attackers then took away medicines.\n\n"
        "The day before, an ambulance hit a landmine near Tamaro. The driver and two nurses on board were injured."
    )
    # the casualties of the ambulance's paragraph are no earlier act counted back from the looting
    assert sorted((m.date, m.background, m.facility_type) for m in found) == [
        ("2031-03-09", False, "ambulance"),
        ("2031-03-10", False, "primary_care"),
    ]


def test_an_earlier_attack_counted_and_told_in_its_own_sentence_is_told_once() -> None:
    found = _found(
        "On 8 March 2031 gunmen fired at the Quillon hospital. On 10 March 2031 gunmen fired at the Quillon "
        "hospital again, the second attack on it in three days."
    )
    assert sorted((m.date, m.background) for m in found) == [("2031-03-08", False), ("2031-03-10", False)]


def test_a_back_reference_with_its_own_target_is_a_new_act() -> None:
    found = _found(
        "Shells hit the Quillon hospital in Tamaro on 10 March 2031. "
        "Two nurses were killed in the attack on the Osterly clinic in Belvue on 2 March 2031."
    )
    assert sorted(m.date for m in found) == ["2031-03-02", "2031-03-10"]


def test_several_strikes_on_one_facility_are_one_incident() -> None:
    (mention,) = _found("On 10 March 2031 multiple airstrikes hit a hospital in Aleppo, killing a nurse.")
    assert mention.facility_type == "hospital"


def test_another_facility_in_the_same_sentence_is_another_incident_on_its_own_day() -> None:
    found = _found(
        "An ambulance was shot at in Tamaro on 1 March 2031 and another ambulance was shelled in Belvue on "
        "3 March 2031."
    )
    assert sorted(m.date for m in found) == ["2031-03-01", "2031-03-03"]


def test_facilities_told_apart_take_the_day_nearest_their_own_attack() -> None:
    found = _found("Gunmen looted a clinic in Tamaro on Monday and, on Wednesday, burned the health post in Belvue.")
    assert sorted((m.location, m.date) for m in found) == [("Belvue", "2031-03-12"), ("Tamaro", "2031-03-10")]


def test_a_shell_landing_metres_from_a_facility_that_was_not_damaged_is_no_incident() -> None:
    text = "A shell landed 300 metres from the Quillon hospital on Monday; the hospital was not damaged."
    assert _found(text) == []


def test_a_class_of_facilities_damaged_in_a_year_is_a_statistic() -> None:
    assert _found("The UN said health facilities had been damaged in several attacks across the region in 2030.") == []


def test_an_actor_told_as_the_object_of_an_act_is_not_its_side() -> None:
    (mention,) = _found(
        "On 10 March 2031 army troops stormed the Quillon clinic. Nurses were threatened and told not to treat rebels."
    )
    assert mention.facility_type == "primary_care"


def test_a_patient_carried_to_another_hospital_is_no_patient_attacked_in_care() -> None:
    assert _found("March 2031: The patient was transferred to another hospital and died on the way.") == []


def test_the_same_facility_noun_told_again_as_hit_is_the_target() -> None:
    (mention,) = _found(
        "On 10 March 2031, as paramedics took the wounded to a nearby hospital, the gate of the hospital was hit."
    )
    assert mention.facility_type == "hospital"


def test_a_strike_some_metres_from_a_facility_is_no_attack_on_it_in_any_language() -> None:
    texts = [
        ("On 4 March 2031, a mortar bomb landed about 200 metres from the Quillon hospital.", "en"),
        ("On 4 March 2031, a shell hit a house 150m from a field hospital.", "en"),
        ("Le 4 mars 2031, un obus est tombé à environ 300 mètres de l'hôpital de Tamaro.", "fr"),
        ("El 4 de marzo de 2031, un proyectil cayó a 300 metros del hospital de Tamaro.", "es"),
    ]
    assert [extract(text, PUBLISHED, language) for text, language in texts] == [[], [], [], []]


def test_health_facilities_of_other_kinds_and_health_warehouses_are_targets() -> None:
    kinds = [
        _found(f"On 4 March 2031, gunmen attacked the {noun} in Tamaro.")[0].facility_type
        for noun in ("treating centre", "medical camp", "incubator centre", "dialysis unit")
    ]
    assert kinds == ["other"] * 4
    (store,) = _found("On 4 March 2031, the attackers broke into the warehouse of the ministry of health in Tamaro.")
    assert store.facility_type == "warehouse"
    # a warehouse of anything else is no health-care target
    assert _found("On 4 March 2031, shells hit the warehouse of the ministry of agriculture in Tamaro.") == []


def test_an_ambulance_named_after_its_hospital_is_an_ambulance() -> None:
    texts = [
        ("On 4 March 2031, an ambulance of the Quillon District Hospital was shot at by gunmen.", "en"),
        ("Le 4 mars 2031, une ambulance de l'hôpital de district de Tamaro a été visée par des tirs.", "fr"),
        ("El 4 de marzo de 2031, una ambulancia del Hospital Regional fue atacada a tiros.", "es"),
    ]
    found = [m.facility_type for text, language in texts for m in extract(text, PUBLISHED, language)]
    assert found == ["ambulance"] * 3


def test_victims_of_a_chemical_bomb_cared_for_at_a_hospital_are_no_attack_on_it() -> None:
    assert (
        _found(
            "On 4 March 2031, the Quillon hospital received 30 patients with breathing difficulties after a helicopter "
            "dropped a bomb that released a yellowish smoke over the village."
        )
        == []
    )
    assert (
        _found(
            "On 4 March 2031, a bomb released a yellowish smoke over Tamaro. "
            "Doctors at the Quillon hospital said 30 patients showed signs of exposure to chlorine."
        )
        == []
    )
    # a hospital caring for victims that is itself hit is attacked
    (mention,) = _found("On 4 March 2031, a shell hit the Quillon hospital, which treated 30 patients after clashes.")
    assert mention.facility_type == "hospital"


def test_a_facility_hit_also_in_another_town_after_a_dated_one_is_another_incident_that_day() -> None:
    for other in ("the Marenne Hospital", "a hospital"):
        found = _found(
            "On 4 March 2031, an airstrike hit a hospital in Kassala, killing four patients. "
            f"In Gedaref, {other} was also shelled."
        )
        assert sorted((m.location, m.date) for m in found) == [("Gedaref", "2031-03-04"), ("Kassala", "2031-03-04")]


def test_people_attacked_away_from_their_facility_have_no_facility_type() -> None:
    texts = [
        ("On 4 March 2031, a doctor was shot dead by gunmen on his way to the Quillon hospital.", "en"),
        ("On 4 March 2031, two nurses of the Quillon clinic were abducted at a checkpoint.", "en"),
        ("Le 4 mars 2031, un infirmier du centre de santé de Tamaro a été tué sur la route de Belvue.", "fr"),
    ]
    assert [m.facility_type for text, language in texts for m in extract(text, PUBLISHED, language)] == [None] * 3
    # a facility the act is done to, and a vehicle on the road, stay the target
    (raid,) = _found("On 4 March 2031, gunmen stormed the Quillon hospital and shot a doctor on the way out.")
    (ambulance,) = _found("On 4 March 2031, an ambulance was shot at on the road to Tamaro.")
    assert (raid.facility_type, ambulance.facility_type) == ("hospital", "ambulance")


def test_a_half_year_total_is_a_statistic_but_a_strike_s_total_is_its_toll() -> None:
    """'In total' is a range cue: a total of health workers with no act of its own is a statistic; told after a
    strike, the same words give that strike's toll."""
    assert (
        _found(
            "Across the region, 40 attacks were recorded this half-year. In total, 61 health workers were killed "
            "and 145 injured; 29 were abducted or arrested."
        )
        == []
    )
    (strike,) = _found(
        "On 3 May 2031 an airstrike hit the Al-Amal Hospital in Kassala, Sudan. In total, 12 health workers were "
        "killed in the strike."
    )
    assert strike.health_workers_killed == 12


def test_health_personnel_told_by_their_programme_or_speciality_are_targets() -> None:
    for text in (
        "March 2031: A polio monitoring officer was shot dead by gunmen in Tamaro.",
        "March 2031: A health sector worker was killed near Tamaro.",
        "March 2031: An anaesthetician was attacked by a security officer in Tamaro.",
        "March 2031: A psychiatrist was arrested from his home in Tamaro by soldiers.",
        "March 2031: Two emergency workers were beaten by a mob in Tamaro.",
        "March 2031: The coordinator of the medical mission was abducted in Tamaro.",
    ):
        assert len(_found(text)) == 1, text


def test_vaccination_sites_emergency_centres_and_oxygen_plants_are_health_targets() -> None:
    for text in (
        "March 2031: A vaccination tent was attacked by protesters in Tamaro.",
        "March 2031: An NGO emergency centre in Tamaro was put out of service by an airstrike.",
        "March 2031: Soldiers seized an oxygen production facility in Tamaro.",
        "March 2031: Hand-washing facilities of the cholera response were destroyed by unknown men in Tamaro.",
        "March 2031: Pharmaceutical products were looted from a truck in Tamaro.",
        "March 2031: Medication bound for Tamaro was blocked by the army.",
    ):
        assert len(_found(text)) == 1, text


def test_a_weak_act_word_a_few_words_after_the_health_worker_it_is_done_to() -> None:
    assert len(_found("March 2031: A nurse was led outside her small private clinic and attacked by militiamen.")) == 1


def test_an_entry_s_date_heading_dates_its_later_sentences() -> None:
    text = "March 2031: Fighting broke out around Tamaro. Cholera treatment centres in both villages were burnt."
    assert len(_found(text)) == 1


def test_a_cue_qualifying_another_act_does_not_make_the_told_act_earlier() -> None:
    text = "A paramedic was killed in a car bombing while rescuing the wounded of a previous roadside bombing."
    (mention,) = extract(text, "2031-03-12", "en")
    assert mention.background is False
    assert extract("A paramedic had previously been shot in a roadside ambush.", "2031-03-12", "en") == []


def test_a_fire_a_weapon_caused_is_no_accident() -> None:
    assert len(_found("March 2031: Fire broke out at the Quillon hospital after warplanes fired missiles.")) == 1
    assert _found("March 2031: Fire broke out at the Quillon hospital after an electrical fault.") == []


def test_a_closure_done_by_armed_men_is_an_act() -> None:
    assert len(_found("March 2031: Militiamen closed a health centre in Tamaro and took its equipment.")) == 1
    assert _found("March 2031: The ministry closed a health centre in Tamaro for repairs.") == []


def test_a_total_of_people_taken_from_a_named_facility_is_one_act() -> None:
    found = _found("March 2031: A total of 12 doctors were arrested from the Quillon Hospital by soldiers.")
    assert len(found) == 1 and found[0].abducted == 12
    assert _found("In 2031, a total of 12 doctors were arrested in the country, the union recorded.") == []


def test_supplies_told_taken_or_removed_are_looted_but_not_when_carried_somewhere() -> None:
    (mention,) = _found("March 2031: Medical supplies taken on the road to Tamaro by militiamen.")
    assert mention.attack_types == ["looting"]
    (mention,) = _found("March 2031: Equipment of the cholera programme was removed by unknown men.")
    assert mention.attack_types == ["looting"]
    assert _found("On 12 March 2031, medical supplies were taken to the Quillon hospital by truck.") == []


def test_violence_against_one_target_is_an_act_against_a_class_a_general_statement() -> None:
    assert len(_found("March 2031: Violence against a nurse was reported in Tamaro.")) == 1
    assert len(_found("March 2031: An ambulance was impacted by violence near Tamaro.")) == 1
    assert _found("On 12 March 2031, the agency condemned violence against health workers in Tamaro.") == []


def test_a_substance_thrown_over_a_health_worker_is_an_assault() -> None:
    (mention,) = _found("March 2031: A midwife was doused with boiling oil by a man in Tamaro.")
    assert mention.attack_types == ["assault"]


def test_a_pronoun_subject_of_an_act_is_the_health_workers_named_just_before() -> None:
    (mention,) = _found("March 2031: Two nurses set out on foot for Tamaro. On the road, they were abducted by gunmen.")
    assert mention.abducted == 2 or mention.abducted is None
    assert _found("March 2031: Doctors treated the wounded. They were shocked by the airstrike on the market.") == []


def test_an_entry_heading_does_not_date_a_sentence_that_borrows_its_target() -> None:
    text = "March 2031: Gunmen threw a petrol bomb at the Quillon clinic. No arrests were made."
    (mention,) = _found(text)
    assert "abduction_arrest" not in mention.attack_types


def test_act_words_told_of_entry_eviction_stabbing_and_assault_are_acts() -> None:
    for text, kind in (
        ("March 2031: A crowd forced their entrance into the Quillon hospital in Tamaro.", "armed_entry"),
        ("March 2031: Stabbings by intruders wounded two patients at the Quillon hospital.", "individual_weapons"),
    ):
        (mention,) = _found(text)
        assert kind in mention.attack_types
    assert len(_found("On 3 March 2031 gunmen carried out an assault on the Tamaro health office.")) == 1
    assert len(_found("March 2031: Nurses were forcibly removed from the Quillon hospital by soldiers.")) == 1


def test_who_heads_a_health_department_and_an_epidemic_response_office_are_health_targets() -> None:
    (head,) = _found(
        "On 3 March 2031 the head of the Directorate of Public Health in Tamaro was detained by militiamen."
    )
    assert head.abducted == 1
    (office,) = _found("On 3 March 2031 gunmen looted the Tamaro office for the coordination of the cholera response.")
    assert office.facility_type == "other"


def test_pamphlets_thrown_into_a_compound_are_no_act_by_themselves() -> None:
    assert _found("March 2031: Leaflets were thrown into the compound of the Tamaro clinic.") == []


def test_a_national_medical_supply_agency_is_a_health_warehouse_and_overrunning_a_hospital_an_entry() -> None:
    (agency,) = _found("On 3 March 2031 militiamen looted a depot of the Central Medical Supply Agency in Tamaro.")
    assert (agency.facility_type, agency.attack_types) == ("warehouse", ["looting"])
    (hospital,) = _found("March 2031: The Quillon hospital was overrun by gunmen.")
    assert hospital.attack_types == ["armed_entry"]


def test_a_forced_eviction_is_told_of_who_undergoes_it_in_english_french_and_spanish() -> None:
    for text, language, kind in (
        ("On 3 March 2031 nurses were driven out of the Tamaro clinic by gunmen.", "en", "primary_care"),
        ("Le 3 mars 2031, les infirmiers ont été expulsés de force de l'hôpital de Tamaro.", "fr", "hospital"),
        (
            "El 3 de marzo de 2031 los médicos fueron desalojados por la fuerza del hospital de Tamaro.",
            "es",
            "hospital",
        ),
    ):
        (mention,) = extract(text, PUBLISHED, language)
        assert mention.facility_type == kind
    for text in (
        "On 3 March 2031, after militants were driven out of Tamaro, the hospital reopened.",
        "On 3 March 2031 the rebels were driven out of the town by the army, and doctors returned to the clinic.",
    ):
        assert _found(text) == []


def test_an_aside_in_brackets_does_not_part_a_passive_verb_from_its_subject() -> None:
    (mention,) = _found(
        "March 2031: The Tamaro clinic and the old cars the Tamaro Society for Rural Health and Relief (TSRHR) "
        "keeps there were attacked and damaged by a crowd."
    )
    assert (mention.facility_type, mention.facility_damage) == ("primary_care", "damaged")


def test_a_facility_used_by_armed_forces_is_military_use_but_not_by_others() -> None:
    for text in (
        "On 3 March 2031 the Tamaro clinic was used by soldiers as sleeping quarters.",
        "On 3 March 2031 militiamen used an ambulance of the Quillon hospital to carry weapons.",
    ):
        (mention,) = _found(text)
        assert mention.attack_types == ["military_use"]
    assert _found("On 3 March 2031 the Tamaro hospital was used as a shelter by displaced families.") == []
    # forces "who were using" bullets do what they use: no use of the ambulance, and no passive verb
    (mention,) = _found("On 3 March 2031 an ambulance was hit by soldiers who were using live bullets near Tamaro.")
    assert "military_use" not in mention.attack_types


@pytest.mark.parametrize(
    ("teaser", "body"),
    [
        (
            "This week: an airstrike on a hospital in Varn State, a health centre emptied in western Morel, two "
            "nurses held in Ostia, a pharmacy hit in Lanna.",
            "On 9 March 2031 a jet bombed the Tamaro district hospital.\n\nOn 10 March 2031 gunmen looted the "
            "Quillon health centre.\n\nOn 10 March 2031 two nurses were abducted by militiamen in Vesara.\n\n"
            "On 11 March 2031 a drone struck the Central Pharmacy in Ordel.",
        ),
        (
            "Cette semaine : une frappe aérienne sur un hôpital dans l'État de Varn, un centre de santé vidé dans "
            "l'ouest du Morel, deux infirmiers détenus à Ostia, une pharmacie touchée à Lanna.",
            "Le 9 mars 2031, un avion a bombardé l'hôpital de district de Tamaro.\n\nLe 10 mars 2031, des hommes "
            "armés ont pillé le centre de santé de Quillon.\n\nLe 10 mars 2031, deux infirmiers ont été enlevés "
            "par des miliciens à Vesara.\n\nLe 11 mars 2031, un drone a frappé la pharmacie centrale d'Ordel.",
        ),
        (
            "Esta semana: un bombardeo aéreo contra un hospital en el estado de Varn, un centro de salud vaciado en "
            "el oeste de Morel, dos enfermeros retenidos en Ostia, una farmacia alcanzada en Lanna.",
            "El 9 de marzo de 2031, un avión bombardeó el hospital de distrito de Tamaro.\n\nEl 10 de marzo de "
            "2031, hombres armados saquearon el centro de salud de Quillon.\n\nEl 10 de marzo de 2031, dos "
            "enfermeros fueron secuestrados por milicianos en Vesara.\n\nEl 11 de marzo de 2031, un dron impactó "
            "la farmacia central de Ordel.",
        ),
    ],
)
def test_a_digests_teaser_listing_acts_told_after_it_is_no_incident(teaser: str, body: str) -> None:
    told = extract(body, PUBLISHED)
    assert len(told) >= 3
    found = extract(f"{teaser}\n\n{body}", PUBLISHED)
    assert sorted(m.date or "" for m in found) == sorted(m.date or "" for m in told)


@pytest.mark.parametrize(
    "text",
    [
        "The ministry will send a team to assess the damaged hospital in Quillon next week.",
        "Une équipe du ministère va évaluer la semaine prochaine l'hôpital endommagé de Quillon.",
        "Un equipo del ministerio va a evaluar la próxima semana el hospital dañado de Quillon.",
        "Armed groups can loot a health centre in Quillon in a few minutes.",
        "Des groupes armés peuvent piller un centre de santé de Quillon en quelques minutes.",
        "Los grupos armados pueden saquear un centro de salud de Quillon en pocos minutos.",
    ],
)
def test_an_act_a_future_or_potential_verb_governs_is_no_incident(text: str) -> None:
    (mention,) = extract(f"On Monday gunmen shot at an ambulance in Tamaro.\n\n{text}", PUBLISHED)
    assert mention.facility_type == "ambulance"


def test_an_act_told_done_after_a_future_verb_is_an_incident() -> None:
    found = _found("MSF said on Tuesday it will withdraw from Tamaro after gunmen stormed its hospital on Monday.")
    assert [m.facility_type for m in found] == ["hospital"]
    text = "Le 10 mars, des hommes armés ont pillé le centre de santé de Quillon, qui sera fermé la semaine prochaine."
    assert [m.attack_types for m in extract(text, PUBLISHED)] == [["looting"]]


@pytest.mark.parametrize(
    "text",
    [
        "To ask the Secretary of State what steps he is taking in response to attacks on hospitals in Varnland "
        "since March 2030.",
        "Le ministre a été interrogé sur les attaques contre des hôpitaux au Varnland depuis mars 2030.",
        "Se preguntó al ministro por los ataques contra hospitales en Varnland desde marzo de 2030.",
    ],
)
def test_a_month_a_range_starts_from_dates_no_act(text: str) -> None:
    assert extract(text, PUBLISHED) == []


def test_a_month_since_which_a_clause_tells_an_act_dates_it() -> None:
    text = (
        "On 10 March 2031 a jet bombed the Tamaro district hospital.\n\nThe strike was the deadliest on a hospital in "
        "Varnland since May 2030, when aircraft bombed a health centre in Quillon."
    )
    assert ("2030-05", "primary_care") in [(m.date, m.facility_type) for m in _found(text)]


@pytest.mark.parametrize(
    "text",
    [
        "On 3 March 2031 soldiers entered the Quillon health centre and detained two nurses.\n\nWhen staff returned "
        "on 8 March, they found the medicine store looted and patient files burned.",
        "Le 3 mars 2031, des soldats sont entrés dans le centre de santé de Quillon et ont arrêté deux infirmiers.\n\n"
        "Quand le personnel est revenu le 8 mars, il a trouvé la pharmacie pillée et les dossiers des patients brûlés.",
        "El 3 de marzo de 2031, soldados entraron en el centro de salud de Quillon y detuvieron a dos enfermeros.\n\n"
        "Cuando el personal regresó el 8 de marzo, encontraron la farmacia saqueada y los expedientes de los "
        "pacientes quemados.",
    ],
)
def test_harm_found_days_after_the_act_just_told_is_no_incident_of_its_own(text: str) -> None:
    assert [m.date for m in extract(text, PUBLISHED)] == ["2031-03-03"]


def test_an_act_on_a_later_day_with_no_discovery_word_is_an_incident() -> None:
    text = (
        "On 3 March 2031 soldiers entered the Quillon health centre and detained two nurses.\n\nOn 8 March gunmen "
        "looted the Tamaro clinic and burned its patient files."
    )
    assert [m.date for m in extract(text, PUBLISHED)] == ["2031-03-03", "2031-03-08"]


@pytest.mark.parametrize(
    "text",
    [
        "Inquiry findings: the shelling of the Quillon health centre\n\nOn 4 June 2029, shells struck the Quillon "
        "health centre in Tamaro, killing a nurse.\n\nThe panel says the army fired the shells.",
        "Conclusions de l'enquête : le bombardement du centre de santé de Quillon\n\nLe 4 juin 2029, des obus ont "
        "frappé le centre de santé de Quillon à Tamaro, tuant un infirmier.\n\nLe panel attribue les tirs à l'armée.",
        "Conclusiones de la investigación: el bombardeo del centro de salud de Quillon\n\nEl 4 de junio de 2029, "
        "proyectiles impactaron el centro de salud de Quillon en Tamaro y mataron a un enfermero.\n\nEl panel "
        "atribuye los disparos al ejército.",
    ],
)
def test_an_undated_headline_over_an_earlier_act_tells_that_act(text: str) -> None:
    assert [m.date for m in extract(text, PUBLISHED)] == ["2029-06-04"]


def test_an_undated_headline_the_body_tells_again_undated_is_its_own_act() -> None:
    text = (
        "Hospital attacked, aid group says\n\nThe aid group said that its hospital in Tamaro was attacked by gunmen."
        "\n\nThe hospital had already been hit in March 2029."
    )
    assert len(_found(text)) == 2


@pytest.mark.parametrize(
    "text",
    [
        "- A survey of ambulance services in border towns finds that crews wait longer in districts where drones are "
        "active.",
        "- Selon une enquête, les équipes d'ambulance attendent plus longtemps dans les districts où les drones "
        "restent actifs.",
        "- Según un estudio, las tripulaciones de ambulancia esperan más en los distritos donde los drones son "
        "frecuentes.",
    ],
)
def test_a_weapon_told_in_a_present_state_is_no_act(text: str) -> None:
    (mention,) = extract(f"On Monday gunmen shot at an ambulance in Tamaro.\n\n{text}", PUBLISHED)
    assert mention.attack_types == ["individual_weapons"]


def test_a_weapon_told_acting_in_the_past_is_an_act() -> None:
    (mention,) = _found("On 10 March 2031 drones were seen over Tamaro and drones struck the Quillon hospital.")
    assert mention.attack_types == ["heavy_weapons"]


def test_a_hospital_compound_is_the_hospital() -> None:
    (mention,) = _found("On 10 March 2031 soldiers entered the hospital compound in Quillon and set up camp there.")
    assert mention.facility_type == "hospital"


def test_an_appeal_in_a_relative_clause_leaves_the_act_told() -> None:
    (mention,) = _found(
        "On 10 March 2031, a nurse who asked the soldiers to show an order was beaten at the Quillon clinic."
    )
    assert "assault" in mention.attack_types


def test_a_lede_counting_the_attacks_the_report_tells_is_no_incident_of_its_own() -> None:
    text = (
        "QUILLON, 12 March 2031 – Two attacks on health workers were reported this weekend, sources contacted on "
        "Tuesday said.\n\nOn Sunday gunmen stormed the Quillon health centre and abducted a nurse.\n\n"
        "The same day, an ambulance evacuating a pregnant woman to the district hospital struck a mine near Tamaro."
    )
    found = sorted(m.facility_type for m in _found(text))
    assert found == ["ambulance", "primary_care"]


def test_the_owner_of_the_vehicle_hit_is_no_target() -> None:
    text = (
        "A roadside bomb struck an ambulance near Tamaro this morning, killing its driver.\n\n"
        "The ambulance, which belongs to a private charity hospital in Tamaro, was destroyed.\n\n"
        "In a separate incident, a lorry overturned near Kessa on Monday. Officials said it was an accident."
    )
    (mention,) = _found(text)
    assert (mention.facility_type, mention.facility_damage) == ("ambulance", "destroyed")
    owned = run(text, date(2031, 3, 12), "en").events[-1]
    assert [t.text for t in owned.targets] == ["ambulance"]


@pytest.mark.parametrize(
    "text",
    [
        "Shelling landed close to Quillon General Hospital on 10 March 2031; the hospital was not hit.",
        "On 10 March 2031, several artillery rounds landed about 300 metres from Quillon General Hospital. No "
        "damage to the hospital was reported and it continues to operate.",
    ],
)
def test_a_facility_near_a_strike_told_unharmed_in_other_words_is_no_target(text: str) -> None:
    assert _found(text) == []


def test_arabic_to_rescue_is_no_ambulance() -> None:
    # "On 10 March 2031 a drone targeted an ambulance of the civil defence in Tamaro; the paramedic was wounded while
    # heading to rescue the wounded"
    text = (
        "في 10 آذار 2031 استهدفت طائرة مسيّرة سيارة إسعاف تابعة للدفاع المدني في مدينة تامارو، "
        "وأصيب المسعف أثناء توجهه لإسعاف جرحى."
    )
    (mention,) = extract(text, "2031-03-12", "ar")
    assert mention.facility_type == "ambulance" and mention.facility_name is None


def test_an_arabic_facility_and_its_room_are_one_target() -> None:
    # "On 10 March 2031 a mortar shell fell in the yard of the Al-Amal health centre, damaging the wall of the centre
    # and the vaccination room, without casualties"
    text = (
        "في 10 آذار 2031 سقطت قذيفة هاون في فناء مركز الأمل الصحي، "
        "ما ألحق أضراراً بسور المركز وغرفة اللقاحات، دون وقوع إصابات."
    )
    assert len(extract(text, "2031-03-12", "ar")) == 1


def test_an_arabic_facility_told_again_without_a_name_is_one_target() -> None:
    # "the hospital itself had been shelled in February 2031, damaging the wall of the hospital without injuries"
    text = "وكان المستشفى نفسه قد تعرض لقصف في شباط 2031، أسفر عن أضرار في سور المستشفى دون وقوع إصابات."
    found = extract(text, "2031-09-15", "ar")
    assert len(found) == 1 and found[0].facility_name is None


@pytest.mark.parametrize(
    "text",
    [
        "On 10 March 2031 the ambulance, which was carrying a wounded man to the governmental hospital, was stopped "
        "near Quillon and its driver beaten.",
        "10/03/2031 – Quillon: an ambulance transferring a woman with a ruptured uterus from a health centre to "
        "Quillon general referral hospital was held for five hours at a roadblock set up by an armed group.",
    ],
)
def test_the_facilities_an_ambulance_was_carrying_someone_from_and_to_are_not_its_target(text: str) -> None:
    (mention,) = _found(text)
    assert mention.facility_type == "ambulance"


def test_an_ambulance_parked_at_a_named_hospital_is_its_property() -> None:
    text = (
        "Artillery shelled Quillon on 10 March 2031, damaging the city's maternity hospital.\n\nShells hit the yard "
        "of the Quillon City Perinatal Centre at about 9:20 a.m., smashing windows and damaging a parked ambulance."
    )
    (mention,) = _found(text)
    assert (mention.facility_type, mention.time) == ("hospital", "09:20")


def test_a_store_told_burned_after_the_strike_is_its_result() -> None:
    text = (
        "A drone dropped two bombs on the Quillon hospital on 10 March 2031, killing a midwife. The hospital said so. "
        "The women's ward is destroyed and the pharmacy store burned with most of the medicines."
    )
    assert len(_found(text)) == 1


@pytest.mark.parametrize(
    ("text", "language", "kind"),
    [
        (
            "Le 5 mars 2031, des rebelles ont installé une position dans l'enceinte de l'hôpital de Quillon.",
            "fr",
            "military_use",
        ),
        ("El 5 de marzo de 2031, un grupo de personas prendió fuego al puesto de salud de Quillon.", "es", "arson"),
    ],
)
def test_french_and_spanish_words_of_occupation_and_arson(text: str, language: str, kind: str) -> None:
    (mention,) = extract(text, PUBLISHED, language)
    assert kind in mention.attack_types


def test_suspects_arrested_for_a_planned_attack_tell_no_incident() -> None:
    text = (
        "On Monday the police said they had arrested four men suspected of planning an attack on the regional "
        "hospital in Exampleton."
    )
    assert extract(text, published="2031-03-14") == []


def test_health_workers_accused_of_treating_rebels_are_still_arrested() -> None:
    found = extract(
        "On Monday soldiers arrested two nurses accused of treating rebels at the Hope clinic in Exampleton.",
        published="2031-03-14",
    )
    assert [m.attack_types for m in found] == [["abduction_arrest"]]


def test_acts_tallied_in_a_years_statistic_add_no_type_to_the_incident() -> None:
    """ "En 2030 se registraron al menos 18 agresiones ..., entre amenazas, robos y ataques armados": a tally of a
    year's acts, not the threat and theft of the shooting told before."""
    (mention,) = extract(
        "Dos sicarios ingresaron el sábado 8 de marzo de 2031 al área de emergencia del hospital de Quillon y "
        "dispararon contra un paciente.\n\nEn 2030 se registraron al menos 18 agresiones contra personal de salud "
        "en la provincia, entre amenazas, robos y ataques armados.",
        PUBLISHED,
        "es",
    )
    assert sorted(mention.attack_types) == ["armed_entry", "individual_weapons"]


def test_a_thing_knocked_over_in_an_assault_is_no_accident() -> None:
    """ "beat two doctors and overturned a trolley": an act, not an accident; the damage told after is the act's."""
    (mention,) = extract(
        "On Monday night relatives of a patient beat two doctors at the Quillon hospital and overturned a medicine "
        "trolley.\n\nThe emergency room was badly damaged.",
        PUBLISHED,
        "en",
    )
    assert mention.attack_types == ["assault"] and mention.facility_damage == "damaged"


def test_claims_health_officials_dismiss_as_false_are_no_incident() -> None:
    """A report opening on health officials dismissing as false claims that soldiers took over a health centre."""
    text = (
        "Health officials dismiss claims soldiers took over Quillon health centre\n\n"
        "Health and security officials in Quillon district have dismissed as false claims circulating on social media "
        "that soldiers had occupied the Quillon health centre on Wednesday and chased away patients."
    )
    assert extract(text, PUBLISHED, "en") == []


@pytest.mark.parametrize(
    ("text", "language"),
    [
        (
            "CLARIFICATION\n\nA message shared since Tuesday claims that gunmen stormed the Quillon hospital and "
            "abducted two surgeons. After checking with the hospital and the police, the district office says this "
            "information is false: no hospital or clinic was attacked in Quillon.",
            "en",
        ),
        (
            "MISE AU POINT\n\nUn message affirme que des hommes armés auraient attaqué le dispensaire de Quillon. "
            "La préfecture précise que cette nouvelle est totalement fausse. Aucun centre de santé n'a été attaqué.",
            "fr",
        ),
    ],
)
def test_a_claim_declared_false_with_no_facility_attacked_is_no_incident(text: str, language: str) -> None:
    """ "this information is false: no hospital or clinic was attacked": whoever says it, the acts told are the
    claim's."""
    assert extract(text, PUBLISHED, language) == []


def test_an_armed_partys_denial_leaves_the_attack_alleged() -> None:
    """ "The militia categorically denies the fabricated allegations that its fighters shelled the hospital": the
    accused party's denial; the shelling stays an incident."""
    text = (
        "The Quillon militia categorically denies the fabricated allegations that its fighters shelled the Quillon "
        "hospital on Wednesday, killing two patients."
    )
    assert [m.attack_types for m in extract(text, PUBLISHED, "en")] == [["heavy_weapons"]]


@pytest.mark.parametrize(
    ("text", "language"),
    [
        (  # the toll of a statistic, told with its outcomes only
            "In 2030, 41 incidents affecting health workers were recorded in the province. Eleven health workers lost "
            "their lives and 17 were abducted.",
            "en",
        ),
        (
            "In 2030 the coalition recorded 1,146 incidents of violence against health care. At least 402 health "
            "workers were killed, 611 were injured and 187 were arrested, detained or kidnapped.",
            "en",
        ),
        (  # an exercise's scenarios
            "During the training, nurses worked on scenarios: an ambulance stopped at a checkpoint by armed men, a "
            "clinic ordered to hand over its patient list.",
            "en",
        ),
        (
            "Les stagiaires ont travaillé sur des scénarios : une ambulance arrêtée par des hommes armés, un "
            "infirmier menacé par téléphone.",
            "fr",
        ),
        ("Anyone who attacks a clinic attacks his own community.", "en"),  # anyone
        ("Quiconque attaque un hôpital attaque son propre peuple.", "fr"),
        ("Un infirmier a le devoir de soigner tout blessé, sans distinction.", "fr"),  # any wounded person
        (  # the law the participants studied
            "Les participants ont étudié le droit international humanitaire qui protège les blessés et les ambulances.",
            "fr",
        ),
        ("Nous ne voulons pas attendre qu'un dispensaire soit incendié pour agir.", "fr"),
        (  # a setting
            "Du 2 au 5 mars, des infirmiers ont suivi une formation sur les soins en situation de violence armée.",
            "fr",
        ),
        (  # an attack on another target; the town is the dateline's
            "TORAN, Iraq — Toran General Hospital declared an emergency after gunmen attacked a police post west of "
            "the town on Sunday; the wounded were brought to the hospital.",
            "en",
        ),
    ],
)
def test_general_supposed_and_other_targets_are_no_incident(text: str, language: str) -> None:
    assert extract(text, PUBLISHED, language) == []


def test_a_dateline_place_that_is_an_act_word_tells_no_act() -> None:
    """ "HIT, Iraq": the dateline's town, written again in the headline and in a hospital's name, is no "hit"."""
    text = (
        "Hit hospital calls for blood donors after attack on police post\n\n"
        "HIT, Iraq — Hit General Hospital called in off-duty surgeons on Sunday after gunmen attacked a police post."
    )
    assert extract(text, PUBLISHED, "en") == []


def test_staff_detained_the_following_morning_are_a_second_incident() -> None:
    """ "who arrived at the warehouse the following morning ... were detained": "the following" dates the day after
    and is no cause of a treatment; the staff far from the verb are its passive subject."""
    text = (
        "On 3 March 2031, armed men looted the medical warehouse in Bajil. Four staff members who arrived at the "
        "warehouse the following morning to protest were detained by the same group."
    )
    found = sorted(extract(text, PUBLISHED, "en"), key=lambda m: m.date)
    assert [(str(m.date), m.attack_types, m.abducted or m.arrested) for m in found] == [
        ("2031-03-03", ["looting"], None),
        ("2031-03-04", ["abduction_arrest"], 4),
    ]


def test_a_toll_risen_by_the_following_morning_is_the_same_incident() -> None:
    """ "By the following morning the toll had risen": the day a toll stood by, not a second act's day."""
    text = (
        "On 3 March 2031 a missile struck the children's polyclinic in Kharkiv, killing two people. By the "
        "following morning the toll had risen to five killed."
    )
    [m] = extract(text, PUBLISHED, "en")
    assert str(m.date) == "2031-03-03"


def test_a_convoy_held_since_a_weekday_is_an_act_not_a_statistic() -> None:
    """ "since Saturday" tells when an act began, not a statistic's range."""
    text = (
        "Since Saturday, a convoy of four trucks carrying medical supplies for Kurmuk hospital has been held at a "
        "checkpoint."
    )
    [m] = extract(text, PUBLISHED, "en")
    assert (str(m.date), m.attack_types) == ("2031-03-08", ["obstruction"])


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("The hospital moved its patients to villages as fear of air raids grows.", "en"),
        ("Staff said military jets were seen flying low over the hospital last week.", "en"),
        ("The crews now fit anti-drone netting to every ambulance.", "en"),
        ("Every ambulance driver I met had a story of being chased by a drone.", "en"),
        (  # a speaker's label
            "Dr Diallo: That the attacks are getting closer to the hospitals that still work.",
            "en",
        ),
        (  # a count of infractions is a statistic
            "En 2030 se registraron en Colombia más de 400 infracciones contra la misión médica.",
            "es",
        ),
        ("La población vive con el temor a un nuevo ataque contra el hospital.", "es"),
    ],
)
def test_feared_seen_general_and_counted_acts_are_no_incident(text: str, language: str) -> None:
    assert extract(text, PUBLISHED, language) == []


def test_harm_told_sentences_after_an_earlier_act_is_its_toll() -> None:
    """Harm told with no act two sentences after an earlier act, in its paragraph, is that act's; an ambulance
    "taken out of service" is no theft."""
    text = (
        "Dr Petrenko told the committee: On the night of 9 February 2030, a glide bomb landed in the courtyard of "
        "the Chuhuiv hospital. All the windows of the surgical block were blown out. Two nurses and a patient were "
        "injured by glass. The ambulance was taken out of service."
    )
    [m] = extract(text, PUBLISHED, "en")
    assert (m.background, m.injured, m.health_workers_injured, m.attack_types) == (True, 3, 2, ["heavy_weapons"])


def test_a_house_to_house_vaccination_team_is_a_health_target() -> None:
    """Polio campaigns' "house-to-house team", "door-to-door team", "immunization team": health workers attacked."""
    text = (
        "On Tuesday, 20 October 2031, at about 9:40 am, two men on a motorcycle opened fire on a house-to-house "
        "team near Orvan. A lady health worker was killed on the spot."
    )
    (m,) = extract(text, "2031-10-22", "en")
    assert (m.date, m.time, m.attack_types, m.health_workers_killed) == (
        "2031-10-20",
        "09:40",
        ["individual_weapons"],
        1,
    )


def test_a_publisher_withdrawing_an_unverified_report_tells_no_incident() -> None:
    text = (
        "Actualización al Boletín N.º 31 – Retiro de un reporte no verificado\n\n"
        "En el Boletín N.º 31 la Red incluyó el reporte de un supuesto ataque armado contra el puesto de salud de "
        "Orvan, ocurrido el 30 de julio, con disparos contra el local. Ninguna fuente confirmó el hecho."
    )
    assert extract(text, published="2031-08-12", language="es") == []


def test_people_treated_at_a_hospital_not_hit_tell_no_incident() -> None:
    text = (
        "Mardi 3 mars, des hommes armés ont pillé le marché d'Orvan. Deux commerçants ont été blessés par balle ; ils "
        "ont été pris en charge à l'hôpital général d'Orvan, qui n'a pas été touché."
    )
    assert extract(text, published="2031-03-10", language="fr") == []


def test_a_truck_arrete_is_stopped_and_its_cargo_taken_is_looted() -> None:
    """A truck "arrêté" at a barrier is stopped, no one arrested; "la cargaison" taken is looted, no one abducted."""
    text = (
        "Jeudi 5 mars, un camion de médicaments du centre de santé d'Orvan a été arrêté à une barrière ; les hommes "
        "armés ont emporté la moitié de la cargaison."
    )
    assert [m.attack_types for m in extract(text, published="2031-03-10", language="fr")] == [["looting"]]


@pytest.mark.parametrize(
    ("text", "language", "types"),
    [
        (  # the truck is the arrest word's object: it was stopped, no one arrested
            "Jeudi 5 mars, des hommes armés ont arrêté un camion de l'ONG transportant des médicaments vers le centre "
            "de santé d'Orvan et pillé sa cargaison.",
            "fr",
            ["looting"],
        ),
        (  # the vehicle carried people: they were held
            "On Thursday 5 March gunmen detained a vehicle carrying two vaccinators of the Orvan health centre and "
            "released them the next day.",
            "en",
            ["abduction_arrest"],
        ),
    ],
)
def test_a_vehicle_as_an_arrest_words_object_is_stopped_unless_it_carried_people(
    text: str, language: str, types: list[str]
) -> None:
    """An arrest word whose object is a vehicle tells no arrest, unless the vehicle carried people the text names."""
    [mention] = extract(text, published="2031-03-10", language=language)
    assert sorted(mention.attack_types) == types


@pytest.mark.parametrize(
    ("text", "language"),
    [
        (
            "Depuis le départ du bailleur, les employés de l'hôpital d'Orvan n'ont touché que deux mois de salaire.",
            "fr",
        ),
        (
            "Functionality summary, Orvan province, July 2031. 112 facilities were assessed. 96 are fully functional. "
            "Eleven have reduced opening hours. Four have closed. The main reason is the lack of funding. Staff "
            "shortages come second. Three health posts were damaged when their mud roofs partly collapsed after heavy "
            "rains. Repairs are planned before the winter.",
            "en",
        ),
        (
            "After the floods, health authorities in Orvan warned of a rise in cholera cases at the district hospital.",
            "en",
        ),
    ],
)
def test_pay_received_rain_damage_and_a_warning_of_disease_are_no_attacks(text: str, language: str) -> None:
    """French "touché" of pay is received, not hit; damage in a report at length with no act word at all is rain's,
    fire's or wear's (a short record of damage is an incident's); "warned of" a risk is no threat."""
    assert extract(text, published="2031-03-10", language=language) == []


def test_shelling_of_a_hospitals_surroundings_is_a_strike_near_it() -> None:
    text = "On 27 April 2031 shelling hit the surroundings of the Orvan surgical hospital; no one was hurt."
    assert extract(text, published="2031-04-30", language="en") == []


def test_a_short_record_of_damage_is_an_incident() -> None:
    """An incident record may tell the damage alone ("The Orvan health centre was damaged on 3 May 2031.")."""
    (m,) = extract("The Orvan health centre was damaged on 3 May 2031.", published="2031-05-10", language="en")
    assert m.facility_damage == "damaged"


def test_a_note_of_figures_that_says_it_tells_no_incident_tells_none() -> None:
    """ "It does not describe individual incidents" near the top: the note's figures ("38 ambulances damaged",
    "Health workers killed were mostly emergency staff") are aggregates."""
    text = (
        "Quarterly figures at a glance\n\nThis note gives the headline figures from our monitoring for the third "
        "quarter. It does not describe individual incidents.\n\nHEADLINE FIGURES, Q3 2031\n- 187 attacks on health "
        "care recorded.\n- 38 ambulances damaged or destroyed.\n\nHealth workers killed were mostly emergency medical "
        "staff (13 of 22).\n"
    )
    assert extract(text, published="2031-10-14", language="en") == []


def test_a_bombing_of_civilians_told_by_hospital_officials_and_ambulance_crews_is_no_attack_on_health_care() -> None:
    """Officials and a hospital who speak ("police and hospital officials said", "The hospital said eight of the
    wounded were children"), crews who carried casualties and "None of its staff or vehicles was harmed" tell no
    attack on health care when the bomb struck a hotel."""
    text = (
        "ORVAN, March 14 - At least 19 people were killed when a car bomb exploded outside a hotel on Friday "
        "evening, police and hospital officials said.\n\nThe Orvan Ambulance service said its crews had carried 36 "
        "casualties overnight. None of its staff or vehicles was harmed.\n\nThe hospital said eight of the wounded "
        "were children."
    )
    assert extract(text, "2031-03-15", "en") == []
    # ... while a hospital that speaks of an act on it keeps its incident
    [m] = extract("The Orvan hospital said it was shelled on Friday, wounding two nurses.", "2031-03-15", "en")
    assert m.facility_type == "hospital"


def test_a_denial_of_posts_told_after_the_act_denies_only_the_claim() -> None:
    """ "Four nurses abducted last week are alive, an official said, dismissing reports on social media that they
    had been killed": the abduction stands, and the claim's tense makes it no earlier act."""
    text = (
        "Four nurses abducted last week on the road near Quillon are alive, a district health official said on "
        "Monday, dismissing weekend reports on social media that they had been killed."
    )
    [mention] = extract(text, PUBLISHED, "en")
    assert (mention.attack_types, mention.abducted, mention.killed) == (["abduction_arrest"], 4, None)
    assert not mention.background


def test_shots_spoken_of_in_posts_and_denied_by_the_marks_are_no_act() -> None:
    """ "Some posts on social media spoke of shots fired at the ambulance" and "posts said it had been shot at",
    answered by "there were no bullet marks on the vehicle, no one heard shots": a road accident, no incident."""
    text = (
        "An ambulance carrying a woman in labour overturned last night on the bypass road south of Hebron. Police "
        "say it was a road accident.\n\n"
        "PRESENTER: Some posts on social media last night spoke of shots fired at the ambulance. What do we know?\n\n"
        "REPORTER: Several posts said the ambulance had been shot at by settlers. Both the police and the ambulance "
        "service said there were no bullet marks on the vehicle, no one heard shots, and the driver told the police "
        "that he braked too late on the wet road.\n"
    )
    assert extract(text, published="2029-05-09", language="en") == []


def test_a_sandstorm_that_tore_down_a_field_hospital_is_no_attack() -> None:
    """ "The storm ... hit the area", "before the storm reached the city, after a warning from the meteorological
    centre": the storm is weather, not armed men storming; its warning no threat."""
    text = (
        "A violent sandstorm that swept across north-eastern Libya on Wednesday afternoon tore down three tents of "
        "the field hospital set up on the southern edge of Ajdabiya, forcing staff to move 26 patients to the city's "
        "general hospital.\n\nThe storm hit the area at about 4 p.m. Vaccines had been moved to the general "
        "hospital's cold room before the storm reached the city, after a warning from the meteorological centre.\n"
    )
    assert extract(text, published="2029-06-28", language="en") == []
    # armed men storming a hospital stay an armed entry
    [found] = extract("Gunmen storm the general hospital in Ajdabiya on Wednesday.", published="2029-06-28")
    assert found.attack_types == ["armed_entry"]


def test_an_accidental_fire_with_rumours_of_arson_and_nothing_stolen_is_no_incident() -> None:
    """An accidental fire in a drug depot, "des rumeurs ... évoquant un incendie criminel" (hearsay) and "rien n'a été
    volé" (nothing stolen): no armed act makes the damage an attack's."""
    text = (
        "TCHAD : UN INCENDIE ACCIDENTEL RAVAGE UNE PARTIE DU DÉPÔT DE MÉDICAMENTS D'ABÉCHÉ\n\n"
        "Abéché, le 20 février 2029 - Un incendie s'est déclaré dans la nuit de dimanche à lundi dans l'un des "
        "magasins de la Pharmacie provinciale, détruisant des cartons de médicaments. Aucune victime n'est à "
        "déplorer.\n\n"
        "Dès lundi matin, des rumeurs ont circulé sur les réseaux sociaux, évoquant un incendie criminel ou une "
        "attaque contre le dépôt. « Le feu est parti d'un court-circuit. Personne n'est entré dans le dépôt et rien "
        "n'a été volé », a déclaré le responsable.\n"
    )
    assert extract(text, published="2029-02-20", language="fr") == []


def test_a_publishers_correction_of_a_shell_on_a_hospital_is_no_incident() -> None:
    """ "A correction: yesterday we said a shell had hit the hospital in Al Manaqil. The shell in fact landed in a
    field near the town": the act was the publisher's error."""
    text = (
        "PRESENTER: And before we go to the weather, a correction: yesterday we said a shell had hit the hospital in "
        "Al Manaqil. The shell in fact landed in a field near the town, and the hospital was not damaged. We "
        "apologise for the error.\n"
    )
    assert extract(text, published="2029-07-22", language="en") == []


def test_reports_of_a_strike_declared_false_in_their_sentence_are_no_act() -> None:
    """ "Reports on social media of a strike on the city hospital ... are false": the strike is the claim; the strike
    told before it stays."""
    found = extract(
        "On 10 August a missile fell on the grounds of the Harlow city hospital, wounding a nurse. Reports on social "
        "media of a strike on the Orvan city hospital yesterday morning are false.",
        published="2031-08-13",
        language="en",
    )
    assert [(str(m.date), m.health_workers_injured) for m in found] == [("2031-08-10", 1)]


@pytest.mark.parametrize(
    ("text", "language"),
    [
        (  # posts that spoke of an attack, denied by those they name; an electrical accident, not an attack
            "Le samedi 11 août, vers 14h20, un incendie s'est déclaré dans le local technique de l'hôpital régional "
            "de Varenne. Personne n'a été blessé.\n\nDes messages diffusés sur les réseaux sociaux le soir même ont "
            "parlé d'une « attaque contre l'hôpital de Varenne ». La direction de l'hôpital et le préfet les ont "
            "démentis publiquement dès le dimanche matin. Il s'agit d'un accident électrique et non d'une attaque.",
            "fr",
        ),
        (  # a headline's denied attack, the body saying there was none, far below it
            "Orvania: el cólera se extiende y las autoridades desmienten un ataque contra un centro de tratamiento\n\n"
            "El brote de cólera declarado a mediados de julio ha causado ya 1.284 casos y 37 muertes, según el "
            "ministerio.\n\nEl ministerio ha abierto cuatro centros de tratamiento del cólera junto al hospital de "
            "Varela.\n\nEn los últimos días circularon en las redes sociales mensajes que afirmaban que «las "
            "milicias quemaron el centro de Tamaro». El director de salud los desmintió el lunes. «No hubo ningún "
            "ataque. Hubo una tormenta», afirmó.",
            "es",
        ),
    ],
)
def test_attacks_spoken_of_or_denied_and_answered_by_there_was_none_are_no_incident(text: str, language: str) -> None:
    """Posts that "ont parlé d'une attaque" denied by those they name ("les ont démentis") or answered by "un accident
    électrique et non une attaque"; a headline's "desmienten un ataque" answered by "No hubo ningún ataque": no
    incident."""
    assert extract(text, published="2031-08-14", language=language) == []


def test_a_market_hit_beside_a_clinic_spared_is_no_incident() -> None:
    """A section titled "market hit, clinic spared", what people call "an attack on our clinic" answered by "It was
    not.", and the doctor who says so after a quote: no incident."""
    text = (
        "Orvan: market hit, clinic spared\n\n"
        "On Tuesday afternoon an airstrike hit the central market in Orvan, killing at least six traders. A private "
        "clinic that stands next to the market was not damaged; its doctor and two nurses treated the wounded.\n\n"
        '"People have been calling it an attack on our clinic. It was not. We were lucky. The strike was on the '
        'market," the doctor said.'
    )
    assert extract(text, published="2031-08-14", language="en") == []


@pytest.mark.parametrize(
    ("text", "language"),
    [
        (  # a former dispensary, closed for years
            "Officials said the building the missile hit in Orvan on Thursday was a former tuberculosis dispensary "
            "that closed in 2024 and had been empty since. Nobody was hurt.",
            "en",
        ),
        (  # a strike on a market away from where the mobile clinic stands, which was not there; what media wrote,
            # declared inexact
            "Le dimanche 5 août, une frappe de drone a touché le marché de Tamaro, à une centaine de mètres du lieu "
            "où notre clinique mobile stationne habituellement. La clinique n'était pas sur place, et aucun de nos "
            "biens n'a été touché. Plusieurs médias ont écrit que « la clinique a été bombardée » : c'est inexact.",
            "fr",
        ),
    ],
)
def test_a_former_facility_and_a_clinic_that_was_not_there_are_no_target(text: str, language: str) -> None:
    """A facility that is one no more ("a former tuberculosis dispensary"), a mobile clinic that "n'était pas sur
    place" and what media "ont écrit", "c'est inexact": no incident."""
    assert extract(text, published="2031-08-09", language=language) == []


@pytest.mark.parametrize(
    ("text", "language"),
    [
        (  # a message saying soldiers occupied a clinic, answered "Nothing else happened"
            "A message circulated on 10 August saying that soldiers had occupied the church clinic in Orvan. Our "
            "staff there confirm that soldiers came only to buy medicine for a sick child, paid, and left. Nothing "
            "else happened.",
            "en",
        ),
        (  # rumours declared false; no armed group entered
            'Rumours on social media that rebels had "taken over" the Orvan hospital are false: the hospital\'s '
            "administration confirmed on 6 August that no armed group has entered it.",
            "en",
        ),
        (  # a health worker killed at home, recorded in so many words as no attack on health care
            "On Friday night a laboratory assistant of the Orvan hospital was killed at home, off duty, when an "
            "artillery shell hit his street; three of his neighbours were also killed. We record his death among the "
            "civilian casualties of the shelling, not as an attack on health care.",
            "en",
        ),
        (
            "Lo que no fue un ataque contra la atención sanitaria. El lunes, un ataque con dron alcanzó el mercado de "
            "Tamaro y mató a varios comerciantes; el centro de salud, a unos 300 metros, no sufrió daños.",
            "es",
        ),
    ],
)
def test_messages_answered_rumours_declared_false_and_acts_disowned_are_no_incident(text: str, language: str) -> None:
    """A message "saying" soldiers occupied a clinic answered "Nothing else happened"; rumours "are false" with "no
    armed group has entered it"; a paragraph saying what it tells is "not ... an attack on health care": no incident."""
    assert extract(text, published="2031-08-12", language=language) == []


def test_a_facility_occupied_told_in_the_present_is_military_use() -> None:
    """ "ocupa dos edificios del centro de salud": military use, told in the present; "se ocupa de los heridos" (who
    take care of the wounded) is none."""
    [m] = extract(
        "Desde el lunes 6 de agosto, una unidad del ejército ocupa dos edificios del centro de salud de Tamaro, donde "
        "ha instalado su puesto de mando.",
        published="2031-08-10",
        language="es",
    )
    assert m.attack_types == ["military_use"]
    [m] = extract(
        "El lunes 6 de agosto, hombres armados dispararon contra el centro de salud de Tamaro; una enfermera que se "
        "ocupa de los heridos resultó herida.",
        published="2031-08-10",
        language="es",
    )
    assert "military_use" not in m.attack_types


def test_arabic_posts_of_a_strike_answered_by_no_damage_and_no_attack_are_no_incident() -> None:
    """Posts that "تداولت مواقع التواصل الاجتماعي" of a strike on a hospital, answered by "لم يتعرّض لأي ضرر" (it
    suffered no damage) and "لا نعدّ هذا الحادث اعتداءً على المستشفى" (we do not count it an attack on the hospital):
    no incident."""
    text = (
        'تداولت مواقع التواصل الاجتماعي مساء الجمعة خبراً عن "قصف مستشفى الأمل في صور". يوضح الاتحاد، بعد التواصل مع '
        "إدارة المستشفى، أن الغارة استهدفت سيارة مدنية في شارع يبعد نحو 400 متر عن المستشفى، وأن المستشفى لم يتعرّض "
        "لأي ضرر. لذلك لا نعدّ هذا الحادث اعتداءً على المستشفى."
    )
    assert extract(text, published="2031-08-05", language="ar") == []


@pytest.mark.parametrize(
    ("text", "language"),
    [
        (
            "On Thursday 2 August, the director of the Orvan dispensary received a phone call from a man who said he "
            "was an army officer and told him to evacuate the dispensary immediately because it would be bombed.",
            "en",
        ),
        (
            "يوم الخميس 2 آب، تلقّى مدير المستوصف الصحي في بلدة عين إبل اتصالاً هاتفياً من شخص طلب منه إخلاء المستوصف "
            '"فوراً" لأنه "سيُقصف".',
            "ar",
        ),
    ],
)
def test_a_strike_foretold_to_those_told_to_leave_is_a_threat(text: str, language: str) -> None:
    """ "told him to evacuate the dispensary because it would be bombed", "لأنه سيُقصف": a threat."""
    [m] = extract(text, published="2031-08-05", language=language)
    assert m.attack_types == ["threat"]


@pytest.mark.parametrize(
    ("text", "language"),
    [
        (
            "Ninguna ambulancia fue atacada ni obstaculizada durante los traslados, señaló el coordinador de Tamaro.",
            "es",
        ),
        ("No ambulance was attacked during the evacuations from the Harlow hospital, the coordinator said.", "en"),
        # a shooting by barracks, the hospital worked normally
        ("Tiroteio junto a quartel em Tamaro faz três feridos; hospital funcionou normalmente.", "pt"),
    ],
)
def test_nothing_attacked_and_a_hospital_working_normally_tell_no_incident(text: str, language: str) -> None:
    """ "Ninguna ambulancia fue atacada", "No ambulance ... was attacked": nothing the act was done to; a hospital that
    "funcionou normalmente" beside a shooting elsewhere: no target."""
    assert extract(text, published="2031-10-05", language=language) == []


def test_portuguese_no_is_in_the_not_none() -> None:
    """ "um posto de saúde no distrito de Mueda foi incendiado": "no" is "in the", the arson stays."""
    [m] = extract(
        "Em Março de 2031, um posto de saúde no distrito de Tamaro foi incendiado por homens armados.",
        published="2031-10-05",
        language="pt",
    )
    assert "arson" in m.attack_types


def test_a_claim_withdrawn_tells_no_act() -> None:
    """ "A claim ..., that a shell had hit the maternity hospital, was withdrawn": the claim is no act; the strike the
    report tells beside it stays."""
    claim = (
        "A claim posted on one channel, that a shell had hit the maternity hospital in Exampleton on Monday, was "
        "withdrawn later in the morning."
    )
    assert extract(claim, published="2031-03-18", language="en") == []
    text = "On Monday a shell hit the courtyard of the children's hospital in Exampleton, wounding a nurse. " + claim
    found = extract(text, published="2031-03-18", language="en")
    assert [(m.facility_type, m.health_workers_injured) for m in found] == [("hospital", 1)]


@pytest.mark.parametrize(
    ("text", "language"),
    [
        (
            "Rocket lands near Exampleton medical center; hospital undamaged, three lightly hurt in nearby street\n\n"
            "A rocket struck an empty lot in Exampleton on Tuesday morning, about 150 meters from the medical center, "
            "lightly injuring three people in a residential street.",
            "en",
        ),
        (
            "Balacera frente a un hospital en Ejemplo deja dos muertos; el nosocomio no fue alcanzado\n\n"
            "Dos hombres murieron la noche del viernes durante un enfrentamiento a balazos a unos 150 metros del "
            "hospital. El personal relató que, al escuchar los disparos, los guardias cerraron la puerta de urgencias.",
            "es",
        ),
    ],
)
def test_a_facility_a_headline_tells_unharmed_is_no_target(text: str, language: str) -> None:
    """A headline's facility told "undamaged", or named again and told not reached ("Balacera frente a un hospital
    ...; el nosocomio no fue alcanzado"), and shots only heard by its guards ("al escuchar los disparos"), tell no act
    on it."""
    assert extract(text, published="2031-03-18", language=language) == []


def test_a_claim_spread_online_that_the_police_call_an_accident_tells_no_act() -> None:
    """ "En redes sociales circuló un mensaje que aseguraba que la ambulancia había sido atacada a balazos ... Fue un
    accidente de tránsito": the claim is no act."""
    text = (
        "Un paramédico resultó herido el jueves cuando la ambulancia municipal de Ejemplo volcó en una curva.\n\n"
        "En redes sociales circuló durante la mañana un mensaje que aseguraba que la ambulancia había sido atacada a "
        'balazos por asaltantes. El jefe policial del sector lo negó: "Fue un accidente de tránsito, provocado por la '
        'lluvia".\n'
    )
    assert extract(text, published="2031-03-18", language="es") == []


def test_not_a_single_bullet_hole_tells_no_shooting() -> None:
    text = "El jefe policial lo desmintió: no hay un solo impacto de bala en la ambulancia del hospital de Ejemplo."
    assert extract(text, published="2031-03-18", language="es") == []
