#!/usr/bin/env python3
"""Independent ground truth for the blind sizing-claims corpus in notes/.

Written without reading vaultkit's code or tests.  Every claim's inputs are
spelled out below; the correct value is recomputed here with plain arithmetic
(own dtype / model / GGUF tables), the tolerance policy of claims-gold.md §5.2
decides holds / wrong, and truth.json is written next to this file.

    python tests/claims_corpus/truth.py          # check + write truth.json
    python tests/claims_corpus/truth.py --check  # check only, compare with committed truth.json

The script fails loudly (AssertionError / SystemExit) when
  * a figure is not found on its stated line (or not the stated occurrence),
  * a non-claim text is not found on its stated line,
  * the verdict computed here differs from the verdict the author intended
    (the 'expect' field) -- i.e. the author's arithmetic was wrong,
  * a claim meant to be wrong is not off by 2x or more (unless it is a
    unit confusion, a wrong unit or a wrong kind),
  * a model's exact parameter count does not follow from its config.
"""
import json
import math
import re
import sys
from collections import Counter
from pathlib import Path

HERE = Path(__file__).resolve().parent
NOTES = HERE / "notes"

# ---------------------------------------------------------------------------
# Facts: bytes per parameter, GGUF bits per weight, model configs
# ---------------------------------------------------------------------------
BYTES = {"fp64": 8, "fp32": 4, "fp16": 2, "bf16": 2, "fp8": 1, "int8": 1,
         "8bit": 1, "int4": 0.5, "4bit": 0.5}
# nf4 with double quantisation (QLoRA): 4 + 8/64 + 32/(64*256) bits/weight
NF4_BPW = 4 + 8 / 64 + 32 / (64 * 256)

# GGUF bits/weight: block types from the ggml tables; file-type mixes as
# measured on Llama-3-8B (llama.cpp tools/quantize/README.md)
BPW = {"F16": 16.0, "Q4_0": 4.5, "Q8_0": 8.5, "Q8_0_file": 8.5008,
       "Q4_K_M_file": 4.8944, "Q5_K_M_file": 5.7036, "IQ2_XXS": 2.0625}

# hidden, MLP inner, layers, heads, kv heads, head dim, vocab, tied, family
CFG = {
    "gpt2":        dict(h=768,  I=3072,  L=12, a=12, k=12, d=64,  V=50257,  tied=True,  fam="gpt2"),
    "gpt2-medium": dict(h=1024, I=4096,  L=24, a=16, k=16, d=64,  V=50257,  tied=True,  fam="gpt2"),
    "gpt2-xl":     dict(h=1600, I=6400,  L=48, a=25, k=25, d=64,  V=50257,  tied=True,  fam="gpt2"),
    "bert-base":   dict(h=768,  I=3072,  L=12, a=12, k=12, d=64,  V=30522,  tied=True,  fam="bert"),
    "bert-large":  dict(h=1024, I=4096,  L=24, a=16, k=16, d=64,  V=30522,  tied=True,  fam="bert"),
    "llama2-7b":   dict(h=4096, I=11008, L=32, a=32, k=32, d=128, V=32000,  tied=False, fam="llama"),
    "llama2-13b":  dict(h=5120, I=13824, L=40, a=40, k=40, d=128, V=32000,  tied=False, fam="llama"),
    "llama2-70b":  dict(h=8192, I=28672, L=80, a=64, k=8,  d=128, V=32000,  tied=False, fam="llama"),
    "llama3-8b":   dict(h=4096, I=14336, L=32, a=32, k=8,  d=128, V=128256, tied=False, fam="llama"),
    "llama3-70b":  dict(h=8192, I=28672, L=80, a=64, k=8,  d=128, V=128256, tied=False, fam="llama"),
    "mistral-7b":  dict(h=4096, I=14336, L=32, a=32, k=8,  d=128, V=32000,  tied=False, fam="llama", window=4096),
    "mixtral":     dict(h=4096, I=14336, L=32, a=32, k=8,  d=128, V=32000,  tied=False, fam="llama", E=8, topk=2),
    "qwen2.5-7b":  dict(h=3584, I=18944, L=28, a=28, k=4,  d=128, V=152064, tied=False, fam="llama", qkv_bias=True),
    "falcon-7b":   dict(h=4544, I=18176, L=32, a=71, k=1,  d=64,  V=65024,  tied=True,  fam="falcon"),
}
# published exact counts (num_parameters()); checked against the formula below
PUBLISHED = {
    "gpt2": 124_439_808, "gpt2-medium": 354_823_168, "gpt2-xl": 1_557_611_200,
    "bert-base": 109_482_240, "bert-large": 335_141_888,
    "llama2-7b": 6_738_415_616, "llama2-13b": 13_015_864_320, "llama2-70b": 68_976_648_192,
    "llama3-8b": 8_030_261_248, "llama3-70b": 70_553_706_496, "mistral-7b": 7_241_732_096,
    "mixtral": 46_702_792_704, "qwen2.5-7b": 7_615_616_512, "falcon-7b": 6_921_720_704,
}


def count_params(c):
    """Own parameter formula (returns total, mlp params of one expert)."""
    h, I, L, a, k, d, V = c["h"], c["I"], c["L"], c["a"], c["k"], c["d"], c["V"]
    if c["fam"] in ("gpt2", "bert"):
        attn = 4 * h * h + 4 * h
        mlp = 2 * h * I + I + h
        layer = attn + mlp + 4 * h            # two LayerNorms
        if c["fam"] == "gpt2":
            total = L * layer + V * h + 1024 * h + 2 * h
        else:                                  # BertModel: word + pos(512) + type(2) + emb LN + pooler
            total = L * layer + V * h + 512 * h + 2 * h + 2 * h + h * h + h
        return total, mlp
    if c["fam"] == "falcon":                   # parallel attn, MQA, one LN per layer, no biases
        attn = h * a * d + 2 * h * k * d + a * d * h
        mlp = 2 * h * I
        total = L * (attn + mlp + 2 * h) + V * h + 2 * h
        return total, mlp
    attn = h * a * d + 2 * h * k * d + a * d * h
    if c.get("qkv_bias"):
        attn += a * d + 2 * k * d
    mlp = 3 * h * I
    E = c.get("E", 1)
    moe = E * mlp + (h * E if E > 1 else 0)
    total = L * (attn + moe + 2 * h) + V * h * (1 if c["tied"] else 2) + h
    return total, mlp


P = {}
for name, c in CFG.items():
    total, _ = count_params(c)
    assert total == PUBLISHED[name], (name, total, PUBLISHED[name])
    P[name] = total
_mx_total, _mx_mlp = count_params(CFG["mixtral"])
P["mixtral-active"] = _mx_total - CFG["mixtral"]["L"] * (8 - 2) * _mx_mlp
assert P["mixtral-active"] == 12_879_925_248


def W(model, dtype):
    """weight bytes at a nominal dtype"""
    return P[model] * BYTES[dtype]


def KV(model, tokens=1, batch=1, p=2, window=True):
    """KV-cache bytes: 2 * L * kv_heads * head_dim * tokens * batch * bytes"""
    c = CFG[model]
    if window and c.get("window"):
        tokens = min(tokens, c["window"])
    return 2 * c["L"] * c["k"] * c["d"] * tokens * batch * p


def QF(model, bpw):
    """quantized file bytes for a bits/weight figure"""
    return P[model] * bpw / 8


# ---------------------------------------------------------------------------
# Units and number parsing
# ---------------------------------------------------------------------------
SCALE = {
    "GB": 1e9, "ГБ": 1e9, "GiB": 2**30, "ГиБ": 2**30, "MB": 1e6, "МБ": 1e6,
    "MiB": 2**20, "МиБ": 2**20, "KiB": 2**10, "КиБ": 2**10, "KB": 1e3,
    "bytes": 1, "байт": 1, "bytes/param": 1, "байт/параметр": 1,
    "TB/s": 1e12, "ТБ/с": 1e12, "tokens/s": 1, "токенов/с": 1,
    "params": 1, "B": 1e9, "M": 1e6, "млрд": 1e9, "млн": 1e6,
    "tokens": 1, "токенов": 1, "%": 1, "×": 1, "bits/weight": 1, "бит/вес": 1,
}
ALT = {"GB": "GiB", "GiB": "GB", "ГБ": "ГиБ", "ГиБ": "ГБ", "MB": "MiB", "MiB": "MB",
       "МБ": "МиБ", "МиБ": "МБ", "KB": "KiB", "KiB": "KB"}
