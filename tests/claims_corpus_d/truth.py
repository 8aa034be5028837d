#!/usr/bin/env python3
"""Ground truth for blind sizing-claims corpus D (tests/claims_corpus_d/notes).

Written without reading vaultkit's code or tests.  Facts come from
/work/shared/claims-gold.md (dtype sizes, GGUF bits per weight, configs and exact
parameter counts, KV/training/activation formulas, tolerance policy of section 5.2);
every expected value below is computed here with plain arithmetic.  Nothing here
imports vaultkit.

    python tests/claims_corpus_d/truth.py          # verify and (re)write truth.json
    python tests/claims_corpus_d/truth.py --check  # verify; fail if truth.json is stale

Each claim is given by the note, the figure as printed (an exact substring of the
line), an anchor that occurs on exactly one line of the note (default: the figure),
the kind, the unit the figure is printed in, the correct value as arithmetic, and
the verdict the author intended.  The script refuses to write truth.json when
  * an anchor is on no line or on several lines, or the figure is not on that line;
  * the verdict that follows from the arithmetic and the tolerance differs from the
    intended one;
  * a claim called off_2x/arithmetic is off by less than 1.95x;
  * a claim called gib_as_gb/gb_as_gib does not pass when read in the twin unit;
  * a wrong_kind claim does not match the other kind's value, or a wrong_unit claim
    does not match in the unit the author meant;
  * a model's parameter count does not follow from its config;
  * a non-claim text is not on exactly one line, or that line also holds a claim.
"""
from __future__ import annotations

import json
import re
import sys
from collections import Counter
from pathlib import Path

HERE = Path(__file__).resolve().parent
NOTES = HERE / "notes"

# ---------------------------------------------------------------------------
# Facts (claims-gold.md sections 1.5, 1.6, 2.1, 2.4)
# ---------------------------------------------------------------------------
BYTES_PER_PARAM = {"fp32": 4.0, "fp16": 2.0, "bf16": 2.0, "fp8": 1.0, "int8": 1.0, "int4": 0.5}
# ggml block types: bytes per block * 8 / weights per block
BLOCK_BPW = {
    "Q4_0": 18 * 8 / 32, "Q8_0": 34 * 8 / 32, "Q2_K": 84 * 8 / 256, "Q3_K": 110 * 8 / 256,
    "Q4_K": 144 * 8 / 256, "Q5_K": 176 * 8 / 256, "Q6_K": 210 * 8 / 256,
    "IQ1_S": 50 * 8 / 256, "IQ2_XXS": 66 * 8 / 256, "F16": 16.0,
}
# measured whole-file bits per weight, Llama-3.1-8B (llama.cpp tools/quantize/README.md)
FILE_BPW_L3_8B = {"Q2_K": 3.1593, "IQ2_XXS": 2.3824, "Q4_K_M": 4.8944, "Q5_K_M": 5.7036,
                  "Q6_K": 6.5633, "Q8_0": 8.5008, "F16": 16.0005}
NF4_BPW = 4 + 8 / 64 + 32 / (64 * 256)      # QLoRA with double quantisation
QWEN25_7B_Q4KM_FILE = 4_683_074_336         # bytes, published file listing

# h hidden, I MLP inner, L layers, a heads, k KV heads, d head dim, V embedding rows
MODELS = {
    "gpt2":        dict(arch="gpt2", h=768, I=3072, L=12, a=12, k=12, d=64, V=50257, tied=True),
    "gpt2-xl":     dict(arch="gpt2", h=1600, I=6400, L=48, a=25, k=25, d=64, V=50257, tied=True),
    "bert-base":   dict(arch="bert", h=768, I=3072, L=12, a=12, k=12, d=64, V=30522, tied=True),
    "bert-large":  dict(arch="bert", h=1024, I=4096, L=24, a=16, k=16, d=64, V=30522, tied=True),
    "gpt3":        dict(arch="gpt3", h=12288, I=49152, L=96, a=96, k=96, d=128, V=50257, tied=True),
    "llama2-7b":   dict(arch="llama", h=4096, I=11008, L=32, a=32, k=32, d=128, V=32000, tied=False),
    "llama2-13b":  dict(arch="llama", h=5120, I=13824, L=40, a=40, k=40, d=128, V=32000, tied=False),
    "llama2-70b":  dict(arch="llama", h=8192, I=28672, L=80, a=64, k=8, d=128, V=32000, tied=False),
    "llama3-8b":   dict(arch="llama", h=4096, I=14336, L=32, a=32, k=8, d=128, V=128256, tied=False),
    "llama3-70b":  dict(arch="llama", h=8192, I=28672, L=80, a=64, k=8, d=128, V=128256, tied=False),
    "mistral-7b":  dict(arch="llama", h=4096, I=14336, L=32, a=32, k=8, d=128, V=32000, tied=False,
                        window=4096),
    "mixtral":     dict(arch="llama", h=4096, I=14336, L=32, a=32, k=8, d=128, V=32000, tied=False,
                        experts=8, top_k=2),
    "qwen2.5-7b":  dict(arch="llama", h=3584, I=18944, L=28, a=28, k=4, d=128, V=152064, tied=False,
                        qkv_bias=True),
    # config stated in ru_06 (HF config.json of Qwen/Qwen2.5-72B)
    "qwen2.5-72b": dict(arch="llama", h=8192, I=29568, L=80, a=64, k=8, d=128, V=152064, tied=False,
                        qkv_bias=True),
    "falcon-7b":   dict(arch="falcon", h=4544, I=18176, L=32, a=71, k=1, d=64, V=65024, tied=True),
}
# claims-gold 2.1 (exact counts; GPT-3 = the formula's 174.6B, the paper's 175.0B is rounded);
# Qwen2.5-72B: the formula's value, equal to the HF total
# (72.7B) -- it is not in claims-gold's table, so ru_06 states its config
PUBLISHED = {
    "gpt2": 124_439_808, "gpt2-xl": 1_557_611_200, "bert-base": 109_482_240,
    "bert-large": 335_141_888, "gpt3": 174_604_259_328, "llama2-7b": 6_738_415_616,
    "llama2-13b": 13_015_864_320, "llama2-70b": 68_976_648_192, "llama3-8b": 8_030_261_248,
    "llama3-70b": 70_553_706_496, "mistral-7b": 7_241_732_096, "mixtral": 46_702_792_704,
    "qwen2.5-7b": 7_615_616_512, "qwen2.5-72b": 72_706_203_648, "falcon-7b": 6_921_720_704,
}
MIXTRAL_ACTIVE_PUBLISHED = 12_879_925_248


def param_count(m: dict) -> tuple[int, int]:
    """(total, parameters of one MLP/expert), formula of claims-gold 1.6."""
    h, inner, L, a, k, d, V = m["h"], m["I"], m["L"], m["a"], m["k"], m["d"], m["V"]
    attn = h * a * d + 2 * h * k * d + a * d * h
    if m["arch"] in ("gpt2", "gpt3", "bert"):          # all linear layers biased, LayerNorm
        attn += a * d + 2 * k * d + h
        mlp = 2 * h * inner + inner + h
        layer = attn + mlp + 2 * 2 * h
        positions = {"gpt2": 1024, "gpt3": 2048, "bert": 512}[m["arch"]]
        total = L * layer + V * h + positions * h
        if m["arch"] == "bert":
            total += 2 * h + 2 * h + h * h + h         # token types, embedding LN, pooler
        else:
            total += 2 * h                             # final LayerNorm; head tied
        return total, mlp
    if m["arch"] == "falcon":                          # parallel attn, one LayerNorm, no biases
        mlp = 2 * h * inner
        layer = attn + mlp + 2 * h
        return L * layer + V * h + 2 * h, mlp
    if m.get("qkv_bias"):
        attn += a * d + 2 * k * d
    mlp = 3 * h * inner
    e = m.get("experts", 1)
    layer = attn + e * mlp + (h * e if e > 1 else 0) + 2 * h
    total = L * layer + V * h + h + (0 if m["tied"] else V * h)
    return total, mlp


for _name, _m in MODELS.items():
    _total, _ = param_count(_m)
    assert _total == PUBLISHED[_name], (_name, _total, PUBLISHED[_name])
_mx_total, _mx_mlp = param_count(MODELS["mixtral"])
MIXTRAL_ACTIVE = _mx_total - MODELS["mixtral"]["L"] * (8 - 2) * _mx_mlp
assert MIXTRAL_ACTIVE == MIXTRAL_ACTIVE_PUBLISHED


def P(name: str) -> int:
    return PUBLISHED[name]


def W(name: str, dtype: str) -> float:
    """Weight bytes."""
    return P(name) * BYTES_PER_PARAM[dtype]


def KVT(name: str, bytes_per_value: float = 2) -> float:
    """KV-cache bytes per token: 2 * L * k * d * bytes."""
    m = MODELS[name]
    return 2 * m["L"] * m["k"] * m["d"] * bytes_per_value


def KV(name: str, seq: int, batch: int = 1, bytes_per_value: float = 2, window: bool = True) -> float:
    """KV-cache bytes; a sliding window bounds the stored length."""
    w = MODELS[name].get("window") if window else None
    return KVT(name, bytes_per_value) * (min(seq, w) if w else seq) * batch


def GGUF(name: str, qtype: str) -> float:
    """File bytes from measured whole-file bits per weight (Llama-3/3.1-8B mixes)."""
    return P(name) * FILE_BPW_L3_8B[qtype] / 8


KIB, MIB, GIB, TIB = 2**10, 2**20, 2**30, 2**40

