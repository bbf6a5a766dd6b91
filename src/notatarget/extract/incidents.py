"""Incident grouping and mention building: events → incidents → :class:`~notatarget.domain.Mention`.

Grouping follows the codebook's unit, one act at one place on one day: an event joins an earlier
incident when their dates agree (or one has none) and their facilities agree (same name, or one unnamed
of the same type); several facilities named apart in one sentence are one incident each. Background
events (earlier attacks) never merge with current ones and are kept only with a date.
"""

from __future__ import annotations

import bisect
import itertools
import re
from dataclasses import dataclass, field, replace
from functools import lru_cache
from typing import Any

from rapidfuzz import fuzz

from notatarget.domain import Mention, Span
from notatarget.domain.codebook import RESOURCE_FOR_FACILITY_TYPE, FacilityType
from notatarget.extract import damage
from notatarget.extract.components import (
    _APPEAL,
    _AT_CHECKPOINT,
    _BLANK_LINE,
    _NOT_DONE,
    _THE_BEFORE,
    _THINGS,
    _TOTAL,
    _TOWN,
    _WARNING_AFTER,
    CARRIED_BEFORE,
    DYING,
    HOLD,
    ITEM_MARK,
    NOBODY,
    SEVERAL_ACTS,
    THEY_BACK,
    UNDONE,
    Event,
    _act_days,
    _beside_others,
    _cues,
    _dateline,
    _entries,
    _heading,
    _plural,
    _reported,
    _sentence_dates,
    _sentence_times,
    _town_list,
    _triggers,
    count_sentence,
    cumulative_toll,
    facility_name,
    facility_place,
    read_quantities,
)
from notatarget.extract.dates import DateMention
from notatarget.extract.document import Doc, Sentence
from notatarget.extract.ruleset import Hit, rule_by_id

_EXPLOSIVE = ("heavy_weapons", "explosive_device")
#: After a killing or wounding word: the act it followed, or the person it describes ("killed after being
#: abducted", "a wounded relative").
_HARM_APART = re.compile(
    r"[^.;]{0,60}?\bafter\s+(?:being|having\s+been)\b|\s+(?:relatives?|civilians?|patients?|person|man|woman|people)\b"
)
#: "armed" told right before an actor's noun ("armed local community members").
_ARMED_BEFORE = re.compile(r"\barmed\s+(?:[\w-]+\s+){0,2}$", re.IGNORECASE)
#: Acts that tell no harm done to a body: a killing or wounding told with them needs a means of its own.
_HARMLESS = frozenset(["abduction_arrest", "looting", "threat", "obstruction", "military_use", "armed_entry"])
_COUNT_FIELDS = ("killed", "injured", "health_workers_killed", "health_workers_injured", "abducted", "arrested")
#: The tolls of harm and their health workers among them.
_HARMS = (("killed", "health_workers_killed"), ("injured", "health_workers_injured"))
#: A preposition placing an act inside a facility ("from the health centre", "inside the Hope hospital", "while
#: on duty at the clinic").
_INSIDE = re.compile(
    r"\b(?:in|inside|into|within|from|(?:while|whilst)\s+(?:working|on\s+duty|attending\s+(?:to\s+)?patients)\s+at|dans|"
    r"à l'intérieur d[eu]|en el|dentro del?)\s+"
    r"(?:the\s+|a\s+|an\s+|its\s+|their\s+|l[ae]\s+|l['’]|un\s+|une\s+|el\s+|la\s+)?"
    # words of the facility's name, no other place or act between ("in attack on X clinic", "dans l'attaque du
    # centre", "from a hillock overlooking the hospital")
    r"(?:(?!(?:on|at|near|against|of|to|outside|overlooking|du|de|des|contre|sur|près|cerca)\b)[\w'’-]+\s+){0,3}$",
    re.IGNORECASE,
)
#: A facility people were kidnapped from ("abducted from a hospital", "enlevé dans le centre de santé").
_TAKEN_FROM = re.compile(
    r"\b(?:from|out\s+of|dans)\s+(?:the\s+|a\s+|an\s+|its\s+|their\s+|his\s+|her\s+|l[ae]\s+|l['’]|un\s+|une\s+)?"
    r"(?:[\w'’-]+\s+){0,3}$",
    re.IGNORECASE,
)
#: Kidnapping words, unlike arrests (an arrest from a hospital tells no forced entry by itself).
_KIDNAP = ("kidnap", "abduct", "hostage", "taken hostage", "held hostage", "enlev", "secuestr", "rapt")
#: Arrest words, unlike kidnapping words: said of a vehicle they tell it stopped ("arrêtée", "detuvieron", "detained").
_ARREST = re.compile(r"arr[eê]t|detai|dete[nu]|detuv|interpel|reten", re.IGNORECASE)
#: Words that may stand between an arrest word and its object ("detuvieron *el pasado sábado una* ambulancia").
_OBJECT_WORDS = 4
#: Words telling a weapon carried, right before it or the list it ends ("carrying", "armed with machetes and",
#: "men with", "armés de", "hombres con", "brandishing").
#: A threat's verb, whom it threatened and "with" before the weapon it was made with ("threatened the pharmacist and
#: the guard with guns", "threatened a nurse with a knife", "intimidaron al guardia y a dos enfermeras con pistolas"):
#: the weapon shown, not used.
_THREATENED_WITH = re.compile(
    r"\b(?:threaten(?:ed|ing)?|intimidat(?:ed|ing)|menac(?:é|ée|és|ées|ant|ait|aient)|"
    r"amenaz(?:ó|aron|ado|ados|ada|adas|ando)|intimid(?:ó|aron|ando)|ameaç(?:ou|aram|ado|ados|ando))\s+"
    r"(?:[\w'’-]+\s+){0,6}?(?:with|avec|con|com)\s+(?:(?:a|an|the|their|his|her|un|une|des|leurs?|sus?|una?s?)\s+)?$",
    re.IGNORECASE,
)
_CARRYING = re.compile(
    r"\b(?:carrying|armed\s+with|wielding|brandishing|waving|armée?s?\s+(?:de|d['’])|portant|brandissant|"
    r"armad[oa]s?\s+con|portando|blandiendo|"
    r"(?:men|man|soldiers|troops|fighters|militiamen|guards|officers|police|pickups?|trucks?|vehicles?|technicals|"
    r"hommes|homme|individus|soldats|militaires|pick-up|hombres|individuos|sujetos|soldados|militares|camionetas?)"
    r"\s+(?:with|avec|con))\s+"
    # ... the words of the weapons' list, not a verb after what a vehicle carried ("an ambulance carrying patients was
    # shot at": the shooting is done, not a weapon carried)
    r"(?:(?!(?:was|were|is|are|been|fue|fueron|foi|foram|été|est|sont)\b)[\w'’-]+,?\s+(?:(?:and|or|et|ou|y|o)\s+)?){0,3}$",
    re.IGNORECASE,
)
#: A person struck by a fired riot projectile ("hit with a tear gas canister", "wounded in the head by a gas
#: grenade"): the words before the weapon ...
_STRUCK = re.compile(
    r"\b(?:hit|hits|struck|injured|wounded|shot|blessée?s?|herid[oa]s?)\b(?:\s+[\w'’-]+){0,4}?\s+"
    r"(?:by|with|from|par|avec|por|con)(?:\s+(?:an?|the|direct|une?|des|un[ao]?))?\s*$",
    re.IGNORECASE,
)
#: ... and the projectile itself, in or right after the chemical weapon's words.
_PROJECTILE = re.compile(r"\b(?:canisters?|grenades?|cartridges?|cartouches?|botes?|granadas?)\b", re.I)
#: A facility that is not where the act was done: where victims were brought or died, where someone works, where
#: they were coming from ("rushed to", "died in", "a physician working in", "on their way home from").
_BROUGHT = re.compile(
    r"\b(?:carried|taken|brought|rushed|transferred|evacuated|admitted|transportés?|emmenés?|llevados?|trasladados?)"
    r"\s+(?:in)?to\b|\b(?:transportés?|emmenés?|admis)\s+(?:dans|à)\b|\b(?:llevados?|trasladados?)\s+(?:a|al)\b|"
    r"\b(?:died|dies|treated|recovering)\s+(?:in|at)\b|(?<!while )(?<!whilst )\bwork(?:s|ed|ing)\s+(?:in|at)\b|"
    r"\b(?:returning|coming|way(?:\s+home)?|travell?ing|walking|driving)\s+(?:back\s+)?from\b",
    re.IGNORECASE,
)
#: What enters without being an armed entry, right before the entry word ("the gas entered the wards"), and the
#: Spanish reflexive of "registrar" that records, not searches ("no se registraron víctimas").
_NO_ENTRANT = re.compile(
    r"\b(?:gas|smoke|fumes|water|shrapnel|bullets?|shells?|fire)\s+(?:has\s+|had\s+|have\s+)?\w+$|\bse\s+registr\w*$",
    re.IGNORECASE,
)
#: Words before a facility telling an act done within it ("fired tear gas inside the emergency room of").
_WITHIN = re.compile(r"\b(?:inside|within|à\s+l['’]intérieur|dentro|داخل)\b", re.IGNORECASE)
#: A munition dropped from a drone (a drone strike, not a planted device) after an explosive word.
_FROM_DRONE = re.compile(
    r"\s+(?:\w+\s+){0,2}(?:dropped|launched|released|fired|lanzad[oa]s?|arrojad[oa]s?|soltad[oa]s?|largu[ée]e?s?|"
    r"l[âa]ch[ée]e?s?)\s+(?:from|by|desde|por|par|d['’]|depuis)\s*(?:a|an|the|un|una|el|un)?\s*(?:drones?|drons?|UAVs?)\b",
    re.IGNORECASE,
)
#: Words before an entry word that keep the actor out ("prevented from entering").
_KEPT_OUT = re.compile(r"\b(?:from|without)\s+$", re.IGNORECASE)
#: Between a dwelling and its owner, and between an owner and the dwelling ("the house of a nurse", "a nurse's home").
_OF_PERSON = re.compile(r"\s+(?:of|belonging\s+to|de|del|d['’])\s*(?:\w+\s+){0,2}", re.IGNORECASE)
_PERSONS = re.compile(r"['’]s?\s+(?:\w+\s+)?", re.IGNORECASE)
#: Between the attackers or their act and an obstruction word telling them stopped ("the suicide bombers were
#: prevented", "the raid was stopped"): a passive.
_STOPPED_PASSIVE = re.compile(r"\s+(?:was|were|had\s+been|have\s+been|has\s+been)\s+(?:\w+ly\s+)?$", re.IGNORECASE)
#: Around "shot": a vaccine dose, no gunfire ("a booster shot", "the one-shot vaccine", "a shot of the vaccine").
_DOSE_BEFORE = re.compile(
    r"(?:\b(?:booster|flu|vaccine|vaccination|covid(?:-19)?|polio)\s+|\b(?:one|single)-)$", re.IGNORECASE
)
_DOSE_AFTER = re.compile(r"\s+(?:(?:of\s+(?:the\s+)?(?:\w+\s+)?)?vaccines?|jabs?)\b", re.IGNORECASE)
#: Care given to someone, before the gunfire that wounded them ("assistance to a woman shot by", "reaching a
#: patient who was shot", "transporting a patient suffering from gunshot wounds", "a patient admitted with gunshot
#: wounds"): the wound of the cared for.
_CARE = re.compile(
    r"\b(?:reach(?:ing)?|treat(?:ing|ed|ment)?|assist(?:ing|ance)?|care|evacuat\w*|rescu\w*|help(?:ing)?|"
    r"transport\w*|aid\s+to|attend\w*\s+to|suffering\s+from|victims?\s+of|admitted|hospitali[sz]ed|"
    r"secour\w*|soign\w*|soins|évacu\w*|evacu\w*|atend\w*|auxili\w*|socorr\w*|traslad\w*|cuidados)\b",
    re.IGNORECASE,
)
#: Between the care word and the gunfire: the cared-for person told shot ("a Palestinian woman", "a man who was",
#: "un blessé", "un hombre que").
_CARED_FOR = re.compile(
    r".*\b(?:who|whom|qui|que)\s+(?:\w+\s+){0,3}|.*\b(?:men|man|women|woman|boys?|girls?|child(?:ren)?|civilians?|"
    r"patients?|persons?|people|protesters?|youths?|victims?|palestinians?|hommes?|femmes?|bless[ée]e?s?|civils?|"
    r"victimes?|hombres?|mujer(?:es)?|heridos?|heridas?|pacientes?|civiles|víctimas?)\s+"
    r"(?:(?:with|avec|con)\s+(?:(?:a|an|une?|una?)\s+)?)?",  # "treating a patient with a bullet wound"
    re.IGNORECASE,
)
#: Between the care word and a wound: the wound as the care's object ("suffering from gunshot wounds", "victims of").
#: Patients named by their wound, no verb between ("patients wounded by gunfire", "patients blessés par balles",
#: "pacientes heridos de bala"): their wound, not an act on them ("patients were wounded by gunfire" is one).
_WOUNDED_PATIENTS = re.compile(
    r"\b(?:patients|malades|pacientes|patient|malade|paciente)\s+(?:blessée?s?|wounded|injured|heridos?|heridas?)\s+"
    r"(?:by|with|from|par|de|por)?\s*$"
    # ... "Les blessés, dont plusieurs par balle", "the wounded, several of them by gunfire": how some of them were hurt
    r"|\b(?:blessée?s|wounded|injured|heridos|heridas|feridos|feridas)\s*,\s*(?:dont|among\s+them|including|of\s+whom|"
    r"entre\s+ellos|algunos|varios|several|some|many|most|plusieurs|certains|la\s+plupart|vários|alguns)"
    r"(?:\s+[\w'’]+){0,3}?\s+(?:by|with|from|par|de|por)?\s*$",
    re.IGNORECASE,
)
_WOUND_CARED = re.compile(r".*\b(?:from|of|for|with)\s+(?:\w+\s+)?|\s*(?:a|an|the)?\s*", re.IGNORECASE)
#: After a search word: a search for people to rescue, no armed search ("searching for survivors", "search and rescue").
_RESCUE = re.compile(
    r"\s*(?:(?:&|and)\s+rescue|for\s+(?:the\s+)?(?:survivors|victims|wounded|injured|bodies|missing)|"
    r"(?:through\s+)?(?:the\s+)?(?:rubble|debris|ruins|d[ée]combres|escombros))\b",
    re.IGNORECASE,
)
#: After a search word, things searched for ("searched the grounds for other mines", "for unexploded ordnance").
_SEARCH_FOR_THINGS = re.compile(
    r"(?:\s+[\w'’-]+){0,3}\s+for\s+(?:other\s+|more\s+|any\s+)?(?:mines|explosives|unexploded|ordnance|bombs|"
    r"devices|weapons)\b",
    re.IGNORECASE,
)


#: Between a search's subject and its word: nothing but an auxiliary ("guards were searching"); not an object's
#: clause ("ordered the crew out, searched the vehicle": the crew was ordered out, the soldiers searched).
_SUBJECT_GAP = re.compile(r"\s*(?:(?:were|was|are|is|had|have|has)(?:\s+been)?\s+)?", re.IGNORECASE)


def _searched_by_carers(doc: Doc, e: Event, hit: Hit) -> bool:
    """Whether a search is made by a facility's own staff or guards ("as guards were searching him at the
    entrance"): their check, no armed search."""
    return hit.text.lower().startswith("search") and any(
        p.value.get("group") == "health_worker" and _SUBJECT_GAP.fullmatch(doc.text, p.end, hit.start)
        for p in e.sentence.get("people")
    )


