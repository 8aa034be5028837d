"""The records the claim shapes work on: a sentence with its figures, models and dtypes, the
note-wide facts gathered before the shapes run, and what a shape finds.

Each shape is a function `(Sentence, NoteFacts) -> list[Found]`. Shapes run in a fixed order
over every sentence; the figures one shape uses are not offered to the next. A claim that needs
what the whole note states (a ratio restated before it is computed, a multiplier range stated
elsewhere, a code size stated earlier) is returned as a `Pending` and judged once the note is read.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field
from functools import lru_cache
from itertools import accumulate, pairwise
from typing import Any, Literal, TypeVar

from vaultkit.claims.catalog import ModelMention
from vaultkit.claims.dtypes import DtypeMention, nearest
from vaultkit.claims.fastre import guarded
from vaultkit.claims.model import Claim, Verdict
from vaultkit.claims.quantities import Quantity, find_quantities

T = TypeVar("T")

Source = Literal["prose", "latex", "code", "table"]


@dataclass(frozen=True)
class Unit:
    """A stretch of text checked as one: a line, or consecutive display-math lines joined.
    `text` is what the note says (LaTeX flattened); `masked` the same with never-a-claim numbers blanked."""

    text: str
    masked: str
    line: int
    end_line: int
    source: Source
    # where the line's own text starts in `text`: a line of a hard-wrapped paragraph is read with the end of the
    # sentence the line above began (and the start of the one it leaves open), which are other lines' claims
    own_start: int = 0
    own_end: int = -1
    answer: bool = False  # the line answers the question read before it (`Phi-4 в int4?` / `?` / `Ответ: 7,35 ГБ.`)

    def owns(self, start: int) -> bool:
        """Whether position `start` of `text` is on the unit's own line (not the context read around it)."""
        return self.own_start <= start and (self.own_end < 0 or start < self.own_end)


# What a sentence looks up in the text before it on its line (the last figure, model, dtype or
# match of some kind said earlier) is read once per line and then found by bisection: a line of
# thousands of sentences (a CR-only file is one line) stays linear.


def _end(x: Any) -> int:
    return x.end() if isinstance(x, re.Match) else int(x.end)


def unspaced(n: str) -> str:
    """A count as written, lower case, its thousands separators dropped (`1,024`, `16 384`, `16\u202f384`): the digits
    of a device count every shape reads the same way (a count in words stays its word)."""
    return "".join(ch for ch in n.lower() if not (ch == "," or ch.isspace()))


def _start(x: Any) -> int:
    return x.start() if isinstance(x, re.Match) else int(x.start)


@lru_cache(maxsize=64)
def _indexed(find: Callable[..., Sequence[Any]], *texts: str) -> tuple[tuple[Any, ...], list[int], list[int]]:
    items = tuple(find(*texts))
    return items, [_start(x) for x in items], [_end(x) for x in items]


def last_before(find: Callable[..., Sequence[T]], end: int, *texts: str) -> T | None:
    """The last of `find(*texts)` (a line's figures, models, dtypes or matches of some kind, in
    order) that ends by `end`: the line is read once, each sentence bisects."""
    items, _, ends = _indexed(find, *texts)
    i = bisect_right(ends, end)
    return items[i - 1] if i else None


def first_before(find: Callable[..., Sequence[T]], end: int, *texts: str) -> T | None:
    """The first of `find(*texts)` when it ends by `end`."""
    items, _, ends = _indexed(find, *texts)
    return items[0] if items and ends[0] <= end else None


def starting_in(find: Callable[..., Sequence[T]], a: int, b: int, *texts: str) -> list[T]:
    """Those of `find(*texts)` that start in [a, b)."""
    items, starts, _ = _indexed(find, *texts)
    return list(items[bisect_left(starts, a) : bisect_left(starts, b)])


def single_sizes(text: str) -> list[Quantity]:
    """The sizes of a line that are no range (with `starting_in`, read once per line by every shape that asks)."""
    return [q for q in find_quantities(text) if q.kind == "bytes" and q.hi is None]


