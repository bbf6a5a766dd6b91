"""Facility damage and service impact of fictional reports: what the damage words are said of."""

from __future__ import annotations

import pytest

from notatarget.extract import extract


def _one(text: str, language: str = "en"):
    found = extract(text, "2031-03-12", language)
    assert len(found) == 1, [m.evidence for m in found]
    return found[0]


@pytest.mark.parametrize(
    ("text", "damage"),
    [
        # whole-facility destruction, told by the usual words, passive or active
        ("On 10 March 2031 an airstrike hit the Tamaro hospital and reduced it to rubble.", "destroyed"),
        ("On 10 March 2031 shelling razed the health centre in Kelbo.", "destroyed"),
        ("On 10 March 2031 a missile struck the Orvan clinic, destroying its building.", "destroyed"),
        ("On 10 March 2031 a bomb hit the Orvan clinic. The entire clinic was obliterated in the blast.", "destroyed"),
        ("On 10 March 2031 militiamen torched the health post in Vessa.", "destroyed"),
        # a part or the contents of the facility destroyed is damage, not destruction
        ("On 10 March 2031 rockets hit the Kelbo health centre, destroying the delivery room.", "damaged"),
        ("On 10 March 2031 shells hit the Tamaro hospital and destroyed its surgical wing.", "damaged"),
        ("On 10 March 2031 a drone struck the Tamaro hospital; part of the hospital was destroyed.", "damaged"),
        ("On 10 March 2031 soldiers raided the Orvan clinic and destroyed equipment and medicines.", "damaged"),
        ("On 10 March 2031 a shell caused damage to the hospital's maternity wing in Tamaro.", "damaged"),
        ("On 10 March 2031 a mortar hit the Orvan clinic, breaking through two floors.", "damaged"),
        ("On 10 March 2031 a blast near the Orvan clinic in Kelbo shattered the clinic's windows.", "damaged"),
        # the subject of a passive verb is the first noun of its clause, relative clauses and all
        ("On 10 March 2031 a hospital that serves 300,000 people was destroyed by drones in Tamaro.", "destroyed"),
        ("On 10 March 2031 a bomb hit the Orvan clinic. The house housing the clinic was flattened.", "destroyed"),
        ("On 10 March 2031 rioters set the Orvan clinic on fire.", "damaged"),
        ("On 10 March 2031 in Kelbo, nine houses and the Orvan clinic were burned down by militiamen.", "destroyed"),
        ("Orvan clinic destroyed by airstrike. The strike on 10 March 2031 hit the clinic in Kelbo.", "destroyed"),
        # a hospital that loses an ambulance is damaged, not destroyed
        ("On 10 March 2031 an airstrike hit the Tamaro hospital, destroying an ambulance.", "damaged"),
        ("On 10 March 2031 the Tamaro hospital was shelled; an ambulance and a service car were damaged.", "damaged"),
        ("On 10 March 2031 gunmen raided the Tamaro hospital, smashing the clinic walls and car windows.", "damaged"),
    ],
)
def test_damage_words(text: str, damage: str) -> None:
    assert _one(text).facility_damage == damage


@pytest.mark.parametrize(
    "text",
    [
        # damage of things near the facility is not the facility's
        "On 10 March 2031 a missile hit the Tamaro hospital, destroying several houses nearby.",
        "On 10 March 2031 shelling hit the Orvan clinic in Kelbo; the market and two schools were destroyed.",
        # a private car is no health asset ("a car given to the clinic")
        "On 10 March 2031 gunmen raided the Orvan clinic in Kelbo and burned a car donated to the clinic.",
        # a statistic of other facilities in the same report
        "On 10 March 2031 gunmen attacked an ambulance in Kelbo and wounded its driver. Since January, 14 other "
        "health facilities have been damaged in the region.",
        # damage told of another facility by name
        "On 10 March 2031 soldiers occupied the Hope Hospital in Tamaro. At the Crescent Hospital, equipment had "
        "been smashed.",
        # a negated or unreported damage
        "On 10 March 2031 a shell hit the Orvan clinic in Kelbo; the ministry did not mention the damage.",
    ],
)
def test_damage_of_something_else(text: str) -> None:
    assert _one(text).facility_damage in (None, "none")


def test_negated_damage_is_none() -> None:
    m = _one("On 10 March 2031 a rocket landed in the yard of the Tamaro hospital, but the hospital was not damaged.")
    assert m.facility_damage == "none"


def test_negation_ends_at_a_turn() -> None:
    m = _one("On 10 March 2031 a mortar fell by the Tamaro hospital; the ward was not hit but was damaged by shrapnel.")
    assert m.facility_damage == "damaged"


@pytest.mark.parametrize(
    ("text", "damage"),
    [
        ("On 10 March 2031 an airstrike hit the Orvan clinic in Kelbo. The building was left in rubble.", "destroyed"),
        ("On 10 March 2031 a drone targeted the Orvan clinic in Kelbo. Damage to the facility was minor.", "damaged"),
        ("On 10 March 2031 a rocket hit the Orvan clinic in Kelbo. Several houses nearby were destroyed.", None),
        # a medical store is a facility of its own: its destruction with its stock is the whole destroyed
        (
            "On 10 March 2031 a drone hit the regional medical warehouse in Kelbo. The warehouse and its stock "
            "were completely destroyed.",
            "destroyed",
        ),
    ],
)
def test_damage_told_in_the_next_sentence(text: str, damage: str | None) -> None:
    assert _one(text).facility_damage == damage


def test_each_facility_keeps_its_own_damage() -> None:
    found = extract(
        "On 10 March 2031 airstrikes hit the Hope Hospital in Tamaro, destroying its emergency ward; and the "
        "Crescent Hospital in Kelbo, where a nurse was killed.",
        "2031-03-12",
        "en",
    )
    by_place = {m.location: m for m in found}
    assert by_place["Tamaro"].facility_damage == "damaged"
    assert by_place["Kelbo"].facility_damage is None