# ---------------------------------------------------------------------------
# Units: the correct value is given in base units (bytes, parameters, tokens,
# FLOP, seconds, bytes/s ...); SCALE turns it into the printed unit.
# ---------------------------------------------------------------------------
SCALE = {
    "bytes": 1, "байт": 1, "KB": 1e3, "MB": 1e6, "GB": 1e9, "TB": 1e12,
    "KiB": KIB, "MiB": MIB, "GiB": GIB, "TiB": TIB,
    "КБ": 1e3, "МБ": 1e6, "ГБ": 1e9, "ТБ": 1e12, "КиБ": KIB, "МиБ": MIB, "ГиБ": GIB, "ТиБ": TIB,
    "params": 1, "параметров": 1, "billion": 1e9, "million": 1e6, "млрд": 1e9, "млн": 1e6,
    "billion tokens": 1e9, "trillion tokens": 1e12, "млрд токенов": 1e9,
    "tokens/param": 1, "токенов/параметр": 1,
    "FLOP": 1, "GFLOPs": 1e9, "GPU-hours": 1, "тыс. GPU-часов": 1e3,
    "tok/s": 1, "токенов/с": 1, "TB/s": 1e12, "ТБ/с": 1e12, "ms": 1e-3, "мс": 1e-3,
    "%": 1, "×": 1, "bits/weight": 1, "бит/вес": 1, "bytes/param": 1, "байт/параметр": 1,
}
TWIN = {"MB": "MiB", "MiB": "MB", "GB": "GiB", "GiB": "GB", "TB": "TiB", "TiB": "TB",
        "МБ": "МиБ", "МиБ": "МБ", "ГБ": "ГиБ", "ГиБ": "ГБ", "ТБ": "ТиБ", "ТиБ": "ТБ"}
DECIMAL_BYTE_UNITS = {"KB", "MB", "GB", "TB", "КБ", "МБ", "ГБ", "ТБ"}

# ---------------------------------------------------------------------------
# Reading a printed figure
# ---------------------------------------------------------------------------
SUPERSCRIPT = str.maketrans("⁰¹²³⁴⁵⁶⁷⁸⁹⁻", "0123456789-")
NUMBER = {
    "en": r"\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?",
    "ru": r"\d{1,3}(?:[\u00a0\u202f]\d{3})+(?:,\d+)?|\d+(?:,\d+)?",
}
EXPONENT = (r"(?:e(?P<e>-?\d+)"
            r"|\s*(?:×|\\times|·|\\cdot)\s*10(?:\^\{?(?P<caret>-?\d+)\}?|(?P<sup>[⁰¹²³⁴⁵⁶⁷⁸⁹⁻]+)))?")


def read_numbers(fig: str, lang: str) -> list[tuple[float, float]]:
    """Each number in the figure as (value, tolerance at printed precision).

    Tolerance: half a unit of the last printed digit; for an integer with trailing
    zeros, half a unit of its last non-zero digit (claims-gold 5.2, tiers 1-2)."""
    out = []
    for m in re.finditer("(?P<n>" + NUMBER[lang] + ")" + EXPONENT, fig):
        raw = m.group("n")
        raw = (raw.replace(",", "") if lang == "en"
               else raw.replace("\u00a0", "").replace("\u202f", "").replace(",", "."))
        if "." in raw:
            tol = 0.5 * 10 ** -len(raw.split(".")[1])
        else:
            zeros = len(raw) - len(raw.rstrip("0")) if raw.strip("0") else 0
            tol = 0.5 * 10 ** zeros
        exp = m.group("e") or m.group("caret") or (m.group("sup") or "").translate(SUPERSCRIPT)
        scale = 10.0 ** int(exp) if exp else 1.0
        out.append((float(raw) * scale, tol * scale))
    return out


# ---------------------------------------------------------------------------
# The claims
# ---------------------------------------------------------------------------
FILES = {
    "en_01": "en_01_llama2_on_l4.md", "en_02": "en_02_mixtral_memory.md",
    "en_03": "en_03_full_finetune_memory.md", "en_04": "en_04_gguf_on_a_laptop.md",
    "en_05": "en_05_tokens_and_flops.md", "en_06": "en_06_embedding_index.md",
    "en_07": "en_07_long_context_cache.md", "en_08": "en_08_kestrel_sheet_review.md",
    "ru_01": "ru_01_llama3_vram.md", "ru_02": "ru_02_finetune_memory.md",
    "ru_03": "ru_03_bandwidth_bound.md", "ru_04": "ru_04_gguf_blocks.md",
    "ru_05": "ru_05_chinchilla_ru.md", "ru_06": "ru_06_kv_window_qwen72b.md",
    "ru_07": "ru_07_assistant_small_models.md", "ru_08": "ru_08_berkut_cluster_plan.md",
}
CLAIMS: list[dict] = []
NON_CLAIMS: list[dict] = []
HOLDS, WRONG = "holds", "wrong"


def claim(f, figure, kind, unit, value, expect, error=None, *, anchor=None, occ=1, hedged=False,
          bound=None, quoted=False, gguf=False, rng=False, alt=None, alt_unit=None, note=""):
    """value: the correct value in base units (a number, or [lo, hi] for a range).
    alt: the value of the other kind a wrong_kind figure really is; alt_unit: the unit
    a wrong_unit figure was meant in."""
    CLAIMS.append(dict(f=f, figure=figure, kind=kind, unit=unit, value=value, expect=expect,
                       error=error, anchor=anchor or figure, occ=occ, hedged=hedged, bound=bound,
                       quoted=quoted, gguf=gguf, rng=rng, alt=alt, alt_unit=alt_unit, note=note))


def nonclaim(f, text, why):
    NON_CLAIMS.append(dict(f=f, text=text, why=why))


# NBSP (U+00A0) groups Russian thousands; U+202F is the narrow space before "%".
NB, NN = "\u00a0", "\u202f"

# ---- en_01: Llama-2 on an L4 ---------------------------------------------
f = "en_01"
claim(f, "6,738,415,616", "params", "params", P("llama2-7b"), HOLDS)
claim(f, "13.5 GB", "weights", "GB", W("llama2-7b", "fp16"), HOLDS)
claim(f, "12.55 GiB", "weights", "GiB", W("llama2-7b", "fp16"), HOLDS)
claim(f, "13,015,864,320", "params", "params", P("llama2-13b"), HOLDS)
claim(f, "52 GB", "weights", "GB", W("llama2-13b", "fp16"), WRONG, "off_2x", anchor="The 13B sibling",
      note="fp16 = 26.03 GB; 52 GB is fp32")
claim(f, "6.5 GB", "weights", "GB", W("llama2-13b", "int8"), WRONG, "off_2x", quoted=True,
      note="int8 13B = 13.02 GB; 6.5 GB is the int4 size")
A = "| Llama-2-7B |"
claim(f, "6.74B", "params", "billion", P("llama2-7b"), HOLDS, anchor=A)
claim(f, "13.48", "weights", "GB", W("llama2-7b", "fp16"), HOLDS, anchor=A, note="header: fp16 (GB)")
claim(f, "1.68", "weights", "GB", W("llama2-7b", "int4"), WRONG, "off_2x", anchor=A, note="int4 = 3.37 GB")
A = "| Llama-2-13B |"
claim(f, "13.02B", "params", "billion", P("llama2-13b"), HOLDS, anchor=A)
claim(f, "26.03", "weights", "GB", W("llama2-13b", "fp16"), HOLDS, anchor=A)
claim(f, "13.02", "weights", "GB", W("llama2-13b", "int4"), WRONG, "off_2x", anchor=A, occ=2,
      note="int4 column holds the int8 size; int4 = 6.51 GB")
A = "| Llama-2-70B |"
claim(f, "68.98B", "params", "billion", P("llama2-70b"), HOLDS, anchor=A)
claim(f, "275.91", "weights", "GB", W("llama2-70b", "fp16"), WRONG, "off_2x", anchor=A,
      note="fp16 column holds the fp32 size; fp16 = 137.95 GB")
claim(f, "34.49", "weights", "GB", W("llama2-70b", "int4"), HOLDS, anchor=A)
claim(f, "524288", "arithmetic", "bytes", 2 * 32 * 32 * 128 * 2, HOLDS)
claim(f, "512 KiB", "kv_cache_per_token", "KiB", KVT("llama2-7b"), HOLDS, anchor="Per token the 7B stores")
claim(f, "4 GiB", "kv_cache_total", "GiB", KV("llama2-7b", 4096), WRONG, "off_2x",
      note="512 KiB x 4096 = 2 GiB")
claim(f, "16 GiB", "kv_cache_total", "GiB", KV("llama2-7b", 4096, 8), HOLDS)
claim(f, "400 KiB", "kv_cache_per_token", "KiB", KVT("llama2-13b"), WRONG, "off_2x", note="2 x 40 x 40 x 128 x 2 = 800 KiB")
claim(f, "3.36 GiB", "kv_cache_total", "GiB", KV("llama2-13b", 4096), WRONG, "gb_as_gib", note="3.36 GB = 3.125 GiB")
claim(f, "320 KiB", "kv_cache_per_token", "KiB", KVT("llama2-70b"), HOLDS)
claim(f, "1.6 times", "ratio", "×", KVT("llama2-7b") / KVT("llama2-70b"), HOLDS)
claim(f, "24.2 GB", "weights", "GB", W("llama2-13b", "fp16"), WRONG, "gib_as_gb", note="/2**30: 24.24 GiB")
claim(f, "26.0 GB", "weights", "GB", W("llama2-13b", "fp16"), HOLDS)
claim(f, "22 tokens/s", "throughput", "tok/s", 300e9 / W("llama2-7b", "fp16"), HOLDS, hedged=True)
claim(f, "3.4 GB", "weights", "GB", W("llama2-7b", "int4"), HOLDS)
claim(f, "44 tokens/s", "throughput", "tok/s", 300e9 / W("llama2-7b", "int4"), WRONG, "off_2x", hedged=True,
      note="300 GB/s / 3.37 GB = 89 tok/s")
nonclaim(f, "created: 2025-03-11", "date")
nonclaim(f, "Card page: https://www.nvidia.com/en-us/data-center/l4/", "url")
nonclaim(f, "MMLU 54.8 for 13B-chat vs 47.0 for 7B-chat", "score")
nonclaim(f, "Spot price in our region: $0.71/hour", "price")
nonclaim(f, "Server: vLLM 0.6.3.post1", "version")
nonclaim(f, "Sampling: temperature 0.7, top_p 0.9", "hyperparameter")
nonclaim(f, "Ticket OPS-4471, 3 people on the review.", "count")