@lru_cache(maxsize=8)
def _newlines(text: str) -> list[int]:
    return [i for i, c in enumerate(text) if c == "\n"] if "\n" in text else []


def line_start(text: str, pos: int) -> int:
    """`max(0, text.rfind("\n", 0, pos))`, by bisection over the text's newlines."""
    nl = _newlines(text)
    i = bisect_left(nl, pos)
    return nl[i - 1] if i > 0 else 0


_STARTS: dict[int, tuple[tuple[DtypeMention, ...], list[int]]] = {}


def in_range(items: tuple[DtypeMention, ...], a: int, b: int) -> list[DtypeMention]:
    """The mentions (sorted by start) that start in [a, b), by bisection; the starts of a line's
    mentions are listed once for all its sentences."""
    known = _STARTS.get(id(items))
    if known is None or known[0] is not items:
        if len(_STARTS) > 64:
            _STARTS.clear()
        known = _STARTS[id(items)] = (items, [d.start for d in items])
    starts = known[1]
    return list(items[bisect_left(starts, a) : bisect_left(starts, b)])


def cell_bounds(text: str, start: int, end: int) -> tuple[int, int]:
    """The table cell holding [start, end) of a row's text: from past the `|` before it to the `|` after it (or the
    line's end)."""
    hi = text.find("|", end)
    return text.rfind("|", 0, start) + 1, len(text) if hi < 0 else hi


# The words between a figure and a storage type said of it right after it: `7.6 GB in fp8`, `16 GB (bf16 weights)`,
# `3,12 ГБ в fp16`, `14 GB of weights in bf16`.
OWN_TYPE_AFTER = guarded(
    r"(?i)\s*(?:\(\s*)?(?:(?:(?:when|if|once)\s+)?(?:stored|kept|held|saved|cast)\s+|(?:при\s+хранении|если\s+хранить)\s+)?"
    r"(?:(?:of|in|at|as|в|во)\s+)?(?:(?:весов|weights?)\s+(?:(?:in|в)\s+)?)?"
)


def type_right_after(dtypes: tuple[DtypeMention, ...], masked: str, end: int, limit: int) -> DtypeMention | None:
    """The storage type said right after a figure that ends at `end` (the first type before `limit`, with only
    `OWN_TYPE_AFTER`'s words between them), else None."""
    after = in_range(dtypes, end, limit)
    if after and OWN_TYPE_AFTER.fullmatch(masked, end, after[0].start):
        return after[0]
    return None


@dataclass(frozen=True)
class Sentence:
    unit: Unit
    start: int
    end: int
    quantities: tuple[Quantity, ...]  # the figures not yet used by an earlier shape
    models: tuple[ModelMention, ...]
    dtypes: tuple[DtypeMention, ...]

    @property
    def text(self) -> str:
        return self.unit.text[self.start : self.end]

    def without(self, spans: tuple[tuple[int, int], ...]) -> Sentence:
        """The sentence less the figures that start or end inside one of `spans` (log time per
        figure: a line of thousands of figures stays linear)."""
        ordered = sorted(spans)
        starts = [a for a, _ in ordered]
        reach = list(accumulate((b for _, b in ordered), max))  # the furthest end of the spans so far

        def used(q: Quantity) -> bool:
            i = bisect_right(starts, q.start)  # spans with a <= q.start: one ends after q.start
            j = bisect_left(starts, q.end)  # spans with a < q.end: one ends at q.end or later
            return (i > 0 and reach[i - 1] > q.start) or (j > 0 and reach[j - 1] >= q.end)

        free = tuple(q for q in self.quantities if not used(q)) if spans else self.quantities
        return Sentence(self.unit, self.start, self.end, free, self.models, self.dtypes)


# a tensor-parallel degree: `TP 4`, `TP=8`, `tensor parallel 4`, `tensor-parallelism of 2`, `4-way tensor parallel`
TENSOR_PARALLEL = guarded(
    r"(?i)\b(?:TP|tensor[-_ ]parallel(?:ism)?(?:[-_ ](?:size|degree)(?=\s*[=:]|\s+\d))?)"
    r"(?:\s*(?:=|:|of|size|degree)\s*|\s+|(?=\d))(?P<n>\d{1,2})\b"
    r"|\b(?P<m>\d{1,2})[- ]way\s+tensor"
)

