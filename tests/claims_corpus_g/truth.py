#!/usr/bin/env python3
"""Ground truth for blind sizing-claims corpus G (tests/claims_corpus_g/notes).

Written without reading vaultkit's code, its tests or the other corpora's notes.  Facts come
from /work/shared/claims-gold.md (dtype bytes, ggml block sizes, measured GGUF bits per weight
of Llama-3.1-8B, exact parameter counts, KV-cache / training / 6*N*D formulas).  Models that
claims-gold does not list (Llama 3.2 1B/3B, Qwen2.5 0.5B/1.5B/3B, Phi-3-mini, Gemma 2 2B) get
their exact count from the published config values through the parameter formula below; models
outside any catalogue (Whisper, ViT) are only used with the parameter count the note states.
Nothing here imports vaultkit.

    python tests/claims_corpus_g/truth.py          # verify and (re)write truth.json
    python tests/claims_corpus_g/truth.py --check  # verify; fail if truth.json is stale

A claim: note, figure (exact text on its line), anchor (text found on exactly one line of the
note; default the figure), occurrence of the figure on the line, kind, printed unit, correct
value in base units, intended verdict, error class.  The script stops when the arithmetic
disagrees with the intended verdict, when a line does not contain the figure or the figure's
number does not read back as the stated value, when an off_2x / arithmetic / per_gpu error is
off by less than 1.95x, when a unit-confusion error does not hold in the twin unit, when a
wrong_kind figure does not match the other kind's value, or when a non-claim line carries a
claim.
"""
from __future__ import annotations

import json
import math
import re
import sys
from collections import Counter
from pathlib import Path

HERE = Path(__file__).resolve().parent
NOTES = HERE / "notes"
KIB, MIB, GIB = 2**10, 2**20, 2**30
NB = "\u00a0"

# ---- facts ------------------------------------------------------------------------------
BY = {"fp32": 4, "fp16": 2, "bf16": 2, "fp8": 1, "int8": 1, "int4": 0.5}
NF4_DQ = 4 + 8 / 64 + 32 / (64 * 256)          # bits per weight, QLoRA double quantisation
NF4 = 4 + 32 / 64                              # fp32 absmax per 64 weights
Q8_0, Q6_K, Q2_K = 34 * 8 / 32, 210 * 8 / 256, 84 * 8 / 256
FILE_BPW = {"Q4_K_M": 4.8944, "Q5_K_M": 5.7036, "Q8_0": 8.5008, "F16": 16.0005}  # Llama-3.1-8B


def count(h, inter, L, a, k, d, V, *, tied, qkv_bias=False, norms=2):
    attn = 2 * h * a * d + 2 * h * k * d + ((a * d + 2 * k * d) if qkv_bias else 0)
    layer = attn + 3 * h * inter + norms * h
    return L * layer + V * h * (1 if tied else 2) + h


# exact counts: claims-gold 2.1 where listed, else the formula over the published config
CFG = {
    "bert-base": dict(n=109_482_240),
    "bert-large": dict(n=335_141_888),
    "llama2-7b": dict(n=6_738_415_616, L=32, k=32, d=128),
    "llama2-13b": dict(n=13_015_864_320, L=40, k=40, d=128),
    "llama2-70b": dict(n=68_976_648_192, L=80, k=8, d=128),
    "llama3-8b": dict(n=8_030_261_248, L=32, k=8, d=128),     # = Llama-3.1-8B
    "llama3-70b": dict(n=70_553_706_496, L=80, k=8, d=128),   # = Llama-3.1-70B
    "mistral-7b": dict(n=7_241_732_096, L=32, k=8, d=128, window=4096),
    "mixtral": dict(n=46_702_792_704, L=32, k=8, d=128),
    "qwen2.5-7b": dict(n=7_615_616_512, L=28, k=4, d=128),
    "llama3.2-1b": dict(n=count(2048, 8192, 16, 32, 8, 64, 128256, tied=True), L=16, k=8, d=64),
    "llama3.2-3b": dict(n=count(3072, 8192, 28, 24, 8, 128, 128256, tied=True), L=28, k=8, d=128),
    "qwen2.5-0.5b": dict(n=count(896, 4864, 24, 14, 2, 64, 151936, tied=True, qkv_bias=True), L=24, k=2, d=64),
    "qwen2.5-1.5b": dict(n=count(1536, 8960, 28, 12, 2, 128, 151936, tied=True, qkv_bias=True), L=28, k=2, d=128),
    "qwen2.5-3b": dict(n=count(2048, 11008, 36, 16, 2, 128, 151936, tied=True, qkv_bias=True), L=36, k=2, d=128),
    "phi3-mini": dict(n=count(3072, 8192, 32, 32, 32, 96, 32064, tied=False), L=32, k=32, d=96),
    "gemma2-2b": dict(n=count(2304, 9216, 26, 8, 4, 256, 256000, tied=True, norms=4)),
}
# the formula reproduces the claims-gold counts and the published counts of the small models
assert count(4096, 14336, 32, 32, 8, 128, 128256, tied=False) == CFG["llama3-8b"]["n"]
assert count(4096, 11008, 32, 32, 32, 128, 32000, tied=False) == CFG["llama2-7b"]["n"]
assert count(3584, 18944, 28, 28, 4, 128, 152064, tied=False, qkv_bias=True) == CFG["qwen2.5-7b"]["n"]
assert [CFG[m]["n"] for m in ("llama3.2-1b", "llama3.2-3b", "qwen2.5-0.5b", "qwen2.5-1.5b", "qwen2.5-3b",
                              "phi3-mini", "gemma2-2b")] == [
    1_235_814_400, 3_212_749_824, 494_032_768, 1_543_714_304, 3_085_938_688, 3_821_079_552, 2_614_341_888]
MIX_EXPERTS = 32 * 8 * 3 * 4096 * 14336
MIX_ACTIVE = CFG["mixtral"]["n"] - 32 * 6 * 3 * 4096 * 14336
assert MIX_ACTIVE == 12_879_925_248


def N(m):
    return CFG[m]["n"]


def W(m, dt):
    return N(m) * (BY[dt] if isinstance(dt, str) else dt)


def KVT(m, b=2):
    c = CFG[m]
    return 2 * c["L"] * c["k"] * c["d"] * b


def KV(m, seq, batch=1, b=2, window=True):
    w = CFG[m].get("window") if window else None
    return KVT(m, b) * (min(seq, w) if w else seq) * batch


def GG(m, bpw):
    return N(m) * bpw / 8


H100, A100, RTX4090 = 3.35e12, 2.0e12, 1008e9
LORA8 = 2 * 32 * 8 * (4096 + 4096)                       # r=8 on q,v of Llama-2-7B
LORA64 = 32 * 64 * (2 * (4096 + 4096) + 2 * (4096 + 1024) + 3 * (4096 + 14336))  # all 7, Llama-3-8B

SCALE = {"bytes": 1, "байта": 1, "KB": 1e3, "MB": 1e6, "GB": 1e9, "KiB": KIB, "MiB": MIB, "GiB": GIB,
         "КБ": 1e3, "МБ": 1e6, "ГБ": 1e9, "КиБ": KIB, "МиБ": MIB, "ГиБ": GIB,
         "params": 1, "M": 1e6, "B": 1e9, "млн": 1e6, "млрд": 1e9, "tokens": 1, "k tokens": 1e3,
         "M tokens": 1e6, "B tokens": 1e9, "млрд токенов": 1e9, "tokens/param": 1, "FLOP": 1,
         "bits": 1, "бита": 1, "%": 1, "×": 1, "tok/s": 1, "токенов/с": 1, "blocks": 1, "блоков": 1,
         "sequences": 1, "shards": 1, "с": 1, "мин": 60}
TWIN = {"KB": "KiB", "KiB": "KB", "MB": "MiB", "MiB": "MB", "GB": "GiB", "GiB": "GB",
        "КБ": "КиБ", "КиБ": "КБ", "МБ": "МиБ", "МиБ": "МБ", "ГБ": "ГиБ", "ГиБ": "ГБ"}