#: Between a facility and the place it stands in ("a health centre *of the* neighbourhood", "*du* quartier").
_PLACE_OF = re.compile(
    r"\s+(?:[\w-]+\s+){0,2}(?:of\s+the|of|in\s+the|in|du|de\s+la|des|de|dans\s+le|del|en\s+el|en\s+la|en)\s+",
    re.IGNORECASE,
)
#: Attackers who were chased off ("were chased off by residents"): they were stopped, nobody threatened.
_CHASED_OFF = re.compile(r"chased\s+(?:off|away)\s+by\b", re.IGNORECASE)
#: Before an act, an attempt at it ("tried to", "attempted to"), not a threat of it.
_ATTEMPT = re.compile(
    r"\b(?:tried|trying|attempt(?:ed|ing)?|tent[ée]|tentaient|intent\w*)\s+(?:to|de|d['’])\s*$", re.IGNORECASE
)
#: After "no access": care out of reach of the people it served ("the population has no access to services"), the
#: closure's consequence, no passage denied.
_CARE_OUT_OF_REACH = re.compile(
    r"\s+to\s+(?:any\s+|basic\s+|primary\s+|essential\s+)?(?:health\s*care|health\s+services|medical\s+care|"
    r"services|care|treatment)\b",
    re.IGNORECASE,
)
#: Obstruction words telling only that care could not get through, no one's act ("could not reach", "unable to
#: access", "n'a pas pu atteindre", "no pudo llegar").
_UNABLE = re.compile(
    r"(?:could\s+not|couldn['’]t|unable\s+to|n['’]a\s+pas\s+pu|n['’]ont\s+pas\s+pu|no\s+pudo|no\s+pudieron)\b",
    re.IGNORECASE,
)
#: Search words, and the acts that make a search violent.
_SEARCHES = ("search", "fouill", "regist", "perquisition")
#: People searched: a people noun ending the words right before a passive search word ("visitors were searched",
#: "patients are searched", "les visiteurs ont été fouillés", "los pasajeros fueron registrados") ...
_PEOPLE_SEARCHED = (
    r"(?:patients|visitors|people|persons|everyone|everybody|anyone|passengers|relatives|families|civilians|women|"
    r"men|crews?|staff|nurses|doctors|paramedics|workers|students|visiteurs|passagers|personnes|"
    r"pacientes|visitantes|pasajeros|personas)"
)
_SEARCHED_BEFORE = re.compile(
    r"\b" + _PEOPLE_SEARCHED + r"\s+(?:(?:were|are|was|is|being|been|got|ont|sont|fueron|son)\s+){1,2}"
    r"(?:(?:also|all|then|thoroughly|été|body|bodily)\s+)?$",
    re.IGNORECASE,
)
#: ... or the object right after an active one ("searched the patients", "fouillé les visiteurs"), not the
#: rooms named after them ("searched the staff quarters and wards").
_SEARCHED_AFTER = re.compile(
    r"\s+(?:(?:the|all|every|les|tous\s+les|a\s+los|todos\s+los)\s+)?" + _PEOPLE_SEARCHED + r"\b"
    r"(?!['’]?s?\s+(?:quarters|rooms?|wards?|residences?|housing|accommodation|dormitor(?:y|ies)|areas?|offices?)\b)",
    re.IGNORECASE,
)
#: Those who inquire into the acts, as the subject right before an obstruction word ("our researchers could not
#: reach", "investigators were unable to access", "journalists were denied access"): their access to information.
_INQUIRERS = re.compile(
    r"\b(?:researchers|investigators|journalists|reporters|monitors|observers|the\s+(?:panel|mission|commission)|"
    r"chercheurs|enquêteurs|journalistes|investigadores|periodistas)\s+(?:\w+\s+){0,3}$",
    re.IGNORECASE,
)
#: Entry words that tell no force ("entered", "came into", "sont entrés", "ingresaron").
_PLAIN_ENTRY = ("entered", "entering", "came into", "went into", "pénétré", "sont entrés", "entraron", "ingresaron")
_VIOLENCE = frozenset(["assault", "individual_weapons", "threat", "sexual_violence"])
#: A thing right after a word: an article, perhaps a word, the thing ("the vehicle", "the crew's car", "l'ambulance").
_THING_AFTER = re.compile(
    r"\s*(?:(?:the|an?|its|their|his|her|le|la|les|l['’]|el|los|las|su|sus|leur|leurs)\s*)?(?:[\w'’-]+\s+)??"
    + _THINGS.pattern,
    re.IGNORECASE,
)
#: What is occupied or seized when it is no facility ("occupation of the town", "seized power").
_NOT_FACILITY = re.compile(
    r"\s+(?:power|control\s+of\s+the\s+(?:town|city|area|village|region)|of\s+(?:the\s+)?(?:town|city|area|"
    r"village|zone|region|district|country|capital|territory))\b",
    re.IGNORECASE,
)
#: Before a looting or occupation word, a town as its passive subject ("since the town was captured").
_TOWN_SUBJECT = re.compile(
    r"\b(?:town|city|village|area|district|region|locality|capital)\s+(?:was|were|had\s+been|has\s+been)\s+$",
    re.IGNORECASE,
)
#: The noun "raid" alone, which after an air strike tells the air raid again ("a doctor who survived the raid").
_RAID_NOUNS = frozenset(["raid", "raids", "raid on", "raids on"])
#: What a drone drops ("grenade", "explosives", "гранату", "قنبلة يدوية"): its payload, no act of another kind.
_DRONE_PAYLOAD = re.compile(r"grenad|granad|explosi|гранат|вог|قنبل|قنابل|bomb|munition", re.IGNORECASE)
#: Looting words that, said of a facility building, mean it was occupied.
_SEIZED = frozenset(
    [
        "seized",
        "siezed",
        "captured",
        "taken over",
        "took over",
        "seized control of",
        "requisitioned",
        "réquisitionné",
        "réquisitionnée",
        "réquisitionnés",
        "réquisitionnées",
        "requisado",
        "requisada",
        "requisados",
        "requisaron",
    ]
)
#: Where a clause or a list item ends: the attack words on either side belong to different acts.
_BOUNDARY = re.compile(
    r";|\n|,\s*(?:while|whereas|and\s+(?:in|on|at)\s+(?:another|a\s+separate))\b|\s(?:whereas|meanwhile)\b"
)
#: What a weapon aimed elsewhere is told of ("shelling residential areas", "bombardements des quartiers").
_AIMED_ELSEWHERE = re.compile(
    r"\s+(?:(?:of|on|in|against|des|de|sur|contra|en)\s+)?(?:the\s+|les\s+|las\s+|los\s+)?(?:(?:residential|civilian|"
    r"(?:densely\s+)?populated)\s+(?:areas?|neighbou?rhoods?|districts?)|neighbou?rhoods|markets|homes|houses|"
    r"villages|zones\s+(?:résidentielles|habitées)|quartiers|zonas\s+residenciales|barrios)\b",
    re.IGNORECASE,
)
_OWNS = re.compile(r"['’]s?\b")
#: A clause end between an entry word and a dwelling: the dwelling is not what was entered.
_STOP = re.compile(r"[.;:!?]|\band\s+(?:then|later|also)\b")
#: Between two items of a list ("a clinic and two homes", "a hospital under construction and a house").
_IN_A_LIST = re.compile(
    r"\s*(?:[\w'’-]+\s+){0,3}?(?:,\s*(?:and\s+)?|(?:and|or|as\s+well\s+as)\s+)(?:[\w'’-]+\s+){0,3}", re.IGNORECASE
)
#: Between an entry word and a settlement that is its object: articles, numbers and a preposition of the object
#: only ("raided the village", "raided three other villages", "a raid on the town"; not "raided by men in the town").
_OBJECT_GAP = re.compile(
    r"\s*(?:(?:of|on|into|the|a|an|their|its|his|her|other|several|nearby|neighbouring|neighboring|entire|whole|"
    r"two|three|four|five|\d+|du|de|la|le|les|el|del|los|las)\s+)*",
    re.IGNORECASE,
)
#: A passive before an entry word ("the doctor's house was raided", "had her home raided", "a été", "fue").
_PASSIVE = re.compile(r"\b(?:was|were|been|being|is|are|été|fue|fueron|sido)(?:\s+\w+ly)?\s+$", re.IGNORECASE)
#: Looting words that, said of people, mean they were abducted.
_TAKEN = frozenset(
    [
        "took away",
        "taken away",
        "were taken",
        "was taken",
        "taken from",
        "carried away",
        "carried off",
        "emporté",
        "emportés",
        "se llevaron",
        "se llevó",
        "seized",
        "captured",
    ]
)
#: The agent after a passive ("was seized by soldiers"): the people named are who took, not who was taken.
_BY = re.compile(r"\s*(?:by|par|por)\b", re.IGNORECASE)
#: Where people or things taken were moved to: no theft ("were taken to hospital", "taken into custody").
_MOVED = re.compile(
    r"\s+(?:(?:in)?to|out\s+of|back|by\s+(?:car|cars|road|boat|boats|bus|buses|truck|trucks|ambulance|ambulances|"
    r"helicopter|plane|air|cart|carts)\b)",
    re.IGNORECASE,
)
_SEPARATE = re.compile(rf"\b{SEVERAL_ACTS}", re.IGNORECASE)
#: A sentence telling where acts happened ("The attacks took place in ...").
_TOOK_PLACE = re.compile(r"\b(?:took place|occurred|happened|were carried out|were reported)\s+in\b", re.I)
#: Before a town named in such a sentence ("in the city of", "districts of", ", and").
_PLACE_BEFORE = re.compile(
    r"(?:\bin|\bof|\bat|\band|,)\s+(?:the\s+)?(?:(?:\w+\s+)?(?:city|town|village|district|districts|area)\s+of\s+)?$",
    re.IGNORECASE,
)
#: A relative clause telling an earlier attack on what was just named ("which had been shelled in", "that
#: already had been attacked in") and how far after it its date may stand.
_EARLIER = re.compile(
    r"\b(?:which|that)\s+(?:had\s+)?(?:already\s+|also\s+|previously\s+)?(?:had\s+)?been\s+(?:\w+ly\s+)?"
    r"(?:attacked|hit|struck|bombed|shelled|targeted|raided|looted|burned|burnt|damaged|destroyed)\b",
    re.IGNORECASE,
)
_CLAUSE_CHARS = 30
#: An act told as the n-th within days ("the third (attack on the hospital) in as many days", "the second
#: strike this week", "la troisième attaque en trois jours").
_ORDINALS = {
    "second": 2,
    "third": 3,
    "fourth": 4,
    "fifth": 5,
    "deuxième": 2,
    "troisième": 3,
    "quatrième": 4,
    "segundo": 2,
    "segunda": 2,
    "tercer": 3,
    "tercero": 3,
    "tercera": 3,
    "cuarto": 4,
    "cuarta": 4,
}
_NTH_IN_DAYS = re.compile(
    rf"\b({'|'.join(_ORDINALS)})\b(?:\s+[\w'’-]+){{0,5}}?\s+"
    r"(?:in as many days|(?:in|within|en|dans|in the (?:past|last))\s+(?:\w+|\d+)\s+(?:days|jours|días)|"
    r"this week|cette semaine|esta semana|in (?:less than )?a week)\b",
    re.IGNORECASE,
)
#: Between days listed together ("27 *&* 28 June", "on 3, 4 *and* 5 May").
_DAY_LIST = re.compile(r"\s*(?:,|&|and|et|y)\s*(?:(?:on|le|el)\s+)?", re.IGNORECASE)
#: Before a second facility of a sentence ("and *another* ambulance", "une autre clinique").
_ANOTHER = re.compile(r"\b(?:another|a second|one more|un autre|une autre|otro|otra)\s+(?:[\w-]+\s+){0,2}$", re.I)
#: Facilities on the move, told at many places (a route, a zone, a locality).
_MOVING = ("ambulance", "mobile_clinic")
#: The span rules of a facility's place read from a list of facilities told apart by town.
_LISTED = ("facility.list", "geo.place")
#: A sentence opening on another act ("In a separate incident", "Elsewhere,", "En otro hecho", "Dans un autre
#: incident", "Hours earlier, in Mixco,", "Horas antes, en Mixco,").
_ANOTHER_ACT = re.compile(
    r"[\W_]*(?:in\s+(?:a\s+separate|another)\s+(?:incident|attack)|elsewhere\s*,|en\s+otro\s+(?:hecho|ataque|incidente)|"
    r"en\s+un\s+hecho\s+(?:aparte|separado)|(?:dans|lors\s+d['’]un)\s+autre\s+(?:incident|attaque)|"
    r"(?:em|noutro|num)\s+(?:outro\s+)?(?:incidente|ataque)\s+(?:separado|distinto)|(?:em|n)outro\s+(?:incidente|ataque)|"
    r"(?:hours|horas|heures)\s+(?:earlier|later|antes|después|más\s+tarde|plus\s+tôt|plus\s+tard)\s*,\s*(?:in|en|à|em)\s)",
    re.IGNORECASE,
)
_ACTOR_RANK = {"state": 0, "armed_group": 0, "unknown": 1}
#: Before or after a threat word: told as earlier than the incident's act ("had been threatened", "had received
#: death threats previously", "avait reçu des menaces", "había sido amenazado", "Prior to his killing, ... threats").
_EARLIER_THREAT = re.compile(
    r"\b(?:had|having|avait|avaient|ayant|había|habían|habiendo)\s+(?:(?:previously|already|also|reportedly|been|"
    r"received|déjà|été|reçu|ya|sido|recibido)\s+)*(?:des\s+)?$",
    re.IGNORECASE,
)
_THREAT_BEFORE = re.compile(
    r"\s+(?:\w+\s+){0,3}?(?:previously|beforehand|auparavant|précédemment|anteriormente|previamente)\b", re.IGNORECASE
)
_PRIOR = re.compile(r"\s*prior\s+to\b", re.IGNORECASE)
#: Words before "threat" that make it a danger someone poses or faces, not an act of threatening ("posing no
#: threat to them", "a security threat", "constituer une menace", "representar una amenaza").
_DANGER = re.compile(
    r"\b(?:pos(?:e|es|ed|ing)|no|not an?|security|constitu\w*|représent\w*|represent\w*|supon\w*)"
    r"(?:\s+(?:a|an|any|no|une|aucune|una|ninguna|real|serious|grave))*\s+$",
    re.IGNORECASE,
)
_EVIDENCE_CHARS = 400
#: An outcome told as ongoing or accumulated ("have died", "have been wounded", "are being killed").
_ONGOING = re.compile(
    r"\b(?:have|has|are being|is being)\s+(?:been\s+)?(?:\w+ly\s+)?"
    r"(?:died|killed|wounded|injured|hurt)\b",
    re.IGNORECASE,
)
_BOTH = re.compile(r"\b(?:both|each|les deux|chacun|chacune|ambos|ambas|cada)\b", re.IGNORECASE)
#: Care given to the wounded ("treating the injured"), not their arrival ("we have received nine dead").
_TREATING = ("treat", "soign", "trat", "atend")
#: Words pointing back to the act told just before ("in the attack", "in the blast").
_THE_ACT = re.compile(
    r"\b(?:in|by|during|from)\s+(?:the|this|that|today's|yesterday's)\s+"
    r"(?:attack|strike|airstrike|air strike|raid|blast|explosion|bombing|shelling|assault|incident)s?\b",
    re.IGNORECASE,
)
#: Attack words pointing back to the act told before ("also wounded in the attack", "after the attack", "condemned
#: the attack").
#: An act told by its rank among those told ("the second strike").
_RANKED = re.compile(r"(?:the|this|that)\s+(?:first|second|third|latest|most\s+recent|earlier)\s", re.IGNORECASE)
_BACK = re.compile(
    r"\b(?:(?:in|by|during|from|after|of|condemn(?:s|ed)?|denounc(?:es|ed)|deplor(?:es|ed))\s+(?:the|this|that)\s+"
    r"(?:deadly\s+|same\s+)?(?:attack|strike|airstrike|air strike|raid|blast|explosion|bombing|shelling|assault|"
    r"incident)|"
    r"(?:dans|lors\s+de|pendant|après|condamn[eé]\w*|dénonc[eé]\w*)\s+(?:l['’]|cette\s+|ce\s+)"
    r"(?:attaque|frappe|explosion|bombardement|incident)|"
    r"(?:en|durante|tras|después\s+de|conden[oóa]\w*|repudi[oóa]\w*)\s+(?:el|este|ese)\s+"
    r"(?:ataque|bombardeo|atentado|incidente)|"
    # ... or the subject of what the act brought about ("the arrests had spread fear", "the raid left staff afraid")
    r"(?:the|these|those)\s+(?:attacks?|strikes?|raids?|arrests?|detentions?|abductions?|shelling|bombing|"
    r"incidents?)(?=\s+(?:had|has|have|left|caused|forced|prompted|spread|led)\b)|"
    # ... or an act told before by its rank ("The second strike on Al-Rahma hospital left ...")
    r"(?:the|this|that)\s+(?:first|second|third|latest|most\s+recent|earlier)\s+(?:attack|strike|airstrike|raid|"
    r"shelling|bombing)|"
    # ... or the doers of the act told before, as the victims' ("had not been contacted by their abductors")
    r"(?:their|his|her|the)\s+(?:abductors|kidnappers|captors|ravisseurs|secuestradores|captores)|"
    # ... or the moment of the act told before ("who was in the theatre when the missile hit")
    r"(?:when|as|after)\s+the\s+(?:missile|shell|rocket|bomb|drone|strike|airstrike|blast|explosion)\s+"
    r"(?:hit|struck|landed|exploded|fell))\b",
    re.IGNORECASE,
)
#: Casualty rules that tell people taken by force without an act word ("took away", "took two nurses").
_TAKING = ("casualty.taken_away", "casualty.took_people")
#: Between shots and the heavy weapon they are of ("disparos de mortero", "tirs d'obus").
_SHOTS_OF = re.compile(r"\s*(?:de|of|d['’]|del|do|da)\s*(?:la\s+|l['’]|los\s+|les\s+)?", re.IGNORECASE)
#: Sentences at the head of a report in which a trial or a sentence makes it the report of one.
_TRIAL_HEAD = 3
#: A sentence opening on a pronoun for the perpetrators ("They then looted the pharmacy.").
_THEY = re.compile(r"\W*(?:they|ils|elles|ellos)\b", re.IGNORECASE)
#: Between people and an actor word told of them: a comma or a bracket ("one of the patients, a woman").
_APPOSED = re.compile(r"\s*[,(]\s*")
#: Before an actor word, a vehicle's or a carer's load: people carried or treated, patients ("an ambulance carrying a
#: woman in labour", "transportant un homme blessé").
_LOAD = re.compile(
    r"\b(?:carrying|transporting|bringing|evacuating|ferrying|transferring|treating|transportant|évacuant|"
    r"transportaba|trasladaba|trasladando|transportando|llevaba|llevando)\s+$",
    re.IGNORECASE,
)
#: After an actor word, a likeness, not the actor ("military-style uniforms", "army-type fatigues").
_LIKENESS = re.compile(r"-(?:style|type|like)\b", re.IGNORECASE)
#: "by" and up to three words before an actor: the agent of a passive ("raided by government troops").
_BY_AGENT = re.compile(r"\b(?:by|par|por)\s+(?:[\w'’-]+\s+){0,3}$", re.IGNORECASE)
#: After an act word, its own target: not a back-reference ("in the attack on the X clinic", "condemned the bombing
#: of two field hospitals").
_QUALIFIED = re.compile(r"\s+(?:on|of|against|at|targeting|in|sur|contre|contra|en)\b", re.IGNORECASE)
#: A photo caption: a picture described ("is seen", "are pictured", "people look at") ...
_PICTURED = re.compile(r"\b(?:(?:is|are)\s+(?:seen|shown|pictured)|looks?\s+(?:at|for))\b", re.IGNORECASE)
#: A sentence that opens by naming a picture ("A photo of the burned vehicle ... is attached", "Une photo de").
_PICTURE_OF = re.compile(
    r"\W*(?:an?|the|this|une|la|cette|una|esta)\s+(?:photo(?:graph)?|picture|image|video|vidéo|foto|imagen|vídeo)s?\s+"
    r"(?:of|de|del|du|des)\b",
    re.IGNORECASE,
)
#: ... or a credit right after the sentence ("[Photo: ...]", "PHOTO: AP", "(AP Photo/...)").
_CREDIT = re.compile(r"[\s.]*(?:[\[(]\s*)?(?:(?:file\s+)?photo|picture|image|AP Photo)\b", re.IGNORECASE)
_NOT_NAME = re.compile(
    r"\b(?:hospitals?|clinics?|health|centres?|centers?|the|al|el|msf|doctors without borders|"
    r"m[ée]decins sans fronti[èe]res|icrc|red cross|red crescent|supported|run|operated)\b|[’']s\b|[-’']"
)
#: What may stand between an act word and the facility it is done to ("stormed the X hospital").
_AWAY_GAP = re.compile(r"\s+(?:(?:the|a|an|its|l['’]|le|la|el)\s*)?(?:[A-Z][\w'’-]*\s+){0,3}")
#: Words telling an act in addition to one told before ("was also hit").
_ALSO = re.compile(r"\b(?:also|too|as well|aussi|également|también|además)\b", re.IGNORECASE)
#: The words between a vehicle and the facility it belongs to ("of the X", "of the Y community", "from", "de l'",
#: "del"), with no word of a place or a clause between them ("from the town to the hospital").
_OWNER = re.compile(
    r"\s+(?:of|from|belonging to|de|du|del|des|de la)\s+(?:the\s+|l['’]|la\s+|el\s+)?"
    r"(?:(?:[A-Z][\w'’-]*|(?!(?:to|in|at|on|near|by|with|and|or|from|for|towards?|outside|behind|into|the|a|an|en|à|"
    r"a|y|et|con|avec|cerca|près)\b)[a-zé][\w'’-]*)\s+){0,4}"
)


@dataclass(slots=True)
class Group:
    """An incident being built: its events and the sentences that support it."""

    events: list[Event]
    date: Any = None
    facility_type: str | None = None
    names: list[str] = field(default_factory=list)
    background: bool = False
    told: bool = False
    support: list[Sentence] = field(default_factory=list)
    last: int = 0
    weapons: set[str] = field(default_factory=set)
    places: set[str] = field(default_factory=set)
    counts: list[dict[str, Any]] = field(default_factory=list)
    time: Any = None  # a clock time told apart from the act's sentences (see _attach_time)

    @property
    def sentences(self) -> list[Sentence]:
        seen = {e.sentence.index: e.sentence for e in self.events}
        seen.update({s.index: s for s in self.support})
        return [seen[i] for i in sorted(seen)]


def _core(name: str) -> str:
    """A facility name without facility nouns, articles and operators ("MSF-supported", "Doctors Without
    Borders"): the words that tell one facility from another."""
    return _NOT_NAME.sub(" ", name.lower()).strip()


def _same_name(a: str, b: str) -> bool:
    ca, cb = _core(a), _core(b)
    if not ca or not cb:
        return True
    if set(ca.split()) <= set(cb.split()) or set(cb.split()) <= set(ca.split()):
        return True
    return fuzz.ratio(ca, cb) >= 80


def _names_agree(a: list[str], b: list[str]) -> bool:
    """Whether two lists of facility names can name one facility (or one of them names none)."""
    return not a or not b or any(_same_name(x, y) for x in a for y in b)


def _date_fits(a: Any, b: Any) -> bool:
    if a is None or b is None:
        return True
    return a.value.startswith(b.value) or b.value.startswith(a.value)


#: Characters from the start of words of care ("died of his wounds ... at", "evacuated to") within which a town named
#: is where the care was given.
_CARE_PLACE_CHARS = 60


def _settlements(event: Event) -> set[str]:
    """The towns and villages the event is placed in: its facility's place, else those its sentence names
    (geo mentions of kind "place")."""
    if event.place:
        return {event.place.text.casefold()}
    # ... not where the wounded were cared for ("died of his wounds on 11/06 at Diffa regional hospital")
    # ... nor where someone died, told with no act ("Un malade est décédé lundi à l'hôpital de Tillabéri")
    plain = not event.sentence.get("attacks")
    care = _cues(event.sentence, "treatment") + [
        o for o in event.sentence.get("casualties") if o.value.get("later") or (plain and o.text.lower() in DYING)
    ]
    places = [
        p
        for p in event.sentence.places
        if p.kind == "place" and not any(0 <= p.start - c.start <= _CARE_PLACE_CHARS for c in care)
    ]
    # a province named beside a town in it ("Salqin (Idlib)") places nothing more than the town
    regions = [(q, _region(q)) for q in places]
    return {p.text.casefold() for p in places if not any(q is not p and r == p.text.casefold() for q, r in regions)}


def _region(place: Any) -> str:
    """The province of a place mention's likeliest candidate, folded ("" when unknown)."""
    return place.candidates[0].admin1.casefold() if place.candidates and place.candidates[0].admin1 else ""


def _elsewhere(here: set[str], there: set[str]) -> bool:
    """Whether two sets of place names have nothing in common ("eastern aleppo" and "aleppo" do)."""
    return bool(here and there) and not any(a in b or b in a for a in here for b in there)


def _last_in_paragraph(doc: Doc, event: Event, by_sentence: dict[int, Group]) -> Group | None:
    """The incident of the last event told before ``event`` in its paragraph, if any."""
    for index in range(event.sentence.index - 1, -1, -1):
        if doc.sentences[index].paragraph != event.sentence.paragraph:
            return None
        if index in by_sentence:
            return by_sentence[index]
    return None


def _outcomes_only(event: Event) -> bool:
    """Whether an event tells harm and no act ("three people were killed, including a nurse")."""
    return all(t.set == "casualties" for t in event.triggers)


#: Sentences from a report's top in which an exercise told ("un exercice de simulation", "a mass-casualty drill")
#: makes it the report of a drill.
_DRILL_HEAD = 6


#: Words of a fire told without who set it ("were burned", "caught fire"): after a blast, the blast's.
_BURNED = re.compile(r"burn(?:ed|t)|caught\s+fire|gutted|brûlée?s?|quemad[oa]s?", re.IGNORECASE)


def _table_row(doc: Doc, sentence: Sentence) -> bool:
    """Whether ``sentence`` is a row of a pasted table (cells between " | ")."""
    return doc.text.count(" | ", sentence.start, sentence.end) >= 2


def _fits(group: Group, event: Event, doc: Doc) -> bool:
    mine, theirs = (None if event.told else event.date), (None if group.told else group.date)
    if group.background != event.background or not _date_fits(theirs, mine):
        return False
    if _ANOTHER_ACT.match(doc.text, event.sentence.start) and all(
        e.sentence.index < event.sentence.index for e in group.events
    ):  # "In a separate incident, ...", "Horas antes, en Mixco, dos socorristas ...": another act
        return False
    # a facility named again on its day, placed at another scale ("the X Hospital in western Idlib", "25 May –
    # Darkush: drone strike on the X Hospital"), is that day's; other places part acts (below)
    name = _named(doc, event)
    renamed = (
        mine is not None and theirs is not None and mine.value == theirs.value and _proper_alike(name, group.names)
    )
    if mine is not None and theirs is not None and mine.start != theirs.start and not renamed:
        opening = {d.start for d in _entries(doc)}
        if mine.start in opening and theirs.start in opening and _elsewhere(_settlements(event), group.places):
            return False  # two entries of a dated log in two towns ("01/07, Bria — ...", "01/07, Kaga-Bandoro — ...")
        # ... or two rows of a table in two towns ("| 11/02 | Niger | Gothèye |", "| 11/02 | Niger | Tillia |")
        rows = [e for e in group.events if _table_row(doc, e.sentence)] if _table_row(doc, event.sentence) else []
        if rows and _elsewhere(_settlements(event), set().union(*(_settlements(e) for e in rows))):
            return False
    # the same day in another town: another act; an attack on people away from any facility is told at
    # several scales ("in Mogadishu", "near the X junction in the Y neighbourhood"), so place names do not part it
    # ... nor do they part acts on a vehicle on the move ("en route to A", "in the locality of B, C woreda")
    listed = event.place is not None and event.place.rule in _LISTED  # "separate attacks in A, B and C"
    # a ward or a room ("la salle d'hospitalisation") is a hospital's, or the health centre's whose story it goes on
    ward = event.facility is not None and (
        event.facility.value.get("ward")
        # ... and "the pharmacy" told after a health facility's act is that facility's ("les exigieron las llaves de
        # la farmacia y de la ambulancia")
        or (
            event.facility.value.get("facility_type") == "pharmacy"
            and group.facility_type in ("hospital", "primary_care")
            and _THE_BEFORE.search(doc.text, max(0, event.facility.start - 6), event.facility.start) is not None
        )
    )
    if (
        ward
        and group.facility_type not in (None, "hospital", "other")
        and not any(0 <= event.sentence.paragraph - e.sentence.paragraph <= 1 for e in group.events)
    ):
        return False
    ftype = event.facility.value.get("facility_type") if event.facility and not ward else None
    placed = {ftype, group.facility_type} - {None, *_MOVING} or listed
    # ... nor for the toll told right after an act, on its day ("According to the Ministry of Health in Gaza, three
    # people were killed")
    toll = mine is not None and theirs is not None and mine.start == theirs.start and _outcomes_only(event)
    # ... but two items of a list in two towns are two acts ("- 14 March: In Butig, armed men took a midwife away",
    # "- Afghanistan: The nurse detained in Ghazni has returned to work")
    if placed and not toll and not renamed and _elsewhere(_settlements(event), group.places):
        return False
    first = group.events[0]
    # ... and two posts of a channel in two towns are two acts, of vehicles too ("08:12 / Shelling of A: an
    # ambulance damaged ... 11:47 / A drone dropped explosives on an ambulance in B")
    if (
        not renamed
        and _post(doc, event.sentence) != _post(doc, first.sentence)
        and _elsewhere(_settlements(event), group.places)
    ):
        return False
    if (
        _ITEM.match(doc.text, event.sentence.start)
        and _ITEM.match(doc.text, first.sentence.start)
        and not renamed
        and _elsewhere(_settlements(event), group.places | _settlements(first))
    ):
        return False
    # ... and two labelled items of a digest in two towns, of vehicles too ("Item 4 – Banamba. ... an ambulance ...",
    # "Item 6 – Tillia–Tassara road. ... two vaccinators ... were abducted")
    latest = max(group.events, key=lambda e: e.sentence.index)
    line, other = _line_start(doc, event.sentence), _line_start(doc, latest.sentence)
    if (
        not renamed
        and line != other
        and _LABELLED_ITEM.match(doc.text, line)
        and _LABELLED_ITEM.match(doc.text, other)
        and _elsewhere(_settlements(event), group.places | _settlements(latest))
    ):
        return False
    # a vehicle told as the facility's own without a day of its own ("destroyed the centre's ambulance") is hit in
    # the facility's attack; with one ("yesterday our ambulance was held at a checkpoint") it is an act of its own
    own_day = event.date is not None and event.sentence.start <= event.date.start < event.sentence.end
    held = event.facility.value.get("held_by") if event.facility and not own_day else None
    # ... and harm told after an act, dated by the act's own day ("- 7 March: a drone hit the car park of the
    # health centre. A paramedic was injured, and two ambulances were damaged"), is the act's
    after = (
        not own_day
        and mine is not None
        and theirs is not None
        and mine.start == theirs.start
        and all(t.set in ("casualties", "damage") for t in event.triggers)
    )
    if (
        ftype
        and group.facility_type
        and group.facility_type not in (ftype, "other", held)
        and ftype != "other"
        and not after
        and not (group.facility_type == "mobile_clinic" and _the_clinic(doc, event.facility))
    ):
        return False
    if _other_side(doc, [event], group.events):
        return False
    if event.facility_name and group.names:
        return any(_same_name(name, n) for n in group.names)
    return True


#: "The clinic" told again of a mobile clinic ("settlers attacked a mobile clinic ... the clinic's coordinator said",
#: "عيادة متنقلة ... منسق العيادة"): the bare noun after its article.
_THE_CLINIC = re.compile(r"(?:\b(?:the|la|el)\s+(?:clinic|clinique|clínica)|(?<!\w)العيادة)$", re.IGNORECASE)


def _the_clinic(doc: Doc, facility: Hit) -> bool:
    """Whether a facility hit is the bare "the clinic", which names again a mobile clinic told before."""
    return bool(_THE_CLINIC.search(doc.text, max(0, facility.start - 4), facility.end))


#: A line opening on a message's stamp: a clock time, after a day or not, bracketed or not ("11:47", "[08/03/2028
#: 06:58]", "06/03 – 21:05").
_STAMP_LINE = re.compile(
    r"^[ \t\[(]*(?:\d{1,2}[/.]\d{1,2}(?:[/.]\d{2,4})?[,\s–—-]*)?\d{1,2}[:h]\d\d\b(?![:/.]\d)", re.MULTILINE
)


def _post(doc: Doc, sentence: Sentence) -> int:
    """How many message stamps open lines before ``sentence`` (0 in a text with none): the post it is in."""
    starts = _stamp_starts(doc.text)
    return bisect.bisect_right(starts, sentence.start)


def _posts_apart(doc: Doc, g: Group, h: Group) -> bool:
    """Whether two incidents are told in different posts of a channel and in different towns."""
    posts = {_post(doc, e.sentence) for e in g.events}
    return not posts & {_post(doc, e.sentence) for e in h.events} and _elsewhere(g.places, h.places)


@lru_cache(maxsize=4)
def _stamp_starts(text: str) -> list[int]:
    return [m.start() for m in _STAMP_LINE.finditer(text)]


