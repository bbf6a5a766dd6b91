"""Acts told on another target and the hospitals that take in their victims, heads of hospitals who speak, the members
of a toll listed between dashes and a headline that tells two acts: the rules of the twentieth session, each on
invented text."""

from __future__ import annotations

from notatarget.extract import extract

PUBLISHED = "2031-03-06"


def test_a_hospital_that_takes_in_the_wounded_is_no_target() -> None:
    """ "..., and the city hospital is receiving the wounded" (in English, French, Spanish and Arabic): where the
    victims of a strike on a market were cared for, no facility hit."""
    for text, language in (
        (
            "Seven civilians were killed and more than twenty wounded in artillery shelling that hit the vegetable "
            "market in Exampleton on Sunday morning, and the city hospital is receiving the wounded.",
            "en",
        ),
        (
            "Sept civils ont été tués dimanche matin par des obus tombés sur le marché d'Exampleville, et l'hôpital de "
            "la ville a accueilli les blessés.",
            "fr",
        ),
        (
            "Siete civiles murieron el domingo por la mañana en un bombardeo contra el mercado de Ejemplo, y el "
            "hospital municipal recibió a los heridos.",
            "es",
        ),
        (
            "قتل سبعة مدنيين وأصيب أكثر من عشرين آخرين في قصف مدفعي استهدف سوق الخضار في مدينة كادقلي صباح الأحد، "
            "ومستشفى المدينة يستقبل الجرحى. وقال مدير المستشفى إن الطواقم الطبية تعمل بلا توقف منذ الصباح وإن "
            "المستشفى بحاجة ماسة إلى الدم.",
            "ar",
        ),
    ):
        assert extract(text, published=PUBLISHED, language=language) == [], text
    # ... but a hospital that received the wounded and was shelled itself was hit
    [found] = extract(
        "The city hospital, which received the wounded, was itself shelled on Sunday afternoon.", published=PUBLISHED
    )
    assert found.facility_type == "hospital"


def test_an_act_on_a_market_borrows_no_hospital_from_the_next_sentence() -> None:
    """An airstrike told on a market, then the director of a hospital telling how many wounded reached it: the
    director speaks, the hospital was not struck (in English and Arabic)."""
    for text, language in (
        (
            "Five civilians were killed in an airstrike on a crowded market in El Fasher on Sunday morning. The "
            "director of the Saudi hospital said twelve wounded people had reached the emergency department.",
            "en",
        ),
        (
            "قتل خمسة مدنيين في غارة جوية استهدفت سوقا شعبيا في مدينة الفاشر صباح الأحد. وقال مدير المستشفى السعودي "
            "إن اثني عشر جريحا وصلوا إلى قسم الطوارئ.",
            "ar",
        ),
        (  # the hospital told unharmed, its staff taking in the wounded, lends no target to the strikes
            "شنت طائرات حربية فجر اليوم غارتين على ثكنة عسكرية قرب مدينة المخا. وأكد مدير المستشفى الميداني أن "
            "المستشفى لم يتعرض لأي أضرار جراء الغارات، وأن طواقمه عملت بكامل طاقتها لاستقبال المصابين. وأضاف أن "
            "المستشفى يعاني من نقص حاد في الأدوية.",
            "ar",
        ),
    ):
        assert extract(text, published=PUBLISHED, language=language) == [], text


def test_work_without_stopping_is_no_closure_in_arabic() -> None:
    """ "الطواقم الطبية تعمل بلا توقف" (the teams work without stopping): a negated stop, no closure."""
    [found] = extract(
        "قصفت طائرة مسيرة مستشفى المدينة في كادقلي صباح الأحد. وقال مدير المستشفى إن الطواقم الطبية تعمل بلا توقف "
        "منذ الصباح.",
        published=PUBLISHED,
        language="ar",
    )
    assert found.service_impact != "closed"


def test_the_members_of_a_toll_between_dashes_after_one_left_out() -> None:
    """ "Five people had been killed, not counting the attacker - the two guards and three people waiting outside -
    and 14 others wounded": the guards are two of the five dead, health workers, and not among the wounded."""
    [found] = extract(
        "EXAMPLETON, 3 March 2031 - A suicide bomber blew himself up at the gate of the Exampleton district hospital "
        "on Tuesday morning. Five people had been killed, not counting the attacker - the two guards and three people "
        "waiting outside - and 14 others wounded, police said.",
        published="2031-03-06",
    )
    assert (found.killed, found.health_workers_killed, found.injured) == (5, 2, 14)


