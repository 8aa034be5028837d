#!/usr/bin/env python3
"""Independent ground truth for the third blind sizing-claims corpus (notes/).

Written without reading vaultkit's code, tests or seeds; only claims-gold.md
(formulas, dtype sizes, GGUF bits/weight, published configs and counts, the
tolerance policy of section 5.2) and the text of issue 15 were used.  Nothing
here imports vaultkit.

    python tests/claims_corpus_c/truth.py          # check + write truth.json
    python tests/claims_corpus_c/truth.py --check  # check only; compare with truth.json

Claims are located by an *anchor* (a substring that occurs on exactly one line
of the note; by default the figure itself); the script turns that into the
line number written to truth.json.  It fails loudly when
  * an anchor is not on exactly one line, or the figure is not on that line
    (or not the stated occurrence),
  * a non-claim text is not on exactly one line, or that line holds a claim,
  * the verdict computed here differs from the author's intended verdict,
  * a claim marked off_2x / arithmetic is off by less than 1.95x,
  * a claim marked gib_as_gb / gb_as_gib does not pass in the twin unit,
  * a claim marked wrong_kind does not match the value of the other kind,
  * a model's exact parameter count does not follow from its config.
"""
import json
import math
import re
import sys
from collections import Counter, defaultdict
from pathlib import Path

HERE = Path(__file__).resolve().parent
NOTES = HERE / "notes"

# ---------------------------------------------------------------------------
# Facts
# ---------------------------------------------------------------------------
BYTES = {"fp32": 4, "fp16": 2, "bf16": 2, "fp8": 1, "int8": 1, "int4": 0.5}
NF4_BPW = 4 + 8 / 64 + 32 / (64 * 256)          # QLoRA double quantisation
# GGUF bits/weight: block types (ggml tables) and Llama-3-8B measured file mixes
BPW = {"Q4_0": 4.5, "Q4_K": 4.5, "Q6_K": 6.5625, "IQ1_S": 1.5625,
       "Q4_K_M": 4.8944, "Q5_K_M": 5.7036, "Q8_0": 8.5008, "F16": 16.0005,
       "IQ2_XXS": 2.3824}
QWEN25_7B_Q4KM_BYTES = 4_683_074_336           # published file size

# h hidden, I MLP inner, L layers, a heads, k kv heads, d head dim, V emb rows
CFG = {
    "gpt2":        dict(h=768,  I=3072,  L=12, a=12, k=12, d=64,  V=50257,  tied=True,  fam="gpt2"),
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
    # configs stated in ru_01 (not in claims-gold's table)
    "llama3.2-1b": dict(h=2048, I=8192,  L=16, a=32, k=8,  d=64,  V=128256, tied=True,  fam="llama"),
    "llama3.2-3b": dict(h=3072, I=8192,  L=28, a=24, k=8,  d=128, V=128256, tied=True,  fam="llama"),
    "phi3-mini":   dict(h=3072, I=8192,  L=32, a=32, k=32, d=96,  V=32064,  tied=False, fam="llama"),
    "gemma2-2b":   dict(h=2304, I=9216,  L=26, a=8,  k=4,  d=256, V=256000, tied=True,  fam="llama", norms=4),
    "gemma2-9b":   dict(h=3584, I=14336, L=42, a=16, k=8,  d=256, V=256000, tied=True,  fam="llama", norms=4),
}
PUBLISHED = {
    "gpt2": 124_439_808, "bert-base": 109_482_240, "bert-large": 335_141_888,
    "llama2-7b": 6_738_415_616, "llama2-13b": 13_015_864_320, "llama2-70b": 68_976_648_192,
    "llama3-8b": 8_030_261_248, "llama3-70b": 70_553_706_496, "mistral-7b": 7_241_732_096,
    "mixtral": 46_702_792_704, "qwen2.5-7b": 7_615_616_512, "falcon-7b": 6_921_720_704,
    "llama3.2-1b": 1_235_814_400, "llama3.2-3b": 3_212_749_824, "phi3-mini": 3_821_079_552,
    "gemma2-2b": 2_614_341_888, "gemma2-9b": 9_241_705_984,
}
MIXTRAL_ACTIVE = 12_879_925_248
# DeepSeek-V3: published totals as stated in en_01 (671B total, 37B active),
# MLA cache = L * (kv_lora_rank + rope_dim) values per token
DSV3_TOTAL, DSV3_ACTIVE, DSV3_MLA_PER_TOK_BF16 = 671e9, 37e9, 61 * (512 + 64) * 2


def count(c):
    """Own parameter formula; returns (total, params of one expert MLP)."""
    h, I, L, a, k, d, V = (c[x] for x in "hILakdV")
    if c["fam"] in ("gpt2", "bert"):
        layer = (4 * h * h + 4 * h) + (2 * h * I + I + h) + 4 * h
        if c["fam"] == "gpt2":
            return L * layer + V * h + 1024 * h + 2 * h, None
        return L * layer + V * h + 512 * h + 2 * h + 2 * h + h * h + h, None
    if c["fam"] == "falcon":
        attn = h * a * d + 2 * h * k * d + a * d * h
        layer = attn + 2 * h * I + 2 * h
        return L * layer + V * h + 2 * h, None
    attn = h * a * d + 2 * h * k * d + a * d * h
    if c.get("qkv_bias"):
        attn += a * d + 2 * k * d
    mlp = 3 * h * I
    E = c.get("E", 1)
    layer = attn + E * mlp + (h * E if E > 1 else 0) + c.get("norms", 2) * h
    total = L * layer + V * h + h + (0 if c["tied"] else V * h)
    return total, mlp


for _m, _c in CFG.items():
    assert count(_c)[0] == PUBLISHED[_m], (_m, count(_c)[0], PUBLISHED[_m])
_mx, _mlp = count(CFG["mixtral"])
assert _mx - CFG["mixtral"]["L"] * 6 * _mlp == MIXTRAL_ACTIVE


def P(m):
    return PUBLISHED[m]


def W(m, dt):                      # weight bytes
    return P(m) * BYTES[dt]


def KVT(m, b=2):                   # KV bytes per token
    c = CFG[m]
    return 2 * c["L"] * c["k"] * c["d"] * b


def KV(m, seq, batch=1, b=2):      # KV bytes, sliding window honoured
    w = CFG[m].get("window")
    return KVT(m, b) * (min(seq, w) if w else seq) * batch


def QF(m, q):                      # GGUF file bytes from bits/weight
    return P(m) * BPW[q] / 8


# ---------------------------------------------------------------------------
# Units: byte units get their correct value in bytes; others in base units
# ---------------------------------------------------------------------------
BYTE_UNITS = {"bytes": 1, "KiB": 2**10, "MB": 1e6, "MiB": 2**20, "GB": 1e9, "GiB": 2**30,
              "TB": 1e12, "КиБ": 2**10, "МБ": 1e6, "МиБ": 2**20, "ГБ": 1e9, "ГиБ": 2**30,
              "ТБ": 1e12, "ТиБ": 2**40}
