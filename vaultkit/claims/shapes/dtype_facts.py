"""Facts about a storage type (§5.1 S7): `FP16 (16 bits): 2 bytes per parameter`,
`32-bit (4-byte) floating point`, `int4 — 0.5 bytes per weight`; bits per weight of a quantized
block (`a block of 32 weights takes 18 bytes → 4.5 bits per weight`, `144 байта на 256 весов =
4,5 бита`) and the measured bits per weight of a llama.cpp type (`Q4_K_M averages 4.89
bits/weight`; a whole number of bits names the type's level, `4-bit`, and is not checked)."""

from __future__ import annotations

from dataclasses import replace

from vaultkit.claims.dtypes import DtypeMention, canonical, find_dtypes
from vaultkit.claims.engine import GGUF_BPW, GGUF_FILE_BPW
from vaultkit.claims.fastre import guarded
from vaultkit.claims.model import Verdict
from vaultkit.claims.quantities import Quantity
from vaultkit.claims.shapes.base import Found, NoteFacts, Sentence, first_before, in_range, make_claim
from vaultkit.claims.verdict import Check, compare

_DTYPE_WORD = r"(?i:fp64|fp32|tf32|fp16|bf16|fp8|int8|int4|nf4|float32|float16|bfloat16)"
_DTYPE_FACT = guarded(
    rf"(?P<dt>{_DTYPE_WORD})\W{{0,4}}\(?(?P<bits>\d+)[\s-]*(?i:bits?|бит\w*)\)?\W{{0,6}}(?P<bytes>\d+(?:[.,]\d+)?)\s*(?i:bytes?|байт\w*)"
)
_BIT_BYTE = guarded(r"(?P<bits>\d+)[\s-](?i:bit|бит\w*)\s*\((?P<bytes>\d+(?:[.,]\d+)?)[\s-](?i:bytes?|байт\w*)\)")


def dtype_facts(s: Sentence, facts: NoteFacts) -> list[Found]:
    text, unit = s.unit.text, s.unit
    if text.find("bit", s.start, s.end) < 0 and text.find("бит", s.start, s.end) < 0:
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


_WEIGHTS_AFTER = guarded(r"(?i)\s*(?:weights?|values?|params?|parameters?|вес(?:а|ов)?|значени\w*|параметр\w*)\b")
_PER_WEIGHT = guarded(
    r"(?i)\s*(?:/\s*(?:weight|param|w)\b|per\s+(?:weight|param\w*|value)|на\s+(?:вес|параметр|значени)|bpw\b)"
)


_BPW_HEADER = guarded(r"(?i)(?:bits?|бит\w*)\s*(?:/|per|на)\s*(?:weight|param\w*|вес|параметр\w*)|\bbpw\b")


def _table_bits(s: Sentence, d: DtypeMention, q: Quantity) -> list[Found]:
    if d.name == "nf4" and "." in q.digits:
        found_nf4 = _nf4_bits(s, q)  # `| nf4 + double quant | 4.127 |`: the row's block and double quantization
        return [found_nf4] if found_nf4 is not None else []
    grouped = _grouped_int4(s, d, q)
    if grouped is not None:
        return [grouped]
    table = d.bytes * 8
    block = GGUF_BPW.get(d.name.upper())
    readings = [v for v in (block, table) if v]
    checks = [(_mix_compare(d, q, v), v) for v in readings]
    check, value = next(((c, v) for c, v in checks if c.verdict.holds), checks[0])
    claim = make_claim(
        s.unit,
        q.start,
        q.end,
        "bits-per-weight",
        check.verdict,
        f"{d.name.upper()}: {value:.5g} bits per weight; {check.explanation}",
        stated=q.text,
    )
    return [Found(claim, ((q.start, q.end),))]


def _mix_compare(d: DtypeMention, q: Quantity, value: float) -> Check:
    """A llama.cpp file mix (Q4_K_M, Q5_K_S, …) averages different bits per weight on different
    models (4.83–4.89 for Q4_K_M): its figure holds within 2 % of the table's; a block format's is exact."""
    check = compare(q, value)
    if not check.verdict.holds and d.name.upper() in GGUF_FILE_BPW and abs(q.value - value) <= 0.02 * value:
        return Check(Verdict.HOLDS_APPROX, f"{check.explanation.split(': does not match')[0]} (a file mix, ±2 %)")
    return check


