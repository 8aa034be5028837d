"""Scan a note's Markdown for what Obsidian indexes: links, embeds, headings, block ids, tags,
footnotes, and the regions where none of them count (code, `%% comments %%`).

A single pass over lines keeps every item's 1-based line and column in the original file.
mistune (with vaultkit's wikilink plugin, `vaultkit.ingest.mistune_plugin`) parses the same
syntax for rendering and serves as the reference these results are tested against; a full
mistune parse runs at about 2 MB/s here, too slow for the per-note hot path on 100 MB vaults.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass
from urllib.parse import unquote

from vaultkit.model import BlockId, Footnote, Heading, Link, Suppression, Tag

# Possessive (`*+`): the indent's end is the same either way (a fence follows only `[ \t>]`), and a
# backtracking `[ \t]*(?:>[ \t]?)*[ \t]*` tries every split of a long run of spaces (quadratic).
_FENCE_OPEN = re.compile(r"^(?P<indent>[ \t]*+(?:>[ \t]?)*+[ \t]*+)(?P<fence>`{3,}|~{3,})(?P<info>[^`]*)$")
# Group 2 is the rest of the line; _heading_text drops the closing `#`s (a lazy `(.*?)` followed
# by `(?:[ \t]+#+)?[ \t]*$` rescanned the rest at every character: quadratic on long lines).
_HEADING = re.compile(r"^(#{1,6})[ \t]+(.*)$")
_LIST_ITEM = re.compile(r"^[ \t]*(?:[-*+]|\d{1,9}[.)])(?:[ \t]|$)")
# Only `]]` closes; an inner `[[` restarts (`[[Nested [[Inner]] x]]` links only `Inner`).
_WIKILINK = re.compile(r"(!?)\[\[((?:(?!\[\[|\]\]).)*?)\]\]")
_MDLINK = re.compile(
    r"(!?)\[((?:[^\[\]]|\[[^\[\]]*\])*)\]"  # [text], one level of nested brackets
    # (destination "title"); possessive, or `(` + 40,000 spaces backtracks over every split of them
    r"\(\s*+(<[^<>\n]*>|[^\s()]*+(?:\([^\s()]*+\)[^\s()]*+)*+)(?:\s++(?:\"[^\"]*\"|'[^']*'))?\s*+\)"
)
_SCHEME = re.compile(r"^[A-Za-z][A-Za-z0-9+.\-]*:")
_BLOCK_ID = re.compile(r"(?:^|[ \t])\^([A-Za-z0-9\-]+)[ \t]*$")
# Obsidian tags: `#` after whitespace or line start, then letters, digits, `_`, `-`, `/`.
# The same matches as `(?:(?<=[\s(,;])|^)#(...)`, written `#` first so the search jumps from one
# `#` to the next: the look-behind fails only where a character outside `\s(,;` precedes the `#`.
_TAG = re.compile(r"#(?<![^\s(,;]#)([^\s!-,.:-@\[-\^`{-~]+(?:[/\-_][^\s!-,.:-@\[-\^`{-~]*)*)")
_FOOTNOTE_REF = re.compile(r"\[\^([^\]\s]+)\]")
_FOOTNOTE_DEF = re.compile(r"^\[\^([^\]\s]+)\]:")
# `<!-- vaultkit-disable-next-line VK301 broken-link -->`, `%% vaultkit-disable VK3 %%` … `vaultkit-enable`,
# `vaultkit-disable-line`, `vaultkit-disable-file`: rule ids, prefixes or names; none means every rule.
SUPPRESS_COMMENT = re.compile(
    r"(?:<!--|%%)\s*vaultkit-(disable-next-line|disable-line|disable-file|disable|enable)(?![\w-])([^%>]*?)(?:-->|%%)"
)
_CODE_SEPARATORS = re.compile(r"[\s,]+")
_BACKTICKS = re.compile(r"`+")
_INLINE_SPECIAL = re.compile(r"`|%%")
_BRACKET_RUN = re.compile(r"\[+")
# A line can open a fence only if it starts with one of these (_FENCE_OPEN's prefix is [ \t>]*).
_FENCE_FIRST = frozenset(" \t>`~")


@dataclass(frozen=True, slots=True)
class Scan:
    links: tuple[Link, ...]
    headings: tuple[Heading, ...]
    block_ids: tuple[BlockId, ...]
    tags: tuple[Tag, ...]
    footnotes: tuple[Footnote, ...]
    code_ranges: tuple[tuple[int, int], ...]
    suppressions: tuple[Suppression, ...]


def _mask_inline(line: str, in_comment: bool) -> tuple[str, bool]:
    """Blank out code spans and `%% %%` comments, keeping columns; returns the comment state
    at the end of the line (comments may span lines, code spans are taken within one line)."""
    if "`" not in line:
        if not in_comment and "%%" not in line:
            return line, False
        # Comments only: the pieces between `%%`s alternate outside and inside (str.split takes
        # the leftmost `%%` each time, as the loop below does), every `%%` blanked; one pass in C
        # instead of a find and a search per comment (a line of 100k `%%` took 0.4 s).
        parts = line.split("%%")
        inside = 1 if in_comment else 0
        masked = [part if (i & 1) == inside else " " * len(part) for i, part in enumerate(parts)]
        return "  ".join(masked), in_comment != (len(parts) % 2 == 0)
    out: list[str] = []
    i = 0
    n = len(line)
    while i < n:
        if in_comment:
            end = line.find("%%", i)
            if end == -1:
                out.append(" " * (n - i))
                return "".join(out), True
            out.append(" " * (end + 2 - i))
            i = end + 2
            in_comment = False
            continue
        # Text up to the next backtick or `%%` is kept as it is.
        special = _INLINE_SPECIAL.search(line, i)
        if special is None:
            out.append(line[i:])
            break
        if special.start() > i:
            out.append(line[i : special.start()])
            i = special.start()
        if line[i] == "`":
            run = _BACKTICKS.match(line, i)
            assert run is not None
            ticks = run.group(0)
            close = _find_closing_ticks(line, run.end(), len(ticks))
            if close == -1:  # an unmatched run is literal text
                out.append(ticks)
                i = run.end()
                continue
            out.append(" " * (close + len(ticks) - i))
            i = close + len(ticks)
            continue
        in_comment = True  # `%%`
        out.append("  ")
        i += 2
    return "".join(out), in_comment


def _find_closing_ticks(line: str, start: int, count: int) -> int:
    for m in _BACKTICKS.finditer(line, start):
        if len(m.group(0)) == count:
            return m.start()
    return -1


def split_wikilink(inner: str) -> tuple[str, str | None, str | None, str | None]:
    """`target#heading|alias` → (target, heading, block, alias); `\\|` (tables) is a `|`."""
    inner = inner.replace("\\|", "|")
    alias: str | None = None
    if "|" in inner:
        inner, alias = inner.split("|", 1)
    heading: str | None = None
    block: str | None = None
    if "#" in inner:
        inner, sub = inner.split("#", 1)
        sub = sub.strip()
        if sub.startswith("^"):
            block = sub[1:]
        else:
            heading = sub
    return inner.strip(), heading, block, alias


def _markdown_link(prefix: str, label: str, dest: str, line: int, column: int, raw: str) -> Link | None:
    if dest.startswith("<") and dest.endswith(">"):
        dest = dest[1:-1]
    if not dest or _SCHEME.match(dest) or dest.startswith("//"):
        return None  # external: http:, mailto:, obsidian:, protocol-relative
    target = unquote(dest)
    heading: str | None = None
    block: str | None = None
    if "#" in target:
        target, sub = target.split("#", 1)
        if sub.startswith("^"):
            block = sub[1:]
        else:
            heading = sub
    return Link(
        target=target.strip(),
        line=line,
        column=column,
        kind="markdown",
        embed=prefix == "!",
        heading=heading,
        block=block,
        alias=label or None,
        raw=raw,
    )


def scan_markdown(text: str, body_line: int = 1) -> Scan:
    """Scan the body of `text`, which starts at 1-based `body_line`."""
    lines = text.split("\n")
    links: list[Link] = []
    headings: list[Heading] = []
    block_ids: list[BlockId] = []
    tags: list[Tag] = []
    footnotes: list[Footnote] = []
    code_ranges: list[tuple[int, int]] = []
    suppressions: list[Suppression] = []
    open_ranges: list[tuple[int, frozenset[str]]] = []  # `vaultkit-disable` ranges: first line, codes

    fence: str | None = None  # the open fence's marker, e.g. "```"
    fence_start = 0
    in_comment = False
    comment_start = 0
    prev_blank = True
    in_list = False
    indented_start = 0

    for idx in range(body_line - 1, len(lines)):
        lineno = idx + 1
        raw = lines[idx]
        line = raw[:-1] if raw.endswith("\r") else raw

        if fence is not None:
            if fence[0] not in line:  # the closing fence is a run of the opening character
                continue
            stripped = line.strip().lstrip(">").strip()
            if stripped.startswith(fence[0] * len(fence)) and not stripped.strip(fence[0]):
                code_ranges.append((fence_start, lineno))
                fence = None
            continue

        first = line[:1]
        blank = not line or line.isspace()  # `not line.strip()` without copying the line
        if not in_comment:
            m = _FENCE_OPEN.match(line) if first in _FENCE_FIRST else None
            if m and not (m.group("fence")[0] == "`" and "`" in m.group("info")):
                _close_indented(code_ranges, indented_start, lineno)
                indented_start = 0
                fence, fence_start = m.group("fence"), lineno
                prev_blank = False
                continue
            # Indented code: 4+ columns after a blank line, outside a list.
            if first == " " or first == "\t":
                indent = len(line) - len(line.lstrip(" \t"))
                columns = len(line[:indent].replace("\t", "    "))
            else:
                columns = 0
            if not blank and columns >= 4 and (prev_blank or indented_start) and not in_list:
                if not indented_start:
                    indented_start = lineno
                prev_blank = False
                continue
            if indented_start and not blank:
                _close_indented(code_ranges, indented_start, lineno)
                indented_start = 0

        if blank:
            prev_blank = True
            continue

        if "vaultkit-" in line:
            _suppressions(line, lineno, suppressions, open_ranges)

        started_in_comment = in_comment
        masked, in_comment = _mask_inline(line, in_comment)
        if in_comment and not started_in_comment:
            comment_start = lineno
        elif started_in_comment and not in_comment and comment_start and comment_start != lineno:
            code_ranges.append((comment_start, lineno))

        lead = masked[:1]  # _LIST_ITEM starts with [ \t]*, a marker or a digit (\d: isdigit() holds)
        if (lead in " \t-*+" or lead.isdigit()) and _LIST_ITEM.match(masked):
            in_list = True
        elif prev_blank and not masked[:1].isspace():
            in_list = False
        prev_blank = False

        h = _HEADING.match(masked) if masked[:1] == "#" else None
        if h:
            # A heading keeps the text of its code spans (`### \`hasTag()\``): Obsidian's does.
            shown = _HEADING.match(line) if "`" in line and "%%" not in line and not started_in_comment else h
            headings.append(Heading(_heading_text((shown or h).group(2)), len(h.group(1)), lineno, 1))

        _scan_inline(masked, line, lineno, links)

        # A block id ends the line, so its `^` is the line's last: search from just before it.
        caret = masked.rfind("^")
        b = _BLOCK_ID.search(masked, caret - 1 if caret > 0 else 0) if caret != -1 else None
        if b:
            block_ids.append(BlockId(b.group(1), lineno, b.start(1)))
        if "#" in masked:
            tag_source = masked if not h else " " * (len(h.group(1)) + 1) + masked[len(h.group(1)) + 1 :]
            for t in _TAG.finditer(_without_links(tag_source)):
                name = t.group(1)
                if not name.replace("/", "").replace("_", "").replace("-", "").isdigit():
                    tags.append(Tag(name, lineno, t.start() + 1))
        if "[^" in masked:
            d = _FOOTNOTE_DEF.match(masked)
            for f in _FOOTNOTE_REF.finditer(masked):
                footnotes.append(Footnote(f.group(1), lineno, f.start() + 1, bool(d and f.start() == 0)))

    if fence is not None:
        code_ranges.append((fence_start, len(lines)))
    for start, codes in open_ranges:  # a `vaultkit-disable` never enabled again: to the end of the note
        suppressions.extend(Suppression(n, codes) for n in range(start, len(lines) + 1))
    _close_indented(code_ranges, indented_start, len(lines) + 1)
    if in_comment and comment_start:
        code_ranges.append((comment_start, len(lines)))
    return Scan(
        tuple(links),
        tuple(headings),
        tuple(block_ids),
        tuple(tags),
        tuple(footnotes),
        tuple(sorted(code_ranges)),
        tuple(suppressions),
    )


def suppression_codes(text: str) -> frozenset[str]:
    """The rule ids, prefixes or names a suppression comment's text names (empty: every rule)."""
    return frozenset(c for c in _CODE_SEPARATORS.split(text.strip()) if c)


