"""Find the numeric sizing claims in a note and check each one.

The pipeline: a one-scan prefilter picks the lines that can hold a claim (a figure with a
sizing unit or scale, a ratio or percent word, a dtype, a vague magnitude); those lines become
units (a line, joined display math, a table row), whose never-a-claim numbers are masked
(`scope.mask`); each unit is split into sentences, and the claim shapes of `claims.shapes` run
over each sentence in order, each taking the figures it uses. Code blocks are evaluated by the
whitelisting AST walker. Claims that need the whole note (restated ratios, multiplier ranges
stated elsewhere, code sizes against earlier ones) are judged last.
"""

from __future__ import annotations

import os
import re
from bisect import bisect_left, bisect_right
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import replace
from functools import lru_cache
from itertools import accumulate, pairwise
from typing import Any

from vaultkit.claims.answers import readable_answer_rows, readable_answers
from vaultkit.claims.catalog import ModelConfig, ModelMention, find_cards, find_gpus, find_mentions, use_note_models
from vaultkit.claims.delimited import delimited_tables
from vaultkit.claims.dtypes import DtypeMention, canonical, find_dtypes, from_properties, kv_from_properties
from vaultkit.claims.fastre import guarded
from vaultkit.claims.hfconfig import configs_in_properties
from vaultkit.claims.keys import _MODEL_KEYS, json_records, readable_keys
from vaultkit.claims.model import SHAPE_FAILED, Claim, Verdict
from vaultkit.claims.quantities import _CYRILLIC, Quantity, classify_unit, find_quantities
from vaultkit.claims.roles import bound_roles, may_name_roles, names_a_role, role_mentions
from vaultkit.claims.scope import mask
from vaultkit.claims.shapes import SHAPES
from vaultkit.claims.shapes.activations import activation_context
from vaultkit.claims.shapes.base import (
    LIST_ITEM,
    RECIPE,
    TENSOR_PARALLEL,
    Fact,
    Found,
    NoteFacts,
    Pending,
    Sentence,
    Source,
    Unit,
    batch_from_properties,
    carried_recipe,
    column_at,
    context_from_properties,
    in_range,
    make_claim,
)
from vaultkit.claims.shapes.chains import BRACKETED
from vaultkit.claims.shapes.code import code_claims, literal_ratio, python_runs
from vaultkit.claims.shapes.context_sizes import VAGUE
from vaultkit.claims.shapes.sized import (
    ASIDE,
    FAMILY_SIZES,
    KV_TYPE_SAID,
    NOTE_MODEL_MARK,
    family_stem,
    list_openers,
    model_of_size,
    note_family,
    note_models,
    one_of_size,
    versioned,
)
from vaultkit.claims.shapes.unread import UNTIED_COUNT
from vaultkit.claims.twins import twin_units
from vaultkit.claims.verdict import compare, fmt

# A line can hold a claim only if it matches this: a figure followed by a unit, scale, sign or
# `=`/`→`; a sign followed by a figure; a dtype; a ratio, percent or vague-magnitude word. The
# figure (digit groups joined by one separator) starts only where a figure starts, never inside
# one (a start inside would end where it ends), all its runs are possessive, and `[^\S\n]`
# cannot cross a line: the scan is linear over the note, also over a pasted list of thousands of
# floats on one line.
_NO_NL = r"[^\S\n]"
# The leading lookahead lists the first character of every branch: other positions (the commas
# and spaces of a pasted list of floats) are passed over before any branch is tried.
MAYBE = guarded(
    r"(?=[\d=×→≈fibnqkmgtpкмгтпнshв])(?:"
    r"(?<!\d)(?<!\d[,.\u00a0\u202f ])\d++(?:[,.\u00a0\u202f ]\d++)*+[,.\u00a0\u202f ]*+"
    r"(?:[KMGTPКМГТ][iи]?[BБ]|[kK][bB]|bytes?|байт|bits?|бит|[×xх*%·]"
    r"|billion|million|thousand|trillion|млрд|млн|тыс|трлн"
    r"|(?:s|с|ms|мс|h|ч)\b|sec|сек|min|мин|hour|час|day|дн|сут|GPU-"
    r"|param|параметр|B\b|[kK]\b|M\b|-bit|\^|tok|токен|ток(?=/)|т/с|flop|trainable|обучаем|layers?\b|blocks?\b|сло[йяёе]"
    r"|раз|times\b|" + _NO_NL + r"*[=→≈])"
    r"|[=×→≈]" + _NO_NL + r"*[~≈<]?" + _NO_NL + r"*\d"
    r"|\b(?:fp|int|bf|nf|float)\d|\bQ\d_"
    r"|\b(?:kilo|mega|giga|tera|peta)bytes|(?:кило|мега|гига|тера|пета)байт|несколько раз|several times|\bhalv|вдвое"
    r"|втрое|вчетверо|\btwice\b|\bthrice\b|factor of)",
    re.I,
)
# a sentence starts at the match's end; an answer after its question on one line (`Q: Llama-3-8B in int4? A: 4 GB.`,
# `…? Ответ: 7,35 ГБ.`) goes on with it
_SENTENCE = guarded(
    # (a quotation's own stop, `… на карту.» (✔)`, ends the sentence too)
    r"(?:[.!;][»”\"]?|\?(?!\s+[*_]{0,2}(?:A|Answer|(?:My|Our)\s+answer|Ответ|О|(?:Мой|Наш)\s+ответ)[*_]{0,2}\s*:))\s+(?=[A-ZА-Я*(«“])"
    # after a full stop, a lower-case name with a digit heading a label (`… по 8K. embed-qwen7b: 15,23 ГБ`; after `;` a
    # label goes on with the sentence: `fp16: 14 GB; int8: 7 GB (50 % less)`)
    r"|\.\s+(?=[a-z][\w.-]{0,40}\d[\w.-]{0,40}:)"
)
_BLOCKQUOTE = guarded(r"^\s*(?:>\s?)+")
_LATEX_TEXT = guarded(r"\\(?:text|mathrm|textbf|mathbf|operatorname)\{([^}]*)\}")


_FRAC = guarded(r"\\[dt]?frac\s*\{([^{}]*)\}\s*\{([^{}]*)\}")


def flatten_latex(text: str) -> str:
    """`$34 \\times 10^{9} \\times 2 = 68\\,\\text{GB}$` → ` 34 × 10^9 × 2 = 68 GB ` (`\\div` → `÷`), same meaning, no LaTeX."""
    text = _LATEX_TEXT.sub(r"\1", text)
    text = (
        text.replace("\\times", "×")
        .replace("\\div", "÷")
        .replace("\\cdot", "·")
        .replace("{,}", ",")
        .replace("\\,", " ")
        .replace("\\;", " ")
        .replace("\\approx", "≈")
        .replace("\\to", "→")
        .replace("\\rightarrow", "→")
    )
    text = re.sub(r"(\d)\s*\^\s*\{(\d{1,2})\}", r"\1^\2", text)
    text = _FRAC.sub(r"(\1) / (\2)", text)  # `\frac{16 GB}{3.35 TB/s}` → `(16 GB) / (3.35 TB/s)`
    text = _MATH_DOLLAR.sub(" ", text.replace("$$", " "))  # a currency sign (`$4.6M`) stays: money is no count
    return re.sub(r"\s+", " ", text.replace("\\", " "))


# a `$` that opens or closes math, not a currency sign before an amount (`$4.6M`, `$0.50/hour`):
# an amount is not followed by a digit group, an operator, a power or a LaTeX command
_MATH_DOLLAR = guarded(
    r"\$(?!\s?\d[\d,.]*+(?:\s?(?:[kKMB]|bn|million|billion))?\b"
    r"(?![\d.,]*\s*(?:[\d\^_\\{}=+×·*$]|/(?!\s*[^\W\d_]))))"
)


def line_plan(text: str) -> set[int]:
    """The lines (1-based) that can hold a claim, found with one scan of the note."""
    starts = list(accumulate((len(line) + 1 for line in text.split("\n")), initial=0))
    found: set[int] = set()
    pos = 0
    while True:
        m = MAYBE.search(text, pos)
        if m is None:
            return found
        n = bisect_right(starts, m.start())
        found.add(n)
        pos = starts[n] if n < len(starts) else len(text)  # one hit per line is enough


def _units(lines: list[str], code: set[int], plan: set[int]) -> list[Unit]:
    units: list[Unit] = []
    side_by_side = _side_by_side(lines, plan)
    i = 0
    while i < len(lines):
        n = i + 1
        line = lines[i]
        if n in code:
            i += 1
            continue
        if line.strip().startswith("$$"):
            start = i
            parts = [line]
            while i + 1 < len(lines) and lines[i + 1].strip().startswith("$$") and i + 2 not in code:
                i += 1
                parts.append(lines[i])
            if any(k in plan for k in range(start + 1, i + 2)):
                flat = flatten_latex(" ".join(parts))
                units.append(Unit(flat, mask(flat), start + 1, i + 1, "latex"))
        elif n in plan or ("$" in line and "\\" in line):
            quote = _BLOCKQUOTE.match(line)
            if quote:  # a blockquote's `>` is not a bound: blank it, keeping columns
                line = " " * quote.end() + line[quote.end() :]
            field = _FIELD_ITEM.match(line)
            if field:  # `- vram:: 2.47 GB`: a Dataview field in a top-level list item is read as the field (columns kept)
                line = " " * field.end() + line[field.end() :]
            if "$" in line:
                line = flatten_latex(line)
            source: Source = "table" if line.lstrip().startswith("|") else "prose"
            tail = _wrapped_tail(lines, i, code) if source == "prose" and not quote else ""
            head = _wrapped_head(lines, i, code) if source == "prose" and not quote else ""
            asked = _question_above(lines, i, code) if source == "prose" and not tail else ""
            if asked:
                tail = f"{asked} ::"  # read as a one-line card is: `question? :: answer`
            if tail or head:
                text = f"{tail} {line} {head}" if tail else f"{line} {head}"
                own = len(tail) + 1 if tail else 0
                units.append(Unit(text, _mask(text), n, n, source, own, own + len(line), answer=bool(asked)))
            elif source == "table" and n in side_by_side:
                units.extend(_model_columns(line, n, side_by_side[n]))
            else:
                units.append(Unit(line, _mask(line), n, n, source))
        i += 1
    return units


# the fence's language of a block whose lines are read as statements: a printout (`text`, no language) or a
# configuration with comments (`yaml`, `sh`)
_PRINTOUT_LANGS = frozenset({"", "text", "txt", "plaintext"})
_JSON_LANGS = frozenset({"json", "jsonc", "json5", "jsonl", "ndjson"})
_CONFIG_LANGS = frozenset({"yaml", "yml", "sh", "bash", "shell", "zsh", "toml", "ini", "conf", "dockerfile"})
_FENCE_LANG = guarded(r"^[ \t]{0,3}(?:>[ \t]?)*(?:`{3,}|~{3,})[ \t]*([\w+-]*)")
# `gemma2-9b         336.0 KiB/token`, `weights      : 811.71 GB  (fp8)`: a label, then its value after a gap of
# two spaces or more (or a colon), the value a figure
_PRINTED_PAIR = guarded(r"^(?P<label>[ \t]*[^\s:#][^:#]{0,60}?)(?P<gap>[ \t]*:[ \t]+|[ \t]{2,})(?P<value>~?≈?[ \t]?\d)")
_PRINTED_WIDTH = 1000  # a printout's line longer than this is no `label value` pair (a bounded look: linear)
# a printed label that names a sizing quantity or a model by its size (`weights_bf16`, `kv/token`, `per GPU (tp8)`,
# `emb[gemma2-9b]`, `0.5B`, `total`)
_SIZED_LABEL = guarded(
    r"(?i)weight|kv|cache|param|model|token|gguf|\bfile|emb|vocab|per\s+(?:gpu|card|device)|\btotal|\bactive"
    r"|\b(?:bf16|fp16|fp8|fp32|int8|int4|q\d_\w+)\b|(?<![\w.])\d+(?:\.\d+)?[bm]\b|вес|кэш|параметр|модел|токен|файл"
)
# a configuration line's comment (`    # file 4.92 GB; KV at 16K = 4 GiB`): a `#` at the start or after a space
_CONFIG_COMMENT = guarded(r"(?:^|[ \t])#[ \t]+(?=\S)")
# what the configuration line above a comment gives it: a model file (`-m /models/X-Q4_K_M.gguf`), a context length
_GGUF_FILE = guarded(r"(?i)([\w.-]{3,120})\.gguf\b")
_CONTEXT_FLAG = guarded(r"(?i)(?:(?<!\w)-c|--ctx-size|--max-model-len|max_model_len:?|n_ctx:?)[ \t=]+(\d{3,7})\b")


def _block_units(
    lines: list[str], blocks: list[tuple[int, int]], code: set[int], plan: set[int]
) -> list[tuple[Unit, int | None]]:
    """The lines of a printout block (`text`, no language) read as `label: value` statements (`gemma2-9b   336.0
    KiB/token` → `gemma2-9b: 336.0 KiB/token`), the comments of a configuration block (`yaml`, `sh`) read as prose
    with what the line above them names (its model file, its context length) as their context, and a JSON block's
    records' size fields (`_record_units`). Columns are kept; each unit with the column its claims are put back at
    (None: its own)."""
    units: list[tuple[Unit, int | None]] = []
    for a, b in blocks:
        fence = _FENCE_LANG.match(lines[a - 1]) if 0 < a <= len(lines) else None
        lang = fence.group(1).lower() if fence else None
        if lang in _JSON_LANGS:
            units.extend(_record_units(lines, a, b))
            continue
        if lang not in _PRINTOUT_LANGS and lang not in _CONFIG_LANGS:
            continue
        above = ""
        for n in range(a + 1, min(b, len(lines) + 1)):
            line = lines[n - 1]
            if n not in code:
                continue
            if lang in _CONFIG_LANGS:
                comment = _CONFIG_COMMENT.search(line)
                if comment is None:
                    above = line if line.strip() else above
                    continue
                if n not in plan or len(line) - comment.end() > 400:
                    continue
                own = " " * comment.end() + line[comment.end() :]
                lead, trail = _configured(above[:400])  # (a bounded look: linear over a block of long lines)
                shift = len(lead) + 1 if lead else 0
                text = (f"{lead} " if lead else "") + own + trail
                units.append((Unit(text, _mask(text), n, n, "prose", shift, shift + len(own)), None))
                continue
            pair = _PRINTED_PAIR.match(line) if n in plan and len(line) <= _PRINTED_WIDTH else None
            if pair is None or (not _SIZED_LABEL.search(pair.group("label")) and not find_mentions(pair.group("label"))):
                continue  # (`free memory   12.3 GiB`: a label naming no model and no sizing quantity is a reading)
            gap = pair.group("gap")
            read = line if ":" in gap else line[: pair.end("label")] + ":" + " " * (len(gap) - 1) + line[pair.start("value") :]
            units.append((Unit(read, _mask(read), n, n, "prose"), None))
    return units


