"""A range of factors or of bits applied to a size, giving a range of sizes: `shrinks its 96 GB by
3–6×, to 16–32 GB`, `сжатие в 2–4 раза: 60 ГБ → 15–30 ГБ`, `Qwen2.5-14B at 4–8 bits takes 7.4–14.8 GB`,
`квантование 4–8 бит переводит bf16-веса на 60 ГБ в 15–30 ГБ`.

The base is a size the sentence states, else the named model's weights in the widest storage type
the sentence names (for a range of bits: its parameters at those bits). Each end of the stated
range is compared with its recomputed end.
"""

from __future__ import annotations

from dataclasses import replace

from vaultkit.claims.engine import count_parameters
from vaultkit.claims.fastre import guarded
from vaultkit.claims.model import Verdict
from vaultkit.claims.quantities import Quantity
from vaultkit.claims.shapes.base import Found, NoteFacts, Sentence, in_range, make_claim
from vaultkit.claims.shapes.sized import context_model, pick_model
from vaultkit.claims.verdict import compare, fmt

_TIMES_AFTER = guarded(r"(?i)\s*(?:раза?|times|×|x)\b")
_IN_BEFORE = guarded(r"(?i)(?:\bв|\bby)\s*$")
_PER = guarded(r"(?i)\s*(?:/|per\b|на\s+(?:токен|параметр))")


_ON_TOP = guarded(r"(?i)\bon\s+top\b|\boverhead\b|\bheadroom\b|\bmargin\b|\bextra\b|сверху|запас\w*|накладн\w*|надбавк\w*")
_EACH = guarded(
    r"(?i)\s*(?:each|apiece|per\s+(?:user|replica|request|GPU|card|copy)|на\s+(?:каждого|каждую|каждый|реплику|пользователя))\b"
)
_BY_EACH = guarded(r"(?i)\bпо\s*$")


def _factor(s: Sentence) -> Quantity | None:
    """The range of factors (`2–4×`, `в 2–4 раза`) or of bits (`4–8 bits`) the sentence applies; a
    range of percent said on top of a size (`10–20 % overhead on 40 GB`); a range of counts of
    something a size each (`2–4 users at 5 GB each`, `4–8 реплик по 34 ГБ`), as kind `count`."""
    text = s.unit.masked
    for q in s.quantities:
        if q.hi is None:
            continue
        if q.kind in ("multiplier", "bits"):
            return q
        if q.kind == "percent" and _ON_TOP.search(text, s.start, s.end):
            return q
        if q.kind == "number" and q.value >= 1 and q.value == int(q.value):
            each = [
                z
                for z in s.quantities
                if z.kind == "bytes"
                and z.hi is None
                and z.start > q.end
                and (_EACH.match(text, z.end) or _BY_EACH.search(text, max(s.start, z.start - 4), z.start))
            ]
            if len(each) == 1:
                return replace(q, kind="count")
        if q.kind == "number" and _TIMES_AFTER.match(text, q.end) and _IN_BEFORE.search(text, max(s.start, q.start - 4), q.start):
            return q
    return None


def size_ranges(s: Sentence, facts: NoteFacts) -> list[Found]:
    """A range of sizes recomputed from a size (or a model's weights) and a range of factors or bits."""
    f = _factor(s)
    if f is None or f.hi is None:
        return []
    text = s.unit.masked
    sizes = [q for q in s.quantities if q.kind == "bytes" and q.scale >= 1e3 and not _PER.match(text, q.end)]
    results = [q for q in sizes if q.hi is not None and q.start > f.end]
    bases = [q for q in sizes if q.hi is None]
    if len(results) != 1 or len(bases) > 1:
        return []
    r = results[0]
    in_sentence = in_range(s.dtypes, s.start, s.end)
    widest = max(in_sentence, key=lambda d: d.bytes) if in_sentence else None
    if bases:
        base, base_how = bases[0].value, bases[0].text
        spans: tuple[tuple[int, int], ...] = ((bases[0].start, bases[0].end),)
    else:
        model = pick_model(s, s.models, r) or context_model(s, facts)
        if model is None or model.config is None:
            return []
        params = float(count_parameters(model.config).total)
        if f.kind == "bits":
            base, base_how = params, f"{model.text} {params / 1e9:.2f}B params"
        elif widest is not None and widest.bytes >= 2:
            base, base_how = params * widest.bytes, f"{model.text} in {widest.name} {fmt(params * widest.bytes, r.scale)}"
        else:
            return []
        spans = ()
    if f.kind in ("percent", "count"):
        if not bases:
            return []
        top = f.hi or f.value
        lo, hi = (base * (1 + f.value), base * (1 + top)) if f.kind == "percent" else (base * f.value, base * top)
        how = f"{base_how} {'+' if f.kind == 'percent' else '×'} ({f.text}) = {fmt(lo, r.scale)}–{fmt(hi, r.scale)}"
    elif f.kind == "bits":
        if bases:  # a size in the widest storage type named, brought to these bits
            if widest is None or widest.bytes < 2:
                return []
            per_bit = base / (widest.bytes * 8)
            base_how = f"{base_how} in {widest.name} / {widest.bytes * 8:g} bits"
        else:
            per_bit = params / 8
        lo, hi = per_bit * f.value, per_bit * f.hi
        how = f"{base_how} × ({f.text}) = {fmt(lo, r.scale)}–{fmt(hi, r.scale)}"
    else:
        down = r.value < base
        lo, hi = (base / f.hi, base / f.value) if down else (base * f.value, base * f.hi)
        how = f"{base_how} {'/' if down else '×'} ({f.text}) = {fmt(lo, r.scale)}–{fmt(hi, r.scale)}"
    c_lo = compare(replace(r, hi_printed=None), lo)
    c_hi = compare(replace(r, printed=r.hi_printed or r.printed, hi_printed=None), hi)
    ok = c_lo.verdict.holds and c_hi.verdict.holds
    claim = make_claim(
        s.unit,
        min(f.start, r.start),
        max(f.end, r.end),
        "range-product",
        Verdict.HOLDS if ok else Verdict.WRONG,
        f"{how}; stated {r.text}",
        stated=r.text,
    )
    return [Found(claim, ((f.start, f.end), (r.start, r.end), *spans))]