def _suppressions(line: str, lineno: int, out: list[Suppression], open_ranges: list[tuple[int, frozenset[str]]]) -> None:
    """The suppressions of one line's comments: a line, the next one, the whole file (line 0),
    or a range from `vaultkit-disable` to the matching `vaultkit-enable` (both lines included)."""
    for m in SUPPRESS_COMMENT.finditer(line):
        kind, codes = m.group(1), suppression_codes(m.group(2))
        if kind == "disable-next-line":
            out.append(Suppression(lineno + 1, codes))
        elif kind == "disable-line":
            out.append(Suppression(lineno, codes))
        elif kind == "disable-file":
            out.append(Suppression(0, codes))
        elif kind == "disable":
            open_ranges.append((lineno, codes))
        else:  # enable: close the ranges it names (all when it names none); the rest go on
            still: list[tuple[int, frozenset[str]]] = []
            for start, names in open_ranges:
                if codes and names and not names & codes:
                    still.append((start, names))
                    continue
                out.extend(Suppression(n, names) for n in range(start, lineno + 1))
                if codes and names - codes:
                    still.append((lineno + 1, names - codes))
            open_ranges[:] = still


def _heading_text(rest: str) -> str:
    """A heading's text from what follows `#…# `: without a closing `[ \t]+#+` and the blanks
    around it (what `(.*?)(?:[ \t]+#+)?[ \t]*$` captured, in one pass)."""
    text = rest.rstrip(" \t")
    bare = text.rstrip("#")
    if bare != text and bare and bare[-1] in " \t":
        text = bare.rstrip(" \t")
    return text.strip()


