"""The same figure under a decimal and a binary unit on one line (`6.43 GB … shown as 6.43 GiB`,
`145 ГБ (в ответе — «145 ГиБ»)`): the two differ by 2.4 % (KB/KiB) to 10 % (TB/TiB), so one of them is
mislabelled. When the shapes left one of them unjudged, that one is judged here against the other.

Which one stands: the one a shape found to hold, or the one a third figure of the line converts exactly
(`6.43 GB, i.e. 5.98 GiB`); when neither is known, the first one said (a later figure is the one that
restates it: `1,12 ТБ; в интерфейсе NAS это 1,12 ТиБ`). A card's marketed memory (`A100 80GB`, `«24 ГБ»`
card) is never one of the two: a product's label, not an amount.
"""

from __future__ import annotations

from dataclasses import replace

from vaultkit.claims.fastre import guarded
from vaultkit.claims.model import Claim, Verdict
from vaultkit.claims.quantities import _CYRILLIC, Quantity, find_quantities
from vaultkit.claims.shapes.context_sizes import near_hardware
from vaultkit.claims.verdict import compare

_DECIMAL = {1e3: 1, 1e6: 2, 1e9: 3, 1e12: 4, 1e15: 5}
_BINARY = {2.0**10: 1, 2.0**20: 2, 2.0**30: 3, 2.0**40: 4, 2.0**50: 5}
_QUOTES = frozenset('«»"“”\'')
_PRODUCT_BEFORE = guarded(r"(?i)\bcards?\b|\bGPUs?\b|(?<!\w)(?:видео)?карт\w*|\b[AHBL]\d{2,3}S?\b|\bRTX\b|\bMI\d{3}")
_MOST_SIZES = 24  # a line with more sizes than this (a long table row or a printout) is not paired: bounded work
_LOOSE = (Verdict.HOLDS_APPROX, Verdict.HOLDS_UNIT_AMBIGUOUS)  # holding only by a hedge's tolerance


def _power(q: Quantity) -> int:
    """1 for K, 2 for M, 3 for G, 4 for T; 0 for anything else (bytes, bits, a range)."""
    if q.kind != "bytes" or q.hi_printed is not None or q.bound:
        return 0
    return (_BINARY if q.binary else _DECIMAL).get(q.scale, 0)


def _quoted(line: str, q: Quantity) -> bool:
    """`a card whose "80GB" is 80 GiB`, `Карта «24 ГБ»`: a product's label quoted after the product, not an amount
    (a quoted answer, `в ответе — «145 ГиБ»`, is one)."""
    quoted = line[q.start - 1 : q.start] in _QUOTES and line[q.end : q.end + 1] in _QUOTES
    return quoted and _PRODUCT_BEFORE.search(line, max(0, q.start - 32), q.start) is not None


def _converted(q: Quantity, sizes: list[Quantity]) -> bool:
    """A third figure of the line is q in the other unit (`6.43 GB, i.e. 5.98 GiB`)."""
    for o in sizes:
        if o is q or o.binary == q.binary or o.printed == q.printed:
            continue
        if abs(o.value - q.value) <= o.half_unit() * o.scale + q.half_unit() * q.scale:
            return True
    return False


def twin_units(claims: list[Claim], lines: list[str]) -> list[Claim]:
    """The unjudged one of two same-digit figures under a decimal and a binary unit of one line, judged
    against the one that stands (`lines`: the note's lines as written; claims' columns are 1-based)."""
    by_line: dict[int, list[int]] = {}
    for i, c in enumerate(claims):
        if c.line == c.end_line and 0 < c.line <= len(lines):
            by_line.setdefault(c.line, []).append(i)
    out = list(claims)
    for ln, indexes in by_line.items():
        if len(indexes) < 2:
            continue
        line = lines[ln - 1]
        found = find_quantities(line, decimal_comma=_CYRILLIC.search(line) is not None)
        sizes = [q for q in found if _power(q) and not near_hardware(line, q) and not _quoted(line, q)]
        if len(sizes) < 2 or len(sizes) > _MOST_SIZES:
            continue
        # each size's claim: the one whose span starts where the figure does (or holds it)
        claim_of: dict[int, int] = {}
        for k, q in enumerate(sizes):
            for i in indexes:
                c = out[i]
                start = c.column - 1
                if start <= q.start < start + len(c.span) and q.text in c.stated:
                    claim_of[k] = i
                    break
        for a in range(len(sizes)):
            for b in range(a + 1, len(sizes)):
                qa, qb = sizes[a], sizes[b]
                if qa.printed != qb.printed or qa.binary == qb.binary or _power(qa) != _power(qb):
                    continue  # (`36 KiB per token, 36 MiB for 1,024 tokens`: other powers are other amounts)
                ia, ib = claim_of.get(a), claim_of.get(b)
                verdicts = [None if i is None else out[i].verdict for i in (ia, ib)]
                if any(v is not None and not v.holds and v is not Verdict.UNVERIFIABLE for v in verdicts):
                    continue  # one of them is already found wrong
                stands_a = (verdicts[0] is not None and verdicts[0].holds) or _converted(qa, sizes)
                stands_b = (verdicts[1] is not None and verdicts[1].holds) or _converted(qb, sizes)
                loose = [v in _LOOSE for v in verdicts]
                if stands_a and stands_b and loose[0] != loose[1] and (qa.hedge or qb.hedge):
                    # `16.06 GB (about 16.06 GiB)`: a hedge's tolerance let the twin hold; the exact one stands
                    keep, judge, at = (qb, qa, ia) if loose[0] else (qa, qb, ib)
                elif stands_a and stands_b:
                    continue
                elif stands_b:
                    keep, judge, at = qb, qa, ia
                else:  # a stands, or neither is known: the first one said stands
                    keep, judge, at = qa, qb, ib
                kept_at = ib if judge is qa else ia
                shown = kept_at is not None and out[kept_at].verdict.holds  # a shape found the other to hold
                if at is None and not shown:
                    continue  # the figure is no claim, and the other holds by no shape's judgement
                if at is not None and out[at].verdict not in (Verdict.UNVERIFIABLE, *_LOOSE):
                    continue
                if not (stands_a or stands_b) and (ia is None or ib is None):
                    continue  # neither is known to stand, and the first is no claim of its own (a label, an input)
                check = compare(replace(judge, hedge=False), keep.value)
                if check.verdict.holds:
                    continue
                why = "a figure shown to hold" if (stands_a or stands_b) else "said first"
                explanation = (
                    f"the line states {keep.text} ({why}) and {judge.text}: the same digits under a decimal "
                    f"and a binary unit are never one amount; {check.explanation}"
                )
                if at is None:  # `16.06 GB (about 16.06 GiB)`, the second read by no shape: a claim of its own here
                    assert kept_at is not None
                    base = out[kept_at]
                    out.append(
                        Claim(ln, judge.start + 1, ln, judge.text, "unit-twin", base.source, judge.text, "", check.verdict,
                              explanation)
                    )
                    continue
                out[at] = replace(out[at], shape="unit-twin", verdict=check.verdict, explanation=explanation)
    return out
