#!/usr/bin/env python3
"""Ground truth for blind sizing-claims corpus O (tests/claims_corpus_o/notes).

Written without reading vaultkit's code, its tests or the other corpora's notes.  Facts come
from /work/shared/claims-gold.md: bytes per dtype, exact parameter counts and configs of the
catalogued models, measured GGUF bits per weight (Llama-3.1-8B), the KV-cache, training-memory
and activation formulas.  Models that claims-gold lacks appear only with their config (layers,
KV heads, head dim, parameter count) stated in the note itself, and the truth computes from
those stated values.  Nothing here imports vaultkit.

    python tests/claims_corpus_o/truth.py          # verify and (re)write truth.json
    python tests/claims_corpus_o/truth.py --check  # verify; fail if truth.json is stale

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
         "TB/s": 1e12, "ТБ/с": 1e12, "Тбит/с": 1.25e11, "Гбит/с": 1.25e8,
         "billion": 1e9, "GB/s": 1e9, "ГБ/с": 1e9, "K": 1e3, "трлн": 1e12, "T": 1e12, "TFLOP": 1e12, "Mbit/s": 1.25e5, "million": 1e6, "days": 1, "суток": 1, "дней": 1}
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


def non(f, text, why):
    NON.append(dict(f=f, text=text.replace("¦", NB), why=why))


# ---- en_01: Gemma 2 family (configs stated in the note) ----------------------------------------
f = "en_01"
G2, G9, G27 = 2_614_341_888, 9_241_705_984, 27_227_128_320
C2, C9, C27 = (26, 4, 256), (42, 8, 256), (46, 16, 128)
claim(f, "18.5 GB", "weights", "GB", W(G9, "bf16"), H, anchor="weights_bf16_9b:")
claim(f, "368 KiB", "kv_cache_per_token", "KiB", KVT(C27), H)
claim(f, "27.2 GB", "weights", "GB", W(G27, "fp16"), X, "wrong_dtype", note="fp16 54.45 GB; 27.2 GB is int8")
claim(f, "about 5.2 GB", "weights", "GB", W(G2, "bf16"), H, hedged=True)
claim(f, "~1.3 GB", "weights", "GB", W(G2, "int4"), H, hedged=True)
claim(f, "18.48 GB", "weights", "GB", W(G9, "bf16"), H)
claim(f, "17.2 GiB", "weights", "GiB", W(G9, "bf16"), H)
claim(f, "9.2 GB", "weights", "GB", W(G9, "int8"), H)
claim(f, "54.5 GB", "weights", "GB", W(G27, "bf16"), H, anchor="The big one")
claim(f, "50.7 GiB", "weights", "GiB", W(G27, "bf16"), H)
claim(f, "27 GB", "weights", "GB", W(G27, "int4"), X, "off_2x", anchor="At int4 expect", note="int4 13.6 GB")
claim(f, "2.9x", "ratio", "×", G27 / G9, H)
claim(f, "104 KiB", "kv_cache_per_token", "KiB", KVT(C2), H)
claim(f, "336 KiB", "kv_cache_per_token", "KiB", KVT(C9), H)
claim(f, "184 KiB", "kv_cache_per_token", "KiB", KVT(C27), X, "off_2x", note="368 KiB")
claim(f, "2.6 GiB", "kv_cache_total", "GiB", KV(C9, 8192), H)
claim(f, "about 2 GiB", "kv_cache_total", "GiB", 21 * 2 * 8 * 256 * 2 * (8192 + 4096), H, hedged=True,
      note="21 global layers x 8192 + 21 local x 4096 = 1.97 GiB")
claim(f, "5.75 GiB", "kv_cache_total", "GiB", KV(C27, 8192), X, "off_2x", note="2.875 GiB")
claim(f, "21 GiB", "kv_cache_total", "GiB", KV(C9, 8192, 8), H)
claim(f, "832 MiB", "kv_cache_total", "MiB", KV(C2, 8192), H)
claim(f, "0.87 GB", "kv_cache_total", "GB", KV(C2, 8192), H)
claim(f, "10.5", "weights", "GB", W(G2, "bf16"), X, "wrong_dtype", anchor="| gemma-2-2b |", note="bf16 5.23 GB; 10.5 is fp32")
claim(f, "2.61", "weights", "GB", W(G2, "int4"), X, "wrong_dtype", anchor="| gemma-2-2b |", occ=2, note="int4 1.31 GB; 2.61 is int8")
claim(f, "18.5", "weights", "GB", W(G9, "bf16"), H, anchor="| gemma-2-9b |")
claim(f, "4.6", "weights", "GB", W(G9, "int4"), H, anchor="| gemma-2-9b |")
claim(f, "54.5", "weights", "GB", W(G27, "bf16"), H, anchor="| gemma-2-27b |")
claim(f, "6.8", "weights", "GB", W(G27, "int4"), X, "off_2x", anchor="| gemma-2-27b |", note="13.6 GB")
claim(f, "736", "kv_cache_per_token", "KiB", KVT(C27), X, "off_2x", anchor="| gemma-2-27b |", note="368 KiB")
claim(f, "≈5.7 GB", "quantized_file", "GB", GG(G9, "Q4_K_M"), H, hedged=True)
claim(f, "16.7 GB", "quantized_file", "GB", GG(G27, "Q4_K_M"), H)
claim(f, "14.5 GB", "quantized_file", "GB", GG(G27, "Q8_0"), X, "off_2x", note="28.9 GB")
claim(f, "17.2 GB", "weights", "GB", W(G9, "bf16"), X, "gib_as_gb", note="17.2 GiB = 18.48 GB")
non(f, "created: 2026-11-09", "date")
non(f, "release_date: 2024-06-27", "date")
non(f, "https://arxiv.org/abs/2408.00118", "URL")
non(f, "rating: 4/5", "rating")
non(f, "MMLU 71.3", "benchmark scores")


# ---- en_02: what fits a 24 GB card: Phi-4, Phi-3-mini, Mistral Nemo (configs in the note) ---------
f = "en_02"
P4, P3, NE = 14.66e9, 3_821_079_552, 12_247_782_400
CP4, CP3, CNE = (40, 10, 128), (32, 32, 96), (40, 8, 128)
claim(f, "29.3 GB", "weights", "GB", W(P4, "bf16"), H, anchor="phi4_bf16:")
claim(f, "15.3 GB", "weights", "GB", W(P3, "fp32"), H, anchor="phi3_fp32_size:")
claim(f, "29.3 GB", "weights", "GB", W(P4, "bf16"), H, anchor="**bf16 weights:**")
claim(f, "27.3 GiB", "weights", "GiB", W(P4, "bf16"), H)
claim(f, "14.7 GB", "weights", "GB", W(P4, "int8"), H, anchor="**int8:**")
claim(f, "about 9 GB", "quantized_file", "GB", GG(P4, "Q4_K_M"), H, hedged=True)
claim(f, "10.5 GB", "quantized_file", "GB", GG(P4, "Q5_K_M"), H)
claim(f, "24 GB", "quantized_file", "GB", GG(P4, "Q6_K"), X, "off_2x", anchor="so skip it", note="Q6_K 12.0 GB")
claim(f, "200 KiB", "kv_cache_per_token", "KiB", KVT(CP4), H, anchor="2 × 40 layers")
claim(f, "3.1 GiB", "kv_cache_total", "GiB", KV(CP4, 16384), H)
claim(f, "12.5 GiB", "kv_cache_total", "GiB", KV(CP4, 32768), X, "off_2x", note="6.25 GiB")
claim(f, "27.3 GB", "weights", "GB", W(P4, "bf16"), X, "gib_as_gb", note="27.3 GiB = 29.3 GB")
claim(f, "200 KiB", "kv_cache_total", "KiB", KV(CP4, 8192), X, "wrong_kind", anchor="typical 8K chat",
      note="per-token figure given as the total: 1.56 GiB")
claim(f, "7.64 GB", "weights", "GB", W(P3, "bf16"), H)
claim(f, "15.3 GB", "weights", "GB", W(P3, "fp32"), H, anchor="even fp32")
claim(f, "384 KiB", "kv_cache_per_token", "KiB", KVT(CP3), H)
claim(f, "1.5 GiB", "kv_cache_total", "GiB", KV(CP3, 4096), H)
claim(f, "48 GiB", "kv_cache_total", "GiB", KV(CP3, 131072), H)
claim(f, "7.6 GB", "weights", "GB", W(P3, "fp32"), X, "wrong_dtype", note="fp32 15.3 GB")
claim(f, "24.5 GB", "weights", "GB", W(NE, "bf16"), H, anchor="- bf16: 24.5 GB")
claim(f, "22.8 GiB", "weights", "GiB", W(NE, "bf16"), H)
claim(f, "1.2 GiB", "arithmetic", "GiB", 24 * GIB - W(NE, "bf16"), H)
claim(f, "6.1 GB", "weights", "GB", W(NE, "int4"), H)
claim(f, "13 GB", "quantized_file", "GB", GG(NE, "Q8_0"), H)
claim(f, "160 KiB", "kv_cache_per_token", "KiB", KVT(CNE), H)
claim(f, "20 GiB", "kv_cache_total", "GiB", KV(CNE, 131072), H, anchor="the full 128K context needs", occ=1)
claim(f, "20 GiB", "kv_cache_total", "GiB", KV(CNE, 131072, 1, 1), X, "off_2x", anchor="the full 128K context needs", occ=2,
      note="fp8 cache 10 GiB")
claim(f, "29.3", "weights", "GB", W(P4, "bf16"), H, anchor="| Phi-4 |")
claim(f, "14.7", "weights", "GB", W(P4, "int8"), H, anchor="| Phi-4 |")
claim(f, "400", "kv_cache_per_token", "KiB", KVT(CP4), X, "off_2x", anchor="| Phi-4 |", note="200 KiB")
claim(f, "15.3", "weights", "GB", W(P3, "bf16"), X, "wrong_dtype", anchor="| Phi-3-mini |", note="bf16 7.64 GB; 15.3 is fp32")
claim(f, "7.6", "weights", "GB", W(P3, "int8"), X, "off_2x", anchor="| Phi-3-mini |", note="int8 3.82 GB")
claim(f, "384", "kv_cache_per_token", "KiB", KVT(CP3), H, anchor="| Phi-3-mini |")
claim(f, "24.5", "weights", "GB", W(NE, "bf16"), H, anchor="| Mistral Nemo |", occ=1)
claim(f, "24.5", "weights", "GB", W(NE, "int8"), X, "wrong_dtype", anchor="| Mistral Nemo |", occ=2, note="int8 12.2 GB")
claim(f, "80", "kv_cache_per_token", "KiB", KVT(CNE), X, "off_2x", anchor="| Mistral Nemo |", note="160 KiB")
claim(f, "12.2 GB", "weights", "GB", W(NE, "int8"), H)
claim(f, "29.3 GB", "weights", "GB", W(P4, "bf16"), H, anchor="bf16 would need")
non(f, "asked: 2026-10-21", "date")
non(f, "driver: 560.35.03", "version")
non(f, "price_paid:", "price")
non(f, "Tokens/s I measured", "measured speeds, build number")


# ---- en_03: gpt-oss-120b and -20b (split and configs stated in the note) ---------------------------
f = "en_03"
OSS = 114.7e9 * 4.25 / 8 + 2.1e9 * 2
OSS_S = 19.1e9 * 4.25 / 8 + 1.8e9 * 2
CO, COS = (36, 8, 64), (24, 8, 64)
claim(f, "65.1 GB", "quantized_file", "GB", OSS, H, anchor="checkpoint_size:")
claim(f, "72 KiB", "kv_cache_per_token", "KiB", KVT(CO), H, anchor="kv_bytes_per_token:")
claim(f, "121.9 GB", "quantized_file", "GB", 114.7e9 * 4.25 / 8, X, "off_2x", note="60.9 GB")
claim(f, "4.2 GB", "weights", "GB", 2.1e9 * 2, H)
claim(f, "65.1 GB", "quantized_file", "GB", OSS, H, anchor="**Total on disk:**")
claim(f, "60.7 GiB", "quantized_file", "GiB", OSS, H)
claim(f, "233.6 GB", "weights", "GB", W(116.8e9, "bf16"), H)
claim(f, "~4.4 %", "percentage", "%", 100 * 5.13 / 116.8, H, hedged=True)
claim(f, "10.3 GFLOP", "flops", "GFLOP", 2 * 5.13e9, H)
claim(f, "~23 GFLOP", "flops", "GFLOP", 2 * 116.8e9, X, "off_2x", hedged=True, note="2 x 116.8B = 233.6 GFLOP")
claim(f, "72 KiB", "kv_cache_per_token", "KiB", KVT(CO), H, anchor="Per token: 2 × 36")
claim(f, "18 GiB", "kv_cache_total", "GiB", KV(CO, 131072), X, "off_2x", note="9 GiB")
claim(f, "about 4.5 GiB", "kv_cache_total", "GiB", 18 * 2 * 8 * 64 * 2 * (131072 + 128), H, hedged=True)
claim(f, "144 GiB", "kv_cache_total", "GiB", 16 * 18 * 2 * 8 * 64 * 2 * (131072 + 128), X, "off_2x", note="16 x 4.5 GiB = 72 GiB")
claim(f, "13.7 GB", "quantized_file", "GB", OSS_S, H)
claim(f, "20.9 GB", "weights", "GB", W(20.9e9, "bf16"), X, "wrong_dtype", note="bf16 41.8 GB; 20.9 GB is 8-bit")
claim(f, "96 KiB", "kv_cache_per_token", "KiB", KVT(COS), X, "off_2x", note="48 KiB")
claim(f, "12 GiB", "kv_cache_total", "GiB", KV(COS, 131072), X, "off_2x", note="6 GiB")
claim(f, "About 35 %", "percentage", "%", 100 * 3.61 / 20.9, X, "off_2x", hedged=True, note="17.3 %")
claim(f, "78.9 GB", "arithmetic", "GB", OSS + OSS_S, H)
claim(f, "~1,100 tok/s", "throughput", "tok/s", 3.35e12 / 3e9, H, hedged=True)
claim(f, "1,250 tok/s", "throughput", "tok/s", 1e12 / 1.6e9, X, "off_2x", note="625 tok/s")
claim(f, "334 GB", "training", "GB", 16 * 20.9e9, H, anchor="needs 334 GB")
claim(f, "41.8 GB", "training", "GB", zero(20.9e9, 8, 3), H, anchor="needs 334 GB")
claim(f, "334 GB", "training", "GB", zero(20.9e9, 8, 0), H, anchor="plain data parallelism")
claim(f, "41.8 GB", "training", "GB", 8 * 16 * 20.9e9, X, "per_gpu", anchor="plain data parallelism",
      note="8 x 334 GB = 2.67 TB across the node; 41.8 GB is the ZeRO-3 share")
claim(f, "65.1 GB", "quantized_file", "GB", OSS, H, anchor="the big one's checkpoint")
non(f, "created: 2026-08-14", "date")
non(f, "license: Apache-2.0", "licence version")
non(f, "aime_2025: 97.9", "benchmark score")
non(f, "temperature 1.0, top_p 1.0", "hyper-parameters")
non(f, "release: 2025-08-05", "date")


# ---- en_04: DeepSeek-V3 on one node (config stated in the note) ----------------------------------
f = "en_04"
DS, DSA = 671e9, 37e9
MLA = 61 * (512 + 64) * 2
claim(f, "671 GB", "weights", "GB", W(DS, "fp8"), H, anchor="fp8_checkpoint:")
claim(f, "70,272 bytes", "kv_cache_per_token", "bytes", MLA, H, anchor="mla_cache_per_token:")
claim(f, "671 GB", "weights", "GB", W(DS, "fp8"), H, anchor="are 671 GB")
claim(f, "625 GiB", "weights", "GiB", W(DS, "fp8"), H)
claim(f, "1,342 GB", "weights", "GB", W(DS, "bf16"), H)
claim(f, "1.34 TB", "weights", "TB", W(DS, "bf16"), H)
claim(f, "640 GB", "arithmetic", "GB", 8 * 80e9, H, anchor="An 8× H100 node has")
claim(f, "1,128 GB", "arithmetic", "GB", 8 * 141e9, H)
claim(f, "roughly 450 GB", "arithmetic", "GB", 8 * 141e9 - W(DS, "fp8"), H, hedged=True)
claim(f, "83.9 GB", "weights", "GB", W(DS, "fp8") / 8, H, anchor="With TP=8", occ=1, note="per GPU")
claim(f, "671 GB", "weights", "GB", W(DS, "fp8"), H, anchor="With TP=8", note="replicated: per GPU")
claim(f, "83.9 GB", "weights", "GB", W(DS, "fp8"), X, "per_gpu", anchor="With TP=8", occ=2,
      note="per-GPU share given as the node's need: 671 GB")
claim(f, "625 GB", "weights", "GB", W(DS, "fp8"), X, "gib_as_gb", note="625 GiB = 671 GB")
claim(f, "70,272 bytes", "kv_cache_per_token", "bytes", MLA, H, anchor="61 × (512 + 64)")
claim(f, "68.6 KiB", "kv_cache_per_token", "KiB", MLA, H, anchor="61 × (512 + 64)")
claim(f, "3.8 MiB", "kv_cache_per_token", "MiB", KVT((61, 128, 128)), H, anchor="Had it cached full K and V")
claim(f, "57x", "ratio", "×", KVT((61, 128, 128)) / MLA, H, hedged=True)
claim(f, "9.2 GB", "kv_cache_total", "GB", MLA * 131072, H)
claim(f, "8.6 GiB", "kv_cache_total", "GiB", MLA * 131072, H)
claim(f, "137 GiB", "kv_cache_total", "GiB", MLA * 131072 * 32, X, "off_2x", note="274.6 GiB")
claim(f, "74 GFLOP", "flops", "GFLOP", 2 * DSA, H)
claim(f, "1.34 TFLOP", "flops", "TFLOP", 2 * DS, H, occ=1, anchor="Per generated token", note="dense reading, stated as such")
claim(f, "1.34 TFLOP", "flops", "TFLOP", 2 * DSA, X, "wrong_kind", occ=2, anchor="Per generated token",
      note="actual per-token cost 74 GFLOP; total-parameter figure")
claim(f, "3.3e24", "flops", "FLOP", 6 * DSA * 14.8e12, H, hedged=True)
claim(f, "2.28 million GPU-hours", "time", "million", 6 * DSA * 14.8e12 / 400e12 / 3600, H)
claim(f, "~130 tok/s", "throughput", "tok/s", 4.8e12 / 37e9, H, hedged=True)
claim(f, "335.5 GB", "weights", "GB", W(DS, "int4"), H)
claim(f, "about 410 GB", "quantized_file", "GB", GG(DS, "Q4_K_M"), H, hedged=True)
claim(f, "132 GB", "quantized_file", "GB", GG(DS, "Q2_K"), X, "off_2x", note="Q2_K 265 GB")
claim(f, "≈ 356 GB", "quantized_file", "GB", GG(DS, "Q8_0"), X, "off_2x", hedged=True, note="713 GB")
claim(f, "68.6 KiB", "kv_cache_per_token", "KiB", MLA, H, anchor="MLA keeps the cache tiny")
claim(f, "1.9 MiB", "kv_cache_per_token", "MiB", KVT((61, 128, 128)), X, "off_2x", note="3.8 MiB")
non(f, "created: 2026-09-02", "date")
non(f, "paper: https://arxiv.org/abs/2412.19437", "URL")
non(f, "reported_cost:", "price")
non(f, "mmlu: 88.5", "benchmark score")
non(f, "The reported $5.576M training cost", "price")


# ---- en_05: Llama 3.2 1B vs 3B on a phone (configs in the note) ------------------------------------
f = "en_05"
L1, L3 = 1_235_814_400, 3_212_749_824
C1, C3 = (16, 8, 64), (28, 8, 128)
claim(f, "2.47 GB", "weights", "GB", W(L1, "bf16"), H, anchor="size_1b_bf16:")
claim(f, "~2.0 GB", "quantized_file", "GB", GG(L3, "Q4_K_M"), H, hedged=True, anchor="size_3b_q4km:")
claim(f, "32 KiB", "kv_cache_per_token", "KiB", KVT(C1), H, anchor="kv_1b_per_token:")
claim(f, "2.47 GB", "weights", "GB", W(L1, "bf16"), H, anchor="**1B.** In bf16", occ=1)
claim(f, "2.47 GB", "weights", "GB", W(L1, "fp32"), X, "wrong_dtype", anchor="**1B.** In bf16", occ=2, note="fp32 4.94 GB")
claim(f, "0.62 GB", "weights", "GB", W(L1, "int4"), H)
claim(f, "756 MB", "quantized_file", "MB", GG(L1, "Q4_K_M"), H, anchor="**1B.** In bf16")
claim(f, "2.6 GB", "quantized_file", "GB", GG(L1, "Q8_0"), X, "off_2x", note="Q8_0 1.31 GB")
claim(f, "2.6x", "ratio", "×", L3 / L1, H)
claim(f, "6.43 GB", "weights", "GB", W(L3, "bf16"), H)
claim(f, "6.43 GiB", "weights", "GiB", W(L3, "bf16"), X, "gb_as_gib", note="6.43 GB = 5.98 GiB")
claim(f, "3.2 GB", "weights", "GB", W(L3, "int4"), X, "off_2x", note="int4 1.61 GB")
claim(f, "~2.0 GB", "quantized_file", "GB", GG(L3, "Q4_K_M"), H, hedged=True, anchor="An int4 build")
claim(f, "32 KiB", "kv_cache_per_token", "KiB", KVT(C1), H, anchor="- 1B: 2 × 16")
claim(f, "56 KiB", "kv_cache_per_token", "KiB", KVT(C3), X, "off_2x", note="112 KiB")
claim(f, "3.5 times", "ratio", "×", KVT(C3) / KVT(C1), H)
claim(f, "4 GiB", "kv_cache_total", "GiB", KV(C1, 131072), H)
claim(f, "14 GiB", "kv_cache_total", "GiB", KV(C3, 131072), H)
claim(f, "7 GiB", "kv_cache_total", "GiB", KV(C3, 131072), X, "off_2x", note="14 GiB")
claim(f, "about 2.9 GB", "arithmetic", "GB", GG(L3, "Q4_K_M") + KV(C3, 8192), H, hedged=True)
claim(f, "2,472", "weights", "MB", W(L1, "bf16"), H, anchor="| Llama-3.2-1B |")
claim(f, "756", "quantized_file", "MB", GG(L1, "Q4_K_M"), H, anchor="| Llama-3.2-1B |")
claim(f, "64", "kv_cache_per_token", "KiB", KVT(C1), X, "off_2x", anchor="| Llama-3.2-1B |", note="32 KiB")
claim(f, "6,425", "weights", "MB", W(L3, "bf16"), H, anchor="| Llama-3.2-3B |")
claim(f, "983", "quantized_file", "MB", GG(L3, "Q4_K_M"), X, "off_2x", anchor="| Llama-3.2-3B |", note="1,966 MB")
claim(f, "224", "kv_cache_per_token", "KiB", KVT(C3), X, "off_2x", anchor="| Llama-3.2-3B |", note="112 KiB")
claim(f, "19.8 GB", "training", "GB", 16 * L1, H)
claim(f, "51.4 GB", "training", "GB", 16 * L3, H)
claim(f, "25.7 GB", "training", "GB", 16 * L3, X, "off_2x", note="16 B/param: 51.4 GB")
claim(f, "66 tok/s", "throughput", "tok/s", 50e9 / GG(L1, "Q4_K_M"), H)
claim(f, "~50 tok/s", "throughput", "tok/s", 50e9 / GG(L3, "Q4_K_M"), X, "off_2x", hedged=True, note="25 tok/s")
claim(f, "756 MB", "quantized_file", "MB", GG(L1, "Q4_K_M"), H, anchor="Want speed and battery")
non(f, "created: 2026-07-19", "date")
non(f, "mmlu_3b: 63.4", "benchmark score")
non(f, "release: 2024-09-25", "date")
non(f, "price_phone:", "price")
non(f, "MMLU for reference", "benchmark scores")


# ---- en_06: Reddit thread, Qwen2.5-32B / 14B on a 3090 (configs in the thread) ---------------------
f = "en_06"
Q32, Q14 = 32.8e9, 14.77e9
C32, C14 = (64, 8, 128), (48, 8, 128)
claim(f, "20 GB", "quantized_file", "GB", GG(Q32, "Q4_K_M"), H, anchor="The Q4_K_M is 20 GB")
claim(f, "8 GiB", "kv_cache_total", "GiB", KV(C32, 32768), H)
claim(f, "512 KiB", "kv_cache_per_token", "KiB", KVT(C32), X, "off_2x", note="256 KiB")
claim(f, "4 GiB", "kv_cache_total", "GiB", KV(C32, 32768, 1, 1), H, anchor="halves it to 4 GiB")
claim(f, "15.7 GB", "quantized_file", "GB", GG(Q14, "Q8_0"), H)
claim(f, "9 GB", "quantized_file", "GB", GG(Q14, "Q4_K_M"), H)
claim(f, "14.8 GB", "weights", "GB", W(Q14, "fp16"), X, "wrong_dtype", note="fp16 29.5 GB")
claim(f, "96 KiB", "kv_cache_per_token", "KiB", KVT(C14), X, "off_2x", note="192 KiB")
claim(f, "24 GiB", "kv_cache_total", "GiB", KV(C14, 131072), H)
claim(f, "32.8 GB", "weights", "GB", W(Q32, "bf16"), X, "wrong_dtype", note="bf16 65.6 GB; 32.8 GB is 8-bit")
claim(f, "23.4 GB", "quantized_file", "GB", GG(Q32, "Q5_K_M"), H)
claim(f, "18.7 GB", "quantized_file", "GB", GG(Q32, "Q4_K_M"), X, "gib_as_gb", anchor="> - Q4_K_M: 18.7 GB",
      note="18.7 GiB = 20.07 GB")
claim(f, "6.5 GB", "quantized_file", "GB", GG(Q32, "Q2_K"), X, "off_2x", note="Q2_K 12.95 GB")
claim(f, "10 GB", "quantized_file", "GB", GG(Q32, "Q4_K_M") / 2, H, note="per GPU")
claim(f, "20 GB", "quantized_file", "GB", GG(Q32, "Q4_K_M") / 2, X, "per_gpu", anchor="each card needs 20 GB",
      note="per card 10 GB; 20 GB is the total")
claim(f, "≈ 47 tok/s", "throughput", "tok/s", 936e9 / GG(Q32, "Q4_K_M"), H, hedged=True)
claim(f, "~94 tok/s", "throughput", "tok/s", 936e9 / GG(Q32, "Q4_K_M"), X, "off_2x", hedged=True, note="47 tok/s")
non(f, "posted 2026-11-14", "date, votes")
non(f, "Used 3090s are ~$650", "price, rule number")
non(f, "build b4327, temp 0.7", "build number, sampling hyper-parameters")
non(f, "saved: 2026-11-15", "date")
non(f, "**u/mod_bot** · ⬆ 1", "votes")


# ---- en_07: GPU shopping list (Llama-2-13B/70B, Mistral-7B, Falcon-7B from the catalogue) ------------
f = "en_07"
claim(f, "26.0", "weights", "GB", W("llama2-13b", "fp16"), H, anchor="| Llama-2-13B |")
claim(f, "13.0", "weights", "GB", W("llama2-13b", "int4"), X, "wrong_dtype", anchor="| Llama-2-13B |", note="int4 6.5 GB; 13.0 is int8")
claim(f, "138", "weights", "GB", W("llama2-70b", "fp16"), H, anchor="| Llama-2-70B |")
claim(f, "69", "weights", "GB", W("llama2-70b", "int4"), X, "off_2x", anchor="| Llama-2-70B |", note="int4 34.5 GB")
claim(f, "14.5", "weights", "GB", W("mistral-7b", "fp16"), H, anchor="| Mistral-7B |")
claim(f, "7.2", "weights", "GB", W("mistral-7b", "int4"), X, "off_2x", anchor="| Mistral-7B |", note="int4 3.62 GB")
claim(f, "138 GB", "weights", "GB", W("llama2-70b", "fp16"), H)
claim(f, "80 GB", "arithmetic", "GB", 160e9 - W("llama2-70b", "fp16"), X, "off_2x", anchor="left over",
      occ=2, note="160 - 138 = 22 GB left")
claim(f, "34.5 GB", "weights", "GB", W("llama2-70b", "int4"), H)
claim(f, "69 GB", "weights", "GB", W("llama2-70b", "int8"), H)
claim(f, "26 GB", "weights", "GB", W("llama2-13b", "fp16"), H, anchor="Llama-2-13B fp16:", occ=1)
claim(f, "24.2 GiB", "weights", "GiB", W("llama2-13b", "fp16"), H)
claim(f, "0.2 GiB", "arithmetic", "GiB", W("llama2-13b", "fp16") - 24 * GIB, H)
claim(f, "26 GB", "weights", "GB", W("llama2-13b", "int8"), X, "wrong_dtype", anchor="Llama-2-13B fp16:", occ=2,
      note="int8 13 GB")
claim(f, "14.5 GB", "weights", "GB", W("mistral-7b", "bf16"), H)
claim(f, "under 8 GB", "weights", "GB", W("mistral-7b", "int8"), H, bound="upper")
claim(f, "13-14 GB", "weights", "GB", W("falcon-7b", "bf16"), H, rng=True)
claim(f, "8 KiB", "kv_cache_per_token", "KiB", KVT("falcon-7b"), H)
claim(f, "32 MiB", "kv_cache_total", "MiB", KV("falcon-7b", 2048), X, "off_2x", note="16 MiB")
claim(f, "320 KiB", "kv_cache_per_token", "KiB", KVT("llama2-70b"), H)
claim(f, "1.25 GiB", "kv_cache_total", "GiB", KV("llama2-70b", 4096), H)
claim(f, "40 GiB", "kv_cache_total", "GiB", KV("llama2-70b", 4096, 16), X, "off_2x", note="20 GiB")
claim(f, "400 KiB", "kv_cache_per_token", "KiB", KVT("llama2-13b"), X, "off_2x", note="800 KiB")
non(f, "| RTX 3090 | 24 GB | $650 |", "price, power; hardware spec")
non(f, "| A100 80GB PCIe |", "price")
non(f, "Shipping ~$45 per card", "price, weeks")
non(f, "- [ ] PSU 1600 W, $420", "price, watts")
non(f, "- [ ] riser cable x2", "quantity, price")
non(f, "Total if all goes to plan", "price")
non(f, "created: 2026-11-27", "date")


# ---- ru_01: Qwen2.5 0.5B / 1.5B / 3B (конфигурации в заметке) ---------------------------------------
f = "ru_01"
Q05, Q15, Q3 = 494_032_768, 1_543_714_304, 3_085_938_688
C05, C15, C3 = (24, 2, 64), (28, 2, 128), (36, 2, 128)
claim(f, "3,09 ГБ", "weights", "ГБ", W(Q15, "bf16"), H, anchor="веса_1_5b_bf16:")
claim(f, "12 КиБ", "kv_cache_per_token", "КиБ", KVT(C05), H, anchor="kv_на_токен_0_5b:")
claim(f, "0,99 ГБ", "weights", "ГБ", W(Q05, "bf16"), H)
claim(f, "около 2 ГБ", "weights", "ГБ", W(Q05, "fp32"), H, hedged=True)
claim(f, "3,09 ГБ", "weights", "ГБ", W(Q15, "bf16"), H, anchor="**Средняя (1.5B).**")
claim(f, "3,09 ГиБ", "weights", "ГиБ", W(Q15, "bf16"), X, "gb_as_gib", note="3,09 ГБ = 2,87 ГиБ")
claim(f, "6,17 ГБ", "weights", "ГБ", W(Q3, "bf16"), H)
claim(f, "3,1 ГБ", "weights", "ГБ", W(Q3, "int4"), X, "off_2x", note="int4 1,54 ГБ")
claim(f, "6,2 раза", "ratio", "×", Q3 / Q05, H)
claim(f, "1,5 раза", "ratio", "×", Q15 / Q05, X, "off_2x", note="3,12×")
claim(f, "12 КиБ", "kv_cache_per_token", "КиБ", KVT(C05), H, anchor="- Младшая: 12 КиБ")
claim(f, "768 МиБ", "kv_cache_total", "МиБ", KV(C05, 32768), X, "off_2x", note="384 МиБ")
claim(f, "28 КиБ", "kv_cache_per_token", "КиБ", KVT(C15), H)
claim(f, "896 МиБ", "kv_cache_total", "МиБ", KV(C15, 32768), H)
claim(f, "72 КиБ", "kv_cache_per_token", "КиБ", KVT(C3), X, "off_2x", note="36 КиБ")
claim(f, "около 1,1 ГиБ", "kv_cache_total", "ГиБ", KV(C3, 32768), H, hedged=True)
claim(f, "0,99", "weights", "ГБ", W(Q05, "bf16"), H, anchor="| Qwen2.5-0.5B |")
claim(f, "0,60", "quantized_file", "ГБ", GG(Q05, "Q4_K_M"), X, "off_2x", anchor="| Qwen2.5-0.5B |", note="0,30 ГБ")
claim(f, "12", "kv_cache_per_token", "КиБ", KVT(C05), H, anchor="| Qwen2.5-0.5B |")
claim(f, "3,09", "weights", "ГБ", W(Q15, "bf16"), H, anchor="| Qwen2.5-1.5B |")
claim(f, "0,94", "quantized_file", "ГБ", GG(Q15, "Q4_K_M"), H, anchor="| Qwen2.5-1.5B |")
claim(f, "56", "kv_cache_per_token", "КиБ", KVT(C15), X, "off_2x", anchor="| Qwen2.5-1.5B |", note="28 КиБ")
claim(f, "12,3", "weights", "ГБ", W(Q3, "bf16"), X, "wrong_dtype", anchor="| Qwen2.5-3B |", note="bf16 6,17 ГБ; 12,3 ГБ — fp32")
claim(f, "3,8", "quantized_file", "ГБ", GG(Q3, "Q4_K_M"), X, "off_2x", anchor="| Qwen2.5-3B |", note="1,89 ГБ")
claim(f, "18", "kv_cache_per_token", "КиБ", KVT(C3), X, "off_2x", anchor="| Qwen2.5-3B |", note="36 КиБ")
claim(f, "6,2 ГБ", "weights", "ГБ", W(Q3, "bf16"), H)
claim(f, "494 МБ", "weights", "МБ", W(Q05, "bf16"), X, "wrong_dtype", note="bf16 988 МБ; 494 МБ — int8")
non(f, "создано: 2026-10-05", "date")
non(f, "дата_выхода: 2024-09-19", "date")
non(f, "mmlu_3b: 65,6", "benchmark score")
non(f, "MMLU: 47,5 / 60,9 / 65,6", "benchmark scores")
non(f, "оценка: 5/5", "rating")


# ---- ru_02: KV-кэш, Llama-2-13B и Mistral-7B (каталог) ------------------------------------------------
f = "ru_02"
claim(f, "800 КиБ", "kv_cache_per_token", "КиБ", KVT("llama2-13b"), H, anchor="kv_13b_на_токен:")
claim(f, "128 КиБ", "kv_cache_per_token", "КиБ", KVT("mistral-7b"), H, anchor="kv_mistral_на_токен:")
claim(f, "800 КиБ", "kv_cache_per_token", "КиБ", KVT("llama2-13b"), H, anchor="У этой модели нет GQA")
claim(f, "3,1 ГиБ", "kv_cache_total", "ГиБ", KV("llama2-13b", 4096), H, anchor="- Полный контекст 4096")
claim(f, "≈ 3,4 ГБ", "kv_cache_total", "ГБ", KV("llama2-13b", 4096), H, hedged=True)
claim(f, "12,5 ГиБ", "kv_cache_total", "ГиБ", KV("llama2-13b", 4096, 8), X, "off_2x", note="25 ГиБ")
claim(f, "800 КиБ", "kv_cache_per_token", "КиБ", KVT("llama2-13b", 1), X, "off_2x", anchor="хранить кэш в fp8", note="fp8 400 КиБ")
claim(f, "26 ГБ", "weights", "ГБ", W("llama2-13b", "fp16"), H)
claim(f, "320 КиБ", "kv_cache_per_token", "КиБ", KVT((40, 8, 128)), X, "off_2x", note="160 КиБ")
claim(f, "3,125 ГБ", "kv_cache_total", "ГБ", KV("llama2-13b", 4096), X, "gib_as_gb", note="3,125 ГиБ = 3,36 ГБ")
claim(f, "128 КиБ", "kv_cache_per_token", "КиБ", KVT("mistral-7b"), H, anchor="Здесь GQA")
claim(f, "6,25 раза", "ratio", "×", KVT("llama2-13b") / KVT("mistral-7b"), H)
claim(f, "4 ГиБ", "kv_cache_total", "ГиБ", KV("mistral-7b", 32768), H)
claim(f, "1,0 ГиБ", "kv_cache_total", "ГиБ", KV("mistral-7b", 4096), X, "off_2x", anchor="Со скользящим окном", note="окно 4096: 512 МиБ")
claim(f, "128 КиБ", "kv_cache_total", "КиБ", KV("mistral-7b", 4096), X, "wrong_kind", anchor="на весь 4K-диалог",
      note="per-token figure given for the whole dialogue: 512 МиБ")
claim(f, "7,2 ГБ", "weights", "ГБ", W("mistral-7b", "bf16"), X, "wrong_dtype", note="bf16 14,5 ГБ")
claim(f, "16 ГиБ", "kv_cache_total", "ГиБ", KV("mistral-7b", 4096, 32), H)
claim(f, "50 ГиБ", "kv_cache_total", "ГиБ", KV("llama2-13b", 4096, 32), X, "off_2x", note="100 ГиБ")
claim(f, "1,56 ГиБ", "kv_cache_total", "ГиБ", KV("llama2-13b", 4096) / 2, H, note="per GPU")
claim(f, "3,1 ГиБ", "kv_cache_total", "ГиБ", KV("llama2-13b", 4096) / 2, X, "per_gpu", anchor="Иногда пишут, что каждая",
      note="per GPU 1,56 ГиБ; 3,1 ГиБ is the total")
non(f, "создано: 2026-09-30", "date")
non(f, "M_{KV} = 2", "LaTeX formula with free variables")
non(f, "прочитано: 3 раза", "count")


# ---- ru_03: обучение GPT-2, BERT, T5 (каталог; T5-base — число параметров в заметке) ----------------------
f = "ru_03"
T5B = 222_903_552
claim(f, "≈ 2 ГБ", "training", "ГБ", 16 * N["gpt2"], H, hedged=True, anchor="обучение_gpt2_small:")
claim(f, "498 МБ", "weights", "МБ", W("gpt2", "fp32"), H)
claim(f, "474,7 МиБ", "weights", "МиБ", W("gpt2", "fp32"), H)
claim(f, "≈ 2 ГБ", "training", "ГБ", 16 * N["gpt2"], H, hedged=True, anchor="**Small.**")
claim(f, "24,9 ГБ", "training", "ГБ", 16 * N["gpt2-xl"], H)
claim(f, "28 ГБ", "training", "ГБ", 18 * N["gpt2-xl"], H)
claim(f, "6,2 ГБ", "training", "ГБ", zero(N["gpt2-xl"], 8, 3), X, "off_2x", note="ZeRO-3 на 8: 3,1 ГБ")
claim(f, "8,5 ГБ", "training", "ГБ", 12 * N["gpt2-medium"], X, "off_2x", note="12 байт: 4,26 ГБ")
claim(f, "7,5·10¹⁸", "flops", "FLOP", 6 * N["gpt2"] * 10e9, H)
claim(f, "9,3·10²¹", "flops", "FLOP", 6 * N["gpt2-xl"] * 100e9, X, "off_2x", note="9,3·10²⁰")
claim(f, "около 2¦100 GPU-часов", "time", "GPU-часов", 6 * N["gpt2-xl"] * 100e9 / (0.4 * 312e12) / 3600, H, hedged=True)
claim(f, "438 МБ", "weights", "МБ", W("bert-base", "fp32"), H, anchor="BERT-base в fp32", occ=1)
claim(f, "438 МБ", "weights", "МБ", W("bert-base", "fp16"), X, "wrong_dtype", anchor="BERT-base в fp32", occ=2, note="fp16 219 МБ")
claim(f, "1,34 ГБ", "weights", "ГБ", W("bert-large", "fp32"), H)
claim(f, "1,34 ГиБ", "weights", "ГиБ", W("bert-large", "fp32"), X, "gb_as_gib", note="1,34 ГБ = 1,25 ГиБ")
claim(f, "10,7 ГБ", "training", "ГБ", 16 * N["bert-large"], X, "off_2x", note="5,36 ГБ")
claim(f, "892 МБ", "weights", "МБ", W(T5B, "fp32"), H)
claim(f, "3,6 ГБ", "training", "ГБ", 16 * T5B, H)
claim(f, "0,9 ГБ", "training", "ГБ", zero(T5B, 4, 0), X, "per_gpu", note="DDP: каждая карта держит всё, 3,6 ГБ")
claim(f, "31 млрд токенов", "tokens", "млрд токенов", 20 * N["gpt2-xl"], H)
claim(f, "67 млрд токенов", "tokens", "млрд токенов", 20 * N["bert-large"], X, "off_2x", note="6,7 млрд")
non(f, "создано: 2026-06-12", "date")
non(f, "По цене $2 за GPU-час", "price")
non(f, "примерно за 4 дня на 8×A100", "duration, date")
non(f, "цена_gpu_часа:", "price")
non(f, "https://arxiv.org/abs/2203.15556", "URL")
non(f, "Всё три семейства", "price, percentage")


# ---- ru_04: Falcon-7B («младшая») и Llama-2-70B («старшая»), каталог ---------------------------------
f = "ru_04"
FA, L70 = "falcon-7b", "llama2-70b"
claim(f, "13,8 ГБ", "weights", "ГБ", W(FA, "bf16"), H, anchor="вес_младшей_bf16:")
claim(f, "138 ГБ", "weights", "ГБ", W(L70, "fp16"), H, anchor="вес_старшей_fp16:")
claim(f, "13,8 ГБ", "weights", "ГБ", W(FA, "bf16"), H, anchor="Модель в bf16 занимает", occ=1)
claim(f, "12,9 ГБ", "weights", "ГБ", W(FA, "bf16"), X, "gib_as_gb", note="12,9 ГиБ = 13,8 ГБ")
claim(f, "27,7 ГБ", "weights", "ГБ", W(FA, "fp32"), H)
claim(f, "13,8 ГБ", "weights", "ГБ", W(FA, "int8"), X, "wrong_dtype", anchor="Модель в bf16 занимает", occ=2, note="int8 6,9 ГБ")
claim(f, "8 КиБ", "kv_cache_per_token", "КиБ", KVT(FA), H, anchor="Поэтому кэш")
claim(f, "16 МиБ", "kv_cache_total", "МиБ", KV(FA, 2048), H)
claim(f, "2 ГиБ", "kv_cache_total", "ГиБ", KV(FA, 2048, 64), X, "off_2x", note="1 ГиБ")
claim(f, "568 КиБ", "kv_cache_per_token", "КиБ", KVT((32, 71, 64)), H)
claim(f, "110,7 ГБ", "training", "ГБ", 16 * N[FA], H)
claim(f, "55 ГБ", "training", "ГБ", 16 * N[FA], X, "off_2x", note="110,7 ГБ")
claim(f, "138 ГБ", "weights", "ГБ", W(L70, "fp16"), H, anchor="- Веса в fp16")
claim(f, "128,5 ГиБ", "weights", "ГиБ", W(L70, "fp16"), H)
claim(f, "10 раз", "ratio", "×", N[L70] / N[FA], H)
claim(f, "69 ГБ", "weights", "ГБ", W(L70, "int4"), X, "off_2x", anchor="- В int4", note="int4 34,5 ГБ")
claim(f, "320 КиБ", "kv_cache_per_token", "КиБ", KVT(L70), H)
claim(f, "40 раз", "ratio", "×", KVT(L70) / KVT(FA), H)
claim(f, "2,5 ГиБ", "kv_cache_total", "ГиБ", KV(L70, 4096), X, "off_2x", note="1,25 ГиБ")
claim(f, "34,5 ГБ", "weights", "ГБ", W(L70, "fp16") / 4, H, note="per GPU, TP=4")
claim(f, "138 ГБ", "weights", "ГБ", W(L70, "fp16") / 4, X, "per_gpu", anchor="При TP=4", note="per GPU 34,5 ГБ")
claim(f, "42,2 ГБ", "quantized_file", "ГБ", GG(L70, "Q4_K_M"), H)
claim(f, "36,6 ГБ", "quantized_file", "ГБ", GG(L70, "Q8_0"), X, "off_2x", note="Q8_0 73,3 ГБ")
claim(f, "≈ 49 токенов/с", "throughput", "токенов/с", 3.35e12 / (W(L70, "fp16") / 2), H, hedged=True)
claim(f, "около 97 токенов/с", "throughput", "токенов/с", 3.35e12 / (W(L70, "fp16") / 2), X, "off_2x", hedged=True,
      note="48,6 токенов/с")
claim(f, "13,8", "weights", "ГБ", W(FA, "bf16"), H, anchor="| bf16/fp16, ГБ |")
claim(f, "138", "weights", "ГБ", W(L70, "fp16"), H, anchor="| bf16/fp16, ГБ |")
claim(f, "8", "kv_cache_per_token", "КиБ", KVT(FA), H, anchor="| KV, КиБ/токен |")
claim(f, "640", "kv_cache_per_token", "КиБ", KVT(L70), X, "off_2x", anchor="| KV, КиБ/токен |", note="320 КиБ")
non(f, "создано: 2026-05-17", "date")
non(f, "https://arxiv.org/abs/2307.09288", "URL")
non(f, "MMLU 27,8", "benchmark scores")
non(f, "лицензия_младшей: Apache 2.0", "licence version")


# ---- ru_05: Llama 3.1 405B (конфигурация в заметке) --------------------------------------------------
f = "ru_05"
L405 = 405_853_388_800
C405 = (126, 8, 128)
claim(f, "811,7 ГБ", "weights", "ГБ", W(L405, "bf16"), H, anchor="веса_bf16:")
claim(f, "504 КиБ", "kv_cache_per_token", "КиБ", KVT(C405), H, anchor="kv_на_токен:")
claim(f, "811,7 ГБ", "weights", "ГБ", W(L405, "bf16"), H, anchor="**bf16.**")
claim(f, "756 ГиБ", "weights", "ГиБ", W(L405, "bf16"), H)
claim(f, "405,9 ГБ", "weights", "ГБ", W(L405, "fp8"), H, anchor="**fp8.**")
claim(f, "811 ГБ", "weights", "ГБ", W(L405, "fp8"), X, "wrong_dtype", quoted=True, note="fp8 405,9 ГБ")
claim(f, "≈ 203 ГБ", "weights", "ГБ", W(L405, "int4"), H, hedged=True)
claim(f, "~234 ГБ", "arithmetic", "ГБ", 640e9 - W(L405, "fp8"), H, hedged=True)
claim(f, "50,7 ГБ", "weights", "ГБ", W(L405, "fp8") / 8, H, anchor="- При TP=8", note="per GPU")
claim(f, "405,9 ГБ", "weights", "ГБ", W(L405, "fp8") / 8, X, "per_gpu", anchor="Каждая карта держит", quoted=True,
      note="per GPU 50,7 ГБ")
claim(f, "252 КиБ", "kv_cache_per_token", "КиБ", KVT(C405), X, "off_2x", note="504 КиБ")
claim(f, "63 ГиБ", "kv_cache_total", "ГиБ", KV(C405, 131072), H)
claim(f, "126 ГиБ", "kv_cache_total", "ГиБ", KV(C405, 131072), X, "off_2x", quoted=True, note="63 ГиБ")
claim(f, "31,5 ГиБ", "kv_cache_total", "ГиБ", KV(C405, 8192, 8), H, anchor="- 8 пользователей")
claim(f, "31,5 ГиБ", "kv_cache_total", "ГиБ", KV(C405, 8192, 16), X, "off_2x", anchor="- 16 пользователей", note="63 ГиБ")
claim(f, "248 ГБ", "quantized_file", "ГБ", GG(L405, "Q4_K_M"), H)
claim(f, "80 ГБ", "quantized_file", "ГБ", GG(L405, "Q2_K"), X, "off_2x", note="Q2_K 160 ГБ")
claim(f, "3,8·10²⁵", "flops", "FLOP", 6 * L405 * 15.6e12, H, hedged=True)
claim(f, "26 млн GPU-часов", "time", "million", 6 * L405 * 15.6e12 / 400e12 / 3600, H)
claim(f, "около 67 суток", "time", "суток", 6 * L405 * 15.6e12 / 400e12 / 3600 / 16384 / 24, H, hedged=True)
claim(f, "около 134 суток", "time", "суток", 6 * L405 * 15.6e12 / 400e12 / 3600 / 16384 / 24, X, "off_2x", hedged=True,
      quoted=True, note="67 суток")
claim(f, "6,49 ТБ", "training", "ТБ", 16 * L405, H)
claim(f, "3,2 ТБ", "training", "ТБ", 16 * L405, X, "off_2x", quoted=True, note="6,49 ТБ")
claim(f, "≈ 66 токенов/с", "throughput", "токенов/с", 3.35e12 / (W(L405, "fp8") / 8), H, hedged=True)
non(f, "создано: 2026-08-03", "date")
non(f, "цена_часа_узла:", "price")
non(f, "mmlu: 88,6", "benchmark score")
non(f, "дата_выхода: 2024-07-23", "date")
non(f, "Узел стоит около $98 в час", "price, benchmark score")


# ---- ru_06: реферат о квантовании (каталог; измеренные бит/вес Llama-3.1-8B) -----------------------------
f = "ru_06"
L8, L27, L213, M7 = "llama3-8b", "llama2-7b", "llama2-13b", "mistral-7b"
claim(f, "50 %", "percentage", "%", 100 * (1 - 1 / 2), H)
claim(f, "25 %", "percentage", "%", 100 * (1 - 0.5 / 2), X, "off_2x", note="fp16 -> int4: 75 %")
claim(f, "6,74 ГБ", "weights", "ГБ", W(L27, "int8"), H, anchor="2.2.", occ=1)
claim(f, "6,74 ГБ", "weights", "ГБ", W(L27, "fp16"), X, "wrong_dtype", anchor="2.2.", occ=2, note="fp16 13,5 ГБ")
claim(f, "4,89 бит", "bits_per_weight", "бит", BPW["Q4_K_M"], H)
claim(f, "17 бит", "bits_per_weight", "бит", BPW["Q8_0"], X, "off_2x", note="8,5 бит")
claim(f, "4,58 ГиБ", "quantized_file", "ГиБ", GG(L8, "Q4_K_M"), H)
claim(f, "7,95 ГиБ", "quantized_file", "ГиБ", GG(L8, "Q8_0"), H)
claim(f, "16,06 ГБ", "quantized_file", "ГБ", GG(L8, "F16"), H)
claim(f, "3,3 раза", "ratio", "×", BPW["F16"] / BPW["Q4_K_M"], H)
claim(f, "4,58 ГБ", "quantized_file", "ГБ", GG(L8, "Q4_K_M"), X, "gib_as_gb", note="4,58 ГиБ = 4,91 ГБ")
claim(f, "8,9 ГБ", "quantized_file", "ГБ", GG(M7, "Q4_K_M"), X, "off_2x", note="4,43 ГБ")
claim(f, "10,3 ГБ", "quantized_file", "ГБ", GG(M7, "Q5_K_M"), X, "off_2x", note="5,16 ГБ")
claim(f, "10,7 ГБ", "quantized_file", "ГБ", GG(L213, "Q6_K"), H)
claim(f, "2,6 ГБ", "quantized_file", "ГБ", GG(L213, "Q2_K"), X, "off_2x", note="5,14 ГБ")
claim(f, "3,5 ГБ", "quantized_file", "ГБ", N[L27] * NF4 / 8, H)
claim(f, "7,6 ГБ", "quantized_file", "ГБ", N[L27] * 4.5 / 8, X, "off_2x", note="3,79 ГБ")
non(f, "Выполнил: студент группы МО-21", "group number, year")
non(f, "доц. кафедры 42", "department number")
non(f, "[^1]: Dettmers", "citation, arXiv id, year")
non(f, "[^2]: llama.cpp", "citation, date")
non(f, "[^3]: Сводная", "citation, date")
non(f, "перплексия Q4_K_M выше F16", "perplexity range")
non(f, "создано: 2026-11-18", "date")


# ---- ru_07: «Вопрос-ответ» без карточек (каталог) ---------------------------------------------------------
f = "ru_07"
LQV = lora(32, 16, [(4096, 4096), (4096, 1024)])
claim(f, "13,5 ГБ", "weights", "ГБ", W("llama2-7b", "fp16"), H)
claim(f, "12,55 ГиБ", "weights", "ГиБ", W("llama2-7b", "fp16"), H)
claim(f, "1,0 МиБ", "kv_cache_per_token", "МиБ", KVT("llama2-7b"), X, "off_2x", note="512 КиБ")
claim(f, "2 ГиБ", "kv_cache_total", "ГиБ", KV("llama2-7b", 4096), H)
claim(f, "112 КиБ", "kv_cache_per_token", "КиБ", KVT("qwen2.5-7b"), X, "off_2x", note="56 КиБ")
claim(f, "15,2 ГБ", "weights", "ГБ", W("qwen2.5-7b", "bf16"), H)
claim(f, "14,2 ГБ", "weights", "ГБ", W("qwen2.5-7b", "bf16"), X, "gib_as_gb", quoted=True, note="14,2 ГиБ = 15,2 ГБ")
claim(f, "128,5 ГБ", "training", "ГБ", 16 * N["llama3-8b"], H)
claim(f, "64 ГБ", "training", "ГБ", zero(N["llama3-8b"], 4, 3), X, "off_2x", note="ZeRO-3 на 4: 32,1 ГБ")
claim(f, "6,8 млн", "params", "млн", LQV, H)
claim(f, "13,6 млн", "params", "млн", LQV, X, "off_2x", anchor="В вики для того же", quoted=True, note="6,8 млн; 13,6 млн would be r = 32")
claim(f, "349 ГБ", "weights", "ГБ", W("gpt3", "fp16"), H)
claim(f, "175 ГБ", "weights", "ГБ", W("gpt3", "fp16"), X, "wrong_dtype", quoted=True, note="fp16 349 ГБ; 175 ГБ — int8")
claim(f, "3,1·10²³", "flops", "FLOP", 6 * N["gpt3"] * 300e9, H, hedged=True)
claim(f, "Около 135 млрд токенов", "tokens", "млрд токенов", 20 * N["llama2-7b"], H, hedged=True)
claim(f, "270 млрд токенов", "tokens", "млрд токенов", 20 * N["llama2-7b"], X, "off_2x", quoted=True, note="135 млрд")
claim(f, "≈ 209 токенов/с", "throughput", "токенов/с", 3.35e12 / W("llama3-8b", "bf16"), H, hedged=True)
claim(f, "около 104 токенов/с", "throughput", "токенов/с", 3.35e12 / W("llama3-8b", "int4"), X, "off_2x", hedged=True,
      note="int4: 417 токенов/с")
claim(f, "2,1 ГБ", "activations", "ГБ", act("llama2-7b", 4096, 1, "full"), X, "off_2x", note="1,07 ГБ")
non(f, "В четверг 10.12 в 11:30", "date, time, room number")
non(f, "s3://ml-ckpt/2026-11/", "path, retention, quota, date")
non(f, "создано: 2026-12-02", "date")
non(f, "Собрано из вопросов коллег", "date")


# ---- fourth pass: bounds and ranges --------------------------------------------------------------------
claim("en_01", "at least 5 GB", "weights", "GB", W(2_614_341_888, "bf16"), H, bound="lower")
claim("en_02", "under 2.5 GB", "quantized_file", "GB", GG(3_821_079_552, "Q4_K_M"), H, bound="upper")
claim("en_03", "under 512 MiB", "kv_cache_total", "MiB", KV((24, 8, 64), 32768), X, "off_2x", bound="upper", note="1.5 GiB")
claim("en_04", "at least 400 GB", "arithmetic", "GB", 8 * 141e9 - W(671e9, "fp8"), H, bound="lower")
claim("en_06", "at least 18 GB", "quantized_file", "GB", GG(14.77e9, "Q4_K_M"), X, "off_2x", bound="lower", note="9.04 GB")
claim("en_07", "3.5-4 GB", "weights", "GB", W("mistral-7b", "int4"), H, rng=True)
claim("ru_01", "не более 0,5 ГБ", "quantized_file", "ГБ", GG(494_032_768, "Q4_K_M"), H, bound="upper")
claim("ru_02", "от 3 до 3,5 ГБ", "kv_cache_total", "ГБ", KV("llama2-13b", 4096), H, rng=True)
claim("ru_05", "не менее 400 ГБ", "weights", "ГБ", W(405_853_388_800, "fp8"), H, bound="lower")
claim("ru_05", "от 30 до 35 ГиБ", "kv_cache_total", "ГиБ", KV((126, 8, 128), 131072), X, "off_2x", rng=True, quoted=True,
      note="63 ГиБ")
claim("ru_07", "не менее 26 ГБ", "weights", "ГБ", W("llama2-13b", "fp16"), H, bound="lower")


#@@CLAIMS@@


# ---- wrong figures the note itself reports as someone else's mistake ("some posts say ...") -------------
QUOTED = [("en_02", "27.3 GB"), ("en_04", "625 GB"), ("en_04", "83.9 GB", 2),
          ("en_04", "1.34 TFLOP", 2), ("en_05", "7 GiB"), ("en_05", "25.7 GB"),
          ("en_06", "20 GB", 2), ("ru_02", "3,125 ГБ"), ("ru_02", "3,1 ГиБ", 2), ("ru_04", "12,9 ГБ"),
          ("ru_04", "55 ГБ"), ("ru_04", "138 ГБ", 2), ("ru_04", "около 97 токенов/с")]
for q in QUOTED:
    hits = [c for c in CLAIMS if c["f"] == q[0] and c["figure"] == q[1] and c["expect"] == X]
    assert len(hits) == 1, q
    hits[0]["quoted"] = True


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
            raise SystemExit("truth.json is stale: run python tests/claims_corpus_o/truth.py")
        summary(truth)
        print("truth.json is current; every check passed")
        return 0
    path.write_text(text, encoding="utf-8")
    summary(truth)
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
