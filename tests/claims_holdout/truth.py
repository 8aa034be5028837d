#!/usr/bin/env python3
"""Ground truth for the held-out blind sizing-claims corpus in notes/.

Written blind: without reading vaultkit's code or tests and without reading the
notes of tests/claims_corpus/.  Facts come from /work/shared/claims-gold.md
(dtype sizes, GGUF bits/weight, the models of its facts table) and, for models
outside that table (Qwen2.5-0.5B/14B/72B, Llama-3.1-405B, Llama-3.2-1B/3B,
Gemma-2-9B, Phi-3-mini), from the configs that the notes themselves state.
Every exact parameter count is recomputed from its config below and asserted.

    python tests/claims_holdout/truth.py          # check + write truth.json
    python tests/claims_holdout/truth.py --check  # check only; compare with truth.json

Fails loudly when a figure is not on its line (or not at the stated
occurrence), a non-claim text is not on its line or shares a line with a
claim, the verdict computed by the tolerance policy (claims-gold.md 5.2)
differs from the one the author intended, or a claim meant to be wrong is
off by less than 1.95x (unit confusions and wrong kinds are checked their own way).
"""
import json
import sys
from collections import Counter
from pathlib import Path

HERE = Path(__file__).resolve().parent
NOTES = HERE / "notes"

# --------------------------------------------------------------------------
# Facts
# --------------------------------------------------------------------------
BYTES = {"fp32": 4, "fp16": 2, "bf16": 2, "fp8": 1, "int8": 1, "8bit": 1,
         "int4": 0.5, "4bit": 0.5}
NF4_BPW = 4 + 8 / 64 + 32 / (64 * 256)          # QLoRA double quantisation
BPW = {"Q4_K": 4.5, "Q6_K": 6.5625, "Q8_0": 8.5, "Q4_0": 4.5, "F16": 16.0,
       # measured file-type mixes, Llama-3.1-8B (llama.cpp tools/quantize/README.md)
       "L31_Q2_K": 3.1593, "L31_Q4_K_M": 4.8944, "L31_Q5_K_M": 5.7036,
       "L31_Q6_K": 6.5633, "L31_Q8_0": 8.5008, "L31_IQ4_XS": 4.4597, "L31_F16": 16.0005}
QWEN7B_Q4KM_FILE = 4_683_074_336                  # published file size, bytes

# h, I, L, a (query heads), k (kv heads), d (head dim), V (embedding rows)
CFG = {
    "qwen2.5-0.5b": dict(h=896, I=4864, L=24, a=14, k=2, d=64, V=151936, tied=True, qkv_bias=True),
    "qwen2.5-7b": dict(h=3584, I=18944, L=28, a=28, k=4, d=128, V=152064, tied=False, qkv_bias=True),
    "qwen2.5-14b": dict(h=5120, I=13824, L=48, a=40, k=8, d=128, V=152064, tied=False, qkv_bias=True),
    "qwen2.5-72b": dict(h=8192, I=29568, L=80, a=64, k=8, d=128, V=152064, tied=False, qkv_bias=True),
    "llama3.1-405b": dict(h=16384, I=53248, L=126, a=128, k=8, d=128, V=128256, tied=False),
    "llama3.1-8b": dict(h=4096, I=14336, L=32, a=32, k=8, d=128, V=128256, tied=False),
    "llama3.2-1b": dict(h=2048, I=8192, L=16, a=32, k=8, d=64, V=128256, tied=True),
    "llama3.2-3b": dict(h=3072, I=8192, L=28, a=24, k=8, d=128, V=128256, tied=True),
    "llama2-7b": dict(h=4096, I=11008, L=32, a=32, k=32, d=128, V=32000, tied=False),
    "phi3-mini": dict(h=3072, I=8192, L=32, a=32, k=32, d=96, V=32064, tied=False),
    "gemma2-9b": dict(h=3584, I=14336, L=42, a=16, k=8, d=256, V=256000, tied=True, norms=4),
    "mistral-7b": dict(h=4096, I=14336, L=32, a=32, k=8, d=128, V=32000, tied=False, window=4096),
    "mixtral-8x7b": dict(h=4096, I=14336, L=32, a=32, k=8, d=128, V=32000, tied=False, E=8, topk=2),
    "falcon-7b": dict(h=4544, I=18176, L=32, a=71, k=1, d=64, V=65024, tied=True, fam="falcon"),
    "gpt2-large": dict(h=1280, I=5120, L=36, a=20, k=20, d=64, V=50257, tied=True, fam="gpt2"),
    "gpt2-xl": dict(h=1600, I=6400, L=48, a=25, k=25, d=64, V=50257, tied=True, fam="gpt2"),
    "bert-base-uncased": dict(h=768, I=3072, L=12, a=12, k=12, d=64, V=30522, fam="bert"),
    "bert-base-cased": dict(h=768, I=3072, L=12, a=12, k=12, d=64, V=28996, fam="bert"),
    "bert-large-uncased": dict(h=1024, I=4096, L=24, a=16, k=16, d=64, V=30522, fam="bert"),
}
# published / card counts (claims-gold.md 2.1 for the models of its table;
# model cards / safetensors totals for the others)
PUBLISHED = {
    "qwen2.5-0.5b": 494_032_768, "qwen2.5-7b": 7_615_616_512,
    "qwen2.5-14b": 14_770_033_664, "qwen2.5-72b": 72_706_203_648,
    "llama3.1-405b": 405_853_388_800, "llama3.1-8b": 8_030_261_248,
    "llama3.2-1b": 1_235_814_400, "llama3.2-3b": 3_212_749_824,
    "llama2-7b": 6_738_415_616, "phi3-mini": 3_821_079_552,
    "gemma2-9b": 9_241_705_984, "mistral-7b": 7_241_732_096,
    "mixtral-8x7b": 46_702_792_704, "falcon-7b": 6_921_720_704,
    "gpt2-large": 774_030_080, "gpt2-xl": 1_557_611_200,
    "bert-base-uncased": 109_482_240, "bert-base-cased": 108_310_272,
    "bert-large-uncased": 335_141_888,
}


def mlp_one(c):
    return (2 if c.get("fam") in ("gpt2", "bert", "falcon") else 3) * c["h"] * c["I"]


def count(name):
    c = CFG[name]
    h, I, L, a, k, d, V = (c[x] for x in "hILakdV")
    fam = c.get("fam", "llama")
    if fam in ("gpt2", "bert"):
        layer = 4 * h * h + 4 * h + 2 * h * I + I + h + 4 * h
        if fam == "gpt2":
            return L * layer + V * h + 1024 * h + 2 * h
        return L * layer + V * h + 512 * h + 2 * h + 2 * h + h * h + h
    if fam == "falcon":
        layer = h * a * d + 2 * h * k * d + a * d * h + 2 * h * I + 2 * h
        return L * layer + V * h + 2 * h
    attn = 2 * h * a * d + 2 * h * k * d + ((a * d + 2 * k * d) if c.get("qkv_bias") else 0)
    mlp = c.get("E", 1) * mlp_one(c) + (h * c["E"] if "E" in c else 0)
    layer = attn + mlp + c.get("norms", 2) * h
    return L * layer + V * h * (1 if c["tied"] else 2) + h