@pytest.mark.parametrize(
    ("text", "damage"),
    [
        ("On 10 March 2031 gunmen opened fire on an ambulance near Kelbo.", "damaged"),
        ("On 10 March 2031 an ambulance was riddled with bullets at a checkpoint near Kelbo.", "damaged"),
        ("On 10 March 2031 gunmen set fire to an ambulance in Kelbo.", "damaged"),
        ("On 10 March 2031 gunmen shot dead an ambulance driver in Kelbo.", None),
        ("On 10 March 2031 an ambulance was shot at near Kelbo. The vehicle was undamaged.", "none"),
        ("On 10 March 2031 a patient was shot dead inside an ambulance near Kelbo.", None),
        ("On 10 March 2031 soldiers shot at an ambulance near Kelbo, injuring two of its paramedics.", "damaged"),
        ("On 10 March 2031 soldiers opened fire on a nurse in an ambulance near Kelbo.", None),
        ("On 10 March 2031 soldiers fired tear gas at an ambulance near Kelbo.", None),
        ("On 10 March 2031 an ambulance was shot by gunmen near Kelbo.", "damaged"),
        ("On 10 March 2031 militiamen were seen firing at an ambulance on the Kelbo road.", "damaged"),
        ("On 10 March 2031 an ambulance near Kelbo was raked by live fire by militiamen.", "damaged"),
        ("On 10 March 2031 an ambulance driver was shot by gunmen near Kelbo.", None),
        ("On 10 March 2031 a patient in the ambulance was shot near Kelbo.", None),
    ],
)
def test_vehicles(text: str, damage: str | None) -> None:
    assert _one(text).facility_damage == damage


@pytest.mark.parametrize(
    ("text", "service"),
    [
        ("On 10 March 2031 shelling hit the Tamaro hospital, forcing it to suspend services.", "closed"),
        ("On 10 March 2031 a missile hit the Tamaro hospital, forcing the hospital to halt services.", "closed"),
        ("On 10 March 2031 a drone struck the Tamaro hospital, which was evacuated.", "closed"),
        (
            "On 10 March 2031 shells hit the Tamaro hospital; it is operating at reduced capacity, and only the "
            "emergency department still works.",
            "partial",
        ),
        ("On 10 March 2031 shells hit the Tamaro hospital; only the emergency department still works.", "partial"),
        ("On 10 March 2031 shells hit the Tamaro hospital. It was only admitting urgent cases on Friday.", "partial"),
        ("On 10 March 2031 gunmen raided the Tamaro hospital, which took only critical patients.", "partial"),
        ("El 10 de marzo de 2031 un dron alcanzó el hospital de Tamaro, que ahora solo atiende urgencias.", "partial"),
        ("On 10 March 2031 a drone hit the Tamaro hospital, killing only two people.", None),
        ("On 10 March 2031 a drone hit the Orvan clinic in Kelbo. The clinic has not operated since.", "closed"),
        ("On 10 March 2031 soldiers occupied the Orvan clinic in Kelbo, which did not function for a week.", "closed"),
        ("On 10 March 2031 a shell hit the Tamaro hospital; staff continued working through the night.", "none"),
        ("On 10 March 2031 soldiers occupied the Tamaro hospital. Since then it was not accessible to us.", "closed"),
        ("On 10 March 2031 soldiers raided the Orvan clinic in Kelbo; it was closed to patients for a week.", "closed"),
        # closures of other places are not the facility's, nor is the evacuation of the wounded to a hospital
        ("On 10 March 2031 gunmen shot a nurse near the Orvan clinic in Kelbo; she was evacuated to a hospital.", None),
        ("On 10 March 2031 gunmen attacked the Orvan clinic in Kelbo, and the closure of schools followed.", None),
    ],
)
def test_service_impact(text: str, service: str | None) -> None:
    assert _one(text).service_impact == service


def test_service_stopped_because_of_the_attacks() -> None:
    found = extract(
        "On 9 March 2031 gunmen shot dead two vaccinators in Tamaro. On 10 March 2031 a nurse was shot dead in "
        "Kelbo. The ministry suspended the vaccination campaign following the deadly attacks.",
        "2031-03-12",
        "en",
    )
    assert len(found) == 2 and all(m.service_impact == "closed" for m in found)


def test_vehicles_have_no_service_impact() -> None:
    m = _one("On 10 March 2031 gunmen burned an ambulance in Kelbo, putting it out of service.")
    assert m.service_impact is None and m.facility_damage == "damaged"


@pytest.mark.parametrize(
    ("text", "language", "damage", "service"),
    [
        ("Le 10 mars 2031, un obus a détruit le centre de santé de Kelbo.", "fr", "destroyed", None),
        ("El 10 de marzo de 2031 un misil dejó el hospital de Tamaro fuera de servicio.", "es", None, "closed"),
        ("قصفت الطائرات مستشفى الأمل في 10 آذار 2031 ما أدى إلى تضرره وخروجه من الخدمة", "ar", "damaged", "closed"),
        ("قصفت الطائرات مستشفى الأمل في 10 آذار 2031 فدمرته وأغلقت أبوابه", "ar", "destroyed", "closed"),
        ("قصفت الطائرات مستشفى الأمل في 10 آذار 2031 ما أدى إلى تدمير جناح الولادة", "ar", "damaged", None),
        # Arabic out of service, stopped working, partly working (told of the unnamed facility a sentence later)
        ("قصفت الطائرات مستشفى الأمل في 10 آذار 2031، وخرج المستشفى عن الخدمة.", "ar", None, "closed"),
        ("قصفت الطائرات مستشفى الأمل في 10 آذار 2031، وتوقف المستشفى عن العمل.", "ar", None, "closed"),
        ("قصفت الطائرات المركز الصحي في القرية في 10 آذار 2031. ويعمل المركز الآن بشكل جزئي.", "ar", None, "partial"),
        ("قصفت الطائرات المركز الصحي في القرية في 10 آذار 2031. ويعمل المركز جزئياً.", "ar", None, "partial"),
        ("Le 10 mars 2031, des hommes ont incendié le centre de santé de Kelbo, fermé.", "fr", "damaged", "closed"),
        ("El 10 de marzo de 2031 unos hombres quemaron la clínica de Kelbo: calcinada.", "es", "destroyed", "closed"),
    ],
)
def test_other_languages(text: str, language: str, damage: str | None, service: str | None) -> None:
    m = _one(text, language)
    assert (m.facility_damage, m.service_impact) == (damage, service)


