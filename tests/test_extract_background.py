"""Background incidents: earlier attacks a report mentions beside the ones it reports (invented reports)."""

from __future__ import annotations

import re

import pytest

from notatarget.extract import extract


def _found(text: str, published: str, language: str = "en") -> list[tuple[str | None, bool]]:
    return sorted((m.date, m.background) for m in extract(text, published, language))


@pytest.mark.parametrize(
    ("text", "language"),
    [
        (
            "Shells hit the Norvale district hospital on Tuesday, wounding two nurses.\n\n"
            "Staff in the region live in fear. In February 2031 a midwife was shot dead at the gate of a health "
            "post outside Norvale.",
            "en",
        ),
        (
            "Mardi, des obus ont touché l'hôpital de district de Norvale, blessant deux infirmiers.\n\n"
            "En février 2031, une sage-femme a été tuée par balle devant un poste de santé près de Norvale.",
            "fr",
        ),
        (
            "El martes, varios proyectiles alcanzaron el hospital de Norvale e hirieron a dos enfermeros.\n\n"
            "En febrero de 2031, una partera fue asesinada a tiros frente a un puesto de salud cerca de Norvale.",
            "es",
        ),
    ],
)
def test_a_month_named_before_that_of_the_day_reported_is_background(text: str, language: str) -> None:
    # no cue tells the earlier act: its month, before the month of the act the report dates, does
    assert _found(text, "2031-03-06", language) == [("2031-02", True), ("2031-03-04", False)]


def test_a_month_told_without_a_later_day_is_what_a_report_reports() -> None:
    # a note early in March on the month before: its acts are what it reports
    text = "In February 2031, gunmen looted the Norvale health centre and burned its pharmacy."
    assert _found(text, "2031-03-03") == [("2031-02", False)]


@pytest.mark.parametrize(
    ("text", "language"),
    [
        (
            "On Monday gunmen stormed the Norvale clinic and beat a nurse.\n\n"
            "Last year, soldiers occupied a health centre in the province for a month.",
            "en",
        ),
        (
            "Lundi, des hommes armés ont fait irruption dans la clinique de Norvale et frappé un infirmier.\n\n"
            "L'année dernière, des soldats ont occupé un centre de santé de la province pendant un mois.",
            "fr",
        ),
    ],
)
def test_an_earlier_act_told_only_with_a_year_is_no_incident(text: str, language: str) -> None:
    # a background incident needs at least a month and a year
    assert _found(text, "2031-03-12", language) == [("2031-03-10", False)]


@pytest.mark.parametrize(
    ("text", "language"),
    [
        (
            "Le 2 mars 2031, des obus ont touché l'hôpital de Norvale.\n\n"
            "Le 21 février, l'entrepôt de médicaments de la ville avait été endommagé par une frappe.",
            "fr",
        ),
        (
            "El 2 de marzo de 2031, varios proyectiles alcanzaron el hospital de Norvale.\n\n"
            "El 21 de febrero, el almacén de medicamentos de la ciudad había sido saqueado por hombres armados.",
            "es",
        ),
        (
            "On 2 March 2031 shells hit the Norvale hospital.\n\n"
            "It is not the first time: on 21 February gunmen looted the town's medical warehouse.",
            "en",
        ),
        (
            "قصفت طائرات حربية مستشفى نورفال يوم 2 مارس 2031.\n\n"
            "وكان مستودع الأدوية التابع لوزارة الصحة في المدينة قد تعرض للنهب يوم 21 فبراير 2031.",
            "ar",
        ),
    ],
)
def test_an_act_told_earlier_in_a_paragraph_of_its_own_is_background(text: str, language: str) -> None:
    # told earlier by the tense or words that place it before ("avait été", "había sido", "not the first time",
    # "وكان ... قد"), nine days before the act the report is about
    assert _found(text, "2031-03-03", language) == [("2031-02-21", True), ("2031-03-02", False)]