def _named(doc: Doc, event: Event) -> str:
    """The facility name the event's sentence gives its target ("" when none)."""
    return doc.text[event.facility_name[0] : event.facility_name[1]] if event.facility_name else ""


def _proper_alike(name: str, names: list[str]) -> bool:
    """Whether ``name`` and one of ``names`` are the same proper name (not only a type: "the district hospital")."""
    core = _core(name)
    return bool(core) and any(_core(n) and _same_name(name, n) for n in names)


#: Between a facility and its acronym in brackets, after the rest of its noun ("centre de santé de référence (CSRéf)").
_BRACKETED = re.compile(r"(?:\s+[^\W\d_]+){0,3}\s*\(\s*")
#: A list item's bullet or number at a sentence's start ("- ", "• ", "▶ ", "3. ").
_ITEM = re.compile(r"[ \t]*(?:[-–—•*▶►·]|\d{1,2}[.)])[ \t]")
_DEFINITE = re.compile(r"\b(?:the|its)\s+$", re.IGNORECASE)
#: A digest item's label at a line's start ("Item 6 – ", "Incident 3:", "Fait n° 2", "Hecho 4").
_LABELLED_ITEM = re.compile(
    r"[ \t]*(?:item|incident|entry|event|fait|incidente|hecho|caso)\s+(?:no\.?\s*|n[°º]\s*|#\s*)?\d{1,3}\b",
    re.IGNORECASE,
)


def _line_start(doc: Doc, sentence: Sentence) -> int:
    """Where the line holding ``sentence`` starts."""
    return doc.text.rfind("\n", 0, sentence.start) + 1


#: How many sentences after an incident's last one a target it told may be told again as its own.
_TOLD_AGAIN_SENTENCES = 3


def _told_again(doc: Doc, event: Event, latest: Group) -> bool:
    """Whether an undated event's facility, told with a definite article, is one the incident told last named
    among its targets a few sentences before ("set fire to the hospital's only ambulance ... The ambulance was
    completely burnt")."""
    ftype = event.facility.value.get("facility_type") if event.facility else None
    return (
        ftype is not None
        and event.sentence.index - latest.last <= _TOLD_AGAIN_SENTENCES
        and not _settlements(event) - latest.places  # "The health centre in Semema": another one
        and bool(_DEFINITE.search(doc.text, max(0, event.facility.start - 5), event.facility.start))
        and any(t.value.get("facility_type") == ftype for e in latest.events for t in e.targets)
    )


def _sides(doc: Doc, events: list[Event]) -> set[str]:
    """The sides the events' actors are on: "state" (armies, police) or "armed_group" (non-state); an actor
    is one told before the act ("the Taliban forced the closure") or after "by" ("raided by troops"), not one
    told as its object ("warned not to treat insurgents")."""
    return {
        h.value["kind"]
        for e in events
        for h in e.sentence.get("perpetrators")
        if h.start < min((t.start for t in e.triggers), default=h.start + 1)
        or _BY_AGENT.search(doc.text[max(e.sentence.start, h.start - 30) : h.start])
    } & {"state", "armed_group"}


def _other_side(doc: Doc, a: list[Event], b: list[Event]) -> bool:
    """Whether two lists of acts are told of actors on opposite sides only (the Taliban's threat, the army's raid);
    the sides of ``b`` are read only when ``a`` is told of one side."""
    ours = _sides(doc, a)
    return len(ours) == 1 and len(theirs := _sides(doc, b)) == 1 and ours != theirs


def _titled_noun(text: str) -> bool:
    """Whether a facility noun has a capitalised qualifier ("General Hospital", "Teaching Hospital"): after a
    place, it makes a name."""
    words = text.split()
    return len(words) > 1 and all(w[0].isupper() for w in words)


def _only_places(doc: Doc, event: Event, start: int, end: int) -> bool:
    """Whether the words from ``start`` to ``end`` are all place names or demonyms the geo stage found."""
    covered = [p for p in event.sentence.places if p.start >= start and p.end <= end]
    return bool(covered) and sum(p.end - p.start for p in covered) >= len(doc.text[start:end].strip()) - 2


def _nearest(doc: Doc, events: list[Event], triggers: list[Hit]) -> list[list[Hit]]:
    """For each event, the triggers told before every facility and those closer to its facility phrase (noun
    and its place: "the clinic in X") than to any other event's; a clause or item boundary (";", ", while", a
    new line) between a trigger and a facility puts it farther than any facility on its own side. Words told
    before every facility go to the first, and to the others that tell no act of their own."""

    def gap(e: Event, t: Hit) -> tuple[bool, int]:
        end = e.place.end if e.place else e.facility.end
        left, right = (t.end, e.facility.start) if t.end <= e.facility.start else (end, t.start)
        return bool(_BOUNDARY.search(doc.text, min(left, right), max(left, right))), max(right - left, 0)

    first = min(events, key=lambda e: e.facility.start)  # "airstrikes hit A, B and C": shared by all
    owner = [
        None
        if t.end <= first.facility.start and not gap(first, t)[0]
        else min(range(len(events)), key=lambda i: gap(events[i], t))
        for t in triggers
    ]
    own = [[t for t, o in zip(triggers, owner, strict=True) if o == i] for i in range(len(events))]
    shared = [t for t, o in zip(triggers, owner, strict=True) if o is None]
    # words told before all are shared, but not by a facility told with an act of its own ("a drone hit the
    # hospital in A and the clinic in B was looted")
    return [
        shared + o if e is first or not any(t.value.get("attack_type") for t in o) else o
        for e, o in zip(events, own, strict=True)
    ]


def _split_by_clause(doc: Doc, event: Event) -> list[Event]:
    """One event per clause of a sentence parted by semicolons when two or more clauses each tell an act of their own
    on a target of their own in a town of their own ("A roadside bomb hits an ambulance in Mafa; a community health
    worker is abducted in Gwoza; and ..."): each keeps its act words, targets, casualties, town and day; otherwise the
    event whole."""
    s = event.sentence
    cuts = [m.start() for m in _SEMICOLON.finditer(doc.text, s.start, s.end)]
    if not cuts:
        return [event]
    parts = []
    for a, b in itertools.pairwise([s.start, *cuts, s.end]):
        words = [t for t in event.triggers if a <= t.start < b]
        targets = [t for t in event.targets if a <= t.start < b]
        if targets and any(t.value.get("strength") == "strong" for t in words):
            parts.append((a, b, words, targets))
    towns = [next((p for p in s.places if p.kind == "place" and a <= p.start < b), None) for a, b, _, _ in parts]
    # ... in towns of their own ("... in Mafa; ... in Gwoza"): clauses in one place go on with one act ("sicarios
    # dispararon contra el Centro de Salud; una enfermera fue alcanzada por un proyectil")
    if len(parts) < 2 or None in towns or len({t.text.casefold() for t in towns}) < len(towns):
        return [event]
    events = []
    for (a, b, words, targets), town in zip(parts, towns, strict=True):
        days = [d for d in _act_days(doc, s) if a <= d.start < b]  # its own day, else the sentence's
        events.append(
            replace(
                event,
                triggers=words,
                targets=targets,
                place=Span(town.start, town.end, town.text, "geo.place"),
                counts=count_sentence(doc, s, (a, b)),
                **({"date": days[0], "told": False} if days else {}),
            )
        )
    return events


#: A semicolon parting a sentence's clauses.
_SEMICOLON = re.compile(r";")


def _split_by_facility(doc: Doc, event: Event) -> list[Event]:
    """One event per facility the sentence tells apart by name or by place ("the health facility in A ...
    the health centre in B"); otherwise the event with its main facility."""
    facilities = [t for t in event.targets if "facility_type" in t.value]
    by_name: dict[str, Event] = {}
    by_place: dict[str, Event] = {}
    by_hit: dict[int, Event] = {}
    for hit in facilities:
        name, place = facility_name(doc, hit), facility_place(doc, hit)
        if name and _only_places(doc, event, name[0], hit.start) and not _titled_noun(hit.text):
            # "Somali hospital", "Aleppo hospital": a place, not a facility's own name ("Gwoza General Hospital" is)
            name = None
        one = by_hit[hit.start] = replace(event, facility=hit, facility_name=name, place=place)
        if name and not any(_same_name(doc.text[slice(*name)], k) for k in by_name):
            by_name[doc.text[slice(*name)]] = one
        if place and not any(_same_name(place.text, k) for k in by_place):
            by_place[place.text] = one
    apart = list((by_name if len(by_name) > 1 or not by_place else by_place).values())
    if len(by_name) > 1:  # "hit A Hospital in X; the B Hospital in Y": one facility may be told by place only
        named = {e.facility.start for e in apart}
        apart += [e for e in by_place.values() if e.facility.start not in named and e.facility_name is None]
    others = [h for h in facilities[1:] if _ANOTHER.search(doc.text[max(event.sentence.start, h.start - 25) : h.start])]
    if len(apart) < 2 and others:  # "an ambulance was shot at in A and another ambulance was shelled in B"
        apart = [by_hit[facilities[0].start]] + [by_hit[h.start] for h in others]
    if len(apart) > 1:  # each facility keeps the attack words, the casualties and the day nearest to it
        apart.sort(key=lambda e: e.facility.start)
        bounds = [event.sentence.start] + [e.facility.start for e in apart[1:]] + [event.sentence.end]
        nearest = _nearest(doc, apart, event.triggers)
        return [
            _own_day(doc, replace(e, triggers=words, counts=count_sentence(doc, e.sentence, span)), span)
            for e, words, span in zip(apart, nearest, itertools.pairwise(bounds), strict=False)
        ]
    for hit in facilities:  # "hospitals in A, B and C", "three clinics in A, B and C": one incident each
        listed = _town_list(doc, hit) if _plural(hit) else []
        count = next((q.value for q in event.sentence.quantities if q.end <= hit.start and hit.start - q.end <= 2), 0)
        if len(listed) > 1 and count in (0, len(listed)):
            return [replace(event, facility=hit, place=p) for p in listed]
    # "the ambulance of the X hospital", "una ambulancia del Hospital Y": the hospital owns the target
    owners = {
        b.start
        for a, b in itertools.pairwise(facilities)
        if a.value["facility_type"] == "ambulance" and _OWNER.fullmatch(doc.text[a.end : b.start])
    }
    # ... and its acronym in brackets ("l'ambulance du centre de santé de référence (CSRéf) de Bandiagara")
    owners |= {
        b.start
        for a, b in itertools.pairwise(facilities)
        if a.start in owners and _BRACKETED.fullmatch(doc.text[a.end : b.start])
    }
    # ... or, in English, right before it ("a hospital ambulance", "an RHU ambulance", "the clinic's ambulance"; in
    # Arabic the head comes first: "مركز الإسعاف" is the ambulance centre)
    owners |= {
        a.start
        for a, b in itertools.pairwise(facilities)
        if doc.language == "en"
        and b.value["facility_type"] == "ambulance"
        and a.value["facility_type"] != "ambulance"
        and doc.text[a.end : b.start] in (" ", "'s ", "’s ")
    }
    kept = [t for t in facilities if t.start not in owners]
    # an ambulance parked at a facility the sentence names is its property ("shells hit the yard of the X
    # hospital, damaging a parked ambulance"): the facility stays the target
    kept = _beside_others(kept, lambda t: t.value["facility_type"] == "ambulance" and _parked(doc, t))
    typed = [t for t in kept if t.value["facility_type"] != "other"] or facilities
    main = min(typed, key=lambda t: min((abs(t.start - x.start) for x in event.triggers), default=0), default=None)
    if apart:  # one facility told by name or place: it names the incident's place, the target stays the
        # facility nearest the attack ("the ambulance attacked ... belongs to the hospital in X")
        # ... but not unnamed ones in general ("surrounded X Hospital and kept ambulances from leaving")
        one = apart[0]
        if main is None or one.facility.value["facility_type"] == main.value["facility_type"] or _plural(main):
            return [one]
        if _labelled(doc, one):  # "(a) Hope Alive Pharmacy: ... items for a private clinic, was carried away"
            return [one]
        return [replace(one, facility=main, facility_name=None)]
    for hit in facilities:  # "two field hospitals, one in A and the other in B": one incident each
        count = next((q.value for q in event.sentence.quantities if q.end <= hit.start and hit.start - q.end <= 2), 0)
        towns = [p for p in event.sentence.places if p.kind == "place" and p.start > hit.end]
        if 1 < count <= len(towns):
            counts = _each(doc, event, count)
            return [
                replace(event, facility=hit, place=Span(p.start, p.end, p.text, "geo.place"), counts=counts)
                for p in towns[:count]
            ]
    return [replace(event, facility=main)]


def _labelled(doc: Doc, event: Event) -> bool:
    """Whether the event's named facility is its line's label: it opens the line (after an item's mark) and a colon
    follows its name ("(b) Mandara Pharmacy and Stores: the steel shutters were cut open")."""
    if event.facility_name is None:
        return False
    start, end = event.facility_name
    line = doc.text.rfind("\n", 0, start) + 1
    label = not doc.text[line:start].strip() or ITEM_MARK.fullmatch(doc.text, line, start) is not None
    return label and doc.text[end : end + 2].lstrip().startswith(":")


#: Around a vehicle, its being parked ("a parked ambulance", "ambulances parked in the courtyard", "garées").
_PARKED_BEFORE = re.compile(r"\bparked\s+(?:\w+\s+)?$", re.IGNORECASE)
_PARKED_AFTER = re.compile(
    r"\s+(?:that\s+(?:was|were)\s+)?(?:parked|gar[ée]es?|estacionad[oa]s?|aparcad[oa]s?)\b", re.IGNORECASE
)


def _parked(doc: Doc, hit: Hit) -> bool:
    """Whether a vehicle is told parked ("a parked ambulance", "two ambulances parked outside")."""
    return bool(
        _PARKED_BEFORE.search(doc.text, max(0, hit.start - 20), hit.start) or _PARKED_AFTER.match(doc.text, hit.end)
    )


#: After a pharmacy or a store, the facility it is part of ("la pharmacie du centre", "the pharmacy of the hospital",
#: "la farmacia del centro de salud", "the clinic's pharmacy" is told the other way round and is the clinic's anyway).
_OF_FACILITY = re.compile(
    r"\s+(?:of\s+the|du|de\s+l['’]|de\s+la|del|do|da)\s+(?:(?:health|santé|salud|saúde|district|rural)\s+)?"
    r"(?:centre|center|centro|hôpital|hopital|hospital|clinic|clinique|clínica|dispensaire|dispensary|CSI|CSPS|CSCom|"
    r"poste|posto|puesto|facility|structure)\b",
    re.IGNORECASE,
)


def _part_of(doc: Doc, event: Event) -> Event:
    """An act on a pharmacy or store told as a facility's part ("les assaillants ont vidé la pharmacie du centre") is
    on that facility: its target is read as a ward is, the facility whose story it goes on."""
    hit = event.facility
    if hit is None or hit.value.get("facility_type") not in ("pharmacy", "warehouse"):
        return event
    if not _OF_FACILITY.match(doc.text, hit.end):
        return event
    return replace(event, facility=replace(hit, value={**hit.value, "ward": True}))


def _away(doc: Doc, event: Event) -> Event:
    """An attack on people told away from their facility ("shot on his way to the X hospital", "a nurse of
    the X clinic killed at a checkpoint", "abducted from his home") has no facility: one the act is not
    done to (no act word right before it: "stormed the X hospital") is only their workplace or destination."""
    hit = event.facility
    if hit is None or hit.value.get("facility_type") in _MOVING or not _cues(event.sentence, "away"):
        return event  # a vehicle is attacked on the road
    if not any("group" in t.value for t in event.targets):
        return event
    if any(
        t.set != "casualties" and t.end <= hit.start and _AWAY_GAP.fullmatch(doc.text[t.end : hit.start])
        for t in event.triggers
    ):
        return event
    return replace(event, facility=None)


def _own_day(doc: Doc, event: Event, span: tuple[int, int]) -> Event:
    """One of several facilities told in a sentence of several days takes a day told in its own part of the
    sentence, the one nearest its attack word ("attacked a clinic in A on Monday and, on Wednesday, torched
    another in B"; "an ambulance was shot at in A on 1 June and another was shelled in B on 3 June")."""
    s = event.sentence
    earlier = [m.end() for m in _EARLIER.finditer(doc.text, s.start, s.end)]  # "that had been hit in April"
    days = [
        d
        for d in _sentence_dates(doc, s)
        if not (_dateline(doc, d) or _reported(doc, d) or any(0 <= d.start - e <= _CLAUSE_CHARS for e in earlier))
    ]
    if len({d.value for d in days}) < 2 or not event.triggers or event.facility is None:
        return event
    facility = event.facility
    word = min(event.triggers, key=lambda t: min(abs(t.start - facility.end), abs(facility.start - t.end)))
    own = [d for d in days if span[0] <= d.start < span[1]] or days
    day = min(own, key=lambda d: min(abs(d.start - word.end), abs(word.start - d.end)))
    return replace(event, date=day, told=False)


def _each(doc: Doc, event: Event, n: int) -> dict[str, Any]:
    """The counts of one of ``n`` facilities told together: people told as "both"/"each" of them, as many
    as the facilities, are one per facility ("two ambulances ... leaving both drivers injured")."""
    text = doc.text[event.sentence.start : event.sentence.end]
    if not _BOTH.search(text):
        return event.counts
    return {k: 1 if k in _COUNT_FIELDS and v == n else v for k, v in event.counts.items()}


def _each_place(doc: Doc, event: Event) -> list[Event]:
    """One event per place when a sentence tells separate attacks (without a facility named apart) and it or
    the next sentence lists where ("... in separate attacks. The attacks took place in A, B and C"); the
    total is not any one's."""
    s = event.sentence
    match = _SEPARATE.search(doc.text, s.start, s.end)
    if match is None or event.facility is not None:  # facilities are told apart by _split_by_facility
        return [event]
    places = [
        Span(p.start, p.end, p.text, "geo.place") for p in s.places if p.kind == "place" and p.start > match.end()
    ]
    following = doc.sentences[s.index + 1] if s.index + 1 < len(doc.sentences) else None
    if len(places) < 2 and following is not None and following.paragraph in (s.paragraph, s.paragraph + 1):
        told = doc.text[following.start : following.end]
        if _TOOK_PLACE.search(told):
            places = [
                Span(following.start + m.start(), following.start + m.end(), m.group(), "geo.place")
                for m in _TOWN.finditer(told)
                if _PLACE_BEFORE.search(told[max(0, m.start() - 40) : m.start()])
            ]
    places = [p for i, p in enumerate(places) if all(_elsewhere({p.text}, {q.text}) for q in places[:i])]  # once
    if len(places) < 2:
        return [event]
    return [replace(event, place=p, counts={}) for p in places]


def _earlier_in_days(doc: Doc, groups: list[Group]) -> list[Group]:
    """The earlier attacks an incident is told to follow within days ("the third attack on the hospital in as
    many days", "the second strike this week"): background incidents of the same facility, in its month, but
    for those the report tells as incidents of their own."""
    out = []
    now = doc.reference.isoformat() if doc.reference else None
    for g in [g for g in groups if not g.background and g.facility_type]:
        # an incident dated by its month only ("this week") is counted up to the report's day in that month
        day = g.date.value if g.date is not None else now
        if now and g.date is not None and g.date.precision != "day" and now.startswith(day):
            day = now
        counted = [
            (_ORDINALS[m.group(1).lower()], e, m)
            for e in g.events
            for m in _NTH_IN_DAYS.finditer(doc.text, e.sentence.start, e.sentence.end)
        ]
        if day is None or not counted:
            continue
        n, event, m = max(counted, key=lambda c: c[0])
        # "fired upon for the second time in three days", both told; "the second strike on city clinics this week",
        # the clinics' told: of the facility the count names, else of the incident's
        named = {h.value.get("facility_type") for h in event.targets if m.start() < h.start < m.end()} - {None}
        n -= len(_told_before(g, day, groups, named or {g.facility_type}))
        month = DateMention(m.start(), m.end(), m.group(), day[:7], "month", "date.earlier_in_days", True, None)
        earlier = replace(event, triggers=[], date=month, told=False, background=True, counts={})
        out += [
            Group([earlier], month, g.facility_type, list(g.names), background=True, places=set(g.places))
            for _ in range(n - 1)
        ]
    return out


def _told_before(g: Group, day: str, groups: list[Group], kinds: set[str | None]) -> list[Group]:
    """The incidents the report tells of ``g``'s facility (a type of ``kinds``, names agreeing) on a day before
    ``day``, current or background: earlier attacks told in their own sentences, not to be counted again."""
    return [
        h
        for h in groups
        if h is not g
        and h.facility_type in kinds
        and _names_agree(h.names, g.names)
        and h.date is not None
        and h.date.value < day
    ]


def _earlier_clauses(doc: Doc, events: list[Event]) -> list[Event]:
    """Earlier attacks told in a relative clause of the facility they hit ("al Rahma hospital, a facility that
    had already been attacked in April 2017"): a background event of that facility, dated by the clause."""
    s = events[0].sentence
    dates = [d for d in _sentence_dates(doc, s) if not _reported(doc, d)]
    out = []
    for match in _EARLIER.finditer(doc.text, s.start, s.end):
        day = next((d for d in dates if 0 <= d.start - match.end() <= _CLAUSE_CHARS), None)
        owners = [e for e in events if e.facility is None or e.facility.start < match.start()]
        if day is None or not owners:
            continue
        owner = max(owners, key=lambda e: e.facility.start if e.facility else -1)
        words = [t for t in s.get("attacks") if match.start() <= t.start < match.end()]
        out.append(replace(owner, triggers=words, date=day, told=False, background=True, counts={}))
    return out


def _each_day(doc: Doc, event: Event) -> list[Event]:
    """One event per day when a sentence tells attacks (plural) on several days listed together ("the attacks
    on 27 and 28 June"): strikes on different days are different incidents; the total is not any one's."""
    days = [
        d
        for d in _sentence_dates(doc, event.sentence)
        if d.precision == "day" and not _reported(doc, d) and d.rule != "date.day_before_after"  # ", a day after"
    ]
    days = [d for i, d in enumerate(days) if d.value not in {x.value for x in days[:i]}]
    plural = any(t.set == "attacks" and t.text.lower().endswith("s") for t in event.triggers)
    if len(days) < 2 or not plural or event.told:
        return [event]
    listed = all(_DAY_LIST.fullmatch(doc.text[a.end : b.start]) for a, b in itertools.pairwise(days))
    return [replace(event, date=d, counts={}) for d in days] if listed else [event]


def _refers_back(doc: Doc, event: Event) -> bool:
    """Whether the event's only attack words point back to the act told before ("One doctor was also wounded
    in the attack, which ... in May 2012", "a photo of the hospital after the attack")."""
    s = event.sentence
    # "in the attack on the X clinic": an attack told with its own target is not a back-reference
    # ... but an act told by its rank is one told before, whatever target it names ("the second strike on the X")
    back = [
        m.span()
        for m in _BACK.finditer(doc.text, s.start, s.end)
        if not _QUALIFIED.match(doc.text, m.end()) or _RANKED.match(m.group())
    ]
    words = [t for t in event.triggers if t.set == "attacks"]
    return bool(back) and all(any(a <= t.start and t.end <= b for a, b in back) for t in words)


#: A toll told as risen ("the toll had risen to nine", "le bilan s'est alourdi à", "el saldo ascendió a").
_TOLL_ROSE = re.compile(
    r"\b(?:(?:toll|number\s+of\s+(?:dead|deaths|killed|wounded|injured)|bilan|saldo|balance)\s+(?:has\s+|had\s+)?"
    r"(?:risen|rose|climbed|increased|reached|s['’]est\s+alourdi|est\s+pass[ée]|ascendi[óo]|subi[óo]|aument[óo])|"
    # ... or told as it now stands ("UPDATE: toll now 4 dead", "the death toll now stands at 12")
    r"toll\s+(?:is\s+)?now|"
    # ... or told final or revised ("the final figure was six injured", "le bilan définitif")
    r"(?:final|revised|updated|definitive)\s+(?:figure|toll|count|tally)|bilan\s+(?:définitif|final)|"
    r"(?:cifra|saldo|balance)\s+(?:final|definitiv[oa]))\b",
    re.IGNORECASE,
)
#: Sentences after the incident told last within which a toll told risen or final is still its own.
_TOLL_SENTENCES = 4