DECIMAL = {"KB", "MB", "GB", "КБ", "МБ", "ГБ"}

# ---- reading a printed figure ---------------------------------------------------------------
SUP = str.maketrans("⁰¹²³⁴⁵⁶⁷⁸⁹⁻", "0123456789-")
NUM = {"en": r"\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?",
       "ru": r"\d{1,3}(?:\u00a0\d{3})+(?:,\d+)?|\d+(?:,\d+)?"}
POW = r"(?:\s*(?:\\times|×|·|\\cdot)\s*10(?:\^\{(?P<c>-?\d+)\}|(?P<s>[⁰¹²³⁴⁵⁶⁷⁸⁹⁻]+)))?"


def read(fig, lang):
    """The first number written in the figure, and half a unit of its last significant digit."""
    fig = fig.replace("{,}", ",")
    m = re.search("(?P<n>" + NUM[lang] + ")" + POW, fig)
    if not m:
        return None
    raw = m.group("n")
    raw = raw.replace(",", "") if lang == "en" else raw.replace(NB, "").replace(",", ".")
    dec = len(raw.split(".")[1]) if "." in raw else 0
    zeros = 0 if dec else len(raw) - len(raw.rstrip("0"))
    ex = m.group("c") or (m.group("s") or "").translate(SUP)
    sc = 10.0 ** int(ex) if ex else 1.0
    return float(raw) * sc, 0.5 * 10.0 ** (zeros - dec) * sc


# ---- the claims ----------------------------------------------------------------------------
FILES = {p.stem[:5]: p.name for p in sorted(NOTES.glob("*.md"))}
CLAIMS, NON = [], []
H, X = "holds", "wrong"


def claim(f, figure, kind, unit, value, expect, error=None, *, anchor=None, occ=1, hedged=False,
          bound=None, gguf=False, alt=None, note=""):
    figure = figure.replace("¦", NB)
    CLAIMS.append(dict(f=f, figure=figure, kind=kind, unit=unit, value=value, expect=expect, error=error,
                       anchor=(anchor or figure).replace("¦", NB), occ=occ, hedged=hedged, bound=bound,
                       gguf=gguf, alt=alt, note=note))


def non(f, text, why):
    NON.append(dict(f=f, text=text.replace("¦", NB), why=why))


# ---- en_01: quant formats compared on Llama-3.1-8B-Instruct ------------------------------------
f = "en_01"
L8 = "llama3-8b"
claim(f, "8,030,261,248", "params", "params", N(L8), H)
claim(f, "16 GB", "weights", "GB", W(L8, "bf16"), H, hedged=True, anchor="roughly 16 GB")
claim(f, "15 GiB", "weights", "GiB", W(L8, "bf16"), H, hedged=True, anchor="about 15 GiB")
claim(f, "8.5 bits", "bits_per_weight", "bits", Q8_0, H)
claim(f, "7.95 GB", "quantized_file", "GB", GG(L8, FILE_BPW["Q8_0"]), X, "gib_as_gb", gguf=True,
      note="Q8_0 file = 8.53 GB = 7.95 GiB")
claim(f, "4.58 GiB", "quantized_file", "GiB", GG(L8, FILE_BPW["Q4_K_M"]), H, gguf=True, hedged=True)
claim(f, "4.89 bits", "bits_per_weight", "bits", FILE_BPW["Q4_K_M"], H)
claim(f, "5.33 GB", "quantized_file", "GB", GG(L8, FILE_BPW["Q5_K_M"]), X, "gib_as_gb", gguf=True,
      note="Q5_K_M = 5.73 GB = 5.33 GiB")
claim(f, "6.5625 bpw", "bits_per_weight", "bits", Q6_K, H)
claim(f, "13.2 GB", "quantized_file", "GB", GG(L8, Q6_K), X, "off_2x", note="pure Q6_K = 6.59 GB")
claim(f, "5.25 bits", "bits_per_weight", "bits", Q2_K, X, "off_2x", note="84*8/256 = 2.625")
claim(f, "4.127 bits", "bits_per_weight", "bits", NF4_DQ, H)
claim(f, "4.14 GB", "quantized_file", "GB", GG(L8, NF4_DQ), H, hedged=True)
claim(f, "4.5 bpw", "bits_per_weight", "bits", NF4, H)
claim(f, "9.04 GB", "quantized_file", "GB", GG(L8, NF4), X, "off_2x", note="4.5 bpw gives 4.52 GB")
claim(f, "4.67 GiB", "quantized_file", "GiB", GG(L8, 4.65), X, "gb_as_gib", note="4.67 GB = 4.35 GiB")
claim(f, "12.0 GB", "quantized_file", "GB", GG(L8, 6.0), X, "off_2x", note="6.0 bpw gives 6.02 GB")
claim(f, "0.125", "bits_per_weight", "bits", 16 / 128, H)
claim(f, "8.03 GB", "weights", "GB", W(L8, "int4"), X, "off_2x", note="int4 = 4.02 GB; 8.03 GB is int8")
claim(f, "47 %", "percentage", "%", 100 * (1 - FILE_BPW["Q8_0"] / FILE_BPW["F16"]), H)
claim(f, "6.5×", "ratio", "×", FILE_BPW["F16"] / FILE_BPW["Q4_K_M"], X, "off_2x", note="3.27x")
claim(f, "14.96 GB", "quantized_file", "GB", GG(L8, FILE_BPW["F16"]), X, "gib_as_gb", gguf=True,
      note="F16 file = 16.06 GB = 14.96 GiB")
non(f, "created: 2026-09-14", "date")
non(f, "Perplexity on wikitext-2", "score")
non(f, "Built with llama.cpp b4350", "version/url")
non(f, "Ran on my ThinkPad T14 gen 4", "count")

# ---- en_02: LoRA / QLoRA adapters --------------------------------------------------------
f = "en_02"
L27 = "llama2-7b"
claim(f, "131,072", "params", "params", 8 * (4096 + 4096), X, "arithmetic", note="8 x 8192 = 65,536")
claim(f, "4,194,304", "params", "params", LORA8, H)
claim(f, "4.2M", "params", "M", LORA8, H, hedged=True)
claim(f, "0.62 %", "percentage", "%", 100 * LORA8 / N(L27), X, "off_2x", note="0.062 %")
claim(f, "6.74B", "params", "B", N(L27), H)
claim(f, "8.4 MB", "weights", "MB", LORA8 * 2, H, hedged=True)
claim(f, "8 MiB", "weights", "MiB", LORA8 * 2, H)
claim(f, "33.6 MB", "weights", "MB", LORA8 * 4, X, "off_2x", note="fp32 adapter = 16.8 MB")
claim(f, "~168M", "params", "M", LORA64, H, hedged=True)
claim(f, "8.03B", "params", "B", N(L8), H)
claim(f, "4.2 %", "percentage", "%", 100 * LORA64 / N(L8), X, "off_2x", note="2.09 %")
claim(f, "671 MB", "weights", "MB", LORA64 * 4, H)
claim(f, "0.67 GB", "training", "GB", LORA64 * 8, X, "off_2x",
      note="Adam m and v in fp32 = 8 bytes/param = 1342 MB")
claim(f, "~36.4 GB", "quantized_file", "GB", GG("llama3-70b", NF4_DQ), H, hedged=True)
claim(f, "70.6 GB", "weights", "GB", W("llama3-70b", "bf16"), X, "off_2x", anchor="A plain bf16 LoRA",
      note="bf16 70B = 141.1 GB")
