#!/usr/bin/env python3
"""Ground truth for blind sizing-claims corpus P (tests/claims_corpus_p/notes).

Written without reading vaultkit's code, its tests or the other corpora's notes.  Facts come
from /work/shared/claims-gold.md: bytes per dtype, exact parameter counts and configs of the
catalogued models, measured GGUF bits per weight (Llama-3.1-8B), the KV-cache, training-memory
and activation formulas.  Models that claims-gold lacks appear only with their config (layers,
KV heads, head dim, parameter count) stated in the note itself, and the truth computes from
those stated values.  Nothing here imports vaultkit.

    python tests/claims_corpus_p/truth.py          # verify and (re)write truth.json
    python tests/claims_corpus_p/truth.py --check  # verify; fail if truth.json is stale

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
         "TB/s": 1e12, "ТБ/с": 1e12, "ТБ": 1e12, "Тбит/с": 1.25e11, "Гбит/с": 1.25e8,
         "billion": 1e9, "million": 1e6, "days": 1, "суток": 1, "дней": 1,
         "minutes": 1 / 60, "минут": 1 / 60, "M GPU-hours": 1e6, "тыс. GPU-часов": 1e3, "ТБ/с_": 1e12, "ГБ/с": 1e9, "GB/s": 1e9,
         "TFLOP": 1e12, "PFLOP": 1e15, "руб": 1, "токенов/параметр": 1, "млн параметров": 1e6, "B params": 1e9, "×_": 1, "трлн токенов": 1e12}
TWIN = {"KB": "KiB", "KiB": "KB", "MB": "MiB", "MiB": "MB", "GB": "GiB", "GiB": "GB",
        "TB": "TiB", "TiB": "TB", "КБ": "КиБ", "КиБ": "КБ", "МБ": "МиБ", "МиБ": "МБ",
        "ГБ": "ГиБ", "ГиБ": "ГБ", "ТБ": "ТиБ", "ТиБ": "ТБ"}
DECIMAL_UNITS = {"KB", "MB", "GB", "TB", "КБ", "МБ", "ГБ", "ТБ"}

# ---- reading a printed figure ---------------------------------------------------------------
SUP = str.maketrans("⁰¹²³⁴⁵⁶⁷⁸⁹⁻", "0123456789-")
NUM = {"en": r"\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?",
       "ru": r"\d{1,3}(?:[\u00a0\u202f\u2009]\d{3})+(?:,\d+)?|\d+(?:,\d+)?"}
POW = (r"(?:\s*(?:\\times|×|·|\\cdot)\s*10(?:\^\{?(?P<c>-?\d+)\}?|(?P<s>[⁰¹²³⁴⁵⁶⁷⁸⁹⁻]+))"
       r"|e(?P<e>\d+))?")


def _one(m, lang):
    raw = m.group("n")
    raw = raw.replace(",", "") if lang == "en" else raw.replace(NB, "").replace("\u202f", "").replace("\u2009", "").replace(",", ".")
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

# ---- en_01: AI answer "Llama 3.1 8B on a 24 GB GPU", huge front matter -------------------------------
f = "en_01"
L8 = "llama3-8b"
claim(f, "8030261248", "params", "params", N[L8], H)
claim(f, "14.96", "weights", "GB", W(L8, "bf16"), X, "gib_as_gb", anchor="weights_bf16_gb:", note="front matter key says GB; 14.96 is GiB (16.06 GB)")
claim(f, "8.0", "weights", "GB", W(L8, "int4"), X, "wrong_dtype", anchor="weights_int4_gb:", note="int4 = 4.0 GB; 8.0 GB is int8 (bits read as bytes)")
claim(f, "128", "kv_cache_per_token", "KiB", KVT(L8), H, anchor="kv_per_token_kib:")
claim(f, "4.58", "quantized_file", "GiB", GG(L8, "Q4_K_M"), H, anchor="gguf_q4_k_m_gib:", rel=0.02)
claim(f, "8.03B", "params", "B", N[L8], H, anchor="The model has")
claim(f, "8,030,261,248", "params", "params", N[L8], H)
claim(f, "16.06 GB", "weights", "GB", W(L8, "bf16"), H)
claim(f, "about 14.96 GiB", "weights", "GiB", W(L8, "bf16"), H, hedged=True)
claim(f, "about 8 GB", "weights", "GB", W(L8, "int8"), H, hedged=True, anchor="**int8:**")
claim(f, "32.1 GB", "weights", "GB", W(L8, "fp32"), H)
claim(f, "roughly 4 GB", "weights", "GB", W(L8, "int4"), H, hedged=True)
claim(f, "131,072 bytes", "kv_cache_per_token", "bytes", KVT(L8), H)
claim(f, "128 KiB", "kv_cache_per_token", "KiB", KVT(L8), H, anchor="Per token: 2 × 32")
claim(f, "1 GiB", "kv_cache_total", "GiB", KV(L8, 8192), H, anchor="At 8K tokens that is")
claim(f, "4 GiB", "kv_cache_total", "GiB", KV(L8, 32768), H, anchor="At 8K tokens that is")
claim(f, "64 GiB", "kv_cache_total", "GiB", KV(L8, 131072), X, "off_2x", note="used all 32 query heads instead of 8 KV heads: 16 GiB")
claim(f, "8 GiB", "kv_cache_total", "GiB", KV(L8, 131072, 1, 1), H, anchor="With an fp8 cache")
claim(f, "14.96 GiB", "weights", "GiB", W(L8, "bf16"), H, anchor="| weights |")
claim(f, "4.58 GiB", "quantized_file", "GiB", GG(L8, "Q4_K_M"), H, anchor="| weights |", rel=0.02)
claim(f, "4 GiB", "kv_cache_total", "GiB", KV(L8, 32768), H, anchor="| KV cache, 32K tokens |", occ=1)
claim(f, "4 GiB", "kv_cache_total", "GiB", KV(L8, 32768), H, anchor="| KV cache, 32K tokens |", occ=2)
claim(f, "~20.5 GiB", "arithmetic", "GiB", W(L8, "bf16") + KV(L8, 32768) + 1.5 * GIB, H, hedged=True)
claim(f, "~10.1 GiB", "arithmetic", "GiB", GG(L8, "Q4_K_M") + KV(L8, 32768) + 1.5 * GIB, H, hedged=True)
claim(f, "4 GiB", "kv_cache_total", "GiB", KV(L8, 65536) - KV(L8, 32768), H, anchor="will OOM")
claim(f, "about 24.5 GiB", "arithmetic", "GiB", W(L8, "bf16") + KV(L8, 65536) + 1.5 * GIB, H, hedged=True)
claim(f, "4.58 GiB", "quantized_file", "GiB", GG(L8, "Q4_K_M"), H, anchor="- Q4_K_M: 4.58", rel=0.02)
claim(f, "≈ 4.9 GB", "quantized_file", "GB", GG(L8, "Q4_K_M"), H, hedged=True)
claim(f, "about 8.5 GB", "quantized_file", "GB", GG(L8, "Q8_0"), H, hedged=True)
claim(f, "16.1 GB", "quantized_file", "GB", GG(L8, "Q6_K"), X, "off_2x", note="Q6_K = 6.59 GB; 16.1 GB is the F16 file")
claim(f, "roughly 32 GB", "training", "GB", 16 * N[L8], X, "off_2x", hedged=True, note="weights + grads only, no Adam states: 16 B/param = 128.5 GB")
claim(f, "about 128.5 GB", "training", "GB", 16 * N[L8], H, hedged=True)
claim(f, "~4.1 GB", "quantized_file", "GB", N[L8] * NF4 / 8, H, hedged=True)
claim(f, "16 GB", "weights", "GB", W(L8, "bf16"), H, anchor="- bf16: 16 GB")
claim(f, "1 GiB", "kv_cache_total", "GiB", KV(L8, 8192), H, anchor="of weights + 1 GiB per 8K")
non(f, "created: 2026-10-02", "date")
non(f, "updated: 2026-11-14", "date")
non(f, "rating: 4/5", "rating")
non(f, "reading_time_min: 6", "reading time")
non(f, "Tested with llama.cpp b4120", "versions, date")
non(f, "Rating 4/5, would buy", "rating, price")
# ---- en_02: AI comparison Llama 3.1 70B / Qwen2.5-72B / Mixtral 8x7B ----------------------------------
f = "en_02"
L70, MX = "llama3-70b", "mixtral-8x7b"
QW72 = 72.7e9
QC = (80, 8, 128)
claim(f, "141 GB", "weights", "GB", W(L70, "bf16"), H)
claim(f, "12.9B", "params", "B", ACTIVE_M7, H, anchor="mixtral_active:")
claim(f, "87", "weights", "GiB", W(MX, "bf16"), H, anchor="mixtral_bf16_gib:")
claim(f, "46.7 GB", "weights", "GB", W(MX, "int4"), X, "wrong_dtype", anchor="mixtral_int4:", note="int4 = 23.35 GB; 46.7 GB is int8")
claim(f, "40 GiB", "kv_cache_total", "GiB", KV(L70, 8192, 16), H, anchor="kv_16users_8k_70b:")
claim(f, "70.55B", "params", "B", N[L70], H)
claim(f, "46.7B", "params", "B", N[MX], H, anchor="| Mixtral 8x7B | 46.7B")
claim(f, "12.9B", "params", "B", ACTIVE_M7, H, anchor="| Mixtral 8x7B | 46.7B")
claim(f, "141.1", "weights", "GB", W(L70, "bf16"), H, anchor="| Llama 3.1 70B | 141.1")
claim(f, "70.6", "weights", "GB", W(L70, "fp8"), H, anchor="| Llama 3.1 70B | 141.1")
claim(f, "35.3", "weights", "GB", W(L70, "int4"), H, anchor="| Llama 3.1 70B | 141.1")
claim(f, "145.4", "weights", "GB", W(QW72, "bf16"), H, anchor="| Qwen2.5-72B | 145.4", occ=1)
claim(f, "145.4", "weights", "GB", W(QW72, "fp8"), X, "wrong_dtype", anchor="| Qwen2.5-72B | 145.4", occ=2, note="fp8 = 72.7 GB; 145.4 is bf16")
claim(f, "36.4", "weights", "GB", W(QW72, "int4"), H, anchor="| Qwen2.5-72B | 145.4")
claim(f, "93.4", "weights", "GB", W(MX, "bf16"), H, anchor="| Mixtral 8x7B | 93.4")
claim(f, "46.7", "weights", "GB", W(MX, "int8"), H, anchor="| Mixtral 8x7B | 93.4")
claim(f, "6.4", "weights", "GB", W(MX, "int4"), X, "wrong_kind", anchor="| Mixtral 8x7B | 93.4", note="int4 of the active 12.9B; all 46.7B must be resident: 23.35 GB")
claim(f, "about 93 GB", "weights", "GB", W(MX, "bf16"), H, hedged=True)
claim(f, "~26 GB", "weights", "GB", W(ACTIVE_M7, "bf16"), H, hedged=True)
claim(f, "320 KiB", "kv_cache_per_token", "KiB", KVT(QC), H, anchor="**Llama 3.1 70B and Qwen2.5-72B:**")
claim(f, "128 KiB", "kv_cache_per_token", "KiB", KVT(MX), H, anchor="- **Mixtral:**")
claim(f, "40 GiB", "kv_cache_total", "GiB", KV(L70, 8192, 16), H, anchor="For 16 concurrent users")
claim(f, "16 GiB", "kv_cache_total", "GiB", KV(MX, 8192, 16), H, anchor="For 16 concurrent users")
claim(f, "160 GiB", "kv_cache_total", "GiB", KV(L70, 32768, 16), H)
claim(f, "40 GiB", "kv_cache_total", "GiB", KV(QC, 131072), H, anchor="Qwen at its full 128K")
claim(f, "128 KiB", "kv_cache_total", "KiB", KV(MX, 32768), X, "wrong_kind", anchor="A full 32K-token Mixtral", note="per-token cache given as the total: 4 GiB")
claim(f, "141.1 GB", "weights", "GB", W(L70, "bf16"), H, anchor="Llama 3.1 70B in bf16: 141.1 GB")
claim(f, "70.6 GB", "weights", "GB", W(L70, "bf16") / 2, H, anchor="Split with tensor parallelism")
claim(f, "20 GiB", "kv_cache_total", "GiB", KV(L70, 8192, 16) / 2, H, anchor="Add 20 GiB")
claim(f, "about 91 GB", "arithmetic", "GB", W(L70, "bf16") / 2 + KV(L70, 8192, 16) / 2, H, hedged=True)
claim(f, "35.3 GB", "weights", "GB", W(L70, "fp8") / 2, H, anchor="That is more than 80 GB")
claim(f, "72.7 GB", "weights", "GB", W(QW72, "fp8") / 2, X, "per_gpu", anchor="Qwen2.5-72B in fp8 over the same", note="72.7 GB is the fp8 total; per card 36.4 GB")
claim(f, "93.4 GB", "weights", "GB", W(MX, "bf16"), H, anchor="Mixtral in bf16: 93.4 GB")
claim(f, "46.7 GB", "weights", "GB", W(MX, "bf16") / 2, H, anchor="Mixtral in bf16: 93.4 GB")
claim(f, "35.3 GB", "weights", "GB", W(L70, "fp8") / 2, H, anchor="each card reads 35.3 GB")
claim(f, "~57 tok/s", "throughput", "tok/s", 2.0e12 / (W(L70, "fp8") / 2), H, hedged=True)
claim(f, "~25.8 GB", "weights", "GB", W(ACTIVE_M7, "bf16"), H, hedged=True)
claim(f, "~155 tok/s", "throughput", "tok/s", 2.0e12 / (W(ACTIVE_M7, "bf16") / 2), H, hedged=True)
claim(f, "≈ 110 tok/s", "throughput", "tok/s", 2.0e12 / W(QW72, "int4"), X, "off_2x", hedged=True, note="2.0e12 / 36.35e9 = 55 tok/s")
claim(f, "35.3 GB", "weights", "GB", W(L70, "fp8") / 2, H, anchor="| Llama 3.1 70B | no")
claim(f, "320 KiB", "kv_cache_per_token", "KiB", KVT(L70), H, anchor="| Llama 3.1 70B | no")
claim(f, "36.4 GB", "weights", "GB", W(QW72, "fp8") / 2, H, anchor="| Qwen2.5-72B | no")
claim(f, "640 KiB", "kv_cache_per_token", "KiB", KVT(QC), X, "off_2x", note="320 KiB; the 2 of K and V counted twice")
claim(f, "23.4 GB", "weights", "GB", W(MX, "fp8") / 2, H, anchor="| Mixtral 8x7B | yes")
claim(f, "128 KiB", "kv_cache_per_token", "KiB", KVT(MX), H, anchor="| Mixtral 8x7B | yes")
claim(f, "3.6x", "ratio", "×", N[MX] / ACTIVE_M7, H)
claim(f, "3 %", "percentage", "%", 100 * (QW72 / N[L70] - 1), H)
non(f, "created: 2026-09-21", "date")
non(f, "cloud_price_per_gpu_hour: 1.89", "price")
non(f, "mmlu_llama: 86.0", "benchmark score")
non(f, "mmlu_mixtral: 70.6", "benchmark score")
non(f, "review_after: 2027-01-15", "date")
non(f, "https://arxiv.org/abs/2401.04088", "URL, arXiv id")
non(f, "Cloud price at $1.89", "price")
# ---- en_03: AI explainer of the KV cache, chains with one wrong link -------------------------------------
f = "en_03"
L27, L213, L270, L8, M7, Q7, F7 = "llama2-7b", "llama2-13b", "llama2-70b", "llama3-8b", "mistral-7b", "qwen2.5-7b", "falcon-7b"
claim(f, "512 KiB", "kv_cache_per_token", "KiB", KVT(L27), H, anchor="llama2_7b_kv_per_token:")
claim(f, "256 KiB", "kv_cache_per_token", "KiB", KVT(L8), X, "off_2x", anchor="llama3_8b_kv_per_token:", note="128 KiB")
claim(f, "512 MiB", "kv_cache_total", "MiB", KV(M7, 4096), H, anchor="mistral_kv_window_cap:")
claim(f, "7 GiB", "kv_cache_total", "GiB", KV(Q7, 131072), H, anchor="qwen25_7b_kv_128k:")
claim(f, "16 KiB", "kv_cache_per_token", "KiB", KVT((1, 32, 128)), H, anchor="1. Per layer and token", note="per layer")
claim(f, "512 KiB", "kv_cache_per_token", "KiB", KVT(L27), H, anchor="2. Across the 32 layers")
claim(f, "2 GiB", "kv_cache_total", "GiB", KV(L27, 4096), H, anchor="3. A full 4,096-token")
claim(f, "8 GiB", "kv_cache_total", "GiB", KV(L27, 4096, 8), X, "off_2x", anchor="4. A batch of 8", note="8 x 2 GiB = 16 GiB")
claim(f, "8 GiB", "kv_cache_total", "GiB", KV(L27, 4096, 1, 4), X, "off_2x", anchor="5. In fp32", note="fp32 single sequence: 4 GiB")
claim(f, "128 KiB", "kv_cache_per_token", "KiB", KVT(L8), H, anchor="That cuts the cache to")
claim(f, "1 GiB", "kv_cache_total", "GiB", KV(L8, 8192), H, anchor="At 8,192 tokens, its native")
claim(f, "4 GiB", "kv_cache_total", "GiB", KV(L27, 8192), H, anchor="At 8,192 tokens, its native")
claim(f, "16 GiB", "kv_cache_total", "GiB", KV(L8, 32768), X, "off_2x", anchor="A 32K conversation", note="all 32 heads instead of 8 KV heads; 4 GiB")
claim(f, "128 KiB", "kv_cache_per_token", "KiB", KVT(M7), H, anchor="So per token it matches")
claim(f, "512 MiB", "kv_cache_total", "MiB", KV(M7, 4096), H, anchor="Because of the rolling buffer")
claim(f, "4 GiB", "kv_cache_total", "GiB", KV(M7, 32768), H, anchor="Without the window")
claim(f, "16 GiB", "kv_cache_total", "GiB", KV(M7, 4096, 32), H, anchor="A batch of 32 sequences")
claim(f, "56 KiB", "kv_cache_per_token", "KiB", KVT(Q7), H, anchor="28 layers, 4 KV heads")
claim(f, "7 GiB", "kv_cache_total", "GiB", KV(Q7, 131072), H, anchor="At its 128K context")
claim(f, "7.5 GB", "kv_cache_total", "GB", KV(Q7, 131072), H, anchor="At its 128K context")
claim(f, "3.5 GiB", "kv_cache_total", "GiB", KV(Q7, 131072, 1, 0.5), X, "wrong_dtype", anchor="With an int4 cache", note="int4 = 0.5 B: 1.75 GiB; 3.5 GiB is fp8")
claim(f, "800 KiB", "kv_cache_per_token", "KiB", KVT(L213), H, anchor="The 13B has 40 layers")
claim(f, "3.4 GiB", "kv_cache_total", "GiB", KV(L213, 4096), X, "gb_as_gib", anchor="The 13B has 40 layers", note="3.125 GiB = 3.36 GB")
claim(f, "320 KiB", "kv_cache_per_token", "KiB", KVT(L270), H, anchor="Llama 2 70B uses GQA")
claim(f, "800 KiB", "kv_cache_per_token", "KiB", KVT(L213), H, anchor="Llama 2 70B uses GQA")
claim(f, "1.25 GiB", "kv_cache_total", "GiB", KV(L270, 4096), H)
claim(f, "3.1 GiB", "kv_cache_total", "GiB", KV(L213, 4096), H)
claim(f, "512", "kv_cache_per_token", "KiB", KVT(L27), H, anchor="| Llama 2 7B | 32 | 32 |")
claim(f, "2147", "kv_cache_total", "MB", KV(L27, 4096), H, anchor="| Llama 2 7B | 32 | 32 |")
claim(f, "800", "kv_cache_per_token", "KiB", KVT(L213), H, anchor="| Llama 2 13B | 40 | 40 |")
claim(f, "3355", "kv_cache_total", "MB", KV(L213, 4096), H, anchor="| Llama 2 13B | 40 | 40 |")
claim(f, "128", "kv_cache_per_token", "KiB", KVT(L8), H, anchor="| Llama 3 8B | 8 | 32 |")
claim(f, "1074", "kv_cache_total", "MB", KV(L8, 4096), X, "off_2x", anchor="| Llama 3 8B | 8 | 32 |", note="537 MB")
claim(f, "128", "kv_cache_per_token", "KiB", KVT(M7), H, anchor="| Mistral 7B | 8 | 32 |")
claim(f, "537", "kv_cache_total", "MB", KV(M7, 4096), H, anchor="| Mistral 7B | 8 | 32 |")
claim(f, "56", "kv_cache_per_token", "KiB", KVT(Q7), H, anchor="| Qwen2.5-7B | 4 | 28 |")
claim(f, "235", "kv_cache_total", "MB", KV(Q7, 4096), H, anchor="| Qwen2.5-7B | 4 | 28 |")
claim(f, "568", "kv_cache_per_token", "KiB", KVT(F7), X, "off_2x", anchor="| Falcon-7B | 1 | 32 |", note="all 71 heads instead of 1 KV head: 8 KiB")
claim(f, "34", "kv_cache_total", "MB", KV(F7, 4096), H, anchor="| Falcon-7B | 1 | 32 |")
claim(f, "4x", "ratio", "×", 32 / 8, H)
claim(f, "9x", "ratio", "×", KVT(L27) / KVT(Q7), H)
claim(f, "64 times", "ratio", "×", KVT(L27) / KVT(F7), H)
non(f, "created: 2026-08-11", "date")
non(f, "https://arxiv.org/abs/2305.13245", "URL, arXiv id")
non(f, "gqa_paper: \"Ainslie et al. 2023\"", "citation year")
non(f, "difficulty: 2/5", "rating")
non(f, "sr-due: 2026-12-12", "date")
non(f, "sr-ease: 250", "spaced-repetition parameter")
non(f, "\\text{KV} = 2 \\cdot L", "LaTeX formula with free variables")
non(f, "issue #2817", "issue number, date")
# ---- en_04: Gemma 2 9B / 27B (configs in front matter), "she", "her bigger sister" -----------------------
f = "en_04"
G9, G27 = 9.24e9, 27.2e9
G9C, G27C = (42, 8, 256), (46, 16, 128)


def gwin(c, seq, win=4096):
    L, k, d = c
    return 2 * k * d * 2 * (L / 2 * seq + L / 2 * min(seq, win))


claim(f, "18.5", "weights", "GB", W(G9, "bf16"), H, anchor="bf16_small_gb:")
claim(f, "27.2", "weights", "GB", W(G27, "bf16"), X, "wrong_dtype", anchor="bf16_large_gb:", note="bf16 = 54.4 GB; 27.2 GB is fp8")
claim(f, "336", "kv_cache_per_token", "KiB", KVT(G9C), H, anchor="kv_small_kib_per_token:")
claim(f, "16.6", "quantized_file", "GB", GG(G27, "Q4_K_M"), H, anchor="q4km_large_gb:", rel=0.02)
claim(f, "18.5 GB", "weights", "GB", W(G9, "bf16"), H, anchor="In bf16 the smaller one")
claim(f, "54.4 GB", "weights", "GB", W(G27, "bf16"), H)
claim(f, "2.9x", "ratio", "×", G27 / G9, H)
claim(f, "9.2 GB", "weights", "GB", W(G9, "int4"), X, "wrong_dtype", note="int4 = 4.62 GB; 9.2 GB is int8")
claim(f, "13.6 GB", "weights", "GB", W(G27, "int4"), H)
claim(f, "336 KiB", "kv_cache_per_token", "KiB", KVT(G9C), H, anchor="Per token she stores")
claim(f, "2.6 GiB", "kv_cache_total", "GiB", KV(G9C, 8192), H)
claim(f, "about 2 GiB", "kv_cache_total", "GiB", gwin(G9C, 8192), H, hedged=True)
claim(f, "336 KiB", "kv_cache_total", "KiB", gwin(G9C, 8192), X, "wrong_kind", anchor="A whole 8K conversation", note="per-token figure given as the total: ~2 GiB")
claim(f, "368 KiB", "kv_cache_per_token", "KiB", KVT(G27C), H)
claim(f, "5.75 GiB", "kv_cache_total", "GiB", KV(G27C, 8192), X, "off_2x", note="2.875 GiB")
claim(f, "7.9 GiB", "kv_cache_total", "GiB", gwin(G9C, 8192) * 4, H)
claim(f, "46 GiB", "kv_cache_total", "GiB", KV(G27C, 8192, 16), H)
claim(f, "16.6 GB", "quantized_file", "GB", GG(G27, "Q4_K_M"), H, anchor="- Q4_K_M of the 27B", rel=0.02)
claim(f, "4.9 GB", "quantized_file", "GB", GG(G9, "Q8_0"), X, "off_2x", note="Q8_0 = 9.82 GB; 4.9 GB is about the Q4 file")
claim(f, "~18.4 GiB", "arithmetic", "GiB", GG(G27, "Q4_K_M") + KV(G27C, 8192), H, hedged=True)
claim(f, "≈ 61 tok/s", "throughput", "tok/s", 1008e9 / GG(G27, "Q4_K_M"), H, hedged=True)
claim(f, "≈ 109 tok/s", "throughput", "tok/s", 1008e9 / W(G9, "bf16"), X, "off_2x", hedged=True, note="1008 / 18.5 = 54.5 tok/s")
claim(f, "55.4 GB", "training", "GB", 16 * G9, X, "off_2x", note="6 B/param leaves out the fp32 master copy and Adam states: 147.8 GB")
claim(f, "147.8 GB", "training", "GB", 16 * G9, H)
claim(f, "18.5 GB", "training", "GB", zero(G9, 8, 3), H, anchor="ZeRO-3 over eight GPUs")
claim(f, "17.2", "weights", "GiB", W(G9, "bf16"), H, anchor="| bf16 weights (GiB) |")
claim(f, "50.7", "weights", "GiB", W(G27, "bf16"), H, anchor="| bf16 weights (GiB) |")
claim(f, "1.97", "kv_cache_total", "GiB", gwin(G9C, 8192), H, anchor="| KV for 8K tokens")
claim(f, "4.3", "kv_cache_total", "GiB", gwin(G27C, 8192), X, "off_2x", anchor="| KV for 8K tokens", note="2.16 GiB with the window")
claim(f, "5.7", "quantized_file", "GB", GG(G9, "Q4_K_M"), H, anchor="| Q4_K_M file (GB) |")
claim(f, "16.6", "quantized_file", "GB", GG(G27, "Q4_K_M"), H, anchor="| Q4_K_M file (GB) |", rel=0.02)
non(f, "created: 2026-07-30", "date")
non(f, "release_date: 2024-06-27", "date")
non(f, "lmsys_elo_large: 1218", "arena Elo")
non(f, "https://arxiv.org/abs/2408.00118", "URL, arXiv id")
non(f, "Elo 1218 vs 1187", "arena Elo, date")
# ---- en_05: Reddit r/LocalLLaMA thread with nested replies -------------------------------------------------
f = "en_05"
MX, L70, L8 = "mixtral-8x7b", "llama3-70b", "llama3-8b"
claim(f, "about 28.6 GB", "quantized_file", "GB", GG(MX, "Q4_K_M"), H, hedged=True)
claim(f, "like 43 GB", "quantized_file", "GB", GG(L70, "Q4_K_M"), H, hedged=True)
claim(f, "26.6 GB", "quantized_file", "GB", GG(MX, "Q4_K_M"), X, "gib_as_gb", note="26.6 GiB = 28.6 GB")
claim(f, "43 GB", "quantized_file", "GB", GG(L70, "Q4_K_M"), H, anchor="won't leave room")
claim(f, "40.2 GiB", "quantized_file", "GiB", GG(L70, "Q4_K_M"), H, rel=0.02)
claim(f, "~40 GiB", "quantized_file", "GiB", GG(L70, "Q4_K_M") / 2, X, "per_gpu", hedged=True, note="per card half: 20.1 GiB")
claim(f, "320 KiB", "kv_cache_per_token", "KiB", KVT(L70), H, anchor="80 layers × 8 KV heads")
claim(f, "2.5 GiB", "kv_cache_total", "GiB", KV(L70, 8192), H)
claim(f, "2.5 MiB", "kv_cache_per_token", "MiB", KVT(L70), X, "off_2x", note="all 64 query heads instead of 8 KV heads: 320 KiB")
claim(f, "20 GiB", "kv_cache_total", "GiB", KV(L70, 8192), X, "off_2x", note="2.5 GiB")
claim(f, "320 KiB", "kv_cache_per_token", "KiB", KVT(L70), H, anchor="No, GQA")
claim(f, "64 KiB", "kv_cache_per_token", "KiB", KVT(MX), X, "off_2x", note="forgot the 2 of K and V: 128 KiB")
claim(f, "2 GiB", "kv_cache_total", "GiB", KV(MX, 32768), X, "off_2x", anchor="At 32K context that", note="4 GiB")
claim(f, "~7.9 GB", "quantized_file", "GB", GG(ACTIVE_M7, "Q4_K_M"), H, hedged=True)
claim(f, "~118 tok/s", "throughput", "tok/s", 936e9 / GG(ACTIVE_M7, "Q4_K_M"), H, hedged=True)
claim(f, "43 GB", "quantized_file", "GB", GG(L70, "Q4_K_M"), H, anchor="The 70B reads all")
claim(f, "~22 tok/s", "throughput", "tok/s", 936e9 / GG(L70, "Q4_K_M"), H, hedged=True)
claim(f, "~24 GB", "quantized_file", "GB", N[MX] * NF4 / 8, H, hedged=True)
claim(f, "1.13 TB", "training", "TB", 16 * N[L70], H)
claim(f, "282 GB", "training", "GB", 12 * N[L70], X, "off_2x", note="8-bit Adam = 12 B/param: 847 GB")
claim(f, "8.5 GB", "quantized_file", "GB", GG(L8, "Q2_K"), X, "off_2x", note="Q2_K = 3.17 GB; 8.5 GB is the Q8_0 file")
claim(f, "16 GB", "weights", "GB", W(L8, "fp16"), H, anchor="And in fp16 it's")
non(f, "saved 2026-11-03 · 214 points", "date, votes, URL")
non(f, "**u/gguf_goblin** · 13h · 96 points", "votes, age")
non(f, "my MMLU runs: Mixtral 70.6", "benchmark scores, seed")
non(f, "Rule 3 reminder", "rule number, price, version")
non(f, "**u/tensor_tamer** · 11h · 41 points", "votes, age")
# ---- en_06: AI answer on fine-tuning Mistral 7B and pretraining Llama 3 8B ---------------------------------
f = "en_06"
M7, L8 = "mistral-7b", "llama3-8b"
NM = N[M7]
LORA_M = lora(32, 16, [(4096, 4096), (4096, 1024), (4096, 1024), (4096, 4096)])
FT = 6 * NM * 200e6
GPUH = FT / (0.40 * 989e12) / 3600
PT = 6 * N[L8] * 15e12
PTH = PT / (0.40 * 989e12) / 3600
claim(f, "115.9", "training", "GB", 16 * NM, H, anchor="full_ft_total_gb:")
claim(f, "13.6M", "params", "M", LORA_M, H, anchor="lora_trainable:")
claim(f, "7.24B", "params", "B", NM, H, anchor="The model has 7.24B")
claim(f, "14.5 GB", "weights", "GB", W(M7, "bf16"), H, anchor="**weights (bf16):**")
claim(f, "14.5 GB", "training", "GB", W(M7, "bf16"), H, anchor="**gradients (bf16):**")
claim(f, "29 GB", "training", "GB", W(M7, "fp32"), H, anchor="**fp32 master weights:**")
claim(f, "28.97 GB", "training", "GB", 8 * NM, X, "off_2x", note="m and v in fp32 = 8 B/param = 57.9 GB; only one of them counted")
claim(f, "115.9 GB", "training", "GB", 16 * NM, H)
claim(f, "130.4 GB", "training", "GB", 18 * NM, H)
claim(f, "≈ 43 GB", "training", "GB", 6 * NM, H, hedged=True)
claim(f, "29", "training", "GB", zero(NM, 4, 0), X, "per_gpu", anchor="| DDP |", note="DDP keeps the full 115.9 GB on every GPU")
claim(f, "19.9", "training", "GB", zero(NM, 4, 2), X, "off_2x", anchor="| ZeRO-2 |", note="2N + 14N/4 = 39.8 GB")
claim(f, "29", "training", "GB", zero(NM, 4, 3), H, anchor="| ZeRO-3 |")
claim(f, "~104 GB", "activations", "GB", act(M7, 4096, 1), H, hedged=True)
claim(f, "18.3 GB", "activations", "GB", act(M7, 4096, 1, "flash"), H)
claim(f, "36.5 GB", "activations", "GB", act(M7, 4096, 4, "flash"), X, "off_2x", note="73 GB")
claim(f, "about 0.54 GB", "activations", "GB", act(M7, 4096, 1, "full"), X, "off_2x", hedged=True, note="2sbh x 32 = 1.07 GB")
claim(f, "13.6M", "params", "M", LORA_M, H, anchor="Rank 16 on q, k, v")
claim(f, "0.19 %", "percentage", "%", 100 * LORA_M / NM, H)
claim(f, "about 218 MB", "training", "MB", 16 * LORA_M, H, hedged=True)
claim(f, "~15 GB", "training", "GB", W(M7, "bf16") + 16 * LORA_M, H, hedged=True)
claim(f, "27.3M", "params", "M", 4 * LORA_M, X, "off_2x", note="r=64 is 4x r=16: 54.5M")
claim(f, "8.69 × 10^18 FLOP", "flops", "FLOP", FT, H)
claim(f, "~6.1 GPU-hours", "time", "GPU-hours", GPUH, H, hedged=True)
claim(f, "about 46 minutes", "time", "minutes", GPUH / 8, H, hedged=True)
claim(f, "1,868 tokens per parameter", "tokens_per_param", "tokens/param", 15e12 / N[L8], H)
claim(f, "93x", "ratio", "×", 15e12 / N[L8] / 20, H)
claim(f, "≈ 2.4 × 10^23 FLOP", "flops", "FLOP", PT, X, "off_2x", hedged=True, note="2·N·D (forward only); 6·N·D = 7.2e23")
claim(f, "~508,000 GPU-hours", "time", "GPU-hours", PTH, H, hedged=True)
claim(f, "32 days", "time", "days", PTH / 16000 / 24, X, "wrong_unit", note="31.7 hours = 1.3 days")
claim(f, "160B tokens", "tokens", "B tokens", 20 * N[L8], H)
claim(f, "1.4T tokens", "tokens", "T tokens", 20 * N["llama3-70b"], H)
claim(f, "~116 GB", "training", "GB", 16 * NM, H, hedged=True)
claim(f, "under 16 GB", "training", "GB", W(M7, "bf16") + 16 * LORA_M, H, bound="upper")
claim(f, "~0.5M GPU-hours", "time", "M GPU-hours", PTH * 1e6 / 1e6, H, hedged=True)
non(f, "created: 2026-10-19", "date")
non(f, "learning_rate: 2e-4", "hyper-parameter")
non(f, "warmup_ratio: 0.03", "hyper-parameter")
non(f, "price_per_gpu_hour_usd: 2.0", "price")
non(f, "https://arxiv.org/abs/2203.15556", "URL, arXiv id")
non(f, "lora_alpha: 32", "hyper-parameter")
# ---- en_07: hardware shopping list, price/VRAM table (prices are not claims) -------------------------------------
f = "en_07"
L8, M7, Q7, L13, MX, L70 = "llama3-8b", "mistral-7b", "qwen2.5-7b", "llama2-13b", "mixtral-8x7b", "llama3-70b"
Q14 = 14.7e9
r = lambda m: "| " + m + " |"
claim(f, "4.9", "quantized_file", "GB", GG(L8, "Q4_K_M"), H, anchor=r("Llama 3.1 8B"))
claim(f, "8.5", "quantized_file", "GB", GG(L8, "Q8_0"), H, anchor=r("Llama 3.1 8B"))
claim(f, "14.96", "weights", "GB", W(L8, "fp16"), X, "gib_as_gb", anchor=r("Llama 3.1 8B"), note="header says decimal GB; 14.96 is GiB (16.06 GB)")
claim(f, "4.4", "quantized_file", "GB", GG(M7, "Q4_K_M"), H, anchor=r("Mistral 7B"))
claim(f, "7.7", "quantized_file", "GB", GG(M7, "Q8_0"), H, anchor=r("Mistral 7B"))
claim(f, "14.5", "weights", "GB", W(M7, "fp16"), H, anchor=r("Mistral 7B"))
claim(f, "4.7", "quantized_file", "GB", GG(Q7, "Q4_K_M"), H, anchor=r("Qwen2.5-7B"))
claim(f, "8.1", "quantized_file", "GB", GG(Q7, "Q8_0"), H, anchor=r("Qwen2.5-7B"))
claim(f, "7.6", "weights", "GB", W(Q7, "fp16"), X, "wrong_dtype", anchor=r("Qwen2.5-7B"), note="fp16 = 15.2 GB; 7.6 GB is int8")
claim(f, "9.0", "quantized_file", "GB", GG(Q14, "Q4_K_M"), H, anchor="| Qwen2.5-14B (14.7B params) |")
claim(f, "31.2", "quantized_file", "GB", GG(Q14, "Q8_0"), X, "off_2x", anchor="| Qwen2.5-14B (14.7B params) |", note="Q8_0 = 15.6 GB")
claim(f, "29.4", "weights", "GB", W(Q14, "fp16"), H, anchor="| Qwen2.5-14B (14.7B params) |")
claim(f, "8.0", "quantized_file", "GB", GG(L13, "Q4_K_M"), H, anchor=r("Llama 2 13B"))
claim(f, "13.8", "quantized_file", "GB", GG(L13, "Q8_0"), H, anchor=r("Llama 2 13B"))
claim(f, "52.1", "weights", "GB", W(L13, "fp16"), X, "wrong_dtype", anchor=r("Llama 2 13B"), note="fp16 = 26.0 GB; 52.1 GB is fp32")
claim(f, "28.6", "quantized_file", "GB", GG(MX, "Q4_K_M"), H, anchor=r("Mixtral 8x7B"))
claim(f, "24.8", "quantized_file", "GB", GG(MX, "Q8_0"), X, "per_gpu", anchor=r("Mixtral 8x7B"), note="Q8_0 = 49.6 GB; 24.8 is half, one card's share")
claim(f, "93.4", "weights", "GB", W(MX, "fp16"), H, anchor=r("Mixtral 8x7B"))
claim(f, "21.6", "quantized_file", "GB", GG(L70, "Q4_K_M"), X, "per_gpu", anchor=r("Llama 3.1 70B"), note="one card's share of the 43.2 GB file")
claim(f, "75.0", "quantized_file", "GB", GG(L70, "Q8_0"), H, anchor=r("Llama 3.1 70B"))
claim(f, "141.1", "weights", "GB", W(L70, "fp16"), H, anchor=r("Llama 3.1 70B"))
claim(f, "28.6 GB", "quantized_file", "GB", GG(MX, "Q4_K_M"), H, anchor="- Two 3090s")
claim(f, "43.2 GB", "quantized_file", "GB", GG(L70, "Q4_K_M"), H, rel=0.02)
claim(f, "21.6 GB", "quantized_file", "GB", GG(L70, "Q4_K_M") / 2, H, rel=0.02)
claim(f, "15.6 GB", "quantized_file", "GB", GG(Q14, "Q8_0"), H)
claim(f, "≈ 191 tok/s", "throughput", "tok/s", 936e9 / GG(L8, "Q4_K_M"), H, hedged=True)
claim(f, "≈ 35 tok/s", "throughput", "tok/s", 347e9 / GG(L8, "Q4_K_M"), X, "off_2x", hedged=True, note="347 / 4.9 = 70.6 tok/s")
claim(f, "141 GB", "weights", "GB", W(L70, "fp16"), H, anchor="Mac Studio would take")
claim(f, "~8.6 tok/s", "throughput", "tok/s", 800e9 / W(MX, "fp16"), H, hedged=True)
claim(f, "~31 tok/s", "throughput", "tok/s", 800e9 / W(ACTIVE_M7, "fp16"), H, hedged=True)
non(f, "Budget: $4,000 total", "price, date")
non(f, "| RTX 3090 | 24 GB | 936 GB/s | $650 | 2 |", "card spec, price, quantity")
non(f, "| RTX 4090 | 24 GB | 1008 GB/s | $1,650 | 0 |", "card spec, price")
non(f, "| RTX A6000 | 48 GB", "card spec, price")
non(f, "| Tesla P40 | 24 GB", "card spec, price")
non(f, "| Mac Studio M2 Ultra | 192 GB", "machine spec, price")
non(f, "$1,300 for the pair", "price, quantity")
non(f, "1200 W PSU ($189)", "power, price")
non(f, "4 × 32 GB DDR5-5600 ($89 each)", "RAM kit quantity, price")
non(f, "NVMe 4 TB for model files ($240)", "disk capacity, price")
non(f, "riser cable 30 cm", "length, PCIe version")
non(f, "Total so far: $1,480", "price, tax")
# ---- ru_01: ответ ИИ «сравни Qwen2.5 7B, 14B и 32B», младшая/средняя/старшая ------------------------------
f = "ru_01"
Q7 = "qwen2.5-7b"
Q14, Q32 = 14.7e9, 32.5e9
C7, C14, C32 = (28, 4, 128), (48, 8, 128), (64, 8, 128)
claim(f, "15,2", "weights", "ГБ", W(Q7, "bf16"), H, anchor="qwen7b_bf16_гб:")
claim(f, "29,4", "weights", "ГБ", W(Q14, "bf16"), H, anchor="qwen14b_bf16_гб:")
claim(f, "32,5", "weights", "ГБ", W(Q32, "bf16"), X, "wrong_dtype", anchor="qwen32b_bf16_гб:", note="bf16 = 65 ГБ; 32,5 — это int8")
claim(f, "112 КиБ", "kv_cache_per_token", "КиБ", KVT(C7), X, "off_2x", anchor="kv_7b_на_токен:", note="56 КиБ")
claim(f, "256", "kv_cache_per_token", "КиБ", KVT(C32), H, anchor="kv_32b_на_токен_киб:")
claim(f, "7,62 млрд", "params", "млрд", N[Q7], H)
claim(f, "15,2 ГБ", "weights", "ГБ", W(Q7, "bf16"), H, anchor="- **bf16:**")
claim(f, "29,4 ГБ", "weights", "ГБ", W(Q14, "bf16"), H, anchor="- **bf16:**")
claim(f, "65 ГБ", "weights", "ГБ", W(Q32, "bf16"), H, anchor="- **bf16:**")
claim(f, "7,6", "weights", "ГБ", W(Q7, "int8"), H, anchor="- **int8:**")
claim(f, "29,4", "weights", "ГБ", W(Q14, "int8"), X, "wrong_dtype", anchor="- **int8:**", note="int8 = 14,7 ГБ; 29,4 — bf16")
claim(f, "32,5 ГБ", "weights", "ГБ", W(Q32, "int8"), H, anchor="- **int8:**")
claim(f, "3,8 ГБ", "weights", "ГБ", W(Q7, "int4"), H)
claim(f, "7,4 ГБ", "weights", "ГБ", W(Q14, "int4"), H)
claim(f, "32,5 ГБ", "weights", "ГБ", W(Q32, "int4"), X, "wrong_dtype", anchor="- **int4:**", note="int4 = 16,25 ГБ; 32,5 — int8")
claim(f, "14,2", "weights", "ГиБ", W(Q7, "bf16"), H, anchor="В ГиБ, как их покажет")
claim(f, "27,4", "weights", "ГиБ", W(Q14, "bf16"), H, anchor="В ГиБ, как их покажет")
claim(f, "65 ГиБ", "weights", "ГиБ", W(Q32, "bf16"), X, "gb_as_gib", note="65 ГБ = 60,5 ГиБ")
claim(f, "57¦344 байта", "kv_cache_per_token", "байт", KVT(C7), H)
claim(f, "56 КиБ", "kv_cache_per_token", "КиБ", KVT(C7), H, anchor="- младшая: 2 × 28")
claim(f, "192 КиБ", "kv_cache_per_token", "КиБ", KVT(C14), H)
claim(f, "512 КиБ", "kv_cache_per_token", "КиБ", KVT(C32), X, "off_2x", note="256 КиБ")
claim(f, "6 ГиБ", "kv_cache_total", "ГиБ", KV(C14, 32768), H, anchor="токенах у средней")
claim(f, "8 ГиБ", "kv_cache_total", "ГиБ", KV(C32, 32768), H, anchor="токенах у средней")
claim(f, "1,75 ГиБ", "kv_cache_total", "ГиБ", KV(C7, 32768), H)
claim(f, "7 ГиБ", "kv_cache_total", "ГиБ", KV(C7, 131072), H, anchor="На полном контексте")
claim(f, "8 ГиБ", "kv_cache_total", "ГиБ", KV(C32, 131072), X, "off_2x", anchor="На полном контексте", note="32 ГиБ")
claim(f, "12 ГиБ", "kv_cache_total", "ГиБ", KV(C14, 8192, 8), H)
claim(f, "64 ГиБ", "kv_cache_total", "ГиБ", KV(C32, 8192, 8), X, "off_2x", note="16 ГиБ")
claim(f, "7 раз", "ratio", "×", KVT(C14) / KVT(C7), X, "off_2x", note="192 / 56 = 3,4")
claim(f, "19,9 ГБ", "quantized_file", "ГБ", GG(Q32, "Q4_K_M"), H, rel=0.02)
claim(f, "2 ГиБ", "kv_cache_total", "ГиБ", KV(C32, 8192), H, anchor="Плюс кэш на 8K")
claim(f, "около 20,5 ГиБ", "arithmetic", "ГиБ", GG(Q32, "Q4_K_M") + KV(C32, 8192), H, hedged=True)
claim(f, "9 ГБ", "quantized_file", "ГБ", GG(Q14, "Q4_K_M"), H, anchor="Средняя в Q4_K_M")
claim(f, "около 14,4 ГиБ", "arithmetic", "ГиБ", GG(Q14, "Q4_K_M") + KV(C14, 32768), H, hedged=True)
claim(f, "15,2 ГБ", "weights", "ГБ", W(Q7, "bf16"), H, anchor="Младшая в bf16 (15,2")
claim(f, "21,2 ГиБ", "arithmetic", "ГиБ", W(Q7, "bf16") + KV(C7, 131072), H)
claim(f, "4,3 раза", "ratio", "×", Q32 / N[Q7], H)
claim(f, "4,6 раза", "ratio", "×", KVT(C32) / KVT(C7), H)
claim(f, "15,2 ГБ", "weights", "ГБ", W(Q7, "bf16"), H, anchor="- младшая: 15,2")
claim(f, "56 КиБ", "kv_cache_per_token", "КиБ", KVT(C7), H, anchor="- младшая: 15,2")
claim(f, "65 ГБ", "weights", "ГБ", W(Q32, "bf16"), H, anchor="- старшая: 65")
claim(f, "около 8 ГБ", "weights", "ГБ", W(Q32, "int4"), X, "off_2x", hedged=True, anchor="- старшая: 65", note="int4 = 16,25 ГБ")
claim(f, "15,6 ГБ", "quantized_file", "ГБ", GG(Q14, "Q8_0"), H)
non(f, "создано: 2026-10-05", "дата")
non(f, "выпуск: 2024-09-19", "дата")
non(f, "оценка: 5/5", "оценка")
non(f, "Оценка 5/5, проверено", "оценка, дата, версия")
non(f, "https://qwenlm.github.io/blog/qwen2.5/", "URL с версией")
# ---- ru_02: DeepSeek-V3 (MoE + MLA), конфиг в свойствах, «модель» -----------------------------------------------
f = "ru_02"
DS, DSA = 671e9, 37e9
DKV = 61 * 576 * 2
DFL = 6 * DSA * 14.8e12
claim(f, "671", "weights", "ГиБ", W(DS, "fp8"), X, "gb_as_gib", anchor="веса_fp8_гиб:", note="671 ГБ = 625 ГиБ")
claim(f, "1,34 ТБ", "weights", "ТБ", W(DS, "bf16"), H)
claim(f, "68,6", "kv_cache_per_token", "КиБ", DKV, H, anchor="kv_на_токен_bf16_киб:")
claim(f, "671 ГБ", "weights", "ГБ", W(DS, "fp8"), H, anchor="- **FP8 (как в релизе):**")
claim(f, "1342 ГБ", "weights", "ГБ", W(DS, "bf16"), H, anchor="- **BF16:**")
claim(f, "167,8 ГБ", "weights", "ГБ", W(DS, "int4"), X, "off_2x", note="int4 = 335,5 ГБ")
claim(f, "около 410 ГБ", "quantized_file", "ГБ", GG(DS, "Q4_K_M"), H, hedged=True)
claim(f, "625 ГиБ", "weights", "ГиБ", W(DS, "fp8"), H)
claim(f, "37 ГБ", "weights", "ГБ", W(DSA, "fp8"), H, anchor="- **Активные веса:**")
claim(f, "1128 ГБ", "arithmetic", "ГБ", 8 * 141e9, H)
claim(f, "83,9 ГБ", "weights", "ГБ", W(DS, "fp8") / 8, H, anchor="FP8-веса делятся")
claim(f, "примерно 57 ГБ", "arithmetic", "ГБ", 141e9 - W(DS, "fp8") / 8, H, hedged=True)
claim(f, "1342 ГБ", "weights", "ГБ", W(DS, "bf16") / 8, X, "per_gpu", anchor="В BF16 на карту", note="на карту 167,75 ГБ; 1342 — всего")
claim(f, "38,4 ТБ/с", "bandwidth", "ТБ/с", 8 * 4.8e12, H)
claim(f, "около 1040 токенов/с", "throughput", "токенов/с", 38.4e12 / W(DSA, "fp8"), H, hedged=True)
claim(f, "70¦272 байта", "kv_cache_per_token", "байт", DKV, H)
claim(f, "≈ 68,6 КиБ", "kv_cache_per_token", "КиБ", DKV, H, hedged=True)
claim(f, "около 8,6 ГиБ", "kv_cache_total", "ГиБ", DKV * 131072, H, hedged=True)
claim(f, "549 ГиБ", "kv_cache_total", "ГиБ", DKV * 131072 * 32, X, "off_2x", note="274,5 ГиБ")
claim(f, "3,8 МиБ", "kv_cache_per_token", "МиБ", 2 * 61 * 128 * 128 * 2, H)
claim(f, "68,6 КиБ", "kv_cache_total", "КиБ", DKV * 131072, X, "wrong_kind", anchor="Так что полный 128K-диалог", note="на токен; на 128K — 8,6 ГиБ")
claim(f, "17,2 ГиБ", "kv_cache_total", "ГиБ", DKV / 2 * 131072, X, "off_2x", note="FP8: 4,3 ГиБ")
claim(f, "3,3 × 10^24", "flops", "FLOP", DFL, H)
claim(f, "около 44 токенов", "tokens_per_param", "токенов/параметр", 14.8e12 / DS, X, "off_2x", hedged=True, note="22 токена на параметр")
claim(f, "≈ 2,3 млн GPU-часов", "time", "M GPU-hours", DFL / (0.4 * 989e12) / 3600, H, hedged=True)
claim(f, "10,7 ТБ", "training", "ТБ", 16 * DS, H, anchor="Полное дообучение со смешанной")
claim(f, "10,7 ТБ", "training", "ТБ", zero(DS, 64, 3), X, "per_gpu", anchor="На 64 картах с ZeRO-3", note="на карту 168 ГБ")
claim(f, "671 ГБ", "weights", "ГБ", W(DS, "fp8"), H, anchor="- FP8: 671 ГБ")
claim(f, "83,9 ГБ", "weights", "ГБ", W(DS, "fp8") / 8, H, anchor="- FP8: 671 ГБ")
claim(f, "68,6 КиБ", "kv_cache_per_token", "КиБ", DKV, H, anchor="- KV: 68,6")
claim(f, "8,6 ГБ", "kv_cache_total", "ГБ", DKV * 131072, X, "gib_as_gb", anchor="- KV: 68,6", note="8,6 ГиБ = 9,2 ГБ")
claim(f, "~265 ГБ", "quantized_file", "ГБ", GG(DS, "Q2_K"), H, hedged=True)
claim(f, "около 2,7 ТБ", "training", "ТБ", 16 * DS, X, "off_2x", hedged=True, note="без состояний Adam; 16 байт/параметр = 10,7 ТБ")
non(f, "создано: 2026-09-02", "дата")
non(f, "выпуск: 2024-12-26", "дата")
non(f, "https://arxiv.org/abs/2412.19437", "URL, arXiv")
non(f, "оценка: 4/5", "оценка")
non(f, "экспертов_маршрутизируемых: 256", "гиперпараметр архитектуры")
# ---- ru_03: ответ ИИ о стоимости дообучения Llama 2 7B / 13B («семёрка», «тринашка») ---------------------------------
f = "ru_03"
L27, L213 = "llama2-7b", "llama2-13b"
N7, N13 = N[L27], N[L213]
LO7 = lora(32, 8, [(4096, 4096), (4096, 4096)])
LO13 = lora(40, 8, [(5120, 5120), (5120, 5120)])
F7 = 6 * N7 * 50e6
F13 = 6 * N13 * 50e6
G7 = F7 / (0.4 * 312e12) / 3600
G13 = F13 / (0.4 * 312e12) / 3600
claim(f, "107,8", "training", "ГБ", 16 * N7, H, anchor="полное_дообучение_7b_гб:")
claim(f, "26", "quantized_file", "ГБ", N13 * NF4 / 8, X, "wrong_dtype", anchor="qlora_база_13b_гб:", note="NF4 = 6,7 ГБ; 26 ГБ — это bf16")
claim(f, "4,2 млн", "params", "млн", LO7, H, anchor="lora_параметров_7b:")
claim(f, "6,74 млрд", "params", "млрд", N7, H, anchor="Семёрке для полного")
claim(f, "107,8 ГБ", "training", "ГБ", 16 * N7, H)
claim(f, "208,3 ГБ", "training", "ГБ", 16 * N13, H, anchor="Тринашке — 208,3")
claim(f, "40,4 ГБ", "training", "ГБ", 12 * N7, X, "off_2x", note="8-битный Adam: 12 байт/параметр = 80,9 ГБ")
claim(f, "13,5 ГБ", "training", "ГБ", zero(N7, 8, 3), H)
claim(f, "208,3 ГБ", "training", "ГБ", zero(N13, 8, 3), X, "per_gpu", anchor="С ZeRO-3 на 8 картах", note="на карту 26 ГБ; 208,3 — всего")
claim(f, "50,5 ГБ", "training", "ГБ", zero(N7, 8, 2), X, "off_2x", note="2N + 14N/8 = 25,3 ГБ")
claim(f, "3,5 ГБ", "quantized_file", "ГБ", N7 * NF4 / 8, H, anchor="База в NF4")
claim(f, "6,7 ГБ", "quantized_file", "ГБ", N13 * NF4 / 8, H, anchor="База в NF4")
claim(f, "3,8 ГБ", "quantized_file", "ГБ", N7 * 4.5 / 8, H)
claim(f, "14,6 ГБ", "quantized_file", "ГБ", N13 * 4.5 / 8, X, "off_2x", note="4,5 бита: 7,3 ГБ")
claim(f, "4,2 млн", "params", "млн", LO7, H, anchor="При r = 8 на q_proj")
claim(f, "0,6 %", "percentage", "%", 100 * LO7 / N7, X, "off_2x", note="0,062 %")
claim(f, "13,1 млн", "params", "млн", LO13, X, "off_2x", note="6,55 млн")
claim(f, "около 67 МБ", "training", "МБ", 16 * LO7, H, hedged=True)
claim(f, "18,3 ГБ", "activations", "ГБ", act(L27, 4096, 1, "flash"), H)
claim(f, "1,07 ГБ", "activations", "ГБ", act(L27, 4096, 1, "full"), H)
claim(f, "около 52 ГБ", "activations", "ГБ", act(L27, 4096, 1), X, "off_2x", hedged=True, note="104 ГБ")
claim(f, "≈ 2 × 10^18 FLOP", "flops", "FLOP", F7, H, hedged=True)
claim(f, "4,5 GPU-часа", "time", "GPU-hours", G7, H)
claim(f, "3,9 × 10^18 FLOP", "flops", "FLOP", F13, H)
claim(f, "17,4 GPU-часа", "time", "GPU-hours", G13, X, "off_2x", note="8,7 GPU-часа")
claim(f, "около 3,3 часа", "time", "hours", 3 * G13 / 8, H, hedged=True)
claim(f, "~108 ГБ", "training", "ГБ", 16 * N7, H, hedged=True)
claim(f, "6,7 ГиБ", "quantized_file", "ГиБ", N13 * NF4 / 8, X, "gb_as_gib", anchor="- QLoRA 13B:", note="6,7 ГБ = 6,25 ГиБ")
claim(f, "4,2 млн", "params", "млн", LO7, H, anchor="- LoRA 7B:")
claim(f, "67 МБ", "training", "МБ", 16 * LO7, H, anchor="- LoRA 7B:")
non(f, "создано: 2026-06-14", "дата")
non(f, "lr: 2e-4", "гиперпараметр")
non(f, "lora_alpha: 16", "гиперпараметр")
non(f, "стоимость_часа: 1,6 $", "цена")
non(f, "По 1,6 $ за GPU-час", "цена")
non(f, "https://arxiv.org/abs/2305.14314", "URL, arXiv")
# ---- ru_04: ответ ИИ «Phi-3-mini и Llama 3 8B на ноутбуке» (конфиг Phi-3 в свойствах) ----------------------------
f = "ru_04"
P3 = 3.82e9
P3C = (32, 32, 96)
L8 = "llama3-8b"
claim(f, "7,6", "weights", "ГБ", W(P3, "fp16"), H, anchor="phi3_fp16_гб:")
claim(f, "4,7", "quantized_file", "ГБ", GG(P3, "Q4_K_M"), X, "off_2x", anchor="phi3_q4_k_m_гб:", note="Q4_K_M = 2,34 ГБ")
claim(f, "96 КиБ", "kv_cache_per_token", "КиБ", KVT(P3C), X, "off_2x", anchor="phi3_kv_на_токен:", note="384 КиБ (нет GQA)")
claim(f, "4,9 ГБ", "quantized_file", "ГБ", GG(L8, "Q4_K_M"), H, anchor="llama3_8b_q4_k_m:")
claim(f, "128", "kv_cache_per_token", "КиБ", KVT(L8), H, anchor="llama3_8b_kv_на_токен_киб:")
claim(f, "7,64 ГБ", "weights", "ГБ", W(P3, "fp16"), H)
claim(f, "7,12", "weights", "ГиБ", W(P3, "fp16"), H, anchor="в гибибайтах — 7,12")
claim(f, "0,96 ГБ", "weights", "ГБ", W(P3, "int4"), X, "off_2x", note="int4 = 1,91 ГБ")
claim(f, "2,3 ГБ", "quantized_file", "ГБ", GG(P3, "Q4_K_M"), H, anchor="GGUF Q4_K_M — 2,3")
claim(f, "8,1 ГБ", "quantized_file", "ГБ", GG(P3, "Q8_0"), X, "off_2x", note="Q8_0 = 4,06 ГБ")
claim(f, "393¦216 байт", "kv_cache_per_token", "байт", KVT(P3C), H)
claim(f, "384 КиБ", "kv_cache_per_token", "КиБ", KVT(P3C), H, anchor="На токен: 2 × 32 × 32 × 96")
claim(f, "1,5 ГиБ", "kv_cache_total", "ГиБ", KV(P3C, 4096), H)
claim(f, "12 ГиБ", "kv_cache_total", "ГиБ", KV(P3C, 131072), X, "off_2x", note="48 ГиБ")
claim(f, "128 КиБ", "kv_cache_per_token", "КиБ", KVT(L8), H, anchor="Для сравнения, у Llama 3 8B")
claim(f, "4,9 ГБ", "quantized_file", "ГБ", GG(L8, "Q4_K_M"), H, anchor="Llama 3 8B в Q4_K_M весит")
claim(f, "1 ГиБ", "kv_cache_total", "ГиБ", KV(L8, 8192), H, anchor="Llama 3 8B в Q4_K_M весит")
claim(f, "около 5,6 ГиБ", "arithmetic", "ГиБ", GG(L8, "Q4_K_M") + KV(L8, 8192), H, hedged=True)
claim(f, "2,1 раза", "ratio", "×", N[L8] / P3, H)
claim(f, "около 5,3 ГиБ", "arithmetic", "ГиБ", GG(P3, "Q8_0") + KV(P3C, 4096), H, hedged=True)
claim(f, "7,6 ГБ", "weights", "ГБ", W(P3, "fp16"), H, anchor="А Phi-3 с контекстом 128K")
claim(f, "48 ГиБ", "kv_cache_total", "ГиБ", KV(P3C, 131072), H)
claim(f, "≈ 110 токенов/с", "throughput", "токенов/с", 256e9 / GG(P3, "Q4_K_M"), H, hedged=True)
claim(f, "≈ 26 токенов/с", "throughput", "токенов/с", 256e9 / GG(L8, "Q4_K_M"), X, "off_2x", hedged=True, note="52 токена/с")
claim(f, "около 33 токенов/с", "throughput", "токенов/с", 80e9 / GG(L8, "Q4_K_M"), X, "off_2x", hedged=True, note="16 токенов/с")
claim(f, "около 2 ГБ", "quantized_file", "ГБ", P3 * NF4 / 8, H, hedged=True)
claim(f, "61 ГБ", "training", "ГБ", 16 * P3, H, anchor="Полное дообучение Phi-3")
claim(f, "61 ГБ", "training", "ГБ", zero(P3, 2, 3), X, "per_gpu", anchor="С ZeRO-3 на двух картах", note="на карту 30,6 ГБ")
claim(f, "2,3 ГБ", "quantized_file", "ГБ", GG(P3, "Q4_K_M"), H, anchor="- Phi-3 Q4_K_M — 2,3")
claim(f, "384 КиБ", "kv_cache_per_token", "КиБ", KVT(P3C), H, anchor="- Phi-3 Q4_K_M — 2,3")
claim(f, "16 ГиБ", "weights", "ГиБ", W(L8, "fp16"), X, "gb_as_gib", note="16 ГБ = 14,96 ГиБ")
non(f, "создано: 2026-08-23", "дата")
non(f, "ollama_версия: 0.4.7", "версия")
non(f, "llama_cpp_сборка: b4150", "номер сборки")
non(f, "mmlu_phi3: 68,8", "оценка бенчмарка")
non(f, "MMLU: 68,8 у Phi-3", "оценки бенчмарка, дата")
non(f, "https://arxiv.org/abs/2404.14219", "URL, arXiv")
# ---- ru_05: ответ ИИ «объясни KV-кэш на примере Llama 2 70B», сервер 4×A100 -------------------------------------------
f = "ru_05"
L270, L213, L27, L370 = "llama2-70b", "llama2-13b", "llama2-7b", "llama3-70b"
N70 = N[L270]
PERCARD = W(L270, "bf16") / 4 + KV(L270, 4096, 32) / 4
claim(f, "128,5", "weights", "ГиБ", W(L270, "bf16"), H, anchor="веса_bf16_гиб:")
claim(f, "138 ГБ", "weights", "ГБ", W(L270, "int8"), X, "wrong_dtype", anchor="веса_int8:", note="int8 = 69 ГБ; 138 — bf16")
claim(f, "320 КиБ", "kv_cache_per_token", "КиБ", KVT(L270), H, anchor="kv_на_токен:")
claim(f, "10", "kv_cache_total", "ГиБ", KV(L270, 4096), X, "off_2x", anchor="kv_на_4k_гиб:", note="все 64 головы вместо 8 KV: 1,25 ГиБ")
claim(f, "около 138 ГБ", "weights", "ГБ", W(L270, "bf16"), H, hedged=True)
claim(f, "68,98 млрд", "params", "млрд", N70, H, anchor="Вес модели в bf16")
claim(f, "327\u2009680 байт", "kv_cache_per_token", "байт", KVT(L270), H)
claim(f, "320 КиБ", "kv_cache_per_token", "КиБ", KVT(L270), H, anchor="На каждый токен она хранит")
claim(f, "8 раз", "ratio", "×", 64 / 8, H)
claim(f, "2,5 МиБ", "kv_cache_per_token", "МиБ", KVT((80, 64, 128)), H)
claim(f, "1,25 ГиБ", "kv_cache_total", "ГиБ", KV(L270, 4096), H, anchor="Контекст в 4096 токенов")
claim(f, "40 ГиБ", "kv_cache_total", "ГиБ", KV(L270, 4096, 32), H, anchor="Батч из 32 таких")
claim(f, "160 ГиБ", "kv_cache_total", "ГиБ", KV(L270, 4096, 64), X, "off_2x", note="80 ГиБ")
claim(f, "34,5 ГБ", "weights", "ГБ", W(L270, "bf16") / 4, H, anchor="Веса делим на четыре")
claim(f, "40 ГиБ", "kv_cache_total", "ГиБ", KV(L270, 4096, 32) / 4, X, "per_gpu", anchor="Кэш батча из 32 тоже", note="на карту 10 ГиБ")
claim(f, "около 42 ГиБ", "arithmetic", "ГиБ", PERCARD, H, hedged=True)
claim(f, "69 ГБ", "weights", "ГБ", W(L270, "int8") / 4, X, "per_gpu", anchor="В int8 на карту", note="на карту 17,2 ГБ")
claim(f, "не более 35 ГБ", "weights", "ГБ", W(L270, "int4"), H, bound="upper")
claim(f, "порядка 42 ГБ", "quantized_file", "ГБ", GG(L270, "Q4_K_M"), H, hedged=True)
claim(f, "13,6 ГБ", "quantized_file", "ГБ", GG(L270, "Q2_K"), X, "off_2x", note="Q2_K = 27,2 ГБ")
claim(f, "23 %", "percentage", "%", 100 * (N[L370] / N70 - 1), X, "off_2x", note="2,3 %")
claim(f, "800 КиБ", "kv_cache_per_token", "КиБ", KVT(L213), H)
claim(f, "2,5 раза", "ratio", "×", KVT(L213) / KVT(L270), H)
claim(f, "5 раз", "ratio", "×", N70 / N[L213], H)
claim(f, "13,5 ГБ", "weights", "ГБ", W(L27, "bf16"), H)
claim(f, "48 %", "percentage", "%", 100 * (1 - N[L27] / N[L213]), H)
claim(f, "34,5 ГБ", "weights", "ГБ", W(L270, "bf16") / 4, H, anchor="При TP=4 каждая карта")
claim(f, "около 58 токенов/с", "throughput", "токенов/с", 2.0e12 / (W(L270, "bf16") / 4), H, hedged=True)
claim(f, "194 токена/с", "throughput", "токенов/с", 3.35e12 / W(L270, "int4"), X, "off_2x", note="97 токенов/с")
claim(f, "1,1 ТБ", "training", "ТБ", 16 * N70, H)
claim(f, "69 ГБ", "training", "ГБ", zero(N70, 16, 3), H, anchor="С ZeRO-3 на 16 картах")
claim(f, "91 ГБ", "activations", "ГБ", act(L270, 4096, 1, "flash"), H)
claim(f, "2,2 ТБ", "activations", "ТБ", act(L270, 4096, 1), X, "off_2x", note="521 ГБ")
claim(f, "320 КиБ", "kv_cache_per_token", "КиБ", KVT(L270), H, anchor="- кэш: 320")
claim(f, "1,25 ГиБ", "kv_cache_total", "ГиБ", KV(L270, 4096), H, anchor="- кэш: 320")
claim(f, "128,5 ГБ", "weights", "ГБ", W(L270, "bf16"), X, "gib_as_gb", note="128,5 ГиБ = 138 ГБ")
claim(f, "от 40 до 45 ГиБ", "arithmetic", "ГиБ", PERCARD, H, rng=True)
non(f, "создано: 2026-07-08", "дата")
non(f, "температура: 0,7", "гиперпараметр генерации")
non(f, "top_p: 0,9", "гиперпараметр генерации")
non(f, "https://arxiv.org/abs/2307.09288", "URL, arXiv")
# ---- ru_06: студенческий реферат с нумерованными разделами и сносками -------------------------------------------------
f = "ru_06"
G3, L27 = "gpt3", "llama2-7b"
NG = N[G3]
FL = 6 * 175e9 * 300e9
claim(f, "175 млрд", "params", "млрд", NG, H, anchor="2.1. GPT-3 содержит")
claim(f, "350 ГБ", "weights", "ГБ", W(G3, "fp16"), H, anchor="2.1. GPT-3 содержит")
claim(f, "1,4 ТБ", "weights", "ТБ", W(G3, "fp32"), X, "wrong_dtype", note="fp32 = 698 ГБ; 1,4 ТБ — это 8 байт на параметр")
claim(f, "6,74 млрд", "params", "млрд", N[L27], H)
claim(f, "13,5 ГБ", "weights", "ГБ", W(L27, "fp16"), H)
claim(f, "6,7 ГБ", "weights", "ГБ", W(L27, "int4"), X, "wrong_dtype", note="int4 = 3,4 ГБ; 6,7 — int8")
claim(f, "110 млн", "params", "млн", N["bert-base"], H)
claim(f, "438 МБ", "weights", "МБ", W("bert-base", "fp32"), H)
claim(f, "417,6 МиБ", "weights", "МиБ", W("bert-base", "fp32"), H)
claim(f, "335 млн", "params", "млн", N["bert-large"], H)
claim(f, "0,67 ГБ", "weights", "ГБ", W("bert-large", "fp32"), X, "wrong_dtype", note="fp32 = 1,34 ГБ; 0,67 — fp16")
claim(f, "124 млн", "params", "млн", N["gpt2"], H)
claim(f, "249 МБ", "weights", "МБ", W("gpt2", "fp32"), X, "wrong_dtype", note="fp32 = 498 МБ; 249 — fp16")
claim(f, "4,5 МиБ", "kv_cache_per_token", "МиБ", KVT(G3), H)
claim(f, "9 ГиБ", "kv_cache_total", "ГиБ", KV(G3, 2048), H, anchor="3.2. При контексте 2048")
claim(f, "36 ГиБ", "kv_cache_total", "ГиБ", KV(G3, 2048, 8), X, "off_2x", note="72 ГиБ")
claim(f, "8 КиБ", "kv_cache_per_token", "КиБ", KVT("falcon-7b"), H)
claim(f, "16 ГиБ", "kv_cache_total", "ГиБ", KV("falcon-7b", 2048), X, "wrong_unit", note="16 МиБ")
claim(f, "2,8 ТБ", "training", "ТБ", 16 * NG, H)
claim(f, "700 ГБ", "training", "ГБ", 4 * NG, H, anchor="4.2. Веса и градиенты")
claim(f, "≈ 3,15 × 10^23 FLOP", "flops", "FLOP", FL, H, hedged=True)
claim(f, "1,7 токена на параметр", "tokens_per_param", "токенов/параметр", 300e9 / NG, H)
claim(f, "35 трлн токенов", "tokens", "трлн токенов", 20 * NG, X, "off_2x", note="20 × 175 млрд = 3,5 трлн")
claim(f, "около 0,78 млн GPU-часов", "time", "M GPU-hours", FL / (0.3 * 125e12) / 3600, X, "off_2x", hedged=True, note="без учёта MFU; 2,3 млн GPU-часов")
claim(f, "175 ГБ", "weights", "ГБ", W(G3, "int8"), H, anchor="5.1. В int8")
claim(f, "43,7 ГБ", "weights", "ГБ", W(G3, "int4"), X, "off_2x", note="int4 = 87,3 ГБ")
claim(f, "около 107 ГБ", "quantized_file", "ГБ", GG(G3, "Q4_K_M"), H, hedged=True)
claim(f, "не менее 350 ГБ", "weights", "ГБ", W(G3, "fp16"), H, bound="lower")
claim(f, "9 ГБ", "kv_cache_total", "ГБ", KV(G3, 2048), X, "gib_as_gb", anchor="Модель на 175 млрд", note="9 ГиБ = 9,66 ГБ")
non(f, "научный руководитель", "группа, год")
non(f, "за 2018–2023 годы", "годы, сноска")
non(f, "[^1]: Brown et al., 2020", "ссылка, год, таблица")
non(f, "[^2]: NVIDIA A100", "ссылка, год, страница")
non(f, "[^3]: Devlin et al., 2019", "ссылка, arXiv")
non(f, "[^4]: Расчёт автора", "номер лекции")
non(f, "[^5]: Rajbhandari", "ссылка, arXiv")
non(f, "[^6]: llama.cpp", "сборка, дата")
non(f, "Объём работы: 14 страниц", "страницы, источники, оценка")
# ---- ru_07: FAQ «Вопрос-ответ» без разметки карточек ------------------------------------------------------------------
f = "ru_07"
MX, L8, Q7, M7, L70 = "mixtral-8x7b", "llama3-8b", "qwen2.5-7b", "mistral-7b", "llama3-70b"
Q32 = 32.5e9
claim(f, "46,7 млрд", "params", "млрд", N[MX], H)
claim(f, "12,9 млрд", "params", "млрд", ACTIVE_M7, H)
claim(f, "93,4 ГБ", "weights", "ГБ", W(MX, "bf16"), H)
claim(f, "6,4 ГБ", "weights", "ГБ", W(MX, "int4"), X, "wrong_kind", note="4 бита от активных 12,9 млрд; в памяти все 46,7 млрд: 23,4 ГБ")
claim(f, "25,8 ГБ", "weights", "ГБ", W(ACTIVE_M7, "bf16"), H, anchor="Активных весов в bf16")
claim(f, "14 %", "percentage", "%", 100 * ACTIVE_M7 / N[MX], X, "off_2x", note="27,6 %")
claim(f, "16,1 ГБ", "weights", "ГБ", W(L8, "bf16"), H, anchor="В bf16 нет: 16,1")
claim(f, "4,9 ГБ", "quantized_file", "ГБ", GG(L8, "Q4_K_M"), H)
claim(f, "128 КиБ", "kv_cache_per_token", "КиБ", KVT(L8), H, anchor="В Q4_K_M — 4,9")
claim(f, "4 ГиБ", "kv_cache_total", "ГиБ", KV(L8, 8192), X, "off_2x", anchor="На 8K контекста кэш", note="все 32 головы вместо 8 KV: 1 ГиБ")
claim(f, "56 КиБ", "kv_cache_per_token", "КиБ", KVT(Q7), H)
claim(f, "1,75 ГиБ", "kv_cache_total", "ГиБ", KV(Q7, 32768), H)
claim(f, "3,5 ГиБ", "kv_cache_total", "ГиБ", KV(Q7, 131072), X, "off_2x", note="7 ГиБ")
claim(f, "128 КиБ", "kv_cache_per_token", "КиБ", KVT(M7), H, anchor="Те же 128 КиБ")
claim(f, "не более 512 МиБ", "kv_cache_total", "МиБ", KV(M7, 4096), H, bound="upper")
claim(f, "16 ГиБ", "kv_cache_total", "ГиБ", KV(M7, 4096, 16), X, "off_2x", note="16 × 512 МиБ = 8 ГиБ")
claim(f, "8,5 ГБ", "quantized_file", "ГБ", GG(L8, "Q8_0"), H)
claim(f, "9,9 ГБ", "quantized_file", "ГБ", GG(Q32, "Q4_K_M"), X, "off_2x", note="19,9 ГБ")
claim(f, "27,9 ГБ", "quantized_file", "ГБ", GG(L70, "Q2_K"), H)
claim(f, "около 116 ГБ", "training", "ГБ", 16 * N[M7], H, hedged=True)
claim(f, "116 ГБ", "training", "ГБ", zero(N[M7], 4, 3), X, "per_gpu", anchor="ZeRO-3 на 4 картах", note="на карту 29 ГБ")
claim(f, "29 ГБ", "training", "ГБ", 16 * N[M7], X, "off_2x", anchor="Полное дообучение в fp32", note="4 байта только на веса; fp32 Adam = 16 байт/параметр = 116 ГБ")
claim(f, "примерно 15 ГБ", "training", "ГБ", W(M7, "bf16"), H, hedged=True)
claim(f, "14,5 ГБ", "weights", "ГБ", W(M7, "bf16"), H)
claim(f, "не более 205 токенов/с", "throughput", "токенов/с", 1008e9 / GG(L8, "Q4_K_M"), H, bound="upper")
claim(f, "около 16 токенов/с", "throughput", "токенов/с", 936e9 / GG(MX, "Q4_K_M"), X, "off_2x", hedged=True, note="33 токена/с")
claim(f, "~118", "throughput", "токенов/с", 936e9 / GG(ACTIVE_M7, "Q4_K_M"), H, hedged=True)
claim(f, "24 ГиБ", "arithmetic", "ГиБ", 24564 * MIB, H)
claim(f, "25,8 ГБ", "arithmetic", "ГБ", 24564 * MIB, H, anchor="nvidia-smi пишет МиБ")
claim(f, "16,1 ГБ", "weights", "ГБ", W(L8, "bf16"), H, anchor="значит nvidia-smi покажет")
claim(f, "16,1 ГиБ", "weights", "ГиБ", W(L8, "bf16"), X, "gb_as_gib", note="16,1 ГБ = 14,96 ГиБ")
non(f, "Обновлено 2026-11-27", "дата, версия, число участников")
non(f, "Модераторы отвечают с 10:00", "время, номер правила")
non(f, "В ветке №17", "номер ветки, год")
# ---- second pass: figures turned wrong after the first draft (the notes carry the new figure) ---------------------------
# (note, old figure, anchor the claim used, new figure, error, what the right value is, a line anchor without the figure)
FLIPS = [
    ("en_01", "about 8 GB", "**int8:**", "about 16 GB", "wrong_dtype", "int8 = 8.0 GB; 16 GB is bf16", "**int8:**"),
    ("en_01", "32.1 GB", "32.1 GB", "64.2 GB", "off_2x", "fp32 = 32.1 GB; 8 bytes per parameter used", "**fp32:**"),
    ("en_01", "1 GiB", "At 8K tokens that is", "0.5 GiB", "off_2x", "forgot the 2 of K and V: 1 GiB", "At 8K tokens that is"),
    ("en_01", "~4.1 GB", "~4.1 GB", "~8.2 GB", "off_2x", "NF4 is about 4.13 bits, not 8: 4.1 GB", "QLoRA is the way"),
    ("en_01", "16 GB", "- bf16: 16 GB", "32 GB", "wrong_dtype", "bf16 = 16.06 GB; 32 GB is fp32", "of weights + 1 GiB per 8K"),
    ("en_02", "141 GB", "141 GB", "282 GB", "wrong_dtype", "bf16 = 141.1 GB; 282 GB is fp32", "llama_weights_bf16:"),
    ("en_02", "87", "mixtral_bf16_gib:", "93.4", "gb_as_gib", "93.4 GB = 87.0 GiB", "mixtral_bf16_gib:"),
    ("en_02", "~26 GB", "~26 GB", "~52 GB", "off_2x", "12.9B active x 2 bytes = 25.8 GB", "each token only touches"),
    ("en_02", "16 GiB", "For 16 concurrent users", "32 GiB", "off_2x", "16 x 8K x 128 KiB = 16 GiB", "For 16 concurrent users"),
    ("en_02", "40 GiB", "Qwen at its full 128K", "10 GiB", "off_2x", "131072 x 320 KiB = 40 GiB", "Qwen at its full 128K"),
    ("en_02", "~57 tok/s", "~57 tok/s", "~28 tok/s", "off_2x", "2.0 TB/s / 35.3 GB = 57 tok/s", "Llama 70B fp8, TP=2"),
    ("en_02", "36.4 GB", "| Qwen2.5-72B | no", "72.7 GB", "per_gpu", "72.7 GB is the fp8 total; per card 36.4 GB", "| Qwen2.5-72B | no"),
    ("en_02", "~155 tok/s", "~155 tok/s", "~78 tok/s", "off_2x", "12.9 GB per card at 2.0 TB/s = 155 tok/s", "Mixtral bf16 reads only"),
    ("en_02", "20 GiB", "Add 20 GiB", "40 GiB", "per_gpu", "the whole 40 GiB cache; per card 20 GiB", "of cache per card for the 16 users"),
    ("en_03", "16 KiB", "1. Per layer and token", "8 KiB", "off_2x", "2 x 32 x 128 x 2 bytes = 16 KiB", "1. Per layer and token"),
    ("en_03", "4 GiB", "At 8,192 tokens, its native", "8 GiB", "off_2x", "8192 x 512 KiB = 4 GiB", "At 8,192 tokens, its native"),
    ("en_03", "4 GiB", "Without the window", "16 GiB", "off_2x", "32K x 128 KiB = 4 GiB", "Without the window"),
    ("en_03", "1.25 GiB", "1.25 GiB", "2.5 GiB", "off_2x", "4096 x 320 KiB = 1.25 GiB", "A 4K context on the 70B"),
    ("en_03", "3.1 GiB", "3.1 GiB", "6.2 GiB", "off_2x", "4096 x 800 KiB = 3.125 GiB", "A 4K context on the 70B"),
    ("en_03", "235", "| Qwen2.5-7B | 4 | 28 |", "470", "off_2x", "4096 x 56 KiB = 235 MB", "| Qwen2.5-7B | 4 | 28 |"),
    ("en_04", "13.6 GB", "13.6 GB", "27.2 GB", "wrong_dtype", "int4 = 13.6 GB; 27.2 GB is int8", "In int4 the 9B drops"),
    ("en_04", "7.9 GiB", "7.9 GiB", "15.8 GiB", "off_2x", "4 x 1.97 GiB = 7.9 GiB", "A batch of 4 on the 9B"),
    ("en_04", "18.5 GB", "ZeRO-3 over eight GPUs", "73.9 GB", "off_2x", "16N/8 = 18.5 GB per card", "ZeRO-3 over eight GPUs"),
    ("en_05", "~7.9 GB", "~7.9 GB", "~15.8 GB", "off_2x", "12.9B x 4.89 bits / 8 = 7.9 GB", "Mixtral reads 2 experts"),
    ("en_05", "~22 tok/s", "~22 tok/s", "~44 tok/s", "off_2x", "936 / 43.2 = 22 tok/s", "The 70B reads all"),
    ("en_06", "14.5 GB", "**gradients (bf16):**", "29 GB", "wrong_dtype", "bf16 gradients = 14.5 GB; 29 GB is fp32", "**gradients (bf16):**"),
    ("en_06", "18.3 GB", "18.3 GB", "9.1 GB", "off_2x", "34 s h L = 18.3 GB", "- with FlashAttention: "),
    ("en_06", "0.19 %", "0.19 %", "1.9 %", "off_2x", "13.6M / 7.24B = 0.19 %", "Rank 16 on q, k, v"),
    ("en_06", "~6.1 GPU-hours", "~6.1 GPU-hours", "~2.4 GPU-hours", "off_2x", "MFU left out; 6.1 GPU-hours", "At 40 % MFU on an H100"),
    ("en_06", "130.4 GB", "130.4 GB", "65.2 GB", "off_2x", "18 x 7.24B = 130.4 GB", "Some guides quote 18 bytes"),
    ("en_07", "9.0", "| Qwen2.5-14B (14.7B params) |", "4.5", "off_2x", "Q4_K_M = 9.0 GB", "| Qwen2.5-14B (14.7B params) |"),
    ("en_07", "13.8", "| Llama 2 13B |", "6.9", "off_2x", "Q8_0 = 13.8 GB", "| Llama 2 13B |"),
    ("en_07", "~31 tok/s", "~31 tok/s", "~62 tok/s", "off_2x", "800 / 25.8 = 31 tok/s", "Mixtral fp16 on the Mac"),
    ("en_07", "15.6 GB", "15.6 GB", "7.8 GB", "off_2x", "Q8_0 = 15.6 GB", "The P40 can hold"),
    ("en_07", "4.4", "| Mistral 7B |", "8.8", "off_2x", "Q4_K_M = 4.4 GB", "| Mistral 7B |"),
    ("ru_01", "192 КиБ", "192 КиБ", "960 КиБ", "off_2x", "все 40 голов запроса вместо 8 KV-голов; 192 КиБ", "- средняя: "),
    ("ru_01", "1,75 ГиБ", "1,75 ГиБ", "3,5 ГиБ", "off_2x", "32K × 56 КиБ = 1,75 ГиБ", "токенах у средней"),
    ("ru_01", "15,6 ГБ", "15,6 ГБ", "31,2 ГБ", "off_2x", "Q8_0 = 15,6 ГБ", "разумный потолок"),
    ("ru_01", "3,8 ГБ", "3,8 ГБ", "7,6 ГБ", "wrong_dtype", "int4 = 3,8 ГБ; 7,6 — int8", "- **int4:**"),
    ("ru_02", "37 ГБ", "- **Активные веса:**", "74 ГБ", "wrong_dtype", "FP8 = 37 ГБ; 74 — bf16", "- **Активные веса:**"),
    ("ru_02", "3,8 МиБ", "3,8 МиБ", "7,6 МиБ", "off_2x", "2 × 61 × 128 × 128 × 2 = 3,8 МиБ", "Без MLA, с обычными"),
    ("ru_03", "1,07 ГБ", "1,07 ГБ", "2,14 ГБ", "off_2x", "2 s h L = 1,07 ГБ", "С FlashAttention — 18,3"),
    ("ru_03", "4,5 GPU-часа", "4,5 GPU-часа", "1,8 GPU-часа", "off_2x", "MFU не учтён; 4,5 GPU-часа", "На A100 при MFU"),
    ("ru_04", "1,5 ГиБ", "1,5 ГиБ", "0,75 ГиБ", "off_2x", "4096 × 384 КиБ = 1,5 ГиБ", "На 4K контекста"),
    ("ru_04", "≈ 110 токенов/с", "≈ 110 токенов/с", "≈ 55 токенов/с", "off_2x", "256 / 2,34 = 110 токенов/с", "Потолок: Phi-3 Q4_K_M"),
    ("ru_05", "1,1 ТБ", "1,1 ТБ", "0,28 ТБ", "off_2x", "4 байта на параметр вместо 16: 1,1 ТБ", "Полное дообучение: 16 байт"),
    ("ru_06", "2,8 ТБ", "2,8 ТБ", "0,7 ТБ", "off_2x", "16 × 174,6 млрд = 2,8 ТБ", "4.1. При смешанной точности"),
    ("ru_07", "27,9 ГБ", "27,9 ГБ", "55,8 ГБ", "off_2x", "Q2_K = 27,9 ГБ", "даже Q2_K"),
]
for fl, old, anc, new, err, why, line_anchor in FLIPS:
    hit = [c for c in CLAIMS if c["f"] == fl and c["figure"] == old and c["anchor"] == anc and c["expect"] == H]
    if len(hit) != 1:
        raise SystemExit(f"flip {fl} {old!r} {anc!r}: {len(hit)} claims")
    c = hit[0]
    c.update(figure=new, expect=X, error=err, note=why, anchor=line_anchor)
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
    return re.compile(r"(?<![\d.,\u00a0\u202f\u2009])" + re.escape(fig) + r"(?!\d|[.,\u00a0\u202f\u2009]\d)")


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
            raise SystemExit("truth.json is stale: run python tests/claims_corpus_p/truth.py")
        summary(truth)
        print("truth.json is current; every check passed")
        return 0
    path.write_text(text, encoding="utf-8")
    summary(truth)
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
