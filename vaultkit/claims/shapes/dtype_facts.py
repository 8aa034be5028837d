"""Facts about a storage type (§5.1 S7): `FP16 (16 bits): 2 bytes per parameter`,
`32-bit (4-byte) floating point`, `int4 — 0.5 bytes per weight`."""

from __future__ import annotations

import re

from vaultkit.claims.dtypes import canonical
from vaultkit.claims.model import Verdict
from vaultkit.claims.shapes.base import Found, NoteFacts, Sentence, make_claim

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
