"""Find the numeric sizing claims in a note and check each one.

Shapes (claims-gold.md §5.1): product and equality chains (params × bytes = size, scale
expansion, `7×109` lost superscripts repaired only when that makes the chain hold), ratio chains
(`60 GB → <1 MB → ~60,000×`), sizes and a ratio in one sentence, multiplier ranges, dtype facts,
percent reductions between dtypes, params in a dtype = size, model name → size, code arithmetic
with `# Output:` comments (whitelisting evaluator), per-layer × layers, architecture facts, and
vague or external figures (unverifiable), and sizes of code that disagree with an earlier one of
the note (internal inconsistency). Lone figures with no arithmetic are context, not claims.

Most lines of a note hold no claim: `_line_plan` finds the few that can with one scan of the
whole note, and only those are split into sentences and quantities.
"""

from __future__ import annotations

import math
import re
from bisect import bisect_right
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, replace
from itertools import accumulate
from typing import Any

from vaultkit.claims.arith import run_block
from vaultkit.claims.catalog import MODELS, find_model
from vaultkit.claims.engine import DTYPE_BYTES, count_parameters
from vaultkit.claims.model import Claim, Verdict, worst
from vaultkit.claims.quantities import Quantity, find_quantities
from vaultkit.claims.verdict import compare, fmt

DTYPE = r"(?:FP64|FP32|TF32|FP16|BF16|FP8|INT8|INT4|NF4|fp64|fp32|tf32|fp16|bf16|fp8|int8|int4|nf4|float32|float16|bfloat16)"
_DTYPE_FACT = re.compile(rf"(?P<dt>{DTYPE})\W{{0,4}}\(?(?P<bits>\d+)[\s-]*bits?\)?\W{{0,6}}(?P<bytes>\d+(?:\.\d+)?)\s*bytes?", re.I)
_BIT_BYTE = re.compile(r"(?P<bits>\d+)-bit\s*\((?P<bytes>\d+)-byte\)", re.I)
_HALVING = re.compile(rf"halv\w*[^.]*?compared to\s*(?P<ref>{DTYPE})", re.I)
_FACTOR = re.compile(rf"by a factor of\s*(?P<n>\d+)[^.]*?compared to\s*(?P<ref>{DTYPE})", re.I)
_PERCENT = re.compile(rf"(?=[fос])(?:from\s+|от\s+|с\s+)(?P<a>{DTYPE})\s+(?:to|к|до|на)\s+(?P<b>{DTYPE})[^.%]*?(?:by|на)\s+(?P<p>\d+(?:[.,]\d+)?)\s*%", re.I)
_VAGUE = re.compile(r"\b(?:tens|hundreds|thousands|dozens)\s+of\s+(?:kilo|mega|giga|tera|peta)bytes\b|\b(?:десятки|сотни|тысячи)\s+(?:кило|мега|гига|тера|пета)байт\w*|в несколько раз|several times (?:larger|smaller|bigger|more)", re.I)
_CODE_WORDS = re.compile(r"\b(?:code|source|script|python)\b|кода|код\b|скрипт", re.I)
_PER_PARAM = re.compile(r"\s*(?:/\s*|per\s+|на\s+)(?:param|token|layer|head|step|sample|токен|слой|параметр)", re.I)
_PYTHON_LINE = re.compile(r"^\s*(?:import\s|from\s+\w[\w.]*\s+import\s|[A-Za-z_][\w.]*\s*=[^=]|print\(|#)")
_HARDWARE = re.compile(r"\b(?:GPU|GPUs|HBM|VRAM|card|cards)\b|видеокарт|видеопамят", re.I)
_SERIAL = re.compile(r"binary|literal|serializ|ascii|text form|python arrays|литерал|текстов", re.I)
_MODEL_NAME = re.compile(r"\b(?P<family>GPT-3|GPT-2|LLaMA-2|Llama-2|LLaMA-3|Llama-3|Llama 2|Llama 3|Mistral|Mixtral|Falcon|Qwen2\.5|BERT)[\s-]*(?P<size>\d+(?:\.\d+)?[BM])?\b", re.I)
_LOST_SUPERSCRIPT = re.compile(r"(?<![\d^*])(\d+(?:[.,]\d+)?)\s*([×x])\s*10(\d)\b(?!\s*[×x*])")
_SENTENCE = re.compile(r"[.!?;]\s+(?=[A-ZА-Я*(])")  # a sentence starts at the match's end
_BLOCKQUOTE = re.compile(r"^\s*(?:>\s?)+")
_CHAIN_OP = re.compile(r"=|→|->|⇒|×|\*|·|\bx\b|\bх\b")


@dataclass(frozen=True)
class Unit:
    """A stretch of text checked as one: a line, or consecutive display-math lines joined."""

    text: str
    line: int
    end_line: int
    source: str


def _flatten_latex(text: str) -> str:
    text = re.sub(r"\\text\{([^}]*)\}", r"\1", text)
    text = text.replace("\\times", "×").replace("\\cdot", "·").replace("{,}", ",").replace("\\,", " ").replace("\\approx", "≈")
    return re.sub(r"\s+", " ", text.replace("$$", " ").replace("$", " ").replace("\\", " "))


