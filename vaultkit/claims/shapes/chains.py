"""Arithmetic chains (claims-gold.md §5.1 S1–S4): `30B parameters × 2 bytes = 60 GB`,
`30B parameters = 30,000,000,000`, `34 × 10^9 × 2 = 68 GB`, `50,000 × 300 × 4 bytes = 60 MB`,
`7B parameters in fp16 = 14 GB`, `60 GB → <1 MB → ~60,000×`, and `60 GB → 180–300 GB`.

Every `=`/`→` link is checked; the worst link gives the verdict. A chain is a claim only when
its operands are all numbers (no symbol between them: `x + 2 = 5` is algebra) and one of them
carries a sizing unit or scale. Lost superscripts (`7×109` for 7×10⁹) are repaired only when the
chain fails as written and holds repaired, and the repair is recorded.
"""

from __future__ import annotations

import math
import re
from dataclasses import replace
from functools import lru_cache
from itertools import pairwise

from vaultkit.claims.catalog import MODELS, ModelConfig, ModelMention
from vaultkit.claims.dtypes import find_dtypes
from vaultkit.claims.engine import count_parameters
from vaultkit.claims.fastre import guarded
from vaultkit.claims.model import Verdict, worst
from vaultkit.claims.quantities import _CYRILLIC, Quantity, find_quantities
from vaultkit.claims.scope import has_free_variable
from vaultkit.claims.shapes.base import Fact, Found, NoteFacts, Pending, Sentence, Unit, clause_bounds, found, make_claim
from vaultkit.claims.verdict import Check, compare, fmt

SIZING_KINDS = frozenset({"bytes", "count", "tokens", "bandwidth", "throughput", "flops"})
_CHAIN_OP = guarded(r"=|→|->|⇒|×|\*|·|\bx\b|\bх\b")
# Words that state a product's result as `=` does (`4 × 1 GiB gives 4 GiB`, `8 × 2 даёт 16`); not
# `is`/`это`, which also names a model (`8 × 7B is Mixtral`)
_RESULT_WORDS = guarded(r"(?i)^\s*(?:gives?|equals?|comes\s+to|yields?|даёт|дает|дают|равно|равен|равна)\s*$")
# after a figure: a rate (`16 B/param`, `2 bytes per weight`, `18 байт на параметр`); one such figure
# equated with a total is not the total's computation (the count it multiplies is elsewhere)
_RATE_AFTER = guarded(r"(?i)^\s*(?:/\s*[A-Za-zА-Яа-я]|per\s|на\s+[а-я]|each\b|каждый\b)")
_NEW_STATEMENT = guarded(r",|;|\band\b|\bor\b|\bи\b|\bили\b")
_DTYPE_WORD = guarded(r"(?i)\b(?:u?int|fp|bf|float|nf|q|e\dm)\d+\w*|-bit\b")
_LABEL = guarded(r":\s.*=|:\s*(?:\*\*|__)|(?:\*\*|__)\s*:")  # `pOH: … =`; `**2B:** 2 × …`: a bold label's colon
# A result said to be what remains of the product (`4 × 8 TB gives 24 TB usable`, RAID, overheads):
# not the product; not a claim of the chain
QUALIFIED_RESULT = guarded(
    r"(?i)\s*(?:of\s+)?(?:usable|effective|available|free|net|left|remaining|after\b|полезн\w*|доступн\w*|свободн\w*|остаётся|остается)"
)
_GAP_BREAK = guarded(r"[.;!?:]\s|[.;!?]$|\n")
_LOST_SUPERSCRIPT = guarded(r"(?<![\d^*])(\d+(?:[.,]\d+)?)\s*([×x])\s*10(\d)\b(?!\s*[×x*])")

Link = tuple[str, Quantity]
# a name glued to its `=` (`TP=4`, `batch=8`, `tp_size=2`): a setting, not an equation's sign
# (a unit or a rate glued to it is the figure's own: `4 bytes/parameter=28×10^9`, `2 B per param=16 GB`)
_ASSIGNMENT = guarded(
    r"(?<![/\w-])(?<!per\s)(?<!на\s)(?!(?:param|token|layer|byte|bit|weight|element|vector|парам|токен|сло|байт|бит)\w*=)"
    r"[A-Za-zА-Яа-яЁё_][\w-]*=\s*$"
)


def operator(gap: str) -> str | None:
    """The operator joining two figures across `gap` (`=`, `→`, `×`), or None."""
    if len(gap) > 60 or _NEW_STATEMENT.search(gap) or has_free_variable(gap):
        return None
    if any(c.isdigit() for c in _DTYPE_WORD.sub(" ", gap)) or _LABEL.search(gap):
        # `0.1/0.5 = 0.200`: a number the chain did not read is an operand it would miss;
        # `0.001 M NaOH: pOH = 3`: after a label's colon the `=` starts a statement of its own
        return None
    if _RESULT_WORDS.match(gap):
        return "gives"
    if _GAP_BREAK.search(gap.replace("(", " ")) and "→" not in gap and "=" not in gap:
        return None
    if gap.strip() != "**":
        # `= **16.06 GB** (14.96 GiB)`: Markdown's bold marks, not a product (a bare `**` between figures is a power)
        gap = gap.replace("**", "  ")
    ops = _CHAIN_OP.findall(gap)
    if not ops:
        return None
    if "=" in ops and _ASSIGNMENT.search(gap):
        return None  # `the 70B on TP=4`, `batch=8`: a setting's value, no result of the figure before
    if "=" in ops:
        return "=" if not _RATE_AFTER.match(gap) else "rate="
    if any(op in ("→", "->", "⇒") for op in ops):
        return "→"
    return "×" if len(gap) <= 30 else None


# words between a model's size and an `=` naming another quantity of it: the size is the subject, no operand
_OTHER_QUANTITY_GAP = guarded(r"(?i)\bKV\b|\bcache\b|кэш\w*|per\s+token|на\s+токен|activation\w*|активаци\w*")


# a figure whose only separator is one comma before three digits (`2,788M`, `5,576 млн`): a thousands mark or a
# decimal one, by the writer's convention
_COMMA_GROUP = guarded(r"^[~≈]?\s*\d{1,3},\d{3}(?![\d,.])")


def find_chains(qs: tuple[Quantity, ...] | list[Quantity], text: str) -> list[list[Link]]:
    chains: list[list[Link]] = []
    current: list[Link] = []
    for q in qs:
        if current:
            gap = text[current[-1][1].end : q.start]
            # `2 × 12.9B ≈ 25.8 GFLOPs`: the hedge of the next figure is the link
            op = "=" if not gap.strip() and q.text.startswith("≈") else operator(gap)
            if op == "rate=":  # `16 bytes per parameter = 108 GB`: a rate alone is no total; times a count it is
                op = "=" if current[-1][0] == "×" else None
            if op == "gives":  # a result word states the result of a product (`4 × 1 GiB gives 4 GiB`), not of one figure
                op = "=" if current[-1][0] == "×" and q.hi is None else None
            if op is not None and len(current) == 1 and gap.count(")") > gap.count("("):
                op = None  # `Adam (16 B/param) = 53.9 GB`: a lone figure in an aside; the `=` is said of what came before
            if op == "=" and len(current) == 1 and current[0][1].kind == "count" and _OTHER_QUANTITY_GAP.search(gap):
                op = None  # `27B KV per token = 2 × 46 × …`: the model's size names whose cache the `=` states
            if op is not None:
                current.append((op, q))
                continue
            if len(current) > 1:
                chains.append(current)
        current = [("", q)]
    if len(current) > 1:
        chains.append(current)
    return chains


def terms(chain: list[Link]) -> list[tuple[str, list[Quantity]]]:
    out: list[tuple[str, list[Quantity]]] = []
    for op, q in chain:
        if op in ("", "=", "→"):
            out.append((op, [q]))
        else:
            out[-1][1].append(q)
    return out


