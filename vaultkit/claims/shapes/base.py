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
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from itertools import accumulate
from typing import Literal

from vaultkit.claims.catalog import ModelMention
from vaultkit.claims.dtypes import DtypeMention, nearest
from vaultkit.claims.model import Claim, Verdict
from vaultkit.claims.quantities import Quantity

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


# a training recipe in bytes per parameter (`16 bytes per parameter`, `18 байт на параметр`, `12 B/param`)
RECIPE = re.compile(
    r"(?i)(?<![\d.,])(\d+(?:[.,]\d+)?)[\s-]*(?:bytes?|байт\w*)\s*(?:/\s*|per\s+|на\s+|each\b|каждый\b)(?:param\w*|параметр\w*)?"
)

_CLAUSE_MARKS = ",;()—–"


def clause_bounds(s: Sentence, start: int, end: int) -> tuple[int, int]:
    """The clause of the sentence around [start, end): between commas, semicolons, brackets, dashes."""
    text = s.unit.masked
    a = max(text.rfind(c, s.start, start) for c in _CLAUSE_MARKS) + 1
    ends = [i for i in (text.find(c, end, s.end) for c in _CLAUSE_MARKS) if i >= 0]
    return max(a, s.start), min(ends) if ends else s.end


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

    def header_of(self, s: Sentence, q: Quantity) -> str:
        """The header text of the table column a figure sits in ("" outside a table)."""
        if s.unit.source != "table":
            return ""
        return self.column_header.get((s.unit.line, s.unit.text.count("|", 0, q.start)), "")

    def row_cell(self, s: Sentence, header: re.Pattern[str]) -> float | None:
        """The number in the row's cell whose column header matches `header` (`| context |` → 8192)."""
        if s.unit.source != "table":
            return None
        cells = s.unit.masked.split("|")
        for col, cell in enumerate(cells):
            name = self.column_header.get((s.unit.line, col), "")
            m = re.match(r"\s*(\d[\d,\u00a0 ]*)", cell)
            if name and header.search(name) and m:
                try:
                    return float(re.sub(r"[,\u00a0 ]", "", m.group(1)))
                except ValueError:
                    return None
        return None

    def dtype_for(self, s: Sentence, q: Quantity) -> tuple[DtypeMention | None, str]:
        """The dtype of figure `q` and where it was stated: the sentence (nearest mention), the
        table column, the paragraph, or the note's properties."""
        in_sentence = [d for d in s.dtypes if s.start <= d.start < s.end]
        a, b = clause_bounds(s, q.start, q.end)
        here = nearest([d for d in in_sentence if a <= d.start < b], q.start, q.end)
        here = (
            here or nearest([d for d in in_sentence if d.end <= q.start], q.start, q.end) or nearest(in_sentence, q.start, q.end)
        )
        if here is not None:
            return here, "sentence"
        if s.unit.source == "table":
            col = s.unit.text.count("|", 0, q.start)
            d = self.column_dtype.get((s.unit.line, col))
            if d is not None:
                return d, "table column"
        d = self.paragraph_dtype.get(s.unit.line)
        if d is not None:
            return d, "paragraph"
        if self.properties_dtype is not None:
            return self.properties_dtype, "properties"
        return None, ""


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
    return Claim(
        unit.line,
        start + 1,
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