_TYPE_TO_FIGURE = guarded(r"(?i)^(?:[\s(—–:=,-]|\bat\b|\bhas\b|\bstores?\b|\bхранит\b|\bтоже\b|\balso\b)*$")


def _named_before(s: Sentence, q: Quantity) -> DtypeMention | None:
    """The llama.cpp type named right before a figure, only separators between (`Q3_K — 3.44 bits`)."""
    before = [d for d in in_range(s.dtypes, s.start, q.start) if d.gguf and d.end <= q.start]
    if not before:
        return None
    d = before[-1]
    return d if q.start - d.end <= 24 and _TYPE_TO_FIGURE.match(s.unit.masked[d.end : q.start]) else None


def _weights_count(s: Sentence, before: int) -> Quantity | None:
    text = s.unit.masked
    found = [q for q in s.quantities if q.kind == "number" and q.end <= before and _WEIGHTS_AFTER.match(text, q.end)]
    return found[-1] if len(found) == 1 else None


def _gguf_dtypes(text: str) -> list[DtypeMention]:
    return [d for d in find_dtypes(text) if d.gguf]


def bits_per_weight(s: Sentence, facts: NoteFacts) -> list[Found]:
    """A quantized block's bits per weight (its bytes × 8 / its weights), or a llama.cpp type's
    measured bits per weight, checked against the type's table figure."""
    text = s.unit.masked
    # `6.5625 bpw`: a figure followed by bpw is in bits (the tokenizer reads no unit in it)
    bits = [
        q
        for q in s.quantities
        if q.hi is None and (q.kind == "bits" or (q.kind == "number" and not q.unit and _BPW_AFTER.match(text, q.end)))
    ]
    if s.unit.source == "table":  # `| Q6_K | 6.56 | …` under a `bits/weight` header: the row's type's figure
        row = list({d.name: d for d in in_range(s.dtypes, s.start, s.end)}.values())
        cells = [q for q in s.quantities if q.kind == "number" and q.hi is None and _BPW_HEADER.search(facts.header_of(s, q))]
        if len(row) == 1 and len(cells) == 1:
            return _table_bits(s, row[0], cells[0])
    names_nf4 = any(d.name == "nf4" for d in in_range(s.dtypes, s.start, s.end))
    if not bits:
        return []
    # a list of types with their bits (`Q5_0 — 5.5 bits per weight, Q3_K — 3.4375`): the
    # bare decimals right after a type count too once one figure of the sentence says per weight
    listed = any(_PER_WEIGHT.match(text, b.end) for b in bits)
    if listed:
        bare = [q for q in s.quantities if q.kind == "number" and q.hi is None and "." in q.digits and _named_before(s, q)]
        bits = sorted({q.start: q for q in [*bits, *bare]}.values(), key=lambda q: q.start)
    out: list[Found] = []
    averaged: bool | None = None  # searched once per sentence
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
        own = _named_before(s, b)
        if names_nf4 and own is None and "." in b.digits and not _PER_WEIGHT.match(text, b.end):
            # `NF4 … about 3.9 bits`: NF4's fractional bits are per weight, said or not
            found_nf4 = _nf4_bits(s, b)
            if found_nf4 is not None:
                out.append(found_nf4)
            continue
        if "." not in b.digits or not (_PER_WEIGHT.match(text, b.end) or (listed and own is not None)):
            continue  # `4 bits` names a level; only a measured figure (`4.89 bits/weight`) is checked
        here = [d for d in in_range(s.dtypes, s.start, s.end) if d.gguf or d.name in _MX_BLOCKS]
        first = first_before(_gguf_dtypes, s.start, s.unit.text)
        line = [first] if first is not None else []
        # several types in the sentence: the one named before the figure is its subject
        # (`Q4_K_M: … 4.89 bits per weight once the Q6_K layers are mixed in`)
        subject = {x.name.upper(): x for x in here if x.end <= b.start}
        d = own or (
            here[0]
            if len(here) == 1
            else next(iter(subject.values()))
            if len(subject) == 1
            else (line[0] if not here and line else None)
        )
        if d is None:
            nf4 = _nf4_bits(s, b)
            if nf4 is not None:
                out.append(nf4)
            continue
        if d.name in _MX_BLOCKS and (
            averaged := _AVERAGED.search(text, s.start, s.end) is not None if averaged is None else averaged
        ):
            continue  # `the checkpoint averages 4.4 bits per weight`: a file that mixes MXFP4 with wider layers
        grouped = _grouped_int4(s, d, b)
        if grouped is not None:
            out.append(grouped)
            continue
        table = d.bytes * 8
        block = GGUF_BPW.get(d.name.upper())
        # a type that is both a block format and a file mix (IQ2_XXS: blocks of 2.0625 bits, files
        # of ≈ 2.38 bits per weight) holds at either figure; a wrong one shows the block's first
        readings = (
            [(block, "blocks of"), (table, "files average")]
            if block and abs(block - table) > 1e-3
            else [(table, _MX_BLOCKS[d.name])]
            if d.name in _MX_BLOCKS
            else [(table, "averages")]
        )
        checks = [(_mix_compare(d, b, v), v, how) for v, how in readings]
        check, value, how = next(((c, v, h) for c, v, h in checks if c.verdict.holds), checks[0])
        claim = make_claim(
            s.unit,
            b.start,
            b.end,
            "bits-per-weight",
            check.verdict,
            f"{d.name.upper()} {how} {value:.5g} bits per weight; {check.explanation}",
            stated=b.text,
        )
        out.append(Found(claim, ((b.start, b.end),)))
    return out


