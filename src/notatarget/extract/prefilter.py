"""Regex searches skipped where they cannot match: a literal prefilter, as RE2 and code search engines use.

Most of the rules' regexes look for a phrase in a sentence ("initial reports", "in separate attacks", "asked ...
to") and find none: Python's ``re`` tries such a pattern at every character, which costs far more than asking
whether one of the words every match must hold is there at all. :func:`required_literals` reads a pattern's parse
tree for such words: a run of literal characters every match holds (of alternatives, one run from each), and
:class:`Prefiltered` wraps the compiled pattern so that ``search``, ``finditer`` and ``findall`` first look for
one of them in the lower-cased stretch searched, and run the pattern only when one is there. The answer is the
pattern's own (the same match objects), found faster; ``match``, ``fullmatch``, ``split``, ``sub`` and the other
attributes are the pattern's.

Only characters whose case-blind matching lower-casing reproduces are read as literals: ASCII characters and
characters without case (Arabic letters, punctuation); a text holding one of the few others that ``re`` matches to an
ASCII letter case-blind ("İ", "ı", "ſ") is searched without the prefilter.
"""

from __future__ import annotations

import re
import sys
from bisect import bisect_left
from collections.abc import Iterator, MutableMapping
from functools import lru_cache
from re import _compiler, _parser  # type: ignore[attr-defined]
from re import _constants as _c  # type: ignore[attr-defined]
from typing import Any

__all__ = ["Prefiltered", "may_match", "prefilter", "prefilter_patterns", "required_literals"]

#: Characters ``re`` matches case-blind to an ASCII letter that lower-casing does not turn into it.
_UNSAFE = re.compile("[\u0130\u0131\u017f]")
#: The characters ``re`` matches case-blind to others beyond lower-casing ("ı" and "i", "ς" and "σ", "ᲀ" and "в"):
#: its table of extra cases (``re._casefix``), empty when this Python's ``re`` keeps it elsewhere.
_EQUIVALENT = frozenset(
    chr(code) for low, others in (getattr(_compiler, "_EXTRA_CASES", None) or {}).items() for code in (low, *others)
)
#: The shortest literal worth looking for when it is letters or digits (any sentence holds "a", "no", "it").
_MIN_WORD_CHARS = 3
#: Operators that match nothing (assertions): the literals on either side of them stand next to each other.
_ZERO_WIDTH = frozenset({_c.AT, _c.ASSERT, _c.ASSERT_NOT})
_REPEATS = frozenset({_c.MAX_REPEAT, _c.MIN_REPEAT, getattr(_c, "POSSESSIVE_REPEAT", _c.MAX_REPEAT)})


def _literal_char(code: int) -> str | None:
    """The character a literal matches, lower-cased, when lower-cased text shows it wherever ``re`` matches it (in
    either case): an ASCII character or one without case; else None."""
    char = chr(code)
    if char.isascii():
        return char.lower()
    if char.lower() == char and char.upper() == char and _EQUIVALENT and char not in _EQUIVALENT:
        return char
    return None


def _best(sets: list[frozenset[str]]) -> frozenset[str] | None:
    """Of several sets of literals every match holds one of, the one likeliest to rule a text out: a telling one
    (:func:`_telling`), then the longest shortest literal, then the fewest."""
    return max(sets, key=lambda s: (_telling(s), min(map(len, s)), -len(s)), default=None)


def _telling(literals: frozenset[str]) -> bool:
    """Whether a text may well hold none of ``literals``: none is a short word or letter ("no", "it", "a"), which
    any sentence holds (two digits, "19" or "20" of a year, are telling, and so are two letters of another script
    than Latin, "هم", which a text in another holds nowhere)."""
    return all(
        len(x) >= _MIN_WORD_CHARS or not x.isalnum() or (len(x) > 1 and (x.isdigit() or not any(map(str.isascii, x))))
        for x in literals
    )


def _minimal(literals: frozenset[str]) -> frozenset[str]:
    """``literals`` without those holding another (a text holding "asked" holds "ask")."""
    return frozenset(x for x in literals if not any(y != x and y in x for y in literals))


