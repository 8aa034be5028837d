#!/usr/bin/env python3
"""Ground truth for blind sizing-claims corpus W (tests/claims_corpus_w/notes).

Written without reading vaultkit's code, its tests or the other corpora's notes.  Facts come
from /work/shared/claims-gold.md: bytes per dtype, exact parameter counts and configs of the
catalogued models, measured GGUF bits per weight (Llama-3.1-8B), the KV-cache, training-memory
and activation formulas.  Models that claims-gold lacks appear only with their config (layers,
KV heads, head dim, parameter count) stated in the note itself, and the truth computes from
those stated values.  Nothing here imports vaultkit.

    python tests/claims_corpus_w/truth.py          # verify and (re)write truth.json
    python tests/claims_corpus_w/truth.py --check  # verify; fail if truth.json is stale

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
    # not in claims-gold: the notes print these configs and counts, the formula reproduces them
    "llama3.2-1b": 1_235_814_400, "llama3.2-3b": 3_212_749_824,
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
       "gpt3": (12288, 96, 96, 96, 128),
       "llama3.2-1b": (2048, 16, 32, 8, 64), "llama3.2-3b": (3072, 28, 24, 8, 128)}


def llama_like(h, inter, L, a, k, d, V, tied):
    return L * (2 * h * a * d + 2 * h * k * d + 3 * h * inter + 2 * h) + V * h * (1 if tied else 2) + h


# the formula reproduces the catalogue (claims-gold 2.2)
assert llama_like(4096, 14336, 32, 32, 8, 128, 128256, False) == N["llama3-8b"]
assert llama_like(4096, 11008, 32, 32, 32, 128, 32000, False) == N["llama2-7b"]
assert llama_like(8192, 28672, 80, 64, 8, 128, 32000, False) == N["llama2-70b"]
assert llama_like(2048, 8192, 16, 32, 8, 64, 128256, True) == N["llama3.2-1b"]
assert llama_like(3072, 8192, 28, 24, 8, 128, 128256, True) == N["llama3.2-3b"]


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
         "тыс. GPU-часов": 1e3, "часа": 1, "TFLOPS": 1e12, "ТФЛОПС": 1e12, "ПБ": 1e15, "PB": 1e15, "TB/s": 1e12,
         "тыс. токенов": 1e3, "GFLOP/token": 1e9, "MB/s": 1e6, "МБ/с": 1e6, "GB/s": 1e9, "ГБ/с": 1e9, "users": 1, "пользователей": 1}
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


# ---- en_01: chat capacity plan, Llama-3.1-8B / 70B ---------------------------------------------
f = "en_01"
L8, L70 = "llama3-8b", "llama3-70b"
claim(f, "16.06 GB", "weights", "GB", W(L8, "bf16"), H, anchor="weights: 16.06 GB")
claim(f, "70.6 GB", "weights", "GB", W(L70, "fp8"), H, anchor="weights_fp8: 70.6 GB")
claim(f, "128 KiB", "kv_cache_per_token", "KiB", KVT(L8), H, anchor="kv_per_token_bf16")
claim(f, "131,072 bytes", "kv_cache_per_token", "bytes", KVT(L8), H)
claim(f, "128 KiB", "kv_cache_per_token", "KiB", KVT(L8), H, anchor="For the 8B:")
claim(f, "2.5x", "ratio", "×", 80 / 32, H)
claim(f, "320 KiB", "kv_cache_per_token", "KiB", KVT(L70), H, anchor="so 320 KiB per token")
claim(f, "2.5 MiB", "kv_cache_per_token", "MiB", KVT((80, 64, 128)), H)
claim(f, "8x", "ratio", "×", 64 / 8, H, anchor="Had it cached all 64")
claim(f, "1 GiB", "kv_cache_total", "GiB", KV(L8, 8192), H, anchor="One user at full context")
claim(f, "2.5 GiB", "kv_cache_total", "GiB", KV(L70, 8192), H, anchor="One user at full context")
claim(f, "128 KiB", "kv_cache_total", "KiB", KV(L8, 8192), X, "wrong_kind", anchor="Claude's first draft",
      quoted=True, note="per-token figure given per user: 1 GiB")
claim(f, "2 GiB", "kv_cache_total", "GiB", KV(L8, 32768), X, "off_2x", note="32K x 128 KiB = 4 GiB (K and V forgotten)")
claim(f, "14.96", "weights", "GiB", W(L8, "bf16"), H, anchor="| weights, bf16 |")
claim(f, "60.6", "arithmetic", "GiB", (79.6 - 14.96 - 4) * GIB, H, anchor="| left for the KV pool |")
claim(f, "≈ 60 users", "arithmetic", "×", 60.64, H, anchor="So ≈ 60 users", hedged=True)
claim(f, "3.3M tokens", "tokens", "M tokens", 400 * 8192, H, hedged=True)
claim(f, "400 GiB", "kv_cache_total", "GiB", KV(L8, 8192, 400), H)
claim(f, "429.5 GB", "kv_cache_total", "GB", KV(L8, 8192, 400), H)
claim(f, "about 12 GB", "weights", "GB", W(L8, "bf16") - W(L8, "int4"), H, hedged=True)
claim(f, "4.0 GB", "weights", "GB", W(L8, "int4"), H)
claim(f, "16.1 GB", "weights", "GB", W(L8, "bf16"), H)
claim(f, "8 GB", "weights", "GB", W(L8, "int4"), X, "wrong_dtype", anchor="weighs 8 GB", quoted=True,
      note="int4 = 4.0 GB")
claim(f, "70.6 GB", "weights", "GB", W(L70, "fp8"), H, anchor="- Weights: 70.6 GB")
claim(f, "17.6 GB", "weights", "GB", W(L70, "fp8") / 4, H, anchor="- Weights: 70.6 GB")
claim(f, "65.7 GiB", "weights", "GiB", W(L70, "fp8"), H, anchor="- Weights: 70.6 GB")
claim(f, "1.25 GiB", "kv_cache_total", "GiB", KV(L70, 4096), H)
claim(f, "320 MiB", "kv_cache_total", "MiB", KV(L70, 4096) / 4, H)
claim(f, "2.5 GiB", "kv_cache_total", "GiB", KV(L70, 8192) / 4, X, "per_gpu", anchor="A full 8K session",
      note="per card 640 MiB; 2.5 GiB is the total")
claim(f, "318.4 GiB", "arithmetic", "GiB", 4 * 79.6 * GIB, H)
claim(f, "236.7 GiB", "arithmetic", "GiB", (318.4 - 65.7 - 16) * GIB, H)
claim(f, "about 94 users", "arithmetic", "×", 236.7 / 2.5, H, hedged=True, anchor="- Pool: 4")
claim(f, "141 GB", "weights", "GB", W(L70, "fp8"), X, "wrong_dtype", note="fp8 70.6 GB; 141 GB is bf16")
claim(f, "187.5 MiB", "kv_cache_total", "MiB", KV(L8, 1500), H)
claim(f, "about 73 GiB", "kv_cache_total", "GiB", KV(L8, 1500, 399), H, hedged=True)
claim(f, "about 16 GB", "weights", "GB", W(L8, "bf16"), H, hedged=True)
claim(f, "420 tokens/s", "throughput", "tok/s", H100_BW / W(L8, "bf16"), X, "off_2x", hedged=True,
      note="3.35 TB/s / 16.06 GB = 209 tokens/s")
claim(f, "17.6 GB", "weights", "GB", W(L70, "fp8") / 4, H, anchor="The 70B tier reads")
claim(f, "about 190 tokens/s", "throughput", "tok/s", H100_BW / (W(L70, "fp8") / 4), H, hedged=True)
claim(f, "380 tokens/s", "throughput", "tok/s", H100_BW / (W(L70, "bf16") / 4), X, "off_2x",
      note="bf16 reads twice as much: 95 tokens/s")
non(f, "created: 2026-11-28", "date")
non(f, "price_per_hour: 2.49", "price")
non(f, "sla_p95_seconds: 2.5", "latency target")
non(f, "review_date: 2026-12-15", "date")
non(f, "> [!info] Saved from a Claude", "date")
non(f, "Hit rate in the pilot", "hit rate, issue number, latency")
non(f, "- Budget: 4 cards", "price arithmetic")
non(f, "[^1]: On-demand price", "footnote, date")
# ---- en_02: HF downloads, safetensors, disk -------------------------------------------------------
f = "en_02"
T5 = 222_903_552
claim(f, "124,439,808", "params", "params", N["gpt2"], H, anchor="| gpt2 | 124,439,808")
claim(f, "497.8", "weights", "MB", W("gpt2", "fp32"), H, anchor="| gpt2 | 124,439,808")
claim(f, "248.9", "weights", "MB", W("gpt2", "bf16"), H, anchor="| gpt2 | 124,439,808")
claim(f, "437.9", "weights", "MB", W("bert-base", "fp32"), H)
claim(f, "219", "weights", "MB", W("bert-base", "bf16"), H, anchor="| bert-base-uncased (encoder only)")
claim(f, "891.6", "weights", "MB", W(T5, "fp32"), H)
claim(f, "445.8", "weights", "MB", W(T5, "bf16"), H)
claim(f, "1,419", "weights", "MB", W("gpt2-medium", "fp32"), H)
claim(f, "354.8", "weights", "MB", W("gpt2-medium", "bf16"), X, "wrong_dtype", note="bf16 709.6 MB; 354.8 is 1 byte/param")
claim(f, "3,096", "weights", "MB", W("gpt2-large", "fp32"), H)
claim(f, "1,548", "weights", "MB", W("gpt2-large", "bf16"), H)
claim(f, "1,557,611,200", "params", "params", N["gpt2-xl"], H)
claim(f, "6,230", "weights", "MB", W("gpt2-xl", "fp32"), H)
claim(f, "3,115", "weights", "MB", W("gpt2-xl", "bf16"), H)
claim(f, "219 MB", "weights", "MB", W("bert-base", "fp32"), X, "wrong_dtype", quoted=True, note="fp32 437.9 MB")
claim(f, "6.23 GB", "weights", "GB", W("gpt2-xl", "fp32"), H)
claim(f, "6.2 GiB", "weights", "GiB", W("gpt2-xl", "fp32"), X, "gb_as_gib", note="6.23 GB = 5.80 GiB")
claim(f, "1.8x", "ratio", "×", T5 / N["gpt2"], H)
claim(f, "16.06 GB", "weights", "GB", W("llama3-8b", "bf16"), H, anchor="8,030,261,248 × 2 bytes")
claim(f, "roughly 4 GB", "weights", "GB", W("llama3-8b", "bf16") / 4, H, hedged=True)
claim(f, "32.1 GB", "weights", "GB", W("llama3-8b", "fp32"), H)
claim(f, "14.96 GB", "weights", "GB", W("llama3-8b", "bf16"), X, "gib_as_gb", note="14.96 GiB = 16.06 GB")
claim(f, "15.23 GB", "weights", "GB", W("qwen2.5-7b", "bf16"), H)
claim(f, "about 14.2 GiB", "weights", "GiB", W("qwen2.5-7b", "bf16"), H, hedged=True)
claim(f, "30.5 GB", "weights", "GB", W("qwen2.5-7b", "fp32"), H)
claim(f, "16.06", "weights", "GB", W("llama3-8b", "bf16"), H, anchor="print(n * 2 / 1e9)")
claim(f, "14.96", "weights", "GiB", W("llama3-8b", "bf16"), H, anchor="print(n * 2 / 2**30)")
claim(f, "4.91", "quantized_file", "GB", GG("llama3-8b", "Q4_K_M"), H)
claim(f, "4.02", "weights", "GiB", W("llama3-8b", "int4"), X, "gb_as_gib", note="int4 3.74 GiB = 4.02 GB")
claim(f, "25 GB", "weights", "GB", W("llama3-8b", "fp32") + W("llama3-8b", "bf16") + GG("llama3-8b", "Q4_K_M"), X,
      "off_2x", note="32.1 + 16.06 + 4.91 = 53.1 GB")
claim(f, "12.57 GB", "weights", "GB", sum(W(m, "fp32") for m in ("gpt2", "bert-base", "gpt2-xl", "gpt2-medium", "gpt2-large")) + W(T5, "fp32"), H)
claim(f, "8.1 GB", "quantized_file", "GB", GG("qwen2.5-7b", "Q8_0"), H)
claim(f, "4.66 GB", "quantized_file", "GB", GG("qwen2.5-7b", "Q4_K_M"), H, rel=0.02)
claim(f, "497.8 MB", "weights", "MB", W("gpt2", "fp32"), H)
claim(f, "248.9 MB", "weights", "MB", W("gpt2", "bf16"), H)
claim(f, "16.06 GB", "weights", "GB", W("llama3-8b", "bf16"), H, anchor="- The 8B: 16.06 GB")
non(f, "created: 2026-11-19", "date")
non(f, "modified: 2026-12-01", "date")
non(f, "hf_hub_version: 0.26.2", "version")
non(f, "rating: 4", "rating")
non(f, "- [x] hf_transfer enabled", "env variable, date")
# ---- en_03: MoE deployment (DeepSeek-V3, Mixtral 8x22B, Mixtral 8x7B, gpt-oss) ---------------------
f = "en_03"
DS_T, DS_A = 671e9, 37e9
MLA = 61 * (512 + 64) * 2
M22_T, M22_A = 141e9, 39e9
KV22 = KVT((56, 8, 128))
OSS = {"120": (116.8e9, 5.1e9), "20": (20.9e9, 3.6e9)}
claim(f, "671 GB", "weights", "GB", W(DS_T, "fp8"), H, anchor="Native fp8 checkpoint")
claim(f, "1,342 GB", "weights", "GB", W(DS_T, "bf16"), H)
claim(f, "about 83.9 GB", "weights", "GB", W(DS_T, "fp8") / 8, H, hedged=True, anchor="With EP=8 over")
claim(f, "37 GB", "weights", "GB", W(DS_T, "fp8") / 8, X, "wrong_kind", anchor="each GPU only needs 37 GB",
      quoted=True, note="active parameters given as the per-GPU share: 83.9 GB")
claim(f, "roughly 37 GB", "weights", "GB", W(DS_A, "fp8"), H, hedged=True)
claim(f, "671 GB", "weights", "GB", W(DS_A, "fp8"), X, "wrong_kind", anchor="touches all 671 GB", quoted=True,
      note="per-token read is the active 37 GB")
claim(f, "70,272 bytes", "kv_cache_per_token", "bytes", MLA, H)
claim(f, "≈ 68.6 KiB", "kv_cache_per_token", "KiB", MLA, H, hedged=True)
claim(f, "2.14 GiB", "kv_cache_total", "GiB", MLA * 32768, H)
claim(f, "4.3 GiB", "kv_cache_total", "GiB", MLA * 131072, X, "off_2x", note="128K: 8.58 GiB")
claim(f, "3.81 MiB", "kv_cache_per_token", "MiB", 2 * 61 * 128 * 128 * 2, H, anchor="Plain MHA with 128 heads")
claim(f, "about 57x", "ratio", "×", 2 * 61 * 128 * 128 * 2 / MLA, H, hedged=True)
claim(f, "282 GB", "weights", "GB", W(M22_T, "bf16"), H, anchor="- bf16 weights: 282 GB")
claim(f, "70.5 GB", "weights", "GB", W(M22_T, "bf16") / 4, H, anchor="- bf16 weights: 282 GB")
claim(f, "224 KiB", "kv_cache_per_token", "KiB", KV22, H)
claim(f, "28 GiB", "kv_cache_total", "GiB", KV22 * 65536, X, anchor="a 64K context is 28 GiB", error= "off_2x", note="64K x 224 KiB = 14 GiB")
claim(f, "78 GB", "weights", "GB", W(M22_A, "bf16"), H)
claim(f, "about 43 tokens/s", "throughput", "tok/s", H100_BW / W(M22_A, "bf16"), H, hedged=True)
claim(f, "70.5 GB", "weights", "GB", W(M22_T, "int4"), H, anchor="Its int4 weights")
claim(f, "23.4 GB", "weights", "GB", W("mixtral-8x7b", "int4"), H)
claim(f, "~6.4 GB", "weights", "GB", W(ACTIVE_M7, "int4"), H, hedged=True)
claim(f, "93.4 GB", "weights", "GB", W(ACTIVE_M7, "bf16"), X, "wrong_kind", anchor="The bf16 read per token", note="active 12.9B x 2 B = 25.8 GB")
claim(f, "62.1", "quantized_file", "GB", OSS["120"][0] * 4.25 / 8, H, anchor="| gpt-oss-120b |")
claim(f, "2.71", "weights", "GB", OSS["120"][1] * 4.25 / 8, H, anchor="| gpt-oss-120b |")
claim(f, "11.1", "quantized_file", "GB", OSS["20"][0] * 4.25 / 8, H, anchor="| gpt-oss-20b |")
claim(f, "7.2", "weights", "GB", OSS["20"][1] * 4.25 / 8, X, "wrong_dtype", anchor="| gpt-oss-20b |",
      note="at 4.25 bpw 1.91 GB; 7.2 is bf16")
claim(f, "about 1,200 tokens/s", "throughput", "tok/s", H100_BW / (OSS["120"][1] * 4.25 / 8), H, hedged=True)
claim(f, "88.8 GB", "quantized_file", "GB", OSS["20"][0] * 4.25 / 8, X, "off_2x", quoted=True,
      note="bits used as bytes: 11.1 GB")
claim(f, "4.4 %", "percentage", "%", 100 * 5.1 / 116.8, H)
non(f, "created: 2026-11-21", "date")
non(f, "updated: 2026-12-03", "date")
non(f, "vllm_version: 0.11.1", "version")
non(f, "source_chat: DeepSeek-V3.2 web", "version, date")
non(f, "Router load is never uniform", "traffic ratio, batch, seed")
non(f, "R{router top-8 of 256}", "diagram labels")
non(f, "E1[expert 17]", "diagram labels")
claim(f, "~57 GB", "arithmetic", "GB", 141e9 - W(DS_T, "fp8") / 8, H, hedged=True, anchor="With EP=8 over")
# ---- ru_01: конспект лекции, параметры по слоям (Llama 3.2 1B/3B, Llama-3-8B, Qwen2.5-7B) --------
f = "ru_01"
P = "params"
E1 = 128256 * 2048
claim(f, "262¦668¦288", "params", P, E1, H)
claim(f, "около 262,7 млн", "params", "млн", E1, H, hedged=True)
claim(f, "4¦194¦304", "params", P, 2048 * 2048, H)
claim(f, "1¦048¦576", "params", P, 2048 * 8 * 64, H)
claim(f, "10¦485¦760", "params", P, 2 * 2048 * 2048 + 2 * 2048 * 512, H)
claim(f, "50¦331¦648", "params", P, 3 * 2048 * 8192, H)
claim(f, "60¦821¦504", "params", P, (N["llama3.2-1b"] - E1 - 2048) // 16, H)
claim(f, "973¦144¦064", "params", P, N["llama3.2-1b"] - E1 - 2048, H)
claim(f, "1¦235¦814¦400", "params", P, N["llama3.2-1b"], H)
claim(f, "≈ 1,24 млрд", "params", "млрд", N["llama3.2-1b"], H, hedged=True)
claim(f, "1¦498¦482¦688", "params", P, N["llama3.2-1b"] + E1, H)
claim(f, "262,7 млн", "params", "млн", E1, H, anchor="Если бы не была")
claim(f, "21,3 %", "percentage", "%", 100 * E1 / N["llama3.2-1b"], H)
claim(f, "2,47 ГБ", "weights", "ГБ", W("llama3.2-1b", "bf16"), H, anchor="В bf16 это 2,47 ГБ")
claim(f, "2,3 ГиБ", "weights", "ГиБ", W("llama3.2-1b", "bf16"), H)
claim(f, "2,47 ГБ", "weights", "ГБ", W("llama3.2-1b", "fp32"), X, "wrong_dtype", anchor="В bf16 это 2,47 ГБ", occ=2,
      note="fp32 4.94 GB")
claim(f, "3¦212¦749¦824", "params", P, N["llama3.2-3b"], H)
claim(f, "6,43 ГБ", "weights", "ГБ", W("llama3.2-3b", "bf16"), H)
claim(f, "3,2 ГБ", "weights", "ГБ", W("llama3.2-3b", "bf16"), X, "wrong_dtype", quoted=True, note="bf16 6.43 GB")
claim(f, "41¦943¦040", "params", P, 2 * 4096 * 4096 + 2 * 4096 * 1024, H)
claim(f, "1¦342¦177¦280", "params", P, 32 * (2 * 4096 * 4096 + 2 * 4096 * 1024), H)
claim(f, "176¦160¦768", "params", P, 3 * 4096 * 14336, H)
claim(f, "5¦637¦144¦576", "params", P, 32 * 3 * 4096 * 14336, H)
claim(f, "218¦112¦000", "params", P, 41943040 + 176160768 + 8192, H)
claim(f, "6¦979¦584¦000", "params", P, 32 * (41943040 + 176160768 + 8192), H, anchor="| **всего** |")
claim(f, "525¦336¦576", "params", P, 128256 * 4096, H, anchor="Эмбеддинги: 128")
claim(f, "8¦030¦261¦248", "params", P, N["llama3-8b"], H, anchor="Сумма:")
claim(f, "около 35 %", "percentage", "%", 100 * 32 * 3 * 4096 * 14336 / N["llama3-8b"], X, "off_2x", hedged=True,
      note="MLP is 70.2 % of the 8B")
claim(f, "525 МБ", "weights", "МБ", 128256 * 4096 * 2, X, "wrong_dtype", note="bf16 1050.7 MB")
claim(f, "1,05 млрд", "params", "млрд", 128256 * 4096, X, "off_2x", note="the untied head is 525.3 M")
claim(f, "129¦024", "params", P, 28 * (3584 + 2 * 512), H)
claim(f, "7¦615¦616¦512", "params", P, N["qwen2.5-7b"], H)
claim(f, "~129 млн", "params", "млн", 28 * (3584 + 2 * 512), X, "off_2x", hedged=True, quoted=True,
      note="129 thousand, not million")
claim(f, "1,24 млрд", "params", "млрд", N["llama3.2-1b"], H, anchor="- 1B: 1,24")
claim(f, "262,7 млн", "params", "млн", E1, H, anchor="- 1B: 1,24")
claim(f, "8¦030¦261¦248", "params", P, N["llama3-8b"], H, anchor="- 8B: 8")
non(f, "date: 2026-11-24", "date")
non(f, "lecture: 7", "lecture number")
non(f, "room: ", "room number")
non(f, "запись лекции (1:34:10)", "timestamp")
non(f, "homework_due: 2026-12-08", "date")
non(f, "grade_weight: 0.15", "grade weight")
non(f, "$$P_{attn}", "LaTeX formula with free variables")
non(f, "3. Задача 7.3", "exercise and page numbers")
# ---- ru_02: бюджет вычислений (6ND, 2N, MFU, GPU-часы) -------------------------------------------
f = "ru_02"
EFF = 0.4 * 989e12
C8 = 6 * 8.03e9 * 15e12
GH8 = C8 / EFF / 3600
CQ = 6 * 7.62e9 * 2e9
claim(f, "7,2·10²³ FLOP", "flops", "FLOP", C8, H, anchor="- Полный бюджет")
claim(f, "3,6·10²³ FLOP", "flops", "FLOP", C8, X, "off_2x", quoted=True, note="3·N·D instead of 6·N·D")
claim(f, "395,6 ТФЛОПС", "arithmetic", "ТФЛОПС", EFF, H)
claim(f, "≈ 507 тыс. GPU-часов", "time", "тыс. GPU-часов", GH8, H, hedged=True, anchor="- GPU-часы:")
claim(f, "около 495 часов", "time", "часов", GH8 / 1024, H, hedged=True)
claim(f, "около 21 суток", "time", "суток", GH8 / 1024 / 24, H, hedged=True)
claim(f, "203 тыс. GPU-часов", "time", "тыс. GPU-часов", C8 / 989e12 / 3600, H)
claim(f, "9,1·10¹⁹ FLOP", "flops", "FLOP", CQ, H)
claim(f, "примерно 8 часов", "time", "часов", CQ / (8 * EFF) / 3600, H, hedged=True)
claim(f, "около 16 часов", "time", "часов", CQ / (8 * 0.2 * 989e12) / 3600, H, hedged=True)
claim(f, "3,2 часа", "time", "часа", CQ / (8 * EFF) / 3600, X, "off_2x", quoted=True, note="MFU left out: 8 hours")
claim(f, "141 GFLOP", "flops", "GFLOP", 2 * 70.55e9, H, anchor="На один сгенерированный токен")
claim(f, "16 GFLOP", "flops", "GFLOP", 2 * 8.03e9, H)
claim(f, "1,24 GFLOP", "flops", "GFLOP", 2 * N["llama3.2-1b"], X, "off_2x", note="2·N = 2.47 GFLOP")
claim(f, "423 GFLOP", "flops", "GFLOP", 2 * 70.55e9, X, "off_2x", quoted=True, note="6·N is training; 2·N = 141 GFLOP")
claim(f, "7,1·10¹⁸ FLOP", "flops", "FLOP", 50e6 * 2 * 70.55e9, H)
claim(f, "≈ 5 GPU-часов", "time", "GPU-часов", 50e6 * 2 * 70.55e9 / EFF / 3600, H, hedged=True)
claim(f, "1,24 млрд", "params", "млрд", N["llama3.2-1b"], H, anchor="| Llama 3.2 1B |")
claim(f, "≈ 7300", "tokens_per_param", "tokens/param", 9e12 / 1.24e9, H, hedged=True)
claim(f, "8,03 млрд", "params", "млрд", N["llama3-8b"], H, anchor="| Llama-3-8B |")
claim(f, "≈ 1870", "tokens_per_param", "tokens/param", 15e12 / 8.03e9, H, hedged=True)
claim(f, "70,55 млрд", "params", "млрд", N["llama3-70b"], H, anchor="| Llama-3-70B |")
claim(f, "≈ 106", "tokens_per_param", "tokens/param", 15e12 / 70.55e9, X, "off_2x", hedged=True, note="212.6")
claim(f, "1,41 трлн", "tokens", "трлн токенов", 20 * 70.55e9, H)
claim(f, "1,6 трлн", "tokens", "трлн токенов", 20 * 8.03e9, X, "off_2x", note="20 x 8.03 B = 0.16 T")
claim(f, "12,9 млрд", "params", "млрд", ACTIVE_M7, H, anchor="Mixtral 8x7B: 12,9")
claim(f, "46,7 млрд", "params", "млрд", N["mixtral-8x7b"], H, anchor="Mixtral 8x7B: 12,9")
claim(f, "≈ 7,7·10¹⁰ FLOP", "flops", "FLOP", 6 * 12.9e9, H, hedged=True)
claim(f, "2,8·10¹¹ FLOP", "flops", "FLOP", 6 * 12.9e9, X, "wrong_kind", note="total instead of active parameters")
non(f, "created: 2026-11-30", "date")
non(f, "price_gpu_hour_rub: 210", "price")
non(f, "budget_cap_rub: 95000000", "budget")
non(f, "ticket: INFRA-2291", "ticket number")
non(f, "deadline: 2027-01-15", "date")
non(f, "- 507 тыс. GPU-часов × 210 ₽", "price arithmetic")
non(f, "- Курс на 2026-12-01", "exchange rate, date")
# ---- en_04: post-mortem of an answer about Llama 3.1 70B on two RTX 4090 ---------------------------
f = "en_04"
L8, L70 = "llama3-8b", "llama3-70b"
claim(f, "70 GB", "weights", "GB", W(L70, "fp16"), X, "wrong_dtype", anchor="At fp16 the 70B needs 70 GB", quoted=True,
      note="fp16 141.1 GB")
claim(f, "70 GB", "weights", "GB", W(L70, "int8"), H, anchor="Wrong dtype: 70 GB is the 8-bit size")
claim(f, "141.1 GB", "weights", "GB", W(L70, "fp16"), H, anchor="**fp16:**")
claim(f, "96 GB", "arithmetic", "GB", 48e9, X, "off_2x", quoted=True, note="2 x 24 = 48 GB")
claim(f, "48 GB", "arithmetic", "GB", 48e9, H, anchor="No — 2 × 24 = 48 GB")
claim(f, "about 17.5 GB", "weights", "GB", W(L70, "int4"), X, "off_2x", hedged=True, quoted=True, note="int4 35.3 GB")
claim(f, "35.3 GB", "weights", "GB", W(L70, "int4"), H, anchor="4-bit is half a byte")
claim(f, "43.2 GB", "quantized_file", "GB", GG(L70, "Q4_K_M"), H, anchor="4-bit is half a byte", rel=0.02)
claim(f, "4.89 bits", "bits_per_weight", "bits", BPW["Q4_K_M"], H)
claim(f, "2.5 MiB", "kv_cache_per_token", "MiB", KVT(L70), X, "off_2x", quoted=True, note="all 64 heads; 8 KV heads give 320 KiB")
claim(f, "327,680 bytes", "kv_cache_per_token", "bytes", KVT(L70), H)
claim(f, "320 KiB", "kv_cache_per_token", "KiB", KVT(L70), H, anchor="With 8 KV heads")
claim(f, "10 GiB", "kv_cache_total", "GiB", KV(L70, 32768), H)
claim(f, "2.5 GiB", "kv_cache_total", "GiB", KV(L70, 8192), H, anchor="At 32K tokens the cache")
claim(f, "~57 tokens/s", "throughput", "tok/s", 1008e9 / GG(L70, "Q4_K_M"), X, "off_2x", hedged=True, quoted=True,
      note="1008 GB/s / 43.2 GB = 23 tokens/s")
claim(f, "43.2 GB", "quantized_file", "GB", GG(L70, "Q4_K_M"), H, anchor="With a layer split", rel=0.02)
claim(f, "about 23 tokens/s", "throughput", "tok/s", 1008e9 / GG(L70, "Q4_K_M"), H, hedged=True, anchor="With a layer split")
claim(f, "141 GB", "training", "GB", 16 * N[L70], X, "off_2x", anchor="A full fine-tune needs 141 GB", quoted=True,
      note="weights only; 16 bytes/param = 1.13 TB")
claim(f, "1.13 TB", "training", "TB", 16 * N[L70], H)
claim(f, "≈ 36.4 GB", "weights", "GB", N[L70] * NF4 / 8, H, hedged=True)
claim(f, "16 GB", "weights", "GB", W(L8, "fp32"), X, "wrong_dtype", anchor="The 8B sibling fits", quoted=True, note="fp32 32.1 GB")
claim(f, "16 GB", "weights", "GB", W(L8, "bf16"), H, anchor="16 GB is its bf16 size")
claim(f, "32.1 GB", "weights", "GB", W(L8, "fp32"), H, anchor="16 GB is its bf16 size")
claim(f, "70", "weights", "GB", W(L70, "fp16"), X, "wrong_dtype", anchor="| fp16 weights |", quoted=True)
claim(f, "141.1", "weights", "GB", W(L70, "fp16"), H, anchor="| fp16 weights |")
claim(f, "17.5", "weights", "GB", W(L70, "int4"), X, "off_2x", anchor="| 4-bit weights |", quoted=True)
claim(f, "35.3", "weights", "GB", W(L70, "int4"), H, anchor="| 4-bit weights |")
claim(f, "141", "training", "GB", 16 * N[L70], X, "off_2x", anchor="| full fine-tune |", quoted=True)
claim(f, "1,128.9", "training", "GB", 16 * N[L70], H, anchor="| full fine-tune |")
claim(f, "16", "weights", "GB", W(L8, "fp32"), X, "wrong_dtype", anchor="| fp32 weights of the small", quoted=True)
claim(f, "32.1", "weights", "GB", W(L8, "fp32"), H, anchor="| fp32 weights of the small")
claim(f, "43.2 GB", "quantized_file", "GB", GG(L70, "Q4_K_M"), H, anchor="- Real answer:", rel=0.02)
claim(f, "2.5 GiB", "kv_cache_total", "GiB", KV(L70, 8192), H, anchor="- Real answer:")
claim(f, "about 23 tokens/s", "throughput", "tok/s", 1008e9 / GG(L70, "Q4_K_M"), H, hedged=True, anchor="- Real answer:")
non(f, "created: 2026-11-26", "date")
non(f, "psu_watts: 1600", "power")
non(f, "errors_found: 7", "count")
non(f, "score_out_of_10: 3", "rating")
non(f, "asked_model: gpt-4o (2026-11 snapshot)", "model version, date")
non(f, "Answer time: 14 s", "latency, date, rating")
non(f, "- 4 of 7 size statements", "count")
# ---- ru_03: вопрос/ответ, ответы чатов без проверки ----------------------------------------------
f = "ru_03"
G9, P4, P3 = 9.24e9, 14.7e9, 3.82e9
KG9, KP4, KP3 = KVT((42, 8, 256)), KVT((40, 10, 128)), KVT((32, 32, 96))
claim(f, "14,5 ГБ", "weights", "ГБ", W("mistral-7b", "bf16"), H, anchor="**Ответ:** 14,5 ГБ.")
claim(f, "Около 7,2 ГБ", "weights", "ГБ", W("mistral-7b", "int8"), H, hedged=True)
claim(f, "Примерно 9,2 ГБ", "weights", "ГБ", W(G9, "bf16"), X, "wrong_dtype", hedged=True, note="bf16 18.5 GB")
claim(f, "14,7 ГБ", "weights", "ГБ", W(P4, "fp8"), H)
claim(f, "7,64 ГБ", "weights", "ГБ", W(P3, "fp16"), H)
claim(f, "2,3 ГБ", "quantized_file", "ГБ", GG(P3, "Q4_K_M"), H)
claim(f, "46,7 ГБ", "weights", "ГБ", W("mixtral-8x7b", "fp16"), X, "wrong_dtype", note="fp16 93.4 GB")
claim(f, "По 23,4 ГБ", "weights", "ГБ", W("mixtral-8x7b", "fp16") / 2, X, "off_2x", note="46.7 GB per card")
claim(f, "Около 12,9 млрд", "params", "млрд", ACTIVE_M7, H, hedged=True)
claim(f, "168 КиБ", "kv_cache_per_token", "КиБ", KG9, X, "off_2x", anchor="**Ответ:** 168 КиБ.", note="336 KiB; K and V")
claim(f, "Около 1,3 ГиБ", "kv_cache_total", "ГиБ", KG9 * 8192, X, "off_2x", hedged=True, note="2.63 GiB")
claim(f, "200 КиБ", "kv_cache_per_token", "КиБ", KP4, H)
claim(f, "3,1 ГиБ", "kv_cache_total", "ГиБ", KP4 * 16384, H)
claim(f, "1,5 ГиБ", "kv_cache_total", "ГиБ", KP3 * 4096, H, anchor="**Ответ:** 1,5 ГиБ, то есть")
claim(f, "1,5 ГБ", "kv_cache_total", "ГБ", KP3 * 4096, X, "gib_as_gb", note="1.5 GiB = 1.61 GB")
claim(f, "112 КиБ", "kv_cache_per_token", "КиБ", KVT("llama3.2-3b"), H)
claim(f, "14 ГиБ", "kv_cache_total", "ГиБ", KV("llama3.2-3b", 131072), H)
claim(f, "32 КиБ", "kv_cache_per_token", "КиБ", KVT("llama3.2-1b"), H)
claim(f, "8 ГиБ", "kv_cache_total", "ГиБ", KV("llama3.2-1b", 131072), X, "off_2x", note="32 KiB x 128K = 4 GiB")
claim(f, "128 ГБ", "training", "ГБ", 16 * N["llama3-8b"], H)
claim(f, "около 48 ГБ", "training", "ГБ", 12 * N["llama3-8b"], X, "off_2x", hedged=True, note="12 B/param: 96.4 GB")
claim(f, "4,9 ГБ", "quantized_file", "ГБ", GG("llama3-8b", "Q4_K_M"), H)
claim(f, "4,25 ГБ", "quantized_file", "ГБ", GG("llama3-8b", "Q8_0"), X, "off_2x", note="Q8_0 8.53 GB")
claim(f, "около 205 токенов/с", "throughput", "токенов/с", 1008e9 / GG("llama3-8b", "Q4_K_M"), H, hedged=True)
claim(f, "около 126 токенов/с", "throughput", "токенов/с", 1008e9 / W("llama3-8b", "bf16"), X, "off_2x", hedged=True,
      note="1008 / 16.06 = 63 tokens/s")
claim(f, "168 КиБ", "kv_cache_per_token", "КиБ", KG9, X, "off_2x", anchor="- Кэш Gemma 2 9B на токен")
claim(f, "14,5 ГБ", "weights", "ГБ", W("mistral-7b", "bf16"), H, anchor="- Веса Mistral 7B")
non(f, "created: 2026-11-15", "date")
non(f, "questions_total: 16", "count")
non(f, "next_review: 2027-01-10", "date")
non(f, "**Ответ:** b4120", "version, date")
non(f, "**Ответ:** От 189", "price")
# ---- en_05: vector index storage --------------------------------------------------------------
f = "en_05"
NV = 2_400_000 * 12
claim(f, "28.8M", "arithmetic", "M", NV, H, anchor="**Setup:**")
claim(f, "about 14.7 billion tokens", "tokens", "billion", NV * 512, H, hedged=True)
claim(f, "14.7 million tokens", "tokens", "million", NV * 512, X, "off_2x", quoted=True, note="14.7 billion")
claim(f, "4,096", "arithmetic", "bytes", 1024 * 4, H, anchor="| bge-m3 | 1024 |")
claim(f, "1,024", "arithmetic", "bytes", 1024, H, anchor="| bge-m3 | 1024 |")
claim(f, "128", "arithmetic", "bytes", 1024 / 8, H, anchor="| bge-m3 | 1024 |")
claim(f, "12,288", "arithmetic", "bytes", 3072 * 4, H, anchor="| text-embedding-3-large | 3072 |")
claim(f, "3,072", "arithmetic", "bytes", 3072, H, anchor="| text-embedding-3-large | 3072 |")
claim(f, "1,536", "arithmetic", "bytes", 384 * 4, H, anchor="| all-MiniLM-L6-v2 | 384 |")
claim(f, "48", "arithmetic", "bytes", 384 / 8, H, anchor="| all-MiniLM-L6-v2 | 384 |")
claim(f, "4 KiB", "arithmetic", "KiB", 4096, H, anchor="- A 1024-dim float32 vector")
claim(f, "12 KiB", "arithmetic", "KiB", 12288, H)
claim(f, "1.5 KB", "arithmetic", "KB", 384 * 2, X, "wrong_dtype", quoted=True, note="float16: 768 bytes")
claim(f, "1024 bytes", "arithmetic", "bytes", 1024 / 8, X, "off_2x", quoted=True, note="1024 bits = 128 bytes")
claim(f, "≈ 118 GB", "arithmetic", "GB", NV * 4096, H, hedged=True)
claim(f, "109.9 GiB", "arithmetic", "GiB", NV * 4096, H)
claim(f, "29.5 GB", "arithmetic", "GB", NV * 1024, H, anchor="- int8: 29.5 GB")
claim(f, "3.69 GB", "arithmetic", "GB", NV * 128, H, anchor="- binary: 3.69 GB")
claim(f, "32x", "ratio", "×", 32, H)
claim(f, "7.4 GB", "arithmetic", "GB", NV * 1024, X, "off_2x", quoted=True, note="int8 is a quarter: 29.5 GB")
claim(f, "256 bytes", "arithmetic", "bytes", 64 * 4, H)
claim(f, "7.37 GB", "arithmetic", "GB", NV * 256, H, anchor="HNSW graph: level 0")
claim(f, "35–40 GB", "arithmetic", "GB", NV * 1024 + NV * 256, H, rng=True)
claim(f, "at least 110 GB", "arithmetic", "GB", NV * 4096, H, bound="lower")
claim(f, "under 5 GB", "arithmetic", "GB", NV * 128, H, bound="upper")
claim(f, "about 354 GB", "arithmetic", "GB", NV * 12288, H, hedged=True)
claim(f, "354 GiB", "arithmetic", "GiB", NV * 12288, X, "gb_as_gib", note="353.9 GB = 329.6 GiB")
claim(f, "1 KiB", "arithmetic", "KiB", 256 * 4, H, anchor="Truncating to 256 dims")
claim(f, "2.95 GB", "arithmetic", "GB", NV * 1024, X, "off_2x", note="28.8M x 1 KiB = 29.5 GB")
claim(f, "44.2 GB", "arithmetic", "GB", NV * 1536, H)
claim(f, "22.1 GB", "arithmetic", "GB", NV * 768, H, anchor="28.8M × 1,536 B")
claim(f, "5.5 GB", "arithmetic", "GB", NV * 384, X, "off_2x", note="int8 MiniLM: 11.1 GB")
claim(f, "117.96", "arithmetic", "GB", NV * 4096, H)
claim(f, "3.69", "arithmetic", "GB", NV * 128, H, anchor="print(n * d / 8 / 1e9)")
claim(f, "6.87", "arithmetic", "GiB", NV * 256, H)
claim(f, "about 1.7e19 FLOP", "flops", "FLOP", 2 * 568e6 * NV * 512, H, hedged=True)
claim(f, "118 GB", "arithmetic", "GB", NV * 4096, H, anchor="- bge-m3: 118 GB")
claim(f, "29.5 GB", "arithmetic", "GB", NV * 1024, H, anchor="- bge-m3: 118 GB")
claim(f, "3.69 GB", "arithmetic", "GB", NV * 128, H, anchor="- bge-m3: 118 GB")
claim(f, "7.37 GB", "arithmetic", "GB", NV * 256, H, anchor="- Graph: 7.37 GB")
non(f, "created: 2026-11-17", "date")
non(f, "price_per_1m_tokens_usd: 0.13", "price")
non(f, "version: 1.12.4", "version")
non(f, "ef_construct: 200", "hyper-parameter")
non(f, "recall_at_10: 0.94", "score")
non(f, "> [!tip] With `recall@10`", "scores, query count")
non(f, "Embedding price with", "price arithmetic")
non(f, "hnsw_m: 32", "hyper-parameter")
# ---- ru_04: чеклист, L40S 48 ГБ (Gemma 2 27B, Qwen2.5-14B/32B/72B, Phi-4) ---------------------------
f = "ru_04"
G27, Q14, Q32, Q72, P4 = 27.2e9, 14.7e9, 32.8e9, 72.7e9, 14.7e9
KG27, KQ14, KQ32, KQ72 = KVT((46, 16, 128)), KVT((48, 8, 128)), KVT((64, 8, 128)), KVT((80, 8, 128))
claim(f, "54,4 ГБ", "weights", "ГБ", W(G27, "bf16"), H, anchor="- [x] bf16 — 54,4 ГБ")
claim(f, "13,6 ГБ", "weights", "ГБ", W(G27, "int8"), X, "wrong_dtype", note="int8 27.2 GB; 13.6 is int4")
claim(f, "от 13 до 14 ГБ", "weights", "ГБ", W(G27, "int4"), H, rng=True)
claim(f, "368 КиБ", "kv_cache_per_token", "КиБ", KG27, H)
claim(f, "2,9 ГиБ", "kv_cache_total", "ГиБ", KG27 * 8192, H)
claim(f, "23 ГиБ", "kv_cache_total", "ГиБ", KG27 * 8192 * 16, X, "off_2x", note="16 x 2.875 GiB = 46 GiB")
claim(f, "29,4 ГБ", "weights", "ГБ", W(Q14, "bf16"), H, anchor="- [x] bf16 — 29,4 ГБ")
claim(f, "27,4 ГиБ", "weights", "ГиБ", W(Q14, "bf16"), H)
claim(f, "192 КиБ", "kv_cache_per_token", "КиБ", KQ14, H)
claim(f, "12 ГиБ", "kv_cache_total", "ГиБ", KQ14 * 32768, X, "off_2x", note="192 KiB x 32K = 6 GiB")
claim(f, "меньше 40 ГБ", "weights", "ГБ", W(Q14, "bf16") + KQ14 * 32768, H, bound="upper")
claim(f, "около 29 токенов/с", "throughput", "токенов/с", 864e9 / W(Q14, "bf16"), H, hedged=True)
claim(f, "16,4 ГБ", "weights", "ГБ", W(Q32, "int4"), H, anchor="- [ ] Веса int4: 16,4 ГБ")
claim(f, "256 КиБ", "kv_cache_per_token", "КиБ", KQ32, H)
claim(f, "8 ГиБ", "kv_cache_total", "ГиБ", KQ32 * 32768, H, anchor="- [ ] Кэш 256 КиБ")
claim(f, "≈ 25 ГБ", "arithmetic", "ГБ", W(Q32, "int4") + KQ32 * 32768, H, hedged=True)
claim(f, "около 105 токенов/с", "throughput", "токенов/с", 864e9 / W(Q32, "int4"), X, "off_2x", hedged=True,
      note="864 / 16.4 = 53 tokens/s")
claim(f, "32,8 ГБ", "weights", "ГБ", W(Q32, "bf16"), X, "wrong_dtype", note="bf16 65.6 GB")
claim(f, "≈ 36 ГБ", "weights", "ГБ", W(Q72, "int4"), H, hedged=True)
claim(f, "2,5 МиБ", "kv_cache_per_token", "МиБ", KQ72, X, "off_2x", note="8 KV heads: 320 KiB; 2.5 MiB counts 64 heads")
claim(f, "9 ГБ", "quantized_file", "ГБ", GG(P4, "Q4_K_M"), H, rel=0.02)
claim(f, "15,6 ГБ", "quantized_file", "ГБ", GG(P4, "Q8_0"), H)
claim(f, "6,1 ГБ", "quantized_file", "ГБ", GG(P4, "Q6_K"), X, "off_2x", note="Q6_K 12.06 GB")
claim(f, "16,4 ГБ", "weights", "ГБ", W(Q32, "int4"), H, anchor="- Берём Qwen2.5-32B-AWQ")
claim(f, "8 ГиБ", "kv_cache_total", "ГиБ", KQ32 * 32768, H, anchor="- Берём Qwen2.5-32B-AWQ")
claim(f, "54,4 ГБ", "weights", "ГБ", W(G27, "bf16"), H, anchor="- Gemma 2 27B в bf16 (54,4 ГБ)")
non(f, "created: 2026-12-01", "date")
non(f, "driver: 565.57.01", "version")
non(f, "deadline: 2026-12-12", "date")
non(f, "rack: ", "rack, unit")
non(f, "- [x] Заявка №4471", "ticket, date")
non(f, "- [ ] Стойка R3", "power")
non(f, "- [ ] Аренда L40S", "price, budget")
# ---- en_06: homelab journal -------------------------------------------------------------------
f = "en_06"
L8 = "llama3-8b"
LORA_QV = 32 * 16 * ((4096 + 4096) + (4096 + 1024))
claim(f, "4.9 GB", "quantized_file", "GB", GG(L8, "Q4_K_M"), H, anchor="Pulled `llama3.1:8b`")
claim(f, "4.7 GB", "quantized_file", "GB", GG("qwen2.5-7b", "Q4_K_M"), H, rel=0.02)
claim(f, "≈ 73 tokens/s", "throughput", "tok/s", 360e9 / 4.9e9, H, hedged=True)
claim(f, "3.85 GB", "quantized_file", "GB", GG("mistral-7b", "Q8_0"), X, "off_2x", note="Q8_0 7.69 GB")
claim(f, "16 GB", "quantized_file", "GB", GG(L8, "F16"), H, anchor="The F16 GGUF")
claim(f, "1.75 GiB", "kv_cache_total", "GiB", KV("qwen2.5-7b", 32768), H)
claim(f, "2 GiB", "kv_cache_total", "GiB", KV(L8, 32768), X, "off_2x", note="128 KiB x 32K = 4 GiB")
claim(f, "1.2 GB", "weights", "GB", W("llama3.2-1b", "bf16"), X, "wrong_dtype", note="bf16 2.47 GB")
claim(f, "3.4 GB", "quantized_file", "GB", GG("llama3.2-3b", "Q8_0"), H)
claim(f, "382 tokens/s", "throughput", "tok/s", 936e9 / GG(L8, "Q4_K_M"), X, "off_2x", note="936 / 4.91 = 190 tokens/s")
claim(f, "5.65 GB", "quantized_file", "GB", GG(9.24e9, "Q4_K_M"), H, rel=0.02)
claim(f, "28.6 GB", "quantized_file", "GB", GG("mixtral-8x7b", "Q4_K_M"), H, anchor="Mixtral 8x7B Q4_K_M = 28.6 GB", rel=0.02)
claim(f, "12.9B", "params", "B", ACTIVE_M7, H)
claim(f, "about 7.9 GB", "quantized_file", "GB", GG(ACTIVE_M7, "Q4_K_M"), H, hedged=True)
claim(f, "25.7 GB", "training", "GB", 16 * N["llama3.2-3b"], X, "off_2x", note="16 B x 3.21 B = 51.4 GB")
claim(f, "4.1 GB", "weights", "GB", N[L8] * NF4 / 8, H)
claim(f, "3.4M", "params", "M", LORA_QV, X, "off_2x", note="32 x 16 x (8192 + 5120) = 6.8 M")
claim(f, "4.9 GB", "quantized_file", "GB", GG(L8, "Q4_K_M"), H, anchor="- 3090 + Q4_K_M 8B")
claim(f, "28.6 GB", "quantized_file", "GB", GG("mixtral-8x7b", "Q4_K_M"), H, anchor="- Mixtral needs partial", rel=0.02)
non(f, "created: 2026-10-02", "date")
non(f, "price_usd: 249", "price")
non(f, "bought: 2026-11-08", "date")
non(f, "ollama: 0.4.7", "version")
non(f, "power_cost_kwh_eur: 0.31", "price")
non(f, "backups: restic, nightly 03:00", "time")
non(f, "### 2026-10-05", "date heading")
non(f, "Built the box. 3060 in", "driver version")
non(f, "Pi 5 8GB ordered", "price")
non(f, "Power: 0.31", "electricity cost arithmetic")
non(f, "Open WebUI 0.4.8 update", "version, issue number")
non("en_06", "uptime_target", "availability target")
# ---- en_07: serving engines, memory table (Llama-3.1-70B fp8 on 2x H100, named once) ----------------
f = "en_07"
L70 = "llama3-70b"
WG = W(L70, "fp8") / GIB
POOL = {"vllm": 0.90 * 160 - WG - 4, "sglang": 0.88 * 160 - WG - 4, "trt": (160 - WG) * 0.9}
TOK = lambda gib, b=2: gib * GIB / KVT(L70, b)
claim(f, "70.55 GB", "weights", "GB", W(L70, "fp8"), H)
claim(f, "65.7 GiB", "weights", "GiB", W(L70, "fp8"), H, anchor="- fp8 weights: 70.55 GB")
claim(f, "32.9 GiB", "weights", "GiB", W(L70, "fp8") / 2, H, anchor="- fp8 weights: 70.55 GB")
claim(f, "320 KiB", "kv_cache_per_token", "KiB", KVT(L70), H, anchor="- KV cache per token in bf16")
claim(f, "160 KiB", "kv_cache_per_token", "KiB", KVT(L70, 1), H)
claim(f, "10 GiB", "kv_cache_total", "GiB", KV(L70, 32768), H, anchor="- A 32K-token request")
claim(f, "5 GiB", "kv_cache_total", "GiB", KV(L70, 32768, 1, 1), H, anchor="- A 32K-token request")
claim(f, "32.9 GiB", "weights", "GiB", W(L70, "fp8") / 2, H, anchor="│ weights    32.9 GiB      │         │", occ=1)
claim(f, "37.1 GiB", "kv_cache_total", "GiB", POOL["vllm"] / 2 * GIB, H, anchor="│ KV pool    37.1 GiB      │", occ=1)
claim(f, "74.3", "kv_cache_total", "GiB", POOL["vllm"] * GIB, H, anchor="| vLLM | 0.90 |")
claim(f, "≈ 243K", "tokens", "K tokens", TOK(POOL["vllm"]), H, anchor="| vLLM | 0.90 |", hedged=True)
claim(f, "≈ 487K", "tokens", "K tokens", TOK(POOL["vllm"], 1), H, anchor="| vLLM | 0.90 |", hedged=True)
claim(f, "71.1", "kv_cache_total", "GiB", POOL["sglang"] * GIB, H, anchor="| SGLang | 0.88 |")
claim(f, "≈ 233K", "tokens", "K tokens", TOK(POOL["sglang"]), H, anchor="| SGLang | 0.88 |", hedged=True)
claim(f, "≈ 466K", "tokens", "K tokens", TOK(POOL["sglang"], 1), H, anchor="| SGLang | 0.88 |", hedged=True)
claim(f, "84.9", "kv_cache_total", "GiB", POOL["trt"] * GIB, H, anchor="| TensorRT-LLM | 0.9 of free |")
claim(f, "≈ 278K", "tokens", "K tokens", TOK(POOL["trt"]), H, anchor="| TensorRT-LLM | 0.9 of free |", hedged=True)
claim(f, "≈ 556K", "tokens", "K tokens", TOK(POOL["trt"], 1), H, anchor="| TensorRT-LLM | 0.9 of free |", hedged=True)
claim(f, "144 GiB", "arithmetic", "GiB", 0.9 * 160 * GIB, H)
claim(f, "65.7 GiB", "weights", "GiB", W(L70, "fp8"), H, anchor="- **vLLM:** 0.90")
claim(f, "74.3 GiB", "kv_cache_total", "GiB", POOL["vllm"] * GIB, H, anchor="- **vLLM:** 0.90")
claim(f, "140.8 GiB", "arithmetic", "GiB", 0.88 * 160 * GIB, H)
claim(f, "71.1 GiB", "kv_cache_total", "GiB", POOL["sglang"] * GIB, H, anchor="- **SGLang:**")
claim(f, "71.1 GB", "kv_cache_total", "GB", POOL["sglang"] * GIB, X, "gib_as_gb", note="71.1 GiB = 76.3 GB")
claim(f, "84.9 GiB", "kv_cache_total", "GiB", POOL["trt"] * GIB, H, anchor="- **TensorRT-LLM:**")
claim(f, "65.7 GiB", "weights", "GiB", W(L70, "fp8") / 2, X, "per_gpu", anchor="- **TGI:**", quoted=True,
      note="per shard 32.9 GiB")
claim(f, "about 487K tokens", "tokens", "K tokens", TOK(POOL["vllm"]), X, "off_2x", hedged=True, quoted=True,
      note="bf16 cache: 243K tokens")
claim(f, "640 KiB", "kv_cache_per_token", "KiB", KVT(L70), X, "off_2x", note="320 KiB")
claim(f, "65.7 GiB", "weights", "GiB", W(L70, "fp8") / 2, X, "per_gpu", anchor="The same draft also listed", note="32.9 GiB per card")
claim(f, "320 KiB", "kv_cache_per_token", "KiB", KVT(L70, 1), X, "wrong_dtype", anchor="The same draft also listed",
      note="fp8 cache 160 KiB")
claim(f, "20 GiB", "kv_cache_total", "GiB", KV(L70, 32768), X, "off_2x", note="32K x 320 KiB = 10 GiB")
claim(f, "43.2 GB", "quantized_file", "GB", GG(L70, "Q4_K_M"), H, rel=0.02)
claim(f, "40.2 GiB", "quantized_file", "GiB", GG(L70, "Q4_K_M"), H, rel=0.02)
claim(f, "about 118K tokens", "tokens", "K tokens", TOK(36), H, hedged=True)
claim(f, "141 GB", "quantized_file", "GB", GG(L70, "Q4_K_M"), X, "wrong_dtype", quoted=True, note="Q4_K_M 43.2 GB")
claim(f, "32.9 GiB", "weights", "GiB", W(L70, "fp8") / 2, H, anchor="Each card streams")
claim(f, "35.3 GB", "weights", "GB", W(L70, "fp8") / 2, H)
claim(f, "≈ 95 tokens/s", "throughput", "tok/s", H100_BW / (W(L70, "fp8") / 2), H, hedged=True)
claim(f, "190 tokens/s", "throughput", "tok/s", H100_BW / (W(L70, "fp8") / 2), X, "off_2x", note="95 tokens/s")
claim(f, "32.9 GiB", "weights", "GiB", W(L70, "fp8") / 2, H, anchor="- Weights: 32.9 GiB")
claim(f, "84.9 GiB", "kv_cache_total", "GiB", POOL["trt"] * GIB, H, anchor="- Largest pool")
claim(f, "≈ 278K tokens", "tokens", "K tokens", TOK(POOL["trt"]), H, anchor="- Largest pool", hedged=True)
non(f, "created: 2026-11-29", "date")
non(f, "sglang: {version: 0.5.4", "version, hyper-parameter")
non(f, "benchmark_prompts: 1000", "count")
non(f, "seed: 42", "seed")
non(f, "> [!tip] Results from the benchmark run", "measured throughput, seed")
# ---- ru_05: Whisper large-v3 и Qwen2-VL-7B (конфиги в свойствах) -------------------------------------
f = "ru_05"
WH = 1.55e9
CROSS = 2 * 32 * 1500 * 1280 * 2
SELF = 2 * 32 * 1280 * 2
QV, VIT, QLLM = 8.29e9, 675e6, 7.62e9
KQ = KVT((28, 4, 128))
claim(f, "3,1 ГБ", "weights", "ГБ", W(WH, "fp16"), H, anchor="**Веса.** 1,55 млрд")
claim(f, "6,2 ГБ", "weights", "ГБ", W(WH, "fp32"), H)
claim(f, "1,55 ГБ", "weights", "ГБ", W(WH, "int8"), H, anchor="**Веса.** 1,55 млрд")
claim(f, "1,55 ГБ", "weights", "ГБ", W(WH, "fp16"), X, "wrong_dtype", anchor="В fp16 модель занимает ровно", quoted=True,
      note="fp16 3.1 GB")
claim(f, "163¦840 байт", "kv_cache_per_token", "байт", SELF, H)
claim(f, "160 КиБ", "kv_cache_per_token", "КиБ", SELF, H, anchor="**Кэш декодера.**")
claim(f, "≈ 234,4 МиБ", "kv_cache_total", "МиБ", CROSS, H, hedged=True)
claim(f, "117 МиБ", "kv_cache_total", "МиБ", CROSS, X, "off_2x", quoted=True, note="K and V: 234.4 MiB")
claim(f, "3,9 ГиБ", "kv_cache_total", "ГиБ", 16 * CROSS, X, "gb_as_gib", note="3.93 GB = 3.66 GiB")
claim(f, "70 МиБ", "kv_cache_total", "МиБ", SELF * 448, H, anchor="Самовнимание декодера")
claim(f, "1,1 ГиБ", "kv_cache_total", "ГиБ", SELF * 448 * 16, H)
claim(f, "56 КиБ", "kv_cache_per_token", "КиБ", KQ, H, anchor="Языковая часть")
claim(f, "1024 патча", "arithmetic", "×", (448 // 14) ** 2, H)
claim(f, "256 визуальных токенов", "tokens", "токенов", (448 // 14) ** 2 / 4, H)
claim(f, "14 ГиБ", "kv_cache_total", "ГиБ", KQ * 256, X, "off_2x", note="56 KiB x 256 = 14 MiB")
claim(f, "15¦360 токенов", "tokens", "токенов", 60 * 256, H)
claim(f, "840 МиБ", "kv_cache_total", "МиБ", KQ * 15360, H)
claim(f, "8,3 ГБ", "weights", "ГБ", W(QV, "bf16"), X, "wrong_dtype", note="bf16 16.6 GB")
claim(f, "1,35 ГБ", "weights", "ГБ", W(VIT, "bf16"), H, anchor="- Визуальный энкодер")
claim(f, "около 30 %", "percentage", "%", 100 * VIT / QV, X, "off_2x", hedged=True, note="8.1 %")
claim(f, "1,35", "weights", "ГБ", W(VIT, "bf16"), H, anchor="| ViT | 675 млн |")
claim(f, "0,34", "weights", "ГБ", W(VIT, "int4"), H, anchor="| ViT | 675 млн |")
claim(f, "15,24", "weights", "ГБ", W(QLLM, "bf16"), H, anchor="| LLM | 7,62 млрд |")
claim(f, "7,62", "weights", "ГБ", W(QLLM, "int4"), X, "wrong_dtype", anchor="| LLM | 7,62 млрд |", occ=2,
      note="int4 3.81 GB; 7.62 is int8")
claim(f, "16,6", "weights", "ГБ", W(QV, "bf16"), H, anchor="| всего | 8,29 млрд |")
claim(f, "4,1", "weights", "ГБ", W(QV, "int4"), H, anchor="| всего | 8,29 млрд |")
claim(f, "3,1 ГБ", "weights", "ГБ", W(WH, "fp16"), H, anchor="- Whisper large-v3: 3,1 ГБ")
claim(f, "160 КиБ", "kv_cache_per_token", "КиБ", SELF, H, anchor="- Whisper large-v3: 3,1 ГБ")
claim(f, "16,6 ГБ", "weights", "ГБ", W(QV, "bf16"), H, anchor="- Qwen2-VL-7B: 16,6")
claim(f, "56 КиБ", "kv_cache_per_token", "КиБ", KQ, H, anchor="- Qwen2-VL-7B: 16,6")
non(f, "created: 2026-11-12", "date")
non(f, "asr_wer_ru: 0.071", "score")
non(f, "meetings_per_week: 35", "count")
non(f, "- Whisper на 35 совещаний", "meeting count arithmetic")
non(f, "- Время на окно (замер)", "measured time, WER")
# ---- ru_07: разбор ответа модели, Llama 3.1 405B (конфиг в свойствах) ------------------------------
f = "ru_07"
N405 = 405_853_388_800
assert llama_like(16384, 53248, 126, 128, 8, 128, 128256, False) == N405
K405 = KVT((126, 8, 128))
claim(f, "405 ГБ", "weights", "ГБ", W(N405, "bf16"), X, "wrong_dtype", anchor="в bf16 весит 405 ГБ", quoted=True,
      note="bf16 811.7 GB")
claim(f, "811,7 ГБ", "weights", "ГБ", W(N405, "bf16"), H, anchor="Ошибка типа данных")
claim(f, "Около 405 ГБ", "weights", "ГБ", W(N405, "fp8"), H, anchor="Ошибка типа данных", hedged=True)
claim(f, "405,9 ГБ", "weights", "ГБ", W(N405, "fp8"), H, anchor="Ошибка типа данных")
claim(f, "405 ГБ", "weights", "ГБ", W(N405, "fp8") / 8, X, "per_gpu", anchor="При FP8 на каждую из 8 карт", quoted=True,
      note="per card 50.7 GB")
claim(f, "50,7 ГБ", "weights", "ГБ", W(N405, "fp8") / 8, H, anchor="Это вся модель")
claim(f, "около 124 ГБ", "quantized_file", "ГБ", GG(N405, "Q4_K_M"), X, "off_2x", hedged=True, quoted=True, note="248 GB")
claim(f, "4,89 бита", "bits_per_weight", "бит", BPW["Q4_K_M"], H)
claim(f, "примерно 248 ГБ", "quantized_file", "ГБ", GG(N405, "Q4_K_M"), H, hedged=True)
claim(f, "около 4 МиБ", "kv_cache_per_token", "МиБ", K405, X, "off_2x", hedged=True, quoted=True, note="504 KiB")
claim(f, "516¦096 байт", "kv_cache_per_token", "байт", K405, H)
claim(f, "504 КиБ", "kv_cache_per_token", "КиБ", K405, H, anchor="Модель умножила на все 128")
claim(f, "31,5 ГиБ", "kv_cache_total", "ГиБ", K405 * 131072, X, "off_2x", anchor="> «На 128K токенов", quoted=True,
      note="63 GiB")
claim(f, "63 ГиБ", "kv_cache_total", "ГиБ", K405 * 131072, H, anchor="Даже с правильными")
claim(f, "7,9 ГиБ", "kv_cache_total", "ГиБ", K405 * 131072 / 8, H)
claim(f, "3,2 ТБ", "training", "ТБ", 16 * N405, X, "off_2x", anchor="> «Полное обучение с Adam", quoted=True, note="6.5 TB")
claim(f, "6,5 ТБ", "training", "ТБ", 16 * N405, H, anchor="Ошибка в умножении")
claim(f, "3,8·10²⁵ FLOP", "flops", "FLOP", 6 * N405 * 15.6e12, H, quoted=True)
claim(f, "≈ 3,8·10²⁵", "flops", "FLOP", 6 * N405 * 15.6e12, H, hedged=True)
claim(f, "около 12 токенов/с", "throughput", "токенов/с", 4.8e12 / (W(N405, "fp8") / 8), X, "per_gpu", hedged=True,
      quoted=True, note="each card reads 50.7 GB: 95 tokens/s")
claim(f, "около 95 токенов/с", "throughput", "токенов/с", 4.8e12 / (W(N405, "fp8") / 8), H, hedged=True)
claim(f, "≈ 810 GFLOP", "flops", "GFLOP", 2 * N405, H, hedged=True, quoted=True)
claim(f, "405", "weights", "ГБ", W(N405, "bf16"), X, "wrong_dtype", anchor="| веса bf16, ГБ |", quoted=True)
claim(f, "811,7", "weights", "ГБ", W(N405, "bf16"), H, anchor="| веса bf16, ГБ |")
claim(f, "405", "weights", "ГБ", W(N405, "fp8") / 8, X, "per_gpu", anchor="| доля на карту FP8, ГБ |", quoted=True)
claim(f, "50,7", "weights", "ГБ", W(N405, "fp8") / 8, H, anchor="| доля на карту FP8, ГБ |")
claim(f, "31,5", "kv_cache_total", "ГиБ", K405 * 131072, X, "off_2x", anchor="| кэш на 128K, ГиБ |", quoted=True)
claim(f, "63", "kv_cache_total", "ГиБ", K405 * 131072, H, anchor="| кэш на 128K, ГиБ |")
claim(f, "3,2", "training", "ТБ", 16 * N405, X, "off_2x", anchor="| обучение, ТБ |", quoted=True)
claim(f, "6,5", "training", "ТБ", 16 * N405, H, anchor="| обучение, ТБ |")
claim(f, "811,7 ГБ", "weights", "ГБ", W(N405, "bf16"), H, anchor="- 405B в bf16 — 811,7")
claim(f, "405,9 ГБ", "weights", "ГБ", W(N405, "fp8"), H, anchor="- 405B в bf16 — 811,7")
claim(f, "50,7 ГБ", "weights", "ГБ", W(N405, "fp8") / 8, H, anchor="- 405B в bf16 — 811,7")
claim(f, "504 КиБ", "kv_cache_per_token", "КиБ", K405, H, anchor="- Кэш 504 КиБ")
non(f, "created: 2026-12-02", "date")
non(f, "mistakes: 7", "count")
non(f, "grade: ", "rating")
non(f, "Оценка ответа: 3 из 10", "rating, date, time")
# ---- ru_06: ASCII-схема памяти, Qwen2.5-72B (конфиг в свойствах) ------------------------------------
f = "ru_06"
Q72 = 72.7e9
K72 = KVT((80, 8, 128))
claim(f, "145,4", "weights", "ГБ", W(Q72, "bf16"), H, anchor="$$72,7 \\times 10^9")
claim(f, "135,4 ГиБ", "weights", "ГиБ", W(Q72, "bf16"), H)
claim(f, "145,4 ГБ", "weights", "ГБ", W(Q72, "fp8"), X, "wrong_dtype", anchor="В fp8 веса заняли бы", note="fp8 72.7 GB")
claim(f, "36,35 ГБ", "weights", "ГБ", W(Q72, "int4"), H, anchor="В fp8 веса заняли бы")
claim(f, "85,9 ГБ", "arithmetic", "ГБ", 80 * GIB, H, anchor="Карта A100 «80GB»")
claim(f, "85,9 ГБ", "arithmetic", "ГБ", 80 * GIB, H, anchor="A100 #0 (85,9 ГБ)")
claim(f, "72,7 ГБ", "weights", "ГБ", W(Q72, "bf16") / 2, H, anchor="│ веса bf16 ....... 72,7 ГБ │     │")
claim(f, "11,2 ГБ", "arithmetic", "ГБ", (85.9 - 72.7 - 2) * 1e9, H, anchor="│ KV-кэш .......... 11,2 ГБ │     │")
claim(f, "160 КиБ", "kv_cache_per_token", "КиБ", K72 / 2, H, anchor="кэш на токен: 160 КиБ на карту")
claim(f, "320 КиБ", "kv_cache_per_token", "КиБ", K72, H, anchor="кэш на токен: 160 КиБ на карту")
claim(f, "320 КиБ", "kv_cache_per_token", "КиБ", K72, H, anchor="- Кэш на токен: 2 × 80")
claim(f, "22,4 ГБ", "arithmetic", "ГБ", 2 * 11.2e9, H)
claim(f, "≈ 68 тыс. токенов", "tokens", "тыс. токенов", 22.4e9 / K72, H, hedged=True)
claim(f, "5 ГиБ", "kv_cache_total", "ГиБ", K72 * 32768 / 2, H, anchor="- Один запрос на 32K")
claim(f, "72,7 ГБ", "weights", "ГБ", W(Q72, "bf16") / 2, H, anchor="- Скорость:")
claim(f, "≈ 28 токенов/с", "throughput", "токенов/с", 2039e9 / (W(Q72, "bf16") / 2), H, hedged=True)
claim(f, "≈ 56 токенов/с", "throughput", "токенов/с", 2039e9 / (W(Q72, "bf16") / 2), X, "off_2x", hedged=True,
      note="TP cards read in parallel: 28 tokens/s")
claim(f, "18,2 ГБ", "weights", "ГБ", W(Q72, "int4") / 4, X, "per_gpu", anchor="│ веса  18,2 ГБ  │ │", note="TP=4: 9.1 GB per card")
claim(f, "320 КиБ", "kv_cache_per_token", "КиБ", K72 / 4, X, "per_gpu", anchor="│ кэш 320 КиБ/ток│ │", note="80 KiB per card")
claim(f, "36,35 ГБ", "weights", "ГБ", W(Q72, "int4"), H, anchor="- Веса int4 всего")
claim(f, "9,1 ГБ", "weights", "ГБ", W(Q72, "int4") / 4, H, anchor="- Веса int4 всего")
claim(f, "80 КиБ", "kv_cache_per_token", "КиБ", K72 / 4, H, anchor="- Кэш на токен на одну карту при TP=4")
claim(f, "10 ГиБ", "kv_cache_total", "ГиБ", K72 * 32768, H, anchor="- Полный контекст 32K")
claim(f, "2,5 ГиБ", "kv_cache_total", "ГиБ", K72 * 32768 / 4, H, anchor="- Полный контекст 32K")
claim(f, "145,4 ГБ", "weights", "ГБ", W(Q72, "bf16"), H, anchor="- bf16 72B: 145,4")
claim(f, "72,7 ГБ", "weights", "ГБ", W(Q72, "bf16") / 2, H, anchor="- bf16 72B: 145,4")
claim(f, "9,1 ГБ", "weights", "ГБ", W(Q72, "int4") / 4, H, anchor="- int4 на 4 L40S")
claim(f, "80 КиБ", "kv_cache_per_token", "КиБ", K72 / 4, H, anchor="- int4 на 4 L40S")
non(f, "created: 2026-11-23", "date")
non(f, "variant_a: 412000", "price")
non(f, "decision_due: 2026-12-20", "date")
non(f, "- Вариант A: 412", "prices")
non(f, "> [!warning] Схема B", "parallelism degree")
# ---- additions: further statements in the notes (planned mistakes of the quoted chats) -------------
f = "en_01"
claim(f, "28 KiB", "kv_cache_per_token", "KiB", KVT("qwen2.5-7b"), X, "off_2x", anchor="would cut the cache to 28 KiB", note="56 KiB: K and V")
claim(f, "224 MiB", "kv_cache_total", "MiB", KV("qwen2.5-7b", 8192), X, "off_2x", note="448 MiB")
claim(f, "256 MiB", "kv_cache_total", "MiB", KV("mistral-7b", 4096), X, "off_2x", note="4096 x 128 KiB = 512 MiB")
claim(f, "8 GiB", "weights", "GiB", W("llama3-8b", "bf16") - W("llama3-8b", "fp8"), X, "gb_as_gib", note="8.03 GB = 7.48 GiB")
claim(f, "512 KiB", "kv_cache_per_token", "KiB", KVT((32, 32, 128)), H)
f = "en_02"
claim(f, "335,141,888", "params", "params", N["bert-large"], H)
claim(f, "670 MB", "weights", "MB", W("bert-large", "fp32"), X, "wrong_dtype", note="fp32 1340.6 MB")
claim(f, "13.5 GB", "weights", "GB", W("llama2-7b", "fp16"), H)
claim(f, "13.5 GiB", "weights", "GiB", W("llama2-7b", "fp16"), X, "gb_as_gib", note="13.48 GB = 12.55 GiB")
claim(f, "7.2 GB", "weights", "GB", W("mistral-7b", "bf16"), X, "wrong_dtype", note="bf16 14.5 GB")
f = "en_03"
claim(f, "41.9 GB", "weights", "GB", W(DS_T, "bf16") / 16, X, "off_2x", note="1342 / 16 = 83.9 GB")
claim(f, "282 GB", "weights", "GB", W(M22_T, "fp8"), X, "wrong_dtype", anchor="- Mixtral 8x22B in fp8", note="fp8 141 GB")
claim(f, "28 GiB", "kv_cache_total", "GiB", KV22 * 8192 * 32, X, "off_2x", anchor="- Cache for 32 concurrent", note="56 GiB")
claim(f, "233.6 GB", "weights", "GB", W(OSS["120"][0], "bf16"), H)
f = "en_05"
claim(f, "88.5 GB", "arithmetic", "GB", NV * 768 * 4, H)
claim(f, "88.5 MB", "arithmetic", "MB", NV * 768, X, "off_2x", quoted=True, note="int8 22.1 GB")
claim(f, "22.1 GB", "arithmetic", "GB", NV * 768 / 8, X, "off_2x", anchor="A 768-dim float32 index", quoted=True,
      note="binary 2.76 GB; 22.1 GB is bytes for bits")
claim(f, "354 GB", "arithmetic", "GB", NV * 3072, X, "wrong_dtype", anchor="For text-embedding-3-large it listed",
      quoted=True, note="int8 88.5 GB")
f = "en_06"
claim(f, "4.05 GB", "quantized_file", "GB", GG("qwen2.5-7b", "Q8_0"), X, "off_2x", note="Q8_0 8.09 GB")
claim(f, "3.8 GB", "quantized_file", "GB", GG(3.82e9, "F16"), X, "wrong_dtype", note="F16 7.64 GB")
claim(f, "1 GiB", "kv_cache_total", "GiB", KV("llama3-8b", 16384), X, "off_2x", note="16K x 128 KiB = 2 GiB")
f = "en_07"
claim(f, "32.9 GiB", "weights", "GiB", W(L70, "fp8") / 4, X, "per_gpu", anchor="With TP=4 on four cards", quoted=True,
      note="16.4 GiB per card")
claim(f, "1.25 GiB", "kv_cache_total", "GiB", KV(L70, 32768) / 4, X, "off_2x", quoted=True, note="10 GiB / 4 = 2.5 GiB")
f = "ru_01"
claim(f, "394 млн", "params", "млн", 128256 * 3072, H)
claim(f, "около 24,5 %", "percentage", "%", 100 * 128256 * 3072 / N["llama3.2-3b"], X, "off_2x", hedged=True, note="12.3 %")
claim(f, "394 МБ", "weights", "МБ", 128256 * 3072 * 2, X, "wrong_dtype", note="bf16 788 MB")
f = "ru_02"
claim(f, "2,8·10²⁰ FLOP", "flops", "FLOP", 2 * 70.55e9 * 2e9, H)
claim(f, "около 12 часов", "time", "часов", 2 * 70.55e9 * 2e9 / (8 * EFF) / 3600, X, "off_2x", hedged=True, note="24.8 hours")
claim(f, "3,2·10²⁴ FLOP", "flops", "FLOP", 6 * 70.55e9 * 15e12, X, "off_2x", note="6.35e24")
claim(f, "1,5·10¹⁹ FLOP", "flops", "FLOP", 6 * N["llama3.2-1b"] * 2e9, H)
f = "ru_03"
claim(f, "13 ГБ", "weights", "ГБ", W("llama2-13b", "fp16"), X, "wrong_dtype", anchor="**Ответ:** 13 ГБ.", note="fp16 26 GB")
claim(f, "17,2 ГБ", "weights", "ГБ", W("llama2-70b", "int4"), X, "off_2x", note="int4 34.5 GB")
claim(f, "256 КиБ", "kv_cache_per_token", "КиБ", KVT("falcon-7b"), X, "off_2x", anchor="**Ответ:** 256 КиБ.", note="MQA: 8 KiB")
f = "ru_04"
claim(f, "8,3 ГБ", "quantized_file", "ГБ", GG(G27, "Q4_K_M"), X, "off_2x", note="Q4_K_M 16.6 GB")
claim(f, "29,4 ГБ", "weights", "ГБ", W(Q14, "int8"), X, "wrong_dtype", anchor="- [ ] int8 — 29,4 ГБ", note="int8 14.7 GB")
f = "ru_05"
claim(f, "0,39 ГБ", "weights", "ГБ", W(WH, "int4"), X, "off_2x", note="int4 0.78 GB")
claim(f, "1024 визуальных токена", "tokens", "токенов", (896 // 14) ** 2 / 4, H)
claim(f, "112 МиБ", "kv_cache_total", "МиБ", KQ * 1024, X, "off_2x", note="56 KiB x 1024 = 56 MiB")
f = "ru_06"
claim(f, "4,5 ГБ", "weights", "ГБ", W(Q72, "int4") / 8, H)
claim(f, "20 КиБ", "kv_cache_per_token", "КиБ", K72 / 8, X, "off_2x", anchor="- int4: по 4,5 ГБ", note="320 / 8 = 40 KiB")
claim(f, "9,1 ГБ", "weights", "ГБ", W(Q72, "bf16") / 8, X, "wrong_dtype", anchor="- В bf16 на тех же восьми", note="bf16 18.2 GB per card")
f = "ru_03"
claim(f, "7,6 ГБ", "weights", "ГБ", W("qwen2.5-7b", "int4"), X, "wrong_dtype", note="int4 3.81 GB")
claim(f, "756 МБ", "quantized_file", "МБ", GG("llama3.2-1b", "Q4_K_M"), H)
claim(f, "Около 29 ГБ", "training", "ГБ", 16 * N["mistral-7b"], X, "off_2x", hedged=True, note="16 B/param: 115.9 GB")
claim(f, "Около 35 токенов/с", "throughput", "токенов/с", 1008e9 / GG(ACTIVE_M7, "Q4_K_M"), X, "wrong_kind", hedged=True,
      note="only active experts are read: 7.9 GB, 128 tokens/s")
f = "ru_05"
claim(f, "29,5 ГБ", "kv_cache_total", "ГБ", 120 * CROSS, H)
claim(f, "29,5 ГиБ", "kv_cache_total", "ГиБ", 120 * CROSS, X, "gb_as_gib", note="29.5 GB = 27.5 GiB")
f = "ru_06"
claim(f, "320 КиБ", "kv_cache_per_token", "КиБ", K72 / 2, X, "wrong_dtype", anchor="- С fp8-кэшем на токен", note="fp8 160 KiB")
claim(f, "320 КиБ", "kv_cache_per_token", "КиБ", K72, H, anchor="- С fp8-кэшем на токен", occ=2)
claim(f, "72,7 ТБ", "weights", "ТБ", W(Q72, "bf16") / 2, X, "off_2x", note="72.7 GB per token")
f = "ru_04"
claim(f, "14,7 ГБ", "weights", "ГБ", W(P4, "bf16"), X, "wrong_dtype", note="bf16 29.4 GB")
claim(f, "около 127 токенов/с", "throughput", "токенов/с", 864e9 / W(G27, "int4"), X, "off_2x", hedged=True, note="864 / 13.6 = 64")
f = "en_03"
claim(f, "about 300 tokens/s", "throughput", "tok/s", H100_BW / (OSS["20"][1] * 4.25 / 8), X, "wrong_kind", hedged=True,
      note="active 1.91 GB per token: 1750 tokens/s")
claim(f, "137 GiB", "kv_cache_total", "GiB", MLA * 32768 * 128, X, "off_2x", note="274 GiB")
f = "en_06"
claim(f, "3.2 GB", "weights", "GB", W("llama3.2-3b", "bf16"), X, "wrong_dtype", note="bf16 6.43 GB")
claim(f, "18.5 GB", "weights", "GB", W(9.24e9, "bf16"), H)
f = "en_02"
claim(f, "16 GB", "weights", "GB", W("llama3-8b", "fp32") / 4, X, "off_2x", anchor="4 shards of 16 GB each", quoted=True,
      note="32.1 / 4 = 8 GB per shard")
# ---- more planned mistakes -----------------------------------------------------------------------
f = "ru_01"
claim(f, "16,06 ГБ", "weights", "ГБ", W("llama3-8b", "fp32"), X, "wrong_dtype", note="fp32 32.1 GB")
claim(f, "1,05 ГБ", "weights", "ГБ", 128256 * 4096 * 4, X, "wrong_dtype", note="fp32 2.1 GB")
claim(f, "1,24 ГБ", "weights", "ГБ", W("llama3.2-1b", "int4"), X, "wrong_dtype", note="int4 0.62 GB")
f = "ru_02"
claim(f, "около 2 суток", "time", "суток", GH8 / 1024 / 24, X, "off_2x", hedged=True, quoted=True, note="20.6 days")
claim(f, "512 GPU-часов", "time", "GPU-часов", CQ / EFF / 3600, X, "off_2x", quoted=True, note="64 GPU-hours")
f = "en_05"
claim(f, "40.96 GB", "arithmetic", "GB", 100e6 * 4096, X, "off_2x", note="409.6 GB")
f = "en_07"
claim(f, "21.6 GB", "quantized_file", "GB", GG(L70, "Q4_K_M"), X, "off_2x", quoted=True, note="43.2 GB")
f = "en_01"
claim(f, "56 KiB", "kv_cache_per_token", "KiB", KVT("llama3.2-3b"), X, "off_2x", note="112 KiB")
f = "en_02"
claim(f, "124 MB", "weights", "MB", W("gpt2", "fp16"), X, "wrong_dtype", quoted=True, note="fp16 248.9 MB")
f = "ru_06"
claim(f, "10 ГиБ", "kv_cache_total", "ГиБ", K72 * 32768 / 8, X, "per_gpu", anchor="на каждой карте варианта C", note="per card 1.25 GiB; 10 GiB is the total")
f = "ru_05"
claim(f, "70 МиБ", "kv_cache_total", "МиБ", SELF * 2 * 448, X, "wrong_dtype", anchor="Если держать кэш декодера в fp32",
      note="fp32: 140 MiB")
f = "en_06"
claim(f, "7.2 GB", "quantized_file", "GB", GG("mistral-7b", "F16"), X, "wrong_dtype", note="F16 14.5 GB")
f = "en_03"
claim(f, "93.4 GB", "weights", "GB", W("mixtral-8x7b", "bf16") / 2, X, "per_gpu", anchor="on two 80 GB cards", note="46.7 GB per card")
f = "ru_04"
claim(f, "по 36 ГБ", "weights", "ГБ", W(Q72, "int4") / 2, X, "per_gpu", note="18.2 GB per card")
f = "ru_07"
claim(f, "4 ГиБ", "kv_cache_total", "ГиБ", K405 * 8192 * 16, X, "wrong_kind", quoted=True, note="one user's 3.94 GiB; 16 users 63 GiB")
f = "en_04"
claim(f, "37.5 GB", "quantized_file", "GB", GG(L70, "Q8_0"), X, "off_2x", quoted=True, note="Q8_0 75 GB")
claim("en_04", "8.5 bits", "bits_per_weight", "bits", BPW["Q8_0"], H)
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
            raise SystemExit("truth.json is stale: run python tests/claims_corpus_w/truth.py")
        summary(truth)
        print("truth.json is current; every check passed")
        return 0
    path.write_text(text, encoding="utf-8")
    summary(truth)
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