DECIMAL_UNITS = {"GB", "ГБ", "MB", "МБ", "KB"}

NUM_RE = re.compile(r"\d(?:[\d\u00a0\u202f ,.]*\d)?")


def parse_number(text, lang):
    """Return (value, tolerance) of the leading number in text (§5.2 tiers 1-2)."""
    m = NUM_RE.match(text)
    assert m, text
    raw = m.group(0)
    s = re.sub(r"[\u00a0\u202f ]", "", raw)
    if lang == "en":
        s = s.replace(",", "")                       # English: comma groups
    else:
        if s.count(",") == 1:                        # Russian: decimal comma
            s = s.replace(",", ".")
        else:
            s = s.replace(",", "")
    value = float(s)
    if "." in s:
        decimals = len(s.split(".")[1])
        tol = 0.5 * 10 ** -decimals
    else:
        z = len(s) - len(s.rstrip("0")) if s.strip("0") else 0
        tol = 0.5 * 10 ** z                          # '60' -> +-5, '28' -> +-0.5
    return value, tol, m.end()


def parse_figure(figure, lang):
    """A figure is a number or a range a–b, followed by its unit."""
    a, ta, end = parse_number(figure, lang)
    rest = figure[end:]
    if rest.startswith("–"):
        b, tb, _ = parse_number(rest[1:], lang)
        return (a, b), (ta, tb)
    return a, ta


# ---------------------------------------------------------------------------
# Tolerance policy (claims-gold.md §5.2)
# ---------------------------------------------------------------------------
def within(value, stated, tol, mode, qfile):
    if mode == "approx":
        tol = max(tol, 0.10 * abs(stated))
    if qfile:
        tol = max(tol, 0.02 * abs(stated))
    eps = 1e-9 * max(1.0, abs(stated))
    if mode == "upper":
        return value <= stated + tol + eps
    if mode == "lower":
        return value >= stated - tol - eps
    return abs(value - stated) <= tol + eps


def matches(correct, stated, tol, mode, qfile):
    if isinstance(stated, tuple):
        (a, b), (ta, tb) = stated, tol
        if isinstance(correct, tuple):
            return within(correct[0], a, ta, mode, qfile) and within(correct[1], b, tb, mode, qfile)
        return a - ta <= correct <= b + tb
    return within(correct, stated, tol, mode, qfile)


def in_unit(base, unit):
    if isinstance(base, tuple):
        return tuple(x / SCALE[unit] for x in base)
    return base / SCALE[unit]


def off_factor(stated, correct):
    pairs = zip(stated, correct) if isinstance(stated, tuple) else [(stated, correct)]
    return min(max(s / c, c / s) for s, c in pairs)


# ---------------------------------------------------------------------------
# Files
# ---------------------------------------------------------------------------
F = {
    "E1": "en_01_llama2_13b_serving.md", "E2": "en_02_quantization_primer.md",
    "E3": "en_03_kv_cache_gqa.md", "E4": "en_04_finetune_memory_budget.md",
    "E5": "en_05_gguf_on_laptop.md", "E6": "en_06_counting_gpt2_bert.md",
    "E7": "en_07_mixtral_moe.md", "E8": "en_08_gpu_fit_checklist.md",
    "R1": "ru_01_vesa_llama3.md", "R2": "ru_02_kv_kesh.md",
    "R3": "ru_03_obuchenie_pamyat.md", "R4": "ru_04_gguf_llamacpp.md",
    "R5": "ru_05_propusknaya_sposobnost.md", "R6": "ru_06_parametry_iz_konfiga.md",
    "R7": "ru_07_sravnenie_formatov.md", "R8": "ru_08_plan_inferensa.md",
}

CLAIMS = []
NON_CLAIMS = []


def C(f, line, figure, kind, unit, base, expect, note, occ=1, mode="exact", qfile=False, quoted=False):
    """One claim.  base = correct value in base units (bytes, params, tokens,
    tokens/s, bytes/s, ratio, percent, bits/weight); a 2-tuple for ranges.
    expect = 'holds' or the intended error label.  quoted = the note attributes
    the figure to someone else or itself says it is wrong (still a stated figure)."""
    CLAIMS.append(dict(f=f, line=line, figure=figure, kind=kind, unit=unit, base=base,
                       expect=expect, note=note, occ=occ, mode=mode, qfile=qfile, quoted=quoted))


def N(f, line, text, why):
    NON_CLAIMS.append(dict(f=f, line=line, text=text, why=why))


NB = "\u00a0"     # no-break space used as thousands separator in some Russian notes
NNB = "\u202f"    # narrow no-break space
GiB = 2**30

# ---------------------------------------------------------------- en_01 ----
C("E1", 27, "13,015,864,320", "params", "params", P["llama2-13b"], "holds", "Llama-2-13B num_parameters()")
C("E1", 31, "26.0 GB", "weights", "GB", W("llama2-13b", "fp16"), "holds", "13,015,864,320 x 2 B (dtype: fp16 from properties)")
C("E1", 31, "24.2 GiB", "weights", "GiB", W("llama2-13b", "fp16"), "holds", "26.03e9 B / 2^30", mode="approx")
C("E1", 33, "6.5 GB", "weights", "GB", W("llama2-13b", "int8"), "off_2x", "int8: 13,015,864,320 x 1 B = 13.02 GB (6.5 GB is int4)")
C("E1", 37, "800 KiB", "kv_cache_per_token", "KiB", KV("llama2-13b"), "holds", "2*40*40*128*2 B = 819,200 B")
C("E1", 39, "3.36 GB", "kv_cache_total", "GB", KV("llama2-13b", 4096), "holds", "819,200 B x 4096")
C("E1", 40, "26.8 GB", "kv_cache_total", "GB", KV("llama2-13b", 4096, 16), "off_2x", "819,200 B x 4096 x 16 = 53.69 GB")
C("E1", 41, "26 GB", "kv_cache_total", "GB", KV("llama2-13b", 4096), "wrong_kind", "KV for one 4k sequence is 3.36 GB; 26 GB is the fp16 weights", mode="approx", quoted=True)
C("E1", 48, "78 tokens/s", "throughput", "tokens/s", 2039e9 / W("llama2-13b", "fp16"), "holds", "2039 GB/s / 26.03 GB", mode="approx")
C("E1", 48, "75–80 %", "percentage", "%", 100 * 61 / (2039e9 / W("llama2-13b", "fp16")), "holds", "61 / 78.3 tokens/s = 77.9 %")
C("E1", 50, "13.0 GB", "weights", "GB", W("llama2-13b", "int8"), "holds", "13,015,864,320 x 1 B")
C("E1", 50, "320 tokens/s", "throughput", "tokens/s", 2039e9 / W("llama2-13b", "int8"), "off_2x", "2039 GB/s / 13.02 GB = 156.7 tokens/s", mode="approx")
N("E1", 7, "2024-02-19", "date")
N("E1", 14, "https://arxiv.org/abs/2307.09288 (released 2023-07-18)", "url")
N("E1", 20, "| layers | 40 |", "other")
N("E1", 24, "| hidden | 5120 |", "other")
N("E1", 44, "vLLM v0.4.2 (built against CUDA 12.1)", "version")
N("E1", 54, "MMLU 54.8", "score")