def _units(lines: list[str], code: set[int], plan: Plan | None = None) -> list[tuple[Unit, re.Pattern[str] | None, str | None]]:
    """The units to check, each with the test that must still pass before it can hold a claim
    (None: known to pass) and, from a `plan` (see `_line_plan`), its text lowercased. With a
    plan, prose lines outside it are skipped."""
    units: list[tuple[Unit, re.Pattern[str] | None, str | None]] = []
    i = 0
    while i < len(lines):
        if i + 1 in code:
            i += 1
            continue
        line = lines[i]
        test: re.Pattern[str] | None = _MAYBE
        if plan is not None and "$" not in line:  # LaTeX is flattened first: always the full test
            if i + 1 not in plan:
                i += 1
                continue
            test = plan[i + 1]
        if line.strip().startswith("$$"):
            start = i
            parts = [line]
            while i + 1 < len(lines) and lines[i + 1].strip().startswith("$$") and i + 2 not in code:
                i += 1
                parts.append(lines[i])
            units.append((Unit(_flatten_latex(" ".join(parts)), start + 1, i + 1, "latex"), _MAYBE, None))
        else:
            # A blockquote's `>` is not a bound: blank it, keeping columns.
            quote = _BLOCKQUOTE.match(line)
            if quote:
                line = " " * quote.end() + line[quote.end() :]
            if "$" in line:
                units.append((Unit(_flatten_latex(line), i + 1, i + 1, "prose"), test, None))
            else:
                low = plan.low[plan.starts[i] : plan.starts[i + 1] - 1] if plan is not None else None
                if low is not None and quote:
                    low = " " * quote.end() + low[quote.end() :]
                units.append((Unit(line, i + 1, i + 1, "prose"), test, low))
        i += 1
    return units


_NEW_STATEMENT = re.compile(r",|;|\band\b|\bor\b|\bи\b|\bили\b")
_GAP_BREAK = re.compile(r"[.;!?:]\s|[.;!?]$|\n")


def _operator(gap: str) -> str | None:
    if len(gap) > 60:
        return None
    # `GB = 10^9 bytes, GiB = 2^30 bytes`: a comma or conjunction starts a new statement.
    if _NEW_STATEMENT.search(gap):
        return None
    if _GAP_BREAK.search(gap.replace("(", " ")) and "→" not in gap and "=" not in gap:
        return None
    m = _CHAIN_OP.findall(gap)
    if not m:
        return None
    if any(op in ("=",) for op in m):
        return "="
    if any(op in ("→", "->", "⇒") for op in m):
        return "→"
    return "×" if len(gap) <= 30 else None


def _chains(qs: list[Quantity], text: str) -> list[list[tuple[str, Quantity]]]:
    chains: list[list[tuple[str, Quantity]]] = []
    current: list[tuple[str, Quantity]] = []
    for q in qs:
        if current:
            op = _operator(text[current[-1][1].end : q.start])
            if op is None:
                if len(current) > 1:
                    chains.append(current)
                current = []
            else:
                current.append((op, q))
                continue
        current = [("", q)]
    if len(current) > 1:
        chains.append(current)
    return chains


def _terms(chain: list[tuple[str, Quantity]]) -> list[tuple[str, list[Quantity]]]:
    terms: list[tuple[str, list[Quantity]]] = []
    for op, q in chain:
        if op in ("", "=", "→"):
            terms.append((op, [q]))
        else:
            terms[-1][1].append(q)
    return terms


def _kind(qs: list[Quantity]) -> str:
    kinds = {q.kind for q in qs}
    if "bytes" in kinds:
        return "bytes"
    if "count" in kinds:
        return "count"
    if kinds == {"multiplier"}:
        return "multiplier"
    return "number"


def _product(qs: list[Quantity]) -> float:
    value = 1.0
    for q in qs:
        value *= q.value
    return value


def _check_chain(chain: list[tuple[str, Quantity]]) -> tuple[Verdict, str, str] | None:
    terms = _terms(chain)
    results: list[tuple[Verdict, str]] = []
    stated = ""
    for i in range(1, len(terms)):
        op, right = terms[i]
        _, left = terms[i - 1]
        lk, rk = _kind(left), _kind(right)
        if op == "=" and (lk == rk or {lk, rk} <= {"count", "number"}) and lk != "multiplier":
            computed = _product(left)
            if len(right) == 1:
                check = compare(right[0], computed, computed_is_bound=any(q.bound for q in left))
                results.append((check.verdict, check.explanation))
                stated = right[0].text
            else:
                ok = abs(_product(right) - computed) <= 0.005 * abs(computed)
                results.append((Verdict.HOLDS if ok else Verdict.WRONG, f"{' × '.join(q.text for q in left)} = {fmt(computed, 1)}; stated {' × '.join(q.text for q in right)} = {fmt(_product(right), 1)}"))
        elif op == "→" and lk == "bytes" and rk == "bytes" and i + 1 < len(terms) and _kind(terms[i + 1][1]) == "multiplier":
            a, b, n = _product(left), _product(right), terms[i + 1][1][0]
            big, small = max(a, b), min(a, b)
            check = compare(n, big / small, computed_is_bound=any(q.bound for q in left + right))
            results.append((check.verdict, f"ratio {fmt(big, 1)} / {fmt(small, 1)} = {big / small:,.0f}; {check.explanation}"))
            stated = n.text
    if not results:
        return None
    verdict = worst([v for v, _ in results])
    return verdict, "; ".join(e for _, e in results), stated


