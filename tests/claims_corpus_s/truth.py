#!/usr/bin/env python3
"""Ground truth for blind sizing-claims corpus S (tests/claims_corpus_s/notes).

Written without reading vaultkit's code, its tests or the other corpora's notes.  Facts come
from /work/shared/claims-gold.md: bytes per dtype, exact parameter counts and configs of the
catalogued models, measured GGUF bits per weight (Llama-3.1-8B), the KV-cache, training-memory
formulas.  Models that claims-gold lacks appear with their config (layers, KV heads, head dim,
parameter count) stated in the note itself, and the truth computes from those stated values.
Nothing here imports vaultkit.

    python tests/claims_corpus_s/truth.py          # verify and (re)write truth.json
    python tests/claims_corpus_s/truth.py --check  # verify; fail if truth.json is stale

Each claim: note, figure (exact text on its line), anchor (text that occurs on exactly one line
of the note; default the figure), occurrence, kind, printed unit, correct value in base units,
intended verdict, error class.  The script stops when the arithmetic disagrees with the intended
verdict, when the anchor line does not contain the figure standing on its own, when a wrong
claim is off by less than 1.95x for its error class (or, for a GB/GiB mix-up, does not hold in
the twin unit), or when a non-claim line is also a claim line.
"""
from __future__ import annotations

import json
import re
import sys
from collections import Counter
from pathlib import Path

HERE = Path(__file__).resolve().parent
NOTES = HERE / "notes"
KIB, MIB, GIB, TIB = 2**10, 2**20, 2**30, 2**40
NB = "\u00a0"

# ---- facts (claims-gold.md) -------------------------------------------------------------------
BY = {"fp32": 4, "fp16": 2, "bf16": 2, "fp8": 1, "int8": 1, "int4": 0.5}
NF4 = 4 + 8 / 64 + 32 / (64 * 256)          # bits per weight, NF4 with double quantisation
# measured effective bits per weight of GGUF file types (Llama-3.1-8B, llama.cpp quantize README)
BPW = {"Q2_K": 3.1593, "Q3_K_L": 4.2979, "Q4_K_M": 4.8944, "Q5_K_M": 5.7036, "Q6_K": 6.5633,
       "Q8_0": 8.5008, "F16": 16.0005}

N = {
    "gpt2": 124_439_808, "bert-base": 109_482_240,
    "llama2-7b": 6_738_415_616, "llama2-13b": 13_015_864_320, "llama2-70b": 68_976_648_192,
    "llama3-8b": 8_030_261_248, "llama3-70b": 70_553_706_496, "mistral-7b": 7_241_732_096,
    "mixtral-8x7b": 46_702_792_704, "qwen2.5-7b": 7_615_616_512, "falcon-7b": 6_921_720_704,
    "gpt3": 174_604_259_328,
}
ACTIVE_M7 = 12_879_925_248
# hidden, layers, heads, KV heads, head dim
CFG = {"llama2-7b": (4096, 32, 32, 32, 128), "llama2-13b": (5120, 40, 40, 40, 128),
       "llama2-70b": (8192, 80, 64, 8, 128), "llama3-8b": (4096, 32, 32, 8, 128),
       "llama3-70b": (8192, 80, 64, 8, 128), "mistral-7b": (4096, 32, 32, 8, 128),
       "mixtral-8x7b": (4096, 32, 32, 8, 128), "qwen2.5-7b": (3584, 28, 28, 4, 128),
       "falcon-7b": (4544, 32, 71, 1, 64), "gpt3": (12288, 96, 96, 96, 128)}


def llama_like(h, inter, L, a, k, d, V, tied, qkv_bias=False):
    attn = 2 * h * a * d + 2 * h * k * d + ((a * d + 2 * k * d) if qkv_bias else 0)
    return L * (attn + 3 * h * inter + 2 * h) + V * h * (1 if tied else 2) + h


# the formula reproduces the catalogue (claims-gold 2.2)
assert llama_like(4096, 14336, 32, 32, 8, 128, 128256, False) == N["llama3-8b"]
assert llama_like(3584, 18944, 28, 28, 4, 128, 152064, False, True) == N["qwen2.5-7b"]
# models the catalogue lacks: the notes print these configs (hidden, MLP, layers, heads, KV
# heads, head dim, vocab, tied) and parameter counts; the formula reproduces the counts
N["llama3.1-405b"] = llama_like(16384, 53248, 126, 128, 8, 128, 128256, False)   # 405,853,388,800
N["llama3.2-1b"] = llama_like(2048, 8192, 16, 32, 8, 64, 128256, True)           # 1,235,814,400
N["llama3.2-3b"] = llama_like(3072, 8192, 28, 24, 8, 128, 128256, True)          # 3,212,749,824
N["qwen2.5-14b"] = llama_like(5120, 13824, 48, 40, 8, 128, 152064, False, True)  # 14,770,033,664
N["qwen2.5-32b"] = llama_like(5120, 27648, 64, 40, 8, 128, 152064, False, True)  # 32,763,876,352
N["qwen2.5-72b"] = llama_like(8192, 29568, 80, 64, 8, 128, 152064, False, True)  # 72,706,203,648
N["phi-4"] = llama_like(5120, 17920, 40, 40, 10, 128, 100352, False)             # 14,659,507,200
CFG.update({"llama3.1-405b": (16384, 126, 128, 8, 128), "llama3.2-1b": (2048, 16, 32, 8, 64),
            "llama3.2-3b": (3072, 28, 24, 8, 128), "qwen2.5-14b": (5120, 48, 40, 8, 128),
            "qwen2.5-32b": (5120, 64, 40, 8, 128), "qwen2.5-72b": (8192, 80, 64, 8, 128),
            "phi-4": (5120, 40, 40, 10, 128)})


def W(m, dt):
    """weight bytes of model m (a catalogue name or a parameter count) in dtype dt"""
    n = N[m] if isinstance(m, str) else m
    return n * (BY[dt] if isinstance(dt, str) else dt)


def KVT(m, b=2):
    """KV-cache bytes per token: 2 * layers * KV heads * head dim * bytes"""
    if isinstance(m, tuple):
        L, k, d = m
    else:
        _, L, _, k, d = CFG[m]
    return 2 * L * k * d * b


def KV(m, tokens, batch=1, b=2):
    return KVT(m, b) * tokens * batch


def GG(m, t):
    """GGUF file bytes at the measured bits per weight of type t"""
    return (N[m] if isinstance(m, str) else m) * BPW[t] / 8


def zero(n, gpus, stage):
    """model-state bytes per GPU, 16 bytes per parameter (2 + 2 + 12)"""
    return {0: 16 * n, 1: 4 * n + 12 * n / gpus, 2: 2 * n + 14 * n / gpus, 3: 16 * n / gpus}[stage]


def lora(L, r, mats):
    """trainable LoRA parameters: r * (d_in + d_out) for each adapted matrix in each layer"""
    return L * sum(r * (i + o) for i, o in mats)


SCALE = {"bytes": 1, "байт": 1, "Б": 1, "KB": 1e3, "MB": 1e6, "GB": 1e9, "TB": 1e12,
         "KiB": KIB, "MiB": MIB, "GiB": GIB, "TiB": TIB, "КБ": 1e3, "МБ": 1e6, "ГБ": 1e9,
         "ТБ": 1e12, "КиБ": KIB, "МиБ": MIB, "ГиБ": GIB, "ТиБ": TIB, "Гб": 1e9,
         "params": 1, "K": 1e3, "M": 1e6, "B": 1e9, "млн": 1e6, "млрд": 1e9, "трлн": 1e12,
         "tokens": 1, "K tokens": 1e3, "M tokens": 1e6, "B tokens": 1e9, "T tokens": 1e12,
         "токенов": 1, "тыс. токенов": 1e3, "млн токенов": 1e6, "млрд токенов": 1e9,
         "трлн токенов": 1e12, "words": 1, "слов": 1, "pages": 1, "страниц": 1,
         "tokens/param": 1, "FLOP": 1, "ГФЛОП": 1e9, "ПФЛОП": 1e15, "мин": 60, "min": 60, "GFLOP": 1e9, "TFLOP": 1e12, "PFLOP": 1e15, "bits": 1, "бит": 1, "%": 1, "×": 1,
         "tok/s": 1, "токенов/с": 1, "s": 1, "с": 1, "ms": 1e-3, "мс": 1e-3, "hours": 1,
         "часов": 1, "GPU-hours": 1, "GPU-часов": 1, "days": 1, "дней": 1, "суток": 1,
         "TB/s": 1e12, "ТБ/с": 1e12, "GB/s": 1e9, "ГБ/с": 1e9, "cards": 1, "million": 1e6, "карт": 1, "sequences": 1, "последовательностей": 1, "users": 1}
TWIN = {"KB": "KiB", "KiB": "KB", "MB": "MiB", "MiB": "MB", "GB": "GiB", "GiB": "GB",
        "TB": "TiB", "TiB": "TB", "КБ": "КиБ", "КиБ": "КБ", "МБ": "МиБ", "МиБ": "МБ",
        "ГБ": "ГиБ", "ГиБ": "ГБ", "ТБ": "ТиБ", "ТиБ": "ТБ", "Гб": "ГиБ"}
DECIMAL_UNITS = {"KB", "MB", "GB", "TB", "КБ", "МБ", "ГБ", "ТБ", "Гб"}

# ---- reading a printed figure ---------------------------------------------------------------
SUP = str.maketrans("⁰¹²³⁴⁵⁶⁷⁸⁹⁻", "0123456789-")
NUM = {"en": r"\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?",
       "ru": r"\d{1,3}(?:\u00a0\d{3})+(?:,\d+)?|\d+(?:,\d+)?"}
POW = (r"(?:\s*(?:\\times|×|·|\\cdot)\s*10(?:\^\{?(?P<c>-?\d+)\}?|(?P<s>[⁰¹²³⁴⁵⁶⁷⁸⁹⁻]+))"
       r"|e(?P<e>\d+))?")


def _one(m, lang):
    raw = m.group("n")
    raw = raw.replace(",", "") if lang == "en" else raw.replace(NB, "").replace(",", ".")
    dec = len(raw.split(".")[1]) if "." in raw else 0
    zeros = 0 if dec else len(raw) - len(raw.rstrip("0"))
    ex = m.group("c") or m.group("e") or (m.group("s") or "").translate(SUP)
    sc = 10.0 ** int(ex) if ex else 1.0
    return float(raw) * sc, 0.5 * 10.0 ** (zeros - dec) * sc


def read(fig, lang, n=1):
    """The first n numbers of the figure, each with half a unit of its last significant digit
    (trailing zeros of an integer widen it)."""
    out = [_one(m, lang) for m in re.finditer("(?P<n>" + NUM[lang] + ")" + POW, fig)]
    return out[:n] if len(out) >= n else None


# ---- the claims -------------------------------------------------------------------------------
FILES = {p.stem[:5]: p.name for p in sorted(NOTES.glob("*.md"))}
CLAIMS, NON = [], []
H, X = "holds", "wrong"


def claim(f, figure, kind, unit, value, expect, error=None, *, anchor=None, occ=1, hedged=False,
          bound=None, rng=False, rel=None, note=""):
    figure = figure.replace("¦", NB)
    CLAIMS.append(dict(f=f, figure=figure, kind=kind, unit=unit, value=value, expect=expect,
                       error=error, anchor=(anchor or figure).replace("¦", NB), occ=occ,
                       hedged=hedged, bound=bound, rng=rng, rel=rel, note=note))


def non(f, text, why):
    NON.append(dict(f=f, text=text.replace("¦", NB), why=why))


