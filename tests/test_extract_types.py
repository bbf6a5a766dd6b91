"""Attack types, weapon classes and detection on fictional reports: one class of error per test."""

from __future__ import annotations

import pytest

from notatarget.extract import extract
from notatarget.extract.incidents import weapon_classes

PUBLISHED = "2031-03-14"  # a Friday


def one(text: str, **kwargs: object):
    found = extract(text, published=kwargs.pop("published", PUBLISHED), **kwargs)
    assert len(found) == 1, [m.to_annotation() for m in found]
    return found[0]


@pytest.mark.parametrize(
    "text",
    [
        "On Monday gunmen killed a nurse at the Hope clinic in Exampleton.",
        "On Monday a convoy carrying doctors was ambushed near Sampleville and two doctors were killed.",
        "An armed attack on the Hope clinic in Exampleton was reported on Monday.",
    ],
)
def test_attack_without_means_by_armed_men_is_presumed_gunfire(text: str) -> None:
    m = one(text)
    assert "individual_weapons" in m.attack_types
    assert weapon_classes(m) == {"firearms"}


def test_abduction_by_armed_men_is_no_gunfire() -> None:
    m = one("On Monday gunmen abducted a nurse on the road to Exampleton.")
    assert m.attack_types == ["abduction_arrest"]
    assert weapon_classes(m) == {"firearms"}  # what they carried, as the perpetrator tells


@pytest.mark.parametrize(
    "text",
    [
        "On Monday gunmen abducted a nurse from the Hope clinic in Exampleton.",
        "On Monday soldiers beat two doctors inside the Exampleton hospital.",
    ],
)
def test_armed_men_acting_inside_a_facility_entered_it(text: str) -> None:
    assert "armed_entry" in one(text).attack_types


@pytest.mark.parametrize(
    "text",
    [
        "On Monday gunmen looted an ambulance near Exampleton.",
        "On Monday the Hope clinic in Exampleton was looted by armed men.",  # no entry told
        "On Monday soldiers shelled the Exampleton hospital.",
        "On Monday a doctor was beaten by relatives of a patient at the Exampleton hospital.",
    ],
)
def test_vehicles_strikes_and_unarmed_people_are_no_armed_entry(text: str) -> None:
    assert "armed_entry" not in one(text).attack_types


@pytest.mark.parametrize(
    "text",
    [
        "On Monday a nurse of the Hope clinic was abducted by gunmen who had raided the village.",
        "On Monday soldiers stormed the neighbourhood and shot a paramedic near the Exampleton hospital.",
        "On Monday a paramedic of the Hope clinic was wounded by a shell while searching for survivors.",
    ],
)
def test_a_village_raided_or_a_search_for_survivors_is_no_armed_entry(text: str) -> None:
    assert "armed_entry" not in one(text).attack_types


@pytest.mark.parametrize(
    "text",
    [
        "On Monday soldiers raided the village and the Hope clinic.",
        "On Monday gunmen raided the Hope clinic in the village of Exampleton.",
    ],
)
def test_a_facility_raided_in_a_village_is_an_armed_entry(text: str) -> None:
    assert "armed_entry" in one(text).attack_types


def test_named_force_is_an_armed_perpetrator() -> None:
    m = one("On Monday a nurse was arrested by Wagner forces at the Hope clinic.")
    assert m.perpetrator == "Wagner forces"
    assert weapon_classes(m) == {"firearms"}


@pytest.mark.parametrize(
    ("text", "actor"),
    [
        ("On Monday soldiers entered the Hope hospital in Exampleton and searched the wards.", "soldiers"),
        ("Yesterday Turkish forces shelled the Hope hospital in Exampleton.", "Turkish forces"),
    ],
)
def test_a_day_or_an_opening_word_is_no_part_of_a_force_name(text: str, actor: str) -> None:
    assert one(text, published="2026-08-05").perpetrator == actor


def test_staff_ordered_out_are_not_the_searchers() -> None:
    m = one("At the Hope clinic in Exampleton on Monday, soldiers ordered the nurses out, searched the wards and left.")
    assert m.attack_types == ["armed_entry"]


def test_rooms_named_after_people_are_searched_places_not_searched_people() -> None:
    m = one("On Monday soldiers searched the staff quarters and wards of the Hope hospital in Exampleton.")
    assert "armed_entry" in m.attack_types


def test_people_forced_into_the_forest_are_abducted() -> None:
    m = one("On Monday armed men stopped the Hope clinic's pickup near Exampleton and forced two nurses into the bush.")
    assert m.attack_types == ["abduction_arrest"]


@pytest.mark.parametrize(
    ("text", "language"),
    [
        (
            "On Monday soldiers stopped the Exampleton ambulance at a checkpoint. The patient went into cardiac arrest",
            "en",
        ),
        (
            "Lundi, des soldats ont bloqué l'ambulance d'Exampleton à un barrage. Le patient a fait un arrêt cardiaque",
            "fr",
        ),
    ],
)
def test_a_cardiac_arrest_is_no_arrest(text: str, language: str) -> None:
    [m] = extract(text, "2031-03-12", language)
    assert m.attack_types == ["obstruction"]
    assert m.abducted is None


def test_beating_by_relatives_is_unarmed() -> None:
    m = one("On Monday a doctor was beaten by relatives of a patient at the Exampleton hospital.")
    assert m.attack_types == ["assault"]
    assert weapon_classes(m) == {"unarmed"}


def test_beating_by_soldiers_keeps_the_guns_they_carry() -> None:
    m = one("On Monday soldiers beat a paramedic on the road to the Exampleton hospital.")
    assert m.attack_types == ["assault"]
    assert weapon_classes(m) == {"unarmed", "firearms"}  # no weapon used, but forces carry theirs


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("On Monday soldiers were using the Hope clinic in Exampleton as a base.", "military_use"),
        ("Des hommes armés ont tiré sur l'ambulance du centre de santé de Exempleville lundi.", "individual_weapons"),
        ("On Monday the Hope clinic was attacked by a man with a hatchet.", "individual_weapons"),
        ("March 2031: An incident of obstruction to health care delivery was reported.", "obstruction"),
        ("On Monday an ambulance carrying patients was violently stopped by armed men near Exampleton.", "obstruction"),
        ("Deux infirmiers ont été enlevés lundi avec le véhicule du centre de santé de Exempleville.", "looting"),
        ("On Monday gunmen abducted two nurses; they have not returned the ambulance.", "looting"),
        ("On Monday armed masked men kidnapped two nurses from the Hope health centre.", "armed_entry"),
    ],
)
def test_vocabulary_of_attack_types(text: str, kind: str) -> None:
    assert kind in one(text).attack_types


@pytest.mark.parametrize(
    "text",
    [
        "On Monday an INGO compound in Testtown was looted by armed men.",
        "On Monday two NGO vehicles carrying medicines were stolen near Testtown.",
        "Ambulances belonging to the Exampleland Medical Council were attacked and burned by soldiers on Monday.",
        "On Monday two paramedics were killed while taking a patient to a hospital for treatment.",
        "On Monday the Ebola transit centre in Testtown was set on fire.",
    ],
)
def test_attacks_on_health_care_are_detected(text: str) -> None:
    assert len(extract(text, published=PUBLISHED)) == 1


@pytest.mark.parametrize(
    "text",
    [
        "Aid agencies said on Monday that an airstrike hit a market in Testtown.",
        "The INGO said on Monday that it was deeply worried about the fighting in Testtown.",
        "On Monday a paramedic was stationed in the Central Zone of Exampleland.",
        "Health facilities have been looted across the region since the war began.",
    ],
)
def test_organisations_speaking_and_general_statements_are_no_incident(text: str) -> None:
    assert extract(text, published=PUBLISHED) == []


def test_rape_is_told_of_health_workers_or_patients_not_of_others_nearby() -> None:
    m = one("On Monday two nurses were raped by soldiers at the Exampleton hospital.")
    assert "sexual_violence" in m.attack_types
    m = one("On Monday women were raped in the town and the Hope health centre in Exampleton was looted by soldiers.")
    assert "sexual_violence" not in m.attack_types
    assert "looting" in m.attack_types


def test_a_facility_seized_is_occupied_supplies_seized_are_looted() -> None:
    assert one("On Monday the Hope clinic in Exampleton was seized by soldiers.").attack_types == ["military_use"]
    m = one("On Monday soldiers seized medicines at the Hope clinic in Exampleton.")
    assert "looting" in m.attack_types
    assert "military_use" not in m.attack_types


def test_held_at_gunpoint_is_a_threat() -> None:
    m = one("On Monday two nurses were held at gunpoint inside the Hope clinic in Exampleton.")
    assert "threat" in m.attack_types


def test_a_headline_about_a_class_of_facilities_is_no_incident() -> None:
    assert extract("Group reports health facilities looted in Exampleland", published=PUBLISHED) == []
    assert len(extract("March 2031: Health facilities were looted in Testtown.", published=PUBLISHED)) == 1


def test_a_weapon_carried_is_a_weapon_class_not_an_attack_type() -> None:
    m = one("On Monday a pharmacist at the Hope clinic in Exampleton was robbed at gunpoint.")
    assert "individual_weapons" not in m.attack_types and "looting" in m.attack_types
    assert [s.text for s in m.spans["weapons_carried"]] == ["at gunpoint"]
    assert weapon_classes(m) == {"firearms"}
    m = one("Lundi, la pharmacie du centre de santé de Exempleville a été pillée à main armée.")
    assert "individual_weapons" not in m.attack_types and weapon_classes(m) == {"firearms"}


def test_a_threat_at_gunpoint_carries_firearms_and_at_knifepoint_a_blade() -> None:
    m = one("On Monday two nurses were held at gunpoint inside the Hope clinic in Exampleton.")
    assert "individual_weapons" not in m.attack_types
    assert weapon_classes(m) == {"firearms"}
    m = one("On Monday a doctor was threatened at knifepoint at the Hope clinic in Exampleton.")
    assert m.attack_types == ["threat"] and weapon_classes(m) == {"blade_or_blunt"}


def test_beaten_by_armed_men_is_unarmed_and_carries_firearms() -> None:
    m = one("On Monday armed men beat two nurses on the road to the Hope clinic in Exampleton.")
    assert m.attack_types == ["assault"]
    assert weapon_classes(m) == {"unarmed", "firearms"}


def test_a_killing_by_forces_told_without_means_has_no_attack_type() -> None:
    m = one("On Monday soldiers killed a nurse of the Hope clinic in Exampleton.")
    assert "individual_weapons" not in m.attack_types
    assert weapon_classes(m) == {"firearms"}  # presumed for soldiers when nothing else is told


@pytest.mark.parametrize(
    "text",
    [
        "On Monday missiles fired at the Hope hospital in Exampleton killed two nurses.",
        "On Monday government forces opened fire on the Hope hospital in Exampleton with mortars.",
    ],
)
def test_firing_a_heavy_weapon_is_no_gunfire(text: str) -> None:
    assert one(text).attack_types == ["heavy_weapons"]


def test_firing_without_a_heavy_weapon_is_gunfire() -> None:
    m = one("On Monday soldiers opened fire on the Hope clinic in Exampleton.")
    assert m.attack_types == ["individual_weapons"]


def test_a_looting_is_an_armed_entry_only_when_the_entry_is_told() -> None:
    assert one("On Monday the Hope clinic in Exampleton was looted by soldiers.").attack_types == ["looting"]
    assert one("On Monday the Hope clinic in Exampleton was looted at gunpoint.").attack_types == ["looting"]
    stormed = one("On Monday gunmen stormed the Hope clinic in Exampleton and looted it.")
    assert sorted(stormed.attack_types) == ["armed_entry", "looting"]


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("On Monday two nurses of the Hope clinic were sexually harassed by soldiers.", "sexual_violence"),
        ("Lundi, des infirmières ont subi des violences sexuelles au centre de santé.", "sexual_violence"),
        ("Lundi, deux infirmières du centre de santé de Exempleville ont été agressées.", "assault"),
        ("On Monday an ambulance of the Hope clinic was ordered back by soldiers near Exampleton.", "obstruction"),
        ("El lunes una ambulancia del hospital de Ejemplo fue bloqueada por militares.", "obstruction"),
        ("Lundi, une ambulance de l'hôpital de Exempleville a été refoulée par des militaires.", "obstruction"),
    ],
)
def test_vocabulary_of_sexual_violence_assault_and_obstruction(text: str, kind: str) -> None:
    assert kind in one(text).attack_types


def test_an_arrest_at_a_checkpoint_is_no_obstruction() -> None:
    m = one("On Monday a nurse of the Hope clinic was arrested by soldiers at a checkpoint near Exampleton.")
    assert m.attack_types == ["abduction_arrest"]


def test_a_threat_posed_is_a_danger_not_an_act_of_threatening() -> None:
    m = one("On Monday gunmen abducted two nurses of the Hope clinic, saying they posed a security threat.")
    assert m.attack_types == ["abduction_arrest"]
    assert one("On Monday two nurses of the Hope clinic received death threats.").attack_types == ["threat"]


def test_a_vehicle_taken_with_the_people_is_looted_across_double_spaces() -> None:
    m = one("Lundi, deux infirmiers ont été enlevés avec  le véhicule du centre de santé de Exempleville.")
    assert "looting" in m.attack_types


def test_removed_is_looting_said_of_things_not_of_people() -> None:
    assert one("On Monday soldiers removed medical equipment from the Hope clinic in Exampleton.").attack_types == [
        "looting"
    ]
    m = extract("On Monday soldiers removed the nurses from the Hope clinic in Exampleton.", published=PUBLISHED)
    assert all("looting" not in x.attack_types for x in m)


@pytest.mark.parametrize(
    ("text", "weapons"),
    [
        ("On Monday an aerial bombardment hit the Hope hospital in Exampleton.", ["airstrike"]),
        ("On Monday explosive barrels were dropped on the Hope hospital in Exampleton.", ["barrel bomb"]),
        ("On Monday a man wearing a suicide vest blew himself up at the Hope hospital.", ["suicide vest"]),
        ("قصفت طائرات حربية المستشفى الوطني بضربات جوية يوم الاثنين", ["airstrike"]),
        ("قصفت الطائرات المستشفى الوطني بالنابالم يوم الاثنين", ["napalm"]),
    ],
)
def test_weapons_named(text: str, weapons: list[str]) -> None:
    assert one(text).weapons == weapons


@pytest.mark.parametrize(
    "text",
    [
        "On Monday a paramedic of the Hope clinic was detained by Exampleland occupation forces.",
        "On Monday a nurse of the Hope clinic was arrested by Ruritanian troops.",
        "On Monday fighters looted the Hope clinic in Exampleton.",
    ],
)
def test_forces_named_by_their_side_presume_firearms(text: str) -> None:
    m = one(text)
    assert m.perpetrator is not None
    assert weapon_classes(m) == {"firearms"}


def test_armed_violence_at_a_facility_is_presumed_gunfire() -> None:
    m = one("March 2031: Armed violence was reported at the Hope health centre.")
    assert m.attack_types == ["individual_weapons"] and weapon_classes(m) == {"firearms"}


def test_an_act_word_in_an_actors_name_is_no_act() -> None:
    m = one("On Monday a paramedic of the Hope clinic was detained by Exampleland occupation forces.")
    assert m.attack_types == ["abduction_arrest"]


def test_victims_carried_into_a_hospital_tell_no_armed_entry() -> None:
    m = one("On Monday gunmen shot dead two doctors; their bodies were carried into the Exampleton hospital.")
    assert m.attack_types == ["individual_weapons"]


