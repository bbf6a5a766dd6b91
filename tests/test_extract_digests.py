"""Digests and long reports that list many incidents: highlights told again by entries, timelines behind a news lead,
annual tolls, numbered and bulleted entries; and reports that debunk a claimed attack."""

from __future__ import annotations

import pytest

from notatarget.extract import extract


def _brief() -> str:
    return (
        "CARE UNDER FIRE WATCH\nMonthly News Brief\nMarch 2031 | Issue No. 4 | Published 8 April 2031\n\n"
        "Highlights\n"
        "- Chad: a vaccinator was shot dead near Mongo, and armed men took a wounded patient from a clinic in "
        "Am Timan.\n"
        "- Niger: an ambulance driver was killed when gunmen fired on his ambulance in Dosso.\n\n"
        "CHAD\n"
        "- 3 March 2031: In Am Timan, Salamat province, three armed men entered the Espoir Clinic at around 22:00 "
        "and left with a wounded man. Staff told reporters they had been threatened. Source: local radio.\n"
        "- 9 March 2031: Near Mongo, Guéra province, two gunmen fired on a team of vaccinators, killing one "
        "vaccinator. Source: health official.\n"
        "- Mid-March: In Abéché, Ouaddaï province, police detained a male nurse on his way to work. "
        "Source: partner.\n\n"
        "NIGER\n"
        "- 12 March 2031: In Dosso, gunmen fired on an ambulance of the Dosso Regional Hospital at about 21:00. The "
        "driver was killed and the paramedic with him was wounded. Source: hospital statement.\n\n"
        "UPDATE ON EARLIER INCIDENTS\n"
        "- Niger: The February issue reported that armed men had looted the pharmacy of the Tahoua Mother and Child "
        "Hospital on 17 February.\n"
        "- Chad: The nurse detained in Abéché (above) has returned to work.\n"
    )


def test_highlights_do_not_take_the_entries_of_other_towns() -> None:
    """A highlight folds several acts into one line: each entry is an incident of its own town and day, the
    highlights add none, and a "Mid-March" entry in another town is not the 9 March one."""
    found = extract(_brief(), "2031-04-08", "en")
    current = sorted((m.date, m.location) for m in found if not m.background)
    assert current == [
        ("2031-03", "Abéché"),
        ("2031-03-03", "Am Timan"),
        ("2031-03-09", "Mongo"),
        ("2031-03-12", "Dosso"),
    ]


def test_a_brief_s_update_on_an_earlier_month_is_background() -> None:
    """The brief declares its month: an act of the month before, told again in an update, is background."""
    found = extract(_brief(), "2031-04-08", "en")
    assert [(m.date, m.facility_type) for m in found if m.background] == [("2031-02-17", "hospital")]


def test_reported_speech_puts_the_act_s_tense_back_not_the_act() -> None:
    """ "Staff told reporters they had been threatened": the threat of the entry's own night, not an earlier one."""
    found = extract(_brief(), "2031-04-08", "en")
    ati = [m for m in found if m.location == "Am Timan"]
    assert len(ati) == 1 and not ati[0].background


def test_a_timeline_behind_a_news_lead_is_its_background() -> None:
    """An explainer led by "On Monday, a drone struck ..." and a timeline of earlier attacks: the timeline's older
    entries are background, and its entry for the lead's day and hospital is the lead's incident."""
    text = (
        "EXPLAINER\nWhy are clinics in the valley still being hit?\nRiver Research Centre | 12 June 2031\n\n"
        "On Monday, a drone struck the generator room of the Cedar Valley Hospital in Ariha at around 6:00. Two "
        "hospital technicians were injured and the hospital had to stop planned operations.\n\n"
        "Timeline: attacks on health care in the area since October 2030\n"
        "14 October 2030 – Armanaz: two shells hit the courtyard of the maternity hospital. No casualties.\n"
        "2 December 2030 – Salqin: a drone struck an ambulance. The driver was killed.\n"
        "9 June 2031 – Ariha: drone strike on the Cedar Valley Hospital (see above).\n"
    )
    found = extract(text, "2031-06-12", "en")
    assert sorted((m.date, m.background) for m in found) == [
        ("2030-10-14", True),
        ("2030-12-02", True),
        ("2031-06-09", False),
    ]
    lead = next(m for m in found if not m.background)
    assert lead.facility_name == "Cedar Valley Hospital" and lead.health_workers_injured == 2


