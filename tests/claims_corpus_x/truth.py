#!/usr/bin/env python3
"""Ground truth for blind sizing-claims corpus X (tests/claims_corpus_x/notes).

Written without reading vaultkit's code, its tests or the other corpora's notes.  Facts come
from /work/shared/claims-gold.md: bytes per dtype, exact parameter counts and configs of the
catalogued models, measured GGUF bits per weight (Llama-3.1-8B), the KV-cache, training-memory
and activation formulas.  Models that claims-gold lacks appear only with their config printed in
the note itself (front matter or text); the truth recomputes their parameter counts from that
config with the claims-gold formula (asserted below) or, where the note prints only a count,
uses the printed count.  Nothing here imports vaultkit.  The checking code is corpus K's / W's.

    python tests/claims_corpus_x/truth.py          # verify and (re)write truth.json
    python tests/claims_corpus_x/truth.py --check  # verify; fail if truth.json is stale

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
NB = "\u00a0"      # no-break space (written ¦ in figures below)
NNB = "\u202f"     # narrow no-break space (written ‡ in figures below)

# ---- facts (claims-gold.md) -------------------------------------------------------------------
BY = {"fp32": 4, "fp16": 2, "bf16": 2, "fp8": 1, "int8": 1, "int4": 0.5}
NF4 = 4 + 8 / 64 + 32 / (64 * 256)          # bits per weight, NF4 with double quantisation
NF4_PLAIN = 4.5                              # NF4 with an fp32 absmax per 64, no double quantisation
# measured effective bits per weight of GGUF file types (Llama-3.1-8B, llama.cpp quantize README)
BPW = {"Q2_K": 3.1593, "Q3_K_L": 4.2979, "IQ4_XS": 4.4597, "Q4_K_S": 4.6672, "Q4_K_M": 4.8944,
       "Q5_K_M": 5.7036, "Q6_K": 6.5633, "Q8_0": 8.5008, "F16": 16.0005}


def llama_like(h, inter, L, a, k, d, V, tied, qkv_bias=False, norms=2):
    """claims-gold 1.6 for a gated-MLP decoder: attention, 3 MLP matrices, RMSNorms, embeddings"""
    attn = h * a * d + 2 * h * k * d + a * d * h + ((a * d + 2 * k * d) if qkv_bias else 0)
    return L * (attn + 3 * h * inter + norms * h) + V * h * (1 if tied else 2) + h


def bert_like(h, inter, L, V, P, types=2):
    """claims-gold 1.6 for a BERT encoder with pooler (all linear layers biased, LayerNorms)"""
    layer = 4 * h * h + 4 * h + 2 * h * inter + inter + h + 2 * 2 * h
    return L * layer + V * h + P * h + types * h + 2 * h + h * h + h


N = {
    "gpt2": 124_439_808, "gpt2-medium": 354_823_168, "gpt2-large": 774_030_080,
    "gpt2-xl": 1_557_611_200, "bert-base": 109_482_240, "bert-large": 335_141_888,
    "llama2-7b": 6_738_415_616, "llama2-13b": 13_015_864_320, "llama2-70b": 68_976_648_192,
    "llama3-8b": 8_030_261_248, "llama3-70b": 70_553_706_496, "mistral-7b": 7_241_732_096,
    "mixtral-8x7b": 46_702_792_704, "qwen2.5-7b": 7_615_616_512, "falcon-7b": 6_921_720_704,
    "gpt3": 174_604_259_328,
    # not in claims-gold: the notes print these configs; the formula gives the counts they print
    "llama3.2-1b": llama_like(2048, 8192, 16, 32, 8, 64, 128256, True),
    "llama3.2-3b": llama_like(3072, 8192, 28, 24, 8, 128, 128256, True),
    "phi3-mini": llama_like(3072, 8192, 32, 32, 32, 96, 32064, False),
    "gemma2-2b": llama_like(2304, 9216, 26, 8, 4, 256, 256000, True, norms=4),
    "qwen2.5-0.5b": llama_like(896, 4864, 24, 14, 2, 64, 151936, True, qkv_bias=True),
    "minilm-l6": bert_like(384, 1536, 6, 30522, 512),
    "xlmr-base": bert_like(768, 3072, 12, 250002, 514, types=1),
    "xlmr-large-8k": bert_like(1024, 4096, 24, 250002, 8194, types=1),
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
       "llama3.2-1b": (2048, 16, 32, 8, 64), "llama3.2-3b": (3072, 28, 24, 8, 128),
       "phi3-mini": (3072, 32, 32, 32, 96), "gemma2-2b": (2304, 26, 8, 4, 256),
       "qwen2.5-0.5b": (896, 24, 14, 2, 64)}

# the formula reproduces the catalogue (claims-gold 2.2) and the counts the notes print
assert llama_like(4096, 14336, 32, 32, 8, 128, 128256, False) == N["llama3-8b"]
assert llama_like(4096, 11008, 32, 32, 32, 128, 32000, False) == N["llama2-7b"]
assert llama_like(8192, 28672, 80, 64, 8, 128, 32000, False) == N["llama2-70b"]
assert llama_like(3584, 18944, 28, 28, 4, 128, 152064, False, qkv_bias=True) == N["qwen2.5-7b"]
assert bert_like(768, 3072, 12, 30522, 512) == N["bert-base"]
assert bert_like(1024, 4096, 24, 30522, 512) == N["bert-large"]
assert N["llama3.2-1b"] == 1_235_814_400 and N["llama3.2-3b"] == 3_212_749_824
assert N["phi3-mini"] == 3_821_079_552 and N["gemma2-2b"] == 2_614_341_888
assert N["qwen2.5-0.5b"] == 494_032_768 and N["minilm-l6"] == 22_713_216
assert N["xlmr-base"] == 278_043_648 and N["xlmr-large-8k"] == 567_754_752


def W(m, dt):
    """weight bytes of model m (a catalogue name or a parameter count) in dtype dt (name or bytes)"""
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
         "params": 1, "K": 1e3, "M": 1e6, "B": 1e9, "тыс.": 1e3, "млн": 1e6, "млрд": 1e9, "трлн": 1e12,
         "tokens": 1, "K tokens": 1e3, "M tokens": 1e6, "B tokens": 1e9, "T tokens": 1e12,
         "токенов": 1, "тыс. токенов": 1e3, "млн токенов": 1e6, "млрд токенов": 1e9, "трлн токенов": 1e12,
         "tokens/param": 1, "FLOP": 1, "GFLOP": 1e9, "TFLOP": 1e12, "bits": 1, "бит": 1, "%": 1, "×": 1,
         "tok/s": 1, "токенов/с": 1, "s": 1, "с": 1, "ms": 1e-3, "мс": 1e-3, "min": 60, "мин": 60,
         "hours": 3600, "часов": 3600, "часа": 3600, "ч": 3600, "days": 86400, "суток": 86400, "дней": 86400,
         "GPU-hours": 1, "GPU-часов": 1, "тыс. GPU-часов": 1e3, "gigabytes": 1e9,
         "GB/s": 1e9, "ГБ/с": 1e9, "TB/s": 1e12, "ТБ/с": 1e12, "Гбит/с": 1.25e8,
         "TFLOPS": 1e12, "ТФЛОПС": 1e12, "billion": 1e9, "million": 1e6,
         "users": 1, "пользователей": 1, "GPUs": 1, "карт": 1, "sequences": 1, "последовательностей": 1}
TWIN = {"KB": "KiB", "KiB": "KB", "MB": "MiB", "MiB": "MB", "GB": "GiB", "GiB": "GB",
        "TB": "TiB", "TiB": "TB", "КБ": "КиБ", "КиБ": "КБ", "МБ": "МиБ", "МиБ": "МБ",
        "ГБ": "ГиБ", "ГиБ": "ГБ", "ТБ": "ТиБ", "ТиБ": "ТБ"}
DECIMAL_UNITS = {"KB", "MB", "GB", "TB", "КБ", "МБ", "ГБ", "ТБ"}

# ---- reading a printed figure ---------------------------------------------------------------
SUP = str.maketrans("⁰¹²³⁴⁵⁶⁷⁸⁹⁻", "0123456789-")
NUM = {"en": r"\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?",
       "ru": r"\d{1,3}(?:[\u00a0\u202f]\d{3})+(?:,\d+)?|\d+(?:,\d+)?"}
POW = (r"(?:\s*(?:\\times|×|·|\\cdot)\s*10(?:\^\{?(?P<c>-?\d+)\}?|(?P<s>[⁰¹²³⁴⁵⁶⁷⁸⁹⁻]+))"
       r"|e(?P<e>\d+))?")


def _one(m, lang):
    raw = m.group("n")
    raw = raw.replace(",", "") if lang == "en" else raw.replace(NB, "").replace(NNB, "").replace(",", ".")
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


def _sp(s):
    return s.replace("¦", NB).replace("‡", NNB)


def claim(f, figure, kind, unit, value, expect, error=None, *, anchor=None, occ=1, hedged=False,
          bound=None, rng=False, rel=None, note="", quoted=False):
    figure = _sp(figure)
    CLAIMS.append(dict(f=f, figure=figure, kind=kind, unit=unit, value=value, expect=expect,
                       error=error, anchor=_sp(anchor or figure), occ=occ,
                       hedged=hedged, bound=bound, rng=rng, rel=rel, note=note, quoted=quoted))


def non(f, text, why):
    NON.append(dict(f=f, text=_sp(text), why=why))


# ---- en_01: fine-tuning runbook, Mistral-7B and Llama-3-8B (full FT, ZeRO, LoRA, QLoRA, activations) ----
f = "en_01"
M7, L8 = "mistral-7b", "llama3-8b"
LORA_ATT = lora(32, 16, [(4096, 4096), (4096, 1024), (4096, 1024), (4096, 4096)])
LORA_ALL = lora(32, 16, [(4096, 4096), (4096, 1024), (4096, 1024), (4096, 4096),
                         (4096, 14336), (4096, 14336), (14336, 4096)])
TOK01 = 52_000 * 612
claim(f, "7241732096", "params", "params", N[M7], H)
claim(f, "8030261248", "params", "params", N[L8], H)
claim(f, "~116 GB", "training", "GB", 16 * N[M7], H, hedged=True)
claim(f, "13.6M", "params", "M", LORA_ATT, H, anchor="trains **13.6M** parameters")
claim(f, "0.38 %", "percentage", "%", 100 * LORA_ATT / N[M7], X, "off_2x", note="13.6M / 7.24B = 0.19 %")
claim(f, "~3.7 GB", "weights", "GB", N[M7] * NF4 / 8, H, hedged=True)
claim(f, "104 GB", "activations", "GB", act(M7, 4096, 1), H)
claim(f, "about 1 GB", "activations", "GB", act(M7, 4096, 1, "full"), H, hedged=True)
claim(f, "7,241,732,096", "params", "params", N[M7], H)
claim(f, "14.48 GB", "weights", "GB", W(M7, "bf16"), H)
claim(f, "14.48 GiB", "weights", "GiB", W(M7, "bf16"), X, "gb_as_gib", note="14.48 GB = 13.49 GiB")
claim(f, "16.06 GB", "weights", "GB", W(L8, "bf16"), H, anchor="Llama-3-8B in bf16 is 16.06 GB")
claim(f, "16 bytes", "arithmetic", "bytes", 2 + 2 + 12, H, anchor="2 + 2 + 12 = 16 bytes")
claim(f, "14.5 GB", "weights", "GB", W(M7, "bf16"), H, anchor="| bf16 weights only (inference)")
claim(f, "16.1 GB", "weights", "GB", W(L8, "bf16"), H, anchor="| bf16 weights only (inference)")
claim(f, "115.9 GB", "training", "GB", 16 * N[M7], H, anchor="| full FT, AdamW (ZeRO accounting)")
claim(f, "128.5 GB", "training", "GB", 16 * N[L8], H, anchor="| full FT, AdamW (ZeRO accounting)")
claim(f, "65.2 GB", "training", "GB", 18 * N[M7], X, "off_2x", note="18 B/param x 7.24B = 130.4 GB")
claim(f, "72.3 GB", "training", "GB", 18 * N[L8], X, "off_2x", note="18 B/param x 8.03B = 144.5 GB")
claim(f, "43.4 GB", "training", "GB", 12 * N[M7], X, "off_2x", note="12 B/param x 7.24B = 86.9 GB")
claim(f, "96.4 GB", "training", "GB", 12 * N[L8], H)
claim(f, "115.9 GB", "training", "GB", 16 * N[M7], H, anchor="ZeRO-3 over our 4 cards")
claim(f, "29 GB", "training", "GB", zero(N[M7], 4, 3), H, anchor="ZeRO-3 over our 4 cards")
claim(f, "39.8 GB", "training", "GB", zero(N[M7], 4, 2), H, hedged=True)
claim(f, "29 GB", "training", "GB", zero(N[M7], 4, 0), X, "per_gpu", anchor="Plain DDP shards nothing",
      note="DDP keeps all 16 B/param on every card: 115.9 GB")
claim(f, "32.1 GB", "training", "GB", zero(N[L8], 4, 3), H, anchor="with ZeRO-3 on the same four cards")
claim(f, "128.5 GB", "training", "GB", zero(N[L8], 4, 1), X, "per_gpu", anchor="with ZeRO-1 it is 128.5 GB", note="ZeRO-1 over 4: 4N + 12N/4 = 56.2 GB per GPU; 128.5 GB is the unsharded state")
claim(f, "32.1 GB", "training", "GB", zero(N[L8], 8, 3), X, "off_2x", anchor="ZeRO-3 over 8 cards",
      note="16 x 8.03B / 8 = 16.1 GB per GPU")
claim(f, "425,984", "params", "params", LORA_ATT / 32, H)
claim(f, "13,631,488", "params", "params", LORA_ATT, H)
claim(f, "0.188 %", "percentage", "%", 100 * LORA_ATT / N[M7], H)
claim(f, "7.24B", "params", "B", N[M7], H, anchor="0.188 % of the 7.24B base")
claim(f, "1,310,720", "params", "params", LORA_ALL / 32, H)
claim(f, "41.9M", "params", "M", LORA_ALL, H, anchor="41.9M in total")
claim(f, "0.58 %", "percentage", "%", 100 * LORA_ALL / N[M7], H)
claim(f, "54.5M", "params", "M", 4 * LORA_ATT, H)
claim(f, "3.4M", "params", "M", LORA_ATT / 2, X, "off_2x", note="r=8 halves 13.6M to 6.8M")
claim(f, "671 MB", "training", "MB", 16 * LORA_ALL, H, hedged=True)
claim(f, "41.9 MB", "weights", "MB", 2 * LORA_ALL, X, "wrong_dtype", note="bf16 2 B/param: 83.9 MB")
claim(f, "167.8 MB", "weights", "MB", 4 * LORA_ALL, H)
claim(f, "29 GB", "weights", "GB", W(M7, "bf16"), X, "wrong_dtype", anchor="merged model is a full",
      note="bf16 14.5 GB; 29 GB is fp32")
claim(f, "3.74 GB", "weights", "GB", N[M7] * NF4 / 8, H)
claim(f, "4.07 GiB", "weights", "GiB", N[M7] * NF4_PLAIN / 8, X, "gb_as_gib", note="4.07 GB = 3.79 GiB")
claim(f, "27.3 MB", "weights", "MB", 2 * LORA_ATT, H, anchor="| LoRA adapters, r=16")
claim(f, "163.6 MB", "training", "MB", 12 * LORA_ATT, H)
claim(f, "1.07 GB", "activations", "GB", act(M7, 4096, 1, "full"), H, anchor="| activations, 4K tokens")
claim(f, "≈ 5 GB", "arithmetic", "GB", N[M7] * NF4 / 8 + 14 * LORA_ATT + act(M7, 4096, 1, "full"), H, hedged=True, anchor="**≈ 5 GB**")
claim(f, "0.373 bits", "arithmetic", "bits", NF4_PLAIN - NF4, H)
claim(f, "338 MB", "weights", "MB", N[M7] * (NF4_PLAIN - NF4) / 8, H)
claim(f, "7.2 GB", "weights", "GB", W(M7, "int4"), X, "wrong_dtype", note="a quarter of bf16 is 3.6 GB; 7.2 GB is int8")
claim(f, "2 GB", "weights", "GB", N[L8] * NF4 / 8, X, "off_2x", anchor="should fit in 2 GB", note="NF4+DQ 4.14 GB")
claim(f, "8.03B", "params", "B", N[L8], H)
claim(f, "4.5 GB", "weights", "GB", N[L8] * NF4_PLAIN / 8, H, anchor="Same base without double quant")
claim(f, "3.25 GB", "activations", "GB", act(M7, 4096, 1) / 32, H)
claim(f, "104.2 GB", "activations", "GB", act(M7, 4096, 1), H, anchor="1. No recomputation")
claim(f, "570 MB", "activations", "MB", act(M7, 4096, 1, "flash") / 32, H)
claim(f, "9.1 GB", "activations", "GB", act(M7, 4096, 1, "flash"), X, "off_2x", note="34 s h x 32 layers = 18.25 GB")
claim(f, "33.6 MiB", "activations", "MiB", act(M7, 4096, 1, "full") / 32, X, "gb_as_gib", note="33.6 MB = 32 MiB")
claim(f, "1.07 GB", "activations", "GB", act(M7, 4096, 1, "full"), H, anchor="3. Full recomputation")
claim(f, "1 GiB", "activations", "GiB", act(M7, 4096, 1, "full"), H, anchor="exactly 1 GiB")
claim(f, "36.5 GB", "activations", "GB", act(M7, 4096, 4, "flash"), X, "off_2x", note="4 x 18.25 GB = 73.0 GB")
claim(f, "4.3 GB", "activations", "GB", act(M7, 8192, 1, "full"), X, "off_2x", note="2 s h L at 8K = 2.15 GB")
claim(f, "31.8M tokens", "tokens", "M tokens", TOK01, H)
claim(f, "1.38e18", "flops", "FLOP", 6 * N[M7] * TOK01, H)
claim(f, "about 46 minutes", "time", "min", 6 * N[M7] * TOK01 / (0.4 * 312e12 * 4), H, hedged=True)
claim(f, "9.2e17", "flops", "FLOP", 4 * N[M7] * TOK01, H)
claim(f, "about 9.2 GPU-hours", "time", "GPU-hours", 3 * 6 * N[M7] * TOK01 / (0.4 * 312e12) / 3600, H, hedged=True)
claim(f, "about 1.5 hours", "time", "hours", 3 * 4 * N[M7] * TOK01 / (0.4 * 312e12), X, "off_2x", hedged=True,
      note="3 x 9.2e17 / (0.4 x 312 TFLOPS) = 6.2 h")
claim(f, "115.9 GB", "training", "GB", 16 * N[M7], H, anchor="- Full FT: 16 bytes/param")
claim(f, "128.5 GB", "training", "GB", 16 * N[L8], H, anchor="- Full FT: 16 bytes/param")
claim(f, "29 GB", "training", "GB", zero(N[M7], 4, 3), H, anchor="- Full FT: 16 bytes/param")
claim(f, "64.2 GB", "training", "GB", zero(N[L8], 4, 3), X, "off_2x", anchor="- Full FT: 16 bytes/param", note="ZeRO-3 over 4: 32.1 GB per card")
claim(f, "54.5 MB", "weights", "MB", 2 * LORA_ATT, X, "wrong_dtype", anchor="- LoRA r=16 attention", note="bf16 adapter 27.3 MB; 54.5 MB is fp32")
claim(f, "104.2 GB", "activations", "GB", act(M7, 4096, 1), H, anchor="- Always checkpoint")
claim(f, "1.07 GiB", "activations", "GiB", act(M7, 4096, 1, "full"), X, "gb_as_gib", anchor="- Always checkpoint", note="1.07 GB = 1.00 GiB")
non(f, "created: 2026-10-02", "date")
non(f, "ticket: MLP-482", "ticket number")
non(f, "https://arxiv.org/abs/2305.14314", "URL with arXiv id")
non(f, "dropout: 0.05", "hyper-parameter")
non(f, "Korthikanti et al. (2022)", "LaTeX formula with free variables, year")
non(f, "accelerate launch --num_processes 4", "command line, seed")
non(f, "run `ft-mistral-017`", "date, hyper-parameters, loss")
non(f, "`ql-011` finished in 7 h 12 min", "date, measured wall clock, win-rate")
non(f, "Booking: 4 × $1.79", "price arithmetic")

# ---- en_02: speculative decoding, Llama-3.1-70B fp8 target (TP=2) + Llama-3.2-1B bf16 draft ------
f = "en_02"
L70, D1, L8 = "llama3-70b", "llama3.2-1b", "llama3-8b"
ACC = (1 - 0.7 ** 5) / (1 - 0.7)                       # expected tokens per verification step
T_TGT = W(L70, "fp8") / 2 / H100_BW                    # one card's share read per step
T_DR = W(D1, "bf16") / H100_BW
SPEC = ACC / (T_TGT + 4 * T_DR)
SPEC8 = ACC / (T_TGT + 4 * W(L8, "bf16") / H100_BW)
claim(f, "1235814400", "params", "params", N[D1], H)
claim(f, "2.47 GB", "weights", "GB", W(D1, "bf16"), H, anchor="> Llama-3.2-1B as the draft costs")
claim(f, "32 KiB", "kv_cache_per_token", "KiB", KVT(D1), H, anchor="> Llama-3.2-1B as the draft costs")
claim(f, "35.3 GB", "weights", "GB", W(L70, "fp8") / 2, H, anchor="> Llama-3.2-1B as the draft costs")
claim(f, "83.2 GiB", "arithmetic", "GiB", W(L70, "fp8") / 2 + KV(L70, 8192, 32) / 2 + W(D1, "bf16") + KV(D1, 8192, 32), H,
      anchor="Batch 32 at 8K does **not** fit")
claim(f, "71.2 GiB", "arithmetic", "GiB", W(L70, "fp8") / 2 + KV(L70, 8192, 24) / 2 + W(D1, "bf16") + KV(D1, 8192, 24), H,
      anchor="Batch 32 at 8K does **not** fit")
claim(f, "≈ 2.2×", "ratio", "×", SPEC / (1 / T_TGT), H, hedged=True)
claim(f, "70,553,706,496", "params", "params", N[L70], H)
claim(f, "70.6 GB", "weights", "GB", W(L70, "fp8"), H, anchor="70,553,706,496 parameters")
claim(f, "35.3 GB", "weights", "GB", W(L70, "fp8") / 2, H, anchor="70,553,706,496 parameters")
claim(f, "32.85 GiB", "weights", "GiB", W(L70, "fp8") / 2, H, anchor="70,553,706,496 parameters")
claim(f, "1,235,814,400", "params", "params", N[D1], H)
claim(f, "2.47 GB", "weights", "GB", W(D1, "bf16"), H, anchor="gives 1,235,814,400 parameters")
claim(f, "2.47 GiB", "weights", "GiB", W(D1, "bf16"), X, "gb_as_gib", anchor="gives 1,235,814,400 parameters", note="2.47 GB = 2.30 GiB")
claim(f, "262,668,288", "params", "params", 128256 * 2048, H)
claim(f, "42.5 %", "percentage", "%", 100 * 128256 * 2048 / N[D1], X, "off_2x", note="262.7M / 1.236B = 21.3 %")
claim(f, "57×", "ratio", "×", N[L70] / N[D1], H)
claim(f, "3.5 %", "percentage", "%", 100 * W(D1, "bf16") / W(L70, "fp8"), H)
claim(f, "2.47 GB", "weights", "GB", W(D1, "bf16"), H, anchor="each card carries the full 2.47 GB")
claim(f, "4.94 GB", "weights", "GB", 2 * W(D1, "bf16"), H)
claim(f, "0.62 GB", "weights", "GB", W(D1, "int4"), H)
claim(f, "1.85 GB", "arithmetic", "GB", W(D1, "bf16") - W(D1, "int4"), H)
claim(f, "under 100 MB", "weights", "MB", W(D1, "bf16"), X, "off_2x", bound="upper", quoted=True,
      note="the bf16 draft is 2.47 GB per card")
claim(f, "about 1.24 GB", "weights", "GB", W(D1, "bf16"), X, "wrong_dtype", hedged=True, quoted=True,
      note="1.24 GB is 1 byte/param; bf16 2.47 GB")
claim(f, "20 GiB", "kv_cache_total", "GiB", KV(L70, 8192, 32), X, "off_2x", anchor="For batch 32 at 8K the 70B needs",
      quoted=True, note="32 x 8K x 320 KiB = 80 GiB")
claim(f, "320 KiB", "kv_cache_per_token", "KiB", KVT(L70), H, anchor="| Llama-3.1-70B | 80 | 8 | 128 |")
claim(f, "128 KiB", "kv_cache_per_token", "KiB", KVT(D1), X, "off_2x", anchor="| Llama-3.2-1B | 16 | 8 | 64 |",
      note="2 x 16 x 8 x 64 x 2 B = 32 KiB")
claim(f, "128 KiB", "kv_cache_per_token", "KiB", KVT(L8), H, anchor="| Llama-3.1-8B (alt. draft)")
claim(f, "2.5 GB", "kv_cache_total", "GB", KV(L70, 8192), X, "gib_as_gb", anchor="One 8K sequence of the target",
      note="8K x 320 KiB = 2.5 GiB = 2.68 GB")
claim(f, "256 MiB", "kv_cache_total", "MiB", KV(D1, 8192), H)
claim(f, "80 GiB", "kv_cache_total", "GiB", KV(L70, 8192, 32), H, anchor="- Batch 32 × 8192 tokens")
claim(f, "40 GiB", "kv_cache_total", "GiB", KV(L70, 8192, 32) / 2, H, anchor="- Batch 32 × 8192 tokens")
claim(f, "8 GiB", "kv_cache_total", "GiB", KV(D1, 8192, 32), H, anchor="The draft's cache for the same batch is 8 GiB")
claim(f, "40 GiB", "kv_cache_total", "GiB", KV(L70, 8192, 32, 1), H, anchor="With an fp8 KV cache the target")
claim(f, "40 GiB", "kv_cache_total", "GiB", KV(L70, 8192, 32, 1) / 2, X, "per_gpu", anchor="With an fp8 KV cache the target",
      occ=2, note="per card under TP=2: 20 GiB")
claim(f, "32.85 GiB", "weights", "GiB", W(L70, "fp8") / 2, H, anchor="| target weights (fp8, TP=2)", occ=1)
claim(f, "32.85 GiB", "weights", "GiB", W(L70, "fp8") / 2, H, anchor="| target weights (fp8, TP=2)", occ=2)
claim(f, "40 GiB", "kv_cache_total", "GiB", KV(L70, 8192, 32) / 2, H, anchor="| target KV |")
claim(f, "30 GiB", "kv_cache_total", "GiB", KV(L70, 8192, 24) / 2, H, anchor="| target KV |")
claim(f, "2.30 GiB", "weights", "GiB", W(D1, "bf16"), H, anchor="| draft weights |", occ=1)
claim(f, "2.30 GiB", "weights", "GiB", W(D1, "bf16"), H, anchor="| draft weights |", occ=2)
claim(f, "8 GiB", "kv_cache_total", "GiB", KV(D1, 8192, 32), H, anchor="| draft KV |")
claim(f, "12 GiB", "kv_cache_total", "GiB", KV(D1, 8192, 24), X, "off_2x", anchor="| draft KV |", note="24 x 8K x 32 KiB = 6 GiB")
claim(f, "83.2 GiB", "arithmetic", "GiB", W(L70, "fp8") / 2 + KV(L70, 8192, 32) / 2 + W(D1, "bf16") + KV(D1, 8192, 32), H,
      anchor="| **total** |")
claim(f, "71.2 GiB", "arithmetic", "GiB", W(L70, "fp8") / 2 + KV(L70, 8192, 24) / 2 + W(D1, "bf16") + KV(D1, 8192, 24), H,
      anchor="| **total** |")
claim(f, "2.77", "arithmetic", "×", ACC, H, anchor="tokens_per_step = (1 - alpha")
claim(f, "21 ms", "time", "ms", T_TGT, X, "off_2x", note="35.28 GB / 3.35 TB/s = 10.5 ms")
claim(f, "0.74 ms", "time", "ms", T_DR, H)
claim(f, "13.5 ms", "time", "ms", T_TGT + 4 * T_DR, H)
claim(f, "206 tokens/s", "throughput", "tok/s", SPEC, H, anchor="# 206 tokens/s")
claim(f, "≈ 95 tokens/s", "throughput", "tok/s", 1 / T_TGT, H, hedged=True)
claim(f, "≈ 206 tokens/s", "throughput", "tok/s", SPEC, H, hedged=True)
claim(f, "2.2×", "ratio", "×", SPEC * T_TGT, H, anchor="a 2.2× gain")
claim(f, "2,710 tokens/s", "throughput", "tok/s", 1 / T_DR, X, "off_2x", note="3.35 TB/s / 2.47 GB = 1,355 tokens/s")
claim(f, "9.9 GB", "arithmetic", "GB", 4 * W(D1, "bf16"), H)
claim(f, "56 %", "percentage", "%", 100 * 4 * W(D1, "bf16") / (W(L70, "fp8") / 2), X, "off_2x", note="9.9 / 35.3 = 28 %")
claim(f, "≈ 90", "arithmetic", "×", 500 / ACC, X, "off_2x", hedged=True, note="500 / 2.77 = 180 steps")
claim(f, "5.3 s", "time", "s", 500 * T_TGT, H)
claim(f, "about 2.4 s", "time", "s", 500 / SPEC, H, hedged=True)
claim(f, "16.06 GB", "weights", "GB", W(L8, "bf16"), H)
claim(f, "about 190 tokens/s", "throughput", "tok/s", SPEC8, X, "off_2x", hedged=True,
      note="10.5 ms + 4 x 4.8 ms per step: 93 tokens/s, slower than no draft")
claim(f, "4×", "ratio", "×", KVT(L8) / KVT(D1), H, anchor="The 8B draft's cache is")
claim(f, "128 KiB", "kv_cache_total", "KiB", KV(L8, 8192), X, "wrong_kind", anchor="The 8B draft's cache is", note="per-token figure given per 8K sequence: 1 GiB")
claim(f, "70.6 GB", "weights", "GB", W(L70, "fp8"), H, anchor="- Target: 70.6 GB fp8 total")
claim(f, "65.7 GiB", "weights", "GiB", W(L70, "fp8"), H)
claim(f, "35.3 GB", "weights", "GB", W(L70, "fp8") / 2, H, anchor="- Target: 70.6 GB fp8 total")
claim(f, "1.24 GB", "weights", "GB", W(D1, "bf16"), X, "wrong_dtype", anchor="- Target: 70.6 GB fp8 total", note="bf16 2.47 GB; 1.24 GB is 1 byte/param")
claim(f, "60 GiB", "kv_cache_total", "GiB", KV(L70, 8192, 24) / 2, X, "per_gpu", anchor="- KV at batch 24 × 8K", note="60 GiB is the TP=2 total; 30 GiB per card")
claim(f, "6 GiB", "kv_cache_total", "GiB", KV(D1, 8192, 24), H, anchor="- KV at batch 24 × 8K")
non(f, "created: 2026-11-04", "date")
non(f, "engine: vllm 0.11.2", "version")
non(f, "assumed_acceptance: 0.7", "probability")
non(f, "https://arxiv.org/abs/2211.17192", "URL with arXiv id")
non(f, "With acceptance rate $\\alpha = 0.7$", "LaTeX with free variables, probability")
non(f, "41.3 ms → 19.6 ms per token", "measured latency, acceptance")
non(f, "p50 TTFT 412 ms", "measured latency, job id")
non(f, "Power: 2 × 690 W", "power draw")
non(f, "## Measurements (2026-11-28)", "date heading")

claim(f, "14.1 TB/s", "bandwidth", "TB/s", 200 * W(L70, "fp8") / 2, X, "off_2x", note="200 x 35.3 GB = 7.06 TB/s")

claim(f, "~8 GiB", "arithmetic", "GiB", 79.6 * GIB - (W(L70, "fp8") / 2 + KV(L70, 8192, 24) / 2 + W(D1, "bf16") + KV(D1, 8192, 24)), H,
      hedged=True, anchor="batch 24 leaves ~8 GiB")
claim(f, "95", "throughput", "tok/s", 1 / T_TGT, H, anchor="- Ceiling 95 →")
claim(f, "~206 tokens/s", "throughput", "tok/s", SPEC, H, hedged=True, anchor="- Ceiling 95 →")

# ---- en_03: on-device int4 (Llama 3.2 1B/3B, Gemma 2 2B, Phi-3-mini, Qwen2.5-0.5B), configs in properties ----
f = "en_03"
Q05, D1, D3, G2, P3 = "qwen2.5-0.5b", "llama3.2-1b", "llama3.2-3b", "gemma2-2b", "phi3-mini"
PH_BW = 76.8e9
claim(f, "1235814400", "params", "params", N[D1], H)
claim(f, "3212749824", "params", "params", N[D3], H)
claim(f, "2614341888", "params", "params", N[G2], H)
claim(f, "3821079552", "params", "params", N[P3], H)
claim(f, "494032768", "params", "params", N[Q05], H)
claim(f, "about 22 %", "percentage", "%", 100 * (BPW["Q4_K_M"] / 4 - 1), H, hedged=True)
claim(f, "494M", "params", "M", N[Q05], H)
claim(f, "494 MB", "weights", "MB", W(Q05, "bf16"), X, "wrong_dtype", note="bf16 988 MB; 494 MB is int8")
claim(f, "0.25 GB", "weights", "GB", W(Q05, "int4"), H)
claim(f, "1.24B", "params", "B", N[D1], H)
claim(f, "2.47 GB", "weights", "GB", W(D1, "bf16"), H)
claim(f, "1.24 GB", "weights", "GB", W(D1, "int4"), X, "wrong_dtype", note="int4 0.62 GB; 1.24 GB is int8")
claim(f, "0.76 GB", "quantized_file", "GB", GG(D1, "Q4_K_M"), H, rel=0.02, anchor="| Llama 3.2 1B |")
claim(f, "2.61B", "params", "B", N[G2], H)
claim(f, "5.23 GB", "weights", "GB", W(G2, "bf16"), H)
claim(f, "2.6 GB", "weights", "GB", W(G2, "int4"), X, "wrong_dtype", note="int4 1.31 GB; 2.6 GB is int8")
claim(f, "1.60 GB", "quantized_file", "GB", GG(G2, "Q4_K_M"), H, rel=0.02, anchor="| Gemma 2 2B |")
claim(f, "3.21B", "params", "B", N[D3], H)
claim(f, "12.85 GB", "weights", "GB", W(D3, "bf16"), X, "wrong_dtype", note="bf16 6.43 GB; 12.85 GB is fp32")
claim(f, "1.61 GB", "weights", "GB", W(D3, "int4"), H, anchor="| Llama 3.2 3B |")
claim(f, "1.97 GB", "quantized_file", "GB", GG(D3, "Q4_K_M"), H, rel=0.02, anchor="| Llama 3.2 3B |")
claim(f, "3.82B", "params", "B", N[P3], H)
claim(f, "7.64 GB", "weights", "GB", W(P3, "bf16"), H)
claim(f, "3.82 GB", "weights", "GB", W(P3, "int4"), X, "wrong_dtype", note="int4 1.91 GB; 3.82 GB is int8")
claim(f, "2.34 GB", "quantized_file", "GB", GG(P3, "Q4_K_M"), H, rel=0.02, anchor="| Phi-3-mini |")
claim(f, "3.33 GB", "quantized_file", "GB", sum(GG(m, "Q4_K_M") for m in (D1, D3, G2, P3)), X, "off_2x", rel=0.02, note="0.76 + 1.97 + 1.60 + 2.34 = 6.66 GB")
claim(f, "589.8M", "params", "M", 256000 * 2304, H)
claim(f, "11.3 %", "percentage", "%", 100 * 256000 * 2304 / N[G2], X, "off_2x", note="589.8M / 2.61B = 22.6 %")
claim(f, "12.8 GB", "weights", "GB", 3.2e9 * 0.5, X, "off_2x", note="3.2B x 4 bits = 1.6 GB; bits read as bytes")
claim(f, "75 %", "percentage", "%", 100 * (1 - 0.5 / 2), H)
claim(f, "69 %", "percentage", "%", 100 * (1 - BPW["Q4_K_M"] / 16), H)
claim(f, "1.83 GiB", "quantized_file", "GiB", GG(D3, "Q4_K_M"), H, rel=0.02)
claim(f, "12 KiB", "kv_cache_per_token", "KiB", KVT(Q05), H, anchor="= 12 KiB per token")
claim(f, "32 KiB", "kv_cache_per_token", "KiB", KVT(D1), H)
claim(f, "128 MB", "kv_cache_total", "MB", KV(D1, 4096), X, "gib_as_gb", note="128 MiB = 134 MB")
claim(f, "112 KiB", "kv_cache_per_token", "KiB", KVT(D3), H)
claim(f, "448 MiB", "kv_cache_total", "MiB", KV(D3, 4096), H, anchor="- Llama 3.2 3B: 112 KiB per token")
claim(f, "448 MiB", "kv_cache_total", "MiB", KV(D3, 8192), X, "off_2x", anchor="- Llama 3.2 3B: 112 KiB per token",
      occ=2, note="8K x 112 KiB = 896 MiB")
claim(f, "104 KiB", "kv_cache_per_token", "KiB", KVT(G2), H)
claim(f, "416 MiB", "kv_cache_total", "MiB", KV(G2, 4096), H, anchor="- Gemma 2 2B: 104 KiB per token")
claim(f, "624 MiB", "kv_cache_total", "MiB", KVT((13, 4, 256)) * (8192 + 4096), H)
claim(f, "832 MiB", "kv_cache_total", "MiB", KV(G2, 8192), H, anchor="instead of 832 MiB")
claim(f, "96 KiB", "kv_cache_per_token", "KiB", KVT(P3), X, "off_2x", note="MHA: 2 x 32 x 32 x 96 x 2 B = 384 KiB")
claim(f, "1.5 GB", "kv_cache_total", "GB", KV(P3, 4096), X, "gib_as_gb", note="4K x 384 KiB = 1.5 GiB = 1.61 GB")
claim(f, "3.4×", "ratio", "×", KVT(P3) / KVT(D3), H)
claim(f, "2.34 GB", "quantized_file", "GB", GG(P3, "Q4_K_M"), H, rel=0.02, anchor="At 4K: 2.34 GB of weights")
claim(f, "1.61 GB", "kv_cache_total", "GB", KV(P3, 4096), H, anchor="At 4K: 2.34 GB of weights")
claim(f, "≈ 3.95 GB", "arithmetic", "GB", GG(P3, "Q4_K_M") + KV(P3, 4096), H, hedged=True)
claim(f, "248 tokens/s", "throughput", "tok/s", PH_BW / W(D1, "int4"), X, "off_2x", note="76.8 GB/s / 0.62 GB = 124 tokens/s")
claim(f, "39 tokens/s", "throughput", "tok/s", PH_BW / GG(D3, "Q4_K_M"), H, anchor="- Llama 3.2 3B, Q4_K_M: 39")
claim(f, "96 tokens/s", "throughput", "tok/s", PH_BW / GG(G2, "Q4_K_M"), X, "off_2x", anchor="- Gemma 2 2B, Q4_K_M: 96", note="76.8 GB/s / 1.60 GB = 48 tokens/s")
claim(f, "about 33 tokens/s", "throughput", "tok/s", PH_BW / GG(P3, "Q4_K_M"), H, hedged=True)
claim(f, "1.97 GB", "quantized_file", "GB", GG(D3, "Q4_K_M"), H, rel=0.02, anchor="- **Ship Llama 3.2 3B Q4_K_M**")
claim(f, "448 MB", "kv_cache_total", "MB", KV(D3, 4096), X, "gib_as_gb", anchor="- **Ship Llama 3.2 3B Q4_K_M**", note="448 MiB = 470 MB")
claim(f, "1.51 GB", "quantized_file", "GB", GG(D1, "Q4_K_M"), X, "off_2x", rel=0.02, anchor="- **Ship Llama 3.2 3B Q4_K_M**", note="Q4_K_M 1B: 0.76 GB")
claim(f, "1.60 GB", "quantized_file", "GB", GG(G2, "Q4_K_M"), H, rel=0.02, anchor="- Gemma 2 2B is fine too")
claim(f, "832 MiB", "kv_cache_total", "MiB", KV(G2, 4096), X, "off_2x", anchor="- Gemma 2 2B is fine too", note="4K x 104 KiB = 416 MiB")
claim(f, "1.5 GiB", "kv_cache_total", "GiB", KV(P3, 4096), H, anchor="- Gemma 2 2B is fine too")
claim(f, "~39 tokens/s", "throughput", "tok/s", PH_BW / GG(D3, "Q4_K_M"), H, hedged=True)
claim(f, "~124 tokens/s", "throughput", "tok/s", PH_BW / W(D1, "int4"), H, hedged=True)
non(f, "created: 2026-09-14", "date")
non(f, "runtime: llama.cpp b4312 via JNI", "version/build")
non(f, "android: 15", "version")
non(f, "thermal throttling after ~90 s", "measured share of the ceiling, time")
non(f, "## Measured (2026-10-21, llama-bench, 4 threads)", "date, thread count")
non(f, "| Llama 3.2 1B Q4_K_M | 212.4 | 51.7 |", "measured speed, battery, temperature")
non(f, "| Llama 3.2 3B Q4_K_M | 71.9 | 17.2 |", "measured speed, battery, temperature")
non(f, "Power at the wall during tg128", "power draw")

claim(f, "about 118 GB/s", "bandwidth", "GB/s", 60 * GG(D3, "Q4_K_M"), H, hedged=True)

# ---- en_04: batch inference cost sheet, Llama-3-8B bf16 on H100 vs Mistral-7B fp8 on L40S ---------
f = "en_04"
L8, M7 = "llama3-8b", "mistral-7b"
TIN, TOUT = 2.4e6 * 1800, 2.4e6 * 250
KV_LIVE_A = KV(L8, 1925, 64)
STEP_A = W(L8, "bf16") + KV_LIVE_A
TPS_A = 64 * H100_BW / STEP_A
TPS_B = 32 * 864e9 / (W(M7, "fp8") + KV(M7, 1925, 32))
PRE_A = 2 * N[L8] * TIN / (0.5 * 989e12) / 3600
PRE_B = 2 * N[M7] * TIN / (0.5 * 362e12) / 3600
DEC_A, DEC_B = TOUT / TPS_A / 3600, TOUT / TPS_B / 3600
claim(f, "4.32 billion tokens", "tokens", "billion", TIN, H)
claim(f, "60 million tokens", "tokens", "million", TOUT, X, "off_2x", note="2.4M x 250 = 600 million")
claim(f, "4.92 billion tokens", "tokens", "billion", TIN + TOUT, H)
claim(f, "16.06 GiB", "weights", "GiB", W(L8, "bf16"), X, "gb_as_gib", note="16.06 GB = 14.96 GiB")
claim(f, "128 KiB", "kv_cache_per_token", "KiB", KVT(L8), H, anchor="KV cache is 128 KiB per token")
claim(f, "256.25 MB", "kv_cache_total", "MB", KV(L8, 2050), X, "gib_as_gb", note="2050 x 128 KiB = 256.25 MiB = 268.7 MB")
claim(f, "16 GiB", "kv_cache_total", "GiB", KV(L8, 2050, 64), H)
claim(f, "≈ 66 GB", "arithmetic", "GB", W(L8, "bf16") + KV(L8, 2050, 64), X, "off_2x", hedged=True, note="16.06 GB + 17.2 GB = 33.2 GB")
claim(f, "about 228 sequences", "arithmetic", "sequences", (0.9 * 80 * GIB - W(L8, "bf16")) / KV(L8, 2050), H, hedged=True)
claim(f, "8.03e9", "params", "params", N[L8], H, anchor="2 × 8.03e9 × 4.32e9")
claim(f, "4.32e9", "tokens", "tokens", TIN, H, anchor="2 × 8.03e9 × 4.32e9")
claim(f, "6.94e19", "flops", "FLOP", 2 * N[L8] * TIN, H, anchor="2 × 8.03e9 × 4.32e9")
claim(f, "39 GPU-hours", "time", "GPU-hours", PRE_A, H)
claim(f, "16.1 GiB", "kv_cache_total", "GiB", KV_LIVE_A, X, "gb_as_gib", note="16.1 GB = 15.0 GiB")
claim(f, "32.2 GB", "arithmetic", "GB", STEP_A, H, anchor="32.2 GB per step")
claim(f, "104", "throughput", "×", H100_BW / STEP_A, H, anchor="\\approx 104\\ \\text{steps/s}", occ=1)
claim(f, "6660", "throughput", "tok/s", TPS_A, H, hedged=True)
claim(f, "≈ 90,000 s", "time", "s", TOUT / TPS_A, H, hedged=True)
claim(f, "≈ 25 GPU-hours", "time", "GPU-hours", DEC_A, H, hedged=True)
claim(f, "9.6e17", "flops", "FLOP", 2 * N[L8] * TOUT, X, "off_2x", note="2 x 8.03e9 x 6e8 = 9.6e18")
claim(f, "about 64 GPU-hours", "time", "GPU-hours", PRE_A + DEC_A, H, hedged=True)
claim(f, "14.5 GB", "weights", "GB", W(M7, "fp8"), X, "wrong_dtype", anchor="- Weights in fp8: 14.5 GB", note="fp8 7.24 GB; 14.5 GB is bf16")
claim(f, "8 GiB", "kv_cache_total", "GiB", KV(M7, 2050, 16), X, "off_2x", note="16 x 2050 x 128 KiB = 4 GiB")
claim(f, "128 KiB", "kv_cache_per_token", "KiB", KVT(M7), H, anchor="Mistral also has 8 KV heads")
claim(f, "7.24 GB", "weights", "GB", W(M7, "fp8"), H, anchor="- Batch 32 decode")
claim(f, "8.07 GB", "kv_cache_total", "GB", KV(M7, 1925, 32), H)
claim(f, "≈ 1,805 tokens/s", "throughput", "tok/s", TPS_B, H, hedged=True)
claim(f, "≈ 46 GPU-hours", "time", "GPU-hours", DEC_B, X, "off_2x", hedged=True, note="600M / 1,805 tokens/s = 92 GPU-hours")
claim(f, "≈ 48 GPU-hours", "time", "GPU-hours", PRE_B, X, "off_2x", hedged=True, note="6.26e19 / 181 TFLOPS = 96 GPU-hours")
claim(f, "≈ 120 tokens/s", "throughput", "tok/s", 864e9 / W(M7, "bf16"), X, "off_2x", hedged=True, note="864 / 14.5 = 60 tokens/s")
claim(f, "about 188 GPU-hours", "time", "GPU-hours", PRE_B + DEC_B, H, hedged=True, anchor="**Total option B")
claim(f, "16.06 GB", "weights", "GB", W(L8, "bf16"), H, anchor="| weights | 16.06 GB")
claim(f, "14.48 GB", "weights", "GB", W(M7, "fp8"), X, "wrong_dtype", anchor="| weights | 16.06 GB", note="fp8 7.24 GB; 14.48 GB is bf16")
claim(f, "128 KiB", "kv_cache_per_token", "KiB", KVT(L8), H, anchor="| KV per token |", occ=1)
claim(f, "128 KiB", "kv_cache_per_token", "KiB", KVT(M7), H, anchor="| KV per token |", occ=2)
claim(f, "39", "time", "GPU-hours", PRE_A, H, anchor="| prefill GPU-h |")
claim(f, "48", "time", "GPU-hours", PRE_B, X, "off_2x", anchor="| prefill GPU-h |", note="2 x 7.24e9 x 4.32e9 / 181 TFLOPS = 96 GPU-hours")
claim(f, "50", "time", "GPU-hours", DEC_A, X, "off_2x", anchor="| decode GPU-h |", note="600M / 6,660 tokens/s = 25 GPU-hours")
claim(f, "92", "time", "GPU-hours", DEC_B, H, anchor="| decode GPU-h |")
claim(f, "64", "time", "GPU-hours", PRE_A + DEC_A, H, anchor="| total GPU-h |")
claim(f, "94", "time", "GPU-hours", PRE_B + DEC_B, X, "off_2x", anchor="| total GPU-h |", note="96 + 92 = 188")
claim(f, "164 h", "time", "hours", 41 * 60 * 2.4e6 / 1e4, H)
claim(f, "4.32B", "tokens", "B", TIN, H, anchor="Option A: 4.32B input tokens")
claim(f, "6.94e18", "flops", "FLOP", 2 * N[L8] * TIN, X, "off_2x", anchor="Option A: 4.32B input tokens", note="2 x 8.03e9 x 4.32e9 = 6.94e19")
claim(f, "39 GPU-h", "time", "GPU-hours", PRE_A, H, anchor="Option A: 4.32B input tokens")
claim(f, "25 GPU-h", "time", "GPU-hours", DEC_A, H, anchor="Option A: 4.32B input tokens")
claim(f, "≈ 64 GPU-hours", "time", "GPU-hours", PRE_A + DEC_A, H, hedged=True, anchor="Option A: 4.32B input tokens")
claim(f, "about 188 GPU-hours", "time", "GPU-hours", PRE_B + DEC_B, H, hedged=True, anchor="Option B needs about 188")
non(f, "created: 2026-11-11", "date")
non(f, "jira: DATA-7731", "ticket number")
non(f, "price_usd_per_hour: 2.49", "price")
non(f, "price_usd_per_hour: 0.99", "price")
non(f, "prefill_mfu: 0.5", "assumption (utilisation)")
non(f, "Prices (on-demand, Nov 2026)", "price arithmetic, discount")
non(f, "draft-v3", "version")

claim(f, "156 steps/s", "throughput", "×", 10000 / 64, H, hedged=True)
claim(f, "≈ 5.0 TB/s", "bandwidth", "TB/s", 10000 / 64 * STEP_A, H, hedged=True)

# ---- en_05: 128K cache planning, MHA / GQA / MQA / MLA / sliding window; quoted chat answers ------
f = "en_05"
MLA_T = 61 * (512 + 64) * 2
C = 131072
claim(f, "512 KiB", "kv_cache_per_token", "KiB", KVT("llama2-7b"), H, anchor="| Llama-2-7B | MHA")
claim(f, "64 GiB", "kv_cache_total", "GiB", KV("llama2-7b", C), H, anchor="| Llama-2-7B | MHA")
claim(f, "128 KiB", "kv_cache_per_token", "KiB", KVT("llama3-8b"), H, anchor="| Llama-3-8B | GQA 4:1")
claim(f, "16 GiB", "kv_cache_total", "GiB", KV("llama3-8b", C), H, anchor="| Llama-3-8B | GQA 4:1")
claim(f, "56 KiB", "kv_cache_per_token", "KiB", KVT("qwen2.5-7b"), H)
claim(f, "7 GiB", "kv_cache_total", "GiB", KV("qwen2.5-7b", C), H, anchor="| Qwen2.5-7B | GQA 7:1")
claim(f, "8 KiB", "kv_cache_per_token", "KiB", KVT("falcon-7b"), H, anchor="| Falcon-7B | MQA")
claim(f, "1 GiB", "kv_cache_total", "GiB", KV("falcon-7b", C), H, anchor="| Falcon-7B | MQA")
claim(f, "128 KiB", "kv_cache_per_token", "KiB", KVT("mistral-7b"), H, anchor="| Mistral-7B | GQA + window")
claim(f, "512 MiB", "kv_cache_total", "MiB", KV("mistral-7b", 4096), H, anchor="| Mistral-7B | GQA + window")
claim(f, "68.6 KiB", "kv_cache_per_token", "KiB", MLA_T, H, anchor="| DeepSeek-V3 | MLA")
claim(f, "8.58 GB", "kv_cache_total", "GB", MLA_T * C, X, "gib_as_gb", anchor="| DeepSeek-V3 | MLA", note="8.58 GiB = 9.21 GB")
claim(f, "320 KiB", "kv_cache_per_token", "KiB", KVT("llama3-70b"), H, anchor="| Llama-3-70B | GQA 8:1")
claim(f, "80 GiB", "kv_cache_total", "GiB", KV("llama3-70b", C), X, "off_2x", anchor="| Llama-3-70B | GQA 8:1", note="128K x 320 KiB = 40 GiB")
claim(f, "8×", "ratio", "×", KVT("llama2-7b") / KVT("llama3-8b"), X, "off_2x", anchor="with 8 KV heads: 8× less", note="32 / 8 KV heads = 4x")
claim(f, "16×", "ratio", "×", KVT("llama3-8b") / KVT("falcon-7b"), H, anchor="- GQA (Llama-3-8B) → MQA")
claim(f, "70,272 bytes", "kv_cache_per_token", "bytes", MLA_T, H)
claim(f, "488 GiB", "kv_cache_total", "GiB", KV((61, 128, 128), C), H)
claim(f, "about 57×", "ratio", "×", KVT((61, 128, 128)) / MLA_T, H, hedged=True)
claim(f, "17.2 GB", "kv_cache_total", "GB", KV("llama3-8b", C), H)
claim(f, "16.06 GB", "weights", "GB", W("llama3-8b", "bf16"), H)
claim(f, "about 4", "arithmetic", "sequences", (80 * GIB - W("llama3-8b", "bf16")) / KV("llama3-8b", C), H, hedged=True)
claim(f, "about 64 GiB", "kv_cache_total", "GiB", KV("llama3-8b", C), X, "off_2x", hedged=True, quoted=True,
      note="8 KV heads: 16 GiB; 64 GiB is MHA")
claim(f, "16 GiB", "kv_cache_total", "GiB", KV("llama3-8b", C), H, anchor="With 8 KV heads it is 16 GiB")
claim(f, "8× smaller", "ratio", "×", KVT("llama3-8b") / KVT("falcon-7b"), X, "off_2x", quoted=True, note="128 / 8 = 16x")
claim(f, "16×", "ratio", "×", KVT("llama3-8b") / KVT("falcon-7b"), H, anchor="Wrong ratio: 128 KiB vs 8 KiB")
claim(f, "16 GiB", "kv_cache_total", "GiB", KV("mistral-7b", 4096), X, "off_2x", quoted=True,
      anchor="a 128K sequence still needs 16 GiB", note="window 4096 caps it at 512 MiB")
claim(f, "512 MiB", "kv_cache_total", "MiB", KV("mistral-7b", 4096), H, anchor="stops growing at 512 MiB")
claim(f, "1.125 KiB", "kv_cache_per_token", "KiB", (512 + 64) * 2, H, quoted=True)
claim(f, "68.6 GiB", "kv_cache_total", "GiB", MLA_T * C, X, "off_2x", quoted=True, note="8.58 GiB; 68.6 is KiB per token")
claim(f, "8.58 GiB", "kv_cache_total", "GiB", MLA_T * C, H, anchor="the 128K total is 8.58 GiB")
claim(f, "40 GiB", "kv_cache_total", "GiB", KV("llama3-70b", C, 8), X, "wrong_kind", quoted=True,
      anchor="with batch 8, plan 40 GiB", note="per-sequence figure given for batch 8: 320 GiB")
claim(f, "320 GiB", "kv_cache_total", "GiB", KV("llama3-70b", C, 8), H)
claim(f, "8 GB", "kv_cache_total", "GB", KV("llama3-8b", C, 1, 1), X, "gib_as_gb", quoted=True, anchor="to 8 GB.", note="8 GiB = 8.6 GB")
claim(f, "8.6 GB", "kv_cache_total", "GB", KV("llama3-8b", C, 1, 1), H)
claim(f, "14 GiB", "kv_cache_total", "GiB", KV("qwen2.5-7b", C), X, "off_2x", quoted=True, note="28 x 4 x 128: 7 GiB")
claim(f, "20 GiB", "kv_cache_total", "GiB", KV("llama3-70b", C) / 4, X, "off_2x", anchor="becomes 20 GiB per GPU", note="40 GiB / CP 4 = 10 GiB per GPU")
claim(f, "64 GiB", "kv_cache_total", "GiB", KV("llama2-7b", C), H, anchor="Per 128K sequence: 64 GiB")
claim(f, "16 GB", "kv_cache_total", "GB", KV("llama3-8b", C), X, "gib_as_gb", anchor="Per 128K sequence: 64 GiB", note="16 GiB = 17.2 GB")
claim(f, "1 GiB", "kv_cache_total", "GiB", KV("falcon-7b", C), H, anchor="Per 128K sequence: 64 GiB")
claim(f, "512 MB", "kv_cache_total", "MB", KV("mistral-7b", 4096), X, "gib_as_gb", anchor="Per 128K sequence: 64 GiB", note="512 MiB = 537 MB")
claim(f, "8.58 GiB", "kv_cache_total", "GiB", MLA_T * C, H, anchor="Per 128K sequence: 64 GiB")
non(f, "created: 2026-10-19", "date")
non(f, "context_target: 131072", "configuration value")
non(f, "kv_lora_rank: 512", "config value")
non(f, "Score: 1 of 8 right", "count")
non(f, "RoPE scaling factor 8 for Llama 3.1", "hyper-parameters")
non(f, "[^1]: https://mistral.ai", "URL, date")
non(f, "Formula (bf16 cache)", "LaTeX formula with free variables")

claim(f, "7 GiB", "kv_cache_total", "GiB", KV("qwen2.5-7b", C), H, anchor="Wrong: 7 GiB.")

# ---- en_06: interview cheat sheet, reference answers vs red-flag answers heard --------------------
f = "en_06"
GPUH06 = 6 * N["llama2-7b"] * 2e12 / (0.4 * 312e12) / 3600
claim(f, "13015864320", "params", "params", N["llama2-13b"], H)
claim(f, "174604259328", "params", "params", N["gpt3"], H)
claim(f, "349 GB", "weights", "GB", W("gpt3", "fp16"), H, anchor="| 1 | GPT-3 175B weights")
claim(f, "175 GB", "weights", "GB", W("gpt3", "fp16"), X, "wrong_dtype", note="fp16 349 GB; 175 GB is int8")
claim(f, "26 GB", "weights", "GB", W("llama2-13b", "fp16"), H, anchor="| 2 | Llama-2-13B in fp16 and int4")
claim(f, "6.5 GB", "weights", "GB", W("llama2-13b", "int4"), H, anchor="| 2 | Llama-2-13B in fp16 and int4")
claim(f, "13 GB", "weights", "GB", W("llama2-13b", "int4"), X, "wrong_dtype", anchor="| 2 | Llama-2-13B in fp16 and int4",
      note="int4 6.5 GB; 13 GB is int8")
claim(f, "128.5 GiB", "weights", "GiB", W("llama2-70b", "fp16"), H, anchor="| 3 | Llama-2-70B in fp16")
claim(f, "138 GiB", "weights", "GiB", W("llama2-70b", "fp16"), X, "gb_as_gib", anchor="| 3 | Llama-2-70B in fp16", note="138 GB = 128.5 GiB")
claim(f, "800 KiB", "kv_cache_per_token", "KiB", KVT("llama2-13b"), H, anchor="| 4 | KV cache per token")
claim(f, "80 KiB", "kv_cache_per_token", "KiB", KVT("llama2-13b"), X, "off_2x", note="800 KiB")
claim(f, "3.125 GiB", "kv_cache_total", "GiB", KV("llama2-13b", 4096), H)
claim(f, "3.2 MiB", "kv_cache_total", "MiB", KV("llama2-13b", 4096), X, "off_2x", note="3.125 GiB = 3,200 MiB")
claim(f, "≈ 108 GB", "training", "GB", 16 * N["llama2-7b"], H, hedged=True, anchor="| 6 | Full fine-tune of a 7B")
claim(f, "28 GB", "training", "GB", 16 * N["llama2-7b"], X, "off_2x", anchor="| 6 | Full fine-tune of a 7B",
      note="16 B/param: 107.8 GB; 28 GB is fp32 weights only")
claim(f, "8.1e22", "flops", "FLOP", 6 * N["llama2-7b"] * 2e12, H, anchor="| 7 | Training FLOPs")
claim(f, "8.1e21", "flops", "FLOP", 6 * N["llama2-7b"] * 2e12, X, "off_2x", note="6 x 6.74e9 x 2e12 = 8.1e22")
claim(f, "1.4T", "tokens", "T tokens", 20 * 70e9, H, anchor="| 8 | Chinchilla-optimal")
claim(f, "140B", "tokens", "B tokens", 20 * 70e9, X, "off_2x", anchor="| 8 | Chinchilla-optimal", note="20 x 70B = 1.4T")
claim(f, "93.4 GB", "weights", "GB", W("mixtral-8x7b", "bf16"), H, anchor="| 9 | Mixtral 8x7B bf16")
claim(f, "25.8 GB", "weights", "GB", W("mixtral-8x7b", "bf16"), X, "wrong_kind", anchor="| 9 | Mixtral 8x7B bf16",
      note="active-parameter bytes given as resident weights: 93.4 GB")
claim(f, "≈ 78 tok/s", "throughput", "tok/s", 2.039e12 / W("llama2-13b", "fp16"), H, hedged=True)
claim(f, "160 tok/s", "throughput", "tok/s", 2.039e12 / W("llama2-13b", "fp16"), X, "off_2x", note="2.039 TB/s / 26.0 GB = 78")
claim(f, "124M", "params", "M", N["gpt2"], H, anchor="| 11 | GPT-2 small")
claim(f, "498 MB", "weights", "MB", W("gpt2", "fp32"), H)
claim(f, "124 MB", "weights", "MB", W("gpt2", "fp32"), X, "wrong_dtype", note="fp32 497.8 MB; 124 MB is 1 B/param")
claim(f, "438 MB", "weights", "MB", W("bert-base", "fp32"), H)
claim(f, "219 MB", "weights", "MB", W("bert-base", "fp32"), X, "wrong_dtype", note="fp32 437.9 MB; 219 MB is fp16")
claim(f, "70.6 GB", "weights", "GB", W("llama3-70b", "fp8"), H)
claim(f, "70 GB", "weights", "GB", W("llama3-70b", "int4"), X, "wrong_dtype", note="int4 35.3 GB; 70 GB is int8")
claim(f, "4.5 MiB", "kv_cache_per_token", "MiB", KVT("gpt3"), H)
claim(f, "18 GiB", "kv_cache_total", "GiB", KV("gpt3", 2048), X, "off_2x", note="2048 x 4.5 MiB = 9 GiB")
claim(f, "4.5 GiB", "kv_cache_per_token", "GiB", KVT("gpt3"), X, "off_2x", note="4.5 MiB per token")
claim(f, "8.1e22", "flops", "FLOP", 6 * N["llama2-7b"] * 2e12, H, anchor="- **GPU-hours**")
claim(f, "about 180,000 A100-hours", "time", "GPU-hours", GPUH06, H, hedged=True)
claim(f, "18,000 GPU-hours", "time", "GPU-hours", GPUH06, X, "off_2x", note="about 180,000")
claim(f, "46.7B", "params", "B", ACTIVE_M7, X, "wrong_kind", note="total parameters given as the per-token read: 12.9B active")
claim(f, "25.8 GB", "weights", "GB", W(ACTIVE_M7, "bf16"), H, anchor="Mixtral reads 46.7B")
claim(f, "138 GB", "weights", "GB", W("llama2-70b", "fp16"), H, anchor="- **Why GiB?**")
claim(f, "138 GiB", "weights", "GiB", W("llama2-70b", "fp16"), X, "gb_as_gib", anchor="- **Why GiB?**", note="138 GB = 128.5 GiB")
claim(f, "26 GB", "weights", "GB", W("llama2-13b", "int8"), X, "wrong_dtype", anchor="Candidate 2026-10-03",
      note="int8 13 GB; 26 GB is fp16")
claim(f, "13 GB", "weights", "GB", W("llama2-13b", "int8"), H, anchor="Candidate 2026-10-03")
claim(f, "349 GB", "weights", "GB", W("gpt3", "fp16"), H, anchor="Reference numbers to keep")
claim(f, "26 GB", "weights", "GB", W("llama2-13b", "fp16"), H, anchor="Reference numbers to keep")
claim(f, "400 KiB", "kv_cache_per_token", "KiB", KVT("llama2-13b"), X, "off_2x", anchor="Reference numbers to keep", note="2 x 40 x 40 x 128 x 2 B = 800 KiB")
claim(f, "≈ 54 GB", "training", "GB", 16 * N["llama2-7b"], X, "off_2x", hedged=True, anchor="Reference numbers to keep", note="16 B/param x 6.74B = 107.8 GB")
claim(f, "8.1e22", "flops", "FLOP", 6 * N["llama2-7b"] * 2e12, H, anchor="Reference numbers to keep")
claim(f, "1.4T", "tokens", "T tokens", 20 * 70e9, H, anchor="Reference numbers to keep")
claim(f, "46.7 GB", "weights", "GB", W("mixtral-8x7b", "bf16"), X, "wrong_dtype", anchor="Reference numbers to keep", note="bf16 93.4 GB; 46.7 GB is 8-bit")
claim(f, "25.8 GB", "weights", "GB", W(ACTIVE_M7, "bf16"), H, anchor="Reference numbers to keep")
non(f, "created: 2026-08-30", "date")
non(f, "round: onsite-3 (45 min)", "interview round, duration")
non(f, "scale: 1-4", "rating scale")
non(f, "pass_bar: 3", "rating")
non(f, "Ask 6–8 questions", "question count")
non(f, "Candidate 2026-09-12 (L5)", "date, score, rating")
non(f, "Candidate 2026-11-07 (L5)", "date, score, rating")

# ---- en_07: figures from QLoRA, Chinchilla and Llama 2 re-derived (LaTeX, code comments) ----------
f = "en_07"
N65 = 65.2e9                       # LLaMA-65B, as the note states
DQ_SAVE = NF4_PLAIN - NF4          # 0.373 bits per parameter
claim(f, "0.127", "arithmetic", "bits", NF4 - 4, H)
claim(f, "4.127 bits", "arithmetic", "bits", NF4, H)
claim(f, "33.6", "weights", "GB", N65 * NF4 / 8, H, anchor="# 33.6  -> GB")
claim(f, "130.4", "weights", "GB", N65 * 2, H, anchor="# 130.4 -> GB")
claim(f, "782.4", "training", "GB", N65 * 12, H, anchor="# 782.4 -> GB")
claim(f, "3.04", "weights", "GB", N65 * DQ_SAVE / 8, H, anchor="# 3.04  -> GB")
claim(f, "0.373 bits", "arithmetic", "bits", DQ_SAVE, H)
claim(f, "about 3 GB", "weights", "GB", N65 * DQ_SAVE / 8, H, hedged=True)
claim(f, "approximately 3 GB", "weights", "GB", N65 * DQ_SAVE / 8, H, hedged=True)
claim(f, "3 GB", "weights", "GB", N["llama2-7b"] * DQ_SAVE / 8, X, "off_2x", anchor="For a 7B model the same saving",
      note="0.373 bits x 6.74B = 0.31 GB")
claim(f, "33.6 GB", "weights", "GB", N65 * NF4 / 8, H)
claim(f, "33.6 GiB", "weights", "GiB", N65 * NF4 / 8, X, "gb_as_gib", note="33.6 GB = 31.3 GiB")
claim(f, "~15 GB", "arithmetic", "GB", 48e9 - N65 * NF4 / 8, H, hedged=True)
claim(f, "65 GB", "weights", "GB", N65 * 2, X, "wrong_dtype", note="16-bit 130.4 GB; 65 GB is 8-bit")
claim(f, "more than 780 GB", "training", "GB", N65 * 12, H, bound="lower")
claim(f, "782.4 GB", "training", "GB", N65 * 12, H)
claim(f, "20 tokens per parameter", "tokens_per_param", "tokens/param", 1.4e12 / 70e9, H, anchor="The headline: 70B parameters")
claim(f, "5.88 \\times 10^{23}", "flops", "FLOP", 6 * 70e9 * 1.4e12, H)
claim(f, "5.04 \\times 10^{22}", "flops", "FLOP", 6 * 280e9 * 300e9, X, "off_2x", note="6 x 280e9 x 300e9 = 5.04e23")
claim(f, "1.17×", "ratio", "×", (70e9 * 1.4e12) / (280e9 * 300e9), H)
claim(f, "about 131,000 A100-hours", "time", "GPU-hours", 6 * 70e9 * 1.4e12 / (0.4 * 312e12) / 3600, X, "off_2x",
      hedged=True, note="1.31 million A100-hours")
claim(f, "20", "tokens_per_param", "tokens/param", 1.4e12 / 70e9, H, anchor="- Tokens per parameter at Chinchilla")
claim(f, "6,738,415,616", "params", "params", N["llama2-7b"], H)
claim(f, "8.09 \\times 10^{22}", "flops", "FLOP", 6 * N["llama2-7b"] * 2e12, H)
claim(f, "8.3e23", "flops", "FLOP", 6 * N["llama2-70b"] * 2e12, H)
claim(f, "about 39 %", "percentage", "%", 100 * 6 * N["llama2-7b"] * 2e12 / (184320 * 3600 * 312e12), H, hedged=True)
claim(f, "138 GB", "weights", "GB", W("llama2-70b", "fp16"), H)
claim(f, "69 GB", "weights", "GB", W("llama2-70b", "int4"), X, "wrong_dtype", note="4-bit 34.5 GB; 69 GB is 8-bit")
claim(f, "320 KiB", "kv_cache_per_token", "KiB", KVT("llama2-70b"), H)
claim(f, "1.25 GB", "kv_cache_total", "GB", KV("llama2-70b", 4096), X, "gib_as_gb", note="1.25 GiB = 1.34 GB")
claim(f, "512 KiB", "kv_cache_per_token", "KiB", KVT("llama2-7b"), H)
claim(f, "2 GiB", "kv_cache_total", "GiB", KV("llama2-7b", 4096), H)
claim(f, "3.2×", "ratio", "×", KVT("llama2-7b") / KVT("llama2-70b"), X, "off_2x", note="2 GiB / 1.25 GiB = 1.6x")
non(f, "created: 2026-07-21", "date")
non(f, "arxiv: \"2203.15556\"", "arXiv id")
non(f, "reading_group: session 14", "session number")
non(f, "Discussed in [[Reading group]] session 14", "session number")
non(f, "Why did the Llama 2 paper report 3.3M GPU-hours", "cited external figure, table and page numbers")
non(f, "year: 2022", "year")

# ---- ru_01: переход fp16 → fp8, Llama-3-70B (TP=4 → TP=2) и Mixtral-8x7B -------------------------
f = "ru_01"
L70, MX = "llama3-70b", "mixtral-8x7b"
claim(f, "70553706496", "params", "params", N[L70], H)
claim(f, "46702792704", "params", "params", N[MX], H)
claim(f, "12879925248", "params", "params", ACTIVE_M7, H)
claim(f, "70,6 ГБ", "weights", "ГБ", W(L70, "fp8"), H, anchor="> Веса Llama-3-70B в fp8")
claim(f, "141,1 ГБ", "weights", "ГБ", W(L70, "fp16"), H, anchor="> Веса Llama-3-70B в fp8")
claim(f, "в 2 раза меньше", "ratio", "×", W(L70, "fp16") / W(L70, "fp8"), H)
claim(f, "~95 токенов/с", "throughput", "токенов/с", H100_BW / (W(L70, "fp8") / 2), H, hedged=True,
      anchor="> Веса Llama-3-70B в fp8")
claim(f, "160 КиБ", "kv_cache_per_token", "КиБ", KVT(L70, 1), H, anchor="> Веса Llama-3-70B в fp8")
claim(f, "70‡553‡706‡496", "params", "params", N[L70], H)
claim(f, "141,1 ГБ", "weights", "ГБ", W(L70, "fp16"), H, anchor="- fp16: 141,1 ГБ, при TP=4")
claim(f, "70,6 ГБ", "weights", "ГБ", W(L70, "fp16") / 4, X, "off_2x", anchor="- fp16: 141,1 ГБ, при TP=4", note="141.1 GB / 4 = 35.3 GB")
claim(f, "70,6 ГБ", "weights", "ГБ", W(L70, "fp8"), H, anchor="- fp8: 70,6 ГБ, при TP=2")
claim(f, "70,6 ГБ", "weights", "ГБ", W(L70, "fp8") / 2, X, "per_gpu", anchor="- fp8: 70,6 ГБ, при TP=2", occ=2,
      note="per card under TP=2: 35.3 GB")
claim(f, "8,8 ГБ", "weights", "ГБ", W(L70, "fp8") / 4, X, "off_2x", anchor="- fp8 при TP=4:", note="70.6 GB / 4 = 17.6 GB")
claim(f, "0,024 %", "percentage", "%", 100 * 4 / 16384, H)
claim(f, "17,2 ГБ", "weights", "ГБ", N[L70] / 16384 * 4, X, "off_2x", note="4.3M blocks x 4 B = 17.2 MB")
claim(f, "50 %", "percentage", "%", 100 * (1 - 1 / 2), H, anchor="- Экономия на весах")
claim(f, "93,4 ГБ", "weights", "ГБ", W(MX, "fp16"), H)
claim(f, "46,7 ГБ", "weights", "ГБ", W(MX, "fp8"), H, anchor="- Mixtral-8x7B: 93,4 ГБ")
claim(f, "46,7 ГиБ", "weights", "ГиБ", W(MX, "fp8"), X, "gb_as_gib", anchor="- Mixtral-8x7B: 93,4 ГБ", note="46.7 GB = 43.5 GiB")
claim(f, "23,4 ГБ", "weights", "ГБ", W(MX, "fp8"), X, "wrong_dtype", note="fp8 46.7 GB; 23.4 GB is 4-bit")
claim(f, "320 КиБ", "kv_cache_per_token", "КиБ", KVT(L70), H, anchor="| на токен |")
claim(f, "80 КиБ", "kv_cache_per_token", "КиБ", KVT(L70, 1), X, "off_2x", anchor="| на токен |", note="fp8: 160 KiB per token")
claim(f, "2,5 ГБ", "kv_cache_total", "ГБ", KV(L70, 8192), X, "gib_as_gb", anchor="| на сессию 8К |", note="2.5 GiB = 2.68 GB")
claim(f, "1,25 ГиБ", "kv_cache_total", "ГиБ", KV(L70, 8192, 1, 1), H, anchor="| на сессию 8К |")
claim(f, "100 ГиБ", "kv_cache_total", "ГиБ", KV(L70, 8192, 40), H, anchor="| 40 сессий по 8К |")
claim(f, "50 ГиБ", "kv_cache_total", "ГиБ", KV(L70, 8192, 40, 1), H, anchor="| 40 сессий по 8К |")
claim(f, "25 ГиБ", "kv_cache_total", "ГиБ", KV(L70, 8192, 40, 1) / 2, H, anchor="25 ГиБ на карту")
claim(f, "около 47 ГиБ", "arithmetic", "ГиБ", 80 * GIB - W(L70, "fp8") / 2, H, hedged=True)
claim(f, "1,25 ГБ", "kv_cache_total", "ГБ", KV(L70, 8192, 1, 1), X, "gib_as_gb", note="1.25 GiB = 1.34 GB")
claim(f, "1,34", "kv_cache_total", "ГБ", KV(L70, 8192, 1, 1), H, anchor="в ГБ будет 1,34")
claim(f, "в 4 раза", "ratio", "×", KVT(L70) / KVT(L70, 1), X, "off_2x", note="320 / 160 = 2x")
claim(f, "35,3 ГБ", "weights", "ГБ", W(L70, "fp16") / 4, H, anchor="1. fp16, TP=4")
claim(f, "~95 токенов/с", "throughput", "токенов/с", H100_BW / (W(L70, "fp16") / 4), H, hedged=True, anchor="1. fp16, TP=4")
claim(f, "35,3 ГБ", "weights", "ГБ", W(L70, "fp8") / 2, H, anchor="2. fp8, TP=2")
claim(f, "~48 токенов/с", "throughput", "токенов/с", H100_BW / (W(L70, "fp8") / 2), X, "off_2x", hedged=True, anchor="2. fp8, TP=2", note="3.35 TB/s / 35.3 GB = 95 tokens/s")
claim(f, "17,6 ГБ", "weights", "ГБ", W(L70, "fp8") / 4, H, anchor="3. fp8, TP=4")
claim(f, "~380 токенов/с", "throughput", "токенов/с", H100_BW / (W(L70, "fp8") / 4), X, "off_2x", hedged=True,
      note="3.35 TB/s / 17.6 GB = 190 tokens/s")
claim(f, "12,9 млрд", "params", "млрд", ACTIVE_M7, H)
claim(f, "25,8 ГБ", "weights", "ГБ", W(ACTIVE_M7, "fp8"), X, "wrong_dtype", note="fp8 12.9 GB per token; 25.8 GB is bf16")
claim(f, "~260 токенов/с", "throughput", "токенов/с", H100_BW / W(ACTIVE_M7, "fp8"), H, hedged=True, anchor="4. Mixtral fp8")
claim(f, "~72 токена/с", "throughput", "токенов/с", H100_BW / W(MX, "fp8"), H, hedged=True)
claim(f, "141,1", "weights", "ГБ", W(L70, "fp16"), H, anchor="- 70B: 141,1 → 70,6 ГБ")
claim(f, "70,6 ГБ", "weights", "ГБ", W(L70, "fp8"), H, anchor="- 70B: 141,1 → 70,6 ГБ")
claim(f, "320", "kv_cache_per_token", "КиБ", KVT(L70), H, anchor="- Кэш: 320 → 80")
claim(f, "80 КиБ", "kv_cache_per_token", "КиБ", KVT(L70, 1), X, "off_2x", anchor="- Кэш: 320 → 80", note="fp8 halves 320 KiB to 160 KiB")
claim(f, "50 ГиБ", "kv_cache_total", "ГиБ", KV(L70, 8192, 40, 1), H, anchor="- Кэш: 320 → 80")
claim(f, "46,7 ГиБ", "weights", "ГиБ", W(MX, "fp8"), X, "gb_as_gib", anchor="- Mixtral: 46,7 ГиБ", note="46.7 GB = 43.5 GiB")
claim(f, "~260 токенов/с", "throughput", "токенов/с", H100_BW / W(ACTIVE_M7, "fp8"), H, hedged=True, anchor="- Mixtral: 46,7 ГиБ")
non(f, "created: 2026-10-07", "date")
non(f, "задача: INFRA-5120", "ticket number")
non(f, "движок: vLLM 0.10.1 → 0.11.0", "versions")
non(f, "MMLU 79,4 → 79,1", "benchmark scores, date")
non(f, "Сейчас каждая реплика 70B занимает 4 H100", "card count, TP degree")

claim(f, "~190 токенов/с", "throughput", "токенов/с", H100_BW / (W(L70, "fp8") / 2), X, "off_2x", hedged=True,
      note="TP=2 fp8: 35.3 GB per card, 95 tokens/s")

claim(f, "3,35 ТБ/с", "bandwidth", "ТБ/с", 95 * W(L70, "fp16") / 4, H, anchor="6. Чтобы fp16 при TP=4")
claim(f, "3,35 ТБ/с", "bandwidth", "ТБ/с", 190 * W(L70, "fp8") / 2, X, "off_2x", anchor="7. Для 190 токенов/с",
      note="190 x 35.3 GB = 6.7 TB/s per card")

# ---- ru_02: выгрузка телеграм-чата, Qwen2.5-7B на RTX 3090; ответы бота (quoted) -------------------
f = "ru_02"
Q7, L8 = "qwen2.5-7b", "llama3-8b"
claim(f, "7615616512", "params", "params", N[Q7], H)
claim(f, "7,62 млрд", "params", "млрд", N[Q7], H, anchor="**[13:59] Оля:**")
claim(f, "15,2 ГБ", "weights", "ГБ", W(Q7, "bf16"), H, anchor="**[13:59] Оля:**")
claim(f, "7,6 ГБ", "weights", "ГБ", W(Q7, "fp16"), X, "wrong_dtype", anchor="**[14:00] @gpt_helper_bot:**", quoted=True,
      note="fp16 15.2 GB; 7.6 GB is 1 byte/param")
claim(f, "15,2 ГБ", "weights", "ГБ", W(Q7, "fp16"), H, anchor="> Бот перепутал")
claim(f, "56 КиБ", "kv_cache_per_token", "КиБ", KVT(Q7), H, anchor="**[14:04] @gpt_helper_bot:**", quoted=True)
claim(f, "1,75 ГиБ", "kv_cache_total", "ГиБ", KV(Q7, 32768), H, anchor="**[14:04] @gpt_helper_bot:**", quoted=True)
claim(f, "3,5 ГиБ", "kv_cache_total", "ГиБ", KV(Q7, 131072), X, "off_2x", quoted=True, note="128K x 56 KiB = 7 GiB")
claim(f, "7 ГиБ", "kv_cache_total", "ГиБ", KV(Q7, 131072), H, anchor="128К — это 7 ГиБ")
claim(f, "4,7 ГБ", "quantized_file", "ГБ", GG(Q7, "Q4_K_M"), H, rel=0.02, anchor="**[14:07] Оля:**")
claim(f, "около 8,1 ГБ", "quantized_file", "ГБ", GG(Q7, "Q8_0"), H, hedged=True, anchor="**[14:07] Оля:**")
claim(f, "примерно 4,1 ГБ", "quantized_file", "ГБ", GG(Q7, "Q8_0"), X, "off_2x", hedged=True, quoted=True,
      note="Q8_0 8.5 bpw: 8.09 GB")
claim(f, "≈ 8,1 ГБ", "quantized_file", "ГБ", GG(Q7, "Q8_0"), H, hedged=True)
claim(f, "4,34 ГиБ", "quantized_file", "ГиБ", GG(Q7, "Q4_K_M"), H, rel=0.02)
claim(f, "примерно 400 токенов/с", "throughput", "токенов/с", 936e9 / GG(Q7, "Q4_K_M"), X, "off_2x", hedged=True,
      quoted=True, note="936 / 4.66 = 201 tokens/s")
claim(f, "≈ 200 токенов/с", "throughput", "токенов/с", 936e9 / GG(Q7, "Q4_K_M"), H, hedged=True, anchor="> Потолок — 936")
claim(f, "16,06 ГиБ", "weights", "ГиБ", W(L8, "bf16"), X, "gb_as_gib", note="16.06 GB = 14.96 GiB")
claim(f, "4 ГиБ", "kv_cache_total", "ГиБ", KV(L8, 32768), H, anchor="**[14:18] Оля:**")
claim(f, "около 19 ГиБ", "arithmetic", "ГиБ", W(L8, "bf16") + KV(L8, 32768), H, hedged=True)
claim(f, "16 ГиБ", "kv_cache_total", "ГиБ", KV(L8, 32768), X, "off_2x", anchor="**[14:19] @gpt_helper_bot:**", quoted=True,
      note="32K x 128 KiB = 4 GiB")
claim(f, "4 ГиБ", "kv_cache_total", "ГиБ", KV(L8, 32768), H, anchor="> 128 КиБ × 32")
claim(f, "около 22 ГБ", "training", "ГБ", 12 * N[Q7], X, "off_2x", hedged=True, quoted=True,
      note="12 B/param with 8-bit Adam: 91.4 GB")
claim(f, "91 ГБ", "training", "ГБ", 12 * N[Q7], H)
claim(f, "около 7,8 ГБ", "weights", "ГБ", N[Q7] * NF4 / 8, X, "off_2x", hedged=True, note="NF4 + DQ: 3.93 GB")
claim(f, "Около 63 токенов/с", "throughput", "токенов/с", 1008e9 / W(L8, "bf16"), H, hedged=True, quoted=True)
claim(f, "62,8", "throughput", "токенов/с", 1008e9 / W(L8, "bf16"), H)
claim(f, "15,2 ГБ", "weights", "ГБ", W(Q7, "bf16"), H, anchor="- Qwen2.5-7B: 15,2 ГБ в bf16")
claim(f, "9,3 ГБ", "quantized_file", "ГБ", GG(Q7, "Q4_K_M"), X, "off_2x", rel=0.02, anchor="- Qwen2.5-7B: 15,2 ГБ в bf16", note="Q4_K_M 4.66 GB")
claim(f, "56 КиБ", "kv_cache_per_token", "КиБ", KVT(Q7), H, anchor="- Qwen2.5-7B: 15,2 ГБ в bf16")
claim(f, "1,75 ГБ", "kv_cache_total", "ГБ", KV(Q7, 32768), X, "gib_as_gb", anchor="- Qwen2.5-7B: 15,2 ГБ в bf16", note="1.75 GiB = 1.88 GB")
claim(f, "≈ 200 токенов/с", "throughput", "токенов/с", 936e9 / GG(Q7, "Q4_K_M"), H, hedged=True, anchor="- Потолок Q4_K_M")
non(f, "created: 2026-11-20", "date")
non(f, "экспорт через Telegram Desktop 5.8", "version")
non(f, "период: 2026-11-19 13:58", "dates and times")
non(f, "**[13:58] Дима:**", "timestamp")
non(f, "**[14:03] Дима:**", "timestamp, context length in a question")
non(f, "**[14:41] Дима:**", "timestamp, price")
non(f, "**[14:25] Дима:**", "timestamp")

# ---- ru_03: конспект доклада об обучении Llama 3: 6ND, Шиншилла, GPU-часы, ZeRO ----------------------
f = "ru_03"
L8, L70 = "llama3-8b", "llama3-70b"
C8, C70 = 6 * N[L8] * 15e12, 6 * N[L70] * 15e12
GH8, GH70 = C8 / (0.4 * 989e12) / 3600, C70 / (0.4 * 989e12) / 3600
claim(f, "8,03 млрд", "params", "млрд", N[L8], H, anchor="- Llama-3-8B (8,03 млрд параметров)")
claim(f, "7,2·10²³", "flops", "FLOP", C8, H, anchor="- Llama-3-8B (8,03 млрд параметров)")
claim(f, "6,35·10²⁴", "flops", "FLOP", C70, H, anchor="- Llama-3-70B на тех же 15 трлн")
claim(f, "в 8,8 раза", "ratio", "×", C70 / C8, H, anchor="- Llama-3-70B на тех же 15 трлн")
claim(f, "7,2·10²²", "flops", "FLOP", C8, X, "off_2x", note="6 x 8.03e9 x 15e12 = 7.2e23")
claim(f, "в 8,8 раза", "ratio", "×", N[L70] / N[L8], H, anchor="- Параметров у 70B в 8,8 раза")
claim(f, "около 160 млрд токенов", "tokens", "млрд токенов", 20 * N[L8], H, hedged=True)
claim(f, "160 трлн токенов", "tokens", "трлн токенов", 20 * N[L8], X, "off_2x", note="160 billion, not trillion")
claim(f, "≈ 1870", "tokens_per_param", "tokens/param", 15e12 / N[L8], H, hedged=True)
claim(f, "в 93 раза", "ratio", "×", 15e12 / N[L8] / 20, H, anchor="в 93 раза больше оптимума")
claim(f, "примерно 213", "tokens_per_param", "tokens/param", 15e12 / N[L70], H, hedged=True)
claim(f, "21 токен на параметр", "tokens_per_param", "tokens/param", 15e12 / N[L70], X, "off_2x", note="15T / 70.6B = 213")
claim(f, "7,2·10²³", "flops", "FLOP", C8, H, anchor="| Llama-3-8B | 7,2")
claim(f, "≈ 507 тыс.", "time", "тыс. GPU-часов", GH8, H, hedged=True, anchor="| Llama-3-8B | 7,2")
claim(f, "≈ 62 ч", "time", "ч", GH8 / 16384 * 3600, X, "off_2x", hedged=True, note="507k GPU-hours / 16,384 GPUs = 31 h")
claim(f, "6,35·10²⁴", "flops", "FLOP", C70, H, anchor="| Llama-3-70B | 6,35")
claim(f, "≈ 4,46 млн", "time", "млн", GH70, H, hedged=True, anchor="| Llama-3-70B | 6,35")
claim(f, "≈ 22,6 суток", "time", "суток", GH70 / 16384 * 3600, X, "off_2x", hedged=True, note="4.46M / 16,384 GPUs = 11.3 days")
claim(f, "≈ 51 тыс. GPU-часов", "time", "тыс. GPU-часов", GH8, X, "off_2x", hedged=True, note="507 thousand")
claim(f, "около 2,2 млн GPU-часов", "time", "млн", GH70, X, "off_2x", hedged=True, note="4.46 million at 40 % MFU")
claim(f, "около 3,2 млн токенов", "throughput", "млн токенов", 15e12 / (54 * 86400), H, hedged=True)
claim(f, "3,2 млрд токенов", "throughput", "млрд токенов", 15e12 / (54 * 86400), X, "off_2x", note="3.2 million tokens/s")
claim(f, "16 байт", "arithmetic", "bytes", 2 + 2 + 12, H, anchor="Смешанная точность с Adam: 16 байт")
claim(f, "1,13 ТБ", "training", "ТБ", 16 * N[L70], H, anchor="- Состояние модели 70B: 1,13 ТБ")
claim(f, "17,6 ГБ", "training", "ГБ", zero(N[L70], 64, 3), H, anchor="- ZeRO-3 на 64 GPU: 17,6 ГБ")
claim(f, "295 ГБ", "training", "ГБ", zero(N[L70], 64, 1), H)
claim(f, "156,5 ГБ", "training", "ГБ", zero(N[L70], 64, 2), H)
claim(f, "1,13 ТБ", "training", "ТБ", zero(N[L70], 64, 3), X, "per_gpu", anchor="- Докладчик: «ZeRO-3 на 64 картах",
      note="per card 17.6 GB; 1.13 TB is the whole state")
claim(f, "141 ГБ", "weights", "ГБ", W(L70, "bf16"), H)
claim(f, "6,25 %", "percentage", "%", 100 * 2 / 16, X, "off_2x", note="2 of 16 bytes = 12.5 %")
claim(f, "12,5 %", "percentage", "%", 100 * 2 / 16, H)
claim(f, "7,2·10²³", "flops", "FLOP", C8, H, anchor="- 8B × 15 трлн")
claim(f, "≈ 253 тыс. GPU-часов", "time", "тыс. GPU-часов", GH8, X, "off_2x", hedged=True, anchor="- 8B × 15 трлн", note="507 thousand GPU-hours at 40 % MFU")
claim(f, "6,35·10²⁴", "flops", "FLOP", C70, H, anchor="- 8B × 15 трлн")
claim(f, "≈ 4,46 млн GPU-часов", "time", "млн", GH70, H, hedged=True, anchor="- 8B × 15 трлн")
claim(f, "160 млрд токенов", "tokens", "млрд токенов", 20 * N[L8], H, anchor="- Шиншилла для 8B")
claim(f, "в 93 раза", "ratio", "×", 15e12 / N[L8] / 20, H, anchor="- Шиншилла для 8B")
claim(f, "1,13 ТБ", "training", "ТБ", 16 * N[L70], H, anchor="- 70B при обучении")
claim(f, "35,3 ГБ", "training", "ГБ", zero(N[L70], 64, 3), X, "off_2x", anchor="- 70B при обучении", note="16 x 70.6B / 64 = 17.6 GB")
non(f, "created: 2026-09-26", "date")
non(f, "название: Митап ML-инфраструктуры № 17", "event number")
non(f, "зал: Б-204", "room number")
non(f, "https://example.org/meetup17/slides-v2.pdf", "URL with numbers")
non(f, "мои_оценки: 3 из 5", "rating")
non(f, "порядка $10 млн при $2 за GPU-час", "price estimate")
non(f, "Запись доклада выложат до 2026-10-05", "date")
non(f, "mfu_в_докладе: 0.4", "utilisation assumption")

claim(f, "≈ 507‡000 GPU-часов", "time", "GPU-часов", GH8, H, hedged=True)

# ---- ru_04: отчёт по закупке GPU: Llama-3.1-70B fp8 на H200 / H100 / L40S, дообучение 8B ------------
f = "ru_04"
L70, L8 = "llama3-70b", "llama3-8b"
KV64 = KV(L70, 8192, 64, 1)
claim(f, "70,6 ГБ", "weights", "ГБ", W(L70, "fp8"), H, anchor="- Веса Llama-3.1-70B в fp8")
claim(f, "70¦553¦706¦496", "params", "params", N[L70], H)
claim(f, "320 КиБ", "kv_cache_per_token", "КиБ", KVT(L70, 1), X, "wrong_dtype", note="fp8 160 KiB; 320 KiB is fp16")
claim(f, "1,25 ГиБ", "kv_cache_total", "ГиБ", KV(L70, 8192, 1, 1), H)
claim(f, "80 ГиБ", "kv_cache_total", "ГиБ", KV64, H, anchor="на 64 пользователей — 80 ГиБ")
claim(f, "около 157 ГБ", "arithmetic", "ГБ", W(L70, "fp8") + KV64, H, hedged=True)
claim(f, "85,9 ГБ", "kv_cache_total", "ГБ", KV64, H)
claim(f, "8,03 млрд", "params", "млрд", N[L8], H)
claim(f, "128,5 ГБ", "training", "ГБ", 16 * N[L8], H, anchor="- Для дообучения 8B: 16 байт")
claim(f, "70,4 ГБ", "arithmetic", "ГБ", 141e9 - W(L70, "fp8"), H)
claim(f, "≈ 136 токенов/с", "throughput", "токенов/с", 4.8e12 / W(L70, "fp8"), X, "off_2x", hedged=True,
      note="4.8 TB/s / 70.6 GB = 68 tokens/s")
claim(f, "≈ 68", "throughput", "токенов/с", 4.8e12 / W(L70, "fp8"), H, hedged=True)
claim(f, "64,2 ГБ", "training", "ГБ", zero(N[L8], 2, 3), H, anchor="- Дообучение 8B с ZeRO-3 на двух H200")
claim(f, "128,5 ГБ", "training", "ГБ", zero(N[L8], 2, 3), X, "per_gpu", anchor="- С ZeRO-3 на двух картах каждая",
      note="per card 64.2 GB; 128.5 GB is the whole state")
claim(f, "64,2 ГБ", "training", "ГБ", zero(N[L8], 2, 3), H, anchor="- С ZeRO-3 на двух картах каждая")
claim(f, "17,6 ГБ", "weights", "ГБ", W(L70, "fp8") / 4, H, anchor="- TP=4: 17,6 ГБ весов на карту (17,6")
claim(f, "17,6 ГиБ", "weights", "ГиБ", W(L70, "fp8") / 4, X, "gb_as_gib", note="17.6 GB = 16.4 GiB")
claim(f, "80 ГиБ", "kv_cache_total", "ГиБ", KV64 / 4, X, "per_gpu", anchor="- TP=4: 17,6 ГБ весов на карту (17,6", note="80 GiB is the total for 64 users; per card under TP=4 20 GiB")
claim(f, "≈ 190 токенов/с", "throughput", "токенов/с", H100_BW / (W(L70, "fp8") / 4), H, hedged=True,
      anchor="- Потолок ≈ 190 токенов/с на последовательность")
claim(f, "35,3 ГБ", "weights", "ГБ", W(L70, "fp8") / 4, X, "off_2x", anchor="при TP=4 — 35,3 ГБ", note="TP=4: 17.6 GB per card")
claim(f, "около 250 ГБ", "arithmetic", "ГБ", 320e9 - W(L70, "fp8"), H, hedged=True)
claim(f, "17,6 ГБ", "weights", "ГБ", W(L70, "fp8") / 4, H, anchor="- TP=4: 17,6 ГБ весов на карту, свободно")
claim(f, "около 15 ГБ", "arithmetic", "ГБ", 48e9 - W(L70, "fp8") / 4, X, "off_2x", hedged=True, note="48 - 17.6 = 30.4 GB")
claim(f, "≈ 49 токенов/с", "throughput", "токенов/с", 864e9 / (W(L70, "fp8") / 4), H, hedged=True)
claim(f, "≈ 12 токенов/с", "throughput", "токенов/с", 864e9 / (W(L70, "fp8") / 2), X, "off_2x", hedged=True,
      note="864 GB/s / 35.3 GB = 24.5 tokens/s")
claim(f, "35 ГБ", "weights", "ГБ", W(L70, "fp8"), X, "wrong_dtype", anchor="70B в fp8 на одной L40S",
      note="fp8 70.6 GB; 35 GB is 4-bit")
claim(f, "70,6 ГБ", "weights", "ГБ", W(L70, "fp8"), H, anchor="70B в fp8 на одной L40S")
claim(f, "80 ГБ", "kv_cache_total", "ГБ", KV64, X, "gib_as_gb", anchor="пользователя в fp8 — 80 ГБ", note="80 GiB = 85.9 GB")
claim(f, "21,5 ГБ", "kv_cache_total", "ГБ", KV64 / 4, H)
claim(f, "70,6 ГБ", "weights", "ГБ", W(L70, "fp8"), H, anchor="| A: 2×H200 |")
claim(f, "80 ГиБ", "kv_cache_total", "ГиБ", KV(L70, 8192, 32, 1), X, "per_gpu", anchor="| A: 2×H200 |", note="80 GiB is both cards together; 32 users per card = 40 GiB")
claim(f, "68", "throughput", "токенов/с", 4.8e12 / W(L70, "fp8"), H, anchor="| A: 2×H200 |")
claim(f, "35,3 ГБ", "weights", "ГБ", W(L70, "fp8") / 4, X, "off_2x", anchor="| B: 4×H100 |", note="TP=4: 17.6 GB per card")
claim(f, "20 ГиБ", "kv_cache_total", "ГиБ", KV64 / 4, H, anchor="| B: 4×H100 |")
claim(f, "190", "throughput", "токенов/с", H100_BW / (W(L70, "fp8") / 4), H, anchor="| B: 4×H100 |")
claim(f, "17,6 ГБ", "weights", "ГБ", W(L70, "fp8") / 4, H, anchor="| C: 4×L40S |")
claim(f, "20 ГиБ", "kv_cache_total", "ГиБ", KV64 / 4, H, anchor="| C: 4×L40S |")
claim(f, "98", "throughput", "токенов/с", 864e9 / (W(L70, "fp8") / 4), X, "off_2x", anchor="| C: 4×L40S |",
      note="864 / 17.6 = 49 tokens/s")
claim(f, "в 4 раза", "ratio", "×", (H100_BW / 17.6384e9) / (864e9 / 17.6384e9), H)
claim(f, "в 3,9", "ratio", "×", (H100_BW / 17.6384e9) / (864e9 / 17.6384e9), H)
claim(f, "70,6 ГБ", "weights", "ГБ", W(L70, "fp8"), H, anchor="- Инференс: 70,6 ГБ весов")
claim(f, "80 ГиБ", "kv_cache_total", "ГиБ", KV64, H, anchor="- Инференс: 70,6 ГБ весов")
claim(f, "17,6 ГБ", "weights", "ГБ", W(L70, "fp8") / 4, H, anchor="- Инференс: 70,6 ГБ весов")
claim(f, "40 ГиБ", "kv_cache_total", "ГиБ", KV64 / 4, X, "off_2x", anchor="- Инференс: 70,6 ГБ весов", note="80 GiB / 4 = 20 GiB")
claim(f, "128,5 ГБ", "training", "ГБ", 16 * N[L8], H, anchor="- Дообучение 8B: 128,5 ГБ")
claim(f, "64,2 ГБ", "training", "ГБ", zero(N[L8], 4, 3), X, "off_2x", anchor="- Дообучение 8B: 128,5 ГБ",
      note="ZeRO-3 over 4: 32.1 GB per card")
non(f, "created: 2026-11-24", "date")
non(f, "номер_заявки: ЗК-2026-0417", "request number")
non(f, "бюджет_без_ндс: 38,5 млн ₽", "budget")
non(f, "версия: 1.3", "version")
non(f, "Цены поставщика от 2026-11-20", "date, exchange rate, delivery weeks, rack units")
non(f, "пользователей_одновременно: 64", "requirement count")

# ---- ru_05: форматы квантизации GPTQ / AWQ / GGUF / NF4 для Llama-2-13B и Mistral-7B ----------------
f = "ru_05"
L13, M7 = "llama2-13b", "mistral-7b"
G128 = 4 + 16 / 128


def PCT(b):
    return 100 * b / 16


claim(f, "13015864320", "params", "params", N[L13], H)
claim(f, "7241732096", "params", "params", N[M7], H)
claim(f, "4,125 бит", "arithmetic", "бит", G128, H)
claim(f, "13,02 млрд", "params", "млрд", N[L13], H)
claim(f, "26,03", "weights", "ГБ", W(L13, "fp16"), H, anchor="| fp16 | 16 | 26,03")
claim(f, "6,92", "quantized_file", "ГБ", GG(L13, "Q8_0"), X, "off_2x", note="8.5 bpw x 13.02B = 13.83 GB")
claim(f, "53 %", "percentage", "%", PCT(BPW["Q8_0"]), H)
claim(f, "5,34", "quantized_file", "ГБ", GG(L13, "Q6_K"), X, "off_2x", note="6.56 bpw: 10.68 GB")
claim(f, "41 %", "percentage", "%", PCT(BPW["Q6_K"]), H)
claim(f, "9,28", "quantized_file", "ГБ", GG(L13, "Q5_K_M"), H, rel=0.02, anchor="| Q5_K_M (GGUF) |")
claim(f, "72 %", "percentage", "%", PCT(BPW["Q5_K_M"]), X, "off_2x", note="5.70 / 16 = 36 %")
claim(f, "3,98", "quantized_file", "ГБ", GG(L13, "Q4_K_M"), X, "off_2x", rel=0.02, anchor="| Q4_K_M (GGUF) |", note="4.89 bpw: 7.96 GB")
claim(f, "31 %", "percentage", "%", PCT(BPW["Q4_K_M"]), H)
claim(f, "7,32", "weights", "ГБ", N[L13] * NF4_PLAIN / 8, H, anchor="| NF4 без двойной")
claim(f, "56 %", "percentage", "%", PCT(NF4_PLAIN), X, "off_2x", note="4.5 / 16 = 28 %")
claim(f, "6,71", "weights", "ГБ", N[L13] * G128 / 8, H, anchor="| GPTQ / AWQ, g128 |")
claim(f, "26 %", "percentage", "%", PCT(G128), H, anchor="| GPTQ / AWQ, g128 |")
claim(f, "13,4", "weights", "ГБ", N[L13] * NF4 / 8, X, "off_2x", note="4.127 bpw: 6.71 GB")
claim(f, "26 %", "percentage", "%", PCT(NF4), H, anchor="| NF4 + двойная квантизация |")
claim(f, "5,14", "quantized_file", "ГБ", GG(L13, "Q2_K"), H, rel=0.02, anchor="| Q2_K (GGUF) |")
claim(f, "40 %", "percentage", "%", PCT(BPW["Q2_K"]), X, "off_2x", note="3.16 / 16 = 20 %")
claim(f, "26,03 ГБ", "weights", "ГБ", W(L13, "fp16"), H, anchor="- fp16 весит 26,03 ГБ")
claim(f, "24,24 ГиБ", "weights", "ГиБ", W(L13, "fp16"), H)
claim(f, "7,96 ГБ", "quantized_file", "ГБ", GG(L13, "Q4_K_M"), H, rel=0.02, anchor="- Q4_K_M занимает 7,96 ГБ")
claim(f, "7,42 ГиБ", "quantized_file", "ГиБ", GG(L13, "Q4_K_M"), H, rel=0.02)
claim(f, "30 %", "percentage", "%", 100 * (1 - BPW["Q4_K_M"] / 16), X, "off_2x", note="1 - 4.89/16 = 69.4 %")
claim(f, "46,9 %", "percentage", "%", 100 * (1 - BPW["Q8_0"] / 16), H)
claim(f, "в 1,88 раза", "ratio", "×", 16 / BPW["Q8_0"], H)
claim(f, "примерно в 8 раз", "ratio", "×", 16 / G128, X, "off_2x", hedged=True, note="16 / 4.125 = 3.9x")
claim(f, "в 5 раз", "ratio", "×", W(L13, "fp16") / GG(L13, "Q2_K"), H)
claim(f, "9,28 ГиБ", "quantized_file", "ГиБ", GG(L13, "Q5_K_M"), X, "gb_as_gib", note="9.28 GB = 8.64 GiB")
claim(f, "0,373 бита", "arithmetic", "бит", NF4_PLAIN - NF4, H)
claim(f, "около 1,2 ГБ", "weights", "ГБ", N[L13] * (NF4_PLAIN - NF4) / 8, X, "off_2x", hedged=True, note="0.373 bits x 13.02B / 8 = 0.61 GB")
claim(f, "7,24 млрд", "params", "млрд", N[M7], H, anchor="## Mistral-7B (7,24 млрд")
claim(f, "7,24 ГБ", "weights", "ГБ", W(M7, "fp16"), X, "wrong_dtype", anchor="- fp16: 7,24 ГБ", note="fp16 14.48 GB; 7.24 GB is 8-bit")
claim(f, "7,70 ГБ", "quantized_file", "ГБ", GG(M7, "Q8_0"), H, rel=0.02)
claim(f, "11,88 ГБ", "quantized_file", "ГБ", GG(M7, "Q6_K"), X, "off_2x", rel=0.02, note="Q6_K 6.56 bpw: 5.94 GB")
claim(f, "8,9 ГБ", "quantized_file", "ГБ", GG(M7, "Q4_K_M"), X, "off_2x", note="4.89 bpw: 4.43 GB")
claim(f, "3,73 ГБ", "weights", "ГБ", N[M7] * G128 / 8, H, anchor="- AWQ g128: 7,24")
claim(f, "около 3,7 ГБ", "weights", "ГБ", N[M7] * NF4 / 8, H, hedged=True)
claim(f, "≈ 256 токенов/с", "throughput", "токенов/с", 2.039e12 / GG(L13, "Q4_K_M"), H, hedged=True)
claim(f, "около 39 токенов/с", "throughput", "токенов/с", 2.039e12 / W(L13, "fp16"), X, "off_2x", hedged=True,
      note="2.039 TB/s / 26.03 GB = 78 tokens/s")
claim(f, "в 3,3 раза", "ratio", "×", W(L13, "fp16") / GG(L13, "Q4_K_M"), H)
claim(f, "6,71 ГБ", "weights", "ГБ", N[L13] * G128 / 8, H, anchor="1. GPU-сервер, vLLM")
claim(f, "7,96 ГБ", "quantized_file", "ГБ", GG(L13, "Q4_K_M"), H, rel=0.02, anchor="2. Ноутбук / CPU / Mac")
claim(f, "6,71 ГБ", "weights", "ГБ", N[L13] * NF4 / 8, H, anchor="3. Дообучение → NF4")
claim(f, "26,03 ГБ", "weights", "ГБ", W(L13, "fp16"), H, anchor="- 13B: fp16 26,03 ГБ")
claim(f, "13,83 ГБ", "quantized_file", "ГБ", GG(L13, "Q8_0"), H, rel=0.02)
claim(f, "7,96 ГиБ", "quantized_file", "ГиБ", GG(L13, "Q4_K_M"), X, "gb_as_gib", note="7.96 GB = 7.42 GiB")
claim(f, "6,71 ГБ", "weights", "ГБ", N[L13] * G128 / 8, H, anchor="- 13B: fp16 26,03 ГБ")
claim(f, "2,57 ГБ", "quantized_file", "ГБ", GG(L13, "Q2_K"), X, "off_2x", rel=0.02, anchor="- 13B: fp16 26,03 ГБ", note="Q2_K 3.16 bpw: 5.14 GB")
claim(f, "14,48 ГБ", "weights", "ГБ", W(M7, "fp16"), H, anchor="- 7B: fp16 14,48 ГБ")
claim(f, "4,43 ГиБ", "quantized_file", "ГиБ", GG(M7, "Q4_K_M"), X, "gb_as_gib", rel=0.02, anchor="- 7B: fp16 14,48 ГБ", note="4.43 GB = 4.13 GiB")
claim(f, "7,46 ГБ", "weights", "ГБ", N[M7] * G128 / 8, X, "off_2x", note="AWQ g128: 3.73 GB")
non(f, "created: 2026-08-12", "date")
non(f, "arXiv 2210.17323 (GPTQ)", "arXiv ids")
non(f, "Реально llama.cpp выдаёт 61,2 токена/с", "measured speed, build, date")
non(f, "на HumanEval 12,8 %", "benchmark scores")
non(f, "q6_k: 6,5633", "bits per weight table value")

claim(f, "около 2,6 ТБ/с", "bandwidth", "ТБ/с", 100 * W(L13, "fp16"), H, hedged=True)

claim(f, "13¦015¦864¦320", "params", "params", N[L13], H)

# ---- ru_06: модели эмбеддингов (MiniLM, bge, e5, bge-m3; конфиги в свойствах) и векторы 10 млн чанков ----
f = "ru_06"
ML, BB, BL, E5, M3 = "minilm-l6", "bert-base", "bert-large", "xlmr-base", "xlmr-large-8k"
CH = 10e6
claim(f, "22713216", "params", "params", N[ML], H)
claim(f, "109482240", "params", "params", N[BB], H)
claim(f, "335141888", "params", "params", N[BL], H)
claim(f, "278043648", "params", "params", N[E5], H)
claim(f, "567754752", "params", "params", N[M3], H)
claim(f, "22,7 млн", "params", "млн", N[ML], H, anchor="| all-MiniLM-L6-v2 |")
claim(f, "90,9 МиБ", "weights", "МиБ", W(ML, "fp32"), X, "gb_as_gib", note="90.9 MB = 86.6 MiB")
claim(f, "45,4 МБ", "weights", "МБ", W(ML, "fp16"), H)
claim(f, "22,7 МБ", "weights", "МБ", W(ML, "int8"), H)
claim(f, "109,5 млн", "params", "млн", N[BB], H)
claim(f, "438 МБ", "weights", "МБ", W(BB, "fp32"), H, anchor="| bge-base-en-v1.5 |", occ=1)
claim(f, "438 МБ", "weights", "МБ", W(BB, "fp16"), X, "wrong_dtype", anchor="| bge-base-en-v1.5 |", occ=2,
      note="fp16 219 MB; 438 MB is fp32")
claim(f, "109 МБ", "weights", "МБ", W(BB, "int8"), H)
claim(f, "335 млн", "params", "млн", N[BL], H)
claim(f, "1,34 ГБ", "weights", "ГБ", W(BL, "fp32"), H)
claim(f, "670 МБ", "weights", "МБ", W(BL, "fp16"), H, anchor="| bge-large-en-v1.5 |", occ=1)
claim(f, "670 МБ", "weights", "МБ", W(BL, "int8"), X, "wrong_dtype", anchor="| bge-large-en-v1.5 |", occ=2,
      note="int8 335 MB; 670 MB is fp16")
claim(f, "278 млн", "params", "млн", N[E5], H)
claim(f, "1,11 ГБ", "weights", "ГБ", W(E5, "fp32"), H)
claim(f, "556 МиБ", "weights", "МиБ", W(E5, "fp16"), X, "gb_as_gib", anchor="| multilingual-e5-base |", note="556 MB = 530 MiB")
claim(f, "139 МБ", "weights", "МБ", W(E5, "int8"), X, "off_2x", note="int8 278 MB")
claim(f, "568 млн", "params", "млн", N[M3], H)
claim(f, "2,27 ГБ", "weights", "ГБ", W(M3, "fp32"), H, anchor="| bge-m3 |")
claim(f, "1,14 ГБ", "weights", "ГБ", W(M3, "fp16"), H, anchor="| bge-m3 |")
claim(f, "568 МиБ", "weights", "МиБ", W(M3, "int8"), X, "gb_as_gib", note="568 MB = 541 MiB")
claim(f, "192 млн", "params", "млн", 250002 * 768, H)
claim(f, "35 %", "percentage", "%", 100 * 250002 * 768 / N[E5], X, "off_2x", note="192M / 278M = 69 %")
claim(f, "45 %", "percentage", "%", 100 * 250002 * 1024 / N[M3], H)
claim(f, "2,27 ГБ", "weights", "ГБ", W(M3, "fp32"), H, anchor="в fp32 весь bge-m3")
claim(f, "2,27 ГиБ", "weights", "ГиБ", W(M3, "fp32"), X, "gb_as_gib", note="2.27 GB = 2.11 GiB")
claim(f, "в 50 раз", "ratio", "×", N[M3] / N[ML], X, "off_2x", note="568M / 22.7M = 25x")
claim(f, "в 4 раза", "ratio", "×", 4 / 1, H)
claim(f, "75 %", "percentage", "%", 100 * (1 - 1 / 4), H)
claim(f, "30,72 ГиБ", "arithmetic", "ГиБ", CH * 768 * 4, X, "gb_as_gib", note="30.72 GB = 28.6 GiB")
claim(f, "15,36 ГБ", "arithmetic", "ГБ", CH * 768 * 2, H, anchor="- bge-base / e5-base (768)")
claim(f, "3,84 ГБ", "arithmetic", "ГБ", CH * 768 * 1, X, "off_2x", note="10M x 768 x 1 B = 7.68 GB")
claim(f, "7,68 ГБ", "arithmetic", "ГБ", CH * 384 * 4, X, "off_2x", anchor="- MiniLM (384)", note="10M x 384 x 4 B = 15.36 GB")
claim(f, "40,96 ГБ", "arithmetic", "ГБ", CH * 1024 * 4, H, anchor="- bge-m3 (1024): fp32", occ=1)
claim(f, "38,1 ГиБ", "arithmetic", "ГиБ", CH * 1024 * 4, H)
claim(f, "40,96 ГБ", "arithmetic", "ГБ", CH * 1024 * 2, X, "wrong_dtype", anchor="- bge-m3 (1024): fp32", occ=2,
      note="fp16 20.48 GB")
claim(f, "10,24 МБ", "arithmetic", "МБ", CH * 1024 * 1, X, "off_2x", note="10.24 GB, not MB")
claim(f, "0,64 ГБ", "arithmetic", "ГБ", CH * 1024 / 8, X, "off_2x", note="10M x 1024 bits = 1.28 GB")
claim(f, "в 32 раза", "ratio", "×", 32 / 1, H)
claim(f, "1,14 ГБ", "weights", "ГБ", W(M3, "fp16"), H, anchor="- Модель: bge-m3 в fp16")
claim(f, "278 МБ", "weights", "МБ", W(E5, "fp16"), X, "wrong_dtype", anchor="- Модель: bge-m3 в fp16", note="fp16 556 MB; 278 MB is int8")
claim(f, "20,48 ГиБ", "arithmetic", "ГиБ", CH * 1024 * 2, X, "gb_as_gib", note="20.48 GB = 19.07 GiB")
claim(f, "10,24 ГБ", "arithmetic", "ГБ", CH * 1024 * 1, H, anchor="- Индекс: 10 млн")
non(f, "created: 2026-10-14", "date")
non(f, "проект: поиск по базе знаний v2", "version")
non(f, "Recall@10 на нашем наборе", "recall scores, date")
non(f, "позиций: 8194", "config value")

claim(f, "192‡001‡536", "params", "params", 250002 * 768, H)
claim(f, "20¦480¦000¦000 байт", "arithmetic", "байт", CH * 1024 * 2, H)

# ---- ru_07: сравнительная таблица открытых моделей: параметры, bf16 / int4, кэш на токен и на контекст ----
f = "ru_07"
ROWS = {"gpt2-xl": "| GPT-2 XL |", "falcon-7b": "| Falcon-7B |", "llama2-7b": "| Llama-2-7B |",
        "mistral-7b": "| Mistral-7B |", "qwen2.5-7b": "| Qwen2.5-7B |", "llama3-8b": "| Llama-3-8B |",
        "llama2-13b": "| Llama-2-13B |"}
CTX = {"gpt2-xl": 1024, "falcon-7b": 2048, "llama2-7b": 4096, "mistral-7b": 4096, "qwen2.5-7b": 131072,
       "llama3-8b": 8192, "llama2-13b": 4096}
FIG = {  # params, bf16, int4, KiB per token, cache per context (figure, unit)
    "gpt2-xl": ("1,56", "3,12", "1,56", "300", ("300 МиБ", "МиБ")),
    "falcon-7b": ("6,92", "13,84", "3,46", "8", ("16 МБ", "МБ")),
    "llama2-7b": ("6,74", "13,48", "6,74", "512", ("2 ГиБ", "ГиБ")),
    "mistral-7b": ("7,24", "14,48", "7,24", "128", ("512 МиБ", "МиБ")),
    "qwen2.5-7b": ("7,62", "15,23", "3,81", "28", ("7 ГиБ", "ГиБ")),
    "llama3-8b": ("8,03", "16,06", "8,03", "128", ("4 ГиБ", "ГиБ")),
    "llama2-13b": ("13,02", "26,03", "3,25", "800", ("3,125 ГиБ", "ГиБ")),
}
BAD = {("falcon-7b", "kvc"): ("gib_as_gb", "2048 x 8 KiB = 16 MiB = 16.8 MB"),
       ("gpt2-xl", "int4"): ("wrong_dtype", "int4 0.78 GB; 1.56 GB is int8"),
       ("llama3-8b", "int4"): ("wrong_dtype", "int4 4.02 GB; 8.03 GB is int8"),
       ("llama2-7b", "int4"): ("wrong_dtype", "int4 3.37 GB; 6.74 GB is int8"),
       ("mistral-7b", "int4"): ("wrong_dtype", "int4 3.62 GB; 7.24 GB is int8"),
       ("llama2-13b", "int4"): ("off_2x", "int4 6.51 GB"),
       ("qwen2.5-7b", "kvt"): ("off_2x", "2 x 28 x 4 x 128 x 2 B = 56 KiB"),
       ("llama3-8b", "kvc"): ("off_2x", "8K x 128 KiB = 1 GiB")}
for m, (p, b16, i4, kt, (kc, kcu)) in FIG.items():
    a = ROWS[m]
    same = p == i4
    claim(f, p, "params", "млрд", N[m], H, anchor=a, occ=1)
    claim(f, b16, "weights", "ГБ", W(m, "bf16"), H, anchor=a)
    e = BAD.get((m, "int4"))
    claim(f, i4, "weights", "ГБ", W(m, "int4"), X if e else H, e[0] if e else None, anchor=a, occ=2 if same else 1,
          note=e[1] if e else "")
    e = BAD.get((m, "kvt"))
    claim(f, kt, "kv_cache_per_token", "КиБ", KVT(m), X if e else H, e[0] if e else None, anchor=a,
          occ=1, note=e[1] if e else "")
    e = BAD.get((m, "kvc"))
    claim(f, kc, "kv_cache_total", kcu, KV(m, CTX[m]), X if e else H, e[0] if e else None, anchor=a,
          note=e[1] if e else "")
claim(f, "13,48", "weights", "ГБ", W("llama2-7b", "bf16"), H, anchor="- Llama-2-7B и Mistral-7B почти")
claim(f, "14,48 ГБ", "weights", "ГБ", W("mistral-7b", "bf16"), H, anchor="- Llama-2-7B и Mistral-7B почти")
claim(f, "в 4 раза", "ratio", "×", KVT("llama2-7b") / KVT("mistral-7b"), H, anchor="- Llama-2-7B и Mistral-7B почти")
claim(f, "128 КиБ", "kv_cache_per_token", "КиБ", KVT("mistral-7b"), H, anchor="- Llama-2-7B и Mistral-7B почти")
claim(f, "512 КиБ", "kv_cache_per_token", "КиБ", KVT("llama2-7b"), H, anchor="- Llama-2-7B и Mistral-7B почти")
claim(f, "в 16 раз", "ratio", "×", KVT("llama2-7b") / KVT("falcon-7b"), X, "off_2x", note="512 / 8 = 64x")
claim(f, "4,02 ГБ", "weights", "ГБ", W("llama3-8b", "int4"), H, anchor="- 4-битная Llama-3-8B")
claim(f, "в 8 раз", "ratio", "×", 2 / 0.5, X, "off_2x", anchor="- 4-битная Llama-3-8B", note="bf16 / int4 = 4x")
claim(f, "6,5 ГБ", "weights", "ГБ", W("llama2-13b", "int4"), H)
claim(f, "в 2 раза", "ratio", "×", 1 / 0.5, H, anchor="- 4-битная Llama-2-13B")
claim(f, "13 ГБ", "weights", "ГБ", W("llama2-13b", "int8"), H)
claim(f, "1,29 млрд", "params", "млрд", N["llama3-8b"] - N["llama2-7b"], H)
claim(f, "+788,5 млн", "params", "млн", 2 * (128256 - 32000) * 4096, H)
claim(f, "7 ГиБ", "kv_cache_total", "ГиБ", KV("qwen2.5-7b", 131072), H, anchor="- Кэш Qwen2.5-7B на полный контекст")
claim(f, "32 ГиБ", "kv_cache_total", "ГиБ", KV("llama3-8b", 131072), X, "off_2x", note="128K x 128 KiB = 16 GiB")
claim(f, "в 2,3 раза", "ratio", "×", KVT("llama3-8b") / KVT("qwen2.5-7b"), H)
claim(f, "6,23 ГБ", "weights", "ГБ", W("gpt2-xl", "fp32"), H)
claim(f, "3,12 ГиБ", "weights", "ГиБ", W("gpt2-xl", "bf16"), X, "gb_as_gib", note="3.12 GB = 2.90 GiB")
claim(f, "4 ГиБ", "kv_cache_total", "ГиБ", KV("mistral-7b", 32768), H, anchor="- Mistral-7B без окна")
claim(f, "512 МиБ", "kv_cache_total", "МиБ", KV("mistral-7b", 4096), H, anchor="- Mistral-7B без окна")
claim(f, "в 8 раз", "ratio", "×", 32768 / 4096, H, anchor="- Mistral-7B без окна")
claim(f, "14,48–16,06 ГБ", "weights", "ГБ", [W("mistral-7b", "bf16"), W("llama3-8b", "bf16")], H, rng=True)
claim(f, "6,51 ГБ", "weights", "ГБ", W("llama2-13b", "int4"), H)
claim(f, "3,125 ГБ", "kv_cache_total", "ГБ", KV("llama2-13b", 4096), X, "gib_as_gb", note="3.125 GiB = 3.36 GB")
claim(f, "56 КиБ", "kv_cache_per_token", "КиБ", KVT("qwen2.5-7b"), H, anchor="3. Длинный контекст")
claim(f, "14,48", "weights", "ГБ", W("mistral-7b", "bf16"), H, anchor="Mistral-7B и Qwen2.5-7B — лучший баланс")
claim(f, "15,23 ГБ", "weights", "ГБ", W("qwen2.5-7b", "bf16"), H, anchor="Mistral-7B и Qwen2.5-7B — лучший баланс")
claim(f, "128", "kv_cache_per_token", "КиБ", KVT("mistral-7b"), H, anchor="Mistral-7B и Qwen2.5-7B — лучший баланс")
claim(f, "28 КиБ", "kv_cache_per_token", "КиБ", KVT("qwen2.5-7b"), X, "off_2x", anchor="Mistral-7B и Qwen2.5-7B — лучший баланс", note="56 KiB per token")
claim(f, "в 4 раза", "ratio", "×", KVT("llama2-7b") / KVT("mistral-7b"), H, anchor="Mistral-7B и Qwen2.5-7B — лучший баланс")
non(f, "created: 2026-09-03", "date")
non(f, "updated: 2026-11-26", "date")
non(f, "веса: bf16 и 4-битные (0,5 байта на параметр)", "column definition")

claim(f, "1‡291‡845‡632", "params", "params", N["llama3-8b"] - N["llama2-7b"], H)


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
    return re.compile(r"(?<![\d.,\u00a0\u202f])" + re.escape(fig) + r"(?!\d|[.,\u00a0\u202f]\d)")


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
            raise SystemExit("truth.json is stale: run python tests/claims_corpus_x/truth.py")
        summary(truth)
        print("truth.json is current; every check passed")
        return 0
    path.write_text(text, encoding="utf-8")
    summary(truth)
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
