#!/usr/bin/env python3
"""Ground truth for blind sizing-claims corpus R (tests/claims_corpus_r/notes).

Written blind: without reading vaultkit's code, its tests or the other corpora's notes (only
corpus K's README/truth.py/truth.json for the schema).  Facts come from /work/shared/claims-gold.md
(bytes per dtype, exact parameter counts and configs, GGUF bits per weight, KV-cache, training and
activation formulas).  Models that claims-gold lacks are used only with the parameter count and
config printed in the note itself; the truth computes from those printed values.  Nothing here
imports vaultkit.

    python tests/claims_corpus_r/truth.py          # verify and (re)write truth.json
    python tests/claims_corpus_r/truth.py --check  # verify; fail if truth.json is stale
"""
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
         "TB/s": 1e12, "ТБ/с": 1e12, "Тбит/с": 1.25e11, "Гбит/с": 1.25e8,
         "billion": 1e9, "million": 1e6, "days": 1, "суток": 1, "дней": 1}
TWIN = {"KB": "KiB", "KiB": "KB", "MB": "MiB", "MiB": "MB", "GB": "GiB", "GiB": "GB",
        "TB": "TiB", "TiB": "TB", "КБ": "КиБ", "КиБ": "КБ", "МБ": "МиБ", "МиБ": "МБ",
        "ГБ": "ГиБ", "ГиБ": "ГБ", "ТБ": "ТиБ", "ТиБ": "ТБ"}
DECIMAL_UNITS = {"KB", "MB", "GB", "TB", "КБ", "МБ", "ГБ", "ТБ"}

# ---- reading a printed figure ---------------------------------------------------------------
SUP = str.maketrans("⁰¹²³⁴⁵⁶⁷⁸⁹⁻", "0123456789-")
NUM = {"en": r"\d{1,3}(?:[,\u2009\u202f]\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?",
       "ru": r"\d{1,3}(?:[\u00a0\u202f\u2009]\d{3})+(?:,\d+)?|\d+(?:,\d+)?"}
POW = (r"(?:\s*(?:\\times|×|·|\\cdot)\s*10(?:\^\{?(?P<c>-?\d+)\}?|(?P<s>[⁰¹²³⁴⁵⁶⁷⁸⁹⁻]+))"
       r"|e(?P<e>\d+))?")


def _one(m, lang):
    raw = m.group("n")
    raw = re.sub("[\u2009\u202f]", "", raw)
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



# ---- models the catalogue lacks: the values printed in the notes ---------------------------------
# (parameter count as printed in the note; hidden, layers, heads, KV heads, head dim as printed)
N.update({"llama3.2-1b": 1.24e9, "llama3.2-3b": 3.21e9, "qwen2.5-14b": 14.77e9,
          "qwen2.5-32b": 32.76e9, "qwen2.5-72b": 72.71e9, "gemma2-9b": 9.24e9,
          "gemma2-27b": 27.23e9, "phi3-mini": 3.82e9, "phi4": 14.66e9, "gemma3-27b": 27.43e9,
          "gpt-oss-120b": 116.8e9, "gpt-oss-20b": 20.9e9, "dsv3": 671e9})
CFG.update({"llama3.2-1b": (2048, 16, 32, 8, 64), "llama3.2-3b": (3072, 28, 24, 8, 128),
            "qwen2.5-14b": (5120, 48, 40, 8, 128), "qwen2.5-32b": (5120, 64, 40, 8, 128),
            "qwen2.5-72b": (8192, 80, 64, 8, 128), "gemma2-9b": (3584, 42, 16, 8, 256),
            "gemma2-27b": (4608, 46, 32, 16, 128), "phi3-mini": (3072, 32, 32, 32, 96),
            "phi4": (5120, 40, 40, 10, 128), "gemma3-27b": (5376, 62, 32, 16, 128),
            "gpt-oss-120b": (2880, 36, 64, 8, 64), "gpt-oss-20b": (2880, 24, 64, 8, 64)})
SCALE.update({"Гб": 1e9, "GB/s": 1e9, "ГБ/с": 1e9, "K": 1e3, "T": 1e12, "трлн": 1e12,
              "TFLOP": 1e12, "PFLOP": 1e15, "ZFLOP": 1e21, "bytes/param": 1, "байт/параметр": 1,
              "MiB/token": MIB, "KiB/token": KIB, "GPU": 1, "cards": 1, "карты": 1, "min": 60,
              "мин": 60, "years": 1, "лет": 1, "B tokens": 1e9})

# ---- en_01: AI answer "Can I run Llama 3.1 8B on my 24 GB card?" -------------------------------
f = "en_01"
L8 = "llama3-8b"
CARD = 24564 * MIB
claim(f, "8,030,261,248", "params", "params", N[L8], H, anchor="params_exact:")
claim(f, "16.06 GB", "weights", "GB", W(L8, "bf16"), H, anchor="weights_bf16:")
claim(f, "64.2", "weights", "GB", W(L8, "fp32"), X, "off_2x", anchor="weights_fp32_gb:", note="fp32 = 32.12 GB; 64.2 is 8 bytes/param")
claim(f, "128 KiB", "kv_cache_per_token", "KiB", KVT(L8), H, anchor="kv_per_token_fp16:")
claim(f, "0.5 GiB", "kv_cache_total", "GiB", KV(L8, 8192), X, "off_2x", anchor="kv_8k_fp16:", note="forgot the 2 of K and V: 8K x 128 KiB = 1 GiB")
claim(f, "4.58", "quantized_file", "GiB", GG(L8, "Q4_K_M"), H, anchor="weights_q4km_gib:", rel=0.02)
claim(f, "8,030,261,248", "params", "params", N[L8], H, anchor="The model has 8,030,261,248")
claim(f, "16.06 GB", "weights", "GB", W(L8, "bf16"), H, anchor="**bf16 / fp16:**")
claim(f, "14.96 GiB", "weights", "GiB", W(L8, "bf16"), H, anchor="**bf16 / fp16:**", hedged=True)
claim(f, "16.1 GB", "weights", "GB", W(L8, "fp32"), X, "wrong_dtype", note="bf16 figure labelled fp32; fp32 = 32.1 GB")
claim(f, "~8 GB", "weights", "GB", W(L8, "int8"), H, hedged=True)
claim(f, "8.0 GB", "weights", "GB", W(L8, "int4"), X, "wrong_dtype", note="int8 figure for int4; int4 = 4.0 GB")
claim(f, "14.96 GiB", "weights", "GiB", W(L8, "bf16"), H, anchor="of weights leave about")
claim(f, "9 GiB", "arithmetic", "GiB", CARD - W(L8, "bf16"), H, anchor="of weights leave about", hedged=True)
claim(f, "131,072 bytes", "kv_cache_per_token", "bytes", KVT(L8), H)
claim(f, "256 KiB", "kv_cache_per_token", "KiB", KVT(L8), X, "off_2x", anchor="i.e. 256 KiB per token", note="131,072 bytes = 128 KiB")
claim(f, "1 GiB", "kv_cache_total", "GiB", KV(L8, 8192), H, anchor="| 8,192 | 1 GiB |")
claim(f, "4 GiB", "kv_cache_total", "GiB", KV(L8, 32768), H, anchor="| 32,768 | 4 GiB |")
claim(f, "16 GiB", "kv_cache_total", "GiB", KV(L8, 65536), X, "off_2x", anchor="| 65,536 |", note="64K x 128 KiB = 8 GiB")
claim(f, "16 GiB", "kv_cache_total", "GiB", KV(L8, 131072), H, anchor="| 131,072 | 16 GiB |")
claim(f, "8.6 GB", "kv_cache_total", "GB", KV(L8, 131072), X, "off_2x", note="131,072 tokens x 128 KiB = 17.2 GB")
claim(f, "16.06", "weights", "GB", W(L8, "bf16"), H, anchor="# 16.06  -> GB")
claim(f, "16.06", "weights", "GiB", W(L8, "bf16"), X, "gb_as_gib", anchor="# 16.06  -> GiB", note="16.06 GB = 14.96 GiB")
claim(f, "8.0 GiB", "kv_cache_total", "GiB", KV(L8, 32768), X, "off_2x", anchor="# 8.0 GiB for one 32K", note="32K x 128 KiB = 4 GiB")
claim(f, "16 GiB", "kv_cache_total", "GiB", KV(L8, 8192, 8), X, "off_2x", anchor="# batch of 8 at 8K", note="8 x 8K x 128 KiB = 8 GiB")
claim(f, "4.58", "quantized_file", "GiB", GG(L8, "Q4_K_M"), H, anchor="| Q4_K_M | 4.58", rel=0.02)
claim(f, "4.89", "bits_per_weight", "bits", BPW["Q4_K_M"], H, anchor="| Q4_K_M | 4.58")
claim(f, "5.33", "quantized_file", "GiB", GG(L8, "Q5_K_M"), H, anchor="| Q5_K_M | 5.33", rel=0.02)
claim(f, "5.70", "bits_per_weight", "bits", BPW["Q5_K_M"], H, anchor="| Q5_K_M | 5.33")
claim(f, "6.14", "quantized_file", "GiB", GG(L8, "Q6_K"), H, anchor="| Q6_K | 6.14", rel=0.02)
claim(f, "6.56", "bits_per_weight", "bits", BPW["Q6_K"], H, anchor="| Q6_K | 6.14")
claim(f, "15.9", "quantized_file", "GiB", GG(L8, "Q8_0"), X, "off_2x", anchor="| Q8_0 | 15.9", note="Q8_0 = 7.95 GiB")
claim(f, "8.50", "bits_per_weight", "bits", BPW["Q8_0"], H, anchor="| Q8_0 | 15.9")
claim(f, "4.9 GB", "quantized_file", "GB", GG(L8, "Q4_K_M"), H, hedged=True)
claim(f, "7.95 GiB", "quantized_file", "GiB", GG(L8, "Q8_0"), H, rel=0.02)
claim(f, "14.96 GiB", "weights", "GiB", W(L8, "bf16"), H, anchor="1. Weights: 14.96 GiB")
claim(f, "4 GiB", "kv_cache_total", "GiB", KV(L8, 32768), H, anchor="2. KV cache at 32K: 4 GiB")
claim(f, "40.9 GiB", "arithmetic", "GiB", W(L8, "bf16") + 4 * GIB + 1.5 * GIB, X, "off_2x", hedged=True, note="14.96 + 4 + 1.5 = 20.5 GiB")
claim(f, "3.5 GiB", "arithmetic", "GiB", CARD - (W(L8, "bf16") + 5.5 * GIB), H, hedged=True)
claim(f, "16 GB", "weights", "GB", W(L8, "bf16"), H, anchor="- bf16 weights 16 GB")
claim(f, "4 GB", "weights", "GB", W(L8, "int8"), X, "wrong_dtype", anchor="- bf16 weights 16 GB", note="int4 figure for int8; int8 = 8 GB")
claim(f, "5 GB", "quantized_file", "GB", GG(L8, "Q4_K_M"), H, anchor="- bf16 weights 16 GB", bound="upper")
claim(f, "128 KiB", "kv_cache_per_token", "KiB", KVT(L8), H, anchor="- KV: 128 KiB/token")
claim(f, "1 GiB", "kv_cache_total", "GiB", KV(L8, 8192), H, anchor="- KV: 128 KiB/token")
claim(f, "31 GiB", "arithmetic", "GiB", W(L8, "bf16") + KV(L8, 131072), H, hedged=True)
claim(f, "16 GiB", "kv_cache_total", "GiB", KV(L8, 131072), H, anchor="you need about 31 GiB")
non(f, "created: 2026-10-14", "date")
non(f, "driver: 560.35.03", "version")
non(f, "rating: 4/5", "rating")
non(f, "Tested with llama.cpp b4123", "build, date, measured speed")