def _aftermath(doc: Doc, event: Event, current: list[Group]) -> Group | None:
    """The incident whose toll an event tells, if any: the incident told last, when the event comes right after it,
    dated to a later day, telling only casualties, with no facility (but where the toll is told risen) and no town
    of its own ("Two of the wounded died on Tuesday.", "On Thursday the director said the toll had risen to nine
    after a patient died at the regional hospital", "Ils sont repartis avec deux infirmières, toujours disparues ce
    mercredi."); the incident of the event's town, however far before, when the toll is told risen there ("UPDATE
    KANBALU: toll now 4 dead" after entries on other towns)."""
    latest = max(current, key=lambda g: g.last)
    rose = _TOLL_ROSE.search(doc.text, event.sentence.start, event.sentence.end) is not None
    here = _settlements(event)
    named = [g for g in current if g.places and not _elsewhere(here, g.places)] if rose and here else []
    if named:
        latest = max(named, key=lambda g: g.last)
    toll = (
        event.date is not None
        and latest.date is not None
        and event.date.precision == "day"
        and event.date.value > latest.date.value
        and (event.facility is None or rose)
        and _outcomes_only(event)
        and 0 < event.sentence.index - latest.last <= (len(doc.sentences) if named else _TOLL_SENTENCES if rose else 2)
        and not _elsewhere(here, latest.places)
    )
    return latest if toll else None


def _pluperfect_only(sentence: Sentence) -> bool:
    """Whether a sentence is told earlier only by its tense ("had been smashed"), not by a word that places
    the act before another ("earlier", "last month", "previously")."""
    cues = _cues(sentence, "background")
    return bool(cues) and all(h.value.get("tense") for h in cues)


def _caption(doc: Doc, sentence: Sentence) -> bool:
    """Whether a sentence describes a photo: "is seen", "people look at ...", "A photo of ...", or a photo credit
    right after."""
    line_end = doc.text.find("\n", sentence.end)
    return bool(
        _PICTURED.search(doc.text, sentence.start, sentence.end)
        or _PICTURE_OF.match(doc.text, sentence.start)
        or _CREDIT.match(doc.text, sentence.end, line_end if line_end >= 0 else len(doc.text))
    )


#: Before "whether" or "if", a question asked, not a supposition ("demanded to know whether", "asked if").
_ASKED = re.compile(
    r"\b(?:know|asked|asking|ask|wondered|check|checked|find out|see|demandé|demandaient|preguntaron|preguntó)\s+$",
    re.IGNORECASE,
)


#: A call opening on an imperative, after a list's bullet ("- release health workers detained", "stop attacks on",
#: "libérez", "liberen"), not a noun ("Release of the report").
_IMPERATIVE = re.compile(
    r"[\s\-–—•*·]*(?:\d+[.)]\s*)?(?:release|stop|cease|halt|withdraw|investigate|ensure|protect|respect|refrain|"
    r"prosecute|punish|libérez|libérer|cessez|cesser|protégez|protéger|respectez|liberen|liberar|cesen|cesar|"
    r"protejan|respeten)\s+(?!(?:of|by|was|were|is|are|has|had|de|du|des|fue|fueron)\b)",
    re.IGNORECASE,
)


#: The words of a condition, and how far after a threat word one is the threat's own ("threatened them with death if
#: they came back", "les ont menacés de mort s'ils revenaient", "los amenazaron si volvían").
_IF_WORDS = frozenset(["if", "unless", "si", "s'il", "s'ils", "s’il", "s’ils", "a menos que", "à moins que"])
_THREAT_IF_CHARS = 120


#: A report saying in so many words that what it tells is no attack on health care ("we record his death among the
#: civilian casualties, not as an attack on health care", "Ce qui n'était pas une attaque contre les soins").
_NOT_HEALTH_CARE = re.compile(
    r"\bnot\s+(?:as\s+)?an?\s+attacks?\s+on\s+(?:health\s*care|health|medical\s+care)\b|"
    r"\bn['’](?:était|est)\s+pas\s+une\s+attaque\s+contre\s+(?:les\s+soins|la\s+santé)\b|"
    r"\bpas\s+comme\s+une\s+attaque\s+contre\s+(?:les\s+soins|la\s+santé)\b|"
    r"\bno\s+(?:fue|es|era|como)\s+un\s+ataque\s+contra\s+la\s+(?:atención|asistencia)\s+(?:sanitaria|médica)\b|"
    # "لا نعدّ هذا الحادث اعتداءً على المستشفى" (we do not count this incident an attack on the hospital)
    r"(?:لا|لم|ليس|ليست)\s+(?:\S+\s+){0,3}?(?:اعتداء|اعتداءً|هجوما|هجوماً)\s+على\s+(?:ال)?(?:مستشفى|رعاية|منشأة|مركز)",
    re.IGNORECASE,
)


def _disowned(doc: Doc) -> set[int]:
    """The paragraphs that say what they tell is no attack on health care."""
    return {s.paragraph for s in doc.sentences if _NOT_HEALTH_CARE.search(doc.text, s.start, s.end)}


def _supposed(doc: Doc, sentence: Sentence) -> bool:
    """Whether ``sentence`` appeals or supposes ("we call on", "if they bombed the hospital", a call opening on an
    imperative: "- release health workers detained for their work"), not when its "if" or "whether" only asks a
    question ("the men demanded to know whether a wounded man had been brought in")."""
    threats = [t.end for t in sentence.get("attacks") if t.value.get("attack_type") == "threat"]
    return bool(_IMPERATIVE.match(doc.text, sentence.start, sentence.end)) or any(
        not (h.text.lower() in ("if", "whether", "si") and _ASKED.search(doc.text[max(0, h.start - 30) : h.start]))
        # "threatened to kill the staff if they treated soldiers": the threat's condition, the threat made
        and not (h.text.lower() in _IF_WORDS and any(0 < h.start - end <= _THREAT_IF_CHARS for end in threats))
        # "returning from a call on the northern outskirts": an ambulance's call, no appeal
        and not (h.text.lower().startswith("call") and _THE_BEFORE.search(doc.text, max(0, h.start - 6), h.start))
        for h in _cues(sentence, "hypothetical")
    )


#: What an earlier version of a report said, as a correction tells it ("An earlier version of this story said", "The
#: June roundup gave 29 June as the date",
#: "incorrectly reported", "une version précédente de cet article indiquait", "una versión anterior ... informó").
_RETRACTED = re.compile(
    r"\b(?:earlier|previous|initial|original)\s+versions?\s+of\s+(?:this|the)\s+\w+\s+(?:said|stated|reported|"
    r"gave|misstated|incorrectly|wrongly)|\b(?:roundup|round-up|bulletin|update|edition|digest|sitrep)\s+(?:gave|"
    r"listed|stated|reported)\s+[^.;]{0,30}?\bas\s+the\s+(?:date|day|place|location|toll)\b|\b(?:incorrectly|wrongly|erroneously|mistakenly)\s+(?:said|stated|"
    r"reported|described|identified)|\b(?:version\s+(?:précédente|antérieure)|précédente\s+version)\s+de\s+(?:cet|cette|"
    r"ce)\s+\w+\s+(?:indiquait|affirmait|rapportait|disait)|\bversión\s+(?:anterior|previa)\s+de\s+(?:esta|este)\s+"
    r"\w+\s+(?:indicaba|afirmaba|informaba|decía|señalaba)",
    re.IGNORECASE,
)


def _retold(doc: Doc, event: Event) -> bool | None:
    """For ``event`` told as what an earlier version of the report said, when the correction tells it again, dated,
    later in its paragraph: whether it tells the act again (True: the retraction is dropped) or only its day or toll
    (False: the retraction keeps the act, undated); None when ``event`` is no retraction, or the retraction alone
    tells the act ("wrongly said six patients were killed in the airstrike on the hospital on 16 February")."""
    s = event.sentence
    if _RETRACTED.search(doc.text, s.start, s.end) is None:
        return None
    later = [e for e in doc.events if e.sentence.paragraph == s.paragraph and e.sentence.index > s.index]
    dated = [e for e in later if e.date is not None]
    if not dated:
        return None
    return any(t.set == "attacks" and "weapon" not in t.value for e in dated for t in e.triggers)


def group(doc: Doc) -> Doc:
    """Component: events grouped into incidents (``doc.incidents``)."""
    groups: list[Group] = []
    captions: list[Event] = []
    titles: list[Event] = []
    # "had been" tells an act earlier than the one a report is about; a report that dates no act (an
    # assessment: "equipment had been smashed") keeps such undated acts as its own
    dated = any(e.date is not None and not e.background for e in doc.events)
    headline = _headline(doc)
    told_first: list[Group] = []  # the incidents the headline founds, before the body tells them
    by_sentence: dict[int, Group] = {}  # the incident each sentence's event went to
    summary = _summary_sentences(doc) if len(doc.events) > 1 else set()
    # a section under a summary's heading ("Highlights"), not a case file's "Summary:" field, which may be all it tells
    headed = _summary_sentences(doc, inline=False) if summary else set()
    # a report of a trial or a sentence, which dates no act of its own days, is about the earlier act it dates: its
    # undated acts are that act's ("Court jails three men for attack on clinic ... The men broke into the centre on 4
    # June 2026 ... One of the nurses was shot")
    trial = not dated and any(_cues(s, "proceeding") for s in doc.sentences[:_TRIAL_HEAD])
    drill = any(_cues(s, "scenario") for s in doc.sentences[:_DRILL_HEAD])
    # ... or a digest's paragraph on a drill ("KARBALA – The health directorate held a mass-casualty exercise ...")
    drills = {s.paragraph for s in doc.sentences if _cues(s, "scenario")}
    disowned = _disowned(doc)
    # a headline whose clauses tell acts apart ("Maternity hospital shelled in A; ambulance hit by drone near B") sums
    # up what the body tells: its clauses come last, each to join the body's incident it tells
    summing = [e for e in doc.events if e.sentence is headline and len(_split_by_clause(doc, e)) > 1]
    for base in [e for e in doc.events if e not in summing] + summing:
        means = any(t.value.get("strength") == "strong" and not t.value.get("ambiguous") for t in base.triggers)
        if _supposed(doc, base.sentence) and (base.date is None or not means):
            continue  # an appeal or a supposition ("if they bombed the hospital, it would be...")
        if base.sentence.paragraph in disowned:
            continue  # "we record his death among the civilian casualties, not as an attack on health care"
        retold = _retold(doc, base)
        if retold is not None:
            if retold:  # "An earlier version of this story said the attack took place on Tuesday ... The attack
                continue  # took place on Monday night, and three health workers were abducted": told again
            base = replace(base, date=None, told=False)  # "... The incident took place on 28 June": its day only
        if _cues(base.sentence, "scenario") or ((drill or base.sentence.paragraph in drills) and _outcomes_only(base)):
            # an exercise's scenario ("worked on scenarios: an ambulance stopped at a checkpoint ..."), and in the
            # report of a drill, harm told without an act ("« 25 blessés, dont 6 graves, en route vers l'hôpital »")
            continue
        if _denied_claim(doc, base):
            continue
        # "2025 in review and a new strike on the hospital": the headline's year is the review's, the body dates the act
        yearly = base.date is not None and base.date.precision == "year" and not base.background
        if base.sentence is headline and yearly:
            base = replace(base, date=None)
        split = [e for part in _split_by_clause(doc, base) for e in _split_by_facility(doc, part)]
        split = [e for one in split for e in _each_place(doc, one)] if len(split) == 1 else split
        split += _earlier_clauses(doc, split)
        split = [_part_of(doc, _away(doc, e)) for e in split]
        for event in (day for one in split for day in _each_day(doc, one)):
            if _caption(doc, event.sentence):
                captions.append(event)
                continue
            if event.date is None and event.sentence is not headline and _title(doc, event.sentence):
                titles.append(event)  # a section's title tells the act its section tells
                continue
            if event.date is None and event.together is not None:  # the day they were hit together
                together = event.together
                event = replace(event, date=together.date, told=together.told, background=together.background)
            current = [g for g in groups if not g.background]
            latest = max(current, key=lambda g: g.last) if current else None
            toll_of = _aftermath(doc, event, current) if current else None
            if toll_of is not None:  # "Two of the wounded died on Tuesday.": the act told last
                event = replace(event, date=None, told=False)
            # an undated sentence after an earlier act's, in its paragraph, telling harm or damage and no act of
            # its own, goes on telling it ("A year ago today, a missile struck the hospital. Nine people were
            # killed.")
            before = _last_in_paragraph(doc, event, by_sentence)
            continued = (
                event.date is None
                and before is not None
                and all(t.set != "attacks" for t in event.triggers)
                and before.background
            )
            if continued:
                fitting = [before]
            elif groups and _refers_back(doc, event):  # "the attack" is the one told last: its day is not this
                # sentence's other dates; the last current one, else the last told ("after the strike" a year ago)
                # ... or the one of the facility it names ("Al-Mahabba Hospital's emergency room reopened ... after
                # the attack")
                named = [g for g in current or groups if _proper_alike(_named(doc, event), g.names)]
                # ... else the one of its kind of facility in its town ("The grenade attack on the Datu Piang RHU")
                named = named or [
                    g
                    for g in current or groups
                    if event.facility is not None
                    and g.facility_type == event.facility.value.get("facility_type")
                    and g.places
                    and not _elsewhere(_settlements(event), g.places)
                    and _settlements(event)
                ]
                told = max(named or current or groups, key=lambda g: g.last)
                event = replace(event, date=None, told=False, background=told.background)
                fitting = [told]
                continued = True
            elif toll_of is not None and toll_of is not latest:
                fitting = [toll_of]  # "UPDATE KANBALU: toll now 4 dead": the act told in that town
            else:
                fitting = [g for g in groups if _fits(g, event, doc)]
                if event.sentence.index not in summary:
                    # a dated act of the body is not one a summary section told (the summary is dropped later); an
                    # undated one goes on with the body's acts, else retells the summary's
                    body = [g for g in fitting if not _summary_only(g, headed)]
                    fitting = body if body or event.date is not None else fitting
            if (
                not continued
                and event.date is None
                and latest is not None
                and _told_again(doc, event, latest)
                and not any(_told_again(doc, event, g) for g in fitting)
            ):
                fitting = [latest]  # "The ambulance was completely burnt.": the one the last incident told of
            if (
                not fitting
                and event.date is not None
                and _APPEAL.search(doc.text, event.sentence.start, event.sentence.end)
            ):
                # an appeal names again an act told before ("We call on them to vacate the X clinic and to release
                # the nurse abducted on 12 March"): the act of that day, whatever else the appeal names
                fitting = [g for g in current if g.date is not None and g.date.value == event.date.value]
                if fitting:  # ... and what else it names is no target of that act
                    event = replace(event, facility=None, facility_name=None, place=None)
            if not continued and event.background and (event.date is None or event.date.precision == "year"):
                if dated or not _pluperfect_only(event.sentence):
                    continue
                event = replace(event, background=False)
            if event.date is None and not fitting and groups and _outcomes_only(event):
                # casualties told without an attack or a date ("both drivers suffered severe injuries and are
                # receiving hospital treatment") are the latest incident's, whatever facility they name
                current = [g for g in groups if not g.background]
                current = [g for g in current if not _summary_only(g, summary)] or current
                fitting = [max(current, key=lambda g: g.last)] if current else []
            past = [g for g in groups if g.background and g.date is not None] if trial and event.date is None else []
            if past:
                fitting = [max(past, key=lambda g: g.last)]
                event = replace(event, background=True)
            # of several incidents it fits, the one of the facility it names, else of its town (a month fits every
            # day in it: "The grenade attack on the Datu Piang RHU follows the pattern"), else (undated) of its
            # weapon, else the last told
            here = _settlements(event) if len(fitting) > 1 else set()
            local = [g for g in fitting if here and g.places and not _elsewhere(here, g.places)]
            if event.date is None and fitting:
                name = _named(doc, event)
                named = [g for g in fitting if name and any(_same_name(name, n) for n in g.names)]
                weapons = {t.value.get("weapon") for t in event.triggers} - {None}
                same = [g for g in fitting if weapons & g.weapons]
                # ... after the act told before it in its paragraph ("A mobile clinic team was stopped by gunmen. The
                # gunmen fired at the cab, wounding a vaccinator."), before another act with the same weapon
                para = [before] if before is not None and before in fitting else []
                target = max(named or local or para or same or fitting, key=lambda g: g.last)
            elif fitting:
                target = max(local or fitting, key=lambda g: g.last)
            else:
                target = Group([], background=event.background)
                groups.append(target)
                if event.sentence is headline:
                    told_first.append(target)
            target.events.append(event)
            target.last = event.sentence.index
            by_sentence[event.sentence.index] = target
            if event.place or len(_settlements(event)) < 2:  # "strikes hit A, B and C": a summary places no act
                target.places |= _settlements(event)
            target.weapons.update(filter(None, map(_weapon, event.triggers)))
            # the day an act is told on, or a headline's ("this week"), gives way to the body's day of the act
            provisional = target.told or (
                headline is not None and target.date is not None and headline.start <= target.date.start < headline.end
            )
            # ... and a month ("this week", "in October") to a day in it
            refined = (
                target.date is not None
                and event.date is not None
                and target.date.precision == "month"
                and event.date.precision == "day"
                and event.date.value.startswith(target.date.value)
            )
            if target.date is None or ((provisional or refined) and event.date is not None and not event.told):
                target.date, target.told = event.date, event.told
            if (
                (event.facility and not target.facility_type)
                or (target.facility_type == "other" and event.facility)
                or (event.facility and not event.facility.value.get("ward") and _wards_only(target))
            ):
                target.facility_type = event.facility.value.get("facility_type")
            if event.facility_name:
                target.names.append(_named(doc, event))
    groups = _merge_undated(doc, _summarised(doc, _titled(groups, titles), summary))
    groups = _headline_told_again(groups, told_first)
    _attach_captions(groups, captions)
    groups += _earlier_in_days(doc, groups)
    _attach_support(doc, groups, summary)
    _attach_time(doc, groups)
    # the arrest of an act's suspects, told with no act of its own, is no incident ("arrested four men suspected of
    # planning an attack on the hospital")
    doc.incidents = [
        g
        for g in groups
        if (
            not any(_suspects_arrested(e, t) for e in g.events for t in e.triggers)
            or any(_acts(doc, e, t) for e in g.events for t in e.triggers)
        )
    ]
    if _debunked(doc) or _NO_INCIDENTS.search(doc.text, 0, _DEBUNK_LEAD):
        doc.incidents = []  # "Health officials dismiss as false claims that soldiers took over a health centre"
    return doc