for _m, _n in PUBLISHED.items():
    assert count(_m) == _n, (_m, count(_m), _n)


def N(m):
    return PUBLISHED[m]


def active(m):
    c = CFG[m]
    return N(m) - c["L"] * (c["E"] - c["topk"]) * mlp_one(c)


def W(m, dtype):
    return N(m) * BYTES[dtype]


def KVT(m, b=2):
    c = CFG[m]
    return 2 * c["L"] * c["k"] * c["d"] * b


def KV(m, seq, batch=1, b=2):
    return KVT(m, b) * seq * batch


def QF(m, bpw):
    return N(m) * bpw / 8


def lora(r, shapes, layers):
    return layers * sum(r * (i + o) for i, o in shapes)


UNIT = {"GB": 1e9, "GiB": 2**30, "MB": 1e6, "MiB": 2**20, "KiB": 2**10, "TB": 1e12,
        "ГБ": 1e9, "ГиБ": 2**30, "МБ": 1e6, "МиБ": 2**20, "КиБ": 2**10,
        "bytes": 1, "байт": 1, "params": 1, "B": 1e9, "M": 1e6, "млрд": 1e9, "млн": 1e6,
        "TB/s": 1e12, "ТБ/с": 1e12}
TWIN = {"GB": "GiB", "GiB": "GB", "MB": "MiB", "MiB": "MB", "ГБ": "ГиБ", "ГиБ": "ГБ",
        "МБ": "МиБ", "МиБ": "МБ"}

# --------------------------------------------------------------------------
# Claims
# --------------------------------------------------------------------------
FILES = {p.name.split("_")[0] + "_" + p.name.split("_")[1]: p.name for p in NOTES.glob("*.md")}
CLAIMS, NONCLAIMS = [], []
NB, NN = "\u00a0", "\u202f"


def C(f, at, fig, kind, unit, value, expect, error=None, *, hedged=False, bound=None,
      quoted=False, gguf=False, exact=False, alt=None, occ=None, note=""):
    """`at`: a string unique in the file that contains `fig`; `value`: the true
    quantity in base units (bytes, parameters, ratio, %, ...) or a (lo, hi) pair."""
    CLAIMS.append(dict(f=f, at=at, fig=fig, kind=kind, unit=unit, value=value, expect=expect,
                       error=error, hedged=hedged, bound=bound, quoted=quoted, gguf=gguf,
                       exact=exact, alt=alt, occ=occ, note=note))


def X(f, at, why):
    NONCLAIMS.append(dict(f=f, at=at, why=why))


GB = 1e9
# ---- en_01: Qwen2.5 family table ------------------------------------------
C("en_01", "494,032,768", "494,032,768", "params", "params", N("qwen2.5-0.5b"), "holds", exact=True)
C("en_01", "0.49 B", "0.49", "params", "B", N("qwen2.5-0.5b"), "holds")
C("en_01", "14,770,033,664", "14,770,033,664", "params", "params", N("qwen2.5-14b"), "holds", exact=True)
C("en_01", "14.8 B", "14.8", "params", "B", N("qwen2.5-14b"), "holds")
C("en_01", "72,706,203,648", "72,706,203,648", "params", "params", N("qwen2.5-72b"), "holds", exact=True)
C("en_01", "7.27 B", "7.27", "params", "B", N("qwen2.5-72b"), "wrong", "off_2x", note="72.7 B, decimal point slipped")
C("en_01", "is 136,134,656 weights", "136,134,656", "params", "params", 151936 * 896, "holds", exact=True)
C("en_01", "55 % of the whole", "55", "percentage", "%", 100 * 151936 * 896 / N("qwen2.5-0.5b"), "wrong", "off_2x")
C("en_01", "| 0.92 |", "0.92", "weights", "GB", W("qwen2.5-0.5b", "bf16"), "wrong", "gib_as_gb", note="0.92 GiB under a GB header")
C("en_01", "| 0.23 |", "0.23", "weights", "GiB", W("qwen2.5-0.5b", "int8"), "wrong", "off_2x", note="int8 column; 0.23 is the 4-bit GiB")
C("en_01", "| 0.25 |", "0.25", "weights", "GB", W("qwen2.5-0.5b", "int4"), "holds")
C("en_01", "| 59.1 |", "59.1", "weights", "GB", W("qwen2.5-14b", "bf16"), "wrong", "off_2x")
C("en_01", "| 27.5 |", "27.5", "weights", "GiB", W("qwen2.5-14b", "int8"), "wrong", "off_2x", note="27.5 GiB is the bf16 value")
C("en_01", "| 7.4 |", "7.4", "weights", "GB", W("qwen2.5-14b", "int4"), "holds")
C("en_01", "| 145.4 |", "145.4", "weights", "GB", W("qwen2.5-72b", "bf16"), "holds")
C("en_01", "| 67.7 |", "67.7", "weights", "GiB", W("qwen2.5-72b", "int8"), "holds")
C("en_01", "| 72.7 |", "72.7", "weights", "GB", W("qwen2.5-72b", "int4"), "wrong", "off_2x", note="72.7 GB is int8")
C("en_01", "saves 50 %", "50", "percentage", "%", 100 * (1 - 1 / 2), "holds")
C("en_01", "8 times smaller", "8", "ratio", "×", 2 / 0.5, "wrong", "off_2x")
C("en_01", "72–145 GB", "72–145", "range", "GB", (W("qwen2.5-72b", "int4"), W("qwen2.5-72b", "int8")), "wrong", "off_2x",
  note="4..8 bits of the 72B = 36.4..72.7 GB")
C("en_01", "12 KiB per token", "12", "kv_cache_per_token", "KiB", KVT("qwen2.5-0.5b"), "holds")
C("en_01", "192 KiB per token", "192", "kv_cache_per_token", "KiB", KVT("qwen2.5-14b"), "holds")
C("en_01", "needs 12 GiB", "12", "kv_cache_total", "GiB", KV("qwen2.5-14b", 131072), "wrong", "off_2x")
C("en_01", "320 KiB per token", "320", "kv_cache_per_token", "KiB", KVT("qwen2.5-72b"), "holds")
C("en_01", "comes to 80 GiB", "80", "kv_cache_total", "GiB", KV("qwen2.5-72b", 32768, 4), "wrong", "off_2x")
X("en_01", "| Qwen2.5-0.5B | 896 | 4864 |", "other")
X("en_01", "| Qwen2.5-14B | 5120 | 13824 |", "other")
X("en_01", "| Qwen2.5-72B | 8192 | 29568 |", "other")
X("en_01", "https://huggingface.co/Qwen/Qwen2.5-14B/blob/main/config.json", "url")
X("en_01", "$2 \\cdot L \\cdot n_{kv} \\cdot d_{head}$", "latex equation")
X("en_01", "$7,500", "price")
X("en_01", "3.35 TB/s", "other")
X("en_01", "MMLU for the 72B base: 86.1", "score")