claim(f, "70.6 GB", "weights", "GB", W("llama3-70b", "int8"), H, anchor="In int8 the 70B")
claim(f, "107.8 GiB", "training", "GiB", 16 * N(L27), X, "gb_as_gib", note="107.8 GB = 100.4 GiB")
claim(f, "54 GB", "training", "GB", 16 * N(L27) / 4, X, "per_gpu", note="107.8/4 = 27 GB per GPU")
claim(f, "6.7 GB", "training", "GB", 16 * N(L27) / 8, X, "per_gpu", note="107.8/8 = 13.5 GB per GPU")
claim(f, "13.48 GiB", "weights", "GiB", W(L27, "bf16"), X, "gb_as_gib", note="13.48 GB = 12.55 GiB")
non(f, "created: 2026-10-01", "date")
non(f, "Hyper-parameters: lr = 2e-4", "hyper-parameters")
non(f, "Eval loss 1.13", "score")
non(f, "Cost of the run: $4.80", "price")

# ---- en_03: vLLM PagedAttention -----------------------------------------------------------
f = "en_03"
POOL = 40 * GIB
claim(f, "131,072 bytes", "kv_cache_per_token", "bytes", KVT(L8), H)
claim(f, "128 KiB", "kv_cache_per_token", "KiB", KVT(L8), H, anchor="131,072 bytes")
claim(f, "2 MiB", "kv_cache_total", "MiB", KVT(L8) * 16, H)
claim(f, "16 GB", "weights", "GB", W(L8, "bf16"), H, anchor="After the 16 GB")
claim(f, "20,480 blocks", "arithmetic", "blocks", POOL / (KVT(L8) * 16), H)
claim(f, "163,840 tokens", "tokens", "tokens", POOL / KVT(L8), X, "off_2x", note="327,680 tokens")
claim(f, "1 GiB", "kv_cache_total", "GiB", KV(L8, 8192), H)
claim(f, "40 sequences", "arithmetic", "sequences", POOL / KV(L8, 8192), H, anchor="With an 8k context")
claim(f, "20 sequences", "arithmetic", "sequences", POOL / KV(L8, 32768), X, "off_2x", note="4 GiB each: 10")
claim(f, "40,960 blocks", "arithmetic", "blocks", POOL / (KVT(L8) * 32), X, "off_2x", note="10,240 blocks")
claim(f, "64 KB", "kv_cache_per_token", "KB", KVT(L8, 1), X, "gib_as_gb", note="fp8: 64 KiB = 65.5 KB")
claim(f, "655,360 tokens", "tokens", "tokens", POOL / KVT(L8, 1), H)
claim(f, "56 KiB", "kv_cache_per_token", "KiB", KVT("qwen2.5-7b"), H)
claim(f, "1.5M tokens", "tokens", "M tokens", POOL / KVT("qwen2.5-7b"), X, "off_2x", hedged=True,
      note="40 GiB / 56 KiB = 749k tokens")
claim(f, "512 KB", "kv_cache_per_token", "KB", KVT(L27), X, "gib_as_gb", note="512 KiB = 524.3 KB")
claim(f, "4×", "ratio", "×", KVT(L27) / KVT(L8), H)
claim(f, "2 GiB", "kv_cache_total", "GiB", KV(L27, 4096), H, anchor="A 4k sequence of Llama-2-7B")
claim(f, "128 blocks", "arithmetic", "blocks", KV(L27, 4096) / (KVT(L27) * 16), X, "off_2x", note="256 blocks")
claim(f, "16 MiB", "kv_cache_total", "MiB", KVT(L27) * 16, X, "off_2x", note="16 x 512 KiB = 8 MiB")
claim(f, "40 sequences", "arithmetic", "sequences", POOL / KV(L27, 4096), X, "off_2x",
      anchor="For Llama-2-7B the 40 GiB pool", note="2 GiB each: 20")
non(f, "created: 2026-10-19", "date")
non(f, "Versions: vllm==0.6.3", "version")
non(f, "Flags: `--max-num-seqs 256", "setting")
non(f, "p50 latency 38 ms", "latency measurement")

# ---- en_04: chat answer, small models on phones and laptops ----------------------------------
f = "en_04"
claim(f, "1.24B", "params", "B", N("llama3.2-1b"), H)
claim(f, "~2.5 GB", "weights", "GB", W("llama3.2-1b", "bf16"), H, hedged=True)
claim(f, "~1.3 GB", "weights", "GB", W("llama3.2-1b", "int4"), X, "off_2x", hedged=True, note="4-bit = 0.62 GB")
claim(f, "494M", "params", "M", N("qwen2.5-0.5b"), H)
claim(f, "1 GB", "weights", "GB", W("qwen2.5-0.5b", "fp16"), H, bound="upper", anchor="**under 1 GB**")
claim(f, "3.1 GB", "weights", "GB", W("qwen2.5-1.5b", "bf16"), H, anchor="**Qwen2.5-1.5B-Instruct**")
claim(f, "1.6 GB", "weights", "GB", W("qwen2.5-1.5b", "int4"), X, "off_2x", hedged=True, note="int4 = 0.77 GB")
claim(f, "2.6B", "params", "B", N("gemma2-2b"), H)
claim(f, "5.2 GiB", "weights", "GiB", W("gemma2-2b", "bf16"), X, "gb_as_gib", note="5.23 GB = 4.87 GiB")
claim(f, "3.21B", "params", "B", N("llama3.2-3b"), H)
claim(f, "12.8 GB", "weights", "GB", W("llama3.2-3b", "bf16"), X, "off_2x", note="bf16 = 6.43 GB; 12.8 is fp32")
claim(f, "3.1 GB", "weights", "GB", W("qwen2.5-3b", "int8"), H, anchor="**Qwen2.5-3B**")
claim(f, "3.82B", "params", "B", N("phi3-mini"), H)
claim(f, "3.8 GB", "weights", "GB", W("phi3-mini", "int4"), X, "off_2x", note="4-bit = 1.91 GB")
claim(f, "2.6 GB", "weights", "GB", W("gemma2-2b", "int4"), X, "off_2x", hedged=True, note="4-bit = 1.31 GB")
claim(f, "2.43 GB", "weights", "GB", W("gemma2-2b", "int8"), X, "gib_as_gb", note="2.61 GB = 2.43 GiB")
claim(f, "32 KiB", "kv_cache_per_token", "KiB", KVT("llama3.2-1b"), H)
claim(f, "128 MB", "kv_cache_total", "MB", KV("llama3.2-1b", 4096), X, "gib_as_gb", note="128 MiB = 134.2 MB")
claim(f, "384 KiB", "kv_cache_per_token", "KiB", KVT("phi3-mini"), H)
claim(f, "3 GiB", "kv_cache_total", "GiB", KV("phi3-mini", 4096), X, "off_2x", note="4096 x 384 KiB = 1.5 GiB")
claim(f, "112 KB", "kv_cache_per_token", "KB", KVT("llama3.2-3b"), X, "gib_as_gb", note="112 KiB = 114.7 KB")
non(f, "created: 2026-11-08", "date")
non(f, "Hope this helps!", "version")
non(f, "Tested on Pixel 8", "product names/year")

