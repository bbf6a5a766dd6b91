"""The extraction pipeline on fictional reports: one behaviour per test."""

from __future__ import annotations

import pytest

import notatarget
from notatarget.domain import Mention
from notatarget.errors import ExtractError
from notatarget.extract import extract, pipeline
from notatarget.extract.ruleset import RULE_SETS, RuleMatcher, load_rules

PUBLISHED = "2031-03-14"  # a Friday


def _by_day(text: str, published: str) -> list[Mention]:
    """The incidents an English report tells, in the order of their days."""
    return sorted(extract(text, published=published, language="en"), key=lambda m: m.date)


def one(text: str, **kwargs: object):
    found = extract(text, published=kwargs.pop("published", PUBLISHED), **kwargs)
    assert len(found) == 1, [m.to_annotation() for m in found]
    return found[0]


def test_airstrike_on_named_hospital() -> None:
    m = one(
        "On Wednesday an airstrike hit the Mercy Hospital in the town of Exampleton, killing two nurses and "
        "injuring five patients. The hospital was badly damaged and is now out of service."
    )
    assert m.date == "2031-03-12"
    assert m.facility_type == "hospital"
    assert m.facility_name == "Mercy Hospital"
    assert m.attack_types == ["heavy_weapons"]
    assert m.weapons == ["airstrike"]
    # the five injured are patients: no health worker was injured
    assert (m.killed, m.health_workers_killed, m.injured, m.health_workers_injured) == (2, 2, 5, 0)
    assert m.facility_damage == "damaged"
    assert m.service_impact == "closed"
    assert set(m.resources) >= {"facility", "personnel"}


def test_every_value_has_a_span_equal_to_its_text() -> None:
    text = "At 10:30am on 3 March 2031 gunmen stormed the Hope clinic and abducted two doctors."
    m = one(text)
    assert m.time == "10:30"
    assert "armed_entry" in m.attack_types and "abduction_arrest" in m.attack_types
    assert m.abducted == 2
    for name, spans in m.spans.items():
        assert spans, name
        for span in spans:
            assert text[span.start : span.end] == span.text
            assert span.rule
    for name in ("date", "time", "facility_type", "attack_types", "abducted"):
        assert name in m.spans


def test_two_strikes_on_one_hospital_two_days_apart_are_two_incidents() -> None:
    found = extract(
        "Barrel bombs hit the children's hospital of Sampletown on Tuesday 11 March. No one was hurt. "
        "On Thursday 13 March two missiles struck the same hospital and destroyed it.",
        published=PUBLISHED,
    )
    assert sorted(m.date for m in found) == ["2031-03-11", "2031-03-13"]
    first = next(m for m in found if m.date == "2031-03-11")
    assert first.weapons == ["barrel bomb"]
    assert (first.killed, first.injured) == (0, 0)


def test_facilities_named_apart_on_one_day_are_one_incident_each() -> None:
    found = extract(
        "On Monday airstrikes hit the Al Noor Hospital and the Green Valley Hospital in Exampleton.",
        published=PUBLISHED,
    )
    assert len(found) == 2
    assert {m.facility_name for m in found} == {"Al Noor Hospital", "Green Valley Hospital"}


def test_facilities_placed_apart_keep_their_own_attack() -> None:
    found = extract(
        "On Monday the health centre in Sampleville was looted, and the clinic in Exampleton was burned.",
        published=PUBLISHED,
    )
    assert {m.location: m.attack_types for m in found} == {"Sampleville": ["looting"], "Exampleton": ["arson"]}


@pytest.mark.parametrize(
    ("text", "language", "facility_type"),
    [
        (
            "On Monday 10 March gunmen stormed the Quillon hospital and beat a nurse. Before fleeing, the men "
            "looted the pharmacy.",
            "en",
            "hospital",
        ),
        (
            "Le lundi 10 mars, des hommes armés ont fait irruption dans le centre de santé de Tamaro. Avant de "
            "partir, les assaillants ont pillé la pharmacie.",
            "fr",
            "primary_care",
        ),
        (
            "El lunes 10 de marzo, hombres armados irrumpieron en el hospital de Tamaro. Antes de huir, los "
            "atacantes saquearon la farmacia.",
            "es",
            "hospital",
        ),
    ],
)
def test_a_looting_of_the_facilitys_own_pharmacy_is_part_of_its_incident(
    text: str, language: str, facility_type: str
) -> None:
    (m,) = extract(text, published=PUBLISHED, language=language)
    assert m.facility_type == facility_type
    assert "looting" in m.attack_types and "armed_entry" in m.attack_types


@pytest.mark.parametrize(
    ("text", "language"),
    [
        (
            "On Saturday 8 March gunmen attacked the health centre of Tamaro and shot dead a nurse. The attackers "
            "then took medicines.\n\nThe day before, an ambulance of the district had struck a landmine on the "
            "road to Sampleville. The driver and two nurses on board were wounded and taken to the hospital of "
            "Quillon.",
            "en",
        ),
        (
            "Samedi 8 mars, des hommes armés ont attaqué le centre de santé de Tamaro et abattu un infirmier. Les "
            "assaillants ont ensuite emporté des médicaments.\n\nLa veille, l'ambulance du district avait sauté "
            "sur une mine sur la route de Sampleville. Le chauffeur et deux infirmiers à bord ont été blessés et "
            "évacués vers l'hôpital de Quillon.",
            "fr",
        ),
    ],
)
def test_the_wounded_of_an_act_told_the_day_before_are_that_acts(text: str, language: str) -> None:
    found = extract(text, published="2031-03-10", language=language)
    assert sorted((m.date, m.facility_type, m.background, m.injured) for m in found) == [
        ("2031-03-07", "ambulance", False, 3),
        ("2031-03-08", "primary_care", False, None),
    ]


