#!/usr/bin/env python3
"""Ground truth for blind sizing-claims corpus AB (tests/claims_corpus_ab/notes).

Written without reading vaultkit's code, its tests or the other corpora's notes.  Facts come
from /work/shared/claims-gold.md: bytes per dtype, exact parameter counts and configs of the
catalogued models, measured GGUF bits per weight (Llama-3.1-8B), the KV-cache, training-memory
and activation formulas.  Models that claims-gold lacks appear only with their config (or, for
DeepSeek-V3 and gpt-oss, their printed model-card counts) stated in the note itself; the truth
recomputes their parameter counts from that config with the claims-gold formula (asserted below
for the catalogued ones).  Nothing here imports vaultkit.  The checking code is corpus K's / X's /
Y's / Z's / AA's (reused unchanged: figure reader, tolerance, error-class checks, output).

    python tests/claims_corpus_ab/truth.py          # verify and (re)write truth.json
    python tests/claims_corpus_ab/truth.py --check  # verify; fail if truth.json is stale

Each claim: note, figure (exact text on its line), anchor (text that occurs on exactly one line
of the note; default the figure), occurrence, kind, printed unit, correct value in base units,
intended verdict, error class.  The script stops when the arithmetic disagrees with the intended
verdict, when the anchor line does not contain the figure standing on its own, when a wrong
claim is off by less than 1.95x for its error class (or, for a GB/GiB mix-up, does not hold in
the twin unit), or when a non-claim line is also a claim line.
"""

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
         "tokens/param": 1, "images": 1, "изображений": 1, "GFLOP/token": 1e9, "TFLOP/s": 1e12, "W": 1, "Вт": 1, "weeks": 604800, "недель": 604800, "мин.": 60, "FLOP": 1, "GFLOP": 1e9, "TFLOP": 1e12, "ТФЛОП": 1e12, "bits": 1, "бит": 1, "%": 1, "×": 1,
         "tok/s": 1, "ток/с": 1, "токенов/с": 1, "s": 1, "с": 1, "ms": 1e-3, "мс": 1e-3, "min": 60, "мин": 60,
         "hours": 3600, "часов": 3600, "часа": 3600, "ч": 3600, "days": 86400, "суток": 86400, "дней": 86400,
         "GPU-hours": 1, "GPU-часов": 1, "GPU-часа": 1, "тыс. GPU-часов": 1e3, "тыс. токенов": 1e3, "gigabytes": 1e9,
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


# ---- extra facts for this corpus AB --------------------------------------------------------------
# configs that the notes print (front matter or text); counts by the claims-gold formula
N["qwen2.5-14b"] = llama_like(5120, 13824, 48, 40, 8, 128, 152064, False, qkv_bias=True)
N["mistral-nemo-12b"] = llama_like(5120, 14336, 40, 32, 8, 128, 131072, False)
N["phi3-mini"] = llama_like(3072, 8192, 32, 32, 32, 96, 32064, False)
CFG.update({"qwen2.5-14b": (5120, 48, 40, 8, 128), "mistral-nemo-12b": (5120, 40, 32, 8, 128),
            "phi3-mini": (3072, 32, 32, 32, 96)})
MLA_DSV3 = 61 * (512 + 64)          # DeepSeek-V3 cache elements per token (kv_lora_rank + rope dim)
MX4 = MXFP4 / 8
MAC = 800e9                         # M2 Ultra memory bandwidth, bytes/s (stated in en_05)
H100_BW = 3.35e12                   # H100 SXM HBM3, bytes/s (stated in the notes)
SCALE.update({"KB": 1e3, "PB": 1e15, "ПБ": 1e15, "Мбит/с": 1.25e5, "Gbit/s": 1.25e8, "PFLOP": 1e15,
              "EFLOP": 1e18, "ЭФЛОП": 1e18, "ПФЛОП": 1e15, "GPU-days": 1, "GPU-суток": 1, "tokens/s": 1,
              "ток/с на пользователя": 1, "years": 8760 * 3600, "лет": 8760 * 3600, "x": 1, "раз": 1, "images": 1, "chunks": 1, "M params": 1e6,
              "B params": 1e9, "млн параметров": 1e6, "млрд параметров": 1e9, "MFLOP": 1e6})


# ---- en_01: saved GitHub issue thread about an inference server's memory estimator (Llama-3.1-405B) ----
f = "en_01"
M = "llama3.1-405b"
Q = dict(quoted=True)
claim(f, "405.85B", "params", "B", N[M], H, anchor="model        : Llama-3.1-405B-Instruct")
claim(f, "811.71 GB", "weights", "GB", W(M, "fp8"), X, "wrong_dtype", anchor="weights      : 811.71 GB", note="fp8 405.85 GB; 811.71 is bf16")
claim(f, "101.46 GB", "weights", "GB", W(M, "fp8") / 8, X, "wrong_dtype", anchor="per GPU (tp8)", note="fp8 per GPU 50.73 GB")
claim(f, "2016 KiB", "kv_cache_per_token", "KiB", KVT(M), X, "off_2x", anchor="kv/token     :", note="504 KiB with 8 KV heads")
claim(f, "63.0 GiB", "kv_cache_total", "GiB", KV(M, 32768), X, "off_2x", anchor="kv @ 32768", note="15.75 GiB at 32K")
a = "The weights line can't be right"
claim(f, "405.85B", "params", "B", N[M], H, anchor=a)
claim(f, "405.85 GB", "weights", "GB", W(M, "fp8"), H, anchor=a)
claim(f, "811.71 GB", "weights", "GB", W(M, "bf16"), H, anchor=a, note="the next words say it is the bf16 number")
a = "811.71 GB is indeed"
claim(f, "811.71 GB", "weights", "GB", W(M, "bf16"), H, anchor=a)
claim(f, "405,853,388,800", "params", "params", N[M], H, anchor=a)
claim(f, "755.96 GiB", "weights", "GiB", W(M, "bf16"), H, anchor=a)
a = "Correct fp8 weights"
claim(f, "405.85 GB", "weights", "GB", W(M, "fp8"), H, anchor=a)
claim(f, "377.98 GiB", "weights", "GiB", W(M, "fp8"), H, anchor=a)
claim(f, "50.73 GB", "weights", "GB", W(M, "fp8") / 8, H, anchor=a, note="per GPU at TP=8")
a = "`2 × 126 × 8 × 128 × 2 = 516,096 bytes`"
claim(f, "516,096 bytes", "kv_cache_per_token", "bytes", KVT(M), H, anchor=a)
claim(f, "504 KiB", "kv_cache_per_token", "KiB", KVT(M), H, anchor=a)
claim(f, "252 KiB", "kv_cache_per_token", "KiB", KVT(M, 1), H, anchor=a)
a = "The printed 2016 KiB is 4× too much"
claim(f, "4×", "ratio", "×", 2016 * KIB / KVT(M), H, anchor=a, note="2016 / 504")
claim(f, "15.75 GiB", "kv_cache_total", "GiB", KV(M, 32768), H, anchor=a)
claim(f, "63 GiB", "kv_cache_total", "GiB", KV(M, 131072), H, anchor="For the record, 63 GiB")
a = "Drive-by: the 405B in bf16"
claim(f, "755.96 GB", "weights", "GB", W(M, "bf16"), X, "gib_as_gb", anchor=a, note="755.96 GiB = 811.71 GB")
claim(f, "31.5 GiB", "kv_cache_total", "GiB", KV(M, 32768), X, "off_2x", note="15.75 GiB at 32K in bf16")
a = "@lenny-p 755.96"
claim(f, "755.96 GiB", "weights", "GiB", W(M, "bf16"), H, anchor=a)
claim(f, "640 GiB", "arithmetic", "GiB", 8 * 80 * GIB, H, anchor=a)
claim(f, "47.25 GiB", "weights", "GiB", W(M, "fp8") / 8, H, note="per GPU")
a = "weights plus about 2 GiB of cache"
claim(f, "about 2 GiB", "kv_cache_total", "GiB", KV(M, 32768) / 8, H, anchor=a, hedged=True, note="per GPU")
claim(f, "15.75 GiB", "kv_cache_total", "GiB", KV(M, 32768), H, anchor=a)
claim(f, "~30 GiB", "arithmetic", "GiB", 80 * GIB - W(M, "fp8") / 8 - KV(M, 32768) / 8, H, anchor=a, hedged=True)
claim(f, "101.5 GB", "weights", "GB", W(M, "int4"), X, "off_2x", anchor="I guessed 101.5 GB", note="int4 202.93 GB")
a = "int4 nominal is 0.5 byte/param"
claim(f, "202.93 GB", "weights", "GB", W(M, "int4"), H, anchor=a)
claim(f, "188.99 GiB", "weights", "GiB", W(M, "int4"), H, anchor=a)
claim(f, "101.5 GB", "weights", "GB", N[M] * 2 / 8, H, anchor=a, note="2 bits per weight, as the line says")
claim(f, "~210 GB", "weights", "GB", N[M] * 4.1875 / 8, H, hedged=True, note="int4 + 0.125-0.25 bit of scales")
a = "so the single-stream ceiling is"
claim(f, "50.73 GB", "weights", "GB", W(M, "fp8") / 8, H, anchor=a)
claim(f, "≈ **66 tok/s**", "throughput", "tok/s", H100_BW / (W(M, "fp8") / 8), H, anchor=a, hedged=True)
claim(f, "132 tok/s", "throughput", "tok/s", H100_BW / (W(M, "fp8") / 8), X, "wrong_dtype", anchor=a, note="132 is the int4 ceiling; fp8 66")
a = "| weights, fp8, whole model |"
claim(f, "811.71", "weights", "GB", W(M, "fp8"), X, "wrong_dtype", anchor=a, note="old estimator column; fp8 405.85")
claim(f, "405.85", "weights", "GB", W(M, "fp8"), H, anchor=a)
a = "| weights, fp8, per GPU |"
claim(f, "101.46", "weights", "GB", W(M, "fp8") / 8, X, "wrong_dtype", anchor=a, note="old estimator column")
claim(f, "50.73", "weights", "GB", W(M, "fp8") / 8, H, anchor=a)
a = "| KV per token, bf16 |"
claim(f, "2016", "kv_cache_per_token", "KiB", KVT(M), X, "off_2x", anchor=a, note="old estimator column")
claim(f, "504", "kv_cache_per_token", "KiB", KVT(M), H, anchor=a)
a = "| KV at 32K, one sequence |"
claim(f, "63.0", "kv_cache_total", "GiB", KV(M, 32768), X, "off_2x", anchor=a, note="old estimator column")
claim(f, "15.75", "kv_cache_total", "GiB", KV(M, 32768), H, anchor=a)
a = "| KV at 128K, one sequence |"
claim(f, "252", "kv_cache_total", "GiB", KV(M, 131072), X, "off_2x", anchor=a, note="old estimator column; 63 GiB")
claim(f, "63", "kv_cache_total", "GiB", KV(M, 131072), H, anchor=a)
a = "> weights 405.85 GB (50.73 GB/GPU)"
claim(f, "405.85 GB", "weights", "GB", W(M, "fp8"), H, anchor=a, **Q)
claim(f, "50.73 GB", "weights", "GB", W(M, "fp8") / 8, H, anchor=a, **Q)
claim(f, "126 GiB", "kv_cache_total", "GiB", KV(M, 32768, 16, 1), H, anchor=a, **Q)
claim(f, "15.75 GiB", "kv_cache_total", "GiB", KV(M, 32768, 16, 1) / 8, H, anchor=a, **Q)
claim(f, "≈ 64 GiB", "arithmetic", "GiB", W(M, "fp8") / 8 + KV(M, 32768, 16, 1) / 8, H, anchor=a, hedged=True, **Q)
a = "> Llama-3.2-1B-Instruct for comparison"
claim(f, "2.47 GB", "weights", "GB", W("llama3.2-1b", "bf16"), H, anchor=a, **Q)
claim(f, "32 KiB", "kv_cache_per_token", "KiB", KVT("llama3.2-1b"), H, anchor=a, **Q)
claim(f, "6.43 GB", "weights", "GB", W("llama3.2-3b", "bf16"), H, anchor=a, **Q)
claim(f, "224 KiB", "kv_cache_per_token", "KiB", KVT("llama3.2-3b"), X, "off_2x", anchor=a, note="112 KiB", **Q)
a = "▸ *Check: batch 16"
claim(f, "252 KiB", "kv_cache_per_token", "KiB", KVT(M, 1), H, anchor=a)
claim(f, "126 GiB", "kv_cache_total", "GiB", KV(M, 32768, 16, 1), H, anchor=a)
claim(f, "15.75 GiB", "kv_cache_total", "GiB", KV(M, 32768, 16, 1) / 8, H, anchor=a)
claim(f, "63 GiB", "arithmetic", "GiB", W(M, "fp8") / 8 + KV(M, 32768, 16, 1) / 8, H, anchor=a)
claim(f, "124 GB", "quantized_file", "GB", GG(M, "Q4_K_M"), X, "off_2x", anchor="405B Q4_K_M is 124 GB", note="248.3 GB")
a = "llama.cpp README table lists 249.1 GB"
claim(f, "249.1 GB", "quantized_file", "GB", GG(M, "Q4_K_M"), H, anchor=a, rel=0.02)
claim(f, "248.3 GB", "quantized_file", "GB", GG(M, "Q4_K_M"), H, anchor=a)
claim(f, "231.2 GiB", "quantized_file", "GiB", GG(M, "Q4_K_M"), H, anchor=a)
claim(f, "2×", "ratio", "×", GG(M, "Q4_K_M") / 124e9, H, anchor="124 GB is off by exactly 2×")
claim(f, "3.25 TB", "training", "TB", 16 * N[M], X, "off_2x", note="16 B/param: 6.49 TB")
a = "(2 + 2 + 12) it is **6.49 TB**"
claim(f, "6.49 TB", "training", "TB", 16 * N[M], H, anchor=a)
claim(f, "~812 GB", "training", "GB", zero(N[M], 8, 3), H, anchor=a, hedged=True, note="per GPU, ZeRO-3")
claim(f, "2,101,346,304", "params", "params", 128256 * 16384, H)
claim(f, "about 1.0 %", "percentage", "%", 100 * 2 * 128256 * 16384 / N[M], H, hedged=True)
a = "4× smaller for Llama-3.1-405B"
claim(f, "4×", "ratio", "×", 2016 * KIB / KVT(M), H, anchor=a, note="2016 / 504")
claim(f, "504 KiB", "kv_cache_per_token", "KiB", KVT(M), H, anchor=a)
claim(f, "431.3 GB", "quantized_file", "GB", GG(M, "Q8_0"), H)
a = "Decode ceiling uses the per-GPU slice"
claim(f, "66 tok/s", "throughput", "tok/s", H100_BW / (W(M, "fp8") / 8), H, anchor=a)
claim(f, "95 tok/s", "throughput", "tok/s", 4.8e12 / (W(M, "fp8") / 8), H, anchor=a)
a = "- 405B fp8 = **405.85 GB**"
claim(f, "405.85 GB", "weights", "GB", W(M, "fp8"), H, anchor=a)
claim(f, "377.98 GiB", "weights", "GiB", W(M, "fp8"), H, anchor=a)
claim(f, "~50.7 GB", "weights", "GB", W(M, "fp8") / 8, H, anchor=a, hedged=True)
claim(f, "811.71 GB", "weights", "GB", W(M, "bf16"), H, anchor=a)
a = "- KV: 504 KiB/token bf16"
claim(f, "504 KiB", "kv_cache_per_token", "KiB", KVT(M), H, anchor=a)
claim(f, "252 KiB", "kv_cache_per_token", "KiB", KVT(M, 1), H, anchor=a)
claim(f, "15.75 GiB", "kv_cache_total", "GiB", KV(M, 32768), H, anchor=a)
claim(f, "63 GiB", "kv_cache_total", "GiB", KV(M, 131072), H, anchor=a)
a = "- On 8×H200 (1,128 GB of HBM)"
claim(f, "1,128 GB", "arithmetic", "GB", 8 * 141e9, H, anchor=a)
claim(f, "about 722 GB", "arithmetic", "GB", 8 * 141e9 - W(M, "fp8"), H, anchor=a, hedged=True)
claim(f, "6.49 TB", "training", "TB", 16 * N[M], H, anchor="- Full fine-tune state 6.49 TB")
non(f, "saved: 2026-11-28", "date")
non(f, "milestone: v0.14.2", "version")
non(f, "Env: tessera-serve 0.14.1, CUDA 12.4", "versions")
non(f, "`nvidia-smi` shows 71,442 MiB used per GPU", "measured memory and load time")
non(f, "Fixed in #2331", "PR number")
non(f, "Closing via #2331 and #2334", "PR numbers, version")
non(f, "*Thanks to 4 contributors; 38 👍", "social counts")
non(f, "source: \"https://github.com/tessera-ai/tessera-serve/issues/2317\"", "URL with issue number")
non(f, "Copied from GitHub on 2026-11-28", "date")