# ---- en_02: 405B fp8 bring-up log -----------------------------------------
L405 = CFG["llama3.1-405b"]
layer405 = (N("llama3.1-405b") - 2 * L405["V"] * L405["h"] - L405["h"]) // L405["L"]
C("en_02", "405,853,388,800", "405,853,388,800", "params", "params", N("llama3.1-405b"), "holds", exact=True)
C("en_02", "405.9 GB", "405.9", "weights", "GB", W("llama3.1-405b", "fp8"), "holds")
C("en_02", "378 GiB", "378", "weights", "GiB", W("llama3.1-405b", "fp8"), "holds")
C("en_02", "47.2 GiB per GPU", "47.2", "weights", "GiB", W("llama3.1-405b", "fp8") / 8, "holds")
C("en_02", "alone is 3.2 GB", "3.2", "weights", "GB", layer405 * BYTES["fp8"], "holds", note="dtype only in properties (fp8)")
C("en_02", "811.7 GiB", "811.7", "weights", "GiB", W("llama3.1-405b", "bf16"), "wrong", "gb_as_gib")
C("en_02", "258,048 bytes", "258,048", "kv_cache_per_token", "bytes", KVT("llama3.1-405b", 1), "holds")
C("en_02", "≈ 252 KiB", "252", "kv_cache_per_token", "KiB", KVT("llama3.1-405b", 1), "holds", hedged=True)
C("en_02", "15.75 GiB of cache", "15.75", "kv_cache_total", "GiB", KV("llama3.1-405b", 131072, 1, 1), "wrong", "off_2x")
C("en_02", "and 63 GiB if", "63", "kv_cache_total", "GiB", KV("llama3.1-405b", 131072, 1, 2), "holds")
C("en_02", "= 126 GiB", "126", "kv_cache_total", "GiB", KV("llama3.1-405b", 131072, 8, 1), "wrong", "off_2x")
C("en_02", "1008 KiB", "1008", "kv_cache_per_token", "KiB", KVT("llama3.1-405b", 2), "wrong", "off_2x")
C("en_02", "fp8 cache 63 GiB", "63", "kv_cache_total", "GiB", KV("llama3.1-405b", 16384, 16, 1), "holds")
C("en_02", "3.9 GiB per GPU", "3.9", "kv_cache_total", "GiB", KV("llama3.1-405b", 16384, 16, 1) / 8, "wrong", "off_2x")
C("en_02", "= 26.8 TB/s", "26.8", "bandwidth", "TB/s", 8 * 3.35e12, "holds")
C("en_02", "near 66 tok/s", "66", "throughput", "tokens/s", 8 * 3.35e12 / W("llama3.1-405b", "fp8"), "holds", hedged=True)
C("en_02", "i.e. 47 %", "47", "percentage", "%", 100 * 31 / (8 * 3.35e12 / W("llama3.1-405b", "fp8")), "holds")
C("en_02", "reach 132 tok/s", "132", "throughput", "tokens/s", 8 * 3.35e12 / W("llama3.1-405b", "bf16"), "wrong", "off_2x")
C("en_02", "= 18 bytes per parameter", "18", "training", "bytes/param", 2 + 4 + 4 + 8, "holds")
C("en_02", "7.3 TB", "7.3", "training", "TB", N("llama3.1-405b") * 18, "holds")
C("en_02", "2.4 TB", "2.4", "training", "TB", N("llama3.1-405b") * 12, "wrong", "off_2x")
X("en_02", "Config (HF repo): hidden 16384", "other")
X("en_02", "driver 550.54.15, CUDA 12.4", "version")
X("en_02", "INFRA-4412", "other")
X("en_02", "https://github.com/vllm-project/vllm/releases/tag/v0.5.4", "url")
X("en_02", "Retro on 2024-08-16, 14:00.", "date")

# ---- en_03: fine-tuning memory, Gemma 2 9B and Phi-3-mini -----------------
C("en_03", "has 9,241,705,984 parameters", "9,241,705,984", "params", "params", N("gemma2-9b"), "holds", exact=True)
C("en_03", "917,504,000", "917,504,000", "params", "params", 256000 * 3584, "holds", exact=True)
C("en_03", "about 20 %", "20", "percentage", "%", 100 * 256000 * 3584 / N("gemma2-9b"), "wrong", "off_2x", hedged=True)
C("en_03", "at 3,821,079,552", "3,821,079,552", "params", "params", N("phi3-mini"), "holds", exact=True)
C("en_03", "3.8 billion", "3.8", "params", "B", N("phi3-mini"), "holds")
C("en_03", "needs 61.1 GB", "61.1", "training", "GB", N("phi3-mini") * 16, "holds", note="fp32 AdamW 4+4+4+4")
C("en_03", "needs 296 GB", "296", "training", "GB", N("gemma2-9b") * 16, "wrong", "off_2x")
C("en_03", "the 18 bytes/param", "18", "training", "bytes/param", 2 + 4 + 4 + 4 + 4, "holds")
C("en_03", "gives 166.4 GB", "166.4", "training", "GB", N("gemma2-9b") * 18, "holds")
C("en_03", "as 155 GiB", "155", "training", "GiB", N("gemma2-9b") * 18, "holds")
C("en_03", "41.6 GB per GPU", "41.6", "training", "GB", N("gemma2-9b") * 18 / 8, "wrong", "off_2x")
C("en_03", "totals 16 bytes", "16", "training", "bytes/param", 2 + 2 + 12, "holds")
C("en_03", "at 30.6 GB", "30.6", "training", "GB", N("phi3-mini") * 16, "wrong", "off_2x")
C("en_03", "= 12 bytes per parameter", "12", "training", "bytes/param", 2 + 4 + 4 + 2, "holds")
C("en_03", "to 55 GB", "55", "training", "GB", N("gemma2-9b") * 12, "wrong", "off_2x")
C("en_03", "# 166.4 GB", "166.4", "training", "GB", N("gemma2-9b") * 18, "holds", note="code comment")
C("en_03", "# 77.5 GiB", "77.5", "training", "GiB", N("gemma2-9b") * 18, "wrong", "off_2x", note="code comment")
LORA_PHI = lora(16, [(3072, 3072), (3072, 3072)], 32)
C("en_03", "6.29 M adapter", "6.29", "params", "M", LORA_PHI, "holds")
C("en_03", "0.33 %", "0.33", "percentage", "%", 100 * LORA_PHI / N("phi3-mini"), "wrong", "off_2x")
C("en_03", "take 101 MB", "101", "training", "MB", LORA_PHI * 8, "wrong", "off_2x")
C("en_03", "themselves 25 MB", "25", "weights", "MB", LORA_PHI * 2, "wrong", "off_2x")
C("en_03", "4.127 bits", "4.127", "weights", "bits/weight", NF4_BPW, "holds", hedged=True)
C("en_03", "≈ 4.8 GB", "4.8", "weights", "GB", N("gemma2-9b") * NF4_BPW / 8, "holds", hedged=True)
C("en_03", "to 0.95 GB", "0.95", "weights", "GB", N("phi3-mini") * NF4_BPW / 8, "wrong", "off_2x")
X("en_03", "| hidden size | 3584 | 3072 |", "other")
X("en_03", "| MLP inner | 14336 | 8192 |", "other")
X("en_03", "| vocab rows | 256,000 (tied) |", "other")
X("en_03", "1. $m_t = \\beta_1", "derivation")
X("en_03", "2. $v_t = \\beta_2", "derivation")
X("en_03", "3. $\\theta_t", "derivation")
X("en_03", "$\\beta_2 = 0.999$", "latex equation")
X("en_03", "(34 + \\frac{5 a s}{h}", "latex equation")
X("en_03", "arXiv:2305.14314", "other")

