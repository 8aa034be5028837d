#!/usr/bin/env python3
"""Ground truth for blind sizing-claims corpus N (tests/claims_corpus_n/notes).

Written without reading vaultkit's code, its tests or the other corpora's notes (only corpus K's
README, truth.py and truth.json were read, for the schema and conventions; this script reuses K's
reading and checking code).  Facts come from /work/shared/claims-gold.md: bytes per dtype, exact
parameter counts and configs of the catalogued models, measured GGUF bits per weight (Llama-3.1-8B),
the KV-cache (incl. MLA), training-memory and activation formulas.  Models that claims-gold lacks
(Llama 3.1 405B, Llama 3.2 1B/3B, DeepSeek-V3, gpt-oss, Phi-3-mini, Qwen2.5-1.5B, Gemma 3,
Mixtral 8x22B) appear only with their config (layers, KV heads, head dim, parameter count, window)
stated in the note itself, and the truth computes from those stated values.  Nothing here imports
vaultkit.

    python tests/claims_corpus_n/truth.py          # verify and (re)write truth.json
    python tests/claims_corpus_n/truth.py --check  # verify; fail if truth.json is stale

Each claim: note, figure (exact text on its line), anchor (text that occurs on exactly one line
of the note; default the figure), occurrence, kind, printed unit, correct value in base units,
intended verdict, error class, and whether it stands in a quoted reply (`quoted`).  The script
stops when the arithmetic disagrees with the intended verdict, when the anchor line does not
contain the figure standing on its own, when a wrong claim is off by less than 1.95x for its error
class (or, for a GB/GiB mix-up, does not hold in the twin unit), or when a non-claim line is also
a claim line.
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
BPW = {"IQ2_XXS": 2.3824, "Q2_K": 3.1593, "Q3_K_L": 4.2979, "Q4_K_M": 4.8944, "Q5_K_M": 5.7036, "Q6_K": 6.5633,
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
         "KiB": KIB, "MiB": MIB, "GiB": GIB, "TiB": TIB, "КБ": 1e3, "МБ": 1e6, "ГБ": 1e9, "Гб": 1e9,
         "ТБ": 1e12, "КиБ": KIB, "МиБ": MIB, "ГиБ": GIB, "ТиБ": TIB,
         "params": 1, "M": 1e6, "B": 1e9, "млн": 1e6, "млрд": 1e9,
         "tokens": 1, "K tokens": 1e3, "M tokens": 1e6, "B tokens": 1e9, "T tokens": 1e12,
         "токенов": 1, "млн токенов": 1e6, "млрд токенов": 1e9, "трлн токенов": 1e12,
         "tokens/param": 1, "FLOP": 1, "GFLOP": 1e9, "TFLOP": 1e12, "PFLOP": 1e15, "bits": 1, "бит": 1, "%": 1, "×": 1,
         "tok/s": 1, "токенов/с": 1, "токена/с": 1, "токен/с": 1, "s": 1, "с": 1, "ms": 1e-3, "мс": 1e-3, "hours": 1,
         "часов": 1, "GPU-hours": 1, "GPU-часов": 1, "тыс. GPU-часов": 1e3, "gigabytes": 1e9,
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
    if lang == "ru" and re.search(r"\d\.\d", fig):     # a pandas printout inside a Russian note
        lang = "en"
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


# ---- extra facts: models claims-gold lacks, with the config each note prints -------------------
# (layers, KV heads, head dim) for KV; parameter counts as stated in the notes
N.update({"llama31-405b": llama_like(16384, 53248, 126, 128, 8, 128, 128256, False),
          "llama32-1b": llama_like(2048, 8192, 16, 32, 8, 64, 128256, True),
          "llama32-3b": llama_like(3072, 8192, 28, 24, 8, 128, 128256, True),
          "phi4": llama_like(5120, 17920, 40, 40, 10, 128, 100352, False)})
assert N["llama31-405b"] == 405_853_388_800
CFG.update({"llama31-405b": (16384, 126, 128, 8, 128), "llama32-1b": (2048, 16, 32, 8, 64),
            "llama32-3b": (3072, 28, 24, 8, 128), "phi4": (5120, 40, 40, 10, 128)})


# ---- en_01: research note on Llama 3.1 405B, sizes in the properties -----------------------------
f = "en_01"
B4 = "llama31-405b"
claim(f, "811.7 GB", "weights", "GB", W(B4, "bf16"), H, anchor="weights_bf16:")
claim(f, "405.9 GB", "weights", "GB", W(B4, "fp8"), H, anchor="weights_fp8:")
claim(f, "101.5 GB", "weights", "GB", W(B4, "int4"), X, "off_2x", anchor="weights_int4:", note="int4 202.9 GB")
claim(f, "504 KiB", "kv_cache_per_token", "KiB", KVT(B4), H, anchor="kv_per_token_bf16:")
claim(f, "248 GB", "quantized_file", "GB", GG(B4, "Q4_K_M"), H, anchor="gguf_q4_k_m:")
claim(f, "405,853,388,800", "params", "params", N[B4], H)
claim(f, "405.9B", "params", "B", N[B4], H, anchor="i.e. 405.9B")
claim(f, "5.75×", "ratio", "×", N[B4] / N["llama3-70b"], H, anchor="about 5.75×")
claim(f, "70,553,706,496", "params", "params", N["llama3-70b"], H)
claim(f, "4.2B", "params", "B", 128256 * 16384, X, "off_2x", note="2.1B")
claim(f, "811.7 GB", "weights", "GB", W(B4, "bf16"), H, anchor="- bf16: 811.7 GB")
claim(f, "756.0 GiB", "weights", "GiB", W(B4, "bf16"), H)
claim(f, "405.9 GB", "weights", "GB", W(B4, "fp8"), H, anchor="official FP8 release")
claim(f, "roughly 203 GB", "weights", "GB", W(B4, "int4"), H, hedged=True)
claim(f, "3.2 TB", "weights", "TB", W(B4, "fp32"), X, "off_2x", anchor="fp32, for completeness", note="fp32 1.62 TB")
claim(f, "811.7 GB", "weights", "GB", W(B4, "bf16") / 8, X, "per_gpu", anchor="each card holds",
      note="per GPU under TP=8: 101.5 GB")
claim(f, "50.7 GB", "weights", "GB", W(B4, "fp8") / 8, H, anchor="or 50.7 GB in fp8", note="per GPU, TP=8")
claim(f, "516,096 bytes", "kv_cache_per_token", "bytes", KVT(B4), H)
claim(f, "504 KiB", "kv_cache_per_token", "KiB", KVT(B4), H, anchor="516,096 bytes")
claim(f, "63 GiB", "kv_cache_total", "GiB", KV(B4, 131072), H, anchor="One full 131,072-token context")
claim(f, "67.6 GB", "kv_cache_total", "GB", KV(B4, 131072), H)
claim(f, "126 GiB", "kv_cache_total", "GiB", KV(B4, 131072, 1, 1), X, "off_2x", note="fp8 cache 31.5 GiB")
claim(f, "63 GB", "kv_cache_total", "GB", KV(B4, 8192, 16), X, "gib_as_gb", note="63 GiB = 67.6 GB")
claim(f, "320 KiB", "kv_cache_per_token", "KiB", KVT("llama3-70b"), H)
claim(f, "3.2×", "ratio", "×", KVT(B4) / KVT("llama3-70b"), X, "off_2x", note="504 / 320 = 1.6x")
claim(f, "3.16", "bits_per_weight", "bits", BPW["Q2_K"], H, anchor="| Q2_K |")
claim(f, "160 GB", "quantized_file", "GB", GG(B4, "Q2_K"), H, anchor="| Q2_K |", rel=0.02)
claim(f, "4.89", "bits_per_weight", "bits", BPW["Q4_K_M"], H, anchor="| Q4_K_M |")
claim(f, "124 GB", "quantized_file", "GB", GG(B4, "Q4_K_M"), X, "off_2x", anchor="| Q4_K_M |", note="248 GB")
claim(f, "8.50", "bits_per_weight", "bits", BPW["Q8_0"], H, anchor="| Q8_0 |")
claim(f, "431 GB", "quantized_file", "GB", GG(B4, "Q8_0"), H, anchor="| Q8_0 |", rel=0.02)
claim(f, "≈ 248 GB", "quantized_file", "GB", GG(B4, "Q4_K_M"), H, hedged=True)
claim(f, "3.8e25", "flops", "FLOP", 6 * N[B4] * 15.6e12, H, anchor="6·N·D ≈ 3.8e25", hedged=True)
claim(f, "3.8 × 10^25", "flops", "FLOP", 6 * N[B4] * 15.6e12, H)
claim(f, "about 38 tokens per parameter", "tokens_per_param", "tokens/param", 15.6e12 / N[B4], H, hedged=True)
claim(f, "3.2 TB", "training", "TB", 16 * N[B4], X, "off_2x", anchor="16 bytes/param: 3.2 TB", note="6.49 TB")
claim(f, "12.7 GB per GPU", "training", "GB", zero(N[B4], 1024, 3), X, "off_2x", note="6.34 GB per GPU")
claim(f, "812 GFLOP", "flops", "GFLOP", 2 * N[B4], H, hedged=True)
claim(f, "66 tok/s", "throughput", "tok/s", H100_BW / (W(B4, "fp8") / 8), H, anchor="near 66 tok/s", hedged=True)
claim(f, "about 66 tok/s", "throughput", "tok/s", H100_BW / (W(B4, "bf16") / 8), X, "off_2x", hedged=True,
      note="bf16 share 101.5 GB per GPU: 33 tok/s")
claim(f, "405.9B", "params", "B", N[B4], H, anchor="405.9B parameters, 811.7 GB")
claim(f, "811.7 GB", "weights", "GB", W(B4, "bf16"), H, anchor="405.9B parameters, 811.7 GB")
claim(f, "405.9 GB", "weights", "GB", W(B4, "fp8"), H, anchor="405.9B parameters, 811.7 GB")
claim(f, "504 KiB", "kv_cache_total", "KiB", KV(B4, 131072), X, "wrong_kind", anchor="405.9B parameters, 811.7 GB",
      note="504 KiB is per token; a 128K context is 63 GiB")
claim(f, "3.8e25", "flops", "FLOP", 6 * N[B4] * 15.6e12, H, anchor="405.9B parameters, 811.7 GB")
non(f, "created: 2026-11-27", "date")
non(f, "release: 2024-07-23", "date")
non(f, "license: Llama 3.1 Community License", "version in a licence name")
non(f, "https://arxiv.org/abs/2407.21783", "URL, page count")
non(f, "MMLU (5-shot) 87.3", "benchmark scores, GPU count")
non(f, "$3.50 per 1M output tokens", "price, date")


# ---- en_02: research note on DeepSeek-V3 (config in the properties; MLA cache) ----------------------
f = "en_02"
DS_T, DS_A = 671e9, 37e9
MLA = 61 * (512 + 64) * 2                  # bytes per token, bf16 latent + rope key
MHA_DS = 2 * 61 * 128 * 128 * 2
claim(f, "671 GB", "weights", "GB", W(DS_T, "fp8"), H, anchor="weights_native:")
claim(f, "68.6 KiB", "kv_cache_per_token", "KiB", MLA, H, anchor="mla_cache_per_token:")
claim(f, "about 11 %", "percentage", "%", 100 * DS_A / DS_T, X, "off_2x", hedged=True, note="5.5 %")
claim(f, "70,272 bytes", "kv_cache_per_token", "bytes", MLA, H)
claim(f, "68.6 KiB", "kv_cache_per_token", "KiB", MLA, H, anchor="70,272 bytes")
claim(f, "3.8 MiB", "kv_cache_per_token", "MiB", MHA_DS, H)
claim(f, "56.9×", "ratio", "×", MHA_DS / MLA, H, anchor="that is 56.9× more")
claim(f, "about 98 %", "percentage", "%", 100 * (1 - MLA / MHA_DS), H, hedged=True)
claim(f, "8.58 GB", "kv_cache_total", "GB", MLA * 131072, X, "gib_as_gb", note="8.58 GiB = 9.21 GB")
claim(f, "4.3 GiB", "kv_cache_total", "GiB", MLA * 32768, X, "off_2x", note="2.14 GiB")
claim(f, "68.6 GiB", "kv_cache_total", "GiB", MLA * 32768 * 32, H)
claim(f, "512", "kv_cache_per_token", "KiB", KVT("llama2-7b"), H, anchor="| Llama-2-7B |")
claim(f, "320", "kv_cache_per_token", "KiB", KVT("llama2-70b"), H, anchor="| Llama-2-70B |")
claim(f, "256", "kv_cache_per_token", "KiB", KVT("mixtral-8x7b"), X, "off_2x", anchor="| Mixtral-8x7B-v0.1 |",
      note="128 KiB")
claim(f, "68.6", "kv_cache_per_token", "KiB", MLA, H, anchor="| DeepSeek-V3 |")
claim(f, "2 GiB", "kv_cache_total", "GiB", KV("llama2-7b", 4096), H)
claim(f, "549 MiB", "kv_cache_total", "MiB", MLA * 4096, X, "off_2x", note="274.5 MiB")
claim(f, "671 GB", "weights", "GB", W(DS_T, "fp8"), H, anchor="Native fp8 checkpoint")
claim(f, "671 GB", "weights", "GB", W(DS_T, "bf16"), X, "wrong_dtype", anchor="Upcast to bf16", note="bf16 1342 GB")
claim(f, "167.8 GB", "weights", "GB", W(DS_T, "int4"), X, "off_2x", note="int4 335.5 GB")
claim(f, "671 GB", "weights", "GB", W(DS_T, "fp8") / 8, X, "per_gpu", anchor="every GPU holds", note="83.9 GB per GPU")
claim(f, "10.7 TB", "training", "TB", 16 * DS_T, H)
claim(f, "74 GFLOP", "flops", "GFLOP", 2 * DS_A, H, anchor="2 × 37B = 74 GFLOP")
claim(f, "1342 GFLOP", "flops", "GFLOP", 2 * DS_A, X, "off_2x", note="37B active: 74 GFLOP per token")
claim(f, "≈ 3.3e24 FLOP", "flops", "FLOP", 6 * DS_A * 14.8e12, H, hedged=True)
claim(f, "1.2e26 FLOP", "flops", "FLOP", 6 * DS_T * 14.8e12, X, "off_2x", note="5.96e25")
claim(f, "about 44", "tokens_per_param", "tokens/param", 14.8e12 / DS_T, X, "off_2x", hedged=True, note="22")
claim(f, "~130 tok/s", "throughput", "tok/s", 4.8e12 / W(DS_A, "fp8"), H, hedged=True, bound="upper")
claim(f, "~72 tok/s", "throughput", "tok/s", 4.8e12 / W(DS_T, "fp8"), X, "off_2x", hedged=True, note="7.2 tok/s")
claim(f, "671 GB", "weights", "GB", W(DS_T, "fp8"), H, anchor="fp8 native (671 GB)")
claim(f, "68.6 KiB", "kv_cache_per_token", "KiB", MLA, H, anchor="56.9× smaller")
claim(f, "56.9×", "ratio", "×", MHA_DS / MLA, H, anchor="56.9× smaller")
claim(f, "74 GFLOP", "flops", "GFLOP", 2 * DS_A, H, anchor="74 GFLOP per token, 3.3e24")
claim(f, "3.3e24 FLOP", "flops", "FLOP", 6 * DS_A * 14.8e12, H, anchor="74 GFLOP per token, 3.3e24")
non(f, "created: 2026-11-29", "date")
non(f, "128x128 block scales", "block shape")
non(f, "2.788M H800 GPU-hours", "reported GPU-hours and price")
non(f, "Released 2024-12-26", "date, licence version")


# ---- en_03: architecture decision record, Mixtral-8x7B vs Llama-3-70B on 2x H100 -------------------
f = "en_03"
MX, L70 = "mixtral-8x7b", "llama3-70b"
claim(f, "141.1 GB", "weights", "GB", W(L70, "bf16"), H)
claim(f, "70.6 GB", "weights", "GB", W(L70, "fp8"), H, anchor="in fp8 it is 70.6 GB")
claim(f, "160 KiB", "kv_cache_per_token", "KiB", KVT(L70), X, "off_2x", note="320 KiB")
claim(f, "5 GiB", "kv_cache_total", "GiB", KV(L70, 8192), X, "off_2x", anchor="an 8K conversation costs 5 GiB", note="2.5 GiB")
claim(f, "46.7B", "params", "B", N[MX], H, anchor="has 46.7B parameters")
claim(f, "12.9B", "params", "B", ACTIVE_M7, H, anchor="only 12.9B are active")
claim(f, "93.4 GB", "weights", "GB", W(MX, "bf16"), H, anchor="In bf16 that is 93.4 GB")
claim(f, "93.4 GiB", "weights", "GiB", W(MX, "bf16"), X, "gb_as_gib", note="93.4 GB = 87.0 GiB")
claim(f, "23.4 GB", "weights", "GB", W(MX, "fp8"), X, "wrong_dtype", note="fp8 46.7 GB; 23.4 GB is int4")
claim(f, "128 KiB", "kv_cache_per_token", "KiB", KVT(MX), H, anchor="= 128 KiB per token")
claim(f, "46.7 GB", "weights", "GB", W(MX, "bf16") / 2, H, anchor="GPU 0: 46.7 GB", note="per GPU, TP=2")
claim(f, "36.5 GiB", "arithmetic", "GiB", 80 * GIB - W(MX, "bf16") / 2, H, anchor="GPU 0: 46.7 GB")
claim(f, "46.7 GB", "weights", "GB", W(MX, "bf16") / 2, H, anchor="GPU 1: 46.7 GB", note="per GPU, TP=2")
claim(f, "36.5 GiB", "arithmetic", "GiB", 80 * GIB - W(MX, "bf16") / 2, H, anchor="GPU 1: 46.7 GB")
claim(f, "70.6 GB", "weights", "GB", W(L70, "fp8") / 2, X, "per_gpu", anchor="70.6 GB per GPU", note="35.3 GB per GPU")
claim(f, "128 KiB", "kv_cache_per_token", "KiB", KVT(MX) / 2, X, "per_gpu", anchor="per token per GPU", note="64 KiB per GPU under TP=2")
claim(f, "4 GiB", "kv_cache_total", "GiB", KV(MX, 32768), H, anchor="needs 4 GiB of cache")
claim(f, "2 GiB", "kv_cache_total", "GiB", KV(MX, 32768) / 2, H, anchor="2 GiB on each card")
claim(f, "12.9 GB", "weights", "GB", W(ACTIVE_M7, "bf16") / 2, H, anchor="is 12.9 GB per card")
claim(f, "≈ 260 tok/s", "throughput", "tok/s", H100_BW / (W(ACTIVE_M7, "bf16") / 2), H, hedged=True)
claim(f, "≈ 190 tok/s", "throughput", "tok/s", H100_BW / (W(L70, "fp8") / 2), X, "off_2x", hedged=True,
      note="35.3 GB per GPU: 95 tok/s")
claim(f, "5.5×", "ratio", "×", N[L70] / ACTIVE_M7, H)
claim(f, "≈ 103 TFLOP", "flops", "TFLOP", 2 * ACTIVE_M7 * 4000, H, hedged=True)
claim(f, "0.26 s", "time", "s", 2 * ACTIVE_M7 * 4000 / (0.4 * 2 * 989e12), X, "off_2x", note="0.13 s")
claim(f, "about 28 %", "percentage", "%", 100 * ACTIVE_M7 / N[MX], H, hedged=True)
claim(f, "374 GB", "training", "GB", 16 * N[MX], X, "off_2x", note="747 GB")
claim(f, "93.4 GB per GPU, and", "training", "GB", zero(N[MX], 8, 3), H, note="ZeRO-3 over 8")
claim(f, "93.4 GB per GPU.", "training", "GB", zero(N[MX], 8, 1), X, "off_2x", note="ZeRO-1 over 8: 256.9 GB per GPU")
claim(f, "13.6M", "params", "M", lora(32, 16, [(4096, 4096), (4096, 1024), (4096, 1024), (4096, 4096)]), H)
claim(f, "0.03 %", "percentage", "%", 100 * lora(32, 16, [(4096, 4096), (4096, 1024), (4096, 1024), (4096, 4096)]) / N[MX], H)
claim(f, "≈ 28.6 GB", "quantized_file", "GB", GG(MX, "Q4_K_M"), H, hedged=True)
claim(f, "~24.8 GB", "quantized_file", "GB", GG(MX, "Q8_0"), X, "off_2x", hedged=True, note="Q8_0 49.6 GB")
non(f, "**Date:** 2026-11-12", "date")
non(f, "**Supersedes:** ADR-0009", "ADR and ticket numbers")
non(f, "p95 latency under 2 s", "requirement threshold, context length")
non(f, "(vLLM 0.6.3)", "version")
non(f, "(MMLU 82.0 vs 70.6)", "benchmark scores")
non(f, "$0.60 per 1M tokens", "price, ADR number")
non(f, "Revisit on 2027-03-01", "date, GPU count")


# ---- en_04: saved Stack Overflow question with answers and comments, QLoRA on Mistral-7B ----------
f = "en_04"
M7 = "mistral-7b"
LORA_M7 = lora(32, 16, [(4096, 4096), (4096, 1024), (4096, 1024), (4096, 4096),
                        (4096, 14336), (4096, 14336), (14336, 4096)])
claim(f, "7,241,732,096", "params", "params", N[M7], H)
claim(f, "about 1.8 GB", "weights", "GB", W(M7, "int4"), X, "off_2x", hedged=True, note="4-bit 3.62 GB")
claim(f, "28.97 GB", "weights", "GB", W(M7, "bf16"), X, "wrong_dtype", note="bf16 14.48 GB; 28.97 GB is fp32")
claim(f, "~3.74 GB", "quantized_file", "GB", N[M7] * NF4 / 8, H, hedged=True)
claim(f, "8.15 GB", "quantized_file", "GB", N[M7] * 4.5 / 8, X, "off_2x", note="4.5 bits: 4.07 GB")
claim(f, "41.9M", "params", "M", LORA_M7, H)
claim(f, "1.16 %", "percentage", "%", 100 * LORA_M7 / N[M7], X, "off_2x", note="0.58 %")
claim(f, "84 MB", "training", "MB", 16 * LORA_M7, X, "off_2x", note="16 B x 41.9M = 671 MB")
claim(f, "122.4 GB", "activations", "GB", act(M7, 2048, 4), H)
claim(f, "73 GB", "activations", "GB", act(M7, 2048, 4, "flash"), X, "off_2x", note="34 s b h L = 36.5 GB")
claim(f, "2 GiB in total", "activations", "GiB", act(M7, 2048, 4, "full"), H)
claim(f, "4 GiB", "kv_cache_total", "GiB", KV(M7, 2048, 4), X, "off_2x", anchor="2048 tokens × 4 sequences", note="1 GiB")
claim(f, "512 KiB", "kv_cache_per_token", "KiB", KVT(M7), X, "off_2x", note="GQA, 8 KV heads: 128 KiB")
claim(f, "128 KiB", "kv_cache_per_token", "KiB", KVT(M7), H)
claim(f, "512 MiB", "kv_cache_total", "MiB", KV(M7, 4096), H)
claim(f, "2 GiB", "kv_cache_total", "GiB", KV(M7, 32768), X, "off_2x", anchor="without the window a 32K", note="4 GiB")
claim(f, "15 GiB", "arithmetic", "GiB", 15360 * MIB, H)
claim(f, "16.1 GB", "arithmetic", "GB", 15360 * MIB, H)
claim(f, "83.9 MB", "weights", "MB", W(LORA_M7, "bf16"), H)
claim(f, "167.8 MB", "weights", "MB", W(LORA_M7, "fp32"), H)
claim(f, "336 MB", "weights", "MB", W(LORA_M7, "fp32"), X, "off_2x", note="fp32 167.8 MB")
claim(f, "30.6 GB", "activations", "GB", act(M7, 2048, 2), X, "off_2x", note="linear in batch: 61.2 GB")
non(f, "saved: 2026-11-30", "date")
non(f, "Asked 2 years ago", "dates, view count, score")
non(f, "Tried to allocate 172.00 MiB", "pasted error message")
non(f, "lr=2e-4, 3 epochs, transformers 4.36.2", "hyper-parameters, versions")
non(f, "**Answer** (score 58, accepted)", "vote score")


# ---- en_05: X thread on gpt-oss (config and parameter counts stated in the thread) ------------------
f = "en_05"
GO_T, GO_A, GO20 = 116.8e9, 5.1e9, 20.9e9
MXFP4 = 4 + 8 / 32
KV_GO = KVT((36, 8, 64))                  # 72 KiB per token, bf16
KV_G20 = KVT((24, 8, 64))                 # 48 KiB per token
claim(f, "~4.4%", "percentage", "%", 100 * GO_A / GO_T, H, hedged=True)
claim(f, "4.25 bits/weight", "bits_per_weight", "bits", MXFP4, H)
claim(f, "≈62 GB", "quantized_file", "GB", GO_T * MXFP4 / 8, H, hedged=True)
claim(f, "57.8 GiB", "quantized_file", "GiB", GO_T * MXFP4 / 8, H)
claim(f, "467.2 GB", "weights", "GB", W(GO_T, "bf16"), X, "wrong_dtype", note="bf16 233.6 GB; 467.2 GB is fp32")
claim(f, "58.4 GB", "weights", "GB", W(GO_T, "fp8"), X, "wrong_dtype", note="fp8 116.8 GB; 58.4 GB is int4")
claim(f, "72 KiB/token in bf16", "kv_cache_per_token", "KiB", KV_GO, H)
claim(f, "~4.5 GiB", "kv_cache_total", "GiB", KV_GO / 2 * 131072 + KV_GO / 2 * 128, H, hedged=True,
      note="18 full layers + 18 layers capped at 128 tokens")
claim(f, "18 GiB", "kv_cache_total", "GiB", KV_GO * 131072, X, "off_2x", note="all 36 layers full: 9 GiB")
claim(f, "72 GiB", "kv_cache_total", "GiB", 8 * (KV_GO / 2 * 131072 + KV_GO / 2 * 128), X, "off_2x", note="36 GiB")
claim(f, "2.7 GB", "weights", "GB", GO_A * MXFP4 / 8, H)
claim(f, "~1,240 tok/s", "throughput", "tok/s", H100_BW / (GO_A * MXFP4 / 8), H, hedged=True)
claim(f, "~40%", "percentage", "%", 100 * 250 / (H100_BW / (GO_A * MXFP4 / 8)), X, "off_2x", hedged=True, note="20 %")
claim(f, "10.2 GFLOP", "flops", "GFLOP", 2 * GO_A, H)
claim(f, "233.6 GFLOP", "flops", "GFLOP", 2 * GO_T, H)
claim(f, "46×", "ratio", "×", GO_T / GO_A, X, "off_2x", note="22.9x")
claim(f, "≈ 11.1 GB", "quantized_file", "GB", GO20 * MXFP4 / 8, H, hedged=True)
claim(f, "10.3 GB", "quantized_file", "GB", GO20 * MXFP4 / 8, X, "gib_as_gb", note="10.3 GiB = 11.1 GB")
claim(f, "96 KiB/token", "kv_cache_per_token", "KiB", KV_G20, X, "off_2x", note="48 KiB")
claim(f, "6 GiB", "kv_cache_total", "GiB", KV_G20 * 131072, H)
claim(f, "1.5 GiB", "kv_cache_total", "GiB", KV_G20 / 2 * 131072 + KV_G20 / 2 * 128, X, "off_2x", note="3 GiB")
claim(f, "1.87 TB", "training", "TB", 16 * GO_T, H)
claim(f, "29.2 GB", "training", "GB", zero(GO_T, 64, 3), H, anchor="1.87 TB of model states", occ=1)
claim(f, "29.2 GB", "training", "GB", zero(GO_T, 64, 2), X, "off_2x", anchor="1.87 TB of model states", occ=2,
      note="ZeRO-2 over 64: 259 GB per GPU")
claim(f, "141.1 GB", "weights", "GB", W("llama3-70b", "bf16"), H)
claim(f, "2.3×", "ratio", "×", W("llama3-70b", "bf16") / (GO_T * MXFP4 / 8), H)
claim(f, "320 KiB/token", "kv_cache_per_token", "KiB", KVT("llama3-70b"), H)
claim(f, "4.4×", "ratio", "×", KVT("llama3-70b") / KV_GO, H)
claim(f, "~62 GB", "quantized_file", "GB", GO_T * MXFP4 / 8, H, hedged=True, anchor="TL;DR: ~62 GB")
claim(f, "72 KiB/token", "kv_cache_per_token", "KiB", KV_GO, H, anchor="TL;DR: ~62 GB")
non(f, "saved: 2026-11-21", "date")
non(f, "**@infra_mathlete** · Aug 6, 2025", "date")
non(f, "Harmony format v0.3", "licence and format versions")
non(f, "openai-harmony==0.0.4", "package version")
non(f, "2.4K · 🔁 311", "likes, reposts, views")


# ---- en_06: research note comparing small models (configs stated in the note) -----------------------
f = "en_06"
P3, Q15 = 3.82e9, 1.54e9
KV_P3, KV_Q15 = KVT((32, 32, 96)), KVT((28, 2, 128))
n1, n3, gx = N["llama32-1b"], N["llama32-3b"], N["gpt2-xl"]
R = {k: f"| {k} |" for k in ("Llama 3.2 1B", "Llama 3.2 3B", "Phi-3-mini", "Qwen2.5-1.5B", "GPT-2 XL")}
claim(f, "2.47 GB", "weights", "GB", W(n1, "bf16"), H, anchor="llama32_1b_bf16:")
claim(f, "6.43 GB", "weights", "GB", W(n3, "bf16"), H, anchor="llama32_3b_bf16:")
claim(f, "384 KiB", "kv_cache_per_token", "KiB", KV_P3, H, anchor="phi3_mini_kv_per_token:")
claim(f, "56 KiB", "kv_cache_per_token", "KiB", KV_Q15, X, "off_2x", anchor="qwen25_1_5b_kv_per_token:", note="28 KiB")
claim(f, "0.76 GB", "quantized_file", "GB", GG(n1, "Q4_K_M"), H, anchor="smallest_q4km_file:")
claim(f, "22.7 GB", "weights", "GB", W(n1 + n3 + P3 + Q15 + gx, "bf16"), H, anchor="total_disk_all_bf16:")
claim(f, "1.56B", "params", "B", gx, H, anchor="the 2019 baseline")
r = R["Llama 3.2 1B"]
claim(f, "1.24B", "params", "B", n1, H, anchor=r)
claim(f, "2.47", "weights", "GB", W(n1, "bf16"), H, anchor=r)
claim(f, "1.51", "quantized_file", "GB", GG(n1, "Q4_K_M"), X, "off_2x", anchor=r, note="0.76 GB")
claim(f, "32", "kv_cache_per_token", "KiB", KVT("llama32-1b"), H, anchor=r)
claim(f, "256", "kv_cache_total", "MiB", KV("llama32-1b", 8192), H, anchor=r)
r = R["Llama 3.2 3B"]
claim(f, "3.21B", "params", "B", n3, H, anchor=r)
claim(f, "3.21", "weights", "GB", W(n3, "bf16"), X, "wrong_dtype", anchor=r, occ=2, note="bf16 6.43 GB; 3.21 GB is int8")
claim(f, "1.97", "quantized_file", "GB", GG(n3, "Q4_K_M"), H, anchor=r)
claim(f, "112", "kv_cache_per_token", "KiB", KVT("llama32-3b"), H, anchor=r)
claim(f, "896", "kv_cache_total", "MiB", KV("llama32-3b", 8192), H, anchor=r)
r = R["Phi-3-mini"]
claim(f, "7.64", "weights", "GB", W(P3, "bf16"), H, anchor=r)
claim(f, "2.34", "quantized_file", "GB", GG(P3, "Q4_K_M"), H, anchor=r)
claim(f, "96", "kv_cache_per_token", "KiB", KV_P3, X, "off_2x", anchor=r, note="MHA: 384 KiB")
claim(f, "1536", "kv_cache_total", "MiB", KV_P3 * 4096, H, anchor=r)
r = R["Qwen2.5-1.5B"]
claim(f, "3.08", "weights", "GB", W(Q15, "bf16"), H, anchor=r)
claim(f, "1.88", "quantized_file", "GB", GG(Q15, "Q4_K_M"), X, "off_2x", anchor=r, note="0.94 GB")
claim(f, "28", "kv_cache_per_token", "KiB", KV_Q15, H, anchor=r)
claim(f, "448", "kv_cache_total", "MiB", KV_Q15 * 8192, X, "off_2x", anchor=r, note="224 MiB")
r = R["GPT-2 XL"]
claim(f, "1.56B", "params", "B", gx, H, anchor=r)
claim(f, "6.23", "weights", "GB", W(gx, "bf16"), X, "wrong_dtype", anchor=r, note="bf16 3.12 GB; 6.23 GB is fp32")
claim(f, "0.95", "quantized_file", "GB", GG(gx, "Q4_K_M"), H, anchor=r)
claim(f, "300", "kv_cache_per_token", "KiB", KVT("gpt2-xl"), H, anchor=r, occ=1)
claim(f, "300", "kv_cache_total", "MiB", KV("gpt2-xl", 1024), H, anchor=r, occ=2)
claim(f, "262.7M", "params", "M", 128256 * 2048, H)
claim(f, "21 %", "percentage", "%", 100 * 128256 * 2048 / n1, H)
claim(f, "2.6×", "ratio", "×", n3 / n1, H)
claim(f, "3.5×", "ratio", "×", KVT("llama32-3b") / KVT("llama32-1b"), H)
claim(f, "3.2 GB", "weights", "GB", W(n3, "int4"), X, "wrong_dtype", note="int4 1.6 GB; 3.2 GB is int8")
claim(f, "3.5 GB", "kv_cache_total", "GB", KV("llama32-3b", 32768), X, "gib_as_gb", note="3.5 GiB = 3.76 GB")
claim(f, "2 GiB", "kv_cache_total", "GiB", KV("llama32-1b", 32768), X, "off_2x", anchor="the 1B's to 2 GiB", note="1 GiB")
claim(f, "1.5 GB", "kv_cache_total", "GB", KV_P3 * 4096, X, "gib_as_gb", note="1.5 GiB = 1.61 GB")
claim(f, "24 GiB", "kv_cache_total", "GiB", KV_P3 * 131072, X, "off_2x", note="48 GiB")
claim(f, "13.7×", "ratio", "×", KV_P3 / KV_Q15, H)
claim(f, "0.76 GB", "quantized_file", "GB", GG(n1, "Q4_K_M"), H, anchor="1B in Q4_K_M (0.76 GB)")
claim(f, "~68 tok/s", "throughput", "tok/s", 51.2e9 / GG(n1, "Q4_K_M"), H, hedged=True)
claim(f, "~8 tok/s", "throughput", "tok/s", 51.2e9 / W(n3, "bf16"), H, hedged=True)
claim(f, "~64 tok/s", "throughput", "tok/s", 51.2e9 / W(n3, "int4"), X, "off_2x", hedged=True, note="32 tok/s")
claim(f, "9.9 GB", "training", "GB", 16 * n1, X, "off_2x", note="19.8 GB")
claim(f, "25.7 GB", "training", "GB", 16 * n3, X, "off_2x", note="51.4 GB")
claim(f, "about 7,300 tokens per parameter", "tokens_per_param", "tokens/param", 9e12 / n1, H, hedged=True)
claim(f, "6.7e22 FLOP", "flops", "FLOP", 6 * n1 * 9e12, H)
claim(f, "3.5e23 FLOP", "flops", "FLOP", 6 * n3 * 9e12, X, "off_2x", note="1.7e23")
claim(f, "28 KiB", "kv_cache_per_token", "KiB", KV_Q15, H, anchor="Smallest cache")
claim(f, "384 KiB", "kv_cache_per_token", "KiB", KV_P3, H, anchor="Smallest cache")
claim(f, "0.76 GB", "quantized_file", "GB", GG(n1, "Q4_K_M"), H, anchor="is the only one that stays fast")
non(f, "created: 2026-11-16", "date")
non(f, "review_date: 2027-01-15", "date")
non(f, "models_compared: 5", "count")
non(f, "IFEval 59.5 and MMLU 49.3", "benchmark scores")


# ---- en_07: e-mail thread with quoted replies, Llama-2-13b-chat on an A100 80GB ----------------------
f = "en_07"
L13 = "llama2-13b"
claim(f, "800 KiB", "kv_cache_per_token", "KiB", KVT(L13), H, anchor="Per token: 2 × 40 × 40")
claim(f, "3.125 GiB", "kv_cache_total", "GiB", KV(L13, 4096), H)
claim(f, "3.36 GB", "kv_cache_total", "GB", KV(L13, 4096), H)
claim(f, "125 GiB", "kv_cache_total", "GiB", KV(L13, 4096, 40), H, anchor="40 chats: 125 GiB")
claim(f, "134 GB", "kv_cache_total", "GB", KV(L13, 4096, 40), H)
claim(f, "26.0 GB", "weights", "GB", W(L13, "fp16"), H)
claim(f, "24.2 GiB", "weights", "GiB", W(L13, "fp16"), H, anchor="= 24.2 GiB")
claim(f, "55.8 GiB", "arithmetic", "GiB", 80 * GIB - W(L13, "fp16"), H)
claim(f, "1.56 GiB", "kv_cache_total", "GiB", KV(L13, 4096, 1, 1), H)
claim(f, "6.5 GB", "weights", "GB", W(L13, "int8"), X, "off_2x", note="int8 13.0 GB")
claim(f, "62.5 GiB", "kv_cache_total", "GiB", KV(L13, 4096, 40) / 2, H, note="per GPU, TP=2")
claim(f, "24.2 GiB", "weights", "GiB", W(L13, "fp16") / 2, X, "per_gpu", anchor="and 24.2 GiB of weights", note="12.1 GiB per GPU under TP=2")
claim(f, "~300 tok/s", "throughput", "tok/s", 2.0e12 / W(L13, "int8"), X, "off_2x", hedged=True,
      note="A100 2.0 TB/s / 13.0 GB = 154 tok/s")
claim(f, "400 KiB", "kv_cache_per_token", "KiB", KVT(L13), X, "off_2x", quoted=True, note="800 KiB")
claim(f, "1.6 GB", "kv_cache_total", "GB", KV(L13, 4096), X, "off_2x", quoted=True, note="3.36 GB")
claim(f, "64 GB", "kv_cache_total", "GB", KV(L13, 4096, 40), X, "off_2x", quoted=True, note="134 GB")
claim(f, "800 KiB", "kv_cache_total", "KiB", KV(L13, 4096), X, "wrong_kind", anchor="a whole 4K session", quoted=True,
      note="800 KiB is per token; a 4K session is 3.125 GiB")
claim(f, "0.8 GB", "kv_cache_total", "GB", KV(L13, 4096, 1, 1), X, "off_2x", quoted=True, note="int8 4K: 1.68 GB")
claim(f, "26 GB", "weights", "GB", W(L13, "fp16"), H, anchor="i.e. 26 GiB on the card", quoted=True)
claim(f, "26 GiB", "weights", "GiB", W(L13, "fp16"), X, "gb_as_gib", quoted=True, note="26 GB = 24.2 GiB")
claim(f, "163,840 tokens", "tokens", "tokens", 40 * 4096, H, quoted=True)
claim(f, "125 GB", "kv_cache_total", "GB", KV(L13, 4096, 40), X, "gib_as_gb", quoted=True, note="125 GiB = 134 GB")
claim(f, "26 GB", "weights", "GB", W(L13, "fp16"), H, anchor="plus 26 GB of weights", quoted=True)
claim(f, "~77 tok/s", "throughput", "tok/s", 2.0e12 / W(L13, "fp16"), H, hedged=True, quoted=True)
claim(f, "104 GB", "training", "GB", 16 * N[L13], X, "off_2x", quoted=True, note="208 GB")
claim(f, "13.0B", "params", "B", N[L13], H, quoted=True)
claim(f, "52 GB", "training", "GB", zero(N[L13], 2, 3), X, "off_2x", quoted=True, note="104 GB per GPU")
non(f, "archived: 2026-11-24", "date")
non(f, "**Date:** Tue, 24 Nov 2026 10:47", "date, time")
non(f, "**Date:** Mon, 23 Nov 2026 18:05", "date, time")
non(f, "**Date:** Mon, 23 Nov 2026 09:12", "date, time")
non(f, "Please reply by Wednesday 25 Nov, 12:00 CET.", "deadline")


non("en_07", "ticket CAP-771, budget €18,000", "requirement, ticket number, budget")


# ---- ru_01: исследовательская заметка о Mistral 7B, размеры в свойствах --------------------------------
f = "ru_01"
M7 = "mistral-7b"
claim(f, "7241732096", "params", "params", N[M7], H)
claim(f, "14,48 ГБ", "weights", "ГБ", W(M7, "bf16"), H, anchor="веса_bf16:")
claim(f, "57,9 ГБ", "weights", "ГБ", W(M7, "fp32"), X, "off_2x", note="fp32 28,97 ГБ")
claim(f, "128 КиБ", "kv_cache_per_token", "КиБ", KVT(M7), H, anchor="kv_на_токен:")
claim(f, "512 МиБ", "kv_cache_total", "МиБ", KV(M7, 4096), H, anchor="kv_окно_макс:")
claim(f, "4,43 ГБ", "quantized_file", "ГБ", GG(M7, "Q4_K_M"), H, anchor="gguf_q4_k_m:")
claim(f, "7,24 млрд", "params", "млрд", N[M7], H, anchor="Плотная модель на 7,24 млрд")
claim(f, "13,49 ГиБ", "weights", "ГиБ", W(M7, "bf16"), H)
claim(f, "3,62 ГБ", "weights", "ГБ", W(M7, "int8"), X, "wrong_dtype", note="int8 7,24 ГБ; 3,62 ГБ — int4")
claim(f, "1,81 ГБ", "weights", "ГБ", W(M7, "int4"), X, "off_2x", note="int4 3,62 ГБ")
claim(f, "131¦072 байт", "kv_cache_per_token", "байт", KVT(M7), H)
claim(f, "512 МиБ", "kv_cache_total", "МиБ", KV(M7, 4096), H, anchor="не превышает 512 МиБ", bound="upper")
claim(f, "8 ГиБ", "kv_cache_total", "ГиБ", KV(M7, 32768), X, "off_2x", anchor="Без окна контекст 32K", note="4 ГиБ")
claim(f, "8 ГБ", "kv_cache_total", "ГБ", KV(M7, 4096, 16), X, "gib_as_gb", anchor="Батч из 16", note="8 ГиБ = 8,59 ГБ")
claim(f, "75 %", "percentage", "%", 100 * (1 - KVT(M7) / KVT("llama2-7b")), H)
claim(f, "512 КиБ", "kv_cache_per_token", "КиБ", KVT("llama2-7b"), H)
claim(f, "4,89", "bits_per_weight", "бит", BPW["Q4_K_M"], H, anchor="| Q4_K_M |")
claim(f, "4,43", "quantized_file", "ГБ", GG(M7, "Q4_K_M"), H, anchor="| Q4_K_M |")
claim(f, "5,70", "bits_per_weight", "бит", BPW["Q5_K_M"], H, anchor="| Q5_K_M |")
claim(f, "10,3", "quantized_file", "ГБ", GG(M7, "Q5_K_M"), X, "off_2x", anchor="| Q5_K_M |", note="5,16 ГБ")
claim(f, "8,50", "bits_per_weight", "бит", BPW["Q8_0"], H, anchor="| Q8_0 |")
claim(f, "7,17", "quantized_file", "ГБ", GG(M7, "Q8_0"), X, "gib_as_gb", anchor="| Q8_0 |", note="7,17 ГиБ = 7,70 ГБ")
claim(f, "примерно 70 токенов/с", "throughput", "токенов/с", 1008e9 / W(M7, "bf16"), H, hedged=True)
claim(f, "около 450 токенов/с", "throughput", "токенов/с", 1008e9 / GG(M7, "Q4_K_M"), X, "off_2x", hedged=True,
      note="1008 ГБ/с / 4,43 ГБ = 228 токенов/с")
claim(f, "115,9 ГБ", "training", "ГБ", 16 * N[M7], H)
claim(f, "29 ГБ", "training", "ГБ", zero(N[M7], 4, 3), H, anchor="С ZeRO-3 на четырёх картах")
claim(f, "29 ГБ", "training", "ГБ", zero(N[M7], 4, 0), X, "per_gpu", anchor="обычный DDP", note="DDP: 115,9 ГБ на карту")
claim(f, "104,2 ГБ", "activations", "ГБ", act(M7, 4096, 1), H)
claim(f, "36,5 ГБ", "activations", "ГБ", act(M7, 4096, 1, "flash"), X, "off_2x", note="18,25 ГБ")
I = "7,24 млрд параметров, 14,48 ГБ в bf16"
claim(f, "7,24 млрд", "params", "млрд", N[M7], H, anchor=I)
claim(f, "14,48 ГБ", "weights", "ГБ", W(M7, "bf16"), H, anchor=I)
claim(f, "128 КиБ", "kv_cache_per_token", "КиБ", KVT(M7), H, anchor=I)
claim(f, "512 МиБ", "kv_cache_total", "МиБ", KV(M7, 4096), H, anchor=I, bound="upper")
non(f, "создано: 2026-11-18", "date")
non(f, "лицензия: Apache 2.0", "licence version")
non(f, "arXiv:2310.06825", "arXiv id, date")
non(f, "MMLU 60,1; HellaSwag 81,3.", "benchmark scores")
non(f, "температура 0,7, top_p 0,9", "sampling parameters")


# ---- ru_02: служебная записка о сервере 4x H100 под Llama-3-70B-Instruct -----------------------------
f = "ru_02"
L70 = "llama3-70b"
P = "Модель содержит 70,55 млрд"
claim(f, "320 ГБ", "arithmetic", "ГБ", 4 * 80e9, H, anchor="суммарно 320 ГБ памяти")
claim(f, "70,55 млрд", "params", "млрд", N[L70], H)
claim(f, "141,1 ГБ", "weights", "ГБ", W(L70, "bf16"), H, anchor=P, occ=1)
claim(f, "141,1 ГиБ", "weights", "ГиБ", W(L70, "bf16"), X, "gb_as_gib", anchor=P, note="141,1 ГБ = 131,4 ГиБ")
claim(f, "141,1 ГБ", "weights", "ГБ", W(L70, "bf16") / 4, X, "per_gpu", anchor=P, occ=2, note="на карту 35,3 ГБ")
claim(f, "35,3 ГБ", "weights", "ГБ", W(L70, "fp8"), X, "wrong_dtype", anchor=P, note="fp8 70,6 ГБ; 35,3 ГБ — это int4")
claim(f, "320 КиБ", "kv_cache_per_token", "КиБ", KVT(L70), H)
claim(f, "2,5 ГБ", "kv_cache_total", "ГБ", KV(L70, 8192), X, "gib_as_gb", note="2,5 ГиБ = 2,68 ГБ")
claim(f, "40 ГиБ", "kv_cache_total", "ГиБ", KV(L70, 8192, 32), X, "off_2x", note="80 ГиБ")
claim(f, "320 ГиБ", "kv_cache_total", "ГиБ", KV(L70, 8192, 64), X, "off_2x", note="160 ГиБ")
I = "Итого при 32 диалогах"
claim(f, "141,1 ГБ", "weights", "ГБ", W(L70, "bf16"), H, anchor=I)
claim(f, "80 ГиБ", "kv_cache_total", "ГиБ", KV(L70, 8192, 32), H, anchor=I)
claim(f, "примерно 227 ГБ", "arithmetic", "ГБ", W(L70, "bf16") + KV(L70, 8192, 32), H, hedged=True)
claim(f, "71 %", "percentage", "%", 100 * (W(L70, "bf16") + KV(L70, 8192, 32)) / 320e9, H)
claim(f, "35,3 ГБ", "weights", "ГБ", W(L70, "bf16") / 4, H, anchor="доля весов на карту", note="на карту, TP=4")
claim(f, "около 95 токенов/с", "throughput", "токенов/с", H100_BW / (W(L70, "bf16") / 4), H, hedged=True)
claim(f, "380 токенов/с", "throughput", "токенов/с", H100_BW / (W(L70, "bf16") / 8), X, "off_2x", note="190 токенов/с")
claim(f, "5,3 с", "time", "с", 500 / (H100_BW / (W(L70, "bf16") / 4)), H)
claim(f, "42 с", "time", "с", 2000 / (H100_BW / (W(L70, "bf16") / 4)), X, "off_2x", note="21 с")
claim(f, "564 ГБ", "training", "ГБ", 16 * N[L70], X, "off_2x", note="1129 ГБ")
non(f, "дата: 2026-11-20", "date")
non(f, "**СЛУЖЕБНАЯ ЗАПИСКА № 47/11", "memo number, date")
non(f, "4 × 2 450 000 ₽", "price, contract number, budget line")
non(f, "Срок поставки — до 15.01.2027", "dates")
non(f, "Приложение: расчёт на 2 л. в 1 экз.", "page and copy count")
non(f, "тел. 4-12, 20.11.2026", "phone extension, date")


# ---- ru_03: пост во ВКонтакте, Llama 3 8B дома (GGUF, скорость, кэш) ---------------------------------
f = "ru_03"
L8 = "llama3-8b"
claim(f, "8¦030¦261¦248", "params", "params", N[L8], H)
claim(f, "4,58 ГБ", "quantized_file", "ГБ", GG(L8, "Q4_K_M"), X, "gib_as_gb", note="4,58 ГиБ = 4,91 ГБ")
claim(f, "17 ГБ", "quantized_file", "ГБ", GG(L8, "Q8_0"), X, "off_2x", note="Q8_0 8,53 ГБ")
claim(f, "32 ГБ", "quantized_file", "ГБ", GG(L8, "F16"), X, "wrong_dtype", note="F16 16,06 ГБ; 32 ГБ — fp32")
claim(f, "1,6 ГБ", "quantized_file", "ГБ", GG(L8, "Q2_K"), X, "off_2x", anchor="Q2_K — 1,6 ГБ", note="Q2_K 3,17 ГБ")
claim(f, "примерно 31 %", "percentage", "%", 100 * BPW["Q4_K_M"] / BPW["F16"], H, hedged=True)
claim(f, "~73 токена/с", "throughput", "токена/с", 360e9 / GG(L8, "Q4_K_M"), H, hedged=True)
claim(f, "около 84 токенов/с", "throughput", "токенов/с", 360e9 / GG(L8, "Q8_0"), X, "off_2x", hedged=True,
      note="42 токена/с")
claim(f, "около 20 токенов/с", "throughput", "токенов/с", 51.2e9 / GG(L8, "Q8_0"), X, "off_2x", hedged=True,
      note="6 токенов/с")
claim(f, "128 КиБ", "kv_cache_per_token", "КиБ", KVT(L8), H)
claim(f, "1 ГиБ", "kv_cache_total", "ГиБ", KV(L8, 8192), H, anchor="на 8K контекста")
claim(f, "2 ГиБ", "kv_cache_total", "ГиБ", KV(L8, 32768), X, "off_2x", note="4 ГиБ")
claim(f, "5,58 ГиБ", "arithmetic", "ГиБ", GG(L8, "Q4_K_M") + KV(L8, 8192), H)
claim(f, "7,95 ГиБ", "quantized_file", "ГиБ", GG(L8, "Q8_0"), H)
claim(f, "21,6 ГБ", "quantized_file", "ГБ", GG("llama3-70b", "Q4_K_M"), X, "off_2x", note="43,2 ГБ")
claim(f, "около 16 ГБ", "quantized_file", "ГБ", GG(L8, "F16"), H, hedged=True)
claim(f, "43 ГБ", "quantized_file", "ГБ", GG("llama3-70b", "Q4_K_M"), H, anchor="в 4090 не влезет")
claim(f, "43 ГБ", "quantized_file", "ГБ", GG("llama3-70b", "Q4_K_M"), H, anchor="Про 43 ГБ понял")
non(f, "сохранено: 2026-11-26", "date")
non(f, "вчера в 23:41", "time")
non(f, "обошлась в 27 990", "price, build number")
non(f, "❤ 214", "likes, comments, views")
non(f, "сегодня в 08:15", "time")


# ---- ru_04: CSV из русского Excel (точка с запятой, десятичная запятая) -------------------------------
f = "ru_04"
ROWS = [("gpt2;", "gpt2", ["0,50", "0,25", ("0,25", "int8x"), ("72", "kvx")]),
        ("gpt2-medium;", "gpt2-medium", ["1,42", ("1,42", "bf16x"), "0,35", "96"]),
        ("bert-base-uncased;", "bert-base", [("0,88", "fp32x"), "0,22", "0,11"]),
        ("bert-large-uncased;", "bert-large", ["1,34", "0,67", ("0,67", "int8x")]),
        ("Llama-2-7B;", "llama2-7b", [("13,48", "fp32x"), "13,48", "6,74", ("128", "kvx")]),
        ("Falcon-7B;", "falcon-7b", ["27,69", ("12,89", "bf16g"), "6,92", ("64", "kvx")]),
        ("Qwen2.5-7B;", "qwen2.5-7b", ["30,46", "15,23", ("3,81", "int8x"), ("112", "kvx")]),
        ("Meta-Llama-3-8B;", "llama3-8b", [("16,06", "fp32x"), "16,06", "8,03", "128"])]
COLS = ["fp32", "bf16", "int8", "kv"]
for anchor, m, cells in ROWS:
    seen = Counter()
    for col, cell in zip(COLS, cells):
        fig, bad = (cell, None) if isinstance(cell, str) else cell
        seen[fig] += 1
        if col == "kv":
            val, kind, unit = KVT(m), "kv_cache_per_token", "КиБ"
        else:
            val, kind, unit = W(m, col), "weights", "ГБ"
        if bad is None:
            claim(f, fig, kind, unit, val, H, anchor=anchor, occ=seen[fig])
        elif bad == "bf16g":
            claim(f, fig, kind, unit, val, X, "gib_as_gb", anchor=anchor, occ=seen[fig], note="12,89 ГиБ = 13,84 ГБ")
        elif bad == "kvx":
            claim(f, fig, kind, unit, val, X, "off_2x", anchor=anchor, occ=seen[fig], note=f"{KVT(m) // 1024} КиБ")
        else:
            claim(f, fig, kind, unit, val, X, "wrong_dtype", anchor=anchor, occ=seen[fig],
                  note=f"{col}: {val / 1e9:.2f} ГБ")
ALL8 = sum(N[m] for _, m, _ in ROWS)
claim(f, "120,9", "weights", "ГБ", W(ALL8, "fp32"), H, anchor="ИТОГО;")
claim(f, "60,5", "weights", "ГБ", W(ALL8, "bf16"), H, anchor="ИТОГО;")
claim(f, "241,8 ГБ", "weights", "ГБ", W(ALL8, "fp32"), X, "off_2x", note="120,9 ГБ")
claim(f, "60,5 ГБ", "weights", "ГБ", W(ALL8, "bf16"), H)
claim(f, "64", "ratio", "×", KVT("llama2-7b") / KVT("falcon-7b"), H, anchor="в 64 раза")
claim(f, "8 КиБ", "kv_cache_per_token", "КиБ", KVT("falcon-7b"), H)
claim(f, "512 КиБ", "kv_cache_per_token", "КиБ", KVT("llama2-7b"), H)
claim(f, "30 %", "percentage", "%", 100 * (N["qwen2.5-7b"] / N["llama2-7b"] - 1), X, "off_2x", note="13 %")
claim(f, "89 %", "percentage", "%", 100 * (1 - KVT("qwen2.5-7b") / KVT("llama2-7b")), H)
non(f, "создано: 2026-11-28", "date")
non(f, "выгружено из Excel 28.11.2026 14:03", "file name with date and time")
non(f, "Формула в ячейке F2", "spreadsheet formulas")
non(f, "Лист1!A1:G10", "cell range, file version")


# ---- ru_05: исследовательская заметка о Gemma 3 с выводом pandas DataFrame (конфиги в заметке) -------------
f = "ru_05"


def gemma3(glob, loc, win, ctx, kh, hd):
    """кэш bf16: глобальные слои хранят весь контекст, локальные — не больше окна"""
    per = 2 * kh * hd * 2
    return glob * ctx * per + loc * min(win, ctx) * per


G3 = {"1b": (1.0e9, 26, 4, 22, 512, 1, 256, 32768), "4b": (4.3e9, 34, 5, 29, 1024, 4, 256, 131072),
      "12b": (12.2e9, 48, 8, 40, 1024, 8, 256, 131072), "27b": (27.4e9, 62, 10, 52, 1024, 16, 128, 131072)}
DF = {"1b": ("52", "0.14", "2.00"), "4b": ("136", "5.22", "8.60"), "12b": ("384", "16.62", "48.80"),
      "27b": ("248", "10.41", "54.80")}
BAD = {("1b", 0): "off_2x", ("4b", 1): "off_2x", ("12b", 1): "off_2x", ("12b", 2): "wrong_dtype", ("27b", 0): "off_2x"}
for k, (n, L, g, l, w, kh, hd, ctx) in G3.items():
    row = f"gemma-3-{k} "
    vals = [(KVT((L, kh, hd)), "kv_cache_per_token", "KiB"), (gemma3(g, l, w, ctx, kh, hd), "kv_cache_total", "GiB"),
            (W(n, "bf16"), "weights", "GB")]
    for i, (fig, (val, kind, unit)) in enumerate(zip(DF[k], vals)):
        e = BAD.get((k, i))
        claim(f, fig, kind, unit, val, X if e else H, e, anchor=row, note="" if not e else
              {"off_2x": f"{val / SCALE[unit]:.3g} {unit}", "wrong_dtype": "fp32 value; bf16 24.4 GB"}[e])
K27 = gemma3(10, 52, 1024, 131072, 16, 128)
K12 = gemma3(8, 40, 1024, 131072, 8, 256)
Q40_27 = 27.4e9 * 4.5 / 8
claim(f, "54,8 ГБ", "weights", "ГБ", W(27.4e9, "bf16"), H)
claim(f, "15,4 ГБ", "quantized_file", "ГБ", Q40_27, H, anchor="27B в bf16 весит 54,8 ГБ")
claim(f, "12,2 ГБ", "weights", "ГБ", W(12.2e9, "int4"), X, "wrong_dtype", note="int4 6,1 ГБ; 12,2 ГБ — int8")
claim(f, "6", "ratio", "×", KVT((62, 16, 128)) * 131072 / K27, H, anchor="в 6 раз меньше")
claim(f, "10,4 ГиБ", "kv_cache_total", "ГиБ", K27, H, anchor="в 6 раз меньше")
claim(f, "62 ГиБ", "kv_cache_total", "ГиБ", KVT((62, 16, 128)) * 131072, H, anchor="в 6 раз меньше")
claim(f, "24 ГиБ", "kv_cache_total", "ГиБ", KVT((48, 8, 256)) * 131072, X, "off_2x", note="48 ГиБ")
claim(f, "83 %", "percentage", "%", 100 * (1 - K12 / (KVT((48, 8, 256)) * 131072)), H)
claim(f, "139 МиБ", "kv_cache_total", "МиБ", gemma3(4, 22, 512, 32768, 1, 256), H)
claim(f, "416 МиБ", "kv_cache_total", "МиБ", KVT((26, 1, 256)) * 32768, X, "off_2x", note="832 МиБ")
claim(f, "60 %", "percentage", "%", 100 * (KVT((62, 16, 128)) / KVT((48, 8, 256)) - 1), X, "off_2x", note="29 %")
claim(f, "15,4 ГБ", "quantized_file", "ГБ", Q40_27, H, anchor="RTX 4090 на 24 ГБ")
claim(f, "10,4 ГиБ", "kv_cache_total", "ГиБ", K27, H, anchor="RTX 4090 на 24 ГБ")
claim(f, "26,6 ГБ", "arithmetic", "ГБ", Q40_27 + K27, H)
claim(f, "около 65 токенов/с", "throughput", "токенов/с", 1008e9 / Q40_27, H, hedged=True)
claim(f, "около 120 токенов/с", "throughput", "токенов/с", 3.35e12 / W(27.4e9, "bf16"), X, "off_2x", hedged=True,
      note="61 токен/с")
claim(f, "34,4 ГБ", "training", "ГБ", 16 * 4.3e9, X, "off_2x", note="68,8 ГБ")
claim(f, "4,6·10²⁴ FLOP", "flops", "FLOP", 6 * 27.4e9 * 14e12, X, "off_2x", note="2,3·10²⁴")
claim(f, "2000 токенов на параметр", "tokens_per_param", "tokens/param", 2e12 / 1.0e9, H)
claim(f, "10,4 ГиБ", "kv_cache_total", "ГиБ", K27, H, anchor="Схема 5:1")
claim(f, "62 ГиБ", "kv_cache_total", "ГиБ", KVT((62, 16, 128)) * 131072, H, anchor="Схема 5:1")
claim(f, "15,4 ГБ", "quantized_file", "ГБ", Q40_27, H, anchor="Схема 5:1")
non(f, "дата_выпуска: 2025-03-12", "date")
non(f, "схема_внимания: 5 локальных слоёв на 1 глобальный", "layer ratio (configuration)")
non(f, "arXiv:2503.19786, 25 страниц", "arXiv id, page count")
non(f, "LMArena Elo у 27B — 1338", "rating, date")
non(f, "создано: 2026-11-22", "date")


# ---- ru_06: исследовательская заметка о Mixtral 8x22B (конфиг в свойствах) ----------------------------
f = "ru_06"
attn22 = 2 * 6144 * 48 * 128 + 2 * 6144 * 8 * 128
exp22 = 3 * 6144 * 16384
M22 = 56 * (attn22 + 8 * exp22 + 6144 * 8 + 2 * 6144) + 2 * 32768 * 6144 + 6144
A22 = M22 - 56 * 6 * exp22
assert M22 == 140_630_071_296
KV22 = KVT((56, 8, 128))
claim(f, "140,6 ГБ", "weights", "ГБ", W(M22, "bf16"), X, "wrong_dtype", anchor="веса_bf16:", note="bf16 281,3 ГБ; 140,6 ГБ — fp8")
claim(f, "448 КиБ", "kv_cache_per_token", "КиБ", KV22, X, "off_2x", note="224 КиБ")
claim(f, "140¦630¦071¦296", "params", "params", M22, H)
claim(f, "39,2 млрд", "params", "млрд", A22, H, anchor="Активных на токен")
claim(f, "около 28 %", "percentage", "%", 100 * A22 / M22, H, hedged=True)
claim(f, "3", "ratio", "×", M22 / N["mixtral-8x7b"], H, anchor="в 3 раза больше")
claim(f, "281,3 ГБ", "weights", "ГБ", W(M22, "bf16"), H, anchor="| bf16 |")
claim(f, "261,9 ГиБ", "weights", "ГиБ", W(M22, "bf16"), H)
claim(f, "140,6 ГБ", "weights", "ГБ", W(M22, "fp8"), H, anchor="| fp8 |")
claim(f, "35,2 ГБ", "weights", "ГБ", W(M22, "int4"), X, "off_2x", anchor="| int4 |", note="int4 70,3 ГБ")
claim(f, "около 86 ГБ", "quantized_file", "ГБ", GG(M22, "Q4_K_M"), H, hedged=True)
claim(f, "около 75 ГБ", "quantized_file", "ГБ", GG(M22, "Q8_0"), X, "off_2x", hedged=True, note="Q8_0 149,4 ГБ")
claim(f, "224 КиБ", "kv_cache_per_token", "КиБ", KV22, H, anchor="2 × 56 × 8 × 128")
claim(f, "7 ГиБ", "kv_cache_total", "ГиБ", KV22 * 65536, X, "off_2x", note="14 ГиБ")
claim(f, "112 ГБ", "kv_cache_total", "ГБ", KV22 * 65536 * 8, X, "gib_as_gb", note="112 ГиБ = 120,3 ГБ")
claim(f, "175 %", "percentage", "%", 100 * (KV22 / KVT("mixtral-8x7b") - 1), X, "off_2x", note="на 75 % больше")
claim(f, "128 КиБ", "kv_cache_per_token", "КиБ", KVT("mixtral-8x7b"), H)
claim(f, "281,3 ГБ", "weights", "ГБ", W(M22, "bf16") / 4, X, "per_gpu", anchor="На каждую карту", note="70,3 ГБ на карту")
claim(f, "19,6 ГБ", "weights", "ГБ", W(A22, "bf16") / 4, H, note="активные веса на карту, TP=4")
claim(f, "~171 токен/с", "throughput", "токен/с", H100_BW / (W(A22, "bf16") / 4), H, hedged=True)
claim(f, "≈ 157 TFLOP", "flops", "TFLOP", 2 * A22 * 2000, H, hedged=True)
claim(f, "2,25 ТиБ", "training", "ТиБ", 16 * M22, X, "gb_as_gib", note="2,25 ТБ = 2,05 ТиБ")
claim(f, "35,2 ГБ", "training", "ГБ", zero(M22, 32, 3), X, "off_2x", anchor="ZeRO-3 на 32 картах", note="70,3 ГБ")
claim(f, "70,3 ГБ", "training", "ГБ", zero(M22, 32, 1), X, "off_2x", anchor="ZeRO-1", note="4N + 12N/32 = 615 ГБ")
I = "140,6 млрд параметров (39,2 млрд активных)"
claim(f, "140,6 млрд", "params", "млрд", M22, H, anchor=I)
claim(f, "39,2 млрд", "params", "млрд", A22, H, anchor=I)
claim(f, "281,3 ГБ", "weights", "ГБ", W(M22, "bf16"), H, anchor=I)
claim(f, "224 КиБ", "kv_cache_total", "КиБ", KV22 * 65536, X, "wrong_kind", anchor=I,
      note="224 КиБ — на токен; на 64K-контекст 14 ГиБ")
non(f, "выпуск: 2024-04-17", "date")
non(f, "лицензия: Apache 2.0", "licence version")
non(f, "создано: 2026-11-30", "date")
non(f, "MMLU 77,8; GSM8K (maj@8) 88,4", "benchmark scores")


# ---- ru_07: исследовательская заметка о памяти при обучении (Llama-2-13B, ZeRO, LoRA) -----------------
f = "ru_07"
L13 = "llama2-13b"
LORA13 = lora(40, 8, [(5120, 5120), (5120, 5120)])
PRE = 6 * N[L13] * 2e12
GPUH = PRE / (0.5 * 312e12) / 3600
claim(f, "208,3 ГБ", "training", "ГБ", 16 * N[L13], H, anchor="обучение_16байт:")
claim(f, "13 ГБ", "training", "ГБ", zero(N[L13], 8, 3), X, "off_2x", anchor="zero3_8gpu:", note="26,0 ГБ на карту")
claim(f, "13¦015¦864¦320", "params", "params", N[L13], H)
claim(f, "от 156,2 ГБ", "training", "ГБ", 12 * N[L13], H)
claim(f, "до 234,3 ГБ", "training", "ГБ", 18 * N[L13], H)
claim(f, "208,3 ГБ", "training", "ГБ", 16 * N[L13], H, anchor="Классический вариант на 16 байт")
claim(f, "30 %", "percentage", "%", 100 * (1 - 16 / 18), X, "off_2x", note="11 %")
claim(f, "25 %", "percentage", "%", 100 * (1 - 12 / 16), H)
claim(f, "208,3", "training", "ГБ", zero(N[L13], 8, 0), H, anchor="| DDP |")
claim(f, "35,8", "training", "ГБ", zero(N[L13], 8, 1), X, "off_2x", anchor="| ZeRO-1 |", note="71,6 ГБ")
claim(f, "48,8", "training", "ГБ", zero(N[L13], 8, 2), H, anchor="| ZeRO-2 |")
claim(f, "208,3", "training", "ГБ", zero(N[L13], 8, 3), X, "per_gpu", anchor="| ZeRO-3 |", note="26,0 ГБ на карту")
claim(f, "не более чем в 50 ГБ", "training", "ГБ", zero(N[L13], 8, 2), H, bound="upper")
claim(f, "порядка 163 ГБ", "activations", "ГБ", act(L13, 4096, 1), H, hedged=True)
claim(f, "28,5 ГБ", "activations", "ГБ", act(L13, 4096, 1, "flash"), H, anchor="с FlashAttention — 28,5 ГБ")
claim(f, "не менее 3,4 ГБ", "activations", "ГБ", act(L13, 4096, 1, "full"), X, "off_2x", bound="lower", note="1,68 ГБ")
claim(f, "57 ГБ", "activations", "ГБ", act(L13, 4096, 4, "flash"), X, "off_2x", note="114 ГБ")
claim(f, "6,55 млн", "params", "млн", LORA13, H)
claim(f, "0,05 %", "percentage", "%", 100 * LORA13 / N[L13], H)
claim(f, "52 МБ", "training", "МБ", 16 * LORA13, X, "off_2x", note="105 МБ")
claim(f, "26,2 МБ", "weights", "МБ", W(LORA13, "bf16"), X, "off_2x", note="13,1 МБ")
claim(f, "6,71 ГБ", "quantized_file", "ГБ", N[L13] * NF4 / 8, H)
claim(f, "в 4 раза", "ratio", "×", W(L13, "bf16") / (N[L13] * NF4 / 8), H, hedged=True)
claim(f, "128,5 ГБ", "training", "ГБ", 16 * N["llama3-8b"], H)
claim(f, "32,1 ГБ", "training", "ГБ", zero(N["llama3-8b"], 8, 3), X, "off_2x", note="16,1 ГБ на карту")
claim(f, "289 ГБ", "training", "ГБ", 18 * N["llama3-8b"], X, "off_2x", note="144,5 ГБ")
claim(f, "1,56·10²³ FLOP", "flops", "FLOP", PRE, H)
claim(f, "около 278 тыс. GPU-часов", "time", "тыс. GPU-часов", GPUH, H, hedged=True)
claim(f, "около 5,6 суток", "time", "суток", GPUH / 1024 / 24, X, "off_2x", hedged=True, note="11,3 суток")
claim(f, "208,3 ГБ", "training", "ГБ", 16 * N[L13], H, anchor="хорошее правило")
non(f, "создано: 2026-12-01", "date")
non(f, "карты: 8 × A100 80 ГБ", "hardware inventory")
non(f, "368¦640 GPU-часов", "reported figure, arXiv id, table number")
non(f, "обновлено: 2026-12-05", "date")


# ---- right figures on claim lines that the first pass left unscored ---------------------------------------
claim("en_01", "50.7 GB", "weights", "GB", W("llama31-405b", "fp8") / 8, H, anchor="each card reads its 50.7 GB share",
      note="per GPU, TP=8")
claim("en_04", "about 4.127 bits", "bits_per_weight", "bits", NF4, H, hedged=True)
claim("en_06", "4.89 bits per weight", "bits_per_weight", "bits", BPW["Q4_K_M"], H)
claim("ru_03", "4,58 ГиБ", "quantized_file", "ГиБ", GG("llama3-8b", "Q4_K_M"), H, anchor="итого 4,58 ГиБ")
claim("ru_03", "1 ГиБ", "kv_cache_total", "ГиБ", KV("llama3-8b", 8192), H, anchor="итого 4,58 ГиБ")
claim("ru_06", "140,6 млрд", "params", "млрд", M22, H, anchor="всего_параметров:")


# ---- added constructs: shell output (MiB vs MB, glued G), glued Гб, ranges ---------------------------------
claim("en_04", "80M", "weights", "MiB", W(LORA_M7, "bf16"), H, anchor="80M\tadapter_model", note="du -h prints MiB")
claim("en_04", "83886080", "weights", "bytes", W(LORA_M7, "bf16"), H)
claim("en_04", "4.1G", "quantized_file", "GiB", GG("mistral-7b", "Q4_K_M"), H, anchor="op op 4.1G", note="ls -h prints GiB")
claim("en_04", "80.0 MB", "weights", "MB", W(LORA_M7, "bf16"), X, "gib_as_gb", note="80.0 MiB = 83.9 MB")
claim("en_04", "4.1G", "quantized_file", "GiB", GG("mistral-7b", "Q4_K_M"), H, anchor="So the adapter is 80.0 MB")
claim("en_04", "4.3-4.5 GB", "quantized_file", "GB", GG("mistral-7b", "Q4_K_M"), H, rng=True)
claim("en_02", "9-9.5 GB", "kv_cache_total", "GB", MLA * 131072, H, rng=True)
claim("en_05", "12-14 GiB", "kv_cache_total", "GiB", KV_G20 * 131072, X, "off_2x", rng=True,
      note="48 KiB x 128K = 6 GiB even without the windows")
claim("en_06", "1.9-2.0 GB", "quantized_file", "GB", GG(N["llama32-3b"], "Q4_K_M"), H, rng=True)
claim("ru_03", "5,7Гб", "quantized_file", "Гб", GG("llama3-8b", "Q5_K_M"), H)
claim("ru_03", "6,6Гб", "quantized_file", "Гб", GG("llama3-8b", "Q6_K"), H)
claim("ru_03", "1,2Гб", "quantized_file", "Гб", GG("llama3-8b", "IQ2_XXS"), X, "off_2x", note="IQ2_XXS 2,39 ГБ")
claim("ru_03", "4,8–5 ГБ", "quantized_file", "ГБ", GG("llama3-8b", "Q4_K_M"), H, rng=True)
non("ru_03", "сегодня в 08:40", "time")


claim("en_01", "5.75×", "ratio", "×", N["llama31-405b"] / N["llama3-70b"], H, anchor="although the model is 5.75×")
claim("en_07", "800 KiB", "kv_cache_per_token", "KiB", KVT("llama2-13b"), H, anchor="at 800 KiB each", quoted=True)
claim("en_02", "37 GB", "weights", "GB", W(37e9, "fp8"), H, anchor="Reading 37 GB of active fp8")


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
        nlang = "en" if lang == "ru" and re.search(r"\d\.\d", c["figure"]) else lang   # pandas printout
        num = re.search(NUM[nlang], c["figure"]).group(0)
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
            raise SystemExit("truth.json is stale: run python tests/claims_corpus_n/truth.py")
        summary(truth)
        print("truth.json is current; every check passed")
        return 0
    path.write_text(text, encoding="utf-8")
    summary(truth)
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