# ---- en_02: Kaggle notebook export, Qwen2.5 0.5B-14B and T5 (configs in the front matter) ---------------
f = "en_02"
QS = [("0.5B", "qwen2.5-0.5b"), ("1.5B", "qwen2.5-1.5b"), ("3B", "qwen2.5-3b"), ("7B", "qwen2.5-7b"), ("14B", "qwen2.5-14b")]
for tag, m in QS:
    claim(f, f"{N[m]:,}", "params", "params", N[m], H, anchor=f"{tag:>5} {N[m]:>15,}")
a = "Matches the model cards"
for fig, m in [("0.49B", "qwen2.5-0.5b"), ("1.54B", "qwen2.5-1.5b"), ("3.09B", "qwen2.5-3b"), ("7.62B", "qwen2.5-7b"),
               ("14.8B", "qwen2.5-14b")]:
    claim(f, fig, "params", "B", N[m], H, anchor=a)
a = "The tied 0.5B spends"
claim(f, "136,134,656", "params", "params", 151936 * 896, H)
claim(f, "about 28 %", "percentage", "%", 100 * 151936 * 896 / N["qwen2.5-0.5b"], H, anchor="about 28 %", hedged=True)
# first run of cell 3: GiB values printed under GB labels
for tag, m in QS:
    a = f"{tag:>5}  bf16_GB="
    for fig, dt in [(f"{W(m, 'bf16') / GIB:.3f}", "bf16"), (f"{W(m, 'int8') / GIB:.3f}", "int8"),
                    (f"{W(m, 'int4') / GIB:.3f}", "int4")]:
        claim(f, fig, "weights", "GB", W(m, dt), X, "gib_as_gb", anchor=a, note=f"{dt}: {W(m, dt) / 1e9:.3f} GB; the cell divides by 2**30")
# fixed table
for tag, m in QS:
    a = f"| {tag} | {W(m, 'bf16') / 1e9:.3f} |"
    claim(f, f"{W(m, 'bf16') / 1e9:.3f}", "weights", "GB", W(m, "bf16"), H, anchor=a)
    claim(f, f"{W(m, 'bf16') / GIB:.3f}", "weights", "GiB", W(m, "bf16"), H, anchor=a)
    claim(f, f"{W(m, 'int8') / 1e9:.3f}", "weights", "GB", W(m, "int8"), H, anchor=a)
    claim(f, f"{W(m, 'int4') / 1e9:.3f}", "weights", "GB", W(m, "int4"), H, anchor=a)
# cell 5, first run: query heads instead of KV heads
BAD = {"qwen2.5-0.5b": (24, 14, 64), "qwen2.5-1.5b": (28, 12, 128), "qwen2.5-3b": (36, 16, 128),
       "qwen2.5-7b": (28, 28, 128), "qwen2.5-14b": (48, 40, 128)}
for tag, m in QS:
    bad = KVT(BAD[m])
    a = f"{tag:>5}  {bad / KIB:>16.1f}  "
    claim(f, f"{bad / KIB:.1f}", "kv_cache_per_token", "KiB", KVT(m), X, "off_2x", anchor=a, note=f"{KVT(m) / KIB:.0f} KiB with KV heads")
    claim(f, f"{bad * 32768 / GIB:.3f}", "kv_cache_total", "GiB", KV(m, 32768), X, "off_2x", anchor=a, note=f"{KV(m, 32768) / GIB:.3f} GiB")
for tag, m in QS:
    a = f"{tag:>5}  {KVT(m) / KIB:>16.1f}  "
    claim(f, f"{KVT(m) / KIB:.1f}", "kv_cache_per_token", "KiB", KVT(m), H, anchor=a)
    claim(f, f"{KV(m, 32768) / GIB:.3f}", "kv_cache_total", "GiB", KV(m, 32768), H, anchor=a)
    claim(f, f"{KV(m, 131072) / GIB:.1f}", "kv_cache_total", "GiB", KV(m, 131072), H, anchor=a)
a = "> Only 2 KV heads"
claim(f, "36,864 bytes", "kv_cache_per_token", "bytes", KVT("qwen2.5-3b"), H, anchor=a)
claim(f, "36 KiB", "kv_cache_per_token", "KiB", KVT("qwen2.5-3b"), H, anchor=a)
claim(f, "8×", "ratio", "×", KVT(BAD["qwen2.5-3b"]) / KVT("qwen2.5-3b"), H, anchor=a)
a = "> the 288 KiB of the buggy run"
claim(f, "192 KiB", "kv_cache_per_token", "KiB", KVT("qwen2.5-14b"), H, anchor=a)
claim(f, "5.3×", "ratio", "×", KVT("qwen2.5-14b") / KVT("qwen2.5-3b"), H, anchor=a)
for tag, m, fig in [("0.5B", "qwen2.5-0.5b", "0.30 GB"), ("1.5B", "qwen2.5-1.5b", "0.94 GB"), ("3B", "qwen2.5-3b", "1.89 GB"),
                    ("7B", "qwen2.5-7b", "4.66 GB")]:
    claim(f, "≈ " + fig, "quantized_file", "GB", GG(m, "Q4_K_M"), H, anchor=f"{tag:>5}  Q4_K_M ≈", hedged=True)
claim(f, "4.34 GiB", "quantized_file", "GiB", GG("qwen2.5-7b", "Q4_K_M"), H)
claim(f, "≈ 18.1 GB", "quantized_file", "GB", GG("qwen2.5-14b", "Q4_K_M"), X, "off_2x", anchor="  14B  Q4_K_M ≈", hedged=True,
      note="9.04 GB")
claim(f, "about 9.04 GB", "quantized_file", "GB", GG("qwen2.5-14b", "Q4_K_M"), H, hedged=True)
for m, tag in [("t5-small", "t5-small   enc"), ("t5-base", "t5-base    enc"), ("t5-large", "t5-large   enc")]:
    e, d, emb = T5[m]
    for v in (e, d, emb, N[m]):
        claim(f, f"{v:,}", "params", "params", v, H, anchor=tag)
claim(f, "242.0 MB", "weights", "MB", W("t5-small", "fp32"), H)
claim(f, "891.6 MB", "weights", "MB", W("t5-base", "fp32"), H)
claim(f, "1475.3 MB", "weights", "MB", W("t5-large", "fp32"), X, "wrong_dtype", anchor="fp32 1475.3 MB", note="fp32 2950.7 MB; 1475.3 is bf16")
a = "737,668,096 × 4 B = 2.95 GB"
claim(f, "2.95 GB", "weights", "GB", W("t5-large", "fp32"), H, anchor=a)
claim(f, "2,814 MiB", "weights", "MiB", W("t5-large", "fp32"), H)
claim(f, "1475.3 MB", "weights", "MB", W("t5-large", "bf16"), H, anchor="(2,814 MiB). The cell had")
a = "**Smallest useful:**"
claim(f, "0.99 GB", "weights", "GB", W("qwen2.5-0.5b", "bf16"), H, anchor=a)
claim(f, "~0.25 GB", "weights", "GB", W("qwen2.5-0.5b", "int4"), H, anchor=a, hedged=True)
claim(f, "384 MiB", "kv_cache_total", "MiB", KV("qwen2.5-0.5b", 32768), H, anchor=a)
a = "**Best fit for the T4"
claim(f, "7.6 GB", "weights", "GB", W("qwen2.5-7b", "int8"), H, anchor=a)
claim(f, "3.5 GiB", "kv_cache_total", "GiB", KV("qwen2.5-7b", 32768), X, "off_2x", anchor=a, note="1.75 GiB")
claim(f, "29.5 GB", "weights", "GB", W("qwen2.5-14b", "bf16"), H, anchor="in bf16 needs 29.5 GB")
a = "- **14B int4** is 7.4 GB"
claim(f, "7.4 GB", "weights", "GB", W("qwen2.5-14b", "int4"), H, anchor=a)
claim(f, "9 GB", "quantized_file", "GB", GG("qwen2.5-14b", "Q4_K_M"), H, anchor=a)
claim(f, "12 GiB", "kv_cache_total", "GiB", KV("qwen2.5-14b", 32768), X, "off_2x", anchor=a, note="6 GiB")
claim(f, "less than 4.1 GB", "arithmetic", "GB", W("qwen2.5-0.5b", "bf16") + W("qwen2.5-1.5b", "bf16"), H, bound="upper")
claim(f, "1.33×", "ratio", "×", T5["t5-small"][1] / T5["t5-small"][0], H)
a = "Qwen2.5: 0.49B / 1.54B"
for fig, m in [("0.49B", "qwen2.5-0.5b"), ("1.54B", "qwen2.5-1.5b"), ("3.09B", "qwen2.5-3b"), ("7.62B", "qwen2.5-7b"),
               ("14.77B", "qwen2.5-14b")]:
    claim(f, fig, "params", "B", N[m], H, anchor=a)
for fig, m in [("0.99", "qwen2.5-0.5b"), ("3.09", "qwen2.5-1.5b"), ("6.17", "qwen2.5-3b"), ("15.23", "qwen2.5-7b"),
               ("29.54", "qwen2.5-14b")]:
    claim(f, fig, "weights", "GB", W(m, "bf16"), H, anchor=a)
a = "KV 12 / 28 / 36 / 56 / 192 KiB per token"
for fig, m in [("12", "qwen2.5-0.5b"), ("28", "qwen2.5-1.5b"), ("36", "qwen2.5-3b"), ("56", "qwen2.5-7b"), ("192", "qwen2.5-14b")]:
    claim(f, fig, "kv_cache_per_token", "KiB", KVT(m), H, anchor=a)
non(f, "exported: 2026-10-19T21:12", "date, time")
non(f, "kernel: \"https://www.kaggle.com", "URL with a script version id")
non(f, "runtime: {accelerator:", "runtime spec, python version, hours")
non(f, "upvotes: 14", "social count")
non(f, "forks: 3", "social count")
non(f, "Kaggle T4 session used 0.6 h", "quota hours")
non(f, "attn = 2*h*a*d", "code formula with free variables")
non(f, "kv = lambda c, seq, b=2", "code formula with free variables")



