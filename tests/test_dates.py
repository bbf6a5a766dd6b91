"""find_dates and find_dateline: explicit, relative and partial dates, false positives, robustness.

All sentences are made up for these tests (fictional places and organisations)."""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from notatarget.extract import extract
from notatarget.extract.dates import DateMention, find_dateline, find_dates, list_entries

FRI_2016_11_18 = date(2016, 11, 18)


def values(text: str, published: date | None = FRI_2016_11_18) -> list[str]:
    return [m.value for m in find_dates(text, published)]


def only(text: str, published: date | None = FRI_2016_11_18) -> DateMention:
    found = find_dates(text, published)
    assert len(found) == 1, found
    return found[0]


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("The clinic in Northtown was shelled on 18 November 2016.", "2016-11-18"),
        ("Shelling on November 18, 2016 hit the clinic.", "2016-11-18"),
        ("Report dated 18/11/2016 from the district.", "2016-11-18"),
        ("Report dated 2016-11-18 from the district.", "2016-11-18"),
        ("Report dated 11/30/2016 (US order).", "2016-11-30"),
        ("Attack of 2016/11/18 near the market.", "2016-11-18"),
        ("It happened on Wednesday, 16 November 2016, at dawn.", "2016-11-16"),
        ("It happened on the 16th of November 2016.", "2016-11-16"),
        ("Le centre de santé a été pillé le 16 novembre 2016.", "2016-11-16"),
        ("Le centre a été pillé le 1er novembre 2016.", "2016-11-01"),
        ("El hospital fue atacado el 3 de mayo de 2020.", "2020-05-03"),
        ("Attack on Nov. 18, 2016.", "2016-11-18"),
        ("٣ مايو ٢٠١٩", "2019-05-03"),
        ("هاجمت القوات المستشفى في 3 آذار 2019", "2019-03-03"),
        ("استهدف القصف المستشفى في 28 أيار/مايو 2019", "2019-05-28"),
    ],
)
def test_explicit_dates(text: str, value: str) -> None:
    m = only(text)
    assert m.value == value
    assert m.precision == "day"
    assert not m.relative
    assert text[m.start : m.end] == m.text


@pytest.mark.parametrize(
    ("text", "value", "rule"),
    [
        ("Shelling on 18th Nov hit the ward.", "2016-11-18", "date.day_month"),
        ("KABUL, March 8 - a clinic was hit.", "2016-03-08", "date.month_day"),
        ("Shelling continued on 16-17 November.", "2016-11-16", "date.day_range"),
        ("During the night of 16 to 17 November the ward was hit.", "2016-11-16", "date.day_range"),
        ("Dans la nuit du 16 au 17 novembre, le centre a brûlé.", "2016-11-16", "date.day_range"),
        # with the weekdays ("la nuit du mardi 15 au mercredi 16 novembre")
        ("Dans la nuit du mardi 15 au mercredi 16 novembre, le centre a brûlé.", "2016-11-15", "date.day_range"),
        ("On the night of Tuesday 15 to Wednesday 16 November the ward was hit.", "2016-11-15", "date.day_range"),
        ("En la noche del martes 15 al miércoles 16 de noviembre atacaron el centro.", "2016-11-15", "date.day_range"),
        ("Strikes on November 16-17 closed the clinic.", "2016-11-16", "date.month_day_range"),
    ],
)
def test_dates_without_year_take_the_reference_year(text: str, value: str, rule: str) -> None:
    m = only(text)
    assert (m.value, m.rule) == (value, rule)
    assert m.relative and m.anchor == FRI_2016_11_18


def test_date_after_the_reference_is_from_the_year_before() -> None:
    assert values("The clinic was hit on 20 December.", date(2017, 1, 5)) == ["2016-12-20"]


@pytest.mark.parametrize(
    ("text", "published", "value"),
    [
        ("On Friday 18th Nov two missiles hit the hospital.", date(2016, 11, 18), "2016-11-18"),
        ("On Friday 18th Nov two missiles hit the hospital.", date(2017, 1, 5), "2016-11-18"),
        # 18 November 2016 was a Friday, 2015 a Wednesday: the weekday picks the year.
        ("On Wednesday 18 November the clinic closed.", date(2016, 11, 20), "2015-11-18"),
        ("Le mercredi 16 novembre, l'hôpital a été bombardé.", date(2017, 2, 1), "2016-11-16"),
        # a weekday that agrees with neither of the last two years is ignored, not followed years back
        ("Sat 5 May the clinic closed.", date(2016, 5, 6), "2016-05-05"),
        ("On 29 February the clinic closed.", date(2017, 3, 1), "2016-02-29"),
        # "last Wednesday" is recent: the date is of the last twelve months whatever its weekday
        ("Mercredi dernier, 17 novembre, le centre a fermé.", date(2016, 11, 20), "2016-11-17"),
    ],
)
def test_weekday_chooses_the_year(text: str, published: date, value: str) -> None:
    assert values(text, published) == [value]


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("The attack happened today.", "2016-11-18"),
        ("The attack happened yesterday.", "2016-11-17"),
        ("The attack happened the day before yesterday.", "2016-11-16"),
        ("Gunmen stormed the ward last night.", "2016-11-17"),
        ("Gunmen stormed the ward this morning.", "2016-11-18"),
        ("Gunmen stormed the ward on Wednesday.", "2016-11-16"),
        ("Gunmen stormed the ward in the early hours of Monday.", "2016-11-14"),
        ("Gunmen stormed the ward overnight Friday.", "2016-11-18"),
        ("Gunmen stormed the ward late Sunday.", "2016-11-13"),
        ("Gunmen stormed the ward last Friday.", "2016-11-11"),
        ("Gunmen stormed the ward two days ago.", "2016-11-16"),
        ("Le centre a été attaqué hier.", "2016-11-17"),
        ("Le centre a été attaqué avant-hier.", "2016-11-16"),
        ("Le centre a été attaqué lundi dernier.", "2016-11-14"),
        ("Le centre a été attaqué il y a trois jours.", "2016-11-15"),
        ("Dans la nuit de mardi à mercredi, le centre a été attaqué.", "2016-11-15"),
        ("El hospital fue atacado ayer.", "2016-11-17"),
        ("El hospital fue atacado anteayer.", "2016-11-16"),
        ("El hospital fue atacado el pasado lunes.", "2016-11-14"),
        ("El hospital fue atacado el martes.", "2016-11-15"),
        ("El hospital fue atacado hace dos días.", "2016-11-16"),
        ("استهدف القصف المستشفى يوم الأربعاء", "2016-11-16"),
        ("استهدف القصف المستشفى أمس", "2016-11-17"),
    ],
)
def test_relative_days(text: str, value: str) -> None:
    m = only(text)
    assert m.value == value
    assert m.relative and m.anchor == FRI_2016_11_18


@pytest.mark.parametrize(
    "text",
    [
        "In the early hours of Tuesday 8 November, forces entered the hospital.",
        "Early on Tuesday, 8 November, forces entered the hospital.",
        "Dans la nuit de mardi 8 novembre, des hommes armés sont entrés dans le centre.",
        # "last Tuesday" told with its date in apposition is that date, not the Tuesday before publication
        "Mardi dernier, 8 novembre, des hommes armés sont entrés dans le centre.",
        "El martes pasado, 8 de noviembre, hombres armados entraron al centro de salud.",
    ],
)
def test_a_weekday_lead_in_gives_way_to_the_full_date_after_it(text: str) -> None:
    """In "the early hours of Tuesday 8 November" the day is the one written, not the Tuesday before publication."""
    assert values(text) == ["2016-11-08"]


@pytest.mark.parametrize(
    ("text", "value", "precision"),
    [
        ("The clinic was looted three months ago.", "2016-08", "month"),
        ("Il y a deux ans, le centre avait été pillé.", "2014", "year"),
        ("El hospital fue atacado hace un año.", "2015", "year"),
        ("Лікарню обстріляли 2 місяці тому.", "2016-09", "month"),
    ],
)
def test_months_and_years_ago_keep_their_precision(text: str, value: str, precision: str) -> None:
    m = only(text)
    assert (m.value, m.precision) == (value, precision)


