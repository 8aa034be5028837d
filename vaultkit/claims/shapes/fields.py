"""Dataview fields of a model's record (§ properties): `vram:: 16.1 GB` or `weights_gb:: 15.2` under a
section whose model is named (its heading or a `model:: [[org/Name]]` field) and whose `dtype::`
field names the storage type: the model's parameters × the type's bytes.

A `vram` field may hold more than the weights (the runtime, a cache): above the weights it is
unverifiable, below them wrong; a `weights`/`size` field is the weights themselves.
"""

from __future__ import annotations

import re

from vaultkit.claims.engine import count_parameters, gguf_bytes
from vaultkit.claims.fastre import guarded
from vaultkit.claims.model import Verdict
from vaultkit.claims.shapes.base import Found, NoteFacts, Sentence, found, make_claim
from vaultkit.claims.verdict import Check, compare, fmt

_FIELD = guarded(
    r"(?i)^\s*(?P<key>vram|gpu_mem(?:ory)?|weights?|model_size|size|checkpoint|веса|размер)(?:_(?P<unit>gib|gb|гб|гиб))?\s*::\s*"
)


# `gguf_q4_k_m:: 4.58 GiB`: the file of that llama.cpp type
_GGUF_FIELD = guarded(r"(?i)^\s*gguf[_-](?P<t>(?:i?q\d(?:_[0-9a-z]+)*|f16|bf16|f32))(?:_(?:gib|gb))?\s*::\s*")


def _gguf_field(s: Sentence, facts: NoteFacts, m: re.Match[str]) -> list[Found]:
    model = facts.section_model.get(s.unit.line) or facts.heading_model.get(s.unit.line)
    if model is None or model.config is None:
        return []
    first = next((q for q in s.quantities if q.start >= m.end()), None)
    if first is None or first.kind != "bytes" or first.hi is not None or s.unit.text[m.end() : first.start].strip():
        return []
    ftype = m.group("t").upper()
    try:
        computed = gguf_bytes(model.config, ftype)
    except (KeyError, ValueError):
        return []
    check = compare(first, computed)
    if not check.verdict.holds and abs(first.value - computed) <= 0.02 * computed:
        check = Check(Verdict.HOLDS_APPROX, f"{check.explanation.split(': does not match')[0]} (GGUF mix, ±2 %)")
    how = f"{model.text} as {ftype} (the field's type) ≈ {fmt(computed, first.scale)}"
    claim = make_claim(s.unit, first.start, first.end, "gguf", check.verdict, f"{how}; {check.explanation}", stated=first.text)
    return [found(claim, first)]


def field_weights(s: Sentence, facts: NoteFacts) -> list[Found]:
    if s.start != 0 or s.unit.source != "prose" or "::" not in s.unit.text:
        return []
    g = _GGUF_FIELD.match(s.unit.text)
    if g is not None:
        return _gguf_field(s, facts, g)
    m = _FIELD.match(s.unit.text)
    dtype = facts.field_dtype.get(s.unit.line)
    model = facts.section_model.get(s.unit.line) or facts.heading_model.get(s.unit.line)
    if m is None or dtype is None or dtype.gguf or model is None or model.config is None:
        return []
    first = next((q for q in s.quantities if q.start >= m.end()), None)
    if first is None or first.kind != "bytes" or first.hi is not None or s.unit.text[m.end() : first.start].strip():
        return []
    params = float(count_parameters(model.config).total)
    computed = params * dtype.bytes
    check = compare(first, computed)
    vram = m.group("key").lower() in ("vram", "gpu_mem", "gpu_memory")
    if vram and not check.verdict.holds and first.value > computed:
        # memory in use may hold the runtime and a cache as well as the weights
        check = Check(
            Verdict.UNVERIFIABLE, f"{check.explanation.split(': does not match')[0]}: above the weights (VRAM may hold more)"
        )
    how = f"{model.text} ({params / 1e9:.2f}B params) × {dtype.bytes:g} bytes ({dtype.name}, the dtype field)"
    how += f" = {fmt(computed, first.scale)}"
    claim = make_claim(s.unit, first.start, first.end, "weights", check.verdict, f"{how}; {check.explanation}", stated=first.text)
    return [found(claim, first)]