def _record_units(lines: list[str], a: int, b: int) -> list[tuple[Unit, int | None]]:
    """A JSON block's size fields, each read as the sentence its record says (`keys.json_records`), with its figure's
    column on the line, where its claims are put back (the sentence's lead is not on the line)."""
    units: list[tuple[Unit, int | None]] = []
    for n, column, lead, figure, tail in json_records(lines, a, b):
        text = "- " + lead + figure + tail
        units.append((Unit(text, _mask(text), n, n, "prose"), column))
    return units


def _at_column(f: Found, column: int | None) -> Found:
    """A claim of a JSON record's sentence, put at its figure's column on the note's line (its span the figure)."""
    if column is None or f.claim is None:
        return f
    return replace(f, claim=replace(f.claim, column=column + 1, span=f.claim.stated or f.claim.span))


def _configured(line: str) -> tuple[str, str]:
    """What a configuration line says a comment below it is about: its model file's name (the model and its GGUF
    type) as a lead-in ending in a colon, and its context length (`-c 16384`) as a trailing aside (the file's type is
    no cache's, the context is no file's); "" for what it does not name."""
    lead = trail = ""
    gguf = _GGUF_FILE.search(line)
    if gguf is not None:
        name = gguf.group(1).rsplit("/", 1)[-1]
        found = [m for m in find_mentions(name) if m.config is not None]
        types = [d for d in find_dtypes(name) if d.gguf]
        if len(found) == 1:
            lead = found[0].text + (f" in {types[0].name.upper()}" if types else "") + ":"
    ctx = _CONTEXT_FLAG.search(line)
    if ctx is not None:
        trail = f" (context {ctx.group(1)} tokens)."
    return lead, trail


def _side_by_side(lines: list[str], plan: set[int]) -> dict[int, list[tuple[int, str]]]:
    """A table that compares models side by side (`| | Llama-3-8B | Mistral-7B |`, one quantity per row): each body
    row's model columns, by line: (column, the model as its header names it). Only a header whose first cell names no
    model and whose other cells name one sized model each (two at least), and rows whose first cell names none."""
    out: dict[int, list[tuple[int, str]]] = {}
    columns: list[tuple[int, str]] = []
    in_table = False
    for n, line in enumerate(lines, start=1):
        if not line.lstrip().startswith("|"):
            in_table, columns = False, []
            continue
        if not in_table:
            in_table = True
            named: dict[int, set[str]] = {}
            for m in find_mentions(line):
                if m.sized:
                    named.setdefault(line.count("|", 0, m.start), set()).add(m.text)
            first = 1 if line.lstrip().startswith("|") else 0
            one = [(col, next(iter(ms))) for col, ms in sorted(named.items()) if len(ms) == 1]
            if first not in named and 2 <= len(one) <= _SIDE_BY_SIDE_MOST and len(one) == len(named):
                columns = one
            continue
        if columns and n in plan:
            label = line.split("|")[1] if line.count("|") > 1 else ""
            if not any(m.sized for m in find_mentions(label)):
                out[n] = columns
    return out


_SIDE_BY_SIDE_MOST = 12  # model columns a side-by-side table is read by, at most (each is a reading of the whole row)


def _model_columns(line: str, n: int, columns: list[tuple[int, str]]) -> list[Unit]:
    """A row of a side-by-side table read once per model column: the model's name before the row, the other models'
    cells blanked (columns kept: the claims point at the note's own cells)."""
    cells = line.split("|")
    units = []
    for col, model in columns:
        if col >= len(cells) or not cells[col].strip():
            continue
        kept = "|".join(c if k == col or k not in {c for c, _ in columns} else " " * len(c) for k, c in enumerate(cells))
        prefix = f"{model}: "
        text = prefix + kept
        units.append(Unit(text, _mask(text), n, n, "table", len(prefix), len(prefix) + len(kept)))
    return units


_DIGIT = guarded(r"\d")


def _figure_start(text: str, a: int, b: int) -> int:
    """Where the figure spanning `a`…`b` of `text` starts its digits: the line a hedge (`около` / `28,6 ток/с`) or a
    sign wrapped before it does not own it."""
    m = _DIGIT.search(text, a, b)
    return m.start() if m else a


_FIELD_ITEM = guarded(r"^[-*+][^\S\n]+(?=[^\W\d][\w-]{0,40}[^\S\n]*::)")


# A hard-wrapped paragraph (`… gives 128.5 GB of` / `model states, so one card is out.`): a line goes on from the one
# above when both are prose, the one above ends in no stop and the line starts no list item, heading or table
_WRAP_STOP = guarded(r"[.!?:;|]\s*$|^\s*$|\s{2}$")
_NOT_GOING_ON = guarded(r"^\s*(?:#{1,6}\s|\||[-*+]\s|\d{1,3}[.)]\s|>|```|~~~|\$\$|%%|<)")
_SENTENCE_END = guarded(r"[.!?]\s+(?=\S)")
_WRAP_REACH = 240  # how much of a neighbouring line is read with a wrapped line, at most (a bounded look: linear)


_WRAP_WIDTH = 64  # a wrapped line is long: shorter ones without a stop are entries of their own (a scratch list, fields)
_OPEN_END = guarded(
    r"(?i)(?:,|\b(?:for|of|in|on|at|to|the|a|an|and|or|with|from|by|is|are|was|be|than|as|that|its|their"
    r"|в|во|на|для|и|с|со|по|из|от|до|к|у|о|об|что|чем|как|или|а|но|это|его|её|их))\s*$"
)
_OPEN_UNIT = guarded(r"(?i)(?:\b(?:per|each|every|about|around|на|за|около|примерно|каждую|каждый)|[~≈])\s*$")
_GOES_ON_START = guarded(r"[a-zа-яё0-9(«\"'~≈]")


# a list item's marker, with the space after it: its wrapped lines are indented to the text after it
_ITEM_MARKER = guarded(r"^[^\S\n]*(?:[-*+]|\d{1,3}[.)])[^\S\n]+")


def _item_indent(above: str, line: str) -> int:
    """How far `line` is indented as the wrapped text of the list item `above` (or of an item's wrapped line): the
    column the item's text starts at; 0 when it is not."""
    width = len(line) - len(line.lstrip(" "))
    if not width:
        return 0
    marker = _ITEM_MARKER.match(above)
    own = marker.end() if marker else len(above) - len(above.lstrip(" "))
    return width if own == width and (marker or own < 4) else 0  # (four spaces after a paragraph: indented code)


def _goes_on(above: str, line: str) -> bool:
    """Line `line` goes on with the sentence `above` left open: a wrapped paragraph (or list item: its lines indented to
    the item's text), not a list of short entries, Dataview fields or an indented continuation of a scratch
    computation."""
    indent = _item_indent(above, line)
    own = line[indent:]
    return (
        len(above.rstrip()) >= _WRAP_WIDTH
        and not _WRAP_STOP.search(above)
        and not _NOT_GOING_ON.match(line)
        # it starts in lower case or with a figure, at the margin, or the line above ends mid-phrase (`… for` / `Mistral-7B`)
        # (an item's indented line: only where the line above ends mid-phrase, `… 10 GiB per` / `  card, …`)
        and (
            (_GOES_ON_START.match(own) is not None and not indent)
            or ((_OPEN_UNIT if indent else _OPEN_END).search(above) is not None and not own[:1].isspace())
        )
        and "::" not in above
        and "::" not in line
    )


def _wrapped_tail(lines: list[str], i: int, code: set[int]) -> str:
    """The end of the sentence the line above began, when line `i` (0-based) goes on from it."""
    if i == 0 or i in code or _HEADING.match(lines[i - 1]) or _TABLE_ROW.match(lines[i - 1]):
        return ""
    above = lines[i - 1]
    if not _goes_on(above, lines[i]):
        return ""
    above = above[-_WRAP_REACH:]
    ends = [m.end() for m in _SENTENCE_END.finditer(above)]
    return above[ends[-1] :] if ends else above


def _wrapped_head(lines: list[str], i: int, code: set[int]) -> str:
    """The start of the next line up to its first stop, when line `i` (0-based) leaves its sentence open."""
    if i + 1 >= len(lines) or (i + 2) in code or not _goes_on(lines[i], lines[i + 1]):
        return ""
    below = lines[i + 1][:_WRAP_REACH]
    stop = _SENTENCE_END.search(below)
    return below[: stop.start() + 1] if stop else below


# A card or an exercise: a question (`… in int4?`, `Q: …`, `**Вопрос:** …`, `### Q3. …?`, a `> [!question]` callout's
# title) and on the next line (a blank line, or an Obsidian spaced-repetition `?` line between) its answer (`Ответ: 7,35 ГБ.`,
# `A: about 3.1 GiB`, `Целых 48 ГиБ.`): the answer's figure is a size of what the question asks about. The answer is
# read after its question as one line card is (`question? :: answer`); its figures stay its own line's.
_QA_LEAD = guarded(r"^\s*(?:>\s*)*(?:(?:[-*+]|\d{1,3}[.)])\s+)?(?:#{1,6}\s+)?")
_Q_MARK = guarded(r"(?i)^[*_]{0,2}(?:Q|Question|Вопрос|В(?=\s*:))(?:\s*\d{1,3}|\s*#\d{1,4})?\s*[:.)][*_]{0,2}(?:\s+|$)")
_A_MARK = guarded(
    r"(?i)^[*_]{0,2}(?:A|Answer|Ответ|О(?=\s*:)|(?:my|our)\s+answer|(?:мой|наш)\s+ответ)(?:\s*\d{1,3})?\s*[:.)][*_]{0,2}(?:\s+|$)"
)
_Q_END = guarded(r"\?[*_]{0,2}(?:\s+#[\w/-]{1,40}){0,3}\s*$")  # `… in int4?`, `… in int4?** #flashcard`
_Q_CALLOUT = guarded(r"(?i)^\s*>\s*\[!(?:question|faq|help|quiz|flashcard|card|вопрос)\][-+]?\s*")
# a spaced-repetition card's `?` line, or an answer callout's title (`>> [!answer]-`), between a question and its answer
_CARD_SEPARATOR = guarded(r"(?i)^\s*(?:\?{1,2}|(?:>\s*)+\[!(?:answer|solution|ответ|решение)\][-+]?)\s*$")
# a yes/no question (`Will Llama-3-8B fit on a 12 GB card?`, `Влезет ли …?`) asks for no size: a figure answering it
# is the card's, the budget's, anything's
_YES_NO = guarded(
    r"(?i)^(?:(?:and|but|so|а|но|и)\s+)?(?:can|could|will|would|does|do|did|is|are|was|were|should|shall|has|have)\b"
    r"|(?<!\w)ли(?!\w)|влез\w*|помест\w*|хват\w*"
)
# an answer with no marker is short and starts with its figure (`4,94 ГБ.`, `Целых 48 ГиБ.`, `В 1,92 раза.`, `about 3.1 GiB`)
_BARE_ANSWER = guarded(r"^(?:[^\W\d_]{1,12}[\s,]+){0,3}[~≈<>]?\s*\d")
_BARE_ANSWER_LENGTH = 80
_QA_REACH = 4  # lines looked back from an answer to its question, at most (a bounded look: linear)


def _question_of(line: str) -> str:
    """The question a line asks (markers, a heading's hashes, trailing tags dropped), else ""."""
    callout = _Q_CALLOUT.match(line)
    if callout:
        return line[callout.end() :].strip(" *_")
    text = line[_QA_LEAD.match(line).end() :]  # type: ignore[union-attr]  # the pattern matches any line
    marked = _Q_MARK.match(text)
    end = _Q_END.search(text)
    if marked is None and end is None:
        return ""
    text = text[marked.end() :] if marked else text
    end = _Q_END.search(text)
    return (text[: end.start() + 1] if end else text).strip(" *_")


def _question_above(lines: list[str], i: int, code: set[int]) -> str:
    """The question line `i` (0-based) answers, when it is an answer: the line just above it (a blank line or a
    spaced-repetition `?` line may be between) asks a question, and line `i` marks itself an answer (`A:`, `Ответ:`)
    or is a short one starting with its figure, or follows the `?` line of a card; else ""."""
    line = lines[i]
    body = line[_QA_LEAD.match(line).end() :]  # type: ignore[union-attr]
    if not body.strip() or _Q_END.search(body) or _HEADING.match(line.lstrip()) or _Q_CALLOUT.match(line):
        return ""
    marked = _A_MARK.match(body) is not None
    separated, blanks = False, 0
    k = i - 1
    while k >= 0 and i - k <= _QA_REACH and k + 1 not in code:
        above = lines[k]
        if not above.strip(" >"):
            blanks += 1
            if blanks > 1:
                return ""
        elif _CARD_SEPARATOR.match(above) and not separated:
            separated = True
        else:
            break
        k -= 1
    else:
        return ""
    if k < 0 or k + 1 in code or _TABLE_ROW.match(above):
        return ""
    asked = _question_of(above)
    separated = separated or _Q_CALLOUT.match(above) is not None  # a question callout's body is its answer
    if not asked or _YES_NO.search(asked) or _A_MARK.match(above[_QA_LEAD.match(above).end() :]):  # type: ignore[union-attr]
        return ""
    if k == i - 1 and (
        len({m.config.name for m in find_mentions(asked) if m.config is not None}) > 1
        or len({d.name for d in find_dtypes(asked)}) > 1
    ):
        # `Q: Qwen2.5-7B in bf16 and GPT-2 small in fp16?` / `A: 14.2 GB and 0.5 GB`, `Q: Во сколько раз bf16 легче fp32
        # и сколько это экономит?` / `A: В 2 раза, экономия 50 %`: read in turn as its lead-in, each figure its own
        return ""
    if not (marked or separated) and (len(body.strip()) > _BARE_ANSWER_LENGTH or not _BARE_ANSWER.match(body.strip(" *_"))):
        return ""
    return asked[-_WRAP_REACH:]


_LONGEST = 1000  # a "sentence" longer than this (no stop in a megabyte of figures) is read in pieces
_SPACE = guarded(r"\s")