def test_an_arabic_hospital_ward_is_its_hospital_not_an_ambulance() -> None:
    # "قسم الإسعاف" is the emergency department: the hospital hit, named by the hospital, not another target
    text = "قصفت طائرات حربية مستشفى نورفال يوم 2 مارس 2031، ما أدى إلى تضرر قسم الإسعاف وتوقفه عن العمل."
    found = extract(text, "2031-03-03", "ar")
    assert [(m.date, m.facility_type) for m in found] == [("2031-03-02", "hospital")]


def test_an_arabic_hospital_s_outpatient_clinic_is_its_hospital() -> None:
    # "العيادة الخارجية" is a hospital's outpatient clinic, a part of a hospital, not a clinic of its own
    text = "سقطت قذيفة مدفعية على العيادة الخارجية في مدينة نورفال يوم 2 مارس 2031، وقُتل مريض."
    [m] = extract(text, "2031-03-03", "ar")
    assert (m.facility_type, m.killed) == ("hospital", 1)


@pytest.mark.parametrize(
    ("text", "language"),
    [
        (
            "On Tuesday a guided missile struck an ambulance of the Field Medicine Centre in Tamaro, wounding a "
            "paramedic.\n\nLast week, the same forces targeted an ambulance on the airport road, killing a doctor.",
            "en",
        ),
        (
            "استهدف صاروخ موجه يوم الثلاثاء سيارة إسعاف في تامارو.\n\n"
            "يذكر أن القوات نفسها استهدفت، الأسبوع الماضي، سيارة إسعاف في محور طريق المطار مما أسفر عن مقتل طبيب.",
            "ar",
        ),
    ],
)
def test_last_week_beside_a_later_act_on_its_kind_of_target_is_background(text: str, language: str) -> None:
    # "last week" tells the act before the one the report is about: its month, marked background
    assert _found(text, "2031-03-12", language) == [("2031-03", True), ("2031-03-11", False)]


def test_last_week_beside_only_older_acts_on_its_kind_of_target_is_what_a_report_reports() -> None:
    text = (
        "The Red Cross reported an attack on an ambulance last week in the Sibu district.\n\n"
        "On 12 January 2030, the Red Cross condemned the killing of an ambulance driver, shot on 10 January 2030."
    )
    found = _found(text, "2031-03-12")
    assert ("2031-03", False) in found and ("2031-03", True) not in found


def test_an_nth_attack_in_a_week_counts_the_earlier_attack_the_report_tells_as_background() -> None:
    # "the second time in a week" is the earlier strike told in the next paragraph, not one more
    text = (
        "The Norvale hospital closed on Tuesday after shells landed in its courtyard for the second time in a week.\n\n"
        "The hospital had already been hit last Wednesday, when a shell pierced the roof of its laundry."
    )
    assert _found(text, "2031-03-12") == [("2031-03-05", True), ("2031-03-11", False)]


def test_an_nth_strike_this_week_counts_the_earlier_strike_told_that_week() -> None:
    # the week's month dates the headline: the clinic struck on Monday is the first strike, told already
    text = (
        "Guided bomb hits Poltava children's hospital, second strike on city clinics this week\n\n"
        "A guided bomb hit the regional children's hospital in Poltava on Wednesday, wounding a nurse.\n\n"
        "On Monday a drone hit a primary care clinic in the city's Kyivskyi district, damaging its roof."
    )
    assert not any(background for _, background in _found(text, "2031-03-13"))


def test_a_day_counted_back_in_the_next_sentence_dates_no_act_told_before_it() -> None:
    # "the previous day" dates the nurses' flight, not the burning told before it: one incident
    text = (
        "On 20 August 2031, troops moving through a village set fire to the Dunmore health centre. "
        "The health centre, built by the villagers in 2019, burned to the ground. "
        "Its two nurses had fled with the villagers the previous day, and nobody was hurt."
    )
    assert _found(text, "2031-09-02") == [("2031-08-20", False)]


