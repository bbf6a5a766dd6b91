"""Facility damage and service impact of one incident, read from the damage words of its sentences.

A damage or closure word counts for the incident only when it is said of the facility itself: not of a
nearby house or a school ("destroying several houses", "the closure of schools"), not of "other"
facilities, and not when negated ("did not mention the damage"; "was not damaged" is ``none``). Words said
of a part of the facility or of its contents ("destroying the delivery room", "destroyed equipment", "an
ambulance" of a hospital) are ``damaged``, never ``destroyed``; a closure of a part or of a kind of care
("outpatient services were suspended") is ``partial``. In a sentence that tells several facilities
apart, a word belongs to the facility told last before it. A sentence right after one of the incident's
that tells of "the building", "it", a part or an unnamed facility is the incident's too, and so is a later
sentence telling a service stopped "following the attack(s)". A facility set on fire and an ambulance fired
at are damaged at least; vehicles have no service impact (ANNOTATION.md: a facility stopped operating).
"""

from __future__ import annotations

import re
from functools import lru_cache
from typing import TYPE_CHECKING

from notatarget.extract.components import UNDONE, Event, _cues, _plural, facility_name
from notatarget.extract.document import Doc, Sentence
from notatarget.extract.ruleset import Hit

if TYPE_CHECKING:
    from notatarget.extract.incidents import Group