# ---- en_04: Llama-3.1-8B GGUF on a laptop --------------------------------
L8 = "llama3.1-8b"
C("en_04", "4.5 bits per weight", "4.5", "quantized_file", "bits/weight", BPW["Q4_K"], "holds", note="144*8/256")
C("en_04", "6.5625 bits", "6.5625", "quantized_file", "bits/weight", BPW["Q6_K"], "holds")
C("en_04", "4.25 bits", "4.25", "quantized_file", "bits/weight", BPW["Q8_0"], "wrong", "off_2x", note="34*8/32 = 8.5")
C("en_04", "| 1.6 GB |", "1.6", "quantized_file", "GB", QF(L8, BPW["L31_Q2_K"]), "wrong", "off_2x", gguf=True)
C("en_04", "| 4.58 GiB |", "4.58", "quantized_file", "GiB", QF(L8, BPW["L31_Q4_K_M"]), "holds", gguf=True)
C("en_04", "| 10.7 GiB |", "10.7", "quantized_file", "GiB", QF(L8, BPW["L31_Q5_K_M"]), "wrong", "off_2x", gguf=True)
C("en_04", "| 6.6 GB |", "6.6", "quantized_file", "GB", QF(L8, BPW["L31_Q6_K"]), "holds", gguf=True)
C("en_04", "| 7.95 GB |", "7.95", "quantized_file", "GB", QF(L8, BPW["L31_Q8_0"]), "wrong", "gib_as_gb", gguf=True)
C("en_04", "span 4.9–6.6 GB", "4.9–6.6", "range", "GB", (QF(L8, BPW["L31_Q4_K_M"]), QF(L8, BPW["L31_Q6_K"])), "holds", gguf=True)
C("en_04", "F16, 16.1 GB", "16.1", "quantized_file", "GB", QF(L8, BPW["L31_F16"]), "holds", gguf=True)
C("en_04", "model size 4.58 GiB", "4.58", "quantized_file", "GiB", QF(L8, BPW["L31_Q4_K_M"]), "holds", gguf=True)
C("en_04", "4.89 BPW", "4.89", "quantized_file", "bits/weight", BPW["L31_Q4_K_M"], "holds", gguf=True)
C("en_04", "roughly 4.9 GB", "4.9", "quantized_file", "GB", QF(L8, BPW["L31_Q4_K_M"]), "holds", gguf=True, hedged=True)
C("en_04", "3.3× smaller", "3.3", "ratio", "×", BPW["L31_F16"] / BPW["L31_Q4_K_M"], "holds", gguf=True)
C("en_04", "saves 47 %", "47", "percentage", "%", 100 * (1 - BPW["L31_Q8_0"] / BPW["L31_F16"]), "holds", gguf=True)
C("en_04", "by 36 %", "36", "percentage", "%", 100 * (1 - BPW["L31_IQ4_XS"] / BPW["L31_F16"]), "wrong", "off_2x", gguf=True)
C("en_04", "keeps 128 KiB", "128", "kv_cache_per_token", "KiB", KVT(L8), "holds")
C("en_04", "adds 4 GiB", "4", "kv_cache_total", "GiB", KV(L8, 32768), "holds")
C("en_04", "adds 8 GiB", "8", "kv_cache_total", "GiB", KV(L8, 131072), "wrong", "off_2x")
C("en_04", "≈ 41 tokens/s", "41", "throughput", "tokens/s", 200e9 / QF(L8, BPW["L31_Q4_K_M"]), "holds", hedged=True)
C("en_04", "≈ 47 tokens/s", "47", "throughput", "tokens/s", 200e9 / QF(L8, BPW["L31_Q8_0"]), "wrong", "off_2x", hedged=True)
X("en_04", "https://github.com/ggerganov/llama.cpp/releases/tag/b3600", "url")
X("en_04", "temp 0.7, top-p 0.95", "probability")
X("en_04", "$400 more in 2023", "price")

# ---- en_05: small models for the edge box ---------------------------------
C("en_05", "1,235,814,400", "1,235,814,400", "params", "params", N("llama3.2-1b"), "holds", exact=True)
C("en_05", "2.47\\,\\text{GB}", "2.47", "weights", "GB", 1.236e9 * 2, "holds", hedged=True, note="LaTeX chain, bf16 in sentence")
C("en_05", "it is 0.62 GB", "0.62", "weights", "GB", W("llama3.2-1b", "int4"), "holds")
C("en_05", "~110 tok/s", "110", "throughput", "tokens/s", 68e9 / W("llama3.2-1b", "int4"), "holds", hedged=True)
C("en_05", "3.2\\,\\text{GB}", "3.2", "weights", "GB", 3.21e9 * 0.5, "wrong", "arithmetic", note="3.21e9 x 0.5 = 1.6 GB")
C("en_05", "~85 tok/s", "85", "throughput", "tokens/s", 68e9 / W("llama3.2-3b", "int4"), "wrong", "off_2x", hedged=True)
C("en_05", "# 3,212,749,824", "3,212,749,824", "params", "params", N("llama3.2-3b"), "holds", exact=True)
C("en_05", "# 6.4 GB", "6.4", "weights", "GB", W("llama3.2-3b", "bf16"), "holds")
C("en_05", "# 224 KiB", "224", "kv_cache_per_token", "KiB", KVT("llama3.2-3b"), "wrong", "off_2x")
C("en_05", "7,241,732,096", "7,241,732,096", "params", "params", N("mistral-7b"), "holds", exact=True)
C("en_05", "14.5 GB in bf16", "14.5", "weights", "GB", W("mistral-7b", "bf16"), "holds")
C("en_05", "never exceeds 256 MiB", "256", "kv_cache_total", "MiB", KV("mistral-7b", 4096), "wrong", "off_2x", bound="upper",
  note="rolling buffer 4096 x 128 KiB = 512 MiB")