def test_months_later_give_no_day() -> None:
    # an offset of months names no day: not read as days ("two months later" is not two days later)
    assert find_dates("Two months later, the clinic reopened.", FRI_2016_11_18, "en") == []


def test_today_with_its_weekday_is_the_same_day() -> None:
    assert set(values("The ward was hit today, Friday.")) == {"2016-11-18"}


# A bare weekday is the most recent such day on or before the reference date.
@pytest.mark.parametrize(
    ("published", "text", "value"),
    [
        (date(2019, 1, 1), "on Sunday", "2018-12-30"),  # Tuesday 1 January: back across the year end
        (date(2019, 1, 1), "on Tuesday", "2019-01-01"),  # same day allowed
        (date(2019, 1, 1), "on Wednesday", "2018-12-26"),
        (date(2019, 1, 1), "last Tuesday", "2018-12-25"),  # "last" is strictly before
        (date(2016, 3, 1), "on Monday", "2016-02-29"),  # leap day
        (date(2017, 10, 1), "on Saturday", "2017-09-30"),  # across a month end
        (date(2017, 10, 1), "on Sunday", "2017-10-01"),
        (date(2020, 3, 2), "le samedi", "2020-02-29"),
        (date(2019, 1, 2), "on Monday 31st", "2018-12-31"),  # day of month, previous month and year
        (date(2016, 11, 18), "on Wednesday 16th", "2016-11-16"),
        (date(2016, 12, 2), "on Wednesday 16th", "2016-11-16"),  # the 16th is after the 2nd: last month
        (date(2016, 11, 18), "on the 16th", "2016-11-16"),
    ],
)
def test_weekday_resolution_table(published: date, text: str, value: str) -> None:
    assert values(f"The clinic was hit {text}.", published) == [value]


@pytest.mark.parametrize(
    ("text", "value", "precision"),
    [
        ("December 2023: a clinic in Northtown was looted.", "2023-12", "month"),
        ("Attacks on the hospital began in March 2019.", "2019-03", "month"),
        ("En décembre 2021, le centre a fermé.", "2021-12", "month"),
        ("En diciembre de 2021 el centro cerró.", "2021-12", "month"),
        ("The clinic had been attacked in 2015.", "2015", "year"),
    ],
)
def test_month_and_year_precision(text: str, value: str, precision: str) -> None:
    m = only(text)
    assert (m.value, m.precision) == (value, precision)


@pytest.mark.parametrize(
    ("text", "published", "value"),
    [
        ("In March this year, gunmen killed two vaccinators.", date(2021, 6, 16), "2021-03"),
        ("The hospital was raided in December.", date(2017, 2, 10), "2016-12"),
        ("The hospital was raided in February.", date(2017, 2, 10), "2017-02"),
        ("Two ambulances were attacked last week.", date(2025, 1, 1), "2024-12"),
        ("Two ambulances were attacked last month.", date(2025, 1, 1), "2024-12"),
        ("Two ambulances were attacked la semaine dernière.", date(2019, 7, 17), "2019-07"),
    ],
)
def test_relative_months(text: str, published: date, value: str) -> None:
    m = only(text, published)
    assert (m.value, m.precision, m.relative) == (value, "month", True)


@pytest.mark.parametrize(
    "text",
    [
        "Fighters of an M23 faction entered the town.",
        "The siege lasted 48 hours.",
        "The 2 of them were released.",
        "A nurse aged 18 was wounded.",
        "Shelling began at 10:30 and lasted until 11:45.",
        "Call the hotline on +00 11 2016 5555 or 0212-34-2019.",
        "It may have been a drone.",
        "Residents joined a march to the clinic.",
        "Children at the Sunday school were evacuated.",
        "The registry lists 120160 patients and 3.2016 litres.",
        "Twelve people were killed, 40 injured and 7 abducted.",
        "Next week the clinic reopens.",
    ],
)
def test_false_positives(text: str) -> None:
    assert find_dates(text, FRI_2016_11_18) == []


def test_relative_dates_need_a_reference() -> None:
    assert find_dates("The clinic was hit yesterday, on Wednesday.") == []


def test_year_less_date_takes_the_year_of_the_text_without_reference() -> None:
    text = "Statement of 10 October 2022. Two nurses were abducted on Thursday 3 November near the clinic."
    assert values(text, None) == ["2022-10-10", "2022-11-03"]


@pytest.mark.parametrize(
    ("text", "published", "expected"),
    [
        ("KABUL, March 8 (Reuters) - Gunmen attacked a clinic.", date(2017, 3, 8), date(2017, 3, 8)),
        ("GENEVA, 18 November 2016 – The agency condemned the strike.", None, date(2016, 11, 18)),
        ("Northtown (AP) — Monday, gunmen stormed the clinic.", date(2019, 7, 30), date(2019, 7, 29)),
        (" date 2019-07-29 Attack report\nNorthtown, 28 July 2019—The agency condemns it.", None, date(2019, 7, 28)),
        (" date 2019-07-29\nThe agency condemns the attack.", None, date(2019, 7, 29)),
        ("Attack on a clinic\nPublished on 9 May 2019\nGunmen attacked.", None, date(2019, 5, 9)),
        ("The attack happened on Thursday evening.", date(2019, 7, 30), None),
        ("GENEVA, 18 November 2016 – The agency condemned the strike.", date(2019, 7, 30), None),  # too far
        ("", None, None),
    ],
)
def test_find_dateline(text: str, published: date | None, expected: date | None) -> None:
    assert find_dateline(text, published) == expected


def test_relative_dates_resolve_against_the_dateline() -> None:
    text = " date 2019-07-29 Attack report\nNorthtown, 28 July 2019—The agency condemns yesterday's attack."
    found = find_dates(text, date(2019, 7, 29))
    assert [m.value for m in found if m.rule == "date.relative_day"] == ["2019-07-27"]


def test_rule_ids_are_stable_strings() -> None:
    found = find_dates("On Friday 18th Nov, and yesterday, and in 2015.", FRI_2016_11_18)
    assert [m.rule for m in found] == ["date.day_month", "date.relative_day", "date.year"]


@settings(max_examples=300, deadline=None)
@given(st.text(max_size=400), st.one_of(st.none(), st.dates()))
def test_never_raises_and_spans_match(text: str, published: date | None) -> None:
    for m in find_dates(text, published):
        assert text[m.start : m.end] == m.text
    find_dateline(text, published)


@pytest.mark.parametrize("bad", [None, 42, b"18 November 2016", ""])
def test_non_text_gives_nothing(bad: object) -> None:
    assert find_dates(bad, FRI_2016_11_18) == []  # type: ignore[arg-type]
    assert find_dateline(bad) is None  # type: ignore[arg-type]


