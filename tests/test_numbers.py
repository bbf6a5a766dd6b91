"""parse_number, find_quantities, quantity_for and is_unspecified_count.

All sentences are made up for these tests."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from notatarget.extract.numbers import (
    find_quantities,
    guess_language,
    is_unspecified_count,
    normalize_digits,
    parse_number,
    quantity_for,
)


@pytest.mark.parametrize(
    ("text", "language", "value"),
    [
        ("11", None, 11),
        ("1,200", None, 1200),
        ("1 200", "fr", 1200),
        ("1.200", "fr", 1200),
        ("1.200", "es", 1200),
        ("twenty", None, 20),
        ("twenty-three", None, 23),
        ("two hundred and five", None, 205),
        ("a hundred", None, 100),
        ("vingt-trois", "fr", 23),
        ("quatre-vingt-dix", "fr", 90),
        ("vingt et un", "fr", 21),
        ("veintitrés", "es", 23),
        ("ciento cinco", "es", 105),
        ("treinta y dos", "es", 32),
        ("veintitrés", None, 23),
        ("at least 11", None, 11),
        ("about 60", None, 60),
        ("more than 20", None, 20),
        ("au moins 11", "fr", 11),
        ("al menos 24", "es", 24),
        ("dozens", None, 12),
        ("des dizaines", "fr", 12),
        ("decenas", "es", 12),
        ("hundreds", None, 100),
        ("des centaines", "fr", 100),
        ("cientos", "es", 100),
        ("une dizaine", "fr", 10),
        ("plus d'une dizaine", "fr", 10),
        ("près d’une centaine", "fr", 100),
        ("a couple", None, 2),
        ("both", None, 2),
        ("no one", None, 0),
        ("nobody", None, 0),
        ("nadie", "es", 0),
        ("٣٤", None, 34),
    ],
)
def test_parse_number(text: str, language: str | None, value: int) -> None:
    assert parse_number(text, language) == value


@pytest.mark.parametrize(
    "text", ["several", "many", "plusieurs", "varios", "", "   ", "5 and 6", "1.200", "2.5", "people", "x" * 500]
)
def test_parse_number_without_one_count(text: str) -> None:
    assert parse_number(text) is None


def test_quantities_in_running_text() -> None:
    text = "At least 11 people were killed, including 2 doctors; dozens were hurt and nobody was arrested."
    found = find_quantities(text)
    assert [(q.value, q.approximate, q.rule) for q in found] == [
        (11, True, "number.digits"),
        (2, False, "number.digits"),
        (12, True, "number.vague"),
        (0, False, "number.zero"),
    ]
    assert all(text[q.start : q.end] == q.text for q in found)


@pytest.mark.parametrize(
    "text",
    [
        "Fighters of an M23 faction.",
        "A five-year-old girl.",
        "Occupancy was 50% and 30 per cent.",
        "At 10:30 on 18/11/2016.",
        "The 3.5 tonnes of supplies.",
        "Plate ET05-01939.",
    ],
)
def test_not_counts(text: str) -> None:
    assert find_quantities(text, "en") == []


def test_articles_are_not_counts_in_running_text() -> None:
    assert find_quantities("Un médecin et une infirmière ont été blessés.", "fr") == []


@pytest.mark.parametrize(
    ("text", "told", "value"),
    [
        ("- trois (3) agents de santé enlevés ;", "trois (3)", 3),
        ("- deux (02) infirmiers blessés.", "deux (02)", 2),
        ("- un (1) agent vaccinateur tué ;", "(1)", 1),
    ],
)
def test_a_number_word_glossed_in_digits_is_one_count(text: str, told: str, value: int) -> None:
    """Official French writes the digits in brackets after the number word: one count, the brackets included so
    that the noun after them is next to it."""
    [q] = find_quantities(text, "fr")
    assert (q.text, q.value) == (told, value)


def test_digits_in_brackets_unlike_the_word_before_them_are_two_counts() -> None:
    assert [q.value for q in find_quantities("trois (4) agents", "fr")] == [3, 4]


@pytest.mark.parametrize(
    ("text", "noun", "value", "rule"),
    [
        ("Two nurses were killed.", "nurses", 2, "number.words"),
        ("Three of the staff were abducted.", "staff", 3, "number.words"),
        ("11 people including 2 doctors were hurt.", "doctors", 2, "number.digits"),
        ("11 people including 2 doctors were hurt.", "people", 11, "number.digits"),
        ("Five medical staff died.", "staff", 5, "number.words"),
        ("A doctor was shot.", "doctor", 1, "number.article"),
        ("An ambulance driver was shot.", "driver", 1, "number.article"),
        ("Un médecin a été tué.", "médecin", 1, "number.article"),
        ("Una enfermera resultó herida.", "enfermera", 1, "number.article"),
        ("There were no casualties.", "casualties", 0, "number.zero"),
        ("Deux agents de santé ont été enlevés.", "agents", 2, "number.words"),
    ],
)
def test_quantity_for(text: str, noun: str, value: int, rule: str) -> None:
    start = text.index(noun)
    q = quantity_for(text, start, start + len(noun))
    assert q is not None
    assert (q.value, q.rule) == (value, rule)
    assert text[q.start : q.end] == q.text


def test_quantity_for_a_phrase_starting_with_its_number() -> None:
    text = "three of the staff were abducted"
    q = quantity_for(text, 0, len("three of the staff"))
    assert q is not None and q.value == 3


@pytest.mark.parametrize(
    ("text", "noun"),
    [
        ("11 were killed and injured nurses fled.", "nurses"),
        ("Nurses fled.", "Nurses"),
        ("Several nurses were hurt.", "nurses"),
    ],
)
def test_quantity_for_without_a_count(text: str, noun: str) -> None:
    assert quantity_for(text, text.index(noun)) is None


@pytest.mark.parametrize(
    ("text", "noun", "unspecified"),
    [
        ("Several nurses were hurt.", "nurses", True),
        ("Plusieurs blessés ont été évacués.", "blessés", True),
        ("Varios heridos fueron trasladados.", "heridos", True),
        ("Many staff members fled.", "staff", True),
        ("Two nurses were hurt.", "nurses", False),
    ],
)
def test_is_unspecified_count(text: str, noun: str, unspecified: bool) -> None:
    assert is_unspecified_count(text, text.index(noun)) is unspecified


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("The clinic was hit and the staff fled.", "en"),
        ("Le centre de santé a été pillé et les agents sont partis.", "fr"),
        ("El hospital fue atacado y los médicos huyeron.", "es"),
        ("", "en"),
    ],
)
def test_guess_language(text: str, language: str) -> None:
    assert guess_language(text) == language


def test_normalize_digits_keeps_offsets() -> None:
    text = "قتل ٣ و۴ اشخاص"
    assert len(normalize_digits(text)) == len(text)
    assert "3" in normalize_digits(text) and "4" in normalize_digits(text)


@settings(max_examples=300, deadline=None)
@given(st.text(max_size=300), st.integers(min_value=-5, max_value=400))
def test_never_raises(text: str, position: int) -> None:
    for q in find_quantities(text):
        assert text[q.start : q.end] == q.text
    parse_number(text)
    quantity_for(text, position)
    is_unspecified_count(text, position)


@pytest.mark.slow
@pytest.mark.timeout(120)
def test_large_inputs_finish() -> None:
    paragraph = "Staff of the clinic waited at the checkpoint while the convoy passed. " * 12
    paragraph += "At least 11 people, including twenty-three nurses, were hurt.\n"
    assert len(find_quantities(paragraph * (5_000_000 // len(paragraph)))) == 2 * (5_000_000 // len(paragraph))
    assert find_quantities("x" * 5_000_000) == []
    assert find_quantities("1" * 5_000_000) == []
    assert parse_number("1,000," * 1000) is None


def test_ages_are_not_counts() -> None:
    assert [q.value for q in find_quantities("A 5-year-old boy and 3 nurses were hurt.")] == [3]


@pytest.mark.parametrize(
    ("text", "language", "values"),
    [
        ("والتي أدت خلال أقل من اثنتي عشرة ساعة إلى استشهاد مسعفين اثنين", "ar", [2]),
        ("بعد ثلاثة أيام من القصف أصيب ثلاثة أطباء", "ar", [3]),
        ("Протягом трьох годин обстрілу поранено двох медиків", "uk", [2]),
    ],
)
def test_number_words_of_a_duration_are_not_counts(text: str, language: str, values: list[int]) -> None:
    """A number word before an hour, a day or a year word tells a duration, as digits there do."""
    assert [q.value for q in find_quantities(text, language)] == values


@pytest.mark.parametrize("text", ["UNE DİZAINE", "ſix", "DOZENſ", "ﬁve"])
def test_case_folding_oddities_never_raise(text: str) -> None:
    for q in find_quantities(text):
        assert text[q.start : q.end] == q.text
    parse_number(text)


@pytest.mark.parametrize("language", [None, "", "xx", "fr-FR", 123])
def test_any_language_argument(language: object) -> None:
    assert parse_number("vingt-trois", language) == 23  # type: ignore[arg-type]
    assert [q.value for q in find_quantities("Deux infirmiers et trois médecins.", language)] == [2, 3]  # type: ignore[arg-type]


@pytest.mark.parametrize(
    ("text", "values"),
    [
        ("The man came back at four o'clock with 3 nurses.", [3]),
        ("At 5 pm two nurses left; at 7 a.m. nobody was there.", [2, 0]),
        ("Trois infirmiers ont été blessés à 5 h du matin.", [3]),
    ],
)
def test_hours_are_not_counts(text: str, values: list[int]) -> None:
    assert [q.value for q in find_quantities(text)] == values


@pytest.mark.parametrize(
    ("text", "values"),
    [
        ("The ambulance with 2 nurses was held for nearly three hours, 5 km from the town.", [2]),
        ("Deux infirmiers ont été retenus pendant trois jours.", [2]),
        ("Dos enfermeras fueron retenidas durante tres días.", [2]),
    ],
)
def test_durations_and_distances_are_not_counts(text: str, values: list[int]) -> None:
    assert [q.value for q in find_quantities(text)] == values


def test_a_number_word_glued_to_the_word_before() -> None:
    assert [q.value for q in find_quantities("Nurses releasedTwo nurses were abducted.")] == [2]
    assert find_quantities("The iPhone and the eBook.") == []


def test_arabic_number_words_with_or_without_vowel_marks() -> None:
    found = find_quantities("مقتل مسعفَين اثنَين واعتقال ثلاثة أطباء و 4 جرحى", "ar")
    assert [q.value for q in found] == [2, 3, 4]


@pytest.mark.parametrize(
    ("text", "language", "value"),
    [
        ("إصابة اثني عشر شخصاً", "ar", 12),
        ("مقتل خمسة عشر مدنيا", "ar", 15),
        ("مقتل عشرين شخصا", "ar", 20),
        ("ранены двенадцать человек", "ru", 12),
        ("поранено п'ятнадцять людей", "uk", 15),
    ],
)
def test_number_words_past_ten(text: str, language: str, value: int) -> None:
    assert [q.value for q in find_quantities(text, language)] == [value]
