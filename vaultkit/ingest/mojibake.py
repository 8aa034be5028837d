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
from dataclasses import dataclass
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
    (1-based, inclusive). `recode` applies them to the run as a whole; `line` to one line."""

    kind: StepKind
    steps: tuple[tuple[str, str], ...]
    start_line: int
    end_line: int

    @property
    def description(self) -> str:
        encs = [arg for op, arg in self.steps if op == "encode"]
        if encs and all(arg.startswith("utf-8") for op, arg in self.steps if op == "decode"):
            names = [_NAMES.get(e, e) for e in encs]
            if len(names) > 1:
                return "UTF-8 read as " + ", then again as ".join(names)
            return f"UTF-8 read as {names[0]}"
        return "inconsistent mojibake (" + ", ".join(f"{op} {arg}" for op, arg in self.steps) + ")"


@dataclass(frozen=True)
class Region:
    """A damaged stretch of lines and what damaged it; `in_code` regions are not rewritten."""

    start_line: int
    end_line: int
    description: str
    in_code: bool = False


@dataclass(frozen=True)
class Repair:
    text: str
    plan: tuple[PlanStep, ...]
    regions: tuple[Region, ...]

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
    if _C1.search(text) or _A0_SPACE.search(text):
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
    """Characters a repair must never add: controls, private use, unassigned, surrogates, U+FFFD."""
    n = 0
    for ch in text:
        if (ch.isascii() and ch.isprintable()) or ch in "\n\r\t":
            continue
        cat = unicodedata.category(ch)
        if cat in ("Cc", "Co", "Cn", "Cs") or ch == "\ufffd":
            n += 1
    return n


def _improves(before: str, after: str) -> bool:
    if after == before or _errors(after) > _errors(before):
        return False
    from ftfy.badness import badness

    b0, b1 = badness(before), badness(after)
    if b1 > b0:
        return False
    if b1 < b0:
        return True
    # Zero-badness damage (Mac Roman Cyrillic): the text must shrink and lose mixed tokens.
    return len(before) - len(after) >= 2 and _suspicious_tokens(before) - _suspicious_tokens(after) >= 2


# ---------------------------------------------------------------------------- plans


def _apply_steps(text: str, steps: Sequence[tuple[str, str]]) -> str | None:
    """ftfy's apply_plan, strict: None when any step fails on this text."""
    try:
        return str(_ftfy().apply_plan(text, list(steps)))
    except (UnicodeError, LookupError, ValueError):
        return None


def _candidate_plans(text: str) -> list[tuple[tuple[str, str], ...]]:
    plans: list[tuple[tuple[str, str], ...]] = []
    whole = _ftfy().fix_encoding_and_explain(text, _config())
    if whole.explanation and all(op in ("encode", "decode", "transcode") for op, _ in whole.explanation):
        plans.append(tuple((op, arg) for op, arg in whole.explanation))
    for enc in ENCODINGS:
        plan = (("encode", enc), ("decode", "utf-8"))
        if plan not in plans:
            plans.append(plan)
    return plans


def _runs(lines: list[str], steps: Sequence[tuple[str, str]], frozen: set[int]) -> list[tuple[int, int, list[str]]]:
    """Maximal runs of lines (0-based, inclusive) the plan changes without breaking any line."""
    runs: list[tuple[int, int, list[str]]] = []
    current: list[tuple[int, str]] = []

    def close() -> None:
        changed = [i for i, new in current if new != lines[i]]
        if changed:
            first, last = changed[0], changed[-1]
            runs.append((first, last, [new for i, new in current if first <= i <= last]))
        current.clear()

    for i, line in enumerate(lines):
        if line.isascii():
            current.append((i, line))
            continue
        new = None if i in frozen else _apply_steps(line, steps)
        if new is None:
            close()
            continue
        current.append((i, new))
    close()
    return runs


def repair_document(text: str, *, code_ranges: Sequence[tuple[int, int]] = ()) -> Repair:
    """Repair mojibake in a whole note; clean text comes back unchanged (the same object).

    Protected spans (`protected_spans`) are masked first, so no plan sees or changes them."""
    if looks_clean(text):
        return Repair(text, (), ())
    masked = mask_protected(text)
    if masked is None or looks_clean(masked[0]):
        return Repair(text, (), ())
    repair = _repair_masked(masked[0], code_ranges)
    if not repair.plan:
        return Repair(text, (), repair.regions)
    restored = unmask(repair.text, masked[1])
    if restored is None:  # a plan ate a mask: keep the note as it is
        return Repair(text, (), ())
    return Repair(restored, repair.plan, repair.regions)