def _claim(unit: Unit, start: int, end: int, shape: str, verdict: Verdict, explanation: str, *, stated: str = "", recomputed: str = "", repairs: tuple[str, ...] = (), key: str = "", value: float | None = None) -> Claim:
    return Claim(unit.line, start + 1, unit.end_line, unit.text[start:end].strip(), shape, unit.source, stated, recomputed, verdict, explanation, repairs, key, value)


def _dtype_bytes(name: str) -> float:
    return DTYPE_BYTES[name.lower()]


# Only lines with a digit or a vague magnitude word can hold a claim: most lines stop here.
_MAYBE_TAIL = r"(?:[KMGTPКМГТ]i?[BБ]|[kK][bB]|bytes?|байт|bits?|бит|[×xх*%·]|billion|million|thousand|trillion|млрд|млн|тыс|трлн|param|параметр|B\b|-bit|\^|\s*[=→])"
_MAYBE_WORDS_RE = r"\bof\s+(?:kilo|mega|giga|tera|peta)bytes|несколько раз|several times|(?:кило|мега|гига|тера|пета)байт"
_MAYBE = re.compile(r"\d[\d,.\u00a0\u202f ]*" + _MAYBE_TAIL + r"|[=×→]\s*[~≈<]?\s*\d|" + _MAYBE_WORDS_RE, re.I)

# The same test for a whole note at once (`_line_plan`). `_MAYBE_NUMBER` is its first two
# alternatives made fast: the digit run is possessive (no tail alternative starts with a
# character of the run, except whitespace before `=`/`→`, which the run may take as well) and
# `\s` cannot cross a line. `_MAYBE_WORDS` is the rest, with a lookahead naming first letters.
_NO_NL = r"[^\S\n]"
_MAYBE_NUMBER = (
    re.compile(r"\d[\d,.\u00a0\u202f ]*+" + _MAYBE_TAIL.replace(r"\s", _NO_NL), re.I),
    re.compile(r"[=×→]" + _NO_NL + r"*[~≈<]?" + _NO_NL + r"*\d", re.I),
)
# The first of them for the lowercased note, without re.I (faster; the same lines, see
# _CASE_EXCEPTIONS; _MAYBE_TAIL has no uppercase escape for lower() to turn around).
_MAYBE_DIGITS_LOW = re.compile(r"\d[\d,.\u00a0\u202f ]*+" + _MAYBE_TAIL.lower().replace(r"\s", _NO_NL))
_MAYBE_WORDS = re.compile(r"(?=[oнsкмгтп])(?:" + _MAYBE_WORDS_RE + ")", re.I)
# Words found by `str.find` in the lowercased note: every match of `_MAYBE_WORDS` or `_VAGUE`
# holds one of them. Lowercasing gives what `re.I` compares against, and keeps digits, spaces
# and word characters what they are, except for the characters below (İ ı ſ, the rounded
# Cyrillic letters, ...); a note holding any is checked line by line.
_WORDS = ("bytes", "байт", "несколько раз", "several times")
_VAGUE_EN, _VAGUE_RU = ("tens", "hundreds", "thousands", "dozens"), ("десятки", "сотни", "тысячи")
_SIGNS = ("=", "×", "→")  # where the second half of _MAYBE_NUMBER starts
_CASE_EXCEPTIONS = re.compile("[\u0130\u0131\u017f\u1c80-\u1c88\u1e9b\u212a\u212b\ufb05\ufb06]")
_DIGIT = re.compile(r"\d")


def _may_be_vague(low: str) -> bool:
    """Can `_VAGUE` match this lowercased text (the only claims a line without digits holds)?"""
    return (
        "несколько раз" in low
        or "several times" in low
        or ("bytes" in low and any(word in low for word in _VAGUE_EN))
        or ("байт" in low and any(word in low for word in _VAGUE_RU))
    )


class Plan(dict[int, "re.Pattern[str] | None"]):
    """`_line_plan`'s answer: line → test still to pass; with the lowercased note and the offsets
    where its lines start."""

    def __init__(self, low: str, starts: list[int]) -> None:
        super().__init__()
        self.low, self.starts = low, starts


def _line_plan(text: str, lines: list[str], code: set[int] | frozenset[int] = frozenset()) -> Plan | None:
    """The lines (1-based) that can hold a claim, found with one scan of the note, each with
    the test still to pass (None: `_MAYBE` is known to match it). Lines with `$` are left to
    `_units` (LaTeX is flattened before the test), lines in `code` may be left out. None: every
    line must be tested."""
    if not text.isascii() and _CASE_EXCEPTIONS.search(text):
        return None
    starts = list(accumulate((len(line) + 1 for line in lines), initial=0))
    low = text.lower()  # same length: no İ (_CASE_EXCEPTIONS)
    plan = Plan(low, starts)
    signs = _MAYBE_NUMBER[1]
    for m in _MAYBE_DIGITS_LOW.finditer(low):
        plan[bisect_right(starts, m.start())] = None
    for sign in _SIGNS:  # rare outside the lines already found: test the others one by one
        i = text.find(sign)
        while i >= 0:
            n = bisect_right(starts, i)
            if n not in plan and n not in code and signs.search(lines[n - 1]):
                plan[n] = None
            i = text.find(sign, starts[n])
    seen: set[int] = set()
    for word in _WORDS:
        i = low.find(word)
        while i >= 0:
            n = bisect_right(starts, i)
            if n not in plan and n not in seen:
                seen.add(n)
                if _DIGIT.search(lines[n - 1]):
                    plan[n] = _MAYBE_WORDS  # _MAYBE_NUMBER failed: the rest of _MAYBE decides
                elif _may_be_vague(low[starts[n - 1] : starts[n] - 1]):
                    plan[n] = _MAYBE
            i = low.find(word, starts[n])
    return plan