@pytest.mark.parametrize(
    ("text", "language", "service"),
    [
        # a part of the facility or a kind of its care stopped is `partial`; `closed` is the whole facility
        (
            "On 10 March 2031 shells hit the Vessa hospital; its surgical ward closed, the rest still works.",
            "en",
            "partial",
        ),
        ("On 10 March 2031 a drone struck the Vessa hospital, which suspended elective surgery.", "en", "partial"),
        ("On 10 March 2031 a drone struck the Vessa hospital. Routine consultations were suspended.", "en", "partial"),
        (
            "On 10 March 2031 gunmen raided the Orvan clinic, which then stopped admitting new patients.",
            "en",
            "partial",
        ),
        ("On 10 March 2031 a shell hit the Vessa hospital; scheduled surgeries were postponed.", "en", "partial"),
        (
            "Le 10 mars 2031, un obus a frappé l'hôpital de Vessa. Seules les urgences sont prises en charge.",
            "fr",
            "partial",
        ),
        # only critical cases taken, care restricted to emergencies
        (
            "El 10 de marzo de 2031, sicarios entraron al hospital de Vessa. El hospital solo recibió casos críticos.",
            "es",
            "partial",
        ),
        (
            "El 10 de marzo de 2031, hombres armados irrumpieron en el hospital de Vessa. El hospital restringió la "
            "atención a urgencias vitales.",
            "es",
            "partial",
        ),
        (
            "On 10 March 2031 a shell hit the Vessa hospital, which restricted its services to emergencies.",
            "en",
            "partial",
        ),
        ("On 10 March 2031 a shell hit the Vessa hospital. The whole hospital was closed.", "en", "closed"),
        # the facility kept working
        ("On 10 March 2031 a shell hit the Orvan clinic. It continued to treat patients the same day.", "en", "none"),
        ("El 10 de marzo de 2031 un dron alcanzó el hospital de Vessa, que sigue funcionando.", "es", "none"),
        ("Le 10 mars 2031, un drone a frappé l'hôpital de Vessa, qui continue de fonctionner.", "fr", "none"),
        # a programme stopped right after the attack on its team is closed
        (
            "On 10 March 2031 gunmen attacked vaccinators in Kelbo. The measles vaccination campaign was suspended.",
            "en",
            "closed",
        ),
    ],
)
def test_service_of_a_part_and_going_on(text: str, language: str, service: str) -> None:
    assert _one(text, language).service_impact == service


@pytest.mark.parametrize(
    ("text", "language", "damage"),
    [
        (
            "On 10 March 2031 a drone struck the Kelbo health centre; two of its outbuildings were destroyed.",
            "en",
            "damaged",
        ),
        ("El 10 de marzo de 2031 un proyectil dañó la fachada de la clínica de Orvan.", "es", "damaged"),
        ("Le 10 mars 2031, des miliciens ont attaqué la clinique d'Orvan, criblée de balles.", "fr", "damaged"),
        ("On 10 March 2031 rockets landed near the Vessa hospital, damaging the building.", "en", "damaged"),
    ],
)
def test_damage_words_more(text: str, language: str, damage: str) -> None:
    assert _one(text, language).facility_damage == damage


@pytest.mark.parametrize(
    ("text", "language", "service"),
    [
        ("On 10 March 2031 a mortar hit the Orvan clinic, which has stopped receiving patients.", "en", "closed"),
        (
            "Le 10 mars 2031, un obus a touché le centre de santé de Kelbo, qui ne reçoit plus de patients.",
            "fr",
            "closed",
        ),
        ("On 10 March 2031 a mortar hit the Vessa hospital, now running at half capacity.", "en", "partial"),
        (
            "El 10 de marzo de 2031 un dron alcanzó la clínica de Orvan, que atiende con capacidad reducida.",
            "es",
            "partial",
        ),
        ("On 10 March 2031 a mortar hit the Vessa hospital; some of its services were suspended.", "en", "partial"),
        ("On 10 March 2031 a mortar hit the Vessa hospital; all its services were suspended.", "en", "closed"),
        (
            "On 10 March 2031 gunmen burned the health centre in Kelbo. The centre has closed.",
            "en",
            "closed",
        ),
        # a closure in the next sentence that tells of no care is not the facility's
        ("On 10 March 2031 gunmen attacked the Orvan clinic in Kelbo. The airport was closed.", "en", None),
        ("On 10 March 2031 gunmen attacked the Orvan clinic in Kelbo. Flights were suspended.", "en", None),
    ],
)
def test_service_stopped_or_reduced(text: str, language: str, service: str | None) -> None:
    assert _one(text, language).service_impact == service


@pytest.mark.parametrize(
    ("text", "language", "service"),
    [
        # "closed its doors" is the whole facility, not its doors
        ("On 10 March 2031 gunmen attacked the Orvan clinic in Kelbo. The clinic closed its doors.", "en", "closed"),
        # a closure told with what still runs is partial
        (
            "On 10 March 2031 gunmen attacked the Orvan clinic. It closed its doors; only emergencies are seen.",
            "en",
            "partial",
        ),
        (
            "Le 10 mars 2031, des hommes armés ont attaqué l'hôpital de Kelbo. Il est fermé sauf pour les urgences.",
            "fr",
            "partial",
        ),
        # a closure demanded or threatened is not one done
        (
            "On 10 March 2031 militants threatened the staff of the Vessa hospital, demanding its closure.",
            "en",
            None,
        ),
        (
            "El 10 de marzo de 2031 hombres armados amenazaron al personal del hospital de Orvan, exigiendo su cierre.",
            "es",
            None,
        ),
        ("On 10 March 2031 gunmen stormed the Vessa hospital and threatened to close it.", "en", None),
        # "since" alone tells how long, not a range of many acts ("since January")
        ("Le 10 mars 2031, des hommes armés ont pillé le CSPS de Kelbo. Le CSPS est fermé depuis.", "fr", "closed"),
        # Ukrainian: "the outpatient clinic is temporarily not working"
        (
            "13 березня 2031 року дрон атакував амбулаторію в Кельбо. Амбулаторія тимчасово не працює.",
            "uk",
            "closed",
        ),
        # a warehouse's distributions suspended: it gives nothing out
        (
            "On 10 March 2031 gunmen stormed the Kelbo medical warehouse and looted medicines. Distributions have been "
            "suspended.",
            "en",
            "closed",
        ),
        # a health post named again by its head noun ("le poste", "el puesto")
        (
            "Le 10 mars 2031, des hommes armés ont pillé le poste de santé de Kelbo. « Nous avons fermé le poste. »",
            "fr",
            "closed",
        ),
        # what a facility has is a part of it; its services are all of it
        (
            "On 17 March 2031 a shell hit the Vessa hospital's oxygen station, which was put out of service.",
            "en",
            "partial",
        ),
        ("On 17 March 2031 a shell hit the Vessa hospital. The hospital's services were suspended.", "en", "closed"),
        # moving all its patients out is a closure, even with admissions suspended in the same sentence
        (
            "On 10 March 2031 a drone hit the Orvan hospital. It suspended admissions and transferred all patients.",
            "en",
            "closed",
        ),
        # "following these incidents": a consequence of the acts told before
        (
            "On 10 March 2031 gunmen attacked the Orvan hospital. Following these incidents, the hospital suspended "
            "all non-emergency activities.",
            "en",
            "partial",
        ),
    ],
)
def test_closures_qualified_demanded_or_whole(text: str, language: str, service: str | None) -> None:
    assert _one(text, language).service_impact == service