TWIN = {"MB": "MiB", "MiB": "MB", "GB": "GiB", "GiB": "GB", "TB": "TiB", "KiB": "KB",
        "МБ": "МиБ", "МиБ": "МБ", "ГБ": "ГиБ", "ГиБ": "ГБ", "ТБ": "ТиБ", "ТиБ": "ТБ", "КиБ": "КБ"}
BYTE_UNITS.update({"KB": 1e3, "КБ": 1e3, "TiB": 2**40})
OTHER_UNITS = {"params": 1, "billion": 1e9, "млрд": 1e9, "млн": 1e6,
               "трлн токенов": 1e12, "млрд токенов": 1e9, "GFLOPs": 1e9, "FLOP": 1,
               "×": 1, "%": 1, "tokens/s": 1, "токенов/с": 1, "ТБ/с": 1e12,
               "мс": 1e-3, "бит/вес": 1, "bytes/param": 1, "GPU-часов": 1}
DECIMAL_UNITS = {"KB", "MB", "GB", "TB", "КБ", "МБ", "ГБ", "ТБ"}


def in_unit(value, unit):
    if unit in BYTE_UNITS:
        return value / BYTE_UNITS[unit]
    return value / OTHER_UNITS[unit]


NUM = {
    "en": r"\d+(?:,\d{3})*(?:\.\d+)?",
    "ru": r"\d+(?:[\u00a0\u202f]\d{3})*(?:,\d+)?",
}
EXP = r"(?:\s*(?:e|E)|\s*(?:×|\\times|·|\\cdot)\s*10\^\{?)(-?\d+)\}?"


def parse(fig, lang):
    """All numbers in a figure as (value, half unit of the last significant digit)."""
    s = fig.replace("{,}", ",")
    out = []
    for m in re.finditer("(" + NUM[lang] + ")(?:" + EXP + ")?", s):
        t, e = m.group(1), m.group(2)
        if lang == "en":
            t = t.replace(",", "")
        else:
            t = t.replace("\u00a0", "").replace("\u202f", "").replace(",", ".")
        if "." in t:
            tol = 0.5 * 10 ** -len(t.split(".")[1])
        else:
            z = len(t) - len(t.rstrip("0")) if t.strip("0") else 0
            tol = 0.5 * 10 ** z
        scale = 10 ** int(e) if e else 1
        out.append((float(t) * scale, tol * scale))
    return out


# ---------------------------------------------------------------------------
# Claims
# ---------------------------------------------------------------------------
FILES = {
    "en_01": "en_01_moe_vs_dense.md", "en_02": "en_02_long_context_kv.md",
    "en_03": "en_03_finetune_budget.md", "en_04": "en_04_embeddings_index.md",
    "ru_01": "ru_01_on_device.md", "ru_02": "ru_02_tokens_chinchilla.md",
    "ru_03": "ru_03_bandwidth_decode.md", "ru_04": "ru_04_long_context_gguf.md",
}
CLAIMS, NONCLAIMS = [], []


def c(f, figure, kind, unit, value, expect, error=None, *, anchor=None, occ=1,
      hedged=False, bound=None, quoted=False, gguf=False, alt=None, rng=False, note=""):
    """value: correct value (bytes for byte units; raw count otherwise).
    alt: for wrong_kind, the value of the kind the figure really is."""
    CLAIMS.append(dict(f=f, figure=figure, kind=kind, unit=unit, value=value,
                       expect=expect, error=error, anchor=anchor or figure, occ=occ,
                       hedged=hedged, bound=bound, quoted=quoted, gguf=gguf, alt=alt,
                       rng=rng, note=note))


def n(f, text, why):
    NONCLAIMS.append(dict(f=f, text=text, why=why))


H, X = "holds", "wrong"
NB = "\u00a0"

# ---- en_01: MoE vs dense -------------------------------------------------
f = "en_01"
c(f, "46,702,792,704", "params", "params", P("mixtral"), H, note="Mixtral-8x7B total (published)")
c(f, "12,879,925,248", "params", "params", MIXTRAL_ACTIVE, H, note="Mixtral active = total - 32*6*expert MLP")
c(f, "93.4 GB", "weights", "GB", W("mixtral", "bf16"), H, note="46.70e9 x 2 B (bf16)")
c(f, "87 GiB", "weights", "GiB", W("mixtral", "bf16"), H, hedged=True, note="93.41e9 B in GiB")
c(f, "25.8 GB", "weights", "GB", W("mixtral", "bf16"), X, "wrong_kind", hedged=True, quoted=True,
  alt=MIXTRAL_ACTIVE * 2, note="active params x 2 B used as resident weights; all experts stay in memory")
c(f, "13.8 %", "percentage", "%", 100 * MIXTRAL_ACTIVE / P("mixtral"), X, "off_2x", note="active/total = 27.6 %")
c(f, "3–4×", "range", "×", P("mixtral") / MIXTRAL_ACTIVE, H, rng=True, note="total/active = 3.63 inside 3-4")
c(f, r"93.4\,\text{GB}", "arithmetic", "GB", 46.7e9 * 2, H, note="46.7e9 x 2 (LaTeX chain)")
c(f, r"12.9\,\text{GB}", "arithmetic", "GB", 12.9e9 * 2, X, "arithmetic", note="12.9e9 x 2 = 25.8 GB")
c(f, "93 GFLOPs", "flops", "GFLOPs", 2 * MIXTRAL_ACTIVE, X, "wrong_kind", hedged=True, alt=2 * P("mixtral"),
  note="2 x N_active = 25.8 GFLOPs; 93 is 2 x total params")
c(f, "137.95 GB", "weights", "GB", W("llama2-70b", "bf16"), H, note="Llama-2-70B bf16")
c(f, "1.5 times", "ratio", "×", W("llama2-70b", "bf16") / W("mixtral", "bf16"), H, note="137.95/93.41 = 1.48")
c(f, "2.7 times", "ratio", "×", P("llama2-70b") / MIXTRAL_ACTIVE, X, "off_2x", hedged=True,
  note="dense 70B / Mixtral active = 5.36x fewer FLOPs")
c(f, "46.7", "params", "billion", P("mixtral"), H, anchor="| Mixtral 8x7B |", note="table, unit from header (B)")
c(f, "12.9", "params", "billion", MIXTRAL_ACTIVE, H, anchor="| Mixtral 8x7B |", note="table, active")
c(f, "93.4", "weights", "GiB", W("mixtral", "bf16"), X, "gb_as_gib", anchor="| Mixtral 8x7B |",
  note="header says GiB; 93.4 is the GB value (86.99 GiB)")
c(f, "69.0", "params", "billion", P("llama2-70b"), H, anchor="| Llama-2-70B |", note="table total")
c(f, "69.0", "params", "billion", P("llama2-70b"), H, anchor="| Llama-2-70B |", occ=2, note="dense: active = total")
c(f, "138.0", "weights", "GiB", W("llama2-70b", "bf16"), X, "gb_as_gib", anchor="| Llama-2-70B |",
  note="137.95 GB = 128.48 GiB; header GiB")