# ---- en_01: vLLM batch sizing, Llama-3.1-8B on one H100 ---------------------------------------------
f = "en_01"
L8, Q7 = "llama3-8b", "qwen2.5-7b"
L3B = "llama3.2-3b"
claim(f, "8.03B", "params", "B", N[L8], H, anchor="  params: 8.03B")
claim(f, "16.06 GiB", "weights", "GiB", W(L8, "bf16"), X, "gb_as_gib", anchor="weights_gib:", note="16.06 GB = 14.96 GiB")
claim(f, "128 KiB", "kv_cache_per_token", "KiB", KVT(L8), H, anchor="kv_cache_per_token: 128 KiB")
claim(f, "8,030,261,248", "params", "params", N[L8], H)
claim(f, "16.06 GB", "weights", "GB", W(L8, "bf16"), H, anchor="8.03B × 2 bytes")
claim(f, "14.96 GiB", "weights", "GiB", W(L8, "bf16"), H, anchor="8.03B × 2 bytes")
claim(f, "4.02 GB", "weights", "GB", W(L8, "fp8"), X, "wrong_dtype", note="fp8 8.03 GB; 4.02 is int4")
claim(f, "about 16 GB", "weights", "GB", W(L8, "int4"), X, "wrong_dtype", hedged=True, note="int4 4.02 GB; 16 GB is the bf16 size")
claim(f, "at least 4 GB", "weights", "GB", W(L8, "int4"), H, bound="lower")
claim(f, "131072", "kv_cache_per_token", "bytes", KVT(L8), H)
claim(f, "128 KiB", "kv_cache_per_token", "KiB", KVT(L8), H, anchor="So 128 KiB per token")
claim(f, "64 KiB", "kv_cache_per_token", "KiB", KVT(L8, 1), H)
claim(f, "72 GB", "arithmetic", "GB", 0.9 * 80 * GIB, X, "gib_as_gb", note="72 GiB = 77.3 GB")
claim(f, "~57 GiB", "kv_cache_total", "GiB", 72 * GIB - W(L8, "bf16"), H, hedged=True, anchor="leaves ~57 GiB")
claim(f, "≈ 467K", "tokens", "K tokens", 57 * GIB / KVT(L8), H, hedged=True)
claim(f, "0.5 GiB", "kv_cache_total", "GiB", KV(L8, 8192), X, "off_2x", note="8192 x 128 KiB = 1 GiB")
claim(f, "about 57", "arithmetic", "sequences", (72 * GIB - W(L8, "bf16")) / KV(L8, 8192), H, hedged=True)
claim(f, "16 GB", "kv_cache_total", "GB", KV(L8, 4096, 32), X, "gib_as_gb", anchor="a batch of 32 needs", note="16 GiB = 17.2 GB")
claim(f, "64 GiB", "kv_cache_total", "GiB", KV(L8, 4096, 64), X, "off_2x", note="64 x 4K x 128 KiB = 32 GiB")
claim(f, "≈ 209 tok/s", "throughput", "tok/s", 3.35e12 / W(L8, "bf16"), H, hedged=True, bound="upper")
claim(f, "roughly 834 tok/s", "throughput", "tok/s", 3.35e12 / W(L8, "fp8"), X, "off_2x", hedged=True, note="3.35 TB/s / 8.03 GB = 417 tok/s")
claim(f, "17.28M tokens", "tokens", "M tokens", 2000 * 86400, X, "off_2x", note="2,000 x 86,400 = 172.8M")
claim(f, "16.1", "weights", "GB", W(L8, "bf16"), H, anchor="| Llama-3.1-8B |")
claim(f, "128", "kv_cache_per_token", "KiB", KVT(L8), H, anchor="| Llama-3.1-8B |")
claim(f, "4", "kv_cache_total", "GiB", KV(L8, 32768), H, anchor="| Llama-3.1-8B |")
claim(f, "7.62B", "params", "B", N[Q7], H)
claim(f, "15.2", "weights", "GB", W(Q7, "bf16"), H, anchor="| Qwen2.5-7B (28 layers")
claim(f, "56", "kv_cache_per_token", "KiB", KVT(Q7), H, anchor="| Qwen2.5-7B (28 layers")
claim(f, "3.5", "kv_cache_total", "GiB", KV(Q7, 32768), X, "off_2x", anchor="| Qwen2.5-7B (28 layers", note="56 KiB x 32K = 1.75 GiB")
claim(f, "6.4", "weights", "GB", W(L3B, "bf16"), H)
claim(f, "224", "kv_cache_per_token", "KiB", KVT(L3B), X, "off_2x", note="2 x 28 x 8 x 128 x 2 B = 112 KiB")
claim(f, "3.5", "kv_cache_total", "GiB", KV(L3B, 32768), H, anchor="| Llama-3.2-3B")
claim(f, "28 KiB", "kv_cache_per_token", "KiB", KVT(Q7), X, "off_2x", anchor="cache-friendliest", note="forgot the 2 of K and V: 56 KiB")
claim(f, "418 tok/s", "throughput", "tok/s", 3.35e12 / W(L8, "bf16"), X, "off_2x", note="bf16 ceiling 209 tok/s; 418 uses the fp8 byte count")
claim(f, "16.06 GB", "weights", "GB", W(L8, "bf16"), H, anchor="- Weights 16.06 GB")
claim(f, "14.96 GiB", "weights", "GiB", W(L8, "bf16"), H, anchor="- Weights 16.06 GB")
claim(f, "~57 GiB", "kv_cache_total", "GiB", 72 * GIB - W(L8, "bf16"), H, hedged=True, anchor="- Weights 16.06 GB")
claim(f, "~228", "arithmetic", "sequences", (72 * GIB - W(L8, "bf16")) / KV(L8, 4096), X, "off_2x", hedged=True, note="57 GiB / 0.5 GiB = 114")
claim(f, "~209 tok/s", "throughput", "tok/s", 3.35e12 / W(L8, "bf16"), H, hedged=True, bound="upper")
L70 = "llama3-70b"
claim(f, "141.1 GB", "weights", "GB", W(L70, "bf16"), H)
claim(f, "70.6 GB", "weights", "GB", W(L70, "bf16") / 2, H)
claim(f, "320 KiB", "kv_cache_per_token", "KiB", KVT(L70), H)
claim(f, "20 GiB", "kv_cache_total", "GiB", KV(L70, 8192), X, "off_2x", note="all 64 heads instead of 8 KV heads: 2.5 GiB")
claim(f, "467K", "tokens", "K tokens", 57 * GIB / KVT(L8), H, anchor="the 467K-token pool")
non(f, "created: 2026-11-18", "date")
non(f, "updated: 2026-12-01 21:40", "date and time")
non(f, "vllm-project/vllm/issues/2418", "URL, issue number")
non(f, "engine: vllm 0.6.3.post1", "version")
non(f, "max_num_seqs: 256", "hyper-parameter")
non(f, "rating: 4/5", "rating")
non(f, "benchmarked at 1,850 tok/s", "measured benchmark, version, latency")
non(f, "Benchmark run 2026-11-20", "date, prompt count, seed")
non(f, "[^1]: vLLM docs", "footnote, date")

# ---- ru_01: выбор квантизации под 12 и 24 ГБ ------------------------------------------------------
f = "ru_01"
L8, Q14, Q32, M7 = "llama3-8b", "qwen2.5-14b", "qwen2.5-32b", "mistral-7b"
G9 = 9.24e9   # Gemma 2 9B, parameter count stated in the note
claim(f, "8,03 млрд", "params", "млрд", N[L8], H, anchor="    параметры: 8,03 млрд")
claim(f, "4,91 ГБ", "quantized_file", "ГБ", GG(L8, "Q4_K_M"), H, anchor="    q4_k_m: 4,91 ГБ")
claim(f, "4,27 ГБ", "quantized_file", "ГБ", GG(L8, "Q8_0"), X, "off_2x", anchor="    q8_0: 4,27 ГБ", note="Q8_0 8.53 GB")
claim(f, "9,04 ГБ", "quantized_file", "ГБ", GG(Q14, "Q4_K_M"), H, anchor="    q4_k_m: 9,04 ГБ")
claim(f, "4,89 бит", "bits_per_weight", "бит", BPW["Q4_K_M"], H)
claim(f, "около 5,7 бит", "bits_per_weight", "бит", BPW["Q5_K_M"], H, hedged=True)
claim(f, "8,5 бит", "bits_per_weight", "бит", BPW["Q8_0"], H)
claim(f, "1 байт", "bytes_per_param", "байт", BY["fp8"], H, anchor="ровно 1 байт")
claim(f, "0,5 байта", "bytes_per_param", "байт", BY["int4"], H)
claim(f, "69 %", "percentage", "%", 100 * (1 - BPW["Q4_K_M"] / BPW["F16"]), H)
claim(f, "17 %", "percentage", "%", 100 * (BPW["Q5_K_M"] / BPW["Q4_K_M"] - 1), H, hedged=True)
claim(f, "4,89", "bits_per_weight", "бит", BPW["Q4_K_M"], H, anchor="| Q4_K_M | 4,89 |")
claim(f, "4,91", "quantized_file", "ГБ", GG(L8, "Q4_K_M"), H, anchor="| Q4_K_M | 4,89 |")
claim(f, "4,58", "quantized_file", "ГиБ", GG(L8, "Q4_K_M"), H, anchor="| Q4_K_M | 4,89 |")
claim(f, "5,70", "bits_per_weight", "бит", BPW["Q5_K_M"], H, anchor="| Q5_K_M | 5,70 |")
claim(f, "5,73", "quantized_file", "ГБ", GG(L8, "Q5_K_M"), H, anchor="| Q5_K_M | 5,70 |")
claim(f, "5,73", "quantized_file", "ГиБ", GG(L8, "Q5_K_M"), X, "gb_as_gib", anchor="| Q5_K_M | 5,70 |", occ=2, note="5.73 GB = 5.33 GiB")
claim(f, "8,50", "bits_per_weight", "бит", BPW["Q8_0"], H, anchor="| Q8_0 | 8,50 |")
claim(f, "8,53", "quantized_file", "ГБ", GG(L8, "Q8_0"), H, anchor="| Q8_0 | 8,50 |")
claim(f, "15,9", "quantized_file", "ГиБ", GG(L8, "Q8_0"), X, "off_2x", note="Q8_0 7.95 GiB; 15.9 is 16 bits per weight")
claim(f, "16,00", "bits_per_weight", "бит", BPW["F16"], H)
claim(f, "16,06", "quantized_file", "ГБ", GG(L8, "F16"), H, anchor="| F16 | 16,00 |")
claim(f, "14,96", "quantized_file", "ГиБ", GG(L8, "F16"), H, anchor="| F16 | 16,00 |")
claim(f, "4,58 ГБ", "quantized_file", "ГБ", GG(L8, "Q4_K_M"), X, "gib_as_gb", note="4.58 GiB = 4.91 GB")
claim(f, "9,04 ГБ", "quantized_file", "ГБ", GG(Q14, "Q4_K_M"), H, anchor="- Q4_K_M: 9,04 ГБ")
claim(f, "21 ГБ", "quantized_file", "ГБ", GG(Q14, "Q5_K_M"), X, "off_2x", note="Q5_K_M 10.5 GB")
claim(f, "около 7,4 ГБ", "quantized_file", "ГБ", GG(Q14, "Q8_0"), X, "off_2x", hedged=True, note="Q8_0 15.7 GB")
claim(f, "59 ГБ", "weights", "ГБ", W(Q14, "int4"), X, "off_2x", note="bits read as bytes: int4 = 0.5 B/param, 7.39 GB")
claim(f, "29,5 ГБ", "weights", "ГБ", W(Q14, "bf16"), H, anchor="- bf16 — 29,5 ГБ")
claim(f, "96 КиБ", "kv_cache_per_token", "КиБ", KVT(Q14), X, "off_2x", note="forgot the 2 of K and V: 192 KiB")
claim(f, "7,5 ГиБ", "kv_cache_total", "ГиБ", KV(Q14, 8192), X, "off_2x", note="all 40 heads instead of 8 KV heads: 1.5 GiB")
claim(f, "3 ГиБ", "kv_cache_total", "ГиБ", KV(Q14, 32768), X, "off_2x", note="192 KiB x 32K = 6 GiB")
claim(f, "≈ 20 ГБ", "quantized_file", "ГБ", GG(Q32, "Q4_K_M"), H, hedged=True)
claim(f, "18,7 ГиБ", "quantized_file", "ГиБ", GG(Q32, "Q4_K_M"), H)
claim(f, "≈ 4,4 ГБ", "quantized_file", "ГБ", GG(M7, "Q4_K_M"), H, hedged=True)
claim(f, "7,7 ГБ", "quantized_file", "ГБ", GG(M7, "Q8_0"), H)
claim(f, "3,62 ГБ", "weights", "ГБ", W(M7, "fp8"), X, "wrong_dtype", note="fp8 7.24 GB; 3.62 is int4")
claim(f, "14,5 ГБ", "weights", "ГБ", W(M7, "fp16"), H, anchor="fp16 — 14,5 ГБ")
claim(f, "14,5 ГБ", "weights", "ГБ", W(M7, "int4"), X, "wrong_dtype", anchor="GPTQ int4 для Mistral-7B", note="int4 3.62 GB; 14.5 is fp16")
claim(f, "около 5,65 ГБ", "quantized_file", "ГБ", GG(G9, "Q4_K_M"), H, hedged=True)
claim(f, "7,6 ГБ", "quantized_file", "ГБ", GG(G9, "Q6_K"), H)
claim(f, "9,2 ГБ", "weights", "ГБ", W(G9, "bf16"), X, "wrong_dtype", note="bf16 18.5 GB; 9.2 is one byte per parameter")
claim(f, "не более 9,1 ГБ", "quantized_file", "ГБ", GG(Q14, "Q4_K_M"), H, bound="upper")
claim(f, "около 20 ГБ", "quantized_file", "ГБ", GG(Q32, "Q4_K_M"), H, hedged=True)
claim(f, "16 ГБ", "weights", "ГБ", W(L8, "fp8"), X, "wrong_dtype", anchor="это 16 ГБ весов", note="fp8 8.03 GB; 16 GB is bf16")
non(f, "created: 2026-10-02", "date")
non(f, "updated: 2026-11-29", "date")
non(f, "ollama: 0.4.7", "version")
non(f, "    цена: 54", "price")
non(f, "llama_cpp_build: b4120", "build number")
non(f, "оценка: 8/10", "rating")
non(f, "Сохранено из диалога 2 октября 2026", "date, build")
non(f, "perplexity на wikitext", "version, perplexity")
non(f, "- RTX 4070 12 ГБ — 54", "prices")
non(f, "Тест от 14.11.2026", "date, measured speeds")