@pytest.mark.parametrize(
    ("text", "kinds"),
    [
        ("On Monday rioters threatened to set fire to the Hope clinic in Exampleton.", ["threat"]),
        ("On Monday gunmen tried to kidnap a nurse at the Hope clinic and beat her.", ["threat", "assault"]),
        ("Lundi, des jeunes ont menacé d'incendier le centre de santé de Exempleville.", ["threat"]),
        ("On Monday a nurse of the Hope clinic was shot by two men in an attempted robbery.", ["individual_weapons"]),
        ("On Monday a foiled bombing of the Hope hospital in Exampleton was reported by police.", []),
    ],
)
def test_an_act_threatened_or_attempted_is_not_done(text: str, kinds: list[str]) -> None:
    assert one(text).attack_types == kinds


def test_an_aerial_attack_told_with_its_missiles_names_the_missiles() -> None:
    m = one("On Monday an aerial attack hit the Hope hospital in Exampleton: two missiles struck its roof.")
    assert m.weapons == ["missile"]


def test_hit_with_a_weapon_is_that_weapon_not_a_beating() -> None:
    m = one("On Monday a paramedic of the Hope clinic was hit with rubber bullets by soldiers.")
    assert m.attack_types == ["individual_weapons"]
    assert one("On Monday an angry mob beat two nurses of the Hope clinic.").attack_types == ["assault"]


def test_a_vehicle_seized_is_looted_and_a_town_occupied_is_no_military_use() -> None:
    m = one("On Monday an ambulance of the Hope clinic was seized by soldiers near Exampleton.")
    assert "looting" in m.attack_types and "military_use" not in m.attack_types
    m = one("March 2031: The Hope hospital was ransacked by rebels during their occupation of the town.")
    assert "military_use" not in m.attack_types
    assert one("On Monday the Hope clinic in Exampleton was seized by soldiers.").attack_types == ["military_use"]


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        (
            "On Monday soldiers fired into the air outside the Hope clinic in Exampleton, injuring a nurse.",
            "individual_weapons",
        ),
        ("El lunes, hombres armados incineraron el centro de salud de Ejemplo.", "arson"),
        ("On Monday militia fighters set the Hope clinic in Exampleton on fire.", "arson"),
        ("On Monday troops turned the Exampleton clinic into a barracks.", "military_use"),
        ("On Monday rebels were using the Exampleton clinic as their base.", "military_use"),
        ("On Monday militants took control of the Exampleton hospital.", "military_use"),
        ("On Monday an ambulance driver near Exampleton was forced to hand over the vehicle by gunmen.", "looting"),
        ("On Monday gunmen took away one of the nurses of the Hope clinic in Exampleton.", "abduction_arrest"),
        ("On Monday two nurses of the Exampleton hospital were taken by gunmen.", "abduction_arrest"),
        ("On Monday two doctors of the Exampleton hospital were led away by militiamen.", "abduction_arrest"),
        ("On Monday soldiers fired tear gas into the Exampleton hospital.", "chemical"),
        ("On Monday soldiers positioned snipers on the roof of the Exampleton hospital.", "military_use"),
        ("On Monday troops besieged the Exampleton Central Hospital for six hours.", "obstruction"),
        ("On Monday soldiers sealed off the Exampleton hospital.", "obstruction"),
    ],
)
def test_act_told_in_other_words(text: str, kind: str) -> None:
    m = one(text)
    assert kind in m.attack_types
    assert "looting" not in m.attack_types or kind == "looting"


def test_control_of_a_town_is_no_military_use() -> None:
    assert (
        "military_use"
        not in one(
            "On Monday militants took control of the town and shot a nurse of the Exampleton clinic."
        ).attack_types
    )


@pytest.mark.parametrize(
    ("text", "weapon"),
    [
        ("On Monday a guided aerial bomb hit the Exampleton hospital.", "airstrike"),  # dropped from an aircraft
        ("On Monday a glide bomb hit the Exampleton hospital.", "airstrike"),
        ("On Monday a kamikaze drone hit the Exampleton hospital.", "drone"),
        ("On Monday a quadcopter struck the Exampleton hospital.", "drone"),
        ("On Monday MLRS fire hit the Exampleton hospital.", "rocket"),
    ],
)
def test_air_launched_munitions_are_heavy_weapons(text: str, weapon: str) -> None:
    m = one(text)
    assert m.attack_types == ["heavy_weapons"]
    assert weapon in m.weapons


def test_an_anti_tank_mine_is_a_landmine() -> None:
    m = one("On Monday an ambulance of the Exampleton hospital hit an anti-tank mine, wounding the driver.")
    assert (m.attack_types, m.weapons) == (["explosive_device"], ["landmine"])


def test_a_stop_before_another_act_is_no_obstruction() -> None:
    text = "On Monday an ambulance was stopped at a checkpoint near Exampleton and the driver was beaten."
    assert one(text).attack_types == ["assault"]
    assert one("On Monday an ambulance was stopped at a checkpoint near Exampleton for six hours.").attack_types == [
        "obstruction"
    ]


@pytest.mark.parametrize(
    "text",
    [
        "On Monday a drone hit the hospital in Kharkiv and the clinic in Izium was looted.",
        "On Monday the hospital in Kharkiv was shelled; gunmen looted the clinic in Izium.",
        "On Monday the hospital in Kharkiv was shelled, while gunmen looted the clinic in Izium.",
    ],
)
def test_attack_words_stay_with_their_own_facility(text: str) -> None:
    found = extract(text, published=PUBLISHED)
    assert sorted(tuple(m.attack_types) for m in found) == [("heavy_weapons",), ("looting",)]


def test_attack_words_before_all_facilities_are_shared() -> None:
    found = extract("On Monday airstrikes hit the hospital in Kharkiv and the clinic in Izium.", published=PUBLISHED)
    assert [m.attack_types for m in found] == [["heavy_weapons"], ["heavy_weapons"]]


def test_a_weapon_aimed_at_other_targets_is_not_the_incidents() -> None:
    m = one(
        "On Monday a drone hit the Exampleton hospital, killing a nurse. The hospital has received dozens of "
        "wounded since the army began shelling residential areas in March."
    )
    assert m.weapons == ["drone"]
    assert one("On Monday shelling of residential areas damaged the Exampleton hospital.").weapons == ["shell"]


@pytest.mark.parametrize(
    "text",
    [
        "On Monday the Hope clinic in Exampleton was damaged by militants opening fire from a truck.",
        "On Monday fire was opened on an ambulance of the Hope clinic near Exampleton.",
        "On Monday a nurse was wounded when soldiers were firing at an ambulance near Exampleton.",
        "On Monday the Hope hospital in Exampleton was hit by indiscriminate fire.",
        "On Monday a paramedic of the Hope clinic was wounded by rubber-coated rounds fired by police.",
        "On Monday gunmen fired light weapons toward the Hope hospital in Exampleton.",
    ],
)
def test_firing_told_in_other_words_is_gunfire(text: str) -> None:
    m = one(text)
    assert "individual_weapons" in m.attack_types
    assert "firearms" in weapon_classes(m)


@pytest.mark.parametrize(
    "text",
    [
        "On Monday police threw stun and teargas grenades at an ambulance of the Hope clinic in Exampleton.",
        "On Monday soldiers fired sound bombs into the courtyard of the Hope hospital in Exampleton.",
        "On Monday police fired tear gas grenades into the Hope hospital in Exampleton.",
    ],
)
def test_riot_grenades_and_sound_bombs_are_no_explosive_devices(text: str) -> None:
    m = one(text)
    assert "explosive_device" not in m.attack_types
    assert weapon_classes(m) == {"firearms"}


def test_a_tear_gas_canister_striking_a_person_is_also_a_weapon_fired() -> None:
    m = one("On Monday a paramedic of the Hope clinic was hit in the leg with a tear gas canister in Exampleton.")
    assert sorted(m.attack_types) == ["chemical", "individual_weapons"]
    m = one("On Monday police fired tear gas canisters into the courtyard of the Hope hospital in Exampleton.")
    assert m.attack_types == ["chemical"]


@pytest.mark.parametrize(
    ("text", "weapon", "weapon_class"),
    [
        ("On Monday the Hope hospital in Exampleton was damaged by indirect fire.", "shell", "ground_launched"),
        ("On Monday the Hope hospital was partly destroyed by government helicopters.", "airstrike", "air_launched"),
    ],
)
def test_indirect_fire_and_military_helicopters_are_heavy_weapons(text: str, weapon: str, weapon_class: str) -> None:
    m = one(text)
    assert m.attack_types == ["heavy_weapons"] and m.weapons == [weapon]
    assert weapon_classes(m) == {weapon_class}


def test_a_helicopter_evacuation_is_no_airstrike() -> None:
    assert extract("On Monday patients were evacuated by helicopter from the Hope hospital.", published=PUBLISHED) == []


@pytest.mark.parametrize(
    "text",
    [
        "On Monday soldiers prevented an ambulance of the Hope clinic from reaching a man who had been shot.",
        "On Monday medics of the Hope clinic were stopped from giving first aid to a woman shot by a settler.",
        "On Monday an ambulance carrying a patient suffering from gunshot wounds was stopped at a checkpoint.",
        "Lundi, une ambulance du centre de santé de Exempleville qui transportait un blessé par balle a été bloquée.",
        "El lunes soldados impidieron que una ambulancia del Hospital de Ejemplo trasladara a un hombre baleado.",
    ],
)
def test_the_wound_of_someone_cared_for_is_no_gunfire_on_health_care(text: str) -> None:
    assert "individual_weapons" not in one(text).attack_types


@pytest.mark.parametrize(
    "text",
    [
        "On Monday an ambulance of the Hope clinic evacuating the wounded was shot at by soldiers.",
        "On Monday a nurse treating patients at the Hope clinic was shot by a gunman.",
        "On Monday the Hope clinic was attacked by men carrying knives.",
        "Lundi, des hommes armés ont tiré sur une ambulance du centre de santé de Exempleville évacuant des blessés.",
    ],
)
def test_health_care_shot_while_caring_is_gunfire(text: str) -> None:
    assert "individual_weapons" in one(text).attack_types


@pytest.mark.parametrize(
    "text",
    [
        "On Monday the Hope clinic in Exampleton was looted and homes were set on fire by militiamen.",
        "Lundi, le centre de santé de Exempleville a été pillé et des maisons ont été incendiées par des miliciens.",
        "El lunes el Centro de Salud de Ejemplo fue saqueado y varias casas fueron incendiadas por hombres armados.",
    ],
)
def test_homes_burnt_beside_a_looted_clinic_are_no_arson_of_it(text: str) -> None:
    assert one(text).attack_types == ["looting"]


@pytest.mark.parametrize(
    "text",
    [
        "On Monday militiamen burned the Hope clinic in Exampleton along with twenty houses.",
        "On Monday the Hope clinic in Exampleton and thirty homes were set on fire by militiamen.",
        "On Monday a mob set fire to the house of a nurse of the Hope clinic in Exampleton.",
        "Lundi, des jeunes ont incendié la maison d'un infirmier du centre de santé de Exempleville.",
    ],
)
def test_a_clinic_burnt_with_homes_or_a_nurse_s_home_burnt_is_arson(text: str) -> None:
    assert "arson" in one(text).attack_types


def test_a_threat_told_as_earlier_than_the_act_is_not_its_type() -> None:
    m = one("On Monday gunmen kidnapped two nurses of the Hope clinic, who had previously received death threats.")
    assert m.attack_types == ["abduction_arrest"]
    m = one("Lundi, des hommes armés ont enlevé un infirmier du centre de santé de Exempleville, qui avait été menacé.")
    assert m.attack_types == ["abduction_arrest"]
    m = one("On Monday the director of the Hope clinic said he had been threatened by soldiers.")
    assert m.attack_types == ["threat"]  # told alone, the threat is the act reported


def test_troops_deployed_in_a_hospital_use_it_but_vaccinators_deployed_do_not() -> None:
    m = one("On Monday doctors fled after soldiers were deployed in the Exampleton hospital's compound.")
    assert m.attack_types == ["military_use"]
    assert extract("On Monday ten vaccinators were deployed in the Hope clinic.", published=PUBLISHED) == []


@pytest.mark.parametrize(
    "text",
    [
        "On Monday two armed men entered the Hope clinic in Exampleton and took its cash box and a laptop.",
        "On Monday an ambulance of the Hope clinic was stopped at gunpoint near Exampleton and was driven away.",
        "Lundi, des combattants ont réquisitionné les deux ambulances de l'hôpital de Exempleville.",
        "On Monday a convoy of the Hope clinic was stripped of its medical supplies by soldiers.",
    ],
)
def test_things_taken_driven_away_or_requisitioned_are_looted(text: str) -> None:
    assert "looting" in one(text).attack_types


def test_a_hospital_requisitioned_is_used_and_a_patient_taken_to_it_is_no_theft() -> None:
    assert one("On Monday the army requisitioned the Hope hospital in Exampleton.").attack_types == ["military_use"]
    m = one("On Monday gunmen shot a nurse of the Hope clinic; colleagues took her to hospital by ambulance.")
    assert "looting" not in m.attack_types


def test_spanish_agresion_is_an_attack_not_a_beating() -> None:
    m = one("El lunes unos hombres dispararon contra una ambulancia del Centro de Salud de Ejemplo: otra agresión.")
    assert "assault" not in m.attack_types


def test_attackers_stopped_tell_no_obstruction_of_health_care() -> None:
    m = one("On Monday two suicide bombers were prevented from entering the Hope hospital and blew up at its gate.")
    assert m.attack_types == ["explosive_device"]
    m = one("On Monday an ambulance of the Hope clinic was prevented from entering Exampleton by soldiers.")
    assert m.attack_types == ["obstruction"]
    m = one("On Monday soldiers were blocking the road to the Hope hospital in Exampleton.")
    assert m.attack_types == ["obstruction"]


def test_an_act_prevented_is_not_done() -> None:
    found = extract("On Monday the director of the Hope hospital prevented the occupation.", published=PUBLISHED)
    assert all("military_use" not in m.attack_types for m in found)


def test_a_vaccine_shot_is_no_gunfire() -> None:
    m = one("On Monday a man demanding a booster shot punched a nurse at the Hope clinic in Exampleton.")
    assert m.attack_types == ["assault"]


def test_a_grenade_thrown_is_no_assault_but_stones_thrown_are() -> None:
    assert one("On Monday a hand grenade was thrown at the Hope clinic in Exampleton.").attack_types == [
        "explosive_device"
    ]
    assert one("On Monday stones were thrown at an ambulance of the Hope clinic.").attack_types == ["assault"]


def test_a_mine_is_a_landmine_but_a_gold_mine_is_a_place() -> None:
    m = one("On Monday an ambulance of the Hope clinic struck a mine on the road to Exampleton.")
    assert m.attack_types == ["explosive_device"]
    m = one("On Monday gunmen fired at an ambulance of the Hope clinic at the Exampleton gold mine.")
    assert m.attack_types == ["individual_weapons"]


@pytest.mark.parametrize(
    "text",
    [
        "On Monday two nurses of the Hope clinic were heckled and taunted in the street in Exampleton.",
        "On Monday the director of the Hope hospital in Exampleton was stalked by three men.",
        "On Monday ten staff of the Hope clinic in Exampleton were the targets of a virtual kidnapping.",
        "On Monday the director of the Hope hospital in Exampleton was almost arrested by police.",
        "On Monday gunmen attempted to abduct a doctor at the Hope clinic in Exampleton.",
        "El lunes hubo un intento de secuestro de una enfermera del Centro de Salud de Ejemplo.",
        "Lundi, une tentative d'enlèvement d'un infirmier a eu lieu au centre de santé de Exempleville.",
    ],
)
def test_intimidation_and_acts_attempted_against_people_are_threats(text: str) -> None:
    m = one(text)
    assert m.attack_types == ["threat"]