# kinds a product of figures may be stated in; any other (a time, a bit rate) does not multiply into them
_CHAIN_KINDS = frozenset(
    {"bytes", "bits", "flops", "bandwidth", "throughput", "tokens", "count", "number", "multiplier", "percent"}
)


def kind_of(qs: list[Quantity]) -> str:
    kinds = {q.kind for q in qs}
    foreign = kinds - _CHAIN_KINDS
    if foreign:
        # `8 Mbit/s for 2 h = 7.2 GB`: a duration is no number of bytes; the side is of its own kind,
        # equal only to a figure of that kind (`2 h = 7,200 s`)
        return "/".join(sorted(foreign))
    for k in ("bytes", "bits", "flops", "bandwidth", "throughput", "tokens", "count"):
        if k in kinds:
            return k
    if kinds == {"multiplier"}:
        return "multiplier"
    return "number"


def product(qs: list[Quantity]) -> float:
    value = 1.0
    for q in qs:
        value *= q.value
    return value


def is_sizing(chain: list[Link]) -> bool:
    """One operand carries a sizing unit or scale (bytes, a parameter or token count, …)."""
    return any(
        q.kind in SIZING_KINDS and (q.kind != "count" or q.scale >= 1e3 or "param" in q.unit or "парам" in q.unit)
        for _, q in chain
    )


# before a product of plain numbers: an element size it does not multiply by (`a 24-bit image of 1920 × 1080`)
_ELEMENT_SIZE_BEFORE = guarded(r"(?i)\b\d{1,2}[- ]?(?:bit|бит)\w*|\b(?:u?int|fp|bf|float)\d{1,2}\b")


def _binary_convention(left: list[Quantity], right: Quantity) -> bool:
    """`1 KB = 1024 bytes`, `1 GB = 1024 MB`: a decimal unit restated by the binary convention."""
    if len(left) != 1 or left[0].kind != "bytes" or right.kind != "bytes" or left[0].binary or left[0].scale < 1e3:
        return False
    power = {1e3: 10, 1e6: 20, 1e9: 30, 1e12: 40, 1e15: 50}.get(left[0].scale)
    return power is not None and compare(right, left[0].printed * 2**power).verdict.holds


def _dtype_near(text: str, left: Quantity, right: Quantity) -> bool:
    """A dtype is named between the two figures or right after the second (`= 14 GB in fp16`)."""
    return bool(find_dtypes(text, left.end, right.start) or _DTYPE_AFTER.match(text, right.end))


_DTYPE_AFTER = guarded(
    r"(?i)\s*(?:\(|in\s+|в\s+|at\s+|as\s+)?(?:u?int\d|fp\d|bf16|float\d|nf4|q\d_|\d+[-\s]?bit|\d+[-\s]?бит)"
)


def _dtype_factor(text: str, left: list[Quantity], right: Quantity) -> tuple[float, str]:
    """`7B parameters in fp16 = 14 GB`, `1000 × 1000 float64 = 8000000 bytes`: a count, or a
    product of plain numbers, equated with bytes takes the dtype stated between them."""
    if any(q.kind not in ("count", "number") for q in left) or (not any(q.kind == "count" for q in left) and len(left) < 2):
        return 1.0, ""
    between = find_dtypes(text, left[-1].end if len(left) > 1 else left[0].end, right.start)
    if not between and len(left) == 1 and _DTYPE_AFTER.match(text, right.end):
        between = find_dtypes(text, right.end, right.end + 16)  # `7B parameters = 14 GB in fp16`
    if not between:
        return 1.0, ""
    d = between[0]
    if any(q.kind == "number" and q.value == d.bytes for q in left):
        return 1.0, ""  # `7B × 2 (fp16) = 14 GB`: the dtype's bytes are already a factor
    return d.bytes, f" × {d.bytes:g} B ({d.name})"


_POWERS_OF_TWO = frozenset(float(2**k) for k in range(11))


