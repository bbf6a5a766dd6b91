"""Monthly notes, tolls told as ranges or as later deaths, drills, denials and figures: the rules of the eighteenth
session, each on invented text."""

from __future__ import annotations

from notatarget.extract import extract
from notatarget.extract.numbers import find_quantities


def test_a_range_counts_its_lower_end() -> None:
    """ACLED codes the lowest figure reported: "between three and five" dead are three."""
    for text, value in (
        ("Between three and five people were killed", 3),
        ("entre trois et cinq morts", 3),
        ("entre tres y cinco muertos", 3),
        ("two or three nurses", 2),
        ("killed 12 to 15 civilians", 12),
    ):
        assert [(q.value, q.rule) for q in find_quantities(text)] == [(value, "number.range")], text
    # "and" joins two counts only after "between": "killed two and injured three" are two groups
    assert [q.value for q in find_quantities("killed two and injured three")] == [2, 3]
    found = extract("Gunmen attacked the health centre in Kandi on Wednesday. Between three and five people died.")
    assert [m.killed for m in found] == [3]


def _monthly_note() -> str:
    return (
        "OBSERVATOIRE CITOYEN DE LA SANTÉ\nNote mensuelle – mai 2031\n\n"
        "Incidents documentés\n\n"
        "1. Matéri (Atacora) – mercredi 3 mai 2031\n"
        "Vers 20 heures, des hommes armés ont fait irruption dans la cour d'un centre de santé de la commune de "
        "Matéri. Ils ont abattu l'infirmier de garde qui tentait de fermer la porte de la salle d'hospitalisation.\n\n"
        "2. Axe Tanguiéta–Matéri (Atacora) – lundi 8 mai 2031\n"
        "En fin de matinée, l'ambulance de l'hôpital de zone de Tanguiéta a sauté sur un engin explosif improvisé. "
        "Le chauffeur a été tué sur le coup.\n"
    )


def test_a_numbered_case_heading_dates_the_acts_under_it() -> None:
    """ "1. Matéri (Atacora) – mercredi 3 mai" heads its case; the ward of the health centre ("la salle
    d'hospitalisation") does not make a hospital's incident of its own."""
    found = sorted(extract(_monthly_note(), "2031-06-07", "fr"), key=lambda m: m.date or "")
    assert [(m.date, m.facility_type) for m in found] == [("2031-05-03", "primary_care"), ("2031-05-08", "ambulance")]
    assert (found[0].killed, found[0].health_workers_killed) == (1, 1)


def test_the_day_of_a_later_death_does_not_date_the_act() -> None:
    text = (
        "Con la muerte del conductor de la unidad, ocurrida la mañana del domingo en el Hospital General, suman tres "
        "los fallecidos por el ataque armado contra una ambulancia en Chilpancingo. Los hechos ocurrieron la noche del "
        "sábado, alrededor de las 22:40 horas. La ambulancia trasladaba a un hombre herido de bala hacia el hospital "
        "cuando hombres armados dispararon contra la unidad."
    )
    found = extract(text, "2031-06-09", "es")
    assert [(m.date, m.facility_type, m.killed) for m in found] == [("2031-06-07", "ambulance", 3)]


def test_a_drill_a_denial_and_cumulative_figures_tell_no_incident() -> None:
    drill = (
        "KANDY — More than 200 staff of the Central Provincial Hospital took part on Saturday in a mass-casualty drill "
        'simulating a bomb blast at a bus station. In the exercise, "gunmen" stormed the emergency unit and took '
        "two nurses hostage before police units intervened."
    )
    denial = (
        "SYLHET — The management of City General Hospital on Tuesday denied social media reports that two of its "
        'doctors had been abducted by armed men. "No doctor has been abducted," the hospital director said. Police '
        "said the rumour started after an unrelated video was shared online."
    )
    figures = (
        "FIELD SECURITY BULLETIN\nJanuary–May 2031\n\n2. Casualties (January–May 2031, cumulative)\n"
        "- Frontline workers killed: 6 (vaccinators and social mobilisers)\n- Frontline workers injured: 9\n"
    )
    for text in (drill, denial, figures):
        assert extract(text, "2031-06-10", "en") == [], text


