#!/usr/bin/env python3
"""Ground truth for blind sizing-claims corpus K (tests/claims_corpus_k/notes).

Written without reading vaultkit's code, its tests or the other corpora's notes.  Facts come
from /work/shared/claims-gold.md: bytes per dtype, exact parameter counts and configs of the
catalogued models, measured GGUF bits per weight (Llama-3.1-8B), the KV-cache, training-memory
and activation formulas.  Models that claims-gold lacks appear only with their config (layers,
KV heads, head dim, parameter count) stated in the note itself, and the truth computes from
those stated values.  Nothing here imports vaultkit.

    python tests/claims_corpus_k/truth.py          # verify and (re)write truth.json
    python tests/claims_corpus_k/truth.py --check  # verify; fail if truth.json is stale

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
         "billion": 1e9, "million": 1e6, "days": 1, "суток": 1, "дней": 1}
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


# ---- en_01: long context, RoPE scaling, KV at 128K ----------------------------------------------
f = "en_01"
L8, Q7, L70 = "llama3-8b", "qwen2.5-7b", "llama3-70b"
claim(f, "128 KiB", "kv_cache_per_token", "KiB", KVT(L8), H)
claim(f, "1 GiB", "kv_cache_total", "GiB", KV(L8, 8192), H)
claim(f, "16 GiB", "kv_cache_total", "GiB", KV(L8, 131072), H, anchor="at the full 131,072 tokens")
claim(f, "17.2 GB", "kv_cache_total", "GB", KV(L8, 131072), H)
claim(f, "32 GiB", "kv_cache_total", "GiB", KV(L8, 131072, 2), H)
claim(f, "64 GiB", "kv_cache_total", "GiB", KV(L8, 32768, 4), X, "off_2x", note="4 x 32K x 128 KiB = 16 GiB")
claim(f, "8 GiB", "kv_cache_total", "GiB", KV(L8, 131072, 1, 1), H, anchor="with an fp8 KV cache")
claim(f, "~16 GB", "weights", "GB", W(L8, "bf16"), H, hedged=True)
claim(f, "7 GiB", "kv_cache_total", "GiB", KV(Q7, 131072), H, anchor="| Qwen/Qwen2.5-7B-Instruct |")
claim(f, "7 GiB", "kv_cache_total", "GiB", KV(Q7, 131072), H, anchor="Qwen's 7 GiB")
claim(f, "42.9 GB", "kv_cache_total", "GB", KV(L70, 131072), H)
claim(f, "about 7.5 GB", "kv_cache_total", "GB", KV(Q7, 131072), H, hedged=True)
claim(f, "3.5 GiB", "kv_cache_total", "GiB", KV(Q7, 32768), X, "off_2x", note="56 KiB x 32K = 1.75 GiB")
claim(f, "20 GiB", "kv_cache_total", "GiB", KV(L70, 131072), X, "off_2x", note="40 GiB per sequence")
non(f, "created: 2026-11-03", "date")
non(f, "Wavelength of dimension pair", "LaTeX formula")
non(f, "https://arxiv.org/abs/2309.00071", "URL, date")
non(f, "Needle-in-a-haystack at 128K: 98.7 %", "benchmark accuracy, perplexity")
non(f, "Seed 1234, temperature 0.", "hyper-parameters")


# ---- en_02: fine-tuning journal, Llama-3-8B on two A100s --------------------------------------
f = "en_02"
L8 = "llama3-8b"
LORA8 = lora(32, 16, [(4096, 4096), (4096, 1024), (4096, 1024), (4096, 4096)])
claim(f, "8,030,261,248", "params", "params", N[L8], H)
claim(f, "128.5 GB", "training", "GB", 16 * N[L8], H)
claim(f, "~145 GB", "training", "GB", 18 * N[L8], H, hedged=True)
claim(f, "64.2 GB", "training", "GB", zero(N[L8], 2, 3), H, anchor="ZeRO-3 over our two cards", note="per GPU, ZeRO-3 over 2")
claim(f, "32 GB", "training", "GB", zero(N[L8], 2, 2), X, "off_2x", note="ZeRO-2 over 2: 2N + 14N/2 = 72.3 GB per GPU")
claim(f, "about 48 GB", "training", "GB", 12 * N[L8], X, "off_2x", hedged=True, note="12 B/param = 96.4 GB")
claim(f, "30.6 GB", "activations", "GB", act(L8, 2048, 1), H)
claim(f, "9.1 GB", "activations", "GB", act(L8, 2048, 1, "flash"), H)
claim(f, "~0.54 GB", "activations", "GB", act(L8, 2048, 1, "full"), H, hedged=True)
claim(f, "~73 GB", "activations", "GB", act(L8, 2048, 4, "flash"), X, "off_2x", hedged=True, note="36.5 GB")
claim(f, "13.6M", "params", "M", LORA8, H)
claim(f, "0.17 %", "percentage", "%", 100 * LORA8 / N[L8], H)
claim(f, "27.3M", "params", "M", 4 * LORA8, X, "off_2x", note="r=64 is 4x r=16: 54.5M")
claim(f, "about 220 MB", "training", "MB", 16 * LORA8, H, hedged=True)
claim(f, "16.1 GB", "weights", "GB", W(L8, "bf16"), H)
claim(f, "~4.1 GB", "quantized_file", "GB", N[L8] * NF4 / 8, H, hedged=True)
claim(f, "8 GB", "weights", "GB", W(L8, "int8"), H, anchor="be 8 GB.")
non(f, "started: 2026-10-14", "date")
non(f, "Config: r = 16, lora_alpha = 32, dropout 0.05", "hyper-parameters")
non(f, "Run 1: lr 2e-4, cosine, warmup 100 steps", "hyper-parameters, scores")
non(f, "Run 2: lr 1e-4, 2 epochs", "hyper-parameters, loss")
non(f, "1. Does r = 8 lose anything?", "numbered list, date")


# ---- en_03: e-mail to a manager, capacity plan for Llama-3.1-70B-Instruct in fp8 ------------------
f = "en_03"
L70 = "llama3-70b"
claim(f, "16 %", "percentage", "%", 100 * 64 / 400, H)
claim(f, "70.6 GB", "weights", "GB", W(L70, "fp8"), H)
claim(f, "282 GB", "weights", "GB", W(L70, "bf16"), X, "wrong_dtype", note="bf16 = 141.1 GB; 282 GB is fp32")
claim(f, "320 KiB", "kv_cache_per_token", "KiB", KVT(L70), H)
claim(f, "2.5 GiB", "kv_cache_total", "GiB", KV(L70, 8192), H)
claim(f, "524,288 tokens", "tokens", "tokens", 64 * 8192, H)
claim(f, "roughly 5.2M tokens", "tokens", "M tokens", 64 * 8192, X, "off_2x", hedged=True, note="0.52M tokens")
claim(f, "160 GiB", "kv_cache_total", "GiB", KV(L70, 8192, 64), H, anchor="For all 64")
claim(f, "171.8 GB", "kv_cache_total", "GB", KV(L70, 8192, 64), H)
claim(f, "under 250 GB", "arithmetic", "GB", W(L70, "fp8") + KV(L70, 8192, 64), H, bound="upper")
claim(f, "17.6 GB", "weights", "GB", W(L70, "fp8") / 4, H, anchor="each card holds", note="per GPU, TP=4")
claim(f, "160 GiB", "kv_cache_total", "GiB", KV(L70, 8192, 64) / 4, X, "per_gpu", anchor="each card holds",
      note="per GPU 40 GiB")
claim(f, "~190 tok/s", "throughput", "tok/s", H100_BW / (W(L70, "fp8") / 4), H, anchor="at most ~190 tok/s",
      hedged=True, bound="upper")
claim(f, "~190 tok/s", "throughput", "tok/s", H100_BW / (W(L70, "bf16") / 4), X, "off_2x",
      anchor="would still be ~190 tok/s", hedged=True, note="bf16: 35.3 GB per GPU -> 95 tok/s")
claim(f, "12.5 s", "time", "s", 500 / 40, H)
claim(f, "5 s", "time", "s", 2000 / 40, X, "off_2x", note="50 s")
non(f, "sent: 2026-11-18 09:12", "date")
non(f, "**Subject: GPU ask for the assistant rollout (INFRA-2231)**", "ticket number")
non(f, "4 cards × $2.49 per GPU-hour", "price, date")
non(f, "Budget line 7.3 in the FY27 plan.", "budget line number")
non(f, "on Thursday at 14:00", "time")


# ---- en_04: Qwen2.5 family table (configs and parameter counts stated in the note) ---------------
f = "en_04"
QW = {"0.5B": (0.49e9, (24, 2, 64)), "1.5B": (1.54e9, (28, 2, 128)), "3B": (3.09e9, (36, 2, 128)),
      "7B": (N["qwen2.5-7b"], (28, 4, 128)), "14B": (14.7e9, (48, 8, 128)), "32B": (32.5e9, (64, 8, 128)),
      "72B": (72.7e9, (80, 8, 128))}
ROW = {k: f"| Qwen2.5-{k} |" for k in QW}
ROW["7B"] = "| Qwen/Qwen2.5-7B-Instruct |"
claim(f, "12", "kv_cache_per_token", "KiB", KVT(QW["0.5B"][1]), H, anchor=ROW["0.5B"], occ=1)
claim(f, "~1 GB", "weights", "GB", W(QW["0.5B"][0], "bf16"), H, anchor=ROW["0.5B"], hedged=True)
claim(f, "0.25 GB", "weights", "GB", W(QW["0.5B"][0], "int4"), H, anchor=ROW["0.5B"])
claim(f, "56", "kv_cache_per_token", "KiB", KVT(QW["1.5B"][1]), X, "off_2x", anchor=ROW["1.5B"], note="28 KiB")
claim(f, "3.1 GB", "weights", "GB", W(QW["1.5B"][0], "bf16"), H, anchor=ROW["1.5B"])
claim(f, "0.77 GB", "weights", "GB", W(QW["1.5B"][0], "int4"), H, anchor=ROW["1.5B"])
claim(f, "36", "kv_cache_per_token", "KiB", KVT(QW["3B"][1]), H, anchor=ROW["3B"], occ=2)
claim(f, "6.2 GB", "weights", "GB", W(QW["3B"][0], "bf16"), H, anchor=ROW["3B"])
claim(f, "3.1 GB", "weights", "GB", W(QW["3B"][0], "int4"), X, "off_2x", anchor=ROW["3B"], note="int4 1.55 GB")
claim(f, "7.62B", "params", "B", N["qwen2.5-7b"], H, anchor=ROW["7B"])
claim(f, "56", "kv_cache_per_token", "KiB", KVT(QW["7B"][1]), H, anchor=ROW["7B"])
claim(f, "15.2 GB", "weights", "GB", W("qwen2.5-7b", "bf16"), H, anchor=ROW["7B"])
claim(f, "3.8 GB", "weights", "GB", W("qwen2.5-7b", "int4"), H, anchor=ROW["7B"])
claim(f, "192", "kv_cache_per_token", "KiB", KVT(QW["14B"][1]), H, anchor=ROW["14B"])
claim(f, "~29.5 GB", "weights", "GB", W(QW["14B"][0], "bf16"), H, anchor=ROW["14B"], hedged=True)
claim(f, "14.7 GB", "weights", "GB", W(QW["14B"][0], "int4"), X, "wrong_dtype", anchor=ROW["14B"],
      note="int4 7.35 GB; 14.7 GB is int8")
claim(f, "128", "kv_cache_per_token", "KiB", KVT(QW["32B"][1]), X, "off_2x", anchor=ROW["32B"], occ=2,
      note="256 KiB")
claim(f, "~65 GB", "weights", "GB", W(QW["32B"][0], "bf16"), H, anchor=ROW["32B"], hedged=True)
claim(f, "~16 GB", "weights", "GB", W(QW["32B"][0], "int4"), H, anchor=ROW["32B"], hedged=True)
claim(f, "320", "kv_cache_per_token", "KiB", KVT(QW["72B"][1]), H, anchor=ROW["72B"])
claim(f, "72.7 GB", "weights", "GB", W(QW["72B"][0], "bf16"), X, "wrong_dtype", anchor=ROW["72B"],
      note="bf16 145.4 GB; 72.7 GB is int8")
claim(f, "36.4 GB", "weights", "GB", W(QW["72B"][0], "int4"), H, anchor=ROW["72B"])
claim(f, "6 GiB", "kv_cache_total", "GiB", KV(QW["14B"][1], 32768), H)
claim(f, "4 GiB", "kv_cache_total", "GiB", KV(QW["32B"][1], 32768), X, "off_2x", note="8 GiB")
claim(f, "384 MiB", "kv_cache_total", "MiB", KV(QW["0.5B"][1], 32768), H)
claim(f, "7 GiB", "kv_cache_total", "GiB", KV(QW["7B"][1], 16384, 8), H)
claim(f, "26.7×", "ratio", "×", KVT(QW["72B"][1]) / KVT(QW["0.5B"][1]), H)
claim(f, "85.7 %", "percentage", "%", 100 * (1 - 4 / 28), H)
non(f, "updated: 2026-11-09", "date")
non(f, "Released 2024-09-19, blog:", "date")
non(f, "https://qwenlm.github.io/blog/qwen2.5/", "URL with version")
non(f, "Scores I care about (MMLU, base models): 47.5", "benchmark scores")
non(f, "Try the 14B first, ticket #4471.", "ticket number")


# ---- en_05: exported Jupyter notebook, comments state the printed values --------------------------
f = "en_05"
M7, F7 = "mistral-7b", "falcon-7b"
NXL = N["gpt2-xl"]
claim(f, "14.48 GB", "weights", "GB", W(M7, "bf16"), H, anchor="# 14.48 GB")
claim(f, "13.49 GiB", "weights", "GiB", W(M7, "bf16"), H)
claim(f, "7.24 GB", "weights", "GB", W(M7, "int4"), X, "off_2x", note="int4 3.62 GB")
claim(f, "26.98 GB", "weights", "GB", W(M7, "fp32"), X, "gib_as_gb", note="code divides by 2**30: 26.98 GiB = 28.97 GB")
claim(f, "128.0 KiB", "kv_cache_per_token", "KiB", KVT(M7), H)
claim(f, "4.0 GiB", "kv_cache_total", "GiB", KV(M7, 32768), H, anchor="# 4.0 GiB")
claim(f, "2.0 GiB", "kv_cache_total", "GiB", KV(M7, 4096), X, "off_2x", note="0.5 GiB")
claim(f, "8192 bytes", "kv_cache_per_token", "bytes", KVT(F7), H)
claim(f, "16.0 MiB", "kv_cache_total", "MiB", KV(F7, 2048), H)
claim(f, "64.0 GiB", "kv_cache_total", "GiB", KV(F7, 2048, 64), X, "off_2x", note="1 GiB")
claim(f, "124439808", "params", "params", N["gpt2"], H, anchor="# 124439808")
claim(f, "1419.3 MB", "weights", "MB", W("gpt2-medium", "fp32"), H)
claim(f, "1.56 GB", "weights", "GB", W(NXL, "fp16"), X, "off_2x", note="fp16 3.12 GB")
claim(f, "12.5x", "ratio", "×", NXL / N["gpt2"], H)
claim(f, "~231 tok/s", "throughput", "tok/s", 3.35e12 / W(M7, "bf16"), H, hedged=True)
claim(f, "~69 tok/s", "throughput", "tok/s", 2.0e12 / W(M7, "bf16"), X, "off_2x", hedged=True, note="138 tok/s")
claim(f, "4.3 s", "time", "s", 1000 / (3.35e12 / 14.48e9), H)
non(f, "exported: 2026-10-30", "date")
non(f, "pip install transformers==4.46.1", "versions")
non(f, "torch.manual_seed(0)", "seed")
non(f, "lr = 3e-4", "hyper-parameter")
non(f, "# tensor([0.1192, 0.8808])", "probabilities")
non(f, "Exit code 0, runtime 2.3 s", "exit code, runtime")


# ---- en_06: pasted GitHub issue thread, Llama-2-13b-chat-hf OOM --------------------------------------
f = "en_06"
L13 = "llama2-13b"
claim(f, "26 GB", "weights", "GB", W(L13, "fp16"), H)
claim(f, "24.2 GiB", "weights", "GiB", W(L13, "fp16"), H, anchor="The fp16 weights alone")
claim(f, "~13 GB", "weights", "GB", W(L13, "int8"), H, hedged=True)
claim(f, "6.5 GB", "weights", "GB", W(L13, "int4"), H, anchor="in 4 bits it's 6.5 GB")
claim(f, "6.5 GB", "weights", "GB", W(L13, "int4"), H, anchor="And in 4-bit at batch 8")
claim(f, "24.2 GiB", "weights", "GiB", W(L13, "int8"), X, "off_2x", anchor="8-bit still takes", note="int8 12.12 GiB")
claim(f, "800 KiB", "kv_cache_per_token", "KiB", KVT(L13), H)
claim(f, "3.1 GiB", "kv_cache_total", "GiB", KV(L13, 4096), H)
claim(f, "25 GiB", "kv_cache_total", "GiB", KV(L13, 4096, 8), H)
claim(f, "400 KiB", "kv_cache_per_token", "KiB", KVT(L13), X, "off_2x", note="800 KiB")
claim(f, "~7.9 GB", "quantized_file", "GB", GG(L13, "Q4_K_M"), H, hedged=True)
claim(f, "7.4 GiB", "quantized_file", "GiB", GG(L13, "Q4_K_M"), H, rel=0.02)
claim(f, "9.3 GB", "quantized_file", "GB", GG(L13, "Q5_K_M"), H, rel=0.02)
claim(f, "6.9 GB", "quantized_file", "GB", GG(L13, "Q8_0"), X, "off_2x", note="Q8_0 13.83 GB")
claim(f, "about 4.1 GB", "activations", "GB", act(L13, 4096, 1) / 40, H, hedged=True, note="one layer")
claim(f, "~0.71 GB", "activations", "GB", act(L13, 4096, 1, "flash") / 40, H, hedged=True, note="one layer")
claim(f, "1.34 GB", "activations", "GB", 40 * 4096**2 * 2, H)
claim(f, "104 GB", "training", "GB", 16 * N[L13], X, "off_2x", note="16 B/param: 208.3 GB")
claim(f, "208 GB", "training", "GB", 16 * N[L13], H)
non(f, "saved: 2026-09-22", "date")
non(f, "Issue #31842", "issue number")
non(f, "**opened by @kvtran on 2026-06-01 · 14 comments", "date, count")
non(f, "version: 4.41.2, torch 2.3.1+cu121", "versions")
non(f, "driver 550.54.14", "version")
non(f, "Served with `--port 8080", "port, setting")
non(f, "👍 12 · 🎉 3", "reactions, date")


# ---- en_07: daily note, shopping list and one Mixtral computation ------------------------------------
f = "en_07"
MX = "mixtral-8x7b"
claim(f, "46.7B", "params", "B", N[MX], H)
claim(f, "≈ 23.4 GB", "weights", "GB", W(MX, "int4"), H, hedged=True)
claim(f, "12.9B", "params", "B", ACTIVE_M7, H)
claim(f, "13 GB", "weights", "GB", ACTIVE_M7 * 0.5, X, "off_2x", note="active experts at 4 bit: 6.44 GB")
claim(f, "46.7 GB", "weights", "GB", W(MX, "fp16"), X, "wrong_dtype", anchor="is 46.7 GB. If the active part",
      note="fp16 93.4 GB")
claim(f, "~6.4 GB", "weights", "GB", ACTIVE_M7 * 0.5, H, hedged=True)
claim(f, "~9 tok/s", "throughput", "tok/s", 60e9 / (ACTIVE_M7 * 0.5), H, hedged=True)
non(f, "mood: 7/10", "rating")
non(f, "Run 5 km (27:40)", "distance, time")
non(f, "Pay rent €1,150", "price")
non(f, "Call mom at 19:00", "time")
non(f, "Gym: 3×10 squats at 60 kg", "sets and weights")
non(f, "2 kg apples, 1 L oat milk, 6 eggs", "shopping quantities")
non(f, "coffee beans 500 g", "quantity, price")
non(f, "3 × 400 g chopped tomatoes", "product of quantities, not a sizing claim")
non(f, "Try it tomorrow with `-ngl 20`", "setting, time")

# ---- en_08: cheat sheet of formulas with worked examples -------------------------------------------
f = "en_08"
L27, L370, L8, L270 = "llama2-7b", "llama3-70b", "llama3-8b", "llama2-70b"
C27 = 6 * N[L27] * 2e12
claim(f, "8.64e19", "flops", "FLOP", 1e15 * 86400, H)
claim(f, "6.74B", "params", "B", N[L27], H)
claim(f, "~135B tokens", "tokens", "B tokens", 20 * N[L27], H, hedged=True)
claim(f, "1.4T tokens", "tokens", "T tokens", 20 * N[L370], H)
claim(f, "350B tokens", "tokens", "B tokens", 20 * N["gpt3"], X, "off_2x", note="20 x 174.6B = 3.49T tokens")
claim(f, "~1,870 tokens", "tokens_per_param", "tokens/param", 15e12 / N[L8], H, hedged=True)
claim(f, "~290 tokens", "tokens_per_param", "tokens/param", 2e12 / N[L270], X, "off_2x", hedged=True, note="29")
claim(f, "8.1 \\times 10^{22}", "flops", "FLOP", C27, H, hedged=True)
claim(f, "7.2e23", "flops", "FLOP", 6 * N[L8] * 15e12, H)
claim(f, "3.14e22", "flops", "FLOP", 6 * N["gpt3"] * 300e9, X, "off_2x", note="3.14e23")
claim(f, "≈ 56,900 GPU-hours", "time", "GPU-hours", C27 / (0.4 * 989e12) / 3600, H, hedged=True)
claim(f, "~5.5 days", "time", "days", C27 / (0.4 * 989e12) / 3600 / 1024 / 24, X, "off_2x", hedged=True,
      note="2.3 days")
claim(f, "≈ 16 GFLOP", "flops", "GFLOP", 2 * N[L8], H, hedged=True)
claim(f, "≈ 69 GFLOP", "flops", "GFLOP", 2 * N[L270], X, "off_2x", hedged=True, note="138 GFLOP")
claim(f, "14\\,\\text{GB}", "arithmetic", "GB", 7e9 * 2, H)
claim(f, "70\\,\\text{GB}", "arithmetic", "GB", 70e9 * 0.5, X, "off_2x", note="35 GB")
claim(f, "268 MB", "activations", "MB", act(L27, 4096, 8, "full") / 32, H)
claim(f, "8.6 GB", "activations", "GB", act(L27, 4096, 8, "full"), H)
claim(f, "9 GB", "activations", "GB", act(L27, 4096, 8) / 32, X, "off_2x", note="26.0 GB per layer")
claim(f, "8 s", "time", "s", 256 / 32, H)
claim(f, "2 s", "time", "s", 1200 / 60, X, "off_2x", anchor="takes 2 s", note="20 s")
non(f, "updated: 2026-10-05", "date")
non(f, "1. Training compute: $C \\approx 6 N D$", "formula")
non(f, "2. Chinchilla-optimal data: $D_{opt} \\approx 20 N$", "formula")
non(f, "3. Loss fit:", "formula with exponents")
non(f, "4. Inference: about $2N$", "formula")


# ---- en_09: podcast summary, rounded figures and numbers in words -----------------------------------
f = "en_09"
claim(f, "about 350 GB", "weights", "GB", W("gpt3", "fp16"), H, hedged=True)
claim(f, "around 140 gigabytes", "weights", "gigabytes", W("llama2-70b", "fp16"), H, hedged=True)
claim(f, "14 gigabytes", "weights", "gigabytes", 7e9 * 0.5, X, "off_2x", note="3.5 GB")
claim(f, "75 percent", "percentage", "%", 100 * (1 - 0.5 / 2), H)
claim(f, "25 percent", "percentage", "%", 100 * (1 - 1 / 2), X, "off_2x", note="fp8 saves 50 %")
claim(f, "roughly 90 times", "ratio", "×", 15e12 / (20 * N["llama3-8b"]), H, hedged=True)
claim(f, "3.14 × 10^23", "flops", "FLOP", 6 * N["gpt3"] * 300e9, H)
claim(f, "8.3 × 10^23", "flops", "FLOP", 6 * N["llama2-70b"] * 2e12, H)
claim(f, "around 200 tokens", "throughput", "tok/s", H100_BW / W("llama3-8b", "bf16"), H, hedged=True)
claim(f, "~95 tokens", "throughput", "tok/s", H100_BW / W("llama3-70b", "int4"), H, hedged=True)
claim(f, "47 billion", "params", "billion", N["mixtral-8x7b"], H)
claim(f, "13 billion", "params", "billion", ACTIVE_M7, H)
claim(f, "13 GB", "weights", "GB", ACTIVE_M7 * 2, X, "off_2x", note="active fp16 25.8 GB")
claim(f, "0.5 GB", "kv_cache_total", "GB", KV("llama2-7b", 4096), X, "off_2x", note="2 GiB = 2.15 GB")
claim(f, "110 million", "params", "million", N["bert-base"], H)
claim(f, "340 million", "params", "million", N["bert-large"], H)
claim(f, "680 MB", "weights", "MB", W("bert-large", "fp32"), X, "wrong_dtype", note="fp32 1.34 GB; 680 MB is fp16")
claim(f, "3.5 GB", "weights", "GB", 7e9 * 0.5, H)
non(f, "listened: 2026-11-12", "date")
non(f, "rating: 4/5", "rating")
non(f, "the company raised $6.6 billion last round", "money, headcount")
non(f, "[00:42:10] Outro.", "timestamp, date")
non(f, "Rated 4.8 stars by 1,200 listeners.", "rating")


# ---- ru_01: конспект семинара, энкодеры BERT -------------------------------------------------------
f = "ru_01"
BB, BL, BC = "bert-base", "bert-large", 108_310_272
claim(f, "109,5 млн", "params", "млн", N[BB], H)
claim(f, "438 МБ", "weights", "МБ", W(BB, "fp32"), H)
claim(f, "219 МБ", "weights", "МБ", W(BB, "fp16"), H)
claim(f, "108,3 млн", "params", "млн", BC, H)
claim(f, "433 МБ", "weights", "МБ", W(BC, "fp32"), H, anchor="| bert-base-cased |", occ=1)
claim(f, "433 МБ", "weights", "МБ", W(BC, "fp16"), X, "wrong_dtype", anchor="| bert-base-cased |", occ=2,
      note="fp16 216.6 MB")
claim(f, "335 млн", "params", "млн", N[BL], H)
claim(f, "1,34 ГБ", "weights", "ГБ", W(BL, "fp32"), H, anchor="| bert-large-uncased |", occ=1)
claim(f, "1,34 ГБ", "weights", "ГБ", W(BL, "fp16"), X, "wrong_dtype", anchor="| bert-large-uncased |", occ=2,
      note="fp16 0.67 GB")
claim(f, "≈ 418 МиБ", "weights", "МиБ", W(BB, "fp32"), H, hedged=True)
claim(f, "примерно в 3 раза", "ratio", "×", N[BL] / N[BB], H, hedged=True)
claim(f, "1,25 ГБ", "weights", "ГБ", W(BL, "fp32"), X, "gib_as_gb", note="1.25 GiB = 1.34 GB")
claim(f, "16¦384 токена", "tokens", "токенов", 32 * 512, H, anchor="Батч 32 × 512")
claim(f, "931 МБ", "activations", "МБ", act(BB, 512, 32) / 12, H)
claim(f, "≈ 11,2 ГБ", "activations", "ГБ", act(BB, 512, 32), H, hedged=True)
claim(f, "1,2 ГБ", "activations", "ГБ", act(BB, 512, 32, "full"), X, "off_2x", anchor="С полным пересчётом",
      note="2sbh x 12 = 0.30 GB")
claim(f, "512 млн токенов", "tokens", "млн токенов", 1e6 * 512, H)
claim(f, "≈ 164 млн токенов", "tokens", "млн токенов", 100000 * 16384, X, "off_2x", hedged=True, note="1.64 млрд")
claim(f, "≈ 1,1·10¹⁸", "flops", "FLOP", 6 * N[BB] * 1.64e9, H, anchor="6·N·D для bert-base", hedged=True)
claim(f, "≈ 1,1·10¹⁸", "flops", "FLOP", 6 * N[BL] * 1.64e9, X, "off_2x", anchor="То же для bert-large",
      hedged=True, note="3.3e18")
non(f, "дата: 2026-10-16", "date")
non(f, "# Семинар №7.", "seminar number")
non(f, "*Ауд. 402,", "room number")
non(f, "Шаг 1. Токенизация WordPiece", "numbered step, vocabulary size")
non(f, "Шаг 2. Маскирование: вероятность", "probabilities")
non(f, "Гиперпараметры: lr 1e-4", "hyper-parameters")
non(f, "Результат на GLUE (dev): 79,6", "scores")
non(f, "T5 обсудим на семинаре №8", "seminar number, date")


# ---- ru_02: бюджет дистилляции и синтетических данных ----------------------------------------------
f = "ru_02"
T, S = "llama3-70b", "llama3-8b"
claim(f, "141,1 ГБ", "weights", "ГБ", W(T, "bf16"), H)
claim(f, "131,4 ГиБ", "weights", "ГиБ", W(T, "bf16"), H)
claim(f, "17,6 ГБ", "weights", "ГБ", W(T, "bf16") / 8, H, note="per GPU, TP=8")
claim(f, "35,3 ГБ", "weights", "ГБ", W(T, "bf16") / 8, X, "per_gpu", note="TP=8: 17.6 GB per GPU")
claim(f, "80 ГиБ", "kv_cache_total", "ГиБ", KV(T, 4096, 64), H)
claim(f, "10 ГиБ", "kv_cache_total", "ГиБ", KV(T, 4096, 64) / 8, H, note="per GPU")
claim(f, "8,64 млн токенов", "tokens", "млн токенов", 2400 * 3600, H)
claim(f, "≈ 207 млн токенов", "tokens", "млн токенов", 2400 * 86400, H, hedged=True)
claim(f, "≈ 116 часов", "time", "часов", 1e9 / 2400 / 3600, H, hedged=True)
claim(f, "≈ 11,6 часа", "time", "часов", 1e9 / 2400 / 3600, X, "off_2x", hedged=True, note="115.7 hours")
claim(f, "около 116 GPU-часов", "time", "GPU-часов", 8 * 1e9 / 2400 / 3600, X, "per_gpu", hedged=True,
      note="8 GPUs: 926 GPU-hours")
claim(f, "120 байт", "arithmetic", "байт", 20 * (2 + 4), H)
claim(f, "120 ГБ", "arithmetic", "ГБ", 20 * 6 * 1e9, H)
claim(f, "25,6 ТБ", "arithmetic", "ТБ", 128256 * 2 * 1e9, X, "off_2x", note="256.5 TB")
claim(f, "в 8,8 раза", "ratio", "×", N[T] / N[S], H)
claim(f, "11 %", "percentage", "%", 100 * N[S] / N[T], H)
claim(f, "8 ГБ", "weights", "ГБ", W(S, "bf16"), X, "wrong_dtype", note="bf16 16.06 GB")
claim(f, "≈ 4,8·10²⁰", "flops", "FLOP", 6 * N[S] * 1e9, X, "off_2x", hedged=True, note="4.8e19")
claim(f, "≈ 34 GPU-часа", "time", "GPU-часов", 6 * N[S] * 1e9 / (0.4 * 989e12) / 3600, H, hedged=True)
non(f, "обновлено: 2026-11-07", "date")
non(f, "Настройки генерации: temperature 0,7", "sampling settings, seed")
non(f, "Цена: $2,1 за GPU-час", "price, scores")


# ---- ru_03: пропускная способность в ЦОД: карта, узел, стойка, сутки --------------------------------
f = "ru_03"
claim(f, "20¦000", "throughput", "токенов/с", 8 * 2500, H)
claim(f, "≈ 1,73 млрд", "tokens", "млрд", 8 * 2500 * 86400, H, hedged=True)
claim(f, "200¦000", "throughput", "токенов/с", 4 * 8 * 2500, X, "off_2x", note="80 000 tokens/s")
claim(f, "≈ 69 млрд", "tokens", "млрд", 4 * 8 * 2500 * 86400, X, "off_2x", hedged=True, note="6.9 млрд")
claim(f, "26,8 ТБ/с", "bandwidth", "ТБ/с", 8 * 3.35e12, H)
claim(f, "7,2 Тбит/с", "bandwidth", "Тбит/с", 900e9, H)
claim(f, "~209 токенов/с", "throughput", "токенов/с", H100_BW / W("llama3-8b", "bf16"), H, hedged=True, bound="upper")
claim(f, "16,06 ГБ", "weights", "ГБ", W("llama3-8b", "bf16"), H)
claim(f, "7,24 ГБ", "weights", "ГБ", W("mistral-7b", "int8"), H)
claim(f, "около 920 токенов/с", "throughput", "токенов/с", H100_BW / W("mistral-7b", "int8"), X, "off_2x",
      hedged=True, note="3.35 TB/s / 7.24 GB = 463 tokens/s")
claim(f, "15,2 ГБ", "weights", "ГБ", W("qwen2.5-7b", "bf16"), H)
claim(f, "около 220 токенов/с", "throughput", "токенов/с", H100_BW / W("qwen2.5-7b", "bf16"), H, hedged=True)
claim(f, "≈ 3,2·10¹³", "flops", "FLOP", 2 * N["llama3-8b"] * 2000, H, hedged=True)
claim(f, "≈ 65 мс", "time", "мс", 2 * N["llama3-8b"] * 2000 / (0.5 * 989e12), H, hedged=True)
claim(f, "2,8·10¹³", "flops", "FLOP", 2 * N["llama3-70b"] * 2000, X, "off_2x", note="2.8e14")
claim(f, "6 с", "time", "с", 300 / 50, H)
claim(f, "3 с", "time", "с", 300 / 25, X, "off_2x", note="12 s")
non(f, "стойка: R12, ряд 3", "rack label")
non(f, "дата: 2026-11-15", "date")
non(f, "Паспортная мощность узла", "power, PUE, tariff, contract number")


# ---- ru_04: модель, тип и контекст в свойствах заметки, текст ссылается на них -----------------------
f = "ru_04"
M7 = "mistral-7b"
claim(f, "14,5 ГБ", "weights", "ГБ", W(M7, "bf16"), H)
claim(f, "13,5 ГиБ", "weights", "ГиБ", W(M7, "bf16"), H)
claim(f, "7,2 ГБ", "weights", "ГБ", W(M7, "int8"), H, anchor="вдвое меньше")
claim(f, "7,2 ГБ", "weights", "ГБ", W(M7, "int4"), X, "off_2x", anchor="В int4", note="int4 3.62 GB")
claim(f, "29 ГиБ", "weights", "ГиБ", W(M7, "fp32"), X, "gb_as_gib", note="28.97 GB = 26.98 GiB")
claim(f, "131¦072 байта", "kv_cache_per_token", "байт", KVT(M7), H)
claim(f, "128 КиБ", "kv_cache_per_token", "КиБ", KVT(M7), H, anchor="то есть 128 КиБ")
claim(f, "512 КиБ", "kv_cache_per_token", "КиБ", KVT(M7, 4), X, "off_2x", note="fp32 256 KiB")
claim(f, "4 ГиБ", "kv_cache_total", "ГиБ", KV(M7, 32768), H)
claim(f, "2 ГиБ", "kv_cache_total", "ГиБ", KV(M7, 4096), X, "off_2x", note="window 4096: 0.5 GiB")
claim(f, "8 ГиБ", "kv_cache_total", "ГиБ", KV(M7, 32768, 8), X, "off_2x", note="32 GiB")
claim(f, "≈ 18,8 ГБ", "arithmetic", "ГБ", W(M7, "bf16") + KV(M7, 32768), H, hedged=True)
non(f, "Проверено 2026-11-02, vLLM 0.6.2", "date, version, setting")


# ---- ru_05: выписки из книги, числа словами ----------------------------------------------------------
f = "ru_05"
claim(f, "14 ГБ", "weights", "ГБ", W(7e9, "fp16"), H)
claim(f, "70 ГБ", "weights", "ГБ", W(70e9, "int8"), H)
claim(f, "13 ГБ", "weights", "ГБ", W(13e9, "int4"), X, "off_2x", note="6.5 GB")
claim(f, "350 ГБ", "weights", "ГБ", W(175e9, "fp16"), H)
claim(f, "80 ГБ", "weights", "ГБ", W(40e9, "fp32"), X, "wrong_dtype", note="fp32 160 GB; 80 GB is bf16")
claim(f, "64 ГиБ", "weights", "ГиБ", W(32e9, "bf16"), X, "gb_as_gib", note="64 GB = 59.6 GiB")
claim(f, "1,5 ГБ", "weights", "ГБ", W(1.5e9, "int8"), H)
claim(f, "405 ГБ", "weights", "ГБ", W(405e9, "fp8"), H)
claim(f, "16 ГБ", "weights", "ГБ", W(8e9, "int4"), X, "off_2x", note="4 GB")
claim(f, "112 ГБ", "training", "ГБ", 16 * 7e9, H)
claim(f, "420 ГБ", "training", "ГБ", 12 * 70e9, X, "off_2x", note="840 GB")
claim(f, "20 токенов на параметр", "tokens_per_param", "tokens/param", 1e12 / 50e9, H)
claim(f, "1,4 трлн токенов", "tokens", "трлн токенов", 20 * 7e9, X, "off_2x", note="140 млрд")
claim(f, "около 40 суток", "time", "суток", 7e9 / 2000 / 86400, H, hedged=True)
claim(f, "128 КиБ", "kv_cache_per_token", "КиБ", KVT((32, 8, 128)), H)
claim(f, "640 КиБ", "kv_cache_per_token", "КиБ", KVT((80, 8, 128)), X, "off_2x", note="320 KiB")
non(f, "2-е издание (2024)", "edition, year")
non(f, "прочитано: 2026-10-01", "date")
non(f, "Читаю главу 3 (стр. 17–45)", "chapter, pages")
non(f, "Прочитано 3 главы из 12.", "counts, date, time")


# ---- ru_06: Gemma 2 9B и Phi-3-mini (конфиги и число параметров даны в заметке) ----------------------
f = "ru_06"
G9, G9C = 9.24e9, (42, 8, 256)
P3, P3C = 3.82e9, (32, 32, 96)
G9_WIN8K = 2 * 8 * 256 * 2 * (21 * 8192 + 21 * 4096)
claim(f, "18,5 ГБ", "weights", "ГБ", W(G9, "bf16"), H, anchor="- Веса в bf16: 18,5 ГБ")
claim(f, "2,3 ГБ", "weights", "ГБ", W(G9, "int4"), X, "off_2x", note="int4 4.62 GB")
claim(f, "344¦064 байта", "kv_cache_per_token", "байт", KVT(G9C), H)
claim(f, "336 КиБ", "kv_cache_per_token", "КиБ", KVT(G9C), H)
claim(f, "2,6 ГиБ", "kv_cache_total", "ГиБ", KV(G9C, 8192), H)
claim(f, "≈ 2 ГиБ", "kv_cache_total", "ГиБ", G9_WIN8K, H, hedged=True)
claim(f, "25 %", "percentage", "%", 100 * (1 - G9_WIN8K / KV(G9C, 8192)), H)
claim(f, "21 ГиБ", "kv_cache_total", "ГиБ", KV(G9C, 8192, 16), X, "off_2x", note="42 GiB")
claim(f, "7,64 ГБ", "weights", "ГБ", W(P3, "bf16"), H, anchor="- Веса в bf16: 7,64 ГБ")
claim(f, "7,1 ГиБ", "weights", "ГиБ", W(P3, "bf16"), H)
claim(f, "1,91 ГБ", "weights", "ГБ", W(P3, "int4"), H)
claim(f, "≈ 4,7 ГБ", "quantized_file", "ГБ", GG(P3, "Q4_K_M"), X, "off_2x", hedged=True, note="Q4_K_M 2.34 GB")
claim(f, "384 КиБ", "kv_cache_per_token", "КиБ", KVT(P3C), H)
claim(f, "96 КиБ", "kv_cache_per_token", "КиБ", KVT(P3C, 1), X, "off_2x", note="fp8 192 KiB")
claim(f, "1,5 ГиБ", "kv_cache_total", "ГиБ", KV(P3C, 4096), H)
claim(f, "12 ГиБ", "kv_cache_total", "ГиБ", KV(P3C, 131072), X, "off_2x", note="48 GiB")
claim(f, "в 1,14 раза", "ratio", "×", KVT(P3C) / KVT(G9C), H)
claim(f, "в 2,4 раза", "ratio", "×", G9 / P3, H)
non(f, "создано: 2026-10-21", "date")
non(f, "Soft-capping логитов: 30,0", "hyper-parameters")
non(f, "Оценки (из карточек): MMLU 71,3", "scores")
non(f, "Ссылка: https://www.kaggle.com/models/google/gemma-2", "URL, version")


# ---- ru_07: письмо руководителю, обоснование закупки под Llama-2-70b-chat ------------------------
f = "ru_07"
L270 = "llama2-70b"
claim(f, "138 ГБ", "weights", "ГБ", W(L270, "fp16"), H)
claim(f, "128,5 ГиБ", "weights", "ГиБ", W(L270, "fp16"), H)
claim(f, "69 ГБ", "weights", "ГБ", W(L270, "fp16") / 2, H, anchor="2. На двух картах", note="per GPU, 2 GPUs")
claim(f, "69 ГБ", "weights", "ГБ", W(L270, "fp16") / 4, X, "per_gpu", anchor="3. На четырёх картах",
      note="4 GPUs: 34.5 GB per GPU")
claim(f, "320 КиБ", "kv_cache_per_token", "КиБ", KVT(L270), H)
claim(f, "131¦072 токена", "tokens", "токенов", 32 * 4096, H)
claim(f, "40 ГиБ", "kv_cache_total", "ГиБ", KV(L270, 4096, 32), H, anchor="4. Кэш:")
claim(f, "40 ГиБ", "kv_cache_total", "ГиБ", KV(L270, 4096, 32) / 4, X, "per_gpu", anchor="5. На каждую",
      note="10 GiB per GPU")
claim(f, "50 %", "percentage", "%", 100 * (1 - 1 / 2), H)
claim(f, "25 %", "percentage", "%", 100 * (1 - 0.5 / 2), X, "off_2x", note="int4 saves 75 %")
claim(f, "34,5 ГБ", "weights", "ГБ", W(L270, "int4"), H)
claim(f, "около 21 ГБ", "quantized_file", "ГБ", GG(L270, "Q4_K_M"), X, "off_2x", hedged=True, note="42.2 GB")
claim(f, "не более ~49 токенов/с", "throughput", "токенов/с", H100_BW / (W(L270, "fp16") / 2), H, hedged=True,
      bound="upper")
claim(f, "≈ 49 токенов/с", "throughput", "токенов/с", H100_BW / (W(L270, "fp16") / 4), X, "off_2x", hedged=True,
      note="TP=4: 97 tokens/s")
claim(f, "20 с", "time", "с", 500 / 25, H)
claim(f, "1,1 ТБ", "training", "ТБ", 16 * N[L270], H, anchor="полное дообучение")
claim(f, "1,1 ТБ", "training", "ТБ", zero(N[L270], 8, 3), X, "per_gpu", anchor="с ZeRO-3 на восьми картах",
      note="138 GB per GPU")
non(f, "отправлено: 2026-11-20 17:40", "date")
non(f, "**Тема: обоснование закупки GPU", "invoice number")
non(f, "Бюджет: 4,2 млн ₽", "price, date")
non(f, "Алексей, доб. 2231", "phone extension")


# ---- ru_08: дневник дообучения Llama-2-7b на двух A100 ----------------------------------------------
f = "ru_08"
L27 = "llama2-7b"
n27 = N[L27]
LORA27 = lora(32, 8, [(4096, 4096), (4096, 4096)])
claim(f, "107,8 ГБ", "training", "ГБ", 16 * n27, H)
claim(f, "как минимум 100 ГБ", "training", "ГБ", 16 * n27, H, bound="lower")
claim(f, "26,9 ГБ", "training", "ГБ", zero(n27, 2, 1), X, "off_2x", note="ZeRO-1 over 2: 10N = 67.4 GB")
claim(f, "60,6 ГБ", "training", "ГБ", zero(n27, 2, 2), H)
claim(f, "53,9 ГБ", "training", "ГБ", zero(n27, 2, 3), H, anchor="| ZeRO-3 |")
claim(f, "53,9 ГБ", "training", "ГБ", zero(n27, 2, 0), X, "per_gpu", anchor="обычный DDP", note="DDP 107.8 GB per GPU")
claim(f, "от 3,4 до 6,7 ГБ", "weights", "ГБ", [W(L27, "int4"), W(L27, "int8")], H, rng=True)
claim(f, "от 6,7 до 13,5 ГБ", "weights", "ГБ", [W(L27, "fp16"), W(L27, "fp32")], X, "off_2x", rng=True,
      note="fp16 13.5 GB, fp32 27.0 GB")
claim(f, "≈ 2,1 ГБ", "activations", "ГБ", act(L27, 2048, 4, "full"), H, hedged=True)
claim(f, "4,6 ГБ", "activations", "ГБ", act(L27, 2048, 4, "flash"), X, "off_2x", note="36.5 GB")
claim(f, "4,19 млн", "params", "млн", LORA27, H)
claim(f, "0,06 %", "percentage", "%", 100 * LORA27 / n27, H)
claim(f, "8,4 млн", "params", "млн", 8 * LORA27, X, "off_2x", note="r=64: 33.6 млн")
claim(f, "≈ 0,5 %", "percentage", "%", 100 * 8 * LORA27 / n27, H, hedged=True)
claim(f, "≈ 3,5 ГБ", "quantized_file", "ГБ", n27 * NF4 / 8, H, hedged=True)
claim(f, "32¦768 токенов", "tokens", "токенов", 16 * 2048, H)
claim(f, "102,4 млн токенов", "tokens", "млн токенов", 50000 * 2048, H)
claim(f, "3,07 млрд токенов", "tokens", "млрд токенов", 3 * 50000 * 2048, X, "off_2x", note="307 млн")
claim(f, "4,1·10¹⁸", "flops", "FLOP", 6 * n27 * 50000 * 2048, H)
non(f, "начато: 2026-09-08", "date")
non(f, "## 08.09 — считаю память", "date heading")
non(f, "## 10.09 — LoRA", "date heading")
non(f, "lr 2e-4, seed 1337, cosine", "hyper-parameters, loss, steps")


# ---- ru_09: инвентарь GGUF-файлов, ТБ и ТиБ, МБ и МиБ -----------------------------------------------
f = "ru_09"
L8 = "llama3-8b"
claim(f, "3,16", "bits_per_weight", "бит", BPW["Q2_K"], H, anchor="| Q2_K |")
claim(f, "3,17", "quantized_file", "ГБ", GG(L8, "Q2_K"), H, anchor="| Q2_K |", occ=1, rel=0.02)
claim(f, "3,17", "quantized_file", "ГиБ", GG(L8, "Q2_K"), X, "gb_as_gib", anchor="| Q2_K |", occ=2,
      note="3.17 GB = 2.95 GiB")
claim(f, "4,89", "bits_per_weight", "бит", BPW["Q4_K_M"], H, anchor="| Q4_K_M |")
claim(f, "4,91", "quantized_file", "ГБ", GG(L8, "Q4_K_M"), H, anchor="| Q4_K_M |", rel=0.02)
claim(f, "4,58", "quantized_file", "ГиБ", GG(L8, "Q4_K_M"), H, anchor="| Q4_K_M |", rel=0.02)
claim(f, "5,73", "quantized_file", "ГБ", GG(L8, "Q5_K_M"), H, anchor="| Q5_K_M |", rel=0.02)
claim(f, "5,33", "quantized_file", "ГиБ", GG(L8, "Q5_K_M"), H, anchor="| Q5_K_M |", rel=0.02)
claim(f, "6,59", "quantized_file", "ГБ", GG(L8, "Q6_K"), H, anchor="| Q6_K |", rel=0.02)
claim(f, "6,14", "quantized_file", "ГиБ", GG(L8, "Q6_K"), H, anchor="| Q6_K |", rel=0.02)
claim(f, "7,95", "quantized_file", "ГБ", GG(L8, "Q8_0"), X, "gib_as_gb", anchor="| Q8_0 |", occ=1,
      note="7.95 GiB = 8.53 GB")
claim(f, "7,95", "quantized_file", "ГиБ", GG(L8, "Q8_0"), H, anchor="| Q8_0 |", occ=2, rel=0.02)
claim(f, "16,06", "quantized_file", "ГБ", GG(L8, "F16"), H, anchor="| F16 |", rel=0.02)
claim(f, "29,9", "quantized_file", "ГиБ", GG(L8, "F16"), X, "off_2x", anchor="| F16 |", note="F16 14.96 GiB")
claim(f, "69 %", "percentage", "%", 100 * (1 - BPW["Q4_K_M"] / BPW["F16"]), H)
claim(f, "20 %", "percentage", "%", 100 * (1 - BPW["Q8_0"] / BPW["F16"]), X, "off_2x", note="46.9 %")
claim(f, "в 5 раз", "ratio", "×", BPW["F16"] / BPW["Q2_K"], H)
claim(f, "в 6,5 раза", "ratio", "×", BPW["F16"] / BPW["Q4_K_M"], X, "off_2x", note="3.27x")
claim(f, "≈ 4,4 ГБ", "quantized_file", "ГБ", GG("mistral-7b", "Q4_K_M"), H, hedged=True)
claim(f, "≈ 4,7 ГБ", "quantized_file", "ГБ", GG("qwen2.5-7b", "Q4_K_M"), H, hedged=True)
claim(f, "≈ 16,2 ГБ", "quantized_file", "ГБ", GG("qwen2.5-7b", "Q8_0"), X, "off_2x", hedged=True, note="8.09 GB")
claim(f, "0,125 МиБ", "kv_cache_per_token", "МиБ", KVT(L8), H)
claim(f, "0,131 МБ", "kv_cache_per_token", "МБ", KVT(L8), H)
claim(f, "1,07 ГБ", "kv_cache_total", "ГБ", KV(L8, 8192), H, anchor="На 8192 токенах", occ=1)
claim(f, "1,07 ГБ", "kv_cache_total", "ГБ", KV(L8, 32768), X, "off_2x", anchor="На 8192 токенах", occ=2,
      note="4.29 GB")
claim(f, "1,09 ТиБ", "arithmetic", "ТиБ", 1.2e12, H)
claim(f, "3,64 ТиБ", "arithmetic", "ТиБ", 4e12, H)
non(f, "обновлено: 2026-11-25", "date")
non(f, "Сборка llama.cpp b4120", "build, port, date")
non(f, "Перплексия (wikitext-2): 6,23", "perplexity scores")
non(f, "sha256 основного файла", "hash prefix, date")


# ---- en_10: forum thread, single RTX 3090 ------------------------------------------------------------
f = "en_10"
L8 = "llama3-8b"
LORA_ALL = lora(32, 16, [(4096, 4096), (4096, 1024), (4096, 1024), (4096, 4096),
                         (4096, 14336), (4096, 14336), (14336, 4096)])
claim(f, "~21 GB", "quantized_file", "GB", GG("llama3-70b", "Q4_K_M"), X, "off_2x", hedged=True, note="43.2 GB")
claim(f, "13 GB", "weights", "GB", W("llama2-13b", "fp16"), X, "wrong_dtype", note="fp16 26.0 GB")
claim(f, "≈ 7.7 GB", "quantized_file", "GB", GG("mistral-7b", "Q8_0"), H, hedged=True)
claim(f, "about 28.6 GB", "quantized_file", "GB", GG("mixtral-8x7b", "Q4_K_M"), H, hedged=True)
claim(f, "30 GB", "weights", "GB", W("qwen2.5-7b", "bf16"), X, "off_2x", note="bf16 15.2 GB")
claim(f, "4 GB", "kv_cache_total", "GB", KV(L8, 8192), X, "off_2x", anchor="at 8K is 4 GB", note="1 GiB = 1.07 GB")
claim(f, "8 KiB", "kv_cache_per_token", "KiB", KVT("falcon-7b"), H)
claim(f, "1.56B", "params", "B", N["gpt2-xl"], H)
claim(f, "6.2 GB", "weights", "GB", W("gpt2-xl", "fp32"), H)
claim(f, "4.9 GB", "quantized_file", "GB", GG(L8, "Q4_K_M"), H)
claim(f, "~190 tok/s", "throughput", "tok/s", 936e9 / GG(L8, "Q4_K_M"), H, hedged=True, bound="upper")
claim(f, "1.7 GB", "weights", "GB", W("llama2-7b", "int4"), X, "off_2x", note="int4 3.37 GB")
claim(f, "~48 GB", "training", "GB", 16 * N[L8], X, "off_2x", hedged=True, note="16 B/param 128.5 GB")
claim(f, "~42M", "params", "M", LORA_ALL, H, hedged=True)
claim(f, "4.2 %", "percentage", "%", 100 * LORA_ALL / N[L8], X, "off_2x", note="0.52 %")
claim(f, "1.6T tokens", "tokens", "T tokens", 20 * N[L8], X, "off_2x", note="160.6B tokens")
non(f, "saved: 2026-07-16", "date")
non(f, "posted 2026-07-14 · ⬆ 312 points", "date, votes")
non(f, "My build: Ryzen 9 7950X, DDR5-6000 CL30", "hardware model numbers")
non(f, "**OP, edit 2:**", "edit number, quant name, awards")


# ---- ru_10: студенческая шпаргалка к экзамену, непроверенные числа --------------------------------------
f = "ru_10"
L27, L270, L8, L213 = "llama2-7b", "llama2-70b", "llama3-8b", "llama2-13b"
claim(f, "6,74 млрд", "params", "млрд", N[L27], H, anchor="Llama-2-7B: 6,74 млрд")
claim(f, "от 13 до 14 ГБ", "weights", "ГБ", W(L27, "fp16"), H, rng=True)
claim(f, "не более 14 ГБ", "weights", "ГБ", W(L27, "fp16"), H, bound="upper")
claim(f, "27 ГБ", "arithmetic", "ГБ", 6.74e9 * 2, X, "off_2x", note="13.5 GB")
claim(f, "от 34 до 36 ГБ", "weights", "ГБ", W(L270, "int4"), H, rng=True)
claim(f, "от 35 до 40 ГБ", "weights", "ГБ", W(L270, "int8"), X, "wrong_dtype", rng=True, note="int8 69 GB")
claim(f, "как минимум 32 ГБ", "weights", "ГБ", W(L8, "bf16"), X, "off_2x", bound="lower", note="16.06 GB")
claim(f, "≈ 4,1 ГБ", "quantized_file", "ГБ", GG(L27, "Q4_K_M"), H, hedged=True)
claim(f, "≈ 14,3 ГБ", "quantized_file", "ГБ", GG(L27, "Q8_0"), X, "off_2x", hedged=True, note="7.16 GB")
claim(f, "512 КиБ", "kv_cache_per_token", "КиБ", KVT(L27), H)
claim(f, "2 ГиБ", "kv_cache_total", "ГиБ", KV(L27, 4096), H)
claim(f, "5 ГиБ", "kv_cache_total", "ГиБ", KV(L270, 4096), X, "off_2x", note="1.25 GiB")
claim(f, "64 ГБ", "training", "ГБ", 16 * N[L8], X, "off_2x", note="128.5 GB")
claim(f, "16 ГБ", "training", "ГБ", zero(N[L8], 8, 3), H, note="per GPU")
claim(f, "33,6 МБ", "activations", "МБ", act(L27, 4096, 1, "full") / 32, H)
claim(f, "10,7 ГБ", "activations", "ГБ", act(L27, 4096, 1, "full"), X, "off_2x", note="1.07 GB")
claim(f, "7,2·10²³", "flops", "FLOP", 6 * N[L8] * 15e12, H)
claim(f, "3,1·10²⁴", "flops", "FLOP", 6 * N["gpt3"] * 300e9, X, "off_2x", note="3.1e23")
claim(f, "≈ 297 токенов", "tokens_per_param", "tokens/param", 2e12 / N[L27], H, hedged=True)
claim(f, "14 трлн токенов", "tokens", "трлн токенов", 20 * 70e9, X, "off_2x", note="1.4 трлн")
claim(f, "26 ГБ", "weights", "ГБ", W(L213, "fp16"), H)
claim(f, "~77 токенов/с", "throughput", "токенов/с", 2e12 / W(L213, "fp16"), H, hedged=True, bound="upper")
claim(f, "1,3 с", "time", "с", 1000 / (2e12 / W(L213, "fp16")), X, "off_2x", note="13 s")
non(f, "экзамен: 2026-12-22", "date")
non(f, "# Шпаргалка к экзамену (билеты 1–25)", "ticket range")
non(f, "- Сигмоида:", "LaTeX formula")
non(f, "- Байес:", "LaTeX formula, probability")
non(f, "- Вычисления при обучении: $C = 6 N D$", "LaTeX formula")
non(f, "Билет 14 — самый длинный", "ticket number, date, time, room")


# ---- added wrong claims (second pass over the notes) ----------------------------------------------------
claim("en_01", "8 GiB", "kv_cache_total", "GiB", KV("llama3-8b", 8192, 32), X, "off_2x", anchor="a batch of 32 users",
      note="32 GiB")
claim("en_01", "512 KiB", "kv_cache_per_token", "KiB", KVT("llama3-8b", 4), X, "off_2x", note="fp32 256 KiB")
claim("en_01", "4 GiB", "kv_cache_total", "GiB", KV("llama3-8b", 65536), X, "off_2x", anchor="at 64K, one sequence", note="8 GiB")
claim("en_02", "64.2 GB", "training", "GB", zero(N["llama3-8b"], 4, 3), X, "per_gpu", anchor="ZeRO-3 over four",
      note="32.1 GB per GPU")
claim("en_02", "54.5 MB", "weights", "MB", 2 * LORA8, X, "off_2x", note="13.6M x 2 B = 27.3 MB")
claim("en_03", "1.2M tokens", "tokens", "M tokens", 400 * 30 * 1000, X, "off_2x", note="12M tokens")
claim("en_04", "3.5 GiB", "kv_cache_total", "GiB", KV(QW["1.5B"][1], 32768), X, "off_2x", anchor="The 1.5B at 32K",
      note="0.875 GiB")
claim("en_04", "4.5 GiB", "kv_cache_total", "GiB", KV(QW["3B"][1], 32768), X, "off_2x", note="1.125 GiB")
claim("en_04", "36 GB", "weights", "GB", W(QW["72B"][0], "int8"), X, "wrong_dtype", anchor="The 72B in int8", note="int8 72.7 GB")
claim("en_05", "354.8 MB", "weights", "MB", W("gpt2-medium", "fp16"), X, "off_2x", note="709.6 MB")
claim("en_05", "43 ms", "time", "ms", 14.48e9 / 3.35e12, X, "off_2x", note="4.3 ms")
claim("en_06", "12.5 GiB", "kv_cache_total", "GiB", KV("llama2-13b", 4096, 8), X, "off_2x", note="25 GiB")
claim("en_06", "13 GB", "quantized_file", "GB", GG("llama2-13b", "F16"), X, "off_2x", anchor="The F16 GGUF", note="26.0 GB")
claim("en_07", "11.7 GB", "quantized_file", "GB", W("mixtral-8x7b", "int4"), X, "off_2x", note="4 bits: 46.7 / 2 = 23.4 GB")
claim("en_08", "6.3e23", "flops", "FLOP", 6 * N["llama3-70b"] * 15e12, X, "off_2x", note="6.35e24")
claim("en_09", "about 54 GB", "training", "GB", 16 * N["llama2-7b"], X, "off_2x", hedged=True, note="107.8 GB")
claim("en_09", "35 gigabytes", "weights", "gigabytes", 70e9, X, "off_2x", note="fp8 70 GB")
claim("en_10", "4.3 GB", "quantized_file", "GB", GG("llama3-8b", "Q8_0"), X, "off_2x", note="8.53 GB")
claim("ru_01", "0,44 ГБ", "weights", "ГБ", W("bert-base", "fp16"), X, "wrong_dtype", note="fp16 0.22 GB")
claim("ru_02", "64 ГБ", "training", "ГБ", 16 * N["llama3-8b"], X, "off_2x", note="128.5 GB")
claim("ru_02", "640 КиБ", "kv_cache_per_token", "КиБ", KVT("llama3-70b"), X, "off_2x", note="320 KiB")
claim("ru_03", "4 ГБ", "weights", "ГБ", W("llama3-8b", "int4"), H, anchor="в int4 (4 ГБ)")
claim("ru_03", "около 1700 токенов/с", "throughput", "токенов/с", H100_BW / W("llama3-8b", "int4"), X, "off_2x",
      hedged=True, note="834 tokens/s")
claim("ru_04", "128 КиБ", "kv_cache_per_token", "КиБ", KVT("mistral-7b", 1), X, "off_2x", anchor="А в fp8", note="fp8 64 KiB")
claim("ru_05", "65 ГБ", "weights", "ГБ", W(65e9, "bf16"), X, "wrong_dtype", note="bf16 130 GB")
claim("ru_06", "18,5 ГБ", "weights", "ГБ", W(9.24e9, "fp32"), X, "wrong_dtype", anchor="В fp32 Gemma 2 9B", note="fp32 37 GB")
claim("ru_06", "7,64 ГБ", "weights", "ГБ", W(3.82e9, "fp32"), X, "wrong_dtype", anchor="Phi-3-mini в fp32", note="fp32 15.3 GB")
claim("ru_08", "8 ГБ", "quantized_file", "ГБ", N["llama2-7b"] * 4.5 / 8, X, "off_2x", anchor="вышла 8 ГБ",
      note="NF4 4.5 bpw: 3.79 GB")
claim("ru_09", "около 16 ГБ", "quantized_file", "ГБ", GG("llama2-13b", "Q4_K_M"), X, "off_2x", hedged=True, note="7.96 GB")
claim("ru_10", "14,5 ГБ", "weights", "ГБ", W("mistral-7b", "int8"), X, "wrong_dtype", note="int8 7.24 GB")


# ---- third pass: unit confusions, a wrong unit, unusual right figures ------------------------------------
claim("en_03", "2.5 GB", "kv_cache_total", "GB", KV("llama3-70b", 8192), X, "gib_as_gb", note="2.5 GiB = 2.68 GB")
claim("en_08", "16.06 GiB", "weights", "GiB", W("llama3-8b", "bf16"), X, "gb_as_gib", note="16.06 GB = 14.96 GiB")
claim("en_10", "3.12 GiB", "weights", "GiB", W("gpt2-xl", "fp16"), X, "gb_as_gib", note="3.12 GB = 2.90 GiB")
claim("ru_07", "138 ГиБ", "weights", "ГиБ", W("llama2-70b", "fp16"), X, "gb_as_gib", note="138 GB = 128.5 GiB")
claim("ru_06", "1,5 ГБ", "kv_cache_total", "ГБ", KV((32, 32, 96), 4096), X, "gib_as_gb", anchor="В десятичных гигабайтах",
      note="1.5 GiB = 1.61 GB")
claim("ru_03", "900 Гбит/с", "bandwidth", "Гбит/с", 900e9, X, "wrong_unit", note="900 GB/s = 7200 Gbit/s")
claim("en_09", "about 250 billion tokens", "tokens", "billion", 1e12 / 4, H, hedged=True)
claim("en_09", "6 TB", "arithmetic", "TB", 15e12 * 4, X, "off_2x", note="60 TB")
claim("en_02", "537 MiB", "activations", "MiB", act("llama3-8b", 2048, 1, "full"), X, "gb_as_gib", note="537 MB = 512 MiB")
claim("ru_08", "100,4 ГиБ", "training", "ГиБ", 16 * N["llama2-7b"], H)
claim("ru_04", "13¦813 МиБ", "weights", "МиБ", W("mistral-7b", "bf16"), H)


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
            raise SystemExit("truth.json is stale: run python tests/claims_corpus_k/truth.py")
        summary(truth)
        print("truth.json is current; every check passed")
        return 0
    path.write_text(text, encoding="utf-8")
    summary(truth)
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