def _link(
    text: str, op: str, left: list[Quantity], right: list[Quantity], after: list[Quantity] | None
) -> tuple[Verdict, str, str] | None:
    lk, rk = kind_of(left), kind_of(right)
    counts = [q for q in left if q.kind == "count"]
    billions = [q for q in counts[1:] if q.unit == "B"]
    if op == "=" and rk == "bytes" and billions:
        # `6.74 B × 16 B = 107.8 GB`, `28.8M × 4,096 B = 118 GB`: a count times bytes per element written `B`
        # (a count of billions times another count is no size)
        later = {id(q) for q in billions if q.printed <= 64 or counts[0].unit != "B"}
        left = [replace(q, kind="bytes", unit="bytes", scale=1.0) if id(q) in later else q for q in left]
        lk = kind_of(left)
    spelled = [q for q in left if q.unit == "B" and q.kind == "bytes" and q.scale == 1.0]
    if (
        op == "="
        and rk == "bytes"
        and len(right) == 1
        and spelled
        and not counts
        and right[0].value > 0
        and 1e-10 <= product(left) / right[0].value <= 1e-8
    ):
        # `16 × 1.54 B = 24.7 GB`: read as bytes, the product is a billion times short of the figure; `1.54 B` is that
        # many billion parameters (a factor read as bytes per element only for its place at a product's end)
        first = spelled[0]
        left = [replace(q, kind="count", scale=1e9) if q is first else q for q in left]
        lk = kind_of(left)
    if op == "=" and {lk, rk} == {"bits", "bytes"} and len(right) == 1:
        # `32 bits = 4 bytes`, `2 KiB = 16384 bits`: eight bits to the byte
        factor = 1 / 8 if lk == "bits" else 8.0
        computed = product(left) * factor
        if not 1e-3 <= computed / max(right[0].value, 1e-12) <= 1e3:
            return None  # `weights in 4 bits = 35 GB`: a storage level, not an amount of bits
        check = compare(right[0], computed)
        shown = " × ".join(q.text for q in left)
        return (
            check.verdict,
            f"{shown} = {fmt(computed, right[0].scale, rk)} ({'÷' if lk == 'bits' else '×'} 8 bits per byte); "
            + check.explanation,
            right[0].text,
        )
    if op == "=" and rk == "bytes" and len(left) == 1 and left[0].kind == "number":
        return None  # `a block of 32 weights = 18 bytes`: one plain number is not a size
    if (
        op == "="
        and len(left) == 1
        and len(right) == 1
        and lk != rk
        and not ({lk, rk} <= {"count", "number"} and 1e-3 <= right[0].value / max(left[0].value, 1e-300) <= 1e3)
    ):
        # `8B fp16 = 16.1G`, `13.6M params = 0.17 %`: one figure said equal to one of another kind states, not restates
        return None
    if (
        op == "="
        and len(left) == 1
        and left[0].kind == "number"
        and left[0].scale == 1
        and left[0].value < 1e6
        and right[0].scale > 1
    ):
        return None  # `67M params per layer, 32 layers = 2.1B`: a small count equated with a total is a product elsewhere
    if (
        op == "="
        and len(left) == 1
        and len(right) == 1
        and lk == rk
        and not 1e-3 <= right[0].value / max(left[0].value, 1e-300) <= 1e3
    ):
        return None  # `2 bytes = 350 GB`: one figure equated with another a thousand times its size is no restatement
    if (
        op == "="
        and len(left) == 1
        and len(right) == 1
        and lk == rk
        and (left[0].scale, left[0].binary) == (right[0].scale, right[0].binary)
        and not 0.75 <= right[0].value / max(left[0].value, 1e-300) <= 1.33
    ):
        # `на 4 GPU по 24 ГБ = 96 ГБ`: one figure = a multiple of it in its own unit: a product whose
        # factor was not read (`4,68 ГБ = 4,36 ГБ`, a restatement that is off, is still checked)
        return None
    if op == "=" and rk == "bytes" and lk == "count" and len(left) == 1 and not _dtype_near(text, left[0], right[0]):
        return None  # `7B parameters = 14 GB`: without a dtype the bytes per parameter are not stated
    if (
        op == "="
        and lk != "multiplier"
        and (
            lk == rk
            or {lk, rk} <= {"count", "number"}
            or (rk == "bytes" and lk in ("count", "number"))
            # `2 × 12.9B ≈ 25.8 GFLOPs`, `20 × 8B = 160B tokens`: a product of numbers, stated in the unit
            or (rk in ("flops", "tokens") and lk in ("count", "number") and len(left) > 1)
        )
    ):
        factor, how = _dtype_factor(text, left, right[0]) if rk == "bytes" and lk in ("count", "number") else (1.0, "")
        computed = product(left) * factor
        if len(right) == 1:
            check = compare(right[0], computed, computed_is_bound=any(q.bound for q in left))
            if not check.verdict.holds and len(left) == 1 and lk == rk and left[0].hi is None:
                # `70.6 GB = 65.7 GiB`: the left figure is rounded too; any value it stands for will do
                half = left[0].half_unit() * left[0].scale
                check = next((c for c in (compare(right[0], computed + d) for d in (-half, half)) if c.verdict.holds), check)
            if not check.verdict.holds and len(left) > 1:
                # `16 bytes × 0.49B = 7.9 GB`: rounded operands carry their rounding into the product
                rel = sum(q.half_unit() / abs(q.printed) for q in left if "." in q.digits and q.printed)
                half_r = right[0].half_unit() * right[0].scale
                if rel and computed * (1 - rel) - half_r <= right[0].value <= computed * (1 + rel) + half_r:
                    check = Check(Verdict.HOLDS_ROUNDING, f"{check.explanation.split(': does not match')[0]} (rounded operands)")
            big_pair = len(left) == 2 and min(q.value for q in left) >= 1e6  # parameters and tokens, no factor of 2 or 6
            if not check.verdict.holds and rk == "flops" and big_pair and computed > 0:
                # `7B × 2T tokens = 8.4e22 FLOP`: parameters times tokens stated as training compute: the 6 of 6·N·D (or
                # the 2 of a forward pass) is implied
                implied = implied_compute(right[0], computed)
                if implied is not None:
                    k, c = implied
                    verdict = c.verdict if c.verdict.holds else Verdict.UNVERIFIABLE
                    check = Check(verdict, f"{k}·N·D, the {k} implied: {c.explanation.split(': does not match')[0]}")
            if (
                check.verdict.holds
                and rk == "flops"
                and not _ALL_ON_PURPOSE.search(text)
                and (moe := _mixture_total(left)) is not None
            ):
                # `6 × 671 млрд × 14,8 трлн ≈ 5,96 × 10²⁵ FLOP`: the product is right, the N is not: training compute
                # (6·N·D) and a forward pass (2·N) count the parameters a token uses, a mixture's active ones
                total, cfg = moe
                active = float(count_parameters(cfg).active)
                meant = computed / total.value * active
                check = Check(
                    Verdict.WRONG,
                    f"{check.explanation.split('; stated')[0]}; but {total.text} is all of {cfg.name}'s experts: a token uses "
                    f"{active / 1e9:.1f}B, so the compute is {meant:.4g} FLOP; stated {right[0].text}",
                )
            if not check.verdict.holds and _binary_convention(left, right[0]):
                check = Check(
                    Verdict.UNVERIFIABLE,
                    f"{check.explanation.split(': does not match')[0]}: {right[0].text} reads {left[0].text} in binary units "
                    "(the old 1 KB = 1024 bytes convention)",
                )
            if not check.verdict.holds and right[0].kind in ("tokens", "count") and right[0].scale == 1e3:
                # `8 × 4096 tokens = 32k tokens`: a context or batch in k is often 1024 of them
                binary_k = compare(right[0], computed * 1000 / 1024)
                if binary_k.verdict.holds:
                    check = Check(binary_k.verdict, f"{binary_k.explanation} (k = 1024)")
            if (
                not check.verdict.holds
                and len([q for q in left if q.scale == 1e3]) == 1
                and all(q.kind in ("tokens", "count") if q.scale == 1e3 else q.kind == "number" for q in left)
                and right[0].scale == 1
            ):
                # `128K tokens = 131,072 tokens`, `8 users × 16K = 131,072 tokens`: a context written in K is often 1024 of
                # them; both readings hold
                binary_k = compare(right[0], computed * 1024 / 1000)
                if binary_k.verdict.holds:
                    check = Check(binary_k.verdict, f"{binary_k.explanation} (K = 1024)")
                    computed = computed * 1024 / 1000
            kilo = [q for q in left if q.scale == 1e3 and q.kind in ("tokens", "count") and q.printed in _POWERS_OF_TWO]
            if not check.verdict.holds and len(kilo) == 1 and rk == "bytes" and right[0].binary:
                # `4K × 320 KiB = 1.25 GiB`: a context in K times a size per token in binary units counts 1024 tokens
                binary_k = compare(right[0], computed * 1024 / 1000)
                check = Check(binary_k.verdict, f"{binary_k.explanation} (K = 1024)")
                computed = computed * 1024 / 1000
            if not check.verdict.holds and all(q.kind == "number" and q.scale == 1 for q in left) and right[0].scale > 1:
                # `4 × 1024 = 4096 KB`: plain numbers may be written in the stated unit already
                in_unit = compare(right[0], computed * right[0].scale)
                if in_unit.verdict.holds:
                    check = in_unit
                    computed *= right[0].scale
            grouped = [q for q in (*left, right[0]) if _COMMA_GROUP.search(q.text)]
            if not check.verdict.holds and len({bool(_CYRILLIC.search(q.unit)) for q in grouped}) == 2:
                # `2,788M × 2 = 5,576 млн`: one comma read as a thousands mark, the other as a decimal one (a Cyrillic
                # unit's); read alike, the two sides agree (not `1e9 × 152,064 × 2 bytes ≈ 304 GB`: one convention)
                for factor in (1000.0, 0.001):
                    alike = compare(right[0], computed * factor)
                    if alike.verdict.holds:
                        check = Check(alike.verdict, f"{alike.explanation} (a comma read as a decimal mark on one side)")
                        computed *= factor
                        break
            if (
                not check.verdict.holds
                and rk == "bytes"
                and not how
                and all(q.kind == "number" and q.value < 1e6 for q in left)
                and _ELEMENT_SIZE_BEFORE.search(text, max(0, left[0].start - 80), left[0].start)
            ):
                # `a 24-bit image of 1920 × 1080 = 6.2 MB`: a count of elements whose size the chain does not state
                check = Check(
                    Verdict.UNVERIFIABLE,
                    f"{check.explanation.split(': does not match')[0]}: the bytes per element are not stated",
                )
            shown = " × ".join(q.text for q in left) + how
            return check.verdict, f"{shown} = {_shown(computed, right[0])}; {check.explanation}", right[0].text
        ok = abs(product(right) - computed) <= 0.005 * abs(computed)
        return (
            (Verdict.HOLDS if ok else Verdict.WRONG),
            f"{' × '.join(q.text for q in left)} = {fmt(computed, 1)}; "
            f"stated {' × '.join(q.text for q in right)} = {fmt(product(right), 1)}",
            "",
        )
    if op == "→" and lk == rk == "bytes" and after is not None and kind_of(after) == "multiplier":
        a, b, n = product(left), product(right), after[0]
        big, small = max(a, b), min(a, b)
        check = compare(n, big / small, computed_is_bound=any(q.bound for q in left + right))
        return check.verdict, f"ratio {fmt(big, 1)} / {fmt(small, 1)} = {big / small:,.0f}; {check.explanation}", n.text
    return None