# ---- en_03: meeting minutes with action items (gpt-oss-120b rollout, Phi-4, DeepSeek-V3) ---------------
f = "en_03"
G, G2, P4, DS = "gpt-oss-120b", "gpt-oss-20b", "phi4", "deepseek-v3"
claim(f, "62 GB", "weights", "GB", W(G, MX4), H, anchor="> gpt-oss-120b goes to prod")
a = "- Tomás: MXFP4 weights are **62.07 GB**"
claim(f, "62.07 GB", "weights", "GB", W(G, MX4), H, anchor=a)
claim(f, "57.80 GiB", "weights", "GiB", W(G, MX4), H, anchor=a)
claim(f, "233.66 GB", "weights", "GB", W(G, "bf16"), H)
a = "- Tomás: KV per token is 2 × 36 × 8 × 64 × 2 B"
claim(f, "72 KiB", "kv_cache_per_token", "KiB", KVT(G), H, anchor=a)
claim(f, "9 GiB", "kv_cache_total", "GiB", KV(G, 131072), H, anchor=a)
claim(f, "36 GiB", "kv_cache_total", "GiB", KV(G, 8192, 64), H, anchor="- Mei asked how many 8K sessions fit")
a = "the weights (80 − 57.8 = 22.2 GiB left)"
claim(f, "22.2 GiB", "arithmetic", "GiB", 80 * GIB - W(G, MX4), H, anchor=a)
claim(f, "18 GiB", "kv_cache_total", "GiB", KV(G, 8192, 64, 1), H, anchor=a)
claim(f, "9 GiB", "kv_cache_total", "GiB", KV(G, 131072, 64), X, "wrong_kind", anchor="- Jonas: so 64 users at the full 128K",
      note="9 GiB is one session; 64 sessions 576 GiB")
a = "- Tomás: no, 9 GiB is one session"
claim(f, "9 GiB", "kv_cache_total", "GiB", KV(G, 131072), H, anchor=a)
claim(f, "576 GiB", "kv_cache_total", "GiB", KV(G, 131072, 64), H, anchor=a)
claim(f, "116.83 GB", "weights", "GB", W(ACTIVE_OSS120, MX4), X, "wrong_kind", note="active reads 2.73 GB per token")
a = "parameter count in billions, and only the active 5.13B"
claim(f, "5.13B", "params", "B", ACTIVE_OSS120, H, anchor=a)
claim(f, "about 2.73 GB", "weights", "GB", W(ACTIVE_OSS120, MX4), H, anchor=a, hedged=True)
a = "- Decode ceiling per replica, weights only"
claim(f, "2.73 GB", "weights", "GB", W(ACTIVE_OSS120, MX4), H, anchor=a)
claim(f, "≈ **1,230 tok/s**", "throughput", "tok/s", H100_BW / W(ACTIVE_OSS120, MX4), H, anchor=a, hedged=True)
claim(f, "54 tok/s", "throughput", "tok/s", H100_BW / W(ACTIVE_OSS120, MX4), X, "wrong_kind", note="reads all 62 GB; active 1,229 tok/s")
a = "- Cold start: pulling 62 GB"
claim(f, "~20 s", "time", "s", W(G, MX4) / 3.125e9, H, anchor=a, hedged=True)
claim(f, "2.5 s", "time", "s", W(G, MX4) / 3.125e9, X, "wrong_unit", anchor=a, note="25 Gbit/s = 3.125 GB/s: 19.9 s")
a = "- Traffic forecast:"
claim(f, "1.08 billion tokens", "tokens", "billion", 1.2e6 * 900, H, anchor=a)
claim(f, "12,500 tok/s", "throughput", "tok/s", 1.2e6 * 900 / 86400, H, anchor=a)
a = "- Phi-4 = 14,659,507,200 params"
claim(f, "14,659,507,200", "params", "params", N[P4], H, anchor=a)
claim(f, "29.32 GB", "weights", "GB", W(P4, "bf16"), H, anchor=a)
claim(f, "14.66 GB", "weights", "GB", W(P4, "fp8"), H, anchor=a)
claim(f, "7.33 GB", "weights", "GB", W(P4, "int4"), H, anchor=a)
claim(f, "200 KiB", "kv_cache_per_token", "KiB", KVT(P4), H, anchor="- Cache: 40 layers × 10 KV heads")
claim(f, "400 KiB", "kv_cache_per_token", "KiB", KVT(P4), X, "off_2x", anchor="400 KiB because it counted", note="200 KiB")
claim(f, "100 GiB", "kv_cache_total", "GiB", KV(P4, 16384, 32), H, anchor="- 32 concurrent summaries × 16K tokens")
claim(f, "50 GiB", "kv_cache_total", "GiB", KV(P4, 16384, 32), X, "off_2x", anchor="50 GiB for the same load", note="100 GiB")
claim(f, "25 GiB", "kv_cache_total", "GiB", KV(P4, 16384, 8), H)
claim(f, "14.66 GB", "weights", "GB", W(P4, "int4"), X, "wrong_dtype", anchor="- Jonas noted the sheet also listed", note="int4 7.33 GB")
a = "- Mei's sheet also had fp32 weights"
claim(f, "117.28 GB", "weights", "GB", W(P4, "fp32"), X, "off_2x", anchor=a, note="fp32 58.64 GB")
claim(f, "58.64 GB", "weights", "GB", W(P4, "fp32"), H, anchor=a)
a = "- 671B params in fp8 = 671 GB"
claim(f, "671B", "params", "B", N[DS], H, anchor=a)
claim(f, "671 GB", "weights", "GB", W(DS, "fp8"), H, anchor=a)
claim(f, "624.9 GiB", "weights", "GiB", W(DS, "fp8"), H, anchor=a)
claim(f, "1,128 GB", "arithmetic", "GB", 8 * 141e9, H, anchor=a)
claim(f, "457 GB", "arithmetic", "GB", 8 * 141e9 - W(DS, "fp8"), H, anchor=a)
claim(f, "~83.9 GB", "weights", "GB", W(DS, "fp8") / 8, H, hedged=True, note="per GPU")
a = "- MLA cache: 61 × (512 + 64) × 2 B"
claim(f, "70,272 bytes", "kv_cache_per_token", "bytes", MLA_DSV3 * 2, H, anchor=a)
claim(f, "≈ 68.6 KiB", "kv_cache_per_token", "KiB", MLA_DSV3 * 2, H, anchor=a, hedged=True)
claim(f, "8.58 GiB", "kv_cache_total", "GiB", MLA_DSV3 * 2 * 131072, H, anchor=a)
claim(f, "17.2 GiB", "kv_cache_total", "GiB", MLA_DSV3 * 2 * 131072, X, "off_2x", note="one latent: 8.58 GiB")
claim(f, "≈ 3.29 × 10^24", "flops", "FLOP", 6 * ACTIVE_DSV3 * 14.8e12, H, hedged=True)
claim(f, "5.96 × 10^25", "flops", "FLOP", 6 * ACTIVE_DSV3 * 14.8e12, X, "wrong_kind", note="total instead of active params; 3.29e24")
claim(f, "~2.3M", "time", "M", 6 * ACTIVE_DSV3 * 14.8e12 / (0.4 * 989e12) / 3600, H, anchor="At 40 % MFU on 989 TFLOP/s",
      hedged=True, note="H100-hours")
a = "- Jonas: on our 16 H100s"
claim(f, "~1.6 years", "time", "years", 6 * ACTIVE_DSV3 * 14.8e12 / (0.4 * 989e12) / 16, X, "off_2x", anchor=a, hedged=True,
      note="16.5 years")
claim(f, "16.5 years", "time", "years", 6 * ACTIVE_DSV3 * 14.8e12 / (0.4 * 989e12) / 16, H, anchor=a)
claim(f, "720.5 GB", "arithmetic", "GB", 671 * GIB, H)
a = "- gpt-oss-20b as the fallback"
claim(f, "11.11 GB", "weights", "GB", W(G2, MX4), H, anchor=a)
claim(f, "10.35 GiB", "weights", "GiB", W(G2, MX4), H, anchor=a)
claim(f, "48 KiB", "kv_cache_per_token", "KiB", KVT(G2), H, anchor=a)
a = "~1.92 GB → ceiling"
claim(f, "~1.92 GB", "weights", "GB", W(ACTIVE_OSS20, MX4), H, anchor=a, hedged=True)
claim(f, "≈ 1,750 tok/s", "throughput", "tok/s", H100_BW / W(ACTIVE_OSS20, MX4), H, anchor=a, hedged=True)
claim(f, "3,500 tok/s", "throughput", "tok/s", H100_BW / W(ACTIVE_OSS20, MX4), X, "off_2x", anchor=a, note="1,747 tok/s")
claim(f, "18 GiB", "kv_cache_total", "GiB", KV(G, 8192, 64, 1), H, anchor="- [ ] **Tomás**")
a = "- [ ] **Mei**"
claim(f, "200 KiB", "kv_cache_per_token", "KiB", KVT(P4), H, anchor=a)
claim(f, "100 GiB", "kv_cache_total", "GiB", KV(P4, 16384, 32), H, anchor=a)
non(f, "date: 2026-11-12", "date")
non(f, "time: \"10:00–10:55\"", "meeting time")
non(f, "**Agenda:** (1)", "agenda item numbers")
non(f, "- Measured on staging (Aditya)", "measured latency, power draw")
non(f, "(quote $38.40/h on-demand", "price, ticket number")
non(f, "- Reminder: on-call rotation", "shift length, date")
non(f, "- [ ] **Priya**", "budget line, ticket, date")
non(f, "- [x] ~~Aditya", "measured latency")
non(f, "Next sync: 2026-11-19 10:00", "date, times")
non(f, "jira: [INF-4411", "ticket numbers")



# ---- en_04: glossary with worked examples and "common slips" ---------------------------------------------
f = "en_04"
M22, L3, FA, BL, L13 = "mixtral-8x22b", "llama3.2-3b", "falcon-7b", "bert-large", "llama2-13b"
a = "- *Worked example:* Mixtral-8x22B has 140,630,071,296"
claim(f, "140,630,071,296", "params", "params", N[M22], H, anchor=a)
claim(f, "39,161,468,928", "params", "params", ACTIVE_M22, H, anchor=a)
a = "(27.8 %). In bf16 that is 281.26 GB"
claim(f, "27.8 %", "percentage", "%", 100 * ACTIVE_M22 / N[M22], H, anchor=a)
claim(f, "281.26 GB", "weights", "GB", W(M22, "bf16"), H, anchor=a)
claim(f, "78.32 GB", "weights", "GB", W(ACTIVE_M22, "bf16"), H, anchor=a, note="read per token")
claim(f, "78.32 GB", "weights", "GB", W(M22, "bf16"), X, "wrong_kind", anchor="only needs 78.32 GB of VRAM",
      note="storage is the total, 281.26 GB")
claim(f, "281.26 GB", "weights", "GB", W(M22, "bf16"), H, anchor="Storage is the total: 281.26 GB")
a = "- *Worked example:* Mixtral-8x22B in int4 on an 800 GB/s"
claim(f, "19.58 GB", "weights", "GB", W(ACTIVE_M22, "int4"), H, anchor=a)
claim(f, "≤ 40.9 tok/s", "throughput", "tok/s", 800e9 / W(ACTIVE_M22, "int4"), H, anchor=a)
a = "- *Common slip:* \"≤ 11.4 tok/s\""
claim(f, "≤ 11.4 tok/s", "throughput", "tok/s", 800e9 / W(ACTIVE_M22, "int4"), X, "wrong_kind", anchor=a,
      note="all experts instead of active; 40.9 tok/s")