# ---------------------------------------------------------------- en_02 ----
C("E2", 29, "25 %", "percentage", "%", 100 * (1 - BYTES["int4"] / BYTES["fp16"]), "off_2x", "1 - 0.5/2 = 75 % saved")
C("E2", 30, "2×", "ratio", "×", BYTES["fp16"] / BYTES["int8"], "holds", "2 B / 1 B")
C("E2", 30, "8 times", "ratio", "×", BYTES["fp32"] / BYTES["int8"], "off_2x", "4 B / 1 B = 4")
C("E2", 35, "7,241,732,096", "params", "params", P["mistral-7b"], "holds", "Mistral-7B-v0.1 exact count")
C("E2", 37, "3.6 GB", "weights", "GB", W("mistral-7b", "4bit"), "holds", "7.2417e9 x 0.5 B")
C("E2", 37, "7.2 GB", "weights", "GB", W("mistral-7b", "int8"), "holds", "7.2417e9 x 1 B")
C("E2", 37, "57.9 GB", "weights", "GB", W("mistral-7b", "fp32"), "off_2x", "7.2417e9 x 4 B = 28.97 GB")
C("E2", 39, "14 GB", "weights", "GB", 7e9 * 2, "holds", "7 x 10^9 x 2 B")
C("E2", 39, r"7\,\text{GB}", "weights", "GB", 7e9 * 0.5, "off_2x", "7 x 10^9 x 0.5 B = 3.5 GB")
C("E2", 43, "14.5 GB", "weights", "GB", W("mistral-7b", "bf16"), "holds", "7,241,732,096 x 2 / 1e9")
C("E2", 44, "1.7 GiB", "weights", "GiB", W("mistral-7b", "int4"), "off_2x", "7,241,732,096 x 0.5 / 2^30 = 3.37 GiB", mode="approx")
C("E2", 49, "3.5 GB", "weights", "GB", P["llama2-7b"] * NF4_BPW / 8, "holds", "6.738e9 x 4.127 bit (nf4+DQ) / 8 = 3.48 GB", mode="approx")
C("E2", 51, "26 GB", "weights", "GB", P["llama2-13b"] * NF4_BPW / 8, "off_2x", "13.016e9 x 4.127 bit / 8 = 6.71 GB", mode="approx")
N("E2", 17, r"2^{b} - 1", "latex equation")
N("E2", 21, r"1. $q \in \{0, \dots, 2^{b} - 1\}$", "derivation")
N("E2", 22, r"2. $b = 4 \Rightarrow 2^{4} = 16$ levels", "derivation")
N("E2", 23, "3. $= 15$ steps", "derivation")
N("E2", 25, "https://arxiv.org/abs/2210.17323", "url")
N("E2", 56, "Dettmers et al. 2023, QLoRA, p. 4", "other")

# ---------------------------------------------------------------- en_03 ----
C("E3", 19, "131,072 bytes", "kv_cache_per_token", "bytes", KV("llama3-8b"), "holds", "2*32*8*128*2")
C("E3", 19, "128 KiB", "kv_cache_per_token", "KiB", KV("llama3-8b"), "holds", "131,072 B / 1024")
C("E3", 21, "1 GiB", "kv_cache_total", "GiB", KV("llama3-8b", 8192), "holds", "128 KiB x 8192")
C("E3", 21, "32 GiB", "kv_cache_total", "GiB", KV("llama3-8b", 8192, 32), "holds", "1 GiB x 32")
C("E3", 21, "68.7 GB", "kv_cache_total", "GB", KV("llama3-8b", 8192, 32), "off_2x", "32 GiB = 34.36 GB", mode="approx")
C("E3", 25, "4×", "ratio", "×", KV("llama2-7b") / KV("llama3-8b"), "holds", "512 KiB / 128 KiB")
C("E3", 25, "64 GiB", "kv_cache_total", "GiB", KV("llama2-7b", 8192, 32), "off_2x", "512 KiB x 8192 x 32 = 128 GiB")
C("E3", 29, "112 KiB", "kv_cache_per_token", "KiB", KV("qwen2.5-7b"), "off_2x", "2*28*4*128*2 = 57,344 B = 56 KiB")
C("E3", 29, "14 GiB", "kv_cache_total", "GiB", KV("qwen2.5-7b", 131072), "off_2x", "56 KiB x 131,072 = 7 GiB")
C("E3", 31, "8 KiB", "kv_cache_per_token", "KiB", KV("falcon-7b"), "holds", "2*32*1*64*2 = 8192 B")
C("E3", 31, "16 MB", "kv_cache_total", "MB", KV("falcon-7b", 2048), "gib_as_gb", "8 KiB x 2048 = 16 MiB = 16.78 MB")
C("E3", 31, "64 MB", "kv_cache_total", "MB", KV("falcon-7b", 2048), "off_2x", "16.78 MB", mode="approx", quoted=True)
C("E3", 35, "512 MiB", "kv_cache_total", "MiB", KV("mistral-7b", 32768), "holds", "window 4096: 128 KiB x min(32768, 4096)", mode="upper")
C("E3", 35, "14.5 GB", "kv_cache_total", "GB", KV("mistral-7b", 32768), "wrong_kind", "KV with 4096 window = 0.537 GB; 14.5 GB is the bf16 weights", mode="approx", quoted=True)
C("E3", 43, "1.75", "kv_cache_total", "GiB", KV("qwen2.5-7b", 32768), "holds", "2*28*4*128*32768*2 / 2^30 (code divides by 2**30)")
C("E3", 44, "8.6 GB", "kv_cache_total", "GB", KV("llama3-8b", 4096, 8), "off_2x", "2*32*8*128*4096*8*2 / 1e9 = 4.29 GB")
N("E3", 11, r"M_{\text{KV}} = 2 \cdot L", "latex equation")
N("E3", 15, "https://arxiv.org/abs/2305.13245", "url")
N("E3", 17, "(32 layers, 8 KV heads, head dim 128)", "other")
N("E3", 51, "reported 98.2 vs 98.6", "score")

# ---------------------------------------------------------------- en_04 ----
C("E4", 16, "16 bytes", "arithmetic", "bytes", 2 + 2 + 12, "holds", "2 + 2 + 12")
C("E4", 18, "108 GB", "training", "GB", P["llama2-7b"] * 16, "holds", "6.738e9 x 16 B", mode="approx")
C("E4", 18, "107.8 GiB", "training", "GiB", P["llama2-7b"] * 16, "gb_as_gib", "107.8e9 B = 100.4 GiB")
C("E4", 19, "208 GB", "training", "GB", 13.0e9 * 16, "holds", "13.0e9 x 16 B (exact count gives 208.25 GB)")
C("E4", 20, "58 GB", "training", "GB", P["mistral-7b"] * 16, "off_2x", "7.2417e9 x 16 B = 115.9 GB")
C("E4", 21, "27 GB", "training", "GB", P["llama2-7b"] * 16 / 8, "off_2x", "107.8 GB / 8 = 13.5 GB")
C("E4", 25, "12 bytes/param", "arithmetic", "bytes/param", 2 + 4 + 4 + 2, "holds", "2 + 4 + 4 + 2")
C("E4", 25, "89.7 GB", "training", "GB", P["llama3-8b"] * 12, "gib_as_gb", "8.03e9 x 12 B = 96.36 GB = 89.7 GiB")
C("E4", 25, "128 MB", "training", "MB", P["llama3-8b"] * 16, "wrong_unit", "8.03e9 x 16 B = 128.5 GB")
C("E4", 29, "8,388,608", "params", "params", 32 * 2 * 16 * (4096 + 4096), "holds", "32*2*16*8192")
C("E4", 29, "1.2 %", "percentage", "%", 100 * 32 * 2 * 16 * 8192 / P["llama2-7b"], "off_2x", "8,388,608 / 6,738,415,616 = 0.124 %")
C("E4", 31, "671 MB", "training", "MB", 32 * 2 * 16 * 8192 * 8, "off_2x", "8,388,608 x 8 B = 67.1 MB")
N("E4", 5, "2024-03-12", "date")
N("E4", 10, "Budget approved on 2024-03-12 after a call with 4 people", "date")
N("E4", 12, "https://arxiv.org/abs/1910.02054), section 3.1, p. 3", "url")
N("E4", 37, r"\tfrac{1}{2}\left(1 + \cos", "latex equation")
N("E4", 39, "P(|x − μ| < 1σ) = 68.27 %", "probability")
N("E4", 43, "INFRA-2291", "other")