def _required(items: Any) -> frozenset[str] | None:
    """A set of lower-case strings one of which every match of the parsed sequence ``items`` holds, or None."""
    found: list[frozenset[str]] = []
    run: list[str] = []

    def close() -> None:
        if run:
            found.append(frozenset(["".join(run)]))
            run.clear()

    for op, av in items:
        if op is _c.LITERAL and (char := _literal_char(av)) is not None:
            run.append(char)
            continue
        if op in _ZERO_WIDTH:
            continue  # nothing consumed: the literals before and after stand together
        close()
        if op is _c.SUBPATTERN:
            inner = _required(av[-1])
        elif op is getattr(_c, "ATOMIC_GROUP", None):
            inner = _required(av)
        elif op is _c.BRANCH:
            alternatives = [_required(alternative) for alternative in av[1]]
            inner = None if None in alternatives else frozenset().union(*alternatives)  # type: ignore[arg-type]
        elif op in _REPEATS and av[0] >= 1:
            inner = _required(av[2])
        else:
            inner = None  # a class, any character, a back reference, a conditional: no literal known
        if inner:
            found.append(inner)
    close()
    best = _best([_minimal(x) for x in found if all(x)])
    return best if best else None


def _digits_only(members: Any) -> bool:
    """Whether a parsed character class holds nothing but decimal digits."""
    for op, av in members:
        if op is _c.LITERAL and chr(av).isdecimal():
            continue
        if op is _c.RANGE and av[1] - av[0] < 64 and all(chr(c).isdecimal() for c in range(av[0], av[1] + 1)):
            continue
        if op is _c.CATEGORY and av in (_c.CATEGORY_DIGIT, getattr(_c, "CATEGORY_UNI_DIGIT", _c.CATEGORY_DIGIT)):
            continue
        return False
    return True


def _first_digit(items: Any) -> tuple[bool, bool]:
    """For a parsed sequence: whether the first character any match of it consumes is a decimal digit, and whether
    it may match nothing (its first character then is whatever follows)."""
    digit = True
    for op, av in items:
        if op in _ZERO_WIDTH:
            continue
        if op is _c.LITERAL:
            first, empty = chr(av).isdecimal(), False
        elif op is _c.IN:
            first, empty = _digits_only(av), False
        elif op is _c.SUBPATTERN:
            first, empty = _first_digit(av[-1])
        elif op is getattr(_c, "ATOMIC_GROUP", None):
            first, empty = _first_digit(av)
        elif op is _c.BRANCH:
            alternatives = [_first_digit(alternative) for alternative in av[1]]
            first, empty = all(f for f, _ in alternatives), any(e for _, e in alternatives)
        elif op in _REPEATS:
            first, empty = _first_digit(av[2])
            empty = empty or av[0] == 0
        else:  # any character, a back reference, a conditional...
            first, empty = False, True
        digit = digit and first
        if not empty:
            return digit, False
    return digit, True


def required_literals(pattern: re.Pattern[str], parsed: Any = None) -> frozenset[str] | None:
    """Lower-case strings one of which every match of ``pattern`` holds (lower-cased), or None when none is known.
    Short words are no use (any sentence holds "no" or "it") and give None too. ``parsed``: the pattern's parse tree,
    when already read."""
    if not isinstance(pattern.pattern, str) or pattern.flags & re.LOCALE:
        return None
    try:
        literals = _required(_parser.parse(pattern.pattern, pattern.flags) if parsed is None else parsed)
    except Exception:  # a syntax this reading does not know: no prefilter
        return None
    return literals if literals and _telling(literals) else None


#: The last stretch searched, lower-cased: ``[string, pos, endpos, lowered or None]`` (None: a character that
#: lower-casing does not read as ``re`` does). Several patterns are searched in turn over one sentence.
_LAST: list[Any] = [None, 0, 0, None]
#: The last long text searched (a report's), lower-cased whole: ``[text, lowered or None]``.
_TEXT: list[Any] = [None, None]
#: Stretches shorter than this are searched at once: the prefilter would cost about as much as the search.
_SHORT = 32
#: Texts at least this long are lower-cased once, whole, not stretch by stretch.
_LONG = 2000