# ---- en_02: AI explainer "KV cache explained" -----------------------------------------------------
f = "en_02"
L27, L270, M7, Q7, F7, L370 = "llama2-7b", "llama2-70b", "mistral-7b", "qwen2.5-7b", "falcon-7b", "llama3-70b"
claim(f, "512 KiB", "kv_cache_per_token", "KiB", KVT(L27), H, anchor="kv_llama2_7b_per_token:")
claim(f, "640 KiB", "kv_cache_per_token", "KiB", KVT(L270), X, "off_2x", anchor="kv_llama2_70b_per_token:", note="320 KiB per token")
claim(f, "8", "kv_cache_per_token", "KiB", KVT(F7), H, anchor="kv_falcon7b_per_token_kib:")
claim(f, "112 KiB", "kv_cache_per_token", "KiB", KVT(Q7), X, "off_2x", anchor="kv_qwen25_7b_per_token:", note="Qwen2.5-7B: 56 KiB per token")
claim(f, "512", "kv_cache_per_token", "KiB", KVT(L27), H, anchor="524{,}288")
claim(f, "2", "kv_cache_total", "GiB", KV(L27, 4096), H, anchor=r"$$512 \text{ KiB} \times 4096")
claim(f, "2 GiB", "kv_cache_total", "GiB", KV(L27, 4096), H, anchor="So one full-context sequence costs")
claim(f, "16 GiB", "kv_cache_total", "GiB", KV(L27, 4096, 8), H, anchor="So one full-context sequence costs")
claim(f, "27 GB", "weights", "GB", W(L27, "fp16"), X, "wrong_dtype", note="fp32 figure; fp16 = 13.5 GB")
claim(f, "327,680 bytes", "kv_cache_per_token", "bytes", KVT(L270), H, anchor="- 2 × 80 × 8 × 128 × 2 bytes")
claim(f, "320 KiB", "kv_cache_per_token", "KiB", KVT(L270), H, anchor="- 2 × 80 × 8 × 128 × 2 bytes", hedged=True)
claim(f, "2.5 GiB", "kv_cache_total", "GiB", KV(L270, 4096), X, "off_2x", anchor="- at 4,096 tokens:", note="320 KiB x 4096 = 1.25 GiB")
claim(f, "320", "kv_cache_per_token", "KiB", KVT(L270), H, anchor="(320 vs 512 KiB)")
claim(f, "512 KiB", "kv_cache_per_token", "KiB", KVT(L27), H, anchor="(320 vs 512 KiB)")
claim(f, "64 KiB", "kv_cache_per_token", "KiB", KVT(M7), X, "off_2x", anchor="8 KV heads of 128 →", note="forgot the 2 of K and V: 128 KiB")
claim(f, "512 MiB", "kv_cache_total", "MiB", KV(M7, 4096), H, anchor="At a 32K prompt the cache therefore stays")
claim(f, "56 KiB", "kv_cache_per_token", "KiB", KVT(Q7), H, anchor="| Qwen2.5-7B | 28 |")
claim(f, "3.5 GiB", "kv_cache_total", "GiB", KV(Q7, 32768), X, "off_2x", anchor="| Qwen2.5-7B | 28 |", note="56 KiB x 32K = 1.75 GiB")
claim(f, "8 KiB", "kv_cache_per_token", "KiB", KVT(F7), H, anchor="| Falcon-7B (MQA) |")
claim(f, "512 MiB", "kv_cache_total", "MiB", KV(F7, 32768), X, "off_2x", anchor="| Falcon-7B (MQA) |", note="8 KiB x 32K = 256 MiB")
claim(f, "512 KiB", "kv_cache_per_token", "KiB", KVT(L27), H, anchor="| Llama-2-7B | 32 |")
claim(f, "16 GiB", "kv_cache_total", "GiB", KV(L27, 32768), H, anchor="| Llama-2-7B | 32 |")
claim(f, "64x", "ratio", "×", KVT(L27) / KVT(F7), H)
claim(f, "56 KiB", "kv_cache_per_token", "KiB", KVT(Q7), H, anchor="Qwen2.5-7B sits in between")
claim(f, "56 KiB", "kv_cache_total", "KiB", KV(Q7, 131072), X, "wrong_kind", anchor="At its advertised 131,072-token", note="per-token figure given as the total: 7 GiB")
claim(f, "327,680 bytes", "kv_cache_per_token", "bytes", KVT(L370), H, anchor="Per token: 2 × 80 × 8 × 128 × 2 = 327,680")
claim(f, "2.5 GiB", "kv_cache_total", "GiB", KV(L370, 8192), H, anchor="Per 8K sequence:")
claim(f, "2.5 GiB", "kv_cache_total", "GiB", KV(L370, 8192), H, anchor="Batch of 16:")
claim(f, "80 GiB", "kv_cache_total", "GiB", KV(L370, 8192, 16), X, "off_2x", note="16 x 2.5 GiB = 40 GiB")
claim(f, "40 GiB", "kv_cache_total", "GiB", KV(L370, 8192, 16, 1), X, "wrong_dtype", note="fp8 halves the 40 GiB batch: 20 GiB")
claim(f, "256 KiB", "kv_cache_per_token", "KiB", KVT(L27, 1), H, anchor="Llama 2 7B goes to 256 KiB")
claim(f, "8 bytes", "dtype_bytes", "bytes", 1, X, "wrong_dtype", note="fp8 = 1 byte (bits read as bytes)")
claim(f, "16 GiB", "kv_cache_total", "GiB", KV(L27, 4096, 1, 1), X, "wrong_dtype", anchor="so the 4K sequence becomes 16 GiB", note="fp8 4K sequence = 1 GiB")
claim(f, "512 KiB", "kv_cache_per_token", "KiB", KVT(L27), H, anchor="- Llama 2 7B: 512 KiB/token")
claim(f, "2 GiB", "kv_cache_total", "GiB", KV(L27, 4096), H, anchor="- Llama 2 7B: 512 KiB/token")
claim(f, "2.5 MiB", "kv_cache_per_token", "MiB", KVT(L270), X, "off_2x", anchor="- Llama 2 70B: 2.5 MiB/token", note="all 64 heads instead of 8 KV heads; 320 KiB")
claim(f, "4 GiB", "kv_cache_total", "MiB", KV(M7, 4096), X, "off_2x", anchor="- Mistral 7B: capped at", note="window ignored: cache capped at 4096 x 128 KiB = 512 MiB")
claim(f, "56 KiB", "kv_cache_per_token", "KiB", KVT(Q7), H, anchor="- Qwen2.5-7B: 56 KiB/token")
claim(f, "14 GiB", "kv_cache_total", "GiB", KV(Q7, 131072), X, "off_2x", anchor="- Qwen2.5-7B: 56 KiB/token", note="56 KiB x 128K = 7 GiB")
claim(f, "8 KiB", "kv_cache_per_token", "KiB", KVT(F7), H, anchor="- Falcon-7B: 8 KiB/token")
non(f, "created: 2026-09-28", "date")
non(f, "reading_time_min: 12", "reading time")
non(f, "review_interval_days: 21", "spaced repetition interval")
non(f, r"$$M_{KV} = 2 \cdot L", "LaTeX formula with free variables")
non(f, "the GQA paper reports 0.2 BLEU", "score, issue number, block size")