# ---------------------------------------------------------------- en_05 ----
C("E5", 21, "4.89 bits/weight", "quantized_file", "bits/weight", BPW["Q4_K_M_file"], "holds", "measured Q4_K_M mix on Llama-3-8B: 4.8944 bpw", mode="approx")
C("E5", 23, "8,030,261,248", "params", "params", P["llama3-8b"], "holds", "Llama-3-8B exact count")
C("E5", 25, "14.96 GiB", "quantized_file", "GiB", QF("llama3-8b", BPW["F16"]), "holds", "8.03e9 x 16 bit / 8 / 2^30", qfile=True)
C("E5", 26, "4.58 GiB", "quantized_file", "GiB", QF("llama3-8b", BPW["Q4_K_M_file"]), "holds", "8.03e9 x 4.8944 bpw / 8 / 2^30", qfile=True)
C("E5", 26, "4.9 GB", "quantized_file", "GB", QF("llama3-8b", BPW["Q4_K_M_file"]), "holds", "8.03e9 x 4.8944 / 8 = 4.91 GB", qfile=True)
C("E5", 27, "5.33 GiB", "quantized_file", "GiB", QF("llama3-8b", BPW["Q5_K_M_file"]), "holds", "8.03e9 x 5.7036 / 8 / 2^30", qfile=True)
C("E5", 28, "8.53 GB", "quantized_file", "GB", QF("llama3-8b", BPW["Q8_0"]), "holds", "8,030,261,248 x 8.5 / 8", qfile=True)
C("E5", 30, "7.95 GB", "quantized_file", "GB", QF("llama3-8b", BPW["Q8_0_file"]), "gib_as_gb", "8.53 GB = 7.95 GiB", qfile=True, quoted=True)
C("E5", 32, "3.3×", "ratio", "×", BPW["F16"] / BPW["Q4_K_M_file"], "holds", "16 / 4.8944", mode="approx")
C("E5", 32, "16 times", "ratio", "×", BPW["F16"] / BPW["IQ2_XXS"], "off_2x", "16 / 2.0625 = 7.76", quoted=True)
C("E5", 36, "8.1 GB", "quantized_file", "GB", QF("mistral-7b", BPW["Q4_0"]), "off_2x", "7.2417e9 x 4.5 / 8 = 4.07 GB", mode="approx", qfile=True)
C("E5", 37, "17.2 GB", "quantized_file", "GB", QF("llama2-70b", BPW["Q4_0"]), "off_2x", "68.98e9 x 4.5 / 8 = 38.8 GB", qfile=True, quoted=True)
C("E5", 41, "128 KiB", "kv_cache_per_token", "KiB", KV("llama3-8b"), "holds", "2*32*8*128*2")
C("E5", 41, "4 GiB", "kv_cache_total", "GiB", KV("llama3-8b", 8192), "off_2x", "128 KiB x 8192 = 1 GiB")
N("E5", 45, "6.23 for Q4_K_M vs 6.14 for F16", "score")
N("E5", 47, "Tested on 2024-06-02 with macOS 14.5.", "date")

# ---------------------------------------------------------------- en_06 ----
C("E6", 24, "38,597,376", "params", "params", 50257 * 768, "holds", "50,257 x 768")
C("E6", 25, "1,572,864", "params", "params", 1024 * 768, "arithmetic", "1024 x 768 = 786,432")
C("E6", 26, "7,087,872", "params", "params", 12 * 768**2 + 13 * 768, "holds", "12h^2 + 13h, h = 768")
C("E6", 26, "42,527,232", "params", "params", 12 * (12 * 768**2 + 13 * 768), "arithmetic", "12 x 7,087,872 = 85,054,464")
C("E6", 27, "124,439,808", "params", "params", P["gpt2"], "holds", "GPT-2 small exact count")
C("E6", 31, "354,823,168", "params", "params", P["gpt2-medium"], "holds", "gpt2-medium exact count")
C("E6", 31, "0.71 GB", "weights", "GB", W("gpt2-medium", "fp32"), "off_2x", "354.8e6 x 4 B = 1.42 GB")
C("E6", 31, "1.56 B", "params", "B", P["gpt2-xl"], "holds", "1,557,611,200")
C("E6", 31, "6.2 GB", "weights", "GB", W("gpt2-xl", "fp16"), "off_2x", "1.5576e9 x 2 B = 3.12 GB")
C("E6", 37, "1,557,611,200", "params", "params", 48 * (12 * 1600**2 + 13 * 1600) + 50257 * 1600 + 1024 * 1600 + 2 * 1600, "holds", "code: L*(12h^2+13h) + Vh + 1024h + 2h")
C("E6", 38, "2971 MiB", "weights", "MiB", W("gpt2-xl", "fp16"), "holds", "1,557,611,200 x 2 / 2^20 = 2970.9", mode="approx")
C("E6", 39, "3.1 GB", "weights", "GB", W("gpt2-xl", "fp32"), "arithmetic", "1,557,611,200 x 4 / 1e9 = 6.23")
C("E6", 44, "109,482,240", "params", "params", P["bert-base"], "holds", "bert-base-uncased exact count")
C("E6", 44, "219 MB", "weights", "MB", W("bert-base", "fp32"), "off_2x", "109.48e6 x 4 B = 437.9 MB")
C("E6", 44, "335,141,888", "params", "params", P["bert-large"], "holds", "bert-large-uncased exact count")
C("E6", 44, "1.34 GB", "weights", "GB", W("bert-large", "fp16"), "off_2x", "335.1e6 x 2 B = 0.670 GB")
C("E6", 52, "38.6M", "params", "M", 50257 * 768, "holds", "50,257 x 768 = 38,597,376")
C("E6", 52, "124.4M", "params", "M", P["gpt2"], "holds", "124,439,808")
C("E6", 52, "15 %", "percentage", "%", 100 * 50257 * 1600 / P["gpt2-xl"], "off_2x", "50,257 x 1600 / 1,557,611,200 = 5.2 %")
N("E6", 9, "(week 6, 9 attendees)", "other")
N("E6", 15, r"1. $P_{\text{attn}} = 4h^{2} + 4h$", "derivation")
N("E6", 16, r"2. $P_{\text{mlp}} = 2 \cdot h \cdot 4h + 4h + h$", "derivation")
N("E6", 17, r"3. $= 8h^{2} + 5h$", "derivation")
N("E6", 18, r"4. $P_{\text{ln}} = 2 \cdot 2h = 4h$", "derivation")
N("E6", 20, r"$12h^{2} + 13h$", "latex equation")
N("E6", 22, "(h = 768, L = 12, V = 50,257, P = 1024)", "other")
N("E6", 34, "h, L, V = 1600, 48, 50257", "other")
N("E6", 46, r"\sqrt{\sigma^{2} + \epsilon}", "latex equation")
N("E6", 48, "GLUE score for BERT-base was 79.6", "score")

# ---------------------------------------------------------------- en_07 ----
C("E7", 14, "46,702,792,704", "params", "params", P["mixtral"], "holds", "Mixtral-8x7B exact count")
C("E7", 14, "12.9 B", "params", "B", P["mixtral-active"], "holds", "total - 32 x 6 x 3 x 4096 x 14336 = 12.88e9", mode="approx")
C("E7", 14, "27.6 %", "percentage", "%", 100 * P["mixtral-active"] / P["mixtral"], "holds", "12.88 / 46.70")
C("E7", 18, "93.4 GB", "weights", "GB", W("mixtral", "bf16"), "holds", "46.70e9 x 2 B")
C("E7", 18, "46.7 GB", "weights", "GB", W("mixtral", "int4"), "off_2x", "46.70e9 x 0.5 B = 23.35 GB")
C("E7", 24, "25.8 GB", "weights", "GB", P["mixtral-active"] * 2, "holds", "12.88e9 active x 2 B", mode="approx")
C("E7", 24, "130 tokens/s", "throughput", "tokens/s", 3.35e12 / (P["mixtral-active"] * 2), "holds", "3.35 TB/s / 25.76 GB", mode="approx")
C("E7", 24, "93.4 GB", "weights", "GB", W("mixtral", "bf16"), "holds", "46.70e9 x 2 B (restated)")
C("E7", 24, "72 tok/s", "throughput", "tokens/s", 3.35e12 / W("mixtral", "bf16"), "off_2x", "3.35 TB/s / 93.4 GB = 35.9", mode="approx")
C("E7", 28, "128 MiB", "kv_cache_per_token", "MiB", KV("mixtral"), "wrong_unit", "2*32*8*128*2 = 131,072 B = 128 KiB")
C("E7", 28, "4.0 GB", "kv_cache_total", "GB", KV("mixtral", 32768), "gib_as_gb", "128 KiB x 32768 = 4 GiB = 4.29 GB")
C("E7", 28, "64 GiB", "kv_cache_total", "GiB", KV("mixtral", 32768, 8), "off_2x", "4 GiB x 8 = 32 GiB")
N("E7", 10, "arXiv:2401.04088", "url")
N("E7", 32, "MMLU 70.6 vs 69.9", "score")
N("E7", 33, "$0.70 per 1M tokens (input)", "price")
N("E7", 34, "Release: 2023-12-11", "date")