def test_a_named_facility_kept_apart_from_ambulances_in_general_is_the_target() -> None:
    (m,) = extract(
        "On Sunday 9 March soldiers surrounded the Quillon Hospital in Tamaro and prevented ambulances from leaving.",
        published=PUBLISHED,
    )
    assert (m.facility_type, m.attack_types) == ("hospital", ["obstruction"])


def test_a_pharmacy_told_after_its_facility_in_a_sentence_is_that_facilitys_part() -> None:
    found = extract(
        "On Monday 10 March shells hit the health centre in Tamaro.\n\nAt the health centre, the strike damaged "
        "the pharmacy, the staff said.",
        published=PUBLISHED,
    )
    assert [m.facility_type for m in found] == ["primary_care"]
    (m,) = extract("On Monday 10 March a drone destroyed the pharmacy opposite the Quillon hospital.", PUBLISHED)
    assert m.facility_type == "pharmacy"


def test_a_store_told_after_its_facility_in_a_later_sentence_is_that_facilitys_part() -> None:
    found = extract(
        "Le centre de santé de Tamaro a été attaqué par des hommes armés le lundi 10 mars. Vers minuit, ils ont "
        "pillé le dépôt pharmaceutique puis incendié la maternité.",
        published=PUBLISHED,
        language="fr",
    )
    assert [m.facility_type for m in found] == ["primary_care"]
    found = extract(
        "On Monday 10 March gunmen raided the Quillon clinic in Tamaro. They then emptied the medical store.",
        published=PUBLISHED,
    )
    assert [m.facility_type for m in found] == ["primary_care"]


def test_a_pharmacy_of_its_own_elsewhere_is_another_incident() -> None:
    found = extract(
        "On Monday 10 March gunmen stormed the Quillon hospital. On the same day gunmen looted a pharmacy in "
        "Sampleville.",
        published=PUBLISHED,
    )
    assert sorted(m.facility_type for m in found) == ["hospital", "pharmacy"]


def test_a_headline_summing_up_several_towns_does_not_join_their_acts() -> None:
    found = extract(
        "Strikes hit Mopti medical complex, Gao health centre; Timbuktu hospital shelled\n\n"
        "BAMAKO, March 12 - Airstrikes on Sunday hit the Quillon Medical Complex in Mopti and a health centre "
        "in Gao, killing five people.\n\nIn Timbuktu, the Rivera Hospital was hit twice on Sunday by shells, "
        "killing two nurses.",
        published=PUBLISHED,
    )
    assert sorted(m.location for m in found) == ["Gao", "Mopti", "Timbuktu"]


def test_a_count_of_the_countrys_facilities_is_a_statistic_not_the_incidents_service() -> None:
    text = (
        "BAMAKO, March 12 - Airstrikes on Sunday hit the Quillon Medical Complex in Mopti, killing five people. "
        "In Timbuktu, the Rivera Hospital was hit by shells on Sunday, killing two nurses. "
    )
    statistic = extract(text + "Fewer than half of the country's 40 hospitals are partially functioning.", PUBLISHED)
    told = extract(text + "Both hospitals are only partially functioning.", PUBLISHED)
    assert [m.service_impact for m in statistic] == [None, None]
    assert [m.service_impact for m in told] == ["partial", "partial"]


def test_counted_facilities_in_named_towns_are_one_incident_each() -> None:
    found = extract(
        "On Monday airstrikes hit two field hospitals, one in Homs and the other in Hama.", published=PUBLISHED
    )
    assert sorted(m.location for m in found) == ["Hama", "Homs"]
    assert all(m.country == "SYR" and m.weapons == ["airstrike"] for m in found)


@pytest.mark.parametrize(
    "text",
    [
        "Since January, 28 health facilities have been attacked in the country, the monitoring group recorded.",
        "A fire broke out in the intensive care unit of the Exampleton hospital after an oxygen cylinder exploded.",
        "A car bomb exploded near the Exampleton hospital on Monday, killing three soldiers.",
        "Dozens of victims of a chlorine attack on the village were treated at the Exampleton hospital.",
        "We call on all parties to respect international humanitarian law and stop attacks on health workers.",
    ],
    ids=["aggregate", "accident", "near", "chemical-treated", "appeal"],
)
def test_texts_without_an_incident(text: str) -> None:
    assert extract(text, published=PUBLISHED) == []


def test_injuries_without_a_number() -> None:
    m = one("On Monday shelling hit the Exampleton health centre, causing injuries to the staff.")
    assert m.facility_type == "primary_care"
    assert m.injured is None and m.injured_unspecified is True


def test_health_workers_counted_inside_a_total() -> None:
    m = one("On Monday an airstrike on the Exampleton hospital killed 11 people, including three nurses.")
    assert (m.killed, m.health_workers_killed) == (11, 3)


def test_vague_amounts_are_not_counts() -> None:
    m = one("On Monday shelling hit the Exampleton hospital, injuring dozens of people.")
    assert m.injured is None and m.injured_unspecified


def test_another_is_one_more_of_the_same() -> None:
    m = one("On Monday gunmen shot one nurse dead at the Exampleton clinic and injured another.")
    assert (m.health_workers_killed, m.health_workers_injured) == (1, 1)


def test_ambulance_and_perpetrator() -> None:
    m = one("On Monday unknown gunmen shot at an ambulance near Sampletown, wounding its driver.")
    assert m.facility_type == "ambulance"
    assert "individual_weapons" in m.attack_types
    assert m.perpetrator == "unknown gunmen"
    assert m.health_workers_injured == 1


