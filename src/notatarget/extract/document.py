"""The shared document object the extraction components read and write, and its segmentation.

Text is cut into paragraphs (line breaks), long paragraphs into bounded chunks, and each chunk is run
through a blank spaCy pipeline's tokenizer and split into sentences as spaCy's rule-based sentencizer splits
them (no statistical model), so the work is linear in the size of the text. Offsets everywhere are character
offsets into the report text.
"""

from __future__ import annotations

import gc
import re
from bisect import bisect_right
from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import date
from functools import cache, lru_cache
from typing import Any

from notatarget.extract.prefilter import letters_skip
from notatarget.extract.ruleset import ARABIC_FOLD, ARABIC_MARKS, Hit, RuleMatcher, load_rules, token_attributes

#: Longest stretch handed to spaCy at once; longer paragraphs are cut at a space (or hard, without one).
CHUNK_CHARS = 20_000
#: Longest sentence; run-on text (lists, tables, text without full stops) is cut into pieces this long.
SENTENCE_CHARS = 1_500
#: The page-date line some retrieved texts begin with (" date 2016-11-18"): metadata, not report text.
PAGE_DATE = re.compile(r"\s*date \d{4}-\d{2}-\d{2}\b\s*")
#: Languages with their own blank spaCy pipeline here; French is left out because its tokenizer
#: exceptions take about ten seconds to compile, so it uses the multi-language one with elisions split.
_SPACY_LANGS = ("en", "es")
_ELISION = r"(?:[Qq]u|[LlDdJjMmNnSsTtCc])['’]"
#: Abbreviations before a count's members ("3 injured incl. 1 nurse", "approx. 20 patients") or a place's name (the
#: Philippines' "Brgy. Bulol", a barangay): no sentence ends at their full stop.
_ABBREVIATIONS = ("incl.", "Incl.", "approx.", "Approx.", "Brgy.")
#: Titles that end in a full stop but no sentence, for the multi-language pipeline (spaCy's English and Spanish
#: ones know their own): "le Dr. Saad", "M. Karim", "Pr. Diallo".
_LETTER = re.compile(r"[^\W\d_]")
_TITLES = ("Dr.", "Dra.", "Drs.", "Pr.", "Prof.", "M.", "MM.", "Mme.", "Mlle.", "Mr.", "Mrs.", "Ms.", "Sr.", "Sra.")
#: What the rules should read as one plain space: the carriage return spreadsheets export as ``_x000D_``
#: (often glued to the next word), non-breaking and other Unicode spaces, tabs, and runs of them.
_SPACES = r"\t\u00a0\u2000-\u200b\u202f\u205f\u3000"  # the blank characters other than a plain space
_BLANKS = re.compile(rf"(?:_x000[dD]_|[ {_SPACES}])+")
#: Patterns that open on one character class: a search skips through the text in C to where one may match,
#: instead of trying the pattern at every character.
_ODD_SPACE = re.compile(rf"[{_SPACES}]")
#: Distinct words (space-delimited chunks) whose tokens spaCy's tokenizer remembers: its default of 10,000 is
#: mostly taken by the rules' own phrases, so most words of a report were split by its regexes again each time.
TOKENIZER_CACHE = 200_000
#: The words handed to the tokenizer alone so far (see :func:`_remember_words`), per tokenizer.
_REMEMBERED: dict[int, set[str]] = {}
#: Languages extraction has words for (rules, dates, numbers): a text is read as the likeliest of them.
READ_LANGUAGES = ("en", "fr", "es", "ar", "pt", "de", "da", "uk", "ru", "my")


@dataclass(slots=True)
class Sentence:
    """One sentence: its place in the text and what the components found in it."""

    index: int
    start: int
    end: int
    paragraph: int
    hits: dict[str, list[Hit]] = field(default_factory=dict)
    dates: list[Any] = field(default_factory=list)
    quantities: list[Any] = field(default_factory=list)
    places: list[Any] = field(default_factory=list)

    def get(self, name: str) -> list[Hit]:
        """The hits of rule set ``name`` in this sentence."""
        return self.hits.get(name, [])