# ---- en_03: AI answer "How much GPU memory to fine-tune Mistral 7B?" -----------------------------
f = "en_03"
M7 = "mistral-7b"
NM = N[M7]
LORA_M = lora(32, 16, [(4096, 4096), (4096, 1024), (4096, 1024), (4096, 4096)])
assert LORA_M == 13_631_488
A_NONE, A_FLASH, A_FULL = act(M7, 2048, 1), act(M7, 2048, 1, "flash"), act(M7, 2048, 1, "full")
claim(f, "7,241,732,096", "params", "params", NM, H, anchor="params: 7,241,732,096")
claim(f, "16", "training", "bytes/param", 16, H, anchor="bytes_per_param_adam_mixed:")
claim(f, "115.9 GB", "training", "GB", 16 * NM, H, anchor="full_ft_memory: 115.9 GB")
claim(f, "130 GB", "training", "GB", 18 * NM, H, anchor="full_ft_memory_fp32_grads:")
claim(f, "13.6M", "params", "M", LORA_M, H, anchor="lora_trainable:")
claim(f, "7.4", "weights", "GB", NM * NF4 / 8, X, "off_2x", anchor="qlora_base_nf4_gb:", note="NF4 base = 3.74 GB")
claim(f, "116 GB", "training", "GB", 16 * NM, H, anchor="needs about 116 GB of model states", hedged=True)
claim(f, "16 bytes", "training", "bytes/param", 16, H, anchor="12 bytes of fp32 master copy")
claim(f, "115.9", "training", "GB", 16 * NM, H, anchor=r"$$7.24 \times 10^9 \times 16")
claim(f, "65.2 GB", "training", "GB", 18 * NM, X, "off_2x", note="18 x 7.24e9 = 130.4 GB")
claim(f, "29 GB", "training", "GB", 16 * NM, X, "off_2x", anchor="Weights plus gradients come to", hedged=True, note="training memory without the 12 bytes of optimizer state: 115.9 GB")
claim(f, "43 GB", "training", "GB", 12 * NM, X, "off_2x", hedged=True, note="12 x 7.24e9 = 86.9 GB")
claim(f, "115.9 GB", "training", "GB", 16 * NM, H, anchor="# 115.9 GB total")
claim(f, "29 GB", "training", "GB", zero(NM, 4, 3), H, anchor="# ~29 GB per A100", hedged=True)
claim(f, "39.8 GB", "training", "GB", zero(NM, 4, 2), H, anchor="# 39.8 GB per GPU")
claim(f, "29 GB", "training", "GB", 16 * NM, X, "per_gpu", anchor="So the full fine-tune needs 29 GB in total", note="29 GB is the ZeRO-3 share per GPU; total 115.9 GB")
claim(f, "39.8 GB", "training", "GB", zero(NM, 4, 2), H, anchor="Under ZeRO-2 each card holds")
claim(f, "29 GB", "training", "GB", zero(NM, 4, 0), X, "per_gpu", anchor="Plain DDP", note="DDP replicates all 16 bytes/param: 116 GB per GPU")
claim(f, "956 MB", "activations", "MB", A_NONE / 32, H)
claim(f, "3.06 GB", "activations", "GB", A_NONE, X, "off_2x", note="956 MB x 32 = 30.6 GB")
claim(f, "285 MB", "activations", "MB", A_FLASH / 32, H)
claim(f, "4.6 GB", "activations", "GB", A_FLASH, X, "off_2x", note="34 s b h x 32 layers = 9.13 GB")
claim(f, "16.8 MB", "activations", "MB", A_FULL / 32, H)
claim(f, "1.1 GB", "activations", "GB", A_FULL, X, "off_2x", note="2 s b h x 32 = 0.54 GB")
claim(f, "80", "arithmetic", "×", 5 * 32 * 2048 / 4096, H, anchor="5·a·s/h = 80")
claim(f, "425,984", "params", "params", LORA_M / 32, H)
claim(f, "13,631,488", "params", "params", LORA_M, H)
claim(f, "13.6 M", "params", "M", LORA_M, H, anchor="× 32 layers = 13,631,488", hedged=True)
claim(f, "1.9 %", "percentage", "%", 100 * LORA_M / NM, X, "off_2x", note="0.19 %")
claim(f, "436 MB", "training", "MB", 16 * LORA_M, X, "off_2x", hedged=True, note="13.6 M x 16 bytes = 218 MB")
claim(f, "14.5 GB", "weights", "GB", W(M7, "bf16"), H, anchor="- frozen bf16 base: 14.5 GB")
claim(f, "24 GB", "arithmetic", "GB", W(M7, "bf16") + 16 * LORA_M + A_FLASH, H, anchor="Total for LoRA", hedged=True)
claim(f, "4.127 bits", "bits_per_weight", "bits", NF4, H)
claim(f, "3.7 GB", "weights", "GB", NM * NF4 / 8, H, anchor="so the frozen weights take about 3.7 GB", hedged=True)
claim(f, "8.2 GB", "weights", "GB", NM * 4.5 / 8, X, "off_2x", anchor="Without double quantisation (4.5 bits)", note="4.5 bits: 4.07 GB")
claim(f, "116 GB", "training", "GB", 16 * NM, H, anchor="| full FT (16 B/param) |")
claim(f, "29 GB", "training", "GB", zero(NM, 4, 3), H, anchor="| full FT, ZeRO-3 ×4 |")
claim(f, "14.7 GB", "training", "GB", W(M7, "bf16") + 16 * LORA_M, H, anchor="| LoRA bf16 |")
claim(f, "29 GB", "training", "GB", NM * NF4 / 8 + 16 * LORA_M, X, "wrong_dtype", anchor="| QLoRA NF4 |", note="4 bits read as 4 bytes; 3.95 GB")
claim(f, "116 GB", "training", "GB", 16 * NM, H, anchor="Full fine-tune: ~116 GB", hedged=True)
claim(f, "30 GB", "training", "GB", W(M7, "bf16") + 16 * LORA_M, X, "off_2x", anchor="LoRA: ~30 GB", hedged=True, note="14.7 GB")
claim(f, "4 GB", "training", "GB", NM * NF4 / 8 + 16 * LORA_M, H, anchor="LoRA: ~30 GB", hedged=True)
non(f, "created: 2026-08-03", "date")
non(f, "learning_rate: 2e-4", "hyper-parameter")
non(f, "seed: 42", "seed")
non(f, "budget_usd: 1,200", "budget")
non(f, "Learning rate 2e-4, 3 epochs", "hyper-parameters, price")

# ---- en_04: meeting minutes, serving a 70B on H100s ---------------------------------------------
f = "en_04"
L370, L270, Q72 = "llama3-70b", "llama2-70b", "qwen2.5-72b"
claim(f, "70,553,706,496", "params", "params", N[L370], H)
claim(f, "141 GB", "weights", "GB", W(L370, "bf16"), H, anchor="- Ana: Llama 3 70B")
claim(f, "70.6 GB", "weights", "GB", W(L370, "bf16") / 2, H, anchor="- Ana: Llama 3 70B")
claim(f, "35 GB", "weights", "GB", W(L370, "bf16") / 4, H, anchor="- Ben: with TP=4 each card", hedged=True)
claim(f, "141 GB", "weights", "GB", W(L370, "fp8"), X, "wrong_dtype", anchor="fp8 Llama 3 70B = 141 GB", note="fp8 = 70.6 GB")
claim(f, "72.71B", "params", "B", N[Q72], H)
claim(f, "72.7 GB", "weights", "GB", W(Q72, "bf16"), X, "wrong_dtype", note="int8 figure; bf16 = 145.4 GB")
claim(f, "290 GB", "weights", "GB", W(Q72, "bf16"), X, "wrong_dtype", note="fp32 figure labelled bf16; bf16 = 145.4 GB")
claim(f, "138 GB", "weights", "GB", W(L270, "fp16"), H)
claim(f, "69 GB", "weights", "GB", W(L270, "int4"), X, "off_2x", note="int4 = 34.5 GB")
claim(f, "320 KiB", "kv_cache_per_token", "KiB", KVT(L370), H, anchor="- per token: 320 KiB")
claim(f, "262,144", "tokens", "tokens", 64 * 4096, H, anchor="- 64 users × 4,096 tokens")
claim(f, "80 GiB", "kv_cache_total", "GiB", KV(L370, 4096, 64), H, anchor="- 262,144 × 320 KiB")
claim(f, "20 GiB", "kv_cache_total", "GiB", KV(L370, 4096, 64) / 4, H, anchor="- 262,144 × 320 KiB")
claim(f, "393,216", "tokens", "tokens", 48 * 8192, H, anchor="- Input: 48 concurrent chats")
claim(f, "120 GiB", "kv_cache_total", "GiB", KV(L370, 8192, 48), H, anchor="- Cache: 393,216 × 320 KiB")
claim(f, "60 GiB", "kv_cache_total", "GiB", KV(L370, 8192, 48) / 4, X, "off_2x", note="120 GiB / 4 = 30 GiB")
claim(f, "35 GB", "weights", "GB", W(L370, "bf16") / 4, H, anchor="- Per GPU (TP=4): 60 GiB", hedged=True)
claim(f, "70.6 GB", "weights", "GB", W(L370, "fp8") / 2, X, "per_gpu", anchor="- Serve Llama 3 70B in fp8", note="fp8 70.6 GB is the whole model; per card under TP=2 = 35.3 GB")
claim(f, "80 KiB", "kv_cache_per_token", "KiB", KVT(L370, 1), X, "off_2x", note="fp8 cache = 160 KiB per token")
non(f, "# 2026-11-24 — Inference infra sync", "date")
non(f, "Attendees: Ana (infra)", "head count, duration, room")
non(f, "Ticket: INFRA-2291", "ticket, date")
non(f, "3 replicas initially", "count, quarter")
non(f, "order 6 more H100 nodes", "quote number, price, date")
non(f, "benchmark TTFT at p95", "latency target")
non(f, "fix spreadsheet row 17", "row number")
non(f, "$0.90 per 1M output tokens", "price")