_NAMED_SCALES = frozenset({1.0, 1e3, 1e6, 1e9, 1e12})


def _shown(value: float, q: Quantity) -> str:
    """A chain's result as the stated figure `q` is written: a size in its unit, a count with its
    scale letter, a figure written with a power of ten (`7,7·10²¹ FLOP`) or of another kind in
    scientific notation (`7.227e+23 FLOP`), never a bare mantissa."""
    if q.kind == "bytes":
        return fmt(value, q.scale)
    if q.kind in ("count", "number", "tokens") and q.scale in _NAMED_SCALES:
        return fmt(value, q.scale, "count") + (" tokens" if q.kind == "tokens" else "")
    return f"{value:.4g}" + (" FLOP" if q.kind == "flops" else "")


def check_chain(text: str, chain: list[Link]) -> tuple[Verdict, str, str, bool] | None:
    """(verdict, explanation, stated figure, is a ratio chain), or None when no link is checkable."""
    ts = terms(chain)
    results: list[tuple[Verdict, str]] = []
    stated = ""
    ratio = False
    for i in range(1, len(ts)):
        op, right = ts[i]
        after = ts[i + 1][1] if i + 1 < len(ts) else None
        r = _link(text, op, ts[i - 1][1], right, after)
        if r is None:
            continue
        results.append((r[0], r[1]))
        if r[2] and r[2] not in stated:  # every link's figure is stated (`= 524 288 bytes = 512 KiB`)
            stated = f"{stated}; {r[2]}" if stated else r[2]
        ratio = ratio or r[1].startswith("ratio")
    if not results:
        return None
    return worst([v for v, _ in results]), "; ".join(e for _, e in results), stated, ratio


def _repaired(text: str, start: int, end: int) -> tuple[Verdict, str, str, tuple[str, ...]] | None:
    """The chain at [start, end) with lost superscripts (`7×109` → 7×10^9) restored, when it then holds."""
    span = text[start:end]
    if not _LOST_SUPERSCRIPT.search(span):
        return None
    fixed = _LOST_SUPERSCRIPT.sub(lambda m: f"{m.group(1)}{m.group(2)}10^{m.group(3)}", span)  # the chain's own text only
    for c in find_chains(find_quantities(fixed), fixed):
        r = check_chain(fixed, c)
        if r and r[0].holds:
            repairs = tuple(f"superscript: {m.group(0)} → {m.group(1)}×10^{m.group(3)}" for m in _LOST_SUPERSCRIPT.finditer(span))
            return r[0], r[1] + " (after repairing lost superscripts)", r[2], repairs
    return None


# a multiplier range in words: `в 2–4 раза`, `2-4 times`, `3–5-fold`
_RANGE_WORDS = guarded(r"(?i)(?<![\d.,])(\d+(?:[.,]\d+)?)\s*[–-]\s*(\d+(?:[.,]\d+)?)\s*-?(?:раз\w*|times\b|fold\b)")


_FEW_RANGES = 64
_RANGE_INDEX: dict[int, tuple[tuple[Fact, ...], dict[int, frozenset[tuple[float, float]]], frozenset[tuple[float, float]]]] = {}


def _ranges(facts: tuple[Fact, ...]) -> tuple[dict[int, frozenset[tuple[float, float]]], frozenset[tuple[float, float]]]:
    """The note's distinct multiplier ranges by line and in all, indexed once per note (every range
    product of a note looks them up: linear, not one scan of the facts each)."""
    known = _RANGE_INDEX.get(id(facts))
    if known is None or known[0] is not facts:
        lines: dict[int, set[tuple[float, float]]] = {}
        for f in facts:
            if f.kind == "range":
                lines.setdefault(f.line, set()).add((f.lo, f.hi))
        if len(_RANGE_INDEX) > 8:
            _RANGE_INDEX.clear()
        every = frozenset(r for rs in lines.values() for r in rs)
        known = _RANGE_INDEX[id(facts)] = (facts, {n: frozenset(rs) for n, rs in lines.items()}, every)
    return known[1], known[2]


def _range_product(unit: Unit, a: Quantity, b: Quantity) -> Pending:
    """`60 GB → ~180–300 GB`: the implied multiplier range, judged against the ranges the note states."""
    lo, hi = b.value / a.value, (b.hi or b.value) / a.value

    def resolve(facts: tuple[Fact, ...], _: object) -> object:
        def same(x: float, y: float) -> bool:
            return abs(x - y) <= 0.02 * max(abs(x), abs(y))

        by_line, every = _ranges(facts)
        here = by_line.get(unit.line, frozenset())
        # the range as stated, or its inverse (`в 2–4 раза меньше: 14 ГБ → 3,5–7 ГБ`), among the ranges
        # of its line and, when the note states a few, the note's
        match = any(
            (same(lo, f_lo) and same(hi, f_hi)) or (f_lo > 0 and same(lo, 1 / f_hi) and same(hi, 1 / f_lo))
            for f_lo, f_hi in (here | every if len(every) <= _FEW_RANGES else here)
        )
        text = f"{a.text} × ({lo:g}–{hi:g}) = {b.text}" + (
            "; the multiplier range is the one stated in the note"
            if match
            else ": no such multiplier range is stated in the note"
        )
        verdict = Verdict.HOLDS if match else Verdict.UNVERIFIABLE
        here = frozenset(r for r in here if r[0] > 0)
        if not match and len(here) == 1:
            # `в 2–4 раза: 14 ГБ → 3–5 ГБ`: the one range its line states, applied as the arrow goes
            r_lo, r_hi = next(iter(here))
            down = b.value < a.value
            x, y = (a.value / r_hi, a.value / r_lo) if down else (a.value * r_lo, a.value * r_hi)
            verdict = Verdict.WRONG
            text = f"{a.text} {'/' if down else '×'} ({r_lo:g}–{r_hi:g}) = {fmt(x, b.scale)}–{fmt(y, b.scale)}; stated {b.text}"
        return make_claim(unit, a.start, b.end, "range-product", verdict, text, stated=b.text)

    return Pending(unit.line, a.start, resolve)  # type: ignore[arg-type]


# after a chain's last figure, its label, then more arithmetic: the statement goes on past what the chain read
_ARITHMETIC_AFTER = guarded(
    r"\s*(?:[A-Za-zА-Яа-яЁё_]{2,}\s+){0,2}[+−/÷]\s*\(?\s*\d|\s*(?:[A-Za-zА-Яа-яЁё_]{2,}\s+){0,2}[-–]\s\s*\d"
)
_OPERATOR_BEFORE = guarded(
    # `1500 − 40 = …`, `…; × 32 layers = …` (not the close of an italic label: `*Room:* 640 GiB − …`)
    r"(?:(?<=[\w)}\]])\s*[+×*·/÷^−–-]|(?:^|[;,:(]\s*)(?:[×·/÷]|(?<![:;,(])\*))\s*\(?\s*$"
    r"|(?:(?<=[\w)}\]])\s*[+×*·−]|(?:^|[;,:]\s*)[×*·])\s*(?:[A-Za-zА-Яа-яЁё_]{2,}\s+){1,2}$"  # `+ activations 1 GB = …`
)


def continues_arithmetic(unit: Unit, start: int) -> bool:
    """The chain's first figure is the right operand of an operator (`1500 − 40 = 1460 bytes`,
    `1920 · 1080 · 3 = …` with the year-like 1920 masked, `44100 samples/s × 2 channels × 2 bytes`),
    possibly with its label between (`vocab 32000 × hidden 4096 × 2 bytes`, `14 GB + KV 2 GB`), or
    an operator opens its clause (`67M; × 32 layers = 2.1B`): the statement starts before it, with
    more arithmetic than the chain holds; not judged."""
    if _OPERATOR_BEFORE.search(unit.text, max(0, start - 40), start) is not None:
        return True
    # `weights 16 GB + KV cache at 8K 1 GiB = 17.07 GB`: a sum whose last term is labelled at length
    return _SUM_BEFORE.search(unit.text, max(0, start - 48), start) is not None