@pytest.mark.slow
@pytest.mark.timeout(120)
def test_large_inputs_finish() -> None:
    paragraph = "Staff of the clinic treated 40 patients, and the convoy waited at the checkpoint. " * 12
    paragraph += "On Wednesday 16 November, at least 11 people were killed; yesterday 2 more.\n"
    big = paragraph * (5_000_000 // len(paragraph))
    assert len(find_dates(big, FRI_2016_11_18)) == 2 * (5_000_000 // len(paragraph))
    assert find_dates("x1" * 2_500_000, FRI_2016_11_18) == []


def test_dev_corpus_spans_match(dev_corpus: Path) -> None:
    for path in sorted(dev_corpus.glob("*.json")):
        doc = json.loads(path.read_text("utf-8"))
        published = date.fromisoformat(doc["published"]) if doc.get("published") else None
        for m in find_dates(doc["text"], published, doc.get("language")):
            assert doc["text"][m.start : m.end] == m.text, path.name


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The ward was shelled on 5 February 2018. It had been hit the day before.", ["2018-02-05", "2018-02-04"]),
        ("Le centre a été pillé le 3 mars 2019, puis incendié le lendemain.", ["2019-03-03", "2019-03-04"]),
        ("El hospital fue atacado el 3 de mayo de 2020 y de nuevo al día siguiente.", ["2020-05-03", "2020-05-04"]),
        ("The clinic was hit on 5 March 2019. Two days later, gunmen looted it.", ["2019-03-05", "2019-03-07"]),
        ("The clinic was hit on 5 March 2019 and again a week later.", ["2019-03-05", "2019-03-12"]),
        ("On 5 March 2019 the ward burned; the same day a nurse was shot.", ["2019-03-05", "2019-03-05"]),
        ("Le 5 mars 2019 le centre a brûlé ; trois jours plus tard il a été pillé.", ["2019-03-05", "2019-03-08"]),
        ("Two days before the vote, on 5 March 2019, the clinic burned.", ["2019-03-05"]),
        ("The clinic was hit the day before.", []),  # no date to count from
        # a person's backstory in the pluperfect tells no day of the text's; one told in the passive is an act
        ("A shell hit the clinic on 5 March 2019, killing a woman who had given birth the day before.", ["2019-03-05"]),
        (
            "The clinic was hit on 5 March 2019; a nurse who had been abducted the day before was freed.",
            ["2019-03-05", "2019-03-04"],
        ),
        ("Gunmen entered the clinic on 4 March 2031. That day, they threatened the staff.", ["2031-03-04"] * 2),
        ("Le centre a été occupé le 4 mars 2031. Ce jour-là, le personnel a été menacé.", ["2031-03-04"] * 2),
        ("La clínica fue saqueada el 4 de marzo de 2031. Ese día amenazaron al personal.", ["2031-03-04"] * 2),
        # hours before or after the act told before: its day
        ("A shell hit the clinic on 4 March 2031. Hours later, a drone struck its ambulance.", ["2031-03-04"] * 2),
        ("Le centre a fermé le 4 mars 2031. Quelques heures plus tôt, un drone avait frappé.", ["2031-03-04"] * 2),
        ("La clínica cerró el 4 de marzo de 2031. Horas antes, un dron la había atacado.", ["2031-03-04"] * 2),
        ("A shell hit the clinic on 4 March 2031. That evening, a drone struck its ambulance.", ["2031-03-04"] * 2),
        ("Дрон ударил по больнице 4 марта 2031 года. Вечером того же дня снаряд попал в аптеку.", ["2031-03-04"] * 2),
    ],
)
def test_day_before_and_after_count_from_the_date_told_before(text: str, expected: list[str]) -> None:
    assert values(text, None) == expected


def test_the_same_day_counts_from_the_act_not_from_the_day_it_was_told() -> None:
    text = "Gunmen looted the clinic on 14 November, the agency said today. The same day, a nurse was shot."
    assert values(text) == ["2016-11-14", "2016-11-18", "2016-11-14"]


def test_relative_dates_in_a_narrative_paragraph_follow_its_date() -> None:
    text = (
        "Two ambulances were attacked last week.\n"
        "On January 12, 2024, the society condemned the killing of a driver on Wednesday night."
    )
    found = find_dates(text, date(2025, 1, 1))
    assert [(m.text, m.value) for m in found] == [
        ("last week", "2024-12"),
        ("January 12, 2024", "2024-01-12"),
        ("on Wednesday", "2024-01-10"),
    ]
    assert found[-1].anchor == date(2024, 1, 12)


def test_a_recent_explicit_date_does_not_change_the_reference() -> None:
    text = "Barrel bombs hit the hospital on 16 November 2016. On Friday, two missiles hit it again."
    assert values(text, date(2016, 11, 19)) == ["2016-11-16", "2016-11-18"]


@pytest.mark.parametrize(
    "text",
    [
        "Shells hit May 22 Hospital in the city.",
        "Patients were moved to the Hospital 12 de Octubre.",
        "Clashes near 17 February Square.",
        "Staff in Maidan Shahr fled.",
        "Fridays are market days; Marches are banned.",
        "A statement in Jan Egeland's name.",  # a month abbreviation alone is not a month
        "The clinic run by Mar Elias reopened.",
    ],
)
def test_names_made_of_dates_are_not_dates(text: str) -> None:
    assert find_dates(text, FRI_2016_11_18) == []


def test_a_month_placed_after_a_hospitals_name_is_a_date() -> None:
    """ "the X Teaching Hospital in October": the preposition opens a date, not a name like "Hospital 12 de Octubre"."""
    text = "A mortar round hit the maternity ward of Malakal Teaching Hospital in October, injuring three patients."
    assert values(text, FRI_2016_11_18) == ["2016-10"]


@pytest.mark.parametrize(
    ("text", "published", "value"),
    [
        ("Form received 18/11/16.", date(2016, 11, 20), "2016-11-18"),
        ("Form received 03.12.99.", date(2001, 1, 1), "1999-12-03"),
        ("Form received 18/11/16.", None, "2016-11-18"),
    ],
)
def test_two_digit_years(text: str, published: date | None, value: str) -> None:
    assert values(text, published) == [value]


@pytest.mark.parametrize(
    ("language", "expected"),
    [
        (None, ["2016-11-17", "2016-11-17"]),
        ("fr", ["2016-11-17"]),
        ("es", ["2016-11-17"]),
        ("en", []),
        ("de", []),  # relative words of other languages are not read in German ("hier" = here)
    ],
)
def test_language_limits_relative_words(language: str | None, expected: list[str]) -> None:
    assert values_in("Sie war hier, ayer.", language) == expected


def values_in(text: str, language: str | None) -> list[str]:
    return [m.value for m in find_dates(text, FRI_2016_11_18, language)]


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("The clinic was looted on 18-Nov-2016.", "2016-11-18"),
        ("The clinic was looted on Monday last week.", "2016-11-07"),
        ("The clinic was looted on Friday of last week.", "2016-11-11"),
        ("Le centre a été pillé le lundi de la semaine dernière.", "2016-11-07"),
        ("El centro fue saqueado el lunes de la semana pasada.", "2016-11-07"),
        ("The clinic was looted last weekend.", "2016-11-12"),  # its Saturday
    ],
)
def test_more_forms(text: str, value: str) -> None:
    assert values(text) == [value]


def test_dateline_with_the_date_first() -> None:
    assert find_dateline("27 October 2015 – The agency condemned the strike.") == date(2015, 10, 27)


@pytest.mark.parametrize("text", ["on FRİDAY 18TH NOV", "ſunday", "hİer", "on ſaturday, the 5ᵗʰ", "ﬁve days ago"])
def test_case_folding_oddities_never_raise(text: str) -> None:
    for m in find_dates(text, FRI_2016_11_18):
        assert text[m.start : m.end] == m.text


@pytest.mark.parametrize(
    ("text", "language", "value"),
    [
        ("Лікарню обстріляли 18 листопада 2016 року.", "uk", "2016-11-18"),
        ("Лікарню обстріляли у п’ятницю.", "uk", "2016-11-18"),
        ("Лікарню обстріляли вчора.", "uk", "2016-11-17"),
        ("Больницу обстреляли 18 ноября 2016 года.", "ru", "2016-11-18"),
        ("Больницу обстреляли в среду.", "ru", "2016-11-16"),
        ("Das Krankenhaus wurde am 18. November 2016 getroffen.", "de", "2016-11-18"),
        ("Das Krankenhaus wurde vor drei Tagen getroffen.", "de", "2016-11-15"),
        ("Søndag 23. juli 2017 blev hospitalet angrebet.", "da", "2017-07-23"),
        ("O hospital foi atacado ontem.", "pt", "2016-11-17"),
        ("O hospital foi atacado há dois dias.", "pt", "2016-11-16"),
        ("O hospital foi atacado no dia 3 de maio de 2020.", "pt", "2020-05-03"),
    ],
)
def test_more_languages(text: str, language: str, value: str) -> None:
    assert values_in(text, language) == [value]


def test_month_after_a_preposition_of_another_language_is_a_name() -> None:
    assert find_dates("Clashes in Mai Kadra displaced staff.", FRI_2016_11_18) == []


