"""What a numeric claim is, once found and checked."""

from __future__ import annotations

import enum
from dataclasses import dataclass

# the shape of a claim that stands for a claim reader's failure on one sentence (not a claim: `verify` reports it as a
# VK000 finding at the sentence and the note's other claims stand)
SHAPE_FAILED = "shape-failed"


class Verdict(enum.Enum):
    HOLDS = "holds"
    HOLDS_ROUNDING = "holds (rounding)"
    HOLDS_APPROX = "holds (approx)"
    HOLDS_BOUND = "holds (bound)"
    HOLDS_UNIT_AMBIGUOUS = "holds (unit-ambiguous)"
    UNIT_CONFUSION = "unit confusion GB↔GiB"
    WRONG = "wrong"
    UNVERIFIABLE = "unverifiable"
    NOT_A_CLAIM = "not a claim"

    @property
    def holds(self) -> bool:
        return self.name.startswith("HOLDS")

    @property
    def group(self) -> str:
        """holds / unit confusion / wrong / unverifiable / not a claim."""
        return "holds" if self.holds else self.value


# Precedence for a claim with several links (claims-gold.md §5.2 rule 10).
_RANK = {
    Verdict.WRONG: 6,
    Verdict.UNIT_CONFUSION: 5,
    Verdict.HOLDS_BOUND: 4,
    Verdict.HOLDS_APPROX: 4,
    Verdict.HOLDS_ROUNDING: 4,
    Verdict.HOLDS_UNIT_AMBIGUOUS: 4,
    Verdict.HOLDS: 3,
    Verdict.UNVERIFIABLE: 2,
    Verdict.NOT_A_CLAIM: 1,
}


def worst(verdicts: list[Verdict]) -> Verdict:
    return max(verdicts, key=lambda v: _RANK[v]) if verdicts else Verdict.NOT_A_CLAIM


@dataclass(frozen=True)
class Claim:
    """One numeric claim: where it is, what it states, what vaultkit recomputed, the verdict."""

    line: int
    column: int
    end_line: int
    span: str
    shape: str  # S1 … S15 of claims-gold.md §5.1, e.g. "product-chain"
    source: str  # "prose", "latex", "code", "frontmatter"
    stated: str
    recomputed: str
    verdict: Verdict
    explanation: str
    repairs: tuple[str, ...] = ()
    key: str = ""  # the quantity, for comparing notes (e.g. "params×bytes:3e10×2")
    value: float | None = None  # the stated value in base units, for cross-note checks

    def to_dict(self) -> dict[str, object]:
        return {
            "line": self.line,
            "column": self.column,
            "end_line": self.end_line,
            "span": self.span,
            "shape": self.shape,
            "source": self.source,
            "stated": self.stated,
            "recomputed": self.recomputed,
            "verdict": self.verdict.value,
            "explanation": self.explanation,
            "repairs": list(self.repairs),
        }
