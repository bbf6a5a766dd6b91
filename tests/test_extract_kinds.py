"""What kind of act a sentence tells, and when it tells none: words of striking said of a region, a danger weighed,
a claim denied, carers, days of telling and of visits, names that look like days or places. The rules of the
nineteenth session from fiction41's classes (attack types and weapons), each on invented text."""

from __future__ import annotations

from notatarget.extract import extract

PUBLISHED = "2031-08-10"


def test_attacks_that_struck_a_region_are_no_act_on_the_hospital_named() -> None:
    """ "les attentats qui ont frappé la région" in a drill's report: no assault on the hospital at whose gate the drill
    played a search; "to leave the town" stays a threat."""
    text = (
        "L'hôpital régional de Kolofata a organisé mercredi un exercice de simulation d'afflux massif de blessés.\n\n"
        "Des gendarmes ont simulé le contrôle d'un individu suspect à l'entrée de l'hôpital, afin de rappeler les "
        "consignes de sécurité en vigueur depuis les attentats qui ont frappé la région entre 2015 et 2017.\n"
    )
    assert extract(text, published=PUBLISHED, language="fr") == []
    [found] = extract(
        "On Monday gunmen came to the Hope clinic in Exampleton and gave the nurses 48 hours to leave the town."
    )
    assert found.attack_types == ["threat"]


def test_a_danger_weighed_is_no_threat() -> None:
    text = (
        "By October, the greatest threat to health care was no longer a gunman but an empty budget line. Health "
        "centres in Ghazni, Gardez and Taloqan cut their opening hours."
    )
    assert extract(text, published=PUBLISHED) == []


def test_a_claim_of_posts_denied_in_its_sentence_is_no_act() -> None:
    """ "نافية ما تداولته بعض صفحات التواصل الاجتماعي عن تفجير استهدف المستشفى": the bombing is the posts' claim."""
    text = (
        "أصيب ثلاثة من عمال المطبخ بحروق إثر انفجار أسطوانة غاز داخل مطبخ مستشفى الجلاء في مدينة بنغازي صباح اليوم.\n\n"
        "وقالت مديرية الأمن إن الانفجار عرضي ناتج عن خلل فني، نافية ما تداولته بعض صفحات التواصل الاجتماعي عن "
        '"تفجير استهدف المستشفى".\n'
    )
    assert extract(text, published=PUBLISHED, language="ar") == []


def test_staff_who_treat_the_wounded_are_not_hit() -> None:
    text = (
        "Shells land near Kafr Hamra hospital; staff treat four wounded\n\n"
        "Artillery shells landed on the outskirts of Kafr Hamra on Monday evening, about 300 metres from the town's "
        "hospital, wounding four people in a nearby house. The hospital was not hit.\n"
    )
    assert all(m.facility_type is None and not m.health_workers_injured for m in extract(text, published=PUBLISHED))


def test_the_day_a_toll_was_told_is_not_the_act_s() -> None:
    """ "On Wednesday, the regional health director, Dr. Maryan Isak, said five people had been killed": the day of
    telling; the speaker, named in apposition, is no victim."""
    text = (
        "A suicide bomber blew himself up at the gate of the regional hospital in Baidoa on Tuesday, killing five "
        "people, officials said.\n\n"
        "On Wednesday, the regional health director, Dr. Maryan Isak, said five people had been killed.\n"
    )
    [found] = extract(text, published="2031-08-07")
    assert (found.date, found.killed, found.health_workers_killed) == ("2031-08-05", 5, None)
    # ... but "On Sunday, MSF said a projectile hit a hospital" may date the act
    [found] = extract("On Sunday, MSF said a projectile hit a hospital it supports in Saada.", published="2031-08-07")
    assert found.date == "2031-08-03"


def test_a_day_of_contact_or_of_a_visit_is_not_the_act_s() -> None:
    """ "Selon le chef de centre, joint au téléphone mercredi": the day he was reached; "Our researcher visited the
    site on 26 July": the day of the visit."""
    text = (
        "Dans la nuit de lundi à mardi, des assaillants ont fait irruption dans le centre de santé de Zamay.\n\n"
        "Selon le chef de centre, joint au téléphone mercredi, les assaillants ont emporté les médicaments.\n"
    )
    assert [m.date for m in extract(text, published="2031-08-07", language="fr")] == ["2031-08-04"]
    text = (
        "At about 03:15 on 24 July, a rocket released its submunitions over the hospital grounds in Zolochiv. Our "
        "researcher visited the site on 26 July. She documented fragments of the rocket in the hospital courtyard."
    )
    assert [m.date for m in extract(text, published=PUBLISHED)] == ["2031-07-24"]


