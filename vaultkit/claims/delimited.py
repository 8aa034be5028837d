"""Delimited tables (```tsv / ```csv fences, pasted sheets, tables printed into text blocks) read as the pipe tables they are.

A spreadsheet pasted into a note is a table of figures whose units sit in the header (`weights_GB`,
`память_ГБ`, `веса, ГБ`). Each such table is rewritten line for line as a pipe table, so that line
numbers hold and the pipe-table reader of `extract` reads it: the fence lines become blank (the
reader takes a table's first row as its header and needs no rule below it), a header unit glued
with underscores is written the way the reader understands (`weights_GB` → `weights (GB)`), and a
decimal comma of a semicolon sheet (`7,62`) becomes a dot. A rate or a time in a header (`bandwidth_GBps`,
`ceiling_tok_s`, `load_s`), which the reader takes from no header, is written after each bare figure of its
column (`3350 GB/s`); a row of units under the header goes into the header. The remap moves each claim found
in a rewritten row back to the column of the note's own line.

A table printed by a notebook or a script into a text block (columns aligned with two spaces or more) is
rewritten the same way under its first row of names, or under a caption on the line before the fence that
lists the columns (the header then stands on the fence's line).

Only a table is rewritten: every row has the same number of cells (one delimiter at least), the
first row is a header of words, no row is blank or holds a `|`, and some cell is a figure. Shell
output, code and logs (a first row of figures or dates, rows of unequal counts) stay code.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import replace
from itertools import pairwise
from typing import NamedTuple

from vaultkit.claims.fastre import guarded
from vaultkit.claims.model import Claim

Remap = Callable[[list[Claim]], list[Claim]]

_FENCE = guarded(r"^(?P<indent> {0,3})(?P<fence>`{3,}|~{3,})\s*(?P<info>[^\s`{]*)")
_TABLE_INFO = {"tsv", "csv", "text", "txt", "plain", "plaintext", ""}
_TAB_ONLY = {"text", "txt", "plain", "plaintext", ""}
_MAX_CELLS = 100  # a row of more cells is no sheet a note shows (a pasted list of figures, a dump)
# a header cell is a name: it starts with a letter (or `#`, `%`) and holds no code or shell punctuation
_HEADER_CELL = guarded(r"^[#%]?[^\W\d_][^=;{}<>`$\"\\]{0,59}$")
_DOTTED_NAME = guarded(r"[A-Za-z_]\.[a-z_]")  # `memory.total`, `df.shape`: a field of code, not a column's name
_FIGURE_CELL = guarded(r"^[-+−~≈]?\d[\d.,\u00a0\u202f ]*(?:\s?[^\W\d]{1,6}\.?|%)?$")
_COMMA_DECIMAL = guarded(r"^[-+−]?\d+,(?:\d{1,2}|\d{4,})$")  # `7,62`, `0,5625`: never a group of thousands
_DOT_DECIMAL = guarded(r"^[-+−]?\d+\.\d+$")
_COMMA_NUMBER = guarded(r"^[-+−]?\d[\d\u00a0\u202f ]*,\d+$")  # `7,62`, `1 234,5`
# a unit glued to a header's name with underscores: `weights_GB`, `kv_KiB_per_token`, `память_ГБ`, `ceiling_tok_s`
_BYTE_UNIT = guarded(r"(?i)^(?:[kmgtp]i?b|[кмгт]и?б|bytes|байт)$")
_RATES = (
    (guarded(r"^(?:[KMGT]i?B)ps$"), lambda t: t[:-2] + "/s"),  # `GBps`: gigabytes a second (`Gbps` is bits)
    (guarded(r"(?i)^(?:[kmgt]i?b)_(?:s|sec)$"), lambda t: _byte_unit(t.split("_")[0]) + "/s"),
    (guarded(r"(?i)^(?:[кмгт]и?б)_(?:с|сек)$"), lambda t: _byte_unit(t.split("_")[0]) + "/с"),
    (guarded(r"(?i)^(?:tok|tokens?)_(?:per_)?(?:s|sec|second)$"), lambda t: "tok/s"),
    (guarded(r"(?i)^(?:ток|токенов)_(?:в_)?(?:с|сек)$"), lambda t: "ток/с"),
)
_TIME_UNIT = guarded(r"(?i)^(?:ms|s|sec|h|мс|с|сек|ч)$")  # (not `min`: a minimum as often as minutes)
_PERCENT = guarded(r"(?i)^(?:pct|percent|%)$")
# the scale of a parameter count (`params_B`, `параметры_млрд`), as the reader reads it: `(B)`, `(M)`, `млрд`, `млн`
_SCALE = guarded(r"(?i)^(?:b|bn|m|mln|млрд|млн)$")
_PARAMS = guarded(r"(?i)param|парам")


def _byte_unit(token: str) -> str:
    """`gb` → `GB`, `gib` → `GiB`, `ГБ` stays: the byte unit a glued header names, as the reader spells it."""
    low = token.lower()
    if low in ("bytes", "байт"):
        return token
    if low[0] in "кмгт":
        return token[0].upper() + ("и" if "и" in low else "") + "Б"
    return low[0].upper() + ("i" if "i" in low else "") + "B"


def _header(cell: str) -> str:
    """A header cell whose unit is glued to its name with underscores, written as the pipe-table reader
    reads a unit: `weights_GB` → `weights (GB)`, `kv_KiB_per_token` → `kv per token (KiB)`,
    `bandwidth_GBps` → `bandwidth (GB/s)`, `ceiling_tok_s` → `ceiling (tok/s)`; any other cell as it is."""
    if "_" not in cell or " " in cell.strip():
        return cell
    raw = cell.strip()
    parts = raw.split("_")
    for rx, spell in _RATES:  # a rate is the last one, two or three tokens
        for k in (1, 2, 3):
            if len(parts) >= k and rx.match("_".join(parts[-k:])):
                return " ".join(parts[:-k] or parts) + f" ({spell('_'.join(parts[-k:]))})"
    params = _PARAMS.search(raw) is not None
    units = [
        i
        for i, p in enumerate(parts)
        if _BYTE_UNIT.match(p) or _TIME_UNIT.match(p) or _PERCENT.match(p) or (params and _SCALE.match(p))
    ]
    if len(units) != 1 or units[0] == 0:
        return " ".join(parts)
    i = units[0]
    unit = parts[i]
    if _BYTE_UNIT.match(unit):
        unit = _byte_unit(unit)
    elif _PERCENT.match(unit):
        unit = "%"
    elif params and _SCALE.match(unit):
        unit = {"b": "B", "bn": "B", "m": "M", "mln": "M"}.get(unit.lower(), unit.lower())
    return " ".join(parts[:i] + parts[i + 1 :]) + f" ({unit})"


# a header naming a rate or a time (`bandwidth (GB/s)`, `ceiling, tok/s`, `скорость (ток/с)`, `prefill (ms)`): the pipe-table
# reader reads no such unit from a header (`GB/s` would read as a size in GB), so each bare figure of the column gets it
_CELL_UNIT = guarded(
    r"(?i)(?<![\w/])((?:[kmgt]i?b|[кмгт]и?б)/(?:s|с)|(?:tok|tokens|ток|токенов)/(?:s|с))(?![\w/])"
    r"|(?:[(\[]|,\s?)(ms|мс|s|с|sec|сек|h|ч)(?:[)\]]|\s*$)"
)
_UNIT_CELL = guarded(
    r"(?i)^(?:[kmgtp]i?b|[кмгтп]и?б|bytes|байт|(?:[kmgt]i?b|[кмгт]и?б)/(?:s|с)|tok/s|tokens/s|ток/с|ms|мс|s|с|h|ч|%|b|m|млрд|млн)$"
)
_BARE_FIGURE = guarded(r"^[-+−]?\d[\d\u00a0\u202f ]*(?:[.,]\d+)?$")


def _cell_unit(header: str) -> str | None:
    """The one rate or time unit a header cell names, for the cells of its column."""
    found = {(m.group(1) or m.group(2)) for m in _CELL_UNIT.finditer(header)}
    return found.pop() if len(found) == 1 else None


def _split(row: str, delimiter: str, quoted: bool) -> list[tuple[str, list[int]]] | None:
    """The cells of a delimited row, each with the index in `row` of each of its characters; a quoted
    field (`"веса, ГБ"`, a doubled quote inside) loses its quotes. None for an unclosed quote."""
    cells: list[tuple[str, list[int]]] = []
    if not quoted or '"' not in row:
        at = 0
        for cell in row.split(delimiter):
            cells.append((cell, list(range(at, at + len(cell)))))
            at += len(cell) + 1
        return cells
    chars: list[str] = []
    where: list[int] = []
    i, n = 0, len(row)
    in_quote = False
    while i < n:
        c = row[i]
        if in_quote:
            if c == '"':
                if i + 1 < n and row[i + 1] == '"':
                    chars.append('"')
                    where.append(i)
                    i += 2
                    continue
                in_quote = False
            else:
                chars.append(c)
                where.append(i)
        elif quoted and c == '"' and not "".join(chars).strip():
            in_quote = True
            chars, where = [], []
        elif c == delimiter:
            cells.append(("".join(chars), where))
            chars, where = [], []
        else:
            chars.append(c)
            where.append(i)
        i += 1
    if in_quote:
        return None
    cells.append(("".join(chars), where))
    return cells


def _rows(body: list[str], delimiter: str) -> list[list[tuple[str, list[int]]]] | None:
    quoted = delimiter != "\t"
    rows = []
    for line in body:
        cells = _split(line, delimiter, quoted)
        if cells is None or len(cells) < 2 or any("|" in text for text, _ in cells):
            return None
        rows.append(cells)
    return rows if len({len(r) for r in rows}) == 1 else None


def _is_header(cells: list[str]) -> bool:
    """A first row of words: names of columns, not figures, dates, paths or code."""
    named = [c.strip() for c in cells]
    if any(not c for c in named[1:]) or sum(1 for c in named if c) < 2:
        return False
    return all(
        _HEADER_CELL.match(c) and not _DOTTED_NAME.search(c) and not c.endswith((":", ".", ",", "!", "?")) for c in named if c
    ) and len(set(named)) == len(named)


def _table(body: list[str], info: str) -> tuple[list[list[tuple[str, list[int]]]], str] | None:
    """The rows of a delimited table and its delimiter, or None where `body` is no table."""
    if len(body) < 2 or any(not line.strip() for line in body):
        return None
    # csv: a semicolon sheet (its commas are decimal commas), a comma sheet, a tab sheet
    candidates = ["\t"] if info in _TAB_ONLY or info == "tsv" else [";"] if info == "ssv" else [";", ",", "\t"]
    for d in candidates:
        if not 0 < body[0].count(d) < _MAX_CELLS:
            continue
        rows = _rows(body, d)
        if rows is None:
            continue
        if not _is_header([text for text, _ in rows[0]]):
            return None
        if not any(_FIGURE_CELL.match(text.strip()) for row in rows[1:] for text, _ in row):
            return None
        return rows, d
    return None


def _decimal_commas(rows: list[list[tuple[str, list[int]]]], delimiter: str) -> set[tuple[int, int]]:
    """The cells (row, column) whose comma is a decimal comma: every figure cell of a semicolon sheet,
    and of a column that writes some decimal with a comma and none with a dot."""
    out: set[tuple[int, int]] = set()
    for col in range(len(rows[0])):
        column = [row[col][0].strip() for row in rows[1:]]
        decimal = delimiter == ";" or (
            any(_COMMA_DECIMAL.match(c) for c in column) and not any(_DOT_DECIMAL.match(c) for c in column)
        )
        if decimal:
            out.update((r, col) for r, c in enumerate(column, start=1) if _COMMA_NUMBER.match(c))
    return out


def _pipe_rows(
    lines: list[str], first: int, rows: list[list[tuple[str, list[int]]]], delimiter: str, indent: int
) -> dict[int, tuple[str, list[int]]]:
    """Each row (0-based line index) as a pipe row, with the index in the note's line of each of its characters."""
    commas = _decimal_commas(rows, delimiter)
    below = [cell.strip() for cell, _ in rows[1]]
    if len(rows) > 2 and any(below) and all(_UNIT_CELL.match(c) for c in below if c):
        # a row of units under the header (`| | GB | KiB |`): each goes into its column's header
        names = [_header(cell) + (f" ({u})" if u else "") for (cell, _), u in zip(rows[0], below, strict=True)]
    else:
        names = [_header(cell) for cell, _ in rows[0]]
    units = {col: _cell_unit(name) for col, name in enumerate(names)}
    out: dict[int, tuple[str, list[int]]] = {}
    for r, cells in enumerate(rows):
        k = first + r
        line = lines[k]
        eol = "\r" if line.endswith("\r") else ""
        text: list[str] = [line[:indent], "|"]
        where: list[int] = [*range(indent), indent]
        at = indent
        for col, (cell, offsets) in enumerate(cells):
            pos = [indent + p for p in offsets]  # the cells were split from the row without its indent
            start = pos[0] if pos else at
            if r == 0:
                shown = names[col]
                cell, pos = (shown, [start] * len(shown)) if shown != cell else (cell, pos)
            else:
                if (r, col) in commas:
                    cell = cell.replace(",", ".")
                unit = units[col]
                if unit and pos and _BARE_FIGURE.match(cell.strip()):
                    n = len(cell.rstrip())
                    cell, pos = cell[:n] + " " + unit, pos[:n] + [pos[n - 1]] * (len(unit) + 1)
            text.append(" " + cell + " |")
            where.extend([start, *pos])
            end = pos[-1] + 1 if pos else start
            where.extend([end, end])
            at = end + 1
        new = "".join(text)
        out[k] = (new + eol, where + [len(line) - len(eol)] * (len(eol) + 1))
    return out


