"""What the duplicate layers compare: a note body without Markdown syntax, folded.

Every layer reads the repaired body (front matter excluded). `normalise` gives the exact layer
its text; `words` gives the lexical layer its tokens; `prose` keeps paragraphs (and case) for the
embedding model; `detect_script` routes notes to a model that covers their language.
"""

from __future__ import annotations

import hashlib
import re
import unicodedata
from dataclasses import dataclass

# [[target#heading|alias]] → alias, else the target's last path part; ![[embed]] → nothing
# (an embed shows another note's text, it is not this note's text).
# Targets and aliases stop at `[` (it breaks a link in Obsidian): a run of `[[` is scanned once.
_WIKILINK = re.compile(r"(!?)\[\[([^\[\]|#]*+)(?:#[^\[\]|]*+)?(?:\|([^\[\]]*+))?\]\]")
# What strip_comments computes, in linear time (the tests hold it to this definition).
_COMMENTS = re.compile(r"%%.*?%%|<!--.*?-->", re.S)
# Link text and destination stop at the next `[`, so a run of unclosed `[` or of `[a](` is scanned
# once, not once per `[` (a destination with a raw `[` is left as text; URLs percent-encode it).
_MDLINK = re.compile(r"!?\[([^\[\]]*+)\]\([^)\s\[]*+(?:\s+\"[^\"]*\")?\)")
_LINE_MARKUP = re.compile(
    r"^[ \t]*+(?:>[ \t]?+)*+[ \t]*+(?:#{1,6}[ \t]+|[-*+][ \t]+\[[ xX]\][ \t]+|[-*+][ \t]+|\d{1,9}[.)][ \t]+)?",
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
# Plugin boilerplate, not the note's text: the Excalidraw plugin's "switch to Excalidraw view"
# line and its section headings (the drawing itself is in a `%%` comment), fenced queries of
# Dataview, Tasks and the like (their output is other notes' text), block ids (`^abc123`).
_PLUGIN_BLOCK = re.compile(
    r"^[ \t]*(```|~~~)[ \t]*(?:dataview|dataviewjs|tasks|query|button|compressed-json|kanban|excalidraw)\b.*?^[ \t]*\1[ \t]*$",
    re.M | re.S | re.I,
)
_PLUGIN_LINES = re.compile(
    r"^.*Switch to EXCALIDRAW VIEW.*$"
    r"|^[ \t]*#{1,6}[ \t]+(?:Excalidraw Data|Text Elements|Element Links|Embedded Files|Drawing)[ \t]*$",
    re.M,
)
_BLOCK_ID = re.compile(r"(?:^|[ \t])\^[A-Za-z0-9-]{1,64}[ \t]*$", re.M)
_BLANK_LINES = re.compile(r"\n[ \t]*\n+")



def strip_comments(text: str) -> str:
    """`%% … %%` and `<!-- … -->` comments replaced by a space, as `%%.*?%%|<!--.*?-->` (DOTALL)
    would, in linear time: each opener's closer is found with str.find, and an opener without a
    closer means no later opener of its kind has one either, so that kind is no longer looked for
    (the regex rescans the rest of the text from every unclosed `<!--`)."""
    out: list[str] = []
    pos = search = 0
    openers = {"%%": "%%", "<!--": "-->"}
    ahead: dict[str, int] = {}  # each opener's next position at or after `search` (found once)
    while openers:
        for o in list(openers):
            if ahead.get(o, -1) < search:
                ahead[o] = text.find(o, search)
                if ahead[o] < 0:  # none left: never looked for again
                    del openers[o]
        found = [(ahead[o], o) for o in openers]
        if not found:
            break
        start, opener = min(found)
        end = text.find(openers[opener], start + len(opener))
        if end < 0:
            del openers[opener]
            continue
        out.append(text[pos:start])
        out.append(" ")
        pos = search = end + len(openers[opener])
    out.append(text[pos:])
    return "".join(out)

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
        text = strip_comments(text)
    if "```" in text or "~~~" in text:
        text = _PLUGIN_BLOCK.sub(" ", text)
    if "EXCALIDRAW" in text or "Excalidraw" in text or "Text Elements" in text:
        text = _PLUGIN_LINES.sub("", text)
    if "^" in text:
        text = _BLOCK_ID.sub("", text)
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


# Function words of the Latin-script languages the multilingual encoder covers: a note is in the
# language whose function words it uses most (English when none is used), Cyrillic notes are
# Russian. Enough to tell a translation (en ↔ de) from a copy, and to keep non-English notes
# away from an English-only model.
_FUNCTION_WORDS = {
    "en": "the and of to is in that it for are with as this be on not or by from which you can",
    "de": "der die das und ist nicht ein eine zu den mit von sich auf für des dem auch wird im",
    "fr": "le la les et est des une un du pour que dans pas sur au qui avec ce sont par",
    "es": "el los las y es del una un que en por para con se no lo al como más su",
    "it": "il di che è per una un non sono della con del gli le si da nel alla anche",
    "pt": "o os as e é da do uma um que em para com não se na no por mais ao",
    "nl": "de het een en van is dat niet op te zijn met voor er aan ook wordt bij als",
    "pl": "i w z na się nie jest do to że o jak ale od po dla są przez tak",
    "tr": "ve bir bu da de için ile olarak daha çok gibi olan en ne var ama kadar",
}
_FUNCTION_SETS = {lang: frozenset(words.split()) for lang, words in _FUNCTION_WORDS.items()}
LANGUAGE_NAMES.update(
    {"de": "German", "fr": "French", "es": "Spanish", "it": "Italian", "pt": "Portuguese", "nl": "Dutch", "pl": "Polish",
     "tr": "Turkish"}
)


def detect_language(normalised: str, script: str | None = None) -> str:
    """The note's language: `ru` for Cyrillic, the Latin-script language whose function words
    it uses most (`en` when none), `other` or `none` as detect_script says."""
    code = script if script is not None else detect_script(normalised).code
    if code != "en":
        return code
    counts = dict.fromkeys(_FUNCTION_SETS, 0)
    tokens = words(normalised[:20000])
    for token in tokens:
        for lang, vocabulary in _FUNCTION_SETS.items():
            if token in vocabulary:
                counts[lang] += 1
    best = max(counts, key=lambda lang: (counts[lang], lang == "en"))
    # English unless another language clearly leads (shared words such as "de", "in" tie).
    return best if counts[best] > 1.5 * counts["en"] and counts[best] >= 3 else "en"


_HEADING_LINE = re.compile(r"^[ \t]*#{1,6}(?:[ \t]|$)")
_EMPTY_ITEM = re.compile(r"^[ \t]*+(?:>[ \t]?+)*+[ \t]*+(?:[-*+](?:[ \t]+\[[ xX]?\])?|\d{1,9}[.)])?[ \t]*$")
_EMPTY_FIELD = re.compile(r"^[ \t]*(?:[-*+][ \t]+)?[^\s:][^:]{0,40}::?[ \t]*$")
_PLACEHOLDER = re.compile(r"\{\{[^{}]*+\}\}|<%.*?%>|\[\[[^\[\]{]*+\{\{[^{}]*+\}\}[^\[\]]*+\]\]")
_DATEISH = re.compile(r"^[\W\d_]*$")


def structure_only(body: str) -> bool:
    """A note that is a template filled with nothing: at least two headings, and every other line
    an empty list item or task, a field with no value (`Mood::`), a template placeholder, or
    letterless (dates, rules). Its only words are the template's."""
    stripped = strip_comments(body) if ("%%" in body or "<!--" in body) else body
    stripped = _PLACEHOLDER.sub(" ", stripped) if ("{{" in stripped or "<%" in stripped) else stripped
    headings = 0
    for line in stripped.splitlines():
        if _HEADING_LINE.match(line):
            headings += 1
        elif not (_EMPTY_ITEM.match(line) or _EMPTY_FIELD.match(line) or _DATEISH.match(line)):
            return False
    return headings >= 2


def line_keys(stripped: str) -> tuple[list[int], list[int]]:
    """(hash, letter words) of each distinct non-empty line of a stripped body, folded: what
    tells template lines (shared by many notes) from a note's own."""
    hashes: list[int] = []
    counts: list[int] = []
    seen: set[str] = set()
    for line in stripped.split("\n"):
        folded = " ".join(line.split()).casefold()
        if not folded or folded in seen:
            continue
        seen.add(folded)
        tokens = words(folded)
        letters = sum(1 for t in tokens if not t.isdecimal())
        if not letters:
            continue
        hashes.append(line_hash(folded))
        counts.append(letters)
    return hashes, counts


def line_hash(folded: str) -> int:
    """The 64-bit identity of a folded line (whitespace-folded, case-folded)."""
    return int.from_bytes(hashlib.blake2b(folded.encode("utf-8"), digest_size=8).digest(), "little")