# ---- en_02: fine-tuning memory budget, Llama-3.1-8B ------------------------------------------------
f = "en_02"
L8 = "llama3-8b"
LQ = lora(32, 16, [(4096, 4096), (4096, 1024), (4096, 1024), (4096, 4096)])
LA = lora(32, 16, [(4096, 4096), (4096, 1024), (4096, 1024), (4096, 4096),
                   (4096, 14336), (4096, 14336), (14336, 4096)])
ACT_FULL = 2 * 4096 * 1 * 4096            # full recomputation, one layer, s = 4096, b = 1, h = 4096
ACT_FLASH = 34 * 4096 * 1 * 4096          # no recomputation, FlashAttention, one layer
claim(f, "8030261248", "params", "params", N[L8], H)
claim(f, "128.5 GB", "training", "GB", 16 * N[L8], H, anchor="full_adam_total:")
claim(f, "96.4 GB", "training", "GB", 12 * N[L8], H, anchor="adam8bit_total:")
claim(f, "4.14 GB", "weights", "GB", N[L8] * NF4 / 8, H, anchor="qlora_base_nf4:")
claim(f, "136M", "params", "M", LQ, X, "off_2x", note="r=16 on q,k,v,o: 13.6M")
claim(f, "8,030,261,248", "params", "params", N[L8], H)
claim(f, "16 bytes", "bytes_per_param", "bytes", 2 + 2 + 12, H, anchor="= **16 bytes per parameter**")
claim(f, "128.5 GB", "training", "GB", 16 * N[L8], H, anchor="Total model state")
claim(f, "72.3 GB", "training", "GB", 18 * N[L8], X, "off_2x", note="18 B/param: 144.5 GB")
claim(f, "≈ 32 GB", "training", "GB", 16 * N[L8], X, "off_2x", hedged=True, note="training memory without optimizer states; 128.5 GB")
claim(f, "96.4 GB", "training", "GB", 12 * N[L8], H, anchor="8-bit Adam (bitsandbytes)")
claim(f, "64.2 GB", "training", "GB", zero(N[L8], 8, 3), X, "off_2x", note="128.5 GB / 8 = 16.1 GB per GPU")
claim(f, "128 GB", "training", "GB", zero(N[L8], 4, 3), X, "per_gpu", anchor="ZeRO-3 across 4×A100", note="ZeRO-3 on 4 GPUs: 32.1 GB per GPU")
claim(f, "16.06 GB", "weights", "GB", W(L8, "bf16"), H, anchor="weights = n * 2")
claim(f, "32.12 GB", "training", "GB", 12 * N[L8], X, "off_2x", note="fp32 master + m + v = 12 B/param: 96.4 GB")
claim(f, "128.48 GB", "training", "GB", 16 * N[L8], H)
claim(f, "16.06 GB", "training", "GB", zero(N[L8], 8, 3), H, anchor="per_gpu = total / 8")
claim(f, "425,984", "params", "params", LQ / 32, H)
claim(f, "13.6M", "params", "M", LQ, H, anchor="over 32 layers **13.6M**")
claim(f, "1.7 %", "percentage", "%", 100 * LQ / N[L8], X, "off_2x", note="0.17 %")
claim(f, "41.9M", "params", "M", LA, H)
claim(f, "5.2 %", "percentage", "%", 100 * LA / N[L8], X, "off_2x", note="0.52 %")
claim(f, "671 KB", "training", "KB", 16 * LA, X, "off_2x", note="off by 1000: 671 MB")
claim(f, "16.06 GB", "weights", "GB", W(L8, "bf16"), H, anchor="Adapter state")
claim(f, "4.127 bits", "bits_per_weight", "bits", NF4, H)
claim(f, "4.14 GB", "weights", "GB", N[L8] * NF4 / 8, H, anchor="the frozen base is 4.14 GB")
claim(f, "4.5 bits", "bits_per_weight", "bits", 4.5, H)
claim(f, "4.5–4.6 GB", "weights", "GB", N[L8] * 4.5 / 8, H, rng=True)
claim(f, "8.03B", "params", "B", N[L8], H, anchor="| full, AdamW 16 B/param |")
claim(f, "128.5", "training", "GB", 16 * N[L8], H, anchor="| full, AdamW 16 B/param |")
claim(f, "48", "training", "GB", 12 * N[L8], X, "off_2x", anchor="| full, 8-bit Adam |", note="12 B/param: 96.4 GB")
claim(f, "16.3", "training", "GB", W(L8, "bf16") + 16 * LQ, H)
claim(f, "8.7", "training", "GB", N[L8] * NF4 / 8 + 16 * LQ, X, "off_2x", anchor="| QLoRA r=16 qkvo", note="NF4 base 4.14 + adapter 0.22 = 4.36 GB")
claim(f, "33.6 MB", "activations", "MB", ACT_FULL, H, anchor="full recomputation (gradient checkpointing)")
claim(f, "1.07 GB", "activations", "GB", 32 * ACT_FULL, H)
claim(f, "33.6 MB", "activations", "MB", 32 * ACT_FULL, X, "wrong_kind", anchor="activations of the whole model come to",
      note="per-layer figure given as the total: 1.07 GB")
claim(f, "18.3 GB", "activations", "GB", 32 * ACT_FLASH, H, anchor="no checkpointing but FlashAttention")
claim(f, "57.9 GB", "training", "GB", 16 * N["mistral-7b"], X, "off_2x", note="16 B/param: 115.9 GB")
claim(f, "30.5 GB", "training", "GB", 12 * N["qwen2.5-7b"], X, "off_2x", note="12 B/param: 91.4 GB")
claim(f, "19.8 GB", "training", "GB", 16 * N["llama3.2-1b"], H)
claim(f, "~128 GB", "training", "GB", 16 * N[L8], H, hedged=True)
claim(f, "13.6M", "params", "M", LQ, H, anchor="- LoRA: 13.6M params")
claim(f, "16.06 GB", "weights", "GB", W(L8, "bf16"), H, anchor="- LoRA: 13.6M params")
claim(f, "4.14 GB", "weights", "GB", N[L8] * NF4 / 8, H, anchor="- LoRA: 13.6M params")
claim(f, "18.3 GB", "activations", "GB", 32 * ACT_FLASH, H, anchor="Gradient checkpointing cuts")
claim(f, "about 34 MB", "activations", "MB", 32 * ACT_FULL, X, "wrong_kind", hedged=True, note="per-layer figure as the total: 1.07 GB")
non(f, "created: 2026-09-14", "date")
non(f, "source_chat: https://claude.ai/chat/5f1c2e9a", "URL")
non(f, "Rajbhandari et al. 2019, arXiv:1910.02054", "citation, arXiv id")
non(f, "  lr: 2e-4", "hyper-parameter")
non(f, "  warmup_ratio: 0.03", "hyper-parameter")
non(f, "  seed: 3407", "seed")
non(f, "  grad_accum: 16", "hyper-parameter")
non(f, "deepspeed: 0.15.4", "version")
non(f, "Run log: job #4471", "job id, date, loss, score")

# ---- ru_02: KV-кэш на длинном контексте, GQA / MHA / MLA -------------------------------------------
f = "ru_02"
L8, L70, Q72 = "llama3-8b", "llama3-70b", "qwen2.5-72b"
DSV3 = 61 * (512 + 64) * 2            # MLA latent + RoPE key per layer, bf16, bytes per token (config in the note)
claim(f, "128 КиБ", "kv_cache_per_token", "КиБ", KVT(L8), H, anchor="    kv_на_токен: 128 КиБ")
claim(f, "2,5 МиБ", "kv_cache_per_token", "МиБ", KVT(L70), X, "off_2x", anchor="    kv_на_токен: 2,5 МиБ", note="all 64 heads instead of 8 KV heads: 320 KiB")
claim(f, "68,6 КиБ", "kv_cache_per_token", "КиБ", DSV3, H)
claim(f, "128 КиБ", "kv_cache_per_token", "КиБ", KVT(L8), H, anchor="32 слоя × 8 KV-голов")
claim(f, "4 ГиБ", "kv_cache_total", "ГиБ", KV(L8, 32768), H, anchor="На 32K токенов")
claim(f, "16 ГиБ", "kv_cache_total", "ГиБ", KV(L8, 131072), H, anchor="На 32K токенов")
claim(f, "128 КиБ", "kv_cache_total", "КиБ", KV(L8, 131072), X, "wrong_kind", anchor="Итого кэш на 128K",
      note="per-token figure given as the total: 16 GiB")