_ALIGNED_CELL = guarded(r"\S+(?: \S+)*")  # a cell of a printed table: text with no run of two spaces inside
# a caption that names a printed table's columns, on the line before its fence: `Output (params, bf16 GB, int4 GB):`
_CAPTION = guarded(r"^[^()|]{0,60}\((?P<names>[^()|]+,[^()|]+)\)\s*:?\s*$")


def _aligned_cells(row: str) -> list[tuple[str, list[int]]]:
    return [(m.group(0), list(range(m.start(), m.end()))) for m in _ALIGNED_CELL.finditer(row)]


def _aligned(body: list[str], caption: str) -> tuple[list[list[tuple[str, list[int]]]], bool] | None:
    """A printed table (a notebook's or a script's output): rows whose cells stand in aligned columns
    two spaces apart or more, under a header of words (its own first row, with or without a name for
    the first column, or `|`-separated) or a caption on the line before the fence that lists the
    columns. Its rows, and whether the header is the caption's (it then stands on the fence line).
    Every row has the same number of cells, each column's cells overlap, every row holds a figure."""
    if len(body) < 2 or any(not line.strip() or "|" in line for line in body[1:]) or not body[0].strip():
        return None
    data = [_aligned_cells(line) for line in body[1:]]
    n = len(data[0])
    if n < 2 or n >= _MAX_CELLS or any(len(r) != n for r in data):
        return None
    for col in range(n):
        spans = [(r[col][1][0], r[col][1][-1] + 1) for r in data]
        if max(s for s, _ in spans) >= min(e for _, e in spans):
            return None
    if not all(any(_FIGURE_CELL.match(c) for c, _ in r[1:]) for r in data):
        return None
    first = body[0]
    head = _named([(part.strip(), []) for part in first.split("|")] if "|" in first else _aligned_cells(first), n)
    if head is not None:
        return [head, *data], False
    m = _CAPTION.match(caption)
    top = _aligned_cells(first)  # with a caption, the first row is a row of figures too
    if m is None or len(top) != n or not any(_FIGURE_CELL.match(c) for c, _ in top[1:]):
        return None
    head = _named([(c.strip(), []) for c in m.group("names").split(",")], n)
    return ([head, top, *data], True) if head is not None else None