def test_an_annual_toll_s_incidents_of_its_year_are_current() -> None:
    """An annual report published in April tells the incidents of the year before as its own, not as background;
    an incident of the year before that, recalled, is background."""
    text = (
        "Health workers' league publishes its annual report: 31 attacks in 2030\n\n"
        "ADEN, 7 April 2031 – The league released its annual report on Wednesday, World Health Day.\n\n"
        "Among the incidents it documented:\n\n"
        "- On 14 January 2030, shells hit the Al-Noor Hospital in Dhale, killing a nurse.\n\n"
        "- On 22 August 2030, a shell hit an ambulance in Hays while it carried a wounded man, killing the "
        "paramedic.\n\n"
        "- On the night of 9 November 2030, unknown men set fire to a pharmacy in Yarim.\n\n"
        "The report recalled that in December 2029 gunmen had stormed a hospital in Mocha.\n"
    )
    found = extract(text, "2031-04-07", "en")
    assert sorted((m.date, m.background) for m in found) == [
        ("2029-12", True),
        ("2030-01-14", False),
        ("2030-08-22", False),
        ("2030-11-09", False),
    ]


def test_arabic_entries_under_numbered_headings_and_slashed_month_names() -> None:
    """ "1. الإثنين 24/5، نحو الساعة 11:15 صباحاً – بيت لاهيا" heads its entry and dates it; "9 نوفمبر/تشرين الثاني
    2026" keeps its day though the other name of the month has two words; "أضرم ... النار في صيدلية" is arson on a
    pharmacy; "(29 عاماً)" is an age, no count."""
    text = (
        "حصاد الأسبوع: الاعتداءات على المرافق الصحية\n\nالإثنين، 31 مايو/أيار 2031\n\n"
        "1. الإثنين 24/5، نحو الساعة 11:15 صباحاً – بيت لاهيا\n"
        "استهدفت طائرة مسيّرة مدخل عيادة الكرامة الصحية، ما أدى إلى إصابة ممرضين اثنين.\n\n"
        "2. السبت 29/5، مساءً – مدينة غزة\n"
        "استهدفت غارة جوية سيارة إسعاف، ما أدى إلى استشهاد المسعف سامي حسن (29 عاماً) وإصابة السائق.\n"
    )
    found = extract(text, "2031-05-31", "ar")
    assert sorted((m.date, m.facility_type) for m in found) == [
        ("2031-05-24", "primary_care"),
        ("2031-05-29", "ambulance"),
    ]
    ambulance = next(m for m in found if m.facility_type == "ambulance")
    assert (ambulance.killed, ambulance.injured) == (1, 1)
    arson = extract(
        "ليلة 9 نوفمبر/تشرين الثاني 2030، أضرم مجهولون النار في صيدلية الرحمة في مدينة يريم.", "2031-04-07", "ar"
    )
    assert [(m.date, m.facility_type, m.attack_types) for m in arson] == [("2030-11-09", "pharmacy", ["arson"])]


def test_weekday_entries_after_an_arrow_bullet_date_their_paragraphs() -> None:
    """ "▶ Lundi 12/04 – Goundam" then the entry's text on the next line: the entry's day."""
    text = (
        "Point hebdomadaire sur la sécurité des soins – semaine du 12 au 18 avril 2031\n\n"
        "▶ Lundi 12/04 – Goundam\nVers 10h, l'ambulance du CSRéf de Goundam a été arrêtée par des hommes armés.\n\n"
        "▶ Vendredi 16/04 – Diré\nDes hommes armés ont fait irruption dans la pharmacie du CSRéf de Diré et ont "
        "emporté le stock de médicaments.\n"
    )
    found = extract(text, "2031-04-19", "fr")
    assert sorted((m.date, m.facility_type) for m in found) == [("2031-04-12", "ambulance"), ("2031-04-16", "hospital")]