_PLUS_WORD_BEFORE = guarded(r"(?i)(?:\bplus|(?<!\w)плюс)\s+(?:~|≈|about\s+|около\s+)?$")


def sum_goes_on(unit: Unit, start: int) -> bool:
    """`31.07 GB of sharded state, plus 16.06 + 15.01 GB of frozen weights = 62.14 GB`: a `plus` before the left side, so
    the total may be that of a sum begun before it (a left side that gives the figure on its own is judged)."""
    return _PLUS_WORD_BEFORE.search(unit.text, max(0, start - 16), start) is not None
_SUM_BEFORE = guarded(r"(?<=[\w)])\s*\+\s+[^=+;.!?\d]*(?:\d+\s?[kKкК]\b[^=+;.!?\d]*)?$")


def _exact_params(q: Quantity) -> bool:
    """An exact count of seven digits or more (`6 738 415 616 parameters`, `1 557 611 200 ≈ 1.56B`)."""
    return (
        q.kind in ("count", "number")
        and q.scale == 1
        and not q.unit.strip("s ").endswith(("byte", "байт"))
        and len(re.sub(r"\D", "", q.digits)) >= 7
    )


# the sentence is about compute: a FLOP word or the training formula written out (`6ND`, `6·N·D`)
_COMPUTE_SENTENCE = guarded(r"(?i)flop|флоп|(?<![\w.,])6\s*[·*×⋅]?\s*N\s*[·*×⋅]?\s*D(?!\w)")


def _compute_product(chain: list[Link], text: str, s: Sentence, compute: list[bool]) -> bool:
    """`6ND: 6*8e9*15e12 = 7.2e23`, `FLOPs: 6 · 8 · 10⁹ · 160 · 10⁹ ≈ 7,7 · 10²¹`: a product of plain numbers,
    one of them written with a power of ten of a million or more, equated with a figure, in a sentence
    that names FLOPs or the 6·N·D formula: a compute total whose unit the sentence gives once."""
    qs = [q for _, q in chain]
    return (
        all(q.kind == "number" for q in qs)
        and any(op == "=" for op, _ in chain)
        and any(op == "×" for op, _ in chain)
        and any(q.scale >= 1e6 for op, q in chain if op != "=")
        and _about_compute(text, s, compute)
    )


def _about_compute(text: str, s: Sentence, known: list[bool]) -> bool:
    if not known:
        known.append(_COMPUTE_SENTENCE.search(text, s.start, s.end) is not None)
    return known[0]


_MULTIPLY = frozenset({"×", "x", "*", "·"})
_BITS_SAID = guarded(r"(?i)(?<![\d.,])(\d{1,2}(?:[.,]\d{1,3})?)\s*-?\s*(?:bits?|бит\w*)(?![\w/])")


def _bits_as_bytes(s: Sentence, facts: NoteFacts, chain: list[tuple[str, Quantity]]) -> tuple[Verdict, str] | None:
    """`AWQ int4: 14,77 млрд × 4 = 59 ГБ`, `70,55 млрд × 4,13 ≈ 291 ГБ` under `NF4, 4,13 бит на вес`: a parameter count
    times the bits of a weight, read as bytes. The product is right and the size is eight times too large; judged
    as the size at those bits."""
    if len(chain) != 3 or chain[1][0] not in _MULTIPLY or chain[2][0] not in ("=", "≈", "~", "→"):
        return None
    count, k, result = chain[0][1], chain[1][1], chain[2][1]
    if count.kind != "count" or count.value < 1e8 or k.kind != "number" or k.hi is not None or result.kind != "bytes":
        return None
    if k.value in (1.0, 2.0) or not 2.5 <= k.value <= 8.5:
        return None  # 2 bytes (fp16) and 1 byte (int8) are bytes; 4 is fp32's bytes unless a type of fewer bits is named
    named = find_dtypes(s.unit.text, s.start, s.end)
    if any(abs(d.bytes - k.value) < 1e-9 for d in named):
        return None  # `In fp32, 8.03B × 4 = 32.1 GB; in 4-bit …`: a type of that many bytes is named: bytes
    a, b = clause_bounds(s, result.start, result.end)
    own = [d for d in named if a <= d.start < b or (d.end <= count.start and not named[-1].start > result.end)]
    dtype = own[-1] if own else (facts.dtype_for(s, result)[0] if not named else None)
    bits = {round(dtype.bytes * 8, 2)} if dtype is not None and dtype.bytes < 1 else set()
    above = facts.lines_above.get(s.unit.line, ())
    for text in (s.unit.text[s.start : s.end], above[0] if above and above[0].rstrip().endswith(":") else ""):
        bits.update(float(m.group(1).replace(",", ".")) for m in _BITS_SAID.finditer(text))
    if not any(abs(k.value - b) <= 0.01 * b for b in bits):
        return None
    right = count.value * k.value / 8
    check = compare(result, right)
    if check.verdict.holds:
        return None
    how = (
        f"{count.text} × {k.text} bits per weight / 8 = {fmt(right, result.scale)}: {k.text} is the bits of a weight, "
        f"not its bytes; {check.explanation}"
    )
    return Verdict.WRONG, how


_CACHE_SAID = guarded(r"(?i)\bKV\b|cache|кэш\w*|кеш\w*")
_NOT_CACHE = guarded(r"(?i)activation\w*|активац\w*|attention\s+(?:matrix|scores?)|score\w*|logits?")
# a product that counts heads on purpose, or names its slip: `counting the 64 query heads instead`, `без GQA было бы`
_HEADS_ON_PURPOSE = guarded(
    r"(?i)\binstead\b|\bquery\b|\bMHA\b|\bGQA\b|multi-?head|\bwithout\b|\bwould\b|\bif\b|\bhad\b|\ball\b|\bevery\b"
    r"|\bvs\.?|\bversus\b|\bpre-|\bmistake\w*|\bwrong\w*|\berror\w*|\bnaive\w*|(?<!\w)вс[еёя]\w*|кажд\w*"
    r"|вместо|запрос\w*|(?<!\w)без(?!\w)|(?<!\w)бы(?!\w)|(?<!\w)если|ошиб\w*|неверн\w*|неправил\w*|наивн\w*"
)


def _product_model(s: Sentence, facts: NoteFacts) -> ModelMention | None:
    """The model a cache product per token is of: the sentence's one catalogued model, else (where it names none) its
    heading's, its section's or the note's one model."""
    models = [m for m in s.models if m.config is not None]
    if s.models:
        return models[0] if len(models) == 1 else None
    return facts.heading_model.get(s.unit.line) or facts.section_model.get(s.unit.line) or facts.note_model