# a training recipe in bytes per parameter (`16 bytes per parameter`, `18 байт на параметр`, `12 B/param`)
RECIPE = guarded(
    r"(?i)(?<![\d.,])(\d+(?:[.,]\d+)?)[\s-]*(?:bytes?|байт\w*)\s*(?:/\s*|per\s+|на\s+|each\b|каждый\b)(?:param\w*|параметр\w*)?"
)

# a ZeRO stage's bytes worked out per device (`ZeRO-2: 2 + 14/8 = 3,75 байта на параметр`): one device's share, the
# recipe of no other line
# (the division within 120 characters of the stage's name: a line of many `ZeRO` words is read in linear time)
SHARDED_BYTES = guarded(r"(?i)\b(?:ZeRO|FSDP)\b[^\n]{0,120}?\d\s*/\s*(?:\d|N\w*\b|GPU|карт)")


def carried_recipe(line: str, m: re.Match[str]) -> bool:
    """Whether the recipe match `m` on `line` is one later lines may take (not a ZeRO stage's share per device)."""
    return not SHARDED_BYTES.search(line, 0, m.start())


_CLAUSE_MARKS = ",;()—–"


def marks(chars: str) -> Callable[[str], list[re.Match[str]]]:
    """A finder of the positions of any of `chars` in a line (cached per line by `_indexed`)."""
    find = _MARK_FINDERS.get(chars)
    if find is None:
        find = _MARK_FINDERS[chars] = _mark_finder(chars)
    return find


def _mark_finder(chars: str) -> Callable[[str], list[re.Match[str]]]:
    # a comma between digits is a decimal comma (`7,6 ГБ`) or a thousands separator, not a clause mark
    rest = chars.replace(",", "")
    alts = ["(?:(?<!\\d),|,(?!\\d))"] if "," in chars else []
    if rest:
        alts.append("[" + re.escape(rest) + "]")
    rx = guarded("|".join(alts))

    def find(text: str) -> list[re.Match[str]]:
        return list(rx.finditer(text))

    return find


_MARK_FINDERS: dict[str, Callable[[str], list[re.Match[str]]]] = {}


def mark_bounds(text: str, chars: str, lo: int, start: int, end: int, hi: int) -> tuple[int, int]:
    """The stretch of [lo, hi) around [start, end) between two of `chars` (either side, exclusive),
    by bisection over the line's marks: `max(text.rfind(c, lo, start)) + 1`, `min(text.find(c, end, hi))`."""
    find = marks(chars)
    before = last_before(find, start, text)
    a = before.start() + 1 if before is not None and before.start() >= lo else lo
    after = starting_in(find, end, hi, text)
    return a, after[0].start() if after else hi


def clause_bounds(s: Sentence, start: int, end: int) -> tuple[int, int]:
    """The clause of the sentence around [start, end): between commas, semicolons, brackets, dashes."""
    return mark_bounds(s.unit.masked, _CLAUSE_MARKS, s.start, start, end, s.end)


@lru_cache(maxsize=128)
def line_names(rx: re.Pattern[str], line: str) -> bool:
    """Whether `rx` matches anywhere in a whole line. The units ask this of the line above (or of
    their own line) from every sentence or figure of a long line, so it is read once per line."""
    return rx.search(line) is not None


@lru_cache(maxsize=8)
def _pipes(text: str) -> tuple[int, ...]:
    """Where a line's `|` are, found once per line (a string's hash is kept, so a long row is not rehashed)."""
    return tuple(i for i, c in enumerate(text) if c == "|")


def column_at(text: str, at: int) -> int:
    """The table column of position `at` in a row: the `|` before it (log time per figure)."""
    return bisect_left(_pipes(text), at)


