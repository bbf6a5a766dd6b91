"""First-hand accounts: an interview's questions and answers, a nurse's blog post, a quoted testimony led in by the
reporter, and the victims such accounts list. All texts are invented."""

from __future__ import annotations

from notatarget.extract import extract


def _interview() -> str:
    return (
        '"They came at night": a midwife remembers\n\n'
        "By a staff reporter\n\n"
        "GUSAU - Hauwa Bello has worked as a midwife at the primary health centre in Bakura for eleven years. She "
        "spoke to us by phone on Wednesday.\n\n"
        "Q: What happened on the night of 2 June?\n\n"
        "A: I was on duty with one nurse. Six men with guns came in. They took all the drugs from the store, and "
        "they beat the nurse with a stick when she tried to hide the keys.\n\n"
        "Q: Was anyone taken?\n\n"
        "A: They took my colleague and a pregnant woman who had come to deliver.\n"
    )


def test_an_answer_tells_the_day_the_question_asks_of() -> None:
    """ "Q: What happened on the night of 2 June?" dates the acts its answer tells, not the day of the interview."""
    found = extract(_interview(), "2028-06-08", "en")
    assert [m.date for m in found] == ["2028-06-02"]
    assert {"looting", "assault", "abduction_arrest"} <= set(found[0].attack_types)


def test_my_colleague_taken_is_abducted() -> None:
    found = extract("On Monday gunmen stormed the health centre in Mamfe and took my colleague.", "2028-06-08", "en")
    assert "abduction_arrest" in found[0].attack_types
    assert found[0].abducted == 1


def _blog() -> str:
    return (
        "Notes from the ward: the week the soldiers came\n\n"
        "Posted on 14 June 2028 by a staff nurse\n\n"
        "I have put off writing this for days. Last Tuesday started like any other shift at Mubi General Hospital. "
        "At around 4 p.m. a group of soldiers drove into the compound in two pick-ups. They were looking for a "
        "young man who had been brought in with gunshot wounds the night before. Our matron tried to talk to them. "
        "One of them slapped her and pushed her against the wall.\n\n"
        "On Thursday morning the same unit blocked the road to the hospital for six hours.\n"
    )


def test_a_story_told_from_the_day_its_paragraph_opens_on() -> None:
    """ "Last Tuesday started like any other shift at X Hospital. ... One of them slapped her.": the act is of that
    day and that hospital, and "her" is the matron named just before; Thursday's roadblock is another incident."""
    found = extract(_blog(), "2028-06-14", "en")
    assert [(m.date, m.facility_type, m.attack_types) for m in found] == [
        ("2028-06-13", "hospital", ["assault"]),
        ("2028-06-08", "hospital", ["obstruction"]),
    ]


def _testimony() -> str:
    return (
        "« Ils ont tiré sur la porte » : le témoignage d'une sage-femme\n\n"
        "Joséphine est sage-femme au centre de santé de Nana-Outa, près de Kaga-Bandoro. Jointe par téléphone ce "
        "mardi, elle raconte la nuit de samedi à dimanche.\n\n"
        "« Il était presque minuit. Nous avions trois femmes en travail. Des hommes armés sont arrivés à moto et ont "
        "tiré sur la porte du centre. Ils sont entrés, ils ont frappé notre gardien et ils ont emporté les "
        "médicaments. »\n\n"
        "Le gardien, blessé à la tête, a été évacué lundi vers l'hôpital de Kaga-Bandoro.\n"
    )


def test_a_quoted_account_goes_on_from_the_day_its_lead_in_tells() -> None:
    """The quotation tells the night the reporter's lead-in names ("elle raconte la nuit de samedi à dimanche"); the
    day the wounded guard was evacuated ("évacué lundi vers l'hôpital") is the day of his care."""
    found = extract(_testimony(), "2028-07-04", "fr")
    assert [m.date for m in found] == ["2028-07-01"]
    assert (found[0].injured, found[0].health_workers_injured) == (1, 1)


def test_a_day_inside_the_words_of_care_is_not_the_acts() -> None:
    text = (
        "Des hommes armés ont attaqué le centre de santé de Bambari. Le gardien, blessé, a été évacué lundi vers "
        "l'hôpital."
    )
    assert [m.date for m in extract(text, "2028-07-05", "fr")] == ["2028-07-05"]


def test_victims_listed_are_not_perpetrators() -> None:
    for listed in (
        "Among the dead were a nurse, two patients and a relative.",
        "The injured included two soldiers and a nurse.",
    ):
        found = extract(f"On Monday a drone struck the hospital in Kadugli. {listed}", "2028-06-08", "en")
        assert [m.perpetrator for m in found] == [None]


def test_words_of_the_health_system_of_south_asia() -> None:
    """A health sub-centre is primary care; breaking a lock is entry by force; a matron is a health worker."""
    text = (
        "On the night of 2 May, armed men came to the health sub-centre at Kodoli, broke the lock of the store and "
        "took the medicines."
    )
    found = extract(text, "2028-05-10", "en")
    assert [(m.facility_type, m.attack_types) for m in found] == [("primary_care", ["armed_entry", "looting"])]
    found = extract("On Monday soldiers beat the matron of the hospital in Mubi.", "2028-06-08", "en")
    assert (found[0].injured, found[0].health_workers_injured) == (1, 1)