c(f, "1250", "weights", "GiB", DSV3_TOTAL * 2, H, anchor="| DeepSeek-V3 |", note="671e9 x 2 B = 1249.8 GiB")
c(f, "87.0 GB", "weights", "GB", W("mixtral", "bf16"), X, "gib_as_gb", note="code: /2**30 gives 86.99 GiB, labelled GB")
c(f, "11.7 GB", "weights", "GB", W("mixtral", "int4"), X, "off_2x", note="46.70e9 x 0.5 = 23.35 GB")
c(f, "23.4 GB", "weights", "GB", W("mixtral", "int8"), X, "off_2x", note="46.70e9 x 1 = 46.70 GB")
c(f, "671 GB", "weights", "GB", DSV3_TOTAL * 1, H, note="DeepSeek-V3 fp8, 671e9 x 1 B")
c(f, "1.34 TB", "weights", "TB", DSV3_TOTAL * 2, H, hedged=True, note="671e9 x 2 B = 1.342 TB")
c(f, "18 %", "percentage", "%", 100 * DSV3_ACTIVE / DSV3_TOTAL, X, "off_2x", hedged=True, note="37/671 = 5.5 %")
c(f, "74 GFLOPs", "flops", "GFLOPs", 2 * DSV3_ACTIVE, H, note="2 x 37e9")
c(f, "70,272 bytes", "kv_cache_per_token", "bytes", DSV3_MLA_PER_TOK_BF16, H, note="61 x 576 x 2")
c(f, "68.6 KiB", "kv_cache_per_token", "KiB", DSV3_MLA_PER_TOK_BF16, H, note="70,272 / 1024 = 68.625")
c(f, "9.2 GB", "kv_cache_total", "GB", DSV3_MLA_PER_TOK_BF16 * 131072, H, note="70,272 x 131,072 = 9.21 GB")
c(f, "9.2 GiB", "kv_cache_total", "GiB", DSV3_MLA_PER_TOK_BF16 * 131072, X, "gb_as_gib", quoted=True,
  note="= 8.58 GiB; note itself calls it wrong")
c(f, "18.4 GB", "kv_cache_total", "GB", DSV3_MLA_PER_TOK_BF16 * 131072 * 8, X, "off_2x", note="8 x 9.21 = 73.7 GB")
n(f, "created: 2024-05-14", "date")
n(f, "https://arxiv.org/abs/2401.04088", "url")
n(f, "Config from `config.json`: hidden 4096, 32 layers", "other")
n(f, r"$$\text{FLOPs}_{\text{tok}} \approx 2 N_{\text{active}}", "latex equation")
n(f, "the paper reports 70.6 for Mixtral against 69.9", "score")
n(f, "lr 1e-5 for the gate, aux-loss coefficient 0.02, seed 1234", "other")

# ---- en_02: long-context KV ---------------------------------------------
f = "en_02"
c(f, "128 KiB", "kv_cache_per_token", "KiB", KVT("llama3-8b"), H, anchor="Llama-3-8B keeps 128 KiB")
c(f, "4.3 GB", "kv_cache_total", "GB", KV("llama3-8b", 32768), H, anchor="Llama-3-8B keeps 128 KiB", note="4.29 GB")
c(f, "16 GB", "kv_cache_total", "GB", KV("llama3-8b", 131072), X, "gib_as_gb", anchor="Llama-3-8B keeps 128 KiB",
  note="128k: 17.18 GB = 16 GiB")
c(f, "512 KiB", "kv_cache_per_token", "KiB", KVT("llama2-7b"), H)
c(f, "4 times", "ratio", "×", KVT("llama2-7b") / KVT("llama3-8b"), H)
c(f, "17.2 GiB", "kv_cache_total", "GiB", KV("llama2-7b", 32768), X, "gb_as_gib", note="17.18 GB = 16.0 GiB")
c(f, "75 %", "percentage", "%", 100 * (1 - 8 / 32), H, note="8 of 32 KV heads")
c(f, "40 GiB", "kv_cache_total", "GiB", KV("llama3-70b", 131072), H)
c(f, "80 GB", "kv_cache_total", "GB", KV("llama3-70b", 32768, 8), X, "gib_as_gb", note="80 GiB = 85.9 GB")
c(f, "0.5 GiB", "kv_cache_total", "GiB", KV("mistral-7b", 10**9), H, bound="upper", note="window 4096 x 128 KiB")
c(f, "64 GiB", "kv_cache_total", "GiB", KV("mistral-7b", 32768, 16), X, "off_2x", note="window: 16 x 0.5 = 8 GiB")
c(f, "64 KiB", "kv_cache_per_token", "KiB", KVT("llama3-8b", 1), H, note="fp8")
c(f, "4 GiB", "kv_cache_total", "GiB", KV("llama3-8b", 131072, 1, 1), X, "off_2x", anchor="drops to 4 GiB", note="fp8 128k = 8 GiB")
c(f, "56 KiB", "kv_cache_per_token", "KiB", KVT("qwen2.5-7b"), H, anchor="Qwen2.5-7B needs 56 KiB")
c(f, "7.0 GiB", "kv_cache_total", "GiB", KV("qwen2.5-7b", 131072), H)
c(f, "15.0 GB", "kv_cache_total", "GB", KV("qwen2.5-7b", 131072), X, "off_2x", note="7.52 GB")
c(f, "512", "kv_cache_per_token", "KiB", KVT("llama2-7b"), H, anchor="| Llama-2-7B | 32 |", note="table, KiB header")
c(f, "16.0", "kv_cache_total", "GiB", KV("llama2-7b", 32768), H, anchor="| Llama-2-7B | 32 |")
c(f, "128", "kv_cache_per_token", "KiB", KVT("llama3-8b"), H, anchor="| Llama-3-8B | 8 |")
c(f, "4.3", "kv_cache_total", "GiB", KV("llama3-8b", 32768), X, "gb_as_gib", anchor="| Llama-3-8B | 8 |",
  note="4.0 GiB; 4.3 is the GB value")
c(f, "320", "kv_cache_per_token", "KiB", KVT("llama3-70b"), H, anchor="| Llama-3-70B | 8 |")
c(f, "20.0", "kv_cache_total", "GiB", KV("llama3-70b", 32768), X, "off_2x", anchor="| Llama-3-70B | 8 |", note="10 GiB")
c(f, "56", "kv_cache_per_token", "KiB", KVT("qwen2.5-7b"), H, anchor="| Qwen2.5-7B | 4 |")
c(f, "3.5", "kv_cache_total", "GiB", KV("qwen2.5-7b", 32768), X, "off_2x", anchor="| Qwen2.5-7B | 4 |", note="1.75 GiB")
c(f, "64", "kv_cache_per_token", "KiB", KVT("falcon-7b"), X, "off_2x", anchor="| Falcon-7B | 1 |", note="MQA: 8 KiB")
c(f, "0.25", "kv_cache_total", "GiB", KV("falcon-7b", 32768), H, anchor="| Falcon-7B | 1 |", note="8 KiB x 32768")
c(f, "320.0 KiB", "kv_cache_per_token", "KiB", KVT("llama3-70b"), H, note="code")
c(f, "40.0 GB", "kv_cache_total", "GB", KV("llama3-70b", 131072), X, "gib_as_gb", note="code /1e9 gives 42.9 GB")
c(f, "32 GiB", "kv_cache_total", "GiB", KV("llama3-70b", 131072, 8), X, "off_2x", note="batch 8: 320 GiB")
n(f, "created: 2024-06-03", "date")
n(f, "vLLM 0.4.2, `max_num_seqs = 256`", "version")
n(f, "https://docs.vllm.ai/en/v0.4.2/serving/engine_args.html", "url")
n(f, r"$$M_{KV} = 2 \cdot L", "latex equation")
n(f, "Configs used below:", "other")
n(f, "1. Let $s = 2^{k}$ tokens", "derivation")
n(f, "2. Hence $M_{KV}(2s) = 2 M_{KV}(s)$", "derivation")
n(f, "Rented an H100 at $2.49/hour on 2024-06-01", "price")

