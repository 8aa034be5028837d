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
_INVISIBLE = re.compile("[\u200b\u200c\u200d\u2060\ufeff\u00ad]")
_SPACE = re.compile(r"\s+")
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
    text = _INVISIBLE.sub("", text)
    if "\r" in text:
        text = text.replace("\r\n", "\n").replace("\r", "\n")
    if "%%" in text or "<!--" in text:
        text = _COMMENTS.sub(" ", text)
    if "[[" in text:
        text = _WIKILINK.sub(_link_text, text)
    if "](" in text:
        text = _MDLINK.sub(r"\1", text)
    if "```" in text or "~~~" in text:
        text = _FENCE.sub("", text)
    text = _RULE.sub("", text)
    text = _LINE_MARKUP.sub("", text)
    return _INLINE.sub("", text)


def normalise(body: str) -> str:
    """Exact-layer text: Markdown stripped, NFC, case-folded, whitespace folded."""
    return fold_stripped(strip_markdown(body))


def fold_stripped(stripped: str) -> str:
    """normalise() of a body already through strip_markdown."""
    return _SPACE.sub(" ", stripped).strip().casefold()


def words(normalised: str) -> list[str]:
    """Word tokens (Unicode `\\w+`: Cyrillic-safe) of a normalised text."""
    return _WORD.findall(normalised)


def paragraphs(body: str) -> list[str]:
    """Non-empty paragraphs of the stripped body, inner whitespace folded (for embedding)."""
    return paragraphs_of_stripped(strip_markdown(body))


def paragraphs_of_stripped(stripped: str) -> list[str]:
    out = []
    for block in _BLANK_LINES.split(stripped):
        block = _SPACE.sub(" ", block).strip()
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


def detect_script(text: str) -> Script:
    letters = len(_LETTER.findall(text))
    if not letters:
        return Script("none", 0.0)
    cyrillic = len(_CYRILLIC.findall(text))
    latin = len(_LATIN.findall(text))
    share = cyrillic / letters
    if share >= CYRILLIC_SHARE:
        return Script("ru", share)
    if letters - latin - cyrillic > latin:
        return Script("other", share)
    return Script("en", share)