# ---- en_02: Mixtral memory -------------------------------------------------
f = "en_02"
claim(f, "46,702,792,704", "params", "params", P("mixtral"), HOLDS)
claim(f, "12,879,925,248", "params", "params", MIXTRAL_ACTIVE, HOLDS)
claim(f, "93.4 GB", "weights", "GB", W("mixtral", "bf16"), HOLDS, anchor="All experts must stay resident")
claim(f, "26 GB", "weights", "GB", W("mixtral", "bf16"), WRONG, "wrong_kind", anchor="All experts must stay resident",
      quoted=True, alt=MIXTRAL_ACTIVE * 2, note="active params x 2 B is not the resident size")
claim(f, "93.4 GiB", "weights", "GiB", W("mixtral", "bf16"), WRONG, "gb_as_gib", note="93.4 GB = 87.0 GiB")
claim(f, "56B", "arithmetic", "billion", 8 * 7e9, HOLDS, note="8 x 7B as a product")
claim(f, "46.7B", "params", "billion", P("mixtral"), HOLDS, anchor="The name suggests")
claim(f, "27.6 %", "percentage", "%", 100 * MIXTRAL_ACTIVE / P("mixtral"), HOLDS)
claim(f, "25.8 GFLOPs", "flops", "GFLOPs", 2 * MIXTRAL_ACTIVE, HOLDS, hedged=True)
claim(f, "93.4 GFLOPs", "flops", "GFLOPs", 2 * P("mixtral"), HOLDS)
claim(f, "23.4 GB", "weights", "GB", W("mixtral", "int4"), HOLDS)
claim(f, "93.4 GB", "weights", "GB", W("mixtral", "int8"), WRONG, "off_2x", anchor="With plain 4-bit weights",
      note="int8 = 46.7 GB")
claim(f, "374 GB", "weights", "GB", W("mixtral", "fp32"), WRONG, "off_2x", note="fp32 = 186.8 GB")
claim(f, r"11.7\,\text{GB}", "arithmetic", "GB", 46.7e9 * 0.5, WRONG, "arithmetic", note="= 23.35 GB")
claim(f, "27.6%", "percentage", "%", 100 * MIXTRAL_ACTIVE / P("mixtral"), HOLDS, note="code comment")
claim(f, "11.7 GB", "weights", "GB", P("mixtral") * 0.5, WRONG, "off_2x", anchor="print(total * 0.5 / 1e9)",
      note="code: 23.35")
claim(f, "256 KiB", "kv_cache_per_token", "KiB", KVT("mixtral"), WRONG, "off_2x", note="2 x 32 x 8 x 128 x 2 = 128 KiB")
claim(f, "4 GiB", "kv_cache_total", "GiB", KV("mixtral", 32768), HOLDS, anchor="A 32k context costs")
claim(f, "64 GiB", "kv_cache_total", "GiB", KV("mixtral", 32768, 8), WRONG, "off_2x", note="8 x 4 GiB = 32 GiB")
claim(f, "25.8 GB", "weights", "GB", MIXTRAL_ACTIVE * 2, HOLDS, note="bytes read per token (active experts)")
claim(f, "260 tokens/s", "throughput", "tok/s", 2 * 3.35e12 / (MIXTRAL_ACTIVE * 2), HOLDS, hedged=True)
claim(f, "36 tokens/s", "throughput", "tok/s", 3.35e12 / (MIXTRAL_ACTIVE * 2), WRONG, "wrong_kind", hedged=True,
      alt=3.35e12 / W("mixtral", "bf16"), note="reads all 93.4 GB; active experts give 130 tok/s")
nonclaim(f, "created: 2025-01-20", "date")
nonclaim(f, "Paper: https://arxiv.org/abs/2401.04088", "url")
nonclaim(f, "MT-Bench 8.30 for the Instruct model", "score")
nonclaim(f, "Router: top-2 of 8, router jitter 0.01", "hyperparameter")
nonclaim(f, r"$$y = \sum_{i=1}^{2} G(x)_i", "latex equation")
nonclaim(f, "See page 4 of the paper, Figure 2.", "page")

# ---- en_03: full fine-tune memory -------------------------------------------
f = "en_03"
claim(f, "16 bytes per parameter", "training", "bytes/param", 2 + 2 + 12, HOLDS)
claim(f, "116 GB", "training", "GB", P("mistral-7b") * 16, HOLDS, hedged=True)
claim(f, "130 GB", "training", "GB", P("mistral-7b") * 18, HOLDS, hedged=True)
claim(f, "64 GB", "training", "GB", P("llama3-8b") * 16, WRONG, "off_2x", anchor="Llama-3-8B full fine-tune",
      note="8.03e9 x 16 = 128.5 GB")
claim(f, "48.2 GB", "training", "GB", P("llama3-8b") * 12, WRONG, "off_2x", note="12 x 8.03e9 = 96.4 GB")
claim(f, "16.1 GB per GPU", "training", "GB", P("llama3-8b") * 16 / 8, HOLDS)
claim(f, "64.2 GB", "training", "GB", P("llama3-8b") * 16 / 4, WRONG, "off_2x", note="32.1 GB each")
claim(f, "208.3", "training", "GB", P("llama2-13b") * 16, HOLDS, anchor="| fp32 Adam |")
claim(f, "117.2", "training", "GB", P("llama2-13b") * 18, WRONG, "off_2x", anchor="| mixed AdamW, fp32 grads |",
      note="234.3 GB")
claim(f, "78.1", "training", "GB", P("llama2-13b") * 12, WRONG, "off_2x", anchor="| 8-bit Adam |",
      note="12 B x 13.02e9 = 156.2 GB")
claim(f, "131,072", "params", "params", 16 * (4096 + 4096), HOLDS)
claim(f, "163,840", "params", "params", 16 * (4096 + 1024), WRONG, "off_2x", note="16 x 5120 = 81,920")
claim(f, "6,815,744", "params", "params", 32 * (16 * (4096 + 4096) + 16 * (4096 + 1024)), HOLDS)
claim(f, "218 MB", "training", "MB", 6_815_744 * 16, WRONG, "off_2x", hedged=True, note="109 MB")
claim(f, "268 MB", "activations", "MB", 2 * 4096 * 8 * 4096, HOLDS)
claim(f, "17.2 GB", "activations", "GB", 32 * 2 * 4096 * 8 * 4096, WRONG, "off_2x", note="32 x 268 MB = 8.6 GB")
claim(f, "3.3 GB", "activations", "GB", 4096 * 1 * 4096 * (34 + 5 * 32 * 4096 / 4096), HOLDS, hedged=True)
nonclaim(f, "created: 2024-11-02", "date")
nonclaim(f, "reviewers: 2", "count")
nonclaim(f, "lr=2e-5, warmup 3 %", "hyperparameter")
nonclaim(f, "Budget approved on 2024-10-28", "price")
nonclaim(f, r"$$\mathcal{L} = -\frac{1}{N}", "latex equation")
nonclaim(f, "1. Freeze the embeddings", "numbered step")
nonclaim(f, "2. Unfreeze at step 500", "numbered step")
nonclaim(f, "3. Evaluate every 250 steps", "numbered step")
nonclaim(f, "Reference: Rajbhandari et al. 2019", "reference")

# ---- en_04: GGUF on a laptop -------------------------------------------------
f = "en_04"
L38 = "llama3-8b"   # Llama-3-8B and Llama-3.1-8B share shapes and the 8,030,261,248 count
claim(f, "4.58 GiB", "quantized_file", "GiB", GGUF(L38, "Q4_K_M"), HOLDS, gguf=True)
claim(f, "4.9 GB", "quantized_file", "GB", GGUF(L38, "Q4_K_M"), HOLDS, gguf=True, anchor="which is 4.9 GB on disk")
claim(f, "8.53 GiB", "quantized_file", "GiB", GGUF(L38, "Q8_0"), WRONG, "gb_as_gib", gguf=True,
      anchor="Q8_0 comes to 8.53 GiB", note="8.53 GB = 7.95 GiB")
claim(f, "8.5 bits per weight", "quantized_file", "bits/weight", FILE_BPW_L3_8B["Q8_0"], HOLDS, gguf=True)
claim(f, "5.7 bpw", "quantized_file", "bits/weight", FILE_BPW_L3_8B["Q5_K_M"], HOLDS, gguf=True,
      anchor="Q5_K_M at 5.7 bpw")
claim(f, "11.5 GB", "quantized_file", "GB", GGUF(L38, "Q5_K_M"), WRONG, "off_2x", gguf=True, note="5.73 GB")
claim(f, "32.1 GB", "quantized_file", "GB", GGUF(L38, "F16"), WRONG, "off_2x", gguf=True, note="F16 = 16.06 GB")
claim(f, "3.3×", "ratio", "×", FILE_BPW_L3_8B["F16"] / FILE_BPW_L3_8B["Q4_K_M"], HOLDS)
claim(f, "23 %", "percentage", "%", 100 * (1 - FILE_BPW_L3_8B["Q8_0"] / FILE_BPW_L3_8B["F16"]), WRONG, "off_2x",
      note="Q8_0 saves 46.9 %")
claim(f, "4.5 bits per weight", "quantized_file", "bits/weight", BLOCK_BPW["Q4_0"], HOLDS)
claim(f, "4.5 bpw", "quantized_file", "bits/weight", BLOCK_BPW["Q4_K"], HOLDS, anchor="Q4_K packs 256")
claim(f, "6.5625 bits", "quantized_file", "bits/weight", BLOCK_BPW["Q6_K"], HOLDS)
claim(f, "5.25 bits per weight", "quantized_file", "bits/weight", BLOCK_BPW["Q2_K"], WRONG, "off_2x",
      note="84 x 8 / 256 = 2.625")
