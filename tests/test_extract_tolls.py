"""Tolls told again further on, later deaths inside a toll, what was taken, a facility's own pharmacy, another act
told apart, and the words of care in South Asia and Latin America: the rules of the nineteenth session, each on
invented text."""

from __future__ import annotations

from notatarget.extract import extract


def test_a_toll_told_again_paragraphs_on_gives_its_health_workers() -> None:
    """A statement that puts the toll at the act's own figures is the act's, however far on it comes: "two of the dead
    were hospital employees" counts two health workers among them."""
    text = (
        "KHARAN: At least six people were killed and 14 injured when a bomb exploded outside the emergency ward of the "
        "District Headquarters Hospital Kharan on Saturday evening.\n\n"
        "The blast took place at about 8 pm, as relatives waited outside the ward.\n\n"
        "Figures given by officials differed. The provincial health department put the toll at six dead and 14 injured "
        "and said two of the dead were hospital employees.\n"
    )
    [found] = extract(text, published="2031-03-10")
    assert (found.killed, found.injured, found.health_workers_killed) == (6, 14, 2)
    # a toll of other figures told as far on is not the act's
    other = text.replace(
        "put the toll at six dead and 14 injured and said two of the dead were hospital employees",
        "said 30 people were killed and 60 injured in the province",
    )
    [found] = extract(other, published="2031-03-10")
    assert (found.killed, found.injured) == (6, 14)


def test_a_death_toll_far_from_its_verb_and_the_wounded_who_died() -> None:
    """ "The death toll from shelling that struck a hospital in X, ..., has climbed to nine" is nine dead; "after three
    of the wounded died overnight" takes three from the wounded a first statement gave."""
    text = (
        "The death toll from shelling that struck a hospital in Kadugli, the capital of South Kordofan, on Sunday has "
        "climbed to nine, health officials said on Monday, after three of the wounded died overnight.\n\n"
        "Several shells hit the outpatient wing of Al-Amal Hospital at around 10 a.m. The ministry's first "
        "statement on Sunday afternoon spoke of six dead and 17 wounded.\n"
    )
    [found] = extract(text, published="2031-03-10")
    assert (found.killed, found.injured) == (9, 14)
    # a death that set off what followed is still apart from the act
    riot = extract("Relatives rioted at the hospital after a young man died of his injuries.", published="2031-03-10")
    assert all(m.killed is None for m in riot)


def test_things_taken_are_looted_and_the_takers_are_not_abducted() -> None:
    """ "se llevaron la unidad" takes the ambulance, "des hommes armés qui avaient emporté des antibiotiques" take
    medicines: looting, nobody abducted; "took antibiotics" is looting too."""
    cases = (
        (
            "El miércoles, sujetos armados interceptaron una ambulancia en la carretera de Apatzingán, obligaron a "
            "bajar al chofer y a un paramédico y se llevaron la unidad.",
            "es",
        ),
        (
            "En février, la pharmacie de l'hôpital de Bria avait été pillée par des hommes armés qui avaient emporté "
            "des antibiotiques et des solutés.",
            "fr",
        ),
        (
            "On Thursday armed youth entered the health centre in Bor and beat the clinical officer. The youths then "
            "broke into the pharmacy and took antibiotics and painkillers.",
            "en",
        ),
    )
    for text, language in cases:
        found = extract(text, published="2031-03-10", language=language)
        assert found and all("abduction_arrest" not in m.attack_types for m in found), text
        assert any("looting" in m.attack_types for m in found), text


def test_a_facility_s_own_pharmacy_is_hit_in_its_attack() -> None:
    """ "Les assaillants ont vidé la pharmacie du centre": the health centre's pharmacy, in the centre's attack."""
    text = (
        "Dans la nuit de samedi à dimanche, des hommes armés ont attaqué le centre de santé intégré de Firgoun. "
        "L'infirmier de garde a été tué.\n\n"
        "Avant de repartir, les assaillants ont vidé la pharmacie du centre et incendié l'ambulance garée dans la "
        "cour.\n"
    )
    [found] = extract(text, published="2031-03-10", language="fr")
    assert found.facility_type == "primary_care"
    assert {"looting", "arson"} <= set(found.attack_types)


def test_another_act_told_apart_is_its_own_incident() -> None:
    """ "Horas antes, en Mixco, dos socorristas de otra compañía fueron agredidos": another act, in another town, though
    the first was on an ambulance (whose place does not part acts)."""
    text = (
        "Un socorrista de los Bomberos Voluntarios resultó herido la noche del domingo, cuando desconocidos "
        "dispararon contra la ambulancia en la que trasladaban a un paciente hacia un hospital.\n\n"
        "El socorrista sufrió una herida en el hombro y fue atendido en el mismo hospital al que se dirigían.\n\n"
        "Horas antes, en Mixco, dos socorristas de otra compañía fueron agredidos a golpes por un grupo de vecinos.\n"
    )
    found = extract(text, published="2031-03-10", language="es")
    assert len(found) == 2
    # the hospital where the wounded man was treated is no target
    assert all(m.facility_type != "hospital" for m in found)
    assert any(m.location == "Mixco" and "assault" in m.attack_types for m in found)