#: Facilities that give care, whose destruction by fire puts them out of service (not a shop, a store or a vehicle).
_CARE_FACILITIES = ("hospital", "primary_care", "mobile_clinic", "other")
#: Closure words that tell a thing out of use, which for a vehicle is damage ("out of service", "hors d'usage").
_OUT_OF_USE = re.compile(
    r"out of (?:service|use|action|order)|hors (?:service|d['’]usage)|fuera de servicio|fora de serviço|inoperable|"
    r"الخدمة",
    re.IGNORECASE,
)
_DAMAGE_RANK = {"none": 0, "damaged": 1, "destroyed": 2}
_SERVICE_RANK = {"none": 0, "partial": 1, "closed": 2}
#: Parts and contents of a facility: their destruction is damage to the facility, not its destruction.
_PART = (
    r"rooms?|wards?|wings?|floors?|stor(?:e)?ys?|departments?|units?|sections?|parts?|portions?|much|most|half|"
    r"majority|equipment|roofs?|walls?|windows?|doors?|gates?|fences?|generators?|theat(?:re|er)s?|"
    r"laborator(?:y|ies)|labs?|corridors?|entrances?|fa[cç]ades?|yards?|courtyards?|furniture|supplies|"
    r"medicines?|medications?|drugs|stocks?|property|contents|annexe?s?|windshields?|windscreens?|tyres?|tires?|"
    r"glass|blocks?|bloques?|salles?|blocs?|pavillons?|ailes?|[ée]tages?|toits?|murs?|portes?|fen[êe]tres?|[ée]quipements?|mat[ée]riel|"
    r"m[ée]dicaments|salas?|pabell[oó]n|alas?|pisos?|techos?|paredes|puertas?|ventanas?|equipos?|medicamentos|"
    r"outbuildings?|annexes?|d[ée]pendances|anexos?|extern[ao]s?|records|files|archives|dossiers|expedientes|icu|"
    r"maternit(?:y|ies|[ée]s?)|maternidad(?:es)?|maternidades?|"
    # a kind of care told apart from the rest: "outpatient services", "non-emergency activities"
    r"laboratorios?|urgencias|urgences|emergencias|emergency|"
    r"outpatients?|inpatients?|non-emergency|non-urgent|non-essential|elective|planned|scheduled|routine|admissions?|"
    r"opd|ipd|surger(?:y|ies)|"
    r"consultations?|ambulatoires?|externes|programad[oa]s|ambulatori[oa]s?|some|certain|certaine?s|algun[oa]s|ciert[oa]s|"
    r"night|nights|overnight|night-time|nocturn(?:al|es?|[oa]s?)|evening|weekend|recepci[oó]n|ingresos|admisi[oó]n|"
    r"(?:ال)?(?:جزء|أجزاء|اجزاء|قسم|أقسام|اقسام|جناح|طابق|سقف|جدار|نوافذ|معدات|أجهزة|اجهزة)|"
    # Ukrainian and Russian: roof, windows, walls, block, department, floor, equipment
    r"дах\w*|вікн\w*|вікон|стін\w*|корпус\w*|відділенн\w*|поверх\w*|обладнанн\w*|"
    r"крыш\w*|окн\w*|окон|стен\w*|отделени\w*|этаж\w*|оборудовани\w*"
)
#: Vehicles: the whole of an ambulance incident, a part of a facility when told as medical (see ``_kind``).
_VEHICLE = r"vehicles?|cars?|trucks?|ambulances?|v[ée]hicules?|veh[ií]culos?|camionetas?|автомоб[іи]л\w*|машин\w*"
#: Things that are not health care: their damage or closure is not the facility's.
_OTHER = (
    r"houses?|homes?|residen(?:ces?|tial)|schools?|mosques?|church(?:es)?|markets?|shops?|stores?|roads?|"
    r"streets?|bridges?|neighbou?rhoods?|areas?|villages?|towns?|city|cities|airports?|bases?|checkpoints?|"
    r"electricity|farms?|crops|people|civilians|residents|families|population|students|"
    r"businesses|borders?|bod(?:y|ies)|corpses?|victims?|wounded|injured|casualties|"
    r"[ée]coles?|maisons?|march[ée]s?|routes?|escuelas?|casas?|mercados?|carreteras?|viviendas?"
)
#: The facility itself, as a whole.
_WHOLE = (
    r"hospitals?|clinics?|cent(?:re|er)s?|facilit(?:y|ies)|buildings?|structures?|premises|compound|"
    r"dispensar(?:y|ies)|pharmac(?:y|ies)|posts?|postes?|puestos?|h[ôo]pital|clinique|dispensaire|hospital(?:es)?|"
    r"cl[ií]nicas?|centros?|it|b[âa]timents?|[ée]difices?|locaux|edificios?|inmuebles?|instalaciones|"
    r"warehouses?|depots?|entrep[ôo]ts?|d[ée]p[ôo]ts?|almac[ée]n(?:es)?|"
    r"مستشفى|المستشفى|المشفى|"
    r"лікарн\w*|будів\w*|будинок|амбулатор\w*|больниц\w*|здани\w*|поликлиник\w*"
)
#: A building of the facility, a part when a kind of care names it ("the outpatient building", "maternity block").
_BUILDING = re.compile(r"buildings?|b[âa]timents?|edificios?|structures?", re.IGNORECASE)
_WORD = re.compile(r"[\w'’-]+|[;:.,|]|(?<=\s)/(?=\s)")  # " / " and "|" part the cells of a row told as text
#: Words that end what a damage word can be said of: a sentence's or a clause's end, a cell's border.
_BREAKS = frozenset([";", ":", ".", "|", "/"])
_KIND = [
    ("part", re.compile(rf"(?:{_PART})$", re.IGNORECASE)),
    ("vehicle", re.compile(rf"(?:{_VEHICLE})$", re.IGNORECASE)),
    ("other", re.compile(rf"(?:{_OTHER})$", re.IGNORECASE)),
    ("whole", re.compile(rf"(?:{_WHOLE})$", re.IGNORECASE)),
]
#: "part of the hospital", "sections of the building": a part told before the facility it belongs to.
_PART_OF = re.compile(rf"\b(?:{_PART})\s+(?:of|de|del)\b", re.IGNORECASE)
#: "other", "another" before the facility: damage of other facilities than the incident's.
_OTHERS = re.compile(r"other|another|autres?|otr[oa]s?", re.IGNORECASE)
#: The start of the clause a damage word is in: a comma, a semicolon or a conjunction.
_CLAUSE = re.compile(r"[;:]|,(?!\d)|\b(?:and|but|or|while|whereas|et|mais|ou|y|pero|o)\b", re.IGNORECASE)
#: The start of the clause of a passive verb's subject, which may be a list: a semicolon, a conjunction after a
#: comma, or a subordinating word.
_SUBJECT = re.compile(
    r"[;:]|,(?!\d)\s*(?:and|but|or|et|mais|ou|y|pero|o)\b|\b(?:but|while|whereas|when|after|before|mais|pero)\b",
    re.IGNORECASE,
)
#: A destination after an evacuation ("evacuated to the district hospital").
_TAKEN_TO = re.compile(r"\s+(?:to|towards?|vers|hacia|au|à la|a la|al)\b", re.IGNORECASE)
#: Auxiliaries that make a member of a passive's subject a clause of its own.
_AUXILIARY = frozenset(["was", "were", "is", "are", "been", "été", "est", "sont", "fue", "fueron"])
#: Words between the members of a list.
_LIST = frozenset(["and", "or", "et", "ou", "y", "o"])
#: A passive auxiliary ending a clause ("was", "were badly", "have been"): the clause's subject suffered.
_PASSIVE = re.compile(
    r"\b(?:was|were|been|being|be|is|are|got|get|gets|became|[ée]t[ée]|sido|fue|fueron|est|sont|qued[oó]|quedaron|"
    r"result[oó]|resultaron|stay|stays|stayed|remain|remains|remained|reste|restent|resta|sigue|siguen|"
    r"permaneci[oó]|permanecen?|permanecieron|demeurent?|ficou|ficaram)\s+"
    r"(?:\w+\s+){0,2}$",
    re.IGNORECASE,
)
#: Arabic negations ("تعمل بلا توقف": works without stopping); not "لا" ("لا يزال مغلقا": still closed).
_ARABIC_NEGATION = re.compile(r"و?(?:بلا|بدون|دون|لم|لن)")
_NEGATION = re.compile(
    rf"\b(?:no|not|n['’]t|never|without|nor|neither|none|sans|pas|aucune?|jamais|sin|ningun[oa]?|ningún|nunca|"
    rf"{_ARABIC_NEGATION.pattern})\b",
    re.IGNORECASE,
)
#: Words that may stand between a negation and the word it negates ("was not badly damaged").
_BETWEEN = frozenset(
    [
        "be",
        "been",
        "being",
        "was",
        "were",
        "is",
        "are",
        "has",
        "have",
        "had",
        "any",
        "much",
        "major",
        "significant",
        "serious",
        "structural",
        "severely",
        "badly",
        "heavily",
        "seriously",
        "suffer",
        "suffered",
        "sustain",
        "sustained",
        "cause",
        "caused",
        "causing",
        "report",
        "reported",
        "to",
    ]
)
#: Words that end what a negation before them negates ("was not hit but was damaged").
_TURN = frozenset(
    ["but", "and", "yet", "however", "though", "although", "mais", "et", "pourtant", "pero", "y", "aunque"]
)
#: Words that make a vehicle a health vehicle ("medical vehicles", "the hospital's cars").
_MEDICAL = re.compile(
    r"medical|health|hospital['’]?s?|clinic['’]?s?|service|emergency|m[ée]dica(?:l|ux|les?)|sanitaires?|sanitari[oa]s?"
)
#: A unit that is a facility when told as medical ("health units", "a medical unit").
_UNIT = re.compile(r"units?|unit[ée]s?|unidad(?:es)?")
#: A part of the day ("night", "evening") right after a word telling which one ("the same evening", "that night"):
#: a time, not the care given then.
_TIME_OF_DAY = re.compile(r"night|nights|evening|overnight|weekend")
_WHEN = re.compile(r"same|that|this|last|next|following|previous|every|each|one|whole|entire", re.IGNORECASE)
_HOUSING = re.compile(r"housing|hosting|containing|sheltering|abritant|albergando")
#: A later sentence about the facility without naming it ("The building was reduced to rubble.").
_ANAPHOR = re.compile(
    r"\b(?:it|its|the\s+(?:building|structure|premises|compound|facility|site|cent(?:re|er)|clinic|hospital)|"
    r"(?:le|l['’])\s*(?:b[âa]timent|[ée]difice|local|centre|h[ôo]pital|dispensaire)|"
    r"(?:el|la)\s+(?:edificio|inmueble|local|centro|hospital|cl[ií]nica|dispensario))\b",
    re.IGNORECASE,
)
_WINDOW = 5
#: Words after an act word that may name the part of a facility it was done to ("incendier *le pavillon*").
_PART_WORDS = 3
#: Characters before an act word that may tell it attempted ("tried to set fire to").
_ATTEMPT_CHARS = 40
#: Before a facility, where patients or care were moved ("patients moved to the Federal Medical Centre", "orientée
#: vers l'Hôpital général"): their destination, not the facility the sentence tells of.
_MOVED_TO = re.compile(
    r"\b(?:moved|transferred|referred|evacuated|taken|sent|redirected|diverted|relocated|orient[ée]e?s?|"
    r"transf[ée]r[ée]e?s?|[ée]vacu[ée]e?s?|redirig[ée]e?s?|traslad\w*|remitid\w*|derivad\w*|encaminhad\w*|"
    r"transferid\w*|canaliz\w*)\b[^.;:]{0,40}?\b(?:to|towards|vers|à|au|aux|hacia|a|al|para)\s+"
    r"(?:the\s+|l['’]\s*|le\s+|la\s+|les\s+|el\s+|los\s+|las\s+|o\s+|a\s+)?"
    r"(?:other\s+|nearby\s+|d['’]autres\s+|otros\s+|otras\s+|outros\s+)?$"
    # Arabic: moved, transferred, referred, evacuated ... to ("وتم نقل بقية المرضى إلى مستشفى الدمازين")
    r"|(?:نقل|تحويل|حول|إحالة|أحيل|إجلاء)\S*[^.;:]{0,40}?\s(?:إلى|الى)\s+$",
    re.IGNORECASE,
)
_MOVED_CHARS = 80
#: Words of health care in a sentence that names no facility ("the vaccination campaign", "seules les urgences").
_CARE = re.compile(
    r"\b(?:services?|care|activit(?:y|ies|[ée]s?)|campaigns?|campagnes?|campañas?|vaccinations?|vacunaci[oó]n|"
    r"immuni[sz]ations?|consultations?|consultas?|surger(?:y|ies)|operations|treatments?|patients?|soins|urgences?|"
    r"distributions?|deliveries|distribuciones|entregas|"
    r"urgencias?|emergenc(?:y|ies)|servicios?|atenci[oó]n|pacientes|при[её]м\w*|прийом\w*|пацієнт\w*|пациент\w*)\b",
    re.IGNORECASE,
)
#: Gunfire words that tell a shot aimed at something rather than a person hit ("opened fire", "fired at").
_AIMED = re.compile(
    r"open(?:ed)? fire|fir(?:ed|ing) (?:at|on|upon)|shot at|(?:heavy |machine-gun |sniper |live |gun ?)fire|gunfire|"
    r"bullets?|live (?:rounds|ammunition)|(?:fired )?shots(?: fired)?|ouvert le feu|tirs|coups de feu|tir[ée] sur|"
    r"tirant sur|mitraill[ée]e?|balles?|disparos|balazos|dispararon|tirotead[oa]"
)
#: Characters between gunfire words and what they are aimed at ("fired at an INGO ambulance").
_AIM_CHARS = 20
_AT = re.compile(r"\s+(?:at|upon)\b")
#: Between a vehicle and "shot" when it is the vehicle that was shot ("an ambulance was shot by gunmen").
_WAS = re.compile(r"\s+(?:was|were|(?:has|had|have)\s+been)\s+(?:\w+ly\s+)?", re.IGNORECASE)
#: Before the people told after gunfire words when they are who fired ("targeted by live fire by soldiers").
_AGENT = re.compile(r"\b(?:by|par|por)\b", re.IGNORECASE)
#: A consequence of the act ("following the deadly attacks", "after the raid", "suite à l'attaque").
_BECAUSE = re.compile(
    r"\b(?:following|after|because of|due to|in response to|suite [àa]|apr[èe]s|tras|despu[ée]s de)\s+"
    r"(?:(?:the|these|this|those|recent|deadly|latest|last|les?|la|l['’]|cette|ces|el|los|las|[\w-]+['’]s)\s+){0,3}"
    r"(attacks?|killings?|strikes?|airstrikes?|bombings?|shelling|raids?|incidents?|attaques?|frappes?|ataques?|"
    r"incidentes?)\b",
    re.IGNORECASE,
)
#: Words that make a closure asked for rather than done ("demanding its closure", "calling for the closure"),
#: just before the closure word; one threatened or tried ("threatened to close") is ``components.UNDONE``.
_DEMANDED = re.compile(
    r"\b(?:demand(?:ing|ed|s)?|call(?:ing|ed|s)? for|urg(?:ing|ed)|exige(?:ant|ait|nt)?|exig[ée]s?|"
    r"r[ée]clam(?:ant|ait|[ée])|exigiendo|exigi[oó]|exigieron|pidiendo)\s+"
    r"(?:(?:the|its|their|sa|son|leur|la|le|l['’]|su|sus|el)\s+)?$",
    re.IGNORECASE,
)
#: A stoppage told as a protest ("suspended work for three days in protest at the attacks", "en signe de
#: protestation", "en protesta", "احتجاجاً على"): staff on strike, not a service the act stopped.
_PROTEST = re.compile(
    r"\b(?:in\s+protest|as\s+a\s+protest|to\s+protest|en\s+signe\s+de\s+protestation|pour\s+protester|"
    r"en\s+protesta|como\s+protesta|para\s+protestar|em\s+protesto)\b|احتجاج",
    re.IGNORECASE,
)
#: What is left of a facility ("the rest of the hospital continued to work"): a part of it stopped.
_REST = re.compile(
    r"\b(?:the\s+rest|the\s+remainder|le\s+reste|el\s+resto|lo\s+dem[aá]s)\s+(?:of|du|de|del)\b", re.IGNORECASE
)
#: "since" right after a closure word (a few characters: "closed ever since", "fermé depuis"): how long it lasts.
_SINCE = ("since", "depuis", "desde")
_SINCE_CHARS = 12
#: Before "since", a perfect tense that makes it "since then" ("nurses have since stopped night shifts").
_PERFECT_BEFORE = re.compile(r"\b(?:has|have|had)\s+$", re.IGNORECASE)
#: After "since", the day the closure began ("Since Monday the hospital is closed", "depuis dimanche").
_SINCE_DAY = re.compile(
    r"\s+(?:(?:last|this|the|el|le|la)\s+)?(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|yesterday|then|that\s+day|"
    r"the\s+(?:attack|strike|raid|shelling|bombing)|lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche|hier|"
    r"l['’]attaque|lunes|martes|mi[ée]rcoles|jueves|viernes|s[áa]bado|domingo|ayer|el\s+ataque)\b",
    re.IGNORECASE,
)
#: A relative clause set off by commas ("The hospital*, which sustained heavy damage,* served ...").
_ASIDE = re.compile(r",\s*(?:which|who|that|qui|que|lequel|laquelle|el cual|la cual)\b[^,;:]*,", re.IGNORECASE)
_STATISTIC = re.compile(r"\d\s*(?:%|percent|per cent|pour cent|por ciento)", re.IGNORECASE)
#: A relative pronoun opening a clause ("the campaign that was due to begin this week").
_RELATIVE = re.compile(r"\b(?:that|which|who|qui|que|quien|cual)\b", re.IGNORECASE)
#: A state told in general ("have been destroyed", "are being looted"), not one act.
_GENERAL = re.compile(r"\b(?:have|are being|continue to be|ont été|han sido)\b", re.IGNORECASE)
#: After a damage word that opens its sentence, a colon: the word is a log row's field label, which tells nothing
#: itself but "None".
_LABEL = re.compile(r"\s*:\s*(?:(none|nil|no|aucun|aucune|néant|ninguno|ninguna)\b)?", re.IGNORECASE)
#: Words after a closure word that introduce who is left without care ("not accessible to the population").
_BENEFICIARY = frozenset(["to", "for", "à", "pour", "a", "para"])
#: Words after a damage word that end its object ("damaged by shelling", "destroyed in the strike").
_STOP = frozenset(
    [
        "by",
        "from",
        "in",
        "and",
        "but",
        "after",
        "during",
        "when",
        "as",
        "par",
        "pendant",
        "lors",
        "et",
        "mais",
        "por",
        "en",
        "durante",
        "y",
        "pero",
        # what goes with the object ("burnt to the ground together with its stock")
        "with",
        "together",
        "along",
        "avec",
        "con",
        "junto",
    ]
)
#: After "broken", an entry ("broken into"), not damage.
_ENTERED = re.compile(r"\s+(?:into|in)\b", re.IGNORECASE)
_BODY_PART = re.compile(
    r"\s+(?:arms?|legs?|hands?|fingers?|wrists?|ankles?|feet|foot|nose|jaw|ribs?|bones?|skull|collarbone|teeth|hip)\b",
    re.IGNORECASE,
)


