#!/usr/bin/env python3
"""Ground truth for blind sizing-claims corpus V (tests/claims_corpus_v/notes).

Written without reading vaultkit's code, its tests or the other corpora's notes.  Facts come
from /work/shared/claims-gold.md: bytes per dtype, exact parameter counts and configs of the
catalogued models, measured GGUF bits per weight (Llama-3.1-8B), the KV-cache, training-memory
and activation formulas.  Models that claims-gold lacks appear only with their config (layers,
KV heads, head dim, parameter count) stated in the note itself, and the truth computes from
those stated values.  Nothing here imports vaultkit.

    python tests/claims_corpus_v/truth.py          # verify and (re)write truth.json
    python tests/claims_corpus_v/truth.py --check  # verify; fail if truth.json is stale

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
       "Q8_0": 8.5008, "F16": 16.0005, "IQ2_XXS": 2.3824, "IQ1_S": 2.0042,
       "Q3_K_S": 3.6429, "IQ4_XS": 4.4597, "Q4_K_S": 4.6672, "Q5_K_S": 5.5704}

N = {
    "gpt2": 124_439_808, "gpt2-medium": 354_823_168, "gpt2-large": 774_030_080,
    "gpt2-xl": 1_557_611_200, "bert-base": 109_482_240, "bert-large": 335_141_888,
    "llama2-7b": 6_738_415_616, "llama2-13b": 13_015_864_320, "llama2-70b": 68_976_648_192,
    "llama3-8b": 8_030_261_248, "llama3-70b": 70_553_706_496, "mistral-7b": 7_241_732_096,
    "mixtral-8x7b": 46_702_792_704, "qwen2.5-7b": 7_615_616_512, "falcon-7b": 6_921_720_704,
    "gpt3": 174_604_259_328,
}
ACTIVE_M7 = 12_879_925_248
# hidden, layers, heads, KV heads, head dim
CFG = {"gpt2": (768, 12, 12, 12, 64), "gpt2-medium": (1024, 24, 16, 16, 64),
       "gpt2-xl": (1600, 48, 25, 25, 64), "bert-base": (768, 12, 12, 12, 64),
       "bert-large": (1024, 24, 16, 16, 64), "llama2-7b": (4096, 32, 32, 32, 128),
       "llama2-13b": (5120, 40, 40, 40, 128), "llama2-70b": (8192, 80, 64, 8, 128),
       "llama3-8b": (4096, 32, 32, 8, 128), "llama3-70b": (8192, 80, 64, 8, 128),
       "mistral-7b": (4096, 32, 32, 8, 128), "mixtral-8x7b": (4096, 32, 32, 8, 128),
       "qwen2.5-7b": (3584, 28, 28, 4, 128), "falcon-7b": (4544, 32, 71, 1, 64),
       "gpt3": (12288, 96, 96, 96, 128)}


def llama_like(h, inter, L, a, k, d, V, tied):
    return L * (2 * h * a * d + 2 * h * k * d + 3 * h * inter + 2 * h) + V * h * (1 if tied else 2) + h


# the formula reproduces the catalogue (claims-gold 2.2)
assert llama_like(4096, 14336, 32, 32, 8, 128, 128256, False) == N["llama3-8b"]
assert llama_like(4096, 11008, 32, 32, 32, 128, 32000, False) == N["llama2-7b"]
assert llama_like(8192, 28672, 80, 64, 8, 128, 32000, False) == N["llama2-70b"]


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


def act(m, s, b, mode="none"):
    """activation bytes of all layers, fp16 (Korthikanti et al. 2022)"""
    h, L, a, _, _ = CFG[m]
    per = {"none": s * b * h * (34 + 5 * a * s / h), "flash": 34 * s * b * h, "full": 2 * s * b * h}[mode]
    return per * L


def zero(n, gpus, stage):
    """model-state bytes per GPU, 16 bytes per parameter (2 + 2 + 12)"""
    return {0: 16 * n, 1: 4 * n + 12 * n / gpus, 2: 2 * n + 14 * n / gpus, 3: 16 * n / gpus}[stage]


def lora(L, r, mats):
    """trainable LoRA parameters: r * (d_in + d_out) for each adapted matrix in each layer"""
    return L * sum(r * (i + o) for i, o in mats)


H100_BW = 3.35e12

SCALE = {"bytes": 1, "байт": 1, "Б": 1, "KB": 1e3, "MB": 1e6, "GB": 1e9, "TB": 1e12,
         "KiB": KIB, "MiB": MIB, "GiB": GIB, "TiB": TIB, "КБ": 1e3, "МБ": 1e6, "ГБ": 1e9,
         "ТБ": 1e12, "КиБ": KIB, "МиБ": MIB, "ГиБ": GIB, "ТиБ": TIB,
         "params": 1, "M": 1e6, "B": 1e9, "млн": 1e6, "млрд": 1e9,
         "tokens": 1, "K tokens": 1e3, "M tokens": 1e6, "B tokens": 1e9, "T tokens": 1e12,
         "токенов": 1, "млн токенов": 1e6, "млрд токенов": 1e9, "трлн токенов": 1e12,
         "tokens/param": 1, "FLOP": 1, "GFLOP": 1e9, "bits": 1, "бит": 1, "%": 1, "×": 1,
         "tok/s": 1, "токенов/с": 1, "s": 1, "с": 1, "ms": 1e-3, "мс": 1e-3, "hours": 1,
         "часов": 1, "GPU-hours": 1, "GPU-часов": 1, "gigabytes": 1e9,
         "TB/s": 1e12, "ТБ/с": 1e12, "Тбит/с": 1.25e11, "Гбит/с": 1.25e8,
         "billion": 1e9, "million": 1e6, "days": 1, "суток": 1, "дней": 1,
         "GB/s": 1e9, "ГБ/с": 1e9, "$": 1, "M GPU-hours": 1e6, "млн GPU-часов": 1e6, "ч": 1,
         "часа": 1, "h": 1, "токенов/параметр": 1, "трлн": 1e12, "T": 1e12, "бит": 1, "₽": 1,
         "K tokens/s": 1e3, "тыс.": 1e3, "млн $": 1e6, "GPU": 1, "карт": 1, "Мбайт": 1e6, "дня": 1, "минут": 1, "min": 1}
TWIN = {"KB": "KiB", "KiB": "KB", "MB": "MiB", "MiB": "MB", "GB": "GiB", "GiB": "GB",
        "TB": "TiB", "TiB": "TB", "КБ": "КиБ", "КиБ": "КБ", "МБ": "МиБ", "МиБ": "МБ",
        "ГБ": "ГиБ", "ГиБ": "ГБ", "ТБ": "ТиБ", "ТиБ": "ТБ"}
DECIMAL_UNITS = {"KB", "MB", "GB", "TB", "КБ", "МБ", "ГБ", "ТБ"}

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
          bound=None, rng=False, rel=None, note="", quoted=False):
    figure = figure.replace("¦", NB)
    CLAIMS.append(dict(f=f, figure=figure, kind=kind, unit=unit, value=value, expect=expect,
                       error=error, anchor=(anchor or figure).replace("¦", NB), occ=occ,
                       hedged=hedged, bound=bound, rng=rng, rel=rel, note=note, quoted=quoted))


def non(f, text, why, quoted=False):
    NON.append(dict(f=f, text=text.replace("¦", NB), why=why, quoted=quoted))


# ---- en_01: literature note, Llama 3 herd report (405B config stated in the note) ----------------
f = "en_01"
N405 = 405e9
C405 = (126, 8, 128)
FL405 = 6 * N405 * 15.6e12
GPUH405 = FL405 / (0.40 * 989e12) / 3600
claim(f, "810 GB", "weights", "GB", W(N405, "bf16"), H, anchor="405B × 2 bytes = 810 GB")
claim(f, "405 GB", "weights", "GB", W(N405, "fp8"), H, anchor="half of that, 405 GB")
claim(f, "16 GB", "weights", "GB", W("llama3-8b", "bf16"), H, anchor="Llama 3 8B is 16 GB")
claim(f, "141 GB", "weights", "GB", W("llama3-70b", "bf16"), H)
claim(f, "516,096 bytes", "kv_cache_per_token", "bytes", KVT(C405), H)
claim(f, "504 KiB", "kv_cache_per_token", "KiB", KVT(C405), H, anchor="i.e. 504 KiB")
claim(f, "63 GB", "kv_cache_total", "GB", KV(C405, 131072), X, "gib_as_gb", note="504 KiB x 131,072 = 63 GiB = 66.1 GB")
claim(f, "252 GiB", "kv_cache_total", "GiB", KV(C405, 131072, 4), H)
claim(f, "31.5 GiB", "kv_cache_total", "GiB", KV(C405, 131072, 1, 1), H)
claim(f, "160 KiB", "kv_cache_per_token", "KiB", KVT((80, 8, 128)), X, "off_2x", note="forgot the 2 of K and V: 320 KiB")
claim(f, "80 GiB", "kv_cache_total", "GiB", KV((80, 8, 128), 131072), X, "off_2x", anchor="the 70B adds 80 GiB", note="counted K and V twice: 40 GiB")
claim(f, "128 KiB", "kv_cache_per_token", "KiB", KVT("llama3-8b"), H)
claim(f, "16 GiB", "kv_cache_total", "GiB", KV("llama3-8b", 131072), H)
claim(f, "8,064 KiB", "kv_cache_per_token", "KiB", KVT((126, 128, 128)), H, note="hypothetical MHA, stated as such")
claim(f, "~38.5", "tokens_per_param", "tokens/param", 15.6e12 / N405, H, hedged=True)
claim(f, "3.8 × 10^25", "flops", "FLOP", FL405, H, hedged=True, anchor="| training FLOPs |")
claim(f, "26.6M", "time", "M GPU-hours", GPUH405, H)
claim(f, "about 68 days", "time", "days", GPUH405 / 16384 / 24, H, hedged=True)
claim(f, "1,870", "tokens_per_param", "tokens/param", 15e12 / N["llama3-8b"], H, hedged=True)
claim(f, "53 million", "time", "M GPU-hours", GPUH405 / 2, X, "off_2x", note="doubled instead of halved: 13.3M")
claim(f, "950 billion", "tokens", "billion", 15.6e12 / 16384, X, "off_2x", note="952 million tokens per GPU, off by 1000")
non(f, "created: 2026-11-14", "date")
non(f, "arxiv: 2407.21783", "arXiv id")
non(f, "rating: 4/5", "rating")
non(f, "read_time_min: 95", "reading time")
non(f, "layers: 126", "config input")
non(f, "gpus: 16384 H100", "cluster size input")
non(f, "Release: 2024-07-23", "date, licence")
non(f, "MMLU (5-shot) 88.6", "benchmark scores")
non(f, "Peak learning rate 8e-5", "hyper-parameters")
non(f, "466 job interruptions", "incident count")
non(f, "Section 3.3.4", "section number")

claim(f, "1.05 MB", "weights", "MB", 128256 * 4096 * 2, X, "off_1000x", note="1.05 GB")
claim(f, "1.6 TB", "training", "TB", 16 * N405, X, "no_optimizer", note="16 bytes/param: 6.48 TB")
# ---- en_02: GPU buying guide, 12-80 GB cards, GGUF sizes and 16K cache -----------------------
f = "en_02"
L32, Q14, Q32, G27 = (28, 8, 128), (48, 8, 128), (64, 8, 128), (46, 16, 128)
N3B, N14, N32, N27 = 3.21e9, 14.7e9, 32.8e9, 27.2e9
S = 16384
claim(f, "6.42 GB", "weights", "GB", W(N3B, "bf16"), H)
claim(f, "112 KiB", "kv_cache_per_token", "KiB", KVT(L32), H)
claim(f, "1.75 GB", "kv_cache_total", "GB", KV(L32, S), X, "gib_as_gb", note="112 KiB x 16,384 = 1.75 GiB = 1.88 GB")
claim(f, "about 4.9 GB", "quantized_file", "GB", GG("llama3-8b", "Q4_K_M"), H, hedged=True)
claim(f, "2 GiB", "kv_cache_total", "GiB", KV("llama3-8b", S), H, anchor="the cache at 16K is 2 GiB")
claim(f, "4-5 GB", "quantized_file", "GB", GG("mistral-7b", "Q4_K_M"), H, rng=True)
claim(f, "5.9 GB", "quantized_file", "GB", GG("mistral-7b", "Q6_K"), H, rel=0.02)
claim(f, "2 GiB", "kv_cache_total", "GiB", KV("mistral-7b", 4096), X, "off_2x", anchor="at 16K it still needs 2 GiB", note="window 4096: 512 MiB")
claim(f, "under 9 GB", "quantized_file", "GB", GG("llama3-8b", "Q8_0"), H, bound="upper")
claim(f, "~9.0 GB", "quantized_file", "GB", GG(N14, "Q4_K_M"), H, hedged=True)
claim(f, "3 GiB", "kv_cache_total", "GiB", KV(Q14, S), H, anchor="plus 3 GiB of cache")
claim(f, "20 GB", "quantized_file", "GB", GG(N32, "Q4_K_M"), H, anchor="Its Q4_K_M file is 20 GB")
claim(f, "256 KiB", "kv_cache_per_token", "KiB", KVT(Q32), H)
claim(f, "4 GiB", "kv_cache_total", "GiB", KV(Q32, S), H, anchor="so 4 GiB at 16K")
claim(f, "17.4 GB", "quantized_file", "GB", GG(N32, "Q8_0"), X, "wrong_dtype", note="half of the real Q8_0 size 34.9 GB")
claim(f, "368 KiB", "kv_cache_per_token", "KiB", KVT(G27), H)
claim(f, "5.75 GiB", "kv_cache_total", "GiB", KV(G27, S), H)
claim(f, "27.2 GB", "weights", "GB", W(N27, "bf16"), X, "wrong_dtype", note="1 byte per parameter used for bf16: 54.4 GB")
claim(f, "16.6 GB", "quantized_file", "GB", GG(N27, "Q4_K_M"), H, rel=0.02)
claim(f, "9.0 GB", "quantized_file", "GB", GG(N14, "Q4_K_M"), H, anchor="# 9.0 GB")
claim(f, "3.0 GiB", "kv_cache_total", "GiB", KV(Q14, S), H, anchor="# 3.0 GiB")
claim(f, "15.6 GB", "quantized_file", "GB", GG(N14, "Q8_0"), H, anchor="# 15.6 GB")
claim(f, "43.2", "quantized_file", "GB", GG("llama3-70b", "Q4_K_M"), H, anchor="| Q4_K_M | 43.2 |")
claim(f, "5", "kv_cache_total", "GiB", KV("llama3-70b", S), H, anchor="| Q4_K_M | 43.2 |")
claim(f, "21", "quantized_file", "GB", GG("llama3-70b", "IQ2_XXS"), H, anchor="| IQ2_XXS | 21 |")
claim(f, "21.6", "quantized_file", "GB", GG("llama3-70b", "Q4_K_M") / 2, H, anchor="| 21.6 per card")
claim(f, "65.6", "weights", "GB", W(N32, "bf16"), H, anchor="| bf16 | 65.6")
claim(f, "37.5", "quantized_file", "GB", GG("llama3-70b", "Q8_0"), X, "wrong_dtype", anchor="| Q8_0 | 37.5", note="Q8_0 of 70.55B = 75.0 GB")
claim(f, "5 GiB", "kv_cache_total", "GiB", KV("llama3-70b", S) / 2, X, "per_gpu", anchor="5 GiB of cache per card", note="total given as the per-card share: 2.5 GiB")
claim(f, "141 GB", "weights", "GB", W("llama3-70b", "fp16"), H)
non(f, "created: 2026-10-02", "date")
non(f, "price_usd: 6800", "price")
non(f, "context_assumed: 16384", "context input")
non(f, "$2.49/hour", "price")
non(f, "RTX 3060 12GB ≈ $289", "prices")
non(f, "Power: 3090 at 350 W", "power draw")

claim(f, "2 GiB", "kv_cache_total", "GiB", KV("llama3-8b", 32768), X, "off_2x", anchor="keeps the 8B's cache at 2 GiB", note="flash attention does not shrink the cache: 4 GiB")

claim(f, "12-13 GB", "quantized_file", "GB", GG(N27, "Q3_K_S"), H, rng=True)
# ---- en_03: CPU-only inference, bandwidth-bound decoding ----------------------------------------
f = "en_03"
BW4, BW5, BWS = 2 * 8 * 3200e6, 2 * 8 * 5600e6, 8 * 8 * 4800e6
N1B, C1B = 1.24e9, (16, 8, 64)
F8 = GG("llama3-8b", "Q4_K_M")
F70 = GG("llama3-70b", "Q4_K_M")
FMX = GG("mixtral-8x7b", "Q4_K_M")
FMXA = GG(ACTIVE_M7, "Q4_K_M")
claim(f, "89.6 GB/s", "bandwidth", "GB/s", BW5, H, anchor="bandwidth_peak: 89.6")
claim(f, "51.2 GB/s", "bandwidth", "GB/s", BW4, H, anchor="2 × 8 bytes × 3200")
claim(f, "89.6 GB/s", "bandwidth", "GB/s", BW5, H, anchor="2 × 8 × 5600 MT/s")
claim(f, "204.8 GB/s", "bandwidth", "GB/s", 4 * 8 * 3200e6, X, "off_2x", note="4 channels x 8 bytes x 3200 MT/s = 102.4 GB/s")
claim(f, "307.2 GB/s", "bandwidth", "GB/s", BWS, H, anchor="reaches 307.2 GB/s")
claim(f, "4.9 GB", "quantized_file", "GB", F8, H, anchor="is a 4.9 GB file", rel=0.02)
claim(f, "10.4 tok/s", "throughput", "tok/s", BW4 / F8, H, hedged=True)
claim(f, "18.2 tok/s", "throughput", "tok/s", BW5 / F8, H, hedged=True, anchor="on DDR5 about 18.2")
claim(f, "8.1 GB", "quantized_file", "GB", GG("qwen2.5-7b", "Q8_0"), H)
claim(f, "6.3 tok/s", "throughput", "tok/s", BW4 / GG("qwen2.5-7b", "Q8_0"), H)
claim(f, "43.2 GB", "quantized_file", "GB", F70, H, anchor="Llama 3.1 70B Q4_K_M (43.2 GB)")
claim(f, "~2 tok/s", "throughput", "tok/s", BW5 / F70, H, hedged=True, anchor="the desktop DDR5 gives ~2")
claim(f, "7.1 tok/s", "throughput", "tok/s", BWS / F70, H, anchor="the 8-channel server gives 7.1")
claim(f, "at least 43 GB", "quantized_file", "GB", F70, H, bound="lower")
claim(f, "1.32 GB", "quantized_file", "GB", GG(N1B, "Q8_0"), H)
claim(f, "83 tok/s", "throughput", "tok/s", BW4 / GG(N1B, "Q8_0"), X, "off_2x", note="int4 bytes used for a Q8_0 file: 38.9 tok/s")
claim(f, "7.9 GB", "quantized_file", "GB", FMXA, H, anchor="7.9 GB per token")
claim(f, "about 11.4 tok/s", "throughput", "tok/s", BW5 / FMXA, H, hedged=True)
claim(f, "7.9 GB", "quantized_file", "GB", FMX, X, "active_vs_total", anchor="7.9 GB of RAM", note="all experts must be resident: 28.6 GB")
claim(f, "28.6 GB", "quantized_file", "GB", FMX, H, anchor="is a 28.6 GB file", rel=0.02)
claim(f, "3.1 tok/s", "throughput", "tok/s", BW5 / FMX, H)
claim(f, "28.6 GB", "quantized_file", "GB", FMX, H, anchor="If the 28.6 GB file", rel=0.02)
claim(f, "128 KiB", "kv_cache_per_token", "KiB", KVT("llama3-8b"), H, anchor="| Llama 3.1 8B | 128 KiB")
claim(f, "128 KiB", "kv_cache_total", "KiB", KV("llama3-8b", 8192), X, "wrong_kind", occ=2, anchor="| Llama 3.1 8B | 128 KiB", note="per-token figure given for 8K: 1 GiB")
claim(f, "4 GiB", "kv_cache_total", "GiB", KV("llama3-8b", 32768), H, anchor="| Llama 3.1 8B | 128 KiB")
claim(f, "32 KiB", "kv_cache_per_token", "KiB", KVT(C1B), H)
claim(f, "256 MiB", "kv_cache_total", "MiB", KV(C1B, 8192), H)
claim(f, "1 GiB", "kv_cache_total", "GiB", KV(C1B, 32768), H, anchor="| 256 MiB | 1 GiB |")
claim(f, "320 KiB", "kv_cache_per_token", "KiB", KVT("llama3-70b"), H)
claim(f, "2.5 GiB", "kv_cache_total", "GiB", KV("llama3-70b", 8192), H)
claim(f, "20 GiB", "kv_cache_total", "GiB", KV("llama3-70b", 32768), X, "off_2x", anchor="| 2.5 GiB | 20 GiB |", note="320 KiB x 32,768 = 10 GiB")
claim(f, "43.2 GB", "quantized_file", "GB", F70, H, anchor="needs 43.2 GB + 20 GiB", rel=0.02)
claim(f, "20 GiB", "kv_cache_total", "GiB", KV("llama3-70b", 32768), X, "off_2x", anchor="needs 43.2 GB + 20 GiB", note="repeats the table's doubled 10 GiB")
non(f, "created: 2026-11-20T21:14", "date-time")
non(f, "llama_cpp_build: b4567", "build number")
non(f, "Q4_K_M: 4.8944", "reference bits per weight (input)")
non(f, "60-80 % of these peaks", "empirical efficiency range")
non(f, "-t 16 -c 8192 --mlock", "command-line settings")
non(f, "temperature 0.7, top-p 0.9", "sampling settings")
non(f, "tested on build b4567, 2026-11-19", "build, date")
non(f, "~95 tok/s for the 8B (measured, 3 runs)", "measured benchmark")

claim(f, "4.9 MB", "quantized_file", "MB", F8, X, "off_1000x", note="4.9 GB per token")
claim(f, "7.6 GB", "quantized_file", "GB", GG("qwen2.5-7b", "F16"), X, "wrong_dtype", note="F16 = 15.2 GB")
claim(f, "40 tok/s", "throughput", "tok/s", BWS / GG("qwen2.5-7b", "F16"), X, "off_2x", note="307.2 / 15.2 = 20 tok/s")

claim(f, "75 %", "percentage", "%", 100 * (BW5 / BW4 - 1), H)
# ---- en_04: RLHF / DPO memory, policy + reference + reward + value --------------------------
f = "en_04"
N8 = N["llama3-8b"]
LR8 = lora(32, 16, [(4096, 4096), (4096, 1024), (4096, 1024), (4096, 4096)])
claim(f, "144.5 GB", "training", "GB", 18 * N8, H, anchor="dpo_total: 144.5")
claim(f, "128.5 GB", "training", "GB", 16 * N8, H, anchor="8.03B × 16 bytes = 128.5 GB")
claim(f, "16.1 GB", "weights", "GB", W(N8, "bf16"), H, anchor="a bf16 copy, 16.1 GB")
claim(f, "144.5 GB", "training", "GB", 18 * N8, H, anchor="**Total:** 144.5 GB")
claim(f, "128.5 GB", "training", "GB", 16 * N8, H, anchor="policy — trainable, 128.5 GB")
claim(f, "128.5 GB", "training", "GB", 16 * N8, H, anchor="another 128.5 GB")
claim(f, "16.1 GB", "weights", "GB", W(N8, "bf16"), H, anchor="reference — frozen, 16.1 GB")
claim(f, "16.1 GB", "weights", "GB", W(N8, "bf16"), H, anchor="reward model — frozen, 16.1 GB")
claim(f, "about 289 GB", "training", "GB", 36 * N8, H, hedged=True)
claim(f, "16 GB", "kv_cache_total", "GB", KV("llama3-8b", 2048, 64), X, "gib_as_gb", anchor="× 128 KiB = 16 GB", note="16 GiB = 17.2 GB")
claim(f, "128.5 GB", "training", "GB", 16 * N8, H, anchor="| DPO policy states | 128.5 GB |")
claim(f, "16.1 GB", "training", "GB", 16 * N8 / 8, H, anchor="| DPO policy states | 128.5 GB |")
claim(f, "16.1 GB", "weights", "GB", W(N8, "bf16"), H, anchor="| DPO reference | 16.1 GB |")
claim(f, "2 GB", "weights", "GB", W(N8, "bf16") / 8, H, anchor="| DPO reference | 16.1 GB |")
claim(f, "289 GB", "training", "GB", 36 * N8, H, anchor="| PPO all four | 289 GB |")
claim(f, "72 GB", "training", "GB", 36 * N8 / 8, X, "off_2x", anchor="| PPO all four | 289 GB |", note="289 / 8 = 36.1 GB, divided by 4")
claim(f, "~18.1 GB", "training", "GB", 18 * N8 / 8, H, hedged=True)
claim(f, "144.5 GB", "training", "GB", 18 * N8 / 8, X, "per_gpu", anchor="each GPU holds 144.5 GB", note="the total given as each GPU's share: 18.1 GB")
claim(f, "16.1 GB", "weights", "GB", W(N8, "bf16"), H, anchor="a single 16.1 GB copy")
claim(f, "13.6M", "params", "M", LR8, H)
claim(f, "0.17 %", "percentage", "%", 100 * LR8 / N8, H)
claim(f, "21.8 MB", "training", "MB", 16 * LR8, X, "off_2x", note="13.6M x 16 bytes = 218 MB")
claim(f, "1.13 TB", "training", "TB", 16 * N["llama3-70b"], H)
claim(f, "7.1 GB", "training", "GB", 16 * N["llama3-70b"] / 16, X, "off_2x", note="1.13 TB / 16 = 70.6 GB")
claim(f, "48.2 GB", "training", "GB", 12 * N8, X, "off_2x", note="12 x 8.03B = 96.4 GB")
non(f, "created: 2026-11-25", "date")
non(f, "lr: 5.0e-7", "hyper-parameter")
non(f, "dataset: ultrafeedback_binarized (61,135 pairs)", "dataset size in pairs")
non(f, "gives 16 GB for it", "quoted wrong shortcut (the note says it is wrong)", quoted=True)
non(f, "If you (wrongly)", "quoted wrong estimate (the note says it is wrong)", quoted=True)
non(f, "β = 0.1, learning rate 5e-7", "hyper-parameters, duration")
non(f, "from 0.61 to 0.74", "accuracy")
non(f, "31.2 % → 38.9 %", "win-rate")

claim(f, "4.6 GB", "activations", "GB", 34 * 4096 * 8 * 4096 * 32, X, "wrong_kind", note="per-layer figure; 32 layers: 146 GB")

claim(f, "16.1 GB", "training", "GB", 2 * N8, H, anchor="the bf16 gradients are 16.1 GB")
claim(f, "16.1 GB", "training", "GB", 4 * N8, X, "wrong_dtype", occ=2, anchor="the bf16 gradients are 16.1 GB", note="fp32 master = 4 bytes: 32.1 GB")
# ---- en_05: offline batch inference plan, documents x tokens, GPU-hours, cost -----------------
f = "en_05"
TIN, TOUT = 2_000_000 * 1500, 2_000_000 * 200
PRE, DEC = TIN / 25000, TOUT / 2500
GH = (PRE + DEC) / 3600
SEQ = 1700
claim(f, "212.5 MiB", "kv_cache_total", "MiB", KV("llama3-8b", SEQ), H, anchor="kv_per_seq: 212.5")
claim(f, "37.7", "time", "GPU-hours", GH, X, "off_2x", anchor="gpu_hours: 37.7", note="decode 44.4 h read as 4.4 h: 77.8 GPU-hours")
claim(f, "3 × 10^9 tokens", "tokens", "tokens", TIN, H)
claim(f, "400M tokens", "tokens", "M tokens", TOUT, H)
claim(f, "3.4 billion", "tokens", "billion", TIN + TOUT, H, hedged=True)
claim(f, "40.8 billion", "tokens", "billion", 12 * (TIN + TOUT), H)
claim(f, "120,000 s", "time", "s", PRE, H)
claim(f, "33.3 h", "time", "h", PRE / 3600, H)
claim(f, "160,000 s", "time", "s", DEC, H)
claim(f, "4.4 h", "time", "h", DEC / 3600, X, "off_2x", note="160,000 s = 44.4 h")
claim(f, "roughly 37.7 GPU-hours", "time", "GPU-hours", GH, X, "off_2x", hedged=True, note="33.3 + 44.4 = 77.8")
claim(f, "4.7 hours", "time", "hours", GH / 8, X, "off_2x", note="77.8 / 8 = 9.7 h")
claim(f, "about $94", "cost", "$", GH * 2.49, X, "off_2x", hedged=True, note="77.8 x $2.49 = $194")
claim(f, "16 GB", "weights", "GB", W("llama3-8b", "bf16"), H, anchor="Weights in bf16: 16 GB")
claim(f, "212.5 MB", "kv_cache_total", "MB", KV("llama3-8b", SEQ), X, "gib_as_gb", note="212.5 MiB = 222.8 MB")
claim(f, "53.1 GiB", "kv_cache_total", "GiB", KV("llama3-8b", SEQ, 256), H, anchor="256 sequences → 53.1 GiB")
claim(f, "≈ 73.1 GB", "weights", "GB", W("llama3-8b", "bf16") + KV("llama3-8b", SEQ, 256), H, hedged=True)
claim(f, "56 KiB", "kv_cache_per_token", "KiB", KVT("qwen2.5-7b"), H)
claim(f, "93 MiB", "kv_cache_total", "MiB", KV("qwen2.5-7b", SEQ), H)
claim(f, "23.2 GiB", "kv_cache_total", "GiB", KV("qwen2.5-7b", SEQ, 256), H)
claim(f, "37.7", "time", "GPU-hours", GH, X, "off_2x", anchor="| as planned (8B) | 37.7", note="77.8 GPU-hours")
claim(f, "94", "cost", "$", GH * 2.49, X, "off_2x", anchor="| as planned (8B) | 37.7", note="$194")
claim(f, "3.4B tokens", "tokens", "B tokens", TIN + TOUT, H)
claim(f, "~37.7 GPU-hours", "time", "GPU-hours", GH, X, "off_2x", hedged=True, note="77.8")
claim(f, "≈ $94", "cost", "$", GH * 2.49, X, "off_2x", hedged=True, note="$194")
claim(f, "53.1 GiB", "kv_cache_total", "GiB", KV("llama3-8b", SEQ, 256), H, anchor="cache 53.1 GiB per GPU")
non(f, "created: 2026-12-01", "date")
non(f, "ticket: DATA-4412", "ticket id")
non(f, "price_per_gpu_hour_usd: 2.49", "price input")
non(f, "documents: 2000000", "workload input")
non(f, "Deadline 2026-12-19", "date, budget, ticket")
non(f, "ROUGE-L on the 200-doc pilot", "quality scores")
non(f, "Retry policy: 3 attempts", "retry settings")

claim(f, "1.6 MB", "tokens", "MB", TOUT * 4, X, "off_1000x", note="400M x 4 bytes = 1.6 GB")

claim(f, "3 billion", "tokens", "billion", TIN / 8, X, "per_gpu", anchor="Each of the 8 replicas", note="3e9 / 8 = 375M per replica")
# ---- en_06: attention variants, cache per token -----------------------------------------------
f = "en_06"
MLA = 61 * (512 + 64) * 2          # bytes per token, no factor 2 (claims-gold 1.6)
claim(f, "512", "kv_cache_per_token", "KiB", KVT("llama2-7b"), H, anchor="| MHA | Llama-2-7B | 512")
claim(f, "16 GiB", "kv_cache_total", "GiB", KV("llama2-7b", 32768), H, anchor="| MHA | Llama-2-7B | 512")
claim(f, "128", "kv_cache_per_token", "KiB", KVT("llama3-8b"), H, anchor="| GQA | Llama-3-8B | 128")
claim(f, "4 GiB", "kv_cache_total", "GiB", KV("llama3-8b", 32768), H, anchor="| GQA | Llama-3-8B | 128")
claim(f, "8", "kv_cache_per_token", "KiB", KVT("falcon-7b"), H, anchor="| MQA | Falcon-7B | 8")
claim(f, "256 MiB", "kv_cache_total", "MiB", KV("falcon-7b", 32768), H, anchor="| MQA | Falcon-7B | 8")
claim(f, "137", "kv_cache_per_token", "KiB", MLA, X, "off_2x", anchor="| MLA | DeepSeek-V3 | 137", note="K/V factor 2 applied to the MLA latent: 68.6 KiB")
claim(f, "4.3 GiB", "kv_cache_total", "GiB", MLA * 32768, X, "off_2x", anchor="| MLA | DeepSeek-V3 | 137", note="2.1 GiB")
claim(f, "140,544 bytes", "kv_cache_per_token", "bytes", MLA, X, "off_2x", note="61 x 576 x 2 = 70,272 bytes")
claim(f, "4x", "ratio", "×", KVT("llama2-7b") / KVT("llama3-8b"), H)
claim(f, "71x", "ratio", "×", 71, H)
claim(f, "16 MiB", "kv_cache_total", "MiB", KV("falcon-7b", 2048), H, anchor="holds 16 MiB per sequence")
claim(f, "16 MiB", "kv_cache_total", "MiB", KV("falcon-7b", 2048, 64), X, "wrong_kind", occ=2, anchor="holds 16 MiB per sequence", note="per-sequence figure given for the batch: 1 GiB")
claim(f, "2 GiB", "kv_cache_total", "GiB", KV("llama2-7b", 4096), H, anchor="limit: 2 GiB per sequence")
claim(f, "32 GB", "kv_cache_total", "GB", KV("llama2-7b", 4096, 16), X, "gib_as_gb", note="32 GiB = 34.4 GB")
claim(f, "7x", "ratio", "×", 7, H)
claim(f, "56 KiB", "kv_cache_per_token", "KiB", KVT("qwen2.5-7b"), H)
claim(f, "320 KiB", "kv_cache_per_token", "KiB", KVT("llama3-70b"), H)
claim(f, "1.25 MiB", "kv_cache_per_token", "MiB", KVT((80, 64, 128)), X, "off_2x", note="forgot K and V: 2.5 MiB")
claim(f, "1 MiB", "kv_cache_per_token", "MiB", KVT("mixtral-8x7b"), X, "off_2x", note="experts do not multiply the cache: 128 KiB")
claim(f, "42.9", "kv_cache_total", "GB", KV("llama3-70b", 131072), H, hedged=True)
claim(f, "17.2 GiB", "kv_cache_total", "GiB", MLA * 131072, X, "off_2x", note="8.6 GiB")
claim(f, "about 2.3x", "ratio", "×", KVT("llama3-70b") / MLA, X, "off_2x", hedged=True, note="4.7x")
claim(f, "~137 KiB", "kv_cache_per_token", "KiB", MLA, X, "off_2x", hedged=True, anchor="at ~137 KiB per token", note="68.6 KiB")
non(f, "created: 2026-11-11", "date")
non(f, "arXiv:1911.02150", "citation")
non(f, "2 \\cdot L \\cdot n_{kv}", "LaTeX formula with free variables")
non(f, "5 % of the original compute", "paper figures")
non(f, "93.3 % KV-cache reduction", "paper figures (not checkable here)")
non(f, "vllm-project/vllm#4625", "issue number, date")

claim(f, "512 KiB", "kv_cache_per_token", "KiB", KVT((32, 8, 256)), X, "off_2x", anchor="with 256-dim heads would hold 512 KiB", note="2 x 32 x 8 x 256 x 2 = 256 KiB")
# ---- en_07: review of a colleague's sizing (his figures quoted, mine scored) ------------------
f = "en_07"
L70 = "llama3-70b"
WF8 = W(L70, "fp8")
KVS = KV(L70, 8192, 50)
PF = 2 * N[L70] * 8192
claim(f, "70.6 GB", "weights", "GB", WF8, H, anchor="the exact figure is 70.6")
claim(f, "320 KiB", "kv_cache_per_token", "KiB", KVT(L70), H)
claim(f, "125 GiB", "kv_cache_total", "GiB", KVS, H, anchor="For 50 users")
claim(f, "134.2 GB", "kv_cache_total", "GB", KVS, H, anchor="For 50 users")
claim(f, "62.5 GB", "kv_cache_total", "GB", KV(L70, 8192, 50, 1), X, "gib_as_gb", note="62.5 GiB = 67.1 GB")
claim(f, "70.6 GB", "weights", "GB", WF8, H, anchor="Corrected total: 70.6")
claim(f, "134.2 GB", "kv_cache_total", "GB", KVS, H, anchor="Corrected total: 70.6")
claim(f, "204.8 GB", "weights", "GB", WF8 + KVS, H, anchor="Corrected total: 70.6")
claim(f, "51.2 GB", "weights", "GB", (WF8 + KVS) / 4, H, anchor="Split with TP=4")
claim(f, "17.6 GB", "weights", "GB", WF8 / 4, H)
claim(f, "about 190 tok/s", "throughput", "tok/s", H100_BW / (WF8 / 4), H, hedged=True)
claim(f, "1.16 × 10^15 FLOP", "flops", "FLOP", PF, H, hedged=True)
claim(f, "1.17 s", "time", "s", PF / 989e12, H)
claim(f, "0.6 s", "time", "s", PF / 989e12 / 0.5, X, "off_2x", note="50 % MFU doubles the time: 2.34 s")
non(f, "> Weights fp8: 70 GB", "colleague's figure, quoted", quoted=True)
non(f, "> KV: 50 × 8192 × 160 KiB = 62.5 GiB", "colleague's wrong figure, quoted", quoted=True)
non(f, "> Total 132.5 GB", "colleague's wrong figure, quoted", quoted=True)
non(f, "> Throughput ceiling: 3.35 TB/s / 70 GB = 48 tok/s", "colleague's wrong figure, quoted", quoted=True)
non(f, "has 64 KV heads", "quoted config error (head counts, not sizes)", quoted=True)
non(f, "created: 2026-12-03", "date")
non(f, "v1, 2026-12-02 14:10; 11 pages", "version, date, page count")

claim(f, "70.6 GB", "weights", "GB", W(L70, "bf16"), X, "wrong_dtype", anchor="his fallback plan", note="bf16: 141.1 GB")
# ---- ru_01: квантование KV-кэша --------------------------------------------------------------
f = "ru_01"
Q8B, Q4B = 34 / 32, 18 / 32
L8, Q7, L70 = "llama3-8b", "qwen2.5-7b", "llama3-70b"
claim(f, "128 КиБ", "kv_cache_per_token", "КиБ", KVT(L8), H, anchor="- bf16: 128 КиБ на токен")
claim(f, "68 КиБ", "kv_cache_per_token", "КиБ", KVT(L8, Q8B), H)
claim(f, "36 КиБ", "kv_cache_per_token", "КиБ", KVT(L8, Q4B), H)
claim(f, "16 ГиБ", "kv_cache_total", "ГиБ", KV(L8, 131072), H, anchor="При 131")
claim(f, "8,5 ГиБ", "kv_cache_total", "ГиБ", KV(L8, 131072, 1, Q8B), H)
claim(f, "2,25 ГиБ", "kv_cache_total", "ГиБ", KV(L8, 131072, 1, Q4B), X, "off_2x", note="q4_0 is 4.5 bits: 4.5 GiB, not 16/8")
claim(f, "8 ГБ", "weights", "ГБ", W(L8, "bf16"), X, "wrong_dtype", note="1 byte per parameter: bf16 is 16.06 GB")
claim(f, "50 %", "percentage", "%", 50, H)
claim(f, "8 ГиБ", "kv_cache_total", "ГиБ", KV(L8, 131072, 1, 1), H, anchor="на 50 %, до 8 ГиБ")
claim(f, "57¦344 байта", "kv_cache_per_token", "байт", KVT(Q7), H)
claim(f, "56 КиБ", "kv_cache_total", "КиБ", KV(Q7, 32768), X, "wrong_kind", anchor="кэш Qwen занимает 56 КиБ", note="per-token figure given for 32K: 1.75 GiB")
claim(f, "28 ГиБ", "kv_cache_total", "ГиБ", KV(Q7, 131072, 4), H)
claim(f, "14 ГиБ", "kv_cache_total", "ГиБ", KV(Q7, 131072, 4, 1), H)
claim(f, "7,9 ГиБ", "kv_cache_total", "ГиБ", KV(Q7, 131072, 4, Q4B), H)
claim(f, "320", "kv_cache_per_token", "КиБ", KVT(L70), H, anchor="| bf16 | 320 |")
claim(f, "80", "kv_cache_total", "ГиБ", KV(L70, 32768, 8), H, anchor="| bf16 | 320 |")
claim(f, "20", "kv_cache_total", "ГиБ", KV(L70, 32768, 8) / 4, H, anchor="| bf16 | 320 |")
claim(f, "160", "kv_cache_per_token", "КиБ", KVT(L70, 1), H, anchor="| fp8 | 160 |")
claim(f, "40", "kv_cache_total", "ГиБ", KV(L70, 32768, 8, 1), H, anchor="| fp8 | 160 |")
claim(f, "40", "kv_cache_total", "ГиБ", KV(L70, 32768, 8, 1) / 4, X, "per_gpu", occ=2, anchor="| fp8 | 160 |", note="total repeated as the per-card share: 10 GiB")
claim(f, "170", "kv_cache_per_token", "КиБ", KVT(L70, Q8B), H, anchor="| q8_0 | 170 |")
claim(f, "42,5", "kv_cache_total", "ГиБ", KV(L70, 32768, 8, Q8B), H, anchor="| q8_0 | 170 |")
claim(f, "10,6", "kv_cache_total", "ГиБ", KV(L70, 32768, 8, Q8B) / 4, H, anchor="| q8_0 | 170 |")
claim(f, "80 ГБ", "kv_cache_total", "ГБ", KV(L70, 32768, 8), X, "gib_as_gb", note="80 GiB = 85.9 GB")
claim(f, "70,6 ГБ", "weights", "ГБ", W(L70, "fp8"), H)
claim(f, "17,6 ГБ", "weights", "ГБ", W(L70, "fp8") / 4, H)
claim(f, "72 %", "percentage", "%", 100 * (1 - Q4B / 2), H)
claim(f, "64 ГиБ", "kv_cache_total", "ГиБ", KV(L8, 65536, 16), X, "off_2x", note="bf16: 128 GiB (64 GiB is the fp8 figure)")
claim(f, "3,6 раза", "ratio", "×", 2 / Q4B, H, hedged=True)
non(f, "создано: 2026-11-08", "дата")
non(f, "версия_vllm: 0.11.2", "версия")
non(f, "с 87,1 до 79,4", "оценки бенчмарка")
non(f, "Issue #10323", "номер issue")
non(f, "контексты: [32768, 65536, 131072]", "входные длины контекста")

claim(f, "7 ГиБ", "kv_cache_total", "ГиБ", KV(Q7, 131072, 1, 1), X, "off_2x", anchor="Один запрос Qwen на 128K в fp8", note="fp8: 3.5 GiB")

claim(f, "42,5 ГБ", "kv_cache_total", "ГБ", KV(L70, 32768, 8, Q8B), X, "gib_as_gb", note="42.5 GiB = 45.6 GB")
# ---- ru_02: Telegram-тред, длинный контекст, окно Gemma 2 / Mistral, 1M --------------------
f = "ru_02"
G9 = (42, 8, 256)
G9_8K = 2 * 21 * 8 * 256 * 2 * (4096 + 8192)
claim(f, "336 КиБ", "kv_cache_per_token", "КиБ", KVT(G9), H)
claim(f, "2,625 ГиБ", "kv_cache_total", "ГиБ", KV(G9, 8192), H, anchor="На все 8192")
claim(f, "около 1,97 ГиБ", "kv_cache_total", "ГиБ", G9_8K, H, hedged=True)
claim(f, "18,5 ГБ", "weights", "ГБ", W(9.24e9, "bf16"), H)
claim(f, "9,2 ГБ", "weights", "ГБ", W(9.24e9, "int4"), X, "wrong_dtype", note="int4 = 0.5 byte: 4.6 GB")
claim(f, "4 ГиБ", "kv_cache_total", "ГиБ", KV("mistral-7b", 4096), X, "off_2x", anchor="держит 4 ГиБ кэша, не больше", note="window 4096: 512 MiB")
claim(f, "128 КиБ", "kv_cache_per_token", "КиБ", KVT("mistral-7b"), H, anchor="128 КиБ × 4096 = 512 МиБ")
claim(f, "512 МиБ", "kv_cache_total", "МиБ", KV("mistral-7b", 4096), H, anchor="128 КиБ × 4096 = 512 МиБ")
claim(f, "56 КиБ", "kv_cache_per_token", "КиБ", KVT("qwen2.5-7b"), H, anchor="у Qwen2.5-7B 56 КиБ на токен")
claim(f, "56 ГиБ", "kv_cache_total", "ГиБ", KV("qwen2.5-7b", 1048576), H, anchor="у Qwen2.5-7B 56 КиБ на токен")
claim(f, "7 ГиБ", "kv_cache_total", "ГиБ", KV("qwen2.5-7b", 131072), H, anchor="у Qwen2.5-7B 56 КиБ на токен")
claim(f, "128 ГБ", "kv_cache_total", "ГБ", KV("llama3-8b", 1048576), X, "gib_as_gb", note="128 GiB = 137.4 GB")
claim(f, "131¦072", "arithmetic", "tokens", 32768 * 4, H)
claim(f, "в 4 раза", "ratio", "×", 1, X, "off_2x", note="YaRN leaves the per-token cache unchanged (1x)")
claim(f, "320 ГиБ", "kv_cache_total", "ГиБ", KV("llama3-70b", 1048576), H)
claim(f, "56 МиБ", "kv_cache_total", "МиБ", KV("qwen2.5-7b", 1048576), X, "off_1000x", note="56 GiB, not MiB")
claim(f, "~25 %", "percentage", "%", 100 * (1 - G9_8K / KV(G9, 8192)), H, hedged=True)
non(f, "сохранено: 2026-11-30 23:41", "дата")
non(f, "сообщений_в_треде: 47", "число сообщений")
non(f, "> Артём: без учёта окна — 2,625 ГиБ", "цитата в ответе", quoted=True)
non(f, "> на 32K она держит 4 ГиБ", "цитата неверного числа в ответе", quoted=True)
non(f, "**Артём** [21:02]", "время сообщения")
non(f, "3 голоса «да», 19 «нет»", "опрос, время созвона")

claim(f, "512 МиБ", "kv_cache_total", "МиБ", KV("mistral-7b", 4096, 8), X, "wrong_kind", anchor="с батчем 8 — те же 512", note="per-sequence figure for a batch of 8: 4 GiB")
# ---- ru_03: ДЗ с решениями (решения нейросети, часть шагов неверна) ---------------------------
f = "ru_03"
M7, L13 = "mistral-7b", "llama2-13b"
FLM = 6 * N[M7] * 1e12
claim(f, "6,5 ГБ", "training", "ГБ", zero(N[L13], 8, 3), X, "no_optimizer", anchor="з3: 6,5", note="16 bytes/param / 8 GPUs: 26.0 GB")
claim(f, "14¦483¦464¦192 байта", "weights", "байт", W(M7, "fp16"), H)
claim(f, "14,48 ГБ", "weights", "ГБ", W(M7, "fp16"), H, anchor="байта ≈ 14,48")
claim(f, "14,48 ГБ", "weights", "ГБ", W(M7, "fp16"), H, anchor="**Ответ:** 14,48")
claim(f, "13,49 ГБ", "weights", "ГБ", W(M7, "fp16"), X, "gib_as_gb", note="13.49 GiB = 14.48 GB")
claim(f, "524¦288 байт", "kv_cache_per_token", "байт", KVT("llama2-7b"), H)
claim(f, "512 КиБ", "kv_cache_per_token", "КиБ", KVT("llama2-7b"), H, anchor="байт = 512 КиБ")
claim(f, "2 ГиБ", "kv_cache_total", "ГиБ", KV("llama2-7b", 4096), H, anchor="На последовательность")
claim(f, "16 ГБ", "kv_cache_total", "ГБ", KV("llama2-7b", 4096, 8), X, "gib_as_gb", anchor="На батч", note="16 GiB = 17.2 GB")
claim(f, "52,1 ГБ", "training", "ГБ", 16 * N[L13], X, "no_optimizer", anchor="итого 4 байта на параметр", note="16 bytes/param: 208.3 GB")
claim(f, "6,5 ГБ", "training", "ГБ", zero(N[L13], 8, 3), X, "no_optimizer", anchor="52,1 / 8 = 6,5", note="26.0 GB per GPU")
claim(f, "4,91 ГБ", "quantized_file", "ГБ", GG("llama3-8b", "Q4_K_M"), H)
claim(f, "4,58 ГиБ", "quantized_file", "ГиБ", GG("llama3-8b", "Q4_K_M"), H, anchor="= 4,91 ГБ = 4,58")
claim(f, "7,95 ГБ", "quantized_file", "ГБ", GG("llama3-8b", "Q8_0"), X, "gib_as_gb", note="7.95 GiB = 8.53 GB")
claim(f, "8 ГБ", "weights", "ГБ", W("llama3-8b", "bf16"), X, "wrong_dtype", anchor="÷ 8 ГБ", note="bf16 weights are 16.06 GB")
claim(f, "≈ 419 токенов/с", "throughput", "токенов/с", H100_BW / W("llama3-8b", "bf16"), X, "off_2x", hedged=True, note="3.35 TB/s / 16.06 GB = 209")
claim(f, "4,35·10²² FLOP", "flops", "FLOP", FLM, H, hedged=True, anchor="≈ 4,35·10²² FLOP.")
claim(f, "1,09·10⁸ с", "time", "с", FLM / 4e14, H)
claim(f, "около 30¦200 GPU-часов", "time", "GPU-часов", FLM / 4e14 / 3600, H, hedged=True)
claim(f, "12,88 млрд", "params", "млрд", ACTIVE_M7, H)
claim(f, "6,44 ГБ", "weights", "ГБ", W("mixtral-8x7b", "int4"), X, "active_vs_total", anchor="× 0,5 байта = 6,44", note="all 46.7B must be resident: 23.35 GB")
claim(f, "14,48 ГБ", "weights", "ГБ", W(M7, "fp16"), H, anchor="Ответы: 14,48")
claim(f, "16 ГиБ", "kv_cache_total", "ГиБ", KV("llama2-7b", 4096, 8), H, anchor="Ответы: 14,48")
claim(f, "6,5 ГБ", "training", "ГБ", zero(N[L13], 8, 3), X, "no_optimizer", anchor="Ответы: 14,48", note="26.0 GB per GPU")
claim(f, "4,58 ГиБ", "quantized_file", "ГиБ", GG("llama3-8b", "Q4_K_M"), H, anchor="Ответы: 14,48")
claim(f, "419 токенов/с", "throughput", "токенов/с", H100_BW / W("llama3-8b", "bf16"), X, "off_2x", anchor="Ответы: 14,48", note="209 tokens/s")
claim(f, "4,35·10²² FLOP", "flops", "FLOP", FLM, H, anchor="Ответы: 14,48")
claim(f, "6,44 ГБ", "weights", "ГБ", W("mixtral-8x7b", "int4"), X, "active_vs_total", anchor="Ответы: 14,48", note="23.35 GB")
non(f, "выдано: 2026-11-17", "дата")
non(f, "баллы_максимум: 35", "баллы")
non(f, "## Задача 1 (3 балла)", "номер задачи, баллы")
non(f, "ауд. 305, 16:40", "аудитория, время")
non(f, "h100_эффективно_tflops: 400", "входная константа")
# ---- ru_04: датасет SFT, примеры x токены, эпохи, токены на параметр ---------------------------
f = "ru_04"
NQ = N["qwen2.5-7b"]
D1 = 1_200_000 * 850
D3 = 3 * D1
FLQ = 6 * NQ * D3
GHQ = FLQ / 4e14 / 3600
SEQS = D1 / 4096
claim(f, "1,02 млрд токенов", "tokens", "млрд токенов", D1, H, anchor="диалогов по 850 токенов")
claim(f, "3,06 млрд токенов", "tokens", "млрд токенов", D3, H, anchor="За 3 эпохи")
claim(f, "≈ 4", "tokens_per_param", "tokens/param", D3 / NQ, X, "off_2x", note="3.06 / 7.62 = 0.40")
claim(f, "152 млрд токенов", "tokens", "млрд токенов", 20 * NQ, H)
claim(f, "в 50 раз", "ratio", "×", 20 * NQ / D3, H)
claim(f, "2,04 ГБ", "tokens", "ГБ", D1 * 4, X, "wrong_dtype", anchor="= 2,04 ГБ на эпоху", note="vocab 152,064 > 65,535: ids need 4 bytes, 4.08 GB")
claim(f, "около 249 тыс.", "arithmetic", "тыс.", SEQS, H, hedged=True)
claim(f, "524¦288 токенов", "tokens", "tokens", 128 * 4096, H)
claim(f, "≈ 1945 шагов", "arithmetic", "tokens", SEQS / 128, H, hedged=True)
claim(f, "около 17¦500 шагов", "arithmetic", "tokens", 3 * SEQS / 128, X, "off_2x", hedged=True, note="3 x 1945 = 5,836 steps")
claim(f, "≈ 1,4·10²⁰", "flops", "FLOP", FLQ, H, hedged=True)
claim(f, "≈ 97 GPU-часов", "time", "GPU-часов", GHQ, H, hedged=True, anchor="При 400 TFLOPS")
claim(f, "97 часов", "time", "часов", GHQ / 8, X, "per_gpu", note="97 GPU-hours / 8 GPUs = 12.1 h")
claim(f, "121,8 ГБ", "training", "ГБ", 16 * NQ, H)
claim(f, "по 15,2 ГБ", "training", "ГБ", zero(NQ, 8, 3), H, anchor="ZeRO-3 на 8 картах — по 15,2")
claim(f, "15,2 ГБ", "training", "ГБ", zero(NQ, 8, 0), X, "per_gpu", anchor="обычный DDP", note="DDP keeps all 16 bytes/param on each GPU: 121.8 GB")
claim(f, "2,04 ГБ", "tokens", "ГБ", D1 * 4, X, "wrong_dtype", anchor="Хранение — 2,04", note="4.08 GB with uint32 ids")
non(f, "создано: 2026-11-21", "дата")
non(f, "версия: 2.3.1", "версия")
non(f, "seed: 42", "seed")
non(f, "lr: 1e-5", "гиперпараметр")
non(f, "warmup_ratio: 0.03", "гиперпараметр")
non(f, "чекпоинты_каждые_шагов: 500", "интервал")
non(f, "порог 0,8", "порог дедупликации, доля")
# ---- ru_05: индекс моделей (Dataview), столбец «ГБ» посчитан в ГиБ --------------------------
f = "ru_05"
ROWS = [("| Llama 3.1 70B |", N["llama3-70b"], "131,4", "40,2", "70,55 млрд"),
        ("| Mixtral 8x7B |", N["mixtral-8x7b"], "86,99", "26,6", None),
        ("| Gemma 2 9B |", 9.24e9, "17,21", "5,26", None),
        ("| Llama 3.1 8B |", N["llama3-8b"], "14,96", "4,58", "8,03 млрд"),
        ("| Qwen2.5-7B |", N["qwen2.5-7b"], "14,19", "4,34", "7,62 млрд"),
        ("| Mistral 7B v0.1 |", N["mistral-7b"], "13,49", "4,13", "7,24 млрд"),
        ("| Llama 3.2 1B |", 1.24e9, "2,31", "0,71", None)]
for row, n, bf, q4, pc in ROWS:
    if pc:
        claim(f, pc, "params", "млрд", n, H, anchor=row)
    claim(f, bf, "weights", "ГБ", W(n, "bf16"), X, "gib_as_gb", anchor=row, note="column computed in GiB, labelled ГБ")
    claim(f, q4, "quantized_file", "ГиБ", GG(n, "Q4_K_M"), H, anchor=row, rel=0.02)
claim(f, "12,9 млрд", "params", "млрд", ACTIVE_M7, H, anchor="| Mixtral 8x7B |", note="active parameters, as the callout says")
claim(f, "280,6 ГБ", "weights", "ГБ", sum(W(r[1], "bf16") for r in ROWS), X, "gib_as_gb", note="sum of GiB values: 301.2 GB")
claim(f, "131,4 ГиБ", "weights", "ГиБ", W("llama3-70b", "bf16"), H, anchor="вес_bf16_70b::")
claim(f, "128 КиБ", "kv_cache_per_token", "КиБ", KVT("llama3-8b"), H)
claim(f, "16 ГБ", "kv_cache_total", "ГБ", KV("llama3-8b", 131072), X, "gib_as_gb", note="16 GiB = 17.2 GB")
claim(f, "40 ГиБ", "kv_cache_total", "ГиБ", KV("llama3-70b", 131072), H)
claim(f, "46,7 млрд", "params", "млрд", N["mixtral-8x7b"], H)
claim(f, "131,4 ГиБ", "weights", "ГиБ", W("llama3-70b", "bf16"), H, anchor="Llama 3.1 70B, 131,4")
claim(f, "5 ГиБ", "quantized_file", "ГиБ", GG("qwen2.5-7b", "Q4_K_M"), H, bound="upper", anchor="укладывается в 5")
non(f, "создано: 2026-09-14", "дата")
non(f, "скрипт_генерации", "версия скрипта")
non(f, "WHERE ctx >= 8192", "запрос Dataview")
non(f, "LIMIT 50", "запрос Dataview")
non(f, "мин_контекст: 8192", "параметр фильтра")
non(f, "модели_всего: 8", "счётчик")

claim(f, "7 ГБ", "kv_cache_total", "ГБ", KV("qwen2.5-7b", 131072), X, "gib_as_gb", anchor="kv_qwen7b_128k_гб::", note="7 GiB = 7.5 GB")
claim(f, "6,4 ГБ", "weights", "ГБ", W("mixtral-8x7b", "int4"), X, "active_vs_total", note="12.9B active x 0.5 byte; all 46.7B: 23.4 GB")
# ---- ru_06: DeepSeek-V3, русский текст с английскими терминами и единицами ------------------
f = "ru_06"
ND, NDA = 671e9, 37e9
MLAD = 61 * (512 + 64) * 2
claim(f, "671 GB", "weights", "GB", W(ND, "fp8"), H, anchor="671B × 1 byte = 671 GB")
claim(f, "1,34 TB", "weights", "TB", W(ND, "bf16"), H)
claim(f, "625 ГБ", "weights", "ГБ", W(ND, "fp8"), X, "gib_as_gb", note="625 GiB = 671 GB")
claim(f, "~37 GB", "weights", "GB", W(NDA, "fp8"), H, hedged=True)
claim(f, "37 GB VRAM", "weights", "GB", W(ND, "fp8"), X, "active_vs_total", note="all experts must be resident: 671 GB")
claim(f, "83,9 GB", "weights", "GB", W(ND, "fp8") / 8, H)
claim(f, "3,29·10²⁴", "flops", "FLOP", 6 * NDA * 14.8e12, H, hedged=True)
claim(f, "5,96·10²⁴ FLOP", "flops", "FLOP", 6 * ND * 14.8e12, X, "off_2x", note="6 x 671B x 14.8T = 5.96e25")
claim(f, "5,576 млн $", "cost", "млн $", 2.788e6 * 2, H, anchor="× 2 $ = 5,576")
claim(f, "11,6 тыс.", "time", "тыс.", 2.788e6 / 24, X, "off_2x", note="2.788M / 24 = 116 thousand GPU-days")
claim(f, "≈ 22", "tokens_per_param", "tokens/param", 14.8e12 / ND, H, hedged=True)
claim(f, "≈ 40", "tokens_per_param", "tokens/param", 14.8e12 / NDA, X, "off_2x", note="14.8T / 37B = 400")
claim(f, "70¦272 байта", "kv_cache_per_token", "байт", MLAD, H)
claim(f, "≈ 68,6 KiB", "kv_cache_per_token", "KiB", MLAD, H, hedged=True)
claim(f, "34,3 KiB", "kv_cache_per_token", "KiB", MLAD / 2, H)
claim(f, "8,58 GiB", "kv_cache_total", "GiB", MLAD * 131072, H)
claim(f, "274,5 GB", "kv_cache_total", "GB", MLAD * 131072 * 32, X, "gib_as_gb", note="274.5 GiB = 294.7 GB")
claim(f, "3,81 MiB", "kv_cache_per_token", "MiB", KVT((61, 128, 128)), H)
claim(f, "в 5,5 раза", "ratio", "×", KVT((61, 128, 128)) / MLAD, X, "off_2x", note="3.81 MiB / 68.6 KiB = 56.9x")
claim(f, "685B", "params", "B", ND + 14e9, H)
non(f, "создано: 2026-10-18", "дата")
non(f, "source: arXiv:2412.19437", "ссылка")
non(f, "оценка: 9/10", "оценка")
non(f, "routed_experts: 256", "конфиг")
non(f, "Релиз 2024-12-26", "дата, баллы")
non(f, "2048 H800 в кластере", "срок, размер кластера")
non(f, "от 3072 до 15360", "гиперпараметр")

claim(f, "41,9 GB", "weights", "GB", W(ND, "bf16") / 16, X, "wrong_dtype", note="bf16 1.34 TB / 16 = 83.9 GB")

claim(f, "на 30 %", "percentage", "%", 100 * (1 - MLAD / (320 * 1024)), X, "off_2x", note="68.6 vs 320 KiB: 79 % less")
claim(f, "320 KiB", "kv_cache_per_token", "KiB", KVT("llama3-70b"), H)

claim(f, "68,6 KiB", "kv_cache_per_token", "KiB", MLAD, H, anchor="bf16-кэш MLA (68,6 KiB)")
# ---- ru_07: gpt-oss-120b, «модель»/«она», конфиг в свойствах --------------------------------
f = "ru_07"
NO, NA, MX = 116.8e9, 5.1e9, 4.25
CO = (36, 8, 64)
WIN = 2 * 18 * 8 * 64 * 2 * (131072 + 128)
claim(f, "около 62 ГБ", "weights", "ГБ", NO * MX / 8, H, hedged=True)
claim(f, "62 ГиБ", "weights", "ГиБ", NO * MX / 8, X, "gb_as_gib", note="62 GB = 57.8 GiB")
claim(f, "116,8 ГБ", "weights", "ГБ", W(NO, "bf16"), X, "wrong_dtype", note="bf16 = 2 bytes: 233.6 GB")
claim(f, "по 62 ГБ", "weights", "ГБ", NO * MX / 8 / 2, X, "per_gpu", note="TP=2: 31 GB per card")
claim(f, "около 5,5 ГБ", "weights", "ГБ", 20.9e9 * MX / 8, X, "off_2x", hedged=True, note="20.9B x 4.25 bits = 11.1 GB")
claim(f, "около 4,4 %", "percentage", "%", 100 * NA / NO, H, hedged=True)
claim(f, "примерно 2,7 ГБ", "weights", "ГБ", NA * MX / 8, H, hedged=True)
claim(f, "≈ 54 токена/с", "throughput", "токенов/с", H100_BW / (NA * MX / 8), X, "active_vs_total", hedged=True, note="only active weights are read: 1,237 tokens/s")
claim(f, "73¦728 байт", "kv_cache_per_token", "байт", KVT(CO), H)
claim(f, "72 КиБ", "kv_cache_per_token", "КиБ", KVT(CO), H, anchor="то есть 72 КиБ")
claim(f, "9 ГиБ", "kv_cache_total", "ГиБ", KV(CO, 131072), H, anchor="токена без окна — 9")
claim(f, "около 4,5 ГиБ", "kv_cache_total", "ГиБ", WIN, H, hedged=True)
claim(f, "18 ГиБ", "kv_cache_total", "ГиБ", WIN * 4 / 2, X, "off_2x", note="fp8 halves 4 x 4.5 GiB: 9 GiB")
claim(f, "72 ГБ", "kv_cache_total", "ГБ", WIN * 16, X, "gib_as_gb", note="72 GiB = 77.4 GB")
claim(f, "62 ГБ", "weights", "ГБ", NO * MX / 8, H, anchor="Веса 62 ГБ + кэш")
claim(f, "4,5 ГиБ", "kv_cache_total", "ГиБ", WIN, H, anchor="Веса 62 ГБ + кэш")
non(f, "создано: 2026-08-09", "дата")
non(f, "arXiv:2508.10925", "ссылка")
non(f, "оценка_личная: 8/10", "оценка")
non(f, "я видел «44 %»", "цитата чужой опечатки", quoted=True)
non(f, "Вышла 2025-08-05", "дата, лицензия")
non(f, "AIME 2025", "баллы бенчмарков")
non(f, "температура 1,0", "настройки генерации")

claim(f, "3 ГиБ", "kv_cache_total", "ГиБ", KV((24, 8, 64), 131072), X, "off_2x", note="2 x 24 x 8 x 64 x 2 = 48 KiB/token: 6 GiB")
# ---- checks and output ---------------------------------------------------------------------------
RATIO_ERRORS = {"off_2x", "per_gpu", "wrong_unit", "wrong_kind", "wrong_dtype", "active_vs_total", "off_1000x", "no_optimizer"}


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
            "hedged": c["hedged"], "bound": c["bound"], "quoted": c["quoted"], "note": c["note"],
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
        non_out.append({"file": name, "line": ln, "text": n["text"], "why": n["why"], "quoted": n["quoted"],
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
            raise SystemExit("truth.json is stale: run python tests/claims_corpus_v/truth.py")
        summary(truth)
        print("truth.json is current; every check passed")
        return 0
    path.write_text(text, encoding="utf-8")
    summary(truth)
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