@dataclass(slots=True)
class Doc:
    """The state one report's extraction builds up, component by component."""

    text: str
    published: date | None
    language: str
    sentences: list[Sentence] = field(default_factory=list)
    reference: date | None = None
    places: Any = None
    events: list[Any] = field(default_factory=list)
    incidents: list[Any] = field(default_factory=list)
    accident: bool = False
    disaster: bool = False
    starts: list[int] = field(default_factory=list)

    def sentence_at(self, offset: int) -> Sentence:
        """The sentence holding character ``offset``."""
        return self.sentences[max(0, bisect_right(self.starts, offset) - 1)]

    def alone(self, sentence: Sentence, words_only: bool = False) -> bool:
        """Whether ``sentence`` is alone in its paragraph (a heading, a title), or, with ``words_only``, beside
        nothing but sentences without a letter (a number: "6. Arrest of two doctors")."""
        return not any(
            0 <= i < len(self.sentences)
            and self.sentences[i].paragraph == sentence.paragraph
            and (not words_only or _LETTER.search(self.text, self.sentences[i].start, self.sentences[i].end))
            for i in (sentence.index - 1, sentence.index + 1)
        )


def detect_language(text: str, language: str | None = None) -> str:
    """``language`` (its two-letter primary subtag) when given; else the likeliest of
    :data:`READ_LANGUAGES` (the shared :func:`notatarget.language.detect_language`), English for a text
    too short to tell."""
    if language:
        return language.lower()[:2]
    from notatarget.language import detect_language as likeliest

    return likeliest(text, among=READ_LANGUAGES) or "en"


@cache
def _nlp(language: str) -> tuple[Any, RuleMatcher]:
    """A blank spaCy pipeline for ``language`` ("xx" for the others), and the rule matchers compiled for its
    vocabulary; built once per process."""
    import spacy
    from spacy.attrs import IDS
    from spacy.symbols import ORTH

    _register_tokenizer()
    # French-style elisions ("l'hôpital") split off as prefixes in the multi-language pipeline
    tokenizer = {"@tokenizers": _TOKENIZER, "elisions": language not in _SPACY_LANGS}
    nlp = spacy.blank(language if language in _SPACY_LANGS else "xx", config={"nlp": {"tokenizer": tokenizer}})
    # A new word's lexeme gets only the attributes read here: the rules' tests, the phrase matcher's LOWER and the
    # sentence splitter's IS_PUNCT (spaCy's other getters, shape, prefix, norm, like_url..., are a third of the cost)
    read = {IDS[name] for name in (*token_attributes(), "LOWER", "IS_PUNCT") if name in IDS}
    nlp.vocab.lex_attr_getters = {k: f for k, f in nlp.vocab.lex_attr_getters.items() if k in read}
    if language not in _SPACY_LANGS:
        for title in _TITLES:
            nlp.tokenizer.add_special_case(title, [{ORTH: title}])
    for abbreviation in _ABBREVIATIONS:
        nlp.tokenizer.add_special_case(abbreviation, [{ORTH: abbreviation}])
    nlp.max_length = CHUNK_CHARS + 1
    nlp.tokenizer.max_cache_size = TOKENIZER_CACHE
    # English and Spanish texts get their own rules and the shared ones; any other language gets all
    # rules (French, Arabic, mixed texts), including the slower per-token regexes for Arabic clitics
    matcher = RuleMatcher(nlp, (language,) if language in _SPACY_LANGS else None)
    # The pipeline, the rules and the modules they loaded live as long as the process: kept out of the garbage
    # collector's scans, which otherwise walk them again and again (about 5% of the time of a long report)
    gc.freeze()
    return nlp, matcher


#: The tokenizer the pipelines are built with (registered with spaCy on first use: :func:`_register_tokenizer`).
_TOKENIZER = "notatarget.Tokenizer.v1"