#: A dismissal of claims or reports ("dismissed as false claims", "categorically denies the reports", "desmiente
#: los rumores", "dément les informations") ...
_DISMISSED = re.compile(
    r"\b(?:dismiss(?:es|ed)?|den(?:y|ies|ied)|refut(?:es|ed)?|reject(?:s|ed)?|debunk(?:s|ed)?|desmient[ea]n?|"
    r"desminti[óo]|dément(?:ent)?|démenti|rejett?e(?:nt)?)\b[^.!?\n]{0,60}?\b(?:claims?|reports?|rumou?rs?|"
    r"allegations?|posts?|news|informations?|rumeurs?|allégations?|rumores|informaciones|versiones)\b",
    re.IGNORECASE,
)
#: ... as false ("false", "fake news", "rumours", "a clarification", "faux", "falsas", "bulo").
_FALSE = re.compile(
    r"\b(?:false|fake|untrue|baseless|unfounded|fabricated|rumou?rs?|clarification|faux|fausses?|infondée?s?|"
    r"rumeurs?|falsos?|falsas?|infundad[oa]s?|bulos?|rumores|mise\s+au\s+point|aclaración|fact[ -]check|"
    # posts and fakes in Ukrainian and Russian ("численними повідомленнями в соцмережах", "фейк")
    r"соцмереж\w*|соцсет\w*|фейк\w*|неправдив\w*|неперевірен\w*|непроверенн\w*|слух\w*|чутк\w*|опроверг\w*|"
    r"спростув\w*)\b",
    re.IGNORECASE,
)
#: A facility told not attacked at all ("The city hospital was not struck on 8 June", "L'hôpital n'a fait l'objet
#: d'aucune attaque", "el hospital no fue atacado").
_NOT_ATTACKED = re.compile(
    r"\b(?:was|were|has|have|had)\s+not\s+(?:been\s+)?(?:struck|hit|attacked|targeted|bombed|shelled|raided)\b|"
    r"\b(?:nobody|no\s+one)\s+attacked\s+(?:the|our|this|its)\b|"
    r"\bn['’](?:a|ont|avait)\s+(?:pas\s+été\s+(?:touchée?s?|frappée?s?|visée?s?|attaquée?s?|bombardée?s?)|"
    r"fait\s+l['’]objet\s+d['’]aucune\s+attaque|été\s+la\s+cible\s+d['’]aucune\s+attaque)|"
    r"\bno\s+(?:fue|fueron|ha\s+sido|han\s+sido)\s+(?:atacad|alcanzad|bombardead|blanco)[oa]?s?\b|"
    # "caused by a faulty regulator, not by an attack", "no drone was detected in the area"
    r"\bnot\s+(?:by|from|due\s+to)\s+(?:an?\s+)?(?:attack|strike|drone|shell(?:ing)?|missile|bomb)\b|"
    r"\bno\s+(?:drone|missile|shell|munition|rocket)s?\s+(?:was|were|had\s+been)\s+(?:detected|found|recorded)\b|"
    # "there were no bullet marks on the vehicle, no one heard shots", "no shots were fired"
    r"\bno\s+(?:bullet|shrapnel|impact)\s+(?:marks|holes|impacts)\b|\b(?:no\s+one|nobody)\s+heard\s+(?:any\s+)?"
    r"(?:shots|gunfire|gunshots|an?\s+explosion)\b|\bno\s+shots?\s+(?:was|were|had\s+been)\s+fired\b|"
    # "наша лікарня не постраждала від учорашнього ракетного удару", "больница не была атакована"
    r"\bне\s+(?:постраждал[аио]?|постраждав|пострадал[аио]?)\s+(?:від|от)\b|"
    r"\bне\s+(?:була|був|було|была|был|было)\s+(?:атакован|уражен|обстрілян|обстрелян)[а-яёіїє]*|"
    # "В больницу ничего не попало", "у лікарню нічого не влучило" (nothing hit the hospital)
    r"\b(?:ничего|нічого)\s+не\s+(?:попало|влучило|потрапило)\b|"
    # "This is untrue:", "Це неправда", "C'est faux"
    r"\b(?:this|that)\s+is\s+(?:untrue|false|not\s+true)\b|\b(?:це|это)\s+(?:неправда|фейк|не\s+так)\b|"
    r"\bc['’]est\s+(?:faux|inexact)\b|\b(?:esto|eso)\s+es\s+(?:falso|inexacto)\b|\b(?:this|that|it)\s+is\s+"
    r"(?:inaccurate|incorrect)\b|"
    # "لم يتعرّض لأي ضرر" (it suffered no damage)
    r"لم\s+(?:يتعرّض|يتعرض|تتعرّض|تتعرض)\s+(?:لأي|لاي)\s+(?:ضرر|أضرار|اعتداء|قصف)|"
    # "Nothing else happened", "Rien d'autre ne s'est passé", "No pasó nada más"
    r"\bnothing\s+(?:else\s+)?happened\b|\brien\s+(?:d['’]autre\s+)?ne\s+s['’]est\s+passé\b|\bno\s+pasó\s+nada\b|"
    # "It was a road accident", "Fue un accidente de tránsito", "C'était un accident", "Foi um acidente"
    r"\b(?:(?:it|this|that)\s+was|fue|c['’]était|c['’]est|foi)\s+(?:just\s+|simplemente\s+|simplement\s+)?"
    r"(?:an?|un|una|um)\s+(?:(?:road|traffic)\s+)?(?:accident|accidente|acidente)\b|"
    # "No hay un solo impacto de bala en el vehículo", "there is not a single bullet hole"
    r"\bno\s+hay\s+(?:un\s+solo|ningún)\s+impacto\b|"
    # "It was not.", answering what people call it
    r"\b(?:it|this)\s+was\s+not\s*[.!](?!\w)|"
    # "There was no attack", "No hubo ningún ataque", "Il n'y a eu aucune attaque"
    r"\bthere\s+(?:was|had\s+been)\s+no\s+(?:attack|strike)\b|\bno\s+(?:hubo|ha\s+habido)\s+(?:ningún\s+)?"
    r"(?:ataque|atentado)\b|\bn['’]y\s+a\s+(?:eu\s+)?(?:aucune|pas\s+eu\s+d['’]|pas\s+d['’])\s*attaque\b|"
    # "an electrical accident and not an attack", "un accident électrique et non une attaque"
    r"\b(?:and|et|y)\s+(?:not|non|no)\s+(?:d['’]|de\s+)?(?:an?\s+|une\s+|un\s+)?(?:attack|strike|attaque|frappe|"
    r"ataque|atentado)\b|"
    # the posts denied by those they name ("La direction de l'hôpital ... les ont démentis publiquement")
    r"\b(?:les|l['’])\s*(?:a|ont|avait|avaient)\s+(?:\w+\s+)?(?:démentie?s?|niée?s?)\b|"
    r"\blos?\s+(?:desmintió|desmintieron|negó|negaron)\b|\b(?:denied|dismissed)\s+(?:them|the\s+(?:claims?|posts?))\b|"
    # a correction's "the shell in fact landed in a field near the town"
    r"\b(?:in\s+fact|actually|en\s+réalité|en\s+realidad)\s+(?:landed|fell|exploded|est\s+tombée?|cayó)\b",
    re.IGNORECASE,
)
#: Claims spread by posts or messages ("social media accounts claimed that", "des messages ont affirmé que", "posts
#: say it shows").
_CLAIMED = re.compile(
    r"\b(?:social\s+media|posts?|messages?|accounts|réseaux\s+sociaux|redes\s+sociales|publicaciones|mensajes)\b"
    r"[^.!?\n]{0,80}?(?:\b(?:claim(?:ed|s|ing)?|say|said|saying|spoke\s+of|speak\s+of|talked\s+of|affirm(?:é|ent|aient)|"
    r"évoqué|afirma(?:ron|n|ban)|asegura(?:ron|n|ba|ban)|atribu(?:ía|ían|yó|yeron)|hablaron\s+de|hablaban\s+de)\b|"
    r"\bparl(?:é|aient)\s+d['’])"
    # ... or what posts spread in Ukrainian and Russian ("у деяких пабліках поширюють повідомлення, що ...")
    r"|(?:паблік\w*|пабли\w*|соцмереж\w*|соцсет\w*|телеграм\w*)[^.!?\n]{0,80}?(?:поширю\w*|розповсюдж\w*|"
    r"распространя\w*|пишуть|пишут)"
    # ... or what Arabic social media circulated ("تداولت مواقع التواصل الاجتماعي ... خبراً عن")
    r"|(?:تداولت|تتداول|يتداول|تناقلت|نشرت)\s+(?:\S+\s+){0,3}?(?:مواقع|صفحات|وسائل|حسابات)\s+(?:ال)?تواصل"
    # ... or what media wrote ("Plusieurs médias ont écrit que « la clinique a été bombardée »")
    r"|\b(?:médias|media|medios|journaux|newspapers|outlets)\b[^.!?\n]{0,40}?\b(?:ont\s+écrit|ont\s+rapporté|wrote|"
    r"reported|escribieron|publicaron)\s+(?:que|that|qu['’])"
    # ... or what people call it ("People have been calling it an attack on our clinic")
    r"|\b(?:calling|called|call|calls)\s+it\s+an?\s+(?:attack|strike)"
    # ... or an act denied ("las autoridades desmienten un ataque contra un centro", "officials deny an attack on")
    r"|\b(?:deny|denies|denied|desmienten?|desmintieron|desmintió|dément(?:ent)?|démentent|démenti)\s+"
    r"(?:(?:reports?\s+of|informations?\s+sur)\s+)?(?:an?|the|un|une|el|la|l['’])\s*(?:\w+\s+)?"
    r"(?:attack|strike|ataque|atentado|attaque|frappe)"
    # ... or rumours ("Rumours spread quickly on local Telegram channels that the hospital had been hit")
    r"|\b(?:rumou?rs?|rumeurs?|rumores)\b[^.!?\n]{0,80}?(?:\bthat|\bque|\bqu['’])"
    # ... or what a publisher corrects ("a correction: yesterday we said a shell had hit the hospital")
    r"|\b(?:correction|rectificatif|corrección|fe\s+de\s+erratas)\b[^.!?\n]{0,40}?\b(?:we|nous|hemos)\s+"
    r"(?:said|reported|wrote|avons\s+(?:dit|écrit|annoncé)|dicho|informado)\b",
    re.IGNORECASE,
)
#: A denial of what posts spread, in the sentence telling it ("denying what some social media pages said about a
#: 'bombing targeting the hospital'", "démentant les rumeurs relayées sur les réseaux sociaux", "نافية ما تداولته
#: بعض صفحات التواصل الاجتماعي"): the act it tells is the claim.
_DENIED_POSTS = re.compile(
    r"\b(?:denying|denied|dismissing|rejecting|démentant|démenti|niant|negando|desmintiendo|desmintió|rechazando)\b"
    r"[^.!?\n]{0,60}?\b(?:social\s+media|posts?|rumou?rs?|réseaux\s+sociaux|rumeurs?|redes\s+sociales|rumores)\b"
    r"|(?:نافية|نافيا|نفت|نفى|تنفي|ينفي)[^.!?\n]{0,60}?(?:صفحات|مواقع|وسائل)\s+(?:ال)?تواصل",
    re.IGNORECASE,
)
#: A claim's verb and its falsehood ("are false", "est fausse", "son falsas", "was baseless"), as
#: :data:`_REPORTED_FALSE` and :data:`_DECLARED_FALSE` read it.
_IS_FALSE = (
    r"\b(?:is|are|was|were|est|sont|était|es|son|era|fue|fueron)\s+(?:\w+\s+)?"
    r"(?:false|fake|untrue|baseless|unfounded|fausses?|faux|infondée?s?|falsas?|falsos?|infundad[oa]s?)\b"
)
#: Reports or posts of an act declared untrue (or withdrawn) in the sentence telling them ("Reports on social media of
#: a strike on the city hospital are false", "сообщения в соцсетях о «прилёте в горбольницу» не соответствуют
#: действительности", "les informations faisant état d'une frappe sur l'hôpital sont fausses"): the act they tell is
#: the claim.
_REPORTED_FALSE = re.compile(
    r"\b(?:reports?|claims?|posts?|messages|rumou?rs?|informations?|nouvelles|rumeurs?|allégations|información|"
    r"informaciones|noticias?|rumores|publicaciones|сообщени[яей]|повідомлен\w*|публікаці\w*|публикаци\w*|"
    rf"слух\w*|чутк\w*)\b[^.!?\n]{{0,160}}?(?:{_IS_FALSE}|"
    # ... or withdrawn by whoever made it ("A second claim, that a shell had also hit the maternity, was withdrawn")
    r"\b(?:was|were|has\s+been|have\s+been|a\s+été|ont\s+été|fue|fueron)\s+(?:later\s+|since\s+|ensuite\s+)?"
    r"(?:withdrawn|retracted|retirée?s?|retirad[oa]s?|rectificad[oa]s?)\b|"
    r"\bне\s+(?:соответствуют|соответствует|відповідають|відповідає)\s+(?:действительности|дійсності)|"
    r"\b(?:є|являются)\s+(?:фейк\w*|неправд\w*|ложн\w*))",
    re.IGNORECASE,
)
#: Before a dismissal, health authorities dismissing ("health officials dismiss", "The Nineveh Health Directorate
#: categorically denies", "le ministère de la Santé dément").
_HEALTH_DENIER = re.compile(
    r"\b(?:health|medical|directorate|hospital|clinic|santé|sanitaires?|hôpital|clinique|salud|sanitari[ao]s?|"
    r"clínica)\b[^.!?\n]{0,60}$",
    re.IGNORECASE,
)
#: A claim declared false in so many words ("this information is false", "CETTE INFORMATION EST FAUSSE", "la
#: noticia es falsa") ...
_DECLARED_FALSE = re.compile(
    r"\b(?:this|that|the|these|such|cette|cet|ces|cela|ceci|esta|esa|estas|esas|la|las)\s+(?:\w+\s+)?"
    r"(?:information|claims?|reports?|news|video|posts?|rumou?rs?|vidéo|nouvelles?|publications?|affirmations?|"
    rf"información|noticias?|publicación|versión|versiones)\s+{_IS_FALSE}",
    re.IGNORECASE,
)
#: ... and no facility told attacked ("no hospital or health centre was attacked", "aucun hôpital ni centre de santé
#: n'a été attaqué", "ningún hospital fue atacado").
_NONE_ATTACKED = re.compile(
    r"\b(?:no|aucune?|ningún|ninguna|ni)\s+(?:\w+\s+){0,6}?(?:was|were|has\s+been|have\s+been|n['’]a\s+été|"
    r"n['’]ont\s+été|fue|fueron|ha\s+sido|han\s+sido)\s+(?:\w+\s+)?(?:attacked|targeted|hit|stormed|abducted|"
    r"kidnapped|attaquée?s?|visée?s?|enlevée?s?|atacad[oa]s?|secuestrad[oa]s?)\b",
    re.IGNORECASE,
)
#: A publisher withdrawing a report it could not verify, as its title says ("Retraction of an unverified report",
#: "Retiro de un reporte no verificado", "Retrait d'un signalement non vérifié", "We withdraw the report of").
_WITHDRAWN = re.compile(
    r"\b(?:retraction|withdrawal)\s+of\s+(?:an?\s+|the\s+|our\s+)?(?:unverified|unconfirmed|erroneous)\s+"
    r"(?:report|incident|alert)|\b(?:retiro|retirada)\s+de\s+(?:un|una|el|la)\s+(?:reporte|informe|alerta|"
    r"incidente)\s+no\s+(?:verificad|confirmad)[oa]|\bretrait\s+d['’]\s*(?:un|une)\s+(?:signalement|rapport|"
    r"alerte|incident)\s+non\s+(?:vérifié|confirmé)e?|\bwe\s+(?:have\s+)?(?:withdrawn|retracted|withdraw|retract)"
    r"\s+(?:the|this|our)\s+(?:report|alert)",
    re.IGNORECASE,
)
#: A note of figures saying so near its top ("It does not describe individual incidents", "ne décrit pas les
#: incidents individuels", "no describe incidentes individuales"): what it tells is aggregate.
_NO_INCIDENTS = re.compile(
    r"\b(?:does|do)\s+not\s+(?:describe|list|report|detail)\s+(?:individual|specific|single)\s+(?:incidents|attacks|"
    r"events)\b|\bne\s+(?:décrit|détaille|présente)\s+pas\s+(?:les\s+)?incidents\s+(?:individuels|particuliers)\b|"
    r"\bno\s+(?:describe|detalla|presenta)\s+(?:los\s+)?(?:incidentes|hechos)\s+(?:individuales|particulares)\b",
    re.IGNORECASE,
)
#: Characters from the top of a report in which a dismissal of claims makes the report a debunking, and in which a
#: facility told not attacked answers a claim its lead calls false.
_DEBUNK_LEAD = 700
_DENIAL_REACH = 2000
#: Paragraphs after a claim spread online in which a denial answers it.
_DENIAL_PARAGRAPHS = 2


def _denied_claim(doc: Doc, event: Event) -> bool:
    """Whether ``event`` is told only as a claim spread online ("des messages ont affirmé que l'hôpital avait été
    attaqué") that the report denies in its paragraph or the next ones ("L'hôpital n'a été la cible d'aucune
    attaque"), or as reports the sentence itself declares false ("Reports ... of a strike on the hospital are
    false"): no act. A denial of posts denies the acts told after it, not one told before it ("Four health workers
    abducted last week are alive, an official said, dismissing reports on social media that they had been killed")."""
    s = event.sentence
    if (denial := _DENIED_POSTS.search(doc.text, s.start, s.end)) and any(
        t.start >= denial.start() for t in event.triggers
    ):
        return True  # "... nafiyatan ma tadawalathu ba'd safahat al-tawasul 'an 'tafjir istahdaf al-mustashfa'"
    if (false := _REPORTED_FALSE.search(doc.text, s.start, s.end)) and all(
        false.start() <= t.start < false.end() for t in event.triggers
    ):
        return True  # "Reports on social media of a strike on the city hospital yesterday morning are false."
    if not _CLAIMED.search(doc.text, s.start, s.end):
        return False
    if _title(doc, s):  # a headline's claim ("authorities deny an attack on a treatment centre"): the whole report
        return bool(_NOT_ATTACKED.search(doc.text, s.end, s.end + _DENIAL_REACH))
    after = itertools.takewhile(lambda t: t.paragraph - s.paragraph <= _DENIAL_PARAGRAPHS, doc.sentences[s.index :])
    return any(_NOT_ATTACKED.search(doc.text, t.start, t.end) for t in after)


def _debunked(doc: Doc) -> bool:
    """Whether the report opens with health authorities dismissing claims of an attack as false ("Army, health
    officials dismiss claims soldiers 'took over' Bundibugyo health centre"; "The Nineveh Health Directorate
    categorically denies the reports ... rumours"), or declaring a claim false and no facility attacked ("This
    information is false. No hospital was attacked"), or a fact check or clarification telling the facility not
    attacked ("VERDICT: FALSE ... was not struck", "arson claims false ... Nobody attacked our hospital"): the acts it
    tells are the claims, no incident. An armed
    party's denial of an attack it is accused of ("The RSF deny the fabricated allegations") leaves the attack
    alleged."""
    lead = doc.text[:_DEBUNK_LEAD]
    if _WITHDRAWN.search(lead):
        return True  # "Retiro de un reporte no verificado": the publisher withdraws the attack it reported
    if _DECLARED_FALSE.search(lead) and _NONE_ATTACKED.search(lead):
        return True  # "CETTE INFORMATION EST FAUSSE. Aucun hôpital n'a été attaqué": whoever says it, nothing happened
    # "VERDICT: FALSE ... The city hospital was not struck", "MISE AU POINT ... n'a fait l'objet d'aucune attaque",
    # "arson claims false ... Nobody attacked our hospital": a fact check, a clarification
    if _FALSE.search(lead) and _NOT_ATTACKED.search(doc.text, 0, _DENIAL_REACH):
        return True
    return bool(_FALSE.search(lead)) and any(
        _HEALTH_DENIER.search(lead, max(0, m.start() - 80), m.start()) for m in _DISMISSED.finditer(lead)
    )


def _titled(groups: list[Group], titles: list[Event]) -> list[Group]:
    """``groups`` with each section title's event joined to the incident told first after it ("Occupation of the
    X hospital" over "On 3 June, soldiers entered the X hospital"); a title whose section tells none, or only an
    earlier act, stands as an undated incident of its own."""
    for event in titles:
        after = [(e.sentence.index, g) for g in groups for e in g.events if e.sentence.index > event.sentence.index]
        first = min(after, key=lambda pair: pair[0], default=None)
        if first is not None and not first[1].background:
            _add_event(first[1], event)
        else:
            groups.append(Group([event], last=event.sentence.index))
    return groups


#: Attack types told of one act in other words ("el bombardeo" over "proyectiles impactaron"): weapons of any kind.
_WEAPON_TYPES = frozenset({"heavy_weapons", "individual_weapons", "explosive_device", "chemical", "arson"})


def _acts_of(g: Group) -> set[str]:
    """The kinds of act the act words of an incident's events tell (the use of any weapon one kind)."""
    types = {t.value["attack_type"] for e in g.events for t in e.triggers if t.value.get("attack_type")}
    return {"weapons" if t in _WEAPON_TYPES else t for t in types}


def _merge_undated(doc: Doc, groups: list[Group]) -> list[Group]:
    """Undated groups (a headline, a caption, a restatement) joined to the first dated current incident
    with a facility of the same type, or to the first undated one when nothing is dated (unless it names
    another facility or town); when every dated incident is background, to the last of them told before."""
    kept: list[Group] = []
    dated = [g for g in groups if g.date is not None and not g.background]
    earlier = [g for g in groups if g.date is not None and g.background] if not dated else []
    for g in groups:
        if g.date is not None or g.background:
            kept.append(g)
            continue
        first = g.events[0].sentence.index
        result = _result_of(g, dated + kept, first)
        if result is not None:
            _join(result, g)
            continue
        # a report whose dated acts are all earlier ones (a verdict, a release) tells no act of its own: its
        # undated acts tell again the earlier one told last before them ("the nurses were taken across the border"),
        # a headline telling nothing the body tells undated, the first told after it ("Summary of findings: the
        # strike on the X clinic")
        told = [h for h in earlier if h.facility_type in (g.facility_type, None)]
        before = [h for h in told if h.events[0].sentence.index < first]
        # ... a headline only one of a kind it tells ("hombres armados convirtieron el puesto de salud en campamento"
        # over a body that dates only the looting of March: the occupation is the report's own act)
        acts = _acts_of(g)
        told = [h for h in told if not acts or not _acts_of(h) or acts & _acts_of(h)]
        if before or (told and all(e.sentence is _headline(doc) for e in g.events)):
            _join(before[-1] if before else told[0], g)
            continue
        if (
            len(dated) == 1
            and all(e.sentence is _headline(doc) for e in g.events)
            and _names_agree(g.names, dated[0].names)
            and not _elsewhere(g.places, dated[0].places)
        ):
            _join(dated[0], g)  # a headline over a body telling one act tells that act ("Nos apuntaron con fusiles")
            continue
        kinds = {g.facility_type, None} | {e.facility.value.get("held_by") for e in g.events if e.facility}
        same = [h for h in dated + kept if h is not g and not h.background and h.facility_type in kinds]
        if g.facility_type is None:
            same = [h for h in dated + kept if h is not g and not h.background]
        same = [h for h in same if not _other_side(doc, g.events, h.events) and not _posts_apart(doc, g, h)]
        # a report that dates nothing: facilities told apart by name or town stay apart; one that dates its
        # acts: a facility told by another name, or in another town as hit "also", after a dated incident
        # ("In A, the X hospital was also hit") is another incident, on that incident's day (towns alone do
        # not part: a restatement names the region, the district or the town)
        also = any(_ALSO.search(doc.text, e.sentence.start, e.sentence.end) for e in g.events)
        # ... and one told as another act ("In a separate incident", "Horas antes, en Mixco,") is one, on its day
        another = any(_ANOTHER_ACT.match(doc.text, e.sentence.start) for e in g.events)
        apart = [
            h
            for h in same
            if _names_agree(g.names, h.names)
            and (g.facility_type in _MOVING or not ((also or not dated) and _elsewhere(g.places, h.places)))
        ]
        if not dated:
            same = apart
        told_before = [h for h in dated + kept if not h.background and h.events[0].sentence.index < first]
        if _THEY.match(doc.text, g.events[0].sentence.start):  # "They looted the pharmacy.": in the same paragraph
            paragraph = g.events[0].sentence.paragraph  # or the one before
            told_before = [h for h in told_before if any(0 <= paragraph - e.sentence.paragraph <= 1 for e in h.events)]
        elif not THEY_BACK.match(doc.text, g.events[0].sentence.start):
            told_before = []
        if told_before:
            # "The attackers then set fire to the pharmacy": the act told just before goes on
            _join(
                max(told_before, key=lambda h: max(e.sentence.index for e in h.events if e.sentence.index < first)), g
            )
            continue
        capitals = also or another or any(c.isupper() for c in "".join(g.names))  # no names guessed in Arabic script
        before = [h for h in same if h.date and h.events[0].sentence.index < first] if capitals else []
        if dated and before and (not apart or another):
            g.date, g.told = before[-1].date, before[-1].told
            kept.append(g)
            continue
        # one of several facilities told apart by town ("hospitals in A, B and C") is not the others' incident
        listed = {e.place.text.casefold() for e in g.events if e.place and e.place.rule in _LISTED}
        same = [h for h in same if not _elsewhere(listed, h.places)]
        if same:
            _join(same[0], g)
        else:
            kept.append(g)
    return [g for g in groups if g in kept]


def _headline_told_again(groups: list[Group], told_first: list[Group]) -> list[Group]:
    """The one incident a headline tells, when the body tells an incident of a facility the headline names on a day
    it fits ("Guided bomb hits children's hospital, second strike on city clinics this week" over a body telling the
    hospital and the clinics): the headline tells that incident again, the first of them the body tells. Not a
    headline telling several incidents apart (by name or town): those are its own."""
    if len(told_first) != 1 or told_first[0] not in groups or told_first[0].background:
        return groups
    g = told_first[0]
    if len({e.sentence.index for e in g.events}) > 1:  # the body goes on with it
        return groups
    kinds = {t.value["facility_type"] for e in g.events for t in e.targets if "facility_type" in t.value}
    day = None if g.told else g.date
    told = [
        h
        for h in groups
        if h is not g and not h.background and (h.facility_type in kinds or not kinds) and _date_fits(day, h.date)
    ]
    if not told:
        return groups
    _join(min(told, key=lambda h: h.events[0].sentence.index), g)
    return [h for h in groups if h is not g]


#: A summary section's heading ("Key messages", "Highlights", "Points clés"), perhaps numbered ("1. KEY MESSAGES").
_SUMMARY_WORDS = (
    r"key\s+(?:messages?|points?|findings?|facts?|figures?|developments?)|highlights?|"
    r"(?:executive\s+)?summary|in\s+brief|at\s+a\s+glance|overview|main\s+points|points\s+cl[ée]s|"
    r"faits\s+saillants|points\s+saillants|r[ée]sum[ée]|en\s+bref|puntos\s+clave|resumen|aspectos\s+destacados|"
    r"puntos\s+destacados|destaques"
)
_SUMMARY_HEADING = re.compile(rf"\W*(?:\d+[.)]?\s*)?(?:{_SUMMARY_WORDS})\W*", re.IGNORECASE)
#: ... or opening its line, its text after it ("HIGHLIGHTS - ...", "Key messages: ...").
_SUMMARY_INLINE = re.compile(rf"(?:{_SUMMARY_WORDS})\s*[-–—:]\s+\S", re.IGNORECASE)
#: Most words of a section heading.
_HEADING_WORDS = 8
#: A section's number standing as a sentence of its own ("3.", "2.1").
_SECTION_NUMBER = re.compile(r"\d{1,2}(?:\.\d{1,2})*\.?")


def _summary_sentences(doc: Doc, inline: bool = True) -> set[int]:
    """The sentences of a summary section: after its heading, up to the next heading (a short line alone), or after
    its heading opening a line ("HIGHLIGHTS - ..."); with ``inline``, also after a summary's field label ("Summary:
    ...", which in a case file may be all the case tells)."""
    inside, labelled, found = False, False, set()  # labelled: the section opened on a label on its line
    for s in doc.sentences:
        line = doc.text[s.start : s.end].strip()
        # a heading's number may stand as a sentence of its own before it ("1." then "Points saillants"): a new
        # section begins
        if _SECTION_NUMBER.fullmatch(line):
            inside = False
        elif (_title(doc, s) or _heading(doc, s)) and len(line.split()) <= _HEADING_WORDS and line[:1].isalnum():
            inside, labelled = bool(_SUMMARY_HEADING.fullmatch(line)), False
        elif (
            (opened := _SUMMARY_INLINE.match(line))
            and (inline or ":" not in opened.group())
            and doc.text[s.start - 1 : s.start] in ("", "\n")
        ):
            inside = labelled = True  # "HIGHLIGHTS - Airstrikes and drones hit health facilities in ...": the heading
            found.add(s.index)  # on its line
        elif labelled and _FIELD.match(line) and doc.text[s.start - 1 : s.start] == "\n":
            inside = labelled = False  # "Summary: ... No injuries." then "Description: On 16/06/2026 ...": a field
        elif inside:
            found.add(s.index)
    return found


def _summary_only(g: Group, summary: set[int]) -> bool:
    """Whether every act of ``g`` is told in a summary section's sentences (``summary``)."""
    return bool(summary) and all(e.sentence.index in summary for e in g.events)


def _summarised(doc: Doc, groups: list[Group], summary: set[int]) -> list[Group]:
    """The incidents less those told only in a summary section ("Key messages: ... attacked the X hospital twice,
    looting its pharmacy on 9 March, then shelling it on 17 March"; "Two events marked the period: the attack on the
    Djugu health centre in February ...") that the body tells again on that day, or in that month, in that town or on
    a facility of that kind, current or background alike: a summary folds several acts into one sentence, which would
    lend the body's incident the other acts."""
    kept = []
    for g in groups:
        alone = _summary_only(g, summary)
        if alone and not g.background and g.date is None and len(groups) > 1:
            continue  # a summary's act told without a day ("Airstrikes hit health facilities in A and B"): the body's
        if alone and g.date is not None and g.date.precision in ("day", "month"):
            body = [
                h
                for h in groups
                if h is not g
                and h.background == g.background
                and h.date is not None
                and (
                    h.date.value == g.date.value
                    or (g.date.precision == "month" and h.date.value[:7] == g.date.value)
                    # a day the summary tells relative to no act ("confirmed eight days later"), in a town the
                    # body tells an act of the same kind in
                    or (g.date.relative and g.places and g.facility_type == h.facility_type)
                )
                and not _summary_only(h, summary)
                # in its town, or on a facility of its kind ("near Dangila" and "8 km from Dangila ... to Bahir Dar")
                and (not _elsewhere(g.places, h.places) or g.facility_type in (None, h.facility_type))
            ]
            if body:
                continue
        kept.append(g)
    return kept