# ---- en_03: fine-tuning ---------------------------------------------------
f = "en_03"
A = "Llama-2-7B has 6,738,415,616 parameters"
c(f, "6,738,415,616", "params", "params", P("llama2-7b"), H, anchor=A)
c(f, "107.8 GB", "training", "GB", P("llama2-7b") * 16, H, anchor=A, note="ZeRO mixed precision 16 B/param")
c(f, "18 bytes per parameter", "arithmetic", "bytes/param", 2 + 4 + 4 + 8, H)
c(f, "113.0 GB", "training", "GB", P("llama2-7b") * 18, X, "gib_as_gb", note="121.3 GB = 112.96 GiB")
c(f, "40 GB", "training", "GB", P("llama2-7b") * 12, X, "off_2x", note="12 B/param: 80.9 GB")
c(f, "8,030,261,248", "params", "params", P("llama3-8b"), H)
c(f, "32.1 GB", "training", "GB", P("llama3-8b") * 8, X, "off_2x", note="m + v fp32 = 8 B/param: 64.2 GB")
A = "ZeRO-3 over 8 GPUs"
c(f, "13,015,864,320", "params", "params", P("llama2-13b"), H, anchor=A)
c(f, "26.0 GB", "training", "GB", P("llama2-13b") * 16 / 8, H, anchor=A)
c(f, "104 GB", "training", "GB", P("llama2-13b") * 16 / 4, X, "off_2x", anchor=A, note="52.1 GB per GPU")
c(f, "256.9", "training", "GB", P("llama3-8b") * 16, X, "off_2x", anchor="| fp32 Adam | 16 |", note="128.5 GB")
c(f, "128.5", "training", "GB", P("llama3-8b") * 16, H, anchor="| mixed-precision Adam (ZeRO) |")
c(f, "144.5", "training", "GB", P("llama3-8b") * 18, H, anchor="| AdamW + fp32 grads |")
c(f, "192.7", "training", "GB", P("llama3-8b") * 12, X, "off_2x", anchor="| 8-bit Adam | 12 |", note="96.4 GB")
c(f, "113.0 GiB", "training", "GiB", P("llama2-7b") * 18, H, note="code")
c(f, "13.5 GB", "weights", "GB", W("llama2-7b", "bf16"), H, note="code")
c(f, "40.4 GB", "training", "GB", P("llama2-7b") * 12, X, "off_2x", note="code: 80.9 GB")
LORA = 2 * 32 * 16 * (4096 + 4096)
c(f, "8,388,608", "params", "params", LORA, H, note="r(d_in+d_out) x 2 matrices x 32 layers")
c(f, "1.2 %", "percentage", "%", 100 * LORA / P("llama2-7b"), X, "off_2x", note="0.124 %")
c(f, "134 MB", "training", "MB", LORA * 16, H, hedged=True)
c(f, "168 MB", "weights", "MB", LORA * 2, X, "off_2x", note="16.8 MB")
A = "QLoRA keeps Llama-2-70B"
c(f, "68,976,648,192", "params", "params", P("llama2-70b"), H, anchor=A)
c(f, "35.6 GB", "weights", "GB", P("llama2-70b") * NF4_BPW / 8, H, hedged=True, anchor=A, note="nf4 4.127 bpw")
c(f, "17.2 GB", "weights", "GB", W("llama2-70b", "int4"), X, "off_2x", anchor=A, note="int4: 34.5 GB")
S, B_, Hd, Ah = 4096, 8, 4096, 32
c(f, "256 MB", "activations", "MB", 2 * S * B_ * Hd, X, "gib_as_gb", note="2sbh = 268.4 MB = 256 MiB")
c(f, "8 GiB", "activations", "GiB", 2 * S * B_ * Hd * 32, H)
ACT_NR = S * B_ * Hd * (34 + 5 * Ah * S / Hd)
c(f, "24.3 GiB", "activations", "GiB", ACT_NR, H, note="sbh(34 + 5as/h) = 194 sbh")
c(f, "97 GiB", "activations", "GiB", ACT_NR * 32, X, "off_2x", hedged=True, note="x 32 layers = 776 GiB")
n(f, "created: 2024-07-22", "date")
n(f, "Run config: lr 2e-4, batch 128, warmup 100 steps, 3 epochs, seed 42.", "other")
n(f, "`lora_alpha = 32`, `lora_dropout = 0.05`", "other")
n(f, "https://arxiv.org/abs/2305.14314", "url")
n(f, r"$$\mathcal{L} = -\sum_{t=1}^{T}", "latex equation")
n(f, "with $s = 4096$, $b = 8$, $h = 4096$, $a = 32$", "other")
n(f, "1. no recomputation: $s b h (34 + 5 a s / h)$", "derivation")
n(f, "2. full recomputation: $2 s b h$", "derivation")
n(f, "Final eval loss 1.38, MMLU 47.1", "score")

# ---- en_04: embeddings ----------------------------------------------------
f = "en_04"
A = "`bert-base-uncased` (BertModel"
VEC = lambda N, dim, b: N * dim * b
c(f, "109,482,240", "params", "params", P("bert-base"), H, anchor=A)
c(f, "335,141,888", "params", "params", P("bert-large"), H, anchor=A)
c(f, "3 times", "ratio", "×", P("bert-large") / P("bert-base"), H, hedged=True, anchor=A, note="3.06")
c(f, "438 MB", "weights", "MB", W("bert-base", "fp32"), H)
c(f, "1.34 GB", "weights", "GB", W("bert-large", "fp16"), X, "off_2x", note="fp16: 0.67 GB (1.34 is fp32)")
c(f, "438", "weights", "MB", W("bert-base", "fp32"), H, anchor="| bert-base-uncased | 110M |")
c(f, "670", "weights", "MB", W("bert-large", "fp32"), X, "off_2x", anchor="| bert-large-uncased | 335M |",
  note="header fp32: 1340.6 MB; 670 is fp16")
c(f, "249", "weights", "MB", W("gpt2", "fp32"), X, "off_2x", anchor="| gpt2 | 124M |", note="fp32: 497.8 MB")
A = "10 million 768-dim float32 embeddings"
c(f, "30.7 GB", "index", "GB", VEC(1e7, 768, 4), H, anchor=A)
c(f, "28.6 GiB", "index", "GiB", VEC(1e7, 768, 4), H, anchor=A)
c(f, "40.96 GiB", "index", "GiB", VEC(1e7, 1024, 4), X, "gb_as_gib", anchor=A, note="40.96 GB = 38.15 GiB")
c(f, r"3.072 \times 10^{10}", "arithmetic", "bytes", VEC(1e7, 768, 4), H)
c(f, r"30.72\,\text{GB}", "arithmetic", "GB", VEC(1e7, 768, 4), H)
c(f, "153.6 GB", "index", "GB", VEC(1e5, 384, 4), X, "wrong_unit", alt=VEC(1e5, 384, 4) / 1e6 * 1e9,
  note="153.6 MB, not GB")