@pytest.mark.parametrize(
    ("text", "language"),
    [
        (
            "On 20 July 2031, a jet dropped two bombs on the Dunmore hospital, which had been run by the local "
            "council until the town changed hands earlier in the year.",
            "en",
        ),
        (
            "Le 20 juillet 2031, un avion a largué deux bombes sur l'hôpital de Dunmore, qui avait été confié "
            "auparavant à une association locale.",
            "fr",
        ),
    ],
)
def test_a_relative_clause_after_a_dated_act_tells_its_target_not_its_time(text: str, language: str) -> None:
    # "which had been run ... earlier" tells of the hospital: the act of 20 July is what the report reports
    assert _found(text, "2031-08-02", language) == [("2031-07-20", False)]


@pytest.mark.parametrize(
    ("text", "language"),
    [
        (
            "On Tuesday gunmen burned the Dunmore health centre.\n\n"
            "This is not the first tragedy on the roads of the region. On 21 February, an ambulance of the Dunmore "
            "hospital struck a mine on the road to Kelso, killing its driver.",
            "en",
        ),
        (
            "Mardi, des hommes armés ont incendié le centre de santé de Dunmore.\n\n"
            "Ce n'est pas le premier drame sur les routes de la région. Le 21 février, une ambulance de l'hôpital "
            "de Dunmore a sauté sur une mine sur la route de Kelso, tuant son chauffeur.",
            "fr",
        ),
        (
            "El martes, hombres armados incendiaron el centro de salud de Dunmore.\n\n"
            "No es la primera tragedia en las carreteras de la región. El 21 de febrero, una ambulancia del hospital "
            "de Dunmore pisó una mina en la carretera a Kelso y murió su conductor.",
            "es",
        ),
    ],
)
def test_an_act_told_after_a_sentence_saying_it_is_not_the_first_is_background(text: str, language: str) -> None:
    # the sentence before it, telling no act, tells the ambulance's mine as an earlier one
    assert _found(text, "2031-03-06", language) == [("2031-02-21", True), ("2031-03-04", False)]


@pytest.mark.parametrize(
    ("text", "language"),
    [
        (
            "Shells hit the Norvale hospital on Tuesday.\n\nIn February 2031, two paramedics were killed when a drone "
            "struck their ambulance near Kelso, one of dozens of deadly attacks on rescuers since the war began.",
            "en",
        ),
    ],
)
def test_an_act_told_as_one_of_many_is_an_incident_not_a_statistic(text: str, language: str) -> None:
    # neither the year's number nor the many it is one of make the sentence a count of attacks
    assert _found(text, "2031-03-06", language) == [("2031-02", True), ("2031-03-04", False)]


def test_a_month_a_range_starts_from_dates_no_act() -> None:
    # "since February 2029" opens a range (a question on a tally), not the day of an act
    text = (
        "The member asked what assessment the minister has made of the number of attacks on health care since "
        "February 2029, and what support is given to repair damaged hospitals."
    )
    assert _found(text, "2031-03-06") == []
    # ... but a month an act is told at is its date
    text = (
        "Shells hit the Norvale hospital on Tuesday, wounding two nurses.\n\nThe strike was the deadliest on a health "
        "facility in the province since May 2030, when aircraft bombed a rural health centre near Kelso, killing a "
        "midwife."
    )
    assert ("2030-05", True) in _found(text, "2031-03-06")


def test_a_report_looking_back_on_past_months_reports_their_acts() -> None:
    # a testimony published two months after the acts it tells: no act of its own days, so they are its subject
    text = (
        "I was the only nurse left at the Norvale health centre.\n\n"
        "On 5 September 2031, soldiers occupied the health centre and took our medicines.\n\n"
        "On 17 September 2031, gunmen shot at our ambulance on the road to Kessa, wounding the driver."
    )
    assert _found(text, "2031-11-20") == [("2031-09-05", False), ("2031-09-17", False)]