# `4 GB in int4`, `8 ГБ в int8`: the type said right after a figure is its own
# a whole figure written in groups of three digits (`4 194 304`, `1,048,576`, NBSP or narrow spaces between)
GROUPED_DIGITS = guarded(r"^\d{1,3}(?:[,\u00a0\u202f ]\d{3})+$")
_IN_TYPE = guarded(r"(?i)\s+(?:in|as|в|во)\s+$")
# a bracketed pair of figures (`(34.5 GB vs 138 GB)`, `(8 ГБ против 16 ГБ)`) and the comparison right before it
_PAIR_JOIN = guarded(r"(?i)^\s*(?:vs\.?|versus|against|против)\s*$")
_THAN_BEFORE_TYPE = guarded(
    r"(?i)(?:than|чем|vs\.?|versus|против|compared\s+(?:with|to)|по\s+сравнению\s+с)(?:\s+(?:in|as|at|with|в|во|при))?\s+$"
)


def _type_said_after(s: Sentence, q: Quantity, in_sentence: list[DtypeMention]) -> DtypeMention | None:
    d = next((d for d in in_sentence if d.start >= q.end), None)
    if d is None or d.start - q.end > 8 or not _IN_TYPE.match(s.unit.masked[q.end : d.start]):
        return None
    return d


def _paired_type(s: Sentence, q: Quantity, in_sentence: list[DtypeMention]) -> DtypeMention | None:
    """`int4 … 4 times smaller than in bf16 (34.5 GB vs 138 GB)`: the bracketed pair after a
    comparison of two types is said in their order, the first figure the subject type's, the
    second the type compared with."""
    text = s.unit.masked
    lo = text.rfind("(", max(s.start, q.start - 60), q.start)
    hi = text.find(")", q.end, min(s.end, q.end + 60))
    if lo < 0 or hi < 0 or ")" in text[lo : q.start] or "(" in text[q.end : hi]:
        return None
    pair = [x for x in _quantities_in(s.quantities, lo + 1, hi) if x.end <= hi and x.kind == "bytes"]
    if len(pair) != 2 or not any(x is q for x in pair) or not _PAIR_JOIN.match(text[pair[0].end : pair[1].start]):
        return None
    ref = next((d for d in reversed(in_sentence) if d.end <= lo), None)
    if ref is None or text[ref.end : lo].strip():
        return None
    than = _THAN_BEFORE_TYPE.search(text, max(s.start, ref.start - 30), ref.start)
    if than is None:
        return None
    subjects = {d.name: d for d in in_sentence if d.end <= than.start() and d.name != ref.name}
    if len(subjects) != 1:
        return None
    return next(iter(subjects.values())) if q is pair[0] else ref


# between the items of a list (`fp32 and int8`, `29.0 GB and 7.25 GB`, `bf16, fp8 и int4`)
_LIST_JOIN = guarded(r"(?i)^\s*(?:,\s*(?:and\s+|и\s+)?|and|и|or|или|/)\s*$")
# what may stand between a list of types and the list of their figures (`sizes,`, `weights are`, `весят`)
_TO_FIGURES = guarded(r"(?i)^[^\d|;.!?()\[\]]{0,40}$")


def _respective_type(s: Sentence, q: Quantity, in_sentence: list[DtypeMention]) -> DtypeMention | None:
    """`the fp32 and int8 sizes, 29.0 GB and 7.25 GB`, `в bf16 и fp8 — 16 и 8 ГБ`: a list of types, then a list of as
    many sizes, read in turn: each size is the type in its place."""
    before = [d for d in in_sentence if d.end <= q.start]
    if len(before) < 2:
        return None
    text = s.unit.masked
    types = [before[-1]]
    for d in reversed(before[:-1]):
        if not _LIST_JOIN.match(text[d.end : types[0].start]):
            break
        types.insert(0, d)
    if len(types) < 2 or len({d.name for d in types}) < len(types):
        return None
    figures = [x for x in _quantities_in(s.quantities, types[-1].end, s.end) if x.kind == "bytes"][: len(types)]
    if len(figures) != len(types) or not _TO_FIGURES.match(text[types[-1].end : figures[0].start]):
        return None
    if any(not _LIST_JOIN.match(text[a.end : b.start]) for a, b in pairwise(figures)):
        return None
    return next((d for d, x in zip(types, figures, strict=True) if x is q), None)