c(f, "51.2 GB", "arithmetic", "GB", VEC(50e6, 1024, 2), X, "arithmetic", note="= 102.4 GB")
c(f, "75 %", "percentage", "%", 100 * (1 - 1 / 4), H, anchor="int8 scalar quantisation")
c(f, "3.84 GB", "index", "GB", VEC(1e7, 768, 1), X, "off_2x", note="int8: 7.68 GB")
c(f, "8×", "ratio", "×", 32 / 1, X, "off_2x", note="32 bits -> 1 bit = 32x")
A = "PQ with 96 sub-quantisers"
c(f, "96 bytes", "index", "bytes", 96 * 8 / 8, H, anchor=A)
c(f, "96 GB", "index", "GB", 1e9 * 96, H, anchor=A)
c(f, "32×", "ratio", "×", 768 * 4 / 96, H, anchor=A)
c(f, "35.8 GiB", "index", "GiB", VEC(25e6, 384, 4), H, note="code")
c(f, "9.6 GB", "index", "GB", VEC(25e6, 384, 1), H, note="code")
c(f, "19.2 GiB", "index", "GiB", VEC(25e6, 384, 2), X, "gb_as_gib", note="code /2**30: 17.88 GiB; 19.2 is GB")
n(f, "created: 2024-03-11", "date")
n(f, "Library: faiss 1.8.0 — https://github.com/facebookresearch/faiss/wiki/Faiss-indexes", "url")
n(f, r"Similarity is $\cos\theta", "latex equation")
n(f, "Recall@10 = 0.947 at nprobe 32, efSearch 128.", "score")
n(f, "MTEB average 62.3 for the base model, 64.1", "score")
n(f, "P = 0.003 in 2,000 trials", "probability")

# ---- ru_01: on-device ---------------------------------------------------
f = "ru_01"
c(f, "1⍽235⍽814⍽400", "params", "params", P("llama3.2-1b"), H, note="из конфигурации в заметке")
c(f, "3⍽212⍽749⍽824", "params", "params", P("llama3.2-3b"), H)
c(f, "3,82 млрд", "params", "млрд", P("phi3-mini"), H)
c(f, "2,61 млрд", "params", "млрд", P("gemma2-2b"), H)
c(f, "9,24 млн", "params", "млн", P("gemma2-9b"), X, "wrong_unit", alt=P("gemma2-9b") / 1e9 * 1e6, note="9,24 млрд")
c(f, "0,62 ГиБ", "weights", "ГиБ", W("llama3.2-1b", "int4"), X, "gb_as_gib", note="0,618 ГБ = 0,576 ГиБ")
c(f, "1,6 ГБ", "weights", "ГБ", W("llama3.2-3b", "int4"), H, hedged=True, anchor="Llama 3.2 3B в 4 битах")
c(f, "7,64 ГиБ", "weights", "ГиБ", W("phi3-mini", "fp16"), X, "gb_as_gib", note="7,64 ГБ = 7,12 ГиБ")
c(f, "3,8 ГБ", "weights", "ГБ", W("phi3-mini", "int4"), X, "off_2x", note="int4: 1,91 ГБ")
c(f, "4,3 ГиБ", "weights", "ГиБ", W("gemma2-9b", "int4"), H)
c(f, "2,6 ГБ", "weights", "ГБ", W("gemma2-2b", "bf16"), X, "off_2x", note="bf16: 5,23 ГБ")
c(f, "8 раз", "ratio", "×", BYTES["fp16"] / BYTES["int4"], X, "off_2x", note="fp16/int4 = 4")
c(f, "75⌁%", "percentage", "%", 100 * (1 - 0.5 / 2), H)
c(f, "1,61 ГБ", "weights", "ГБ", W("llama3.2-3b", "int4"), H, note="код")
c(f, "6,4 ГиБ", "weights", "ГиБ", W("llama3.2-3b", "bf16"), X, "gb_as_gib", note="код /2**30: 5,98 ГиБ")
c(f, "321 млн", "params", "млн", P("llama3.2-3b"), X, "off_2x", note="3213 млн")
A = "Блоки: Q4_0 хранит"
c(f, "4,5 бита", "quantized_file", "бит/вес", BPW["Q4_0"], H, anchor=A, gguf=True)
c(f, "4,5 бита", "quantized_file", "бит/вес", BPW["Q4_K"], H, anchor=A, occ=2, gguf=True)
c(f, "6,56 бита", "quantized_file", "бит/вес", BPW["Q6_K"], H, anchor=A, gguf=True)
c(f, "0,78 бита", "quantized_file", "бит/вес", BPW["IQ1_S"], X, "off_2x", anchor=A, gguf=True, note="IQ1_S 1,5625")
A = "Для Llama-3-8B файл Q4_K_M"
c(f, "4,58 ГиБ", "quantized_file", "ГиБ", QF("llama3-8b", "Q4_K_M"), H, anchor=A, gguf=True)
c(f, "4,9 ГБ", "quantized_file", "ГБ", QF("llama3-8b", "Q4_K_M"), H, anchor=A, gguf=True)
c(f, "7,95 ГБ", "quantized_file", "ГБ", QF("llama3-8b", "Q8_0"), X, "gib_as_gb", anchor=A, gguf=True,
  note="Q8_0 7,95 ГиБ = 8,53 ГБ")
c(f, "10,7 ГиБ", "quantized_file", "ГиБ", QF("llama3-8b", "Q5_K_M"), X, "off_2x", anchor=A, gguf=True, note="5,33 ГиБ")
c(f, "6,5 раза", "ratio", "×", BPW["F16"] / BPW["Q4_K_M"], X, "off_2x", note="F16/Q4_K_M = 3,27")
c(f, "32 КиБ", "kv_cache_per_token", "КиБ", KVT("llama3.2-1b"), H)
c(f, "256 МБ", "kv_cache_total", "МБ", KV("llama3.2-1b", 8192), X, "gib_as_gb", note="256 МиБ = 268 МБ")
c(f, "112 КиБ", "kv_cache_per_token", "КиБ", KVT("llama3.2-3b"), H)
c(f, "3,5 ГБ", "kv_cache_total", "ГБ", KV("llama3.2-3b", 32768), X, "gib_as_gb", anchor="У 3B — 112 КиБ",
  note="3,5 ГиБ = 3,76 ГБ")