@pytest.mark.parametrize(
    ("text", "language", "damage", "service"),
    [
        # destruction told in the next sentence of "the building", "le bâtiment", "el local", in other words (a
        # care facility burnt down is out of service too)
        (
            "Arsonists set fire to the Orvan clinic on 10 March 2031. The building was completely gutted.",
            "en",
            "destroyed",
            "closed",
        ),
        (
            "Le 10 mars 2031, des inconnus ont incendié le dispensaire de Varenne. Le bâtiment a été entièrement "
            "détruit.",
            "fr",
            "destroyed",
            "closed",
        ),
        (
            "Le 10 mars 2031, des inconnus ont incendié le dispensaire de Varenne. Le bâtiment est parti en fumée.",
            "fr",
            "destroyed",
            "closed",
        ),
        (
            "El 10 de marzo de 2031 desconocidos incendiaron una farmacia en Varela. El local quedó reducido a "
            "cenizas.",
            "es",
            "destroyed",
            None,
        ),
        # a closure that lasts "since" is no statistic's range
        (
            "Gunmen stormed the Orvan clinic on 10 March 2031. The clinic has been closed since the attack.",
            "en",
            None,
            "closed",
        ),
        (
            "Le 10 mars 2031, des hommes armés ont attaqué le centre de santé de Varenne. Le centre est fermé depuis "
            "lundi.",
            "fr",
            None,
            "closed",
        ),
        ("Gunmen torched the Orvan clinic on 10 March 2031, forcing it to close.", "en", "destroyed", "closed"),
        # a kind of care stopped, or all care but one: partial
        (
            "Gunmen stormed the Orvan clinic on 10 March 2031. The clinic suspended its night services.",
            "en",
            None,
            "partial",
        ),
        (
            "Orvan clinic raided, night services suspended. Gunmen stormed the Orvan clinic on 10 March 2031.",
            "en",
            None,
            "partial",
        ),
        (
            "Gunmen stormed the Tamaro hospital on 10 March 2031. Staff withdrew all but emergency services.",
            "en",
            None,
            "partial",
        ),
        (
            "El 10 de marzo de 2031 hombres armados atacaron el centro de salud de Varela. El centro atendió solo "
            "casos de emergencia.",
            "es",
            None,
            "partial",
        ),
        (
            "Gunmen stormed the Tamaro hospital on 10 March 2031. The outpatient department will stay closed until "
            "Friday.",
            "en",
            None,
            "partial",
        ),
        (
            "A shell hit the maternity ward of the Tamaro hospital on 10 March 2031. The rest of the hospital "
            "continued to work.",
            "en",
            "damaged",  # a part hit
            "partial",
        ),
        # facilities told as units are whole facilities; care going on is none
        (
            "Gunmen threatened the staff of three health units in Kelbo on 10 March 2031. The health units remained "
            "closed on Friday.",
            "en",
            None,
            "closed",
        ),
        (
            "Gunmen stormed the Tamaro hospital on 10 March 2031. The hospital continued to provide services.",
            "en",
            None,
            "none",
        ),
    ],
)
def test_destruction_and_closure_told_other_ways(
    text: str, language: str, damage: str | None, service: str | None
) -> None:
    mention = _one(text, language)
    assert (mention.facility_damage, mention.service_impact) == (damage, service)


@pytest.mark.parametrize(
    ("text", "language", "service"),
    [
        # a facility that stopped its services, in Arabic; not an arrest told with the same verb
        (
            "اقتحم مسلحون مساء الأحد 9 مارس 2031 مركزاً صحياً قرب أبشي ونهبوا الأدوية. وأوقف المركز خدماته يوم الاثنين.",
            "ar",
            "closed",
        ),
        # opened or working as usual: no impact
        (
            "A grenade was thrown at the gate of the Orvan health centre on 10 March 2031. The health centre opened as "
            "usual the next day.",
            "en",
            "none",
        ),
        (
            "Le 10 mars 2031, des hommes armés ont tiré sur le centre de santé de Varenne. Le centre fonctionne "
            "normalement.",
            "fr",
            "none",
        ),
    ],
)
def test_service_stopped_in_arabic_and_working_as_usual(text: str, language: str, service: str) -> None:
    assert _one(text, language).service_impact == service


@pytest.mark.parametrize(
    ("text", "language", "service"),
    [
        # emergencies told as all that goes on, the word "only" after them
        (
            "On 10 March 2031 a shell hit the Orvan maternity hospital. The hospital now receives emergency cases "
            "only.",
            "en",
            "partial",
        ),
        (
            "Le 10 mars 2031, un obus est tombé sur l'hôpital de Varenne. L'hôpital ne fonctionne plus qu'avec une "
            "équipe réduite.",
            "fr",
            "partial",
        ),
        # a mobile team that stopped or has not resumed its rounds, a facility whose remaining patients were moved
        (
            "On 10 March 2031 a mine hit a mobile clinic near Kelbo. The mobile clinic has stopped its rounds.",
            "en",
            "closed",
        ),
        (
            "On 10 March 2031 gunmen abducted two nurses of a mobile clinic near Kelbo. The mobile clinic has not "
            "resumed its visits.",
            "en",
            "closed",
        ),
        (
            "On 10 March 2031 a drone struck the Orvan hospital. Staff moved the remaining 40 patients to a school.",
            "en",
            "closed",
        ),
        (
            "Le 10 mars 2031, des hommes armés ont menacé les agents du centre de santé de Varenne, qui a depuis cessé "
            "toute activité.",
            "fr",
            "closed",
        ),
    ],
)
def test_service_told_by_what_is_left_or_not_resumed(text: str, language: str, service: str) -> None:
    assert _one(text, language).service_impact == service


def test_a_log_rows_fields_are_its_acts() -> None:
    """A row's "Service impact:" told before its narrative is the row's; a "Damage:" label that tells nothing (not
    assessed) is no damage, and "Damage: None" is none."""
    row = (
        "Reference: 12\nDate: 10/03/2031\nFacility: Harlow Health Centre\nDamage: {damage}\nService impact: "
        "Partially functional\nNarrative: Soldiers occupied the Harlow Health Centre."
    )
    told = _one(row.format(damage="Not assessed"))
    assert (told.facility_damage, told.service_impact) == (None, "partial")
    assert _one(row.format(damage="None")).facility_damage == "none"


def test_a_damage_word_before_a_colon_inside_a_sentence_is_no_label() -> None:
    mention = _one("On 10 March 2031 a missile hit the Orvan clinic. The building was destroyed: only walls remain.")
    assert mention.facility_damage == "destroyed"


