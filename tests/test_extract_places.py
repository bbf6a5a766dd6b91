"""Where an incident happened and what its facility is called: the places component and facility names.

Fictional sentences set in real places (Sudan, Ukraine, Gaza, DR Congo, Myanmar, Lebanon); one behaviour each.
"""

from __future__ import annotations

import pytest

from notatarget.extract import extract
from notatarget.extract.pipeline import run

PUBLISHED = "2031-05-05"


def one(text: str):
    found = extract(text, published=PUBLISHED)
    assert len(found) == 1, [m.to_annotation() for m in found]
    return found[0]


def test_a_caption_word_does_not_open_a_facility_name() -> None:
    m = one(
        "A drone struck Bashair Teaching Hospital on 3 May 2031. Imagery of Bashair Teaching Hospital reviewed "
        "by the group confirmed the damage."
    )
    assert m.facility_name == "Bashair Teaching Hospital"


def test_the_subject_before_of_does_not_open_a_facility_name() -> None:
    m = one("Staff of Al-Awda Hospital in Jabalia said it was shelled on 3 May 2031.")
    assert (m.country, m.location, m.facility_name) == ("PSE", "Jabalia", "Al-Awda Hospital")


def test_a_headline_verb_does_not_open_a_facility_name() -> None:
    text = "Drone Strike Targets Babanusa Hospital\n\nA drone hit the hospital in Babanusa on 3 May 2031."
    assert not (one(text).facility_name or "").lower().startswith(("drone", "strike", "targets"))


def test_a_place_possessive_is_not_part_of_the_name() -> None:
    m = one("On 3 May 2031 shelling hit Kharkiv's Regional Clinical Hospital, wounding two doctors.")
    assert m.facility_name == "Regional Clinical Hospital"
    assert (m.country, m.location) == ("UKR", "Kharkiv")


def test_a_possessive_inside_a_name_stays() -> None:
    m = one("On 3 May 2031 shelling hit Gaza City's Women's and Children's Hospital, wounding two nurses.")
    assert m.facility_name == "Women's and Children's Hospital"
    assert m.location == "Gaza City"


def test_a_foreign_place_before_a_facility_noun_is_its_name() -> None:
    m = one("On 3 May 2031 an airstrike hit the Kuwait Hospital in Rafah, killing a nurse.")
    assert (m.country, m.location, m.facility_name) == ("PSE", "Rafah", "Kuwait Hospital")
    m = one("On 3 May 2031 shelling hit the Al Quds hospital in Omdurman, killing a guard.")
    assert (m.country, m.location, m.facility_name) == ("SDN", "Omdurman", "Al Quds hospital")


def test_a_town_in_the_same_sentence_beats_the_province() -> None:
    m = one(
        "Fighting continued in Kachin State on Friday.\n\nOn 3 May 2031 a rocket hit the hospital in Bhamo, "
        "killing two patients."
    )
    assert (m.country, m.admin1, m.location) == ("MMR", "Kachin", "Bhamo")


def test_a_province_written_after_the_facility_is_not_a_location() -> None:
    m = one("On 3 May 2031 an airstrike hit a hospital in Myanmar's Kachin State, killing two patients.")
    assert (m.country, m.admin1, m.location) == ("MMR", "Kachin", None)


def test_a_city_after_a_country_possessive() -> None:
    m = one("On 3 May 2031 a shell hit a military hospital in Sudan's western city of Nyala, killing a medic.")
    assert (m.country, m.location) == ("SDN", "Nyala")


def test_a_headline_verb_ends_the_written_place() -> None:
    text = "Only Hospital in Rutshuru Is Closed After Attack\n\nGunmen attacked the hospital on 3 May 2031."
    m = one(text)
    assert (m.country, m.location) == ("COD", "Rutshuru")


def test_a_building_after_at_the_is_not_a_place() -> None:
    m = one("On 3 May 2031 soldiers raided the clinic at the Holy Cross Catholic Church in Lashio.")
    assert (m.country, m.location) == ("MMR", "Lashio")


def test_a_district_keeps_its_admin_word() -> None:
    m = one(
        "On 3 May 2031 gunmen looted the health centre in the Masisi district of the Democratic Republic of the Congo."
    )
    assert (m.country, m.location) == ("COD", "Masisi district")


def test_a_village_the_gazetteer_lacks_named_by_a_place_word() -> None:
    m = one("On 3 May 2031 gunmen burned the health post near the village of Kilembwenge, outside Uvira.")
    assert (m.country, m.location) == ("COD", "Kilembwenge")
    assert m.geo_precision == "district"  # Uvira's point: the village lies near it


