"""The offline gazetteer: lookups, place recognition, disambiguation by document, bad input.

Texts here are fictional. The index is built once into the user's cache on first use (about 20 s).
"""

from __future__ import annotations

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import notatarget.geo as geo
from notatarget.geo import (
    GeoError,
    admin1_of,
    centroid,
    country_iso3,
    country_name,
    find_places,
    lookup,
    resolve_document,
)


def places_in(text: str, language: str | None = None) -> list[tuple[str, str | None]]:
    """(mention text, chosen country) for each place found in ``text``."""
    resolved = resolve_document(find_places(text, language))
    return [(m.text, p.country if p else None) for m, p in resolved.chosen]


@pytest.mark.parametrize(
    ("name", "iso3"),
    [
        ("Aleppo", "SYR"),
        ("Idlib", "SYR"),
        ("Douma", "SYR"),
        ("Kharkiv", "UKR"),
        ("Mariupol", "UKR"),
        ("Kherson", "UKR"),
        ("Khan Younis", "PSE"),
        ("Rafah", "PSE"),
        ("El Fasher", "SDN"),
        ("Omdurman", "SDN"),
        ("Taiz", "YEM"),
        ("Hodeidah", "YEM"),
        ("Al Hudaydah", "YEM"),
        ("Lashkar Gah", "AFG"),
        ("Bamenda", "CMR"),
        ("Goma", "COD"),
    ],
)
def test_lookup_finds_conflict_places(name: str, iso3: str) -> None:
    best = lookup(name)[0]
    assert best.country == iso3
    assert best.latitude is not None and best.longitude is not None
    assert best.precision in ("settlement", "admin1")


def test_lookup_ranks_the_given_country_first() -> None:
    assert lookup("Rafah", country="EGY")[0].country == "EGY"
    assert lookup("Rafah", country="Egypt")[0].country == "EGY"
    assert lookup("Kherson")[0].country == "UKR"  # bigger than the Greek Kherso


def test_lookup_settlement_before_its_admin1_and_unknown_names() -> None:
    idlib = lookup("Idlib")
    assert [p.precision for p in idlib[:2]] == ["settlement", "admin1"]
    assert lookup("Badghis")[0].precision == "admin1"
    assert lookup("Qwxzvillebury") == []
    assert lookup("") == []


@pytest.mark.parametrize(
    ("name", "iso3"),
    [
        ("Syria", "SYR"),
        ("Syrian Arab Republic", "SYR"),
        ("DR Congo", "COD"),
        ("Occupied Palestinian Territory", "PSE"),
        ("Gaza", "PSE"),
        ("Burma", "MMR"),
        ("Ivory Coast", "CIV"),
        ("Türkiye", "TUR"),
        ("Turkey", "TUR"),
        ("Syrie", "SYR"),
        ("Yémen", "YEM"),
        ("Afganistán", "AFG"),
        ("سوريا", "SYR"),
        ("اليمن", "YEM"),
        ("sy", "SYR"),
        ("SYR", "SYR"),
    ],
)
def test_country_iso3_variants(name: str, iso3: str) -> None:
    assert country_iso3(name) == iso3


def test_country_names_and_unknowns() -> None:
    assert country_name("SYR") == "Syria"
    assert country_name("syr") == "Syria"
    assert country_name("XXX") is None
    assert country_iso3("Atlantis") is None
    assert country_iso3(None) is None


def test_admin1_of_a_place_with_and_without_its_admin1() -> None:
    douma = lookup("Douma", "SYR")[0]
    assert admin1_of(douma) == douma.admin1 == "Rif-dimashq"
    bare = lookup("Kharkiv")[0]
    bare.admin1 = None
    assert admin1_of(bare) and "Kharkiv" in admin1_of(bare)