def test_an_act_long_before_the_past_a_report_looks_back_on_is_its_background() -> None:
    text = (
        "The quarterly review covers the attacks on health care in the province.\n\n"
        "On 3 May 2031, shells hit the Norvale district hospital. On 20 June 2031, gunmen looted the Kessa "
        "health post.\n\n"
        "In March 2029, an airstrike destroyed the old Kessa hospital."
    )
    assert _found(text, "2031-09-30") == [("2029-03", True), ("2031-05-03", False), ("2031-06-20", False)]


def test_a_year_old_act_in_a_report_of_today_stays_background() -> None:
    # a verdict or a commemoration long after the act: beyond the year a report looks back on
    text = "The court convicted three men over the attack on the Norvale dispensary on 14 February 2029."
    assert _found(text, "2031-05-09") == [("2029-02-14", True)]


@pytest.mark.parametrize(
    "heading",
    [
        "Chapter 3: Attacks on clinics in Norvale, November 2030 to December 2031",
        "Attacks on clinics in Norvale between January and March 2031",
    ],
)
def test_a_period_a_heading_spans_dates_no_act(heading: str) -> None:
    text = f"{heading}\n\nOn 28 January 2031, soldiers entered the Kessa hospital compound and set up camp there."
    assert _found(text, "2031-06-30") == [("2031-01-28", False)]


def test_numbered_rows_of_a_return_are_dated_by_their_day_and_month() -> None:
    text = (
        "Incidents reported in the period:\n"
        "Row 1: 06/06 — Norvale — Norvale Hospital — shells hit the surgical ward — 2 killed.\n"
        "Row 2: 09/06 — Kessa — ambulance of Kessa Hospital — fired upon on the road — driver injured."
    )
    assert _found(text, "2031-06-20") == [("2031-06-06", False), ("2031-06-09", False)]


def test_an_act_a_day_before_the_day_told_takes_its_own_day() -> None:
    text = (
        "Doctors at the Norvale General Hospital suspended all but emergency services on Tuesday, a day after armed "
        "men stormed the surgical department and beat a surgeon."
    )
    assert _found(text, "2031-03-12") == [("2031-03-10", False)]


def test_a_report_with_news_of_its_own_days_keeps_its_old_acts_as_background() -> None:
    # the news is the reopening; the shelling two months before is its background
    text = (
        "The Norvale health centre reopened on Monday after repairs.\n\n"
        "On 5 September 2031, shells hit the health centre, wounding two nurses."
    )
    assert _found(text, "2031-11-20") == [("2031-09-05", True)]


def test_the_day_a_report_is_published_or_given_is_no_news_of_its_own() -> None:
    text = (
        "Published 18 November 2031\n\n"
        "On 5 September 2031, soldiers occupied the Norvale health centre.\n\n"
        "On 17 September 2031, gunmen shot at an ambulance near Kessa. She spoke to us on Saturday."
    )
    assert _found(text, "2031-11-20") == [("2031-09-05", False), ("2031-09-17", False)]


@pytest.mark.parametrize(
    "text",
    [
        "Second, ambulance crews were treated as suspects: searched, delayed, detained and, in at least one case, "
        "fired upon while on a call.",
        "Access to hospitals was cut for days at a time, and health workers were detained on the way to work.",
        "Les centres de santé sont souvent pillés et leurs infirmiers parfois enlevés.",
    ],
)
def test_a_general_statement_about_a_class_of_targets_is_no_incident(text: str) -> None:
    assert extract(text, published="2031-03-14") == []


def test_a_share_of_a_class_told_hit_is_a_general_statement() -> None:
    text = (
        "Since the war began, the health system has collapsed. By March 2031, fewer than one in four hospitals in "
        "the three provinces was fully functional. Many of the rest had been shelled, looted, occupied or abandoned "
        "by staff who fled."
    )
    assert extract(text, published="2031-04-20") == []