def test_background_attack_is_marked() -> None:
    found = extract(
        "On Monday a rocket hit the Exampleton hospital. The hospital had already been shelled in October 2030.",
        published=PUBLISHED,
    )
    current = [m for m in found if not m.background]
    earlier = [m for m in found if m.background]
    assert [m.date for m in current] == ["2031-03-10"]
    assert [m.date for m in earlier] == ["2030-10"]


@pytest.mark.parametrize(
    ("later", "background"),
    [
        # another kind of target, last week: one more act the report tells
        ("Last week, on Tuesday, gunmen ambushed an ambulance near Sampleville and kidnapped its driver.", False),
        # the same hospital, last week: the background of the attack the report is about
        ("Last week, on Tuesday, a drone had struck the maternity wing of the Exampleton hospital.", True),
    ],
)
def test_an_act_of_last_week_is_background_only_beside_an_act_on_its_kind_of_target(
    later: str, background: bool
) -> None:
    found = extract(f"On Monday a rocket hit the Exampleton hospital, killing a nurse.\n\n{later}", published=PUBLISHED)
    assert [(m.date, m.background) for m in found] == [("2031-03-10", False), ("2031-03-04", background)]


def test_french_core_vocabulary() -> None:
    m = one("Le 2 mars 2031, l'hôpital de Villefictive a été bombardé. Deux infirmiers ont été tués.", language="fr")
    assert m.date == "2031-03-02"
    assert m.facility_type == "hospital"
    assert m.attack_types == ["heavy_weapons"]


def test_spanish_core_vocabulary() -> None:
    m = one(
        "El 2 de marzo de 2031 un bombardeo alcanzó el hospital de Villaficticia y dejó tres heridos.", language="es"
    )
    assert m.date == "2031-03-02"
    assert m.facility_type == "hospital"
    assert m.injured == 3


def test_package_is_callable_and_same_as_function() -> None:
    text = "On Monday an airstrike hit the Exampleton hospital."
    assert [m.to_annotation() for m in notatarget.extract(text, published=PUBLISHED)] == [
        m.to_annotation() for m in extract(text, published=PUBLISHED)
    ]


def test_undated_act_takes_the_date_of_the_statement() -> None:
    m = one("Shelling hit the Exampleton hospital, wounding two nurses.")
    assert m.date == PUBLISHED
    assert m.spans["date"][0].rule == "date.reference"
    assert extract("Shelling hit the Exampleton hospital.")[0].date is None


def test_weapon_named_as_written() -> None:
    assert one("On Monday a gunman fired a pistol at a nurse in the Exampleton clinic.").weapons == ["pistol"]


def test_wrong_published_date_is_a_clear_error() -> None:
    with pytest.raises(ExtractError):
        extract("text", published="14/03/2031")


def test_components_run_in_order_on_one_document() -> None:
    doc = pipeline.run("On Monday an airstrike hit the Exampleton hospital.", None, None)
    assert doc.sentences and doc.events and doc.incidents


def test_rule_sets_load_with_unique_ids_and_valid_patterns() -> None:
    import spacy

    ids = [rule.id for name in RULE_SETS for rule in load_rules(name)]
    assert len(ids) == len(set(ids))
    RuleMatcher(spacy.blank("en"))  # Matcher(validate=True) rejects malformed token patterns


@pytest.mark.parametrize(
    "text",
    [
        "Nordville, le 8 février 2031 - L'association dénonce l'occupation de l'hôpital de Kelbo par des combattants "
        "depuis le 4 février 2031.",
        "Villaclara, el 8 de febrero de 2031 - Hombres armados atacaron el 4 de febrero el hospital de Kelbo.",
    ],
)
def test_a_french_or_spanish_dateline_dates_the_report_not_the_act(text: str) -> None:
    (m,) = extract(text, published="2031-02-08")
    assert m.date == "2031-02-04"


@pytest.mark.parametrize(
    "text",
    [
        "Armed men attacked on Wednesday 8 March 2031 at around 10 pm the health centre of Kelbo.",
        "Des hommes armés ont attaqué le mercredi 8 mars 2031 aux environs de 22 heures le centre de santé de Kelbo.",
    ],
)
def test_a_day_and_an_hour_between_the_act_and_its_target_do_not_part_them(text: str) -> None:
    (m,) = extract(text, published="2031-03-10")
    assert (m.date, m.time, m.facility_type) == ("2031-03-08", "22:00", "primary_care")


def test_the_day_before_in_a_paragraph_of_its_own_on_another_target_is_one_more_act() -> None:
    text = (
        "Gunmen stormed the Kelbo health centre on 8 March 2031 and abducted a nurse.\n\n"
        "The day before, an ambulance of the district hospital struck a landmine near Orvan, killing its driver."
    )
    found = _by_day(text, "2031-03-10")
    assert [(m.date, m.facility_type, m.background) for m in found] == [
        ("2031-03-07", "ambulance", False),
        ("2031-03-08", "primary_care", False),
    ]


@pytest.mark.parametrize(
    "follow",
    [
        "The attackers then set fire to the pharmacy store.",
        "Les assaillants ont ensuite mis le feu au dépôt pharmaceutique.",
        "They then set fire to the pharmacy store.",  # a pronoun: only in the same paragraph
    ],
)
def test_an_act_told_of_the_same_attackers_goes_on_the_act_before(follow: str) -> None:
    gap = " " if follow.startswith("They") else "\n\n"
    text = f"Gunmen stormed the Kelbo health centre on 8 March 2031 and abducted a nurse.{gap}{follow}"
    (m,) = extract(text, published="2031-03-10")
    assert m.date == "2031-03-08" and "arson" in m.attack_types