def _sentence_bounds(unit: Unit) -> list[int]:
    """Where the unit's sentences start and end. A stop is read in the note's text, where a model
    name that starts the next sentence is still a capital (`… 14 GB. Llama-2-13B …`), and counts
    only where the masked text keeps it (a stop inside a URL or a date is none). A stretch longer
    than `_LONGEST` without a stop is cut at spaces into pieces no longer than that: each figure's
    words are looked for in its piece, and a line of thousands of figures stays linear."""
    text, masked = unit.text, unit.masked
    stops = [m.end() for m in _SENTENCE.finditer(text) if masked[m.start()] != " "]
    bounds = [0]
    for end in [*stops, len(text)]:
        while end - bounds[-1] > _LONGEST:
            a = bounds[-1]
            cut = max((m.end() for m in _SPACE.finditer(text, a + _LONGEST // 2, a + _LONGEST)), default=a + _LONGEST)
            bounds.append(cut)
        if end > bounds[-1]:
            bounds.append(end)
    if len(bounds) == 1:
        bounds.append(len(text))
    return bounds


@lru_cache(maxsize=8)
def _mask(line: str) -> str:
    """A line masked once: the units and the note-wide facts read the same lines."""
    return mask(line)


@lru_cache(maxsize=8)
def _quantities(masked: str) -> tuple[Quantity, ...]:
    """A masked line's figures, read once for the units and the note-wide facts."""
    return tuple(find_quantities(masked))


_INSIDE_NAME = guarded(r"[A-Za-z0-9][-_]$")


def _the_notes_own(m: ModelMention, facts: NoteFacts | None) -> ModelMention:
    """`Mixtral` alone, which the catalogue reads as its first model (8x7B), in a note about Mixtral-8x22B: the one model
    of that family the note names with its size."""
    if m.config is None and facts is not None and m.nominal is not None:
        return _family_and_size(m, facts)
    if m.config is not None and facts is not None and (version := versioned(m, facts.note_models)) is not None:
        return replace(m, config=version)
    if m.config is None or facts is None or any(ch.isdigit() for ch in m.text):
        return m
    family = family_stem(m.config.name)
    own = [
        x
        for x in facts.note_models
        if x.config is not None and any(ch.isdigit() for ch in x.text) and family_stem(x.config.name) == family
    ]
    return replace(m, config=own[0].config) if len(own) == 1 and own[0].config != m.config else m


# a family's version and a size (`43.1 GB for 3.1-70B`, `2.5-7B в Q4_K_M`): a model's name without its family, not a
# range of sizes from 3.1B to 70B
_VERSION_SIZE = guarded(r"(?<![\w.,-])(\d{1,2})\.(\d)-(\d+(?:\.\d+)?[bB])(?![\w.-])")
_PARAMETERS_AFTER = guarded(r"(?i)\s*(?:param|парам)")


def _versions_sized(
    text: str, qs: tuple[Quantity, ...], models: tuple[ModelMention, ...], facts: NoteFacts
) -> tuple[tuple[Quantity, ...], tuple[ModelMention, ...]]:
    """A version and a size without the family's name (`3.1-70B`) is a model of a family the note names with that version
    (`Meta-Llama-3.1-70B-Instruct` above: `llama-3.1-70b`) when the catalogue has that size of it, or, when the note
    names none, of the one catalogued family of that version with that size; else it stays what it reads as (a range:
    `models of 2.5-7B parameters`)."""
    named: list[ModelMention] = []
    for m in _VERSION_SIZE.finditer(text):
        if _overlaps(models, m.start(), m.end()):
            continue  # (`Llama 3.1-70B`: the name already read)
        version = m.group(1) + m.group(2)
        families = {
            f for x in facts.note_models if x.config is not None and (f := family_stem(x.config.name)).endswith(version)
        }
        if not families and not _PARAMETERS_AFTER.match(text, m.end()):
            families = {f for f in FAMILY_SIZES if f.endswith(version)}  # the one family of that version with that size
        config = one_of_size(families, m.group(3))
        if config is not None:
            named.append(ModelMention(m.group(0), m.start(), m.end(), config, None))
    return _named_over(qs, models, named)


def _named_over(
    qs: tuple[Quantity, ...], models: tuple[ModelMention, ...], named: list[ModelMention]
) -> tuple[tuple[Quantity, ...], tuple[ModelMention, ...]]:
    """The line's figures and models with `named` (in order, not overlapping) standing where they are: a figure or
    a mention inside one is that name's (found by bisection: linear over a line of thousands of names)."""
    if not named:
        return qs, models
    kept_q = tuple(q for q in qs if not _overlaps(named, q.start, q.start + 1))
    kept_m = tuple(m for m in models if not _overlaps(named, m.start, max(m.end, m.start + 1)))
    return kept_q, tuple(sorted((*kept_m, *named), key=lambda x: x.start))


def _overlaps(spans: Sequence[ModelMention], a: int, b: int) -> bool:
    """Whether [a, b) overlaps one of `spans` (in order, not overlapping each other), by bisection."""
    i = bisect_right(spans, a, key=lambda x: x.start) - 1
    return (i >= 0 and a < spans[i].end) or (i + 1 < len(spans) and spans[i + 1].start < b)


def _names_read(
    text: str,
    qs: tuple[Quantity, ...],
    models: tuple[ModelMention, ...],
    names: Mapping[str, ModelMention],
    pattern: re.Pattern[str],
    keep: Callable[[re.Match[str]], bool] | None = None,
) -> tuple[tuple[Quantity, ...], tuple[ModelMention, ...]]:
    """The models a note calls by a name of its own, each found by `pattern` and looked up (lower-cased) in `names`:
    a deployment the front matter names (`chat-70b` is the catalogued model it serves, not an uncatalogued model of a
    nominal 70B), or a family's word alone (`Nemo: … 32K — 5 ГиБ` in a note about Mistral-Nemo-12B and Llama-3.1-70B),
    where `keep` says so."""
    named = [
        replace(names[m.group(0).lower()], text=m.group(0), start=m.start(), end=m.end())
        for m in pattern.finditer(text)
        if keep is None or keep(m)
    ]
    return _named_over(qs, models, named)


# `the Llama figure becomes 160 GiB`, `строка Qwen`: a figure of the family's named before, not the model as a subject
_A_FIGURE_OF = guarded(r"(?i)\s+(?:figures?|numbers?|rows?|estimates?|values?|columns?|cells?|цифр\w*|числ\w*|оценк\w*)\b")


# the words of a catalogued name that are no family's (`phi-3-mini`, `gpt-oss`, `…-instruct`)
_NOT_FAMILY_WORDS = frozenset(
    {"mini", "base", "chat", "instruct", "small", "large", "medium", "tiny", "coder", "math", "gpt", "oss"}
)


def _family_words(models: Sequence[ModelMention]) -> dict[str, ModelMention]:
    """Each family word of the note's models (`mistral-nemo-12b` → `mistral`, `nemo`) that belongs to one of them only."""
    owners: dict[str, set[str]] = {}
    by_name: dict[str, ModelMention] = {}
    for m in models:
        if m.config is None:
            continue
        by_name[m.config.name] = m
        for word in re.findall(r"[a-z]{3,}", m.config.name.lower()):
            if word not in _NOT_FAMILY_WORDS:
                owners.setdefault(word, set()).add(m.config.name)
    return {w: by_name[next(iter(names))] for w, names in owners.items() if len(names) == 1}


def _names_pattern(names: Iterable[str], end: str, flags: str = "") -> re.Pattern[str] | None:
    """A pattern finding any of `names` as a name of its own (the longest first), where `end` says one may end; None
    for no names."""
    ordered = sorted(names, key=len, reverse=True)
    if not ordered:
        return None
    return guarded(rf"{flags}(?<![\w./-])(?:{'|'.join(re.escape(n) for n in ordered)}){end}")


def _family_word_pattern(words: Mapping[str, ModelMention]) -> re.Pattern[str] | None:
    """Capitalised, a word of its own (not `llama.cpp`, `Qwen-VL`, `Nemotron`); or in any case as an owner (`gemma's
    8K cache`: a possessive names a model, not a tool or a file)."""
    if not words:
        return None
    ordered = sorted(words, key=len, reverse=True)
    capitalised = "|".join(re.escape(w[0].upper() + w[1:]) for w in ordered)
    owner = "|".join(re.escape(w) for w in ordered)
    return guarded(rf"(?<![\w./-])(?:(?:{capitalised})(?![\w-]|\.\w)|(?i:{owner})(?=['’]s\b))")


# a deployment's name in the front matter: a key with a digit, a hyphen or an underscore (`chat-70b`, `llm_small`), not
# a plain word (`default`, `main`) that prose uses
_DEPLOYMENT_NAME = guarded(r"(?=[\w.-]*[\d_-])[A-Za-z][\w.-]{2,39}")
_DEPLOYMENTS_AT_MOST = 32


def _deployments(properties: Mapping[str, Any] | None) -> dict[str, ModelMention]:
    """The front matter's deployments of catalogued models, by name: a key whose mapping names a model
    (`chat-70b:` / `  model: meta-llama/Llama-3.1-70B-Instruct`), or a list item with a name and a model
    (`- name: chat-70b` / `  model: …`), at most two levels down and 32 names (a bounded walk of hostile YAML)."""
    out: dict[str, ModelMention] = {}
    seen = 0

    def model_of(value: Mapping[Any, Any]) -> ModelMention | None:
        named = next((value.get(k) for k in _MODEL_KEYS if isinstance(value.get(k), str)), None)
        found = find_mentions(named[:200]) if isinstance(named, str) else []
        return found[0] if len(found) == 1 and found[0].config is not None and found[0].sized else None

    def bind(name: object, value: Mapping[Any, Any]) -> None:
        if isinstance(name, str) and _DEPLOYMENT_NAME.fullmatch(name) and len(out) < _DEPLOYMENTS_AT_MOST:
            model = model_of(value)
            if model is not None and model.text.lower() != name.lower():
                out.setdefault(name.lower(), replace(model, start=-1, end=-1))

    def walk(value: object, depth: int) -> None:
        nonlocal seen
        seen += 1
        if depth > 2 or seen > 400:
            return
        if isinstance(value, Mapping):
            for k, v in list(value.items())[:100]:
                if isinstance(v, Mapping):
                    bind(k, v)
                walk(v, depth + 1)
        elif isinstance(value, list):
            for item in value[:100]:
                if isinstance(item, Mapping):
                    bind(item.get("name"), item)
                walk(item, depth + 1)

    walk(properties or {}, 0)
    return out


def _deployment_pattern(deployments: Mapping[str, ModelMention]) -> re.Pattern[str] | None:
    return _names_pattern(deployments, r"(?![\w-])", "(?i)")


_FAMILY_WORD_AND_SIZE = guarded(r"(?i)([a-z]{3,12})[\s_-]?(\d+(?:\.\d+)?[bm])")


def _family_and_size(m: ModelMention, facts: NoteFacts) -> ModelMention:
    """`Qwen 32B`, `Llama 70B`: a family's word and a size, without the version the catalogue needs, is the one model
    of that size in a family the note names (`Qwen2.5-32B-Instruct` above), not an uncatalogued 32B model."""
    named = _FAMILY_WORD_AND_SIZE.fullmatch(m.text.strip())
    if named is None:
        return m
    word = named.group(1).lower()
    families = {f for x in facts.note_models if x.config is not None and (f := family_stem(x.config.name)).startswith(word)}
    config = one_of_size(families, named.group(2))
    return replace(m, config=config) if config is not None else m


# a table column of the cards' own memory (`| память |`, `| VRAM, GB |`, `| HBM |`): not a size anything needs
_CAPACITY_HEADER = guarded(
    r"(?i)\s*(?:gpu\s+|card\s+)?(?:memory|vram|hbm\d?e?|capacity|память|видеопамять|объ[её]м(?:\s+памяти)?|ёмкость)"
    r"\s*(?:[(,]\s*(?:[KMGT]i?B|[КМГТ]и?Б)\)?)?\s*"
)


def _sentences(unit: Unit, facts: NoteFacts | None = None) -> list[Sentence]:
    text = unit.masked
    qs = _quantities(text)
    if unit.source == "table" and facts is not None and facts.decimal_comma_cells:
        cells = facts.decimal_comma_cells
        if any((unit.line, col) in cells for col in range(text.count("|") + 1)):
            comma = find_quantities(text, decimal_comma=True)
            qs = tuple(
                sorted(
                    [q for q in qs if (unit.line, column_at(unit.text, q.start)) not in cells]
                    + [q for q in comma if (unit.line, column_at(unit.text, q.start)) in cells],
                    key=lambda q: q.start,
                )
            )
    if unit.source == "table" and facts is not None and (facts.column_unit or facts.column_header):
        qs = tuple(_in_column_unit(unit, q, facts) for q in qs)
        if find_gpus(unit.text):  # `| RTX 4090 | 24 ГБ | 1008 ГБ/с |`: the card's memory is its spec, no claim and no input
            line, headers = unit.line, facts.column_header
            qs = tuple(q for q in qs if not _CAPACITY_HEADER.fullmatch(headers.get((line, column_at(unit.text, q.start)), "")))
    # `DeepSeek-R1-Distill-Qwen-7B`: an uncatalogued name inside a longer one names a derivative
    # whose size the inner name does not give
    models = tuple(
        _the_notes_own(m, facts)
        for m in find_mentions(unit.text)
        if m.config is not None or not _INSIDE_NAME.search(unit.text, max(0, m.start - 2), m.start)
    )
    if facts is not None and "-" in text:
        qs, models = _versions_sized(text, qs, models, facts)
    if facts is not None and facts.deployment_names is not None:  # (the mask hides a name like `embed-qwen7b`)
        qs, models = _names_read(unit.text, qs, models, facts.deployments, facts.deployment_names)
    if facts is not None and facts.family_word_names is not None:
        read = models  # (`Llama 2 7B` is its own name; `the Llama figure` is a figure of it)
        qs, models = _names_read(
            text,
            qs,
            models,
            facts.family_words,
            facts.family_word_names,
            lambda m: not _overlaps(read, m.start(), m.end()) and not _A_FIGURE_OF.match(text, m.end()),
        )
    bound = facts.roles.get(unit.line, {}) if facts is not None else {}
    # `the teacher` after `Teacher: Llama-3.1-70B`: that model, named by its role
    if (facts is None or facts.role_words) and names_a_role(unit.text):
        roles = role_mentions(unit.text, bound)
        if roles:
            models = tuple(sorted((*models, *roles), key=lambda m: m.start))
    dtypes = tuple(find_dtypes(unit.text))
    bounds = _sentence_bounds(unit)
    q_starts, m_starts = [q.start for q in qs], [m.start for m in models]
    out = []
    for a, b in pairwise(bounds):  # each sentence's figures and models by bisection: linear over a long line
        here_q = qs[bisect_left(q_starts, a) : bisect_left(q_starts, b)]
        here_m = models[bisect_left(m_starts, a) : bisect_left(m_starts, b)]
        out.append(Sentence(unit, a, b, here_q, here_m, dtypes))
    return out


# A line (a CR-only file is one line) checks at most this many sentences with figures; the rest
# is reported once as not checked. No prose line holds hundreds of sizing sentences; a pasted or
# generated one would otherwise cost 1-2 ms per sentence (every shape reads it) without bound.
MAX_SENTENCES = 500


def _unit_found(unit: Unit, facts: NoteFacts) -> list[Found]:
    out: list[Found] = []
    rows: dict[int, tuple[list[str], bool]] = {}
    checked = 0
    # the storage types an answer's question names, when its own line names none (`… in int4 compared with bf16?`)
    asked_types = (
        sorted({d.name for d in find_dtypes(unit.text[: unit.own_start])})
        if unit.answer and not find_dtypes(unit.text[unit.own_start : unit.own_end])
        else []
    )
    for s in _sentences(unit, facts):
        if (
            VAGUE.search(s.unit.text, s.start, s.end) is None
            and not s.quantities
            and not s.models
            and len({d.name for d in in_range(s.dtypes, s.start, s.end)}) < 2  # `fp32 is three times int8`: two types compared
            and len(find_cards(s.unit.text)) < 2  # `the 4090 has twice the bandwidth of a 3090`: two cards compared
        ):
            continue
        checked += 1
        if checked > MAX_SENTENCES:
            claim = make_claim(
                unit,
                s.start,
                s.start,
                "not-checked",
                Verdict.UNVERIFIABLE,
                f"this line holds more than {MAX_SENTENCES} sentences with figures; those after the "
                f"{MAX_SENTENCES}th (from column {s.start + 1}) are not checked",
            )
            out.append(Found(claim))
            break
        for shape in SHAPES:
            try:
                got = shape(s, facts)
            except Exception as exc:  # one reader's bug costs its figures of this sentence, not the note's
                if os.environ.get(SHAPE_ERRORS_ENV) == "raise":
                    raise
                out.append(Found(_failed(unit, s.start, s.end, shape.__name__, exc)))
                continue
            if not got:
                continue
            if unit.own_start or unit.own_end >= 0:  # the neighbouring lines' figures are theirs: used here, not kept
                kept: list[Found] = []
                dropped: list[tuple[int, int]] = []
                for f in got:
                    if not f.used or any(unit.owns(_figure_start(unit.text, a, b)) for a, b in f.used):
                        kept.append(f)
                    else:
                        dropped.extend(f.used)
                s = s.without(tuple(dropped))
                got = kept
                if not got:
                    continue
            if facts.note_model is not None or facts.note_family:
                got = _only_readings(got)
            if unit.answer:
                got = [_as_answer(s, f, asked_types) for f in got]
            if unit.source == "table" and facts.column_header:
                got = [_per_device_cell(s, f, facts, rows) for f in got]
            got = [_contrasted(unit, f) for f in got]
            out.extend(got)
            if shape.__name__ == "vague":
                break
            s = s.without(tuple(span for f in got for span in f.used))
    return out


_ERRORS = (Verdict.WRONG, Verdict.UNIT_CONFUSION)

# a claim shape's reader that raised on one sentence: the note's other claims stand, and `verify` reports the failure
# as a VK000 finding at the sentence (engine/parse.py); the tests set VAULTKIT_SHAPE_ERRORS=raise to see the bug itself
SHAPE_ERRORS_ENV = "VAULTKIT_SHAPE_ERRORS"


def _failed(unit: Unit, start: int, end: int, reader: str, exc: Exception) -> Claim:
    why = f"the `{reader}` reader failed on this sentence ({type(exc).__name__}: {exc}); its figures here are not checked"
    return make_claim(unit, start, end, SHAPE_FAILED, Verdict.UNVERIFIABLE, why)


# the figure right after is the one the sentence sets aside: `504 KiB/token instead of 2016 KiB`, `вместо 4 ГиБ`,
# `рост на 25 %, а не в 2,5 раза`, `rather than 16 GB`
_CONTRAST_BEFORE = guarded(
    r"(?i)(?:\binstead\s+of|\brather\s+than|(?<!\w)вместо|(?<!\w)а\s+не(?:\s+(?:ровно|именно|всего))?(?:\s+в)?)\s+"
    r"(?:the\s+)?(?:~|≈|about\s+|около\s+|exactly\s+)?$"
)


def _contrasted(unit: Unit, f: Found) -> Found:
    """An error found in a figure the sentence sets aside (`instead of`, `rather than`, `вместо`, `а не`): the
    sentence does not claim it, it contrasts it; reported as unverifiable with the recomputation kept."""
    c = f.claim
    if c is None or c.verdict not in _ERRORS or not f.used:
        return f
    # the claim's own figure (the span its stated text ends with), not an operand it compares with the set-aside one
    # (`3.5 GB instead of 14 GB, a 2× reduction`: the factor is still the sentence's claim)
    own = [a for a, b in f.used if unit.text[a:b].strip() and c.stated.rstrip().endswith(unit.text[a:b].strip())]
    if not own or not _CONTRAST_BEFORE.search(unit.text, max(0, own[-1] - 24), own[-1]):
        return f
    why = "; the sentence sets this figure aside (instead of it, not it): not its claim"
    return replace(f, claim=replace(c, verdict=Verdict.UNVERIFIABLE, explanation=c.explanation + why))


def _only_readings(got: list[Found]) -> list[Found]:
    """A sentence whose subject is only the one model the note names somewhere (no model, heading, section or
    line above says it is about that model): what holds holds, its errors are readings (`unverifiable`), and
    nothing else is said of it."""
    out = []
    for f in got:
        c = f.claim
        if c is None or NOTE_MODEL_MARK not in c.explanation:
            out.append(f)
        elif c.verdict in _ERRORS and (telltale := _telltale_error(c)):
            out.append(replace(f, claim=replace(c, explanation=f"{c.explanation}; {telltale}")))
        elif c.verdict in _ERRORS:  # a reading of that model, with what it would be
            why = "; the sentence does not say it is about that model: a reading, not an error"
            out.append(replace(f, claim=replace(c, verdict=Verdict.UNVERIFIABLE, explanation=c.explanation + why)))
        elif c.verdict.holds:
            out.append(f)
        # an `ambiguous` or `said of another model` reading of a model the sentence never named says nothing: dropped
    return out


def _telltale_error(c: Claim) -> str:
    """An error whose size is the telltale of the commonest slips (a GiB figure labelled GB or the reverse,
    or exactly twice or half the recomputation: K and V counted once or twice, two bytes read as one) confirms
    the reading: the figure is that quantity, miscounted. Any other mismatch may be a figure of something else."""
    if c.verdict is Verdict.UNIT_CONFUSION:
        return "the one unit mislabelled as the other: read as that model"
    m = _RECOMPUTED.search(c.explanation)
    stated = find_quantities(c.stated, decimal_comma=_CYRILLIC.search(c.stated) is not None)
    if m is None or not stated or stated[0].hi_printed is not None:
        return ""
    recomputed = float(m.group("r").replace(",", ""))
    if recomputed <= 0:
        return ""
    ratio = stated[0].printed / recomputed
    for k, said in ((2.0, "twice"), (0.5, "half")):
        if abs(ratio - k) <= 0.015 * k:
            return f"exactly {said} the recomputation, the commonest slip: read as that model"
    for k in (1000.0, 1024.0, 1 / 1000, 1 / 1024):
        if abs(ratio - k) <= 0.015 * k:
            return "a thousand times off, a unit's prefix slipped (KiB for MiB, MB for GB): read as that model"
    heads = _query_heads_ratio(c.explanation)
    if heads > 1 and any(abs(ratio - k) <= 0.015 * k for k in (heads, 1 / heads)):
        return "off by the model's query heads over its KV heads, the cache's commonest slip: read as that model"
    return ""


_KV_READING = guarded(r"^(?:KV cache of |.*\bKV heads\b)")


def _query_heads_ratio(explanation: str) -> float:
    """The reading's model's query heads over its KV heads, for a reading of its KV cache (0 otherwise)."""
    if not _KV_READING.search(explanation):
        return 0.0
    named = explanation.split(NOTE_MODEL_MARK, 1)[0]
    configs = {m.config for m in find_mentions(named) if m.config is not None}
    if len(configs) != 1:
        return 0.0
    cfg = configs.pop()
    return cfg.heads / cfg.kv_heads if cfg.kv_heads and not cfg.kv_lora_rank else 0.0


def _as_answer(s: Sentence, f: Found, asked_types: list[str]) -> Found:
    """An answer's claim, shown at the answer's own figure when its sentence starts in the question. A size
    answering a question that names two storage types (`… in int4 compared with bf16?` / `4 GB`) is in one of
    them, and which is not certain: not judged."""
    unit, c = s.unit, f.claim
    own = next(((a, b) for a, b in f.used if unit.owns(a)), None)
    if c is None or own is None:
        return f
    if c.column == 1 and not c.span.startswith(unit.text[own[0] : own[1]]):
        c = replace(c, column=own[0] + 1 - unit.own_start, span=unit.text[own[0] : own[1]].strip())
    q = next((q for q in s.quantities if (q.start, q.end) == own), None)
    if q is None or q.kind != "bytes" or c.verdict in (Verdict.UNVERIFIABLE, Verdict.NOT_A_CLAIM):
        return replace(f, claim=c)
    gpus = {g.name for g in find_gpus(unit.text[: unit.own_start])}
    why = ""
    if len(asked_types) > 1:
        why = f"the question names {' and '.join(asked_types)}: which one the answer's size is in is not certain"
    elif gpus:  # `Llama-3-8B on an A100 40GB?` / `40 GB`: the card's memory or the model's size
        why = f"the question names {', '.join(sorted(gpus))}: the answer's size may be the card's"
    if why:
        c = replace(c, verdict=Verdict.UNVERIFIABLE, explanation=f"{why}; read as {c.explanation}", key="", value=None)
    return replace(f, claim=c)


# a column of per-device figures (`| per GPU, GB |`, `| KV per GPU, KiB/token |`, `| на карту, ГБ |`)
_PER_DEVICE_HEADER = guarded(
    r"(?i)\bper[\s-]+(?:GPU|device|card|rank|accelerator)|/\s*(?:GPU|device|card|rank)\b|\beach\s+(?:GPU|device|card|rank)"
    r"|на\s+(?:одну\s+|каждую\s+|каждый\s+)?(?:GPU|карт[уеа]|видеокарт[уеа]|устройство|ранг)\b|\bGPU[-\s]?wise\b"
)
# the row's count of devices the model is split over (`| TP |`, `| GPUs |`, `| число карт |`)
_DEVICE_COUNT_HEADER = guarded(
    r"(?i)^\s*(?:TP|tensor[\s-]+parallel\w*(?:\s+(?:size|degree))?|#?\s*(?:GPUs|devices|cards)|(?:число\s+|кол-во\s+)?(?:GPU|карт\w*))\s*$"
)
_SPLIT_HEADER = guarded(r"(?i)^\s*(?:TP|tensor[\s-]+parallel\w*(?:\s+(?:size|degree))?)\s*$")
_RECOMPUTED = guarded(r"stated [^;]*; recomputed (?P<r>\d[\d,]*(?:\.\d+)?)")


def _per_device_cell(s: Sentence, f: Found, facts: NoteFacts, memo: dict[int, tuple[list[str], bool]]) -> Found:
    """A table cell under a per-device header is a device's share, never the whole model's figure:
    judged as the whole model's figure over the row's device count (its TP/GPUs column), else
    unverifiable."""
    c = f.claim
    if c is None or not f.used or c.verdict in (Verdict.UNVERIFIABLE, Verdict.NOT_A_CLAIM) or "device" in c.explanation:
        return f
    text, line = s.unit.text, s.unit.line
    q = next((q for q in s.quantities if (q.start, q.end) == f.used[0]), None)
    if q is None or q.kind != "bytes":
        return f
    header = facts.column_header.get((line, column_at(text, q.start)), "")
    if not _PER_DEVICE_HEADER.search(header):
        # `| item (per card) | batch 32 |`: the labels' column says every row's figures are a device's
        header = facts.column_header.get((line, 1), "")
        if not _PER_DEVICE_HEADER.search(header):
            return f
    if line not in memo:  # the row's device-count columns, read once per row
        cells = text.split("|")
        heads = [
            (col, h) for col in range(len(cells)) if _DEVICE_COUNT_HEADER.match(h := facts.column_header.get((line, col), ""))
        ]
        counted = [cells[col].strip() for col, _ in heads]
        split = len(heads) == 1 and bool(_SPLIT_HEADER.match(heads[0][1]))
        if not heads and len(cells) > 2 and (tp := TENSOR_PARALLEL.search(cells[1])):
            counted, split = [tp.group("n") or tp.group("m")], True  # `| target weights (fp8, TP=2) |`: the row's split
        memo[line] = (counted, split)
    counts, split = memo[line]
    n_dev = int(counts[0]) if len(counts) == 1 and counts[0].isdigit() else 0
    m = max(_RECOMPUTED.finditer(c.explanation), key=lambda x: x.start(), default=None)
    if n_dev < 1 or m is None:
        why = f"the column '{header}' holds a figure per device and the row states no device count"
        return replace(
            f,
            claim=replace(
                c,
                verdict=Verdict.UNVERIFIABLE,
                explanation=f"{why}; read as the whole model: {c.explanation}",
                key="",
                value=None,
            ),
        )
    whole = float(m.group("r").replace(",", "")) * q.scale
    check = compare(q, whole / n_dev)
    how = c.explanation[: m.start()].rstrip("; ")
    explanation = f"{how}; per device (column '{header}'), over {n_dev} devices: {check.explanation}"
    verdict = check.verdict
    if not verdict.holds and c.verdict.holds and not split:
        # `| GPUs | per GPU |` with no split named: each card may hold a whole replica
        verdict, explanation = Verdict.UNVERIFIABLE, f"{explanation} (or a whole replica on each device)"
    elif not verdict.holds and (c.shape != "weights" or abs(q.value - whole / n_dev) <= 0.15 * whole / n_dev):
        # a cache's heads may be replicated past their count, a stage may hold more layers: near the even share, no error
        verdict, explanation = Verdict.UNVERIFIABLE, f"{explanation} (an even split is assumed; the share may differ)"
    return replace(f, claim=replace(c, verdict=verdict, explanation=explanation, key="", value=None))


# `an fp8 KV cache`, `fp8-кэш`, `кэш в fp8`: the type of that line's cache, not the paragraph's
_CACHE_GLUED_AFTER = guarded(r"(?i)[\s-]*(?:kv[\s-]*)?(?:cache|кэш|кеш)")
_CACHE_GLUED_BEFORE = guarded(r"(?i)(?:cache|кэш\w*|кеш\w*)\s+(?:in|в)\s+$")


# a line that supposes (`would halve`, `если бы`, `could be`) names a type of a what-if, not the paragraph's
_WHAT_IF = guarded(r"(?i)\bwould\b|\bcould\b|\bif\s+(?:we|you|one|it)\b|\bбы\b|\bесли\b")


def _cache_glued(line: str, d: DtypeMention) -> bool:
    return bool(_CACHE_GLUED_AFTER.match(line, d.end) or _CACHE_GLUED_BEFORE.search(line, max(0, d.start - 24), d.start))


def _single_dtype(lines: list[str]) -> DtypeMention | None:
    """The one dtype the lines name; a dtype glued to a cache word is that line's cache's own, and
    is left out (`An fp8 KV cache needs …` gives no type to a weights figure on the next line), and
    so is a line that supposes (`an fp8 copy would halve that`)."""
    found = [d for line in lines if not _WHAT_IF.search(line) for d in find_dtypes(line) if not _cache_glued(line, d)]
    return found[0] if len({d.name for d in found}) == 1 else None


_OWN_SIZE = guarded(r"\d\s*(?:[KMGT]i?B|[КМГТ]и?Б)(?![\w])")


def _first_naming(lines: list[str], start: int, end: int, d: DtypeMention | None) -> int:
    """Where the paragraph's one type starts to hold: at its first line, when that line states a
    size of its own (`Mistral-7B needs 14.5 GB.` / `A copy in int8 is 7.2 GB.`: int8 is the later
    size's, not the earlier one's); else at the paragraph's first line (`… 13.5 GB.` / `All in fp16.`)."""
    if d is None:
        return start
    for k in range(start, end):
        if any(x.name == d.name for x in find_dtypes(lines[k])):
            return k if k > start and _OWN_SIZE.search(lines[k]) else start
    return start


def _paragraph_dtypes(lines: list[str], plan: set[int]) -> dict[int, DtypeMention]:
    """Each line of a paragraph that names exactly one dtype (however often) gets it. A list item
    is a paragraph of its own: the dtype one bullet names is not the next bullet's; a bullet that
    names none takes the one its lead-in line names (`All sizes below are bf16:`)."""
    out: dict[int, DtypeMention] = {}
    start = 0
    for i in range(len(lines) + 1):
        if i < len(lines) and lines[i].strip():
            continue
        if any(n in plan for n in range(start + 1, i + 1)):
            items = [k for k in range(start, i) if LIST_ITEM.match(lines[k])]
            if not items:
                d = _single_dtype(lines[start:i])
                first = _first_naming(lines, start, i, d)
                out.update({n: d for n in range(first + 1, i + 1) if d is not None})
            else:
                lead = _single_dtype(lines[start : items[0]])
                if lead is not None:
                    out.update({n: lead for n in range(start + 1, items[0] + 1)})
                for a, b in pairwise([*items, i]):
                    d = _single_dtype(lines[a:b]) or lead
                    out.update({n: d for n in range(a + 1, b + 1) if d is not None})
        start = i + 1
    # a line whose paragraph names no type takes the one its section's heading names (`## Llama-3.1-70B (141 ГБ в bf16)`
    # / `- TP=4: на каждую карту 35,3 ГБ весов.`)
    heading: DtypeMention | None = None
    for n, line in enumerate(lines, start=1):
        if _HEADING.match(line):
            # only a heading naming a catalogued model in a type (`## Llama-3.1-70B (141 ГБ в bf16)`): not one about
            # quantizing, nor one calling a model by a bare size of its own (`## 405B in FP8` in a note on the 70B)
            names_model = any(m.config is not None and m.sized for m in find_mentions(line))
            heading = _single_dtype([line]) if names_model else None
        elif heading is not None and n in plan:
            out.setdefault(n, heading)
    return out


_CELL_NUMBER = guarded(r"\s*\|")
_NAMES_WITH_DIGITS = guarded(r"[A-Za-z_][\w-]*\d[\w-]*")  # `int4`, `fp16`, `Q4_K_M` in a header cell
_HEADER_UNIT = guarded(r"(?<![\w])([KMGTP]i?B|[КМГТ]и?Б)(?![\w])(?!\s*/\s*(?:s|sec|с|сек)\b)")  # not `(GB/s)`


# a header naming a decoding rate (`L40S ceiling, tok/s`, `потолок на 4090, ток/с`)
_HEADER_RATE = guarded(r"(?i)(?<![\w/])(tok(?:ens)?/s|ток(?:енов)?/с)(?![\w/])")
_PARAMS_HEADER = guarded(r"(?i)param|парам")
_HEADER_SCALE = ((guarded(r"(?i)\(B\)|billion|млрд|\bbn\b"), 1e9), (guarded(r"(?i)\(M\)|million|млн"), 1e6))


def _in_column_unit(unit: Unit, q: Quantity, facts: NoteFacts) -> Quantity:
    """A bare number that is a whole table cell takes the unit its column's header names (a byte
    unit, or a parameter count with its scale: `| total params (B) |`, `| параметры, млрд |`)."""
    if q.kind != "number" or q.unit or q.hi is not None:
        return q
    col = column_at(unit.text, q.start)
    header = facts.column_header.get((unit.line, col), "")
    whole_cell = unit.text[: q.start].rstrip()[-1:] == "|" and _CELL_NUMBER.match(unit.text, q.end)
    if whole_cell and _PARAMS_HEADER.search(header) and not _HEADER_UNIT.search(header):
        scale = next((k for rx, k in _HEADER_SCALE if rx.search(header)), 1.0)
        if q.value * scale >= 1e6:
            return replace(q, kind="count", unit="params", scale=scale)
    name = facts.column_unit.get((unit.line, col))
    if name is None or unit.text[: q.start].rstrip()[-1:] != "|" or not _CELL_NUMBER.match(unit.text, q.end):
        return q
    kind, scale, binary = classify_unit(name)
    return replace(q, kind=kind, unit=name, scale=q.scale * scale, binary=binary)  # (`7,2·10²³` under FLOP: its power kept)


_CONTEXT_IN_HEADER = guarded(
    r"(?i)(?<![\w.,])\d{1,4}\s*[×x*]\s*\d+\s?[kк](?![\w])"  # `KV for 32 × 8K, GiB`: sessions of a context
    r"|(?<![\w.,])\d+\s?[kк](?![\w])|(?<![\w.,])\d+(?:[,\u00a0 ]\d{3})*\s?(?:tokens?|токен\w*)"
    # `| 32K × batch 8, GiB |`, `| батч из 16, ГиБ |`: a batch, not a figure
    r"|(?:batch|батч\w*)(?:\s+size)?\s*(?:of|=|:|из)?\s*\d{1,4}(?![\w]|[.,]\d)"
)


# the line above a table says what unit its sizes are in: `All sizes in GB`, `Размеры в ГиБ`, `(sizes, GB)`
_LEAD_UNIT = guarded(
    r"(?i)\b(?:sizes?|figures|numbers|values|weights|memory|размер\w*|цифр\w*|числ\w*|значени\w*|вес\w*|памят\w*)\b"
)
_LEAD_UNIT_NAMED = guarded(
    r"(?i:(?:(?<![\w-])(?:in|в)|,)\s+(?:(?:decimal|binary|десятичн\w*|двоичн\w*)\s+)?)([KMGT]i?B|[КМГТ]и?Б)(?![\w/-])"
)


def _lead_unit(lines: list[str], header_index: int) -> str | None:
    """The one byte unit the line just above a table (its heading, or a line of its section; blank lines between)
    says its sizes are in (`All sizes in GB (10^9 bytes)`, `Размеры в ГБ:`), else None."""
    k = header_index - 1
    while k >= 0 and not lines[k].strip():
        k -= 1
    if k < 0 or lines[k].lstrip().startswith("|"):
        return None  # a heading right above the table is its caption (`## To run (file sizes, decimal GB)`)
    line = lines[k]
    named = {m.group(1) for m in _LEAD_UNIT_NAMED.finditer(line)}
    return named.pop() if len(named) == 1 and _LEAD_UNIT.search(line) else None


def _column_units(lines: list[str]) -> dict[tuple[int, int], str]:
    """Table rows whose column header names a byte unit (`| fp16 (GiB) |`, `| Вес, ГБ |`): that unit, by cell.
    A column whose header names only a storage type (`| bf16 | int4 |`) takes the unit the line
    above the table says its sizes are in (`All sizes in GB`)."""
    out: dict[tuple[int, int], str] = {}
    header: dict[int, str] = {}
    in_table = False
    unit_col: int | None = None
    for n, line in enumerate(lines, start=1):
        if not line.lstrip().startswith("|"):
            in_table, header = False, {}
            continue
        if not in_table:
            in_table = True
            cells = line.split("|")
            header = {}
            # `| № | вопрос | ед. | А | Б | эталон |`: a column of units, each row's own, for the row's other cells
            unit_col = next((col for col, cell in enumerate(cells) if _UNIT_COLUMN.fullmatch(cell.strip())), None)
            lead = _lead_unit(lines, n - 1) if "bit" not in line.lower() and "бит" not in line.lower() else None
            for col, cell in enumerate(cells):
                found = _HEADER_UNIT.findall(cell) or _HEADER_RATE.findall(cell)  # (`L40S ceiling, tok/s`: a rate)
                named = cell
                for g in find_gpus(cell):
                    named = named[: g.start] + " " * (g.end - g.start) + named[g.end :]
                bare = _CONTEXT_IN_HEADER.sub(
                    "", _NAMES_WITH_DIGITS.sub("", named)
                )  # `16k context (GiB)`: a context, not a figure; `на 4090`: a device, not a figure
                if len(found) == 1 and not re.search(r"\d", bare):
                    header[col] = found[0]
                elif lead is not None and not found and _only_dtype(cell):
                    header[col] = lead
            continue
        if set(line.strip()) <= set("|-: "):
            continue
        if header:
            out.update({(n, col): u for col, u in header.items()})
            continue
        cells = line.split("|")
        said = cells[unit_col].strip() if unit_col is not None and unit_col < len(cells) else ""
        if said and classify_unit(said)[0] in _UNIT_COLUMN_KINDS:
            # the row's figures on either side of its unit (`| weights, bf16 | 32.1 | GB | 16.06 |`), past its first
            # column (a label or an item's number)
            cols = range(2, len(cells))
            out.update({(n, col): said for col in cols if col != unit_col and cells[col].strip()})
            continue
        # `| веса bf16, ГБ | 405 | 811,7 |`: a row whose label names the unit, under a header that names none (the label
        # is the last text cell before the row's first figure: `| раздел 3.1 | веса 70B в fp8, ГБ | 70,55 | 35,28 |`)
        first_figure = next((k for k, c in enumerate(cells) if _CELL_FIGURE.match(c)), len(cells))
        label = next((k for k in range(first_figure - 1, -1, -1) if cells[k].strip()), None)
        row = _ROW_UNIT.search(cells[label]) if label is not None else None
        if row is not None and label is not None:
            out.update({(n, col): row.group(1) for col in range(label + 1, len(cells)) if cells[col].strip()})
    return out


# the header of a column of units (`ед.`, `ед. изм.`, `unit`), and the kinds its units may give the cells after it
_UNIT_COLUMN = guarded(r"(?i)ед\.?(?:\s*изм\.?)?|единиц\w*(?:\s+измерения)?|units?")
_UNIT_COLUMN_KINDS = frozenset({"bytes", "count", "flops", "throughput"})
# a row label ending in its unit: `веса bf16, ГБ`, `KV cache at 8K (GiB)`
_CELL_FIGURE = guarded(r"\s*(?:[~≈]\s*)?\d[\d.,\s\u00a0\u202f–-]*$")
_ROW_UNIT = guarded(r"(?:,|\()\s*([KMGT]i?B|[КМГТ]и?Б)\s*\)?\s*$")


def _only_dtype(cell: str) -> bool:
    """A header cell that names one storage type and nothing else (`bf16`, `int4`, `Q4_K_M`)."""
    found = find_dtypes(cell)
    return len(found) == 1 and not cell.replace(cell[found[0].start : found[0].end], "", 1).strip(" *`_")


_BUDGET_HEADER = guarded(r"(?i)(?:token|токен)[^|]*(?:\d\s*(?:per|/|на)\s*param|\d\s*(?:per|/|на)\s*параметр|[×x]\s*\d)")


def _budget_rows(lines: list[str]) -> set[int]:
    """The rows of tables whose header names a parameter column and a token column with its rate
    (`| params | tokens (20 per param) |`, `| параметров, млн | токенов, млрд (×20) |`)."""
    out: set[int] = set()
    in_table = budget = False
    for n, line in enumerate(lines, start=1):
        if not line.lstrip().startswith("|"):
            in_table = budget = False
            continue
        if not in_table:
            in_table = True
            budget = bool(_BUDGET_HEADER.search(line) and re.search(r"(?i)param|парам", line))
            continue
        if budget and not set(line.strip()) <= set("|-: "):
            out.add(n)
    return out


def _column_headers(lines: list[str], plan: set[int]) -> dict[tuple[int, int], str]:
    """Each cell of a table row that can hold a claim: its column's header text (`KV/token fp16`, `context`)."""
    out: dict[tuple[int, int], str] = {}
    header: list[str] = []
    for n, line in enumerate(lines, start=1):
        if not line.lstrip().startswith("|"):
            header = []
            continue
        if not header:
            header = line.split("|")
            continue
        if n in plan:
            out.update({(n, col): cell.strip() for col, cell in enumerate(header) if cell.strip()})
    return out


_COMMA_DECIMAL = guarded(r"^\s*\d+,(?:\d{1,2}|\d{4,})\s*$")  # `8,5`, `6,5625`: never a group of thousands
_DOT_DECIMAL = guarded(r"^\s*\d+\.\d+\s*$")


def _decimal_comma_cells(lines: list[str], plan: set[int]) -> frozenset[tuple[int, int]]:
    """The cells of each table column that writes its decimals with a comma and none with a dot: there
    `2,625` is 2.625 too (a Russian table of bits per weight), not 2625."""
    out: set[tuple[int, int]] = set()
    rows: list[tuple[int, list[str]]] = []
    for n, line in enumerate([*lines, ""], start=1):
        if line.lstrip().startswith("|"):
            rows.append((n, line.split("|")))
            continue
        if len(rows) > 2:
            body = rows[2:]  # below the header and its rule
            for col in range(max(len(cells) for _, cells in body)):
                column = [cells[col] for _, cells in body if col < len(cells)]
                if any(_COMMA_DECIMAL.match(c) for c in column) and not any(_DOT_DECIMAL.match(c) for c in column):
                    out.update((k, col) for k, cells in body if k in plan and col < len(cells))
        rows = []
    return frozenset(out)


def _column_dtypes(lines: list[str], plan: set[int]) -> dict[tuple[int, int], DtypeMention]:
    """Table rows get the dtype their column's header names (`| model | fp16 | int4 |`)."""
    out: dict[tuple[int, int], DtypeMention] = {}
    header: dict[int, DtypeMention] = {}
    of_models: set[int] = set()
    in_table = False
    for n, line in enumerate(lines, start=1):
        if not line.lstrip().startswith("|"):
            in_table, header = False, {}
            continue
        if not in_table:
            in_table = True
            named: dict[int, list[DtypeMention]] = {}
            for d in find_dtypes(line):
                named.setdefault(line.count("|", 0, d.start), []).append(d)
            # a header cell naming two types (`| fp16 → int8 |`) gives its column none
            header = {col: ds[0] for col, ds in named.items() if len({d.name for d in ds}) == 1}
            # `| | Mistral-7B fp8 |`: a type named with a model is its weights' type, not its cache's
            of_models = {line.count("|", 0, m.start) for m in find_mentions(line) if m.sized}
            continue
        if header and n in plan:
            cache_row = _CACHE_LABEL.search(line.split("|")[1] if line.count("|") > 1 else "") is not None
            out.update({(n, col): d for col, d in header.items() if not (cache_row and col in of_models)})
    return out


_CACHE_LABEL = guarded(r"(?i)\bKV\b|\bcache\b|(?<!\w)(?:кэш|кеш)\w*")


def _note_facts(
    lines: list[str], plan: set[int], properties: Mapping[str, Any] | None, blocks: list[tuple[int, int]]
) -> NoteFacts:
    ratio = None
    for a, b in blocks:
        ratio = ratio or literal_ratio("\n".join(lines[a : b - 1]))
    one_model, about_models = note_models(lines)
    role_words = may_name_roles("\n".join(lines))  # one pass over the note: no role stem, no per-line role test
    headings = {n for n, line in enumerate(lines, start=1) if _HEADING.match(line)} if role_words else set()
    roles = bound_roles(lines, plan | headings) if role_words else {}
    heading_model, kv_section, kv_dtype = _sections(lines, plan, about_models, roles)
    units = _column_units(lines)
    bandwidth = _section_bandwidths(lines, plan)
    properties_model = _properties_model(properties)
    deployments = _deployments(properties)
    family_words = _family_words(about_models)
    return NoteFacts(
        from_properties(properties),
        _paragraph_dtypes(lines, plan),
        _column_dtypes(lines, plan),
        ratio,
        properties_model,
        heading_model,
        kv_section,
        units,
        bandwidth,
        _column_headers(lines, plan),
        _section_models(lines, plan),
        _after_kv_paragraph(lines, plan),
        _lead_ins(lines, plan),
        _lines_above(lines, plan),
        _recipes(lines, plan),
        section_context=_section_contexts(lines, plan),
        tensor_parallel=_tensor_parallel(lines),
        declared_params=_declared_params(lines, plan),
        weights_section=_sections_under(lines, plan, _WEIGHTS_HEADING),
        ceiling_section=_sections_under(lines, plan, _CEILING_HEADING),
        field_dtype=_field_dtypes(lines, plan),
        lines_above=_lines_above_in_section(lines, plan),
        list_opener=list_openers(lines, plan, _HEADING),
        activation_context=activation_context(lines, plan),
        roles=roles,
        decimal_comma_cells=_decimal_comma_cells(lines, plan),
        properties_kv_dtype=kv_from_properties(properties) or _notes_kv_dtype(lines),
        properties_context=context_from_properties(properties),
        properties_batch=batch_from_properties(properties),
        role_words=role_words,
        note_model=(one_model or _title_model(properties, lines)) if properties_model is None else None,
        note_models=about_models,
        note_family=note_family(lines),
        kv_section_dtype=kv_dtype,
        deployments=deployments,
        deployment_names=_deployment_pattern(deployments),
        family_words=family_words,
        family_word_names=_family_word_pattern(family_words),
    )


_PARAM_WORD_AFTER = guarded(r"(?i)\s*(?:[\w-]+\s+)?(?:param\w*|параметр\w*)")
_WEIGHTS_HEADING = guarded(r"(?i)\bweights?\b|\bвес(?:а|ов)?\b|checkpoint|чекпоинт\w*")


def _declared_params(lines: list[str], plan: set[int]) -> tuple[float, str] | None:
    """The one parameter count a note states (`Kestrel-20B … 20.4B parameters`, `модель на 34 млрд
    параметров`) when it names no catalogued model anywhere: the size of its own, uncatalogued model."""
    found: dict[float, str] = {}
    for n in sorted(plan):
        line = lines[n - 1] if n <= len(lines) else ""
        if any(m.config is not None for m in find_mentions(line)):
            return None
        masked = _mask(line)
        for q in _quantities(masked):
            if q.kind != "count" or q.hi is not None or q.value < 1e8:
                continue
            if _PARAM_WORD_AFTER.match(masked, q.end) or re.search(r"(?i)param|параметр", q.unit):
                found.setdefault(float(f"{q.value:.3g}"), q.text)
    if len(found) != 1:
        return None
    value, text = next(iter(found.items()))
    return value, text


_DTYPE_FIELD = guarded(r"(?i)^\s*(?:[-*+]\s+)?(?:dtype|torch_dtype|precision|тип|точность)\s*::\s*(?P<v>[\w-]+)")
_FIELD_KEY = guarded(r"^\s*(?:[-*+]\s+)?(?P<key>[^\W\d][\w-]{0,40})\s*::")
# a legend naming a field (`All `vram::` fields are the bf16 weights only`, `значения `веса::` — в fp16`)
_LEGEND_KEY = guarded(r"`(?P<key>[^\W\d][\w-]{0,40})::`")
_CLAUSE_END = guarded(r"[;.](?:\s|$)")


def _legend_dtypes(line: str) -> dict[str, DtypeMention]:
    """The storage type a prose line says a Dataview field's values are in, by field name: the one type named in
    the clause (up to `;` or a stop) that names the field. The line's clauses are found once (linear)."""
    out: dict[str, DtypeMention] = {}
    ends = [e.start() for e in _CLAUSE_END.finditer(line)]
    types: dict[int, DtypeMention | None] = {}  # by clause: its one type
    for m in _LEGEND_KEY.finditer(line):
        i = bisect_left(ends, m.start())
        if i not in types:
            a = ends[i - 1] + 1 if i else 0
            named = {d.name: d for d in find_dtypes(line[a : ends[i] if i < len(ends) else len(line)])}
            types[i] = next(iter(named.values())) if len(named) == 1 else None
        d = types[i]
        if d is not None:
            out[m.group("key").lower()] = d
    return out


def _field_dtypes(lines: list[str], plan: set[int]) -> dict[int, DtypeMention]:
    """For each line that can hold a claim: the storage type a Dataview field above it in its
    section states (`dtype:: bf16`), the last one; else, for a field a legend line above names
    (`All `vram::` fields are the bf16 weights only`), the type the legend gives it."""
    out: dict[int, DtypeMention] = {}
    current: DtypeMention | None = None
    legend: dict[str, DtypeMention] = {}
    for n, line in enumerate(lines, start=1):
        if _HEADING.match(line):
            current = None
            continue
        m = _DTYPE_FIELD.match(line) if "::" in line else None
        if m:
            current = canonical(m.group("v"))
        elif current is not None and n in plan:
            out[n] = current
        elif legend and n in plan and (key := _FIELD_KEY.match(line)) and key.group("key").lower() in legend:
            out[n] = legend[key.group("key").lower()]
        elif "`" in line and "::" in line and not _FIELD_KEY.match(line):
            legend.update(_legend_dtypes(line))
    return out


def _sections_under(lines: list[str], plan: set[int], heading: re.Pattern[str]) -> frozenset[int]:
    """The lines that can hold a claim under a heading that `heading` finds (about the weights, about ceilings)."""
    out: set[int] = set()
    under = False
    for n, line in enumerate(lines, start=1):
        if _HEADING.match(line):
            under = bool(heading.search(line))
        elif under and n in plan:
            out.add(n)
    return frozenset(out)


# a heading over decoding ceilings (`## Decode ceilings (batch 1)`, `## Потолки декодирования`): its rates are the bound's
_CEILING_HEADING = guarded(r"(?i)\bceilings?\b|\bupper\s+bounds?\b|\bbandwidth[\s-]+bound|потол\w*")


# a statement said of the whole note's setup (`KV-кэш в bf16 во всех прогонах`, `an fp8 KV cache throughout`)
_THROUGHOUT = guarded(
    r"(?i)\bthroughout\b|\bin\s+(?:all|every)\s+(?:the\s+)?(?:runs?|experiments?|tests?|cases?|measurements?|rows?)\b"
    r"|\beverywhere\b|\bby\s+default\b|во\s+всех\s+(?:прогон|эксперимент|тест|замер|случа|строк)\w*|\bвезде\b|\bвсюду\b"
    r"|по\s+умолчанию"
)


def _notes_kv_dtype(lines: list[str]) -> DtypeMention | None:
    """The one storage type the note says its KV cache is in for its whole setup (`- KV-кэш в bf16 во всех прогонах`,
    `an fp8 KV cache throughout`), when no such statement names another: the cache's own, wherever a weights type
    stands near a cache figure."""
    found: dict[str, DtypeMention] = {}
    for line in lines:
        if _THROUGHOUT.search(line) is None:
            continue
        for m in KV_TYPE_SAID.finditer(line):
            for d in find_dtypes(m.group(0)):
                found.setdefault(d.name, d)
    if len(found) != 1:
        return None
    d = next(iter(found.values()))
    return DtypeMention(d.name, d.bytes, -1, -1, d.gguf)


def _tensor_parallel(lines: list[str]) -> int:
    """The tensor-parallel degree the note states, when it states exactly one (`tensor parallel 4`)."""
    found = {
        int(m.group("n") or m.group("m"))
        for line in lines
        if "ens" in line or "TP" in line or "tp" in line
        for m in TENSOR_PARALLEL.finditer(line)
    }
    return found.pop() if len(found) == 1 else 0


_BYTE_WORD = guarded(r"(?i)byte|байт")
_TRAINING_HEADING = guarded(r"(?i)train|fine-?tun|файнтюн|обучен|дообуч|adam|optimi[sz]er|оптимизатор|recipe|рецепт|zero")


def _recipes(lines: list[str], plan: set[int]) -> dict[int, tuple[float, bool]]:
    """For each line that can hold a claim: the bytes per parameter of the training recipe stated
    last above it (`… = 16 bytes per parameter`) in its section, or in one before it when its own
    heading is about training; and whether that heading is about training."""
    out: dict[int, tuple[float, bool]] = {}
    recipe: float | None = None
    training = False
    for n, line in enumerate(lines, start=1):
        if _HEADING.match(line.lstrip()):
            training = bool(_TRAINING_HEADING.search(line))
            if not training:
                recipe = None
            continue
        if n in plan and recipe is not None:
            out[n] = (recipe, training)
        if not _BYTE_WORD.search(line):
            continue  # most lines (a pasted list of floats) name no bytes: not read further
        found = [m for m in RECIPE.finditer(line) if re.search(r"(?i)param|параметр", m.group(0))]
        if found and carried_recipe(line, found[-1]):
            recipe = float(found[-1].group(1).replace(",", "."))
    return out


def _lines_above(lines: list[str], plan: set[int]) -> dict[int, str]:
    """For each line that can hold a claim: the nearest non-blank line above it in its section, when
    only blank lines are between (the paragraph before it)."""
    out: dict[int, str] = {}
    for n in plan:
        k = n - 2
        while k >= 0 and not lines[k].strip():
            k -= 1
        if 0 <= k < n - 2 and not _HEADING.match(lines[k].lstrip()):
            out[n] = lines[k]
    return out


def _lines_above_in_section(lines: list[str], plan: set[int]) -> dict[int, tuple[str, ...]]:
    """For each line that can hold a claim: up to three non-blank lines above it in its section, nearest first."""
    out: dict[int, tuple[str, ...]] = {}
    for n in plan:
        found: list[str] = []
        k = n - 2
        while k >= 0 and len(found) < 3 and not _HEADING.match(lines[k].lstrip()):
            if lines[k].strip():
                found.append(lines[k])
            k -= 1
        if found:
            out[n] = tuple(found)
    return out


def _lead_ins(lines: list[str], plan: set[int]) -> dict[int, str]:
    """For each line that can hold a claim and directly follows another line of its paragraph (no
    blank line, neither a list item, a table row nor a heading): that line's text, which states what
    it is about (`Q: … Qwen2.5-7B at 32k context?` / `A: 1.75 GiB`)."""
    out: dict[int, str] = {}
    for n in plan:
        if n < 2 or n > len(lines):
            continue
        prev, line = lines[n - 2], lines[n - 1]
        if not prev.strip() or any(p.match(x.lstrip()) for x in (prev, line) for p in (LIST_ITEM, _HEADING, _TABLE_ROW)):
            continue
        out[n] = prev
    return out


_TABLE_ROW = guarded(r"^\s*\|")


def _after_kv_paragraph(lines: list[str], plan: set[int]) -> frozenset[int]:
    """Lines that can hold a claim and follow, in the same section, a non-blank line about the KV
    cache (`… = 56 KiB per token.` then `At 16k context that is 0.875 GiB.`)."""
    out: set[int] = set()
    last = ""
    for n, line in enumerate(lines, start=1):
        if _HEADING.match(line):
            last = ""
            continue
        if n in plan and _KV_WORDS.search(last):
            out.add(n)
        if line.strip():
            last = line
    return frozenset(out)


_HEADING = guarded(r"^#{1,6}\s")
_KV_WORDS = guarded(r"(?i)\bKV\b|kv[- ]?cache|\bcache\b|кэш|кеш")


_STATED_CONTEXT = guarded(
    r"(?i)(?<![\w.,])(?P<n>\d{3,7}|\d{1,3}(?:[,\u00a0\u202f ]\d{3})+|\d{1,3}\s?[kKкК])"
    r"[\s-]*(?:tokens?\s+(?:of\s+)?)?(?:context|контекст)\w*"
    r"|(?:context|контекст\w*)(?:\s+(?:length|window|of|длиной|len|в))?\s*[=:]?\s*"
    r"(?P<n2>\d{1,3}\s?[kKкК](?!\w)|\d{3,7}(?![\d.,]\d)|\d{1,3}(?:[,\u00a0\u202f ]\d{3})+)"
)  # `контекст 128k`: the k form first, so that 128k is never read as 128 tokens


def _context_value(text: str) -> float:
    digits = re.sub(r"\D", "", text)
    return float(digits) * (1024 if re.search(r"[kKкК]", text) else 1)


def _section_contexts(lines: list[str], plan: set[int]) -> dict[int, float]:
    """For each line that can hold a claim: the context length its section stated on a line above
    (`Config: 80 layers, 8 KV heads, 4096 context`), when the section stated exactly one — what a
    KV cache total later in the section is for when its own line names none."""
    out: dict[int, float] = {}
    seen: set[float] = set()
    for n, line in enumerate(lines, start=1):
        if _HEADING.match(line):
            seen = set()
            continue
        if n in plan and len(seen) == 1:
            out[n] = next(iter(seen))
        if any(c.isdigit() for c in line):
            for m in _STATED_CONTEXT.finditer(line):
                seen.add(_context_value(m.group("n") or m.group("n2")))
    return out


def _section_models(lines: list[str], plan: set[int]) -> dict[int, ModelMention]:
    """For each line that can hold a claim: the one catalogued model its section has named so far
    (heading or lines above it), when it has named exactly one — the subject of a line that names
    none (`При контексте 4096 и батче 4 это … ГиБ` under a paragraph about one model)."""
    out: dict[int, ModelMention] = {}
    named: dict[str, ModelMention] = {}
    for n, line in enumerate(lines, start=1):
        if _HEADING.match(line):
            named = {}
        if n in plan and len(named) == 1:
            out[n] = replace(next(iter(named.values())), start=-1, end=-1)
        if ("[" in line or any(c.isdigit() for c in line)) and not ASIDE.search(line):  # a model compared with is no subject
            for m in find_mentions(line):
                if m.config is not None:
                    named.setdefault(m.config.name, m)
    return out


# a subsection heading that is a model's size and little else (`## The 14B`, `### 72B:`, `## Старшая 27B`)
_SIZE_HEADING = guarded(r"(?i)#{2,6}\s+(?:[^\W\d]+\s+){0,2}\d+(?:x\d+)?[bm]\s*[:.)]?(?:\s+[^\W\d]+){0,2}\s*")


def _sections(
    lines: list[str],
    plan: set[int],
    about: Sequence[ModelMention] = (),
    roles: Mapping[int, Mapping[str, ModelMention]] | None = None,
) -> tuple[dict[int, ModelMention], frozenset[int], dict[int, DtypeMention]]:
    """For each line that can hold a claim: the one sized model its section's heading names,
    whether the heading is about the KV cache (`## KV cache`, `## Llama-3-8B (32 layers, …)`), and the one plain storage
    type such a heading names (`## fp8 KV cache`, `## KV-кэш в fp8`: the cache's type in its section)."""
    models: dict[int, ModelMention] = {}
    kv: set[int] = set()
    kv_types: dict[int, DtypeMention] = {}
    model: ModelMention | None = None
    about_kv = False
    kv_type: DtypeMention | None = None
    stack: list[tuple[int, ModelMention | None]] = []  # (level, model) of the headings above
    for n, line in enumerate(lines, start=1):
        if _HEADING.match(line):
            level = len(line) - len(line.lstrip("#"))
            while stack and stack[-1][0] >= level:
                stack.pop()
            named = {m.text: m for m in find_mentions(line) if m.sized}
            bare = _BARE_SIZE.search(line)  # '## 405B in FP8' names a size of its own
            own = replace(next(iter(named.values())), start=-1, end=-1) if len(named) == 1 else None
            if (
                own is None
                and not named
                and bare
                and level > 1
                and (_SIZE_HEADING.fullmatch(line) or len(_BARE_SIZE.findall(line)) == 1)
            ):
                # `## The 14B` in a note on Qwen2.5-7B…72B: Qwen2.5-14B; `## 4. Large tier: 70B on 4 cards, TP=4`: the one
                # size the heading names, when the note is about one model of it
                own = model_of_size(about, bare.group(0))
            if own is None and not named and not bare and roles and n in roles and level > 1 and len(line.split()) <= 5:
                # `## Старшая`, `### The teacher`: a short subheading naming a role bound above is about that role's model
                by_role = {m.config.name: m for m in role_mentions(line, roles[n]) if m.config is not None}
                if len(by_role) == 1:
                    own = replace(next(iter(by_role.values())), start=-1, end=-1)
                    named = {own.text: own}
            # a subsection naming no model (and no size) is about its parent heading's model
            model = own if named or bare else (stack[-1][1] if stack else None)
            stack.append((level, None if (named and len(named) != 1) else model))
            about_kv = bool(_KV_WORDS.search(line))
            types = {d.name: d for d in find_dtypes(line) if not d.gguf} if about_kv else {}
            kv_type = replace(next(iter(types.values())), start=-1, end=-1) if len(types) == 1 else None
        elif n in plan:
            if model is not None:
                models[n] = model
            if about_kv:
                kv.add(n)
            if kv_type is not None:
                kv_types[n] = kv_type
    return models, frozenset(kv), kv_types


_RATE = guarded(r"/\s*[sс]\b|per second|tok")
_BARE_SIZE = guarded(r"(?i)(?<![\w.-])\d+(?:x\d+)?[bm](?![\w.-])")


def _section_bandwidths(lines: list[str], plan: set[int]) -> dict[int, Quantity]:
    """For each line that states a rate: the memory bandwidth stated last before it in its section
    or in a section above it (a sibling section's, of other hardware, is not inherited)."""
    out: dict[int, Quantity] = {}
    stack: list[tuple[int, Quantity | None]] = [(0, None)]
    # the front matter's properties are a set, not a sequence: of several bandwidths there (`gpu: H100 …, 3.35 TB/s`
    # beside `alt_gpu: L4 …, 300 GB/s`) the note has the fastest only as a bound (a rate above it is wrong)
    front_end = next((i for i in range(1, min(len(lines), 2000)) if lines[i].strip() == "---"), 0) if lines[:1] == ["---"] else 0
    front: list[Quantity] = []
    for n, line in enumerate(lines, start=1):
        if n == front_end + 1 and len(distinct := {round(q.value, -9) for q in front}) > 1:
            fastest = max(front, key=lambda q: q.value)
            shown = f"{fastest.text} (the fastest of the {len(distinct)} the front matter states)"
            stack[0] = (0, replace(fastest, text=shown, bound="<"))
        heading = _HEADING.match(line) if n > front_end else None
        if heading:
            level = len(line) - len(line.lstrip("#"))
            while len(stack) > 1 and stack[-1][0] >= level:
                stack.pop()
            stack.append((level, None))
            continue
        if n not in plan or not _RATE.search(line):
            continue
        known = next((q for _, q in reversed(stack) if q is not None), None)
        if known is not None:
            out[n] = known
        found = [
            q
            for q in _quantities(_mask(line))
            if q.kind == "bandwidth" and not _STORAGE_RATE.search(line, max(0, q.start - 40), q.start)
        ]
        # (`**Запрос 7.** «… NVMe 4 × 7 ГБ/с …»` / `**Ответ.** 28 ГБ/с — это 224 Гбит/с`: the answer's rate is the storage's
        # the line above names, when the line names no memory of its own)
        above = next((lines[k] for k in (n - 2, n - 3) if k >= 0 and lines[k].strip()), "")
        if found and _STORAGE_RATE.search(above) and not _MEMORY_RATE_WORDS.search(line):
            found = []
        if found:
            stack[-1] = (stack[-1][0], found[-1])
            if n <= front_end:
                front.extend(found)
    return out


# a rate of storage or a network before a figure (`nvme_read: 3 ГБ/с`, `NFS link 10 Gbit/s`): no memory bandwidth
_MEMORY_RATE_WORDS = guarded(r"(?i)\bmemory\b|\bHBM\w*|\bVRAM\b|\bGDDR\w*|памят\w*|ПСП")
_STORAGE_RATE = guarded(
    r"(?i)nvme|\bssd|\bdisk|\bnfs\b|\bs3\b|network|ethernet|infiniband|\bpcie|\bnvlink|\blink\b|_link|download"
    r"|диск\w*|сет(?:ь|и|евой)\b|скачиван\w*"
)


# a front-matter key naming the model the note is about besides the keys the key reader knows (`keys._MODEL_KEYS`:
# `hf_repo:`, `model_name:`, …): `model_under_test:`, `target_model:`; one naming a helper model (`draft_model:`,
# `teacher:`) is a role's, not the note's
_MODEL_PROPERTY = guarded(r"(?i)^(?:(?:target|main|base|tested)_model|model_(?:under_test|tested|card))$")


def _title_model(properties: Mapping[str, Any] | None, lines: list[str]) -> ModelMention | None:
    """The one catalogued model a note's title names (its `title` property, else its first heading), as the note's
    model (`Служебная записка: перевод ассистента на Mistral-Nemo-12B`) when its text names several: the last resort
    for a sentence's subject, whose errors are only readings unless their size is the telltale of a slip."""
    title = (properties or {}).get("title")
    if not isinstance(title, str):
        title = next((line for line in lines if line.startswith("# ")), "")
    found = [m for m in find_mentions(title[:300]) if m.config is not None and m.sized]
    if len({m.config.name for m in found if m.config is not None}) != 1:
        return None
    return replace(found[0], text=f"{found[0].text} {NOTE_MODEL_MARK}", start=-2, end=-2)


def _properties_model(properties: Mapping[str, Any] | None) -> ModelMention | None:
    """The model a note is about, from its front matter (`model: org/Name`, `base_model: …`, `model_under_test:` /
    `  repo: …`)."""
    props = properties or {}
    first = ("model", "base_model", "model_id", "модель")
    known = set(_MODEL_KEYS) - set(first)  # (`hf_repo`, `model_name`, …, in any case)
    keys = [*first, *sorted(k for k in props if isinstance(k, str) and (k.lower() in known or _MODEL_PROPERTY.match(k)))]
    for key in keys:
        value = props.get(key)
        if isinstance(value, Mapping):  # `model:` / `  name: meta-llama/Llama-3.1-8B-Instruct`
            value = next((value.get(k) for k in ("name", "id", "repo", "hf", "model") if isinstance(value.get(k), str)), None)
        if isinstance(value, str):
            found = find_mentions(value)
            if len(found) == 1 and found[0].sized:
                return replace(found[0], start=-1, end=-1)
    return None


def _resolve(found: list[Found], claims: list[Claim]) -> list[Claim]:
    facts = tuple(f for x in found for f in x.facts)
    pending: list[Pending] = sorted((x.pending for x in found if x.pending is not None), key=lambda p: (p.line, p.column))
    out = list(claims)
    for p in pending:
        c = p.resolve(facts, out)
        if c is not None:
            out.append(c)
    return _share_conflict_keys(out, facts)


def _share_conflict_keys(claims: list[Claim], facts: tuple[Fact, ...]) -> list[Claim]:
    """A code size found inconsistent shares its key with the claim stating the earlier figure,
    so that inconsistent-claims (VK403) reports the pair."""
    for c in [c for c in claims if c.shape == "code-size" and c.key]:
        _, line, text = c.key.split(":", 2)
        base = next((f for f in facts if f.kind == "code-size" and f.line == int(line) and f.text == text), None)
        for i, other in enumerate(claims):
            if (
                base
                and other.line == base.line
                and not other.key
                and other.shape in ("code-size", "external-size", "restatement")
                and other.column - 1 <= base.column < other.column - 1 + len(other.span)
            ):
                claims[i] = replace(other, key=c.key, value=base.lo if base.lo else base.hi)
                break
    return claims


# the spaces typography puts between digit groups (`32 768` with a thin or a figure space), read as the narrow
# no-break space every number pattern knows
_GROUP_SPACES = str.maketrans({"\u2009": "\u202f", "\u2007": "\u202f", "\u200a": "\u202f"})
# Obsidian's highlight (`==8 KiB== per token`): its marks are formatting, not equals signs (not `pkg==1.2`, not `a == b`)
_HIGHLIGHT = guarded(r"(?<![=\w])==(?=[^\s=`])([^=`\n]{1,300}?)(?<=[^\s=`])==(?![=\w])")


def _unhighlighted(text: str, code_ranges: Sequence[tuple[int, int]]) -> str:
    """`text` with the highlight marks of its prose lines blanked (same length: columns stay)."""
    if "==" not in text:
        return text
    code = {i for a, b in code_ranges for i in range(a, b + 1)}
    lines = text.split("\n")
    for i, line in enumerate(lines):
        if "==" in line and i + 1 not in code:
            lines[i] = _HIGHLIGHT.sub(lambda m: f"  {m.group(1)}  ", line)
    return "\n".join(lines)


def extract_claims(
    text: str,
    *,
    properties: Mapping[str, Any] | None = None,
    code_ranges: Sequence[tuple[int, int]] = (),
    lang: str | None = None,
) -> tuple[Claim, ...]:
    """Every numeric sizing claim of a note (`text` is the whole file; lines are file lines)."""
    use_note_models(configs_in_properties(properties) if properties else {})  # models the front matter configures
    written = text
    text = text.translate(_GROUP_SPACES)  # one character for one: columns stay
    text = _unhighlighted(text, code_ranges)
    text, code_ranges, remap = delimited_tables(text, code_ranges)
    text, keys_remap = readable_keys(text)
    code = {i for a, b in code_ranges for i in range(a, b + 1)}
    text, answers_remap = readable_answers(text, sorted(code))
    text, rows_remap = readable_answer_rows(text, sorted(code))
    lines = text.split("\n")
    blocks = [(a, b) for a, b in code_ranges if lines[a - 1].lstrip(" >").startswith(("```", "~~~"))]
    for a, b in python_runs(lines, code):
        blocks.append((a - 1, b + 1))  # as if fenced: the block is lines a..b
        code.update(range(a, b + 1))
    plan = line_plan(text)
    plan.update(n for n, _ in _column_units(lines))  # rows whose unit is in the header
    plan.update(_budget_rows(lines))  # rows of parameters and token budgets, the rate in the header
    facts = _note_facts(lines, plan, properties, blocks)
    found: list[Found] = []
    for unit in _units(lines, code, plan):
        found.extend(_unit_found(unit, facts))
    in_blocks = [
        _at_column(f, column) for unit, column in _block_units(lines, blocks, code, plan) for f in _unit_found(unit, facts)
    ]
    claims = [f.claim for f in found if f.claim is not None]
    read_as_code: set[int] = set()
    for a, b in sorted(blocks):
        from_code = _query_heads_in_code(code_claims(lines, a, b), lines, a, b, facts)
        read_as_code.update(c.line for c in from_code)
        claims.extend(from_code)
    # a printout's or a configuration's line the code reader judged (a tool's log, a comment on a printed value) is its
    kept = [f for f in in_blocks if f.claim is None or f.claim.line not in read_as_code]
    found.extend(kept)
    claims.extend(f.claim for f in kept if f.claim is not None)
    claims = remap(keys_remap(answers_remap(rows_remap(_resolve(found, claims)))))
    claims = _unread_inputs(claims)
    claims = _one_claim_a_bracketed_figure(claims)
    claims = _with_overhead_rule(claims, lines)
    claims = _said_of_another_type(claims, lines)
    if written != text:
        claims = _as_written(claims, written)
    claims = twin_units(claims, written.split("\n"))
    claims.sort(key=lambda c: (c.line, c.column))
    return tuple(claims)


# `kv = 2 * 80 * 64 * 128 * 2  # 2,5 МиБ на токен`: a cache per token multiplied out in code from literal factors
# (a name of at most 41 characters that says what it holds: `kv`, `kv_tok`, `cache_per_token`)
_CODE_ASSIGN = guarded(r"^\s*(?P<name>[A-Za-z_]\w{0,40})\s*=(?!=)")
_CODE_PRODUCT = guarded(r"\s*(?P<f>\d{1,6}(?:\s*\*\s*\d{1,6}(?:\.\d+)?){4})\s*(?:#|$)")
_CACHE_NAME = guarded(r"(?i)kv|cache")
_CODE_NAME = guarded(r"[A-Za-z_]\w*")
# code proportional to what it names: names, numbers, products, quotients, brackets, an assignment and `print`
_PROPORTIONAL_CODE = guarded(r"[\w\s.()*/=]*")


def _query_heads_in_code(claims: list[Claim], lines: list[str], a: int, b: int, facts: NoteFacts) -> list[Claim]:
    """A code block's (lines a..b) cache per token multiplied out with a model's query heads where its grouped-query
    attention keeps fewer KV heads (`kv = 2 * 80 * 64 * 128 * 2  # 2,5 МиБ на токен` in a note about Llama-3-70B): the
    product is right and the cache too large, judged as the cache with the KV heads; so is a figure the block computes
    from it by products, or by quotients with it above the line (`print(kv * 8192 * 16 / 2**30)  # 320`), until the name is
    assigned anew. The model is the one of the note's models whose layers, query heads and head dimension the factors are."""
    if not claims:
        return claims
    slipped: dict[str, tuple[ModelConfig, str]] = {}
    at: dict[int, tuple[ModelConfig, str]] = {}  # by line: the slip a figure of that line carries
    for n in range(a + 1, min(b, len(lines) + 1)):
        line = lines[n - 1][:2000]
        code = line.split("#", 1)[0]
        assign = _CODE_ASSIGN.match(code)
        rhs = code[assign.end() :] if assign is not None else code
        if slipped and len(code) <= 200 and _PROPORTIONAL_CODE.fullmatch(code):
            names = [w for w in _CODE_NAME.findall(rhs) if w in slipped]
            if names and "/" not in rhs[: rhs.find(names[0])]:  # (with the cache above the line of any quotient)
                at[n] = slipped[names[0]]
        if assign is None:
            continue
        name = assign.group("name")
        if n not in at:
            slipped.pop(name, None)  # a name assigned anew, not from itself, is no longer the product
        product = _CODE_PRODUCT.match(line, assign.end())
        if product is None or not _CACHE_NAME.search(name):
            continue
        factors = [float(x) for x in re.split(r"\s*\*\s*", product.group("f"))]
        fits = {
            x.config.name: x
            for x in facts.note_models
            if x.config is not None
            and x.config.kv_heads < x.config.heads
            and not x.config.kv_lora_rank
            and sorted(factors[:4]) == sorted([2.0, x.config.layers, x.config.heads, x.config.head_dim])
            and factors[4] in (0.5, 1.0, 2.0, 4.0)
        }
        if len(fits) == 1:
            model = next(iter(fits.values()))
            assert model.config is not None
            slipped[name] = at[n] = (model.config, model.text)
    out: list[Claim] = []
    for c in claims:
        if c.line not in at or not c.verdict.holds or not c.stated:
            out.append(c)
            continue
        cfg, text = at[c.line]
        ratio = cfg.kv_heads / cfg.heads
        said = find_quantities(c.stated)
        right = ""
        if said:
            right = fmt(said[0].value * ratio, said[0].scale) if said[0].kind == "bytes" else f"{said[0].printed * ratio:,.4g}"
        slip = (
            f"{text}: the product counts its {cfg.heads} query heads, not its {cfg.kv_heads} KV heads: × {cfg.kv_heads}/"
            f"{cfg.heads} = {right}"
        )
        out.append(replace(c, verdict=Verdict.WRONG, explanation=f"{slip}; {c.explanation}"))
    return out


# a rule of thumb the note states for memory: the weights plus a share on top (`VRAM = parameters × bytes per parameter,
# plus 20 % overhead`, `+ 20 % на накладные расходы`, `× 1.2 for overhead`)
_OVERHEAD_RULE = guarded(
    r"(?i)(?:\bplus|\+|\badd(?:ing)?)\s*(?P<a>\d{1,2})\s*%\s*(?:for\s+|of\s+)?(?:\w+\s+)?(?:overhead|headroom)\b"
    r"|[×x*]\s*1[.,](?P<b>\d{1,2})\b[^.\n]{0,30}?\b(?:overhead|headroom)\b"
    r"|(?:плюс|\+)\s*(?P<c>\d{1,2})\s*%\s*(?:на\s+)?(?:накладн\w*|запас\w*|оверхед\w*)"
    r"|(?:накладн\w*\s+расход\w*|оверхед\w*)\s*[—–:-]?\s*(?:\+\s*)?(?P<d>\d{1,2})\s*%"
)
_WEIGHTS_COMPUTED = guarded(r"bytes \([^)]*\) = (?P<v>[\d,]+(?:\.\d+)?) (?P<u>[KMGT]i?B)\b")


def _with_overhead_rule(claims: list[Claim], lines: list[str]) -> list[Claim]:
    """A note that states its rule of thumb (weights plus N % overhead) judges the sizes after it by that rule too: a
    weights figure that is the weights plus that share holds as what the rule gives; one that is neither says what the
    rule would give. The first such rule in the note, for the lines below it."""
    rule = next(((n, m) for n, line in enumerate(lines, 1) if (m := _OVERHEAD_RULE.search(line))), None)
    if rule is None:
        return claims
    at, m = rule
    share = float(next(g for g in m.groups() if g)) / (10 if m.group("b") and len(m.group("b")) == 1 else 100)
    out: list[Claim] = []
    for c in claims:
        computed = _WEIGHTS_COMPUTED.search(c.explanation) if c.shape == "weights" and c.line > at else None
        if computed is None or c.value is None or c.verdict not in (Verdict.WRONG, Verdict.UNIT_CONFUSION):
            out.append(c)
            continue
        scale = classify_unit(computed.group("u"))[1]
        ruled = float(computed.group("v").replace(",", "")) * scale * (1 + share)
        shown = f"{ruled / scale:,.4g} {computed.group('u')}"
        why = f"{c.explanation}; with the note's rule of {share:.0%} overhead on top (line {at}): {shown}"
        if abs(c.value - ruled) <= 0.015 * ruled:
            plain = c.explanation.split(": does not match")[0].split(": the figure is")[0]
            why = f"{plain}; with the note's rule of {share:.0%} overhead on top (line {at}): {shown}: holds by that rule"
            out.append(replace(c, verdict=Verdict.HOLDS_APPROX, explanation=why))
        else:
            out.append(replace(c, explanation=why))
    return out


# right after a figure, its clause saying which storage type it is of: `254 tok/s is the fp8 number`, `31 tok/s is what
# fp32 would give`, `12.9 GB is the fp8 size`, `28 ГБ — это цифра для fp8`, `14 ГБ — это для int8` (no figure between)
_TYPE_SAID_AFTER = guarded(
    r"(?i)[^\S\n]*(?:is|are|was|would\s+be|[—–-]?[^\S\n]*это|[—–=])[^\S\n]+(?:(?:the|an?|what|just|only|exactly|цифра|число"
    r"|значение|оценка|размер|для|в)[^\S\n]+){0,3}(?P<t>[^\s,;.!?)]{2,12})(?:[^\S\n]+(?:number|figure|value|size|one|estimate"
    r"|ceiling|bound|would\s+give|gives|would\s+be|version|build))?"
)


def _said_of_another_type(claims: list[Claim], lines: list[str]) -> list[Claim]:
    """An error whose own clause says, right after the figure, that it is another storage type's (`254 tok/s is the fp8
    number` beside bf16 weights, `31 tok/s is what fp32 would give`) is that type's figure, which the recomputation did
    not use: unverifiable, never an error against the sentence's other type. A figure its own clause gives a type before
    it (`int4: 9,24 ГБ — это int8`) is that type's claim, and the words after it a correction: it stays wrong."""
    out: list[Claim] = []
    for c in claims:
        if c.verdict is not Verdict.WRONG or not c.stated or c.line > len(lines):
            out.append(c)
            continue
        line = lines[c.line - 1]
        at = line.find(c.stated, max(0, c.column - 1))
        m = _TYPE_SAID_AFTER.match(line, at + len(c.stated)) if at >= 0 else None
        said = find_dtypes(m.group("t")) if m is not None else []
        used = {d.name for d in find_dtypes(c.explanation)}
        own = re.split(r"[;.!?]", line[max(0, at - 40) : max(0, at)])[-1]  # the figure's clause before it
        if len(said) != 1 or said[0].name in used or find_dtypes(own):
            # (`Gemma-2-9B int4: 9,24 ГБ — это int8`: a figure given as its own clause's type, then corrected, is wrong)
            out.append(c)
            continue
        why = f"{c.stated}: the sentence says it is the {said[0].name} figure; the recomputation read another type"
        why += f" ({c.explanation})"
        out.append(replace(c, verdict=Verdict.UNVERIFIABLE, explanation=why))
    return out


def _unread_inputs(claims: list[Claim]) -> list[Claim]:
    """The unread sizes (`shapes/unread.py`) that a claim of their line reads as an input (its explanation quotes the
    figure as written: `140 GB / 2 devices = 70 GB`) say so: the figure was read, as an input, and not judged itself.
    A percent another claim of its line judged (`75 % × 64 GB = 48 GB`) is not judged twice by `percent_pairs`."""
    judged = [c for c in claims if c.shape not in ("unread-size", "percent-pair")]
    if len(judged) == len(claims):
        return claims
    on_line: dict[int, list[str]] = {}
    spans = {(c.line, c.column, c.stated) for c in judged}
    for c in judged:
        for ln in range(c.line, c.end_line + 1):
            on_line.setdefault(ln, []).append(c.explanation)
    out = list(judged)
    for c in claims:
        if c.shape not in ("unread-size", "percent-pair"):
            continue
        if c.shape == "unread-size" and (c.line, c.column, c.stated) in spans:
            continue  # a figure another shape judged where it stands (`405 млрд параметров`, a count it also read)
        said = on_line.get(c.line, ())
        # a bounded look (a line of thousands of claims is not searched once per figure: linear)
        figure = guarded(r"(?<![\w.,])" + re.escape(_HEDGE.sub("", c.stated).strip()) + r"(?![\w.,]\d)")
        quoted = len(said) <= _QUOTES_READ and any(figure.search(e) for e in said)
        if quoted and (c.shape == "percent-pair" or c.explanation.endswith(UNTIED_COUNT)):
            continue  # (a parameter count read as another claim's input is that claim's: not reported again)
        if quoted:
            c = replace(c, explanation=f"{c.stated}: an input of another claim of its line, not judged on its own")
        out.append(c)
    return out


_QUOTES_READ = 16  # the claims of a line whose explanations are searched for an unread figure, at most


def _one_claim_a_bracketed_figure(claims: list[Claim]) -> list[Claim]:
    """A figure a bracketed product computes (`16.06 GB (8.03B × 2 bytes)`) that its kind's check also judged is one
    claim: the kind's error where it finds one (a product can hold while the figure is not the model's), else the
    product's verdict where the kind's check holds or could not judge it."""
    products = [c for c in claims if c.shape == BRACKETED]
    if not products:
        return claims
    by_figure: dict[tuple[int, str], list[Claim]] = {}
    for c in claims:
        if c.shape != BRACKETED:
            by_figure.setdefault((c.line, c.stated), []).append(c)
    drop: set[int] = set()
    for b in products:
        same = by_figure.get((b.line, b.stated), [])
        if any(c.verdict in _ERRORS or c.verdict.holds for c in same):
            drop.add(id(b))  # the kind's check said it: one claim
        else:
            drop.update(id(c) for c in same)  # the product judges what the kind's check could not
    return [c for c in claims if id(c) not in drop]
_HEDGE = guarded(r"(?i)^(?:about|around|roughly|approx\.?|~|≈|около|примерно|порядка)\s*")


def _as_written(claims: list[Claim], written: str) -> list[Claim]:
    """The claims' figures with the group spaces the note writes (`327 680` with its thin space), not those read."""
    lines = written.split("\n")
    out = []
    read_lines: dict[int, str] = {}
    for c in claims:
        line = lines[c.line - 1] if 0 < c.line <= len(lines) else ""
        read = read_lines.get(c.line)
        if read is None:
            read = read_lines[c.line] = line.translate(_GROUP_SPACES)

        def as_written(value: str, line: str = line, read: str = read) -> str:
            at = read.find(value) if "\u202f" in value else -1
            return line[at : at + len(value)] if at >= 0 else value

        out.append(replace(c, span=as_written(c.span), stated=as_written(c.stated)))
    return out