def _tokenizer_factory(elisions: bool = False) -> Any:
    """spaCy's default tokenizer (``spacy.Tokenizer.v1``), its prefixes with French-style elisions when
    ``elisions``, and its affix and URL regexes answering at once for a word of letters only, which none of them
    matches (``prefilter.letters_skip``: about a third of the cost of a new word)."""
    from spacy.tokenizer import Tokenizer
    from spacy.util import compile_infix_regex, compile_prefix_regex, compile_suffix_regex

    def make(nlp: Any) -> Any:
        defaults = nlp.Defaults
        prefixes = [*defaults.prefixes, _ELISION] if elisions else defaults.prefixes
        prefix_search = compile_prefix_regex(prefixes).search if prefixes else None
        suffix_search = compile_suffix_regex(defaults.suffixes).search if defaults.suffixes else None
        infix_finditer = compile_infix_regex(defaults.infixes).finditer if defaults.infixes else None
        return Tokenizer(
            nlp.vocab,
            rules=defaults.tokenizer_exceptions,
            prefix_search=letters_skip(prefix_search) if prefix_search else None,
            suffix_search=letters_skip(suffix_search) if suffix_search else None,
            infix_finditer=letters_skip(infix_finditer, iter) if infix_finditer else None,
            token_match=defaults.token_match,
            url_match=letters_skip(defaults.url_match) if defaults.url_match else None,
        )

    return make


@cache
def _register_tokenizer() -> None:
    from spacy.util import registry

    registry.tokenizers.register(_TOKENIZER, func=_tokenizer_factory)