C("en_05", "need 2 GiB", "2", "kv_cache_total", "GiB", KV("mistral-7b", 32768), "wrong", "off_2x")
C("en_05", "is 1,557,611,200", "1,557,611,200", "params", "params", N("gpt2-xl"), "holds", exact=True)
C("en_05", "a 12.5 GB fp32", "12.5", "weights", "GB", W("gpt2-xl", "fp32"), "wrong", "off_2x")
C("en_05", "~3.1 GB", "3.1", "weights", "GB", W("gpt2-xl", "fp16"), "holds", hedged=True)
C("en_05", "is 150 KiB", "150", "kv_cache_per_token", "KiB", KVT("gpt2-xl"), "wrong", "off_2x")
C("en_05", "costs 600 MiB", "600", "kv_cache_total", "MiB", KV("gpt2-xl", 1024), "wrong", "off_2x")
C("en_05", "109,482,240", "109,482,240", "params", "params", N("bert-base-uncased"), "holds", exact=True)
C("en_05", "876 MB", "876", "weights", "MB", W("bert-base-uncased", "fp32"), "wrong", "off_2x")
C("en_05", "that 110 GB", "110", "weights", "GB", W("bert-base-uncased", "int8"), "wrong", "wrong_unit", note="110 MB")
X("en_05", "The box has 68 GB/s", "other")
X("en_05", "cfg = dict(hidden=3072", "other")
X("en_05", "temperature 0.6, top-p 0.9", "probability")
X("en_05", "91.4 %", "score")

# ---- ru_01: Mixtral 8x7B ---------------------------------------------------
MX = "mixtral-8x7b"
EXPERTS = CFG[MX]["L"] * CFG[MX]["E"] * mlp_one(CFG[MX])
C("ru_01", "46" + NB + "702" + NB + "792" + NB + "704", "46" + NB + "702" + NB + "792" + NB + "704", "params", "params", N(MX), "holds", exact=True)
C("ru_01", "около 12,9", "12,9", "params", "млрд", active(MX), "holds", hedged=True)
C("ru_01", "примерно 56", "56", "percentage", "%", 100 * active(MX) / N(MX), "wrong", "off_2x", hedged=True)
C("ru_01", "45,1" + NB + "млрд", "45,1", "params", "млрд", EXPERTS, "holds")
C("ru_01", "лишь 3,2", "3,2", "params", "млрд", N(MX) - EXPERTS, "wrong", "off_2x")
C("ru_01", "93,4" + NB + "ГБ", "93,4", "weights", "ГБ", W(MX, "bf16"), "holds")
C("ru_01", "87,0" + NB + "ГиБ", "87,0", "weights", "ГиБ", W(MX, "bf16"), "holds")
C("ru_01", "46,7" + NB + "ГБ", "46,7", "weights", "ГБ", W(MX, "8bit"), "holds", note="'8 бит'")
C("ru_01", "43,5" + NB + "ГБ", "43,5", "weights", "ГБ", W(MX, "int8"), "wrong", "gib_as_gb", quoted=True)
C("ru_01", "11,7" + NB + "ГБ", "11,7", "weights", "ГБ", W(MX, "4bit"), "wrong", "off_2x", note="'4-битной'")
C("ru_01", "в 2–4", "2–4", "range", "×", (2 / 1, 2 / 0.5), "holds")
C("ru_01", "23–47" + NB + "ГБ", "23–47", "range", "ГБ", (W(MX, "4bit"), W(MX, "8bit")), "holds")
C("ru_01", "14,5" + NB + "ГБ", "14,5", "weights", "ГБ", W("mistral-7b", "bf16"), "holds")
C("ru_01", "примерно в 13", "13", "ratio", "×", N(MX) / N("mistral-7b"), "wrong", "off_2x", hedged=True)
C("ru_01", "128" + NB + "КиБ", "128", "kv_cache_per_token", "КиБ", KVT(MX), "holds")
C("ru_01", "это 4" + NB + "ГиБ", "4", "kv_cache_total", "ГиБ", KV(MX, 32768), "holds")
C("ru_01", "64" + NB + "ГиБ", "64", "kv_cache_total", "ГиБ", KV(MX, 32768, 8), "wrong", "off_2x")
C("ru_01", "87" + NB + "ГиБ", "87", "kv_cache_total", "ГиБ", KV(MX, 4096, 16), "wrong", "wrong_kind",
  alt=("ГиБ", W(MX, "bf16")), note="87 GiB is the bf16 weights; the cache is 8 GiB")
X("ru_01", "11 декабря 2023 г.", "date")
X("ru_01", "$i = 1, \\dots, 8$", "latex equation")
X("ru_01", "MT-Bench у Instruct-версии — 8,30", "score")

# ---- ru_02: KV cache of three models ---------------------------------------
C("ru_02", "393\\,216", "393\\,216", "kv_cache_per_token", "байт", KVT("phi3-mini"), "holds", note="LaTeX product; unit on the next line")
C("ru_02", "384" + NB + "КиБ", "384", "kv_cache_per_token", "КиБ", KVT("phi3-mini"), "holds")
C("ru_02", "1,5" + NB + "ГиБ", "1,5", "kv_cache_total", "ГиБ", KV("phi3-mini", 4096), "holds")
C("ru_02", "12" + NB + "ГиБ", "12", "kv_cache_total", "ГиБ", KV("phi3-mini", 4096, 16), "wrong", "off_2x")
C("ru_02", "6,0" + NB + "ГБ", "6,0", "kv_cache_total", "ГБ", KV("phi3-mini", 4096, 4), "wrong", "gib_as_gb")
C("ru_02", "344" + NB + "064", "344" + NB + "064", "kv_cache_per_token", "байт", KVT("gemma2-9b"), "holds")
C("ru_02", "336" + NB + "КиБ", "336", "kv_cache_per_token", "КиБ", KVT("gemma2-9b"), "holds")
C("ru_02", "2,63" + NB + "ГиБ", "2,63", "kv_cache_total", "ГиБ", KV("gemma2-9b", 4096), "wrong", "off_2x")
C("ru_02", "на 25" + NB + "%", "25", "percentage", "%", 100 * (1 - KVT("gemma2-9b") / KVT("phi3-mini")), "wrong", "off_2x")
C("ru_02", "в 2,4 раза", "2,4", "ratio", "×", N("gemma2-9b") / N("phi3-mini"), "holds")
C("ru_02", "остаётся 84", "84", "kv_cache_per_token", "КиБ", KVT("gemma2-9b", 1), "wrong", "off_2x")
C("ru_02", "0,66" + NB + "ГиБ", "0,66", "kv_cache_total", "ГиБ", KV("gemma2-9b", 4096, 2, 1), "wrong", "off_2x")
C("ru_02", "32" + NB + "КиБ", "32", "kv_cache_per_token", "КиБ", KVT("llama3.2-1b"), "holds")
C("ru_02", "в 12" + NB + "раз", "12", "ratio", "×", KVT("phi3-mini") / KVT("llama3.2-1b"), "holds")
C("ru_02", "займёт 8" + NB + "ГиБ", "8", "kv_cache_total", "ГиБ", KV("llama3.2-1b", 131072), "wrong", "off_2x")
X("ru_02", "1. Для каждого слоя", "derivation")
X("ru_02", "2. Умножаем на число слоёв", "derivation")
X("ru_02", "3. Для контекста $s$", "derivation")
X("ru_02", "(окно 4096)", "other")
X("ru_02", "transformers 4.46.3", "version")