def assess(
    doc: Doc, g: Group, triggers: list[Hit], facility_type: str | None
) -> tuple[str | None, list[Hit], str | None, list[Hit]]:
    """The incident's facility damage and service impact, each with the hits that tell it; a facility set
    on fire or an ambulance shot at is damaged at least."""
    damage: list[tuple[str, Hit]] = []
    service: list[tuple[str, Hit]] = []
    for hit in _hits(doc, g, doc.incidents):
        key = "facility_damage" if "facility_damage" in hit.value else "service_impact"
        value = _judge(doc, hit, hit.value[key], facility_type, key)
        if value is not None:
            (damage if key == "facility_damage" else service).append((value, hit))
    if not damage and facility_type:
        fires = [  # not fire that did not take hold ("tried to set it alight")
            t
            for t in triggers
            if t.value.get("attack_type") == "arson"
            and _of_it(doc, t, facility_type)
            and not UNDONE.search(doc.text[max(0, t.start - _ATTEMPT_CHARS) : t.start])
        ]
        damage = [("damaged", t) for t in fires + _shot_vehicle(doc, g)][:1]
    if facility_type == "ambulance":
        # a vehicle put out of use is damaged ("the ambulance was put out of service", "خروج السيارة عن الخدمة")
        damage = (
            damage or [("damaged", h) for v, h in service if _OUT_OF_USE.search(h.text) and _of_vehicle(doc, h)][:1]
        )
        service = []
    # a closure told with what still runs ("closed; only emergencies are treated", "emergencies were suspended;
    # outpatient consultations went on as usual") is partial
    limited = {doc.sentence_at(h.start).index for v, h in service if h.value["service_impact"] == "partial"}
    going_on = any(v == "none" and _part_of_it(doc, h, facility_type) for v, h in service)
    service = [
        ("partial" if v == "closed" and going_on else v, h)
        for v, h in service
        if v != "closed" or doc.sentence_at(h.start).index not in limited
    ]
    d, d_hits = _most(damage, _DAMAGE_RANK)
    s, s_hits = _most(service, _SERVICE_RANK)
    burnt = any(t.value.get("attack_type") == "arson" for t in triggers)
    if s is None and d == "destroyed" and burnt and facility_type in _CARE_FACILITIES and not g.background:
        s, s_hits = "closed", d_hits  # a clinic burnt down gives no care: out of service
    return d, d_hits, s, s_hits


