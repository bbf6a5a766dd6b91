"""Ukrainian and Russian reports: the core vocabulary (rules with lang "uk"/"ru"), dates, times and counts."""

from __future__ import annotations

import os
import subprocess
import sys
from datetime import date

import pytest

from notatarget import extract
from notatarget.extract.numbers import find_quantities


def test_ukrainian_shelling_of_a_hospital_kills_two_medics() -> None:
    text = "Унаслідок обстрілу лікарні в Херсоні 3 березня 2024 року загинули двоє медиків, ще п'ятеро людей поранено."
    [m] = extract(text)
    assert str(m.date) == "2024-03-03"
    assert m.country == "UKR"
    assert m.facility_type == "hospital"
    assert m.attack_types == ["heavy_weapons"]
    assert m.weapons == ["shell"]
    assert (m.killed, m.health_workers_killed, m.injured) == (2, 2, 5)


def test_an_emergency_medical_vehicle_is_an_ambulance_and_hospitalised_is_care_not_a_hospital() -> None:
    text = (
        "Учора дрон скинув вибухівку на автомобіль екстреної медичної допомоги в Дніпровському районі. "
        "Поранено лікарку та водія, їх госпіталізовано."
    )
    [m] = extract(text, published="2031-03-11")
    assert (str(m.date), m.facility_type) == ("2031-03-10", "ambulance")
    assert (m.injured, m.health_workers_injured) == (2, 2)  # an ambulance's driver is of its crew


@pytest.mark.parametrize(
    "text",
    [
        "Сьогодні війська обстріляли лікарню в Оріхові. Поранено медсестру. Пошкоджено дах і вікна корпусу.",
        "Сегодня войска обстреляли больницу в Орехове. Ранена медсестра. Повреждены крыша и окна корпуса.",
    ],
)
def test_damage_to_a_part_told_in_the_next_sentences_is_the_facility_s(text: str) -> None:
    [m] = extract(text, published="2031-04-14")
    assert m.facility_damage == "damaged"


def test_russian_report_with_damage_and_perpetrator() -> None:
    text = (
        "12 марта 2023 года российские войска нанесли ракетный удар по больнице в Херсоне. "
        "Погибли три врача, ранены не менее семи человек. Здание больницы разрушено."
    )
    [m] = extract(text)
    assert str(m.date) == "2023-03-12"
    assert m.country == "UKR"
    assert m.facility_type == "hospital"
    assert m.weapons == ["missile"]
    assert m.perpetrator is not None
    assert (m.killed, m.health_workers_killed, m.injured) == (3, 3, 7)
    assert m.facility_damage == "destroyed"


def test_drone_hits_an_ambulance_yesterday_at_a_time() -> None:
    text = (
        "Вчора о 10:30 російський дрон атакував карету швидкої допомоги в Харкові. "
        "Щонайменше 3 медики отримали поранення."
    )
    [m] = extract(text, published=date(2024, 5, 10))
    assert str(m.date) == "2024-05-09"
    assert m.time == "10:30"
    assert m.facility_type == "ambulance"
    assert m.weapons == ["drone"]
    assert m.health_workers_injured == 3


@pytest.mark.parametrize(
    ("sentence", "facility"),
    [
        ("Внаслідок авіаудару по поліклініці в Сумах 5 квітня 2024 року пошкоджено будівлю.", "primary_care"),
        ("5 апреля 2024 года в результате обстрела в Сумах повреждена аптека.", "pharmacy"),
        ("5 квітня 2024 року в Сумах шахед влучив у пологовий будинок, пошкоджено дах.", "hospital"),
    ],
)
def test_facility_words_in_their_case_forms(sentence: str, facility: str) -> None:
    [m] = extract(sentence)
    assert m.facility_type == facility
    assert m.facility_damage == "damaged"


def test_words_of_the_same_stem_that_are_not_targets() -> None:
    # "лікар" is a doctor, "лікарня" a hospital; a shelling of houses names no health-care target.
    assert extract("3 березня 2024 року в Херсоні внаслідок обстрілу пошкоджено житлові будинки.") == []