def _repair_masked(text: str, code_ranges: Sequence[tuple[int, int]]) -> Repair:
    _ftfy()  # the candidate plans encode with ftfy's sloppy codecs
    lines = text.split("\n")
    code_lines = {i - 1 for a, b in code_ranges for i in range(a, b + 1)}
    plan: list[PlanStep] = []
    regions: list[Region] = []
    for _ in range(3):
        # Lines changed in this round are not offered to another plan in the same round; the
        # next round sees them afresh (double encoding is undone one layer a round).
        touched: set[int] = set()
        changed_this_round = False
        current = "\n".join(lines)
        if looks_clean(current):
            break
        best: tuple[int, tuple[tuple[str, str], ...], list[tuple[int, int, list[str]]]] | None = None
        for steps in _candidate_plans(current):
            accepted = [r for r in _runs(lines, steps, touched) if _improves("\n".join(lines[r[0] : r[1] + 1]), "\n".join(r[2]))]
            if not accepted:
                continue
            gain = sum(len("\n".join(lines[a : b + 1])) - len("\n".join(new)) for a, b, new in accepted)
            if best is None or gain > best[0]:
                best = (gain, steps, accepted)
        if best is not None:
            _, steps, accepted = best
            non_ascii = [i for i, line in enumerate(lines) if not line.isascii()]
            whole = len(accepted) == 1 and accepted[0][0] <= non_ascii[0] and accepted[0][1] >= non_ascii[-1]
            for a, b, new in accepted:
                for start, end in _split_code(a, b, code_lines, whole):
                    plan.append(PlanStep("recode", tuple(steps), start + 1, end + 1))
                    lines[start : end + 1] = new[start - a : end - a + 1]
                    touched.update(range(start, end + 1))
                    changed_this_round = True
                for start, end in _code_parts(a, b, code_lines, whole):
                    regions.append(
                        Region(start + 1, end + 1, PlanStep("recode", tuple(steps), start + 1, end + 1).description, True)
                    )
        changed_this_round |= _fix_lines(lines, code_lines, touched, plan)
        if not changed_this_round:
            break
    regions.extend(_merge_regions(plan))
    regions.sort(key=lambda r: (r.start_line, r.in_code))
    return Repair("\n".join(lines), tuple(plan), tuple(regions))


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
    """ftfy's encoding fixer line by line, for inconsistent damage within a line."""
    changed = False
    for i, line in enumerate(lines):
        if line.isascii() or i in code or i in touched or looks_clean(line):
            continue
        fixed = _ftfy().fix_encoding_and_explain(line, _config())
        steps = tuple((op, arg) for op, arg in fixed.explanation or ())
        # A partial fix that collapses a single two-character sequence destroys clean text
        # (`Ã»` → `û` in Portuguese); ../shared/research/mojibake.md §4 step 4.
        if not steps or len(line) - len(fixed.text) < 2 or not _improves(line, fixed.text):
            continue
        if _apply_steps(line, steps) != fixed.text:
            continue
        lines[i] = fixed.text
        touched.add(i)
        plan.append(PlanStep("line", steps, i + 1, i + 1))
        changed = True
    return changed


def _merge_regions(plan: Sequence[PlanStep]) -> list[Region]:
    regions: list[Region] = []
    for step in sorted(plan, key=lambda s: s.start_line):
        desc = step.description
        if regions and regions[-1].description == desc and regions[-1].end_line + 1 >= step.start_line:
            regions[-1] = Region(regions[-1].start_line, max(regions[-1].end_line, step.end_line), desc)
        else:
            regions.append(Region(step.start_line, step.end_line, desc))
    return regions


def replay_plan(text: str, plan: Sequence[PlanStep]) -> str:
    """Apply a recorded plan to the original text; reproduces `repair_document(text).text`."""
    _ftfy()
    masked = mask_protected(text)
    if masked is None:
        raise ValueError("text holds NUL: no plan applies to it")
    lines = masked[0].split("\n")
    for step in plan:
        chunk = "\n".join(lines[step.start_line - 1 : step.end_line])
        if step.kind == "recode":
            parts = [_apply_steps(line, step.steps) if not line.isascii() else line for line in chunk.split("\n")]
            if any(p is None for p in parts):
                raise ValueError(f"plan step {step} does not apply to lines {step.start_line}-{step.end_line}")
            new = "\n".join(p for p in parts if p is not None)
        else:
            replayed = _apply_steps(chunk, step.steps)
            if replayed is None:
                raise ValueError(f"plan step {step} does not apply to line {step.start_line}")
            new = replayed
        lines[step.start_line - 1 : step.end_line] = new.split("\n")
    restored = unmask("\n".join(lines), masked[1])
    if restored is None:
        raise ValueError("the plan changed a protected span")
    return restored