def part_named(text: str) -> bool:
    """Whether ``text``, what follows an act word, opens on a part of a facility ("le pavillon de pédiatrie et deux
    maisons", "its surgical wing")."""
    return any(_kind(word, None) == "part" for word in _WORD.findall(text)[:_PART_WORDS])


def _of_vehicle(doc: Doc, hit: Hit) -> bool:
    """Whether the only facilities a hit's sentence tells are vehicles (not "the hospital was out of service")."""
    facilities = [f for f in doc.sentence_at(hit.start).get("facilities") if "facility_type" in f.value]
    return all(f.value["facility_type"] == "ambulance" for f in facilities)


def _part_of_it(doc: Doc, hit: Hit, facility_type: str | None) -> bool:
    """Whether a hit is said of a part of the facility ("the outpatient department went on working")."""
    sentence = doc.sentence_at(hit.start)
    return _referent(doc, hit, sentence, doc.text[sentence.start : hit.start], facility_type) == "part"


def _of_it(doc: Doc, hit: Hit, facility_type: str | None) -> bool:
    """Whether an act is said of the facility, not of another thing ("burned a car given to the clinic")."""
    sentence = doc.sentence_at(hit.start)
    return _referent(doc, hit, sentence, doc.text[sentence.start : hit.start], facility_type) != "other"