claim(f, "320 КиБ", "kv_cache_per_token", "КиБ", KVT(L70), H, anchor="У обеих 80 слоёв")
claim(f, "42,9", "kv_cache_total", "GB", KV(L70, 131072), H, anchor="\\text{KV}_{70B}")
claim(f, "40 ГиБ", "kv_cache_total", "ГиБ", KV(L70, 131072), H, anchor="Для одного запроса на 128K")
claim(f, "42,9 ГБ", "kv_cache_total", "ГБ", KV(L70, 131072), H)
claim(f, "20 ГиБ", "kv_cache_total", "ГиБ", KV(L70, 131072), X, "off_2x", note="forgot the 2 of K and V: 40 GiB")
claim(f, "2,5 МиБ", "kv_cache_per_token", "МиБ", KVT((80, 64, 128)), H, anchor="MHA (64 головы)")
claim(f, "8 раз", "ratio", "×", 64 / 8, H, anchor="MHA (64 головы)")
claim(f, "40 ГиБ", "kv_cache_total", "ГиБ", KV(L70, 32768, 8), X, "off_2x", anchor="Восемь пользователей", note="8 x 32K x 320 KiB = 80 GiB")
claim(f, "40 ГиБ", "kv_cache_total", "ГиБ", KV(L70, 131072) / 8, X, "per_gpu", anchor="на каждой из 8 карт",
      note="TP=8: 5 GiB per card")
claim(f, "320 КиБ", "kv_cache_per_token", "КиБ", KVT(Q72), H, anchor="Qwen2.5-72B: 320")
claim(f, "10,7 ГиБ", "kv_cache_total", "ГиБ", KV(Q72, 32768), X, "gb_as_gib", note="10 GiB = 10.7 GB")
claim(f, "512 КиБ", "kv_cache_per_token", "КиБ", KVT("llama2-7b"), H)
claim(f, "1 ГиБ", "kv_cache_total", "ГиБ", KV("llama2-7b", 4096), X, "off_2x", note="512 KiB x 4096 = 2 GiB")
claim(f, "4 ГиБ", "kv_cache_total", "ГиБ", KV("mistral-7b", 4096), X, "off_2x", anchor="При контексте 32K кэш",
      note="window 4096 caps the cache at 0.5 GiB")
claim(f, "70¦272 байт", "kv_cache_per_token", "байт", DSV3, H)
claim(f, "128", "kv_cache_per_token", "КиБ", KVT(L8), H, anchor="| Llama-3.1-8B | 128 |")
claim(f, "16", "kv_cache_total", "ГиБ", KV(L8, 131072), H, anchor="| Llama-3.1-8B | 128 |")
claim(f, "320", "kv_cache_per_token", "КиБ", KVT(L70), H, anchor="| Llama-3.1-70B | 320 |")
claim(f, "80", "kv_cache_total", "ГиБ", KV(L70, 131072), X, "off_2x", anchor="| Llama-3.1-70B | 320 |", note="40 GiB")
claim(f, "137", "kv_cache_per_token", "КиБ", DSV3, X, "off_2x", note="MLA caches one latent, not K and V: 68.6 KiB")
claim(f, "8,6", "kv_cache_total", "ГиБ", DSV3 * 131072, H, anchor="| DeepSeek-V3 (MLA) |")
claim(f, "9,2 ГБ", "kv_cache_total", "ГБ", DSV3 * 131072, H)
claim(f, "9,2 ГиБ", "kv_cache_total", "ГиБ", DSV3 * 131072, X, "gb_as_gib", anchor="т. е. 9,2 ГиБ", note="9.2 GB = 8.58 GiB")
claim(f, "около 4,3 ГиБ", "kv_cache_total", "ГиБ", DSV3 / 2 * 131072, H, hedged=True)
claim(f, "4,7 раза", "ratio", "×", KVT(L70) / DSV3, H, hedged=True)
claim(f, "40 ГиБ", "kv_cache_total", "ГиБ", KV(L70, 131072), H, anchor="- 70B на 128K")
claim(f, "16 ГиБ", "kv_cache_total", "ГиБ", KV(L8, 131072), H, anchor="- 70B на 128K")
claim(f, "9,2 ГиБ", "kv_cache_total", "ГиБ", DSV3 * 131072, X, "gb_as_gib", anchor="- 70B на 128K", note="9.2 GB = 8.58 GiB")
non(f, "created: 2026-11-07", "date")
non(f, "updated: 2026-12-03", "date")
non(f, "arXiv:2405.04434", "arXiv id")
non(f, "rope_theta: 500000", "hyper-parameter")
non(f, "  factor: 8.0", "hyper-parameter")
non(f, "needle_score:", "benchmark score")
non(f, "Общая формула (на токен, байт)", "LaTeX formula with free variables")
non(f, "needle-in-a-haystack 99,1 %", "score, date, test grid")

# ---- en_03: MoE total vs active ------------------------------------------------------------------------
f = "en_03"
M7 = "mixtral-8x7b"
M22, M22A = 140.6e9, 39.2e9        # Mixtral 8x22B total / active, stated in the note
DS, DSA = 671e9, 37e9              # DeepSeek-V3 total / active, stated in the note
OSS120, OSS120A, OSS20, OSS20A = 116.8e9, 5.1e9, 20.9e9, 3.6e9
MX = 4.25                          # MXFP4 bits per weight incl. block scales (claims-gold)
claim(f, "46.7B", "params", "B", N[M7], H, anchor="    total: 46.7B")
claim(f, "12.9B", "params", "B", ACTIVE_M7, H, anchor="    active: 12.9B")
claim(f, "93.4 GB", "weights", "GB", W(M7, "bf16"), H, anchor="    weights_bf16: 93.4 GB")
claim(f, "37 GB", "weights", "GB", DS * 1, X, "off_2x", anchor="    weights_fp8: 37 GB", note="active count used as total: 671 GB")
claim(f, "46,702,792,704", "params", "params", N[M7], H)
claim(f, "12,879,925,248", "params", "params", ACTIVE_M7, H)
claim(f, "27.6 %", "percentage", "%", 100 * ACTIVE_M7 / N[M7], H)
claim(f, "25.8 GB", "weights", "GB", W(M7, "bf16"), X, "off_2x", note="all experts are resident: 93.4 GB")
claim(f, "11.7 GB", "weights", "GB", W(M7, "int4"), X, "off_2x", note="int4 23.4 GB")
claim(f, "about 57 GB", "quantized_file", "GB", GG(M7, "Q4_K_M"), X, "off_2x", hedged=True, note="Q4_K_M 28.6 GB")
claim(f, "≈ 25.8 GFLOP", "flops", "GFLOP", 2 * ACTIVE_M7, H, hedged=True)
claim(f, "~130 tok/s", "throughput", "tok/s", 3.35e12 / W(ACTIVE_M7, "bf16"), H, hedged=True, bound="upper")
claim(f, "~36 tok/s", "throughput", "tok/s", 3.35e12 / W(ACTIVE_M7, "bf16"), X, "off_2x", hedged=True,
      note="36 tok/s divides by all 93.4 GB; active bytes give 130 tok/s")
claim(f, "281 GB", "weights", "GB", W(M22, "bf16"), H, anchor="- In bf16: 281 GB")
claim(f, "70.3 GB", "weights", "GB", W(M22, "bf16") / 4, H)
claim(f, "281 GB", "weights", "GB", W(M22, "fp8"), X, "wrong_dtype", anchor="- In fp8: 281 GB", note="fp8 140.6 GB")
claim(f, "27.9 %", "percentage", "%", 100 * M22A / M22, H)
claim(f, "about 671 GB", "weights", "GB", W(DS, "fp8"), H, hedged=True)
claim(f, "1.34 GB", "weights", "GB", W(DS, "bf16"), X, "off_2x", note="off by 1000: 1.34 TB")
claim(f, "5.5 %", "percentage", "%", 100 * DSA / DS, H)
claim(f, "1,342 GFLOP", "flops", "GFLOP", 2 * DSA, X, "off_2x", note="2 x 37B active = 74 GFLOP")
claim(f, "4.4 %", "percentage", "%", 100 * OSS120A / OSS120, H)
claim(f, "496", "weights", "GB", OSS120 * MX / 8, X, "off_2x", note="bits read as bytes: 62 GB")
claim(f, "17 %", "percentage", "%", 100 * OSS20A / OSS20, H)
claim(f, "11.1", "weights", "GB", OSS20 * MX / 8, H)
claim(f, "≈ 62 GB", "weights", "GB", OSS120 * MX / 8, H, hedged=True)
claim(f, "≈ 234 GFLOP", "flops", "GFLOP", 2 * OSS120A, X, "off_2x", hedged=True, note="total count used for active: 2 x 5.1B = 10.2 GFLOP")
claim(f, "93.4 GB", "weights", "GB", W(M7, "bf16"), H, anchor="- Memory ∝ total")
claim(f, "25.8 GFLOP", "flops", "GFLOP", 2 * ACTIVE_M7, H, anchor="- Memory ∝ total")
claim(f, "~1,342 GB", "weights", "GB", W(DS, "fp8"), X, "wrong_dtype", hedged=True, note="fp8 671 GB; 1,342 GB is bf16")
non(f, "created: 2026-08-21", "date")
non(f, "arXiv:2412.19437", "arXiv id")
non(f, "    routed_experts: 256", "config count")
non(f, "DeepSeek-V3: MIT (code), model license v1.0", "license version")
non(f, "Benchmarked 2026-09-02", "date, measured throughput, version")
non(f, "Mixtral: Apache 2.0", "license version")