_Q_STARTS: dict[int, tuple[tuple[Quantity, ...], list[int]]] = {}


def _quantities_in(items: tuple[Quantity, ...], a: int, b: int) -> tuple[Quantity, ...]:
    """The figures (sorted by start) that start in [a, b), by bisection, their starts listed once."""
    known = _Q_STARTS.get(id(items))
    if known is None or known[0] is not items:
        if len(_Q_STARTS) > 64:
            _Q_STARTS.clear()
        known = _Q_STARTS[id(items)] = (items, [q.start for q in items])
    starts = known[1]
    return items[bisect_left(starts, a) : bisect_left(starts, b)]


# Adam named (`Adam`, `AdamW`, `Адам`) and mixed precision (its usual recipe): the words every training reader shares
ADAM_WORD = r"\badam\w*|(?<!\w)адам\w*"
MIXED_PRECISION_WORDS = r"mixed[\s-]+precision|смешанн\w*\s+точност\w*"
# a list item's mark (`- `, `* `, `1. `, `2)`), behind any quote marks: how a note's lines are read as list items
LIST_ITEM = guarded(r"^\s*(?:>\s*)*(?:[-*+]|\d{1,3}[.)])\s")
# a figure said for a model called by its size right after it (`24.7 GB for the 1.5B`, `811.7 GFLOP for the 405B`,
# `для 7B`): the size, group 1; not a count of tokens or parameters (`for 15T tokens`, `for 1.5B parameters`)
FOR_SIZE_AFTER = guarded(
    r"(?i)[ \t]*(?:for|of|для|у)[ \t]+(?:the[ \t]+|a[ \t]+)?(\d+(?:x\d+)?(?:\.\d+)?[bm])(?![\w-]|\.\w)"
    r"(?![ \t]*(?:tokens?|токен\w*|params?|parameters?|параметр\w*))"
)
# a figure said of each of some sequences (`4 full 128K sessions at 63 GiB each`, `12 диалогов по 10 ГиБ`): its `each` is a
# sequence's, not a device's
SEQUENCES_BEFORE = guarded(
    r"(?i)(?:sessions?|sequences?|requests?|users?|chats?|conversations?|dialog(?:ue)?s?|slots?|сесси\w*|диалог\w*"
    r"|запрос\w*|последовательност\w*|пользовател\w*|слот\w*)"
    r"(?:\s+(?:of|at|по|на)\s+\d{1,4}\s?[KkКк])?"  # (`28 users of 8K at 1 GiB each`: each user's, at their context)
    r"\s+(?:at|of|with|по|в|на)\s+(?:~|≈|about\s+|около\s+)?$"
)