claim(f, "70.3 GB", "weights", "GB", W(M22, "int4"), H, anchor=a)
a = "**bf16** — 16-bit brain float"
claim(f, "335,141,888", "params", "params", N[BL], H, anchor=a)
claim(f, "670.3 MB", "weights", "MB", W(BL, "bf16"), H, anchor=a)
a = "and 1,340.6 MB (1,278.5 MiB) in fp32"
claim(f, "1,340.6 MB", "weights", "MB", W(BL, "fp32"), H, anchor=a)
claim(f, "1,278.5 MiB", "weights", "MiB", W(BL, "fp32"), H, anchor=a)
claim(f, "1.34 GB", "weights", "GB", W(BL, "bf16"), X, "wrong_dtype", note="bf16 0.67 GB; 1.34 is fp32")
a = "- *Worked example:* Llama-3.2-3B → 20 × 3.21B"
D3 = 20 * N[L3]
claim(f, "3.21B", "params", "B", N[L3], H, anchor=a)
claim(f, "≈ 64 billion tokens", "tokens", "billion", D3, H, anchor=a, hedged=True)
claim(f, "≈ 1.24 × 10^21", "flops", "FLOP", 6 * N[L3] * D3, H, anchor=a, hedged=True)
claim(f, "640 billion tokens", "tokens", "billion", D3, X, "off_2x", note="64 billion")
claim(f, "about 16 GFLOP", "flops", "GFLOP", 2 * N["llama3-8b"], H, hedged=True)
claim(f, "48 GFLOP", "flops", "GFLOP", 2 * N["llama3-8b"], X, "wrong_kind", note="6N is training; 2N = 16 GFLOP per token")
a = "**GiB vs GB** — GiB = 2^30 bytes"
claim(f, "1.0737 GB", "arithmetic", "GB", GIB, H, anchor=a)
claim(f, "85.9 GB", "arithmetic", "GB", 80 * GIB, H, anchor=a)
a = "- *Worked example:* Llama-2-13B KV cache at 4,096 tokens"
claim(f, "3.125 GiB", "kv_cache_total", "GiB", KV(L13, 4096), H, anchor=a)
claim(f, "3.36 GB", "kv_cache_total", "GB", KV(L13, 4096), H, anchor=a)
claim(f, "3.125 GB", "kv_cache_total", "GB", KV(L13, 4096), X, "gib_as_gb", note="3.125 GiB = 3.36 GB")
a = "2 × 32 × 1 × 64 × 2 B = 8 KiB per token"
claim(f, "8 KiB", "kv_cache_per_token", "KiB", KVT(FA), H, anchor=a)
claim(f, "16 MiB", "kv_cache_total", "MiB", KV(FA, 2048), H, anchor=a)
claim(f, "568 KiB", "kv_cache_per_token", "KiB", KVT(FA), X, "off_2x", note="MQA: 8 KiB")
a = "- *Worked example:* Llama-3.2-3B: 2 × 28 × 8 × 128 × 2 B"
claim(f, "114,688 bytes", "kv_cache_per_token", "bytes", KVT(L3), H, anchor=a)
claim(f, "112 KiB", "kv_cache_per_token", "KiB", KVT(L3), H, anchor=a)
claim(f, "3.5 GiB", "kv_cache_total", "GiB", KV(L3, 32768), H, anchor=a)
claim(f, "7 GiB", "kv_cache_total", "GiB", KV(L3, 32768), X, "off_2x", note="3.5 GiB")
LO = lora(28, 16, [(3072, 3072), (3072, 1024)])
a = "28 × 16 × (6144 + 4096) = 4,587,520"
claim(f, "4,587,520", "params", "params", LO, H, anchor=a)
claim(f, "0.14 %", "percentage", "%", 100 * LO / N[L3], H, anchor=a)
claim(f, "9.2 MB", "weights", "MB", 2 * LO, H, anchor=a)
claim(f, "1.4 %", "percentage", "%", 100 * LO / N[L3], X, "off_2x", note="0.14 %")
a = "- *Worked example:* Llama-2-13B in NF4"
claim(f, "≈ 6.71 GB", "weights", "GB", N[L13] * NF4 / 8, H, anchor=a, hedged=True)
claim(f, "7.32 GB", "weights", "GB", N[L13] * 4.5 / 8, H, anchor=a)
claim(f, "3.25 GB", "weights", "GB", N[L13] * NF4 / 8, X, "off_2x", note="NF4 6.71 GB")
a = "- *Worked example:* Llama-3.2-3B Q4_K_M"
claim(f, "≈ 1.97 GB", "quantized_file", "GB", GG(L3, "Q4_K_M"), H, anchor=a, hedged=True)
claim(f, "1.83 GiB", "quantized_file", "GiB", GG(L3, "Q4_K_M"), H, anchor=a)
a = "- *Common slip:* \"Q4_K_M is 4 bits"
claim(f, "1.61 GiB", "weights", "GiB", W(L3, "int4"), X, "gb_as_gib", anchor=a, note="nominal int4 1.61 GB = 1.50 GiB")
claim(f, "1.61 GB", "weights", "GB", W(L3, "int4"), H, anchor=a)
a = "matrix (80,411,200 params)"
claim(f, "80,411,200", "params", "params", 50257 * 1600, H, anchor=a)
claim(f, "6.23 GB", "weights", "GB", W("gpt2-xl", "fp32"), H, anchor=a)
a = "- *Worked example:* Llama-2-13B full fine-tune"
claim(f, "13.02B", "params", "B", N[L13], H, anchor=a)
claim(f, "208.3 GB", "training", "GB", 16 * N[L13], H, anchor=a)
claim(f, "26.0 GB", "training", "GB", zero(N[L13], 8, 3), H, anchor=a, note="per GPU")
claim(f, "208 GB", "training", "GB", zero(N[L13], 8, 3), X, "per_gpu", anchor="\"208 GB per GPU with ZeRO-3\"", note="26 GB per GPU")
non(f, "created: 2026-09-03", "date")
non(f, "updated: 2026-11-30", "date")
non(f, "version: 7", "version")
non(f, "open_comments: 2", "count")
non(f, "> [!todo] Open review comments (Dana, 2026-11-30)", "date")
non(f, "> 1. ~~Add MLA and MXFP4 entries~~ (done in v8).", "list number, version")
non(f, "(ticket numbers 311, 347, 402)", "ticket numbers")
non(f, "Formula index:", "LaTeX with free variables")



# ---- en_05: postmortem of a failed deployment on Apple silicon (M2 Ultra, llama.cpp) -----------------------
f = "en_05"
L70, M22 = "llama3-70b", "mixtral-8x22b"
MAC = 800e9
claim(f, "about 17.6 GB", "quantized_file", "GB", GG(L70, "Q4_K_M"), X, "off_2x", hedged=True, note="Q4_K_M 43.16 GB")
a = "2. \"Mixtral-8x22B Q4_K_M ≈ 24 GB"
claim(f, "≈ 24 GB", "quantized_file", "GB", GG(M22, "Q4_K_M"), X, "wrong_kind", anchor=a, hedged=True, note="file holds all experts: 86.04 GB")
claim(f, "39B", "params", "B", ACTIVE_M22, H, anchor=a)
a = "3. \"KV cache for 70B"
claim(f, "160 KiB", "kv_cache_per_token", "KiB", KVT(L70), X, "off_2x", anchor=a, note="320 KiB")
claim(f, "5 GiB", "kv_cache_total", "GiB", KV(L70, 32768), X, "off_2x", anchor=a, note="10 GiB")
claim(f, "40 GiB", "kv_cache_total", "GiB", KV(L70, 32768, 8), X, "off_2x", anchor=a, note="80 GiB")
claim(f, "≈ 110 GB", "arithmetic", "GB", GG(L70, "Q4_K_M") + GG(M22, "Q4_K_M") + KV(L70, 32768, 8) + KV(M22, 32768, 8), X,
      "off_2x", hedged=True, note="275 GB")
a = "5. \"Expected speed"
claim(f, "≈ 45 tok/s", "throughput", "tok/s", MAC / GG(L70, "Q4_K_M"), X, "off_2x", anchor=a, hedged=True, note="18.5 tok/s")
claim(f, "~67 tok/s", "throughput", "tok/s", MAC / GG(ACTIVE_M22, "Q4_K_M"), X, "off_2x", anchor=a, hedged=True, note="33.4 tok/s")
a = "1. Q4_K_M is a mix at ~4.89 bits/weight"
claim(f, "**43.16 GB**", "quantized_file", "GB", GG(L70, "Q4_K_M"), H, anchor=a)
claim(f, "40.20 GiB", "quantized_file", "GiB", GG(L70, "Q4_K_M"), H, anchor=a)
claim(f, "43.1 GB", "quantized_file", "GB", GG(L70, "Q4_K_M"), H, rel=0.02)
a = "2. A GGUF stores **all** experts"
claim(f, "**86.04 GB**", "quantized_file", "GB", GG(M22, "Q4_K_M"), H, anchor=a)
claim(f, "80.13 GiB", "quantized_file", "GiB", GG(M22, "Q4_K_M"), H, anchor=a)
claim(f, "23.96 GB", "quantized_file", "GB", GG(ACTIVE_M22, "Q4_K_M"), H, anchor="*active* slice (23.96 GB)")
a = "3. The KV formula is missing nothing"
claim(f, "327,680 bytes", "kv_cache_per_token", "bytes", KVT(L70), H, anchor=a)
claim(f, "**320 KiB**", "kv_cache_per_token", "KiB", KVT(L70), H, anchor=a)
a = "So a 32K slot is 10 GiB and 8 slots are 80 GiB"
claim(f, "10 GiB", "kv_cache_total", "GiB", KV(L70, 32768), H, anchor=a)
claim(f, "80 GiB", "kv_cache_total", "GiB", KV(L70, 32768, 8), H, anchor=a)
a = "4. Mixtral's cache"
claim(f, "224 KiB", "kv_cache_per_token", "KiB", KVT(M22), H, anchor=a)
claim(f, "7 GiB", "kv_cache_total", "GiB", KV(M22, 32768), H, anchor=a)
claim(f, "56 GiB", "kv_cache_total", "GiB", KV(M22, 32768, 8), H, anchor=a)
a = "5. Real total: 43.16 + 86.04"
claim(f, "129.2 GB", "arithmetic", "GB", GG(L70, "Q4_K_M") + GG(M22, "Q4_K_M"), H, anchor=a)
claim(f, "136 GiB", "kv_cache_total", "GiB", KV(L70, 32768, 8) + KV(M22, 32768, 8), H, anchor=a)
claim(f, "≈ 275 GB", "arithmetic", "GB", GG(L70, "Q4_K_M") + GG(M22, "Q4_K_M") + KV(L70, 32768, 8) + KV(M22, 32768, 8), H,
      anchor=a, hedged=True)
a = "6. Speed ceilings at 800 GB/s"
claim(f, "≈ 18.5 tok/s", "throughput", "tok/s", MAC / GG(L70, "Q4_K_M"), H, anchor=a, hedged=True)
claim(f, "43.16 GB", "quantized_file", "GB", GG(L70, "Q4_K_M"), H, anchor=a)
claim(f, "23.96 GB", "quantized_file", "GB", GG(ACTIVE_M22, "Q4_K_M"), H, anchor="6. Speed ceilings at 800 GB/s")
a = "active slice → ≈ 33.4 tok/s"
claim(f, "≈ 33.4 tok/s", "throughput", "tok/s", MAC / GG(ACTIVE_M22, "Q4_K_M"), H, anchor=a, hedged=True)
claim(f, "about 42 GB", "quantized_file", "GB", GG(M22, "Q8_0"), X, "wrong_kind", hedged=True, note="Q8_0 of all experts 149.4 GB")
a = "> stores 8.5 bits for every weight"
claim(f, "≈ **149.4 GB**", "quantized_file", "GB", GG(M22, "Q8_0"), H, anchor=a, hedged=True)
claim(f, "139.2 GiB", "quantized_file", "GiB", GG(M22, "Q8_0"), H, anchor=a)
a = "- **GiB vs GB in the dashboard:**"
claim(f, "131.42 GB", "quantized_file", "GB", GG(L70, "F16"), X, "gib_as_gb", anchor=a, note="141.1 GB = 131.42 GiB")
claim(f, "141.1 GB", "quantized_file", "GB", GG(L70, "F16"), H, anchor="file; that number is GiB")
claim(f, "4,096 tokens", "tokens", "tokens", 32768 / 8, H)
a = "assumed 8 × 32K; with the flag as written"
claim(f, "10 GiB", "kv_cache_total", "GiB", KV(L70, 32768), H, anchor=a)
claim(f, "1.25 GiB", "kv_cache_total", "GiB", KV(L70, 4096), H, anchor=a)
a = "a q8_0 cache makes it 20 GiB"
claim(f, "20 GiB", "kv_cache_total", "GiB", KV(L70, 32768, 8, 8.5 / 8), X, "off_2x", anchor=a, note="q8_0 8.5 bits: 42.5 GiB")
claim(f, "42.5 GiB", "kv_cache_total", "GiB", KV(L70, 32768, 8, 8.5 / 8), H, anchor=a)
a = "- 70B Q4_K_M alone"
claim(f, "43.16 GB", "quantized_file", "GB", GG(L70, "Q4_K_M"), H, anchor=a)
claim(f, "20 GiB", "kv_cache_total", "GiB", KV(L70, 8192, 8), H, anchor=a)
claim(f, "86.04 GB", "quantized_file", "GB", GG(M22, "Q4_K_M"), H, anchor="- Mixtral moved to the Linux box")
non(f, "date_of_incident: 2026-10-07", "date")
non(f, "software: {llama.cpp: b4102", "build number, server flags")
non(f, "| 09:12 |", "time, config")
non(f, "| 09:31 |", "time, seconds")
non(f, "| 09:40 |", "time, measured latency")
non(f, "| 13:15 |", "time")
non(f, "No data lost; 4 hours", "downtime hours")
non(f, "- [ ] Re-run the bench with `-np 4 -c 65536`", "flags, ticket, date")
non(f, "- [ ] Measure power", "power draw")
non(f, "- [x] Add a sizing check", "ticket id")



# ---- ru_01: служебная записка о переводе ассистента на Mistral-Nemo-12B (конфиг в свойствах) --------------
f = "ru_01"
NE, L8 = "mistral-nemo-12b", "llama3-8b"
L40S = 864e9
a = "1.1. Mistral-Nemo содержит"
claim(f, "12,25 млрд", "params", "млрд", N[NE], H, anchor=a)
claim(f, "в 1,53 раза", "ratio", "×", N[NE] / N[L8], H, anchor=a)
claim(f, "8,03 млрд", "params", "млрд", N[L8], H, anchor=a)
a = "1.2. Веса в bf16"
claim(f, "12,25 млрд", "params", "млрд", N[NE], H, anchor=a)
claim(f, "**24,5 ГБ**", "weights", "ГБ", W(NE, "bf16"), H, anchor=a)
claim(f, "22,81 ГиБ", "weights", "ГиБ", W(NE, "bf16"), H, anchor=a)
claim(f, "12,25 ГБ", "weights", "ГБ", W(NE, "fp8"), H, anchor=a)
claim(f, "около 6,1 ГБ", "weights", "ГБ", W(NE, "int4"), H, anchor=a, hedged=True)
claim(f, "16,06 ГБ", "weights", "ГБ", W(L8, "bf16"), H, anchor="1.3. Для сравнения")
a = "1.4. Словарь"
claim(f, "1¦342¦177¦280", "params", "params", 2 * 131072 * 5120, H, anchor=a)
claim(f, "почти 11 %", "percentage", "%", 100 * 2 * 131072 * 5120 / N[NE], H, anchor=a, hedged=True)
claim(f, "около 98 ГБ", "training", "ГБ", 16 * N[NE], X, "per_gpu", anchor="1.5. Полное дообучение", hedged=True,
      note="196 GB in total; 98 GB is the ZeRO-3 share of one of two cards")