@pytest.mark.parametrize(
    ("text", "language", "damage", "service"),
    [
        # "ё" is a Cyrillic letter too ("повреждён"), and a vehicle told alone after an ambulance is it
        (
            "10 марта 2031 года дрон атаковал автомобиль скорой помощи в Харлове. Автомобиль повреждён.",
            "ru",
            "damaged",
            None,
        ),
        (
            "10 березня 2031 року дрон атакував автомобіль швидкої допомоги в Харкові. Автомобіль пошкоджено.",
            "uk",
            "damaged",
            None,
        ),
        # care going on as usual, in Russian
        (
            "10 марта 2031 года снаряд повредил здание больницы в Харлове. Приём пациентов продолжается в штатном "
            "режиме.",
            "ru",
            "damaged",
            "none",
        ),
        # a part wrecked, windows blown in
        (
            "On 10 March 2031 a drone hit the pharmacy of the Orvan hospital. The pharmacy was wrecked.",
            "en",
            "damaged",
            None,
        ),
        (
            "On 10 March 2031 a strike on a house next to the Orvan hospital blew in the windows of its intensive care "
            "unit.",
            "en",
            "damaged",
            None,
        ),
        (
            "Le 10 mars 2031, des proches d'une patiente ont envahi la maternité de l'hôpital de Varenne et brisé des "
            "vitres.",
            "fr",
            "damaged",
            None,
        ),
    ],
)
def test_damage_in_cyrillic_and_parts_wrecked(text: str, language: str, damage: str, service: str | None) -> None:
    mention = _one(text, language)
    assert (mention.facility_damage, mention.service_impact) == (damage, service)


@pytest.mark.parametrize(
    ("text", "language"),
    [
        # a part of the facility hit is damage, told actively, passively or in the next sentence
        ("On 10 March 2031 two shells fell on the Orvan hospital; one hit the laundry.", "en"),
        ("On 10 March 2031 a drone struck the Orvan hospital. The strike hit the delivery ward.", "en"),
        ("On 10 March 2031 tank shells struck the Orvan hospital. The surgical ward was hit.", "en"),
        (
            "Le 10 mars 2031, des obus sont tombés sur l'hôpital de Varenne. Les tirs ont touché le pavillon de "
            "chirurgie.",
            "fr",
        ),
    ],
)
def test_a_part_hit_is_damage(text: str, language: str) -> None:
    assert _one(text, language).facility_damage == "damaged"


def test_the_facility_hit_is_not_read_as_damage() -> None:
    assert _one("On 10 March 2031 a drone strike hit the Orvan hospital.").facility_damage is None


@pytest.mark.parametrize(
    ("text", "language", "service"),
    [
        (
            "10 березня 2031 року ракета влучила в лікарню в Харкові. Лікарня тимчасово не приймає пацієнтів.",
            "uk",
            "closed",
        ),
        (
            "10 березня 2031 року ракета влучила в лікарню в Харкові. Лікарня припинила прийом пацієнтів, хворих "
            "переведено до інших закладів.",
            "uk",
            "closed",
        ),
        ("10 марта 2031 года дрон атаковал больницу в Харлове. Больница прекратила работу.", "ru", "closed"),
        ("10 березня 2031 року дрон атакував лікарню в Харкові. Лікарня працює в обмеженому режимі.", "uk", "partial"),
        ("10 марта 2031 года дрон атаковал больницу в Харлове. Больница работает в обычном режиме.", "ru", "none"),
        # patients moved to the shelter of a hospital that goes on working: no closure
        (
            "10 березня 2031 року снаряд влучив у лікарню в Харкові. Лікарня продовжує працювати, пацієнтів перевели "
            "до укриття.",
            "uk",
            "none",
        ),
        ("On 10 March 2031 a drone hit the Orvan hospital. The hospital now works in limited mode.", "en", "partial"),
    ],
)
def test_service_in_ukrainian_and_russian(text: str, language: str, service: str) -> None:
    assert _one(text, language).service_impact == service


@pytest.mark.parametrize(
    ("text", "language", "damage", "service"),
    [
        # later sentences of the act's paragraph tell of it, past a sentence that tells something else
        (
            "On 10 March 2031 a drone hit an ambulance of the Orvan clinic near Kelbo. The driver and a nurse were "
            "wounded. Both are stable now. The vehicle was badly damaged.",
            "en",
            "damaged",
            None,
        ),
        (
            'On 10 March 2031 gunmen abducted two nurses from the Orvan clinic in Kelbo. "They only wanted the '
            'staff," an official said. The clinic has suspended its services.',
            "en",
            None,
            "closed",
        ),
        # where the patients were sent is not the facility the closure is told of
        (
            "Le 10 mars 2031, des hommes armés ont pillé le centre de santé de Kelbo. Personne n'a été blessé. Le "
            "centre est fermé et les malades sont orientés vers l'Hôpital général de Tamaro.",
            "fr",
            None,
            "closed",
        ),
    ],
)
def test_damage_told_later_in_the_paragraph(text: str, language: str, damage: str | None, service: str | None) -> None:
    found = _one(text, language)
    assert (found.facility_damage, found.service_impact) == (damage, service)


@pytest.mark.parametrize(
    ("text", "language", "damage", "service"),
    [
        # shut since the act
        (
            "On 10 March 2031 gunmen stormed the Orvan hospital and abducted a doctor. The hospital has since been "
            "shut.",
            "en",
            None,
            "closed",
        ),
        (
            "El 10 de marzo de 2031 la clínica de Kelbo no abrió sus puertas tras las amenazas de muerte.",
            "es",
            None,
            "closed",
        ),
        # what still runs, or who is still seen, makes a stop partial
        (
            "On 10 March 2031 a drone hit the Orvan hospital. For now only the surgery and emergency departments "
            "are working.",
            "en",
            None,
            "partial",
        ),
        (
            "On 10 March 2031 gunmen raided the Orvan clinic. The clinic has stopped seeing female patients.",
            "en",
            None,
            "partial",
        ),
        (
            "El 10 de marzo de 2031 hombres armados irrumpieron en el hospital de Kelbo. El hospital suspendió la "
            "atención de urgencias. La consulta externa funcionó con normalidad.",
            "es",
            None,
            "partial",
        ),
        (
            "10 марта 2031 года дрон атаковал больницу в Харлове. Больница принимает только экстренных больных.",
            "ru",
            None,
            "partial",
        ),
        # staff who went on working during the act tell no part still running
        (
            'On 10 March 2031 a missile hit the Orvan hospital. "We continued working despite the strike," a nurse '
            "said. The strike forced the hospital to suspend services.",
            "en",
            None,
            "closed",
        ),
        # what goes with the object, or a store broken into, is not what was destroyed or damaged
        (
            "On 10 March 2031 militiamen set fire to the Orvan clinic. The clinic was burnt to the ground together "
            "with its stock of vaccines.",
            "en",
            "destroyed",
            "closed",
        ),
        (
            "On 10 March 2031 armed men attacked the Orvan clinic. The clinic's drug store was destroyed.",
            "en",
            "damaged",
            None,
        ),
        ("On 10 March 2031 gunmen looted the Kelbo medical warehouse; its gate was broken into.", "en", None, None),
    ],
)
def test_closures_and_damage_told_other_ways(text: str, language: str, damage: str | None, service: str | None) -> None:
    found = _one(text, language)
    assert (found.facility_damage, found.service_impact) == (damage, service)