def test_units_of_care_of_south_asia_and_latin_america() -> None:
    """Pakistan's THQ and DHQ hospitals and RHCs, the Philippines' rural health units and barangay health stations,
    Indonesia's puskesmas, Lady Health Workers; Guatemala's CAP and Mexico's UMF."""
    for text, language, facility in (
        ("Gunmen opened fire on the THQ hospital in Kalaya on Monday.", "en", "hospital"),
        ("Militants attacked the RHC in Mamash Khel on Monday.", "en", "primary_care"),
        ("Gunmen fired at the rural health unit of Datu Piang on Monday.", "en", "primary_care"),
        ("Armed men looted a barangay health station in Pikit on Monday.", "en", "primary_care"),
        ("Armed men burned the puskesmas in Kenyam on Monday.", "en", "primary_care"),
        ("Hombres armados atacaron el centro de atención permanente de Nahualá el lunes.", "es", "primary_care"),
    ):
        found = extract(text, published="2031-03-10", language=language)
        assert [m.facility_type for m in found] == [facility], text
    [found] = extract("Two Lady Health Workers were shot dead in Bajaur on Monday.", published="2031-03-10")
    assert (found.killed, found.health_workers_killed) == (2, 2)


def test_a_facility_named_before_an_ambulance_owns_it() -> None:
    """ "fired upon an RHU ambulance", "a hospital ambulance": the ambulance is the target, in English; in Arabic the
    head comes first ("مركز الإسعاف" is an ambulance centre)."""
    for text in (
        "At approx. 0640H, armed men fired upon an RHU ambulance on the highway in Ampatuan.",
        "At approx. 0640H, armed men fired upon a hospital ambulance on the highway in Ampatuan.",
    ):
        assert [m.facility_type for m in extract(text, published="2031-03-12")] == ["ambulance"], text


def test_a_barangay_health_station_and_an_abduction_on_the_way_home() -> None:
    """A digest row: "entered the BHS of Brgy. Bulol" (no sentence ends at "Brgy.") is an entry into a health station;
    a midwife "abducted ... while walking home from a BHS" was taken away from it, with no entry into it."""
    text = (
        "11/03 - NC, Pikit [HC] - Approx. 6 armed men entered the BHS of Brgy. Bulol in daytime, took the vaccine cold "
        "box and a solar panel.\n\n"
        "13/03 - Sulu, Patikul [HC] - A midwife was abducted by 4 armed men while walking home from a BHS in an upland "
        "barangay.\n"
    )
    entry, abduction = extract(text, published="2031-03-17")
    assert entry.facility_type == "primary_care" and {"armed_entry", "looting"} <= set(entry.attack_types)
    assert abduction.facility_type is None and abduction.attack_types == ["abduction_arrest"]


def test_a_month_of_this_year_in_spanish_french_and_portuguese() -> None:
    """ "en agosto de este año", "en mars de l'année dernière", "em agosto deste ano": a month, not a year."""
    for text, language, day in (
        ("En agosto de este año un médico residente del hospital fue secuestrado.", "es", "2031-08"),
        ("En mars de l'année dernière, un médecin de l'hôpital a été enlevé.", "fr", "2030-03"),
        ("Em agosto deste ano, um médico do hospital foi sequestrado.", "pt", "2031-08"),
    ):
        assert [m.date for m in extract(text, published="2031-10-26", language=language)] == [day], text


def test_a_cumulative_toll_after_an_act_is_not_its_toll() -> None:
    """ "The number killed since the start of the year rises to 17 ... cumulative figures" counts many acts: neither
    its numbers nor its wounded without a number go to the act told before it, in English or in Arabic."""
    text = (
        "On Saturday an airstrike hit the civil defence centre in Bint Jbeil, killing two paramedics. This brings the "
        "number of health workers killed since the start of the year to 17, while the number of wounded reached 42, "
        "according to the ministry's cumulative figures."
    )
    [found] = extract(text, published="2031-05-05", language="en")
    assert (found.killed, found.health_workers_killed, found.injured, found.injured_unspecified) == (2, 2, None, False)
    arabic = (
        "فجر اليوم السبت، شنّت طائرة حربية غارة على مركز الدفاع المدني في مدينة بنت جبيل، ما أدى إلى استشهاد مسعفَين.\n\n"
        "وبذلك يرتفع عدد الشهداء من العاملين في القطاع الصحي منذ مطلع العام إلى ١٧ شهيداً، "
        "فيما بلغ عدد الجرحى ٤٢ جريحاً، وفق الإحصاءات التراكمية للوزارة."
    )
    [found] = extract(arabic, published="2031-05-03", language="ar")
    assert (found.killed, found.health_workers_killed, found.injured) == (2, 2, None)


def test_since_as_an_adverb_opens_no_range() -> None:
    """ "have since recovered": "since" before a participle tells what happened after the act, not a statistic's range
    ("since January"), so in a report that opens on its half-year's figures the act keeps its toll."""
    text = (
        "Our teams recorded five security incidents in the first half of the year. Three of them were attacks, "
        "described below; the other two were road accidents.\n\n"
        "Orvan, 12 February 2031. At about 10:15, a drone struck the vehicle of our mobile clinic in Orvan. The "
        "vehicle was clearly marked. Two of our staff, a nurse and a driver, were injured by shrapnel; they were "
        "treated at a hospital and have since recovered. Visits were suspended for three weeks."
    )
    [found] = extract(text, published="2031-07-15", language="en")
    assert (found.injured, found.health_workers_injured) == (2, 2)
