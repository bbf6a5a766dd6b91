"""Incidents apart in fictional reports: dates read once per report, days apart, facilities apart."""

from __future__ import annotations

import pytest

from notatarget.extract import extract


def _dates(text: str, published: str = "2031-03-12") -> list[tuple[str | None, bool]]:
    return sorted((m.date, m.background) for m in extract(text, published, "en"))


def test_the_day_before_is_counted_from_the_date_told_before_and_is_background() -> None:
    found = _dates(
        "Shells hit the Quillon hospital on 10 March 2031, killing two patients. "
        "The hospital had been shelled by the same forces the day before."
    )
    # an attack counted back from the one reported is an earlier attack, told as background
    assert found == [("2031-03-09", True), ("2031-03-10", False)]


def test_a_weekday_in_a_narrative_paragraph_follows_the_statements_date() -> None:
    found = _dates(
        "On 14 January 2030 the society condemned the killing of its ambulance driver. "
        "He was shot by gunmen on Tuesday night while driving the ambulance.",
        "2031-03-12",
    )
    # one earlier act, on the Tuesday before the statement; the day it was condemned dates nothing
    assert found == [("2030-01-08", True)]


def test_the_page_date_line_dates_no_act() -> None:
    found = _dates(" date 2031-03-12 Gunmen stormed the Quillon clinic on Monday and abducted two nurses.")
    assert found == [("2031-03-10", False)]


def test_facilities_named_apart_keep_their_own_casualties() -> None:
    found = extract(
        "On 10 March 2031 airstrikes hit the Quillon Surgical Hospital in Tamaro; the Osterly Maternity Hospital "
        "in Belvue, where two nurses were killed; and the Halvik Hospital in Dunmere.",
        "2031-03-12",
        "en",
    )
    killed = {m.location: m.health_workers_killed for m in found}
    assert killed == {"Tamaro": None, "Belvue": 2, "Dunmere": None}


def test_the_wounded_being_treated_are_not_the_acts_casualties() -> None:
    (mention,) = extract(
        "Shells hit the Quillon hospital on 10 March 2031. We were treating the injured from strikes on the "
        "town, and there were two patients in the operating room.",
        "2031-03-12",
        "en",
    )
    assert (mention.injured, mention.injured_unspecified) == (None, False)


def test_casualties_told_alone_belong_to_the_latest_incident() -> None:
    found = extract(
        "Gunmen opened fire on an ambulance near Tamaro on 10 March 2031. The society's spokesman said: "
        '"Both ambulance drivers suffered severe injuries and are receiving treatment in hospital."',
        "2031-03-12",
        "en",
    )
    assert [(m.facility_type, m.date) for m in found] == [("ambulance", "2031-03-10")]


def test_an_undated_incident_takes_the_date_of_the_casualties_told_of_it() -> None:
    (mention,) = extract(
        "Gunmen occupied the Quillon hospital, the report says. There may have been no civilian casualties during "
        "the fighting at the Quillon hospital in December, witnesses said.",
        "2031-03-12",
        "en",
    )
    assert mention.date == "2030-12"


def test_a_range_since_a_year_dates_no_act() -> None:
    (mention,) = extract(
        "Des hommes armés ont pillé le centre de santé de Tamaro. Le pays est tombé depuis 2015 dans un cycle "
        "d'attaques qui ont fait plus de 300 morts.",
        None,
        "fr",
    )
    assert mention.date is None


def test_an_attack_on_people_told_at_two_scales_is_one() -> None:
    found = extract(
        "Vaccinator shot dead in Tamaro. Gunmen shot dead a polio vaccinator in Tamaro on Tuesday. The killing "
        "of the vaccinator was carried out by two men near the market in the Belvue neighbourhood on Tuesday.",
        "2031-03-12",
        "en",
    )
    assert [m.date for m in found] == ["2031-03-11"]


def test_facilities_in_two_towns_on_one_day_are_two() -> None:
    found = extract(
        "On 10 March 2031 an airstrike hit the health centre in Tamaro. The same day shells hit the hospital in "
        "Belvue.",
        "2031-03-12",
        "en",
    )
    assert sorted(m.location for m in found) == ["Belvue", "Tamaro"]


