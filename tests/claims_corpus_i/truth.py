#!/usr/bin/env python3
"""Ground truth for blind sizing-claims corpus I (tests/claims_corpus_i/notes).

Written without reading vaultkit's code, its tests, the holdout or the other corpora's notes.
Facts: /work/shared/claims-gold.md (dtype bytes, exact parameter counts and configs, measured
GGUF bits per weight of Llama-3.1-8B, KV-cache / training formulas).  Models that claims-gold
does not list appear only with their configuration written in the note, and their values are
computed here from that configuration.  Nothing here imports vaultkit.

    python tests/claims_corpus_i/truth.py          # verify and (re)write truth.json
    python tests/claims_corpus_i/truth.py --check  # verify; fail if truth.json is stale

Each claim: note, figure (exact text on its line), anchor (a text found on exactly one line of
the note; default the figure), kind, printed unit, correct value in base units, intended
verdict, error class.  The script stops when the arithmetic disagrees with the intended
verdict, when the anchor's line does not contain the figure standing on its own, when a wrong
claim of a ratio error class is off by less than 1.95x, when a GB/GiB error does not hold in the
twin unit, when a wrong-kind figure does not match the other kind's value, or when a non-claim
line is also a claim line.
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

# ---- facts (claims-gold.md) ---------------------------------------------------------------------
BYTES = {"fp32": 4, "fp16": 2, "bf16": 2, "fp8": 1, "int8": 1, "int4": 0.5}
NF4_DQ = 4 + 8 / 64 + 32 / (64 * 256)          # NF4 with double quantisation, bits per weight
BPW = {"Q2_K": 3.1593, "Q3_K_S": 3.6429, "Q4_K_S": 4.6672, "Q4_K_M": 4.8944, "Q5_K_M": 5.7036,
       "Q6_K": 6.5633, "Q8_0": 8.5008, "F16": 16.0005}

N = {
    "gpt2": 124_439_808, "gpt2-medium": 354_823_168, "gpt2-large": 774_030_080,
    "gpt2-xl": 1_557_611_200, "bert-base": 109_482_240, "bert-large": 335_141_888,
    "llama2-7b": 6_738_415_616, "llama2-13b": 13_015_864_320, "llama2-70b": 68_976_648_192,
    "llama3-8b": 8_030_261_248, "llama3-70b": 70_553_706_496, "mistral-7b": 7_241_732_096,
    "mixtral-8x7b": 46_702_792_704, "qwen2.5-7b": 7_615_616_512, "falcon-7b": 6_921_720_704,
    "gpt3": 174_604_259_328,
}
ACTIVE_MIXTRAL = 12_879_925_248
# layers, KV heads, head dim
KVCFG = {"llama2-7b": (32, 32, 128), "llama2-13b": (40, 40, 128), "llama2-70b": (80, 8, 128),
         "llama3-8b": (32, 8, 128), "llama3-70b": (80, 8, 128), "mistral-7b": (32, 8, 128),
         "mixtral-8x7b": (32, 8, 128), "qwen2.5-7b": (28, 4, 128), "falcon-7b": (32, 1, 64),
         "gpt2-xl": (48, 25, 64), "gpt2": (12, 12, 64)}


def dense_llama(h, inter, layers, heads, kv, d, vocab, tied):
    attn = 2 * h * heads * d + 2 * h * kv * d
    return layers * (attn + 3 * h * inter + 2 * h) + vocab * h * (1 if tied else 2) + h


def mixtral_total_active(h, inter, layers, heads, kv, d, vocab, experts, top):
    attn = 2 * h * heads * d + 2 * h * kv * d
    expert = 3 * h * inter
    total = layers * (attn + experts * expert + h * experts + 2 * h) + 2 * vocab * h + h
    return total, total - layers * (experts - top) * expert


# the formulas reproduce claims-gold's counts
assert dense_llama(4096, 14336, 32, 32, 8, 128, 128256, False) == N["llama3-8b"]
assert dense_llama(4096, 11008, 32, 32, 32, 128, 32000, False) == N["llama2-7b"]
assert dense_llama(8192, 28672, 80, 64, 8, 128, 32000, False) == N["llama2-70b"]
assert dense_llama(4096, 14336, 32, 32, 8, 128, 32000, False) == N["mistral-7b"]
assert mixtral_total_active(4096, 14336, 32, 32, 8, 128, 32000, 8, 2) == (N["mixtral-8x7b"],
                                                                          ACTIVE_MIXTRAL)


def W(m, dt):
    """weight bytes of model m in dtype dt (a name or bytes per parameter)"""
    return N[m] * (BYTES[dt] if isinstance(dt, str) else dt)


def KVT(m, b=2):
    layers, kv, d = KVCFG[m]
    return 2 * layers * kv * d * b


def KV(m, tokens, batch=1, b=2):
    return KVT(m, b) * tokens * batch


def GG(m, t):
    return N[m] * BPW[t] / 8


def lora(r, shapes, layers):
    """trainable LoRA parameters: r * (d_in + d_out) for each adapted matrix of each layer"""
    return layers * sum(r * (i + o) for i, o in shapes)


SCALE = {"bytes": 1, "байт": 1, "KB": 1e3, "MB": 1e6, "GB": 1e9, "TB": 1e12, "KiB": KIB,
         "MiB": MIB, "GiB": GIB, "TiB": TIB, "КБ": 1e3, "МБ": 1e6, "ГБ": 1e9, "ТБ": 1e12,
         "КиБ": KIB, "МиБ": MIB, "ГиБ": GIB, "params": 1, "K": 1e3, "M": 1e6, "B": 1e9,
         "тыс.": 1e3, "млн": 1e6, "млрд": 1e9, "tokens": 1, "k tokens": 1e3, "B tokens": 1e9,
         "токенов": 1, "тыс. токенов": 1e3, "млрд токенов": 1e9, "трлн токенов": 1e12,
         "дней": 86400, "tokens/param": 1, "FLOP": 1,
         "bits": 1, "бит": 1, "%": 1, "×": 1, "tok/s": 1, "ток/с": 1, "GB/s": 1e9, "ГБ/с": 1e9,
         "s": 1, "с": 1, "hours": 3600, "GPU-hours": 1, "GPU-часов": 1, "blocks": 1, "блоков": 1,
         "sequences": 1}
TWIN = {"KB": "KiB", "KiB": "KB", "MB": "MiB", "MiB": "MB", "GB": "GiB", "GiB": "GB",
        "TB": "TiB", "TiB": "TB", "КБ": "КиБ", "КиБ": "КБ", "МБ": "МиБ", "МиБ": "МБ",
        "ГБ": "ГиБ", "ГиБ": "ГБ"}
BINARY = {"KiB", "MiB", "GiB", "TiB", "КиБ", "МиБ", "ГиБ"}
RATIO_ERRORS = {"off_2x", "per_gpu", "wrong_unit", "wrong_dtype", "wrong_kind"}
UNIT_ERRORS = {"gib_as_gb", "gb_as_gib"}

# ---- reading a printed figure -------------------------------------------------------------------
SUP = str.maketrans("⁰¹²³⁴⁵⁶⁷⁸⁹⁻", "0123456789-")
NUM = {"en": r"\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?",
       "ru": r"\d{1,3}(?:[\u00a0\u202f ]\d{3})+(?:,\d+)?|\d+(?:,\d+)?"}
POW = (r"(?:\s*(?:\\times|×|·|\\cdot)\s*10(?:\^\{?(?P<c>-?\d+)\}?|(?P<s>[⁰¹²³⁴⁵⁶⁷⁸⁹⁻]+))"
       r"|e(?P<e>\d+))?")


def read_numbers(fig, lang):
    """Each number written in the figure with half a unit of its last significant digit
    (the trailing zeros of an integer widen it)."""
    out = []
    for m in re.finditer("(?P<n>" + NUM[lang] + ")" + POW, fig):
        raw = m.group("n")
        en = lang == "en"
        raw = raw.replace(",", "") if en else re.sub(r"[\u00a0\u202f ]", "", raw).replace(",", ".")
        dec = len(raw.split(".")[1]) if "." in raw else 0
        zeros = 0 if dec else len(raw) - len(raw.rstrip("0"))
        ex = m.group("c") or m.group("e") or (m.group("s") or "").translate(SUP)
        sc = 10.0 ** int(ex) if ex else 1.0
        out.append((float(raw) * sc, 0.5 * 10.0 ** (zeros - dec) * sc))
    return out


# ---- the claims ---------------------------------------------------------------------------------
CLAIMS: list[dict] = []
NON: list[dict] = []
H, X = "holds", "wrong"


def claim(f, figure, kind, unit, value, expect, error=None, *, anchor=None, occ=1, hedged=False,
          bound=None, rng=False, alt=None, note=""):
    CLAIMS.append(dict(f=f, figure=figure.replace("¦", NB), kind=kind, unit=unit, value=value,
                       expect=expect, error=error, anchor=(anchor or figure).replace("¦", NB),
                       occ=occ, hedged=hedged, bound=bound, rng=rng, alt=alt, note=note))


def non(f, text, why):
    NON.append(dict(f=f, text=text.replace("¦", NB), why=why))


# notes whose figures are quoted from someone else (still claims the note makes)
QUOTED = {"en_11"}
RTX4090_BW, A100_80_BW, H100_BW, M2_ULTRA_BW = 1008e9, 2039e9, 3.35e12, 800e9

# ---- en_01: vLLM serving journal, Llama-3-8B-Instruct on an RTX 4090 ----------------------------
f = "en_01"
L3 = "llama3-8b"
POOL = 0.9 * 24 * GIB - W(L3, "bf16")
claim(f, "8.03B", "params", "B", N[L3], H, anchor="8.03B params at")
claim(f, "16.06 GB", "weights", "GB", W(L3, "bf16"), H, hedged=True)
claim(f, "roughly 15 GiB", "weights", "GiB", W(L3, "bf16"), H, hedged=True)
claim(f, "only 31 %", "percentage", "%", 100 * W(L3, "bf16") / (24 * GIB), X, "off_2x",
      note="14.96 GiB of 24 GiB = 62 %")
claim(f, "21.6 GiB", "arithmetic", "GiB", 0.9 * 24 * GIB, H)
claim(f, "about 6.6 GiB", "kv_cache_total", "GiB", POOL, H, hedged=True)
claim(f, "131,072 bytes", "kv_cache_per_token", "bytes", KVT(L3), H)
claim(f, "128 KiB", "kv_cache_per_token", "KiB", KVT(L3), H)
claim(f, "4 MiB", "kv_cache_total", "MiB", KV(L3, 16), X, "off_2x", note="16 x 128 KiB = 2 MiB")
claim(f, "1 GiB", "kv_cache_total", "GiB", KV(L3, 8192), H)
claim(f, "about 3,400 blocks", "arithmetic", "blocks", POOL / KV(L3, 16), H, hedged=True)
claim(f, "7.13 GiB", "kv_cache_total", "GiB", 3399 * KV(L3, 16), X, "gb_as_gib",
      note="3399 x 2 MiB = 6.64 GiB = 7.13 GB")
claim(f, "2 GiB", "kv_cache_total", "GiB", KV(L3, 32768), X, "off_2x", note="32768 x 128 KiB = 4 GiB")
claim(f, "64 KiB", "kv_cache_per_token", "KiB", KVT(L3, 1), H)
claim(f, "roughly 108k tokens", "tokens", "k tokens", POOL / KVT(L3, 1), H, hedged=True)
claim(f, "about 8 GB", "weights", "GB", W(L3, "int4"), X, "off_2x", note="int4 = 4.02 GB")
claim(f, "64 GB", "weights", "GB", W(L3, "fp32"), X, "off_2x", note="fp32 = 32.1 GB")
claim(f, "~63 tok/s", "throughput", "tok/s", RTX4090_BW / W(L3, "bf16"), H, hedged=True)
non(f, "Driver 550.120, vLLM 0.6.3.post1, CUDA 12.4.", "versions")
non(f, "--max-model-len 8192 --gpu-memory-utilization 0.9 --port 8000", "command-line settings")
non(f, "## 2026-10-04", "date heading")
non(f, "Ticket OPS-4411 closed on 2026-10-09", "ticket, date, sprint number")

# ---- ru_01: ответ на форуме, Mistral-7B-Instruct-v0.1 на карте 8 ГБ -----------------------------
f = "ru_01"
MI = "mistral-7b"
claim(f, "7,24 млрд", "params", "млрд", N[MI], H)
claim(f, "≈ 14,5 ГБ", "weights", "ГБ", W(MI, "fp16"), H, hedged=True)
claim(f, "около 7,7 ГБ", "quantized_file", "ГБ", GG(MI, "Q8_0"), H, hedged=True)
claim(f, "8,5 бита", "bits_per_weight", "бит", BPW["Q8_0"], H)
claim(f, "4,89 бита", "bits_per_weight", "бит", BPW["Q4_K_M"], H)
claim(f, "примерно 4,4 ГБ", "quantized_file", "ГБ", GG(MI, "Q4_K_M"), H, hedged=True)
claim(f, "примерно 4,1 ГиБ", "quantized_file", "ГиБ", GG(MI, "Q4_K_M"), H, hedged=True)
claim(f, "около 6,5 ГБ", "quantized_file", "ГБ", GG(MI, "Q2_K"), X, "off_2x", hedged=True,
      note="Q2_K = 2.86 GB (3.08 GB in older files)")
claim(f, "в 3,3 раза", "ratio", "×", 16 / BPW["Q4_K_M"], H)
claim(f, "всего 20 %", "percentage", "%", 100 * (1 - BPW["Q8_0"] / 16), X, "off_2x",
      note="Q8_0 saves 46.9 % against fp16")
claim(f, "128 КиБ", "kv_cache_per_token", "КиБ", KVT(MI), H)
claim(f, "ровно 1 ГиБ", "kv_cache_total", "ГиБ", KV(MI, 8192), H)
claim(f, "8 ГиБ", "kv_cache_total", "ГиБ", KV(MI, 32768), X, "off_2x", note="32768 x 128 KiB = 4 GiB")
claim(f, "около 5,5 ГБ", "arithmetic", "ГБ", GG(MI, "Q4_K_M") + KV(MI, 8192), H, hedged=True)
claim(f, "≈ 101 ток/с", "throughput", "ток/с", 448e9 / GG(MI, "Q4_K_M"), H, hedged=True)
claim(f, "около 7 ток/с", "throughput", "ток/с", 51.2e9 / W(MI, "fp16"), X, "off_2x", hedged=True,
      note="51.2 GB/s / 14.48 GB = 3.5 tok/s")
non(f, "стр. 137", "page number")
non(f, "Сборка llama.cpp b3447, флаги -ngl 99 -c 8192 -t 8.", "build and flags")
non(f, "Сообщение #2841 от 14.03.2026", "post number, dates")
non(f, "Цена б/у 3060 Ti сейчас около 22¦000 ₽", "prices")

# ---- en_02: QLoRA notes, Llama-2-7b-hf ----------------------------------------------------------
f = "en_02"
L2 = "llama2-7b"
R16 = lora(16, [(4096, 4096)] * 4, 32)
R64 = lora(64, [(4096, 4096)] * 4 + [(4096, 11008)] * 3, 32)
assert R64 == 159_907_840
claim(f, "6.74B", "params", "B", N[L2], H)
claim(f, "≈4.127 bits", "bits_per_weight", "bits", NF4_DQ, H, hedged=True)
claim(f, "about 3.5 GB", "weights", "GB", N[L2] * NF4_DQ / 8, H, hedged=True)
claim(f, "3.24 GB", "weights", "GB", N[L2] * NF4_DQ / 8, X, "gib_as_gb", note="3.48 GB = 3.24 GiB")
claim(f, "13.5 GB", "weights", "GB", W(L2, "bf16"), H)
claim(f, "roughly 4×", "ratio", "×", 16 / NF4_DQ, H, hedged=True)
claim(f, "16,777,216", "params", "params", R16, H)
claim(f, "0.25 %", "percentage", "%", 100 * R16 / N[L2], H)
claim(f, "67.1 MB", "weights", "MB", R16 * 4, H)
claim(f, "134 MB", "weights", "MB", R16 * 2, X, "off_2x", note="bf16 adapter = 33.6 MB")
claim(f, "159,907,840", "params", "params", R64, H)
claim(f, "about 160M", "params", "M", R64, H, hedged=True)
claim(f, "only 4×", "ratio", "×", R64 / R16, X, "off_2x", note="159.9M / 16.8M = 9.5x")
claim(f, "~320 MB", "weights", "MB", R64 * 2, H, hedged=True)
claim(f, "2.56 GB", "training", "GB", R64 * 16, H)
claim(f, "54 GB", "training", "GB", N[L2] * 16, X, "off_2x", note="16 x 6.74B = 107.8 GB")
non(f, "learning_rate: 2e-4", "hyperparameter")
non(f, "lora_dropout: 0.05", "hyperparameter")
non(f, "seed: 42", "seed")
non(f, "Eval loss 1.12 after 3 epochs", "score, URL, arXiv id")
non(f, "bitsandbytes 0.43.1, peft 0.11.1", "versions")

# ---- ru_02: статья про квантование KV-кэша, Llama-2-70B ------------------------------------------
f = "ru_02"
L70 = "llama2-70b"
T = 4096 * 32
claim(f, "320 КиБ", "kv_cache_per_token", "КиБ", KVT(L70), H)
claim(f, "160 КиБ", "kv_cache_per_token", "КиБ", KVT(L70, 1), H)
claim(f, "50 %", "percentage", "%", 50.0, H, anchor="экономия 50 %")
claim(f, "40 КиБ", "kv_cache_per_token", "КиБ", KVT(L70, 0.5), X, "off_2x", note="int4 = 80 KiB")
claim(f, "в 4 раза", "ratio", "×", 2 / 0.5, H)
claim(f, "131¦072 токена", "tokens", "токенов", T, H)
claim(f, "40 ГиБ", "kv_cache_total", "ГиБ", KV(L70, T), H, anchor="кэш в fp16 занимает 40 ГиБ")
claim(f, "21,5 ГиБ", "kv_cache_total", "ГиБ", KV(L70, T, b=1), X, "gb_as_gib",
      note="20 GiB = 21.47 GB")
claim(f, "37,5 %", "percentage", "%", 75.0, X, "off_2x", note="int4 vs fp16 saves 75 %")
claim(f, "в 2–4 раза", "ratio", "×", [2 / 1, 2 / 0.5], H, rng=True)
claim(f, "40 ГиБ", "kv_cache_total", "ГиБ", KV(L70, T), H, anchor="из тех же 40 ГиБ")
claim(f, "10–20 ГиБ", "kv_cache_total", "ГиБ", [KV(L70, T, b=0.5), KV(L70, T, b=1)], H, rng=True)
claim(f, "138 ГБ", "weights", "ГБ", W(L70, "fp16"), H, anchor="Веса 70B в fp16")
claim(f, "138 ГБ", "weights", "ГБ", W(L70, "fp16") / 2, X, "per_gpu", anchor="На каждую карту",
      alt=W(L70, "fp16"), note="per GPU under TP=2: 69 GB")
claim(f, "64,2 ГиБ", "weights", "ГиБ", W(L70, "fp16") / 2, H)
claim(f, "40 ГиБ", "kv_cache_total", "ГиБ", KV(L70, T) / 2, X, "per_gpu", anchor="KV на карту",
      alt=KV(L70, T), note="per GPU under TP=2: 20 GiB")
claim(f, "256 КиБ", "kv_cache_per_token", "КиБ", KVT("llama2-7b"), X, "off_2x",
      note="Llama-2-7B fp16 = 512 KiB (256 KiB is fp8)")
claim(f, "2 ГиБ", "kv_cache_total", "ГиБ", KV("llama2-7b", 4096), H, anchor="уходит 2 ГиБ")
non(f, "Опубликовано 12 февраля 2026", "date, rating, URL")
non(f, "$$\\text{KV} = 2 \\cdot L", "LaTeX formula with free variables")
non(f, "Perplexity на wikitext выросла", "scores")

# ---- en_03: GPU buying guide, units only in the table header ------------------------------------
f = "en_03"
claim(f, "8.03", "params", "B", N["llama3-8b"], H, anchor="| Meta-Llama-3-8B-Instruct |")
claim(f, "16.1", "weights", "GB", W("llama3-8b", "bf16"), H, anchor="| Meta-Llama-3-8B-Instruct |")
claim(f, "4.0", "weights", "GB", W("llama3-8b", "int4"), H, anchor="| Meta-Llama-3-8B-Instruct |")
claim(f, "14.5", "weights", "GB", W("mistral-7b", "bf16"), H, anchor="| Mistral-7B-v0.1 |")
claim(f, "3.6", "weights", "GB", W("mistral-7b", "int4"), H, anchor="| Mistral-7B-v0.1 |")
claim(f, "7.24", "params", "B", N["mistral-7b"], H, anchor="| Mistral-7B-v0.1 |")
claim(f, "13.0", "params", "B", N["llama2-13b"], H, anchor="| Llama-2-13b-chat-hf |")
claim(f, "7.62", "params", "B", N["qwen2.5-7b"], H, anchor="| Qwen/Qwen2.5-7B-Instruct |")
claim(f, "46.7", "params", "B", N["mixtral-8x7b"], H, anchor="| Mixtral-8x7B-Instruct-v0.1 |")
claim(f, "6.92", "params", "B", N["falcon-7b"], H, anchor="| tiiuae/falcon-7b |")
claim(f, "52.1", "weights", "GB", W("llama2-13b", "bf16"), X, "wrong_dtype",
      anchor="| Llama-2-13b-chat-hf |", alt=W("llama2-13b", "fp32"), note="bf16 26.0 GB; 52.1 is fp32")
claim(f, "6.5", "weights", "GB", W("llama2-13b", "int4"), H, anchor="| Llama-2-13b-chat-hf |")
claim(f, "15.2", "weights", "GB", W("qwen2.5-7b", "bf16"), H, anchor="| Qwen/Qwen2.5-7B-Instruct |")
claim(f, "7.6", "weights", "GB", W("qwen2.5-7b", "int4"), X, "wrong_dtype",
      anchor="| Qwen/Qwen2.5-7B-Instruct |", alt=W("qwen2.5-7b", "int8"), note="int4 3.81 GB; 7.6 is int8")
claim(f, "93.4", "weights", "GB", W("mixtral-8x7b", "bf16"), H, anchor="| Mixtral-8x7B-Instruct-v0.1 |")
claim(f, "23.4", "weights", "GB", W("mixtral-8x7b", "int4"), H, anchor="| Mixtral-8x7B-Instruct-v0.1 |")
claim(f, "70.6", "params", "B", N["llama3-70b"], H, anchor="| Meta-Llama-3-70B-Instruct |")
claim(f, "141", "weights", "GB", W("llama3-70b", "bf16"), H, anchor="| Meta-Llama-3-70B-Instruct |")
claim(f, "70.6", "weights", "GB", W("llama3-70b", "int4"), X, "wrong_dtype", occ=2,
      anchor="| Meta-Llama-3-70B-Instruct |", alt=W("llama3-70b", "int8"), note="int4 35.3 GB; 70.6 is int8")
claim(f, "13.8", "weights", "GB", W("falcon-7b", "bf16"), H, anchor="| tiiuae/falcon-7b |")
claim(f, "3.5", "weights", "GB", W("falcon-7b", "int4"), H, anchor="| tiiuae/falcon-7b |")
claim(f, "25.8 GB", "arithmetic", "GB", 24 * GIB, H)
claim(f, "26.0 GB", "weights", "GB", W("llama2-13b", "bf16"), H)
claim(f, "about 35 GB", "weights", "GB", W("llama3-70b", "int8") / 2, H, hedged=True,
      note="per card, two cards")
claim(f, "46.7 GB", "weights", "GB", W("mixtral-8x7b", "int8"), H)
claim(f, "~5.7 tok/s", "throughput", "tok/s", M2_ULTRA_BW / W("llama3-70b", "bf16"), H, hedged=True,
      bound="upper")
claim(f, "~108 tok/s", "throughput", "tok/s", 864e9 / W("llama3-8b", "bf16"), X, "off_2x", hedged=True,
      note="864 / 16.06 = 53.8 tok/s")
claim(f, "209 tok/s", "throughput", "tok/s", H100_BW / W("llama3-8b", "bf16"), H)
non(f, "Last updated 2026-11-02.", "date")
non(f, "| RTX 3090 (used) | $720", "price")
non(f, "| RTX 4090 | $1,599", "prices")
non(f, "| L40S | $7,900", "price")

# ---- ru_03: лабораторный журнал полного дообучения Qwen2.5-7B (ZeRO, активации, FLOPs) --------------
f = "ru_03"
Q7 = "qwen2.5-7b"
S, HQ, AQ, LQ = 4096, 3584, 28, 28


def zero(n, gpus, stage):
    """model-state bytes per GPU, 16-byte accounting (2 + 2 + 12)"""
    return {0: 16 * n, 1: 4 * n + 12 * n / gpus, 2: 2 * n + 14 * n / gpus, 3: 16 * n / gpus}[stage]


claim(f, "≈ 122 ГБ", "training", "ГБ", zero(N[Q7], 1, 0), H, hedged=True)
claim(f, "15,2 ГБ", "training", "ГБ", zero(N[Q7], 8, 3), H)
claim(f, "121,8 ГБ", "training", "ГБ", zero(N[Q7], 8, 1), X, "per_gpu", alt=zero(N[Q7], 8, 0),
      note="ZeRO-1 on 8 GPUs: 4N + 12N/8 = 41.9 GB per GPU; 121.8 GB is plain DDP")
claim(f, "45,7 ГБ", "training", "ГБ", 12 * N[Q7], X, "off_2x", note="12 bytes x 7.62B = 91.4 GB")
claim(f, "около 0,82 ГБ", "activations", "ГБ", 2 * S * HQ * LQ, H, hedged=True)
claim(f, "порядка 80 ГБ", "activations", "ГБ", S * HQ * (34 + 5 * AQ * S / HQ) * LQ, H, hedged=True)
claim(f, "2 ГБ", "activations", "ГБ", 34 * S * HQ * LQ, X, "off_2x", anchor="С FlashAttention", note="34·s·b·h x 28 = 14.0 GB")
claim(f, "≈ 1,1·10²⁰", "flops", "FLOP", 6 * N[Q7] * 2.4e9, H, hedged=True)
claim(f, "около 770 GPU-часов", "time", "GPU-часов", 6 * N[Q7] * 2.4e9 / (0.4 * 989e12) / 3600, X,
      "off_2x", hedged=True, note="1.1e20 / (0.4 x 989 TFLOPS) = 77 GPU-hours")
non(f, "### 2026-09-14", "date heading")
non(f, "Гиперпараметры: lr 1e-5", "hyperparameters, seed")
non(f, "Запуск №3 упал на шаге 1520", "run number, step, time")
non(f, "MMLU вырос с 74,2 до 74,9", "scores")

# ---- en_04: a chat transcript pasted unchecked, Mixtral-8x7B-Instruct ------------------------------
f = "en_04"
MX = "mixtral-8x7b"
claim(f, "46.7B", "params", "B", N[MX], H)
claim(f, "about 12.9B", "params", "B", ACTIVE_MIXTRAL, H, hedged=True)
claim(f, "about 28 %", "percentage", "%", 100 * ACTIVE_MIXTRAL / N[MX], H, hedged=True)
claim(f, "~93 GB", "weights", "GB", W(MX, "bf16"), H, hedged=True, anchor="full set of weights")
claim(f, "about 26 GB", "weights", "GB", W(MX, "bf16"), X, "wrong_kind", hedged=True,
      alt=ACTIVE_MIXTRAL * 2, note="all experts must be resident: 93.4 GB; 25.8 GB is the active share")
claim(f, "around 23 GB", "weights", "GB", W(MX, "int4"), H, hedged=True)
claim(f, "about 60 GB", "quantized_file", "GB", N[MX] * BPW["Q4_K_M"] / 8, X, "off_2x", hedged=True,
      note="Q4_K_M about 28.6 GB")
claim(f, "about 23 GB", "weights", "GB", W(MX, "fp8"), X, "wrong_dtype", hedged=True, alt=W(MX, "int4"),
      note="fp8 = 46.7 GB; 23 GB is int4")
claim(f, "128 KiB", "kv_cache_per_token", "KiB", KVT(MX), H)
claim(f, "4 GiB", "kv_cache_total", "GiB", KV(MX, 32768), H)
claim(f, "16 GiB", "kv_cache_total", "GiB", KV(MX, 32768, 8), X, "off_2x", note="8 x 4 GiB = 32 GiB")
claim(f, "roughly 130 tok/s", "throughput", "tok/s", H100_BW / (ACTIVE_MIXTRAL * 2), H, hedged=True)
claim(f, "about 747 GB", "training", "GB", 16 * N[MX], H, hedged=True)
claim(f, "~93 GB per GPU", "training", "GB", 16 * N[MX] / 8, H, hedged=True)
non(f, "exported: 2026-08-30 14:22", "date")
non(f, "model gpt-4o-2024-08-06, temperature 0.7", "model version, sampling setting")
non(f, "👍 3 · 👎 0 · regenerated 2 times", "counters")

# ---- ru_04: конспект лекции о законах масштабирования (Chinchilla, 6·N·D) --------------------------
f = "ru_04"
NOPT = (1e23 / 120) ** 0.5
GPT3_FLOP = 6 * N["gpt3"] * 300e9
claim(f, "примерно 29 млрд", "params", "млрд", NOPT, H, hedged=True)
claim(f, "около 580 млрд токенов", "tokens", "млрд токенов", 20 * NOPT, H, hedged=True)
claim(f, "≈ 1,4 трлн токенов", "tokens", "трлн токенов", 20 * N["llama2-70b"], H, hedged=True)
claim(f, "около 29 токенов", "tokens_per_param", "tokens/param", 2e12 / N["llama2-70b"], H, hedged=True)
claim(f, "~1900 токенов", "tokens_per_param", "tokens/param", 15e12 / N["llama3-8b"], H, hedged=True)
claim(f, "≈ 3,1·10²³", "flops", "FLOP", GPT3_FLOP, H, hedged=True)
claim(f, "≈ 4,1·10²³", "flops", "FLOP", 6 * N["llama2-70b"] * 2e12, X, "off_2x", hedged=True,
      note="6 x 68.98e9 x 2e12 = 8.28e23")
claim(f, "1,56 млрд", "params", "млрд", N["gpt2-xl"], H)
claim(f, "3,6·10¹⁹", "flops", "FLOP", 6 * N["gpt2-xl"] * 40e9, X, "off_2x",
      note="6 x 1.56e9 x 40e9 = 3.7e20")
claim(f, "175 ГБ", "weights", "ГБ", W("gpt3", "fp16"), X, "wrong_dtype", alt=W("gpt3", "int8"),
      note="fp16 = 349 GB; 175 GB is int8")
claim(f, "около 2 дней", "time", "дней", GPT3_FLOP / (1024 * 0.5 * 312e12), X, "off_2x",
      hedged=True, note="3.14e23 / (1024 x 0.5 x 312e12) s = 22.8 days")
non(f, "Лекция 7, 23 октября 2026", "date, lecture number")
non(f, "Подгонка из статьи: $E = 1{,}69$", "fitted constants")
non(f, "1. $C = 6ND$", "derivation step")
non(f, "2. $D = 20N$", "derivation step")
non(f, "3. $C = 120N^2$", "derivation step")
non(f, "4. $N = \\sqrt{C/120}$", "derivation step")
non(f, "ДЗ: задачи 3–5 из листка 4", "homework numbers, date")

# ---- en_05: vector DB sizing (dims x vectors x bytes), bert-base encoder ------------------------
f = "en_05"
NV = 10e6
claim(f, "30.7 GB", "arithmetic", "GB", NV * 768 * 4, H, anchor="| fp32 | 768 | 4 |")
claim(f, "15.4 GB", "arithmetic", "GB", NV * 768 * 2, H, anchor="| fp16 | 768 | 2 |")
claim(f, "3.84 GB", "arithmetic", "GB", NV * 768 * 1, X, "off_2x", note="10M x 768 x 1 B = 7.68 GB")
claim(f, "96 bytes", "arithmetic", "bytes", 768 / 8, H)
claim(f, "9.6 GB", "arithmetic", "GB", NV * 96, X, "off_2x", note="10M x 96 B = 0.96 GB")
claim(f, "32×", "ratio", "×", 32 / 1, H)
claim(f, "30.7 GiB", "arithmetic", "GiB", NV * 768 * 4, X, "gb_as_gib", note="30.72 GB = 28.6 GiB")
claim(f, "40.96 GB", "arithmetic", "GB", NV * 1024 * 4, H)
claim(f, "38.1 GiB", "arithmetic", "GiB", NV * 1024 * 4, H)
claim(f, "128 bytes", "arithmetic", "bytes", 2 * 16 * 4, H)
claim(f, "1.28 GB", "arithmetic", "GB", NV * 2 * 16 * 4, H)
claim(f, "about 64 GB", "arithmetic", "GB", NV * 768 * 4 + NV * 128, X, "off_2x", hedged=True,
      note="30.72 + 1.28 = 32 GB")
claim(f, "110M", "params", "M", N["bert-base"], H)
claim(f, "440 MB", "weights", "MB", W("bert-base", "fp32"), H)
claim(f, "438 MB", "weights", "MB", W("bert-base", "fp16"), X, "wrong_dtype", alt=W("bert-base", "fp32"),
      note="fp16 = 219 MB")
non(f, "Qdrant 1.12.4 on port 6333", "version, port")
non(f, "Quality: recall@10 = 0.962", "scores, search parameter")
non(f, "$0.13 per 1M tokens", "price")
non(f, "Reference: https://qdrant.tech/", "URL, date")

# ---- ru_05: LLaVA-1.5-7B (конфигурация энкодера и проектора указана в заметке) ---------------------
f = "ru_05"
VIT_LAYER = 4 * 1024 * 1024 + 4 * 1024 + 2 * 1024 * 4096 + 4096 + 1024 + 4 * 1024
VIT = 24 * VIT_LAYER + 14 * 14 * 3 * 1024 + 577 * 1024 + 1024 + 4 * 1024
PROJ = 1024 * 4096 + 4096 + 4096 * 4096 + 4096
IMG = (336 // 14) ** 2
claim(f, "12,6 млн", "params", "млн", VIT_LAYER, H)
claim(f, "около 302 млн", "params", "млн", 24 * VIT_LAYER, H, hedged=True)
claim(f, "около 1,2 ГБ", "weights", "ГБ", VIT * 2, X, "wrong_dtype", hedged=True, alt=VIT * 4,
      note="encoder fp16 = 0.61 GB; 1.2 GB is fp32")
claim(f, "≈ 21 млн", "params", "млн", PROJ, H, hedged=True)
claim(f, "84 МБ", "weights", "МБ", PROJ * 2, X, "wrong_dtype", alt=PROJ * 4, note="fp16 = 42 MB")
claim(f, "12,6 ГБ", "weights", "ГБ", W("llama2-7b", "fp16"), X, "gib_as_gb", note="13.48 GB = 12.55 GiB")
claim(f, "≈ 3,4 ГБ", "weights", "ГБ", W("llama2-7b", "int4"), H, hedged=True)
claim(f, "около 28 ГБ", "weights", "ГБ", (N["llama2-7b"] + VIT + PROJ) * 2, X, "wrong_dtype", hedged=True,
      alt=(N["llama2-7b"] + VIT + PROJ) * 4, note="fp16 = 14.1 GB; 28 GB is fp32")
claim(f, "576 визуальных токенов", "tokens", "токенов", IMG, H)
claim(f, "512 КиБ", "kv_cache_per_token", "КиБ", KVT("llama2-7b"), H)
claim(f, "288 МиБ", "kv_cache_total", "МиБ", KV("llama2-7b", IMG), H)
claim(f, "2,8 ГиБ", "kv_cache_total", "ГиБ", KV("llama2-7b", IMG * 5), X, "off_2x",
      note="5 x 288 MiB = 1.41 GiB")
non(f, "Статья: arXiv:2310.03744.", "arXiv id, commit")
non(f, "Оценки: MMBench 64,3", "scores")

# ---- en_06: long context, KV cache at 32k / 128k, LaTeX sizing arithmetic --------------------------
f = "en_06"
L3 = "llama3-8b"
claim(f, "131072 \\text{ bytes}", "kv_cache_per_token", "bytes", KVT(L3), H)
claim(f, "16\\,\\text{GiB}", "kv_cache_total", "GiB", KV(L3, 131072), H)
claim(f, "17.2 GiB", "kv_cache_total", "GiB", KV(L3, 131072), X, "gb_as_gib", note="16 GiB = 17.18 GB")
claim(f, "8 GiB", "kv_cache_total", "GiB", KV(L3, 32768), X, "off_2x", anchor="At 32k the same cache",
      note="32k x 128 KiB = 4 GiB")
claim(f, "0.5–2 GiB", "kv_cache_total", "GiB", [KV(L3, 8192), KV(L3, 32768)], X, "off_2x", rng=True,
      note="8k..32k x 128 KiB = 1-4 GiB")
claim(f, "8 GiB", "kv_cache_total", "GiB", KV(L3, 131072, b=1), H, anchor="With an fp8 cache")
claim(f, "2 GiB", "kv_cache_total", "GiB", KV(L3, 131072, b=0.5), X, "off_2x", anchor="int4 cache would",
      note="int4 cache at 128k = 4 GiB")
claim(f, "about 15 GiB", "weights", "GiB", W(L3, "bf16"), H, hedged=True)
claim(f, "under 24 GiB", "arithmetic", "GiB", W(L3, "bf16") + KV(L3, 131072, b=1), H, bound="upper")
claim(f, "56 KiB", "kv_cache_per_token", "KiB", KVT("qwen2.5-7b"), H)
claim(f, "7 GiB", "kv_cache_total", "GiB", KV("qwen2.5-7b", 131072), H)
claim(f, "14 GiB", "kv_cache_total", "GiB", KV("qwen2.5-7b", 131072, 4), X, "off_2x",
      note="4 x 7 GiB = 28 GiB")
claim(f, "8 GiB", "kv_cache_total", "GiB", KV("llama2-7b", 16384), H, anchor="Llama-2-7b-hf scaled to 16k")
claim(f, "25 GiB", "kv_cache_total", "GiB", KV("llama2-13b", 16384), X, "off_2x",
      note="16384 x 800 KiB = 12.5 GiB")
non(f, "$$\\theta_i = 10000^{-2i/d}$$", "LaTeX formula")
non(f, "\"rope_theta\": 500000,", "config value")
non(f, "\"rope_scaling\": {\"type\": \"yarn\", \"factor\": 4.0", "config values")
non(f, "Needle-in-a-haystack at 128k: 98.7 %", "benchmark accuracy, date")

# ---- ru_06: поля Dataview, Llama-3-70B на 4x A100 при TP=4, «эта цифра» --------------------------
f = "ru_06"
L70 = "llama3-70b"
claim(f, "141 ГБ", "weights", "ГБ", W(L70, "bf16"), H, anchor="веса:: 141 ГБ")
claim(f, "320 КиБ", "kv_cache_per_token", "КиБ", KVT(L70), H)
claim(f, "80 КиБ", "kv_cache_per_token", "КиБ", KVT(L70, 1), X, "off_2x", note="fp8 = 160 KiB")
claim(f, "141 ГБ", "weights", "ГБ", W(L70, "bf16"), H, anchor="Эти 141 ГБ делим")
claim(f, "35,3 ГБ", "weights", "ГБ", W(L70, "bf16") / 4, H)
claim(f, "32,9 ГиБ", "weights", "ГиБ", W(L70, "bf16") / 4, H)
claim(f, "320 ГБ", "arithmetic", "ГБ", 4 * 80e9, H)
claim(f, "40 ГиБ", "kv_cache_total", "ГиБ", KV(L70, 8192, 16), H, anchor="на весь узел")
claim(f, "40 ГиБ", "kv_cache_total", "ГиБ", KV(L70, 8192, 16) / 4, X, "per_gpu", anchor="На одну карту",
      alt=KV(L70, 8192, 16), note="per GPU under TP=4: 10 GiB")
claim(f, "≈ 43 ГиБ", "arithmetic", "ГиБ", W(L70, "bf16") / 4 + KV(L70, 8192, 16) / 4, H, hedged=True)
claim(f, "35 ГБ", "weights", "ГБ", W(L70, "fp8"), X, "wrong_dtype", alt=W(L70, "int4"),
      note="fp8 = 70.6 GB; 35 GB is int4")
claim(f, "564 ГБ", "weights", "ГБ", W(L70, "fp32"), X, "off_2x", note="fp32 = 282 GB")
claim(f, "≈ 14 ток/с", "throughput", "ток/с", A100_80_BW / (W(L70, "bf16") / 4), X, "per_gpu",
      hedged=True, alt=A100_80_BW / W(L70, "bf16"), note="2039 GB/s / 35.3 GB per GPU = 58 tok/s")
non(f, "дата:: 2026-11-17", "date")
non(f, "заказ:: #88213", "order number")
non(f, "цена_часа:: 7,40 $", "price")
non(f, "порт:: 8080", "port")

# ---- en_07: Python code block whose trailing comments state values --------------------------------
f = "en_07"
L13 = "llama2-13b"
claim(f, "≈ 26 GB", "weights", "GB", W(L13, "bf16"), H, hedged=True)
claim(f, "12.1 GiB", "weights", "GiB", W(L13, "int8"), H)
claim(f, "≈ 13 GB", "weights", "GB", W(L13, "int4"), X, "off_2x", hedged=True, note="int4 = 6.5 GB")
claim(f, "409,600 bytes", "kv_cache_per_token", "bytes", 2 * 40 * 40 * 128 * 2, X, "off_2x",
      note="2*40*40*128*2 = 819,200")
assert KVT(L13) == 2 * 40 * 40 * 128 * 2
claim(f, "3.1 GiB", "kv_cache_total", "GiB", KV(L13, 4096), H)
claim(f, "50 GiB", "kv_cache_total", "GiB", KV(L13, 4096, 8), X, "off_2x", note="8 x 3.125 = 25 GiB")
claim(f, "208 GB", "training", "GB", 16 * N[L13], H)
claim(f, "13 GB", "training", "GB", 16 * N[L13] / 8, X, "off_2x", anchor="# 13 GB per GPU",
      note="208 / 8 = 26 GB per GPU")
claim(f, "26.0 GB", "weights", "GB", W(L13, "bf16"), H)
claim(f, "6.23 GB", "weights", "GB", W("gpt2-xl", "fp32"), H)
claim(f, "3115 MiB", "weights", "MiB", W("gpt2-xl", "fp16"), X, "gb_as_gib", note="3115 MB = 2971 MiB")
claim(f, "about 2×", "ratio", "×", W(L13, "bf16") / W("llama2-7b", "bf16"), H, hedged=True)
claim(f, "13.5 GB", "weights", "GB", W("llama2-7b", "bf16"), H)
non(f, "# transformers==4.44.0", "version")
non(f, "torch.manual_seed(0)", "seed")
non(f, "lr = 2e-4", "learning rate")

# ---- en_08: quantization formats for Llama-2-70b-chat-hf, cost note ------------------------------
f = "en_08"
L70 = "llama2-70b"
G128 = 4 + 16 / 128
claim(f, "138 GB", "weights", "GB", W(L70, "fp16"), H)
claim(f, "4.125 bits", "bits_per_weight", "bits", G128, H, anchor="4.125 bits per weight")
claim(f, "35.6 GB", "quantized_file", "GB", N[L70] * G128 / 8, H, anchor="At 4.125 bits the 70B")
claim(f, "3.9×", "ratio", "×", 16 / G128, H)
claim(f, "about 12.5 %", "percentage", "%", 100 * (G128 - 4) / 4, X, "off_2x", hedged=True,
      note="0.125 / 4 = 3.1 %")
claim(f, "43.1 GB", "quantized_file", "GB", N[L70] * 2.5 / 8, X, "off_2x", note="2.5 bpw = 21.6 GB")
claim(f, "40.1 GiB", "quantized_file", "GiB", N[L70] * 4.65 / 8, X, "gb_as_gib",
      note="40.09 GB = 37.3 GiB")
claim(f, "21.6 to 40.1 GB", "quantized_file", "GB", [N[L70] * 2.5 / 8, N[L70] * 4.65 / 8], H, rng=True)
claim(f, "~90 GB", "quantized_file", "GB", GG(L70, "Q4_K_M"), X, "off_2x", hedged=True,
      note="Q4_K_M about 42-43 GB")
claim(f, "about 27 GB", "quantized_file", "GB", GG(L70, "Q2_K"), H, hedged=True)
claim(f, "35.6 GB", "quantized_file", "GB", N[L70] * G128 / 8, H, anchor="The 35.6 GB AWQ model takes")
claim(f, "35.6 GB", "quantized_file", "GB", N[L70] * G128 / 8 / 2, X, "per_gpu", occ=2,
      anchor="The 35.6 GB AWQ model takes", alt=N[L70] * G128 / 8, note="17.8 GB per card")
claim(f, "about 53 tok/s", "throughput", "tok/s", 936e9 / (N[L70] * G128 / 8 / 2), H, hedged=True,
      bound="upper")
non(f, "Quantizing: 8× A100 rented for 3 hours", "prices, hours")
non(f, "Calibration: 128 samples of c4, seed 0", "calibration settings")
non(f, "wikitext2 perplexity: fp16 3.32", "scores")
non(f, "Tooling: https://github.com/turboderp/exllamav2 (v0.2.3).", "URL, version")

# ---- ru_07: ответ чат-бота про Falcon-7B (MQA), GPT-2 и BERT ----------------------------------------
f = "ru_07"
FA = "falcon-7b"
FALCON_FILE_PARAMS = 7_217_189_760          # claims-gold 2.3: tied head stored twice in the shards
claim(f, "6,92 млрд", "params", "млрд", N[FA], H)
claim(f, "13,8 ГБ", "weights", "ГБ", W(FA, "bf16"), H)
claim(f, "13,8 ГиБ", "weights", "ГиБ", W(FA, "bf16"), X, "gb_as_gib", note="13.84 GB = 12.89 GiB")
claim(f, "14,4 ГБ", "weights", "ГБ", FALCON_FILE_PARAMS * 2, H)
claim(f, "7,22 млрд", "params", "млрд", FALCON_FILE_PARAMS, H)
claim(f, "около 7 ГБ", "weights", "ГБ", W(FA, "int8"), H, hedged=True)
claim(f, "~3,5 ГБ", "weights", "ГБ", W(FA, "int4"), H, hedged=True)
claim(f, "8 КиБ", "kv_cache_per_token", "КиБ", KVT(FA), H, anchor="выходит 8 КиБ")
claim(f, "16 ГиБ", "kv_cache_total", "ГиБ", KV(FA, 2048), X, "wrong_unit", note="2048 x 8 KiB = 16 MiB")
claim(f, "1 ГиБ", "kv_cache_total", "ГиБ", KV(FA, 2048, 64), H)
claim(f, "568 КиБ", "kv_cache_per_token", "КиБ", KVT(FA) * 71, H)
claim(f, "124 млн", "params", "млн", N["gpt2"], H)
claim(f, "около 0,5 ГБ", "weights", "ГБ", W("gpt2", "fp32"), H, hedged=True)
claim(f, "355 млн", "params", "млн", N["gpt2-medium"], H)
claim(f, "1,4 ГБ", "weights", "ГБ", W("gpt2-medium", "fp16"), X, "wrong_dtype",
      alt=W("gpt2-medium", "fp32"), note="fp16 = 0.71 GB; 1.4 GB is fp32")
claim(f, "72 КиБ", "kv_cache_per_token", "КиБ", KVT("gpt2"), X, "off_2x", note="gpt2 = 36 KiB")
claim(f, "335 млн", "params", "млн", N["bert-large"], H)
claim(f, "≈ 1,34 ГБ", "weights", "ГБ", W("bert-large", "fp32"), H, hedged=True)
claim(f, "438 МБ", "weights", "МБ", W("bert-base", "int8"), X, "wrong_dtype", alt=W("bert-base", "fp32"),
      note="int8 = 109 MB; 438 MB is fp32")
non(f, "Ответ сгенерирован 03.11.2026 в 21:14", "date, time, rating")
non(f, "Источник: https://huggingface.co/tiiuae/falcon-7b", "URL")

# ---- en_09: lab journal, pretraining a 1.3B of our own (config stated in the note) ---------------
f = "en_09"
HT, LT, IT, VT = 2048, 24, 8192, 50304
LAYER_T = 4 * HT * HT + 2 * HT * IT + 4 * HT
NT = LT * LAYER_T + VT * HT + 2 * HT
FLOP_T = 6 * NT * 100e9
claim(f, "50,339,840", "params", "params", LAYER_T, H)
claim(f, "≈ 1.31B", "params", "B", NT, H, hedged=True)
claim(f, "5.2 GB", "weights", "GB", NT * 2, X, "wrong_dtype", alt=NT * 4, note="bf16 = 2.62 GB")
claim(f, "26B tokens", "tokens", "B tokens", 20 * NT, H)
claim(f, "about 76 tokens", "tokens_per_param", "tokens/param", 100e9 / NT, H, hedged=True)
claim(f, "≈ 7.9e20", "flops", "FLOP", FLOP_T, H, hedged=True)
claim(f, "about 31 hours", "time", "hours", FLOP_T / (64 * 0.45 * 989e12), X, "off_2x", hedged=True,
      note="7.87e20 / (64 x 0.45 x 989e12) s = 7.7 hours")
claim(f, "42 GB", "training", "GB", 16 * NT, X, "off_2x", note="16 x 1.31B = 21 GB")
claim(f, "roughly 5.5 GB", "training", "GB", 4 * NT + 12 * NT / 64, H, hedged=True)
claim(f, "7.9 GB", "training", "GB", 12 * NT, X, "off_2x", note="12 x 1.31B = 15.7 GB")
claim(f, "3.2 GB", "activations", "GB", 2 * 2048 * 8 * HT * LT, X, "off_2x", note="1.61 GB")
claim(f, "400 GB", "arithmetic", "GB", 100e9 * 2, X, "off_2x", note="100B x 2 bytes = 200 GB")
claim(f, "192 KiB", "kv_cache_per_token", "KiB", 2 * LT * 16 * 128 * 2, H)
claim(f, "6 GiB", "kv_cache_total", "GiB", 2 * LT * 16 * 128 * 2 * 2048 * 32, X, "off_2x",
      note="192 KiB x 2048 x 32 = 12 GiB")
non(f, "### 2026-05-12", "date heading")
non(f, "lr 3e-4 cosine, warmup 2000 steps", "hyperparameters")
non(f, "Loss 2.41 at step 40,000", "scores, step")
non(f, "Run: https://wandb.ai/lab/tiny-lm/runs/3k9x2m1", "URL")

# ---- ru_08: шпаргалка GGUF, столбцы «ГБ» и «ГиБ», Llama-3.1-8B-Instruct ---------------------------
f = "ru_08"
L31 = "llama3-8b"                           # Llama-3.1-8B: the same shapes and count as Llama-3-8B
claim(f, "3,17", "quantized_file", "ГБ", GG(L31, "Q2_K"), H, anchor="| Q2_K |")
claim(f, "5,9", "quantized_file", "ГиБ", GG(L31, "Q2_K"), X, "off_2x", anchor="| Q2_K |",
      note="Q2_K = 2.95 GiB")
claim(f, "4,91", "quantized_file", "ГБ", GG(L31, "Q4_K_M"), H, anchor="| Q4_K_M |")
claim(f, "9,15", "quantized_file", "ГиБ", GG(L31, "Q4_K_M"), X, "off_2x", anchor="| Q4_K_M |",
      note="Q4_K_M = 4.58 GiB")
claim(f, "11,4", "quantized_file", "ГБ", GG(L31, "Q5_K_M"), X, "off_2x", anchor="| Q5_K_M |",
      note="Q5_K_M = 5.73 GB")
claim(f, "5,33", "quantized_file", "ГиБ", GG(L31, "Q5_K_M"), H, anchor="| Q5_K_M |")
claim(f, "13,2", "quantized_file", "ГБ", GG(L31, "Q6_K"), X, "off_2x", anchor="| Q6_K |",
      note="Q6_K = 6.59 GB")
claim(f, "6,14", "quantized_file", "ГиБ", GG(L31, "Q6_K"), H, anchor="| Q6_K |")
claim(f, "7,95", "quantized_file", "ГБ", GG(L31, "Q8_0"), X, "gib_as_gb", anchor="| Q8_0 |",
      note="Q8_0 = 8.53 GB = 7.95 GiB")
claim(f, "7,95", "quantized_file", "ГиБ", GG(L31, "Q8_0"), H, anchor="| Q8_0 |", occ=2)
claim(f, "16,06", "quantized_file", "ГБ", GG(L31, "F16"), H, anchor="| F16 |")
claim(f, "29,9", "quantized_file", "ГиБ", GG(L31, "F16"), X, "wrong_dtype", anchor="| F16 |",
      alt=W(L31, "fp32"), note="F16 = 14.96 GiB; 29.9 GiB is fp32")
claim(f, "примерно в 3,3 раза", "ratio", "×", BPW["F16"] / BPW["Q4_K_M"], H, hedged=True)
claim(f, "47 %", "percentage", "%", 100 * (1 - BPW["Q8_0"] / BPW["F16"]), H)
claim(f, "128 КиБ", "kv_cache_per_token", "КиБ", KVT(L31), H)
claim(f, "4 ГиБ", "kv_cache_total", "ГиБ", KV(L31, 8192), X, "off_2x", note="8192 x 128 KiB = 1 GiB")
non(f, "Сводил вручную из разных мест 2026-10-21", "date, build")
non(f, "`-ngl 99`, `-c 8192`", "command-line flags")
non(f, "Перплексия на wikitext-2", "scores")

# ---- ru_09: смета аренды GPU (цены не утверждения, размеры — утверждения) ------------------------
f = "ru_09"
MI, L70 = "mistral-7b", "llama3-70b"
LORA8 = lora(8, [(4096, 4096), (4096, 1024)], 32)
claim(f, "116 ГБ", "training", "ГБ", 16 * N[MI], H)
claim(f, "116 ГиБ", "training", "ГиБ", 16 * N[MI], X, "gb_as_gib", note="115.9 GB = 107.9 GiB")
claim(f, "29 ГБ", "training", "ГБ", 16 * N[MI] / 4, H)
claim(f, "20 ГБ", "training", "ГБ", 2 * N[MI] + 14 * N[MI] / 4, X, "off_2x",
      note="ZeRO-2 on 4 GPUs: 2N + 14N/4 = 39.8 GB per GPU")
claim(f, "3,4 млн", "params", "млн", LORA8, H)
claim(f, "27 МБ", "weights", "МБ", LORA8 * 4, X, "off_2x", note="3.41M x 4 B = 13.6 MB")
claim(f, "0,5 %", "percentage", "%", 100 * LORA8 / N[MI], X, "off_2x", note="3.41M / 7.24B = 0.047 %")
claim(f, "70,6 ГБ", "weights", "ГБ", W(L70, "fp8"), H)
claim(f, "около 33 тыс. токенов", "tokens", "тыс. токенов", 10 * GIB / KVT(L70), H, hedged=True)
claim(f, "320 КиБ", "kv_cache_per_token", "КиБ", KVT(L70), H)
claim(f, "160 КиБ", "kv_cache_per_token", "КиБ", KVT(L70, 1), H)
claim(f, "16 тыс. токенов", "tokens", "тыс. токенов", 10 * GIB / KVT(L70, 1), X, "off_2x",
      note="10 GiB / 160 KiB = 65,536 tokens")
claim(f, "около 95 ток/с", "throughput", "ток/с", H100_BW / W(L70, "fp8"), X, "off_2x", hedged=True,
      note="3.35 TB/s / 70.6 GB = 47 tok/s")
claim(f, "282 ГБ", "weights", "ГБ", W(L70, "bf16"), X, "wrong_dtype", alt=W(L70, "fp32"),
      note="bf16 = 141 GB; 282 GB is fp32")
non(f, "Счёт №2026-1187 от 02.12.2026", "invoice number, date")
non(f, "| A100 80 ГБ | 1,89 $/час |", "price")
non(f, "| H100 80 ГБ | 2,99 $/час |", "price")
non(f, "Итого за 12 часов на 4 картах A100 — 90,72 $.", "hours, price")

# ---- en_10: Slack thread, per-GPU vs total, GiB vs GB --------------------------------------------
f = "en_10"
L70 = "llama2-70b"
claim(f, "128.5 GB", "weights", "GB", W(L70, "bf16"), X, "gib_as_gb", note="137.95 GB = 128.48 GiB")
claim(f, "138 GB", "weights", "GB", W(L70, "bf16") / 8, X, "per_gpu", alt=W(L70, "bf16"),
      note="per GPU at TP=8: 17.2 GB")
claim(f, "17.2 GB", "weights", "GB", W(L70, "bf16") / 8, H)
claim(f, "128.5", "weights", "GiB", W(L70, "bf16"), H, anchor="The 128.5 number is GiB",
      note="refers back to the figure above: 128.48 GiB")
claim(f, "80 GiB", "kv_cache_total", "GiB", KV(L70, 4096, 64), H, anchor="KV for 4k context")
claim(f, "80 GiB", "kv_cache_total", "GiB", KV(L70, 4096, 64) / 8, X, "per_gpu", occ=2,
      anchor="KV for 4k context", alt=KV(L70, 4096, 64), note="per GPU at TP=8: 10 GiB")
claim(f, "2.5 MiB", "kv_cache_per_token", "MiB", KVT(L70), X, "off_2x",
      note="GQA with 8 KV heads: 320 KiB; 2.5 MiB would be 64 KV heads")
claim(f, "28 GiB", "kv_cache_total", "GiB", KV("qwen2.5-7b", 32768, 16), H)
claim(f, "30.5 GB", "weights", "GB", W("qwen2.5-7b", "bf16"), X, "wrong_dtype",
      alt=W("qwen2.5-7b", "fp32"), note="bf16 = 15.2 GB; 30.5 GB is fp32")
claim(f, "46.7 GB", "weights", "GB", W("mixtral-8x7b", "bf16") / 2, H)
claim(f, "93.4 GB", "weights", "GB", W("mixtral-8x7b", "int8"), X, "wrong_dtype",
      alt=W("mixtral-8x7b", "bf16"), note="int8 = 46.7 GB; 93.4 GB is bf16")
claim(f, "35.3 GB", "weights", "GB", W("llama3-70b", "int4"), H)
claim(f, "35.3 GiB", "weights", "GiB", W("llama3-70b", "int4"), X, "gb_as_gib", note="35.28 GB = 32.85 GiB")
claim(f, "~24 tok/s", "throughput", "tok/s", H100_BW / (W(L70, "bf16") / 8), X, "per_gpu", hedged=True,
      alt=H100_BW / W(L70, "bf16"), note="each GPU reads its 17.2 GB share: ~194 tok/s")
claim(f, "16.1 GB", "weights", "GB", W("llama3-8b", "bf16"), H)
claim(f, "4 GiB", "kv_cache_total", "GiB", KV("llama3-8b", 8192), X, "off_2x", note="8192 x 128 KiB = 1 GiB")
non(f, "exported: 2026-11-28", "date")
non(f, "**dmitri** 10:02", "timestamp")
non(f, "ticket INF-2207, review Thursday 14:00, budget line 4.3.1", "ticket, time, budget line")

# ---- ru_10: устаревшая страница вики с ошибками ---------------------------------------------------
f = "ru_10"
claim(f, "13 ГБ", "weights", "ГБ", W("llama2-13b", "fp16"), X, "wrong_dtype", alt=W("llama2-13b", "int8"),
      note="fp16 = 26 GB; 13 GB is int8")
claim(f, "16 ГБ", "weights", "ГБ", W("llama3-8b", "int8"), X, "wrong_dtype", alt=W("llama3-8b", "bf16"),
      note="int8 = 8 GB; 16 GB is bf16")
claim(f, "14,5 ГБ", "weights", "ГБ", W("mistral-7b", "fp32"), X, "wrong_dtype",
      alt=W("mistral-7b", "fp16"), note="fp32 = 29 GB; 14.5 GB is fp16")
claim(f, "350 ГБ", "weights", "ГБ", W("gpt3", "fp16"), H)
claim(f, "46,7 млрд", "params", "млрд", N["mixtral-8x7b"], H)
claim(f, "12,9 млрд", "params", "млрд", ACTIVE_MIXTRAL, H)
claim(f, "72 %", "percentage", "%", 100 * ACTIVE_MIXTRAL / N["mixtral-8x7b"], X, "off_2x",
      note="12.9 / 46.7 = 27.6 %")
claim(f, "400 КиБ", "kv_cache_per_token", "КиБ", KVT("llama2-13b"), X, "off_2x", note="800 KiB")
claim(f, "56 КиБ", "kv_cache_per_token", "КиБ", KVT("qwen2.5-7b"), H)
claim(f, "7 ГБ", "kv_cache_total", "ГБ", KV("qwen2.5-7b", 131072), X, "gib_as_gb", note="7 GiB = 7.52 GB")
claim(f, "25 с", "time", "с", 500 / 50, X, "off_2x", anchor="Ответ в 500 токенов", note="500 / 50 = 10 s")
claim(f, "25 с", "time", "с", 1000 / 40, H, anchor="Ответ в 1000 токенов")
claim(f, "140 ток/с", "throughput", "ток/с", RTX4090_BW / W("mistral-7b", "fp16"), X, "off_2x",
      note="1008 / 14.48 = 70 tok/s")
claim(f, "54 ГБ", "training", "ГБ", 16 * N["llama2-7b"], X, "off_2x", note="16 x 6.74B = 107.8 GB")
claim(f, "13,5 ГБ", "training", "ГБ", 16 * N["llama2-7b"] / 8, H)
claim(f, "141 ГБ", "weights", "ГБ", W("llama3-70b", "bf16") / 2, X, "per_gpu", alt=W("llama3-70b", "bf16"),
      note="TP=2: 70.6 GB per GPU")
non(f, "обновлено: 2024-03-05", "date")
non(f, "Правки: Иванов 2024-03-05", "dates, version")

# ---- en_11: notes from a vendor webinar, mostly wrong figures ------------------------------------
f = "en_11"
L70 = "llama3-70b"
claim(f, "35 GB", "weights", "GB", W(L70, "fp8"), X, "wrong_dtype", alt=W(L70, "int4"),
      note="fp8 = 70.6 GB; 35 GB is int4")
claim(f, "160 KiB", "kv_cache_per_token", "KiB", KVT(L70), X, "off_2x", note="bf16 = 320 KiB (160 is fp8)")
claim(f, "20 GiB", "kv_cache_total", "GiB", KV(L70, 131072), X, "off_2x", anchor="At a 128k context",
      note="128k x 320 KiB = 40 GiB")
claim(f, "20 GiB", "kv_cache_total", "GiB", KV(L70, 131072, b=1), H, anchor="At a 128k context", occ=2)
claim(f, "12.9B", "params", "B", ACTIVE_MIXTRAL, H)
claim(f, "25.8 GB", "weights", "GB", W("mixtral-8x7b", "bf16"), X, "wrong_kind", alt=ACTIVE_MIXTRAL * 2,
      note="all experts stay resident: 93.4 GB")
claim(f, "640 GB", "arithmetic", "GB", 8 * 80e9, H)
claim(f, "about 22 %", "percentage", "%", 100 * W(L70, "bf16") / 640e9, H, hedged=True)
claim(f, "7.6B", "params", "B", N["qwen2.5-7b"], H)
claim(f, "14.2 GB", "weights", "GB", W("qwen2.5-7b", "bf16"), X, "gib_as_gb", note="15.23 GB = 14.19 GiB")
claim(f, "13.5 GB", "weights", "GB", W("llama2-7b", "fp16"), H)
claim(f, "6.7 GB", "weights", "GB", W("llama2-7b", "int4"), X, "wrong_dtype", alt=W("llama2-7b", "int8"),
      note="int4 = 3.37 GB; 6.7 GB is int8")
claim(f, "64 KiB", "kv_cache_per_token", "KiB", KVT("falcon-7b"), X, "off_2x", note="MQA: 8 KiB")
claim(f, "1.56B", "params", "B", N["gpt2-xl"], H)
claim(f, "6.2 GB", "weights", "GB", W("gpt2-xl", "bf16"), X, "wrong_dtype", alt=W("gpt2-xl", "fp32"),
      note="bf16 = 3.1 GB; 6.2 GB is fp32")
claim(f, "over 450 tok/s", "throughput", "tok/s", H100_BW / W("llama3-8b", "bf16"), X, "off_2x",
      bound="lower", note="3.35 TB/s / 16.06 GB = 209 tok/s")
claim(f, "roughly 500 GiB", "kv_cache_total", "GiB", KV("llama3-8b", 4096, 1000), H, hedged=True)
claim(f, "58 GB", "training", "GB", 16 * N["mistral-7b"], X, "off_2x", note="16 x 7.24B = 115.9 GB")
non(f, "Speaker slides v3.2, recording at https://example.com/webinars/4471?t=1830", "version, URL, time")
non(f, "starts at $48,000 per node, 3-year support", "price, years")
non(f, "Follow-up call booked for 2026-09-25 at 15:30.", "date, time")

# ---- ru_11: ответы на пробном собеседовании (большинство неверны) ---------------------------------
f = "ru_11"
claim(f, "69 ГБ", "weights", "ГБ", W("llama2-70b", "int4"), X, "wrong_dtype", alt=W("llama2-70b", "int8"),
      note="int4 = 34.5 GB; 69 GB is int8")
claim(f, "512 КиБ", "kv_cache_per_token", "КиБ", KVT("llama3-8b"), X, "off_2x", note="Llama-3-8B: 128 KiB")
claim(f, "В 2 раза", "ratio", "×", 4 / 1, X, "off_2x", note="fp32 / int8 = 4")
claim(f, "64 ГБ", "training", "ГБ", 16 * N["llama3-8b"], X, "off_2x", note="16 x 8.03B = 128.5 GB")
claim(f, "160 млрд токенов", "tokens", "млрд токенов", 20 * N["llama3-8b"], H)
claim(f, "≈ 7,2·10²³", "flops", "FLOP", 6 * N["llama3-8b"] * 15e12, H, hedged=True)
claim(f, "4 ГиБ", "kv_cache_total", "ГиБ", KV("mistral-7b", 32768, 8), X, "off_2x",
      note="128 KiB x 32768 x 8 = 32 GiB")
claim(f, "27 ГБ", "weights", "ГБ", W("llama2-7b", "bf16"), X, "wrong_dtype", alt=W("llama2-7b", "fp32"),
      note="bf16 = 13.5 GB; 27 GB is fp32")
claim(f, "23,4 ГБ", "weights", "ГБ", W("mixtral-8x7b", "int4") / 2, X, "per_gpu",
      alt=W("mixtral-8x7b", "int4"), note="TP=2: 11.7 GB per GPU")
claim(f, "25,8 ГБ", "weights", "ГБ", ACTIVE_MIXTRAL * 2, H)
claim(f, "≈ 260 ток/с", "throughput", "ток/с", H100_BW / (ACTIVE_MIXTRAL * 2), X, "off_2x", hedged=True,
      note="3.35 TB/s / 25.8 GB = 130 tok/s")
claim(f, "14,2 ГБ", "weights", "ГБ", W("qwen2.5-7b", "bf16"), X, "gib_as_gb", note="15.23 GB = 14.19 GiB")
claim(f, "0,5 ГБ", "weights", "ГБ", W("gpt2", "fp16"), X, "wrong_dtype", alt=W("gpt2", "fp32"),
      note="fp16 = 0.25 GB; 0.5 GB is fp32")
claim(f, "8 с", "time", "с", 256 / 32, H)
non(f, "Собеседование №2 из 5", "counts, minutes, rating")
non(f, "Итог: следующая попытка 2026-12-07", "date, chapter numbers")

# ---- en_12: a student's lecture summary on activation and training memory (Llama-2-7B/70B) -------
f = "en_12"
S7, H7, A7, L7, V7 = 2048, 4096, 32, 32, 32000
NR7 = S7 * H7 * (34 + 5 * A7 * S7 / H7)
N7 = N["llama2-7b"]
claim(f, "about 0.96 GB", "activations", "GB", NR7, H, hedged=True)
claim(f, "61 GB", "activations", "GB", NR7 * L7, X, "off_2x", note="32 x 0.956 GB = 30.6 GB")
claim(f, "about 3.3 GB", "activations", "GB", 4096 * H7 * (34 + 5 * A7 * 4096 / H7), H, hedged=True)
claim(f, "285 MB", "activations", "MB", 34 * S7 * H7, H)
claim(f, "≈ 18 GB", "activations", "GB", 34 * S7 * H7 * L7, X, "off_2x", hedged=True,
      note="32 x 285 MB = 9.1 GB")
claim(f, "16.8 MB", "activations", "MB", 2 * S7 * H7, H)
claim(f, "5.4 GB", "activations", "GB", 2 * S7 * H7 * L7, X, "off_2x", note="32 x 16.8 MB = 0.54 GB")
claim(f, "131 MB", "activations", "MB", 4 * S7 * V7, X, "off_2x", note="4 x 2048 x 32000 = 262 MB")
claim(f, "27 GB", "training", "GB", 4 * N7, H)
claim(f, "54 GB", "training", "GB", 4 * N7, X, "off_2x", anchor="fp32 master copy",
      note="4 bytes x 6.74B = 27 GB")
claim(f, "54 GB", "training", "GB", 8 * N7, H, anchor="Adam m and v in fp32")
claim(f, "about 108 GB", "training", "GB", 16 * N7, H, hedged=True)
claim(f, "12.6 GB", "training", "GB", 2 * N7 + 14 * N7 / 8, X, "off_2x", note="25.3 GB per GPU")
claim(f, "1.14 GB", "activations", "GB", 34 * 4096 * 8192, H)
claim(f, "91 GB", "activations", "GB", 34 * 4096 * 8192 * 80, H, anchor="so 91 GB over the 80 layers")
claim(f, "0.54 GB", "activations", "GB", 2 * 4096 * 8192 * 80, X, "off_2x", note="5.4 GB")
claim(f, "≈ 143 MB", "activations", "MB", 34 * 4096 * 8192 / 8, H, hedged=True)
claim(f, "91 GB", "activations", "GB", 34 * 4096 * 8192 / 8 * 80, X, "per_gpu", anchor="which is 91 GB per GPU",
      alt=34 * 4096 * 8192 * 80, note="143 MB x 80 = 11.4 GB per GPU")
non(f, "Lecture 9, 2026-10-28, slides at https://example.edu/cs7xx/l9.pdf", "date, URL, pages")
non(f, "lecture: 9", "lecture number")
non(f, "Exam: 2026-12-15, 09:00, room 3.14", "date, time, room, problem numbers")

# ---- ru_12: выбор Mac под локальные модели (пропускная способность, GGUF, границы) ---------------
f = "ru_12"
L70, MX = "llama3-70b", "mixtral-8x7b"
claim(f, "около 43 ГБ", "quantized_file", "ГБ", GG(L70, "Q4_K_M"), H, hedged=True)
claim(f, "не больше 10 ток/с", "throughput", "ток/с", 400e9 / GG(L70, "Q4_K_M"), H, bound="upper",
      note="9.3 tok/s (9.4 with a 42.5 GB file)")
claim(f, "38 ток/с", "throughput", "ток/с", M2_ULTRA_BW / GG(L70, "Q4_K_M"), X, "off_2x",
      note="800 GB/s / 43.2 GB = 18.5 tok/s (18.8 with a 42.5 GB file)")
claim(f, "141 ГБ", "weights", "ГБ", W(L70, "bf16"), H)
claim(f, "не превысит 5,7 ток/с", "throughput", "ток/с", M2_ULTRA_BW / W(L70, "bf16"), H, bound="upper")
claim(f, "не больше 40 ГБ", "weights", "ГБ", W("gpt3", "int4"), X, "off_2x", bound="upper",
      note="int4 GPT-3 = 87.3 GB")
claim(f, "48 ГБ", "arithmetic", "ГБ", 0.75 * 128e9, X, "off_2x", note="75 % of 128 GB = 96 GB")
claim(f, "5 ГиБ", "kv_cache_total", "ГиБ", KV(L70, 32768), X, "off_2x", note="32768 x 320 KiB = 10 GiB")
claim(f, "11,8 ГБ", "quantized_file", "ГБ", GG(MX, "Q4_K_M"), X, "off_2x",
      note="about 28.6 GB by the current mix (26.4 GB in older files)")
claim(f, "около 14 ток/с", "throughput", "ток/с", 400e9 / (ACTIVE_MIXTRAL * BPW["Q4_K_M"] / 8), X,
      "wrong_kind", hedged=True, alt=400e9 / GG(MX, "Q4_K_M"),
      note="only the active 12.9B are read: about 51 tok/s; 14 reads all experts")
claim(f, "46,7 млрд", "params", "млрд", N[MX], H)
claim(f, "16,2 ГБ", "quantized_file", "ГБ", GG("qwen2.5-7b", "Q8_0"), X, "off_2x", note="Q8_0 = 8.1 GB")
claim(f, "примерно 8 ГБ", "quantized_file", "ГБ", GG("llama2-13b", "Q4_K_M"), H, hedged=True)
claim(f, "примерно 5–14 ГБ", "quantized_file", "ГБ", [GG("llama2-13b", "Q2_K"), GG("llama2-13b", "Q8_0")], H,
      hedged=True, rng=True, note="Q2_K 5.1 GB (5.4 GB in older files) to Q8_0 13.8 GB")
claim(f, "8 ГБ", "weights", "ГБ", W("llama3-8b", "fp16"), X, "wrong_dtype", alt=W("llama3-8b", "int8"),
      anchor="8 ГБ весов", note="fp16 = 16.1 GB; 8 GB is int8")
non(f, "Черновик от 2026-11-09", "date")
non(f, "| MacBook Pro M3 Max, 128 ГБ | 489¦990 ₽ |", "price")
non(f, "| Mac Studio M2 Ultra, 192 ГБ | 599¦990 ₽ |", "price")
non(f, "Замеры llama-bench (сборка b4120, -p 512 -n 128)", "build and flags")

# ==== END OF CLAIMS ====

# ---- checks and output --------------------------------------------------------------------------
PROBLEMS: list[str] = []


def note_files():
    return {p.stem[:5]: p.name for p in sorted(NOTES.glob("*.md"))}


def holds(correct, stated, tol, hedged, bound):
    t = max(tol, 0.10 * abs(stated) if hedged else 0.0) + 1e-9 * abs(stated)
    if bound == "upper":          # "under", "at most", "не больше": the true value is below
        return correct <= stated + t
    if bound == "lower":          # "over", "at least", "не меньше": the true value is above
        return correct >= stated - t
    return abs(correct - stated) <= t


def standalone(fig):
    return re.compile(r"(?<![\d.,\u00a0\w])" + re.escape(fig) + r"(?![\d\w]|[.,\u00a0]\d)")


def locate(lines, anchor, where):
    hits = [i for i, ln in enumerate(lines, 1) if anchor in ln]
    if len(hits) != 1:
        PROBLEMS.append(f"{where}: anchor {anchor!r} on {len(hits)} lines, expected one")
    return hits[0] if hits else 1


def rnd(v):
    return float(f"{v:.6g}")


def build():
    files = note_files()
    out, claim_lines, per_file = [], set(), Counter()
    cache: dict[str, list[str]] = {}
    for c in CLAIMS:
        name = files[c["f"]]
        lang = "ru" if c["f"].startswith("ru") else "en"
        per_file[c["f"]] += 1
        cid = f"{c['f']}-{per_file[c['f']]:02d}"
        where = f"{cid} {c['figure']!r}"
        lines = cache.setdefault(name, (NOTES / name).read_text(encoding="utf-8").split("\n"))
        ln = locate(lines, c["anchor"], where)
        text = lines[ln - 1]
        found = list(standalone(c["figure"]).finditer(text))
        if len(found) < c["occ"]:
            PROBLEMS.append(f"{where}: figure on line {ln} {len(found)}x, occurrence {c['occ']}")
            continue
        nums = read_numbers(c["figure"], lang)
        if len(nums) < (2 if c["rng"] else 1):
            PROBLEMS.append(f"{where}: no number in the figure")
            continue
        # the scorer's occurrence: n-th figure on the line stating this number
        first = re.search(NUM[lang], c["figure"]).group(0)
        at = found[c["occ"] - 1].start() + c["figure"].index(first)
        occurrence = sum(1 for m in standalone(first).finditer(text)
                         if m.start() <= at and text[m.start() - 1:m.start()] != "-")
        unit = c["unit"]
        value = c["value"]
        correct = [v / SCALE[unit] for v in value] if isinstance(value, list) else value / SCALE[unit]
        if c["rng"]:
            (lo, tlo), (hi, thi) = nums[:2]
            if isinstance(correct, list):
                ok = holds(correct[0], lo, tlo, c["hedged"], None) and holds(correct[1], hi, thi,
                                                                            c["hedged"], None)
            else:
                ok = lo - tlo <= correct <= hi + thi
            stated = [lo, hi]
        else:
            s, tol = nums[0]
            ok = holds(correct, s, tol, c["hedged"], c["bound"])
            stated = s
        if c["expect"] == H and not ok:
            PROBLEMS.append(f"{where}: expected to hold, correct {correct!r} {unit}")
        if c["expect"] == X:
            e = c["error"]
            if ok:
                PROBLEMS.append(f"{where}: expected wrong but holds (correct {correct!r} {unit})")
            if e in RATIO_ERRORS and not c["rng"]:
                off = max(correct / stated, stated / correct)
                if off < 1.95:
                    PROBLEMS.append(f"{where}: {e} but off by only {off:.3f}x")
            elif e in UNIT_ERRORS:
                if (e == "gib_as_gb") == (unit in BINARY) or unit not in TWIN:
                    PROBLEMS.append(f"{where}: {e} with unit {unit}")
                twin = value / SCALE[TWIN[unit]]
                if not holds(twin, stated, nums[0][1], c["hedged"], c["bound"]):
                    PROBLEMS.append(f"{where}: {e} but the twin unit gives {twin:.4g}")
            elif e != "arithmetic" and e not in RATIO_ERRORS:
                PROBLEMS.append(f"{where}: unknown error class {e!r}")
            if e in ("wrong_kind", "wrong_dtype", "per_gpu") and c["alt"] is not None:
                alt = c["alt"] / SCALE[unit]
                if not holds(alt, stated, nums[0][1], c["hedged"], c["bound"]):
                    PROBLEMS.append(f"{where}: {e} but the confused value gives {alt:.4g}")
        claim_lines.add((name, ln))
        out.append({
            "id": cid, "file": name, "line": ln, "figure": c["figure"], "occurrence": occurrence,
            "kind": c["kind"], "stated": stated, "unit": unit,
            "correct": [rnd(v) for v in correct] if isinstance(correct, list) else rnd(correct),
            "correct_unit": unit, "verdict": c["expect"], "error": c["error"], "lang": lang,
            "hedged": c["hedged"], "bound": c["bound"], "quoted": c["f"] in QUOTED, "note": c["note"],
        })
    non_out = []
    for n in NON:
        name = files[n["f"]]
        lines = cache.setdefault(name, (NOTES / name).read_text(encoding="utf-8").split("\n"))
        ln = locate(lines, n["text"], f"non-claim {n['f']} {n['text']!r}")
        if (name, ln) in claim_lines:
            PROBLEMS.append(f"non-claim {n['f']}:{ln} {n['text']!r} is also a claim line")
        if not re.search(r"\d", lines[ln - 1]):
            PROBLEMS.append(f"non-claim {n['f']}:{ln} has no number")
        non_out.append({"file": name, "line": ln, "text": n["text"], "why": n["why"],
                        "lang": "ru" if n["f"].startswith("ru") else "en"})
    if len({(x["file"], x["line"]) for x in non_out}) != len(non_out):
        PROBLEMS.append("a non-claim line is listed twice")
    keys = Counter((x["file"], x["line"], x["figure"], x["occurrence"]) for x in out)
    PROBLEMS.extend(f"claim listed twice: {k}" for k, v in keys.items() if v > 1)
    if PROBLEMS:
        raise SystemExit("truth.py found problems:\n  " + "\n  ".join(PROBLEMS))
    return {"schema": "vaultkit.claims-truth/1", "claims": out, "non_claims": non_out}


def summary(t):
    cl, nc = t["claims"], t["non_claims"]
    print("lang notes claims wrong non-claims")
    for lang in ("en", "ru"):
        c = [x for x in cl if x["lang"] == lang]
        print(f"{lang:<4} {len({x['file'] for x in c}):5d} {len(c):6d} "
              f"{sum(x['verdict'] == X for x in c):5d} {sum(x['lang'] == lang for x in nc):10d}")
    wrong = sum(x["verdict"] == X for x in cl)
    print(f"all  {len(note_files()):5d} {len(cl):6d} {wrong:5d} {len(nc):10d}   "
          f"wrong {100 * wrong / max(1, len(cl)):.1f} %, "
          f"claim lines {len({(x['file'], x['line']) for x in cl})}")
    print("kinds:", dict(Counter(x["kind"] for x in cl).most_common()))
    print("errors:", dict(Counter(x["error"] for x in cl if x["error"]).most_common()))
    print("hedged right:", sum(x["hedged"] and x["verdict"] == H for x in cl),
          "bounds:", sum(bool(x["bound"]) for x in cl))


def main(argv):
    truth = build()
    text = json.dumps(truth, ensure_ascii=False, indent=1) + "\n"
    path = HERE / "truth.json"
    if "--check" in argv:
        if not path.exists() or path.read_text(encoding="utf-8") != text:
            raise SystemExit("truth.json is stale: run python tests/claims_corpus_i/truth.py")
        summary(truth)
        print("truth.json is current; every check passed")
        return 0
    path.write_text(text, encoding="utf-8")
    summary(truth)
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