def test_an_ambulance_of_a_facility_named_with_its_acronym_stays_an_ambulance() -> None:
    text = (
        "Une ambulance du centre de santé de référence (CSRéf) de Bandiagara a sauté sur un engin explosif le 3 "
        "décembre 2030 entre Mopti et Bandiagara."
    )
    assert [m.facility_type for m in extract(text, "2030-12-05", "fr")] == ["ambulance"]


def test_a_fact_check_and_a_clarification_tell_no_attack() -> None:
    fact_check = (
        "FACT CHECK\nNo, this video does not show a strike on Tarvin's city hospital\n\n"
        'CLAIM: A video shared since 8 June shows "the city hospital burning after a missile strike this morning".\n\n'
        "VERDICT: FALSE. The video was filmed in another country in 2029. The city hospital was not struck on 8 June."
    )
    clarification = (
        "MISE AU POINT\n\nDepuis le jeudi 27 mai 2031, des messages circulant sur les réseaux sociaux affirment que "
        "« l'hôpital de Ménaka a été attaqué ». L'hôpital régional de Ménaka n'a fait l'objet d'aucune attaque."
    )
    false_claims = (
        "Fire at Monywa hospital caused by electrical fault; arson claims false\n\nA fire destroyed a storeroom of the "
        "Monywa General Hospital on Tuesday. Several social media accounts claimed that fighters had set the hospital "
        'on fire. "It is an accident. Nobody attacked our hospital," a doctor said.'
    )
    denied_online = (
        "Saint-Marc : faute de carburant, l'hôpital suspend les interventions\n\nL'hôpital de Saint-Marc a suspendu "
        "depuis jeudi les interventions non urgentes, faute de carburant.\n\nSur les réseaux sociaux, plusieurs "
        "messages ont affirmé que l'hôpital avait été « attaqué » et « pillé » par des gangs. La direction dément : "
        "« L'hôpital n'a été la cible d'aucune attaque. »"
    )
    assert extract(fact_check, "2031-06-10", "en") == []
    assert extract(clarification, "2031-05-28", "fr") == []
    assert extract(false_claims, "2031-11-04", "en") == []
    assert extract(denied_online, "2031-11-14", "fr") == []


def test_figures_by_type_and_a_hospital_far_from_a_blast_are_no_incident() -> None:
    figures = (
        "Attacks on Health Care Dashboard – Quarter 1 2031\n\nFigures by type of attack (an attack can have more than "
        "one type)\nViolence with individual weapons: 7\nRemoval of health care assets (looting, theft): 4\n"
        "Abduction, arrest or detention: 3\n"
    )
    blast = (
        "A car bomb exploded at an army checkpoint in Mogadishu on Friday, killing nine soldiers. Medina Crescent "
        "Hospital, a few kilometres from the blast, declared a mass-casualty alert."
    )
    assert extract(figures, "2031-04-30", "en") == []
    assert extract(blast, "2031-11-12", "en") == []


def test_a_count_opening_a_sentence_names_no_facility() -> None:
    """ "Two hospital technicians were injured": "Two" is a count, not the hospital's name."""
    text = "A drone struck the Cedar Valley Hospital in Ariha on Monday. Two hospital technicians were injured."
    assert [m.facility_name for m in extract(text, "2031-06-12", "en")] == ["Cedar Valley Hospital"]


def test_a_digest_s_near_miss_drill_and_smuggling_arrest_are_no_incident() -> None:
    """A roundup's items: a rocket in a field 500 metres from a hospital its director tells undamaged (the hospital he
    speaks for is not the rocket's target), a drill in a paragraph of its own (its "wounded" are actors), and men
    arrested on suspicion of smuggling fuel (goods of a crime, not health supplies)."""
    text = (
        "DAILY ROUNDUP - Sunday, 16 March 2031\n\n"
        "ORVAN - A rocket fell in an empty field about 500 metres from Orvan general hospital late on Saturday. "
        '"There was no damage to the hospital, and we continued to work normally," the hospital\'s director said.\n\n'
        "KESSA - The health directorate held a mass-casualty exercise at Kessa Teaching Hospital on Saturday, "
        'simulating a bombing at the market. Ambulances carried about forty volunteers "wounded" to the emergency '
        "department.\n\n"
        "MARDA - Police in Marda said they had arrested three men suspected of smuggling fuel across the border.\n"
    )
    assert extract(text, "2031-03-16", "en") == []