def test_closed_since_the_day_of_the_act() -> None:
    text = (
        "On 10 March 2031 gunmen forced the gate of the Orvan hospital and shot a guard.\n\n"
        "We moved our patients to other facilities. Since Monday the hospital is closed."
    )
    assert _one(text).service_impact == "closed"


@pytest.mark.parametrize(
    ("text", "service"),
    [
        # a care facility burnt down is out of service, told or not
        ("On 10 March 2031 militiamen burned down the Orvan health centre. Nobody was hurt.", "closed"),
        # a shop of medicines, or a facility destroyed by shells, keeps only the service the text tells
        ("On 10 March 2031 militiamen burned down a pharmacy in the Kelbo market.", None),
        ("On 10 March 2031 shelling destroyed the Orvan health centre.", None),
        ("On 10 March 2031 militiamen set fire to the Orvan health centre, damaging its roof.", None),
    ],
)
def test_burnt_down_is_out_of_service(text: str, service: str | None) -> None:
    assert _one(text).service_impact == service


@pytest.mark.parametrize(
    ("text", "language", "damage"),
    [
        # a vehicle put out of use is damaged; a closure of another facility told beside it is no damage of it
        (
            "On 10 March 2031 a drone struck an ambulance near Kelbo. The ambulance has been put out of service.",
            "en",
            "damaged",
        ),
        (
            "في 10 آذار 2031 استهدفت طائرة مسيّرة سيارة إسعاف في أريحا، ما أدى إلى خروج السيارة عن الخدمة.",
            "ar",
            "damaged",
        ),
        (
            "On 10 March 2031 gunmen fired at the driver of an ambulance near Kelbo. The Orvan hospital it served is "
            "out of service.",
            "en",
            None,
        ),
    ],
)
def test_a_vehicle_out_of_use_is_damaged(text: str, language: str, damage: str | None) -> None:
    found = [m for m in extract(text, "2031-03-12", language) if m.facility_type == "ambulance"]
    assert [m.facility_damage for m in found] == [damage]


@pytest.mark.parametrize(
    ("text", "language", "service"),
    [
        # "have since": since the act, no statistic's range
        (
            "On 10 March 2031 gunmen stormed the Orvan hospital. Nurses there have since stopped night shifts, and "
            "only emergency cases are seen in the evening.",
            "en",
            "partial",
        ),
        (
            "On 10 March 2031 a crowd attacked the Orvan hospital and beat a doctor. The hospital received only "
            "critical cases that night.",
            "en",
            "partial",
        ),
        (
            "On 10 March 2031 a shell hit the Orvan hospital. It continues to treat emergencies but has sent its "
            "other patients home.",
            "en",
            "partial",
        ),
        # a part of its work moved elsewhere
        (
            "On 10 March 2031 a rocket hit the Orvan hospital. The hospital moved its surgical cases to the emergency "
            "department.",
            "en",
            "partial",
        ),
        (
            "El 10 de marzo de 2031 amenazaron al personal del puesto de salud de Kelbo, que cerró desde el lunes.",
            "es",
            "closed",
        ),
        (
            "Le 10 mars 2031, des hommes armés ont pillé le centre de santé de Kelbo. Le centre n'a pas rouvert "
            "depuis.",
            "fr",
            "closed",
        ),
    ],
)
def test_service_since_and_what_is_still_seen(text: str, language: str, service: str) -> None:
    assert _one(text, language).service_impact == service


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("6 марта 2031 года войска обстреляли поликлинику Харлова. Снаряды попали во двор и в крыло клиники.", "ru"),
        ("6 березня 2031 року дрон атакував лікарню в Харкові. Уламки влучили у дах лікарні.", "uk"),
        ("في 6 آذار 2031 سقطت قذيفة على مستشفى الأمل في المدينة، وأصابت الطابق الثاني.", "ar"),
        ("El 6 de marzo de 2031 un dron cayó sobre el hospital de Kelbo y abrió un boquete en el pabellón.", "es"),
    ],
)
def test_a_part_hit_in_other_languages(text: str, language: str) -> None:
    assert _one(text, language).facility_damage == "damaged"


def test_damage_told_in_an_aside_beside_the_facility_s_figures() -> None:
    text = (
        "On 10 March 2031 a missile hit the Orvan hospital, killing a nurse. The hospital, which sustained heavy "
        "structural damage, previously provided 9,000 consultations every month."
    )
    assert _one(text).facility_damage == "damaged"


def test_only_some_departments_still_open_told_at_length() -> None:
    text = (
        "Le 10 mars 2031, une partie de l'hôpital de Kelbo a été incendiée par des hommes armés. Depuis, seuls les "
        "services des urgences et de consultation externe restent ouverts."
    )
    assert _one(text, "fr").service_impact == "partial"


def test_facilities_restored_after_damage_are_no_new_damage() -> None:
    """ "restored 11 damaged facilities": a count before the damage word makes it the facilities' state, no act."""
    text = (
        "KYIV, 27 January 2026 - The regional health department summed up 2025.\n\n"
        "In 2025 the region restored 11 damaged facilities, bought 16 new ambulances and installed generators.\n\n"
        "Last night a drone hit the hospital in Chernihiv, injuring a guard."
    )
    [m] = extract(text, published="2026-01-27")
    assert (str(m.date), m.facility_type, m.injured) == ("2026-01-26", "hospital", 1)


@pytest.mark.parametrize(
    "text",
    [
        "On 10 March 2031 gunmen stormed the Orvan health centre and beat a nurse. Health centre shut since then.",
        "On 10 March 2031 bandits stopped the Orvan mobile clinic team and took its vaccines. Clinic day cancelled.",
    ],
)
def test_a_facility_shut_and_a_mobile_clinic_day_cancelled_are_closures(text: str) -> None:
    """ "Health centre shut", "Clinic day cancelled": a field log's short words for a closure."""
    assert _one(text, "en").service_impact == "closed"


def test_the_door_shut_is_no_closure() -> None:
    text = "On 10 March 2031 gunmen stormed the Orvan health centre and beat a nurse, who shut the door behind them."
    assert _one(text, "en").service_impact is None