# ---- ru_03: какую карту купить под Qwen2.5-32B (модель названа один раз) -------------------------------
f = "ru_03"
Q = "qwen2.5-32b"
QQ = GG(Q, "Q4_K_M")
claim(f, "32,8 ГБ", "weights", "ГБ", W(Q, "bf16"), X, "wrong_dtype", anchor="В bf16 она весит", note="bf16 65.5 GB; 32.8 is fp8")
claim(f, "32,8 ГБ", "weights", "ГБ", W(Q, "fp8"), H, anchor="- В fp8/int8")
claim(f, "8,2 ГБ", "weights", "ГБ", W(Q, "int4"), X, "off_2x", note="int4 16.4 GB")
claim(f, "около 40 ГБ", "quantized_file", "ГБ", QQ, X, "off_2x", hedged=True, note="Q4_K_M 20.0 GB")
claim(f, "18,7 ГиБ", "quantized_file", "ГиБ", QQ, H, anchor="GGUF Q4_K_M — около")
claim(f, "1,25 МиБ", "kv_cache_per_token", "МиБ", KVT(Q), X, "off_2x", note="all 40 heads instead of 8 KV heads: 256 KiB")
claim(f, "2 ГиБ", "kv_cache_total", "ГиБ", KV(Q, 8192), H, anchor="На 8K это 2 ГиБ")
claim(f, "16 ГиБ", "kv_cache_total", "ГиБ", KV(Q, 32768), X, "off_2x", note="256 KiB x 32K = 8 GiB")
claim(f, "20,7 ГБ", "arithmetic", "ГБ", QQ + KV(Q, 8192), X, "gib_as_gb", note="20.7 GiB = 22.2 GB")
claim(f, "20,0", "quantized_file", "ГБ", QQ, H, anchor="| RTX 3090 | Q4_K_M |")
claim(f, "47", "throughput", "токенов/с", 936e9 / QQ, H, anchor="| RTX 3090 | Q4_K_M |")
claim(f, "20,0", "quantized_file", "ГБ", QQ, H, anchor="| RTX 4090 | Q4_K_M |")
claim(f, "~105", "throughput", "токенов/с", 1008e9 / QQ, X, "off_2x", hedged=True, note="1008 GB/s / 20.0 GB = 50 tok/s")
claim(f, "20,0", "quantized_file", "ГБ", QQ, H, anchor="| RTX 5090 | Q4_K_M |")
claim(f, "89", "throughput", "токенов/с", 1792e9 / QQ, H, anchor="| RTX 5090 | Q4_K_M |")
claim(f, "32,8", "weights", "ГБ", W(Q, "fp8"), H, anchor="| RTX A6000 | int8 |")
claim(f, "≈ 23", "throughput", "токенов/с", 768e9 / W(Q, "fp8"), H, hedged=True)
claim(f, "65,5", "weights", "ГБ", W(Q, "bf16"), H)
claim(f, "15", "throughput", "токенов/с", 2e12 / W(Q, "bf16"), X, "off_2x", anchor="| H100 PCIe | bf16 |", note="2 TB/s / 65.5 GB = 30.5 tok/s")
claim(f, "~51 ток/с", "throughput", "токенов/с", 3.35e12 / W(Q, "bf16"), H, hedged=True, bound="upper")
claim(f, "32,8 ГБ", "weights", "ГБ", W(Q, "fp8") / 2, X, "per_gpu", anchor="на каждую карту приходится", note="TP=2: 16.4 GB per card")
claim(f, "19–21 ГБ", "quantized_file", "ГБ", QQ, H, rng=True)
claim(f, "256 КиБ", "kv_cache_total", "КиБ", KV(Q, 8192), X, "wrong_kind", note="per-token figure given as the 8K total: 2 GiB")
claim(f, "около 50 ток/с", "throughput", "токенов/с", 1008e9 / QQ, H, hedged=True, bound="upper")
non(f, "created: 2026-11-02", "date")
non(f, "    цена: 68", "price")
non(f, "    цена: 2,49 $/час", "rental price")
non(f, "бюджет: 250", "budget")
non(f, "блок_питания: 1000 Вт", "power supply")
non(f, "дедлайн: 2026-12-15", "date")
non(f, "> Нужно гонять модель локально", "requirement threshold, budget")
non(f, "- Гарантия на 4090", "warranty years")
non(f, "- TDP: 3090", "power draw")
non(f, "- Цены на 01.12.2026", "date, price change")

# ---- en_04: pretraining compute, 6·N·D -------------------------------------------------------------
f = "en_04"
L8, L70, L405 = "llama3-8b", "llama3-70b", "llama3.1-405b"
PEAK, MFU = 989e12, 0.40
C8 = 6 * N[L8] * 15e12
C405 = 6 * N[L405] * 15.6e12
C70 = 6 * N[L70] * 15e12
CG3 = 6 * N["gpt3"] * 300e9
claim(f, "7.2e22", "flops", "FLOP", C8, X, "off_2x", note="6 x 8.03B x 15T = 7.2e23")
claim(f, "7.23 × 10^23", "flops", "FLOP", C8, H)
claim(f, "~169,000", "time", "GPU-hours", C8 / (MFU * PEAK) / 3600, X, "off_2x", hedged=True, note="2ND instead of 6ND; 507K GPU-hours")
claim(f, "≈ 187", "tokens_per_param", "tokens/param", 15e12 / N[L8], X, "off_2x", hedged=True, note="1,868 tokens per parameter")
claim(f, "≈ 160B tokens", "tokens", "B tokens", 20 * N[L8], H, hedged=True)
claim(f, "≈ 48.2 GFLOP", "flops", "GFLOP", 2 * N[L8], X, "off_2x", hedged=True, note="6N used for inference; 2N = 16.1 GFLOP")
claim(f, "≈ 3.8 × 10^25", "flops", "FLOP", C405, H, hedged=True)
claim(f, "about 2.67 million", "time", "million", C405 / (MFU * PEAK) / 3600, X, "off_2x", hedged=True, note="26.7 million GPU-hours")
claim(f, "~136 days", "time", "days", C405 / (16384 * MFU * PEAK) / 86400, X, "off_2x", hedged=True, note="67.8 days")
claim(f, "≈ 3.8 tokens", "tokens_per_param", "tokens/param", 15.6e12 / N[L405], X, "off_2x", hedged=True, note="38.4")
claim(f, "810B tokens", "tokens", "B tokens", 20 * N[L405], X, "off_2x", note="20 x 405.85B = 8.1T")
claim(f, "3.14e22", "flops", "FLOP", CG3, X, "off_2x", note="6 x 174.6B x 300B = 3.14e23")
claim(f, "1.7", "tokens_per_param", "tokens/param", 300e9 / N["gpt3"], H)
claim(f, "7.2e23", "flops", "FLOP", C8, H, anchor="| Llama-3-8B | 8.03B |")
claim(f, "1868", "tokens_per_param", "tokens/param", 15e12 / N[L8], H)
claim(f, "6.3e23", "flops", "FLOP", C70, X, "off_2x", note="6.35e24")
claim(f, "21", "tokens_per_param", "tokens/param", 15e12 / N[L70], X, "off_2x", anchor="| Llama-3-70B | 70.55B |", note="212.6")
claim(f, "~4.5 million", "time", "million", C70 / (MFU * PEAK) / 3600, H, hedged=True)
claim(f, "7.2e23", "flops", "FLOP", C8, H, anchor="- 8B/15T")
claim(f, "3.8e25", "flops", "FLOP", C405, H)
claim(f, "53×", "ratio", "×", C405 / C8, H)
claim(f, "140B tokens", "tokens", "B tokens", 20 * N[L70], X, "off_2x", note="20 x 70.55B = 1.41T")
non(f, "created: 2026-10-11", "date")
non(f, "updated: 2026-11-25 08:03", "date and time")
non(f, "arXiv:2203.15556", "arXiv id")
non(f, "  mfu: 0.40", "hyper-parameter")
non(f, "cluster_price_per_gpu_hour: 2.10", "price")
non(f, "The rule: $C \\approx 6 N D$", "LaTeX formula with free variables")
non(f, "> At $2.10 per GPU-hour", "prices, date")

# ---- ru_04: тензорный параллелизм, доли на карту ---------------------------------------------------
f = "ru_04"
L70, L405, Q72, M7 = "llama3-70b", "llama3.1-405b", "qwen2.5-72b", "mixtral-8x7b"
claim(f, "141,1 ГБ", "weights", "ГБ", W(L70, "bf16"), H, anchor="    bf16_всего: 141,1 ГБ")
claim(f, "50,7 ГБ", "weights", "ГБ", W(L405, "fp8") / 8, H, anchor="    на_карту_tp8: 50,7 ГБ")
claim(f, "141,1 ГБ", "weights", "ГБ", W(L70, "bf16"), H, anchor="## Llama-3.1-70B (141,1")
claim(f, "70,6 ГБ", "weights", "ГБ", W(L70, "bf16") / 2, H)
claim(f, "141 ГБ", "weights", "ГБ", W(L70, "bf16") / 4, X, "per_gpu", note="TP=4: 35.3 GB per card")
claim(f, "8,8 ГБ", "weights", "ГБ", W(L70, "bf16") / 8, X, "off_2x", note="141.1 / 8 = 17.6 GB")
claim(f, "320 КиБ", "kv_cache_per_token", "КиБ", KVT(L70), H)
claim(f, "80 ГиБ", "kv_cache_total", "ГиБ", KV(L70, 32768, 16), X, "off_2x", anchor="16 запросов по 32K", note="16 x 32K x 320 KiB = 160 GiB")
claim(f, "160 ГиБ", "kv_cache_total", "ГиБ", KV(L70, 32768, 16) / 8, X, "per_gpu", note="160 GiB is the total; 20 GiB per card")
claim(f, "811,7 ГБ", "weights", "ГБ", W(L405, "bf16"), H, anchor="- В bf16 это 811,7")
claim(f, "811,7 ГБ", "weights", "ГБ", W(L405, "fp8"), X, "wrong_dtype", anchor="- В fp8 — 811,7", note="fp8 405.9 GB")
claim(f, "50,7 ГБ", "weights", "ГБ", W(L405, "fp8") / 8, H, anchor="- На карту при TP=8")
claim(f, "около 32,8 ГиБ", "arithmetic", "ГиБ", 80 * GIB - W(L405, "fp8") / 8, H, hedged=True)
claim(f, "~406 ГБ", "weights", "ГБ", W(L405, "int4"), X, "wrong_dtype", hedged=True, note="int4 202.9 GB; 406 is fp8")
claim(f, "202,9 ГБ", "weights", "ГБ", W(L405, "fp8") / 2, H)
claim(f, "7,9 МиБ", "kv_cache_per_token", "МиБ", KVT(L405), X, "off_2x", note="8 KV heads, not 128: 504 KiB")
claim(f, "504 КиБ", "kv_cache_per_token", "КиБ", KVT(L405) / 8, X, "per_gpu", note="504 KiB is the whole token; per card 63 KiB")
claim(f, "93,4 ГБ", "weights", "ГБ", W(M7, "bf16"), H, anchor="- Mixtral в bf16 (93,4")
claim(f, "93,4 ГБ", "weights", "ГБ", W(M7, "bf16") / 2, X, "per_gpu", anchor="- Mixtral в bf16 (93,4", occ=2,
      note="TP=2: 46.7 GB per card")
claim(f, "145,4 ГБ", "weights", "ГБ", W(Q72, "bf16"), H)
claim(f, "36,4 ГБ", "weights", "ГБ", W(Q72, "bf16") / 4, H, anchor="- Qwen2.5-72B: 145,4")
claim(f, "36,4 ГБ", "weights", "ГБ", W(Q72, "fp8"), X, "wrong_dtype", anchor="- Qwen2.5-72B: 145,4", occ=2, note="fp8 72.7 GB")
claim(f, "17,6 ГБ", "weights", "ГБ", W(L70, "bf16") / 4, X, "off_2x", note="TP=4: 35.3 GB per card")
claim(f, "50,7 ГБ", "weights", "ГБ", W(L405, "fp8") / 8, H, anchor="- 405B: FP8")
non(f, "created: 2026-10-20", "date")
non(f, "arXiv:1909.08053", "arXiv id")
non(f, "  интерконнект: 8×400 Гбит/с", "hardware spec")
non(f, "vllm: 0.6.4", "version")
non(f, "тикет: INFRA-2291", "ticket number")
non(f, "all-reduce на TP=8", "interconnect specs, date, measured latency")