def test_the_acts_of_the_period_a_report_declares_are_current() -> None:
    """A quarterly update published weeks after its period ("1 July – 30 September 2031" in its head) reports the
    acts of that period: none is background; the one it leaves out ("not included") and the trend are none."""
    text = (
        "HEALTH CARE MONITOR — EXAMPLELAND\n1 July – 30 September 2031\nPublished 20 October 2031\n\n"
        "During the quarter the Monitor documented two incidents affecting health care.\n\n"
        "- On 14 August, a drone strike hit the street in front of the Hope Polyclinic in Sirte, injuring two "
        "paramedics.\n\n"
        "- In July, armed men broke into a medical warehouse in Derna and removed vaccines.\n\n"
        "The Monitor also received reports that a hospital in Tarhuna had been shelled in September. The shell "
        "landed a kilometre away. This incident is therefore not included.\n\n"
        "Both parties denied responsibility. The Monitor is concerned about the growing number of abductions of "
        "doctors. In the 2019 war, dozens of health facilities and ambulances were hit."
    )
    found = sorted(extract(text, "2031-10-20", "en"), key=lambda m: m.date)
    assert [(str(m.date), m.background) for m in found] == [("2031-07", False), ("2031-08-14", False)]


def test_an_anniversary_piece_tells_the_old_attack_once_and_the_new_one_apart() -> None:
    """The sentences after an earlier act's, in its paragraph, and "when the missile hit" later on, go on telling
    that act (its toll, its damage): no incident of the day of publication."""
    text = (
        "TAMARO — A year ago today, on 18 March 2030, a missile struck the Hope Children's Hospital in Tamaro. Nine "
        "people were killed, among them a nurse, and 23 were injured. The east wing was left in ruins.\n\n"
        "Dr Amal Nour, who was in the operating theatre when the missile hit, still works at the hospital.\n\n"
        "On Monday evening, a drone struck a Hope ambulance near Tamaro, wounding the driver."
    )
    found = sorted(extract(text, "2031-03-18", "en"), key=lambda m: m.date)
    assert [(str(m.date), m.background, m.killed) for m in found] == [
        ("2030-03-18", True, 9),
        ("2031-03-17", False, None),
    ]


@pytest.mark.parametrize(
    ("head", "language"),
    [
        ("Report of the Commission covering the period from 1 January to 30 June 2031", "en"),
        ("Asunto: Ataques contra el personal de salud en Orvan (marzo–julio de 2031)", "es"),
        ("Rapport semestriel : attaques contre les soins de santé à Orvan, janvier-juin 2031", "fr"),
    ],
)
def test_a_period_declared_in_a_long_head_line_makes_its_acts_current(head: str, language: str) -> None:
    """A report covering half a year, published months later, reports its acts: none is background; the range is
    the report's period, no act's date."""
    body = {
        "en": "On 17 March 2031, an airstrike hit the Orvan hospital. On 2 May 2031, gunmen looted the Harlow clinic.",
        "es": "El 17 de marzo de 2031 un ataque aéreo alcanzó el hospital de Orvan. El 2 de mayo de 2031 hombres "
        "armados saquearon la clínica de Harlow.",
        "fr": "Le 17 mars 2031, une frappe aérienne a touché l'hôpital d'Orvan. Le 2 mai 2031, des hommes armés ont "
        "pillé la clinique de Harlow.",
    }[language]
    assert _found(f"{head}\n\n{body}", "2031-09-15", language) == [("2031-03-17", False), ("2031-05-02", False)]


def test_a_persons_months_in_a_head_line_declare_no_period() -> None:
    """ "volunteer in Orvan from January to April 2031": a witness's months, not the report's period."""
    text = (
        "Oral evidence: medical care in the war\n\nWitness: Dr A. B., volunteer with a medical charity in Orvan from "
        "January to April 2031\n\nShe told the committee that on 16 June 2031 shelling hit the Harlow clinic. On 17 "
        "February 2031 an airstrike had hit the Orvan hospital."
    )
    assert _found(text, "2031-06-18") == [("2031-02-17", True), ("2031-06-16", False)]


