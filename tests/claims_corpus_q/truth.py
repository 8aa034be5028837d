#!/usr/bin/env python3
"""Ground truth for blind sizing-claims corpus Q (tests/claims_corpus_q/notes).

Written without reading vaultkit's code, its tests or the other corpora's notes.  Facts come
from /work/shared/claims-gold.md: bytes per dtype, exact parameter counts and configs of the
catalogued models, measured GGUF bits per weight (Llama-3.1-8B), the KV-cache, training-memory
and activation formulas.  Models that claims-gold lacks appear only with their config (layers,
KV heads, head dim, parameter count) stated in the note itself, and the truth computes from
those stated values.  Nothing here imports vaultkit.

    python tests/claims_corpus_q/truth.py          # verify and (re)write truth.json
    python tests/claims_corpus_q/truth.py --check  # verify; fail if truth.json is stale

Each claim: note, figure (exact text on its line), anchor (text that occurs on exactly one line
of the note; default the figure), occurrence, kind, printed unit, correct value in base units,
intended verdict, error class.  The script stops when the arithmetic disagrees with the intended
verdict, when the anchor line does not contain the figure standing on its own, when a wrong
claim is off by less than 1.95x for its error class (or, for a GB/GiB mix-up, does not hold in
the twin unit), or when a non-claim line is also a claim line.  The reading and checking
machinery follows corpus K's truth.py (schema and conventions only); every claim here is new.
DeepSeek-V3's cache uses MLA: layers x (kv_lora_rank + rope dim) x bytes per token, no factor 2.
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
# Models the catalogue lacks: the note states the config and parameter count; these mirror it.
N.update({"llama31-8b": N["llama3-8b"], "llama31-70b": N["llama3-70b"],
          "qwen2.5-14b": 14.77e9, "qwen2.5-32b": 32.76e9, "qwen2.5-72b": 72.71e9,
          "gemma2-9b": 9.24e9, "gemma2-27b": 27.23e9, "phi3-mini": 3.82e9,
          "dsv3": 671e9})
CFG.update({"qwen2.5-14b": (5120, 48, 40, 8, 128), "qwen2.5-32b": (5120, 64, 40, 8, 128),
            "qwen2.5-72b": (8192, 80, 64, 8, 128), "gemma2-9b": (3584, 42, 16, 8, 256),
            "gemma2-27b": (4608, 46, 32, 16, 128), "phi3-mini": (3072, 32, 32, 32, 96)})

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
         "G": 1e9, "gb": 1e9, "Гб": 1e9, "Мб": 1e6, "GB/s": 1e9, "ГБ/с": 1e9,
         "миллиардов": 1e9, "млрд параметров": 1e9, "T": 1e12, "K GPU-hours": 1e3, "PFLOP": 1e15, "EFLOP": 1e18,
         "минут": 1, "minutes": 1, "GPU-дней": 1, "bytes/param": 1, "байт/параметр": 1}
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
          bound=None, rng=False, rel=None, note=""):
    figure = figure.replace("¦", NB)
    CLAIMS.append(dict(f=f, figure=figure, kind=kind, unit=unit, value=value, expect=expect,
                       error=error, anchor=(anchor or figure).replace("¦", NB), occ=occ,
                       hedged=hedged, bound=bound, rng=rng, rel=rel, note=note))


def non(f, text, why):
    NON.append(dict(f=f, text=text.replace("¦", NB), why=why))


# ---- en_01: ChatGPT answer, Llama 3.1 8B VRAM ----------------------------------------------------
f = "en_01"
L8 = "llama3-8b"
claim(f, "8030261248", "params", "params", N[L8], H)
claim(f, "16.1 GB", "weights", "GB", W(L8, "bf16"), H, anchor="weights_bf16:")
claim(f, "4.58 GiB", "quantized_file", "GiB", GG(L8, "Q4_K_M"), H, anchor="q4_k_m_file:")
claim(f, "128 KiB", "kv_cache_per_token", "KiB", KVT(L8), H, anchor="kv_per_token_fp16:")
claim(f, "8.03 billion", "params", "billion", N[L8], H)
claim(f, "8,030,261,248", "params", "params", N[L8], H)
claim(f, "16.06 GB", "weights", "GB", W(L8, "bf16"), H, anchor="so the weights alone are")
claim(f, "16.06 GiB", "weights", "GiB", W(L8, "bf16"), X, "gb_as_gib", note="16.06 GB = 14.96 GiB")
claim(f, "31-33 GB", "weights", "GB", W(L8, "fp32"), H, rng=True)
claim(f, "~16 GB", "weights", "GB", W(L8, "int8"), X, "wrong_dtype", hedged=True, anchor="**int8:**", note="fp16 size; int8 8.03 GB")
claim(f, "~4 GB", "weights", "GB", W(L8, "int4"), H, hedged=True)
claim(f, "32.1", "weights", "GB", W(L8, "fp16"), X, "wrong_dtype", anchor="| FP16 | 32.1 |", note="fp32 size; fp16 16.1 GB")
claim(f, "8.5", "quantized_file", "GB", GG(L8, "Q8_0"), H, anchor="| Q8_0 | 8.5 |")
claim(f, "4.9", "quantized_file", "GB", GG(L8, "Q4_K_M"), H, anchor="| Q4_K_M | 4.9 |")
claim(f, "8.5", "quantized_file", "GB", GG(L8, "Q2_K"), X, "off_2x", anchor="| Q2_K | 8.5 |",
      note="wrong GGUF type: 8.5 GB is Q8_0; Q2_K is 3.17 GB")
claim(f, "4.58 GiB", "quantized_file", "GiB", GG(L8, "Q4_K_M"), H, anchor="The Q4_K_M GGUF is")
claim(f, "≈ 4.9 GB", "quantized_file", "GB", GG(L8, "Q4_K_M"), H, hedged=True)
claim(f, "7.95 GB", "quantized_file", "GB", GG(L8, "Q8_0"), X, "gib_as_gb", note="7.95 GiB = 8.53 GB")
claim(f, "131,072 bytes", "kv_cache_per_token", "bytes", KVT(L8), H)
claim(f, "128 KiB", "kv_cache_per_token", "KiB", KVT(L8), H, anchor="= 131,072 bytes")
claim(f, "1 GiB", "kv_cache_total", "GiB", KV(L8, 8192), H, anchor="For an 8K conversation")
claim(f, "8 GiB", "kv_cache_total", "GiB", KV(L8, 131072), X, "off_2x", anchor="At the full 128K window", note="128 KiB x 131072 = 16 GiB")
claim(f, "≈ 16 GiB", "kv_cache_total", "GiB", KV(L8, 32768), X, "off_2x", hedged=True,
      note="32,768 x 128 KiB = 4 GiB")
claim(f, "1 GiB", "kv_cache_total", "GiB", KV(L8, 8192, 4), X, "wrong_kind", anchor="Serving a batch of 4 users", note="one sequence given for the batch: 4 GiB")
claim(f, "128 KiB", "kv_cache_total", "KiB", KV(L8, 8192), X, "wrong_kind", anchor="So a single 8K conversation",
      note="per-token cache given as the total: 8K tokens = 1 GiB")
claim(f, "16.06 GB", "weights", "GB", W(L8, "bf16"), H, anchor="bf16 weights 16.06 GB +")
claim(f, "4 GiB", "kv_cache_total", "GiB", KV(L8, 32768), H, anchor="bf16 weights 16.06 GB +")
claim(f, "≈ 21 GB", "arithmetic", "GB", W(L8, "bf16") + KV(L8, 32768) + 1e9, H, hedged=True)
claim(f, "roughly 32 GB", "training", "GB", 16 * N[L8], X, "off_2x", hedged=True,
      note="forgot optimizer states: 16 bytes/param = 128.5 GB")
claim(f, "~16 GB", "weights", "GB", W(L8, "bf16"), H, hedged=True, anchor="bf16 weights ~16 GB")
claim(f, "~4.9 GB", "quantized_file", "GB", GG(L8, "Q4_K_M"), H, hedged=True, anchor="bf16 weights ~16 GB")
claim(f, "~17 GB", "quantized_file", "GB", GG(L8, "Q8_0"), X, "off_2x", hedged=True, note="Q8_0 = 8.53 GB")
claim(f, "128 KiB", "kv_cache_per_token", "KiB", KVT(L8), H, anchor="KV cache: 128 KiB per token")
non(f, "created: 2026-03-14", "date")
non(f, "release_date: 2024-07-23", "date")
non(f, "rating: 4/5", "rating")
non(f, "MMLU 69.4, HumanEval 72.6", "benchmark scores, date")
non(f, "about $700 on eBay", "price, date")
non(f, "modified: 2026-09-02", "date")


# ---- en_02: homelab log, terse human figures, Dataview fields -----------------------------------
f = "en_02"
L8, L70, M7, MX, Q7 = "llama3-8b", "llama3-70b", "mistral-7b", "mixtral-8x7b", "qwen2.5-7b"
BW3090 = 936e9
LORA8 = lora(32, 16, [(4096, 4096), (4096, 1024), (4096, 1024), (4096, 4096)])
claim(f, "≈ 4.9G", "quantized_file", "G", GG(L8, "Q4_K_M"), H, hedged=True)
claim(f, "16.1G", "weights", "G", W(L8, "fp16"), H)
claim(f, "1 GiB", "kv_cache_total", "GiB", KV(L8, 8192), H, anchor="8k ctx kv = 1 GiB")
claim(f, "128 KiB", "kv_cache_per_token", "KiB", KVT(L8), H, anchor="8k ctx kv = 1 GiB")
claim(f, "≈ 190 tok/s", "throughput", "tok/s", BW3090 / GG(L8, "Q4_K_M"), H, hedged=True)
claim(f, "~140gb", "weights", "gb", W(L70, "fp16"), H, hedged=True)
claim(f, "43.2 GB", "quantized_file", "GB", GG(L70, "Q4_K_M"), H)
claim(f, "43.2 GB", "quantized_file", "GB", GG(L70, "Q4_K_M") / 2, X, "per_gpu", occ=2, note="split over two cards: 21.6 GB each")
claim(f, "320 KiB", "kv_cache_per_token", "KiB", KVT(L70), H)
claim(f, "2.5 MiB", "kv_cache_per_token", "MiB", KVT(L70), X, "off_2x",
      note="used 64 query heads instead of 8 KV heads: 320 KiB")
claim(f, "2.5 GiB", "kv_cache_total", "GiB", KV(L70, 8192), H, anchor="@8k ctx: kv")
claim(f, "~1.25 GiB", "kv_cache_total", "GiB", KV(L70, 8192) / 2, H, hedged=True)
claim(f, "≈ 43 tok/s", "throughput", "tok/s", BW3090 / (GG(L70, "Q4_K_M") / 2), H, hedged=True, bound="upper")
claim(f, "93.4 GB", "weights", "GB", W(MX, "bf16"), H)
claim(f, "26.6 GB", "quantized_file", "GB", GG(MX, "Q4_K_M"), X, "gib_as_gb", note="26.6 GiB = 28.6 GB")
claim(f, "≈ 12.9B", "params", "B", ACTIVE_M7, H, hedged=True)
claim(f, "~11.7 GB", "weights", "GB", W(MX, "int4"), X, "off_2x", hedged=True, note="46.7B x 0.5 B = 23.4 GB")
claim(f, "7.2 GB", "weights", "GB", W(M7, "fp16"), X, "wrong_dtype", note="int8 size; fp16 14.5 GB")
claim(f, "≈ 130 tok/s", "throughput", "tok/s", BW3090 / W(M7, "fp16"), X, "off_2x", hedged=True,
      note="936 GB/s / 14.5 GB = 65 tok/s")
claim(f, "128 KiB", "kv_cache_per_token", "KiB", KVT(M7), H, anchor="mistral kv/tok")
claim(f, "7,615,616,512", "params", "params", N[Q7], H)
claim(f, "57,344 B", "kv_cache_per_token", "bytes", KVT(Q7), H)
claim(f, "56 KiB", "kv_cache_per_token", "KiB", KVT(Q7), H)
claim(f, "0.875 GiB", "kv_cache_total", "GiB", KV(Q7, 32768), X, "off_2x", note="56 KiB x 32768 = 1.75 GiB")
claim(f, "3.5 GiB", "kv_cache_total", "GiB", KV(Q7, 131072), X, "off_2x", note="56 KiB x 131072 = 7 GiB")
claim(f, "16.2 GB", "quantized_file", "GB", GG(Q7, "Q8_0"), X, "off_2x", note="Q8_0 8.09 GB")
claim(f, "15.2G", "weights", "G", W(Q7, "bf16"), H)
claim(f, "13.6M", "params", "M", LORA8, H, anchor="trainable: 13.6M")
claim(f, "0.17 %", "percentage", "%", 100 * LORA8 / N[L8], H)
claim(f, "128 GB", "training", "GB", 16 * N[L8], H)
claim(f, "≈ 55 MB", "weights", "MB", LORA8 * 2, X, "off_2x", hedged=True, note="13.6M x 2 B = 27.3 MB")
claim(f, "≈ 4.1 GB", "weights", "GB", N[L8] * NF4 / 8, H, hedged=True)
claim(f, "≈ 1.6 GB", "training", "GB", LORA8 * 12, X, "off_2x", hedged=True, note="13.6M x 12 B = 164 MB")
non(f, "power_draw:: 350 W", "power, not a size")
non(f, "port:: 11434", "port number")
non(f, "actual: 17 tok/s", "measured speed, PCIe version")
non(f, "buy 3rd fan, 19.99", "price")
non(f, "bought 2nd 3090 for 640", "price, date")
non(f, "fan curve 60% @ 70°C", "fan curve")
non(f, "llama_cpp_build: b4291", "build number")
non(f, "driver: 550.127", "version")


# ---- en_03: Claude answer, Qwen2.5 7B/14B/32B/72B ------------------------------------------------
f = "en_03"
Q7, Q14, Q32, Q72 = "qwen2.5-7b", "qwen2.5-14b", "qwen2.5-32b", "qwen2.5-72b"
claim(f, "15.2 GB", "weights", "GB", W(Q7, "bf16"), H, anchor="size_7b_bf16:")
claim(f, "145.4 GB", "weights", "GB", W(Q72, "bf16"), H, anchor="size_72b_bf16:")
claim(f, "56 KiB", "kv_cache_per_token", "KiB", KVT(Q7), H, anchor="kv_tok_7b:")
claim(f, "320 KiB", "kv_cache_per_token", "KiB", KVT(Q72), H, anchor="kv_tok_72b:")
claim(f, "56", "kv_cache_per_token", "KiB", KVT(Q7), H, anchor="| Qwen2.5-7B | 7.62 |")
claim(f, "15.2", "weights", "GB", W(Q7, "bf16"), H, anchor="| Qwen2.5-7B | 7.62 |")
claim(f, "9.4", "quantized_file", "GB", GG(Q7, "Q4_K_M"), X, "off_2x", anchor="| Qwen2.5-7B | 7.62 |", note="Q4_K_M 4.66 GB")
claim(f, "96", "kv_cache_per_token", "KiB", KVT(Q14), X, "off_2x", anchor="| Qwen2.5-14B | 14.77 |",
      note="forgot the 2 of K and V: 192 KiB")
claim(f, "29.5", "weights", "GB", W(Q14, "bf16"), H, anchor="| Qwen2.5-14B | 14.77 |")
claim(f, "9.0", "quantized_file", "GB", GG(Q14, "Q4_K_M"), H, anchor="| Qwen2.5-14B | 14.77 |")
claim(f, "256", "kv_cache_per_token", "KiB", KVT(Q32), H, anchor="| Qwen2.5-32B | 32.76 |")
claim(f, "32.8", "weights", "GB", W(Q32, "bf16"), X, "wrong_dtype", anchor="| Qwen2.5-32B | 32.76 |",
      note="int8 size in the bf16 column: bf16 65.5 GB")
claim(f, "20.0", "quantized_file", "GB", GG(Q32, "Q4_K_M"), H, anchor="| Qwen2.5-32B | 32.76 |")
claim(f, "320", "kv_cache_per_token", "KiB", KVT(Q72), H, anchor="| Qwen2.5-72B | 72.71 |")
claim(f, "145.4", "weights", "GB", W(Q72, "bf16"), H, anchor="| Qwen2.5-72B | 72.71 |")
claim(f, "22.2", "quantized_file", "GB", GG(Q72, "Q4_K_M"), X, "off_2x", anchor="| Qwen2.5-72B | 72.71 |", note="Q4_K_M 44.5 GB")
claim(f, "~15 GB", "weights", "GB", W(Q7, "bf16"), H, hedged=True)
claim(f, "14 GiB", "kv_cache_total", "GiB", KV(Q7, 131072), X, "off_2x", note="56 KiB x 131072 = 7 GiB")
claim(f, "49 GiB", "kv_cache_total", "GiB", KV((28, 28, 128), 131072), H)
claim(f, "29.5 GB", "weights", "GB", W(Q14, "bf16"), H, anchor="**bf16:** 29.5 GB")
claim(f, "29.5 GB", "weights", "GB", W(Q14, "fp32"), X, "wrong_dtype", anchor="In fp32 it would be",
      note="fp32 59.1 GB")
claim(f, "about 9 GB", "quantized_file", "GB", GG(Q14, "Q4_K_M"), H, hedged=True)
claim(f, "≈ 31.4 GB", "quantized_file", "GB", GG(Q14, "Q8_0"), X, "off_2x", hedged=True, note="Q8_0 15.7 GB")
claim(f, "192 KiB", "kv_cache_per_token", "KiB", KVT(Q14), H)
claim(f, "6 GiB", "kv_cache_total", "GiB", KV(Q14, 32768), H)
claim(f, "≈ 18 GB", "quantized_file", "GB", GG(Q14, "Q4_K_M"), X, "off_2x", hedged=True, note="9.04 GB")
claim(f, "61 GB", "weights", "GB", W(Q32, "bf16"), X, "gib_as_gb", note="65.5 GB = 61.0 GiB")
claim(f, "8.2 GB", "weights", "GB", W(Q32, "int4"), X, "off_2x", note="32.76e9 x 0.5 B = 16.4 GB")
claim(f, "~20 GB", "quantized_file", "GB", GG(Q32, "Q4_K_M"), H, hedged=True)
claim(f, "4 GiB", "kv_cache_total", "GiB", KV(Q32, 16384), H, anchor="(4 GiB of cache)")
claim(f, "about 24 GB", "arithmetic", "GB", GG(Q32, "Q4_K_M") + KV(Q32, 16384), H, hedged=True)
claim(f, "4.3×", "ratio", "×", N[Q32] / N[Q7], H)
claim(f, "145 GB", "weights", "GB", W(Q72, "bf16"), H, anchor="In bf16 the weights are 145 GB")
claim(f, "72.7 GB", "weights", "GB", W(Q72, "bf16") / 2, H)
claim(f, "145 GB", "weights", "GB", W(Q72, "bf16") / 4, X, "per_gpu", anchor="each GPU holds 145 GB",
      note="total given as the per-GPU share: 36.4 GB per GPU")
claim(f, "10 GiB", "kv_cache_total", "GiB", KV(Q72, 32768), H)
claim(f, "40 GiB", "kv_cache_total", "GiB", KV(Q72, 32768, 8), X, "off_2x", note="8 x 10 GiB = 80 GiB")
claim(f, "135.4 GB", "weights", "GB", W(Q72, "bf16"), X, "gib_as_gb", note="135.4 GiB = 145.4 GB")
claim(f, "~44 GB", "quantized_file", "GB", GG(Q72, "Q4_K_M"), H, hedged=True)
claim(f, "56 KiB", "kv_cache_per_token", "KiB", KVT(Q7), H, anchor="KV per token ranges")
claim(f, "320 KiB", "kv_cache_per_token", "KiB", KVT(Q72), H, anchor="KV per token ranges")
claim(f, "9 GB", "quantized_file", "GB", GG(Q14, "Q4_K_M"), H, anchor="the sweet spot")
non(f, "created: 2026-05-20", "date")
non(f, "release: 2024-09-19", "date")
non(f, "MMLU 74.2 (7B)", "benchmark scores")
non(f, "reading_time: 6 min", "reading time")
non(f, "license: Apache-2.0", "license version")


# ---- en_04: Reddit thread, 2x3090, Llama 3 70B / Mixtral ------------------------------------------
f = "en_04"
L70, L8, MX, L270, L213 = "llama3-70b", "llama3-8b", "mixtral-8x7b", "llama2-70b", "llama2-13b"
BW3090 = 936e9
claim(f, "~40 GB", "quantized_file", "GB", GG(L70, "Q4_K_M"), H, hedged=True)
claim(f, "4.8 GB", "arithmetic", "GB", 48e9 - 43.2e9, H)
claim(f, "~2K tokens", "tokens", "K tokens", 4.8e9 / KVT(L70), X, "off_2x", hedged=True,
      note="4.8 GB / 320 KiB = 14,648 tokens")
claim(f, "70 GB", "weights", "GB", W(L70, "fp16"), X, "wrong_dtype", note="int8 size; fp16 141 GB")
claim(f, "~17.5 GB", "weights", "GB", W(L70, "int4"), X, "off_2x", hedged=True, note="4-bit 35.3 GB")
claim(f, "~141 GB", "weights", "GB", W(L70, "fp16"), H, hedged=True, anchor="That's int8")
claim(f, "43.2 GB", "quantized_file", "GB", GG(L70, "Q4_K_M"), H, anchor="per the llama.cpp README")
claim(f, "9.8 GB", "quantized_file", "GB", GG(L8, "Q4_K_M"), X, "off_2x", note="Q4_K_M 4.91 GB")
claim(f, "320 KB", "kv_cache_per_token", "KB", KVT(L70), X, "gib_as_gb", note="320 KiB = 327.7 KB")
claim(f, "2.5 GB", "kv_cache_total", "GB", KV(L70, 8192), X, "gib_as_gb", note="2.5 GiB = 2.68 GB")
claim(f, "~28 GB", "quantized_file", "GB", GG(L70, "Q2_K"), H, hedged=True)
claim(f, "about 10.5 GB", "quantized_file", "GB", N[L70] * 2.3824 / 8, X, "off_2x", hedged=True, note="IQ2_XXS 2.38 bpw: 21 GB")
claim(f, "28.9 GB", "quantized_file", "GB", GG(L70, "Q6_K"), X, "off_2x", note="Q6_K 57.9 GB")
claim(f, "46.7B", "params", "B", N[MX], H)
claim(f, "12.9B", "params", "B", ACTIVE_M7, H, anchor="but only 12.9B active")
claim(f, "~26 GB", "weights", "GB", W(MX, "fp16"), X, "wrong_kind", hedged=True,
      note="active parameters used for memory: all 46.7B must be resident, 93.4 GB")
claim(f, "28.6 GB", "quantized_file", "GB", GG(MX, "Q4_K_M"), H)
claim(f, "66.6 GB", "quantized_file", "GB", GG(MX, "Q5_K_M"), X, "off_2x", note="Q5_K_M 33.3 GB")
claim(f, "128 KiB", "kv_cache_per_token", "KiB", KVT(MX), H)
claim(f, "4 GiB", "kv_cache_total", "GiB", KV(MX, 32768), H)
claim(f, "49.6 GB", "quantized_file", "GB", GG(MX, "Q8_0"), H)
claim(f, "1.6B", "params", "B", N[L70] - N[L270], H)
claim(f, "69.0B", "params", "B", N[L270], H)
claim(f, "70.6B", "params", "B", N[L70], H)
claim(f, "2.5 MiB", "kv_cache_per_token", "MiB", KVT(L270), X, "off_2x",
      note="Llama 2 70B uses GQA with 8 KV heads: 320 KiB")
claim(f, "800 KiB", "kv_cache_per_token", "KiB", KVT(L213), H)
claim(f, "6.25 GiB", "kv_cache_total", "GiB", KV(L213, 4096), X, "off_2x", note="800 KiB x 4096 = 3.125 GiB")
claim(f, "≈ 22 tok/s", "throughput", "tok/s", BW3090 / GG(L70, "Q4_K_M"), H, hedged=True)
claim(f, "~43 tok/s", "throughput", "tok/s", 2 * BW3090 / GG(L70, "Q4_K_M"), H, hedged=True)
claim(f, "≈ 7.9 GB", "quantized_file", "GB", GG(ACTIVE_M7, "Q4_K_M"), H, hedged=True)
claim(f, "~118 tok/s", "throughput", "tok/s", BW3090 / GG(ACTIVE_M7, "Q4_K_M"), H, hedged=True)
claim(f, "1.13 TB", "training", "TB", 16 * N[L70], H)
claim(f, "~18 GB", "weights", "GB", N[L70] * NF4 / 8, X, "off_2x", hedged=True, note="NF4 4.127 bpw: 36.4 GB")
claim(f, "~141 GB", "weights", "GB", W(L70, "bf16"), H, hedged=True, anchor="Plain LoRA")
claim(f, "~423 GB", "training", "GB", 12 * N[L70], X, "off_2x", hedged=True,
      note="8-bit Adam: 2 + 4 + 4 + 2 = 12 bytes/param, 847 GB")
non(f, "clipped: 2026-07-18", "date")
non(f, "url: https://www.reddit.com", "URL")
non(f, "· 312 points · 2y ago", "score, age")
non(f, "Rule 3: hardware posts", "rule number, budget, build")
non(f, "comments: 87", "comment count")


# ---- en_05: team wiki export, table unit only in the caption (GiB) --------------------------------
f = "en_05"
L8, L70, M7, MX, G9, P3 = "llama3-8b", "llama3-70b", "mistral-7b", "mixtral-8x7b", "gemma2-9b", "phi3-mini"
KV16 = lambda m: KV(m, 8192, 16)
A = "| Llama-3.1-8B-Instruct |"
claim(f, "14.96", "weights", "GiB", W(L8, "bf16"), H, anchor=A)
claim(f, "3.74", "weights", "GiB", W(L8, "fp8"), X, "wrong_dtype", anchor=A, note="int4 value; fp8 7.48 GiB")
claim(f, "16", "kv_cache_total", "GiB", KV16(L8), H, anchor=A)
claim(f, "30.96", "arithmetic", "GiB", W(L8, "bf16") + KV16(L8), H, anchor=A)
A = "| Llama-3.1-70B-Instruct |"
claim(f, "141.1", "weights", "GiB", W(L70, "bf16"), X, "gb_as_gib", anchor=A, note="141.1 GB = 131.4 GiB")
claim(f, "65.7", "weights", "GiB", W(L70, "fp8"), H, anchor=A)
claim(f, "20", "kv_cache_total", "GiB", KV16(L70), X, "off_2x", anchor=A, note="2.5 GiB x 16 = 40 GiB")
claim(f, "171.4", "arithmetic", "GiB", W(L70, "bf16") + KV16(L70), H, anchor=A)
A = "| Mistral-7B-Instruct-v0.1 |"
claim(f, "13.49", "weights", "GiB", W(M7, "bf16"), H, anchor=A)
claim(f, "6.74", "weights", "GiB", W(M7, "fp8"), H, anchor=A)
claim(f, "16", "kv_cache_total", "GiB", KV16(M7), H, anchor=A)
claim(f, "29.49", "arithmetic", "GiB", W(M7, "bf16") + KV16(M7), H, anchor=A)
A = "| Mixtral-8x7B-Instruct-v0.1 |"
claim(f, "87.0", "weights", "GiB", W(MX, "bf16"), H, anchor=A)
claim(f, "21.7", "weights", "GiB", W(MX, "fp8"), X, "wrong_dtype", anchor=A, note="int4 size; fp8 43.5 GiB")
claim(f, "16", "kv_cache_total", "GiB", KV16(MX), H, anchor=A)
claim(f, "103.0", "arithmetic", "GiB", W(MX, "bf16") + KV16(MX), H, anchor=A)
A = "| gemma-2-9b-it |"
claim(f, "18.48", "weights", "GiB", W(G9, "bf16"), X, "gb_as_gib", anchor=A, note="18.48 GB = 17.21 GiB")
claim(f, "8.6", "weights", "GiB", W(G9, "fp8"), H, anchor=A)
claim(f, "21", "kv_cache_total", "GiB", KV16(G9), X, "off_2x", anchor=A, note="336 KiB x 8192 x 16 = 42 GiB")
claim(f, "59.2", "arithmetic", "GiB", W(G9, "bf16") + KV16(G9), H, anchor=A)
A = "| Phi-3-mini-4k-instruct |"
claim(f, "3.56", "weights", "GiB", W(P3, "bf16"), X, "wrong_dtype", anchor=A, note="fp8 value; bf16 7.12 GiB")
claim(f, "3.56", "weights", "GiB", W(P3, "fp8"), H, anchor=A, occ=2)
claim(f, "12", "kv_cache_total", "GiB", KV16(P3), X, "off_2x", anchor=A,
      note="assumed 8 KV heads; Phi-3-mini has 32: 48 GiB")
claim(f, "15.6", "arithmetic", "GiB", W(P3, "bf16") + KV16(P3), X, "off_2x", anchor=A, note="7.12 + 48 = 55.1 GiB")
claim(f, "128 KiB", "kv_cache_per_token", "KiB", KVT(L8), H)
claim(f, "320 KiB", "kv_cache_per_token", "KiB", KVT(L70), H, anchor="the 70B 320 KiB")
claim(f, "168 KiB", "kv_cache_per_token", "KiB", KVT(G9), X, "off_2x", note="forgot the 2 of K and V: 336 KiB")
claim(f, "384 KiB", "kv_cache_per_token", "KiB", KVT(P3), H)
claim(f, "65 GiB", "arithmetic", "GiB", 80 * GIB - W(L8, "bf16"), H)
claim(f, "≈ 520K tokens", "tokens", "K tokens", (80 * GIB - W(L8, "bf16")) / KVT(L8), H, hedged=True)
claim(f, "about 65 sequences", "arithmetic", "×", (80 * GIB - W(L8, "bf16")) / KV(L8, 8192), H, hedged=True)
claim(f, "320 KiB", "kv_cache_total", "KiB", KV(L70, 8192), X, "wrong_kind", anchor="Each 8K sequence of the 70B",
      note="per-token figure given per sequence: 2.5 GiB")
claim(f, "65.7 GiB", "weights", "GiB", W(L70, "fp8") / 2, X, "per_gpu", note="TP=2: 32.9 GiB per GPU")
claim(f, "94.3 GiB", "arithmetic", "GiB", 160 * GIB - W(L70, "fp8"), H)
claim(f, "~37 sequences", "arithmetic", "×", (160 * GIB - W(L70, "fp8")) / KV(L70, 8192), H, hedged=True)
claim(f, "93.4 GB", "weights", "GB", W(MX, "bf16"), H)
claim(f, "87 GiB", "weights", "GiB", W(MX, "bf16"), H)
claim(f, "≈ 5.65 GB", "quantized_file", "GB", GG(G9, "Q4_K_M"), H, hedged=True)
claim(f, "18.5 GB", "weights", "GB", W(G9, "fp32"), X, "wrong_dtype", note="bf16 size; fp32 37 GB")
claim(f, "15.3 GB", "weights", "GB", W(P3, "bf16"), X, "wrong_dtype", note="fp32 size; bf16 7.64 GB")
claim(f, "186 GiB", "arithmetic", "GiB", 12 * (W(L8, "bf16") + KV16(L8)), X, "off_2x", note="12 x 31 = 372 GiB")
claim(f, "≈ 418 tok/s", "throughput", "tok/s", H100_BW / W(L8, "bf16"), X, "off_2x", hedged=True, note="3.35 TB/s / 16.06 GB = 209 tok/s")
claim(f, "35.3 GB", "weights", "GB", W(L70, "fp8") / 2, H)
claim(f, "~95 tok/s", "throughput", "tok/s", H100_BW / (W(L70, "fp8") / 2), H, hedged=True)
claim(f, "~12.9 GB", "weights", "GB", ACTIVE_M7 * 1, H, hedged=True)
claim(f, "~260 tok/s", "throughput", "tok/s", H100_BW / ACTIVE_M7, H, hedged=True)
non(f, "| Last updated | 2026-11-12 |", "date")
non(f, "| Jira | INFRA-2291", "ticket numbers")
non(f, "| Review cycle | every 90 days |", "period")
non(f, "v3 (2026-11-12)", "dates, versions, comment counts")
non(f, "exported: 2026-11-12T09:41:07Z", "timestamp")
non(f, "page_id: 48213377", "page id")


# ---- ru_01: ответ нейросети, Gemma 2 9B и 27B («младшая»/«старшая») ------------------------------------
f = "ru_01"
G9, G27 = "gemma2-9b", "gemma2-27b"
claim(f, "54,5 ГБ", "weights", "ГБ", W(G27, "bf16"), H, anchor="вес_bf16_старшая:")
claim(f, "336 КиБ", "kv_cache_per_token", "КиБ", KVT(G9), H, anchor="kv_на_токен_младшая:")
claim(f, "18,5 ГБ", "weights", "ГБ", W(G9, "bf16"), H, anchor="в bf16 занимает 18,5 ГБ")
claim(f, "54,5 ГБ", "weights", "ГБ", W(G27, "bf16"), H, anchor="в bf16 занимает 18,5 ГБ")
claim(f, "17,2", "weights", "ГиБ", W(G9, "bf16"), H, anchor="В гибибайтах это")
claim(f, "50,7 ГиБ", "weights", "ГиБ", W(G27, "bf16"), H)
claim(f, "4,6 ГБ", "weights", "ГБ", W(G9, "int8"), X, "wrong_dtype", note="int4 size; int8 9.24 GB")
claim(f, "около 27 ГБ", "weights", "ГБ", W(G27, "int4"), X, "wrong_dtype", hedged=True, note="int8 size; int4 13.6 GB")
claim(f, "37 ГБ", "weights", "ГБ", W(G9, "fp32"), H, anchor="**fp32:**")
claim(f, "54,5 ГБ", "weights", "ГБ", W(G27, "fp32"), X, "wrong_dtype", anchor="**fp32:**", note="bf16 size; fp32 108.9 GB")
claim(f, "18,5 ГБ", "quantized_file", "ГБ", GG(G9, "Q4_K_M"), X, "off_2x", anchor="**GGUF Q4_K_M:**",
      note="wrong GGUF type (F16 size): Q4_K_M 5.65 GB")
claim(f, "54,5 ГиБ", "weights", "ГиБ", W(G27, "bf16"), X, "gb_as_gib", note="54.5 GB = 50.7 GiB")
claim(f, "95 %", "percentage", "%", 100 * (N[G27] / N[G9] - 1), X, "off_2x", note="27.23 / 9.24 - 1 = 195 %")
claim(f, "344¦064 байт", "kv_cache_per_token", "байт", KVT(G9), H)
claim(f, "≈ 336 КиБ", "kv_cache_per_token", "КиБ", KVT(G9), H, hedged=True)
claim(f, "368 КиБ", "kv_cache_per_token", "КиБ", KVT(G27), H)
claim(f, "примерно на 10 %", "percentage", "%", 100 * (KVT(G27) / KVT(G9) - 1), H, hedged=True)
claim(f, "2,6 ГБ", "kv_cache_total", "ГБ", KV(G9, 8192), X, "gib_as_gb", anchor="Для контекста 8192 токена", note="2.625 GiB = 2.82 GB")
claim(f, "184 КиБ", "kv_cache_per_token", "КиБ", KVT(G27), X, "off_2x", note="forgot the 2 of K and V: 368 KiB")
claim(f, "1,44 ГиБ", "kv_cache_total", "ГиБ", KV(G27, 8192), X, "off_2x", note="368 KiB x 8192 = 2.875 GiB")
claim(f, "46 ГиБ", "kv_cache_total", "ГиБ", KV(G27, 8192, 8), X, "off_2x", note="8 x 2.875 GiB = 23 GiB")
claim(f, "2,6 ГиБ", "kv_cache_total", "ГиБ", KV(G9, 8192, 8), X, "wrong_kind", anchor="У младшей при батче 8",
      note="per-sequence cache given for the batch: 21 GiB")
claim(f, "16,7 ГБ", "quantized_file", "ГБ", GG(G27, "Q4_K_M"), H)
claim(f, "2,9 ГиБ", "kv_cache_total", "ГиБ", KV(G27, 8192), H)
claim(f, "≈ 19,8 ГБ", "arithmetic", "ГБ", GG(G27, "Q4_K_M") + KV(G27, 8192), H, hedged=True)
claim(f, "18,5 ГБ", "weights", "ГБ", W(G9, "bf16"), H, anchor="Младшая в bf16 (18,5 ГБ)")
claim(f, "10,5 ГиБ", "kv_cache_total", "ГиБ", KV(G9, 8192, 4), H)
claim(f, "≈ 29,8 ГБ", "arithmetic", "ГБ", W(G9, "bf16") + KV(G9, 8192, 4), H, hedged=True)
claim(f, "435,7 ГБ", "training", "ГБ", 16 * N[G27], H, anchor="Полное дообучение старшей")
claim(f, "74 ГБ", "training", "ГБ", 16 * N[G9], X, "off_2x", note="9.24e9 x 16 = 147.8 GB")
claim(f, "108,9 ГБ", "training", "ГБ", 4 * N[G27], H)
claim(f, "435,7 ГБ", "training", "ГБ", 16 * N[G27] / 8, X, "per_gpu", anchor="на карту приходится",
      note="ZeRO-3 over 8 GPUs: 54.5 GB per GPU")
claim(f, "54,5 ГБ", "training", "ГБ", 16 * N[G27] / 8, H, anchor="Правильнее так")
claim(f, "18,5 ГБ", "weights", "ГБ", W(G9, "bf16"), H, anchor="Младшая — 18,5 ГБ в bf16")
claim(f, "5,7 ГБ", "quantized_file", "ГБ", GG(G9, "Q4_K_M"), H, anchor="и 5,7 ГБ в Q4_K_M")
claim(f, "54,5 ГБ", "weights", "ГБ", W(G27, "bf16"), H, anchor="Младшая — 18,5 ГБ в bf16")
claim(f, "33 ГБ", "quantized_file", "ГБ", GG(G27, "Q4_K_M"), X, "off_2x", note="Q4_K_M 16.7 GB")
non(f, "создано: 2026-04-02", "date")
non(f, "дата_релиза: 2024-06-27", "date")
non(f, "Аренда H100 сейчас около 2,49 $/ч", "price, benchmark scores")
non(f, "обновлено: 2026-04-03", "date")


# ---- ru_02: студенческий конспект лекции, непроверенные числа --------------------------------------
f = "ru_02"
L27, L213, B, G2, GX, G3 = "llama2-7b", "llama2-13b", "bert-base", "gpt2", "gpt2-xl", "gpt3"
claim(f, "6,74 млрд", "params", "млрд", N[L27], H)
claim(f, "13,5 ГБ", "weights", "ГБ", W(L27, "fp16"), H, anchor="- fp16 → 13,5 ГБ")
claim(f, "13,5 ГБ", "weights", "ГБ", W(L27, "fp16"), H, anchor="- fp32 → 13,5 ГБ × 2")
claim(f, "27 ГБ", "weights", "ГБ", W(L27, "fp32"), H)
claim(f, "3,4 ГБ", "weights", "ГБ", W(L27, "int8"), X, "wrong_dtype", note="int4 size; int8 6.74 GB")
claim(f, "175 ГБ", "weights", "ГБ", W(G3, "fp16"), X, "wrong_dtype", note="int8 size; fp16 349 GB")
claim(f, "110 млн", "params", "млн", N[B], H)
claim(f, "438 МБ", "weights", "МБ", W(B, "fp32"), H, anchor="BERT-base: 110 млн")
claim(f, "438 МиБ", "weights", "МиБ", W(B, "fp32"), X, "gb_as_gib", note="438 MB = 417.6 MiB")
claim(f, "438 МБ", "weights", "МБ", W(B, "fp16"), X, "wrong_dtype", anchor="BERT-base в fp16", note="fp16 219 MB")
claim(f, "124 млн", "params", "млн", N[G2], H)
claim(f, "около 0,5 ГБ", "weights", "ГБ", W(G2, "fp32"), H, hedged=True)
claim(f, "1,56 млрд", "params", "млрд", N[GX], H)
claim(f, "1,56 ГБ", "weights", "ГБ", W(GX, "fp16"), X, "wrong_dtype", note="fp16 3.12 GB")
claim(f, "512 КиБ", "kv_cache_per_token", "КиБ", KVT(L27), H)
claim(f, "2 ГиБ", "kv_cache_total", "ГиБ", KV(L27, 4096), H)
claim(f, "16 ГиБ", "kv_cache_total", "ГиБ", KV(L27, 4096, 16), X, "off_2x", note="16 x 2 GiB = 32 GiB")
claim(f, "800 КиБ", "kv_cache_per_token", "КиБ", KVT(L213), H)
claim(f, "1,5 ГиБ", "kv_cache_total", "ГиБ", KV(L213, 4096), X, "off_2x", note="800 KiB x 4096 = 3.125 GiB")
claim(f, "4,5 МиБ", "kv_cache_per_token", "МиБ", KVT(G3), H)
claim(f, "4,5 ГиБ", "kv_cache_total", "ГиБ", KV(G3, 2048), X, "off_2x", note="4.5 MiB x 2048 = 9 GiB")
claim(f, "18 КиБ", "kv_cache_per_token", "КиБ", KVT(G2), X, "off_2x", note="forgot the 2 of K and V: 36 KiB")
claim(f, "≈ 956 МБ", "activations", "МБ", act(L27, 2048, 1) / 32, H, hedged=True)
claim(f, "≈ 30,6 ГБ", "activations", "ГБ", act(L27, 2048, 1), H, hedged=True)
claim(f, "16 МБ", "activations", "МБ", act(L27, 2048, 1, "full") / 32, X, "gib_as_gb", note="16 MiB = 16.8 MB")
claim(f, "≈ 285 МБ", "activations", "МБ", act(L27, 2048, 1, "flash") / 32, H, hedged=True)
claim(f, "≈ 4,6 ГБ", "activations", "ГБ", act(L27, 2048, 1, "flash"), X, "off_2x", hedged=True,
      note="32 x 285 MB = 9.13 GB")
claim(f, "2,8 ТБ", "training", "ТБ", 16 * 174.6e9, H)
claim(f, "2,7 ГБ", "training", "ГБ", zero(174.6e9, 1024, 3), H, anchor="ZeRO-3 на 1024 GPU")
claim(f, "2,7 ГБ", "training", "ГБ", zero(174.6e9, 1024, 0), X, "per_gpu", anchor="обычный DDP",
      note="DDP keeps all 16 bytes/param on every GPU: 2.8 TB")
claim(f, "≈ 297 токенов на параметр", "tokens_per_param", "tokens/param", 2e12 / N[L27], H, hedged=True)
claim(f, "≈ 8,1·10²² FLOP", "flops", "FLOP", 6 * 6.74e9 * 2e12, H, hedged=True)
claim(f, "135 млрд токенов", "tokens", "млрд токенов", 20 * N[L27], H)
claim(f, "3,15·10²¹ FLOP", "flops", "FLOP", 6 * 175e9 * 300e9, X, "off_2x", note="3.15e23")
non(f, "дата: 2026-10-21", "date")
non(f, "аудитория: 3-405", "room number")
non(f, "опоздал на 10 мин", "time")
non(f, "Задачи 7.1–7.6", "exercise numbers, dates, percentage of grade")
non(f, "Формула для самопроверки", "LaTeX with free variables")
non(f, "лекция: 7", "lecture number")


# ---- ru_03: ответ нейросети, DeepSeek-V3 (MoE, MLA); конфиг в свойствах ---------------------------
f = "ru_03"
DS, DSA = 671e9, 37e9
DSKV = 61 * (512 + 64) * 2          # MLA: latent + RoPE key per layer, bf16, per token
claim(f, "671 ГБ", "weights", "ГБ", DS * 1, H, anchor="вес_fp8:")
claim(f, "68,6 КиБ", "kv_cache_per_token", "КиБ", DSKV, H, anchor="кэш_на_токен_bf16:")
claim(f, "5,5 %", "percentage", "%", 100 * DSA / DS, H)
claim(f, "671 ГБ", "weights", "ГБ", DS * 1, H, anchor="Нативные веса хранятся в FP8")
claim(f, "≈ 625", "weights", "ГиБ", DS * 1, H, hedged=True)
claim(f, "671 ГиБ", "weights", "ГиБ", DS * 1, X, "gb_as_gib", note="671 GB = 625 GiB")
claim(f, "1,34 ТиБ", "weights", "ТиБ", DS * 2, X, "gb_as_gib", note="1.34 TB = 1.22 TiB")
claim(f, "≈ 42 ГБ", "weights", "ГБ", DS / 8, X, "off_2x", hedged=True, note="671 GB / 8 = 83.9 GB")
claim(f, "37 ГБ", "weights", "ГБ", DSA * 2, X, "wrong_dtype", anchor="Активные 37 млрд параметров в bf16",
      note="bf16: 74 GB")
claim(f, "70¦272 байта", "kv_cache_per_token", "байт", DSKV, H)
claim(f, "≈ 68,6 КиБ", "kv_cache_per_token", "КиБ", DSKV, H, hedged=True)
claim(f, "140 КиБ", "kv_cache_per_token", "КиБ", DSKV, X, "off_2x",
      note="MLA caches one latent, no factor 2: 68.6 KiB")
claim(f, "≈ 8,6 ГиБ", "kv_cache_total", "ГиБ", DSKV * 131072, H, hedged=True)
claim(f, "≈ 4,3 ГБ", "kv_cache_total", "ГБ", DSKV * 131072, X, "off_2x", hedged=True, note="8.6 GiB = 9.2 GB")
claim(f, "≈ 34 ГиБ", "kv_cache_total", "ГиБ", DSKV * 32768 * 32, X, "off_2x", hedged=True, note="68.6 GiB")
claim(f, "37 ГБ", "weights", "ГБ", DSA * 1, H, anchor="На токен читается только")
claim(f, "15,4 мс", "time", "мс", DSA / 4.8e12, X, "off_2x", note="37 GB / 4.8 TB/s = 7.7 ms")
claim(f, "≈ 3,3·10²⁴ FLOP", "flops", "FLOP", 6 * DSA * 14.8e12, H, hedged=True)
claim(f, "≈ 6·10²⁴ FLOP", "flops", "FLOP", 6 * DS * 14.8e12, X, "off_2x", hedged=True, note="5.96e25")
claim(f, "≈ 400 токенов на активный параметр", "tokens_per_param", "tokens/param", 14.8e12 / DSA, H, hedged=True)
claim(f, "10,7 ТБ", "training", "ТБ", 16 * DS, H)
claim(f, "1,07 ТБ", "training", "ТБ", 16 * DS, X, "off_2x", note="671e9 x 16 = 10.7 TB")
claim(f, "≈ 265 ГБ", "quantized_file", "ГБ", GG(DS, "Q2_K"), H, hedged=True)
claim(f, "≈ 410 ГБ", "quantized_file", "ГБ", GG(DS, "Q4_K_M"), H, hedged=True)
claim(f, "≈ 356 ГБ", "quantized_file", "ГБ", GG(DS, "Q8_0"), X, "off_2x", hedged=True, note="Q8_0 713 GB")
claim(f, "671 ГБ", "weights", "ГБ", DS * 1, H, anchor="671 ГБ в FP8, кэш")
claim(f, "68,6 КиБ", "kv_cache_per_token", "КиБ", DSKV, H, anchor="671 ГБ в FP8, кэш")
claim(f, "~205 ГБ", "quantized_file", "ГБ", GG(DS, "Q4_K_M"), X, "off_2x", hedged=True, note="Q4_K_M 410 GB")
non(f, "создано: 2026-02-11", "date")
non(f, "статья: https://arxiv.org/abs/2412.19437", "URL")
non(f, "дата_статьи: 2024-12-27", "date")
non(f, "По статье: 14,8 трлн токенов, 2,788 млн GPU-часов", "reported figures and cost, not derived")


# ---- ru_04: FAQ «вопрос-ответ» без разметки карточек --------------------------------------------
f = "ru_04"
M7, MX, L8, L27, L70, Q7 = "mistral-7b", "mixtral-8x7b", "llama3-8b", "llama2-7b", "llama3-70b", "qwen2.5-7b"
claim(f, "7,24 млрд", "params", "млрд", N[M7], H)
claim(f, "14,5 ГБ", "weights", "ГБ", W(M7, "fp16"), H)
claim(f, "7,2 ГБ", "weights", "ГБ", W(M7, "int8"), H)
claim(f, "1,8 ГБ", "weights", "ГБ", W(M7, "int4"), X, "off_2x", note="4 bits read as a quarter byte: 3.62 GB")
claim(f, "около 4,4 ГБ", "quantized_file", "ГБ", GG(M7, "Q4_K_M"), H, hedged=True)
claim(f, "0,5 ГиБ", "kv_cache_total", "ГиБ", KV(M7, 4096), H, anchor="Кэш на 4096 токенов")
claim(f, "128 КиБ", "kv_cache_per_token", "КиБ", KVT(M7), H, anchor="(128 КиБ на токен)")
claim(f, "0,5 ГиБ", "kv_cache_total", "ГиБ", KV(M7, 4096), H, anchor="те же 0,5 ГиБ", note="window 4096 caps the cache")
claim(f, "46,7 млрд", "params", "млрд", N[MX], H, anchor="Всего 46,7 млрд")
claim(f, "12,9 млрд", "params", "млрд", ACTIVE_M7, H, anchor="активно 12,9 млрд")
claim(f, "93,4 ГБ", "weights", "ГБ", W(MX, "bf16"), H)
claim(f, "11,7 ГБ", "weights", "ГБ", W(MX, "int4"), X, "off_2x", note="46.7e9 x 0.5 B = 23.4 GB")
claim(f, "26,6 ГБ", "quantized_file", "ГБ", GG(MX, "Q4_K_M"), X, "gib_as_gb", note="26.6 GiB = 28.6 GB")
claim(f, "25,8 ГБ", "weights", "ГБ", ACTIVE_M7 * 2, H)
claim(f, "17,5 ГБ", "arithmetic", "ГБ", 46.7e9 * 3 / 8, H)
claim(f, "25,1 ГБ", "quantized_file", "ГБ", GG(MX, "Q3_K_L"), H)
claim(f, "16 ГБ", "kv_cache_total", "ГБ", KV(L8, 131072), X, "gib_as_gb", anchor="16 ГБ на одну последовательность", note="16 GiB = 17.2 GB")
claim(f, "32 ГиБ", "kv_cache_total", "ГиБ", KV(L8, 131072, 4), X, "off_2x", note="4 x 16 GiB = 64 GiB")
claim(f, "512 КиБ", "kv_cache_per_token", "КиБ", KVT(L27), H)
claim(f, "128 КиБ", "kv_cache_per_token", "КиБ", KVT(L8), H, anchor="у Llama 3 8B — 128 КиБ")
claim(f, "в 4 раза", "ratio", "×", KVT(L27) / KVT(L8), H)
claim(f, "28 КиБ", "kv_cache_per_token", "КиБ", KVT(Q7), X, "off_2x", anchor="ещё меньше — 28 КиБ", note="2 x 28 x 4 x 128 x 2 = 56 KiB")
claim(f, "128 ГБ", "training", "ГБ", 16 * N[L8], H)
claim(f, "16 ГБ", "weights", "ГБ", W(L8, "bf16"), H, anchor="LoRA на базе в bf16")
claim(f, "≈ 9 ГБ", "weights", "ГБ", N[L8] * NF4 / 8, X, "off_2x", hedged=True, note="NF4 double quant: 4.14 GB")
claim(f, "8,5 ГБ", "quantized_file", "ГБ", GG(L8, "Q8_0"), H)
claim(f, "32 ГБ", "quantized_file", "ГБ", GG(L8, "F16"), X, "wrong_dtype", anchor="F16 — 32 ГБ", note="fp32 size; F16 16.1 GB")
claim(f, "около 4,5 ГБ", "quantized_file", "ГБ", N[L8] * 4.5 / 8, H, hedged=True)
claim(f, "13,5 ГиБ", "weights", "ГиБ", W(L27, "fp16"), X, "gb_as_gib", note="13.5 GB = 12.55 GiB")
claim(f, "Примерно 55 ГБ", "quantized_file", "ГБ", GG(L70, "Q2_K"), X, "off_2x", hedged=True, note="Q2_K 27.9 GB")
claim(f, "≈ 55 ток/с", "throughput", "tok/s", 272e9 / GG(L8, "Q4_K_M"), H, hedged=True, bound="upper")
claim(f, "около 38 ток/с", "throughput", "tok/s", 272e9 / W(M7, "fp16"), X, "off_2x", hedged=True, note="272 / 14.5 = 18.8 tok/s")
claim(f, "на 70 %", "percentage", "%", 100 * (1 - BPW["Q4_K_M"] / 16), H, hedged=True)
non(f, "собрано: 2026-08-30", "date")
non(f, "версия_faq: 3.2", "version")
non(f, "Правила чата: не больше 3 сообщений", "rules, version, date")
non(f, "Встречи по четвергам в 19:00", "time, date")


# ---- en_06: ChatGPT explainer of the KV cache, chained worked example ------------------------------
f = "en_06"
L213, M7, L270, L27, L8, F7, G2, Q7 = ("llama2-13b", "mistral-7b", "llama2-70b", "llama2-7b", "llama3-8b",
                                      "falcon-7b", "gpt2", "qwen2.5-7b")
claim(f, "800 KiB", "kv_cache_per_token", "KiB", KVT(L213), H, anchor="kv_per_token_llama2_13b:")
claim(f, "128 KiB", "kv_cache_per_token", "KiB", KVT(M7), H, anchor="kv_per_token_mistral:")
claim(f, "819,200 bytes", "kv_cache_per_token", "bytes", KVT(L213), H)
claim(f, "800 KiB", "kv_cache_per_token", "KiB", KVT(L213), H, anchor="819,200 bytes (800 KiB)")
claim(f, "3.36 GB", "kv_cache_total", "GB", KV(L213, 4096), H, anchor="One sequence of 4,096 tokens")
claim(f, "13.4 GB", "kv_cache_total", "GB", KV(L213, 4096, 8), X, "off_2x", note="8 x 3.36 = 26.8 GB")
claim(f, "at least 26 GB", "weights", "GB", W(L213, "fp16"), H, bound="lower")
claim(f, "26.0 GB", "weights", "GB", W(L213, "fp16"), H)
claim(f, "26.8 GB", "kv_cache_total", "GB", KV(L213, 4096, 8), H)
claim(f, "≈ 53 GB", "arithmetic", "GB", W(L213, "fp16") + KV(L213, 4096, 8), H, hedged=True)
claim(f, "128 KiB", "kv_cache_per_token", "KiB", KVT(M7), H, anchor="so it needs 128 KiB per token")
claim(f, "512 MiB", "kv_cache_total", "MiB", KV(M7, 4096), H, anchor="capped at 512 MiB")
claim(f, "4 GiB", "kv_cache_total", "GiB", KV(M7, 32768), H, anchor="At 32K without the window")
claim(f, "8×", "ratio", "×", 32768 / 4096, H)
claim(f, "16 GiB", "kv_cache_total", "GiB", KV(M7, 4096, 64), X, "off_2x", note="64 x 512 MiB = 32 GiB")
claim(f, "320 KiB", "kv_cache_per_token", "KiB", KVT(L270), H)
claim(f, "512 KiB", "kv_cache_per_token", "KiB", KVT(L27), H)
claim(f, "10×", "ratio", "×", N[L270] / N[L27], H)
claim(f, "37.5 %", "percentage", "%", 100 * (1 - KVT(L270) / KVT(L27)), H)
claim(f, "4 GiB", "kv_cache_total", "GiB", KV(L8, 8192), X, "off_2x", anchor="Llama 3 8B at 8K context: the KV cache",
      note="used 32 query heads instead of 8 KV heads: 1 GiB")
claim(f, "64 KiB", "kv_cache_per_token", "KiB", KVT(L8, 1), H)
claim(f, "16 KiB", "kv_cache_per_token", "KiB", KVT(L8, 0.5), X, "off_2x", note="4-bit: 32 KiB per token")
claim(f, "8 KiB", "kv_cache_per_token", "KiB", KVT(F7), H, anchor="only 8 KiB per token")
claim(f, "16 MiB", "kv_cache_total", "MiB", KV(F7, 2048), H)
claim(f, "64×", "ratio", "×", KVT(L27) / KVT(F7), H)
claim(f, "36 KiB", "kv_cache_per_token", "KiB", KVT(G2), H)
claim(f, "72 MiB", "kv_cache_total", "MiB", KV(G2, 1024), X, "off_2x", note="36 KiB x 1024 = 36 MiB")
claim(f, "under 1.1 GiB", "kv_cache_total", "GiB", KV(L8, 8192), H, bound="upper")
claim(f, "256", "kv_cache_per_token", "KiB", KVT(L27), X, "off_2x", anchor="| Llama 2 7B | 256 |",
      note="forgot the 2 of K and V: 512 KiB")
claim(f, "2", "kv_cache_total", "GiB", KV(L27, 4096), H, anchor="| Llama 2 7B | 256 |")
claim(f, "800", "kv_cache_per_token", "KiB", KVT(L213), H, anchor="| Llama 2 13B | 800 |")
claim(f, "6.25", "kv_cache_total", "GiB", KV(L213, 4096), X, "off_2x", anchor="| Llama 2 13B | 800 |",
      note="800 KiB x 4096 = 3.125 GiB")
claim(f, "2,560", "kv_cache_per_token", "KiB", KVT(L270), X, "off_2x", anchor="| Llama 2 70B |",
      note="used 64 query heads instead of 8 KV heads: 320 KiB")
claim(f, "1.25", "kv_cache_total", "GiB", KV(L270, 4096), H, anchor="| Llama 2 70B |")
claim(f, "128", "kv_cache_per_token", "KiB", KVT(L8), H, anchor="| Llama 3 8B | 128 |")
claim(f, "0.5", "kv_cache_total", "GiB", KV(L8, 4096), H, anchor="| Llama 3 8B | 128 |")
claim(f, "128", "kv_cache_per_token", "KiB", KVT(M7), H, anchor="| Mistral 7B | 128 |")
claim(f, "2", "kv_cache_total", "GiB", KV(M7, 4096), X, "off_2x", anchor="| Mistral 7B | 128 |", note="128 KiB x 4096 = 0.5 GiB")
claim(f, "112", "kv_cache_per_token", "KiB", KVT(Q7), X, "off_2x", anchor="| Qwen2.5-7B | 112 |", note="56 KiB")
claim(f, "0.22", "kv_cache_total", "GiB", KV(Q7, 4096), H, anchor="| Qwen2.5-7B | 112 |")
non(f, "created: 2026-01-09", "date")
non(f, "https://arxiv.org/abs/2305.13245", "URL")
non(f, "PagedAttention (vLLM, 2023)", "year, percentages of fragmentation")
non(f, "review_on: 2027-01-09", "date")
non(f, "\\text{KV bytes} = 2", "LaTeX formula with free variables")


# ---- en_07: Claude answer, Llama 2 13B pretraining cost and fine-tuning memory ----------------------
f = "en_07"
L213 = "llama2-13b"
N13 = N[L213]
PEAK, MFU = 312e12, 0.40
FL = 6 * N13 * 2e12
GPUH = FL / (MFU * PEAK) / 3600
LORA13 = lora(40, 8, [(5120, 5120), (5120, 5120)])
FT = 6 * N13 * 150e6
claim(f, "13,015,864,320", "params", "params", N13, H)
claim(f, "208 GB", "training", "GB", 16 * N13, H, anchor="full_ft_state:")
claim(f, "1.56 × 10^23 FLOP", "flops", "FLOP", FL, H)
claim(f, "~348,000 GPU-hours", "time", "GPU-hours", GPUH, H, hedged=True)
claim(f, "~340 hours", "time", "hours", GPUH / 2048, X, "off_2x", hedged=True, note="on 2,048 GPUs: 170 hours")
claim(f, "about 14 days", "time", "days", GPUH / 2048 / 24, X, "off_2x", hedged=True, note="7.1 days")
claim(f, "260B tokens", "tokens", "B tokens", 20 * N13, H)
claim(f, "7.7×", "ratio", "×", 2e12 / (20 * N13), H)
claim(f, "roughly 154 tokens per parameter", "tokens_per_param", "tokens/param", 2e12 / N13, H, hedged=True)
claim(f, "208 GB", "training", "GB", 16 * N13, H, anchor="Mixed-precision AdamW: 16 bytes/param")
claim(f, "117 GB", "training", "GB", 18 * N13, X, "off_2x", note="18 x 13.0B = 234 GB")
claim(f, "about 52 GB", "training", "GB", 16 * N13, X, "off_2x", hedged=True,
      note="training memory without optimizer states: 208 GB")
claim(f, "208 GiB", "training", "GiB", 16 * N13, X, "gb_as_gib", note="208 GB = 193.9 GiB")
claim(f, "208.3", "training", "GB", zero(N13, 8, 0), H, anchor="| DDP | 208.3 |")
claim(f, "35.8", "training", "GB", zero(N13, 8, 1), X, "off_2x", anchor="| ZeRO-1 | 35.8 |", note="4N + 12N/8 = 71.6 GB")
claim(f, "24.4", "training", "GB", zero(N13, 8, 2), X, "off_2x", anchor="| ZeRO-2 | 24.4 |", note="2N + 14N/8 = 48.8 GB")
claim(f, "208.3", "training", "GB", zero(N13, 8, 3), X, "per_gpu", anchor="| ZeRO-3 | 208.3 |",
      note="total given as the per-GPU share: 26.0 GB")
claim(f, "≈ 713 MB", "activations", "MB", act(L213, 4096, 1, "flash") / 40, H, hedged=True)
claim(f, "≈ 28.5 GB", "activations", "GB", act(L213, 4096, 1, "flash"), H, hedged=True)
claim(f, "≈ 1.7 GB", "activations", "GB", act(L213, 4096, 1, "full"), H, hedged=True)
claim(f, "~81 GB", "activations", "GB", act(L213, 4096, 1), X, "off_2x", hedged=True, note="162.7 GB")
claim(f, "6.55M", "params", "M", LORA13, H, anchor="6.55M trainable")
claim(f, "0.05 %", "percentage", "%", 100 * LORA13 / N13, H)
claim(f, "≈ 26 MB", "weights", "MB", LORA13 * 2, X, "off_2x", hedged=True, note="6.55M x 2 B = 13.1 MB")
claim(f, "≈ 1.05 GB", "training", "GB", LORA13 * 16, X, "off_2x", hedged=True, note="6.55M x 16 B = 105 MB")
claim(f, "150M tokens", "tokens", "M tokens", 150e6, H)
claim(f, "≈ 1.2 × 10^19 FLOP", "flops", "FLOP", FT, H, hedged=True)
claim(f, "about 6.5 hours", "time", "hours", FT / (8 * MFU * PEAK) / 3600, X, "off_2x", hedged=True, note="3.26 hours")
claim(f, "~1.6e23 FLOP", "flops", "FLOP", FL, H, hedged=True)
claim(f, "~350k A100-hours", "time", "K GPU-hours", GPUH, H, hedged=True)
claim(f, "26 GB each", "training", "GB", zero(N13, 8, 3), H)
non(f, "created: 2026-06-14", "date")
non(f, "cloud_price_per_gpu_hour: 1.80 USD", "price")
non(f, "At $1.80 per GPU-hour the bill", "price, reported GPU-hours")
non(f, "assumed_mfu: 0.40", "hyper-parameter")
non(f, "https://arxiv.org/abs/2307.09288", "URL")


# ---- ru_05: ответ нейросети, Llama 3.1 70B на 4 × H100; ГиБ, подписанные как ГБ ------------------------
f = "ru_05"
L70 = "llama3-70b"
claim(f, "70,6 млрд", "params", "млрд", N[L70], H)
claim(f, "141 ГБ", "weights", "ГБ", W(L70, "bf16"), H, anchor="веса_bf16:")
claim(f, "320 КиБ", "kv_cache_per_token", "КиБ", KVT(L70), H, anchor="kv_на_токен:")
claim(f, "131,4 ГБ", "weights", "ГБ", W(L70, "bf16"), X, "gib_as_gb", anchor="В bf16 модель весит", note="131.4 GiB = 141.1 GB")
claim(f, "32,9 ГБ", "weights", "ГБ", W(L70, "fp8") / 2, X, "gib_as_gb", anchor="На двух H100 в FP8",
      note="35.3 GB per card = 32.9 GiB")
claim(f, "70,6 ГБ", "weights", "ГБ", W(L70, "fp8"), H, anchor="В FP8 — 70,6 ГБ")
claim(f, "32,9 ГБ", "weights", "ГБ", W(L70, "int4"), X, "gib_as_gb", anchor="В int4 — 32,9 ГБ", note="32.9 GiB = 35.3 GB")
claim(f, "40,2 ГБ", "quantized_file", "ГБ", GG(L70, "Q4_K_M"), X, "gib_as_gb", note="40.2 GiB = 43.2 GB")
claim(f, "от 40 до 43 ГБ", "quantized_file", "ГБ", GG(L70, "Q4_K_M"), H, rng=True)
claim(f, "не более 44 ГБ", "quantized_file", "ГБ", GG(L70, "Q4_K_M"), H, bound="upper")
claim(f, "на 70 %", "percentage", "%", 100 * (1 - GG(L70, "Q4_K_M") / W(L70, "bf16")), H, hedged=True)
claim(f, "35,3", "weights", "ГБ", W(L70, "bf16") / 4, H, anchor="| TP=4 (4 × A100 80 ГБ) |")
claim(f, "17,6", "weights", "ГБ", W(L70, "bf16") / 8, H, anchor="| TP=8 |")
claim(f, "17,6 ГБ", "weights", "ГБ", W(L70, "bf16"), X, "per_gpu", note="per-GPU share given as the total: 141 GB")
claim(f, "327¦680 байт", "kv_cache_per_token", "байт", KVT(L70), H)
claim(f, "2,5 ГБ", "kv_cache_total", "ГБ", KV(L70, 8192), X, "gib_as_gb", note="2.5 GiB = 2.68 GB")
claim(f, "5 ГиБ", "kv_cache_total", "ГиБ", KV(L70, 32768), X, "off_2x", note="forgot the 2 of K and V: 10 GiB")
claim(f, "42,9 ГиБ", "kv_cache_total", "ГиБ", KV(L70, 131072), X, "gb_as_gib", note="42.9 GB = 40 GiB")
claim(f, "80 ГиБ", "kv_cache_total", "ГиБ", KV(L70, 8192, 32), H)
claim(f, "80 ГиБ", "kv_cache_total", "ГиБ", KV(L70, 8192, 32) / 4, X, "per_gpu", anchor="по 80 ГиБ на карту", occ=2, note="TP=4: 20 GiB per card")
claim(f, "320 ГиБ", "arithmetic", "ГиБ", 4 * 80 * GIB, H, anchor="Всего 320 ГиБ", note="4 x 80 GiB cards")
claim(f, "131,4 ГиБ", "weights", "ГиБ", W(L70, "bf16"), H, anchor="Всего 320 ГиБ")
claim(f, "188,6 ГиБ", "arithmetic", "ГиБ", 320 * GIB - W(L70, "bf16"), H)
claim(f, "примерно 75", "arithmetic", "×", (320 * GIB - W(L70, "bf16")) / KV(L70, 8192), H, hedged=True)
claim(f, "35,3 ГБ", "weights", "ГБ", W(L70, "bf16") / 4, H, anchor="каждая карта читает на токен")
claim(f, "≈ 95 ток/с", "throughput", "tok/s", H100_BW / (W(L70, "bf16") / 4), H, hedged=True,
      anchor="каждая карта читает на токен")
claim(f, "≈ 95 ток/с", "throughput", "tok/s", H100_BW / W(L70, "fp8"), X, "off_2x", hedged=True,
      anchor="На одной H100 в FP8", note="3.35 TB/s / 70.6 GB = 47.5 tok/s")
claim(f, "≈ 36,4 ГБ", "weights", "ГБ", N[L70] * NF4 / 8, H, hedged=True)
claim(f, "1129 ГБ", "training", "ГБ", 16 * N[L70], H)
claim(f, "70,6 ГБ", "training", "ГБ", zero(N[L70], 16, 3), H, anchor="ZeRO-3 на 16 картах")
claim(f, "70,6 ГБ", "training", "ГБ", zero(N[L70], 8, 3), X, "off_2x", anchor="На 8 картах с ZeRO-3",
      note="16N/8 = 141 GB per GPU")
claim(f, "131,4 ГБ", "weights", "ГБ", W(L70, "bf16"), X, "gib_as_gb", anchor="FP8 — 65,7 ГБ, кэш", note="131.4 GiB = 141.1 GB")
claim(f, "65,7 ГБ", "weights", "ГБ", W(L70, "fp8"), X, "gib_as_gb", anchor="FP8 — 65,7 ГБ, кэш", note="65.7 GiB = 70.6 GB")
claim(f, "320 КиБ", "kv_cache_per_token", "КиБ", KVT(L70), H, anchor="FP8 — 65,7 ГБ, кэш")
non(f, "создано: 2026-09-17", "date")
non(f, "движок: vLLM 0.6.3", "version")
non(f, "бюджет: 1,2 млн ₽/мес", "budget")
non(f, "изменено: 2026-09-18", "date")


# ---- ru_06: ответ нейросети, Phi-3-mini и Qwen2.5-7B на ноутбуке ------------------------------------
f = "ru_06"
P3, Q7, L8 = "phi3-mini", "qwen2.5-7b", "llama3-8b"
M2 = 100e9
claim(f, "3,82 млрд", "params", "млрд", N[P3], H, anchor="параметров: 3,82 млрд")
claim(f, "7,6 ГБ", "weights", "ГБ", W(P3, "fp16"), H, anchor="вес_fp16:")
claim(f, "2,3 ГБ", "quantized_file", "ГБ", GG(P3, "Q4_K_M"), H, anchor="файл_q4_k_m:")
claim(f, "384 КиБ", "kv_cache_per_token", "КиБ", KVT(P3), H, anchor="кэш_на_токен:")
claim(f, "7,64 ГБ", "weights", "ГБ", W(P3, "fp16"), H)
claim(f, "7,64 ГиБ", "weights", "ГиБ", W(P3, "fp16"), X, "gb_as_gib", note="7.64 GB = 7.12 GiB")
claim(f, "30,6 ГБ", "weights", "ГБ", W(P3, "fp32"), X, "off_2x", note="fp32 15.3 GB")
claim(f, "около 0,95 ГБ", "weights", "ГБ", W(P3, "int4"), X, "off_2x", hedged=True, note="int4 1.91 GB")
claim(f, "2,3 ГБ", "quantized_file", "ГБ", GG(P3, "Q4_K_M"), H, anchor="- Q4_K_M — 2,3 ГБ")
claim(f, "8,2 ГБ", "quantized_file", "ГБ", GG(P3, "Q8_0"), X, "off_2x", note="Q8_0 4.06 GB")
claim(f, "1,6 ГБ", "quantized_file", "ГБ", GG(P3, "Q6_K"), X, "off_2x", note="Q6_K 3.13 GB")
claim(f, "393¦216 байт", "kv_cache_per_token", "байт", KVT(P3), H)
claim(f, "≈ 384 КиБ", "kv_cache_per_token", "КиБ", KVT(P3), H, hedged=True)
claim(f, "1,5 ГиБ", "kv_cache_total", "ГиБ", KV(P3, 4096), H, anchor="На весь контекст 4096")
claim(f, "1,5 ГБ", "kv_cache_total", "ГБ", KV(P3, 4096), X, "gib_as_gb", note="1.5 GiB = 1.61 GB")
claim(f, "56 КиБ", "kv_cache_per_token", "КиБ", KVT(Q7), H)
claim(f, "в 7 раз", "ratio", "×", KVT(P3) / KVT(Q7), H, hedged=True)
claim(f, "2,3 ГБ", "quantized_file", "ГБ", GG(P3, "Q4_K_M"), H, anchor="Ноутбук с 8 ГБ")
claim(f, "1,5 ГиБ", "kv_cache_total", "ГиБ", KV(P3, 4096), H, anchor="Ноутбук с 8 ГБ")
claim(f, "≈ 3,9 ГБ", "arithmetic", "ГБ", GG(P3, "Q4_K_M") + KV(P3, 4096), H, hedged=True)
claim(f, "4,7 ГБ", "quantized_file", "ГБ", GG(Q7, "Q4_K_M"), H)
claim(f, "1,75 ГиБ", "kv_cache_total", "ГиБ", KV(Q7, 32768), H)
claim(f, "≈ 6,5 ГБ", "arithmetic", "ГБ", GG(Q7, "Q4_K_M") + KV(Q7, 32768), H, hedged=True)
claim(f, "≈ 43 ток/с", "throughput", "tok/s", M2 / GG(P3, "Q4_K_M"), H, hedged=True, anchor="- Phi-3 Q4_K_M: потолок")
claim(f, "≈ 43 ток/с", "throughput", "tok/s", M2 / GG(Q7, "Q4_K_M"), X, "off_2x", hedged=True,
      anchor="Qwen2.5-7B Q4_K_M: тоже", note="100 / 4.66 = 21.5 tok/s")
claim(f, "≈ 26 ток/с", "throughput", "tok/s", M2 / W(P3, "fp16"), X, "off_2x", hedged=True, note="13.1 tok/s")
claim(f, "61 ГБ", "training", "ГБ", 16 * N[P3], H)
claim(f, "15,3 ГБ", "training", "ГБ", zero(N[P3], 4, 3), H, anchor="с ZeRO-3")
claim(f, "15,3 ГБ", "training", "ГБ", zero(N[P3], 4, 0), X, "per_gpu", anchor="обычный DDP",
      note="DDP keeps the full 61 GB on every GPU")
claim(f, "7,6 ГБ", "weights", "ГБ", W(P3, "fp16"), H, anchor="Phi-3-mini: 7,6 ГБ в fp16")
claim(f, "2,3 ГБ", "quantized_file", "ГБ", GG(P3, "Q4_K_M"), H, anchor="Phi-3-mini: 7,6 ГБ в fp16")
claim(f, "192 КиБ", "kv_cache_per_token", "КиБ", KVT(P3), X, "off_2x", note="forgot the 2 of K and V: 384 KiB")
claim(f, "128 КиБ", "kv_cache_per_token", "КиБ", KVT(L8), H)
non(f, "создано: 2026-07-07", "date")
non(f, "рантайм: llama.cpp b3600", "versions")
non(f, "оценка_ответа: 3/5", "rating")
non(f, "Цена MacBook Air M2", "price, date")
non(f, "изменено: 2026-07-08", "date")


# ---- ru_07: ответ нейросети, дообучение Mistral 7B и Mixtral 8x7B ------------------------------------
f = "ru_07"
M7, MX = "mistral-7b", "mixtral-8x7b"
LORA7 = lora(32, 16, [(4096, 4096), (4096, 1024), (4096, 1024), (4096, 4096)])
EFF = 0.40 * 989e12
FLM = 6 * N[M7] * 4e8
FLX = 6 * ACTIVE_M7 * 4e8
claim(f, "7,24 млрд", "params", "млрд", N[M7], H)
claim(f, "46,7 млрд", "params", "млрд", N[MX], H, anchor="параметров_mixtral:")
claim(f, "12,9 млрд", "params", "млрд", ACTIVE_M7, H, anchor="активных_mixtral:")
claim(f, "115,9 ГБ", "training", "ГБ", 16 * N[M7], H, anchor="полное_дообучение_mistral:")
claim(f, "115,9 ГБ", "training", "ГБ", 16 * N[M7], H, anchor="AdamW в смешанной точности")
claim(f, "65 ГБ", "training", "ГБ", 18 * N[M7], X, "off_2x", note="18 x 7.24e9 = 130 GB")
claim(f, "43,5 ГБ", "training", "ГБ", 12 * N[M7], X, "off_2x", note="12 x 7.24e9 = 86.9 GB")
claim(f, "29 ГБ", "training", "ГБ", 16 * N[M7], X, "off_2x", anchor="хватит 29 ГБ",
      note="weights + grads only, optimizer states forgotten: 115.9 GB")
claim(f, "747 ГБ", "training", "ГБ", 16 * N[MX], H, anchor="Полное дообучение: 16 × 46,7 млрд")
claim(f, "747 ГБ", "training", "ГБ", zero(N[MX], 8, 3), X, "per_gpu", anchor="ZeRO-3 на 8 × H100",
      note="ZeRO-3 over 8 GPUs: 93.4 GB per GPU")
claim(f, "46,7 ГБ", "training", "ГБ", zero(N[MX], 16, 3), H)
claim(f, "около 206 ГБ", "training", "ГБ", 16 * N[MX], X, "wrong_kind", hedged=True,
      note="active parameters used for memory: all experts are trained, 747 GB")
claim(f, "13,6 млн", "params", "млн", LORA7, H)
claim(f, "0,19 %", "percentage", "%", 100 * LORA7 / N[M7], H)
claim(f, "27,3 МБ", "weights", "МБ", LORA7 * 2, H, anchor="Адаптер в bf16 занимает 27,3 МБ")
claim(f, "27,3 МБ", "weights", "МБ", LORA7 * 4, X, "wrong_dtype", anchor="в fp32 — тоже 27,3 МБ", occ=2,
      note="fp32 54.5 MB")
claim(f, "≈ 24,1 ГБ", "weights", "ГБ", N[MX] * NF4 / 8, H, hedged=True)
claim(f, "52,5 ГБ", "weights", "ГБ", N[MX] * 4.5 / 8, X, "off_2x", note="46.7e9 x 4.5 / 8 = 26.3 GB")
claim(f, "23,4 ГБ", "weights", "ГБ", W(MX, "int8"), X, "wrong_dtype", note="int8 46.7 GB")
claim(f, "400 млн токенов", "tokens", "млн токенов", 4e8, H)
claim(f, "≈ 1,74·10¹⁹ FLOP", "flops", "FLOP", FLM, H, hedged=True)
claim(f, "≈ 3,1·10¹⁹ FLOP", "flops", "FLOP", FLX, H, hedged=True)
claim(f, "≈ 3,1·10²⁰ FLOP", "flops", "FLOP", 6 * N[MX] * 4e8, X, "off_2x", hedged=True, note="1.12e20")
claim(f, "≈ 12,2 GPU-часа", "time", "GPU-часов", FLM / EFF / 3600, H, hedged=True)
claim(f, "≈ 12,2 часа", "time", "часов", FLM / EFF / 3600 / 8, X, "per_gpu", hedged=True, note="12.2 GPU-hours over 8 GPUs: 1.5 hours")
claim(f, "≈ 43 GPU-часа", "time", "GPU-часов", FLX / EFF / 3600, X, "off_2x", hedged=True, note="21.7 GPU-hours")
claim(f, "≈ 18,3 ГБ", "activations", "ГБ", act(M7, 4096, 1, "flash"), H, hedged=True)
claim(f, "≈ 1,14 ГБ", "activations", "ГБ", act(M7, 4096, 1, "flash") / 32, X, "off_2x", hedged=True,
      note="18.3 GB / 32 = 0.57 GB per layer")
claim(f, "1 ГиБ", "activations", "ГиБ", act(M7, 4096, 1, "full"), H)
claim(f, "145 млрд токенов", "tokens", "млрд токенов", 20 * N[M7], H)
claim(f, "≈ 6,3·10²¹ FLOP", "flops", "FLOP", 6 * N[M7] * 20 * N[M7], H, hedged=True)
claim(f, "116 ГБ", "training", "ГБ", 16 * N[M7], H)
claim(f, "27 МБ", "weights", "МБ", LORA7 * 2, H, anchor="адаптер LoRA 27 МБ")
claim(f, "747 ГБ", "training", "ГБ", 16 * N[MX], H, anchor="Mixtral: 747 ГБ, QLoRA")
claim(f, "≈ 12 ГБ", "weights", "ГБ", N[MX] * NF4 / 8, X, "off_2x", hedged=True, note="NF4 base 24.1 GB")
non(f, "создано: 2026-11-03", "date")
non(f, "lr: 2e-5", "hyper-parameter")
non(f, "seed: 42", "seed")
non(f, "аренда_в_час: 2,49 $", "price")
non(f, "Бюджет: при 2,49 $ за час", "price, budget")
non(f, "warmup: 100 шагов", "hyper-parameter")


#@@NOTES@@



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
            raise SystemExit("truth.json is stale: run python tests/claims_corpus_q/truth.py")
        summary(truth)
        print("truth.json is current; every check passed")
        return 0
    path.write_text(text, encoding="utf-8")
    summary(truth)
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