def test_without_a_page_date_the_first_full_day_anchors_weekdays() -> None:
    found = extract(
        "Medics carry a wounded nurse in Tamaro, Wednesday, Dec. 18, 2030. Gunmen shot dead two doctors on "
        "Wednesday as they drove to the Tamaro hospital.",
        None,
        "en",
    )
    assert [m.date for m in found] == ["2030-12-18"]


def test_an_undated_report_keeps_facilities_in_other_towns_apart() -> None:
    found = extract(
        "Health facilities looted in Norland. The health centre in Tamaro was looted by soldiers. "
        "Soldiers also burned the health centre in Belvue.",
        None,
        "en",
    )
    assert sorted(m.location for m in found) == ["Belvue", "Tamaro"]


def test_facilities_listed_with_their_towns_are_one_incident_each() -> None:
    found = extract("On 10 March 2031 airstrikes hit hospitals in Tamaro, Belvue and Dunmere.", "2031-03-12", "en")
    assert sorted(m.location for m in found) == ["Belvue", "Dunmere", "Tamaro"]
    found = extract("On 10 March 2031 airstrikes hit three hospitals in Tamaro and Belvue.", "2031-03-12", "en")
    assert len(found) == 1  # the count and the towns disagree: no guess


def test_both_drivers_of_two_ambulances_are_one_each() -> None:
    found = extract(
        "On 10 March 2031 gunmen attacked two ambulances, one in Kenema and the other in Makeni, leaving both "
        "drivers with severe injuries.",
        "2031-03-12",
        "en",
    )
    assert [(m.injured, m.health_workers_injured) for m in found] == [(1, 1), (1, 1)]


def test_spreadsheet_returns_and_odd_spaces_are_read_as_one_space_with_offsets_kept() -> None:
    from notatarget.extract.document import Doc, segment

    text = "On 4 May 2031,\u00a0gunmen  set  on fire the clinic._x000D_An ambulance was shot at."
    doc = segment(Doc(text, None, "en"))
    hits = [h for s in doc.sentences for found in s.hits.values() for h in found]
    # the phrase split by a run of spaces matches, the word glued to the export artefact is read
    assert {h.rule for h in hits} >= {"attack.arson", "facility.ambulance", "attack.gunfire"}
    # every hit and sentence still points at the report text as written
    assert all(text[h.start : h.end] == h.text for h in hits)
    assert [text[s.start : s.end] for s in doc.sentences][-1] == "An ambulance was shot at."
    found = sorted((m.facility_type, tuple(m.attack_types)) for m in extract(text, "2031-05-10", "en"))
    assert found == [("ambulance", ("individual_weapons",)), ("primary_care", ("arson",))]


def test_arabic_marks_and_letter_variants_are_read_past_with_offsets_kept() -> None:
    from notatarget.extract.document import Doc, segment

    # vowel marks, a tatweel, an alef without its hamza, a teh marbuta written as heh
    text = "قصفت الطائرات مستشفـى البلدة، مما ادى الى اصابه مسعفَين."
    doc = segment(Doc(text, None, "ar"))
    hits = [h for s in doc.sentences for found in s.hits.values() for h in found]
    assert {h.rule for h in hits} >= {"facility.hospital.ar", "casualty.injured.ar", "people.health_workers.ar"}
    assert all(text[h.start : h.end] == h.text for h in hits)


def test_misspelt_rule_words_are_read_as_spelt_with_offsets_kept() -> None:
    from notatarget.extract.document import Doc, segment

    # a letter swapped, one left out, one added, two words run together
    text = (
        "On 4 May 2031 gunmen abudcted a nurse and stromed the Ahospital; the pharmaciees were looted. "
        "Two aid wokrers were shot."
    )
    doc = segment(Doc(text, None, "en"))
    hits = [h for s in doc.sentences for found in s.hits.values() for h in found]
    assert {(h.text.split()[0], h.rule) for h in hits} >= {
        ("abudcted", "attack.abduction"),
        ("stromed", "attack.armed_entry"),
        ("Ahospital", "facility.hospital.en"),
        ("pharmaciees", "facility.pharmacy"),
        ("aid", "people.health_workers.en"),  # a word of a phrase of several
    }
    assert all(text[h.start : h.end] == h.text for h in hits)
    # common words a letter away from a rule word, and rule words themselves, are read as written
    text = "The clinic was founded in 2020 and stored medicines; rooted in the town, it was never raided."
    doc = segment(Doc(text, None, "en"))
    words = {h.text for s in doc.sentences for found in s.hits.values() for h in found}
    assert {"founded", "stored", "rooted"}.isdisjoint(words)