def _close_indented(code_ranges: list[tuple[int, int]], start: int, next_line: int) -> None:
    if start:
        code_ranges.append((start, next_line - 1))


def _without_links(masked: str) -> str:
    """Blank wikilinks and link destinations so `[[a#b]]` and `(x.md#h)` yield no tags."""
    if "[" not in masked:
        return masked
    if "[[" in masked:
        masked = _blank(masked, _matches(_WIKILINK, masked, "[["))
    if "](" in masked:
        masked = _blank(masked, _matches(_MDLINK, masked, "["))
    return masked


def _blank(text: str, matches: Iterator[re.Match[str]]) -> str:
    """`pattern.sub(lambda m: " " * len(m.group(0)), text)` for the given matches."""
    out: list[str] = []
    pos = 0
    for m in matches:
        out.append(text[pos : m.start()])
        out.append(" " * (m.end() - m.start()))
        pos = m.end()
    if not out:
        return text
    out.append(text[pos:])
    return "".join(out)


# What each pattern of _matches needs after its needle: its closer somewhere after the needle,
# and how many `[` of a run of them can open a match only from the run's end.
_CLOSERS = {"[[": ("]]", 3), "[": ("](", 2)}


def _matches(pattern: re.Pattern[str], text: str, needle: str) -> Iterator[re.Match[str]]:
    """`pattern.finditer(text)` for _WIKILINK (`needle` "[[") or _MDLINK ("["): patterns whose
    matches are never empty and start with `needle` or `!` + `needle`. The regex search would
    try every position (`!?` gives it no prefix to skip to); `str.find` jumps to the needle.

    Candidates that cannot match are skipped, so a run of 300k `[` costs one step, not 300k
    (1 MB of `[` and `](`: 0.6 s before): a wikilink needs `]]` after its `[[` and a Markdown
    link `](` after its `[` (past the last one nothing matches); and inside a run of `[`, a
    wikilink starting 4 or more before the run's end has `[[` first in its text, which it
    cannot hold, a Markdown link starting 3 or more before it has `[[` in its label, which it
    cannot hold either: the first candidate is 3 (2) before the run's end."""
    closer, tail = _CLOSERS[needle]
    last = text.rfind(closer)
    pos = 0
    while True:
        p = text.find(needle, pos)
        if p == -1 or last < p + len(needle):
            return
        if text.startswith("[[[", p):
            run = _BRACKET_RUN.match(text, p)
            assert run is not None
            p = max(p, run.end() - tail)
        m = pattern.match(text, p - 1) if p > pos and text[p - 1] == "!" else None
        if m is None:
            m = pattern.match(text, p)
        if m is None:
            pos = p + 1
            continue
        yield m
        pos = m.end()