def test_a_facility_that_stopped_all_services_is_closed_but_staff_who_stopped_work_close_nothing() -> None:
    """ "has stopped all services": a closure; "nurses stopped work for three days" (a strike): none."""
    closed = extract("A mob set fire to the Orvan health centre on 8 June 2031. The centre has stopped all services.")
    assert [m.service_impact for m in closed] == ["closed"]
    strike = extract(
        "Gunmen abducted two doctors of the Orvan hospital on 8 June 2031. On 9 June, nurses at the Orvan hospital "
        "stopped work for three days over unpaid salaries."
    )
    assert [m.service_impact for m in strike] == [None]


@pytest.mark.parametrize(
    ("text", "language", "service"),
    [
        ("On 10 March 2031 gunmen looted the Orvan health centre. The centre has ceased to function.", "en", "closed"),
        ("On 10 March 2031 militiamen stormed the Orvan health centre. It stayed shut for a week.", "en", "closed"),
        (
            "El 10 de marzo de 2031 hombres armados incendiaron el centro de salud de Orvan. El centro suspende sus "
            "servicios por tiempo indefinido.",
            "es",
            "closed",
        ),
        (
            "On 10 March 2031 shells struck the Orvan hospital. The surgical block has been closed, but the hospital "
            "continues to admit patients.",
            "en",
            "partial",
        ),
        ("On 10 March 2031 shells struck the Orvan hospital. The emergency room is still working.", "en", "none"),
    ],
)
def test_closures_and_care_going_on_in_more_words(text: str, language: str, service: str) -> None:
    """ "ceased to function", "stayed shut", "suspende sus servicios": closed; a block closed while the hospital
    "continues to admit patients": partial; "is still working": care goes on."""
    assert _one(text, language).service_impact == service


def test_a_facility_recorded_fully_damaged_is_destroyed() -> None:
    """HeRAMS records a facility "fully damaged" (against "partially damaged"): destroyed."""
    text = "On 10 March 2031 a guided bomb struck the Orvan hospital. It is now recorded as fully damaged."
    assert _one(text, "en").facility_damage == "destroyed"


def test_a_building_named_by_its_kind_of_care_is_a_part_and_only_outpatient_care_is_partial() -> None:
    """ "The outpatient building was destroyed": a part of the hospital; "providing only outpatient services": some
    care goes on."""
    text = "On 10 March 2031 a drone struck the Orvan hospital. The outpatient building was destroyed."
    assert _one(text, "en").facility_damage == "damaged"
    text = "On 10 March 2031 soldiers raided the Orvan health centre. It is providing only outpatient services."
    assert _one(text, "en").service_impact == "partial"


def test_an_inpatient_area_hit_is_the_hospitals_and_care_going_on_in_other_services_is_partial() -> None:
    """ "El área de hospitalización" is a hospital's; its ward suspended while "los servicios de urgencias y
    laboratorio continúan prestándose con normalidad": partial."""
    text = (
        "El martes 10 de marzo de 2031 un dron cargado con explosivos impactó la cubierta del área de hospitalización "
        "en Orvan. El servicio de hospitalización queda suspendido. Los servicios de urgencias y laboratorio continúan "
        "prestándose con normalidad."
    )
    m = _one(text, "es")
    assert (m.facility_type, m.service_impact) == ("hospital", "partial")


def test_a_closure_beside_a_period_in_a_relative_clause_is_no_statistic() -> None:
    """ "has suspended all services, including the campaign that was due to begin this week": "this week" dates the
    campaign, not a count of the week's closures."""
    text = (
        "On 10 September 2031, armed men entered the Kobo health centre and removed medicines. The health centre has "
        "suspended all services, including the measles vaccination campaign that was due to begin this week."
    )
    [m] = extract(text, "2031-09-12", "en")
    assert m.service_impact == "closed"


@pytest.mark.parametrize(
    ("text", "language", "service"),
    [
        ("Soldiers occupied the paediatric wing of the Orvan district hospital on 10 March 2031. Impact: services "
         "partially available.", "en", "partial"),
        ("A mortar round hit the Orvan health post on 10 March 2031, damaging the roof. The post is functioning "
         "partially.", "en", "partial"),
        ("A drone struck the surgical ward of the Orvan hospital on 10 March 2031. Surgery was moved to a nearby "
         "health centre.", "en", "partial"),
        ("An IED damaged the Orvan health centre on 10 March 2031. Maternity moved to OPD block, other services "
         "open.", "en", "partial"),
        ("Le 10 mars 2031, des militaires ont occupé la maternité du centre de santé d'Orvan. Les accouchements ont "
         "été transférés dans une salle de consultation.", "fr", "partial"),
        ("Gunmen broke into the Orvan health centre on 10 March 2031 and emptied the pharmacy. We have had to close "
         "the centre.", "en", "closed"),
        ("Aid group suspends services in Orvan clinic after gunmen broke into the Orvan health centre on 10 March "
         "2031.", "en", "closed"),
        ("On 10 March 2031 a jet dropped two bombs on the Orvan hospital. The hospital building has not been used "
         "since.", "en", "closed"),
    ],
)  # fmt: skip
def test_a_service_moved_elsewhere_is_partial_and_a_centre_one_had_to_close_is_closed(
    text: str, language: str, service: str
) -> None:
    [m] = extract(text, "2031-03-12", language)
    assert m.service_impact == service


@pytest.mark.parametrize(
    ("text", "damage"),
    [
        ("One shell tore through the roof of the women's ward of Al Nasr Hospital in El Fasher.", "damaged"),
        ("A shell hit the wall of the surgical building of Al Nasr Hospital in El Fasher.", "damaged"),
        ("A rocket fell on the roof of Al Nasr Hospital in El Fasher.", "damaged"),
        # people going through the wards damage nothing
        ("Armed men went through the wards of Al Nasr Hospital in El Fasher and took medicines.", None),
    ],
)
def test_a_weapon_carried_into_a_part_of_the_building(text: str, damage: str | None) -> None:
    """A shell through a roof, into a wall or onto a roof damages the facility, never destroys it."""
    [found] = extract("On 15 July 2029 " + text, published="2029-07-21")
    assert found.facility_damage == damage


def test_a_shell_in_the_wall_of_a_ukrainian_hospital_building() -> None:
    """ "Снаряд влучив у стіну терапевтичного корпусу": a part of the hospital hit, damage."""
    [found] = extract(
        "У понеділок, 16 липня, артилерійський снаряд влучив у стіну терапевтичного корпусу Білозерської міської "
        "лікарні. Поранено медсестру.",
        published="2029-07-19",
        language="uk",
    )
    assert found.facility_damage == "damaged"