# ---- en_05: embedding / vocabulary share of the parameters ------------------------------------------
f = "en_05"
E8 = 128256 * 4096            # Llama-3-8B, one table (vocab rows x hidden, stated in the note)
E1 = 128256 * 2048            # Llama-3.2-1B, tied
E3 = 128256 * 3072            # Llama-3.2-3B, tied
EG = 256000 * 2304            # Gemma 2 2B, tied; 2.61B parameters stated
EQ = 2 * 152064 * 3584        # Qwen2.5-7B, untied
E2 = 50257 * 768              # GPT-2 small, tied
claim(f, "8,030,261,248", "params", "params", N["llama3-8b"], H, anchor="    params: 8,030,261,248")
claim(f, "525M", "params", "M", E1, X, "off_2x", anchor="    embedding_params: 525M", note="tied 2048-wide table: 262.7M")
claim(f, "124,439,808", "params", "params", N["gpt2"], H)
claim(f, "525.3M", "params", "M", E8, H)
claim(f, "1.05B", "params", "B", 2 * E8, H, anchor="**Llama-3-8B** (untied)")
claim(f, "26 %", "percentage", "%", 100 * 2 * E8 / N["llama3-8b"], X, "off_2x", note="13.1 %")
claim(f, "525M", "params", "M", E1, X, "off_2x", anchor="**Llama-3.2-1B** (tied)", note="128,256 x 2048 = 262.7M")
claim(f, "21 %", "percentage", "%", 100 * E1 / N["llama3.2-1b"], H, anchor="**Llama-3.2-1B** (tied)")
claim(f, "788M", "params", "M", E3, X, "off_2x", note="tied: one table of 394M")
claim(f, "about 12.3 %", "percentage", "%", 100 * E3 / N["llama3.2-3b"], H, hedged=True)
claim(f, "1.9 %", "percentage", "%", 100 * 2 * 32000 * 4096 / N["llama2-7b"], X, "off_2x", note="3.9 %")
claim(f, "589.8M", "params", "M", EG, H, anchor="**Gemma 2 2B**")
claim(f, "22.6 %", "percentage", "%", 100 * EG / 2.61e9, H, anchor="**Gemma 2 2B**")
claim(f, "1.09B", "params", "B", EQ, H)
claim(f, "7.2 %", "percentage", "%", 100 * EQ / N["qwen2.5-7b"], X, "off_2x", note="14.3 %")
claim(f, "38.6M", "params", "M", E2, H, anchor="**GPT-2 small**")
claim(f, "31 %", "percentage", "%", 100 * E2 / N["gpt2"], H)
claim(f, "421", "arithmetic", "params", 152064 - 151643, H)
claim(f, "1.05 GB", "weights", "GB", E8 * 2, H, anchor="emb_bf16 = V * h * 2")
claim(f, "1.05 GB", "weights", "GB", E8 * 4, X, "wrong_dtype", anchor="emb_fp32 = V * h * 4", note="fp32 2.1 GB")
claim(f, "2.1 GB", "activations", "GB", 4 * 4096 * 128256, H, anchor="logits = 4 * 4096 * V")
claim(f, "8 KiB", "weights", "KiB", 4096 * 2, H)
claim(f, "2.1 GB", "activations", "GB", 8 * 4 * 4096 * 128256, X, "off_2x", anchor="For a batch of 8", note="8 x 2.1 = 16.8 GB")
claim(f, "262.7M", "params", "M", E1, H, anchor="| Llama-3.2-1B | 128,256")
claim(f, "21 %", "percentage", "%", 100 * E1 / N["llama3.2-1b"], H, anchor="| Llama-3.2-1B | 128,256")
claim(f, "589.8M", "params", "M", EG, H, anchor="| Gemma 2 2B | 256,000")
claim(f, "22.6 %", "percentage", "%", 100 * EG / 2.61e9, H, anchor="| Gemma 2 2B | 256,000")
claim(f, "38.6M", "params", "M", E2, H, anchor="| GPT-2 small | 50,257")
claim(f, "3.1 %", "percentage", "%", 100 * E2 / N["gpt2"], X, "off_2x", note="31 %")
claim(f, "~1.05B", "params", "B", 2 * E8, H, hedged=True)
claim(f, "8.03B", "params", "B", N["llama3-8b"], H, anchor="- Untied 8B")
claim(f, "262.7M", "params", "M", E1, H, anchor="- Tied 1B")
non(f, "created: 2026-07-30", "date")
non(f, "updated: 2026-11-19", "date")
non(f, "transformers/issues/14960", "URL, issue number")
non(f, "  tiktoken: 0.8.0", "version")
non(f, "  sentencepiece: 0.2.0", "version")
non(f, "- Tokenizer versions checked on 2026-11-19", "date, versions")

# ---- ru_05: токены, слова, страницы (модель названа один раз: Llama-3.1-8B) ----------------------------
f = "ru_05"
L8 = "llama3-8b"
PG, EN, RU = 500, 1.3, 2.5        # words per page, tokens per word (stated assumptions of the note)
claim(f, "195¦000", "tokens", "токенов", 300 * PG * EN, H, anchor="    токенов: 195")
claim(f, "37¦500", "tokens", "токенов", 300 * PG * RU, X, "off_2x", anchor="    токенов: 37", note="150,000 words x 2.5 = 375,000")
claim(f, "150¦000 слов", "tokens", "слов", 300 * PG, H, anchor="- По-английски: 300 × 500")
claim(f, "195¦000 токенов", "tokens", "токенов", 300 * PG * EN, H)
claim(f, "около 37¦500 токенов", "tokens", "токенов", 300 * PG * RU, X, "off_2x", hedged=True, note="375,000 tokens")
claim(f, "1,9 раза", "ratio", "×", RU / EN, H)
claim(f, "131¦072 токенов", "tokens", "токенов", 128 * 1024, H)
claim(f, "≈ 100¦825 слов", "tokens", "слов", 131072 / EN, H, hedged=True)
claim(f, "≈ 202 страницы", "arithmetic", "страниц", 131072 / EN / PG, H, hedged=True)
claim(f, "≈ 52¦429 слов", "tokens", "слов", 131072 / RU, H, hedged=True)
claim(f, "≈ 262 страницы", "arithmetic", "страниц", 131072 / RU / PG, X, "off_2x", hedged=True, note="52,429 / 500 = 105 pages")
claim(f, "16 ГБ", "kv_cache_total", "ГБ", KV(L8, 131072), X, "gib_as_gb", note="16 GiB = 17.2 GB")
claim(f, "≈ 1,05 ПФЛОП", "flops", "ПФЛОП", 2 * N[L8] * 131072, X, "off_2x", hedged=True, note="2 x 8.03B x 131,072 = 2.1 PFLOP")
claim(f, "6,5 с", "time", "с", 2000 * EN / 40, X, "off_2x", note="2600 / 40 = 65 s")
claim(f, "около 6,5 мин", "time", "мин", 5000 / 40, X, "off_2x", hedged=True, note="5000 / 40 = 125 s")
claim(f, "14¦000 токенов", "tokens", "токенов", 40 * 350, H)
claim(f, "≈ 1,5 ГиБ", "kv_cache_total", "ГиБ", KV("qwen2.5-7b", 14000), X, "off_2x", hedged=True, note="14,000 x 56 KiB = 766 MiB")
claim(f, "60 ТБ", "arithmetic", "ТБ", 15e12 * 4, H)
claim(f, "3 ТБ", "arithmetic", "ТБ", 15e12 * 2, X, "off_2x", note="15T x 2 B = 30 TB")
claim(f, "≈ 200 страниц", "arithmetic", "страниц", 131072 / EN / PG, H, hedged=True)
claim(f, "100–110", "arithmetic", "страниц", 131072 / RU / PG, H, rng=True)
claim(f, "16 ГиБ", "kv_cache_total", "ГиБ", KV(L8, 131072), H, anchor="- Полный контекст модели")
claim(f, "порядка 2,1 ПФЛОП", "flops", "ПФЛОП", 2 * N[L8] * 131072, H, hedged=True)
non(f, "created: 2026-09-03", "date")
non(f, "updated: 2026-11-26", "date")
non(f, "  слов_на_страницу: 500", "assumption (input)")
non(f, "  вход_за_1M: 0,15 $", "price")
non(f, "версия_токенизатора:", "version, date")
non(f, "> Страница — 500 слов.", "stated assumptions (inputs)")
non(f, "> Вход 0,15 $", "prices, date")

# ---- en_06: decode speed is bandwidth bound ------------------------------------------------------------
f = "en_06"
L8, L70, M7 = "llama3-8b", "llama3-70b", "mistral-7b"
Q8 = GG(L8, "Q4_K_M")
Q70 = GG(L70, "Q4_K_M")
P4 = "phi-4"
claim(f, "8.03B", "params", "B", N[L8], H, anchor="llama-3.1-8b: {params")
claim(f, "4.91 GB", "quantized_file", "GB", Q8, H, anchor="llama-3.1-8b: {params")
claim(f, "70.55B", "params", "B", N[L70], H, anchor="llama-3.1-70b: {params")
claim(f, "43.2 GB", "quantized_file", "GB", Q70, H, anchor="llama-3.1-70b: {params")
claim(f, "205", "throughput", "tok/s", 1008e9 / Q8, H, anchor="llama8b_q4_4090: 205")
claim(f, "37", "throughput", "tok/s", 800e9 / Q70, X, "off_2x", anchor="llama70b_q4_m2ultra: 37", note="800 / 43.2 = 18.5 tok/s")
claim(f, "229", "throughput", "tok/s", 3.35e12 / W(P4, "bf16"), X, "off_2x", anchor="phi4_bf16_h100: 229",
      note="divided by 14.66 GB (params as bytes); bf16 29.3 GB gives 114 tok/s")
claim(f, "4.91 GB", "quantized_file", "GB", Q8, H, anchor="**RTX 4090 + Llama-3.1-8B Q4_K_M**")
claim(f, "~410 tok/s", "throughput", "tok/s", 1008e9 / Q8, X, "off_2x", hedged=True, note="1008 / 4.91 = 205 tok/s")
claim(f, "4.8–5 ms", "time", "ms", 1 / (1008e9 / Q8), H, rng=True)
claim(f, "43.2 GB", "quantized_file", "GB", Q70, H, anchor="**M2 Ultra + Llama-3.1-70B Q4_K_M**")
claim(f, "~18.5 tok/s", "throughput", "tok/s", 800e9 / Q70, H, hedged=True)
claim(f, "4.43 GB", "quantized_file", "GB", GG(M7, "Q4_K_M"), H)
claim(f, "~40 tok/s", "throughput", "tok/s", 89.6e9 / GG(M7, "Q4_K_M"), X, "off_2x", hedged=True, note="89.6 / 4.43 = 20 tok/s")
claim(f, "~3 tok/s", "throughput", "tok/s", 89.6e9 / W(M7, "bf16"), X, "off_2x", hedged=True, note="bf16 14.5 GB: 6.2 tok/s")
claim(f, "70.55 GB", "weights", "GB", W(L70, "fp8"), H, anchor="**H100 + Llama-3.1-70B fp8**")
claim(f, "~95 tok/s", "throughput", "tok/s", 3.35e12 / W(L70, "fp8"), X, "off_2x", hedged=True, note="3.35 TB/s / 70.55 GB = 47.5 tok/s")
claim(f, "70.55 GB", "weights", "GB", W(L70, "bf16") / 2, H, anchor="**2×H100, TP=2")
claim(f, "141 GB", "weights", "GB", W(L70, "bf16"), H)
claim(f, "~24 tok/s", "throughput", "tok/s", 3.35e12 / (W(L70, "bf16") / 2), X, "off_2x", hedged=True,
      note="per-GPU share at per-GPU bandwidth: 47.5 tok/s")
