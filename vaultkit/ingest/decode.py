"""Bytes to text, the way a careful reader would: UTF-8 first, and say so when it is not."""

from __future__ import annotations

import codecs
import re
from collections import Counter
from dataclasses import dataclass

# A note over this size is still read, but legacy-encoding detection is run on a prefix only.
_DETECT_PREFIX = 64 * 1024


@dataclass(frozen=True, slots=True)
class Decoded:
    """The outcome of decoding one file.

    `text` is None when the file is binary. `problem` names what a finding should report:
    "bom", "utf-16", "legacy", "binary", "invalid-utf8" or "" for clean UTF-8.

    "invalid-utf8": the note is UTF-8 but for a few bytes (a stray byte, a cut sequence); its
    text is the UTF-8 reading with one U+FFFD per bad byte, `encoding` is INVALID_UTF8, and
    `invalid` lists (line, column, bytes) of each run of bad bytes (columns count characters
    of the decoded line, from 1). Such a note is never re-encoded from a code page.
    """

    text: str | None
    encoding: str
    problem: str = ""
    confidence: float = 1.0
    invalid: tuple[tuple[int, int, bytes], ...] = ()


# The `encoding` of a note read as UTF-8 with bad bytes replaced (not a codec name: a note with
# it never has its text rebuilt from its bytes).
INVALID_UTF8 = "utf-8 (invalid bytes)"
# Legacy detection runs only when valid multi-byte UTF-8 sequences are at most this share of all
# non-ASCII sequences (valid ones plus bad bytes). A code-page note makes a valid sequence only
# by chance (KOI8-R `её` is C5 A3: UTF-8 `ţ`): measured 0-3 % of its non-ASCII bytes on Russian
# prose, 7 % on a short note dense with `ё`; a UTF-8 note with a stray byte has hundreds of valid
# sequences per bad byte. Between the two, a note mixing UTF-8 with a code page, the larger side
# decides.
_LEGACY_MAX_VALID_SHARE = 0.2


_BAD = re.compile("[\udc80-\udcff]+")
_NON_ASCII = re.compile("[^\x00-\x7f]")
_TO_REPLACEMENT = {c: "\ufffd" for c in range(0xDC80, 0xDD00)}


def _invalid_runs(escaped: str) -> tuple[tuple[int, int, bytes], ...]:
    """(line, column, bytes) of each run of bad bytes in a surrogateescape-decoded text."""
    runs: list[tuple[int, int, bytes]] = []
    line, line_start, seen = 1, 0, 0
    for m in _BAD.finditer(escaped):
        newlines = escaped.count("\n", seen, m.start())
        if newlines:
            line += newlines
            line_start = escaped.rindex("\n", seen, m.start()) + 1
        seen = m.start()
        runs.append((line, m.start() - line_start + 1, bytes(ord(c) - 0xDC00 for c in m.group())))
    return tuple(runs)


def _utf8_with_bad_bytes(data: bytes) -> Decoded | None:
    """The note as UTF-8 with its bad bytes marked, when it is UTF-8 but for a few bytes."""
    escaped = data.decode("utf-8", errors="surrogateescape")
    bad = sum(len(m.group()) for m in _BAD.finditer(escaped))
    valid = sum(1 for _ in _NON_ASCII.finditer(escaped)) - bad
    if valid <= _LEGACY_MAX_VALID_SHARE * (valid + bad):
        return None
    return Decoded(escaped.translate(_TO_REPLACEMENT), INVALID_UTF8, "invalid-utf8", 1.0, _invalid_runs(escaped))


