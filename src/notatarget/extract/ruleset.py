"""Rules kept as data: ``rules/<set>.json`` files read into spaCy matchers on blank pipelines.

Each rule has a stable ``id`` (stored with every span it supports), a ``lang`` ("*" for all), the ``value``
it sets, and ``phrases`` (matched case-insensitively by a ``PhraseMatcher``), token ``patterns`` (spaCy
``Matcher`` syntax) or a token ``regex`` (for languages whose clitics glue onto words, such as Arabic).
All languages' rules run on every text: the vocabularies hardly collide, and reports often mix them.
"""

from __future__ import annotations

import json
import re
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from functools import cache
from importlib import resources
from typing import Any

from notatarget.errors import ExtractError

#: Arabic marks the rules read past: vowels and other diacritics, the superscript alef, the tatweel (ـ).
ARABIC_MARKS = "[\u0610-\u061a\u064b-\u065f\u0670\u06d6-\u06ed\u0640]"
#: Arabic letters written in several ways, read as one: hamzated and wasla alefs, alef maqsura, teh marbuta.
ARABIC_FOLD = str.maketrans("أإآٱىة", "اااايه")
#: The rule sets, one JSON file each under ``extract/rules/``.
#: Upper-case phrases up to this length are acronyms, matched case-sensitively.
_ACRONYM_CHARS = 6
#: Token attributes a one-token regex pattern may test, read here instead of by spaCy's Matcher.
_REGEX_ATTRS = ("LOWER", "TEXT", "ORTH")
#: Distinct words whose one-token regex results are remembered (cleared when full).
_SEEN_WORDS = 200_000
#: How many times a repeated token that must pass a test is taken to stand in a row at most (see ``_reach``).
_REPEATS = 8
#: Yes/no token attributes a pattern token may test that are read for the whole text at once (see ``_Tail``).
_FLAGS = frozenset({"IS_ALPHA", "IS_ASCII", "IS_DIGIT", "IS_LOWER", "IS_UPPER", "IS_TITLE", "IS_PUNCT", "IS_SPACE",
                    "IS_STOP", "LIKE_NUM", "LIKE_URL", "LIKE_EMAIL"})  # fmt: skip
#: What one token pattern needs after its first word (see ``_needs``): ``(attribute, word hashes, first, stop)``.
_Needs = tuple[tuple[str, frozenset[int], int, int | None], ...]
RULE_SETS: tuple[str, ...] = ("facilities", "people", "attacks", "casualties", "damage", "context", "perpetrators")


@dataclass(frozen=True, slots=True)
class Rule:
    """One rule: what it matches and the value it sets."""

    id: str
    lang: str
    value: dict[str, Any]
    phrases: tuple[str, ...] = ()
    patterns: tuple[Any, ...] = ()


@dataclass(frozen=True, slots=True)
class Hit:
    """A rule match on a report text, in characters."""

    set: str
    start: int
    end: int
    text: str
    rule: str
    value: dict[str, Any] = field(hash=False, compare=False)


def fold_arabic(item: Any) -> Any:
    """A rule's words (strings, lists and dicts of them) as the rules read text (``document.matching_text``):
    Arabic marks dropped, letter variants folded ("إصابة" is "اصابه")."""
    if isinstance(item, str):
        return re.sub(ARABIC_MARKS, "", item).translate(ARABIC_FOLD)
    if isinstance(item, list):
        return [fold_arabic(x) for x in item]
    if isinstance(item, dict):
        return {k: fold_arabic(v) for k, v in item.items()}
    return item


@cache
def load_rules(name: str) -> tuple[Rule, ...]:
    """The rules of set ``name``, validated (unique ids; each rule matches something)."""
    try:
        raw = json.loads(resources.files("notatarget.extract").joinpath(f"rules/{name}.json").read_text("utf-8"))
    except (FileNotFoundError, json.JSONDecodeError) as exc:
        raise ExtractError(f"rule set {name!r} cannot be read: {exc}", hint="reinstall notatarget") from exc
    rules, seen = [], set()
    for item in raw["rules"]:
        if item["id"] in seen:
            raise ExtractError(f"rule id {item['id']!r} is used twice in {name}.json")
        seen.add(item["id"])
        patterns = fold_arabic(list(item.get("patterns", ())))
        if "regex" in item:
            patterns.append([{"TEXT": {"REGEX": fold_arabic(item["regex"])}}])
        if not (item.get("phrases") or patterns):
            raise ExtractError(f"rule {item['id']!r} in {name}.json matches nothing")
        rules.append(
            Rule(item["id"], item["lang"], item["value"], tuple(fold_arabic(item.get("phrases", []))), tuple(patterns))
        )
    return tuple(rules)