def test_another_attack_told_earlier_is_background_in_spanish_and_arabic() -> None:
    spanish = (
        "El 3 de febrero de 2031, hombres armados atacaron una ambulancia en Tamaro. "
        "En enero de 2031, otra ambulancia fue atacada en la misma carretera."
    )
    arabic = "قصفت طائرات حربية مستشفى تامارو يوم 3 فبراير 2031. وكان المستشفى قد تعرض لقصف في يناير 2031."
    for text, language in ((spanish, "es"), (arabic, "ar")):
        found = sorted((m.date, m.background) for m in extract(text, "2031-02-05", language))
        assert found == [("2031-01", True), ("2031-02-03", False)]


def test_the_day_before_a_statement_is_the_act_itself_not_background() -> None:
    text = "Le 11 mars 2031, la Croix-Rouge a annoncé que la veille, une ambulance avait sauté sur une mine à Tamaro."
    # counted back from the day the statement was made, not from another act
    assert [(m.date, m.background) for m in extract(text, "2031-03-12", "fr")] == [("2031-03-10", False)]


def test_a_report_on_a_period_reports_the_acts_of_its_weeks() -> None:
    # a monitor's report published in mid-December tells acts of the two months before it, each within a month
    # of the next: they are what it reports, not background; an act years before still is
    text = (
        "Between October and December, the monitor documented attacks on hospitals in four provinces.\n\n"
        "On 3 October 2031, police raided the Vessa district hospital and arrested two nurses.\n\n"
        "On 19 October 2031, tear gas was fired into the grounds of the Omber children's hospital.\n\n"
        "On 6 November 2031, gunmen opened fire on an ambulance near Tamaro, wounding its driver.\n\n"
        "On 28 November 2031, security forces occupied the Ruel general hospital.\n\n"
        "In March 2027, police had also stormed the Vessa district hospital during earlier protests."
    )
    found = _dates(text, "2031-12-14")
    assert found == [
        ("2027-03", True),
        ("2031-10-03", False),
        ("2031-10-19", False),
        ("2031-11-06", False),
        ("2031-11-28", False),
    ]


def test_one_act_and_an_old_one_are_no_period() -> None:
    text = (
        "On 28 November 2031, gunmen looted the Ruel health centre.\n\n"
        "On 20 October 2031, the same gunmen burned an ambulance near Ruel."
    )
    assert _dates(text, "2031-12-14") == [("2031-10-20", True), ("2031-11-28", False)]


@pytest.mark.parametrize(
    "text",
    [
        # the day of the verdict and of the sentence are no day of the act the trial was over
        "The High Court at Vessa on 8 May 2031 convicted two men over the attack on the Ruel dispensary. "
        "On 14 February 2029, gunmen shot dead the dispensary's guard and abducted two nurses. "
        "The two men will be sentenced on 22 May 2031.",
        # the day of a release is no day of the abduction
        "On 14 February 2029, gunmen shot dead the guard of the Ruel dispensary and abducted two nurses. "
        "The nurses were released in April 2031.",
    ],
)
def test_a_verdict_or_a_release_dates_no_act(text: str) -> None:
    assert _dates(text, "2031-05-09") == [("2029-02-14", True)]


def test_a_release_in_spanish_and_french_dates_no_act() -> None:
    spanish = (
        "El 3 de marzo de 2031, hombres armados secuestraron a un médico del hospital de Tamaro. "
        "Fue liberado el jueves."
    )
    french = (
        "Le 3 mars 2031, des hommes armés ont enlevé un infirmier du centre de santé de Tamaro. Il a été libéré jeudi."
    )
    assert [m.date for m in extract(spanish, "2031-03-12", "es")] == ["2031-03-03"]
    assert [m.date for m in extract(french, "2031-03-12", "fr")] == ["2031-03-03"]