claim(f, "2.06 bpw", "quantized_file", "bits/weight", BLOCK_BPW["IQ2_XXS"], HOLDS)
claim(f, "~20 tok/s", "throughput", "tok/s", 100e9 / GGUF(L38, "Q4_K_M"), HOLDS, hedged=True)
claim(f, "8.53 GB", "quantized_file", "GB", GGUF(L38, "Q8_0"), HOLDS, gguf=True)
claim(f, "24 tok/s", "throughput", "tok/s", 100e9 / GGUF(L38, "Q8_0"), WRONG, "off_2x", hedged=True,
      note="100 GB/s / 8.53 GB = 11.7 tok/s")
claim(f, "1.38 GB", "quantized_file", "GB", 1.3e9 * BLOCK_BPW["Q8_0"] / 8, HOLDS, gguf=True)
claim(f, "1.3 GB", "quantized_file", "GB", 1.3e9 * 16 / 8, WRONG, "off_2x", gguf=True, anchor="in F16 1.3 GB",
      note="F16 = 2.6 GB")
claim(f, "0.4 GB", "quantized_file", "GB", 1.3e9 * 4.89 / 8, WRONG, "off_2x", note="1.3e9 x 4.89 / 8 = 0.79 GB")
nonclaim(f, "created: 2025-02-02", "date")
nonclaim(f, "llama.cpp build b4589 (2025-01-29)", "version")
nonclaim(f, "Quantize docs: https://github.com/ggml-org/llama.cpp/blob/master/tools/quantize/README.md", "url")
nonclaim(f, "Perplexity on wikitext-2: 6.14", "score")
nonclaim(f, "The laptop cost €1,199 in 2023.", "price")

# ---- en_05: tokens and FLOPs -----------------------------------------------
f = "en_05"
claim(f, "140B tokens", "tokens", "billion tokens", 7e9 * 20, HOLDS, anchor="so a 7B model wants")
claim(f, "140B tokens", "tokens", "billion tokens", 70e9 * 20, WRONG, "off_2x", anchor="a 70B model should see",
      note="1.4T tokens")
claim(f, "297 tokens per parameter", "tokens", "tokens/param", 2e12 / P("llama2-7b"), HOLDS)
claim(f, "934 tokens per parameter", "tokens", "tokens/param", 15e12 / P("llama3-8b"), WRONG, "off_2x",
      note="15e12 / 8.03e9 = 1868")
claim(f, "8.1e22 FLOPs", "flops", "FLOP", 6 * P("llama2-7b") * 2e12, HOLDS)
claim(f, "3.6e23 FLOPs", "flops", "FLOP", 6 * P("llama3-8b") * 15e12, WRONG, "off_2x", hedged=True,
      note="7.2e23")
claim(f, r"5.88 \times 10^{23}", "flops", "FLOP", 6 * 70e9 * 1.4e12, HOLDS)
claim(f, "204,000 GPU-hours", "compute_time", "GPU-hours", 5.88e23 / 400e12 / 3600, WRONG, "off_2x",
      note="408,000 GPU-hours")
claim(f, "174.6B", "params", "billion", P("gpt3"), HOLDS)
claim(f, "175 GB", "weights", "GB", W("gpt3", "fp16"), WRONG, "off_2x", note="fp16 = 349 GB")
claim(f, "3.14e23 FLOPs", "flops", "FLOP", 6 * P("gpt3") * 300e9, HOLDS)
claim(f, "5.6 TB", "tokens_bytes", "TB", 1.4e12 * 2, WRONG, "off_2x", note="uint16: 2.8 TB")
claim(f, "11.2 TB", "tokens_bytes", "TB", 1.4e12 * 4, WRONG, "off_2x", note="int32: 5.6 TB")
claim(f, "7B", "tokens", "billion tokens", 350e6 * 20, HOLDS, anchor="| Heron-350M |")
claim(f, "28B", "tokens", "billion tokens", 1.4e9 * 20, HOLDS, anchor="| Heron-1.4B |")
claim(f, "28B", "tokens", "billion tokens", 2.8e9 * 20, WRONG, "off_2x", anchor="| Heron-2.8B |", note="56B")
nonclaim(f, "created: 2024-08-19", "date")
nonclaim(f, "Hoffmann et al. 2022, arXiv:2203.15556", "reference")
nonclaim(f, r"$$L(N, D) = E + \frac{A}{N^{0.34}}", "latex equation")
nonclaim(f, "Fitted exponents α = 0.34, β = 0.28.", "hyperparameter")
nonclaim(f, "Constants E = 1.69, A = 406.4, B = 410.7.", "hyperparameter")
nonclaim(f, "3 of the 5 reviewers agreed", "count")
nonclaim(f, "P(loss spike) ≈ 0.03 per 1k steps", "probability")

# ---- en_06: embedding index ------------------------------------------------
f = "en_06"
claim(f, "109,482,240", "params", "params", P("bert-base"), HOLDS)
claim(f, "438 MB", "weights", "MB", W("bert-base", "fp32"), HOLDS)
claim(f, "110 MB", "weights", "MB", W("bert-base", "fp16"), WRONG, "off_2x", note="fp16 = 219 MB")
claim(f, "335,141,888", "params", "params", P("bert-large"), HOLDS)
claim(f, "2.68 GB", "weights", "GB", W("bert-large", "fp32"), WRONG, "off_2x", note="fp32 = 1.34 GB")
claim(f, "30.72 GB", "index", "GB", 10_000_000 * 768 * 4, HOLDS)
claim(f, "30.7 GiB", "index", "GiB", 10_000_000 * 768 * 4, WRONG, "gb_as_gib", note="28.6 GiB")
claim(f, "15.4 GB", "index", "GB", 10_000_000 * 768 * 1, WRONG, "off_2x", note="int8 = 7.68 GB")
claim(f, "960 MB", "index", "MB", 10_000_000 * 768 / 8, HOLDS)
claim(f, "32×", "ratio", "×", 32 / 1, HOLDS, anchor="Binary codes (1 bit per dimension)")
claim(f, "0.96 GB", "index", "GB", 10_000_000 * 96, HOLDS)
claim(f, "64×", "ratio", "×", 768 * 4 / 96, WRONG, "off_2x", note="3072 / 96 = 32x")
claim(f, "102.4 GB", "index", "GB", 50_000_000 * 1024 * 2, HOLDS)
claim(f, "95.4 GiB", "index", "GiB", 50_000_000 * 1024 * 2, HOLDS)
claim(f, "95.4 GB", "index", "GB", 50_000_000 * 1024 * 2, WRONG, "gib_as_gb")
claim(f, "3.07 GB", "index", "GB", 2_000_000 * 384 * 4, HOLDS)
claim(f, "1465 MiB", "index", "MiB", 2_000_000 * 384 * 2, HOLDS)
claim(f, "768 MB", "index", "MB", 2_000_000 * 384 / 8, WRONG, "off_2x", note="code: 96 MB")
nonclaim(f, "created: 2024-06-07", "date")
nonclaim(f, "corpus_docs: 10000000", "other")
nonclaim(f, "MTEB average 56.3", "score")
nonclaim(f, "recall@10 = 0.947 at nprobe=32.", "score")
nonclaim(f, "HNSW: M=32, efConstruction=200", "hyperparameter")
nonclaim(f, "Index types: https://github.com/facebookresearch/faiss/wiki/Faiss-indexes", "url")
nonclaim(f, "Embedding API price: $0.10 per 1M tokens.", "price")

# ---- en_07: long-context KV cache ------------------------------------------
f = "en_07"
claim(f, "131,072 bytes per token", "kv_cache_per_token", "bytes", KVT("llama3-8b"), HOLDS)
claim(f, "128 KiB", "kv_cache_per_token", "KiB", KVT("llama3-8b"), HOLDS, anchor="131,072 bytes per token")
claim(f, "1 GiB", "kv_cache_total", "GiB", KV("llama3-8b", 8192), HOLDS)
claim(f, "16 GiB", "kv_cache_total", "GiB", KV("llama3-8b", 131072), HOLDS, anchor="At 8k context that is")
claim(f, "10 GiB", "kv_cache_total", "GiB", KV("llama3-70b", 131072), WRONG, "off_2x", anchor="at 128k needs 10 GiB",
      note="40 GiB")
claim(f, r"42.9\,\text{GB}", "arithmetic", "GB", 2 * 80 * 8 * 128 * 131072 * 2, HOLDS)
claim(f, "5 GiB", "kv_cache_total", "GiB", KV("llama3-70b", 16384, 1, 1), WRONG, "wrong_kind",
      anchor="With an fp8 KV cache", alt=KV("llama3-70b", 16384), note="fp16 size; fp8 halves it: 2.5 GiB")
claim(f, "4×", "ratio", "×", 32 / 8, HOLDS, anchor="GQA (8 of 32 heads)")
claim(f, "75 %", "percentage", "%", 100 * (1 - KVT("llama3-8b") / KVT("llama2-7b")), HOLDS)
claim(f, "112 KiB", "kv_cache_per_token", "KiB", KVT("qwen2.5-7b"), WRONG, "off_2x", note="56 KiB")
claim(f, "14 GiB", "kv_cache_total", "GiB", KV("qwen2.5-7b", 131072), WRONG, "off_2x", note="7 GiB")
claim(f, "7.5 GB", "kv_cache_total", "GB", KV("qwen2.5-7b", 32768, 4), HOLDS)
claim(f, "8 KiB", "kv_cache_per_token", "KiB", KVT("falcon-7b"), HOLDS, anchor="One KV head of dim 64")
claim(f, "16 MiB", "kv_cache_total", "MiB", KV("falcon-7b", 2048), HOLDS, anchor="One KV head of dim 64")
claim(f, "2 GiB", "kv_cache_total", "GiB", KV("falcon-7b", 2048, 64), WRONG, "off_2x", note="1 GiB")
claim(f, "512 MiB", "kv_cache_total", "MiB", KV("mistral-7b", 10**6), HOLDS, bound="upper")
claim(f, "4 GiB", "kv_cache_total", "GiB", KV("mistral-7b", 32768, window=False), HOLDS, anchor="Without the window",
      note="counterfactual: no window")