@pytest.mark.parametrize(
    "text",
    [
        "On Monday gunmen came to the Hope clinic in Exampleton and gave the nurses 48 hours to leave the town.",
        "On Monday a militia ordered the staff of the Hope clinic in Exampleton to leave within 24 hours.",
        "El lunes hombres armados llegaron al Centro de Salud de Ejemplo y le dieron 48 horas a la enfermera para "
        "abandonar el municipio.",
        "Lundi, des hommes armés sont venus au centre de santé d'Exempleville et ont donné 72 heures à l'infirmier "
        "pour quitter la localité.",
    ],
)
def test_an_ultimatum_to_leave_is_a_threat(text: str) -> None:
    """A deadline set to leave ("gave them 48 hours to leave", "le dieron 48 horas para abandonar") is a threat."""
    assert one(text).attack_types == ["threat"]


def test_a_killing_by_gunmen_told_with_an_abduction_is_gunfire() -> None:
    m = one("On Monday gunmen kidnapped a doctor of the Hope clinic in Exampleton and killed him.")
    assert sorted(m.attack_types) == ["abduction_arrest", "individual_weapons"]
    m = one("On Monday soldiers kidnapped a doctor of the Hope clinic in Exampleton and killed him.")
    assert m.attack_types == ["abduction_arrest"]  # no weapon named
    m = one("On Monday gunmen looted the Hope clinic in Exampleton.")
    assert "individual_weapons" not in m.attack_types


@pytest.mark.parametrize(
    "text",
    [
        "On Monday a nurse of the Hope clinic in Exampleton was beaten by armed security forces.",
        "On Monday a doctor was kidnapped by armed criminals at the Hope clinic in Exampleton.",
        "On Monday armed violence was reported at the Hope clinic in Exampleton and medicines were stolen.",
    ],
)
def test_actors_and_acts_told_as_armed_carry_firearms(text: str) -> None:
    assert "firearms" in weapon_classes(one(text))


def test_the_armed_forces_of_a_state_are_a_name_not_a_weapon_told() -> None:
    m = one("On Monday the Exampleland Armed Forces shelled the Hope hospital in Exampleton.")
    assert weapon_classes(m) == {"ground_launched"}


@pytest.mark.parametrize(
    "text",
    [
        "On Monday a nurse of the Hope clinic in Exampleton was attacked by relatives of a patient.",
        "On Monday a vaccination team was attacked by youths in Exampleton and two vaccinators were injured.",
    ],
)
def test_people_attacked_by_unarmed_civilians_without_means_told_is_assault(text: str) -> None:
    m = one(text)
    assert m.attack_types == ["assault"]
    assert weapon_classes(m) == {"unarmed"}


@pytest.mark.parametrize(
    "text",
    [
        "On Monday a nurse of the Hope clinic in Exampleton was attacked by soldiers.",
        "On Monday a nurse of the Hope clinic in Exampleton was attacked by armed community members.",
        "On Monday villagers attacked the Hope clinic in Exampleton.",
    ],
)
def test_no_assault_is_presumed_of_forces_armed_people_or_buildings(text: str) -> None:
    assert "assault" not in one(text).attack_types


def test_attacked_with_a_class_of_weapons_is_no_beating() -> None:
    m = one("On Monday two nurses and an ambulance of the Hope clinic were attacked with heavy weapons in Exampleton.")
    assert m.attack_types == ["heavy_weapons"]


@pytest.mark.parametrize(
    "text",
    [
        "On Monday a rioter threw a rock at an ambulance of the Hope clinic in Exampleton.",
        "On Monday a nurse of the Hope clinic in Exampleton was beaten with truncheons by police.",
        "On Monday a doctor of the Hope clinic in Exampleton was attacked with an axe.",
    ],
)
def test_blunt_and_edged_weapons_are_their_class(text: str) -> None:
    assert "blade_or_blunt" in weapon_classes(one(text))


def test_headline_act_belongs_to_the_incident_whose_body_tells_it() -> None:
    text = (
        "Clinic in Exampleton set ablaze; paramedic detained in Sampleville\n\n"
        "On Tuesday night armed men set fire to the Hope clinic in Exampleton, which was destroyed.\n\n"
        "In Sampleville, police detained a paramedic of the Mercy hospital on Wednesday."
    )
    found = {m.date: m.attack_types for m in extract(text, published=PUBLISHED)}
    assert found == {"2031-03-11": ["arson"], "2031-03-12": ["abduction_arrest"]}


def test_denied_with_a_gerund_denies_a_claim() -> None:
    m = one(
        "On Monday shells hit the Hope hospital in Exampleton. "
        "The army denied shelling civilian areas and blamed the rebels."
    )
    assert m.attack_types == ["heavy_weapons"]


@pytest.mark.parametrize(
    ("text", "kinds"),
    [
        (
            "On Monday soldiers fired tear gas at the Hope hospital in Exampleton. The gas entered the wards.",
            ["chemical"],
        ),
        (
            "Un artefacto explosivo lanzado desde un dron cayó el lunes sobre el hospital San José de Villaejemplo. "
            "No se registraron heridos.",
            ["heavy_weapons"],
        ),
        ("An explosive device dropped from a drone hit the Hope hospital in Exampleton on Monday.", ["heavy_weapons"]),
        (
            "Hombres armados quemaron el lunes una ambulancia del hospital San José en Villaejemplo y se llevaron a "
            "la enfermera.",
            ["arson", "abduction_arrest"],
        ),
    ],
)
def test_words_read_in_context(text: str, kinds: list[str]) -> None:
    """Gas that enters is no armed entry, "se registraron" records, a drone's munition is a drone strike, and
    people "se llevaron" are abducted."""
    assert one(text).attack_types == kinds


@pytest.mark.parametrize(
    ("where", "kinds"),
    [("into the courtyard of the hospital", ["chemical"]), ("inside the hospital", ["chemical", "armed_entry"])],
)
def test_gas_fired_into_a_facility_tells_no_entry_but_inside_it_does(where: str, kinds: list[str]) -> None:
    text = f"The Hope hospital in Exampleton was attacked on Monday by soldiers who fired tear gas {where}."
    assert one(text).attack_types == kinds


@pytest.mark.parametrize(
    ("text", "kinds"),
    [
        ("El lunes un grupo armado saqueó el centro de salud de Ejemplópolis.", {"looting"}),
        ("El lunes unos desconocidos robaron el ambulatorio de Ejemplópolis.", {"looting"}),
        ("El lunes hombres armados quemaron el puesto de salud de Ejemplópolis.", {"arson"}),
        ("El lunes desconocidos incendiaron una ambulancia en Ejemplópolis.", {"arson"}),
        ("El lunes hombres armados secuestraron a una enfermera del centro de salud de Ejemplópolis.", None),
        ("El lunes un sicario amenazó a la médica del centro de salud de Ejemplópolis.", {"threat"}),
        ("El lunes unos hombres amagaron al médico del centro de salud de Ejemplópolis.", {"threat"}),
        ("El lunes unos familiares golpearon a un enfermero del hospital de Ejemplópolis.", {"assault"}),
        ("Lundi, des hommes armés ont pillé le dispensaire de Villexemple.", {"looting"}),
        ("Lundi, des assaillants pillèrent le centre de santé de Villexemple.", {"looting"}),
        ("Lundi, des inconnus ont menacé l'infirmière du centre de santé de Villexemple.", {"threat"}),
        ("Lundi, des hommes ont tabassé un infirmier de l'hôpital de Villexemple.", {"assault"}),
        ("Lundi, des rebelles ont fait incursion au dispensaire de Villexemple.", {"armed_entry"}),
        (
            "Lundi, des assaillants faisant irruption au dispensaire de Villexemple ont blessé un infirmier.",
            {"armed_entry"},
        ),
        ("Lundi, des hommes armés ont visité le dispensaire de Villexemple, emportant les vaccins.", {"looting"}),
        ("Lundi, des inconnus dérobèrent les médicaments du centre de santé de Villexemple.", {"looting"}),
        ("Lundi, des miliciens sont entrés dans la salle d'hospitalisation de Villexemple.", {"armed_entry"}),
        ("Lundi, des assaillants ont ligoté le gardien du centre de santé de Villexemple.", {"assault"}),
        ("El lunes unos hombres armados maniataron al guardia del centro de salud de Ejemplópolis.", {"assault"}),
    ],
)
def test_spanish_and_french_acts_are_read_in_every_conjugation(text: str, kinds: set[str] | None) -> None:
    m = one(text)
    assert set(m.attack_types) >= (kinds or {"abduction_arrest"})


def test_guns_soldiers_carry_in_an_occupied_hospital_are_no_gunfire() -> None:
    m = one(
        "Since Saturday soldiers have been stationed inside the Exampleton teaching hospital, with soldiers with guns "
        "in its corridors and a pickup with a machine gun at its gate, a nurse said."
    )
    assert "military_use" in m.attack_types and "individual_weapons" not in m.attack_types


def test_a_military_base_fire_came_from_is_no_military_use() -> None:
    m = one(
        "On Monday artillery shells fired from a military base on the hill above the town landed in the Exampleton "
        "hospital compound, injuring three patients."
    )
    assert m.attack_types == ["heavy_weapons"]


def test_a_gun_put_to_a_head_is_a_threat() -> None:
    m = one("El lunes le pusieron una pistola en la cabeza a la enfermera del centro de salud de Ejemplópolis.")
    assert "threat" in m.attack_types


def test_a_firearm_projectile_is_a_bullet_not_a_shell() -> None:
    m = one("El lunes un proyectil de arma de fuego hirió a un médico dentro del hospital de Ejemplópolis.")
    assert "heavy_weapons" not in m.attack_types
    assert "individual_weapons" in m.attack_types


@pytest.mark.parametrize(
    ("text", "weapons"),
    [
        ("On Monday a roadside bomb hit an ambulance near Exampleton.", ["roadside bomb"]),
        ("On Monday an IED hit an ambulance near Exampleton.", ["improvised explosive device"]),
        ("Lundi, une ambulance a sauté sur un engin explosif près de Villexemple.", ["improvised explosive device"]),
        ("On Monday the Hope hospital in Exampleton was shelled; a mortar round hit its roof.", ["mortar shell"]),
    ],
)
def test_weapons_are_the_english_noun_of_the_means_most_specifically_told(text: str, weapons: list[str]) -> None:
    assert one(text).weapons == weapons


@pytest.mark.parametrize(
    "text",
    [
        "On Monday armed men stormed the Hope clinic in Exampleton and looted its pharmacy.",
        "On Monday armed men stormed the Hope clinic in Exampleton. They took medicines from the pharmacy.",
        "Lundi, des hommes armés ont fait irruption au centre de santé de Villexemple et ont pillé la pharmacie "
        "du centre.",
    ],
)
def test_the_pharmacy_of_a_clinic_is_part_of_the_clinic(text: str) -> None:
    m = one(text)
    assert m.facility_type == "primary_care"
    assert "looting" in m.attack_types


def test_a_pharmacy_of_its_own_stays_a_pharmacy() -> None:
    assert one("On Monday gunmen set fire to a pharmacy in Exampleton.").facility_type == "pharmacy"


@pytest.mark.parametrize(
    "text",
    [
        "Lundi, des hommes armés ont pillé le centre de santé intégré de Villexemple.",
        "El lunes hombres armados saquearon el ambulatorio rural de Ejemplópolis.",
        "El lunes un artefacto explosivo detonó frente al subcentro de salud de Ejemplópolis.",
    ],
)
def test_primary_care_in_french_and_spanish_names(text: str) -> None:
    assert one(text).facility_type == "primary_care"


def test_medicines_taken_to_a_place_are_a_delivery() -> None:
    m = one("On Monday gunmen shot at the Hope clinic in Exampleton after nurses took medicines to the village.")
    assert "looting" not in m.attack_types


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("On Monday armed men went to two health centres in Exampleton and ordered the staff to leave.", "threat"),
        (
            "Lundi, des hommes armés ont ordonné au personnel de quitter le dispensaire de Villexemple.",
            "threat",
        ),
        (
            "El lunes pandilleros ordenaron al personal abandonar el centro de salud de Ejemplópolis.",
            "threat",
        ),
        (
            "On Monday residents of a village near Exampleton held a team of four vaccinators until Tuesday.",
            "abduction_arrest",
        ),
        ("Four vaccinators were held by villagers in Exampleton on Monday.", "abduction_arrest"),
        (
            "Lundi, une aide-soignante du centre de santé de Villexemple a été violée par deux hommes armés.",
            "sexual_violence",
        ),
    ],
)
def test_orders_to_leave_holding_people_and_health_workers_in_other_words(text: str, kind: str) -> None:
    assert kind in one(text).attack_types


def test_a_fire_service_held_up_is_no_obstruction() -> None:
    text = "On Monday gunmen set fire to the Hope clinic in Exampleton. Fire tenders could not reach it for two hours."
    assert one(text).attack_types == ["arson"]


def test_acts_before_a_question_keep_the_sentence_s_own_time() -> None:
    text = (
        "On Monday armed men forced their way into the Hope clinic in Exampleton. They beat the guard and "
        "threatened the nurses, and asked whether a wounded fighter had been admitted."
    )
    assert set(one(text).attack_types) >= {"assault", "threat"}


@pytest.mark.parametrize(
    ("text", "weapons"),
    [
        (
            "El lunes un hombre disparó con un arma de fuego contra un médico en el hospital de Ejemplópolis.",
            ["firearm"],
        ),
        ("Lundi, un homme a tiré avec un pistolet sur un infirmier du dispensaire de Villexemple.", ["pistol"]),
    ],
)
def test_weapons_named_in_other_languages_are_english_nouns(text: str, weapons: list[str]) -> None:
    assert [w for w in one(text).weapons if w != "gunfire"] == weapons


@pytest.mark.parametrize(
    "text",
    [
        "No one has attacked the Hope hospital in Exampleton, its director said on Monday.",
        "Gunfire has been heard near the Hope hospital in Exampleton since Monday, its director said.",
        "Ces derniers mois, plusieurs centres de santé du nord ont été la cible d'attaques et de menaces.",
        "In recent months, clinics in the north have faced threats from armed groups, the ministry said.",
    ],
)
def test_no_act_done_heard_or_told_over_months_in_general_is_no_incident(text: str) -> None:
    assert extract(text, published=PUBLISHED) == []


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        (
            "Lundi, des proches d'un patient ont saccagé le service des urgences de l'hôpital de Villexemple.",
            "armed_entry",
        ),
        ("El lunes hombres armados forzaron la puerta del centro de salud de Ejemplópolis.", "armed_entry"),
        ("On Monday gunmen broke down the door of the Hope clinic in Exampleton.", "armed_entry"),
        (
            "On Monday gunmen held up an ambulance of the Hope hospital near Exampleton and drove off with it.",
            "looting",
        ),
        ("On Monday armed men raided the Hope clinic in Exampleton and took boxes of medicines.", "looting"),
        (
            "El lunes tres enfermeros del centro de salud de Ejemplópolis fueron retenidos por vecinos.",
            "abduction_arrest",
        ),
    ],
)
def test_entries_thefts_and_holds_in_other_words(text: str, kind: str) -> None:
    assert kind in one(text).attack_types