# One sentence per rule of rules/dates.json: a rule whose resolver breaks would silently find nothing.
RULE_EXAMPLES = {
    "date.ymd": "Report of 2016-11-18.",
    "date.numeric": "Report of 18/11/2016.",
    "date.numeric_short": "Report of 18/11/16.",
    "date.day_range": "Shelling on 16-17 November.",
    "date.dashed": "Shelling on 16-Nov-2016.",
    "date.month_day_range": "Shelling on November 16-17.",
    "date.day_month": "Shelling on 16 November.",
    "date.month_day": "Shelling on November 16.",
    "date.month_year": "Shelling in November 2016.",
    "date.month_range": "Attacks on health care, March–July 2016.",
    "date.month_relative_year": "Shelling in March this year.",
    "date.month": "Shelling in March.",
    "date.year": "Shelling in 2015.",
    "date.entry_numeric": "16/11: Shelling of a clinic.",
    "date.entry_numeric_labelled": "Incidents\nRow 2: 16/11 — Shelling of a clinic.",
    "date.cell_numeric": "Row | 16/11 | Shelling of a clinic.",
    "date.night_numeric": "Shelling of a clinic in the night 15-16/11.",
    "date.prep_numeric": "The midwife detained at a checkpoint on 05/11 has not been released.",
    "date.weekday_numeric": "Troops have used the hospital as a base since Sun 13/11.",
    "date.weekday_night": "Shelling in the night of Tuesday to Wednesday.",
    "date.night_days": "Shelling in the night of 16 to 17.",
    "date.night_before": "Shelling overnight into Friday.",
    "date.weekday_day": "Shelling on Wednesday 16th.",
    "date.day_of_month": "Shelling on the 16th.",
    "date.day_of_month_opening": "Le 16, vers 9h, le centre a été pillé.",
    "date.entry_dashed": "Log\n14-Nov | Town | The centre was looted.",
    "date.weekday_last_week": "Shelling on Monday last week.",
    "date.last_week_weekday": "Last week, on Monday, shelling.",
    "date.weekday_last": "Shelling last Monday.",
    "date.weekday": "Shelling on Monday.",
    "date.relative_day": "Shelling yesterday.",
    "date.relative_period": "Shelling last week.",
    "date.day_before_after": "Shelling on 16 November 2016 and the day after.",
    "date.days_later": "Shelling on 16 November 2016 and two days later.",
    "date.ago": "Shelling two days ago.",
}


def test_every_rule_has_a_working_example() -> None:
    from notatarget.extract.dates_rules import compiled_rules

    assert set(RULE_EXAMPLES) == {rule.id for rule in compiled_rules()}
    for rule, text in RULE_EXAMPLES.items():
        assert rule in {m.rule for m in find_dates(text, FRI_2016_11_18)}, rule


@pytest.mark.parametrize(
    "text",
    [
        "КИЇВ, 18 листопада 2016 – Лікарню обстріляли.",
        "دمشق، 18 تشرين الثاني 2016 (سانا) - استهدف القصف المستشفى",
        "GENÈVE, 18 novembre 2016 – Le centre a été pillé.",
    ],
)
def test_datelines_in_other_scripts(text: str) -> None:
    assert find_dateline(text, date(2016, 11, 19)) == date(2016, 11, 18)


@pytest.mark.parametrize("published", [date(2016, 11, 18), "2016-11-18", "2016-11-18T23:59:00"])
def test_reference_as_date_datetime_or_iso_text(published: object) -> None:
    from datetime import datetime

    assert values("The ward was hit yesterday.", published) == ["2016-11-17"]  # type: ignore[arg-type]
    assert values("The ward was hit yesterday.", datetime(2016, 11, 18, 23, 59)) == ["2016-11-17"]


def test_unusable_reference_is_ignored() -> None:
    assert values("The ward was hit yesterday.", "not a date") == []  # type: ignore[arg-type]


@pytest.mark.parametrize("language", ["EN-us", "xx", "", 123, "fr_FR"])
def test_any_language_argument(language: object) -> None:
    found = find_dates("Shelling on 3 March and yesterday.", FRI_2016_11_18, language)  # type: ignore[arg-type]
    assert [m.value for m in found] == ["2016-03-03", "2016-11-17"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Northtown/New York, January 8, 2021—The agency condemned the raid.", date(2021, 1, 8)),
        ("Daily Courier - Northtown Fri 07 Jun 2019, 05:36 PM\nThe agency condemned it.", date(2019, 6, 7)),
        ("By the Courier\nAugust 19, 2016, 1:52 PM\nThe clinic was hit.", date(2016, 8, 19)),
        ("Tuesday, April 23rd 2024\nA warrant was issued.", date(2024, 4, 23)),
        ("Nordville, le 8 février 2031 - L'association dénonce l'attaque.", date(2031, 2, 8)),
        ("Villaclara, el 16 de julio de 2031 - La secretaría denunció el ataque.", date(2031, 7, 16)),
    ],
)
def test_more_dateline_forms(text: str, expected: date) -> None:
    assert find_dateline(text) == expected


def test_a_title_case_headline_with_a_date_is_not_a_dateline() -> None:
    text = "Clinic Bombed On 3 May 2019\nThe clinic was hit yesterday, the agency said."
    assert find_dateline(text, date(2019, 5, 10)) is None
    assert values(text, date(2019, 5, 10)) == ["2019-05-03", "2019-05-09"]


@pytest.mark.parametrize(
    "text",
    [
        "The clinic is open Monday to Friday.",
        "Ouvert du lundi au vendredi.",
        "Abierto de lunes a viernes.",
        "Open Mon-Fri.",
    ],
)
def test_weekday_schedules_are_not_dates(text: str) -> None:
    assert find_dates(text, FRI_2016_11_18) == []


@pytest.mark.parametrize("language", [None, "en", "fr", "es", "ar", "de"])
def test_reading_near_keys_finds_what_reading_everywhere_finds(language: str | None) -> None:
    from notatarget.extract.dates_rules import compiled_rules, scan

    rules = compiled_rules(language)
    text = " ".join(
        [
            *RULE_EXAMPLES.values(),
            "In the early hours of Monday the clinic was hit; FRİDAY 18 Nov and ſeptember 5, 2016 too.",
            "Le centre a été pillé dans la nuit de lundi à mardi, il y a trois jours, la semaine dernière.",
            "El hospital fue atacado el pasado lunes, hace dos días, el 3 de mayo de 2020.",
            "Monday,\n\n   the 16th of November, and mayor May, Mayday, 12345 6/7/89.",
        ]
    )
    everywhere = [(p, m.span()) for p, rule in enumerate(rules) for m in rule.regex.finditer(text)]
    assert sorted((p, m.span()) for p, _, m in scan(text, rules)) == sorted(everywhere)


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ('"Yesterday the ward was hit," the director said on Tuesday.', "2016-11-14"),
        ("'Yesterday the ward was hit', the director said on Tuesday.", "2016-11-14"),
        ("“On Sunday they shelled the director’s clinic,” a nurse told reporters on Tuesday.", "2016-11-13"),
        ("The director said on Wednesday: « Hier, le dispensaire a été pillé. »", "2016-11-15"),
        ("« Hier, le dispensaire a été pillé », a déclaré mardi le directeur.", "2016-11-14"),
        # no day in the attribution: the day the report told the statement was made
        ("The relief agency on Tuesday condemned the raid. 'They came yesterday,' its director said.", "2016-11-14"),
        ("Gunmen seized two nurses, an official said on Wednesday. “We found them today,” he told us.", "2016-11-16"),
    ],
)
def test_relative_dates_in_a_quotation_count_from_the_day_it_was_said(text: str, value: str) -> None:
    assert value in values(text)