@cache
def token_attributes() -> frozenset[str]:
    """The token attributes the rules' token patterns test ("LOWER", "IS_PUNCT", ...)."""
    return frozenset(
        "ORTH" if key == "TEXT" else key
        for name in RULE_SETS
        for rule in load_rules(name)
        for pattern in rule.patterns
        for token in pattern
        for key in token
        if key != "OP"
    )


@cache
def rule_by_id(rule_id: str) -> Rule | None:
    """The rule with id ``rule_id`` in any set, or None."""
    return next((r for name in RULE_SETS for r in load_rules(name) if r.id == rule_id), None)


class RuleMatcher:
    """All rule sets compiled for one spaCy vocabulary; call :meth:`match` on a ``Doc``."""

    def __init__(self, nlp: Any, languages: tuple[str, ...] | None = None) -> None:
        """Compile the rules for ``languages`` (and those for all, "*"); every rule when None."""
        from spacy.matcher import Matcher, PhraseMatcher

        self._phrase = PhraseMatcher(nlp.vocab, attr="LOWER")
        self._exact = PhraseMatcher(nlp.vocab, attr="ORTH")  # acronyms ("IS", "PDF") match as written
        self._token = Matcher(nlp.vocab, validate=True)  # patterns whose first and last tokens may be any word
        self._tail = _Tail(nlp)  # patterns whose first token may be any word, but not their last
        # Patterns whose first token is one plain word run only on texts holding that word: spaCy's Matcher
        # tries every pattern at every token, so one Matcher per first word does far less work.
        # attribute: word: (Matcher, reach, the words each pattern needs after it, or None when one needs none)
        self._anchored: dict[str, dict[int, tuple[Any, int | None, tuple[_Needs, ...] | None]]] = {}
        anchored: dict[tuple[str, int], dict[str, list[Any]]] = {}
        # Patterns whose first token is one regex (Cyrillic stems) run only where a word passing it stands.
        self._regex_anchored: list[tuple[str, re.Pattern[str], Any, int | None, tuple[_Needs, ...] | None]] = []
        regex_anchored: dict[tuple[str, str], dict[str, list[Any]]] = {}
        word_regexes: dict[str, list[tuple[int, re.Pattern[str]]]] = {}  # attribute: (rule hash, regex)
        self._rules: dict[int, tuple[str, Rule]] = {}  # the hash of a rule id: its set and the rule
        for name in RULE_SETS:
            for rule in load_rules(name):
                self._rules[nlp.vocab.strings.add(rule.id)] = (name, rule)
                if languages is not None and rule.lang not in (*languages, "*"):
                    continue
                acronyms = [p for p in rule.phrases if p.isupper() and len(p) <= _ACRONYM_CHARS]
                words = [p for p in rule.phrases if p not in acronyms]
                if words:
                    self._phrase.add(rule.id, list(nlp.tokenizer.pipe(words)))
                if acronyms:
                    self._exact.add(rule.id, list(nlp.tokenizer.pipe(acronyms)))
                patterns = []
                for pattern in rule.patterns:
                    if (word_regex := _word_regex(pattern)) is not None:
                        attr, regex = word_regex
                        word_regexes.setdefault(attr, []).append((nlp.vocab.strings.add(rule.id), regex))
                    else:
                        for apart in _first_word_apart(pattern):
                            if (anchor := _anchor(apart)) is not None:
                                key = (anchor[0], nlp.vocab.strings.add(anchor[1]))
                                anchored.setdefault(key, {}).setdefault(rule.id, []).append(apart)
                            elif (first := _first_regex(apart)) is not None:
                                regex_anchored.setdefault(first, {}).setdefault(rule.id, []).append(apart)
                            elif not self._tail.add(rule.id, apart):
                                patterns.append(apart)
                if patterns:
                    self._token.add(rule.id, patterns)
        for (attr, word), rules in anchored.items():
            self._anchored.setdefault(attr, {})[word] = _compiled(nlp, rules)
        for (attr, regex), rules in regex_anchored.items():
            self._regex_anchored.append((attr, re.compile(regex), *_compiled(nlp, rules)))
        # attribute: the words passing first-token regexes on it, with the places of those in ``_regex_anchored``
        self._first_words = {
            attr: _Words([(k, regex) for k, (a, regex, *_) in enumerate(self._regex_anchored) if a == attr])
            for attr in dict.fromkeys(a for a, *_ in self._regex_anchored)
        }
        # attribute: the words passing one-token regexes on it, with the hashes of those regexes' rules
        self._word_tests = {attr: _Words(regexes) for attr, regexes in word_regexes.items()}

    def match(
        self,
        doc: Any,
        offset: int = 0,
        language: str = "xx",
        text: str | None = None,
        written: tuple[str, Sequence[int]] | None = None,
    ) -> dict[str, list[Hit]]:
        """Hits per rule set on ``doc`` (made from ``text``, which starts at ``offset`` of the report); within
        a set, overlapping matches keep the longest (spaCy's ``filter_spans``), and of equal ones the rule of
        ``language`` (then one for all languages). ``written``: the text as written, when ``text`` is it as the
        rules read it (``document.matching_text``), and for each character of ``text`` (and its end) its offset
        there; the hits then point at the words as written."""
        found = [*self._phrase(doc), *self._exact(doc), *self.token_matches(doc)]
        rank = {language: 0, "*": 1}
        spans: dict[str, list[tuple[int, int, Rule]]] = {}
        for match_id, start, end in sorted(found, key=lambda m: rank.get(self._rules[m[0]][1].lang, 2)):
            name, rule = self._rules[match_id]
            spans.setdefault(name, []).append((start, end, rule))
        if not spans:
            return {}
        starts, lengths = doc.to_array("IDX").tolist(), doc.to_array("LENGTH").tolist()
        text = doc.text if text is None else text  # Doc.text joins the tokens again at each call
        source, positions = written or (text, None)
        hits: dict[str, list[Hit]] = {}
        for name, found_in_set in spans.items():
            for start, end, rule in _longest(found_in_set):
                begin, stop = starts[start], starts[end - 1] + lengths[end - 1]
                if positions is not None:
                    begin, stop = positions[begin], positions[stop - 1] + 1
                hits.setdefault(name, []).append(
                    Hit(name, begin + offset, stop + offset, source[begin:stop], rule.id, rule.value)
                )
        return hits

    def token_matches(self, doc: Any) -> list[tuple[int, int, int]]:
        """``(rule hash, start, end)`` of the token-pattern rules: what one spaCy ``Matcher`` holding every
        pattern as written would find, found faster."""
        found = list(self._token(doc)) if len(self._token) else []
        found += self._tail(doc)
        arrays: dict[str, list[int]] = {}  # attribute: its value for each token
        distinct: dict[str, set[int]] = {}  # attribute: its values

        def values(attr: str) -> list[int]:
            if attr not in arrays:
                arrays[attr] = doc.to_array(attr).tolist()
            return arrays[attr]

        def words(attr: str) -> set[int]:
            if attr not in distinct:
                distinct[attr] = set(values(attr))
            return distinct[attr]

        # the one-token regex patterns: not every token tested by a Python call from spaCy's Matcher
        for attr, tests in self._word_tests.items():
            if hits := tests(doc.vocab.strings, words(attr)):
                found += [(key, i, i + 1) for i, word in enumerate(values(attr)) if word in hits for key in hits[word]]
        for attr, matchers in self._anchored.items():
            if not (present := words(attr) & matchers.keys()):
                continue
            where: dict[int, list[int]] = {}  # each anchor word of the text: where it stands
            for i, word in enumerate(values(attr)):
                if word in present:
                    where.setdefault(word, []).append(i)
            for word in set(where) & matchers.keys():
                found += _run_from(doc, where[word], *matchers[word], values)
        passing: dict[int, set[int]] = {}  # the place of a first-token regex: the words of the text passing it
        for attr, tests in self._first_words.items():
            for word, places in tests(doc.vocab.strings, words(attr)).items():
                for k in places:
                    passing.setdefault(k, set()).add(word)
        for k, (attr, _, *compiled) in enumerate(self._regex_anchored):
            if k in passing:
                found += _run_from(doc, [i for i, w in enumerate(values(attr)) if w in passing[k]], *compiled, values)
        return found