def _shot_vehicle(doc: Doc, g: Group) -> list[Hit]:
    """Gunfire aimed at an ambulance ("opened fire on the ambulance", "an ambulance was shot at", "was shot by
    gunmen"): the vehicle is hit; not a person shot inside it or driving it ("a patient in an ambulance was shot
    dead", "an ambulance driver was shot"), nor tear gas."""
    out = []
    for e in g.events:
        sentence = doc.sentence_at(e.facility.start) if e.facility else None
        if sentence is None or e.facility.value.get("facility_type") != "ambulance":
            continue
        if any(p.start <= e.facility.start < p.end for p in sentence.get("people")):
            continue
        for t in e.triggers:
            after = doc.text[t.end : min(t.end + 40, e.sentence.end)]
            shot = t.text.lower() == "shot" and (_AT.match(after) or _shot_itself(doc, e.sentence, e.facility, t))
            aimed = _AIMED.fullmatch(t.text.lower()) or shot
            if t.value.get("attack_type") != "individual_weapons" or not aimed:
                continue
            # what is fired at: the first target after the words ("at the ambulance"), else the ambulance
            # told before them ("an ambulance was fired at")
            told = [
                x
                for x in [*e.sentence.get("people"), e.facility]
                if 0 <= x.start - t.end <= _AIM_CHARS and not _AGENT.search(doc.text[t.end : x.start])
            ]
            first = min(told, key=lambda x: x.start, default=None)
            if first is e.facility or (first is None and e.facility.end <= t.start):
                out.append(t)
    return out


def _shot_itself(doc: Doc, sentence: Sentence, vehicle: Hit, shot: Hit) -> bool:
    """Whether "shot" is said of the vehicle as the subject of its clause ("her ambulance was shot by gunmen"),
    not of a person in it ("a patient in the ambulance was shot")."""
    if not _WAS.fullmatch(doc.text[vehicle.end : shot.start]):
        return False
    clause = _SUBJECT.split(doc.text[sentence.start : vehicle.start])[-1]
    start = vehicle.start - len(clause)
    return not any(start <= p.start < vehicle.start for p in sentence.get("people"))


def _most(found: list[tuple[str, Hit]], rank: dict[str, int]) -> tuple[str | None, list[Hit]]:
    if not found:
        return None, []
    best = max((v for v, _ in found), key=rank.__getitem__)
    return best, [h for v, h in found if v == best]


