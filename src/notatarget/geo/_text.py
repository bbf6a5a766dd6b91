"""Name folding shared by the index builder and the recogniser.

``fold`` maps every character to exactly one character, so an offset in the folded text is the same offset in
the original text: the recogniser searches the folded text and reports spans of the original. No library folds
this way (``unidecode`` and ``casefold`` change lengths), hence the small hand-written table.
"""

from __future__ import annotations

import unicodedata
from functools import lru_cache

_SPECIAL: dict[str, str] = {
    # hyphens and dashes read as a space: "Khan-Junis" = "Khan Junis"
    **dict.fromkeys("-‐‑‒–—_", " "),
    # apostrophes and Arabic ayn/hamza transliterations
    **dict.fromkeys("'’‘`´ʼʻʿʾ′", "'"),
    # Arabic letter variants
    **dict.fromkeys("أإآٱ", "ا"),
    "ى": "ي",
    "ة": "ه",
    "ؤ": "و",
    "ئ": "ي",
    "ک": "ك",
    "ی": "ي",
    # Cyrillic and others
    "ё": "е",
    "Ё": "е",
    "ı": "i",
    "ł": "l",
    "Ł": "l",
    "ø": "o",
    "Ø": "o",
    "đ": "d",
    "Đ": "d",
    "ß": "s",
    "æ": "a",
    "œ": "o",
}


class _FoldTable(dict[int, str]):
    """A ``str.translate`` table that computes each character's fold on first use."""

    def __missing__(self, code: int) -> str:
        self[code] = value = _fold_char(chr(code))
        return value


def _fold_char(char: str) -> str:
    if char in _SPECIAL:
        return _SPECIAL[char]
    lower = char.lower()
    if len(lower) != 1:
        lower = unicodedata.normalize("NFKD", char)[:1].lower() or char
    base = unicodedata.normalize("NFKD", lower)[:1] or lower
    if unicodedata.category(base).startswith("M"):  # a lone combining mark stays itself
        return lower
    return base if len(base) == 1 else lower


_TABLE = _FoldTable()


def fold(text: str) -> str:
    """Lower-case ``text``, strip diacritics and unify hyphens, apostrophes and Arabic letter variants.

    The result has the same length as ``text``.
    """
    return text.translate(_TABLE)


@lru_cache(maxsize=65536)
def name_key(name: str) -> str:
    """The index key of a place name: folded, with runs of spaces collapsed and ends trimmed."""
    return " ".join(fold(name).split())


def ascii_name(name: str) -> str:
    """A readable ASCII-ish form of a GeoNames name: diacritics and transliteration apostrophes removed."""
    out = "".join(c for c in unicodedata.normalize("NFKD", name) if not unicodedata.combining(c))
    return " ".join(out.replace("‘", "").replace("’", "").replace("ʼ", "").replace("ʻ", "").split())


_SKELETON_ARTICLES = frozenset(
    ["al", "el", "ad", "ar", "as", "at", "ash", "az", "an", "adh", "ath", "ed", "er", "es", "et", "ez", "ul"]
)
_SKELETON_MAP = str.maketrans({"y": "i", "w": "u", "q": "k", "-": " ", **dict.fromkeys(".'’‘`´ʼʻʿʾ′")})
_VOWELS = frozenset("aeiou")
#: Key prefix of skeleton entries in the name trie (a character folded text never contains).
SKELETON_MARK = "\x01"


@lru_cache(maxsize=65536)
def skeleton(name: str) -> str:
    """The consonant skeleton of a Latin-script name, for transliteration variants: "Khan Sheikhoun" and
    "Khān Shaykhūn" → "khnshkhn", "Maarat al-Numan" and "Ma'arrat an Nu'man" → "mrtlnmn". A leading article
    goes, inner articles become "l"; vowels after a word's first letter, word-final "h" and doubled letters go.
    Hand-written: phonetic libraries (Soundex, Metaphone) are built for English surnames and merge far more
    than Arabic place names need."""
    out = []
    for word in ascii_name(name).lower().translate(_SKELETON_MAP).split():
        if word in _SKELETON_ARTICLES:
            if out:
                out.append("l")
            continue
        if len(word) > 2 and word.endswith("h") and word[-2] in _VOWELS:
            word = word[:-1]
        kept = word[:1] + "".join(ch for ch in word[1:] if ch not in _VOWELS)
        out.append(kept)
    joined = "".join(out)
    return "".join(ch for i, ch in enumerate(joined) if i == 0 or ch != joined[i - 1])