_DTYPE_RE = re.compile(DTYPE)
# Every DTYPE name, lowercased, holds one of these (`bfloat16` holds `float16`): _PERCENT, which
# needs two, is not tried on a text that holds fewer.
_DTYPE_NAMES = ("fp64", "fp32", "tf32", "fp16", "bf16", "fp8", "int8", "int4", "nf4", "float32", "float16")


def _unit_claims(unit: Unit, context: dict[str, Any], test: re.Pattern[str] | None = _MAYBE, lowered: str | None = None) -> list[Claim]:
    text = unit.text
    if test is not None and not test.search(text):
        return []
    claims: list[Claim] = []
    used: list[tuple[int, int]] = []
    qs = find_quantities(text)

    for chain in _chains(qs, text):
        result = _check_chain(chain)
        if result is None:
            continue
        verdict, explanation, stated = result
        start, end = chain[0][1].start, chain[-1][1].end
        repairs: tuple[str, ...] = ()
        if verdict is Verdict.WRONG and _LOST_SUPERSCRIPT.search(text[start:end]):
            fixed = _LOST_SUPERSCRIPT.sub(lambda m: f"{m.group(1)}{m.group(2)}10^{m.group(3)}", text)
            retry = [c for c in _chains(find_quantities(fixed), fixed)]
            for c in retry:
                r = _check_chain(c)
                if r and r[0].holds:
                    repairs = tuple(f"superscript: {m.group(0)} → {m.group(1)}×10^{m.group(3)}" for m in _LOST_SUPERSCRIPT.finditer(text[start:end]))
                    verdict, explanation, stated = r[0], r[1] + " (after repairing lost superscripts)", r[2]
                    break
        shape = "ratio-chain" if "ratio" in explanation else "product-chain"
        claims.append(_claim(unit, start, end, shape, verdict, explanation, stated=stated, repairs=repairs))
        used.append((start, end))
        if shape == "ratio-chain":
            context["ratios"].append(chain[-1][1].value)
        for _, q in chain:
            if q.kind == "multiplier" and q.hi is not None:
                context["ranges"].append((q.value, q.hi))

    def free(q: Quantity) -> bool:
        return not any(s <= q.start < e for s, e in used)

    rest = [q for q in qs if free(q)]
    sizes = [q for q in rest if q.kind == "bytes"]
    # Lowercased, the text answers `str.find` as `re.I` would (see _CASE_EXCEPTIONS).
    low = lowered if lowered is not None else None if not context.get("plain_case") and _CASE_EXCEPTIONS.search(text) else text.lower()
    all_sizes = [q for q in qs if q.kind == "bytes" and q.scale >= 1e3 and not _PER_PARAM.match(text, q.end)]
    mults = [q for q in rest if q.kind == "multiplier"]

    has_bits = "bit" in text or "бит" in text
    for m in _DTYPE_FACT.finditer(text) if has_bits else ():
        bits, nbytes = int(m.group("bits")), float(m.group("bytes"))
        table = _dtype_bytes(m.group("dt"))
        ok = bits / 8 == nbytes == table
        claims.append(_claim(unit, m.start(), m.end(), "dtype-fact", Verdict.HOLDS if ok else Verdict.WRONG, f"{m.group('dt')}: {bits} bits = {bits / 8:g} bytes; table {table:g} bytes; stated {nbytes:g}"))
        used.append((m.start(), m.end()))
        for rel in (_HALVING.search(text, m.end()), _FACTOR.search(text, m.end())):
            if rel is None:
                continue
            ref = _dtype_bytes(rel.group("ref"))
            if "n" in rel.groupdict():
                ratio, want = ref / table, float(rel.group("n"))
            else:
                ratio, want = table / ref, 0.5
            claims.append(_claim(unit, rel.start(), rel.end(), "ratio", Verdict.HOLDS if abs(ratio - want) < 1e-9 else Verdict.WRONG, f"{rel.group('ref')} {ref:g} B vs {m.group('dt')} {table:g} B: ratio {ratio:g}, stated {want:g}"))
    for m in _BIT_BYTE.finditer(text) if "-bit" in text else ():
        ok = int(m.group("bits")) / 8 == float(m.group("bytes"))
        claims.append(_claim(unit, m.start(), m.end(), "dtype-fact", Verdict.HOLDS if ok else Verdict.WRONG, f"{m.group('bits')} bits = {int(m.group('bits')) / 8:g} bytes; stated {m.group('bytes')}"))
        used.append((m.start(), m.end()))
    for m in _PERCENT.finditer(text) if "%" in text and (low is None or sum(low.count(name) for name in _DTYPE_NAMES) >= 2) else ():
        a, b = _dtype_bytes(m.group("a")), _dtype_bytes(m.group("b"))
        got, want = 1 - b / a, float(m.group("p").replace(",", ".")) / 100
        claims.append(_claim(unit, m.start(), m.end(), "percent-reduction", Verdict.HOLDS if abs(got - want) < 0.005 else Verdict.WRONG, f"{m.group('a')} {a:g} B → {m.group('b')} {b:g} B: {got:.0%} smaller; stated {want:.0%}"))
        used.append((m.start(), m.end()))

    # Sizes and a ratio in one sentence: `LLM of 60 GB … ~1 MB script; ratio ≈ 60 000×`.
    if len(all_sizes) >= 2 and mults and not any(c.shape == "ratio-chain" for c in claims):
        big, small = max(all_sizes, key=lambda q: q.value), min(all_sizes, key=lambda q: q.value)
        n = mults[0]
        if big.value != small.value and n.hi is None:
            check = compare(n, big.value / small.value, computed_is_bound=bool(small.bound))
            claims.append(_claim(unit, min(big.start, small.start), max(n.end, big.end, small.end), "ratio", check.verdict, f"ratio {big.text} / {small.text} = {big.value / small.value:,.0f}; {check.explanation}", stated=n.text))
            context["ratios"].append(n.value)
            context["pairs"].append((big.value, small.value))
            used.extend((q.start, q.end) for q in (big, small, n))

    for q in mults:
        if not free(q) or any(c.line == unit.line and c.shape in ("ratio", "ratio-chain") for c in claims):
            continue
        if q.hi is not None:  # a multiplier range: text serialisation vs binary (G12)
            ratio = context.get("literal_ratio")
            if ratio and _SERIAL.search(text):
                lo, hi = ratio
                ok = q.value - q.rounding() <= lo and hi <= q.hi + q.rounding()
                claims.append(_claim(unit, q.start, q.end, "multiplier-range", Verdict.HOLDS if ok else Verdict.WRONG, f"text literals of the note's example take {lo:.1f}–{hi:.1f}× their fp16 bytes; stated {q.text}"))
            else:
                claims.append(_claim(unit, q.start, q.end, "multiplier-range", Verdict.UNVERIFIABLE, f"{q.text}: nothing in the note to recompute it from"))
            context["ranges"].append((q.value, q.hi))
        elif any(abs(q.value - r) <= q.rounding() for r in context["ratios"]) and q.value >= 100:
            claims.append(_claim(unit, q.start, q.end, "ratio", Verdict.HOLDS, f"{q.text} restates a ratio checked earlier in the note"))
        elif q.value >= 100:
            context["pending_ratios"].append((unit, q))

    # `A → B1–B2` with a range: the implied multiplier against the note's stated ranges (G13).
    for chain in _chains(rest, text):
        terms = _terms(chain)
        if len(terms) == 2 and terms[1][0] == "→" and terms[1][1][0].hi is not None and _kind(terms[0][1]) == _kind(terms[1][1]) == "bytes":
            a, b = terms[0][1][0], terms[1][1][0]
            lo, hi = b.value / a.value, (b.hi or b.value) / a.value
            match = any(abs(lo - r0) < 1e-6 and abs(hi - r1) < 1e-6 for r0, r1 in context["ranges"])
            claims.append(_claim(unit, a.start, b.end, "range-product", Verdict.HOLDS if match else Verdict.UNVERIFIABLE, f"{a.text} × ({lo:g}–{hi:g}) = {b.text}" + ("; the multiplier range is the one stated in the note" if match else "")))
            used.append((a.start, b.end))

    # A sentence with no free size and no vague magnitude gives nothing: skip it. `_VAGUE` runs
    # once over the unit (no match spans a sentence break: it holds no `.!?;`).
    vague = list(_VAGUE.finditer(text)) if low is None or _may_be_vague(low) else []
    sizes = [q for q in sizes if free(q) and not _PER_PARAM.match(text, q.end)]
    sentences = _sentences(text) if all_sizes else []
    conflicts = _code_sizes(unit, text, low, sentences, all_sizes, context) if all_sizes else {}
    if not sizes and not vague:
        return claims
    sentences = sentences or _sentences(text)
    starts = [a for a, _ in sentences]
    found: dict[int, tuple[list[Quantity], list[re.Match[str]]]] = {}  # by sentence, in order
    for q in sizes:
        found.setdefault(bisect_right(starts, q.start) - 1, ([], []))[0].append(q)
    for m in vague:
        found.setdefault(bisect_right(starts, m.start()) - 1, ([], []))[1].append(m)
    for i in sorted(found):
        a, b = sentences[i]
        inside, here = found[i]
        claims.extend(_sentence_claims(unit, text, a, b, inside, [q for q in qs if a <= q.start < b and free(q)], [q for q in mults if a <= q.start < b], claims, context, here, conflicts.get(a)))
    return claims