@pytest.mark.parametrize(
    ("text", "kinds"),
    [
        ("في 10 آذار 2031 داهم مسلحون مستشفى الأمل ونهبوا الأدوية.", {"armed_entry", "looting"}),
        ("في 10 آذار 2031 اقتحم جنود مستشفى الأمل وخطفوا طبيبين.", {"armed_entry", "abduction_arrest"}),
        ("في 10 آذار 2031 اعتدى جنود بالضرب على ممرضين في مستشفى الأمل.", {"assault"}),
        ("في 10 آذار 2031 أطلق عناصر الميليشيا النار داخل مستشفى الأمل.", {"individual_weapons"}),
    ],
)
def test_arabic_acts_are_read_in_the_plural_and_with_their_object(text: str, kinds: set[str]) -> None:
    assert set(one(text, language="ar").attack_types) >= kinds


@pytest.mark.parametrize(
    "text",
    [
        "On Monday two bombs were dropped on the Hope hospital in Exampleton, killing a nurse.",
        "On Monday an army jet bombed the Hope hospital in Exampleton.",
        "Lundi, un avion a largué deux bombes sur l'hôpital de Villexemple.",
    ],
)
def test_bombs_dropped_or_from_a_jet_are_an_airstrike(text: str) -> None:
    m = one(text)
    assert (m.attack_types, m.weapons) == (["heavy_weapons"], ["airstrike"])


@pytest.mark.parametrize(
    "text",
    [
        "On Monday a drone hit an ambulance of the Hope hospital near Exampleton. The ambulance was burned out.",
        "On Monday shells landed in the courtyard of the Hope hospital in Exampleton, setting two cars on fire.",
        "Lundi, une roquette a touché le centre de santé de Villexemple et l'a incendié.",
    ],
)
def test_a_fire_a_strike_set_is_no_arson(text: str) -> None:
    assert one(text).attack_types == ["heavy_weapons"]


@pytest.mark.parametrize(
    ("text", "kinds"),
    [
        ("On Monday troops besieged the Hope hospital in Exampleton.", ["obstruction"]),
        (
            "On Monday soldiers surrounded the Hope clinic in Exampleton, raided it and arrested two nurses.",
            ["armed_entry", "abduction_arrest"],
        ),
    ],
)
def test_a_clinic_surrounded_to_raid_it_is_no_obstruction_of_its_own(text: str, kinds: list[str]) -> None:
    assert one(text).attack_types == kinds


def test_restricted_tells_an_obstruction_only_of_access() -> None:
    text = (
        "Phone lines remain restricted in the district. On Monday a drone hit an ambulance of the Hope hospital "
        "near Exampleton."
    )
    assert one(text).attack_types == ["heavy_weapons"]
    text = "On Monday soldiers restricted access to the Hope hospital in Exampleton."
    assert one(text).attack_types == ["obstruction"]


def test_a_bomb_that_exploded_is_still_an_explosive_device() -> None:
    assert one("On Monday a bomb exploded at the Hope hospital in Exampleton.").attack_types == ["explosive_device"]


@pytest.mark.parametrize(
    "text",
    [
        "On Monday soldiers beat two paramedics of the Hope hospital in Exampleton with rifle butts.",
        "Lundi, des soldats ont frappé un infirmier du centre de santé de Villexemple à coups de crosse.",
        "El lunes soldados golpearon con culatas de fusil a un enfermero del hospital de Ejemplópolis.",
    ],
)
def test_a_gun_used_as_a_club_is_an_assault_not_gunfire(text: str) -> None:
    m = one(text)
    assert (m.attack_types, m.weapons) == (["assault"], [])
    assert "firearms" in weapon_classes(m)


@pytest.mark.parametrize(
    ("text", "weapon"),
    [
        ("في 10 آذار 2031 استهدفت طائرة حربية مستشفى الأمل بصاروخين.", "missile"),
        ("في 10 آذار 2031 سقطت قذيفتان على مستشفى الأمل.", "shell"),
    ],
)
def test_arabic_weapons_in_the_dual(text: str, weapon: str) -> None:
    assert weapon in one(text, language="ar").weapons


def test_an_arabic_drone_launched_is_a_drone_not_gunfire() -> None:
    m = one(
        "في 10 آذار 2031 استهدفت طائرة مسيرة سيارة إسعاف قرب القرية، والجهة التي أطلقت المسيرة مجهولة.", language="ar"
    )
    assert m.attack_types == ["heavy_weapons"]
    assert m.weapons == ["drone"]


def test_an_ambulance_held_at_a_roadblock_is_no_abduction() -> None:
    m = one("El lunes una ambulancia del hospital de Ejemplópolis fue retenida durante dos horas en un retén.")
    assert "abduction_arrest" not in m.attack_types


@pytest.mark.parametrize(
    "text",
    [
        "El lunes vecinos retuvieron al equipo de una clínica móvil en Ejemplópolis y quemaron el vehículo de "
        "la clínica.",
        "On Monday villagers burnt the vehicle of a mobile clinic near Exampleton; the clinic's staff fled.",
        "On Monday a roadside bomb damaged a mobile clinic vehicle of a health charity near Exampleton.",
    ],
)
def test_a_facility_told_again_by_its_head_noun_is_the_one_named_before(text: str) -> None:
    assert one(text).facility_type == "mobile_clinic"


def test_patients_named_by_their_gunshot_wounds_are_no_gunfire() -> None:
    text = (
        "On Monday police arrested a doctor at the Hope hospital in Exampleton for listing patients wounded by gunfire."
    )
    assert one(text).attack_types == ["abduction_arrest"]


def test_a_health_worker_raped_as_the_passive_subject_far_from_the_verb() -> None:
    text = (
        "Lundi, à Villexemple, une sage-femme qui rentrait chez elle après sa garde de nuit a été violée par des "
        "hommes."
    )
    assert one(text).attack_types == ["sexual_violence"]


def test_threats_told_in_several_places_in_general_are_no_incident() -> None:
    text = "Des menaces contre des agents de santé ont été signalées dans plusieurs communes du nord."
    assert extract(text, published=PUBLISHED) == []


@pytest.mark.parametrize(
    "text",
    [
        "In March, partners reported 9 incidents. They included threats against staff (5 incidents), intrusions "
        "into clinics (3) and a theft of medical supplies.",
        "No health worker was killed in the camps in March.",
    ],
)
def test_acts_tallied_in_brackets_and_harm_to_no_one_are_no_incident(text: str) -> None:
    assert extract(text, published=PUBLISHED) == []


def test_a_headline_act_goes_to_the_incident_that_tells_it_not_to_one_with_a_word_that_tells_no_act() -> None:
    text = (
        "Mob burns clinic in Exampleton; ambulance held at blockade near Sampleville\n\n"
        "A mob set fire to the Hope clinic in Exampleton on Monday night. Fire tenders could not reach the clinic "
        "for an hour.\n\n"
        "On Tuesday, an ambulance was blocked for three hours at a blockade near Sampleville."
    )
    found = {m.facility_type: m.attack_types for m in extract(text, published=PUBLISHED)}
    assert found["primary_care"] == ["arson"]
    assert found["ambulance"] == ["obstruction"]


@pytest.mark.parametrize(
    "text",
    [
        "On Monday a drone struck the Hope hospital in Exampleton. Our monitors counted dozens of incidents in nine "
        "countries, from airstrikes on hospitals to arrests of nurses.",
        "On Monday a drone struck the Hope hospital in Exampleton. Shelling remained the deadliest threat, but arrests "
        "of health workers and the occupation of clinics by troops were also common.",
        "Lundi, un drone a touché l'hôpital de Exampleville. Les arrestations de médecins et le pillage de centres de "
        "santé par des soldats étaient courants.",
        "El lunes, un dron alcanzó el hospital de Exampleville. Los secuestros de médicos y los saqueos de centros de "
        "salud por hombres armados siguen.",
    ],
)
def test_a_kind_of_act_named_by_its_class_of_targets_adds_no_type(text: str) -> None:
    m = one(text)
    assert m.attack_types == ["heavy_weapons"]
    assert m.weapons == ["drone"]


@pytest.mark.parametrize(
    "text",
    [
        "Lundi, une ambulance du centre de santé de Exampleville a été arrêtée par des hommes armés qui ont volé les "
        "téléphones de l'équipe.",
        "El lunes, hombres armados detuvieron una ambulancia del hospital de Exampleville en un retén ilegal y "
        "robaron los teléfonos del conductor.",
        "On Monday an ambulance of the Hope clinic was detained by gunmen near Exampleton, who stole the crew's "
        "phones.",
    ],
)
def test_a_vehicle_arrested_is_stopped_nobody_arrested(text: str) -> None:
    assert one(text).attack_types == ["looting"]


@pytest.mark.parametrize(
    ("text", "kinds"),
    [
        ("Lundi, une ambulance du centre de santé de Exampleville a été arrêtée par des soldats.", ["obstruction"]),
        ("El lunes, soldados detuvieron una ambulancia del hospital de Exampleville.", ["obstruction"]),
        ("On Monday soldiers detained an ambulance of the Hope clinic near Exampleton.", ["obstruction"]),
        ("On Monday soldiers detained a nurse and an ambulance of the Hope clinic.", ["abduction_arrest"]),
        # a mobile clinic rides like an ambulance
        (
            "Lundi, la clinique mobile de l'ONG a été arrêtée à un barrage tenu par des militaires près de Sampleville",
            ["obstruction"],
        ),
    ],
)
def test_a_vehicle_arrested_alone_is_stopped_or_held(text: str, kinds: list[str]) -> None:
    assert one(text).attack_types == kinds


@pytest.mark.parametrize(
    ("text", "kinds", "abducted"),
    [
        (
            "El lunes, una enfermera del hospital de Exampleville fue retenida por hombres armados.",
            ["abduction_arrest"],
            None,
        ),
        (
            "Lundi, l'infirmier du centre de santé de Exampleville a été retenu par des hommes armés.",
            ["abduction_arrest"],
            None,
        ),
        (
            "El lunes, una ambulancia del hospital de Exampleville fue retenida por hombres armados.",
            ["obstruction"],
            None,
        ),
        ("Lundi, l'ambulance du centre de santé de Exampleville a été retenue par des soldats.", ["obstruction"], None),
    ],
)
def test_a_person_held_is_abducted_a_vehicle_held_stopped(text: str, kinds: list[str], abducted: int | None) -> None:
    """The holding words of a roadblock ("fue retenida", "a été retenu") hold a vehicle or a person: a person held
    by armed men is abducted (not counted: the word alone does not tell a person from a vehicle)."""
    m = one(text)
    assert (m.attack_types, m.abducted) == (kinds, abducted)


@pytest.mark.parametrize(
    "text",
    [
        "Lundi, deux infirmières du centre de santé de Exampleville ont été arrêtées par des soldats.",
        "On Monday soldiers detained an ambulance driver of the Hope clinic near Exampleton.",
        "On Monday police apprehended two nurses at the Hope clinic in Exampleton.",
        "Lundi, deux infirmières ont été emmenées par des hommes armés du centre de santé de Exampleville.",
    ],
)
def test_people_arrested_or_taken_away_are_abducted_or_arrested(text: str) -> None:
    assert "abduction_arrest" in one(text).attack_types


@pytest.mark.parametrize(
    "text",
    [
        "Lundi, des obus sont tombés sur l'hôpital de Exampleville. Les tirs ont touché la maternité.",
        "On Monday rockets hit the Hope hospital in Exampleton. Troops fired at the hospital again an hour later.",
    ],
)
def test_firing_words_launch_the_heavy_weapon_the_incident_names(text: str) -> None:
    assert one(text).attack_types == ["heavy_weapons"]


@pytest.mark.parametrize(
    "text",
    [
        "On Monday police detained two doctors inside the Hope hospital in Exampleton at the end of their shift.",
        "El lunes, agentes de policía detuvieron a dos médicos dentro de las instalaciones del hospital de "
        "Exampleville.",
        "On Monday militiamen killed a nurse in an attack on the Exampleton health centre.",
        "Lundi, une infirmière a été tuée par des miliciens dans l'attaque du centre de santé de Exampleville.",
        "On Monday gunmen opened fire from a hillock overlooking the Exampleton hospital, wounding a nurse.",
    ],
)
def test_an_arrest_inside_or_an_attack_on_a_facility_tells_no_entry(text: str) -> None:
    assert "armed_entry" not in one(text).attack_types


@pytest.mark.parametrize(
    ("text", "kinds"),
    [
        ("Lundi, un drone a frappé l'hôpital de Exampleville.", ["heavy_weapons"]),
        ("Lundi, l'hôpital de Exampleville a été frappé par un obus.", ["heavy_weapons"]),
        ("El lunes, un dron golpeó el hospital de Exampleville.", ["heavy_weapons"]),
        ("Lundi, des soldats ont frappé une infirmière du centre de santé de Exampleville.", ["assault"]),
    ],
)
def test_a_weapon_that_strikes_is_no_beating(text: str, kinds: list[str]) -> None:
    assert one(text).attack_types == kinds


@pytest.mark.parametrize(
    ("text", "kinds"),
    [
        (
            "On Monday soldiers stopped an ambulance of the Hope clinic at a checkpoint near Exampleton, searched the "
            "vehicle and kept it there for two hours.",
            ["obstruction"],
        ),
        (
            "Lundi, des soldats ont fouillé l'ambulance du centre de santé de Exampleville et l'ont retenue à un "
            "barrage pendant deux heures.",
            ["obstruction"],
        ),
        (
            "On Monday soldiers stopped an ambulance of the Hope clinic near Exampleton, searched the vehicle and beat "
            "the driver.",
            ["armed_entry", "assault"],
        ),
        ("On Monday soldiers searched the Hope clinic in Exampleton.", ["armed_entry"]),
    ],
)
def test_a_vehicle_searched_at_a_stop_without_violence_is_obstruction(text: str, kinds: list[str]) -> None:
    assert sorted(one(text).attack_types) == kinds


@pytest.mark.parametrize(
    ("text", "weapon"),
    [
        ("On Monday tank fire hit the Hope hospital in Exampleton.", "tank"),
        ("On Monday tank shells struck the Hope hospital in Exampleton.", "tank shell"),
        ("Lundi, des tirs de char ont touché l'hôpital de Exampleville.", "tank"),
        ("El lunes, fuego de tanques alcanzó el hospital de Exampleville.", "tank"),
    ],
)
def test_fire_from_a_tank_names_the_tank(text: str, weapon: str) -> None:
    m = one(text)
    assert (m.attack_types, m.weapons) == (["heavy_weapons"], [weapon])


@pytest.mark.parametrize(
    "text",
    [
        "On Monday a drone struck the Hope hospital in Exampleton. The town is shelled almost every day.",
        "Lundi, un drone a touché l'hôpital de Exampleville. Des obus tombent sur la ville tous les jours.",
        "El lunes, un dron alcanzó el hospital de Exampleville. Los obuses caen sobre el pueblo a diario.",
    ],
)
def test_acts_told_as_habitual_lend_no_type_to_the_neighbours_act(text: str) -> None:
    m = one(text)
    assert (m.attack_types, m.weapons) == (["heavy_weapons"], ["drone"])


@pytest.mark.parametrize(
    ("text", "kinds"),
    [
        (
            "On Monday gunmen broke into the Hope clinic in Exampleton and carried off medicines.",
            ["armed_entry", "looting"],
        ),
        (
            "On Monday gunmen stormed the Hope clinic in Exampleton and carried off two nurses.",
            ["abduction_arrest", "armed_entry"],
        ),
    ],
)
def test_carried_off_is_looted_or_abducted(text: str, kinds: list[str]) -> None:
    assert sorted(one(text).attack_types) == kinds