# ---- en_05: homework with LaTeX ----------------------------------------------------------------
f = "en_05"
L213 = "llama2-13b"
claim(f, "6.74B", "params", "B", N(L27), H, anchor="**Problem 1.**")
claim(f, "8.1 \\times 10^{22}", "flops", "FLOP", 6 * N(L27) * 2e12, H, hedged=True)
claim(f, "297", "tokens_per_param", "tokens/param", 2e12 / N(L27), H, hedged=True)
claim(f, "~135B", "tokens", "B tokens", 20 * N(L27), H, hedged=True)
claim(f, "13{,}015{,}864{,}320", "params", "params", N(L213), H)
claim(f, "26.03", "weights", "GB", W(L213, "fp16"), H, anchor="13{,}015{,}864{,}320")
claim(f, "24.24", "weights", "GB", W(L213, "fp16"), X, "gib_as_gb", note="26.03 GB = 24.24 GiB")
claim(f, "13.5 GB", "weights", "GB", W(L27, "fp32"), X, "off_2x", note="fp32 = 26.95 GB")
claim(f, "234", "training", "GB", 18 * N(L213), H, anchor="M_{train}")
claim(f, "58.6 GB", "training", "GB", 18 * N(L213) / 8, X, "per_gpu", note="234.3/8 = 29.3 GB per GPU")
claim(f, "26.0", "weights", "GB", W(L213, "bf16"), H, anchor="With ZeRO-2")
claim(f, "208.3", "training", "GB", 16 * N(L213), H)
claim(f, "52.1", "training", "GB", W(L213, "bf16") + 16 * N(L213) / 8, H)
claim(f, "416", "training", "GB", 16 * N(L213), X, "arithmetic", note="16 x 13.0e9 = 208 GB")
claim(f, "26.8", "kv_cache_total", "GB", KV(L213, 4096, 8), H)
claim(f, "25 GB", "kv_cache_total", "GB", KV(L213, 4096, 8), X, "gib_as_gb", note="26.8 GB = 25 GiB")
claim(f, "26.03 GB", "weights", "GB", W(L213, "fp16"), H, anchor="**Problem 5.**")
claim(f, "77 tokens/s", "throughput", "tok/s", A100 / W(L213, "fp16"), H, bound="upper")
claim(f, "154 tokens/s", "throughput", "tok/s", A100 / W(L213, "int8"), H, bound="upper")
claim(f, "41.9 MB", "activations", "MB", 2 * 4096 * 1 * 5120, H)
claim(f, "3.4 GB", "activations", "GB", 40 * 2 * 4096 * 5120, X, "off_2x", note="40 x 41.9 MB = 1.68 GB")
non(f, "due: 2026-10-05", "date")
non(f, "course: Efficient Machine Learning", "year")
non(f, "x^2 - 5x + 6 = 0", "latex equation")
non(f, "1. $(a+b)^2$", "numbered derivation")
non(f, "2. $= a^{2} + 2ab + b^{2}$", "numbered derivation")
non(f, "$P(\\text{error}) = 0.05$", "probability")
non(f, "Grade: 18/20", "score/date")
non(f, "assignment: Homework 3", "numbered heading")
non(f, "# Homework 3 — solutions", "numbered heading")
non(f, "**Problem 2.**", "numbered heading")
non(f, "**Problem 7 (warm-up", "numbered heading")

# ---- en_06: benchmark table and capacity plan -------------------------------------------------
f = "en_06"
L70 = "llama3-70b"
R1, R2 = "| Llama-3.1-8B-Instruct | bf16 |", "| Llama-3.1-8B-Instruct | fp8 |"
R3, R4, R5, R6 = "| Qwen2.5-7B-Instruct |", "| Mistral-7B-v0.1 |", "| Llama-3.1-70B-Instruct |", "| Mixtral-8x7B"
claim(f, "16.1", "weights", "GB", W(L8, "bf16"), H, anchor=R1)
claim(f, "209", "throughput", "tok/s", H100 / W(L8, "bf16"), H, anchor=R1)
claim(f, "8.0", "weights", "GB", W(L8, "fp8"), H, anchor=R2)
claim(f, "417", "throughput", "tok/s", H100 / W(L8, "fp8"), H, anchor=R2)
claim(f, "15.2", "weights", "GB", W("qwen2.5-7b", "bf16"), H, anchor=R3)
claim(f, "110", "throughput", "tok/s", H100 / W("qwen2.5-7b", "bf16"), X, "off_2x", anchor=R3, note="220 tok/s")
claim(f, "14.5", "weights", "GB", W("mistral-7b", "bf16"), H, anchor=R4)
claim(f, "462", "throughput", "tok/s", H100 / W("mistral-7b", "bf16"), X, "off_2x", anchor=R4, note="231 tok/s")
claim(f, "141.1", "weights", "GB", W(L70, "fp8"), X, "off_2x", anchor=R5, note="fp8 = 70.6 GB; 141.1 is bf16")
claim(f, "47", "throughput", "tok/s", H100 / W(L70, "fp8"), H, anchor=R5, occ=1)
claim(f, "93.4", "weights", "GB", W("mixtral", "bf16"), H, anchor=R6)
claim(f, "36", "throughput", "tok/s", H100 / (MIX_ACTIVE * 2), X, "wrong_kind", anchor=R6,
      alt=H100 / W("mixtral", "bf16"), note="reads all experts; active 25.8 GB give 130 tok/s")
claim(f, "128 KiB", "kv_cache_per_token", "KiB", KVT(L8), H, anchor="64 concurrent users")
claim(f, "64 GiB", "kv_cache_total", "GiB", KV(L8, 8192, 64), H, anchor="64 concurrent users")
claim(f, "16 GB", "weights", "GB", W(L8, "bf16"), H, anchor="Add the 16 GB")
claim(f, "85 GB", "arithmetic", "GB", KV(L8, 8192, 64) + W(L8, "bf16"), H, hedged=True)
claim(f, "32 GB", "kv_cache_total", "GB", KV(L8, 4096, 128), X, "off_2x", note="64 GiB = 68.7 GB")
claim(f, "80 GiB", "kv_cache_total", "GiB", KV(L70, 16384, 32), X, "off_2x", note="32 x 16k x 320 KiB = 160 GiB")
claim(f, "40 GiB", "kv_cache_total", "GiB", KV(L70, 16384, 32) / 4, H)
claim(f, "70.6 GB", "weights", "GB", W(L70, "fp8") / 4, X, "per_gpu", note="70.6/4 = 17.6 GB per GPU")
claim(f, "35.3 GB", "weights", "GB", W(L70, "bf16") / 4, H, anchor="would instead take")
claim(f, "35.3 GB", "weights", "GB", W(L70, "bf16") / 8, X, "per_gpu", anchor="Under TP=8", note="17.6 GB per GPU")
non(f, "created: 2026-11-02", "date")
non(f, "Measured on 2026-11-02", "date/version")
non(f, "Spot price was $2.49/h", "price")
non(f, "MMLU (5-shot)", "score")

# ---- en_07: embeddings, speech, vision, checkpoints ----------------------------------------------
f = "en_07"
claim(f, "109,482,240", "params", "params", N("bert-base"), H)
claim(f, "438 MB", "weights", "MB", W("bert-base", "fp32"), H)
claim(f, "335M", "params", "M", N("bert-large"), H)
claim(f, "1.34 GB", "weights", "GB", W("bert-large", "fp32"), H, anchor="bert-large-uncased is 335M")
claim(f, "3×", "ratio", "×", N("bert-large") / N("bert-base"), H, hedged=True)
claim(f, "219 MB", "weights", "MB", W("bert-base", "fp16"), H)
claim(f, "1.34 GB", "weights", "GB", W("bert-large", "fp16"), X, "off_2x", anchor="In fp16 a bert-base reranker",
      note="fp16 bert-large = 670 MB")