@dataclass(frozen=True)
class NoteFacts:
    """What the note states outside the sentence: its properties' dtype, each paragraph's single
    dtype, each table column's dtype (by line and column start), and the width of numeric text
    literals its code blocks hold (for "weights written as text are N× larger")."""

    properties_dtype: DtypeMention | None = None
    paragraph_dtype: Mapping[int, DtypeMention] = field(default_factory=dict)
    column_dtype: Mapping[tuple[int, int], DtypeMention] = field(default_factory=dict)
    literal_ratio: tuple[float, float] | None = None
    properties_model: ModelMention | None = None  # `model: meta-llama/Llama-2-13b-hf` in the front matter
    heading_model: Mapping[int, ModelMention] = field(default_factory=dict)  # by line: the model its section's heading names
    kv_section: frozenset[int] = frozenset()  # lines under a heading about the KV cache
    column_unit: Mapping[tuple[int, int], str] = field(default_factory=dict)
    bandwidth: Mapping[int, Quantity] = field(default_factory=dict)  # by line: the bandwidth its section (or one above) states
    column_header: Mapping[tuple[int, int], str] = field(default_factory=dict)  # by (line, column): the header cell's text
    section_model: Mapping[int, ModelMention] = field(default_factory=dict)  # by line: the one model its section named before it
    after_kv: frozenset[int] = frozenset()  # lines right after a non-blank line about the KV cache (same section)
    lead_in: Mapping[int, str] = field(default_factory=dict)  # by line: the line just above it in its paragraph
    above: Mapping[int, str] = field(default_factory=dict)  # by line: the last line of the paragraph before it
    recipe: Mapping[int, tuple[float, bool]] = field(default_factory=dict)  # by line: bytes/param stated above, training section
    section_context: Mapping[int, float] = field(default_factory=dict)  # by line: the one context length its section stated above
    lines_above: Mapping[int, tuple[str, ...]] = field(
        default_factory=dict
    )  # by line: up to 3 non-blank lines above in its section, nearest first
    list_opener: Mapping[int, str] = field(default_factory=dict)  # by top-level list item: the line opening its list
    tensor_parallel: int = 0  # the one tensor-parallel degree the note states (`tensor parallel 4`, `TP=8`), else 0
    # the one parameter count a note that names no catalogued model states (`our model, 20.4B parameters`)
    declared_params: tuple[float, str] | None = None
    weights_section: frozenset[int] = frozenset()  # lines under a heading about the weights (`## Weights`, `## Веса`)
    ceiling_section: frozenset[int] = frozenset()  # lines under a heading about decoding ceilings
    field_dtype: Mapping[int, DtypeMention] = field(
        default_factory=dict
    )  # by line: the `dtype:: bf16` field above it in its section
    # by line: the lines that set what it is about (no size stated on them), its section's then the sections' above, nearest first
    activation_context: Mapping[int, tuple[str, ...]] = field(default_factory=dict)
    # by line: the models the note bound to roles above it (`Teacher: Llama-3.1-70B`), by role (`roles.py`)
    roles: Mapping[int, Mapping[str, ModelMention]] = field(default_factory=dict)
    # table cells (line, column) of a column that writes decimals with a comma (`| 8,5 | 6,5625 | 2,625 |`)
    decimal_comma_cells: frozenset[tuple[int, int]] = frozenset()
    # the cache's own type for the whole note: `kv_dtype: fp8`, `cache_type_k: q8_0` in the front matter, else the one type
    # its prose says the cache is in throughout (`- KV-кэш в bf16 во всех прогонах`)
    properties_kv_dtype: DtypeMention | None = None
    role_words: bool = False  # the note holds a role stem somewhere (`roles.may_name_roles`)
    # the one catalogued model the whole note names (`sized.note_model`): the last resort for a sentence's subject,
    # whose errors are only readings (a runbook's `model meta-llama/…` in its intro, sizes sections below)
    note_model: ModelMention | None = None
    note_models: tuple[ModelMention, ...] = ()  # the catalogued models the whole note names (`sized.note_models`)
    # the one family the note names without a size (`Qwen2.5 sizes`, `qwen25`), as a stem (`qwen25`), else ""
    note_family: str = ""
    # the context length the front matter states (`context: 32768`, `n_ctx: 8192`), else 0
    properties_context: int = 0
    properties_batch: int = 0  # the batch the front matter states with it (`batch: 8`), else 0
    kv_section_dtype: Mapping[int, DtypeMention] = field(default_factory=dict)  # by line: the type its KV heading names
    # the names the front matter gives its deployments of catalogued models (`services:` / `  chat-70b:` /
    # `    model: meta-llama/Llama-3.1-70B-Instruct`), lower-cased, and a pattern finding them (None: no such name)
    deployments: Mapping[str, ModelMention] = field(default_factory=dict)
    deployment_names: re.Pattern[str] | None = field(default=None, compare=False)
    # a family's word that names one model the note is about (`Nemo` for Mistral-Nemo-12B), capitalised, and a pattern
    family_words: Mapping[str, ModelMention] = field(default_factory=dict)
    family_word_names: re.Pattern[str] | None = field(default=None, compare=False)
    # what `row_cell` read, by (line, row text, header pattern): filled as asked, not part of the facts' value
    row_cells: dict[tuple[int, str, str], float | None] = field(default_factory=dict, compare=False, repr=False)
    # the row's columns counting parameters (column, the count or None, header), by (line, row text): read once a row
    row_counts: dict[tuple[int, str], tuple[tuple[int, float | None, str], ...]] = field(
        default_factory=dict, compare=False, repr=False
    )

    def header_of(self, s: Sentence, q: Quantity) -> str:
        """The header text of the table column a figure sits in ("" outside a table)."""
        if s.unit.source != "table":
            return ""
        return self.column_header.get((s.unit.line, column_at(s.unit.text, q.start)), "")

    def row_cell(self, s: Sentence, header: re.Pattern[str]) -> float | None:
        """The number in the row's cell whose column header matches `header` (`| context |` → 8192), read once per
        row and header (a row of thousands of cells asks once per cell)."""
        if s.unit.source != "table":
            return None
        key = (s.unit.line, s.unit.masked, header.pattern)
        if key not in self.row_cells:
            if len(self.row_cells) > 256:
                self.row_cells.clear()
            self.row_cells[key] = self._row_cell(s, header)
        return self.row_cells[key]

    def _row_cell(self, s: Sentence, header: re.Pattern[str]) -> float | None:
        cells = s.unit.masked.split("|")
        for col, cell in enumerate(cells):
            name = self.column_header.get((s.unit.line, col), "")
            # (`| **16** |`: a bold cell too; `| 0.5 |`: a decimal)
            m = re.match(r"\s*(?:\*\*)?(\d[\d,\u00a0 ]*(?:\.\d+)?)([kKкК](?![\w]))?", cell)
            if name and header.search(name) and m:
                try:
                    value = float(re.sub(r"[,\u00a0 ]", "", m.group(1)))
                except ValueError:
                    return None
                if m.group(2):  # `| 32k |`: thousands of tokens, a context length in powers of two (32,768)
                    value *= 1024 if value in (1, 2, 4, 8, 16, 32, 64, 128, 256, 512, 1024) else 1000
                return value
        return None

    def dtype_for(self, s: Sentence, q: Quantity) -> tuple[DtypeMention | None, str]:
        """The dtype of figure `q` and where it was stated: the sentence (nearest mention), the
        table column, the paragraph, or the note's properties."""
        in_sentence = in_range(s.dtypes, s.start, s.end)
        if s.unit.source == "table":
            # a table cell's figure: a type named in its own cell, else its column header's one type
            # (`| KV bf16, KiB/token |` beside a `| type |` column of fp8), else the row's
            text = s.unit.text
            lo, hi = cell_bounds(text, q.start, q.end)
            own = [d for d in in_sentence if lo <= d.start and d.end <= hi]
            if own:
                return nearest(own, q.start, q.end), "sentence"
            d = self.column_dtype.get((s.unit.line, column_at(text, q.start)))
            if d is not None:
                return d, "table column"
        own_type = _type_said_after(s, q, in_sentence) or _paired_type(s, q, in_sentence) or _respective_type(s, q, in_sentence)
        if own_type is not None:
            return own_type, "sentence"
        a, b = clause_bounds(s, q.start, q.end)
        # (`is not 12.25 GB (that is int8 again) but 6.12 GB`: a type in an aside on another figure is that one's)
        kept = [d for d in in_sentence if not _aside_of_another(s, d, q)]
        here = nearest([d for d in kept if a <= d.start < b], q.start, q.end)
        here = here or nearest([d for d in kept if d.end <= q.start], q.start, q.end) or nearest(kept, q.start, q.end)
        if here is not None:
            return here, "sentence"
        if len(kept) < len(in_sentence):
            return None, ""  # (`8.03 GB (int8), 16.06 GB`: the aside's type is the other figure's, none is this one's)
        if s.unit.source == "table":
            col = column_at(s.unit.text, q.start)
            d = self.column_dtype.get((s.unit.line, col))
            if d is not None:
                return d, "table column"
        d = self.paragraph_dtype.get(s.unit.line)
        if d is not None:
            return d, "paragraph"
        if self.properties_dtype is not None:
            return self.properties_dtype, "properties"
        return None, ""