def _result_of(g: Group, told: list[Group], first: int) -> Group | None:
    """The current incident whose act is told in the one or two sentences before an undated group that tells
    damage only, no act, in no other town ("An ambulance parked at the entrance was damaged.", "It reached the
    hospital with its windscreen shattered."): that damage is the act's result, not an act of its own."""
    # a fire word is both ("the pharmacy store burned"): told as a state after the act, it is its result
    damage = {(t.start, t.end) for e in g.events for t in e.triggers if t.set == "damage"}
    if any(t.set != "damage" and (t.start, t.end) not in damage for e in g.events for t in e.triggers):
        return None
    before = [
        h
        for h in told
        if not h.background
        and not _elsewhere(g.places, h.places)
        and any(0 < first - e.sentence.index <= 2 for e in h.events)
    ]
    return max(before, key=lambda h: max(e.sentence.index for e in h.events if e.sentence.index < first), default=None)


def _join(host: Group, g: Group) -> None:
    """Fold group ``g`` into ``host``: its events, names, places and, when ``host`` has none, facility type."""
    host.events = sorted(host.events + g.events, key=lambda e: e.sentence.index)
    host.names += g.names
    host.places |= g.places
    host.facility_type = host.facility_type or g.facility_type


def _attach_captions(groups: list[Group], captions: list[Event]) -> None:
    """Photo captions illustrate an incident the text tells: each joins the first current incident of its
    facility type (whatever the photo's date), and is dropped when there is none."""
    for event in captions:
        ftype = event.facility.value.get("facility_type") if event.facility else None
        same = [g for g in groups if not g.background and ftype in (g.facility_type, None)]
        if same:
            _add_event(same[0], event)


def _wards_only(g: Group) -> bool:
    """Whether the only facilities an incident's acts name are wards or rooms (its type is theirs until one names the
    facility they are in)."""
    return any(e.facility for e in g.events) and all(
        e.facility is None or e.facility.value.get("ward") for e in g.events
    )


def _add_event(g: Group, event: Event) -> None:
    """Add ``event`` to incident ``g``, whose events stay in the text's order."""
    g.events = sorted([*g.events, event], key=lambda e: e.sentence.index)


def _attach_support(doc: Doc, groups: list[Group], summary: set[int]) -> None:
    """Sentences without an attack that tell damage or closure of a facility support the nearest incident
    (the one before them, else the first) with a facility of the same type; a sentence right after an
    incident's sentence (or the one after) telling only casualties ("No one was hurt.", "Three died in the
    attack.") supports that incident; "No one was hurt." in a paragraph telling no act supports the one incident
    whose kind of facility the paragraph names ("The gunmen reached the clinic at noon. ... Nobody was hurt."), and a
    log row's toll field ("Killed: 0.") its row's. A summary section's sentences (``summary``) support none: they
    fold other acts together."""
    owner = {e.sentence.index: g for g in groups for e in g.events}
    for sentence in doc.sentences:
        if sentence.index in owner or sentence.index in summary:
            continue
        if _nobody_hurt(sentence) and _AMONG_THEM.search(doc.text, sentence.start, sentence.end):
            continue  # "No injuries were reported among the forces": nothing of the victims
        previous = (
            owner.get(sentence.index - 1)
            or owner.get(sentence.index - 2)
            or (
                (
                    _paragraph_act(doc, sentence, owner)
                    or _paragraph_facility(doc, sentence, groups)
                    or _only_act_before(sentence, groups)
                )
                if _nobody_hurt(sentence) or _nobody_opens(doc, sentence)
                else None
            )
            or (_paragraph_act(doc, sentence, owner) if _FIELD.match(doc.text, sentence.start) else None)
            or _toll_again(doc, sentence, groups)
        )
        # "24 civilians died in the attack.": a toll told after the act; a word that warns of an act ("when the
        # air-raid alert sounded") or an act told as the cause of the toll ("No one was hurt, because the staff had
        # fled the night before after shelling on the market") tells no act of its own
        told = min((c.end for c in sentence.get("casualties")), default=sentence.end)
        strong = [
            h
            for h in sentence.get("attacks")
            if h.value.get("strength") == "strong"
            and not _WARNING_AFTER.match(doc.text, h.end, sentence.end)
            and not (told <= h.start and _CAUSE.search(doc.text, told, h.start))
        ]
        if previous and sentence.get("casualties") and not strong:
            read_quantities(doc, sentence)
            if cumulative_toll(doc, sentence):
                continue  # "the toll of health workers killed since the start of the year rises to 17": many acts'
            previous.support.append(sentence)
            tally = count_sentence(doc, sentence)
            if tally.get("died_later") or not _toll(doc, sentence, previous):  # "One of the injured died on Tuesday"
                previous.counts.append(tally)
            if previous.date is None and not previous.background:  # "... at al-Salam Hospital in December"
                told = [d for d in _sentence_dates(doc, sentence) if not _dateline(doc, d) and not _reported(doc, d)]
                previous.date = told[0] if told else None
            continue
        if not sentence.get("damage"):
            continue
        types = {h.value.get("facility_type") for h in sentence.get("facilities")} - {None}
        if not types and _FIELD.match(doc.text, sentence.start) and (row := _paragraph_act(doc, sentence, owner)):
            row.support.append(sentence)  # a log row's "Service impact: Partially functional"
            continue
        fitting = [g for g in groups if not g.background and g.facility_type in types]
        if not fitting:
            continue
        # the facilities named again ("Since then, Hope Alive Pharmacy and Zion Chemists have remained closed"):
        # their incidents, wherever they were told
        names = [doc.text[slice(*n)] for f in damage.told_of(doc, sentence) if (n := facility_name(doc, f))]
        if named := [g for g in fitting if any(_proper_alike(name, g.names) for name in names)]:
            for g in named:
                g.support.append(sentence)
            continue
        if any(h.text.lower().endswith("s") for h in sentence.get("facilities")):  # "all three hospitals"
            if _more_than(doc, sentence, len(fitting)):  # "half of the country's 36 hospitals": a statistic
                continue
            for g in fitting:
                g.support.append(sentence)
            continue
        before = [g for g in fitting if g.events[0].sentence.index < sentence.index]
        (before[-1] if before else fitting[0]).support.append(sentence)


#: A cause told after a toll ("No one was hurt, because ...", "personne n'a été blessé, car ...").
_CAUSE = re.compile(r"\b(?:because|as|since|car|parce\s+que|puisque|porque|ya\s+que|pois)\b", re.IGNORECASE)
#: A log row's field label at the start of a sentence ("Damage:", "Service impact:").
_FIELD = re.compile(r"[ \t]*[A-Z][\w ]{0,30}:")


#: Nobody hurt among those who did it ("No injuries were reported among the forces"): no word of the victims.
_AMONG_THEM = re.compile(
    r"\b(?:among|of|entre|parmi)\s+(?:the\s+|its\s+|their\s+|les\s+|los\s+|las\s+)?(?:\w+\s+)?(?:forces|troops|"
    r"soldiers|police|officers|attackers|assailants|gunmen|fighters|militants|agents|soldats|militaires|assaillants|"
    r"soldados|militares|agentes|atacantes)\b",
    re.IGNORECASE,
)


def _toll_again(doc: Doc, sentence: Sentence, groups: list[Group]) -> Group | None:
    """The current incident told before ``sentence`` whose toll it tells again, a few paragraphs on ("At least seven
    people were killed and 19 injured when a bomb exploded ... || Figures differed. The department put the toll at
    seven dead and 19 injured and said two of the dead were hospital employees."): the one whose act's sentence
    told the same number of dead and of wounded, when it told both."""
    if not {"killed", "injured"} <= {h.value["outcome"] for h in sentence.get("casualties")}:
        return None
    told = [
        g
        for g in reversed(groups)
        if not g.background
        and g.events[0].sentence.index < sentence.index
        and any(e.counts.get("killed") and e.counts.get("injured") for e in g.events)
    ]
    if not told:
        return None
    read_quantities(doc, sentence)
    tally = count_sentence(doc, sentence)
    return next(
        (
            g
            for g in told
            if any(
                e.counts.get("killed") == tally.get("killed") and e.counts.get("injured") == tally.get("injured")
                for e in g.events
            )
        ),
        None,
    )


def _only_act_before(sentence: Sentence, groups: list[Group]) -> Group | None:
    """The one current incident told before ``sentence``, in its paragraph or the one before, when there is only
    one ("A health post was set on fire on Wednesday. || At 2:30 the men poured petrol ... The fire consumed the
    store. Nobody was hurt.")."""
    before = [g for g in groups if not g.background and g.events[0].sentence.index < sentence.index]
    if len(before) != 1 or not any(0 <= sentence.paragraph - e.sentence.paragraph <= 1 for e in before[0].events):
        return None
    return before[0]


#: A sentence opening on nobody ("Nadie resultó herido", "Personne n'a été blessé", "Nobody was injured").
_NOBODY_OPENS = re.compile(rf"[\W_]*(?:{NOBODY}|ninguna\s+persona)\b", re.IGNORECASE)


def _nobody_hurt(sentence: Sentence) -> bool:
    """Whether a sentence tells only that nobody was hurt ("No one was hurt.", "Casualties: None reported")."""
    casualties = sentence.get("casualties")
    return bool(casualties) and all(h.value["outcome"] == "none" for h in casualties)


def _nobody_opens(doc: Doc, sentence: Sentence) -> bool:
    """Whether a sentence opens on nobody and tells only harm ("Nadie resultó herido, pues ...", "Personne n'a été
    blessé"): nobody hurt, told with the outcome's own verb."""
    casualties = sentence.get("casualties")
    return (
        _NOBODY_OPENS.match(doc.text, sentence.start) is not None
        and bool(casualties)
        and all(h.value["outcome"] in ("none", "injured", "killed") for h in casualties)
    )


def _paragraph_act(doc: Doc, sentence: Sentence, owner: dict[int, Group]) -> Group | None:
    """The incident told in the paragraph of ``sentence`` ("... The three nurses had fled the day before. No one
    was hurt."; a log row's "Casualties: None reported", "Damage: roof damaged"): the one told last before it,
    else the first told after it (a row's fields come before its narrative), with no blank line between them."""
    for step in (-1, 1):
        index = sentence.index + step
        while 0 <= index < len(doc.sentences):
            near = doc.sentences[index]
            if _BLANK_LINE.search(doc.text, *sorted((near.start, sentence.start))):
                break
            if index in owner:
                return owner[index]
            index += step
    return None


def _paragraph_facility(doc: Doc, sentence: Sentence, groups: list[Group]) -> Group | None:
    """The one incident (not background) with a facility of a type that the sentences of ``sentence``'s
    paragraph up to it name."""
    told = doc.sentences[: sentence.index + 1]
    types = {
        h.value.get("facility_type") for s in told if s.paragraph == sentence.paragraph for h in s.get("facilities")
    }
    fitting = [g for g in groups if not g.background and g.facility_type in types - {None}]
    return fitting[0] if len(fitting) == 1 else None


def _more_than(doc: Doc, sentence: Sentence, n: int) -> bool:
    """Whether ``sentence`` counts more facilities than ``n`` (a number right before a facility word)."""
    read_quantities(doc, sentence)
    return any(
        isinstance(q.value, int) and q.value > n and 0 <= h.start - q.end <= 2
        for q in sentence.quantities
        for h in sentence.get("facilities")
    )


def _attach_time(doc: Doc, groups: list[Group]) -> None:
    """An incident whose acts' sentences tell no clock time takes the first told after its first act's
    sentence, in one of its acts' paragraphs or right after the last: narratives give the hour apart from the
    act ("The attack happened at about 3:15 p.m.", "Staff fled when armed men arrived at the centre at about
    7am."). Not from a sentence that is another incident's act, nor one that tells another day, nor from the
    byline's time stamp before the story."""
    owner = {e.sentence.index: g for g in groups for e in g.events}
    headline = _headline(doc)
    for g in groups:
        told = [e.sentence for e in g.events if e.sentence is not headline]
        if g.background or not told or any(e.time for e in g.events):
            continue
        paragraphs = {s.paragraph for s in told}
        first, after = told[0].index, told[-1].index + 1
        nexts = {s.index + 1 for s in told}  # right after one of its acts ("The blast took place at about 7:40 pm")
        for sentence in doc.sentences[first + 1 : after + 1]:
            if sentence.index in owner or (sentence.paragraph not in paragraphs and sentence.index not in nexts):
                continue
            days = {d.value for d in _sentence_dates(doc, sentence) if not _dateline(doc, d)}
            if days - {g.date.value if g.date else None}:
                continue
            if times := _sentence_times(doc, sentence):
                g.time = times[0]
                break


def _toll(doc: Doc, sentence: Sentence, g: Group) -> bool:
    """Whether a sentence without an attack tells other casualties than the act's: a day other than the
    incident's ("fighting that began on 4 April has left 607 dead"), a range or statistic cue ("since
    April", "so far"), the treatment of the wounded, or an outcome in the present perfect or progressive
    ("more than 400 people have died"), unless it points back to the act ("in the attack")."""
    text = doc.text[sentence.start : sentence.end]
    if _THE_ACT.search(text):
        return False
    # "the staff had left the day before, and nobody was hurt": nobody hurt tells no other day's toll
    other_day = not _nobody_hurt(sentence) and any(
        d.precision == "day" and not _date_fits(d, g.date) for d in _act_days(doc, sentence)
    )
    # "we were treating the injured from strikes on the city": victims of other attacks (not the victims' care told
    # after their toll: "Four people were killed: ... two children being treated for severe malnutrition")
    first = min((h.start for h in sentence.get("casualties")), default=sentence.end)
    treating = any(h.text.lower().startswith(_TREATING) and h.start < first for h in _cues(sentence, "treatment"))
    # "attacks on health facilities in 2019 resulted in a total of 12 deaths": a statistic of many attacks
    statistic = _TOTAL.search(text) or any(h.text.lower().endswith("s") for h in sentence.get("attacks"))
    return bool(other_day or _cues(sentence, "aggregate") or treating or statistic or _ONGOING.search(text))


def _add(mention: Mention, name: str, hits: list[Any]) -> None:
    for hit in hits:
        mention.add_span(name, Span(hit.start, hit.end, hit.text, hit.rule))


def build_mention(doc: Doc, g: Group, version: str) -> Mention:
    """The :class:`Mention` of group ``g``: every value with the spans supporting it."""
    m = Mention(background=g.background, extractor_version=version)
    if g.date is not None:
        m.date, m.date_precision = g.date.value, g.date.precision
        _add(m, "date", [g.date])
    elif doc.reference is not None and not g.background:
        # told without a date of its own: the act is as recent as the statement (dateline or page date)
        m.date, m.date_precision = doc.reference.isoformat(), "day"
        m.add_span("date", Span(0, 0, "", "date.reference"))
    times = [e.time for e in g.events if e.time is not None] or [g.time] * (g.time is not None)
    if times:
        m.time = times[0].value
        _add(m, "time", times[:1])
    facilities = [e.facility for e in g.events if e.facility] or _entry_facilities(doc, g)
    facilities = [f for f in facilities if not f.value.get("ward")] or facilities  # the centre, not its ward
    if facilities:
        main = next((f for f in facilities if f.value["facility_type"] == g.facility_type), facilities[0])
        m.facility_type = main.value["facility_type"]
        _add(m, "facility_type", [main])
    named = [e.facility_name for e in g.events if e.facility_name]
    if named:
        start, end = named[0]
        m.facility_name = doc.text[start:end]
        m.add_span("facility_name", Span(start, end, m.facility_name, "facility.name"))
    triggers = [
        _halted(doc, e, _seized(doc, _taken(doc, e, t), g)) for e in g.events for t in e.triggers if _acts(doc, e, t)
    ]
    if not any(_harms(t) for t in triggers):
        # "agents carrying pistols entered and took away six men": weapons carried, no harm or attack told with them
        triggers = [_held(doc, t) for t in triggers]
    if not any(t.value.get("attack_type") for t in triggers):
        # the act sentences tell harm but their only act word is a strike far from the facility ("a strike on a
        # building next to the X hospital blew in its windows"): that strike is the means, unless a word right
        # before it names another ("a chemical weapons strike")
        triggers += [
            t
            for e in g.events
            for t in _triggers(doc, e.sentence)
            if t.value.get("attack_type") in _EXPLOSIVE
            and t.value.get("strength") == "weak"
            and not any(a.end <= t.start and not doc.text[a.end : t.start].strip() for a in e.sentence.get("attacks"))
            and _acts(doc, e, t)
        ]
    triggers = _headline_own(doc, g, triggers)
    # "visitors were searched at the gate", "searched the patients": a search of people is no entry of a building
    triggers = [t for t in triggers if not _searched_people(doc, t)]
    if any(t.rule == "attack.tear_gas" and "shell" in t.text.lower() for t in triggers):
        # "fired tear gas shells inside the compound ... four shells landed near the emergency block": the gas's
        triggers = [t for t in triggers if not (t.rule == "attack.shell" and t.text.lower() in ("shell", "shells"))]
    if any(t.value.get("attack_type") == "military_use" for t in triggers):
        # "soldiers entered the hospital compound and set up camp there": the entry begins the occupation, no
        # armed entry of its own (one told as forced stays: "stormed", "broke in", "forced their way into")
        triggers = [
            t
            for t in triggers
            if not (t.value.get("attack_type") == "armed_entry" and t.text.lower().startswith(_PLAIN_ENTRY))
        ]
    if any(t.value.get("attack_type") in _EXPLOSIVE for t in triggers):
        # firing words launch the heavy weapon or explosive the incident names ("missiles fired at the hospital",
        # "Des obus sont tombés sur l'hôpital ... Les tirs ont touché le pavillon"): no gunfire
        # ... and so do shots of one ("disparos de mortero", "tiros de morteiro")
        heavy = [t for t in triggers if t.value.get("attack_type") in _EXPLOSIVE]
        triggers = [
            t
            for t in triggers
            if not t.value.get("launch")
            and not (
                t.value.get("weapon") == "gunfire"
                and any(_SHOTS_OF.fullmatch(doc.text, t.end, h.start) for h in heavy if h.start >= t.end)
            )
        ]
    triggers += _struck(doc, triggers)
    aimed = [t for t in triggers if "weapon" in t.value and _AIMED_ELSEWHERE.match(doc.text, t.end)]
    if any(t.value.get("attack_type") and t not in aimed for t in triggers):
        # "since the army began shelling residential areas": a weapon told of other targets, not of this act
        triggers = [t for t in triggers if t not in aimed]
    if any(t.value.get("attack_type") not in (None, "threat") for t in triggers):
        # "killed ... The victims had been previously threatened": the threat is earlier than the act told
        triggers = [t for t in triggers if not _earlier_threat(doc, t)]
    if not {t.value.get("attack_type") for t in triggers} & _VIOLENCE:
        # "soldiers searched the ambulance and kept it for two hours": a check of a vehicle, no violent search
        triggers = [t for t in triggers if not _searched_thing(doc, t)]
    if any(t.value.get("attack_type") not in (None, "obstruction", "armed_entry") for t in triggers):
        # "stopped at a checkpoint and abducted": the stop is the means of the act the incident tells (a search of
        # the stopped vehicle is no such act: "stopped ... searched the vehicle and held it" is both)
        triggers = [t for t in triggers if not t.value.get("preliminary")]
    if any(t.value.get("attack_type") in _EXPLOSIVE for t in triggers):
        # "the vehicle was shelled ... the team could not reach four villages": the strike's consequence, nobody
        # blocked the way
        triggers = [t for t in triggers if not _UNABLE.match(t.text)]
    if any(t.value.get("attack_type") in _EXPLOSIVE for t in triggers if not t.value.get("ambiguous")):
        # "bomb", "bombing" name no launch: the specific means told elsewhere in the incident decides;
        # "the ambulance was burned out", "setting two cars on fire": the fire a strike or blast set is no arson
        triggers = [t for t in triggers if not t.value.get("ambiguous") and t.value.get("attack_type") != "arson"]
    elif any(t.value.get("attack_type") == "explosive_device" for t in triggers):
        # only "bomb" and "bombing": the bombing was the bomb's, and what burned in the blast burned by it ("a bomb
        # exploded outside the ward ... two ambulances parked in front of it were burned")
        triggers = [
            t
            for t in triggers
            if t.value.get("attack_type") != "heavy_weapons"
            and not (t.value.get("attack_type") == "arson" and _BURNED.fullmatch(t.text))
        ]
    if any(t.value.get("weapon_class") == "air_launched" for t in triggers):
        # "a jet dropped two bombs on the hospital ... a doctor who survived the raid": the air raid, no armed entry
        triggers = [t for t in triggers if t.text.lower() not in _RAID_NOUNS]
    # "men armed with rifles looted the pharmacy and beat the pharmacist": firearms carried are named, not fired,
    # whatever harm is told (unless someone was killed: see below)
    # whatever harm is told, a weapon a threat was made with was shown, not used
    triggers = [
        _held(doc, t) if t.value.get("weapon_class") == "firearms" or _threat_means(doc, t) else t for t in triggers
    ]
    armed = [t for t in triggers if t.value.get("carries") == "firearms" and "weapon" in t.value]
    _add_means(m, triggers)
    # "a drone dropped a grenade on the courtyard": the drone strike tells the act, its payload no other
    if any(t.value.get("weapon") == "drone" for t in triggers) and "explosive_device" in m.attack_types:
        payloads = [t for t in triggers if t.value.get("attack_type") == "explosive_device"]
        if all(_DRONE_PAYLOAD.search(t.text) for t in payloads):
            m.attack_types.remove("explosive_device")
    # one means told plainly and more specifically ("shelling ... a mortar shell"): the specific noun names it
    m.weapons = [w for w in m.weapons if not any(set(w.split()) < set(v.split()) for v in m.weapons)]
    presumed = _presumed_gunfire(doc, g, triggers)
    if presumed:
        m.attack_types.append("individual_weapons")
        _add(m, "attack_types", presumed)
    beaten = _presumed_assault(doc, g, triggers)
    if beaten:
        m.attack_types.append("assault")
        _add(m, "attack_types", beaten)
    entered = _presumed_entry(doc, g, triggers)
    if entered and "armed_entry" not in m.attack_types:
        m.attack_types.append("armed_entry")
        _add(m, "attack_types", entered)
    _add(m, "weapons_carried", _carried(doc, g, triggers))  # a span field only: no attack type, no scored weapon
    m.facility_damage, spans, m.service_impact, service = damage.assess(doc, g, triggers, m.facility_type)
    _add(m, "facility_damage", spans)
    _add(m, "service_impact", service)
    _counts(doc, m, g)
    if m.killed and armed and "individual_weapons" not in m.attack_types:
        # "killed by three men armed with pistols": the firearms carried in a killing were its means
        m.attack_types.append("individual_weapons")
        _add(m, "attack_types", armed[:1])
    # the taking may be told by a tally other than the one counted ("deux agents enlevés" in the headline, "sont
    # repartis avec deux agents" in the text)
    tallies = [e.counts for e in g.events] + g.counts
    taken = [s for c in tallies for s in c.get("spans", {}).get("abducted", []) if s.rule in _TAKING]
    taken += m.spans.get("arrested", [])
    if m.abducted and taken and "abduction_arrest" not in m.attack_types:
        # people taken away or detained, which no act word of the incident tells ("forced one of the nurses to go
        # with them", "took two nurses", "fueron detenidas"): an abduction or arrest
        m.attack_types.append("abduction_arrest")
        _add(m, "attack_types", taken)
    actors = _actors(doc, g)
    if actors:
        actor = min(actors, key=lambda h: _ACTOR_RANK[h.value["kind"]])
        m.perpetrator = actor.text
        _add(m, "perpetrator", [actor])
    m.resources = _resources(g)
    m.evidence = " ... ".join(doc.text[e.sentence.start : e.sentence.end].strip() for e in g.events[:3])
    m.evidence = m.evidence[:_EVIDENCE_CHARS]
    m.confidence = _confidence(m, g)
    return m


def _add_means(m: Mention, triggers: list[Hit]) -> None:
    """The attack types and weapons ``triggers`` name, with their spans; "aerial attack" names the means only when
    nothing more specific of its class is told ("missiles")."""
    named = {t.value.get("weapon_class") for t in triggers if t.value.get("weapon") and not t.value.get("generic")}
    for t in triggers:
        kind = t.value.get("attack_type")
        weapon = None if t.value.get("generic") and t.value.get("weapon_class") in named else _weapon(t)
        if kind and kind not in m.attack_types:
            m.attack_types.append(kind)
        if kind:
            _add(m, "attack_types", [t])
        if weapon and weapon not in m.weapons:
            m.weapons.append(weapon)
        if weapon:
            _add(m, "weapons", [t])