claim(f, "30.7 GiB", "arithmetic", "GiB", 10e6 * 768 * 4, X, "gb_as_gib", note="30.72 GB = 28.6 GiB")
claim(f, "15.4 GB", "arithmetic", "GB", 10e6 * 768 * 2, H, anchor="Stored in fp16 the index")
claim(f, "14.3 GB", "arithmetic", "GB", 10e6 * 768 * 2, X, "gib_as_gb", note="15.36 GB = 14.3 GiB")
claim(f, "15.4 GB", "arithmetic", "GB", 10e6 * 768 * 2, H, anchor="With int8 scalar")
claim(f, "7.68 GB", "arithmetic", "GB", 10e6 * 768 * 1, H)
claim(f, "0.96 GiB", "arithmetic", "GiB", 10e6 * 768 / 8, X, "gb_as_gib", note="0.96 GB = 0.89 GiB")
claim(f, "32×", "ratio", "×", 32 / 1, H)
claim(f, "~3.1 GB", "weights", "GB", 1.55e9 * 2, H, hedged=True)
claim(f, "0.98 GB", "weights", "GB", 244e6 * 4, H)
claim(f, "156 MB", "weights", "MB", 39e6 * 2, X, "off_2x", note="39M x 2 B = 78 MB")
claim(f, "3.1 GB", "weights", "GB", 769e6 * 2, X, "off_2x", anchor="whisper-medium", note="1.54 GB")
claim(f, "344 MiB", "weights", "MiB", 86e6 * 4, X, "gb_as_gib", note="344 MB = 328 MiB")
claim(f, "1216 MB", "weights", "MB", 304e6 * 2, X, "off_2x", note="bf16 = 608 MB")
claim(f, "632 MB", "weights", "MB", 632e6 * 2, X, "off_2x", note="fp16 = 1264 MB")
claim(f, "26.95 GB", "weights", "GB", W(L27, "fp32"), H, anchor="The fp32 master copy")
claim(f, "6 shards", "arithmetic", "shards", math.ceil(W(L27, "fp32") / 5e9), H)
claim(f, "26.95 GB", "weights", "GB", W(L27, "fp32"), H, anchor="That 26.95 GB is 2×")
claim(f, "2×", "ratio", "×", BY["fp32"] / BY["bf16"], H, anchor="That 26.95 GB is 2×")
claim(f, "13.48 GB", "weights", "GB", W(L27, "bf16"), H)
claim(f, "8×", "ratio", "×", BY["fp32"] / BY["int4"], H, anchor="That 26.95 GB is 2×")
claim(f, "6.7 GB", "weights", "GB", W(L27, "int4"), X, "off_2x", note="4-bit = 3.37 GB")
non(f, "created: 2026-08-27", "date")
non(f, "Recall@10 on BEIR", "score")
non(f, "WER on LibriSpeech", "score")
non(f, "ImageNet top-1", "score/url")

# ---- ru_01: конспект лекции ----------------------------------------------------------------
f = "ru_01"
claim(f, "8,03¦млрд", "params", "млрд", N(L8), H)
claim(f, "16,06¦ГБ", "weights", "ГБ", W(L8, "bf16"), H)
claim(f, "14,96¦ГиБ", "weights", "ГиБ", W(L8, "bf16"), H)
claim(f, "64,2¦ГБ", "weights", "ГБ", W(L8, "fp32"), X, "off_2x", note="fp32 = 32,1 ГБ")
claim(f, "7,6¦млрд", "params", "млрд", N("qwen2.5-7b"), H)
claim(f, "30,5¦ГБ", "weights", "ГБ", W("qwen2.5-7b", "bf16"), X, "off_2x", note="bf16 = 15,2 ГБ")
claim(f, "110¦млн", "params", "млн", N("bert-base"), H)
claim(f, "880¦МБ", "weights", "МБ", W("bert-base", "fp32"), X, "off_2x", note="fp32 = 438 МБ")
claim(f, "138¦ГБ", "weights", "ГБ", W("llama2-70b", "int8"), X, "off_2x", note="int8 = 69 ГБ")
claim(f, "141,1¦ГиБ", "weights", "ГиБ", W(L70, "bf16"), X, "gb_as_gib", note="141,1 ГБ = 131,4 ГиБ")
claim(f, "46,7¦млрд", "params", "млрд", N("mixtral"), H)
claim(f, "12,9¦млрд", "params", "млрд", MIX_ACTIVE, H)
claim(f, "51,5¦ГБ", "weights", "ГБ", MIX_ACTIVE * 2, X, "off_2x", note="активные в bf16 = 25,8 ГБ")
claim(f, "4,6¦с", "arithmetic", "с", W(L8, "bf16") / 3500e6, H, hedged=True)
claim(f, "1070¦с", "arithmetic", "с", W(L8, "bf16") / 150e6, X, "off_2x", hedged=True, note="107 с")
claim(f, "80¦с", "arithmetic", "с", W(L8, "bf16") / 100e6, X, "off_2x", hedged=True, note="161 с")
claim(f, "63¦токенов/с", "throughput", "токенов/с", RTX4090 / W(L8, "bf16"), H, bound="upper")
claim(f, "~4¦ГБ", "weights", "ГБ", W(L8, "int4"), H, hedged=True)
claim(f, "250¦токенов/с", "throughput", "токенов/с", RTX4090 / W(L8, "int4"), H, hedged=True)
claim(f, "512¦КиБ", "kv_cache_per_token", "КиБ", KVT(L27), H)
claim(f, "4¦ГиБ", "kv_cache_total", "ГиБ", KV(L27, 4096), X, "off_2x", note="4096 × 512 КиБ = 2 ГиБ")
claim(f, "в 4 раза", "ratio", "×", KVT(L27) / KVT(L8), H)
claim(f, "128¦КиБ", "kv_cache_per_token", "КиБ", KVT(L8), H)
claim(f, "56¦КБ", "kv_cache_per_token", "КБ", KVT("qwen2.5-7b"), X, "gib_as_gb", note="56 КиБ = 57,3 КБ")
claim(f, "121¦ГиБ", "training", "ГиБ", 18 * N(L27), X, "gb_as_gib", note="121,3 ГБ = 113 ГиБ")
claim(f, "160¦млрд", "tokens", "млрд токенов", 20 * 8e9, H)
claim(f, "7,7¦·¦10²¹", "flops", "FLOP", 6 * 8e9 * 160e9, H, hedged=True)
claim(f, "700¦млрд", "tokens", "млрд токенов", 20 * 70e9, X, "off_2x", note="1400 млрд")
non(f, "дата: 2026-11-12", "date")
non(f, "Лектор: А. В. Смирнов", "room/time")
non(f, "Домашнее задание 3", "date")
non(f, "Оценка за тест: 8/10", "score/date")
non(f, "Слайды: https://", "url/pages")
non(f, "# Конспект лекции 7", "numbered heading")

# ---- ru_02: облачные GPU ------------------------------------------------------------------------
f = "ru_02"
claim(f, "141¦ГБ", "weights", "ГБ", W(L70, "bf16"), H)
claim(f, "70,6¦ГБ", "weights", "ГБ", W(L70, "fp8"), H, anchor="В fp8 это")
claim(f, "70,6¦ГБ", "weights", "ГБ", W(L70, "bf16") / 2, H, anchor="TP=2")
claim(f, "35¦ГБ", "weights", "ГБ", W(L70, "int4"), H, hedged=True)
claim(f, "15,2¦ГиБ", "weights", "ГиБ", W("qwen2.5-7b", "bf16"), X, "gb_as_gib", note="15,2 ГБ = 14,2 ГиБ")
claim(f, "93,4¦ГБ", "weights", "ГБ", W("mixtral", "bf16"), H)
claim(f, "46,7¦ГБ", "weights", "ГБ", W("mixtral", "bf16") / 2, H)
claim(f, "35,3¦ГБ", "weights", "ГБ", W(L70, "int8") / 4, X, "per_gpu", note="70,6/4 = 17,6 ГБ на GPU")
claim(f, "26¦ГБ", "weights", "ГБ", W(L213, "fp16"), H)
claim(f, "24,2¦ГиБ", "weights", "ГиБ", W(L213, "fp16"), H)
claim(f, "16¦ГБ", "weights", "ГБ", W(L8, "fp8"), X, "off_2x", note="fp8 = 8 ГБ")
claim(f, "32¦ГБ", "kv_cache_total", "ГБ", KV(L8, 8192, 32), X, "gib_as_gb", note="32 ГиБ = 34,4 ГБ")
claim(f, "40,0¦ГБ", "kv_cache_total", "ГБ", KV(L70, 131072), X, "gib_as_gb", note="40 ГиБ = 42,9 ГБ")
claim(f, "32¦ГиБ", "kv_cache_total", "ГиБ", KV("mistral-7b", 32768, 8), X, "wrong_kind",
      alt=KV("mistral-7b", 32768, 8, window=False), note="окно 4096 → 4 ГиБ; 32 ГиБ — без окна")
non(f, "обновлено: 2026-12-01", "date")
non(f, "| Провайдер А |", "price")
non(f, "| Провайдер Б |", "price")
non(f, "| Провайдер В |", "price")
non(f, "| Провайдер Г |", "price")
non(f, "Скидка 30", "discount")
non(f, "Итого на месяц", "price")
non(f, "Поддержка отвечает за 24 часа", "sla")