# A size said of the model rather than of code: `60 GB model`, `LLM занимает 60 ГБ`.
_MODEL_WORD = r"(?:models?|LLMs?|weights?|checkpoints?|tensors?|модел\w*|вес\w*)\b"
_MODEL_AFTER = re.compile(r"[^\S\n]*(?:[\w-]+[^\S\n]+){0,2}?" + _MODEL_WORD, re.I)
_MODEL_BEFORE = re.compile(r"\b" + _MODEL_WORD + r"[^.;:,\n]{0,12}$", re.I)
_CODE_HINTS = ("code", "source", "script", "python", "код", "скрипт")  # in every _CODE_WORDS match
CONFLICT_FACTOR = 10  # code sizes further apart than this disagree, whatever the hedges
_CODE_SIZE_SHAPES = ("code-size", "external-size", "restatement")


@dataclass(frozen=True)
class CodeSizeConflict:
    """A sentence's code size that disagrees with one stated earlier in the note."""

    figure: Quantity
    base_line: int
    base: Quantity
    factor: str  # "20–100×"


def _interval(q: Quantity) -> tuple[float, float]:
    if q.hi is not None:
        return q.value, q.hi
    return (0.0, q.value) if q.bound == "<" else (q.value, math.inf) if q.bound == ">" else (q.value, q.value)


