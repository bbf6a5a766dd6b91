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