def test_centroid_generalises_to_admin1_then_country() -> None:
    province = centroid(country="Syria", admin1="Idlib")
    assert province is not None and province.precision == "admin1" and province.country == "SYR"
    assert 35.0 < province.latitude < 37.0 and 35.5 < province.longitude < 37.5
    whole = centroid(country="SYR", admin1="Nowhere-land")
    assert whole is not None and whole.precision == "country"
    assert 32.0 < whole.latitude < 37.5 and 35.5 < whole.longitude < 42.5
    assert centroid(country="Atlantis") is None
    assert geo.admin1_centroid("SYR", "Idlib") == (province.latitude, province.longitude)
    assert geo.admin1_centroid("SYR", "Nowhere-land") is None


def test_find_places_spans_and_kinds() -> None:
    text = "Shelling hit a clinic in Idlib province, Syria, and Syrian doctors fled to Aleppo."
    mentions = find_places(text)
    assert [(m.text, m.kind) for m in mentions] == [
        ("Idlib province", "admin1"),
        ("Syria", "country"),
        ("Syrian", "demonym"),
        ("Aleppo", "place"),
    ]
    for m in mentions:
        assert text[m.start : m.end] == m.text
    assert mentions[0].candidates[0].precision == "admin1"


def test_directional_prefix_keeps_the_base_place() -> None:
    for text in ("Barrel bombs fell on eastern Aleppo.", "Barrel bombs fell on East Aleppo."):
        [mention] = find_places(text)
        assert mention.text == "Aleppo"
        assert mention.candidates[0].name == "Aleppo"
    assert find_places("Strikes hit northern Idlib.")[0].qualifier == "northern"


def test_no_places_in_sentences_of_common_words() -> None:
    for text in (
        "In March, Doctor Victoria Said of Mercy Hospital said on Wednesday that Health workers were safe.",
        "Of the Nurse teams, Al and the Doctor were hurt.",
        "A NGO reported that MSF and WHO staff left. Sources said the Red Cross would return.",
        "Car bomb: the Liberation Front and Boko Haram fighters were blamed.",
        "",
        "   \n\t ",
    ):
        assert find_places(text) == [], text


def test_person_names_and_common_words_of_the_language() -> None:
    assert places_in("Dr Abdi Barre told reporters the Mission had left.") == []
    assert [
        m.text for m in find_places("Lire aussi : les Hommes armés ont pillé le centre de santé de Kaya.", "fr")
    ] == ["Kaya"]
    # Headlines in title case keep their places.
    assert "Kafranbel" in [m.text for m in find_places("Airstrike Hits Kafranbel Surgical Hospital Again\nText.")]


@pytest.mark.parametrize("language", ["fr", "pt"])
def test_common_words_of_a_language_are_as_wordfreq_rates_them(language: str) -> None:
    """The common words read from wordfreq's first buckets are those its ``zipf_frequency`` rates at
    ``LANGUAGE_WORD_ZIPF`` or more, around the cut too."""
    from wordfreq import get_frequency_list, zipf_frequency

    from notatarget.geo.recognize import LANGUAGE_WORD_ZIPF, _common_words

    common = _common_words(language)
    assert common is not None
    buckets = get_frequency_list(language)
    cut = next(i for i, bucket in enumerate(buckets) if bucket and bucket[0] not in common)
    words = [w for bucket in buckets[cut - 30 : cut + 30] for w in bucket if w.isalpha() and w.isascii()]
    assert len(words) > 100
    for word in words:
        assert (word in common) == (int(zipf_frequency(word, language) * 10) >= LANGUAGE_WORD_ZIPF), word


def test_frequent_arabic_words_are_no_places_abroad() -> None:
    """ "ليل" (night) is also Lille, "كيف" (how) Kyiv, "أمن" (security) Emmen: not in a report's running text."""
    text = "استشهد مسعفان ليل أمس في مدينة بنت جبيل، ولا نعرف كيف نحمي الطواقم في ظل غياب أمن الطرق."
    assert [m.text for m in find_places(text, "ar")] == ["بنت جبيل"]