class _Words:
    """The words (hashes of one attribute) that one or more of some regexes find something in: each word is
    tested once and remembered (all forgotten past :data:`_SEEN_WORDS`), first by one regex joining them all,
    as most words pass none."""

    def __init__(self, regexes: list[tuple[int, re.Pattern[str]]]) -> None:
        """``regexes``: (what a word passing it is told to pass, regex)."""
        self._regexes = regexes
        self._either = re.compile("|".join(f"(?:{regex.pattern})" for _, regex in regexes))
        self._known: set[int] = set()
        self._passing: dict[int, tuple[int, ...]] = {}  # a known word passing some: what it passes

    def __call__(self, strings: Any, words: set[int]) -> dict[int, tuple[int, ...]]:
        """Of ``words`` (hashes in ``strings``), those passing a regex, with what they pass."""
        if len(self._known) > _SEEN_WORDS:
            self._known.clear()
            self._passing.clear()
        for word in words - self._known:
            text = strings[word]
            if self._either.search(text) and (passes := tuple(k for k, regex in self._regexes if regex.search(text))):
                self._passing[word] = passes
        self._known |= words
        return {word: self._passing[word] for word in words & self._passing.keys()}


class _Tail:
    """Token patterns whose last token is one word or a list of words (``"forces"``, ``{"IN": ["troops",
    ...]}``) but whose first may be any of many ("a capitalised word that is not ..."): spaCy's ``Matcher``
    would walk every token of the text for them. A match ends on one of those last words, and every token before
    it passes the test of one of the patterns' other tokens; so the ``Matcher`` runs only on the stretches of
    such tokens that end on a last word. The tests are read for the whole text at once (words, ``IN``,
    ``NOT_IN`` and the ``_FLAGS``; a test of any other kind is taken as passed), which finds the same matches
    as one ``Matcher`` run over the whole text."""

    def __init__(self, nlp: Any) -> None:
        from spacy.matcher import Matcher

        self._strings = nlp.vocab.strings
        self._matcher = Matcher(nlp.vocab, validate=True)
        self._ends: dict[str, set[int]] = {}  # attribute: the hashes of the last words
        self._inside: list[list[tuple[str, str, Any]]] = []  # per other token: (attribute, test, value) to pass

    def add(self, rule_id: str, pattern: list[Any]) -> bool:
        """Take ``pattern`` of rule ``rule_id`` when its last token is one or more plain words, and say so."""
        last = pattern[-1]
        words = _words(last) if last.get("OP", "1") == "1" and len(last) == 1 else None
        if words is None:
            return False
        attr, values = words
        self._ends.setdefault(attr, set()).update(self._strings.add(v) for v in values)
        self._inside += [self._tests(token) for token in pattern[:-1]]
        self._matcher.add(rule_id, [pattern])
        return True

    def _tests(self, token: dict[str, Any]) -> list[tuple[str, str, Any]]:
        """What a token must pass to stand for ``token`` (those tests read at once; none for a negated one)."""
        if token.get("OP") == "!":
            return []
        tests: list[tuple[str, str, Any]] = []
        for attr, test in token.items():
            attr = "ORTH" if attr == "TEXT" else attr
            if attr in _FLAGS and isinstance(test, bool):
                tests.append((attr, "is", test))
            elif attr in ("LOWER", "ORTH") and isinstance(test, str):
                tests.append((attr, "in", [self._strings.add(test)]))
            elif attr in ("LOWER", "ORTH") and isinstance(test, dict) and len(test) == 1:
                ((how, words),) = test.items()
                if how in ("IN", "NOT_IN") and all(isinstance(w, str) for w in words):
                    tests.append((attr, how.lower(), [self._strings.add(w) for w in words]))
        return tests

    def __call__(self, doc: Any) -> list[tuple[int, int, int]]:
        """``(rule hash, start, end)`` of the patterns' matches on ``doc``."""
        if not self._ends:
            return []
        ends = sorted(
            {i for attr, words in self._ends.items() for i in _isin(doc.to_array(attr), words).nonzero()[0].tolist()}
        )
        if not ends:
            return []
        inside = self._passes(doc)
        stretches: list[list[int]] = []  # [start, end] of the stretches of passing tokens ending on a last word
        for end in ends:
            read = stretches[-1][1] if stretches else 0
            start = end
            while start > read and inside[start - 1]:
                start -= 1
            if stretches and start <= read:
                stretches[-1][1] = end + 1
            else:
                stretches.append([start, end + 1])
        found = {(key, s + start, e + start) for start, end in stretches for key, s, e in self._matcher(doc[start:end])}
        return sorted(found, key=lambda m: (m[1], m[2], m[0]))

    def _passes(self, doc: Any) -> Any:
        """For each token of ``doc``, whether it passes the tests of one of the other tokens."""
        import numpy

        arrays: dict[str, Any] = {}
        passes = numpy.zeros(len(doc), dtype=bool)
        for tests in self._inside:
            ok = numpy.ones(len(doc), dtype=bool)
            for attr, how, value in tests:
                if attr not in arrays:
                    arrays[attr] = doc.to_array(attr)
                if how == "is":
                    ok &= arrays[attr].astype(bool) == value
                else:
                    member = _isin(arrays[attr], value)
                    ok &= member if how == "in" else ~member
            passes |= ok
        return passes.tolist()