a = "2.1. На один токен"
claim(f, "163¦840 байт", "kv_cache_per_token", "байт", KVT(NE), H, anchor=a)
claim(f, "160 КиБ", "kv_cache_per_token", "КиБ", KVT(NE), H, anchor=a)
claim(f, "20 ГиБ", "kv_cache_total", "ГиБ", KV(NE, 131072), H, anchor="2.2. Один диалог")
claim(f, "40 ГиБ", "kv_cache_total", "ГиБ", KV(NE, 16384, 16), H, anchor="16 × 16¦384 × 160 КиБ = 40 ГиБ")
claim(f, "20 ГиБ", "kv_cache_total", "ГиБ", KV(NE, 16384, 16, 1), H, anchor="20 ГиБ при кэше в fp8.")
a = "2.4. При переходе с Llama-3.1-8B"
claim(f, "в 2,5 раза", "ratio", "×", KVT(NE) / KVT(L8), X, "off_2x", anchor=a, note="160/128 = 1.25")
claim(f, "160 КиБ", "kv_cache_per_token", "КиБ", KVT(NE), H, anchor=a)
claim(f, "90 млн токенов", "tokens", "млн токенов", 2500 * 30 * 1200, H, anchor="3.1. Суточный объём")
claim(f, "около 1¦042 токенов/с", "throughput", "токенов/с", 2500 * 30 * 1200 / 86400, H, hedged=True)
a = "3.2. Потолок одного потока на L40S"
claim(f, "≈ 70 ток/с", "throughput", "ток/с", L40S / W(NE, "fp8"), H, anchor=a, hedged=True)
claim(f, "около 35 ток/с", "throughput", "ток/с", L40S / W(NE, "bf16"), H, anchor=a, hedged=True)
claim(f, "около 1,2 с", "time", "с", W(NE, "fp8") / 1.25e9, X, "wrong_unit", anchor="3.3. Загрузка весов fp8", hedged=True,
      note="10 Gbit/s = 1.25 GB/s: 9.8 s")
a = "Разместить модель в fp8 на одной L40S"
claim(f, "12,25 ГБ", "weights", "ГБ", W(NE, "fp8"), H, anchor=a)
claim(f, "20 ГиБ", "kv_cache_total", "ГиБ", KV(NE, 16384, 16, 1), H, anchor=a)
claim(f, "≈ 31 ГиБ", "arithmetic", "ГиБ", W(NE, "fp8") + KV(NE, 16384, 16, 1), H, anchor=a, hedged=True)
a = "> - «Веса Nemo в bf16 — 12,25 ГБ»"
claim(f, "12,25 ГБ", "weights", "ГБ", W(NE, "bf16"), X, "wrong_dtype", anchor=a, note="bf16 24.5 GB; 12.25 is fp8")
claim(f, "**24,5 ГБ**", "weights", "ГБ", W(NE, "bf16"), H, anchor=a)
a = "> - «Кэш на токен — 320 КиБ»"
claim(f, "320 КиБ", "kv_cache_per_token", "КиБ", KVT(NE), X, "off_2x", anchor=a, note="160 KiB")
claim(f, "**160 КиБ**", "kv_cache_per_token", "КиБ", KVT(NE), H, anchor=a)
a = "> - «Диалог на 128 тыс. токенов — 40 ГиБ»"
claim(f, "40 ГиБ", "kv_cache_total", "ГиБ", KV(NE, 131072), X, "off_2x", anchor=a, note="20 GiB")
claim(f, "20 ГиБ", "kv_cache_total", "ГиБ", KV(NE, 131072), H, anchor=a)
a = "> - «Кэш для 16 диалогов по 16 тыс. — 2,5 ГиБ»"
claim(f, "2,5 ГиБ", "kv_cache_total", "ГиБ", KV(NE, 16384, 16), X, "wrong_kind", anchor=a, note="one dialog; 16 dialogs 40 GiB")
claim(f, "40 ГиБ", "kv_cache_total", "ГиБ", KV(NE, 16384, 16), H, anchor=a)
a = "> - «Потолок на L40S — 273 ток/с»"
claim(f, "273 ток/с", "throughput", "ток/с", L40S / W(NE, "fp8"), X, "off_2x", anchor=a, note="H100 figure; L40S 70.5 tok/s")
claim(f, "70 ток/с", "throughput", "ток/с", L40S / W(NE, "fp8"), H, anchor=a)
a = "> - «Суточный объём — 9 млн токенов»"
claim(f, "9 млн токенов", "tokens", "млн токенов", 2500 * 30 * 1200, X, "off_2x", anchor=a, note="90 million")
claim(f, "90 млн", "tokens", "млн токенов", 2500 * 30 * 1200, H, anchor=a)
a = "> - «24,5 ГиБ весов в bf16»"
claim(f, "24,5 ГиБ", "weights", "ГиБ", W(NE, "bf16"), X, "gb_as_gib", anchor=a, note="24.5 GB = 22.81 GiB")
claim(f, "22,81", "weights", "ГиБ", W(NE, "bf16"), H, anchor=a)
a = "1. Пункт 1.1: рост числа параметров"
claim(f, "52,5 %", "percentage", "%", 100 * (N[NE] / N[L8] - 1), H, anchor=a)
claim(f, "в 1,53 раза", "ratio", "×", N[NE] / N[L8], H, anchor=a)
a = "2. Пункт 2.3: согласен"
claim(f, "40 ГиБ", "kv_cache_total", "ГиБ", KV(NE, 16384, 16), H, anchor=a)
claim(f, "в 2 раза", "ratio", "×", 2 / 1, H, anchor=a, note="bf16 -> fp8 cache")
a = "4. Пункт 4: 12,25 ГБ = 11,41 ГиБ"
claim(f, "12,25 ГБ", "weights", "ГБ", W(NE, "fp8"), H, anchor=a)
claim(f, "11,41 ГиБ", "weights", "ГиБ", W(NE, "fp8"), H, anchor=a)
claim(f, "20 ГиБ", "kv_cache_total", "ГиБ", KV(NE, 16384, 16, 1), H, anchor=a)
claim(f, "31,4 ГиБ", "arithmetic", "ГиБ", W(NE, "fp8") + KV(NE, 16384, 16, 1), H, anchor=a)
a = "5. Пункт 1.5 неверен"
claim(f, "196 ГБ", "training", "ГБ", 16 * N[NE], H, anchor=a)
claim(f, "98 ГБ", "training", "ГБ", zero(N[NE], 2, 3), H, anchor=a, occ=2, note="ZeRO-3 per GPU")
claim(f, "25 %", "percentage", "%", 100 * (KVT(NE) / KVT(L8) - 1), H, anchor="6. Пункт 2.4")
a = "7. Пункт 3.3: 10 Гбит/с"
claim(f, "1,25 ГБ/с", "bandwidth", "ГБ/с", 10e9 / 8, H, anchor=a)
claim(f, "12,25 ГБ", "weights", "ГБ", W(NE, "fp8"), H, anchor=a)
claim(f, "около 9,8 с", "time", "с", W(NE, "fp8") / 1.25e9, H, anchor=a, hedged=True)
a = "8. GGUF-вариант для ноутбуков"
claim(f, "≈ 7,5 ГБ", "quantized_file", "ГБ", GG(NE, "Q4_K_M"), H, anchor=a, hedged=True)
claim(f, "≈ 13,0 ГБ", "quantized_file", "ГБ", GG(NE, "Q8_0"), H, anchor=a, hedged=True)
claim(f, "3,7 ГБ", "quantized_file", "ГБ", GG(NE, "Q4_K_M"), X, "off_2x", anchor="что Q4_K_M весит 3,7 ГБ", note="7.49 GB")
a = "**Итог:** согласовать"
claim(f, "24,5 ГБ", "weights", "ГБ", W(NE, "bf16"), H, anchor=a)
claim(f, "12,25 ГБ", "weights", "ГБ", W(NE, "fp8"), H, anchor=a)
claim(f, "160 КиБ", "kv_cache_per_token", "КиБ", KVT(NE), H, anchor=a)
claim(f, "40 ГиБ", "kv_cache_total", "ГиБ", KV(NE, 16384, 16), H, anchor=a)
non(f, "номер: \"СЗ-114/26\"", "document number")
non(f, "дата: 2026-11-17", "date")
non(f, "стоимость_сервера_руб:", "price")
non(f, "запросов_в_день_на_сотрудника: 30", "load parameter")
non(f, "# Служебная записка № СЗ-114/26 от 17.11.2026", "document number, date")
non(f, "под резерв. Закупка не требуется", "price, year")
non(f, "Приложение: расчёт в таблице", "sheet number")
non(f, "## Замечания отдела инфраструктуры (А. Гусев, 19.11.2026)", "date")
non(f, "> [!warning] Первая редакция записки (от 12.11)", "date")



# ---- ru_02: лабораторная работа с вариантами, ведомость ответов студентов и замечания --------------------
f = "ru_02"
Q15, L1, P3, G2M, FA, L3 = "qwen2.5-1.5b", "llama3.2-1b", "phi3-mini", "gpt2-medium", "falcon-7b", "llama3.2-3b"
a = "$$M_{веса} = 8,03"
claim(f, "8,03 \\cdot 10^9", "params", "params", N["llama3-8b"], H, anchor=a)
claim(f, "16,06", "weights", "ГБ", W("llama3-8b", "bf16"), H, anchor=a)
claim(f, "128", "kv_cache_per_token", "КиБ", KVT("llama3-8b"), H, anchor="$$M_{KV}/токен", occ=2)
a = "Кэш на 8¦192 токена — ровно 1 ГиБ"
claim(f, "1 ГиБ", "kv_cache_total", "ГиБ", KV("llama3-8b", 8192), H, anchor=a)
claim(f, "≈ 128,5 ГБ", "training", "ГБ", 16 * N["llama3-8b"], H, anchor=a, hedged=True)
a = "| 1 | Иванов А. |"
claim(f, "3,09", "weights", "ГБ", W(Q15, "bf16"), H, anchor=a)
claim(f, "168", "kv_cache_per_token", "КиБ", KVT(Q15), X, "off_2x", anchor=a, note="28 KiB: 2 KV heads")
claim(f, "21", "kv_cache_total", "ГиБ", KV(Q15, 32768, 4), X, "off_2x", anchor=a, note="3.5 GiB")
claim(f, "12,35", "training", "ГБ", 16 * N[Q15], X, "off_2x", anchor=a, note="16 B/param: 24.7 GB")
a = "| 2 | Петрова Д. |"
claim(f, "2,47", "weights", "ГБ", W(L1, "fp32"), X, "wrong_dtype", anchor=a, note="fp32 4.94 GB; 2.47 is bf16")
claim(f, "32", "kv_cache_per_token", "КиБ", KVT(L1), H, anchor=a)
claim(f, "4", "kv_cache_total", "ГиБ", KV(L1, 8192, 16), H, anchor=a)
claim(f, "9,89", "training", "ГБ", 16 * N[L1], X, "off_2x", anchor=a, note="19.77 GB")
a = "| 3 | Сидоров К. |"
claim(f, "15,28", "weights", "ГБ", W(P3, "bf16"), X, "wrong_dtype", anchor=a, note="bf16 7.64 GB; 15.28 is fp32")
claim(f, "96", "kv_cache_per_token", "КиБ", KVT(P3), X, "off_2x", anchor=a, note="32 KV heads: 384 KiB")
claim(f, "3", "kv_cache_total", "ГиБ", KV(P3, 4096, 8), X, "off_2x", anchor=a, occ=2, note="12 GiB")
claim(f, "61,1", "training", "ГБ", 16 * N[P3], H, anchor=a)
a = "| 4 | Кузнецова М. |"
claim(f, "1,42", "weights", "ГБ", W(G2M, "fp32"), H, anchor=a)
claim(f, "96", "kv_cache_per_token", "КиБ", KVT(G2M), H, anchor=a)
claim(f, "3", "kv_cache_total", "ГиБ", KV(G2M, 1024, 32), H, anchor=a)
claim(f, "5,68", "training", "ГБ", 16 * N[G2M], H, anchor=a)
a = "| 5 | Орлов П. |"
claim(f, "6,92", "weights", "ГБ", W(FA, "bf16"), X, "wrong_dtype", anchor=a, note="bf16 13.84 GB; 6.92 is the count in billions")
claim(f, "568", "kv_cache_per_token", "КиБ", KVT(FA), X, "off_2x", anchor=a, note="MQA 8 KiB")
claim(f, "71", "kv_cache_total", "ГиБ", KV(FA, 2048, 64), X, "off_2x", anchor=a, note="1 GiB")
claim(f, "110,7", "training", "ГБ", 16 * N[FA], H, anchor=a)
a = "| 6 | Морозова Е. |"
claim(f, "6,43", "weights", "ГБ", W(L3, "fp8"), X, "wrong_dtype", anchor=a, note="fp8 3.21 GB; 6.43 is bf16")
claim(f, "112", "kv_cache_per_token", "КиБ", KVT(L3), H, anchor=a)
claim(f, "7", "kv_cache_total", "ГиБ", KV(L3, 16384, 2), X, "off_2x", anchor=a, note="3.5 GiB")
claim(f, "51,4", "training", "ГБ", 16 * N[L3], H, anchor=a)
claim(f, "в 6 раз", "ratio", "×", 12 / 2, H, note="12 query heads / 2 KV heads")
a = "8 байт на параметр вместо 16. Верно: 28 КиБ"
claim(f, "28 КиБ", "kv_cache_per_token", "КиБ", KVT(Q15), H, anchor=a)
claim(f, "3,5 ГиБ", "kv_cache_total", "ГиБ", KV(Q15, 32768, 4), H, anchor=a)
claim(f, "4,94 ГБ", "weights", "ГБ", W(L1, "fp32"), H)
claim(f, "19,77 ГБ", "training", "ГБ", 16 * N[L1], H)
a = "поэтому 384 КиБ на токен и 12 ГиБ на батч"
claim(f, "384 КиБ", "kv_cache_per_token", "КиБ", KVT(P3), H, anchor=a)
claim(f, "12 ГиБ", "kv_cache_total", "ГиБ", KV(P3, 4096, 8), H, anchor=a)
a = "354,8 млн параметров × 4 байта"
claim(f, "354,8 млн", "params", "млн", N[G2M], H, anchor=a)
claim(f, "1,42 ГБ", "weights", "ГБ", W(G2M, "fp32"), H, anchor=a)
a = "- **Орлов (в. 5):** 6,92"
claim(f, "6,92", "params", "млрд", N[FA], H, anchor=a)
claim(f, "13,84 ГБ", "weights", "ГБ", W(FA, "bf16"), H, anchor=a)
a = "как для MHA с 71 головой"
claim(f, "8 КиБ", "kv_cache_per_token", "КиБ", KVT(FA), H, anchor=a)
claim(f, "1 ГиБ", "kv_cache_total", "ГиБ", KV(FA, 2048, 64), H, anchor=a)
a = "- **Морозова (в. 6):**"
claim(f, "3,21 ГБ", "weights", "ГБ", W(L3, "fp8"), H, anchor=a)
claim(f, "112 КиБ", "kv_cache_per_token", "КиБ", KVT(L3), H, anchor=a)
claim(f, "3,5 ГиБ", "kv_cache_total", "ГиБ", KV(L3, 16384, 2), H, anchor=a)
a = "Орлов ответил «в 8 раз»"
claim(f, "в 8 раз", "ratio", "×", KVT((32, 71, 64)) / KVT(FA), X, "off_2x", anchor=a, note="71x")
claim(f, "в 71 раз", "ratio", "×", KVT((32, 71, 64)) / KVT(FA), H, anchor=a)
non(f, "срок_сдачи: 2026-11-09", "date")
non(f, "семестр: осень 2026", "year")
non(f, "курс: \"Системы машинного обучения, 4 курс\"", "course year")
non(f, "| 1 | Qwen2.5-1.5B | bf16 |", "variant parameters")
non(f, "| 5 | Falcon-7B | bf16 |", "variant parameters")
non(f, "Средний балл по группе", "grade average, date, time, room")
non(f, "# ЛР № 4.", "lab number")