def _lowered(string: str, pos: int, endpos: int) -> str | None:
    """``string[pos:endpos]`` lower-cased, or None when it holds a character that ``re`` matches to an ASCII letter
    case-blind but lower-casing does not turn into it."""
    last = _LAST
    if string is last[0] and pos == last[1] and endpos == last[2]:
        return last[3]
    window = string[pos:endpos]
    lowered = None if not window.isascii() and _UNSAFE.search(window) else window.lower()
    last[0], last[1], last[2], last[3] = string, pos, endpos, lowered
    return lowered


def _lowered_text(text: str) -> str | None:
    """A long ``text`` lower-cased whole (the same length: offsets hold), or None as :func:`_lowered`."""
    if text is not _TEXT[0]:
        lowered = None if not text.isascii() and _UNSAFE.search(text) else text.lower()
        _TEXT[0], _TEXT[1] = text, lowered if lowered is None or len(lowered) == len(text) else None
    return _TEXT[1]


def _sre_skips(pattern: re.Pattern[str], parsed: Any) -> bool:
    """Whether ``re`` itself skips to where ``pattern`` may start: it opens on a literal or on a set of characters
    (or at the start of the text), which it looks for before trying the pattern."""
    try:
        first = parsed.data[0] if parsed.data else None
        if first and first[0] is _c.AT and first[1] in (_c.AT_BEGINNING, _c.AT_BEGINNING_STRING):
            return True
        flags = pattern.flags
        return bool(_compiler._get_literal_prefix(parsed, flags)[0] or _compiler._get_charset_prefix(parsed, flags))
    except Exception:  # private helpers of another Python version: take it to skip nothing
        return False


#: Where a decimal digit stands.
_DIGIT = re.compile(r"\d")


def digit_positions(string: str) -> list[int]:
    """Where the decimal digits of ``string`` stand, in order (for :meth:`Prefiltered.finditer_windows`)."""
    return [m.start() for m in _DIGIT.finditer(string)]