def _code_sizes(unit: Unit, text: str, low: str | None, sentences: list[tuple[int, int]], sizes: list[Quantity], context: dict[str, Any]) -> dict[int, CodeSizeConflict]:
    """The cross-claim check of code sizes (G14): in a sentence that names code (a script, the
    source, Python) and not of weights serialised as code, the smallest size not said of the model
    (`60 GB model`) is the size of the code that describes the model. Each is compared with those stated earlier in the note; one that
    lies more than CONFLICT_FACTOR times outside an earlier one (an upper bound `<1 MB` fits any
    smaller figure) is an internal inconsistency. Returns the conflicts by sentence start."""
    if low is not None and not any(hint in low for hint in _CODE_HINTS):
        return {}
    earlier: list[tuple[int, Quantity]] = context.setdefault("code_sizes", [])
    conflicts: dict[int, CodeSizeConflict] = {}
    for a, b in sentences:
        inside = [q for q in sizes if a <= q.start < b]
        if not inside or not _CODE_WORDS.search(text, a, b) or _SERIAL.search(text, a, b):
            continue  # no code named, or weights written out as code (`60 GB → 180–300 GB as Python arrays`)
        candidates = [q for q in inside if not _MODEL_AFTER.match(text, q.end) and not _MODEL_BEFORE.search(text, max(a, q.start - 24), q.start)]
        if not candidates:
            continue
        figure = min(candidates, key=lambda q: q.value)
        lo, hi = _interval(figure)
        for line, base in earlier:
            base_lo, base_hi = _interval(base)
            if lo >= CONFLICT_FACTOR * base_hi > 0 or base_lo >= CONFLICT_FACTOR * hi > 0:
                ratios = sorted({max(lo / base_hi, base_lo / hi), max(hi / base_lo if base_lo else math.inf, base_hi / lo if lo else math.inf)})
                factor = "–".join(f"{r:,.0f}" for r in ratios if r != math.inf) + "×"
                conflicts[a] = CodeSizeConflict(figure, line, base, factor)
                break
        earlier.append((unit.line, figure))
    return conflicts


def _sentences(text: str) -> list[tuple[int, int]]:
    bounds = [0] + [m.end() for m in _SENTENCE.finditer(text)] + [len(text)]
    return [(bounds[i], bounds[i + 1]) for i in range(len(bounds) - 1)]