def test_a_strike_near_a_facility_its_neighbour_tells_undamaged_is_no_incident() -> None:
    text = (
        "On 8 March 2031 a shell landed in a field about 200 metres from the Kelbo hospital during fighting. "
        "Nobody was hurt, and the hospital was not damaged."
    )
    assert extract(text, published="2031-03-10") == []
    damaged = text.replace("Nobody was hurt, and the hospital was not damaged.", "The hospital was damaged.")
    assert [m.facility_damage for m in extract(damaged, published="2031-03-10")] == ["damaged"]


@pytest.mark.parametrize(
    "text",
    [
        "On 8 March 2031 a bomb went off in the market of Kelbo. The hospital, which was not hit, took the wounded.",
        "Le 8 mars 2031, une bombe a explosé au marché. L'hôpital, qui n'a pas été touché, a reçu les blessés.",
    ],
)
def test_a_facility_told_not_hit_is_no_target(text: str) -> None:
    assert extract(text, published="2031-03-10") == []


@pytest.mark.parametrize(
    "appeal",
    [
        "وجددت الوزارة دعوتها المجتمع الدولي إلى التحرك لوقف استهداف المستشفيات والطواقم الطبية والمسعفين.",
        "L'association appelle toutes les parties à cesser de cibler les ambulanciers blessés lors des frappes.",
        "La secretaría insta a respetar a los médicos heridos y atacados en la región.",
    ],
)
def test_an_appeal_to_stop_attacks_is_no_incident(appeal: str) -> None:
    assert extract(appeal, published="2031-03-10") == []


@pytest.mark.parametrize(
    ("text", "time"),
    [
        (
            "Gunmen shot dead a nurse of the fictional Nordville clinic on Monday. The attack happened at about "
            "3:15 p.m. on a farm road, police said.",
            "15:15",
        ),
        (
            "Health centre burnt in Nordville\n\nArmed men looted and burnt the fictional Nordville health centre "
            "on Monday morning.\n\nStaff fled "
            "when the men arrived at the centre at about 7am. They set fire to the wards.",
            "07:00",
        ),
        (  # the hour of another day is not the act's
            "Relatives stormed the fictional Nordville hospital on Monday and beat two nurses. They had "
            "gathered at the gate on Sunday at 10 pm.",
            None,
        ),
        (  # a byline's time stamp before the story is not the act's
            "Nordville Courier\nMonday 19 February 2024, 18:49\nThe fictional Nordville hospital was shelled "
            "this morning.",
            None,
        ),
        (  # a log line's stamp is when the message came, not the act's hour
            "Incident log\n19/02 16:05 | district focal point | the fictional Nordville clinic was looted by "
            "gunmen this morning.",
            None,
        ),
    ],
)
def test_an_hour_told_apart_from_the_act_is_the_incidents(text: str, time: str | None) -> None:
    found = extract(text, published="2024-02-20")
    assert len(found) == 1 and found[0].time == time
    if time:
        assert found[0].spans["time"][0].text in text


def test_a_day_told_of_a_lasting_state_after_the_act_does_not_date_it() -> None:
    text = (
        "Gunmen stormed the fictional Nordville hospital on Sunday and abducted a nurse.\n\n"
        "A second nurse was taken away in a truck and her whereabouts were still unknown on Monday."
    )
    found = extract(text, published="2031-03-12")
    assert [m.date for m in found] == ["2031-03-09"]


@pytest.mark.parametrize(
    "follow",
    [
        "\n\nThree rockets landed in the yard of the centre. The blasts blew out the windows and destroyed the "
        "centre's only ambulance, which was parked by the gate.",
        "The gunmen beat the guard. Before leaving they set fire to our ambulance, parked behind the centre.",
        "Les assaillants ont battu le gardien. Avant de partir, ils ont incendié son ambulance.",
        "The gunmen beat the guard. Before leaving they set fire to our mobile clinic vehicle, parked behind it.",
    ],
)
def test_a_vehicle_told_as_the_facilitys_own_without_a_day_is_hit_in_its_attack(follow: str) -> None:
    found = extract(
        f"On Monday 10 March 2031 armed men attacked the Quillon health centre in Tamaro. {follow}", PUBLISHED
    )
    assert [m.facility_type for m in found] == ["primary_care"]


def test_a_vehicle_of_the_facility_told_on_a_day_of_its_own_is_another_act() -> None:
    found = extract(
        "On Monday 10 March 2031 relatives of a patient beat a doctor at the Quillon hospital in Tamaro.\n\n"
        "On the same Monday afternoon our only ambulance was held for hours at a checkpoint on the Belvue road.",
        PUBLISHED,
    )
    assert sorted(m.facility_type for m in found) == ["ambulance", "hospital"]


def test_the_facility_whose_staff_is_quoted_is_not_the_target() -> None:
    (m,) = extract(
        "Una ambulancia del hospital de Tamaro fue atacada a tiros el lunes 10 de marzo de 2031.\n\n"
        "Según el personal del hospital, dos hombres armados dispararon contra el vehículo cerca del puente.",
        PUBLISHED,
        "es",
    )
    assert (m.facility_type, m.date) == ("ambulance", "2031-03-10")


def test_an_ambulance_of_a_facility_named_in_lower_case_words_is_the_target() -> None:
    (m,) = extract(
        "An ambulance of the Tamaro community health centre was ambushed by gunmen on Monday 10 March 2031 on "
        "the road to the district hospital.",
        PUBLISHED,
    )
    assert m.facility_type == "ambulance"


def test_a_patient_taken_on_to_a_hospital_and_a_photo_of_the_vehicle_tell_no_act_of_their_own() -> None:
    found = extract(
        "Gunmen ambushed an ambulance near Tamaro on Monday 10 March 2031 and shot the driver dead. The patient "
        "was taken on to the Quillon hospital by a passing lorry.\n\nA photo of the burned vehicle, taken on "
        "Tuesday morning, is attached.",
        PUBLISHED,
    )
    assert [(m.facility_type, m.date) for m in found] == [("ambulance", "2031-03-10")]