def _isin(values: Any, words: Any) -> Any:
    """Which of ``values`` (a numpy array of hashes) are among ``words``."""
    import numpy

    return numpy.isin(values, numpy.fromiter(words, dtype=numpy.uint64))


def _words(token: dict[str, Any]) -> tuple[str, list[str]] | None:
    """``(attribute, words)`` of a token that is one word or an ``IN`` list of words, else None."""
    ((attr, test),) = token.items()
    attr = "ORTH" if attr == "TEXT" else attr
    if attr not in ("LOWER", "ORTH"):
        return None
    if isinstance(test, str):
        return attr, [test]
    if isinstance(test, dict) and list(test) == ["IN"] and all(isinstance(w, str) for w in test["IN"]):
        return attr, list(test["IN"])
    return None


def _longest(spans: list[tuple[int, int, Rule]]) -> list[tuple[int, int, Rule]]:
    """Token spans without overlaps, in text order: of overlapping ones the longest, then the first
    (spaCy's ``filter_spans``, on tuples rather than ``Span`` objects)."""
    result, seen = [], set()
    for span in sorted(spans, key=lambda s: (s[1] - s[0], -s[0]), reverse=True):
        if span[0] not in seen and span[1] - 1 not in seen:
            result.append(span)
            seen.update(range(span[0], span[1]))
    return sorted(result, key=lambda s: s[0])