# ---- ru_03: длинный контекст ---------------------------------------------------------------------
f = "ru_03"
claim(f, "131¦072 байта", "kv_cache_per_token", "байта", KVT(L8), H)
claim(f, "16¦ГиБ", "kv_cache_total", "ГиБ", KV(L8, 131072), H, anchor="На полный контекст")
claim(f, "17,2¦ГБ", "kv_cache_total", "ГБ", KV(L8, 131072), H)
claim(f, "64¦ГиБ", "kv_cache_total", "ГиБ", KV(L8, 131072, 4), H)
claim(f, "16¦ГБ", "weights", "ГБ", W(L8, "bf16"), H, anchor="С батчем 4")
claim(f, "40¦ГиБ", "kv_cache_total", "ГиБ", KV(L70, 131072), H)
claim(f, "80¦ГиБ", "kv_cache_total", "ГиБ", KV(L70, 131072, b=1), X, "off_2x", note="fp8 = 20 ГиБ")
claim(f, "14¦ГиБ", "kv_cache_total", "ГиБ", KV("qwen2.5-7b", 131072), X, "off_2x", note="7 ГиБ")
claim(f, "384¦КиБ", "kv_cache_per_token", "КиБ", KVT("phi3-mini"), H)
claim(f, "96¦ГиБ", "kv_cache_total", "ГиБ", KV("phi3-mini", 131072), X, "off_2x", note="384 КиБ × 131 072 = 48 ГиБ")
claim(f, "28¦ГиБ", "kv_cache_total", "ГиБ", KV("llama3.2-3b", 131072), X, "off_2x", note="14 ГиБ")
claim(f, "2¦ГиБ", "kv_cache_total", "ГиБ", KV("llama3.2-1b", 131072), X, "off_2x", note="4 ГиБ")
claim(f, "16¦ГБ", "kv_cache_total", "ГБ", KV(L27, 32768), X, "gib_as_gb", anchor="Llama 2 7B, растянутая",
      note="16 ГиБ = 17,2 ГБ")
claim(f, "512¦МиБ", "kv_cache_total", "МиБ", KV("mistral-7b", 32768), H)
claim(f, "4¦ГиБ", "kv_cache_total", "ГиБ", KV("mistral-7b", 32768, window=False), H, anchor="Если окно",
      note="hypothetical: the same cache without the window")
claim(f, "в 8 раз", "ratio", "×", KV("mistral-7b", 32768, window=False) / KV("mistral-7b", 32768), H)
claim(f, "384¦МиБ", "kv_cache_total", "МиБ", KV("qwen2.5-0.5b", 32768), H)
claim(f, "36¦МиБ", "kv_cache_total", "МиБ", KV("qwen2.5-3b", 32768), X, "off_2x", note="1152 МиБ")
claim(f, "28¦КиБ", "kv_cache_per_token", "КиБ", KVT("qwen2.5-1.5b"), H)
claim(f, "896¦МБ", "kv_cache_total", "МБ", KV("qwen2.5-1.5b", 32768), X, "gib_as_gb", note="896 МиБ = 939,5 МБ")
non(f, "дата: 2026-12-03", "date")
non(f, "rope_theta = 500000", "config")
non(f, "Статья YaRN: arXiv:2309.00071", "arxiv id/year")
non(f, "Perplexity на PG-19", "score")
non(f, "Дообучали 1000 шагов", "hyper-parameters")

# ---- ru_04: чекпойнты ------------------------------------------------------------------------
f = "ru_04"
claim(f, "141¦ГБ", "weights", "ГБ", W(L70, "bf16"), H, hedged=True)
claim(f, "~5¦ГБ", "arithmetic", "ГБ", W(L70, "bf16") / 30, H, hedged=True)
claim(f, "140¦ГБ", "weights", "ГБ", W(L70, "bf16"), H)
claim(f, "282¦ГиБ", "weights", "ГиБ", W(L70, "fp32"), X, "gb_as_gib", note="282 ГБ = 262,8 ГиБ")
claim(f, "1128¦ГБ", "training", "ГБ", 8 * N(L70), X, "off_2x", note="8 байт × 70,6 млрд = 564 ГБ")
claim(f, "~988¦ГБ", "training", "ГБ", 14 * N(L70), H, hedged=True)
claim(f, "33¦мин", "arithmetic", "мин", 14 * N(L70) / 1e9, X, "off_2x", hedged=True, note="988 с ≈ 16 мин")
claim(f, "28,97¦ГБ", "weights", "ГБ", W("mistral-7b", "bf16"), X, "off_2x", note="bf16 = 14,48 ГБ; 28,97 — fp32")
claim(f, "30,46¦ГБ", "weights", "ГБ", W("qwen2.5-7b", "bf16"), X, "off_2x", note="bf16 = 15,23 ГБ")
claim(f, "32,12¦ГБ", "weights", "ГБ", W(L8, "fp32"), H)
claim(f, "29,9¦ГиБ", "weights", "ГиБ", W(L8, "fp32"), H)
claim(f, "26¦ГиБ", "weights", "ГиБ", W(L213, "fp16"), X, "gb_as_gib", note="26 ГБ = 24,2 ГиБ")
claim(f, "6,43¦ГиБ", "weights", "ГиБ", W("llama3.2-3b", "bf16"), X, "gb_as_gib", note="6,43 ГБ = 5,98 ГиБ")
claim(f, "в 4 раза", "ratio", "×", 16 / Q8_0, X, "off_2x", note="16/8,5 = 1,88")
claim(f, "5,23¦ГБ", "weights", "ГБ", W("gemma2-2b", "bf16"), H)
claim(f, "в 2 раза", "ratio", "×", BY["fp32"] / BY["bf16"], H)
claim(f, "13,5¦ГБ", "training", "ГБ", 16 * N(L27) / 8, H)
claim(f, "54¦ГБ", "training", "ГБ", 16 * N(L27) / 4, X, "per_gpu", note="107,8/4 = 27 ГБ на GPU")
non(f, "дата: 2026-10-22", "date")
non(f, "Скрипт convert_hf_to_gguf.py", "version")
non(f, "git lfs pull занял", "time/percent")
non(f, "Проверка sha256", "count")