def test_a_headline_act_told_of_another_place_goes_to_that_place() -> None:
    found = extract(
        "Drone strike on Exampleton hospital kills two; clinic looted in Sampleville\n\nA drone strike hit the Hope "
        "hospital in Exampleton on Monday, killing two people. Also on Monday, soldiers broke into the Star clinic in "
        "Sampleville and carried off medicines.",
        published=PUBLISHED,
    )
    assert sorted(sorted(m.attack_types) for m in found) == [["armed_entry", "looting"], ["heavy_weapons"]]


@pytest.mark.parametrize(
    "text",
    [
        "On Monday troops set fire to the village's health centre and to twenty houses near Exampleton.",
        "On Monday soldiers raided the town's only clinic in Exampleton.",
    ],
)
def test_a_place_in_the_possessive_owns_the_facility_it_is_no_dwelling_entered_or_burnt(text: str) -> None:
    assert one(text).attack_types in (["arson"], ["armed_entry"])


@pytest.mark.parametrize(
    ("text", "kinds"),
    [
        (
            "On Monday a strike on a residential building next to the Star Hospital in Exampleton blew in the "
            "hospital's windows and injured two nurses.",
            ["heavy_weapons"],
        ),
        (
            "The Star Hospital in Exampleton had already been damaged in March 2030, after a chemical weapons strike "
            "on the town.",
            [],
        ),
    ],
)
def test_a_strike_far_from_the_facility_is_the_means_of_the_harm_told(text: str, kinds: list[str]) -> None:
    assert one(text).attack_types == kinds


@pytest.mark.parametrize(
    ("text", "kinds"),
    [
        ("نهب مسلحون مركزاً صحياً في بلدة إكزامبل يوم الاثنين.", ["looting"]),  # gunmen carry, no gunfire told
        ("مسلحون ينهبون مركزاً صحياً قرب إكزامبل", ["looting"]),
        ("أطلق مسلحون النار على سيارة إسعاف قرب بلدة إكزامبل يوم الاثنين.", ["individual_weapons"]),
        # "a statement issued by": no confiscation
        ("تصريح صادر عن جمعية الإسعاف\n\nاعتقلت القوات يوم الاثنين طاقم إسعاف قرب بلدة إكزامبل.", ["abduction_arrest"]),
    ],
)
def test_arabic_gunmen_carry_guns_and_issued_is_no_confiscation(text: str, kinds: list[str]) -> None:
    m = one(text)
    assert m.attack_types == kinds


@pytest.mark.parametrize(
    ("text", "kinds", "weapons"),
    [
        (
            "On Monday ten agents carrying pistols entered the Star hospital in Exampleton and arrested two doctors.",
            ["abduction_arrest", "armed_entry"],
            ["pistol"],
        ),
        (
            "El lunes, tres hombres con armas largas secuestraron a un médico del centro de salud de Exampleville.",
            ["abduction_arrest"],
            ["rifle"],
        ),
        (
            "On Monday men armed with sticks and knives attacked the Exampleton health post.",
            ["individual_weapons"],
            ["knife", "stick"],
        ),
    ],
)
def test_weapons_carried_are_named_and_used_only_with_harm_or_an_attack(
    text: str, kinds: list[str], weapons: list[str]
) -> None:
    m = one(text)
    assert (sorted(m.attack_types), sorted(m.weapons)) == (kinds, weapons)


@pytest.mark.parametrize(
    "call",
    [
        "We ask the authorities to act:\n- release health workers detained for their medical work;\n- stop attacks on "
        "ambulances.",
        "Nous demandons aux parties de :\n- libérer les soignants détenus ;\n- cesser les attaques contre les "
        "hôpitaux.",
        "Pedimos a las partes:\n- liberen a los médicos detenidos;\n- cesen los ataques contra los hospitales.",
    ],
)
def test_a_call_opening_on_an_imperative_tells_no_act(call: str) -> None:
    m = one(f"On Monday a drone struck the Hope hospital in Exampleton.\n\n{call}")
    assert m.attack_types == ["heavy_weapons"]


@pytest.mark.parametrize(
    "text",
    [
        "In March soldiers occupied the Exampleton hospital and used it as a barracks and as a position for artillery.",
        "En mars, des soldats ont occupé l'hôpital de Exampleville et y ont installé des positions de mortiers.",
    ],
)
def test_a_weapon_named_as_a_military_position_is_a_use_no_strike(text: str) -> None:
    m = one(text)
    assert (m.attack_types, m.weapons) == (["military_use"], [])


@pytest.mark.parametrize(
    ("text", "kinds"),
    [
        (
            "On Monday two vaccinators of the Exampleton health office were taken by armed men on motorcycles.",
            ["abduction_arrest"],
        ),
        ("On Monday two trucks of medical supplies were taken by armed men near the Exampleton hospital.", ["looting"]),
    ],
)
def test_what_a_passive_agent_rides_is_not_what_was_taken(text: str, kinds: list[str]) -> None:
    assert one(text).attack_types == kinds


def test_a_headline_act_is_read_against_the_acts_the_body_tells_as_the_incidents_read_them() -> None:
    found = extract(
        "Exampleville : un centre de santé pillé, deux infirmières emmenées par des hommes armés\n\n"
        "Des hommes armés ont attaqué lundi soir le centre de santé de Exampleville. Ils ont emporté les médicaments "
        "et ont cassé les fenêtres.\n\n"
        "Lundi, à Sampleville, une ambulance de la zone de santé qui transportait une femme en travail a été arrêtée "
        "par trois hommes en tenue militaire qui ont dépouillé le chauffeur de son téléphone.",
        published=PUBLISHED,
    )
    kinds = {m.facility_type: sorted(m.attack_types) for m in found}
    # the ambulance was stopped, nobody arrested: the headline's abduction is the health centre's
    assert kinds == {"primary_care": ["abduction_arrest", "looting"], "ambulance": ["looting"]}


@pytest.mark.parametrize(
    ("text", "kinds"),
    [
        (
            "On Monday the mobile clinic of the Exampleton hospital was shelled near Sampleville; the team could not "
            "reach four villages for two weeks.",
            ["heavy_weapons"],
        ),
        (
            "On Monday soldiers blocked the road and the Exampleton ambulance could not reach the wounded.",
            ["obstruction"],
        ),
    ],
)
def test_care_unable_to_get_through_after_a_strike_is_its_consequence(text: str, kinds: list[str]) -> None:
    assert one(text).attack_types == kinds


@pytest.mark.parametrize(
    ("text", "entered"),
    [
        ("On Monday police detained a doctor inside the Star hospital in Exampleton.", False),
        ("On Monday militants detained a doctor inside the Star hospital in Exampleton.", True),  # a kidnapping
    ],
)
def test_an_arrest_inside_a_facility_is_an_entry_only_when_an_armed_group_makes_it(text: str, entered: bool) -> None:
    assert ("armed_entry" in one(text).attack_types) is entered


@pytest.mark.parametrize(
    ("text", "kinds"),
    [
        (
            "Lundi, l'hôpital de Exampleville a fermé après des menaces. « Nous avons tenu plus d'un an sous les "
            "bombardements, mais les malades ne sont plus en sécurité », a dit le directeur.",
            ["threat"],
        ),
        (
            'On Monday the Star hospital in Exampleton was threatened by a caller. "We worked for months under the '
            'shelling and stayed open," its director said.',
            ["threat"],
        ),
        ("On Monday the Star hospital in Exampleton came under shelling for the third time.", ["heavy_weapons"]),
    ],
)
def test_strikes_told_as_a_lasting_condition_are_no_act_of_the_incident(text: str, kinds: list[str]) -> None:
    assert one(text).attack_types == kinds


@pytest.mark.parametrize(
    ("text", "kinds"),
    [
        (
            "On Monday soldiers pointed their guns at nurses of the Star hospital in Exampleton and arrested two "
            "patients being treated for gunshot wounds.",
            ["abduction_arrest", "threat"],
        ),
        ("On Monday gunmen at the Star hospital in Exampleton wounded a nurse.", ["individual_weapons"]),
    ],
)
def test_a_wound_being_treated_is_no_harm_done_by_the_armed_men(text: str, kinds: list[str]) -> None:
    assert sorted(one(text).attack_types) == kinds


@pytest.mark.parametrize(
    "text",
    [
        "On Monday militiamen looted the Exampleton health centre. Its walls still carry the marks of old bullets.",
        "Lundi, des miliciens ont pillé le centre de santé de Exampleville, dont les murs portent d'anciens impacts de "
        "balles.",
    ],
)
def test_a_weapon_told_as_old_is_no_act_of_the_incident(text: str) -> None:
    m = one(text)
    assert (m.attack_types, m.weapons) == (["looting"], [])


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("On Monday soldiers came to apprehend two nurses at the Exampleton hospital and drove them off.", "en"),
        ("El lunes unos soldados arrestaron a dos enfermeras en el hospital de Ejemplo.", "es"),
        ("El lunes hombres armados raptaron a dos enfermeras del hospital de Ejemplo.", "es"),
        ("Lundi, une infirmière de l'hôpital d'Exempleville a été détenue par des soldats.", "fr"),
    ],
)
def test_every_form_of_an_arrest_counted_is_an_arrest(text: str, language: str) -> None:
    m = one(text, language=language)
    assert "abduction_arrest" in m.attack_types and m.abducted


def test_suspects_arrested_after_the_act_tell_no_arrest() -> None:
    m = one(
        "On Monday relatives of a patient beat a nurse at the Exampleton hospital. Police arrived an hour later "
        "and detained three men."
    )
    assert "abduction_arrest" not in m.attack_types and "assault" in m.attack_types


def test_suspects_arrested_the_next_day_tell_no_arrest() -> None:
    m = one(
        "On Monday armed men stormed the Exampleton hospital and beat a nurse. The security service said on "
        "Tuesday that it had arrested two suspects."
    )
    assert m.attack_types == ["armed_entry", "assault"] and m.abducted is None


@pytest.mark.parametrize(
    ("text", "types", "damage", "service"),
    [
        (
            "No domingo, homens armados invadiram o centro de saúde de Kelbo, dispararam para o ar, levaram os "
            "medicamentos e incendiaram o edifício. O centro de saúde está encerrado.",
            {"armed_entry", "individual_weapons", "looting", "arson"},
            "damaged",
            "closed",
        ),
        (
            "No domingo, insurgentes queimam o posto de saúde de Kelbo e raptam uma enfermeira. O posto de saúde "
            "ficou reduzido a cinzas.",
            {"arson", "abduction_arrest"},
            "destroyed",
            "closed",
        ),
        ("No domingo, uma enfermeira do hospital de Kelbo recebeu ameaças de morte.", {"threat"}, None, None),
    ],
)
def test_portuguese_acts(text: str, types: set[str], damage: str | None, service: str | None) -> None:
    found = extract(text, "2031-03-12", "pt")
    assert len(found) == 1
    assert (set(found[0].attack_types), found[0].facility_damage, found[0].service_impact) == (types, damage, service)


@pytest.mark.parametrize(
    ("text", "language", "types"),
    [
        (
            "El 10 de marzo de 2031 la policía lanzó bombas lacrimógenas dentro del hospital de Kelbo.",
            "es",
            {"chemical"},
        ),
        ("في 10 آذار 2031 أطلق الجنود الغاز المسيل للدموع داخل مستشفى الأمل.", "ar", {"chemical"}),
        (
            "On 10 March 2031 an ambulance carrying a patient was held for three hours at a checkpoint near Kelbo.",
            "en",
            {"obstruction"},
        ),
        ("في 10 آذار 2031 مُنعت سيارة إسعاف من الوصول إلى جريح قرب نابلس.", "ar", {"obstruction"}),
        (
            "On 10 March 2031 the Kelbo medical warehouse was broken into and emptied by fighters; a generator was "
            "taken.",
            "en",
            {"armed_entry", "looting"},
        ),
        ("On 10 March 2031 militiamen forced the main gate of the Orvan hospital.", "en", {"armed_entry"}),
        # care out of reach and rescuers in the rubble tell no obstruction and no armed search
        (
            "On 10 March 2031 gunmen set fire to the health post in Kelbo. The 4,000 villagers it served have no "
            "access to services.",
            "en",
            {"arson"},
        ),
        (
            "On 10 March 2031 an airstrike hit the Orvan clinic. Rescuers were still searching the rubble at night.",
            "en",
            {"heavy_weapons"},
        ),
    ],
)
def test_acts_told_in_other_words(text: str, language: str, types: set[str]) -> None:
    found = extract(text, "2031-03-12", language)
    assert len(found) == 1
    assert set(found[0].attack_types) == types


@pytest.mark.parametrize(
    ("text", "types", "damage"),
    [
        # fire set to a facility that did not take hold is arson, with no damage; its authors chased off threaten no one
        (
            "On 10 March 2031 two men poured petrol on an ambulance of the Orvan hospital and tried to set it alight, "
            "but were chased off by residents. The ambulance was not damaged.",
            {"arson"},
            "none",
        ),
        ("On 10 March 2031 armed men tried to set fire to the pharmacy of the Orvan hospital.", {"arson"}, None),
        # an attempt against people stays a threat
        ("On 10 March 2031 gunmen tried to kidnap a nurse at the Orvan clinic.", {"threat"}, None),
    ],
)
def test_attempted_fire(text: str, types: set[str], damage: str | None) -> None:
    found = extract(text, "2031-03-12", "en")
    assert len(found) == 1
    assert (set(found[0].attack_types), found[0].facility_damage) == (types, damage)


@pytest.mark.parametrize(
    ("text", "language", "types", "damage"),
    [
        # the neighbourhood a facility stands in is not what was burnt
        (
            "Dans la nuit du 10 mars 2031, c'est un centre de santé du quartier de Kelbo qui a été incendié par des "
            "bandits.",
            "fr",
            {"arson"},
            "damaged",
        ),
        # homes burnt in a clause of their own leave the facility's damage untold
        (
            "On 10 March 2031 a health centre in the village of Kelbo was looted and homes in the village were set "
            "on fire.",
            "en",
            {"looting"},
            None,
        ),
    ],
)
def test_facility_in_a_place_and_homes_apart(text: str, language: str, types: set[str], damage: str | None) -> None:
    found = extract(text, "2031-03-12", language)
    assert len(found) == 1
    assert (set(found[0].attack_types), found[0].facility_damage) == (types, damage)


def test_a_weapon_told_as_a_state_is_no_act() -> None:
    text = (
        "On 10 March 2031 a mortar shell hit the Orvan hospital, wounding a guard.\n\n"
        'A surgeon there wrote to us: "The difference now is the drones. Before, you heard the planes."'
    )
    found = extract(text, "2031-03-12", "en")
    assert [m.weapons for m in found] == [["mortar shell"]]


@pytest.mark.parametrize(
    ("text", "types"),
    [
        # the air raid told again, and a town captured, are no armed entry and no looting
        (
            "On 10 March 2031 a jet dropped two bombs on the Orvan hospital, which had been run by the local "
            "council since the town was captured in May. A doctor who survived the raid said the roof was marked.",
            {"heavy_weapons"},
        ),
        # a raid on the ground stays one
        (
            "On 10 March 2031 an airstrike hit the Orvan hospital. Hours later soldiers raided the hospital.",
            {"heavy_weapons", "armed_entry"},
        ),
    ],
)
def test_air_raid_and_town_captured(text: str, types: set[str]) -> None:
    found = extract(text, "2031-03-12", "en")
    assert len(found) == 1
    assert set(found[0].attack_types) == types


