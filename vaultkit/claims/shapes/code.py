"""Code blocks (§5.1 S8, S9, S11): the block's arithmetic is evaluated by the whitelisting AST
walker of `arith` (never eval/exec), and every comment that states a value is compared with what
the code computes: `print(total / 1e9)  # 2.1 GB`, `x = 4096 * 11008  # 45M params`, a
`# Output: 0.34 GB` line after a print, `# → 10.8 GB` after `× 32 layers`, and architecture
facts (`intermediate_dim = 11008  # common in ~7B models`). A value computed with `/1024**3`
and labelled GB is a GB/GiB confusion.
"""

from __future__ import annotations

import ast
import math
import re
from collections.abc import Callable
from dataclasses import replace
from itertools import pairwise

from vaultkit.claims.arith import Printed, run_block
from vaultkit.claims.catalog import MODELS
from vaultkit.claims.engine import count_parameters
from vaultkit.claims.model import Claim, Verdict
from vaultkit.claims.quantities import Quantity, find_quantities
from vaultkit.claims.scope import mask
from vaultkit.claims.shapes.base import Unit, make_claim
from vaultkit.claims.verdict import compare

_FLOAT_LITERAL = re.compile(r"-?\d+\.\d+")
_COMMENT = re.compile(r"#(.*)$")
_OUTPUT_WORDS = re.compile(r"^\s*(?:output|out|prints?|result|→|->|=>|=|≈|~)", re.I)
_ASSIGN = re.compile(r"^\s*(?P<name>[A-Za-z_]\w*)\s*=[^=]")
_PYTHON_LINE = re.compile(r"^\s*(?:import\s|from\s+\w[\w.]*\s+import\s|[A-Za-z_][\w.]*\s*=[^=]|print\(|#)")
_LAYERS = re.compile(r"(?:layers?|слоёв|слоев)\s*\(?\s*~?\s*(\d+)\s*\)?", re.I)
_FACT = re.compile(r"\s*(\w+)\s*=\s*(\d+)\s*#.*?~?\s*(\d+(?:\.\d+)?)B\b")
_SIZING_CODE = re.compile(
    r"(?i)param|byte|\bbits?\b|[KMGT]i?B\b|[КМГТ]и?Б|байт|weight|\bkv|cache|layer|hidden|head|vocab|token|embed|dtype|fp16|bf16"
    r"|int8|int4|float16|float32|2\s*\*\*\s*(?:10|20|30|40)|1e9|1e6|10\s*\*\*\s*9|memory|vram|mem\b|size|flop|gpu"
    r"|\b(?:256|512|1024|2048|4096|8192|16384|32768|65536)\b|\d_\d{3}_\d{3}"
)
_SIZE_NAME = re.compile(
    r"(?i)mem|size|byte|[gmkt]i?b\b|[gmkt]i?b_|_[gmkt]i?b|weight|total|kv|cache|vram|ram\b|disk|file|ckpt|checkpoint"
)
_DECIMAL_DIV = re.compile(r"/\s*\(?\s*(?:1e(?:3|6|9|12)|10\s*\*\*\s*(?:3|6|9|12)|1_?000(?:_?000){0,3}|1000\s*\*\*\s*[1-4])")


def literal_ratio(source: str) -> tuple[float, float] | None:
    """Numeric literals written out as text (`0.1251, -0.0822`): characters per fp16 value, when a
    block holds data rather than computation."""
    literals = _FLOAT_LITERAL.findall(source)
    if not literals:
        return None
    if "=" in source or "print" in source:  # data has neither: only then is the block parsed
        names, prints, _ = run_block(source)
        if prints or names:
            return None
    widths = [len(lit) + 2 for lit in literals]  # the literal plus ", "
    return min(widths) / 2, max(widths) / 2


_LEADING = re.compile(r"\s*(?:(?:output|out|prints?|result)\s*:?|→|->|=>|=)?\s*", re.I)


# `TP=8`, `batch=4` in a comment: a setting the line ran with, not a value it states.
_SETTING = re.compile(r"[A-Za-z_А-Яа-я][\w-]*\s*=\s*$")


# `a 1000-token answer`, `the 70B-parameter model`: a figure glued to its noun by a hyphen describes
# the thing the comment speaks of; it is not the value the line computes
_STATED_KINDS = ("bytes", "count", "tokens", "flops", "throughput", "bandwidth", "time")
_ATTRIBUTIVE = re.compile(r"\d\s*[A-Za-zА-Яа-я]*-[^\W\d_]")