def chunks(text: str) -> list[tuple[int, int, int]]:
    """``(start, end, paragraph)`` pieces of ``text``: its non-blank lines, each cut to at most
    :data:`CHUNK_CHARS` characters (at the last space when there is one)."""
    out: list[tuple[int, int, int]] = []
    for paragraph, line in enumerate(re.finditer(r"[^\n]+", text)):
        start, end = line.start(), line.end()
        while start < end:
            stop = min(end, start + CHUNK_CHARS)
            if stop < end:
                cut = text.rfind(" ", start + CHUNK_CHARS // 2, stop)
                stop = cut + 1 if cut > 0 else stop
            if text[start:stop].strip():
                out.append((start, stop, paragraph))
            start = stop
    return out


#: What :func:`matching_text` drops or folds in Arabic: its marks and letter variants.
_ARABIC_ODD = re.compile(rf"[{ARABIC_MARKS[1:-1]}أإآٱىة]")
_MARKS = re.compile(ARABIC_MARKS + ARABIC_MARKS + "*")  # a run of them, opening on the class
#: The runs of :data:`_BLANKS` :func:`matching_text` replaces: all but a lone plain space, which reads as itself.
_ODD_RUN = re.compile(rf"(?! (?!{_BLANKS.pattern})){_BLANKS.pattern}")


def _odd_blank(piece: str) -> bool:
    """Whether ``piece`` holds a run of :data:`_BLANKS` other than one plain space."""
    return "  " in piece or "_x000d_" in piece or "_x000D_" in piece or bool(_ODD_SPACE.search(piece))


def matching_text(piece: str) -> tuple[str, Sequence[int]]:
    """``piece`` as the rules read it, each run of :data:`_BLANKS` one space (so "set  on fire" and
    "clinic._x000D_The" read as written plainly) and Arabic folded as ``ruleset.fold_arabic`` folds rule words
    ("مسعفَين" is "مسعفين"), and for each of its characters (and its end) the offset in ``piece`` it comes
    from (a ``range`` when nothing changed)."""
    blanks = _odd_blank(piece)
    if not (blanks or _ARABIC_ODD.search(piece)):
        return piece, range(len(piece) + 1)
    dropped = [*_MARKS.finditer(piece), *(_ODD_RUN.finditer(piece) if blanks else ())]
    parts, positions, last = [], [], 0
    for m in sorted(dropped, key=lambda m: m.start()):
        blank = m.re is _ODD_RUN
        parts.append(piece[last : m.start()] + (" " if blank else ""))
        positions += [*range(last, m.start()), *([m.start()] if blank else [])]
        last = m.end()
    parts.append(piece[last:])
    positions += [*range(last, len(piece) + 1)]
    return "".join(parts).translate(ARABIC_FOLD), positions


@cache
def _sentence_final() -> Any:
    """The hashes of the characters that end a sentence, those of spaCy's rule-based sentencizer."""
    import numpy
    from spacy.pipeline import Sentencizer
    from spacy.strings import hash_string

    return numpy.array([hash_string(c) for c in Sentencizer.default_punct_chars], dtype=numpy.uint64)


def _sentences(sdoc: Any) -> list[tuple[int, int]]:
    """Token spans of the sentences of a spaCy doc, as spaCy's rule-based sentencizer splits them (read from the
    token arrays at once, not token by token): a sentence starts at the first token and at each word (a token
    that is neither punctuation nor sentence-final) with a sentence-final token since the word before it."""
    import numpy

    if not len(sdoc):
        return []
    final = numpy.isin(sdoc.to_array("ORTH"), _sentence_final())
    words = (~final & (sdoc.to_array("IS_PUNCT") == 0)).nonzero()[0]
    finals_before = numpy.concatenate(([0], numpy.cumsum(final)))  # at i: the sentence-final tokens before token i
    after_word = numpy.concatenate(([0], words[:-1] + 1))  # at each word: the token after the word before it
    starts = sorted({0, *words[finals_before[words] > finals_before[after_word]].tolist()})
    return list(zip(starts, [*starts[1:], len(sdoc)], strict=True))


#: Misspelt words of English text are read as the rule word they miss by one letter left out, one added or
#: two next ones swapped ("hospial", "Ahospital", "abudcted"): a word wordfreq does not know as English (Zipf
#: below :data:`_RARE_ZIPF`) that is that near to exactly one word of a phrase of the target and act sets ("aid
#: wokrers"), itself a common English word (:data:`_KEY_ZIPF`) of at least :data:`_KEY_CHARS` letters.
_SPELLED_SETS = ("facilities", "people", "attacks", "casualties", "damage")
_RARE_ZIPF = 1.5
_KEY_ZIPF = 2.5
_KEY_CHARS = 7
_LATIN_WORD = re.compile(r"[A-Za-z]{6,}")


def _deletions(word: str) -> set[str]:
    return {word[:i] + word[i + 1 :] for i in range(len(word))}


def _swaps(word: str) -> set[str]:
    return {word[:i] + word[i + 1] + word[i] + word[i + 2 :] for i in range(len(word) - 1)}


@cache
def _rule_words() -> tuple[frozenset[str], frozenset[str], dict[str, set[str]]]:
    """The words of the rules' phrases, those of them of at least :data:`_KEY_CHARS` ASCII letters (which a
    misspelling may be read as when it is a common English word: :func:`_key_word`), and each one-letter-short
    form of these with the words it is short of. No word frequency is read here: wordfreq and its English list
    load only when a text holds a word that near to a rule word (about half a second of a short report's
    start-up)."""
    phrases = frozenset(
        word
        for name in _SPELLED_SETS
        for rule in load_rules(name)
        if rule.lang in ("en", "*")
        for phrase in rule.phrases
        for word in phrase.split()
        if word.isalpha() and word.islower()
    )
    words = frozenset(w for w in phrases if len(w) >= _KEY_CHARS and w.isascii())
    short: dict[str, set[str]] = {}
    for word in words:
        for form in _deletions(word):
            short.setdefault(form, set()).add(word)
    return phrases, words, short


@cache
def _key_word(word: str) -> bool:
    """Whether the rule word ``word`` is a common English word (:data:`_KEY_ZIPF`), which a misspelling may be
    read as."""
    from wordfreq import zipf_frequency

    return zipf_frequency(word, "en") >= _KEY_ZIPF


@lru_cache(maxsize=TOKENIZER_CACHE)
def _respelled(word: str) -> str | None:
    """The rule word ``word`` misspells, if it is one (see :data:`_SPELLED_SETS`); not a rule word itself
    (remembered: a report repeats its words)."""
    phrases, words, short = _rule_words()
    lower = word.lower()
    if lower in phrases:
        return None
    near = {w for w in _deletions(lower) | _swaps(lower) if w in words} | short.get(lower, set())
    found = {w for w in near if _key_word(w)}
    # whether it is an English word is asked last: wordfreq's answer costs more than the rest
    if len(found) != 1:
        return None
    from wordfreq import zipf_frequency

    if zipf_frequency(lower, "en") >= _RARE_ZIPF:
        return None
    (right,) = found
    return right.capitalize() if word[0].isupper() else right


def respelled_text(reading: str, positions: Sequence[int]) -> tuple[str, Sequence[int]]:
    """``reading`` (from :func:`matching_text`) with misspelt rule words respelled (:func:`_respelled`), and
    for each of its characters the offset in the piece it comes from (a respelled word's first and last letters
    point at those of the word as written)."""
    parts, offsets, last = [], [], 0
    for m in _LATIN_WORD.finditer(reading):
        right = _respelled(m.group())
        if right is None:
            continue
        parts.append(reading[last : m.start()] + right)
        letters = [min(k, len(m.group()) - 1) for k in range(len(right) - 1)] + [len(m.group()) - 1]
        offsets += [*positions[last : m.start()], *(positions[m.start() + k] for k in letters)]
        last = m.end()
    if not parts:
        return reading, positions
    parts.append(reading[last:])
    offsets += positions[last:]
    return "".join(parts), offsets


def _bounded(sdoc: Any) -> list[tuple[int, int]]:
    """Sentence offsets of a spaCy doc, run-on sentences cut at a token boundary every
    :data:`SENTENCE_CHARS` characters (so per-sentence work stays bounded)."""
    idx, lengths = sdoc.to_array("IDX").tolist(), sdoc.to_array("LENGTH").tolist()
    out = []
    for first, last in _sentences(sdoc):
        begin, end = idx[first], idx[last - 1] + lengths[last - 1]
        if end - begin <= SENTENCE_CHARS:
            out.append((begin, end))
            continue
        for at in idx[first:last]:
            if at - begin > SENTENCE_CHARS:
                out.append((begin, at))
                begin = at
        out.append((begin, end))
    return out


def _remember_words(tokenizer: Any, texts: list[str]) -> None:
    """Tokenize each word of ``texts`` (a run of non-blanks, as the tokenizer cuts them) not yet tokenized alone, so
    the tokenizer remembers it: within one text spaCy remembers no word after the first that a special case split
    ("don't", "p.m."), which in a long report leaves almost every word to its regexes again. A word is cut the same
    alone as in a text, so the tokens are the same. Words of letters that are no special case are tokenized in one
    call (no special case among them stops spaCy remembering them), the others one by one."""
    known = _REMEMBERED.setdefault(id(tokenizer), set())
    if len(known) > TOKENIZER_CACHE:
        known.clear()
    new = {w for text in texts for w in text.split()} - known
    plain = [w for w in new if w.isalpha() and w not in tokenizer.rules]
    if plain:
        tokenizer(" ".join(plain))
    for word in new.difference(plain):
        tokenizer(word)
    known.update(new)


def segment(doc: Doc) -> Doc:
    """Component: split ``doc.text`` into sentences and run every rule set on it."""
    nlp, matcher = _nlp(doc.language if doc.language in _SPACY_LANGS else "xx")
    page_date = PAGE_DATE.match(doc.text)
    text = " " * page_date.end() + doc.text[page_date.end() :] if page_date else doc.text
    pieces = chunks(text)
    readings = [matching_text(text[s:e]) for s, e, _ in pieces]
    if doc.language == "en":
        readings = [respelled_text(*r) for r in readings]
    _remember_words(nlp.tokenizer, [r for r, _ in readings])
    for (start, stop, paragraph), (reading, positions), sdoc in zip(
        pieces, readings, nlp.pipe(r for r, _ in readings), strict=True
    ):
        first = len(doc.sentences)
        for s_start, s_end in _bounded(sdoc):
            piece = reading[s_start:s_end]
            if piece.strip():
                begin = start + positions[s_start + len(piece) - len(piece.lstrip())]
                doc.sentences.append(Sentence(len(doc.sentences), begin, start + positions[s_end], paragraph))
        starts = [s.start for s in doc.sentences[first:]]
        # offsets in the report text, and its words as written, when the rules read them otherwise
        written = None if isinstance(positions, range) else (text[start:stop], positions)
        found = matcher.match(sdoc, offset=start, language=doc.language, text=reading, written=written)
        for name, hits in found.items():
            for hit in hits:
                sentence = doc.sentences[first + max(0, bisect_right(starts, hit.start) - 1)]
                sentence.hits.setdefault(name, []).append(hit)
    doc.starts = [s.start for s in doc.sentences]
    return doc