def test_a_dateline_is_not_the_location_when_another_place_is_named() -> None:
    m = one("KYIV (Reuters) - A missile struck a children's hospital in Kharkiv oblast on 3 May 2031.")
    assert (m.country, m.admin1) == ("UKR", "Kharkiv")
    assert m.location != "KYIV"


def test_the_country_named_later_settles_an_ambiguous_town() -> None:
    m = one(
        "An airstrike hit a hospital in Tripoli on 3 May 2031, killing two nurses. Rescue teams worked through "
        "the night. Families waited outside the gates.\n\nThe health ministry of Lebanon counted the losses."
    )
    assert (m.country, m.location) == ("LBN", "Tripoli")


def test_a_supporting_sentence_places_the_incident() -> None:
    m = one(
        "Armed men attacked a health centre in eastern DR Congo on 3 May 2031 and abducted two nurses. Residents "
        "of the area fled. "
        "The health centre in Beni has stopped operating."
    )
    assert (m.country, m.location) == ("COD", "Beni")


def test_a_place_after_words_describing_the_facility() -> None:
    m = one("On 3 May 2031 shelling hit a hospital specializing in maternal and child care in Tawila, killing a nurse.")
    assert m.location == "Tawila"


def test_a_date_or_a_country_after_the_facility_is_no_place() -> None:
    m = one("Gunmen looted the clinic in May 2031 and beat two nurses, the health ministry of Sudan said.")
    assert m.location is None
    found = extract(
        "Attacks on health facilities and personnel today in Sudan killed two nurses at a clinic in Kadugli.",
        published="2031-05-03",
    )
    assert [m.location for m in found] == ["Kadugli"]


def test_a_written_place_the_gazetteer_lacks_takes_its_provinces_point() -> None:
    m = one(
        "In Ituri province, gunmen attacked the Hope Clinic in Kwazibo, north of Bunia, on 3 May 2031, killing a nurse."
    )
    assert (m.country, m.admin1, m.location, m.geo_precision) == ("COD", "Ituri", "Kwazibo", "admin1")


def test_the_lead_is_the_top_of_the_text_however_it_is_cut() -> None:
    m = one(
        "Clinic burned\n\nSun. 3. May. 2031 kl. 18.49\n\nFighting spread across Gedaref State this week. "
        "Later gunmen set fire to the clinic on 3 May 2031."
    )
    assert (m.country, m.admin1) == ("SDN", "Al Qadarif")


def test_a_village_the_gazetteer_lacks_in_the_lead() -> None:
    m = one(
        "Staff abandoned Kwazibo's public hospital in Ituri province on Sunday.\n\nOn 3 May 2031 soldiers "
        "occupied the hospital and sent the patients home."
    )
    assert (m.country, m.admin1, m.location) == ("COD", "Ituri", "Kwazibo")


def test_a_township_keeps_its_admin_word() -> None:
    m = one("On 3 May 2031 soldiers fired at an ambulance in the Mahaaungmyay Township, Mandalay, wounding a medic.")
    assert (m.country, m.location) == ("MMR", "Mahaaungmyay Township")


def test_a_facility_after_at_is_no_place() -> None:
    m = one("On 3 May 2031 soldiers fired tear gas into the emergency room at Al-Moallem Hospital in Khartoum.")
    assert (m.country, m.location) == ("SDN", "Khartoum")


def test_a_country_before_a_lower_case_facility_noun_is_no_name() -> None:
    m = one("On 3 May 2031 a drone struck a Turkish hospital in Mogadishu, Somalia, killing a guard.")
    assert (m.country, m.location, m.facility_name) == ("SOM", "Mogadishu", None)


def test_each_item_of_a_round_up_takes_its_own_country() -> None:
    text = (
        "THE WEEK IN REVIEW\n\n"
        "Sudan. On 3 May 2031 gunmen looted the hospital in El Fasher and beat a nurse.\n\n"
        "Yemen. On 4 May 2031 a drone struck a clinic in Taiz, wounding two patients.\n\n"
        "Ukraine. On 5 May 2031 shelling damaged the maternity hospital in Kherson."
    )
    found = {(m.country, m.location) for m in extract(text, published=PUBLISHED)}
    assert found == {("SDN", "El Fasher"), ("YEM", "Taiz"), ("UKR", "Kherson")}


def test_an_item_naming_no_place_takes_its_sections_heading() -> None:
    """A round-up's sections headed by a country: an item naming no place of its own is in that country, not in
    the country the rest of the newsletter names most."""
    text = (
        "The weekly digest\n\n"
        "Nigeria\n\n"
        "On 3 May 2031 fighters overran a town in the north-east. They looted the general hospital and abducted "
        "two nurses.\n\n"
        "Somalia\n\n"
        "On 4 May 2031 a mortar shell hit the regional hospital's outpatient block, killing a cleaner.\n\n"
        "Reading\n\n"
        "A new study looks at Gaza's hospitals, in the Gaza Strip and in Rafah, during the war in Gaza."
    )
    found = sorted((m.date, m.country) for m in extract(text, published=PUBLISHED))
    assert found == [("2031-05-03", "NGA"), ("2031-05-04", "SOM")]