def _hits(doc: Doc, g: Group, groups: list[Group]) -> list[Hit]:
    """The damage hits of the incident's sentences; in a sentence shared with other incidents (several
    facilities told apart), those told after its own facility and before the next one; those of an
    unclaimed sentence right after one of them about "the building", "it" or a part; and closures told as
    consequences of the act."""
    claimed = {e.sentence.index for h in groups for e in h.events} | {s.index for h in groups for s in h.support}
    own = {e.sentence.index for e in g.events}
    out: list[Hit] = []
    for sentence in g.sentences:
        if sentence.index not in own and not _supports(doc, g, sentence):
            continue
        hits = sentence.get("damage")
        mine = {_start(e) for e in g.events if e.sentence is sentence}
        others = {_start(e) for h in groups if h is not g for e in h.events if e.sentence is sentence} - mine
        if mine and others:
            starts = sorted([(f, True) for f in mine] + [(f, False) for f in others])
            hits = [h for h in hits if _owner(starts, h.start)]
        out += hits
    for sentence in g.sentences:
        for following in _following(doc, sentence, claimed):
            if _about_it(doc, g, following):
                claimed.add(following.index)
                out += following.get("damage")
    after = _consequences(doc, g, groups, claimed)
    return out + [h for s in after for h in s.get("damage") if "service_impact" in h.value]


def _start(event: Event) -> int:
    """Where an event's own part of its sentence starts: its facility, else its first act word or target (a clause
    of a sentence that tells acts apart: "Bali health centre burnt down; nurse arrested in Kumbo")."""
    if event.facility:
        return event.facility.start
    return min((h.start for h in (*event.triggers, *event.targets)), default=event.sentence.start)


def _following(doc: Doc, sentence: Sentence, claimed: set[int]) -> list[Sentence]:
    """The sentence right after ``sentence`` and the later ones of its paragraph, up to one another incident or
    this one tells ("The driver was wounded. Both are stable. The vehicle was badly damaged.")."""
    out = []
    for following in doc.sentences[sentence.index + 1 :]:
        if following.index in claimed or (out and following.paragraph != sentence.paragraph):
            break
        out.append(following)
    return out


def _consequences(doc: Doc, g: Group, groups: list[Group], claimed: set[int]) -> list[Sentence]:
    """Other sentences after the incident that tell a service stopped because of the act ("the campaign was
    suspended following the attacks") and name no facility of another type: the incident's when they point
    back to attacks in the plural, or to one act and, unclaimed, the incident is the latest told before them."""
    if g.background:
        return []
    own = {s.index for s in g.sentences}
    out = []
    for sentence in doc.sentences[g.events[0].sentence.index + 1 :]:
        if sentence.index in own or not sentence.get("damage"):
            continue
        cause = _cause(doc.text[sentence.start : sentence.end])
        types = {f.value["facility_type"] for f in sentence.get("facilities") if "facility_type" in f.value}
        if not cause or (types and g.facility_type not in types):
            continue
        if cause.group(1).lower().endswith("s") or (sentence.index not in claimed and _latest(groups, sentence) is g):
            out.append(sentence)
    return out


@lru_cache(maxsize=1024)
def _cause(text: str) -> re.Match[str] | None:
    """:data:`_BECAUSE` in a sentence, remembered: each incident asks it of every sentence told after it."""
    return _BECAUSE.search(text)


def _latest(groups: list[Group], sentence: Sentence) -> Group:
    """The current incident told last before ``sentence``."""
    told = {id(h): [e.sentence.index for e in h.events if e.sentence.index < sentence.index] for h in groups}
    return max((h for h in groups if not h.background and told[id(h)]), key=lambda h: max(told[id(h)]))


def _supports(doc: Doc, g: Group, sentence: Sentence) -> bool:
    """Whether a sentence without the incident's attack tells the incident's damage: not a statistic ("30
    percent had been damaged"), not a class of facilities told in general ("health facilities have been
    destroyed"), and not another facility by name ("In the X hospital, equipment was smashed")."""
    from notatarget.extract.incidents import _names_agree

    text = doc.text[sentence.start : sentence.end]
    facilities = told_of(doc, sentence)
    # damage told in an aside ("The hospital, which sustained heavy damage, saw 2,000 patients every month"): the
    # figures told outside it are the facility's, no statistic of damage
    asides = [(sentence.start + m.start(), sentence.start + m.end()) for m in _ASIDE.finditer(text)]
    told = sentence.get("damage")
    aside = bool(told) and all(any(a <= h.start < b for a, b in asides) for h in told)
    cues = [c for c in _cues(sentence, "aggregate") if not aside or any(a <= c.start < b for a, b in asides)]
    # ... nor a period told in a relative clause after the damage ("has suspended all services, including the
    # campaign that was due to begin this week")
    after = max((h.end for h in told), default=sentence.end)
    clause = _RELATIVE.search(doc.text, after, sentence.end)
    cues = [c for c in cues if clause is None or c.start < clause.start()]
    if any(not _lasting(doc, sentence, c) for c in cues) or (_STATISTIC.search(text) and not aside):
        return False
    if _GENERAL.search(text) and facilities and all(_plural(f) for f in facilities):
        return False
    names = [doc.text[slice(*n)] for f in facilities if (n := facility_name(doc, f))]
    return _names_agree(names, g.names)