# ---- ru_03: training memory journal ----------------------------------------
Q05, L3B, BBC = "qwen2.5-0.5b", "llama3.2-3b", "bert-base-cased"
LORA_3B = lora(8, [(3072, 3072), (3072, 1024), (3072, 1024), (3072, 3072)], 28)
C("ru_03", "494" + NB + "032" + NB + "768", "494" + NB + "032" + NB + "768", "params", "params", N(Q05), "holds", exact=True)
C("ru_03", "3" + NB + "212" + NB + "749" + NB + "824", "3" + NB + "212" + NB + "749" + NB + "824", "params", "params", N(L3B), "holds", exact=True)
C("ru_03", "108" + NB + "310" + NB + "272", "108" + NB + "310" + NB + "272", "params", "params", N(BBC), "holds", exact=True)
C("ru_03", "= 16" + NB + "байт", "16", "training", "bytes/param", 2 + 2 + 12, "holds")
C("ru_03", "7,9" + NB + "ГБ", "7,9", "training", "ГБ", N(Q05) * 16, "holds")
C("ru_03", "17,8" + NB + "ГБ", "17,8", "training", "ГБ", N(Q05) * 18, "wrong", "off_2x")
C("ru_03", "3,95" + NB + "ГБ", "3,95", "training", "ГБ", N(Q05) * 16, "wrong", "off_2x")
C("ru_03", "57,8" + NB + "ГБ", "57,8", "training", "ГБ", N(L3B) * 18, "holds")
C("ru_03", "53,9" + NB + "ГиБ", "53,9", "training", "ГиБ", N(L3B) * 18, "holds", hedged=True)
C("ru_03", "28,9" + NB + "ГБ", "28,9", "training", "ГБ", N(L3B) * 18 / 4, "wrong", "off_2x")
C("ru_03", "— 77" + NB + "ГБ", "77", "training", "ГБ", N(L3B) * 12, "wrong", "off_2x")
C("ru_03", "4,59" + NB + "млн", "4,59", "params", "млн", LORA_3B, "holds")
C("ru_03", "0,29" + NB + "%", "0,29", "percentage", "%", 100 * LORA_3B / N(L3B), "wrong", "off_2x")
C("ru_03", "73" + NB + "МБ", "73", "training", "МБ", LORA_3B * 8, "wrong", "off_2x")
C("ru_03", "1,73" + NB + "ГБ", "1,73", "training", "ГБ", N(BBC) * 16, "holds")
C("ru_03", "866" + NB + "МБ", "866", "weights", "МБ", W(BBC, "fp32"), "wrong", "off_2x")
C("ru_03", "433" + NB + "МБ", "433", "weights", "МБ", W(BBC, "bf16"), "wrong", "off_2x")
C("ru_03", "777,6" + NB + "млн", "777,6", "tokens", "млн", 9000 * 86400, "holds")
C("ru_03", "2,7" + NB + "млрд", "2,7", "tokens", "млрд", 9000 * 86400 * 7, "wrong", "off_2x")
X("ru_03", "Запуск 2024-11-03", "date")
X("ru_03", "lr = 2e-5", "other")
X("ru_03", "Loss упал с 2,31 до 1,87", "score")
X("ru_03", "2,49" + NB + "$", "price")

# ---- ru_04: GGUF builds of Qwen2.5-7B --------------------------------------
Q7 = "qwen2.5-7b"
C("ru_04", "7" + NB + "615" + NB + "616" + NB + "512", "7" + NB + "615" + NB + "616" + NB + "512", "params", "params", N(Q7), "holds", exact=True)
C("ru_04", "| 15,2 |", "15,2", "quantized_file", "ГБ", QF(Q7, BPW["F16"]), "holds", gguf=True)
C("ru_04", "| 7,1 |", "7,1", "quantized_file", "ГиБ", QF(Q7, BPW["F16"]), "wrong", "off_2x", gguf=True)
C("ru_04", "| 8,5 |", "8,5", "quantized_file", "бит/вес", BPW["Q8_0"], "holds")
C("ru_04", "| 7,54 | 7,54", "7,54", "quantized_file", "ГБ", QF(Q7, BPW["Q8_0"]), "wrong", "gib_as_gb", gguf=True, note="occurrence 1 (ГБ column)")
C("ru_04", "7,54 | 7,54 |", "7,54", "quantized_file", "ГиБ", QF(Q7, BPW["Q8_0"]), "holds", gguf=True, occ=2,
  note="occurrence 2 (ГиБ column)")
C("ru_04", "| 4,92 |", "4,92", "quantized_file", "бит/вес", QWEN7B_Q4KM_FILE * 8 / N(Q7), "holds", gguf=True)
C("ru_04", "| 4,68 |", "4,68", "quantized_file", "ГБ", QWEN7B_Q4KM_FILE, "holds", gguf=True)
C("ru_04", "| 4,36 |", "4,36", "quantized_file", "ГиБ", QWEN7B_Q4KM_FILE, "holds", gguf=True)
C("ru_04", "| 4,5 |", "4,5", "quantized_file", "бит/вес", BPW["Q4_0"], "holds")
C("ru_04", "| 8,9 |", "8,9", "quantized_file", "ГБ", QF(Q7, BPW["Q4_0"]), "wrong", "off_2x", gguf=True,
  note="block-only estimate 4.28 GB; with the Q6_K output tensor ~4.42 GB; off by 2x either way")