class Prefiltered:
    """A compiled pattern whose searches skip where it cannot match; the same answers as the pattern's. A stretch
    holding none of its required literals (:func:`required_literals`), lower-cased, is not searched; a pattern whose
    matches open on a digit behind a look-behind (which keeps ``re`` from skipping to digits by itself: "(?<![\\d/])
    (?P<year>...)") is tried only where a digit stands. Without ``literals`` and ``digits``, the pattern is read on its
    first search (a module's patterns are wrapped as it loads, most of them read never or late); when neither skip
    applies, its searches are the pattern's own from then on."""

    def __init__(self, pattern: re.Pattern[str], literals: frozenset[str] | None = None, digits: bool = False) -> None:
        self._pattern = pattern
        self._literals: tuple[str, ...] = ()
        self._digits = False
        self._search, self._finditer, self._findall = pattern.search, pattern.finditer, pattern.findall
        if literals is None and not digits:  # read on the first search
            self.search, self.finditer, self.findall = self._first_search, self._first_finditer, self._first_findall
        else:
            self._skips(literals, digits)
        # everything else is the pattern's own (bound once: no extra call)
        self.match, self.fullmatch, self.split, self.sub, self.subn = (
            pattern.match,
            pattern.fullmatch,
            pattern.split,
            pattern.sub,
            pattern.subn,
        )
        self.pattern, self.flags, self.groups, self.groupindex = (
            pattern.pattern,
            pattern.flags,
            pattern.groups,
            pattern.groupindex,
        )

    def _skips(self, literals: frozenset[str] | None, digits: bool) -> None:
        """Searches that skip with ``literals`` and, when ``digits``, to digits; the pattern's own without either."""
        self._literals = tuple(sorted(literals, key=len)) if literals else ()
        self._digits = digits
        if not (self._literals or digits):
            self.search, self.finditer, self.findall = self._search, self._finditer, self._findall
        elif not self._literals:
            self.findall = self._findall  # only the literals skip a findall
        elif not digits:
            self.search = self._search_literals  # the commonest case, without a call to _may_match

    def _settle(self) -> None:
        """Read the pattern: which skips its searches make (:func:`_skips_of`)."""
        del self.search, self.finditer, self.findall  # this class's methods, unless _skips sets the pattern's
        self._skips(*_skips_of(self._pattern))

    def _first_search(self, *args: Any, **kwargs: Any) -> re.Match[str] | None:
        self._settle()
        return self.search(*args, **kwargs)

    def _first_finditer(self, *args: Any, **kwargs: Any) -> Iterator[re.Match[str]]:
        self._settle()
        return self.finditer(*args, **kwargs)

    def _first_findall(self, *args: Any, **kwargs: Any) -> list[Any]:
        self._settle()
        return self.findall(*args, **kwargs)

    @property
    def prefiltered(self) -> bool:
        """Whether searches skip (once the pattern is read)."""
        return bool(self._literals) or self._digits

    def _may_match(self, string: Any, pos: int, endpos: int) -> bool:
        """Whether ``string[pos:endpos]`` (clamped as ``re`` clamps them) holds one of the literals, lower-cased; True
        when there are none, or it cannot tell (not a string, a short stretch, or a character lower-casing does not
        read as ``re`` does)."""
        if not self._literals or type(string) is not str:
            return True
        size = len(string)
        pos = pos if pos > 0 else 0
        endpos = endpos if endpos < size else size
        if endpos - pos < _SHORT:
            return True
        # plain loops, not any() over a generator: this runs thousands of times per report
        if size >= _LONG and (lowered := _lowered_text(string)) is not None:
            for literal in self._literals:  # noqa: SIM110
                if lowered.find(literal, pos, endpos) >= 0:
                    return True
            return False
        lowered = _lowered(string, pos, endpos)
        if lowered is None:
            return True
        for literal in self._literals:  # noqa: SIM110
            if literal in lowered:
                return True
        return False

    def _at_digits(self, string: str, pos: int, endpos: int) -> Iterator[re.Match[str]]:
        """The pattern's matches in ``string[pos:endpos]``, as ``finditer`` finds them, tried only at digits: every
        match opens on one, so the leftmost match from any place is the first one tried at a digit after it."""
        match = self._pattern.match
        after = 0  # where the last match ended: the next starts there or later
        for digit in _DIGIT.finditer(string, pos, endpos):
            at = digit.start()
            if at >= after and (found := match(string, at, endpos)) is not None:
                yield found
                after = found.end() if found.end() > at else at + 1

    def _search_literals(self, string: str, pos: int = 0, endpos: int = sys.maxsize) -> re.Match[str] | None:
        """``search`` of a pattern with literals and no digit skip: :meth:`_may_match` written out, as it runs
        thousands of times per report."""
        if type(string) is str:
            size = len(string)
            start = pos if pos > 0 else 0
            end = endpos if endpos < size else size
            if end - start >= _SHORT:
                if size >= _LONG:
                    lowered = _TEXT[1] if string is _TEXT[0] else _lowered_text(string)
                    if lowered is not None:
                        for literal in self._literals:
                            if lowered.find(literal, start, end) >= 0:
                                break
                        else:
                            return None
                else:
                    lowered = _lowered(string, start, end)
                    if lowered is not None:
                        for literal in self._literals:
                            if literal in lowered:
                                break
                        else:
                            return None
        return self._search(string, pos, endpos)

    def finditer_windows(self, string: str, windows: list[list[int]], digits: list[int]) -> Iterator[re.Match[str]]:
        """The matches of ``finditer(string, start, end)`` for each ``[start, end]`` of ``windows`` (in text order,
        apart) in turn; ``digits``: where the decimal digits of ``string`` stand, in order (a pattern tried only at
        digits is tried at those of each window without a search for them)."""
        if not self._digits:
            for start, end in windows:
                yield from self.finditer(string, start, end)
            return
        match = self._pattern.match
        for start, end in windows:
            if not self._may_match(string, start, end):
                continue
            after = 0
            for k in range(bisect_left(digits, start), bisect_left(digits, end)):
                at = digits[k]
                if at >= after and (found := match(string, at, end)) is not None:
                    yield found
                    after = found.end() if found.end() > at else at + 1

    def search(self, string: str, pos: int = 0, endpos: int = sys.maxsize) -> re.Match[str] | None:
        if not self._may_match(string, pos, endpos):
            return None
        if self._digits and type(string) is str:
            return next(self._at_digits(string, pos, endpos), None)
        return self._search(string, pos, endpos)

    def finditer(self, string: str, pos: int = 0, endpos: int = sys.maxsize) -> Iterator[re.Match[str]]:
        if not self._may_match(string, pos, endpos):
            return iter(())
        if self._digits and type(string) is str:
            return self._at_digits(string, pos, endpos)
        return self._finditer(string, pos, endpos)

    def findall(self, string: str, pos: int = 0, endpos: int = sys.maxsize) -> list[Any]:
        return self._findall(string, pos, endpos) if self._may_match(string, pos, endpos) else []

    def __getattr__(self, name: str) -> Any:
        return getattr(self._pattern, name)

    def __repr__(self) -> str:
        return f"Prefiltered({self._pattern!r})"