def test_order_to_leave_given_to_a_list_of_people() -> None:
    text = "On 10 March 2031 fighters burnt down the Orvan health centre after ordering patients and staff to leave."
    found = extract(text, "2031-03-12", "en")
    assert len(found) == 1
    assert set(found[0].attack_types) == {"arson", "threat"}


@pytest.mark.parametrize(
    ("text", "language", "types"),
    [
        # an ambulance held for hours at a checkpoint, however long the hours are told
        (
            "On 10 March 2031 an ambulance carrying a patient to Orvan was held for two and a half hours at a "
            "military checkpoint near Kelbo.",
            "en",
            {"obstruction"},
        ),
        # care given to people wounded by gunfire is no gunfire at the facility
        (
            "Le 10 mars 2031, le titulaire du centre de santé de Kelbo a été interpellé pour avoir prodigué des soins "
            "à des personnes blessées par balle.",
            "fr",
            {"abduction_arrest"},
        ),
        # the attackers arrested afterwards are no victims of an arrest
        (
            "في 10 آذار 2031 تعرض طبيب في مستشفى الأمل للاعتداء بالضرب. وقالت الشرطة إنها اعتقلت اثنين من المعتدين.",
            "ar",
            {"assault"},
        ),
    ],
)
def test_held_cared_for_and_suspects(text: str, language: str, types: set[str]) -> None:
    found = extract(text, "2031-03-12", language)
    assert len(found) == 1
    assert set(found[0].attack_types) == types


@pytest.mark.parametrize(
    ("text", "language"),
    [
        (
            "Le 10 mars 2031, des assaillants ont fait irruption à l'hôpital de Kelbo avant d'incendier le pavillon de "
            "pédiatrie et deux maisons voisines.",
            "fr",
        ),
        ("On 10 March 2031 gunmen stormed the Orvan hospital and burned its surgical wing and two houses.", "en"),
    ],
)
def test_a_part_burnt_with_homes_is_arson(text: str, language: str) -> None:
    found = extract(text, "2031-03-12", language)
    assert len(found) == 1
    assert "arson" in found[0].attack_types
    assert found[0].facility_damage == "damaged"


# Seventh round (SHCC rows read by class, 26 November): each class with sentences of its own.


@pytest.mark.parametrize(
    "text",
    [
        "On Monday a nurse was punched at the Hope clinic in Exampleton. The perpetrator was later arrested by police.",
        "On Monday a driver of the Exampleton hospital was beaten by a visitor. Police arrested the attacker there.",
    ],
)
def test_the_attackers_arrested_are_no_arrest(text: str) -> None:
    m = one(text)
    assert m.attack_types == ["assault"]
    assert not m.abducted


def test_suspects_arrested_in_a_raid_stay_arrested() -> None:
    m = one("On Monday soldiers searched the Exampleton hospital and detained three suspects being treated there.")
    assert "abduction_arrest" in m.attack_types


@pytest.mark.parametrize(
    ("text", "language"),
    [
        (
            "On Monday gunmen fired at the Hope hospital in Exampleton. Such attacks illustrate the range of threats "
            "health workers face.",
            "en",
        ),
        (
            "El lunes hombres armados dispararon contra el hospital de Exampleton. El personal recibe amenazas con "
            "frecuencia.",
            "es",
        ),
    ],
)
def test_threats_told_as_a_kind_or_a_habit_are_no_threat_made(text: str, language: str) -> None:
    m = one(text, language=language)
    assert m.attack_types == ["individual_weapons"]


def test_a_bomb_threat_is_a_threat_and_no_explosive() -> None:
    m = one("On Monday the Hope hospital in Exampleton received a bomb threat and was evacuated.")
    assert m.attack_types == ["threat"] and m.weapons == []


def test_threaten_in_the_present_tense() -> None:
    m = one("On Monday gunmen stormed the Hope clinic in Exampleton and threaten its nurses.")
    assert "threat" in m.attack_types


@pytest.mark.parametrize(
    ("text", "attack_types", "classes"),
    [
        # an ambush carries firearms, whatever the act
        (
            "On Monday an ambulance of the Hope clinic was ambushed near Exampleton and two nurses were kidnapped.",
            ["abduction_arrest"],
            {"firearms"},
        ),
        # an armed robbery is a looting with firearms carried; an armed raid an armed entry
        (
            "On Monday the pharmacy of the Hope clinic in Exampleton was hit by an armed robbery.",
            ["looting"],
            {"firearms"},
        ),
        (
            "On Monday militiamen carried out an armed raid on the Hope clinic in Exampleton.",
            ["armed_entry"],
            {"firearms"},
        ),
        # actors told armed in other words carry firearms
        (
            "On Monday a nurse of the Hope clinic was kidnapped by an unknown armed militant group near Exampleton.",
            ["abduction_arrest"],
            {"firearms"},
        ),
        (
            "On Monday a nurse of the Hope clinic was kidnapped by an armed perpetrator near Exampleton.",
            ["abduction_arrest"],
            {"firearms"},
        ),
        (
            "On Monday a nurse of the Hope clinic was kidnapped by armed herders near Exampleton.",
            ["abduction_arrest"],
            {"firearms"},
        ),
        # an aircraft named by its side is an airstrike
        (
            "On Monday the Hope hospital in Exampleton was partially destroyed by Russian helicopters.",
            ["heavy_weapons"],
            {"air_launched"},
        ),
        (
            "On Monday an ambulance of the Hope clinic was damaged by suspected Syrian airplanes near Exampleton.",
            ["heavy_weapons"],
            {"air_launched"},
        ),
        (
            "On Monday the Hope hospital in Exampleton was hit by government aircrafts.",
            ["heavy_weapons"],
            {"air_launched"},
        ),
        # a throat slit or a beheading is a blade
        (
            "On Monday a nurse of the Hope clinic in Exampleton was killed by militiamen who slit her throat.",
            ["individual_weapons"],
            {"blade_or_blunt"},
        ),
        (
            "On Monday a vaccinator of the Hope clinic was beheaded by insurgents near Exampleton.",
            ["individual_weapons"],
            {"blade_or_blunt"},
        ),
    ],
)
def test_acts_and_the_weapon_class_their_words_tell(text: str, attack_types: list[str], classes: set[str]) -> None:
    m = one(text)
    assert m.attack_types == attack_types and weapon_classes(m) == classes


def test_a_missile_misspelt() -> None:
    m = one("On Monday the Hope hospital in Exampleton was hit by a missle.")
    assert m.attack_types == ["heavy_weapons"] and m.weapons == ["missile"]


@pytest.mark.parametrize(
    ("text", "weapon"),
    [
        ("On Monday youths threw stones at an ambulance of the Hope clinic near Exampleton.", "stone"),
        ("On Monday a man hurled a rock at a nurse of the Hope clinic in Exampleton.", "stone"),
        ("On Monday protesters were throwing bricks at the doctors of the Exampleton hospital.", "brick"),
    ],
)
def test_stones_thrown_in_the_active_voice_are_an_assault_as_in_the_passive(text: str, weapon: str) -> None:
    m = one(text)
    assert m.attack_types == ["assault"] and m.weapons == [weapon]
    assert weapon_classes(m) == {"blade_or_blunt"}
    passive = one("On Monday stones were thrown at an ambulance of the Hope clinic near Exampleton.")
    assert passive.attack_types == ["assault"]


def test_a_grenade_thrown_is_no_stoning() -> None:
    m = one("On Monday a man threw a grenade at the Hope clinic in Exampleton.")
    assert m.attack_types == ["explosive_device"]


def test_an_aircraft_of_no_side_is_no_strike() -> None:
    m = one("On Monday a helicopter carrying two patients landed at the Hope hospital, which gunmen stormed.")
    assert "heavy_weapons" not in m.attack_types


def test_soldiers_told_armed_by_their_side_carry_firearms() -> None:
    m = one("On Monday a guard was killed when the Hope hospital was stormed by armed Ruritanian soldiers.")
    assert sorted(m.attack_types) == ["armed_entry", "individual_weapons"]


@pytest.mark.parametrize(
    "text",
    [
        "On Monday a nurse of the Hope clinic was arrested by soldiers, accused of planting a bomb at a checkpoint.",
        "On Monday police detained a driver of the Hope clinic suspected of making explosives.",
    ],
)
def test_a_bomb_someone_is_accused_of_is_no_explosive_attack(text: str) -> None:
    m = one(text)
    assert m.attack_types == ["abduction_arrest"] and m.weapons == []


def test_a_tear_gas_bomb_is_tear_gas() -> None:
    m = one("On Monday a paramedic of the Hope clinic in Exampleton was injured by a tear gas bomb.")
    assert m.attack_types == ["chemical"] and m.weapons == ["tear gas"]


def test_a_bunker_buster_is_an_aerial_bomb() -> None:
    m = one("On Monday the Hope hospital in Exampleton was hit by two bunker buster bombs.")
    assert m.attack_types == ["heavy_weapons"] and weapon_classes(m) == {"air_launched"}


@pytest.mark.parametrize(
    "text",
    [
        "On Monday police were posted at the gate of the Hope hospital in Exampleton and visitors were searched.",
        "On Monday soldiers set up a checkpoint at the Hope clinic in Exampleton, where patients are searched.",
        "On Monday soldiers searched the patients at the gate of the Hope hospital in Exampleton.",
    ],
)
def test_a_search_of_people_is_no_armed_entry(text: str) -> None:
    assert all("armed_entry" not in m.attack_types for m in extract(text, published=PUBLISHED))


def test_a_search_of_a_facility_is_still_an_armed_entry() -> None:
    m = one("On Monday soldiers searched the wards of the Hope hospital in Exampleton for wounded fighters.")
    assert "armed_entry" in m.attack_types


def test_gunfire_in_the_wound_of_a_patient_treated_is_no_act() -> None:
    m = one(
        "On Monday a crowd forced its way into the Hope hospital in Exampleton and assaulted a nurse. "
        '"We were only treating a patient with a bullet wound," a doctor said.'
    )
    assert "individual_weapons" not in m.attack_types


def test_arabic_rounds_fired_are_gunfire() -> None:
    m = one(
        "طرابلس، 14 مارس 2031 – اقتحم مسلحون مستشفى النور العام يوم الاثنين واعتدوا بالضرب على طبيب. وقالت الإدارة إن "
        "المسلحين أطلقوا أعيرة نارية داخل قسم الطوارئ، ما أدى إلى تعليق العمل حتى صباح اليوم الجمعة."
    )
    assert "individual_weapons" in m.attack_types


def test_arabic_death_threats_are_a_threat() -> None:
    m = one("تلقت طبيبة في مستشفى النور العام في طرابلس تهديدات بالقتل عبر الهاتف مساء الاثنين.")
    assert m.attack_types == ["threat"]


def test_a_day_until_which_a_state_lasted_dates_no_act() -> None:
    m = one(
        "On Monday gunmen stormed the Hope hospital in Exampleton. The gunmen fired shots in the emergency ward, "
        "which stayed closed until Thursday morning."
    )
    assert m.date == "2031-03-10"
    assert "individual_weapons" in m.attack_types


def test_a_plain_entry_to_occupy_is_the_occupation_only() -> None:
    m = one("On Monday soldiers entered the Hope hospital in Exampleton and set up camp there.")
    assert m.attack_types == ["military_use"]


def test_a_forced_entry_to_occupy_stays_an_armed_entry() -> None:
    m = one("On Monday soldiers stormed the Hope hospital in Exampleton and set up camp there.")
    assert sorted(m.attack_types) == ["armed_entry", "military_use"]


@pytest.mark.parametrize(
    "text",
    [
        "On Monday gunmen stormed the Hope hospital in Exampleton and carted away drugs from its pharmacy.",
        "On Monday gunmen stormed the Hope hospital in Exampleton. The hospital pharmacy was emptied.",
        "On Monday armed men broke into the store of the Hope health office in Exampleton and removed antibiotics.",
        "On Monday soldiers stormed the Hope hospital in Exampleton and seized the hard drives of its camera system.",
    ],
)
def test_things_carted_away_emptied_removed_or_seized_are_looted(text: str) -> None:
    m = one(text)
    assert sorted(m.attack_types) == ["armed_entry", "looting"]


def test_a_ward_emptied_of_patients_is_no_looting() -> None:
    m = one("On Monday shelling hit the Hope hospital in Exampleton and its ward was emptied of patients.")
    assert "looting" not in m.attack_types


def test_the_inquirers_access_is_no_obstruction() -> None:
    m = one(
        "On Monday soldiers occupied the Hope hospital in Exampleton. "
        "Our researchers could not reach the town for weeks."
    )
    assert m.attack_types == ["military_use"]


def test_soldiers_who_entered_the_hospital_compound_to_camp_occupied_it() -> None:
    m = one("On Monday soldiers entered the hospital compound in Exampleton and set up camp there.")
    assert m.attack_types == ["military_use"]


def test_tear_gas_shells_are_tear_gas_not_artillery() -> None:
    m = one(
        "On Monday police fired tear gas shells inside the compound of the Hope hospital in Exampleton. "
        "At least four shells landed near its emergency block and the smoke entered a ward."
    )
    assert m.attack_types == ["chemical"]
    assert m.weapons == ["tear gas"]


@pytest.mark.parametrize(
    ("text", "language", "weapon"),
    [
        (
            "On 10 March 2031 men in military uniform, armed with rifles, looted the Orvan pharmacy and beat the "
            "pharmacist.",
            "en",
            "rifle",
        ),
        (
            "El 10 de marzo de 2031, cuatro hombres con armas de fuego saquearon la farmacia de Orvan y golpearon al "
            "vigilante.",
            "es",
            "firearm",
        ),
        (
            "Le 10 mars 2031, des hommes armés de fusils ont pillé la pharmacie d'Orvan et frappé le pharmacien.",
            "fr",
            "rifle",
        ),
    ],
)
def test_firearms_carried_are_named_but_not_fired(text: str, language: str, weapon: str) -> None:
    """ "men armed with rifles looted the pharmacy and beat the pharmacist": a looting and a beating; the rifles are
    named, not gunfire."""
    (m,) = extract(text, PUBLISHED, language)
    assert sorted(m.attack_types) == ["assault", "looting"] and m.weapons == [weapon]


def test_firearms_carried_in_a_killing_were_its_means() -> None:
    """ "killed by three men armed with pistols": the pistols killed."""
    (m,) = extract(
        "On 10 March 2031 a vaccinator of the Orvan health centre was killed by three men armed with pistols.",
        PUBLISHED,
        "en",
    )
    assert "individual_weapons" in m.attack_types and m.weapons == ["pistol"]


@pytest.mark.parametrize(
    "text",
    [
        "On 10 March 2031 relatives of a patient beat two nurses at the Orvan hospital before police arrived and "
        "arrested two of them.",
        "On 10 March 2031 a crowd beat the driver of an Orvan ambulance. Police say two people have been arrested "
        "over the attack on the ambulance.",
        "On 10 March 2031 an intoxicated man punched a nurse in the Orvan hospital. Suspect arrested by police.",
    ],
)
def test_the_attackers_arrest_is_no_act_on_health_care(text: str) -> None:
    """ "police arrived and arrested two of them", "arrested over the attack", "Suspect arrested": the attackers'."""
    (m,) = extract(text, PUBLISHED, "en")
    assert m.attack_types == ["assault"]


