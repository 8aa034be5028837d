"""Storage types as notes spell them: `fp16`, `BF16`, `float32`, `half precision`, `int8`,
`8-bit`, `4 бита`, `4-битной`, `nf4`, GGUF `Q4_K_M`, … → a canonical name and bytes per weight.

`find_dtypes` returns each mention with its position, so the extractor can take the one
nearest a figure (before or after it), or fall back to the table column, the paragraph, or
the note's properties.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass
from functools import lru_cache

from vaultkit.claims.engine import DTYPE_BYTES, GGUF_BPW, GGUF_FILE_BPW
from vaultkit.claims.fastre import guarded


@dataclass(frozen=True)
class DtypeMention:
    name: str  # canonical: fp32, fp16, bf16, fp8, int8, int4, nf4, q4_k_m, …
    bytes: float  # per weight (GGUF: effective bits / 8)
    start: int
    end: int
    gguf: bool = False  # a llama.cpp file type: sizes are checked with ±2 %


_CANON = {
    "float64": "fp64",
    "double": "fp64",
    "fp64": "fp64",
    "f64": "fp64",
    "float32": "fp32",
    "fp32": "fp32",
    "f32": "fp32",
    "tf32": "fp32",
    "single": "fp32",
    "full": "fp32",
    "полной": "fp32",
    "одинарной": "fp32",
    "float16": "fp16",
    "fp16": "fp16",
    "f16": "fp16",
    "half": "fp16",
    "половинной": "fp16",
    "bfloat16": "bf16",
    "bf16": "bf16",
    "fp8": "fp8",
    "float8": "fp8",
    "e4m3": "fp8",
    "e5m2": "fp8",
    "int8": "int8",
    "uint8": "int8",
    "int4": "int4",
    "uint4": "int4",
    "fp4": "int4",
    "nf4": "nf4",
    "mxfp4": "mxfp4",
    "nvfp4": "nvfp4",
    "awq": "int4",  # AWQ and GPTQ checkpoints are 4-bit unless a width is named with them
    "gptq": "int4",
}
_BITS = {32: "fp32", 16: "fp16", 8: "int8", 4: "int4", 2: "int2", 3: "int3", 6: "int6", 5: "int5"}

# Widths written in words, as the case forms notes use (`восьми битах`, `четырёх бит`)
_WORD_BITS_BY_WIDTH = {
    32: ("thirty-two", "thirty two", "тридцать два", "тридцати двух", "тридцатидвух"),
    16: ("sixteen", "шестнадцать", "шестнадцати"),
    8: ("eight", "восемь", "восьми"),
    4: ("four", "четыре", "четырёх", "четырех"),
}
_WORD_BITS_LOOKUP = {w.replace("-", " "): n for n, ws in _WORD_BITS_BY_WIDTH.items() for w in ws}
_WORD_BITS = {re.escape(w).replace("\\ ", r"[\s-]"): n for w, n in _WORD_BITS_LOOKUP.items()}

_GGUF_NAMES = sorted(set(GGUF_BPW) | set(GGUF_FILE_BPW) | {"Q3_K_M", "Q6_K", "Q4_K", "Q5_K"}, key=len, reverse=True)
# The leading lookahead is the first letter any spelling can start with: a position that cannot
# start one is passed over before the lookbehinds run (a pasted megabyte of floats, 2× faster).
DTYPE_PATTERN = guarded(
    r"(?=[fFbBtTiIuUnNmMeEhHsSqQaAgGlLпПоОвВчЧшШтТ1-8])(?<![\w.])(?<!\d,)(?:"  # `4,5 бита` is a decimal figure, not a 5-bit type
    r"(?P<word>(?i:float64|float32|float16|bfloat16|float8|fp64|fp32|tf32|fp16|bf16|fp8|fp4|f32|f16|int8|uint8|int4|uint4|nf4|mxfp4|nvfp4|e4m3|e5m2|awq|gptq))"
    r"|(?P<prec>(?i:half|full|single|полной|половинной|одинарной))[\s-]+(?i:precision|точности|точность)"
    r"|(?P<bits>32|16|8|6|5|4|3|2)[\s-]?(?i:bits?|бит\w*|битн\w*)(?![\w/])"
    # a width in words: `in eight bits`, `four-bit`, `в восьми битах`, `четырёхбитной`
    r"|(?P<wbits>(?i:" + "|".join(sorted(_WORD_BITS, key=len, reverse=True)) + r"))[\s-]?(?i:bits?|бит\w*)(?![\w/])"
    # a bitsandbytes option, in code or prose: `load_in_8bit=True`, `load_in_4bit=True` (not `=False`)
    r"|(?P<bnb>(?i:load_in_(?:8|4)bit))(?!\s*=\s*False)"
    r"|(?P<gguf>(?i:" + "|".join(re.escape(n) for n in _GGUF_NAMES) + r"))"
    r")(?![\w])"
)


def _bytes(name: str) -> float:
    if name in DTYPE_BYTES:
        return DTYPE_BYTES[name]
    if name.startswith("int") and name[3:].isdigit():
        return int(name[3:]) / 8
    return DTYPE_BYTES[name]


def canonical(text: str) -> DtypeMention | None:
    """The dtype `text` names on its own (`BF16`, `4-bit`, `Q4_K_M`), or None."""
    m = DTYPE_PATTERN.fullmatch(text.strip())
    return _mention(m) if m else None


def _mention(m: re.Match[str]) -> DtypeMention | None:
    if m.group("word"):
        name = _CANON[m.group("word").lower()]
        return DtypeMention(name, _bytes(name), m.start(), m.end())
    if m.group("prec"):
        name = _CANON[m.group("prec").lower()]
        return DtypeMention(name, _bytes(name), m.start(), m.end())
    if m.group("bits"):
        name = _BITS[int(m.group("bits"))]
        return DtypeMention(name, int(m.group("bits")) / 8, m.start(), m.end())
    if m.group("wbits"):
        width = _WORD_BITS_LOOKUP[" ".join(m.group("wbits").lower().replace("-", " ").split())]
        return DtypeMention(_BITS[width], width / 8, m.start(), m.end())
    if m.group("bnb"):
        name = "int8" if "8" in m.group("bnb") else "int4"
        return DtypeMention(name, _bytes(name), m.start(), m.end())
    gguf = m.group("gguf").upper()
    bpw = GGUF_FILE_BPW.get(gguf) or GGUF_BPW.get(gguf) or {"Q3_K_M": 3.89, "Q6_K": 6.5625}.get(gguf)
    if bpw is None:
        return None
    return DtypeMention(gguf.lower(), bpw / 8, m.start(), m.end(), gguf=gguf not in ("F32", "F16", "BF16"))


# A key that names a type after an underscore: a Dataview inline field's (`скорость_int8:: ≈ 144 токенов/с`, `quant_nf4::
# 3.3 GB`), a YAML or a printout's (`weights_bf16: 13.5 GB`, `size_fp16_gb: 13.5`, `weights_bf16     13476831232`)
_KEY_DTYPE = guarded(
    r"(?<=[^\W\d_]_)(?P<word>(?i:float32|float16|bfloat16|fp32|fp16|bf16|fp8|int8|int4|nf4))"
    r"(?=(?:_(?i:gb|gib|mb|mib|tb|bytes|size))?(?:\s*::|[ \t]+\d))"  # (a unit after it, not `_fp32_grads`: another part's)
)


def find_dtypes(text: str, start: int = 0, end: int | None = None) -> list[DtypeMention]:
    """The dtypes named in `text[start:end]`. Read once per span: the shapes ask again for the same
    line (the line above, a list item's parent) from every sentence, and a long line must not be
    rescanned each time."""
    return list(_dtypes_in(text, start, len(text) if end is None else end))


@lru_cache(maxsize=256)
def _dtypes_in(text: str, start: int, stop: int) -> tuple[DtypeMention, ...]:
    found = []
    for m in DTYPE_PATTERN.finditer(text, start, stop):
        d = _mention(m)
        if d is not None:
            found.append(d)
    if text.find("_", start, stop) != -1:  # within the span only: a long line is not rescanned per call
        keyed = [_mention(m) for m in _KEY_DTYPE.finditer(text, start, stop)]
        found = sorted([*found, *(d for d in keyed if d is not None)], key=lambda d: d.start)
    return tuple(found)


def nearest(mentions: list[DtypeMention], at: int, end: int) -> DtypeMention | None:
    """The dtype mention closest to the figure at [at, end) (before or after it)."""
    if not mentions:
        return None
    return min(mentions, key=lambda d: (at - d.end if d.end <= at else d.start - end if d.start >= end else 0, d.start > at))


def from_properties(properties: Mapping[str, object] | None) -> DtypeMention | None:
    """A note-wide dtype from front matter (`dtype: bf16`, `precision: 4-bit`, `quant: Q4_K_M`)."""
    if not properties:
        return None
    for key in ("dtype", "precision", "quantization", "quantisation", "quant", "torch_dtype", "format"):
        value = properties.get(key)
        if isinstance(value, str):
            d = canonical(value)
            if d is not None:
                return DtypeMention(d.name, d.bytes, -1, -1, d.gguf)
    return None


def kv_from_properties(properties: Mapping[str, object] | None) -> DtypeMention | None:
    """The KV cache's own type from front matter (`kv_dtype: fp8`, `kv_cache_dtype: fp8_e4m3`, `cache_type_k: q8_0`)."""
    if not properties:
        return None
    keys = ("kv_dtype", "kv_cache_dtype", "cache_dtype", "kv_cache_type", "cache_type_k", "cache_type", "kv_type", "kv_precision")
    for key in keys:
        value = properties.get(key)
        if isinstance(value, str):
            d = canonical(value)
            if d is not None:
                return DtypeMention(d.name, d.bytes, -1, -1, d.gguf)
    return None
