"""What the duplicate layers compare: a note body without Markdown syntax, folded.

Every layer reads the repaired body (front matter excluded). `normalise` gives the exact layer
its text; `words` gives the lexical layer its tokens; `prose` keeps paragraphs (and case) for the
embedding model; `detect_script` routes notes to a model that covers their language.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass

# [[target#heading|alias]] → alias, else the target's last path part; ![[embed]] → nothing
# (an embed shows another note's text, it is not this note's text).
_WIKILINK = re.compile(r"(!?)\[\[([^\]|#]*)(?:#[^\]|]*)?(?:\|([^\]]*))?\]\]")
_MDLINK = re.compile(r"!?\[([^\]]*)\]\([^)\s]*(?:\s+\"[^\"]*\")?\)")
_COMMENTS = re.compile(r"%%.*?%%|<!--.*?-->", re.S)
_LINE_MARKUP = re.compile(
    r"^[ \t]*(?:>[ \t]?)*[ \t]*(?:#{1,6}[ \t]+|[-*+][ \t]+\[[ xX]\][ \t]+|[-*+][ \t]+|\d{1,9}[.)][ \t]+)?",
    re.M,
)
_FENCE = re.compile(r"^[ \t]*(?:```|~~~).*$", re.M)
_RULE = re.compile(r"^[ \t]*(?:[-*_][ \t]*){3,}$", re.M)
_INLINE = re.compile(r"[*_~=`]+|\$\$?")
_INVISIBLE_CHARS = "\u200b\u200c\u200d\u2060\ufeff\u00ad"
_INVISIBLE = re.compile(f"[{_INVISIBLE_CHARS}]")
_INLINE_CHARS = "*_~=`$"
# The first characters of a line that _FENCE, _RULE or _LINE_MARKUP can change (besides digits).
_LINE_TRIGGERS = frozenset(" \t`~-*_>#+")
_FENCE_FIRST = frozenset(" \t`~")
_RULE_FIRST = frozenset(" \t-*_")
_WORD = re.compile(r"\w+")
_BLANK_LINES = re.compile(r"\n[ \t]*\n+")


def _link_text(match: re.Match[str]) -> str:
    if match.group(1):
        return " "
    alias = match.group(3)
    if alias is not None and alias.strip():
        return alias
    return match.group(2).strip().rsplit("/", 1)[-1]


def strip_markdown(body: str) -> str:
    """The body's text without Markdown and wikilink syntax; lines kept."""
    # Each pass runs only when its trigger is present: most notes have no comments, fences or
    # Markdown links, and skipping the passes halves the exact layer's time on 10k notes.
    text = unicodedata.normalize("NFC", body)
    if not text.isascii() and any(ch in text for ch in _INVISIBLE_CHARS):
        text = _INVISIBLE.sub("", text)
    if "\r" in text:
        text = text.replace("\r\n", "\n").replace("\r", "\n")
    if "%%" in text or "<!--" in text:
        text = _COMMENTS.sub(" ", text)
    if "[[" in text:
        text = _WIKILINK.sub(_link_text, text)
    if "](" in text:
        text = _MDLINK.sub(r"\1", text)
    text = _strip_lines(text, "```" in text or "~~~" in text)
    # _INLINE deletes every one of its characters (each starts a match), so deleting them one
    # character at a time gives the same text, faster.
    for ch in _INLINE_CHARS:
        if ch in text:
            text = text.replace(ch, "")
    return text


def _strip_lines(text: str, fences: bool) -> str:
    """_FENCE (when `fences`), _RULE then _LINE_MARKUP, as whole-text substitutions would apply
    them: each matches inside one line and only at its start, so only lines starting with one of
    their first characters can change, and the others are left alone."""
    lines = text.split("\n")
    for k, line in enumerate(lines):
        first = line[:1]
        if first in _LINE_TRIGGERS or first.isdecimal():
            # _FENCE and _RULE empty a line they match, so every pass sees the line as it was
            # or empty, and is tried only when the line's first character could start a match.
            if fences and first in _FENCE_FIRST:
                line = _FENCE.sub("", line)
            if first in _RULE_FIRST:
                line = _RULE.sub("", line)
            lines[k] = _LINE_MARKUP.sub("", line)
    return "\n".join(lines)


def normalise(body: str) -> str:
    """Exact-layer text: Markdown stripped, NFC, case-folded, whitespace folded."""
    return fold_stripped(strip_markdown(body))