def test_a_place_across_the_border_takes_its_own_country() -> None:
    text = (
        "Lebanon's health ministry said an airstrike hit the hospital in Nabatieh on 3 May 2031, killing a "
        "paramedic. Fighting went on along the border with Israel. Israel's health ministry said a rocket fired "
        "from Lebanon hit a clinic in Kiryat Shmona on 4 May 2031."
    )
    found = {(m.country, m.location) for m in extract(text, published=PUBLISHED)}
    assert found == {("LBN", "Nabatieh"), ("ISR", "Kiryat Shmona")}


def test_a_neighbouring_country_is_not_the_documents() -> None:
    m = one(
        "Un infirmier a été enlevé le 3 mai 2031 au centre de santé de Torodi par des hommes armés venus du "
        "Burkina Faso voisin."
    )
    assert m.country == "NER"
    m = one("On 3 May 2031 gunmen from neighbouring Nigeria attacked the health centre in Diffa and killed a guard.")
    assert m.country == "NER"


def test_a_dateline_of_two_cities_is_not_the_location() -> None:
    m = one(
        "Clinic stormed in the Swat valley\n\nIslamabad/Geneva, 5 May 2031 - Armed men stormed a clinic on "
        "3 May 2031 and beat two nurses. The clinic, in Mingora, has stopped operating."
    )
    assert (m.country, m.location) == ("PAK", "Mingora")


def test_a_natural_feature_named_after_a_town_is_no_location() -> None:
    m = one("Afghanistan: armed men stormed a health centre by the Kabul river on 3 May 2031 and beat two nurses.")
    assert (m.country, m.location) == ("AFG", None)
    m = one("Uzbekistan: on 3 May 2031 a crowd beat two nurses at a clinic in the Ferghana valley.")
    assert m.location is None


def test_a_province_the_gazetteer_lacks_after_a_town_is_no_city_abroad() -> None:
    m = one(
        "On 3 May 2031 armed men burned the rural health unit in Catarman, Northern Samar. Northern Samar has seen "
        "such attacks before."
    )
    assert (m.country, m.location) == ("PHL", "Catarman")


def test_a_word_of_one_countrys_administration_is_evidence_of_it() -> None:
    m = one("On 3 May 2031 armed men burned the health station of Barangay Malinao in San Rafael.")
    assert (m.country, m.location) == ("PHL", "San Rafael")


def test_a_camp_dateline_is_not_the_location() -> None:
    m = one("Camp Bagsakan - On May 3, 2031, armed men raided a health station of Barangay Malinao in Catarman.")
    assert m.location == "Catarman"


def test_a_city_dateline_is_not_the_location() -> None:
    m = one(
        "DAVAO CITY, Philippines, May 4 (Wire) - Gunmen shot dead a midwife on 3 May 2031 as she rode home from a "
        "vaccination drive in Datu Piang town, police said."
    )
    assert (m.country, m.location) == ("PHL", "Datu Piang")


def test_a_people_before_a_camp_word_names_no_place() -> None:
    m = one("South Sudan: on 3 May 2031 armed men attacked a health post in a Dinka camp in Bor and beat a nurse.")
    assert m.country == "SSD" and m.location != "Dinka"


def test_the_province_after_a_town_and_a_comma_is_the_province() -> None:
    doc = run("On 3 May 2031 gunmen shot a nurse at the clinic in Los Mochis, Sinaloa, and fled.")
    assert [(m.text, m.kind, p.precision) for m, p in doc.places.chosen] == [
        ("Los Mochis", "place", "settlement"),
        ("Sinaloa", "admin1", "admin1"),  # the state Los Mochis lies in, not the hamlet of that name in Chiapas
    ]
    doc = run("On 3 May 2031 shelling hit clinics in Aleppo, Idlib and Hama.")
    assert all(m.kind == "place" for m, _ in doc.places.chosen)  # a list names no province


def test_a_name_of_a_province_and_of_a_hamlet_names_the_province() -> None:
    m = one("On 3 May 2031 gunmen shot a paramedic at a rural clinic in Sinaloa.")
    assert (m.country, m.admin1, m.location, m.geo_precision) == ("MEX", "Sinaloa", None, "admin1")