def test_an_act_told_right_after_another_takes_no_day_from_the_sentence_after_it() -> None:
    found = extract(
        "On Tuesday armed men stormed the emergency ward of the Quillon hospital in Tamaro. The men fired into the "
        "air inside the ward and beat a nurse with a rifle butt. She left the hospital on Wednesday.",
        PUBLISHED,
    )
    assert [(m.date, m.facility_type) for m in found] == [("2031-03-11", "hospital")]


@pytest.mark.parametrize(
    "statement",
    [
        "The health directorate condemned the attack and asked for police at the gates.",
        "La direction de la santé a condamné l'attaque et demandé la présence de policiers.",
    ],
)
def test_an_attack_condemned_after_a_later_day_is_the_act_told_before(statement: str) -> None:
    found = extract(
        "On Tuesday armed men stormed the Quillon hospital in Tamaro and beat a doctor.\n\n"
        f"Doctors held a sit-in the next day. {statement}",
        PUBLISHED,
    )
    assert [(m.date, m.facility_type) for m in found] == [("2031-03-11", "hospital")]


def test_the_arrests_told_as_the_cause_of_what_followed_are_the_act_told_before() -> None:
    found = extract(
        "On Monday 10 March 2031 soldiers entered the Quillon hospital in Tamaro and detained two doctors. "
        "Colleagues said the arrests had frightened the staff, many of whom stayed at home the next day.",
        PUBLISHED,
    )
    assert [(m.date, m.facility_type) for m in found] == [("2031-03-10", "hospital")]


@pytest.mark.parametrize(
    "text",
    [
        "3.2 Ambulance strike, Tamaro (10 March 2031)\n\nOn the evening of 10 March 2031 a drone struck a marked "
        "ambulance on the coast road in Tamaro as it carried a wounded boy to hospital.",
        "On 10 March 2031 soldiers fired on an ambulance carrying a woman in labour to the Quillon hospital near "
        "Tamaro. The woman died before reaching the hospital.",
    ],
)
def test_the_hospital_a_vehicle_carries_someone_to_is_not_the_target(text: str) -> None:
    assert [m.facility_type for m in extract(text, PUBLISHED)] == ["ambulance"]


def test_a_headline_tells_again_the_first_act_the_body_tells_of_a_facility_it_names() -> None:
    found = extract(
        "Shells hit Tamaro children's hospital, second strike on the region's clinics this week\n\n"
        "TAMARO, March 14 - Shells hit the grounds of the children's hospital in Tamaro on Thursday afternoon, "
        "wounding five people.\n\nOn Monday a drone hit a clinic in Belvue, damaging its roof.",
        PUBLISHED,
    )
    assert sorted((m.date, m.facility_type, m.background) for m in found) == [
        ("2031-03-10", "primary_care", False),
        ("2031-03-13", "hospital", False),
    ]


@pytest.mark.parametrize(
    ("text", "language"),
    [
        (
            "The cluster recorded 14 attacks on health care in the quarter.\n\n- 4 health workers were killed and 9 "
            "injured in these incidents; 2 were abducted.",
            "en",
        ),
        (
            "Le réseau a recensé 14 attaques contre les soins ce trimestre. Quatre soignants ont été tués dans ces "
            "attaques.",
            "fr",
        ),
    ],
)
def test_a_toll_told_over_several_incidents_is_no_incident(text: str, language: str) -> None:
    assert extract(text, PUBLISHED, language) == []


def test_acts_told_during_several_attacks_are_still_incidents() -> None:
    found = extract(
        "On 10 March 2031 armed groups attacked several villages near Tamaro. During these attacks, the Quillon "
        "health centre was looted and burned.",
        PUBLISHED,
    )
    assert [m.facility_type for m in found] == ["primary_care"]


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ('"Nadie nos ha amenazado, pero el personal del hospital de Tamaro tiene miedo", dijo su director.', "es"),
        ("« Personne ne nous a menacés, mais le personnel de l'hôpital de Tamaro a peur », a dit son directeur.", "fr"),
    ],
)
def test_a_threat_no_one_made_to_the_teller_is_no_incident(text: str, language: str) -> None:
    assert extract(text, PUBLISHED, language) == []


def test_a_log_entry_tells_one_incident_of_the_facility_its_fields_name() -> None:
    found = extract(
        "Incident reference: TX-31-0004\nDate: 10/03/2031\nLocality: Tamaro\nFacility: Quillon Health Centre\n"
        "Attack type: Heavy weapons\nCasualties: 1 guard killed\nDamage: Pharmacy and waiting room damaged\n"
        "Narrative: A drone struck the building in the late afternoon.\n\n"
        "Incident reference: TX-31-0005\nDate: 12/03/2031\nLocality: Belvue\nFacility: Belvue medical warehouse\n"
        "Attack type: Heavy weapons\nNarrative: A drone struck the depot at dawn. The fire destroyed stocks "
        "intended for hospitals in Tamaro and Belvue.",
        PUBLISHED,
    )
    assert sorted((m.date, m.facility_type, m.attack_types) for m in found) == [
        ("2031-03-10", "primary_care", ["heavy_weapons"]),
        ("2031-03-12", "warehouse", ["heavy_weapons"]),
    ]


def test_a_pharmacy_of_a_named_hospital_is_that_hospitals_part() -> None:
    (m,) = extract(
        "A drone dropped an explosive charge on the pharmacy of Tamaro Rural Hospital in Belvue governorate on "
        "Tuesday morning, killing the pharmacist on duty.",
        PUBLISHED,
    )
    assert (m.facility_type, m.date) == ("hospital", "2031-03-11")
    (m,) = extract("On Tuesday a drone hit the pharmacy of Tamaro, near the hospital.", PUBLISHED)
    assert m.facility_type == "pharmacy"