@pytest.mark.parametrize(
    "text",
    [
        '"Yesterday the ward was hit," the director said.',  # said: no day, so the report's day counts
        "The director said on Tuesday that the ward had been hit yesterday.",  # reported speech, not a quotation
        '"The ward was hit yesterday." The director spoke in the capital.',
        'On Tuesday the ward was hit. "Yesterday we buried the driver," the director said.',  # a day of the act
    ],
)
def test_relative_dates_outside_a_dated_quotation_count_from_the_report(text: str) -> None:
    assert "2016-11-17" in values(text)


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("The clinic was shelled in the night of 16 to 17.", "2016-11-16"),
        ("The clinic was shelled on the night of the 16th to the 17th.", "2016-11-16"),
        ("The clinic was shelled during the night from 3 to 4.", "2016-11-03"),
        ("Le dispensaire a été pillé dans la nuit du 16 au 17.", "2016-11-16"),
        ("El hospital fue atacado la noche del 16 al 17.", "2016-11-16"),
        ("The clinic was shelled in the night of 16 to 17 November 2015.", "2015-11-16"),
        ("The clinic was shelled in the night of 20 to 21.", "2016-10-20"),  # after the report: last month
    ],
)
def test_a_night_of_two_days_is_its_first_day(text: str, value: str) -> None:
    assert values(text) == [value]


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("The clinic was shelled overnight into Friday.", "2016-11-17"),
        ("The clinic was shelled in the night to Wednesday.", "2016-11-15"),
        ("Die Klinik wurde in der Nacht zu Mittwoch beschossen.", "2016-11-15"),
        ("The clinic was shelled overnight Thursday.", "2016-11-17"),
        ("The clinic was shelled late on Thursday night.", "2016-11-17"),
    ],
)
def test_overnight_is_dated_by_the_first_day_of_the_night(text: str, value: str) -> None:
    assert values(text)[0] == value


def test_a_quotation_opening_a_report_is_no_dateline() -> None:
    from notatarget.extract import extract

    text = '"Yesterday the hospital was shelled," the director of the hospital said on Tuesday.'
    assert [m.date for m in extract(text, FRI_2016_11_18)] == ["2016-11-14"]


SITREP = (
    "Monthly update\n\n"
    "3 June - Marel. Armed men looted a health centre. Two nurses were beaten.\n\n"
    "9 June - Ostra. Gunmen stormed the district hospital. Later, a doctor was abducted from its ward.\n"
    "- 14/06: An ambulance was shot at near Ostra.\n"
)


def test_dated_list_entries_are_no_dateline() -> None:
    mentions = find_dates(SITREP, date(2030, 6, 30), "en")
    entries = list_entries(SITREP, mentions)
    assert [m.value for m in entries] == ["2030-06-03", "2030-06-09", "2030-06-14"]
    assert entries[-1].rule == "date.entry_numeric"
    # the first entry is not taken for the report's date, so the later ones keep the page's year
    assert find_dateline(SITREP, date(2030, 6, 30), "en") is None
    assert find_dateline("9 June 2030 - The agency condemns the raid on a clinic.\n", date(2030, 6, 10)) == date(
        2030, 6, 9
    )


PLACED_SITREP = (
    "ATTACKS ON HEALTH CARE IN JUNE 2030\n\n"
    "Marel, North Province - 2 June. Armed men looted a health centre.\n\n"
    "Ostra - 9 June. Gunmen stormed the district hospital.\n"
)


def test_entries_may_name_their_place_before_their_day() -> None:
    entries = list_entries(PLACED_SITREP, find_dates(PLACED_SITREP, date(2030, 7, 5), "en"))
    assert [m.value for m in entries] == ["2030-06-02", "2030-06-09"]


def test_a_dated_list_s_entries_are_current_however_old() -> None:
    """A monthly bulletin published in the next month: its first days are more than a month old."""
    found = sorted(extract(PLACED_SITREP, published="2030-07-05"), key=lambda m: m.date)
    assert [(m.date, m.background) for m in found] == [("2030-06-02", False), ("2030-06-09", False)]


def test_a_table_s_rows_are_entries() -> None:
    """A pipe-separated table turned to text: each row's first cell dates the row, none is the report's date."""
    table = (
        "Date | Town | Facility | What happened\n"
        "3 May 2030 | Marel | District hospital | Shells hit the ward\n"
        "| 7 May 2030 | Ostra | Ambulance | Held at a checkpoint |\n"
    )
    entries = list_entries(table, find_dates(table, date(2030, 5, 20), "en"))
    assert [m.value for m in entries] == ["2030-05-03", "2030-05-07"]
    assert find_dateline(table, date(2030, 5, 20), "en") is None


def test_a_single_date_led_line_is_no_list() -> None:
    text = "9 June - The agency condemns the raid.\nIt said the clinic was looted."
    assert list_entries(text, find_dates(text, date(2030, 6, 10))) == []


@pytest.mark.parametrize(
    "text",
    [
        "Open 24/7 - call the hotline.",  # not at a line's start... nor a day and a month
        "The score was 3/1: a draw.",
        "12/03 was the reference number.",  # no dash or colon after
    ],
)
def test_day_month_without_year_only_opens_an_entry(text: str) -> None:
    assert [m for m in find_dates(text, date(2030, 6, 10)) if m.rule == "date.entry_numeric"] == []


TABLE_LOG = (
    "Quarterly log of incidents\n\n"
    "Row 1. Date: 03/06/2030. Time: 22:10. Locality: Marel. Type of attack: looting. Description: armed men "
    "looted the pharmacy of the health centre.\n\n"
    "Row 2. Date: 17/07/2030. Locality: Ostra. Type of attack: abduction. Description: gunmen abducted a midwife "
    "from the maternity ward.\n\n"
    "3) Date of incident: 02/08/2030 | Locality: Tamaro | Description: armed men set fire to the health post.\n"
)


def test_table_rows_turned_into_text_are_entries_dated_by_their_date_field() -> None:
    entries = list_entries(TABLE_LOG, find_dates(TABLE_LOG, date(2030, 10, 4)))
    assert [m.value for m in entries] == ["2030-06-03", "2030-07-17", "2030-08-02"]
    rows = "Fila 1. Fecha: 3/6/2030. Tipo: saqueo.\nFila 2. Fecha: 17/7/2030. Tipo: secuestro.\n"
    assert [m.value for m in list_entries(rows, find_dates(rows, date(2030, 10, 4), "es"))] == [
        "2030-06-03",
        "2030-07-17",
    ]
    # a report's own labelled date, alone, opens no list
    header = "Date: 4 October 2030\nGunmen looted a clinic on 1 October.\n"
    assert list_entries(header, find_dates(header, date(2030, 10, 4))) == []


def test_each_table_row_is_an_incident_on_its_day_however_old() -> None:
    from notatarget.extract import extract

    found = sorted(extract(TABLE_LOG, "2030-10-04", "en"), key=lambda m: m.date or "")
    assert [(m.date, m.time, m.background) for m in found] == [
        ("2030-06-03", "22:10", False),
        ("2030-07-17", None, False),
        ("2030-08-02", None, False),
    ]


def test_a_table_row_s_facility_field_is_its_act_s_facility() -> None:
    from notatarget.extract import extract

    rows = (
        "Row 1. Date: 03/06/2030. Resource affected: district hospital. Description: gunmen abducted two nurses.\n\n"
        "Row 2. Date: 17/07/2030. Resource affected: ambulance. Description: a driver was shot and wounded.\n"
    )
    found = sorted(extract(rows, "2030-10-04", "en"), key=lambda m: m.date or "")
    assert [(m.date, m.facility_type) for m in found] == [("2030-06-03", "hospital"), ("2030-07-17", "ambulance")]


def test_a_table_row_s_act_field_is_told_of_the_people_its_resource_field_names() -> None:
    from notatarget.extract import extract

    rows = (
        "Row 1. Date: 03/06/2030. Resource affected: community health workers. Type of attack: threat.\n\n"
        "Row 2. Date: 17/07/2030. Resource affected: health centre. Type of attack: arson.\n"
    )
    found = sorted(extract(rows, "2030-10-04", "en"), key=lambda m: m.date or "")
    assert [(m.date, m.attack_types) for m in found] == [("2030-06-03", ["threat"]), ("2030-07-17", ["arson"])]
    # outside a table row, people named in the sentence before are no target of a bare act word
    assert extract("Community health workers met in Tamaro on 3 June 2030. A threat was made.", "2030-06-05") == []


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("اقتحم مسلحون مساء الأحد مركزاً صحياً.", "2025-03-23"),  # Sunday evening
        ("قصفت الطائرات المستشفى صباح الاثنين.", "2025-03-24"),
        ("نهب مسلحون الصيدلية فجر الاحد.", "2025-03-23"),
        ("قصفت الطائرات المستشفى الثلاثاء الماضي.", "2025-03-18"),  # last Tuesday, said on a Tuesday
        ("قصفت الطائرات المستشفى يوم الأحد الماضي.", "2025-03-23"),
    ],
)
def test_arabic_weekdays_with_a_part_of_the_day_or_last(text: str, value: str) -> None:
    assert [m.value for m in find_dates(text, date(2025, 3, 25), "ar")] == [value]


