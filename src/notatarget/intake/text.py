"""Bytes to clean text: encoding detection (BOMs, then UTF-8, then charset-normalizer) and control-character
removal. Raw bytes are never changed; only the text given to later stages is cleaned."""

from __future__ import annotations

import codecs
import re
import unicodedata

from notatarget.errors import IntakeError

#: Byte-order marks, longest first (the UTF-32 LE mark starts with the UTF-16 LE one).
_BOMS: tuple[tuple[bytes, str], ...] = (
    (codecs.BOM_UTF32_LE, "utf-32-le"),
    (codecs.BOM_UTF32_BE, "utf-32-be"),
    (codecs.BOM_UTF8, "utf-8"),
    (codecs.BOM_UTF16_LE, "utf-16-le"),
    (codecs.BOM_UTF16_BE, "utf-16-be"),
)

#: When charset-normalizer finds several equally clean decodings (short Latin texts fit cp1252, cp1250 and
#: cp1257 alike), the one most used for reports wins.
_PREFERRED = ("utf_8", "cp1252", "cp1256", "cp1251", "iso8859_15", "latin_1", "cp1250")
_CHAOS_TIE = 0.01

#: C0/C1 controls except tab, newline and carriage return; also U+FFFE/U+FFFF and stray BOMs/ZWNBSP.
_CONTROL = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f\ufeff\ufffe\uffff]")
_BLANK_LINES = re.compile(r"\n[ \t]*\n(?:[ \t]*\n)+")
_TRAILING_SPACE = re.compile(r"[ \t]+\n")


def bom_encoding(data: bytes) -> str | None:
    """The encoding announced by a byte-order mark at the start of ``data``, if any."""
    for bom, encoding in _BOMS:
        if data.startswith(bom):
            return encoding
    return None


def decode(data: bytes) -> str:
    """Decode ``data`` safely: a BOM decides, then BOM-less UTF-16, strict UTF-8, charset-normalizer's guess.

    Undecodable bytes become U+FFFD; this never raises on any input.
    """
    if encoding := bom_encoding(data):
        return data.decode(encoding, errors="replace").removeprefix("\ufeff")
    if utf16 := _bomless_utf16(data):
        return data.decode(utf16, errors="replace")
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        pass
    from charset_normalizer import from_bytes

    matches = list(from_bytes(data))
    if not matches:
        return data.decode("utf-8", errors="replace")
    best = matches[0]
    near = {m.encoding: m for m in matches if m.chaos <= best.chaos + _CHAOS_TIE}
    chosen = next((near[name] for name in _PREFERRED if name in near), best)
    return data.decode(chosen.encoding, errors="replace")


def _bomless_utf16(data: bytes) -> str | None:
    """UTF-16 without a BOM shows as a NUL in every other byte of mostly-ASCII text."""
    sample = data[:4096]
    if len(sample) < 4:
        return None
    even, odd = sample[0::2], sample[1::2]
    if odd.count(0) > 0.4 * len(odd) and even.count(0) < 0.05 * len(even):
        return "utf-16-le"
    if even.count(0) > 0.4 * len(even) and odd.count(0) < 0.05 * len(odd):
        return "utf-16-be"
    return None


def strip_controls(text: str) -> str:
    """``text`` without C0/C1 control characters (tab and line ends kept)."""
    return _CONTROL.sub("", text)


def clean(text: str) -> str:
    """Normalise text for extraction: NFC, ``\\n`` line ends, no control characters, at most one blank line
    in a row, no trailing spaces. Character offsets of later stages refer to this text."""
    text = unicodedata.normalize("NFC", text)
    text = text.replace("\r\n", "\n").replace("\r", "\n").replace("\u2028", "\n").replace("\u2029", "\n\n")
    text = strip_controls(text)
    text = _TRAILING_SPACE.sub("\n", text)
    return _BLANK_LINES.sub("\n\n", text).strip()


def check_not_binary(decoded: str) -> None:
    """Refuse what is clearly not text: bytes that decoded to mostly control or replacement characters."""
    sample = decoded[:65536]
    junk = len(_CONTROL.findall(sample)) + sample.count("\ufffd")
    if junk > 0.1 * len(sample):
        raise IntakeError(
            "this does not look like text (binary data)",
            hint="give a text, HTML, PDF, DOCX, e-mail or feed file; photos and videos are evidence, not reports",
        )