def told_of(doc: Doc, sentence: Sentence) -> list[Hit]:
    """The facilities a sentence tells of: not those patients or care were moved to ("The clinic is closed and
    patients are referred to the district hospital")."""
    return [
        f
        for f in sentence.get("facilities")
        if "facility_type" in f.value
        and not _MOVED_TO.search(doc.text[max(sentence.start, f.start - _MOVED_CHARS) : f.start])
    ]


def _lasting(doc: Doc, sentence: Sentence, cue: Hit) -> bool:
    """Whether "since" tells how long a closure has lasted ("closed since the attack", "fermé depuis dimanche",
    "has since been shut"), not a statistic's range ("400 facilities damaged since April")."""
    if not cue.text.lower().startswith(_SINCE):
        return False
    since_day = _SINCE_DAY.match(doc.text, cue.start + len(cue.text.split()[0])) or _PERFECT_BEFORE.search(
        doc.text[max(0, cue.start - _SINCE_CHARS) : cue.start]
    )
    return any(
        "service_impact" in h.value
        and (
            0 <= cue.start - h.end <= _SINCE_CHARS
            or 0 <= h.start - cue.start <= _SINCE_CHARS
            or (since_day and h.value["service_impact"] != "none")
        )
        for h in sentence.get("damage")
    )


def _about_it(doc: Doc, g: Group, sentence: Sentence) -> bool:
    """Whether a sentence right after the incident's own tells of its facility without naming it: "It was
    destroyed.", "Damage to the building was minor.", "Four vehicles were destroyed.", "A shell exploded near
    the kitchen of the hospital" (one facility, unnamed, in the singular)."""
    facilities = told_of(doc, sentence)
    if facilities:
        return not any(_plural(f) or facility_name(doc, f) for f in facilities)
    text = doc.text[sentence.start : sentence.end]
    if _anaphoric(text):
        return True
    if not (damage := sentence.get("damage")):
        return False
    # a service word said of nothing named tells of care ("Outpatient services were suspended."), not flights
    told = {"part", "whole"} | ({None} if _CARE.search(text) else set())
    return any(
        _referent(doc, h, sentence, doc.text[sentence.start : h.start], g.facility_type)
        in (told if "service_impact" in h.value else {"part", "whole"})
        for h in damage
    )


@lru_cache(maxsize=1024)
def _anaphoric(sentence: str) -> bool:
    """Whether ``sentence`` points back at a facility ("it", "the building"); remembered, as the sentences after
    each incident of a report are asked again for the next."""
    return bool(_ANAPHOR.search(sentence))


def _owner(starts: list[tuple[int, bool]], offset: int) -> bool:
    """Whether the facility told last before ``offset`` (else the first) is the incident's own."""
    before = [mine for start, mine in starts if start < offset]
    return before[-1] if before else starts[0][1]


def _judge(doc: Doc, hit: Hit, value: str, facility_type: str | None, key: str) -> str | None:
    """The value a damage hit gives the incident, or None when it tells of something else."""
    sentence = doc.sentence_at(hit.start)
    before = doc.text[sentence.start : hit.start]
    label = _LABEL.match(doc.text, hit.end, sentence.end) if len(before.split()) <= 1 else None
    if label:  # a log row's "Damage: None", "Facility damage: Not assessed"
        return "none" if label.group(1) else None
    if hit.text.lower() == "broken" and (_ENTERED.match(doc.text, hit.end) or _BODY_PART.match(doc.text, hit.end)):
        return None  # "the store was broken into", "admitted with a broken arm"
    if value != "none" and _negated(before):
        return "none" if _negated(before, strict=True) else None
    if _TAKEN_TO.match(doc.text, hit.end) and hit.text.lower().startswith(("evacu", "évacu")):
        return None  # "the victim was evacuated to a hospital": care, not a closure
    if key == "service_impact" and (_DEMANDED.search(before[-40:]) or UNDONE.search(before[-40:])):
        return None  # "demanding its closure", "threatened to close it": not what happened
    if key == "service_impact" and _PROTEST.search(doc.text, hit.end, sentence.end):
        return None  # "staff suspended work in the outpatient clinics in protest": a strike, not the act's toll
    kind = _referent(doc, hit, sentence, before, facility_type)
    if kind == "other":
        return None
    if key == "facility_damage" and value == "destroyed" and kind == "part":
        return "damaged"
    if key == "service_impact" and value == "closed" and kind == "part":
        return "partial"  # "the inpatient department closed", "outpatient services were suspended"
    if key == "service_impact" and value == "none" and _REST.search(_CLAUSE.split(before)[-1]):
        return "partial"  # "the rest of the hospital continued to work": a part of it did not
    return value


def _negated(before: str, strict: bool = False) -> bool:
    """Whether the words just before a hit negate it; ``strict``: directly ("was not badly damaged", not
    "did not mention the damage")."""
    words = [w.lower() for w in _WORD.findall(before) if w != ","][-_WINDOW:]
    for i in range(len(words) - 1, -1, -1):
        if words[i] in _BREAKS or words[i] in _TURN:
            return False
        if _NEGATION.fullmatch(words[i]):
            if _ARABIC_NEGATION.fullmatch(words[i]) and i < len(words) - 2:
                return False  # Arabic's clauses run on without commas: only the word right after ("بلا توقف")
            return not strict or all(w in _BETWEEN for w in words[i + 1 :])
    return False