claim(f, "29.3 GB", "weights", "GB", W(P4, "bf16"), H, anchor="14.66B parameters, bf16")
claim(f, "≈ 114 tok/s", "throughput", "tok/s", 3.35e12 / W(P4, "bf16"), H, hedged=True)
claim(f, "7.8 GB", "quantized_file", "GB", GG(P4, "Q8_0"), X, "off_2x", note="Q8_0 15.6 GB")
claim(f, "~65 tok/s", "throughput", "tok/s", 1008e9 / GG(P4, "Q8_0"), H, hedged=True)
claim(f, "154 ms", "time", "ms", 1 / 65, X, "off_2x", note="1/65 s = 15.4 ms")
claim(f, "4.3 GB", "kv_cache_total", "GB", KV(L8, 32768), H)
claim(f, "8 GiB", "kv_cache_total", "GiB", KV(L8, 32768), X, "off_2x", note="32K x 128 KiB = 4 GiB")
claim(f, "9.2 GB", "arithmetic", "GB", Q8 + KV(L8, 32768), H, anchor="Weights + cache")
claim(f, "~109 tok/s", "throughput", "tok/s", 1008e9 / (Q8 + KV(L8, 32768)), H, hedged=True)
claim(f, "4.91", "quantized_file", "GB", Q8, H, anchor="| 4090, 8B Q4_K_M, short ctx |")
claim(f, "205", "throughput", "tok/s", 1008e9 / Q8, H, anchor="| 4090, 8B Q4_K_M, short ctx |")
claim(f, "9.2", "arithmetic", "GB", Q8 + KV(L8, 32768), H, anchor="| 4090, 8B Q4_K_M, 32K ctx |")
claim(f, "219", "throughput", "tok/s", 1008e9 / (Q8 + KV(L8, 32768)), X, "off_2x", note="1008 / 9.2 = 109.5 tok/s")
claim(f, "43.2", "quantized_file", "GB", Q70, H, anchor="| M2 Ultra, 70B Q4_K_M |")
claim(f, "18.5", "throughput", "tok/s", 800e9 / Q70, H, anchor="| M2 Ultra, 70B Q4_K_M |")
claim(f, "29.3", "weights", "GB", W(P4, "bf16"), H, anchor="| H100, Phi-4 bf16 |")
claim(f, "114", "throughput", "tok/s", 3.35e12 / W(P4, "bf16"), H, anchor="| H100, Phi-4 bf16 |")
claim(f, "~205 tok/s", "throughput", "tok/s", 1008e9 / Q8, H, hedged=True)
claim(f, "~18 tok/s", "throughput", "tok/s", 800e9 / Q70, H, hedged=True)
claim(f, "~114 tok/s", "throughput", "tok/s", 3.35e12 / W(P4, "bf16"), H, hedged=True)
non(f, "created: 2026-06-12", "date")
non(f, "source: \"Claude answer (2026-06-12)", "date")
non(f, "    speed: DDR5-5600", "memory speed grade")
non(f, "llama_cpp_commit: 3f1ae2e", "commit hash")
non(f, "measured_on: 2026-11-21", "date")
non(f, "Measured: 61.2 tok/s on build b4120", "measured speed, build, date")
non(f, "> Real llama.cpp numbers land at", "percent range, measured run")

# ---- en_07: small models on a 16 GB laptop (configs stated in the note) ---------------------------------
f = "en_07"
G9, G27, P3, P4 = (42, 8, 256), (62, 16, 128), (32, 32, 96), "phi-4"
NG27, NP3 = 27.4e9, 3.82e9
claim(f, "168 KiB", "kv_cache_per_token", "KiB", KVT(G9), X, "off_2x", note="forgot the 2 of K and V: 336 KiB")
claim(f, "336 KiB", "kv_cache_per_token", "KiB", KVT(G9), H)
claim(f, "2.6 GB", "kv_cache_total", "GB", KV(G9, 8192), X, "gib_as_gb", note="2.625 GiB = 2.82 GB")
claim(f, "27.4 GB", "weights", "GB", W(NG27, "bf16"), X, "wrong_dtype", note="bf16 54.8 GB")
claim(f, "about 16.8 GB", "quantized_file", "GB", GG(NG27, "Q4_K_M"), H, hedged=True)
claim(f, "496 KiB", "kv_cache_per_token", "KiB", KVT(G27), H)
claim(f, "7.8 GiB", "kv_cache_total", "GiB", KV(G27, 8192), X, "off_2x", note="496 KiB x 8K = 3.875 GiB")
claim(f, "96 KiB", "kv_cache_per_token", "KiB", KVT(P3), X, "off_2x", anchor="- 96 KiB per token", note="MHA, 32 KV heads: 384 KiB")
claim(f, "1.5 GiB", "kv_cache_total", "GiB", KV(P3, 4096), H)
claim(f, "3.82 GB", "weights", "GB", W(NP3, "bf16"), X, "wrong_dtype", note="bf16 7.64 GB; 3.82 is int8 / the parameter count")
claim(f, "~4.7 GB", "quantized_file", "GB", GG(NP3, "Q4_K_M"), X, "off_2x", hedged=True, note="Q4_K_M 2.34 GB")
claim(f, "200 KiB", "kv_cache_per_token", "KiB", KVT(P4), H, anchor="Phi-4 uses GQA")
claim(f, "6.25 GiB", "kv_cache_total", "GiB", KV(P4, 16384), X, "off_2x", note="200 KiB x 16K = 3.125 GiB")
claim(f, "8.97 GB", "quantized_file", "GB", GG(P4, "Q4_K_M"), H, anchor="Its Q4_K_M is 8.97")
claim(f, "1.24", "weights", "GB", W("llama3.2-1b", "bf16"), X, "wrong_dtype", anchor="| Llama-3.2-1B | 1.24",
      note="bf16 2.47 GB; 1.24 is the parameter count")
claim(f, "1.3", "quantized_file", "GB", GG("llama3.2-1b", "Q8_0"), H, anchor="| Llama-3.2-1B | 1.24")
claim(f, "0.76", "quantized_file", "GB", GG("llama3.2-1b", "Q4_K_M"), H)
claim(f, "6.4", "weights", "GB", W("llama3.2-3b", "bf16"), H, anchor="| Llama-3.2-3B | 6.4")
claim(f, "3.41", "quantized_file", "GB", GG("llama3.2-3b", "Q8_0"), H)
claim(f, "2", "quantized_file", "GB", GG("llama3.2-3b", "Q4_K_M"), H, anchor="| Llama-3.2-3B | 6.4", occ=1)
claim(f, "~76 tok/s", "throughput", "tok/s", 150e9 / GG("llama3.2-3b", "Q4_K_M"), H, hedged=True, bound="upper")
claim(f, "about 200 tok/s", "throughput", "tok/s", 150e9 / GG("llama3.2-1b", "Q4_K_M"), H, hedged=True)
claim(f, "14 GiB", "arithmetic", "GiB", 14336 * MIB, H)
claim(f, "8.97 GB", "quantized_file", "GB", GG(P4, "Q4_K_M"), H, anchor="- Best fit for 12 GB")
claim(f, "under 17 GB", "quantized_file", "GB", GG(NG27, "Q4_K_M"), H, bound="upper")
claim(f, "384 KiB", "kv_cache_per_token", "KiB", KVT(P3), H)
claim(f, "200 KiB", "kv_cache_per_token", "KiB", KVT(P4), H, anchor="Phi-3-mini's MHA cache")
non(f, "created: 2026-05-09", "date")
non(f, "updated: 2026-11-30", "date")
non(f, "  bought: 2025-03-14", "date")
non(f, "  price: \"2,399 USD\"", "price")
non(f, "ollama_version: 0.5.4", "version")

# ---- ru_06: дневник QLoRA на одной A6000 ---------------------------------------------------------------
f = "ru_06"
L70, Q7, M7 = "llama3-70b", "qwen2.5-7b", "mistral-7b"
LA70 = lora(80, 16, [(8192, 8192), (8192, 1024), (8192, 1024), (8192, 8192),
                     (8192, 28672), (8192, 28672), (28672, 8192)])
LQ7 = lora(28, 16, [(3584, 3584), (3584, 512), (3584, 512), (3584, 3584)])
S, B, Hd, LQ = 2048, 4, 3584, 28
claim(f, "15,2 ГБ", "weights", "ГБ", N[Q7] * NF4 / 8, X, "wrong_dtype", note="NF4 3.93 GB; 15.2 GB is bf16")
claim(f, "207 млн", "params", "млн", LA70, H, anchor="lora_70b_параметров: 207 млн")
claim(f, "≈ 291 ГБ", "weights", "ГБ", N[L70] * NF4 / 8, X, "off_2x", hedged=True, note="bits read as bytes: 36.4 GB")
claim(f, "39,7 ГБ", "weights", "ГБ", N[L70] * 4.5 / 8, H)
claim(f, "207 млн", "params", "млн", LA70, H, anchor="LoRA r=16 на все семь")
claim(f, "2,9 %", "percentage", "%", 100 * LA70 / N[L70], X, "off_2x", note="0.29 %")
claim(f, "3,3 ГБ", "training", "ГБ", 16 * LA70, H, anchor="Состояние адаптера")
claim(f, "360¦448", "params", "params", LQ7 / 28, H)
claim(f, "10,1 млн", "params", "млн", LQ7, H, anchor="- LoRA r=16 только на q, k, v, o")
claim(f, "1,3 %", "percentage", "%", 100 * LQ7 / N[Q7], X, "off_2x", note="0.13 %")
claim(f, "7,62 млрд", "params", "млрд", N[Q7], H)
claim(f, "3,93 ГБ", "weights", "ГБ", N[Q7] * NF4 / 8, H, anchor="- База в NF4")
claim(f, "121,8 ГБ", "training", "ГБ", 16 * N[Q7], H, anchor="- Полное дообучение было бы")
claim(f, "30,5 ГБ", "training", "ГБ", 16 * N[Q7], X, "off_2x", note="training memory without optimizer states: 121.8 GB")
claim(f, "587 МБ", "activations", "МБ", 2 * S * B * Hd, X, "off_2x", note="58.7 MB per layer")
claim(f, "1,64 ГБ", "activations", "ГБ", LQ * 2 * S * B * Hd, H)
claim(f, "28 ГБ", "activations", "ГБ", LQ * 34 * S * B * Hd, H)
claim(f, "2 раза", "ratio", "×", 34 / 2, X, "off_2x", note="34 / 2 = 17x")
claim(f, "34,3 ГБ", "training", "ГБ", zero(N[Q7], 2, 2), X, "off_2x", note="ZeRO-2 on 2 GPUs: 2N + 14N/2 = 68.5 GB")
claim(f, "121,8 ГБ", "training", "ГБ", zero(N[Q7], 2, 3), X, "per_gpu", anchor="- ZeRO-3 на двух картах", note="60.9 GB per GPU")
claim(f, "14,5 ГБ", "training", "ГБ", 12 * N[M7], X, "off_2x", note="8-bit Adam 12 B/param: 86.9 GB")
claim(f, "не больше 37 ГБ", "weights", "ГБ", N[L70] * NF4 / 8, H, bound="upper")
claim(f, "3,3 ГБ", "training", "ГБ", 16 * LA70, H, anchor="- 70B в NF4")
claim(f, "3,93 ГБ", "weights", "ГБ", N[Q7] * NF4 / 8, H, anchor="- 7B: QLoRA")
claim(f, "10,1 млн", "params", "млн", LQ7, H, anchor="- 7B: QLoRA")
claim(f, "около 4,13 бит", "bits_per_weight", "бит", NF4, H, hedged=True)
non(f, "created: 2026-10-05", "date")
non(f, "updated: 2026-12-05", "date")
non(f, "  вторая_карта: A6000 (с 2026-11-10)", "date")
non(f, "  lr: 1e-4", "hyper-parameter")
non(f, "  seed: 17", "seed")
non(f, "peft: 0.13.2", "version")
non(f, "bitsandbytes: 0.44.1", "version")
non(f, "| qwen-qlora-r16 | 2026-10-14", "measured run: date, loss, speed")
non(f, "| llama70-qlora-r16 | 2026-11-02", "measured run: date, loss, speed")
non(f, "## 10.11 — вторая карта", "date heading")