# Signatures of binary formats that hold text-like runs (a PDF or an image saved as `.md`).
_BINARY_MAGIC = (b"%PDF-", b"\x89PNG", b"GIF8", b"\xff\xd8\xff", b"PK\x03\x04", b"\x1f\x8b")
# A file with NUL bytes is binary when at least this share of its bytes is neither text nor UTF-8:
# NUL and other C0 controls besides whitespace, and bytes no UTF-8 sequence takes. Random or
# compressed bytes score about 0.6 (UTF-16 text without a BOM, 0.5, is recognised before:
# _bomless_utf16); a 7 KB note with a pasted
# PDF stream 0.1-0.2 (Obsidian opens it as a note: issue 19).
_BINARY_MIN_SHARE = 0.3
_CONTROL = re.compile("[\x00-\x08\x0e-\x1f\x7f]")


# UTF-16 without a byte-order mark: the high bytes of its code units (every other byte) take
# few values, zero for ASCII (spaces, newlines, digits, Markdown marks) and one or two more for
# one script (0x04 for Cyrillic), while the low bytes vary. The bytes are read as UTF-16 when
# one parity of offsets holds no more than _UTF16_MAX_OTHER_SHARE zeros and, on the other, two
# values make at least _UTF16_MIN_HIGH_SHARE of the bytes, zero among them; and the decoded text
# is text (few controls). A few NUL bytes pasted into a UTF-8 note, random or compressed bytes
# and binary formats fail one of those.
_UTF16_MIN_HIGH_SHARE = 0.9
_UTF16_MAX_OTHER_SHARE = 0.01
# Decoded UTF-16 is text when at most this share of its characters are C0 controls besides
# whitespace, DEL, or noncharacters.
_UTF16_MAX_CONTROL_SHARE = 0.01
_UTF16_CONTROL = re.compile("[\x00-\x08\x0e-\x1f\x7f\ufffe\uffff]")


def _few_values(high: bytes) -> bool:
    """Whether two byte values, zero one of them, make _UTF16_MIN_HIGH_SHARE of `high`."""
    zeros = high.count(0)
    if not zeros:
        return False
    counts = Counter(high[:65536])
    counts.pop(0, None)
    other = high.count(counts.most_common(1)[0][0]) if counts else 0
    return zeros + other >= _UTF16_MIN_HIGH_SHARE * len(high)


# UTF-8 whose control characters (NUL included) are at most this share of its characters is a
# UTF-8 note with a stray NUL or a pasted fragment, never BOM-less UTF-16: UTF-16 text read as UTF-8
# is about half NULs (Latin) or full of control bytes (Cyrillic's 0x04 high bytes), or not UTF-8.
_UTF8_MAX_CONTROL_SHARE = 0.05


def _utf8_with_stray_nuls(data: bytes) -> bool:
    """Whether `data` is UTF-8 text with a few NUL bytes, wherever they fell (inside a character's
    bytes too): without its NULs it is UTF-8 with few control characters, and NULs are few."""
    nuls = data.count(0)
    try:
        text = data.replace(b"\x00", b"").decode("utf-8")
    except UnicodeDecodeError:
        return False
    controls = nuls + sum(1 for _ in _UTF16_CONTROL.finditer(text))
    return controls <= _UTF8_MAX_CONTROL_SHARE * (len(text) + nuls)


def _bomless_utf16(data: bytes) -> Decoded | None:
    """The text of UTF-16 (LE or BE) without a byte-order mark, when the bytes are that."""
    units = len(data) // 2
    if units < 2 or len(data) % 2 or data.startswith(_BINARY_MAGIC):
        return None
    low_first, high_first = data[0::2], data[1::2]  # LE: the high byte second
    for high, low, codec in ((high_first, low_first, "utf-16-le"), (low_first, high_first, "utf-16-be")):
        if low.count(0) > _UTF16_MAX_OTHER_SHARE * units or not high.count(0):
            continue
        few = _few_values(high)
        try:
            text = data.decode(codec)
        except UnicodeDecodeError:  # an unpaired surrogate: not UTF-16 text
            return None
        controls = sum(1 for _ in _UTF16_CONTROL.finditer(text))
        if controls > _UTF16_MAX_CONTROL_SHARE * len(text):
            return None
        # CJK text takes many high bytes: then nearly every character must be printable (no
        # unassigned code point), as random or structured binary decoded as UTF-16 is not.
        if few or _printable_share(text) >= _UTF16_MIN_PRINTABLE_SHARE:
            return Decoded(text, codec, "utf-16")
        return None
    return None