@pytest.mark.parametrize(
    ("text", "language", "value", "approximate"),
    [
        ("загинули двоє медиків", "uk", 2, False),
        ("поранено п’ятеро людей", "uk", 5, False),
        ("щонайменше 12 людей", "uk", 12, True),
        ("погибли трое врачей", "ru", 3, False),
        ("не менее двух человек", "ru", 2, True),
    ],
)
def test_cyrillic_number_words_and_bounds(text: str, language: str, value: int, approximate: bool) -> None:
    [q] = find_quantities(text, language)
    assert (q.value, q.approximate) == (value, approximate)
    assert text[q.start : q.end] == q.text


def test_a_time_is_not_a_count() -> None:
    assert [q.value for q in find_quantities("о 10:30 двоє поранених", "uk")] == [2]


@pytest.mark.parametrize(
    ("text", "weapon", "field", "count"),
    [
        (
            "10 квітня 2024 року внаслідок артобстрілу амбулаторії в Сумах двоє медиків отримали травми.",
            "shell",
            "health_workers_injured",
            2,
        ),
        (
            "10 апреля 2024 года армия ударила КАБами по больнице в Сумах, один фельдшер скончался.",
            "airstrike",
            "health_workers_killed",
            1,
        ),
        (
            "10 квітня 2024 року обстріл з РСЗВ пошкодив лікарню в Сумах, поранено чотирьох пацієнтів.",
            "rocket",
            "injured",
            4,
        ),
    ],
)
def test_weapons_and_outcomes_in_other_words(text: str, weapon: str, field: str, count: int) -> None:
    [m] = extract(text)
    assert weapon in m.weapons
    assert getattr(m, field) == count


def test_an_emergency_medical_care_car_hit_by_a_kamikaze_drone_is_an_ambulance() -> None:
    text = "Утром дрон-камикадзе атаковал автомобиль скорой медицинской помощи в Примерном. Ранен фельдшер."
    [m] = extract(text, published="2031-03-11")
    assert (m.facility_type, m.weapons) == ("ambulance", ["drone"])


def test_the_outpatient_department_of_a_hospital_is_the_hospital() -> None:
    text = "Вчера в результате обстрела повреждено здание районной больницы и кровля поликлинического отделения."
    [m] = extract(text, published="2031-03-11")
    assert m.facility_type == "hospital"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a genitive after its noun ("the crew's driver") names no second person
        ("10 березня 2031 року дрон влучив у лікарню в Келбо. Загинув водій бригади.", (1, 1, None, None)),
        # case forms of the orderly and the guard
        ("10 березня 2031 року дрон влучив у лікарню в Келбо. Поранено санітарку та охоронця.", (None, None, 2, 2)),
        ("10 марта 2031 года дрон ударил по больнице в Келбо. Ранены санитарка и охранник.", (None, None, 2, 2)),
    ],
)
def test_genitives_and_case_forms_of_staff(text: str, expected: tuple) -> None:
    [m] = extract(text, published="2031-03-12")
    assert (m.killed, m.health_workers_killed, m.injured, m.health_workers_injured) == expected


def test_an_emergency_medical_station_is_an_ambulance_base() -> None:
    [m] = extract("10 квітня 2024 року війська обстріляли підстанцію екстреної медичної допомоги в Сумах.")
    assert (m.facility_type, m.attack_types, m.weapons) == ("ambulance", ["heavy_weapons"], ["shell"])


def test_a_negated_bound_is_no_nobody_hurt() -> None:
    """ "ранены не менее семи" (at least seven wounded) is a count, not "nobody hurt"."""
    [m] = extract("10 марта 2031 года ракета попала в больницу в Херсоне. Ранены не менее пяти человек.")
    assert m.injured == 5


@pytest.mark.parametrize(
    ("text", "injured"),
    [
        # no articles: a singular noun is one person
        (
            "10 березня 2031 року ракета влучила в підстанцію швидкої допомоги в Харкові. Поранено двох фельдшерів та "
            "диспетчерку.",
            3,
        ),
        # the same person told again in another case is one person
        (
            "10 марта 2031 года дрон атаковал автомобиль скорой помощи в Харлове. Ранены водитель и фельдшер: у "
            "водителя ранения ног, у фельдшера контузия.",
            2,
        ),
        # those told unhurt after them are no victims of the injury told before
        (
            "10 березня 2031 року дрон атакував автомобіль швидкої допомоги в Харкові. Водій отримав поранення ноги, "
            "лікарка та фельдшер не постраждали.",
            1,
        ),
    ],
)
def test_singular_nouns_count_one_person_once(text: str, injured: int) -> None:
    [m] = extract(text)
    assert (m.injured, m.health_workers_injured) == (injured, injured)


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("3 березня 2024 року російські війська обстріляли поліклініку в Херсоні. Загинула медична сестра.", "uk"),
        ("3 марта 2024 года российские войска обстреляли поликлинику в Купянске. Погибла медицинская сестра.", "ru"),
    ],
)
def test_a_nurse_in_two_words_is_a_health_worker(text: str, language: str) -> None:
    [m] = extract(text, "2024-03-10", language)
    assert (m.killed, m.health_workers_killed) == (1, 1)