def _referent(doc: Doc, hit: Hit, sentence: Sentence, before: str, facility_type: str | None) -> str | None:
    """What a damage word is said of: "part", "other", "whole", or None when the text does not tell. The
    first noun after it ("destroying the delivery room", "closure of schools"); for a passive verb, the first
    noun of its clause ("several houses were destroyed", "a hospital that serves 500,000 people was
    destroyed"); nothing for an active verb or a noun without one ("causing extensive damage"). A hit naming the
    part itself ("hit the delivery ward") is said of it."""
    if hit.value.get("part"):
        return "part"
    if hit.value.get("service_impact") == "partial" and any(
        _kind(w, facility_type) == "part" for w in _WORD.findall(hit.text)
    ):
        return "part"  # the part still working told inside the hit: "Only the outpatient department is still open"
    stop = _STOP | _BENEFICIARY if "service_impact" in hit.value else _STOP
    kind = _first(_WORD.findall(doc.text[hit.end : sentence.end])[: _WINDOW + 1], facility_type, stop | {","})
    if kind:
        return kind
    clause = _CLAUSE.split(before)[-1]
    words = [w for w in _WORD.findall(clause) if w != ","]
    # a noun right before: "Hospital destroyed by airstrike", "vehicle undamaged"
    if words and (kind := _kind(words[-1], facility_type, words[:-1])):
        return kind
    if len(words) > 1 and _CARE.fullmatch(words[-1]) and _kind(words[-2], facility_type) == "part":
        return "part"  # "night services suspended", "outpatient care halted"
    if _PART_OF.search(clause):
        return "part"
    if not _PASSIVE.search(clause):
        return None
    return _subject(_WORD.findall(_SUBJECT.split(before)[-1]), facility_type)


def _subject(words: list[str], facility_type: str | None) -> str | None:
    """The kind of a passive verb's subject, which may be a list ("nine houses and a clinic were set on fire",
    "an ambulance, a service vehicle and a fire truck were damaged"): the facility or a part of it when one
    member is one, else another thing; each member is its first noun ("houses near the hospital")."""
    parts: list[list[str]] = [[]]
    for word in words:
        if word == "," or word.lower() in _LIST:
            parts.append([])
        else:
            parts[-1].append(word)
    # a member with a verb of its own is a clause told before ("a clinic was looted and homes were set on fire")
    told = [n for n, part in enumerate(parts[:-1]) if _AUXILIARY.intersection(w.lower() for w in part)]
    members = [_first(part, facility_type) for part in parts[told[-1] + 1 if told else 0 :]]
    return next((k for k in members if k in ("whole", "part")), "other" if "other" in members else None)


def _first(words: list[str], facility_type: str | None, stop: frozenset[str] = frozenset()) -> str | None:
    """The kind of the first classified noun of ``words`` (up to a word of ``stop``), the last of a compound
    ("the clinic walls", "vehicle windows"): a facility owning a part ("the hospital's maternity wing") is the
    part, "other" facilities are other things, a house housing the clinic is the clinic's building."""
    for n, word in enumerate(words):
        if word in _BREAKS or word.lower() in stop:
            return None
        kind = _kind(word, facility_type, words[:n])
        if kind == "whole" and word.lower().endswith(("'s", "’s")):
            # what the facility has is a part of it ("the hospital's oxygen station"), but its care is all of it
            # ("the hospital's services were suspended")
            owned = [w for w in words[n + 1 : n + 4] if w not in ";:.,"]
            kinds = {_kind(w, facility_type) for w in owned}
            if "part" in kinds or (owned and not kinds - {None, "other"} and not _CARE.fullmatch(owned[0])):
                return "part"
            return kind
        if kind == "whole" and any(_OTHERS.fullmatch(w) for w in words[max(0, n - 3) : n]):
            return "other"
        if kind == "whole" and n and _BUILDING.fullmatch(word) and _kind(words[n - 1], facility_type) == "part":
            return "part"  # "the outpatient building", "le bâtiment de la maternité" is one of the facility's
        if kind == "other" and _HOUSING.fullmatch(" ".join(words[n + 1 : n + 2]).lower()):
            return "whole"
        if kind and not (n + 1 < len(words) and _kind(words[n + 1], facility_type, words[: n + 1])):
            return kind
    return None


def _kind(word: str, facility_type: str | None, before: list[str] | None = None) -> str | None:
    """What ``word`` names: "part", "other", "whole" or None. A vehicle is the whole of an ambulance incident
    or of one without a facility; of a facility, an ambulance or a vehicle told as medical ("four medical
    vehicles") is a part of its means, any other car ("a car given to the clinic") another thing."""
    word = word.lower().removesuffix("'s").removesuffix("’s")
    for kind, pattern in _KIND:
        if pattern.match(word):
            if kind == "part" and before and _UNIT.fullmatch(word) and _MEDICAL.fullmatch(before[-1].lower()):
                return "whole"  # "basic health units remained closed": facilities, not parts of one
            if kind == "part" and before and _WHEN.fullmatch(before[-1]) and _TIME_OF_DAY.fullmatch(word):
                return None  # "evacuated the same evening", "closed that night": when, not the night service
            if kind != "vehicle":
                return kind
            if facility_type in ("ambulance", None):  # the vehicle is the target
                return "whole"
            if not word.isascii():  # "автомобиль скорой помощи": the words telling it medical come after it
                return None
            medical = word.startswith("ambulance") or any(_MEDICAL.fullmatch(w.lower()) for w in (before or [])[-2:])
            return "part" if medical else "other"
    return None