c(f, "104 КиБ", "kv_cache_per_token", "КиБ", KVT("gemma2-2b"), H, note="цепочка 2 × 26 × 4 × 256 × 2")
c(f, "96 КиБ", "kv_cache_per_token", "КиБ", KVT("phi3-mini"), X, "off_2x", note="MHA 32 × 96: 384 КиБ")
n(f, "created: 2024-10-02", "date")
n(f, "iPhone 15 Pro (iOS 17.5), llama.cpp b3447", "version")
n(f, "https://huggingface.co/meta-llama/Llama-3.2-1B", "url")
n(f, "| Llama 3.2 1B | 2048 |", "other")
n(f, "| Llama 3.2 3B | 3072 |", "other")
n(f, "| Phi-3-mini-4k | 3072 |", "other")
n(f, "| Gemma 2 2B | 2304 |", "other")
n(f, "| Gemma 2 9B | 3584 |", "other")
n(f, "1. Цена телефона — 99⍽990 ₽", "price")
n(f, "2. Оценка MMLU у Llama 3.2 3B — 63,4", "score")

# ---- ru_02: tokens / FLOPs ----------------------------------------------
f = "ru_02"
A = "По Chinchilla на параметр нужно 20 токенов"
c(f, "140 млрд", "tokens", "млрд токенов", 20 * 7e9, H, anchor=A)
c(f, "14 трлн", "tokens", "трлн токенов", 20 * 70e9, X, "off_2x", anchor=A, note="1,4 трлн")
c(f, "9,3 раза", "ratio", "×", 15e12 / (20 * P("llama3-8b")), X, "off_2x", note="93,4")
c(f, "30 раз", "ratio", "×", 2e12 / (20 * P("llama2-7b")), X, "off_2x", note="14,8")
c(f, "2–4 млрд", "range", "млрд токенов", 20 * 1e9, X, "off_2x", rng=True, note="20 млрд")
c(f, r"5{,}88 \cdot 10^{21}", "flops", "FLOP", 6 * 7e9 * 1.4e11, H)
c(f, "7,2·10^23", "flops", "FLOP", 6 * P("llama3-8b") * 15e12, H, hedged=True)
c(f, "8,3·10^22", "flops", "FLOP", 6 * P("llama2-70b") * 2e12, X, "off_2x", note="8,28·10^23")
c(f, "41⍽000", "arithmetic", "GPU-часов", 5.88e21 / (0.4 * 989e12) / 3600, X, "off_2x", hedged=True,
  note="≈ 4130 GPU-часов")
A1, A2, A3 = "| Llama 3.2 1B (", "| Gemma 2 9B (", "| Llama-2-13B ("
c(f, "1,24", "params", "млрд", P("llama3.2-1b"), H, anchor=A1)
c(f, "24,7", "tokens", "млрд токенов", 20 * P("llama3.2-1b"), H, anchor=A1)
c(f, "1,8·10^21", "flops", "FLOP", 6 * P("llama3.2-1b") * 20 * P("llama3.2-1b"), X, "off_2x", anchor=A1,
  note="1,83·10^20")
c(f, "9,24", "params", "млрд", P("gemma2-9b"), H, anchor=A2)
c(f, "185", "tokens", "млрд токенов", 20 * P("gemma2-9b"), H, anchor=A2)
c(f, "1,0·10^22", "flops", "FLOP", 6 * P("gemma2-9b") * 20 * P("gemma2-9b"), H, anchor=A2)
c(f, "13,0", "params", "млрд", P("llama2-13b"), H, anchor=A3)
c(f, "260", "tokens", "млрд токенов", 20 * P("llama2-13b"), H, anchor=A3)
c(f, "2,0·10^21", "flops", "FLOP", 6 * P("llama2-13b") * 20 * P("llama2-13b"), X, "off_2x", anchor=A3,
  note="2,03·10^22")
c(f, "4 ТБ", "tokens_bytes", "ТБ", 1e12 * 4, H, hedged=True, anchor="1 трлн токенов текста")
c(f, "30 ТБ", "tokens_bytes", "ТБ", 15e12 * 2, H)
c(f, "60 ТиБ", "tokens_bytes", "ТиБ", 15e12 * 4, X, "gb_as_gib", note="60 ТБ = 54,6 ТиБ")
c(f, "4 ТБ", "tokens_bytes", "ТБ", 2e12 * 4, X, "off_2x", anchor="Токенизированный корпус", note="8 ТБ")
c(f, "2,55 млрд", "tokens", "млрд токенов", 0.17 * 15e12, X, "wrong_unit", alt=0.17 * 15e12 / 1e12 * 1e9,
  note="2,55 трлн")
c(f, "200–400 млрд", "range", "млрд токенов", [200e9, 400e9], H, rng=True)
n(f, "created: 2024-08-19", "date")
n(f, "https://arxiv.org/abs/2203.15556", "url")
n(f, r"$$L(N, D) = E + \frac{A}{N^{\alpha}}", "latex equation")
n(f, r"$\alpha = 0{,}34$ и $\beta = 0{,}28$", "latex equation")
n(f, "lr 3e-4, косинус до 3e-5, warmup 2000 шагов", "other")
n(f, "1. 2024-08-12 — запуск, вероятность падения узла за сутки оценили в 0,3.", "probability")
n(f, "2. Шаг 12⍽000: loss 2,31", "score")
n(f, "3. Счёт за кластер — 41⍽200 $ за месяц.", "price")

# ---- ru_03: bandwidth-bound decoding --------------------------------------
f = "ru_03"
BW1, BW2 = 3.35e12, 6.7e12
A = "в bf16 занимает 16,06 ГиБ"
c(f, "16,06 ГиБ", "weights", "ГиБ", W("llama3-8b", "bf16"), X, "gb_as_gib", anchor=A, note="16,06 ГБ = 14,96 ГиБ")
c(f, "209 токенов/с", "throughput", "токенов/с", BW1 / W("llama3-8b", "bf16"), H, hedged=True, anchor=A)
c(f, "4,0 ГБ", "weights", "ГБ", W("llama3-8b", "int4"), H, anchor="В int4 её веса")
c(f, "1670 токенов/с", "throughput", "токенов/с", BW1 / W("llama3-8b", "int4"), X, "off_2x", hedged=True,
  note="834 токенов/с")
c(f, r"4{,}8\ \text{мс}", "arithmetic", "мс", 16.06e9 / 3.35e12, H)
c(f, "49 токенов/с", "throughput", "токенов/с", BW2 / W("llama2-70b", "fp16"), H, hedged=True)
A = "Mixtral 8x7B в bf16 на тех же двух H100"
c(f, "72 токенов/с", "throughput", "токенов/с", BW2 / (MIXTRAL_ACTIVE * 2), X, "wrong_kind", hedged=True,
  anchor=A, alt=BW2 / W("mixtral", "bf16"), note="batch 1 reads active experts (25,8 ГБ): ~260 токенов/с")
c(f, "93,4 ГБ", "weights", "ГБ", W("mixtral", "bf16"), H, anchor=A)
A = "При 32k контексте Llama-3-8B"
c(f, "128 КиБ", "kv_cache_per_token", "КиБ", KVT("llama3-8b"), H, anchor=A)
c(f, "17,2 ГБ", "kv_cache_total", "ГБ", KV("llama3-8b", 32768), X, "off_2x", anchor=A, note="32k: 4,3 ГБ (17,2 — это 128k)")
c(f, "209", "throughput", "токенов/с", BW1 / W("llama3-8b", "bf16"), H, anchor=A)
c(f, "165 токенов/с", "throughput", "токенов/с", BW1 / (W("llama3-8b", "bf16") + KV("llama3-8b", 32768)), H,
  hedged=True, anchor=A)
