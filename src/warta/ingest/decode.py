"""Bytes to text: BOM-aware UTF-8 first, then a Windows-1252 check, then charset-normalizer's guess.

>>> decode("Café".encode("cp1252"))
Decoded(text='Café', encoding='cp1252')
>>> decode(b"\\x00\\x01binary") is None
True
"""

from __future__ import annotations

import codecs
import re
from dataclasses import dataclass

# charset_normalizer (~0.03 s of CPU to import) is imported by the two functions that need it: most
# input is UTF-8 and never reaches them.

# How much of the start of the input the binary and plausibility checks look at; keeps them O(1).
_SAMPLE = 8192
# C0 controls other than tab, newline, vertical tab, form feed and carriage return: text rarely has any.
_CONTROLS = re.compile(r"[\x00-\x08\x0e-\x1f\x7f]")
_CONTROL_BYTES = re.compile(rb"[\x00-\x08\x0e-\x1a\x1c-\x1f]")  # ESC (1b) starts ISO-2022 shifts
# Letters a legacy Western text almost never holds; seeing them means the bytes are another code page
# (Turkish ş/ı/İ/ğ come out as þ/ý/Ý/ð, Cyrillic and Greek as runs of accented capitals).
_UNLIKELY_WESTERN = frozenset("þÞýÝðÐ")
_BOMS = (
    (codecs.BOM_UTF32_LE, "utf-32"),
    (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)


@dataclass(frozen=True)
class Decoded:
    """Text decoded from bytes and the codec that decoded it."""

    text: str
    encoding: str


def decode(data: bytes, *, declared: str | None = None) -> Decoded | None:
    """``data`` as text, or None when it is binary or no codec reads it.

    ``declared`` is a charset the input names for itself (an HTML ``<meta charset>``); it is tried
    after a BOM and strict UTF-8, since valid UTF-8 is almost never meant as anything else.
    """
    for bom, codec in _BOMS:
        if data.startswith(bom):
            return _attempt(data, codec)
    sample = data[:_SAMPLE]
    if b"\x00" in sample or len(_CONTROL_BYTES.findall(sample)) > len(sample) // 20:
        return None
    for name in ("utf-8", _known_codec(declared), "cp1252"):
        if name is None:
            continue
        found = _attempt(data, name)
        if found is not None and (name != "cp1252" or _plausibly_western(found.text)):
            return found
    return _best_guess(data)


def normalise_newlines(text: str) -> str:
    """``text`` with Windows (``\\r\\n``) and old Mac (``\\r``) line ends turned into ``\\n``."""
    return text.replace("\r\n", "\n").replace("\r", "\n")


def _best_guess(data: bytes) -> Decoded | None:
    """charset-normalizer's least messy reading; among equally clean ones, the most coherent language."""
    import charset_normalizer

    matches = list(charset_normalizer.from_bytes(data))
    if not matches:
        return None
    least = min(m.chaos for m in matches)
    # Its own ranking can put cp1250 before cp1254 for Turkish; coherence (language fit) breaks such ties.
    best = max((m for m in matches if m.chaos <= least + 0.01), key=lambda m: m.coherence)
    return _checked(Decoded(text=str(best), encoding=str(best.encoding)))


def _attempt(data: bytes, codec: str) -> Decoded | None:
    try:
        text = data.decode(codec)
    except (UnicodeDecodeError, LookupError):
        return None
    return _checked(Decoded(text=text, encoding=codec))


def _checked(found: Decoded) -> Decoded | None:
    """None when the decoded text is full of control characters, i.e. binary in disguise."""
    sample = found.text[:_SAMPLE]
    if sample and len(_CONTROLS.findall(sample)) > len(sample) // 20:
        return None
    return found


def _known_codec(name: str | None) -> str | None:
    if not name:
        return None
    try:
        codec = codecs.lookup(name).name
    except LookupError:
        return None
    if codec.startswith("utf-16") or codec.startswith("utf-32"):
        return None  # an ASCII page cannot really be UTF-16; browsers ignore such declarations too
    # Browsers read Latin-1 and ASCII declarations as Windows-1252, and so do the pages' authors.
    return "cp1252" if codec in ("iso8859-1", "ascii") else codec


def _plausibly_western(text: str) -> bool:
    """Whether Windows-1252 text reads as a Western language rather than another code page's bytes."""
    from charset_normalizer.md import mess_ratio

    sample = text[:_SAMPLE]
    if any(ch in _UNLIKELY_WESTERN for ch in sample):
        return False
    letters = [ch for ch in sample if ch.isalpha()]
    foreign = sum(1 for ch in letters if not ch.isascii())
    # Western prose is mostly ASCII letters; Greek or Cyrillic bytes read as cp1252 are mostly not.
    if letters and foreign > len(letters) * 0.3:
        return False
    return float(mess_ratio(sample)) < 0.1