@pytest.mark.parametrize(
    ("text", "language", "expected"),
    [
        (
            "On 11 March 2031 two men poured petrol on an ambulance parked outside the Orvan health centre and tried "
            "to set it alight. Security guards chased them away before the fire caught.",
            "en",
            ["arson"],
        ),
        (
            "Le 11 mars 2031, une ambulance de l'hôpital d'Orvan a été arrêtée par des bandits. Sous la menace de "
            "leurs armes, les bandits ont fait descendre le chauffeur et ont emporté les médicaments.",
            "fr",
            ["looting"],
        ),
    ],
)
def test_guards_chasing_attackers_and_arms_as_a_manner_are_no_threat(text: str, language: str, expected: list) -> None:
    """ "Security guards chased them away": the staff drove the attackers off; "Sous la menace de leurs armes": how
    the bandits robbed, not a threat of its own."""
    (m,) = extract(text, PUBLISHED, language)
    assert m.attack_types == expected


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("On 3 June 2031 a fire was set at the health post in Orvan.", "en"),
        ("Le 3 juin 2031, un incendie criminel a ravagé le centre de santé d'Orvan.", "fr"),
        ("El 3 de junio de 2031 un incendio provocado destruyó el puesto de salud de Orvan.", "es"),
    ],
)
def test_a_fire_told_as_set_is_arson(text: str, language: str) -> None:
    (m,) = extract(text, PUBLISHED, language)
    assert m.attack_types == ["arson"]


def test_acts_told_as_what_happens_at_times_add_no_type() -> None:
    """ "Sometimes the colleague has been arrested. Sometimes her clinic has been looted." and "health workers tell
    us of sexual violence" tell what happens in general: the one act told keeps its own type."""
    text = (
        "Every week a message begins the same way. Sometimes the colleague has been arrested at a checkpoint. "
        "Sometimes her clinic has been looted. Female health workers tell us of sexual violence they will not "
        "report.\n\nOn 4 March 2031, Dr Amal Nour was shot dead by gunmen who came to her clinic in Mellit."
    )
    [m] = extract(text, "2031-03-12", "en")
    assert (m.attack_types, m.abducted) == (["individual_weapons"], None)


@pytest.mark.parametrize(
    ("text", "language"),
    [
        (
            "For more than a decade, vaccinators in Orvan and the police who guard them have been threatened, "
            "attacked and killed.",
            "en",
        ),
        ("Depuis des années, les infirmiers d'Orvan sont menacés et agressés.", "fr"),
        ("Desde hace años, los médicos del hospital de Orvan son amenazados.", "es"),
    ],
)
def test_acts_told_over_years_without_a_day_are_a_pattern(text: str, language: str) -> None:
    """Acts a sentence tells over years ("for more than a decade", "depuis des années", "desde hace años") with no
    day are a pattern, no incident; an act on a day keeps its incident though a clause tells years."""
    assert extract(text, "2031-10-05", language) == []
    [m] = extract("On 4 March 2031 gunmen shot a nurse who had worked for years at the Orvan clinic.", "2031-03-12")
    assert m.attack_types == ["individual_weapons"]


@pytest.mark.parametrize(
    ("text", "language", "weapons"),
    [
        (
            "El 4 de junio de 2031 un grupo de hombres armados con pistolas ingresó al puesto de salud de Orvan y se "
            "llevó las vacunas.",
            "es",
            ["pistol"],
        ),
        ("El 4 de junio de 2031 un hombre armado entró a la posta médica de Orvan y robó el botiquín.", "es", []),
        (
            "Le 4 juin 2031, un homme armé est entré au dispensaire d'Orvan et a emporté les médicaments.",
            "fr",
            [],
        ),
    ],
)
def test_an_armed_man_who_entered_singular_is_an_armed_entry(text: str, language: str, weapons: list[str]) -> None:
    """ "ingresó", "entró", "est entré": one armed man, or a group told in the singular, entering is an entry (and
    "se llevó", "robó" a looting)."""
    (m,) = extract(text, PUBLISHED, language)
    assert sorted(m.attack_types) == ["armed_entry", "looting"] and m.weapons == weapons


@pytest.mark.parametrize(
    ("text", "language", "weapon"),
    [
        ("El 5 de junio de 2031 unos vecinos apedrearon la ambulancia del hospital de Orvan.", "es", "stone"),
        ("Le 5 juin 2031, des jeunes ont caillassé l'ambulance de l'hôpital d'Orvan.", "fr", "stone"),
        (
            "Le 5 juin 2031, deux hommes ont frappé l'infirmier du dispensaire d'Orvan à coups de matraque.",
            "fr",
            "truncheon",
        ),
    ],
)
def test_stoning_people_or_a_vehicle_and_beating_with_a_truncheon_are_assaults(
    text: str, language: str, weapon: str
) -> None:
    """ "apedrearon la ambulancia", "caillassé l'ambulance", "à coups de matraque": an assault, the stone or
    truncheon its weapon."""
    (m,) = extract(text, PUBLISHED, language)
    assert m.attack_types == ["assault"] and m.weapons == [weapon]


def test_a_building_stoned_is_no_assault() -> None:
    """ "apedreó y prendió fuego al puesto de salud": the stones hit a building, no one was assaulted."""
    (m,) = extract(
        "El 5 de junio de 2031 un grupo apedreó y prendió fuego al puesto de salud de Orvan.", PUBLISHED, "es"
    )
    assert m.attack_types == ["arson"]


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("On 6 June 2031 gunmen stopped an ambulance of the Orvan hospital and made off with its fuel.", "en"),
        ("Le 6 juin 2031, des bandits ont intercepté le camion de la pharmacie d'Orvan et sont repartis avec.", "fr"),
        ("El 6 de junio de 2031 unos asaltantes interceptaron la ambulancia de Orvan y huyeron con el vehículo.", "es"),
    ],
)
def test_leaving_with_what_was_taken_is_a_looting(text: str, language: str) -> None:
    """ "made off with its fuel", "sont repartis avec", "huyeron con el vehículo": things taken, a looting."""
    (m,) = extract(text, PUBLISHED, language)
    assert "looting" in m.attack_types


@pytest.mark.parametrize(
    ("text", "weapons"),
    [
        ("في 10 آذار 2031 استهدفت مسيرة إسرائيلية سيارة إسعاف قرب بلدة أورفان.", ["drone"]),
        ("في 10 آذار 2031 قصفت مسيّرة انتحارية مستوصف بلدة أورفان.", ["drone"]),
        ("في 10 آذار 2031 أطلق مسلحون النار على مسيرة سلمية أمام مستشفى أورفان.", ["gunfire"]),
    ],
)
def test_an_arabic_drone_named_by_its_side_or_kind(text: str, weapons: list[str]) -> None:
    """ "مسيرة إسرائيلية", "مسيّرة انتحارية": a drone told as a side's or a suicide one; "مسيرة سلمية" is a march."""
    assert extract(text, PUBLISHED, "ar")[0].weapons == weapons


def test_a_facility_used_as_barracks_is_military_use() -> None:
    """ "are using the nurses' hostel ... as barracks": no article before the barracks, still a military use."""
    text = "Since Sunday 8 March 2031 troops are using the nurses' hostel of the Orvan hospital as barracks."
    assert one(text).attack_types == ["military_use"]


def test_federal_soldiers_are_a_states_forces() -> None:
    """ "Federal soldiers" are the state's (not forces named by a side the rules do not know): the same side as
    "soldiers" told again in a list entry, so the two tellings are one incident."""
    text = (
        "2. Kobo - Thursday 20 August. Federal soldiers entered Kobo health centre and detained two nurses.\n\n"
        "YTD LIST\n- 20 August, Kobo: soldiers searched the health centre and detained two nurses. (new)\n"
    )
    (m,) = extract(text, published="2026-08-25", language="en")
    assert m.attack_types[:2] == ["armed_entry", "abduction_arrest"]


def test_a_doctor_retenido_is_held_and_an_ambulance_retenida_is_stopped() -> None:
    """Colombian "retención": a doctor "retenido por hombres armados" is held (abduction); an ambulance "retenida" at
    a checkpoint is stopped (obstruction)."""
    doctor = "El sábado 9 de mayo de 2031 un médico del hospital de Orvan fue retenido por hombres armados."
    ambulance = "El lunes 4 de mayo de 2031 la ambulancia del hospital de Orvan fue retenida en un retén ilegal."
    assert [m.attack_types for m in extract(doctor, published="2031-05-12", language="es")] == [["abduction_arrest"]]
    assert [m.attack_types for m in extract(ambulance, published="2031-05-12", language="es")] == [["obstruction"]]


def test_an_incident_without_its_own_means_takes_a_summary_sentences_for_its_kind_of_facility() -> None:
    """ "Several hospitals ... were hit by airstrikes", then "An attack on a hospital in Norvale killed ...": the
    hospital's incident takes the airstrike (its span in the summary sentence); an ambulance's does not."""
    text = (
        "19 September 2031 - Several hospitals in Orvan province were reportedly hit by airstrikes within a few "
        "hours.\n\nAn attack on a hospital in Norvale killed one health worker and injured another.\n\nIn the east, "
        "two paramedics were killed in an attack that destroyed an ambulance near Tessaro."
    )
    hospital, ambulance = sorted(extract(text, "2031-09-19", "en"), key=lambda m: m.facility_type != "hospital")
    assert (hospital.attack_types, hospital.weapons) == (["heavy_weapons"], ["airstrike"])
    assert text[hospital.spans["weapons"][0].start : hospital.spans["weapons"][0].end] == "airstrikes"
    assert (ambulance.facility_type, ambulance.attack_types) == ("ambulance", [])


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("On 7 June 2031 five armed men entered the Orvan clinic and left with two cartons of drugs.", "en"),
        ("On 14 June 2031 armed men broke into the Orvan medical store and removed essential medicines.", "en"),
        ("On 21 June 2031 militiamen took the Orvan health post's monthly supply of medicines.", "en"),
        (
            "Samedi 11 juillet 2031, des hommes armés sont entrés au CSCom d'Orvan et ont démonté les panneaux "
            "solaires.",
            "fr",
        ),
        ("El 12 de septiembre de 2031 policías allanaron la Clínica de Orvan. Decomisaron medicamentos.", "es"),
    ],
)
def test_things_carried_off_are_looted(text: str, language: str) -> None:
    """Things a facility holds taken away ("left with two cartons of drugs", "removed essential medicines",
    "ont démonté les panneaux solaires", "decomisaron medicamentos") are looting."""
    assert "looting" in extract(text, "2031-09-30", language)[0].attack_types


def test_the_wounded_removed_and_medicines_taken_to_a_hospital_are_no_looting() -> None:
    for text in (
        "On 2 May 2031 the Red Crescent removed the wounded from the Orvan hospital.",
        "On 2 May 2031 volunteers took medicines to the Orvan hospital.",
    ):
        assert all("looting" not in m.attack_types for m in extract(text, "2031-05-03", "en"))


@pytest.mark.parametrize(
    "text",
    [
        "On Monday an Antonov aircraft dropped barrel bombs on the Exampleton hospital.",
        "On Monday two barrel bombs were dropped on the Exampleton hospital.",
        "On Monday government helicopters dropped barrel bombs on the Exampleton hospital.",
    ],
)
def test_the_munition_an_aircraft_dropped_names_the_means(text: str) -> None:
    """The aircraft that struck is the means only when its munition goes unnamed: "an aircraft dropped barrel bombs"
    and "barrel bombs were dropped" are barrel bombs, not a bare airstrike."""
    assert one(text).weapons == ["barrel bomb"]


def test_an_aircraft_alone_is_an_airstrike() -> None:
    assert one("On Monday warplanes struck the Exampleton hospital.").weapons == ["airstrike"]


@pytest.mark.parametrize(
    ("text", "language", "weapon"),
    [
        ("On Monday gunmen killed a guard with a machete at the Exampleton clinic.", "en", "machete"),
        (
            "Lundi, des assaillants ont blessé à coups de machette le gardien du centre de santé d'Exempleville.",
            "fr",
            "machete",
        ),
        (
            "El lunes hombres armados dispararon ráfagas de ametralladora contra el Hospital de Ejemplo.",
            "es",
            "machine gun",
        ),
        ("On Monday machine-gun fire raked the front of the Exampleton hospital.", "en", "machine gun"),
    ],
)
def test_machetes_and_machine_guns_are_named_so_in_every_language(text: str, language: str, weapon: str) -> None:
    assert weapon in extract(text, PUBLISHED, language)[0].weapons


@pytest.mark.parametrize(
    ("text", "language", "types"),
    [
        (
            "El domingo dos hombres se presentaron en la entrada del Hospital de Ejemplo y advirtieron al personal "
            "de guardia que volverían por la enfermera.",
            "es",
            ["threat"],
        ),
        (
            "Lundi, les deux ambulances de la Croix-Rouge ont été retenues pendant trois heures à une barrière tenue "
            "par des jeunes armés à Exempleville.",
            "fr",
            ["obstruction"],
        ),
        (
            "Lundi, l'ambulance du centre de santé d'Exempleville a été immobilisée par des hommes armés pendant "
            "trois heures.",
            "fr",
            ["obstruction"],
        ),
        (
            "El lunes, en Ejemplo, una brigada de vacunación fue retenida durante cuatro horas en un retén instalado "
            "por hombres encapuchados.",
            "es",
            ["obstruction"],
        ),
    ],
)
def test_warnings_to_staff_and_crews_held_on_the_road(text: str, language: str, types: list[str]) -> None:
    """Armed men who "advirtieron al personal" threaten it; ambulances "retenues" or "immobilisée" at a barrier and a
    vaccination brigade "retenida" at a checkpoint are obstructed."""
    [m] = extract(text, PUBLISHED, language)
    assert sorted(m.attack_types) == types


def test_a_warning_to_donors_is_no_threat() -> None:
    text = "El lunes la OMS advirtió a los donantes que faltan fondos para el Hospital de Ejemplo."
    assert extract(text, PUBLISHED, "es") == []


def test_a_spanish_projectile_is_a_bullet() -> None:
    """ "proyectil" in Spanish reports of shootings is the bullet ("alcanzada por un proyectil en el brazo"); shells
    are "obuses" or "artillería"."""
    text = (
        "El lunes, sicarios dispararon contra el Centro de Salud de Ejemplo; una enfermera fue alcanzada por un "
        "proyectil en el brazo."
    )
    [m] = extract(text, PUBLISHED, "es")
    assert (m.attack_types, m.weapons) == (["individual_weapons"], ["gunfire"])


def test_an_incursion_into_a_health_centre_is_an_armed_entry() -> None:
    text = (
        "Quatre personnes ont été tuées dans la nuit de dimanche à lundi lors d'une incursion de miliciens au centre "
        "de santé d'Exempleville."
    )
    [m] = extract(text, PUBLISHED, "fr")
    assert (m.attack_types, m.killed) == (["armed_entry"], 4)


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("On Monday soldiers stopped a nurse of the Hope clinic and took her to the town's police station.", "en"),
        (
            "Lundi, des militaires ont arrêté l'ambulance du centre de santé de Kaya ; l'infirmier a été conduit "
            "au commissariat.",
            "fr",
        ),
        (
            "El lunes, soldados detuvieron la ambulancia del centro de salud de Tame y el enfermero fue trasladado a "
            "la cárcel.",
            "es",
        ),
    ],
)
def test_someone_taken_to_a_police_station_or_a_prison_is_detained(text: str, language: str) -> None:
    assert "abduction_arrest" in one(text, language=language).attack_types