def _skips_of(pattern: re.Pattern[str], sre: bool = True) -> tuple[frozenset[str] | None, bool]:
    """The skips a search of ``pattern`` may make: its required literals worth looking for (or None), and whether its
    matches open on a digit where ``re`` tries every place (None and False when ``re`` skips to where the pattern
    may start by itself, unless not ``sre``, or the pattern cannot be read)."""
    if not isinstance(pattern.pattern, str):
        return None, False
    try:
        parsed = _parser.parse(pattern.pattern, pattern.flags)
    except Exception:  # a syntax this reading does not know: no skip
        return None, False
    if sre and _sre_skips(pattern, parsed):
        return None, False
    return required_literals(pattern, parsed), _first_digit(parsed) == (True, False)


def may_match(pattern: re.Pattern[str] | Prefiltered, text: str) -> bool:
    """Whether ``pattern`` may match somewhere in ``text``: False only when it is prefiltered and ``text`` holds
    none of its literals (a stretch of ``text`` then holds none either)."""
    return not isinstance(pattern, Prefiltered) or pattern._may_match(text, 0, len(text))


def prefiltered_as(pattern: re.Pattern[str], skeleton: re.Pattern[str]) -> re.Pattern[str] | Prefiltered:
    """``pattern`` with the skips :func:`_skips_of` reads in ``skeleton``, a pattern with the same structure whose
    long word lists stand as classes of letters (which hold no literal and open on no digit): what every match of
    ``skeleton`` holds, a match of ``pattern`` holds too, and reading the skeleton costs far less (rules with a
    placeholder per language, ``dates_rules``)."""
    literals, digits = _skips_of(skeleton, sre=False)
    return Prefiltered(pattern, literals, digits) if literals or digits else pattern


def prefilter(pattern: re.Pattern[str]) -> re.Pattern[str] | Prefiltered:
    """``pattern`` wrapped in :class:`Prefiltered` when its searches may skip (:func:`_skips_of`), else ``pattern``
    itself."""
    if isinstance(pattern, Prefiltered):
        return pattern
    literals, digits = _skips_of(pattern)
    return Prefiltered(pattern, literals, digits) if literals or digits else pattern


def prefilter_patterns(namespace: MutableMapping[str, Any]) -> None:
    """Every compiled pattern of a module's ``namespace`` (its globals) wrapped in :class:`Prefiltered`, read on its
    first search."""
    for name, value in list(namespace.items()):
        if isinstance(value, re.Pattern):
            namespace[name] = Prefiltered(value)