def test_an_arabic_facility_name_ends_before_a_number_or_what_is_told_of_it() -> None:
    found = extract("في 3 أيار 2031 قصفت طائرة مركز الإسعاف الشمالي ثلاثة مسعفين كانوا فيه.", PUBLISHED, "ar")
    assert [m.facility_name for m in found] == ["مركز الإسعاف الشمالي"]
    found = extract("في 3 أيار 2031 قصفت طائرة المركز الصحي في القرية. ويعمل المركز جزئياً.", PUBLISHED, "ar")
    assert [m.facility_name for m in found] == ["المركز الصحي"]


def test_a_datelines_agency_names_no_place() -> None:
    text = (
        "NIKOPOL, May 5 (Dnipro Line) - Artillery shelled Nikopol on Monday morning, damaging the city's perinatal "
        "centre and wounding a midwife."
    )
    (mention,) = extract(text, PUBLISHED, "en")
    assert (mention.location, mention.facility_type) == ("Nikopol", "hospital")


@pytest.mark.parametrize(
    ("text", "language"),
    [
        (
            "Por Karla Maribel Zelaya\n\nDos hombres armados dispararon contra una enfermera en el centro de salud "
            "del barrio el lunes 3 de marzo de 2031.",
            "es",
        ),
        (
            "By Zainab Hamoud, Nasiriyah\n\nRelatives of a patient beat two nurses at the teaching hospital on "
            "Monday, 3 March 2031.",
            "en",
        ),
    ],
)
def test_a_bylines_writer_names_no_place(text: str, language: str) -> None:
    """ "Por Karla Maribel Zelaya", "By Zainab Hamoud, Nasiriyah": a writer's name is no town (Karla in Estonia,
    Hamoud in Mauritania); the place after the comma is one."""
    (mention,) = extract(text, PUBLISHED, language)
    assert mention.country in (None, "IRQ") and mention.location in (None, "Nasiriyah")


@pytest.mark.parametrize(
    ("text", "language"),
    [
        (
            "Mardi 24 mars 2026, vers 14h30, un drone a visé une ambulance à la sortie de Qana. Un secouriste, "
            "grièvement blessé, a été transféré dans un hôpital de Saïda.",
            "fr",
        ),
        (
            "El martes 24 de marzo de 2026 un dron atacó una ambulancia a la salida de Qana. Un socorrista herido fue "
            "trasladado a un hospital de Saïda.",
            "es",
        ),
    ],
)
def test_the_hospital_a_wounded_crew_member_was_taken_to_is_not_where_the_act_was(text: str, language: str) -> None:
    [m] = extract(text, "2026-03-25", language)
    assert m.location == "Qana"


def test_a_facility_named_inside_the_words_of_its_siege() -> None:
    """Named: "encircled X Hospital" is matched whole as a siege, and the town opening the name is still its place."""
    m = one("On 3 May 2031, soldiers encircled Tulkarm Governmental Hospital for five hours.")
    assert (m.facility_name, m.location) == ("Tulkarm Governmental Hospital", "Tulkarm")


def test_a_national_police_is_no_province() -> None:
    """No province: "Policía Nacional" names no Distrito Nacional: the town of the act places it."""
    m = one(
        "Agentes de la Policía Nacional detuvieron a dos médicos dentro del hospital de Masaya el 3 de mayo de 2031."
    )
    assert (m.country, m.location, m.abducted) == ("NIC", "Masaya", 2)


def test_staff_of_the_hospital_is_no_name_in_spanish() -> None:
    """No name: "Trabajadores del Hospital General" are its staff, as "Staff of X Hospital" are."""
    m = one(
        "El 3 de mayo de 2031 hombres armados dispararon contra el hospital de Mazatlán. Trabajadores del Hospital "
        "General relataron el ataque."
    )
    assert m.facility_name is None


def test_an_arabic_town_word_before_an_adjective_names_no_place() -> None:
    """ "في بلدة مجاورة" (in a neighbouring town) names no town: the act's place stays the one named."""
    found = one(
        "فجر اليوم السبت، شنّت طائرة حربية غارة على مركز الدفاع المدني في مدينة بنت جبيل، ما أدى إلى استشهاد مسعفَين. "
        "وقد دُمّر المركز بالكامل، وانتقل من تبقى من عناصره إلى نقطة مؤقتة في بلدة مجاورة."
    )
    assert found.country == "LBN" and found.location is not None and "مجاورة" not in found.location


def test_the_arabic_hospital_that_day_is_the_hospital_named_before() -> None:
    """ "إدارة المستشفى يومها" (the hospital's management that day) is the hospital the sentence named, not a
    second hospital called "يومها"."""
    found = one(
        "وتذكّر الوزارة بأن مستشفى تبنين الحكومي تعرّض في آذار الماضي لغارة، ما أدى إلى إصابة ممرضتين، "
        "واضطرت إدارة المستشفى يومها إلى نقل مرضى العناية إلى الطابق الأرضي."
    )
    assert found.facility_name == "مستشفى تبنين الحكومي"