def _stated(comment: str) -> list[Quantity]:
    """The figures a comment states. A comment that opens with plain numbers (`# 931.32  (GiB in a
    1 TB disk)`, `# Output: 1.75`) states those: what follows them is context."""
    # `# 3.3428...e+25`: a figure cut short states no value to compare
    found = [q for q in find_quantities(mask(comment)) if not comment.startswith(("...", "…"), q.end)]
    lead = _LEADING.match(comment)
    at = lead.end() if lead else 0
    leading: list[Quantity] = []
    for q in found:
        if q.kind != "number" or q.hedge or q.bound or comment[at : q.start].strip(" ,;"):
            break
        leading.append(q)
        at = q.end
    if leading and (len(leading) == len(found) or not comment[at:].lstrip().startswith(tuple("KMGTkmgtКМГТ%"))):
        return leading
    picked = [
        q
        for q in found
        if (q.kind in _STATED_KINDS and not _ATTRIBUTIVE.search(q.text))
        or (q.kind == "number" and "," in q.digits + comment and not _SETTING.search(comment, max(0, q.start - 40), q.start))
    ]
    if any(q.kind != "number" for q in picked):  # `16,1 GiB per GPU at TP=8`: the figure is the size, not the 8
        picked = [q for q in picked if q.kind != "number"]
    return picked


_SAME_AMOUNT = re.compile(r"(?i)\s*(?:=|≈|\(|,?\s*(?:i\.e\.|or|или|т\.\s?е\.|то есть))")


def _restating(comment: str, stated: list[Quantity]) -> list[Quantity]:
    """The figures of a comment that state the one value its line computes: the last one, and the
    sizes before it each restated by the next (`# 57 344 bytes = 56 KiB`, `# 14.2 GiB (15.2 GB)`)."""
    out = [stated[-1]]
    for a, b in zip(reversed(stated[:-1]), reversed(stated[1:]), strict=True):
        if not (a.kind == b.kind == "bytes" and _SAME_AMOUNT.match(comment, a.end) and comment.find(b.text, a.end) >= 0):
            break
        if a.hi is not None or b.start - a.end > 12:
            break
        out.insert(0, a)
    return out


def _restating_first(comment: str, stated: list[Quantity]) -> list[Quantity]:
    """The first figure of a comment and those after it that restate it (`# 14.0 GB in fp16, 7.0 GB in int8`)."""
    out = [stated[0]]
    for a, b in pairwise(stated):
        if not (a.kind == b.kind == "bytes" and a.hi is None and b.start - a.end <= 12 and _SAME_AMOUNT.match(comment, a.end)):
            break
        out.append(b)
    return out


def _which_stated(comment: str, stated: list[Quantity], verdict_of: Callable[[Quantity], Verdict]) -> list[Quantity]:
    """The figures of a comment compared with the line's one value: the last one with its
    restatements, or, when those do not hold and the first one (with its restatements) does, the
    first: the other figures are said of other cases (`# 14.0 GB in fp16, 7.0 GB in int8`)."""
    last = _restating(comment, stated)
    if len(stated) < 2 or all(verdict_of(q).holds for q in last):
        return last
    first = _restating_first(comment, stated)
    return first if all(verdict_of(q).holds for q in first) else last


# before a comment's figure, in its clause: it is said of another setting (`# weights only; with Adam
# ~16 bytes/param = 112 GB`, `# при batch 8 — 40 GB`, `# vs 26 GB for the 13B`)
_OTHER_CASE = re.compile(
    r"(?i)\b(?:with|if|vs\.?|versus|instead|compared|при|если|против|вместо|для\s+сравнения|for\s+comparison)\b"
)


def _other_case(comment: str, q: Quantity, verdict: Verdict, explanation: str) -> tuple[Verdict, str]:
    """A wrong comparison with a figure said of another setting is unverifiable, never an error."""
    if verdict is not Verdict.WRONG:
        return verdict, explanation
    clause = max(comment.rfind(c, 0, q.start) for c in ";,(—")
    # after a `;` the comment makes another statement (`# bytes in fp16; 4 bytes in fp32 → 28 GB`)
    if _OTHER_CASE.search(comment, max(0, clause), q.start) or ";" in comment[: q.start]:
        return Verdict.UNVERIFIABLE, f"{explanation.split(': does not match')[0]}: the comment states it of another setting"
    return verdict, explanation