# ---- en_05: Anki flashcards, model sizes and bytes ----------------------------------------------
f = "en_05"
claim(f, "124,439,808", "params", "params", N["gpt2"], H, anchor="gpt2_small_params:")
claim(f, "109,482,240", "params", "params", N["bert-base"], H, anchor="bert_base_params:")
claim(f, "2 bytes", "dtype_bytes", "bytes", 2, H, anchor="A: 2 bytes.")
claim(f, "1 byte", "dtype_bytes", "bytes", 1, H, anchor="A: fp8 = 1 byte")
claim(f, "0.5 byte", "dtype_bytes", "bytes", 0.5, H, anchor="A: fp8 = 1 byte")
claim(f, "2 bytes", "dtype_bytes", "bytes", 4, X, "wrong_dtype", anchor="A: TF32 is a math mode", note="TF32 tensors are stored as fp32: 4 bytes")
claim(f, "124,439,808", "params", "params", N["gpt2"], H, anchor="A: 124,439,808 params × 4 bytes")
claim(f, "498 MiB", "weights", "MiB", W("gpt2", "fp32"), X, "gb_as_gib", note="497.8 MB = 474.7 MiB")
claim(f, "249 MB", "weights", "MB", W("gpt2", "fp16"), H, hedged=True)
claim(f, "0.71 GB", "weights", "GB", W("gpt2-medium", "fp32"), X, "wrong_dtype", note="fp16 figure; fp32 = 1.42 GB")
claim(f, "1.55 GB", "weights", "GB", W("gpt2-large", "fp16"), H)
claim(f, "6.2 GB", "weights", "GB", W("gpt2-xl", "fp16"), X, "wrong_dtype", note="fp32 figure; fp16 = 3.12 GB")
claim(f, "36 KiB", "kv_cache_per_token", "KiB", KVT("gpt2"), H)
claim(f, "36 MiB", "kv_cache_total", "MiB", KV("gpt2", 1024), H)
claim(f, "418 MB", "weights", "MB", W("bert-base", "fp32"), X, "gib_as_gb", note="437.9 MB = 417.6 MiB")
claim(f, "340M", "params", "M", N["bert-large"], H)
claim(f, "1.34 GB", "weights", "GB", W("bert-large", "fp32"), H)
claim(f, "1.24 GB", "weights", "GB", W("llama3.2-1b", "bf16"), X, "off_2x", note="bf16 = 2.48 GB")
claim(f, "16 KiB", "kv_cache_per_token", "KiB", KVT("llama3.2-1b"), X, "off_2x", note="forgot the 2 of K and V: 32 KiB")
claim(f, "3.2 GB", "weights", "GB", W("llama3.2-3b", "bf16"), X, "off_2x", note="bf16 = 6.42 GB")
claim(f, "112 KiB", "kv_cache_per_token", "KiB", KVT("llama3.2-3b"), H)
claim(f, "29.3 GB", "weights", "GB", W("phi4", "bf16"), H)
claim(f, "800 KiB", "kv_cache_per_token", "KiB", KVT("phi4"), X, "off_2x", note="all 40 heads instead of 10 KV heads: 200 KiB")
claim(f, "31 GB", "weights", "GB", N["gpt-oss-120b"] * 4.25 / 8, X, "off_2x", anchor="A: ~31 GB.", hedged=True, note="116.8e9 x 4.25 / 8 = 62 GB")
claim(f, "22.2 GB", "weights", "GB", N["gpt-oss-20b"] * 4.25 / 8, X, "off_2x", hedged=True, note="20.9e9 x 4.25 / 8 = 11.1 GB")
claim(f, "175 GB", "weights", "GB", W("gpt3", "fp16"), X, "wrong_dtype", anchor="A: 175 GB.", note="fp16 = 349 GB")
claim(f, "6,738,415,616", "params", "params", N["llama2-7b"], H)
claim(f, "13.5 GB", "weights", "GB", W("llama2-7b", "fp16"), H)
claim(f, "7.2 GB", "weights", "GB", W("mistral-7b", "int8"), H, hedged=True)
non(f, "created: 2026-07-19", "date")
non(f, "last_synced: 2026-11-30 21:04", "timestamp")
non(f, "ease_default: 250%", "Anki setting")
non(f, "anki_connect_port: 8765", "port")
non(f, "A: Rajbhandari et al., 2019", "citation, arXiv id, stage numbers")
non(f, "A: about 20 (Hoffmann et al. 2022", "rule of thumb with citation (no model named)")

# ---- en_06: Reddit r/LocalLLaMA thread, 2x3090 and a 70B ----------------------------------------
f = "en_06"
L370, L270, MX, Q72 = "llama3-70b", "llama2-70b", "mixtral-8x7b", "qwen2.5-72b"
FREE = 2 * 24 * GIB - GG(L370, "Q4_K_M")
claim(f, "43 GB", "quantized_file", "GB", GG(L370, "Q4_K_M"), H, anchor="Running Llama 3 70B Instruct Q4_K_M", rel=0.02)
claim(f, "40 GiB", "quantized_file", "GiB", GG(L370, "Q4_K_M"), H, anchor="Running Llama 3 70B Instruct Q4_K_M", rel=0.02)
claim(f, "2.5 GiB", "kv_cache_total", "GiB", KV(L370, 8192), H, anchor="At 8K context the fp16 KV cache")
claim(f, "20 GiB", "kv_cache_total", "GiB", KV(L370, 32768), X, "off_2x", anchor="At 8K context the fp16 KV cache", note="32K x 320 KiB = 10 GiB")
claim(f, "43 GB", "quantized_file", "GB", GG(L370, "Q4_K_M"), H, anchor="Q4_K_M of the 70B is more like 43 GB", hedged=True)
claim(f, "19 GB", "quantized_file", "GB", GG(L370, "Q3_K_L"), X, "off_2x", rel=0.02, note="Q3_K_L of 70B = 37.9 GB")
claim(f, "14 GB", "quantized_file", "GB", GG(L370, "Q2_K"), X, "off_2x", anchor="Q2_K is only 14 GB", note="Q2_K of 70B = 27.9 GB")
claim(f, "43 GB", "quantized_file", "GB", GG(L370, "Q4_K_M"), H, anchor="Careful with units: 43 GB", rel=0.02)
claim(f, "40 GiB", "quantized_file", "GiB", GG(L370, "Q4_K_M"), H, anchor="Careful with units: 43 GB", rel=0.02)
claim(f, "8 GiB", "arithmetic", "GiB", FREE, H, anchor="Careful with units: 43 GB", hedged=True)
claim(f, "320 KiB", "kv_cache_per_token", "KiB", KVT(L370), H, anchor="Careful with units: 43 GB")
claim(f, "26,214 tokens", "tokens", "tokens", 8 * GIB / KVT(L370), H)
claim(f, "46.7B", "params", "B", N[MX], H, anchor="For that VRAM Mixtral 8x7B is nicer")
claim(f, "12.9B", "params", "B", ACTIVE_M7, H, anchor="For that VRAM Mixtral 8x7B is nicer")
claim(f, "28.6 GB", "quantized_file", "GB", GG(MX, "Q4_K_M"), H, rel=0.02)
claim(f, "128 KiB", "kv_cache_per_token", "KiB", KVT(MX), H, anchor="Its cache is 128 KiB/token")
claim(f, "46.7 GB", "weights", "GB", W(MX, "bf16"), X, "wrong_dtype", note="int8 figure; bf16 = 93.4 GB")
claim(f, "7.9 GB", "quantized_file", "GB", GG(ACTIVE_M7, "Q4_K_M"), H, anchor="Sure, but Q4 reads only", hedged=True)
claim(f, "44.5 GB", "quantized_file", "GB", GG(Q72, "Q4_K_M"), H, rel=0.02)
claim(f, "640 KiB", "kv_cache_per_token", "KiB", KVT(Q72), X, "off_2x", note="80 x 8 x 128 x 2 x 2 = 320 KiB")
claim(f, "25.2 GB", "quantized_file", "GB", GG(L370, "Q5_K_M"), X, "off_2x", rel=0.02, note="Q5_K_M of 70B = 50.3 GB")
claim(f, "42 GB", "quantized_file", "GB", GG(L270, "Q4_K_M"), H, rel=0.02)
claim(f, "2.5 GiB", "kv_cache_total", "GiB", KV(L270, 4096), X, "off_2x", anchor="cache maxed at 2.5 GiB", note="4K x 320 KiB = 1.25 GiB")
claim(f, "1.25 GiB", "kv_cache_total", "GiB", KV(L270, 4096), H, anchor="4K × 320 KiB = 1.25 GiB")
claim(f, "141 GB", "weights", "GB", W(L370, "bf16"), H, anchor="The 70B in bf16 is 141 GB")
claim(f, "75 GB", "quantized_file", "GB", GG(L370, "Q8_0"), H, anchor="The 70B in bf16 is 141 GB", rel=0.02)
non(f, "r/LocalLLaMA · Posted by", "votes, comment count, age")
non(f, "perplexity went from 3.42 to 4.11", "perplexity")
non(f, "a used 3090 is ~$700 here", "prices, power")
non(f, "Edit (2h): bumped to Q4_K_M", "measured speed, rule number")
non(f, "**u/old_timer_2023** · 7h · 31 points", "age, votes")

# ---- en_07: AI comparison, MoE memory (Mixtral, DeepSeek-V3, gpt-oss-120b) ----------------------
f = "en_07"
MX, DS, GO = "mixtral-8x7b", "dsv3", "gpt-oss-120b"
DS_TOK = 61 * (512 + 64) * 2                 # MLA latent per token, bf16
GO_ACT = 5.13e9
claim(f, "46,702,792,704", "params", "params", N[MX], H, anchor="mixtral_total_params:")
claim(f, "12,879,925,248", "params", "params", ACTIVE_M7, H, anchor="mixtral_active_params:")
claim(f, "93.4 GB", "weights", "GB", W(MX, "bf16"), H, anchor="mixtral_bf16:")
claim(f, "671 GB", "weights", "GB", W(DS, "fp8"), H, anchor="dsv3_fp8_weights:")
claim(f, "93.4 GB", "weights", "GB", W(MX, "bf16"), H, anchor='A["Mixtral 8x7B')
claim(f, "671 GB", "weights", "GB", W(DS, "fp8"), H, anchor='B["DeepSeek-V3')
claim(f, "31 GB", "weights", "GB", N[GO] * 4.25 / 8, X, "off_2x", anchor='C["gpt-oss-120b', note="116.8e9 x 4.25 bits = 62 GB")
claim(f, "93.4 GB", "weights", "GB", W(MX, "bf16"), H, anchor="| Mixtral 8x7B | 46.7B |")
claim(f, "46.7 GB", "weights", "GB", W(MX, "int4"), X, "wrong_dtype", anchor="| Mixtral 8x7B | 46.7B |", note="int8 figure; int4 = 23.4 GB")
claim(f, "1,342 GB", "weights", "GB", W(DS, "bf16"), H)
claim(f, "671 GB", "weights", "GB", W(DS, "fp8"), H, anchor="| DeepSeek-V3 | 671B |")
claim(f, "467.2 GB", "weights", "GB", W(GO, "bf16"), X, "wrong_dtype", note="fp32 figure; bf16 = 233.6 GB")
claim(f, "62 GB", "weights", "GB", N[GO] * 4.25 / 8, H, anchor="| gpt-oss-120b | 116.8B |")
claim(f, "1.22 TB", "weights", "TB", W(DS, "bf16"), X, "gib_as_gb", note="1.342 TB = 1.22 TiB")
claim(f, "671 GB", "weights", "GB", W(DS, "fp8"), H, anchor="even in fp8 it's 671 GB")
claim(f, "128 KiB", "kv_cache_per_token", "KiB", KVT(MX), H, anchor="- **Mixtral:** 32 layers")
claim(f, "8 GiB", "kv_cache_total", "GiB", KV(MX, 32768), X, "off_2x", anchor="- **Mixtral:** 32 layers", note="32K x 128 KiB = 4 GiB")
claim(f, "70,272 bytes", "kv_cache_per_token", "bytes", DS_TOK, H)
claim(f, "68.6 KiB", "kv_cache_per_token", "KiB", DS_TOK, H, anchor="70,272 bytes ≈ 68.6 KiB", hedged=True)
claim(f, "17.2 GiB", "kv_cache_total", "GiB", DS_TOK * 131072, X, "off_2x", note="70,272 B x 131,072 = 8.6 GiB")
claim(f, "1.9 MiB", "kv_cache_per_token", "MiB", 2 * 61 * 128 * 128 * 2, X, "off_2x", hedged=True, note="2 x 61 x 128 x 128 x 2 = 3.8 MiB")
claim(f, "36 KiB", "kv_cache_per_token", "KiB", KVT(GO), X, "off_2x", note="2 x 36 x 8 x 64 x 2 = 72 KiB")
claim(f, "4.5 GiB", "kv_cache_total", "GiB", KV(GO, 65536), H, bound="upper")
claim(f, "25.8 GB", "bandwidth", "GB", ACTIVE_M7 * 2, H, anchor="1. Mixtral bf16:")
claim(f, "260 tok/s", "throughput", "tok/s", H100_BW / (ACTIVE_M7 * 2), X, "off_2x", note="3.35 TB/s / 25.8 GB = 130 tok/s")
claim(f, "74 GB", "bandwidth", "GB", 37e9, X, "wrong_dtype", note="bf16 bytes for an fp8 model: 37 GB")
claim(f, "2.7 GB", "bandwidth", "GB", GO_ACT * 4.25 / 8, H)
claim(f, "1,240 tok/s", "throughput", "tok/s", H100_BW / (GO_ACT * 4.25 / 8), H, hedged=True)
claim(f, "3.3 × 10^24", "flops", "FLOP", 6 * 37e9 * 14.8e12, H)
claim(f, "6.0 × 10^25", "flops", "FLOP", 6 * 671e9 * 14.8e12, H, hedged=True)
claim(f, "93.4 GB", "weights", "GB", W(MX, "bf16"), H, anchor="- Mixtral: 93.4 GB bf16")
claim(f, "47 GB", "weights", "GB", W(MX, "int4"), X, "wrong_dtype", anchor="- Mixtral: 93.4 GB bf16", hedged=True, note="4-bit = 23.4 GB")
claim(f, "671 GB", "weights", "GB", W(DS, "fp8"), H, anchor="- DeepSeek-V3: 671 GB in fp8")
claim(f, "68.6 KiB", "kv_cache_per_token", "KiB", DS_TOK, H, anchor="- DeepSeek-V3: 671 GB in fp8")
claim(f, "62 GB", "weights", "GB", N[GO] * 4.25 / 8, H, anchor="- gpt-oss-120b: ~62 GB", hedged=True)
non(f, "created: 2026-06-30", "date")
non(f, "https://arxiv.org/abs/2412.19437", "URL")
non(f, "updated: 2026-12-01", "date")