def test_an_arabic_town_after_a_place_word_without_its_article() -> None:
    """ "مدينة صور" is Tyre, whose gazetteer name has the article ("الصور"); "صور" alone (pictures) is no place."""
    [tyre] = find_places("استهدفت غارة مبنى ملاصقاً للمستشفى في مدينة صور", "ar")
    assert (tyre.text, tyre.candidates[0].country) == ("صور", "LBN")
    # the place word with a proclitic ("بمدينة": "in the city of") cues the name as well
    [_, tyre] = find_places("أصيب مسعف في حي الرمل بمدينة صور", "ar")
    assert (tyre.text, tyre.candidates[0].country) == ("صور", "LBN")
    assert find_places("نشرت الجمعية صور المستشفى بعد الغارة", "ar") == []


def test_a_country_people_fled_to_is_weak_evidence() -> None:
    """ "fled to Chad", "refugee camps in Chad", "ont fui vers le Tchad": where survivors went, not the country of the
    report, which a town and its province name (El Geneina, West Darfur)."""
    for text in (
        "Both nurses later fled to Chad.",
        "We met survivors in refugee camps in Chad.",
        "Ils ont fui vers le Tchad.",
    ):
        [chad] = find_places(text, "fr" if "fui" in text else "en")
        assert chad.countries["TCD"] < 1.0, text
    assert find_places("The attack in Chad killed two nurses.")[0].countries["TCD"] == 3.0


def test_short_names_only_for_towns() -> None:
    assert [m.text for m in find_places("Shelling near Gao and Ibb; Kim and Ben saw the Car.")] == ["Gao", "Ibb"]


def test_internal_article_spellings() -> None:
    [mention] = find_places("The hospital in Jisr al-Shughur was hit.")
    assert mention.candidates[0].country == "SYR"


def test_towns_named_before_their_hospital() -> None:
    text = "Syria: the Khan Sheikhoun hospital and the Kafr Nabl surgical hospital were hit."
    assert places_in(text) == [("Syria", "SYR"), ("Khan Sheikhoun", "SYR"), ("Kafr Nabl", "SYR")]


def test_transliteration_variants_within_the_main_country() -> None:
    mentions = find_places("Syria: the hospital in Maarat al-Numan was hit again, Idlib health officials said.")
    variant = next(m for m in mentions if m.text == "Maarat al-Numan")
    assert variant.match == "skeleton" and variant.candidates[0].country == "SYR"
    assert [m.match for m in mentions if m.text != "Maarat al-Numan"] == ["name", "name"]
    hinted = find_places("The hospital in Maarat al-Numan was hit.", country="SYR")
    assert [(m.text, m.match) for m in hinted] == [("Maarat al-Numan", "skeleton")]
    assert find_places("The hospital in Maarat al-Numan was hit.") == []
    # the caller's country weighs like a country named, against another country the text names
    text = "Fighters from Chad shelled the hospital in Kramatorask."
    assert [m.text for m in find_places(text)] == ["Chad"]
    assert [(m.text, m.match) for m in find_places(text, country="UKR")][1] == ("Kramatorask", "skeleton")
    people = find_places("In Syria, Dr Mahmoud Darwish met Hamza Kassab and Omar Suleiman at the Ministry.")
    assert [m.text for m in people] == ["Syria"]


def test_lower_case_article_is_part_of_the_name() -> None:
    [mention] = find_places("Medics fled al-Fasher after the shelling.")
    assert mention.text == "al-Fasher" and mention.candidates[0].country == "SDN"


def test_admin1_named_by_its_seat() -> None:
    [mention] = find_places("قصف على بلدة في محافظة إدلب", "ar")
    assert mention.kind == "admin1"
    assert (mention.candidates[0].name, mention.candidates[0].precision) == ("Idlib", "admin1")


def test_arabic_script_names() -> None:
    found = places_in("قصف الطيران مستشفى في حلب وآخر في إدلب")
    assert ("حلب", "SYR") in found
    assert ("إدلب", "SYR") in found