# ---- ru_03: пересказ статьи с Хабра о предобучении 1B-модели с нуля + комментарии (один — ответ ChatGPT) ----
f = "ru_03"
L1 = "llama3.2-1b"
n1, D1 = N[L1], 100e9
C1 = 6 * n1 * D1
GH1 = C1 / (0.45 * 312e12) / 3600
ACT_FL = 34 * 2048 * 8 * 2048 * 16
ACT_NO = 16 * 2048 * 8 * 2048 * (34 + 5 * 32 * 2048 / 2048)
LOG = 4 * 2048 * 8 * 128256
a = "- 1‡235‡814‡400 параметров, из них эмбеддинги"
claim(f, "1‡235‡814‡400", "params", "params", n1, H, anchor=a)
claim(f, "262‡668‡288", "params", "params", 128256 * 2048, H, anchor=a)
claim(f, "около 21 %", "percentage", "%", 100 * 128256 * 2048 / n1, H, anchor=a, hedged=True)
a = "- 100 млрд токенов — это около 81 токена"
claim(f, "около 81 токена на параметр", "tokens_per_param", "tokens/param", D1 / n1, H, anchor=a, hedged=True)
claim(f, "в 4 раза", "ratio", "×", D1 / (20 * n1), H, anchor=a)
claim(f, "≈ 24,7 млрд", "tokens", "млрд токенов", 20 * n1, H, anchor=a, hedged=True)
claim(f, "около 400 ГБ", "arithmetic", "ГБ", D1 * 4, H, hedged=True)
claim(f, "≈ 7,4·10²⁰ FLOP", "flops", "FLOP", C1, H, anchor="- По формуле 6·N·D", hedged=True)
a = "- При MFU 45 % от 312 ТФЛОПС"
claim(f, "≈ 140 ТФЛОП/с", "throughput", "TFLOP/s", 0.45 * 312e12, H, anchor=a, hedged=True)
claim(f, "≈ 1‡467 GPU-часов", "time", "GPU-часов", GH1, H, anchor=a, hedged=True)
a = "около 183 часов, то есть примерно 7,6 суток"
claim(f, "около 183 часов", "time", "часов", GH1 / 8 * 3600, H, anchor=a, hedged=True)
claim(f, "примерно 7,6 суток", "time", "суток", GH1 / 8 * 3600, H, anchor=a, hedged=True)
claim(f, "около 151 тыс. токенов/с", "throughput", "тыс. токенов", D1 / (GH1 / 8 * 3600), H, hedged=True)
claim(f, "19,77 ГБ", "training", "ГБ", 16 * n1, H, anchor="| веса bf16 + градиенты + Adam")
claim(f, "17,0 ГиБ", "activations", "ГиБ", ACT_FL, H, anchor="| активации, FlashAttention")
claim(f, "≈ 104 ГБ", "activations", "ГБ", ACT_NO, H, anchor="| активации без FlashAttention", hedged=True)
claim(f, "8,41 ГБ", "activations", "ГБ", LOG, H, anchor="| логиты fp32")
a = "Вывод авторов: без FlashAttention"
claim(f, "19,77 ГБ", "training", "ГБ", 16 * n1, H, anchor=a)
claim(f, "17 ГиБ", "activations", "ГиБ", ACT_FL, H, anchor=a)
claim(f, "≈ 47 ГБ", "arithmetic", "ГБ", 16 * n1 + ACT_FL + LOG, H, anchor=a, hedged=True)
claim(f, "около 1 ГиБ", "activations", "ГиБ", 2 * 2048 * 8 * 2048 * 16, H, hedged=True)
a = "— 17,3 ГБ; сохраняли каждые"
claim(f, "17,3 ГБ", "training", "ГБ", 14 * n1, H, anchor=a, note="checkpoint, 14 bytes/param")
claim(f, "86,5 ГБ", "arithmetic", "ГБ", 5 * 14 * n1, H, anchor=a)
a = "**@gradient_descent_enjoyer**"
claim(f, "2,5 млрд токенов", "tokens", "млрд токенов", 20 * n1, X, "off_2x", anchor=a, note="24.7 billion")
claim(f, "≈ 24,7 млрд", "tokens", "млрд токенов", 20 * n1, H, anchor="→ ✗ Шиншилла — 20 токенов на параметр", hedged=True)
claim(f, "около 4 раз", "ratio", "×", D1 / (20 * n1), H, anchor="→ ✗ Шиншилла — 20 токенов на параметр", hedged=True)
claim(f, "40 раз", "ratio", "×", D1 / (20 * n1), X, "off_2x", anchor="40 раз». → ✗ Шиншилла", note="about 4x")
a = "**@ml_ops_vova**"
claim(f, "39,5 ГБ", "training", "ГБ", 16 * n1, X, "off_2x", anchor=a, note="19.77 GB")
claim(f, "19,77 ГБ", "training", "ГБ", 16 * n1, H, anchor="16 × 1,236 млрд = 19,77 ГБ.")
a = "**@yet_another_phd**"
claim(f, "7,4·10²¹", "flops", "FLOP", C1, X, "off_2x", anchor=a, note="7.4e20")
claim(f, "7,4·10²⁰", "flops", "FLOP", C1, H, anchor=a)
claim(f, "примерно за 8 часов", "time", "часов", C1 / (8 * 312e12), X, "off_2x", anchor="**@nvidia_fan_2007**", hedged=True,
      note="at 100 % utilisation 82.5 h")
a = "даже при 100 % загрузке это"
claim(f, "≈ 82,5 часа", "time", "часа", C1 / (8 * 312e12), H, anchor=a, hedged=True)
claim(f, "183 часа", "time", "часа", GH1 / 8 * 3600, H, anchor=a)
Q = dict(quoted=True)
a = "> «Для модели на 1,24 млрд параметров"
claim(f, "1,24 млрд", "params", "млрд", n1, H, anchor=a, **Q)
claim(f, "около 4,9 ГБ", "training", "ГБ", 16 * n1, X, "off_2x", anchor=a, hedged=True, note="16 B/param: 19.77 GB", **Q)
claim(f, "около 2,1 ГБ", "activations", "ГБ", ACT_FL, X, "off_2x", anchor="> активации при batch 8", hedged=True,
      note="FlashAttention 18.25 GB", **Q)
claim(f, "примерно 23 часа", "time", "часа", GH1 / 8 * 3600, X, "off_2x", hedged=True, note="183 h", **Q)
a = "→ ✗ по всем трём пунктам"
claim(f, "19,77 ГБ", "training", "ГБ", 16 * n1, H, anchor=a)
claim(f, "17 ГиБ", "activations", "ГиБ", ACT_FL, H, anchor=a)
claim(f, "около 183 часов", "time", "часов", GH1 / 8 * 3600, H, anchor=a, hedged=True)
a = "**@tensor_samovar** (автор, +20)"
claim(f, "8,41 ГБ", "activations", "ГБ", LOG, H, anchor=a)
claim(f, "16,8 ГБ", "activations", "ГБ", 2 * LOG, H, anchor=a)
claim(f, "42 %", "percentage", "%", 100 * 128256 * 2048 / n1, X, "off_2x", anchor="**@silent_reader**", note="tied head: 21 %")
claim(f, "21 %", "percentage", "%", 100 * 128256 * 2048 / n1, H, anchor="так что 21 %.")
a = "- 6ND = 7,4·10²⁰ FLOP"
claim(f, "7,4·10²⁰", "flops", "FLOP", C1, H, anchor=a)
claim(f, "≈ 1‡467 GPU-часов", "time", "GPU-часов", GH1, H, anchor=a, hedged=True)
claim(f, "около 7,6 суток", "time", "суток", GH1 / 8 * 3600, H, anchor=a, hedged=True)
a = "- Память на карту: 19,77 ГБ"
claim(f, "19,77 ГБ", "training", "ГБ", 16 * n1, H, anchor=a)
claim(f, "17 ГиБ", "activations", "ГиБ", ACT_FL, H, anchor=a)
claim(f, "8,41 ГБ", "activations", "ГБ", LOG, H, anchor=a)
claim(f, "17,3 ГБ", "training", "ГБ", 14 * n1, H, anchor="- Чекпойнт 17,3 ГБ")
non(f, "источник: \"https://habr.com", "URL with article id")
non(f, "дата_статьи: 2026-10-28", "date")
non(f, "прочитано: 2026-11-02", "date")
non(f, "рейтинг_статьи: \"+87\"", "rating")
non(f, "комментариев: 143", "comment count")
non(f, "MFU: 0.45", "hyper-parameter")
non(f, "micro_batch_на_карту: 8", "hyper-parameter")



# ---- ru_04: FAQ внутренней платформы инференса (квоты в ГиБ, мифы из поддержки) --------------------------
f = "ru_04"
L8, Q14, L13, M7, BB, P4 = "llama3-8b", "qwen2.5-14b", "llama2-13b", "mixtral-8x7b", "bert-base", "phi4"
a = "О: В bf16 веса 16,06 ГБ = 14,96 ГиБ"
claim(f, "16,06 ГБ", "weights", "ГБ", W(L8, "bf16"), H, anchor=a)
claim(f, "14,96 ГиБ", "weights", "ГиБ", W(L8, "bf16"), H, anchor=a)
claim(f, "около 5 ГиБ", "arithmetic", "ГиБ", 22 * GIB - W(L8, "bf16") - 2 * GIB, H, anchor=a, hedged=True)
a = "40 тыс. токенов при 128 КиБ на токен"
claim(f, "40 тыс. токенов", "tokens", "тыс. токенов", (22 * GIB - W(L8, "bf16") - 2 * GIB) / KVT(L8), H, anchor=a, hedged=True,
      note="'примерно'")
claim(f, "128 КиБ", "kv_cache_per_token", "КиБ", KVT(L8), H, anchor=a)
a = "О: В bf16 — 29,54 ГБ (27,51 ГиБ)"
claim(f, "29,54 ГБ", "weights", "ГБ", W(Q14, "bf16"), H, anchor=a)
claim(f, "27,51 ГиБ", "weights", "ГиБ", W(Q14, "bf16"), H, anchor=a)
claim(f, "13,76 ГиБ", "weights", "ГиБ", W(Q14, "fp8"), H, anchor=a)
a = "О: Только large: 93,41 ГБ"
claim(f, "93,41 ГБ", "weights", "ГБ", W(M7, "bf16"), H, anchor=a)
claim(f, "86,99 ГиБ", "weights", "ГиБ", W(M7, "bf16"), H, anchor=a)
claim(f, "12,88 млрд", "params", "млрд", ACTIVE_M7, H, anchor=a)
claim(f, "46,7 млрд", "params", "млрд", N[M7], H, anchor=a)
claim(f, "23,35 ГБ", "weights", "ГБ", W(M7, "int4"), H, anchor="В int4 — 23,35 ГБ")
a = "О: Кэш у Llama-2-13B полный"
claim(f, "800 КиБ", "kv_cache_per_token", "КиБ", KVT(L13), H, anchor=a)
claim(f, "50 ГиБ", "kv_cache_total", "ГиБ", KV(L13, 4096, 16), H, anchor=a)
claim(f, "24,24 ГиБ", "weights", "ГиБ", W(L13, "bf16"), H, anchor="Плюс 24,24 ГиБ весов")
a = "О: 109,5 млн параметров"
claim(f, "109,5 млн", "params", "млн", N[BB], H, anchor=a)
claim(f, "417,6 МиБ", "weights", "МиБ", W(BB, "fp32"), H, anchor=a)
claim(f, "208,8 МиБ", "weights", "МиБ", W(BB, "fp16"), H, anchor=a)
a = "3,07 ГБ (2,86 ГиБ)"
claim(f, "3,07 ГБ", "arithmetic", "ГБ", 1e6 * 768 * 4, H, anchor=a)
claim(f, "2,86 ГиБ", "arithmetic", "ГиБ", 1e6 * 768 * 4, H, anchor=a)
claim(f, "8 ГБ", "weights", "ГБ", W(L8, "bf16"), X, "wrong_dtype", anchor="| «Llama-3.1-8B в bf16 — 8 ГБ»", note="bf16 16.06 GB")
claim(f, "512 КиБ", "kv_cache_per_token", "КиБ", KVT(L8), X, "off_2x", anchor="| «кэш Llama-3.1-8B — 512 КиБ", note="128 KiB")
claim(f, "26 ГБ", "weights", "ГБ", W(M7, "bf16"), X, "wrong_kind", anchor="| «Mixtral-8x7B в bf16 занимает 26 ГБ",
      note="active 12.88B x 2; stored 93.41 GB")
