"""Follow-ups and corrections: a clarification that corrects the day and the toll an earlier report gave, a wire
update in which one of the wounded has died, and the voices that tell them (a department that clarifies, a
spokesman who tells of arrests)."""

from __future__ import annotations

from notatarget.extract import extract


def _clarification() -> str:
    return (
        "CLARIFICATION: Grenade attack at District Hospital Sibi\n\n"
        "QUETTA, 14 March 2028 – The Provincial Health Department wishes to clarify reports that appeared in some "
        "newspapers about the grenade attack at the District Headquarters Hospital in Sibi.\n\n"
        "The attack took place at 00:40 hours on Thursday, and not on Wednesday night as reported. Unknown persons on "
        "a motorcycle threw a hand grenade at the main gate of the hospital. Five persons were injured, not six, "
        "including a security guard of the hospital. The emergency department remained functional throughout the "
        "night.\n\n"
        "The Department condemns the attack and has asked the police to arrest the culprits.\n"
    )


def test_a_clarification_tells_one_attack_on_the_day_it_confirms() -> None:
    """ "on Thursday, and not on Wednesday night as reported": Wednesday is the day of no act, and the department
    that clarifies is the speaker, not a second target."""
    found = extract(_clarification(), "2028-03-14", "en")
    assert [(m.date, m.time, m.facility_type, m.location) for m in found] == [
        ("2028-03-09", "00:40", "hospital", "Sibi")
    ]
    assert (found[0].injured, found[0].health_workers_injured) == (5, 1)


def test_a_day_a_correction_rejects_dates_nothing() -> None:
    for text in (
        "Gunmen shot at an ambulance near the clinic in Sibi on Tuesday, and not on Monday as first reported.",
        "On Tuesday, and not on Monday as first reported, gunmen shot at an ambulance near the clinic in Sibi.",
        "On Tuesday (rather than on Monday), gunmen shot at an ambulance near the clinic in Sibi.",
    ):
        assert [m.date for m in extract(text, "2028-03-09", "en")] == ["2028-03-07"]


def _update() -> str:
    return (
        "UPDATE 2-Nurse dies after gunmen attack vaccination team in northwest Nigeria\n\n"
        "GUSAU, Nigeria, March 8 (Wire) - A nurse wounded when gunmen opened fire on a polio vaccination team in "
        "Zamfara state on Monday has died of her injuries, raising the death toll from the attack to two, health "
        "officials said on Wednesday.\n\n"
        "The team was going from house to house in Tsafe when men on motorcycles shot at them, killing a police "
        "officer escorting the vaccinators and wounding the nurse and a passer-by. She died in hospital in Gusau "
        "late on Tuesday, the state's primary health care board said.\n\n"
        "A police spokesman said two suspects had been arrested. No group has claimed responsibility.\n"
    )


def test_a_wire_update_tells_one_attack_with_its_new_toll() -> None:
    """The day of a death in hospital told after the act is not the act's; the wounded nurse who died is counted
    dead, not wounded; the death toll raised "from the attack to two" is the total."""
    found = extract(_update(), "2028-03-08", "en")
    assert [(m.date, m.location) for m in found] == [("2028-03-06", "Tsafe")]
    m = found[0]
    assert (m.killed, m.injured, m.health_workers_killed, m.health_workers_injured) == (2, 1, 1, 0)


def test_a_victim_is_not_the_perpetrator() -> None:
    """ "killing a police officer escorting the vaccinators": the police are a victim, the gunmen the actors."""
    assert {m.perpetrator for m in extract(_update(), "2028-03-08", "en")} == {"gunmen"}


def test_an_anniversary_piece_tells_the_attack_it_marks_as_background() -> None:
    """ "A year after armed men looted and set fire to the district hospital": the act a year ago, once, as
    background; the news is the anniversary."""
    text = (
        "One year on, Bol hospital still bears the scars of the attack\n\n"
        "N'DJAMENA, 12 March 2028 - A year after armed men looted and set fire to the district hospital in Bol, the "
        "facility has only partly reopened.\n\n"
        "On the night of 10 to 11 March 2027, around thirty men on motorbikes stormed the hospital, beat a nurse, "
        "emptied the pharmacy and set fire to the maternity ward. Two patients died in the fire.\n\n"
        "On Tuesday, a delegation from the Ministry of Health visited the hospital to mark the anniversary.\n"
    )
    found = extract(text, "2028-03-12", "en")
    assert [(m.date, m.background) for m in found] == [("2027-03-10", True)]


def test_a_trial_report_tells_the_earlier_attack_it_judges() -> None:
    """A court report dates the attack it judges and tells it again undated: one earlier incident, no act of the
    day of the verdict."""
    texts = (
        (
            "Court jails three men for attack on Kano clinic\n\n"
            "KANO, March 10, 2028 - A high court in Kano on Thursday sentenced three men to 15 years in prison for the "
            "armed robbery of a primary health care centre in Dala in which a nurse was shot and wounded.\n\n"
            "The court heard that the men broke into the Dala Primary Health Care Centre on the night of 4 June 2026, "
            "held two nurses at gunpoint and stole drugs. One of the nurses was shot in the leg when she tried to "
            "raise the alarm.\n",
            "2028-03-10",
            "en",
            [("2026-06-04", True)],
        ),
        (
            "Tribunal condena a dos hombres por el asalto a un puesto de salud en Tumaco\n\n"
            "TUMACO, 9 de marzo de 2028. El Juzgado Penal de Tumaco condenó este miércoles a 20 años de prisión a dos "
            "integrantes de un grupo armado por el ataque contra el puesto de salud de la vereda Llorente, ocurrido "
            "en agosto de 2026.\n\n"
            "Según la Fiscalía, los hombres ingresaron armados al puesto de salud, amenazaron al personal y se "
            "llevaron medicamentos. Una enfermera fue golpeada.\n",
            "2028-03-09",
            "es",
            [("2026-08", True)],
        ),
    )
    for text, published, language, expected in texts:
        assert [(m.date, m.background) for m in extract(text, published, language)] == expected


def test_one_of_the_wounded_health_workers_who_died_is_a_health_worker_killed() -> None:
    """ "Two medics were wounded. One of the wounded died": every one wounded was a health worker, so the dead one
    is one, and is no longer wounded; in Ukrainian and Russian too ("Один із поранених помер", "Один из раненых
    скончался")."""
    for text, language, wounded in (
        (
            "On Monday a drone struck an ambulance in Kherson. Two medics were wounded. One of the wounded died in "
            "hospital.",
            "en",
            2,
        ),
        (
            "У понеділок російський дрон атакував автомобіль швидкої допомоги в Херсоні. Поранено двох медиків. Один "
            "із поранених помер у лікарні.",
            "uk",
            2,
        ),
        (
            "В понедельник беспилотник атаковал машину скорой помощи в Белгороде. Ранены три медика. Один из раненых "
            "скончался в больнице.",
            "ru",
            3,
        ),
    ):
        m = extract(text, "2028-03-08", language)[0]
        assert (m.killed, m.injured, m.health_workers_killed, m.health_workers_injured) == (
            1,
            wounded - 1,
            1,
            wounded - 1,
        )