# a printed row of `key=value` pairs after its name (`  7B  bf16_GB=  14.185  int8_GB=   7.093`): a key is a word with
# its unit glued on, a value one figure
_KEYED_PAIR = guarded(r"(?P<key>[^\W\d][\w.()/-]{0,40}?)\s*=\s*(?P<value>[-+]?\d[\d,.]*)(?=\s|$)")


def _keyed(body: list[str]) -> list[list[tuple[str, list[int]]]] | None:
    """A printout whose every row names itself, then the same `key=value` pairs (`0.5B  bf16_GB=  0.920  int8_GB=
    0.460`): a table under a header of those keys (it stands on the fence line), one row a line, the row's name first."""
    rows: list[list[tuple[str, list[int]]]] = []
    keys: list[str] | None = None
    for line in body:
        pairs = list(_KEYED_PAIR.finditer(line))
        if len(pairs) < 1 or len(pairs) >= _MAX_CELLS:
            return None
        name = line[: pairs[0].start()]
        rest = [line[a.end() : b.start()] for a, b in pairwise(pairs)] + [line[pairs[-1].end() :]]
        if "|" in line or "=" in name or any(part.strip() for part in rest):
            return None  # anything but the pairs after the name (code, a log line): no printout of pairs
        if keys is None:
            keys = [p.group("key") for p in pairs]
        elif [p.group("key") for p in pairs] != keys:
            return None
        label = name.strip()
        at = line.find(label) if label else 0
        cells = [(label, list(range(at, at + len(label))))]
        cells += [(p.group("value"), list(range(p.start("value"), p.end("value")))) for p in pairs]
        rows.append(cells)
    if keys is None or not _is_header(["", *keys]):
        return None
    return [[("", []), *[(k, []) for k in keys]], *rows]