# ---------------------------------------------------------------- en_08 ----
C("E8", 16, "141 GB", "weights", "GB", W("llama3-70b", "bf16"), "holds", "70.55e9 x 2 B (dtype column)")
C("E8", 17, "70.6 GB", "weights", "GB", W("llama3-70b", "fp8"), "holds", "70.55e9 x 1 B")
C("E8", 18, "17.6 GB", "weights", "GB", W("llama3-70b", "int4"), "off_2x", "70.55e9 x 0.5 B = 35.3 GB")
C("E8", 19, "15.2 GB", "weights", "GB", W("qwen2.5-7b", "bf16"), "holds", "7.6156e9 x 2 B")
C("E8", 20, "7.09 GB", "weights", "GB", W("qwen2.5-7b", "int8"), "gib_as_gb", "7.6156e9 B = 7.62 GB = 7.09 GiB")
C("E8", 21, "13.8 GB", "weights", "GB", W("falcon-7b", "fp32"), "off_2x", "6.9217e9 x 4 B = 27.7 GB")
C("E8", 27, "25.1", "weights", "GiB", W("llama2-7b", "fp16"), "off_2x", "6.738e9 x 2 B / 2^30 = 12.55 GiB (header: fp16 (GiB))")
C("E8", 27, "6.28", "weights", "GiB", W("llama2-7b", "int8"), "holds", "6.738e9 x 1 B / 2^30")
C("E8", 28, "128.5", "weights", "GiB", W("llama2-70b", "fp16"), "holds", "68.98e9 x 2 B / 2^30 = 128.48", occ=1)
C("E8", 28, "128.5", "weights", "GiB", W("llama2-70b", "int8"), "off_2x", "68.98e9 x 1 B / 2^30 = 64.24 GiB", occ=2, quoted=True)
C("E8", 34, "35–70 GB", "range", "GB", (W("llama3-70b", "bf16") / 4, W("llama3-70b", "bf16") / 2), "holds", "141.1 GB / 4 .. / 2 = 35.3–70.6")
C("E8", 35, "13–26 GB", "range", "GB", (W("llama2-13b", "4bit"), W("llama2-13b", "8bit")), "off_2x", "13.016e9 x 0.5 .. x 1 B = 6.5–13.0 GB", quoted=True)
C("E8", 36, "70.6 GB", "weights", "GB", W("llama3-70b", "fp8"), "holds", "70.55e9 x 1 B")
C("E8", 36, "65.7 GiB", "weights", "GiB", W("llama3-70b", "fp8"), "holds", "70.55e9 / 2^30")
C("E8", 36, "14 GiB", "arithmetic", "GiB", 80 * GiB - W("llama3-70b", "fp8"), "holds", "80 GiB - 65.7 GiB = 14.3 GiB")
C("E8", 37, "104 GB", "weights", "GB", 4 * 13e9 * 2, "holds", "4 x 13e9 x 2 B")
C("E8", 38, r"140\,\text{GB}", "weights", "GB", 70e9 * 2, "holds", "70e9 x 2 B")
C("E8", 38, r"34\,\text{GB}", "weights", "GB", 34e9 * 2, "off_2x", "34e9 x 2 = 68 GB")
N("E8", 5, "2024-08-05", "date")
N("E8", 42, "about $30,000 in 2024; rented at $2.49/hour", "price")
N("E8", 46, "https://docs.vllm.ai/en/v0.5.3/serving/distributed_serving.html", "url")

# ---------------------------------------------------------------- ru_01 ----
C("R1", 15, f"8{NB}030{NB}261{NB}248", "params", "params", P["llama3-8b"], "holds", "Llama-3-8B exact count")
C("R1", 15, "8,03 млрд", "params", "млрд", P["llama3-8b"], "holds", "8.03e9", mode="approx")
C("R1", 17, "16,06 ГБ", "weights", "ГБ", W("llama3-8b", "bf16"), "holds", "8.03e9 x 2 B (dtype: bf16 from properties)")
C("R1", 17, "14,96 ГиБ", "weights", "ГиБ", W("llama3-8b", "bf16"), "holds", "16.06e9 / 2^30")
C("R1", 21, "8,03 ГБ", "weights", "ГБ", W("llama3-8b", "8bit"), "holds", "8.03e9 x 1 B")
C("R1", 22, "8,0 ГБ", "weights", "ГБ", W("llama3-8b", "4bit"), "off_2x", "8.03e9 x 0.5 B = 4.02 GB")
C("R1", 23, "16 ГБ", "weights", "ГБ", W("llama3-8b", "fp32"), "off_2x", "8.03e9 x 4 B = 32.1 GB")
C("R1", 25, "141 ГБ", "weights", "ГБ", W("llama3-70b", "bf16"), "holds", "70.55e9 x 2 B")
C("R1", 25, "70 ГБ", "weights", "ГБ", W("llama3-70b", "int4"), "off_2x", "70.55e9 x 0.5 B = 35.3 GB", mode="approx")
C("R1", 25, "70,6 МБ", "weights", "МБ", W("llama3-70b", "int8"), "wrong_unit", "70.55e9 x 1 B = 70.6 GB, not MB")
C("R1", 29, "4 раза", "ratio", "×", BYTES["bf16"] / BYTES["int4"], "holds", "2 / 0.5", occ=1)
C("R1", 29, "4 раза", "ratio", "×", BYTES["fp32"] / BYTES["fp8"], "holds", "4 / 1", occ=2)
C("R1", 29, "8 раз", "ratio", "×", BYTES["fp16"] / BYTES["int8"], "off_2x", "2 / 1 = 2", quoted=True)
C("R1", 35, "13,5 ГБ", "weights", "ГБ", W("llama2-7b", "fp16"), "holds", "6.738e9 x 2 B (fp16 from the paragraph before)")
C("R1", 36, "52 ГБ", "weights", "ГБ", W("llama2-13b", "fp16"), "off_2x", "13.016e9 x 2 B = 26.0 GB")
N("R1", 11, "18 апреля 2024 г., анонс: https://ai.meta.com/blog/meta-llama-3/", "date")
N("R1", 40, "MMLU 66,6 (8B, 5-shot) и 79,5 (70B)", "score")

# ---------------------------------------------------------------- ru_02 ----
C("R2", 19, f"524{NB}288 байт", "kv_cache_per_token", "байт", KV("llama2-7b"), "holds", "2*32*32*128*2")
C("R2", 19, "512 КиБ", "kv_cache_per_token", "КиБ", KV("llama2-7b"), "holds", "524,288 / 1024")
C("R2", 21, "2 ГиБ", "kv_cache_total", "ГиБ", KV("llama2-7b", 4096), "holds", "512 KiB x 4096")
C("R2", 21, "4,3 ГБ", "kv_cache_total", "ГБ", KV("llama2-7b", 4096), "off_2x", "2 GiB = 2.15 GB", mode="approx")
C("R2", 21, "64 ГиБ", "kv_cache_total", "ГиБ", KV("llama2-7b", 4096, 16), "off_2x", "2 GiB x 16 = 32 GiB")
C("R2", 25, "320 КиБ", "kv_cache_per_token", "КиБ", KV("llama2-70b"), "holds", "2*80*8*128*2 = 327,680 B")
C("R2", 25, "20 ГиБ", "kv_cache_total", "ГиБ", KV("llama2-70b", 4096, 8), "off_2x", "320 KiB x 4096 x 8 = 10 GiB")
C("R2", 25, "8 раз", "ratio", "×", 64 / 8, "holds", "64 / 8 KV heads")
C("R2", 29, "26 ГБ", "kv_cache_total", "ГБ", KV("llama2-13b", 4096), "wrong_kind", "800 KiB x 4096 = 3.36 GB; 26 GB is the fp16 weights", mode="approx", quoted=True)
C("R2", 33, "56 КиБ", "kv_cache_per_token", "КиБ", KV("qwen2.5-7b"), "holds", "2*28*4*128*2")
C("R2", 33, "9 раз", "ratio", "×", KV("llama2-7b") / KV("qwen2.5-7b"), "holds", "512 / 56 = 9.14")
C("R2", 33, "1,75 ГБ", "kv_cache_total", "ГБ", KV("qwen2.5-7b", 32768), "gib_as_gb", "56 KiB x 32768 = 1.75 GiB = 1.88 GB")
C("R2", 37, "32 КиБ", "kv_cache_per_token", "КиБ", KV("llama3-8b", p=1), "off_2x", "2*32*8*128*1 = 64 KiB")
N("R2", 11, r"M_{KV} = 2 \cdot L", "latex equation")
N("R2", 15, "https://arxiv.org/abs/2309.06180 (vLLM v0.3.3", "url")
N("R2", 17, "(32 слоя, 32 KV-головы, d = 128)", "other")
N("R2", 41, "P(hit) = 0,73", "probability")