def test_ukrainian_and_russian_case_endings() -> None:
    found = places_in("Війська обстріляли лікарні в Херсоні, Харкові та Києві.", "uk")
    assert [name for name, _ in found] == ["Херсоні", "Харкові", "Києві"]
    assert {country for _, country in found} == {"UKR"}
    assert places_in("Удар по больнице в Харькове.", "ru") == [("Харькове", "UKR")]


@pytest.mark.parametrize(
    ("text", "language", "expected"),
    [
        ("Удар по Новгород-Сіверській лікарні.", "uk", [("Novhorod-Siverskyi", "UKR", "place")]),
        (
            "Обстріл Харківської області та Донецької області.",
            "uk",
            [("Kharkiv", "UKR", "admin1"), ("Donetsk", "UKR", "admin1")],
        ),
        ("Голова Сумської обласної військової адміністрації.", "uk", [("Sumy", "UKR", "admin1")]),
        ("У Краматорській лікарні поранено медика.", "uk", [("Kramatorsk", "UKR", "place")]),
        ("Снаряды упали в Харьковской области.", "ru", [("Kharkiv", "UKR", "admin1")]),
        ("Ракета влучила в Дніпрі.", "uk", [("Dnipro", "UKR", "place")]),
    ],
)
def test_places_told_by_their_adjectives_and_compounds(text: str, language: str, expected: list) -> None:
    found = [(m.candidates[0].name, m.candidates[0].country, m.kind) for m in find_places(text, language)]
    assert found == expected


def test_a_common_word_with_a_case_ending_is_no_place() -> None:
    # "Вона" ("she") would inflect Вінь (Vinh), "Новий" ("new") Нови (Novi, Michigan)
    assert find_places("Вона нагадала, що Новий корпус лікарні відкрили торік.", "uk") == []


def test_french_names_and_lower_case_demonyms() -> None:
    mentions = find_places("Les forces syriennes ont bombardé un hôpital à Alep.", language="fr")
    assert [m.kind for m in mentions] == ["demonym", "place"]
    assert mentions[1].candidates[0].country == "SYR"


def test_disambiguation_by_document_country() -> None:
    assert ("Kherson", "UKR") in places_in("A maternity hospital in Kherson was shelled, Ukrainian officials said.")
    assert ("Rafah", "PSE") in places_in("Strikes near the hospital in Rafah, southern Gaza, killed two medics.")
    assert ("Rafah", "EGY") in places_in("Aid trucks waited at Rafah in Egypt's North Sinai for days.")
    resolved = resolve_document(find_places("Aleppo's last paediatric hospital closed after the strikes."))
    assert resolved.country == "SYR"


def test_attackers_and_donors_say_little_of_where() -> None:
    assert resolve_document(find_places("US airstrikes hit the trauma centre in Kunduz.")).country == "AFG"
    assert resolve_document(find_places("Staff of the Kuwait Specialty Hospital in Sanaa fled.")).country == "YEM"
    assert resolve_document(find_places("Russian warplanes struck a clinic in Saraqib.")).country == "SYR"
    assert resolve_document(find_places("A Saudi-led coalition airstrike hit a clinic in Saada.")).country == "YEM"
    dateline = "BEIRUT (Reuters) - Shelling hit the hospital in Daraa, medics said."
    assert resolve_document(find_places(dateline)).country == "SYR"


def test_a_bare_name_of_a_town_and_of_a_province_abroad_is_the_town() -> None:
    resolved = resolve_document(find_places("Gunmen fired at the general hospital of Beni overnight."))
    assert resolved.country == "COD"  # the city of 140,000 before Bolivia's department of 300,000
    assert resolve_document(find_places("Fighting spread across Beni department.")).country == "BOL"


def test_a_country_told_as_a_neighbour_is_not_the_texts() -> None:
    text = "Gunmen who crossed from neighbouring Mali burned the clinic in Dori."
    assert resolve_document(find_places(text)).country == "BFA"
    text = "Des hommes armés venus du Mali voisin ont incendié le dispensaire de Dori."
    assert resolve_document(find_places(text, "fr")).country == "BFA"
    text = "Hombres armados llegados de la vecina Colombia quemaron el dispensario de Guasdualito."
    assert resolve_document(find_places(text, "es")).country == "VEN"