C("ru_04", "4" + NB + "683" + NB + "074" + NB + "336", "4" + NB + "683" + NB + "074" + NB + "336", "quantized_file", "байт", QWEN7B_Q4KM_FILE, "holds", exact=True)
C("ru_04", "в 3,25", "3,25", "ratio", "×", QF(Q7, 16) / QWEN7B_Q4KM_FILE, "holds", gguf=True)
C("ru_04", "35" + NB + "%", "35", "percentage", "%", 100 * (1 - QWEN7B_Q4KM_FILE / QF(Q7, 16)), "wrong", "off_2x", gguf=True)
C("ru_04", "9,4–16,2", "9,4–16,2", "range", "ГБ", (QWEN7B_Q4KM_FILE, QF(Q7, BPW["Q8_0"])), "wrong", "off_2x", gguf=True)
C("ru_04", "1,05" + NB + "ГБ", "1,05", "quantized_file", "ГБ", QF("qwen2.5-0.5b", BPW["Q8_0"]), "wrong", "off_2x", gguf=True)
C("ru_04", "# 8,1 ГБ", "8,1", "quantized_file", "ГБ", QF(Q7, BPW["Q8_0"]), "holds", gguf=True, note="code comment")
C("ru_04", "# 28,4 ГиБ", "28,4", "weights", "ГиБ", W(Q7, "fp16"), "wrong", "off_2x", note="code comment; params*2/2**30 = 14.2")
C("ru_04", "215" + NB + "токенов", "215", "throughput", "токенов/с", 1008e9 / QWEN7B_Q4KM_FILE, "holds", hedged=True)
C("ru_04", "около 250", "250", "throughput", "токенов/с", 1008e9 / QF(Q7, BPW["Q8_0"]), "wrong", "off_2x", hedged=True)
C("ru_04", "1,8" + NB + "ТБ/с", "1,8", "bandwidth", "ТБ/с", 60 * QF(Q7, 16), "wrong", "off_2x")
X("ru_04", "https://huggingface.co/Qwen/Qwen2.5-7B-Instruct-GGUF", "url")
X("ru_04", "Перплексия на wikitext-2: 7,84", "score")

# ---- ru_05: Falcon-7B, GPT-2 large, BERT-large ----------------------------
F7 = "falcon-7b"
FALCON_STORED = N(F7) + 65024 * 4544          # tied head written twice in safetensors
C("ru_05", "6" + NN + "921" + NN + "720" + NN + "704", "6" + NN + "921" + NN + "720" + NN + "704", "params", "params", N(F7), "holds", exact=True)
C("ru_05", "591" + NB + "млн", "591", "params", "млн", 65024 * 4544, "wrong", "off_2x")
C("ru_05", "= 14,43", "14,43", "arithmetic", "ГБ", 9.95e9 + 4.48e9, "holds")
C("ru_05", "14,4" + NB + "млрд", "14,4", "params", "млрд", FALCON_STORED, "wrong", "off_2x",
  note="14.43 GB / 2 bytes = 7.22 B stored parameters (claims-gold 2.3)")
C("ru_05", "8" + NB + "КиБ", "8", "kv_cache_per_token", "КиБ", KVT(F7), "holds")
C("ru_05", "всего 2" + NB + "ГиБ", "2", "kv_cache_total", "ГиБ", KV(F7, 2048, 64), "wrong", "off_2x")
C("ru_05", "32" + NB + "ГиБ", "32", "kv_cache_total", "ГиБ", KV("llama2-7b", 2048, 64), "wrong", "off_2x")
C("ru_05", "в 64" + NB + "раза", "64", "ratio", "×", KVT("llama2-7b") / KVT(F7), "holds")
C("ru_05", "774" + NN + "030" + NN + "080", "774" + NN + "030" + NN + "080", "params", "params", N("gpt2-large"), "holds", exact=True)
C("ru_05", "3,1" + NB + "ГБ", "3,1", "weights", "ГБ", W("gpt2-large", "fp32"), "holds")
C("ru_05", "0,77" + NB + "ГБ", "0,77", "weights", "ГБ", W("gpt2-large", "fp16"), "wrong", "off_2x")
C("ru_05", "1,44" + NB + "ГБ", "1,44", "weights", "ГБ", W("gpt2-large", "fp16"), "wrong", "gib_as_gb")
EMB_G2L = 50257 * 1280 + 1024 * 1280
C("ru_05", "8,5" + NB + "%", "8,5", "percentage", "%", 100 * EMB_G2L / N("gpt2-large"), "holds", hedged=True)
C("ru_05", "180" + NB + "КиБ", "180", "kv_cache_per_token", "КиБ", KVT("gpt2-large"), "holds")
C("ru_05", "360" + NB + "МиБ", "360", "kv_cache_total", "МиБ", KV("gpt2-large", 1024), "wrong", "off_2x")
C("ru_05", "335" + NN + "141" + NN + "888", "335" + NN + "141" + NN + "888", "params", "params", N("bert-large-uncased"), "holds", exact=True)
C("ru_05", "в 3,1" + NB + "раза", "3,1", "ratio", "×", N("bert-large-uncased") / N("bert-base-uncased"), "holds")
C("ru_05", "109" + NN + "482" + NN + "240", "109" + NN + "482" + NN + "240", "params", "params", N("bert-base-uncased"), "holds", exact=True)
C("ru_05", "670" + NB + "МБ", "670", "weights", "МБ", W("bert-large-uncased", "fp16"), "holds")
C("ru_05", "0,67" + NB + "ГБ", "0,67", "weights", "ГБ", W("bert-large-uncased", "int8"), "wrong", "off_2x")
X("ru_05", "выпущена в мае 2023 года", "date")
X("ru_05", "выпущена в 2019 году", "date")
X("ru_05", "маскируется 15", "probability")
X("ru_05", "F1 = 90,9", "score")

# --------------------------------------------------------------------------
# Tolerance policy (claims-gold.md 5.2) and checks
# --------------------------------------------------------------------------


def parse(fig, lang):
    s = fig.replace("|", "").strip().replace(NB, "").replace(NN, "").replace("\\,", "").replace(" ", "")
    if "–" in s:
        return [parse(p, lang) for p in s.split("–")]
    s = s.replace(",", "." if lang == "ru" else "")
    return float(s)


def print_tol(fig, lang):
    s = fig.replace("|", "").strip().replace(NB, "").replace(NN, "").replace("\\,", "").replace(" ", "")
    s = s.replace(",", "." if lang == "ru" else "")
    if "." in s:
        return 0.5 * 10 ** -len(s.split(".")[1])
    z = len(s) - len(s.rstrip("0"))
    return 0.5 * 10 ** z


def in_unit(value, unit):
    return value / UNIT[unit] if unit in UNIT else value


def passes(stated, correct, tol):
    return abs(stated - correct) <= tol * (1 + 1e-12)