# ---- ru_01: ответ ИИ «Сравни Qwen2.5 7B, 14B, 32B и 72B» (конфиги в свойствах) -----------------------
f = "ru_01"
Q7, Q14, Q32, Q72 = "qwen2.5-7b", "qwen2.5-14b", "qwen2.5-32b", "qwen2.5-72b"
claim(f, "7¦615¦616¦512", "params", "params", N[Q7], H, anchor="qwen7b_params:")
claim(f, "15,2 ГБ", "weights", "ГБ", W(Q7, "bf16"), H, anchor="веса_7b_bf16:")
claim(f, "135,4", "weights", "ГБ", W(Q72, "bf16"), X, "gib_as_gb", anchor="веса_72b_bf16_гб:", note="145,4 ГБ = 135,4 ГиБ")
claim(f, "384 КиБ", "kv_cache_per_token", "КиБ", KVT(Q14), X, "off_2x", anchor="kv_14b_на_токен:", note="2*48*8*128*2 = 192 КиБ")
claim(f, "7,62 млрд", "params", "млрд", N[Q7], H)
claim(f, "15,23", "weights", "ГБ", W(Q7, "bf16"), H, anchor="| Qwen2.5-7B | 7,62")
claim(f, "7,6", "weights", "ГБ", W(Q7, "int8"), H, anchor="| Qwen2.5-7B | 7,62")
claim(f, "3,81", "weights", "ГБ", W(Q7, "int4"), H, anchor="| Qwen2.5-7B | 7,62")
claim(f, "59,08", "weights", "ГБ", W(Q14, "bf16"), X, "wrong_dtype", anchor="| Qwen2.5-14B |", note="fp32 figure in the bf16 column; bf16 = 29,54 ГБ")
claim(f, "14,8", "weights", "ГБ", W(Q14, "int8"), H, anchor="| Qwen2.5-14B |")
claim(f, "3,69", "weights", "ГБ", W(Q14, "int4"), X, "off_2x", anchor="| Qwen2.5-14B |", rel=0.001, note="int4 = 7,39 ГБ")
claim(f, "32,8", "weights", "ГБ", W(Q32, "bf16"), X, "wrong_dtype", anchor="| Qwen2.5-32B |", note="int8 figure in the bf16 column; bf16 = 65,5 ГБ")
claim(f, "32,8", "weights", "ГБ", W(Q32, "int8"), H, anchor="| Qwen2.5-32B |", occ=2)
claim(f, "16,38", "weights", "ГБ", W(Q32, "int4"), H, anchor="| Qwen2.5-32B |")
claim(f, "145,4", "weights", "ГБ", W(Q72, "bf16"), H, anchor="| Qwen2.5-72B | 72,71")
claim(f, "72,7", "weights", "ГБ", W(Q72, "int8"), H, anchor="| Qwen2.5-72B | 72,71")
claim(f, "36,4", "weights", "ГБ", W(Q72, "int4"), H, anchor="| Qwen2.5-72B | 72,71")
claim(f, "15,23 ГиБ", "weights", "ГиБ", W(Q7, "bf16"), X, "gb_as_gib", note="15,23 ГБ = 14,19 ГиБ")
claim(f, "9,8 ГиБ", "arithmetic", "ГиБ", 24 * GIB - W(Q7, "bf16"), H, hedged=True)
claim(f, "145,4", "weights", "ГБ", W(Q72, "bf16"), H, anchor="(145,4 против 15,23 ГБ")
claim(f, "15,23 ГБ", "weights", "ГБ", W(Q7, "bf16"), H, anchor="(145,4 против 15,23 ГБ")
claim(f, "9,5 раза", "ratio", "×", N[Q72] / N[Q7], H)
claim(f, "4,89 бит", "bits_per_weight", "бит", BPW["Q4_K_M"], H, hedged=True)
claim(f, "22 ГБ", "quantized_file", "ГБ", GG(Q72, "Q4_K_M"), X, "off_2x", hedged=True, note="72,71e9 x 4,8944 / 8 = 44,5 ГБ")
claim(f, "20 ГБ", "quantized_file", "ГБ", GG(Q32, "Q4_K_M"), H, hedged=True)
claim(f, "9,3 ГБ", "quantized_file", "ГБ", GG(Q7, "Q4_K_M"), X, "off_2x", rel=0.02, note="Q4_K_M of 7B = 4,66 ГБ")
claim(f, "57¦344 байта", "kv_cache_per_token", "байт", KVT(Q7), H)
claim(f, "56 КиБ", "kv_cache_per_token", "КиБ", KVT(Q7), H, anchor="57¦344 байта")
claim(f, "3,5 ГиБ", "kv_cache_total", "ГиБ", KV(Q7, 32768), X, "off_2x", note="56 КиБ x 32768 = 1,75 ГиБ")
claim(f, "96 КиБ", "kv_cache_per_token", "КиБ", KVT(Q14), X, "off_2x", note="2*48*8*128*2 = 192 КиБ")
claim(f, "3,5 раза", "ratio", "×", KVT(Q14) / KVT(Q7), H, hedged=True)
claim(f, "6 ГиБ", "kv_cache_total", "ГиБ", KV(Q14, 32768), H, anchor="на 32K токенов это 6 ГиБ")
claim(f, "512 КиБ", "kv_cache_per_token", "КиБ", KVT(Q32), X, "off_2x", note="2*64*8*128*2 = 256 КиБ")
claim(f, "16 ГиБ", "kv_cache_total", "ГиБ", KV(Q32, 32768), X, "off_2x", note="256 КиБ x 32K = 8 ГиБ")
claim(f, "320 КиБ", "kv_cache_per_token", "КиБ", KVT(Q72), H, anchor="- Старшая: 320 КиБ")
claim(f, "20 ГиБ", "kv_cache_total", "ГиБ", KV(Q72, 131072), X, "off_2x", note="320 КиБ x 131072 = 40 ГиБ")
claim(f, "392 КиБ", "kv_cache_per_token", "КиБ", 2 * 28 * 28 * 128 * 2, H)
claim(f, "7 раз", "ratio", "×", 28 / 4, H)
claim(f, "15,2 ГБ", "weights", "ГБ", W(Q7, "bf16"), H, anchor="- 7B: 15,2 ГБ в bf16")
claim(f, "56 КиБ", "kv_cache_per_token", "КиБ", KVT(Q7), H, anchor="- 7B: 15,2 ГБ в bf16")
claim(f, "59 ГБ", "weights", "ГБ", W(Q14, "bf16"), X, "wrong_dtype", note="fp32 figure; bf16 = 29,5 ГБ")
claim(f, "14,8 ГБ", "weights", "ГБ", W(Q14, "int8"), H, anchor="в int8 — 14,8 ГБ")
claim(f, "8,2 ГБ", "weights", "ГБ", W(Q32, "int4"), X, "off_2x", note="int4 = 16,4 ГБ")
claim(f, "290 ГБ", "weights", "ГБ", W(Q72, "bf16"), X, "wrong_dtype", anchor="- 72B: 290 ГБ в bf16", note="fp32 figure; bf16 = 145 ГБ")
claim(f, "36,4 ГБ", "weights", "ГБ", W(Q72, "int4"), H, anchor="- 72B: ")
non(f, "created: 2026-10-02", "date")
non(f, "оценка: 5/5", "rating")
non(f, "контекст: 32¦768 (до 131¦072 с YaRN)", "context setting")
non(f, "Прочитано 2026-11-27, ответ сгенерирован за 41 с.", "date, duration")

# ---- ru_02: ответ ИИ про Gemma 2 9B («младшая») и 27B («старшая»), окно на половине слоёв -------------
f = "ru_02"
G9, G27 = "gemma2-9b", "gemma2-27b"