def _sentence_claims(unit: Unit, full: str, a: int, b: int, rest: list[Quantity], qs: list[Quantity], mults: list[Quantity], done: list[Claim], context: dict[str, Any], vague: list[re.Match[str]], conflict: CodeSizeConflict | None = None) -> list[Claim]:
    """The rules that need no arithmetic chain, one sentence at a time (`vague`: the sentence's
    `_VAGUE` matches, found in the whole unit; `conflict`: its code size, when that disagrees with
    an earlier one)."""
    text = full[a:b]
    claims: list[Claim] = []
    if vague:
        for m in vague:
            claims.append(_claim(unit, m.start(), m.end(), "vague-magnitude", Verdict.UNVERIFIABLE, f"{m.group(0)!r} is an order of magnitude, not a figure"))
        return claims
    rest = [q for q in rest if not any(c.line == unit.line and c.column - 1 <= q.start < c.column - 1 + len(c.span) for c in done)]
    if not rest:
        return claims
    model = _MODEL_NAME.search(full, a, b)
    dtype = _DTYPE_RE.search(full, a, b)
    counts = [q for q in qs if q.kind == "count"]
    if _HARDWARE.search(text) and len(rest) >= 2:
        claims.append(_claim(unit, rest[0].start, rest[-1].end, "hardware-catalogue", Verdict.UNVERIFIABLE, "memory sizes of hardware: an external fact"))
    elif conflict is not None and any(q is conflict.figure for q in rest):
        q, base = conflict.figure, conflict.base
        key = f"code-size:{conflict.base_line}:{base.text}"
        claims.append(_claim(unit, q.start, q.end, "code-size", Verdict.UNVERIFIABLE, f"{q.text} of code: not computable, and {conflict.factor} off the {base.text} of line {conflict.base_line}: internal inconsistency", stated=q.text, key=key, value=q.value))
        context.setdefault("code_conflicts", []).append((conflict.base_line, base, key))
    elif len(rest) == 2 and not mults and rest[0].value != rest[1].value and _is_restatement(rest, context):
        claims.append(_claim(unit, rest[0].start, rest[1].end, "restatement", Verdict.HOLDS, "the two sizes restate a ratio stated in the note"))
    elif (counts or (model and model.group("size"))) and dtype and len(rest) == 1 and rest[0].start > dtype.start():
        params = counts[0].value if counts else _model_params(model)
        if params:
            computed = params * _dtype_bytes(dtype.group(0))
            check = compare(rest[0], computed)
            first = counts[0].start if counts else model.start() if model else rest[0].start
            claims.append(_claim(unit, first, rest[0].end, "params-dtype-size", check.verdict, f"{fmt(params, 1)} parameters × {_dtype_bytes(dtype.group(0)):g} B ({dtype.group(0)}); {check.explanation}", key=f"{params:.4g}×{dtype.group(0).lower()}", value=rest[0].value))
    elif model and len(rest) == 1 and not _CODE_WORDS.search(text):
        params = _model_params(model)
        if params:
            readings = {name: params * b for name, b in (("fp16", 2), ("int8", 1), ("int4", 0.5))}
            checks = {name: compare(replace(rest[0], hedge=True), v) for name, v in readings.items()}
            fits = [n for n, c in checks.items() if c.verdict.holds]
            detail = ", ".join(f"{n} {fmt(v, 1e9)}" for n, v in readings.items())
            claims.append(_claim(unit, model.start(), rest[0].end, "model-size", Verdict.HOLDS_APPROX if fits else Verdict.WRONG, f"{model.group(0)} has {params / 1e9:.1f} B parameters: {detail}; stated {rest[0].text}" + (f" (fits {fits[0]})" if fits else ": no precision gives it"), key=f"{model.group(0).lower()}", value=rest[0].value))
    elif _CODE_WORDS.search(text) and any(q.bound or q.hi is not None for q in rest):
        claims.append(_claim(unit, rest[0].start, rest[-1].end, "external-size", Verdict.UNVERIFIABLE, "the size of code or files outside the note: not computable"))
    return claims


def _model_params(model: re.Match[str] | None) -> float | None:
    if model is None:
        return None
    family, size = model.group("family").lower().replace(" ", "-"), model.group("size")
    cfg = find_model(f"{family}-{size.lower()}") if size else find_model(family)
    if cfg is not None:
        return float(count_parameters(cfg).total)
    if size:
        return float(size[:-1]) * (1e9 if size[-1].upper() == "B" else 1e6)
    return None


def _is_restatement(sizes: list[Quantity], context: dict[str, Any]) -> bool:
    big, small = max(sizes, key=lambda q: q.value), min(sizes, key=lambda q: q.value)
    return any(abs(big.value / small.value - r) <= 0.1 * r for r in context["ratios"])


_FLOAT_LITERAL = re.compile(r"-?\d+\.\d+")
_OUTPUT = re.compile(r"#\s*Output:\s*(.*)$")
_OUTPUT_ANYWHERE = re.compile(r"#\s*Output:")
_COMMENT = re.compile(r"#(.*)$")


def _code_claims(lines: list[str], start: int, end: int, context: dict[str, Any]) -> list[Claim]:
    """A fenced block from line `start` to `end` (1-based, fences included)."""
    body = lines[start : end - 1]
    source = "\n".join(body)
    literals = _FLOAT_LITERAL.findall(source)
    # Its names and prints serve `# Output:` lines and the literal ratio only: without either,
    # the block (a shell session, a text sample) is not parsed.
    names, prints, binary = run_block(source) if literals or _OUTPUT_ANYWHERE.search(source) else ({}, [], set())
    claims: list[Claim] = []
    if literals and not prints and not names:
        widths = [len(lit) + 2 for lit in literals]  # the literal plus ", "
        context["literal_ratio"] = (min(widths) / 2, max(widths) / 2)
    last_gb: tuple[float, bool, Quantity] | None = None
    for offset, line in enumerate(body):
        lineno = start + offset + 1
        if "#" not in line:  # no output, no comment
            continue
        unit = Unit(line, lineno, lineno, "code")
        out = _OUTPUT.search(line)
        if out and prints:
            printed = max((p for p in prints if p.line <= offset + 1), key=lambda p: p.line, default=None)
            if printed is None:
                continue
            stated_qs = [q for q in find_quantities(out.group(1)) if q.kind in ("bytes", "number", "count")]
            for q, (label, value, _) in zip(stated_qs[-len(printed.values) :], printed.values):
                shift = out.start(1)
                if q.kind == "bytes":
                    computed = value * (2**30 if printed.divisor_binary else q.scale)
                    check = compare(replace(q, start=q.start + shift, end=q.end + shift), computed, binary_evidence=printed.divisor_binary)
                    last_gb = (value, printed.divisor_binary, q)
                else:
                    check = compare(q, value)
                claims.append(_claim(unit, q.start + shift, q.end + shift, "code-output", check.verdict, f"{label} = {value:,.6g}; {check.explanation}", stated=q.text))
            continue
        comment = _COMMENT.search(line)
        if comment is None:
            continue
        text = comment.group(1)
        layers = re.search(r"(?:layers?|слоёв|слоев)\s*\(?\s*~?\s*(\d+)\s*\)?", text, re.I)
        target = [q for q in find_quantities(text) if q.kind == "bytes"]
        if layers and target and last_gb is not None and re.search(r"->|→|multiply|×", text, re.I):
            per, was_binary, per_q = last_gb
            n = int(layers.group(1))
            scale = 2**30 if was_binary else 1e9
            q = target[0]
            shift = comment.start(1)
            exact = compare(replace(q, start=q.start + shift), per * n * scale, binary_evidence=was_binary)
            rounded = compare(replace(q, start=q.start + shift), per_q.printed * n * scale, binary_evidence=was_binary)
            check = exact if exact.verdict is not Verdict.WRONG else rounded
            claims.append(_claim(unit, q.start + shift, q.end + shift, "per-layer", check.verdict, f"{per_q.text} per layer × {n} layers; {check.explanation}", stated=q.text))
            continue
        fact = re.match(r"\s*(\w+)\s*=\s*(\d+)\s*#.*?~?\s*(\d+(?:\.\d+)?)B\b", line)
        if fact:
            name, value, size = fact.group(1), int(fact.group(2)), float(fact.group(3)) * 1e9
            field = "intermediate" if "inter" in name or "ffn" in name else "hidden" if "hidden" in name or "d_model" in name else "layers" if "layer" in name else "heads" if "head" in name else None
            if field:
                hits = [m.name for m in MODELS if getattr(m, field) == value and abs(count_parameters(m).total - size) <= 0.15 * size]
                verdict = Verdict.HOLDS if hits else Verdict.UNVERIFIABLE
                claims.append(_claim(unit, fact.start(2), fact.end(2), "architecture-fact", verdict, f"{field} {value} in ~{size / 1e9:g}B models: {', '.join(hits) or 'none catalogued'}"))
    return claims


