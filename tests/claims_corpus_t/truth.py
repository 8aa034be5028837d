#!/usr/bin/env python3
"""Ground truth for blind sizing-claims corpus T (tests/claims_corpus_t/notes).

Written without reading vaultkit's code, its tests or the other corpora's notes.  Facts come
from /work/shared/claims-gold.md: bytes per dtype, exact parameter counts and configs of the
catalogued models, measured GGUF bits per weight (Llama-3.1-8B), the KV-cache, training-memory
and activation formulas.  Models that claims-gold lacks appear only with their config (layers,
KV heads, head dim, parameter count) stated in the note itself, and the truth computes from
those stated values.  Nothing here imports vaultkit.

    python tests/claims_corpus_t/truth.py          # verify and (re)write truth.json
    python tests/claims_corpus_t/truth.py --check  # verify; fail if truth.json is stale

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



SCALE.update({"GB/s": 1e9, "ГБ/с": 1e9, "T": 1e12, "трлн": 1e12, "K": 1e3, "тыс.": 1e3, "ms/token": 1e-3, "tokens/s": 1,
              "ток/с": 1, "PFLOP": 1e15, "EFLOP": 1e18, "ZFLOP": 1e21, "MiB/s": MIB, "bytes/param": 1, "байт/параметр": 1})
L31_8, L31_70, Q7, M7, MX = "llama3-8b", "llama3-70b", "qwen2.5-7b", "mistral-7b", "mixtral-8x7b"

# ---- en_01: KV-cache quantization for long chats ------------------------------------------------
f = "en_01"
claim(f, "128 KiB", "kv_cache_per_token", "KiB", KVT(L31_8), H, anchor="kv_per_token_fp16: 128 KiB")
claim(f, "128 KiB", "kv_cache_per_token", "KiB", KVT(L31_8), H, anchor="one token costs 128 KiB")
claim(f, "16 GiB", "kv_cache_total", "GiB", KV(L31_8, 131072), H, anchor="At a full 131,072-token chat")
claim(f, "17.2 GB", "kv_cache_total", "GB", KV(L31_8, 131072), H)
claim(f, "about 16 GB", "weights", "GB", W(L31_8, "bf16"), H, hedged=True)
claim(f, "56 KiB", "kv_cache_per_token", "KiB", KVT(Q7), H, anchor="4 KV heads over 28 layers")
claim(f, "7 GiB", "kv_cache_total", "GiB", KV(Q7, 131072), H, anchor="4 KV heads over 28 layers")
claim(f, "1.75 GiB", "kv_cache_total", "GiB", KV(Q7, 32768), H, anchor="At 32k tokens the same model")
claim(f, "160 KiB", "kv_cache_per_token", "KiB", KVT(L31_70), X, "off_2x", anchor="80 layers × 8 KV heads", note="forgot the 2 of K and V: 320 KiB")
claim(f, "40 GiB", "kv_cache_total", "GiB", KV(L31_70, 131072), H, anchor="the 70B cache is 40 GiB")
claim(f, "16", "kv_cache_total", "GiB", KV(L31_8, 131072), H, anchor="| Llama-3.1-8B | 16 |")
claim(f, "8", "kv_cache_total", "GiB", KV(L31_8, 131072, 1, 1), H, anchor="| Llama-3.1-8B | 16 |", occ=2)
claim(f, "4", "kv_cache_total", "GiB", KV(L31_8, 131072, 1, 0.5), H, anchor="| Llama-3.1-8B | 16 |")
claim(f, "7", "kv_cache_total", "GiB", KV(Q7, 131072), H, anchor="| Qwen2.5-7B | 7 |", occ=2)
claim(f, "3.5", "kv_cache_total", "GiB", KV(Q7, 131072, 1, 1), H, anchor="| Qwen2.5-7B | 7 |")
claim(f, "1.75", "kv_cache_total", "GiB", KV(Q7, 131072, 1, 0.5), H, anchor="| Qwen2.5-7B | 7 |")
claim(f, "40", "kv_cache_total", "GiB", KV(L31_70, 131072), H, anchor="| Llama-3.1-70B | 40 |")
claim(f, "20", "kv_cache_total", "GiB", KV(L31_70, 131072, 1, 1), H, anchor="| Llama-3.1-70B | 40 |")
claim(f, "5", "kv_cache_total", "GiB", KV(L31_70, 131072, 1, 0.5), X, "off_2x", anchor="| Llama-3.1-70B | 40 |", note="int4 10 GiB")
claim(f, "64 KiB", "kv_cache_per_token", "KiB", KVT(L31_8, 1), H, anchor="halves the cache: 64 KiB")
claim(f, "1 byte", "dtype_bytes", "bytes", 1, H)
claim(f, "4 GiB", "kv_cache_total", "GiB", KV(L31_8, 131072, 1, 0.5), H, anchor="a 128k chat drops to 4 GiB")
claim(f, "4 GiB", "kv_cache_total", "GiB", KV(L31_8, 32768, 1, 1), X, "wrong_dtype", anchor="An fp8 cache for the 8B at 32k", note="fp8 at 32k = 2 GiB; 4 GiB is fp16")
claim(f, "about 8 GB", "weights", "GB", W(L31_8, "fp8"), H, hedged=True)
claim(f, "roughly 14 GiB", "arithmetic", "GiB", 24 * GIB - W(L31_8, "fp8") - 1.5 * GIB, H, hedged=True)
claim(f, "about 230,000 tokens", "tokens", "tokens", 14 * GIB / (64 * KIB), H, hedged=True)
claim(f, "about 115,000 tokens", "tokens", "tokens", 14 * GIB / (128 * KIB), H, hedged=True)
claim(f, "16 GB", "kv_cache_total", "GB", KV(L31_8, 32768, 4), X, "gib_as_gb", anchor="For four users at 32k", note="16 GiB = 17.2 GB")
claim(f, "16 GiB", "kv_cache_total", "GiB", KV(L31_8, 32768, 4), H, anchor="For four users at 32k")
claim(f, "160 KiB", "kv_cache_per_token", "KiB", KVT(L31_70, 1), H, anchor="Batch of eight chats")
claim(f, "20 GiB", "kv_cache_total", "GiB", KV(L31_70, 16384, 8, 1), H, anchor="Batch of eight chats")
claim(f, "128 KiB", "kv_cache_per_token", "KiB", KVT(L31_8), H, anchor="# 131072 bytes = 128 KiB")
claim(f, "16.0 GiB", "kv_cache_total", "GiB", KV(L31_8, 131072), H)
claim(f, "8.6 GB", "kv_cache_total", "GB", KV(L31_8, 131072, 1, 1), H)
claim(f, "128 KiB", "kv_cache_per_token", "KiB", KVT(L31_8), H, anchor="- 8B: 128 KiB/token")
claim(f, "16 GiB", "kv_cache_total", "GiB", KV(L31_8, 131072), H, anchor="- 8B: 128 KiB/token")
claim(f, "8 GiB", "kv_cache_total", "GiB", KV(L31_8, 131072, 1, 1), H, anchor="- 8B: 128 KiB/token")
claim(f, "320 KiB", "kv_cache_per_token", "KiB", KVT(L31_70), H, anchor="- 70B: 320 KiB/token")
claim(f, "40 GiB", "kv_cache_total", "GiB", KV(L31_70, 131072), H, anchor="- 70B: 320 KiB/token")
claim(f, "about 2.3", "ratio", "×", KVT(L31_8) / KVT(Q7), H, hedged=True)
non(f, "created: 2026-10-14", "date")
non(f, "https://arxiv.org/abs/2401.18079", "URL")
non(f, "vllm_version: 0.6.3.post1", "version")
non(f, "context_target: 131072", "config input")
non(f, "rating: 4", "rating")
non(f, "vLLM issue #6793", "issue number, version")
non(f, "Tested on 2026-11-02", "date, sampling hyper-parameters, counts")
non(f, "Cache dtype flag", "footnote, version")


# ---- en_02: speculative decoding, draft + target memory -----------------------------------------
f = "en_02"
L32_1B = 1_235_814_400
KV_1B = (16, 8, 64)
Q05 = 494_032_768
KV_Q05 = (24, 2, 64)
claim(f, "70,553,706,496", "params", "params", N[L31_70], H)
claim(f, "70.55 billion", "params", "billion", N[L31_70], H)
claim(f, "141 GB", "weights", "GB", W(L31_70, "bf16"), H)
claim(f, "70.6 GB", "weights", "GB", W(L31_70, "fp8"), H, anchor="so its weights are 141 GB")
claim(f, "35.3 GB", "weights", "GB", W(L31_70, "fp8") / 2, H, anchor="With TP=2 each H100")
claim(f, "70.6 GB", "weights", "GB", W(L31_70, "fp8") / 2, X, "per_gpu", anchor="take 70.6 GB on each card", note="per card 35.3 GB")
claim(f, "2.47 GB", "weights", "GB", W(L32_1B, "bf16"), H, anchor="The draft, Llama-3.2-1B")
claim(f, "1.24 GB", "weights", "GB", W(L32_1B, "bf16"), X, "wrong_dtype", anchor="it adds only 1.24 GB", note="bf16 2.47 GB")
claim(f, "320 KiB", "kv_cache_per_token", "KiB", KVT(L31_70), H, anchor="Per token, the target needs")
claim(f, "32 KiB", "kv_cache_per_token", "KiB", KVT(KV_1B), H, anchor="Per token, the target needs")
claim(f, "32 KiB", "kv_cache_per_token", "KiB", KVT(KV_1B), H, anchor="- draft: 2 × 16 × 8 × 64")
claim(f, "2.5 GiB", "kv_cache_total", "GiB", KV(L31_70, 8192), H, anchor="target at an 8,192-token context")
claim(f, "256 MiB", "kv_cache_total", "MiB", KV(KV_1B, 8192), H)
claim(f, "2.75 GB", "kv_cache_total", "GB", KV(L31_70, 8192) + KV(KV_1B, 8192), X, "gib_as_gb", note="2.75 GiB = 2.95 GB")
claim(f, "2.5 MiB", "kv_cache_per_token", "MiB", KVT(L31_70), X, "off_2x", note="all 64 heads instead of 8 KV heads; 320 KiB")
claim(f, "40 GiB", "kv_cache_total", "GiB", KV(L31_70, 8192, 16), H, anchor="For a batch of 16 sequences")
claim(f, "4 GiB", "kv_cache_total", "GiB", KV(KV_1B, 8192, 16), H, anchor="For a batch of 16 sequences")
claim(f, "2.5 GiB", "kv_cache_total", "GiB", KV(L31_70, 8192, 16), X, "wrong_kind", anchor="For a batch of 16 sequences", note="one sequence's cache given as the batch total: 40 GiB")
claim(f, "70.6", "weights", "GB", W(L31_70, "fp8"), H, anchor="| target weights, fp8 |")
claim(f, "2.5", "weights", "GB", W(L32_1B, "bf16"), H, anchor="| draft weights, bf16 |")
claim(f, "42.9", "kv_cache_total", "GB", KV(L31_70, 8192, 16), H, anchor="| target KV, fp16 |")
claim(f, "4.3", "kv_cache_total", "GB", KV(KV_1B, 8192, 16), H, anchor="| draft KV, fp16 |")
TOT2 = W(L31_70, "fp8") + W(L32_1B, "bf16") + KV(L31_70, 8192, 16) + KV(KV_1B, 8192, 16)
claim(f, "about 120", "total_memory", "GB", TOT2, H, hedged=True, anchor="| **total** |")
claim(f, "roughly 60 GB", "total_memory", "GB", TOT2 / 2, H, hedged=True)
claim(f, "35.3 GB", "weights", "GB", W(L31_70, "fp8") / 2, H, anchor="Each card reads")
claim(f, "near 95 tokens/s", "throughput", "tokens/s", H100_BW / (W(L31_70, "fp8") / 2), H, hedged=True)
claim(f, "about 48 tokens/s", "throughput", "tokens/s", H100_BW / (W(L31_70, "fp8") / 2), X, "off_2x", hedged=True, note="divided by the whole 70.6 GB instead of the 35.3 GB share: 95 tokens/s")
claim(f, "2.47 GB", "weights", "GB", W(L32_1B, "bf16"), H, anchor="The draft on one card reads")
claim(f, "roughly 1,350 tokens/s", "throughput", "tokens/s", H100_BW / W(L32_1B, "bf16"), H, hedged=True)
claim(f, "15.2 GB", "weights", "GB", W(Q7, "bf16"), H)
claim(f, "56 KiB", "kv_cache_per_token", "KiB", KVT(Q7), H, anchor="- Qwen2.5-7B target")
claim(f, "about 1 GB", "weights", "GB", W(Q05, "bf16"), H, hedged=True)
claim(f, "6 KiB", "kv_cache_per_token", "KiB", KVT(KV_Q05), X, "off_2x", anchor="= 6 KiB per token", note="2*24*2*64*2 = 12 KiB")
claim(f, "1.75 GiB", "kv_cache_total", "GiB", KV(Q7, 32768), H, anchor="At 32k tokens the target cache")
claim(f, "384 MiB", "kv_cache_total", "MiB", KV(KV_Q05, 32768), H)
claim(f, "about 2.75 GiB", "kv_cache_total", "GiB", KV(L31_70, 8192) + KV(KV_1B, 8192), H, hedged=True)
claim(f, "2.47 GB", "weights", "GB", W(L32_1B, "bf16"), H, anchor="2. Draft weights are small")
claim(f, "about 120 GB", "total_memory", "GB", TOT2, H, hedged=True)
non(f, "created: 2026-09-03", "date")
non(f, 'paper: "Leviathan et al., arXiv:2211.17192"', "arXiv id")
non(f, "spec_tokens: 4", "hyper-parameter")
non(f, "acceptance_rate: 0.7", "probability")
non(f, "framework: vLLM 0.6.4", "version")
non(f, "E[\\text{tokens}]", "LaTeX with free variables")
non(f, "With α = 0.7 and k = 4", "probability maths, measured speedup, date")
non(f, "--num-speculative-tokens 4", "footnote, flag, version")


# ---- ru_01: вопрос-ответ, VRAM для домашнего сервера на двух 3090 ---------------------------------
f = "ru_01"
Q32 = 32.76e9                  # stated in the note; KV config 64 layers, 8 KV heads, head dim 128
KV_Q32 = (64, 8, 128)
BW3090 = 936e9
claim(f, "65,5 ГБ", "weights", "ГБ", W(Q32, "bf16"), H, hedged=True)
claim(f, "61 ГиБ", "weights", "ГиБ", W(Q32, "bf16"), H)
claim(f, "32,8 ГБ", "weights", "ГБ", W(Q32, "bf16"), X, "wrong_dtype", note="int8 size; bf16 65.5 GB")
claim(f, "≈4,89 бит", "bits_per_weight", "бит", BPW["Q4_K_M"], H, hedged=True)
claim(f, "около 20 ГБ", "quantized_file", "ГБ", GG(Q32, "Q4_K_M"), H, hedged=True)
claim(f, "18,7 ГиБ", "quantized_file", "ГиБ", GG(Q32, "Q4_K_M"), H)
claim(f, "20,0 ГиБ", "quantized_file", "ГиБ", GG(Q32, "Q4_K_M"), X, "gb_as_gib", note="20.0 GB = 18.7 GiB")
claim(f, "256 КиБ", "kv_cache_per_token", "КиБ", KVT(KV_Q32), H)
claim(f, "4 ГиБ", "kv_cache_total", "ГиБ", KV(KV_Q32, 16384), H, anchor="При контексте 16k это 4 ГиБ")
claim(f, "4 ГиБ", "kv_cache_total", "ГиБ", KV(KV_Q32, 32768), X, "off_2x", anchor="Для 32k ответ насчитал", note="32k: 8 GiB")
claim(f, "около 24 ГБ", "total_memory", "ГБ", GG(Q32, "Q4_K_M") + KV(KV_Q32, 16384), H, hedged=True, anchor="Итого при 16k")
claim(f, "20 ГБ", "quantized_file", "ГБ", GG(Q32, "Q4_K_M") / 2, X, "per_gpu", anchor="придётся 20 ГБ", note="half per card: 10 GB")
claim(f, "около 10 ГБ", "quantized_file", "ГБ", GG(Q32, "Q4_K_M") / 2, H, hedged=True)
claim(f, "~20 ГБ", "quantized_file", "ГБ", GG(Q32, "Q4_K_M"), H, hedged=True)
claim(f, "порядка 47 ток/с", "throughput", "ток/с", BW3090 / GG(Q32, "Q4_K_M"), H, hedged=True)
claim(f, "около 93 ток/с", "throughput", "ток/с", BW3090 / GG(Q32, "Q4_K_M"), X, "off_2x", hedged=True, note="layer split reads all 20 GB per token: 47 tok/s")
claim(f, "4,9 ГБ", "quantized_file", "ГБ", GG(L31_8, "Q4_K_M"), H, anchor="Llama-3.1-8B в Q4_K_M (4,9 ГБ")
claim(f, "4,58 ГиБ", "quantized_file", "ГиБ", GG(L31_8, "Q4_K_M"), H)
claim(f, "до ~190 ток/с", "throughput", "ток/с", BW3090 / GG(L31_8, "Q4_K_M"), H, hedged=True, anchor="на одной карте — до ~190")
claim(f, "8,03 млрд", "params", "млрд", N[L31_8], H)
claim(f, "4,9", "quantized_file", "ГБ", GG(L31_8, "Q4_K_M"), H, anchor="| Llama-3.1-8B | 8,03")
claim(f, "16", "weights", "ГБ", W(L31_8, "bf16"), H, anchor="| Llama-3.1-8B | 8,03")
claim(f, "46,7 млрд", "params", "млрд", N[MX], H, anchor="| Mixtral-8x7B | 46,7")
claim(f, "28,6", "quantized_file", "ГБ", GG(MX, "Q4_K_M"), H, anchor="| Mixtral-8x7B | 46,7")
claim(f, "93,4", "weights", "ГБ", W(MX, "bf16"), H, anchor="| Mixtral-8x7B | 46,7")
claim(f, "20", "quantized_file", "ГБ", GG(Q32, "Q4_K_M"), H, anchor="| Qwen2.5-32B | 32,76")
claim(f, "65,5", "weights", "ГБ", W(Q32, "bf16"), H, anchor="| Qwen2.5-32B | 32,76")
claim(f, "46,7 млрд", "params", "млрд", N[MX], H, anchor="- Из 46,7 млрд")
claim(f, "12,9 млрд", "params", "млрд", ACTIVE_M7, H)
claim(f, "около 7,9 ГБ", "quantized_file", "ГБ", GG(MX, "Q4_K_M"), X, "moe_active_total", hedged=True, note="active 12.9 B instead of 46.7 B: 28.6 GB")
claim(f, "около 47 ГБ", "weights", "ГБ", W(MX, "bf16"), X, "wrong_dtype", hedged=True, note="bf16 93.4 GB")
claim(f, "около 4,3 ГБ", "quantized_file", "ГБ", GG(L31_8, "Q8_0"), X, "off_2x", hedged=True, note="Q8_0 8.53 GB")
claim(f, "28,6 ГБ", "quantized_file", "ГБ", GG(MX, "Q4_K_M"), H, anchor="Для частичной выгрузки Mixtral")
claim(f, "93,4 ГБ", "weights", "ГБ", W(MX, "bf16"), H)
claim(f, "около 24 ГБ", "total_memory", "ГБ", GG(Q32, "Q4_K_M") + KV(KV_Q32, 16384), H, hedged=True, anchor="- Qwen2.5-32B Q4_K_M + 16k")
claim(f, "28,6 ГБ", "quantized_file", "ГБ", GG(MX, "Q4_K_M"), H, anchor="- Mixtral-8x7B Q4_K_M — 28,6")
claim(f, "до ~190 ток/с", "throughput", "ток/с", BW3090 / GG(L31_8, "Q4_K_M"), H, hedged=True, anchor="- Llama-3.1-8B — одна карта")
non(f, "created: 2026-11-07", "date")
non(f, "блок_питания: 1200 Вт", "power")
non(f, "ollama: 0.4.7", "version")
non(f, "llama_cpp_build: b4100", "build number")
non(f, "порт: 11434", "port")
non(f, "бюджет: ", "price")
non(f, "оценка: 5", "rating")
non(f, "Реально я видел 31 ток/с", "measured speeds, date")
non(f, "берут по 350 Вт", "power, price")
non(f, "Вопрос №3 задан повторно", "footnote, date")


# ---- en_03: multi-node pretraining of a 70B -------------------------------------------------------
f = "en_03"
SCALE.update({"TFLOP/s": 1e12, "M GPU-hours": 1e6, "steps": 1, "tokens per parameter": 1})
N70 = N[L31_70]
D15 = 15e12
FL = 6 * N70 * D15
GPUH = FL / (0.40 * 989e12) / 3600
CK = 14 * N70
claim(f, "70,553,706,496", "params", "params", N70, H)
claim(f, "70.55 B", "params", "B", N70, H, anchor="The model has 70.55 B")
claim(f, "6.35 \\times 10^{24}", "flops", "FLOP", FL, H)
claim(f, "2.1 × 10^24", "flops", "FLOP", FL, X, "off_2x", note="2*N*D instead of 6*N*D: 6.35e24")
claim(f, "396 TFLOP/s", "throughput", "TFLOP/s", 0.40 * 989e12, H)
claim(f, "4.46 M", "time", "M GPU-hours", GPUH, H, hedged=True, anchor="so the run needs ≈ 4.46 M GPU-hours")
claim(f, "2.2 M", "time", "M GPU-hours", GPUH, X, "wrong_dtype", note="fp8 peak instead of bf16: 4.46 M GPU-hours")
claim(f, "about 4,350 hours", "time", "hours", GPUH / 1024, H, hedged=True)
claim(f, "roughly 181 days", "time", "days", GPUH / 1024 / 24, H, hedged=True)
claim(f, "11.3 days", "time", "days", GPUH / 16384 / 24, H)
claim(f, "about 213 tokens", "tokens_per_param", "tokens per parameter", D15 / N70, H, hedged=True)
claim(f, "about 21 tokens", "tokens_per_param", "tokens per parameter", D15 / N70, X, "off_2x", hedged=True, note="213")
claim(f, "1.41 T", "tokens", "T tokens", 20 * N70, H)
claim(f, "937,500 steps", "steps", "steps", D15 / 16e6, H)
claim(f, "about 3.7 million", "steps", "million", D15 / 16e6, X, "off_2x", hedged=True, note="937,500 steps with a 16M batch")
claim(f, "141.1 GB", "weights", "GB", W(N70, "bf16"), H)
claim(f, "141.1 GiB", "weights", "GiB", W(N70, "bf16"), X, "gb_as_gib", note="141.1 GB = 131.4 GiB")
claim(f, "131.4 GiB", "weights", "GiB", W(N70, "bf16"), H)
claim(f, "282 GB", "training", "GB", W(N70, "fp32"), H, anchor="- fp32 master copy: 282 GB")
claim(f, "564 GB", "training", "GB", 8 * N70, H)
claim(f, "1.13 TB", "training", "TB", 16 * N70, H, anchor="**total model states: 1.13 TB**")
claim(f, "about 282 GB", "training", "GB", 16 * N70, X, "off_2x", hedged=True, note="no optimizer states; 16 bytes/param = 1.13 TB")
claim(f, "283 GB", "training", "GB", zero(N70, 1024, 1), H)
claim(f, "142 GB", "training", "GB", zero(N70, 1024, 2), H)
claim(f, "1.1 GB", "training", "GB", zero(N70, 1024, 3), H, anchor="| ZeRO-3 | 1.1 GB |")
claim(f, "988", "checkpoint", "GB", CK, H, anchor="\\approx 988 \\ \\text{GB}")
claim(f, "141 GB", "weights", "GB", W(N70, "bf16"), H, anchor="- weights-only export (bf16): 141 GB")
claim(f, "141 GB", "checkpoint", "GB", CK, X, "off_2x", anchor="a full resumable checkpoint is 141 GB", note="988 GB with optimizer state")
claim(f, "about 0.96 GB", "checkpoint", "GB", CK / 1024, H, hedged=True)
claim(f, "988 GB", "checkpoint", "GB", CK / 1024, X, "per_gpu", anchor="the answer's table listed 988 GB per rank", note="per rank 0.96 GB")
claim(f, "about 4.9 TB", "checkpoint", "TB", 5 * CK, H, hedged=True)
claim(f, "6.35e24", "flops", "FLOP", FL, H, hedged=True)
claim(f, "4.46 M", "time", "M GPU-hours", GPUH, H, hedged=True, anchor="H100-hours at 40 % MFU")
claim(f, "1.13 TB", "training", "TB", 16 * N70, H, anchor="- Model states 1.13 TB")
claim(f, "1.1 GB", "training", "GB", zero(N70, 1024, 3), H, anchor="- Model states 1.13 TB")
claim(f, "988 GB", "checkpoint", "GB", CK, H, anchor="- Checkpoint 988 GB")
claim(f, "141 GB", "weights", "GB", W(N70, "bf16"), H, anchor="- Checkpoint 988 GB")
non(f, "created: 2026-08-21", "date")
non(f, "https://arxiv.org/abs/2203.15556", "URL")
non(f, "lr: 1.5e-4", "hyper-parameter")
non(f, "betas: [0.9, 0.95]", "hyper-parameter")
non(f, "weight_decay: 0.1", "hyper-parameter")
non(f, "warmup_steps: 8000", "hyper-parameter")
non(f, "budget_usd: 9,500,000", "price")
non(f, "checkpoint_every_steps: 1000", "schedule")
non(f, "Learning rate 1.5e-4", "hyper-parameters")


# ---- ru_02: LLM на Mac, объединённая память, GGUF и MLX ------------------------------------------
f = "ru_02"
MLX4 = 4.5                      # bits per weight, MLX 4-bit, group 64 with fp16 scale and bias (stated)
N405 = 405e9                    # stated in the note
claim(f, "≈ 43 ГБ", "quantized_file", "ГБ", GG(L31_70, "Q4_K_M"), H, hedged=True, anchor='размер_файла: "≈ 43 ГБ"')
claim(f, "96 ГБ", "arithmetic", "ГБ", 0.75 * 128e9, H)
claim(f, "48 ГБ", "arithmetic", "ГБ", 0.75 * 64e9, H, anchor="на Маке со 128 ГБ это 96 ГБ")
claim(f, "≈ 43 ГБ", "quantized_file", "ГБ", GG(L31_70, "Q4_K_M"), H, hedged=True, anchor="Файл Q4_K_M весит ≈ 43 ГБ")
claim(f, "40,2 ГиБ", "quantized_file", "ГиБ", GG(L31_70, "Q4_K_M"), H)
claim(f, "43,2 ГиБ", "quantized_file", "ГиБ", GG(L31_70, "Q4_K_M"), X, "gb_as_gib", note="43.2 GB = 40.2 GiB")
claim(f, "≈ 4,5 бит", "bits_per_weight", "бит", MLX4, H, hedged=True)
claim(f, "39,7 ГБ", "quantized_file", "ГБ", N70 * MLX4 / 8, H, anchor="MLX-версия в 4 бита")
claim(f, "39,7 ГиБ", "quantized_file", "ГиБ", N70 * MLX4 / 8, X, "gb_as_gib", note="39.7 GB = 37.0 GiB")
claim(f, "4,5–5 ГБ", "quantized_file", "ГБ", GG(L31_8, "Q4_K_M"), H, rng=True)
claim(f, "8,5 ГБ", "quantized_file", "ГБ", GG(L31_8, "Q8_0"), H, anchor="- Llama-3.1-8B в Q4_K_M: 4,5–5")
claim(f, "меньше 5 ГБ", "quantized_file", "ГБ", GG(Q7, "Q4_K_M"), H, bound="upper", anchor="- Qwen2.5-7B в Q4_K_M — меньше 5 ГБ")
claim(f, "4,66 ГБ", "quantized_file", "ГБ", GG(Q7, "Q4_K_M"), H, rel=0.02)
claim(f, "16 ГБ", "weights", "ГБ", W(L31_8, "int4"), X, "wrong_dtype", anchor="«в 4 бита займёт 16 ГБ»", note="bf16 size given for 4-bit: 4.0 GB")
claim(f, "16 ГБ", "weights", "ГБ", W(L31_8, "bf16"), H, anchor="«в 4 бита займёт 16 ГБ»", occ=2)
claim(f, "49,6 ГБ", "quantized_file", "ГБ", GG(MX, "Q8_0"), H)
claim(f, "12,9 млрд", "params", "млрд", ACTIVE_M7, H)
claim(f, "около 13,7 ГБ", "quantized_file", "ГБ", GG(MX, "Q8_0"), X, "moe_active_total", hedged=True, note="all experts: 49.6 GB")
claim(f, "≈ 80 ГБ", "quantized_file", "ГБ", N405 * BPW["Q2_K"] / 8, X, "off_2x", hedged=True, note="405e9 x 3.16 bits = 160 GB")
claim(f, "3,16 бит", "bits_per_weight", "бит", BPW["Q2_K"], H)
claim(f, "около 160 ГБ", "quantized_file", "ГБ", N405 * BPW["Q2_K"] / 8, H, hedged=True)
claim(f, "43,2", "quantized_file", "ГБ", GG(L31_70, "Q4_K_M"), H, anchor="| M2 Ultra | 70B Q4_K_M |")
claim(f, "около 18", "throughput", "ток/с", 800e9 / GG(L31_70, "Q4_K_M"), H, hedged=True, anchor="| M2 Ultra | 70B Q4_K_M |")
claim(f, "43,2", "quantized_file", "ГБ", GG(L31_70, "Q4_K_M"), H, anchor="| M3 Max | 70B Q4_K_M |")
claim(f, "около 9", "throughput", "ток/с", 400e9 / GG(L31_70, "Q4_K_M"), H, hedged=True, anchor="| M3 Max | 70B Q4_K_M |")
claim(f, "4,9", "quantized_file", "ГБ", GG(L31_8, "Q4_K_M"), H, anchor="| M4 Pro | 8B Q4_K_M |")
claim(f, "около 55", "throughput", "ток/с", 273e9 / GG(L31_8, "Q4_K_M"), H, hedged=True, anchor="| M4 Pro | 8B Q4_K_M |")
claim(f, "8,5", "quantized_file", "ГБ", GG(L31_8, "Q8_0"), H, anchor="| M2 Ultra | 8B Q8_0 |")
claim(f, "~94", "throughput", "ток/с", 800e9 / GG(L31_8, "Q8_0"), H, hedged=True, anchor="| M2 Ultra | 8B Q8_0 |")
claim(f, "8 ГБ", "weights", "ГБ", W(L31_8, "bf16"), X, "wrong_dtype", anchor="273 ГБ/с ÷ 8 ГБ", note="bf16 16.06 GB")
claim(f, "≈ 34 ток/с", "throughput", "ток/с", 273e9 / W(L31_8, "bf16"), X, "off_2x", hedged=True, note="273 / 16.06 = 17 tok/s")
claim(f, "320 КиБ", "kv_cache_per_token", "КиБ", KVT(L31_70), H)
claim(f, "10 ГиБ", "kv_cache_total", "ГиБ", KV(L31_70, 32768), H, anchor="при 32k контекста это 10 ГиБ")
claim(f, "10 ГиБ", "kv_cache_total", "ГиБ", KV(L31_70, 131072), X, "off_2x", anchor="при 32k контекста это 10 ГиБ", occ=2, note="128k: 40 GiB")
claim(f, "16 ГиБ", "kv_cache_total", "ГиБ", KV(L31_8, 32768), X, "off_2x", note="128 KiB x 32768 = 4 GiB")
claim(f, "128 КиБ", "kv_cache_per_token", "КиБ", KVT(L31_8), H)
claim(f, "около 54 ГБ", "total_memory", "ГБ", GG(L31_70, "Q4_K_M") + KV(L31_70, 32768), H, hedged=True)
claim(f, "~48 ГБ", "arithmetic", "ГБ", 0.75 * 64e9, H, hedged=True)
claim(f, "≈ 43 ГБ", "quantized_file", "ГБ", GG(L31_70, "Q4_K_M"), H, hedged=True, anchor="- 70B на Маке")
claim(f, "около 9–18 ток/с", "throughput", "ток/с", [400e9 / GG(L31_70, "Q4_K_M"), 800e9 / GG(L31_70, "Q4_K_M")], H, hedged=True, rng=True)
claim(f, "меньше 5 ГБ", "quantized_file", "ГБ", GG(L31_8, "Q4_K_M"), H, bound="upper", anchor="- 8B в Q4_K_M — меньше 5 ГБ")
claim(f, "55+ ток/с", "throughput", "ток/с", 273e9 / GG(L31_8, "Q4_K_M"), H, bound="lower")
claim(f, "39,7 ГБ", "quantized_file", "ГБ", N70 * MLX4 / 8, H, anchor="- MLX чуть компактнее")
claim(f, "43,2 ГБ", "quantized_file", "ГБ", GG(L31_70, "Q4_K_M"), H, anchor="- MLX чуть компактнее")
non(f, "создано: 2026-10-02", "date")
non(f, "https://github.com/ggml-org/llama.cpp/discussions/4167", "URL")
non(f, "mlx_lm: 0.19.2", "version")
non(f, "ollama: 0.5.1", "version")
non(f, 'macos: "15.1"', "version")
non(f, "wired_limit_mb: 147456", "setting")
non(f, "оценка: 4", "rating")
non(f, "Реально llama.cpp на M2 Ultra выдаёт 14,8", "measured speed, date, flag")
non(f, "llama.cpp discussion #4167", "footnote, discussion number")


# ---- en_04: distillation, teacher and student memory, logits storage -----------------------------
f = "en_04"
N3 = 3_212_749_824             # Llama-3.2-3B, stated in the note with its config
KV_3B = (28, 8, 128)
V3 = 128_256
FULL = V3 * 2
TOP = 64 * 6
claim(f, "70,553,706,496", "params", "params", N70, H)
claim(f, "70.55 B", "params", "B", N70, H)
claim(f, "141 GB", "weights", "GB", W(N70, "bf16"), H, anchor="The teacher (70.55 B params)")
claim(f, "70.6 GB", "weights", "GB", W(N70, "fp8"), H, anchor="The teacher (70.55 B params)")
claim(f, "35.3 GB", "weights", "GB", W(N70, "fp8") / 2, H, anchor="Split over two H100s")
claim(f, "70.6 GB", "weights", "GB", W(N70, "fp8") / 2, X, "per_gpu", anchor="Split over two H100s", note="per card 35.3 GB")
claim(f, "320 KiB", "kv_cache_per_token", "KiB", KVT(L31_70), H, anchor="Teacher cache: 320 KiB")
claim(f, "40 GiB", "kv_cache_total", "GiB", KV(L31_70, 4096, 32), H, anchor="Teacher cache: 320 KiB")
claim(f, "1.25 GiB", "kv_cache_total", "GiB", KV(L31_70, 4096, 32), X, "wrong_kind", anchor="Teacher cache: 320 KiB", note="one sequence; 32 sequences = 40 GiB")
claim(f, "6.43 GB", "weights", "GB", W(N3, "bf16"), H, anchor="- bf16 weights: 6.43 GB")
claim(f, "5.98 GiB", "weights", "GiB", W(N3, "bf16"), H)
claim(f, "6.43 GiB", "weights", "GiB", W(N3, "bf16"), X, "gb_as_gib", note="6.43 GB = 5.98 GiB")
claim(f, "51.4 GB", "training", "GB", 16 * N3, H, anchor="- Full fine-tune with AdamW")
claim(f, "12.8 GB", "training", "GB", 16 * N3, X, "off_2x", note="fp32 weights only; 16 bytes/param = 51.4 GB")
claim(f, "112 KiB", "kv_cache_per_token", "KiB", KVT(KV_3B), H)
claim(f, "336 KiB", "kv_cache_per_token", "KiB", KVT(KV_3B), X, "off_2x", note="24 query heads instead of 8 KV heads: 112 KiB")
claim(f, "about 22x", "ratio", "×", N70 / N3, H, hedged=True)
claim(f, "16.8 GB", "activations", "GB", 8 * 4096 * V3 * 4, H)
claim(f, "about 33.6 GB", "activations", "GB", 2 * 8 * 4096 * V3 * 4, H, hedged=True)
claim(f, "256.5 KB", "logits", "KB", FULL, H)
claim(f, "256.5 GB", "logits", "GB", FULL * 1e9, X, "off_2x", note="MB/GB slip: 256.5 TB")
claim(f, "513 GB", "logits", "GB", 2 * FULL * 1e9, X, "off_2x", note="513 TB")
claim(f, "384 bytes", "logits", "bytes", TOP, H, anchor="- Top-64 with an int32 index")
claim(f, "384 GB", "logits", "GB", TOP * 1e9, H, anchor="- 1B tokens of top-64 logits")
claim(f, "about 668×", "ratio", "×", FULL / TOP, H, hedged=True)
claim(f, "256,512 bytes", "logits", "bytes", FULL, H)
claim(f, "384 bytes", "logits", "bytes", TOP, H, anchor="# 384 bytes per token")
claim(f, "256.5 TB", "logits", "TB", FULL * 1e9, H, anchor="# 256.5 TB for 1B tokens")
claim(f, "≈ 1.41e20", "flops", "FLOP", 2 * N70 * 1e9, H, hedged=True)
claim(f, "4.2e20", "flops", "FLOP", 2 * N70 * 1e9, X, "off_2x", note="forward is 2*N*D = 1.41e20")
claim(f, "≈ 1.93e19", "flops", "FLOP", 6 * N3 * 1e9, H, hedged=True)
claim(f, "about 139 hours", "time", "hours", 1e9 / 2000 / 3600, H, hedged=True)
claim(f, "roughly 5.8 days", "time", "days", 1e9 / 2000 / 86400, H, hedged=True)
claim(f, "384 GB", "logits", "GB", TOP * 1e9, H, anchor="- Store top-64, not full logits")
claim(f, "256.5 TB", "logits", "TB", FULL * 1e9, H, anchor="- Store top-64, not full logits")
claim(f, "51.4 GB", "training", "GB", 16 * N3, H, anchor="- Student full FT")
claim(f, "33.6 GB", "activations", "GB", 2 * 8 * 4096 * V3 * 4, H, anchor="- Student full FT")
claim(f, "35.3 GB", "weights", "GB", W(N70, "fp8") / 2, H, anchor="- Teacher: two H100s")
claim(f, "40 GiB", "kv_cache_total", "GiB", KV(L31_70, 4096, 32), H, anchor="- Teacher: two H100s")
non(f, "created: 2026-07-28", "date")
non(f, "https://arxiv.org/abs/1503.02531", "URL")
non(f, "temperature: 2.0", "hyper-parameter")
non(f, "alpha_kd: 0.5", "hyper-parameter")
non(f, "lr: 1e-5", "hyper-parameter")
non(f, "jira: ML-4471", "ticket")
non(f, "Temperature 2.0 and α = 0.5", "hyper-parameters, ticket")


# ---- ru_03: RoPE-масштабирование до 128k и KV-кэш ------------------------------------------------
f = "ru_03"
L2 = "llama2-7b"
claim(f, "256 КиБ", "kv_cache_per_token", "КиБ", KVT(L2), X, "off_2x", note="forgot K and V: 512 KiB")
claim(f, "8 ГиБ", "kv_cache_total", "ГиБ", KV(L2, 32768), X, "off_2x", anchor="при 32k — 8 ГиБ на одну", note="16 GiB")
claim(f, "32 ГиБ", "kv_cache_total", "ГиБ", KV(L2, 32768, 4), X, "off_2x", anchor="при 32k — 8 ГиБ на одну", note="64 GiB")
claim(f, "13,5 ГБ", "weights", "ГБ", W(L2, "fp16"), H)
claim(f, "128 КиБ", "kv_cache_per_token", "КиБ", KVT(M7), H, anchor="кэш на токен — 128 КиБ")
claim(f, "512 МиБ", "kv_cache_total", "МиБ", KV(M7, 4096), H, anchor="кэш на токен — 128 КиБ")
claim(f, "4 ГиБ", "kv_cache_total", "ГиБ", KV(M7, 4096), X, "off_2x", anchor="Claude всё равно насчитал", note="window 4096 caps it at 512 MiB")
claim(f, "32 ГиБ", "kv_cache_total", "ГиБ", KV(M7, 4096, 8), X, "off_2x", anchor="Claude всё равно насчитал", note="8 x 512 MiB = 4 GiB")
claim(f, "56", "kv_cache_per_token", "КиБ", KVT(Q7), H, anchor="| Qwen2.5-7B | 56 |")
claim(f, "7", "kv_cache_total", "ГиБ", KV(Q7, 131072), H, anchor="| Qwen2.5-7B | 56 |", occ=2)
claim(f, "128", "kv_cache_per_token", "КиБ", KVT(L31_8), H, anchor="| Llama-3.1-8B | 128 |")
claim(f, "16", "kv_cache_total", "ГиБ", KV(L31_8, 131072), H, anchor="| Llama-3.1-8B | 128 |")
claim(f, "16 ГиБ", "kv_cache_total", "ГиБ", KV(L31_8, 131072), H, anchor="ответ пересчитал 16 ГиБ")
claim(f, "16 ГБ", "kv_cache_total", "ГБ", KV(L31_8, 131072), X, "gib_as_gb", anchor="ответ пересчитал 16 ГиБ", note="16 GiB = 17.2 GB")
claim(f, "17,2 ГБ", "kv_cache_total", "ГБ", KV(L31_8, 131072), H)
claim(f, "14 ГиБ", "kv_cache_total", "ГиБ", KV(Q7, 131072, 2), H)
claim(f, "около 16 ГБ", "weights", "ГБ", W(L31_8, "bf16"), H, hedged=True)
claim(f, "около 33 ГБ", "total_memory", "ГБ", W(L31_8, "bf16") + KV(L31_8, 131072), H, hedged=True)
claim(f, "32 ГиБ", "activations", "ГиБ", 131072**2 * 2, H, anchor="Матрица внимания одной головы")
claim(f, "8 ГиБ", "activations", "ГиБ", 32768**2 * 2, X, "off_2x", anchor="Матрица внимания одной головы", note="32k: 2 GiB")
claim(f, "в 16 раз", "ratio", "×", (131072 / 32768) ** 2, H)
claim(f, "8 ГиБ", "kv_cache_total", "ГиБ", KV(L2, 32768), X, "off_2x", anchor="- Llama-2-7B на 32k", note="16 GiB")
claim(f, "не более 512 МиБ", "kv_cache_total", "МиБ", KV(M7, 4096), H, bound="upper")
claim(f, "16 ГиБ", "kv_cache_total", "ГиБ", KV(L31_8, 131072), H, anchor="- Llama-3.1-8B на 128k")
claim(f, "8 ГиБ", "kv_cache_total", "ГиБ", KV(L31_8, 131072, 1, 1), H, anchor="- Llama-3.1-8B на 128k")
non(f, "создано: 2026-09-15", "date")
non(f, "https://arxiv.org/abs/2306.15595", "URL")
non(f, "rope_theta: 10000", "config")
non(f, "контекст_исходный: 4096", "config")
non(f, "rope_scaling: {type: linear, factor: 8}", "config")
non(f, "sliding_window: 4096", "config")
non(f, "rope_theta: 500000", "config")
non(f, "max_position_embeddings: 131072", "config")
non(f, "приоритет: 2", "rating")
non(f, "Частоты RoPE", "LaTeX with free variables")
non(f, "при factor 8 окно 4096", "context lengths and scaling factors")
non(f, "YaRN: Peng et al., 2023", "footnote, years")


# ---- en_05: LoRA adapter sizes and merging --------------------------------------------------------
f = "en_05"
N8 = N[L31_8]
LA = lora(32, 8, [(4096, 4096), (4096, 1024)])
ALL = [(4096, 4096), (4096, 1024), (4096, 1024), (4096, 4096), (4096, 14336), (4096, 14336), (14336, 4096)]
LB = lora(32, 16, ALL)
LC = lora(32, 64, ALL)
LQ = lora(28, 16, [(3584, 3584), (3584, 512), (3584, 512), (3584, 3584)])
claim(f, "8,030,261,248", "params", "params", N8, H)
claim(f, "106,496", "params", "params", LA / 32, H)
claim(f, "3.4M", "params", "M", LA, H, anchor="- Over 32 layers: 3.4M")
claim(f, "0.042 %", "percentage", "%", 100 * LA / N8, H)
claim(f, "6.8 MB", "weights", "MB", W(LA, "bf16"), H, anchor="- Adapter file in bf16: 6.8 MB")
claim(f, "1,310,720", "params", "params", LB, X, "wrong_kind", note="one layer's count given as the total: 41.9M")
claim(f, "2.6 MB", "weights", "MB", W(LB, "bf16"), X, "wrong_kind", anchor="That makes the adapter file only 2.6 MB", note="83.9 MB")
claim(f, "0.016 %", "percentage", "%", 100 * LB / N8, X, "wrong_kind", note="0.52 %")
claim(f, "167.8M", "params", "M", LC, H, anchor="- Trainable parameters: 167.8M")
claim(f, "335.5 MB", "weights", "MB", W(LC, "bf16"), H, anchor="- Adapter size in bf16: 335.5 MB")
claim(f, "335.5 MiB", "weights", "MiB", W(LC, "bf16"), X, "gb_as_gib", note="335.5 MB = 320 MiB")
claim(f, "16.06 GB", "weights", "GB", W(N8, "bf16"), H, anchor="- The frozen base in bf16")
claim(f, "≈ 4.127 bits", "bits_per_weight", "bits", NF4, H, hedged=True)
claim(f, "4.14 GB", "weights", "GB", N8 * NF4 / 8, H)
claim(f, "about 21 MB", "training", "MB", 16 * LB, X, "wrong_kind", hedged=True, note="41.9M x 16 bytes = 671 MB")
claim(f, "16.06 GB", "weights", "GB", W(N8, "bf16"), H, anchor="The merged model in bf16")
claim(f, "15.6 GB", "weights", "GB", 50 * W(LC, "bf16"), X, "gib_as_gb", note="16.8 GB = 15.6 GiB")
claim(f, "10.1M", "params", "M", LQ, H)
claim(f, "20.2 MB", "weights", "MB", W(LQ, "fp32"), X, "wrong_dtype", note="fp32 40.4 MB")
claim(f, "3.4M", "params", "M", LA, H, anchor="| A (r=8, q,v) |")
claim(f, "6.8 MB", "weights", "MB", W(LA, "bf16"), H, anchor="| A (r=8, q,v) |")
claim(f, "1.3M", "params", "M", LB, X, "wrong_kind", anchor="| B (r=16, all) |", note="41.9M")
claim(f, "2.6 MB", "weights", "MB", W(LB, "bf16"), X, "wrong_kind", anchor="| B (r=16, all) |", note="83.9 MB")
claim(f, "167.8M", "params", "M", LC, H, anchor="| C (r=64, all) |")
claim(f, "335.5 MB", "weights", "MB", W(LC, "bf16"), H, anchor="| C (r=64, all) |")
non(f, "created: 2026-06-30", "date")
non(f, "https://arxiv.org/abs/2106.09685", "URL")
non(f, "{r: 8, alpha: 16, targets: [q_proj, v_proj]}", "hyper-parameters")
non(f, "{r: 16, alpha: 32, targets: all-linear}", "hyper-parameters")
non(f, "dropout: 0.05", "hyper-parameter")
non(f, "lr: 2e-4", "hyper-parameter")
non(f, "peft_version: 0.13.2", "version")
non(f, "seed: 3407", "seed")
non(f, "Alpha 32, dropout 0.05", "hyper-parameters, eval loss, step")


# ---- ru_04: конспект доклада об инференсе (DeepSeek-V3, gpt-oss-120b, Llama-3.1-70B) ---------------
f = "ru_04"
DS = 671e9                      # stated: 671 B total, 37 B active, 61 layers, MLA 512 + 64
MLA = 61 * 576 * 2              # bytes per token, bf16 latent
GO, GOA, MX4 = 116.8e9, 5.1e9, 4.25
claim(f, "671 ГБ", "weights", "ГБ", DS * 1, H, anchor="Докладчик начал с DeepSeek-V3")
claim(f, "37 ГБ", "weights", "ГБ", DS * 1, X, "moe_active_total", note="all experts stay in memory: 671 GB")
claim(f, "84 ГБ", "weights", "ГБ", DS / 8, H)
claim(f, "≈ 68,6 КиБ", "kv_cache_per_token", "КиБ", MLA, H, hedged=True)
claim(f, "8,6 ГБ", "kv_cache_total", "ГБ", MLA * 131072, X, "gib_as_gb", note="8.58 GiB = 9.21 GB")
claim(f, "137 ГиБ", "kv_cache_total", "ГиБ", MLA * 32768 * 64, H, anchor="Для 64 последовательностей по 32k суммарно")
claim(f, "137 ГиБ", "kv_cache_total", "ГиБ", MLA * 32768 * 64 / 8, X, "per_gpu", anchor="на каждую из 8 карт — 137", occ=2, note="per card 17.2 GiB")
claim(f, "около 62 ГБ", "weights", "ГБ", GO * MX4 / 8, H, hedged=True, anchor="- Все веса в MXFP4")
claim(f, "117 ГБ", "weights", "ГБ", W(GO, "bf16"), X, "wrong_dtype", note="bf16 233.6 GB")
claim(f, "~2,7 ГБ", "weights", "ГБ", GOA * MX4 / 8, H, hedged=True)
claim(f, "около 1200 ток/с", "throughput", "ток/с", H100_BW / (GOA * MX4 / 8), H, hedged=True)
claim(f, "~54 ток/с", "throughput", "ток/с", H100_BW / (GOA * MX4 / 8), X, "moe_active_total", hedged=True, note="only active weights are read: 1237 tok/s")
claim(f, "17,6 ГБ", "weights", "ГБ", W(N70, "bf16") / 8, H, anchor="При TP=8 каждая карта")
claim(f, "около 190 ток/с", "throughput", "ток/с", H100_BW / (W(N70, "bf16") / 8), H, hedged=True)
claim(f, "24 ток/с", "throughput", "ток/с", H100_BW / (W(N70, "bf16") / 8), X, "off_2x", note="per-card share 17.6 GB: 190 tok/s")
claim(f, "141 ГБ", "weights", "ГБ", W(N70, "bf16"), H, anchor="ИИ-расшифровка дала")
claim(f, "5 МиБ", "kv_cache_total", "МиБ", 16 * KVT(L31_70), H, anchor="блок Llama-3.1-70B — 5 МиБ")
claim(f, "320 КиБ", "kv_cache_per_token", "КиБ", KVT(L31_70), H)
claim(f, "2,5 МиБ", "kv_cache_total", "МиБ", 16 * KVT(L31_70), X, "off_2x", note="5 MiB")
claim(f, "160 ГиБ", "kv_cache_total", "ГиБ", KV(L31_70, 2048, 256), H)
claim(f, "160 ГБ", "kv_cache_total", "ГБ", KV(L31_70, 2048, 256), X, "gib_as_gb", note="160 GiB = 171.8 GB")
claim(f, "2,9·10¹⁴", "flops", "FLOP", 2 * N70 * 2048, H, hedged=True)
claim(f, "8,7·10¹⁴", "flops", "FLOP", 2 * N70 * 2048, X, "off_2x", note="6*N used for a forward pass: 2.9e14")
claim(f, "671 ГБ", "weights", "ГБ", DS * 1, H, anchor="- MoE экономит")
claim(f, "около 62 ГБ", "weights", "ГБ", GO * MX4 / 8, H, hedged=True, anchor="- MoE экономит")
claim(f, "68,6 КиБ", "kv_cache_per_token", "КиБ", MLA, H, anchor="- MLA делает кэш")
claim(f, "17,6 ГБ", "weights", "ГБ", W(N70, "bf16") / 8, H, anchor="- Для Llama-3.1-70B на 8×H100")
claim(f, "до ~190 ток/с", "throughput", "ток/с", H100_BW / (W(N70, "bf16") / 8), H, hedged=True)
non(f, "создано: 2026-11-25", "date")
non(f, "событие: ", "event, hall, time")
non(f, "слайды: https://example.org", "URL")
non(f, "оценка_доклада: 9/10", "rating")
non(f, "вопросы_из_зала: 12", "count")
non(f, "до 60–80 % памяти под кэш терялось", "percent quoted from a paper, year")
non(f, "Вопросов из зала было 12", "count, date")


# ---- en_06: model-card digest, 7-9B open models ---------------------------------------------------
f = "en_06"
G9 = 9.24e9                    # Gemma-2-9B, config stated in the front matter
KV_G9 = (42, 8, 256)
P3 = 3.82e9                    # Phi-3-mini, config stated in the front matter
KV_P3 = (32, 32, 96)
claim(f, "8.03B", "params", "B", N8, H, anchor="| Llama-3.1-8B | 8.03B |")
claim(f, "16.1", "weights", "GB", W(N8, "bf16"), H, anchor="| Llama-3.1-8B | 8.03B |")
claim(f, "128", "kv_cache_per_token", "KiB", KVT(L31_8), H, anchor="| Llama-3.1-8B | 8.03B |", occ=2)
claim(f, "7.24B", "params", "B", N[M7], H, anchor="| Mistral-7B-v0.1 | 7.24B |")
claim(f, "14.5", "weights", "GB", W(M7, "bf16"), H, anchor="| Mistral-7B-v0.1 | 7.24B |")
claim(f, "512", "kv_cache_per_token", "KiB", KVT(M7), X, "off_2x", anchor="| Mistral-7B-v0.1 | 7.24B |", note="all 32 heads: 128 KiB")
claim(f, "7.62B", "params", "B", N[Q7], H, anchor="| Qwen2.5-7B | 7.62B |")
claim(f, "15.2", "weights", "GB", W(Q7, "bf16"), H, anchor="| Qwen2.5-7B | 7.62B |")
claim(f, "56", "kv_cache_per_token", "KiB", KVT(Q7), H, anchor="| Qwen2.5-7B | 7.62B |")
claim(f, "18.5", "weights", "GB", W(G9, "bf16"), H, anchor="| Gemma-2-9B | 9.24B |")
claim(f, "168", "kv_cache_per_token", "KiB", KVT(KV_G9), X, "off_2x", anchor="| Gemma-2-9B | 9.24B |", note="forgot K and V: 336 KiB")
claim(f, "7.64", "weights", "GB", W(P3, "bf16"), H, anchor="| Phi-3-mini | 3.82B |")
claim(f, "384", "kv_cache_per_token", "KiB", KVT(KV_P3), H, anchor="| Phi-3-mini | 3.82B |")
claim(f, "8.03B", "params", "B", N8, H, anchor="**Llama-3.1-8B.** 8.03B")
claim(f, "about 16 GB", "weights", "GB", W(N8, "bf16"), H, hedged=True)
claim(f, "525M", "params", "M", 128256 * 4096, H)
claim(f, "roughly 1.05B", "params", "B", 2 * 128256 * 4096, H, hedged=True)
claim(f, "4 GiB", "kv_cache_total", "GiB", KV(L31_8, 8192), X, "off_2x", anchor="An 8k-token conversation needs 4 GiB", note="1 GiB")
claim(f, "7.24B", "params", "B", N[M7], H, anchor="**Mistral-7B-v0.1.** 7.24B")
claim(f, "14.5 GB", "weights", "GB", W(M7, "bf16"), H, anchor="**Mistral-7B-v0.1.** 7.24B")
claim(f, "4 GiB", "kv_cache_total", "GiB", KV(M7, 4096), X, "off_2x", anchor="With the 4,096-token sliding window", note="window caps the cache at 512 MiB")
claim(f, "7.62B", "params", "B", N[Q7], H, anchor="**Qwen2.5-7B.** 7.62B")
claim(f, "7.6 GB", "weights", "GB", W(Q7, "bf16"), X, "wrong_dtype", note="bf16 15.2 GB")
claim(f, "56 KiB", "kv_cache_per_token", "KiB", KVT(Q7), H, anchor="Only 4 KV heads, so 56 KiB")
claim(f, "545M", "params", "M", 152064 * 3584, H)
claim(f, "18.5 GB", "weights", "GB", W(G9, "bf16"), H, anchor="**Gemma-2-9B.** 18.5 GB")
claim(f, "168 KiB", "kv_cache_per_token", "KiB", KVT(KV_G9), X, "off_2x", note="2 x 42 x 8 x 256 x 2 = 336 KiB")
claim(f, "918M", "params", "M", 256000 * 3584, H)
claim(f, "~10 %", "percentage", "%", 100 * 256000 * 3584 / G9, H, hedged=True)
claim(f, "3.8 GB", "weights", "GB", W(P3, "fp16"), X, "wrong_dtype", note="fp16 7.64 GB")
claim(f, "384 KiB", "kv_cache_per_token", "KiB", KVT(KV_P3), H)
claim(f, "1.5 GB", "kv_cache_total", "GB", KV(KV_P3, 4096), X, "gib_as_gb", note="1.5 GiB = 1.61 GB")
claim(f, "56 KiB", "kv_cache_per_token", "KiB", KVT(Q7), H, anchor="> Qwen2.5-7B stores 56 KiB")
claim(f, "2x", "ratio", "×", KVT(L31_8) / KVT(Q7), H, bound="lower")
claim(f, "128 KiB", "kv_cache_per_token", "KiB", KVT(L31_8), H, anchor="> Qwen2.5-7B stores 56 KiB")
claim(f, "18.5 GB", "weights", "GB", W(G9, "bf16"), H, anchor="- Biggest weights")
claim(f, "512 KiB", "kv_cache_per_token", "KiB", KVT(M7), X, "off_2x", note="128 KiB")
non(f, "created: 2026-05-19", "date")
non(f, "released: 2024-07-23", "date")
non(f, "released: 2023-09-27", "date")
non(f, "llama31_8b: 66.7", "benchmark score")
non(f, "qwen25_7b: 74.2", "benchmark score")
non(f, "- MMLU (reported)", "benchmark scores")


# ---- en_07: batch size vs latency, Llama-3.1-8B on one H100 ---------------------------------------
f = "en_07"
SCALE.update({"users": 1})
FREE = 80 * GIB - W(N8, "bf16") - 5 * GIB
STEP = W(N8, "bf16") / H100_BW
TPS1 = 1 / STEP
PREF = 2 * N8 * 2048
claim(f, "8.03B", "params", "B", N8, H, anchor="- Weights: 8.03B")
claim(f, "16.06 GB", "weights", "GB", W(N8, "bf16"), H, anchor="- Weights: 8.03B parameters")
claim(f, "16.06 GiB", "weights", "GiB", W(N8, "bf16"), X, "gb_as_gib", note="16.06 GB = 14.96 GiB")
claim(f, "~60 GiB", "arithmetic", "GiB", FREE, H, hedged=True, anchor="an 80 GiB card leaves ~60 GiB")
claim(f, "512 KiB", "kv_cache_per_token", "KiB", KVT(L31_8), X, "off_2x", anchor="- KV per token: 2 × 32 layers", note="8 KV heads: 128 KiB")
claim(f, "2 GiB", "kv_cache_total", "GiB", KV(L31_8, 4096), X, "off_2x", note="0.5 GiB")
claim(f, "about 30 users", "batch", "users", FREE / KV(L31_8, 4096), X, "off_2x", hedged=True, anchor="At a 4k context each user", note="60 GiB / 0.5 GiB = 120 users")
claim(f, "64 GiB", "kv_cache_total", "GiB", KV(L31_8, 4096, 32), X, "off_2x", note="16 GiB")
claim(f, "16.06 GB", "weights", "GB", W(N8, "bf16"), H, anchor="every step reads all 16.06 GB")
claim(f, "4.8 ms", "time", "ms", STEP, H, anchor="every step reads all 16.06 GB")
claim(f, "≈ 208 tokens/s", "throughput", "tokens/s", TPS1, H, hedged=True, anchor="every step reads all 16.06 GB")
claim(f, "≈ 6,650 tokens/s", "throughput", "tokens/s", 32 * TPS1, H, hedged=True, anchor="- aggregate throughput")
claim(f, "6,650 tokens/s", "throughput", "tokens/s", TPS1, X, "wrong_kind", anchor="- each user then gets", note="aggregate given as per-user: 208 tokens/s")
claim(f, "0.075 s", "time", "s", 500 / TPS1, X, "wrong_kind", note="500 tokens at 208 tokens/s = 2.4 s")
claim(f, "about 575M tokens", "tokens", "M tokens", 32 * TPS1 * 86400, H, hedged=True)
claim(f, "3.29 × 10^13", "flops", "FLOP", PREF, H, hedged=True)
claim(f, "≈ 33 ms", "time", "ms", PREF / (0.5 * 989e12), X, "off_2x", hedged=True, anchor="At 989 TFLOP/s and 50 % MFU", note="66.5 ms at 50 % MFU")
claim(f, "~60 GiB", "arithmetic", "GiB", FREE, H, hedged=True, anchor="- ~60 GiB of cache")
claim(f, "512 KiB", "kv_cache_per_token", "KiB", KVT(L31_8), X, "off_2x", anchor="- ~60 GiB of cache", note="128 KiB")
claim(f, "~30 users", "batch", "users", FREE / KV(L31_8, 4096), X, "off_2x", hedged=True, note="120 users")
claim(f, "≈ 208 tokens/s", "throughput", "tokens/s", TPS1, H, hedged=True, anchor="- Per-user speed")
claim(f, "≈ 6,650 tokens/s", "throughput", "tokens/s", 32 * TPS1, H, hedged=True, anchor="- Per-user speed")
claim(f, "≈ 33 ms", "time", "ms", PREF / (0.5 * 989e12), X, "off_2x", hedged=True, anchor="- TTFT ≈ 33 ms", note="66.5 ms")
non(f, "created: 2026-10-21", "date")
non(f, "https://arxiv.org/abs/2309.06180", "URL")
non(f, "ttft_p95_ms: 300", "SLO")
non(f, "tpot_p95_ms: 50", "SLO")
non(f, "date: 2026-11-05", "date")
non(f, "tool: locust 2.31", "version")
non(f, "users: [1, 8, 32, 64]", "load-test levels")
non(f, "engine: vLLM 0.6.3", "version")


# ---- ru_05: API или свой сервер, Qwen2.5-72B (конфиг и число параметров даны в заметке) -----------
f = "ru_05"
Q72 = 72.7e9
KV_Q72 = (80, 8, 128)
PER = W(Q72, "fp8") / 2
TPS72 = H100_BW / PER
claim(f, "72,7 ГБ", "weights", "ГБ", W(Q72, "fp8"), H, anchor="Модель — 72,7 млрд параметров")
claim(f, "72,7 ГБ", "weights", "ГБ", PER, X, "per_gpu", anchor="Модель — 72,7 млрд параметров", occ=2, note="TP=2: 36.4 GB per card")
claim(f, "145 ГБ", "weights", "ГБ", W(Q72, "bf16"), H)
claim(f, "145 ГиБ", "weights", "ГиБ", W(Q72, "bf16"), X, "gb_as_gib", note="145 GB = 135.4 GiB")
claim(f, "291 ГБ", "weights", "ГБ", W(Q72, "int4"), X, "wrong_dtype", anchor="72,7 млрд × 4 = 291 ГБ", note="4 bits read as 4 bytes: int4 36.4 GB")
claim(f, "≈ 99 ГБ", "arithmetic", "ГБ", 2 * 80 * GIB - W(Q72, "fp8"), H, hedged=True)
claim(f, "2,5 МиБ", "kv_cache_per_token", "МиБ", KVT(KV_Q72), X, "off_2x", note="64 query heads instead of 8 KV heads: 320 KiB")
claim(f, "640 ГиБ", "kv_cache_total", "ГиБ", KV(KV_Q72, 8192, 32), X, "off_2x", note="80 GiB")
claim(f, "72,7 ГБ", "weights", "ГБ", PER, X, "per_gpu", anchor="Каждая карта читает на шаг", note="36.4 GB per card")
claim(f, "около 46 ток/с", "throughput", "ток/с", TPS72, X, "off_2x", hedged=True, note="3.35 TB/s / 36.4 GB = 92 tok/s")
claim(f, "около 1¦470 ток/с", "throughput", "ток/с", 32 * TPS72, X, "off_2x", hedged=True, note="2,950 tok/s")
claim(f, "примерно 127 млн токенов", "tokens", "млн токенов", 32 * TPS72 * 86400, X, "off_2x", hedged=True, note="255 M tokens per day")
claim(f, "1,5 млрд токенов", "tokens", "млрд токенов", 50e6 * 30, H)
claim(f, "72,7 ГБ", "weights", "ГБ", W(Q72, "fp8"), H, anchor="| 2×H100, fp8 |")
claim(f, "291 ГБ", "weights", "ГБ", W(Q72, "int4"), X, "wrong_dtype", anchor="| 2×H100, int4 AWQ |", note="36.4 GB")
claim(f, "72,7 ГБ", "weights", "ГБ", W(Q72, "fp8"), H, anchor="- Веса fp8 — 72,7 ГБ")
claim(f, "72,7 ГБ", "weights", "ГБ", PER, X, "per_gpu", anchor="- Веса fp8 — 72,7 ГБ", occ=2, note="36.4 GB per card")
claim(f, "~46 ток/с", "throughput", "ток/с", TPS72, X, "off_2x", hedged=True, note="92 tok/s")
claim(f, "~127 млн токенов", "tokens", "млн токенов", 32 * TPS72 * 86400, X, "off_2x", hedged=True, note="255 M")
non(f, "создано: 2026-11-12", "date")
non(f, "токенов_в_день: 50 млн", "workload input")
non(f, "доля_входных: 0.8", "share")
non(f, "пиковых_пользователей: 40", "count")
non(f, "цена_вход:", "price")
non(f, "цена_выход:", "price")
non(f, "цена_часа:", "price")
non(f, "ревью: 2026-12-15", "date")
non(f, "- API: при 50 млн токенов в день", "prices")
non(f, "- Аренда: 2 × $2,49", "prices")
non(f, "- Порог окупаемости", "price-derived threshold")
non(f, "| API | — | ~$720 |", "price")
non(f, "При росте до 250 млн токенов", "threshold, date")
non(f, "- Пока API дешевле в 5 раз", "price ratio")


# ---- ru_06: размер RAG-индекса рядом с памятью LLM (генератор назван один раз) ---------------------
f = "ru_06"
NV, D = 10e6, 1024
BGE = 568e6
claim(f, "4 КиБ", "index", "КиБ", D * 4, H)
claim(f, "2 КБ", "index", "КБ", D * 2, H)
claim(f, "4,1 ГБ", "index", "ГБ", NV * D * 4, X, "off_2x", anchor="- Весь корпус: 10 млн", note="40.96 GB")
claim(f, "2 ГБ", "index", "ГБ", NV * D * 2, X, "off_2x", anchor="- В fp16 — вдвое меньше", note="20.5 GB")
claim(f, "1 ГБ", "index", "ГБ", NV * D * 1, X, "off_2x", anchor="- В fp16 — вдвое меньше", note="10.2 GB")
claim(f, "41 ГБ", "index", "ГБ", 100e6 * D * 4, X, "off_2x", note="409.6 GB")
claim(f, "128 байт", "index", "байт", D / 8, H)
claim(f, "1,28 ГБ", "index", "ГБ", NV * D / 8, H, anchor="- Бинарная квантизация")
claim(f, "в 32 раза", "ratio", "×", 32 / 1, H)
claim(f, "в 4 раза", "ratio", "×", 2 / 1, X, "off_2x", note="int8 vs fp16: 2x")
claim(f, "640 МБ", "index", "МБ", NV * 64, H, anchor="- PQ по 64 байта")
claim(f, "в 64 раза", "ratio", "×", D * 4 / 64, H)
claim(f, "256 байт", "index", "байт", 64 * 4, H)
claim(f, "2,56 ГБ", "index", "ГБ", NV * 256, H)
claim(f, "4096", "index", "байт", D * 4, H, anchor="| fp32 | 4096 |")
claim(f, "4,1 ГБ", "index", "ГБ", NV * D * 4, X, "off_2x", anchor="| fp32 | 4096 |", note="40.96 GB")
claim(f, "128", "index", "байт", D / 8, H, anchor="| binary | 128 |")
claim(f, "1,28 ГБ", "index", "ГБ", NV * D / 8, H, anchor="| binary | 128 |")
claim(f, "640 МБ", "index", "МБ", NV * 64, H, anchor="| PQ-64 | 64 |")
claim(f, "6,14 ГБ", "index", "ГБ", 1e6 * 1536 * 4, H)
claim(f, "6,14 ГиБ", "index", "ГиБ", 1e6 * 1536 * 4, X, "gb_as_gib", note="6.14 GB = 5.72 GiB")
claim(f, "16 ГБ", "weights", "ГБ", W(N8, "bf16"), H, anchor="Модель-генератор в bf16 занимает 16 ГБ")
claim(f, "около 4,9 ГБ", "quantized_file", "ГБ", GG(L31_8, "Q4_K_M"), H, hedged=True)
claim(f, "4 ГиБ", "kv_cache_total", "ГиБ", KV(L31_8, 8192), X, "off_2x", anchor="Её KV-кэш на 8k токенов", note="128 KiB x 8192 = 1 GiB")
claim(f, "1,14 ГБ", "weights", "ГБ", W(BGE, "fp16"), H)
claim(f, "4,1 ГБ", "index", "ГБ", NV * D * 4, X, "off_2x", anchor="- Индекс на 10 млн чанков", note="40.96 GB")
claim(f, "640 МБ", "index", "МБ", NV * 64, H, anchor="- Индекс на 10 млн чанков")
claim(f, "16 ГБ", "weights", "ГБ", W(N8, "bf16"), H, anchor="- Она (генератор)")
non(f, "создано: 2026-10-27", "date")
non(f, "размер_чанка_токенов: 512", "config")
non(f, "перекрытие: 64", "config")
non(f, "ef_construction: 200", "hyper-parameter")
non(f, "ef_search: 64", "hyper-parameter")
non(f, "хранилище: qdrant 1.12.4", "version")
non(f, "top_k: 10", "hyper-parameter")
non(f, "recall_at_10: 0.94", "score")
non(f, "задача: RAG-1187", "ticket")
non(f, "> recall@10 = 0,94", "score, counts")


# ---- ru_07: шпаргалка по памяти на дообучение Phi-4 и Mistral-7B (конфиг Phi-4 дан в заметке) ------
f = "ru_07"
SCALE.update({"минут": 60})
P4 = 14.7e9
KV_P4 = (40, 10, 128)
LP4 = lora(40, 16, [(5120, 5120), (5120, 1280)])
FL4 = 6 * P4 * 100e6
T4 = FL4 / (8 * 989e12 * 0.4)
claim(f, "29,4 ГБ", "weights", "ГБ", W(P4, "bf16"), H, anchor="Веса в bf16 — 29,4 ГБ")
claim(f, "58,8 ГБ", "training", "ГБ", 16 * P4, X, "off_2x", anchor="итого 58,8 ГБ", note="235.2 GB")
claim(f, "7,35 ГБ", "training", "ГБ", zero(P4, 8, 3), X, "off_2x", anchor="С ZeRO-3 на 8 картах", note="16N/8 = 29.4 GB")
claim(f, "115,9 ГБ", "training", "ГБ", 16 * N[M7], H)
claim(f, "115,9 ГиБ", "training", "ГиБ", 16 * N[M7], X, "gb_as_gib", note="115.9 GB = 107.9 GiB")
claim(f, "10,6 млн", "params", "млн", LP4, H)
claim(f, "≈ 29,4 ГБ", "weights", "ГБ", P4 * NF4 / 8, X, "wrong_dtype", anchor="- QLoRA: база в NF4", note="NF4 7.58 GB; 29.4 GB is bf16")
claim(f, "около 104 ГБ", "activations", "ГБ", act(M7, 4096, 1, "none"), H, hedged=True)
claim(f, "1,1 ГБ", "activations", "ГБ", act(M7, 4096, 1, "flash"), X, "off_2x", note="FlashAttention 34*s*b*h*L = 18.3 GB")
claim(f, "1 ГиБ", "activations", "ГиБ", act(M7, 4096, 1, "full"), H)
claim(f, "32¦768 токенов", "tokens", "токенов", 8 * 4096, H)
claim(f, "800 КиБ", "kv_cache_per_token", "КиБ", KVT(KV_P4), X, "off_2x", note="10 KV heads: 200 KiB")
claim(f, "12,5 ГиБ", "kv_cache_total", "ГиБ", KV(KV_P4, 16384), X, "off_2x", note="3.125 GiB")
claim(f, "≈ 2,9·10¹⁸", "flops", "FLOP", FL4, X, "off_2x", hedged=True, note="6*N*D = 8.8e18")
claim(f, "около 15 минут", "time", "минут", T4, X, "off_2x", hedged=True, anchor="При 8 × 989 TFLOP/s", note="46 minutes")
claim(f, "58,8 ГБ", "training", "ГБ", 16 * P4, X, "off_2x", anchor="- Полный FT Phi-4", note="235.2 GB")
claim(f, "7,35 ГБ", "training", "ГБ", zero(P4, 8, 3), X, "off_2x", anchor="- Полный FT Phi-4", note="29.4 GB")
claim(f, "≈ 29,4 ГБ", "weights", "ГБ", P4 * NF4 / 8, X, "wrong_dtype", anchor="- QLoRA-база", note="7.58 GB")
claim(f, "около 15 минут", "time", "минут", T4, X, "off_2x", hedged=True, anchor="- Эпоха на 8×H100", note="46 minutes")
non(f, "создано: 2026-11-03", "date")
non(f, "lr: 1e-4", "hyper-parameter")
non(f, "эпох: 2", "hyper-parameter")
non(f, "mfu: 0.4", "hyper-parameter")
non(f, "lora: {r: 16, alpha: 32", "hyper-parameters")
non(f, "https://arxiv.org/abs/2412.08905", "URL")
non(f, "peak_bf16_tflops: 989", "hardware spec")


# ---- additions written with the notes: first-draft tables and quoted slips -------------------------
f = "en_01"
claim(f, "512 KiB", "kv_cache_per_token", "KiB", KVT(L31_8), X, "off_2x", anchor="Some blog posts quote 512 KiB", note="all 32 query heads: 128 KiB")
claim(f, "32 GiB", "kv_cache_total", "GiB", KV(L31_8, 131072, 1, 0.5), X, "wrong_dtype", anchor="the 8B at 128k comes out at 32 GiB", note="4 bits read as 4 bytes: 4 GiB")
claim(f, "512", "kv_cache_per_token", "KiB", KVT(L31_8), X, "off_2x", anchor="| Llama-3.1-8B | 512 | 16 |", note="128 KiB")
claim(f, "16", "kv_cache_total", "GiB", KV(L31_8, 32768), X, "off_2x", anchor="| Llama-3.1-8B | 512 | 16 |", note="4 GiB")
claim(f, "392", "kv_cache_per_token", "KiB", KVT(Q7), X, "off_2x", anchor="| Qwen2.5-7B | 392 |", note="4 KV heads: 56 KiB")
claim(f, "12.25", "kv_cache_total", "GiB", KV(Q7, 32768), X, "off_2x", anchor="| Qwen2.5-7B | 392 |", note="1.75 GiB")
claim(f, "2560", "kv_cache_per_token", "KiB", KVT(L31_70), X, "off_2x", anchor="| Llama-3.1-70B | 2560 |", note="320 KiB")
claim(f, "80", "kv_cache_total", "GiB", KV(L31_70, 32768), X, "off_2x", anchor="| Llama-3.1-70B | 2560 |", note="10 GiB")
non(f, 'gpu: "RTX 4090 24 GB"', "hardware spec")
f = "en_02"
claim(f, "70.6 GB", "weights", "GB", W(L31_70, "bf16"), X, "wrong_dtype", anchor="| target weights in bf16 |", note="bf16 141 GB")
claim(f, "1.24 GB", "weights", "GB", W(L32_1B, "bf16"), X, "wrong_dtype", anchor="| draft weights in bf16 |", note="2.47 GB")
claim(f, "160 KiB", "kv_cache_per_token", "KiB", KVT(L31_70), X, "off_2x", anchor="| target KV per token |", note="320 KiB")
claim(f, "16 KiB", "kv_cache_per_token", "KiB", KVT(KV_1B), X, "off_2x", anchor="| draft KV per token |", note="32 KiB")
non(f, "hardware: 2x H100 SXM 80GB, TP=2", "hardware spec")
f = "en_03"
claim(f, "6.35 × 10^23", "flops", "FLOP", FL, X, "off_2x", note="6.35e24")
claim(f, "446,000 GPU-hours", "time", "GPU-hours", GPUH, X, "off_2x", note="4.46 M GPU-hours")
claim(f, "about 18 days", "time", "days", GPUH / 1024 / 24, X, "off_2x", hedged=True, note="181 days")
non(f, "tokens: 15T", "workload input")
non(f, "global_batch_tokens: 16M", "workload input")
non("en_04", "teacher_throughput_tok_s: 2000", "workload input")
non("en_07", "prompt_tokens: 2048", "workload input")
non("ru_01", "ram: 128 GB DDR4-3200", "hardware spec")
non("ru_02", "память: 192 ГБ", "hardware spec")
non("ru_04", "8x H200 (141 ГБ на карту)", "hardware spec")
non("ru_06", "pq_байт_на_вектор: 64", "index setting")
non("ru_07", "токенов: 100 млн", "workload input")


f = "ru_01"
KV_Q32_ALL = (64, 40, 128)
claim(f, "65,5", "quantized_file", "ГБ", GG(Q32, "Q4_K_M"), X, "wrong_dtype", anchor="| Qwen2.5-32B | 65,5 | 20 |", note="bf16 size given for Q4_K_M: 20 GB")
claim(f, "20", "kv_cache_total", "ГиБ", KV(KV_Q32, 16384), X, "off_2x", anchor="| Qwen2.5-32B | 65,5 | 20 |", note="40 query heads instead of 8 KV heads: 4 GiB")
claim(f, "16", "quantized_file", "ГБ", GG(L31_8, "Q4_K_M"), X, "wrong_dtype", anchor="| Llama-3.1-8B | 16 | 8 |", note="4.9 GB")
claim(f, "8", "kv_cache_total", "ГиБ", KV(L31_8, 16384), X, "off_2x", anchor="| Llama-3.1-8B | 16 | 8 |", occ=2, note="2 GiB")
claim(f, "7,9", "quantized_file", "ГБ", GG(MX, "Q4_K_M"), X, "moe_active_total", anchor="| Mixtral-8x7B | 7,9 | 8 |", note="28.6 GB")
claim(f, "8", "kv_cache_total", "ГиБ", KV(MX, 16384), X, "off_2x", anchor="| Mixtral-8x7B | 7,9 | 8 |", occ=2, note="2 GiB")
f = "ru_02"
claim(f, "≈ 5,7 ток/с", "throughput", "ток/с", 800e9 / GG(L31_70, "Q4_K_M"), X, "wrong_dtype", hedged=True, note="bf16 size used for the Q4_K_M file: 18.5 tok/s")
claim(f, "≈ 17 ток/с", "throughput", "ток/с", 273e9 / GG(L31_8, "Q4_K_M"), X, "wrong_dtype", hedged=True, anchor="- M4 Pro, 8B Q4_K_M: 273", note="55.6 tok/s")
claim(f, "72 ток/с", "throughput", "ток/с", 800e9 / GG(L31_70, "Q4_K_M"), X, "wrong_kind", note="aggregate given as per-stream: 18.5 tok/s")
f = "en_04"
claim(f, "6.43 GB", "weights", "GB", W(N3, "fp32"), X, "wrong_dtype", anchor="The first reply also listed the student", note="fp32 12.85 GB")
claim(f, "2.5 MiB", "kv_cache_per_token", "MiB", KVT(L31_70), X, "off_2x", note="320 KiB")


f = "ru_03"
claim(f, "49 ГиБ", "kv_cache_total", "ГиБ", KV(Q7, 131072), X, "off_2x", note="28 query heads instead of 4 KV heads: 7 GiB")
claim(f, "64 ГиБ", "kv_cache_total", "ГиБ", KV(L31_8, 131072), X, "off_2x", note="32 query heads instead of 8 KV heads: 16 GiB")
f = "en_06"
A6 = "**int4 weights (assistant's list):**"
claim(f, "16 GB", "weights", "GB", W(N8, "int4"), X, "wrong_dtype", anchor=A6, note="int4 4.0 GB; 16 GB is bf16")
claim(f, "14.5 GB", "weights", "GB", W(M7, "int4"), X, "wrong_dtype", anchor=A6, note="int4 3.6 GB")
claim(f, "15.2 GB", "weights", "GB", W(Q7, "int4"), X, "wrong_dtype", anchor=A6, note="int4 3.8 GB")
claim(f, "18.5 GB", "weights", "GB", W(G9, "int4"), X, "wrong_dtype", anchor=A6, note="int4 4.6 GB")
f = "ru_04"
claim(f, "671 ГБ", "weights", "ГБ", W(DS, "bf16"), X, "wrong_dtype", anchor="«в bf16 DeepSeek-V3 занял бы", note="bf16 1342 GB")
f = "ru_06"
claim(f, "2,27 ГБ", "weights", "ГБ", W(BGE, "fp16"), X, "wrong_dtype", note="fp32 size; fp16 1.14 GB")
f = "en_03"
claim(f, "1.1 GB", "training", "GB", zero(N70, 256, 3), X, "off_2x", anchor="On the 256-GPU pilot", note="16N/256 = 4.4 GB")
claim(f, "4.4 GB", "training", "GB", zero(N70, 256, 3), H, anchor="On the 256-GPU pilot")

#@@CLAIMS@@



# ---- checks and output ---------------------------------------------------------------------------
RATIO_ERRORS = {"off_2x", "per_gpu", "wrong_unit", "wrong_kind", "wrong_dtype", "moe_active_total"}


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
            raise SystemExit("truth.json is stale: run python tests/claims_corpus_t/truth.py")
        summary(truth)
        print("truth.json is current; every check passed")
        return 0
    path.write_text(text, encoding="utf-8")
    summary(truth)
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