def test_an_arabic_one_of_is_no_sunday() -> None:
    assert find_dates("وقال أحد العاملين في المركز إن المسلحين وصلوا.", date(2025, 3, 25), "ar") == []


@pytest.mark.parametrize(
    ("text", "language", "value"),
    [
        ("Hombres armados atacaron el centro de salud la madrugada de este lunes.", "es", "2025-03-24"),
        ("El hospital fue baleado el pasado viernes.", "es", "2025-03-21"),
        ("Una ambulancia fue atacada el domingo por la noche.", "es", "2025-03-23"),
        ("Le centre de santé a été pillé dans la nuit de dimanche à lundi.", "fr", "2025-03-23"),
        ("Le centre de santé a été pillé ce dimanche.", "fr", "2025-03-23"),
    ],
)
def test_spanish_and_french_weekdays_are_the_past_ones(text: str, language: str, value: str) -> None:
    assert [m.value for m in find_dates(text, date(2025, 3, 25), language)] == [value]  # a Tuesday


def test_an_entry_dates_its_sentences() -> None:
    from notatarget.extract.pipeline import run

    doc = run(SITREP, date(2030, 6, 30), "en")
    told = {doc.text[e.sentence.start : e.sentence.end][:20]: e.date.value for e in doc.events if e.date}
    assert told["Armed men looted a h"] == "2030-06-03"
    assert told["Later, a doctor was "] == "2030-06-09"  # two sentences after its entry's date
    assert "2030-06-14" in told.values()


@pytest.mark.parametrize(
    ("text", "reference", "value"),
    [
        ("Gunmen raided the clinic over the weekend.", date(2025, 3, 25), "2025-03-22"),  # a Tuesday
        ("Des hommes armés ont pillé le centre le week-end dernier.", date(2025, 3, 24), "2025-03-22"),
        ("Atacaron el hospital el pasado fin de semana.", date(2025, 3, 23), "2025-03-22"),  # a Sunday
        ("The ward was shelled over the weekend.", date(2025, 3, 22), "2025-03-22"),  # said on the Saturday
    ],
)
def test_a_weekend_is_its_saturday(text: str, reference: date, value: str) -> None:
    assert [(m.value, m.precision) for m in find_dates(text, reference)] == [(value, "day")]


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("قصفت الطائرات المستشفى الأسبوع المنصرم.", "2025-03"),
        ("أغلق المستوصف الشهر الفائت.", "2025-02"),
        ("هاجم مسلحون المركز الصحي هذا العام.", "2025"),
    ],
)
def test_arabic_relative_periods(text: str, value: str) -> None:
    assert [m.value for m in find_dates(text, date(2025, 3, 25), "ar")] == [value]


def test_an_ampersand_joins_a_range_with_its_year() -> None:
    (m,) = find_dates("The hospital was bombed on June 27 & 28, 2022.")
    assert (m.value, m.rule) == ("2022-06-27", "date.month_day_range")
    (m,) = find_dates("Clinics were looted on 3 & 4 May 2023.")
    assert m.value == "2023-05-03"


@pytest.mark.parametrize(
    "dateline", ["KORVAL, March 3 (Agency) -", "KORVAL, Ukraine, March 3 (Agency) —", "Korval, 3 March 2024 –"]
)
def test_a_weekday_in_the_lead_counts_from_the_dateline(dateline: str) -> None:
    from notatarget.extract.pipeline import run

    text = f"{dateline} Missiles struck a children's hospital in Korval on Saturday, killing two patients."
    doc = run(text, date(2024, 3, 4), "en")  # the dateline is a Sunday, the page a day later
    assert [e.date.value for e in doc.events] == ["2024-03-02"]


@pytest.mark.parametrize(
    ("text", "value"),
    [
        # the day told in the next sentence of the paragraph, which tells no act of its own
        ("An ambulance was burnt down by gunmen. It was on its way to Tora on the 9th of May, 2031.", "2031-05-09"),
        # a day something was said is no day of the act
        ("An ambulance was burnt down by gunmen. The ministry said on Monday it would investigate.", None),
        # the act named back at the opening of the next paragraph, with its day
        ("An ambulance was burnt down by gunmen near Tora.\n\nThe attack happened on Sunday night.", "2031-05-11"),
        # a day the paragraph after tells of something else
        ("An ambulance was burnt down by gunmen near Tora.\n\nThe ministry will meet on Sunday.", None),
        # the day of a release or a verdict is no day of the act
        ("A nurse was abducted by gunmen. She was released on Monday.", None),
    ],
)
def test_an_act_is_dated_by_the_next_sentence(text: str, value: str | None) -> None:
    from notatarget.extract.pipeline import run

    doc = run(text, date(2031, 5, 14), "en")
    assert [e.date.value if e.date else None for e in doc.events] == [value]


def test_an_act_is_dated_by_the_next_paragraph_naming_it_back_in_spanish() -> None:
    from notatarget.extract.pipeline import run

    text = "Una ambulancia fue incendiada por hombres armados.\n\nLos hechos ocurrieron el domingo por la noche."
    doc = run(text, date(2031, 5, 14), "es")
    assert [e.date.value if e.date else None for e in doc.events] == ["2031-05-11"]


@pytest.mark.parametrize("opening", ["Around", "About", "Before", "Vers le"])
def test_a_date_after_a_capitalised_preposition_is_not_a_dateline(opening: str) -> None:
    text = f"{opening} 21 March 2031: a doctor was assaulted at the fictional Nordville clinic."
    assert find_dateline(text, date(2031, 3, 25)) is None


@pytest.mark.parametrize(
    ("text", "language", "expected"),
    [
        # Friday 18 November 2016: "last week, on Thursday" is the Thursday of the week before, not yesterday
        ("Last week, on Thursday, gunmen ambushed an ambulance.", "en", ["2016-11-10"]),
        ("La semaine dernière, mardi, le centre a été pillé.", "fr", ["2016-11-08"]),
        ("La semana pasada, el lunes, atacaron la clínica.", "es", ["2016-11-07"]),
        # "on the same day" after a day told: that day, with the conjunction Arabic writes onto the word before
        ("اقتحمت القوة المستشفى يوم 3 نوفمبر. وفي اليوم نفسه، سقطت قذيفة على مركز صحي.", "ar", ["2016-11-03"] * 2),
    ],
)
def test_weeks_and_days_told_before_their_day(text: str, language: str, expected: list[str]) -> None:
    assert values_in(text, language) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Shells hit the clinic in the night of 3 to 4 March 2031 at about 2 a.m.", ("2031-03-04", "02:00")),
        ("Des obus ont frappé le centre de santé dans la nuit du 3 au 4 mars 2031 vers 2h.", ("2031-03-04", "02:00")),
        ("Shells hit the clinic in the night of 3 to 4 March 2031 at about 11 p.m.", ("2031-03-03", "23:00")),
        ("Shells hit the clinic from 3 to 4 March 2031, the first at 2 a.m.", ("2031-03-03", "02:00")),  # no night
    ],
)
def test_a_night_is_dated_by_its_second_day_when_the_hour_is_past_midnight(text: str, expected: tuple) -> None:
    from notatarget.extract import extract

    assert [(m.date, m.time) for m in extract(text, published="2031-03-10")] == [expected]