def _scan_inline(masked: str, line: str, lineno: int, links: list[Link]) -> None:
    if "[" not in masked:
        return
    taken: list[tuple[int, int]] = []
    for m in _matches(_WIKILINK, masked, "[[") if "[[" in masked else ():
        # Read from the line: a code span inside the brackets is part of the link (``[[B#`x`]]``).
        inner = line[m.start(2) : m.end(2)]
        if not inner.strip():  # `[[]]` names nothing: no link (docs/rules.md, VK301)
            continue
        target, heading, block, alias = split_wikilink(inner)
        links.append(
            Link(
                target=target,
                line=lineno,
                column=m.start() + 1,
                kind="wikilink",
                embed=m.group(1) == "!",
                heading=heading,
                block=block,
                alias=alias,
                raw=line[m.start() : m.end()],
            )
        )
        taken.append((m.start(), m.end()))
    if "](" not in masked:
        return
    for m in _matches(_MDLINK, masked, "["):
        if any(s <= m.start() < e for s, e in taken):
            continue
        link = _markdown_link(m.group(1), m.group(2), m.group(3), lineno, m.start() + 1, line[m.start() : m.end()])
        if link is not None:
            links.append(link)


def scan_front_matter_links(text: str, end_line: int) -> list[Link]:
    """Wikilinks written as property values (`related: "[[Note]]"`), which Obsidian indexes."""
    if end_line < 2:
        return []
    found: list[Link] = []
    lines = text.split("\n", end_line)[1 : end_line - 1]
    for offset, line in enumerate(lines, start=2):
        if "[[" not in line:  # stripping cannot make one
            continue
        stripped = line.strip()
        is_key = not stripped.startswith("-") and ":" in stripped
        value = stripped.split(":", 1)[1].strip() if is_key else stripped.lstrip("- ").strip()
        value = value.strip("\"'")
        m = _WIKILINK.fullmatch(value)
        if not m or m.group(1):
            continue
        target, heading, block, alias = split_wikilink(m.group(2))
        col = line.find("[[") + 1
        found.append(Link(target, offset, col, "wikilink", False, heading, block, alias, m.group(0)))
    return found