def _restated_value(group: list[Quantity], q: Quantity, value: float, line_text: str, binary: bool) -> tuple[Verdict, str]:
    """A figure of a comment that states one value twice (`# 14 ГБ (13 ГиБ)` after `/ 1e9`): the value is
    read in the unit of the figure the code's divisor is in (decimal or binary), and every figure of the
    group is compared with that amount of bytes."""
    sizes = [x for x in group if x.kind == "bytes" and x.scale > 1]
    if len(sizes) < 2 or q not in sizes or value >= 1e4:
        return _compare_value(q, value, line_text, binary)
    base = next((x for x in sizes if x.binary == binary), sizes[0])
    if q is base:
        return _compare_value(q, value, line_text, binary)
    check = compare(q, value * base.scale)
    return check.verdict, check.explanation


def _compare_value(q: Quantity, value: float, line_text: str, binary: bool) -> tuple[Verdict, str]:
    """A printed/assigned `value` against the comment's figure `q`. Code that divides by 1024ⁿ/2ⁿ
    (binary evidence) or 10ⁿ prints a value in the comment's unit: a binary one as written, a
    decimal one labelled with a binary divisor is a GB/GiB confusion; a scaled count (`млн`, `B`)
    divided by 10ⁿ likewise. Otherwise the value is a plain count or size."""
    if q.kind == "bytes" and q.scale > 1:
        if binary:
            scale = q.scale if q.binary else 2 ** {1e3: 10, 1e6: 20, 1e9: 30, 1e12: 40}.get(q.scale, 30)
            check = compare(q, value * scale, binary_evidence=not q.binary)
        elif _DECIMAL_DIV.search(line_text) or value < 1e4 <= q.value:
            check = compare(q, value * q.scale)
        else:
            check = compare(q, value)
    elif q.kind in ("count", "tokens") and q.scale > 1 and _DECIMAL_DIV.search(line_text):
        check = compare(q, value * q.scale)
    elif q.kind == "time" and q.scale != 1 and value > 0 and q.value > 0:
        # `print(w / bw * 1000)  # 4.3 ms`: a time is printed in seconds or in the comment's own unit; the
        # reading nearer the stated figure is the one meant (a wrong one is far from both)
        printed = value * q.scale
        check = compare(q, printed if abs(math.log(printed / q.value)) < abs(math.log(value / q.value)) else value)
    else:
        check = compare(q, value)
    return check.verdict, check.explanation


def code_claims(lines: list[str], start: int, end: int, literal: tuple[float, float] | None = None) -> list[Claim]:
    """The claims of a block from line `start` to `end` (1-based, fences included)."""
    body = lines[start : end - 1]
    if not any("#" in line for line in body):
        return []
    source = "\n".join(body)
    names, prints, binary = run_block(source)
    # a plain number in a comment is a sizing claim only in code about sizes (a gradient-descent
    # loop's `# 2.678` is not)
    sizing = _SIZING_CODE.search(source) is not None
    by_line = {p.line: p for p in prints}
    claims: list[Claim] = []
    last_size: tuple[float, bool, Quantity] | None = None
    previous: Printed | None = None
    for offset, line in enumerate(body, start=1):
        lineno = start + offset
        printed = by_line.get(offset)
        comment = _COMMENT.search(line) if "#" in line else None
        if comment is None:
            previous = printed or previous if line.strip() else previous
            continue
        unit = Unit(line, mask(line), lineno, lineno, "code")
        text = comment.group(1)
        shift = comment.start(1)
        stated = _stated(text)
        if not sizing:
            stated = [q for q in stated if q.kind != "number"]
        source_print = printed or (previous if _OUTPUT_WORDS.match(text) and not line[: comment.start()].strip() else None)
        assign = _ASSIGN.match(line)
        if source_print is not None and stated:
            where = line if printed else source
            pairs = list(zip(stated[-len(source_print.values) :], source_print.values, strict=False))
            if len(source_print.values) == 1:
                one = source_print.values[0]
                binary_print = source_print.divisor_binary

                def verdict_of(q: Quantity, v: float = one[1], w: str = where, b: bool = binary_print) -> Verdict:
                    return _compare_value(q, v, w, b)[0]

                group = _which_stated(text, stated, verdict_of)
                pairs = [(q, one) for q in group]
            group = [q for q, _ in pairs] if len(source_print.values) == 1 else []
            for q, (label, value, _) in pairs:
                verdict, explanation = _other_case(
                    text, q, *_restated_value(group or [q], q, value, where, source_print.divisor_binary)
                )
                claims.append(
                    make_claim(
                        unit,
                        q.start + shift,
                        q.end + shift,
                        "code-output",
                        verdict,
                        f"{label} = {value:,.6g}; {explanation}",
                        stated=q.text,
                    )
                )
                if q.kind == "bytes":
                    last_size = (value, source_print.divisor_binary, q)
            previous = None
            continue
        if assign and assign.group("name") in names and stated and not _FACT.match(line):
            name = assign.group("name")

            if "/" not in line and names[name] < 1e4 and not _SIZE_NAME.search(name):
                stated = [q for q in stated if q.kind != "bytes"]  # `n_gpus = 2  # 48 GiB total`: a count, not a size
            if not stated:
                continue

            def assigned_verdict(q: Quantity, n: str = name, w: str = line) -> Verdict:
                return _compare_value(q, names[n], w, n in binary)[0]

            group = _which_stated(text, stated, assigned_verdict)
            for q in group:
                verdict, explanation = _other_case(text, q, *_restated_value(group, q, names[name], line, name in binary))
                claims.append(
                    make_claim(
                        unit,
                        q.start + shift,
                        q.end + shift,
                        "code-output",
                        verdict,
                        f"{name} = {names[name]:,.6g}; {explanation}",
                        stated=q.text,
                    )
                )
            continue
        claims.extend(_per_layer(unit, text, shift, last_size) or _architecture_fact(unit, line))
    return claims


