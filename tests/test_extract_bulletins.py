"""Incidents of a dated bulletin: a state told as of a day, and highlights under a numbered heading."""

from __future__ import annotations

from notatarget.extract import extract


def test_a_state_told_as_of_a_day_opens_no_incident_of_that_day() -> None:
    """ "L'occupation se poursuivait au 30 juin": the day the occupation is told of, not another occupation; "du 28
    au 29 juin" still ends a range of the act."""
    text = (
        "Bamako, le 5 juillet 2031\n\nDes militaires ont pris position le 11 juin dans la maternité du CSCom "
        "central de Tamaro, où ils ont installé un poste d'observation sur le toit. L'occupation se poursuivait "
        "au 30 juin."
    )
    found = extract(text, "2031-07-05", "fr")
    assert [m.date for m in found] == ["2031-06-11"]


def test_highlights_under_a_numbered_heading_tell_again_the_body_s_incidents() -> None:
    """ "1." then "Points saillants": the highlights' drone strike "confirmed eight days later" is the body's strike on
    the same centre, not a strike of its own on a day counted from the bulletin's date."""
    text = (
        "Bulletin de veille - Juin 2031\nBamako, le 5 juillet 2031\n\n1. Points saillants\n\n"
        "- Une frappe de drone sur le centre de santé de Tessalit, confirmée huit jours plus tard.\n\n"
        "2. Incidents vérifiés\n\nLe 20 juin, vers 16 heures, une frappe de drone a touché la cour du centre de santé "
        "de Tessalit, blessant deux patients.\n"
    )
    found = extract(text, "2031-07-05", "fr")
    assert [m.date for m in found] == ["2031-06-20"]


def test_the_day_the_facts_were_confirmed_is_not_the_act_s() -> None:
    """ "L'observatoire a pu confirmer les faits le 28 juin ... : vers 16 heures, une frappe de drone a touché ...": the
    strike of the 20th told before, confirmed on the 28th, is one incident of the 20th."""
    text = (
        "Bamako, le 5 juillet 2031\n\nLe 20 juin au soir, des comptes locaux affirmaient qu'une frappe « aurait "
        "touché » le centre de santé de Tessalit. L'observatoire a pu confirmer les faits le 28 juin auprès de deux "
        "agents du centre : vers 16 heures, une frappe de drone a touché la cour du centre, blessant deux patients.\n"
    )
    found = extract(text, "2031-07-05", "fr")
    assert [m.date for m in found] == ["2031-06-20"]


def test_a_notice_of_strike_by_doctors_is_no_attack() -> None:
    """ "RE: NOTICE OF STRIKE BY DOCTORS IN ORVAN COUNTY": a labour strike, whatever the capitals."""
    text = (
        "RE: NOTICE OF STRIKE BY DOCTORS IN ORVAN COUNTY\n\nThe union gives notice that its members in the county will "
        "withdraw their services from 1 August 2031 over unpaid salaries and the lack of security at health facilities."
    )
    assert extract(text, "2031-07-20", "en") == []


def _table_as_text() -> str:
    return (
        "HEALTH CLUSTER - WEEKLY UPDATE No. 4\nReporting period: 8-14 May 2031 | Issued: 15 May 2031\n\n"
        "Table 1 is given as text, one line per row: No. / Date / Location / Facility / Type of attack / "
        "Casualties.\n"
        "No. 1 / 09/05 / Kafr Nabl (Idlib) / Al-Nour Hospital / shelling hit the roof / no casualties\n"
        "No. 2 / 11/05 / Salqin (Idlib) / HW (midwife) / arrest at a checkpoint / 1 HW detained\n"
        "No. 3 / 11/05 / Maarrat Misrin (Idlib) / medical warehouse / looting: medicines taken / no casualties\n\n"
        "Updates\n- The midwife detained in Salqin on 11/05 had not been released at the time of writing.\n"
        "- Al-Nour Hospital's surgery reopened on 12 May; two of its nurses are on leave after the attack.\n"
    )