def _named(cells: list[tuple[str, list[int]]], n: int) -> list[tuple[str, list[int]]] | None:
    """A header of `n` column names (one more, empty, over a first column of row names), or None."""
    if len(cells) == n - 1:
        cells = [("", []), *cells]
    return cells if len(cells) == n and _is_header([c for c, _ in cells]) else None


def _fenced(lines: list[str], a: int, b: int) -> dict[int, tuple[str, list[int]]] | None:
    """A fenced block (1-based lines a..b) that is a delimited table: its rows rewritten, else None."""
    m = _FENCE.match(lines[a - 1])
    if m is None or m.group("info").lower() not in _TABLE_INFO or b <= a + 2:
        return None
    closing = lines[b - 1].strip()
    if not closing or closing.strip(m.group("fence")[0]):
        return None  # an unclosed fence runs to the note's end
    indent = len(m.group("indent"))
    body = [line.rstrip("\r") for line in lines[a : b - 1]]
    if any(line[:indent].strip() for line in body):
        return None
    body = [line[indent:] for line in body]
    while body and not body[-1].strip():
        body.pop()
    found = _table(body, m.group("info").lower())
    if found is None:
        if m.group("info").lower() not in _TAB_ONLY:
            return None
        before = [line.strip() for line in lines[max(a - 3, 0) : a - 1]]
        caption = before[-1] if before and before[-1] else before[0] if len(before) == 2 else ""
        printed = _aligned(body, caption)
        if printed is None:
            keyed = _keyed(body)
            return _pipe_rows(lines, a - 1, keyed, "  ", indent) if keyed is not None else None
        rows, captioned = printed
        return _pipe_rows(lines, a - 1 if captioned else a, rows, "  ", indent)
    rows, delimiter = found
    return _pipe_rows(lines, a, rows, delimiter, indent)