# int4 with a scale (and a zero point) per group of weights: GPTQ, AWQ, `g128`, `group size 128`, `группы по 128`
_GROUP_SIZE = guarded(
    r"(?i)\bg(?P<a>32|64|128|256)\b|group[\s_-]*size\s*(?:of|=|:)?\s*(?P<b>\d{2,3})\b|groups?\s+of\s+(?P<c>\d{2,3})\b"
    r"|групп\w*\s+(?:по|из|размером)\s+(?P<d>\d{2,3})\b"
)
_GROUP_FORMAT = guarded(r"(?i)\bGPTQ\b|\bAWQ\b|\bgroup|групп\w*|\bg(?:32|64|128|256)\b")


def _grouped_int4(s: Sentence, d: DtypeMention, b: Quantity) -> Found | None:
    """`GPTQ g128 — 4.16 bits per weight`: 4 bits plus an fp16 scale per group (16 / group), and a 4-bit zero point
    (4 / group) when the format keeps one; a group size not said leaves a figure between 4 and 4.6 a reading.
    None when the figure is no grouped int4's; a Found with no claim when it is not judged."""
    if d.name != "int4" or "." not in b.digits:
        return None
    text = s.unit.text
    if _GROUP_FORMAT.search(text, s.start, s.end) is None:
        return None
    m = _GROUP_SIZE.search(text, s.start, s.end)
    if m is None:
        if 4.0 < b.value <= 4.6:
            return Found(None, ((b.start, b.end),))
        return None
    group = int(next(g for g in m.groups() if g))
    readings = [
        (4 + 16 / group, f"4 bits + an fp16 scale per {group}"),
        (4 + 20 / group, f"4 bits + fp16 scale and 4-bit zero per {group}"),
        (4 + 32 / group, f"4 bits + fp16 scale and fp16 zero per {group}"),
    ]
    checks = sorted(((compare(b, v), v, how) for v, how in readings), key=lambda x: abs(x[1] - b.value))  # nearest first
    check, value, how = next(((c, v, h) for c, v, h in checks if c.verdict.holds), checks[0])
    why = f"INT4 ({how}): {value:.5g} bits per weight; {check.explanation}"
    claim = make_claim(
        s.unit, b.start, b.end, "bits-per-weight", check.verdict, why, stated=b.text
    )
    return Found(claim, ((b.start, b.end),))