def test_a_day_counted_from_the_one_before_is_no_day_a_quotation_was_said_on() -> None:
    """ "That evening" is an offset until counted from the day told before it: it dates no statement (it crashed
    the reading of quotations)."""
    from notatarget.extract import extract

    text = '"That evening they came back," the director said. On 3 March 2031 gunmen looted the clinic in Marel.'
    assert [m.date for m in extract(text, published="2031-03-14")] == ["2031-03-03"]


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("On 9 January 2031 jets struck the hospital. From 3 May, soldiers occupied the clinic.", "2031-05-03"),
        ("On 28 December 2030 jets struck the hospital. On 3 January, soldiers occupied the clinic.", "2031-01-03"),
    ],
)
def test_a_day_without_its_year_in_a_narrative_takes_the_nearest_year(text: str, value: str) -> None:
    found = find_dates(text, date(2031, 11, 20), "en")
    assert [m.value for m in found][-1] == value


def test_an_alert_logs_entry_opens_on_its_day_and_hour() -> None:
    """ "12/11 06h40 — [Djibo] Shots around the health centre": an entry of an SMS or radio alert log."""
    log = "Export du 15/11/2030.\n12/11 06h40 — [Djibo] Tirs autour du CMA.\n13/11 09:12 - [Dori] Ambulance arrêtée.\n"
    found = [(m.value, m.rule) for m in find_dates(log, date(2030, 11, 15), "fr")]
    assert found[1:] == [("2030-11-12", "date.entry_numeric"), ("2030-11-13", "date.entry_numeric")]


def test_a_table_rows_day_cell_dates_its_row() -> None:
    """ "4 | 09/05 | 10h15 | Town | ...": a day and month alone in a pasted table's cell, after the row's number."""
    table = (
        "Suivi des incidents - mai 2031\nN° | Date | Heure | Lieu | Description\n"
        "1 | 09/05 | 10h15 | Nordville | Pillage de la pharmacie du dispensaire\n"
        "2 | 14/05 | n.d. | Sudville | Ambulance volée par des hommes armés\n"
    )
    found = find_dates(table, date(2031, 6, 2), "fr")
    assert [m.value for m in list_entries(table, found)] == ["2031-05-09", "2031-05-14"]
    counts = "| Date | Killed/injured |\n| 09/05 | 1/1 |\n"  # "1/1" under "Killed/injured" tells two counts
    assert [m.value for m in find_dates(counts, date(2031, 6, 2), "en")] == ["2031-05-09"]


def test_a_log_lines_yesterday_counts_from_the_lines_stamp() -> None:
    """ "21/03 08:10 — ... yesterday evening": a message's relative day counts from the day it was logged."""
    log = (
        "Alert log, exported 24/03/2031.\n21/03 08:10 — Nordville: clinic looted yesterday evening.\n"
        "23/03 09:30 — Sudville: all calm.\n"
    )
    found = [m.value for m in find_dates(log, date(2031, 3, 24), "en")]
    assert found[1:] == ["2031-03-21", "2031-03-20", "2031-03-23"]


@pytest.mark.parametrize(
    "head",
    ["SHIELD WATCH — ANNUAL REPORT 2030", "2030 in review: the year clinics held on", "Rapport annuel 2030"],
)
def test_an_annual_reports_bare_months_are_of_its_year(head: str) -> None:
    """In a report on 2030 published in May 2031, "In February" is February 2030, not the February before
    publication; a day told with its year keeps it."""
    text = f"{head}\nPublished 19 May 2031\n\nIn February, a drone hit an ambulance. On 3 March 2031 it was sent."
    found = {m.text: m.value for m in find_dates(text, date(2031, 5, 19))}
    assert found["In February"] == "2030-02"
    assert found["3 March 2031"] == "2031-03-03"


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("Attacks in Orvan (March–July 2031)", "2031-03"),
        ("Ataques en Orvan (de marzo a julio de 2031)", "2031-03"),
        ("Rapport, mars-juillet 2031", "2031-03"),
        ("Period: December to February 2031", "2030-12"),
    ],
)
def test_a_range_of_months_is_told_by_its_first(text: str, value: str) -> None:
    from notatarget.extract.dates import find_dates

    assert [d.value for d in find_dates(text, date(2031, 9, 30))] == [value]


def test_numbered_entries_open_on_their_number_then_their_day() -> None:
    """ "N° 1 – 03/04/2030 – Marel", "No. 2 - 9 April 2030 - Ostra": an annex's numbered incidents, each dated by
    its day, each an incident of its own."""
    annex = (
        "ANNEXE – INCIDENTS ENREGISTRÉS EN AVRIL 2030\n\n"
        "N° 1 – 03/04/2030 – Marel\nDes hommes armés ont mis le feu au centre de santé de Marel.\n\n"
        "N° 2 – 09/04/2030 – Ostra\nDes hommes armés ont pillé la pharmacie de l'hôpital d'Ostra.\n"
    )
    entries = list_entries(annex, find_dates(annex, date(2030, 5, 12), "fr"))
    assert [m.value for m in entries] == ["2030-04-03", "2030-04-09"]
    found = sorted(extract(annex, published="2030-05-12", language="fr"), key=lambda m: m.date)
    assert [(m.date, m.background) for m in found] == [("2030-04-03", False), ("2030-04-09", False)]


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("Tues afternoon a nurse was arrested at the checkpoint.", "2031-03-11"),
        ("Thurs night gunmen looted the pharmacy.", "2031-03-13"),
        ("Since Sun 09/03 troops have used the hospital as a base.", "2031-03-09"),
        ("On Tuesday 11/03 soldiers raided the clinic.", "2031-03-11"),
    ],
)
def test_weekday_abbreviations_date_alone_or_before_a_day_and_month(text: str, value: str) -> None:
    """ "Tues", "Thurs" are no words of their own and date alone, as in messaging-app alerts; a weekday, even one
    that is a word ("Sun"), makes the two numbers after it a day and month ("since Sun 09/03")."""
    assert [d.value for d in find_dates(text, date(2031, 3, 14), "en")] == [value]


@pytest.mark.parametrize("text", ["The sun rose over the camp.", "Mon State health workers met on 3/4 of the days."])
def test_short_weekday_abbreviations_that_are_words_date_nothing_alone(text: str) -> None:
    assert find_dates(text, date(2031, 3, 14), "en") == []


def test_a_range_of_days_does_not_run_across_lines() -> None:
    """ "Update No. 8" over a list whose first entry opens "- 27 March": no range of days from 8 to 27 March."""
    text = "Year-to-date list, Update No. 8\n\n- 27 March, Orvan: a drone struck an ambulance."
    assert [d.value for d in find_dates(text, date(2031, 7, 16), "en")] == ["2031-03-27"]


@pytest.mark.parametrize(
    "text",
    [
        "On the 12th, at about 9:40, gunmen raided the health centre.",
        "Le 12, aux environs de 9h40, des hommes armés ont fait irruption dans le centre de santé.",
        "Le massacre a choqué. Le 12, vers 9h, des hommes armés sont arrivés.",
        "El 12, hacia las 22:00, hombres armados irrumpieron en el centro de salud.",
    ],
)
def test_a_day_of_the_month_alone_opening_a_sentence_is_of_the_reports_month(text: str) -> None:
    """ "Le 12, aux environs de 9h40, ...", "On the 12th, ...": the 12th before the reference date."""
    [m] = [d for d in find_dates(text, FRI_2016_11_18) if d.precision == "day"]
    assert m.value == "2016-11-12"


def test_case_headings_ending_in_their_day_date_their_entries() -> None:
    """ "Caso 1 – Tumaco, 3 de julio" over its paragraph, "Caso 2 – Barbacoas, 8 de julio" over the next."""
    text = (
        "Boletín de julio.\n\nCaso 1 – Tumaco, 3 de julio\nHombres armados ingresaron al servicio de urgencias.\n\n"
        "Caso 2 – Barbacoas, 8 de julio\nUn dron cayó en el patio del puesto de salud.\n"
    )
    entries = list_entries(text, find_dates(text, date(2031, 8, 10)))
    assert [m.value for m in entries] == ["2031-07-03", "2031-07-08"]