def test_police_holding_others_is_no_attack_on_health_care() -> None:
    text = (
        "Doctors went on strike on Wednesday after relatives of a patient assaulted two doctors in the ward of the "
        "Medical College Hospital in Rajshahi. Police detained three relatives of the patient on Wednesday morning."
    )
    found = extract(text, "2031-05-16", "en")
    assert [(m.attack_types, m.abducted) for m in found] == [(["assault"], None)]


def test_the_subject_of_an_attack_however_far_its_name() -> None:
    text = (
        "Le centre de santé de Kpéssarou, un village situé à une quinzaine de kilomètres de Banikoara, a été la cible "
        "d'une attaque mercredi soir."
    )
    assert [(m.date, m.facility_type) for m in extract(text, "2031-06-06", "fr")] == [("2031-06-04", "primary_care")]


def test_the_hour_told_alone_before_the_act_and_a_headline_over_it() -> None:
    text = (
        '"Nos apuntaron con fusiles": habla la enfermera del puesto de salud de Saravena\n\n'
        "—¿Qué pasó el lunes?\n"
        "—Eran como las diez de la mañana. Llegaron cuatro hombres armados, nos apuntaron con fusiles y se llevaron "
        "la ambulancia.\n"
    )
    found = extract(text, "2031-07-03", "es")
    assert [(m.date, m.time, m.facility_type) for m in found] == [("2031-06-30", "10:00", "ambulance")]
    assert "threat" in found[0].attack_types


def test_the_health_workers_among_the_dead() -> None:
    """ "Three of the dead were health workers", "two of the dead were hospital employees": health workers killed
    among a toll told before (the hospital is the employees', no second target)."""
    found = extract(
        "Gunmen attacked the health centre in Garissa on Monday, killing four people. Three of the dead were health "
        "workers.",
        "2031-06-12",
        "en",
    )
    assert [(m.killed, m.health_workers_killed) for m in found] == [(4, 3)]
    found = extract(
        "At least seven people were killed and 19 injured when a bomb exploded outside the District Hospital Khuzdar "
        "on Saturday evening. The health department said two of the dead were hospital employees.",
        "2031-06-16",
        "en",
    )
    assert [(m.killed, m.health_workers_killed, m.injured) for m in found] == [(7, 2, 19)]
    found = extract(
        "Des hommes armés ont attaqué le centre de santé de Kandi lundi, tuant quatre personnes. Deux des morts sont "
        "des infirmiers.",
        "2031-06-12",
        "fr",
    )
    assert [(m.killed, m.health_workers_killed) for m in found] == [(4, 2)]


def test_what_burned_in_a_blast_is_no_arson() -> None:
    text = (
        "A bomb planted on a motorcycle exploded outside the emergency ward of the District Hospital Khuzdar on "
        "Saturday evening. Windows of the ward were blown out and two ambulances parked in front of it were burned."
    )
    assert [m.attack_types for m in extract(text, "2031-06-16", "en")] == [["explosive_device"]]


def test_a_referral_health_centre_is_a_hospital_only_as_a_csref() -> None:
    """Mali's "centre de santé de référence (CSRéf)" is the district's hospital; a "centre de santé de référence" told
    without the acronym (as in the DR Congo) stays a health centre."""
    for text, facility_type in (
        ("Lundi, des hommes armés ont attaqué le Centre de santé de référence (CSRéf) de Bankass.", "hospital"),
        ("Lundi, des hommes armés ont attaqué le centre de santé de référence de Djugu.", "primary_care"),
    ):
        assert [m.facility_type for m in extract(text, "2031-07-05", "fr")] == [facility_type], text