def test_entries_under_a_heading_of_earlier_incidents_are_background_unless_they_point_above() -> None:
    """A daily digest's "UPDATES ON EARLIER INCIDENTS": its entries tell acts again for reference (background),
    but an update pointing to an entry above ("(entry of 11 March above)") goes on with that entry's act."""
    text = (
        "ACCESS WORKING GROUP - DAILY DIGEST\nWednesday 12 March 2031\n\n"
        "1. INCIDENTS OF THE PAST 24 HOURS\n\n"
        "- Orvan (Kessa region): during the night of 10 to 11 March 2031, armed men entered the Orvan health centre "
        "and abducted the nurse on duty.\n\n"
        "2. UPDATES ON EARLIER INCIDENTS\n\n"
        "- Marda: the Marda health centre, which was looted by armed men on 20 February 2031, reopened on Saturday.\n"
        "- Orvan: the nurse abducted in Orvan (entry of 11 March above) was released on Tuesday evening.\n"
    )
    found = sorted((m.date, m.background) for m in extract(text, "2031-03-12", "en"))
    assert found == [("2031-02-20", True), ("2031-03-10", False)]


def test_a_nurse_beaten_and_treated_at_another_hospital_is_the_raid_s_victim() -> None:
    """ "L'infirmier, frappé à coups de crosse, a été soigné à l'hôpital de Bouar": the hospital where he was cared
    for is no target; his beating is the raid's told just before."""
    text = (
        "Dans la nuit de mercredi 5 mars 2031, des hommes armés ont fait irruption dans le centre de santé de Baboua. "
        "Ils ont emporté le stock de médicaments. L'infirmier chef de poste, frappé à coups de crosse, a été soigné à "
        "l'hôpital de Bouar."
    )
    [found] = extract(text, "2031-03-07", "fr")
    assert (found.facility_type, found.injured, "assault" in found.attack_types) == ("primary_care", 1, True)


@pytest.mark.parametrize(
    ("text", "towns"),
    [
        # a summary table's rows of the same day in two towns, even on vehicles on the move
        (
            "DAILY DIGEST - 12 March 2031\n\n"
            "| # | Date | Country | Place | Type | Health |\n"
            "|---|---|---|---|---|---|\n"
            "| 1 | 11/03 | Niger | Filingué | Airstrike near a health centre | No |\n"
            "| 2 | 11/03 | Niger | Tillia–Tassara road | Vaccination team abducted | Yes |\n"
            "| 3 | 11/03 | Niger | Gothèye | Mobile clinic fired on | Yes |\n",
            ["Gothèye", "Tillia"],
        ),
        # "Item 4 – Banamba" (an ambulance held) and "Item 6 – Tillia" (vaccinators abducted) on the same day, though
        # an ambulance is told at many places; a strike "300 metres from the integrated health centre (CSI)" hits
        # neither the centre nor its acronym
        (
            "DAILY SECURITY DIGEST - Wednesday 12 March 2031\n\n"
            "Item 4 – Banamba (Koulikoro region). Yesterday, an ambulance of the Banamba referral health centre was "
            "held for three hours at a checkpoint by armed men, who searched the patients.\n\n"
            "Item 5 – Filingué (Tillabéri region). Yesterday an airstrike hit a camp roughly 300 metres from the "
            "integrated health centre (CSI) of a village of Filingué department.\n\n"
            "Item 6 – Tillia (Tahoua region). Yesterday afternoon, two vaccinators of the Tillia health district were "
            "abducted on the road by armed men.\n",
            ["Banamba", "Tillia"],
        ),
    ],
)
def test_a_digest_s_rows_or_labelled_items_in_two_towns_are_two_acts(text: str, towns: list[str]) -> None:
    """A digest's table rows or labelled items of one day in two towns are two acts."""
    assert sorted(m.location for m in extract(text, "2031-03-12", "en")) == towns