def summary_means(doc: Doc, g: Group, m: Mention) -> None:
    """An incident told with no act of its own kind ("An attack on a hospital in Heish killed one health worker")
    takes the means of the nearest sentence before its last one, itself telling no incident, that tells its kind
    of facility struck in the plural ("several ambulances and hospitals in Idleb province were hit by airstrikes"):
    in that sentence's province, when it names one. Call once ``m`` has its place."""
    if m.attack_types or m.background or not m.facility_type:
        return
    last = max(e.sentence.index for e in g.events)
    events = {e.sentence.index for e in doc.events}
    for s in reversed(doc.sentences[:last]):
        means = [
            t
            for t in s.get("attacks")
            if t.value.get("attack_type") in _EXPLOSIVE and t.value.get("strength") == "strong"
        ]
        kinds = [h for h in s.get("facilities") if h.value.get("facility_type") == m.facility_type and _plural(h)]
        if s.index in events or not (means and kinds):
            continue
        chosen = [doc.places.place_of(x) for x in s.places] if doc.places is not None else []
        provinces = {p.admin1 for p in chosen if p is not None and p.admin1}
        if provinces and m.admin1 not in provinces:
            return
        _add_means(m, means)
        return


def _entry_facilities(doc: Doc, g: Group) -> list[Hit]:
    """The facilities a dated list's entry names in its fields before its acts, when they name none ("Date:
    12/07/2031. Resource affected: integrated health centre. Type of attack: abduction of personnel. ...")."""
    if g.date is None:
        return []
    told = doc.sentence_at(g.date.start)
    if g.date not in _entries(doc):
        # "Last Tuesday started like any other shift at X Hospital. ... One of them slapped her.": the facility the
        # sentence opening the story on its day names, one of the act's paragraph
        first = min(e.sentence.index for e in g.events)
        if any(e.sentence is told for e in g.events) or doc.sentences[first].paragraph != told.paragraph:
            return []
        named = [h for h in told.get("facilities") if "facility_type" in h.value]
        return named if len(named) == 1 and first > told.index else []
    acts = [e.sentence.index for e in g.events if e.sentence.end > g.date.start]  # the date's own sentence too
    fields = doc.sentences[told.index : min(acts, default=0)]
    return [h for s in fields for h in s.get("facilities") if "facility_type" in h.value]


def _seized(doc: Doc, hit: Hit, g: Group) -> Hit:
    """A facility building seized, captured or taken over is occupied (military use), not looted; supplies and
    vehicles seized are looted (the things named next to the word decide, before it as far as the subject of "a
    vehicle belonging to the health centre was seized")."""
    if hit.rule != "attack.looting" or hit.text.lower() not in _SEIZED:
        return hit
    start = max(doc.sentence_at(hit.start).start, hit.start - 80)
    if _THINGS.search(doc.text[start : hit.end + 40]):
        return hit
    targets = [t for e in g.events for t in e.targets]
    if not any("facility_type" in t.value for t in targets) or any(
        "resource" in t.value or t.value.get("facility_type") == "ambulance" for t in targets
    ):
        return hit
    rule = rule_by_id("attack.military_use")
    return replace(hit, rule=rule.id, value=rule.value) if rule else hit


#: After people taken away, things taken with them in the same clause ("took away two nurses along with the centre's
#: stock of antibiotics", "emmené deux infirmiers ainsi que les médicaments"): a looting besides the abduction.
_ALONG_WITH = re.compile(
    r"[^.;:]{0,60}?\b(?:along\s+with|together\s+with|as\s+well\s+as|ainsi\s+que|junto\s+con|así\s+como|"
    r"bem\s+como)\s+(?:[\w'’-]+\s+){0,4}?" + _THINGS.pattern,
    re.IGNORECASE,
)


def _taken(doc: Doc, e: Event, hit: Hit) -> Hit:
    """People taken away or seized ("took away one of the nurses", "a doctor was seized") are abducted, not looted;
    things taken ("took away the ambulance"), and things taken along with people, are looted (the words next to the
    hit decide; for "seized" and "captured" only the words right next to it: "supplies for displaced civilians were
    seized" are looted; never the words after a passive's agent)."""
    text = hit.text.lower()
    if hit.rule != "attack.looting" or text not in _TAKEN:
        return hit
    seized = text in _SEIZED
    start = max(doc.sentence_at(hit.start).start, hit.start - 80) if seized else hit.start - 40
    # after a passive's agent ("were taken by armed men on motorcycles") the things are the agent's, not taken
    end = hit.end if _BY.match(doc.text, hit.end) else hit.end + 40
    if _THINGS.search(doc.text[max(0, start) : end]):
        return hit
    after, before = (12, 12) if seized else (25, 40)
    people = [  # not those who took them ("des hommes armés qui avaient emporté des antibiotiques")
        p
        for p in e.sentence.get("people")
        if not _BY.match(doc.text, hit.end, max(hit.end, p.start)) and p.value.get("group") != "agent"
    ]
    # people before the word count only in its clause ("emptied by fighters; a generator was taken")
    if not any(
        0 <= p.start - hit.end <= after or (0 <= hit.start - p.end <= before and ";" not in doc.text[p.end : hit.start])
        for p in people
    ) or _ALONG_WITH.match(doc.text, hit.end, e.sentence.end):
        return hit
    rule = rule_by_id("attack.abduction")
    return replace(hit, rule=rule.id, value=rule.value) if rule else hit


def _halted(doc: Doc, e: Event, hit: Hit) -> Hit:
    """An arrest word told of a vehicle, not of people ("une ambulance ... a été arrêtée", "detuvieron una
    ambulancia", "the ambulance was detained"): the vehicle was stopped (obstruction, the means of any act it led
    to), nobody arrested; a holding word told of a person, not of a vehicle ("una promotora de salud fue retenida
    por hombres armados", "l'infirmier a été retenu"): the person was held (abduction). The nearest person or vehicle
    decides: the subject before a passive or an agent ("was detained by"), else the object right after the word."""
    arrest = hit.rule == "attack.abduction" and _ARREST.match(hit.text)
    # ... not held at a checkpoint ("una brigada de vacunación fue retenida durante cuatro horas en un retén")
    hold = HOLD.search(hit.text) if hit.value.get("attack_type") == "obstruction" else None
    held = hold and not _AT_CHECKPOINT.match(doc.text, hit.start + hold.end(), e.sentence.end)
    if not (arrest or held):
        return hit
    sentence = e.sentence
    # not the people a vehicle carried ("une ambulance qui transportait une femme ... a été arrêtée")
    people = [
        p
        for p in sentence.get("people")
        if p.value.get("group") != "agent"
        and (
            p.value.get("group") == "health_worker"
            or not CARRIED_BEFORE.search(doc.text, max(0, p.start - 60), p.start)
        )
    ]
    vehicles = [  # not the vehicle of a person's noun ("an ambulance driver"); a mobile clinic rides too
        f
        for f in sentence.get("facilities")
        if f.value.get("facility_type") in _MOVING
        and not any(p.end > f.start and not doc.text[f.end : p.start].strip() for p in people)
    ]
    nouns = sorted(vehicles + people, key=lambda h: h.start)
    # ... the participle's subject for a holding word ("l'ambulance est restée retenue", "quedó retenida")
    if (
        held
        or _BY.match(doc.text, hit.end)
        or _PASSIVE.search(doc.text[max(sentence.start, hit.start - 30) : hit.start])
    ):
        told = [n for n in nouns if n.end <= hit.start and not _STOP.search(doc.text[n.end : hit.start])][-1:]
    else:
        told = [n for n in nouns if n.start >= hit.end and len(doc.text[hit.end : n.start].split()) <= _OBJECT_WORDS][
            :1
        ]
    rule = rule_by_id("attack.stopped" if arrest else "attack.abduction")
    if rule is None or not told or (told[0] in vehicles) != bool(arrest):
        return hit
    return replace(hit, rule=rule.id, value=rule.value)


def _searched_thing(doc: Doc, hit: Hit) -> bool:
    """Whether an entry word is a search of a thing right after it ("searched the vehicle", "fouillé
    l'ambulance", "registraron los vehículos"), not of a building or of people."""
    if hit.value.get("attack_type") != "armed_entry" or not hit.text.lower().startswith(_SEARCHES):
        return False
    return bool(_THING_AFTER.match(doc.text, hit.end))


def _searched_people(doc: Doc, hit: Hit) -> bool:
    """Whether an entry word is a search of people: its passive subject ("visitors were searched", "where patients
    are searched", "les patients ont été fouillés") or its object right after ("searched the passengers", "fouillé
    les patients") - a check of people at a gate or a checkpoint, not a violent search of a facility."""
    if hit.value.get("attack_type") != "armed_entry" or not hit.text.lower().startswith(_SEARCHES):
        return False
    before = doc.text[max(0, hit.start - 60) : hit.start]
    return bool(_SEARCHED_BEFORE.search(before) or _SEARCHED_AFTER.match(doc.text, hit.end))


def _harms(hit: Hit) -> bool:
    """Whether a trigger tells harm done or an attack made: a killing or a wounding, a bare attack ("attacked"), a
    strike, a blast or a beating."""
    return (
        hit.value.get("outcome") in ("killed", "injured")
        or hit.value.keys() == {"strength"}
        or hit.value.get("attack_type") in (*_EXPLOSIVE, "assault")
    )


def _held(doc: Doc, hit: Hit) -> Hit:
    """A weapon told as carried ("agents carrying pistols", "armed with machetes", "hombres con armas largas") in an
    incident that tells no harm nor attack it was used for: the weapon is named, its use is not, no attack type."""
    if hit.value.get("attack_type") != "individual_weapons" or "weapon" not in hit.value:
        return hit
    before = doc.text[max(0, hit.start - 60) : hit.start]
    if not (_CARRYING.search(before) or _THREATENED_WITH.search(before)):
        return hit
    value = {k: v for k, v in hit.value.items() if k != "attack_type"}
    return replace(hit, value={**value, "carries": hit.value["weapon_class"]})


def _threat_means(doc: Doc, hit: Hit) -> bool:
    """Whether a weapon is told as what a threat was made with ("threatened a nurse with a knife")."""
    return bool(_THREATENED_WITH.search(doc.text, max(0, hit.start - 60), hit.start))


def _struck(doc: Doc, triggers: list[Hit]) -> list[Hit]:
    """A tear gas canister or grenade that strikes a person ("was hit with a tear gas canister in the leg") is
    a projectile fired from a gun: an individual weapon used (riot weapons, class firearms), besides the
    chemical; gas fired into a place or breathed ("fired tear gas into the courtyard") is the chemical only."""
    rule = rule_by_id("attack.crossfire")
    if rule is None:
        return []
    return [
        replace(t, rule=rule.id, value=rule.value)
        for t in triggers
        if t.rule == "attack.tear_gas"
        and _PROJECTILE.search(doc.text[t.start : t.end + 12])
        and _STRUCK.search(doc.text[max(0, t.start - 50) : t.start])
    ]


def _actors(doc: Doc, g: Group) -> list[Hit]:
    """The actor words of the incident's event sentences, less those told of a victim in apposition ("one of the
    patients, a woman who had given birth", "the driver (a young man)") and those describing a likeness
    ("military-style uniforms"); an appeal's addressees ("We call on the army to vacate ...") and people carried or
    treated ("an ambulance carrying a woman") are none either, nor the police of a sentence telling only the
    suspects' arrest ("Suspect arrested by police.")."""
    return [
        h
        for e in g.events
        if e.sentence.get("perpetrators")
        and not _APPEAL.search(doc.text, e.sentence.start, e.sentence.end)
        and not _arrests_suspects(e)
        for h in e.sentence.get("perpetrators")
        if not any(_APPOSED.fullmatch(doc.text, p.end, h.start) for p in e.sentence.get("people") if p.end <= h.start)
        and not _LIKENESS.match(doc.text, h.end)
        and not _LOAD.search(doc.text, max(0, h.start - 20), h.start)
        and not _victim(doc, e.sentence, h)
    ]


def _victim(doc: Doc, sentence: Sentence, actor: Hit) -> bool:
    """Whether an actor word names a victim of the act: in a person's noun right after an outcome ("killing a police
    officer escorting the vaccinators", "wounding two soldiers") or listed among the victims ("Among the dead were a
    nurse, two patients and a relative")."""
    if _VICTIMS_LISTED.search(doc.text, max(sentence.start, actor.start - 120), actor.start):
        return True
    return any(
        p.start <= actor.start
        and actor.end <= p.end
        and any(
            c.end <= p.start and _VICTIM_GAP.fullmatch(doc.text, c.end, p.start) for c in sentence.get("casualties")
        )
        for p in sentence.get("people")
    )


#: A list of the victims running up to a word ("The dead were two nurses, a guard and", "Among the injured are",
#: "Parmi les morts figurent", "Entre los heridos hay").
_VICTIMS_LISTED = re.compile(
    r"\b(?:dead|killed|injured|wounded|victims|casualties|morts|tués|blessés|victimes|muertos|fallecidos|heridos|"
    r"víctimas)\s+(?:were|was|are|is|included|include|including|figurent|figuraient|étaient|sont|eran|son|fueron|"
    r"hay|había|figuran|incluyen)\b(?:(?!\b(?:when|after|as|while|by|before|because|since|who|which|that|quand|lorsque|"
    r"après|par|qui|cuando|después|por|que)\b)[^.;:])*$",
    re.IGNORECASE,
)
#: Between an outcome and its object: a determiner or a number at most ("killing a police officer", "wounding two
#: soldiers"), not an agent ("wounded by gunmen") nor a clause ("abducted after militiamen attacked").
_VICTIM_GAP = re.compile(
    r"\s+(?:(?:a|an|the|one|two|three|four|five|several|some|\d+|un|une|deux|trois|des|les|le|la|el|los|las|dos|"
    r"tres)\s+)?",
    re.IGNORECASE,
)


def _carried(doc: Doc, g: Group, triggers: list[Hit]) -> list[Hit]:
    """The words telling a weapon the incident's actors carried, without telling its use: an actor's noun
    ("gunmen", "armed men") or the manner ("at gunpoint", "armed with knives")."""
    actors = [h for h in _actors(doc, g) if "carries" in h.value]
    return list(dict.fromkeys([*actors, *(t for t in triggers if "carries" in t.value)]))


def _headline(doc: Doc) -> Sentence | None:
    """The report's headline: its first sentence when a paragraph of its own (not the first sentence of a
    paragraph that goes on) and more follows."""
    headline = doc.sentences[0] if len(doc.sentences) > 1 else None
    return None if headline is None or doc.sentences[1].paragraph == headline.paragraph else headline


def _headline_own(doc: Doc, g: Group, triggers: list[Hit]) -> list[Hit]:
    """``triggers`` without the act words of a headline or title summing up several incidents ("Clinic burned; nurse
    arrested in B") whose kind the incident's own sentences do not tell but another incident's do: the
    arrest told in the headline is the one the body tells of B (never an earlier act told as background)."""
    titles = [e.sentence for e in g.events if _title(doc, e.sentence)]
    if not titles:
        return triggers

    def kinds(events: list[Event]) -> set[str]:  # the acts told, not words that tell none ("fire tenders could
        # not reach the spot"), read as the incident reads them ("une ambulance a été arrêtée": a stop)
        return {
            _halted(doc, e, t).value.get("attack_type")
            for e in events
            if not _title(doc, e.sentence)
            for t in e.triggers
            if _acts(doc, e, t)
        }

    own = kinds(g.events)
    others = kinds([e for o in doc.incidents if o is not g and not o.background for e in o.events])  # the news
    return [
        t
        for t in triggers
        if not any(s.start <= t.start < s.end for s in titles)
        or t.value.get("attack_type") in own
        or t.value.get("attack_type") not in others
    ]


#: A fire service told right before an obstruction word: the one held up ("fire tenders could not reach").
_FIRE_SERVICE = re.compile(
    r"\b(?:fire\s+(?:tenders?|engines?|brigades?|trucks?|fighters?|services?)|firefighters?|firemen|pompiers|"
    r"bomberos)\s+(?:[\w'’-]+\s+){0,2}$",
    re.IGNORECASE,
)


def _arrests_suspects(e: Event) -> bool:
    """Whether event ``e``'s acts are all the arrest of suspects (see :func:`_suspects_arrested`)."""
    acts = [t for t in e.triggers if t.value.get("attack_type")]
    return bool(acts) and all(_suspects_arrested(e, t) for t in acts)


def _suspects_arrested(e: Event, hit: Hit) -> bool:
    """Whether an arrest word tells the arrest of an act's suspects ("police arrested three men in connection with
    the attack", "four men suspected of planning an attack"), no health worker or patient told with them, or is
    itself the words telling the suspects arrested ("police arrived and arrested two of them")."""
    if hit.value.get("attack_type") != "abduction_arrest":
        return False
    cues = _cues(e.sentence, "suspects")
    return any(c.start <= hit.start and hit.end <= c.end for c in cues) or (
        bool(cues) and not any(p.value.get("group") in ("health_worker", "patient") for p in e.sentence.get("people"))
    )


def _acts(doc: Doc, e: Event, hit: Hit) -> bool:
    """Whether a trigger of event ``e`` tells an act: not an act word of an actor's name ("Israeli occupation
    forces"), not a threat posed ("not posing a threat"), not an act threatened or attempted ("tried to
    kidnap"), not a town occupied or power seized, not an entry kept out, of a dwelling or a village, or a
    search for survivors, not a denial of a claim ("denied responsibility"), not "hit with" a weapon the next
    words name (or a class of them: "attacked with heavy weapons"), nor "thrown at" after one ("a grenade was
    thrown at")."""
    # an act word inside a name ("occupation"), not a weapon ("Russian warplanes") nor a bare attack ("assailants")
    act = "attack_type" in hit.value and "weapon" not in hit.value
    if act and any(a.start <= hit.start and hit.end <= a.end for a in e.sentence.get("perpetrators")):
        return False
    before = doc.text[max(0, hit.start - 40) : hit.start]
    if hit.value.get("attack_type") == "threat" and (
        _DANGER.search(before) or _CHASED_OFF.match(hit.text + doc.text[hit.end : hit.end + 20])
    ):
        return False
    if hit.text.lower().startswith("chase") and any(
        p.value.get("group") == "health_worker" and 0 <= hit.start - p.end <= 2 for p in e.sentence.get("people")
    ):
        return False  # "Security guards chased them away before the fire caught": the staff drove the attackers off
    # an attempt is no act, but fire set to a facility that did not take hold is still arson ("tried to set it alight")
    if UNDONE.search(before) and not (hit.value.get("attack_type") == "arson" and _ATTEMPT.search(before)):
        return False
    if hit.text.lower() in _SEIZED | {"occupation", "occupied"} and (
        _NOT_FACILITY.match(doc.text, hit.end) or _TOWN_SUBJECT.search(before)
    ):
        return False  # "during their occupation of the town", "since it seized power", "since the town was captured"
    if hit.text.lower().endswith("control of") and _NOT_FACILITY.match(doc.text, hit.end - 3):
        return False  # "took control of the town"
    if hit.value.get("attack_type") == "armed_entry" and (
        _KEPT_OUT.search(before)
        or _of_dwelling(doc, e.sentence, hit)
        or _NO_ENTRANT.search(before + hit.text)
        or _RESCUE.match(doc.text, hit.end)
        or _SEARCH_FOR_THINGS.match(doc.text, hit.end, e.sentence.end)
        or _searched_by_carers(doc, e, hit)
    ):
        return False  # "prevented from entering", "raided the village", "the gas entered", "search and rescue",
    # "volunteers searched the grounds for other mines", "as guards were searching him at the entrance"
    if hit.value.get("attack_type") == "explosive_device" and _FROM_DRONE.match(doc.text, hit.end):
        return False  # "an explosive device dropped from a drone": the drone strike tells the act
    if hit.value.get("attack_type") == "obstruction" and _INQUIRERS.search(before):
        return False  # "our researchers could not reach large parts of the region": the inquiry's access, not care's
    if _suspects_arrested(e, hit):
        return False  # "police arrived later and detained five men": the act's suspects arrested, no arrest of it
    if hit.text.lower() in ("was taken", "were taken") and _MOVED.match(doc.text, hit.end):
        return False  # "the wounded were taken to hospital", "two suspects were taken into custody"
    if hit.text.lower() == "no access" and _CARE_OUT_OF_REACH.match(doc.text, hit.end):
        return False  # "5,000 people have no access to services": the closure told, no passage denied
    if hit.text.lower().endswith(" with") and any(  # "hit with a tear gas canister": the weapon tells the act
        ("weapon" in t.value or t.value.get("attack_type") in _EXPLOSIVE) and 0 <= t.start - hit.end <= 30
        for t in e.triggers
    ):
        return False
    if (
        hit.value.get("attack_type") in _EXPLOSIVE
        and _UNDER.search(before)
        and _LASTING_SPAN.search(doc.text, e.sentence.start, e.sentence.end)
    ):
        return False  # "we held out for more than a year under the bombing": a lasting condition, not this act
    if "weapon" in hit.value and _OLD.search(before):
        return False  # "the walls still carry the marks of old bullets": an earlier act's, not this one's
    if "weapon" in hit.value and (_POSITION_FOR.search(before) or _POSITION_AFTER.match(doc.text, hit.end)):
        return False  # "a position for artillery", "mortar positions", "heavy guns parked next to the ward": a use
    if hit.value.get("attack_type") == "assault" and _weapon_struck(doc, e.sentence, hit):
        return False  # "un drone a frappé l'hôpital", "frappé par un obus": a weapon's strike, no beating
    if hit.value.get("attack_type") == "arson" and _of_dwelling(doc, e.sentence, hit) and not _home_of(doc, e.sentence):
        return False  # "a health centre was looted and homes set on fire": the homes' fire
    if hit.value.get("attack_type") == "obstruction" and _attack_stopped(doc, e.sentence, hit):
        return False  # "the suicide bombers were prevented from entering", "prevented the occupation": protection
    if hit.text.lower() in ("shot", "shots") and (_DOSE_BEFORE.search(before) or _DOSE_AFTER.match(doc.text, hit.end)):
        return False  # "demanded a one-shot vaccine": a dose
    if hit.value.get("attack_type") == "obstruction" and _FIRE_SERVICE.search(before):
        return False  # "fire tenders could not reach the spot": a fire service held up is no health care obstructed
    if hit.value.get("attack_type") == "individual_weapons" and _cared_for(doc, e.sentence, hit):
        return False  # "prevented from reaching a man who had been shot": his wound, not the act on health care
    # "a grenade was thrown at the clinic": the grenade tells the act
    return hit.text.lower() != "thrown at" or not any(
        t.value.get("attack_type") not in (None, "assault") and 0 <= hit.start - t.end <= 40 for t in e.triggers
    )


#: A weapon told as old, right before its noun or its marks ("old bullets", "d'anciens impacts de balles").
_OLD = re.compile(
    r"\b(?:old|older|ancien(?:ne)?s?|vieux|vieilles|viej[oa]s|antigu[oa]s)\s+"
    r"(?:(?:marks|holes|impacts?|traces|huellas|marcas)\s+(?:of|de|d['’])\s*)?$",
    re.IGNORECASE,
)
#: Strikes told as a lasting condition: "under" them ("sous les bombardements", "bajo los bombardeos") in a sentence
#: telling a span of months or years ("for more than a year", "depuis des mois", "durante meses").
_UNDER = re.compile(r"\b(?:under|sous|bajo)\s+(?:(?:the|constant|daily|heavy|les|des|los|las|el|la)\s+)*$", re.I)
_LASTING_SPAN = re.compile(
    r"\b(?:(?:for|over|depuis|pendant|durante|desde\s+hace)\s+(?:(?:more\s+than|several|many|plusieurs|varios|varias)\s+|"
    r"plus\s+d['’]\s*|más\s+de\s+)?|(?:more\s+than\s+|plus\s+d['’]\s*|más\s+de\s+))(?:a|an|un|une|\w+)?\s*"
    r"(?:months?|years?|mois|ans?|années?|meses|años)\b",
    re.IGNORECASE,
)
#: A weapon named as what a military position serves ("a position *for* artillery", "mortar *positions*").
_POSITION_FOR = re.compile(
    r"\b(?:positions?|emplacements?|bases?|posiciones?|posición|emplazamientos?)\s+(?:for|of|de|d['’]|pour)\s+"
    r"(?:(?:the|its|their|l['’]|la|le|les|el|los|las|des)\s*)?$",
    re.IGNORECASE,
)
_POSITION_AFTER = re.compile(
    r"\s+(?:positions?|emplacements?|(?:(?:were|was|are|is|being)\s+)?(?:parked|positioned|stationed|deployed|"
    r"stationn[ée]e?s?|posicionad[oa]s?|apostad[oa]s?|emplazad[oa]s?))\b",
    re.IGNORECASE,
)
#: Words between a weapon and the assault word telling its strike ("un drone *a* frappé", "frappé *par un* obus").
_STRUCK_WORDS = 3