def _query_heads(s: Sentence, facts: NoteFacts, chain: list[tuple[str, Quantity]]) -> tuple[Verdict, str] | None:
    """`Llama 3.1 70B: 2 × 80 × 64 × 128 × 2 bytes = 2.5 MiB per token`: a cache per token multiplied out with the
    model's query heads (64) where its grouped-query attention keeps 8 KV heads. The product is right and the cache
    eight times too large; judged as the cache with the model's KV heads."""
    if len(chain) != 6 or any(op not in _MULTIPLY for op, _ in chain[1:5]) or chain[5][0] not in ("=", "≈", "~", "→"):
        return None
    factors, result = [q for _, q in chain[:5]], chain[5][1]
    if result.kind != "bytes" or any(q.hi is not None or q.value != int(q.value) for q in factors[:4]):
        return None
    model = _product_model(s, facts)
    cfg = model.config if model is not None else None
    if cfg is None or cfg.kv_heads >= cfg.heads or cfg.q_lora_rank:
        return None
    values = [int(q.value) for q in factors[:4]]
    per = factors[4].value
    if sorted(values) != sorted([2, cfg.layers, cfg.heads, cfg.head_dim]) or per not in (0.5, 1.0, 2.0, 4.0):
        return None
    text = s.unit.text
    if _HEADS_ON_PURPOSE.search(text, s.start, s.end) or _NOT_CACHE.search(text, s.start, s.end):
        return None  # said on purpose, or a product of something else (`activations per token per layer: …`)
    assert model is not None  # (cfg came from it)
    slip = f"the product counts its {cfg.heads} query heads, not its {cfg.kv_heads} KV heads"
    return _cache_slip(s, model, cfg, per, result, slip)


def _cache_slip(
    s: Sentence, model: ModelMention, cfg: ModelConfig, per: float, result: Quantity, slip: str
) -> tuple[Verdict, str] | None:
    """A cache per token the sentence multiplied out with a slip (`slip`): judged as the model's cache, when the
    sentence says it is the cache or per token and the figure is not the model's right one."""
    text = s.unit.text
    if not (_CACHE_SAID.search(text, s.start, s.end) or _PER_TOKEN_WORDS.search(text, s.start, s.end)):
        return None
    right = 2 * cfg.layers * cfg.kv_heads * cfg.head_dim * per
    check = compare(result, right)
    if check.verdict.holds:
        return None
    shown = fmt(right, 1024 if right < 2**20 else result.scale)
    how = f"{model.text}: 2 × {cfg.layers} layers × {cfg.kv_heads} KV heads × {cfg.head_dim} × {per:g} B = {shown}: {slip}"
    return Verdict.WRONG, f"{how}; {check.explanation}"


# a product of the keys or the values alone, on purpose: `K cache only`, `keys alone`, `только ключи`, `без V`
_ONE_OF_KV = guarded(
    r"(?i)\b(?:K|V|keys?|values?)\s+(?:cache\s+)?(?:only|alone)\b|\bonly\s+(?:the\s+)?(?:K|V|keys?|values?)\b"
    r"|\bone\s+of\s+K\b|только\s+(?:K|V|ключ\w*|значени\w*)|(?<!\w)без\s+(?:K|V)\b|\bMLA\b|latent|латент\w*"
)


def sessions_times_context(operands: list[Quantity], result: Quantity) -> bool:
    """`… for 32 × 8K = 62.5 GiB`: sessions times a context in thousands of tokens, then a size no operand is in: the
    product counts tokens, the size is another sum's (no size product without bytes among its operands); read by
    chains and by expressions with words between their operands alike."""
    return (
        result.kind == "bytes"
        and not any(q.kind in ("bytes", "bits") for q in operands)
        and any(q.kind == "count" and q.unit in ("K", "k", "К", "к") for q in operands)
    )


def _kv_once(s: Sentence, facts: NoteFacts, chain: list[tuple[str, Quantity]]) -> tuple[Verdict, str] | None:
    if len(chain) != 5 or any(op not in _MULTIPLY for op, _ in chain[1:4]) or chain[4][0] not in ("=", "≈", "~", "→"):
        return None
    return kv_once_slip(s, facts, [q for _, q in chain[:4]], chain[4][1])


def kv_once_slip(s: Sentence, facts: NoteFacts, factors: list[Quantity], result: Quantity) -> tuple[Verdict, str] | None:
    """`32 layers × 32 heads × 128 × 2 bytes = 256 KiB per token` for Llama-2-7B: a cache per token multiplied out
    without the 2 of its keys and values (a chain, or a product with words between, `28 слоёв × 4 KV-головы × …`).
    The product is right and the cache half its size; judged as the cache with both (and with the model's KV heads
    where the product took its query heads)."""
    if len(factors) != 4 or result.kind != "bytes" or any(q.hi is not None or q.value != int(q.value) for q in factors[:3]):
        return None
    model = _product_model(s, facts)
    cfg = model.config if model is not None else None
    if cfg is None or cfg.q_lora_rank or cfg.kv_lora_rank or cfg.decoder_layers:
        return None
    values = sorted(int(q.value) for q in factors[:3])
    per = factors[3].value
    heads = {cfg.kv_heads, cfg.heads}
    if per not in (0.5, 1.0, 2.0, 4.0) or not any(values == sorted([cfg.layers, h, cfg.head_dim]) for h in heads):
        return None
    text = s.unit.text
    if any(p.search(text, s.start, s.end) for p in (_ONE_OF_KV, _NOT_CACHE, _SUPPOSED)):
        return None
    assert model is not None  # (cfg came from it)
    return _cache_slip(s, model, cfg, per, result, "the product leaves out the 2 of the keys and the values")


_SUPPOSED = guarded(
    r"(?i)\bwould\b|\bif\b|\bnaive\w*|\bevery\s+expert|\ball\s+(?:the\s+)?experts|(?<!\w)бы(?!\w)|(?<!\w)если"
    r"|наивн\w*|все\w*\s+эксперт"
)
# between a size per token and an arrow to the token count it is multiplied by (`200 KiB per token → 32 × 8K = …`)
_PER_TOKEN_ARROW = guarded(r"(?i)\s*(?:per\s+token|/\s*token|на\s+токен|за\s+токен)\s*[,;]?\s*→\s*")
_PER_TOKEN_WORDS = guarded(r"(?i)\bper\s+(?:generated\s+)?token\b|\ba\s+token\b|на\s+(?:каждый\s+)?токен|за\s+токен")


@lru_cache(maxsize=1)
def _moe_totals() -> tuple[tuple[float, float, str], ...]:
    """(total, active, name) of every mixture of experts in the catalogue."""
    out = []
    for m in MODELS:
        if m.is_moe:
            counts = count_parameters(m)
            # a token's matmuls skip the input embedding (a lookup): the active count without it
            out.append((float(counts.total), float(counts.active - counts.embeddings), m.name))
    return tuple(out)


def _moe_total_flops(s: Sentence, chain: list[tuple[str, Quantity]]) -> tuple[Verdict, str] | None:
    """`Per token it does 2 × 671B = 1,342 GFLOP`: a forward pass per token of a mixture of experts costs 2 × its
    active parameters; the total count times two (right as a product) is not what a token costs."""
    if len(chain) != 3 or chain[1][0] not in _MULTIPLY or chain[2][0] not in ("=", "≈", "~", "→"):
        return None
    two, count, result = chain[0][1], chain[1][1], chain[2][1]
    if two.kind != "number" or two.value != 2.0 or count.kind != "count" or result.kind != "flops":
        return None
    if not _PER_TOKEN_WORDS.search(s.unit.text, s.start, s.end) or _SUPPOSED.search(s.unit.text, s.start, s.end):
        return None  # (`a dense model of that size would need …`, `counting naively …`: said as not what runs)
    matches = [(total, active, name) for total, active, name in _moe_totals() if abs(count.value - total) <= 0.01 * total]
    if len(matches) != 1:
        return None
    _, active, name = matches[0]
    right = 2 * active
    check = compare(result, right)
    if check.verdict.holds:
        return None
    how = (
        f"{count.text} is the total of {name}, a mixture of experts; a token runs only its {active / 1e9:.2f}B active "
        f"parameters (input embedding aside): 2 × {active / 1e9:.2f}B = {right / 1e9:,.1f} GFLOP per token; "
        f"{check.explanation}"
    )
    return Verdict.WRONG, how


# a bare number followed by a word of its own counts that thing (`≈ 200 pages`, `≈ 200 страниц`), not per something
_COUNTED_NOUN = guarded(r"(?i)\s*(?!(?:per|each|на|за|в|of|times|раз\w*)\b)[^\W\d_]{3,}")