def test_the_day_of_a_closure_told_after_an_act_is_not_that_acts_day() -> None:
    found = extract(
        "On Wednesday night relatives of a patient stormed the emergency ward of the Quillon hospital in Tamaro and "
        "beat two nurses.\n\nThe nurses were treated for their injuries. Later a crowd gathered and threatened the "
        "guards at the gate. The ward was closed for most of Thursday.",
        PUBLISHED,
    )
    assert [(m.date, m.facility_type) for m in found] == [("2031-03-12", "hospital")]


def test_a_day_in_brackets_dates_what_the_aside_tells_not_the_act() -> None:
    """ "(the tests delivered last week)" dates the delivery: the looting is the attack told just before it."""
    text = (
        "Yesterday, Thursday 13 March 2031, armed men entered the Quillon health post in Tamaro.\n\n"
        "They threatened the nurses and looted the pharmacy (the rapid tests delivered last week) before leaving."
    )
    (m,) = extract(text, PUBLISHED)
    assert (m.date, m.background, sorted(m.attack_types)) == ("2031-03-13", False, ["armed_entry", "looting", "threat"])


@pytest.mark.parametrize(
    ("text", "name"),
    [
        # a town before a capitalised qualifier and noun names the facility; a section's number is no part of it
        (
            "3.1 Gwoza General Hospital – looting (9 March 2031)\n\nOn 9 March gunmen looted the hospital's pharmacy.",
            "Gwoza General Hospital",
        ),
        ("On 9 March gunmen looted the pharmacy of Gwoza General Hospital.", "Gwoza General Hospital"),
        ("On 9 March gunmen looted the pharmacy of the Gwoza hospital.", None),  # a town's hospital, unnamed
    ],
)
def test_a_town_and_a_titled_facility_noun_make_a_name(text: str, name: str | None) -> None:
    assert one(text).facility_name == name


def test_a_target_told_again_without_a_day_is_the_last_incidents() -> None:
    """ "The ambulance was completely burnt." right after an incident that burnt the hospital's ambulance is that
    incident's, not the earlier one whose summary told an ambulance burnt on another day."""
    found = extract(
        "Key points\n\n• Gunmen burned an ambulance in Orvan on 2 March.\n\n"
        "Details\n\nOn 9 March, fighters entered the Kelbo General Hospital and set fire to the hospital's only "
        "ambulance. A guard was shot in the leg. The ambulance was completely burnt.",
        published=PUBLISHED,
    )
    spans = {m.date: [s.text for s in m.spans.get("facility_damage", [])] for m in found}
    assert spans == {"2031-03-02": ["burned"], "2031-03-09": ["completely burnt"]}


def test_the_perpetrators_told_again_go_on_with_the_act_on_the_people_just_named() -> None:
    """ "The armed men, who wore military-style uniforms, took them away and set the vehicle on fire": the act on
    the health workers of the sentence before goes on (arson), and a likeness ("military-style") is no actor."""
    m = one(
        "On 12 March, a vehicle carrying three health workers was stopped by armed men at a checkpoint near Orvan. "
        "The armed men, who wore military-style uniforms, took all three away and set the vehicle on fire."
    )
    assert "arson" in m.attack_types
    assert m.perpetrator == "armed men"


def test_an_appeals_addressee_is_no_perpetrator() -> None:
    found = extract(
        "Gunmen abducted a nurse from the Orvan health centre on 12 March. We call on the national army to vacate "
        "the Kelbo clinic and on all groups to release the nurse abducted on 12 March.",
        published=PUBLISHED,
    )
    assert [m.perpetrator for m in found] == ["Gunmen"]


def test_people_carried_are_no_perpetrator() -> None:
    """ "An ambulance carrying a woman in labour was held at a checkpoint": the woman is its patient."""
    (m,) = extract(
        "On 12 March an ambulance carrying a woman in labour was held for three hours at a checkpoint outside Orvan.",
        published=PUBLISHED,
    )
    assert m.attack_types == ["obstruction"] and m.perpetrator is None


def test_a_summary_told_again_in_the_body_is_no_incident_of_its_own() -> None:
    """A key message folding two acts into one sentence is told again, each act on its day, in the body."""
    found = extract(
        "1. KEY MESSAGES\n\n• Gunmen attacked the Kelbo General Hospital twice, burning an ambulance on 9 March, "
        "then shelling the compound on 11 March.\n\n2. INCIDENTS\n\n"
        "On 9 March, gunmen entered the Kelbo General Hospital and looted the pharmacy.\n\n"
        "On 11 March, mortar shells hit the Kelbo General Hospital, injuring two nurses.",
        published=PUBLISHED,
    )
    assert sorted((m.date, tuple(m.attack_types)) for m in found) == [
        ("2031-03-09", ("armed_entry", "looting")),
        ("2031-03-11", ("heavy_weapons",)),
    ]


def test_a_forms_date_and_time_fields_date_the_act_told_below() -> None:
    """An incident form: "Date of incident:" and "Time:" lines above the "Description:" that tells the act."""
    (m,) = extract(
        "INCIDENT REPORT FORM\n\nDate of incident: 10/03/2031\nTime: approx. 14:30\nType: Armed entry\n"
        "Description: Gunmen entered the Orvan health centre and searched the wards.",
        published="2031-03-12",
    )
    assert (m.date, m.time) == ("2031-03-10", "14:30")