a = "| «квота 80 ГиБ — это 80 ГБ»"
claim(f, "80 ГБ", "arithmetic", "ГБ", 80 * GIB, X, "gib_as_gb", anchor=a, note="80 GiB = 85.9 GB")
claim(f, "7,4 %", "percentage", "%", 100 * (GIB / 1e9 - 1), H, anchor=a)
claim(f, "14,77 ГБ", "weights", "ГБ", W(Q14, "int4"), X, "wrong_dtype", anchor="| «Qwen2.5-14B в int4 — 14,77 ГБ»", note="int4 7.39 GB")
claim(f, "8 ГиБ", "kv_cache_total", "ГиБ", KV(L8, 8192, 32), X, "off_2x", anchor="| «32 пользователя × 8K", note="32 GiB")
a = "| «Qwen2.5-14B, 8 сессий по 32K"
claim(f, "48 ГиБ", "kv_cache_total", "ГиБ", KV(Q14, 32768, 8), H, anchor=a)
claim(f, "24 ГиБ", "kv_cache_total", "ГиБ", KV(Q14, 32768, 8, 1), H, anchor=a)
claim(f, "29,32 ГБ", "weights", "ГБ", W(P4, "fp8"), X, "wrong_dtype", anchor="| «gpt-oss не поддерживаем", note="fp8 14.66 GB; 29.32 is bf16")
claim(f, "0,88 ГБ", "weights", "ГБ", W(BB, "fp32"), X, "off_2x", anchor="| «BERT-base в fp32 — 0,88 ГБ»", note="0.44 GB")
a = "| «Llama-2-13B, 4K × 16 — 25 ГиБ"
claim(f, "25 ГиБ", "kv_cache_total", "ГиБ", KV(L13, 4096, 16, 1), H, anchor=a)
claim(f, "50 ГиБ", "kv_cache_total", "ГиБ", KV(L13, 4096, 16), H, anchor=a)
a = "1. Проверьте, что вы сравниваете ГиБ с ГиБ"
claim(f, "26,03 ГБ", "weights", "ГБ", W(L13, "bf16"), H, anchor=a)
claim(f, "24,24 ГиБ", "weights", "ГиБ", W(L13, "bf16"), H, anchor=a)
claim(f, "12,5 ГиБ", "kv_cache_total", "ГиБ", KV(L13, 4096, 16), X, "off_2x", anchor="2. Калькулятор в старом UI (v1)", note="50 GiB")
claim(f, "50 ГиБ", "kv_cache_total", "ГиБ", KV(L13, 4096, 16), H, anchor="как у Llama-3; верно 50 ГиБ")
claim(f, "27,51 ГБ", "weights", "ГБ", W(Q14, "bf16"), X, "gib_as_gb", anchor="«Qwen2.5-14B bf16 = 27,51 ГБ»", note="29.54 GB = 27.51 GiB")
claim(f, "16 ГиБ", "kv_cache_total", "ГиБ", KV(L8, 131072), H, anchor="максимальный контекст модели (для Llama-3.1-8B")
non(f, "версия_страницы: 23", "page version")
non(f, "обновлено: 2026-11-25", "date")
non(f, "small: {gpu: \"1× L4\", память_ГиБ: 22}", "quota definition")
non(f, "резерв_cuda_ГиБ: 2", "reserve setting")
non(f, "Тариф[^t]: small — 38 ₽/ч", "prices and cost arithmetic")
non(f, "Лимит на команду — 3 large", "quota limit")



# ---- ru_05: протокол код-ревью оценщика памяти (таблица вывода с пятью ошибками кода) -----------------------
f = "ru_05"
RR = [("Llama-3.2-1B", "llama3.2-1b", "bf16", 32), ("Llama-3.2-3B", "llama3.2-3b", "fp8", 24), ("Qwen2.5-3B", "qwen2.5-3b", "bf16", 16),
      ("Phi-3-mini", "phi3-mini", "fp8", 32), ("Gemma-3-1B", "gemma3-1b", "bf16", 4), ("Mixtral-8x22B", "mixtral-8x22b", "bf16", 48)]


def ru(x, nd=2):
    s = f"{x:,.{nd}f}".replace(",", "¦").replace(".", ",")
    return s


for nm, m, dt, heads in RR:
    a = f"| {nm} | {dt} |"
    L, d = CFG[m][1], CFG[m][4]
    moe = m == "mixtral-8x22b"
    nw = ACTIVE_M22 if moe else N[m]
    bad_w = nw * 2
    bad_kvt = 2 * L * heads * d * 2
    wf = ru(bad_w / 1e9)
    if moe:
        claim(f, wf, "weights", "ГБ", W(m, dt), X, "wrong_kind", anchor=a, note="active params; stored 281.26 GB")
        claim(f, wf, "weights", "ГиБ", W(m, dt), X, "wrong_kind", anchor=a, occ=2, note="active params / 1e9; 261.94 GiB")
    elif dt == "fp8":
        claim(f, wf, "weights", "ГБ", W(m, dt), X, "wrong_dtype", anchor=a, note=f"fp8 {W(m, dt) / 1e9:.2f} GB; 2 bytes used")
        claim(f, wf, "weights", "ГиБ", W(m, dt), X, "wrong_dtype", anchor=a, occ=2,
              note=f"fp8 {W(m, dt) / GIB:.2f} GiB; 2 bytes and / 1e9")
    else:
        claim(f, wf, "weights", "ГБ", W(m, dt), H, anchor=a)
        claim(f, wf, "weights", "ГиБ", W(m, dt), X, "gb_as_gib", anchor=a, occ=2, note=f"{W(m, dt) / GIB:.2f} GiB; divided by 1e9")
    if heads == CFG[m][3]:
        claim(f, ru(bad_kvt / KIB, 0), "kv_cache_per_token", "КиБ", KVT(m), H, anchor=a)
        claim(f, ru(bad_kvt * 32768 * 8 / GIB, 0), "kv_cache_total", "ГиБ", KV(m, 32768, 8), H, anchor=a)
    else:
        claim(f, ru(bad_kvt / KIB, 0), "kv_cache_per_token", "КиБ", KVT(m), X, "off_2x", anchor=a,
              note=f"query heads used; {KVT(m) / KIB:.0f} KiB")
        claim(f, ru(bad_kvt * 32768 * 8 / GIB, 0), "kv_cache_total", "ГиБ", KV(m, 32768, 8), X, "off_2x", anchor=a,
              note=f"{KV(m, 32768, 8) / GIB:g} GiB")
    claim(f, ru(8 * N[m] / 1e9), "training", "ГБ", 16 * N[m], X, "off_2x", anchor=a, note=f"16 B/param: {16 * N[m] / 1e9:.2f} GB")
a = "- **[Р2] (Фролов):**"
claim(f, "281,26 ГБ", "weights", "ГБ", W("mixtral-8x22b", "bf16"), H, anchor="в bf16 это 281,26 ГБ")
claim(f, "14,83 ГБ", "training", "ГБ", 12 * N["llama3.2-1b"], H, note="8-bit Adam, 12 bytes/param")
a = "- Llama-3.2-3B, fp8: 3,21 ГБ"
claim(f, "3,21 ГБ", "weights", "ГБ", W("llama3.2-3b", "fp8"), H, anchor=a)
claim(f, "2,99 ГиБ", "weights", "ГиБ", W("llama3.2-3b", "fp8"), H, anchor=a)
claim(f, "112 КиБ", "kv_cache_per_token", "КиБ", KVT("llama3.2-3b"), H, anchor=a)
claim(f, "28 ГиБ", "kv_cache_total", "ГиБ", KV("llama3.2-3b", 32768, 8), H, anchor=a)
claim(f, "51,40 ГБ", "training", "ГБ", 16 * N["llama3.2-3b"], H, anchor=a)
a = "- Gemma-3-1B: 26 КиБ на токен"
claim(f, "26 КиБ", "kv_cache_per_token", "КиБ", KVT("gemma3-1b"), H, anchor=a)
claim(f, "6,5 ГиБ", "kv_cache_total", "ГиБ", KV("gemma3-1b", 32768, 8), H, anchor=a)
a = "- Mixtral-8x22B: 224 КиБ на токен"
claim(f, "224 КиБ", "kv_cache_per_token", "КиБ", KVT("mixtral-8x22b"), H, anchor=a)
claim(f, "56 ГиБ", "kv_cache_total", "ГиБ", KV("mixtral-8x22b", 32768, 8), H, anchor=a)
non(f, "merge_request: 742", "MR number")
non(f, "дата_ревью: 2026-11-20", "date")
non(f, "длительность_мин: 55", "duration")
non(f, "**Участники:** Д. Зайцев (автор)", "date, times")
non(f, "def estimate(cfg, dtype, seq=32768, batch=8):", "code signature with defaults")
non(f, "\"обучение_ГБ\": 8 * cfg.get", "code with free variables")
non(f, "Контекст 32¦768 токенов, батч 8, кэш в bf16.", "run parameters")
non(f, "3. Повторное ревью — 2026-11-24, 11:00", "date, time, test coverage")
non(f, "**Итог:** 25 ячеек из 30", "cell and line counts")



# ---- second pass: wrong-dense sections added to en_05, en_03, en_02, ru_02 ---------------------------------
f = "en_05"
Q = dict(quoted=True)
L70, M22 = "llama3-70b", "mixtral-8x22b"
TOT = GG(L70, "Q4_K_M") + GG(M22, "Q4_K_M") + KV(L70, 32768, 8) + KV(M22, 32768, 8)
claim(f, "about 20 GB", "quantized_file", "GB", GG(L70, "Q4_K_M"), X, "off_2x", anchor="> **A:** Yes. Llama-3.1-70B at Q4_K_M",
      hedged=True, note="43.16 GB", **Q)
a = "> Mixtral-8x22B has 141B parameters in total"
claim(f, "141B", "params", "B", N[M22], H, anchor=a, **Q)
claim(f, "39B", "params", "B", ACTIVE_M22, H, anchor=a, **Q)
claim(f, "about 20 GB", "quantized_file", "GB", GG(M22, "Q4_K_M"), X, "wrong_kind", anchor=a, hedged=True,
      note="the file holds all experts: 86.04 GB", **Q)
a = "> The KV cache of Llama-3.1-70B is 160 KiB"
claim(f, "160 KiB", "kv_cache_per_token", "KiB", KVT(L70), X, "off_2x", anchor=a, note="320 KiB", **Q)
claim(f, "40 GiB", "kv_cache_total", "GiB", KV(L70, 32768, 8), X, "off_2x", anchor=a, note="80 GiB", **Q)
a = "> Mixtral-8x22B's cache is 112 KiB"
claim(f, "112 KiB", "kv_cache_per_token", "KiB", KVT(M22), X, "off_2x", anchor=a, note="224 KiB", **Q)
claim(f, "28 GiB", "kv_cache_total", "GiB", KV(M22, 32768, 8), X, "off_2x", anchor=a, note="56 GiB", **Q)
claim(f, "≈ 123 GB", "arithmetic", "GB", TOT, X, "off_2x", anchor="> Total ≈ 123 GB", hedged=True, note="275 GB", **Q)
a = "> At 800 GB/s expect"
claim(f, "~40 tok/s", "throughput", "tok/s", MAC / GG(L70, "Q4_K_M"), X, "off_2x", anchor=a, hedged=True, note="18.5 tok/s", **Q)
claim(f, "~80 tok/s", "throughput", "tok/s", MAC / GG(ACTIVE_M22, "Q4_K_M"), X, "off_2x", anchor=a, hedged=True, note="33.4 tok/s", **Q)