_BPW_AFTER = guarded(r"(?i)\s*bpw\b")
# microscaling block formats: 4-bit values with a shared scale per block (MXFP4: an 8-bit E8M0 scale per
# 32 values, 4 + 8 / 32 = 4.25 bits; NVFP4: an fp8 scale per 16, 4 + 8 / 16 = 4.5 bits)
_AVERAGED = guarded(
    r"(?i)averag\w*|overall|effective|\bmix\w*|checkpoint|\bfiles?\b|\bwhole\b|\btotal\b"
    r"|в\s+среднем|средн\w*|эффективн\w*|файл\w*|чекпо\w*|цел\w+\s+модел\w*|итог\w*"
)
_MX_BLOCKS = {"mxfp4": "(4 bits + an 8-bit scale per 32 values) is", "nvfp4": "(4 bits + an fp8 scale per 16 values) is"}
# an NF4 block: its size (`per 64 weights`, `blocksize 64`, `блоки по 64`) and double quantization
_NF4_BLOCK = guarded(
    r"(?i)(?:per|every|на|каждые|из)\s+(?P<a>\d{2,4})\s+(?:weights|values|params|весов|значений|параметров)"
    r"|block[\s_-]*size\s*(?:of|=|:)?\s*(?P<b>\d{2,4})|blocks?\s+of\s+(?P<c>\d{2,4})|блок\w*\s+(?:по|из)\s+(?P<d>\d{2,4})"
)
_DOUBLE_QUANT = guarded(r"(?i)double[\s-]+quant\w*|двойн\w*\s+(?:квант\w*)|\bDQ\b")
_SCALE_TYPES = frozenset({"nf4", "fp32", "fp16", "bf16", "int8", "fp8"})
_SCALE_WORDS = guarded(r"(?i)absmax|\bscales?\b|constant|масштаб\w*|констант\w*")
_WITHOUT = guarded(r"(?i)(?:without|\bno\b|\bw/o\b|\bбез\b|\bне\b)\s*(?:the\s+)?$")


# an option named again after it was named (`without it`, `без неё`, `with it`, `с ней`): the figure after it is that option's
_WITH_OR_WITHOUT_IT = guarded(
    r"(?i)(?P<without>\b(?:without|w/o)\s+(?:it|that|this|them)\b|(?<!\w)без\s+(?:не[её]|него|этого|них)(?!\w))"
    r"|\bwith\s+(?:it|that|this|them)\b|(?<!\w)с\s+(?:ней|ним|этим|ними)(?!\w)"
)


def _nf4_bits(s: Sentence, b: Quantity) -> Found | None:
    """`NF4 with double quantization: 4.127 bits per weight`: 4 bits per weight plus the block's
    absmax (fp32 over the block: 32 / block bits, 64 weights unless the sentence says), or with
    double quantization an 8-bit absmax and an fp32 constant per 256 blocks (8 / block + 32 / (256 ×
    block)). A sentence that says neither is checked against both."""
    if b.value < 3:
        return None  # `an fp32 absmax per 64 weights is 0.5 bit`: the constants' overhead, not NF4's bits per weight
    named = {d.name for d in in_range(s.dtypes, s.start, s.end)}
    text = s.unit.text
    # another type may be named only as the absmax's or the scale's (`an fp32 absmax per 64 weights`)
    if "nf4" not in named or (len(named) > 1 and not (named <= _SCALE_TYPES and _SCALE_WORDS.search(text, s.start, s.end))):
        return None
    m = _NF4_BLOCK.search(text, s.start, s.end)
    block = int(next(g for g in m.groups() if g)) if m else 64
    plain = 4 + 32 / block
    double = 4 + 8 / block + 32 / (256 * block)
    # double quantization said after the figure is of a later figure (`4.25 bits, and double
    # quantization brings it to 4.064`): the figure before it may be either
    dq = _DOUBLE_QUANT.search(text, s.start, b.start)
    # `… with double quantisation: 36.4 GB; without it (4.5 bpw) …`: the option named last before the figure is its own
    turns = list(_WITH_OR_WITHOUT_IT.finditer(text, dq.end(), b.start)) if dq is not None else []
    if dq is None:
        readings = [(plain, "an fp32 absmax"), (double, "double quantization")]
    elif turns:
        readings = (
            [(plain, "an fp32 absmax, no double quantization")]
            if turns[-1].group("without")
            else [(double, "double quantization")]
        )
    elif _WITHOUT.search(text, max(s.start, dq.start() - 12), dq.start()):
        readings = [(plain, "an fp32 absmax, no double quantization")]
    else:
        readings = [(double, "double quantization")]
    # the bits of a block format are its arithmetic: `about 4.1` is a rounding of it, not a 10 % guess
    checks = [(compare(replace(b, hedge=False), v), v, how) for v, how in readings]
    check, value, how = next(((c, v, h) for c, v, h in checks if c.verdict.holds), checks[0])
    claim = make_claim(
        s.unit,
        b.start,
        b.end,
        "bits-per-weight",
        check.verdict,
        f"NF4 in blocks of {block} with {how}: {value:.5g} bits per weight; {check.explanation}",
        stated=b.text,
    )
    return Found(claim, ((b.start, b.end),))