claim(f, "25 %", "percentage", "%", 100 * 4096 / 32768, WRONG, "off_2x", note="12.5 %")
claim(f, "300 MiB", "kv_cache_per_token", "MiB", KVT("gpt2-xl"), WRONG, "wrong_unit", alt_unit="KiB",
      note="300 KiB")
nonclaim(f, "created: 2025-04-14", "date")
nonclaim(f, r"General form, for reference: $$M = 2\,L", "latex equation")
nonclaim(f, "GQA paper: https://arxiv.org/abs/2305.13245 (2023).", "url")
nonclaim(f, "RULER score at 128k: 77.0", "score")
nonclaim(f, "Needle-in-a-haystack: 98.2 %", "score")
nonclaim(f, "Served with vLLM 0.7.2", "version")

# ---- en_08: Kestrel sheet review (model stated: 20.4B) ----------------------
f = "en_08"
K = 20.4e9
claim(f, "40.8 GB", "weights", "GB", K * 2, HOLDS, anchor="- bf16: 40.8 GB")
claim(f, "20.4 GB", "weights", "GB", K * 1, HOLDS, anchor="- fp8: 20.4 GB")
claim(f, "5.1 GB", "weights", "GB", K * 0.5, WRONG, "off_2x", quoted=True, note="int4 = 10.2 GB")
claim(f, "38 GB", "weights", "GB", K * 2, WRONG, "gib_as_gb", note="40.8e9 B = 38.0 GiB")
claim(f, "20.4 GB per card", "arithmetic", "GB", K * 2 / 2, HOLDS)
claim(f, "104 GB", "arithmetic", "GB", 4 * 13e9 * 2, HOLDS)
claim(f, "21 GB", "arithmetic", "GB", 3 * 7e9 * 2, WRONG, "arithmetic", note="42 GB")
claim(f, "326.4 GB", "training", "GB", K * 16, HOLDS)
claim(f, "40.8 GB each", "training", "GB", K * 16 / 8, HOLDS)
claim(f, "183.6 GB", "training", "GB", K * 18, WRONG, "off_2x", note="367.2 GB")
claim(f, "~41 tok/s", "throughput", "tok/s", 3.35e12 / (K * 2), WRONG, "off_2x", hedged=True, note="82 tok/s")
claim(f, "~330 tok/s", "throughput", "tok/s", 3.35e12 / (K * 1), WRONG, "off_2x", hedged=True, note="164 tok/s")
claim(f, "44.9–49 GB", "range", "GB", [K * 2 * 1.10, K * 2 * 1.20], HOLDS, rng=True)
claim(f, "20–40 GB", "range", "GB", [2 * 5e9, 4 * 5e9], WRONG, "off_2x", rng=True, note="10-20 GB")
claim(f, "40.8 GB", "weights", "GB", K * 2, HOLDS, anchor="print(n * 2 / 1e9)")
claim(f, "9.5 GiB", "weights", "GiB", K * 0.5, HOLDS)
claim(f, "19.0 GB", "weights", "GB", K * 1, WRONG, "gib_as_gb", note="/2**30: 19.0 GiB = 20.4 GB")
nonclaim(f, "sheet_version: 2.3.1", "version")
nonclaim(f, "Sheet: https://docs.google.com/spreadsheets/d/1AbC123xyz/edit#gid=0", "url")
nonclaim(f, "Reviewed by 3 people on 2025-02-14", "date")
nonclaim(f, "Quote Q-2025-017: $24,300", "price")
nonclaim(f, r"Step 2 of the load model: $p(x) = \frac{1}{\sqrt{2\pi}\sigma}", "latex equation")

# ---- ru_01: Llama 3 VRAM ----------------------------------------------------
f = "ru_01"
claim(f, f"8{NB}030{NB}261{NB}248", "params", "params", P("llama3-8b"), HOLDS)
claim(f, "16,06 ГБ", "weights", "ГБ", W("llama3-8b", "bf16"), HOLDS)
claim(f, "14,96 ГиБ", "weights", "ГиБ", W("llama3-8b", "bf16"), HOLDS)
A = "В fp32 — 64,2 ГБ"
claim(f, "64,2 ГБ", "weights", "ГБ", W("llama3-8b", "fp32"), WRONG, "off_2x", anchor=A, note="fp32 = 32,1 ГБ")
claim(f, "8 ГБ", "weights", "ГБ", W("llama3-8b", "int8"), HOLDS, anchor=A)
claim(f, "2 ГБ", "weights", "ГБ", W("llama3-8b", "int4"), WRONG, "off_2x", anchor=A,
      note="«4-битной квантизации»: 4,0 ГБ")
claim(f, "70,6 ГБ", "weights", "ГБ", W("llama3-70b", "bf16"), WRONG, "off_2x", note="bf16 = 141,1 ГБ")
claim(f, "35,3 ГБ", "weights", "ГБ", W("llama3-70b", "int4"), HOLDS, note="«в 4 бита»")
claim(f, "70,6 ГиБ", "weights", "ГиБ", W("llama3-70b", "int8"), WRONG, "gb_as_gib", note="70,55 ГБ = 65,7 ГиБ")
A = "| Llama-2-7B |"
claim(f, "6,74", "params", "млрд", P("llama2-7b"), HOLDS, anchor=A)
claim(f, "13,48", "weights", "ГБ", W("llama2-7b", "bf16"), HOLDS, anchor=A)
claim(f, "3,37", "weights", "ГБ", W("llama2-7b", "int4"), HOLDS, anchor=A)
A = "| Mistral-7B |"
claim(f, "7,24", "params", "млрд", P("mistral-7b"), HOLDS, anchor=A)
claim(f, "28,97", "weights", "ГБ", W("mistral-7b", "bf16"), WRONG, "off_2x", anchor=A, note="bf16 = 14,48 (28,97 — fp32)")
claim(f, "7,24", "weights", "ГБ", W("mistral-7b", "int4"), WRONG, "off_2x", anchor=A, occ=2,
      note="int4 = 3,62 ГБ (7,24 — int8)")
A = "| Qwen2.5-7B |"
claim(f, "7,62", "params", "млрд", P("qwen2.5-7b"), HOLDS, anchor=A)
claim(f, "30,46", "weights", "ГБ", W("qwen2.5-7b", "bf16"), WRONG, "off_2x", anchor=A, note="bf16 = 15,23 (30,46 — fp32)")
claim(f, "3,81", "weights", "ГБ", W("qwen2.5-7b", "int4"), HOLDS, anchor=A)
A = "KV-кэш Llama-3-8B — 128 КиБ"
claim(f, "128 КиБ", "kv_cache_per_token", "КиБ", KVT("llama3-8b"), HOLDS, anchor=A)
claim(f, "2 ГиБ", "kv_cache_total", "ГиБ", KV("llama3-8b", 8192), WRONG, "off_2x", anchor=A, note="1 ГиБ")
claim(f, "16 ГиБ", "kv_cache_total", "ГиБ", KV("llama3-8b", 8192, 8), WRONG, "off_2x", note="8 ГиБ")
claim(f, "17,1 ГБ", "inference_total", "ГБ", W("llama3-8b", "bf16") + KV("llama3-8b", 8192), HOLDS, hedged=True)
nonclaim(f, "created: 2024-09-15", "date")
nonclaim(f, "Конфиг: https://huggingface.co/meta-llama/Meta-Llama-3-8B/blob/main/config.json", "url")
nonclaim(f, "Версии: transformers 4.44.2, torch 2.4.0.", "version")
nonclaim(f, "MMLU: 66,6 у Llama-3-8B", "score")
nonclaim(f, f"Цена RTX 4090 — 189{NB}990 ₽", "price")
nonclaim(f, "Шаг 3. Вероятность OOM", "probability")

# ---- ru_02: fine-tune memory --------------------------------------------------
f = "ru_02"
claim(f, "107,8 ГБ", "training", "ГБ", P("llama2-7b") * 16, HOLDS, anchor="Смешанная точность и Adam")
claim(f, "60,6 ГБ", "training", "ГБ", P("llama2-7b") * 18, WRONG, "off_2x", note="18 байт: 121,3 ГБ")
claim(f, "40,4 ГБ", "training", "ГБ", P("llama2-7b") * 12, WRONG, "off_2x", note="12 байт: 80,9 ГБ")
claim(f, "16 байт на параметр", "training", "байт/параметр", 4 + 4 + 8, HOLDS, anchor="Для fp32 Adam")
claim(f, "13,5 ГБ", "training", "ГБ", P("llama2-7b") * 16 / 8, HOLDS)
claim(f, "27 ГБ", "training", "ГБ", P("llama2-7b") * 16 / 2, WRONG, "off_2x", note="53,9 ГБ на карту")
claim(f, "4,127 бита на вес", "quantized_file", "бит/вес", NF4_BPW, HOLDS, hedged=True)
claim(f, "6,7 ГБ", "quantized_file", "ГБ", P("llama2-13b") * NF4_BPW / 8, HOLDS, hedged=True)
claim(f, f"65{NB}536", "params", "params", 8 * (4096 + 4096), HOLDS)
claim(f, f"241{NB}664", "params", "params", 8 * (4096 + 11008), WRONG, "off_2x", note=f"120{NB}832")
claim(f, f"624{NB}640", "params", "params", 4 * 8 * (4096 + 4096) + 3 * 8 * (4096 + 11008), HOLDS)
claim(f, f"39{NB}976{NB}960", "params", "params", 32 * (4 * 8 * 8192 + 3 * 8 * 15104), WRONG, "off_2x",
      note=f"19{NB}988{NB}480")