def test_numbered_section_headings_ending_in_their_day_date_their_entries() -> None:
    """ "4.1 Orvan (région de Tamaro) - 2 juin" over its paragraph, "4.2 Axe Orvan-Tamaro (région de Tamaro) - 6
    juin" over the next."""
    text = (
        "4. Incidents vérifiés\n\n4.1 Orvan (région de Tamaro) - 2 juin\nDes hommes armés ont pillé le CSCom.\n\n"
        "4.2 Orvan (région de Tamaro) - 6 juin\nUne ambulance a sauté sur un engin explosif.\n"
    )
    entries = list_entries(text, find_dates(text, date(2031, 7, 5), "fr"))
    assert [m.value for m in entries] == ["2031-06-02", "2031-06-06"]


@pytest.mark.parametrize(
    ("text", "language", "values"),
    [
        ("Зведення.\n\n24.11, о 09:40 — Оріхів. Дрон.\n\n26.11, близько 02:10 — Степногірськ.", "uk", ["24", "26"]),
        ("Tabla\n01-dic | Tarazá | Amenaza | Hombres armados\n03-dic | Cáceres | Retención", "es", ["01", "03"]),
    ],
)
def test_log_lines_opening_on_a_day_and_month_date_their_entries(text: str, language: str, values: list[str]) -> None:
    """ "24.11, о 09:40 — Оріхів. ...", "01-dic | Tarazá | ...": each line's day dates its entry."""
    entries = list_entries(text, find_dates(text, date(2026, 12, 9), language))
    assert [m.value[-2:] for m in entries] == values


def test_a_weekly_reports_weekdays_fall_in_the_week_it_covers() -> None:
    """ "Reporting period: Monday 9 March to Sunday 15 March 2026", issued on Tuesday 17 March: "Tuesday was the
    deadliest day" is the 10th; a period of a month dates nothing this way."""
    head = "SITREP\nReporting period: Monday 9 March to Sunday 15 March 2026\nIssued: Tuesday 17 March 2026\n"
    text = head + "\nTuesday was the deadliest day of the week."
    assert [m.value for m in find_dates(text, date(2026, 3, 17)) if m.rule == "date.weekday"] == ["2026-03-10"]
    monthly = "MONTHLY REPORT\nReporting period: 1 to 28 February 2026\n\nOn Tuesday a clinic was looted."
    assert [m.value for m in find_dates(monthly, date(2026, 3, 2)) if m.rule == "date.weekday"] == ["2026-02-24"]


def test_a_day_told_outright_beats_one_counted_from_a_day_told_before() -> None:
    """ "In Mamfe, a day later, soldiers entered the hospital on Wednesday morning": Wednesday, not a day after the
    Wednesday evening told just before; "on Tuesday, a day after armed men stormed" still counts back to Monday."""
    found = extract(
        "Gunmen set fire to the Kosala health centre in Orvan on Tuesday evening. The chief of centre was released "
        "on Wednesday evening. In Tamaro, a day later, soldiers entered the Tamaro District Hospital on Wednesday "
        "morning and arrested two patients.",
        "2031-03-13",
        "en",
    )
    assert [m.date for m in found] == ["2031-03-11", "2031-03-12"]
    [m] = extract(
        "Doctors at the Tamaro General Hospital suspended all but emergency services on Tuesday, a day after armed "
        "men stormed the surgical department and beat a surgeon.",
        "2031-03-13",
        "en",
    )
    assert m.date == "2031-03-10"


@pytest.mark.parametrize(
    ("text", "language", "day"),
    [
        (
            "Doctors at the Tamaro General Hospital suspended all but emergency services on Tuesday, two days after "
            "relatives of a patient beat a resident doctor.",
            "en",
            "2031-03-09",
        ),
        (
            "Les médecins de l'hôpital de Tamaro ont suspendu les consultations mardi, trois jours après l'agression "
            "d'un infirmier par des hommes armés.",
            "fr",
            "2031-03-08",
        ),
        (
            "Los médicos del hospital de Tamaro suspendieron la atención el martes, dos días después del ataque "
            "armado contra el hospital.",
            "es",
            "2031-03-09",
        ),
    ],
)
def test_days_counted_back_from_a_day_told_before(text: str, language: str, day: str) -> None:
    """ "on Tuesday, two days after relatives ... beat a resident doctor": the beating was two days before Tuesday."""
    [m] = extract(text, "2031-03-13", language)
    assert m.date == day


def test_days_counted_on_from_an_act_opening_a_sentence_count_from_no_other_day() -> None:
    """ "Three days after the drone strike, the same hospital was hit again" under a day's heading: that day, not three
    days after it (the count runs from the strike's own day, told paragraphs before)."""
    text = (
        "MONDAY, 2 MARCH - TAMARO\nAt about 06:10 a drone hit the boiler house of Tamaro District Hospital.\n\n"
        "WEDNESDAY, 4 MARCH - ORVAN\nA shell hit the ambulance station in Orvan.\n\n"
        "THURSDAY, 5 MARCH - TAMARO\nThree days after the drone strike, the same hospital was hit again, this time by "
        "a guided aerial bomb at about 14:50.\n"
    )
    found = extract(text, "2031-03-09", "en")
    assert sorted(m.date for m in found if m.facility_type == "hospital") == ["2031-03-02", "2031-03-05"]


def test_the_day_people_were_released_is_not_the_day_they_were_taken() -> None:
    """ "... took away the driver. The two were released at the checkpoint this morning": the release is today, the
    taking was yesterday, as the lead says."""
    [m] = extract(
        "The association condemns the attacks on its ambulance crews in Orvan yesterday, Tuesday 11 March.\n\n"
        "At about 9:20 pm, soldiers opened fire on one of our ambulances near Orvan camp. The windscreen was shot "
        "out. The soldiers then took away the driver and a volunteer. The two were released at the checkpoint this "
        "morning at 6 am.",
        "2031-03-12",
        "en",
    )
    assert (m.date, m.time) == ("2031-03-11", "21:20")


@pytest.mark.parametrize("text", ["ففي آذار الماضي اقتحم مسلحون المستشفى.", "وفي آذار الماضي اقتحم مسلحون المستشفى."])
def test_an_arabic_month_after_in_with_and_or_so_glued_on(text: str) -> None:
    """ "وفي آذار" (and in March), "ففي آذار" (so in March): the month, as after "في" alone."""
    assert [m.value for m in find_dates(text, date(2029, 6, 25), "ar")] == ["2029-03"]


@pytest.mark.parametrize(
    "text", ["(a) 07/02, Gwoza. At around 21:00, fighters entered the clinic.", "07/02, Gwoza. Fighters entered."]
)
def test_a_day_and_month_opening_a_lettered_entry_with_its_town(text: str) -> None:
    """ "(a) 07/02, Gwoza. ...": a sitrep's lettered entry opens on its day, its town and a full stop."""
    assert [m.value for m in find_dates(text, date(2029, 2, 21), "en")] == ["2029-02-07"]


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("On the night of the 20th, armed men came into the Kelbo clinic and shot a nurse.", "2029-09-20"),
        ("On the morning of the 3rd, armed men came into the Kelbo clinic and shot a nurse.", "2029-09-03"),
        ("The night before last, armed men came into the Kelbo clinic and shot a nurse.", "2029-09-25"),
    ],
)
def test_a_witness_tells_the_day_by_its_number_or_as_the_night_before_last(text: str, value: str) -> None:
    """A testimony gives the day as "the night of the 20th" (this month) or "the night before last"."""
    [m] = extract(text, "2029-09-27", "en")
    assert m.date == value


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("| 2 | night 10-11/02 | Mali | Yorosso | CSCom raided |", "en"),
        ("Dans la nuit du 10 au 11/02, le CSCom de Yorosso a été pillé.", "fr"),
        ("En la noche del 10 al 11/02 fue saqueado el puesto de salud.", "es"),
    ],
)
def test_a_night_across_two_days_in_numbers_is_its_first_day(text: str, language: str) -> None:
    """ "night 10-11/02", "nuit du 10 au 11/02": the night's first day, as "the night of 10 to 11 February"."""
    assert [m.value for m in find_dates(text, date(2030, 2, 12), language)] == ["2030-02-10"]