def test_an_attackers_nationality_alone_names_no_country() -> None:
    for text in (
        "Israeli forces fired tear gas at the ambulance crew.",
        "Russian warplanes bombed the clinic twice that night.",
        "A Saudi-led coalition airstrike hit the vaccination team.",
    ):
        resolved = resolve_document(find_places(text))
        assert resolved.country is None, text
        assert resolved.chosen  # the demonym is still a mention, only no main country
    for text, language in (("Les avions libyens ont bombardé l'hôpital.", "fr"), ("قصفت القوات العراقية مستشفى", "ar")):
        resolved = resolve_document(find_places(text, language))  # the noun before its adjective
        assert resolved.country is None and resolved.chosen, text
    # a state's own bodies act at home: "regime forces", "National Army" stay evidence
    assert resolve_document(find_places("Syrian regime forces shelled the clinic.")).country == "SYR"
    assert resolve_document(find_places("The Afghan National Army occupied the clinic.")).country == "AFG"


def test_arabic_short_vowels_tatweel_and_invisible_marks() -> None:
    for text, name in (
        ("قصف مستشفى في إدلــب", "إدلــب"),  # tatweel
        ("قُصِفَ مُسْتَشْفَى فِي إِدْلِب", "إِدْلِب"),  # harakat
        ("Shelling hit Alep\u00adpo again.", "Alep\u00adpo"),  # soft hyphen
        ("Shelling hit Idl\u200bib again.", "Idl\u200bib"),  # zero-width space
    ):
        [mention] = find_places(text)
        assert mention.text == name and text[mention.start : mention.end] == name
        assert mention.candidates[0].country == "SYR"


def test_arabic_attached_prepositions() -> None:
    for text in ("وصلت المساعدات ولإدلب", "قصف بالرقة", "الطريق للرقة مغلق", "قصف بحلب", "وبحلب أيضا"):
        [mention] = find_places(text, "ar")
        assert mention.candidates[0].country == "SYR", text
        assert text[mention.end :].strip() in ("", "مغلق", "أيضا")
    [baghdad] = find_places("غارة ببغداد", "ar")
    assert baghdad.text == "بغداد" and baghdad.candidates[0].country == "IRQ"
    # common words that read as a proclitic and a place name: "and that" (Van), "was" (Cannes), "big" (Beira)
    assert find_places("وأن المستشفى كان كبيرا وقال للجزيرة", "ar") == []


def test_place_words_admit_small_places() -> None:
    bare = resolve_document(find_places("Fighters looted the clinic of Akhtreen, Syria."))
    assert [m.text for m, _ in bare.chosen] == ["Syria"]  # an alternate name of a small place: not on its own
    cued = resolve_document(find_places("Fighters looted the clinic in the village of Akhtreen, Syria."))
    assert [(m.text, p.country) for m, p in cued.chosen] == [("Akhtreen", "SYR"), ("Syria", "SYR")]
    listed = find_places("Gunmen attacked clinics in the districts of Khogyani and Surkhrud in Nangarhar.")
    assert [m.text for m in listed][:2] == ["Khogyani", "Surkhrud"]


def test_places_the_gazetteer_lacks_named_by_a_place_word() -> None:
    text = "Gunmen burned the clinic in the village of Qarvendi Tepe, Syria, and looted Zorvask camp."
    resolved = resolve_document(find_places(text))
    cued = [(m.text, m.kind, m.candidates, p) for m, p in resolved.chosen if m.match == "cue"]
    assert cued == [("Qarvendi Tepe", "place", [], None), ("Zorvask", "place", [], None)]
    assert resolved.country == "SYR"
    for text in (
        "Staff of the Northville City Womens Hospital fled.",  # a facility word in the run
        "Gunmen fired at the MINUSMA camp.",  # an acronym
        "They met in the town of Free Speech.",  # a common first word
    ):
        assert [m for m in find_places(text) if m.match == "cue"] == [], text