# ---- ru_07: бюджет предобучения своей 7B ---------------------------------------------------------------
f = "ru_07"
N7, PEAK, MFU = 7.0e9, 989e12, 0.40       # stated in the note
C1 = 6 * N7 * 140e9
C2 = 6 * N7 * 2e12
claim(f, "140 млрд", "tokens", "млрд", 20 * N7, H, anchor="  токенов_шиншилла: 140 млрд")
claim(f, "5,88·10²¹", "flops", "FLOP", C1, H, anchor="  flop_шиншилла:")
claim(f, "41¦300", "time", "GPU-часов", C1 / (MFU * PEAK) / 3600, X, "off_2x", note="4,129 GPU-hours")
claim(f, "8,4·10²²", "flops", "FLOP", C2, H, anchor="  flop_2трлн:")
claim(f, "140 млрд токенов", "tokens", "млрд токенов", 20 * N7, H)
claim(f, "5,88·10²¹", "flops", "FLOP", C1, H, anchor="$6 \\times 7")
claim(f, "≈ 1,96·10²¹", "flops", "FLOP", C1, X, "off_2x", hedged=True, note="2ND instead of 6ND: 5.88e21")
claim(f, "≈ 4¦130", "time", "GPU-часов", C1 / (MFU * PEAK) / 3600, H, hedged=True)
claim(f, "≈ 6,5 часов", "time", "часов", C1 / (MFU * PEAK) / 3600 / 64, X, "off_2x", hedged=True, note="64.5 hours")
claim(f, "≈ 28,6 токенов", "tokens_per_param", "tokens/param", 2e12 / N7, X, "off_2x", hedged=True, note="2T / 7B = 286")
claim(f, "8,4·10²²", "flops", "FLOP", C2, H, anchor="- 8,4·10²² FLOP")
claim(f, "≈ 59¦000 GPU-часов", "time", "GPU-часов", C2 / (MFU * PEAK) / 3600, H, hedged=True)
claim(f, "≈ 2,4 суток", "time", "суток", C2 / (MFU * PEAK) / 3600 / 256 / 24, X, "off_2x", hedged=True, note="9.6 days")
claim(f, "≈ 0,8 ТБ", "arithmetic", "ТБ", 2e12 * 4, X, "off_2x", hedged=True, note="2T x 4 B = 8 TB")
claim(f, "7,62 млрд", "params", "млрд", N["qwen2.5-7b"], H)
claim(f, "236 токенов", "tokens_per_param", "tokens/param", 18e12 / N["qwen2.5-7b"], X, "off_2x", note="2,364")
claim(f, "8,2·10²²", "flops", "FLOP", 6 * N["qwen2.5-7b"] * 18e12, X, "off_2x", note="8.2e23")
claim(f, "7,24 млрд", "params", "млрд", N["mistral-7b"], H)
claim(f, "14,5 ГБ", "weights", "ГБ", W("mistral-7b", "fp32"), X, "wrong_dtype", note="fp32 29.0 GB; 14.5 is bf16")
claim(f, "56 ГБ", "training", "ГБ", 16 * N7, X, "off_2x", note="16 x 7B = 112 GB")
claim(f, "28 ГБ", "weights", "ГБ", W(N7, "bf16"), X, "wrong_dtype", note="bf16 14 GB; 28 is fp32")
claim(f, "42 ГФЛОП", "flops", "ГФЛОП", 2 * N7, X, "off_2x", note="6N used for inference; 2N = 14 GFLOP")
claim(f, "~2,7 суток", "time", "суток", C1 / (MFU * PEAK) / 3600 / 64 / 24, H, hedged=True)
claim(f, "около 9,6 суток", "time", "суток", C2 / (MFU * PEAK) / 3600 / 256 / 24, H, hedged=True)
non(f, "created: 2026-11-11", "date")
non(f, "updated: 2026-12-05 18:55", "date and time")
non(f, "arXiv:2412.15115", "arXiv id")
non(f, "  цена_gpu_час: 2,2 $", "price")
non(f, "  предоплата: 50 %", "percentage of a payment")
non(f, "совещание: 2026-12-09 11:00", "date and time")
non(f, "> Аренда: 2,2 $ за GPU-час", "prices, days, date, time")
non(f, "  минимальный_срок: 30 дней", "rental term")

#@@CLAIMS@@



# ---- checks and output ---------------------------------------------------------------------------
RATIO_ERRORS = {"off_2x", "per_gpu", "wrong_unit", "wrong_kind", "wrong_dtype"}


def rnd(v):
    return float(f"{v:.6g}")


def fits(c, s, tol, hedged, bound=None, rel=None):
    t = max(tol, 0.10 * abs(s) if hedged else 0.0, (rel or 0.0) * abs(s)) + 1e-9 * abs(s)
    if bound == "upper":          # the figure is an upper bound: "at most", "under", "не более"
        return c <= s + t
    if bound == "lower":          # "at least", "как минимум", "more than"
        return c >= s - t
    return abs(c - s) <= t


def lines_of(name):
    return (NOTES / name).read_text(encoding="utf-8").split("\n")


PROBLEMS = []


def find_line(lines, anchor, where):
    hits = [i for i, ln in enumerate(lines, 1) if anchor in ln]
    if len(hits) != 1:
        PROBLEMS.append(f"{where}: anchor {anchor!r} on {len(hits)} lines, expected exactly one")
        return hits[0] if hits else 1
    return hits[0]


def standalone(fig):
    return re.compile(r"(?<![\d.,\u00a0])" + re.escape(fig) + r"(?!\d|[.,\u00a0]\d)")


def build():
    out, problems = [], PROBLEMS
    per_file = Counter()
    claim_lines = set()
    for c in CLAIMS:
        if c["f"] not in FILES:
            problems.append(f"no note for {c['f']}")
            continue
        name = FILES[c["f"]]
        lang = "ru" if c["f"].startswith("ru") else "en"
        per_file[c["f"]] += 1
        cid = f"{c['f']}-{per_file[c['f']]:02d}"
        where = f"{cid} {c['figure']!r}"
        lines = lines_of(name)
        ln = find_line(lines, c["anchor"], where)
        text = lines[ln - 1]
        found = list(standalone(c["figure"]).finditer(text))
        if len(found) < c["occ"]:
            problems.append(f"{where}: figure found {len(found)}x on line {ln}, occurrence {c['occ']}")
            continue
        num = re.search(NUM[lang], c["figure"]).group(0)
        at = found[c["occ"] - 1].start() + c["figure"].index(num)
        # the scorer's occurrence: the n-th figure on the line that states this number
        # (numbers glued to a word or a hyphen, as in model names, do not count)
        occurrence = sum(1 for m in standalone(num).finditer(text)
                         if m.start() <= at and not re.match(r"[\w\-]", text[m.start() - 1:m.start()] or " "))
        got = read(c["figure"], lang, 2 if c["rng"] else 1)
        if got is None:
            problems.append(f"{where}: no number in the figure")
            continue
        unit = c["unit"]
        if unit not in SCALE:
            problems.append(f"{where}: unknown unit {unit!r}")
            continue
        val = c["value"]
        correct = [v / SCALE[unit] for v in val] if isinstance(val, list) else val / SCALE[unit]
        if c["rng"]:
            (lo, tlo), (hi, thi) = got
            if isinstance(correct, list):
                ok = fits(correct[0], lo, tlo, c["hedged"]) and fits(correct[1], hi, thi, c["hedged"])
            else:
                ok = lo - tlo <= correct <= hi + thi
            stated = [lo, hi]
        else:
            (s, tol), = got
            ok = fits(correct, s, tol, c["hedged"], c["bound"], c["rel"])
            stated = s
        if c["expect"] == H and not ok:
            problems.append(f"{where}: expected to hold, correct {correct!r} {unit}")
        if c["expect"] == X:
            if ok:
                problems.append(f"{where}: expected wrong but holds (correct {correct!r} {unit})")
            e = c["error"]
            if c["rng"] or isinstance(correct, list):
                pass
            elif e in RATIO_ERRORS:
                if max(correct / s, s / correct) < 1.95:
                    problems.append(f"{where}: {e} but off by only {max(correct / s, s / correct):.3f}x")
            elif e in ("gib_as_gb", "gb_as_gib"):
                if (e == "gib_as_gb") != (unit in DECIMAL_UNITS):
                    problems.append(f"{where}: {e} with unit {unit}")
                twin = val / SCALE[TWIN[unit]]
                if not fits(twin, s, tol, c["hedged"]):
                    problems.append(f"{where}: {e} but the twin unit gives {twin:.4g}")
            else:
                problems.append(f"{where}: unknown error class {e!r}")
        claim_lines.add((name, ln))
        out.append({
            "id": cid, "file": name, "line": ln, "figure": c["figure"], "occurrence": occurrence,
            "kind": c["kind"], "stated": stated, "unit": unit,
            "correct": [rnd(v) for v in correct] if isinstance(correct, list) else rnd(correct),
            "correct_unit": unit, "verdict": c["expect"], "error": c["error"], "lang": lang,
            "hedged": c["hedged"], "bound": c["bound"], "quoted": False, "note": c["note"],
        })
    non_out = []
    for n in NON:
        name = FILES.get(n["f"])
        if name is None:
            problems.append(f"no note for {n['f']}")
            continue
        lines = lines_of(name)
        ln = find_line(lines, n["text"], f"non-claim {n['f']} {n['text']!r}")
        if (name, ln) in claim_lines:
            problems.append(f"non-claim {n['f']}:{ln} {n['text']!r} is also a claim line")
        if not re.search(r"\d", lines[ln - 1]):
            problems.append(f"non-claim {n['f']}:{ln} has no number")
        non_out.append({"file": name, "line": ln, "text": n["text"], "why": n["why"],
                        "lang": "ru" if n["f"].startswith("ru") else "en"})
    if len({(x["file"], x["line"]) for x in non_out}) != len(non_out):
        problems.append("a non-claim line is listed twice")
    keys = Counter((x["file"], x["line"], x["figure"], x["occurrence"]) for x in out)
    problems += [f"claim listed twice: {k}" for k, v in keys.items() if v > 1]
    if problems:
        raise SystemExit("truth.py found problems:\n  " + "\n  ".join(problems))
    return {"schema": "vaultkit.claims-truth/1", "claims": out, "non_claims": non_out}


def summary(t):
    cl, nc = t["claims"], t["non_claims"]
    print("lang notes claims wrong non-claims")
    for lang in ("en", "ru"):
        c = [x for x in cl if x["lang"] == lang]
        notes = sum(1 for k in FILES if k.startswith(lang))
        print(f"{lang:<4} {notes:5d} {len(c):6d} {sum(x['verdict'] == X for x in c):5d} "
              f"{sum(x['lang'] == lang for x in nc):10d}")
    wrong = sum(x["verdict"] == X for x in cl)
    print(f"all  {len(FILES):5d} {len(cl):6d} {wrong:5d} {len(nc):10d}   "
          f"wrong {100 * wrong / max(1, len(cl)):.1f} %, claim lines {len({(x['file'], x['line']) for x in cl})}")
    print("kinds:", dict(Counter(x["kind"] for x in cl).most_common()))
    print("errors:", dict(Counter(x["error"] for x in cl if x["error"]).most_common()))
    print("hedged right:", sum(x["hedged"] and x["verdict"] == H for x in cl),
          "bounds:", sum(bool(x["bound"]) for x in cl), "ranges:", sum(isinstance(x["stated"], list) for x in cl))


def main(argv):
    truth = build()
    text = json.dumps(truth, ensure_ascii=False, indent=1) + "\n"
    path = HERE / "truth.json"
    if "--check" in argv:
        if not path.exists() or path.read_text(encoding="utf-8") != text:
            raise SystemExit("truth.json is stale: run python tests/claims_corpus_s/truth.py")
        summary(truth)
        print("truth.json is current; every check passed")
        return 0
    path.write_text(text, encoding="utf-8")
    summary(truth)
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