c(f, "0,8 ТБ/с", "bandwidth", "ТБ/с", 100 * W("llama3-8b", "bf16"), X, "off_2x", note="1,6 ТБ/с")
A = "Для Llama-3-70B (70"
c(f, "70⍽553⍽706⍽496", "params", "params", P("llama3-70b"), H, anchor=A)
c(f, "7 ТБ/с", "bandwidth", "ТБ/с", 50 * W("llama3-70b", "int8"), X, "off_2x", anchor=A, note="3,53 ТБ/с")
A = "MacBook с M3 Max"
c(f, "4,58 ГиБ", "quantized_file", "ГиБ", QF("llama3-8b", "Q4_K_M"), H, anchor=A, gguf=True)
c(f, "81 токена/с", "throughput", "токенов/с", 400e9 / QF("llama3-8b", "Q4_K_M"), H, hedged=True, anchor=A)
A = "Телефон с LPDDR5X"
c(f, "1,6 ГБ", "weights", "ГБ", W("llama3.2-3b", "int4"), H, anchor=A)
c(f, "48 токенов/с", "throughput", "токенов/с", 77e9 / W("llama3.2-3b", "int4"), H, hedged=True, anchor=A)
A = "Gemma 2 9B в int4 (4,62"
c(f, "4,62 ГБ", "weights", "ГБ", W("gemma2-9b", "int4"), H, anchor=A)
c(f, "33 токенов/с", "throughput", "токенов/с", 77e9 / W("gemma2-9b", "int4"), X, "off_2x", hedged=True, anchor=A,
  note="16,7 токенов/с")
c(f, "4,75 токенов/с", "throughput", "токенов/с", BW1 / W("llama3-70b", "int8"), X, "off_2x", note="код: 47,5")
c(f, "65,7 ГиБ", "weights", "ГиБ", W("llama3-70b", "int8"), H, note="код")
c(f, "70,6 ГБ", "weights", "ГБ", W("llama3-70b", "bf16"), X, "off_2x", note="код: 141,1 ГБ")
n(f, "created: 2024-09-05", "date")
n(f, "vLLM 0.5.3, CUDA 12.4; сэмплинг `top_p = 0,9`", "version")
n(f, "https://www.nvidia.com/en-us/data-center/h100/", "url")
n(f, r"$$t_{\text{tok}} \ge \frac{M_{\text{weights}}", "latex equation")
n(f, "1. считываем все веса", "derivation")
n(f, "2. считываем KV-кэш длины $s$;", "derivation")
n(f, "3. сэмплируем токен с вероятностью $p_i", "probability")
n(f, "Аренда H100 — 2,49 $/ч (счёт от 2024-09-04), MFU по замеру 0,41.", "price")

# ---- ru_04: long context + GGUF ------------------------------------------
f = "ru_04"
c(f, "800 КиБ", "kv_cache_per_token", "КиБ", KVT("llama2-13b"), H, note="цепочка 40 × 40 × 128 × 2 × 2")
A = "При 4096 токенах это"
c(f, "3,1 ГиБ", "kv_cache_total", "ГиБ", KV("llama2-13b", 4096), H, anchor=A)
c(f, "3,4 ГБ", "kv_cache_total", "ГБ", KV("llama2-13b", 4096), H, anchor=A)
c(f, "53,7 ГиБ", "kv_cache_total", "ГиБ", KV("llama2-13b", 4096, 16), X, "gb_as_gib", anchor=A,
  note="50 ГиБ = 53,7 ГБ")
c(f, "512 МБ", "kv_cache_total", "МБ", KV("mistral-7b", 10**9), X, "gib_as_gb", bound="upper",
  note="окно 4096 × 128 КиБ = 512 МиБ = 537 МБ")
A = "без окна кэш был бы"
c(f, "8 раз", "ratio", "×", 32768 / 4096, H, anchor=A)
c(f, "12,5⌁%", "percentage", "%", 100 * (1 - 4096 / 32768), X, "off_2x", anchor=A, note="экономия 87,5 %")
A = "Qwen2.5-7B (28 слоёв"
c(f, "56 КиБ", "kv_cache_per_token", "КиБ", KVT("qwen2.5-7b"), H, anchor=A)
c(f, "7 ГиБ", "kv_cache_total", "ГиБ", KV("qwen2.5-7b", 131072), H, anchor=A)
c(f, "3,5 ГиБ", "kv_cache_total", "ГиБ", KV("qwen2.5-7b", 131072, 1, 1), H, anchor=A)
c(f, "14 ГиБ", "kv_cache_total", "ГиБ", KV("qwen2.5-7b", 131072, 4), X, "off_2x", anchor=A, note="28 ГиБ")
A = "Веса Qwen2.5-7B"
c(f, "7⍽615⍽616⍽512", "params", "params", P("qwen2.5-7b"), H, anchor=A)
c(f, "30,5 ГБ", "weights", "ГБ", W("qwen2.5-7b", "bf16"), X, "off_2x", anchor=A, note="15,2 ГБ (30,5 — fp32)")
c(f, "4,68 ГБ", "quantized_file", "ГБ", QWEN25_7B_Q4KM_BYTES, H, anchor=A, gguf=True)
c(f, "4,68 ГиБ", "quantized_file", "ГиБ", QWEN25_7B_Q4KM_BYTES, X, "gb_as_gib", anchor=A, gguf=True,
  note="4,68 ГБ = 4,36 ГиБ")
for q, bpw_fig, size_fig, exp, err, note in [
        ("Q4_K_M", "4,89", "4,58", H, None, ""), ("Q5_K_M", "5,70", "5,33", H, None, ""),
        ("Q8_0", "8,50", "15,9", X, "off_2x", "7,95 ГиБ"), ("F16", "16,00", "14,96", H, None, ""),
        ("IQ2_XXS", "2,38", "4,4", X, "off_2x", "2,23 ГиБ")]:
    c(f, bpw_fig, "quantized_file", "бит/вес", BPW[q], H, anchor=f"| {q} |", gguf=True)
    c(f, size_fig, "quantized_file", "ГиБ", QF("llama3-8b", q), exp, err, anchor=f"| {q} |", gguf=True, note=note)
A = "Q4_K_M почти в"
c(f, "3,3 раза", "ratio", "×", BPW["F16"] / BPW["Q4_K_M"], H, hedged=True, anchor=A)
c(f, "70⍽%", "percentage", "%", 100 * (1 - BPW["Q4_K_M"] / BPW["F16"]), H, anchor=A, note="69,4 %")
c(f, "85 %", "percentage", "%", 100 * (1 - BPW["IQ2_XXS"] / BPW["F16"]), H)
c(f, "18 %", "percentage", "%", 100 * (1 - 6.5625 / 16), X, "off_2x", note="Q6_K 6,5625 бит: 59 %")
n(f, "created: 2024-11-18", "date")
n(f, "llama.cpp b3600, `-ngl 99 -c 8192`, температура 0,8, seed 42.", "version")
n(f, "https://huggingface.co/Qwen/Qwen2.5-7B-Instruct-GGUF", "url")
n(f, r"Общая формула: $M = 2 L n_{kv} d_h s b p$", "latex equation")
n(f, "1. Перплексия на wikitext-2: 6,23 у Q4_K_M против 6,14 у F16.", "score")
n(f, "2. VPS с RTX 4090 стоит 2⍽499 ₽/мес (тариф от 2024-11-01).", "price")
n(f, r"3. Шаг 1: $x_{n+1} = x_n - \eta \nabla f(x_n)$", "derivation")