# ---- ru_05: две модели в одном предложении, MoE --------------------------------------------------
f = "ru_05"
claim(f, "46,7¦млрд", "params", "млрд", N("mixtral"), H, anchor="Mixtral-8x7B-Instruct-v0.1 —")
claim(f, "12,9¦млрд", "params", "млрд", MIX_ACTIVE, H)
claim(f, "55,2¦%", "percentage", "%", 100 * MIX_ACTIVE / N("mixtral"), X, "off_2x", note="27,6 %")
claim(f, "93,4¦ГБ", "weights", "ГБ", W("mixtral", "bf16"), H, anchor="В bf16 Mixtral весит")
claim(f, "141,1¦ГБ", "weights", "ГБ", W(L70, "bf16"), H)
claim(f, "в 3 раза", "ratio", "×", N(L70) / N("mixtral"), X, "off_2x", note="в 1,5 раза")
claim(f, "23,4¦ГБ", "weights", "ГБ", W("mixtral", "int4"), H, anchor="Mixtral в int4")
claim(f, "16,1¦ГБ", "weights", "ГБ", W(L8, "bf16"), H)
claim(f, "7,3¦ГБ", "arithmetic", "ГБ", W("mixtral", "int4") - W(L8, "bf16"), H)
claim(f, "25,8¦ГиБ", "weights", "ГиБ", MIX_ACTIVE * 2, X, "gb_as_gib", note="25,8 ГБ = 24 ГиБ")
claim(f, "26¦ГБ", "weights", "ГБ", W(L213, "bf16"), H)
claim(f, "93,4¦ГБ", "weights", "ГБ", W("mixtral", "fp8"), X, "off_2x", anchor="Mixtral в fp8", note="fp8 = 46,7 ГБ")
claim(f, "70,6¦ГБ", "weights", "ГБ", W(L70, "int8"), H)
claim(f, "15,2", "weights", "ГБ", W("qwen2.5-7b", "bf16"), H)
claim(f, "32,1¦ГБ", "weights", "ГБ", W(L8, "bf16"), X, "off_2x", note="16,1 ГБ; 32,1 — fp32")
claim(f, "128¦КиБ", "kv_cache_per_token", "КиБ", KVT("mixtral"), H, anchor="такой же, как у Mistral 7B")
claim(f, "320¦КиБ", "kv_cache_per_token", "КиБ", KVT("llama2-70b"), H)
claim(f, "256¦КиБ", "kv_cache_per_token", "КиБ", KVT(L27), X, "off_2x", note="512 КиБ")
claim(f, "128¦КиБ", "kv_cache_per_token", "КиБ", KVT("mixtral"), H, anchor="У Mixtral эти")
claim(f, "8¦ГиБ", "kv_cache_total", "ГиБ", KV("mixtral", 32768), X, "off_2x", anchor="У Mixtral эти", note="4 ГиБ")
claim(f, "130¦токенов/с", "throughput", "токенов/с", H100 / (MIX_ACTIVE * 2), H, hedged=True)
claim(f, "25,8¦ГБ", "weights", "ГБ", MIX_ACTIVE * 2, H, anchor="читаются только активные")
claim(f, "47¦токенов/с", "throughput", "токенов/с", H100 / W(L70, "bf16"), X, "off_2x", hedged=True,
      note="3,35 ТБ/с / 141 ГБ ≈ 24 токена/с")
claim(f, "747¦ГБ", "training", "ГБ", 16 * N("mixtral"), H, anchor="Обучение Mixtral с Adam")
claim(f, "93,4¦ГБ", "training", "ГБ", 16 * N("mixtral") / 8, H, anchor="Обучение Mixtral с Adam")
claim(f, "747¦ГБ", "training", "ГБ", 16 * N("mixtral"), H, anchor="Те же 747")
claim(f, "23,4¦ГБ", "training", "ГБ", 16 * N("mixtral") / 16, X, "per_gpu", anchor="Те же 747",
      note="747/16 = 46,7 ГБ на GPU")
claim(f, "45,1¦млрд", "params", "млрд", MIX_EXPERTS, H)
claim(f, "46,7¦млрд", "params", "млрд", N("mixtral"), H, anchor="Экспертные слои")
non(f, "дата: 2026-09-30", "date")
non(f, "Источник: https://mistral.ai", "url/date")
non(f, "Оценка MT-Bench", "score")
non(f, "Лицензия Apache 2.0", "version")

# ---- ru_06: квантование ------------------------------------------------------------------------
f = "ru_06"
claim(f, "~4¦ГБ", "weights", "ГБ", W(L8, "int4"), H, hedged=True)
claim(f, "8,03¦ГиБ", "weights", "ГиБ", W(L8, "int8"), X, "gb_as_gib", note="8,03 ГБ = 7,48 ГиБ")
claim(f, "4,127 бита", "bits_per_weight", "бита", NF4_DQ, H)
claim(f, "4,14¦ГиБ", "quantized_file", "ГиБ", GG(L8, NF4_DQ), X, "gb_as_gib", note="4,14 ГБ = 3,86 ГиБ")
claim(f, "4,58¦ГиБ", "quantized_file", "ГиБ", GG(L8, FILE_BPW["Q4_K_M"]), H, gguf=True)
claim(f, "4,89 бита", "bits_per_weight", "бита", FILE_BPW["Q4_K_M"], H)
claim(f, "8,5 бита", "bits_per_weight", "бита", Q8_0, H)
claim(f, "8,53¦ГБ", "quantized_file", "ГБ", GG(L8, FILE_BPW["Q8_0"]), H, gguf=True)
claim(f, "2,625 бита", "bits_per_weight", "бита", Q2_K, H)
claim(f, "2,6¦ГБ", "quantized_file", "ГБ", GG(L8, Q2_K), H, hedged=True)
claim(f, "4,91¦ГиБ", "quantized_file", "ГиБ", GG(L8, FILE_BPW["Q4_K_M"]), X, "gb_as_gib", gguf=True,
      note="4,91 ГБ = 4,58 ГиБ")
claim(f, "7,6¦ГБ", "weights", "ГБ", W("qwen2.5-7b", "int4"), X, "off_2x", anchor="GPTQ", note="int4 = 3,8 ГБ")
claim(f, "35,3¦ГБ", "weights", "ГБ", W(L70, "int4"), H)
claim(f, "32,9¦ГиБ", "weights", "ГиБ", W(L70, "int4"), H)
claim(f, "43¦ГБ", "quantized_file", "ГБ", GG(L70, FILE_BPW["Q4_K_M"]), H, hedged=True, gguf=True)
claim(f, "53¦ГБ", "quantized_file", "ГБ", GG(L70, 3.0), X, "off_2x", note="3,0 бита → 26,5 ГБ")
claim(f, "7,6¦ГБ", "weights", "ГБ", W("phi3-mini", "int8"), X, "off_2x", anchor="Phi-3-mini", note="int8 = 3,8 ГБ")
claim(f, "2,94¦ГБ", "quantized_file", "ГБ", GG("gemma2-2b", NF4), X, "off_2x", note="4,5 бита → 1,47 ГБ")
claim(f, "75¦%", "percentage", "%", 100 * (1 - BY["int4"] / BY["bf16"]), H)
claim(f, "25¦%", "percentage", "%", 100 * (1 - BY["int8"] / BY["fp32"]), X, "off_2x", note="75 %")
claim(f, "в 4 раза", "ratio", "×", BY["fp16"] / BY["int8"], X, "off_2x", note="в 2 раза")
claim(f, "в 8 раз", "ratio", "×", 32 / NF4_DQ, H, hedged=True)
claim(f, "7,75", "ratio", "×", 32 / NF4_DQ, H)
non(f, "дата: 2026-11-10", "date")
non(f, "Тест perplexity", "score")
non(f, "Сборка llama.cpp b4350", "version/time")
non(f, "1. Скачать модель", "list numbers")

# ---- ru_07: планирование мощности ------------------------------------------------------------------
f = "ru_07"
claim(f, "128¦КиБ", "kv_cache_per_token", "КиБ", KVT(L8), H)
claim(f, "512¦МиБ", "kv_cache_total", "МиБ", KV(L8, 4096), H)
claim(f, "100¦ГиБ", "kv_cache_total", "ГиБ", KV(L8, 4096, 200), H, anchor="На всех 200")
claim(f, "107,4¦ГБ", "kv_cache_total", "ГБ", KV(L8, 4096, 200), H)
claim(f, "16¦ГБ", "weights", "ГБ", W(L8, "bf16"), H, anchor="Веса в bf16 — ещё")
claim(f, "123¦ГБ", "arithmetic", "ГБ", KV(L8, 4096, 200) + W(L8, "bf16"), H, hedged=True)
claim(f, "50¦ГиБ", "kv_cache_total", "ГиБ", KV(L8, 4096, 200, b=1), H)
claim(f, "4¦МиБ", "kv_cache_total", "МиБ", KVT(L8) * 16, X, "off_2x", note="16 × 128 КиБ = 2 МиБ")
claim(f, "100¦ГиБ", "kv_cache_total", "ГиБ", KV(L8, 4096, 200), H, anchor="Эти 100")
claim(f, "25¦600", "arithmetic", "блоков", KV(L8, 4096, 200) / (KVT(L8) * 16), X, "off_2x", note="51 200 блоков")
claim(f, "2¦ГиБ", "kv_cache_total", "ГиБ", KV(L8, 8192), X, "off_2x", note="8192 × 128 КиБ = 1 ГиБ")
claim(f, "100¦ГиБ", "kv_cache_total", "ГиБ", KV("qwen2.5-7b", 4096, 200), X, "off_2x", anchor="Для Qwen2.5-7B",
      note="56 КиБ × 4096 × 200 = 43,75 ГиБ")