def test_a_toll_since_the_start_of_the_war_is_no_acts() -> None:
    """ "Від початку ... зафіксувало ... понад 200 медичних працівників загинули": a statistic, not the act's toll."""
    text = (
        "Сьогодні о 08:15 російські війська обстріляли підстанцію екстреної медичної допомоги в Херсоні. Загинув "
        "водій бригади. Від початку повномасштабного вторгнення Міністерство зафіксувало понад 1 900 атак на "
        "заклади охорони здоров'я; понад 200 медичних працівників загинули."
    )
    [m] = extract(text, "2024-10-04", "uk")
    assert (m.killed, m.health_workers_killed) == (1, 1)


@pytest.mark.parametrize(
    ("text", "language", "expected"),
    [
        (
            "3 березня 2024 року озброєні військові увірвалися до міської лікарні в Мелітополі та затримали "
            "завідувача відділення.",
            "uk",
            (["armed_entry", "abduction_arrest"], 1),
        ),
        ("3 березня 2024 року окупанти затримали двох фельдшерів швидкої допомоги у Скадовську.", "uk", None),
        (
            "3 марта 2024 года военные ворвались в больницу в Мелитополе и задержали двух врачей.",
            "ru",
            (["armed_entry", "abduction_arrest"], 2),
        ),
    ],
)
def test_a_raid_and_detentions_are_told_and_counted(text: str, language: str, expected: tuple | None) -> None:
    """ "увірвалися до лікарні ... затримали завідувача", "ворвались в больницу и задержали двух врачей": an armed
    entry and an arrest, with the people detained counted."""
    [m] = extract(text, "2024-03-10", language)
    if expected is None:
        assert (m.attack_types, m.abducted, m.arrested) == (["abduction_arrest"], 2, 2)
    else:
        assert (sorted(m.attack_types), m.abducted) == (sorted(expected[0]), expected[1])


def test_barracks_set_up_in_a_clinic_are_its_military_use() -> None:
    [m] = extract(
        "20 лютого 2024 року російські військові облаштували казарму в поліклініці Нової Каховки.", "2024-03-10", "uk"
    )
    assert m.attack_types == ["military_use"]


@pytest.mark.parametrize(
    ("statistic", "language"),
    [
        (
            "У 2025 році в Сумській області зафіксовано 38 атак на заклади охорони здоров'я, пошкоджено 27 медичних "
            "закладів.",
            "uk",
        ),
        (
            "С начала 2022 года в Харьковской области повреждены или разрушены более 300 медицинских учреждений.",
            "ru",
        ),
        ("У 2025 році в Сумській області відновили 11 пошкоджених закладів і закупили 16 автомобілів.", "uk"),
    ],
)
def test_counts_of_attacks_and_facilities_are_statistics(statistic: str, language: str) -> None:
    """A count of attacks ("38 атак") or of facilities ("300 медицинских учреждений", "11 пошкоджених закладів") in a
    sentence with a range cue is a statistic beside the day's act, no incident of its own."""
    act = {
        "uk": "Учора ввечері дрон влучив у лікарню в Сумах, поранено охоронця.\n\n",
        "ru": "Вчера вечером дрон попал в больницу в Сумах, ранен охранник.\n\n",
    }[language]
    [m] = extract(act + statistic, "2026-01-27", language)
    assert (str(m.date), m.injured, m.admin1) == ("2026-01-26", 1, "Sumy")


def test_a_russian_emergency_medical_vehicle_and_no_dead() -> None:
    """ "автомобиль экстренной медицинской помощи" is an ambulance; "Погибших нет" sets the dead to none, not the
    wounded."""
    text = (
        "Днем 12 ноября вражеский дрон атаковал автомобиль экстренной медицинской помощи в Чугуеве. Погибших нет, "
        "водитель получил ранения."
    )
    [m] = extract(text, "2031-11-13", "ru")
    assert (m.facility_type, m.attack_types, m.killed) == ("ambulance", ["heavy_weapons"], 0)