def test_a_running_lists_entries_tagged_with_an_earlier_edition_are_background() -> None:
    """A year-to-date list repeats for reference the entries earlier updates told ("(Update 3)"); the week's own
    entries ("(new)") are what the update reports."""
    text = (
        "Attacks on health care in 2031 - Year-to-date list, Update No. 8\n\n"
        "- 27 March, Orvan: a drone struck a marked ambulance, killing the driver. (Update 3)\n"
        "- 12 July, Marel: gunmen looted the Marel health centre. (new)\n"
    )
    found = sorted(extract(text, published="2031-07-16", language="en"), key=lambda m: m.date)
    assert [(m.date, m.background) for m in found] == [("2031-03-27", True), ("2031-07-12", False)]


def test_short_lines_of_key_figures_are_no_incidents_toll() -> None:
    """ "People killed: 71 (+5)" under "KEY FIGURES" is a running total, though each such line looks like a heading."""
    text = (
        "KEY FIGURES (YTD)\nIncidents recorded: 64\nPeople killed: 71 (+5), of whom health workers: 19 (+0)\n"
        "People injured: 118 (+11)\n\n"
        "On 12 July 2031 a drone struck the Orvan hospital, killing two patients."
    )
    (m,) = extract(text, published="2031-07-16", language="en")
    assert (m.killed, m.injured) == (2, None)


@pytest.mark.parametrize(
    ("sentence", "language"),
    [
        ("Studies have focused on the Ebola response in 2018–2020, when treatment centres in Orvan were burned.", "en"),
        ("During the Ebola response in 2019, treatment centres in Orvan were burned and two nurses killed.", "en"),
        ("En 2019, des hommes armés avaient incendié le centre de santé d'Orvan.", "fr"),
        ("In 2019, Orvan was the scene of months of fighting. Gunmen looted the Orvan district hospital.", "en"),
    ],
)
def test_an_undated_act_told_in_a_past_year_is_no_act_of_the_reports_day(sentence: str, language: str) -> None:
    """An act a sentence (or the one before it in its paragraph) places only in a year before the report's is an
    earlier act with no month: no incident dated on the day the report was published."""
    assert extract(sentence, published="2031-11-02", language=language) == []
    # ... while one told in the report's own year stays the report's
    this_year = re.sub(r"2018–2020|2019", "2031", sentence)
    assert [m.date for m in extract(this_year, published="2031-11-02", language=language)] == ["2031-11-02"]


def test_a_period_declared_beside_the_day_of_issue_makes_older_acts_background() -> None:
    """ "Period covered: 5 - 18 February 2029 | Issued: 21 February 2029": the day of issue beside it leaves the
    period declared; an act of 22 December told as an update is background, the period's own acts are not."""
    text = (
        "LAKE CHAD BASIN - HEALTH SECTOR SITUATION REPORT No. 7\n"
        "Period covered: 5 - 18 February 2029 | Issued: 21 February 2029\n\n"
        "(a) 07/02, Gwoza. At around 21:00, fighters entered the Primary Health Care Centre in Gwoza town and set it "
        "on fire.\n\n"
        "(b) 14/02, Ngala. Two nurses working in the IDP camp clinic were abducted by armed men near Ngala.\n\n"
        "(c) 16/02, Mora. An improvised explosive device went off at the gate of Mora District Hospital, killing a "
        "guard.\n\n"
        "Update on an earlier incident\n"
        "The three health workers abducted from the clinic in Rann, Borno State, on 22 December 2028, when armed men "
        "stormed the facility at night, remain in captivity.\n"
    )
    found = extract(text, published="2029-02-21", language="en")
    assert [(m.date, m.background) for m in found] == [
        ("2029-02-07", False),
        ("2029-02-14", False),
        ("2029-02-16", False),
        ("2028-12-22", True),
    ]


