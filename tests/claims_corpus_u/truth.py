#!/usr/bin/env python3
"""Ground truth for blind sizing-claims corpus U (tests/claims_corpus_u/notes).

Written without reading vaultkit's code, its tests or the other corpora's notes (only corpus K's
README, truth.py and truth.json were read, for the schema; the checking machinery below is adapted
from K's truth.py).  Facts come from /work/shared/claims-gold.md: bytes per dtype, exact parameter
counts and configs of the catalogued models, measured GGUF bits per weight (Llama-3.1-8B), the
KV-cache, training-memory and activation formulas.  Models that claims-gold lacks (Llama-3.1-405B,
Llama-3.2-1B/3B, Qwen2.5-72B, Mixtral-8x22B, DeepSeek-V3, Qwen3-30B-A3B, Phi-3-mini, Phi-4,
Gemma-2-2B/9B, bge-m3) appear with their config or parameter count stated in the note, and the
truth computes from those stated values.  Nothing here imports vaultkit.

    python tests/claims_corpus_u/truth.py          # verify and (re)write truth.json
    python tests/claims_corpus_u/truth.py --check  # verify; fail if truth.json is stale

Each claim: note, figure (exact text on its line), anchor (text that occurs on exactly one line
of the note; default the figure), occurrence, kind, printed unit, correct value in base units,
intended verdict, error class, quoted (the note attributes the figure to a chat answer or another
source).  The script stops when the arithmetic disagrees with the intended verdict, when the
anchor line does not contain the figure standing on its own, when a wrong claim is off by less
than 1.95x for its error class (or, for a GB/GiB mix-up, does not hold in the twin unit), or when
a non-claim line is also a claim line.
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
         "billion": 1e9, "million": 1e6, "days": 1, "суток": 1, "дней": 1,
         "GB/s": 1e9, "ГБ/с": 1e9, "vectors": 1, "векторов": 1, "sequences": 1, "последовательностей": 1,
         "blocks": 1, "блоков": 1, "GPUs": 1, "карт": 1, "ч": 1, "дн": 1, "PFLOP": 1e15, "EFLOP": 1e18,
         "FLOPs": 1, "tokens/param": 1, "bytes/param": 1, "байт/параметр": 1, "K": 1e3, "тыс.": 1e3,
         "трлн": 1e12, "T": 1e12, "min": 60, "мин": 60, "TFLOP/s": 1e12, "TFLOP": 1e12, "ZFLOP": 1e21}
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


# ---- extra facts: models the catalogue lacks are computed from the config printed in the note ----
N["llama3.1-8b"] = N["llama3-8b"]
N["llama3.1-70b"] = N["llama3-70b"]
CFG["llama3.1-8b"] = CFG["llama3-8b"]
CFG["llama3.1-70b"] = CFG["llama3-70b"]
GIB80 = 80 * GIB


def seqs(free, per_tok, ctx):
    return free / (per_tok * ctx)


# ---- en_01: vLLM paged KV budget on one H100 -------------------------------------------------------
f = "en_01"
L8, L70, Q7, M7 = "llama3-8b", "llama3-70b", "qwen2.5-7b", "mistral-7b"
POOL = 0.9 * GIB80
FREE8 = POOL - W(L8, "bf16")
claim(f, "16.1 GB", "weights", "GB", W(L8, "bf16"), H, anchor="weights_bf16: 16.1 GB")
claim(f, "128", "kv_cache_per_token", "KiB", KVT(L8), H, anchor="kv_per_token_kib: 128")
claim(f, "72 GiB", "arithmetic", "GiB", POOL, H, anchor="may use 72 GiB")
claim(f, "14.96 GiB", "weights", "GiB", W(L8, "bf16"), H)
claim(f, "about 57 GiB", "kv_cache_total", "GiB", FREE8, H, hedged=True)
claim(f, "128 KiB", "kv_cache_per_token", "KiB", KVT(L8), H, anchor="Each token costs")
claim(f, "2 MiB", "kv_cache_total", "MiB", 16 * KVT(L8), H, note="one 16-token block")
claim(f, "roughly 29,200 blocks", "arithmetic", "blocks", FREE8 / (16 * KVT(L8)), H, hedged=True)
claim(f, "about 467K tokens", "tokens", "K tokens", FREE8 / KVT(L8), H, hedged=True)
claim(f, "512 blocks", "arithmetic", "blocks", 8192 / 16, H)
claim(f, "about 57 full-length", "arithmetic", "sequences", seqs(FREE8, KVT(L8), 8192), H, hedged=True)
claim(f, "64 GiB", "kv_cache_total", "GiB", KV(L8, 131072), X, "off_2x",
      note="128 KiB x 131,072 = 16 GiB; 64 GiB counts all 32 query heads instead of 8 KV heads")
claim(f, "64 KiB", "kv_cache_per_token", "KiB", KVT(L8, 1), H)
claim(f, "~934K tokens", "tokens", "K tokens", FREE8 / KVT(L8, 1), H, hedged=True)
claim(f, "32 GB", "kv_cache_total", "GB", KV(L8, 4096, 64), X, "gib_as_gb", note="32 GiB = 34.4 GB")
claim(f, "4 GB", "weights", "GB", W(L8, "fp8"), X, "wrong_dtype", note="fp8 = 8.03 GB; 4 GB is int4")
R8, RQ, RM = "| Llama-3.1-8B-Instruct |", "| Qwen/Qwen2.5-7B-Instruct |", "| Mistral-7B-v0.1 |"
claim(f, "16.1", "weights", "GB", W(L8, "bf16"), H, anchor=R8)
claim(f, "128", "kv_cache_per_token", "KiB", KVT(L8), H, anchor=R8)
claim(f, "57", "arithmetic", "sequences", seqs(FREE8, KVT(L8), 8192), H, anchor=R8, rel=0.02)
claim(f, "15.2", "weights", "GB", W(Q7, "bf16"), H, anchor=RQ)
claim(f, "56", "kv_cache_per_token", "KiB", KVT(Q7), H, anchor=RQ)
claim(f, "132", "arithmetic", "sequences", seqs(POOL - W(Q7, "bf16"), KVT(Q7), 8192), H, anchor=RQ, rel=0.02)
claim(f, "14.5", "weights", "GB", W(M7, "bf16"), H, anchor=RM)
claim(f, "128", "kv_cache_per_token", "KiB", KVT(M7), H, anchor=RM)
claim(f, "58", "arithmetic", "sequences", seqs(POOL - W(M7, "bf16"), KVT(M7), 8192), H, anchor=RM, rel=0.02)
claim(f, "about 1.08M tokens", "tokens", "M tokens", (POOL - W(Q7, "bf16")) / KVT(Q7), H, hedged=True)
W70C = W(L70, "bf16") / 4
FREE70 = POOL - W70C
claim(f, "141 GB", "weights", "GB", W(L70, "bf16"), H)
claim(f, "35.3 GB", "weights", "GB", W70C, H, note="per GPU, TP=4")
claim(f, "320 KiB", "kv_cache_per_token", "KiB", KVT(L70), H)
claim(f, "80 KiB", "kv_cache_per_token", "KiB", KVT(L70) / 4, H, note="per GPU")
claim(f, "32.9", "weights", "GiB", W70C, H, anchor="Free per card")
claim(f, "39 GiB", "kv_cache_total", "GiB", FREE70, H)
claim(f, "≈ 510K tokens", "tokens", "K tokens", 4 * FREE70 / KVT(L70), H, hedged=True)
claim(f, "roughly 62 concurrent", "arithmetic", "sequences", 4 * FREE70 / KVT(L70) / 8192, H, hedged=True)
claim(f, "about 250 sequences", "arithmetic", "sequences", 4 * FREE70 / KVT(L70) / 8192, X, "per_gpu",
      hedged=True, note="62 sequences is already the node total (four cards' pools together)")
claim(f, "128 KiB", "kv_cache_per_token", "KiB", KVT(L8), H, anchor="TL;DR")
non(f, "created: 2026-10-02", "date")
non(f, "version: 0.6.3.post1", "version")
non(f, "hourly_price_usd: 2.49", "price")
non(f, "review_after: 2027-01-15", "date")
non(f, "rating: 4", "rating")
non(f, "https://arxiv.org/abs/2309.06180", "URL, arXiv id")
non(f, "--max-num-seqs 256", "hyper-parameter")
non(f, "--port 8000 --seed 42", "port, seed, issue number")
non(f, "The paper came out on 2023-09-12", "dates, version")
non(f, "p50 latency in our test was 182 ms", "measured latency, request rate")
non(f, "$2.49 per GPU-hour", "prices")


# ---- en_02: quantization formats, Llama-3.1-70B named once -----------------------------------------
f = "en_02"
N70 = N["llama3-70b"]
GQ = 4 + (16 + 4) / 128
claim(f, "70553706496", "params", "params", N70, H)
claim(f, "141.1 GB", "weights", "GB", W(N70, "bf16"), H)
claim(f, "131.4 GiB", "weights", "GiB", W(N70, "bf16"), H, anchor="(131.4 GiB)")
claim(f, "35.3 GB", "weights", "GB", W(N70, "int4"), H)
claim(f, "0.125 bit", "bits_per_weight", "bits", 16 / 128, H, anchor="A per-group fp16 scale")
claim(f, "0.03 bit", "bits_per_weight", "bits", 4 / 128, H)
claim(f, "about 4.16 bits", "bits_per_weight", "bits", GQ, H, hedged=True)
claim(f, "36.7 GB", "quantized_file", "GB", N70 * GQ / 8, H, anchor="GPTQ checkpoint on disk")
claim(f, "0.625 bit", "bits_per_weight", "bits", 20 / 32, H)
claim(f, "8.8 GB", "quantized_file", "GB", N70 * 0.125 / 8, X, "off_2x", note="bits read as bytes: 1.1 GB")
claim(f, "0.5 bit", "bits_per_weight", "bits", 32 / 64, H)
claim(f, "4.5 bpw", "bits_per_weight", "bits", 4.5, H)
claim(f, "39.7 GB", "quantized_file", "GB", N70 * 4.5 / 8, H)
claim(f, "0.127 bit", "bits_per_weight", "bits", NF4 - 4, H)
claim(f, "4.127 bpw", "bits_per_weight", "bits", NF4, H)
claim(f, "36.4 GB", "quantized_file", "GB", N70 * NF4 / 8, H)
claim(f, "about 3.3 GB", "quantized_file", "GB", N70 * (4.5 - NF4) / 8, H, hedged=True)
claim(f, "70.6 GB", "weights", "GB", W(N70, "int8"), H)
claim(f, "41.0 GB", "quantized_file", "GB", N70 * 4.65 / 8, H)
claim(f, "11 GB", "quantized_file", "GB", N70 * 2.5 / 8, X, "off_2x", note="2.5 bpw = 22.0 GB")
claim(f, "43.2 GiB", "quantized_file", "GiB", GG(N70, "Q4_K_M"), X, "gb_as_gib", rel=0.02, note="43.2 GB = 40.2 GiB")
T = {"bf16": (16, W(N70, "bf16"), H), "LLM.int8": (8, W(N70, "int8"), H), "GPTQ g128": (4.16, N70 * GQ / 8, H),
     "AWQ g128": (4.16, N70 * GQ / 8, X), "nf4 + double quant": (4.127, N70 * NF4 / 8, H),
     "EXL2 4.65": (4.65, N70 * 4.65 / 8, H), "GGUF Q4_K_M": (4.89, GG(N70, "Q4_K_M"), H)}
CELLS = {"bf16": ("16", "131.4"), "LLM.int8": ("8", "65.7"), "GPTQ g128": ("4.16", "34.1"),
         "AWQ g128": ("4.16", "36.7"), "nf4 + double quant": ("4.127", "33.9"), "EXL2 4.65": ("4.65", "38.2"),
         "GGUF Q4_K_M": ("4.89", "40.2")}
for k, (b, v, e) in T.items():
    bc, sc = CELLS[k]
    real_b = {"GPTQ g128": GQ, "AWQ g128": GQ, "nf4 + double quant": NF4, "GGUF Q4_K_M": BPW["Q4_K_M"]}.get(k, b)
    claim(f, bc, "bits_per_weight", "bits", real_b, H, anchor=f"| {k} |")
    claim(f, sc, "quantized_file" if b < 8 else "weights", "GiB", v, e, "gb_as_gib" if e == X else None,
          anchor=f"| {k} |", rel=0.02 if k == "GGUF Q4_K_M" else None,
          note="36.7 is the GB figure; 34.1 GiB" if e == X else "")
claim(f, "about 3.9x", "ratio", "×", 16 / NF4, H, hedged=True)
claim(f, "4x", "ratio", "×", 16 / GQ, H, anchor="AWQ is 4x smaller")
claim(f, "33.9 GiB", "quantized_file", "GiB", N70 * NF4 / 8, H)
claim(f, "about 14 GiB", "arithmetic", "GiB", 48 * GIB - N70 * NF4 / 8, H, hedged=True)
claim(f, "320 KiB", "kv_cache_per_token", "KiB", KVT(L70), H)
claim(f, "~46K tokens", "tokens", "K tokens", (48 * GIB - N70 * NF4 / 8) / KVT(L70), H, hedged=True)
non(f, "created: 2026-11-11T19:40", "date")
non(f, "damp_percent: 0.01", "hyper-parameter")
non(f, "cost_estimate_eur: 3400", "price")
non(f, "version: autoawq 0.2.7", "version")
non(f, "https://arxiv.org/abs/2306.00978", "URL")
non(f, "Marlin kernels for GPTQ/AWQ ran at", "measured speed, versions")
non(f, "MMLU: bf16 82.0", "benchmark scores")
non(f, "Wikitext-2 perplexity", "perplexity, issue number")
non(f, "Calibration: 128 samples", "hyper-parameters")


# ---- en_03: QLoRA on one RTX 4090 ------------------------------------------------------------------
f = "en_03"
LO = lora(32, 16, [(4096, 4096), (4096, 1024), (4096, 1024), (4096, 4096), (4096, 14336), (4096, 14336), (14336, 4096)])
LOQ = lora(32, 16, [(4096, 4096), (4096, 1024), (4096, 1024), (4096, 4096)])
ACTF = 2 * 2048 * 4 * 4096
LOGIT = 4 * 2048 * 4 * 128256
claim(f, "4.1", "quantized_file", "GB", N[L8] * NF4 / 8, H, anchor="base_nf4_gb: 4.1")
claim(f, "41.9M", "params", "M", LO, H, anchor="adapters_trainable: 41.9M")
claim(f, "336", "training", "MB", 8 * LO, H, anchor="optimizer_mb: 336")
claim(f, "4.1 GB", "quantized_file", "GB", N[L8] * NF4 / 8, H, anchor="the frozen base is 4.1 GB")
claim(f, "8 GB", "weights", "GB", W(L8, "bf16"), X, "wrong_dtype", anchor="the same base in bf16", note="bf16 = 16.1 GB; 8 GB is int8")
claim(f, "1,310,720", "params", "params", LO / 32, H)
claim(f, "41.9M", "params", "M", LO, H, anchor="so 41.9M trainable")
claim(f, "13.6M", "params", "M", LOQ, H)
claim(f, "168 MB", "training", "MB", 4 * LO, H, anchor="fp32 adapter weights")
claim(f, "168 MB", "training", "MB", 4 * LO, H, anchor="fp32 gradients")
claim(f, "336 MB", "training", "MB", 8 * LO, H)
claim(f, "16 bytes", "training", "bytes/param", 16, H)
claim(f, "671 MB", "training", "MB", 16 * LO, H, anchor="→ 16 bytes per trainable")
claim(f, "~168 MB", "weights", "MB", 2 * LO, X, "wrong_dtype", hedged=True, note="bf16 adapter = 83.9 MB; 168 MB is fp32")
claim(f, "67 MB", "activations", "MB", ACTF, H)
claim(f, "≈ 2.1 GB", "activations", "GB", 32 * ACTF, H, hedged=True)
claim(f, "36.5 GB", "activations", "GB", 32 * 34 * 2048 * 4 * 4096, H)
claim(f, "4.2 GB", "activations", "GB", LOGIT, H, anchor="The big surprise")
claim(f, "8.4 GB", "activations", "GB", 2 * LOGIT, H, anchor="The big surprise")
claim(f, "1.05 MB", "activations", "MB", LOGIT / 4, X, "off_2x", note="per sequence 1.05 GB (MB vs GB)")
claim(f, "≈ 15.3 GB", "arithmetic", "GB", N[L8] * NF4 / 8 + 16 * LO + 32 * ACTF + 2 * LOGIT, H, hedged=True)
claim(f, "about 32 GB", "training", "GB", 16 * N[L8], X, "off_2x", hedged=True,
      note="mixed-precision full FT needs 16 B/param = 128.5 GB; 32 GB is weights + grads at fp16 only")
claim(f, "64.2 GB", "training", "GB", 8 * N[L8], H)
claim(f, "4.1", "quantized_file", "GB", N[L8] * NF4 / 8, H, anchor="| Llama-3.1-8B | 4.1")
claim(f, "4.2", "activations", "GB", LOGIT, H, anchor="| Llama-3.1-8B | 4.1")
claim(f, "3.9", "quantized_file", "GB", N[Q7] * NF4 / 8, H, anchor="| Qwen2.5-7B (vocab")
claim(f, "5.0", "activations", "GB", 4 * 2048 * 4 * 152064, H, anchor="| Qwen2.5-7B (vocab")
claim(f, "14.5", "quantized_file", "GB", N[M7] * NF4 / 8, X, "wrong_dtype", anchor="| Mistral-7B-v0.1 (vocab",
      note="nf4 = 3.7 GB; 14.5 GB is bf16")
claim(f, "1.0", "activations", "GB", 4 * 2048 * 4 * 32000, H, anchor="| Mistral-7B-v0.1 (vocab")
claim(f, "≈ 24.6M tokens", "tokens", "M tokens", 12000 * 2048, H, hedged=True)
claim(f, "about 3 hours", "time", "hours", 12000 * 2048 / 2300 / 3600, H, hedged=True)
claim(f, "about 4.5 hours", "time", "hours", 3 * 12000 * 2048 / 2300 / 3600, X, "off_2x", hedged=True,
      note="3 epochs = 8.9 hours")
claim(f, "~15 GB", "arithmetic", "GB", N[L8] * NF4 / 8 + 16 * LO + 32 * ACTF + 2 * LOGIT, H, hedged=True,
      anchor="Fits in 24 GB")
non(f, "created: 2026-11-20", "date")
non(f, "split: [0.9, 0.05, 0.05]", "data split")
non(f, "lr: 2.0e-4", "hyper-parameter")
non(f, "power_limit_w: 350", "setting")
non(f, "https://arxiv.org/abs/2305.14314", "URL")
non(f, "2026-11-21: run #3 crashed", "date, step, batch")
non(f, "loss 1.41", "loss, score")
non(f, "Electricity: 0.35 kW", "price, energy")
non(f, "lora_alpha: 32", "hyper-parameter")


# ---- en_04: MoE serving and offload (configs and totals stated in the note) ---------------------------
f = "en_04"
DS, DSA = 671e9, 37e9
DSKV = 61 * (512 + 64) * 2
MXA = ACTIVE_M7
X22, X22A = 141e9, 39e9
Q3, Q3A = 30.5e9, 3.3e9
claim(f, "671 GB", "weights", "GB", DS, H, anchor="Native fp8 checkpoint")
claim(f, "1.34 TB", "weights", "TB", 2 * DS, H)
claim(f, "~37 GB", "weights", "GB", DS, X, "wrong_kind", hedged=True, quoted=True, note="all 671 GB must be resident; 37 GB is the active slice")
claim(f, "1128 GB", "arithmetic", "GB", 8 * 141e9, H)
claim(f, "83.9 GB", "weights", "GB", DS / 8, H, anchor="One node of 8×H200", note="per GPU, TP=8")
claim(f, "70,272 bytes", "kv_cache_per_token", "bytes", DSKV, H)
claim(f, "≈ 68.6 KiB", "kv_cache_per_token", "KiB", DSKV, H, hedged=True)
claim(f, "8.6 GiB", "kv_cache_total", "GiB", DSKV * 131072, H)
claim(f, "2.3 GB", "kv_cache_total", "GB", DSKV * 32768 * 32, X, "off_2x", note="one user's 2.3 GB; 32 users = 73.7 GB")
claim(f, "roughly 18x", "ratio", "×", DS / DSA, H, hedged=True)
claim(f, "93.4 GiB", "weights", "GiB", W("mixtral-8x7b", "bf16"), X, "gb_as_gib", note="93.4 GB = 87.0 GiB")
claim(f, "25.8 GB", "weights", "GB", 2 * MXA, H)
claim(f, "~28.6 GB", "quantized_file", "GB", GG("mixtral-8x7b", "Q4_K_M"), H, hedged=True)
claim(f, "≈ 7.9 GB", "quantized_file", "GB", MXA * BPW["Q4_K_M"] / 8, H, hedged=True)
claim(f, "≈ 10 tok/s", "throughput", "tok/s", 80e9 / (MXA * BPW["Q4_K_M"] / 8), H, hedged=True)
claim(f, "2.8 tok/s", "throughput", "tok/s", 80e9 / (MXA * BPW["Q4_K_M"] / 8), X, "wrong_kind", bound="upper", quoted=True,
      note="only the active experts are read per token: ~10 tok/s")
claim(f, "282 GB", "weights", "GB", 2 * X22, H)
claim(f, "224 KiB", "kv_cache_per_token", "KiB", KVT((56, 8, 128)), H)
claim(f, "1.31 MiB", "kv_cache_per_token", "MiB", KVT((56, 48, 128)), H, note="counterfactual with 48 heads, as the sentence says")
claim(f, "141 GB", "weights", "GB", 0.5 * X22, X, "wrong_dtype", anchor="At int4 the weights", note="int4 = 70.5 GB; 141 GB is fp8")
claim(f, "262.6 GiB", "weights", "GiB", 2 * X22, H)
claim(f, "about 57 GiB", "arithmetic", "GiB", 320 * GIB - 2 * X22, H, hedged=True)
claim(f, "6.6 GB", "weights", "GB", 2 * Q3, X, "wrong_kind", note="bf16 needs all 30.5B: 61 GB")
claim(f, "15.3 GB", "weights", "GB", 0.5 * Q3, H)
for row, (t, a, w, r, ew, er) in {
        "| DeepSeek-V3 |": ("671", "37", "671", "37", H, H),
        "| Mixtral 8x7B |": ("46.7", "12.9", "46.7", "12.9", H, H),
        "| Mixtral 8x22B |": ("141", "39", "141", "39", H, H),
        "| Qwen3-30B-A3B |": ("30.5", "3.3", "3.3", "30.5", X, X)}.items():
    tot, act_ = {"| DeepSeek-V3 |": (DS, DSA), "| Mixtral 8x7B |": (N["mixtral-8x7b"], MXA),
                 "| Mixtral 8x22B |": (X22, X22A), "| Qwen3-30B-A3B |": (Q3, Q3A)}[row]
    claim(f, w, "weights", "GB", tot, ew, "wrong_kind" if ew == X else None, anchor=row,
          occ=2 if (w == t) else (2 if w == a else 1), note="active and total swapped" if ew == X else "")
    claim(f, r, "weights", "GB", act_, er, "wrong_kind" if er == X else None, anchor=row,
          occ=2 if (r == a) else (2 if r == t else 1), note="active and total swapped" if er == X else "")
non(f, "created: 2026-11-25", "date")
non(f, "ddr5_bandwidth_gbs: 80", "setting")
non(f, "PR #11397", "PR number")
non(f, "H200 list price seen", "prices, date")
non(f, "llama.cpp b4762", "versions, score")
non(f, "arXiv 2412.19437", "arXiv id, date")


# ---- en_04 extras: parameter columns -----------------------------------------------------------
f = "en_04"
for row, (t, a, tv, av) in {"| DeepSeek-V3 |": ("671", "37", DS, DSA), "| Mixtral 8x7B |": ("46.7", "12.9", N["mixtral-8x7b"], MXA),
                            "| Mixtral 8x22B |": ("141", "39", X22, X22A), "| Qwen3-30B-A3B |": ("30.5", "3.3", Q3, Q3A)}.items():
    claim(f, t, "params", "B", tv, H, anchor=row)
    claim(f, a, "params", "B", av, H, anchor=row)
claim(f, "46.7B", "params", "B", N["mixtral-8x7b"], H, anchor="46.7B total and 12.9B active")
claim(f, "12.9B", "params", "B", MXA, H, anchor="46.7B total and 12.9B active")


# ---- en_05: tensor / pipeline parallel shares ----------------------------------------------------
f = "en_05"
P405, Q72 = 405.9e9, 72.7e9
claim(f, "811.8 GB", "weights", "GB", 2 * P405, H)
claim(f, "405.9 GB", "weights", "GB", P405, H)
claim(f, "50.7 GB", "weights", "GB", P405 / 8, H, anchor="fp8 on one node", note="per GPU")
claim(f, "101.5 GB", "weights", "GB", 2 * P405 / 16, X, "per_gpu", note="16 GPUs: 50.7 GB each; 101.5 GB is the TP=8 share")
claim(f, "504 KiB", "kv_cache_per_token", "KiB", KVT((126, 8, 128)), H)
claim(f, "63 KiB", "kv_cache_per_token", "KiB", KVT((126, 8, 128)) / 8, H)
claim(f, "70.6 GB", "weights", "GB", W(L70, "bf16") / 2, H, anchor="**TP=2:**")
claim(f, "35.3 GB", "weights", "GB", W(L70, "bf16") / 4, H, anchor="**TP=2:**")
claim(f, "17.6 GB", "weights", "GB", W(L70, "bf16") / 8, H, anchor="**TP=2:**")
claim(f, "70.6 GB", "weights", "GB", W(L70, "fp8") / 2, X, "per_gpu", anchor="In fp8 on two cards", note="35.3 GB per card")
claim(f, "≈ 35 GB", "weights", "GB", W(L70, "bf16") / 4, H, hedged=True)
claim(f, "40 GiB", "kv_cache_total", "GiB", KV(L70, 8192, 16), H, anchor="Cache for 16 sequences")
claim(f, "40 GiB", "kv_cache_total", "GiB", KV(L70, 8192, 16) / 4, X, "per_gpu", anchor="Cache for 16 sequences", occ=2,
      note="10 GiB per card")
claim(f, "35.3", "weights", "GB", W(L70, "bf16") / 4, H, anchor="\\text{weights per GPU}")
claim(f, "145.4 GB", "weights", "GB", 2 * Q72, H)
claim(f, "72.7 GB", "weights", "GB", Q72, H, anchor="TP=2 puts")
claim(f, "85.9 GB", "arithmetic", "GB", 80 * GIB, H)
claim(f, "13.2 GB", "arithmetic", "GB", 80 * GIB - Q72, H)
claim(f, "160 KiB", "kv_cache_per_token", "KiB", KVT((80, 8, 128)), X, "off_2x", anchor="8 KV heads over 80 layers",
      note="forgot the 2 of K and V: 320 KiB")
claim(f, "≈ 36.4 GB", "weights", "GB", 0.5 * Q72, H, hedged=True)
claim(f, "36.4 GB", "weights", "GB", 0.5 * Q72 / 2, X, "per_gpu", anchor="across two RTX 4090s", note="18.2 GB per card")
for row, (wc, kc, wv, kv, ew, ek) in {
        "| Llama-3.1-405B |": ("101.5", "63", 2 * P405 / 8, KVT((126, 8, 128)) / 8, H, H),
        "| Llama-3.1-70B (TP4) |": ("35.3", "80", W(L70, "bf16") / 4, KVT(L70) / 4, H, H),
        "| Llama-3.1-70B (TP8) |": ("17.6", "320", W(L70, "bf16") / 8, KVT(L70) / 8, H, X),
        "| Qwen2.5-72B (TP4) |": ("36.4", "80", 2 * Q72 / 4, KVT((80, 8, 128)) / 4, H, H),
        "| Qwen2.5-72B (TP2) |": ("145.4", "160", 2 * Q72 / 2, KVT((80, 8, 128)) / 2, X, H)}.items():
    claim(f, wc, "weights", "GB", wv, ew, "per_gpu" if ew == X else None, anchor=row, rel=0.01,
          note="node total given as the per-GPU share" if ew == X else "")
    claim(f, kc, "kv_cache_per_token", "KiB", kv, ek, "per_gpu" if ek == X else None, anchor=row,
          note="whole-model figure given as the per-GPU share" if ek == X else "")
non(f, "created: 2026-09-14", "date")
non(f, "interconnect: NVLink 4", "bandwidth spec (not checked)")
non(f, "Megatron-LM core_r0.9.0", "version")
non(f, "(issue #6182)", "issue number")
non(f, "NVLink 4: 18 links", "measured bandwidth")
non(f, "IB: 400 Gb/s per port", "spec, dates, times")
non(f, "TensorRT-LLM build took 41 min", "duration, version")


# ---- en_06: edge and phones (configs stated in the front matter) ----------------------------------
f = "en_06"
B1, B3, PHI, G2 = 1_235_814_400, 3_212_749_824, 3.82e9, 2.61e9
K1, K3, KP, KG = KVT((16, 8, 64)), KVT((28, 8, 128)), KVT((32, 32, 96)), KVT((26, 4, 256))
claim(f, "2.47 GB", "weights", "GB", 2 * B1, H)
claim(f, "618 MB", "weights", "MB", 0.5 * B1, H)
claim(f, "≈ 756 MB", "quantized_file", "MB", GG(B1, "Q4_K_M"), H, hedged=True)
claim(f, "1.31 GB", "quantized_file", "GB", GG(B1, "Q8_0"), H, rel=0.02)
claim(f, "2.5 GB", "weights", "GB", 4 * B1, X, "wrong_dtype", note="fp32 = 4.94 GB; 2.5 GB is bf16")
claim(f, "32 KiB", "kv_cache_per_token", "KiB", K1, H)
claim(f, "256 MiB", "kv_cache_total", "MiB", K1 * 8192, H)
claim(f, "4.0 GB", "kv_cache_total", "GB", K1 * 131072, X, "gib_as_gb", note="4 GiB = 4.29 GB")
claim(f, "6.43 GB", "weights", "GB", 2 * B3, H)
claim(f, "3.2 GB", "weights", "GB", 2 * B3, X, "wrong_dtype", anchor="A 4 GB phone budget", note="bf16 = 6.43 GB; 3.2 GB is int8")
claim(f, "1.97 GiB", "quantized_file", "GiB", GG(B3, "Q4_K_M"), X, "gb_as_gib", note="1.97 GB = 1.83 GiB")
claim(f, "112 KiB", "kv_cache_per_token", "KiB", K3, H, anchor="**Cache.**")
claim(f, "896 KiB", "kv_cache_total", "KiB", K3 * 8192, X, "off_2x", note="896 MiB")
claim(f, "384 KiB", "kv_cache_per_token", "KiB", KP, H)
claim(f, "0.75 GiB", "kv_cache_total", "GiB", KP * 4096, X, "off_2x", note="1.5 GiB; the K-and-V factor dropped")
claim(f, "5.2 GB", "weights", "GB", 2 * G2, H)
claim(f, "about 1.6 GB", "quantized_file", "GB", GG(G2, "Q4_K_M"), H, hedged=True)
for row, (qc, kc, qv, kv, eq, ek) in {
        "| Llama-3.2-1B |": ("756", "32", GG(B1, "Q4_K_M"), K1, H, H),
        "| Llama-3.2-3B |": ("1966", "112", GG(B3, "Q4_K_M"), K3, H, H),
        "| Phi-3-mini-4k |": ("2337", "384", GG(PHI, "Q4_K_M"), KP, H, H),
        "| Gemma-2-2B |": ("1597", "52", GG(G2, "Q4_K_M"), KG, H, X)}.items():
    claim(f, qc, "quantized_file", "MB", qv, eq, anchor=row, rel=0.02)
    claim(f, kc, "kv_cache_per_token", "KiB", kv, ek, "off_2x" if ek == X else None, anchor=row,
          note="104 KiB: the K-and-V factor dropped" if ek == X else "")
claim(f, "≈ 79 tok/s", "throughput", "tok/s", 60e9 / GG(B1, "Q4_K_M"), H, hedged=True)
claim(f, "≈ 30 tok/s", "throughput", "tok/s", 60e9 / GG(B3, "Q4_K_M"), H, hedged=True)
claim(f, "~19 tok/s", "throughput", "tok/s", 60e9 / (2 * B3), X, "off_2x", hedged=True, note="bf16: 9.3 tok/s; 19 is the int8 ceiling")
claim(f, "<1 GB", "quantized_file", "GB", GG(B1, "Q4_K_M"), H, bound="upper")
claim(f, "~2 GB", "quantized_file", "GB", GG(B3, "Q4_K_M"), H, hedged=True)
non(f, "created: 2026-11-06", "date")
non(f, "bandwidth_gbs: 60", "device spec")
non(f, "apps: [MLC Chat 0.1.x", "versions")
non(f, "Measured: 41 tok/s", "measured speeds, battery percent, minutes")
non(f, "Pixel 9 Pro bought", "date, price, version")
non(f, "Thermal throttling", "minutes, temperature")
non(f, "Tokenizer vocab 128,256", "vocabulary size")


# ---- en_07: benchmark, decode ceilings and TTFT ---------------------------------------------------------
f = "en_07"
W8 = W(L8, "bf16")
KV32 = KV(L8, 2048, 32)
claim(f, "16.06 GB", "weights", "GB", W8, H, anchor="Every token reads all")
claim(f, "≈ 209 tok/s", "throughput", "tok/s", H100_BW / W8, H, hedged=True)
claim(f, "68 %", "percentage", "%", 100 * 142 / (H100_BW / W8), H, anchor="We measured 142 tok/s")
claim(f, "126 tok/s", "throughput", "tok/s", 1008e9 / W8, X, "wrong_dtype", note="bf16: 62.8 tok/s; 126 is the int8 ceiling")
claim(f, "4.91 GB", "quantized_file", "GB", GG(L8, "Q4_K_M"), H, rel=0.02)
claim(f, "about 205 tok/s", "throughput", "tok/s", 1008e9 / GG(L8, "Q4_K_M"), H, hedged=True)
claim(f, "7.0 ms", "time", "ms", 1 / 142, H)
claim(f, "1.6 ms", "time", "ms", 1 / 62.8, X, "off_2x", note="15.9 ms")
claim(f, "463 tok/s", "throughput", "tok/s", H100_BW / W(M7, "fp16"), X, "wrong_dtype", note="fp16 = 14.48 GB: 231 tok/s")
claim(f, "15.2 GB", "weights", "GB", W(Q7, "bf16"), H, anchor="**Qwen2.5-7B bf16:**")
claim(f, "220 tok/s", "throughput", "tok/s", H100_BW / W(Q7, "bf16"), H, anchor="**Qwen2.5-7B bf16:**")
claim(f, "17.6 GB", "weights", "GB", W(L70, "fp8") / 4, H)
claim(f, "≈ 190 tok/s", "throughput", "tok/s", H100_BW / (W(L70, "fp8") / 4), H, hedged=True)
claim(f, "47 tok/s", "throughput", "tok/s", H100_BW / (W(L70, "fp8") / 4), X, "per_gpu", quoted=True, note="divided by the whole 70.6 GB")
claim(f, "8 GiB", "kv_cache_total", "GiB", KV32, H)
claim(f, "8.6 GB", "kv_cache_total", "GB", KV32, H, anchor="= 8 GiB (8.6 GB)")
claim(f, "24.7 GB", "arithmetic", "GB", W8 + KV32, H)
claim(f, "~7.4 ms", "time", "ms", (W8 + KV32) / H100_BW, H, hedged=True)
claim(f, "≈ 4,300 tok/s", "throughput", "tok/s", 32 * H100_BW / (W8 + KV32), H, hedged=True)
claim(f, "256 MiB", "kv_cache_total", "MiB", KV32, X, "off_2x", note="256 MiB is one stream; the step reads 8 GiB")
claim(f, "64.2 TFLOP", "flops", "TFLOP", 2 * N[L8] * 4000, H)
claim(f, "160 ms", "time", "ms", 2 * N[L8] * 4000 / 400e12, H, anchor="at 400 TFLOP/s effective")
claim(f, "80 ms", "time", "ms", 2 * N[L8] * 8192 / 400e12, X, "off_2x", note="8K prompt: 329 ms")
claim(f, "56 TFLOP", "flops", "TFLOP", 2 * N[L70] * 4000, X, "off_2x", note="564 TFLOP")
claim(f, "209", "throughput", "tok/s", H100_BW / W8, H, anchor="| r1 8B bf16 H100 |")
claim(f, "68 %", "percentage", "%", 100 * 142 / (H100_BW / W8), H, anchor="| r1 8B bf16 H100 |")
claim(f, "220", "throughput", "tok/s", H100_BW / W(Q7, "bf16"), H, anchor="| r4 Qwen2.5-7B bf16 |")
claim(f, "69 %", "percentage", "%", 100 * 151 / (H100_BW / W(Q7, "bf16")), H, anchor="| r4 Qwen2.5-7B bf16 |")
claim(f, "190", "throughput", "tok/s", H100_BW / (W(L70, "fp8") / 4), H, anchor="| r3 70B fp8 TP4 |")
claim(f, "62 %", "percentage", "%", 100 * 118 / (H100_BW / (W(L70, "fp8") / 4)), H, anchor="| r3 70B fp8 TP4 |")
non(f, "created: 2026-12-01", "date")
non(f, "nvidia-smi 565.57.01", "version")
non(f, "dense_bf16_tflops: 989", "spec")
non(f, "seed: 1337", "seed")
non(f, "Measured numbers are noisy", "noise percent, run count")
non(f, "request rate 4 req/s", "benchmark settings")
non(f, "GPU clocks locked at 1980 MHz", "clock, temperature, date")
non(f, "p99 ITL 11.3 ms", "measured latencies")
non(f, "concurrency: [1, 8, 32]", "settings")


# ---- ru_01: бюджет предобучения ------------------------------------------------------------------------
f = "ru_01"
FL8 = 6 * N[L8] * 15e12
EFF = 0.4 * 989e12
GH8 = FL8 / EFF / 3600
FL15 = 6 * 1.5e9 * 30e9
GH15 = FL15 / (0.5 * 312e12) / 3600
claim(f, "160,6 млрд токенов", "tokens", "млрд токенов", 20 * N[L8], H, anchor="По Шиншилле (20 токенов")
claim(f, "≈ 1870 токенов", "tokens_per_param", "tokens/param", 15e12 / N[L8], H, hedged=True)
claim(f, "7,2·10²³ FLOP", "flops", "FLOP", FL8, H, hedged=True)
claim(f, "396 TFLOP/s", "arithmetic", "TFLOP/s", EFF, H)
claim(f, "507 тыс.", "time", "тыс.", GH8, H, hedged=True, anchor="Итого ≈ 507 тыс. GPU-часов")
claim(f, "около 8 суток", "time", "суток", GH8 / 1024 / 24, X, "off_2x", hedged=True,
      note="507 тыс. GPU-часов / 1024 = 20,6 суток; 8 суток — это без MFU")
claim(f, "16 байт", "training", "байт/параметр", 16, H, anchor="Смешанная точность с Adam")
claim(f, "128,5 ГБ", "training", "ГБ", 16 * N[L8], H, anchor="т.е. 128,5 ГБ")
claim(f, "128,5 ГБ", "training", "ГБ", 16 * N[L8] / 8, X, "per_gpu", anchor="т.е. 128,5 ГБ", occ=2,
      note="ZeRO-3 на 8 GPU: 16,1 ГБ на карту")
claim(f, "60 ТБ", "arithmetic", "ТБ", 15e12 * 4, H)
claim(f, "15 ТБ", "arithmetic", "ТБ", 15e12 * 2, X, "off_2x", note="uint16: 30 ТБ")
claim(f, "140 млрд токенов", "tokens", "млрд токенов", 20 * N[L70], X, "off_2x", note="20 × 70,6 млрд = 1,41 трлн")
claim(f, "6,3·10²⁴ FLOP", "flops", "FLOP", 6 * N[L70] * 15e12, H)
claim(f, "30 млрд токенов", "tokens", "млрд токенов", 30e9, H, anchor="1. Токены: 20 × 1,5 млрд")
claim(f, "2,7·10²⁰", "flops", "FLOP", FL15, H, anchor="2. FLOP:")
claim(f, "156 TFLOP/s", "arithmetic", "TFLOP/s", 0.5 * 312e12, H)
claim(f, "481 GPU-час", "time", "GPU-hours", GH15, H)
claim(f, "7,5 часа", "time", "hours", GH15 / 64, H, anchor="4. На 64 картах")
claim(f, "7,5 часа", "time", "hours", GH15 / 8, X, "per_gpu", anchor="4. На 64 картах", occ=2, note="на 8 картах — 60 часов")
claim(f, "30 млрд", "tokens", "млрд", 30e9, H, anchor="| наша-1.5B |")
claim(f, "2,7·10²⁰", "flops", "FLOP", FL15, H, anchor="| наша-1.5B |")
claim(f, "160,6 млрд", "tokens", "млрд", 20 * N[L8], H, anchor="| Llama-3-8B |")
claim(f, "7,7·10²¹", "flops", "FLOP", 6 * N[L8] * 20 * N[L8], H, anchor="| Llama-3-8B |")
claim(f, "1,41 трлн", "tokens", "трлн", 20 * N[L70], H, anchor="| Llama-3-70B |")
claim(f, "2,0·10²³", "flops", "FLOP", 6 * N[L70] * 20 * N[L70], X, "off_2x", anchor="| Llama-3-70B |",
      note="6ND = 6,0·10²³; 2,0·10²³ is 2ND")
non(f, "created: 2026-11-14", "date")
non(f, "цена_часа_usd: 2.1", "price")
non(f, "ревью: 2027-01-10", "date")
non(f, "507 тыс. GPU-часов × $2,1", "cost in dollars, percent")
non(f, "Hoffmann et al., март 2022", "date, arXiv id")
non(f, "Созвон с командой данных", "date, time, room")
non(f, "Loss на 1,5B", "loss values")
non(f, "mfu: 0.40", "hyper-parameter")


# ---- ru_02: эмбеддинги и реранкер -------------------------------------------------------------------
f = "ru_02"
NV = 10e6
claim(f, "40,96 ГБ", "weights", "ГБ", NV * 1024 * 4, H, anchor="**fp32:**", note="vector index bytes")
claim(f, "≈ 38,1 ГиБ", "weights", "ГиБ", NV * 1024 * 4, H, hedged=True)
claim(f, "20,48 ГБ", "weights", "ГБ", NV * 1024 * 1, X, "wrong_dtype", anchor="**int8**", note="int8: 10,24 ГБ; 20,48 is fp16")
claim(f, "128 байт", "weights", "байт", 1024 / 8, H, anchor="**Бинарные:**")
claim(f, "1,28 ГБ", "weights", "ГБ", NV * 128, H, anchor="**Бинарные:**")
claim(f, "в 32 раза", "ratio", "×", 32, H)
claim(f, "10,24 ГБ", "weights", "ГБ", NV * 128, X, "off_2x", anchor="другая оценка из чата", quoted=True, note="bits read as bytes: 1,28 ГБ")
claim(f, "10,24 ГБ", "weights", "ГБ", NV * 256 * 4, H, anchor="обрезать векторы до 256")
claim(f, "в 2 раза", "ratio", "×", 4, X, "off_2x", note="1024/256 = 4")
claim(f, "256 байт", "weights", "байт", 64 * 4, H)
claim(f, "2,56 ГБ", "weights", "ГБ", NV * 256, H, anchor="Каждый вектор хранит")
claim(f, "256 МБ", "weights", "МБ", NV * 256, X, "off_2x", quoted=True, note="2,56 ГБ")
claim(f, "307,2 ГБ", "weights", "ГБ", 100e6 * 768 * 4, H)
claim(f, "≈ 286 ГБ", "weights", "ГБ", 100e6 * 768 * 4, X, "gib_as_gb", note="286 ГиБ = 307,2 ГБ")
claim(f, "1,14 ГБ", "weights", "ГБ", 568e6 * 2, H, anchor="У bge-reranker-v2-m3")
claim(f, "1,14 ГБ", "weights", "ГБ", 568e6 * 4, X, "wrong_dtype", anchor="У bge-reranker-v2-m3", occ=2, note="fp32: 2,27 ГБ")
claim(f, "5,12 млрд токенов", "tokens", "млрд токенов", NV * 512, H)
claim(f, "≈ 5,8·10¹⁸ FLOP", "flops", "FLOP", 2 * 568e6 * NV * 512, H, hedged=True)
claim(f, "2,9·10¹⁸ FLOP", "flops", "FLOP", 568e6 * NV * 512, H, note="counterfactual: N·D without the factor 2, as the sentence says")
for row, (b, g, bv, gv, eb, eg) in {
        "| fp32, 1024 |": ("4096", "40,96", 4096, NV * 4096, H, H),
        "| fp16, 1024 |": ("2048", "20,48", 2048, NV * 2048, H, H),
        "| int8, 1024 |": ("1024", "10,24", 1024, NV * 1024, H, H),
        "| binary, 1024 |": ("128", "1,28", 128, NV * 128, H, H),
        "| fp32, 256 |": ("1024", "2,56", 1024, NV * 1024, H, X)}.items():
    claim(f, b, "weights", "байт", bv, eb, anchor=row, occ=2 if f" {b} " in row else 1)
    claim(f, g, "weights", "ГБ", gv, eg, "off_2x" if eg == X else None, anchor=row,
          note="10 млн × 1024 байта = 10,24 ГБ" if eg == X else "")
non(f, "created: 2026-10-27", "date")
non(f, "ef_construction: 200", "index parameter")
non(f, "бюджет_руб: 180000", "budget")
non(f, "Recall@10 на нашем тесте", "recall scores")
non(f, "Латентность поиска p95", "latency, RPS")
non(f, "Сервер заказан 2026-11-02", "date, price")
non(f, "https://huggingface.co/BAAI/bge-m3", "URL")


# ---- ru_03: дневник экспериментов ----------------------------------------------------------------------
f = "ru_03"
G9 = 9.24e9
claim(f, "15,2 ГБ", "weights", "ГБ", W(Q7, "bf16"), H, anchor="Скачал Qwen2.5-7B-Instruct")
claim(f, "4,7 ГБ", "quantized_file", "ГБ", GG(Q7, "Q4_K_M"), H, rel=0.02)
claim(f, "56 КиБ", "kv_cache_per_token", "КиБ", KVT(Q7), H)
claim(f, "3,5 ГиБ", "kv_cache_total", "ГиБ", KV(Q7, 32768), X, "off_2x", note="56 КиБ × 32 768 = 1,75 ГиБ")
claim(f, "14,5 ГБ", "weights", "ГБ", W(M7, "fp16"), H)
claim(f, "7,2 ГБ", "weights", "ГБ", W(M7, "int8"), H)
claim(f, "3,85 ГБ", "quantized_file", "ГБ", GG(M7, "Q8_0"), X, "off_2x", note="Q8_0 = 7,7 ГБ")
claim(f, "8 ГиБ", "kv_cache_total", "ГиБ", KV(L8, 16384, 4), H)
claim(f, "8 ГБ", "kv_cache_total", "ГБ", KV(L8, 16384, 4), X, "gib_as_gb", anchor="то есть 8 ГБ", note="8 ГиБ = 8,6 ГБ")
claim(f, "18,5 ГБ", "weights", "ГБ", 2 * G9, H)
claim(f, "336 КиБ", "kv_cache_per_token", "КиБ", KVT((42, 8, 256)), H)
claim(f, "1,3 ГиБ", "kv_cache_total", "ГиБ", KVT((42, 8, 256)) * 8192, X, "off_2x", note="2,625 ГиБ")
claim(f, "28,6 ГБ", "quantized_file", "ГБ", GG("mixtral-8x7b", "Q4_K_M"), H, rel=0.02)
claim(f, "46,7 млрд", "params", "млрд", ACTIVE_M7, X, "wrong_kind", note="46,7 млрд — всего; активных 12,9 млрд")
claim(f, "12,9 млрд", "params", "млрд", ACTIVE_M7, H)
claim(f, "≈ 6,3 tok/s", "throughput", "tok/s", 50e9 / (ACTIVE_M7 * BPW["Q4_K_M"] / 8), H, hedged=True)
claim(f, "16,1 ГБ", "weights", "ГБ", W(L8, "bf16"), H, anchor="Диск: 12 чекпоинтов")
claim(f, "96 ГБ", "arithmetic", "ГБ", 12 * W(L8, "bf16"), X, "off_2x", note="12 × 16,1 = 193 ГБ")
claim(f, "7,6 ГБ", "weights", "ГБ", 2 * 3.82e9, H)
claim(f, "3,8 ГБ", "weights", "ГБ", 0.5 * 3.82e9, X, "wrong_dtype", note="int4 = 1,9 ГБ; 3,8 ГБ is int8")
non(f, "created: 2026-11-01", "date")
non(f, "настроение: 7/10", "rating")
non(f, "кофе_чашек_в_день: 3", "count")
non(f, "Запуск в 23:40", "times")
non(f, "Скорость 38 tok/s", "measured speed, temperature")
non(f, "Удалил старые прогоны от 2026-10-02", "date")
non(f, "BLEU на нашем переводе", "scores")
non(f, "Спортзал: 5 × 5", "gym sets")
non(f, "Купить вторую 3090", "price, date")


# ---- ru_04: чат про память Llama 3.1 70B -------------------------------------------------------------
f = "ru_04"
claim(f, "70 ГБ", "weights", "ГБ", W(L70, "fp16"), X, "wrong_dtype", note="fp16 = 141 ГБ; 70 ГБ is fp8/int8")
claim(f, "141 ГБ", "weights", "ГБ", W(L70, "fp16"), H)
claim(f, "около 17,6 ГБ", "weights", "ГБ", W(L70, "int4"), X, "off_2x", hedged=True, note="int4 = 35,3 ГБ")
claim(f, "2,5 МиБ", "kv_cache_per_token", "МиБ", KVT(L70), X, "off_2x", note="64 query heads instead of 8 KV heads: 320 КиБ")
claim(f, "80 ГиБ", "kv_cache_total", "ГиБ", KV(L70, 32768), X, "off_2x", anchor="на 32K контекста — 80 ГиБ", note="10 ГиБ")
claim(f, "320 КиБ", "kv_cache_per_token", "КиБ", KVT(L70), H, anchor="Верно, поправлюсь")
claim(f, "10 ГиБ", "kv_cache_total", "ГиБ", KV(L70, 32768), H)
claim(f, "80 ГиБ", "kv_cache_total", "ГиБ", KV(L70, 32768, 8), H, anchor="Верно, поправлюсь")
claim(f, "131,4 ГиБ", "weights", "ГиБ", W(L70, "fp16"), H)
claim(f, "80 ГиБ", "kv_cache_total", "ГиБ", KV(L70, 32768, 8), H, anchor="Веса 131,4 ГиБ")
claim(f, "211,4 ГиБ", "arithmetic", "ГиБ", W(L70, "fp16") + KV(L70, 32768, 8), H)
claim(f, "70,5 ГиБ", "arithmetic", "ГиБ", (W(L70, "fp16") + KV(L70, 32768, 8)) / 3, H)
claim(f, "8 байт", "training", "байт/параметр", 16, X, "off_2x", anchor="Adam в смешанной точности — 8 байт")
claim(f, "≈ 564 ГБ", "training", "ГБ", 16 * N[L70], X, "off_2x", hedged=True, note="16 B/param = 1,13 ТБ")
claim(f, "≈ 1,13 ТБ", "training", "ТБ", 16 * N[L70], H, hedged=True)
claim(f, "282 ГБ", "training", "ГБ", 4 * N[L70], H)
claim(f, "≈ 4,89 бита", "bits_per_weight", "бит", BPW["Q4_K_M"], H, hedged=True)
claim(f, "примерно 43,2 ГБ", "quantized_file", "ГБ", GG(L70, "Q4_K_M"), H, hedged=True)
claim(f, "40,2 ГиБ", "quantized_file", "ГиБ", GG(L70, "Q4_K_M"), H, rel=0.02)
claim(f, "55,7 ГБ", "quantized_file", "ГБ", GG(L70, "Q2_K"), X, "off_2x", note="Q2_K = 27,9 ГБ")
claim(f, "320 КиБ", "kv_cache_per_token", "КиБ", KVT((80, 8, 128)), H, anchor="кэш тот же, 320 КиБ")
claim(f, "145,4 ГБ", "weights", "ГБ", 2 * 72.7e9, H)
claim(f, "36,4 ГБ", "weights", "ГБ", 72.7e9, X, "wrong_dtype", note="fp8 = 72,7 ГБ; 36,4 ГБ is int4")
non(f, "created: 2026-11-16T22:41", "date")
non(f, "сообщений: 14", "count")
non(f, "длительность_мин: 25", "duration")
non(f, "Я проверил ответы калькулятором 2026-11-17", "date, message numbers")
non(f, "Цена аренды: 3 × H100", "prices")
non(f, "Контекст модели — 128K", "context length")
non(f, "Оценка ответа: 6/10.", "rating")


# ---- ru_05: FAQ длина контекста и память -----------------------------------------------------------------
f = "ru_05"
P4 = (40, 10, 128)
claim(f, "128 КиБ", "kv_cache_per_token", "КиБ", KVT(L8), H, anchor="128 КиБ.")
claim(f, "16 ГиБ", "kv_cache_total", "ГиБ", KV(L8, 131072), H, anchor="на одну последовательность (17,2 ГБ)")
claim(f, "17,2 ГБ", "kv_cache_total", "ГБ", KV(L8, 131072), H, anchor="на одну последовательность (17,2 ГБ)")
claim(f, "32 ГиБ", "kv_cache_total", "ГиБ", KV(L8, 8192, 16), X, "off_2x", note="16 ГиБ")
claim(f, "4,58 ГиБ", "quantized_file", "ГиБ", GG(L8, "Q4_K_M"), H)
claim(f, "≈ 19,4 ГиБ", "arithmetic", "ГиБ", 24 * GIB - GG(L8, "Q4_K_M"), H, hedged=True)
claim(f, "≈ 159 тыс.", "tokens", "тыс.", (24 * GIB - GG(L8, "Q4_K_M")) / KVT(L8), H, hedged=True)
claim(f, "около 640 тыс.", "tokens", "тыс.", (24 * GIB - GG(L8, "Q4_K_M")) / KVT(L8, 1), X, "off_2x", hedged=True,
      note="fp8 doubles it: ≈ 318 тыс.")
claim(f, "131072", "kv_cache_per_token", "bytes", KVT(L8), H, anchor="per_tok = 2 * L")
claim(f, "128 КиБ", "kv_cache_per_token", "КиБ", KVT(L8), H, anchor="per_tok = 2 * L")
claim(f, "17.2 GB", "kv_cache_total", "GB", KV(L8, 131072), H, anchor="total = per_tok", note="code comment, dot decimal")
claim(f, "137 GB", "kv_cache_total", "GB", KV(L8, 131072, 8), H, anchor="batch8 = total")
claim(f, "4.3 GB", "kv_cache_total", "GB", KV(L8, 131072, 1, 1), X, "off_2x", anchor="fp8 = total / 4", note="fp8 halves: 8.6 GB")
claim(f, "17,2", "kv_cache_total", "GB", KV(L8, 131072), H, anchor="\\times 131072 = 17,2")
claim(f, "512 МиБ", "kv_cache_total", "МиБ", KVT(M7) * 4096, H, anchor="Окно 4096 ограничивает кэш")
claim(f, "2 ГиБ", "kv_cache_total", "ГиБ", KV(M7, 32768), X, "off_2x", anchor="Без окна было бы 2 ГиБ", note="32K × 128 КиБ = 4 ГиБ")
claim(f, "56 КиБ", "kv_cache_per_token", "КиБ", KVT(Q7), H, anchor="Всего 4 KV-головы")
claim(f, "7 ГиБ", "kv_cache_total", "ГиБ", KV(Q7, 131072), H)
claim(f, "392 КиБ", "kv_cache_per_token", "КиБ", KVT(Q7), X, "off_2x", quoted=True, note="28 query heads instead of 4 KV heads")
claim(f, "200 КиБ", "kv_cache_per_token", "КиБ", KVT(P4), H, anchor="200 КиБ на токен; на 16K")
claim(f, "3,1 ГиБ", "kv_cache_total", "ГиБ", KVT(P4) * 16384, H, anchor="200 КиБ на токен; на 16K", rel=0.01)
claim(f, "3,1 ГиБ", "kv_cache_total", "ГиБ", KVT(P4, 1) * 16384, X, "wrong_dtype", anchor="200 КиБ на токен; на 16K", occ=2,
      note="fp8 cache: 1,56 ГиБ")
claim(f, "40 ГиБ", "kv_cache_total", "ГиБ", KV(L70, 131072), H)
claim(f, "160 ГиБ", "kv_cache_total", "ГиБ", KV(L70, 131072, 4), H, anchor="батч 4 — 160 ГиБ")
claim(f, "160 ГиБ", "kv_cache_total", "ГиБ", KV(L70, 131072, 4) / 8, X, "per_gpu", anchor="батч 4 — 160 ГиБ", occ=2,
      note="20 ГиБ на карту")
for row, (k, t, kv, tv) in {"| Llama-3.1-8B |": ("128", "4", KVT(L8), KV(L8, 32768)),
                            "| Qwen2.5-7B |": ("56", "1,75", KVT(Q7), KV(Q7, 32768)),
                            "| Phi-4 |": ("200", "6,25", KVT(P4), KVT(P4) * 32768),
                            "| Llama-3.1-70B |": ("320", "10", KVT(L70), KV(L70, 32768))}.items():
    claim(f, k, "kv_cache_per_token", "КиБ", kv, H, anchor=row)
    claim(f, t, "kv_cache_total", "ГиБ", tv, H, anchor=row)
non(f, "created: 2026-10-19", "date")
non(f, "версия_заметки: 3", "version")
non(f, "приоритет: 2", "priority")
non(f, "RULER на 128K", "benchmark scores, list position")
non(f, "rope_theta = 500000", "hyper-parameters")
non(f, "Обновлено 2026-12-03 в 09:30", "date, time")
non(f, "ctx = 131072", "context length in code")


# ---- ru_06: хранение чекпоинтов ----------------------------------------------------------------------
f = "ru_06"
claim(f, "16,06 ГБ", "weights", "ГБ", W(L8, "bf16"), H)
claim(f, "≈ 112 ГБ", "training", "ГБ", 14 * N[L8], H, hedged=True, note="checkpoint, 14 B/param as stated")
claim(f, "96,4 ГБ", "training", "ГБ", 12 * N[L8], H)
claim(f, "≈ 48 ГБ", "training", "ГБ", 14 * N[L8], X, "off_2x", hedged=True, quoted=True, note="48 GB omits the Adam moments; 112 ГБ")
claim(f, "1,12 ТБ", "training", "ТБ", 10 * 14 * N[L8], H)
claim(f, "1,12 ТиБ", "training", "ТиБ", 10 * 14 * N[L8], X, "gb_as_gib", note="1,12 ТБ = 1,02 ТиБ")
claim(f, "161 ГБ", "weights", "ГБ", 10 * W(L8, "bf16"), H)
claim(f, "≈ за 15 минут", "time", "мин", 14 * N[L8] * 8 / 1e9, H, hedged=True)
claim(f, "около 2 минут", "time", "мин", 14 * N[L8] * 8 / 1e9, X, "off_2x", hedged=True, quoted=True, note="bits vs bytes: 15 минут")
claim(f, "13,6 млн", "params", "млн", LOQ, H)
claim(f, "27,3 МБ", "weights", "МБ", 2 * LOQ, H)
claim(f, "27,3 ГБ", "weights", "ГБ", 2 * LOQ, X, "off_2x", quoted=True, note="27,3 МБ (MB vs GB)")
claim(f, "141,1 ГБ", "weights", "ГБ", W(L70, "bf16"), H, anchor="Веса bf16 — 141,1 ГБ")
claim(f, "~4,7 ГБ", "weights", "ГБ", W(L70, "bf16") / 30, H, hedged=True)
claim(f, "987,8 ГБ", "training", "ГБ", 14 * N[L70], H, anchor="ZeRO-3 на 64 ранках")
claim(f, "≈ 70,6 ГБ", "training", "ГБ", 14 * N[L70] / 64, X, "per_gpu", hedged=True, note="987,8 / 64 = 15,4 ГБ")
claim(f, "15,2 ГБ", "weights", "ГБ", W(Q7, "bf16"), H, anchor="Исходно в bf16 (15,2 ГБ)")
claim(f, "15,2 ГБ", "weights", "ГБ", W(Q7, "fp32"), X, "wrong_dtype", anchor="Исходно в bf16 (15,2 ГБ)", occ=2,
      note="fp32 = 30,5 ГБ")
for row, (c, v, e) in {"| 8B, веса bf16 |": ("16,1", W(L8, "bf16"), H),
                       "| 8B, веса + оптимизатор |": ("112,4", 14 * N[L8], H),
                       "| 70B, веса bf16 |": ("141,1", W(L70, "bf16"), H),
                       "| 70B, веса + оптимизатор |": ("987,8", 14 * N[L70], H),
                       "| 70B, веса fp32 |": ("141,1", W(L70, "fp32"), X)}.items():
    claim(f, c, "weights" if "оптим" not in row else "training", "ГБ", v, e, "wrong_dtype" if e == X else None,
          anchor=row, note="fp32 = 282,2 ГБ" if e == X else "")
non(f, "created: 2026-11-08", "date")
non(f, "s3_цена_за_гб_usd: 0.023", "price")
non(f, "deepspeed_version: 0.15.4", "version")
non(f, "S3: $0,023 за ГБ в месяц", "prices, year")
non(f, "Ротация: cron", "cron, counts, losses")
non(f, "Инцидент INC-2291", "incident number, date")
non(f, "хранить_последних: 10", "policy count")


# ---- ru_07: Phi-4, смешанная заметка RU/EN (модель названа один раз) ----------------------------------------
f = "ru_07"
P4N = 14.7e9
P4Q = P4N * BPW["Q4_K_M"] / 8
claim(f, "29,4 GB", "weights", "GB", 2 * P4N, H, anchor="В bf16 веса — 29,4 GB")
claim(f, "около 27,4 GiB", "weights", "GiB", 2 * P4N, H, hedged=True)
claim(f, "14,7 GB", "weights", "GB", 2 * P4N, X, "wrong_dtype", anchor="влезает с запасом", quoted=True, note="bf16 = 29,4 GB; 14,7 is int8")
claim(f, "14,7 ГБ", "weights", "ГБ", P4N, H)
claim(f, "≈ 9 GB", "quantized_file", "GB", P4Q, H, hedged=True)
claim(f, "в 3,3 раза", "ratio", "×", 2 * P4N / P4Q, H)
claim(f, "9 GiB", "quantized_file", "GiB", P4Q, X, "gb_as_gib", note="9 GB = 8,4 GiB")
claim(f, "200 KiB", "kv_cache_per_token", "KiB", KVT((40, 10, 128)), H)
claim(f, "100 KiB", "kv_cache_per_token", "KiB", KVT((40, 10, 128)), X, "off_2x", quoted=True, note="K and V factor dropped")
claim(f, "3,1 GiB", "kv_cache_total", "GiB", KVT((40, 10, 128)) * 16384, H, rel=0.01)
claim(f, "25 GiB", "kv_cache_total", "GiB", KVT((40, 10, 128)) * 16384 * 8, H, anchor="т.е. 25 GB")
claim(f, "25 GB", "kv_cache_total", "GB", KVT((40, 10, 128)) * 16384 * 8, X, "gib_as_gb", note="25 GiB = 26,8 GB")
claim(f, "80 MiB", "kv_cache_total", "MiB", KVT((40, 10, 128)) * 4096, X, "off_2x", note="800 MiB")
claim(f, "16 байт", "training", "байт/параметр", 16, H, anchor="Full FT в mixed precision")
claim(f, "235 GB", "training", "GB", 16 * P4N, H)
claim(f, "29,4 GB", "training", "GB", 16 * P4N / 8, H, anchor="Full FT в mixed precision")
claim(f, "29,4 GB", "training", "GB", 16 * P4N, X, "per_gpu", anchor="Full FT в mixed precision", occ=2,
      note="DDP keeps the full 235 GB on every card")
claim(f, "≈ 667 токенов", "tokens_per_param", "tokens/param", 9.8e12 / P4N, H, hedged=True)
claim(f, "8,6·10²³ FLOP", "flops", "FLOP", 6 * P4N * 9.8e12, H, hedged=True)
claim(f, "29,4", "weights", "GB", 2 * P4N, H, anchor="| H100 | bf16 |")
claim(f, "114", "throughput", "tok/s", H100_BW / (2 * P4N), H, anchor="| H100 | bf16 |")
claim(f, "9,0", "quantized_file", "GB", P4Q, H, anchor="| H100 | Q4_K_M |", rel=0.02)
claim(f, "186", "throughput", "tok/s", H100_BW / P4Q, X, "off_2x", anchor="| H100 | Q4_K_M |", note="372 tok/s")
claim(f, "9,0", "quantized_file", "GB", P4Q, H, anchor="| RTX 4090 | Q4_K_M |", rel=0.02)
claim(f, "112", "throughput", "tok/s", 1008e9 / P4Q, H, anchor="| RTX 4090 | Q4_K_M |", rel=0.01)
claim(f, "~9 GB", "quantized_file", "GB", P4Q, H, hedged=True, anchor="Для одной 4090")
non(f, "created: 2026-11-27", "date")
non(f, "released: 2024-12-12", "date")
non(f, "tickets: [ML-412, ML-418]", "ticket numbers")
non(f, "Реально vLLM на H100 дал 79 tok/s", "measured speed, ticket")
non(f, "Лицензия MIT, релиз 12 декабря 2024", "date")
non(f, "MMLU 84,8", "scores")
non(f, "Созвон по deploy", "date, time")
non(f, "https://arxiv.org/abs/2412.08905", "URL")


# ---- second-section additions (written with the notes' other-deployment sections) ----------------------------
f = "en_01"
claim(f, "2 GiB", "kv_cache_total", "GiB", KV("mixtral-8x7b", 8192), X, "off_2x", anchor="one 8K sequence holds", note="8K × 128 KiB = 1 GiB")
claim(f, "32 GiB", "kv_cache_total", "GiB", KV(L8, 8192, 64), X, "off_2x", note="64 GiB")
claim(f, "7 GiB", "kv_cache_total", "GiB", KV(Q7, 32768), X, "off_2x", anchor="a 32K request needs", note="1.75 GiB")
claim(f, "896 KiB", "kv_cache_total", "KiB", 16 * KVT(Q7), H)
claim(f, "76 GB", "arithmetic", "GB", 0.95 * GIB80, X, "gib_as_gb", note="76 GiB = 81.6 GB")
f = "en_02"
claim(f, "8.3 GB", "quantized_file", "GB", N[L8] * GQ / 8, X, "off_2x", note="4.17 GB")
claim(f, "36.7 GiB", "quantized_file", "GiB", N70 * GQ / 8, X, "gb_as_gib", note="36.7 GB = 34.1 GiB")
claim(f, "105.8 GB", "quantized_file", "GB", N70 * 6 / 8, X, "off_2x", note="52.9 GB")
claim(f, "4.58 GB", "quantized_file", "GB", GG(L8, "Q4_K_M"), X, "gib_as_gb", note="4.58 GiB = 4.91 GB")
claim(f, "75.0 GB", "quantized_file", "GB", GG(N70, "Q8_0"), H, rel=0.02)
f = "en_03"
claim(f, "167.8M", "params", "M", 4 * LO, H)
claim(f, "671 MB", "training", "MB", 8 * 4 * LO, X, "off_2x", anchor="r=64 on all linear layers", note="1.34 GB")
claim(f, "1.1 GB", "activations", "GB", 32 * 2 * 2048 * 8 * 4096, X, "off_2x", note="4.3 GB")
claim(f, "7.9 GB", "quantized_file", "GB", N[Q7] * NF4 / 8, X, "off_2x", note="3.9 GB")
f = "en_04"
claim(f, "46.7 GB", "weights", "GB", N["mixtral-8x7b"], H, anchor="in fp8 on a single H100")
claim(f, "8 GiB", "kv_cache_total", "GiB", KV("mixtral-8x7b", 32768), X, "off_2x", note="4 GiB")
claim(f, "39 GB", "weights", "GB", 2 * X22A, X, "wrong_dtype", anchor="in bf16 that is 39 GB", note="bf16: 78 GB")
claim(f, "≈ 16.5 tok/s", "throughput", "tok/s", 1008e9 / (2 * Q3A), X, "wrong_kind", hedged=True, bound="upper",
      note="reads only the 3.3B active: ~153 tok/s")
claim(f, "8.6 GB", "kv_cache_total", "GB", DSKV * 131072, X, "gib_as_gb", anchor="MLA cache for one 128K", note="8.6 GiB = 9.2 GB")
f = "en_05"
claim(f, "8.0 GB", "weights", "GB", W(L8, "bf16") / 2, H)
claim(f, "50.7 GB", "weights", "GB", P405 / 16, X, "per_gpu", anchor="on 16 GPUs", note="25.4 GB per GPU")
claim(f, "36.4 GB", "weights", "GB", Q72 / 4, X, "wrong_dtype", anchor="in fp8 with TP=4", note="18.2 GB; 36.4 is bf16")
claim(f, "≈ 8.8 GB", "weights", "GB", W(L70, "bf16") / 8, X, "off_2x", hedged=True, note="17.6 GB")
claim(f, "63 GiB", "kv_cache_total", "GiB", KVT((126, 8, 128)) * 131072, H, anchor="of cache per sequence")
claim(f, "63 GiB", "kv_cache_total", "GiB", KVT((126, 8, 128)) * 131072 / 8, X, "per_gpu", anchor="of cache per sequence",
      occ=2, note="7.9 GiB per card")
f = "en_06"
claim(f, "3.2 GB", "weights", "GB", 0.5 * B3, X, "wrong_dtype", anchor="in int4 needs", note="1.6 GB; 3.2 is int8")
claim(f, "3.8 GB", "weights", "GB", 2 * PHI, X, "wrong_dtype", note="7.6 GB")
claim(f, "832 MiB", "kv_cache_total", "MiB", KG * 8192, H)
claim(f, "1.5 GB", "kv_cache_total", "GB", KP * 4096, X, "gib_as_gb", note="1.5 GiB = 1.61 GB")
claim(f, "~91 tok/s", "throughput", "tok/s", 60e9 / GG(B1, "Q8_0"), X, "off_2x", hedged=True, note="45.7 tok/s")
f = "en_07"
claim(f, "4.43 GB", "quantized_file", "GB", GG(M7, "Q4_K_M"), H, rel=0.02)
claim(f, "228 tok/s", "throughput", "tok/s", 1008e9 / GG(M7, "Q4_K_M"), H, rel=0.02)
claim(f, "66 tok/s", "throughput", "tok/s", 1008e9 / W(Q7, "int8"), X, "off_2x", note="132 tok/s")
claim(f, "160 ms", "time", "ms", 2 * N[L8] * 2000 / 400e12, X, "off_2x", anchor="2000-token prompt", note="80 ms")
claim(f, "141 GFLOP", "flops", "GFLOP", 2 * N[L70] * 1000, X, "off_2x", note="141 TFLOP")
claim(f, "32 GB", "kv_cache_total", "GB", KV(L8, 4096, 64), X, "gib_as_gb", note="32 GiB = 34.4 GB")


# ---- second-section additions, Russian notes ---------------------------------------------------------------
f = "ru_01"
FL70 = 6 * N[L70] * 15e12
claim(f, "≈ 212 токенов", "tokens_per_param", "tokens/param", 15e12 / N[L70], H, hedged=True)
claim(f, "≈ 4,5 млн", "time", "млн", FL70 / EFF / 3600, H, hedged=True, note="GPU-hours")
claim(f, "≈ 45 суток", "time", "суток", FL70 / EFF / 3600 / 1024 / 24, X, "off_2x", hedged=True, note="181 сутки")
claim(f, "16 байт", "training", "байт/параметр", 16, H, anchor="Память обучения нашей 1,5B")
claim(f, "24 ГБ", "training", "ГБ", 16 * 1.5e9, H)
claim(f, "3 ГБ", "training", "ГБ", 16 * 1.5e9 / 64, X, "per_gpu", anchor="по 3 ГБ на карту", note="0,375 ГБ на карту")
claim(f, "120 ГБ", "arithmetic", "ГБ", 30e9 * 2, X, "off_2x", note="uint16: 60 ГБ")
f = "ru_02"
claim(f, "30,72 ГБ", "weights", "ГБ", NV * 768 * 4, H)
claim(f, "3,84 ГБ", "weights", "ГБ", NV * 768, X, "off_2x", note="7,68 ГБ")
claim(f, "51,2 ГБ", "weights", "ГБ", 50e6 * 1024 * 2, X, "off_2x", note="102,4 ГБ")
claim(f, "4,5 ГБ", "weights", "ГБ", 568e6 * 4, X, "off_2x", note="2,27 ГБ")
claim(f, "1,28 ГБ", "weights", "ГБ", 100e6 * 32 * 4, X, "off_2x", anchor="HNSW с M=16", note="12,8 ГБ")
f = "ru_03"
claim(f, "8,5 ГБ", "quantized_file", "ГБ", GG(L8, "Q8_0"), H, rel=0.02, anchor="Q8_0 — 8,5 ГБ")
claim(f, "6,6 ГБ", "quantized_file", "ГБ", GG(L8, "Q6_K"), H, rel=0.02)
claim(f, "8 ГБ", "quantized_file", "ГБ", GG(L8, "F16"), X, "wrong_dtype", anchor="F16 — 8 ГБ", note="F16 = 16,1 ГБ")
claim(f, "4 ГиБ", "kv_cache_total", "ГиБ", KVT(M7) * 4096 * 8, H, anchor="с окном 4096: 4 ГиБ")
claim(f, "4 ГиБ", "kv_cache_total", "ГиБ", KV(M7, 8192, 8), X, "off_2x", anchor="с окном 4096: 4 ГиБ", occ=2, note="8 ГиБ")
claim(f, "46,7 ГБ", "weights", "ГБ", W("mixtral-8x7b", "bf16"), X, "wrong_dtype", anchor="Mixtral 8x7B в bf16", note="93,4 ГБ")
claim(f, "23,4 ГБ", "weights", "ГБ", W("mixtral-8x7b", "int4"), H)
f = "ru_04"
claim(f, "16 ГБ", "weights", "ГБ", W(L8, "bf16"), H, anchor="16 ГБ в bf16; кэш")
claim(f, "128 КиБ", "kv_cache_per_token", "КиБ", KVT(L8), H, anchor="16 ГБ в bf16; кэш")
claim(f, "4 ГиБ", "kv_cache_total", "ГиБ", KV(L8, 32768), H, anchor="16 ГБ в bf16; кэш")
claim(f, "4 ГиБ", "kv_cache_total", "ГиБ", KV(L8, 32768, 8), X, "off_2x", anchor="16 ГБ в bf16; кэш", occ=2, note="32 ГиБ")
claim(f, "64 ГБ", "training", "ГБ", 16 * N[L8], X, "off_2x", anchor="16 ГБ в bf16; кэш", note="128,5 ГБ")
f = "ru_05"
claim(f, "16 ГиБ", "kv_cache_total", "ГиБ", KV(L8, 4096, 32), H, anchor="16 ГиБ, то есть 16 ГБ")
claim(f, "16 ГБ", "kv_cache_total", "ГБ", KV(L8, 4096, 32), X, "gib_as_gb", anchor="16 ГиБ, то есть 16 ГБ", note="17,2 ГБ")
claim(f, "512 МиБ", "kv_cache_total", "МиБ", KVT(M7) * 4096, H, anchor="а без окна было бы 8 ГиБ")
claim(f, "8 ГиБ", "kv_cache_total", "ГиБ", KV(M7, 131072), X, "off_2x", anchor="а без окна было бы 8 ГиБ", note="16 ГиБ")
claim(f, "14 ГиБ", "kv_cache_total", "ГиБ", KV(Q7, 32768, 16), X, "off_2x", note="28 ГиБ")
f = "ru_06"
claim(f, "53,3 ГБ", "training", "ГБ", 14 * N[Q7], X, "off_2x", note="106,6 ГБ")
claim(f, "4,94 ТБ", "training", "ТБ", 5 * 14 * N[L70], H)
claim(f, "≈ 4,94 ТиБ", "training", "ТиБ", 5 * 14 * N[L70], X, "gb_as_gib", hedged=False, note="4,49 ТиБ")
claim(f, "141 ГБ", "weights", "ГБ", W(L70, "bf16"), H, anchor="по каналу 1 Гбит/с")
claim(f, "≈ за 2,3 минуты", "time", "мин", W(L70, "bf16") * 8 / 1e9, X, "off_2x", hedged=True, note="18,8 минуты")
f = "ru_07"
claim(f, "15,6 GB", "quantized_file", "GB", P4N * BPW["Q8_0"] / 8, H, rel=0.02)
claim(f, "6,0 GB", "quantized_file", "GB", P4N * BPW["Q6_K"] / 8, X, "off_2x", note="12,1 GB")
LO4 = lora(40, 16, [(5120, 5120), (5120, 1280), (5120, 1280), (5120, 5120)])
claim(f, "21,3 млн", "params", "млн", LO4, H)
claim(f, "85 MB", "weights", "MB", 2 * LO4, X, "wrong_dtype", note="bf16 = 42,6 MB; 85 MB is fp32")
claim(f, "58,8 GB", "training", "GB", 8 * P4N, X, "off_2x", note="117,6 GB")


# ---- third additions ----------------------------------------------------------------------------------------
f = "en_01"
claim(f, "70.6 GB", "weights", "GB", W(L70, "fp8") / 2, X, "per_gpu", note="35.3 GB per card")
claim(f, "40 GiB", "kv_cache_total", "GiB", KV(L70, 131072, 1, 1), X, "wrong_dtype", note="fp8 cache: 20 GiB")
f = "en_02"
claim(f, "8 GB", "weights", "GB", W(L8, "int4"), X, "wrong_dtype", anchor="no scales: 8 GB", note="int4 = 4.0 GB; 8 GB is int8")
claim(f, "9.0 GB", "quantized_file", "GB", N[L8] * 4.5 / 8, X, "off_2x", note="4.5 GB")
f = "en_03"
claim(f, "48 GB", "training", "GB", 12 * N[L8], X, "off_2x", note="96.4 GB")
claim(f, "84 MB", "weights", "MB", 4 * LO, X, "wrong_dtype", note="fp32 = 168 MB; 84 MB is bf16")
f = "en_04"
claim(f, "24.8 GB", "quantized_file", "GB", GG("mixtral-8x7b", "Q8_0"), X, "off_2x", note="49.6 GB")
claim(f, "83.9 GB", "weights", "GB", 2 * DS / 8, X, "per_gpu", anchor="in bf16 on one 8×H200 node", note="167.8 GB per card")
f = "en_05"
claim(f, "17.6 GB", "weights", "GB", W(L70, "fp8") / 8, X, "wrong_dtype", anchor="in fp8 with TP=8", note="8.8 GB")
claim(f, "320 KiB", "kv_cache_per_token", "KiB", KVT((80, 8, 128)) / 8, X, "per_gpu", anchor="Qwen2.5-72B at TP=8",
      note="40 KiB per card")
f = "en_06"
claim(f, "4 GiB", "kv_cache_total", "GiB", K1 * 131072 / 2, X, "wrong_dtype", anchor="with an fp8 cache", note="2 GiB")
claim(f, "1.4 GB", "quantized_file", "GB", GG(G2, "Q8_0"), X, "off_2x", note="2.77 GB")
f = "en_07"
claim(f, "8.53 GB", "quantized_file", "GB", GG(L8, "Q8_0"), H, rel=0.02)
claim(f, "237 tok/s", "throughput", "tok/s", 1008e9 / GG(L8, "Q8_0"), X, "off_2x", note="118 tok/s")
claim(f, "110 tok/s", "throughput", "tok/s", H100_BW / W(Q7, "fp8"), X, "off_2x", note="440 tok/s")
f = "ru_01"
claim(f, "≈ 3,9·10²¹ FLOP", "flops", "FLOP", 6 * N[L8] * 20 * N[L8], X, "off_2x", hedged=True, note="7,7·10²¹")
claim(f, "321 ГБ", "arithmetic", "ГБ", 20 * N[L8] * 4, X, "off_2x", note="642 ГБ")
f = "ru_02"
claim(f, "2560 токенов", "tokens", "токенов", 50 * 512, X, "off_2x", note="25 600")
claim(f, "1,14 ГБ", "weights", "ГБ", 568e6, X, "wrong_dtype", anchor="bge-m3 в int8", note="0,57 ГБ")
f = "ru_03"
claim(f, "16,2 ГБ", "quantized_file", "ГБ", GG(Q7, "Q8_0"), X, "off_2x", note="8,1 ГБ")
claim(f, "15,2 ГБ", "quantized_file", "ГБ", GG(Q7, "F16"), H, anchor="Qwen2.5-7B в GGUF")
f = "ru_04"
claim(f, "12,9 млрд", "params", "млрд", N["mixtral-8x7b"], X, "wrong_kind", note="всего 46,7 млрд")
claim(f, "25,8 ГБ", "weights", "ГБ", W("mixtral-8x7b", "bf16"), X, "wrong_kind", note="93,4 ГБ")
claim(f, "128 КиБ", "kv_cache_per_token", "КиБ", KVT("mixtral-8x7b"), H, anchor="как у 8B")
f = "ru_05"
claim(f, "20 ГиБ", "kv_cache_total", "ГиБ", KV(L70, 32768, 4), X, "off_2x", note="40 ГиБ")
claim(f, "5 ГиБ", "kv_cache_total", "ГиБ", KV(L70, 32768, 4) / 4, X, "off_2x", note="10 ГиБ на карту")
f = "ru_06"
claim(f, "14,5 ГБ", "weights", "ГБ", W(M7, "fp32"), X, "wrong_dtype", note="29 ГБ")
claim(f, "423 ГБ", "training", "ГБ", 12 * N[L70], X, "off_2x", note="847 ГБ")
f = "ru_07"
claim(f, "29,4 GB", "training", "GB", 16 * P4N / 4, X, "per_gpu", anchor="Full FT на 4 картах", note="58,8 GB")
claim(f, "25 GiB", "kv_cache_total", "GiB", KVT((40, 10, 128), 1) * 16384 * 8, X, "wrong_dtype", anchor="в fp8-кэше — 25 GiB",
      note="12,5 GiB")


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
            raise SystemExit("truth.json is stale: run python tests/claims_corpus_u/truth.py")
        summary(truth)
        print("truth.json is current; every check passed")
        return 0
    path.write_text(text, encoding="utf-8")
    summary(truth)
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