@pytest.mark.parametrize(
    ("text", "language"),
    [
        (
            "INCIDENT REPORT FORM\nDate of report: 12/03/2031\n\nDate of incident: 10/03/2031\nTime: approx. 14:30\n"
            "Facility: Orvan health centre\n\nDescription:\nGunmen entered the health centre and searched the wards.",
            "en",
        ),
        (
            "FICHE D'INCIDENT\nDate de la fiche : 12/03/2031\n\nDate de l'incident : lundi 10/03/2031\n"
            "Heure : vers 14h30\n\nDescription des faits :\nDes hommes armés ont fait irruption dans le dispensaire "
            "d'Orvan.",
            "fr",
        ),
    ],
)
def test_a_forms_narrative_under_its_own_label_line_takes_the_incident_date(text: str, language: str) -> None:
    """ "Description:" alone on a line over the narrative: the form's "Date of incident" dates it, not the date of
    the report or of the form."""
    (m,) = extract(text, published="2031-03-12", language=language)
    assert (m.date, m.time) == ("2031-03-10", "14:30")


def test_a_log_lines_own_day_dates_its_act_before_the_lines_stamp() -> None:
    """ "11/03 08:00 — ... last night": the message came on the 11th, the act it tells was on the 10th."""
    text = (
        "Alert log, exported 12/03/2031\n"
        "09/03 10:15 — Sudville: all calm at the district hospital.\n"
        "11/03 08:00 — Orvan: gunmen looted the Orvan health centre last night. Centre closed this morning.\n"
    )
    (m,) = extract(text, published="2031-03-12", language="en")
    assert m.date == "2031-03-10"


def test_an_hour_told_in_words_at_a_lines_start_is_the_acts() -> None:
    """ "Hacia las 2:30 a. m., ..." opens its line: an hour told with its words, not a page's time stamp."""
    (m,) = extract(
        "Hacia las 2:30 a. m. del 10 de marzo de 2031, hombres armados dispararon contra una ambulancia en Orvan.",
        published="2031-03-12",
        language="es",
    )
    assert (m.date, m.time) == ("2031-03-10", "02:30")


@pytest.mark.parametrize(
    "text",
    [
        "On Monday armed men entered Bora PHCU and beat the guard.",
        "On Monday soldiers searched the Tamaro MCH for wounded fighters.",
        "On Monday a drone struck the Tamaro BHU.",
    ],
)
def test_a_field_abbreviation_of_a_health_centre_is_primary_care(text: str) -> None:
    """ "PHCU" (primary health care unit), "MCH" (mother and child health centre), "BHU" (basic health unit):
    written so in field logs, each a primary care facility ("HC" is not: "[HC]" also tags entries on health care)."""
    (m,) = extract(text, published=PUBLISHED, language="en")
    assert m.facility_type == "primary_care"


ALERT = """[14/03/2031, 07:40] Forwarded
ALERT – health worker protection network

1) MONYWA – jet airstrike at approx 22:00 last night. Bombs hit Monywa general hospital, surgical ward destroyed. \
3 dead (2 patients, 1 nurse), 6 injured.

2) YINMABIN – Tues afternoon a nurse was arrested by soldiers at a checkpoint at the entrance of Yinmabin town.

3) YINMABIN – since Sun 09/03 troops are using the staff quarters of Yinmabin hospital as barracks, 2 trucks and \
heavy guns parked next to the children's ward.

[14/03/2031, 09:15] Admin: UPDATE MONYWA: toll now 4 dead (3 patients, 1 nurse), 6 injured.

[14/03/2031, 09:17] Admin: Correction – the nurse in Yinmabin is still detained, earlier message saying she was \
released is wrong.
"""


def test_a_forwarded_alerts_entries_and_updates() -> None:
    """A messaging-app alert of numbered entries: each entry its own incident on its own day ("Tues afternoon",
    "since Sun 09/03"); guns parked by a ward are the military use's, no strike; a later "UPDATE MONYWA: toll now 4
    dead" is the Monywa strike's toll, however many entries stand between; "is still detained" tells no new act."""
    found = _by_day(ALERT, "2031-03-14")
    assert [(m.date, m.location, m.attack_types) for m in found] == [
        ("2031-03-09", "Yinmabin", ["military_use"]),
        ("2031-03-11", "Yinmabin", ["abduction_arrest"]),
        ("2031-03-13", "Monywa", ["heavy_weapons"]),
    ]
    assert (found[2].killed, found[2].injured, found[2].health_workers_killed) == (4, 6, 1)


def test_a_patients_admission_clause_dates_and_arms_no_act() -> None:
    """ "They detained a patient who had been admitted with gunshot wounds two days earlier": the raid's arrest; the
    admission's day and the patient's wounds are no act's."""
    text = (
        "At 02:10 on 12 March, around 20 soldiers entered the Orvan hospital through the emergency entrance. They "
        "searched the wards. They detained a 23-year-old patient who had been admitted with gunshot wounds two days "
        "earlier."
    )
    (m,) = extract(text, published=PUBLISHED, language="en")
    assert (m.date, sorted(m.attack_types), m.abducted) == ("2031-03-12", ["abduction_arrest", "armed_entry"], 1)


CORRECTED = """CORRECTION: An earlier version of this story said the attack on the Maru health centre took place on \
Tuesday night and that two nurses were abducted. The attack took place on Monday night, and three health workers - \
two nurses and a pharmacy technician - were abducted.

GUSAU - Armed bandits on Monday night stormed the Maru health centre in Zamfara State and abducted three health \
workers. The three had not been contacted by their abductors as of Thursday afternoon.
"""


def test_a_correction_tells_one_act_not_the_claim_it_withdraws() -> None:
    """What an earlier version "said" is withdrawn when the correction tells the act again, dated; a pharmacy
    technician is a health worker, not a pharmacy; "their abductors" point back at the abduction told."""
    (m,) = extract(CORRECTED, published="2026-07-09", language="en")
    assert (m.date, m.facility_type, m.abducted) == ("2026-07-06", "primary_care", 3)