def _python_runs(lines: list[str], code: set[int]) -> list[tuple[int, int]]:
    """Unfenced Python (a web page pasted as text): 4+ consecutive lines that parse as Python
    with at least one assignment, outside fenced code. Returns 1-based inclusive ranges."""
    import ast

    runs: list[tuple[int, int]] = []
    start = None
    for i, line in enumerate(lines + [""], start=1):
        pythonish = i not in code and bool(line.strip()) and bool(_PYTHON_LINE.match(line))
        if pythonish and start is None:
            start = i
        elif not pythonish and start is not None:
            if i - start >= 4:
                source = "\n".join(lines[start - 1 : i - 1])
                try:
                    tree = ast.parse(source)
                except SyntaxError:
                    tree = None
                if tree is not None and any(isinstance(n, ast.Assign) for n in tree.body):
                    runs.append((start, i - 1))
            start = None
    return runs


def extract_claims(
    text: str,
    *,
    properties: Mapping[str, Any] | None = None,
    code_ranges: Sequence[tuple[int, int]] = (),
    lang: str | None = None,
) -> tuple[Claim, ...]:
    """Every numeric sizing claim of a note (`text` is the whole file; lines are file lines)."""
    lines = text.split("\n")
    code = {i for a, b in code_ranges for i in range(a, b + 1)}
    context: dict[str, Any] = {"ratios": [], "ranges": [], "pairs": [], "pending_ratios": [], "literal_ratio": None}
    claims: list[Claim] = []
    fences = [(a, b) for a, b in code_ranges if lines[a - 1].lstrip(" >").startswith(("```", "~~~"))]
    for a, b in _python_runs(lines, code):
        fences.append((a - 1, b + 1))  # as if fenced: the block is lines a..b
        code.update(range(a, b + 1))
    fence_iter = iter(sorted(fences))
    next_fence = next(fence_iter, None)
    plan = _line_plan(text, lines, code)
    context["plain_case"] = plan is not None  # no character of _CASE_EXCEPTIONS in the note
    for unit, test, lowered in _units(lines, code, plan):
        while next_fence is not None and next_fence[1] < unit.line:
            claims.extend(_code_claims(lines, next_fence[0], next_fence[1], context))
            next_fence = next(fence_iter, None)
        claims.extend(_unit_claims(unit, context, test, lowered))
    while next_fence is not None:
        claims.extend(_code_claims(lines, next_fence[0], next_fence[1], context))
        next_fence = next(fence_iter, None)
    # Ratios restated before the sentence that computes them.
    for unit, q in context["pending_ratios"]:
        ok = any(abs(q.value - r) <= q.rounding() for r in context["ratios"])
        claims.append(_claim(unit, q.start, q.end, "ratio", Verdict.HOLDS if ok else Verdict.UNVERIFIABLE, f"{q.text} " + ("restates a ratio checked in the note" if ok else "is not computed anywhere in the note")))
    # A code size found inconsistent shares its key with the claim stating the earlier figure
    # (when that claim is about the size alone), so that inconsistent-claims (VK403) reports it.
    for base_line, base, key in context.get("code_conflicts", ()):
        for i, c in enumerate(claims):
            if c.line == base_line and not c.key and c.shape in _CODE_SIZE_SHAPES and c.column - 1 <= base.start < c.column - 1 + len(c.span):
                claims[i] = replace(c, key=key, value=base.value)
                break
    claims.sort(key=lambda c: (c.line, c.column))
    return tuple(claims)