def test_a_publication_named_today_and_an_ambulance_s_call_are_no_day_and_no_appeal() -> None:
    """ "told Taiz Today" names a paper, not a day; "returning from a call on the outskirts" is an ambulance's call,
    not an appeal."""
    text = (
        "A sniper shot out the tyres of an ambulance in eastern Taiz on Sunday afternoon. The ambulance was crossing "
        "the Kalaba junction at about 4:30 pm when bullets hit its tyres, the director told Taiz Today."
    )
    assert [m.date for m in extract(text, published=PUBLISHED)] == ["2031-08-10"]
    text = (
        "At 11:50 on 27 July, an ambulance was hit by a drone while returning from a call on the outskirts of Kupiansk."
    )
    assert [m.facility_type for m in extract(text, published=PUBLISHED)] == ["ambulance"]


def test_carers_who_take_a_child_away_abduct_nobody() -> None:
    text = (
        "A sniper shot out the tyres of an ambulance carrying a wounded child in Taiz on Sunday. The driver could not "
        "move any further. He and the paramedic took the child out and ran with him along the side streets."
    )
    [found] = extract(text, published=PUBLISHED)
    assert "abduction_arrest" not in found.attack_types and not found.abducted


def test_a_dateline_ending_in_a_full_stop_and_dash_and_a_health_centre_s_pharmacy() -> None:
    """ "Redacción / Frontera Comalapa, Chiapas, 14 de agosto de 2031.- Un grupo ..." is the report's date; "la
    farmacia" told after the centre's attack is the centre's."""
    text = (
        "Redacción / Frontera Comalapa, Chiapas, 14 de agosto de 2031.- Un grupo de hombres armados atacó a balazos "
        "el centro de salud de Frontera Comalapa la noche del sábado 12 de agosto.\n\n"
        "Después entraron al área de urgencias, encañonaron a una médica y le exigieron las llaves de la farmacia.\n"
    )
    [found] = extract(text, published="2031-08-14", language="es")
    assert (found.date, found.facility_type) == ("2031-08-12", "primary_care")


def test_a_place_turned_into_a_camp_is_in_military_use() -> None:
    """ "hombres armados convirtieron el puesto de salud de El Aserrío en campamento": military use, in the town the
    name gives whole."""
    [found] = extract(
        "Teorama: hombres armados convirtieron el puesto de salud de El Aserrío en campamento",
        published=PUBLISHED,
        language="es",
    )
    assert found.attack_types == ["military_use"] and found.location == "El Aserrío"


def test_a_year_is_no_count_and_who_was_cared_for_no_victim() -> None:
    """ "la clínica de un médico que había atendido en 2018 a manifestantes heridos": no 2,019 injured."""
    [found] = extract(
        "El sábado 10 de abril, policías allanaron la clínica privada de un médico en Nindirí, que había atendido en "
        "2018 a manifestantes heridos, y lo trasladaron a una cárcel de Managua.",
        published="2031-04-12",
        language="es",
    )
    assert found.injured is None and not found.health_workers_injured


def test_what_a_drone_drops_is_its_payload() -> None:
    """ "a drone dropped a grenade": heavy weapons (the drone strike), the grenade named among the weapons; in Russian
    and Arabic too ("сбросил гранату", "قنبلة يدوية")."""
    for text, language in (
        ("On Monday a drone dropped a grenade on the courtyard of Al-Amal Hospital in Dhale.", "en"),
        ("В понедельник дрон сбросил гранату на машину скорой помощи в Климове.", "ru"),
        ("ألقت طائرة مسيرة قنبلة يدوية على ساحة مستشفى الأمل في الضالع يوم الاثنين.", "ar"),
    ):
        [found] = extract(text, published=PUBLISHED, language=language)
        assert found.attack_types == ["heavy_weapons"] and "grenade" in found.weapons, text