def _weapon_struck(doc: Doc, sentence: Sentence, hit: Hit) -> bool:
    """Whether an assault word tells the strike of a heavy weapon or an explosive: the weapon its subject a few
    words before ("un drone a frappé", "the missile hit") or its agent after ("frappé par un obus")."""
    for t in sentence.get("attacks"):
        if "weapon" not in t.value or t.value.get("attack_type") not in _EXPLOSIVE:
            continue
        gap = doc.text[t.end : hit.start] if t.end <= hit.start else doc.text[hit.end : t.start]
        agent = t.start >= hit.end and _BY.match(gap)
        if (t.end <= hit.start or agent) and len(gap.split()) <= _STRUCK_WORDS and not re.search(r"[,;:.]", gap):
            return True
    return False


def _earlier_threat(doc: Doc, hit: Hit) -> bool:
    """Whether a threat word is told as earlier than the act it goes with: pluperfect ("had been threatened",
    "having received death threats"), "previously", or a sentence opening "Prior to"."""
    before = doc.text[max(0, hit.start - 40) : hit.start]
    return hit.value.get("attack_type") == "threat" and bool(
        _EARLIER_THREAT.search(before)
        or _THREAT_BEFORE.match(doc.text, hit.end)
        or _PRIOR.match(doc.text, doc.sentence_at(hit.start).start)
    )


def _attack_stopped(doc: Doc, sentence: Sentence, hit: Hit) -> bool:
    """Whether an obstruction word tells the attackers or their act stopped, not health care obstructed: the
    attackers or an act word as its passive subject ("the suicide bombers were prevented from entering the
    hospital") or as its object ("the superintendent prevented the occupation")."""
    if hit.text.lower().endswith("ing"):
        return False  # "gunmen were blocking the road": they obstruct
    armed = [
        h for h in sentence.get("perpetrators") if h.value.get("carries") or h.value.get("presumed_class") == "firearms"
    ]
    acts = [
        h for h in sentence.get("attacks") if h is not hit and h.value.get("attack_type") not in (None, "obstruction")
    ]
    kept_from = hit.text.lower().endswith("from")  # "prevented from entering": the entry is what was kept out
    return any(
        h.end <= hit.start and _STOPPED_PASSIVE.fullmatch(doc.text[h.end : hit.start]) for h in armed + acts
    ) or (
        not kept_from
        and any(0 <= h.start - hit.end <= 5 and not doc.text[hit.end : h.start].strip(" theaTHE") for h in acts)
    )


def _home_of(doc: Doc, sentence: Sentence) -> bool:
    """Whether the sentence tells the home of a health worker or patient ("the house of a nurse", "the doctor's
    home"): set on fire, it is an attack on that person."""
    people = sentence.get("people")
    return any(
        _OF_PERSON.fullmatch(doc.text[d.end : p.start]) or _PERSONS.fullmatch(doc.text[p.end : d.start])
        for d in _cues(sentence, "dwelling")
        for p in people
    )


#: Before a wound word, a vehicle or crew carrying the wounded ("carrying a man with", "transportant deux blessés",
#: "que trasladaba a un herido"), within its clause.
_CARRYING_WOUNDED = re.compile(
    r"\b(?:carrying|carried|transporting|evacuating|bringing|taking|transportant|transportait|évacuant|transportaba|"
    r"trasladaba|trasladando|llevaba|carregava|transportava)\b[^.;:!?,]{0,60}$",
    re.IGNORECASE,
)
_WOUND_WORD = re.compile(r"wound|blessé|blessure|balle|herid|bala", re.IGNORECASE)
#: Someone wounded by the weapon named next ("un joven herido por arma de fuego", "a man wounded by gunfire").
_WOUNDED_BY = re.compile(
    r"\b(?:wounded|injured|shot|herid[oa]s?|lesionad[oa]s?|bless[ée]e?s?|ferid[oa]s?)\s+(?:by|par|por)\s+"
    r"(?:(?:an?|un|una|une|des)\s+)?$",
    re.IGNORECASE,
)


def _cared_for(doc: Doc, sentence: Sentence, hit: Hit) -> bool:
    """Whether a gunfire word tells the wound of someone cared for, after the care word in its clause ("medical
    assistance to a woman shot by a settler", "refused care to civilians suffering from gunshot wounds"), not
    what was done to health care ("an ambulance evacuating the wounded was shot at": the ambulance's)."""
    before = doc.text[max(sentence.start, hit.start - 70) : hit.start]
    if _WOUNDED_PATIENTS.search(before):  # "la liste des patients blessés par balles": how they were hurt
        return True
    if (_WOUND_WORD.search(hit.text) or _WOUNDED_BY.search(before)) and _CARRYING_WOUNDED.search(before):
        # "an ambulance carrying three people with gunshot wounds was stopped", "que trasladaba a un joven herido
        # por arma de fuego": its load's wounds
        return True
    care = list(_CARE.finditer(before))
    if not care:
        return False
    gap = before[care[-1].end() :]
    cared = _CARED_FOR.fullmatch(gap) or ("wound" in hit.text.lower() and _WOUND_CARED.fullmatch(gap))
    return not _STOP.search(gap) and not re.search(r"[:,]", gap) and bool(cared)


def _of_dwelling(doc: Doc, sentence: Sentence, hit: Hit) -> bool:
    """Whether an entry or arson word tells a dwelling or a settlement entered or burnt: a home, house or residence
    as its object ("raided the home of a nurse", "a raid on his house") or as the subject it is told of ("the
    doctor's house was raided", "a house raid", "homes set on fire"), a village, town or neighbourhood only right
    after the word ("raided the village") or as that subject ("the village was raided"), with no facility between,
    nearer the word ("a clinic was burnt along with 20 houses"), right after it or listed with it ("stormed the
    hospital and the doctor's home", "a clinic and two homes were raided")."""
    if damage.part_named(doc.text[hit.end : sentence.end]):
        return False  # "avant d'incendier le pavillon de pédiatrie et deux maisons": a part of the facility burnt
    facilities = sentence.get("facilities")
    # a place in the possessive owns what follows ("the village's health centre"): it is not the object
    places = [
        d for d in _cues(sentence, "dwelling") + _cues(sentence, "settlement") if not _OWNS.match(doc.text, d.end)
    ]
    if any(
        0 <= f.start - hit.end <= 30
        and not _STOP.search(doc.text[hit.end : f.start])
        and not any(hit.end <= d.start < f.start for d in places)
        for f in facilities
    ):
        return False  # "soldiers who had searched homes stormed the hospital": the facility is its object
    acts = [a for a in sentence.get("attacks") if a.value.get("attack_type")]
    for d in places:
        if any(f.start < d.end and d.start < f.end for f in facilities):
            continue  # "Casa de Salud", "maison de santé": a facility's own name
        if any(f.end <= d.start and _PLACE_OF.fullmatch(doc.text[f.end : d.start]) for f in facilities):
            continue  # "un centre de santé du quartier de X ... a été incendié": where the facility stands
        if any(
            _IN_A_LIST.fullmatch(doc.text[f.end : d.start] if f.end <= d.start else doc.text[d.end : f.start])
            and not any(min(f.end, d.end) <= a.start < max(f.start, d.start) for a in acts)
            for f in facilities
        ):
            continue  # "a clinic and over 160 homes": the facility is told of too ("a clinic was looted and homes": no)
        if d.start >= hit.end:
            gap, lo, hi = doc.text[hit.end : d.start], hit.end, d.start
            told = bool(_OBJECT_GAP.fullmatch(gap)) if d.value["cue"] == "settlement" else len(gap) <= 45
            told = told and not _STOP.search(gap)
        else:
            gap, lo, hi = doc.text[d.end : hit.start], d.end, hit.start
            told = not gap.strip() or (len(gap) <= 60 and not _STOP.search(gap) and _PASSIVE.search(gap))
        nearer = any(
            0 <= (f.start - hit.end if f.start >= hit.end else hit.start - f.end) < len(gap)
            and not _STOP.search(doc.text[min(f.end, hit.end) : max(f.start, hit.start)])
            for f in facilities
        )
        if told and not nearer and not any(lo <= f.start < hi for f in facilities):
            return True
    return False


def _presumed_gunfire(doc: Doc, g: Group, triggers: list[Hit]) -> list[Hit]:
    """The hits that make an attack told without its means gunfire: an ambush, or a killing, a wounding or an
    attack told only as "attacked" by men whose noun names their guns ("killed by gunmen", "attacked by armed
    men"); nothing when the incident tells a means of harm (a weapon, fire, a beating), nor for forces whose
    weapons the text does not name ("killed by soldiers"). Acts that harm no one's body (an abduction, a
    looting, a threat, a raid) leave a killing or a wounding by gunmen unexplained ("kidnapped by gunmen and
    found dead", "a guard killed and supplies looted by gunmen"): gunfire; a bare "attacked" then is the act
    told ("attacked and looted by gunmen"), and a harm told apart from the act of the armed men is not theirs
    ("killed after being abducted by gunmen": the killing's means is untold; "a wounded relative")."""
    kinds = {t.value.get("attack_type") for t in triggers} - {None}
    if kinds - _HARMLESS:
        return []
    presumed = [t for t in triggers if t.value.get("presumes") == "individual_weapons"]
    violent = any(
        (
            t.value.get("outcome") in ("killed", "injured")
            and not (kinds and _HARM_APART.match(doc.text, t.end))
            and not _NOT_DONE.match(doc.text, t.end)  # "death threats"
            and not _cared_for(doc, doc.sentence_at(t.start), t)  # "patients being treated for gunshot wounds"
        )
        or (not kinds and t.set == "attacks" and t.value.keys() == {"strength"})
        for t in triggers
    )
    armed = [h for h in _carried(doc, g, triggers) if h.value["carries"] == "firearms"]
    return (presumed if not kinds else []) or (armed[:1] if violent else [])


def _presumed_assault(doc: Doc, g: Group, triggers: list[Hit]) -> list[Hit]:
    """The actor whose attack on people, told without its means, is an assault (violence without weapons): people
    presumed unarmed ("relatives", "a mob", "villagers") who "attacked", "hit" or wounded health workers or
    patients; nothing when any act or weapon is told, when they are told armed ("armed community members"), nor
    for attacks on a building only."""
    if any(t.value.get("attack_type") or "weapon_class" in t.value for t in triggers) or _carried(doc, g, triggers):
        return []
    if not any("group" in t.value for e in g.events for t in e.targets):
        return []
    violent = any(
        t.value.get("outcome") == "injured" or (t.set == "attacks" and t.value.keys() == {"strength"}) for t in triggers
    )
    actors = _actors(doc, g)
    if not violent or any(h.value.get("presumed_class") != "unarmed" for h in actors):
        return []
    if any(_ARMED_BEFORE.search(doc.text[max(0, h.start - 30) : h.start]) for h in actors):
        return []
    return actors[:1]


def _presumed_entry(doc: Doc, g: Group, triggers: list[Hit]) -> list[Hit]:
    """The hit telling that a facility building was entered by force though no entry word says so: an act told
    as forced besides ("forcibly occupied"), a kidnapping from it ("abducted from the hospital"), or the armed
    actor of people abducted, beaten or shot in, inside or from it, or while on duty at it ("kidnapped by gunmen
    from the health centre"); nothing for a looting alone ("looted by armed men": the text tells no entry),
    strikes from afar, vehicles, or acts near a facility."""
    kinds = {t.value.get("attack_type") for t in triggers}
    if "armed_entry" in kinds:
        return []
    forced = [t for t in triggers if t.value.get("entry")]  # "forcibly occupied": the entry is told
    if forced or kinds & {"heavy_weapons", "explosive_device"}:
        return forced[:1]
    buildings = [  # not one an act away from its facility names ("abducted while walking home from a BHS")
        t
        for e in g.events
        if e.facility is not None
        for t in e.targets
        if t.value.get("facility_type") not in (None, "ambulance", "mobile_clinic")
    ]
    before = [doc.text[max(0, b.start - 40) : b.start] for b in buildings]
    if "chemical" in kinds and not any(_WITHIN.search(x) for x in before):
        return []  # "fired tear gas into the courtyard of the hospital": thrown in from outside, no entry
    taken = [
        t
        for t in triggers
        if t.text.lower().startswith(_KIDNAP)
        and any(0 <= b.start - t.end <= 60 and _TAKEN_FROM.search(doc.text[t.end : b.start]) for b in buildings)
    ]
    if taken:
        return taken[:1]  # "a doctor was abducted from the hospital": taken out of it by force, armed or not
    told = [h for h in _carried(doc, g, triggers) if h.value["carries"] == "firearms"]
    actors = _actors(doc, g)
    armed = told + [h for h in actors if h.value.get("presumed_class") == "firearms"]
    # an arrest by the state tells no forced entry by itself ("doctors were detained by police inside the
    # hospital"); one by an armed group is a kidnapping ("a doctor was detained in his clinic by militants")
    lawful = bool(armed) and all(h.value.get("kind") == "state" for h in armed)
    acts = {
        t.value.get("attack_type")
        for t in triggers
        if not (lawful and t.rule == "attack.abduction" and _ARREST.match(t.text))
        and not (lawful and t.value.get("outcome") in ("abducted", "arrested"))
    }
    present = acts & {"abduction_arrest", "assault", "individual_weapons", "sexual_violence", "threat", None}
    inside = any(_INSIDE.search(x) and not _BROUGHT.search(x) for x in before)
    return armed[:1] if armed and present and inside else []


def _weapon(hit: Hit) -> str | None:
    """The weapon a trigger names: its rule's noun, or for "*" the words as written, singular, in English (the
    rule's ``english`` noun for words of another language: "arma de fuego" is a firearm)."""
    weapon = hit.value.get("weapon")
    if weapon == "*":
        weapon = " ".join(hit.text.lower().split())
        if weapon in hit.value.get("english", {}):
            return hit.value["english"][weapon]
        return weapon[:-1] if weapon.endswith("s") else weapon
    return weapon


def weapon_classes(m: Mention) -> set[str]:
    """The weapon classes (codebook ``Weapon``, II's "carried or used") of a mention: those of the rules behind
    its attack types and weapons, and of the weapons told as carried (span field ``weapons_carried``); when
    none is told, or only that none was used (an assault), also the class its perpetrator is presumed to carry:
    soldiers who beat a doctor carried their guns ("soldiers": firearms; "relatives": unarmed)."""

    def classes(field_name: str, key: str) -> set[str]:
        rules = (rule_by_id(s.rule) for s in m.spans.get(field_name, []) if s.rule)
        return {r.value[key] for r in rules if r and key in r.value}

    told = classes("attack_types", "weapon_class") | classes("weapons", "weapon_class")
    told |= classes("weapons_carried", "carries")
    return told | classes("perpetrator", "presumed_class") if told <= {"unarmed"} else told


def _told_at(tally: dict[str, Any], name: str) -> int:
    """Where a sentence's tally tells count ``name``: the first of its spans."""
    return min((s.start for s in tally["spans"].get(name, [])), default=0)


#: A wider target right after an act word ("attacked a village", "dropped barrel bombs on the market area"): the
#: sentence's toll is of the wider attack.
_WIDER_TARGET = re.compile(
    r"\s+(?:(?:on|in|against|into|sur|contre|contra|en)\s+)?(?:(?:the|a|an|le|la|les|un|une|el|los|las|una)\s+|l['’])?"
    r"(?:[^\W\d][\w-]*\s+)?(?:villages?|towns?|markets?|marketplace|neighbou?rhoods?|camps?|marchés?|mercados?|aldeas?|"
    r"pueblos?|quartiers?|localités?|villes?|barrios?)\b",
    re.IGNORECASE,
)


def _wider(doc: Doc, sentence: Sentence) -> bool:
    """Whether ``sentence`` tells its act on a wider target than a facility ("attacked a village", "bombs on the
    market area"), so that its toll is the wider attack's."""
    return any(_WIDER_TARGET.match(doc.text, a.end) for a in sentence.get("attacks"))


def _own_tallies(doc: Doc, g: Group) -> tuple[list[int], list[int]]:
    """The indexes among ``g``'s events (as among its tallies, which follow them) of the sentences that tell the act
    on the facility itself, when others tell a wider act's toll ("attacked a village, killing 27 people ... At the
    health centre, they hacked to death two patients"), and of those others; none when no sentence tells a wider
    act."""
    wider = [n for n, e in enumerate(g.events) if _wider(doc, e.sentence)]
    own = [n for n, e in enumerate(g.events) if n not in wider and e.sentence.get("facilities")]
    return (own, wider) if wider and own else ([], [])


def _counts(doc: Doc, m: Mention, g: Group) -> None:
    """Each count is the largest any of the incident's sentences tells (restatements are not added up); a
    count one sentence leaves untold ("several members of the staff were killed") stays unknown, whatever
    part of it another sentence numbers ("including a doctor"), a total of separate acts ("five killed in
    separate attacks") is no count, wherever it is told again (a total of more than one: also elsewhere in the
    report, a headline), and people told as more ("two other nurses were abducted") add to the largest count
    told before; someone told unhurt ("the nurse was unharmed") is nobody hurt only when no one is told hurt
    or killed; an early figure ("Initial reports said ten had died.") gives way to a later toll, and the toll of
    a wider act ("attacked a village, killing 27") to the facility's own ("At the health centre, they killed three")."""
    tallies = [_title_toll(doc, g, e.counts) if _title(doc, e.sentence) else e.counts for e in g.events] + g.counts
    untold = set().union(*(c.get("untold", ()) for c in tallies))
    # totals of separate acts: the incident's, and those of more than one anywhere in the report (a total of one
    # is the one act's that had it: "killing four, among them a cleaner", then "a cleaner was killed")
    pooled = {item for c in tallies for item in c.get("pooled", {}).items()}
    pooled |= {(k, v) for e in doc.events for k, v in e.counts.get("pooled", {}).items() if v > 1}
    # "the patient was unharmed" is nobody killed only when no one is told hurt or killed, and nobody injured
    # when no one is told injured ("the guard was shot dead; the two nurses were not hurt")
    # ... nor when a word of the act's own sentences tells someone killed or hurt without a number ("killing the
    # constable escorting the team. The two vaccinators escaped unhurt")
    outcomes = {t.value.get("outcome") for e in g.events for t in e.triggers if t.set == "casualties"}
    hurt = bool(outcomes & {"killed", "injured"}) or any(c.get(name) for c in tallies for name in ("killed", "injured"))
    injured = untold & {"injured", "health_workers_injured"} or any(
        c.get("injured") or c.get("health_workers_injured") or c.get("injured_unspecified") for c in tallies
    )
    hurt_of = dict.fromkeys(_COUNT_FIELDS, hurt) | dict.fromkeys(("injured", "health_workers_injured"), bool(injured))
    # someone "released unharmed" tells nobody hurt only of an abduction, not of a driver let go on the spot
    abduction = any(c.get("abducted") for c in tallies)
    own, wider = _own_tallies(doc, g)
    for name in _COUNT_FIELDS:  # nobody hurt only when no one is told hurt
        values = [
            c
            for c in tallies
            if c.get(name) is not None
            and name not in untold
            and (name, c[name]) not in pooled
            and not (hurt_of[name] and name in c.get("unhurt", ()))
            and (abduction or name not in c.get("freed", ()))
        ]
        values = [c for c in values if name not in c.get("early", ())] or values  # a later toll replaces an early
        values = [c for c in values if any(c is tallies[n] for n in own)] or values  # the facility's, not the wider
        told = [c for c in values if name not in c.get("more", ())]
        first = min((_told_at(c, name) for c in told), default=None)
        # more than a count told before it ("A doctor was abducted. Two other nurses were abducted.": 1 + 2), not
        # than one told after ("Twelve other people were wounded. ... The other ten wounded remain in hospital.")
        more = [c for c in values if name in c.get("more", ()) and first is not None and _told_at(c, name) > first]
        told = [c for c in values if c not in more]
        if values:
            best = max(told, key=lambda c: c[name])
            # the wounded told dead after the count of the wounded ("One of the injured died on Tuesday") leave it
            gone = sum(c["died_later"].get(name, 0) for c in tallies if "died_later" in c and c is not best)
            setattr(m, name, max(0, best[name] + sum(c[name] for c in more) - gone))
            for c in (best, *more):
                _add(m, name, c["spans"].get(name, []))
    # "Two medics were wounded. One of the wounded died": when every one wounded was a health worker, so is the dead
    lost = sum(
        c["died_later"].get("injured", 0) - c["died_later"].get("health_workers_injured", 0)
        for c in tallies
        if "died_later" in c
    )
    if lost and not m.health_workers_killed and m.injured is not None and m.health_workers_injured == m.injured + lost:
        m.health_workers_injured -= lost
        m.health_workers_killed = lost
    for total, among in _HARMS:
        if getattr(m, total) == 0 and getattr(m, among) is None:  # nobody killed: no health worker killed either
            setattr(m, among, 0)
            _add(m, among, m.spans.get(total, []))
    for (total, among), (_, other) in zip(_HARMS, reversed(_HARMS), strict=True):
        # "a patient was shot dead. Two nurses were wounded": the dead named apart from the health workers the
        # incident tells of are none of them; and the dead of a toll whose health workers are all told among the
        # wounded ("four killed and eleven injured, two of them health workers"), as the coders have it
        if getattr(m, total) and getattr(m, among) is None and getattr(m, other) is not None:
            telling = [c for c in tallies if c.get(total) and total not in c.get("early", ())]
            if (total == "killed" and getattr(m, other)) or (
                telling and all(total in c.get("named_apart", ()) for c in telling)
            ):
                setattr(m, among, 0)
                _add(m, among, m.spans.get(total, []))
    unspecified = [c for n, c in enumerate(tallies) if c.get("injured_unspecified") and n not in wider]
    if unspecified and m.injured is None:
        m.injured_unspecified = True
        _add(m, "injured_unspecified", unspecified[0]["spans"].get("injured_unspecified", []))


def _title(doc: Doc, sentence: Sentence) -> bool:
    """Whether ``sentence`` is the report's headline or a title: a line of its own (but for its number: "6.
    Arrest of two doctors") ending in no full stop."""
    if sentence is _headline(doc):
        return True
    if _table_row(doc, sentence):  # a table row, whose toll cells are its own incident's
        return False
    text = doc.text[sentence.start : sentence.end].rstrip()
    return doc.alone(sentence, words_only=True) and not text.endswith((".", "!", "?", "»", '"', "”"))


def _title_toll(doc: Doc, g: Group, tally: dict[str, Any]) -> dict[str, Any]:
    """A headline's or title's ``tally`` for incident ``g`` without the counts the body tells of another incident
    ("Clinic burned, nurse abducted" over a body telling the abduction apart: the burning took nobody); not of an
    earlier act the body recalls, which a headline does not sum up ("wounding a paramedic" over "In August, gunmen
    wounded a vaccinator")."""
    told = [
        c
        for h in doc.incidents
        if h is not g and not h.background
        for c in (*(e.counts for e in h.events if not _title(doc, e.sentence)), *h.counts)
    ]
    other = {name for name in _COUNT_FIELDS if any(c.get(name) and c.get(name) == tally.get(name) for c in told)}
    return {k: v for k, v in tally.items() if k not in other}


def _resources(g: Group) -> list[str]:
    found: list[str] = []
    for e in g.events:
        for t in e.targets:
            ftype, group = t.value.get("facility_type"), t.value.get("group")
            resource = (
                RESOURCE_FOR_FACILITY_TYPE[FacilityType(ftype)].value
                if ftype
                else {"health_worker": "personnel", "patient": "patients"}.get(group) or t.value.get("resource")
            )
            if resource and resource not in found:
                found.append(resource)
    return found


def _confidence(m: Mention, g: Group) -> float:
    """A rough 0-1 score: how many of the cues of a well-told incident are present."""
    cues = [
        bool(m.attack_types),
        m.facility_type is not None,
        m.date is not None,
        any(t.value.get("strength") == "strong" for e in g.events for t in e.triggers),
        len(g.events) > 1,
    ]
    return round(0.4 + 0.11 * sum(cues), 2)
