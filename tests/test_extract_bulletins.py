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