def fold_stripped(stripped: str) -> str:
    """normalise() of a body already through strip_markdown."""
    # str.split() splits on exactly the characters `\s` matches (both use Py_UNICODE_ISSPACE).
    return " ".join(stripped.split()).casefold()


def words(normalised: str) -> list[str]:
    """Word tokens (Unicode `\\w+`: Cyrillic-safe) of a normalised text."""
    # No whitespace is a word character, so the matches are those of each whitespace-separated
    # piece in turn; a piece of letters and digits only (str.isalnum, the test `\w` makes besides
    # "_") is one whole match, and only the others need the regex: 1.6x faster on notes.
    out: list[str] = []
    for piece in normalised.split():
        if piece.isalnum():
            out.append(piece)
        else:
            out.extend(_WORD.findall(piece))
    return out


def paragraphs(body: str) -> list[str]:
    """Non-empty paragraphs of the stripped body, inner whitespace folded (for embedding)."""
    return paragraphs_of_stripped(strip_markdown(body))


def paragraphs_of_stripped(stripped: str) -> list[str]:
    out = []
    for block in _BLANK_LINES.split(stripped):
        block = " ".join(block.split())
        if block:
            out.append(block)
    return out


@dataclass(frozen=True)
class Script:
    """The dominant script of a text: `en` (Latin), `ru` (Cyrillic), `other`, or `none` (no letters)."""

    code: str
    cyrillic_share: float


# A note counts as Cyrillic when at least this share of its letters are Cyrillic: Russian notes
# quote English terms, and English notes quote a Russian word or two (research/dedup.md §5).
CYRILLIC_SHARE = 0.3
LANGUAGE_NAMES = {"en": "English", "ru": "Russian", "other": "non-Latin, non-Cyrillic", "none": "letterless"}


_LETTER = re.compile(r"[^\W\d_]")
_LATIN = re.compile(r"[A-Za-z\u00c0-\u024f]")
_CYRILLIC = re.compile(r"[\u0400-\u052f]")


# Every code point of the Latin and Cyrillic ranges is below this: a table classifies them.
_TABLE_END = 0x530
_CLASSES: list[object] = []  # [uint8 array]: per code point, 1 letter | 2 Latin | 4 Cyrillic
_LETTER_ABOVE: dict[int, bool] = {}  # code points from _TABLE_END on: letter or not


def _class_table() -> object:
    import numpy as np

    if not _CLASSES:
        flags = [
            (1 if _LETTER.match(ch) else 0) | (2 if _LATIN.match(ch) else 0) | (4 if _CYRILLIC.match(ch) else 0)
            for ch in map(chr, range(_TABLE_END))
        ]
        _CLASSES.append(np.array(flags, dtype=np.uint8))
    return _CLASSES[0]


def script_counts(text: str) -> tuple[int, int, int]:
    """(letters, Latin, Cyrillic): the numbers of matches of _LETTER, _LATIN and _CYRILLIC in
    `text`, counted over its code points with a table (three regex scans cost 0.7 ms per note)."""
    import numpy as np

    table = _class_table()
    codes = np.frombuffer(text.encode("utf-32-le", "surrogatepass"), dtype=np.uint32)
    small = codes < _TABLE_END
    counts = np.bincount(table[codes[small]], minlength=8).tolist()  # type: ignore[index]
    letters = counts[1] + counts[3] + counts[5] + counts[7]
    latin = counts[2] + counts[3] + counts[6] + counts[7]
    cyrillic = counts[4] + counts[5] + counts[6] + counts[7]
    above = codes[~small]
    if len(above):
        values, numbers = np.unique(above, return_counts=True)
        for value, number in zip(values.tolist(), numbers.tolist(), strict=True):
            is_letter = _LETTER_ABOVE.get(value)
            if is_letter is None:
                is_letter = _LETTER_ABOVE[value] = _LETTER.match(chr(value)) is not None
            if is_letter:
                letters += number
    return letters, latin, cyrillic


def detect_script(text: str) -> Script:
    letters, latin, cyrillic = script_counts(text)
    if not letters:
        return Script("none", 0.0)
    share = cyrillic / letters
    if share >= CYRILLIC_SHARE:
        return Script("ru", share)
    if letters - latin - cyrillic > latin:
        return Script("other", share)
    return Script("en", share)