@pytest.mark.parametrize(
    "text",
    [
        "Вчера ракета попала в жилой дом в Чугуеве. Пострадавших сразу доставили в городскую поликлинику. Здание "
        "поликлиники не повреждено, прием пациентов продолжается.",
        "Учора ракета влучила в житловий будинок у Чугуєві. Постраждалих доставили до міської поліклініки. Будівля "
        "поліклініки не зазнала пошкоджень.",
    ],
)
def test_a_clinic_that_took_in_the_wounded_and_was_not_damaged_is_no_target(text: str) -> None:
    """No incident: "доставили в поликлинику" is care, "не повреждено" / "не зазнала пошкоджень" no damage."""
    assert extract(text, "2031-05-06", None) == []


@pytest.mark.parametrize(
    ("text", "language"),
    [
        (
            "Учора ввечері ракета влучила в територію промислового підприємства, приблизно за два кілометри від "
            "пологового будинку.",
            "uk",
        ),
        ("Вчера ракета попала в промышленное предприятие примерно в двух километрах от роддома.", "ru"),
    ],
)
def test_a_strike_kilometres_from_a_maternity_is_not_on_it(text: str, language: str) -> None:
    """No incident: "за два кілометри від", "в двух километрах от" tell where the strike was from the facility."""
    assert extract(text, "2031-05-06", language) == []


@pytest.mark.parametrize(
    "text",
    [
        "Уночі ворог скинув КАБи на лікарню. Поранено медсестру.",
        "Ночью противник ударил ФАБами по больнице. Ранена медсестра.",
    ],
)
def test_an_abbreviation_with_a_case_ending_is_no_place(text: str) -> None:
    """ "КАБи" (guided aerial bombs) once read as a Central African or a Chinese town, the pick changing with
    Python's hash seed."""
    [m] = extract(text, published="2031-03-11")
    assert (m.country, m.location) == (None, None)


def test_places_read_the_same_whatever_the_hash_seed() -> None:
    """Candidate names are tried in a fixed order, not in a set's order, which changes from one process to the next."""
    script = (
        "from notatarget.geo.recognize import _cyrillic_lemmas as lemmas;"
        "print([lemmas(w) for w in ('каби', 'херсоні', 'сумах', 'одесі')])"
    )
    runs = {
        subprocess.run(
            [sys.executable, "-c", script],
            env={**os.environ, "PYTHONHASHSEED": str(seed)},
            capture_output=True,
            text=True,
            check=True,
        ).stdout
        for seed in range(6)
    }
    assert len(runs) == 1


@pytest.mark.parametrize(
    ("text", "language"),
    [
        (
            "Учора ворог скинув авіабомбу на центральну районну лікарню в Новгороді-Сіверському. Поранено чотирьох "
            "людей: двох медичних працівниць (медсестру та санітарку) і двох пацієнтів.",
            "uk",
        ),
        (
            "Вчера противник сбросил авиабомбу на центральную районную больницу в Белгороде. Ранены четыре человека: "
            "две медицинские работницы и двое пациентов.",
            "ru",
        ),
    ],
)
def test_the_members_listed_after_a_total_told_verb_first(text: str, language: str) -> None:
    """ "Поранено чотирьох людей: двох медичних працівниць ... і двох пацієнтів": the outcome before the total, its
    members after a colon (women health workers among them) are the four, not four more."""
    [m] = extract(text, published="2029-02-19", language=language)
    assert (m.injured, m.health_workers_injured) == (4, 2)


def test_a_days_regional_total_is_no_acts_toll() -> None:
    """ "Всего за сутки в области ранены 4 мирных жителя, включая водителя скорой помощи": the day's toll of the
    region, the ambulance driver's act keeps its own."""
    text = (
        "Накануне вечером, около 21:30, дрон атаковал автомобиль скорой медицинской помощи в Шебекино. Водитель "
        "получил осколочное ранение.\n\nВсего за сутки в области ранены 4 мирных жителя, включая водителя скорой "
        "помощи. Эти цифры общие по региону."
    )
    [m] = extract(text, published="2029-05-04", language="ru")
    assert (m.injured, m.health_workers_injured) == (1, 1)