def test_a_review_published_months_later_reports_its_period() -> None:
    # the acts are one to two months apart and the review comes out two months after the last: still its subject
    text = (
        "This review covers attacks on health care along the Vessa front in the second half of 2031.\n\n"
        "On 22 August 2031, a missile struck the courtyard of the Vessa children's clinic.\n\n"
        "On 20 October 2031, a drone hit an ambulance of the Ruel emergency service.\n\n"
        "On 9 December 2031, shells hit the Omber district hospital, killing a nurse.\n\n"
        "In March 2028, shelling had damaged the Omber district hospital for the first time."
    )
    found = _dates(text, "2032-02-20")
    assert found == [("2028-03", True), ("2031-08-22", False), ("2031-10-20", False), ("2031-12-09", False)]


def test_words_tokenized_ahead_are_cut_as_a_fresh_tokenizer_cuts_them() -> None:
    import spacy

    from notatarget.extract.document import _nlp, _remember_words

    text = "Raiders didn't spare the Quorvelle clinic (it cannot reopen) at 3 p.m.; gonna rebuild Zentharide ward"
    tokenizer = _nlp("en")[0].tokenizer
    _remember_words(tokenizer, [text, "Quorvelle Zentharide"])
    expected = [t.text for t in spacy.blank("en").tokenizer(text)]
    assert [t.text for t in tokenizer(text)] == expected
    assert "did" in expected and "n't" in expected and "can" in expected  # special cases cut as ever


def test_a_dashboards_table_rows_and_the_events_it_leaves_out() -> None:
    """Rows dated dd/mm before a "|" are incidents; a vehicle damaged in its own clause is the ambulance's, not the
    hospital's where the patient was brought; a health worker "taken from his home" is abducted; the events under
    a heading that says they were not counted are none."""
    text = (
        "HEALTH CLUSTER — EXAMPLE PROVINCE\nMonthly dashboard: March 2031\n\n"
        "VERIFIED INCIDENTS, MARCH 2031\n\n"
        "04/03 | Tamaro | Ambulance | Ambulance of the district hospital fired upon on the road into Tamaro. The "
        "driver was injured. Vehicle damaged; patient delivered safely at the hospital.\n\n"
        "09/03 | Ostrava | Health worker | A community health worker taken from his home at night by armed men.\n\n"
        "EVENTS REPORTED BUT NOT COUNTED AS ATTACKS\n\n"
        "- 12/03: the roof of a health post near Tamaro was torn off by strong winds.\n\n"
        "- 15/03: a rumour that a nurse had been killed in Ostrava was found to be false."
    )
    found = sorted(extract(text, "2031-04-05", "en"), key=lambda m: m.date)
    assert [(str(m.date), m.facility_type, m.attack_types) for m in found] == [
        ("2031-03-04", "ambulance", ["individual_weapons"]),
        ("2031-03-09", None, ["abduction_arrest"]),
    ]


def test_a_security_briefs_entries_are_apart_and_its_other_incidents_none() -> None:
    """Entries "dd/mm, Town — ..." are acts apart, each with its own town and no target of another entry; a taxi
    driver robbed, an exchange of fire that affected no staff and a risk told in general are no incidents."""
    text = (
        "NGO SAFETY FORUM — WEEKLY BRIEF\nWeek 10 | Issued Monday 10 March 2031\n\n"
        "SUMMARY\nArmed robbery on the main roads remains the main threat to NGO movements.\n\n"
        "Ouaka\n"
        "04/03, Bambari — Five armed men entered the emergency ward of Bambari regional hospital and fired shots "
        "in the courtyard. The hospital suspended night admissions.\n"
        "05/03, Bambari — A motorbike taxi driver was robbed at knifepoint at the exit of the town.\n"
        "05/03, Alindao — A midwife was raped by two armed men as she walked home from the maternity.\n"
        "06/03, Bambari — Exchange of fire between armed groups near the airfield. No NGO staff affected.\n"
    )
    found = sorted(extract(text, "2031-03-10", "en"), key=lambda m: m.date)
    assert [(str(m.date), m.location, m.attack_types) for m in found] == [
        ("2031-03-04", "Bambari", ["armed_entry", "individual_weapons"]),
        ("2031-03-05", "Alindao", ["sexual_violence"]),
    ]