def verdict(c, lang):
    figs = c["fig"].split("–") if "–" in c["fig"] else [c["fig"]]
    stated = parse(c["fig"], lang)
    unit = c["unit"]
    if isinstance(c["value"], tuple):
        correct = [in_unit(v, unit) for v in c["value"]]
        ok = all(passes(s, v, max(print_tol(f, lang), 0.02 * v if c["gguf"] else 0))
                 for s, v, f in zip(stated, correct, figs))
        return stated, correct, ("holds" if ok else "wrong"), None
    correct = in_unit(c["value"], unit)
    t12 = 0.5 if c["exact"] else print_tol(c["fig"], lang)
    if c["gguf"]:
        t12 = max(t12, 0.02 * abs(correct))
    if passes(stated, correct, t12):
        return stated, correct, "holds", None
    twin = TWIN.get(unit)
    if twin and passes(stated, in_unit(c["value"], twin), t12):
        kind = "gib_as_gb" if UNIT[unit] in (1e9, 1e6) else "gb_as_gib"
        return stated, correct, "wrong", kind
    if c["hedged"] and passes(stated, correct, max(t12, 0.10 * abs(correct))):
        return stated, correct, "holds", None
    if c["bound"] == "upper" and correct <= stated + t12:
        return stated, correct, "holds", None
    return stated, correct, "wrong", None


def rounded(v):
    if isinstance(v, list):
        return [rounded(x) for x in v]
    if float(v).is_integer() and abs(v) < 2**53:
        return int(v)
    return float(f"{v:.6g}")


def build():
    lines = {}
    for key, name in FILES.items():
        lines[key] = (NOTES / name).read_text(encoding="utf-8").split("\n")
    out, seq, claim_lines = [], Counter(), set()
    for c in CLAIMS:
        f = c["f"]
        lang = f[:2]
        hits = [i for i, ln in enumerate(lines[f]) if c["at"] in ln]
        assert len(hits) == 1, f"{f}: anchor {c['at']!r} on lines {[h + 1 for h in hits]}"
        i = hits[0]
        ln = lines[f][i]
        assert ln.count(c["at"]) == 1, f"{f}:{i + 1}: anchor {c['at']!r} twice on the line"
        fig = c["fig"].rstrip(" |")
        pos = ln.index(c["at"]) + c["at"].index(fig)
        occ, j = 0, -1
        while True:
            j = ln.find(fig, j + 1)
            if j < 0 or j > pos:
                break
            occ += 1
        if c["occ"]:
            occ = c["occ"]
        assert occ >= 1 and ln.find(fig) >= 0
        assert ln.count(fig) >= occ
        stated, correct, v, err = verdict(dict(c, fig=fig), lang)
        assert v == c["expect"], f"{f}:{i + 1} {fig!r}: computed {v} (correct {correct}), expected {c['expect']}"
        if v == "wrong":
            e = c["error"]
            assert e, f"{f}:{i + 1} {fig!r}: wrong claim without an error class"
            if e in ("gib_as_gb", "gb_as_gib"):
                assert err == e, f"{f}:{i + 1} {fig!r}: error {e} but twin check says {err}"
            else:
                assert err is None, f"{f}:{i + 1} {fig!r}: marked {e} but it is a unit confusion"
                pairs = list(zip(stated, correct)) if isinstance(stated, list) else [(stated, correct)]
                for s, cc in pairs:
                    assert max(s / cc, cc / s) >= 1.95, f"{f}:{i + 1} {fig!r}: off by only {s / cc:.3f}"
                if e == "wrong_unit":
                    assert any(passes(stated, correct * 1000 ** k, print_tol(fig, lang)) for k in (-1, 1, 2, 3)), fig
                if e == "wrong_kind":
                    au, av = c["alt"]
                    assert passes(stated, in_unit(av, au), print_tol(fig, lang)), fig
        else:
            assert c["error"] is None
        seq[f] += 1
        claim_lines.add((f, i + 1))
        out.append({
            "id": f"{f}-{seq[f]:02d}", "file": FILES[f], "line": i + 1, "figure": fig,
            "occurrence": occ, "kind": c["kind"], "stated": stated, "unit": c["unit"],
            "correct": rounded(correct), "correct_unit": c["unit"], "verdict": v,
            "error": c["error"], "lang": lang, "hedged": c["hedged"], "bound": c["bound"],
            "quoted": c["quoted"], "note": c["note"],
        })
    non = []
    for x in NONCLAIMS:
        f = x["f"]
        hits = [i for i, ln in enumerate(lines[f]) if x["at"] in ln]
        assert len(hits) == 1, f"{f}: non-claim {x['at']!r} on lines {[h + 1 for h in hits]}"
        assert (f, hits[0] + 1) not in claim_lines, f"{f}:{hits[0] + 1}: non-claim shares a line with a claim"
        assert any(ch.isdigit() for ch in x["at"]), x
        non.append({"file": FILES[f], "line": hits[0] + 1, "text": x["at"], "why": x["why"], "lang": f[:2]})
    return {"schema": "vaultkit.claims-truth/1", "claims": out, "non_claims": non}


def summary(d):
    cl = d["claims"]
    by = Counter((c["lang"], c["verdict"]) for c in cl)
    print(f"notes: {len(FILES)}  claims: {len(cl)}  wrong: {sum(c['verdict'] == 'wrong' for c in cl)} "
          f"({100 * sum(c['verdict'] == 'wrong' for c in cl) / len(cl):.1f} %)  non-claims: {len(d['non_claims'])} "
          f"on {len({(n['file'], n['line']) for n in d['non_claims']})} lines")
    for lang in ("en", "ru"):
        print(f"  {lang}: claims {by[(lang, 'holds')] + by[(lang, 'wrong')]}, wrong {by[(lang, 'wrong')]}, "
              f"non-claims {sum(n['lang'] == lang for n in d['non_claims'])}")
    kinds = sorted({c["kind"] for c in cl})
    for k in kinds:
        row = [(sum(c["kind"] == k and c["lang"] == lg for c in cl),
                sum(c["kind"] == k and c["lang"] == lg and c["verdict"] == "wrong" for c in cl)) for lg in ("en", "ru")]
        print(f"  {k:20s} en {row[0][0]:3d} ({row[0][1]:2d})  ru {row[1][0]:3d} ({row[1][1]:2d})")
    print("  errors:", dict(Counter(c["error"] for c in cl if c["error"])))
    print("  non-claims:", dict(Counter(n["why"] for n in d["non_claims"])))


def main():
    d = build()
    text = json.dumps(d, ensure_ascii=False, indent=1) + "\n"
    path = HERE / "truth.json"
    if "--check" in sys.argv:
        if not path.exists() or path.read_text(encoding="utf-8") != text:
            sys.exit("truth.json is stale: run python truth.py")
        print("truth.json is current")
    else:
        path.write_text(text, encoding="utf-8")
    summary(d)


if __name__ == "__main__":
    main()