def test_a_district_the_gazetteer_lacks_keeps_its_admin_word() -> None:
    found = find_places("Soldiers raided a clinic in Kilembwenge district, South Kivu, on Monday.")
    assert [(m.text, m.match) for m in found] == [("Kilembwenge district", "cue"), ("South Kivu", "name")]
    # a cued run starts at the compound's first capitalised part, not inside it
    assert [m.text for m in find_places("A nurse was shot in the Sona-Kilembwenge district.") if m.match == "cue"] == []


def test_a_town_that_owns_a_facility_is_a_place() -> None:
    found = find_places("Staff abandoned Kwazibo's public hospital in Ituri province on Sunday.")
    assert [(m.text, m.match) for m in found] == [("Kwazibo", "cue"), ("Ituri province", "name")]
    for text in ("Save the Children's clinic was hit.", "Dr Ahmed's clinic was hit.", "MSF's hospital was hit."):
        assert [m for m in find_places(text) if m.match == "cue"] == [], text


def test_an_article_name_after_a_first_name_is_a_person() -> None:
    # a small place's name with an article, right after a capitalised first name: a family name
    assert find_places("The clinic's guard, Ali al-Refai, was killed in Rafah.")[0].text == "Rafah"
    assert [m.text for m in find_places("The clinic in al-Refai was shelled.")] == ["al-Refai"]


def test_context_mentions_weigh_the_country_but_are_not_resolved() -> None:
    mentions = find_places("A hospital in Tripoli was shelled.")
    assert resolve_document(mentions).country == "LBY"
    context = find_places("The ministry of Lebanon condemned it.")
    resolved = resolve_document(mentions, context=context)
    assert resolved.country == "LBN"
    assert [(m.text, p.country) for m, p in resolved.chosen] == [("Tripoli", "LBN")]
    with pytest.raises(GeoError):
        resolve_document(mentions, context=["Lebanon"])  # type: ignore[list-item]


def test_one_word_transliteration_variants_need_a_cue() -> None:
    cued = find_places("Syria: the clinic at Akhtarein closed.")
    assert [(m.text, m.match) for m in cued] == [("Syria", "name"), ("Akhtarein", "skeleton")]
    assert [m.text for m in find_places("Syria: Akhtarein clinic closed.")] == ["Syria"]


def test_multi_word_variants_with_articles_apostrophes_and_common_words() -> None:
    for variant in ("Ma'arat al-Nu'man", "Ma‘arat al-Nu‘man", "Ain al-Arab"):  # "Arab" alone is a common word
        found = find_places(f"Syria: the hospital in {variant} was hit on Monday.")
        assert [(m.text, m.match) for m in found][1:] == [(variant, "skeleton")]
        assert found[1].candidates[0].country == "SYR"
    assert [m.text for m in find_places("Syria: the Arab Spring began.")] == ["Syria"]


def test_admin1_short_forms_that_are_words() -> None:
    # "Free State" is indexed whole, never as "Free"
    assert [m.kind for m in find_places("The Free Syrian Army held the clinic.")] == ["demonym"]
    [free_state] = find_places("Clinics closed in Free State after the floods.")
    assert free_state.kind == "admin1" and free_state.candidates[0].name == "Free State"


def test_known_name_prior_for_places_without_population() -> None:
    # GeoNames gives this town no population; its many names still make it the likely reading
    resolved = resolve_document(find_places("A hospital in Ma'arrat an-Nu'man was bombed."))
    assert resolved.country == "SYR"
    assert resolved.chosen[0][0].text == "Ma'arrat an-Nu'man"


def test_an_admin1_named_outright_outweighs_one_implied() -> None:
    text = "Gunmen attacked clinics in the districts of Khogyani and Surkhrud in Nangarhar, Afghanistan."
    assert resolve_document(find_places(text)).admin1 == "Nangarhar"