# ---------------------------------------------------------------------------
# Verdicts
# ---------------------------------------------------------------------------
def fix(s):
    return s.replace("⍽", "\u00a0").replace("⌁", "\u202f")


def tol_for(stated, t, cl):
    if cl["hedged"]:
        t = max(t, 0.10 * abs(stated))
    if cl["gguf"]:
        t = max(t, 0.02 * abs(stated))
    return t


def passes(correct, nums, cl):
    """correct (in literal unit; scalar or [lo, hi]) vs the parsed figure."""
    if cl["rng"]:
        (lo, tlo), (hi, thi) = nums[0], nums[1]
        tlo, thi = tol_for(lo, tlo, cl), tol_for(hi, thi, cl)
        if isinstance(correct, list):
            return abs(correct[0] - lo) <= tlo and abs(correct[1] - hi) <= thi
        return lo - tlo <= correct <= hi + thi
    s, t = nums[0]
    t = tol_for(s, t, cl) + 1e-9 * abs(s)
    if cl["bound"] == "upper":
        return correct <= s + t
    return abs(correct - s) <= t


def conv(value, unit):
    return [in_unit(v, unit) for v in value] if isinstance(value, list) else in_unit(value, unit)


def main():
    check_only = "--check" in sys.argv
    lines = {k: (NOTES / v).read_text(encoding="utf-8").split("\n") for k, v in FILES.items()}
    out_claims, out_non, claim_lines = [], [], defaultdict(set)
    per_file = Counter()
    for cl in CLAIMS:
        fk, lang = cl["f"], cl["f"][:2]
        fig, anchor = fix(cl["figure"]), fix(cl["anchor"])
        hits = [i for i, ln in enumerate(lines[fk], 1) if anchor in ln]
        assert len(hits) == 1, (fk, anchor, hits)
        ln_no = hits[0]
        text = lines[fk][ln_no - 1]
        assert text.count(fig) >= cl["occ"], (fk, ln_no, fig, cl["occ"])
        nums = parse(fig, lang)
        assert nums and (len(nums) >= 2 if cl["rng"] else True), (fig, nums)
        unit = cl["unit"]
        correct = conv(cl["value"], unit)
        ok = passes(correct, nums, cl)
        verdict, error = ("holds", None) if ok else ("wrong", None)
        if not ok and unit in TWIN and TWIN[unit] in BYTE_UNITS:
            if passes(conv(cl["value"], TWIN[unit]), nums, cl):
                error = "gib_as_gb" if unit in DECIMAL_UNITS else "gb_as_gib"
        assert verdict == cl["expect"], (fk, ln_no, fig, verdict, correct, nums)
        if verdict == "wrong":
            if cl["error"] in ("gib_as_gb", "gb_as_gib"):
                assert error == cl["error"], (fk, fig, error, cl["error"])
            else:
                assert error is None, (fk, fig, "twin unit passes", error)
                error = cl["error"]
                assert error in ("off_2x", "arithmetic", "wrong_unit", "wrong_kind"), (fk, fig, error)
            if error in ("off_2x", "arithmetic"):
                s = nums[0][0] if not cl["rng"] else (nums[0][0] if correct < nums[0][0] else nums[1][0])
                r = max(correct / s, s / correct)
                assert r >= 1.95, (fk, fig, r)
            if error in ("wrong_kind", "wrong_unit"):
                assert cl["alt"] is not None and passes(conv(cl["alt"], unit), nums, cl), (fk, fig, "alt")
        else:
            assert cl["error"] is None, (fk, fig)
        per_file[fk] += 1
        stated = [v for v, _ in nums[:2]] if cl["rng"] else nums[0][0]
        if unit == "params" and isinstance(stated, float) and stated.is_integer():
            stated = int(stated)
        if isinstance(correct, float):
            correct = round(correct, 6) if abs(correct) < 1e15 else float(f"{correct:.6e}")
            if unit == "params" and abs(correct - round(correct)) < 1e-6:
                correct = int(round(correct))
        elif isinstance(correct, list):
            correct = [round(x, 6) for x in correct]
        claim_lines[fk].add(ln_no)
        out_claims.append(dict(
            id=f"{fk}-{per_file[fk]:02d}", file=FILES[fk], line=ln_no, figure=fig, occurrence=cl["occ"],
            kind=cl["kind"], stated=stated, unit=unit, correct=correct, correct_unit=unit,
            verdict=verdict, error=error, lang=lang, hedged=cl["hedged"], bound=cl["bound"],
            quoted=cl["quoted"], note=cl["note"]))
    for nc in NONCLAIMS:
        fk, text = nc["f"], fix(nc["text"])
        hits = [i for i, ln in enumerate(lines[fk], 1) if text in ln]
        assert len(hits) == 1, (fk, text, hits)
        assert hits[0] not in claim_lines[fk], (fk, hits[0], "non-claim line holds a claim")
        assert re.search(r"\d", lines[fk][hits[0] - 1]), (fk, text)
        out_non.append(dict(file=FILES[fk], line=hits[0], text=text, why=nc["why"], lang=fk[:2]))
    data = {"schema": "vaultkit.claims-truth/1", "claims": out_claims, "non_claims": out_non}
    blob = json.dumps(data, ensure_ascii=False, indent=1) + "\n"
    path = HERE / "truth.json"
    if check_only:
        if not path.exists() or path.read_text(encoding="utf-8") != blob:
            sys.exit("truth.json is stale: run python truth.py")
    else:
        path.write_text(blob, encoding="utf-8")
    # summary
    tot = Counter((c_["lang"], c_["verdict"]) for c_ in out_claims)
    print(f"notes {len(FILES)}; claims {len(out_claims)}; wrong "
          f"{sum(1 for c_ in out_claims if c_['verdict'] == 'wrong')}; non-claims {len(out_non)}")
    for lang in ("en", "ru"):
        print(f"  {lang}: claims {tot[(lang, 'holds')] + tot[(lang, 'wrong')]}, wrong {tot[(lang, 'wrong')]}")
    kinds = sorted({c_["kind"] for c_ in out_claims})
    for k in kinds:
        row = []
        for lang in ("en", "ru"):
            cs = [c_ for c_ in out_claims if c_["kind"] == k and c_["lang"] == lang]
            row.append(f"{lang} {len(cs)} ({sum(c_['verdict'] == 'wrong' for c_ in cs)})")
        print(f"  {k:20s} " + "  ".join(row))
    print("  errors:", dict(Counter(c_["error"] for c_ in out_claims if c_["error"])))
    print("  non-claims:", dict(Counter(n_["why"] for n_ in out_non)),
          "lines", len({(n_["file"], n_["line"]) for n_ in out_non}))


if __name__ == "__main__":
    main()
