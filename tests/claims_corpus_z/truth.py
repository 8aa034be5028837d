#!/usr/bin/env python3
"""Ground truth for blind sizing-claims corpus Z (tests/claims_corpus_z/notes).

Written without reading vaultkit's code, its tests or the other corpora's notes.  Facts come
from /work/shared/claims-gold.md: bytes per dtype, exact parameter counts and configs of the
catalogued models, measured GGUF bits per weight (Llama-3.1-8B), the KV-cache, training-memory
and activation formulas.  Models that claims-gold lacks appear only with their config (or, for
DeepSeek-V3, gpt-oss and the CLIP tower, their printed counts) stated in the note itself; the
truth recomputes their parameter counts from that config with the claims-gold formula (asserted
below).  Nothing here imports vaultkit.  The checking code is corpus K's / X's / Y's (reused).

    python tests/claims_corpus_z/truth.py          # verify and (re)write truth.json
    python tests/claims_corpus_z/truth.py --check  # verify; fail if truth.json is stale

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
MXFP4 = 4.25                                 # bits per weight incl. block scales (ggml table)
# measured effective bits per weight of GGUF file types (Llama-3.1-8B, llama.cpp quantize README)
BPW = {"Q2_K": 3.1593, "Q3_K_L": 4.2979, "IQ4_XS": 4.4597, "Q4_K_S": 4.6672, "Q4_K_M": 4.8944,
       "Q5_K_M": 5.7036, "Q6_K": 6.5633, "Q8_0": 8.5008, "F16": 16.0005}


def llama_like(h, inter, L, a, k, d, V, tied, qkv_bias=False, norms=2, qk_norm=False):
    """claims-gold 1.6 for a gated-MLP decoder: attention, 3 MLP matrices, RMSNorms, embeddings"""
    attn = h * a * d + 2 * h * k * d + a * d * h + ((a * d + 2 * k * d) if qkv_bias else 0)
    return L * (attn + 3 * h * inter + norms * h + (2 * d if qk_norm else 0)) + V * h * (1 if tied else 2) + h


def moe_like(h, inter, L, a, k, d, V, E, top, tied=False):
    """claims-gold 1.6 for a Mixtral-style MoE decoder: total and active (top-k) parameters"""
    mlp = 3 * h * inter
    layer = h * a * d + 2 * h * k * d + a * d * h + E * mlp + h * E + 2 * h
    total = L * layer + V * h * (1 if tied else 2) + h
    return total, total - L * (E - top) * mlp


def bert_like(h, inter, L, V, P, types=2):
    """claims-gold 1.6 for a BERT encoder with pooler (all linear layers biased, LayerNorms)"""
    layer = 4 * h * h + 4 * h + 2 * h * inter + inter + h + 2 * 2 * h
    return L * layer + V * h + P * h + types * h + 2 * h + h * h + h


def t5_like(dm, dff, heads, dkv, L, V, buckets=32):
    """T5 v1.0 (ReLU MLP, no biases, weight-only layer norms, shared tied embedding) from its config:
    encoder layer = self-attn + MLP + 2 norms, decoder layer = self-attn + cross-attn + MLP + 3 norms,
    relative-position tables in the first layer of each stack, a final norm per stack"""
    inner = heads * dkv
    attn = 4 * dm * inner
    enc = L * (attn + 2 * dm * dff + 2 * dm) + buckets * heads + dm
    dec = L * (2 * attn + 2 * dm * dff + 3 * dm) + buckets * heads + dm
    return enc, dec, V * dm


def clip_vit(h, L, inter, patch, image, ch=3):
    """CLIP ViT vision tower: conv patch embedding (no bias), class token, learned positions,
    pre-LN, L pre-norm blocks with biased attention and GELU MLP, post-LN"""
    pos = (image // patch) ** 2 + 1
    layer = 4 * (h * h + h) + h * inter + inter + inter * h + h + 2 * 2 * h
    return ch * patch * patch * h + h + pos * h + 2 * h + L * layer + 2 * h


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
    "llama3.1-405b": llama_like(16384, 53248, 126, 128, 8, 128, 128256, False),
    "qwen2.5-0.5b": llama_like(896, 4864, 24, 14, 2, 64, 151936, True, qkv_bias=True),
    "qwen2.5-1.5b": llama_like(1536, 8960, 28, 12, 2, 128, 151936, True, qkv_bias=True),
    "qwen2.5-3b": llama_like(2048, 11008, 36, 16, 2, 128, 151936, True, qkv_bias=True),
    "qwen2.5-72b": llama_like(8192, 29568, 80, 64, 8, 128, 152064, False, qkv_bias=True),
    "phi4": llama_like(5120, 17920, 40, 40, 10, 128, 100352, False),
    "gemma3-1b": llama_like(1152, 6912, 26, 4, 1, 256, 262144, True, norms=4, qk_norm=True),
}
ACTIVE_M7 = 12_879_925_248
N["mixtral-8x22b"], ACTIVE_M22 = moe_like(6144, 16384, 56, 48, 8, 128, 32768, 8, 2)
T5 = {"t5-small": t5_like(512, 2048, 8, 64, 6, 32128), "t5-base": t5_like(768, 3072, 12, 64, 12, 32128),
      "t5-large": t5_like(1024, 4096, 16, 64, 24, 32128)}
for _m, (_e, _d, _emb) in T5.items():
    N[_m] = _e + _d + _emb
CLIP_L336 = clip_vit(1024, 24, 4096, 14, 336)
PROJ = 1024 * 4096 + 4096 + 4096 * 4096 + 4096                  # LLaVA-1.5 two-layer MLP projector
N["vicuna-7b-llava"] = llama_like(4096, 11008, 32, 32, 32, 128, 32064, False)
N["llava-1.5-7b"] = N["vicuna-7b-llava"] + CLIP_L336 + PROJ
# printed counts (model cards), used as stated in the notes
N["deepseek-v3"], ACTIVE_DSV3 = 671e9, 37e9
N["gpt-oss-120b"], ACTIVE_OSS120 = 116.83e9, 5.13e9
N["gpt-oss-20b"], ACTIVE_OSS20 = 20.91e9, 3.61e9

# hidden, layers, heads, KV heads, head dim
CFG = {"gpt2": (768, 12, 12, 12, 64), "gpt2-medium": (1024, 24, 16, 16, 64),
       "gpt2-xl": (1600, 48, 25, 25, 64),
       "bert-base": (768, 12, 12, 12, 64), "bert-large": (1024, 24, 16, 16, 64),
       "llama2-7b": (4096, 32, 32, 32, 128), "llama2-13b": (5120, 40, 40, 40, 128),
       "llama2-70b": (8192, 80, 64, 8, 128), "llama3-8b": (4096, 32, 32, 8, 128),
       "llama3-70b": (8192, 80, 64, 8, 128), "mistral-7b": (4096, 32, 32, 8, 128),
       "mixtral-8x7b": (4096, 32, 32, 8, 128), "qwen2.5-7b": (3584, 28, 28, 4, 128),
       "falcon-7b": (4544, 32, 71, 1, 64), "gpt3": (12288, 96, 96, 96, 128),
       "llama3.2-1b": (2048, 16, 32, 8, 64), "llama3.2-3b": (3072, 28, 24, 8, 128),
       "llama3.1-405b": (16384, 126, 128, 8, 128), "qwen2.5-0.5b": (896, 24, 14, 2, 64),
       "qwen2.5-1.5b": (1536, 28, 12, 2, 128), "qwen2.5-3b": (2048, 36, 16, 2, 128),
       "qwen2.5-72b": (8192, 80, 64, 8, 128), "phi4": (5120, 40, 40, 10, 128),
       "gemma3-1b": (1152, 26, 4, 1, 256), "mixtral-8x22b": (6144, 56, 48, 8, 128),
       "vicuna-7b-llava": (4096, 32, 32, 32, 128), "llava-1.5-7b": (4096, 32, 32, 32, 128),
       "gpt-oss-120b": (2880, 36, 64, 8, 64), "gpt-oss-20b": (2880, 24, 64, 8, 64)}

# the formula reproduces the catalogue (claims-gold 2.2) and the counts the notes print
assert llama_like(4096, 14336, 32, 32, 8, 128, 128256, False) == N["llama3-8b"]
assert llama_like(4096, 11008, 32, 32, 32, 128, 32000, False) == N["llama2-7b"]
assert llama_like(3584, 18944, 28, 28, 4, 128, 152064, False, qkv_bias=True) == N["qwen2.5-7b"]
assert moe_like(4096, 14336, 32, 32, 8, 128, 32000, 8, 2) == (N["mixtral-8x7b"], ACTIVE_M7)
assert bert_like(768, 3072, 12, 30522, 512) == N["bert-base"]
assert bert_like(1024, 4096, 24, 30522, 512) == N["bert-large"]


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


def act(m, s, b, mode="none", layers=None):
    """activation bytes of all layers, fp16 (Korthikanti et al. 2022)"""
    h, L, a, _, _ = CFG[m]
    per = {"none": s * b * h * (34 + 5 * a * s / h), "flash": 34 * s * b * h, "full": 2 * s * b * h}[mode]
    return per * (layers or L)


def zero(n, gpus, stage):
    """model-state bytes per GPU, 16 bytes per parameter (2 + 2 + 12)"""
    return {0: 16 * n, 1: 4 * n + 12 * n / gpus, 2: 2 * n + 14 * n / gpus, 3: 16 * n / gpus}[stage]


def lora(L, r, mats):
    """trainable LoRA parameters: r * (d_in + d_out) for each adapted matrix in each layer"""
    return L * sum(r * (i + o) for i, o in mats)

SCALE = {"bytes": 1, "байт": 1, "Б": 1, "KB": 1e3, "MB": 1e6, "GB": 1e9, "TB": 1e12,
         "KiB": KIB, "MiB": MIB, "GiB": GIB, "TiB": TIB, "КБ": 1e3, "МБ": 1e6, "ГБ": 1e9,
         "ТБ": 1e12, "КиБ": KIB, "МиБ": MIB, "ГиБ": GIB, "ТиБ": TIB,
         "params": 1, "K": 1e3, "M": 1e6, "B": 1e9, "тыс.": 1e3, "млн": 1e6, "млрд": 1e9, "трлн": 1e12,
         "tokens": 1, "K tokens": 1e3, "M tokens": 1e6, "B tokens": 1e9, "T tokens": 1e12,
         "токенов": 1, "тыс. токенов": 1e3, "млн токенов": 1e6, "млрд токенов": 1e9, "трлн токенов": 1e12,
         "tokens/param": 1, "FLOP": 1, "GFLOP": 1e9, "TFLOP": 1e12, "bits": 1, "бит": 1, "%": 1, "×": 1,
         "tok/s": 1, "ток/с": 1, "токенов/с": 1, "s": 1, "с": 1, "ms": 1e-3, "мс": 1e-3, "min": 60, "мин": 60,
         "hours": 3600, "часов": 3600, "часа": 3600, "ч": 3600, "days": 86400, "суток": 86400, "дней": 86400,
         "GPU-hours": 1, "GPU-часов": 1, "тыс. GPU-часов": 1e3, "gigabytes": 1e9,
         "GB/s": 1e9, "ГБ/с": 1e9, "TB/s": 1e12, "ТБ/с": 1e12, "Гбит/с": 1.25e8,
         "TFLOPS": 1e12, "ТФЛОПС": 1e12, "billion": 1e9, "million": 1e6, "trillion": 1e12,
         "users": 1, "requests": 1, "файлов": 1, "сессий": 1, "слоёв": 1, "пользователей": 1, "GPUs": 1, "карт": 1, "sequences": 1, "последовательностей": 1}
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



# ---- en_01: procurement e-mail thread, Qwen2.5-72B-Instruct and Llama-3.1-405B-Instruct -------------
f = "en_01"
Q72, B405 = "qwen2.5-72b", "llama3.1-405b"
H200_BW, MI300_BW, ADA_BW, MAC_BW = 4.8e12, 5.3e12, 960e9, 800e9
POOL01 = 48 * GIB - W(Q72, "fp8") / 4 - 2 * GIB
claim(f, "72706203648", "params", "params", N[Q72], H)
claim(f, "405853388800", "params", "params", N[B405], H)
claim(f, "72,706,203,648", "params", "params", N[Q72], H)
claim(f, "145.41 GB", "weights", "GB", W(Q72, "bf16"), H, anchor="- bf16: 145.41 GB (135.43 GiB)")
claim(f, "135.43 GiB", "weights", "GiB", W(Q72, "bf16"), H)
claim(f, "72.71 GB", "weights", "GB", W(Q72, "fp8"), H, anchor="- fp8: 72.71 GB (67.71 GiB)")
claim(f, "67.71 GiB", "weights", "GiB", W(Q72, "fp8"), H)
claim(f, "~68 GB", "arithmetic", "GB", 141e9 - W(Q72, "fp8"), H, hedged=True)
claim(f, "36.35 GB", "weights", "GB", W(Q72, "int4"), H, anchor="- int4 (AWQ-style")
claim(f, "≈ 44.5 GB", "quantized_file", "GB", GG(Q72, "Q4_K_M"), H, hedged=True)
claim(f, "327,680 bytes", "kv_cache_per_token", "bytes", KVT(Q72), H)
claim(f, "320 KiB", "kv_cache_per_token", "KiB", KVT(Q72), H, anchor="327,680 bytes = 320 KiB")
claim(f, "10 GiB", "kv_cache_total", "GiB", KV(Q72, 32768), H)
claim(f, "405.85 GB", "weights", "GB", W(B405, "fp8"), H, anchor="- fp8: 405.85 GB in total")
claim(f, "50.73 GB", "weights", "GB", W(B405, "fp8") / 8, H, anchor="- fp8: 405.85 GB in total")
claim(f, "811.71 GB", "weights", "GB", W(B405, "bf16"), H, anchor="- bf16: 811.71 GB = 755.96 GiB")
claim(f, "755.96 GiB", "weights", "GiB", W(B405, "bf16"), H)
claim(f, "504 KiB", "kv_cache_per_token", "KiB", KVT(B405), H, anchor="- KV cache 504 KiB per token")
claim(f, "63 GiB", "kv_cache_total", "GiB", KV(B405, 131072), H, anchor="- KV cache 504 KiB per token")
claim(f, "67.6 GB", "kv_cache_total", "GB", KV(B405, 131072), H)
claim(f, "7.9 GiB", "kv_cache_total", "GiB", KV(B405, 131072) / 8, H, hedged=True)
claim(f, "72.71 GB", "weights", "GB", W(Q72, "fp8"), H, anchor="| Qwen 72B fp8, 1× H200 |")
claim(f, "≈ 66 tok/s", "throughput", "tok/s", H200_BW / W(Q72, "fp8"), H, hedged=True)
claim(f, "18.18 GB", "weights", "GB", W(Q72, "fp8") / 4, H, anchor="| Qwen 72B fp8, 4× RTX 6000 Ada")
claim(f, "≈ 53 tok/s", "throughput", "tok/s", ADA_BW / (W(Q72, "fp8") / 4), H, hedged=True)
claim(f, "44.48 GB", "quantized_file", "GB", GG(Q72, "Q4_K_M"), H, anchor="| Qwen 72B Q4_K_M, Mac Studio |", rel=0.02)
claim(f, "≈ 18 tok/s", "throughput", "tok/s", MAC_BW / GG(Q72, "Q4_K_M"), H, hedged=True, anchor="| Qwen 72B Q4_K_M, Mac Studio |")
claim(f, "50.73 GB", "weights", "GB", W(B405, "fp8") / 8, H, anchor="| 405B fp8, 8× H200, TP=8 |")
claim(f, "≈ 95 tok/s", "throughput", "tok/s", H200_BW / (W(B405, "fp8") / 8), H, hedged=True)
claim(f, "50.73 GB", "weights", "GB", W(B405, "fp8") / 8, H, anchor="| 405B fp8, 8× MI300X, TP=8 |")
claim(f, "≈ 104 tok/s", "throughput", "tok/s", MI300_BW / (W(B405, "fp8") / 8), H, hedged=True, anchor="| 405B fp8, 8× MI300X")
claim(f, "145.41 GB", "weights", "GB", W(Q72, "bf16"), H, anchor="*[check]* No: 145.41 GB")
claim(f, "72.71 GB", "weights", "GB", W(Q72, "fp8"), H, anchor="*[check]* No: 145.41 GB")
claim(f, "about 72.7 GB", "weights", "GB", W(Q72, "bf16"), X, "wrong_dtype", hedged=True,
      note="bf16 145.41 GB; 72.7 GB is the fp8 size")
claim(f, "36.4 GB", "weights", "GB", W(Q72, "fp8"), X, "wrong_dtype", anchor="> - In fp8 it shrinks to 36.4 GB",
      note="fp8 72.71 GB; 36.4 GB is int4")
claim(f, "810 GB", "weights", "GB", W(B405, "fp8"), X, "wrong_dtype", anchor="> - Llama-3.1-405B in fp8 needs 810 GB",
      note="fp8 405.85 GB; 810 GB is bf16")
claim(f, "1,128 GB", "arithmetic", "GB", 8 * 141e9, H)
claim(f, "~405 GB", "weights", "GB", W(B405, "fp8") / 8, X, "per_gpu", hedged=True,
      note="per GPU at TP=8: 50.73 GB; 405 GB is the whole fp8 model")
claim(f, "252 KiB", "kv_cache_per_token", "KiB", KVT(B405), X, "off_2x", note="K and V: 504 KiB per token")
claim(f, "31.5 GiB", "kv_cache_total", "GiB", KV(B405, 131072), X, "off_2x", note="63 GiB at 128K")
claim(f, "~47 tok/s", "throughput", "tok/s", H200_BW / (W(B405, "fp8") / 8), X, "per_gpu", hedged=True,
      note="each card reads its 50.73 GB shard: 94.6 tok/s")
claim(f, "~52 tok/s", "throughput", "tok/s", MI300_BW / (W(B405, "fp8") / 8), X, "per_gpu", hedged=True,
      note="104.5 tok/s per stream at TP=8")
claim(f, "~89 GB", "quantized_file", "GB", GG(Q72, "Q4_K_M"), X, "off_2x", hedged=True, note="Q4_K_M 44.48 GB")
claim(f, "~9 tok/s", "throughput", "tok/s", MAC_BW / GG(Q72, "Q4_K_M"), X, "off_2x", hedged=True, note="18 tok/s")
claim(f, "145.41 GB", "weights", "GB", W(Q72, "bf16"), H, anchor="- bf16 Qwen is 145.41 GB")
claim(f, "72.7 GB", "weights", "GB", W(Q72, "fp8"), H, anchor="- bf16 Qwen is 145.41 GB", occ=2)
claim(f, "72.71 GB", "weights", "GB", W(Q72, "fp8"), H, anchor="- fp8 Qwen is 72.71 GB")
claim(f, "36.4 GB", "weights", "GB", W(Q72, "int4"), H, anchor="- fp8 Qwen is 72.71 GB")
claim(f, "405.85 GB", "weights", "GB", W(B405, "fp8"), H, anchor="- 405B fp8 is 405.85 GB")
claim(f, "810 GB", "weights", "GB", W(B405, "bf16"), H, anchor="- 405B fp8 is 405.85 GB")
claim(f, "811.71 GB", "weights", "GB", W(B405, "bf16"), H, anchor="- 405B fp8 is 405.85 GB")
claim(f, "50.73 GB", "weights", "GB", W(B405, "fp8") / 8, H, anchor="- Per GPU it is 50.73 GB")
claim(f, "~406 GB", "weights", "GB", W(B405, "fp8"), H, hedged=True)
claim(f, "504 KiB", "kv_cache_per_token", "KiB", KVT(B405), H, anchor="- KV: 504 KiB per token")
claim(f, "63 GiB", "kv_cache_total", "GiB", KV(B405, 131072), H, anchor="- KV: 504 KiB per token")
claim(f, "≈ 95", "throughput", "tok/s", H200_BW / (W(B405, "fp8") / 8), H, hedged=True, anchor="- The ceilings ignore")
claim(f, "≈ 104 tok/s", "throughput", "tok/s", MI300_BW / (W(B405, "fp8") / 8), H, hedged=True, anchor="- The ceilings ignore")
claim(f, "44.48 GB", "quantized_file", "GB", GG(Q72, "Q4_K_M"), H, anchor="- Q4_K_M is 44.48 GB", rel=0.02)
claim(f, "41.43 GiB", "quantized_file", "GiB", GG(Q72, "Q4_K_M"), H, rel=0.02)
claim(f, "≈ 18 tok/s", "throughput", "tok/s", MAC_BW / GG(Q72, "Q4_K_M"), H, hedged=True, anchor="- Q4_K_M is 44.48 GB")
claim(f, "~145 GB", "weights", "GB", W(Q72, "bf16"), H, hedged=True)
claim(f, "≈ 73 GB", "weights", "GB", W(Q72, "fp8"), H, hedged=True)
claim(f, "≈ 406 GB", "weights", "GB", W(B405, "fp8"), H, hedged=True)
claim(f, "145.41", "weights", "GB", W(Q72, "bf16"), H, anchor="*[check]* Dana's figures hold")
claim(f, "72.71", "weights", "GB", W(Q72, "fp8"), H, anchor="*[check]* Dana's figures hold")
claim(f, "405.85 GB", "weights", "GB", W(B405, "fp8"), H, anchor="*[check]* Dana's figures hold")
claim(f, "18.18 GB", "weights", "GB", W(Q72, "fp8") / 4, H, anchor="Per card at TP=4")
claim(f, "16.93 GiB", "weights", "GiB", W(Q72, "fp8") / 4, H)
claim(f, "about 29 GiB", "arithmetic", "GiB", POOL01, H, hedged=True)
claim(f, "80 KiB", "kv_cache_per_token", "KiB", KVT(Q72) / 4, H, anchor="The cache is sharded too: 80 KiB")
claim(f, "≈ 381,000 tokens", "tokens", "tokens", POOL01 / (KVT(Q72) / 4), H, hedged=True)
claim(f, "95,000", "tokens", "tokens", POOL01 / (KVT(Q72) / 4), X, "per_gpu",
      note="the draft divided a per-card pool by the whole model's 320 KiB per token: 381,000 tokens")
claim(f, "320 KiB", "kv_cache_per_token", "KiB", KVT(Q72), H, anchor="which used 320 KiB")
claim(f, "192 GB", "arithmetic", "GB", 4 * 48e9, H, anchor="4 cards × 48 = 192 GB")
claim(f, "145 GB", "weights", "GB", W(Q72, "bf16"), H, anchor="minus 145 GB bf16")
claim(f, "47 GB", "arithmetic", "GB", 4 * 48e9 - W(Q72, "bf16"), H, anchor="minus 145 GB bf16")
claim(f, "47 GB", "arithmetic", "GB", 4 * 48e9 - W(Q72, "bf16"), H, anchor="arithmetic is right, but 47 GB")
claim(f, "145.41 GB", "weights", "GB", W(Q72, "bf16"), H, anchor="- Qwen2.5-72B: 145.41 GB bf16")
claim(f, "72.71 GB", "weights", "GB", W(Q72, "fp8"), H, anchor="- Qwen2.5-72B: 145.41 GB bf16")
claim(f, "36.35 GB", "weights", "GB", W(Q72, "int4"), H, anchor="- Qwen2.5-72B: 145.41 GB bf16")
claim(f, "320 KiB", "kv_cache_per_token", "KiB", KVT(Q72), H, anchor="- Qwen2.5-72B: 145.41 GB bf16")
claim(f, "405.85 GB", "weights", "GB", W(B405, "fp8"), H, anchor="- 405B: 405.85 GB fp8")
claim(f, "50.73 GB", "weights", "GB", W(B405, "fp8") / 8, H, anchor="- 405B: 405.85 GB fp8")
claim(f, "504 KiB", "kv_cache_per_token", "KiB", KVT(B405), H, anchor="- 405B: 405.85 GB fp8")
claim(f, "63 GiB", "kv_cache_total", "GiB", KV(B405, 131072), H, anchor="- 405B: 405.85 GB fp8")
non(f, "created: 2027-02-03", "date")
non(f, "updated: 2027-02-11", "date")
non(f, "thread_id: PRC-2027-0147", "thread id")
non(f, "hidden_size: 8192", "config value")
non(f, "num_hidden_layers: 126", "config value")
non(f, "vocab_size: 152064", "config value")
non(f, "Price per box (list, before discount)", "prices")
non(f, "Annual power budget at $0.14/kWh", "prices and power rate")
non(f, "Finance can approve one of the four by Feb 28", "date and budget line")
non(f, "buy two single-GPU servers at $41,200 each", "price")
non(f, "Quote Q-88231 attached, valid 30 days", "quote number and validity")
non(f, "delivery before 2027-04-01", "date, rack positions, power feeds")
non(f, "ticket INFRA-3318", "URL and ticket number")
non(f, "decision meeting 2027-02-18 at 10:30", "date and time")
claim(f, "135.43 GB", "weights", "GB", W(Q72, "bf16"), X, "gib_as_gb", note="135.43 GiB = 145.41 GB")
claim(f, "811.71 GiB", "weights", "GiB", W(B405, "bf16"), X, "gb_as_gib", note="811.71 GB = 755.96 GiB")
claim(f, "101.46 GB", "weights", "GB", W(B405, "fp8") / 8, X, "wrong_dtype", note="fp8 per GPU 50.73 GB; 101.46 GB is bf16")
claim(f, "202.93 GB", "weights", "GB", W(B405, "int4"), H, anchor="> - In int4 the 405B is 202.93 GB")
claim(f, "2.5 MiB", "kv_cache_per_token", "MiB", KVT(Q72), X, "off_2x", note="8 KV heads: 320 KiB (2.5 MiB assumes 64 KV heads)")
claim(f, "320 GiB", "kv_cache_total", "GiB", KV(Q72, 131072), X, "off_2x", note="40 GiB at 128K")
claim(f, "1,536 GB", "arithmetic", "GB", 8 * 192e9, H, anchor="> - The node totals")
claim(f, "~209 tok/s", "throughput", "tok/s", MI300_BW / (W(B405, "fp8") / 8), X, "wrong_dtype", hedged=True,
      note="fp8 ceiling 104.5 tok/s; 209 is the int4 ceiling")
claim(f, "1,536 GB", "arithmetic", "GB", 8 * 192e9, H, anchor="*[check]* Two bullets hold")
claim(f, "320 KiB", "kv_cache_per_token", "KiB", KVT(Q72), H, anchor="Qwen's 8 KV heads give 320 KiB")
claim(f, "40 GiB", "kv_cache_total", "GiB", KV(Q72, 131072), H, anchor="Qwen's 8 KV heads give 320 KiB")
# ---- en_02: wiki runbook, Phi-4 GGUF on a 16 GiB RTX 4080 with llama.cpp -----------------------------
f = "en_02"
P4, L8 = "phi4", "llama3-8b"
BW02 = 716.8e9
claim(f, "14659507200", "params", "params", N[P4], H)
claim(f, "14,659,507,200", "params", "params", N[P4], H)
for t, row in (("Q4_K_M", "| phi-4-Q4_K_M.gguf |"), ("Q5_K_M", "| phi-4-Q5_K_M.gguf |"), ("Q6_K", "| phi-4-Q6_K.gguf |"),
               ("Q8_0", "| phi-4-Q8_0.gguf |"), ("F16", "| phi-4-F16.gguf |")):
    claim(f, f"{GG(P4, t) / 1e9:.2f}", "quantized_file", "GB", GG(P4, t), H, anchor=row, rel=0.02)
    claim(f, f"{GG(P4, t) / GIB:.2f}", "quantized_file", "GiB", GG(P4, t), H, anchor=row, rel=0.02)
claim(f, "29.32 GB", "weights", "GB", W(P4, "bf16"), H, anchor="For reference the bf16 safetensors")
claim(f, "27.31 GiB", "weights", "GiB", W(P4, "bf16"), H, anchor="For reference the bf16 safetensors")
claim(f, "14.66 B", "params", "B", N[P4], H, anchor="For reference the bf16 safetensors")
claim(f, "8.4G", "quantized_file", "GiB", GG(P4, "Q4_K_M"), H, anchor="# 8.4G    models", rel=0.02)
claim(f, "8.4G", "quantized_file", "GiB", GG(P4, "Q4_K_M"), H, anchor="`du -h` prints binary units", rel=0.02)
claim(f, "8.35 GiB", "quantized_file", "GiB", GG(P4, "Q4_K_M"), H, anchor="`du -h` prints binary units", rel=0.02)
claim(f, "8.97 GB", "quantized_file", "GB", GG(P4, "Q4_K_M"), H, anchor="`du -h` prints binary units", rel=0.02)
claim(f, "8.35 GiB", "quantized_file", "GiB", GG(P4, "Q4_K_M"), H, anchor="print_info: file size", rel=0.02)
claim(f, "3200.00 MiB", "kv_cache_total", "MiB", KV(P4, 16384), H)
claim(f, "1600.00 MiB", "kv_cache_total", "MiB", KV(P4, 16384) / 2, H, anchor="llama_kv_cache: size")
claim(f, "1600.00 MiB", "kv_cache_total", "MiB", KV(P4, 16384) / 2, H, anchor="llama_kv_cache: size", occ=2)
claim(f, "204,800 bytes", "kv_cache_per_token", "bytes", KVT(P4), H)
claim(f, "200 KiB", "kv_cache_per_token", "KiB", KVT(P4), H)
claim(f, "3.125 GiB", "kv_cache_total", "GiB", KV(P4, 16384), H, anchor="per token, × 16,384 tokens")
claim(f, "8.35 GiB", "quantized_file", "GiB", GG(P4, "Q4_K_M"), H, anchor="1. Weights: 8.35 GiB", rel=0.02)
claim(f, "3.125 GiB", "kv_cache_total", "GiB", KV(P4, 16384), H, anchor="2. KV cache at 16K")
claim(f, "≈ 1.66 GiB", "kv_cache_total", "GiB", KV(P4, 16384) * 8.5 / 16, H, hedged=True,
      note="q8_0 cache: 34 bytes per 32 values = 8.5 bits")
claim(f, "11.98 GiB", "arithmetic", "GiB", GG(P4, "Q4_K_M") + KV(P4, 16384) + 0.5 * GIB, H, rel=0.02)
claim(f, "6.25 GiB", "kv_cache_total", "GiB", KV(P4, 32768), H)
claim(f, "≈ 15.1 GiB", "arithmetic", "GiB", GG(P4, "Q4_K_M") + KV(P4, 32768) + 0.5 * GIB, H, hedged=True)
claim(f, "11.20 GiB", "quantized_file", "GiB", GG(P4, "Q6_K"), H, anchor="Q6_K (11.20 GiB)", rel=0.02)
claim(f, "14.33 GiB", "arithmetic", "GiB", GG(P4, "Q6_K") + KV(P4, 16384), H, rel=0.02)
claim(f, "≈ 80 tok/s", "throughput", "tok/s", BW02 / GG(P4, "Q4_K_M"), H, hedged=True)
claim(f, "≈ 69 tok/s", "throughput", "tok/s", BW02 / GG(P4, "Q5_K_M"), H, hedged=True)
claim(f, "≈ 46 tok/s", "throughput", "tok/s", BW02 / GG(P4, "Q8_0"), H, hedged=True)
claim(f, "4.58 GiB", "quantized_file", "GiB", GG(L8, "Q4_K_M"), H, anchor="same box serves Llama-3.1-8B", rel=0.02)
claim(f, "4.91 GB", "quantized_file", "GB", GG(L8, "Q4_K_M"), H, rel=0.02)
claim(f, "128 KiB", "kv_cache_per_token", "KiB", KVT(L8), H, anchor="128 KiB of cache per token")
claim(f, "4 GiB", "kv_cache_total", "GiB", KV(L8, 32768), H, anchor="128 KiB of cache per token")
claim(f, "7.95 GiB", "quantized_file", "GiB", GG(L8, "Q8_0"), H, rel=0.02)
claim(f, "≈ 146 tok/s", "throughput", "tok/s", BW02 / GG(L8, "Q4_K_M"), H, hedged=True)
claim(f, "800 KiB", "kv_cache_per_token", "KiB", KVT(P4), X, "off_2x", quoted=True,
      note="10 KV heads: 200 KiB per token")
claim(f, "12.5 GiB", "kv_cache_total", "GiB", KV(P4, 16384), X, "off_2x", quoted=True,
      anchor="A 16K context therefore needs", note="3.125 GiB at 16K")
claim(f, "8.35 GB", "quantized_file", "GB", GG(P4, "Q4_K_M"), X, "gib_as_gb", quoted=True,
      note="8.35 GiB = 8.97 GB")
claim(f, "14.66 GB", "weights", "GB", W(P4, "bf16"), X, "wrong_dtype", quoted=True,
      note="bf16 29.32 GB; 14.66 GB is int8")
claim(f, "≈ 40 tok/s", "throughput", "tok/s", BW02 / GG(P4, "Q4_K_M"), X, "off_2x", hedged=True, quoted=True,
      note="716.8 / 8.97 = 80 tok/s")
claim(f, "8.97 GB", "quantized_file", "GB", GG(P4, "Q4_K_M"), H, anchor="Decode ceiling ≈ 40 tok/s", rel=0.02, quoted=True)
claim(f, "4.58 GB", "quantized_file", "GB", GG(L8, "Q4_K_M"), X, "gib_as_gb", quoted=True, note="4.58 GiB = 4.91 GB")
claim(f, "16 GiB", "kv_cache_total", "GiB", KV(L8, 32768), X, "off_2x", quoted=True, anchor="at 32K its cache is 16 GiB",
      note="8 KV heads: 4 GiB at 32K")
claim(f, "31.2 GB", "quantized_file", "GB", GG(P4, "Q8_0"), X, "off_2x", quoted=True, note="Q8_0 15.58 GB")
claim(f, "12.5 GiB", "kv_cache_total", "GiB", KV(P4, 65536), H, anchor="- 2027-02-02: OOM")
claim(f, "8.97 GB", "quantized_file", "GB", GG(P4, "Q4_K_M"), H, anchor="Q4_K_M (8.97 GB = 8.35 GiB)", rel=0.02)
claim(f, "8.35 GiB", "quantized_file", "GiB", GG(P4, "Q4_K_M"), H, anchor="Q4_K_M (8.97 GB = 8.35 GiB)", rel=0.02)
claim(f, "3.125 GiB", "kv_cache_total", "GiB", KV(P4, 16384), H, anchor="Q4_K_M (8.97 GB = 8.35 GiB)")
non(f, "reviewed: 2027-03-14", "date")
non(f, "revision: 7", "page revision")
non(f, "driver: 550.127.05", "driver version")
non(f, "gpu_bandwidth_GBps: 716.8", "hardware spec property")
non(f, "llama_cpp_build: b4821", "build number")
non(f, "port: 8091", "port")
non(f, "ctx_size: 16384", "config value")
non(f, "# 3f9c2a71b0e4d5c8", "hash prefix")
non(f, "print_info: n_layer     = 40", "log config value")
non(f, "61.4 tok/s on Q4_K_M at 512-token prompts", "measured throughput")
non(f, "- 2027-02-19: driver 550.127.05", "date, version, measured speed")
non(f, "main: server is listening on http://0.0.0.0:8091", "URL with port")
# ---- en_03: saved forum thread, RAG index vs BERT embedder / reranker ---------------------------------
f = "en_03"
BB, BL = "bert-base", "bert-large"
V768 = 50e6 * 768
TOK03 = 50e6 * 256
claim(f, "109482240", "params", "params", N[BB], H)
claim(f, "335141888", "params", "params", N[BL], H)
claim(f, "about 1.1 GB", "weights", "GB", W(BB, "fp32"), X, "off_2x", hedged=True, note="BERT-base fp32 437.9 MB")
claim(f, "5.4 GB", "weights", "GB", W(BL, "fp32"), X, "off_2x", anchor="BERT-large is 5.4 GB", note="BERT-large fp32 1.34 GB")
claim(f, "38.4 million", "arithmetic", "million", V768, X, "off_2x", note="50M x 768 = 38.4 billion floats")
claim(f, "around 150 MB", "arithmetic", "MB", V768 * 4, X, "off_2x", hedged=True, note="153.6 GB")
claim(f, "153.6 GB", "arithmetic", "GB", V768 * 2, X, "wrong_dtype", anchor="Switch the vectors to fp16",
      note="fp16 vectors 76.8 GB; 153.6 GB is fp32")
claim(f, "38.4 GB", "arithmetic", "GB", V768 / 8, X, "wrong_dtype", anchor="Binary quantisation gets you to",
      note="binary codes 4.8 GB; 38.4 GB is int8")
claim(f, "437.9 MB", "weights", "MB", W(BB, "fp32"), H, anchor="*My check:* BERT-base fp32")
claim(f, "1.34 GB", "weights", "GB", W(BL, "fp32"), H, anchor="*My check:* BERT-base fp32")
claim(f, "38.4 billion", "arithmetic", "billion", V768, H)
claim(f, "76.8 GB", "arithmetic", "GB", V768 * 2, H, anchor="not million. fp16 vectors are 76.8 GB")
claim(f, "153.6 GB", "arithmetic", "GB", V768 * 4, H, anchor="not million. fp16 vectors are 76.8 GB")
claim(f, "4.8 GB", "arithmetic", "GB", V768 / 8, H, anchor="binary codes are 4.8 GB")
claim(f, "153.6 GB", "arithmetic", "GB", V768 * 4, H, anchor="> The index dominates.")
claim(f, "~143 GiB", "arithmetic", "GiB", V768 * 4, H, hedged=True)
claim(f, "438 MB", "weights", "MB", W(BB, "fp32"), H)
claim(f, "670 MB", "weights", "MB", W(BL, "fp16"), H, anchor="BERT-large 670 MB in fp16")
claim(f, "12.8 billion tokens", "tokens", "billion", TOK03, H, anchor="> Also: embedding all chunks")
claim(f, "2.8e18 FLOP", "flops", "FLOP", 2 * N[BB] * TOK03, H)
claim(f, "~7.8 hours", "time", "hours", 2 * N[BB] * TOK03 / 100e12, H, hedged=True)
claim(f, "~24 hours", "time", "hours", 2 * N[BL] * TOK03 / 100e12, H, hedged=True)
claim(f, "153.6 GiB", "arithmetic", "GiB", V768 * 4, X, "gb_as_gib", quoted=True, note="153.6 GB = 143.05 GiB")
claim(f, "440 MB", "weights", "MB", W(BB, "fp16"), X, "wrong_dtype", quoted=True, note="fp16 219 MB; 440 MB is fp32")
claim(f, "110M", "params", "M", N[BB], H, quoted=True, anchor="BERT-base has 110M parameters")
claim(f, "670 MB", "weights", "MB", W(BL, "fp32"), X, "wrong_dtype", quoted=True, anchor="> - BERT-large in fp32 is only",
      note="fp32 1.34 GB; 670 MB is fp16")
claim(f, "76.8 GB", "arithmetic", "GB", V768, X, "wrong_dtype", quoted=True, anchor="> - An int8 index would need",
      note="int8 38.4 GB; 76.8 GB is fp16")
claim(f, "2.8e17 FLOP", "flops", "FLOP", 2 * N[BB] * TOK03, X, "off_2x", quoted=True, note="2.8e18 FLOP")
claim(f, "about 78 hours", "time", "hours", 2 * N[BB] * TOK03 / 100e12, X, "off_2x", hedged=True, quoted=True,
      note="7.8 hours")
claim(f, "8×", "ratio", "×", 32, X, "off_2x", quoted=True, anchor="Going from fp32 to binary", note="32x")
claim(f, "409.6 GB", "arithmetic", "GB", 50e6 * 1024 * 4, X, "off_2x", quoted=True, note="204.8 GB")
claim(f, "~350×", "ratio", "×", V768 * 4 / W(BB, "fp32"), H, hedged=True, anchor="the index is ~350× bigger")
for cells, row in ((("153.6 GB", 4), ("76.8 GB", 2), ("38.4 GB", 1), ("4.8 GB", 1 / 8)), "> | vectors, 768-dim, 50M |"), \
                  ((("204.8 GB", 4), ("102.4 GB", 2), ("51.2 GB", 1), ("6.4 GB", 1 / 8)), "> | vectors, 1024-dim"):
    dim = 768 if "768" in row else 1024
    for fig, b in cells:
        claim(f, fig, "arithmetic", "GB", 50e6 * dim * b, H, anchor=row)
claim(f, "109.5M", "params", "M", N[BB], H, anchor="> | embedder (BERT-base")
claim(f, "437.9 MB", "weights", "MB", W(BB, "fp32"), H, anchor="> | embedder (BERT-base")
claim(f, "219 MB", "weights", "MB", W(BB, "fp16"), H, anchor="> | embedder (BERT-base")
claim(f, "109.5 MB", "weights", "MB", W(BB, "int8"), H, anchor="> | embedder (BERT-base")
claim(f, "335.1M", "params", "M", N[BL], H, anchor="> | reranker (BERT-large")
claim(f, "1.34 GB", "weights", "GB", W(BL, "fp32"), H, anchor="> | reranker (BERT-large")
claim(f, "670.3 MB", "weights", "MB", W(BL, "fp16"), H, anchor="> | reranker (BERT-large")
claim(f, "335.1 MB", "weights", "MB", W(BL, "int8"), H, anchor="> | reranker (BERT-large")
claim(f, "**32×**", "ratio", "×", 32, H)
claim(f, "96 bytes", "arithmetic", "bytes", 768 / 8, H)
claim(f, "≈ 351", "ratio", "×", V768 * 4 / W(BB, "fp32"), H, hedged=True)
claim(f, "~350×", "ratio", "×", V768 * 4 / W(BB, "fp32"), H, hedged=True, anchor="so the index is ~350× the embedder")
claim(f, "143.05 GiB", "arithmetic", "GiB", V768 * 4, H)
claim(f, "417.6 MiB", "weights", "MiB", W(BB, "fp32"), H)
claim(f, "639.2 MiB", "weights", "MiB", W(BL, "fp16"), H)
claim(f, "~153.6 GB", "arithmetic", "GB", V768 * 4, H, hedged=True)
claim(f, "38.4 GB", "arithmetic", "GB", V768, H, anchor="serve int8 (38.4 GB) from RAM")
claim(f, "204.8 GB", "arithmetic", "GB", 50e6 * 1024 * 4, H, anchor="- `nadia_r`: thanks!")
claim(f, "33 %", "percentage", "%", 100 * (1024 / 768 - 1), H)
claim(f, "4.8 GiB", "arithmetic", "GiB", V768 / 8, X, "gb_as_gib", note="4.8 GB = 4.47 GiB")
claim(f, "4.8 GB", "arithmetic", "GB", V768 / 8, H, anchor="(it is 4.8 GB = 4.47 GiB)")
claim(f, "4.47 GiB", "arithmetic", "GiB", V768 / 8, H)
claim(f, "4×", "ratio", "×", 4, H, anchor="and int8 is a 4× cut")
claim(f, "75 %", "percentage", "%", 75, H, anchor="and int8 is a 4× cut")
claim(f, "2.1e13 FLOP", "flops", "FLOP", 2 * N[BL] * 100 * 320, H)
claim(f, "335M", "params", "M", N[BL], H, anchor="BERT-large is 335M params")
claim(f, "335 MB", "weights", "MB", W(BL, "fp16"), X, "wrong_dtype", note="fp16 670.3 MB; 335 MB is int8")
claim(f, "≈ 153.6 GB", "arithmetic", "GB", V768 * 4, H, hedged=True, anchor="Index ≈ 153.6 GB fp32")
claim(f, "38.4 GB", "arithmetic", "GB", V768, H, anchor="Index ≈ 153.6 GB fp32")
claim(f, "4.8 GB", "arithmetic", "GB", V768 / 8, H, anchor="Index ≈ 153.6 GB fp32")
claim(f, "1.8 GB", "weights", "GB", W(BB, "fp32") + W(BL, "fp32"), H, bound="upper", anchor="Index ≈ 153.6 GB fp32")
non(f, "source: https://discuss.example.org/t/rag-memory-50m-chunks/48213", "URL with numbers")
non(f, "saved: 2027-01-22", "date")
non(f, "thread_votes: 37", "vote count")
non(f, "tokens_per_chunk: 256", "config value")
non(f, "embedding_dim: 768", "config value")
non(f, "posted by `nadia_r`, 41 views", "view count")
non(f, "256 GB RAM, one L4", "hardware inventory")
non(f, "Answer 1 (by `gpu_maximalist`, −6 votes)", "votes")
non(f, "its dense bf16 peak is 121 TFLOPS", "hardware spec")
non(f, "rescore the top 1,000 with fp32 vectors", "retrieval parameter")
non(f, "recall@10 went from 0.912", "benchmark scores and latency")
# ---- en_04: week of a personal log, QAT + gradient checkpointing on Llama 3.2 3B ----------------------
f = "en_04"
L3 = "llama3.2-3b"
Q15 = "qwen2.5-1.5b"
ST04 = 16 * N[L3]
A_NONE, A_FLASH, A_FULL = act(L3, 4096, 1), act(L3, 4096, 1, "flash"), act(L3, 4096, 1, "full")
LOGITS = 4 * 4096 * 128256
C04 = 6 * N[L3] * 2e9
assert N[L3] == 3_212_749_824
claim(f, "3212749824", "params", "params", N[L3], H)
claim(f, "25.7 GB", "training", "GB", ST04, X, "off_2x", note="16 bytes/param: 51.40 GB; 25.7 GB is 8 bytes/param")
claim(f, "**51.40 GB**", "training", "GB", ST04, H)
claim(f, "12.85 GB", "training", "GB", zero(N[L3], 4, 3), H, anchor="- With ZeRO-3 over the 4 GPUs")
claim(f, "51.4 GB", "training", "GB", zero(N[L3], 4, 3), X, "per_gpu", anchor="- With ZeRO-3 over the 4 GPUs",
      note="ZeRO-3 per GPU 12.85 GB; 51.4 GB is the unsharded total")
claim(f, "6.43 GB", "weights", "GB", W(L3, "bf16"), H, anchor="- bf16 weights alone")
claim(f, "6.43 GiB", "weights", "GiB", W(L3, "bf16"), X, "gb_as_gib", note="6.43 GB = 5.98 GiB")
claim(f, "5.98 GiB", "weights", "GiB", W(L3, "bf16"), H)
claim(f, "2,441,084,928 bytes", "activations", "bytes", A_NONE / 28, H)
claim(f, "≈ 2.44 GB", "activations", "GB", A_NONE / 28, H, hedged=True)
claim(f, "68.35 GB", "activations", "GB", A_NONE, H, anchor="2. All 28 layers: 68.35 GB")
claim(f, "63.66 GiB", "activations", "GiB", A_NONE, H)
claim(f, "12.85 GB", "training", "GB", zero(N[L3], 4, 3), H, anchor="2. All 28 layers: 68.35 GB")
claim(f, "6.8 GB", "activations", "GB", A_NONE, X, "off_2x", note="68.35 GB")
claim(f, "427.8 MB", "activations", "MB", A_FLASH / 28, H)
claim(f, "11.98 GB", "activations", "GB", A_FLASH, H, anchor="4. With FlashAttention")
claim(f, "11.16 GiB", "activations", "GiB", A_FLASH, H)
claim(f, "25.2 MB", "activations", "MB", A_FULL / 28, H)
claim(f, "≈ 705 MB", "activations", "MB", A_FULL, H, hedged=True)
claim(f, "672 MiB", "activations", "MiB", A_FULL, H)
claim(f, "1.41 GB", "activations", "GB", A_FULL, X, "off_2x", note="2 bytes: 705 MB")
claim(f, "2.10 GB", "activations", "GB", LOGITS, H)
claim(f, "4.20 GB", "activations", "GB", 2 * LOGITS, H, anchor="doubled to 4.20 GB in training")
claim(f, "about 1.05 GB", "activations", "GB", LOGITS, X, "off_2x", hedged=True, quoted=True, note="2.10 GB")
claim(f, "47.9 GB", "activations", "GB", act(L3, 4096, 4, "flash"), H)
claim(f, "2.82 GB", "activations", "GB", act(L3, 4096, 4, "full"), H)
claim(f, "3,212,749,824", "params", "params", N[L3], H)
claim(f, "1.61 GB", "weights", "GB", W(L3, "int4"), H, anchor="- 3,212,749,824 × 0.5 bytes")
claim(f, "≈ 1.81 GB", "weights", "GB", N[L3] * 4.5 / 8, H, hedged=True, anchor="- 3,212,749,824 × 0.5 bytes")
claim(f, "3.21 GB", "weights", "GB", W(L3, "int4"), X, "wrong_dtype", anchor="int4 model = 3.21 GB",
      note="int4 1.61 GB; 3.21 GB is int8")
claim(f, "4×", "ratio", "×", 4, H, anchor="4-bit is 4× smaller than bf16")
claim(f, "6.43 GB", "weights", "GB", W(L3, "bf16"), H, anchor="4-bit is 4× smaller than bf16")
claim(f, "1.61 GB", "weights", "GB", W(L3, "int4"), H, anchor="4-bit is 4× smaller than bf16")
claim(f, "≈ 3.86e19 FLOP", "flops", "FLOP", C04, H, hedged=True)
claim(f, "≈ 6.8 hours", "time", "hours", C04 / (0.4 * 4 * 989e12), H, hedged=True)
claim(f, "68 hours", "time", "hours", C04 / (0.04 * 4 * 989e12), H, note="at the 4 % MFU the scheduler assumed")
claim(f, "1,543,714,304", "params", "params", N[Q15], H)
claim(f, "24.70 GB", "training", "GB", 16 * N[Q15], H)
claim(f, "3.09 GB", "weights", "GB", W(Q15, "bf16"), H)
claim(f, "49.4 GB", "training", "GB", 16 * N[Q15], X, "off_2x", note="16 bytes/param: 24.70 GB")
for fig, kind, val, err, unit, row in (
        ("12.85 GB", "weights", W(L3, "bf16"), "wrong_dtype", "GB", "| bf16 weights | 12.85 GB"),
        ("51.40 GiB", "training", ST04, "gb_as_gib", "GiB", "| model state, 16 B/param | 51.40 GiB"),
        ("3.21 GB", "training", zero(N[L3], 4, 3), "off_2x", "GB", "| per GPU, ZeRO-3 on 4 | 3.21 GB"),
        ("136.7 GB", "activations", A_NONE, "off_2x", "GB", "136.7 GB"),
        ("1.2 GB", "activations", A_FLASH, "off_2x", "GB", "| activations, FlashAttention, 28 layers | 1.2 GB"),
        ("19.7 GB", "activations", A_FULL, "off_2x", "GB", "19.7 GB"),
        ("4.20 GB", "activations", LOGITS, "off_2x", "GB", "| fp32 logits, one 4K sequence, forward |"),
        ("0.80 GB", "weights", W(L3, "int4"), "off_2x", "GB", "| int4 export, no scales | 0.80 GB")):
    claim(f, fig, kind, unit, val, X, err, anchor=row)
claim(f, "51.40 GB", "training", "GB", ST04, H, anchor="| model state, 16 B/param | 51.40 GB")
claim(f, "12.85 GB", "training", "GB", zero(N[L3], 4, 3), H, anchor="| model state, 16 B/param | 51.40 GB")
claim(f, "68.35 GB", "activations", "GB", A_NONE, H, anchor="| activations, no recompute, 28 layers | 68.35 GB")
claim(f, "11.98 GB", "activations", "GB", A_FLASH, H, anchor="| activations, FlashAttention | 11.98 GB")
claim(f, "705 MB", "activations", "MB", A_FULL, H, anchor="| activations, full recompute | 705 MB")
claim(f, "1.61 GB", "weights", "GB", W(L3, "int4"), H, anchor="| int4 export | 1.61 GB")
claim(f, "≈ 1.81 GB", "weights", "GB", N[L3] * 4.5 / 8, H, hedged=True, anchor="| int4 export | 1.61 GB")
claim(f, "3.86e19 FLOP", "flops", "FLOP", C04, H, anchor="| run compute |")
claim(f, "≈ 6.8 h", "time", "hours", C04 / (0.4 * 4 * 989e12), H, hedged=True, anchor="| run compute |")
non(f, "week: 2027-W09", "ISO week")
non(f, "created: 2027-03-01", "date")
non(f, "cluster: \"4× H100 80GB (node gpu-17)\"", "hardware inventory")
non(f, "lr: 1.0e-5", "hyper-parameter")
non(f, "seed: 1234", "seed")
non(f, "no recomputation $s b h (34 + 5 a s / h)$", "LaTeX with free variables")
non(f, "- Run 1 crashed after 41 steps", "step count, measured allocation, ticket")
non(f, "Step time went from 1.84 s to 2.41 s", "measured step times")
non(f, "Eval: wikitext ppl 9.81", "benchmark scores")
non(f, "qat: int4 weights, group 32", "config value")
# ---- en_05: book chapter summary, T5 encoder-decoder (configs in the properties) ------------------------
f = "en_05"
T5S, T5B, T5L = "t5-small", "t5-base", "t5-large"
ENC, DEC, EMB = T5[T5B]
XKV_B, XKV_L = 2 * 12 * 768 * 2, 2 * 24 * 1024 * 2
TOK05 = 2**35
C05 = 6 * N[T5B] * TOK05
assert (N[T5S], N[T5B], N[T5L]) == (60_506_624, 222_903_552, 737_668_096)
claim(f, "60506624", "params", "params", N[T5S], H)
claim(f, "222903552", "params", "params", N[T5B], H)
claim(f, "737668096", "params", "params", N[T5L], H)
claim(f, "84,954,240", "params", "params", ENC, H)
claim(f, "113,275,008", "params", "params", DEC, H)
claim(f, "24,674,304", "params", "params", EMB, H)
claim(f, "222,903,552", "params", "params", N[T5B], H, anchor="- T5-base: encoder 84,954,240")
claim(f, "≈ 50.8 %", "percentage", "%", 100 * DEC / N[T5B], H, hedged=True)
claim(f, "about 25 %", "percentage", "%", 100 * DEC / N[T5B], X, "off_2x", hedged=True, note="decoder 50.8 %")
claim(f, "98.7 MB", "weights", "MB", EMB * 4, H)
claim(f, "49.35 MB", "weights", "MB", EMB * 4, X, "wrong_dtype", note="fp32 98.7 MB; 49.35 MB is fp16")
for m, row, p, a, b, c in ((T5S, "| t5-small |", "60.5M", "242.0 MB", "121.0 MB", "968 MB"),
                           (T5B, "| t5-base |", "222.9M", "891.6 MB", "445.8 MB", "3.57 GB"),
                           (T5L, "| t5-large |", "737.7M", "2.95 GB", "1.48 GB", "11.80 GB")):
    claim(f, p, "params", "M", N[m], H, anchor=row)
    claim(f, a, "weights", a.split()[1], W(m, "fp32"), H, anchor=row)
    claim(f, b, "weights", b.split()[1], W(m, "bf16"), H, anchor=row)
    claim(f, c, "training", c.split()[1], 16 * N[m], H, anchor=row)
claim(f, "36,864 bytes", "kv_cache_per_token", "bytes", XKV_B, H)
claim(f, "36 KiB", "kv_cache_per_token", "KiB", XKV_B, H, anchor="36,864 bytes = 36 KiB")
claim(f, "18 MiB", "kv_cache_total", "MiB", XKV_B * 512, H)
claim(f, "36 KiB", "kv_cache_per_token", "KiB", XKV_B, H, anchor="The **self-attention cache**")
claim(f, "96 KiB", "kv_cache_per_token", "KiB", XKV_L, H)
claim(f, "48 MiB", "kv_cache_total", "MiB", XKV_L * 512, H)
claim(f, "≈ 34.4 billion tokens", "tokens", "billion", TOK05, H, hedged=True)
claim(f, "≈ 4.6e19 FLOP", "flops", "FLOP", C05, H, hedged=True)
claim(f, "220M", "params", "M", N[T5B], H, anchor="T5-base is 220M parameters")
claim(f, "440 MB", "weights", "MB", W(T5B, "fp32"), X, "wrong_dtype", note="fp32 891.6 MB; 440 MB is bf16")
claim(f, "2.95 GB", "weights", "GB", W(T5L, "bf16"), X, "wrong_dtype", anchor="T5-large in bf16 is 2.95 GB",
      note="bf16 1.48 GB; 2.95 GB is fp32")
claim(f, "18 KiB", "kv_cache_per_token", "KiB", XKV_B, X, "off_2x", note="K and V: 36 KiB")
claim(f, "18 GiB", "kv_cache_total", "GiB", XKV_B * 512, X, "off_2x", note="18 MiB: a x1024 slip")
claim(f, "about 24.2 MB", "weights", "MB", W(T5S, "fp32"), X, "off_2x", hedged=True, note="242.0 MB")
claim(f, "5.90 GB", "training", "GB", 16 * N[T5L], X, "off_2x", note="16 bytes/param: 11.80 GB")
claim(f, "about 34 trillion tokens", "tokens", "trillion", TOK05, X, "off_2x", hedged=True, note="34.4 billion")
claim(f, "≈ 4.6e20 FLOP", "flops", "FLOP", C05, X, "off_2x", hedged=True, note="4.6e19")
claim(f, "48 KiB", "kv_cache_per_token", "KiB", XKV_L, X, "off_2x", anchor="T5-large caches 48 KiB", note="96 KiB")
claim(f, "222.9M", "params", "M", N[T5B], H, anchor="T5-base 222.9M params")
claim(f, "891.6 MB", "weights", "MB", W(T5B, "fp32"), H, anchor="T5-base 222.9M params")
claim(f, "≈ 51 %", "percentage", "%", 100 * DEC / N[T5B], H, hedged=True)
claim(f, "36 KiB", "kv_cache_per_token", "KiB", XKV_B, H, anchor="T5-base 222.9M params")
non(f, "chapter: 7", "chapter number")
non(f, "pages: 211-248", "page range")
non(f, "read_on: 2027-01-09", "date")
non(f, "rating: 4/5", "rating")
non(f, "relative_position_buckets: 32", "config value")
non(f, "Book errata page (p. 247)", "page number")
non(f, "Ex. 7.5 (beam search with beam 4", "exercise number and decoding parameters")
non(f, "## Exercises from the chapter (7.1–7.6)", "section numbers")
claim(f, "768 values", "params", "params", 2 * 32 * 12, H)
# ---- en_06: slide deck outline, long context after RoPE scaling (cache at 128K and 1M) ------------------
f = "en_06"
L8, L70, B405, Q7 = "llama3-8b", "llama3-70b", "llama3.1-405b", "qwen2.5-7b"
M1 = 1048576
claim(f, "131,072 bytes", "kv_cache_per_token", "bytes", KVT(L8), H)
claim(f, "128 KiB", "kv_cache_per_token", "KiB", KVT(L8), H, anchor="131,072 bytes = 128 KiB")
claim(f, "320 KiB", "kv_cache_per_token", "KiB", KVT(L70), H, anchor="- Llama-3.1-70B: 320 KiB")
claim(f, "504 KiB", "kv_cache_per_token", "KiB", KVT(B405), H, anchor="- Llama-3.1-405B: 504 KiB")
claim(f, "56 KiB", "kv_cache_per_token", "KiB", KVT(Q7), H, anchor="- Qwen2.5-7B-Instruct-1M: 56 KiB")
for m, row, a, b in ((L8, "| Llama-3.1-8B |", "16 GiB", "128 GiB"), (L70, "| Llama-3.1-70B |", "40 GiB", "320 GiB"),
                     (B405, "| Llama-3.1-405B |", "63 GiB", "504 GiB"), (Q7, "| Qwen2.5-7B-1M |", "7 GiB", "56 GiB")):
    claim(f, a, "kv_cache_total", "GiB", KV(m, 131072), H, anchor=row)
    claim(f, b, "kv_cache_total", "GiB", KV(m, M1), H, anchor=row)
claim(f, "16 GiB", "kv_cache_total", "GiB", KV(L8, 131072), H, anchor="Speaker note: at 128K")
claim(f, "14.96 GiB", "weights", "GiB", W(L8, "bf16"), H)
claim(f, "56 GiB", "kv_cache_total", "GiB", KV(Q7, M1), H, anchor="- Qwen2.5-7B-1M at 1M tokens")
claim(f, "60.1 GB", "kv_cache_total", "GB", KV(Q7, M1), H)
claim(f, "≈ 3.9×", "ratio", "×", KV(Q7, M1) / W(Q7, "bf16"), H, hedged=True)
claim(f, "15.23 GB", "weights", "GB", W(Q7, "bf16"), H)
claim(f, "28 GiB", "kv_cache_total", "GiB", KV(Q7, M1, b=1), H, anchor="- fp8 cache halves it")
claim(f, "≈ 7.9 GiB", "kv_cache_total", "GiB", KV(B405, 131072) / 8, H, hedged=True)
claim(f, "64 GiB", "kv_cache_total", "GiB", KV(L8, 131072), X, "off_2x", note="8 KV heads: 16 GiB at 128K")
claim(f, "40.0 GB", "kv_cache_total", "GB", KV(L70, 131072), X, "gib_as_gb", note="40 GiB = 42.9 GB")
claim(f, "1008 KiB", "kv_cache_per_token", "KiB", KVT(B405), X, "off_2x", note="504 KiB")
claim(f, "56 GB", "kv_cache_total", "GB", KV(Q7, M1), X, "gib_as_gb", anchor="- \"Qwen 1M context: 56 GB", note="56 GiB = 60.1 GB")
claim(f, "56 GiB", "kv_cache_total", "GiB", KV(Q7, M1, b=1), X, "wrong_dtype", anchor="- \"Qwen 1M context: 56 GB",
      note="fp8 28 GiB; 56 GiB is bf16")
claim(f, "12.8 GiB", "kv_cache_total", "GiB", KV(L8, M1), X, "off_2x", note="128 GiB at 1M")
claim(f, "3.2 TiB", "kv_cache_total", "TiB", KV(L70, M1), X, "off_2x", note="320 GiB = 0.31 TiB")
claim(f, "63 GiB", "kv_cache_total", "GiB", KV(B405, 131072) / 8, X, "per_gpu", anchor="- \"405B at 128K is 63 GiB per GPU",
      note="7.9 GiB per GPU at TP=8; 63 GiB is the whole cache")
claim(f, "64 KiB", "kv_cache_per_token", "KiB", KVT(L8), X, "wrong_dtype", note="bf16 128 KiB; 64 KiB is fp8")
claim(f, "128 KiB", "kv_cache_per_token", "KiB", KVT(L8), H, anchor="- Cache per token × context")
claim(f, "16 GiB", "kv_cache_total", "GiB", KV(L8, 131072), H, anchor="- Cache per token × context")
claim(f, "56 GiB", "kv_cache_total", "GiB", KV(Q7, M1), H, anchor="- fp8 KV halves everything")
non(f, "date: 2027-04-08", "date")
non(f, "duration_min: 25", "talk length")
non(f, "slide_count: 12", "count")
non(f, "rope_theta: 500000", "config values")
non(f, "max_position_embeddings: 1010000", "config value")
non(f, "rescale only low-frequency dims. Llama 3.1: factor 8", "RoPE hyper-parameters")
non(f, "$\\theta_i = b^{-2i/d}$", "LaTeX with free variables")
non(f, "RULER at 128K: 77.5", "benchmark scores")
non(f, "Prefill of 1M tokens took 194 s", "measured time")
non(f, "- Q&A 5 min; slides at", "URL with date")
# ---- ru_01: техническое задание, Qwen2.5-72B-Instruct fp8 на 2×H200 (TP=2) ------------------------------
f = "ru_01"
Q72 = "qwen2.5-72b"
claim(f, "72706203648", "params", "params", N[Q72], H)
claim(f, "72¦706¦203¦648", "params", "params", N[Q72], H)
claim(f, "72,71 ГБ", "weights", "ГБ", W(Q72, "fp8"), H, anchor="2.1. Веса в fp8")
claim(f, "36,35 ГБ", "weights", "ГБ", W(Q72, "fp8") / 2, H, anchor="2.1. Веса в fp8")
claim(f, "33,86 ГиБ", "weights", "ГиБ", W(Q72, "fp8") / 2, H)
claim(f, "145,41 ГБ", "weights", "ГБ", W(Q72, "bf16"), H, anchor="2.2. Для сравнения")
claim(f, "36,35 ГБ", "weights", "ГБ", W(Q72, "int4"), H, anchor="2.2. Для сравнения")
claim(f, "320 КиБ", "kv_cache_per_token", "КиБ", KVT(Q72), H, anchor="2.3. KV-кэш")
claim(f, "160 КиБ", "kv_cache_per_token", "КиБ", KVT(Q72) / 2, H)
claim(f, "2,5 ГиБ", "kv_cache_total", "ГиБ", KV(Q72, 8192), H, anchor="2.4. Одна сессия 8К")
claim(f, "100 ГиБ", "kv_cache_total", "ГиБ", KV(Q72, 8192, 40), H, anchor="2.4. Одна сессия 8К")
claim(f, "50 ГиБ", "kv_cache_total", "ГиБ", KV(Q72, 8192, 40) / 2, H)
claim(f, "около 93 ГиБ", "arithmetic", "ГиБ", 0.9 * 141 * GIB - W(Q72, "fp8") / 2, H, hedged=True)
claim(f, "36,35 ГБ", "weights", "ГБ", W(Q72, "fp8") / 2, H, anchor="2.6. Потолок скорости")
claim(f, "≈ 132 ток/с", "throughput", "ток/с", 4.8e12 / (W(Q72, "fp8") / 2), H, hedged=True)
claim(f, "145 ГБ", "weights", "ГБ", W(Q72, "fp8"), X, "wrong_dtype", note="fp8 72,71 ГБ; 145 ГБ — bf16")
claim(f, "72,7 ГБ", "weights", "ГБ", W(Q72, "fp8") / 2, X, "per_gpu", note="на карту 36,35 ГБ; 72,7 ГБ — все веса")
claim(f, "640 КиБ", "kv_cache_per_token", "КиБ", KVT(Q72), X, "off_2x", note="320 КиБ")
claim(f, "2,5 ГБ", "kv_cache_total", "ГБ", KV(Q72, 8192), X, "gib_as_gb", note="2,5 ГиБ = 2,68 ГБ")
claim(f, "10 ГиБ", "kv_cache_total", "ГиБ", KV(Q72, 8192, 40), X, "off_2x", note="100 ГиБ")
claim(f, "72,71 ГБ", "weights", "ГБ", W(Q72, "bf16"), X, "wrong_dtype", anchor="«В bf16 модель весит 72,71 ГБ»",
      note="bf16 145,41 ГБ; 72,71 ГБ — fp8")
claim(f, "66 ток/с", "throughput", "ток/с", 4.8e12 / (W(Q72, "fp8") / 2), X, "per_gpu", note="при TP=2 — 132 ток/с")
claim(f, "107,4 ГБ", "kv_cache_total", "ГБ", KV(Q72, 8192, 40) / 2, X, "per_gpu", anchor="«Кэш 40 сессий на карту",
      note="на карту 50 ГиБ")
claim(f, "18,2 ГБ", "weights", "ГБ", W(Q72, "int4"), X, "off_2x", note="int4 36,35 ГБ")
claim(f, "72,71 ГБ", "weights", "ГБ", W(Q72, "fp8"), H, anchor="Веса fp8 72,71 ГБ (по 36,35 ГБ")
claim(f, "36,35 ГБ", "weights", "ГБ", W(Q72, "fp8") / 2, H, anchor="Веса fp8 72,71 ГБ (по 36,35 ГБ")
claim(f, "320 КиБ", "kv_cache_per_token", "КиБ", KVT(Q72), H, anchor="Веса fp8 72,71 ГБ (по 36,35 ГБ")
claim(f, "100 ГиБ", "kv_cache_total", "ГиБ", KV(Q72, 8192, 40), H, anchor="Веса fp8 72,71 ГБ (по 36,35 ГБ")
non(f, "версия_документа: 0.4", "document version")
non(f, "дата: 2027-02-20", "date")
non(f, "одновременных_сессий: 40", "load parameter")
non(f, "sla_p95_сек: 6", "SLA")
non(f, "Внутренний ассистент для 1¦200 сотрудников", "head count and load")
non(f, "4.1. Нагрузочный тест", "test parameters and form number")
non(f, "4.2. Срок сдачи", "date, price, VAT")
non(f, "пропускная_способность_ТБс: 4.8", "hardware spec")
# ---- ru_02: отчёт студента с замечаниями преподавателя — память при обучении, checkpointing ---------------
f = "ru_02"
GM, L8 = "gpt2-medium", "llama3-8b"
AN, AF, AR = act(GM, 1024, 8), act(GM, 1024, 8, "flash"), act(GM, 1024, 8, "full")
claim(f, "354823168", "params", "params", N[GM], H)
claim(f, "8030261248", "params", "params", N[L8], H)
claim(f, "2,84 ГБ", "training", "ГБ", 16 * N[GM], X, "off_2x", note="16 байт: 5,68 ГБ")
claim(f, "5,68 ГБ", "training", "ГБ", 16 * N[GM], H)
claim(f, "1,42 ГБ", "weights", "ГБ", W(GM, "fp32"), H)
claim(f, "0,71 ГБ", "weights", "ГБ", W(GM, "fp16"), H)
claim(f, "956¦301¦312 байт", "activations", "байт", AN / 24, H)
claim(f, "≈ 0,96 ГБ", "activations", "ГБ", AN / 24, H, hedged=True)
claim(f, "2,3 ГБ", "activations", "ГБ", AN, X, "off_2x", note="22,95 ГБ")
claim(f, "22,95 ГБ", "activations", "ГБ", AN, H)
claim(f, "21,4 ГиБ", "activations", "ГиБ", AN, H)
claim(f, "13,7 ГБ", "activations", "ГБ", AF, X, "off_2x", note="6,85 ГБ")
claim(f, "6,85 ГБ", "activations", "ГБ", AF, H)
claim(f, "0,40 ГБ", "activations", "ГБ", AR, H)
claim(f, "около 403 МБ", "activations", "МБ", AR, H, hedged=True)
claim(f, "5,7 раза", "ratio", "×", AN / AR, X, "off_2x", note="в 57 раз")
claim(f, "57 раз", "ratio", "×", AN / AR, H)
claim(f, "128,48 ГБ", "training", "ГБ", 16 * N[L8], H, anchor="2.1. Состояние модели целиком")
claim(f, "128,48 ГБ", "training", "ГБ", zero(N[L8], 8, 3), X, "per_gpu", anchor="2.2. ZeRO-3 на 8 GPU",
      note="ZeRO-3 на 8 картах: 16,06 ГБ")
claim(f, "16,06 ГБ", "training", "ГБ", zero(N[L8], 8, 3), H, anchor="2.2. ZeRO-3 на 8 GPU")
claim(f, "15,06 ГБ", "training", "ГБ", zero(N[L8], 8, 2), X, "off_2x", note="30,11 ГБ")
claim(f, "30,11 ГБ", "training", "ГБ", zero(N[L8], 8, 2), H)
claim(f, "44,17 ГБ", "training", "ГБ", zero(N[L8], 8, 1), H)
claim(f, "1,07 ГБ", "activations", "ГБ", act(L8, 4096, 1, "full"), H)
claim(f, "36,5 ГБ", "activations", "ГБ", act(L8, 4096, 1, "flash"), X, "off_2x", note="18,25 ГБ")
claim(f, "18,25 ГБ", "activations", "ГБ", act(L8, 4096, 1, "flash"), H)
claim(f, "16,06 ГиБ", "weights", "ГиБ", W(L8, "bf16"), X, "gb_as_gib", note="16,06 ГБ = 14,96 ГиБ")
claim(f, "16,06 ГБ", "weights", "ГБ", W(L8, "bf16"), H, anchor="**[ЕС]** Единицы")
claim(f, "14,96 ГиБ", "weights", "ГиБ", W(L8, "bf16"), H)
claim(f, "32,12 ГБ", "training", "ГБ", 2 * N[L8], X, "wrong_dtype", anchor="2.7. Градиенты в bf16",
      note="bf16 градиенты 16,06 ГБ; 32,12 ГБ — fp32")
claim(f, "16,06 ГБ", "training", "ГБ", 2 * N[L8], H, anchor="2.7. Градиенты в bf16")
claim(f, "32,12 ГБ", "training", "ГБ", 4 * N[L8], H, anchor="2.7. Градиенты в bf16", occ=2)
claim(f, "96,36 ГБ", "training", "ГБ", 12 * N[L8], H)
claim(f, "128,48 ГБ", "training", "ГБ", 16 * N[L8], H, anchor="модели 128,48 ГБ; без ZeRO-3")
non(f, "группа: М-21-3", "group number")
non(f, "сдано: 2027-03-28", "date")
non(f, "оценка: 3/5", "grade")
non(f, "seq_len_gpt2: 1024", "hyper-parameter")
non(f, "micro_batch_gpt2: 8", "hyper-parameter")
non(f, "Формулы из лекции 9", "lecture number and LaTeX with free variables")
non(f, "Оценка: 3 из 5", "grade, item numbers, date, room")
# ---- ru_03: разбор поста из Telegram-канала — таблица весов и кэша с тремя систематическими ошибками ------
f = "ru_03"
ROWS03 = (("Llama-3.2-1B", "llama3.2-1b"), ("Llama-3.2-3B", "llama3.2-3b"), ("Qwen2.5-0.5B", "qwen2.5-0.5b"),
          ("Qwen2.5-1.5B", "qwen2.5-1.5b"), ("Qwen2.5-3B", "qwen2.5-3b"), ("Gemma-3-1B", "gemma3-1b"),
          ("Phi-4", "phi4"), ("Mixtral-8x22B", "mixtral-8x22b"), ("Llama-3.1-405B", "llama3.1-405b"),
          ("Falcon-7B", "falcon-7b"))


def _ru(x, d):
    return f"{x:.{d}f}".replace(".", ",")


for name, m in ROWS03:
    row = f"| {name} |"
    claim(f, _ru(W(m, "int8") / 1e9, 2), "weights", "ГБ", W(m, "bf16"), X, "wrong_dtype", anchor=row,
          note=f"bf16 {W(m, 'bf16') / 1e9:.2f} ГБ; в посте 1 байт на параметр")
    claim(f, _ru(W(m, "int4") / 2 / 1e9, 2), "weights", "ГБ", W(m, "int4"), X, "off_2x", anchor=row,
          note=f"int4 {W(m, 'int4') / 1e9:.2f} ГБ; в посте 2 бита на параметр")
    claim(f, _ru(KVT(m) / 2 / KIB, 1), "kv_cache_per_token", "КиБ", KVT(m), X, "off_2x", anchor=row,
          note=f"K и V: {KVT(m) / KIB:g} КиБ на токен")
for row, m, a, b, c in (("- Llama-3.2-1B: bf16", "llama3.2-1b", "2,47 ГБ", "0,62 ГБ", "32 КиБ"),
                        ("- Phi-4: bf16", "phi4", "29,32 ГБ", "7,33 ГБ", "200 КиБ"),
                        ("- Falcon-7B: bf16", "falcon-7b", "13,84 ГБ", "3,46 ГБ", "8 КиБ")):
    claim(f, a, "weights", "ГБ", W(m, "bf16"), H, anchor=row)
    claim(f, b, "weights", "ГБ", W(m, "int4"), H, anchor=row)
    claim(f, c, "kv_cache_per_token", "КиБ", KVT(m), H, anchor=row)
claim(f, "78,3 ГБ", "weights", "ГБ", W("mixtral-8x22b", "bf16"), X, "wrong_kind", anchor="- **Алексей:**",
      note="в памяти все эксперты: 281,26 ГБ; 78,3 ГБ — активные параметры")
claim(f, "281,26 ГБ", "weights", "ГБ", W("mixtral-8x22b", "bf16"), H)
claim(f, "78,3 ГБ", "weights", "ГБ", W(ACTIVE_M22, "bf16"), H, anchor="*Неверно:* в памяти лежат все эксперты")
claim(f, "39,16 млрд", "params", "млрд", ACTIVE_M22, H)
claim(f, "26 КиБ", "kv_cache_per_token", "КиБ", KVT("gemma3-1b"), H)
claim(f, "63 ГБ", "kv_cache_total", "ГБ", KV("llama3.1-405b", 131072), X, "gib_as_gb", quoted=True,
      note="63 ГиБ = 67,6 ГБ")
claim(f, "504 КиБ", "kv_cache_per_token", "КиБ", KVT("llama3.1-405b"), H)
claim(f, "63 ГиБ", "kv_cache_total", "ГиБ", KV("llama3.1-405b", 131072), H)
claim(f, "67,6 ГБ", "kv_cache_total", "ГБ", KV("llama3.1-405b", 131072), H)
claim(f, "12 КиБ", "kv_cache_per_token", "КиБ", KVT("qwen2.5-0.5b"), H)
claim(f, "384 МиБ", "kv_cache_total", "МиБ", KV("qwen2.5-0.5b", 32768), H)
claim(f, "202,93 ГБ", "weights", "ГБ", W("llama3.1-405b", "int4"), H)
claim(f, "в 4 раза", "ratio", "×", 4, H)
claim(f, "811,71 ГБ", "weights", "ГБ", W("llama3.1-405b", "bf16"), H)
claim(f, "3 ГБ", "weights", "ГБ", W("phi4", "int4"), X, "off_2x", anchor="- **Ольга:**", bound="upper",
      note="int4 7,33 ГБ, в 3 ГБ не влезает")
claim(f, "7,33 ГБ", "weights", "ГБ", W("phi4", "int4"), H, anchor="*Неверно:* 7,33 ГБ")
non(f, "пост: https://t.me/nn_na_kolenke/1874", "URL with post number")
non(f, "дата_поста: 2027-03-02", "date")
non(f, "просмотров: 18400", "view count")
non(f, "Пост набрал 18 тыс. просмотров", "view and repost counts")
non(f, "Автору написал 2027-03-03 в 21:40", "date and time")
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
    print("quoted:", sum(x["quoted"] for x in cl), "of them wrong:", sum(x["quoted"] and x["verdict"] == X for x in cl))
    print("hedged right:", sum(x["hedged"] and x["verdict"] == H for x in cl),
          "bounds:", sum(bool(x["bound"]) for x in cl), "ranges:", sum(isinstance(x["stated"], list) for x in cl))


def main(argv):
    truth = build()
    text = json.dumps(truth, ensure_ascii=False, indent=1) + "\n"
    path = HERE / "truth.json"
    if "--check" in argv:
        if not path.exists() or path.read_text(encoding="utf-8") != text:
            raise SystemExit("truth.json is stale: run python tests/claims_corpus_z/truth.py")
        summary(truth)
        print("truth.json is current; every check passed")
        return 0
    path.write_text(text, encoding="utf-8")
    summary(truth)
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