def test_a_reports_key_figures_and_what_it_did_not_count_are_no_incident() -> None:
    """The lines under "Chiffres clés" and the toll of "ces incidents" are the period's figures; an abduction the
    observatory "ne les a pas comptabilisées" is none; "l'Observatoire" is no place (no Paris 14e)."""
    text = (
        "Rapport semestriel, janvier-juin 2031\n\n"
        "Au cours du semestre, l'Observatoire a documenté 47 incidents. Ces incidents ont fait 21 morts, dont 6 "
        "agents de santé, et 34 blessés.\n\n"
        "CHIFFRES CLÉS DU SEMESTRE\n- 21 personnes tuées, dont 6 agents de santé\n- 9 agents de santé enlevés\n\n"
        "Le 7 février 2031, des miliciens ont attaqué le centre de santé de Djugu et tué deux patients.\n\n"
        "Par ailleurs, l'Observatoire a reçu des informations sur l'enlèvement d'une sage-femme à Bunia ; faute de "
        "pouvoir les vérifier, il ne les a pas comptabilisées."
    )
    [m] = extract(text, "2031-07-20", "fr")
    assert (str(m.date), m.country, m.killed) == ("2031-02-07", "COD", 2)


def test_a_glossary_tells_no_act() -> None:
    """ "ABBREVIATIONS: UAM – unidentified armed men; GSW – gunshot wound": words explained, no act."""
    text = (
        "WEEKLY SECURITY DIGEST\n\n"
        "ABBREVIATIONS: UAM – unidentified armed men; RHU – Rural Health Unit; GSW – gunshot wound.\n\n"
        "INCIDENT LOG\n\n"
        "12/03 – Sulu, Jolo – Peaceful rally of transport groups; no incident.\n\n"
        "13/03 – Sulu, Patikul – A midwife was abducted by 4 armed men on her way home."
    )
    [m] = extract(text, "2031-03-17", "en")
    assert (str(m.date), m.attack_types) == ("2031-03-13", ["abduction_arrest"])


def test_a_summarys_month_is_the_body_s_day_in_that_town() -> None:
    """A summary telling an act in a month ("the attack on the Djugu health centre in February") that the body
    tells on a day of that month in that town adds no incident."""
    text = (
        "SEMI-ANNUAL REPORT, January-June 2031\n\nSUMMARY\n\nTwo events marked the period: the night attack on the "
        "Djugu health centre in February, in which three people were killed, and the explosion that destroyed an "
        "ambulance near Bunia in May.\n\nINCIDENTS\n\nOn 7 February 2031, militiamen attacked the Djugu health centre "
        "and killed two patients and a carer.\n\nOn 21 May 2031, an ambulance hit an improvised explosive device near "
        "Bunia. The driver was killed."
    )
    found = sorted(extract(text, "2031-07-20", "en"), key=lambda m: m.date)
    assert [str(m.date) for m in found] == ["2031-02-07", "2031-05-21"]


def test_a_headline_year_gives_way_to_the_body_s_day() -> None:
    """ "Medicine of the region in 2030: the year's results and a new strike on the hospital": the headline's year
    dates the review; the strike is the body's, on its day."""
    text = (
        "Медицина Сумщини у 2030 році: підсумки року та новий удар по лікарні\n\n"
        "Департамент охорони здоров'я сьогодні підбив підсумки 2030 року на пресконференції в Сумах.\n\n"
        "Учора ввечері ударний дрон влучив у приймальне відділення лікарні в Сумах, поранено охоронця."
    )
    [m] = extract(text, "2031-01-27", "uk")
    assert (str(m.date), m.facility_type, m.injured) == ("2031-01-26", "hospital", 1)


def test_harm_right_after_an_act_is_its_own_in_a_report_telling_an_accident_elsewhere() -> None:
    """An accident left out at the end of a sitrep ("a fire ... attributed to an electrical fault") does not make
    "The driver was killed and two vaccinators were injured", right after an IED struck their pick-up, its toll."""
    text = (
        "HEALTH SECTOR SITUATION REPORT\nPeriod covered: 5 - 18 February 2029\n\n"
        "(b) 10/02, Monguno. A pick-up carrying a vaccination team struck an improvised explosive device on the "
        "road just outside Monguno. The driver was killed and two vaccinators were injured.\n\n"
        "Not included in this report\n"
        "- A fire in the pharmacy of a private clinic in Maroua on 11 February, which the fire service attributed "
        "to an electrical fault.\n"
    )
    [found] = extract(text, published="2029-02-21", language="en")
    assert (found.date, found.killed, found.injured) == ("2029-02-10", 1, 2)
