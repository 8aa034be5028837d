"""Code blocks (§5.1 S8, S9, S11): the block's arithmetic is evaluated by the whitelisting AST
walker of `arith` (never eval/exec), and every comment that states a value is compared with what
the code computes: `print(total / 1e9)  # 2.1 GB`, `x = 4096 * 11008  # 45M params`, a
`# Output: 0.34 GB` line after a print, `# → 10.8 GB` after `× 32 layers`, and architecture
facts (`intermediate_dim = 11008  # common in ~7B models`). A value computed with `/1024**3`
and labelled GB is a GB/GiB confusion.

Program output and logs pasted into a block (`log_claims`) are read by key: llama.cpp's KV buffer/self size,
model/file size, bits per weight, model params and model buffer; vLLM's weights loaded, KV cache tokens and
concurrency; SGLang's K/V sizes; Ollama's required KV; `accelerate estimate-memory` rows; PEFT's trainable
parameters; `ls -l`/`du -h`/`ollama list` sizes of model files (the model and the type in the name); `assert
kv_bytes(LLAMA31_8B, ctx=8192) == …`; REPL output lines. Each is checked with the inputs the block (or the note)
gives (model, context, KV type, file type, dtype); without them it is unverifiable, never judged.
"""

from __future__ import annotations

import ast
import math
import re
from collections import Counter
from collections.abc import Callable
from dataclasses import replace
from functools import cached_property
from itertools import pairwise
from typing import Any

from vaultkit.claims.arith import Printed, Unsafe, evaluate, evaluate_expression, run_block
from vaultkit.claims.catalog import MODELS, ModelConfig, find_gpus, find_mentions, find_model
from vaultkit.claims.engine import DTYPE_BYTES, GGUF_BPW, GGUF_FILE_BPW, count_parameters, gguf_bytes, kv_cache_bytes
from vaultkit.claims.fastre import guarded
from vaultkit.claims.model import Claim, Verdict
from vaultkit.claims.quantities import Quantity, find_quantities
from vaultkit.claims.scope import mask
from vaultkit.claims.shapes.base import Unit, make_claim
from vaultkit.claims.verdict import compare, fmt

_FLOAT_LITERAL = guarded(r"-?\d+\.\d+")
_COMMENT = guarded(r"#(.*)$")
_OUTPUT_WORDS = guarded(r"^\s*(?:output|out|prints?|result|→|->|=>|=|≈|~)", re.I)
_ASSIGN = guarded(r"^\s*(?P<name>[A-Za-z_]\w*)\s*=[^=]")
_PYTHON_LINE = guarded(r"^\s*(?:import\s|from\s+\w[\w.]*\s+import\s|[A-Za-z_][\w.]*\s*=[^=]|print\(|#)")
_LAYERS = guarded(r"(?:layers?|слоёв|слоев)\s*\(?\s*~?\s*(\d+)\s*\)?", re.I)
_FACT = guarded(r"\s*(\w+)\s*=\s*(\d+)\s*#.*?~?\s*(\d+(?:\.\d+)?)B\b")
_SIZING_CODE = guarded(
    r"(?i)param|byte|\bbits?\b|[KMGT]i?B\b|[КМГТ]и?Б|байт|weight|\bkv|cache|layer|hidden|head|vocab|token|embed|dtype|fp16|bf16"
    r"|int8|int4|float16|float32|2\s*\*\*\s*(?:10|20|30|40)|1e9|1e6|10\s*\*\*\s*9|memory|vram|mem\b|size|flop|gpu"
    r"|\b(?:256|512|1024|2048|4096|8192|16384|32768|65536)\b|\d_\d{3}_\d{3}"
)
_SIZE_NAME = guarded(
    r"(?i)mem|size|byte|[gmkt]i?b\b|[gmkt]i?b_|_[gmkt]i?b|weight|total|kv|cache|vram|ram\b|disk|file|ckpt|checkpoint"
)
_DECIMAL_DIV = guarded(r"/\s*\(?\s*(?:1e(?:3|6|9|12)|10\s*\*\*\s*(?:3|6|9|12)|1_?000(?:_?000){0,3}|1000\s*\*\*\s*[1-4])")


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


_LEADING = guarded(r"\s*(?:(?:output|out|prints?|result)\s*:?|→|->|=>|=)?\s*", re.I)


# `TP=8`, `batch=4` in a comment: a setting the line ran with, not a value it states.
_SETTING = guarded(r"[A-Za-z_А-Яа-я][\w-]*\s*=\s*$")


# `a 1000-token answer`, `the 70B-parameter model`: a figure glued to its noun by a hyphen describes
# the thing the comment speaks of; it is not the value the line computes
_STATED_KINDS = ("bytes", "count", "tokens", "flops", "throughput", "bandwidth", "time")
_ATTRIBUTIVE = guarded(r"\d\s*[A-Za-zА-Яа-я]*-[^\W\d_]")


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
    return _inputs_dropped(comment, picked)


def _inputs_dropped(comment: str, picked: list[Quantity]) -> list[Quantity]:
    """`# ~69 tok/s on an A100 80GB (2.0 TB/s)`: the memory in a GPU's name and a figure of another kind in
    parentheses after the value are the inputs the line ran with, not values it states."""
    if len(picked) < 2:
        return picked
    gpus = find_gpus(comment)
    kept = [q for q in picked if not any(g.start <= q.start < g.end for g in gpus)]
    if not kept:
        return picked
    first = kept[0]
    return [
        q
        for q in kept
        if q is first or q.kind == first.kind or not (comment.rfind("(", 0, q.start) > comment.rfind(")", 0, q.start))
    ]