# ---------------------------------------------------------------- ru_03 ----
C("R3", 13, "18 байт", "arithmetic", "байт", 2 + 4 + 4 + 8, "holds", "2 + 4 + 4 + 8")
C("R3", 27, "130 ГБ", "training", "ГБ", 7.24e9 * 18, "holds", "7.24e9 x 18 B = 130.3 GB")
C("R3", 28, "68,5 ГБ", "training", "ГБ", P["qwen2.5-7b"] * 18, "off_2x", "7.6156e9 x 18 B = 137.1 GB")
C("R3", 29, "117 ГБ", "training", "ГБ", P["llama2-13b"] * 18, "off_2x", "13.016e9 x 18 B = 234.3 GB", mode="approx")
C("R3", 30, "58,6 ГБ", "training", "ГБ", P["llama2-13b"] * 18 / 8, "off_2x", "234.3 GB / 8 = 29.3 GB")
C("R3", 32, "16 байт", "arithmetic", "байт", 4 + 4 + 8, "holds", "4 + 4 + 8")
C("R3", 32, "24,9 ГБ", "training", "ГБ", P["gpt2-xl"] * 16, "holds", "1.5576e9 x 16 B")
C("R3", 36, "23,2 ГБ", "training", "ГБ", P["gpt2-xl"] * 16, "gib_as_gb", "24.92 GB = 23.2 GiB")
C("R3", 37, "60,6 ГБ", "training", "ГБ", P["llama2-7b"] * 18, "off_2x", "6.738e9 x 18 B = 121.3 GB")
C("R3", 41, "17,2 ГБ", "weights", "ГБ", W("llama2-70b", "4bit"), "off_2x", "68.98e9 x 0.5 B = 34.5 GB")
C("R3", 43, "33,6 млн", "params", "млн", 32 * 4 * 64 * (4096 + 4096), "arithmetic", "32*4*64*8192 = 67.1 M")
C("R3", 43, "1 %", "percentage", "%", 100 * 32 * 4 * 64 * 8192 / P["llama2-7b"], "holds", "67.1 M / 6738 M = 1.0 %", mode="approx")
N("R3", 9, "стр. 7 статьи ZeRO, https://arxiv.org/abs/1910.02054", "url")
N("R3", 17, r"\theta_{t+1}", "latex equation")
N("R3", 19, r"Шаг 1. $m_t = \beta_1 m_{t-1} + (1 - \beta_1) g_t$", "derivation")
N("R3", 21, r"Шаг 2. $\hat m_t = m_t / (1 - \beta_1^{t})$", "derivation")
N("R3", 23, r"$\beta_2 = 0.999$", "other")
N("R3", 47, "$2,10 за час A100", "price")

# ---------------------------------------------------------------- ru_04 ----
C("R4", 13, "4,5 бита", "arithmetic", "бит/вес", 18 * 8 / 32, "holds", "18 B x 8 / 32 weights")
C("R4", 14, "8,5 бита", "arithmetic", "бит/вес", 34 * 8 / 32, "holds", "34 x 8 / 32")
C("R4", 15, "4,5 бита", "arithmetic", "бит/вес", 144 * 8 / 256, "holds", "144 x 8 / 256")
C("R4", 16, "6,56 бита", "arithmetic", "бит/вес", 210 * 8 / 256, "holds", "210 x 8 / 256 = 6.5625")
C("R4", 17, "5,25 бита", "arithmetic", "бит/вес", 84 * 8 / 256, "off_2x", "84 x 8 / 256 = 2.625")
C("R4", 23, "4,68 ГБ", "quantized_file", "ГБ", 4_683_074_336, "holds", "published file size 4,683,074,336 B", qfile=True)
C("R4", 23, "4,36 ГиБ", "quantized_file", "ГиБ", 4_683_074_336, "holds", "4,683,074,336 / 2^30", qfile=True)
C("R4", 24, "7,95 ГБ", "quantized_file", "ГБ", QF("llama3-8b", BPW["Q8_0_file"]), "gib_as_gb", "8.03e9 x 8.5008 / 8 = 8.53 GB = 7.95 GiB", qfile=True)
C("R4", 25, "9,9 ГБ", "quantized_file", "ГБ", QF("llama3-8b", BPW["Q4_K_M_file"]), "off_2x", "8.03e9 x 4.8944 / 8 = 4.91 GB", qfile=True)
C("R4", 26, "3,6 ГБ", "quantized_file", "ГБ", QF("llama2-13b", BPW["Q4_0"]), "off_2x", "13.016e9 x 4.5 / 8 = 7.32 GB", mode="approx", qfile=True)
C("R4", 30, "4,89 бита", "quantized_file", "бит/вес", BPW["Q4_K_M_file"], "holds", "measured Q4_K_M mix: 4.8944 bpw", mode="approx")
C("R4", 30, "69 %", "percentage", "%", 100 * (1 - BPW["Q4_K_M_file"] / 16), "holds", "1 - 4.89/16 = 69.4 %", mode="approx")
C("R4", 30, "47 %", "percentage", "%", 100 * (1 - BPW["Q8_0"] / 16), "holds", "1 - 8.5/16 = 46.9 %")
C("R4", 30, "25 %", "percentage", "%", 100 * (1 - BPW["Q4_0"] / 16), "off_2x", "1 - 4.5/16 = 71.9 %", quoted=True)
N("R4", 9, "b2879, macOS 14.4", "version")
N("R4", 21, "Тип файла Q4_K_M", "other")
N("R4", 34, "5,79 → 5,96", "score")

# ---------------------------------------------------------------- ru_05 ----
C("R5", 19, "14,5 ГБ", "weights", "ГБ", W("mistral-7b", "fp16"), "holds", "7.2417e9 x 2 B")
C("R5", 19, "70 токенов/с", "throughput", "токенов/с", 1008e9 / W("mistral-7b", "fp16"), "holds", "1008 GB/s / 14.48 GB = 69.6", mode="approx")
C("R5", 21, "3,6 ГБ", "weights", "ГБ", W("mistral-7b", "4bit"), "holds", "7.2417e9 x 0.5 B")
C("R5", 21, "280 токенов/с", "throughput", "токенов/с", 1008e9 / W("mistral-7b", "4bit"), "holds", "1008 / 3.62 = 278.4")
C("R5", 25, "69 ГБ", "weights", "ГБ", W("llama2-70b", "int8"), "holds", "68.98e9 x 1 B")
C("R5", 25, "97 токенов/с", "throughput", "токенов/с", 3.35e12 / W("llama2-70b", "int8"), "off_2x", "3.35 TB/s / 68.98 GB = 48.6", mode="approx")
C("R5", 27, "2,8 ТБ/с", "bandwidth", "ТБ/с", W("llama3-70b", "bf16") * 20, "holds", "141.1 GB x 20/s = 2.82 TB/s")
C("R5", 27, "3,5 ТБ/с", "bandwidth", "ТБ/с", W("llama3-70b", "bf16") * 50, "off_2x", "141.1 GB x 50/s = 7.06 TB/s")
C("R5", 29, "4 раза", "ratio", "×", BYTES["fp16"] / BYTES["int4"], "holds", "2 / 0.5")
C("R5", 33, "6,05 млн", "tokens", "млн", 70 * 86400, "holds", "70 x 86,400 s = 6.048 M")
C("R5", 33, "12 млн", "tokens", "млн", 280 * 86400, "off_2x", "280 x 86,400 = 24.2 M")
C("R5", 35, "131 072 токена", "tokens", "токенов", 32 * 2048, "off_2x", "32 x 2048 = 65,536")
N("R5", 9, "При batch 1", "other")
N("R5", 13, "Версия драйвера 550.54.14, CUDA 12.4", "version")
N("R5", 39, "По опросу 27 человек в чате, 19 используют vLLM", "other")