claim(f, f"0,3{NN}%", "percentage", "%", 100 * 32 * (4 * 8 * 8192 + 3 * 8 * 15104) / P("llama2-7b"), HOLDS)
claim(f, "3,25 ГБ", "activations", "ГБ", 4096 * 4096 * (34 + 5 * 32 * 4096 / 4096), HOLDS, hedged=True)
claim(f, "32 МБ", "activations", "МБ", 2 * 4096 * 4096, WRONG, "gib_as_gb", note="33,6 МБ = 32 МиБ")
claim(f, "52 ГБ", "activations", "ГБ", 32 * 4096 * 4096 * (34 + 5 * 32 * 4096 / 4096), WRONG, "off_2x",
      note="104,2 ГБ")
nonclaim(f, "created: 2024-10-21", "date")
nonclaim(f, "lr = 2e-4, α = 16, dropout 0,05, 3 эпохи.", "hyperparameter")
nonclaim(f, r"$$h_{t+1} = h_t + \Delta W x_t", "latex equation")
nonclaim(f, "Dettmers et al., 2023", "reference")
nonclaim(f, "В команде 5 человек, спринт 2 недели.", "count")

# ---- ru_03: bandwidth-bound decoding -----------------------------------------
f = "ru_03"
A = "H100 SXM даёт 3,35 ТБ/с"
claim(f, "13,48 ГБ", "weights", "ГБ", W("llama2-7b", "fp16"), HOLDS, anchor=A)
claim(f, "~249 токенов/с", "throughput", "токенов/с", 3.35e12 / W("llama2-7b", "fp16"), HOLDS, hedged=True,
      anchor=A)
claim(f, "258 токенов/с", "throughput", "токенов/с", 3.35e12 / W("llama2-13b", "fp16"), WRONG, "off_2x",
      note="128,7 токенов/с")
claim(f, "~282 токена/с", "throughput", "токенов/с", 2.04e12 / W("mistral-7b", "bf16"), WRONG, "off_2x", hedged=True,
      note="141 токен/с")
claim(f, "4,91 ГБ", "quantized_file", "ГБ", GGUF("llama3-8b", "Q4_K_M"), HOLDS, gguf=True)
claim(f, "410 токенов/с", "throughput", "токенов/с", 1008e9 / GGUF("llama3-8b", "Q4_K_M"), WRONG, "off_2x",
      hedged=True, note="205 токенов/с")
claim(f, "86 токенов/с", "throughput", "токенов/с", 2 * 1008e9 / (MIXTRAL_ACTIVE * 0.5), WRONG, "wrong_kind",
      hedged=True, alt=2 * 1008e9 / W("mixtral", "int4"), note="активные эксперты: ~313 токенов/с")
claim(f, "3,5 ТБ/с", "bandwidth", "ТБ/с", 50 * W("llama3-70b", "int8"), HOLDS)
claim(f, "7 ТБ/с", "bandwidth", "ТБ/с", 100 * W("llama3-70b", "bf16"), WRONG, "off_2x", note="14,1 ТБ/с")
claim(f, r"4,8\ \text{мс}", "arithmetic", "мс", 16.06e9 / 3.35e12, HOLDS)
claim(f, r"21\ \text{мс}", "arithmetic", "мс", 141e9 / 3.35e12, WRONG, "arithmetic", note="42 мс")
A = "Мобильный NPU с LPDDR5"
claim(f, "1,5 ГБ", "weights", "ГБ", 3e9 * 0.5, HOLDS, anchor=A)
claim(f, "~34 токена/с", "throughput", "токенов/с", 51.2e9 / (3e9 * 0.5), HOLDS, hedged=True, anchor=A)
A = "В 8-битном варианте"
claim(f, "3 ГБ", "weights", "ГБ", 3e9 * 1, HOLDS, anchor=A)
claim(f, "~34 токена/с", "throughput", "токенов/с", 51.2e9 / 3e9, WRONG, "off_2x", hedged=True, anchor=A,
      note="17 токенов/с")
claim(f, "208,6 токена/с", "throughput", "токенов/с", 3.35e12 / W("llama3-8b", "bf16"), HOLDS, hedged=True)
claim(f, "14,96 ГБ", "weights", "ГБ", W("llama3-8b", "bf16"), WRONG, "gib_as_gb", note="/2**30: 14,96 ГиБ")
nonclaim(f, "batch: 1", "other")
nonclaim(f, "Даташит: https://resources.nvidia.com/", "url")
nonclaim(f, "Замер 2024-12-03, vLLM 0.6.4, 5 прогонов.", "date")
nonclaim(f, "Медиана TTFT 182 мс, p99 — 410 мс.", "score")
nonclaim(f, "Аренда H100: 2,99 $/ч.", "price")
nonclaim(f, r"$$P(\text{hit}) = 1 - (1 - p)^{k}", "probability")

# ---- ru_04: GGUF blocks -----------------------------------------------------
f = "ru_04"
claim(f, "4,5 бита на вес", "quantized_file", "бит/вес", BLOCK_BPW["Q4_0"], HOLDS)
claim(f, "17 бит на вес", "quantized_file", "бит/вес", BLOCK_BPW["Q8_0"], WRONG, "off_2x", note="34 × 8 / 32 = 8,5")
claim(f, "3,4375 бит/вес", "quantized_file", "бит/вес", BLOCK_BPW["Q3_K"], HOLDS)
claim(f, "11 бит на вес", "quantized_file", "бит/вес", BLOCK_BPW["Q5_K"], WRONG, "off_2x", note="5,5 бит")
claim(f, "1,5625 бита на вес", "quantized_file", "бит/вес", BLOCK_BPW["IQ1_S"], HOLDS)
for q, bpw_fig, size_fig, verdict, err, why in [
        ("Q2_K", "3,16", "3,17", WRONG, "gb_as_gib", "3,17 ГБ = 2,95 ГиБ"),
        ("Q4_K_M", "4,89", "4,91", WRONG, "gb_as_gib", "4,91 ГБ = 4,58 ГиБ"),
        ("Q5_K_M", "5,70", "10,66", WRONG, "off_2x", "5,33 ГиБ"),
        ("Q6_K", "6,56", "3,07", WRONG, "off_2x", "6,14 ГиБ"),
        ("Q8_0", "8,50", "7,95", HOLDS, None, ""),
        ("F16", "16,00", "14,96", HOLDS, None, "")]:
    claim(f, bpw_fig, "quantized_file", "бит/вес", FILE_BPW_L3_8B[q], HOLDS, anchor=f"| {q} |", gguf=True)
    claim(f, size_fig, "quantized_file", "ГиБ", GGUF("llama3-8b", q), verdict, err, anchor=f"| {q} |", gguf=True,
          note=why)
A = "Q4_K_M в 3,3 раза меньше F16"
claim(f, "3,3 раза", "ratio", "×", FILE_BPW_L3_8B["F16"] / FILE_BPW_L3_8B["Q4_K_M"], HOLDS, anchor=A)
claim(f, "3,8 раза", "ratio", "×", FILE_BPW_L3_8B["F16"] / FILE_BPW_L3_8B["Q8_0"], WRONG, "off_2x", anchor=A,
      note="1,9 раза")
A = "IQ2_XXS (2,38 бит/вес)"
claim(f, "2,38 бит/вес", "quantized_file", "бит/вес", FILE_BPW_L3_8B["IQ2_XXS"], HOLDS, anchor=A, gguf=True)
claim(f, f"25{NN}%", "percentage", "%", 100 * (1 - FILE_BPW_L3_8B["IQ2_XXS"] / FILE_BPW_L3_8B["Q4_K_M"]), WRONG,
      "off_2x", anchor=A, note="51,3 %")
claim(f, "4,68 ГБ", "quantized_file", "ГБ", QWEN25_7B_Q4KM_FILE, HOLDS)
claim(f, "4,36 ГБ", "quantized_file", "ГБ", QWEN25_7B_Q4KM_FILE, WRONG, "gib_as_gb", note="4,36 ГиБ")
A = "1,5 млрд параметров: в Q8_0"
claim(f, "1,59 ГБ", "quantized_file", "ГБ", 1.5e9 * BLOCK_BPW["Q8_0"] / 8, HOLDS, anchor=A, gguf=True)
claim(f, "0,42 ГБ", "quantized_file", "ГБ", 1.5e9 * BLOCK_BPW["Q4_0"] / 8, WRONG, "off_2x", anchor=A, gguf=True,
      note="0,84 ГБ")
claim(f, "1,5 ГБ", "quantized_file", "ГБ", 1.5e9 * BLOCK_BPW["F16"] / 8, WRONG, "off_2x", anchor=A, gguf=True,
      note="F16: 3 ГБ")
nonclaim(f, "created: 2024-07-30", "date")
nonclaim(f, "Обсуждение k-квантов: https://github.com/ggml-org/llama.cpp/pull/1684", "url")
nonclaim(f, "Сборка b3447 от 2024-07-24.", "version")
nonclaim(f, "Перплексия 6,23 у Q4_K_M", "score")
nonclaim(f, "Флаги: -ngl 33 -c 4096 --temp 0,8.", "hyperparameter")
nonclaim(f, r"Шаг 2: $q_i = \operatorname{round}(x_i / d)$", "derivation")

# ---- ru_05: Chinchilla -------------------------------------------------------
f = "ru_05"
claim(f, "20 млрд токенов", "tokens", "млрд токенов", 1e9 * 20, HOLDS)
claim(f, "76 млрд токенов", "tokens", "млрд токенов", P("qwen2.5-7b") * 20, WRONG, "off_2x", note="152 млрд")
claim(f, "7,62 млрд", "params", "млрд", P("qwen2.5-7b"), HOLDS, anchor="Для Qwen2.5-7B (7,62 млрд")
claim(f, "690 млрд токенов", "tokens", "млрд токенов", P("llama2-70b") * 20, WRONG, "off_2x", note="1380 млрд")
claim(f, "68,98 млрд", "params", "млрд", P("llama2-70b"), HOLDS)
claim(f, "~2364 токена на параметр", "tokens", "токенов/параметр", 18e12 / P("qwen2.5-7b"), HOLDS, hedged=True)
claim(f, "93 раза", "ratio", "×", 15e12 / (P("llama3-8b") * 20), HOLDS, hedged=True)
claim(f, "8,2·10²³ FLOP", "flops", "FLOP", 6 * P("qwen2.5-7b") * 18e12, HOLDS, hedged=True)
claim(f, "1155 тыс. GPU-часов", "compute_time", "тыс. GPU-часов",
      6 * P("qwen2.5-7b") * 18e12 / (0.4 * 989e12) / 3600, WRONG, "off_2x", hedged=True, note="577 тыс.")