def test_an_act_recalled_to_the_reader_is_background_only_beside_a_later_one() -> None:
    """ "Pour rappel, le 06/02/2029 ... un engin explosif avait explosé" recalls an act before the abduction the note
    reports: background. A reopening notice recalling why the centre closed tells that one act: no background."""
    note = (
        "Maroua, le 25 février 2029\n\n"
        "Le 24/02/2029 vers 22h, à Mora, deux infirmiers en service à l'hôpital de district ont été enlevés à leur "
        "domicile par des individus armés.\n\n"
        "Pour rappel, le 06/02/2029 vers 7h40, un engin explosif improvisé avait explosé près du portail de l'hôpital "
        "de district de Mora, faisant deux morts et cinq blessés.\n"
    )
    found = extract(note, published="2029-02-25", language="fr")
    assert [(m.date, m.background) for m in found] == [("2029-02-24", False), ("2029-02-06", True)]
    notice = (
        "La Direction sanitaire informe la population que le Centre de santé de Verrettes rouvrira ses portes le "
        "jeudi 19 mars 2026.\n\nPour rappel, le centre était fermé depuis le 3 mars 2026, à la suite de l'intrusion, "
        "ce jour-là, d'individus armés qui ont menacé de mort le personnel.\n"
    )
    [found] = extract(notice, published="2026-03-17", language="fr")
    assert (found.date, found.background) == ("2026-03-03", False)


def test_an_act_told_to_name_whom_a_release_or_a_death_befell_is_background() -> None:
    """The news is the release or the death told with its later day; the act, told with its own day to name the
    person, is an earlier one (unless both fall within the week of the report)."""
    for text, language in (
        (
            "Weekly access update. The nurse who was detained at his home in Tubas on 14 April was released on "
            "30 April without charge.",
            "en",
        ),
        (
            "The ambulance driver shot on 10 April near Yei while carrying a patient died of his wounds on 2 May.",
            "en",
        ),
        ("A técnica de saúde raptada perto de Montepuez a 12 de Abril foi libertada a 29 de Abril.", "pt"),
    ):
        found = extract(text, published="2029-05-06", language=language)
        assert [m.background for m in found] == [True], text
    news = "A doctor abducted on Monday near the clinic in Maiduguri was released on Wednesday."
    assert [m.background for m in extract(news, published="2029-05-04", language="en")] == [False]


def test_a_masthead_day_is_no_news_of_a_case_study_s_own_days() -> None:
    """A journal's masthead ends on the day it is published: that day tells nothing that happened, so a case study
    of attacks some months before it is about them (current), and an attack it recalls from before them is its
    background."""
    text = (
        "Review of Health in Crisis (fictional), Vol. 4, Issue 2, 12 October 2029\n"
        "CASE STUDY\n\n"
        "Two attacks on health care in Ituri\n\n"
        "Case 1. On 3 February 2029, armed men entered the health centre of Nizi, looted its pharmacy and set the "
        "maternity ward on fire.\n\n"
        "Case 2. On 19 April 2029, soldiers entered the general hospital in Bunia and arrested two nurses.\n\n"
        "The Nizi health centre had already been looted in September 2028.\n"
    )
    found = extract(text, published="2029-10-12", language="en")
    assert [(m.date, m.background) for m in found] == [
        ("2029-02-03", False),
        ("2029-04-19", False),
        ("2028-09", True),
    ]


def test_a_month_inside_the_year_told_with_it_dates_the_earlier_act() -> None:
    """ "the second time the clinic has been hit this year: in January, armed men broke into its pharmacy": the act
    after the colon is January's, not the year's, and recalled apart from the strike of the report."""
    text = (
        "A drone strike hit the Orvan health centre on Sunday afternoon, killing two patients. It is the second time "
        "the health centre has been hit this year: in January, armed men broke into its pharmacy and took medicines."
    )
    found = sorted((m.date, m.background) for m in extract(text, "2031-03-04", "en"))
    assert found == [("2031-01", True), ("2031-03-02", False)]