def test_document_main_country_and_admin1() -> None:
    resolved = resolve_document(find_places("In Yemen, a clinic in Taiz was hit; Taiz governorate has few left."))
    assert resolved.country == "YEM"
    assert resolved.admin1 is not None
    assert resolved.most_specific() is not None and resolved.most_specific()[1].name == "Taiz"
    empty = resolve_document([])
    assert empty.country is None and empty.chosen == [] and empty.most_specific() is None


def test_hostile_input() -> None:
    with pytest.raises(GeoError):
        find_places(None)  # type: ignore[arg-type]
    with pytest.raises(GeoError):
        find_places(b"Aleppo")  # type: ignore[arg-type]
    with pytest.raises(GeoError):
        lookup(42)  # type: ignore[arg-type]
    with pytest.raises(GeoError):
        resolve_document(None)  # type: ignore[arg-type]
    with pytest.raises(GeoError):
        resolve_document(["Aleppo"])  # type: ignore[list-item]
    html = "<script>alert('Aleppo')</script><p onclick='x'>Kabul &amp; Herat</p>"
    assert {m.text for m in find_places(html)} >= {"Aleppo", "Kabul", "Herat"}
    assert lookup("A" * 100_000) == []
    big = "Airstrikes hit Idlib again. " * 20_000
    assert len(find_places(big)) == 20_000


def test_text_over_the_limit_is_refused(monkeypatch: pytest.MonkeyPatch) -> None:
    import notatarget.geo.recognize as recognize

    monkeypatch.setattr(recognize, "MAX_TEXT_CHARS", 100)
    with pytest.raises(GeoError, match="over the limit"):
        find_places("Aleppo " * 50)


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.text(alphabet=st.characters(exclude_categories=("Cs",)), max_size=300))
def test_find_places_spans_are_always_the_text(text: str) -> None:
    for m in find_places(text, language="fr"):
        assert 0 <= m.start < m.end <= len(text)
        assert text[m.start : m.end] == m.text
        assert m.kind in ("country", "admin1", "place", "demonym")


def test_public_surface_is_sorted_and_complete() -> None:
    assert geo.__all__ == sorted(geo.__all__)
    assert all(hasattr(geo, name) for name in geo.__all__)


def test_the_end_of_an_ezafe_compound_is_no_place() -> None:
    """ "Shifa-e-Bakhtar Hospital": "Bakhtar" (an old name of Balkh) ends a name; "Mazar-e-Sharif" is one place."""
    from notatarget.geo import find_places

    assert [p.text for p in find_places("The strike hit the Shifa-e-Bakhtar Hospital in Kunduz.")] == ["Kunduz"]
    assert [p.text for p in find_places("The strike hit a clinic in Mazar-e-Sharif.")] == ["Mazar-e-Sharif"]


def test_a_lower_case_article_of_a_romance_text_opens_no_place_name() -> None:
    """ "el Centro de Salud" is the health centre, not El Centro (California); "El Centro" written as a name is."""
    text = "Guayaquil, 9 de noviembre. Hombres armados atacaron el Centro de Salud del barrio."
    assert [m.text for m in find_places(text, "es")] == ["Guayaquil"]
    assert "El Centro" in [m.text for m in find_places("Los heridos llegaron a El Centro, California.", "es")]


def test_a_name_read_as_a_place_is_no_word_for_its_other_places() -> None:
    """Once "Durán" is read as a place (a village's own name), the city whose other name it is stays a candidate
    too, though the name is also a common Spanish surname: the document's country then chooses."""
    [mention] = [m for m in find_places("Un ataque armado en Durán dejó dos heridos.", "es") if m.text == "Durán"]
    assert "ECU" in [c.country for c in mention.candidates]
    text = "Guayaquil, 9 de noviembre. Un ataque armado en Durán dejó dos heridos."
    found = resolve_document(find_places(text, "es"))
    assert found.country == "ECU"
    assert [(m.text, p.country) for m, p in found.chosen] == [("Guayaquil", "ECU"), ("Durán", "ECU")]