def test_an_air_raid_a_search_for_mines_and_guards_searching_are_no_armed_entry() -> None:
    for text in (
        "At about 10:40 am, two fighter jets carried out a raid on Ye-U town, dropping two bombs on the township "
        "hospital.",
        "A landmine exploded at the gate of the Yesagyo health centre on Friday. The clinic closed while volunteers "
        "searched the grounds for other mines.",
        "A suicide bomber blew himself up at the gate of the regional hospital in Baidoa on Tuesday as guards were "
        "searching him at the entrance.",
    ):
        [found] = extract(text, published=PUBLISHED)
        assert "armed_entry" not in found.attack_types, text


def test_homemade_mortars_and_a_roof_partly_destroyed_in_spanish() -> None:
    """Colombia's "tatucos" are homemade mortars; "destruyó parte del techo" damaged the hospital."""
    [found] = extract(
        "El domingo, en Suárez, varios tatucos lanzados contra la estación de Policía cayeron sobre el puesto de "
        "salud vecino y la fachada quedó averiada.",
        published=PUBLISHED,
        language="es",
    )
    assert (found.attack_types, found.facility_damage) == (["heavy_weapons"], "damaged")
    [found] = extract(
        "Un dron cargado con explosivos cayó el martes sobre el hospital de Argelia y destruyó parte del techo.",
        published=PUBLISHED,
        language="es",
    )
    assert found.facility_damage == "damaged"


def test_a_hospital_that_receives_the_wounded_of_a_market_strike_is_no_target() -> None:
    """An airstrike on a market whose wounded were taken to a hospital, in Arabic ("ونقل الجرحى إلى المستشفى", "استقبل
    مستشفى ... جريحا"), doctors who treat them ("يعمل الأطباء على إسعافهم"): no attack on health care."""
    for text in (
        "قتل 12 شخصا وأصيب 30 آخرون في غارة جوية استهدفت سوق المدينة في نيالا صباح أمس، ونقل الجرحى إلى المستشفى "
        "التعليمي حيث يعمل الأطباء على إسعافهم.",
        "استقبل مستشفى الأبيض التعليمي أمس أكثر من 40 جريحا من ضحايا القصف المدفعي على أحياء المدينة.",
    ):
        assert extract(text, published=PUBLISHED, language="ar") == [], text


def test_a_shooting_near_a_hospital_whose_work_went_on_hits_no_health_care() -> None:
    """A car's driver is no ambulance driver; a hospital whose operations "were not affected", or one told "not
    damaged in the airstrike" by its director, is no target; ambulances arriving at the scene are responders."""
    for text in (
        "Gunmen opened fire on a car about 100 metres from the Makilala hospital on Sunday, killing the driver. "
        "Hospital operations were not affected.",
        "The director of the hospital said the hospital had not been damaged in the airstrike and that ambulances "
        "arrived at the scene within minutes.",
    ):
        assert all(m.facility_type is None for m in extract(text, published=PUBLISHED)), text
    # ... but shells that hit a hospital left undamaged hit it
    [found] = extract(
        "Shells hit the Hope hospital in Exampleton on Monday but it was not damaged.", published=PUBLISHED
    )
    assert found.facility_type == "hospital"


def test_clauses_parted_by_semicolons_tell_their_own_acts() -> None:
    """A bulletin's headlines in one sentence ("A roadside bomb hits an ambulance in Mafa; a community health worker is
    abducted in Gwoza; and ..."): each clause's act goes to its own incident, the abduction not to the ambulance's."""
    text = (
        "Here are the headlines. A roadside bomb hits an ambulance in Mafa; a community health worker is abducted in "
        "Gwoza; and the state government announces new fertiliser prices.\n\n"
        "An ambulance carrying a pregnant woman to Maiduguri struck a roadside bomb yesterday afternoon near Mafa. The "
        "driver was killed on the spot.\n\n"
        "In Gwoza, gunmen abducted a community health worker from his house on Sunday night.\n"
    )
    found = sorted(extract(text, published="2031-03-07"), key=lambda m: m.date)
    assert [(m.date, m.attack_types) for m in found] == [
        ("2031-03-02", ["abduction_arrest"]),
        ("2031-03-06", ["explosive_device"]),
    ]
