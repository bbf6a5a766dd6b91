"""Extraction components: each reads and writes the shared :class:`~notatarget.extract.document.Doc`.

Order (see ``pipeline.COMPONENTS``): segment → anchor → events → dates → counts → incidents → places →
mentions. An *event* is one sentence that tells an act against health care: an attack trigger with a
health-care target (facility, transport, health worker, patient, supplies) in the sentence (or, for a
specific weapon, in a neighbouring sentence of the same paragraph).
"""

from __future__ import annotations

import calendar
import itertools
import re
from collections import Counter, defaultdict
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field, replace
from datetime import date, timedelta
from functools import lru_cache
from typing import Any

from notatarget.domain import Span
from notatarget.extract.dates import (
    BACKSTORY,
    COUNTED_FROM,
    dateline_around,
    find_dateline,
    find_dates,
    list_entries,
    period_end,
    stamps_line,
)
from notatarget.extract.document import Doc, Sentence
from notatarget.extract.ruleset import Hit
from notatarget.extract.times import find_times

#: Words between a number and its noun ("two *female* nurses") and between a near-cue and its target.
_GAP_WORDS = 3
#: A determiner before a singular person noun means one person ("a nurse", "its driver", "the doctor").
_ARTICLE_ONE = re.compile(
    r"(?:^|\W)(?:(?:a|an|one|the|its|his|her|their|our|my|mon|ma|mi|un|une|una|uno|el|al|la|le|au|son|sa|su|leur|notre|nuestro|"
    r"nuestra|um|uma|seu|sua)\s+|l['’]\s*)"  # "l'infirmier": the elided article, joined to its noun
    r"(?:(?!(?:of|in|at|on|by|from|to|with|for|and|or|but|while|when|after|before|as|that|who|which|number|group|team|family|et|ou|y|o|e|de|du|des|del|à|en|con|avec|par|por|dans)\b)(?:\d{1,3}-(?:years?|months?)-old|[^\W\d][\w'’-]*)\s+){0,3}$",
    # up to three modifiers: "a forty-year-old volunteer paramedic", "a 19-year-old patient", "the clinic's guard",
    # not "a number of civilian (casualties)"
    re.IGNORECASE,
)
_PREPOSITION = re.compile(
    r"\b(?:in|at|on|during|for|by|since|from|after|before|to|of|dans|en|à|par|en|durante|por)\b", re.I
)
#: People after "by" are the agents of a passive ("taken by a doctor", "shot by soldiers"), not its victims.
_AGENT = re.compile(
    r"\b(?:by|par|por)\s+(?!(?:balles?|bala|balas|gunfire|bullets?|shrapnel|arma)\b)"  # "blessé par balle": how
    r"(?:a|an|the|one|some|two|three|un|une|des|les|unos|los|las)?\s*"
    r"(?:at least|au moins|al menos|more than|plus de|más de|about|environ|unos)?\s*(?:[a-z0-9][\w-]*\s+){0,2}$"
)
#: People after the Arabic "by" ("من قبل ذوي مريض", by a patient's relatives) did it.
_AGENT_AR = re.compile(r"(?:^|\s)(?:من\s+قبل|على\s+يد|على\s+أيدي|على\s+ايدي)\s+(?:\S+\s+){0,2}$")
#: People after "according to" are the source of the report ("according to two nurses"), not victims.
_SOURCE = re.compile(
    r"\b(?:according\s+to|selon|d['’]apr[èe]s|seg[úu]n|de\s+acuerdo\s+con)\s+(?:[\w'’-]+\s+){0,4}"
    r"(?:(?:and|et|y)\s+(?:[\w'’-]+\s+){0,3})?$",  # "according to a local relief group and a doctor"
    re.IGNORECASE,
)
#: Longer than "according to" and the words ``_SOURCE`` reads after it ("according to a local radio station and a
#: regional health official").
_SOURCE_CHARS = 90
#: Before a facility, what names it the owner of what was hit ("the ambulance, which belongs to a charity hospital",
#: "owned by the X clinic", "appartenant à l'hôpital", "perteneciente al hospital"): not itself a target.
_OWNER = re.compile(
    r"\b(?:belongs?\s+to|belonging\s+to|owned\s+by|operated\s+by|appartenant\s+(?:à|au)|appartient\s+(?:à|au)|"
    r"pertenec(?:e|iente|ía)\s+al?)\s+(?:[\w'’-]+\s+){0,3}$"
    # Arabic "سيارة إسعاف تابعة لمستشفى سامراء" (belonging to), the ل glued on the facility noun or not
    r"|(?<!\w)(?:ال)?تابع(?:ة|ه)?\s+(?:ل\s*)?$",
    re.IGNORECASE,
)
#: People followed by a reporting verb are the speakers ("a doctor there said"), not victims.
_SAID_AFTER = re.compile(
    r"\s+(?:(?:has|have|had)\s+)?(?:said|says|told|confirmed|reported)\b(?!\s+(?:killed|dead))", re.IGNORECASE
)
#: After an organisation, a verb of a statement it makes ("wishes to clarify", "condemned", "has called on").
_STATES_AFTER = re.compile(
    r"\s+(?:(?:has|have|had|also|strongly)\s+)?(?:wish(?:es)?\s+to\s+(?:clarify|inform|state)|clarifie[sd]|"
    r"condemn(?:s|ed)?|denie[sd]|announced|stated|issued|called\s+(?:on|for)|urged|expressed)\b",
    re.IGNORECASE,
)
_SPEAKER_GAP = 2
#: Between a speaker and the verb of saying, where they work and the other speakers ("a doctor at the hospital and
#: a local official said").
_CO_SPEAKERS = re.compile(
    r"(?:\s+(?:at|of|from|in|with)\s+(?:the\s+|a\s+)?[\w-]+)?\s+(?:and|et|y)\s+(?:(?:an?|the|un|une|el|la|le)\s+)?"
    r"(?:[\w-]+\s+){0,2}[\w-]+\s+(?:(?:has|have|had|also|later|then)\s+)?",
    re.IGNORECASE,
)
#: A negative determiner before people: none of them ("no health workers", "aucun soignant", "ningún médico").
_NO_ONE = re.compile(
    r"(?:^|\W)(?:no|not a single|not one|aucun|aucune|ningún|ninguna|ningun)\s+(?:[^\W\d][\w-]*\s+){0,2}$", re.I
)
#: Before an outcome, people told as none ("No health worker was killed", "Ninguno de los trabajadores resultó").
_NOBODY_HARMED = re.compile(
    r"\b(?:no|aucun|aucune|ningún|ninguna|ninguno|none\s+of)\s+(?:[^\W\d][\w'’-]*\s+){1,5}"
    r"(?:was|were|has\s+been|have\s+been|had\s+been|n['’]a\s+été|fue|fueron|resultó|resultaron)\s+$",
    re.IGNORECASE,
)
#: Before an outcome word, "any": a wounded person in general ("the duty to treat any wounded person", "soigner
#: tout blessé", "atender a todo herido"), no one harmed.
_ANY_HARMED = re.compile(r"\b(?:any|every|tout|toute|todo|toda|cualquier)\s+$", re.IGNORECASE)
#: A statement verb a few words after a date ("On 12 January, the society strongly condemned ...").
_CONDEMNED = re.compile(
    r"[\s,]+(?:[\w’'()-]+\s+){0,8}?(?:strongly\s+)?(?:condemn(?:s|ed)?|denounc(?:es|ed)|deplor(?:es|ed)|"
    r"condamn[eé]\w*|conden[oó]\w*|denunci[oó]\w*)\b",
    re.IGNORECASE,
)
#: One person of a group ("a member of the medical staff", "un membre du personnel", "un miembro del personal").
_MEMBER_OF = re.compile(
    r"\b(?:a|one|un|une|uno|una)\s+(?:member|membre|miembro)\s+(?:of|du|de|del)\s+(?:(?:the|its|their|la|le|l['’]|el)\s*)?"
    r"(?:[^\W\d][\w-]*\s+){0,2}$",
    re.IGNORECASE,
)
#: A person's name right after a singular people noun ("medical worker Asaad Zoubi", "guard, Ali al-Refai,").
_NAMED = re.compile(r",?\s+[A-Z][a-z’'-]+(?:\s+(?:(?:al|el|bin|ibn|de|da|abu)[- ])?[A-Z][a-z’'-]+)+\b")
#: Words leading from a counted group to the part of it named next ("seven people, including a doctor", "onze
#: personnes, dont un infirmier", "entre ellos un médico", "серед них — двоє медиків", "в том числе врач").
_PART_WORDS = (
    r"including|incl\.|among\s+them|among\s+whom|of\s+whom|of\s+them|dont|parmi\s+eux|parmi\s+elles|parmi\s+lesquel(?:le)?s|"
    r"y\s+compris|notamment|entre\s+ell[oa]s|entre\s+l[oa]s\s+que|de\s+l[oa]s\s+cuales|incluid[oa]s|incluyendo|"
    r"entre\s+el[ea]s|incluindo|d[oa]s\s+quais|серед\s+(?:них|яких)|зокрема|[ув]\s+тому\s+числі|среди\s+(?:них|которых)|"
    r"в\s+том\s+числе|из\s+них|(?:من\s+)?بينه[من]|منهم"
)
_INCLUDING = re.compile(
    rf"(?<!\w)(?:{_PART_WORDS}|parmi|(?:were|was|are|is)\s+among)(?!\w)|[,،]\s*(?:هم|وهم)\s",  # "، هم ثلاثة مرضى"
    re.I,
)
_SINCE_CLAUSE = re.compile(r"\b(?:since|depuis|desde)\b(?:[^,;:.]|\.(?=\S))*$", re.IGNORECASE)  # "U.S.-backed"
_WHEN = re.compile(r",?\s*(?:when|lorsque|quand|cuando)\b", re.IGNORECASE)
_SINCE = re.compile(r"(?:since|depuis|desde|from|until|by)\s+(?:early\s+|late\s+|mid-?)?$", re.IGNORECASE)
#: Before a day a correction rejects ("on Thursday, and not on Wednesday night as reported", "et non mercredi", "y no
#: el martes", "а не у середу"): the day of no act.
_REJECTED = re.compile(
    r"(?:(?:,|\b(?:and|but))\s*not|\brather\s+than|\binstead\s+of|\bet\s+non(?:\s+pas)?|\bet\s+pas|,\s*(?:non|pas)|"
    r"\by\s+no|,\s*no|\b[аі]\s+не|\bو(?:ليس|لا))\s+$",
    re.IGNORECASE,
)
#: "the injured", "les blessés", "los heridos": the wounded as people, not an injury of the act.
_THE_WOUNDED = re.compile(
    r"\b(?:the|les|aux|los|las)\s+(?:(?:sick|dead|injured|wounded|malades|morts|blessés|enfermos|muertos|heridos)\s+"
    r"(?:and|et|y)\s+)?$",  # "care for the sick and wounded"
    re.IGNORECASE,
)
#: Care or a ride given to the wounded right before the word, across an article, a number and a word ("treating
#: wounded fighters", "to evacuate injured people", "carrying a wounded young man", "transportant deux blessés").
_CARED_FOR = re.compile(
    r"\b(?:treat(?:ing|ed|s)?|car(?:ing|ed|es|e)\s+for|evacuat(?:e|ing|ed)|transport\w*|carry(?:ing)?|carried|"
    r"transferr?(?:ing|ed)?|soign\w*|soins\s+(?:à|aux)|évacu\w*|atend\w*|evacu\w*|traslad\w*|llevand\w*|llevaba\w*|"
    r"check(?:ed|ing)|examin\w*|operat(?:ed|ing)\s+on|opér\w*|"
    r"arrived|arrivée?s?|llegad[oa]s?|llegó|ingresad[oa]s?|admitted|admise?s?|"  # "que había llegado herido de bala"
    r"looking\s+for|searching\s+for|in\s+search\s+of|recherche|busca|buscando)\s+"  # "à la recherche d'un blessé"
    r"(?:(?!(?:when|while|as|and|but|after|before|then|until|et|quand|lorsque|mais|y|cuando|pero)\b)"
    r"(?:[^\W\d][\w'’-]*|\d+)\s+){0,4}$",  # "soigné des combattants séparatistes blessés", "atendía a manifestantes"
    re.IGNORECASE,
)
#: After a wounded people's participle, their admission ("des patients blessés par balle admis à l'hôpital"): care.
_ADMITTED = re.compile(
    r"(?:\s+(?:par|by|de|por|a)\s+(?:balles?|bala|arma\s+de\s+fuego|gunfire))?\s+(?:admis|admitted|hospitalis\w*|"
    r"hospitaliz\w*|ingresad\w*|internad\w*|arriv\w*|llegad\w*|brought|amenés|trasladad\w*)\b",
    re.IGNORECASE,
)
#: Before a wound noun, people told with it as they were, not hurt by the act ("a young man with gunshot wounds",
#: "patients who had gunshot wounds", "que se recuperaba de heridas de bala", "internado con heridas").
_WITH_WOUNDS = re.compile(
    r"\b(?:with|who\s+had|suffering\s+from|recovering\s+from|con|avec|souffrant\s+de|recuper\w*\s+de|"
    r"atteints?\s+de)\s+(?:(?:gunshot|bullet|shrapnel|burn|serious|severe|multiple|par|de|bala)\s+){0,2}$",
    re.IGNORECASE,
)
#: Before the wounded cared for, one or a number of them ("one of the wounded", "l'un des deux blessés", "uno de los
#: heridos"; "two of the wounded", "deux des blessés", "dos de los heridos").
_OF_THE = re.compile(
    r"\b(?:(?P<one>one|l['’]une?|un[oa]?|один|одна|одне|одно)|two|three|four|five|six|seven|eight|nine|ten|deux|trois|"
    r"quatre|cinq|sept|huit|neuf|dix|dos|tres|cuatro|cinco|seis|siete|ocho|nueve|diez|двоє|двое|троє|трое|\d+)\s+"
    r"(?:of|des|de\s+(?:los|las)|із|з|зі|из)\s+"
    r"(?:the\s+|these\s+)?(?:(?:two|three|four|deux|trois|quatre|dos|tres|cuatro|\d+)\s+)?$",
    re.IGNORECASE,
)
_ONE_CARED = "people.one_of_the_wounded"
#: The people hit of "one of the wounded" or "two of the wounded" (who died later: see :func:`count_sentence`).
_OF_THE_WOUNDED = "people.of_the_wounded"
#: Before an injury word, the relative clause of someone told as wounded who died later ("a nurse who was wounded
#: in the attack died of her injuries"): the wound is the death's, no injury of its own.
_WHO_WAS = re.compile(
    r"\b(?:who|that|qui|que|quien|quienes)\s+(?:was|were|had\s+been|has\s+been|a\s+été|avait\s+été|ont\s+été|"
    r"avaient\s+été|fue|fueron|había\s+sido|resultó|resultaron)\s+(?:[^\W\d]+\s+)?$",
    re.IGNORECASE,
)
_ONE_PATIENT = {"group": "patient", "plural": False}
#: Before people told with wounds, the act that left them so ("left two nurses with gunshot wounds").
_LEFT_WITH = re.compile(
    r"\b(?:left|leaving|laissant|laissé|dejando|dejó|dejaron|causing|causando|"
    r"survived|escaped|survécu|sobrevivió|sobrevivieron|escapó)\b",  # "a nurse survived with shrapnel wounds"
    re.I,
)
_WOUND_NOUN = re.compile(r"(?:gunshot\s+)?(?:wounds|injuries|blessures|heridas)", re.IGNORECASE)
#: Injury words that name people after an article ("the injured", "les blessés").
_PEOPLE_WORD = re.compile(
    r"injured|wounded|hurt|maimed|casualties|bless[ée]e?s?|herid[oa]s?|lesionad[oa]s?|sårede|поранен(?:их|і|ий|а)|"
    r"ранен(?:ых|ые|ый|ая)",
    re.IGNORECASE,
)
#: Arabic "the wounded" ("الجرحى", "والمصابين"): the wounded as people, not an injury of the act.
_THE_WOUNDED_AR = re.compile(r"[وبلف]?ال(?:جرحى|مصابين|مصابون)$")
#: A hedge or negation before an injury word ("there might not have been casualties", "few injuries").
_HEDGE = re.compile(
    r"\b(?:might|may|could|not|no|few|without|aucun|aucune|sans|ningún|ninguna|sin)\b(?:\s+\S+){0,3}\s*$", re.I
)
#: Before an injury word, the wounded sought or the wound someone died of ("searching the wards for \"wounded
#: fighters\"", "à la recherche de blessés", "buscando heridos", "a man who had died of stab wounds"): no one hurt in
#: the act.
_SOUGHT = re.compile(
    r"(?:\b(?:search(?:ing|ed|es)?|look(?:ing|ed|s)?|hunt(?:ing|ed|s)?|in\s+search)\b(?:\s+[\w'’]+){0,3}?\s+for|"
    r"\b(?:à\s+la\s+recherche|cherch\w*|buscando|en\s+busca)\s+(?:de|d['’]|a)|"
    r"\b(?:died|dying|dies|succumbed|mort|mourut|décédée?|muri[óo]|falleci[óo])\s+(?:of|from|to|de|des|du|por|a\s+causa\s+de))"
    r"\s*(?:(?:the|his|her|their|ses|sus|su|sa|son|les|des|los|las)\s+)?[\"“«']?\s*(?:[\w-]+\s+)?$",
    re.IGNORECASE,
)
_LEADING_WORD = re.compile(r"(?:[^\W\d]+\s+)?")
_IN_YEAR = re.compile(r"\b(?:in|en)\s+$", re.IGNORECASE)
_NAME_WORD = r"(?:[A-Z0-9][\w’'.]*(?:-\w+)*|al|el|Al|El|of|de|du|del|d’|d'|and|&)"
_NAME_BEFORE = re.compile(rf"((?:{_NAME_WORD}[ -])*{_NAME_WORD})[ -]$")
_NAME_STOP = {
    "and",
    "&",
    "the",
    "a",
    "an",
    "le",
    "la",
    "les",
    "el",
    "los",
    "las",
    "of",
    "de",
    "du",
    "del",
    "this",
    "that",
    "un",
    "una",
    "une",
    "des",
    "unos",
    "unas",
}
_DATELINE_CHARS = 3000
#: Between facilities told together ("near a clinic *and a* laboratory", "the hospital*, the* pharmacy").
_JOINED = re.compile(
    r"\s*(?:,|,?\s*(?:and|or|et|ou|y|o))\s+(?:(?:the|a|an|its|le|la|les|l['’]|el|los|las|un|une)\s+)?"
    r"(?:[\w'’-]+\s+){0,2}",
    re.IGNORECASE,
)
#: Between a facility and its acronym in brackets ("the integrated health centre (CSI)").
_OPEN_BRACKET = re.compile(r"\s*\(\s*")
_LETTER = re.compile(r"[^\W\d_]")
#: A total told without a range ("a total of", "in total"): a statistic only of a class of targets.
_TOTAL = re.compile(r"\b(?:a total of|in total|au total|en total|un total de)\b", re.IGNORECASE)
#: Background cues that may qualify an act noun ("a previous bombing") and what may stand between them: words, no
#: punctuation, no verb ("previously been shot" tells the act earlier).
_QUALIFIERS = ("previous", "prior", "earlier")
_QUALIFIES = re.compile(r"\s+(?:(?!(?:be|been|being|is|are|was|were|had|has|have)\b)[\w-]+\s+){0,2}", re.IGNORECASE)
#: A pronoun subject of a passive act ("they were arrested", "she was reportedly abducted"): the people named before.
_PRONOUN_PASSIVE = re.compile(
    r"\b(they|he|she)\s+(?:was|were|had been|has been|have been)\s+(?:\w+ly\s+)?$", re.IGNORECASE
)
#: A person named just before as the object right after an act ("One of them slapped her", "beat him").
_PRONOUN_OBJECT = re.compile(
    r"\s+(him|her|them)(?=\s*(?:[,.;:!?)]|$)|\s+(?:and|with|against|in|on|at|to|from|for|before|after|until|while|"
    r"into|out|up|down|away|off|again|repeatedly|severely|badly|twice)\b)",  # not "her two brothers": whose
    re.IGNORECASE,
)
#: A negative determiner right before an act word: the act did not happen ("no arrests", "sin disparos").
_NO_ACT = re.compile(
    r"\b(?:no|without(?:\s+any)?|aucune?|sans|sin|ningún|ninguna|not\s+a\s+single|pas\s+une?\s+seule?|"
    # "No hay un solo impacto de bala en el vehículo"
    r"no\s+hay\s+(?:un\s+solo|una\s+sola|ningún|ninguna))\s+"
    # "found no other evidence of a strike", "aucune preuve d'une frappe", "ninguna prueba de un ataque"
    r"(?:(?:other|further|independent|autre|otra)\s+)?(?:(?:evidence|sign|trace|proof|indication|confirmation|preuve|"
    r"trace|indice|prueba|indicio|confirmación)s?\s+(?:of|that|d['’]|de|du|des|del|que)\s*(?:an?\s+|any\s+|the\s+|une?\s+|"
    r"l['’]|la\s+|le\s+|una?\s+|el\s+)?)?$",
    re.IGNORECASE,
)
#: "any" right before an act word ("any attack", "any threat or attack"), which a negation earlier in the sentence
#: makes none ("No clinic reported any attack or threat", "We have not recorded any looting").
_ANY_BEFORE = re.compile(r"\bany\s+(?:(?:other|further|new|such)\s+)?(?:[\w-]+\s+(?:or|and)\s+)?$", re.IGNORECASE)
_NEGATION = re.compile(r"\b(?:no|not|never|none|nor|neither|nobody|without)\b|n['’]t\b", re.IGNORECASE)
#: Before an act word, a plan, an intention or an expectation ("were planning to storm the building", "suspected of
#: planning an attack", "intended to attack", "an imminent attack", "se préparaient à attaquer", "planeaban atacar"):
#: no act yet.
_PLANNED = re.compile(
    r"\b(?:(?:plan(?:s|ned|ning)?|plott(?:ed|ing)|intend(?:s|ed|ing)?|prepar(?:ed|ing)|about)\s+to|"
    r"(?:plann(?:ed|ing)|plott(?:ed|ing)|prepar(?:ed|ing))\s+(?:an?|the|another)\s+|"
    r"(?:pr[ée]voy\w*|projet\w*)\s+d(?:e\s+|['’])|(?:s['’]appr[êe]t\w*|se\s+pr[ée]par\w*)\s+à|planea\w*|"
    r"pretend\w*|se\s+dispon\w*\s+a|"
    # an act only expected ("rumours of an imminent attack")
    r"(?:imminent|impending|expected|feared|rumou?red|imminente?s?|inminentes?)\s+(?:new\s+)?)\s*$",
    re.IGNORECASE,
)
#: No one, as a subject ("No one", "nobody", "personne n'", "nadie"): read by acts without a doer here and by
#: sentences telling nobody hurt (``incidents._NOBODY_OPENS``).
NOBODY = r"no\s+one|no-one|nobody|personne\s+n['’]|nadie"
#: An act whose doer is no one ("No one has attacked the hospital", "personne n'a attaqué", "personne ne nous a
#: menacés", "nadie ha atacado", "nadie nos ha amenazado").
_NO_DOER = re.compile(
    rf"\b(?:{NOBODY}|personne\s+ne\s+(?:nous|vous|les|leur|lui|l['’]|m['’])\s*|"
    # "no armed group has entered it", "aucun groupe armé n'y est entré"
    r"(?:no|aucune?|ningún|ninguna)\s+(?:other\s+|autre\s+)?(?:armed\s+)?(?:groups?|forces?|factions?|soldiers?|"
    r"fighters?|groupe|force|grupo|fuerza)(?:\s+(?:armée?|armad[oa]))?\s+(?:n['’](?:y\s+)?)?)\s*"
    r"(?:(?:has|had|have|ever|yet|was|a|ha|han|había|jamás|nunca|nos|los|las|les|le|lo|la|me)\s+)*$",
    re.IGNORECASE,
)
#: An act only heard ("gunfire has been heard near the town", "des tirs ont été entendus"): a sound, no act on a
#: target.
_HEARD_AFTER = re.compile(
    r"\s+(?:(?:has|have|had|was|were|been|could|can|be|ont|a|été|se)\s+)*(?:heard|audible|entendus?|entendues?|"
    r"seen|spotted|sighted|observed|flying|flew|overflew|circling|circled|aperçus?|survolé|survolant|vistos?|avistados?|"
    r"sobrevolaron|sobrevolando)\b",
    re.IGNORECASE,
)
#: After a weapon noun, a verb in the present telling a state or a habit ("where drones *are* active", "les drones
#: *restent* actifs", "los drones *son* frecuentes"); not French "est", "sont", which make a past act ("un obus est
#: tombé"): the weapon as the subject of no one act.
#: After a weapon noun, its finding rather than its use ("explosives were found in a house", "l'engin a été
#: désamorcé", "los explosivos fueron hallados").
_FOUND_AFTER = re.compile(
    r"\s+(?:(?:was|were|had|has|have|been|a|ont|été|fue|fueron|han|sido)\s+)+(?:found|discovered|seized|recovered|"
    r"defused|dismantled|trouvée?s?|découverte?s?|saisie?s?|désamorcée?s?|hallad[oa]s?|encontrad[oa]s?|"
    r"incautad[oa]s?|desactivad[oa]s?)\b",
    re.IGNORECASE,
)
_PRESENT_AFTER = re.compile(r"\s+(?:are|is|remain|remains|reste|restent|son|es|siguen)\b", re.IGNORECASE)
#: Before a weapon noun, a present copula ("the difference now *is the* drones"): a state, no act.
_PRESENT_BEFORE = re.compile(r"\b(?:is|are)\s+(?:the\s+)?$", re.IGNORECASE)
#: Before an act word, what is only feared or risked ("fear of air raids", "the risk of further attacks", "la crainte
#: de nouvelles frappes", "el temor a un ataque"), or a prefix that makes it protection ("anti-drone netting").
_FEARED = re.compile(
    r"\b(?:fears?|afraid|risks?|threats?|danger|possibility|prospect|crainte|peur|risque|menace|temor|miedo|riesgo|"
    r"amenaza)\s+(?:of|de|d['’]|du|des|a|al)\s*(?:(?:an?|more|further|new|possible|de\s+nouvelles|nouvelles?|"
    r"nuevos?|nuevas?|otros?|otras?|un|una|los|las|les)\s+){0,2}$|\b(?:anti|counter|contre)-$",
    re.IGNORECASE,
)
#: Before an act word, accounts told in the present ("health workers tell us of sexual violence", "parlent de
#: menaces"): what happens in general, no act told.
_ACCOUNTS_OF = re.compile(
    r"\b(?:tell|speak|talk|parlent|racontent|hablan|cuentan)\s+(?:us\s+|me\s+|nous\s+|nos\s+)?(?:of|about|de|d['’]|des)\s+"
    r"(?:[\w-]+\s+)?$",
    re.IGNORECASE,
)
#: After "was taken", what a vehicle or a ward was taken out of: service, no theft ("taken out of service").
_OUT_OF_SERVICE = re.compile(r"\s+out\s+of\s+(?:service|action|use|operation)\b|\s+offline\b", re.IGNORECASE)
_HEARD_BEFORE = re.compile(
    r"\b(?:heard|hear|hearing|entendu|entendre|entendant|escucharon|escuchó|escuchar|oyeron|oyó|oír|ouvir|ouviram|"
    r"ouviu)\s+(?:[\w'’-]+\s+){0,2}$|"
    # or the sound of a weapon ("the whistle of a glide bomb", "the buzz of a drone", "le bruit des drones")
    r"\b(?:whistle|whine|buzz|buzzing|hum|humming|sound|sounds|noise|roar|bruit|sifflement|vrombissement|ruido|"
    r"zumbido|silbido)\s+(?:of|d['’]|de|des|du|del)\s*(?:(?:an?|the|une?|la|le|les|el|los|las)\s+)?(?:[\w-]+\s+)?$",
    re.IGNORECASE,
)
#: After a date that heads an entry ("12 March 2021: ...", "July 2021 - ...").
_HEADING_END = re.compile(r"\s*[:–—-]")
#: Words between "near", "between"... and the facility they place ("between the base camp and X hospital").
_NEAR_WORDS = 6
#: Between a cue and a facility: the cue placed what came before ("near Mopti: an ambulance was shot at"), when
#: the facility's clause tells an act of its own (not "strike near A: hospital treats the wounded").
_PLACED_BEFORE = re.compile(r"[,:;]")
#: A passive auxiliary right before an attack verb ("were attacked", "was reportedly targeted", "fue atacado", "ficou
#: destruído").
_PASSIVE = re.compile(
    r"\b(?:was|were|been|being|is|are|été|fue|fueron|foi|foram|ficou|ficaram|quedó|quedaron)\s+"
    r"(?:(?:\w+ly|now|still|also|all)\s+)?$",
    re.IGNORECASE,
)
#: Between a closure word and its agent ("closed *by the* military", "shut down *by armed* men").
_BY = re.compile(r"\s+(?:by|par|por)\s+(?:the\s+|an?\s+|des\s+|les\s+|los\s+)?(?:[\w-]+\s+){0,2}", re.IGNORECASE)
#: Between an armed actor and the closure it forced ("the Taliban *have forced the* closure").
_FORCED = re.compile(r"\s+(?:(?:\w+\s+){0,2}(?:forced|ordered|imposed)\s+(?:the\s+)?)?", re.IGNORECASE)
#: Between an act told of its object and the facility it is done to: source words, articles, a name ("driven out
#: of the Tamaro clinic", "used an ambulance", "expulsés de force de l'hôpital").
_OBJECT_GAP = re.compile(
    r"(?:\s*(?:(?:out\s+)?(?:of|from)|de|del|des|du|the|an?|its|their|la|le|les|el|los|las)\b|\s*l['’]|\s*[A-Z][\w'’-]*)*\s*"
)
#: Between an act and its agent after "by" ("used for shelter by", "utilisé par des").
_AGENT_AFTER = re.compile(r"(?:\s+[\w-]+){0,3}?" + _BY.pattern, re.IGNORECASE)
#: Words a passive attack verb may stand after its subject ("Ambulances used by the MMC were attacked").
_PASSIVE_WORDS = 15
#: Between an obstruction word and the care it kept people from ("prevented the wounded from being admitted to").
_KEPT_FROM = re.compile(r"[^,;.]{0,60}\bfrom\s+(?:being\s+)?", re.IGNORECASE)
#: An aside in brackets, no word of its clause ("the Union of Medical Care (UOSSM)").
_ASIDE = re.compile(r"\([^()]*\)")
#: Words between an organisation and what was done to it ("an INGO compound was looted").
_ORGANISATION_WORDS = 4
#: Words that may stand between people and what happened to them ("were seriously injured").
_AUXILIARIES = frozenset(
    [
        "were",
        "was",
        "are",
        "is",
        "been",
        "be",
        "have",
        "has",
        "had",
        "reportedly",
        "also",
        "later",
        "seriously",
        "critically",
        "severely",
        "gravely",
        "lightly",
        "slightly",
        "badly",
        "fatally",
        "all",
        "both",
        "ont",
        "a",
        "été",
        "sont",
        "fueron",
        "resultaron",
        "han",
        "sido",
        "gravement",
        "grièvement",
        "légèrement",
        "gravemente",
        "levemente",
    ]
)
#: How often acts happen ("sometimes", "souvent", "a menudo"): told of a class of acts, not of one.
_FREQUENTLY = r"often|sometimes|frequently|routinely|parfois|souvent|fréquemment|a\s+menudo|a\s+veces|con\s+frecuencia"
_PERFECT = re.compile(
    r"\b(?:have|has|are|continue[sd]?|keep|often|regularly|repeatedly|in\s+recent\s+(?:weeks|months|years)|"
    r"over\s+the\s+(?:past|last)\s+(?:few\s+)?(?:weeks|months|years)|ces\s+derni(?:ers|ères)\s+(?:semaines|mois|années)|"
    r"en\s+(?:los|las)\s+últim(?:os|as)\s+(?:semanas|meses|años)|in\s+(?:several|many|various)\s+\w+|"
    r"dans\s+(?:plusieurs|de\s+nombreu(?:x|ses))\s+\w+|en\s+(?:varios|varias|diversos|diversas)\s+\w+|"
    r"systematically|(?:for\s+\w+\s+)?at\s+a\s+time|in\s+at\s+least\s+one\s+case|systématiquement|"
    rf"sistemáticamente|{_FREQUENTLY})\b",
    re.IGNORECASE,
)
#: A vague count of many ("dozens of", "des centaines de", "decenas de").
_MANY = re.compile(
    r"\b(?:dozens|scores|hundreds|thousands|des\s+dizaines|des\s+centaines|des\s+milliers|decenas|cientos|centenares|"
    r"miles)\s+(?:of|de|d['’])\s+",
    re.IGNORECASE,
)
#: Before a target, "no": none of them ("No NGO staff affected", "aucun soignant").
_NONE_OF = re.compile(r"\b(?:no|none\s+of\s+the|aucun|aucune|ningún|ninguna|ningun)\s+(?:[\w-]+\s+)?$", re.IGNORECASE)
#: A sentence opening on how often acts happen ("Sometimes", "Too often", "Parfois", "A veces"): a habit, no act.
_AT_TIMES = re.compile(
    r"\W*(?:sometimes|often|too\s+often|usually|frequently|at\s+times|parfois|souvent|trop\s+souvent|a\s+veces|"
    r"con\s+frecuencia|a\s+menudo|muchas\s+veces)\b",
    re.IGNORECASE,
)
#: A span of years acts are told over ("for more than a decade", "for years", "depuis des années", "desde hace
#: años", "durante décadas"): a pattern of acts, not one.
_OVER_YEARS = re.compile(
    r"\b(?:for|over)\s+(?:(?:more\s+than|over|nearly|almost|at\s+least|the\s+(?:past|last))\s+)?(?:a|one|two|three|"
    r"several|many|\d+)?\s*(?:decades?|years)\b|\bdepuis\s+(?:des|plusieurs|de\s+nombreuses|plus\s+d['’]une?|"
    r"une?|\d+)\s+(?:années|ans|décennies?)\b|\bdepuis\s+longtemps\b|\b(?:desde\s+hace|durante)\s+(?:más\s+de\s+)?"
    r"(?:varios|muchos|una?|\d+)?\s*(?:años|décadas?)\b",
    re.IGNORECASE,
)
#: Officials, who before a verb of saying are the report's source ("police and hospital officials said").
_OFFICIALS = ("official", "officials")
#: Before a target, "every": a class told in general ("every ambulance driver", "chaque hôpital", "cada hospital").
_EVERY = re.compile(r"\b(?:every|each|chaque|cada)\s+(?:[\w-]+\s+)?$", re.IGNORECASE)
#: A risk told in general ("Armed robbery remains the main threat to NGO movements"): no act.
_RISK = re.compile(
    r"\b(?:remains?|is|are|continues?\s+to\s+be)\s+(?:the\s+|a\s+)?(?:main|biggest|greatest|major|primary|principal|"
    r"chief|key|serious|constant|persistent)\s+(?:threat|risk|concern|danger|obstacle)s?\b",
    re.IGNORECASE,
)
#: The toll of acts counted before ("These incidents killed 21 people", "Ces incidents ont fait 21 morts", "Estos
#: ataques dejaron 21 muertos").
_TOLL_OF_SEVERAL = re.compile(
    r"\b(?:these|those|ces|estos|estas|esos)\s+(?:\d+\s+)?(?:incidents|attacks|attaques|ataques|incidentes|agressions|"
    r"agresiones)\s+(?:have\s+|ont\s+|han\s+)?(?:caused|left|killed|wounded|injured|fait|causé|tué|blessé|dejado|"
    r"dejaron|causado|causaron)\b",
    re.IGNORECASE,
)
#: A trend ("the growing number of abductions", "le nombre croissant d'attaques").
_TREND = re.compile(
    r"\b(?:(?:growing|increasing|rising)\s+number|nombre\s+croissant|número\s+creciente)\s+(?:of|de|d['’])",
    re.IGNORECASE,
)
#: A sentence opening on a share of a class told before ("Many of the rest had been shelled", "Most of them were
#: looted", "Beaucoup d'entre eux"): a general statement, no one act.
_SHARE = re.compile(
    r"\W*(?:many|most|some|several|a\s+number|dozens|hundreds|half|beaucoup|la\s+plupart|plusieurs|muchos|muchas|"
    r"la\s+mayoría|varios|varias)\s+(?:of|d['’]entre|de)\s+(?:the|them|these|those|eux|elles|ellos|ellas|los|las)\b",
    re.IGNORECASE,
)
#: Acts told as habitual ("shelled almost every day", "bombardée tous les jours", "atacada a diario").
_HABITUAL = re.compile(
    r"\b(?:(?:every|each)\s+(?:day|night|week)|daily|day\s+after\s+day|night\s+after\s+night|constantly|"
    r"regularly|repeatedly|tous\s+les\s+jours|chaque\s+(?:jour|nuit|semaine)|quotidiennement|régulièrement|"
    rf"todos\s+los\s+días|cada\s+(?:día|noche|semana)|a\s+diario|diariamente|constantemente|{_FREQUENTLY})\b",
    re.IGNORECASE,
)
#: A place told struck over and over in the present perfect ("Sagaing has been pounded by air strikes"): many acts.
_SERIES = re.compile(
    r"\b(?:has|have)\s+been\s+(?:\w+\s+){1,2}(?:by|with)\s+(?:\w+\s+)?(?:air\s*strikes|strikes|shelling|"
    r"bombardments|bombings|drones|missiles|rockets|shells|attacks)\b",
    re.IGNORECASE,
)
_HARMED = ("damaged", "destroyed")
#: Treatment words that tell care being given ("a patient being treated", "admitted"), not transport.
_CARE = ("treat", "admitted", "admis", "soign", "atend", "tratamiento", "recibiendo", "prise en charge")
#: A negation right before a damage word ("was not damaged", "n'a pas été endommagé", "no fue dañado").
#: Words telling the cause of what was told before them ("treated ... after a bomb fell").
_CAUSE = re.compile(
    r"\b(?:after|(?<!the )following|caused by|due to|après|suite à|tras|después de|luego de)\b", re.IGNORECASE
)
_NOT = re.compile(
    r"(?:\b(?:not|never|no|pas|jamás|nunca|не|ніколи|никогда)|n['’]t)\s+(?:been\s+|été\s+|fue\s+|sido\s+)?$"
    # "rien n'a été volé", "nothing was stolen", "nada fue robado": nothing the act was done to
    r"|\b(?:rien\s+n['’](?:a|ont|avait|avaient)|nothing\s+(?:was|were|has|had)|nada\s+(?:fue|ha))\s+(?:been\s+|été\s+|sido\s+)?$",
    re.IGNORECASE,
)
#: Before an act word, nothing it was done to ("No ambulance was attacked", "Ninguna ambulancia fue atacada",
#: "Aucune ambulance n'a été attaquée", "Nenhum hospital foi atingido"); "no" only before an English verb, not the
#: Portuguese "no" (in the: "um posto de saúde no distrito de Mueda foi incendiado").
_NONE_WAS = re.compile(
    r"(?:\bno\s+(?:[^\W\d][\w'’-]*\s+){1,3}?(?:was|were|has\s+been|have\s+been|had\s+been)|"
    r"\b(?:ningún|ninguna|ninguno|aucune?|nenhuma?|nenhum)\s+(?:[^\W\d][\w'’-]*\s+){1,3}?(?:fue|fueron|ha\s+sido|"
    r"han\s+sido|n['’]a\s+été|n['’]ont\s+été|foi|foram))\s+(?:(?:ever|yet|jamais|nunca)\s+)?$",
    re.IGNORECASE,
)
#: Things that are looted when seized (a vehicle, supplies), unlike a building, which is occupied.
_THINGS = re.compile(
    r"\b(?:vehicles?|cars?|trucks?|motor(?:bike|cycle)s?|tricycles?|ambulances?|supplies|medicines?|medication|drugs|"
    r"materials?|equipment|blood|goods|money|cash|phones?|belongings|propert(?:y|ies)|items|stocks?|fuel|véhicules?|"
    r"médicaments|vehículos?|medicamentos|hard\s+drives?|computers?|laptops?|records|registers?|files|keys|antibiotics|"
    r"cargo|cargaison|vivres|carga(?:mento)?|víveres|alimentos|food|"
    # the vehicle or things in French, Spanish, Portuguese ("se llevaron la unidad", "levaram a viatura")
    r"unidad|camionetas?|coches?|carros?|motos?|motocicletas?|voitures?|camions?|viaturas?|insumos|equipos|"
    r"equipamentos?|matériel|biens|argent|dinero|dinheiro|pertenencias|celulares|teléfonos|téléphones|remédios|"
    r"vaccins|vacunas|vacinas|vaccines|carburant|combustible|gasolina|glacières?|réfrigérateurs?|neveras?|fridges?|"
    r"botiquín|antibiotiques|solutés|panneaux|paneles|bodies|corps|cuerpos|cadáveres|boxes|crates|concentrators?|"
    r"generators?|batteries|mattresses|beds|lits|matelas|kits|cartons|cajas|camas)\b",
    re.IGNORECASE,
)


#: Right after a word of taking away, the things it took ("took away boxes of medicines", "the two solar fridges").
_THING_TAKEN = re.compile(
    r"\s+(?:(?:the|an?|its|their|his|her|some|all|two|three|several)\s+)?(?:[\w'’-]+\s+)?" + _THINGS.pattern,
    re.IGNORECASE,
)
_AUXILIARY = re.compile(r"(?:was|were|has\s+been|have\s+been|had\s+been)\s+", re.IGNORECASE)


def _after_auxiliary(doc: Doc, hit: Hit) -> int:
    """Where an act word's verb starts past the auxiliary it may hold ("were taken"): what "no records" is said of."""
    aux = _AUXILIARY.match(doc.text, hit.start, hit.end)
    return aux.end() if aux else hit.start


#: Right before "raid": an air raid ("air-raid alert"), no raid on the ground.
_AIR_BEFORE = re.compile(r"\bair[\s-]+$", re.IGNORECASE)
#: After an attack word, what warns of it or shelters from it ("the air-raid alert sounded", "a bomb shelter", "rocket
#: sirens"): no act.
_WARNING_AFTER = re.compile(r"[\s-]+(?:alerts?|alarms?|sirens?|warnings?|shelters?|drills?)\b", re.IGNORECASE)
#: Rumours and posts a sentence tells an act by ("des rumeurs ont circulé sur les réseaux sociaux, évoquant une
#: attaque"): hearsay, no act told done.
_HEARSAY = re.compile(
    r"\b(?:rumou?rs?|rumeurs?|rumores|social\s+media|réseaux\s+sociaux|redes\s+sociales|соцмереж\w*|соцсет\w*)",
    re.IGNORECASE,
)
#: Words of the weather and its services near a warning ("a warning from the meteorological centre").
_WEATHER = re.compile(
    r"\b(?:meteorolog\w*|weather|storms?|floods?|cyclones?|hurricanes?|tsunamis?|heatwaves?|météo\w*|"
    r"intempéries|meteorológic\w*|tormentas?|inundaci\w+)\b",
    re.IGNORECASE,
)
#: Before "storm", a determiner or a kind of weather: the storm that blows ("the storm hit the area", "a violent dust
#: storm"), no armed entry.
_WEATHER_BEFORE = re.compile(
    r"\b(?:the|a|an|this|that|violent|severe|heavy|tropical|winter|dust|sand|snow|rain|thunder|wind|ice|hail)\s+$",
    re.IGNORECASE,
)
#: Right before a damage word, its negation beyond "not" ("not even a broken window", "without any damage", "sans
#: dégâts", "не повреждено", "не зазнала пошкоджень"): no damage, no act.
_NO_DAMAGE_BEFORE = re.compile(
    r"(?:\bnot\s+even(?:\s+an?)?|\bwithout(?:\s+any)?|\bsans|\bsin|\bsem|(?<!\w)(?:не|ні)(?:\s+(?:зазна\w*|получ\w*|"
    r"отрима\w*|было|було|був|была|була))?)\s+$",
    re.IGNORECASE,
)
#: Right after a facility, told not damaged ("had not been damaged", "was not hit", "n'a pas été touché", "no sufrió
#: daños").
_UNDAMAGED_AFTER = re.compile(
    r"\s+(?:had|has|was|were|is)\s+(?:not|never)\s+(?:been\s+)?(?:damaged|hit|struck|touched|affected)\b"
    r"|\s+n['’]a\s+pas\s+été\s+(?:endommagée?|touchée?)|\s+no\s+(?:sufrió|resultó)\s+(?:daños|afectad[oa])"
    r"|\s+no\s+fue\s+(?:alcanzad|afectad|dañad|tocad)[oa]\b|\s+não\s+foi\s+(?:atingid|afectad|afetad|danificad)[oa]\b"
    # a headline's "l'hôpital épargné", "clinic unscathed" (its "undamaged", "intact", the damage rules read)
    r"|\s+(?:(?:was|is|remained|est|reste|resté|quedó|está)\s+)?(?:unscathed|untouched|épargnée?|intacte)\b"
    # "hospital funcionou normalmente", "the hospital functioned normally", "l'hôpital a fonctionné normalement"
    r"|\s+(?:(?:has|have|had|a|ha)\s+)?(?:funcionou|funcionó|funciona|funcionado|fonctionné|fonctionne|functioned|"
    r"worked|operated|functions|works|operates)\s+(?:normally|normalmente|normalement)\b"
    # "the clinic was not there", "la clinique n'était pas sur place", "la clínica no estaba allí"
    r"|\s+(?:was\s+not|wasn['’]t|n['’]était\s+pas|no\s+estaba)\s+(?:there|on\s+site|sur\s+place|là|allí|ahí|"
    r"en\s+el\s+lugar)\b"
    # "market hit, clinic spared", "le centre de santé a été épargné", "la clínica resultó intacta"
    r"|\s+(?:(?:was|were|is|are|has\s+been|had\s+been|remained|a\s+été|est|resultó|quedó)\s+)?(?:spared|untouched|"
    r"unscathed|épargnée?s?|intacte?s?|intact[oa]s?|ilesa)\b"
    # "наша лікарня не постраждала", "больница не пострадала", "не пошкоджена", "сама больница в тот день не
    # пострадала"
    r"|(?:\s+[а-яёіїєґ'’-]+){0,3}?\s+не\s+(?:постражда|пострада|пошкоджен|повреждён|поврежден|обстрілюва|обстрелива|"
    r"атакува|атакова|бомбил|бомбува)[а-яёіїєґ]*",
    re.IGNORECASE,
)
#: Right after a facility (and a few words of its name), the victims it took in ("the city hospital is receiving the
#: wounded", "l'hôpital a accueilli les blessés", "el hospital recibió a los heridos", "ومستشفى المدينة يستقبل الجرحى"):
#: where they were cared for, no target.
_TOOK_IN = re.compile(
    r"(?:\s+[^\W\d][\w'’-]*){0,3}?\s+(?:(?:has|have|had|was|were|is|are|a|ont|avait|ha|han|había)\s+)?"
    r"(?:received|receiving|receives|took\s+in|taking\s+in|takes\s+in|treated|treating|treats|admitted|admitting|"
    r"reçu|accueilli|accueille|reçoit|pris\s+en\s+charge|soigne|soigné|recibió|recibe|recibido|atendió|atiende|atendido|"
    r"recebeu|recebe|atendeu|atende)"
    r"\s+(?:(?:the|at\s+least|more\s+than|some|about|around|most\s+of\s+the|les|des|a|los|las|os|as)\s+)*"
    r"(?:[^\W\d][\w'’-]*\s+|\d+\s+)?"
    r"(?:wounded|injured|casualties|victims|bodies|dead|survivors|blessés|victimes|corps|heridos|víctimas|cuerpos|"
    r"lesionados|feridos|vítimas|corpos)\b"
    r"|(?:\s+\S+){0,2}?\s+[وف]?(?:يستقبل|تستقبل|استقبل|استقبلت|يعالج|تعالج|عالج|عالجت)\s+(?:\S+\s+){0,2}?"
    r"(?:الجرحى|المصابين|الضحايا|الجثث|القتلى|جريحا|جريحاً|مصابا|مصاباً)",
    re.IGNORECASE,
)
#: Before a facility, the title of whoever speaks for it ("the director of the", "مدير", "le directeur de l'").
_HEAD_OF = re.compile(
    r"\b(?:director|head|chief|spokes(?:man|woman|person)|manager|directeur|directrice|responsable|director[a]?|"
    r"jefe|gerente|porte-parole|portavoz)\s+(?:of\s+|de\s+|du\s+|del\s+)?(?:the\s+|l['’]|la\s+|le\s+|el\s+)?$"
    r"|(?:مدير|مديرة|ناطق\s+باسم|المتحدث\s+باسم)\s+$",
    re.IGNORECASE,
)
#: Right after ambulances, their arrival to help ("arrived at the scene", "rushed to the site", "وصلت إلى موقع").
_ARRIVING = re.compile(
    r"\s+(?:\S+\s+)?(?:arrived\s+(?:at|on)\s+the\s+(?:scene|site)|rushed\s+to\s+the\s+(?:scene|site)|"
    r"(?:وصلت|وصلوا|هرعت)\s+(?:إلى|الى)\s+(?:موقع|مكان))",
    re.IGNORECASE,
)
#: Before a facility, a negated Arabic verb of hitting ("دون أن تصيب المستشفى", without hitting the hospital; "ولم
#: يلحق بالمستشفى أي ضرر", no harm reached the hospital).
_NOT_HITTING_AR = re.compile(
    r"(?:(?:دون|بدون)\s+أن|(?<!\S)و?(?:لم|لن))\s+(?:تصيب|يصيب|تصب|يصب|تطال|يطال|تطل|يطل|تلحق|يلحق)\s+(?:ب|أي\s+)?$"
)
#: Right after a facility's name, told unharmed in Arabic ("لم يتعرض لأي أضرار", "لم يُصب بأذى"): no target.
_UNHARMED_AR = re.compile(
    r"\s+(?:\S+\s+)?(?:لم|لن)\s+(?:يتعرض|تتعرض|يصب|تصب|يُصب|تُصب|يلحق|تلحق|يطله|تطله|يتضرر|تتضرر)"
    # "ويعمل المستشفى بشكل طبيعي" (the hospital works normally)
    r"|\s+(?:يعمل\s+|تعمل\s+)?(?:بشكل|بصورة)\s+(?:طبيعي|اعتيادي)"
)
#: Between a plural facility noun and the first town of a list ("hospitals in", ", such as in", "at").
_LIST_OPEN = re.compile(r"[\s,]*(?:(?:such as|like|including)\s+)?(?:in|at|à|en|de)\s+(?:the\s+)?", re.IGNORECASE)
_TOWN = re.compile(r"(?!(?:The|And)\b)[A-Z][\w'’-]+(?:\s+(?:al-|el-)?[A-Z][\w'’-]+){0,2}")
#: Between two towns of a list.
_LIST_GAP = re.compile(r"\s*(?:,|,?\s*(?:and|et|y|&))\s*(?:(?:in|at|à|en)\s+)?", re.IGNORECASE)
#: What follows a damage word told of the facility just named: "its"/"the building", a part of a building told
#: without another owner ("shattering windows", "damaging half a dozen windows"), or nothing more.
#: Between a word of treatment and the health workers who give it ("treated *by* staff", "soignés *par les* médecins").
_CARER = re.compile(r"\s+(?:by|as|while|par|por|pendant\s+que|mientras)\s+(?:\w+\s+){0,2}", re.IGNORECASE)
#: Between a facility placed near an act and a damage word, the verb of the sentence's subject told before the
#: facility ("The house, 50 metres from the clinic, was destroyed"): the subject is damaged, not the facility.
_PREDICATE = re.compile(r",\s*(?:was|were|has\s+been|had\s+been|a\s+été|fue|quedó)\s", re.IGNORECASE)
_OF_ITSELF = re.compile(
    r"\s*(?:[,.;)]|$|(?:to\s+)?(?:its|it|the\s+(?:building|premises|facility|compound|structure)|"
    r"(?:parts?|some)\s+of\s+(?:it|the\s+building)|"
    r"(?:(?:its|the|some|several|many|all|a\s+few|half\s+a\s+dozen|dozens\s+of|\d+)\s+)?"
    r"(?:windows|window\s?panes|doors|roof|walls|gate|fence|glass)(?!\s+(?:of|in|at|on)\b))\b)",
    re.IGNORECASE,
)
_CAPTION = re.compile(r",\s+[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+)?\s+$")
#: The place written after a facility noun, possibly after a few lower-case words that describe it but no verb:
#: "in X", "in the town of X", "in Syria's X", "in Yemen's southern city of X", "in al X", "à X", "specializing in
#: maternal care in X" (one line; ``facility_place`` trims what follows the name).
_FACILITY_PLACE = re.compile(
    r"(?:(?P<gap>(?:[ \t]+(?!(?:was|were|is|are|has|have|had|which|that|who|where|when|while|after|before|by|on|"
    r"with|to|from|for|said|says)\b)[a-z][\w'’-]*){1,6}?)[ \t]+in"  # "a hospital specializing in maternal care in X"
    r"|,?[ \t]+(?:in|at|de|du|d['’]|à|en))[ \t]*(?P<the>the[ \t]+)?"
    r"(?:[A-Z][\w-]*['’]s[ \t]+)?"
    r"(?P<cue>(?:[a-z]+[ \t]+){0,2}?(?:town|village|city|district|area|locality|camp|ville|localité)[ \t]+"
    r"(?:of|de|d['’])[ \t]*)?"
    r"(?P<place>(?:(?:al|el)[- ])?[A-Z][\w'’-]*(?:[ \t]+[A-Z][\w'’-]+){0,2})"
)
#: Words after which a written place stops: verbs and prepositions of a title-case headline ("Hospital in X Is
#: Closed", "in X Bombed By ..."), where every word has a capital.
_PLACE_END = frozenset(
    {
        "is",
        "was",
        "are",
        "were",
        "has",
        "have",
        "had",
        "after",
        "by",
        "as",
        "on",
        "for",
        "with",
        "and",
        "or",
        "to",
        "from",
        "amid",
        "over",
        "following",
        "during",
        "says",
        "said",
    }
)
#: Admin words after a written place: a district's ("Abs district") belong to the location; a province's make it
#: no finer than the province ("Rakhine State"), which ``places.set_place`` leaves to the gazetteer.
_ADMIN_WORDS = frozenset(
    {
        "district",
        "township",
        "sub-district",
        "subdistrict",
        "county",
        "municipality",
        "commune",
        "province",
        "governorate",
        "state",
        "region",
        "oblast",
        "wilaya",
        "zone",
        "strip",
    }
)
_ADMIN_AFTER = re.compile(r"[ \t]+([a-zA-Z-]+)\b")
#: Words that open a name only to rank or place the facility ("the *only* hospital", "X's *last* hospital").
_NAME_RANK = frozenset(
    {"only", "last", "sole", "main", "largest", "biggest", "remaining", "same", "other", "nearby", "local"}
)
#: Words that head a name with "of" ("University of X Hospital"); any other capitalised word before "of" that opens
#: a name is the sentence's subject or a caption ("Imagery of X Hospital", "Staff of X Hospital").
_NAME_OF_HEADS = frozenset(
    {"university", "ministry", "order", "sisters", "brothers", "daughters", "friends", "society", "house", "martyrs"}
    | {"universidad", "université", "universidade", "ministerio", "ministère", "hermanas", "soeurs", "sœurs", "irmãs"}
)
#: "of" before a facility noun, in the languages that put names before it ("Staff of X Hospital", "Personal del
#: Hospital General", "Le personnel du Centre de santé"): what comes before it is no part of the name.
_OF_WORDS = frozenset({"of", "de", "del", "du", "des", "do", "da", "dos", "das"})
#: Verbs of a headline before its object ("Drone Strike Targets X Hospital"): what an act did, not a name.
_HEADLINE_VERBS = frozenset(
    {
        "hits",
        "targets",
        "strikes",
        "bombs",
        "shells",
        "kills",
        "injures",
        "wounds",
        "destroys",
        "damages",
        "raids",
        "attacks",
        "storms",
        "loots",
    }
)
#: Rule sets whose words tell what happened, never part of a facility's name ("Air Strike", "Bombed").
_TOLD_ABOUT = ("attacks", "damage", "casualties")
_POSSESSIVE = re.compile(r"[’']s$")
_SAINT = frozenset({"st", "st.", "saint", "sainte", "san", "santa"})
_TOKEN = re.compile(r"\S+")
_ARABIC = re.compile(r"[\u0600-\u06ff]")
_CYRILLIC = re.compile(r"[\u0400-\u04ff]")
_LATIN = re.compile(r"[A-Za-z\u00c0-\u024f]")
_ARABIC_NAME = re.compile(  # not opening on "and" ("المركز وغرفة اللقاحات": the centre and its vaccination room)
    r"(?!\s+و)(?:\s+(?!(?:في|من|على|إلى|الى|عن|مع|بعد|قبل|منذ|التي|الذي|الذين|و|الآن|الان|حاليا|أيضا|ايضا|دون|بدون|حيث|حين|"
    r"حينها|نفسه|نفسها|ذاته|ذاتها|أثناء|اثناء|خلال|ضد|كما|لكن|ثم|إثر|اثر|جراء|بسبب|حتى|لدى|عند|نحو|تابعة|تابع|التابعة|"
    r"التابع|قرب|بالقرب|بجوار|قبالة|فجر|صباح|مساء|ظهر|ليلة|ليل|يوم|أمس|اليوم|يومها|يومئذ|وقتها|آنذاك|حينذاك|متجهة|متجه|متوجهة|متوجه)\b)"
    r"(?:ال[\u0621-\u064a]+|[\u0621-\u0627\u0629-\u0642\u0645-\u064a][\u0621-\u064a]{2,})){1,2}"
)
_ANOTHER = re.compile(
    # "killed two paramedics and injured a third", "a fourth was wounded": the ordinal of a count told before
    r"\b(?:another|one other|un autre|une autre|otro|otra"
    r"|an?\s+(?:second|third|fourth|fifth|sixth|seventh)|une?\s+(?:deuxième|second|seconde|troisième|quatrième)"
    r"|un[ao]?\s+(?:segund[oa]|tercer[oa]?|cuart[oa]))\b"
    r"(?=\s*(?:[.,;:)]|and\b|et\b|y\b|$|(?:was\s+|a\s+été\s+|fue\s+|resultó\s+)?"
    r"(?:injured|wounded|hurt|killed|died|abducted|kidnapped|blessée?|tuée?|herid[oa]|muert[oa])\b))|"
    # Arabic, after the outcome's noun: "وإصابة ثالث" (and the wounding of a third), "ومقتل آخر" (another)
    r"(?<=[\u0621-\u064a]\s)(?:ثالث|ثالثة|ثالثه|رابع|رابعة|رابعه|آخر|اخر|أخرى|اخرى)(?![\u0621-\u064a])",
    re.IGNORECASE,
)
#: Between a counted group and the members named after it ("two staff members, a guard ...", "nine dead - seven").
_APPOSITION = re.compile(
    r"(?:\s+(?:in|on|at|inside|aboard|dans|à\s+bord\s+de|en)\s+(?:the\s+|l['’]|la\s+|le\s+|el\s+)?[^\W\d][\w'’-]*"
    r"|\s+[^\W\d]+ing(?:\s+[^\W\d][\w'’-]*){0,3})?"  # "two people sheltering inside, a cleaner and ...": what
    r"\s*[,:(–—-]\s*(?:a|an|the|one|un|une|una|un)?\s*",  # "two people in the ambulance, a nurse and ...": where
    re.IGNORECASE,
)
#: Between a counted group and its members listed after its verb and a colon or a dash ("five people were killed:
#: a nurse, ...", "six people were shot or hacked to death with machetes: four patients, ...", "четыре человека
#: ранены — двое пациентов, ...", "bringing the toll to six people killed: ..."), across one left out of the toll
#: ("five people had been killed, not counting the attacker - the two guards and ...").
_LIST_MARK = r"\s*(?:[:–—]|(?<=\s)-(?=\s))\s*"  # a colon or a dash opening a list of members
_LISTED_AFTER = re.compile(
    r"\s+(?:[^\W\d][\w'’-]*\s+){0,7}?[^\W\d][\w'’-]*"
    r"(?:,\s*(?:not\s+counting|excluding|besides|apart\s+from|without\s+counting|sans\s+compter|sin\s+contar|sem\s+contar|"
    r"not|et\s+non|y\s+no|e\s+não)"  # "five were injured, not six: ..."
    r"(?:\s+[^\W\d][\w'’-]*){1,4})?"
    rf"{_LIST_MARK}(?:(?:the|les|los|las|os|as|le|la|el|o|a)\s+|l['’])?"  # "- the two guards and ...", ": l'infirmier"
)
#: The list mark alone between a whole and its first member, the outcome told before the whole ("Поранено
#: чотирьох людей: двох медичних працівниць і двох пацієнтів"), and how far before it that outcome may stand.
_LISTED_BARE = re.compile(_LIST_MARK)
_OUTCOME_BEFORE = 25
#: Nouns of the dead ("the two dead are ...", "les deux morts sont ...").
_DEAD_WORD = re.compile(r"dead|morts?|muert[oa]s?|mort[oa]s?|fallecid[oa]s?", re.IGNORECASE)
#: Between a counted group and its members told as what it is ("Les deux morts sont le conducteur et un patient").
_ARE_MEMBERS = re.compile(r"\s+(?:are|were|sont|étaient|son|eran|fueron|são|foram)\s+", re.IGNORECASE)
#: Between two members of one group ("a guard and a cleaner", "one nurse, a driver"), the first told with a
#: participle ("three patients waiting for surgery and a man") or named ("le chauffeur, M. B. Guindo, et l'...").
_MEMBER_JOIN = re.compile(
    r"(?:\s+[^\W\d]+ing\b(?:(?!\b(?:and|et|y)\b)[^,;.:()])*?)?(?:,\s*[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*){0,3})?"
    r"(?:\s+(?:of\s+the|of|du|del|de\s+la|de\s+l['’]|de)\s*[^\W\d][\w'’-]*)?"  # "un guardia del hospital, y una ..."
    r"\s*(?:,|,?\s*(?:and|et|y|и|і|та))\s*(?:a|an|the|one|un|une|una|l['’])?\s*",
    re.IGNORECASE,
)
#: Between a counted group and the part of it named after it ("among them two nurses").
_INCLUDED = re.compile(
    rf"\s*[,،(:–—-]?\s*(?:{_PART_WORDS}|(?<=[,،]\s)و?هم)\s*[,:–—-]?\s*(?:a|an|the|one|un|une|una|uno)?\s*",
    re.IGNORECASE,
)
_OUTCOMES = ("killed", "injured", "abducted", "arrested")
#: An indefinite article before a singular outcome noun counts one ("un muerto y dos heridos", "un seul mort",
#: "um ferido"); the number words leave articles out (a count only here, where the noun is one of the dead or hurt).
_HURT_ONE = r"herid[oa]|lesionad[oa]|bless[ée]e?|ferid[oa]"  # one hurt, in Spanish, French and Portuguese
_ONE_OUTCOME = re.compile(
    rf"\b(?:un|una|une|um|uma)\s+(?:(?:solo|sola|seul|seule|único|única|só)\s+)?"
    rf"(?=(?:muert[oa]|fallecid[oa]|mort|morte|tu[ée]e?|mort[oa]|{_HURT_ONE})\b)"
    # "Tres personas murieron y una resultó herida", "deux tués et une a été blessée": the pronoun is one person
    r"|(?:(?<=\b[yeE]\s)|(?<=\bet\s))(?:una|uno|une|un|um|uma)(?=\s+(?:(?:resultó|resultou|fue|foi|quedó|ficou|a\s+été|est)\s+)"
    rf"(?:gravemente\s+|grièvement\s+|levemente\s+|légèrement\s+)?(?:{_HURT_ONE})\b)",
    re.IGNORECASE,
)
_GROUP_TARGETS = ("health_worker", "patient")
#: An act dated more than this before the report's reference date is background (an earlier attack).
_BLANK_LINE = re.compile(r"\n[ \t]*\n")
_BACKGROUND_GAP = timedelta(days=31)
#: ... or more than this before it with a cue ("earlier", "previously", "last week").
_BACKGROUND_CUE_GAP = timedelta(days=6)
#: The longest period a report may declare in its head (a quarter and its month of writing), the sentences that make
#: its head and the most words of a line that declares it.
_DECLARED_PERIOD = timedelta(days=125)
_HEAD_SENTENCES = 5
#: The most words of a heading.
_HEADING_WORDS = 12
_HEAD_LINE_WORDS = 10
#: ... and of a line that names its period or gives it as a range.
_DECLARING_LINE_WORDS = 30
_PERIOD_WORD = re.compile(
    r"\b(?:(?:reporting|review|study)\s+period|period\s+covered|covering|covers|période|periodo|período|semestre|"
    r"trimestre)\b",
    re.IGNORECASE,
)
#: Before a title's range of months: a comma, a colon, a dash or a bracket ("Attacks in Ituri, janvier-juin 2026").
_TITLE_PERIOD_BEFORE = re.compile(r"[,(:–—]\s*$")
#: Between the two days of a range ("1 January to 30 June", "marzo–julio", "du 1er au 30 juin").
_RANGE_BETWEEN = re.compile(r"\s*(?:–|—|-|to|until|through|au|à|al|a|hasta|and|et|y)\s*", re.IGNORECASE)
#: A report dating at least this many days of acts, each within _PERIOD_GAP of the next, reports a period.
_PERIOD_DAYS = 3
_PERIOD_GAP = timedelta(days=62)
#: A report whose latest act is within this of its date, and none within _BACKGROUND_GAP, looks back on a past
#: period: its acts, each within _LOOKING_BACK_GAP of the next, are what it reports.
_LOOKING_BACK = timedelta(days=365)
_LOOKING_BACK_GAP = timedelta(days=183)


@dataclass(slots=True)
class Event:
    """One sentence telling an act against health care, with the hits that make it one."""

    sentence: Sentence
    triggers: list[Hit]
    targets: list[Hit]
    facility: Hit | None = None
    facility_name: tuple[int, int] | None = None
    place: Span | None = None
    date: Any = None
    time: Any = None
    background: bool = False
    told: bool = False  # the date is the day the act was told of ("said on Tuesday"), not its own
    counts: dict[str, Any] = field(default_factory=dict)
    together: Event | None = None  # the earlier event that told this one's facilities hit together


def _last_day(value: str) -> date:
    """The last day a date value ("YYYY-MM-DD", "YYYY-MM", "YYYY") can mean."""
    parts = [int(p) for p in value.split("-")]
    if len(parts) == 3:
        return date(*parts)
    if len(parts) == 2:
        return date(parts[0], parts[1], calendar.monthrange(parts[0], parts[1])[1])
    return date(parts[0], 12, 31)


def _between_words(text: str) -> int:
    return len(text.split())


def anchor(doc: Doc) -> Doc:
    """Component: the reference date for relative dates: the end of the period a report covers, else the dateline
    when it differs, else the page date
    (unless the document was given one: a later section of a long report keeps the report's); whether the
    report tells an accident or a natural disaster."""
    doc.reference = (
        doc.reference
        or period_end(doc.text, doc.published, doc.language)
        or find_dateline(doc.text, doc.published, doc.language)
        or doc.published
    )
    doc.accident = any(_accident(s) for s in doc.sentences)
    doc.disaster = any(_cues(s, "disaster") for s in doc.sentences)
    return doc


def _accident(sentence: Sentence) -> bool:
    """Whether ``sentence`` tells an accident ("fire broke out", "collided"), not one a weapon it names caused
    ("fire broke out at the hospital after missiles were fired") nor a thing knocked over in an act it tells ("beat
    two doctors and overturned a trolley"; fire words are the accident's: "a gas leak set fire to the hospital")."""
    return bool(_cues(sentence, "accident")) and not any(
        (h.value.get("weapon") or h.value.get("attack_type") not in (None, "arson"))
        and h.value.get("strength") == "strong"
        for h in sentence.get("attacks")
    )


def _cues(sentence: Sentence, cue: str) -> list[Hit]:
    """The context cues of kind ``cue`` in ``sentence``, without words of a facility's own name ("treatment"
    in "Ebola treatment centre" tells no treatment of victims)."""
    hits = [h for h in sentence.get("context") if h.value["cue"] == cue]
    if not hits:
        return hits
    names = sentence.get("facilities")
    hits = [h for h in hits if not any(f.start <= h.start and h.end <= f.end for f in names)]
    if cue == "treatment":
        hits = [h for h in hits if not _armed_arrival(sentence, h)]
    return hits


def _armed_arrival(sentence: Sentence, cue: Hit) -> bool:
    """Whether an "arrived" care cue tells armed men arriving ("gunmen arrived at the hospital", "four men with rifles
    arrived at a health centre"): the doers came armed, no one was carried to care."""
    if not cue.text.lower().startswith("arrived"):
        return False
    doers = [h.end for h in sentence.get("perpetrators") if "carries" in h.value]
    doers += [h.end for h in sentence.get("attacks") if "carries" in h.value or h.rule == "attack.firearm"]
    return any(0 <= cue.start - end <= 40 for end in doers)


#: Between a facility and the distance told in apposition after it (", a few kilometres from", ", à 2 km de", ", a unos
#: 500 metros del": the words before a "near" cue): the facility stands away from the act.
_APPOSED = re.compile(
    r"\s*,\s*(?:à\s+|a\s+)?(?:(?:a\s+few|some|about|around|only|just|quelques|environ|unos|unas)\s+)?"
    r"(?:\d[\d.,]*\s*|[^\W\d_]+\s+)?",
    re.IGNORECASE,
)


def _others_held(doc: Doc, sentence: Sentence, triggers: list[Hit]) -> bool:
    """Whether a sentence tells only arrests or abductions of people it names, none of them health workers or
    patients ("Police detained three relatives of the patient"; the patient is whose relatives they are)."""
    acts = [t for t in triggers if t.set == "attacks"]
    if not acts or any(t.value.get("attack_type") != "abduction_arrest" for t in acts):
        return False
    people = [
        h
        for h in sentence.get("people")
        if not any(p.end <= h.start and _OF_PERSON.fullmatch(doc.text, p.end, h.start) for p in sentence.get("people"))
        and h.value["group"] not in ("agent", "organisation")
    ]
    return bool(people) and not any(h.value["group"] in _GROUP_TARGETS for h in people)


#: Words at most between a later death and the facility it happened in ("died of his wounds on 11/06 at Diffa
#: regional hospital").
_DIED_AT_WORDS = 8
#: Words of dying, not of killing: who "died at the hospital" was not attacked there.
DYING = frozenset(
    ["died", "décédé", "décédée", "décédés", "décédées", "murió", "murieron", "falleció", "fallecieron", "morreu",
     "morreram", "faleceu", "faleceram"]
)  # fmt: skip
_DIED_AT = re.compile(r"\b(?:at|in|à|au|en)\s+(?:the\s+|la\s+|l['’]|el\s+)?(?:[\w'’-]+\s+){0,3}$", re.IGNORECASE)


#: Before a facility, what makes it one no more ("a former tuberculosis dispensary", "a disused clinic", "l'ancien
#: dispensaire", "колишня лікарня", "бывшей больницы").
_FORMER = re.compile(
    r"\b(?:former|disused|derelict|ex-|ancienne?|antigu[oa]|колишн\w*|бывш\w*)\s*(?:[^\W\d][\w'’-]*\s+){0,2}$",
    re.IGNORECASE,
)

#: Around goods, their trade or smuggling ("suspected of smuggling fuel", "illegal drugs", "drug traffickers",
#: "contrebande de carburant", "venta de medicamentos falsificados"): the goods of a crime, not health care's supplies.
_TRADED_BEFORE = re.compile(
    r"\b(?:smuggl\w*|traffick\w*|selling|sold|sale\s+of|dealing(?:\s+in)?|illegal|illicit|contraband|counterfeit|"
    r"black[- ]market|contrebande\s+de|trafic\s+de|vente\s+de|contrabando\s+de|tráfico\s+de|venta\s+de)\s+"
    r"(?:(?:of|in|the|some|de|du|des|la|el|los|las)\s+)?$",
    re.IGNORECASE,
)
_TRADED_AFTER = re.compile(
    r"[\s-]+(?:smuggl\w*|traffick\w*|dealers?|sellers?|trade|contraband|lords?|cartels?|gangs?|rings?)\b",
    re.IGNORECASE,
)


def _traded(doc: Doc, sentence: Sentence, hit: Hit) -> bool:
    """Whether supplies (``hit``) are the goods of a trade or a smuggling ("arrested three men suspected of smuggling
    fuel", "drug traffickers"), not health care's."""
    return hit.value.get("resource") == "supplies" and bool(
        _TRADED_BEFORE.search(doc.text, max(sentence.start, hit.start - 40), hit.start)
        or _TRADED_AFTER.match(doc.text, hit.end, sentence.end)
    )


def _unharmed_after(doc: Doc, sentence: Sentence, facility: Hit) -> bool:
    """Whether ``facility`` is told unharmed right after its name ("had not been damaged", "لم يتعرض لأي أضرار", a
    headline's "hospital undamaged": the damage rules' "none", at most a verb of being between) or right after a
    negated verb of hitting ("دون أن تصيب المستشفى", without hitting the hospital)."""
    return bool(
        _UNHARMED_AR.match(doc.text, facility.end, sentence.end)
        or _UNDAMAGED_AFTER.match(doc.text, facility.end, sentence.end)
        or any(
            h.value.get("facility_damage") == "none" and _BEING_BETWEEN.fullmatch(doc.text, facility.end, h.start)
            for h in sentence.get("damage")
        )
        or _NOT_HITTING_AR.search(doc.text, max(sentence.start, facility.start - 30), facility.start)
    )


#: Between a facility and the words telling it unharmed ("hospital undamaged", "l'hôpital est resté intact").
_BEING_BETWEEN = re.compile(r"\s+(?:(?:was|is|remained|est|reste|resté|restée|quedó|está)\s+)?")


def _targets(doc: Doc, sentence: Sentence) -> list[Hit]:
    """Health-care targets in ``sentence``: facilities (not those merely near the act, nor those victims
    were taken to, unless kept from reaching them: "prevented the wounded from being admitted to it"), health
    workers, patients and health supplies."""
    blocked = [h for h in sentence.get("attacks") if h.value.get("attack_type") == "obstruction"]
    treated = [
        n
        for n in _cues(sentence, "treatment")
        if not any(
            h.start <= n.start and (_between_words(gap := doc.text[h.end : n.start]) <= 2 or _KEPT_FROM.fullmatch(gap))
            for h in blocked
        )
    ]
    # Arabic's "قرب" is near what follows it at once ("قرب مستشفى النور"; "قرب الباب الرئيسي للمركز" is at its gate)
    cues = [(n, 1 if n.rule == "context.near.ar" else _NEAR_WORDS) for n in _cues(sentence, "near")] + [
        (n, _GAP_WORDS) for n in treated + _cues(sentence, "carried")
    ]
    titles = _cues(sentence, "title")
    facilities = [_as_part(doc, sentence, h) for h in sentence.get("facilities")]
    placed_at: set[int] = set()
    for cue, gap in cues:  # a cue places the facility right after it and those joined to it ("near X and Y")
        after = [h for h in facilities if h.start >= cue.start]  # "died in hospital": the cue's own
        if not after or _between_words(doc.text[cue.end : after[0].start]) > gap:
            continue
        clause = _PLACED_BEFORE.search(doc.text, cue.end, after[0].start)
        if clause and any(a.start >= clause.end() for a in sentence.get("attacks")):
            continue
        placed_at.add(after[0].start)
        for previous, hit in itertools.pairwise(after):  # ... and its acronym in brackets ("the health centre (CSI)")
            if not (_JOINED.fullmatch(gap := doc.text[previous.end : hit.start]) or _OPEN_BRACKET.fullmatch(gap)):
                break
            placed_at.add(hit.start)
    # ... nor one told unharmed right after its name ("the hospital had not been damaged in the airstrike", "أن
    # المشفى لم يتعرض لأي أضرار") or taking in the victims ("and the city hospital is receiving the wounded"), with no
    # act word told of it: right before it ("shells hit the hospital but it was not damaged" is an act on it), or
    # after the victims it took in ("the hospital treating the wounded was shelled")
    acts = sentence.get("attacks")

    def acted_on(h: Hit) -> bool:  # "market hit, clinic spared": the act before a comma is another place's
        return any(
            a.end <= h.start and _between_words(gap := doc.text[a.end : h.start]) <= 4 and not re.search(r"[,;:]", gap)
            for a in acts
        )

    unharmed = [h for h in facilities if not acted_on(h) and _unharmed_after(doc, sentence, h)]
    placed_at |= {h.start for h in unharmed}
    placed_at |= {
        h.start
        for h in facilities
        if not acted_on(h)
        and (took := _TOOK_IN.match(doc.text, h.end, sentence.end))
        and not any(a.start >= took.end() for a in acts)
    }
    # ... and the same facility named before it, across a headline's semicolon ("Balacera frente a hospital deja dos
    # muertos; el nosocomio no fue alcanzado"; not "a rocket landed in the yard of the hospital, but the hospital was
    # not damaged", which tells where the rocket fell)
    placed_at |= {
        h.start
        for h in facilities
        if not acted_on(h)
        and any(
            u.start > h.end
            and u.value.get("facility_type") == h.value.get("facility_type")
            and ";" in doc.text[h.end : u.start]
            for u in unharmed
        )
    }
    # ... nor a facility that is one no more ("a former tuberculosis dispensary", "колишня лікарня")
    placed_at |= {h.start for h in facilities if _FORMER.search(doc.text, max(sentence.start, h.start - 40), h.start)}
    # ... nor goods smuggled or traded ("suspected of smuggling fuel")
    placed_at |= {h.start for h in facilities if _traded(doc, sentence, h)}
    # ... nor the facility of a speaker who tells of it again ("The director of the hospital, Dr. Ahmed, said the
    # hospital ...", "وأكد مدير المشفى ... أن المشفى")
    reporting = _cues(sentence, "reporting")
    placed_at |= {
        h.start
        for h in facilities
        if _HEAD_OF.search(doc.text, max(sentence.start, h.start - 30), h.start)
        and any(r.start < h.start or 0 <= r.start - h.end <= 60 for r in reporting)
        and any(f.start > h.end and f.value.get("facility_type") == h.value.get("facility_type") for f in facilities)
    }
    # ... nor ambulances arriving to help ("سيارات الإسعاف وصلت إلى موقع الغارة", "ambulances rushed to the scene")
    placed_at |= {
        h.start
        for h in facilities
        if h.value.get("facility_type") == "ambulance" and _ARRIVING.match(doc.text, h.end, sentence.end)
    }
    # ... nor the ambulance that carried the wounded ("الإسعاف نقلت الجرحى", "ambulances ferried the wounded")
    placed_at |= {
        f.start
        for f in facilities
        if f.value.get("facility_type") == "ambulance"
        for c in treated + _cues(sentence, "carried")
        if 0 <= c.start - f.end <= 12 and not sentence.get("attacks")
    }
    # ... nor the facility where the wounded later died ("died of his wounds on 11/06 at Diffa regional hospital")
    placed_at |= {
        f.start
        for h in sentence.get("casualties")
        if h.value.get("later")
        for f in facilities
        if f.start >= h.end
        and _between_words(doc.text[h.end : f.start]) <= _DIED_AT_WORDS
        and _DIED_AT.search(doc.text, h.end, f.start)
        # ... told after the acts ("relatives of a man who died of his wounds at X hospital started smashing things":
        # the act is at X)
        and not any(a.start >= h.end for a in (*sentence.get("attacks"), *sentence.get("damage")))
    }
    # ... or where someone died, in a sentence telling no act ("Un malade est décédé lundi à l'hôpital de Tillabéri";
    # not an ambulance: "murió el martes en el interior de una ambulancia que permaneció retenida" is its incident)
    if not sentence.get("attacks") and not sentence.get("damage"):
        placed_at |= {
            f.start
            for h in sentence.get("casualties")
            if h.text.lower() in DYING
            for f in facilities
            if f.start >= h.end
            and f.value.get("facility_type") != "ambulance"
            and _between_words(doc.text[h.end : f.start]) <= _DIED_AT_WORDS
            and _DIED_AT.search(doc.text, h.end, f.start)
        }
    # a facility a later clause tells unhit is no target ("...; the centre itself was not hit"), and the same noun
    # told again, undamaged, is the same facility ("shells landed 500 metres from the hospital ... the hospital was
    # not damaged")
    placed_at |= {h.start for h in facilities if _unhit_again(doc, sentence, h)}
    # ... nor one placed away from the act right after its name ("X Hospital, a few kilometres from the blast")
    placed_at |= {
        h.start
        for h in facilities
        for n in _cues(sentence, "near")
        if _APPOSED.fullmatch(doc.text, h.end, n.start)
        and any(a.start >= n.end and _between_words(doc.text[n.end : a.start]) <= 1 for a in sentence.get("attacks"))
    }
    first = {_noun(h): h.start for h in reversed(facilities) if h.start in placed_at}  # "General Hospital", "hospital"
    placed_at |= {
        h.start for h in facilities if h.start > first.get(_noun(h), h.start) and _undamaged(doc, sentence, h)
    }
    out = []
    for hit in facilities:
        placed = hit.start in placed_at and not _damaged_itself(doc, sentence, hit)
        employer = any(0 <= t.start - hit.end <= 1 for t in titles)  # "Hospital Manager X said"
        # ... or inside the name of a job in a service of a facility ("a pharmacy technician", "a laboratory
        # technician"), not of one run by it ("the hospital director", "an ambulance driver")
        employer = employer or any(
            p.start <= hit.start
            and hit.end <= p.end
            and (hit.value.get("facility_type") in _SERVICES or _EMPLOYEES.search(p.text))
            for p in sentence.get("people")
        )
        # the facility whose staff the report quotes ("according to the hospital's staff", "según el personal
        # del hospital") is where the source works, and one not reached ("died before reaching the hospital") is
        # where someone was going: neither is what was attacked
        before = doc.text[max(sentence.start, hit.start - 40) : hit.start]
        aside = _SOURCE.search(before) or _NOT_REACHED.search(before)
        if not placed and not employer and not aside:
            out.append(hit)
    # ... nor, beside another facility, the owner of what was hit ("the ambulance, which belongs to a hospital");
    # alone it stays ("a vehicle belonging to the X health centre was seized")
    out = _beside_others(out, lambda h: bool(_OWNER.search(doc.text[max(sentence.start, h.start - 40) : h.start])))
    # ... nor, beside another facility, where someone was being carried ("struck an ambulance carrying a wounded
    # child to hospital"); alone it stays ("a truck carrying kits to the X hospital was stopped")
    out = _beside_others(out, lambda h: _carried_to(doc, sentence, h))
    # people who tell of the act are no target of it ("..., said Dr. Saad, who was at the scene"), nor are those
    # who care for its victims ("the wounded were treated by staff", "treated as doctors worked through the night")
    speakers = _speakers(doc, sentence, sentence.get("casualties"))
    out += [
        h
        for h in sentence.get("people")
        if h.value["group"] in _GROUP_TARGETS
        # ... and officials before a verb of saying are its source ("police and hospital officials said"), as are
        # people told right after a quote ('"The strike was on the market," the doctor said')
        and not _speaker(
            doc,
            sentence,
            h,
            speakers,
            before=h.text.lower().endswith(_OFFICIALS)
            or bool(_AFTER_QUOTE.search(doc.text, max(sentence.start, h.start - 60), h.start)),
        )
        and not (
            h.value["group"] == "health_worker" and any(_CARER.fullmatch(doc.text, n.end, h.start) for n in treated)
        )
        # ... nor the wounded brought to care ("поранених ... доставили до лікарні"): the victims of an act elsewhere
        and not (
            h.value["group"] == "patient"
            and _cues(sentence, "treatment")
            and any(c.start == h.start and c.value["outcome"] == "injured" for c in sentence.get("casualties"))
        )
    ]
    return out


#: People named by the facility they work for ("two of the dead were hospital employees"): the facility is their
#: employer, not a target.
_EMPLOYEES = re.compile(r"\b(?:employees?|staffers?|workers?|personnel)$", re.IGNORECASE)
#: Facility types that are also a service of a larger facility, whose names name jobs ("pharmacy technician").
_SERVICES = ("pharmacy", "warehouse", "other")


def _beside_others(hits: list[Hit], aside: Callable[[Hit], bool]) -> list[Hit]:
    """``hits`` without those ``aside`` tells are not what was hit, unless that would leave none."""
    kept = [h for h in hits if not aside(h)]
    return kept or hits


def _noun(hit: Hit) -> str:
    """The head noun of a facility's words, lower-case ("General Hospital" → "hospital")."""
    return hit.text.lower().split()[-1]


def _carried_to(doc: Doc, sentence: Sentence, hit: Hit) -> bool:
    """Whether a facility is told as where someone is carried ("carrying a patient to the X hospital")."""
    named = facility_name(doc, hit)
    start = named[0] if named else hit.start
    return bool(_CARRIED_TO.search(doc.text[max(sentence.start, start - 100) : start]))


#: Facility types that a care facility holds as a part of it ("its pharmacy", "le dépôt pharmaceutique du CSI").
_PARTS = ("pharmacy", "warehouse")
#: Care facilities that hold such parts.
_HOLDERS = ("hospital", "primary_care", "mobile_clinic")
#: Before a facility, someone carried to it or from it: its destination or origin ("carrying a wounded child to the
#: hospital", "transferring a woman in labour from a health centre to the X hospital", "transportaba a un herido al
#: hospital", "transportant un blessé vers l'hôpital").
_CARRIED_TO = re.compile(
    r"(?:\b(?:carr(?:y|ies|ied|ying)|transport(?:s|ed|ing)?|transferr(?:ed|ing)|driving|taking|bringing|"
    r"evacuat(?:ing|ed))\s+(?!out\b)(?:[\w'’-]+\s+){1,10}(?:to|towards|from)\s+(?:the\s+|an?\s+)?"
    r"(?:[a-z][\w-]*\s+){0,2}|"
    r"\b(?:transportait|transportant|évacuait|évacuant|conduisait|emmenait)\s+(?:[\w'’-]+\s+){1,5}(?:vers\s+|à\s+|au\s+)"
    r"(?:l['’]\s*|la\s+|le\s+)?|"
    r"\b(?:transportaba|trasladaba|llevaba|evacuaba)\s+(?:[\w'’-]+\s+){1,5}(?:a|al|hacia)\s+(?:la\s+|el\s+)?|"
    # Arabic "أثناء نقلها مريضاً مصاباً بجلطة قلبية إلى مستشفى" (while carrying a patient to), "متجهة إلى" (heading to)
    r"(?<!\w)[وف]?(?:(?:نقل|تنقل|ينقل|تقل|يقل|تحمل|يحمل)[\u0621-\u064a]*\s+(?:[^\s]+\s+){1,8}?|"
    r"(?:متجه|متوجه)[ةه]?\s+(?:[^\s]+\s+){0,3}?)(?:إلى|الى|نحو|باتجاه)\s+)$",
    re.IGNORECASE,
)
#: Before a facility, where someone did not get to or what was meant for it ("died before reaching the hospital",
#: "avant d'arriver à l'hôpital", "stocks intended for hospitals in A and B", "destinados a los centros de salud"):
#: never what was attacked.
_NOT_REACHED = re.compile(
    r"(?:\bbefore\s+(?:reaching|arriving\s+at|getting\s+to)\s+(?:the\s+)?|\bavant\s+d['’]arriver\s+(?:à|au)\s+"
    r"(?:l['’]\s*|la\s+)?|\bantes\s+de\s+llegar\s+al?\s+(?:la\s+)?|"
    r"\b(?:intended|destined|meant|bound)\s+for\s+(?:the\s+)?(?:[\w'’-]+\s+){0,2}|"
    r"\b(?:destinés?|destinées?)\s+(?:à\s+l['’]\s*|aux?\s+)|\bdestinad[oa]s?\s+a(?:l|\s+los|\s+las|\s+la)?\s+)$",
    re.IGNORECASE,
)
#: A field's label opening a line of a log's entry, before what it tells ("Damage: ").
_FIELD_OPEN = re.compile(r"[^\W\d][\w ]{0,30}:\s*")
#: Facility types that hold no parts (rooms, services, vehicles): skipped when looking back for a holder's noun.
_NOT_HOLDERS = ("pharmacy", "warehouse", "ambulance", "other")
#: Before a part, its holder: a possessive ("its", "sa", "su") or the holder's noun ("the hospital's pharmacy").
_ITS = r"its|their|sa|son|leur|su"
_HELD_BY_ITS = re.compile(rf"\b(?:{_ITS})\s+(?:[\w-]+\s+)?$", re.IGNORECASE)
#: ... and before a vehicle, the teller's own too ("our mobile clinic vehicle"; "our warehouse" may be any).
_HELD_BY_OUR = re.compile(rf"\b(?:{_ITS}|our|notre|nuestr[oa])\s+(?:[\w-]+\s+)?$", re.IGNORECASE)
#: A vehicle a care facility holds (an ambulance, a mobile clinic), told as that facility's own ("its ambulance",
#: "our mobile clinic vehicle", "the centre's only ambulance"): hit in an attack on the facility, it is part of it.
_VEHICLES = ("ambulance", "mobile_clinic")
#: Between a holder's noun and what it holds: the possessive and a modifier ("the centre*'s only* ambulance").
_HOLDERS_OWN = re.compile(r"[’']s\s+(?:[\w-]+\s+)?$")
#: After a part, and after the parts listed with it ("la pharmacie et le magasin du centre"): its holder's noun.
_OF_HOLDER = re.compile(
    r"(?:\s+(?:and|et|y)\s+(?:the|le|la|l['’]|el)\s*[\w-]+)?\s+"
    r"(?:of\s+(?:the|its|this)|du|de\s+(?:la|ce|cet|cette|l['’]|los|las)|del|de\s+este|do|da)\s*",
    re.IGNORECASE,
)
#: After a part, "of" and the name of its holder ("the pharmacy of *Abs Rural* Hospital"), case-sensitive.
_OF_NAMED = re.compile(r"\s+(?:of|de|del|du)\s+(?:[A-Z][\w'’-]*\s+){0,4}")
#: A care facility told again by its bare noun ("of the centre", "du CSI").
_HOLDER_NOUN = re.compile(
    r"(?:centre|center|centro|hospital|hôpital|hopital|clinic|clinique|clínica|CSI|CSPS|CSCom|dispensary|"
    r"dispensaire|dispensario)\b",
    re.IGNORECASE,
)
#: Right before a part told again of the care facility just named ("... stormed the clinic. They emptied the
#: pharmacy"): a definite article.
_DEFINITE = re.compile(r"\b(?:the|la|le|l['’]|el)\s*$", re.IGNORECASE)
#: Characters between "of the" and the holder's noun ("of the *district* hospital").
_HOLDER_CHARS = 20
#: Sentences back in which a part's holder may have been named.
_HOLDER_SENTENCES = 3


def _holder_before(doc: Doc, sentence: Sentence, hit: Hit, skipped: tuple[str, ...] = ()) -> Hit | None:
    """The care facility named last before ``hit`` (not counting facilities of the ``skipped`` types), in its
    sentence or the few before it."""
    for s in reversed(doc.sentences[max(0, sentence.index - _HOLDER_SENTENCES) : sentence.index + 1]):
        named = [
            f
            for f in s.get("facilities")
            if f.end <= hit.start and "facility_type" in f.value and f.value["facility_type"] not in skipped
        ]
        if named:
            last = named[-1]
            return last if last.value["facility_type"] in _HOLDERS else None
    return None


def _named_before(doc: Doc, sentence: Sentence, hit: Hit) -> Hit | None:
    """The facility of another type named last before ``hit`` (in its sentence or the few before it) whose noun
    ends with ``hit``'s in English, begins with it in other languages: "the clinic" told again of "a mobile
    clinic", "la clínica" of "una clínica móvil" (not "the hospital" of "the hospital warehouse")."""
    words = hit.text.lower().split()
    for s in reversed(doc.sentences[max(0, sentence.index - _HOLDER_SENTENCES) : sentence.index + 1]):
        for f in reversed([f for f in s.get("facilities") if f.end <= hit.start and "facility_type" in f.value]):
            named = f.text.lower().split()
            head = named[-len(words) :] if doc.language == "en" else named[: len(words)]
            if len(named) > len(words) and head == words and f.value["facility_type"] != hit.value.get("facility_type"):
                return f
    return None


def _as_part(doc: Doc, sentence: Sentence, hit: Hit) -> Hit:
    """A pharmacy or store told as a part of a care facility ("its pharmacy", "the hospital's pharmacy", "la
    pharmacie du centre", "the pharmacy" or "le dépôt pharmaceutique" after the clinic was named, in its sentence
    or a few before) as that facility: the facility attacked is the one it belongs to, not a separate one (so
    grouping sees one facility); and a facility told again by the head of its noun ("a mobile clinic ... the
    clinic") as the one named before."""
    before = doc.text[max(sentence.start, hit.start - 40) : hit.start]
    if _DEFINITE.search(before) and (again := _named_before(doc, sentence, hit)):
        value = {**hit.value, "facility_type": again.value["facility_type"]}  # "una clínica móvil ... la clínica"
        return Hit(hit.set, hit.start, hit.end, hit.text, hit.rule, value)
    if hit.value.get("facility_type") in _VEHICLES:  # a vehicle keeps its type; grouping reads whose it is
        if (held := _vehicle_holder(doc, sentence, hit, before)) is None:
            return hit
        return Hit(hit.set, hit.start, hit.end, hit.text, hit.rule, {**hit.value, "held_by": held})
    if hit.value.get("facility_type") not in _PARTS:
        return hit
    holder = next(
        (
            f
            for f in sentence.get("facilities")
            if f.end <= hit.start and re.fullmatch(r"(?:[’']s)?\s+", doc.text[f.end : hit.start])
        ),
        None,
    )
    if holder is None and _HELD_BY_ITS.search(before):
        holder = _holder_before(doc, sentence, hit)
    after = _OF_HOLDER.match(doc.text, hit.end, sentence.end)
    if holder is None and after:
        holder = next((f for f in sentence.get("facilities") if 0 <= f.start - after.end() <= _HOLDER_CHARS), None)
        if holder is None and _HOLDER_NOUN.match(doc.text, after.end()):
            holder = _holder_before(doc, sentence, hit)
    if holder is None:  # "the pharmacy of Abs Rural Hospital": of the facility named right after it
        holder = next((f for f in sentence.get("facilities") if _OF_NAMED.fullmatch(doc.text, hit.end, f.start)), None)
    if holder is None and _DEFINITE.search(before):
        holder = _holder_before(doc, sentence, hit)
        prior = [f for f in sentence.get("facilities") if f.end <= hit.start and f.value.get("facility_type") in _PARTS]
        if holder is None and prior and (part := _as_part(doc, sentence, prior[-1])) is not prior[-1]:
            holder = part  # "looted the pharmacy and burnt the drug store": both parts of the facility named before
    if holder is None and _FIELD_OPEN.fullmatch(doc.text, sentence.start, hit.start):
        holder = _entry_holder(doc, sentence)  # "Damage: Pharmacy and waiting area damaged", in a log's entry
    if holder is None or holder.value.get("facility_type") not in _HOLDERS:
        return hit
    value = {**hit.value, "facility_type": holder.value["facility_type"]}
    return Hit(hit.set, hit.start, hit.end, hit.text, hit.rule, value)


def _entry_holder(doc: Doc, sentence: Sentence) -> Hit | None:
    """The care facility named last in the dated-list entry ``sentence`` belongs to, before it."""
    entry = _entry_date(doc, sentence)
    if entry is None:
        return None
    named = [
        f
        for s in doc.sentences[: sentence.index]
        if s.end > entry.start
        for f in s.get("facilities")
        if f.value.get("facility_type") in _HOLDERS
    ]
    return named[-1] if named else None


#: A definite article, or one contracted with "de" ("du", "del", "da", "do"), before a vehicle ("la moto-ambulance",
#: "l'ambulance", "the ambulance"): one told as a facility's own when the facility follows ("la moto-ambulance du
#: CSPS"), not "une ambulance de l'hôpital"; before a pharmacy, the one of the facility told ("a porta da farmácia").
_THE_BEFORE = re.compile(r"\b(?:the|la|le|el|a|o|du|del|da|do)\s+(?:[\w-]+-)?$|\bl['’]$", re.IGNORECASE)


def _vehicle_holder(doc: Doc, sentence: Sentence, hit: Hit, before: str) -> str | None:
    """The type of the care facility a vehicle is told as the own of, after a possessive ("its ambulance", "our
    vehicle") or its holder's noun ("the clinic's ambulance", "the centre's only ambulance") or before the facility
    it is of ("la moto-ambulance du CSPS"); None for a vehicle told otherwise ("an ambulance", "an ambulance of the
    district")."""
    holder = None
    if owned := _HOLDERS_OWN.search(before):
        at = hit.start - len(before) + owned.start()
        holder = next((f for f in sentence.get("facilities") if f.end == at and "facility_type" in f.value), None)
        noun = re.search(r"[\w-]+$", doc.text[max(sentence.start, at - _HOLDER_CHARS) : at])
        if holder is None and noun and _HOLDER_NOUN.fullmatch(noun.group()):  # the care facility named before
            holder = _holder_before(doc, sentence, hit, _NOT_HOLDERS)
    elif _HELD_BY_OUR.search(before):  # the care facility named before, or the one whose part was named last
        holder = _holder_before(doc, sentence, hit, _PARTS)
    elif _THE_BEFORE.search(before) and (of := _OF_HOLDER.match(doc.text, hit.end)):  # "la moto-ambulance du CSPS"
        holder = next(
            (f for f in sentence.get("facilities") if f.start == of.end() and "facility_type" in f.value), None
        )
    return holder.value["facility_type"] if holder and holder.value["facility_type"] in _HOLDERS else None


#: Before a facility, no damage done to it ("no damage to the", "sans dégâts à l'", "sin daños al").
_NO_DAMAGE_TO = re.compile(
    r"\b(?:no|without|sans|aucun|aucuns|sin|ningún)\s+(?:damage|dégâts?|dommages?|daños?)\s+"
    r"(?:to|à|au|aux|a|al)\s+(?:the\s+|l['’]\s*|la\s+|le\s+|el\s+)?(?:[\w'’-]+\s+){0,2}$",
    re.IGNORECASE,
)


#: After a facility, its work told untouched ("operations were not affected", "continued to function normally",
#: "n'a pas été affecté", "siguió funcionando con normalidad").
_UNAFFECTED = re.compile(
    r"(?:\s+(?:operations|services|activities|work))?\s+(?:(?:was|were|has\s+been|have\s+been)\s+(?:not|never)\s+"
    r"(?:affected|disrupted|interrupted)|continued\s+(?:normally|to\s+(?:work|function|operate)|working|functioning)|"
    r"n['’]a\s+pas\s+été\s+(?:affectée?|perturbée?)|(?:siguió|continuó)\s+(?:funcionando|atendiendo)|"
    r"(?:functioned|worked|operated)\s+normally|(?:a\s+)?fonctionné\s+normalement|funcion(?:ó|ou)\s+(?:normalmente|"
    r"con\s+normalidad)|(?:continuou|seguiu)\s+(?:a\s+funcionar|funcionando))\b",
    re.IGNORECASE,
)


def _undamaged(doc: Doc, sentence: Sentence, hit: Hit) -> bool:
    """Whether a facility is told not damaged or not hit right after it ("the hospital was not damaged", "the
    hospital, which was not hit"), or right before it ("No damage to the hospital was reported")."""
    if _NO_DAMAGE_TO.search(doc.text, max(sentence.start, hit.start - 40), hit.start):
        return True
    if _UNAFFECTED.match(doc.text, hit.end, sentence.end):
        return True  # "Hospital operations were not affected", "the clinic continued working normally"
    return any(
        d.start >= hit.end
        and _between_words(doc.text[hit.end : d.start]) <= _GAP_WORDS + 2  # ", qui n'a pas été"
        and _NOT.search(doc.text[hit.end : d.start])
        for d in sentence.get("damage") + sentence.get("attacks")
    )


@lru_cache(maxsize=1024)
def _again(noun: str) -> re.Pattern[str]:
    """The facility noun ``noun`` told again at a clause's start ("the centre itself"), compiled once per noun."""
    return re.compile(
        rf"\s*(?:the|this|that|l['’]|le|la|el|este|esta)\s*{re.escape(noun)}"
        r"(?:\s+(?:itself|lui-même|elle-même|mismo|misma|en\s+sí))?\s+\S+\s+",
        re.IGNORECASE,
    )


def _unhit_again(doc: Doc, sentence: Sentence, hit: Hit) -> bool:
    """Whether a later clause names a facility again by its head noun, told not hit (not "not damaged") ("a health
    centre closed as a precaution after shelling in nearby fields; the centre itself was not hit", "l'hôpital
    lui-même n'avait pas été visé")."""
    return any(
        d.start >= hit.end
        and _NOT.search(clause := _CLAUSE_BREAK.split(doc.text[hit.end : d.start])[-1])
        and _again(_noun(hit)).match(clause)  # compiled only for a clause told not (most nouns never are)
        for d in sentence.get("attacks")  # not hit ("was not damaged" is damage none of a facility hit)
    )


def _damaged_itself(doc: Doc, sentence: Sentence, hit: Hit) -> bool:
    """Whether a facility placed near an act is told damaged right after ("shells fell near the X hospital,
    damaging its building", "... near a clinic, causing minor damage"): then it is the act's target too."""
    for d in sentence.get("damage"):
        if d.value.get("facility_damage") not in _HARMED or d.start < hit.end:
            continue
        if _NOT.search(doc.text[hit.end : d.start]):  # "the hospital was not damaged"
            continue
        if _PREDICATE.match(doc.text, hit.end, d.start):  # "The building, 200 metres from the hospital, was hit"
            continue
        if _between_words(doc.text[hit.end : d.start]) <= _GAP_WORDS and _OF_ITSELF.match(doc.text, d.end):
            return True
    return False


@lru_cache(maxsize=4096)
def _name_before(piece: str) -> tuple[int, str] | None:
    """Where the run of name words ending ``piece`` (the words before a facility noun) starts, and the run;
    remembered, as a facility's name is asked for again and again (the search tries every start)."""
    match = _NAME_BEFORE.search(piece)
    return (match.start(1), match.group(1)) if match else None


#: A number or a section's number before a name ("3.1 Gwoza General Hospital – armed attack"): no part of it.
_NUMBERING = re.compile(r"\d+(?:\.\d+)*\.?")


#: A proclitic conjunction or preposition on a facility noun: "ب" of "بمستشفى", "و" of "ومستشفى", "ل" of "للمستشفى".
_PROCLITIC_NOUN = re.compile(r"[وبفلك](?=[مع]|ال)")


def facility_name(doc: Doc, hit: Hit) -> tuple[int, int] | None:
    """The span of a facility's name ending at ``hit`` ("Al Quds hospital", "the Mercy clinic" → "Mercy
    clinic", "MSF-supported hospital"), or None for a common noun ("the hospital"). A name does not start
    with what the sentence tells around it: a caption or subject word before "of" ("Imagery of X Hospital"),
    an attack word of a headline ("Air Strike Targets X Hospital"), a place's possessive ("Mogadishu's X
    Hospital"), a rank ("the only hospital")."""
    from notatarget.extract.numbers import parse_number

    sentence = doc.sentence_at(hit.start)
    # "Tigray's health facilities" name no one facility; a ward ("قسم الطوارئ") is named by its hospital
    if ("facility_type" in hit.value and _plural(hit)) or hit.value.get("part"):
        return None
    if _ARABIC.match(hit.text):  # Arabic names follow the noun ("مستشفى النعمان"), not a word with a
        # proclitic preposition (ب, ك, ل: "بحي", "in the district")
        after = _ARABIC_NAME.match(doc.text, hit.end, sentence.end)
        # "المركز جزئياً", "الإسعاف الجنوبية ثلاثة مسعفين": what is told of it and a number end its name
        # ("مستشفى شهداء الأقصى" keeps its martyrs)
        told = [
            h.start
            for h in [*sentence.get("damage"), *sentence.quantities]
            if after and hit.end <= h.start < after.end()
        ]
        end = hit.end + len(doc.text[hit.end : min(told, default=after.end() if after else hit.end)].rstrip())
        # without a proclitic on the noun ("بمستشفى الشفق", "ومستشفى النور"; not the و of "وحدة صحية")
        start = hit.start + bool(_PROCLITIC_NOUN.match(hit.text))
        return (start, end) if end > hit.end else None
    begin = max(sentence.start, hit.start - 80)
    found = _name_before(doc.text[begin : hit.start])
    if found is None:
        return None
    at = begin + found[0]
    tokens = [(at + t.start(), at + t.end()) for t in _TOKEN.finditer(found[1])]
    # ... but a phrase told whole with its object ("encircled X Hospital") is no word before the name
    told = [h for name in _TOLD_ABOUT for h in sentence.get(name) if not (h.start <= hit.start and hit.end <= h.end)]
    cut = 0
    for i, (start, end) in enumerate(tokens):
        word = doc.text[start:end]
        said = any(h.start < end and start < h.end for h in told)  # "Air Strike Hits X Hospital"
        owner = (  # "Mogadishu's X Hospital", not "Children's Hospital", "Women's and Children's", "St Mary's"
            i + 1 < len(tokens)
            and _POSSESSIVE.search(word)
            and doc.text[slice(*tokens[i + 1])].lower() not in ("and", "&")
            and (i == 0 or doc.text[slice(*tokens[i - 1])].lower() not in _SAINT)
        )
        if said or owner:
            cut = i + 1
    tokens = tokens[cut:]

    def leading(i: int) -> bool:
        word = doc.text[slice(*tokens[i])].lower()
        if word in _NAME_STOP or word in _NAME_RANK or word in _HEADLINE_VERBS or _NUMBERING.fullmatch(word):
            return True
        after = doc.text[slice(*tokens[i + 1])] if i + 1 < len(tokens) else ""
        if not after[:1].isupper() and word.isalpha() and parse_number(word, doc.language) is not None:
            return True  # "Two hospital technicians were injured": a count, no name ("Seven Hills Hospital" is)
        return after.lower() in _OF_WORDS and word not in _NAME_OF_HEADS

    while tokens and leading(0):
        tokens.pop(0)
    if not tokens or not any(doc.text[start].isupper() or doc.text[start].isdigit() for start, _ in tokens):
        return None
    return tokens[0][0], hit.end


def facility_place(doc: Doc, hit: Hit) -> Span | None:
    """The place a facility noun is placed in ("the health facility in Semema", "l'hôpital de Kaya", "the
    hospital in Syria's X governorate", "the clinic in the Y district"), read from the proper name written right
    after it, or None. A district's admin word is kept ("Abs district"); a headline's verbs are not ("in X Is
    Closed"); "the" before a name needs an admin or place word ("at the X Church" is a building)."""
    text = doc.text
    match = _FACILITY_PLACE.match(text, hit.end, min(len(text), hit.end + 80))
    if not match:
        return None
    sentence = doc.sentence_at(hit.start)
    begin = match.start("gap") if match.group("gap") else match.start("place")
    if any(d.start <= match.start("place") and begin < d.end for d in _sentence_dates(doc, sentence)):
        return None  # "the hospital in March", "facilities and personnel today in X"
    hits = [h for name in _TOLD_ABOUT for h in sentence.get(name)]
    tokens = [
        (match.start("place") + t.start(), match.start("place") + t.end())
        for t in _TOKEN.finditer(match.group("place"))
    ]
    kept: list[tuple[int, int]] = []
    facilities = sentence.get("facilities")
    for start, end in tokens:
        word = text[start:end]
        if any(h.start < end and start < h.end for h in facilities):
            return None  # "the emergency room at X Hospital", "l'ambulance du CSPS": a facility, not a place
        # a word told about it ends the place ("in X Bombed By"), not a phrase spanning it ("convirtieron el puesto de
        # salud de El Aserrío en campamento")
        if kept and (word.lower() in _PLACE_END or any(start <= h.start < end for h in hits)):
            break
        kept.append((start, end))
        if _POSSESSIVE.search(word):
            break
    if _POSSESSIVE.search(text[slice(*kept[-1])]):  # "in Yemen's southern ...": no place of its own here
        return None
    admin = None
    if len(kept) > 1 and text[slice(*kept[-1])].lower() in _ADMIN_WORDS:
        admin = kept[-1]  # "Rakhine State"
    elif (after := _ADMIN_AFTER.match(text, kept[-1][1])) and after.group(1).lower() in _ADMIN_WORDS:
        admin = after.span(1)  # "Abs district"
    if match.group("the") and not match.group("cue") and admin is None:
        return None
    if any(p.kind == "country" and p.start <= kept[0][0] < p.end for p in sentence.places):
        return None  # "the hospital in Yemen": the document's country, no place of the facility
    end = admin[1] if admin else kept[-1][1]
    start = kept[0][0]
    return Span(start, end, text[start:end], "facility.place")


def _close(doc: Doc, a: Hit, b: Hit, words: int) -> bool:
    """Whether hits ``a`` and ``b`` are at most ``words`` words apart."""
    gap = doc.text[a.end : b.start] if a.end <= b.start else doc.text[b.end : a.start]
    return _between_words(gap) <= words


#: The most words a day and a clock time take ("on Wednesday 8 November 2023 at around 10:30 pm local time").
_WHEN_WORDS = 12


def _close_past_when(doc: Doc, sentence: Sentence, a: Hit, b: Hit, words: int) -> bool:
    """Like :func:`_close`, but a day and a clock time between the two do not part them: "attacked on
    Wednesday 8 November at around 10 pm the health centre" is an act on the centre."""
    if _close(doc, a, b, words):
        return True
    start, end = (a.end, b.start) if a.end <= b.start else (b.end, a.start)
    gap = doc.text[start:end]
    if _between_words(gap) > words + _WHEN_WORDS:
        return False
    when = [(d.start - start, d.end - start) for d in _sentence_dates(doc, sentence) if start <= d.start < d.end <= end]
    when += [(t.start, t.end) for t in find_times(gap)]
    if not when:
        return False
    rest, at = [], 0
    for s, e in sorted(when):
        rest.append(gap[at:s] if s > at else "")
        at = max(at, e)
    return _between_words(" ".join([*rest, gap[at:]])) <= words


def _plural(target: Hit) -> bool:
    """Whether a target hit names several (a plural people noun, or a facility noun whose last word, or first
    before "de"/"del", ends in -s or French -aux, -eux: "health centres", "centres de santé", "hôpitaux", not
    "medical complex"; an Arabic one whose first word ends in the plural -ات)."""
    if "group" in target.value:
        return bool(target.value.get("plural"))
    words = target.text.lower().split()
    return (
        words[-1].endswith(("s", "ux"))
        or (len(words) > 2 and words[1] in ("de", "del", "des") and words[0].endswith(("s", "ux")))
        or (_ARABIC.match(words[0]) is not None and words[0].endswith("ات"))  # "العيادات المتنقلة", "مستشفيات"
    )


def _town_list(doc: Doc, hit: Hit) -> list[Span]:
    """The towns listed right after a plural facility noun ("health centres in A, B and C", "such as in A
    and B"): proper names after "in", each next one after only a comma or a conjunction."""
    listed: list[Span] = []
    at = hit.end
    while match := (_LIST_GAP if listed else _LIST_OPEN).match(doc.text, at):
        name = _TOWN.match(doc.text, match.end())
        if not name:
            break
        listed.append(Span(name.start(), name.end(), name.group(), "facility.list"))
        at = name.end()
    return listed


#: A plural people noun right after a facility noun it is qualified by ("ambulance crews", "hospital staff").
_CLASS_AFTER = re.compile(
    r"\s+(?:crews|staff|workers|personnel|teams|drivers|paramedics|nurses|doctors|employees)\b", re.IGNORECASE
)


def _specific(doc: Doc, sentence: Sentence, target: Hit) -> bool:
    """A target one incident can be about: singular, named, or counted ("two hospitals") - not a class of
    targets ("health facilities", "health workers") told in general."""
    if "facility_type" in target.value and not _plural(target) and _CLASS_AFTER.match(doc.text, target.end):
        return False  # "ambulance crews", "hospital staff": a class of people, the facility noun only qualifies them
    if not _plural(target) or ("facility_type" in target.value and facility_name(doc, target) is not None):
        return True
    if "facility_type" in target.value and len(_town_list(doc, target)) > 1:  # "clinics in A and B"
        return True
    return any(q.end <= target.start and _close(doc, q, target, _GAP_WORDS) for q in sentence.quantities)


#: After an act word and the words naming its object, a count of the incidents of that kind in brackets
#: ("threats and intimidation of staff (6 incidents)", "theft of medical supplies (2)").
_TALLIED = re.compile(
    r"(?:\s+[^\W\d][\w'’-]*){0,5}\s*\(\s*(?P<n>\d+)\s*(?P<of>incidents?|cases?|attacks?|events?|cas|incidentes?|casos?)?\s*\)",
    re.IGNORECASE,
)


#: Several incidents pointed back to ("killed in these incidents", "tués dans ces attaques", "en los 12 ataques"):
#: a toll told after them is of them all, no one act's.
_OVER_SEVERAL = re.compile(
    r"\b(?:in|during|across|dans|lors\s+de|en|durante)\s+(?:(?:all\s+)?(?:these|those)|the\s+\d+|ces|estos|estas|esos|esas|"
    r"los\s+\d+|les\s+\d+)\s+(?:[^\W\d][\w-]*\s+)?(?:incidents|attacks|events|cases|incidentes|ataques|attaques|"
    r"cas|casos)\b",
    re.IGNORECASE,
)
#: An act told as the nth of a series since a day ("the third attack on ambulances since the emergency was declared",
#: "la deuxième attaque ... depuis le début de l'année", "el tercer ataque ... desde"): a tally of acts told elsewhere.
_NTH_SINCE = re.compile(
    r"\b(?:second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|\d+(?:st|nd|rd|th)|deuxième|troisième|"
    r"quatrième|cinquième|sixième|\d+e|segundo|tercer|tercero|cuarto|quinto|sexto)\s+(?:such\s+|major\s+)?"
    r"(?:attack|incident|ataque|attaque|incidente|agression|agresión)s?\b[^.;]*?\b(?:since|depuis|desde|this\s+(?:year|month|week)|"
    r"cette\s+année|ce\s+mois|este\s+(?:año|mes)|so\s+far)\b",
    re.IGNORECASE,
)
#: An act ranked against a period ("the deadliest attack on a medical facility in the north this year", "la pire
#: attaque depuis", "el peor ataque en lo que va del año"): the period ranks the act, it counts none.
_SUPERLATIVE = re.compile(
    r"\b(?:deadliest|worst|largest|biggest|bloodiest|most\s+(?:serious|severe|violent|lethal|deadly)|pire|plus\s+"
    r"meurtrière|peor|más\s+(?:grave|mortífero|sangriento))\s+(?:[\w-]+\s+){0,2}(?:attack|strike|incident|assault|"
    r"bombing|attaque|frappe|ataque|bombardeo|agresión|incidente)\b[^.;]*$",
    re.IGNORECASE,
)
#: A toll counted from the start of a period or called cumulative ("since the start of the year", "depuis le début du
#: conflit", "desde el inicio de la guerra", "منذ مطلع العام", "according to cumulative figures"): many acts' toll.
_CUMULATIVE = re.compile(
    r"\b(?:since\s+the\s+(?:start|beginning|outbreak|onset)\s+of|depuis\s+le\s+d[ée]but\s+d|desde\s+(?:el\s+)?"
    r"(?:inicio|comienzo|principios)\s+d|cumulative|cumulatively|cumul[ée]e?s?\b|acumulad[oa]s?\b)"
    r"|منذ\s+(?:مطلع|بداية|بدء|أول)|تراكمي",
    re.IGNORECASE,
)
#: After a count, acts counted ("150 times", "à 40 reprises", "más de 30 veces").
_TIMES = re.compile(r"\s+(?:times|fois|reprises|veces|ocasiones)\b", re.IGNORECASE)
#: An Arabic noun's ending "-ين" with a fatha before it ("مسعفَين"): the dual, two people, which the plural "مسعفِين"
#: written without vowels shares.
_DUAL_VOWELLED = re.compile("\u064e\u064a\u0652?\u0646[\u064b-\u0652]*$")
#: A word ending in Cyrillic or Arabic letters.
_CYRILLIC_OR_ARABIC_END = re.compile("[\u0400-\u04ff\u0600-\u06ff]$")
#: After a count, acts named by their class ("44 attacks", "12 incidents", "7 agressions"): a statistic.
_COUNTED_ACTS = re.compile(
    r"\s+(?:attacks|incidents|assaults|attaques|agressions|ataques|agresiones|incidentes|violations|violaciones|"
    r"infracciones|infractions|"
    r"атак[иа]?|напад(?:ів|и|ения|ений)|інцидент(?:ів|и)|инцидент(?:ов|а)|випадк(?:ів|и)|случа(?:ев|я)|"
    r"هجوما?ً?|هجمات|اعتداءا?ً?|اعتداءات|حوادث)(?!\w)",
    re.IGNORECASE,
)
#: Before an act word in a sentence with no date, an appeal it is part of ("We ask the parties to stop using
#: health facilities for military purposes", "urged them to release any health worker still detained", "demandons
#: que le matériel pillé soit restitué", "pedimos que liberen"): what is asked for, no act told. Not a relative
#: clause's ("a nurse who asked the soldiers to show an order was slapped").
_APPEAL = re.compile(
    r"(?<!who )(?<!qui )(?<!quien )\b(?:ask|asks|asked|call\s+(?:on|upon)|calls\s+(?:on|upon)|called\s+(?:on|upon)|"
    r"urge|urges|urged|appeal\s+to|appeals\s+to|implore|demandons|demande|demandent|exhortons|exhorte|appelons|"
    r"appelle|pedimos|pide|piden|exhortamos|exhorta|instamos|insta)\b"
    r"(?!\s+(?:about|whether|if|why|how|what|when)\b)[^.;:!?]*?\b(?:to|that|de|que|à)\b"
    # Arabic: demands, calls, appeals ("ويطالب المكتب المنظمات ... بإدانة ... وتوفير عيادات متنقلة")
    r"|(?<!\w)[وف]?(?:يطالب|تطالب|نطالب|يطالبون|طالبت|طالبوا|يدعو|تدعو|ندعو|يدعون|دعت|دعا|يناشد|تناشد|نناشد|ناشد|ناشدت)(?!\w)",
    re.IGNORECASE,
)


def _appealed(doc: Doc, sentence: Sentence, hit: Hit) -> bool:
    """Whether ``hit`` is part of an appeal in a sentence with no date (see ``_APPEAL``)."""
    return bool(_APPEAL.search(doc.text, sentence.start, hit.start)) and not _sentence_dates(doc, sentence)


#: After an act word, what it is said to mean ("a threatened ambulance driver means children left unvaccinated", "Un
#: conductor de ambulancia amenazado o una promotora que no puede llegar significan niños sin vacunar"): a kind of
#: act weighed, none told.
_MEANS_AFTER = re.compile(
    r"[^.;:!?]*?\b(?<!which\s)(?<!that\s)(?<!qui\s)(?<!que\s)(?<!this\s)(?:means|mean|significa|significan|signifie|"
    r"signifient|quiere\s+decir|quieren\s+decir|veut\s+dire|veulent\s+dire)\b",
    re.IGNORECASE,
)


#: Before an act word, the purpose it is named for ("a helpline to report threats", "measures to prevent attacks",
#: "pour prévenir les attaques", "para denunciar amenazas"): no act.
_PURPOSE = re.compile(
    r"\b(?:to|pour|para|de)\s+(?:report|prevent|deter|document|record|reduce|monitor|signaler|prévenir|empêcher|"
    r"documenter|denunciar|prevenir|evitar|documentar|registrar)\s+"
    r"(?:(?:the|such|any|every|all|future|les|des|de|los|las|toute?s?|tous|cualquier|tod[oa]s?)\s+)?"
    r"(?:[\w-]+\s+(?:or|and|ou|et|o|y)\s+)?$",  # "pour signaler toute agression ou menace"
    re.IGNORECASE,
)
#: Before act words, an attack ruled out ("firefighters ruled out an attack", "Bomberos descartan atentado",
#: "descartamos cualquier acto intencional o atentado"): none told.
_RULED_OUT = re.compile(
    r"\b(?:ruled?\s+out|rules\s+out|descart[aó]\w*)\s+(?:(?:any|an?|the|cualquier|todo|un|una|el)\s+)?"
    r"(?:[\w-]+(?:\s+[\w-]+)?\s+(?:or|o|y|and)\s+)?$",
    re.IGNORECASE,
)
#: After "denied", what a party denies ("denied responsibility", "denied the allegations"): no access denied.
_DENIAL = re.compile(
    r"\s+(?:(?:the|any|all|these|those|its|their|his|her)\s+)?(?:responsibility|involvement|role|allegations?|"
    r"accusations?|claims?|reports?|charges?|wrongdoing|knowledge|that|it|this|they|\w+ing)\b",
    re.IGNORECASE,
)
#: Before "imprisonment", a term: a sentence a court may pass ("ten years' imprisonment"), not an arrest.
_TERM = re.compile(r"\b(?:years?|months?|life)['’]?\s+$", re.IGNORECASE)


#: Before a count, the one act a sentence tells among them ("one of dozens", "l'une des", "uno de los").
_ONE_OF = re.compile(r"\b(?:one|l['’]une?|un[ao]?)\s+(?:of|des|de\s+(?:los|las))\s+$", re.IGNORECASE)


#: How many sentences before, in its paragraph, a statistic makes harm told without an act its toll.
_STATISTIC_SENTENCES = 2


def _after_statistic(doc: Doc, sentence: Sentence) -> bool:
    """Whether ``sentence``, telling no day, follows a statistic in its paragraph (one of the two sentences before
    it): harm told without an act there is the statistic's toll ("counties reported 412 incidents of violence
    against health workers. Nine health workers lost their lives.")."""
    if sentence.index == 0 or _sentence_dates(doc, sentence):
        return False
    for before in doc.sentences[max(0, sentence.index - _STATISTIC_SENTENCES) : sentence.index][::-1]:
        if before.paragraph != sentence.paragraph:
            return False
        if not before.quantities:
            read_quantities(doc, before)
        if _is_aggregate(doc, before):
            return True
    return False


def cumulative_toll(doc: Doc, sentence: Sentence) -> bool:
    """Whether ``sentence`` tells a toll counted over a period from its start or called cumulative, telling no act
    and no day ("the number of health workers killed since the start of the year rises to 17", "وفق الإحصاءات
    التراكمية"): many acts' toll, no one incident's (its quantities read)."""
    if not _CUMULATIVE.search(doc.text, sentence.start, sentence.end) or any(
        h.value.get("strength") == "strong" for h in sentence.get("attacks")
    ):
        return False
    days = _sentence_dates(doc, sentence)
    if any(d.precision == "day" and not _reported(doc, d) and not _dateline(doc, d) for d in days):
        return False
    return any(q.value >= 2 and not any(d.start <= q.start < d.end for d in days) for q in sentence.quantities)


def _is_aggregate(doc: Doc, sentence: Sentence) -> bool:
    """A statistic ("28 facilities were attacked last month"): a count of two or more right before a plural
    target or 'attacks', with a range cue (since, so far, recorded, in total...); acts tallied in brackets
    ("threats against staff (6 incidents), intrusions into facilities (4)"); a toll told over several acts ("killed
    in these incidents"); or facilities attacked a number of times ("attacked more than 150 times")."""
    tallies = [
        m
        for h in sentence.get("attacks")
        if (m := _TALLIED.match(doc.text, h.end, sentence.end)) and int(m.group("n")) >= 2
    ]
    if any(m.group("of") for m in tallies) or len(tallies) > 1:  # "threats (6 incidents), intrusions (4)"
        return True
    several = _OVER_SEVERAL.search(doc.text, sentence.start, sentence.end)
    if several and any(h.end <= several.start() for h in sentence.get("casualties")):  # not "During these attacks,
        return True  # three health centres were looted": acts told in them
    if any(q.value >= 3 and _TIMES.match(doc.text, q.end) for q in sentence.quantities) and any(
        _plural(f) for f in sentence.get("facilities")
    ):  # "health facilities were attacked more than 150 times": a count of acts on many, not one act
        return True
    days = _sentence_dates(doc, sentence)
    if all(d.precision != "day" or _reported(doc, d) or _dateline(doc, d) for d in days) and any(
        q.value >= 2 and _COUNTED_ACTS.match(doc.text, q.end) for q in sentence.quantities
    ):
        return True  # "Ambulances: 44 attacks; 19 damaged", "Two attacks were reported": a count of acts, no day
    if cumulative_toll(doc, sentence):
        return True  # "the number of health workers killed since the start of the year rises to 17": no act told
    if _NTH_SINCE.search(doc.text, sentence.start, sentence.end):
        return True  # "It is the third attack on ambulances in the province since ..."
    if _TOLL_OF_SEVERAL.search(doc.text, sentence.start, sentence.end):
        return True  # "Ces incidents ont fait 21 morts": the toll of the acts counted before
    if _TREND.search(doc.text, sentence.start, sentence.end) or (
        not _sentence_dates(doc, sentence) and _RISK.search(doc.text, sentence.start, sentence.end)
    ):
        return True  # "the growing number of abductions of doctors", "remains the main threat": a trend, no act
    many = _MANY.search(doc.text, sentence.start, sentence.end)
    if many and any(0 <= f.start - many.end() <= 20 and _plural(f) for f in sentence.get("facilities")):
        return True  # "dozens of health facilities and ambulances were hit": many acts, none told
    cues = [  # "in the deadliest attack on a medical facility this year": the act measured against the year's
        c
        for c in _cues(sentence, "aggregate")
        if not _SUPERLATIVE.search(doc.text, max(sentence.start, c.start - 90), c.start)
    ]
    if not cues:
        return False
    if all(_TOTAL.fullmatch(c.text) for c in cues) and any(facility_name(doc, f) for f in sentence.get("facilities")):
        return False  # "a total of 15 doctors were arrested from the X Hospital": one act's toll at a named place
    # a facility word in Cyrillic or Arabic after the count: no "s" tells the plural there ("300 медичних закладів")
    plural = [
        h
        for h in sentence.get("facilities") + sentence.get("attacks")
        if h.text.lower().endswith("s") or _CYRILLIC_OR_ARABIC_END.search(h.text)
    ]
    plural += [h for h in sentence.get("people") if h.value.get("plural") and h.value["group"] == "health_worker"]
    # not a day's or a year's number ("In October 2024, two paramedics"), nor the many an act is one of ("one of
    # dozens of attacks on rescuers since ...")
    tallies = [
        q
        for q in sentence.quantities
        if q.value >= 3
        and not any(d.start <= q.start < d.end for d in days)
        and not _ONE_OF.search(doc.text, max(sentence.start, q.start - 15), q.start)
    ]
    return any(any(0 <= p.start - q.end <= 30 for p in plural) for q in tallies)


#: After a fire word, a part of the body or a sense: a symptom ("burning eyes", "a burning smell"), not arson.
_SYMPTOM = re.compile(
    r"\s+(?:eyes|skin|throats?|lungs|noses?|sensations?|smell|odou?r|yeux|gorge|ojos|garganta)\b", re.IGNORECASE
)


def _triggers(doc: Doc, sentence: Sentence) -> list[Hit]:
    """Attack triggers of ``sentence``, without chemical ones told only as the cause of treated illness, words
    of a treatment cue ("were taken to"), 'strike' used for a labour strike, a body's failure ("went into cardiac
    arrest"), acts told as not done ("no arrests") and weapons told in a present state ("where drones are
    active")."""
    hits = sentence.get("attacks")
    if treated := _cues(sentence, "treatment"):
        # "they were taken to the hospital": carried to care, not taken away (but "taken to an unknown place")
        care = [c for c in treated if any(0 <= f.start - c.end <= 40 for f in sentence.get("facilities"))]
        hits = [h for h in hits if not any(c.start <= h.start < c.end for c in care)]
        hits = [h for h in hits if h.rule != "attack.chemical"]
    if _cues(sentence, "labour"):
        hits = [h for h in hits if h.rule != "attack.strike"]
    if body := _cues(sentence, "body"):  # "went into cardiac arrest": the heart's, no arrest nor entry
        hits = [h for h in hits if not any(b.start <= h.start < b.end for b in body)]
    # "No arrests were made", "without any shooting", "was not hit", "n'a pas été touché", "no one has attacked",
    # "gunfire was heard": no act
    return [
        h
        for h in hits
        if not _NO_ACT.search(doc.text[max(sentence.start, h.start - 45) : h.start])
        and not _NOT.search(doc.text[max(sentence.start, h.start - 20) : h.start])
        and not _NONE_WAS.search(doc.text[max(sentence.start, h.start - 60) : _after_auxiliary(doc, h)])
        and not _NO_DOER.search(doc.text[max(sentence.start, h.start - 25) : h.start])
        and not _denied_any(doc, sentence, h)
        # "Neither the driver nor the paramedic was hit": nobody hit
        and not _NEITHER_NOR.search(doc.text, max(sentence.start, h.start - 80), h.start)
        and not _PLANNED.search(doc.text, max(sentence.start, h.start - 30), h.start)
        and not _HEARD_AFTER.match(doc.text, h.end, sentence.end)
        and not _WARNING_AFTER.match(doc.text, h.end, sentence.end)
        and not (
            h.value.get("weapon")
            and (
                _PRESENT_AFTER.match(doc.text, h.end, sentence.end)
                or _FOUND_AFTER.match(doc.text, h.end, sentence.end)
                or _PRESENT_BEFORE.search(doc.text[max(sentence.start, h.start - 12) : h.start])
            )
        )
        and not _HEARD_BEFORE.search(doc.text[max(sentence.start, h.start - 30) : h.start])
        # "no air-raid alert": an air raid's warning, no armed entry
        and not (
            h.value.get("attack_type") == "armed_entry" and _AIR_BEFORE.search(doc.text, max(0, h.start - 5), h.start)
        )
        and not (h.text.lower() == "storm" and _WEATHER_BEFORE.search(doc.text, max(0, h.start - 10), h.start))
        # "a warning from the meteorological centre", "a storm warning": the weather's, no threat
        and not (
            h.value.get("attack_type") == "threat"
            and _WEATHER.search(doc.text, max(sentence.start, h.start - 20), min(sentence.end, h.end + 40))
        )
        and not _FEARED.search(doc.text[max(sentence.start, h.start - 40) : h.start])
        and not _ACCOUNTS_OF.search(doc.text[max(sentence.start, h.start - 30) : h.start])
        and not (h.text.lower() in ("was taken", "were taken") and _OUT_OF_SERVICE.match(doc.text, h.end))
        and not _PURPOSE.search(doc.text[max(sentence.start, h.start - 60) : h.start])
        and not _RULED_OUT.search(doc.text[max(sentence.start, h.start - 60) : h.start])
        and not (h.text.lower() in ("denied", "denies", "deny") and _DENIAL.match(doc.text, h.end, sentence.end))
        and not (
            h.text.lower() == "imprisonment" and _TERM.search(doc.text, max(sentence.start, h.start - 12), h.start)
        )
        and not (
            h.value.get("attack_type") == "arson"
            and (_SYMPTOM.match(doc.text, h.end, sentence.end) or _as_adjective(doc, sentence, h))
        )
        and not _appealed(doc, sentence, h)
        and not _MEANS_AFTER.match(doc.text, h.end, min(sentence.end, h.end + 90))
        and not _still_held(doc, sentence, h)
        and not (h.text.lower().startswith("touch") and _PAID_AFTER.match(doc.text, h.end, sentence.end))
        and not (h.text.lower().startswith("warn") and _WARNED_OF.match(doc.text, h.end, sentence.end))
        # "the greatest threat to health care was no longer a gunman": a danger weighed, no threat made
        and not (
            h.value.get("attack_type") == "threat"
            and _WEIGHED.search(doc.text, max(sentence.start, h.start - 20), h.start)
        )
        and not _threats_in_general(doc, sentence, h)
        and not (
            h.value.get("attack_type") == "abduction_arrest"
            and (
                _VEHICLE_STOPPED.search(doc.text, max(sentence.start, h.start - 120), h.start)
                or _vehicle_object(doc, sentence, h)
            )
        )
        and not (
            h.text.lower() in _BASE_WORDS
            and _BASE_AS_PLACE.search(doc.text, max(sentence.start, h.start - 30), h.start)
        )
    ]


#: Right before a word of detention or captivity, a state that lasts ("is still detained", "remain in custody",
#: "toujours détenue", "sigue secuestrado"): the people held since an act told elsewhere, no act of its own.
_STILL_WORDS = r"still|toujours|todav[íi]a|a[úu]n"
_STILL_HELD = re.compile(
    rf"\b(?:{_STILL_WORDS}|remains?|remained|continues?\s+to\s+be|reste(?:nt)?|demeurent?|sigue|siguen|permanecen?)"
    r"\s+(?:being\s+|in\s+|en\s+)?$",
    re.IGNORECASE,
)
_HELD = ("abduction_arrest", "abducted", "arrested")


#: Before an act word, people denied it one by one ("Neither the driver nor the paramedic was", "Ni le chauffeur ni
#: l'infirmier n'ont été", "Ni el conductor ni el paramédico fueron").
_NEITHER_NOR = re.compile(
    r"\b(?:neither\b[^.;:]{1,50}\bnor|ni\b[^.;:]{1,50}\bni)\b[^.;:]{1,40}\b(?:was|were|has\s+been|have\s+been|"
    r"n['’]a\s+été|n['’]ont\s+été|fue|fueron|resultó|resultaron)\s+$",
    re.IGNORECASE,
)


#: Threats told as a kind or a habit, no act: before the plural noun ("the range of threats health workers face",
#: "exposed to threats", "d'autres menaces", "constant threats") ...
_THREATS_KIND = re.compile(
    r"\b(?:face|faces|facing|faced|exposed\s+to|range\s+of|kinds?\s+of|types?\s+of|forms?\s+of|other|d['’]autres|"
    r"otras|outras|constant|frequent|repeated|regular|recurrent|constantes|fréquentes|frecuentes|continuas|"
    r"expuestos\s+a|exposés\s+aux?)\s+(?:[^\W\d]+\s+){0,2}$",
    re.IGNORECASE,
)
#: ... or after it ("receives threats frequently", "recibe amenazas con frecuencia", "des menaces, souvent").
_THREATS_OFTEN = re.compile(
    r"\s+(?:(?:\w+\s+){0,3})?(?:frequently|regularly|often|constantly|all\s+the\s+time|con\s+frecuencia|a\s+menudo|"
    r"constantemente|souvent|fréquemment|régulièrement|constamment)\b",
    re.IGNORECASE,
)
_THREAT_NOUNS = re.compile(r"threats|menaces|amenazas|amea[çc]as", re.IGNORECASE)


def _threats_in_general(doc: Doc, sentence: Sentence, hit: Hit) -> bool:
    """Whether a plural threat noun tells threats as a kind or a habit ("the range of threats health workers face",
    "el personal recibe amenazas con frecuencia"), not a threat made."""
    return (
        hit.value.get("attack_type") == "threat"
        and bool(_THREAT_NOUNS.fullmatch(hit.text))
        and bool(
            _THREATS_KIND.search(doc.text, max(sentence.start, hit.start - 40), hit.start)
            or _THREATS_OFTEN.match(doc.text, hit.end, sentence.end)
        )
    )


#: Before "threat", the words that weigh a danger ("the greatest threat", "a major threat", "la principale menace").
_WEIGHED = re.compile(
    r"\b(?:greatest|biggest|main|major|real|serious|growing|gravest|principal|principale|plus\s+grande|mayor|"
    r"principal|gran|grave)\s+$",
    re.IGNORECASE,
)


#: After French "touché", what was received, not hit ("n'ont touché que deux mois de salaire", "touché leur prime").
_PAID_AFTER = re.compile(
    r"\s+(?:que\s+|qu['’]\s*)?(?:[\w'’-]+\s+){0,4}?(?:salaires?|primes?|paies?|indemnités?|arriérés|argent|"
    r"allocations?|per\s+diem)\b",
    re.IGNORECASE,
)
#: After "warned", a risk told ("warned of a rise in cholera", "warned about shortages"): a warning, no threat.
_WARNED_OF = re.compile(r"\s+(?:of|about|against)\b", re.IGNORECASE)
#: Before an arrest word, a vehicle as its passive subject: the vehicle was stopped ("un camion d'une ONG transportant
#: des vivres a été arrêté à une barrière", "el camión fue detenido en un retén"), no one arrested.
_VEHICLE_NOUNS = (
    r"(?:camions?|véhicules?|voitures?|convois?|bus|trucks?|lorr(?:y|ies)|vehicles?|cars?|convoys?|camion(?:es|etas?)|"
    r"camión|vehículos?|convoyes?|autos?)"
)
_VEHICLE_STOPPED = re.compile(
    rf"\b{_VEHICLE_NOUNS}\b[^.;:!?]{{0,90}}?\b(?:a\s+été|ont\s+été|fue|fueron|ha\s+sido|han\s+sido)\s+$", re.IGNORECASE
)
#: After an arrest word, a vehicle as its object: the vehicle was stopped ("ont arrêté un camion de l'OMS", "detained
#: a WHO truck", "detuvieron un camión"), no one arrested.
_VEHICLE_OBJECT = re.compile(
    rf"\s+(?:(?:un|une|le|la|les|l['’]|des|a|an|the|its|their|el|los|las|unos|unas|two|deux|dos)\s*)?(?:[\w'’-]+\s+)?"
    rf"{_VEHICLE_NOUNS}\b",
    re.IGNORECASE,
)


def _vehicle_object(doc: Doc, sentence: Sentence, h: Hit) -> bool:
    """Whether an arrest word's object is a vehicle that carried no one told ("ont arrêté un camion de l'OMS
    transportant des médicaments"), not people ("detained a vehicle carrying two vaccinators")."""
    if not (vehicle := _VEHICLE_OBJECT.match(doc.text, h.end, sentence.end)):
        return False
    return not any(vehicle.end() <= p.start < vehicle.end() + 90 for p in sentence.get("people"))


def _speaks(doc: Doc, sentence: Sentence, target: Hit, strong: bool, facilities: list[Hit]) -> bool:
    """Whether ``target`` is who speaks, not what was struck: a facility that tells of harm where no act is named
    ("The hospital said eight of the wounded were children"; not one that "reported" an act done to it: "A health
    facility reported armed violence") or that speaks of an act on another facility ("The Provincial Health
    Department wishes to clarify reports ... about the grenade attack at the District Hospital"), or the head of a
    facility who tells of harm where no act is named ("The director of the Saudi hospital said twelve wounded people
    had reached ...")."""
    said = _SAID_AFTER.match(doc.text, target.end, sentence.end)
    if "facility_type" not in target.value:
        return bool(said) and not strong and target.rule.startswith("people.facility_head")
    if said and not strong and not said.group().endswith("reported"):
        return True
    other = any(f.end <= target.start or target.end <= f.start for f in facilities)
    return other and bool(said or _STATES_AFTER.match(doc.text, target.end, sentence.end))


def _still_held(doc: Doc, sentence: Sentence, h: Hit) -> bool:
    """Whether an abduction or arrest word tells people still held ("the nurse is still detained"), not the act."""
    held = h.value.get("attack_type") in _HELD or h.value.get("outcome") in _HELD
    return held and bool(_STILL_HELD.search(doc.text, max(sentence.start, h.start - 30), h.start))


#: Before a participle, a determiner that makes it an adjective of the noun after it ("the burnt health post", "its
#: damaged wing"): a state told, not the act.
_DETERMINER = re.compile(r"\b(?:the|a|an|this|that|these|those|its|their|our)\s+$", re.IGNORECASE)
#: A count of two or more (digits) right before a word.
_COUNT_BEFORE = re.compile(r"(?<![\d.,:/-])\b(?:[2-9]|\d\d+)\s+$")


#: After an act word, a target that is no health care: a police or military post, a market, a school, a place of
#: worship ("attacked a police post", "an attack on the market", "une attaque contre l'école").
_OTHER_TARGET = re.compile(
    r"\s+(?:(?:on|against|at|upon|contre|sur|contra)\s+)?(?:(?:a|an|the|two|three|several|un|une|le|la|l['’]|les|"
    r"des|el|los|las|unos|unas)\s*)?(?:[^\W\d][\w-]*\s+)?(?:police|military|army|security)\s+(?:posts?|stations?|"
    r"checkpoints?|patrols?|convoys?|bases?|positions?|barracks|camps?)\b|\s+(?:(?:on|against|at|contre|contra)\s+)?"
    r"(?:(?:a|an|the|un|une|le|la|l['’]|el|la)\s*)?(?:crowded\s+|busy\s+)?(?:markets?|marketplace|schools?|mosques?|"
    r"churches|church|prisons?|marché|école|mosquée|église|prison|mercado|escuela|mezquita|iglesia|cárcel|"
    r"commissariat|gendarmerie|comisaría)\b"
    r"|\s+(?:على\s+)?[وب]?(?:ال)?(?:سوق|سوقا|أسواق|مدرسة|مسجد|ثكنة|كنيسة|سجن|حاجز|مقر)(?!\w)",  # "استهدفت سوقا"
    re.IGNORECASE,
)


#: After people, the care they give ("staff treat four wounded", "les médecins soignent", "los médicos atienden"):
#: those who care for the victims, not victims.
_CARING = re.compile(
    r"\s+(?:treat|treated|treating|tend|tended|soignent|soignaient|ont\s+soigné|atienden|atendieron|atendían|"
    r"tratam|atenderam)\b"
    # "يعمل الأطباء على إسعافهم": the doctors treat them; "طواقمه عملت بكامل طاقتها لاستقبال المصابين": take them in
    r"|\s+(?:[^\s.،,]+\s+){0,3}?(?:على\s+)?ل?(?:إسعاف|اسعاف|علاج|معالجة|استقبال)",
    re.IGNORECASE,
)


#: After an act word, a whole place struck ("les attentats qui ont frappé la région", "attacks that hit the town"):
#: not the act on a facility the sentence names.
_STRUCK_PLACE = re.compile(
    r"\s+(?:la|le|l['’]|les|the|el|los)\s*(?:région|ville|zone|localité|pays|quartier|region|town|city|area|country|"
    r"región|ciudad|zona|país|localidad|barrio)\b(?![’']s)",
    re.IGNORECASE,
)


def _struck_place(doc: Doc, sentence: Sentence, hit: Hit) -> bool:
    """Whether a word of striking is told of a whole place ("frappé la région"), not of a facility; an order to
    leave one ("to leave the town") is still a threat."""
    return hit.value.get("attack_type") in _STRIKING and bool(_STRUCK_PLACE.match(doc.text, hit.end, sentence.end))


#: The attack types a word of striking tells (and the generic ones, without a type).
_STRIKING = frozenset({None, "assault", "heavy_weapons", "explosive_device", "individual_weapons"})


#: Before an act word, a setting it names ("in situations of armed violence", "en contextos de violencia armada").
_SETTING = re.compile(
    r"\b(?:situations?|contexts?|settings?|contextes?|contextos?|situaci[oó]n|situaciones)\s+(?:of|de|d['’])\s+$",
    re.IGNORECASE,
)


def _in_name(doc: Doc, sentence: Sentence, hit: Hit) -> bool:
    """Whether a capitalised act word is part of a name: in capitals before a comma (a dateline: "HIT, Iraq"), the
    dateline's place written again, or inside a sentence before another capitalised word ("Hit General Hospital"),
    not in a headline in title case."""
    after = doc.text[hit.end : hit.end + 2]
    if len(hit.text) > 1 and hit.text.isupper() and after[:1] == ",":
        return True  # a dateline's place
    if hit.text[:1].isupper() and hit.text.upper() in _dateline_words(doc):
        return True  # the same word as the dateline's place ("Hit hospital declares emergency" ... "HIT, Iraq")
    if not hit.text[:1].isupper() or hit.start == sentence.start or _title_case(doc, sentence):
        return False
    return after[:1] == " " and after[1:2].isupper()


#: A line opening on words in capitals before a comma: a dateline's place ("HIT, Iraq —").
_DATELINE_WORDS = re.compile(r"^([A-Z][A-Z'’ -]*[A-Z]),", re.MULTILINE)


def _dateline_words(doc: Doc) -> frozenset[str]:
    """The places the report's datelines name in capitals, read once for the report asked about last."""
    global _last_dateline_words
    last, words = _last_dateline_words
    if last is not doc:
        words = frozenset(m.group(1) for m in _DATELINE_WORDS.finditer(doc.text))
        _last_dateline_words = (doc, words)
    return words


_last_dateline_words: tuple[Doc | None, frozenset[str]] = (None, frozenset())


def _title_case(doc: Doc, sentence: Sentence) -> bool:
    """Whether most words of ``sentence`` begin with a capital (a headline in title case)."""
    words = doc.text[sentence.start : sentence.end].split()
    return sum(w[:1].isupper() for w in words) * 2 > len(words)


def _as_adjective(doc: Doc, sentence: Sentence, hit: Hit) -> bool:
    """Whether a fire or damage word stands as an adjective before a facility ("Services from the burnt health
    post are provided from a mobile clinic"), or after a count ("restored 11 damaged facilities", "відновили 11
    пошкоджених закладів"): the facilities' state, told after the act if at all."""
    before = doc.text[max(sentence.start, hit.start - 8) : hit.start]
    if _COUNT_BEFORE.search(before):
        return True
    return bool(_DETERMINER.search(before) and any(0 < f.start - hit.end <= 2 for f in sentence.get("facilities")))


#: Before "military base/position", a place word: the base is where fire came from or a place near, not a facility
#: used ("shells fired from a military base on the hill", "from the direction of an Israeli military position").
_BASE_AS_PLACE = re.compile(
    r"\b(?:from|of|near|at|by|towards|toward|behind|around)\s+(?:(?:an?|the|its|their)\s+)?(?:[\w-]+\s+)?$", re.I
)
_BASE_WORDS = ("military base", "military position", "military positions")


def _denied_any(doc: Doc, sentence: Sentence, hit: Hit) -> bool:
    """Whether an act word follows "any" in a negated sentence ("No clinic reported any attack or threat")."""
    any_word = _ANY_BEFORE.search(doc.text, max(sentence.start, hit.start - 30), hit.start)
    return bool(any_word and _NEGATION.search(doc.text, sentence.start, any_word.start()))


def _imposed(doc: Doc, sentence: Sentence) -> list[Hit]:
    """Closure words whose agent is an armed actor ("closed by gunmen", "forced to close by armed groups",
    "the militia forced the closure of"): a closure imposed by force is an act against health care."""
    perpetrators = sentence.get("perpetrators")
    armed = [p for p in perpetrators if "firearms" in (p.value.get("carries"), p.value.get("presumed_class"))]
    closed = [h for h in sentence.get("damage") if h.value.get("service_impact") == "closed"]
    return [
        h
        for h in closed
        if any(
            (_BY.fullmatch(doc.text[h.end : p.start]) and p.start > h.end)
            or (p.end <= h.start and _FORCED.fullmatch(doc.text[p.end : h.start]))
            for p in armed
        )
    ]


def _by_force(doc: Doc, sentence: Sentence, hit: Hit) -> bool:
    """Whether an armed actor does what ``hit`` tells: its agent after "by" ("used for shelter by soldiers") or
    its subject right before ("the militia used an ambulance")."""
    for p in sentence.get("perpetrators"):
        if "firearms" not in (p.value.get("carries"), p.value.get("presumed_class")):
            continue
        if p.start >= hit.end and _AGENT_AFTER.fullmatch(doc.text[hit.end : p.start]):
            return True
        if (
            p.end <= hit.start
            and _between_words(gap := doc.text[p.end : hit.start]) <= _GAP_WORDS
            and not re.search(r"[,;:]", gap)
        ):
            return True
    return False


def _told_apart(doc: Doc, sentence: Sentence) -> tuple[list[Hit], Event | None]:
    """The damage or closure words of a sentence telling apart, by town, facilities the latest event told hit
    together ("hospitals were hit by airstrikes ... All three hospitals in A, B and C are out of service"),
    with that event: each facility is an incident of its own (codebook: one per facility named apart)."""
    listed = [h for h in sentence.get("facilities") if _plural(h) and len(_town_list(doc, h)) > 1]
    for event in reversed(doc.events if listed else []):
        kinds = {t.value["facility_type"] for t in event.targets if "facility_type" in t.value and _plural(t)}
        if kinds & {"other", *(h.value["facility_type"] for h in listed if "facility_type" in h.value)}:
            return [h for h in sentence.get("damage") if h.value.get("facility_damage") != "none"], event
    return [], None


#: Between a future or potential verb and the act it governs, what tells an act done: punctuation, a past
#: auxiliary or a conjunction of time ("will stay closed *after* gunmen stormed it", "va évaluer l'hôpital *qui a été*
#: bombardé").
_DONE = re.compile(
    r"[,;:()]|\b(?:was|were|had|has|have|been|after|when|since|following|because|qui|que|après|depuis|été|fue|"
    r"fueron|sido|tras|después|desde)\b",
    re.IGNORECASE,
)


def _foreseen(doc: Doc, sentence: Sentence, acts: list[Hit]) -> bool:
    """Whether every act of ``sentence`` is governed by a future or potential verb ("a team will assess the damaged
    hospital", "guided bombs can destroy a hospital", "va bombarder", "puede destruir"): an act not done."""
    cues = _cues(sentence, "future")
    return bool(cues) and all(
        any(c.end <= a.start and not _DONE.search(doc.text, c.end, a.start) for c in cues) for a in acts
    )


#: How many sentences back an act may be whose harm a sentence tells found afterwards.
_FOUND_SPAN = 4


def _found_after(doc: Doc, sentence: Sentence, acts: list[Hit]) -> bool:
    """Whether ``sentence`` tells only harm found on a later day after an act told just before it, in its paragraph
    or the one before ("When staff returned on 28 May, they found the fridges broken and files burned"): a day, then
    a discovery word, then every act."""
    cues = _cues(sentence, "found")
    return bool(cues and doc.events) and (
        any(d.precision == "day" and d.end <= cues[0].start for d in _sentence_dates(doc, sentence))
        and all(a.start >= cues[0].end for a in acts)
        and sentence.index - doc.events[-1].sentence.index <= _FOUND_SPAN
        and sentence.paragraph - doc.events[-1].sentence.paragraph <= 1
    )


def _date_only(doc: Doc, sentence: Sentence) -> bool:
    """Whether a sentence is nothing but a date ("September 2019.", "12 March 2021:"), a heading dating the
    sentence after it."""
    found = _sentence_dates(doc, sentence)
    rest = doc.text[sentence.start : sentence.end]
    for d in found:
        rest = rest.replace(d.text, " ")
    return bool(found) and not rest.strip(" \t\n.:,;-–—")


def _headed(doc: Doc, sentence: Sentence) -> bool:
    """Whether ``sentence`` belongs to an entry its paragraph opens with a date heading ("July 2021: Clashes ...
    . Two clinics were burnt."): the heading dates every sentence of the entry."""
    at = sentence.index
    while at > 0 and doc.sentences[at - 1].paragraph == sentence.paragraph:
        at -= 1
    first = doc.sentences[at]
    return first is not sentence and any(
        not doc.text[first.start : d.start].strip() and _HEADING_END.match(doc.text, d.end)
        for d in _sentence_dates(doc, first)
    )


#: Between an act noun and the class of targets it is told of: a preposition and up to two words that are no
#: article, possessive or number ("arrests *of* nurses", "strikes *on clearly marked* ambulances", "ataques *a*"), after
#: another act noun it is paired with ("arrests *or detentions of* health workers").
_OF_KIND_WORDS = (
    r"\s+(?:of|on|against|targeting|upon|contre|sur|de|contra|a)\s+"
    r"(?:(?!(?:the|a|an|its|their|his|her|our|this|that|these|those|two|three|four|five|several|many|some|le|la|les|"
    r"l|un|une|el|los|las|su|sus|leur|leurs|o|os|as|um|uma|do|da|dos|das)\b)[^\W\d][\w'’-]*\s+){0,2}"
)
_OF_KIND = re.compile(
    rf"(?:\s+(?:or|and|ou|et|o|y)\s+[^\W\d][\w'’-]*)?{_OF_KIND_WORDS}",  # "arrests or detentions of health workers"
    re.IGNORECASE,
)
#: ... in Portuguese, where "o" is the article, not "or" ("pilharam o armazém de medicamentos": one store).
_OF_KIND_PT = re.compile(rf"(?:\s+(?:ou|e)\s+[^\W\d][\w'’-]*)?{_OF_KIND_WORDS}", re.IGNORECASE)


def _of_a_kind(doc: Doc, sentence: Sentence, trigger: Hit, targets: list[Hit]) -> bool:
    """Whether ``trigger`` names a kind of act by the class of targets right after it, with no article or count
    ("arrests of health workers", "airstrikes on hospitals", "sexual violence against health workers"): acts in
    general, not one act."""
    return any(
        t.start >= trigger.end
        and not _specific(doc, sentence, t)
        and (_OF_KIND_PT if doc.language == "pt" else _OF_KIND).fullmatch(doc.text[trigger.end : t.start])
        for t in targets
    )


def _passive_of(doc: Doc, sentence: Sentence, trigger: Hit, targets: list[Hit]) -> bool:
    """Whether ``trigger`` is a passive verb ("were attacked", "was vandalised") whose subject is the first of
    ``targets``, however long the words between ("Ambulances used by the medical council were attacked"); not a
    verb in -ing ("forces who were using live bullets": its subject does it)."""
    if trigger.text.lower().endswith("ing") or not _PASSIVE.search(
        doc.text[max(sentence.start, trigger.start - 30) : trigger.start]
    ):
        return False
    first = min(targets, key=lambda x: x.start, default=None)
    if first is None or first.end > trigger.start:
        return False
    gap = doc.text[first.end : trigger.start]
    return _between_words(_ASIDE.sub(" ", gap)) <= _PASSIVE_WORDS and not re.search(r"[;:]", gap)


#: A sentence opening on the perpetrators told before ("The attackers then ...", "Les assaillants ont ...").
THEY_BACK = re.compile(
    r"\W*(?:then\s+|ensuite\s+|luego\s+)?(?:the|these|those|les|ces|los|las|esos|estos)\s+(?:same\s+|m[êe]mes\s+|mismos\s+)?"
    r"(?:attackers|assailants|gunmen|militants|fighters|perpetrators|raiders|armed\s+men|assaillants|agresseurs|"
    r"hommes\s+arm[ée]s|combattants|miliciens|atacantes|agresores|asaltantes|hombres\s+armados|milicianos)\b",
    re.IGNORECASE,
)


#: A monitor leaving out an act it was told of ("This incident is therefore not included", "n'a pas été retenu").
_EXCLUDED = re.compile(
    r"\b(?:incident|attack|case|report|claim)s?\s+(?:is|was|are|were|has\s+been|have\s+been)\s+(?:therefore\s+|thus\s+|"
    r"hence\s+|accordingly\s+)?(?:not\s+(?:been\s+)?(?:included|counted|recorded|retained)|excluded|removed|"
    r"withdrawn|retracted)\b|"
    r"\b(?:incident|attaque|cas)\s+n['’](?:a|ont)\s+(?:donc\s+)?pas\s+été\s+(?:retenue?s?|comptabilisée?s?|incluse?s?)\b|"
    r"\b(?:incidente|ataque|caso)\s+no\s+(?:fue|ha\s+sido)\s+(?:por\s+lo\s+tanto\s+)?(?:incluido|contabilizado|registrado)\b|"
    r"\bne\s+l(?:es\s+|e\s+|a\s+|['’])(?:a|ont)\s+pas\s+(?:comptabilisée?s?|retenue?s?|incluse?s?)\b|"
    r"\bno\s+l[oa]s?\s+(?:ha|han)\s+(?:contabilizado|incluido|registrado)\b",
    re.IGNORECASE,
)


#: A heading over what tells no incident: what a report leaves out ("Events reported but not counted as attacks",
#: "Not included", "Incidents exclus", "Casos no incluidos"), its method and its recommendations.
_LEFT_OUT = re.compile(
    r"\bnot\s+(?:counted|included|verified|retained)\b|\bexcluded\b|\bexclus\b|\bnon\s+(?:retenus|comptabilisés|inclus)\b|"
    r"\bno\s+(?:incluidos|contabilizados|verificados)\b|"
    r"^\W*(?:\d+\.?\s*)?(?:methodology|méthodologie|metodología|recommendations|recommandations|recomendaciones)\W*$",
    re.IGNORECASE,
)
#: A heading over a report's figures ("Key figures", "Chiffres clés du semestre", "The numbers", "Figures by type of
#: attack").
_FIGURES = re.compile(
    r"\b(?:key|headline|main)\s+figures\b|\bfigures\s+at\s+a\s+glance\b|\bchiffres\s+clés\b|\bcifras\s+clave\b|"
    r"(?<![^\n])\W*(?:figures|numbers|breakdown|chiffres|répartition|cifras|desglose)\s+(?:by|per|par|por)\s+|"
    r"^\W*(?:\d+\.?\s*)?(?:the\s+numbers|in\s+numbers|in\s+figures|"
    r"en\s+chiffres|en\s+cifras|statistics|statistiques|estadísticas)\W*$|"
    # a heading over cumulative figures ("Casualties (January–May 2028, cumulative)", "Bilan cumulé")
    r"\b(?:cumulative|cumulé(?:e|s)?|acumulad[oa]s?|totals?\s+since)\b[^\n.]{0,30}$",
    re.IGNORECASE,
)


#: A glossary's opening ("ABBREVIATIONS:", "Acronyms:", "Sigles :"): its words tell no act.
_GLOSSARY = re.compile(
    r"\W*(?:abbreviations|acronyms|glossary|abréviations|sigles|glossaire|siglas|abreviaturas|acrónimos|glosario)\s*:",
    re.IGNORECASE,
)
#: The marks that open a list item.
_LIST_MARKS = ("-", "•", "*", "·", "▪", "–")


#: What may stand before a heading on its line: nothing, or its number ("4. ", "IV) ", "B. ").
_HEADING_NUMBER = re.compile(r"(?:[ \t]*(?:\d{1,2}|[IVX]{1,4}|[A-H])[.)][ \t]+)?")


def _heading(doc: Doc, sentence: Sentence) -> bool:
    """Whether ``sentence`` is a heading: a short line of its own, not a list item, with no final stop."""
    text = doc.text[sentence.start : sentence.end].rstrip()
    # ... perhaps after its number, which segmentation may cut off as a sentence ("4. PENDING AND EXCLUDED REPORTS")
    line_start = _HEADING_NUMBER.fullmatch(doc.text, doc.text.rfind("\n", 0, sentence.start) + 1, sentence.start)
    line_end = doc.text[sentence.start + len(text) : sentence.start + len(text) + 1] in ("\n", "")
    return (
        line_start is not None
        and line_end
        and len(text.split()) <= _HEADING_WORDS
        and not text.endswith((".", "!", "?", ";", ","))
        and not text.startswith(_LIST_MARKS)
    )


#: Sentences below which a report is a record of one incident, whose damage alone tells the act.
_RECORD_SENTENCES = 8


#: A vehicle of no health service ("a car", "a taxi", "un camion", "una camioneta"): its driver is no health worker.
_CIVILIAN_VEHICLE = re.compile(
    r"\b(?:cars?|taxis?|bus|buses|trucks?|lorr(?:y|ies)|motorcycles?|motorbikes?|tricycles?|pick-?ups?|jeeps?|"
    r"vans?|minibus(?:es)?|voitures?|camions?|coches?|carros?|camionetas?|autobús|autobuses)\b",
    re.IGNORECASE,
)


def _civilian_drivers(doc: Doc, sentence: Sentence) -> None:
    """A driver told with a vehicle of no health service ("opened fire on a car about 100 metres from the hospital,
    killing the driver", "un convoi de camions de commerçants ... deux chauffeurs tués"): the car's driver, read as
    anyone else. A truck of medicines or an NGO's car (what carries care, no facility type) keeps its driver a health
    worker."""
    drivers = [h for h in sentence.get("people") if h.text.lower().startswith(("driver", "chauffeur", "conductor"))]
    kinds = {f.value.get("facility_type") for f in sentence.get("facilities")}
    if not drivers or kinds & {"ambulance", "mobile_clinic", None}:
        return
    if not _CIVILIAN_VEHICLE.search(doc.text, sentence.start, sentence.end):
        return
    sentence.hits["people"] = [
        replace(h, value={**h.value, "group": "other"}) if h in drivers else h for h in sentence.get("people")
    ]


def events(doc: Doc) -> Doc:
    """Component: the event sentences, skipping accidents, aggregate statistics, treatment of victims of
    attacks elsewhere, and general statements about classes of targets."""
    sentences = doc.sentences
    for sentence in sentences:
        _civilian_drivers(doc, sentence)
    # a report of an accident that names no weapon: damage told without an act word is the accident's
    # (acts told done, not rumoured: "des rumeurs ont circulé ... évoquant un incendie criminel")
    armed = any(
        h.value.get("strength") == "strong"
        for s in sentences
        if s.get("attacks") and not _HEARSAY.search(doc.text, s.start, s.end)
        for h in _triggers(doc, s)
    )
    # a report at length with no act word at all (a functionality summary) tells damage of rain, fire or wear ("roofs
    # partly collapsed after the rains"); a short record of damage ("Health centre damaged in Town") is an incident's
    acts_told = len(sentences) < _RECORD_SENTENCES or any(s.get("attacks") for s in sentences)
    # "This incident is therefore not included": the monitor leaves out the act its paragraph told before
    excluded = {doc.sentence_at(m.start()).paragraph: m.start() for m in _EXCLUDED.finditer(doc.text)}
    # the section under a heading such as "Events reported but not counted as attacks", up to the next heading; under
    # one such as "Key figures", up to the next heading or a paragraph that opens on a day (an act told)
    left_out: int | None = None
    figures = False
    for i, sentence in enumerate(sentences):
        # a short line of figures under "Key figures" ("People killed: 71 (+5)") goes on with the section
        figure_line = (
            figures and left_out is not None and any(c.isdigit() for c in doc.text[sentence.start : sentence.end])
        )
        figures_named = bool(_FIGURES.search(doc.text, sentence.start, sentence.end))
        # a longer line alone naming figures heads them too ("Figures by type of attack (an attack can have ...)")
        if (_heading(doc, sentence) or (figures_named and doc.alone(sentence))) and not figure_line:
            figures = figures_named
            section = figures or _LEFT_OUT.search(doc.text, sentence.start, sentence.end)
            left_out = sentence.paragraph if section else None
        elif left_out is not None and sentence.paragraph != left_out:
            dated = figures and any(d.precision == "day" for d in _sentence_dates(doc, sentence))
            left_out = None if dated else sentence.paragraph
        if _GLOSSARY.match(doc.text, sentence.start):
            left_out = sentence.paragraph  # "ABBREVIATIONS: UAM – unidentified armed men; GSW – gunshot wound"
        if left_out is not None or sentence.start <= excluded.get(sentence.paragraph, -1):
            continue
        words = _triggers(doc, sentence)
        triggers = (
            words
            + [
                h
                for h in sentence.get("damage")
                if acts_told
                and h.value.get("facility_damage") in _HARMED
                and not _NOT.search(doc.text[max(sentence.start, h.start - 20) : h.start])
                and not _NONE_WAS.search(doc.text[max(sentence.start, h.start - 60) : h.start])  # "was not damaged"
                and not _NO_DAMAGE_BEFORE.search(doc.text[max(sentence.start, h.start - 25) : h.start])
                and not _as_adjective(doc, sentence, h)  # "the damaged hospital"
                and not _appealed(doc, sentence, h)  # "calls for the repair of the damaged facilities"
            ]
            + _imposed(doc, sentence)
        )
        carried = _cues(sentence, "carried")  # "took the two injured neighbours to hospital": who they are
        harm = [
            h
            for h in sentence.get("casualties")
            if h.value["outcome"] in _OUTCOMES
            and not _NOBODY_HARMED.search(doc.text[max(sentence.start, h.start - 60) : h.start])  # "No nurse was hurt"
            and not _ANY_HARMED.search(doc.text, max(sentence.start, h.start - 10), h.start)
            and not any(c.start <= h.start < c.end for c in carried)
            and not _appealed(doc, sentence, h)
            and not _still_held(doc, sentence, h)
            # "all the wounded received the necessary treatment", "لعلاج الجرحى": the wounded as people, no harm told
            and not (h.value["outcome"] == "injured" and _the_wounded(doc, sentence, h))
        ]
        together = None
        if not (triggers or harm):
            triggers, together = _told_apart(doc, sentence)
        # in a report of an accident, harm with no act is its own (and damage, when no weapon is named); in one of a
        # disaster, damage too
        # ... but harm told right after an act of its paragraph is that act's ("A pick-up struck an IED. The driver
        # was killed"), whatever accident the report tells elsewhere
        act_before = bool(doc.events) and doc.events[-1].sentence.index == sentence.index - 1
        act_before = act_before and doc.events[-1].sentence.paragraph == sentence.paragraph
        if (
            not (triggers or harm)
            or _accident(sentence)
            or (doc.accident and not words and (not triggers or not armed) and not (act_before and armed and harm))
            or _cues(sentence, "law")  # "makes it an offence to assault, threaten or detain a health worker"
            or (doc.disaster and not words)
        ):
            continue
        # an organisation ("an INGO", "the Red Cross") is a target only next to what was done to it, not as
        # the speaker of a sentence about an attack
        targets = [
            x
            for x in _targets(doc, sentence)
            if not x.value.get("close")
            or any(
                _close(doc, t, x, _ORGANISATION_WORDS) or _passive_of(doc, sentence, t, [x]) for t in triggers + harm
            )
        ]
        # a speaker's label is no target ("Dr Marchetti: That the attacks are getting closer"), nor one told of
        # every member of a class ("every ambulance driver I met had a story of being chased by a drone"), nor a
        # facility that speaks of harm with no act ("The hospital said eight of the wounded were children")
        strong = any(t.value.get("strength") == "strong" for t in triggers)
        named = [x for x in targets if "facility_type" in x.value]
        targets = [
            x
            for x in targets
            if not (doc.text.startswith(":", x.end) and not doc.text[sentence.start : x.start].strip(" \t-•*"))
            and not _EVERY.search(doc.text, max(sentence.start, x.start - 20), x.start)
            and not _speaks(doc, sentence, x, strong, named)
            and not ("group" in x.value and _CARING.match(doc.text, x.end, sentence.end))
        ]
        # a generic word ("attack", "hit"), a damage word or a bare outcome ("killed") must sit next to its
        # target; damage is told of facilities, or of medical supplies right by it in a sentence naming a
        # facility ("in many health centres ... teams found destroyed equipment")
        facilities = [x for x in targets if "facility_type" in x.value]
        supplies = [x for x in targets if x.value.get("resource") == "supplies"] if facilities else []
        triggers = [
            t
            for t in triggers
            if t.value.get("strength") == "strong"
            or any(
                _close_past_when(doc, sentence, t, x, 8 if "group" in x.value else 6)
                and (t.set != "damage" or ";" not in doc.text[min(t.end, x.end) : max(t.start, x.start)])
                for x in (facilities if t.set == "damage" else targets)
            )  # damage is told in its own clause ("Vehicle damaged; patient delivered at the hospital")
            or (t.set == "damage" and any(_close(doc, t, x, 1) for x in supplies))
            or _passive_of(doc, sentence, t, facilities if t.set == "damage" else targets)
        ]
        # what is done to a person (rape) is an attack on health care only next to a health worker or patient:
        # "women were raped and health centres looted" tells no rape of health workers
        people = [x for x in targets if "group" in x.value]
        # "violence against a health worker" tells one act; "violence against health workers" a class in general
        triggers = [
            t
            for t in triggers
            if not t.value.get("of_one")
            or any(_close(doc, t, x, 8) and _specific(doc, sentence, x) for x in facilities + people)
        ]
        triggers = [  # ... or its passive subject ("a nurse who was going home was raped")
            t
            for t in triggers
            if not t.value.get("of_people")
            or any(_close(doc, t, x, 8) for x in people)
            or _passive_of(doc, sentence, t, people)
        ]
        # an eviction or a use is told of what undergoes it ("nurses were forcibly removed") or the facility right
        # after it ("driven out of the clinic", "used an ambulance"), not of others named ("rebels were driven
        # out, and doctors returned"); a use only when an armed actor makes it ("used by soldiers")
        triggers = [
            t
            for t in triggers
            if not t.value.get("of_subject")
            or _passive_of(doc, sentence, t, targets)
            or any(x.start >= t.end and _OBJECT_GAP.fullmatch(doc.text[t.end : x.start]) for x in facilities)
        ]
        triggers = [t for t in triggers if not t.value.get("by_force") or _by_force(doc, sentence, t)]
        # a generic act word on another target ("gunmen attacked a police post", "after an attack on a market"), or
        # written as part of a name ("Hit General Hospital"), tells no act on the facility the sentence names
        triggers = [
            t
            for t in triggers
            if (t.value.get("strength") == "strong" and not _struck_place(doc, sentence, t))
            or not (
                _OTHER_TARGET.match(doc.text, t.end, sentence.end)
                or _struck_place(doc, sentence, t)
                or _in_name(doc, sentence, t)
            )
        ]
        # "situations of armed violence", "en situation de violence armée": a setting, no act
        triggers = [t for t in triggers if not _SETTING.search(doc.text, max(sentence.start, t.start - 20), t.start)]
        harm = [h for h in harm if any(_close(doc, h, x, 8 if "group" in x.value else 4) for x in targets)]
        borrowed = not targets
        if borrowed and (
            _HABITUAL.search(doc.text, sentence.start, sentence.end)
            or _SERIES.search(doc.text, sentence.start, sentence.end)
            or _SHARE.match(doc.text, sentence.start, sentence.end)
        ):
            continue  # "the town is shelled almost every day": acts told as habitual, not the neighbour's one act
        if borrowed and (
            (sentence.get("facilities") and _cues(sentence, "treatment"))
            or any(_unharmed_after(doc, sentence, f) for f in sentence.get("facilities"))
        ):
            continue  # its own facility is told caring for the victims ("..., and the city hospital received the
            # wounded") or unharmed ("أن المستشفى لم يتعرض لأي أضرار جراء الغارات"): the act was elsewhere, not on a
            # facility a neighbour names
        if borrowed and any(t.value.get("strength") == "strong" for t in triggers):
            # an act told on its own target ("an airstrike on a crowded market", "استهدفت سوقا") reaches a facility
            # a neighbour names only when the neighbour tells it struck ("One of the bombs fell on the maternity
            # ward"), not when it names it otherwise ("The director of the hospital said twelve wounded ...")
            elsewhere = any(_OTHER_TARGET.match(doc.text, t.end, sentence.end) for t in triggers)
            # ... but not a facility the neighbour tells caring for victims ("Doctors at the X hospital treated")
            # ... nor from another entry of a dated log ("01/07, Bria — A taxi driver was robbed")
            entry = _entry_date(doc, sentence)
            neighbours = [
                s
                for s in sentences[max(0, i - 1) : i + 2]
                if s.paragraph == sentence.paragraph
                and not _cues(s, "treatment")
                and not _cues(s, "carried")
                and _entry_date(doc, s) is entry
                and not (elsewhere and not s.get("attacks"))
            ]
            # ... nor one they tell undamaged ("a shell landed 200 metres away; the hospital was not damaged"), nor
            # another mention of its kind there ("There was no damage to the hospital," the hospital's director
            # said), or unharmed ("No NGO staff affected")
            targets = [
                t
                for s in neighbours
                if s is not sentence
                for t in _targets(doc, s)
                if not _undamaged(doc, s, t)
                and not _NONE_OF.search(doc.text, max(s.start, t.start - 12), t.start)
                and not any(
                    u.value.get("facility_type") == t.value.get("facility_type") and _undamaged(doc, s, u)
                    for u in s.get("facilities")
                    if "facility_type" in t.value and u is not t
                )
            ]
            # ... or, in a table row's fields, the people its resource field names ("Resource affected: community
            # health workers. Type of attack: threat.")
            row = entry is not None
            targets = [t for t in targets if "facility_type" in t.value or (row and t.value.get("group"))]
            if not targets and row:  # ... else the facility its entry's fields name ("Facility: X warehouse")
                fields = [
                    s
                    for s in sentences
                    if s is not sentence and _entry_date(doc, s) is entry and not _cues(s, "treatment")
                ]
                targets = [
                    t
                    for s in fields
                    for t in _targets(doc, s)
                    if "facility_type" in t.value and not _undamaged(doc, s, t)
                ]
            # "Three physicians were called to a house. There, they were arrested": the people just named ("they"
            # of a plural noun, "he" or "she" of a singular one)
            if not targets and i > 0 and sentences[i - 1].paragraph == sentence.paragraph:
                # ... or, after the perpetrators told again ("The armed men took all three away"), any of them
                plural = (
                    {True, False}
                    if THEY_BACK.match(doc.text, sentence.start)
                    else {
                        m.group(1).lower() in ("they", "them")
                        for t in triggers
                        if t.value.get("strength") == "strong"
                        and (
                            m := _PRONOUN_PASSIVE.search(doc.text[max(sentence.start, t.start - 40) : t.start])
                            or _PRONOUN_OBJECT.match(doc.text, t.end, sentence.end)
                        )
                    }
                )
                targets = [
                    x
                    for x in sentences[i - 1].get("people")
                    if x.value["group"] in _GROUP_TARGETS and bool(x.value.get("plural")) in plural
                ]
        if not targets or not (triggers or harm) or _foreseen(doc, sentence, triggers + harm):
            continue
        if all("group" in x.value for x in targets) and _others_held(doc, sentence, triggers + harm):
            continue  # "Police detained three relatives of the patient": people held who are not health care's
        if _found_after(doc, sentence, triggers + harm):
            continue  # "when staff returned, they found files burned": the harm of the act just told, found later
        treated = _cues(sentence, "treatment")
        # "a patient being treated at the unit was killed": a patient in care, not a victim treated afterwards
        in_care = bool(treated) and any(  # being treated, not being carried somewhere ("transferred to")
            x.value.get("group") == "patient"
            and x.end <= treated[0].start
            and _close(doc, x, treated[0], _GAP_WORDS)
            and treated[0].text.lower().startswith(_CARE)
            for x in targets
        )
        if (
            treated
            and not in_care
            and not any(t.value.get("strength") == "strong" or t.end <= treated[0].start for t in triggers + harm)
        ):
            continue  # victims of an attack told after their treatment ("treated ... after the attack")
        if (
            treated
            and not in_care
            and not any(t.set == "damage" for t in triggers)
            and triggers
            and all(t.start > treated[0].end and _CAUSE.search(doc.text[treated[0].end : t.start]) for t in triggers)
        ):
            continue  # "the hospital received 30 patients after a bomb released a yellowish smoke": care, no attack
        read_quantities(doc, sentence)
        # after a statistic, harm told with no act but its outcome ("Nine health workers lost their lives and 14 were
        # abducted", "187 were arrested, detained or kidnapped") is the statistic's toll
        outcomes_only = all(
            any(h.start == w.start for h in harm) or w.value.get("attack_type") == "abduction_arrest" for w in words
        )
        if _is_aggregate(doc, sentence) or (outcomes_only and _after_statistic(doc, sentence)):
            continue
        dated = (
            bool(_sentence_dates(doc, sentence))
            or (i > 0 and _date_only(doc, sentences[i - 1]))
            or (not borrowed and _headed(doc, sentence))  # a heading dates what the sentence itself tells
        )
        # a class of targets told in general ("health facilities have been looted") is no one incident;
        # told as one past act ("health supplies were taken") it is (searched only for an undated sentence)
        facilities_only = all("facility_type" in t.value for t in targets)  # "health facilities looted in X"
        general = not dated and (
            facilities_only
            or _PERFECT.search(doc.text[sentence.start : sentence.end])
            or _SHARE.match(doc.text, sentence.start, sentence.end)
        )
        if general and not any(_specific(doc, sentence, t) for t in targets):
            continue
        # ... nor are acts told as what happens at times ("Sometimes her clinic has been looted", "Parfois"), or
        # over years ("For more than a decade, vaccinators have been threatened", "Depuis des années")
        if not dated and (
            _AT_TIMES.match(doc.text, sentence.start, sentence.end)
            or _OVER_YEARS.search(doc.text, sentence.start, sentence.end)
        ):
            continue
        # ... and so is a kind of act named by its class of targets ("arrests of nurses", "strikes on hospitals")
        if not dated and any(_of_a_kind(doc, sentence, t, targets) for t in triggers):
            continue
        # ... nor is one told only with a year ("health facilities were damaged in several attacks last year")
        own = _sentence_dates(doc, sentence)
        years = bool(own) and all(d.precision == "year" for d in own)
        if years and facilities_only and not any(_specific(doc, sentence, t) for t in targets):
            continue
        # "the attacks" told without a date are attacks in general unless one target is singular or named, and
        # so is a class of targets only said to be "hit" ("health care facilities were also hit in A and B")
        in_general = (
            words
            and all("attack_type" not in t.value for t in words)
            and (
                all(t.text.lower().endswith("s") for t in words)
                or not any(_specific(doc, sentence, t) for t in targets)
            )
        )
        one = any(not _plural(x) or ("facility_type" in x.value and facility_name(doc, x)) for x in targets)
        if not dated and in_general and not one:
            continue
        doc.events.append(Event(sentence, triggers + harm, targets, together=together))
    later = _kinds_later(doc.events)
    doc.events = [e for e in doc.events if not _teaser(doc, e, later[e.sentence.index])]
    return doc


#: A place an item of a list names: a preposition, up to two lower-case words, a capitalised name ("in western
#: Niger", "above Port-au-Prince", "dans le Nord", "en el Cauca").
_ITEM_PLACE = re.compile(
    r"\b(?:in|at|near|above|outside|across|dans|à|au|en|près de|cerca de)\s+(?:[a-zà-ÿ'’-]+\s+){0,2}?[A-ZÀ-Þ]"
)


def _kind(target: Hit) -> Any:
    """The kind of a target: its facility type or its group of people."""
    return target.value.get("facility_type") or target.value.get("group")


def _kinds_later(events: list[Event]) -> dict[int, set[Any]]:
    """For the sentence of each event, the kinds of target (:func:`_kind`) the events of later sentences tell."""
    later: dict[int, set[Any]] = {}
    kinds: set[Any] = set()
    for e in sorted(events, key=lambda e: e.sentence.index, reverse=True):
        later.setdefault(e.sentence.index, set(kinds))
        kinds.update(_kind(t) for t in e.targets)
    return later


def _teaser(doc: Doc, event: Event, later: set[Any]) -> bool:
    """Whether ``event`` is a digest's teaser: a sentence with no day of its own listing, between commas, acts in
    three or more places, each on a kind of target an event after it tells again (``later``: "This week: an
    airstrike on a hospital in A, a health centre emptied in B, a pharmacy hit in C"); the body tells each act, the
    list none."""
    sentence = event.sentence
    if any(d.precision == "day" for d in _sentence_dates(doc, sentence)):
        return False
    told = 0
    start = sentence.start
    for cut in [*re.finditer(r"[,;]", doc.text[sentence.start : sentence.end]), None]:
        end = sentence.start + cut.start() if cut else sentence.end
        kinds = {_kind(t) for t in event.targets if start <= t.start and t.end <= end}
        told += bool(kinds) and kinds <= later and bool(_ITEM_PLACE.search(doc.text, start, end))
        start = end + 1
    return told >= 3


def read_quantities(doc: Doc, sentence: Sentence) -> None:
    """The counts written in ``sentence`` (numbers module), in report offsets."""
    from notatarget.extract.numbers import find_quantities

    text = doc.text[sentence.start : sentence.end]
    sentence.quantities = [_shift(q, sentence.start) for q in find_quantities(text, doc.language)]


def _shift(item: Any, offset: int) -> Any:
    """``item`` (a dataclass with start/end) moved by ``offset`` characters."""
    return replace(item, start=item.start + offset, end=item.end + offset)


def _read_dates(doc: Doc) -> None:
    """The dates of the whole report, read in one call (so the dateline, narrative paragraphs and "the day
    before" resolve against what the report told before), handed to the sentences that hold them."""
    found = find_dates(doc.text, doc.reference or doc.published, doc.language)  # the dateline, found once
    if doc.reference is None and (first := next((d for d in found if d.precision == "day"), None)):
        # no page date nor dateline: the first full day told (a caption's "Wednesday, Dec. 18, 2013")
        # anchors "on Wednesday" and "yesterday"
        found = find_dates(doc.text, date.fromisoformat(first.value), doc.language)
    for sentence in doc.sentences:
        sentence.dates = []
    found = _without_periods(doc.text, found)
    for d in found:
        sentence = doc.sentence_at(d.start)
        if not sentence.start <= d.start < sentence.end:
            continue  # the page-date line (" date 2016-11-18") is metadata, in no sentence
        # "since 2013", "in 2016": a range or a year of statistics, not the day of an act
        # the words before the date, and its own leading preposition ("depuis 2015", "in 2016" are read whole)
        # ... also a month in a clause opened by "since" ("since February 2022", "Since the army seized power in
        # February 2021,"), but for one an act is told at ("since May 2024, when aircraft bombed a clinic")
        before = doc.text[max(sentence.start, d.start - 12) : d.start] + _LEADING_WORD.match(d.text).group()
        since = _SINCE_CLAUSE.search(doc.text, sentence.start, d.start) and not _WHEN.match(doc.text, d.end)
        if _REJECTED.search(doc.text, max(sentence.start, d.start - 20), d.start):
            continue
        if d.text == "Today" and _NAMED_TODAY.search(doc.text, max(sentence.start, d.start - 30), d.start):
            continue  # "told Taiz Today", "USA Today": a publication's name, no day
        if d.precision == "day" or (
            not _SINCE.search(before) and not since and not (d.precision == "year" and _IN_YEAR.search(before))
        ):
            sentence.dates.append(d)
    for sentence in doc.sentences:
        sentence.dates = sentence.dates or [None]


#: Before a capitalised "Today" inside a sentence, the rest of a name ("told Taiz Today", "Sudan Today reported").
_NAMED_TODAY = re.compile(r"[a-z,]\s+(?:[A-Z][\w'’-]*\s+){1,3}$")


#: Between two months that bound a period ("November 2020 to December 2021", "de janvier à mars 2024").
_PERIOD_JOIN = re.compile(r"\s*(?:to|until|till|through|–|—|-|au|à|jusqu['’]à|a|al|hasta)\s*", re.IGNORECASE)
#: Before the month that ends a period whose first month is told bare ("From March to May 2021", "Between January
#: and March 2021", "de janvier à mars 2024", "entre enero y marzo de 2024").
_PERIOD_START = re.compile(
    r"\b(?:from|between|de|du|entre|desde)\s+[^\W\d_]+\s+(?:to|and|à|au|a|y|et|hasta)\s+$", re.IGNORECASE
)


_BETWEEN = re.compile(r"\b(?:between|entre)\s+$", re.IGNORECASE)
_AND = re.compile(r"\s*(?:and|et|y)\s*", re.IGNORECASE)


def _without_periods(text: str, found: list[Any]) -> list[Any]:
    """``found`` without the months that bound a period, or the days that bound one with "between": a chapter's or a
    report's span dates no act."""
    months = [d for d in found if d.precision in ("month", "year")]
    bounds = {
        id(d) for a, b in itertools.pairwise(months) if _PERIOD_JOIN.fullmatch(text, a.end, b.start) for d in (a, b)
    }
    bounds |= {id(d) for d in months if _PERIOD_START.search(text, max(0, d.start - 40), d.start)}
    # ... and the days of a reporting period ("Between 1 December 2024 and 15 January 2025, researchers documented")
    bounds |= {
        id(d)
        for a, b in itertools.pairwise(found)
        if _BETWEEN.search(text, max(0, a.start - 10), a.start) and _AND.fullmatch(text, a.end, b.start)
        for d in (a, b)
    }
    return [d for d in found if id(d) not in bounds]


def _sentence_dates(doc: Doc, sentence: Sentence) -> list[Any]:
    """The dates told in ``sentence`` (read for the whole report on the first call)."""
    if not sentence.dates:
        _read_dates(doc)
    return [d for d in sentence.dates if d is not None]


def _dateline(doc: Doc, mention: Any) -> bool:
    """Whether a date mention dates the report, not an act: a dateline ("GENEVA, 18 November 2016 -",
    "Bamako, January 8, 2021—", a date alone on its line) near the top, a range of months in its head (the period
    it covers), or a photo caption's place and date ("..., Hajja province, Yemen August 16, 2016.")."""
    line_start = doc.text.rfind("\n", 0, mention.start) + 1
    line_end = doc.text.find("\n", mention.end)
    before = doc.text[line_start : mention.start]
    after = doc.text[mention.end : line_end if line_end >= 0 else len(doc.text)]
    if (
        mention.precision == "day"
        and mention.start < _DATELINE_CHARS
        and mention not in _entries(doc)  # "3 February - Town. ...": a list's entry, not the report's date
        # a place or an agency before it ("GENEVA, "), or a dash after it; not a quotation's opening mark
        and dateline_around(before, after)
    ):
        return True
    sentence = doc.sentence_at(mention.start)
    if mention.rule == "date.month_range" and sentence.index < _HEAD_SENTENCES:
        return True  # "Rapport semestriel ..., janvier-juin 2026": the period the report covers, no act's day
    caption = not doc.text[mention.end : sentence.end].strip(" .\n")
    return caption and bool(_CAPTION.search(doc.text[sentence.start : mention.start]))


def _entries(doc: Doc) -> list[Any]:
    """The days that open the entries of a dated list in the report (see ``dates.list_entries``), kept for the
    last report asked about (each of its dates and sentences asks)."""
    global _last_entries
    last, entries = _last_entries
    if last is doc:
        return entries
    if doc.sentences:
        _sentence_dates(doc, doc.sentences[0])  # every sentence's dates are read at once
    entries = list_entries(doc.text, [d for s in doc.sentences for d in s.dates if d is not None])
    _last_entries = (doc, entries)
    return entries


_last_entries: tuple[Doc | None, list[Any]] = (None, [])


def _entry_date(doc: Doc, sentence: Sentence) -> Any:
    """The day of the dated-list entry ``sentence`` belongs to: the last entry opened before it, when no
    blank line parts them (its sentences up to the next entry), else None."""
    before = [d for d in _entries(doc) if d.start <= sentence.start]
    if before and not _BLANK_LINE.search(doc.text, before[-1].end, sentence.start):
        return before[-1]
    return None


#: Between a verb of saying and its day, the facts told as what was confirmed ("confirmed the facts on 28 June").
_CONFIRMED_FACTS = re.compile(
    r"\s+(?:the\s+facts|the\s+information|the\s+reports?|les\s+faits|l['’]information|les\s+informations|"
    r"los\s+hechos|la\s+información)\s+(?:on|le|el)\s+",
    re.IGNORECASE,
)


#: Before a day opening its sentence, nothing but its preposition ("On Wednesday, ...", "Le mercredi, ...").
_OPENING_DAY = re.compile(r"[\W_]*(?:on|le|el|este|ce|cette)?\s*", re.IGNORECASE)


def _reported(doc: Doc, mention: Any) -> bool:
    """Whether a day is the day something was said ("said on Tuesday", "on Thursday condemned")."""
    verbs = _cues(doc.sentence_at(mention.start), "reporting")
    near = any(
        0 <= mention.start - r.end <= 4
        or 0 <= r.start - mention.end <= 2
        or _CONFIRMED_FACTS.fullmatch(doc.text, r.end, mention.start)  # "a pu confirmer les faits le 28 juin"
        for r in verbs
    )
    # "On 12 January the society condemned the killing": the day of the statement
    sentence = doc.sentence_at(mention.start)
    condemned = _CONDEMNED.match(doc.text, mention.end, sentence.end)
    # "On Wednesday, the regional health director, Dr. X, said five people had been killed": a sentence opening on
    # its day, whose first verb of telling comes before the harm it tells, and that tells no act ("On Sunday, MSF said
    # a projectile hit a hospital" may date the act)
    acts = [h.start for h in sentence.get("casualties") if h.start >= mention.end]
    opening = (
        not sentence.get("attacks") and _OPENING_DAY.fullmatch(doc.text, sentence.start, mention.start) is not None
    ) and any(
        mention.end <= r.start < min(acts, default=sentence.end)
        and r.start - mention.end <= 90
        and not doc.text[r.start : r.end].lower().startswith(("report", "statement"))
        for r in verbs
    )
    return (
        near or bool(condemned) or opening
    ) and mention.precision == "day"  # "reported in October 2023 that..." dates the act


#: Between a release, verdict or sentence and its day after it ("was released on Monday", "sentenced in May").
_PROCEEDING_AFTER = re.compile(r"\s+(?:[^\W\d_]{1,8}\s+){0,2}")
#: Between a day and the release, verdict or sentence after it ("on 8 May, the court convicted").
_PROCEEDING_BEFORE = re.compile(r"[\s,]*(?:[^\W\d_]+[\s,]+){0,4}")
_BE = re.compile(r"\b(?:is|are|was|were|be|been|being|été|fue|fueron|sido|será|serán|foi|foram|serão)\b", re.IGNORECASE)


def _proceeding(doc: Doc, mention: Any) -> bool:
    """Whether a day is that of a release, a verdict or a sentence ("were released in September", "the court
    on 8 May convicted", "will be sentenced on 22 May"): no act of violence, it dates nothing but itself."""
    sentence = doc.sentence_at(mention.start)
    cues = _cues(sentence, "proceeding")
    if not cues:
        return False
    acts = [a for a in sentence.get("attacks") if not any(c.start <= a.start < c.end for c in cues)]  # "sentenced"
    # "the nurse abducted in July was freed": the day told right after an act is the act's
    if any(a.end <= mention.start and _PROCEEDING_AFTER.fullmatch(doc.text, a.end, mention.start) for a in acts):
        return False
    for cue in cues:
        if cue.end <= mention.start and _PROCEEDING_AFTER.fullmatch(doc.text, cue.end, mention.start):
            return True
        # the day before an active verb ("the court on 8 May convicted"), not one in a passive's subject ("the
        # nurse abducted from the clinic in July was freed")
        if (
            mention.end <= cue.start
            and _PROCEEDING_BEFORE.fullmatch(doc.text, mention.end, cue.start)
            and not _BE.search(doc.text, mention.end, cue.end)
            and not any(mention.end <= a.start and a.end <= cue.start for a in acts)
        ):
            return True
    return False


def dates(doc: Doc) -> Doc:
    """Component: each event's own date (from its sentence, else from the sentence before it in the same
    paragraph when that one is not itself an event) and time; background events are marked."""
    event_sentences = {e.sentence.index for e in doc.events}
    for event in doc.events:
        _date_event(doc, event, event_sentences)
    # without a publication date, the first act the report dates (not told as earlier) stands for "now"
    first = next((e.date for e in doc.events if e.date and not _told_earlier(doc, e)), None)
    reference = doc.reference or (_last_day(first.value) if first else None)
    entries = {d.start for d in _entries(doc)}
    # a report led by an act of its own days, dated as news dates it ("On Tuesday, a drone struck the hospital"),
    # told before a dated list: the list's older entries are its background (an explainer's timeline)
    listed = [d.start for d in _entries(doc) if not d.relative]
    if reference is not None and listed and _news_lead(doc, reference, min(listed)):
        entries = {d.start for d in _entries(doc) if reference - _last_day(d.value) <= _BACKGROUND_GAP}
    period = _period_start(doc, reference) if reference else None
    now = _months_now(doc, reference) if reference else set()
    cues = {
        id(event): _told_earlier(doc, event)
        or _earlier_edition(doc, event)
        or _earlier_section(doc, event)
        # an act a release or a verdict is told about ("convicted over the attack on the clinic") is earlier
        or (event.date is None and any(_proceeding(doc, d) for d in _sentence_dates(doc, event.sentence)))
        or (event.date is None and reference is not None and _in_past_year(doc, event, reference))
        or _freed_or_died_since(doc, event)
        for event in doc.events
    }
    back = _looking_back(doc, reference, cues) if reference is not None else None
    period = back if period is None or (back is not None and back < period) else period
    declared = _declared_period(doc, reference) if reference is not None else None
    annual = _annual_period(doc, reference) if reference is not None and declared is None else None
    period = annual if period is None or (annual is not None and annual < period) else period
    period = declared if declared is not None else period  # the period a report declares is the one it tells
    for event in doc.events:
        cue = cues[id(event)]
        if reference and event.date is not None:
            age = reference - _last_day(event.date.value)
            # counted back from another act told as context: in that act's paragraph, or of its kind of target
            # ("the hospital, shelled the day before"); an act in a paragraph of its own on another kind of
            # target ("The day before, an ambulance ...") is one more act the report tells
            acts = [
                e
                for e in doc.events
                if e is not event
                and e.date is not None
                and not e.told
                and (e.sentence.paragraph == event.sentence.paragraph or _kind_of(e) in {_kind_of(event)} - {None})
            ]
            earlier = _earlier(event.date) and event.date.anchor.isoformat() in {e.date.value for e in acts}
            # a month named before the report's, told as earlier ("En enero, otra ambulancia"): background
            # ("last week" is no month named: it dates the act the report is about)
            month = (
                event.date.precision == "month"
                and event.date.rule != "date.relative_period"
                and event.date.value < reference.isoformat()[:7]
            )
            # the entries of a dated list, and the acts of the period a report tells, are what it reports (a
            # monthly bulletin's early days, a human-rights report's acts of the months before it, are old)
            current = event.date.start in entries or (
                period is not None and event.date.precision != "year" and _last_day(event.date.value) >= period
            )
            # ... and so is a month named before that of a later day the report tells ("On Wednesday shells hit
            # the hospital. In December a nurse was shot at a health post")
            old = (age > _BACKGROUND_GAP or (month and any(m > event.date.value for m in now))) and not current
            event.background = old or (cue and (age > _BACKGROUND_CUE_GAP or month or _past(event))) or earlier
        else:
            event.background = cue and event.date is None  # an earlier attack without a date: dropped
    return doc


def _freed_or_died_since(doc: Doc, event: Event) -> bool:
    """Whether ``event``'s sentence tells, on a later day, the release or the death of whom the act befell ("The
    paramedic who was detained in Nablus on 12 May was released on 3 June"; "the driver shot on 22 July died of
    his wounds on 11 August"): the news is the later day's; the act, told with its own day to name the person, is
    earlier (not an act dated by the sentence before: "Gunmen took two nurses. They were released on 15 July")."""
    day, s = event.date, event.sentence
    acts = any(t.set == "attacks" for t in event.triggers)  # not a toll alone ("one of the two injured on 13/05")
    if not acts or day is None or day.precision != "day" or not s.start <= day.start < s.end:
        return False
    deaths = [h for h in s.get("casualties") if h.value.get("later")]
    return any(
        d.precision == "day"
        and d.value > day.value
        and (_proceeding(doc, d) or any(0 <= d.start - h.end <= _DEATH_DAY_CHARS for h in deaths))
        for d in _sentence_dates(doc, s)
    )


#: The most days before the reference date an act that leads a report as news is dated to.
_NEWS_DAYS = timedelta(days=7)


def _news_lead(doc: Doc, reference: date, first_entry: int) -> bool:
    """Whether an act told before ``first_entry`` (the start of a dated list) is dated relative to the report's day
    ("On Tuesday", "yesterday"), within _NEWS_DAYS of ``reference``: the act the report is news of."""
    return any(
        e.date is not None
        and e.date.relative
        and e.date.precision == "day"
        and e.sentence.end <= first_entry
        and not _earlier(e.date)
        and timedelta(0) <= reference - _last_day(e.date.value) <= _NEWS_DAYS
        for e in doc.events
    )


#: A year, or a span of years, an act is told in ("in 2019", "during 2018–2020", "en 2017", "durante 2016").
_IN_YEARS = re.compile(
    r"\b(?:in|during|en|durante|au\s+cours\s+de)\s+(?:the\s+year\s+|l['’]ann[ée]e\s+|el\s+a[ñn]o\s+)?"
    r"(?P<first>(?:19|20)\d\d)(?:\s*[-–/]\s*(?P<last>(?:19|20)?\d\d))?\b",
    re.IGNORECASE,
)


def _in_past_year(doc: Doc, event: Event, reference: date) -> bool:
    """Whether an undated act's sentence, or the one before it in its paragraph, tells it in a year or years
    before the report's ("the attacks on the Ebola response in 2018–2020, when treatment centres were burned";
    "In 2016, the city was the scene of months of fighting. Its hospitals were looted"): an earlier act, not one
    of the report's day."""
    s = event.sentence
    told = [s] + [p for p in doc.sentences[max(0, s.index - 1) : s.index] if p.paragraph == s.paragraph]
    for sentence in told:
        for m in _IN_YEARS.finditer(doc.text, sentence.start, sentence.end):
            first, last = m.group("first"), m.group("last") or ""
            if int(first[: 4 - len(last)] + last if last else first) < reference.year:
                return True
    return False


def _news_day(doc: Doc, mention: Any) -> bool:
    """Whether a day tells something that happened, not when the report was dated, published or said: no dateline,
    no day of a statement ("She spoke to us on Saturday"), no header line ("THE CHRONICLE · Town · Monday, July 10").
    """
    start = doc.text.rfind("\n", 0, mention.start) + 1
    end = doc.text.find("\n", mention.end)
    line = doc.text[start : end if end >= 0 else len(doc.text)]
    header = len(line.split()) <= 12 and bool(_HEADER_MARK.search(line))
    sentence = doc.sentence_at(mention.start)  # "She spoke to the paper on Saturday.": a statement's day, no act
    acts = any(e.sentence is sentence for e in doc.events)
    said = bool(_cues(sentence, "reporting")) and not acts
    # a masthead's day closing a line of the report's head ("Journal of ..., Vol. 9, Issue 4, 2 November 2026")
    masthead = (
        sentence.index < _HEAD_SENTENCES
        and not acts
        and not doc.text[mention.end : end if end >= 0 else None].strip(" .")
    )
    return not (header or masthead or said or _dateline(doc, mention) or _reported(doc, mention))


#: In a short line, the marks that part a header's fields ("THE CHRONICLE · Town · Monday, July 10").
_HEADER_MARK = re.compile(r"[·|•]")


def _looking_back(doc: Doc, reference: date, cues: dict[int, bool]) -> date | None:
    """The first day of the past a report looks back on (an annual report, a testimony, an indictment, a review
    of an offensive), when none of the acts it dates to a day or a month without a cue of the past is within
    _BACKGROUND_GAP of ``reference``, the latest is within _LOOKING_BACK, and no day of news it tells is within
    _BACKGROUND_GAP of it: back from the latest, the days each within _LOOKING_BACK_GAP of the next. Those acts are
    what the report is about; an act well before them, or told as earlier, is background. None for a report that
    tells an act or news of its own days, or no act."""
    told = sorted(
        (
            _last_day(e.date.value)
            for e in doc.events
            if e.date is not None and e.date.precision != "year" and not cues[id(e)] and not _earlier(e.date)
        ),
        reverse=True,
    )
    if not told or not _BACKGROUND_GAP < reference - told[0] <= _LOOKING_BACK:
        return None
    # a report that tells a day of its own days ("the hospital reopened on Monday") is about the present: its old
    # acts are its background (not the day it was published, said or headed with: "Published 12 March", "She spoke
    # to us on Saturday")
    days = (d for sentence in doc.sentences for d in _sentence_dates(doc, sentence) if d.precision == "day")
    if any(
        timedelta(0) <= reference - date.fromisoformat(d.value) <= _BACKGROUND_GAP and _news_day(doc, d) for d in days
    ):
        return None
    return _chain_back(told, _LOOKING_BACK_GAP)[0]


def _past(event: Event) -> bool:
    """Whether ``event``'s date is a period its own words tell as past ("last week", "la semaine dernière")."""
    day = event.date
    return day.rule == "date.relative_period" and any(
        day.start <= c.start and c.end <= day.end for c in _cues(event.sentence, "background")
    )


def _months_now(doc: Doc, reference: date) -> set[str]:
    """The months of the days a report dates its own acts to: days within _BACKGROUND_GAP of ``reference``,
    neither told as earlier nor counted back from another act."""
    return {
        e.date.value[:7]
        for e in doc.events
        if e.date is not None
        and e.date.precision == "day"
        and timedelta(0) <= reference - date.fromisoformat(e.date.value) <= _BACKGROUND_GAP
        and not _earlier(e.date)
        and not _told_earlier(doc, e)
    }


def _period_start(doc: Doc, reference: date) -> date | None:
    """The first day of the period a report tells its acts over: back from the latest day its acts are dated
    to (not told as earlier, nor counted back from another act), up to ``reference``, the days each within
    _PERIOD_GAP of the next ("on 9 December ... on 11 October ... on 3 September ..."), when there are at
    least _PERIOD_DAYS of them: a human-rights report or a review of the months before it, however late it
    is published. None for a report about one or two days, whose older acts are background."""
    days = {
        date.fromisoformat(e.date.value)
        for e in doc.events
        if e.date is not None
        and e.date.precision == "day"
        and not e.told
        and not _earlier(e.date)
        and not _told_earlier(doc, e)
    }
    start, chained = _chain_back(sorted((d for d in days if d <= reference), reverse=True), _PERIOD_GAP)
    return start if chained >= _PERIOD_DAYS else None


#: A report of a year's acts ("annual report", "تقريرها السنوي", "rapport annuel", "informe anual", "річний звіт").
_ANNUAL = re.compile(
    r"\b(?:annual|yearly|annuel(?:le)?|anual|річн\w*|годов\w*)\b|السنوي",
    re.IGNORECASE,
)


def _declared_period(doc: Doc, reference: date) -> date | None:
    """The first day of the period a report declares in its head, in a short line of its own: a range ("1 July – 30
    September 2026", "Reporting period: 1-31 August") or a month ("Monthly bulletin, September 2026"), ending
    before ``reference`` and starting at most _DECLARED_PERIOD before it. The acts of that period are what the
    report tells, however late it is published."""
    for sentence in doc.sentences[:_HEAD_SENTENCES]:
        days = [d for d in _sentence_dates(doc, sentence) if d.precision in ("day", "month")]
        period_word = _PERIOD_WORD.search(doc.text, sentence.start, sentence.end)
        told = [d for d in days if not _reported(doc, d)]
        # a day of writing beside the period leaves it declared ("Period covered: 5 - 18 February | Issued: 21 ...")
        if not told or (len(told) < len(days) and not period_word):
            continue
        days = told
        ranged = len(days) == 1 and days[0].rule == "date.day_range"  # "5 - 18 February 2029": a range of days
        if len(days) == 1 and days[0].precision != "month" and not ranged:
            continue
        # a longer line declares its period with a word for it or a range ("Report covering the period from 1
        # January to 30 June 2026", "Asunto: Ataques ... en Guerrero (marzo–julio de 2026)"), up to a year back
        named = any(  # a title's period after a comma or in brackets, not a person's ("volunteer from May to July")
            d.rule == "date.month_range" and _TITLE_PERIOD_BEFORE.search(doc.text, sentence.start, d.start)
            for d in days
        ) or (
            (len(days) > 1 or ranged)
            and bool(period_word or (len(days) > 1 and _RANGE_BETWEEN.fullmatch(doc.text, days[0].end, days[1].start)))
        )
        words = len(doc.text[sentence.start : sentence.end].split())
        if words > (_DECLARING_LINE_WORDS if named else _HEAD_LINE_WORDS):
            continue
        start = date.fromisoformat((min(d.value for d in days) + "-01")[:10])
        longest = _LOOKING_BACK if named else _DECLARED_PERIOD
        if reference - longest <= start and _last_day(max(d.value for d in days)) <= reference:
            return start
    return None


def _annual_period(doc: Doc, reference: date) -> date | None:
    """The first day of the year an annual report tells, named in its head ("annual report: 31 attacks in 2030"),
    that of ``reference`` or the one before."""
    for sentence in doc.sentences[:_HEAD_SENTENCES]:
        if _ANNUAL.search(doc.text, sentence.start, sentence.end):
            years = [int(y) for y in _YEAR.findall(doc.text, sentence.start, sentence.end)]
            return date(years[0], 1, 1) if years and reference.year - 1 <= years[0] <= reference.year else None
    return None


def _chain_back(days: list[date], gap: timedelta) -> tuple[date | None, int]:
    """Back from the first of ``days`` (latest first), the earliest reached with each within ``gap`` of the next,
    and how many were reached."""
    start, chained = (days[0] if days else None), 0
    for day in days:
        if start - day > gap:
            break
        start, chained = day, chained + 1
    return start, chained


def _same_kind(a: Event, b: Event) -> bool:
    """Whether two events tell a facility type in common, or both none (acts on people)."""
    kinds = [{t.value["facility_type"] for t in e.targets if "facility_type" in t.value} for e in (a, b)]
    return bool(kinds[0] & kinds[1]) or kinds[0] == kinds[1]


def _kind_of(event: Event) -> str | None:
    """The first facility type an event's targets tell, None when they name no facility."""
    return next((t.value["facility_type"] for t in event.targets if "facility_type" in t.value), None)


#: A relative clause opened after a comma ("..., which had been run by", "..., qui avait été", "..., que había sido").
_RELATIVE_CLAUSE = re.compile(
    r",\s*(?:which|who|whose|where|qui|où|dont|que|donde|quien|quienes|cuyo|cuya)\b", re.IGNORECASE
)
#: A relative clause on a person ("a patient who had been admitted", "el médico, quien había sido amenazado").
_PERSON_CLAUSE = re.compile(r"\b(?:who|whom|quien|quienes)\b", re.IGNORECASE)
#: An indirect question after the acts of a sentence, whose verbs tell no act's time ("asked whether ... had"), or
#: a claim ("dismissing reports on social media that they had been killed").
_ASKED_AFTER = re.compile(
    r"\b(?:whether|if)\b|\b(?:reports?|claims?|rumou?rs?|allegations?|posts?|rumeurs?|allégations?|rumores)\b"
    r"[^.;:!?]{0,40}?\b(?:that|que)\b",
    re.IGNORECASE,
)


#: A list entry's tag naming the earlier edition that first told it ("(Update 3)", "(reported in Flash Update #2)",
#: "(previously reported)", "(déjà signalé)", "(ya reportado)"): a running list repeats it for reference.
_EARLIER_EDITION = re.compile(
    r"\((?:(?:first\s+)?reported\s+in\s+|see\s+|signalé\s+dans\s+(?:l['’]\s*|le\s+)?|reportado\s+en\s+(?:el\s+|la\s+)?)?"
    r"(?:flash\s+)?(?:update|edition|bulletin|issue|sitrep|mise\s+à\s+jour|actualización|boletín)\s*"
    r"(?:no\.?\s*|n[°º]\s*|#\s*)?\d+\)|"
    r"\((?:previously|already)\s+reported\)|\(déjà\s+signalée?s?\)|\(ya\s+(?:reportad|informad)[oa]s?\)",
    re.IGNORECASE,
)


def _earlier_edition(doc: Doc, event: Event) -> bool:
    """Whether the line telling ``event`` ends tagged with the earlier edition that first told it ("- 27 March,
    Debre Birhan: a drone struck a marked ambulance ... (Update 3)"): told again for reference, earlier."""
    start = doc.text.rfind("\n", 0, event.sentence.start) + 1
    end = doc.text.find("\n", event.sentence.end)
    return _EARLIER_EDITION.search(doc.text, start, end if end >= 0 else len(doc.text)) is not None


#: A section heading that declares its entries earlier incidents told again ("5. UPDATES ON EARLIER INCIDENTS",
#: "Previously reported incidents", "Suivi des incidents antérieurs", "Seguimiento de casos anteriores").
_EARLIER_SECTION = re.compile(
    r"\W*(?:\d+[.)]?\s*)?(?:(?:updates?|follow[- ]?ups?)\s+(?:on|to|of)\s+|suivi\s+(?:des?\s+)?|"
    r"mises?\s+à\s+jour\s+(?:sur\s+|des?\s+)?|seguimiento\s+(?:de\s+|a\s+)?|actualizaci[oó]n(?:es)?\s+(?:de|sobre)\s+)?"
    r"(?:(?:the|les|los|las)\s+)?(?:(?:earlier|previous|prior|past|previously\s+reported)\s+(?:incidents?|attacks?|"
    r"events?|cases?)|(?:incidents?|attaques?|cas)\s+(?:antérieure?s?|précédente?s?|déjà\s+signalée?s?)|"
    r"(?:casos|incidentes|hechos|ataques)\s+(?:anteriores|ya\s+reportados))\W*",
    re.IGNORECASE,
)
#: How many sentences back a section heading is looked for.
_SECTION_BACK = 60
#: An update's pointer to an entry told above it ("(entry of 11/02 above)", "(see above)", "ci-dessus", "más
#: arriba"): the update is of an act of the report's own.
_ABOVE = re.compile(r"\b(?:above|ci-dessus|plus\s+haut|más\s+arriba|acima)\b", re.IGNORECASE)


def _earlier_section(doc: Doc, event: Event) -> bool:
    """Whether ``event`` is told under a heading that declares its entries earlier incidents ("UPDATES ON EARLIER
    INCIDENTS"): the nearest heading before it (a line alone in its paragraph, ending in no full stop) decides; not
    one pointing to an entry above ("The nurse abducted in X (entry of 11/02 above) has returned to work")."""
    if _ABOVE.search(doc.text, event.sentence.start, event.sentence.end):
        return False
    for s in reversed(doc.sentences[max(0, event.sentence.index - _SECTION_BACK) : event.sentence.index]):
        line = doc.text[s.start : s.end].strip()
        if (
            s.paragraph != event.sentence.paragraph
            and doc.alone(s, words_only=True)
            and not line.endswith((".", "!", "?"))
        ):
            return _EARLIER_SECTION.fullmatch(line) is not None
    return False


#: Between a verb of saying and a pluperfect it puts back: its object and the reported subject, no relative pronoun
#: ("told reporters they", "said that the hospital").
_BACKSHIFT = re.compile(r"(?:\s+(?!(?:who|which|whom|whose|qui|que|quien|quienes)\b)[\w'’-]+){0,5}\s+", re.IGNORECASE)


def _told_earlier(doc: Doc, event: Event) -> bool:
    """Whether ``event``'s sentence tells it as earlier ("had been shelled", "previously"): not when every cue
    only qualifies another act right after it and the sentence tells one unqualified ("killed in a car bombing
    while rescuing the wounded of a *previous* bombing"), nor when the cue is only the act's own day ("last week,
    on Thursday") and no later act on its kind of target is dated (a day an act was told of dates none): an earlier
    strike on the hospital a report is about is its background, an ambush on an ambulance last week one more act
    it reports."""
    day = event.date
    own_day = (
        day is not None
        and day.precision != "year"  # "last year" dates no act a report is about
        and not any(
            e is not event and e.date is not None and not e.told and e.date.value > day.value and _same_kind(e, event)
            for e in doc.events
        )
    )
    # a reminder ("Pour rappel, ...", "нагадаємо") recalls an act earlier than another the report tells
    later = day is not None and any(
        e is not event and e.date is not None and not e.told and e.date.value > day.value for e in doc.events
    )
    cues = [
        c
        for c in _cues(event.sentence, "background")
        if not (own_day and day.start <= c.start <= c.end <= day.end)
        and not _aside(doc, event.sentence, c, event)
        and (later or not c.value.get("reminder"))
    ] + _repeat_before(doc, event.sentence)
    # "Staff told reporters they had been threatened": reported speech puts the act's tense back, not the act (a
    # relative clause after it keeps its own: "said the casualties were workers who had been arriving")
    said = _cues(event.sentence, "reporting")
    cues = [
        c
        for c in cues
        if not (c.value.get("tense") and any(_BACKSHIFT.fullmatch(doc.text, r.end, c.start) for r in said))
    ]
    acts = [t for t in event.triggers if t.set == "attacks"]
    # "... demanded to know whether a wounded man had been brought in": the question's tense, not the act's
    asked = _ASKED_AFTER.search(doc.text, max((t.end for t in acts), default=event.sentence.end), event.sentence.end)
    cues = [c for c in cues if asked is None or c.start < asked.start()]
    # "On 18 July, a jet dropped bombs on the hospital, which had been run by ... since the town was captured
    # earlier": a relative clause after the act and its day tells of its target, not of when the act was
    clause = _RELATIVE_CLAUSE.search(
        doc.text, min((t.end for t in acts), default=event.sentence.end), event.sentence.end
    )
    if clause and day is not None and day.start < clause.start():
        cues = [c for c in cues if c.start < clause.start()]
    # "They detained a patient who had been admitted with gunshot wounds": a clause on a person after an act, telling
    # no act itself, tells of the person, dated or not ("paramedics who had been attacked" tells an act)
    person = _PERSON_CLAUSE.search(doc.text, min((t.end for t in acts), default=event.sentence.end), event.sentence.end)
    if person and not any(t.start > person.start() and t.set == "attacks" and "weapon" not in t.value for t in acts):
        cues = [c for c in cues if c.start < person.start()]
    # "not on 06/06 as stated last week": when it was told, not when the act was
    cues = [c for c in cues if not any(0 <= c.start - r.end <= 2 for r in said)]
    pairs = {
        (c.start, t.start)
        for c in cues
        for t in acts
        if c.text.lower() in _QUALIFIERS and c.end <= t.start and _QUALIFIES.fullmatch(doc.text, c.end, t.start)
    }
    qualified = {t for _, t in pairs}
    return bool(cues) and not (
        0 < len(qualified) < len({t.start for t in acts}) and len({c for c, _ in pairs}) == len(cues)
    )


def _repeat_before(doc: Doc, sentence: Sentence) -> list[Hit]:
    """The cues telling an act as not the first ("Ce n'est pas le premier drame sur les routes.") in the sentence
    before ``sentence``, in its paragraph, when that one tells no act: the act told next is the earlier one."""
    if sentence.index == 0:
        return []
    before = doc.sentences[sentence.index - 1]
    if before.paragraph != sentence.paragraph or any(e.sentence is before for e in doc.events):
        return []
    return [c for c in _cues(before, "background") if c.value.get("repeat")]


def _earlier(mention: Any) -> bool:
    """Whether a date is counted back from a day told before ("shelled the day before", "two days
    earlier"); when that day is another act's, an earlier attack, told as background to the one the report is
    about (counted back from the day a statement was made, "said on Tuesday that the day before", it is not)."""
    return mention.rule in COUNTED_FROM and mention.anchor is not None and mention.value < mention.anchor.isoformat()


#: A sentence opening with the act named back ("The attack happened on ...", "Los hechos ocurrieron el ...").
_THE_ACT_OPENS = re.compile(
    r"\s*(?:(?:the|this|that)\s+(?:attack|incident|raid|assault|events?)|(?:les|ces)\s+faits|(?:l['’]|cette\s+)attaque|"
    r"(?:ce|cet|l['’])\s*incident|(?:los|estos|esos)\s+hechos|(?:el|este|ese)\s+(?:ataque|incidente|hecho|suceso))\b",
    re.IGNORECASE,
)


#: Before a day in the sentence after an act, the release of the people it took ("The two were released at the
#: checkpoint this morning"): the day of the release, not of the act.
_FREED_WORDS = r"released|freed|set\s+free|libérée?s?|relâchée?s?|liberad[oa]s?|soltad[oa]s?"
_FREED_BEFORE = re.compile(rf"\b(?:{_FREED_WORDS})\b", re.IGNORECASE)
#: A state lasting up to a day ("was still working on Thursday", "toujours sans nouvelles ce mercredi"): that
#: day is the state's, not the act's ...
_STILL = re.compile(rf"\b(?:{_STILL_WORDS}|segu[íi]an?|siguen?)\b", re.IGNORECASE)
#: ... also told after the act in its own sentence ("was taken away and his whereabouts were unknown on Monday").
_LASTING = re.compile(
    rf"\b(?:{_STILL_WORDS}|unknown|missing|remain(?:s|ed)?|inconnu\w*|disparu\w*|desconocid\w*|desaparecid\w*)\b",
    re.IGNORECASE,
)


#: Right before a day: the end of a lasting state ("the ward stayed closed until Wednesday morning", "حتى صباح
#: اليوم الأربعاء"), not the day of the act.
_UNTIL = re.compile(
    r"(?:\b(?:until|till|jusqu['’]\s*(?:à|au|en)|hasta)|(?<!\w)حتى)\s+(?:[^\s\d]+\s+){0,2}$", re.IGNORECASE
)
#: Right before a day: the day a state is told of ("L'occupation se poursuivait au 30 juin", "as of 30 June") ...
_AS_OF = re.compile(r"\b(?:as\s+(?:of|at)|au|al)\s+$", re.IGNORECASE)
#: ... unless it is a range's end ("dans la nuit du samedi 28 février au dimanche 1er mars").
_RANGE_TO = re.compile(r"\b(?:du|del|from)\s+[^,;.()]{1,40}\s(?:au|al)\s+$", re.IGNORECASE)

#: Right before a day, a clause telling someone's admission to care ("a patient who had been admitted with gunshot
#: wounds two days earlier", "qui avait été hospitalisé le 3 mai"): the day of the admission, not of the act.
_ADMISSION_BEFORE = re.compile(
    r"\b(?:who|whom|qui|que)\s+(?:had\s+been|has\s+been|have\s+been|was|were|is|are|a\s+été|avait\s+été|"
    r"había\s+sido|fue|había\s+ingresado|a\s+été\s+admise?)\s+(?:admitted|hospitali[sz]ed|brought\s+in|treated|"
    r"admise?s?|hospitalisée?s?|ingresad[oa]s?|hospitalizad[oa]s?|internad[oa]s?)\b[^,;.]{0,60}$",
    re.IGNORECASE,
)


def _aside(doc: Doc, sentence: Sentence, span: Any, event: Event) -> bool:
    """Whether ``span`` (a day, a cue) is told in brackets that hold none of the event's words: it tells of what
    the aside tells ("looted the pharmacy (the tests delivered last week)"), not of the act."""
    opened = doc.text.rfind("(", sentence.start, span.start)
    if opened < 0 or doc.text.rfind(")", opened, span.start) >= 0:
        return False
    closed = doc.text.find(")", span.end, sentence.end)
    end = closed if closed >= 0 else sentence.end
    return not any(opened < t.start < end for t in event.triggers)


#: A form's field line: a short label, a colon and its value ("Date of incident: 10/03/2031", "Type: Armed entry").
_FIELD = re.compile(r"[ \t]*[-•*]?[ \t]*(?P<label>[^\W\d][^:\n]{0,40}):[ \t]*\S")
#: A field label naming the record's title ("Subject", "Objet", "Asunto", "Re").
_TITLE_LABEL = re.compile(r"subject|title|headline|re|objet|titre|asunto|título|тема", re.IGNORECASE)
#: A field label naming a date ("Date", "Date of incident", "Fecha del incidente", "Дата").
_DATE_LABEL = re.compile(r"\b(?:date|fecha|дата|تاريخ)\b", re.IGNORECASE)


#: A form's label alone on its line, over the narrative below it ("Description:", "Description des faits :").
_NARRATIVE_LABEL = re.compile(
    r"[ \t]*(?:description|narrative|summary|details|descripción|relato|résumé|récit)\b[^:\n]{0,30}:[ \t]*\n[ \t]*$",
    re.IGNORECASE,
)
#: A date field that dates the incident, not the record ("Date of incident", "Date de l'incident", "Fecha del hecho").
_INCIDENT_DATE_LABEL = re.compile(
    r"\b(?:date|fecha)\b.{0,20}\b(?:incident|incidente|hecho|hechos|événement|faits|attack|attaque|ataque)|"
    r"\b(?:incident|incidente)\s+(?:date|fecha)\b",
    re.IGNORECASE,
)


def _form_date(doc: Doc, s: Sentence) -> list[Any]:
    """For an act told in a form's field ("Description: Gunmen entered the clinic."), the dates of the record's
    date field above it ("Date of incident: 10/03/2031"): the field lines run up to a blank line. A subject line
    ("Subject: Clinic raided") is the record's title: it tells the act the record tells, undated. A narrative told
    under its label alone on a line ("Description:" over the text) takes the form's incident date field, wherever
    it stands above."""
    own = _FIELD.match(doc.text, s.start)
    if own is None:
        line = doc.text.rfind("\n", 0, doc.text.rfind("\n", 0, s.start)) + 1
        if not _NARRATIVE_LABEL.match(doc.text, line, s.start):
            return []
        for above in reversed(doc.sentences[: s.index]):
            field = _FIELD.match(doc.text, above.start)
            if field is not None and _INCIDENT_DATE_LABEL.search(field.group("label")):
                return [d for d in _sentence_dates(doc, above) if not _dateline(doc, d)]
        return []
    if _TITLE_LABEL.fullmatch(own.group("label").strip()):
        return []
    for i in range(s.index - 1, -1, -1):
        above = doc.sentences[i]
        field = _FIELD.match(doc.text, above.start)
        if field is None or doc.text.count("\n", above.end, doc.sentences[i + 1].start) > 1:
            return []
        if _DATE_LABEL.search(field.group("label")):
            return [d for d in _sentence_dates(doc, above) if not _dateline(doc, d)]
    return []


#: A list item's mark opening its line: "(a)", "b)", "c.", "2.", "iii)", "-", "•" (a label's, see
#: ``incidents._labelled``, or an item's under a lead-in, see ``_list_intro``).
ITEM_MARK = re.compile(r"[ \t]*(?:\(?(?:[a-z]|\d{1,2}|i{1,3}|iv|vi?)[.)]|[-•*·▪–])[ \t]+", re.IGNORECASE)


#: A paragraph opening a quotation.
_QUOTE_OPENS = re.compile(r"\s*[«“\"„]")


#: A weekday told as what something belongs to ("les consultations prénatales du jeudi", "the Thursday clinic"), not
#: a night's ("la nuit du jeudi au vendredi").
_WEEKDAY_OF = re.compile(r"(?<!nuit )(?<!night )\b(?:du|of|del)\s+$", re.IGNORECASE)


def _entry_act_before(doc: Doc, sentence: Sentence, entry: Any) -> Event | None:
    """The act told last before ``sentence`` in its paragraph and in the entry dated ``entry``, if any."""
    first = _paragraph_start(doc, sentence).index
    told = [
        e for e in doc.events if first <= e.sentence.index < sentence.index and _entry_date(doc, e.sentence) is entry
    ]
    return told[-1] if told else None


def _day_of_paragraph(doc: Doc, sentence: Sentence, event_sentences: set[int]) -> list[Any]:
    """The day an earlier sentence of ``sentence``'s paragraph opens a story on, no act told in between ("Last Tuesday
    started like any other shift at X Hospital. At around 4 p.m. soldiers drove in. ... One of them slapped her."):
    the story's day, the nearest told before (two sentences or more before it; the one right before is read first)."""
    first = _paragraph_start(doc, sentence)
    if _QUOTE_OPENS.match(doc.text, first.start) and first.index > 0:
        # a quoted account ("« Il était presque minuit. ...") goes on from the paragraph that leads into it ("elle
        # raconte la nuit de samedi à dimanche.")
        first = _paragraph_start(doc, doc.sentences[first.index - 1])
    if sentence.index - 1 in event_sentences:
        return []
    for index in range(sentence.index - 2, first.index - 1, -1):
        near = doc.sentences[index]
        if index in event_sentences:
            return []
        days = [d for d in _act_days(doc, near) if d.precision == "day" and not _earlier(d)]
        # "... injured in a January 3 attack", "March 27: Third floor closed": another act's or state's day
        if days and (near.get("attacks") or near.get("damage") or _cues(near, "treatment") or _cues(near, "carried")):
            return []
        if days:
            return days
    return []


def _act_days(doc: Doc, sentence: Sentence) -> list[Any]:
    """The days ``sentence`` tells that can be an act's: not a dateline, the day something was said, nor that of a
    release or a verdict."""
    return [
        d
        for d in _sentence_dates(doc, sentence)
        if not _dateline(doc, d) and not _reported(doc, d) and not _proceeding(doc, d)
    ]


def _question_before(doc: Doc, sentence: Sentence, event_sentences: set[int]) -> Sentence | None:
    """For a sentence of an answer, the interviewer's question of the paragraph right before it ("Q: What happened
    on the night of 2 June?"), when no act is told between them: the answer tells what the question asks of."""
    first = _paragraph_start(doc, sentence)
    if first.index == 0 or any(i in event_sentences for i in range(first.index, sentence.index)):
        return None
    question = doc.sentences[first.index - 1]
    if question.index in event_sentences or not doc.text[question.start : question.end].rstrip().endswith("?"):
        return None
    return question


def _list_intro(doc: Doc, sentence: Sentence) -> Sentence | None:
    """For a sentence of a list item ("(b) Mandara Pharmacy: the steel shutters were cut open"), the dated sentence
    of the paragraph that leads into the list with a colon ("On the night of Sunday 28th June 2026, ... The following
    premises were affected:"), over at most _LIST_ITEMS items before it."""
    first = _paragraph_start(doc, sentence)
    if not ITEM_MARK.match(doc.text, doc.text.rfind("\n", 0, first.start) + 1, first.end):
        return None
    for _ in range(_LIST_ITEMS):
        if first.index == 0:
            return None
        last = doc.sentences[first.index - 1]
        first = _paragraph_start(doc, last)
        if ITEM_MARK.match(doc.text, doc.text.rfind("\n", 0, first.start) + 1, first.end):
            continue  # an item before: go on up the list
        if not doc.text[first.start : last.end].rstrip().endswith(":"):
            return None
        told = doc.sentences[first.index : last.index + 1]
        return next((t for t in reversed(told) if _sentence_dates(doc, t)), None)
    return None


#: Items of a list a lead-in's day is read over.
_LIST_ITEMS = 30


def _paragraph_start(doc: Doc, sentence: Sentence) -> Sentence:
    """The first sentence of ``sentence``'s paragraph."""
    index = sentence.index
    while index > 0 and doc.sentences[index - 1].paragraph == sentence.paragraph:
        index -= 1
    return doc.sentences[index]


#: From a word of carrying someone to care to a day told in its clause ("was shifted to Karachi in critical
#: condition on Wednesday", "trasladado al hospital regional el lunes"): a few words, no punctuation.
_CARE_CLAUSE = re.compile(r"[^,;:.()\n]{0,50}")
_CARRIED_TO_CARE = re.compile(
    r"shifted|transferred|evacuated|referred|admitted|transf[ée]r[ée]|[ée]vacu[ée]|trasladad", re.I
)


def _date_event(doc: Doc, event: Event, event_sentences: set[int]) -> None:
    """Set ``event``'s date and time from its sentence (or the sentence before or after it, the next paragraph
    when it names the act back, or its dated list's entry); a day of a release or a verdict dates no act."""
    s = event.sentence
    acts = [t.end for t in event.triggers]
    found = [
        d
        for d in _sentence_dates(doc, s)
        if not _dateline(doc, d)
        and not _proceeding(doc, d)
        and not any(end <= d.start and _LASTING.search(doc.text, end, d.start) for end in acts)
        and not _aside(doc, s, d, event)
        and not _UNTIL.search(doc.text, max(s.start, d.start - 30), d.start)
        and not (
            _AS_OF.search(doc.text, max(s.start, d.start - 10), d.start)
            and not _RANGE_TO.search(doc.text, max(s.start, d.start - 50), d.start)
        )
        and not _ADMISSION_BEFORE.search(doc.text, max(s.start, d.start - 100), d.start)
        # "Le gardien ... a été évacué lundi vers l'hôpital", "fue dado de alta el domingo": the day of the care, told
        # inside its words or right after them
        and not any(
            (c.start < d.start and d.end <= c.end)
            or (
                c.end <= d.start
                and (
                    d.start - c.end <= 4
                    or (_CARRIED_TO_CARE.match(c.text) and _CARE_CLAUSE.fullmatch(doc.text, c.end, d.start))
                )
                and all(t.end <= c.start for t in event.triggers if t.set == "attacks")
            )
            for c in _cues(s, "treatment")
        )
        # "The nurse who was shot ... died of his wounds on 11/06": the day of the death, after the act's words
        and not any(
            o.value.get("later")
            and (
                (all(t.end <= o.start for t in event.triggers if t.set == "attacks") and 0 <= d.start - o.end <= 25)
                # "Con la muerte del conductor, ocurrida la mañana del domingo, ... por el ataque": told before the act
                or (
                    0 <= d.start - o.end <= _DEATH_DAY_CHARS
                    and not any(o.end <= t.start < d.start for t in event.triggers if t.set == "attacks")
                )
            )
            for o in s.get("casualties")
        )
    ]
    if not found and (intro := _list_intro(doc, s)) is not None:
        # "On the night of 28 June ... The following premises were affected: / (a) Hope Alive Pharmacy: ...": the
        # day the list's lead-in tells, not a later day its item tells ("The owner resumed trading on 1 July")
        found = _act_days(doc, intro)
    # else the sentence before it, or after it ("The clinic was burnt. It happened on 19 April, the bureau
    # said."), in the same paragraph when that one tells no act of its own; an act told right after another's
    # sentence goes on with that act ("stormed the hospital on Tuesday. The men fired into the air ..."), so a day
    # told after it is not its own ("... was treated and went home on Wednesday")
    previous = doc.sentences[s.index - 1] if s.index > 0 else None
    goes_on = previous is not None and previous.paragraph == s.paragraph and previous.index in event_sentences
    for i in (s.index - 1, s.index + 1):
        if not found and 0 <= i < len(doc.sentences) and not (goes_on and i > s.index):
            near = doc.sentences[i]
            if near.paragraph == s.paragraph and near.index not in event_sentences:
                found = [
                    d
                    for d in _sentence_dates(doc, near)
                    if not _dateline(doc, d)
                    and not _proceeding(doc, d)
                    # ... not a day counted back in it ("had fled the previous day"): another thing's day
                    and (
                        i < s.index
                        or not (
                            _reported(doc, d)
                            or _earlier(d)
                            or _STILL.search(doc.text, near.start, d.start)
                            or _FREED_BEFORE.search(doc.text, near.start, d.start)
                            or (
                                d.rule == "date.weekday"
                                and _WEEKDAY_OF.search(doc.text, max(near.start, d.start - 25), d.start)
                            )
                        )
                    )
                ]
                if i > s.index and (any("service_impact" in h.value for h in near.get("damage")) or _died_later(near)):
                    found = []  # "The ward was closed for most of Thursday.": the day of a state after the act
    after = doc.sentences[s.index + 1] if s.index + 1 < len(doc.sentences) else None
    coarse = [d for d in found if d.precision != "day"] if len(found) == 1 else []  # "earlier this month"
    if (
        (not found or coarse)
        and after
        and after.index not in event_sentences
        and _THE_ACT_OPENS.match(doc.text, after.start)
    ):
        # the paragraph after it tells its day, naming it back ("Los hechos comenzaron el miércoles por la mañana";
        # "... earlier this month. The attack took place on 3 March"), a day of the month told before
        told = _act_days(doc, after)
        found = ([d for d in told if d.value.startswith(coarse[0].value)] or found) if coarse else told
    if not found and not any(e.date is not None and e.sentence.index < s.index for e in doc.events):
        # ... and the story's day, when the act opens the report's account (no act told before it has a day)
        found = _day_of_paragraph(doc, s, event_sentences)
    if not found and (question := _question_before(doc, s, event_sentences)) is not None:
        # "Q: What happened on the night of 2 June? / A: ... Six men walked into the ward.": the day asked of
        found = _act_days(doc, question)
    # a sentence going on with the act told just before in its entry is that act's ("... arrêtée hier vers 17h.
    # Ambulance incendiée sur place."), not of the entry's stamp
    if not found and (entry := _entry_date(doc, s)):
        before = _entry_act_before(doc, s, entry)
        if before is not None and before.date is not None:  # the act it goes on with: its day and hour, as set
            event.date, event.told, event.time = before.date, before.told, before.time
            return
        found = [entry]
    form = not found and bool(found := _form_date(doc, s))
    if found:  # the day nearest the act; the day it was told of, or a log line's stamp, only when there is no other
        anchor_at = min(t.start for t in event.triggers)
        # ... a day told outright before one counted from a day told earlier ("a day later, ... on Wednesday
        # morning"; not "on Tuesday, a day after armed men stormed", which counts back from the day told with it),
        # and a month or a day inside a year told with it ("hit twice this year: in January, armed men ...")
        event.date = min(
            found,
            key=lambda d: (
                _reported(doc, d),
                stamps_line(doc.text, d),
                d.rule == "date.days_later" and len(found) > 1,
                d.precision == "year" and any(o.precision != "year" and o.value.startswith(d.value) for o in found),
                abs(d.start - anchor_at),
            ),
        )
        event.told = _reported(doc, event.date)
    times = _sentence_times(doc, s)
    if not times and event.date is not None and not s.start <= event.date.start < s.end:
        # "On 8 March at about 22:00, in Town. Gunmen stormed the clinic.": the hour told with the day; in a
        # dated list's entry, up to the act ("Date: 12/07/2024. Time: 21:30. Type of attack: arson.")
        told = doc.sentence_at(event.date.start)
        between = doc.sentences[told.index : s.index] if form or event.date in _entries(doc) else [told]
        times = next((t for near in between if (t := _sentence_times(doc, near))), [])
    if (
        not times
        and previous is not None
        and previous.paragraph == s.paragraph
        and not goes_on
        and not _sentence_dates(doc, previous)
        and not previous.get("attacks")
    ):  # "It was about ten in the morning. Four armed men arrived ...": the hour told just before the act, alone
        times = _sentence_times(doc, previous)
    event.time = times[0] if times else None
    if event.date is not None and event.time is not None and _after_midnight(doc, event.date, event.time.value):
        day = date.fromisoformat(event.date.value) + timedelta(days=1)
        event.date = replace(event.date, value=day.isoformat())


#: Characters from a death told as later ("con la muerte del conductor de la unidad, ocurrida") to the day it tells.
_DEATH_DAY_CHARS = 60


def _died_later(sentence: Sentence) -> bool:
    """Whether ``sentence`` tells a death after the act ("She died of her wounds on Tuesday", "Bello died in hospital
    late on Tuesday"): its day is the death's, not the act's."""
    deaths = [h for h in sentence.get("casualties") if h.value.get("outcome") == "killed"]
    return any(h.value.get("later") for h in deaths) or bool(deaths and _cues(sentence, "treatment"))


#: A night told from one day to the next ("the night of 3 to 4 February", "la nuit de mardi à mercredi",
#: "overnight into Friday"): dated by its first day, or by the next when the hour told is past midnight.
_NIGHT_RULES = frozenset({"date.night_days", "date.weekday_night", "date.night_before", "date.day_range"})
_NIGHT = re.compile(r"\b(?:night|overnight|nuit|noche|madrugada)\b", re.IGNORECASE)
_NIGHT_BEFORE = 25  # characters before a day range in which "night" makes it a night's
_SMALL_HOURS = "06:00"


def _after_midnight(doc: Doc, day: Any, clock: str) -> bool:
    """Whether ``day`` dates a night from one day to the next and ``clock`` is in its small hours (before 06:00)."""
    return (
        day.rule in _NIGHT_RULES
        and day.precision == "day"
        and clock < _SMALL_HOURS
        and bool(_NIGHT.search(doc.text, max(0, day.start - _NIGHT_BEFORE), day.end))
    )


#: What may stand before a bare clock time that stamps a line: a bracket, a day and month ("[31/01 23:05]",
#: "04/10 21:12 |", "[22/01/2026, 09:15]").
_STAMP_BEFORE = re.compile(r"[ \t\[(]*(?:\d{1,2}[/.]\d{1,2}(?:[/.]\d{2,4})?,?[ \t]*)?")


def _sentence_times(doc: Doc, s: Sentence) -> list[Any]:
    """The clock times told in ``s``, but for a bare one opening a line ("18:49 There is confusion...", "04/10 21:12
    | ..."): it stamps the page or the message, not the act (one told with its words, "Hacia las 2:30 a. m., ...",
    is the act's)."""
    times = [_shift(t, s.start) for t in find_times(doc.text[s.start : s.end])]
    return [
        t
        for t in times
        if not t.text[:1].isdigit()
        or not _STAMP_BEFORE.fullmatch(doc.text, doc.text.rfind("\n", 0, t.start) + 1, t.start)
    ]


#: Between people and the person they belong to ("the companions of the patient", "l'accompagnant du malade").
_OF_PERSON = re.compile(
    r"\s+(?:of|du|des|del|de|d['’])\s*(?:(?:the|a|an|his|her|their|la|le|l['’]|el|un|une|sa|son|su)\s*)?"
    r"(?:(?:young|old|elderly|jeune|joven)\s+)?",  # "the relatives of a young man"
    re.I,
)
#: A toll told as brought to a number ("bringing the number of injured to", "raising the death toll to", "portant le
#: bilan à", "elevando la cifra de muertos a"): the outcome inside is that of the number after.
_TOLL_TO = re.compile(
    r"\b(?:bringing|brings|brought|raising|raises|raised|taking|takes|rose|risen|climbed|increased|revised|"
    r"portant|porte|porté|élevant|passé|passée|alourdi|elevando|eleva|elevó|subió|ascendió|aumentó)\s+"
    r"(?:the\s+|le\s+|la\s+|el\s+)?(?:[\w-]+\s+){0,6}"
    r"(?:to|à|a)\s+(?:(?:at\s+least|au\s+moins|al\s+menos)\s+)?$"
    # "put the number of people killed at seven", "a chiffré le bilan à neuf morts", "situó el balance en nueve"
    r"|\b(?:put|puts|putting|placed|places|placing|chiffré|chiffre|situó|sitúa|cifró|cifra)\s+"
    r"(?:the\s+|le\s+|la\s+|el\s+)?(?:[\w-]+\s+){0,5}(?:at|à|en)\s+(?:(?:at\s+least|au\s+moins|al\s+menos)\s+)?$",
    re.IGNORECASE,
)


#: Right after an outcome word, the toll it names ("death toll", "death count"): the subject of a toll verb however far.
_DEATH_TOLL = re.compile(r"\s+(?:toll|count)\b", re.IGNORECASE)


def _toll_subject(doc: Doc, outcome: Hit, verb: int) -> bool:
    """Whether ``outcome`` is the subject of the toll verb at ``verb``: right before it ("the number of injured had
    risen to"), or naming the toll however far ("the death toll from shelling that struck a hospital in Nyala, the
    capital of South Darfur state, on Sunday has climbed to nine")."""
    between = doc.text[outcome.end : verb]
    if not 0 <= len(between) <= (160 if _DEATH_TOLL.match(between) else 30):
        return False
    return not re.search(r"[.;:]" if _DEATH_TOLL.match(between) else r"[.;:,]", between)


def _after_toll(doc: Doc, sentence: Sentence, start: int) -> re.Match[str] | None:
    """The toll verb right before the count at ``start`` ("..., bringing the death toll to 17"), if any."""
    return _TOLL_TO.search(doc.text, max(sentence.start, start - 60), start)


#: Someone's family told as theirs ("she has two children", "leaves three sons", "padre de dos hijos").
_FAMILY = frozenset(
    ["children", "child", "kids", "sons", "daughters", "son", "daughter", "enfants", "fils", "filles", "hijos", "hijas"]
)
_HAS = re.compile(
    r"\b(?:has|have|had|leaves|leaving|survived\s+by|father\s+of|mother\s+of|tiene|tenía|deja|padre\s+de|madre\s+de|"
    r"laisse|avait|père\s+de|mère\s+de)\s+(?:[^\W\d][\w-]*\s+){0,2}$",
    re.IGNORECASE,
)
#: After a person, a possessive ("a patient's mother"): whose the next person is.
_WHOSE = re.compile(r"['’]s?\s")
#: Between a part and the whole it is counted out of ("two out of the four passengers", "deux des cinq").
_PART_OF = re.compile(r"\s+(?:out\s+of|of|sur|des|de\s+(?:los|las))\s+(?:the\s+|its\s+|their\s+|les\s+)?", re.I)
#: Nouns after a people noun that make it their modifier ("a nurse training school", "a doctors' strike").
_MODIFIED = re.compile(
    r"['’]?\s+(?:training|school|schools|college|colleges|association|associations|union|unions|syndicate|"
    r"strike|strikes|council|committee|federation|order|day|monitors?|beds?|records?|files?|lists?|registers?|"
    r"stations?|transport|transfers?|data|cards?|uniforms?|offices?|desks?|charts?)\b",
    re.IGNORECASE,
)
#: Before a noun that says again who someone is ("a surgeon who was head of the hospital").
_SAME_PERSON = re.compile(
    r"(?<!well\s)(?<!such\s)\bas\s+(?:(?:a|an|the)\s+)?$|"  # "serving as a medic": a role of someone told
    r"\b(?:who|which)\s+(?:was|is|were|are|had\s+been|has\s+been)\s+(?:(?:a|an|the|also)\s+)*$",
    re.I,
)
#: An Arabic statement verb before its subject ("وقال الطبيب", said the doctor): the speaker, no victim.
_SAYS_AR = re.compile(r"(?:^|\s)[وف]?(?:قال|قالت|أكد|أكدت|أضاف|أضافت|أشار|أشارت|أوضح|أوضحت|ذكر|ذكرت|صرح|صرحت)\s+$")
#: "One of" before an Arabic plural ("أحد", "إحدى").
_ONE_OF_AR = re.compile(r"(?:^|\s)[وف]?(?:أحد|إحدى|احد|احدى)\s+$")
#: Words no headline puts before its noun ("The number of civilian casualties").
_FUNCTION_WORDS = frozenset(
    ["the", "a", "an", "this", "that", "of", "in", "on", "at", "by", "for", "with", "to", "number"]
)
#: What may open a headline before its first noun: a date line ("March 2031:"), a dash, a bar.
_HEADLINE_OPEN = re.compile(r"[:|–—]")


#: Between people and an active verb they are the subject of ("two soldiers beat", "a man has stabbed").
_TO_VERB = re.compile(r"\s+(?:(?:has|have|had|a|ont)\s+)?(?:\w+ly\s+)?", re.IGNORECASE)
#: Between an active verb and the people it is done to: a few words, no conjunction ("punched a young nurse").
_TO_OBJECT = re.compile(r"\s+(?:(?!(?:and|or|but|et|ou|mais|y|o|pero)\b)[^\W\d][\w'’-]*\s+){0,3}", re.IGNORECASE)


#: Between an act's verb and the wounded people it is done to: an article at most ("took away the wounded man").
_VERB_TO_WOUNDED = re.compile(r"\s+(?:(?:the|a|an|le|la|les|un|une|el|los|las|al|des)\s+)?", re.IGNORECASE)


def _done_to(doc: Doc, wounded: Hit, outcomes: list[Hit]) -> bool:
    """Whether people told as wounded ("the wounded man") are the object of another outcome's verb right before
    them ("took away the wounded man", "killed a wounded patient"): that act's victims, not people cared for."""
    return any(o.end <= wounded.start and _VERB_TO_WOUNDED.fullmatch(doc.text, o.end, wounded.start) for o in outcomes)


def _does_it(doc: Doc, hit: Hit, outcomes: list[Hit], people: list[Hit]) -> bool:
    """Whether people are the subject of an outcome verb done to other people ("a visitor punched a nurse",
    "two soldiers beat a doctor"): who did it, not its victims."""
    return any(
        _TO_VERB.fullmatch(doc.text, hit.end, o.start)
        and any(
            p.start >= o.end
            and p.value["group"] != "agent"  # "a nurse shot by an assailant": the nurse is the victim
            and _TO_OBJECT.fullmatch(doc.text, o.end, p.start)
            and not _PREPOSITION.search(doc.text[o.end : p.start])
            and not _INCLUDING.search(doc.text[o.end : p.start])  # "six civilians killed, including a nurse"
            for p in people
        )
        for o in outcomes
        if o.start >= hit.end
    )


#: A person's age told in apposition after the name ("Luz Marina Pabón, de 38 años, auxiliar de enfermería";
#: "Ali Omar, 38, nurse"; "Awa Diallo, 41 ans, sage-femme").
_AGE_ASIDE = re.compile(r",\s*(?:aged\s+)?(?:de\s+)?\d{1,3}(?:\s*(?:años|ans|anos|years?(?:\s+old)?))?\s*,")
#: Between people and a people noun without an article, a name and a comma: the named person's role ("the doctor
#: Issa Maiga, médecin-chef du ...").
_NAME_COMMA = re.compile(r"(?:\s+[A-ZÀ-ÖØ-Þ][\w'’.-]*){1,4}\s*,\s*")


#: Between a number and the group its people belong to ("three *members of a* polio vaccination team"): no noun's
#: modifiers, which the gap between a number and its noun counts.
_MEMBERS_OF = re.compile(
    r"^\s*(?:members|membres|miembros|membros)\s+(?:of|du|des|de|del|da|do)\s+"
    r"(?:(?:a|an|the|its|their|la|le|les|l['’]|el|los|las|une?|una)\s*)?",
    re.IGNORECASE,
)


def _count_for(doc: Doc, hit: Hit, quantities: list[Any], used: set[int]) -> tuple[int | None, Any]:
    """The number of people ``hit`` names, with the words that tell it: the last unused quantity just before
    it (a number counts one noun: "nine employees of Doctors Without Borders" are nine; the part of a whole,
    "two out of the four passengers", counts two), 0 after "no", 1 for a singular noun with a determiner ("a
    nurse", "its driver") or one member of a group ("a member of the staff"), or 1 for a name ("guard Ali
    Omar", "the nurse Ali Omar, head nurse") or in a headline ("Nurse Killed", "March 2031: Paramedic injured");
    ``(None, None)`` when none is written."""
    from notatarget.extract.numbers import Quantity

    # "Parmi les six blessés figurent un infirmier": a number before an outcome noun counts that noun, not people after
    told = doc.sentence_at(hit.start).get("casualties")
    for n in range(len(quantities) - 1, -1, -1):
        q = quantities[n]
        gap = doc.text[q.end : hit.start] if q.end <= hit.start else "x " * 9
        if (
            id(q) not in used
            and not any(
                q.end <= c.start
                and c.end <= hit.start
                and (_PEOPLE_WORD.fullmatch(c.text) or _DEAD_WORD.fullmatch(c.text))
                for c in told
            )
            # "trois blessés dont un infirmier": the number is the whole's (not "two of them nurses")
            and not ((part := _INCLUDING.search(gap)) and gap[: part.start()].strip())
            and (  # "Injured: 1 (security guard)"; "three members of a polio vaccination team"
                (_between_words(_MEMBERS_OF.sub("", gap)) <= _GAP_WORDS and not re.search(r"[,.;:()]", gap))
                or re.fullmatch(r"\s*\(\s*", gap)
            )
        ):
            part = quantities[n - 1] if n else None
            if part is not None and id(part) not in used and _PART_OF.fullmatch(doc.text, part.end, q.start):
                used.update((id(q), id(part)))
                text = doc.text[part.start : q.end]
                return part.value, Quantity(part.start, q.end, text, part.value, part.approximate, "count.part")
            return q.value, q
    offset = max(0, hit.start - 60)
    before = re.sub(r"[^\W\d]+-$", "", doc.text[offset : hit.start])  # "a nurse-midwife": the article of both
    plural = hit.value.get("plural")
    for pattern, value, rule in ((_NO_ONE, 0, "count.no"), (_MEMBER_OF if plural else _ARTICLE_ONE, 1, "count.one")):
        if match := pattern.search(before):  # "no health worker", "a member of the staff", "a nurse"
            start = offset + match.start() + len(match.group()) - len(match.group().lstrip(" \n\t(,.;:'\"“‘"))
            return value, Quantity(start, hit.start, doc.text[start : hit.start], value, False, rule)
    if _ARABIC.match(hit.text):  # a number word after its noun ("مسعفين اثنين", two paramedics); no indefinite
        # article: a singular noun is one person ("مقتل طبيب"), and "one of" ("أحد مسعفيها") counts one of a plural
        for q in quantities:
            if id(q) not in used and q.start >= hit.end and not doc.text[hit.end : q.start].strip():
                return q.value, q
        if hit.value.get("dual") or _DUAL_VOWELLED.search(hit.text):  # "ممرضتين", "مسعفَين": two nurses, paramedics
            return 2, Quantity(hit.start, hit.end, hit.text, 2, False, "count.dual")
        one = not plural or _ONE_OF_AR.search(before)
        return (1, Quantity(hit.start, hit.end, hit.text, 1, False, "count.one")) if one else (None, None)
    if plural:
        return None, None
    if _CYRILLIC.match(hit.text):  # no articles: a singular noun is one person ("поранено диспетчерку")
        return 1, Quantity(hit.start, hit.end, hit.text, 1, False, "count.one")
    sentence = doc.sentence_at(hit.start)
    # the words before the noun, after a day that opens the sentence ("On Friday 8 March, Luz Marina Pérez, de 38
    # años, auxiliar de enfermería ...") and without the age told beside a name
    lead = max(
        [sentence.start]
        + [d.end + 1 for d in sentence.dates if d is not None and d.end < hit.start and doc.text[d.end] == ","]
    )
    opening = _AGE_ASIDE.sub(",", _HEADLINE_OPEN.split(doc.text[lead : hit.start])[-1]).split()
    if (
        hit.value.get("named")  # "Dr Ahmed Salem"
        or _NAMED.match(doc.text, hit.end, sentence.end)
        or any(_NAME_COMMA.fullmatch(doc.text, p.end, hit.start) for p in sentence.get("people"))  # "Dr Ali, nurse"
        or (  # "security guard, Ali al-Refai, was killed"
            len(opening) <= 3
            and all(w[:1].isupper() for w in opening[:1])
            and not any(w.lower() in _FUNCTION_WORDS for w in opening)  # "Nurse Killed in ..." (a headline)
        )
    ):
        return 1, None
    return None, None


#: A relative clause between an outcome and people after it: they are told of its subject, not the outcome's.
_RELATIVE = re.compile(
    r"\b(?:who|which|whom|qui|quien|quienes)\s+(?!(?:was|were|is|are)\s+(?:among|including)\b)", re.I
)
#: Between an outcome and people after it, a clause of its own ("the nurse died while her colleague ...").
_CONTRAST = re.compile(r"\b(?:while|whereas|but|although|though|whilst)\b|;", re.IGNORECASE)
#: Between an outcome and people after it, the start of another clause ("was killed, and three others ...").
_CLAUSE_BREAK = re.compile(r"[,;]|\b(?:and|et|y|e|while|but)\b", re.IGNORECASE)


#: Between someone and a verb of saying, their name set off by commas (", Dr. Maryan Isak, "), or its end.
_NAME_APPOSED = re.compile(
    r",\s*(?:(?:Dr|Mr|Mrs|Ms|Prof)\.?\s+)?[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*){0,3},\s*"
    r"|(?:\s+[A-Z][\w'’.-]*){1,3},\s*"  # ... and the rest of it after a titled name ("Dr. Maryan| Isak, said")
)


#: Before people, the end of a quote and the words naming them ('," the doctor', '», a expliqué le médecin'):
#: who speaks it.
_AFTER_QUOTE = re.compile(r"[,.!?]\s*[\"”»]\s*(?:[^\W\d][\w'’-]*\s+){0,3}$")


def _speakers(doc: Doc, sentence: Sentence, outcomes: list[Hit]) -> list[Hit]:
    """The verbs of saying in ``sentence`` ("said", "told"), not those of an outcome ("were reported killed")."""
    return [
        r
        for r in _cues(sentence, "reporting")
        if not any(o.start >= r.end and _between_words(doc.text[r.end : o.start]) <= 1 for o in outcomes)
    ]


def _speaker(doc: Doc, sentence: Sentence, hit: Hit, speakers: list[Hit], before: bool = True) -> bool:
    """Whether people ``hit`` are the source of what ``sentence`` tells, not its victims: after "according to",
    after a verb of saying ("..., said Dr. Saad"), the subject of an Arabic one, and when ``before``, before one
    ("the doctor said"; which a passive "a nurse was reported" also reads as)."""
    return bool(
        (before and _SAID_AFTER.match(doc.text, hit.end))  # "hospital staff said" (the words may be another cue's)
        or _SOURCE.search(doc.text[max(sentence.start, hit.start - _SOURCE_CHARS) : hit.start])
        or _SAYS_AR.search(doc.text[max(sentence.start, hit.start - 20) : hit.start])
        or any(
            (  # "the doctor said"; not "abducted its driver, officials said" (the speaker comes after)
                before
                and r.start - hit.end >= 0
                and (
                    (
                        (
                            _between_words(doc.text[hit.end : r.start]) <= _SPEAKER_GAP
                            or _CO_SPEAKERS.fullmatch(doc.text, hit.end, r.start)  # "a doctor at the hospital and
                        )  # an official said"
                        and "," not in doc.text[hit.end : r.start]
                    )
                    # "the regional health director, Dr. Maryan Isak, said": the name set off by commas
                    or _NAME_APPOSED.fullmatch(doc.text, hit.end, r.start) is not None
                )
            )
            or (  # "..., said a doctor there": the verb after a quote or a comma, the speaker after it
                hit.start - r.end >= 0
                and _between_words(doc.text[r.end : hit.start]) <= _SPEAKER_GAP
                and doc.text[sentence.start : r.start].rstrip()[-1:] in (",", '"', "”", "’", "'")
            )
            for r in speakers
        )
    )


def _right_after(doc: Doc, end: int, outcomes: list[Hit]) -> Hit | None:
    """The outcome right after people ending at ``end``, across only auxiliaries ("were killed")."""
    return next(
        (
            o
            for o in outcomes
            if o.start >= end and all(w.lower() in _AUXILIARIES for w in doc.text[end : o.start].split())
        ),
        None,
    )


#: A passive verb right after people (not their outcome, which ``_right_after`` reads): what they underwent instead.
_OWN_VERB = re.compile(
    r"\s+(?:were|was|are|is|have\s+been|has\s+been|had\s+been|ont\s+été|a\s+été|fueron|fue)\s+[^\W\d]", re.I
)


#: After an outcome noun, "of" and what joins it to its people ("the abduction of", "l'enlèvement, en janvier, de",
#: "el secuestro de las").
_NOUN_OF = re.compile(r"(?:\s*,[^,.;]{0,40},)?\s+(?:of|de|du|des|del|d['’])\b", re.IGNORECASE)


#: Before an outcome word, an article making it a noun ("the kidnapping", "l'enlèvement", "el secuestro").
_ARTICLE_BEFORE = re.compile(r"\b(?:the|this|that|l['’]|le|la|el|al|del|du)\s*$", re.IGNORECASE)


def _as_noun(doc: Doc, outcome: Hit) -> bool:
    """Whether an outcome word is told as an act's noun: a noun rule's, or after an article ("the kidnapping"), not
    the people it names ("Among the injured are three medical staff")."""
    return bool(outcome.value.get("noun")) or (
        bool(_ARTICLE_BEFORE.search(doc.text, max(0, outcome.start - 6), outcome.start))
        and not _PEOPLE_WORD.fullmatch(outcome.text)
        and not _DEAD.fullmatch(outcome.text)
    )


#: Words for the dead as people ("the dead", "les morts", "los muertos").
_DEAD = re.compile(r"dead|deceased|morts?|muertos?|fallecidos?", re.IGNORECASE)


#: After a verb of the next clause, a pronoun for the people of the one before ("beat a surgeon and then *took him*
#: into custody", "shot the driver and abducted *her*").
_AND_THEN = re.compile(r"(?:,|\band|\bthen)\s+(?:(?:then|later|subsequently)\s+)?$", re.IGNORECASE)
#: "her" only before what cannot be its noun ("shot her colleague" names the colleague).
_OBJECT_PRONOUN = re.compile(
    r"\w+\s+(?:him|them|her(?=\s*(?:[.,;)]|$|(?:into|away|to|in|at|from|on|and|for|with|out|off|hostage)\b)))\b",
    re.IGNORECASE,
)


def _outcome_for(doc: Doc, start: int, end: int, outcomes: list[Hit], taking: set[int]) -> Hit | None:
    """The outcome word a group of people belongs to: one right after it across only auxiliaries ("were
    killed", "ont été tués", "seriously injured"), else the nearest within 80 characters - but one after
    the group in the same clause comes before one told in an earlier clause ("one nurse was killed and
    three others suffered injuries"), and a verb after the group with an object of its own (its start in
    ``taking``: "relatives of a patient beat two doctors") is not the group's, who is its subject, nor is an
    outcome noun after it ("the director confirmed the abduction"), whose people follow it. In Arabic
    the outcome's noun comes first: "مقتل طبيب وإصابة ممرض" (the killing of a doctor and the wounding of a
    nurse)."""
    if _ARABIC.match(doc.text, start):
        for o in outcomes:
            if (o.end <= start and not doc.text[o.end : start].strip()) or o.start <= start < end <= o.end:
                return o  # "وإصابة ممرض"; the people told by the outcome noun's pronoun ("مقتله", his killing)
    if (after := _right_after(doc, end, outcomes)) is not None:
        return after
    near = [
        o
        for o in outcomes
        if min(abs(o.start - end), abs(start - o.end)) <= 80
        and not (o.end <= start and _CONTRAST.search(doc.text, o.end, start))  # "died, while her colleague ..."
        and not (o.start >= end and (o.start in taking or o.value.get("noun")))  # "confirmed the abduction"
        # an outcome told of a pronoun ("took him into custody") is of the people before it, not of those after
        and not (o.end <= start and _OBJECT_PRONOUN.match(doc.text, o.start))
        # an outcome noun tells the people joined to it by "of" ("the abduction of two nurses"), not others after it
        # ("in the days after the kidnapping, five of its seven doctors stayed away")
        and not (o.end <= start and _as_noun(doc, o) and not _NOUN_OF.match(doc.text, o.end))
        and not (
            o.end <= start and _RELATIVE.search(doc.text, o.end, start)
        )  # "killing a midwife who was with a woman"
        and not _own_clause(doc, start, end, o)  # "bringing back a patient; our driver was wounded"
        and not (  # "a guard suffered burns, and 34 children were carried down": a verb of their own
            o.end <= start and _CLAUSE_BREAK.search(doc.text, o.end, start) and _OWN_VERB.match(doc.text, end)
        )
    ]
    later = [o for o in near if o.start >= end and not re.search(r"[.;:]", doc.text[end : o.start])]
    if later and all(_CLAUSE_BREAK.search(doc.text[o.end : start]) for o in near if o.end <= start):
        return later[0]
    if not near:  # "two paramedics who had come to evacuate a man were stopped, forced to kneel and beaten"
        return _chained(doc, end, outcomes)
    return min(near, key=lambda o: min(abs(o.start - end), abs(start - o.end)), default=None)


#: After an outcome opening a sentence, no object of its own: a preposition or a date ("Arrested on 2 May").
_NO_OBJECT = re.compile(r"\s+(?:on|at|in|by|from|after|when|during|while|le|el|en|à|par|por)\b", re.IGNORECASE)


_ENTRY_OPEN = re.compile(r"\s*(?:(?:\d+[.)]|[-•*–])\s*)?")


def _listed_before(doc: Doc, sentence: Sentence, outcome: Hit) -> list[_Group]:
    """For a sentence opening with its outcome and telling no one ("Arrested on 2 November at her home."), the
    people of the entry line right before it ("Parisa K., nurse (Sanandaj).", "Three nurses of X Hospital."): a
    list of people each told with what was done to them. One person when the line names one without a number."""
    if not sentence.index or not outcome.text[:1].isupper():
        return []
    entry = doc.sentences[sentence.index - 1]
    line = doc.text.rfind("\n", 0, entry.start) + 1
    if not _ENTRY_OPEN.fullmatch(doc.text, line, entry.start):
        return []  # the line must open a paragraph or the text (after its number): an entry, not a story's sentence
    if not entry.quantities:
        read_quantities(doc, entry)
    people = [h for h in entry.get("people") if h.value["group"] in ("health_worker", "patient", "other")]
    if len(people) != 1 or entry.get("casualties"):
        return []
    hit = people[0]
    count, q = _count_for(doc, hit, entry.quantities, set())
    count = count if count is not None else None if hit.value.get("plural") else 1
    spans = [hit] + ([q] if q is not None else [])
    return [_Group(hit.start, hit.end, hit.value["group"], count, spans, outcome)] if count else []


def _own_clause(doc: Doc, start: int, end: int, outcome: Hit) -> bool:
    """Whether ``outcome`` is told in another clause than the people at ``start``-``end``, one cut by semicolons,
    of people of its own ("bringing back a patient; our driver was wounded": the driver's)."""
    sentence = doc.sentence_at(start)
    lo = doc.text.rfind(";", sentence.start, outcome.start) + 1 or sentence.start
    hi = doc.text.find(";", outcome.end, sentence.end)
    hi = sentence.end if hi < 0 else hi
    if lo <= start < hi:
        return False
    return any(lo <= p.start < hi for p in sentence.get("people"))


#: Between people and the verbs of a passive told of them after a clause ("who had come to ... were stopped").
_PASSIVE_AUX = re.compile(r"\b(?:were|was|have\s+been|has\s+been|had\s+been|ont\s+été|a\s+été|fueron|fue)\b", re.I)
_CHAIN_CHARS = 200


def _chained(doc: Doc, end: int, outcomes: list[Hit]) -> Hit | None:
    """The first outcome of a chain of passive verbs told of the people ending at ``end`` after a relative clause
    about them: no other people outside the clause, no clause end between, and an auxiliary ("were", "ont été")."""
    sentence = doc.sentence_at(end)
    for o in outcomes:
        if not 0 <= o.start - end <= _CHAIN_CHARS:
            continue
        gap = doc.text[end : o.start]
        clause = re.match(r"\s+(?:who|that|qui|que|quienes?)\b", gap)  # people told inside it are no subject
        told = not clause and any(end <= p.start < o.start for p in sentence.get("people"))
        return o if _PASSIVE_AUX.search(gap) and not re.search(r"[.;:]", gap) and not told else None
    return None


@dataclass(slots=True)
class _Group:
    """People told together in a sentence: a people phrase with its number, or a bare number by an outcome."""

    start: int
    end: int
    kind: str  # "health_worker" or another people group
    count: int | None
    spans: list[Any]
    outcome: Hit | None = None
    within: bool = False  # health workers named among the members of a wider counted group
    whole: _Group | None = None  # the counted group it is a member of, whose outcome it shares


def _plural_hit(g: _Group) -> bool:
    """Whether a group is a plural people noun (not a bare number)."""
    return any(isinstance(h, Hit) and h.value.get("plural") for h in g.spans)


def _words_apart(gap: str) -> int:
    """Words in ``gap`` that are not auxiliaries ("2,000 *have been* wounded" are next to each other)."""
    return sum(w.lower() not in _AUXILIARIES for w in gap.split())


#: Longer than any gap of one word and auxiliaries between a number and its outcome ("2,000 *have reportedly
#: been* wounded"): farther hits are not compared word by word (a run-on text has thousands of each).
_ADJACENT_CHARS = 80


def _short_gap(text: str, a: Any, b: Any) -> str | None:
    """The text between hits ``a`` and ``b`` (in either order), None when longer than ``_ADJACENT_CHARS``."""
    start, end = (a.end, b.start) if b.start >= a.end else (b.end, a.start)
    return text[start:end] if end - start <= _ADJACENT_CHARS else None


def _adjacent(gap: str) -> bool:
    """Whether a number and an outcome word are next to each other (at most one word besides auxiliaries,
    no punctuation, no preposition: "killed in one of the attacks" counts no one)."""
    return _words_apart(gap) <= 1 and not re.search(r"[,.;]", gap) and not _PREPOSITION.search(gap)


#: The most words between a counted group and "including" its part: its verb and where it happened.
_INCLUDED_AFTER_WORDS = 5


def _included(gap: str) -> bool:
    """Whether ``gap`` leads from a counted group to the part of it named next: "including", "dont", after at
    most the group's verb and where ("five people were killed, among them two nurses"; "24 civilians died in the
    attack, among them two babies")."""
    found = list(_INCLUDING.finditer(gap))
    if not found or not _INCLUDED.fullmatch(gap, (last := found[-1]).start()):
        return False
    verb = gap[: last.start()]
    return _words_apart(verb) <= _INCLUDED_AFTER_WORDS and not re.search(r"[.;:]|\b(?:and|et|y|e|or|ou|o)\b", verb)


#: A definite article before a number ("the two women", "les deux", "los tres"): people told before, counted again.
_DEFINITE_PLURAL = re.compile(r"\b(?:the|these|those|les|ces|los|las|estos|estas)\s+$", re.IGNORECASE)


def _counted_again(doc: Doc, before: list[_Group], g: _Group) -> bool:
    """Whether ``g`` ("the two women") counts again as many people as the groups told before it in the sentence
    ("shot dead a midwife and wounded a health worker as the two women rode home")."""
    told = sum(b.count for b in before if b.count)
    q = next((q for q in g.spans if not isinstance(q, Hit)), None)
    if q is None or told < 2 or g.count != told:
        return False
    return bool(
        _DEFINITE_PLURAL.search(doc.text, max(0, q.start - 8), q.start)
        or _DEFINITE_PLURAL.match(q.text.split()[0] + " ")
        or _BOTH_AGAIN.fullmatch(q.text)  # "shot two nurses; both were wounded"
    )


#: "Both" told of people counted before it.
_BOTH_AGAIN = re.compile(r"both|ambos|ambas", re.IGNORECASE)


#: Another day than the sentence's act, told in a clause of its own ("... a day earlier", "la veille").
_DAY_APART = re.compile(
    r"\b(?:(?:a|one|two|three|several)\s+days?\s+(?:earlier|before|later)|the\s+(?:day|night)\s+before|"
    r"the\s+previous\s+(?:day|night)|the\s+next\s+day|la\s+veille|le\s+lendemain|el\s+d[ií]a\s+anterior|"
    r"la\s+v[ií]spera|al\s+d[ií]a\s+siguiente)\b",
    re.IGNORECASE,
)
#: The start of a clause joined to the one before ("..., and gunmen killed ...", "; ...").
_CLAUSE_JOIN = re.compile(r",\s+(?:and|while|but|et|mais|y|pero)\s+|;\s*", re.IGNORECASE)
_CLAUSE_END = re.compile(r"[,;.]")


#: A figure told as an early one, replaced by a later ("initial reports said", "initially put", "un premier bilan").
_EARLY_FIGURE = re.compile(
    r"\b(?:initial|first|earlier|early|preliminary)\s+(?:reports?|figures?|tolls?|counts?|accounts?|estimates?|"
    r"statements?|bulletins?)\b|"
    r"\binitially\b|\b(?:premier|premiers)\s+(?:bilans?|communiqués?)\b|\bbilan\s+provisoire\b|"
    # "had first reported two dead", "dans un premier temps", "en un primer momento"
    r"\bfirst\s+(?:reported|said|announced|gave|put|spoke\s+of)\b|\bdans\s+un\s+premier\s+temps\b|"
    r"\ben\s+un\s+primer\s+momento\b|\binicialmente\b|"
    r"\b(?:cifras?|balance|informes?)\s+(?:inicial|iniciales|preliminar|preliminares)\b|"
    r"\bprimer(?:os)?\s+(?:informes?|balances?|reportes?|comunicados?)\b",
    re.IGNORECASE,
)


def _early_figure_clause(text: str) -> tuple[int, int] | None:
    """The offsets (in ``text``) of a clause telling an early figure ("Initial reports said five people had died; by
    the evening the police gave a toll of seven killed"): a toll of the same outcome told in another clause of the
    sentence replaces it."""
    if (early := _EARLY_FIGURE.search(text)) is None:
        return None
    joins = list(_CLAUSE_JOIN.finditer(text))
    start = max((j.end() for j in joins if j.end() <= early.start()), default=0)
    end = min((j.start() for j in joins if j.start() >= early.end()), default=len(text))
    return start, end


def _other_day_clause(text: str) -> tuple[int, int] | None:
    """The offsets (in ``text``) of a later clause of a sentence that tells another day ("..., and gunmen killed a
    driver a day earlier"): its people are another act's."""
    if (apart := _DAY_APART.search(text)) is None:
        return None
    joins = list(_CLAUSE_JOIN.finditer(text, 0, apart.start()))
    if not joins or BACKSTORY.search(text, joins[-1].end(), apart.start()):
        return None  # "; one of the patients, who had given birth the day before, died": of a person, no act
    end = _CLAUSE_END.search(text, apart.end())
    return joins[-1].start(), end.start() if end else len(text)


#: Between one person and the same person told again ("a patient, a young man ...").
_AGAIN = re.compile(
    # "the pharmacist on duty, a 34-year-old father of three", "l'infirmier de garde, un homme de 40 ans"
    r"(?:\s+(?:on\s+duty|on\s+shift|in\s+charge|de\s+garde|de\s+service|de\s+turno|de\s+guardia|em\s+serviço))?"
    r"(?:\s+(?:of\s+the|du|de\s+la|de\s+l['’]|del)\s*[^\W\d][\w'’-]*)?"  # "le conducteur de l'ambulance, un agent"
    r"\s*(?:[A-Z][\w'’.-]*\s*)*[,(–—-]\s*"
)
#: A person told by age ("a 12-year-old girl", "une fillette de 12 ans" is told otherwise): one told again.
_AGED_AFTER = re.compile(r"(?:an?|one)\s+\d{1,3}-year-old\b", re.IGNORECASE)
#: A definite article: the person before an age told of is one already known ("The fourth patient, a 12-year-old").
_DEFINITE_WORD = re.compile(r"\b(?:the|le|la|l['’]|el)\b", re.IGNORECASE)
#: After the second of two people, a list going on ("a nurse, a driver and a guard").
_LIST_GOES_ON = re.compile(
    r"[^.;:(),]{0,40}?(?:,(?P<serial>\s*(?:and|or)\b)?|\b(?:and|or|et|ou|y|o|e|та|і|й|и|або|или)\s)", re.IGNORECASE
)  # "a patient, a nurse, and a guard": the serial comma goes on too
#: A health worker told by a word for any of them, whom a profession after it names ("1 health worker, a nutrition
#: assistant, and 3 patients": one health worker).
_ANY_WORKER = re.compile(
    r"(?:(?:health|healthcare|medical|hospital|aid)\s+)?(?:workers?|staff\s*members?|staffers?|employees?)", re.I
)


def _told_again(doc: Doc, previous: _Group | None, g: _Group, following: _Group | None) -> bool:
    """Whether ``g`` is one person told again right after ``previous``, one person too, across only a comma or a
    name ("shot dead a patient, a young man who ..."; "the pharmacist, a woman aged 52, was wounded"; "our
    colleague Dr E. N., a surgeon"), not the second of a list going on to the group ``following`` ("a nurse, a
    driver and a guard")."""
    if previous is None or previous.count != 1 or g.count != 1 or _plural_hit(previous) or _plural_hit(g):
        return False
    listed = _LIST_GOES_ON.match(doc.text, g.end)
    goes_on = (
        listed is not None
        and following is not None
        and following.outcome is None  # "un muerto, el paciente, y dos heridos": a toll of its own, no list
        and 0 <= following.start - listed.end() <= 3
        and not (listed["serial"] and _ANY_WORKER.fullmatch(previous.spans[0].text) and g.kind == "health_worker")
    )
    # "The fourth patient, a 12-year-old girl, and the nurse": a person told again by age is no list's next member
    aged = bool(_AGED_AFTER.match(doc.text, g.start, g.end + 1)) and bool(
        _DEFINITE_WORD.search(doc.text, max(0, previous.start - 15), previous.end)
    )
    return bool(_AGAIN.fullmatch(doc.text[previous.end : g.start])) and (not goes_on or aged)


#: Brackets opening right after a group, with what they hold ("two health workers (a nurse and an orderly)").
_BRACKETS_HELD = re.compile(r"\s*\([^()]*\)")


def _in_brackets(doc: Doc, parent: _Group, g: _Group) -> bool:
    """Whether ``g`` is inside brackets opened right after ``parent`` ("three staff (a nurse, a nutrition assistant
    and a driver)"): one of its members, whatever else the brackets list."""
    if not re.fullmatch(r"\s*\([^()]*", doc.text[parent.end : g.start]):
        return False
    closing, reopening = doc.text.find(")", g.end), doc.text.find("(", g.end)
    return closing >= 0 and (reopening < 0 or closing < reopening)


#: Health workers told by a word for any of them, not by a profession ("three staff", "dos trabajadores").
_COLLECTIVE = re.compile(
    r"\b(?:staff\w*|workers|personnel|employees|members|teams?|crews?|colleagues|co-?workers|professionals|officials|"
    r"volunteers|responders|providers|medics|carers|agents|soignants|employés|volontaires|trabajador[ae]s|personal|"
    r"sanitarios|brigad\w*|equipo|emplead[oa]s|profissionais|funcionários|pessoal|agentes|trabalhadores|secouristes)\b",
    re.IGNORECASE,
)
#: Doctors in the plural, whose members may be told by their specialty.
_DOCTORS = re.compile(r"doctors|physicians|médecins|docteurs|médicos|médicas|doctores|doctoras", re.IGNORECASE)
#: A doctor's specialty, a member of "two doctors".
_SPECIALTY = re.compile(
    r"\w*surgeon|an(?:a)?esthe(?:t|si)\w*|\w+ologist|\w+iatrician|\w+iatrist|obstetrician|resident|intern|"
    r"chirurgien(?:ne)?|anesthésiste|pédiatre|gynécologue|\w+logue|cirujan[oa]|anestesi\w+|pediatra|ginecólog[oa]|"
    r"\w+ólog[oa]|residente",
    re.IGNORECASE,
)


def _may_hold(parent: _Group, g: _Group) -> bool:
    """Whether ``g`` may be told as one of the members of ``parent``: not when ``parent`` names health workers by
    a profession and ``g`` a health worker of another ("two nurses, a guard and a patient" are four people; "three
    staff, a nurse, a guard and a cleaner" three, "two doctors, Dr A and Dr B" and "two vaccinators, both women"
    two)."""
    noun = next((h for h in parent.spans if isinstance(h, Hit) and h.set == "people"), None)
    member = next((h for h in g.spans if isinstance(h, Hit) and h.set == "people"), None)
    if (
        noun is None
        or member is None
        or noun.value["group"] != "health_worker"
        or g.kind != "health_worker"  # "the two vaccinators, both women": who they are
        or _COLLECTIVE.search(noun.text)
        or not _LATIN.match(noun.text)  # the collective words are written for the Latin-script languages only
    ):
        return True
    if (_DOCTORS.fullmatch(noun.text) and _SPECIALTY.fullmatch(member.text)) or _ANY_WORKER.fullmatch(member.text):
        return True  # "two doctors, a surgeon and an anaesthetist"; "one of its drivers, an employee of the ministry"
    return bool(member.value.get("named")) or noun.text.lower()[:5] == member.text.lower()[:5]


def _and_ar(doc: Doc, previous: _Group, g: _Group) -> bool:
    """Whether ``g`` follows ``previous`` joined by the Arabic "and" written on its first word ("طبيبان وممرض"),
    an adjective of the first between them or not ("مسعف متطوع وثلاث نساء")."""
    return (
        previous.end <= g.start
        and _ADJECTIVE_AR.fullmatch(doc.text, previous.end, g.start) is not None
        and doc.text[g.start] == "و"
    )


#: At most one Arabic word (an adjective: "متطوع", volunteer) between a member and the next.
_ADJECTIVE_AR = re.compile(r"\s*(?:[\u0621-\u0652]+\s+)?")


def _members(doc: Doc, groups: list[_Group], outcomes: list[Hit]) -> list[_Group]:
    """Groups without those told as the members of a counted group right before them, in apposition ("two
    staff members, a guard and a cleaner, and two others"; "nine dead - seven policemen, one nurse"), listed
    after its outcome and a colon or a dash ("five people were killed: a nurse, three patients and a man") or as
    its part ("seven people, including a doctor and two children"; "onze personnes, dont un infirmier"): the
    members are not added again, but health workers among members of a wider group are its health workers."""
    kept: list[_Group] = []
    parent, left, previous = None, 0, None
    roster = False  # the members follow their total and "are" ("Les deux morts sont ..."): all the rest are they
    inner, inside = None, 0  # a member whose own members follow in brackets, and how many of them are left
    for n, g in enumerate(groups):
        if inner is not None and g.count is not None and g.count <= inside and _in_brackets(doc, inner, g):
            inside -= g.count  # "four people: two health workers (a nurse and an orderly) and two patients"
            continue
        # the members of a member in brackets are passed over: the list goes on after them
        gap = _BRACKETS_HELD.sub("", doc.text[previous.end : g.start], count=1) if previous else ""
        inner = None
        following = groups[n + 1] if n + 1 < len(groups) else None
        if _told_again(doc, previous, g, following):  # "a patient, a young man admitted the day before"
            if g.kind == "health_worker":
                previous.kind = g.kind
            previous.end = g.end  # one phrase: its outcome is sought after the words told again
            continue
        if (
            parent is not None
            and (left > 0 or roster)
            and g.count is not None
            and (g.count <= left or roster)
            and {parent.kind, g.kind} != {"patient", "health_worker"}  # no nurse is one of the patients
            and not any(isinstance(h, Hit) and h.text.lower() in _OTHERS for h in g.spans)  # "16 others": more
        ):
            joined = _APPOSITION if previous is parent else _MEMBER_JOIN
            listed = (_LISTED_AFTER.fullmatch(gap) and any(previous.end <= o.start < g.start for o in outcomes)) or (
                # "Поранено чотирьох людей: двох медиків ...": the outcome told before the whole, then its members
                _LISTED_BARE.fullmatch(gap) and any(0 <= previous.start - o.end <= _OUTCOME_BEFORE for o in outcomes)
            )
            roster = roster or (previous is parent and bool(_ARE_MEMBERS.fullmatch(gap)))
            # the next member joined by the Arabic "and" ("بينهم طبيبان وممرض"; right after the whole, more people)
            and_ar = previous is not parent and _and_ar(doc, previous, g)
            if (
                # "un guardia, que intentó cerrar la puerta, y una ..."; not "two nurses, a guard and a patient"
                ((joined.fullmatch(_RELATIVE_ASIDE.sub("", gap)) or and_ar) and _may_hold(parent, g))
                or (previous is parent and (_included(gap) or listed))
                or (roster and g.outcome is None)
                or _in_brackets(doc, parent, g)
            ):
                left -= g.count
                if parent.kind != "health_worker" and g.kind == "health_worker":
                    g.within, g.whole = True, parent  # counted as health workers only
                    kept.append(g)
                previous = g
                if g.count > 1 and _BRACKETS_HELD.match(doc.text, g.end):
                    inner, inside = g, g.count
                continue
        # "one of the patients, a man in his sixties": one person, told twice
        parent, left = (g, g.count) if g.count and (g.count > 1 or _plural_hit(g)) else (None, 0)
        roster = False
        kept.append(g)
        previous = g
    return kept


#: A count without a number before people, across a few words ("several members of the clinic's staff").
_SEVERAL = re.compile(
    r"\b(?:several|many|numerous|a few|a number of|scores of|dozens of|hundreds of|plusieurs|de nombreux|"
    r"de nombreuses|des dizaines de|varios|varias|muchos|muchas|decenas de)\s+(?:[^\W\d][\w'’-]*\s+){0,4}$",
    re.IGNORECASE,
)


#: A death from illness, not from the act ("relatives of a patient who died of COVID-19 stormed the ward").
_ILLNESS = re.compile(
    r"\s+(?:of|from|in|de|du|des|por)\s+(?:(?:a|an|the|his|her|their|suspected|un|une|la|le)\s+)?(?:covid|coronavirus|"
    r"ebola|cholera|malaria|measles|illness|disease|cancer|natural causes|heart attack|complications|childbirth|"
    r"labour|labor|hunger|starvation|malnutrition|maladie|choléra|paludisme|rougeole|enfermedad|cólera)",
    re.IGNORECASE,
)
#: What ends a list of victims: a clause's end, a verb, a relative pronoun ("a patient who had died").
_NOT_LISTED = re.compile(r"[.;:]|\b(?:was|were|is|are|been|being|had|has|have|who|which|that)\b|\w(?:ing|ed)\b", re.I)
#: A relative clause set off by commas inside a list, which goes on after it ("four men, one of whom was being
#: treated there, and a nurse"): no end of the list.
_RELATIVE_ASIDE = re.compile(
    r"(?:,\s*(?:who|whom|whose|which|(?:one|two|some|all|both|none|each)\s+of\s+(?:whom|them)|qui|dont|que|quien|quienes)"
    r"|\s+(?:who|qui|quien))\b"  # "a health worker who lived in the staff quarters, and two patients"
    r"[^,;.:]*(?=,\s*(?:and|et|y)\b)",
    re.IGNORECASE,
)
#: A part named after "including" set off by commas, the list going on after it ("four patients, including two
#: children, and a technician"): the part is of the group before it, and those after it are more.
_CLOSED_PART = re.compile(
    rf"[,،]\s*(?:{_PART_WORDS})(?!\w)[^,;.:،]*"
    # ... before more people: "and", "as well as", "in addition to"; in Arabic "و" on the next word, "إضافة إلى"
    r"(?=[,،]\s*(?:(?:and|et|y|as\s+well\s+as|in\s+addition\s+to)\b|(?:ب?ال)?إضافة|فضلا))",
    re.IGNORECASE,
)


#: A relative clause of a person without a comma, then "and" before more people ("who works there and").
_CLAUSE_THEN_MORE = re.compile(r"\s+(?:who|qui|quien)\b[^,;.:]{1,40}?(?P<more>\s+(?:and|et|y)\s+)", re.IGNORECASE)


def _listed_after(doc: Doc, previous: _Group | None, g: _Group, outcomes: list[Hit]) -> Hit | None:
    """The outcome of a list of victims after its verb ("the strike killed the doctor, his wife, an old woman
    and several nurses"): that of the group before ``g`` when it came before that group and only list words
    (commas, "and", at most 10 words, no other outcome) stand between the two; else None."""
    if previous is None or previous.outcome is None or previous.outcome.end > previous.start:
        return None
    from notatarget.extract.numbers import Quantity

    gap = _RELATIVE_ASIDE.sub("", doc.text[previous.end : g.start])
    # "arrested a doctor who works there and two nurses": a clause telling of the first, naming no one, then more
    # people with their number
    clause = _CLAUSE_THEN_MORE.fullmatch(gap)
    if (
        clause
        and any(isinstance(q, Quantity) for q in g.spans)
        and not any(previous.end <= h.start < g.start for h in doc.sentence_at(g.start).get("people"))
    ):
        gap = gap[clause.start("more") :]
    glued = not gap.strip() and _ARABIC.match(doc.text, g.start) and doc.text[g.start] == "و"  # "ممرضة ومرافقة"
    listed = (re.search(r",|\b(?:and|et|y)\b", gap) or glued) and not _NOT_LISTED.search(gap)
    between = any(previous.end <= o.start < g.start for o in outcomes)
    return previous.outcome if listed and not between and _between_words(gap) <= 10 else None


#: Before an injury word, the care it is the reason for ("being treated for gunshot wounds", "admitted with burns").
_TREATED_FOR = re.compile(
    r"\b(?:treated|admitted|hospitali[sz]ed|soign[ée]e?s?|hospitalis[ée]e?s?|atendid[oa]s?|internad[oa]s?)\s+"
    r"(?:for|with|pour|avec|por|con)\s+(?:[\w-]+\s+){0,2}$",
    re.IGNORECASE,
)


def _with_wounds(doc: Doc, sentence: Sentence, outcome: Hit) -> bool:
    """Whether a wound noun tells how people were before the act ("a patient recovering from gunshot wounds was
    shot dead"), not what the act did ("left two nurses with gunshot wounds")."""
    if not _WOUND_NOUN.fullmatch(outcome.text):
        return False
    start = max(sentence.start, outcome.start - 50)
    if (told := _WITH_WOUNDS.search(doc.text, start, outcome.start)) is None:
        return False
    return any(0 <= told.start() - h.end <= 40 for h in sentence.get("people")) and not _LEFT_WITH.search(
        doc.text, start, told.start()
    )


def _the_wounded(doc: Doc, sentence: Sentence, outcome: Hit) -> bool:
    """Whether an injury word names the wounded as people, no injury told: "the injured" (not "the beating"),
    "treating wounded fighters", "checked the injuries of patients", "الجرحى" (not "the injured were ...")."""
    after = doc.text[outcome.end : outcome.end + 30]
    before = doc.text[max(sentence.start, outcome.start - 30) : outcome.start]
    return bool(
        (
            (_PEOPLE_WORD.fullmatch(outcome.text) or _WOUND_NOUN.fullmatch(outcome.text))
            and (_THE_WOUNDED.search(before) or _CARED_FOR.search(before))
            and not re.match(r"\s+(?:were|was|are|is|ont|sont|a\s+été|est|fueron|fue|han|son)\b", after)
        )
        or _THE_WOUNDED_AR.match(outcome.text)
    )


def _not_of_the_act(doc: Doc, sentence: Sentence, outcome: Hit) -> bool:
    """Whether an injury word tells no injury in the act: an adjective before people ("injured soldiers"),
    the wounded as a noun ("treating the injured"), a hedge ("there might not have been casualties"), the wounded
    sought or a wound died of ("searching for wounded fighters", "died of stab wounds"), or the reason patients
    were in care ("patients being treated for gunshot wounds")."""
    # "injured soldiers" (an adjective), not "injuring civilians" (the act, with its object)
    verb = outcome.text.lower().endswith(("ing", "ant", "endo"))
    people = not verb and any(0 <= h.start - outcome.end <= 2 for h in sentence.get("people"))
    return bool(
        people
        or _the_wounded(doc, sentence, outcome)
        or _HEDGE.search(doc.text[max(sentence.start, outcome.start - 40) : outcome.start])
        or _SOUGHT.search(doc.text, max(sentence.start, outcome.start - 50), outcome.start)
        or (  # "arrested two patients being treated for gunshot wounds": why they were in care
            (cause := _TREATED_FOR.search(doc.text, max(sentence.start, outcome.start - 40), outcome.start)) is not None
            and any(p.value["group"] == "patient" and 0 <= cause.start() - p.end <= 12 for p in sentence.get("people"))
        )
    )


#: A death told in a relative clause ("a patient who died", "qui est décédé"), and what may tell it was the act's.
_WHO_DIED = re.compile(
    r"\b(?:who|that|qui|quien|que)\s+(?:(?:had|has|have|later|subsequently|then|est|sont|a|ont|était)\s+)*$",
    re.IGNORECASE,
)
_HOW_DIED = re.compile(
    r"\s+(?:later\s+|then\s+|subsequently\s+)?(?:in|from|of|during|after|when|as|under|dans|lors|pendant|de|des|"
    r"du|en|por|durante|tras)\b(?:\s+[^\s,;.]+){1,6}",
    re.IGNORECASE,
)
_OF_THE_ACT = re.compile(r"\b(?:wounds?|injuries|injured|blessures|heridas)\b", re.IGNORECASE)


#: Before a death word, the feeling it set off ("angered by the death of", "outraged over the death of").
_ANGERED = re.compile(
    r"\b(?:angered|angry|enraged|outraged|incensed|upset|furious|grieving)\s+(?:by|at|over|about)\s+(?:the\s+)?$",
    re.IGNORECASE,
)
#: Before a death word, "after" opening a clause of its own ("rioted after a young man died", "stormed the ward
#: after the death of"), of words that tell no attack: what happened before the act.
_AFTER_DEATH = re.compile(
    r"\b(?:after|over|following|après|tras)\s+(?:(?!(?:being|he|she|they|was|were)\b)[\w'’-]+\s+){0,6}$"
    # Arabic "بعد وفاة", "إثر وفاة", "عقب وفاة", "على خلفية وفاة": after, following, over the death
    r"|(?<!\w)(?:بعد|إثر|اثر|عقب|جراء|خلفية|بسبب)\s+$",
    re.IGNORECASE,
)


#: The wounded a later death is of ("after three of the wounded died overnight"): the act's, not a death apart.
_OF_WOUNDED = re.compile(r"\b(?:of\s+the|des|de\s+los|de\s+las)\s+(?:wounded|injured|blessés|heridos)\b", re.I)


#: Between someone and a death word told apart from the act: auxiliaries or a relative word ("a young driver
#: died", "a patient who had died") ...
_DIED_BEFORE = re.compile(r"\s+(?:(?:who|that|had|has|have|was|were|later|then)\s+)*", re.IGNORECASE)
#: ... or, after a death noun, "of" ("the death of a child", "le décès d'un patient").
_DEATH_OF = re.compile(
    r"\s+(?:of|de|d['’]|del)\s*(?:(?:a|an|the|his|her|their|un|une|le|la|l['’]|el)\s*)?", re.IGNORECASE
)


def _died_apart(doc: Doc, sentence: Sentence, outcome: Hit) -> bool:
    """Whether a death word tells a death apart from the act: the death that set it off ("angered by the death of a
    child", "rioted after a young man died of his injuries"), or one in a relative clause ("relatives of a patient
    who died assaulted a nurse") not followed by an attack word or wounds ("who died in the shelling", "who later
    died of his wounds" are the act's)."""
    if outcome.value["outcome"] == "killed":
        window = max(sentence.start, outcome.start - 50)
        if _ANGERED.search(doc.text, window, outcome.start):
            return True
        after = _AFTER_DEATH.search(doc.text, window, outcome.start)
        if (
            after
            and not any(after.start() <= a.start < outcome.start for a in sentence.get("attacks"))
            and not _OF_WOUNDED.search(after.group())
        ):
            return True  # not "after the shelling two patients died", nor "after three of the wounded died overnight"
    if outcome.value["outcome"] != "killed" or not _WHO_DIED.search(
        doc.text, max(sentence.start, outcome.start - 30), outcome.start
    ):
        return False
    after = _HOW_DIED.match(doc.text, outcome.end, sentence.end)
    if after is None:
        return not outcome.value.get("later")  # "who later died of his wounds": the act's
    return not _OF_THE_ACT.search(after.group()) and not any(
        outcome.end <= a.start < after.end() for a in sentence.get("attacks")
    )


#: After a number, people told as more than those counted before ("two other nurses", "deux autres", "three more").
_MORE = re.compile(r"\s+(?:other|more|further|additional|autres|otros|otras|más)\b", re.IGNORECASE)
#: "also" right before an outcome ("was also taken away", "a également été enlevé", "fue también secuestrado").
_ALSO = re.compile(r"\b(?:also|aussi|également|también)\s+(?:(?:been|été|sido)\s+)?$", re.IGNORECASE)
#: A determiner of someone told before ("the nurse", "its driver", "les deux").
_TOLD_BEFORE = re.compile(
    r"(?:the|these|those|its|his|her|their|our|le|la|les|l['’]|ces|el|los|las|son|sa|ses|su|sus|leur|leurs|notre)\b",
    re.IGNORECASE,
)


def _also(doc: Doc, g: _Group, outcome: Hit) -> bool:
    """Whether people ``g`` told with a number or "a" are told as more by "also" before their outcome ("A patient was
    also taken away": one more than those taken before), not people told before ("the nurse was also beaten")."""
    q = next((q for q in g.spans if not isinstance(q, Hit)), None)
    return (
        q is not None
        and g.end <= outcome.start
        and bool(_ALSO.search(doc.text, max(g.end, outcome.start - 30), outcome.start))
        and not _TOLD_BEFORE.match(q.text)
        and not _DEFINITE_PLURAL.search(doc.text, max(0, q.start - 8), q.start)
    )


#: The counts "no one was hurt" sets to 0.
_ZEROED = ("killed", "injured", "health_workers_killed", "health_workers_injured")
#: People told by a bare number or by a word that does not tell who they were ("killing 4", "five people", "a
#: woman"): health workers may be among them.
_ANYONE = "anyone"
_ANYONE_WORDS = frozenset(
    [
        "people",
        "persons",
        "person",
        "individuals",
        "individual",
        "civilians",
        "civilian",
        "others",
        "victims",
        "passengers",
        "passenger",
        "bystanders",
        "bystander",
        "man",
        "men",
        "woman",
        "women",
        "resident",
        "residents",
        "personnes",
        "civils",
        "hommes",
        "femmes",
        "habitants",
        "victimes",
        "personas",
        "civiles",
        "víctimas",
        "hombres",
        "mujeres",
        "habitantes",
    ]
)
#: What "nobody" says no one of: everyone, or the staff only ("no casualties among health personnel", "none of
#: the staff was hurt"), hurt (nor killed) or killed.
_NOBODY = {
    (False, "injured"): _ZEROED,
    (False, "killed"): ("killed", "health_workers_killed"),
    (True, "injured"): ("health_workers_killed", "health_workers_injured"),
    (True, "killed"): ("health_workers_killed",),
}
#: Before "unharmed": someone freed from captivity ("released unharmed", "libéré sain et sauf"), no toll of the act.
_RELEASED = re.compile(rf"\b(?:{_FREED_WORDS})\s+$", re.IGNORECASE)
#: After "nobody", the people it is told among ("no casualties among the staff", "parmi le personnel").
_AMONG = re.compile(r"[^.;,:]{0,40}?\b(?:among|amongst|parmi|entre)\s+[^.;,:]*", re.IGNORECASE)
#: Statistic cues that are also the verbs of a report about one act.
_VERIFIED = frozenset(["recorded", "documented", "verified"])
#: Words right before an act that make it tried, threatened, prevented or feared, not done ("almost abducted",
#: "attempted to kidnap", "an attempted robbery", "a foiled raid", "prevented the occupation", "the threat of
#: arrest", "menacé de fermer", "amenazó con", "un intento de secuestro", "told they would be killed"), or that someone
#: is accused of ("arrested, accused of planting a bomb", "suspected of making explosives"): no act and
#: no victim. Read by the counts
#: here and by the attack types (``incidents._acts``).
UNDONE = re.compile(
    r"(?:\b(?:almost|nearly|narrowly|threats? of|threatened with|risk of|fear of|afraid of|feared|warned of|"
    r"attempted|foiled|thwarted|intentos? de|prevented\s+(?:the|an?|any)|"
    r"(?:accused|accusing\s+\w+|suspected|charged|convicted)\s+of\s+(?:planting|placing|making|carrying|possessing|"
    r"hiding|storing)(?:\s+(?:a|an|the|two|several|homemade|home-made))?)|"
    r"\b(?:threaten(?:ed|ing|s)?|attempt(?:ed|ing|s)?|tried|trying|failed|sought|menac\w*|menaç\w*|tenté|tentaient|"
    r"tentative)\s+(?:to|de|d['’])(?:\s+\w+ly)?|\b(?:amenaz\w*\s+con|intent\w*)|\b(?:would|will)|"
    # what the act is not to be confused with ("не слід плутати з атакою на саму лікарню")
    r"\b(?:confus\w*|confond\w*|confund\w*|плутати|сплутати|путать|спутать)\s+(?:with|avec|con|з|із|с)"
    r"(?:\s+(?:an?|the|une?|l['’]|la|el|una?))?)\s*(?:be\s+|being\s+)?$",
    re.IGNORECASE,
)
#: After an outcome noun, a word that makes it no act ("an arrest warrant", "a death threat").
_NOT_DONE = re.compile(r"\s+(?:warrants?|threats?|lists?|sentences?|penalty)\b", re.IGNORECASE)
#: After an Arabic injury verb, damage ("أصيبت السيارة بأضرار"): a thing hit, no one hurt.
_DAMAGE_AFTER_AR = re.compile(r"\s+(?:\S+\s+)?ب(?:ال)?(?:أضرار|اضرار|ضرر)")


def _thing_hit_ar(doc: Doc, sentence: Sentence, hit: Hit) -> bool:
    """Whether an Arabic injury verb tells a thing hit, not people hurt: a facility right after it ("أصيبت سيارة
    الإسعاف", the ambulance was hit; not "أصيب حارس المستوصف", the dispensary's guard was hurt) or damage ("أصيبت
    السيارة بأضرار", the vehicle was damaged)."""
    if not _ARABIC.match(hit.text):
        return False
    facilities = sentence.get("facilities")
    people = sentence.get("people")
    return bool(_DAMAGE_AFTER_AR.match(doc.text, hit.end)) or any(
        f.start >= hit.end
        and len(doc.text[hit.end : f.start].split()) <= 1
        and not any(hit.end <= p.start < f.start for p in people)  # "أصيب حارس المستوصف": its guard was hurt
        for f in facilities
    )


#: After a blow or a shot, a thing struck ("kicked open the back door", "beat on the gate", "grazed the bonnet", "shot
#: the ambulance"): no one hurt.
_AT_A_THING = re.compile(
    r"\s+(?:(?:open|in|down|on|at|out)\s+)?(?:the|a|an|its|their)\s+(?:[\w-]+\s+)?"
    r"(?:doors?|gates?|windows?|walls?|windscreens?|windshields?|tyres?|tires?|bonnets?|bodywork|vehicles?|cars?|"
    r"ambulances?)\b",
    re.IGNORECASE,
)


def _thing_hurt(doc: Doc, sentence: Sentence, hit: Hit) -> bool:
    """Whether an injury word is told in the passive of a facility or a vehicle, its clause naming no person before
    it ("an ambulance was shot near the town", "una ambulancia del hospital fue baleada"; not "a nurse of the hospital
    was shot"): it was hit, no one told hurt."""
    clause = max((m.end() for m in _CLAUSE_MARK.finditer(doc.text, sentence.start, hit.start)), default=sentence.start)
    things = [
        f for f in sentence.get("facilities") if clause <= f.start and f.end <= hit.start and "facility_type" in f.value
    ]
    people = [p for p in sentence.get("people") if clause <= p.start and p.end <= hit.start and "group" in p.value]
    return (
        bool(things) and not people and bool(_PASSIVE.search(doc.text[max(things[-1].end, hit.start - 20) : hit.start]))
    )


#: After "held", a stop at a checkpoint in the same clause ("the ambulance was held at a checkpoint for three hours",
#: "retenue pendant deux heures à un barrage", "held for approx. 5 hrs at an army CP"): the vehicle's passage
#: obstructed, nobody taken.
_AT_CHECKPOINT = re.compile(
    r"(?:[^,;.:]|\.(?=\s?[a-z\d])){0,60}?\b(?:checkpoints?|roadblocks?|barrages?|barrières?|retenes?|retén|"
    r"puestos? de control|(?-i:CPs?))\b",
    re.IGNORECASE,
)
#: The words that hold people as well as vehicles ("was held", "fue retenida", "a été retenu"): at a checkpoint
#: (``_AT_CHECKPOINT`` after them) a passage held up, else people held.
HOLD = re.compile(r"\b(?:reten\w*|held)\b", re.IGNORECASE)
#: After the French "arrêté", the road someone was stopped on ("arrêté sur la route entre A et B par des hommes en
#: armes"): a stop, not an arrest.
_ON_THE_ROAD = re.compile(
    r"\s+(?:sur\s+la\s+route|sur\s+l['’]axe|en\s+route|sur\s+le\s+chemin|à\s+un\s+barrage)\b", re.I
)
#: Between two outcomes of the same people ("abducted and later killed", "beaten, then arrested").
_THEN = re.compile(
    r"\s*,?\s*(?:and|then|before being|et|puis|y)\s+(?:(?:then|later|subsequently|reportedly|allegedly|also|was|were|"
    r"being|been|ont|a|été|fueron|luego)\s+)*",
    re.IGNORECASE,
)


def _then(doc: Doc, first: Hit, outcomes: list[Hit]) -> list[Hit]:
    """``first`` and the outcomes of other kinds told right after it of the same people ("were abducted and
    later killed", "was beaten and arrested", "beat a surgeon and then took him into custody")."""
    chain = [first]
    for o in outcomes:
        told = {c.value["outcome"] for c in chain}
        if (
            o.start >= chain[-1].end
            and o.value["outcome"] not in told
            and (
                _THEN.fullmatch(doc.text, chain[-1].end, o.start)
                or (
                    _AND_THEN.search(doc.text, chain[-1].end, o.start)
                    and _OBJECT_PRONOUN.match(doc.text, o.start)
                    and o.start - chain[-1].end <= 80
                )
            )
        ):
            chain.append(o)
    return chain


#: Acts told as several ("separate attacks", "a series of raids"): counts and grouping both read it.
SEVERAL_ACTS = (
    r"(?:separate|several|multiple|different|distinct|coordinated|simultaneous|a series of|a spate of|a wave of)"
    r"\s+(?:[\w-]+\s+)?(?:attacks|incidents|strikes|airstrikes|raids|shootings|assaults|ambushes|bombings)\b"
)
#: Several acts told together, whose toll is no one act's ("in separate attacks", "in a series of raids").
_SEPARATE = re.compile(rf"\b(?:in|during)\s+{SEVERAL_ACTS}", re.IGNORECASE)
#: Acts told as like the one reported ("detained in similar circumstances", "dans des circonstances similaires", "en
#: circunstancias similares"): other acts, whose toll is no one act's.
_SIMILAR = re.compile(
    r"\b(?:in|under)\s+(?:similar|the\s+same)\s+circumstances|\bdans\s+des\s+circonstances\s+(?:similaires|"
    r"analogues)|\ben\s+circunstancias\s+(?:similares|parecidas)",
    re.IGNORECASE,
)
#: Acts told as repeated over days ("struck twice in three days", "à deux reprises en une semaine", "dos veces en
#: tres días", "on two consecutive days"), whose toll is no one act's.
_SPREAD = re.compile(
    r"\b(?:(?:twice|two times|three times|several times|repeatedly|deux fois|trois fois|"
    r"à (?:deux|trois|plusieurs) reprises|dos veces|tres veces|en (?:dos|tres|varias) ocasiones)\s+"
    r"(?:in|within|over|en|durante)\s+(?:(?:the|l['’]espace|de|of|less|than|moins|menos)\s+)*"
    r"(?:two|three|four|five|six|seven|ten|a|one|\d+|deux|trois|quatre|cinq|une|un|dos|tres|cuatro|cinco|una)\s+"
    r"(?:days|weeks?|months?|jours|semaines?|mois|días|semanas?|meses)|"
    r"(?:on|over)\s+(?:two|three|consecutive|successive|separate|different)\s+(?:consecutive\s+|successive\s+)?days"
    r"|days\s+apart)\b",
    re.IGNORECASE,
)
#: A trailing clause that tells another act, on another day (", a day after", ", days before").
_OTHER_EVENT = re.compile(
    r",\s+(?:(?:a|one|two|three|four|five|six|several|just|only|the|some)\s+)?(?:hours|day|days|week|weeks|month|"
    r"months)\s+(?:after|before|earlier|later)\b",
    re.IGNORECASE,
)
#: People told as members or employees of health care by a relative clause ("women who were part of a
#: vaccination team", "a man who worked at the clinic").
_WHO_WORKED = re.compile(
    r",?\s+(?:who|that)\s+(?:(?:is|are|was|were|had\s+been|has\s+been|have\s+been)\s+)?(?:also\s+)?"
    r"(?:part|members?|working|worked|works|employed|"
    r"serving|served|volunteering|volunteers?)\b",
    re.IGNORECASE,
)


#: Between a person and someone told in a clause that qualifies them ("a mother who had brought her son", "a woman
#: waiting for her daughter's delivery"): a relative word or a participle right after the first (no comma: not
#: "armed men, leaving three employees injured"), then no break before the second.
_QUALIFYING = re.compile(
    r"\s+(?:who|whose|that|qui|que|quien|(?!(?:including|excluding|during|according|following|regarding)\b)[a-z]+ing)\b(?:(?!\b(?:and|or|et|ou|y|o)\b)[^,;.:])*$",
    re.IGNORECASE,
)


_CLAUSE_MARK = re.compile(r"[,;.:]")


def _told_of_another(doc: Doc, before: Hit, hit: Hit, outcomes: list[Hit]) -> bool:
    """Whether people ``hit`` are told of the person ``before`` them rather than as more victims: named in a clause
    qualifying that person ("a nurse and a mother who had brought her son were injured", "five were killed: a
    nurse and a man who had brought his son"), or
    that person told again by the same noun ("the nurse and the driver were injured, the driver seriously"; in
    Cyrillic, in another case: "ранены водитель и фельдшер: у водителя ... ранения")."""
    if _CYRILLIC.match(hit.text) and not hit.value.get("plural") and not before.value.get("plural"):
        return hit.text.lower()[:5] == before.text.lower()[:5]
    if any(before.end <= o.start < hit.start for o in outcomes):
        return bool(
            not hit.value.get("plural")
            and hit.text.lower() == before.text.lower()
            and re.search(r"\bthe\s+$", doc.text[max(0, hit.start - 5) : hit.start], re.IGNORECASE)
        )
    return bool(_QUALIFYING.match(doc.text[before.end : hit.start]))


def _in_compound(doc: Doc, hit: Hit, people: list[Hit]) -> bool:
    """Whether a people word is joined by a hyphen to a word that names no one ("a mother-and-child health
    centre"; not "a nurse-midwife", one person named by two nouns)."""
    before = hit.start > 0 and doc.text[hit.start - 1] == "-" and not any(p.end == hit.start - 1 for p in people)
    after = doc.text[hit.end : hit.end + 1] == "-" and not any(p.start == hit.end + 1 for p in people)
    return before or after


#: What may stand before a sentence's first word: blanks, quotes, brackets, a bullet.
_OPENING_MARKS = " \t\n\"'“‘«(•*-–—"
#: "He" or "she" opening a sentence right before a death told without a passive ("She died on the way", "Elle est
#: décédée à l'hôpital", "Ella falleció"): the person named before died.
_PRONOUN_DIED = re.compile(
    r"\b(he|she|il|elle|él|ella)\s+(?:(?:est|a|later|then|also)\s+)?(?:\w+ly\s+)?$", re.IGNORECASE
)
_DIED = re.compile(r"(?:died|succumbed|perished|décédée?|mort|morte|murió|falleció|morreu|faleceu)\b", re.IGNORECASE)
#: The French ways a sentence opens on the one person harmed: "Il a été blessé", "Elle souffre de blessures",
#: "Ils l'ont roué de coups" (the elided object pronoun is the person).
_PRONOUN_HARMED = re.compile(
    r"\b(il|elle)\s+(?:a|avait)\s+été\s+(?:\w+ment\s+)?$|"
    r"\b(il|elle)\s+(?:souffre|souffrait|présente|présentait)\s+(?:de\s+|d['’]\s*)(?:\w+\s+)?$|"
    r"\b(?:ils|elles|on)\s+(l)['’](?:ont|a|avaient|avait)\s+(?:\w+ment\s+)?$",
    re.IGNORECASE,
)


#: Those who did it, opening a sentence before its act ("They", "The men", "The attackers then").
_DOERS_OPENING = re.compile(
    r"\W*(?:they|the\s+(?:men|attackers|assailants|gunmen|soldiers|youths?))(?:\s+then)?\s+", re.IGNORECASE
)


def _opening(doc: Doc, sentence: Sentence, pronoun: re.Pattern[str], outcome: Hit) -> re.Match[str] | None:
    """The pronoun (``pronoun``'s match) that opens ``sentence`` right before ``outcome`` ("He was", "They were"), or
    None when other words open the sentence."""
    m = pronoun.search(doc.text, sentence.start, outcome.start)
    return m if m is not None and not doc.text[sentence.start : m.start()].strip(_OPENING_MARKS) else None


def _pronoun_person(doc: Doc, sentence: Sentence, outcomes: list[Hit]) -> _Group | None:
    """The one person a sentence opening on "He was" or "She was" (or "She died", "Il a été", "Elle souffre de",
    "Ils l'ont", "They beat him") tells the outcome of: the last person named alone in the sentence before, in the
    same paragraph ("Our night guard, Wilner, tried to close the door. He was shot dead on the steps.")."""
    if sentence.index == 0:
        return None
    # harm, not an arrest ("He was arrested later": often a suspect), told of "he" or "she" opening the sentence
    told = [
        (o, *pronoun.span(next(n for n, g in enumerate(pronoun.groups(), 1) if g)))
        for o in outcomes
        if o.value["outcome"] in ("killed", "injured")
        and (
            pronoun := _opening(doc, sentence, _PRONOUN_PASSIVE, o)
            or (_DIED.match(o.text) and _opening(doc, sentence, _PRONOUN_DIED, o))
            or _opening(doc, sentence, _PRONOUN_HARMED, o)
        )
        and any((g or "").lower() in ("he", "she", "il", "elle", "él", "ella", "l") for g in pronoun.groups())
    ]
    # ... or of "him" or "her" right after the harm, its doers opening the sentence ("They beat him with sticks")
    told += [
        (o, *pronoun.span(1))
        for o in outcomes
        if o.value["outcome"] == "injured"
        and (pronoun := _PRONOUN_OBJECT.match(doc.text, o.end, sentence.end)) is not None
        and pronoun.group(1).lower() in ("him", "her")
        and _DOERS_OPENING.fullmatch(doc.text, sentence.start, o.start)
    ]
    # ... or of a death verb opening the sentence, its subject left unsaid as Spanish and Portuguese do ("Murió en
    # el lugar.", "Faleceu a caminho do hospital.")
    told += [
        (o, o.start, o.end)
        for o in outcomes
        if o.value["outcome"] == "killed"
        and _DIED.match(o.text)
        and not doc.text[sentence.start : o.start].strip(_OPENING_MARKS)
    ]
    if not told:
        return None
    outcome, start, end = told[0]
    before = doc.sentences[sentence.index - 1]
    people = [
        h
        for h in before.get("people")
        if not h.value.get("plural") and h.value["group"] not in ("agent", "organisation")
    ]
    if not people or before.paragraph != sentence.paragraph:
        return None
    hit = people[-1]
    kind = "health_worker" if _works_in_health(doc, before, hit) else hit.value["group"]
    return _Group(start, end, kind, 1, [hit], outcome)


def _pronoun_people(doc: Doc, sentence: Sentence, outcomes: list[Hit]) -> _Group | None:
    """The people a sentence opening on "They were" tells the harm or the abduction of: the last counted people of
    the sentence before, in the same paragraph ("A vehicle carrying three health workers was stopped by armed men.
    They were abducted.")."""
    if sentence.index == 0:
        return None
    told = [
        (o, pronoun)
        for o in outcomes
        if o.value["outcome"] in ("killed", "injured", "abducted")
        and (pronoun := _opening(doc, sentence, _PRONOUN_PASSIVE, o)) is not None
        and pronoun.group(1).lower() == "they"
    ]
    before = doc.sentences[sentence.index - 1]
    if not told or before.paragraph != sentence.paragraph:
        return None
    read_quantities(doc, before)
    counted = [
        (q, h)
        for h in before.get("people")
        if h.value.get("plural") and h.value["group"] not in ("agent", "organisation")
        for q in before.quantities
        if q.value and 0 <= h.start - q.end <= 25 and _words_apart(doc.text[q.end : h.start]) <= 2
    ]
    if not counted:
        return None
    (outcome, pronoun), (q, hit) = told[0], counted[-1]
    return _Group(pronoun.start(1), pronoun.end(1), hit.value["group"], q.value, [hit, q], outcome)


def _works_in_health(doc: Doc, sentence: Sentence, hit: Hit) -> bool:
    """Whether people of another group are told as working in health care by the clause after them
    ("three women who were part of a polio vaccination team"): a health worker or facility word within
    40 characters of the clause's verb."""
    if hit.value["group"] != "other" or not (m := _WHO_WORKED.match(doc.text, hit.end, sentence.end)):
        return False
    near = [h for h in sentence.get("people") if h.value["group"] == "health_worker"] + sentence.get("facilities")
    return any(0 <= h.start - m.end() <= 40 for h in near)


#: Who runs a facility, told with its staff ("the director and 14 medical staff", "its head and two nurses").
_HEAD_AND = re.compile(
    r"\b(?:the|its|their|his|her|le|la|son|sa|el|su)\s+(?P<head>director|head|manager|administrator|superintendent|"
    r"chief|directeur|directrice|responsable|director|directora|jefe|jefa)\s+(?:and|et|y)\s+",
    re.IGNORECASE,
)

_ONE_HEALTH_WORKER = {"group": "health_worker", "plural": False}


def _heads_of_staff(doc: Doc, sentence: Sentence, people: list[Hit]) -> list[Hit]:
    """``people`` and the head of a facility told with health workers next to it ("the director and at least 14
    medical staff were abducted"): one of them, a health worker."""
    if not any(h.value.get("group") == "health_worker" for h in people):  # cheaper first: no staff, no head
        return people
    heads = [
        Hit("people", m.start("head"), m.end("head"), m.group("head"), "people.head_with_staff", _ONE_HEALTH_WORKER)
        for m in _HEAD_AND.finditer(doc.text, sentence.start, sentence.end)
        if not any(h.start <= m.start("head") < h.end for h in people)
        and any(h.value["group"] == "health_worker" and 0 <= h.start - m.end() <= 25 for h in people)
    ]
    return sorted(people + heads, key=lambda h: h.start) if heads else people


def _staff_only(doc: Doc, sentence: Sentence, hit: Hit) -> bool:
    """Whether "nobody" (``hit``) is told among health workers only ("no casualties among health personnel";
    not "among patients or staff")."""
    if (among := _AMONG.match(doc.text, hit.end)) is None:
        return False
    told = [h for h in sentence.get("people") if among.start() <= h.start < among.end()]
    return bool(told) and all(h.value["group"] == "health_worker" or _works_in_health(doc, sentence, h) for h in told)


def _zero(result: dict[str, Any], names: tuple[str, ...], spans: list[Any], some: bool) -> None:
    """Set ``names`` to 0 where the sentence tells no other value, with ``spans`` as the words; ``some`` when
    they tell someone unhurt ("the driver was unharmed"): nobody, unless another sentence tells someone hurt."""
    for name in names:
        if name not in result:
            result[name] = 0
            result["spans"].setdefault(name, []).extend(spans)
            if some:
                result.setdefault("unhurt", set()).add(name)
    if "injured" in names:
        result.pop("injured_unspecified", None)
        result["spans"].pop("injured_unspecified", None)


#: Before people, a vehicle's carrying them ("an ambulance carrying a woman", "qui transportait une femme", "que
#: trasladaba a un hombre"): they are its load, not the people an arrest or an abduction of the vehicle took.
CARRIED_BEFORE = re.compile(
    r"\b(?:carrying|transporting|evacuating|transportait|transportant|évacuait|trasladaba|trasladando|transportaba|"
    r"transportando|llevaba|carregava|transportava)\s+(?:[^\W\d][\w'’-]*\s+){0,6}$",
    re.IGNORECASE,
)


def _carried(doc: Doc, g: _Group) -> bool:
    """Whether the people of group ``g`` are told as a vehicle's load (:data:`CARRIED_BEFORE`)."""
    at = next((h.start for h in g.spans if isinstance(h, Hit) and h.set == "people"), g.start)
    return bool(CARRIED_BEFORE.search(doc.text, max(0, at - 60), at))


#: "Others" after a group told with its outcome: more of the same kind ("three paramedics were killed and four
#: others were wounded"), as "another" is.
_OTHERS = frozenset({"others", "autres", "otros", "otras"})
_OTHERS_JOIN = re.compile(r"\s+(?:were|was|have\s+been|ont\s+été|fueron)\s+\w+\s*,?\s+(?:and|et|y)\s+", re.IGNORECASE)


#: After people, arms they carry: the perpetrators ("four men armed with rifles", "cuatro hombres con armas de fuego",
#: "trois hommes armés").
_ARMED_AFTER = re.compile(
    r"\s+(?:armed|carrying\s+(?:guns|rifles|firearms|weapons|knives|machetes)|with\s+(?:guns|rifles|firearms|"
    r"weapons|knives|machetes)|con\s+(?:armas|fusiles|pistolas|machetes|cuchillos)|armad[oa]s|armée?s|en\s+armes)\b",
    re.IGNORECASE,
)
#: Before a number, "both" as French and Spanish say it ("tous deux", "tous les deux", "todos los"): people told
#: again.
_BOTH = re.compile(r"\b(?:tou[st]e?s?|tod[oa]s)\s+(?:les\s+|los\s+|las\s+)?$", re.IGNORECASE)
#: A number written as a year of this century or the last ("2023").
_YEAR = re.compile(r"(?:19|20)\d\d")
#: Right before a year, the word placing something in it ("in 2018", "en 2018", "desde 2019", "depuis 2020").
_YEAR_OF = re.compile(r"\b(?:in|en|em|since|desde|depuis|until|hasta|jusqu['’]en)\s+$", re.IGNORECASE)


#: People taken to care, not by force ("took two patients to the hospital", "seized the wounded to safety").
_TO_CARE = re.compile(
    r"\s+(?:to|into|towards?)\s+(?:the\s+|a\s+|an\s+|safety\b)(?:[\w-]+\s+){0,3}?"
    r"(?:hospital|clinic|health|care|treatment|safety|ambulance|doctor)",
    re.IGNORECASE,
)


def _taken_people(doc: Doc, sentence: Sentence, taking: Hit) -> bool:
    """Whether a plain verb and its object ("took two", "seized a") take people by force: people (not the
    agents) follow within a word, and are not taken to care."""
    after = [  # "took two nurses", "took away the wounded man" (the wound word aside)
        h
        for h in sentence.get("people")
        if h.start >= taking.end
        and len(_PEOPLE_WORD.sub("", doc.text[taking.end : h.start])) <= 12
        and h.value["group"] not in ("agent", "organisation")
    ]
    others = [
        o
        for o in sentence.get("casualties")
        if o.value["outcome"] in ("abducted", "arrested") and not o.value.get("object")
    ]  # "took the wounded man out and drove him away": one taking, told by the other words
    # "He and the paramedic took the child out and ran with him": carers take people to safety, not by force
    carers = [
        h for h in sentence.get("people") if h.value["group"] == "health_worker" and 0 <= taking.start - h.end <= 3
    ]
    return bool(after) and not others and not carers and not _TO_CARE.match(doc.text, after[0].end, sentence.end)


#: Between a titled name and the facility word after it: more capitalised words ("Dr. Eliseo *Parra* Hospital").
_MORE_NAME = re.compile(r"(?:\s+[A-Z][\w'’.-]*){0,3}\s+")


def _namesake(doc: Doc, sentence: Sentence, hit: Hit) -> bool:
    """Whether a titled name ("Dr. Eliseo") is a facility's namesake, part of its name ("Hospital Dr. Eliseo
    Parra", "Dr. Sulaiman Fakeeh Hospital"), not a person of the report."""
    if hit.rule != "people.titled_doctor":
        return False
    return any(
        0 <= hit.start - f.end <= 1 or _MORE_NAME.fullmatch(doc.text, hit.end, f.start) is not None
        for f in sentence.get("facilities")
    )


#: After a number, a noun (not "of", "people" words are read as people before): things counted ("two motorbikes").
_THING_AFTER = re.compile(r"\s+(?!of\b|de\b|others?\b|more\b)[^\W\d_]{3,}", re.IGNORECASE)


#: Right before an injury word, its absence ("released without injury", "relâché sans blessure", "sin heridas").
_WITHOUT = re.compile(r"\b(?:without(?:\s+any)?|sans|sin|sem)\s+$", re.IGNORECASE)


#: Victims and the part of them who died: "eight casualties, two of them fatal", "huit victimes, dont deux
#: mortelles", "ocho víctimas, dos de ellas mortales" (the number of each is read from the sentence's quantities).
_FATAL_PART = re.compile(
    r"(?P<all>\S+)\s+(?:casualties|victims|victimes|víctimas|vítimas),?\s+(?:dont|including|de\s+ellas|de\s+las\s+cuales|"
    r"das\s+quais)?\s*(?P<part>\S+)\s+(?:of\s+them\s+|de\s+ellas\s+)?(?:fatal|mortelles?|mortales?|fatais|fatale?s?)\b",
    re.IGNORECASE,
)


def _fatal_part(doc: Doc, sentence: Sentence, quantities: list[Any], result: dict[str, Any]) -> None:
    """A toll told as victims and the part of them who died ("huit victimes, dont deux mortelles", "eight
    casualties, two of them fatal"): that part killed, the rest injured (not all eight)."""
    text = doc.text[sentence.start : sentence.end]
    if not (m := _FATAL_PART.search(text)):
        return
    at = {q.start - sentence.start: q for q in quantities}
    whole, part = at.get(m.start("all")), at.get(m.start("part"))
    if whole is None or part is None or not 0 < part.value < whole.value:
        return
    if result.get("killed") not in (None, part.value, whole.value) or result.get("injured") not in (None, whole.value):
        return  # the sentence counts otherwise
    result["killed"], result["injured"] = part.value, whole.value - part.value
    result["spans"]["killed"], result["spans"]["injured"] = [part], [whole]


#: Before health workers, the number of the dead or the wounded they were ("Three of the dead were health workers", "two
#: of the dead were hospital employees", "deux des blessés sont des infirmiers").
_OF_VICTIMS_WERE = re.compile(
    r"\b(?P<n>\d{1,3}|one|two|three|four|five|six|seven|eight|nine|ten|un|une|deux|trois|quatre|cinq|uno|una|dos|tres|"
    r"cuatro|cinco)\s+(?:of\s+the|of\s+those|des|de\s+los|de\s+las)\s+(?:(?P<killed>dead|killed|morts|tués|muertos|"
    r"fallecidos)|(?P<injured>injured|wounded|blessés|heridos))\s+(?:were|was|are|sont|étaient|eran|son|fueron)\s+"
    r"(?:all\s+)?(?:(?:des|de|[\w'’-]+)\s+){0,2}$",
    re.IGNORECASE,
)


def _victims_who(doc: Doc, sentence: Sentence) -> list[tuple[str, int, list[Any]]]:
    """The health workers among the dead or the wounded a sentence numbers ("Three of the dead were health workers"):
    (count name, number, spans)."""
    from notatarget.extract.numbers import parse_number

    out = []
    for hit in sentence.get("people"):
        if hit.value.get("group") != "health_worker":
            continue
        m = _OF_VICTIMS_WERE.search(doc.text, max(sentence.start, hit.start - 80), hit.start)
        if m is None or (n := parse_number(m["n"], doc.language)) is None:
            continue
        name = "health_workers_killed" if m["killed"] else "health_workers_injured"
        out.append((name, n, [Span(m.start(), hit.end, doc.text[m.start() : hit.end], "count.of_victims")]))
    return out


def count_sentence(doc: Doc, sentence: Sentence, within: tuple[int, int] | None = None) -> dict[str, Any]:
    """Component helper: casualty counts one sentence tells, with the spans supporting them.

    Each people phrase (with its number) and each bare number next to an outcome word ("11 killed",
    "killing 11") is given to the nearest outcome word; totals add up the groups unless one is told as
    part of another ("including two nurses"), and members named in apposition are not counted twice. With
    ``within`` (offsets), only the people told there count (the part of a sentence about one facility).
    A table row's cells are counted apart, a toll told again in another cell is the same toll ("the woman it
    carried died | 1 patient died": one killed)."""
    cells = _cells(doc, sentence)
    if cells:
        return _restated(count_sentence(doc, cell, within) for cell in cells)
    from notatarget.extract.numbers import Quantity

    # vague amounts ("dozens") are no number: the count stays unknown
    quantities = [
        q
        for q in sentence.quantities
        if q.rule != "number.vague"
        and not any(d and d.start <= q.start < d.end for d in sentence.dates)
        # "convicts 3 for 2023 kidnapping of a midwife": a year before the act noun, no count
        and not (_YEAR.fullmatch(q.text) and any(0 < h.start - q.end <= 2 for h in sentence.get("casualties")))
        # "había atendido en 2018 a manifestantes heridos", "since 2019": a year, no count
        and not (_YEAR.fullmatch(q.text) and _YEAR_OF.search(doc.text, max(sentence.start, q.start - 8), q.start))
    ]
    text = doc.text[sentence.start : sentence.end]
    quantities += [  # "killed one nurse and injured another": one more of the same
        Quantity(sentence.start + m.start(), sentence.start + m.end(), m.group(), 1, False, "count.another")
        for m in _ANOTHER.finditer(text)
        if not any(sentence.start + m.start() <= q.start < sentence.start + m.end() for q in quantities)  # "one other"
    ]
    quantities += [  # "un muerto y dos heridos": one dead
        Quantity(sentence.start + m.start(), sentence.start + m.end(), m.group(), 1, False, "count.one")
        for m in _ONE_OUTCOME.finditer(text)
    ]
    quantities.sort(key=lambda q: q.start)
    apart = [h for h in sentence.get("casualties") if _died_apart(doc, sentence, h)]
    outcomes = [
        h
        for h in sentence.get("casualties")
        if h.value["outcome"] in _OUTCOMES
        and not _ILLNESS.match(doc.text, h.end)  # "a patient who died of cholera"
        and not UNDONE.search(doc.text[max(sentence.start, h.start - 30) : h.start])  # "almost abducted"
        and not _NOT_DONE.match(doc.text, h.end)  # "an arrest warrant"
        and not (h.value["outcome"] == "injured" and _AT_A_THING.match(doc.text, h.end))  # "kicked open the door"
        and not (h.value["outcome"] == "injured" and _thing_hurt(doc, sentence, h))  # "the ambulance was shot"
        and not (h.value["outcome"] == "injured" and _thing_hit_ar(doc, sentence, h))
        and not (
            h.value["outcome"] == "injured" and _WITHOUT.search(doc.text, max(sentence.start, h.start - 12), h.start)
        )
        and not (HOLD.search(h.text) and _AT_CHECKPOINT.match(doc.text, h.end, sentence.end))
        and not (h.text.lower().startswith("arrêté") and _ON_THE_ROAD.match(doc.text, h.end))  # stopped, not arrested
        and h not in apart  # "relatives of a patient who died stormed the ward"
        and not any(b.start <= h.start < b.end for b in _cues(sentence, "body"))  # "cardiac arrest"
        and (not h.value.get("object") or _taken_people(doc, sentence, h))  # "took two nurses", not "took place"
        # "took away boxes of medicines": things taken, no one
        and not (h.value.get("taken") and _THING_TAKEN.match(doc.text, h.end, sentence.end))
        and not (  # a log row's field label "Casualties:" tells no injury ("Casualties: 1 patient died")
            h.text.lower() == "casualties"
            and doc.text[h.end : h.end + 1] == ":"
            and not doc.text[sentence.start : h.start].strip()
        )
    ]
    people = [h for h in sentence.get("people") if not _namesake(doc, sentence, h)]
    # "ont emmené le blessé", "se llevaron a los heridos", "took away the wounded": the wounded as the object of
    # another outcome's verb are people it was done to, no injury of the act
    taken = [
        o
        for o in outcomes
        if o.value["outcome"] == "injured"
        and _PEOPLE_WORD.fullmatch(o.text)
        and _done_to(doc, o, [x for x in outcomes if x is not o])
        and not any(0 <= h.start - o.end <= 2 for h in people)
    ]
    for o in taken:
        plural = o.text.lower().endswith("s") or doc.language not in ("fr", "es", "pt")
        people.append(Hit("people", o.start, o.end, o.text, _ONE_CARED, {"group": "patient", "plural": plural}))
    people.sort(key=lambda h: h.start)
    outcomes = [o for o in outcomes if o not in taken]
    # "collecting a wounded civilian", "a wounded relative": people told as wounded before, cared for or named
    # by it, are no casualties of the act; the adjective is no outcome either
    cared = [
        o
        for o in outcomes
        if (
            (_PEOPLE_WORD.fullmatch(o.text) or _WOUND_NOUN.fullmatch(o.text))
            and (
                any(0 < h.start - o.end <= 2 or (h.start <= o.start and o.end <= h.end) for h in people)
                or (  # "des patients blessés par balle admis", "the number of wounded arriving"
                    _ADMITTED.match(doc.text, o.end)
                    and (
                        any(0 < o.start - h.end <= 2 for h in people)
                        or re.search(r"\b(?:of|the|des|les|de|los|las)\s+$", doc.text[max(0, o.start - 6) : o.start])
                    )
                )
                or _CARED_FOR.search(doc.text, max(sentence.start, o.start - 40), o.start)
                or _OF_THE.search(doc.text, max(sentence.start, o.start - 30), o.start)
            )
        )
        or _with_wounds(doc, sentence, o)
    ]
    outcomes = [o for o in outcomes if o not in cared]
    wounded_before = [  # "a nurse who was wounded in the attack died of her injuries": the death's wound
        o
        for o in outcomes
        if o.value["outcome"] == "injured"
        and any(o.end <= x.start and x.value.get("later") for x in outcomes)
        and (
            _WHO_WAS.search(doc.text, max(sentence.start, o.start - 30), o.start)
            # "A nurse wounded when gunmen opened fire ... has died of her injuries": the participle after its noun
            or any(h.end < o.start and not doc.text[h.end : o.start].strip() for h in sentence.get("people"))
        )
    ]
    # ... the wound is the death: the wounded are counted dead where the wound is told
    outcomes = [replace(o, value={"outcome": "killed", "later": True}) if o in wounded_before else o for o in outcomes]
    if any(o.value["outcome"] == "killed" for o in outcomes):  # "shot in the head and killed": how, not a wound
        outcomes = [o for o in outcomes if not o.value.get("means")]
    if any(o.value["outcome"] in ("abducted", "arrested") and not o.value.get("taken") for o in outcomes):
        outcomes = [o for o in outcomes if not o.value.get("taken")]  # "arrested and taken away": one act
    taken = any(o.value["outcome"] == "abducted" for o in outcomes)
    groups: list[_Group] = []
    used: set[int] = set()
    chemical = [h for h in sentence.get("attacks") if h.rule == "attack.chemical"]  # not tear gas
    speakers = _speakers(doc, sentence, outcomes)
    people = _heads_of_staff(doc, sentence, people)
    for o in cared:  # "one of the wounded died", "l'un des deux blessés est décédé": one of those cared for
        if (of := _OF_THE.search(doc.text, max(sentence.start, o.start - 30), o.start)) and of["one"]:
            used.update(id(q) for q in quantities if of.start() <= q.start < o.start)
            people.append(Hit("people", of.start(), o.end, o.text, _OF_THE_WOUNDED, _ONE_PATIENT))
        elif of:  # "two of the wounded": the number before counts them
            people.append(Hit("people", o.start, o.end, o.text, _OF_THE_WOUNDED, {"group": "patient", "plural": True}))
    people.sort(key=lambda h: h.start)
    unhurt = [h for h in sentence.get("casualties") if h.value["outcome"] == "none" and h.value.get("some")]
    for n, hit in enumerate(people):
        if any(
            (0 <= hit.start - u.end <= 30 and not _CLAUSE_MARK.search(doc.text, u.end, hit.start))
            if _ARABIC.match(u.text)  # "لم يُصب السائق والمريض بأذى": the verb told before them
            else (0 <= u.start - hit.end <= 40 and not _CLAUSE_MARK.search(doc.text, hit.end, u.start))
            for u in unhurt
        ):
            continue  # "лікарка та фельдшер не постраждали", "the driver was unharmed": told unhurt
        if hit.text == "son" and doc.language in ("fr", "es"):
            continue  # the French possessive, the Spanish verb ("arrêté dans son service"), not a son
        if hit.value["group"] == "agent" or (hit.value["group"] == "other" and _ARMED_AFTER.match(doc.text, hit.end)):
            # "two gunmen shot dead a nurse", "cuatro hombres con armas de fuego golpearon al vigilante": who did it
            used.update(id(q) for q in _count_for(doc, hit, quantities, used)[1:] if q is not None)
            continue
        if hit.value["group"] == "organisation" or (
            hit.rule not in (_ONE_CARED, _OF_THE_WOUNDED)
            and any(
                (0 < hit.start - o.end <= 2 or (hit.start <= o.start and o.end <= hit.end))
                and not _done_to(doc, o, outcomes)
                for o in cared
            )
            # ... but "the wounded man was killed": the wounded cared for, then killed
            and not ((after := _right_after(doc, hit.end, outcomes)) is not None and after.value["outcome"] == "killed")
        ):
            continue
        if _SAME_PERSON.search(doc.text[max(sentence.start, hit.start - 30) : hit.start]):
            continue  # "a surgeon who was head of the hospital": told again, one person
        if any(_told_of_another(doc, p, hit, outcomes) for p in people[:n]):
            continue  # "a mother who had brought her son", "the driver seriously": no one more
        if any(
            _DIED_BEFORE.fullmatch(doc.text, hit.end, d.start) or _DEATH_OF.fullmatch(doc.text, d.end, hit.start)
            for d in apart
        ):
            continue  # "after a young driver died", "the death of a child": who died apart from the act
        if (
            (_CYRILLIC.match(hit.text) or (_ARABIC.match(hit.text) and not hit.text.startswith("و")))  # not "and"
            and n
            and re.fullmatch(r"\s+", doc.text[people[n - 1].end : hit.start])
        ):
            continue  # "водій бригади", "مرافق مريض": the crew's driver, a patient's companion; no one else
        if n and _OF_PERSON.fullmatch(doc.text, people[n - 1].end, hit.start):
            continue  # "les accompagnantes de la patiente", "the relatives of a patient": whose they are
        if _WHOSE.match(doc.text, hit.end) and any(0 < p.start - hit.end <= 25 for p in people[n + 1 : n + 2]):
            continue  # "a patient's mother": whose she is
        if (
            _WHOSE.match(doc.text, hit.end)
            and (told := [o for o in outcomes if o.end <= hit.start])
            and told[-1].value.get("taken")
        ):
            continue  # "took away a laptop and a nurse's phone": whose the goods were
        if hit.text.lower() in _FAMILY and _HAS.search(doc.text, max(sentence.start, hit.start - 30), hit.start):
            # "the nurse, she has two children": someone's family, told of them, and their number no one's count
            used.update(id(q) for q in _count_for(doc, hit, quantities, used)[1:] if q is not None)
            continue
        if _in_compound(doc, hit, people):
            continue  # "a mother-and-child health centre": a word inside a compound
        following = [h for h in people[n + 1 : n + 2] + sentence.get("facilities") if h.start >= hit.end]
        if (
            not _ARABIC.match(hit.text)
            and not _CYRILLIC.match(hit.text)
            and (
                any(re.fullmatch(r"[\s-]*", doc.text[hit.end : h.start]) for h in following)
                or _MODIFIED.match(doc.text, hit.end)  # "a midwife training centre", "the doctors' union"
            )
        ):
            continue  # "a volunteer paramedic" is one person, named by the last noun; "a volunteer ambulance" none
        before = doc.text[max(sentence.start, hit.start - 40) : hit.start]
        if _AGENT.search(before) or _AGENT_AR.search(before) or _speaker(doc, sentence, hit, speakers):
            continue  # "killed by a soldier", "the doctor said", "said a doctor there"
        if not _ARABIC.match(hit.text) and _does_it(doc, hit, outcomes, people):
            # "two soldiers beat a nurse": who did it, and their number, count for no one
            used.update(id(q) for q in _count_for(doc, hit, quantities, used)[1:] if q is not None)
            continue
        if hit.value.get("pronoun") and groups:  # "تعرض طبيبان لاعتداء ... أدى إلى إصابتهما": the two doctors
            told = [g for g in groups if g.count == (2 if hit.value.get("dual") else 1) and g.outcome is None]
            own = next((o for o in outcomes if o.start <= hit.start and hit.end <= o.end), None)
            if told and own is not None:  # told before, whose outcome the pronoun tells
                told[-1].outcome = own
            continue
        count, q = _count_for(doc, hit, quantities, used)
        if q is not None:
            used.add(id(q))
        start = min(q.start, hit.start) if q is not None else hit.start  # "مسعفين اثنين": the number after
        kind = "health_worker" if _works_in_health(doc, sentence, hit) else hit.value["group"]
        if kind == "other" and (hit.text.lower() in _ANYONE_WORDS or hit.value.get("anyone")):
            kind = _ANYONE
        if hit.text.lower() in _OTHERS and groups and _OTHERS_JOIN.fullmatch(doc.text, groups[-1].end, start):
            kind = groups[-1].kind  # "three paramedics were killed and four others were wounded": more of them
        groups.append(_Group(start, hit.end, kind, count, [hit] + ([q] if q is not None else [])))
    totalled = any(  # "..., bringing the toll to six people killed": a total of those told before
        _after_toll(doc, sentence, g.start) for g in groups if g.count
    )
    for q in quantities:
        if id(q) in used or _BOTH.search(doc.text, max(sentence.start, q.start - 12), q.start):
            continue  # "un infirmier et un agent, tous deux blessés": the two told again
        near = [  # "11 killed", "killing 11"; the closer when both ("killed 11 and wounded 20 patients")
            (_words_apart(gap), o.end <= q.start, o)
            for o in outcomes
            if (gap := _short_gap(doc.text, q, o)) is not None and _adjacent(gap)
        ]
        if (toll := _after_toll(doc, sentence, q.start)) is not None:
            # "bringing the number of injured to three", "raising the death toll to 12": the total told
            near = (
                [(0, True, o) for o in outcomes if toll.start() <= o.start < q.start][:1]
                # "the death toll rose to 17", "the number of injured had risen to 17": the outcome before the verb
                or [(0, True, o) for o in outcomes if _toll_subject(doc, o, toll.start())][-1:]
                or near
            )
            totalled = totalled or bool(near)
        if not near:
            continue
        # a bare number after people told with another outcome counts the same kind ("five nurses were
        # killed and 8 injured")
        kinds = [
            g.kind
            for g in groups
            if g.end <= q.start
            and _between_words(doc.text[g.end : q.start]) <= 8
            and not re.search(r"[;:]", doc.text[g.end : q.start])
            and any(g.end <= x.start < q.start for x in outcomes)
        ]
        outcome = min(near, key=lambda n: n[:2])[2]
        if (
            outcome.value.get("taken")
            and _THING_AFTER.match(doc.text, q.end)
            and not any(0 <= h.start - q.end <= 20 for h in sentence.get("people"))
        ):
            continue  # "took away two motorbikes": things taken, no one (not "took away six wounded men")
        end = max(q.end, outcome.end)  # "nine dead - seven policemen": the members follow the outcome
        # "and 8 injured", "and injured another": more of the same; not "and wounded 20" (a noun of its own)
        same = kinds and (outcome.start >= q.end or q.rule == "count.another")
        groups.append(_Group(q.start, end, kinds[-1] if same else "other", q.value, [q], outcome))
    if (
        outcomes
        and not doc.text[sentence.start : outcomes[0].start].strip()
        and _NO_OBJECT.match(doc.text, outcomes[0].end)
    ):
        # "Nurse A. B. (Town). Arrested on 2 May when soldiers raided ...": the entry's people, not the soldiers
        groups = _listed_before(doc, sentence, outcomes[0]) or groups
    if (
        not groups
        and outcomes
        and (named := _pronoun_person(doc, sentence, outcomes) or _pronoun_people(doc, sentence, outcomes)) is not None
    ):
        groups.append(named)  # "Our night guard tried to close the door. He was shot dead."
    groups.sort(key=lambda g: g.start)
    groups = [g for n, g in enumerate(groups) if not _counted_again(doc, groups[:n], g)]
    if within is not None:
        groups = [g for g in groups if within[0] <= g.start < within[1]]
        shared = within[0] > sentence.start and not any(  # "hit the A hospital and the B clinic, killing seven":
            sentence.start <= h.start < within[0]
            for h in outcomes  # the toll of both, neither one's
        )
        own = [h for h in outcomes if within[0] <= h.start < within[1]]
        if (
            shared
            and own
            and all(re.search(r",\s*$", doc.text[within[0] : h.start]) for h in own)  # ", killing": the main verb's
            and not any(within[0] <= h.start < within[1] for h in sentence.get("attacks"))
        ):
            groups = []
    if other := _OTHER_EVENT.search(text):  # "..., a day after a shell killed four people in a clinic"
        groups = [g for g in groups if g.start < sentence.start + other.start()]
    if (apart := _other_day_clause(text)) and any(g.start < sentence.start + apart[0] for g in groups):
        # "a shell hit the hospital, wounding a nurse, and gunmen killed a driver nearby a day earlier"
        start, end = sentence.start + apart[0], sentence.start + apart[1]
        groups = [g for g in groups if not start <= g.start < end]
        outcomes = [o for o in outcomes if not start <= o.start < end]
    early_only = False  # the sentence tells only an early figure: another sentence's toll replaces it
    if early := _early_figure_clause(text):
        start, end = sentence.start + early[0], sentence.start + early[1]
        told = {o.value["outcome"] for o in outcomes if start <= o.start < end}
        if any(o.value["outcome"] in told and not start <= o.start < end for o in outcomes):  # told again after
            groups = [g for g in groups if not start <= g.start < end]
            outcomes = [o for o in outcomes if not start <= o.start < end]
        early_only = bool(groups) and all(start <= g.start < end for g in groups)
    dated = [d for d in sentence.dates if d is not None]
    ranges = [c for c in _cues(sentence, "aggregate") if not any(d.start <= c.start < d.end for d in dated)]
    if any(d.precision == "day" for d in dated):  # "verified that on 30 November forces ... killed 5": one act
        ranges = [c for c in ranges if c.text.lower() not in _VERIFIED]
    if ranges:  # "400 people killed since April": a campaign's toll, not this act's ("in March this year" is a date)
        groups = [g for g in groups if g.kind == "health_worker"]
    result: dict[str, Any] = {"spans": {}}
    unknown: set[str] = set()  # outcomes told of a group without a number: no total
    tallies: dict[str, dict[str, list[int]]] = {o: {"health_worker": [], "other": [], "within": []} for o in _OUTCOMES}
    told: dict[str, list[bool]] = defaultdict(list)  # per count, whether each group is told as "other", "more"
    kinds: dict[str, set[str]] = defaultdict(set)  # per count, the kinds of people counted
    # "shot dead a patient", "beat two doctors": a verb with its object right after it, not its subject's
    taking = {
        o.start
        for o in outcomes
        if any(g.start >= o.end and not doc.text[o.end : g.start].strip() for g in groups if g.outcome is None)
    }
    previous = None
    zeros: list[tuple[tuple[str, ...], list[Any]]] = []  # counts told as nobody's, with their words
    suspects = bool(_cues(sentence, "suspects"))  # arrests told as the response to the act
    told_zero: set[int] = set()  # their outcome words
    # "no patients or staff were injured": nobody, when none of the patients and none of the staff are told
    everyone = {"patient", "health_worker"} <= {g.kind for g in groups if g.count == 0}
    kept = _members(doc, groups, outcomes) if outcomes else []
    died_later: Counter[str] = Counter()  # the wounded told dead now, by the injured count they leave
    tolls: dict[str, list[int]] = defaultdict(list)  # per count, the totals a toll verb tells
    placed: list[tuple[int, str]] = []  # where each counted group ends (in ``text``), and its count
    for g in kept:
        if g.outcome is None and previous is not None and previous.outcome is not None:
            gap = doc.text[previous.end : g.start]
            # "five killed, including a doctor"; not "three killed, among them two patients, and seven injured"
            between = any(previous.end <= o.start < g.start for o in outcomes)
            if _INCLUDING.search(gap) and _between_words(gap) <= 6 and not between:
                g.outcome = previous.outcome
        g.outcome = (  # "killing nine people, among them two nurses and a guard, and wounding 17": all killed
            g.outcome
            or (g.whole.outcome if g.whole is not None and _right_after(doc, g.end, outcomes) is None else None)
            or _outcome_for(doc, g.start, g.end, outcomes, taking)
            or _listed_after(doc, previous, g, outcomes)
        )
        previous_counted = previous if previous is not None and previous.count is not None else None
        previous = g
        if g.outcome is None or any(
            0 <= c.start - g.outcome.end <= 20 for c in chemical
        ):  # "a child injured by the chlorine attack": a chemical attack's victim is no act's casualty
            continue
        for outcome in _then(doc, g.outcome, outcomes):  # "abducted and later killed": both
            kind = outcome.value["outcome"]
            if kind in ("arrested", "abducted") and g.kind != "health_worker" and _carried(doc, g):
                continue  # "an ambulance carrying a woman in labour was stopped": the vehicle was held, not she
            if kind == "arrested" and g.kind not in ("health_worker", "patient") and suspects:
                continue  # "police arrived later and detained five men": the act's suspects, no victims
            if taken and outcome.value.get("detention"):  # "abducted and detained six vaccinators": kidnapped
                kind = "abducted"
            if g.count == 0 and kind in ("killed", "injured") and g.kind != "patient":
                # "nobody was injured", "personne n'a été blessé": nobody hurt; "none of the staff": no staff
                zeros.append((_NOBODY[g.kind == "health_worker" and not everyone, kind], [*g.spans, outcome]))
                told_zero.add(id(outcome))
                continue
            if g.count is None:
                if kind == "injured" and not _not_of_the_act(doc, sentence, outcome):
                    result["injured_unspecified"] = True
                    result["spans"].setdefault("injured_unspecified", []).append(outcome)
                joined = previous_counted and _MEMBER_JOIN.fullmatch(doc.text[previous_counted.end : g.start])
                if _plural_hit(g) and joined:
                    unknown.add(kind)  # "a doctor and paramedics were injured": the total is not told
                if (
                    g.kind == "health_worker"
                    and kind in ("killed", "injured")
                    and _SEVERAL.search(doc.text[max(sentence.start, g.start - 60) : g.start])
                ):  # "several members of the staff were killed": how many health workers is not told
                    result.setdefault("untold", set()).add(f"health_workers_{kind}")
                continue
            # "one of the wounded died", "a nurse ... died of her wounds": one of the wounded told before, now dead
            died = kind == "killed" and (
                (outcome.value.get("later") and any(w.end <= outcome.end for w in wounded_before))
                or any(isinstance(h, Hit) and h.rule == _OF_THE_WOUNDED for h in g.spans)
            )
            if died:
                died_later["injured"] += g.count
                died_later["health_workers_injured"] += g.count if g.kind == "health_worker" else 0
            more = (
                died
                or any(
                    isinstance(q, Quantity) and (q.rule == "count.another" or _MORE.match(doc.text, q.end))
                    for q in g.spans
                )
                or _also(doc, g, outcome)
            )
            for counted in (kind, "abducted") if kind == "arrested" else (kind,):  # the detained are abducted too
                part = "within" if g.within else "health_worker" if g.kind == "health_worker" else "other"
                tallies[counted][part].append(g.count)
                if _after_toll(doc, sentence, g.start):
                    tolls[counted].append(g.count)  # "..., bringing the death toll to 17": the total told
                placed.append((g.end - sentence.start, counted))
                kinds[counted].add(g.kind if any(isinstance(h, Hit) for h in g.spans) else _ANYONE)
                told[counted].append(more)
                if part != "other":
                    told[f"health_workers_{counted}"].append(more)
            result["spans"].setdefault(kind, []).extend([*g.spans, outcome])
            if g.kind == "health_worker" and kind in ("killed", "injured"):
                result["spans"].setdefault(f"health_workers_{kind}", []).extend([*g.spans, outcome])
    asides = [  # "four men, one of whom was being treated there, and a nurse": a part told of no one counted
        m.span()
        for m in _RELATIVE_ASIDE.finditer(text)
        if not any(m.start() <= g.start - sentence.start < m.end() for g in groups)
    ]
    asides += [  # "four patients, including two children, and a technician": the part counted in its group
        m.span()
        for m in _CLOSED_PART.finditer(text)
        if all(g not in kept or g.within for g in groups if m.start() <= g.start - sentence.start < m.end())
    ]
    # a part told of the group before it ("five wounded, among them two doctors"): that count is a total, not a sum
    nested: set[str] = set(tallies) if totalled else set()
    for m in _INCLUDING.finditer(text):
        if not any(a <= m.start() < b for a, b in asides):
            before = [counted for end, counted in placed if end <= m.start()]
            nested |= {before[-1]} if before else set(tallies)
    for kind in unknown:
        tallies[kind] = {"health_worker": [], "other": [], "within": []}
        result["spans"].pop(kind, None)
        result["spans"].pop(f"health_workers_{kind}", None)
    for kind, tally in tallies.items():
        hw, other = sum(tally["health_worker"]), sum(tally["other"])
        if tolls[kind] and kind not in unknown:  # "two more patients died, bringing the death toll to 17": 17
            result[kind] = max(tolls[kind])
        elif tally["health_worker"] or tally["other"]:
            result[kind] = max(hw, other) if kind in nested else hw + other
        if (tally["health_worker"] or tally["within"]) and kind in ("killed", "injured"):
            within = sum(tally["within"])
            result[f"health_workers_{kind}"] = max(hw, within) if totalled else hw + within
    for kind, other in (("killed", "injured"), ("injured", "killed")):
        # "a nurse was killed and two patients wounded", "wounding a nurse and killing the policeman escorting
        # her": the sentence tells its health workers apart, and those killed are none of them
        named = kinds[kind] and not kinds[kind] & {_ANYONE, "health_worker"}
        if named and result.get(f"health_workers_{other}") and kind not in unknown:
            result.setdefault(f"health_workers_{kind}", 0)
        elif named and kind not in unknown and result.get(kind):  # the incident may tell its health workers apart
            result.setdefault("named_apart", set()).add(kind)
    _fatal_part(doc, sentence, quantities, result)
    injured_words = [
        o
        for o in outcomes
        if o.value["outcome"] == "injured" and id(o) not in told_zero and not _not_of_the_act(doc, sentence, o)
    ]
    if injured_words and "injured" not in result and not result.get("injured_unspecified"):
        result["injured_unspecified"] = True
        result["spans"]["injured_unspecified"] = injured_words[:1]
    nobody = [h for h in sentence.get("casualties") if h.value["outcome"] == "none"]
    nobody = [h for h in nobody if not any(o is not h and o.start <= h.start and h.end <= o.end for o in nobody)]
    freed = [
        h
        for h in nobody
        if h.value.get("some") and _RELEASED.search(doc.text, max(sentence.start, h.start - 30), h.start)
    ]
    if freed:  # "released unharmed", "liberado sin lesiones": the freed were not hurt; no word on the dead
        _zero(result, ("injured", "health_workers_injured"), freed[:1], True)
        result["freed"] = {"injured", "health_workers_injured"} & result.get("unhurt", set())
        nobody = [h for h in nobody if h not in freed]
    for hit in nobody[:1]:  # "no one was hurt": nobody; "no deaths" ("sin víctimas mortales"): nobody killed
        if hit.value.get("some") and any(result.get(name) for name in (*_ZEROED, "injured_unspecified")):
            continue  # "the driver was injured; the patient was unharmed", "several wounded; the doctor unhurt"
        of = "killed" if hit.value.get("of") == "killed" else "injured"
        _zero(result, _NOBODY[_staff_only(doc, sentence, hit), of], [hit], bool(hit.value.get("some")))
    for names, spans in zeros:
        _zero(result, names, spans, False)
    for name, count, spans in _victims_who(doc, sentence):  # "Three of the dead were health workers"
        if result.get(name) is None:
            result[name] = count
            result["spans"][name] = spans
    if added := {name for name, flags in told.items() if all(flags) and name in result}:
        result["more"] = added  # "Two other nurses were abducted": more than another sentence told
    if died_later and result.get("killed"):  # they leave the injured the act's other sentences told
        result["died_later"] = +died_later
    if early_only:  # "Initial reports said ten people had died.": a later toll replaces it
        result["early"] = {name for name, value in result.items() if type(value) is int}
    if _SEPARATE.search(text) or _SPREAD.search(text) or _SIMILAR.search(text):
        # "shot dead five vaccinators in separate attacks", "hit twice in three days, killing four", "seven others
        # detained in similar circumstances": no one act's toll, and neither where it is told again
        return {"spans": {}, "pooled": {k: v for k, v in result.items() if type(v) is int}}
    return result


#: A table cell's edge: a bar with space around it ("3 May | Tamaro | ...").
_CELL_EDGE = re.compile(r"\s\|\s")
#: A row whose cells are parted by slashes: at least this many " / " in a sentence (a "k/i" cell has no spaces).
_SLASH_CELLS = 3
_SLASH_EDGE = re.compile(r"\s/\s")


def _cells(doc: Doc, sentence: Sentence) -> list[Sentence]:
    """The cells of a table row telling an outcome, each as a sentence of its own (none for a sentence that tells
    outcomes in fewer than two cells, but for a row told with slashes, whose one toll cell is read alone)."""
    text = doc.text[sentence.start : sentence.end]
    if "|" in text:
        edge = _CELL_EDGE
    elif text.count(" / ") >= _SLASH_CELLS:  # a row told with slashes ("3 / 06/06 / Ancuabe / ... / 1 nurse injured")
        edge = _SLASH_EDGE
    else:  # no cell edge: one cell (most sentences)
        return []
    edges = [sentence.start, *(sentence.start + m.start() for m in edge.finditer(text)), sentence.end]
    cells = [
        Sentence(
            sentence.index,
            start,
            end,
            sentence.paragraph,
            {k: [h for h in v if start <= h.start < end] for k, v in sentence.hits.items()},
            [d for d in sentence.dates if d is None or start <= d.start < end],
            [q for q in sentence.quantities if start <= q.start < end],
            [p for p in sentence.places if start <= p.start < end],
        )
        for start, end in itertools.pairwise(edges)
    ]
    # the people of the other cells are not the toll's ("a nurse slapped / 1 nurse injured": one nurse)
    told = [c for c in cells if c.get("casualties")]
    return told if len(told) > 1 or (told and edge is _SLASH_EDGE) else []


def _restated(tallies: Iterator[dict[str, Any]]) -> dict[str, Any]:
    """One tally of a row's cells: each count the largest a cell tells, with that cell's spans; the rest joined."""
    result: dict[str, Any] = {"spans": {}}
    for tally in tallies:
        for key, value in tally.items():
            if key == "spans":
                continue
            if type(value) is int:
                if value >= result.get(key, -1):
                    result[key] = value
                    result["spans"][key] = tally["spans"].get(key, [])
            elif isinstance(value, set):
                result[key] = result.get(key, set()) | value
            elif isinstance(value, dict):
                result[key] = {**result.get(key, {}), **value}
            elif value:
                result[key] = value
                result["spans"].setdefault(key, tally["spans"].get(key, []))
    return result


#: A table's header cell over the toll ("Casualties", "Killed/injured", "Victimes", "Víctimas").
_TOLL_HEADER = re.compile(r"\s*(?:casualt|victim|killed|injur|dead|toll|bilan|bless|víctim|herid|muert)", re.IGNORECASE)
#: A cell telling nobody hurt ("none", "nil", "0", "aucune", "ninguna").
_NONE_CELL = re.compile(
    r"[\s|]*(?:none|nil|0|no casualties|aucun|aucune|néant|ninguna|ninguno|nenhuma|nenhum)[\s|]*$", re.I
)  # the row's first or last cell keeps its bar


@lru_cache(maxsize=16)
def _row(text: str, start: int, end: int) -> tuple[tuple[int, ...], tuple[str, ...]]:
    """Where the cells of the line ``text[start:end]`` start, and their text; read once per line (each of its
    events asks, and a report of one long line has many)."""
    edges = (start, *(m.end() for m in _CELL_EDGE.finditer(text, start, end)))
    return edges, tuple(_CELL_EDGE.split(text[start:end]))


#: A toll header naming what its column counts: the dead or the wounded, of health workers or of anyone
#: ("Killed", "Injured", "HCW killed", "Blessés", "Muertos"), or both as "k/i" ("HCW k/i", "Killed/injured").
_KILLED_HEADER = re.compile(r"\b(?:killed|dead|deaths|fatalities|tués|morts|muertos|fallecidos)\b", re.IGNORECASE)
_INJURED_HEADER = re.compile(r"\b(?:injured|wounded|blessés|heridos)\b", re.IGNORECASE)
_BOTH_HEADER = re.compile(r"\b(?:k/i|killed\s*/\s*injured|dead\s*/\s*injured|tués\s*/\s*blessés)\b", re.IGNORECASE)
_STAFF_HEADER = re.compile(r"\b(?:hcws?|health\s+workers?|staff|personnel|personal)\b", re.IGNORECASE)
#: A cell that is a number, or two parted by a slash under a "k/i" header.
_NUMBER_CELL = re.compile(r"[\s|]*(\d{1,4})(?:\s*/\s*(\d{1,4}))?[\s|]*$")  # the row's first or last cell keeps its bar


def _table_row(doc: Doc, sentence: Sentence) -> tuple[tuple[int, ...], tuple[str, ...], list[str]] | None:
    """The cells of the table row ``sentence`` stands in, where they start, and its table's header (the nearest
    row before of as many cells naming a toll); None outside such a table."""
    start = doc.text.rfind("\n", 0, sentence.start) + 1
    end = len(doc.text) if (found := doc.text.find("\n", sentence.start)) < 0 else found
    if doc.text.count("|", start, end) < 2:  # fewer than three cells: no row (a report of one long line is read fast)
        return None
    edges, row = _row(doc.text, start, end)
    if len(row) < 3:
        return None
    for line in reversed(doc.text[max(0, start - 8000) : start].splitlines()[-60:]):
        header = _CELL_EDGE.split(line)
        if len(header) == len(row) and any(_TOLL_HEADER.match(c) for c in header):
            return edges, row, header
    return None


def _none_cells(
    doc: Doc, table: tuple[tuple[int, ...], tuple[str, ...], list[str]]
) -> list[tuple[tuple[str, ...], Hit]]:
    """In a table row, the cells telling nobody hurt under a toll header ("Casualties" over "none"), each with the
    counts it zeroes: those its header names ("Killed" over "0": nobody killed, the wounded as other cells tell),
    all four under a header naming neither."""
    edges, row, header = table
    out = []
    for i, name in enumerate(header):
        if not (_TOLL_HEADER.match(name) and _NONE_CELL.match(row[i])):
            continue
        killed, injured = bool(_KILLED_HEADER.search(name)), bool(_INJURED_HEADER.search(name))
        names = tuple(n for n in _ZEROED if (killed and "killed" in n) or (injured and "injured" in n))
        text = row[i].strip(" \t|")
        at = doc.text.index(text, edges[i])
        hit = Hit("casualties", at, at + len(text), text, "casualty.none.cell", {"outcome": "none"})
        out.append((names if killed != injured else _ZEROED, hit))
    return out


def _toll_cells(doc: Doc, table: tuple[tuple[int, ...], tuple[str, ...], list[str]]) -> dict[str, tuple[int, Hit]]:
    """In a table row, the numbers under headers that name the dead or the wounded ("Killed" over "2", "HCW k/i"
    over "0/2"): each count's name, its value and its cell as a hit."""
    edges, row, header = table
    found: dict[str, tuple[int, Hit]] = {}
    for i, name in enumerate(header):
        if (number := _NUMBER_CELL.match(row[i])) is None:
            continue
        first, second = number.groups()
        if _BOTH_HEADER.search(name):
            told = (("killed", first), ("injured", second)) if second is not None else ()
        elif second is None and _KILLED_HEADER.search(name):
            told = (("killed", first),)
        elif second is None and _INJURED_HEADER.search(name):
            told = (("injured", first),)
        else:
            continue
        staff = "health_workers_" if _STAFF_HEADER.search(name) else ""
        text = row[i].strip(" \t|")
        at = doc.text.index(text, edges[i])
        hit = Hit("casualties", at, at + len(text), text, "casualty.cell", {"outcome": "cell"})
        for outcome, value in told:
            found.setdefault(staff + outcome, (int(value), hit))
    return found


def counts(doc: Doc) -> Doc:
    """Component: the casualty counts of every event sentence; in a table row, the numbers under headers naming the
    dead or the wounded count them, and a "none" under its toll header tells nobody hurt."""
    for event in doc.events:
        event.counts = count_sentence(doc, event.sentence)
        if any(event.counts.get(name) for name in _ZEROED) or (table := _table_row(doc, event.sentence)) is None:
            continue
        for name, (value, hit) in _toll_cells(doc, table).items():
            event.counts[name] = value
            event.counts["spans"][name] = [hit]
        for names, hit in _none_cells(doc, table):
            _zero(event.counts, names, [hit], False)
    return doc