_RATIO_PRINT = guarded(r"^\s*print\(\s*[\w.]+\s*/\s*[\w.]+\s*\)\s*#")
_SAME_AMOUNT = guarded(r"(?i)\s*(?:=|≈|\(|,?\s*(?:i\.e\.|or|или|т\.\s?е\.|то есть))")


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
_OTHER_CASE = guarded(
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


_DECIMAL_OF: dict[float, float] = {2.0**10: 1e3, 2.0**20: 1e6, 2.0**30: 1e9, 2.0**40: 1e12}


def _compare_value(q: Quantity, value: float, line_text: str, binary: bool) -> tuple[Verdict, str]:
    """A printed/assigned `value` against the comment's figure `q`. Code that divides by 1024ⁿ/2ⁿ
    (binary evidence) or 10ⁿ prints a value in the comment's unit: a binary one as written, a
    decimal one labelled with a binary divisor is a GB/GiB confusion; a scaled count (`млн`, `B`)
    divided by 10ⁿ likewise. Otherwise the value is a plain count or size."""
    if q.kind == "bytes" and q.scale > 1:
        if binary:
            scale = q.scale if q.binary else 2 ** {1e3: 10, 1e6: 20, 1e9: 30, 1e12: 40}.get(q.scale, 30)
            check = compare(q, value * scale, binary_evidence=not q.binary)
        elif q.binary and _DECIMAL_DIV.search(line_text):
            # `print(n * 2 / 1e6)  # 3115 MiB`: a value divided by 10ⁿ is in MB, whatever the comment calls it
            check = compare(q, value * _DECIMAL_OF.get(q.scale, q.scale))
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
    logged, log_lines = log_claims(lines, start, end)
    if not any("#" in line for line in body):
        return logged
    source = "\n".join(body)
    names, prints, binary = run_block(source)
    # a plain number in a comment is a sizing claim only in code about sizes (a gradient-descent
    # loop's `# 2.678` is not)
    sizing = _SIZING_CODE.search(source) is not None
    by_line = {p.line: p for p in prints}
    claims: list[Claim] = logged
    last_size: tuple[float, bool, Quantity] | None = None
    previous: Printed | None = None
    for offset, line in enumerate(body, start=1):
        lineno = start + offset
        if lineno in log_lines:
            continue
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
        if not stated and printed is not None and _RATIO_PRINT.match(line):
            # `print(n_xl / n_small)  # 12.5x more parameters`: a quotient printed is the times the comment states
            stated = [q for q in find_quantities(mask(text)) if q.kind == "multiplier"][:1]
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


# ---------------------------------------------------------------------------------------------------------
# Program output and logs in a block: a value under a key (`KV buffer size = 1024.00 MiB`, `model size =
# 4.58 GiB`, `Loading model weights took 14.99 GB`, a listed file's size) is a size of what the key names,
# checked with the inputs the block gives (the model of a `-m` file or `model='…'`, `n_ctx`, `-c`, `cells`,
# the KV type, the file type); a value whose inputs the block (or the note) does not give is unverifiable.
# Timings, PIDs, versions, memory used/free/total readings are measurements: never read.

_KV_TYPE_BYTES = {
    "f32": 4.0,
    "f16": 2.0,
    "bf16": 2.0,
    "q8_0": 34 / 32,
    "q4_0": 18 / 32,
    "q4_1": 20 / 32,
    "q5_0": 22 / 32,
    "q5_1": 24 / 32,
    "iq4_nl": 18 / 32,
}
_LOG_BYTES = r"(?P<num>\d+(?:\.\d+)?)\s*(?P<unit>[KMGT]i?B)\b"
# `KV buffer size =`, `KV self size  =`, `llama_kv_cache_unified: size =`, `kv_cache_init: … size =`
_KV_LINE = guarded(r"(?i)(?:\bkv\b.{0,40}?\bsize|^\s*llama_kv_cache\w*:\s+size)\s*=\s*" + _LOG_BYTES)
_KV_BUFFER = guarded(r"(?i)\bKV\s+buffer\s+size\s*=")
_KV_TYPE_FLAG = guarded(r"(?i)(?:-ctk|-ctv|--cache-type-[kv]|type_[kv])[\s=]+'?(\w+)")
_TP = guarded(r"(?i)(?:tensor_parallel_size\s*=\s*|--tensor-parallel-size[\s=]+|(?:^|\s)-tp\s+)(\d+)")
_PP = guarded(r"(?i)(?:pipeline_parallel_size\s*=\s*|--pipeline-parallel-size[\s=]+|(?:^|\s)-pp\s+)(\d+)")
_KV_PART = guarded(r"\b(?P<kv>[KV])\s*\((?P<t>\w+)\)\s*:\s*" + _LOG_BYTES)
_MODEL_SIZE = guarded(r"(?i)\b(?:model|file)\s+size\s*=\s*" + _LOG_BYTES + r"(?:\s*\(\s*(?P<bpw>\d+(?:\.\d+)?)\s*BPW\s*\))?")
_MODEL_PARAMS = guarded(r"(?i)\bmodel\s+params\s*=\s*(?P<num>\d+(?:\.\d+)?)\s*(?P<unit>[KMBT])\b")
_MODEL_BUFFER = guarded(r"(?i)(?:\bmodel\s+buffer|^\s*(?:llm_)?load_tensors:\s+\w+\s+buffer)\s+size\s*=\s*" + _LOG_BYTES)
_VLLM_WEIGHTS = guarded(r"(?i)\b(?:loading\s+model\s+weights|model\s+loading|model\s+weights)\s+took\s+" + _LOG_BYTES)
_VLLM_KV_MEMORY = guarded(r"(?i)\bavailable\s+kv\s+cache\s+memory\s*:\s*" + _LOG_BYTES)
_VLLM_KV_TOKENS = guarded(r"(?i)\bGPU\s+KV\s+cache\s+size\s*:\s*(?P<num>\d{1,3}(?:,\d{3})+|\d+)\s+tokens\b")
_BLOCK_SIZE = guarded(r"\bblock_size\s*=\s*(\d+)")
_GPU_BLOCKS = guarded(r"#\s*(?:GPU|cuda)\s+blocks\s*:\s*(\d+)")
_VLLM_CONCURRENCY = guarded(
    r"(?i)\bmaximum\s+concurrency\s+for\s+(?P<per>\d{1,3}(?:,\d{3})+|\d+)\s+tokens\s+per\s+request\s*:\s*(?P<num>\d+(?:\.\d+)?)x"
)
# the context of the block: llama.cpp's `n_ctx = 8192` (never `n_ctx_train`), `8192 cells`, `-c 8192`, vLLM's `max_seq_len=8192`
_CTX_SAID = guarded(r"\bn_ctx\s*=\s*(\d+)\b|\b(\d+)\s+cells\b")
_CTX_FLAG = guarded(r"(?:^|\s)(?:-c|--ctx-size|--ctx_size)[\s=]+(\d+)\b|\bnum_ctx[\s=]+(\d+)\b")
_FILE_TYPE = guarded(
    r"(?i)\b(?:file\s+type|model\s+ftype|ftype)\s*=\s*(?P<t>[A-Z0-9_]+)(?:\s*-\s*(?P<mix>Small|Medium|Large))?"
)
_GGUF_NAME = guarded(r"(?i)[-_.](?P<t>i?q\d(?:_[a-z0-9]+)*|f16|bf16|f32)\.gguf\b")
_VLLM_DTYPE = guarded(r"\bdtype=(?:torch\.)?(?P<d>bfloat16|float16|float32|half|auto)\b")
_QUANTIZED_NAME = guarded(r"(?i)[-_/.](?:awq|gptq|fp8|int4|int8|4bit|8bit|bnb|gguf|exl2|nf4|w4a16|w8a8|marlin|mlx)\b")
_VLLM_QUANT = guarded(r"\bquantization=(?P<q>\w+)")
_SLIDING_FAMILIES = ("gemma", "gpt-oss", "deepseek", "mistral-7b-v0.1", "phi-3")
_GGUF_MIXES = ("Q4_K_M", "Q4_K_S", "Q5_K_M", "Q5_K_S", "Q6_K", "Q8_0", "Q4_0", "F16")


def _ftype(raw: str, mix: str | None = None) -> str:
    t = raw.upper()
    return f"{t[:-2] if t.endswith('_K') else t}_K_{mix[0].upper()}" if mix and t.endswith("_K") and t != "Q6_K" else t


def _gguf_expected(cfg: ModelConfig, ftype: str) -> tuple[float, float] | None:
    """The size of a model's GGUF file of `ftype` and the spread of the estimate (a mix differs by release)."""
    params = float(count_parameters(cfg).total)
    if ftype in _GGUF_MIXES and not cfg.is_moe:
        return gguf_bytes(cfg, ftype), 0.02
    if ftype in ("BF16", "F32"):
        return params * (2 if ftype == "BF16" else 4), 0.01
    if ftype in GGUF_FILE_BPW:
        return params * GGUF_FILE_BPW[ftype] / 8, 0.03 if GGUF_FILE_BPW[ftype] >= 4 else 0.05
    if ftype in ("Q8_0", "F16", "Q6_K"):
        return params * GGUF_BPW[ftype] / 8, 0.02
    return None


def _log_quantity(line: str, m: re.Match[str], group: str = "num") -> Quantity | None:
    """The figure of a match, read as the note writes it (`1024.00 MiB`)."""
    at = m.start(group)
    return next((q for q in find_quantities(line) if q.start == at), None)


def _judge(q: Quantity, computed: float, spread: float, how: str) -> tuple[Verdict, str]:
    """A value against its recomputation: within rounding holds, within the estimate's `spread` holds
    (approx), a GB/GiB reading is a confusion; off by less than 10 % beyond an estimate is unverifiable,
    never an error (a file's mix, a runtime's buffers)."""
    check = compare(q, computed)
    if check.verdict.holds or check.verdict is Verdict.UNIT_CONFUSION:
        return check.verdict, f"{how}; {check.explanation}"
    rel = abs(q.value - computed) / computed if computed else 1.0
    base = check.explanation.split(": does not match")[0]
    if rel <= spread:
        return Verdict.HOLDS_APPROX, f"{how}; {base} (±{spread:.0%})"
    if spread and rel <= 0.1:
        return Verdict.UNVERIFIABLE, f"{how}; {base}: within the spread of such estimates"
    return check.verdict, f"{how}; {check.explanation}"


_NOTE_MODELS: list[tuple[list[str], Counter[str]]] = []


def _note_models(lines: list[str]) -> Counter[str]:
    """The catalogued models the note's lines name (read once per note, kept for its other blocks)."""
    if _NOTE_MODELS and _NOTE_MODELS[0][0] is lines:
        return _NOTE_MODELS[0][1]
    named = Counter(m.config.name for line in lines for m in find_mentions(line) if m.config is not None)
    _NOTE_MODELS[:] = [(lines, named)]
    return named


class _Block:
    """What a block (or its note) gives: the model, the context, the KV type, the file type."""

    def __init__(self, lines: list[str], start: int, end: int) -> None:
        self.body = lines[start : end - 1]
        text = "\n".join(self.body)
        self.text = text
        self._lines = lines
        self._searched: dict[re.Pattern[str], re.Match[str] | None] = {}
        self._found: dict[re.Pattern[str], list[Any]] = {}
        self.counts: tuple[dict[str, ModelConfig], dict[str, float]] | None = None
        said = {int(a or b) for a, b in _CTX_SAID.findall(text)}
        flags = {int(a or b) for a, b in _CTX_FLAG.findall(text)}
        self.ctx = next(iter(said)) if len(said) == 1 else None
        if self.ctx is None and not said and len(flags) == 1:
            flag = next(iter(flags))
            self.ctx = flag if flag % 256 == 0 else None  # llama.cpp pads another context
        self.kv_types = {t.lower() for t in _KV_TYPE_FLAG.findall(text)}
        tp, pp = _TP.findall(text), _PP.findall(text)
        self.tp = int(tp[0]) if len(set(tp)) == 1 else 1 if not tp else 0
        self.pp = int(pp[0]) if len(set(pp)) == 1 else 1 if not pp else 0
        files = {_ftype(m.group("t")) for m in _GGUF_NAME.finditer(text)}
        said_type = [_ftype(m.group("t"), m.group("mix")) for m in _FILE_TYPE.finditer(text)]
        self.ftype = (
            said_type[0] if len(set(said_type)) == 1 else next(iter(files)) if len(files) == 1 and not said_type else None
        )

    @cached_property
    def model(self) -> ModelConfig | None:
        """The one catalogued model the block names, else the one the rest of the note names."""
        inside = Counter(m.config.name for line in self.body for m in find_mentions(line) if m.config is not None)
        if inside:
            return find_model(next(iter(inside))) if len(inside) == 1 else None
        outside = _note_models(self._lines) - inside
        return find_model(next(iter(outside))) if len(outside) == 1 else None

    def search(self, pattern: re.Pattern[str]) -> re.Match[str] | None:
        """`pattern.search` over the block, read once per block (a block of many log lines stays linear)."""
        if pattern not in self._searched:
            self._searched[pattern] = pattern.search(self.text)
        return self._searched[pattern]

    def findall(self, pattern: re.Pattern[str]) -> list[Any]:
        if pattern not in self._found:
            self._found[pattern] = pattern.findall(self.text)
        return self._found[pattern]

    @cached_property
    def names(self) -> dict[str, float]:
        """The names the block's arithmetic binds (code, not a log: a log does not parse and binds none)."""
        return run_block(self.text)[0]

    @cached_property
    def header(self) -> list[str] | None:
        """The column names of a box table's header row (`│ dtype │Largest Layer│Total Size│ … │`)."""
        for b in self.body:
            if "│" in b and "dtype" in b:
                return [c.strip().lower() for c in _BOX_CELL.split(b)]
        return None

    @cached_property
    def counts_parameters(self) -> bool:
        return "numel" in self.text or "num_parameters" in self.text or "get_memory_footprint" in self.text

    @cached_property
    def torch_dtype(self) -> str | None:
        """The one dtype the block loads its model in (`torch_dtype=torch.bfloat16`); None when quantized or unsaid."""
        said = {m.group("d") for m in _TORCH_DTYPE.finditer(self.text)}
        return next(iter(said)) if len(said) == 1 and _QUANTIZED_LOAD.search(self.text) is None else None

    @cached_property
    def kv_buffers(self) -> int:
        return sum(1 for b in self.body if _KV_BUFFER.search(b))

    @cached_property
    def model_buffers(self) -> int:
        return sum(1 for b in self.body if _MODEL_BUFFER.search(b))

    @cached_property
    def params_said(self) -> set[tuple[str, str]]:
        return {(p.group("num"), p.group("unit").upper()) for p in map(_MODEL_PARAMS.search, self.body) if p is not None}

    @cached_property
    def kv_memory(self) -> list[Quantity]:
        said = [(b, m) for b in self.body for m in [_VLLM_KV_MEMORY.search(b)] if m is not None]
        return [q for b, m in said for q in [_log_quantity(b, m)] if q is not None]

    @cached_property
    def kv_tokens(self) -> list[float]:
        return [float(t.group("num").replace(",", "")) for t in map(_VLLM_KV_TOKENS.search, self.body) if t is not None]

    def kv_model(self) -> ModelConfig | None:
        m = self.model
        if m is None or m.sliding_window or m.kv_lora_rank or m.name.startswith(_SLIDING_FAMILIES):
            return None
        return m


def _kv_claims(unit: Unit, line: str, block: _Block) -> list[Claim]:
    m = _KV_LINE.search(line)
    first = _log_quantity(line, m) if m is not None else None
    if m is None:
        return []
    parts = [(p, _log_quantity(line, p)) for p in _KV_PART.finditer(line)]
    figures = [(first, 1.0)] + [(q, 0.5) for _, q in parts]
    cells = re.search(r"\b(\d+)\s+cells\b|\bn_ctx\s*=\s*(\d+)", line)
    ctx = int(cells.group(1) or cells.group(2)) if cells else block.ctx
    types = {p.group("t").lower() for p, _ in parts} | set(re.findall(r"(?i)\bn_ctx\s*=\s*\d+\s*,\s*(\w+)\)", line))
    types = {t.lower() for t in types} or block.kv_types
    kv_type = next(iter(types)) if len(types) == 1 else "f16" if not types else None
    model = block.kv_model()
    # `CUDA0 KV buffer size`, `CUDA1 KV buffer size`: a cache split over devices, each line a part
    split = not parts and block.kv_buffers > 1 and _KV_BUFFER.search(line) is not None
    out: list[Claim] = []
    for q, share in figures:
        if q is None or q.kind != "bytes":
            continue
        if model is None or ctx is None or kv_type not in _KV_TYPE_BYTES or split:
            missing = (
                "the whole cache (it is one device's part)"
                if split
                else "the model"
                if model is None
                else "the context (n_ctx)"
                if ctx is None
                else f"the KV type {kv_type}"
            )
            verdict, explanation = Verdict.UNVERIFIABLE, f"{q.text}: a KV cache size; the block does not give {missing}"
        else:
            computed = kv_cache_bytes(model, ctx, 1, _KV_TYPE_BYTES[kv_type]) * share
            half = " / 2 (K or V)" if share < 1 else ""
            how = f"KV cache of {model.name}: {ctx:,} tokens × {_KV_TYPE_BYTES[kv_type]:g} B ({kv_type}){half}"
            verdict, explanation = _judge(q, computed, 0.0, how)
        out.append(make_claim(unit, q.start, q.end, "log-kv-cache", verdict, explanation, stated=q.text))
    return out


def _file_claims(unit: Unit, line: str, block: _Block) -> list[Claim]:
    m = _MODEL_SIZE.search(line)
    if m is None:
        return []
    q = _log_quantity(line, m)
    if q is None:
        return []
    model, ftype = block.model, block.ftype
    expected = _gguf_expected(model, ftype) if model is not None and ftype else None
    out: list[Claim] = []
    if expected is None or model is None:
        missing = "the model" if model is None else "the file type"
        out.append(
            make_claim(
                unit,
                q.start,
                q.end,
                "log-gguf",
                Verdict.UNVERIFIABLE,
                f"{q.text}: a model file; the block does not give {missing}",
                stated=q.text,
            )
        )
        return out + _stated_bpw(unit, line, m, q, block)
    size, spread = expected
    how = f"{model.name} as {ftype} ≈ {fmt(size, q.scale)}"
    verdict, explanation = _judge(q, size, spread, how)
    out.append(make_claim(unit, q.start, q.end, "log-gguf", verdict, explanation, stated=q.text))
    if m.group("bpw"):
        params = float(count_parameters(model).total)
        bpw = size * 8 / params
        b = Quantity(
            m.group("bpw") + " BPW",
            m.start("bpw"),
            m.end("bpw"),
            float(m.group("bpw")),
            m.group("bpw"),
            "number",
            "",
            1.0,
            False,
            False,
            "",
        )
        verdict, explanation = _judge(
            b, bpw, spread, f"{model.name} as {ftype}: {fmt(size, 2**30)} × 8 / {params:,.0f} params = {bpw:.4f} bits per weight"
        )
        out.append(make_claim(unit, b.start, b.end, "log-gguf", verdict, explanation, stated=b.text))
    return out


_COUNT_SCALE = {"K": 1e3, "M": 1e6, "B": 1e9, "T": 1e12}


def _stated_bpw(unit: Unit, line: str, m: re.Match[str], q: Quantity, block: _Block) -> list[Claim]:
    """`model size = 4.58 GiB (4.89 BPW)` with `model params = 8.03 B` in the block: the bits per weight of
    the stated size and count (both rounded: ±1 %)."""
    counts = block.params_said
    if not m.group("bpw") or len(counts) != 1:
        return []
    num, scale = next(iter(counts))
    params = float(num) * _COUNT_SCALE[scale]
    bpw = q.value * 8 / params
    raw = m.group("bpw")
    b = Quantity(raw + " BPW", m.start("bpw"), m.end("bpw"), float(raw), raw, "number", "", 1.0, False, False, "")
    how = f"{q.text} × 8 / {num} {scale} params (both stated in the block) = {bpw:.4f} bits per weight"
    return [make_claim(unit, b.start, b.end, "log-gguf", *_judge(b, bpw, 0.01, how), stated=b.text)]


def _params_claims(unit: Unit, line: str, block: _Block) -> list[Claim]:
    m = _MODEL_PARAMS.search(line)
    if m is None:
        return []
    digits = m.group("num")
    q = Quantity(
        line[m.start("num") : m.end("unit")],
        m.start("num"),
        m.end("unit"),
        float(digits),
        digits,
        "count",
        m.group("unit"),
        _COUNT_SCALE[m.group("unit").upper()],
        False,
        False,
        "",
    )
    if block.model is None:
        return [
            make_claim(
                unit,
                q.start,
                q.end,
                "log-params",
                Verdict.UNVERIFIABLE,
                f"{q.text}: parameters; the block names no model",
                stated=q.text,
            )
        ]
    count = float(count_parameters(block.model).total)
    verdict, explanation = _judge(q, count, 0.0, f"{block.model.name} has {count:,.0f} parameters")
    return [make_claim(unit, q.start, q.end, "log-params", verdict, explanation, stated=q.text)]


def _buffer_claims(unit: Unit, line: str, block: _Block) -> list[Claim]:
    m = _MODEL_BUFFER.search(line)
    q = _log_quantity(line, m) if m else None
    if q is None:
        return []
    buffers = block.model_buffers
    expected = _gguf_expected(block.model, block.ftype) if block.model is not None and block.ftype else None
    # the token embeddings stay in host memory: a GPU's buffer alone is a part, only a CPU's can be the whole model
    on_cpu = re.search(r"(?i)\bCPU(?:_Mapped)?\s+(?:model\s+)?buffer", line) is not None
    if buffers > 1 or not on_cpu or expected is None or block.model is None:
        why = (
            "one of the buffers the model is split into"
            if buffers > 1 or not on_cpu
            else "the block does not give the model and its file type"
        )
        return [make_claim(unit, q.start, q.end, "log-gguf", Verdict.UNVERIFIABLE, f"{q.text}: {why}", stated=q.text)]
    size, spread = expected
    verdict, explanation = _judge(
        q, size, spread, f"{block.model.name} as {block.ftype} (all in one buffer) ≈ {fmt(size, q.scale)}"
    )
    return [make_claim(unit, q.start, q.end, "log-gguf", verdict, explanation, stated=q.text)]


def _vllm_claims(unit: Unit, line: str, block: _Block) -> list[Claim]:
    m = _VLLM_WEIGHTS.search(line)
    if m is not None:
        q = _log_quantity(line, m)
        if q is None:
            return []
        d = block.search(_VLLM_DTYPE)
        quant = block.search(_VLLM_QUANT)
        bytes_per = {"bfloat16": 2, "float16": 2, "half": 2, "float32": 4}.get(d.group("d")) if d else None
        quantized = (quant and quant.group("q") != "None") or block.search(_QUANTIZED_NAME) is not None
        if block.model is None or bytes_per is None or quantized or block.tp < 1 or block.pp != 1:
            return [
                make_claim(
                    unit,
                    q.start,
                    q.end,
                    "log-weights",
                    Verdict.UNVERIFIABLE,
                    f"{q.text}: weights; the block does not give the model and its dtype",
                    stated=q.text,
                )
            ]
        size = float(count_parameters(block.model).total) * bytes_per / block.tp
        share = f" / {block.tp} GPUs (tensor parallel)" if block.tp > 1 else ""
        dtype = d.group("d") if d else ""
        params = count_parameters(block.model).total
        how = f"{block.model.name} weights: {params:,} params × {bytes_per} bytes ({dtype}){share} = {fmt(size, 2**30)}"
        # vLLM printed GiB labelled `GB` before 0.6.4: either reading of a measured load (±2 %) holds
        readings = [size] if q.binary else [size, size * q.scale / 2**30]
        best = min(readings, key=lambda v: abs(q.value - v))
        verdict, explanation = _judge(q, best, 0.02, how)
        return [make_claim(unit, q.start, q.end, "log-weights", verdict, explanation, stated=q.text)]
    return _vllm_kv_claims(unit, line, block)


def _vllm_kv_claims(unit: Unit, line: str, block: _Block) -> list[Claim]:
    tokens = _VLLM_KV_TOKENS.search(line)
    concurrency = _VLLM_CONCURRENCY.search(line)
    if tokens is None and concurrency is None:
        return []
    model = block.kv_model()
    if tokens is not None:
        raw = tokens.group("num")
        n = float(raw.replace(",", ""))
        q = Quantity(
            raw + " tokens", tokens.start("num"), tokens.end(), n, raw.replace(",", ""), "tokens", "tokens", 1.0, False, False, ""
        )
        mem = block.kv_memory[0] if len(block.kv_memory) == 1 else None
        if model is None or mem is None:
            return [
                make_claim(
                    unit,
                    q.start,
                    q.end,
                    "log-kv-cache",
                    Verdict.UNVERIFIABLE,
                    f"{q.text}: KV cache tokens; the block does not give the model and the KV memory",
                    stated=q.text,
                )
            ]
        per = kv_cache_bytes(model, 1)
        lo, hi = (mem.value - mem.half_unit() * mem.scale) / per - 16, (mem.value + mem.half_unit() * mem.scale) / per
        how = f"{mem.text} / {per / 1024:g} KiB per token ({model.name}, bf16) = {mem.value / per:,.0f} tokens"
        if lo <= n <= hi:
            return [make_claim(unit, q.start, q.end, "log-kv-cache", Verdict.HOLDS, f"{how}; stated {q.text}", stated=q.text)]
        verdict, explanation = _judge(q, mem.value / per, 0.0, how)
        return [make_claim(unit, q.start, q.end, "log-kv-cache", verdict, explanation, stated=q.text)]
    assert concurrency is not None
    known = block.kv_tokens
    if not known:  # vLLM before V1: `# GPU blocks: 27987` of `block_size` (16) tokens each
        blocks = {int(b) for b in block.findall(_GPU_BLOCKS)}
        size = {int(b) for b in block.findall(_BLOCK_SIZE)} or {16}
        known = [float(next(iter(blocks)) * next(iter(size)))] if len(blocks) == 1 and len(size) == 1 else []
    raw = concurrency.group("num")
    q = Quantity(
        raw + "x", concurrency.start("num"), concurrency.end(), float(raw), raw, "multiplier", "x", 1.0, False, False, ""
    )
    if len(known) != 1:
        return [
            make_claim(
                unit,
                q.start,
                q.end,
                "log-kv-cache",
                Verdict.UNVERIFIABLE,
                f"{q.text}: the block does not state the KV cache tokens",
                stated=q.text,
            )
        ]
    per_request = float(concurrency.group("per").replace(",", ""))
    value = known[0] / per_request
    verdict, explanation = _judge(
        q, value, 0.0, f"{known[0]:,.0f} KV cache tokens / {per_request:,.0f} tokens per request = {value:.4g}"
    )
    return [make_claim(unit, q.start, q.end, "log-kv-cache", verdict, explanation, stated=q.text)]


# `ls -l[h]` and `du -[s]h` rows: a size and a file name (the model and its type in the name)
_LS_ROW = guarded(
    r"^\s*[-dlbcps][-rwxsStTl@.+]{9}\S*\s+\d+\s+\S+\s+\S+\s+(?P<size>\d+(?:[.,]\d+)?)(?P<unit>[KMGTP]?)\s+"
    r"\w{3}\s+\d{1,2}\s+(?:\d{1,2}:\d{2}|\d{4})\s+(?P<name>\S+)\s*$"
)
_DU_ROW = guarded(r"^\s*(?P<size>\d+(?:[.,]\d+)?)(?P<unit>[KMGTP])\s+(?P<name>\S+)\s*$")
_BINARY_LETTER = {"": 1.0, "K": 2.0**10, "M": 2.0**20, "G": 2.0**30, "T": 2.0**40, "P": 2.0**50}
_SHARD = guarded(r"(?i)-of-\d+|\d{5}")


def _listed(line: str) -> tuple[re.Match[str], bool] | None:
    ls = _LS_ROW.match(line)
    if ls is not None:
        return ls, False
    du = _DU_ROW.match(line)
    return (du, True) if du is not None else None


def _listed_file(name: str) -> tuple[ModelConfig, str] | None:
    base = name.rsplit("/", 1)[-1]
    t = _GGUF_NAME.search(base)
    if t is None or _SHARD.search(base):
        return None
    cfg = find_model(base)
    return (cfg, _ftype(t.group("t"))) if cfg is not None else None


def _listed_quantity(m: re.Match[str], si: bool = False) -> Quantity:
    digits = m.group("size").replace(",", ".")
    unit = m.group("unit")
    if si and unit:  # `ls -lh --si`, `du --si`: powers of 1000
        return Quantity(
            m.group("size") + unit,
            m.start("size"),
            m.end("unit"),
            float(digits),
            digits,
            "bytes",
            unit + "B",
            {"K": 1e3, "M": 1e6, "G": 1e9, "T": 1e12, "P": 1e15}[unit],
            False,
            False,
            "",
        )
    return Quantity(
        m.group("size") + unit,
        m.start("size"),
        m.end("unit"),
        float(digits),
        digits,
        "bytes",
        unit or "B",
        _BINARY_LETTER[unit],
        bool(unit),
        False,
        "",
    )


def _judge_listed(q: Quantity, size: float, spread: float, how: str) -> tuple[Verdict, str]:
    """`ls -h`/`du -h` round up to one decimal below 10 and to a whole unit above: a figure one step
    over the size (or within the estimate's spread) holds."""
    step = 10.0 ** -len(q.digits.split(".")[1]) if "." in q.digits else 1.0
    shown = size / q.scale
    if q.scale > 1 and q.printed - step * 1.0001 <= shown <= q.printed + step / 2:
        return Verdict.HOLDS_ROUNDING, f"{how}; stated {q.text}; recomputed {shown:,.3f}{q.unit} (rounded up by ls/du)"
    return _judge(q, size, spread, how)


def _listing_claims(unit_of: Callable[[int], Unit], body: list[str], start: int) -> tuple[list[Claim], set[int]]:
    claims: list[Claim] = []
    used: set[int] = set()
    files: list[float] = []
    unresolved = False
    si = any("--si" in line for line in body)
    for offset, line in enumerate(body, start=1):
        hit = _listed(line)
        if hit is None:
            continue
        m, is_du = hit
        q = _listed_quantity(m, si)
        if not m.group("unit") and q.printed < 1e6:
            unresolved = unresolved or not is_du
            continue
        named = _listed_file(m.group("name"))
        if named is None:
            if is_du and files and not unresolved and (m.group("name").endswith("/") or "." not in m.group("name")):
                total = sum(files)
                verdict, explanation = _judge_listed(
                    q, total, 0.02, f"the {len(files)} model files listed above ≈ {fmt(total, 2**30)}"
                )
                claims.append(
                    make_claim(unit_of(start + offset), q.start, q.end, "file-listing", verdict, explanation, stated=q.text)
                )
                used.add(start + offset)
            elif not is_du:
                unresolved = unresolved or q.value > 1e8
            continue
        cfg, ftype = named
        expected = _gguf_expected(cfg, ftype)
        if expected is None:
            unresolved = True
            continue
        size, spread = expected
        files.append(size)
        verdict, explanation = _judge_listed(q, size, spread, f"{cfg.name} as {ftype} (the file name) ≈ {fmt(size, 2**30)}")
        claims.append(make_claim(unit_of(start + offset), q.start, q.end, "file-listing", verdict, explanation, stated=q.text))
        used.add(start + offset)
    return claims, used


# `assert kv_bytes(LLAMA31_8B, ctx=8192) == 1073741824  # 1 GiB`: the function names the kind, the
# constant the model; a literal on the right (and a size restating it in the comment) is the claim
_ASSERT = guarded(
    r"^\s*assert\s+(?P<fn>[A-Za-z_]\w{0,40})\((?P<args>[^()]{0,200})\)\s*==\s*(?P<lit>\d[\d_]*(?:\.\d+)?(?:e\d+)?)\s*(?:#(?P<c>.*))?$"
)
_CONSTANT = guarded(r"(?i)^(?P<fam>llama|qwen|gemma|phi|mistral|mixtral|falcon|gpt)_?(?P<v>\d{0,2})_?(?P<rest>.*)$")
# `kv_bytes`, `kv_cache_size`, `get_kv_cache_bytes`, `kv_bytes_per_token`; `n_params`, `count_parameters`, `num_params`
_KV_FUNCTION = guarded(
    r"(?:get_|compute_|calc_|estimate_)?kv(?:_cache)?_(?:bytes|size|mem|memory)(?:_bytes)?(?P<tok>_per_token)?"
)
_PARAMS_FUNCTION = guarded(r"(?:get_|n_|num_|count_|total_)?(?:params|parameters|param_count|parameter_count|n_params)")
_KWARG = guarded(r"(?P<k>\w+)\s*=\s*(?P<v>[\d_]+(?:\.\d+)?|\"\w+\"|'\w+')")


def _constant_model(name: str) -> ModelConfig | None:
    """`LLAMA31_8B` → Llama-3.1-8B, `QWEN25_7B` → Qwen2.5-7B, `GPT2` → GPT-2."""
    m = _CONSTANT.match(name)
    if m is None:
        return None
    fam, v, rest = m.group("fam").lower(), m.group("v"), m.group("rest").lower().replace("_", "-")
    version = f"{v[0]}.{v[1]}" if len(v) == 2 else v
    joined = {"qwen": f"qwen{version}", "gpt": f"gpt{version}"}.get(fam, f"{fam}-{version}" if version else fam)
    return find_model(f"{joined}-{rest}" if rest else joined)


def _assert_claims(unit: Unit, line: str) -> list[Claim]:
    m = _ASSERT.match(line)
    if m is None:
        return []
    fn = m.group("fn").lower()
    args = [a.strip() for a in m.group("args").split(",") if a.strip()]
    kind = "kv" if _KV_FUNCTION.fullmatch(fn) else "params" if _PARAMS_FUNCTION.fullmatch(fn) and len(args) == 1 else None
    if kind is None or not args:
        return []
    kwargs = {k.group("k").lower(): k.group("v").strip("\"'") for k in _KWARG.finditer(m.group("args"))}
    model = _constant_model(args[0]) if "=" not in args[0] else None
    lit = float(m.group("lit").replace("_", ""))
    digits = m.group("lit").replace("_", "")
    qkind = "bytes" if kind == "kv" else "count"
    stated = [Quantity(m.group("lit"), m.start("lit"), m.end("lit"), lit, digits, qkind, "", 1.0, False, False, "")]
    if m.group("c"):
        stated += [
            replace(q, start=q.start + m.start("c"), end=q.end + m.start("c"))
            for q in find_quantities(m.group("c"))
            if q.kind == qkind and q.scale > 1
        ]
    if kind == "params":
        if model is None:
            return []
        count = float(count_parameters(model).total)
        how = f"{model.name} has {count:,.0f} parameters"
        return [make_claim(unit, q.start, q.end, "code-assert", *_judge(q, count, 0.0, how), stated=q.text) for q in stated]
    per_token = "per_token" in fn
    ctx = (
        "1"
        if per_token
        else next(
            (kwargs[k] for k in ("ctx", "context", "seq", "seq_len", "seqlen", "n_ctx", "tokens", "seq_length") if k in kwargs),
            None,
        )
    )
    batch = next((kwargs[k] for k in ("batch", "bs", "batch_size") if k in kwargs), "1")
    dtype = next((kwargs[k] for k in ("dtype", "kv_dtype", "cache_dtype") if k in kwargs), "fp16")
    per = DTYPE_BYTES.get(dtype.lower(), float(dtype) if dtype.replace(".", "").isdigit() else 0)
    kv_model = model if model is not None and not (model.sliding_window or model.kv_lora_rank) else None
    out = []
    for q in stated:
        if kv_model is None or ctx is None or not per:
            why = "the model" if kv_model is None else "the context" if ctx is None else "the KV type"
            out.append(
                make_claim(
                    unit,
                    q.start,
                    q.end,
                    "code-assert",
                    Verdict.UNVERIFIABLE,
                    f"{q.text}: a KV cache size; the call does not give {why}",
                    stated=q.text,
                )
            )
            continue
        tokens, n = int(float(ctx.replace("_", ""))), int(float(batch.replace("_", "")))
        computed = kv_cache_bytes(kv_model, tokens, n, per)
        how = f"KV cache of {kv_model.name}: {tokens:,} tokens × batch {n} × {per:g} B ({dtype}) = {computed:,.0f} bytes"
        out.append(make_claim(unit, q.start, q.end, "code-assert", *_judge(q, computed, 0.0, how), stated=q.text))
    return out


# a REPL line (`>>> expr`, `In [3]: expr`) and the output line under it
_PROMPT = guarded(
    r"^\s*(?:>>>|In \[\d+\]:)\s?(?P<expr>.*)$|^\s*\$\s*python3?\s+-c\s+(?P<q>[\"'])(?P<cexpr>print\(.*\))(?P=q)\s*$"
)
_OUTPUT = guarded(r"^\s*(?:Out\[\d+\]:\s*)?(?P<num>-?\d[\d_,]*(?:\.\d+)?(?:e[+-]?\d+)?)\s*$")
_PARAM_CALL = guarded(
    r"(?P<obj>[A-Za-z_]\w*)\.num_parameters\(\)|sum\(\s*p\.numel\(\)\s+for\s+p\s+in\s+(?P<obj2>[A-Za-z_]\w*)\.parameters\(\)\s*\)"
)


_ONE_FIELD = guarded(r"f([\"'])\{(?P<e>[^{}:\"']{1,200})(?::[^{}\"']{0,20})?\}\1")


def _evaluate_with(expr: str, typed: list[str]) -> float | None:
    """`expr` with the names the statements typed before it bound (`>>> n = 8.03e9`, `>>> n * 2 / 1e9`)."""
    names, _, _ = run_block("\n".join(t for t in typed if "=" in t))
    try:
        return float(evaluate(ast.parse(expr, mode="eval").body, names))
    except (SyntaxError, ValueError, TypeError, OverflowError, ZeroDivisionError, RecursionError, Unsafe):
        return None


def _repl_claims(unit_of: Callable[[int], Unit], body: list[str], start: int, block: _Block) -> tuple[list[Claim], set[int]]:
    claims: list[Claim] = []
    used: set[int] = set()
    typed: list[str] = []  # the statements typed at the prompt so far (their names bind later lines' values)
    for offset, (line, after) in enumerate(pairwise([*body, ""]), start=1):
        p = _PROMPT.match(line)
        out = _OUTPUT.match(after) if p else None
        if p is not None and out is None and p.group("expr"):
            typed = [*typed[-40:], p.group("expr").strip()]
        if p is None or out is None:
            continue
        expr = (p.group("expr") or p.group("cexpr") or "").strip()
        if expr.startswith("print(") and expr.endswith(")"):
            expr = expr[6:-1].strip()
        field = _ONE_FIELD.fullmatch(expr)  # `f"{model.num_parameters():,}"`: the one value it formats
        if field is not None:
            expr = field.group("e").strip()
        calls = _substitute(expr, block) if block.counts_parameters else None
        raw = out.group("num")
        digits = raw.replace(",", "").replace("_", "")
        try:
            value_out = float(digits)
        except ValueError:
            continue
        if calls is not None and calls[0] != expr:
            try:
                computed = float(evaluate(ast.parse(calls[0], mode="eval").body, calls[1]))
            except (SyntaxError, ValueError, TypeError, OverflowError, ZeroDivisionError, RecursionError, Unsafe):
                continue
            model = block.model.name if block.model is not None else "the model loaded"
            how = f"{expr} = {computed:,.6g} ({model})"
            kind = "count"
        else:
            value = evaluate_expression(expr) if not typed else _evaluate_with(expr, typed)
            if value is None or not re.search(r"[*/]", expr):
                continue
            computed, how, kind = value, f"{expr} = {value:,.6g}", "number"
        q = Quantity(raw, out.start("num"), out.end("num"), value_out, digits.split("e")[0], kind, "", 1.0, False, False, "")
        lineno = start + offset + 1
        claims.append(make_claim(unit_of(lineno), q.start, q.end, "repl-output", *_judge(q, computed, 0.0, how), stated=q.text))
        used.add(lineno)
    return claims, used


# what a block holds before any of its lines is read as output: the words of the keys read (a plain substring test
# over the block, at C speed), or a row of `ls -l`/`du -h` at the start of a line
_HINTS = ("size", "took", "params", "numel", "num_parameters", "assert", ">>>", "In [", "python", "tokens", "KV Cache", "GB")
_LISTING_START = guarded(r"(?m)^[ \t]*(?:[-dl][-r][-w][-xsStT]|\d+(?:[.,]\d+)?[KMGTP]\s)")


def _worth_reading(body: list[str]) -> bool:
    text = "\n".join(body)
    return any(h in text for h in _HINTS) or _LISTING_START.search(text) is not None


def log_claims(lines: list[str], start: int, end: int) -> tuple[list[Claim], set[int]]:
    """The claims of a block's output and log lines, and the lines they were read from."""
    body = lines[start : end - 1]
    if not body or not _worth_reading(body):
        return [], set()
    block = _Block(lines, start, end)

    def unit_of(lineno: int) -> Unit:
        line = lines[lineno - 1]
        return Unit(line, line, lineno, lineno, "code")  # a claim takes its span from the text: no masking needed

    claims, used = _listing_claims(unit_of, body, start)
    repl, repl_lines = _repl_claims(unit_of, body, start, block)
    claims += repl
    used |= repl_lines
    for offset, line in enumerate(body, start=1):
        lineno = start + offset
        if (
            lineno in used
            or len(line) > 2000
            or not ("=" in line or ":" in line or "took" in line or "print" in line or "│" in line)
        ):
            continue
        found = _assert_claims(unit_of(lineno), line)
        for reader in _LOG_READERS:
            if found:
                break
            found = reader(unit_of(lineno), line, block)
        if found:
            claims += found
            used.add(lineno)
    return claims, used


# PEFT's `print_trainable_parameters()`: `trainable params: 4,194,304 || all params: 6,742,609,920 || trainable%: 0.0622`
_PEFT = guarded(
    r"trainable\s+params\s*:\s*(?P<t>\d{1,3}(?:,\d{3})+|\d+)\s*\|\|\s*all\s+params\s*:\s*(?P<a>\d{1,3}(?:,\d{3})+|\d+)"
    r"\s*\|\|\s*trainable%\s*:\s*(?P<p>\d+(?:\.\d+)?)"
)
_LORA_R = guarded(r"\br\s*=\s*(\d+)\b")
_LORA_TARGETS = guarded(r"target_modules\s*=\s*(?:\[(?P<list>[^\]]{0,300})\]|[\"'](?P<all>all-linear)[\"'])")
_LORA_MODULES = ("q_proj", "k_proj", "v_proj", "o_proj", "gate_proj", "up_proj", "down_proj")
_LORA_EXTRAS = guarded(
    r"modules_to_save|use_dora\s*=\s*True|layers_to_transform|rank_pattern|bias\s*=\s*[\"'](?:all|lora_only)|use_rslora|fan_in_fan_out"
)
_FOUR_BIT = guarded(r"(?i)load_in_4bit\s*=\s*True|bnb_4bit|nf4")


def _lora_params(cfg: ModelConfig, r: int, modules: list[str]) -> float | None:
    """Adapter parameters of LoRA rank `r` on `modules` of every layer: r·(d_in + d_out) per matrix."""
    if cfg.is_moe or cfg.kv_lora_rank or not cfg.gated or cfg.decoder_layers or cfg.bert:
        return None
    h, q, kv, inner = cfg.hidden, cfg.heads * cfg.head_dim, cfg.kv_heads * cfg.head_dim, cfg.intermediate
    dims = {
        "q_proj": (h, q),
        "k_proj": (h, kv),
        "v_proj": (h, kv),
        "o_proj": (q, h),
        "gate_proj": (h, inner),
        "up_proj": (h, inner),
        "down_proj": (inner, h),
    }
    if not modules or any(m not in dims for m in modules):
        return None
    return float(cfg.layers * sum(r * sum(dims[m]) for m in modules))


def _peft_claims(unit: Unit, line: str, block: _Block) -> list[Claim]:
    m = _PEFT.search(line)
    if m is None:
        return []

    def count(g: str) -> Quantity:
        raw = m.group(g)
        return Quantity(
            raw, m.start(g), m.end(g), float(raw.replace(",", "")), raw.replace(",", ""), "count", "", 1.0, False, False, ""
        )

    t, a = count("t"), count("a")
    p = Quantity(m.group("p"), m.start("p"), m.end("p"), float(m.group("p")), m.group("p"), "number", "", 1.0, False, False, "")
    cfg = block.model
    r = {int(x) for x in block.findall(_LORA_R)}
    targets = block.search(_LORA_TARGETS)
    modules = (
        list(_LORA_MODULES)
        if targets is not None and targets.group("all")
        else re.findall(r"[\"'](\w+)[\"']", targets.group("list") or "")
        if targets is not None
        else []
    )
    unmodelled = block.search(_LORA_EXTRAS) is not None  # saved modules, biases, DoRA, a subset of layers
    adapters = _lora_params(cfg, next(iter(r)), modules) if cfg is not None and len(r) == 1 and not unmodelled else None
    packed = block.search(_FOUR_BIT) is not None  # 4-bit layers count their packed bytes, not their weights
    base = float(count_parameters(cfg).total) if cfg is not None and not packed else None
    out: list[Claim] = []
    if adapters is None or cfg is None:
        out.append(
            make_claim(
                unit,
                t.start,
                t.end,
                "peft-params",
                Verdict.UNVERIFIABLE,
                f"{t.text}: adapter parameters; the block does not give the model, r and target modules",
                stated=t.text,
            )
        )
    else:
        how = f"LoRA r={next(iter(r))} on {', '.join(modules)} of {cfg.name}'s {cfg.layers} layers = {adapters:,.0f}"
        out.append(make_claim(unit, t.start, t.end, "peft-params", *_judge(t, adapters, 0.0, how), stated=t.text))
    trainable = adapters if adapters is not None else t.value
    if base is None:
        why = "the block names no model" if cfg is None else "4-bit layers are counted packed"
        out.append(
            make_claim(
                unit, a.start, a.end, "peft-params", Verdict.UNVERIFIABLE, f"{a.text}: all parameters; {why}", stated=a.text
            )
        )
        total = a.value
    else:
        total = base + trainable
        out.append(
            make_claim(
                unit,
                a.start,
                a.end,
                "peft-params",
                *_judge(a, total, 0.0, f"{cfg.name if cfg else ''} {base:,.0f} + {trainable:,.0f} trainable = {total:,.0f}"),
                stated=a.text,
            )
        )
    share = trainable / total * 100 if total else 0.0
    out.append(
        make_claim(
            unit,
            p.start,
            p.end,
            "peft-params",
            *_judge(p, share, 0.0, f"{trainable:,.0f} / {total:,.0f} = {share:.6g} %"),
            stated=p.text,
        )
    )
    return out


# `print(sum(p.numel() for p in model.parameters()))  # 124439808`: the count of the model the block loads
_PRINT_COUNT = guarded(r"^\s*print\((?P<e>.{1,120})\)\s*#\s*(?P<c>.*)$")


_LOADED = guarded(
    r"^\s*(?P<obj>[A-Za-z_]\w*)\s*=\s*[\w.]{0,80}from_pretrained\(\s*(?:[A-Za-z_]\w*\s*=\s*)?[\"'](?P<name>[^\"']{1,120})[\"']"
)
_COUNTED = guarded(r"^\s*(?P<name>[A-Za-z_]\w*)\s*=\s*(?P<e>.{1,160}?)\s*(?:#.*)?$")
_BINARY_DIVISOR = guarded(r"/\s*\(?\s*(?:2\s*\*\*\s*(?:10|20|30|40)|1024(?:\s*\*\*\s*[1-4])?|1_?073_?741_?824)")


def _counts_of(block: _Block) -> tuple[dict[str, ModelConfig], dict[str, float]]:
    """The models a block loads (`m = AutoModel.from_pretrained("gpt2")`) and the names bound to their
    parameter counts (`n = sum(p.numel() for p in m.parameters())`)."""
    if block.counts is None:
        loaded: dict[str, ModelConfig] = {}
        counted: dict[str, float] = {}
        for line in block.body:
            load = _LOADED.match(line)
            cfg = find_model(load.group("name")) if load is not None else None
            if load is not None and cfg is not None:
                loaded[load.group("obj")] = cfg
            bound = _COUNTED.match(line)
            call = _PARAM_CALL.fullmatch(bound.group("e")) if bound is not None else None
            if bound is not None and call is not None:
                model = loaded.get(call.group("obj") or call.group("obj2") or "") or block.model
                if model is not None:
                    counted[bound.group("name")] = float(count_parameters(model).total)
        block.counts = (loaded, counted)
    return block.counts


_FOOTPRINT_CALL = guarded(r"(?P<obj>[A-Za-z_]\w*)\.get_memory_footprint\(\)")
_TORCH_DTYPE = guarded(r"\b(?:torch_)?dtype\s*=\s*(?:torch\.)?[\"']?(?P<d>float32|float16|bfloat16|half|auto)\b")
_QUANTIZED_LOAD = guarded(r"load_in_(?:4|8)bit|quantization_config|BitsAndBytesConfig|GPTQ|AWQ")
_FOOTPRINT_BYTES = {"float32": 4.0, "float16": 2.0, "half": 2.0, "bfloat16": 2.0}


def _substitute(expr: str, block: _Block) -> tuple[str, dict[str, float]] | None:
    """`expr` with each parameter count (`m.num_parameters()`, `sum(p.numel() for p in m.parameters())`) and memory
    footprint (`m.get_memory_footprint()`: the weights in the dtype the block loads them in) of the model the block
    loads put as a name, and those names' values; None when a model or its dtype is not given."""
    loaded, counted = _counts_of(block)
    names = dict(counted)
    missing: list[str] = []

    def named(call: re.Match[str], footprint: bool) -> str:
        model = loaded.get(call.group("obj") or call.groupdict().get("obj2") or "") or block.model
        per = _FOOTPRINT_BYTES.get(block.torch_dtype or "") if footprint else 1.0
        if model is None or per is None:
            missing.append(call.group(0))
            return "_missing"
        name = f"_model{len(names)}"
        names[name] = float(count_parameters(model).total) * per
        return name

    expr = _PARAM_CALL.sub(lambda c: named(c, False), expr)
    expr = _FOOTPRINT_CALL.sub(lambda c: named(c, True), expr)
    return None if missing else (expr, names)


def _printed_count_claims(unit: Unit, line: str, block: _Block) -> list[Claim]:
    """`print(sum(p.numel() for p in m.parameters()))  # 124439808`, `print(n * 2 / 2**30)  # 135.4 GB`: a value
    computed from the parameter count of the model the block loads, against what the comment states."""
    m = _PRINT_COUNT.match(line) if "print" in line else None
    if m is None or not block.counts_parameters:
        return []
    written = m.group("e").strip()
    substituted = _substitute(written, block)
    if substituted is None:
        return []
    expr, names = substituted
    if not any(re.search(rf"\b{re.escape(n)}\b", expr) for n in names):
        return []
    try:
        value = float(evaluate(ast.parse(expr, mode="eval").body, {**block.names, **names}))
    except (SyntaxError, ValueError, TypeError, OverflowError, ZeroDivisionError, RecursionError, Unsafe):
        return []
    text, shift = m.group("c"), m.start("c")
    stated = [q for q in _stated(text) if q.kind in ("number", "count", "bytes")]
    if not stated:
        return []
    binary = _BINARY_DIVISOR.search(expr) is not None
    out = []
    for q in _restating(text, stated):
        verdict, explanation = _compare_value(q, value, line, binary)
        out.append(
            make_claim(
                unit,
                q.start + shift,
                q.end + shift,
                "code-output",
                verdict,
                f"{written} = {value:,.6g}; {explanation}",
                stated=q.text,
            )
        )
    return out


# `ollama list`: NAME, ID, SIZE (decimal units), MODIFIED; the tag names the quantization
_OLLAMA_ROW = guarded(r"^\s*(?P<name>[\w.-]+:[\w.-]+)\s+[0-9a-f]{12}\s+(?P<num>\d+(?:\.\d+)?)\s*(?P<unit>[KMGT]B)\s")


def _ollama_claims(unit: Unit, line: str, block: _Block) -> list[Claim]:
    m = _OLLAMA_ROW.match(line)
    q = _log_quantity(line, m) if m is not None else None
    if m is None or q is None:
        return []
    tag = re.search(r"(?i)[-_](i?q\d(?:_[a-z0-9]+)*|f16|bf16|fp16)$", m.group("name"))
    cfg = find_model(m.group("name"))
    expected = _gguf_expected(cfg, _ftype(tag.group(1)).replace("FP16", "F16")) if cfg is not None and tag else None
    if cfg is None or expected is None:
        return [
            make_claim(
                unit,
                q.start,
                q.end,
                "file-listing",
                Verdict.UNVERIFIABLE,
                f"{q.text}: the tag does not name a catalogued model and its quantization",
                stated=q.text,
            )
        ]
    size, spread = expected
    how = f"{cfg.name} as {tag.group(1).upper() if tag else ''} (the tag) ≈ {fmt(size, q.scale)}"
    return [make_claim(unit, q.start, q.end, "file-listing", *_judge(q, size, spread, how), stated=q.text)]


# SGLang: `KV Cache is allocated. #tokens: 413184, K size: 25.22 GB, V size: 25.22 GB` (its `GB` is 2³⁰ bytes)
_SGLANG_KV = guarded(r"(?i)\b(?P<kv>[KV])\s+size\s*:\s*" + _LOG_BYTES)
_SGLANG_TOKENS = guarded(r"#tokens\s*:\s*(\d+)|\bmax_total_num_tokens\s*=\s*(\d+)")
_SGLANG_KV_DTYPE = guarded(r"\bkv_cache_dtype\s*=\s*['\"]?(\w+)")


def _sglang_claims(unit: Unit, line: str, block: _Block) -> list[Claim]:
    if "KV Cache is allocated" not in line:
        return []
    found = [(m, _log_quantity(line, m)) for m in _SGLANG_KV.finditer(line)]
    tokens = {int(a or b) for a, b in block.findall(_SGLANG_TOKENS)}
    dtype = {d.lower() for d in block.findall(_SGLANG_KV_DTYPE)} or {"auto"}
    per = (
        {"auto": 2.0, "bfloat16": 2.0, "float16": 2.0, "fp8_e5m2": 1.0, "fp8_e4m3": 1.0}.get(next(iter(dtype)))
        if len(dtype) == 1
        else None
    )
    model = block.kv_model()
    if model is not None and per == 2.0 and "auto" in dtype and model.name.startswith(("gpt2", "bert", "t5")):
        per = None  # an fp32 checkpoint: `auto` keeps fp32
    out: list[Claim] = []
    for _, q in found:
        if q is None:
            continue
        if model is None or len(tokens) != 1 or per is None:
            out.append(
                make_claim(
                    unit,
                    q.start,
                    q.end,
                    "log-kv-cache",
                    Verdict.UNVERIFIABLE,
                    f"{q.text}: K or V cache; the block does not give the model, the tokens and the KV type",
                    stated=q.text,
                )
            )
            continue
        n = next(iter(tokens))
        size = kv_cache_bytes(model, n, 1, per) / 2
        readings = [size] if q.binary else [size * q.scale / 2**30, size]  # SGLang's `GB` is GiB
        best = min(readings, key=lambda v: abs(q.value - v))
        how = f"K or V cache of {model.name}: {n:,} tokens × {per:g} B = {fmt(size, 2**30)}"
        out.append(make_claim(unit, q.start, q.end, "log-kv-cache", *_judge(q, best, 0.0, how), stated=q.text))
    return out


# `accelerate estimate-memory`: a box table of dtype, Largest Layer, Total Size, Training using Adam (its
# `GB` is 2³⁰ bytes). Total Size is the weights in the row's dtype; Training using Adam is 4× it.
_ACCEL_DTYPES = {"float32": 4.0, "float16": 2.0, "bfloat16": 2.0, "int8": 1.0, "int4": 0.5}
_BOX_CELL = guarded(r"[│|]")


def _accelerate_claims(unit: Unit, line: str, block: _Block) -> list[Claim]:
    if "│" not in line or "Total Size" not in block.text or block.header is None:
        return []
    cells = _BOX_CELL.split(line)
    header = block.header
    if len(cells) != len(header):
        return []
    dtype = cells[header.index("dtype")].strip().lower() if "dtype" in header else ""
    per = _ACCEL_DTYPES.get(dtype)
    out: list[Claim] = []
    at = 0
    for name, cell in zip(header, cells, strict=True):
        start = line.find(cell, at)
        at = start + len(cell)
        factor = 1.0 if name == "total size" else 4.0 if name.startswith("training") else 0.0
        qs = [q for q in find_quantities(cell) if q.kind == "bytes" and q.scale > 1]
        if not factor or len(qs) != 1:
            continue
        q = replace(qs[0], start=qs[0].start + start, end=qs[0].end + start)
        if block.model is None or per is None:
            why = "the block names no model" if block.model is None else f"the dtype {dtype!r} is not one accelerate lists"
            out.append(make_claim(unit, q.start, q.end, "log-weights", Verdict.UNVERIFIABLE, f"{q.text}: {why}", stated=q.text))
            continue
        params = float(count_parameters(block.model).total)
        size = params * per * factor
        readings = [size] if q.binary else [size * q.scale / 2**30, size]  # accelerate's `GB` is GiB
        best = min(readings, key=lambda v: abs(q.value - v))
        what = "weights" if factor == 1 else "Adam training (4× the weights)"
        how = f"{block.model.name} {what}: {params:,.0f} params × {per * factor:g} bytes ({dtype}) = {fmt(size, 2**30)}"
        out.append(make_claim(unit, q.start, q.end, "log-weights", *_judge(q, best, 0.02, how), stated=q.text))
    return out


# Ollama's scheduler: `memory.required.kv="1.0 GiB"` with the runner's `--ctx-size 8192` (f16 cache by default)
_OLLAMA_KV = guarded(r"\bmemory\.required\.kv=\"?(?P<num>\d+(?:\.\d+)?)\s*(?P<unit>[KMGT]i?B)\b")


def _ollama_kv_claims(unit: Unit, line: str, block: _Block) -> list[Claim]:
    m = _OLLAMA_KV.search(line)
    q = _log_quantity(line, m) if m is not None else None
    if q is None:
        return []
    model, ctx = block.kv_model(), block.ctx
    kv_type = next(iter(block.kv_types)) if len(block.kv_types) == 1 else "f16" if not block.kv_types else ""
    if model is None or ctx is None or kv_type not in _KV_TYPE_BYTES:
        why = "the model" if model is None else "the context (--ctx-size)" if ctx is None else "the KV type"
        return [
            make_claim(
                unit,
                q.start,
                q.end,
                "log-kv-cache",
                Verdict.UNVERIFIABLE,
                f"{q.text}: a KV cache size; the block does not give {why}",
                stated=q.text,
            )
        ]
    computed = kv_cache_bytes(model, ctx, 1, _KV_TYPE_BYTES[kv_type])
    how = f"KV cache of {model.name}: {ctx:,} tokens × {_KV_TYPE_BYTES[kv_type]:g} B ({kv_type})"
    return [make_claim(unit, q.start, q.end, "log-kv-cache", *_judge(q, computed, 0.0, how), stated=q.text)]


_LogReader = Callable[[Unit, str, _Block], list[Claim]]
_LOG_READERS: tuple[_LogReader, ...] = (
    _kv_claims,
    _file_claims,
    _params_claims,
    _buffer_claims,
    _vllm_claims,
    _peft_claims,
    _printed_count_claims,
    _ollama_claims,
    _sglang_claims,
    _accelerate_claims,
    _ollama_kv_claims,
)