@pytest.mark.parametrize(
    ("text", "language"),
    [
        (
            "Des affrontements ont eu lieu lundi au nord d'Abéché, faisant neuf morts et trente blessés. Les blessés, "
            "dont plusieurs par balle, ont été évacués par les véhicules de l'armée et de la Croix-Rouge vers "
            "l'hôpital provincial d'Abéché.",
            "fr",
        ),
        (
            "Tiroteio junto a quartel em Bissau faz três feridos; hospital funcionou normalmente\n\nOs disparos "
            "duraram cerca de meia hora. Os feridos foram transportados para o Hospital Nacional de Bissau, onde "
            "receberam tratamento.",
            "pt",
        ),
    ],
)
def test_the_wounds_of_people_carried_to_a_hospital_are_no_gunfire_on_it(text: str, language: str) -> None:
    """Gunfire that wounded people carried to a hospital ("dont plusieurs par balle", shots at a barracks whose
    wounded were "transportados para o Hospital") is no act on the hospital."""
    assert all("individual_weapons" not in m.attack_types for m in extract(text, PUBLISHED, language))


def test_a_rumoured_strike_the_report_answers_is_no_incident() -> None:
    """No incident: rumours "that the hospital had been hit by a drone", answered by "no drone was detected" (and "no
    air-raid alert", which is no raid), are a claim."""
    text = (
        "A fire broke out at the oxygen station of the city hospital in Dnipro on Monday evening. It was caused by a "
        "faulty pressure regulator, not by an attack, the emergency service said.\n\nRumours spread quickly on local "
        'channels that the hospital had been hit by a drone. "There was no air-raid alert at the time, no drone was '
        'detected in the area, and our experts found no fragments," a spokeswoman said.'
    )
    assert extract(text, PUBLISHED, "en") == []


@pytest.mark.parametrize(
    ("text", "language", "attack_type"),
    [
        # a hospital's emergency room told as "la salle des urgences" is the hospital entered
        ("Le 10 mars 2031, des militaires sont entrés dans la salle des urgences de l'hôpital général d'Orvan et ont "
         "arrêté un infirmier.", "fr", "armed_entry"),
        # Portuguese "arrombaram" (broke into) is a forced entry
        ("Na terça-feira, 11 de março de 2031, insurgentes arrombaram a farmácia do centro de saúde de Orvan e "
         "levaram medicamentos.", "pt", "armed_entry"),
        # a threat's condition ("if they came back") is what the threat says, not a case supposed
        ("On 10 March 2031 armed men broke into the Orvan health centre. Before leaving, they threatened to kill the "
         "staff if they came back.", "en", "threat"),
        ("Le 10 mars 2031, des hommes armés ont fait irruption au centre de santé d'Orvan. Ils ont menacé les "
         "infirmiers de mort s'ils revenaient.", "fr", "threat"),
        # goods loaded onto vehicles, a store emptied, made off with, all taken
        ("On 10 March 2031 armed men in uniform entered the Orvan health centre and loaded the contents of the "
         "pharmacy onto two vehicles.", "en", "looting"),
        ("On 10 March 2031 armed men set fire to a rural health post in Orvan after emptying its medicine store.",
         "en", "looting"),
        ("Gunmen raided a clinic in Orvan on 10 March 2031, beating a guard and making off with a vehicle, "
         "medicines and cash.", "en", "looting"),
        ("Le 10 mars 2031, des hommes armés sont entrés dans l'hôpital d'Orvan et ont tout pris : les médicaments, "
         "les ordinateurs.", "fr", "looting"),
        ("Na segunda-feira, 10 de março de 2031, insurgentes incendiaram o centro de saúde de Orvan, depois de "
         "saquearem medicamentos.", "pt", "looting"),
    ],
)  # fmt: skip
def test_entries_threats_and_lootings_told_in_more_words(text: str, language: str, attack_type: str) -> None:
    [m] = extract(text, "2031-03-12", language)
    assert attack_type in m.attack_types


def test_an_ambulance_held_at_a_checkpoint_named_in_more_words_is_obstructed() -> None:
    """ "held for five hours at an Israeli military checkpoint": two words before the checkpoint, still one."""
    [m] = extract(
        "On 10 March 2031 an ambulance of the Orvan hospital was held for five hours at an Israeli military "
        "checkpoint.",
        "2031-03-12",
        "en",
    )
    assert m.attack_types == ["obstruction"]


def test_the_gunshot_wounds_of_people_an_ambulance_carried_are_no_gunfire_on_it() -> None:
    """ "an ambulance carrying three people with gunshot wounds was stopped": the wounds of its load, not shots at
    it; a crew member's gunshot wounds after the ambulance came under fire stay the act's."""
    [m] = extract(
        "On 10 March 2031 an ambulance carrying three people with gunshot wounds from Orvan to Tamaro was stopped at "
        "a checkpoint and held for six hours.",
        "2031-03-12",
        "en",
    )
    assert m.attack_types == ["obstruction"]
    [shot] = extract(
        "On 10 March 2031 an ambulance carrying a patient came under fire near Orvan, and the driver suffered "
        "gunshot wounds.",
        "2031-03-12",
        "en",
    )
    assert "individual_weapons" in shot.attack_types


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the Afghan forces by their acronym
        ("March 2031: Clinic being used for shelter by ANSF.", ["military_use"]),
        # the displaced sheltering in a clinic: no military use
        ("On 10 March 2031 the Harlow clinic was used as a shelter by displaced families.", None),
    ],
)
def test_a_facility_used_for_shelter_by_forces_is_military_use(text: str, expected: list[str] | None) -> None:
    """A facility "used for shelter by" forces (ANSF, Afghanistan's) is military use; used as a shelter by the
    displaced, no act."""
    found = extract(text, "2031-03-12", "en")
    assert (found[0].attack_types if found else None) == expected


def test_a_job_for_a_vaccination_campaign_is_a_health_workers() -> None:
    """ "a logistics officer for polio vaccinations" is a health worker."""
    [m] = extract(
        "On 10 March 2031 a logistics officer for polio vaccinations was shot dead in Harlow.", "2031-03-12", "en"
    )
    assert (m.killed, m.health_workers_killed) == (1, 1)


@pytest.mark.parametrize("weapon", ["a baton", "a lathi"])
def test_a_killing_with_a_baton_at_a_hospital_is_an_incident(weapon: str) -> None:
    """A baton or a lathi (a police cane) is a blunt weapon: a man killed with one at a hospital is an incident."""
    [m] = extract(
        f"On 10 March 2031 a man was killed with {weapon} by a police officer at a hospital.", "2031-03-12", "en"
    )
    assert (m.facility_type, m.killed) == ("hospital", 1)


@pytest.mark.parametrize(
    ("text", "language", "expected"),
    [
        (
            "On Monday a group of armed youth forced the gate of the Harlow hospital, threatened the pharmacist and "
            "the night guard with guns and emptied the pharmacy. No one was injured.",
            "en",
            ["armed_entry", "threat", "looting"],
        ),
        (
            "On Monday the father of a child who had died threatened a nurse with a knife in the ward of the Harlow "
            "hospital. The nurse was not hurt.",
            "en",
            ["threat"],
        ),
        (
            "El lunes, cuatro hombres armados ingresaron a la clínica de Harlow, intimidaron al guardia y a dos "
            "enfermeras con pistolas y se llevaron al médico.",
            "es",
            ["armed_entry", "threat", "abduction_arrest"],
        ),
    ],
)
def test_a_weapon_a_threat_was_made_with_was_shown_not_used(text: str, language: str, expected: list[str]) -> None:
    """ "Threatened the pharmacist and the night guard with guns": a threat, the guns carried; no individual
    weapons attack unless one was fired or struck with."""
    m = one(text, language=language)
    assert m.attack_types == expected
    assert weapon_classes(m)  # the weapon shown is still told as carried


def test_the_gunshot_wound_of_a_patient_an_ambulance_carried_is_no_gunfire_on_it() -> None:
    """ "Una ambulancia que trasladaba a un joven herido por arma de fuego fue detenida": the young man's wound, not
    the act; the act is the stop and the taking."""
    m = one(
        "El lunes, una ambulancia del hospital de Tame que trasladaba a un joven herido por arma de fuego fue detenida "
        "en un retén ilegal por hombres armados, que se llevaron al joven.",
        language="es",
    )
    assert "individual_weapons" not in m.attack_types


def test_arabic_settlers_stoning_a_mobile_clinic_told_again_as_the_clinic() -> None:
    """ "عيادة متنقلة" is a mobile clinic; "رشقوا المركبة بالحجارة" (pelted the vehicle with stones) an assault with
    stones; "منسق العيادة" (the clinic's coordinator) names the same clinic; "نقله إلى المستشفى" is care."""
    [m] = extract(
        "هاجم مستوطنون، مساء أمس السبت، عيادة متنقلة قرب بلدة حلحول. وقال منسق العيادة إن نحو عشرين مستوطناً "
        "رشقوا المركبة بالحجارة، ما أدى إلى إصابة الطبيب المرافق بجرح في رأسه استدعى نقله إلى المستشفى.",
        "2031-03-12",
        "ar",
    )
    assert (m.facility_type, m.attack_types, m.weapons) == ("mobile_clinic", ["assault"], ["stone"])
    assert (m.injured, m.health_workers_injured) == (1, 1)


def test_an_arabic_appeal_for_mobile_clinics_and_repairs_is_no_incident() -> None:
    """ "ويطالب المكتب المنظمات ... بتوفير عيادات متنقلة ... وإعادة تأهيل المرافق المتضررة": a demand."""
    found = extract(
        "ويطالب المكتب المنظمات الدولية العاملة في المجال الصحي بإدانة هذه الاعتداءات وتوفير عيادات متنقلة بديلة "
        "لسكان المناطق المتضررة، ودعم إعادة تأهيل المرافق المتضررة في أقرب وقت.",
        "2031-03-12",
        "ar",
    )
    assert found == []


@pytest.mark.parametrize(
    ("text", "language"),
    [
        # an act said to mean something is a kind of act weighed, none told
        (
            '"Un conductor de ambulancia amenazado o una promotora que no puede llegar a la vereda significan niños '
            'sin vacunar", afirmó la secretaria de Salud durante el acto de firma del plan.',
            "es",
        ),
        # care offered to whoever suffers threats (a subjunctive) tells no threat
        (
            "Se crea una ruta de atención psicosocial y jurídica para los trabajadores de la salud que sufran "
            "amenazas, agresiones o retenciones, y para sus familias.",
            "es",
        ),
        (
            "A threatened ambulance driver means children left unvaccinated, the health secretary said.",
            "en",
        ),
    ],
)
def test_acts_weighed_or_supposed_in_a_policy_text_are_no_incident(text: str, language: str) -> None:
    assert extract(text, PUBLISHED, language) == []


def test_nothing_taken_is_no_looting() -> None:
    """ "No records were taken": the auxiliary is part of the act words, "no records" still rules it out."""
    m = one(
        "On Monday, four men from the security services came to the emergency department of the Harlow hospital "
        "and detained a doctor. They asked for the records of the wounded; no records were taken."
    )
    assert m.attack_types == ["abduction_arrest"]


def test_a_sister_branch_is_no_person() -> None:
    """ "A pharmacy technician, a member of our sister branch, was arrested": one person arrested."""
    m = one(
        "On Monday a pharmacy technician of the Harlow hospital, a member of our sister branch in the north, was "
        "arrested by soldiers at a checkpoint on his way home."
    )
    assert m.abducted == 1


@pytest.mark.parametrize(
    "text",
    [
        "On Monday, four men with rifles arrived at a health centre in Exampleton and shot the nurse in the chest.",
        "On Monday, gunmen arrived at the Exampleton hospital and shot a nurse.",
    ],
)
def test_armed_men_who_arrived_at_a_facility_brought_no_one_to_care(text: str) -> None:
    """ "Arrived at" tells the wounded brought to care, but not when armed men arrive: the facility is where they
    shot the nurse."""
    m = one(text)
    assert m.facility_type in ("primary_care", "hospital")
    assert (m.injured, m.health_workers_injured) == (1, 1)


@pytest.mark.parametrize(
    ("text", "language"),
    [
        (
            "On Monday night about twelve men armed with sticks entered the emergency tent of the Harlow field "
            "hospital, beat the doctor on duty and a security volunteer, and took away boxes of medicines.",
            "en",
        ),
        (
            "Lundi soir, le centre de santé de Varenne a été pillé par des hommes armés qui ont emporté les lits de la "
            "maternité et le panneau solaire.",
            "fr",
        ),
    ],
)
def test_things_taken_away_are_looted_and_take_no_one(text: str, language: str) -> None:
    """ "Took away boxes of medicines", "ont emporté les lits": a looting; the people beaten are not taken."""
    m = one(text, language=language)
    assert "looting" in m.attack_types and "abduction_arrest" not in m.attack_types
    assert not m.abducted


@pytest.mark.parametrize(
    "text",
    [
        "On Monday an ambulance of the Hope clinic carrying two patients was shot at near Exampleton.",
        "On Monday an ambulance of the Hope clinic carrying patients was fired on near Exampleton.",
    ],
)
def test_what_a_vehicle_carried_is_no_weapon_carried(text: str) -> None:
    """ "carrying patients was shot at": the shooting is done to the vehicle, not a weapon the attackers carried."""
    assert one(text).attack_types == ["individual_weapons"]


@pytest.mark.parametrize(
    ("text", "kinds"),
    [
        # things taken along with the people are looted besides
        (
            "On Monday armed men broke into the Hope clinic in Exampleton and took away two nurses along with the "
            "clinic's stock of antibiotics.",
            ["armed_entry", "looting", "abduction_arrest"],
        ),
        ("On Monday armed men broke into the Hope clinic in Exampleton and took away two nurses.", None),
        # a solar panel is a thing a facility holds
        (
            "On Monday armed men broke into the Hope health post in Exampleton. They took the solar panel.",
            ["armed_entry", "looting"],
        ),
    ],
)
def test_things_taken_with_people_or_alone_are_looted(text: str, kinds: list[str] | None) -> None:
    found = one(text).attack_types
    if kinds is None:
        assert "looting" not in found and "abduction_arrest" in found
    else:
        assert found == kinds


@pytest.mark.parametrize(
    ("text", "language"),
    [
        (
            "On 27 January 2031, a pamphlet signed by an armed group was nailed to the door of the Hope health post in "
            "Exampleton, ordering the nurse in charge to leave the area within 48 hours.",
            "en",
        ),
        (
            "El 6 de mayo de 2031 el personal del centro de salud de Ejemplo encontró en la puerta un panfleto en el "
            "que una banda exigía 2.000 dólares mensuales.",
            "es",
        ),
        (
            "Le 6 mai 2031, des tracts signés par un groupe armé ont été déposés devant le centre de santé "
            "d'Exampleville.",
            "fr",
        ),
        # a warning that someone would be killed
        (
            "El 7 de junio de 2031 apareció una manta frente al centro de salud de Ejemplo, en la que se advertía al "
            'personal que sería "ejecutado".',
            "es",
        ),
    ],
)
def test_a_pamphlet_signed_or_making_demands_is_a_threat(text: str, language: str) -> None:
    assert one(text, language=language).attack_types == ["threat"]


def test_a_health_leaflet_and_a_warning_of_a_trend_are_no_threat() -> None:
    assert extract("The Hope clinic distributed leaflets on cholera prevention on 3 March 2031.", None, "en") == []
    assert extract("El ministro advirtió que los ataques contra hospitales han aumentado.", None, "es") == []