def _uncased_nonletter(code: int, ignorecase: bool) -> bool:
    """Whether a character is no letter, and (case-blind) matches no letter either."""
    char = chr(code)
    if char.isalpha():
        return False
    return not ignorecase or (char.lower() == char and char.upper() == char and _literal_char(code) is not None)


@lru_cache(maxsize=4096)
def _range_without_letters(low: int, high: int, ignorecase: bool) -> bool:
    """Whether no character from ``low`` to ``high`` is or (case-blind) matches a letter; remembered, as the
    tokenizers' regexes share their character classes."""
    return all(_uncased_nonletter(c, ignorecase) for c in range(low, high + 1))


def _class_without_letters(members: Any, ignorecase: bool) -> bool:
    """Whether a parsed character class surely holds no letter (False when it cannot tell)."""
    spaces_digits = {_c.CATEGORY_DIGIT, _c.CATEGORY_SPACE}
    spaces_digits |= {getattr(_c, name) for name in ("CATEGORY_UNI_DIGIT", "CATEGORY_UNI_SPACE") if hasattr(_c, name)}
    for op, av in members:
        if op is _c.LITERAL and _uncased_nonletter(av, ignorecase):
            continue
        if op is _c.RANGE and _range_without_letters(av[0], av[1], ignorecase):
            continue
        if op is _c.CATEGORY and av in spaces_digits:
            continue
        return False
    return True


def _needs_nonletter(items: Any, ignorecase: bool) -> bool:
    """Whether every match of a parsed sequence holds (or looks around at) a character that is no letter."""
    for op, av in items:
        if op is _c.LITERAL:
            found = _uncased_nonletter(av, ignorecase)
        elif op is _c.IN:
            found = _class_without_letters(av, ignorecase)
        elif op is _c.SUBPATTERN:
            group_flags = ignorecase or bool(av[1] & re.IGNORECASE)  # "(?i:...)": case-blind inside
            found = _needs_nonletter(av[-1], group_flags)
        elif op is getattr(_c, "ATOMIC_GROUP", None):
            found = _needs_nonletter(av, ignorecase)
        elif op is _c.BRANCH:
            found = all(_needs_nonletter(alternative, ignorecase) for alternative in av[1])
        elif op in _REPEATS:
            found = av[0] >= 1 and _needs_nonletter(av[2], ignorecase)
        elif op is _c.ASSERT:  # a look-ahead or look-behind: what it reads stands in the string searched
            found = _needs_nonletter(av[1], ignorecase)
        else:
            found = False
        if found:
            return True
    return False


@lru_cache(maxsize=64)
def needs_nonletter(pattern: re.Pattern[str]) -> bool:
    """Whether every match of ``pattern`` holds (or looks around at) a character that is no letter: then it matches
    nothing in a word of letters only (``str.isalpha``). False when it cannot tell."""
    try:
        parsed = _parser.parse(pattern.pattern, pattern.flags)
    except Exception:
        return False
    return _needs_nonletter(parsed, bool(pattern.flags & re.IGNORECASE))


class LettersSkip:
    """A bound search method of a pattern that matches nothing in a word of letters only (:func:`needs_nonletter`):
    such a word gets ``empty`` (no match) at once. ``__self__`` is the pattern, as of the method (spaCy reads a
    tokenizer's affix regexes so)."""

    def __init__(self, method: Any, empty: Any = None) -> None:
        self.__self__ = method.__self__
        self._method = method
        self._empty = empty

    def __call__(self, string: str) -> Any:
        if string.isalpha():
            return iter(()) if self._empty is iter else self._empty
        return self._method(string)


def letters_skip(method: Any, empty: Any = None) -> Any:
    """``method`` (``pattern.search``, ``.match`` or ``.finditer``; ``empty``: ``iter`` for ``finditer``) as a
    :class:`LettersSkip` when its pattern matches nothing in a word of letters only, else ``method`` itself."""
    pattern = getattr(method, "__self__", None)
    return LettersSkip(method, empty) if isinstance(pattern, re.Pattern) and needs_nonletter(pattern) else method