# UTF-16 whose high bytes take many values (CJK) is text when this share of its characters (in
# its first _PRINTABLE_PREFIX) is printable or whitespace.
_UTF16_MIN_PRINTABLE_SHARE = 0.98
_PRINTABLE_PREFIX = 65536


def _printable_share(text: str) -> float:
    sample = text[:_PRINTABLE_PREFIX]
    if not sample:
        return 0.0
    printable = sum(1 for ch in sample if ch.isprintable() or ch in "\n\r\t")
    return printable / len(sample)


def _mostly_binary(data: bytes) -> bool:
    if data.startswith(_BINARY_MAGIC):
        return True
    escaped = data.decode("utf-8", errors="surrogateescape")
    bad = sum(len(m.group()) for m in _BAD.finditer(escaped)) + sum(1 for _ in _CONTROL.finditer(escaped))
    return bad >= _BINARY_MIN_SHARE * len(data)


def detect_legacy_encoding(data: bytes) -> tuple[str, float]:
    """Guess the encoding of bytes that are not UTF-8.

    chardet is asked first: on our Russian corpus (benchmarks/bench_decode.py) it recognised
    400 of 400 cp1251/KOI8-R/cp866/mac-cyrillic notes, charset-normalizer 380 (it misreads short
    KOI8-R notes), at the same speed. charset-normalizer is the fallback when chardet abstains.
    """
    import chardet

    sample = data[:_DETECT_PREFIX]
    guess = chardet.detect(sample)
    if guess.get("encoding"):
        return str(guess["encoding"]).lower(), float(guess.get("confidence") or 0.0)
    from charset_normalizer import from_bytes

    best = from_bytes(sample).best()
    if best is None:
        return "cp1252", 0.0
    return best.encoding, 1.0 - float(best.chaos)


def decode_bytes(data: bytes) -> Decoded:
    """Decode a note's bytes; never raises."""
    if data.startswith(codecs.BOM_UTF8):
        try:
            return Decoded(data[3:].decode("utf-8"), "utf-8-sig", "bom")
        except UnicodeDecodeError:
            data = data[3:]
    elif data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        try:
            return Decoded(data.decode("utf-16"), "utf-16", "utf-16")
        except UnicodeDecodeError:
            return Decoded(None, "utf-16", "binary")
    if b"\x00" in data:
        utf16 = None if _utf8_with_stray_nuls(data) else _bomless_utf16(data)
        if utf16 is not None:
            return utf16
        if _mostly_binary(data):
            return Decoded(None, "binary", "binary")
        # A note with a pasted binary fragment is still a note, and never a code page's text.
        try:
            return Decoded(data.decode("utf-8"), "utf-8")
        except UnicodeDecodeError:
            escaped = data.decode("utf-8", errors="surrogateescape")
            return Decoded(escaped.translate(_TO_REPLACEMENT), INVALID_UTF8, "invalid-utf8", 1.0, _invalid_runs(escaped))
    try:
        return Decoded(data.decode("utf-8"), "utf-8")
    except UnicodeDecodeError:
        pass
    mostly_utf8 = _utf8_with_bad_bytes(data)
    if mostly_utf8 is not None:
        return mostly_utf8
    encoding, confidence = detect_legacy_encoding(data)
    try:
        return Decoded(data.decode(encoding), encoding, "legacy", confidence)
    except (UnicodeDecodeError, LookupError):
        # Latin-1 maps every byte: the text is wrong but nothing is lost, and the finding says so.
        return Decoded(data.decode("latin-1"), "latin-1", "legacy", 0.0)