def _per_layer(unit: Unit, text: str, shift: int, last: tuple[float, bool, Quantity] | None) -> list[Claim]:
    """`# Multiply by number of layers (~32) -> ~10.8 GB`: the size printed above × the layers."""
    layers = _LAYERS.search(text)
    target = [q for q in find_quantities(text) if q.kind == "bytes"]
    if not (layers and target and last is not None and re.search(r"->|→|multiply|×", text, re.I)):
        return []
    per, was_binary, per_q = last
    n = int(layers.group(1))
    scale = 2**30 if was_binary else 1e9
    q = replace(target[0], start=target[0].start + shift)
    exact = compare(q, per * n * scale, binary_evidence=was_binary)
    rounded = compare(q, per_q.printed * n * scale, binary_evidence=was_binary)
    check = exact if exact.verdict is not Verdict.WRONG else rounded
    return [
        make_claim(
            unit,
            target[0].start + shift,
            target[0].end + shift,
            "per-layer",
            check.verdict,
            f"{per_q.text} per layer × {n} layers; {check.explanation}",
            stated=target[0].text,
        )
    ]


def _architecture_fact(unit: Unit, line: str) -> list[Claim]:
    fact = _FACT.match(line)
    if not fact:
        return []
    name, value, size = fact.group(1), int(fact.group(2)), float(fact.group(3)) * 1e9
    field = (
        "intermediate"
        if "inter" in name or "ffn" in name
        else "hidden"
        if "hidden" in name or "d_model" in name
        else "layers"
        if "layer" in name
        else "heads"
        if "head" in name
        else None
    )
    if field is None:
        return []
    hits = [m.name for m in MODELS if getattr(m, field) == value and abs(count_parameters(m).total - size) <= 0.15 * size]
    verdict = Verdict.HOLDS if hits else Verdict.UNVERIFIABLE
    return [
        make_claim(
            unit,
            fact.start(2),
            fact.end(2),
            "architecture-fact",
            verdict,
            f"{field} {value} in ~{size / 1e9:g}B models: {', '.join(hits) or 'none catalogued'}",
        )
    ]


def python_runs(lines: list[str], code: set[int]) -> list[tuple[int, int]]:
    """Unfenced Python (a web page pasted as text): 4+ consecutive lines that parse as Python
    with at least one assignment, outside fenced code. Returns 1-based inclusive ranges."""
    runs: list[tuple[int, int]] = []
    start = None
    for i, line in enumerate([*lines, ""], start=1):
        pythonish = i not in code and bool(line.strip()) and bool(_PYTHON_LINE.match(line))
        if pythonish and start is None:
            start = i
        elif not pythonish and start is not None:
            if i - start >= 4:
                try:
                    tree = ast.parse("\n".join(lines[start - 1 : i - 1]))
                except SyntaxError:
                    tree = None
                if tree is not None and any(isinstance(n, ast.Assign) for n in tree.body):
                    runs.append((start, i - 1))
            start = None
    return runs