_NOT_A_SHEET_ROW = guarded(r"^\s|^(?:[-*+>|#]|\d{1,3}[.)])\s|^\||^>|^```|^~~~")


def _pasted(lines: list[str], code: set[int], d: str = "\t") -> list[tuple[int, list[list[tuple[str, list[int]]]]]]:
    """Sheets pasted into the prose, without a fence: runs of two lines or more, each holding tabs, the
    same number on every line, the first a header of words. By first line (0-based), with their rows.
    A semicolon sheet (Russian Excel's CSV) needs three rows or more and two semicolons a row at least:
    prose with one semicolon, or two lines of it, is no sheet."""
    least, rows_least, info = (1, 2, "tsv") if d == "\t" else (2, 3, "ssv")
    out: list[tuple[int, list[list[tuple[str, list[int]]]]]] = []
    k = 0
    while k < len(lines):
        tabs = lines[k].count(d)
        if not least <= tabs < _MAX_CELLS or k + 1 in code or _NOT_A_SHEET_ROW.match(lines[k]):
            k += 1
            continue
        end = k + 1
        while (
            end < len(lines) and end + 1 not in code and lines[end].count(d) == tabs and not _NOT_A_SHEET_ROW.match(lines[end])
        ):
            end += 1
        body = [line.rstrip("\r") for line in lines[k:end]]
        found = _table(body, info) if end - k >= rows_least else None
        if found is not None:
            out.append((k, found[0]))
        k = end
    return out


