#!/usr/bin/env python3
"""Ground truth for blind sizing-claims corpus L (tests/claims_corpus_l/notes).

Written without reading vaultkit's code, its tests or the other corpora's notes (corpus K's
README, truth script and truth.json were read for the schema and conventions only).  Facts come
from /work/shared/claims-gold.md: bytes per dtype, exact parameter counts and configs of the
catalogued models, measured GGUF bits per weight (Llama-3.1-8B), the KV-cache, training-memory
and activation formulas.  Models that claims-gold lacks appear only with their config (layers,
KV heads, head dim, parameter count) stated in the note itself, and the truth computes from
those stated values.  Nothing here imports vaultkit.

    python tests/claims_corpus_l/truth.py          # verify and (re)write truth.json
    python tests/claims_corpus_l/truth.py --check  # verify; fail if truth.json is stale

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


# ---- corpus L additions: units, and models whose configs the notes state ---------------------------
SCALE.update({"GB/s": 1e9, "ГБ/с": 1e9, "tok/s/user": 1, "ток/с": 1, "TFLOP": 1e12, "PFLOP": 1e15,
              "GPU-days": 1, "GPU-суток": 1, "min": 60, "мин": 60, "h": 1, "ч": 1, "minutes": 60,
              "K": 1e3, "тыс.": 1e3, "тыс. токенов": 1e3, "x": 1, "раз": 1, "KB": 1e3, "bytes/param": 1,
              "байт/параметр": 1, "GiB/s": GIB, "ms/token": 1e-3, "мс/токен": 1e-3, "T": 1e12, "трлн": 1e12,
              "Гб": 1e9, "гигабайт": 1e9, "кБ": 1e3, "M params": 1e6, "B params": 1e9, "bpw": 1})
TWIN.update({"Гб": "ГиБ"})
DECIMAL_UNITS.add("Гб")
H100 = 3.35e12          # bytes/s, as the notes state it (H100 SXM)
L405 = 405_853_388_800  # Llama-3.1-405B, config printed in the notes that use it
CFG.update({"llama3-405b": (16384, 126, 128, 8, 128), "llama3.2-1b": (2048, 16, 32, 8, 64),
            "llama3.2-3b": (3072, 28, 24, 8, 128)})
N.update({"llama3-405b": L405, "llama3.2-1b": 1_235_814_400, "llama3.2-3b": 3_212_749_824})
assert llama_like(16384, 53248, 126, 128, 8, 128, 128256, False) == L405
assert llama_like(2048, 8192, 16, 32, 8, 64, 128256, True) == N["llama3.2-1b"]
assert llama_like(3072, 8192, 28, 24, 8, 128, 128256, True) == N["llama3.2-3b"]


def pct(a, b):
    return 100 * a / b


# ---- en_01: Slack export, Llama-3.1-70B-Instruct on 4 x H100 --------------------------------------
f = "en_01"
L70, L8 = "llama3-70b", "llama3-8b"
claim(f, "141 GB", "weights", "GB", W(L70, "bf16"), H)
claim(f, "~35 GB", "weights", "GB", W(L70, "bf16") / 4, H, anchor="gives ~35 GB per card", hedged=True, note="per GPU, TP=4")
claim(f, "35.3 GB", "weights", "GB", W(L70, "bf16") / 4, H, note="per GPU")
claim(f, "35 GB", "weights", "GB", W(L70, "fp8"), X, "wrong_dtype", anchor="quoted for the fp8", note="fp8 70.6 GB; 35 GB is int4")
claim(f, "70.6 GB", "weights", "GB", W(L70, "fp8"), H, anchor="fp8 is 70.6 GB")
claim(f, "~35 GB", "weights", "GB", W(L70, "int4"), H, anchor="the int4 AWQ build", hedged=True)
claim(f, "17.6 GB", "weights", "GB", W(L70, "fp8") / 4, H, anchor="each of the four cards", note="per GPU")
claim(f, "70.6GB", "weights", "GB", W(L70, "fp8") / 4, X, "per_gpu", note="per GPU 17.6 GB at TP=4")
claim(f, "70.6 GB", "weights", "GB", W(L70, "fp8"), H, anchor="is the sum over")
claim(f, "320 KiB", "kv_cache_per_token", "KiB", KVT(L70), H, anchor="= 320 KiB per token")
claim(f, "320 KiB", "kv_cache_per_token", "KiB", KVT(L70), H, anchor="shouldn't that be")
claim(f, "5 GiB", "kv_cache_total", "GiB", KV(L70, 8192), X, "off_2x", note="flipped: correct 2.5 GiB")
claim(f, "80 GiB", "kv_cache_total", "GiB", KV(L70, 8192, 32), H, anchor="32 of those at once")
claim(f, "20 GiB", "kv_cache_total", "GiB", KV(L70, 8192, 32) / 4, H, anchor="32 of those at once", note="per GPU")
claim(f, "20 GiB", "kv_cache_total", "GiB", KV(L70, 131072), X, "off_2x", anchor="one full 128K-context", note="40 GiB")
claim(f, "128 KiB", "kv_cache_per_token", "KiB", KVT(L8), H)
claim(f, "16 GB", "kv_cache_total", "GB", KV(L8, 131072), X, "gib_as_gb", anchor="the 8B is 128 KiB/token", note="flipped: correct 16.0 GiB")
claim(f, "1.25 GB", "kv_cache_total", "GB", KV(L70, 8192, 1, 1), X, "gib_as_gb", note="1.25 GiB = 1.34 GB")
claim(f, "40 GiB", "kv_cache_total", "GiB", KV(L70, 8192, 32, 1), H, anchor="the 32-user batch to")
claim(f, "320 GiB", "arithmetic", "GiB", 4 * 80 * GIB, H)
claim(f, "23 %", "percentage", "%", pct(W(L70, "fp8") + KV(L70, 8192, 32), 320 * GIB), X, "off_2x", hedged=True, note="flipped: correct 45.5338 %")
claim(f, "17.6 GB", "weights", "GB", W(L70, "fp8") / 4, H, anchor="streams its 17.6 GB share", note="per GPU")
claim(f, "~190 tok/s", "throughput", "tok/s", H100 / (W(L70, "fp8") / 4), H, anchor="at most ~190 tok/s", hedged=True, bound="upper")
claim(f, "~190 tok/s", "throughput", "tok/s", H100 / (W(L70, "bf16") / 4), X, "off_2x", anchor="it'd be the same", hedged=True, note="95 tok/s")
claim(f, "~95 tok/s", "throughput", "tok/s", H100 / (W(L70, "bf16") / 4), H, hedged=True)
claim(f, "25 s", "time", "s", 500 / 40, X, "off_2x", note="flipped: correct 12.5 s")
claim(f, "~2.6 s", "time", "s", 500 / (H100 / (W(L70, "fp8") / 4)), H, hedged=True)
claim(f, "16.1 GB", "weights", "GB", W(L8, "bf16"), H)
claim(f, "4.4x", "ratio", "×", N[L70] / N[L8], X, "off_2x", note="flipped: correct 8.78598 ×")
claim(f, "8 GB", "weights", "GB", W(L8, "int8"), H, anchor="int8 — 8 GB")
claim(f, "6 %", "percentage", "%", pct(W(L8, "int8"), W(L70, "bf16")), H, anchor="about 6 %", hedged=True)
claim(f, "32 GiB", "kv_cache_total", "GiB", KV(L8, 8192, 32), H)
claim(f, "80 %", "percentage", "%", pct(KV(L8, 8192, 32), KV(L70, 8192, 32)), X, "off_2x", note="40 %")
non(f, "exported: 2026-11-27", "date")
non(f, "# Slack export — #inference-infra, Thu 2026-11-26", "date")
non(f, "$2.49/GPU-hour, reserved 12 months", "price, quote number")
non(f, "p50 812 ms TTFT", "latency percentiles of a canary, error rate")
non(f, "ticket INFRA-4412", "ticket number, date")
non(f, "vLLM 0.6.3 has the fp8 KV bug", "versions, issue number")
non(f, "plan for the Llama-3.1-70B-Instruct rollout", "model name only")
# ---- en_02: meeting minutes, continued pretraining of Llama-3-8B on 64 x H100 ----------------------
f = "en_02"
L8 = "llama3-8b"
n8 = N[L8]
D = 100e9
PEAK = 989e12
gpuh = 6 * n8 * D / (0.4 * PEAK) / 3600
claim(f, "8,030,261,248", "params", "params", n8, H)
claim(f, "400 GB", "arithmetic", "GB", D * 4, H, note="100B tokens x 4 bytes")
claim(f, "200 GB", "arithmetic", "GB", D * 4, X, "off_2x", note="uint32 ids: 4 bytes x 100B = 400 GB")
claim(f, "12.5", "tokens_per_param", "tokens/param", D / n8, H)
claim(f, "4.8 × 10^21 FLOP", "flops", "FLOP", 6 * n8 * D, H)
claim(f, "6,760 GPU-hours", "time", "GPU-hours", gpuh, X, "off_2x", note="flipped: correct 3383.16 GPU-hours")
claim(f, "about 53 hours", "time", "hours", gpuh / 64, H, hedged=True)
claim(f, "2.2 days", "time", "days", gpuh / 64 / 24, H)
claim(f, "about 525,000 tokens/s", "throughput", "tok/s", D / (gpuh / 64 * 3600), H, hedged=True)
claim(f, "8,200 tokens/s", "throughput", "tok/s", D / (gpuh * 3600), H, note="per GPU")
claim(f, "1,690 GPU-hours", "time", "GPU-hours", 6 * n8 * D / (0.8 * PEAK) / 3600, H, note="at the stated 80 % MFU")
claim(f, "128.5 GB", "training", "GB", zero(n8, 8, 0), H)
claim(f, "88.4 GB", "training", "GB", zero(n8, 8, 1), X, "off_2x", note="flipped: correct 44.1664 GB")
claim(f, "14 GB", "training", "GB", zero(n8, 8, 2), X, "off_2x", note="ZeRO-2 over 8: 2N + 14N/8 = 30.1 GB")
claim(f, "16.1 GB", "training", "GB", zero(n8, 8, 3), H, anchor="ZeRO-3 (plus parameters)")
claim(f, "2 GB", "training", "GB", zero(n8, 64, 3), H, anchor="it would be 2 GB")
claim(f, "87.5 %", "percentage", "%", 100 * (1 - zero(n8, 8, 3) / zero(n8, 8, 0)), H)
claim(f, "72.3 GB", "training", "GB", 18 * n8, X, "off_2x", note="flipped: correct 144.545 GB")
claim(f, "about 9 GB", "training", "GB", 18 * n8 / 8, X, "off_2x", hedged=True, note="18N/8 = 18.1 GB")
claim(f, "36.5 GB", "activations", "GB", act(L8, 8192, 1, "flash"), H)
claim(f, "4.2 GB", "activations", "GB", act(L8, 8192, 1, "full"), X, "off_2x", note="flipped: correct 2.14748 GB")
claim(f, "146 GB", "activations", "GB", act(L8, 8192, 2, "flash"), X, "off_2x", note="73 GB")
claim(f, "16.1 GB", "weights", "GB", W(L8, "bf16"), H, anchor="Weights-only bf16 export")
claim(f, "128 GB", "training", "GB", 16 * n8, H)
claim(f, "2.56 TB", "training", "TB", 160 * n8, X, "off_2x", note="flipped: correct 1.28484 TB")
claim(f, "64 %", "percentage", "%", pct(160 * n8, 2e12), H)
claim(f, "803 GB", "weights", "GB", 50 * W(L8, "bf16"), H)
claim(f, "12.8 TB", "training", "TB", 160 * n8, X, "off_2x", note="1.28 TB")
claim(f, "30 %", "percentage", "%", pct(6 * n8 * 6100, PEAK), H)
claim(f, "about 71 hours", "time", "hours", D / (6100 * 64) / 3600, H, hedged=True)
claim(f, "3 days", "time", "days", D / (6100 * 64) / 86400, H)
claim(f, "6 days", "time", "days", D / (6100 * 32) / 86400, H, note="at the stated 32 GPUs")
claim(f, "1.9e22 FLOP", "flops", "FLOP", 6 * n8 * 200e9, X, "off_2x", note="flipped: correct 9.63631e+21 FLOP")
claim(f, "~6,770 GPU-hours", "time", "GPU-hours", 2 * gpuh, H, hedged=True)
claim(f, "50 tokens per parameter", "tokens_per_param", "tokens/param", 200e9 / n8, X, "off_2x", note="24.9")
claim(f, "23.1 GB", "training", "GB", zero(n8, 16, 2), H)
claim(f, "about 76 GB", "training", "GB", zero(n8, 16, 1), X, "off_2x", hedged=True, note="4N + 12N/16 = 38.1 GB")
non(f, "date: 2026-11-19", "date")
non(f, "(on leave until 2026-11-30)", "date")
non(f, "**Started** 10:02", "times, room number")
non(f, "Finance ceiling approved: $9,000", "price, PO number")
non(f, "book the cluster for week 49", "week number, dates")
non(f, "Next meeting: 2026-11-26, 10:00.", "date, time")
# ---- en_03: Anki-style flashcards, `question :: answer` --------------------------------------------
f = "en_03"
claim(f, "124,439,808", "params", "params", N["gpt2"], H)
claim(f, "124M", "params", "M", N["gpt2"], H, hedged=True)
claim(f, "about 710M", "params", "M", N["gpt2-medium"], X, "off_2x", hedged=True, note="354.8M")
claim(f, "1.56B", "params", "B", N["gpt2-xl"], H)
claim(f, "3.12 GB", "weights", "GB", W("gpt2-xl", "fp32"), X, "wrong_dtype", note="flipped: correct 6.23044 GB")
claim(f, "110M", "params", "M", N["bert-base"], H)
claim(f, "670 MB", "weights", "MB", W("bert-large", "fp32"), X, "wrong_dtype", note="fp32 1.34 GB; 670 MB is fp16")
claim(f, "46.7B", "params", "B", N["mixtral-8x7b"], H)
claim(f, "12.9B", "params", "B", ACTIVE_M7, H)
claim(f, "46.7 GB", "weights", "GB", W("mixtral-8x7b", "bf16"), X, "wrong_dtype", note="bf16 93.4 GB; 46.7 GB is int8")
claim(f, "0.5 bytes", "bits_per_weight", "bytes", 0.5, H)
claim(f, "4.127 bits", "bits_per_weight", "bits", NF4, H, hedged=True)
claim(f, "4.89", "bits_per_weight", "bits", BPW["Q4_K_M"], H, anchor="effective bits per weight on Llama-3.1-8B")
claim(f, "25 %", "percentage", "%", 50, X, "off_2x", note="bf16 -> int8 halves: 50 %")
claim(f, "50 %", "percentage", "%", 50, H, anchor="Going from fp32 to bf16")
claim(f, "512 KiB", "kv_cache_per_token", "KiB", KVT("llama2-7b"), H)
claim(f, "2.5 MiB", "kv_cache_per_token", "MiB", KVT("llama2-70b"), X, "off_2x", note="320 KiB with 8 KV heads")
claim(f, "128 KiB", "kv_cache_per_token", "KiB", KVT("llama3-8b"), H)
claim(f, "112 KiB", "kv_cache_per_token", "KiB", KVT("qwen2.5-7b"), X, "off_2x", note="56 KiB")
claim(f, "8 KiB", "kv_cache_per_token", "KiB", KVT("falcon-7b"), H, anchor="multi-query")
claim(f, "2 GiB", "kv_cache_total", "GiB", KV("falcon-7b", 2048, 64), X, "off_2x", anchor="batch of 64 sequences", note="1 GiB")
claim(f, "8 GiB", "kv_cache_total", "GiB", KV("mistral-7b", 32768), X, "off_2x", note="flipped: correct 4.0 GiB")
claim(f, "0.5 GiB", "kv_cache_total", "GiB", KV("mistral-7b", 4096), H)
claim(f, "4.5 MiB", "kv_cache_per_token", "MiB", KVT("gpt3"), H)
claim(f, "9 GiB", "kv_cache_total", "GiB", KV("gpt3", 2048), H, anchor="one 2,048-token sequence")
claim(f, "72 GiB", "kv_cache_total", "GiB", KV("gpt3", 2048, 8), H)
claim(f, "349 GB", "weights", "GB", W("gpt3", "fp16"), H)
claim(f, "12.89 GB", "weights", "GB", W("falcon-7b", "bf16"), X, "gib_as_gb", note="flipped: correct 12.8927 GiB")
claim(f, "12.55 GB", "weights", "GB", W("llama2-7b", "fp16"), X, "gib_as_gb", note="12.55 GiB = 13.48 GB")
claim(f, "3.8 GB", "weights", "GB", W("qwen2.5-7b", "int4"), H)
claim(f, "7.95 GiB", "quantized_file", "GiB", GG("llama3-8b", "Q8_0"), H)
claim(f, "~86 GB", "quantized_file", "GB", N["llama3-70b"] * 4.89 / 8, X, "off_2x", hedged=True, note="43.1 GB")
claim(f, "54 GB", "training", "GB", 16 * N["llama2-7b"], X, "off_2x", note="flipped: correct 107.815 GB")
claim(f, "26 GB", "training", "GB", zero(N["llama2-13b"], 8, 3), H)
claim(f, "≈ 141 GFLOP", "flops", "GFLOP", 2 * N["llama3-70b"], H, hedged=True)
claim(f, "≈ 93 GFLOP", "flops", "GFLOP", 2 * ACTIVE_M7, X, "off_2x", hedged=True, note="2 x 12.9B active = 25.8 GFLOP")
claim(f, "1.57e23", "flops", "FLOP", 6 * N["gpt3"] * 300e9, X, "off_2x", note="flipped: correct 3.14288e+23 FLOP")
claim(f, "≈ 1,870", "tokens_per_param", "tokens/param", 15e12 / N["llama3-8b"], H, hedged=True)
claim(f, "~77 tok/s", "throughput", "tok/s", 1e12 / W("llama2-13b", "fp16"), X, "off_2x", hedged=True, note="38 tok/s")
non(f, "exported_from: Anki 24.11", "version")
non(f, "cards: 36", "card count")
non(f, "Export 2026-12-01 21:40", "date")
non(f, "Card #0042 suspended", "card number, lapses, ease, interval")
non(f, "Retention last 30 days: 91.3 %", "review statistics")
non(f, "Next review batch: 2026-12-08.", "date")
# ---- en_04: Dataview inventory with inline fields (configs stated for models outside the catalogue) --
f = "en_04"
P1, P3, PHI = N["llama3.2-1b"], N["llama3.2-3b"], 3_821_079_552
KV1, KV3, KVPHI = (16, 8, 64), (28, 8, 128), (32, 32, 96)
GG2 = dict(rel=0.02)
claim(f, "1,235,814,400", "params", "params", P1, H)
claim(f, "2.47 GB", "weights", "GB", W(P1, "bf16"), H)
claim(f, "32 KiB", "kv_cache_per_token", "KiB", KVT(KV1), H)
claim(f, "8 GiB", "kv_cache_total", "GiB", KV(KV1, 131072), X, "off_2x", anchor="kv_at_128k:: 8 GiB", note="4 GiB")
claim(f, "756 MB", "quantized_file", "MB", GG(P1, "Q4_K_M"), H, **GG2)
claim(f, "1.31 GB", "quantized_file", "GB", GG(P1, "Q8_0"), H, **GG2)
claim(f, "3.21B", "params", "B", P3, H)
claim(f, "5.98 GB", "weights", "GB", W(P3, "bf16"), X, "gib_as_gb", note="6.43 GB = 5.98 GiB")
claim(f, "112 KiB", "kv_cache_per_token", "KiB", KVT(KV3), H)
claim(f, "28 GiB", "kv_cache_total", "GiB", KV(KV3, 131072), X, "off_2x", note="flipped: correct 14.0 GiB")
claim(f, "3.9 GB", "quantized_file", "GB", GG(P3, "Q4_K_M"), X, "off_2x", note="1.97 GB")
claim(f, "2.6×", "ratio", "×", P3 / P1, H)
claim(f, "7.62B", "params", "B", N["qwen2.5-7b"], H)
claim(f, "30.4 GB", "weights", "GB", W("qwen2.5-7b", "bf16"), X, "wrong_dtype", note="flipped: correct 15.2312 GB")
claim(f, "56 KiB", "kv_cache_per_token", "KiB", KVT("qwen2.5-7b"), H)
claim(f, "3.5 GiB", "kv_cache_total", "GiB", KV("qwen2.5-7b", 32768), X, "off_2x", note="1.75 GiB")
claim(f, "4.66 GB", "quantized_file", "GB", GG("qwen2.5-7b", "Q4_K_M"), H, **GG2)
claim(f, "4.1 GB", "quantized_file", "GB", GG("qwen2.5-7b", "Q8_0"), X, "off_2x", note="8.09 GB")
claim(f, "7.24B", "params", "B", N["mistral-7b"], H)
claim(f, "7.24 GB", "weights", "GB", W("mistral-7b", "bf16"), X, "wrong_dtype", note="bf16 14.48 GB; 7.24 GB is int8")
claim(f, "128 KiB", "kv_cache_per_token", "KiB", KVT("mistral-7b"), H)
claim(f, "512 MiB", "kv_cache_total", "MiB", KV("mistral-7b", 4096), H)
claim(f, "5.16 GB", "quantized_file", "GB", GG("mistral-7b", "Q5_K_M"), H, **GG2)
claim(f, "3,821,079,552", "params", "params", PHI, H)
claim(f, "7.64 GB", "weights", "GB", W(PHI, "bf16"), H)
claim(f, "192 KiB", "kv_cache_per_token", "KiB", KVT(KVPHI), X, "off_2x", note="384 KiB")
claim(f, "3 GiB", "kv_cache_total", "GiB", KV(KVPHI, 4096), X, "off_2x", note="flipped: correct 1.5 GiB")
claim(f, "15.3 GB", "weights", "GB", W(PHI, "fp32"), H)
claim(f, "6.92B", "params", "B", N["falcon-7b"], H)
claim(f, "13.8 GB", "weights", "GB", W("falcon-7b", "bf16"), H)
claim(f, "8 KiB", "kv_cache_per_token", "KiB", KVT("falcon-7b"), H, anchor="kv_per_token:: 8 KiB")
claim(f, "32 MiB", "kv_cache_total", "MiB", KV("falcon-7b", 2048), X, "off_2x", note="16 MiB")
claim(f, "6.9 GB", "weights", "GB", W("falcon-7b", "int4"), X, "wrong_dtype", note="int4 3.46 GB; 6.9 GB is int8")
claim(f, "30.1 GB", "weights", "GB", sum(W(m, "bf16") for m in (P1, P3, "qwen2.5-7b", "mistral-7b", PHI, "falcon-7b")), X, "off_2x", note="flipped: correct 60.0974 GB")
claim(f, "50 %", "percentage", "%", pct(KVT("qwen2.5-7b"), KVT(KV3)), H)
claim(f, "24×", "ratio", "×", KVT(KVPHI) / KVT("falcon-7b"), X, "off_2x", note="flipped: correct 48.0 ×")
claim(f, "16.5 GB", "weights", "GB", W(P1 + P3 + PHI, "bf16"), H)
non(f, "updated: 2026-11-30", "date")
non(f, "SORT vram DESC LIMIT 10", "Dataview query limit")
non(f, "- downloaded:: 2026-10-14", "date (first occurrence)")
non(f, "mmlu:: 74.2", "benchmark score")
non(f, "rating:: 4/5", "rating")
non(f, "hf_downloads:: 1,204,331", "download count")
non(f, "4090 bought 2025-03-02", "date, price")
# ---- en_05: procurement quote comparison, Mixtral-8x7B-Instruct -------------------------------------
f = "en_05"
MX = "mixtral-8x7b"
ACT = ACTIVE_M7
claim(f, "46,702,792,704", "params", "params", N[MX], H)
claim(f, "12,879,925,248", "params", "params", ACT, H)
claim(f, "46.7 GB", "weights", "GB", W(MX, "bf16") / 2, H, anchor="| bf16 weights per card |", occ=1, note="per GPU, TP=2")
claim(f, "93.4 GB", "weights", "GB", W(MX, "bf16"), H, anchor="| bf16 weights per card |", note="one H200")
claim(f, "46.7 GB", "weights", "GB", W(MX, "bf16") / 4, X, "per_gpu", anchor="| bf16 weights per card |", occ=2, note="TP=4: 23.4 GB per L40S")
claim(f, "6.7 TB/s", "bandwidth", "TB/s", 2 * 3.35e12, H)
claim(f, "3.46 TB/s", "bandwidth", "TB/s", 4 * 864e9, H)
claim(f, "~130 tok/s", "throughput", "tok/s", 3.35e12 / (W(ACT, "bf16") / 2), X, "off_2x", hedged=True, note="flipped: correct 260.095 tok/s")
claim(f, "~186 tok/s", "throughput", "tok/s", 4.8e12 / W(ACT, "bf16"), H, hedged=True)
claim(f, "~134 tok/s", "throughput", "tok/s", 864e9 / (W(ACT, "bf16") / 4), H, hedged=True)
claim(f, "93.4 GB", "weights", "GB", W(MX, "bf16"), H, anchor="bf16 weights are 93.4 GB")
claim(f, "87 GiB", "weights", "GiB", W(MX, "bf16"), H)
claim(f, "93.4 GB", "weights", "GB", W(MX, "bf16") / 2, X, "per_gpu", anchor="every H100 needs the full", note="46.7 GB per GPU at TP=2")
claim(f, "43.5 GB", "weights", "GB", W(MX, "bf16") / 2, X, "gib_as_gb", note="flipped: correct 43.4954 GiB")
claim(f, "36.5 GiB", "arithmetic", "GiB", 80 * GIB - W(MX, "bf16") / 2, H)
claim(f, "23.4 GB", "weights", "GB", W(MX, "bf16") / 4, H, anchor="with TP=4 it is 23.4 GB")
claim(f, "25.8 GB", "weights", "GB", W(ACT, "bf16"), H)
claim(f, "~51 tok/s", "throughput", "tok/s", 4.8e12 / W(MX, "bf16"), H, hedged=True)
claim(f, "26 %", "percentage", "%", pct(4 * 864e9, 2 * 3.35e12), X, "off_2x", note="flipped: correct 51.5821 %")
claim(f, "about 55 %", "percentage", "%", pct(ACT, N[MX]), X, "off_2x", hedged=True, note="27.6 %")
claim(f, "128 KiB", "kv_cache_per_token", "KiB", KVT(MX), H)
claim(f, "4 GiB", "kv_cache_total", "GiB", KV(MX, 32768), H, anchor="One 32K-token conversation")
claim(f, "128 GiB", "kv_cache_total", "GiB", KV(MX, 32768, 16), X, "off_2x", note="64 GiB")
claim(f, "64 GiB", "kv_cache_total", "GiB", KV(MX, 32768, 16) / 2, X, "per_gpu", anchor="split over two cards", note="flipped: correct 32.0 GiB; per GPU")
claim(f, "64 GiB", "kv_cache_total", "GiB", KV(MX, 32768, 16), H, anchor="must hold all of it")
claim(f, "46.7 GB", "weights", "GB", W(MX, "fp8"), H, anchor="fp8 weights: 46.7 GB total")
claim(f, "23.4 GB", "weights", "GB", W(MX, "fp8") / 2, H, anchor="fp8 weights: 46.7 GB total")
claim(f, "50 %", "percentage", "%", 50, H)
claim(f, "23.4 GB", "weights", "GB", W(MX, "int4"), H, anchor="int4 AWQ: 23.4 GB")
claim(f, "11.7 GB", "weights", "GB", W(MX, "int4") / 4, X, "off_2x", note="per card 5.84 GB")
claim(f, "93.4 GB", "weights", "GB", W(MX, "int8"), X, "wrong_dtype", anchor="int8 would be", note="int8 46.7 GB")
claim(f, "about 27 s", "time", "s", W(MX, "bf16") / 7e9, X, "off_2x", hedged=True, note="flipped: correct 13.3437 s")
claim(f, "39 s", "time", "s", W(MX, "bf16") / 1.2e9, X, "off_2x", note="77.8 s")
claim(f, "207M tokens", "tokens", "M tokens", 2400 * 86400, H)
claim(f, "2.07B tokens", "tokens", "B tokens", 2400 * 86400, X, "off_2x", note="207M tokens")
non(f, "date: 2026-11-24", "date")
non(f, "| Quote ref |", "quote reference numbers")
non(f, "| Price, 36-month lease |", "prices")
non(f, "Decision due 2026-12-12", "date, budget code, extension")
non(f, "| GPUs | 2 × H100 80GB SXM", "GPU counts and product names")
# ---- en_06: blog-post draft with footnotes, Llama-3.1-405B (config stated in the note) --------------
f = "en_06"
n = L405
claim(f, "405,853,388,800", "params", "params", n, H, anchor="That adds up to")
claim(f, "812 GB", "weights", "GB", W(n, "bf16"), H, anchor="that's 812 GB")
claim(f, "756 GB", "weights", "GB", W(n, "bf16"), X, "gib_as_gb", note="flipped: correct 755.961 GiB")
claim(f, "about 406 GB", "weights", "GB", W(n, "fp8"), H, hedged=True)
claim(f, "812 GB", "weights", "GB", W(n, "fp8"), X, "wrong_dtype", anchor="still needs 812 GB", occ=2, note="fp8 405.9 GB")
claim(f, "about 203 GB", "weights", "GB", W(n, "int4"), H, hedged=True)
claim(f, "~248 GB", "quantized_file", "GB", GG(n, "Q4_K_M"), H, hedged=True)
claim(f, "80 GB", "quantized_file", "GB", GG(n, "Q2_K"), X, "off_2x", anchor="Q2_K at 80 GB", note="Q2_K 160.3 GB")
claim(f, "160 GB", "quantized_file", "GB", GG(n, "Q2_K"), H, rel=0.02)
claim(f, "3.16 bits", "bits_per_weight", "bits", BPW["Q2_K"], H)
claim(f, "102 GB", "quantized_file", "GB", n * 2.0042 / 8, H, rel=0.02)
claim(f, "50×", "ratio", "×", n / N["llama3-8b"], H)
claim(f, "640 GiB", "arithmetic", "GiB", 8 * 80 * GIB, H)
claim(f, "378 GiB", "weights", "GiB", W(n, "fp8"), H)
claim(f, "101.5 GB", "weights", "GB", W(n, "fp8") / 8, X, "off_2x", note="flipped: correct 50.7317 GB; per GPU, TP=8")
claim(f, "405.9 GB", "weights", "GB", W(n, "fp8") / 8, X, "per_gpu", note="50.7 GB per GPU")
claim(f, "504 KiB", "kv_cache_per_token", "KiB", KVT("llama3-405b"), H)
claim(f, "~1 MiB", "kv_cache_per_token", "MiB", KVT("llama3-405b"), X, "off_2x", hedged=True, note="504 KiB")
claim(f, "63 GiB", "kv_cache_total", "GiB", KV("llama3-405b", 131072), H)
claim(f, "126 GiB", "kv_cache_total", "GiB", KV("llama3-405b", 131072), X, "off_2x", note="63 GiB")
claim(f, "3.8 × 10^25 FLOP", "flops", "FLOP", 6 * n * 15.6e12, H)
claim(f, "1.9e25", "flops", "FLOP", 6 * n * 15.6e12, X, "off_2x", note="3.8e25")
claim(f, "77 tokens per parameter", "tokens_per_param", "tokens/param", 15.6e12 / n, X, "off_2x", note="flipped: correct 38.4375 tokens/param")
claim(f, "3.2 TB", "training", "TB", 16 * n, X, "off_2x", note="flipped: correct 6.49365 TB")
claim(f, "6.3 GB", "training", "GB", zero(n, 1024, 3), H, note="per GPU")
claim(f, "5 tok/s", "throughput", "tok/s", 800e9 / GG(n, "Q2_K"), H)
claim(f, "200 s", "time", "s", 1000 / 5, H)
claim(f, "3.6 hours", "time", "hours", W(n, "bf16") / 125e6 / 3600, X, "off_2x", note="flipped: correct 1.80379 hours")
claim(f, "13 minutes", "time", "min", W(n, "bf16") / 125e6, X, "off_2x", note="108 minutes")
claim(f, "249.1 GB", "quantized_file", "GB", GG(n, "Q4_K_M"), H, rel=0.02, note="published README figure, within 2 %")
claim(f, "144 GB", "arithmetic", "GB", 6 * 24e9, H)
non(f, "publish_after: 2026-12-15", "date")
non(f, "words: 1900", "word count")
non(f, "reading time ~8 min", "reading time, footnote number")
non(f, "[^1]: Formula: 126 × (2·16384·128·128", "formula restating the config")
non(f, "[^3]: DeepSpeed ZeRO paper", "arXiv id, section, date")
# ---- en_07: arXiv reading note, DeepSeek-V3 (config stated in the note) -------------------------------
f = "en_07"
TOT, ACTV = 671e9, 37e9
MLA = 61 * (512 + 64) * 2
MHA = 2 * 61 * 128 * 128 * 2
claim(f, "68.6 KiB", "kv_cache_per_token", "KiB", MLA, H)
claim(f, "137 KiB", "kv_cache_per_token", "KiB", MLA, X, "off_2x", note="68.6 KiB")
claim(f, "3.81 MiB", "kv_cache_per_token", "MiB", MHA, H)
claim(f, "114×", "ratio", "×", MHA / MLA, X, "off_2x", note="flipped: correct 56.8889 ×")
claim(f, "504 KiB", "kv_cache_per_token", "KiB", KVT("llama3-405b"), H)
claim(f, "7.3×", "ratio", "×", KVT("llama3-405b") / MLA, H)
claim(f, "13.6 %", "percentage", "%", pct(MLA, KVT("llama3-405b")), H)
claim(f, "8.58 GiB", "kv_cache_total", "GiB", MLA * 131072, H)
claim(f, "4.3 GiB", "kv_cache_total", "GiB", MLA * 131072, X, "off_2x", note="8.58 GiB")
claim(f, "137 GiB", "kv_cache_total", "GiB", MLA * 32768 * 64, H)
claim(f, "147 GiB", "kv_cache_total", "GiB", MLA * 32768 * 64, X, "gb_as_gib", note="147.4 GB = 137.3 GiB")
claim(f, "671 GB", "weights", "GB", W(TOT, "fp8"), H, anchor="Released in fp8")
claim(f, "1,370 GB", "weights", "GB", W(TOT + 14e9, "fp8"), X, "wrong_dtype", note="flipped: correct 685.0 GB")
claim(f, "1.34 TB", "weights", "TB", W(TOT, "bf16"), H, anchor="A bf16 copy is 1.34 TB")
claim(f, "671 GB", "weights", "GB", W(TOT, "bf16"), X, "wrong_dtype", anchor="A bf16 copy is 1.34 TB", note="bf16 1.34 TB; 671 GB is fp8")
claim(f, "5.5 %", "percentage", "%", pct(ACTV, TOT), H)
claim(f, "42 GB", "weights", "GB", W(TOT, "fp8") / 32, X, "off_2x", note="flipped: correct 20.9688 GB; per GPU")
claim(f, "74 GFLOP", "flops", "GFLOP", 2 * ACTV, H)
claim(f, "1.34 TFLOP", "flops", "TFLOP", 2 * ACTV, X, "off_2x", note="per token 74 GFLOP; 1.34 TFLOP is 2 x total")
claim(f, "2788K", "arithmetic", "K", (2664 + 119 + 5) * 1e3, H, anchor="| in H800 GPU Hours |")
claim(f, "3.29 × 10^24 FLOP", "flops", "FLOP", 6 * ACTV * 14.8e12, H)
claim(f, "6e25 FLOP", "flops", "FLOP", 6 * ACTV * 14.8e12, X, "off_2x", note="MoE compute uses activated params: 3.29e24")
claim(f, "5.96e25", "flops", "FLOP", 6 * TOT * 14.8e12, H, note="the total-parameter product, stated as such")
claim(f, "~33 %", "percentage", "%", pct(6 * ACTV * 14.8e12, 2788e3 * 3600 * 989e12), H, hedged=True)
claim(f, "about 57 days", "time", "days", 2788e3 / 2048 / 24, H, hedged=True)
claim(f, "about 28 days", "time", "days", 2788e3 / 2048 / 24, X, "off_2x", hedged=True, note="56.7 days")
claim(f, "400 tokens per activated parameter", "tokens_per_param", "tokens/param", 14.8e12 / ACTV, H)
claim(f, "44", "tokens_per_param", "tokens/param", 14.8e12 / TOT, X, "off_2x", anchor="and 44 per total parameter", note="flipped: correct 22.0566 tokens/param")
claim(f, "95.6 %", "percentage", "%", pct(2664, 2788), H)
non(f, "arxiv: 2412.19437", "arXiv id")
non(f, "read: 2026-11-16", "date")
non(f, "Read in 2 sittings, ~3 h.", "reading time")
non(f, "| in USD | $5.328M", "prices")
non(f, "> Table 1 | Training costs", "table number, price")
non(f, "(2026-11-20, room B-214)", "date, room")
non(f, "(Section 2.1.2, eq. 12–16)", "section and equation numbers")
non(f, "γ = 0.001 for the first 14.3T tokens", "hyper-parameter")
non(f, "MTP depth D = 1; loss weight λ = 0.3 then 0.1.", "hyper-parameters")
# ---- en_08: code-review thread with diffs, ls/du/nvidia-smi and llama.cpp log lines --------------------
f = "en_08"
L8 = "llama3-8b"
q4 = GG(L8, "Q4_K_M")
claim(f, "4.89 bpw", "bits_per_weight", "bits", BPW["Q4_K_M"], H)
claim(f, "4.91 GB", "quantized_file", "GB", 8.03e9 * 4.8944 / 8, H, anchor="gives 4.91 GB")
claim(f, "4.6G", "quantized_file", "GiB", q4, H, anchor="ci ci 4.6G", note="ls -lh prints GiB")
claim(f, "7.9G", "quantized_file", "GiB", GG(L8, "Q8_0"), H)
claim(f, "15G", "quantized_file", "GiB", GG(L8, "F16"), H)
claim(f, "27G", "quantized_file", "GiB", q4 + GG(L8, "Q8_0") + GG(L8, "F16"), H, note="du -sh, GiB")
claim(f, "4.91 GB", "quantized_file", "GB", q4, H, anchor="are the same file", rel=0.02)
claim(f, "4.58 GiB", "quantized_file", "GiB", q4, H, anchor="are the same file", rel=0.02)
claim(f, "4.91 GiB", "quantized_file", "GiB", 4.91e9, X, "gb_as_gib", note="4.91 GB = 4.57 GiB")
claim(f, "8.53 GB", "quantized_file", "GB", GG(L8, "Q8_0"), H)
claim(f, "32.1 GB", "quantized_file", "GB", GG(L8, "F16"), X, "wrong_dtype", note="f16 16.06 GB; 32.1 GB is fp32")
claim(f, "1073741824", "kv_cache_total", "bytes", KV(L8, 8192), H, anchor="ctx=8192) ==")
claim(f, "1 GiB", "kv_cache_total", "GiB", KV(L8, 8192), H, anchor="# 1 GiB")
claim(f, "8589934592", "kv_cache_total", "bytes", KV(L8, 131072), X, "off_2x", note="17,179,869,184 bytes = 16 GiB")
claim(f, "42949672960", "kv_cache_total", "bytes", KV("llama3-70b", 131072), H)
claim(f, "40 GiB", "kv_cache_total", "GiB", KV("llama3-70b", 131072), H)
claim(f, "16 GiB", "kv_cache_total", "GiB", KV(L8, 131072), H)
claim(f, "7×", "ratio", "×", KV(L8, 131072) / q4, X, "off_2x", note="flipped: correct 3.49688 ×")
claim(f, "4.58 GiB", "quantized_file", "GiB", q4, H, anchor="model size       = 4.58 GiB", rel=0.02)
claim(f, "4.89 BPW", "bits_per_weight", "bits", BPW["Q4_K_M"], H)
claim(f, "8.03 B", "params", "B", N[L8], H)
claim(f, "1024.00 MiB", "kv_cache_total", "MiB", KV(L8, 8192), H, anchor="KV buffer size =  1024.00 MiB")
claim(f, "1024.00 MiB", "kv_cache_total", "MiB", KV(L8, 8192), H, anchor="KV self size")
claim(f, "512.00 MiB", "kv_cache_total", "MiB", KV(L8, 8192) / 2, H, anchor="KV self size", occ=1)
claim(f, "512.00 MiB", "kv_cache_total", "MiB", KV(L8, 8192) / 2, H, anchor="KV self size", occ=2)
claim(f, "24 GB", "arithmetic", "GB", 24564 * MIB, X, "gib_as_gb", note="flipped: correct 23.9883 GiB")
claim(f, "6 GiB", "arithmetic", "GiB", 6144 * MIB, H, anchor="6144 MiB in use is 6 GiB")
claim(f, "50 %", "percentage", "%", pct(6144, 24564), X, "off_2x", note="25 %")
claim(f, "0.84 GiB", "arithmetic", "GiB", 6144 * MIB - q4 - KV(L8, 8192), X, "off_2x", rel=0.02, note="flipped: correct 0.424492 GiB")
claim(f, "≈ 205 tok/s", "throughput", "tok/s", 1008e9 / q4, H, hedged=True)
claim(f, "69 %", "percentage", "%", pct(142.3, 1008e9 / q4), H)
claim(f, "~236 tok/s", "throughput", "tok/s", 1008e9 / GG(L8, "Q8_0"), X, "off_2x", hedged=True, note="118 tok/s")
claim(f, "2048.00 MiB", "kv_cache_total", "MiB", KV(L8, 32768), X, "off_2x", note="4096 MiB")
non(f, "pr: 812", "PR number")
non(f, "14 commits · +412 −97", "commit and diff counts")
non(f, "-BPW = {\"Q4_K_M\": 4.5", "old code in the diff")
non(f, "eval time =    1799.01 ms", "measured timings")
non(f, "CI: 3 checks passed (py3.11, py3.12, lint)", "CI checks, versions, date")
non(f, "$ ./llama-cli -m models", "command line flags: context, layers, tokens")
# ---- en_09: interview prep, answers given in a mock interview ---------------------------------------
f = "en_09"
NXL = N["gpt2-xl"]
sbh = 1024 * 8 * 1600
per_none = sbh * (34 + 5 * 25 * 1024 / 1600)
T5B, T5L = 222_903_552, 737_668_096
a100_s = 6 * N["gpt2"] * 10e9 / (0.4 * 312e12)
claim(f, "1,557,611,200", "params", "params", NXL, H)
claim(f, "3.12 GB", "weights", "GB", W(NXL, "fp16"), H, anchor="My answer: 3.12 GB")
claim(f, "3.12 GB", "weights", "GB", W(NXL, "fp16"), H, anchor="with 3.12 GB it is")
claim(f, "1.49 GB", "activations", "GB", per_none, H)
claim(f, "35.9 GB", "activations", "GB", 48 * per_none, X, "off_2x", note="48 x 1.49 GB = 71.7 GB")
claim(f, "446 MB", "activations", "MB", 34 * sbh, H)
claim(f, "21.4 GB", "activations", "GB", 48 * 34 * sbh, H)
claim(f, "about 630 MB", "activations", "MB", 48 * 2 * sbh, X, "off_2x", hedged=True, note="1.26 GB")
claim(f, "438 MB", "weights", "MB", W("bert-base", "fp32"), H, occ=1)
claim(f, "438 MB", "weights", "MB", W("bert-base", "fp16"), X, "wrong_dtype", occ=2, note="fp16 219 MB")
claim(f, "6×", "ratio", "×", N["bert-large"] / N["bert-base"], X, "off_2x", note="3.06x")
claim(f, "892 MB", "weights", "MB", W(T5B, "fp32"), H)
claim(f, "1.48 GB", "weights", "GB", W(T5L, "bf16"), H, occ=1)
claim(f, "1.48 GB", "weights", "GB", W(T5L, "fp32"), X, "wrong_dtype", occ=2, note="fp32 2.95 GB")
claim(f, "7.5 × 10^18 FLOP", "flops", "FLOP", 6 * N["gpt2"] * 10e9, H)
claim(f, "~8.3 hours", "time", "hours", a100_s / 3600, X, "off_2x", hedged=True, note="16.6 hours")
claim(f, "80 tokens per parameter", "tokens_per_param", "tokens/param", 10e9 / N["gpt2"], H)
claim(f, "24.9 GB", "training", "GB", 16 * NXL, H)
claim(f, "12.5 GB", "training", "GB", zero(NXL, 4, 3), X, "off_2x", note="ZeRO-3 over 4: 6.23 GB per GPU")
claim(f, "~1,000 tok/s", "throughput", "tok/s", 1555e9 / W(NXL, "fp16"), X, "off_2x", hedged=True, note="499 tok/s")
claim(f, "~500 tok/s", "throughput", "tok/s", 1555e9 / W(NXL, "fp16"), H, hedged=True)
claim(f, "300 KiB", "kv_cache_per_token", "KiB", KVT("gpt2-xl"), H)
claim(f, "300 MiB", "kv_cache_total", "MiB", KV("gpt2-xl", 1024), H)
claim(f, "4.7 GiB", "kv_cache_total", "GiB", KV("gpt2-xl", 1024, 32), X, "off_2x", note="9.375 GiB")
claim(f, "38.6M", "params", "M", 50257 * 768, H)
claim(f, "about 62 %", "percentage", "%", pct(50257 * 768, N["gpt2"]), X, "off_2x", hedged=True, note="31 %")
claim(f, "72 KiB", "kv_cache_per_token", "KiB", KVT("gpt2"), X, "off_2x", note="36 KiB")
non(f, "onsite: 2026-12-09", "date")
non(f, "rounds: 4", "count")
non(f, "Recruiter said round 2 is 45 min", "durations")
non(f, "Behavioural round: STAR stories", "story numbers, date, duration")
non(f, "Comp target: base $235k", "salary, equity, notice period")
non(f, "Formulas I'm allowed to assume", "formula with free variables")
# ---- en_10: lecture transcript, gpt-oss and Gemma 3 27B (configs stated in the note) -----------------
f = "en_10"
GT, GA = 116.8e9, 5.1e9
G20, G20A = 20.9e9, 3.6e9
KVO = (36, 8, 64)
per_layer_oss = 2 * 8 * 64 * 2
oss_win = 18 * per_layer_oss * 131072 + 18 * per_layer_oss * 128
G3 = 27.4e9
per_layer_g3 = 2 * 16 * 128 * 2
g3_glob = 10 * per_layer_g3 * 131072
g3_loc = 52 * per_layer_g3 * 1024
claim(f, "about 62 GB", "weights", "GB", GT * 4.25 / 8, H, hedged=True)
claim(f, "467.2 GB", "weights", "GB", W(GT, "bf16"), X, "wrong_dtype", note="flipped: correct 233.6 GB")
claim(f, "3.8×", "ratio", "×", 16 / 4.25, H)
claim(f, "58 GB", "weights", "GB", GT * 4 / 8, H, note="4.0 bits as stated: 58.4 GB")
claim(f, "8.8 %", "percentage", "%", pct(GA, GT), X, "off_2x", note="flipped: correct 4.36644 %")
claim(f, "10.2 GFLOP", "flops", "GFLOP", 2 * GA, H)
claim(f, "2.7 GB", "weights", "GB", GA * 4.25 / 8, H)
claim(f, "1,240 tok/s", "throughput", "tok/s", 3.35e12 / (GA * 4.25 / 8), H, hedged=True)
claim(f, "620 tok/s", "throughput", "tok/s", 3.35e12 / (GA * 4.25 / 8), X, "off_2x", note="1,236 tok/s at 4.25 bits")
claim(f, "72 KiB", "kv_cache_per_token", "KiB", KVT(KVO), H, anchor="— that's 72 KiB")
claim(f, "9 GiB", "kv_cache_total", "GiB", KV(KVO, 131072), H, anchor="Without any window")
claim(f, "about 4.5 GiB", "kv_cache_total", "GiB", 18 * per_layer_oss * 131072, H, hedged=True, anchor="hold the full context")
claim(f, "4.5 MiB", "kv_cache_total", "MiB", 18 * per_layer_oss * 128, H)
claim(f, "about 4.5 GiB", "kv_cache_total", "GiB", oss_win, H, hedged=True, anchor="So with the window it's", occ=2)
claim(f, "9 GiB", "kv_cache_total", "GiB", oss_win, X, "off_2x", anchor="still 9 GiB", note="4.5 GiB with the window")
claim(f, "22.2 GB", "weights", "GB", G20 * 4.25 / 8, X, "off_2x", note="flipped: correct 11.1031 GB")
claim(f, "41.8 GFLOP", "flops", "GFLOP", 2 * G20A, X, "off_2x", note="flipped: correct 7.2 GFLOP")
claim(f, "54.8 GB", "weights", "GB", W(G3, "bf16"), H, anchor="Weights: 54.8 GB in bf16")
claim(f, "about 13.7 GB", "weights", "GB", W(G3, "int4"), H, hedged=True)
claim(f, "54.8 GB", "weights", "GB", W(G3, "fp8"), X, "wrong_dtype", anchor="In fp8, 54.8 GB again", occ=2, note="fp8 27.4 GB")
claim(f, "27.4 GB", "weights", "GB", W(G3, "fp8"), H)
claim(f, "496 KiB", "kv_cache_per_token", "KiB", KVT((62, 16, 128)), H, anchor="which is 496 KiB")
claim(f, "62 GiB", "kv_cache_total", "GiB", KV((62, 16, 128), 131072), H, anchor="At 128K that's 62 GiB")
claim(f, "20 GiB", "kv_cache_total", "GiB", g3_glob, X, "off_2x", note="flipped: correct 10.0 GiB")
claim(f, "416 MiB", "kv_cache_total", "MiB", g3_loc, H)
claim(f, "about 10.4 GiB", "kv_cache_total", "GiB", g3_glob + g3_loc, H, hedged=True)
claim(f, "62 GiB", "kv_cache_total", "GiB", KV((62, 16, 128), 131072), H, anchor="six times less than")
claim(f, "31 GiB", "kv_cache_total", "GiB", g3_glob + g3_loc, X, "off_2x", note="10.4 GiB")
claim(f, "2.6 GiB", "kv_cache_total", "GiB", (g3_glob + g3_loc) / 2, X, "off_2x", note="flipped: correct 5.20312 GiB")
claim(f, "496 KiB", "kv_cache_per_token", "KiB", KVT((62, 16, 128)), H, anchor="Compare per-token KV")
claim(f, "72 KiB", "kv_cache_per_token", "KiB", KVT(KVO), H, anchor="Compare per-token KV")
claim(f, "7×", "ratio", "×", KVT((62, 16, 128)) / KVT(KVO), H, hedged=True)
claim(f, "4×", "ratio", "×", GT / G3, H, hedged=True)
non(f, "it's 10:15. Homework 3 is due Friday the 12th", "time, homework number, date, grade share")
non(f, "lecture: 14", "lecture number")
non(f, "date: 2026-11-25", "date")
non(f, "Office hours Thursday 14–16, room T2.", "URL, times, room")
non(f, "(audio dropped for ~20 s, slide 31 of 58)", "duration, slide numbers")
# ---- ru_01: пост в Telegram-канале, Qwen2.5-7B и Llama-3-8B на ноутбуке ---------------------------------
f = "ru_01"
Q7, L8 = "qwen2.5-7b", "llama3-8b"
claim(f, "7,62 млрд", "params", "млрд", N[Q7], H)
claim(f, "15,2 ГБ", "weights", "ГБ", W(Q7, "bf16"), H)
claim(f, "7,6 ГБ", "weights", "ГБ", W(Q7, "int4"), X, "wrong_dtype", note="int4 3,8 ГБ; 7,6 ГБ — int8")
claim(f, "4,66 ГБ", "quantized_file", "ГБ", GG(Q7, "Q4_K_M"), H, rel=0.02)
claim(f, "16,1ГБ", "weights", "ГБ", W(L8, "bf16"), H)
claim(f, "32 ГБ", "weights", "ГБ", W(L8, "fp16"), X, "wrong_dtype", note="fp16 16,1 ГБ; 32 ГБ — fp32")
claim(f, "около 8,5 ГБ", "quantized_file", "ГБ", GG(L8, "Q8_0"), H, hedged=True)
claim(f, "4,9 ГБ", "quantized_file", "ГБ", GG(L8, "Q4_K_M"), H)
claim(f, "около 26 токенов/с", "throughput", "токенов/с", 256e9 / GG(L8, "Q4_K_M"), X, "off_2x", hedged=True, note="flipped: correct 52.1076 токенов/с")
claim(f, "около 55 токенов/с", "throughput", "токенов/с", 256e9 / GG(Q7, "Q4_K_M"), H, hedged=True)
claim(f, "около 110 токенов/с", "throughput", "токенов/с", 256e9 / GG(L8, "Q8_0"), X, "off_2x", hedged=True, note="30 токенов/с")
claim(f, "75 %", "percentage", "%", pct(39.5, 256e9 / GG(L8, "Q4_K_M")), H, hedged=True, note="середина 38–41 от потолка 52")
claim(f, "56 КиБ", "kv_cache_per_token", "КиБ", KVT(Q7), H)
claim(f, "1,75¦ГиБ", "kv_cache_total", "ГиБ", KV(Q7, 32768), H)
claim(f, "128 КиБ", "kv_cache_per_token", "КиБ", KVT(L8), H)
claim(f, "8 ГиБ", "kv_cache_total", "ГиБ", KV(L8, 32768), X, "off_2x", anchor="на 32K — 8 ГиБ", note="flipped: correct 4.0 ГиБ")
claim(f, "2 ГиБ", "kv_cache_total", "ГиБ", KV(L8, 8192), X, "off_2x", note="1 ГиБ")
claim(f, "56 %", "percentage", "%", 100 * (1 - KVT(Q7) / KVT(L8)), H)
claim(f, "в 4,5 раза", "ratio", "раз", KVT(L8) / KVT(Q7), X, "off_2x", note="в 2,3 раза")
claim(f, "4,58 ГиБ", "quantized_file", "ГиБ", GG(L8, "Q4_K_M"), H, rel=0.02)
claim(f, "1 ГиБ", "kv_cache_total", "ГиБ", KV(L8, 8192), H, anchor="кэш на 8K (1 ГиБ)")
claim(f, "5,58 ГиБ", "arithmetic", "ГиБ", 4.58 * GIB + KV(L8, 8192), H)
claim(f, "4,34 ГиБ", "quantized_file", "ГиБ", GG(Q7, "Q4_K_M"), H, rel=0.02)
claim(f, "6,09 ГиБ", "arithmetic", "ГиБ", 4.34 * GIB + KV(Q7, 32768), H)
claim(f, "11,4 ГБ", "quantized_file", "ГБ", GG(L8, "Q5_K_M"), X, "off_2x", note="Q5_K_M 5,72 ГБ")
non(f, "Цена вопроса — 189¦990 ₽", "цена, дата покупки")
non(f, "источник: Telegram-канал", "дата поста")
non(f, "сохранено: 2026-11-13", "дата")
non(f, "👁 12,4K · 💬 87 · 🔁 143", "просмотры, комментарии, репосты")
non(f, "следующий пост в пятницу в 19:00", "время")
# ---- ru_02: отчёт о лабораторной работе, семейство GPT-2, нумерованные таблицы ---------------------------
f = "ru_02"
claim(f, "124¦439¦808", "params", "params", N["gpt2"], H)
claim(f, "354¦823¦168", "params", "params", N["gpt2-medium"], H)
claim(f, "387 млн", "params", "млн", N["gpt2-large"], X, "off_2x", note="774 млн")
claim(f, "1,56 млрд", "params", "млрд", N["gpt2-xl"], H)
claim(f, "497,8 МБ", "weights", "МБ", W("gpt2", "fp32"), H)
claim(f, "249 МБ", "weights", "МБ", W("gpt2", "fp16"), H)
claim(f, "1419 МБ", "weights", "МБ", W("gpt2-medium", "fp32"), H, anchor="| gpt2-medium | 1419 МБ", occ=1)
claim(f, "1419 МБ", "weights", "МБ", W("gpt2-medium", "fp16"), X, "wrong_dtype", anchor="| gpt2-medium | 1419 МБ", occ=2, note="fp16 709,6 МБ")
claim(f, "1548 МБ", "weights", "МБ", W("gpt2-large", "fp32"), X, "wrong_dtype", note="fp32 3096 МБ; 1548 МБ — fp16")
claim(f, "1,55 ГБ", "weights", "ГБ", W("gpt2-large", "fp16"), H)
claim(f, "6,23 ГБ", "weights", "ГБ", W("gpt2-xl", "fp32"), H)
claim(f, "3,12 ГиБ", "weights", "ГиБ", W("gpt2-xl", "fp16"), X, "gb_as_gib", note="3,12 ГБ = 2,90 ГиБ")
claim(f, "36 КиБ", "kv_cache_per_token", "КиБ", KVT("gpt2"), H, anchor="| gpt2 | 36 КиБ")
claim(f, "36 МиБ", "kv_cache_total", "МиБ", KV("gpt2", 1024), H)
claim(f, "96 КиБ", "kv_cache_per_token", "КиБ", KVT("gpt2-medium"), H, anchor="| gpt2-medium | 96 КиБ")
claim(f, "192 МиБ", "kv_cache_total", "МиБ", KV("gpt2-medium", 1024), X, "off_2x", note="96 МиБ")
claim(f, "360 КиБ", "kv_cache_per_token", "КиБ", 2 * 36 * 1280 * 2, X, "off_2x", note="180 КиБ")
claim(f, "90 МиБ", "kv_cache_total", "МиБ", 2 * 36 * 1280 * 2 * 1024, X, "off_2x", note="180 МиБ")
claim(f, "300 КиБ", "kv_cache_per_token", "КиБ", KVT("gpt2-xl"), H)
claim(f, "300 МиБ", "kv_cache_total", "МиБ", KV("gpt2-xl", 1024), H)
claim(f, "в 25 раз", "ratio", "раз", N["gpt2-xl"] / N["gpt2"], X, "off_2x", note="flipped: correct 12.517 раз")
claim(f, "50 %", "percentage", "%", 50, H)
claim(f, "от 4 до 5 ГиБ", "kv_cache_total", "ГиБ", KV("gpt2-xl", 1024, 16), H, rng=True)
claim(f, "не более 12 ГБ", "training", "ГБ", 16 * N["gpt2-xl"], X, "off_2x", bound="upper", note="24,9 ГБ")
claim(f, "около 5,7 ГБ", "training", "ГБ", 16 * N["gpt2-medium"], H, hedged=True)
claim(f, "96 против 36 КиБ", "kv_cache_per_token", "КиБ", KVT("gpt2-medium"), H, note="96 КиБ против 36 КиБ: в 2,7 раза, «втрое» — слово")
non(f, "группа: ИУ7-52Б", "номер группы")
non(f, "вариант: 7", "номер варианта")
non(f, "сдано: 2026-11-20", "дата")
non(f, "ПО: torch 2.5.1, CUDA 12.4.", "номер ноутбука, версии")
non(f, "Оценка: 4 (хорошо).", "оценка, номера строк и таблиц, дата")
non(f, "Таблица 1 — Число параметров", "номер таблицы, код")
# ---- ru_03: ответ коллеге в обсуждении вики, Mixtral 8x7B и 8x22B (конфиг 8x22B дан в заметке) -----------
f = "ru_03"
MX = "mixtral-8x7b"
T22, A22 = 140.6e9, 39.1e9
KV22 = (56, 8, 128)
IG = "**Игорь** (2026-11-18, 14:22)"
claim(f, "141 ГБ", "weights", "ГБ", W(T22, "bf16"), X, "wrong_dtype", anchor=IG, note="bf16 281 ГБ; 141 ГБ — int8")
claim(f, "56 %", "percentage", "%", pct(A22, T22), X, "off_2x", anchor=IG, note="27,8 %")
claim(f, "448 КиБ", "kv_cache_per_token", "КиБ", KVT(KV22), X, "off_2x", anchor=IG, note="224 КиБ")
claim(f, "28 ГиБ", "kv_cache_total", "ГиБ", KV(KV22, 65536), X, "off_2x", anchor=IG, note="14 ГиБ")
claim(f, "46,7 млрд", "params", "млрд", N[MX], H)
claim(f, "12,9 млрд", "params", "млрд", ACTIVE_M7, H)
claim(f, "281 ГБ", "weights", "ГБ", W(T22, "bf16"), H, anchor="**Веса.**", occ=1)
claim(f, "70,3 ГБ", "weights", "ГБ", W(T22, "bf16") / 4, H, anchor="**Веса.**")
claim(f, "281 ГБ", "weights", "ГБ", W(T22, "bf16") / 4, X, "per_gpu", anchor="**Веса.**", occ=2, note="70,3 ГБ на карту")
claim(f, "27,8 %", "percentage", "%", pct(A22, T22), H)
claim(f, "78,2 ГФЛОП", "flops", "GFLOP", 2 * A22, H)
claim(f, "281 ГФЛОП", "flops", "GFLOP", 2 * A22, X, "off_2x", note="78,2 ГФЛОП на токен")
claim(f, "224 КиБ", "kv_cache_per_token", "КиБ", KVT(KV22), H)
claim(f, "14 ГБ", "kv_cache_total", "ГБ", KV(KV22, 65536), X, "gib_as_gb", note="flipped: correct 14.0 ГиБ")
claim(f, "70,3 ГБ", "weights", "ГБ", W(T22, "int4"), H, anchor="**int4.**")
claim(f, "140,6 ГБ", "weights", "ГБ", W(T22, "int4"), X, "wrong_dtype", anchor="**int4.**", note="int4 70,3 ГБ; 140,6 ГБ — int8")
claim(f, "93,4 ГБ", "weights", "ГБ", W(MX, "bf16"), H)
claim(f, "93,4 ГиБ", "weights", "ГиБ", W(MX, "bf16"), X, "gb_as_gib", note="93,4 ГБ = 87 ГиБ")
claim(f, "87 ГиБ", "weights", "ГиБ", W(MX, "bf16"), H)
claim(f, "в 3 раза", "ratio", "раз", T22 / N[MX], H)
claim(f, "6,4 ГБ", "weights", "ГБ", W(ACTIVE_M7, "int4"), H)
claim(f, "около 4 токенов/с", "throughput", "токенов/с", 25e9 / W(ACTIVE_M7, "int4"), H, hedged=True)
claim(f, "8 токенов/с", "throughput", "токенов/с", 25e9 / W(ACTIVE_M7, "int4"), X, "off_2x", note="3,9 токена/с")
claim(f, "2,25 ТБ", "training", "ТБ", 16 * T22, H)
claim(f, "1,1 ТБ", "training", "ТБ", 16 * T22, X, "off_2x", note="2,25 ТБ")
non(f, "правка: 1423", "номер правки")
non(f, "обновлено: 2026-11-18", "дата")
non(f, "**Ответ (Марина, 2026-11-18, 16:05):**", "дата, время")
non(f, "*Голоса: +3 / −1.", "голоса, дата")
# ---- ru_04: свойства YAML с размерами, Falcon-7B против Llama-2-7B ---------------------------------------
f = "ru_04"
F7, L7 = "falcon-7b", "llama2-7b"
claim(f, "6921720704", "params", "params", N[F7], H)
claim(f, "6,92 млрд", "params", "млрд", N[F7], H, anchor="параметров_млрд:")
claim(f, "13,8 ГБ", "weights", "ГБ", W(F7, "bf16"), H, anchor="веса_bf16: \"13,8 ГБ\"")
claim(f, "12,9 ГиБ", "weights", "ГиБ", W(F7, "bf16"), H)
claim(f, "13,8 ГБ", "weights", "ГБ", W(F7, "int8"), X, "wrong_dtype", anchor="веса_int8:", note="int8 6,92 ГБ")
claim(f, "3,46 ГБ", "weights", "ГБ", W(F7, "int4"), H)
claim(f, "8 КиБ", "kv_cache_per_token", "КиБ", KVT(F7), H)
claim(f, "16 МиБ", "kv_cache_total", "МиБ", KV(F7, 2048), H)
claim(f, "2 ГиБ", "kv_cache_total", "ГиБ", KV(F7, 2048, 64), X, "off_2x", note="1 ГиБ")
claim(f, "55,4 ГБ", "training", "ГБ", 16 * N[F7], X, "off_2x", note="flipped: correct 110.748 ГБ")
claim(f, "27,7 ГБ на GPU", "training", "ГБ", zero(N[F7], 8, 3), X, "off_2x", note="ZeRO-3 на 8: 13,8 ГБ на GPU")
claim(f, "512 КиБ", "kv_cache_per_token", "КиБ", KVT(L7), H, anchor="llama2_kv_на_токен")
claim(f, "4 ГиБ", "kv_cache_total", "ГиБ", KV(L7, 4096), X, "off_2x", note="2 ГиБ")
claim(f, "64", "ratio", "×", KVT(L7) / KVT(F7), H, anchor="отношение_kv: 64")
claim(f, "14,43 ГБ", "arithmetic", "ГБ", 9.95e9 + 4.48e9, H)
claim(f, "7,22 млрд", "params", "млрд", 14.43e9 / 2, H)
claim(f, "295,5 млн", "params", "млн", 65024 * 4544, H)
claim(f, "1182 МБ", "weights", "МБ", W(65024 * 4544, "bf16"), X, "off_2x", note="flipped: correct 590.938 МБ")
claim(f, "6,74 млрд", "params", "млрд", N[L7], H)
claim(f, "13,5 ГБ", "weights", "ГБ", W(L7, "fp16"), H)
claim(f, "512 КиБ", "kv_cache_per_token", "КиБ", KVT(L7), H, anchor="отсюда 512 КиБ")
claim(f, "1 ГиБ", "kv_cache_total", "ГиБ", KV(F7, 4096, 32), H)
claim(f, "64 ГБ", "kv_cache_total", "ГБ", KV(L7, 4096, 32), X, "gib_as_gb", note="64 ГиБ = 68,7 ГБ")
claim(f, "около 43 токенов/с", "throughput", "токенов/с", 600e9 / W(F7, "bf16"), H, hedged=True)
claim(f, "около 86 токенов/с", "throughput", "токенов/с", 600e9 / W(F7, "int8"), H, hedged=True)
claim(f, "86 токенов/с", "throughput", "токенов/с", 600e9 / W(F7, "bf16"), X, "wrong_dtype", anchor="Коллега записал", note="bf16: 43 токена/с")
claim(f, "217 токенов на параметр", "tokens_per_param", "tokens/param", 1.5e12 / N[F7], H)
claim(f, "6,2·10²² ФЛОП", "flops", "FLOP", 6 * N[F7] * 1.5e12, H)
claim(f, "3,1·10²² ФЛОП", "flops", "FLOP", 6 * N[F7] * 1.5e12, X, "off_2x", note="6,2·10²²")
non(f, "дата_выпуска: 2023-05-24", "дата")
non(f, "лицензия: Apache-2.0", "версия лицензии")
non(f, "(проверено 2026-11-29)", "дата")
non(f, "Версия свойств: 4.", "версии шаблона")
non(f, "одна KV-голова на все 71 голову", "число голов (конфиг)")
# ---- ru_05: протокол совещания, ZeRO для Llama-2-13B на 8 x A100 ------------------------------------------
f = "ru_05"
n13 = N["llama2-13b"]
sbh = 4096 * 1 * 5120
LORA13 = lora(40, 16, [(5120, 5120)] * 4)
claim(f, "13¦015¦864¦320", "params", "params", n13, H)
claim(f, "208 ГБ", "training", "ГБ", zero(n13, 8, 0), H, anchor="DDP без шардирования")
claim(f, "35,8 ГБ", "training", "ГБ", zero(n13, 8, 1), X, "off_2x", note="ZeRO-1 на 8: 71,6 ГБ")
claim(f, "48,8 ГБ", "training", "ГБ", zero(n13, 8, 2), H)
claim(f, "13 ГБ", "training", "ГБ", zero(n13, 8, 3), X, "off_2x", anchor="ZeRO-3 (плюс веса)", note="26 ГБ на 8 картах")
claim(f, "44 %", "percentage", "%", 100 * (1 - zero(n13, 8, 3) / zero(n13, 8, 0)), X, "off_2x", note="87,5 %")
claim(f, "13 ГБ", "training", "ГБ", zero(n13, 16, 3), H, anchor="**Руденко О.** возразила")
claim(f, "26 ГБ", "training", "ГБ", zero(n13, 8, 3), H)
claim(f, "57 ГБ", "activations", "ГБ", 40 * 34 * sbh, X, "off_2x", note="flipped: correct 28.5213 ГБ")
claim(f, "162,7 ГБ", "activations", "ГБ", 40 * sbh * (34 + 5 * 40 * 4096 / 5120), H)
claim(f, "81 ГБ", "activations", "ГБ", 40 * sbh * (34 + 5 * 40 * 4096 / 5120), X, "off_2x", note="162,7 ГБ")
claim(f, "1,7 ГБ", "activations", "ГБ", 40 * 2 * sbh, H)
claim(f, "26,2 млн", "params", "млн", LORA13, H)
claim(f, "0,2 %", "percentage", "%", pct(LORA13, n13), H)
claim(f, "52,4 млн", "params", "млн", LORA13, X, "off_2x", note="r=16: 26,2 млн")
claim(f, "6,71 ГБ", "quantized_file", "ГБ", n13 * NF4 / 8, H)
claim(f, "13 ГБ", "weights", "ГБ", W(n13, "int4"), X, "wrong_dtype", anchor="«13 ГБ для 4 бит»", note="4 бита: 6,5 ГБ; 13 ГБ — int8")
claim(f, "1,56·10²⁰ ФЛОП", "flops", "FLOP", 6 * n13 * 2e9, H)
claim(f, "около 39 часов", "time", "часов", 6 * n13 * 2e9 / (8 * 312e12 * 0.45) / 3600, H, hedged=True)
claim(f, "около 19 часов", "time", "часов", 6 * n13 * 2e9 / (8 * 312e12 * 0.45) / 3600, X, "off_2x", hedged=True, note="38,6 ч")
claim(f, "208 ГБ", "training", "ГБ", 16 * n13, H, anchor="Чекпойнт для возобновления")
claim(f, "1 ТБ", "training", "ТБ", 5 * 16 * n13, H)
non(f, "**Дата:** 17.11.2026, 15:00–15:50.", "дата, время, этаж")
non(f, "номер: 47", "номер протокола")
non(f, "| 1 | Подготовить ds_config.json", "номер поручения, стадия, дата")
non(f, "| 3 | Прогон на 100 шагов", "число шагов, дата")
non(f, "Следующее совещание: 24.11.2026 в 15:00.", "дата, время")
non(f, "2. Сроки и объём хранилища.", "номер пункта повестки")
# ---- ru_06: выноски (callouts), Gemma 2 9B и 27B (конфиги даны в заметке) ----------------------------------
f = "ru_06"
G9, G27 = 9.24e9, 27.2e9
lay9 = 2 * 8 * 256 * 2
lay27 = 2 * 16 * 128 * 2
kv9_win = 21 * lay9 * 8192 + 21 * lay9 * 4096
kv27_win = 23 * lay27 * 8192 + 23 * lay27 * 4096
claim(f, "18,5 ГБ", "weights", "ГБ", W(G9, "bf16"), H)
claim(f, "18,5 ГиБ", "weights", "ГиБ", W(G9, "bf16"), X, "gb_as_gib", note="18,5 ГБ = 17,2 ГиБ")
claim(f, "672 КиБ", "kv_cache_per_token", "КиБ", 42 * lay9, X, "off_2x", note="336 КиБ")
claim(f, "2,625¦ГиБ", "kv_cache_total", "ГиБ", 42 * lay9 * 8192, H)
claim(f, "1,97 ГиБ", "kv_cache_total", "ГиБ", kv9_win, H)
claim(f, "50 %", "percentage", "%", 100 * (1 - kv9_win / (42 * lay9 * 8192)), X, "off_2x", note="25 %")
claim(f, "5,65 ГБ", "quantized_file", "ГБ", G9 * BPW["Q4_K_M"] / 8, H)
claim(f, "9,24 ГБ", "weights", "ГБ", W(G9, "int4"), X, "wrong_dtype", note="int4 4,62 ГБ; 9,24 ГБ — int8")
claim(f, "31,5 ГиБ", "kv_cache_total", "ГиБ", 16 * kv9_win, H)
claim(f, "63 ГиБ", "kv_cache_total", "ГиБ", 16 * kv9_win, X, "off_2x", note="31,5 ГиБ")
claim(f, "54,4 ГБ", "weights", "ГБ", W(G27, "bf16"), H, anchor="Веса: 54,4 ГБ в bf16")
claim(f, "27,2 ГБ", "weights", "ГБ", W(G27, "bf16") / 2, H, note="на карту, TP=2")
claim(f, "54,4 ГБ", "weights", "ГБ", W(G27, "fp8"), X, "wrong_dtype", anchor="Веса: 54,4 ГБ в bf16", occ=2, note="fp8 27,2 ГБ")
claim(f, "368 КиБ", "kv_cache_per_token", "КиБ", 46 * lay27, H)
claim(f, "184 КиБ", "kv_cache_per_token", "КиБ", 46 * lay27, X, "off_2x", note="368 КиБ")
claim(f, "2,16 ГиБ", "kv_cache_total", "ГиБ", kv27_win, H)
claim(f, "4,3 ГиБ", "kv_cache_total", "ГиБ", kv27_win, X, "off_2x", note="2,16 ГиБ")
claim(f, "в 5,9 раза", "ratio", "раз", G27 / G9, X, "off_2x", note="flipped: correct 2.94372 раз")
claim(f, "около 55 токенов/с", "throughput", "токенов/с", 1008e9 / W(G9, "bf16"), H, hedged=True)
claim(f, "около 109 токенов/с", "throughput", "токенов/с", 1008e9 / W(G9, "bf16"), X, "off_2x", hedged=True, note="54,5 токена/с")
non(f, "создано: 2026-11-21", "дата")
non(f, "(arXiv 2408.00118)", "идентификатор arXiv")
non(f, "раздел 2, таблица 1.", "номера раздела и таблицы")
non(f, "Оценки качества (MMLU 5-shot)", "оценки качества")
# ---- ru_07: экспорт чата, LoRA/QLoRA Mistral-7B на RTX 4090 ------------------------------------------------
f = "ru_07"
M7 = "mistral-7b"
LQ = lora(32, 16, [(4096, 4096), (4096, 1024), (4096, 1024), (4096, 4096)])
LALL = LQ + lora(32, 16, [(4096, 14336), (4096, 14336), (14336, 4096)])
claim(f, "115,9 ГБ", "training", "ГБ", 16 * N[M7], H)
claim(f, "13,6 млн", "params", "млн", LQ, H, anchor="[21:04]")
claim(f, "0,19 %", "percentage", "%", pct(LQ, N[M7]), H)
claim(f, "41,9 млн", "params", "млн", LALL, H)
claim(f, "218 МБ", "training", "МБ", 16 * LQ, H)
claim(f, "2,2 ГБ", "training", "ГБ", 16 * LQ, X, "off_2x", note="218 МБ")
claim(f, "14,5 ГБ", "weights", "ГБ", W(M7, "bf16"), H)
claim(f, "29 ГБ", "weights", "ГБ", W(M7, "bf16"), X, "wrong_dtype", note="bf16 14,5 ГБ; 29 ГБ — fp32")
claim(f, "3,74 ГБ", "quantized_file", "ГБ", N[M7] * NF4 / 8, H)
claim(f, "4,07 ГБ", "quantized_file", "ГБ", N[M7] * 4.5 / 8, H)
claim(f, "7,24 ГБ", "weights", "ГБ", W(M7, "int4"), X, "wrong_dtype", anchor="[21:09] **Тимур:**", note="4 бита: 3,62 ГБ; 7,24 ГБ — int8")
claim(f, "7,24 ГБ", "weights", "ГБ", W(M7, "int8"), H, anchor="[21:10]")
claim(f, "3,7Гб", "quantized_file", "Гб", N[M7] * NF4 / 8, H, hedged=True)
claim(f, "2,1 ГБ", "activations", "ГБ", 32 * 2 * 2048 * 4 * 4096, H)
claim(f, "0,54 ГБ", "activations", "ГБ", 32 * 2 * 2048 * 4 * 4096, X, "off_2x", note="2,1 ГБ при батче 4")
claim(f, "4,3 часа", "time", "часов", 50e6 / 3200 / 3600, H)
claim(f, "около 43 часов", "time", "часов", 50e6 / 3200 / 3600, X, "off_2x", hedged=True, note="4,3 ч")
claim(f, "≈ 27 МБ", "weights", "МБ", W(LQ, "bf16"), H, hedged=True)
claim(f, "54,5 МБ", "weights", "МБ", W(LQ, "bf16"), X, "wrong_dtype", note="bf16 27,3 МБ; 54,5 МБ — fp32")
claim(f, "109 млн", "params", "млн", 4 * LQ, X, "off_2x", note="flipped: correct 54.526 млн")
non(f, "источник: экспорт чата", "дата")
non(f, "[21:13] **Вика:** @Тимур это ты батч 1 посчитал", "время, батч")
non(f, "[21:30] **Лёша:** всем спасибо", "время, гиперпараметры")
non(f, "[21:27] **Вика:** @Оля", "время")
# ---- ru_08: техническое задание на закупку, Llama-2-70b-chat ---------------------------------------------
f = "ru_08"
L70 = "llama2-70b"
claim(f, "68,98 млрд", "params", "млрд", N[L70], H)
claim(f, "не менее 138 ГБ", "weights", "ГБ", W(L70, "fp16"), H, bound="lower")
claim(f, "69 ГБ", "weights", "ГБ", W(L70, "int8"), H, anchor="3.3.", occ=1)
claim(f, "69 ГБ", "weights", "ГБ", W(L70, "int4"), X, "wrong_dtype", anchor="3.3.", occ=2, note="int4 34,5 ГБ")
claim(f, "2,5 МиБ", "kv_cache_per_token", "МиБ", KVT(L70), X, "off_2x", note="320 КиБ")
claim(f, "80 ГиБ", "kv_cache_total", "ГиБ", KV(L70, 4096, 64), H)
claim(f, "40 ГиБ", "kv_cache_total", "ГиБ", KV(L70, 4096, 64) / 2, H, note="на GPU")
claim(f, "137,95 ГБ", "weights", "ГБ", W(L70, "fp16"), H)
claim(f, "85,9 ГБ", "kv_cache_total", "ГБ", KV(L70, 4096, 64), H)
claim(f, "223,9 ГБ", "arithmetic", "ГБ", W(L70, "fp16") + KV(L70, 4096, 64), H)
claim(f, "138 ГБ", "weights", "ГБ", W(L70, "fp16") / 4, X, "per_gpu", anchor="3.7.", note="34,5 ГБ на GPU")
claim(f, "около 97 токенов/с", "throughput", "токенов/с", 3.35e12 / (W(L70, "fp16") / 4), H, hedged=True)
claim(f, "около 390 токенов/с", "throughput", "токенов/с", 3.35e12 / (W(L70, "fp16") / 8), X, "off_2x", hedged=True, note="194 токена/с")
claim(f, "26,8 ТБ/с", "bandwidth", "ТБ/с", 8 * 3.35e12, H)
claim(f, "214 Тбит/с", "bandwidth", "Тбит/с", 8 * 3.35e12, H)
claim(f, "26,8 Тбит/с", "bandwidth", "Тбит/с", 8 * 3.35e12, X, "wrong_unit", note="26,8 ТБ/с = 214 Тбит/с")
claim(f, "16 с", "time", "с", 400 / 25, H)
claim(f, "1,6 с", "time", "с", 400 / 25, X, "off_2x", note="16 с")
claim(f, "414 ГБ", "weights", "ГБ", 3 * W(L70, "fp16"), H)
claim(f, "1,24 ТБ", "weights", "ТБ", 3 * W(L70, "fp16"), X, "off_2x", note="414 ГБ")
claim(f, "2,2 ТБ", "training", "ТБ", 16 * N[L70], X, "off_2x", note="flipped: correct 1.10363 ТБ")
claim(f, "69 ГБ", "training", "ГБ", zero(N[L70], 32, 3), X, "off_2x", anchor="5.3.", note="34,5 ГБ на GPU")
non(f, "номер: \"ТЗ № 2026/11-07\"", "номер документа")
non(f, "дата: 2026-11-26", "дата")
non(f, "ГОСТ 34.602-2020. Разделы 1–2", "номер стандарта, номера разделов")
non(f, "5.4. Запас по хранилищу — не менее 20 %.", "номер пункта, запас в процентах (требование)")
non(f, "6.1. Срок поставки", "дата, срок гарантии")
non(f, "6.2. Начальная (максимальная) цена", "цена")
non(f, "6.3. Контактное лицо", "добавочный номер")
# ---- ru_09: расшифровка лекции, законы масштабирования --------------------------------------------------
f = "ru_09"
ch = 6 * 70e9 * 1.4e12
g3 = 6 * N["gpt3"] * 300e9
bert_tok = 1e6 * 256 * 512
bert_fl = 6 * N["bert-base"] * bert_tok
claim(f, "20 токенов на параметр", "tokens_per_param", "tokens/param", 1.4e12 / 70e9, H)
claim(f, "5,9·10²³ ФЛОП", "flops", "FLOP", ch, H)
claim(f, "3,1·10²³ ФЛОП", "flops", "FLOP", g3, H)
claim(f, "в 1,9 раза", "ratio", "раз", ch / g3, H)
claim(f, "в 2,5 раза", "ratio", "раз", N["gpt3"] / 70e9, H)
claim(f, "1,7 токена на параметр", "tokens_per_param", "tokens/param", 300e9 / N["gpt3"], H)
claim(f, "17 токенов на параметр", "tokens_per_param", "tokens/param", 300e9 / N["gpt3"], X, "off_2x", note="1,7")
claim(f, "3,5 трлн токенов", "tokens", "трлн токенов", 20 * 175e9, H)
claim(f, "35 трлн", "tokens", "трлн", 20 * 175e9, X, "off_2x", note="3,5 трлн")
claim(f, "в 11,7 раза", "ratio", "раз", 20 * 175e9 / 300e9, H)
claim(f, "297 токенов на параметр", "tokens_per_param", "tokens/param", 2e12 / N["llama2-7b"], H)
claim(f, "порядка 934 токенов на параметр", "tokens_per_param", "tokens/param", 15e12 / N["llama3-8b"], X, "off_2x", hedged=True, note="1868")
claim(f, "7,2·10²³ ФЛОП", "flops", "FLOP", 6 * N["llama3-8b"] * 15e12, H)
claim(f, "3,6·10²³", "flops", "FLOP", 6 * N["llama3-8b"] * 15e12, X, "off_2x", note="7,2·10²³")
claim(f, "6,35·10²⁴ ФЛОП", "flops", "FLOP", 6 * N["llama3-70b"] * 15e12, H)
claim(f, "порядка 60 ТБ", "arithmetic", "ТБ", 15e12 * 4, H, hedged=True)
claim(f, "6 ТБ", "arithmetic", "ТБ", 15e12 * 4, X, "off_2x", note="60 ТБ")
claim(f, "110 млн", "params", "млн", N["bert-base"], H)
claim(f, "262 млрд токенов", "tokens", "млрд токенов", bert_tok, X, "off_2x", note="flipped: correct 131.072 млрд токенов")
claim(f, "8,6·10¹⁹ ФЛОП", "flops", "FLOP", bert_fl, H)
claim(f, "1,7·10²¹", "flops", "FLOP", bert_fl, X, "off_2x", note="8,6·10¹⁹")
claim(f, "около 191 часа", "time", "часов", bert_fl / (0.4 * 312e12) / 3600, H, hedged=True)
claim(f, "примерно 16 суток", "time", "суток", bert_fl / (0.4 * 312e12) / 86400, X, "off_2x", hedged=True, note="8 суток")
claim(f, "335 млн", "params", "млн", N["bert-large"], H)
claim(f, "5,3·10²⁰ ФЛОП", "flops", "FLOP", 6 * N["bert-large"] * bert_tok, X, "off_2x", note="2,6·10²⁰")
non(f, "домашка № 4 до 1 декабря", "номер домашки, дата, баллы")
non(f, "лекция: 9", "номер лекции")
non(f, "дата: 2026-11-24", "дата")
non(f, "(29:50) Всё, перерыв 10 минут.", "время, длительность перерыва")
# ---- ru_10: многострочные карточки (вопрос / ? / ответ), Phi-3, Phi-4, Llama 3.2 ---------------------------
f = "ru_10"
P4, PH3 = 14.7e9, 3.82e9
KP4, KPH3 = (40, 10, 128), (32, 32, 96)
P1, P3 = N["llama3.2-1b"], N["llama3.2-3b"]
claim(f, "14,7 ГБ", "weights", "ГБ", W(P4, "bf16"), X, "wrong_dtype", note="bf16 29,4 ГБ; 14,7 ГБ — int8")
claim(f, "7,35 ГБ", "weights", "ГБ", W(P4, "int4"), H)
claim(f, "9 ГБ", "quantized_file", "ГБ", P4 * BPW["Q4_K_M"] / 8, H)
claim(f, "75 %", "percentage", "%", 75, H)
claim(f, "400 КиБ", "kv_cache_per_token", "КиБ", KVT(KP4), X, "off_2x", note="200 КиБ")
claim(f, "Около 3,1 ГиБ", "kv_cache_total", "ГиБ", KV(KP4, 16384), H, hedged=True)
claim(f, "96 КиБ", "kv_cache_per_token", "КиБ", KVT(KPH3), X, "off_2x", note="384 КиБ")
claim(f, "48 ГиБ", "kv_cache_total", "ГиБ", KV(KPH3, 131072), H)
claim(f, "768 МиБ", "kv_cache_total", "МиБ", KV(KPH3, 4096), X, "off_2x", note="1536 МиБ")
claim(f, "В 1,92 раза", "ratio", "раз", KVT(KPH3) / KVT(KP4), H)
claim(f, "В 7,7 раза", "ratio", "раз", P4 / PH3, X, "off_2x", note="в 3,85 раза")
claim(f, "4,94 ГБ", "weights", "ГБ", W(P1, "bf16"), X, "wrong_dtype", note="bf16 2,47 ГБ; 4,94 ГБ — fp32")
claim(f, "21,3 %", "percentage", "%", pct(128256 * 2048, P1), H)
claim(f, "24,5 %", "percentage", "%", pct(128256 * 3072, P3), X, "off_2x", note="12,3 %")
claim(f, "6,43 ГБ", "weights", "ГБ", W(P3, "fp8"), X, "wrong_dtype", note="flipped: correct 3.21275 ГБ")
claim(f, "7 ГиБ", "kv_cache_total", "ГиБ", KV((28, 8, 128), 131072), X, "off_2x", note="14 ГиБ")
claim(f, "32 ГиБ", "kv_cache_total", "ГиБ", KV((16, 8, 64), 131072, 8), H)
claim(f, "235 ГБ", "training", "ГБ", 16 * P4, H)
claim(f, "117,6 ГБ", "training", "ГБ", zero(P4, 4, 3), X, "off_2x", note="58,8 ГБ на GPU")
claim(f, "Около 1333", "tokens_per_param", "tokens/param", 9.8e12 / P4, X, "off_2x", hedged=True, note="667")
claim(f, "Около 49 токенов/с", "throughput", "токенов/с", 60e9 / W(P1, "int4"), X, "off_2x", hedged=True, note="97 токенов/с")
non(f, "карточек: 21", "число карточек")
non(f, "создано: 2026-11-02", "дата")
non(f, "Статистика: 21 карточка", "статистика повторений, дата")


# ---- added: ranges and bounds -----------------------------------------------------------------------------
claim("en_04", "4.5-4.8 GB", "quantized_file", "GB", GG("qwen2.5-7b", "Q4_K_M"), H, rng=True)
claim("en_03", "25-27 GB", "weights", "GB", W("llama2-13b", "fp16"), H, rng=True)
claim("en_06", "at least 240 GB", "quantized_file", "GB", GG(L405, "Q4_K_M"), H, bound="lower")
claim("en_09", "between 1.5 and 1.6 GB", "weights", "GB", W("gpt2-xl", "int8"), H, rng=True)
claim("en_02", "16-18 GB", "training", "GB", zero(N["llama3-8b"], 16, 3), X, "off_2x", rng=True, note="ZeRO-3 over 16: 8.0 GB per GPU")
claim("ru_01", "от 5,5 до 6 ГБ", "quantized_file", "ГБ", GG("llama3-8b", "Q5_K_M"), H, rng=True)
claim("ru_05", "не более 50 ГБ", "training", "ГБ", zero(N["llama2-13b"], 8, 2), H, bound="upper")
claim("ru_08", "от 68 до 70 ГБ", "weights", "ГБ", W("llama2-70b", "fp8"), H, rng=True)
claim("ru_10", "Не более 4,5 ГБ", "quantized_file", "ГБ", 14.7e9 * BPW["Q4_K_M"] / 8, X, "off_2x", bound="upper", note="9 ГБ")
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
            raise SystemExit("truth.json is stale: run python tests/claims_corpus_l/truth.py")
        summary(truth)
        print("truth.json is current; every check passed")
        return 0
    path.write_text(text, encoding="utf-8")
    summary(truth)
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