def test_a_headline_of_two_acts_parted_by_a_semicolon() -> None:
    """ "Maternity hospital shelled in A; ambulance hit by drone near B": each clause joins the body's account of its
    own act, which dates it, and neither lends the other its town or weapon."""
    text = (
        "Maternity hospital shelled in Kupiansk; ambulance hit by drone near Kherson\n\n"
        "KYIV, 12 March 2028 - Russian artillery shelled the maternity hospital in Kupiansk on Saturday night, "
        "damaging its roof and windows, the regional administration said. No one was hurt.\n\n"
        "On Sunday morning a drone dropped a munition on an ambulance near Kherson, wounding the driver and a "
        "paramedic, the health department said. The vehicle was badly damaged.\n"
    )
    found = sorted(extract(text, published="2028-03-12"), key=lambda m: m.date)
    assert [(m.date, m.facility_type, m.location, m.weapons) for m in found] == [
        ("2028-03-11", "hospital", "Kupiansk", ["shell"]),
        ("2028-03-12", "ambulance", "Kherson", ["drone"]),
    ]


def test_a_headline_clause_lends_its_damage_to_no_other_act() -> None:
    """ "Health centre burnt down in A; nurse arrested in B": the arrest, told in the headline's second clause and
    again in the body, is not given the burning's damage; a headline telling no such acts is left whole."""
    text = (
        "Health centre burnt down in Ndop; nurse arrested in Wum\n\n"
        "BAMENDA, Friday 7 March 2031 - The health centre in Ndop was burnt to the ground on Wednesday night "
        "by armed men, leaving thousands of people without care.\n\n"
        "In Wum, soldiers yesterday arrested a nurse at his workplace, the district hospital, accusing him of "
        "treating wounded fighters.\n"
    )
    found = {m.attack_types[0]: m for m in extract(text, published="2031-03-07")}
    assert found.keys() == {"arson", "abduction_arrest"}
    assert found["abduction_arrest"].facility_damage is None
    assert found["arson"].facility_damage == "destroyed"


def test_an_ambulance_by_its_short_name_and_a_street_named_after_a_town() -> None:
    """ "по «швидкій» ударив дрон" is a strike on an ambulance, as is one on an "автомобіль екстреної допомоги"
    (without "медичної"); "на вулиці Херсонській" is a street in the town the text names, not Kherson."""
    text = (
        "Учора, 6 жовтня, Нікополь знову опинився під ударами дронів. Близько 10:15 дрон атакував легковий автомобіль "
        "на вулиці Херсонській у Нікополі. О 10:31 по «швидкій», яка приїхала на виклик, ударив другий дрон.\n\n"
        "Нагадаємо, 14 вересня дрон атакував автомобіль екстреної допомоги в Марганці."
    )
    found = extract(text, published="2028-10-07", language="uk")
    assert [m.facility_type for m in found] == ["ambulance", "ambulance"]
    assert all(m.location != "Херсонській" for m in found)


def test_arabic_assault_stabbing_and_rounds_fired() -> None:
    """ "الاعتداء الذي تعرّض له الطبيب" tells an act on the doctor, "للطعن بسكين" a stabbing and "إطلاقة نارية" rounds
    fired, near a hospital ("قرب مستشفى") and not at it; a facility's name leaves out the preposition joined to its
    noun ("بمستشفى النور" is "مستشفى النور")."""
    [found] = extract(
        "تدين النقابة الاعتداء الذي تعرّض له طبيب مقيم بمستشفى النور التعليمي مساء أمس الثلاثاء على يد ذوي مريض.",
        published="2028-10-11",
        language="ar",
    )
    assert (found.date, found.facility_name) == ("2028-10-10", "مستشفى النور التعليمي")
    [found] = extract(
        "تعرّض ممرض للطعن بسكين داخل مستشفى النور يوم الأحد الماضي.", published="2028-10-11", language="ar"
    )
    assert found.weapons == ["knife"]
    [found] = extract(
        "أطلق مسلحون عشرين إطلاقة نارية على سيارة إسعاف قرب مستشفى النور فجر الاثنين.",
        published="2028-10-11",
        language="ar",
    )
    # ... at an ambulance near ("قرب") the hospital, not at the hospital
    assert (found.facility_type, found.attack_types) == ("ambulance", ["individual_weapons"])