def _aside_of_another(s: Sentence, d: DtypeMention, q: Quantity) -> bool:
    """Whether type `d` stands in a bracketed aside right after another figure of the sentence, closed before figure
    `q` (`12.25 GB (that is int8 again) but 6.12 GB`): the aside speaks of that figure."""
    text = s.unit.text
    if d.end > q.start:
        return False
    opened = text.rfind("(", max(s.start, d.start - 60), d.start)
    if opened < 0 or ")" in text[opened:d.start]:
        return False
    closed = text.find(")", d.end, q.start)
    if closed < 0:
        return False
    return any(z is not q and 0 <= opened - z.end <= 3 for z in s.quantities)


@dataclass(frozen=True)
class Fact:
    """A figure later claims may refer to: a checked ratio, a stated multiplier range, a code size."""

    kind: Literal["ratio", "range", "code-size"]
    lo: float
    hi: float
    line: int
    text: str = ""
    column: int = 0


@dataclass(frozen=True)
class Pending:
    """A claim judged after the whole note is read: `resolve` gets every fact and every earlier
    pending claim's figure (for code sizes), in note order."""

    line: int
    column: int
    resolve: Callable[[tuple[Fact, ...], list[Claim]], Claim | None]


@dataclass(frozen=True)
class Found:
    claim: Claim | None = None
    used: tuple[tuple[int, int], ...] = ()
    facts: tuple[Fact, ...] = ()
    pending: Pending | None = None