claim(f, "2,9·10²³ FLOP", "flops", "FLOP", 6 * 70e9 * 1.4e12, WRONG, "arithmetic", note="5,88·10²³")
claim(f, "72 ТБ", "tokens_bytes", "ТБ", 18e12 * 4, HOLDS)
claim(f, "18 ТБ", "tokens_bytes", "ТБ", 18e12 * 2, WRONG, "off_2x", note="uint16: 36 ТБ")
claim(f, "2,5", "tokens", "млрд токенов", 125e6 * 20, HOLDS, anchor="| Ёж-S |")
claim(f, "7", "tokens", "млрд токенов", 350e6 * 20, HOLDS, anchor="| Ёж-M |", occ=1)
claim(f, "30,4", "tokens", "млрд токенов", 760e6 * 20, WRONG, "off_2x", anchor="| Ёж-L |", note="15,2")
nonclaim(f, "created: 2024-08-26", "date")
nonclaim(f, "Hoffmann et al., 2022, табл. 3, с. 8.", "reference")
nonclaim(f, r"$$N_{opt} \propto C^{a}", "latex equation")
nonclaim(f, "Шаг 1. Фиксируем бюджет", "numbered step")
nonclaim(f, "Вероятность, что прогон упадёт", "probability")
nonclaim(f, "Оценка на HellaSwag: 80,2.", "score")
nonclaim(f, "Доклад на NeurIPS 2022, 28 ноября.", "date")

# ---- ru_06: KV window, Qwen2.5-72B ------------------------------------------------
f = "ru_06"
claim(f, f"131{NB}072 байта на токен", "kv_cache_per_token", "bytes", KVT("mistral-7b"), HOLDS)
claim(f, "128 КиБ", "kv_cache_per_token", "КиБ", KVT("mistral-7b"), HOLDS)
claim(f, "512 МиБ", "kv_cache_total", "МиБ", KV("mistral-7b", 10**6), HOLDS, bound="upper")
claim(f, "64 ГиБ", "kv_cache_total", "ГиБ", KV("mistral-7b", 32768, 16), WRONG, "wrong_kind",
      alt=KV("mistral-7b", 32768, 16, window=False), note="окно: 16 × 512 МиБ = 8 ГиБ")
A = "800 КиБ на токен; 4096 токенов"
claim(f, "800 КиБ", "kv_cache_per_token", "КиБ", KVT("llama2-13b"), HOLDS, anchor=A)
claim(f, "3,125 ГБ", "kv_cache_total", "ГБ", KV("llama2-13b", 4096), WRONG, "gib_as_gb", anchor=A,
      note="3,125 ГиБ = 3,36 ГБ")
claim(f, "50 ГиБ", "kv_cache_total", "ГиБ", KV("llama2-13b", 4096, 8), WRONG, "off_2x", anchor=A, note="25 ГиБ")
claim(f, "26 ГБ", "weights", "ГБ", W("llama2-13b", "fp16"), HOLDS)
A = "параметров; в bf16 — 145,4 ГБ"
claim(f, f"72{NB}706{NB}203{NB}648", "params", "params", P("qwen2.5-72b"), HOLDS, anchor=A)
claim(f, "145,4 ГБ", "weights", "ГБ", W("qwen2.5-72b", "bf16"), HOLDS, anchor=A)
claim(f, "72,7 ГБ", "weights", "ГБ", W("qwen2.5-72b", "int4"), WRONG, "off_2x", anchor=A, note="int4 = 36,4 ГБ")
A = "Кэш — 320 КиБ на токен"
claim(f, "320 КиБ", "kv_cache_per_token", "КиБ", KVT("qwen2.5-72b"), HOLDS, anchor=A)
claim(f, "40 ГиБ", "kv_cache_total", "ГиБ", KV("qwen2.5-72b", 131072), HOLDS, anchor=A)
claim(f, "20 ГиБ", "kv_cache_total", "ГиБ", KV("qwen2.5-72b", 32768), WRONG, "off_2x", note="10 ГиБ")
claim(f, r"327680\ \text{байт}", "arithmetic", "bytes", 2 * 80 * 8 * 128 * 2, HOLDS)
A = "GQA в Qwen2.5-72B"
claim(f, f"87,5{NN}%", "percentage", "%", 100 * (1 - 8 / 64), HOLDS, anchor=A)
claim(f, f"50{NN}%", "percentage", "%", 100 * (1 - 1 / 64), WRONG, "off_2x", anchor=A, note="MQA: 98,4 %")
claim(f, "320 КиБ", "kv_cache_per_token", "КиБ", KVT("qwen2.5-72b", 1), WRONG, "wrong_kind",
      anchor="fp8-кэш вдвое меньше", alt=KVT("qwen2.5-72b"), note="fp8: 160 КиБ")
nonclaim(f, "created: 2025-02-03", "date")
nonclaim(f, "Конфиг: hidden 8192, 80 слоёв", "other")
nonclaim(f, "https://huggingface.co/Qwen/Qwen2.5-72B-Instruct/blob/main/config.json", "url")
nonclaim(f, "rope_theta = 1000000, rms_norm_eps = 1e-6.", "hyperparameter")
nonclaim(f, r"$$A = \operatorname{softmax}", "latex equation")
nonclaim(f, "LongBench: 49,3 балла.", "score")
nonclaim(f, "Встреча 2025-02-03 в 11:00, 6 участников.", "date")

# ---- ru_07: assistant answer on small models ---------------------------------------
f = "ru_07"
claim(f, f"1{NB}557{NB}611{NB}200", "params", "params", P("gpt2-xl"), HOLDS)
claim(f, "1,56 млрд", "params", "млрд", P("gpt2-xl"), HOLDS)
claim(f, "6,23 ГБ", "weights", "ГБ", W("gpt2-xl", "fp32"), HOLDS)
claim(f, "3,12 ГБ", "weights", "ГБ", W("gpt2-xl", "fp16"), HOLDS)
claim(f, "124 млн", "params", "млн", P("gpt2"), HOLDS)
claim(f, "0,25 ГБ", "weights", "ГБ", W("gpt2", "fp32"), WRONG, "off_2x", note="fp32 = 0,50 ГБ")
claim(f, "109,5 млн", "params", "млн", P("bert-base"), HOLDS)
claim(f, "438 МБ", "weights", "МБ", W("bert-base", "fp32"), HOLDS)
claim(f, "1,34 ГБ", "weights", "ГБ", W("bert-large", "fp16"), WRONG, "off_2x", note="fp16 = 0,67 ГБ")
claim(f, "6,92 млрд", "params", "млрд", P("falcon-7b"), HOLDS)
claim(f, "13,84 ГБ", "weights", "ГБ", W("falcon-7b", "bf16"), HOLDS)
claim(f, "8 КиБ", "kv_cache_per_token", "КиБ", KVT("falcon-7b"), HOLDS)
claim(f, "16 ГиБ", "kv_cache_total", "ГиБ", KV("falcon-7b", 2048), WRONG, "wrong_unit", alt_unit="МиБ",
      note="16 МиБ")
A = "Mixtral-8x7B в 4 бита — 23,4 ГБ"
claim(f, "23,4 ГБ", "weights", "ГБ", W("mixtral", "int4"), HOLDS, anchor=A)
claim(f, "4 раза", "ratio", "×", W("mixtral", "bf16") / W("mixtral", "int4"), HOLDS, anchor=A)
claim(f, "93,4 ГБ", "weights", "ГБ", W("mixtral", "bf16"), HOLDS, anchor=A)
claim(f, f"25{NN}%", "percentage", "%", 100 * (1 - 1 / 2), WRONG, "off_2x", note="int8 vs bf16: 50 %")
claim(f, "46,7 ГБ", "weights", "ГБ", W("mixtral", "int8"), HOLDS)
claim(f, "6,23 ГиБ", "weights", "ГиБ", W("gpt2-xl", "fp32"), WRONG, "gb_as_gib", note="/2**30: 5,80 ГиБ")
claim(f, "109 МБ", "weights", "МБ", W("bert-base", "fp16"), WRONG, "off_2x", note="код: 219 МБ")
claim(f, "13,84 ГиБ", "weights", "ГиБ", W("falcon-7b", "bf16"), WRONG, "gb_as_gib", note="12,89 ГиБ")
nonclaim(f, "created: 2025-01-09", "date")
nonclaim(f, "Вопрос задан 2025-01-09 в 14:32", "date")
nonclaim(f, "Radford et al., 2019: https://cdn.openai.com/", "url")
nonclaim(f, "GLUE: 80,5 у BERT-base", "score")
nonclaim(f, "Вероятность ошибки округления", "probability")