# ---------------------------------------------------------------- ru_06 ----
C("R6", 23, f"67{NB}108{NB}864", "params", "params", 4 * 4096**2, "holds", "4 x 4096^2")
C("R6", 24, f"135{NB}266{NB}304", "params", "params", 3 * 4096 * 11008, "holds", "3 x 4096 x 11008")
C("R6", 25, "4096", "params", "params", 2 * 4096, "arithmetic", "2 x 4096 = 8192", occ=2)
C("R6", 26, f"202{NB}383{NB}360", "params", "params", 4 * 4096**2 + 3 * 4096 * 11008 + 2 * 4096, "holds", "attn + mlp + norms")
C("R6", 26, f"6{NB}476{NB}267{NB}520", "params", "params", 32 * (4 * 4096**2 + 3 * 4096 * 11008 + 2 * 4096), "holds", "32 layers")
C("R6", 27, f"131{NB}072{NB}000", "params", "params", 2 * 32000 * 4096, "arithmetic", "2 x 32,000 x 4096 = 262,144,000")
C("R6", 28, f"6{NB}738{NB}415{NB}616", "params", "params", P["llama2-7b"], "holds", "layers + embeddings + lm_head + final norm")
C("R6", 28, "6,74 млрд", "params", "млрд", P["llama2-7b"], "holds", "6.738e9", mode="approx")
C("R6", 30, "2,6 млрд", "params", "млрд", P["llama2-7b"] - 32 * 4096 * 11008, "off_2x", "6.738e9 - 32 x 4096 x 11008 = 5.30e9", mode="approx")
C("R6", 34, f"41{NB}943{NB}040", "params", "params", 2 * 4096**2 + 2 * 4096 * 1024, "holds", "2 x 4096^2 + 2 x 4096 x 1024")
C("R6", 34, "75 %", "percentage", "%", 100 * (1 - (2 * 4096**2 + 2 * 4096 * 1024) / (4 * 4096**2)), "off_2x", "1 - 41.9M/67.1M = 37.5 %")
C("R6", 38, f"525{NB}336{NB}576", "params", "params", 128256 * 4096, "holds", "128,256 x 4096")
C("R6", 38, "1,05 млрд", "params", "млрд", 2 * 128256 * 4096, "holds", "2 x 525,336,576")
C("R6", 38, "26 %", "percentage", "%", 100 * 2 * 128256 * 4096 / P["llama3-8b"], "off_2x", "1.0507e9 / 8.03e9 = 13.1 %")
C("R6", 38, "8,03 млрд", "params", "млрд", P["llama3-8b"], "holds", "8,030,261,248")
C("R6", 43, "2.8 млрд", "params", "млрд", 32 * 3 * 4096 * 14336, "arithmetic", "32 x 3 x 4096 x 14336 = 5.64e9")
C("R6", 44, "1050.7 млн", "params", "млн", 2 * 128256 * 4096, "holds", "2 x 128256 x 4096 / 1e6")
N("R6", 9, "arXiv:2307.09288, табл. 1", "url")
N("R6", 13, r"N \approx 12 \, L \, d_{model}^{2}", "latex equation")
N("R6", 17, r"1. $P_{attn} = 4 h^{2}$", "derivation")
N("R6", 18, r"2. $P_{mlp} = 3 h I$", "derivation")
N("R6", 19, r"3. $= 3 \cdot h \cdot I$", "derivation")
N("R6", 41, "h, I, L, V = 4096, 14336, 32, 128256", "other")
N("R6", 47, "HumanEval 12,8 %", "score")

# ---------------------------------------------------------------- ru_07 ----
C("R7", 15, "2 раза", "ratio", "×", BYTES["fp32"] / BYTES["bf16"], "holds", "4 / 2")
C("R7", 16, f"50{NNB}%", "percentage", "%", 100 * (1 - BYTES["fp8"] / BYTES["fp16"]), "holds", "1 - 1/2")
C("R7", 17, "87,5 %", "percentage", "%", 100 * (1 - BYTES["int4"] / BYTES["fp32"]), "holds", "1 - 0.5/4")
C("R7", 18, "25 %", "percentage", "%", 100 * (1 - BYTES["fp8"] / BYTES["fp32"]), "off_2x", "1 - 1/4 = 75 %")
C("R7", 19, "8 раз", "ratio", "×", BYTES["bf16"] / BYTES["int4"], "off_2x", "2 / 0.5 = 4 (3.9 with nf4 scales)", quoted=True)
C("R7", 23, "35–70 ГБ", "range", "ГБ", (140e9 * 4 / 16, 140e9 * 8 / 16), "holds", "140 GB x 4/16 .. x 8/16")
C("R7", 25, "45–180 ГБ", "range", "ГБ", (90e9 / 4, 90e9 / 2), "off_2x", "90 GB / 4 .. / 2 = 22.5–45 GB", quoted=True)
C("R7", 29, "93,4 ГБ", "weights", "ГБ", W("mixtral", "bf16"), "holds", "46.70e9 x 2 B")
C("R7", 29, "46,7 ГБ", "weights", "ГБ", W("mixtral", "int8"), "holds", "46.70e9 x 1 B")
C("R7", 29, "50 %", "percentage", "%", 100 * (1 - BYTES["int8"] / BYTES["bf16"]), "holds", "1 - 1/2")
C("R7", 31, "138,0 ГиБ", "weights", "ГиБ", W("llama2-70b", "bf16"), "gb_as_gib", "68.98e9 x 2 B = 137.95 GB = 128.5 GiB")
C("R7", 33, "30 ГиБ", "weights", "ГиБ", W("llama3-8b", "fp16"), "off_2x", "8.03e9 x 2 B / 2^30 = 14.96 GiB", mode="approx")
C("R7", 35, "52,1 ГБ", "weights", "ГБ", W("llama2-13b", "fp32"), "holds", "13.016e9 x 4 B")
C("R7", 35, "13 ГБ", "weights", "ГБ", W("llama2-13b", "int8"), "holds", "13.016e9 x 1 B")
C("R7", 35, "4 раза", "ratio", "×", BYTES["fp32"] / BYTES["int8"], "holds", "4 / 1")
N("R7", 11, r"\Delta = \frac{b_{1} - b_{2}}{b_{1}}", "latex equation")
N("R7", 39, "1 $ = 92,5 ₽ (март 2024)", "price")