def _identity(claims: list[Claim]) -> list[Claim]:
    return claims


class _Row(NamedTuple):
    text: str  # the pipe row
    where: list[int]  # the note column of each of its characters
    note: str  # the note's own line
    header: str  # the pipe row of its table's header


def delimited_tables(text: str, code_ranges: Sequence[tuple[int, int]]) -> tuple[str, list[tuple[int, int]], Remap]:
    """`text` with each delimited table rewritten line for line as a pipe table, the code ranges without those
    fences, and the function that maps claims found in the rewritten rows back to the note's own columns."""
    if "```" not in text and "~~~" not in text and "\t" not in text and ";" not in text:
        return text, list(code_ranges), _identity
    lines = text.split("\n")
    kept: list[tuple[int, int]] = []
    rewritten: dict[int, _Row] = {}  # by 0-based line

    def add(rows: dict[int, tuple[str, list[int]]]) -> None:
        header = rows[min(rows)][0]
        rewritten.update({k: _Row(row, where, lines[k], header) for k, (row, where) in rows.items()})

    for a, b in code_ranges:
        found = _fenced(lines, a, b) if 1 <= a < b <= len(lines) else None
        if found is None:
            kept.append((a, b))
            continue
        add(found)
        for k in range(a - 1, b):  # the fences and any blank line left in the block
            if k not in found:
                lines[k] = "\r" if lines[k].endswith("\r") else ""
    for d in ("\t", ";"):
        if d in text:
            code = {i for a, b in kept for i in range(a, b + 1)} | {k + 1 for k in rewritten}
            for first, table in _pasted(lines, code, d):
                add(_pipe_rows(lines, first, table, d, 0))
    if not rewritten:
        return text, list(code_ranges), _identity
    for k, row in rewritten.items():
        lines[k] = row.text

    def remap(claims: list[Claim]) -> list[Claim]:
        out = []
        for c in claims:
            row = rewritten.get(c.line - 1)
            if row is None:
                out.append(c)
                continue
            at = min(max(c.column - 1, 0), len(row.where) - 1)
            start = row.where[at]
            last = min(max(c.column - 2 + len(c.span), at), len(row.where) - 1)
            span = row.note[start : max(row.where[last] + 1, start + 1)].rstrip("\r") or c.span
            out.append(replace(c, column=start + 1, span=span))
        return out

    return "\n".join(lines), kept, remap
