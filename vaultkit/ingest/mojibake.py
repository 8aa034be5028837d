"""Mojibake repair at the document level, built on ftfy's codecs, plans and badness score.

`ftfy.fix_text` works line by line and only on lines its badness heuristic flags; most damaged
lines of a Mac-Roman-mojibake Russian note score zero, so it leaves them broken, and its other
fixers (quotes, NFC, HTML entities) change clean text. Here (design and measurements:
../shared/research/mojibake.md §4):

0. a cheap pre-check lets clean notes skip everything (`looks_clean`);
1. candidate plans come from ftfy's `fix_encoding_and_explain` on the whole note, then
   `encode E → decode UTF-8` for each of ftfy's single-byte encodings and KOI8-R;
2. a plan is applied to maximal runs of lines that round-trip losslessly, and a run is accepted
   only when its own evidence of damage falls (ftfy badness, or suspicious mixed-script tokens)
   and it adds no control, private-use, unassigned or replacement characters;
3. lines still damaged get ftfy's per-line encoding fixer under the same guards;
4. rounds repeat (double encoding) until nothing changes.

Clean text is returned byte-identical. Code blocks are reported, not rewritten, unless the
whole note is damaged in one consistent way (then the code was damaged with it). Spans that
show text as it is (inline code, `<code>`/`<pre>`/`<kbd>`/`<samp>`, math `$…$` and `$$…$$`,
Markdown link destinations, URLs, file paths in prose) are never read by the plans nor
rewritten: they are masked before the repair and put back unchanged (`protected_spans`);
mojibake there is usually an example of the damage.
The result records its plan; `replay_plan(text, plan)` reproduces the output.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Sequence
from dataclasses import dataclass, replace
from functools import lru_cache
from typing import Any, Literal

ENCODINGS = (
    "latin-1",
    "sloppy-windows-1252",
    "sloppy-windows-1251",
    "sloppy-windows-1250",
    "sloppy-windows-1253",
    "sloppy-windows-1254",
    "sloppy-windows-1257",
    "iso-8859-2",
    "macroman",
    "cp437",
    "koi8_r",
)
# Encodings whose images of UTF-8 lead bytes are ordinary Cyrillic letters or box drawing:
# a single 2-byte sequence there is too weak a signal on its own.
_WEAK_TWO_BYTE = {"sloppy-windows-1251", "koi8_r", "cp437"}
_NAMES = {
    "latin-1": "Latin-1",
    "sloppy-windows-1252": "Windows-1252",
    "sloppy-windows-1251": "Windows-1251",
    "sloppy-windows-1250": "Windows-1250",
    "sloppy-windows-1253": "Windows-1253",
    "sloppy-windows-1254": "Windows-1254",
    "sloppy-windows-1257": "Windows-1257",
    "iso-8859-2": "ISO-8859-2",
    "macroman": "Mac Roman",
    "cp437": "CP437",
    "koi8_r": "KOI8-R",
}


@lru_cache(maxsize=1)
def _ftfy() -> Any:
    """ftfy, loaded on the first repair: the clean-note pre-check (looks_clean) does without
    it, so a run over clean notes (a hook run, most warm runs) never imports it."""
    import ftfy

    # ftfy registers its "sloppy-windows-125x" codecs on import of ftfy.bad_codecs.
    import ftfy.bad_codecs

    return ftfy


@lru_cache(maxsize=1)
def _config() -> Any:
    return _ftfy().TextFixerConfig(
        unescape_html=False,
        remove_terminal_escapes=False,
        fix_latin_ligatures=False,
        fix_character_width=False,
        uncurl_quotes=False,
        fix_line_breaks=False,
        fix_surrogates=False,
        remove_control_chars=False,
        normalization=None,
        explain=True,
    )


def _byte_image(b: int, enc: str) -> str | None:
    """One byte decoded with `enc`, ftfy's sloppy codecs emulated without importing ftfy: a
    byte the underlying code page leaves undefined is the code point of the same number
    (0x1A is U+FFFD there)."""
    if enc.startswith("sloppy-"):
        if b == 0x1A:
            return "\ufffd"
        try:
            return bytes([b]).decode(enc[len("sloppy-") :])
        except UnicodeDecodeError:
            return chr(b)
    try:
        return bytes([b]).decode(enc)
    except UnicodeDecodeError:
        return None


_C1 = re.compile("[\x80-\x9f]")
_A0_SPACE = re.compile("[ÂÃÅÎÐÙ] ")

StepKind = Literal["recode", "line"]


@dataclass(frozen=True)
class PlanStep:
    """One named, replayable step: ftfy's explanation steps applied to lines start..end
    (1-based, inclusive). `recode` applies them to the run as a whole; `line` to one line.

    Every step was verified span by span (`verify_step`): `lossy` when it replaces bytes that
    were already lost with U+FFFD (`fix` writes those only when asked to); `encodings` names
    the code pages the verifier matched, for steps whose own arguments do not say (ftfy's
    fixer of inconsistent mojibake within a line)."""

    kind: StepKind
    steps: tuple[tuple[str, str], ...]
    start_line: int
    end_line: int
    lossy: bool = False
    encodings: tuple[str, ...] = ()

    @property
    def description(self) -> str:
        return describe(self.steps, self.encodings, lossy=self.lossy)


def _names(encodings: Sequence[str]) -> str:
    names = list(dict.fromkeys(_NAMES.get(e, e) for e in encodings))
    return " or ".join(names) if names else "a single-byte encoding"


def describe(steps: Sequence[tuple[str, str]], encodings: Sequence[str] = (), *, lossy: bool = False) -> str:
    """What damaged the text, in terms of encodings (never ftfy's internal step names)."""
    parts: list[str] = []
    encs: list[str] = []
    extras: list[str] = []
    for layer in _layers(steps):
        if layer.kind == "codec" and layer.decoding.startswith("utf-8"):
            encs.append(layer.encoding)
            if layer.decoding == "utf-8-variants":
                extras.append("emoji encoded as CESU-8")
        elif layer.kind == "c1" or (layer.kind == "codec" and layer.decoding.endswith("windows-1252")):
            parts.append("Windows-1252 read as Latin-1 (C1 control characters)")
        elif layer.kind == "inconsistent":
            parts.append(f"UTF-8 read as {_names(encodings)} in parts of the line")
        else:
            parts.append("unknown damage")
        if layer.a0 and layer.kind == "codec":
            extras.append("no-break spaces turned into spaces")
    if encs:
        parts.insert(0, "UTF-8 read as " + ", then again as ".join(_NAMES.get(e, e) for e in encs))
    text = "; ".join(dict.fromkeys(parts)) or "mojibake"
    if extras:
        text += " (" + ", ".join(dict.fromkeys(extras)) + ")"
    if lossy:
        text += "; lossy: bytes already lost become U+FFFD"
    return text


@dataclass(frozen=True)
class Region:
    """A damaged stretch of lines and what damaged it; `in_code` regions are not rewritten;
    `lossy` ones replace lost bytes with U+FFFD and are written only when asked for."""

    start_line: int
    end_line: int
    description: str
    in_code: bool = False
    lossy: bool = False


@dataclass(frozen=True)
class Repair:
    """The repaired text and the verified plan that gives it; `withheld` holds the lossy steps
    (and steps chained after them on the same lines) left out because lossy repairs were not
    asked for: they are still in `regions`, marked lossy."""

    text: str
    plan: tuple[PlanStep, ...]
    regions: tuple[Region, ...]
    withheld: tuple[PlanStep, ...] = ()

    @property
    def changed(self) -> bool:
        return bool(self.plan)


# ---------------------------------------------------------------------------- pre-check


@lru_cache(maxsize=1)
def _signatures() -> tuple[re.Pattern[str], dict[str, re.Pattern[str]]]:
    """Stage 1: one character-class pair any encoding's image of a UTF-8 sequence starts with.
    Stage 2: per encoding, an anchored pattern of a complete 2-, 3- or 4-byte sequence."""
    all_leads: set[str] = set()
    all_conts: set[str] = set()
    per_encoding: dict[str, re.Pattern[str]] = {}
    for enc in ENCODINGS:

        def image(lo: int, hi: int, enc: str = enc) -> str:
            chars = set()
            for b in range(lo, hi + 1):
                ch = _byte_image(b, enc)
                if ch is not None:
                    chars.add(ch)
            return "".join(sorted(chars))

        l2, l3, l4, cont = image(0xC2, 0xDF), image(0xE0, 0xEF), image(0xF0, 0xF4), image(0x80, 0xBF)
        all_leads.update(l2 + l3 + l4)
        all_conts.update(cont)
        c = f"[{re.escape(cont)}\ufffd?]"
        c0 = f"[{re.escape(cont)}]"
        two = f"[{re.escape(l2)}]{c0}"
        long = f"[{re.escape(l3)}]{c0}{c}|[{re.escape(l4)}]{c0}{c}{c}"
        weak = f"{long}|{two}{two}|{two}(?=[A-Za-z0-9])|(?<=[A-Za-z0-9]){two}"
        pattern = weak if enc in _WEAK_TWO_BYTE else f"{long}|{two}"
        per_encoding[enc] = re.compile(pattern)
    stage1 = re.compile(f"[{re.escape(''.join(sorted(all_leads)))}](?=[{re.escape(''.join(sorted(all_conts)))}])")
    return stage1, per_encoding


@lru_cache(maxsize=1)
def _pair_tables() -> tuple[dict[str, int], dict[str, int], re.Pattern[str], tuple[re.Pattern[str], ...]]:
    """The stage-1 test turned around, for `looks_clean`: per character, a bit mask of the
    encodings (in ENCODINGS order) whose image of a UTF-8 lead byte (0xC2-0xF4) it is, and one
    of those whose image of a continuation byte (0x80-0xBF) it is; a class that finds the
    continuation images; the stage-2 patterns in the same order.

    Every stage-2 alternative starts with one of its encoding's lead images followed by one of
    its continuation images (`[l2]c0`, `[l3]c0`, `[l4]c0`), so a pattern can match at a
    position only when the two characters there share that encoding's bit."""
    _, per_encoding = _signatures()
    leads: dict[str, int] = {}
    conts: dict[str, int] = {}
    for bit, enc in enumerate(ENCODINGS):
        for table, lo, hi in ((leads, 0xC2, 0xF4), (conts, 0x80, 0xBF)):
            for b in range(lo, hi + 1):
                ch = _byte_image(b, enc)
                if ch is not None:
                    table[ch] = table.get(ch, 0) | 1 << bit
    cont_class = re.compile(f"[{re.escape(''.join(sorted(conts)))}]")
    return leads, conts, cont_class, tuple(per_encoding[enc] for enc in ENCODINGS)


_A0_LEADS = "ÂÃÅÎÐÙ"  # _A0_SPACE is one of these followed by a space


@lru_cache(maxsize=1)
def _lossy_leads() -> frozenset[str]:
    """Images of a 2-byte lead (0xC2-0xDF) in the sloppy code pages ftfy's lossy repair uses,
    Windows-1251 left out (its leads are Cyrillic capitals): one followed by U+FFFD is a
    sequence whose continuation byte was already lost (`Ã\ufffd`)."""
    encodings = [e for e in ENCODINGS if e.startswith("sloppy-") and e not in _WEAK_TWO_BYTE]
    return frozenset(ch for e in encodings for b in range(0xC2, 0xE0) if (ch := _byte_image(b, e)) is not None)


def _lead_before_fffd(text: str) -> bool:
    leads = _lossy_leads()
    j = text.find("\ufffd", 1)
    while j > 0:
        if text[j - 1] in leads:
            return True
        j = text.find("\ufffd", j + 1)
    return False


def looks_clean(text: str) -> bool:
    """True when the text shows no sign of mojibake (ASCII, or no character sequence that any
    candidate encoding makes of UTF-8). Clean notes stop here and never reach ftfy.

    The verdict is that of `_looks_clean_reference`, computed from the other end: stage 1
    matches a lead image followed by a continuation image, and continuation images are rare in
    clean text (Cyrillic letters are lead images in Windows-1251 and KOI8-R, so scanning for
    leads stops at nearly every letter of a Russian note). So the continuation images are
    found, the character before each is looked up, and a stage-2 pattern is tried only where
    both characters belong to its encoding. C1 controls are continuation images in Latin-1,
    so the scan finds them too."""
    if text.isascii():
        return True
    if "\ufffd" in text and _lead_before_fffd(text):
        return False
    for ch in _A0_LEADS:  # one-character searches are fast; a two-character one is not
        if ch in text and ch + " " in text:
            return False
    leads, conts, cont_class, patterns = _pair_tables()
    for m in cont_class.finditer(text):
        j = m.start()
        ch = text[j]
        if "\x80" <= ch <= "\x9f":
            return False
        if not j:
            continue
        lead = leads.get(text[j - 1])
        if lead is None:
            continue
        # A stage-1 match at p = j - 1: the reference tries every encoding's pattern at p,
        # and at max(0, p - 1) with the text cut at p + 4.
        p = j - 1
        mask = lead & conts[ch]
        bit = 0
        while mask:
            if mask & 1 and patterns[bit].match(text, p):
                return False
            mask >>= 1
            bit += 1
        s = max(0, p - 1)
        mask = leads.get(text[s], 0) & conts.get(text[s + 1], 0)
        bit = 0
        while mask:
            if mask & 1 and patterns[bit].match(text, s, p + 4):
                return False
            mask >>= 1
            bit += 1
    return True


def _looks_clean_reference(text: str) -> bool:
    """The pre-check as first written (kept for the tests): `looks_clean` must agree with it."""
    if text.isascii():
        return True
    if _C1.search(text) or _A0_SPACE.search(text) or _lead_before_fffd(text):
        return False
    stage1, per_encoding = _signatures()
    patterns = per_encoding.values()
    for m in stage1.finditer(text):
        start = max(0, m.start() - 1)
        for pattern in patterns:
            if pattern.match(text, m.start()) or pattern.match(text, start, m.end() + 3):
                return False
    return True


# ---------------------------------------------------------------------------- protected spans

# Each scanner below is linear in its input: regexes without nested quantifiers, and openers
# paired with closers in one forward pass.
_BACKTICKS = re.compile(r"`+")
_DISPLAY_MATH = re.compile(r"\$\$")
_INLINE_MATH = re.compile(r"(?<![\\$])\$(?=[^\s$])[^$\n]*?(?<=[^\s\\])\$(?![$\d])")
_HTML_OPEN = re.compile(r"<(code|pre|kbd|samp|tt|var)\b[^<>\n]*>", re.IGNORECASE)
_HTML_CLOSE = re.compile(r"</(code|pre|kbd|samp|tt|var)\s*>", re.IGNORECASE)
_LINK_DEST = re.compile(r"\]\(\s*(?:<[^<>\n]*>|[^\s)]*)")
_REF_DEF = re.compile(r"^ {0,3}\[(?!\^)[^\]\n]+\]:[ \t]*\S+", re.MULTILINE)
_AUTOLINK = re.compile(r"<[A-Za-z][A-Za-z0-9+.-]{1,31}:[^<>\s]*>")
_TOKEN = re.compile(r"\S+")
_PATH_EXT = re.compile(r"\.[A-Za-z0-9]{1,8}$")
_TRAILING = ".,;:!?)]}\"'*_>"
_URL_SCHEME = re.compile(r"(?:[A-Za-z][A-Za-z0-9+.-]{1,31}://|www\.|mailto:)")
_DRIVE = re.compile(r"[A-Za-z]:[\\/]")


def _pair_runs(spans: list[tuple[int, int]], matches: list[re.Match[str]]) -> None:
    """Pair each opener with the next run of the same text after it (code spans, `$$`)."""
    by_text: dict[str, list[int]] = {}
    for k, m in enumerate(matches):
        by_text.setdefault(m.group(), []).append(k)
    pointer = dict.fromkeys(by_text, 0)
    k = 0
    while k < len(matches):
        run = matches[k].group()
        positions = by_text[run]
        i = pointer[run]
        while i < len(positions) and positions[i] <= k:
            i += 1
        pointer[run] = i
        if i == len(positions):
            k += 1
            continue
        close = positions[i]
        spans.append((matches[k].start(), matches[close].end()))
        pointer[run] = i + 1
        k = close + 1


def _is_path_or_url(token: str) -> bool:
    if _URL_SCHEME.match(token):
        return True
    if "/" not in token and "\\" not in token:
        return False
    if token.startswith(("/", "~/", "./", "../", "\\\\", ".\\", "..\\")) or _DRIVE.match(token):
        return True
    return bool(_PATH_EXT.search(token))


def protected_spans(text: str) -> list[tuple[int, int]]:
    """Character spans (start, end) of `text` that a repair must leave as they are, merged."""
    spans: list[tuple[int, int]] = []
    offset = 0
    for line in text.split("\n"):  # code spans are paired within a line
        line_spans: list[tuple[int, int]] = []
        _pair_runs(line_spans, list(_BACKTICKS.finditer(line)))
        spans.extend((a + offset, b + offset) for a, b in line_spans)
        offset += len(line) + 1
    _pair_runs(spans, list(_DISPLAY_MATH.finditer(text)))
    spans.extend(m.span() for m in _INLINE_MATH.finditer(text))
    closers = [m.end() for m in _HTML_CLOSE.finditer(text)]
    c = 0
    pos = 0
    for m in _HTML_OPEN.finditer(text):
        if m.start() < pos:
            continue
        while c < len(closers) and closers[c] <= m.end():
            c += 1
        end = closers[c] if c < len(closers) else m.end()
        spans.append((m.start(), end))
        pos = end
    spans.extend(m.span() for m in _LINK_DEST.finditer(text))
    spans.extend(m.span() for m in _REF_DEF.finditer(text))
    spans.extend(m.span() for m in _AUTOLINK.finditer(text))
    for m in _TOKEN.finditer(text):
        token = m.group()
        if token.isascii():
            continue
        stripped = token.lstrip("([{<\"'*_").rstrip(_TRAILING)
        if stripped and _is_path_or_url(stripped):
            spans.append(m.span())
    spans.sort()
    merged: list[tuple[int, int]] = []
    for a, b in spans:
        if merged and a <= merged[-1][1]:
            if b > merged[-1][1]:
                merged[-1] = (merged[-1][0], b)
        else:
            merged.append((a, b))
    return merged


_MASK = "\x00"  # a note holding NUL is binary and never reaches the repair


def mask_protected(text: str) -> tuple[str, list[str]] | None:
    """`text` with each protected span that holds non-ASCII replaced, line by line, by NUL;
    the replaced pieces in order. None when the text holds NUL itself (nothing is masked)."""
    if _MASK in text:
        return None
    pieces: list[str] = []
    out: list[str] = []
    last = 0
    for a, b in protected_spans(text):
        chunk = text[a:b]
        if chunk.isascii():
            continue
        out.append(text[last:a])
        for k, part in enumerate(chunk.split("\n")):  # line structure is kept: one mask a line
            if k:
                out.append("\n")
            if part:
                out.append(_MASK)
                pieces.append(part)
        last = b
    out.append(text[last:])
    return "".join(out), pieces


def unmask(masked: str, pieces: Sequence[str]) -> str | None:
    """Put the masked pieces back; None when the masks did not survive (the caller keeps the
    original text)."""
    parts = masked.split(_MASK)
    if len(parts) != len(pieces) + 1:
        return None
    out = [parts[0]]
    for piece, part in zip(pieces, parts[1:], strict=True):
        out.append(piece)
        out.append(part)
    return "".join(out)


# ---------------------------------------------------------------------------- evidence

_TOKEN_SPLIT = re.compile(r"[\s!-/:-@\[-`{-~]+")


def _script(ch: str) -> str:
    if ch.isascii():
        return "LATIN" if ch.isalpha() else ""
    try:
        name = unicodedata.name(ch)
    except ValueError:
        return "?"
    return name.split(" ", 1)[0] if ch.isalpha() else "SYMBOL"


def _suspicious_tokens(text: str) -> int:
    """Tokens mixing scripts, or a non-ASCII symbol beside a non-ASCII letter (`–ü—Ä–∏`, `\uf8ffüîπ`)."""
    count = 0
    for token in _TOKEN_SPLIT.split(text):
        if not token or token.isascii():
            continue
        scripts = {_script(c) for c in token} - {""}
        letters = scripts - {"SYMBOL"}
        if len(letters) > 1 or (("SYMBOL" in scripts or "?" in scripts) and any(not c.isascii() and c.isalpha() for c in token)):
            count += 1
    return count


def _errors(text: str) -> int:
    """Characters a repair must never add: controls, private use, unassigned, surrogates.

    U+FFFD is not counted: span verification proves each one a repair brings in, either
    decoded from a real `ï¿½` (exact) or standing for bytes already lost (lossy, marked)."""
    n = 0
    for ch in text:
        if (ch.isascii() and ch.isprintable()) or ch in "\n\r\t":
            continue
        if unicodedata.category(ch) in ("Cc", "Co", "Cn", "Cs"):
            n += 1
    return n


# `Ã` or `Â` ending an upper-case word, before a closing quote: Portuguese (`AMANHÃ»`, `MAÇÃ”`),
# not `AMANHû` damaged (../shared/research/mojibake.md §4 step 4).
_WEAK_COLLAPSE = re.compile("(?<=[A-ZÀ-ÖØ-Þ])[ÃÂ][»”’›\"')]")


def _improves(before: str, after: str) -> bool:
    if after == before:
        return False
    if 0 < len(before) - len(after) <= len(_WEAK_COLLAPSE.findall(before)):
        return False  # every collapsed sequence may be one of those
    e0, e1 = _errors(before), _errors(after)
    if e1 > e0:
        return False
    from ftfy.badness import badness

    b0, b1 = badness(before), badness(after)
    if b1 > b0:
        return False
    if b1 < b0 or e1 < e0:  # e1 < e0: C1 controls that stood for Windows-1252 characters
        return True
    # Zero-badness damage (Mac Roman Cyrillic): the text must shrink and lose mixed tokens.
    return len(before) - len(after) >= 2 and _suspicious_tokens(before) - _suspicious_tokens(after) >= 2


# ---------------------------------------------------------------------------- span verification
#
# A step is accepted only when each span it changed, damaged again with the step's own layers
# (undone in reverse order, each against the text the layer before it produced), gives back
# the original characters. Tolerances, each one a documented behaviour of ftfy's fixer:
# - a no-break space the damage had turned into a plain space, or dropped before a space
#   (`restore_byte_a0`: the image of byte 0xA0 may stand for " ", or for nothing before " ");
# - astral characters (emoji) written as CESU-8 surrogate pairs (`utf-8-variants`);
# - C1 controls that stood for Windows-1252 characters (`fix_c1_controls`);
# - within one line, each damaged span may come from its own single-byte encoding
#   (`decode_inconsistent_utf8`);
# - lossy: a U+FFFD standing for a UTF-8 sequence whose bytes were already lost
#   (`replace_lossy_sequences`): the span is accepted but marked lossy.

# ftfy's CHARMAP_ENCODINGS: the code pages its fixer of inconsistent mojibake tries per span.
_SPAN_ENCODINGS = ENCODINGS[:-1]
_SLOPPY = tuple(e for e in _SPAN_ENCODINGS if e.startswith("sloppy-"))
_MAX_STATES = 32  # alignments alive at once; more means text too ambiguous to prove


@dataclass(frozen=True)
class _Layer:
    """One round of ftfy's plan: encode E (+ byte transcoders) + decode D, or one text fixer."""

    kind: Literal["codec", "inconsistent", "c1", "unknown"]
    steps: tuple[tuple[str, str], ...]
    encoding: str = ""
    decoding: str = ""
    a0: bool = False
    lossy: bool = False


def _layers(steps: Sequence[tuple[str, str]]) -> list[_Layer]:
    layers: list[_Layer] = []
    pending: list[tuple[str, str]] = []
    for op, arg in steps:
        if op == "encode":
            if pending:
                layers.append(_Layer("unknown", tuple(pending)))
            pending = [(op, arg)]
        elif pending and op == "transcode":
            pending.append((op, arg))
        elif pending and op == "decode":
            pending.append((op, arg))
            transcodes = {a for _, a in pending[1:-1]}
            known = transcodes <= {"restore_byte_a0", "replace_lossy_sequences"}
            layers.append(
                _Layer(
                    "codec" if known else "unknown",
                    tuple(pending),
                    pending[0][1],
                    arg,
                    "restore_byte_a0" in transcodes,
                    "replace_lossy_sequences" in transcodes,
                )
            )
            pending = []
        elif not pending and (op, arg) == ("apply", "decode_inconsistent_utf8"):
            layers.append(_Layer("inconsistent", ((op, arg),), a0=True, lossy=True))
        elif not pending and (op, arg) == ("transcode", "fix_c1_controls"):
            layers.append(_Layer("c1", ((op, arg),)))
        else:
            layers.append(_Layer("unknown", (*pending, (op, arg))))
            pending = []
    if pending:
        layers.append(_Layer("unknown", tuple(pending)))
    return layers


def _cesu8(ch: str) -> bytes:
    if ord(ch) < 0x10000:
        return ch.encode("utf-8")
    v = ord(ch) - 0x10000
    return (chr(0xD800 + (v >> 10)) + chr(0xDC00 + (v & 0x3FF))).encode("utf-8", "surrogatepass")


def _decode(data: bytes, encoding: str) -> str | None:
    try:
        return data.decode(encoding)
    except (UnicodeError, LookupError):
        return None


@lru_cache(maxsize=1 << 16)
def _images(layer: _Layer, ch: str) -> tuple[tuple[str, str], ...]:
    """What `ch` looked like before `layer` repaired it: (damaged text, encoding) pairs."""
    out: list[tuple[str, str]] = []
    if layer.kind == "codec":
        if layer.decoding == "utf-8-variants":
            encoded = [ch.encode("utf-8"), _cesu8(ch)]
        else:
            try:
                encoded = [ch.encode(layer.decoding)]
            except (UnicodeError, LookupError):
                encoded = []
        out = [(img, layer.encoding) for data in encoded if (img := _decode(data, layer.encoding)) is not None]
    elif layer.kind == "inconsistent":
        out = [(img, enc) for enc in _SPAN_ENCODINGS if (img := _decode(ch.encode("utf-8"), enc)) is not None]
    elif layer.kind == "c1":
        try:
            img = ch.encode("sloppy-windows-1252").decode("latin-1")
        except UnicodeError:
            img = ch
        if _C1.fullmatch(img):
            out = [(img, "sloppy-windows-1252")]
    return tuple(dict.fromkeys((img, enc) for img, enc in out if img != ch))


@lru_cache(maxsize=64)
def _a0_images(layer: _Layer) -> frozenset[str]:
    if not layer.a0:
        return frozenset()
    encodings = _SPAN_ENCODINGS if layer.kind == "inconsistent" else (layer.encoding,)
    return frozenset(img for enc in encodings if (img := _decode(b"\xa0", enc)) is not None)


def _match(image: str, old: str, start: int, a0: frozenset[str]) -> list[int]:
    """Where `image` ends when matched against `old` at `start`, no-break-space tolerance on."""
    ends = [start]
    n = len(old)
    for x in image:
        nxt: list[int] = []
        for p in ends:
            here = old[p] if p < n else ""
            if here == x:
                nxt.append(p + 1)
            elif x in a0 and here == " ":
                nxt.extend((p + 1, p))  # the space stands for it, or it was dropped before the space
        ends = list(dict.fromkeys(nxt))
        if not ends:
            return []
    return ends


def _lossy_ends(old: str, start: int, encodings: Sequence[str]) -> list[int]:
    """Ends of spans at `start` that are a UTF-8 sequence with bytes lost (ftfy's LOSSY_UTF8_RE)."""
    from ftfy.chardata import LOSSY_UTF8_RE

    ends = []
    for length in range(1, 7):
        span = old[start : start + length]
        if len(span) < length:
            break
        if span == "\ufffd":
            continue
        for enc in encodings:
            try:
                data = span.encode(enc)
            except UnicodeError:
                continue
            if LOSSY_UTF8_RE.fullmatch(data):
                ends.append(start + length)
                break
    return ends


def _verify_layer(old: str, new: str, layer: _Layer) -> tuple[bool, frozenset[str]] | None:
    """(lossy, encodings matched) when every span `layer` changed in `old` gives back the
    original once damaged again; None when one does not."""
    if layer.kind == "unknown":
        return None
    if layer.kind == "codec" and not layer.a0 and not layer.lossy and layer.decoding != "utf-8-variants":
        try:
            if new.encode(layer.decoding).decode(layer.encoding) == old:
                return False, frozenset((layer.encoding,))
        except (UnicodeError, LookupError):
            pass
    a0 = _a0_images(layer)
    lossy_encodings = (_SLOPPY if layer.kind == "inconsistent" else (layer.encoding,)) if layer.lossy else ()
    n = len(old)
    states: dict[int, tuple[bool, frozenset[str]]] = {0: (False, frozenset())}

    def add(to: dict[int, tuple[bool, frozenset[str]]], p: int, lossy: bool, encs: frozenset[str]) -> None:
        if p not in to or (to[p][0] and not lossy):
            to[p] = (lossy, encs)

    for ch in new:
        nxt: dict[int, tuple[bool, frozenset[str]]] = {}
        for p, (lossy, encs) in states.items():
            if p < n and old[p] == ch:
                add(nxt, p + 1, lossy, encs)
            if ch.isascii():
                continue
            for image, enc in _images(layer, ch):
                for end in _match(image, old, p, a0):
                    add(nxt, end, lossy, encs | {enc})
            if ch == "\ufffd" and lossy_encodings:
                for end in _lossy_ends(old, p, lossy_encodings):
                    add(nxt, end, True, encs)
        if not nxt or len(nxt) > _MAX_STATES:
            return None
        states = nxt
    return states.get(n)


@dataclass(frozen=True)
class Verified:
    """A line repaired by a step and proven: its new text, lossy or not, the encodings matched."""

    text: str
    lossy: bool
    encodings: tuple[str, ...]


def verify_step(old: str, steps: Sequence[tuple[str, str]]) -> Verified | None:
    """Apply ftfy's steps to one line, layer by layer, and verify each layer against the text
    the one before it produced (chained, never against the original); None when a layer does
    not apply or a changed span does not give back what it replaced."""
    text = old
    lossy = False
    encodings: list[str] = []
    for layer in _layers(steps):
        if layer.kind == "unknown":
            return None
        new = _apply_steps(text, layer.steps)
        if new is None:
            return None
        if new == text:
            continue
        proof = _verify_layer(text, new, layer)
        if proof is None:
            return None
        lossy |= proof[0]
        encodings.extend(sorted(proof[1]))
        text = new
    return Verified(text, lossy, tuple(dict.fromkeys(encodings)))


# ---------------------------------------------------------------------------- plans


def _apply_steps(text: str, steps: Sequence[tuple[str, str]]) -> str | None:
    """ftfy's apply_plan, strict: None when any step fails on this text."""
    try:
        return str(_ftfy().apply_plan(text, list(steps)))
    except (UnicodeError, LookupError, ValueError, TypeError):
        return None


_MAX_LINE_PLANS = 24  # lines whose own ftfy plan becomes a candidate, per round


def _candidate_plans(text: str, lines: Sequence[str]) -> list[tuple[tuple[str, str], ...]]:
    """The whole note's ftfy plan, each line's own ftfy plan (for the first damaged lines),
    then `encode E → decode UTF-8` for every candidate encoding."""
    plans: list[tuple[tuple[str, str], ...]] = []

    def offer(explanation: Sequence[tuple[str, str]] | None) -> None:
        if explanation and all(op in ("encode", "decode", "transcode") for op, _ in explanation):
            plan = tuple((op, arg) for op, arg in explanation)
            if plan not in plans:
                plans.append(plan)

    offer(_ftfy().fix_encoding_and_explain(text, _config()).explanation)
    offered = 0
    for line in lines:
        if offered == _MAX_LINE_PLANS:
            break
        if line.isascii() or looks_clean(line):
            continue
        offered += 1
        offer(_ftfy().fix_encoding_and_explain(line, _config()).explanation)
    for enc in ENCODINGS:
        offer((("encode", enc), ("decode", "utf-8")))
    return plans


_Run = tuple[int, int, list[str], frozenset[int]]


def _runs(lines: list[str], steps: Sequence[tuple[str, str]], frozen: set[int]) -> list[_Run]:
    """Maximal runs of lines (0-based, inclusive) the plan changes, each change verified
    (`verify_step`), without breaking any line; with the lines whose change is lossy."""
    runs: list[_Run] = []
    current: list[tuple[int, str, bool]] = []

    def close() -> None:
        changed = [i for i, new, _ in current if new != lines[i]]
        if changed:
            first, last = changed[0], changed[-1]
            kept = [(i, new, lossy) for i, new, lossy in current if first <= i <= last]
            runs.append((first, last, [new for _, new, _ in kept], frozenset(i for i, _, lossy in kept if lossy)))
        current.clear()

    for i, line in enumerate(lines):
        if line.isascii():
            current.append((i, line, False))
            continue
        proof = None if i in frozen else verify_step(line, steps)
        if proof is None:
            close()
            continue
        current.append((i, proof.text, proof.lossy))
    close()
    return runs


def repair_document(text: str, *, code_ranges: Sequence[tuple[int, int]] = (), lossy: bool = False) -> Repair:
    """Repair mojibake in a whole note; clean text comes back unchanged (the same object).

    Protected spans (`protected_spans`) are masked first, so no plan sees or changes them.
    Every step is verified span by span; lossy steps (lost bytes become U+FFFD) are applied
    only with `lossy`, else withheld and reported in `regions`, marked lossy."""
    if looks_clean(text):
        return Repair(text, (), ())
    masked = mask_protected(text)
    if masked is None or looks_clean(masked[0]):
        return Repair(text, (), ())
    repair = _repair_masked(masked[0], code_ranges)
    plan = repair.plan
    withheld: tuple[PlanStep, ...] = ()
    repaired = repair.text
    if not lossy and any(step.lossy for step in plan):
        plan, withheld = _without_lossy(plan)
        repaired = _replay_masked(masked[0], plan)
    in_code = list(dict.fromkeys(r for r in repair.regions if r.in_code))
    regions = sorted(in_code + _merge_regions(plan, withheld), key=lambda r: (r.start_line, r.in_code))
    if not plan:
        return Repair(text, (), tuple(regions), withheld)
    restored = unmask(repaired, masked[1])
    if restored is None:  # a plan ate a mask: keep the note as it is
        return Repair(text, (), ())
    return Repair(restored, plan, tuple(regions), withheld)


def _without_lossy(plan: Sequence[PlanStep]) -> tuple[tuple[PlanStep, ...], tuple[PlanStep, ...]]:
    """The plan less its lossy steps and the steps chained after them on the same lines."""
    kept: list[PlanStep] = []
    withheld: list[PlanStep] = []
    lines: set[int] = set()
    for step in plan:
        span = set(range(step.start_line, step.end_line + 1))
        if step.lossy or span & lines:
            withheld.append(step if step.lossy else replace(step, lossy=True))
            lines |= span
        else:
            kept.append(step)
    return tuple(kept), tuple(withheld)


def _repair_masked(text: str, code_ranges: Sequence[tuple[int, int]]) -> Repair:
    _ftfy()  # the candidate plans encode with ftfy's sloppy codecs
    lines = text.split("\n")
    code_lines = {i - 1 for a, b in code_ranges for i in range(a, b + 1)}
    plan: list[PlanStep] = []
    regions: list[Region] = []
    for _ in range(3):
        # Lines changed in this round are not offered to another plan in the same round; the
        # next round sees them afresh (double encoding is undone one layer a round), and its
        # steps are verified against the text this round left (chained).
        touched: set[int] = set()
        changed_this_round = False
        current = "\n".join(lines)
        if looks_clean(current):
            break
        best: tuple[int, tuple[tuple[str, str], ...], list[_Run]] | None = None
        for steps in _candidate_plans(current, lines):
            accepted = [r for r in _runs(lines, steps, touched) if _improves("\n".join(lines[r[0] : r[1] + 1]), "\n".join(r[2]))]
            if not accepted:
                continue
            gain = sum(len("\n".join(lines[a : b + 1])) - len("\n".join(new)) for a, b, new, _ in accepted)
            if best is None or gain > best[0]:
                best = (gain, steps, accepted)
        if best is not None:
            _, steps, accepted = best
            non_ascii = [i for i, line in enumerate(lines) if not line.isascii()]
            whole = len(accepted) == 1 and accepted[0][0] <= non_ascii[0] and accepted[0][1] >= non_ascii[-1]
            for a, b, new, lossy_lines in accepted:
                for start, end in _split_code(a, b, code_lines, whole):
                    old_part, new_part = lines[start : end + 1], new[start - a : end - a + 1]
                    if (start, end) != (a, b) and not _improves("\n".join(old_part), "\n".join(new_part)):
                        continue  # what is left of the run outside code blocks shows no damage of its own
                    for part_start, part_end, lossy in _split_lossy(start, end, lossy_lines):
                        if new[part_start - a : part_end - a + 1] != lines[part_start : part_end + 1]:
                            plan.append(PlanStep("recode", tuple(steps), part_start + 1, part_end + 1, lossy))
                    lines[start : end + 1] = new[start - a : end - a + 1]
                    touched.update(range(start, end + 1))
                    changed_this_round = True
                for start, end in _code_parts(a, b, code_lines, whole):
                    regions.append(Region(start + 1, end + 1, describe(steps), True))
        changed_this_round |= _fix_lines(lines, code_lines, touched, plan)
        if not changed_this_round:
            break
    regions.sort(key=lambda r: (r.start_line, r.in_code))
    return Repair("\n".join(lines), tuple(plan), tuple(regions))


def _split_lossy(a: int, b: int, lossy_lines: frozenset[int]) -> list[tuple[int, int, bool]]:
    """Lines a..b in maximal stretches that are all lossy or all lossless."""
    parts: list[tuple[int, int, bool]] = []
    for i in range(a, b + 1):
        flag = i in lossy_lines
        if parts and parts[-1][2] == flag:
            parts[-1] = (parts[-1][0], i, flag)
        else:
            parts.append((i, i, flag))
    return parts


def _split_code(a: int, b: int, code: set[int], whole: bool) -> list[tuple[int, int]]:
    """Parts of a run outside code blocks (all of it when the whole note is one damage)."""
    if whole or not code:
        return [(a, b)]
    parts, start = [], None
    for i in range(a, b + 1):
        if i in code:
            if start is not None:
                parts.append((start, i - 1))
                start = None
        elif start is None:
            start = i
    if start is not None:
        parts.append((start, b))
    return parts


def _code_parts(a: int, b: int, code: set[int], whole: bool) -> list[tuple[int, int]]:
    if whole or not code:
        return []
    inside = [i for i in range(a, b + 1) if i in code]
    parts: list[tuple[int, int]] = []
    for i in inside:
        if parts and parts[-1][1] == i - 1:
            parts[-1] = (parts[-1][0], i)
        else:
            parts.append((i, i))
    return parts


def _fix_lines(lines: list[str], code: set[int], touched: set[int], plan: list[PlanStep]) -> bool:
    """ftfy's encoding fixer line by line, for inconsistent damage within a line, lines whose
    only damage is C1 controls, and lines no whole-run plan covers; each change verified."""
    changed = False
    for i, line in enumerate(lines):
        if line.isascii() or i in code or i in touched or looks_clean(line):
            continue
        fixed = _ftfy().fix_encoding_and_explain(line, _config())
        steps = tuple((op, arg) for op, arg in fixed.explanation or ())
        if not steps or fixed.text == line or not _improves(line, fixed.text):
            continue
        proof = verify_step(line, steps)
        if proof is None or proof.text != fixed.text:
            continue
        lines[i] = fixed.text
        touched.add(i)
        plan.append(PlanStep("line", steps, i + 1, i + 1, proof.lossy, proof.encodings))
        changed = True
    return changed


def _merge_regions(plan: Sequence[PlanStep], withheld: Sequence[PlanStep] = ()) -> list[Region]:
    regions: list[Region] = []
    for step in sorted((*plan, *withheld), key=lambda s: s.start_line):
        desc = step.description
        if regions and regions[-1].description == desc and regions[-1].end_line + 1 >= step.start_line:
            regions[-1] = replace(regions[-1], end_line=max(regions[-1].end_line, step.end_line))
        else:
            regions.append(Region(step.start_line, step.end_line, desc, lossy=step.lossy))
    return regions


def _replay_masked(masked: str, plan: Sequence[PlanStep]) -> str:
    """Apply the plan's steps in order, each verified again on the line it meets (chained)."""
    _ftfy()
    lines = masked.split("\n")
    for step in plan:
        for i in range(step.start_line - 1, step.end_line):
            if i >= len(lines):
                raise ValueError(f"plan step {step} is past the end of the note")
            if lines[i].isascii():
                continue
            proof = verify_step(lines[i], step.steps)
            if proof is None:
                raise ValueError(f"plan step {step} does not apply, or is not exact, on line {i + 1}")
            if proof.lossy and not step.lossy:
                raise ValueError(f"plan step {step} loses bytes on line {i + 1} but is not marked lossy")
            lines[i] = proof.text
    return "\n".join(lines)


def replay_plan(text: str, plan: Sequence[PlanStep]) -> str:
    """Apply a recorded plan to the original text, verifying every step as `repair_document`
    did; reproduces `repair_document(text).text`. ValueError when a step fails its check."""
    masked = mask_protected(text)
    if masked is None:
        raise ValueError("text holds NUL: no plan applies to it")
    restored = unmask(_replay_masked(masked[0], plan), masked[1])
    if restored is None:
        raise ValueError("the plan changed a protected span")
    return restored