def test_rows_of_a_table_told_as_text_are_dated_by_their_cells() -> None:
    """ "No. 2 / 11/05 / Salqin (Idlib) /": a day and month between a row's slashes dates the row, and "on 11/05"
    dates an update; two rows of one day in two towns of one province are two incidents."""
    found = extract(_table_as_text(), "2031-05-15", "en")
    assert sorted((m.date, m.location, m.facility_type) for m in found) == [
        ("2031-05-09", "Kafr Nabl", "hospital"),
        ("2031-05-11", "Maarrat Misrin", "warehouse"),
        ("2031-05-11", "Salqin", None),
    ]


def test_shots_of_a_heavy_weapon_are_no_gunfire() -> None:
    """ "disparos de mortero", "disparos de morteiro": mortar fire, not gunfire; Portuguese names its heavy weapons and
    explosive devices, and "sem danos" is no damage."""
    for text, language in (
        ("El martes, disparos de mortero impactaron el puesto de salud de Tibú.", "es"),
        ("Na terça-feira, disparos de morteiro atingiram o posto de saúde de Mueda. O posto ficou sem danos.", "pt"),
    ):
        (m,) = extract(text, "2031-05-15", language)
        assert (m.attack_types, m.weapons) == (["heavy_weapons"], ["mortar shell"])
    (m,) = extract(
        "Na terça-feira, um engenho explosivo improvisado atingiu uma ambulância perto de Mueda.", "2031-05-15", "pt"
    )
    assert (m.facility_type, m.attack_types) == ("ambulance", ["explosive_device"])
    (m,) = extract(
        "Na terça-feira, disparos de morteiro atingiram o posto de saúde de Mueda, sem danos.", "2031-05-15", "pt"
    )
    assert m.facility_damage == "none"


def test_a_chat_export_s_stamps_date_its_messages() -> None:
    """ "[08/03/2031 06:58] ... Hier soir vers 21h": last night counts from the message's stamp, not from the export's
    day; a stamp alone on its line ("[06/03/2031 – 21:05]") stamps the message under it."""
    text = (
        "Fil WhatsApp « Alertes santé » - export du 10/03/2031\n\n"
        "[08/03/2031 06:58] Point focal : ALERTE. Hier soir vers 21h, des individus armés ont tiré sur l'ambulance "
        "du centre de santé de Lascahobas, à l'entrée de Mirebalais. Le chauffeur est blessé.\n"
        "[09/03/2031 08:04] Point focal : ALERTE. Une infirmière du centre de santé d'Arcahaie a été enlevée ce matin "
        "vers 6h30.\n"
    )
    assert sorted(m.date for m in extract(text, "2031-03-10", "fr")) == ["2031-03-07", "2031-03-09"]
    text = (
        "Channel posts\n\n[06/03/2031 – 21:05]\nTafas: unknown gunmen fired on an ambulance of the Tafas health centre "
        "this evening, wounding a paramedic.\n\n[07/03/2031 – 13:40]\nDael: an armed patrol raided the Dael "
        "dispensary at noon today and arrested a nurse.\n"
    )
    assert sorted(m.date for m in extract(text, "2031-03-07", "en")) == ["2031-03-06", "2031-03-07"]


def test_a_record_s_header_line_dates_its_description() -> None:
    """ "MMR-31-0318 | 09/05/2031 | Kanbalu, Sagaing | VERIFIED" over a description: the header's day is the act's."""
    text = (
        "Incident tracker export, May 2031\n\n"
        "MMR-31-0311 | 04/05/2031 | Kyaukpyu, Rakhine | VERIFIED\n"
        "A military jet dropped two bombs on the station hospital in Kyaukpyu township.\n\n"
        "MMR-31-0318 | 09/05/2031 | Kanbalu, Sagaing | VERIFIED\n"
        "Soldiers entered the community clinic in Kanbalu and arrested two medics.\n"
    )
    assert sorted(m.date for m in extract(text, "2031-06-03", "en")) == ["2031-05-04", "2031-05-09"]


