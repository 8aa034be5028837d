"""Bytes to text, the way a careful reader would: UTF-8 first, and say so when it is not."""

from __future__ import annotations

import codecs
from dataclasses import dataclass

# A note over this size is still read, but legacy-encoding detection is run on a prefix only.
_DETECT_PREFIX = 64 * 1024


@dataclass(frozen=True, slots=True)
class Decoded:
    """The outcome of decoding one file.

    `text` is None when the file is binary. `problem` names what a finding should report:
    "bom", "utf-16", "legacy", "binary" or "" for clean UTF-8.
    """

    text: str | None
    encoding: str
    problem: str = ""
    confidence: float = 1.0


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
        return Decoded(None, "binary", "binary")
    try:
        return Decoded(data.decode("utf-8"), "utf-8")
    except UnicodeDecodeError:
        pass
    encoding, confidence = detect_legacy_encoding(data)
    try:
        return Decoded(data.decode(encoding), encoding, "legacy", confidence)
    except (UnicodeDecodeError, LookupError):
        # Latin-1 maps every byte: the text is wrong but nothing is lost, and the finding says so.
        return Decoded(data.decode("latin-1"), "latin-1", "legacy", 0.0)