def _word_regex(pattern: Any) -> tuple[str, re.Pattern[str]] | None:
    """``(attribute, regex)`` of a pattern that is one token tested by one regex (``[{"LOWER": {"REGEX":
    ...}}]``), else None."""
    if len(pattern) != 1 or len(pattern[0]) != 1:
        return None
    ((attr, test),) = pattern[0].items()
    if attr not in _REGEX_ATTRS or not isinstance(test, dict) or list(test) != ["REGEX"]:
        return None
    return "ORTH" if attr == "TEXT" else attr, re.compile(test["REGEX"])


def _compiled(nlp: Any, rules: dict[str, list[Any]]) -> tuple[Any, int | None, tuple[_Needs, ...] | None]:
    """One ``Matcher`` for the patterns (of each rule id) that open on the same first word, how far they reach
    and the words each needs after it (:func:`_needs`)."""
    from spacy.matcher import Matcher

    matcher = Matcher(nlp.vocab, validate=True)
    for rule_id, patterns in rules.items():
        matcher.add(rule_id, patterns)
    reaches = [_reach(p) for patterns in rules.values() for p in patterns]
    reach = None if None in reaches else max(reaches)
    return matcher, reach, _needs(nlp, [p for patterns in rules.values() for p in patterns], reach)


def _run_from(
    doc: Any,
    starts: list[int],
    matcher: Any,
    reach: int | None,
    needs: tuple[_Needs, ...] | None,
    values: Callable[[str], list[int]],
) -> Iterable[tuple[int, int, int]]:
    """The matches of ``matcher`` (patterns opening on one word) starting at ``starts``, where that word stands."""
    if needs is not None:  # where the words one of the patterns needs stand after the first word
        starts = [i for i in starts if _found(needs, i, len(doc), values)]
    if not starts:
        return []
    if reach is None:  # a pattern without bounds reads to the end: one run from the first word
        return [(key, s + starts[0], e + starts[0]) for key, s, e in matcher(doc[starts[0] :])]
    # Each run covers one place the word stands, as far as the longest pattern reaches, so the Matcher walks a
    # few tokens, not the whole text, for each word.
    return {(key, s + i, e + i) for i in starts for key, s, e in matcher(doc[i : i + reach]) if s == 0}