def test_the_day_of_a_death_from_wounds_does_not_date_the_act() -> None:
    """ "The nurse who was shot ... died of his wounds on 11/06": the shooting keeps the day the update gives it."""
    text = (
        "UPDATE - Nguigmi. The attack on the health post in Nguigmi took place on 05/06 in the evening, not on 06/06 "
        "as stated last week. The nurse who was shot by two gunmen at the door of the health post died of his "
        "wounds on 11/06.\n"
    )
    assert [m.date for m in extract(text, "2031-06-16", "en")] == ["2031-06-05"]


def _slash_table() -> str:
    return (
        "Health Cluster - Weekly attacks on health care (week 23)\n\n"
        "No. / Date / District / Facility / Event / Casualties / Impact\n"
        "1 / 05/06 / Macomia / Chai health centre / Health centre looted and partly burned by NSAG / No casualties / "
        "Facility closed\n"
        "2 / 06/06 / Ancuabe / Mobile clinic team / Team held at a checkpoint for 4 hours, a nurse slapped / 1 nurse "
        "injured / Services partially suspended\n"
    )


def test_a_row_told_with_slashes_reads_its_cells_apart() -> None:
    """ "No casualties / Facility closed": the cell before does not deny the closure; "a nurse slapped / 1 nurse
    injured" is one nurse told twice, not two."""
    found = sorted(extract(_slash_table(), "2031-06-09", "en"), key=lambda m: m.date or "")
    assert [(m.date, m.service_impact) for m in found] == [("2031-06-05", "closed"), ("2031-06-06", "partial")]
    assert (found[0].killed, found[0].injured) == (0, 0)
    assert (found[1].injured, found[1].health_workers_injured) == (1, 1)


def test_two_posts_on_ambulances_in_two_towns_are_two_incidents() -> None:
    """Ambulances move, so a second town does not part acts told together; but two posts of a channel, each under
    its stamp, telling ambulances hit in two towns tell two acts."""
    text = (
        "Regional Military Administration (channel)\n\n"
        "08:12\nRussian troops shelled Bilozerka overnight. An ambulance of the emergency medical aid centre was "
        "damaged while on call.\n\n"
        "11:47\nAn enemy drone dropped explosives on an ambulance in Stanislav this morning. A doctor was wounded.\n"
    )
    found = extract(text, "2031-06-20", "en")
    assert sorted((m.location, m.facility_type) for m in found) == [
        ("Bilozerka", "ambulance"),
        ("Stanislav", "ambulance"),
    ]


def test_a_bracketed_stamp_of_an_sms_relay_dates_its_line() -> None:
    """ "[01/02 11:20] ... yesterday evening" counts from the message's day, an evening hour stamp included
    ("[31/01 23:05]"); "last nite" is last night."""
    text = (
        "SMS incident relay (raw texts)\nLog compiled 02 Feb 2031 08:00.\n\n"
        "[31/01 23:05] CHD Yirol: gunmen fired on Yirol hosp main gate approx 2200hrs. guard KIA.\n"
        "[01/02 06:58] Torit store keeper: state medical store broken into last nite, padlocks cut, drugs missing.\n"
        "[01/02 11:20] CHD Rumbek: midwife of Rumbek hosp beaten by 2 armed men on her way home yesterday evening.\n"
    )
    found = extract(text, "2031-02-02", "en")
    assert sorted((m.date, m.location) for m in found) == [
        ("2031-01-31", "Rumbek"),
        ("2031-01-31", "Torit"),
        ("2031-01-31", "Yirol"),
    ]
    yirol = next(m for m in found if m.location == "Yirol")
    assert (yirol.facility_type, yirol.killed, yirol.health_workers_killed) == ("hospital", 1, 1)
