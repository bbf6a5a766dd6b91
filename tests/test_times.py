"""find_times: clock times in English, French, Spanish and Arabic digits, and what is not a time.

All sentences are made up for these tests."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from notatarget.extract.times import find_times


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("Two missiles hit the ward at 9:40am.", "09:40"),
        ("Barrel bombs fell at 10:30 on Wednesday.", "10:30"),
        ("The convoy was stopped at 21:00 local time.", "21:00"),
        ("The clinic was raided at 2 p.m.", "14:00"),
        ("The clinic was raided at 10.30 am.", "10:30"),
        ("The clinic was raided at 12 pm.", "12:00"),
        ("The clinic was raided at 12 am.", "00:00"),
        ("Shelling started at 0530 hours.", "05:30"),
        ("At approx. 0640H, gunmen fired upon an ambulance.", "06:40"),  # a military log's hour
        ("Gunmen arrived at nearly five o'clock in the morning.", "05:00"),
        ("Gunmen arrived at 9 in the evening.", "21:00"),
        ("L'ambulance a été attaquée à 14h30.", "14:30"),
        ("L'ambulance a été attaquée vers 14 h 30.", "14:30"),
        ("L'ambulance a été attaquée à 10 heures.", "10:00"),
        ("L'ambulance a été attaquée aux environs de 16 heures.", "16:00"),
        ("Le dispensaire a été pillé à une heure du matin.", "01:00"),
        ("El puesto de salud fue atacado a las 9 de la mañana.", "09:00"),
        ("El puesto de salud fue atacado a las tres de la tarde.", "15:00"),
        ("El puesto de salud fue atacado a las 10 y media.", "10:30"),
        ("El puesto de salud fue atacado a las diez y cuarto de la noche.", "22:15"),
        ("Le dispensaire a été pillé vers neuf heures et demie du soir.", "21:30"),
        ("El puesto de salud fue atacado a las 8:40 p. m.", "20:40"),
        ("قصف المستشفى الساعة ١٣:٣٧", "13:37"),
        ("Date: 4 May. Time: 21:30. Type: arson.", "21:30"),  # a field's label, not a reference ("Psalm 3:12")
        ("Fecha: 4/5. Hora: 03:40.", "03:40"),
        ("The surgeon was shot at about a quarter to eight in the evening.", "19:45"),
        ("Gunmen arrived at half past ten at night.", "22:30"),
        ("The clinic was looted at a quarter past nine.", "09:15"),
        ("The ambulance was hit at a quarter to one in the morning.", "00:45"),
    ],
)
def test_times(text: str, value: str) -> None:
    found = find_times(text)
    assert [t.value for t in found] == [value]
    assert text[found[0].start : found[0].end] == found[0].text
    assert found[0].rule.startswith("time.")


@pytest.mark.parametrize(
    "text",
    [
        "The attack happened in the evening.",
        "The attack happened at noon.",
        "The attack happened at midnight.",
        "The final score was 2:1.",
        "The sermon quoted John 3:16 and Hebrews 11:30.",
        "The clinic is open 24/7.",
        "Staff worked at a ratio of 1:50.",
        "L'hôpital a fonctionné pendant 10 heures.",
        "The siege lasted 48 hours.",
        "I am a nurse.",
        "Verses 3:16-18 were read.",
        "Ten to eight people were wounded.",
    ],
)
def test_not_times(text: str) -> None:
    assert find_times(text) == []


def test_several_times_in_order() -> None:
    text = "Barrel bombs fell at 10:30 on Wednesday; two missiles at 9:40am on Friday."
    assert [t.value for t in find_times(text)] == ["10:30", "09:40"]


@settings(max_examples=300, deadline=None)
@given(st.text(max_size=400))
def test_never_raises_and_spans_match(text: str) -> None:
    for t in find_times(text):
        assert text[t.start : t.end] == t.text


@pytest.mark.slow
@pytest.mark.timeout(120)
def test_large_inputs_finish() -> None:
    paragraph = "Staff of the clinic treated 40 patients; care 24/7 at a ratio of 1:50. " * 12
    paragraph += "Shelling at 10:30 and again at 2 p.m.\n"
    assert len(find_times(paragraph * (5_000_000 // len(paragraph)))) == 2 * (5_000_000 // len(paragraph))
    assert find_times("x" * 5_000_000) == []
    assert find_times("1:" * 2_500_000) == []


def test_every_rule_has_a_working_example() -> None:
    import json
    from importlib import resources

    examples = {
        "time.ampm": "at 9:40am",
        "time.clock": "at 10:30",
        "time.military": "at 0530 hours",
        "time.oclock": "at five o'clock",
        "time.hour_part": "at 9 in the evening",
        "time.heures": "à 10 heures",
        "time.a_las": "a las 9 de la mañana",
        "time.ar_saa": "عند الساعة التاسعة صباحًا",
        "time.dotted": "at about 14.20",
        "time.quarter": "at a quarter to eight",
        "time.as_horas": "por volta das três da manhã",
    }
    rules = json.loads(resources.files("notatarget.extract").joinpath("rules/times.json").read_text("utf-8"))
    assert set(examples) == {p["id"] for p in rules["patterns"]}
    for rule, text in examples.items():
        assert [t.rule for t in find_times(text)] == [rule], text


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("Gunmen came at 9 at night.", "21:00"),
        ("Gunmen came at 2 at night.", "02:00"),
        ("Llegaron a las 2 de la noche.", "02:00"),
        ("Llegaron a las 10 de la noche.", "22:00"),
    ],
)
def test_night_is_after_noon_only_from_six(text: str, value: str) -> None:
    assert [t.value for t in find_times(text)] == [value]


def test_an_event_takes_the_hour_told_with_its_day() -> None:
    from datetime import date

    from notatarget.extract.pipeline import run

    text = "On 8 March at about 22:00, armed men arrived in Tora. They stormed the health centre and looted medicines."
    doc = run(text, date(2031, 3, 10), "en")
    assert [(e.date.value, e.time.value) for e in doc.events] == [("2031-03-08", "22:00")]


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("اقتحم مسلحون المستشفى عند الساعة الرابعة عصرًا.", "16:00"),
        ("سقطت قذيفة على المركز الصحي الساعة 10:30 صباحا.", "10:30"),
        ("أطلق النار على سيارة الإسعاف الساعة الحادية عشرة ليلا.", "23:00"),
        ("قصفت الطائرات العيادة الساعة الثانية فجرًا.", "02:00"),
        ("اقتحمت القوة المستشفى الساعة الثامنة والنصف مساءً.", "20:30"),
        ("قصفت الطائرات العيادة عند الساعة الثالثة والربع فجراً.", "03:15"),
        ("قصفت القوات المستشفى عند الساعة 11:20 ظهرًا.", "11:20"),  # about noon: after it only before six
        ("قصفت القوات المستشفى الساعة الواحدة ظهرًا.", "13:00"),
    ],
)
def test_arabic_hours(text: str, value: str) -> None:
    """ "The hour" and an ordinal or digits, and the part of the day: "عند الساعة الرابعة عصرًا" is 16:00."""
    assert [t.value for t in find_times(text)] == [value]


def test_a_count_of_hours_is_no_time() -> None:
    assert find_times("خلال 24 ساعة الماضية قصفت الطائرات المستشفى") == []


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("At about 14.20 a drone struck the mobile clinic.", ["14:20"]),
        ("Vers 14.30, un drone a frappé le centre.", ["14:30"]),
        ("At 4.45 pm gunmen entered the ward.", ["16:45"]),
        ("Близько 03:30 дві авіабомби впали на територію лікарні.", ["03:30"]),  # a capitalised preposition
        ("Об 15:40 ворог атакував дроном автомобіль швидкої допомоги.", ["15:40"]),
        ("Prices rose by 12.50 per cent.", []),
        ("The clinic is about 3.45 km away.", []),
    ],
)
def test_hours_with_a_dot_after_a_time_preposition(text: str, value: list[str]) -> None:
    assert [t.value for t in find_times(text)] == value


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("approx 21h armed men entered the clinic", ["21:00"]),
        ("circa 14h30 the post was looted", ["14:30"]),
        ("held approx 6 hrs at the checkpoint", []),
    ],
)
def test_an_abbreviated_approximately_before_an_hour(text: str, value: list[str]) -> None:
    assert [t.value for t in find_times(text)] == value


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("On Friday evening a drone struck an ambulance near the clinic at 8:40, wounding the driver.", ["20:40"]),
        ("The shells fell at about 3.30 in the afternoon near the clinic.", ["15:30"]),
        ("La noche del miércoles 21 de octubre, alrededor de las 10:30, asaltaron el puesto de salud.", ["22:30"]),
        ("أصيب سائق سيارة إسعاف مساء أمس الاثنين، قرابة الساعة السابعة، برصاص قناص.", ["19:00"]),
        # a morning told last, a night's small hours, a 24-hour clock, "más tarde" (later): no afternoon
        ("In the evening the staff left; the next morning, at 8:40, the clinic was shelled.", ["08:40"]),
        ("On the night of 3 to 4 May, at 1:30, a drone hit the hospital.", ["01:30"]),
        ("On Friday evening, at 08:40, a drone struck an ambulance.", ["08:40"]),
        ("Más tarde, a las 10:30, hombres armados asaltaron el puesto de salud.", ["10:30"]),
    ],
)
def test_a_part_of_the_day_told_before_a_bare_hour(text: str, value: list[str]) -> None:
    """An afternoon, evening or night told earlier in the sentence puts a bare hour of 1 to 11 after noon."""
    assert [t.value for t in find_times(text)] == value


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("قرابة الساعة الحادية عشرة وأربعين دقيقة ليلاً، سقط صاروخ", ["23:40"]),
        ("عند الساعة العاشرة وعشر دقائق صباحاً", ["10:10"]),
    ],
)
def test_arabic_minutes_told_in_words_after_the_hour(text: str, value: list[str]) -> None:
    assert [t.value for t in find_times(text)] == value


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("Na segunda-feira, por volta das três da manhã, homens armados atacaram o centro.", "03:00"),
        ("Eram cerca das três horas da madrugada quando homens armados atacaram o centro.", "03:00"),
        ("Na segunda-feira, às dez e meia da noite, homens armados atacaram o centro.", "22:30"),
        ("El lunes a eso de las 11 de la noche hombres armados atacaron el centro de salud.", "23:00"),
        # an article and a number word are no time
        ("Na segunda-feira, as duas ambulâncias do centro foram atacadas.", None),
        ("Uma enfermeira foi ferida pelas duas bombas lançadas contra o centro.", None),
    ],
)
def test_portuguese_hours_and_spanish_about(text: str, value: str | None) -> None:
    """Portuguese hours in digits or words after "às", "por volta das", "cerca das"; Spanish "a eso de las"."""
    assert [t.value for t in find_times(text)][:1] == ([value] if value else [])


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("It was eight in the evening when soldiers entered the clinic.", "20:00"),
        ("Il était 2 heures du matin quand les hommes armés sont entrés.", "02:00"),
        ("Eran las dos de la madrugada cuando hombres armados entraron.", "02:00"),
        ("Pasadas las 10 de la noche, hombres armados entraron al centro.", "22:00"),
        ("Eram duas horas da manhã quando homens armados entraram no centro.", "02:00"),
        ("Era uma vez um hospital.", None),
    ],
)
def test_an_hour_told_as_what_time_it_was(text: str, value: str | None) -> None:
    """Witnesses tell the hour as what time it was ("It was eight in the evening when", "Eran las dos de la
    madrugada", "Eram duas horas da manhã")."""
    assert [t.value for t in find_times(text)][:1] == ([value] if value else [])