def _size_per_token_factor(chain: list[tuple[str, Quantity]], i: int) -> bool:
    """`4096 × 128 КиБ = 512 МиБ`, `184 КиБ × 8192 = 1,44 ГиБ`: a size of kibibytes or mebibytes multiplied by a count
    is a size per token (or per layer) stated on its own; the sizing shapes judge it too."""
    op, q = chain[i]
    if q.kind != "bytes" or not 1e3 <= q.value < 1e8 or i == len(chain) - 1 or chain[-1][1].value < 1e8:
        return False  # `32 × 4 KiB = 128 KiB per token`: a product of kibibytes is a size per token, its factor per layer
    after = chain[i + 1][0]
    return (op in _MULTIPLY or (i == 0 and after in _MULTIPLY)) and after in (*_MULTIPLY, "=", "≈", "~")


BRACKETED = "bracketed-product"  # a product in brackets after the figure it gives (`extract` keeps one claim a figure)
_BRACKET_OPENS = guarded(r"\s*\(\s*(?:=\s*|≈\s*|~\s*)?")
_BRACKET_CLOSES = guarded(r"\s*\)")


def chains(s: Sentence, facts: NoteFacts) -> list[Found]:
    unit, text = s.unit, s.unit.masked
    out: list[Found] = []
    compute: list[bool] = []  # whether the sentence is about compute, searched once (linear on a long line)
    before: dict[int, Quantity] = {}  # each figure's figure before it, read once when a bracketed product needs it
    for chain in find_chains(s.quantities, text):
        sizing = is_sizing(chain) or _compute_product(chain, text, s, compute)
        if not sizing or continues_arithmetic(unit, chain[0][1].start):
            continue
        if any(op in ("=", "→") for op, _ in chain) and QUALIFIED_RESULT.match(text, chain[-1][1].end):
            continue
        if _ARITHMETIC_AFTER.match(text, chain[-1][1].end):
            continue  # `16 GB = 14 GB weights + 2 GB cache`: the right side goes on past the chain
        if len(chain) == 2 and chain[1][1].kind == "number" and _COUNTED_NOUN.match(text, chain[1][1].end):
            continue  # `128K ≈ 200 страниц`: so many of another thing (pages), no restatement of the figure
        ts = terms(chain)
        start, end = chain[0][1].start, chain[-1][1].end
        # an exact parameter count the chain starts from stays a claim of its own (checked against
        # the model the note names): `6 738 415 616 parameters × 2 bytes ≈ 13.5 GB`
        used = tuple(
            (q.start, q.end)
            for i, (_, q) in enumerate(chain)
            if (i > 0 or not _exact_params(q)) and not _size_per_token_factor(chain, i)
        )
        if (
            len(chain) == 2
            and chain[1][0] == "="
            and chain[0][1].kind == chain[1][1].kind == "bytes"
            and chain[0][1].binary != chain[1][1].binary
        ):
            used = used[1:]  # `54.5 GB = 50.7 GiB`: a conversion; the first figure is still a claim of its own
        ranges = tuple(Fact("range", q.value, q.hi, unit.line) for _, q in chain if q.kind == "multiplier" and q.hi is not None)
        if not out:  # the ranges the sentence states in words, given once
            ranges += tuple(
                Fact("range", float(r.group(1).replace(",", ".")), float(r.group(2).replace(",", ".")), unit.line)
                for r in _RANGE_WORDS.finditer(unit.text, s.start, s.end)
            )
        if len(ts) == 2 and ts[1][0] == "→" and ts[1][1][0].hi is not None and kind_of(ts[0][1]) == kind_of(ts[1][1]) == "bytes":
            out.append(Found(None, used, ranges, _range_product(unit, ts[0][1][0], ts[1][1][0])))
            continue
        if (
            len(chain) >= 4
            and chain[1][0] == "→"
            and chain[0][1].kind == "bytes"
            and _PER_TOKEN_ARROW.fullmatch(text, chain[0][1].end, chain[1][1].start)
            and sessions_times_context([q for _, q in chain[1:-1]], chain[-1][1])
        ):
            # `KV 200 KiB per token → 32 × 8K = 50 GiB`: the size per token times the sessions and their context
            chain = [chain[0], ("×", chain[1][1]), *chain[2:]]
        elif sessions_times_context([q for _, q in chain[:-1]], chain[-1][1]):
            continue
        result = check_chain(text, chain)
        bracketed = False
        if result is None and all(op in _MULTIPLY for op, _ in chain[1:]):
            # `16.06 GB (8.03B × 2 bytes)`: a product in brackets right after the figure it gives
            if not before:
                before.update({b.start: a for a, b in pairwise(s.quantities)})
            given = before.get(start)
            given = given if given is not None and _BRACKET_OPENS.fullmatch(text, given.end, start) else None
            closed = _BRACKET_CLOSES.match(text, end)
            if given is not None and closed is not None and given.kind in ("bytes", "count", "flops", "tokens"):
                result = check_chain(text, [*chain, ("=", given)])
                if result is not None:
                    # the operands stay claims of their own (`138 ГБ (68,98 млрд × 2 байта)`: the count is checked too);
                    # a figure its product gives is still read by its kind's check (a product can hold while the
                    # figure is not the model's: `72 KiB (12 layers × 768 × 2 × 2 bytes × 2)`), unless it is wrong
                    start, end = given.start, closed.end()
                    used = ((given.start, given.end),) if not result[0].holds else ()
                    bracketed = True
        if result is None:
            continue
        verdict, explanation, stated, ratio = result
        slip = (
            (
                _bits_as_bytes(s, facts, chain)
                or _moe_total_flops(s, chain)
                or _query_heads(s, facts, chain)
                or _kv_once(s, facts, chain)
            )
            if verdict.holds
            else None
        )
        if slip is not None:
            verdict, explanation = slip
        repairs: tuple[str, ...] = ()
        if verdict is Verdict.WRONG:
            fixed = _repaired(text, start, end)
            if fixed is not None:
                verdict, explanation, stated, repairs = fixed
        shape = BRACKETED if bracketed else "ratio-chain" if ratio else "product-chain"
        claim = make_claim(unit, start, end, shape, verdict, explanation, stated=stated, repairs=repairs)
        ratio_facts = (Fact("ratio", chain[-1][1].value, chain[-1][1].value, unit.line),) if ratio else ()
        out.append(Found(claim, used, ratio_facts + ranges))
    taken = [span for f in out for span in f.used]
    out += _each_products(s, taken)
    return out


# `5 checkpoints at ~112 GB each needs 0.56 TB`, `4 карты по 80 ГБ — 320 ГБ`: a count of things, the size of
# each, then their total in the same clause
_COUNT_WORD = guarded(
    r"(?i)\b(?:two|three|four|five|six|seven|eight|nine|ten|twelve|dozen|hundred|два|две|три|четыре|пять|шесть|семь|восемь|десять)\b"
)
_CLAUSE_START = guarded(r"[,;:()]\s")
_EACH_AFTER = guarded(r"(?i)\s*(?:each|apiece|каждый|каждая|каждое|каждого|каждому)\b")
_COUNT_OF = guarded(
    r"(?i)(?<![\d.,\-–—/^])(?P<n>\d{1,6})\s+(?:[^\W\d][\w-]*\s+){1,4}?(?P<at>at|of|по)\s+(?:~|≈|about\s+|around\s+|около\s+|примерно\s+)?$"
)
_TOTAL_GAP = guarded(
    r"(?i)^\s*(?:each|apiece|каждый|каждая|каждое|каждого|каждому)?\s*,?\s*(?:(?:which|that|so|что|и)\s+)?"
    r"(?:[:→]|—|–|\bneeds?\b|\btakes?\b|\brequires?\b|\bcomes?\s+to\b|\bgives?\b|\bis\b|\bare\b|\btotals?\b"
    r"|\bтребу\w*|\bзанима\w*|\bзайм\w*|\bдают\b|\bэто\b)"
    r"(?:\s*(?:in\s+total|in\s+all|total|about|around|roughly|~|≈|это|всего|итого|около|примерно|в\s+сумме))*\s*$"
)