def test_arabic_shattered_windows_of_a_hospital_department() -> None:
    """ "وتحطم زجاج نوافذ قسم الحوادث" (the windows of the emergency department were shattered): damage."""
    [found] = extract(
        "سقطت قذيفة صباح اليوم على مستشفى الأمل في مدينة أم درمان، وتحطم زجاج نوافذ قسم الحوادث.",
        published="2029-07-18",
        language="ar",
    )
    assert found.facility_damage == "damaged"


@pytest.mark.parametrize(
    ("text", "language"),
    [
        (
            "Gunmen stormed the emergency department of the Tamaro hospital on 10 March 2031 and beat a nurse. The "
            "hospital's staff suspended work for three days in protest at the attack.",
            "en",
        ),
        (
            "Gunmen stormed the Tamaro hospital on 10 March 2031 and beat a nurse. The hospital suspended outpatient "
            "services for three days in protest.",
            "en",
        ),
        (
            "اقتحم مسلحون قسم الطوارئ في مستشفى تامارو يوم 10 مارس 2031 واعتدوا على ممرض. وأعلنت نقابة الأطباء "
            "تعليق العمل في العيادات الخارجية ثلاثة أيام احتجاجاً على الاعتداءات.",
            "ar",
        ),
    ],
)
def test_a_stoppage_in_protest_is_no_service_impact_of_the_act(text: str, language: str) -> None:
    """Staff who stop work in protest at the attacks are on strike: the act did not stop the service."""
    [m] = extract(text, "2031-03-12", language)
    assert m.service_impact is None


@pytest.mark.parametrize(
    ("text", "language", "service"),
    [
        ("Gunmen looted the Kelbo health centre on 8 March 2031 and beat a nurse. The centre reopened on 10 March.",
         "en", "closed"),
        ("Gunmen looted the Kelbo health centre on 8 March 2031. Services resumed the next morning.", "en", "closed"),
        ("Des hommes armés ont pillé le centre de santé de Kelbo le 8 mars 2031. Le centre a rouvert ses portes "
         "lundi.", "fr", "closed"),
        ("Hombres armados saquearon el centro de salud de Kelbo el 8 de marzo de 2031. El centro reabrió el lunes.",
         "es", "closed"),
        # open again, but for one kind of care only
        ("Gunmen looted the Kelbo health centre on 8 March 2031. Nobody was hurt and the centre reopened for "
         "consultations only.", "en", "partial"),
        ("Gunmen looted the Kelbo health centre on 8 March 2031. The centre has reopened, but only for emergencies.",
         "en", "partial"),
    ],
)  # fmt: skip
def test_a_facility_open_again_after_the_act_was_closed_in_between(text: str, language: str, service: str) -> None:
    """A reopening tells a closure, however short; a reopening for one kind of care only is partial service."""
    [m] = extract(text, "2031-03-12", language)
    assert m.service_impact == service


def test_a_closure_told_of_facilities_by_name_goes_to_their_incidents() -> None:
    """A later sentence naming a facility closed is that facility's, not the last one told before it."""
    text = (
        "On the night of 8 March 2031 armed men went from shop to shop in Kelbo market. (a) Hope Pharmacy: the "
        "padlock was cut and the stock carried away. (b) Mandara Pharmacy: the shutters were cut open and the "
        "stock was looted. Since then, Hope Pharmacy has remained closed."
    )
    found = {m.facility_name: m.service_impact for m in extract(text, "2031-03-12", "en")}
    assert found == {"Hope Pharmacy": "closed", "Mandara Pharmacy": None}


def test_arabic_patients_moved_to_a_hospital_tell_nothing_of_it() -> None:
    """ "نقل المرضى إلى مستشفى X": X received the patients; the sentence's stoppage is the hospital struck's."""
    text = (
        "قصفت طائرة مسيرة مستشفى سنجة يوم 10 مارس 2031. وقد تضرر العنبر بشكل كبير، وتم نقل بقية المرضى إلى مستشفى "
        "سنار التعليمي، فيما توقف العمل في المستشفى. وفي اليوم التالي اقتحم مسلحون مستشفى سنار التعليمي واعتقلوا "
        "طبيبين."
    )
    found = {m.facility_name: m.service_impact for m in extract(text, "2031-03-12", "ar")}
    assert found == {"مستشفى سنجة": "closed", "مستشفى سنار التعليمي": None}


def test_the_part_still_open_told_inside_the_service_words_is_partial_service() -> None:
    """ "Only the outpatient department is still open" after the act names the part that works: partial service."""
    text = (
        "Soldiers occupied the district hospital in Kelbo on 8 March 2031. About 80 soldiers moved into the "
        "hospital in the afternoon. Only the outpatient department is still open; inpatients were sent home."
    )
    [m] = extract(text, "2031-03-12", "en")
    assert m.service_impact == "partial"


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("Gunmen looted the Kelbo health centre on 8 March 2031. Nobody was hurt and its services continued.", "en"),
        ("Des hommes armés ont pillé le centre de santé de Kelbo le 8 mars 2031. Personne n'a été blessé et les "
         "consultations continuent.", "fr"),
    ],
)  # fmt: skip
def test_services_told_going_on_after_the_act_are_no_impact(text: str, language: str) -> None:
    [m] = extract(text, "2031-03-12", language)
    assert m.service_impact == "none"


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("On 10 March 2031 shells hit the Kelbo County Hospital, wounding two nurses. OPD services are suspended; the "
         "inpatient wards continue to function.", "en"),
        ("On 10 March 2031 gunmen abducted a surgeon from the Kelbo hospital. The hospital suspended all scheduled "
         "operations the next day. Its emergency department remains open.", "en"),
        ("El 10 de marzo de 2031 hombres armados irrumpieron en el hospital de Kelbo y mataron a un paciente. El área "
         "de urgencias permaneció cerrada durante la madrugada.", "es"),
    ],
)  # fmt: skip
def test_a_part_closed_told_by_its_short_name_or_as_remaining_closed_is_partial(text: str, language: str) -> None:
    """ "OPD" is the outpatient department, "scheduled operations" a kind of care, and a part that "permaneció
    cerrada" (remained closed) is a part closed: partial service."""
    [m] = extract(text, "2031-03-12", language)
    assert m.service_impact == "partial"


def test_a_part_of_the_day_told_as_when_is_no_part_of_the_care() -> None:
    """ "evacuated the same evening": the evening is when, not the night services, so the closure is whole."""
    text = (
        "On 10 March 2031 a shell hit the Kelbo hospital. The inpatient ward was destroyed; the hospital was evacuated "
        "the same evening and its patients were transferred to village clinics."
    )
    [m] = extract(text, "2031-03-12", "en")
    assert m.service_impact == "closed"