Shape = Callable[[Sentence, NoteFacts], list[Found]]


def make_claim(
    unit: Unit,
    start: int,
    end: int,
    shape: str,
    verdict: Verdict,
    explanation: str,
    *,
    stated: str = "",
    recomputed: str = "",
    repairs: tuple[str, ...] = (),
    key: str = "",
    value: float | None = None,
) -> Claim:
    if unit.own_start or unit.own_end >= 0:  # a claim read with a wrapped line's context starts and ends on its own line
        start = min(max(start, unit.own_start), unit.own_end)
        end = max(min(end, unit.own_end), start)
    return Claim(
        unit.line,
        start + 1 - unit.own_start,
        unit.end_line,
        unit.text[start:end].strip(),
        shape,
        unit.source,
        stated,
        recomputed,
        verdict,
        explanation,
        repairs,
        key,
        value,
    )


def found(claim: Claim, *quantities: Quantity, facts: tuple[Fact, ...] = (), spans: tuple[tuple[int, int], ...] = ()) -> Found:
    return Found(claim, tuple((q.start, q.end) for q in quantities) + spans, facts)


_CONTEXT_KEYS = (
    "context", "context_length", "context_len", "ctx", "n_ctx", "seq_len", "max_seq_len", "sequence_length",
    "max_model_len", "контекст", "длина_контекста",
)


def context_from_properties(properties: Mapping[str, object] | None) -> int:
    """The context length the front matter states (`context: 32768`, `n_ctx: 8192`, `context: 32k`), else 0."""
    if not properties:
        return 0
    for key in _CONTEXT_KEYS:
        value = properties.get(key)
        if isinstance(value, bool):
            continue
        if isinstance(value, int) and 128 <= value <= 10_000_000:
            return value
        if isinstance(value, str) and (m := re.fullmatch(r"\s*(\d{1,4})\s*[kKкК]\s*", value)):
            return int(m.group(1)) * 1024
    return 0


def batch_from_properties(properties: Mapping[str, object] | None) -> int:
    """The batch the front matter states (`batch: 8`, `batch_size: 32`, `concurrency: 16`), else 0."""
    if not properties:
        return 0
    for key in ("batch", "batch_size", "concurrency", "concurrent_requests", "users", "батч", "пользователи"):
        value = properties.get(key)
        if isinstance(value, int) and not isinstance(value, bool) and 1 <= value <= 100_000:
            return value
    return 0