def test_a_correction_that_tells_the_act_only_in_its_retraction_keeps_it() -> None:
    text = (
        "CORRECTION: Our article wrongly said six patients were killed in the airstrike on the Falam District "
        "Hospital on 16 February. Staff have since confirmed that four people were killed."
    )
    (m,) = extract(text, published="2025-02-20", language="en")
    assert (m.date, m.facility_type) == ("2025-02-16", "hospital")


def test_a_numbered_section_of_excluded_reports_and_a_roundups_corrected_date() -> None:
    """ "4. PENDING AND EXCLUDED REPORTS": a heading though its number opens the line, and what it lists is not
    counted; "The June roundup gave 29 June as the date of the shooting ... The incident took place on 28 June":
    one shooting, on the 28th."""
    text = (
        "3. INCIDENTS\nOn 3 July 2031 a drone struck the Orvan hospital, killing three patients.\n\n"
        "4. PENDING AND EXCLUDED REPORTS\n- A report that a clinic in Marel was burned on 15 July is still being "
        "verified.\n\n"
        "5. CORRECTION TO THE JUNE ROUNDUP\nThe June roundup gave 29 June as the date of the shooting at an ambulance "
        "of the Orvan hospital. The incident took place on 28 June. The driver had gunshot wounds to the arm.\n"
    )
    found = _by_day(text, "2031-08-02")
    assert [(m.date, m.facility_type) for m in found] == [("2031-06-28", "ambulance"), ("2031-07-03", "hospital")]


def test_a_report_removed_from_the_list_and_a_strike_told_by_its_rank() -> None:
    """ "Removed: ... a strike on a mobile clinic ...; the report has been removed from the list": no incident;
    "The second strike on the Orvan hospital left ..." tells the strike told before, not one on the day told
    just before it."""
    text = (
        "1) 16 September - Orvan hospital. Shells hit the eastern wing of the hospital.\n\n"
        "2) 21 September (new) - Orvan hospital. For the second time in six days, shelling hit the hospital.\n\n"
        "Removed: Flash Update #2 mentioned a strike on a mobile clinic in Marel on 18 September. The vehicle was a "
        "private car; the report has been removed from the list.\n\n"
        "Trauma kits were delivered on 20 September. The second strike on the Orvan hospital left the city without a "
        "maternity ward.\n"
    )
    found = _by_day(text, "2031-09-22")
    assert [m.date for m in found] == ["2031-09-16", "2031-09-21"]


def test_highlights_told_on_their_heading_line_found_no_incident_of_their_own() -> None:
    """ "HIGHLIGHTS - Airstrikes and drones hit health facilities in A and B": the summary of what the body tells,
    undated; the body's dated incidents are the report's."""
    text = (
        "MONTHLY BRIEF\n\nHIGHLIGHTS - Airstrikes and drones hit health facilities in Myanmar and Syria.\n\n"
        "3 April 2031: In Kalemyo, a military airstrike damaged a hospital.\n\n"
        "19 April 2031: In Atarib, a drone strike hit an ambulance, injuring two paramedics.\n"
    )
    found = _by_day(text, "2031-05-14")
    assert [m.date for m in found] == ["2031-04-03", "2031-04-19"]


def test_a_lists_items_take_the_day_its_lead_in_tells() -> None:
    """ "On the night of Sunday 28th June 2031 ... The following premises were affected:" over "(a) ...", "(b) ...":
    each item's act is of that night, not of a later day the item tells ("The owner resumed trading on 1st July")."""
    text = (
        "On the night of Sunday 28th June 2031, armed men went from shop to shop along the Orvan market road. The "
        "following premises were affected:\n\n"
        "(a) Hope Alive Pharmacy: the padlock was cut and the entire stock was looted.\n\n"
        "(b) Mandara Pharmacy: the shutters were cut open and the stock looted. The owner resumed trading on "
        "Wednesday, 1st July.\n"
    )
    found = extract(text, published="2031-07-02", language="en")
    assert found and {m.date for m in found} == {"2031-06-28"}


def test_a_list_items_label_names_its_facility() -> None:
    """ "(a) Hope Alive Pharmacy: ... cold-chain items for a private clinic, was carried away": the label is the
    facility looted, not the clinic the items were for."""
    text = (
        "On the night of Sunday 28th June 2031, armed men went from shop to shop in Orvan. The following premises "
        "were affected:\n\n"
        "(a) Hope Alive Pharmacy: the padlock was cut and the entire stock, including cold-chain items for a private "
        "immunisation clinic, was carried away.\n"
    )
    (m,) = extract(text, published="2031-07-02", language="en")
    assert (m.facility_name, m.facility_type) == ("Hope Alive Pharmacy", "pharmacy")


def test_the_facilitys_own_vehicle_burnt_in_the_raid_is_that_raid() -> None:
    """ "puis ont incendié la moto-ambulance du CSPS": the CSPS's own vehicle, burnt in the raid on it (no place
    named "CSPS", no second incident); "une ambulance de l'hôpital" on another day stays an act of its own."""
    text = (
        "Le 12, aux environs de 9h40, des individus armés ont fait irruption dans le Centre de santé et de promotion "
        "sociale (CSPS) de Bourzanga. Ils ont emporté les médicaments, puis ont incendié la moto-ambulance du CSPS "
        "devant le bâtiment.\n\n"
        "Trois jours plus tard, une ambulance de l'hôpital de Kaya a essuyé des tirs sur la route de Pissila."
    )
    found = extract(text, published="2031-03-20", language="fr")
    assert [(m.date, m.facility_type) for m in found] == [("2031-03-12", "primary_care"), ("2031-03-15", "ambulance")]
    assert set(found[0].attack_types) == {"armed_entry", "looting", "arson"}
    assert found[0].location == "Bourzanga"