def test_an_arabic_ambulance_of_one_hospital_taking_a_patient_to_another() -> None:
    """ "تعرضت سيارة إسعاف تابعة لمستشفى سامراء العام لإطلاق نار ... أثناء نقلها مريضاً إلى مستشفى تكريت": gunfire
    undergone by the ambulance, one incident; the hospital it belongs to and the one it drove to are neither hit;
    "لم يُصب السائق والمريض بأذى" tells the driver and the patient unhurt, the paramedic alone wounded."""
    [found] = extract(
        "في مساء أمس الأحد، تعرضت سيارة إسعاف تابعة لمستشفى سامراء العام لإطلاق نار من قبل مسلحين مجهولين على "
        "الطريق بين سامراء وتكريت، أثناء نقلها مريضاً مصاباً بجلطة قلبية إلى مستشفى تكريت التعليمي. وقد أصيب "
        "المسعف المرافق بطلق ناري في ساقه، فيما لم يُصب السائق والمريض بأذى.",
        published="2029-06-25",
        language="ar",
    )
    assert (found.facility_type, found.attack_types) == ("ambulance", ["individual_weapons"])
    assert (found.injured, found.health_workers_injured) == (1, 1)


def test_a_death_that_set_off_an_arabic_assault_is_no_toll() -> None:
    """ "على خلفية وفاة أحد المرضى" (over the death of a patient): what set the assault off, not its dead."""
    [found] = extract(
        "في آذار الماضي اقتحم مسلحون قسم الطوارئ في مستشفى بيجي العام واعتدوا بالضرب على طبيب مقيم وممرضين اثنين، "
        "على خلفية وفاة أحد المرضى.",
        published="2029-06-25",
        language="ar",
    )
    assert "assault" in found.attack_types and (found.killed, found.health_workers_killed) == (None, None)


def test_an_arabic_strike_metres_from_a_hospital_that_was_not_hit() -> None:
    """ "سقط على بعد نحو مئة وخمسين متراً من المستشفى الوطني، وأن المستشفى لم يُصب بأي ضرر": a distance from the
    hospital places the strike near it; the dispensary it hit is the one incident, its guard the one wounded."""
    found = extract(
        "مساء الأربعاء ٢٥ تموز، قرابة الساعة الحادية عشرة وأربعين دقيقة ليلاً، سقط صاروخ على مستوصف حي الرمل في "
        "مدينة اللاذقية. وأصيب حارس المستوصف بجروح متوسطة.\n\n"
        "وتوضح الرابطة أن الصاروخ سقط على بعد نحو مئة وخمسين متراً من المستشفى الوطني، وأن المستشفى لم يُصب بأي ضرر.",
        published="2029-07-27",
        language="ar",
    )
    assert [(m.facility_type, m.time, m.injured, m.health_workers_injured) for m in found] == [
        ("primary_care", "23:40", 1, 1)
    ]


def test_the_wounded_of_a_market_bombing_treated_at_a_hospital_tell_no_act_on_it() -> None:
    """ "All the wounded received the necessary treatment": the wounded as people cared for, no harm at the hospital
    whose director speaks (in English and in Arabic)."""
    english = (
        "A bomb hidden in a vegetable cart exploded in the crowded market yesterday evening, killing four civilians. "
        "The director of Tuz Khurmatu General Hospital said the hospital declared a state of emergency and called "
        "in staff, and that all the wounded received the necessary treatment."
    )
    assert extract(english, published="2029-06-12", language="en") == []
    arabic = (
        "وكانت عبوة ناسفة قد انفجرت مساء أمس في السوق المزدحم، ما أسفر عن مقتل أربعة مدنيين. وقال مدير مستشفى طوز "
        "خورماتو العام إن المستشفى أعلن حالة الطوارئ القصوى واستدعى الكوادر المجازة، وإن جميع الجرحى تلقوا العلاج "
        "اللازم."
    )
    assert extract(arabic, published="2029-06-12", language="ar") == []


def test_a_shell_that_fell_near_an_arabic_hospital_without_hitting_it() -> None:
    """ "قذيفة سقطت ... على بعد نحو مئتي متر من مستشفى بحري التعليمي دون أن تصيب المستشفى": near it, not on it."""
    text = (
        "كما تشير الوزارة إلى أن قذيفة سقطت مساء أمس على بعد نحو مئتي متر من مستشفى بحري التعليمي دون أن تصيب "
        "المستشفى أو تتسبب في أي أضرار به، واستقبل المستشفى المصابين من الحي المجاور."
    )
    assert extract(text, published="2029-07-18", language="ar") == []


def test_a_shell_half_a_kilometre_from_an_arabic_hospital_that_works_normally() -> None:
    """ "على بعد نحو نصف كيلومتر من مستشفى زبيد العام، ولم يلحق بالمستشفى أي ضرر، ويعمل المستشفى بشكل طبيعي": near
    the hospital, no harm reached it, it works normally; no incident."""
    text = (
        "وفي سياق متصل، سقطت قذيفة يوم الجمعة في أرض زراعية على بعد نحو نصف كيلومتر من مستشفى زبيد العام، ولم يلحق "
        "بالمستشفى أي ضرر، ويعمل المستشفى بشكل طبيعي."
    )
    assert extract(text, published="2029-07-22", language="ar") == []