# ---------------------------------------------------------------- ru_08 ----
C("R8", 18, "70,6", "weights", "ГБ", W("llama3-70b", "fp8"), "holds", "70.55e9 x 1 B (dtype: fp8 from properties, unit from header)")
C("R8", 19, "46,7", "weights", "ГБ", W("mixtral", "fp8"), "holds", "46.70e9 x 1 B")
C("R8", 20, "15,2", "weights", "ГБ", W("qwen2.5-7b", "fp8"), "off_2x", "7.6156e9 x 1 B = 7.62 GB (15.2 is bf16)")
C("R8", 22, "46,7 ГБ", "weights", "ГБ", W("mixtral", "fp8"), "holds", "46.70e9 x 1 B")
C("R8", 22, "43,5 ГиБ", "weights", "ГиБ", W("mixtral", "fp8"), "holds", "46.70e9 / 2^30")
C("R8", 24, "12,1 ГБ", "weights", "ГБ", W("llama2-13b", "fp8"), "gib_as_gb", "13.016e9 x 1 B = 13.0 GB = 12.1 GiB")
C("R8", 28, "320 КиБ", "kv_cache_per_token", "КиБ", KV("llama3-70b"), "holds", "2*80*8*128*2 = 327,680 B")
C("R8", 28, "80 ГиБ", "kv_cache_total", "ГиБ", KV("llama3-70b", 8192, 64), "off_2x", "320 KiB x 8192 x 64 = 160 GiB")
C("R8", 32, "327 680 байт", "kv_cache_per_token", "байт", KV("llama3-70b"), "holds", "2*80*8*128*2")
C("R8", 33, "160 ГиБ", "kv_cache_total", "ГиБ", KV("llama3-70b", 8192, 64), "holds", "327,680 x 8192 x 64 / 2^30", mode="approx")
C("R8", 34, "65.7 ГБ", "weights", "ГБ", W("llama3-70b", "fp8"), "gib_as_gb", "70,553,706,496 x 1 / 1e9 = 70.6 GB (65.7 is GiB)")
C("R8", 35, "2560 МиБ", "kv_cache_total", "МиБ", KV("llama3-70b", 4096), "off_2x", "327,680 x 4096 / 2^20 = 1280 MiB")
C("R8", 40, "46,7 ГБ", "weights", "ГБ", W("mixtral", "fp8"), "holds", "46.70e9 x 1 B")
C("R8", 40, "260 токенов/с", "throughput", "токенов/с", 3.35e12 / (P["mixtral-active"] * BYTES["fp8"]), "holds", "3.35 TB/s / 12.88 GB active = 260", mode="approx")
C("R8", 40, "12,9 млрд", "params", "млрд", P["mixtral-active"], "holds", "12,879,925,248 active")
C("R8", 42, "70,6 ГБ", "weights", "ГБ", W("llama3-70b", "fp8"), "holds", "70.55e9 x 1 B")
C("R8", 42, "95 токенов/с", "throughput", "токенов/с", 3.35e12 / W("llama3-70b", "fp8"), "off_2x", "3.35 TB/s / 70.55 GB = 47.5", mode="approx")
N("R8", 10, "Дедлайн: 2024-09-30. Созвон в 14:30, 5 участников.", "date")
N("R8", 10, "https://grafana.local/d/abc123?orgId=1&from=now-6h", "url")
N("R8", 31, "L, kv, d = 80, 8, 128", "other")
N("R8", 46, "в Q4.", "other")


# ---------------------------------------------------------------------------
# Evaluate
# ---------------------------------------------------------------------------
def sig(x, n=8):
    """exact integers stay exact; other values keep n significant digits"""
    if isinstance(x, tuple):
        return [sig(v, n) for v in x]
    if float(x).is_integer():
        return int(x) if abs(x) >= 1e4 else float(x)
    return float(f"{x:.{n}g}")


def main():
    problems = []
    lines_cache = {}

    def lines_of(name):
        if name not in lines_cache:
            lines_cache[name] = (NOTES / name).read_text(encoding="utf-8").split("\n")
        return lines_cache[name]

    out_claims, out_non = [], []
    counters = Counter()
    claim_lines = set()
    seq = Counter()
    for c in CLAIMS:
        fname = F[c["f"]]
        lang = "ru" if fname.startswith("ru_") else "en"
        text = lines_of(fname)[c["line"] - 1]
        if text.count(c["figure"]) < c["occ"]:
            problems.append(f"{fname}:{c['line']}: figure {c['figure']!r} (occurrence {c['occ']}) not on the line: {text!r}")
            continue
        claim_lines.add((fname, c["line"]))
        stated, tol = parse_figure(c["figure"], lang)
        correct_lit = in_unit(c["base"], c["unit"])
        error = None
        if matches(correct_lit, stated, tol, c["mode"], c["qfile"]):
            verdict = "holds"
        else:
            verdict = "wrong"
            alt = ALT.get(c["unit"])
            if alt and matches(in_unit(c["base"], alt), stated, tol, c["mode"], c["qfile"]):
                error = "gib_as_gb" if c["unit"] in DECIMAL_UNITS else "gb_as_gib"
            else:
                error = c["expect"]
        got = "holds" if verdict == "holds" else error
        if got != c["expect"]:
            problems.append(f"{fname}:{c['line']}: {c['figure']!r}: expected {c['expect']}, computed {got} "
                            f"(stated {stated}, correct {sig(correct_lit)} {c['unit']})")
        if verdict == "wrong" and error in ("off_2x", "arithmetic"):
            factor = off_factor(stated, correct_lit)
            if factor < 1.95:
                problems.append(f"{fname}:{c['line']}: {c['figure']!r} is wrong by only {factor:.2f}x")
        if verdict == "wrong" and error == "wrong_unit":
            if off_factor(stated, correct_lit) < 100:
                problems.append(f"{fname}:{c['line']}: {c['figure']!r} marked wrong_unit but not off by a unit step")
        prefix = fname.split("_")[0] + "_" + fname.split("_")[1]
        seq[prefix] += 1
        out_claims.append({
            "id": f"{prefix}-{seq[prefix]:02d}", "file": fname, "line": c["line"],
            "figure": c["figure"], "occurrence": c["occ"], "kind": c["kind"],
            "stated": list(stated) if isinstance(stated, tuple) else stated,
            "unit": c["unit"], "correct": sig(correct_lit), "correct_unit": c["unit"],
            "verdict": verdict, "error": error, "lang": lang,
            "hedged": c["mode"] == "approx", "bound": c["mode"] if c["mode"] in ("upper", "lower") else None,
            "quoted": c["quoted"], "note": c["note"],
        })
        counters[("claims", lang)] += 1
        counters[("kind", c["kind"], lang)] += 1
        if verdict == "wrong":
            counters[("wrong", lang)] += 1
            counters[("error", error)] += 1

    for n in NON_CLAIMS:
        fname = F[n["f"]]
        lang = "ru" if fname.startswith("ru_") else "en"
        text = lines_of(fname)[n["line"] - 1]
        if n["text"] not in text:
            problems.append(f"{fname}:{n['line']}: non-claim text {n['text']!r} not on the line: {text!r}")
            continue
        if (fname, n["line"]) in claim_lines:
            problems.append(f"{fname}:{n['line']}: non-claim line also holds a claim")
        if not re.search(r"\d", n["text"]):
            problems.append(f"{fname}:{n['line']}: non-claim text has no digit")
        out_non.append({"file": fname, "line": n["line"], "text": n["text"], "why": n["why"], "lang": lang})

    non_lines = {(n["file"], n["line"]) for n in out_non}
    counters_non = Counter(f["lang"] for f in out_non)

    if problems:
        print("PROBLEMS:")
        for p in problems:
            print("  " + p)
        raise SystemExit(1)

    truth = {"schema": "vaultkit.claims-truth/1", "claims": out_claims, "non_claims": out_non}
    payload = json.dumps(truth, ensure_ascii=False, indent=1) + "\n"
    target = HERE / "truth.json"
    if "--check" in sys.argv:
        if not target.exists() or target.read_text(encoding="utf-8") != payload:
            raise SystemExit("truth.json is stale: run truth.py")
    else:
        target.write_text(payload, encoding="utf-8")

    files = sorted({c["file"] for c in out_claims})
    n_claims = len(out_claims)
    n_wrong = sum(c["verdict"] == "wrong" for c in out_claims)
    print(f"notes: {len(files)} ({sum(f.startswith('en_') for f in files)} en, {sum(f.startswith('ru_') for f in files)} ru)")
    print(f"claims: {n_claims} (en {counters[('claims', 'en')]}, ru {counters[('claims', 'ru')]})")
    print(f"wrong:  {n_wrong} = {100 * n_wrong / n_claims:.1f} % (en {counters[('wrong', 'en')]}, ru {counters[('wrong', 'ru')]})")
    print(f"non-claims: {len(out_non)} entries on {len(non_lines)} lines (en {counters_non['en']}, ru {counters_non['ru']})")
    print("errors: " + ", ".join(f"{k[1]} {v}" for k, v in sorted(counters.items()) if k[0] == "error"))
    kinds = sorted({k[1] for k in counters if k[0] == "kind"})
    print("kind                 en   ru  wrong")
    for k in kinds:
        w = sum(1 for c in out_claims if c["kind"] == k and c["verdict"] == "wrong")
        print(f"  {k:18s} {counters[('kind', k, 'en')]:4d} {counters[('kind', k, 'ru')]:4d} {w:6d}")


if __name__ == "__main__":
    main()
