"""Facts about a storage type (§5.1 S7): `FP16 (16 bits): 2 bytes per parameter`,
`32-bit (4-byte) floating point`, `int4 — 0.5 bytes per weight`; bits per weight of a quantized
block (`a block of 32 weights takes 18 bytes → 4.5 bits per weight`, `144 байта на 256 весов =
4,5 бита`) and the measured bits per weight of a llama.cpp type (`Q4_K_M averages 4.89
bits/weight`; a whole number of bits names the type's level, `4-bit`, and is not checked)."""

from __future__ import annotations

import re

from vaultkit.claims.dtypes import canonical, find_dtypes
from vaultkit.claims.model import Verdict
from vaultkit.claims.quantities import Quantity
from vaultkit.claims.shapes.base import Found, NoteFacts, Sentence, make_claim
from vaultkit.claims.verdict import compare

_DTYPE_WORD = r"(?i:fp64|fp32|tf32|fp16|bf16|fp8|int8|int4|nf4|float32|float16|bfloat16)"
_DTYPE_FACT = re.compile(
    rf"(?P<dt>{_DTYPE_WORD})\W{{0,4}}\(?(?P<bits>\d+)[\s-]*(?i:bits?|бит\w*)\)?\W{{0,6}}(?P<bytes>\d+(?:[.,]\d+)?)\s*(?i:bytes?|байт\w*)"
)
_BIT_BYTE = re.compile(r"(?P<bits>\d+)[\s-](?i:bit|бит\w*)\s*\((?P<bytes>\d+(?:[.,]\d+)?)[\s-](?i:bytes?|байт\w*)\)")


def dtype_facts(s: Sentence, facts: NoteFacts) -> list[Found]:
    text, unit = s.unit.text, s.unit
    if "bit" not in text and "бит" not in text:
        return []
    out: list[Found] = []
    for m in _DTYPE_FACT.finditer(text, s.start, s.end):
        bits, nbytes = int(m.group("bits")), float(m.group("bytes").replace(",", "."))
        d = canonical(m.group("dt"))
        table = d.bytes if d else bits / 8
        ok = bits / 8 == nbytes == table
        claim = make_claim(
            unit,
            m.start(),
            m.end(),
            "dtype-fact",
            Verdict.HOLDS if ok else Verdict.WRONG,
            f"{m.group('dt')}: {bits} bits = {bits / 8:g} bytes; table {table:g} bytes; stated {nbytes:g}",
        )
        out.append(Found(claim, ((m.start(), m.end()),)))
    for m in _BIT_BYTE.finditer(text, s.start, s.end):
        if any(f.used[0][0] <= m.start() < f.used[0][1] for f in out):
            continue
        bits, nbytes = int(m.group("bits")), float(m.group("bytes").replace(",", "."))
        claim = make_claim(
            unit,
            m.start(),
            m.end(),
            "dtype-fact",
            Verdict.HOLDS if bits / 8 == nbytes else Verdict.WRONG,
            f"{bits} bits = {bits / 8:g} bytes; stated {nbytes:g}",
        )
        out.append(Found(claim, ((m.start(), m.end()),)))
    return out


_WEIGHTS_AFTER = re.compile(r"(?i)\s*(?:weights?|values?|params?|parameters?|вес(?:а|ов)?|значени\w*|параметр\w*)\b")
_PER_WEIGHT = re.compile(
    r"(?i)\s*(?:/\s*(?:weight|param|w)\b|per\s+(?:weight|param\w*|value)|на\s+(?:вес|параметр|значени)|bpw\b)"
)


def _weights_count(s: Sentence, before: int) -> Quantity | None:
    text = s.unit.masked
    found = [q for q in s.quantities if q.kind == "number" and q.end <= before and _WEIGHTS_AFTER.match(text, q.end)]
    return found[-1] if len(found) == 1 else None


def bits_per_weight(s: Sentence, facts: NoteFacts) -> list[Found]:
    """A quantized block's bits per weight (its bytes × 8 / its weights), or a llama.cpp type's
    measured bits per weight, checked against the type's table figure."""
    text = s.unit.masked
    bits = [q for q in s.quantities if q.kind == "bits" and q.hi is None]
    if not bits:
        return []
    out: list[Found] = []
    for b in bits:
        nbytes = [q for q in s.quantities if q.kind == "bytes" and q.scale == 1 and q.end <= b.start]
        count = _weights_count(s, b.start)
        if len(nbytes) >= 1 and count is not None and count.value > 0:
            size = nbytes[-1]
            computed = size.value * 8 / count.value
            check = compare(b, computed)
            claim = make_claim(
                s.unit,
                min(size.start, count.start),
                b.end,
                "bits-per-weight",
                check.verdict,
                f"{size.text} × 8 bits / {count.text} = {computed:.4g} bits per weight; {check.explanation}",
                stated=b.text,
            )
            out.append(Found(claim, ((b.start, b.end), (size.start, size.end), (count.start, count.end))))
            continue
        if "." not in b.digits or not _PER_WEIGHT.match(text, b.end):
            continue  # `4 bits` names a level; only a measured figure (`4.89 bits/weight`) is checked
        here = [d for d in s.dtypes if d.gguf and s.start <= d.start < s.end]
        line = [d for d in find_dtypes(s.unit.text, 0, s.start) if d.gguf]
        d = here[0] if len(here) == 1 else (line[0] if not here and line else None)
        if d is None:
            continue
        table = d.bytes * 8
        check = compare(b, table)
        claim = make_claim(
            s.unit,
            b.start,
            b.end,
            "bits-per-weight",
            check.verdict,
            f"{d.name.upper()} averages {table:.4g} bits per weight; {check.explanation}",
            stated=b.text,
        )
        out.append(Found(claim, ((b.start, b.end),)))
    return out