@pytest.mark.parametrize(
    ("text", "published", "language"),
    [
        (  # the hospital answers the posts; the missile fell 600 metres away
            "Шановні запоріжці!\n\nУ зв’язку з численними повідомленнями в соцмережах повідомляємо: наша лікарня не "
            "постраждала від учорашнього ракетного удару.\n\nУчора, 6 травня, о 18:20 російська ракета влучила в "
            "приміщення складу на території промислового підприємства, приблизно за 600 метрів від лікарні. Будівлі "
            "не пошкоджені, персонал і пацієнти не постраждали.\n",
            "2029-05-07",
            "uk",
        ),
        (  # the rumour refuted by the chief doctor, the shell 250 metres away
            "Главврач: больница № 2 не пострадала, слухи о попадании не соответствуют действительности\n\n"
            "В пятницу вечером в городских пабликах распространилось сообщение о том, что снаряд якобы попал в здание "
            "городской больницы № 2 в Горловке. По словам главврача, около 20:00 в пятницу снаряд разорвался во "
            "дворе жилого дома на соседней улице, примерно в 250 метрах от больничного корпуса. «В больницу ничего не "
            "попало», – сказал он.\n",
            "2029-07-21",
            "ru",
        ),
    ],
)
def test_a_hospital_answering_posts_or_rumours_of_a_hit_tells_no_incident(
    text: str, published: str, language: str
) -> None:
    """ "наша лікарня не постраждала від учорашнього ракетного удару" in answer to posts, "слухи о попадании не
    соответствуют действительности ... В больницу ничего не попало": no incident."""
    assert extract(text, published=published, language=language) == []


@pytest.mark.parametrize(
    ("text", "language"),
    [
        (  # posts of a hit declared untrue, the drill that set them off
            "Обращаем внимание жителей Бердянска: сообщения в соцсетях о «прилёте в горбольницу» вчера утром не "
            "соответствуют действительности. В больнице проходили плановые учения по гражданской обороне с "
            "имитацией атаки беспилотника и эвакуацией пациентов.",
            "ru",
        ),
        (  # the wounded of a market brought to a hospital that was not hit that day
            "Также уточняем: пострадавшие при обстреле рынка 11 августа были доставлены в центральную районную "
            "больницу; сама больница в тот день не пострадала.",
            "ru",
        ),
        (
            "Також уточнюємо: постраждалих від обстрілу ринку 11 серпня доставили до центральної районної лікарні; "
            "сама лікарня того дня не постраждала.",
            "uk",
        ),
    ],
)
def test_posts_declared_untrue_drills_and_a_hospital_unhit_that_day_tell_no_incident(text: str, language: str) -> None:
    """Posts of a hit that "не соответствуют действительности", a drill ("учения ... с имитацией атаки"), a hospital
    that took in the wounded and "в тот день не пострадала": no incident."""
    assert extract(text, published="2029-08-13", language=language) == []


@pytest.mark.parametrize(
    "text",
    [
        # posts of a missile by the clinic, answered "Це неправда": a drill
        "Також у деяких пабліках поширюють повідомлення, що «на Оріхів упала ракета біля поліклініки». Це неправда: "
        "вчора у дворі поліклініки проводилися планові навчання ДСНС з евакуації.",
        # the wounded of shelling elsewhere brought to the hospital
        "Поранених унаслідок учорашнього обстрілу приватного сектору доставили до міської лікарні Оріхова.",
        # the hospital not shelled ("не обстрілювали"): the shell fell on the market
        "Вчора лікарню в Оріхові не обстрілювали, снаряд упав на ринок.",
    ],
)
def test_ukrainian_posts_answered_the_wounded_brought_in_and_a_hospital_not_shelled_are_no_incident(text: str) -> None:
    """Posts answered "Це неправда", the wounded of shelling elsewhere "доставили до лікарні", a hospital told "не
    обстрілювали": no incident."""
    assert extract(text, published="2029-08-12", language="uk") == []


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("Ракета влучила в лікарню в Херсоні 3.03.2024. Поранено чотирьох людей, серед них — двоє медиків.", "uk"),
        ("Ракета попала в больницу в Херсоне 3.03.2024. Ранены четыре человека, в том числе двое врачей.", "ru"),
    ],
)
def test_health_workers_among_the_wounded_are_part_of_the_toll(text: str, language: str) -> None:
    """ "Серед них", "в том числе": the health workers named after the toll are among its people, not more."""
    [m] = extract(text, language=language)
    assert (m.injured, m.health_workers_injured) == (4, 2)