# ---- ru_08: cluster plan for Berkut-34B (model stated: 34 млрд) ------------------
f = "ru_08"
B = 34e9
A = "В bf16 веса занимают 68 ГБ"
claim(f, "68 ГБ", "weights", "ГБ", B * 2, HOLDS, anchor=A)
claim(f, "34 ГБ", "weights", "ГБ", B * 1, HOLDS, anchor=A)
claim(f, "34 ГБ", "weights", "ГБ", B * 2, WRONG, "off_2x", anchor="Коллега в чате", quoted=True, note="bf16 = 68 ГБ")
claim(f, r"68\,\text{ГБ}", "arithmetic", "ГБ", 34e9 * 2, HOLDS)
claim(f, r"34\,\text{ГБ}", "arithmetic", "ГБ", 34e9 * 0.5, WRONG, "arithmetic", note="= 17 ГБ")
A = "int4 (17 ГБ) в 4 раза"
claim(f, "17 ГБ", "weights", "ГБ", B * 0.5, HOLDS, anchor=A)
claim(f, "4 раза", "ratio", "×", 2 / 0.5, HOLDS, anchor=A)
A = "Полное дообучение (16 байт на параметр)"
claim(f, "544 ГБ", "training", "ГБ", B * 16, HOLDS, anchor=A)
claim(f, "136 ГБ на карту", "training", "ГБ", B * 16 / 8, WRONG, "off_2x", anchor=A, note="544 / 8 = 68 ГБ")
claim(f, "306 ГБ", "training", "ГБ", B * 18, WRONG, "off_2x", note="612 ГБ")
claim(f, "192 КиБ", "kv_cache_per_token", "КиБ", 2 * 48 * 8 * 128 * 2, HOLDS)
A = "Контекст 16k и batch 32"
claim(f, "96 ГиБ", "kv_cache_total", "ГиБ", 2 * 48 * 8 * 128 * 2 * 16384 * 32, HOLDS, anchor=A)
claim(f, "103 ГБ", "kv_cache_total", "ГБ", 2 * 48 * 8 * 128 * 2 * 16384 * 32, HOLDS, anchor=A, hedged=True)
claim(f, "24 ГиБ", "kv_cache_total", "ГиБ", 2 * 48 * 8 * 128 * 1 * 16384 * 32, WRONG, "off_2x", note="48 ГиБ")
claim(f, "78–85 ГБ", "range", "ГБ", [68e9 * 1.15, 68e9 * 1.25], HOLDS, rng=True)
claim(f, "136–272 ГБ", "range", "ГБ", [4 * B * 2, 8 * B * 2], WRONG, "off_2x", rng=True, note="272–544 ГБ")
claim(f, "~49 токенов/с", "throughput", "токенов/с", 3.35e12 / (B * 2), HOLDS, hedged=True)
claim(f, "~200 токенов/с", "throughput", "токенов/с", 3.35e12 / (B * 1), WRONG, "off_2x", hedged=True,
      note="98,5 токенов/с")
nonclaim(f, "версия_плана: 1.4", "version")
nonclaim(f, "бюджет_млн_руб: 12.5", "price")
nonclaim(f, "Бюджет 12,5 млн ₽ на 2025 год.", "price")
nonclaim(f, "Вики: https://wiki.example.internal/berkut/34b?rev=17", "url")
nonclaim(f, "Поставка H100: 3 недели, 16 карт.", "count")
nonclaim(f, r"$$\text{MFU} = \frac{6ND}", "latex equation")
nonclaim(f, "Версия плана 1.4 от 2025-02-20.", "version")


# ---------------------------------------------------------------------------
# Verdicts
# ---------------------------------------------------------------------------
def tolerance(stated: float, printed: float, c: dict) -> float:
    t = printed
    if c["hedged"]:
        t = max(t, 0.10 * abs(stated))
    if c["gguf"]:
        t = max(t, 0.02 * abs(stated))
    return t + 1e-9 * abs(stated)


def in_unit(value, unit):
    if isinstance(value, list):
        return [v / SCALE[unit] for v in value]
    return value / SCALE[unit]


def passes(correct, nums, c) -> bool:
    if c["rng"]:
        (lo, tlo), (hi, thi) = nums[0], nums[1]
        tlo, thi = tolerance(lo, tlo, c), tolerance(hi, thi, c)
        if isinstance(correct, list):
            return abs(correct[0] - lo) <= tlo and abs(correct[1] - hi) <= thi
        return lo - tlo <= correct <= hi + thi
    s, t = nums[0]
    t = tolerance(s, t, c)
    if c["bound"] == "upper":
        return correct <= s + t
    return abs(correct - s) <= t


def off_factor(correct, nums, c) -> float:
    if c["rng"]:
        pairs = list(zip(correct, (nums[0][0], nums[1][0]), strict=True)) if isinstance(correct, list) else []
        return min(max(a / b, b / a) for a, b in pairs) if pairs else 0.0
    s = nums[0][0]
    return max(correct / s, s / correct)


def build() -> dict:
    lines = {k: (NOTES / v).read_text(encoding="utf-8").split("\n") for k, v in FILES.items()}
    out, non, claim_lines = [], [], set()
    seq = Counter()
    for c in CLAIMS:
        f, lang = c["f"], c["f"][:2]
        hits = [i for i, text in enumerate(lines[f], 1) if c["anchor"] in text]
        assert len(hits) == 1, (f, c["anchor"], hits)
        line_no = hits[0]
        text = lines[f][line_no - 1]
        assert text.count(c["figure"]) >= c["occ"], (f, line_no, c["figure"], c["occ"])
        nums = read_numbers(c["figure"], lang)
        assert nums and (len(nums) >= 2 or not c["rng"]), (f, c["figure"], nums)
        unit = c["unit"]
        correct = in_unit(c["value"], unit)
        ok = passes(correct, nums, c)
        verdict = HOLDS if ok else WRONG
        assert verdict == c["expect"], (f, line_no, c["figure"], verdict, correct, nums)
        error = None
        if verdict == WRONG:
            twin_ok = unit in TWIN and passes(in_unit(c["value"], TWIN[unit]), nums, c)
            error = c["error"]
            if error in ("gib_as_gb", "gb_as_gib"):
                assert twin_ok, (f, c["figure"], "twin unit does not pass")
                want = "gib_as_gb" if unit in DECIMAL_BYTE_UNITS else "gb_as_gib"
                assert error == want, (f, c["figure"], error, want)
            else:
                assert not twin_ok, (f, c["figure"], "passes in the twin unit", error)
            if error in ("off_2x", "arithmetic"):
                r = off_factor(correct, nums, c)
                assert r >= 1.95, (f, c["figure"], r)
            elif error == "wrong_kind":
                assert c["alt"] is not None and passes(in_unit(c["alt"], unit), nums, c), (f, c["figure"])
            elif error == "wrong_unit":
                assert c["alt_unit"] and passes(in_unit(c["value"], c["alt_unit"]), nums, c), (f, c["figure"])
            else:
                assert error in ("gib_as_gb", "gb_as_gib"), (f, c["figure"], error)
        else:
            assert c["error"] is None, (f, c["figure"])
        seq[f] += 1
        if c["rng"]:
            stated = [float(f"{nums[0][0]:.12g}"), float(f"{nums[1][0]:.12g}")]
        else:
            stated = float(f"{nums[0][0]:.12g}")
            if unit == "params" and float(stated).is_integer():
                stated = int(stated)
        if isinstance(correct, list):
            correct = [round(x, 6) for x in correct]
        elif unit == "params" and abs(correct - round(correct)) < 1e-9:
            correct = round(correct)
        elif abs(correct) >= 1e15:
            correct = float(f"{correct:.9e}")
        else:
            correct = round(correct, 6)
        claim_lines.add((f, line_no))
        out.append(dict(
            id=f"{f}-{seq[f]:02d}", file=FILES[f], line=line_no, figure=c["figure"], occurrence=c["occ"],
            kind=c["kind"], stated=stated, unit=unit, correct=correct, correct_unit=unit, verdict=verdict,
            error=error, lang=lang, hedged=c["hedged"], bound=c["bound"], quoted=c["quoted"], note=c["note"]))
    seen = set()
    for nc in NON_CLAIMS:
        f = nc["f"]
        hits = [i for i, text in enumerate(lines[f], 1) if nc["text"] in text]
        assert len(hits) == 1, (f, nc["text"], hits)
        assert (f, hits[0]) not in claim_lines, (f, hits[0], "non-claim line holds a claim")
        assert (f, hits[0]) not in seen, (f, hits[0], "listed twice")
        seen.add((f, hits[0]))
        assert re.search(r"\d", lines[f][hits[0] - 1]), (f, nc["text"])
        non.append(dict(file=FILES[f], line=hits[0], text=nc["text"], why=nc["why"], lang=f[:2]))
    return {"schema": "vaultkit.claims-truth/1", "claims": out, "non_claims": non}


def summary(data: dict) -> None:
    claims, non = data["claims"], data["non_claims"]
    wrong = [c for c in claims if c["verdict"] == WRONG]
    print(f"notes {len(FILES)}; claims {len(claims)}; wrong {len(wrong)} "
          f"({100 * len(wrong) / len(claims):.1f} %); non-claim lines {len(non)}")
    for lang in ("en", "ru"):
        cl = [c for c in claims if c["lang"] == lang]
        print(f"  {lang}: notes {sum(k.startswith(lang) for k in FILES)}, claims {len(cl)}, "
              f"wrong {sum(c['verdict'] == WRONG for c in cl)}, non-claims {sum(n['lang'] == lang for n in non)}")
    for kind in sorted({c["kind"] for c in claims}):
        row = [f"{lang} {sum(c['kind'] == kind and c['lang'] == lang for c in claims)}"
               f" ({sum(c['kind'] == kind and c['lang'] == lang and c['verdict'] == WRONG for c in claims)})"
               for lang in ("en", "ru")]
        print(f"  {kind:20s} " + "  ".join(row))
    print("  errors:", dict(Counter(c["error"] for c in wrong)))
    print("  non-claims:", dict(Counter(n["why"] for n in non)))


def main() -> None:
    data = build()
    blob = json.dumps(data, ensure_ascii=False, indent=1) + "\n"
    path = HERE / "truth.json"
    if "--check" in sys.argv:
        if not path.exists() or path.read_text(encoding="utf-8") != blob:
            sys.exit("truth.json is stale: run python tests/claims_corpus_d/truth.py")
    else:
        path.write_text(blob, encoding="utf-8")
    summary(data)


if __name__ == "__main__":
    main()