def _found(needs: tuple[_Needs, ...], start: int, size: int, values: Callable[[str], list[int]]) -> bool:
    """Whether one of ``needs`` (:func:`_needs`) finds its words after the first word standing at ``start`` in a
    text of ``size`` tokens."""
    for need in needs:
        for attr, words, first, stop in need:
            if words.isdisjoint(values(attr)[start + first : size if stop is None else start + stop]):
                break
        else:
            return True
    return False


def _first_regex(pattern: list[Any]) -> tuple[str, str] | None:
    """``(attribute, regex)`` when ``pattern``'s first token is one regex test and no operator
    (``{"LOWER": {"REGEX": "^машин"}}``), else None."""
    first = pattern[0]
    if len(first) != 1:
        return None
    ((attr, test),) = first.items()
    if attr not in _REGEX_ATTRS or not isinstance(test, dict) or list(test) != ["REGEX"]:
        return None
    return ("ORTH" if attr == "TEXT" else attr), test["REGEX"]


def _needs(nlp: Any, patterns: list[list[Any]], reach: int | None) -> tuple[_Needs, ...] | None:
    """For each of ``patterns`` (opening on one word, together reaching ``reach`` tokens), the words it needs after
    that word: ``(attribute, hashes, first, stop)`` for each of its tokens that is one word or a word list and must
    stand at least once, one of those words standing at an offset from the first word from ``first`` to before
    ``stop`` (None: the end of the text). None when one of the patterns needs no such word (any place may start a
    match). A place where none of the patterns finds the words it needs starts no match: the Matcher skips it."""
    found: dict[_Needs, None] = {}
    for pattern in patterns:
        need = []
        least, most = 1, 1  # the offsets from the first word at which the next token may stand
        for token in pattern[1:]:
            test = dict(token)
            low, high = _counts(test.pop("OP", "1"))
            words = _words(test) if len(test) == 1 and low >= 1 else None
            if words is not None:
                stop = reach if most is None else most + 1 if reach is None else min(most + 1, reach)
                need.append((words[0], frozenset(nlp.vocab.strings.add(w) for w in words[1]), least, stop))
            least += low
            most = None if most is None or high is None else most + high
        if not need:
            return None
        found[tuple(need)] = None
    return tuple(found)


def _counts(op: str) -> tuple[int, int | None]:
    """How many times at least and at most (None: no bound) a token with operator ``op`` stands ("1", "?", "*",
    "+", "{2}", "{1,3}", "{1,}", "{,4}"; a negated token, "!", is taken as standing at most once)."""
    if op in ("*", "+"):
        return (0 if op == "*" else 1), None
    if op.startswith("{"):
        bounds = op.strip("{}").split(",")
        return int(bounds[0] or 0), int(bounds[-1]) if bounds[-1] else None
    return (1 if op == "1" else 0), 1


def _first_word_apart(pattern: Any) -> list[list[Any]]:
    """``pattern`` as one pattern per word of its first token's ``IN`` list, when it has one (spaCy
    compares a plain word in C but calls Python for a list at every token)."""
    first = pattern[0]
    if len(first) == 1:
        ((attr, test),) = first.items()
        if isinstance(test, dict) and list(test) == ["IN"]:
            return [[{attr: word}, *pattern[1:]] for word in test["IN"]]
    return [list(pattern)]


def _anchor(pattern: list[Any]) -> tuple[str, str] | None:
    """``(attribute, word)`` when ``pattern``'s first token is exactly one word (``{"LOWER": "fired"}``, no
    operator), else None."""
    first = pattern[0]
    if len(first) != 1:
        return None
    ((attr, test),) = first.items()
    if attr not in ("LOWER", "ORTH", "TEXT") or not isinstance(test, str):
        return None
    return ("ORTH" if attr == "TEXT" else attr), test


def _reach(pattern: list[Any]) -> int | None:
    """How many tokens ``pattern`` can cover at most, or None when a wildcard lets it run on (``{"OP": "*"}``).
    A repeated token that must pass a test ("was", "were", "been" ... ``"OP": "*"``) counts
    ``_REPEATS`` tokens: such words never stand more than a few in a row."""
    total = 0
    for token in pattern:
        op = token.get("OP", "1")
        most = _counts(op)[1]
        if most is None:
            if op not in ("*", "+") or len(token) == 1:  # "{2,}", or nothing but the operator: any tokens at all
                return None
            total += _REPEATS
        else:
            total += most
    return total