f = "en_03"
a = "| gpt-oss-120b (MXFP4) |"
claim(f, "233.66", "weights", "GB", W("gpt-oss-120b", MX4), X, "wrong_dtype", anchor=a, note="bf16 figure; MXFP4 62.07 GB")
claim(f, "144", "kv_cache_per_token", "KiB", KVT("gpt-oss-120b"), X, "off_2x", anchor=a, note="72 KiB")
a = "| gpt-oss-20b (MXFP4) |"
claim(f, "5.55", "weights", "GB", W("gpt-oss-20b", MX4), X, "off_2x", anchor=a, note="MXFP4 11.11 GB")
claim(f, "48", "kv_cache_per_token", "KiB", KVT("gpt-oss-20b"), H, anchor=a)
a = "| Phi-4 (fp8) |"
claim(f, "29.32", "weights", "GB", W("phi4", "fp8"), X, "wrong_dtype", anchor=a, note="fp8 14.66 GB; 29.32 is bf16")
claim(f, "200", "kv_cache_per_token", "KiB", KVT("phi4"), H, anchor=a)
a = "| DeepSeek-V3 (fp8) |"
claim(f, "1,342", "weights", "GB", W("deepseek-v3", "fp8"), X, "wrong_dtype", anchor=a, note="fp8 671 GB; 1,342 is bf16")
claim(f, "137", "kv_cache_per_token", "KiB", MLA_DSV3 * 2, X, "off_2x", anchor=a, note="MLA 68.6 KiB")
a = "| Llama-3.1-405B (fp8) |"
claim(f, "405.85", "weights", "GB", W("llama3.1-405b", "fp8"), H, anchor=a)
claim(f, "1,008", "kv_cache_per_token", "KiB", KVT("llama3.1-405b"), X, "off_2x", anchor=a, note="504 KiB")
a = "- Tomás: with the fp8 cache the replica stays under 76 GiB"
claim(f, "under 76 GiB", "arithmetic", "GiB", W("gpt-oss-120b", MX4) + KV("gpt-oss-120b", 8192, 64, 1), H, anchor=a, bound="upper")
claim(f, "3.125 GB/s", "bandwidth", "GB/s", 25e9 / 8, H, anchor=a)

f = "en_02"
QS2 = [("0.5B", "qwen2.5-0.5b"), ("1.5B", "qwen2.5-1.5b"), ("3B", "qwen2.5-3b"), ("7B", "qwen2.5-7b"), ("14B", "qwen2.5-14b")]
for tag, m in QS2:
    a = f"{tag:>5}  {8 * N[m] / 1e9:>8.2f}"
    claim(f, f"{8 * N[m] / 1e9:.2f}", "training", "GB", 16 * N[m], X, "off_2x", anchor=a, note=f"16 B/param: {16 * N[m] / 1e9:.2f} GB")
    claim(f, f"{4 * N[m] / 1e9:.2f}", "training", "GB", zero(N[m], 2, 3), X, "off_2x", anchor=a,
          note=f"ZeRO-3 over 2: {zero(N[m], 2, 3) / 1e9:.2f} GB per GPU")
a = "*Fixed in v12: with 16 bytes/param the 7B needs 121.85 GB"
claim(f, "121.85 GB", "training", "GB", 16 * N["qwen2.5-7b"], H, anchor=a)
claim(f, "between 60 and 61 GB", "training", "GB", zero(N["qwen2.5-7b"], 2, 3), H, anchor=a, rng=True, note="per T4, ZeRO-3")

f = "ru_02"
a = "| 7 | Волков С. |"
claim(f, "0,99", "weights", "ГБ", W("qwen2.5-0.5b", "fp32"), X, "wrong_dtype", anchor=a, note="fp32 1.98 GB; 0.99 is bf16")
claim(f, "84", "kv_cache_per_token", "КиБ", KVT("qwen2.5-0.5b"), X, "off_2x", anchor=a, note="2 KV heads: 12 KiB")
claim(f, "21", "kv_cache_total", "ГиБ", KV("qwen2.5-0.5b", 32768, 8), X, "off_2x", anchor=a, note="3 GiB")
claim(f, "7,90", "training", "ГБ", 16 * N["qwen2.5-0.5b"], H, anchor=a)
a = "| 8 | Ершова Л. |"
claim(f, "14,48", "weights", "ГБ", W("mistral-7b", "int8"), X, "wrong_dtype", anchor=a, note="int8 7.24 GB; 14.48 is bf16")
claim(f, "128", "kv_cache_per_token", "КиБ", KVT("mistral-7b"), H, anchor=a)
claim(f, "16", "kv_cache_total", "ГиБ", KV("mistral-7b", 4096, 16), X, "off_2x", anchor=a, note="8 GiB")
claim(f, "57,94", "training", "ГБ", 16 * N["mistral-7b"], X, "off_2x", anchor=a, note="115.87 GB")
non(f, "| 8 | Mistral-7B-v0.1 | int8 |", "variant parameters")



# ---- third pass: more quoted and remembered slips -----------------------------------------------------------
f = "en_01"
a = "`weights per GPU: 6.43 GB`"
claim(f, "6.43 GB", "weights", "GB", W("llama3.2-3b", "bf16") / 4, X, "per_gpu", anchor=a, note="whole model; 1.61 GB per GPU at TP=4")
claim(f, "336 KiB", "kv_cache_per_token", "KiB", KVT("llama3.2-3b"), X, "off_2x", anchor=a, note="112 KiB with 8 KV heads")
claim(f, "84 GiB", "kv_cache_total", "GiB", KV("llama3.2-3b", 8192, 32), X, "off_2x", anchor=a, note="28 GiB")
f = "ru_04"
Q = dict(quoted=True)
claim(f, "14,66 ГБ", "weights", "ГБ", W("phi4", "bf16"), X, "wrong_dtype", anchor="> «Phi-4 в bf16 — 14,66 ГБ", note="bf16 29.32 GB", **Q)
claim(f, "960 КиБ", "kv_cache_per_token", "КиБ", KVT("qwen2.5-14b"), X, "off_2x", note="192 KiB", **Q)
claim(f, "6,44 ГБ", "weights", "ГБ", W("mixtral-8x7b", "int4"), X, "wrong_kind", note="active only; stored 23.35 GB", **Q)
claim(f, "3,1 ГиБ", "kv_cache_total", "ГиБ", KV("llama2-13b", 4096, 16), X, "wrong_kind", note="one user; 16 users 50 GiB", **Q)
a = "> «BERT-base — 109,5 млн параметров, 0,11 ГБ в fp32»"
claim(f, "109,5 млн", "params", "млн", N["bert-base"], H, anchor=a, **Q)
claim(f, "0,11 ГБ", "weights", "ГБ", W("bert-base", "fp32"), X, "wrong_dtype", anchor=a, note="fp32 0.44 GB; 0.11 is int8", **Q)
claim(f, "29,32 ГБ", "weights", "ГБ", W("phi4", "bf16") / 2, X, "per_gpu", anchor="> «Phi-4 на двух A100 с TP=2",
      note="whole model; 14.66 GB per card", **Q)
non(f, "Бот отключён 2026-10-01 (тикет SOKOL-1204).", "date, ticket")
f = "ru_03"
claim(f, "39,5 ГБ", "training", "ГБ", 14 * N["llama3.2-1b"], X, "off_2x", anchor="**@bf16_enjoyer**", note="checkpoint 17.3 GB")
claim(f, "17,3 ГБ", "training", "ГБ", 14 * N["llama3.2-1b"], H, anchor="14 байт на параметр, 17,3 ГБ верно")
claim(f, "около 40 ТБ", "arithmetic", "ТБ", 100e9 * 4, X, "off_2x", anchor="**@dataset_curator**", hedged=True, note="0.4 TB")
claim(f, "0,4 ТБ", "arithmetic", "ТБ", 100e9 * 4, H, anchor="при 4 байтах на токен — 0,4 ТБ")
claim(f, "14 ТФЛОП/с", "throughput", "TFLOP/s", 0.45 * 312e12, X, "off_2x", anchor="**@mfu_police**", note="140 TFLOP/s")
f = "ru_01"
a = "> - «При TP=2 на каждой L40S по 12,25 ГБ весов fp8»"
claim(f, "12,25 ГБ", "weights", "ГБ", W("mistral-nemo-12b", "fp8") / 2, X, "per_gpu", anchor=a, note="whole model; 6.12 GB per card")
claim(f, "6,12 ГБ", "weights", "ГБ", W("mistral-nemo-12b", "fp8") / 2, H, anchor=a)
claim(f, "49 ГБ", "training", "ГБ", 16 * N["mistral-nemo-12b"], X, "off_2x", anchor="> - «Полное дообучение — 49 ГБ»", note="196 GB")
f = "en_04"
a = "61 × (512 + 64) × 2 B = 70,272 bytes"
claim(f, "70,272 bytes", "kv_cache_per_token", "bytes", MLA_DSV3 * 2, H, anchor=a)
claim(f, "≈ 68.6 KiB", "kv_cache_per_token", "KiB", MLA_DSV3 * 2, H, anchor=a, hedged=True)
claim(f, "17.2 GiB", "kv_cache_total", "GiB", MLA_DSV3 * 2 * 131072, X, "off_2x", note="8.58 GiB")
a = "- *Worked example:* gpt-oss-20b (20.91B params, card figure)"
claim(f, "20.91B", "params", "B", N["gpt-oss-20b"], H, anchor=a)
claim(f, "11.11 GB", "weights", "GB", W("gpt-oss-20b", MX4), H, anchor=a)
claim(f, "116.83B", "params", "B", N["gpt-oss-120b"], H, anchor=a)
claim(f, "62.07 GB", "weights", "GB", W("gpt-oss-120b", MX4), H, anchor=a)
claim(f, "233.66 GB", "weights", "GB", W("gpt-oss-120b", MX4), X, "wrong_dtype", note="bf16 figure; MXFP4 62.07 GB")
claim(f, "1.24 × 10^20", "flops", "FLOP", 6 * N["llama3.2-3b"] * 20 * N["llama3.2-3b"], X, "off_2x", note="1.24e21")
claim(f, "3.5 GiB", "kv_cache_total", "GiB", KV("llama3.2-3b", 131072), X, "off_2x", anchor="and at 128K it is still 3.5 GiB", note="14 GiB")
claim(f, "335 MB", "weights", "MB", W("bert-large", "bf16"), X, "wrong_dtype", note="bf16 670.3 MB; 335 is int8")
claim(f, "1.1 GiB", "kv_cache_total", "GiB", KV("falcon-7b", 2048), X, "off_2x", note="MQA: 16 MiB")
f = "ru_02"
claim(f, "21 ГиБ", "kv_cache_total", "ГиБ", KV("qwen2.5-1.5b", 131072), X, "off_2x", anchor="Волков: «кэш Qwen2.5-1.5B на 131¦072", note="3.5 GiB")
claim(f, "61,1 ГБ", "training", "ГБ", zero(N["phi3-mini"], 4, 3), X, "per_gpu", anchor="Иванов: «Phi-3-mini на четырёх картах",
      note="total; 15.28 GB per card")
f = "en_03"
claim(f, "12 GiB", "kv_cache_total", "GiB", KV("gpt-oss-20b", 131072), X, "off_2x", anchor="his doc says gpt-oss-20b needs 12 GiB", note="6 GiB")



# ---- fourth pass: ranges, bounds, bandwidth ------------------------------------------------------------------
claim("ru_03", "от 100 до 110 ГБ", "activations", "ГБ", ACT_NO, H, rng=True)
claim("ru_04", "не более 16 ГиБ", "arithmetic", "ГиБ", W("qwen2.5-14b", "fp8") + 2 * GIB, H, bound="upper")
a = "- *Units:* an H100 SXM's 3.35 TB/s"
claim("en_04", "3,350 GB/s", "bandwidth", "GB/s", 3.35e12, H, anchor=a)
claim("en_04", "4.2×", "ratio", "×", 3.35e12 / 800e9, H, anchor=a)
claim("en_04", "100 GB/s", "bandwidth", "GB/s", 800e9, X, "wrong_unit", anchor="\"the M2 Ultra has 100 GB/s\"", note="800 GB/s")
claim("en_05", "9.3 tok/s", "throughput", "tok/s", MAC / GG("llama3-70b", "Q4_K_M"), X, "off_2x", note="800 GB/s: 18.5 tok/s")
claim("en_02", "15 GiB", "kv_cache_total", "GiB", KV("qwen2.5-0.5b", 131072), X, "off_2x", anchor="- The 0.5B's cache at 128K", note="1.5 GiB")



# ---- more non-claim lines ----------------------------------------------------------------------------------
non("en_01", "Running `tessera estimate-mem --model", "command line with flags")
non("en_01", "on v0.14.1 prints:", "version")
non("en_01", "[^h200]: H200 SXM spec sheet", "hardware spec, order number")
non("en_01", "## Opened by **rkoval** · 3 weeks ago", "relative date")
non("en_02", "print(f\"{name:>5}  bf16_GB=", "code with free variables")
non("en_02", "return L*(attn + 3*h*i + 2*h)", "code with free variables")
non("en_04", "[^bpw]: From the llama.cpp quantize README", "build number, date")
non("ru_02", "| 2 | Llama-3.2-1B | fp32 |", "variant parameters")
non("ru_02", "| 6 | Llama-3.2-3B | fp8 |", "variant parameters")
non("ru_03", "[^v]: Пересказ по версии статьи", "dates, section number")
non("ru_04", "[^t]: Тарифы утверждены приказом", "order number, dates")
non("ru_05", "\"kv_ГиБ\": kv_tok * seq * batch / 2**30", "code with free variables")
non("ru_05", "2. [Р5] — вынести число байт на параметр", "default setting")


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
        # (numbers glued to a word or a hyphen, as in model names, and ordinal list markers such as
        # "3." at the start of a line do not count)
        occurrence = sum(1 for m in standalone(num).finditer(text)
                         if m.start() <= at and not re.match(r"[\w\-]", text[m.start() - 1:m.start()] or " ")
                         and not (text[:m.start()].strip() in ("", "-", "*") and text[m.end():m.end() + 2] in (". ", ") ")))
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
            raise SystemExit("truth.json is stale: run python tests/claims_corpus_ab/truth.py")
        summary(truth)
        print("truth.json is current; every check passed")
        return 0
    path.write_text(text, encoding="utf-8")
    summary(truth)
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