claim(f, "320¦КиБ", "kv_cache_per_token", "КиБ", KVT(L70), H)
claim(f, "250¦ГиБ", "kv_cache_total", "ГиБ", KV(L70, 4096, 200), H)
claim(f, "31,25¦ГиБ", "kv_cache_total", "ГиБ", KV(L70, 4096, 200) / 8, H)
claim(f, "141¦ГБ", "weights", "ГБ", W(L70, "bf16") / 8, X, "per_gpu", note="141/8 = 17,6 ГБ на GPU")
claim(f, "70,6¦ГБ", "weights", "ГБ", W(L70, "fp8") / 8, X, "per_gpu", note="70,6/8 = 8,8 ГБ на GPU")
claim(f, "16¦ГБ", "weights", "ГБ", W(L8, "bf16"), H, anchor="При 3,35")
claim(f, "209 токенов/с", "throughput", "токенов/с", H100 / W(L8, "bf16"), H, bound="upper")
claim(f, "32¦ГиБ", "kv_cache_total", "ГиБ", KV(L8, 2048, 64), X, "off_2x", note="64 × 2048 × 128 КиБ = 16 ГиБ")
non(f, "дата: 2026-12-04", "date")
non(f, "SLA: 99,9", "sla")
non(f, "Бюджет: 18", "price/date")
non(f, "Тикет INFRA-2417", "ticket id")


# ---- verification and output -----------------------------------------------------------------
def lines_of(f):
    return (NOTES / FILES[f]).read_text(encoding="utf-8").split("\n")


def locate(f, anchor, standalone=False):
    """The one line holding the anchor (a figure used as its own anchor must stand on its own)."""
    hits = [i + 1 for i, ln in enumerate(lines_of(f)) if (occurrences(ln, anchor) if standalone else anchor in ln)]
    if len(hits) != 1:
        raise SystemExit(f"{f}: anchor {anchor!r} on lines {hits}")
    return hits[0]


def occurrences(text, figure):
    """Positions where the figure stands on its own: not the tail or head of a longer number."""
    out = []
    for m in re.finditer(re.escape(figure), text):
        before = text[m.start() - 1] if m.start() else " "
        after = text[m.end()] if m.end() < len(text) else " "
        if figure[0].isdigit() and (before.isdigit() or before in ",." + NB):
            continue
        if figure[-1].isdigit() and (after.isdigit() or (after in ",." and text[m.end() + 1:m.end() + 2].isdigit())):
            continue
        out.append(m.start())
    return out


def fits(pt, value, unit, c):
    s, tol = pt
    v = value / SCALE[unit]
    if c["hedged"]:
        tol = max(tol, 0.10 * abs(s))
    if c["gguf"]:
        tol = max(tol, 0.02 * abs(s))
    if c["bound"] == "upper":
        return v <= s + tol
    if c["bound"] == "lower":
        return v >= s - tol
    return abs(v - s) <= tol


def build():
    claims, seen, claim_lines = [], Counter(), set()
    for c in CLAIMS:
        f, lang = c["f"], c["f"][:2]
        line = locate(f, c["anchor"], standalone=c["anchor"] == c["figure"])
        text = lines_of(f)[line - 1]
        # self-check: the line carries the figure, and the figure reads back as the stated number
        if len(occurrences(text, c["figure"])) < c["occ"]:
            raise SystemExit(f"{f}:{line}: figure {c['figure']!r} (occurrence {c['occ']}) not on the line")
        pt = read(c["figure"], lang)
        if pt is None:
            raise SystemExit(f"{f}:{line}: no number in {c['figure']!r}")
        ok = fits(pt, c["value"], c["unit"], c)
        verdict = H if ok else X
        correct = c["value"] / SCALE[c["unit"]]
        if verdict != c["expect"]:
            raise SystemExit(f"{f}:{line} {c['figure']!r}: computed {verdict}, intended {c['expect']} "
                             f"(correct {correct:.6g} {c['unit']})")
        err = c["error"]
        if verdict == X:
            if err in ("off_2x", "arithmetic", "per_gpu"):
                ratio = max(pt[0] / correct, correct / pt[0])
                if ratio < 1.95:
                    raise SystemExit(f"{f}:{line} {c['figure']!r}: off by only {ratio:.3f}x")
            elif err in ("gib_as_gb", "gb_as_gib"):
                if not fits(pt, c["value"], TWIN[c["unit"]], c):
                    raise SystemExit(f"{f}:{line} {c['figure']!r}: does not hold as {TWIN[c['unit']]}")
                if (err == "gib_as_gb") != (c["unit"] in DECIMAL):
                    raise SystemExit(f"{f}:{line}: {err} does not match unit {c['unit']}")
            elif err == "wrong_kind":
                if c["alt"] is None or not fits(pt, c["alt"], c["unit"], c):
                    raise SystemExit(f"{f}:{line} {c['figure']!r}: does not match the other kind's value")
            else:
                raise SystemExit(f"{f}:{line}: unknown error class {err}")
        elif err:
            raise SystemExit(f"{f}:{line}: error class on a holding claim")
        seen[f] += 1
        claim_lines.add((f, line))
        claims.append({
            "id": f"{f}-{seen[f]:02d}", "file": FILES[f], "line": line, "figure": c["figure"],
            "occurrence": c["occ"], "kind": c["kind"], "stated": float(f"{pt[0]:.12g}"), "unit": c["unit"],
            "correct": round(correct, 6), "correct_unit": c["unit"], "verdict": verdict, "error": err,
            "lang": lang, "hedged": c["hedged"], "bound": c["bound"], "quoted": False, "note": c["note"],
        })
    non_claims = []
    for n in NON:
        line = locate(n["f"], n["text"])
        if (n["f"], line) in claim_lines:
            raise SystemExit(f"{n['f']}:{line}: non-claim line carries a claim")
        if not re.search(r"\d", lines_of(n["f"])[line - 1]):
            raise SystemExit(f"{n['f']}:{line}: non-claim line has no number")
        non_claims.append({"file": FILES[n["f"]], "line": line, "text": n["text"], "why": n["why"],
                           "lang": n["f"][:2]})
    if len({(n["file"], n["line"]) for n in non_claims}) != len(non_claims):
        raise SystemExit("a non-claim line is listed twice")
    return {"schema": "vaultkit.claims-truth/1", "claims": claims, "non_claims": non_claims}


def main(argv):
    truth = build()
    text = json.dumps(truth, ensure_ascii=False, indent=1) + "\n"
    out = HERE / "truth.json"
    if "--check" in argv:
        if not out.exists() or out.read_text(encoding="utf-8") != text:
            print("truth.json is stale; run tests/claims_corpus_g/truth.py")
            return 1
    else:
        out.write_text(text, encoding="utf-8")
    cl, nc = truth["claims"], truth["non_claims"]
    wrong = [c for c in cl if c["verdict"] == X]
    print(f"notes {len(FILES)}  claims {len(cl)} on {len({(c['file'], c['line']) for c in cl})} lines  "
          f"wrong {len(wrong)} ({100 * len(wrong) / len(cl):.1f} %)  non-claim lines {len(nc)}")
    for lang in ("en", "ru"):
        print(f"  {lang}: notes {sum(k[:2] == lang for k in FILES)}, claims {sum(c['lang'] == lang for c in cl)}, "
              f"wrong {sum(c['lang'] == lang for c in wrong)}, non-claims {sum(n['lang'] == lang for n in nc)}")
    print("  by kind:", dict(Counter(c["kind"] for c in cl)))
    print("  wrong by error:", dict(Counter(c["error"] for c in wrong)))
    print("  hedged", sum(c["hedged"] for c in cl), " bounds", sum(bool(c["bound"]) for c in cl))
    print("  non-claims by reason:", dict(Counter(n["why"] for n in nc)))
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