def gemma_kv(m, s, window=4096):
    _, L, _, k, d = CFG[m]
    per = 2 * k * d * 2
    return (L // 2) * per * s + (L // 2) * per * min(s, window)


claim(f, "336 КиБ", "kv_cache_per_token", "КиБ", KVT(G9), H, anchor="kv_младшая_на_токен:")
claim(f, "54,5 ГБ", "weights", "ГБ", W(G27, "bf16"), H, anchor="веса_старшей_bf16:")
claim(f, "9,2 ГБ", "weights", "ГБ", W(G9, "int4"), X, "off_2x", anchor="веса_младшей_int4:", note="int4 = 4,62 ГБ (9,24 is the int8 size)")
claim(f, "36,96 ГБ", "weights", "ГБ", W(G9, "bf16"), X, "wrong_dtype", note="fp32 figure; bf16 = 18,48 ГБ")
claim(f, "108,9 ГБ", "weights", "ГБ", W(G27, "bf16"), X, "wrong_dtype", note="fp32 figure; bf16 = 54,5 ГБ")
claim(f, "4,6 ГБ", "weights", "ГБ", W(G9, "int4"), H, hedged=True)
claim(f, "6,8 ГБ", "weights", "ГБ", W(G27, "int4"), X, "off_2x", note="int4 = 13,6 ГБ")
claim(f, "4,89 бит", "bits_per_weight", "бит", BPW["Q4_K_M"], H, hedged=True)
claim(f, "5,65 ГБ", "quantized_file", "ГБ", GG(G9, "Q4_K_M"), H, rel=0.02)
claim(f, "33,3 ГБ", "quantized_file", "ГБ", GG(G27, "Q4_K_M"), X, "off_2x", note="Q4_K_M = 16,7 ГБ")
claim(f, "8192 байта", "kv_cache_per_token", "байт", 2 * 8 * 256 * 2, H, note="per layer")
claim(f, "8 КиБ", "kv_cache_per_token", "КиБ", 2 * 8 * 256 * 2, H, anchor="# 8 КиБ", note="per layer")
claim(f, "336 КиБ", "kv_cache_per_token", "КиБ", KVT(G9), H, anchor="# 336 КиБ без учёта окна")
claim(f, "2,625 ГиБ", "kv_cache_total", "ГиБ", KV(G9, 8192), H)
claim(f, "0,98 ГиБ", "kv_cache_total", "ГиБ", gemma_kv(G9, 8192), X, "off_2x", note="(21 x 8192 + 21 x 4096) x 8 КиБ = 1,97 ГиБ")
claim(f, "1,97 ГиБ", "kv_cache_total", "ГиБ", gemma_kv(G9, 8192), H, hedged=True)
claim(f, "2,6 ГиБ", "kv_cache_total", "ГиБ", KV(G9, 8192), H)
claim(f, "7,9 ГиБ", "kv_cache_total", "ГиБ", 8 * gemma_kv(G9, 8192), X, "off_2x", note="8 x 1,97 ГиБ = 15,75 ГиБ")
claim(f, "18,48 ГиБ", "weights", "ГиБ", W(G9, "bf16"), X, "gb_as_gib", note="18,48 ГБ = 17,2 ГиБ")
claim(f, "376¦832 байта", "kv_cache_per_token", "байт", KVT(G27), H)
claim(f, "184 КиБ", "kv_cache_per_token", "КиБ", KVT(G27), X, "off_2x", note="2*46*16*128*2 = 368 КиБ")
claim(f, "5,75 ГиБ", "kv_cache_total", "ГиБ", KV(G27, 8192), X, "off_2x", anchor="На 8192 токенах без учёта окна", note="368 КиБ x 8192 = 2,875 ГиБ")
claim(f, "4,3 ГиБ", "kv_cache_total", "ГиБ", gemma_kv(G27, 8192), X, "off_2x", hedged=True, note="windowed cache of the 27B at 8K = 2,16 ГиБ")
claim(f, "336", "kv_cache_per_token", "КиБ", KVT(G9), H, anchor="| KV на токен, КиБ |")
claim(f, "736", "kv_cache_per_token", "КиБ", KVT(G27), X, "off_2x", anchor="| KV на токен, КиБ |", note="368 КиБ")
claim(f, "2,625", "kv_cache_total", "ГиБ", KV(G9, 8192), H, anchor="| KV на 8K без окна, ГиБ |")
claim(f, "2,875", "kv_cache_total", "ГиБ", KV(G27, 8192), H, anchor="| KV на 8K без окна, ГиБ |")
claim(f, "17,2", "weights", "ГиБ", W(G9, "bf16"), H, anchor="| веса bf16, ГиБ |")
claim(f, "25,4", "weights", "ГиБ", W(G27, "bf16"), X, "off_2x", anchor="| веса bf16, ГиБ |", note="bf16 = 50,7 ГиБ")
claim(f, "18,5 ГБ", "weights", "ГБ", W(G9, "bf16"), H, anchor="- Младшая: 18,5 ГБ")
claim(f, "336 КиБ", "kv_cache_per_token", "КиБ", KVT(G9), H, anchor="- Младшая: 18,5 ГБ")
claim(f, "9,24 ГБ", "weights", "ГБ", W(G9, "int8"), H, anchor="- Младшая: 18,5 ГБ")
claim(f, "54,5 ГБ", "weights", "ГБ", W(G27, "bf16"), H, anchor="- Старшая: 54,5 ГБ")
claim(f, "27,2 ГБ", "weights", "ГБ", W(G27, "int4"), X, "off_2x", note="int4 = 13,6 ГБ")
claim(f, "25 %", "percentage", "%", 100 * (1 - gemma_kv(G9, 8192) / KV(G9, 8192)), H)
non(f, "created: 2026-09-12", "date")
non(f, "версия_transformers: 4.44.2", "version")
non(f, "оценка_полезности: 8/10", "rating")
non(f, "время_чтения: 7 мин", "reading time")
non(f, "Ответ получен 2026-09-12 в 14:32", "date, time")

# ---- ru_03: пост Telegram-канала, Llama 3.2 на телефоне + DeepSeek-V3 -------------------------------
f = "ru_03"
L1, L3, DS = "llama3.2-1b", "llama3.2-3b", "dsv3"
claim(f, "1,24 ГБ", "weights", "ГБ", W(L1, "bf16"), X, "off_2x", note="bf16 = 2,48 ГБ")
claim(f, "380 МБ", "quantized_file", "МБ", GG(L1, "Q4_K_M"), X, "off_2x", note="Q4_K_M = 759 МБ")
claim(f, "1,32 ГБ", "quantized_file", "ГБ", GG(L1, "Q8_0"), H, rel=0.02)
claim(f, "128 КиБ", "kv_cache_per_token", "КиБ", KVT(L1), X, "off_2x", anchor="• KV-кэш: 128 КиБ", note="2*16*8*64*2 = 32 КиБ")
claim(f, "1 ГиБ", "kv_cache_total", "ГиБ", KV(L1, 8192), X, "off_2x", note="8K x 32 КиБ = 256 МиБ")
claim(f, "6,42 ГБ", "weights", "ГБ", W(L3, "bf16"), H)
claim(f, "3,9 ГБ", "quantized_file", "ГБ", GG(L3, "Q4_K_M"), X, "off_2x", note="Q4_K_M = 1,96 ГБ")
claim(f, "112 КиБ", "kv_cache_per_token", "КиБ", KVT(L3), H, anchor="• кэш 112 КиБ/токен")
claim(f, "448 МиБ", "kv_cache_total", "МиБ", KV(L3, 8192), X, "off_2x", note="112 КиБ x 8192 = 896 МиБ")
claim(f, "1,75 ГиБ", "kv_cache_total", "ГиБ", KV(L3, 16384), H)
claim(f, "112 КиБ", "kv_cache_total", "КиБ", KV(L3, 131072), X, "wrong_kind", anchor="на полном контексте 131¦072 токена", note="per-token figure as the total: 14 ГиБ")
claim(f, "1,34 ТБ", "weights", "ТБ", W(DS, "fp8"), X, "wrong_dtype", note="fp8 = 671 ГБ; 1,34 ТБ is bf16")
claim(f, "671 ГБ", "weights", "ГБ", W(DS, "int4"), X, "wrong_dtype", note="int4 = 335 ГБ; 671 is fp8")
claim(f, "410 ГБ", "quantized_file", "ГБ", GG(DS, "Q4_K_M"), H, hedged=True)
claim(f, "132 ГБ", "quantized_file", "ГБ", GG(DS, "Q2_K"), X, "off_2x", note="Q2_K = 265 ГБ")
claim(f, "4,9 ГБ", "quantized_file", "ГБ", GG("llama3-8b", "Q4_K_M"), H, anchor="в Q4_K_M 4,9 ГБ", rel=0.02)
claim(f, "128 КиБ", "kv_cache_per_token", "КиБ", KVT("llama3-8b"), H, anchor="Её кэш 128 КиБ")
claim(f, "54,9 ГБ", "weights", "ГБ", W("gemma3-27b", "bf16"), H)
claim(f, "496 КиБ", "kv_cache_per_token", "КиБ", KVT("gemma3-27b"), H)
non(f, "date: 2026-11-18 09:41", "date")
non(f, "views: 23¦400", "view count")
non(f, "reactions: 🔥 812", "reaction counts")
non(f, "Друзья, 3 месяца гоняю", "device RAM, duration")
non(f, "⚡ Скорость: 1B выдаёт 38 ток/с", "measured speed, build")
non(f, "#llama #ondevice", "ad id, date, prize")

# ---- ru_04: отчёт о лабораторной работе (BERT, GPT-2), таблицы с единицами в шапке ---------------------
f = "ru_04"
BB, BL, G2, GX = "bert-base", "bert-large", "gpt2", "gpt2-xl"
ACT_BB = act(BB, 512, 32)
claim(f, "109¦482¦240", "params", "params", N[BB], H, anchor="| bert-base-uncased | 109")
claim(f, "335¦141¦888", "params", "params", N[BL], H, anchor="| bert-large-uncased | 335")
claim(f, "124¦439¦808", "params", "params", N[G2], H, anchor="| gpt2 | 124")
claim(f, "1¦557¦611¦200", "params", "params", N[GX], H, anchor="| gpt2-xl | 1")
claim(f, "875,8", "weights", "МБ", W(BB, "fp32"), X, "off_2x", anchor="| bert-base-uncased | 875,8", note="fp32 = 437,9 МБ")
claim(f, "417,6", "weights", "МиБ", W(BB, "fp32"), H, anchor="| bert-base-uncased | 875,8")
claim(f, "219,0", "weights", "МБ", W(BB, "fp16"), H, anchor="| bert-base-uncased | 875,8")
claim(f, "1340,6", "weights", "МБ", W(BL, "fp32"), H, anchor="| bert-large-uncased | 1340,6")
claim(f, "1340,6", "weights", "МиБ", W(BL, "fp32"), X, "gb_as_gib", anchor="| bert-large-uncased | 1340,6", occ=2, note="1340,6 МБ = 1278,5 МиБ")
claim(f, "335,1", "weights", "МБ", W(BL, "fp16"), X, "off_2x", anchor="| bert-large-uncased | 1340,6", note="fp16 = 670,3 МБ")
claim(f, "497,8", "weights", "МБ", W(G2, "fp32"), H, anchor="| gpt2 | 497,8")
claim(f, "474,7", "weights", "МиБ", W(G2, "fp32"), H, anchor="| gpt2 | 497,8")
claim(f, "124,4", "weights", "МБ", W(G2, "fp16"), X, "off_2x", anchor="| gpt2 | 497,8", note="fp16 = 248,9 МБ (1 byte per parameter used)")
claim(f, "6230", "weights", "МБ", W(GX, "fp32"), H, anchor="| gpt2-xl | 6230")
claim(f, "5942", "weights", "МиБ", W(GX, "fp32"), H, anchor="| gpt2-xl | 6230")
claim(f, "1558", "weights", "МБ", W(GX, "fp16"), X, "off_2x", anchor="| gpt2-xl | 6230", note="fp16 = 3115 МБ")
claim(f, "6,23 ГБ", "weights", "ГБ", W(GX, "fp32"), H)
claim(f, "12,5 раза", "ratio", "×", N[GX] / N[G2], H, hedged=True)
claim(f, "1¦751¦715¦840 байт", "training", "байт", 16 * N[BB], H)
claim(f, "0,44 ГБ", "training", "ГБ", 16 * N[BB], X, "off_2x", anchor="4.1. bert-base:", note="weights only; with 16 bytes/param = 1,75 ГБ")
claim(f, "2,68 ГБ", "training", "ГБ", 16 * N[BL], X, "off_2x", note="16 x 335,1 млн = 5,36 ГБ")
claim(f, "12,5 ГБ", "training", "ГБ", 16 * N[GX], X, "off_2x", anchor="4.3. gpt2-xl:", note="16 x 1,558 млрд = 24,9 ГБ")
claim(f, "6,2 ГБ", "training", "ГБ", 16 * N[GX], X, "off_2x", anchor="4.4. Если не учитывать", note="training without optimizer states; full = 24,9 ГБ")
claim(f, "931¦135¦488 байт", "activations", "байт", ACT_BB / 12, H)
claim(f, "931 МБ", "activations", "МБ", ACT_BB / 12, H, hedged=True)
claim(f, "11,2 ГБ", "activations", "ГБ", ACT_BB, H, anchor="На 12 слоёв:", hedged=True)
claim(f, "10,4 ГиБ", "activations", "ГиБ", ACT_BB, H, anchor="На 12 слоёв:")
claim(f, "2,6 ГБ", "activations", "ГБ", act(BB, 512, 32, "flash"), X, "off_2x", hedged=True, note="34 s b h x 12 = 5,13 ГБ")
claim(f, "36 КиБ", "kv_cache_per_token", "КиБ", KVT(G2), H)
claim(f, "36 МиБ", "kv_cache_total", "МиБ", KV(G2, 1024), H)
claim(f, "57,6 МиБ", "kv_cache_total", "МиБ", KV(G2, 1024, 16), X, "off_2x", note="16 x 36 МиБ = 576 МиБ")
claim(f, "150 КиБ", "kv_cache_per_token", "КиБ", KVT(GX), X, "off_2x", note="2*48*25*64*2 = 300 КиБ")
claim(f, "600 МиБ", "kv_cache_total", "МиБ", KV(GX, 1024), X, "off_2x", note="300 КиБ x 1024 = 300 МиБ")
claim(f, "11,2 ГБ", "activations", "ГБ", ACT_BB, H, anchor="Основной вклад в память", hedged=True)
claim(f, "0,22 ГБ", "weights", "ГБ", W(BB, "fp32"), X, "wrong_dtype", note="fp32 = 0,44 ГБ; 0,22 is fp16")
claim(f, "1,75 ГБ", "training", "ГБ", 16 * N[BB], H, anchor="Основной вклад в память")
non(f, "Дисциплина: Глубокое обучение", "group, variant numbers")
non(f, "Дата выполнения: 2026-11-14", "date")
non(f, "Оборудование: NVIDIA A100 40GB, PyTorch 2.5.1", "hardware, versions")
non(f, "| bert-base, инференс, b=32 |", "measurement")
non(f, "| bert-base, обучение, b=32 |", "measurement")
non(f, "| gpt2, генерация 1024 токенов |", "measurement")
non(f, "Погрешность оценки для обучения bert-base", "measured error percentage")
non(f, "Сдано 2026-11-21", "date")

# ---- ru_05: реферат со сносками, FLOP / GPU-часы / память обучения ------------------------------------
f = "ru_05"
SCALE["TFLOP/s"] = 1e12
L270, L27, L38, L370 = "llama2-70b", "llama2-7b", "llama3-8b", "llama3-70b"
EFF = 0.40 * 989e12
C70 = 6 * N[L270] * 2e12
C38 = 6 * N[L38] * 15e12
claim(f, "8,3·10²³", "flops", "FLOP", C70, H, anchor="2.1. Llama 2 70B")
claim(f, "8,1·10²³", "flops", "FLOP", 6 * N[L27] * 2e12, X, "off_2x", note="6 x 6,74e9 x 2e12 = 8,1e22")
claim(f, "7,2·10²³", "flops", "FLOP", C38, H)
claim(f, "6,4·10²³", "flops", "FLOP", 6 * N[L370] * 15e12, X, "off_2x", note="6 x 70,55e9 x 15e12 = 6,35e24")
claim(f, "187", "tokens_per_param", "tokens/param", 15e12 / N[L38], X, "off_2x", hedged=True, note="15e12 / 8,03e9 = 1868")
claim(f, "1,4 трлн токенов", "tokens", "трлн токенов", 20 * 70e9, H, hedged=True)
claim(f, "396 TFLOP/s", "throughput", "TFLOP/s", EFF, H, hedged=True)
claim(f, "2,1·10⁹ с", "time", "с", C70 / EFF, H, hedged=True)
claim(f, "580¦000 GPU-часов", "time", "GPU-часов", C70 / EFF / 3600, H, hedged=True)
claim(f, "24 суток", "time", "суток", C70 / EFF / 3600 / 2048 / 24, X, "off_2x", hedged=True, note="581 000 / 2048 / 24 = 11,8 суток")
claim(f, "507¦000 GPU-часов", "time", "GPU-часов", C38 / EFF / 3600, H, hedged=True)
claim(f, "16 байт", "training", "байт/параметр", 16, H)
claim(f, "0,28 ТБ", "training", "ТБ", 16 * N[L270], X, "off_2x", hedged=True, note="weights+grads only; 16 bytes/param = 1,1 ТБ")
claim(f, "34,5 ГБ", "training", "ГБ", zero(N[L270], 64, 3), X, "off_2x", hedged=True, note="16 x 68,98e9 / 64 = 17,2 ГБ")
claim(f, "69 ГБ", "weights", "ГБ", W(L270, "bf16"), X, "off_2x", note="bf16 = 138 ГБ")
claim(f, "552 ГБ", "weights", "ГБ", W(L270, "fp32"), X, "off_2x", note="fp32 = 275,9 ГБ")
claim(f, "276 ГБ", "training", "ГБ", 4 * N[L270], H, note="weights + gradients only, stated as such")
non(f, "created: 2026-10-21", "date")
non(f, "объём_страниц: 18", "page count")
non(f, "антиплагиат: 87 % оригинальности", "plagiarism score")
non(f, "год_сдачи: 2026", "year")
non(f, "За 2023–2025 годы открытые модели", "years, vague range, footnote")
non(f, r"$C \approx 6 N D$[^2]", "formula with free variables")
non(f, "[^1]: Touvron H.", "citation")
non(f, "[^2]: Kaplan J.", "citation")
non(f, "[^3]: Там же, табл. 2, с. 7.", "citation, table and page")
non(f, "[^4]: Meta AI.", "citation")
non(f, "[^5]: Hoffmann J.", "citation")

# ---- ru_06: ответ ИИ «какую видеокарту купить», таблица цен (цены — не утверждения) ---------------------
f = "ru_06"
L8, M7, Q14, Q32, L370, MX = "llama3-8b", "mistral-7b", "qwen2.5-14b", "qwen2.5-32b", "llama3-70b", "mixtral-8x7b"
claim(f, "8,03 ГБ", "weights", "ГБ", W(L8, "bf16"), X, "wrong_dtype", anchor="llama31_8b_bf16:", note="int8 figure; bf16 = 16,06 ГБ")
claim(f, "4,43 ГБ", "quantized_file", "ГБ", GG(M7, "Q4_K_M"), H, anchor="mistral_q4km:", rel=0.02)
claim(f, "4,5", "quantized_file", "ГБ", GG(Q14, "Q4_K_M"), X, "off_2x", anchor="qwen14b_q4km_гб:", note="Q4_K_M = 9,04 ГБ")
claim(f, "4,27 ГБ", "quantized_file", "ГБ", GG(L8, "Q8_0"), X, "off_2x", rel=0.02, note="Q8_0 of 8B = 8,53 ГБ")
claim(f, "1 ГиБ", "kv_cache_total", "ГиБ", KV(L8, 8192), H, anchor="(1 ГиБ кэша)")
claim(f, "4,43 ГБ", "quantized_file", "ГБ", GG(M7, "Q4_K_M"), H, anchor="Mistral 7B в Q4_K_M (4,43 ГБ)", rel=0.02)
claim(f, "9 ГБ", "quantized_file", "ГБ", GG(Q14, "Q4_K_M"), H, anchor="Qwen2.5-14B в Q4_K_M — около 9 ГБ", hedged=True)
claim(f, "960 КиБ", "kv_cache_per_token", "КиБ", KVT(Q14), X, "off_2x", note="all 40 query heads instead of 8 KV heads; 192 КиБ")
claim(f, "6 ГиБ", "kv_cache_total", "ГиБ", KV(Q14, 16384), X, "off_2x", anchor="на 16K — 6 ГиБ", note="192 КиБ x 16K = 3 ГиБ")
claim(f, "29 ГБ", "weights", "ГБ", W(M7, "bf16"), X, "wrong_dtype", anchor="Mistral 7B в bf16 (29 ГБ)", note="fp32 figure; bf16 = 14,5 ГБ")
claim(f, "20 ГБ", "quantized_file", "ГБ", GG(Q32, "Q4_K_M"), H, anchor="Qwen2.5-32B в Q4_K_M ≈ 20 ГБ", hedged=True)
claim(f, "256 КиБ", "kv_cache_per_token", "КиБ", KVT(Q32), H)
claim(f, "2 ГиБ", "kv_cache_total", "ГиБ", KV(Q32, 8192), H, anchor="256 КиБ × 8192 = 2 ГиБ")
claim(f, "22 ГБ", "arithmetic", "ГБ", GG(Q32, "Q4_K_M") + KV(Q32, 8192), H, anchor="Вместе около 22 ГБ", hedged=True)
claim(f, "16,06 ГБ", "weights", "ГБ", W(L8, "bf16"), H)
claim(f, "16 ГиБ", "kv_cache_total", "ГиБ", KV(L8, 32768), X, "off_2x", anchor="кэш 16 ГиБ — не влезает", note="all 32 heads instead of 8 KV heads; 32K x 128 КиБ = 4 ГиБ")
claim(f, "21,6 ГБ", "quantized_file", "ГБ", GG(L370, "Q4_K_M") / 2, H, anchor="около 21,6 ГБ на карту", hedged=True)
claim(f, "21,6 ГБ", "quantized_file", "ГБ", GG(L370, "Q4_K_M"), X, "per_gpu", anchor="То есть модель целиком — 21,6 ГБ", note="per-card share given as the whole model: 43,2 ГБ")
claim(f, "14,3 ГБ", "quantized_file", "ГБ", GG(MX, "Q4_K_M"), X, "off_2x", note="Q4_K_M = 28,6 ГБ")
claim(f, "12,9 млрд", "params", "млрд", ACTIVE_M7, H)
claim(f, "7,9 ГБ", "quantized_file", "ГБ", GG(MX, "Q4_K_M"), X, "off_2x", hedged=True, note="all experts stay in VRAM: 28,6 ГБ")
claim(f, "28 ГБ", "quantized_file", "ГБ", GG(L370, "Q2_K"), H, anchor="Llama 3 70B в Q2_K — около 28 ГБ", hedged=True)
claim(f, "65,5 ГБ", "weights", "ГБ", W(Q32, "int8"), X, "wrong_dtype", note="bf16 figure for int8; int8 = 32,8 ГБ")
claim(f, "128 КиБ", "kv_cache_per_token", "КиБ", KVT(M7), H, anchor="Кэш Mistral 7B — 128 КиБ")
claim(f, "4 раза", "ratio", "×", KVT("llama2-7b") / KVT(M7), H)
claim(f, "34,8 ГБ", "quantized_file", "ГБ", GG(Q32, "Q8_0"), H, rel=0.02)
claim(f, "28,6 ГБ", "quantized_file", "ГБ", GG(MX, "Q4_K_M"), H, anchor="Mixtral в Q4_K_M (28,6 ГБ)", rel=0.02)
non(f, "created: 2026-12-01", "date")
non(f, "бюджет_руб: 250¦000", "budget")
non(f, "курс_usd: 96,4", "exchange rate")
non(f, "блок_питания_вт: 1000", "power supply watts")
non(f, "| RTX 3060 12GB | 12 ГБ | 27¦990 |", "price, card spec")
non(f, "| RTX 4060 Ti 16GB | 16 ГБ |", "price, card spec")
non(f, "| RTX 3090 24GB (б/у) | 24 ГБ |", "price, card spec")
non(f, "| RTX 4090 24GB | 24 ГБ |", "price, card spec")
non(f, "| RTX 5090 32GB | 32 ГБ |", "price, card spec")
non(f, "- [ ] блок питания 1000 Вт", "price")
non(f, "- [ ] райзер PCIe 4.0", "price")
non(f, "- [ ] термопрокладки 1,5 мм", "thickness, price")

# ---- ru_07: FAQ «вопрос-ответ» RU/EN + diff конфига с размерами в комментариях -------------------------
f = "ru_07"
P3, P4, F7 = "phi3-mini", "phi4", "falcon-7b"
TIED = 65024 * 4544
claim(f, "96 КиБ", "kv_cache_per_token", "КиБ", KVT(P3), X, "off_2x", anchor="phi3_kv_на_токен:", note="MHA: 2*32*32*96*2 = 384 КиБ")
claim(f, "14,66 ГБ", "weights", "ГБ", W(P4, "bf16"), X, "off_2x", anchor="phi4_bf16:", note="bf16 = 29,3 ГБ")
claim(f, "6¦921¦720¦704", "params", "params", N[F7], H, anchor="falcon7b_params:")
claim(f, "7,64 ГБ", "weights", "ГБ", W(P3, "bf16"), H, anchor="7,64 ГБ в bf16")
claim(f, "2,3 ГБ", "quantized_file", "ГБ", GG(P3, "Q4_K_M"), H, anchor="7,64 ГБ в bf16", hedged=True)
claim(f, "7,1 ГиБ", "weights", "ГиБ", W(P3, "fp32"), X, "wrong_dtype", note="fp32 = 14,2 ГиБ; 7,1 ГиБ is bf16")
claim(f, "393¦216 байт", "kv_cache_per_token", "байт", KVT(P3), H)
claim(f, "384 КиБ", "kv_cache_per_token", "КиБ", KVT(P3), H, anchor="393¦216 байт = 384 КиБ")
claim(f, "1,5 ГиБ", "kv_cache_total", "ГиБ", KV(P3, 4096), H, anchor="На полный context 4096")
claim(f, "1,5 GiB", "kv_cache_total", "ГиБ", KV(P3, 4096), H)
claim(f, "7,64 GB", "weights", "ГБ", W(P3, "bf16"), H)
claim(f, "9,2 GB", "arithmetic", "ГБ", W(P3, "bf16") + KV(P3, 4096), H, hedged=True)
claim(f, "29,3 ГБ", "weights", "ГБ", W(P4, "bf16"), H, anchor="Веса в bf16 — 29,3 ГБ")
claim(f, "17,9 ГБ", "quantized_file", "ГБ", GG(P4, "Q4_K_M"), X, "off_2x", note="Q4_K_M = 8,97 ГБ")
claim(f, "204¦800 байт", "kv_cache_per_token", "байт", KVT(P4), H)
claim(f, "200 КиБ", "kv_cache_per_token", "КиБ", KVT(P4), H, anchor="204¦800 байт")
claim(f, "100 ГиБ", "kv_cache_total", "ГиБ", KV(P4, 16384, 8), X, "off_2x", note="all 40 heads; 200 КиБ x 16K x 8 = 25 ГиБ")
claim(f, "58,6 ГБ", "training", "ГБ", 16 * N[P4], X, "off_2x", note="16 x 14,66e9 = 234,6 ГБ (58,6 = 4 bytes/param, no optimizer states)")
claim(f, "14,43 ГБ", "weights", "ГБ", (N[F7] + TIED) * 2, H)
claim(f, "13,84", "weights", "ГБ", W(F7, "bf16"), H, anchor="а не 13,84?")
claim(f, "295,5 млн", "params", "млн", TIED, H)
claim(f, "1,18 ГБ", "weights", "ГБ", TIED * 2, X, "off_2x", note="295,5 млн x 2 байта = 0,59 ГБ")
claim(f, "8 КиБ", "kv_cache_per_token", "КиБ", KVT(F7), H, anchor="MQA, одна KV-голова по 64")
claim(f, "32 МиБ", "kv_cache_total", "МиБ", KV(F7, 2048), X, "off_2x", note="8 КиБ x 2048 = 16 МиБ")
claim(f, "64 раза", "ratio", "×", KVT("llama2-7b") / KVT(F7), H)
claim(f, "13,8 ГБ", "weights", "ГБ", W(F7, "int8"), X, "wrong_dtype", note="int8 = 6,9 ГБ; 13,8 is bf16")
claim(f, "1,5 ГиБ", "kv_cache_total", "ГиБ", KV(P3, 4096), H, anchor="-max_model_len: 4096")
claim(f, "12,5 ГиБ", "kv_cache_total", "ГиБ", KV(P4, 16384), X, "off_2x", note="all 40 heads instead of 10 KV heads; 200 КиБ x 16K = 3,125 ГиБ")
claim(f, "7,6 ГБ", "weights", "ГБ", W(P3, "fp32"), X, "wrong_dtype", note="bf16 figure in the fp32 comment; fp32 = 15,3 ГБ")
claim(f, "29,3 ГБ", "weights", "ГБ", W(P4, "bf16"), H, anchor="+dtype: bfloat16")
claim(f, "7,3 ГБ", "weights", "ГБ", W(P4, "int4"), H, hedged=True)
claim(f, "7,64 ГБ", "weights", "ГБ", W(P3, "bf16"), H, anchor="**Итог (TL;DR):**")
claim(f, "384 КиБ", "kv_cache_per_token", "КиБ", KVT(P3), H, anchor="**Итог (TL;DR):**")
claim(f, "29,3 ГБ", "weights", "ГБ", W(P4, "bf16"), H, anchor="**Итог (TL;DR):**")
claim(f, "200 КиБ", "kv_cache_per_token", "КиБ", KVT(P4), H, anchor="**Итог (TL;DR):**")
claim(f, "13,84 ГБ", "weights", "ГБ", W(F7, "bf16"), H, anchor="**Итог (TL;DR):**")
claim(f, "8 КиБ", "kv_cache_per_token", "КиБ", KVT(F7), H, anchor="**Итог (TL;DR):**")
non(f, "created: 2026-11-06", "date")
non(f, "serving: vLLM 0.6.3", "version")
non(f, "serving_port: 8000", "port")
non(f, "gpu_mem_util: 0.92", "hyper-parameter")
non(f, "@@ -3,9 +3,9 @@", "diff hunk header")
non(f, "_Обновлено 2026-11-29, PR #318", "date, PR number")
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
            raise SystemExit("truth.json is stale: run python tests/claims_corpus_r/truth.py")
        summary(truth)
        print("truth.json is current; every check passed")
        return 0
    path.write_text(text, encoding="utf-8")
    summary(truth)
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