def _each_products(s: Sentence, taken: list[tuple[int, int]]) -> list[Found]:
    """A count, the size of each (`at 112 GB each`, `по 80 ГБ`), and the total said right after in the
    same clause: the total is count × size. Sizes a chain has used, ranges, and a total qualified as
    what is left (`usable`) are not read; an `=` is a chain's sign (`На 4 GPU по 24 ГБ = 96 ГБ` stays
    an incomplete chain, no claim)."""
    text = s.unit.masked
    sizes = [q for q in s.quantities if q.kind == "bytes" and q.scale >= 1e3 and q.hi is None and s.start <= q.start < s.end]
    out: list[Found] = []
    for each, total in pairwise(sizes):
        if any(a < each.end and each.start < b for a, b in taken) or any(a < total.end and total.start < b for a, b in taken):
            continue
        count = _COUNT_OF.search(text, max(s.start, each.start - 80), each.start)
        if count is None:
            continue
        lo = max(s.start, count.start() - 120)  # a bounded look back: linear on a long line
        clause = max([lo, *(m.end() for m in _CLAUSE_START.finditer(s.unit.text, lo, count.start()))])
        before = s.unit.text[clause : count.start()]
        if any(c.isdigit() for c in before) or _COUNT_WORD.search(before):
            continue  # `2 nodes of 8 GPUs at 80 GB each`: more counts than the one multiplied
        russian = count.group("at").lower() == "по"
        if not (_EACH_AFTER.match(text, each.end) or russian):
            continue
        if not _TOTAL_GAP.match(s.unit.text[each.end : total.start]) or QUALIFIED_RESULT.match(text, total.end):
            continue
        n = int(count.group("n"))
        if n < 2:
            continue
        product = n * each.value
        check = compare(total, product)
        how = f"{n} × {each.text} = {fmt(product, total.scale)}; {check.explanation}"
        claim = make_claim(s.unit, count.start("n"), total.end, "product-chain", check.verdict, how, stated=total.text)
        out.append(Found(claim, ((total.start, total.end),)))
    return out


# a product said to count every parameter on purpose (`If you mistakenly use total params: 6 × 671B × …`)
_ALL_ON_PURPOSE = guarded(
    r"(?i)\bmistaken\w*|\bwrongly\b|\bif\s+(?:you|we|one)\s+(?:use|count|take)|\b(?:total|all)\s+param\w*"
    r"|ошибочно|по\s+ошибке|\bесли\s+(?:считать|брать|взять)|по\s+(?:всем|общему\s+числу)\s+параметр\w*|все\s+параметры"
)


@lru_cache(maxsize=1)
def _mixture_totals() -> tuple[tuple[float, ModelConfig], ...]:
    return tuple((float(count_parameters(m).total), m) for m in MODELS if m.is_moe)


def _mixture_total(left: list[Quantity]) -> tuple[Quantity, ModelConfig] | None:
    """A product of 6 (or 2), a parameter count and a token count, whose count is a catalogued mixture of experts' total
    (within 0.6 %: `671 млрд` is DeepSeek-V3's): the count a token does not use."""
    if not any(q.kind in ("number", "multiplier") and q.value in (2.0, 6.0) for q in left):
        return None
    if not any(q.kind == "tokens" or q.value >= 1e11 for q in left):
        return None
    largest = max(q.value for q in left)
    for q in left:
        if q.kind in ("count", "number") and 1e10 <= q.value < 1e13 and q.value < largest:  # N, not the tokens D
            fits = [m for v, m in _mixture_totals() if abs(q.value - v) <= 0.006 * v]
            if len({m.name for m in fits}) == 1:
                return q, fits[0]
    return None


def implied_compute(stated: Quantity, product: float) -> tuple[int, Check] | None:
    """Parameters × tokens stated as compute (`7B × 2T tokens = 8.1e22 FLOP`): the 6 of 6·N·D, else the 2 of a forward
    pass, is implied. The factor and the check at it when the figure gives it or is near it (within 10 %: a size name's
    rounding), else None."""
    for k in (6, 2):
        check = compare(stated, product * k)
        if check.verdict.holds or 0.9 <= stated.value / (product * k) <= 1.1:
            return k, check
    return None


# A product written with a label before (or a unit after) each factor, `micro-batch 4 × seq 4096 × grad-accum 8 × 8 GPUs =
# 1,048,576 tokens`, `Микробатч 2 × длина 8192 × накопление 16 × 8 GPU = 2 097 152 токенов`: between two factors a
# unit or label of up to two words, the sign, and a label of up to two words; the result after `=`.
_LABEL_WORDS = r"(?:[^\W\d][\w-]*\s+){0,2}?"
_FACTOR_GAP = guarded(rf"\s*(?:[^\W\d][\w-]*\s*){{0,2}}?[,;]?\s*(?:×|\*|·|(?<=\s)[xх](?=\s))\s*{_LABEL_WORDS}\s*")
_RESULT_GAP = guarded(r"\s*(?:[^\W\d][\w-]*\s*){0,3}?(?:=|≈)\s*(?:~|≈)?\s*")
_LETTER = guarded(r"[^\W\d]")


_LABEL_ONLY = guarded(rf"\s*{_LABEL_WORDS}\s*")


def _joined(text: str, a: Quantity, b: Quantity) -> bool:
    """Factor `b` follows factor `a` in a product: the sign between them (`4 ×` carries its own)."""
    if a.kind == "multiplier" and a.text.rstrip()[-1:] in ("×", "x", "х", "*"):
        return _LABEL_ONLY.fullmatch(text, a.end, b.start) is not None
    return _FACTOR_GAP.fullmatch(text, a.end, b.start) is not None


def labelled_products(s: Sentence, facts: NoteFacts) -> list[Found]:
    """A product of three or more factors with words between them, equated with a result: a claim when the product of
    the factors gives it (a wrong one is left to the shapes that read the factors' meaning)."""
    text = s.unit.masked
    qs = [q for q in s.quantities if q.hi is None]
    out: list[Found] = []
    i = 0
    while i < len(qs):
        j = i
        while j + 1 < len(qs) and _joined(text, qs[j], qs[j + 1]):
            j += 1
        if j - i >= 2 and j + 1 < len(qs) and _RESULT_GAP.fullmatch(text, qs[j].end, qs[j + 1].start):
            factors, result = qs[i : j + 1], qs[j + 1]
            labelled = any(_LETTER.search(text, a.end, b.start) for a, b in pairwise(factors))
            computed = math.prod(q.value for q in factors)
            check = compare(result, computed)
            if labelled and check.verdict.holds and result.kind in ("tokens", "count", "number"):
                shown = " × ".join(q.text.rstrip(" ×xх*") for q in factors)
                why = f"{shown} = {computed:,.0f}; {check.explanation}"
                claim = make_claim(s.unit, factors[0].start, result.end, "product-chain", check.verdict, why, stated=result.text)
                # (a result the sentence computes on stays offered to the shapes after: `= 512 sequences; at 4,096
                # tokens that's 2.1M tokens`; one that ends the computation is used)
                goes_on = any(abs(z.value / result.value - 1) > 0.1 for z in qs[j + 2 :] if result.value)  # (not `(≈1.05M)`)
                out.append(found(claim, *factors) if goes_on else found(claim, *factors, result))
                i = j + 1 if goes_on else j + 2
                continue
        i = max(j, i + 1)
    return out
