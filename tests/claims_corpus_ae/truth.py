#!/usr/bin/env python3
"""Ground truth for blind sizing-claims corpus AE (tests/claims_corpus_ae/notes).

Written without reading vaultkit's code, its tests or the other corpora's notes.  Facts come
from /work/shared/claims-gold.md: bytes per dtype, exact parameter counts and configs of the
catalogued models, measured GGUF bits per weight (Llama-3.1-8B), the KV-cache, training-memory
and activation formulas.  Models that claims-gold lacks appear only with their config (or, for
DeepSeek-V3 and gpt-oss, their printed model-card counts) stated in the note itself; the truth
recomputes their parameter counts from that config with the claims-gold formula (asserted below
for the catalogued ones).  Nothing here imports vaultkit.  The checking code is corpus K's / X's /
AB's / AC's (reused unchanged: figure reader, tolerance, error-class checks, output; the model
helpers and catalogue of AC's / AD's truth.py are reused unchanged; AE adds the facts its own notes
print, below the catalogue).

    python tests/claims_corpus_ae/truth.py          # verify and (re)write truth.json
    python tests/claims_corpus_ae/truth.py --check  # verify; fail if truth.json is stale

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




# ---- extra facts shared with corpus AC (configs printed in the notes that use them) --------------------------------------------------------------
N["qwen2.5-32b"] = llama_like(5120, 27648, 64, 40, 8, 128, 152064, False, qkv_bias=True)
N["phi3-mini"] = llama_like(3072, 8192, 32, 32, 32, 96, 32064, False)
N["gemma3-27b"] = llama_like(5376, 21504, 62, 32, 16, 128, 262208, True, norms=4, qk_norm=True)
CFG.update({"qwen2.5-32b": (5120, 64, 40, 8, 128), "phi3-mini": (3072, 32, 32, 32, 96),
            "gemma3-27b": (5376, 62, 32, 16, 128)})
MLA_DSV3 = 61 * (512 + 64)          # DeepSeek-V3 cache elements per token (kv_lora_rank + rope dim)
MX4 = MXFP4 / 8
H100_BW = 3.35e12                   # H100 SXM HBM3, bytes/s (stated in the notes)
SCALE.update({"PB": 1e15, "ПБ": 1e15, "Gbit/s": 1.25e8, "PFLOP": 1e15, "EFLOP": 1e18, "ЭФЛОП": 1e18,
              "ПФЛОП": 1e15, "GPU-days": 1, "GPU-суток": 1, "tokens/s": 1, "years": 8760 * 3600,
              "лет": 8760 * 3600, "x": 1, "раз": 1, "M params": 1e6, "B params": 1e9,
              "млн параметров": 1e6, "млрд параметров": 1e9, "MFLOP": 1e6, "млн GPU-часов": 1e6, "GB/s": 1e9, "ГБ/с": 1e9})
Q = dict(quoted=True)

# ---- extra facts shared with corpus AD (configs printed in the notes that use them) -----------------------------------------------------------------------
def gemma2(h, inter, L, a, k, d, V=256000):
    """Gemma 2: gated GeGLU MLP, 4 RMSNorms per layer, tied embedding, final norm"""
    return llama_like(h, inter, L, a, k, d, V, True, norms=4)


N["gemma2-2b"] = gemma2(2304, 9216, 26, 8, 4, 256)
N["gemma2-9b"] = gemma2(3584, 14336, 42, 16, 8, 256)
N["gemma2-27b"] = gemma2(4608, 36864, 46, 32, 16, 128)
N["mistral-nemo-12b"] = llama_like(5120, 14336, 40, 32, 8, 128, 131072, False)
CFG.update({"gemma2-2b": (2304, 26, 8, 4, 256), "gemma2-9b": (3584, 42, 16, 8, 256),
            "gemma2-27b": (4608, 46, 32, 16, 128), "mistral-nemo-12b": (5120, 40, 32, 8, 128)})
assert N["gemma2-2b"] == 2_614_341_888 and N["gemma2-9b"] == 9_241_705_984 and N["gemma2-27b"] == 27_227_128_320
Q = dict(quoted=True)
SCALE.update({"x": 1, "M params": 1e6, "B params": 1e9, "tokens/s": 1, "PFLOP": 1e15, "EFLOP": 1e18,
              "ЭФЛОП": 1e18, "ПФЛОП": 1e15, "GPU-days": 1, "GPU-суток": 1, "раз": 1, "Gbit/s": 1.25e8,
              "PB": 1e15, "ПБ": 1e15, "млн GPU-часов": 1e6, "years": 8760 * 3600, "лет": 8760 * 3600})
RTX4090_BW = 1008e9


# ==== CLAIMS ====
# ---- en_01: saved Stack Exchange thread, Llama 3.2 3B / 1B, Qwen2.5-3B, Phi-3-mini on a laptop ----------------
f = "en_01"
L1, L3, Q3, P3 = "llama3.2-1b", "llama3.2-3b", "qwen2.5-3b", "phi3-mini"
LAP_BW = 89.6e9                       # DDR5-5600 dual channel, stated in the note
claim(f, "12.9 GB", "weights", "GB", W(L3, "bf16"), X, "wrong_dtype", anchor="Someone on Discord", note="fp32 figure; bf16 6.43 GB")
claim(f, "3,212,749,824 parameters", "params", "params", N[L3], H)
claim(f, "3.21B", "params", "B", N[L3], H, anchor="(3.21B)")
claim(f, "394,002,432 parameters", "params", "params", 128256 * 3072, H)
claim(f, "12.3 %", "percentage", "%", 100 * 128256 * 3072 / N[L3], H)
for m, row in ((L3, "12.85"), (Q3, "12.34"), (P3, "15.28")):
    claim(f, row, "weights", "GB", W(m, "fp32"), H, anchor="| fp32 (GB) |")
claim(f, "2.47", "weights", "GB", W(L1, "fp32"), X, "wrong_dtype", anchor="| fp32 (GB) |", note="bf16 size; fp32 4.94 GB")
for m, row in ((L3, "6.43"), (L1, "2.47"), (Q3, "6.17"), (P3, "7.64")):
    claim(f, row, "weights", "GB", W(m, "bf16"), H, anchor="| bf16 (GB) |")
for m, row in ((L3, "5.98"), (L1, "2.30"), (P3, "7.12")):
    claim(f, row, "weights", "GiB", W(m, "bf16"), H, anchor="| bf16 (GiB) |")
claim(f, "6.17", "weights", "GiB", W(Q3, "bf16"), X, "gb_as_gib", anchor="| bf16 (GiB) |", note="6.17 GB = 5.75 GiB")
for m, row in ((L3, "3.21"), (L1, "1.24"), (Q3, "3.09")):
    claim(f, row, "weights", "GB", W(m, "int8"), H, anchor="| int8 (GB) |")
claim(f, "7.64", "weights", "GB", W(P3, "int8"), X, "wrong_dtype", anchor="| int8 (GB) |", note="bf16 size; int8 3.82 GB")
for m, row in ((L3, "1.97"), (Q3, "1.89"), (P3, "2.34")):
    claim(f, row, "quantized_file", "GB", GG(m, "Q4_K_M"), H, rel=0.02, anchor="| Q4_K_M (GB) |")
claim(f, "1.52", "quantized_file", "GB", GG(L1, "Q4_K_M"), X, "off_2x", anchor="| Q4_K_M (GB) |", note="0.76 GB")
claim(f, "6.43 GB", "weights", "GB", W(L3, "bf16"), H, anchor="So the Discord figure")
claim(f, "114,688 bytes", "kv_cache_per_token", "bytes", KVT(L3), H)
claim(f, "112 KiB", "kv_cache_per_token", "KiB", KVT(L3), H, anchor="**KV cache.** Per token")
claim(f, "0.875 GiB", "kv_cache_total", "GiB", KV(L3, 8192), H, anchor="**KV cache.** Per token")
claim(f, "3.5 GiB", "kv_cache_total", "GiB", KV(L3, 32768), H, anchor="**KV cache.** Per token")
claim(f, "14 GiB", "kv_cache_total", "GiB", KV(L3, 131072), H)
claim(f, "32 KiB", "kv_cache_per_token", "KiB", KVT(L1), H)
claim(f, "4 GiB", "kv_cache_total", "GiB", KV(L1, 131072), H)
claim(f, "1.97 GB", "quantized_file", "GB", GG(L3, "Q4_K_M"), H, rel=0.02, anchor="**Speed.**")
claim(f, "~45 tok/s", "throughput", "tok/s", LAP_BW / GG(L3, "Q4_K_M"), H, hedged=True, anchor="**Speed.**")
claim(f, "~14 tok/s", "throughput", "tok/s", LAP_BW / W(L3, "bf16"), H, hedged=True)
claim(f, "1.83 GiB", "quantized_file", "GiB", GG(L3, "Q4_K_M"), H, rel=0.02, anchor="**Recommendation:**")
claim(f, "0.875 GiB", "kv_cache_total", "GiB", KV(L3, 8192), H, anchor="**Recommendation:**")
claim(f, "≈ 2.7 GiB", "arithmetic", "GiB", GG(L3, "Q4_K_M") + KV(L3, 8192), H, hedged=True)
claim(f, "384 KiB", "kv_cache_per_token", "KiB", KVT(P3), H)
claim(f, "3.4×", "ratio", "×", KVT(P3) / KVT(L3), H)
claim(f, "1.5 GiB", "kv_cache_total", "GiB", KV(P3, 4096), H)
claim(f, "48 GiB", "kv_cache_total", "GiB", KV(P3, 131072), H)
claim(f, "roughly 12.9 GB", "weights", "GB", W(L3, "bf16"), X, "wrong_dtype", hedged=True, note="fp32 figure; bf16 6.43 GB")
claim(f, "1.2 GB", "weights", "GB", W(L1, "bf16"), X, "wrong_dtype", note="int8 figure; bf16 2.47 GB")
claim(f, "7 GiB", "kv_cache_total", "GiB", KV(L3, 32768), X, "off_2x", anchor="for the 3B is 7 GiB", note="3.5 GiB")
claim(f, "6.43 GB", "weights", "GB", W(L3, "bf16"), H, anchor="-1. bf16 is 2 bytes")
claim(f, "2.47 GB", "weights", "GB", W(L1, "bf16"), H, anchor="-1. bf16 is 2 bytes")
claim(f, "1.24 GB", "weights", "GB", W(L1, "int8"), H, anchor="-1. bf16 is 2 bytes")
claim(f, "3.5 GiB", "kv_cache_total", "GiB", KV(L3, 32768), H, anchor="-1. bf16 is 2 bytes")
claim(f, "2 GB", "weights", "GB", W(1e9, "fp16"), H, anchor="per billion parameters it is")
claim(f, "4 GB", "weights", "GB", W(1e9, "fp32"), H, anchor="per billion parameters it is")
claim(f, "36 KiB", "kv_cache_per_token", "KiB", KVT(Q3), H)
claim(f, "1.125 GiB", "kv_cache_total", "GiB", KV(Q3, 32768), H, anchor="32K context costs")
claim(f, "1.76 GiB", "quantized_file", "GiB", GG(Q3, "Q4_K_M"), H, rel=0.02, anchor="32K context costs")
claim(f, "1.89 GB", "quantized_file", "GB", GG(Q3, "Q4_K_M"), H, rel=0.02, anchor="32K context costs")
claim(f, "6.56 GB", "quantized_file", "GB", GG(Q3, "Q8_0"), X, "off_2x", note="3.28 GB")
claim(f, "1.31 GB", "quantized_file", "GB", GG(L1, "Q8_0"), H, rel=0.02)
claim(f, "~68 tok/s", "throughput", "tok/s", LAP_BW / GG(L1, "Q8_0"), H, hedged=True)
claim(f, "1.83 GiB", "quantized_file", "GiB", GG(L3, "Q4_K_M"), H, rel=0.02, anchor="llama 3B Q4_K_M")
claim(f, "1.76 GiB", "quantized_file", "GiB", GG(Q3, "Q4_K_M"), H, rel=0.02, anchor="qwen2 3B Q4_K_M")
claim(f, "1.22 GiB", "quantized_file", "GiB", GG(L1, "Q8_0"), H, rel=0.02, anchor="llama 1B Q8_0 ")
claim(f, "12.3 GB", "weights", "GB", W(Q3, "bf16"), X, "wrong_dtype", anchor="in bf16 would be 12.3 GB", note="fp32 figure; bf16 6.17 GB")
claim(f, "3.09B", "params", "B", N[Q3], H)
claim(f, "12.3 GB", "weights", "GB", W(Q3, "fp32"), H, anchor="No — 12.3 GB is fp32")
claim(f, "6.17 GB", "weights", "GB", W(Q3, "bf16"), H, anchor="No — 12.3 GB is fp32")
claim(f, "about 3.8 GB", "quantized_file", "GB", GG(Q3, "Q4_K_M"), X, "off_2x", hedged=True, note="1.89 GB", **Q)
claim(f, "about 9 GiB", "kv_cache_total", "GiB", KV(Q3, 32768), X, "off_2x", hedged=True, note="16 query heads for 2 KV heads; 1.125 GiB", **Q)
claim(f, "1.89 GB", "quantized_file", "GB", GG(Q3, "Q4_K_M"), H, rel=0.02, anchor="the bot doubled the file")
claim(f, "1.125 GiB", "kv_cache_total", "GiB", KV(Q3, 32768), H, anchor="the bot doubled the file")
claim(f, "6.43 GiB", "weights", "GiB", W(L3, "bf16"), X, "gb_as_gib", note="6.43 GB = 5.98 GiB")
claim(f, "2.30 GB", "weights", "GB", W(L1, "bf16"), X, "gib_as_gb", note="2.30 GiB = 2.47 GB")
claim(f, "3.2 GB", "weights", "GB", W(L3, "int4"), X, "wrong_dtype", note="int8 figure; int4 1.61 GB")
claim(f, "6.17B parameters", "params", "B", N[Q3], X, "off_2x", note="bf16 gigabytes read as parameters; 3.09B")
claim(f, "96 KiB", "kv_cache_per_token", "KiB", KVT(P3), X, "off_2x", note="8 KV heads assumed; MHA 384 KiB")
claim(f, "1.75 GiB", "kv_cache_total", "GiB", KV(L3, 8192), X, "off_2x", note="0.875 GiB")
claim(f, "~90 tok/s", "throughput", "tok/s", LAP_BW / GG(L3, "Q4_K_M"), X, "off_2x", hedged=True, note="ceiling 45.6 tok/s")
claim(f, "≈ 2 GB", "quantized_file", "GB", GG(L3, "Q4_K_M"), H, hedged=True)
claim(f, "112 KiB", "kv_cache_per_token", "KiB", KVT(L3), H, anchor="TL;DR")
claim(f, "~45 tok/s", "throughput", "tok/s", LAP_BW / GG(L3, "Q4_K_M"), H, hedged=True, anchor="TL;DR")
non(f, "source: https://ai.stackexchange.com/questions/41877", "URL with question id")
non(f, "saved: 2026-10-03", "date")
non(f, "question_score: 27", "score")
non(f, "views: 14210", "view count")
non(f, 'ram: "16 GB DDR5-5600', "hardware spec")
non(f, 'bandwidth: "89.6 GB/s"', "hardware spec")
non(f, "Asked 2026-09-28 by", "date, score, id")
non(f, "I have a laptop with 16 GB DDR5-5600", "hardware spec, free RAM")
non(f, "Edit 1 (2026-09-29)", "date, build number")
non(f, "Ran it: 31.4 tok/s on battery", "measured speeds, power draw")
non(f, "(edit never happened, 2026-10-01)", "date")
non(f, "Numbers I measured (llama-bench", "benchmark flags, threads")
non(f, "Going with Llama 3.2 3B Q4_K_M, 8K context", "settings")
non(f, "the 32 GB upgrade kit is €89", "price")
non(f, "Follow-up question 41903", "question id")


# ---- ru_01: конспект вебинара с вопросами из чата (Mistral-7B, Llama-3-8B, Qwen2.5-7B, Mixtral-8x7B) ---------
f = "ru_01"
MI, L8, Q7, MX = "mistral-7b", "llama3-8b", "qwen2.5-7b", "mixtral-8x7b"
H100_BW, RTX4090_BW = 3.35e12, 1008e9
claim(f, "7,24 млрд", "params", "млрд", N[MI], H)
claim(f, "14,5 ГБ", "weights", "ГБ", W(MI, "bf16"), H, anchor="- **Mistral-7B:**")
claim(f, "13,5 ГиБ", "weights", "ГиБ", W(MI, "bf16"), H)
claim(f, "16,06 ГБ", "weights", "ГБ", W(L8, "bf16"), H, anchor="- **Llama-3-8B:**")
claim(f, "8,03 ГБ", "weights", "ГБ", W(L8, "int8"), H, anchor="- **Llama-3-8B:**")
claim(f, "4,02 ГБ", "weights", "ГБ", W(L8, "int4"), H)
claim(f, "4 раза", "ratio", "раз", BY["bf16"] / BY["int4"], H)
claim(f, "7,62 млрд", "params", "млрд", N[Q7], H)
claim(f, "15,2 ГБ", "weights", "ГБ", W(Q7, "bf16"), H)
claim(f, "46,7 млрд", "params", "млрд", N[MX], H, anchor="- **Mixtral-8x7B:**")
claim(f, "12,9 млрд", "params", "млрд", ACTIVE_M7, H, anchor="- **Mixtral-8x7B:**")
claim(f, "27,6 %", "percentage", "%", 100 * ACTIVE_M7 / N[MX], H)
claim(f, "93,4 ГБ", "weights", "ГБ", W(MX, "bf16"), H, anchor="- **Mixtral-8x7B:**")
claim(f, "≈ 87 ГБ", "weights", "ГБ", W(MX, "bf16"), X, "gib_as_gb", hedged=False, note="86,99 ГиБ = 93,4 ГБ")
claim(f, "13,5 ГБ", "weights", "ГБ", W(MI, "bf16"), X, "gib_as_gb", note="13,5 ГиБ = 14,5 ГБ")
claim(f, "131¦072 байта", "kv_cache_per_token", "байт", KVT(L8), H)
claim(f, "128 КиБ", "kv_cache_per_token", "КиБ", KVT(L8), H, anchor="2 × 32 × 8 × 128 × 2 =")
claim(f, "128", "kv_cache_per_token", "КиБ", KVT(L8), H, anchor="| Llama-3-8B | 128")
claim(f, "1", "kv_cache_total", "ГиБ", KV(L8, 8192), H, anchor="| Llama-3-8B | 128")
claim(f, "4", "kv_cache_total", "ГиБ", KV(L8, 32768), H, anchor="| Llama-3-8B | 128")
claim(f, "128", "kv_cache_per_token", "КиБ", KVT(MI), H, anchor="| Mistral-7B (без окна)")
claim(f, "1", "kv_cache_total", "ГиБ", KV(MI, 8192), H, anchor="| Mistral-7B (без окна)")
claim(f, "4", "kv_cache_total", "ГиБ", KV(MI, 32768), H, anchor="| Mistral-7B (без окна)")
claim(f, "56", "kv_cache_per_token", "КиБ", KVT(Q7), H, anchor="| Qwen2.5-7B | 56")
claim(f, "0,875", "kv_cache_total", "ГиБ", KV(Q7, 8192), X, "off_2x", anchor="| Qwen2.5-7B | 56", note="0,4375 ГиБ")
claim(f, "3,5", "kv_cache_total", "ГиБ", KV(Q7, 32768), X, "off_2x", anchor="| Qwen2.5-7B | 56", note="1,75 ГиБ")
claim(f, "0,5 ГиБ", "kv_cache_total", "ГиБ", KV(MI, 4096), H, anchor="скользящее окно 4096")
claim(f, "«28 ГиБ»", "kv_cache_total", "ГиБ", KV(Q7, 131072), X, "off_2x", note="7 ГиБ")
claim(f, "7 ГиБ", "kv_cache_total", "ГиБ", KV(Q7, 131072), H, anchor="лектор сказал")
claim(f, "16 ГиБ", "kv_cache_total", "ГиБ", KV(L8, 8192, 16), H, anchor="16 пользователей по 8K на Llama-3-8B")
claim(f, "около 65 ГиБ", "arithmetic", "ГиБ", 80 * GIB - W(L8, "bf16"), H, hedged=True)
claim(f, "примерно 65 сессий", "arithmetic", "сессий", (80 * GIB - W(L8, "bf16")) // KV(L8, 8192), H, hedged=True)
claim(f, "около 209 ток/с", "throughput", "ток/с", H100_BW / W(L8, "bf16"), H, hedged=True, anchor="3. Потолок декодирования")
claim(f, "25,8 ГБ", "weights", "ГБ", W(ACTIVE_M7, "bf16"), H, anchor="4. Mixtral-8x7B в bf16 читает", note="bytes read per token (active)")
claim(f, "≈ 130 ток/с", "throughput", "ток/с", H100_BW / W(ACTIVE_M7, "bf16"), H, hedged=True)
claim(f, "4,43 ГБ", "quantized_file", "ГБ", GG(MI, "Q4_K_M"), H, rel=0.02)
claim(f, "до ~227 ток/с", "throughput", "ток/с", RTX4090_BW / GG(MI, "Q4_K_M"), H, hedged=True, bound="upper")
claim(f, "около 418 ток/с", "throughput", "ток/с", H100_BW / W(L8, "bf16"), X, "off_2x", hedged=True, note="потолок 209 ток/с")
claim(f, "25,8 ГБ", "weights", "ГБ", W(MX, "bf16"), X, "wrong_kind", anchor="> **Иван:**", note="активные параметры; хранить 93,4 ГБ")
claim(f, "46,7 млрд", "params", "млрд", N[MX], H, anchor="хранить нужно все")
claim(f, "93,4 ГБ", "weights", "ГБ", W(MX, "bf16"), H, anchor="хранить нужно все")
claim(f, "25,8 ГБ", "weights", "ГБ", W(ACTIVE_M7, "bf16"), H, anchor="хранить нужно все", note="bytes read per token (active)")
claim(f, "8 ГБ", "weights", "ГБ", W(L8, "fp16"), X, "wrong_dtype", anchor="> **Ольга:**", note="int8; fp16 16,1 ГБ")
claim(f, "8,03 ГБ", "weights", "ГБ", W(L8, "int8"), H, anchor="> **Ответ:** Это объём в int8")
claim(f, "16,1 ГБ", "weights", "ГБ", W(L8, "fp16"), H, anchor="> **Ответ:** Это объём в int8")
claim(f, "512 КиБ", "kv_cache_per_token", "КиБ", KVT(L8), X, "off_2x", anchor="> **Павел:**", note="число Llama-2-7B; 128 КиБ")
claim(f, "512 КиБ", "kv_cache_per_token", "КиБ", KVT("llama2-7b"), H, anchor="Так у Llama-2-7B без GQA")
claim(f, "128 КиБ", "kv_cache_per_token", "КиБ", KVT(L8), H, anchor="Так у Llama-2-7B без GQA")
claim(f, "7,6 ГБ", "weights", "ГБ", W(Q7, "int4"), X, "wrong_dtype", note="int8; int4 3,81 ГБ")
claim(f, "3,81 ГБ", "weights", "ГБ", W(Q7, "int4"), H)
claim(f, "14,5 ГиБ", "weights", "ГиБ", W(MI, "bf16"), X, "gb_as_gib", note="14,5 ГБ = 13,5 ГиБ")
claim(f, "13,5", "weights", "ГиБ", W(MI, "bf16"), H, anchor="в ГиБ будет 13,5")
claim(f, "14,3 ГБ", "quantized_file", "ГБ", GG(MX, "Q4_K_M"), X, "off_2x", note="28,6 ГБ")
claim(f, "около 28,6 ГБ", "quantized_file", "ГБ", GG(MX, "Q4_K_M"), H, hedged=True)
claim(f, "26,6 ГиБ", "quantized_file", "ГиБ", GG(MX, "Q4_K_M"), H, rel=0.02)
claim(f, "1 ГиБ", "kv_cache_total", "ГиБ", KV(L8, 8192, 16), X, "off_2x", anchor="> **Вопрос без подписи:**", note="16 ГиБ на 16 пользователей")
claim(f, "1 ГиБ", "kv_cache_total", "ГиБ", KV(L8, 8192), H, anchor="на одного; на 16")
claim(f, "16 ГиБ", "kv_cache_total", "ГиБ", KV(L8, 8192, 16), H, anchor="на одного; на 16")
claim(f, "93,4 ГБ на каждую", "weights", "ГБ", W(MX, "bf16") / 2, X, "per_gpu", note="46,7 ГБ на карту при TP=2")
claim(f, "46,7 ГБ", "weights", "ГБ", W(MX, "bf16") / 2, H)
claim(f, "23,4 ГБ", "weights", "ГБ", W(MX, "int4"), H, anchor="> **Ксения:**")
claim(f, "23,4 ГБ", "weights", "ГБ", W(MX, "int4"), H, anchor="> **Ответ:** Впритык")
claim(f, "21,7 ГиБ", "weights", "ГиБ", W(MX, "int4"), H)
claim(f, "4,3 ГБ", "quantized_file", "ГБ", GG(L8, "Q8_0"), X, "off_2x", anchor="> **Глеб:**", note="8,53 ГБ")
claim(f, "около 8,53 ГБ", "quantized_file", "ГБ", GG(L8, "Q8_0"), H, hedged=True)
claim(f, "16,06 ГБ", "weights", "ГБ", W(L8, "bf16"), H, anchor="- Веса: параметры × байты;")
claim(f, "93,4 ГБ", "weights", "ГБ", W(MX, "bf16"), H, anchor="- Веса: параметры × байты;")
claim(f, "12,9 млрд", "params", "млрд", ACTIVE_M7, H, anchor="- Веса: параметры × байты;")
claim(f, "128 КиБ", "kv_cache_per_token", "КиБ", KVT(L8), H, anchor="- Кэш: 128")
claim(f, "56 КиБ", "kv_cache_per_token", "КиБ", KVT(Q7), H, anchor="- Кэш: 128")
claim(f, "0,5 ГиБ", "kv_cache_total", "ГиБ", KV(MI, 4096), H, anchor="- Кэш: 128")
claim(f, "около 209 ток/с", "throughput", "ток/с", H100_BW / W(L8, "bf16"), H, hedged=True, anchor="- Скорость: около 209")
non(f, "date: 2026-11-12", "date")
non(f, "participants: 1¦240", "participant count")
non(f, "recording: https://example.org/webinars/2026/11", "URL with time code")
non(f, "duration_min: 95", "duration")
non(f, 'h100_sxm: "80 ГиБ HBM3', "hardware spec")
non(f, 'rtx_4090: "24 ГиБ GDDR6X', "hardware spec")
non(f, "Вебинар 12 ноября 2026, 19:00 МСК", "date, time, participant counts")
non(f, "## Слайды 3–6: веса", "slide numbers")
non(f, "## Слайды 7–10: KV-кэш", "slide numbers")
non(f, "$$\\text{KV}_{\\text{токен}} = 2", "LaTeX formula with free variables")
non(f, "Опрос на слайде 13: 62 %", "poll percentages")
non(f, "таймкод 30:34", "time code")
non(f, "Домашнее задание №3, срок — 19.11.2026", "assignment number, date")
non(f, "Курс целиком стоит 14¦900 ₽", "prices")
non(f, "Следующий вебинар — 26.11 в 19:00", "date, time, version")
non(f, "Перплексия Mistral-7B в Q4_K_M на wikitext-2", "perplexity, slide number")

# ---- en_02: capacity-planning RFC with alternatives and a decision table (Llama-3.3-70B, Mixtral-8x22B, Phi-4) --
f = "en_02"
L70, M22, P4 = "llama3-70b", "mixtral-8x22b", "phi4"       # Llama-3.3-70B = Llama-3-70B architecture and count
H100_BW, L4_BW = 3.35e12, 300e9
HEAD2 = 2 * 80 * GIB - W(L70, "fp8")                         # free memory on 2 x H100 after fp8 weights
claim(f, "70553706496", "params", "params", N[L70], H)
claim(f, "140630071296", "params", "params", N[M22], H)
claim(f, "39161468928", "params", "params", ACTIVE_M22, H)
claim(f, "14659507200", "params", "params", N[P4], H)
claim(f, "70.55 GB", "weights", "GB", W(L70, "fp8"), H, anchor="> Serve **Llama-3.3-70B")
claim(f, "35.3 GB per card", "weights", "GB", W(L70, "fp8") / 2, H, anchor="> Serve **Llama-3.3-70B")
claim(f, "80 GiB", "kv_cache_total", "GiB", KV(L70, 8192, 32), H, anchor="> Serve **Llama-3.3-70B")
claim(f, "40 GiB per card", "kv_cache_total", "GiB", KV(L70, 8192, 32) / 2, H, anchor="> Serve **Llama-3.3-70B")
claim(f, "~95 tok/s", "throughput", "tok/s", H100_BW / (W(L70, "fp8") / 2), H, hedged=True, anchor="> Serve **Llama-3.3-70B")
claim(f, "70,553,706,496 params", "params", "params", N[L70], H)
claim(f, "70.55 GB", "weights", "GB", W(L70, "fp8"), H, anchor="- **Weights:** 70,553,706,496")
claim(f, "141.1 GB", "weights", "GB", W(L70, "bf16"), H)
claim(f, "35.3 GB", "weights", "GB", W(L70, "fp8") / 2, H, anchor="- **Per card:**")
claim(f, "327,680 bytes", "kv_cache_per_token", "bytes", KVT(L70), H)
claim(f, "320 KiB", "kv_cache_per_token", "KiB", KVT(L70), H, anchor="- **KV:** 2 × 80")
claim(f, "2.5 GiB", "kv_cache_total", "GiB", KV(L70, 8192), H, anchor="- **KV:** 2 × 80")
claim(f, "80 GiB", "kv_cache_total", "GiB", KV(L70, 8192, 32), H, anchor="- **KV:** 2 × 80")
claim(f, "40 GiB per card", "kv_cache_total", "GiB", KV(L70, 8192, 32) / 2, H, anchor="- **KV:** 2 × 80")
claim(f, "70.55 GB", "weights", "GB", W(L70, "fp8"), H, anchor="- **Headroom:**")
claim(f, "about 94.3 GiB", "arithmetic", "GiB", HEAD2, H, hedged=True)
claim(f, "~37 sessions", "arithmetic", "sequences", HEAD2 // KV(L70, 8192), H, hedged=True)
claim(f, "35.3 GB", "weights", "GB", W(L70, "fp8") / 2, H, anchor="- **Speed:** each card reads")
claim(f, "≈ 95 tok/s", "throughput", "tok/s", H100_BW / (W(L70, "fp8") / 2), H, hedged=True)
claim(f, "140.6B", "params", "B", N[M22], H)
claim(f, "39.2B", "params", "B", ACTIVE_M22, H)
claim(f, "27.8 %", "percentage", "%", 100 * ACTIVE_M22 / N[M22], H)
claim(f, "140.6 GB", "weights", "GB", W(M22, "fp8"), H, anchor="- fp8 weights: 140.6 GB stored")
claim(f, "281.3 GB", "weights", "GB", W(M22, "bf16"), H)
claim(f, "39.2 GB", "weights", "GB", W(ACTIVE_M22, "fp8"), H, anchor="- Reads only the active", note="bytes read per token")
claim(f, "9.8 GB per card", "weights", "GB", W(ACTIVE_M22, "fp8") / 4, H)
claim(f, "~342 tok/s", "throughput", "tok/s", H100_BW / (W(ACTIVE_M22, "fp8") / 4), H, hedged=True)
claim(f, "224 KiB", "kv_cache_per_token", "KiB", KVT(M22), H)
claim(f, "1.75 GiB", "kv_cache_total", "GiB", KV(M22, 8192), H)
claim(f, "56 GiB", "kv_cache_total", "GiB", KV(M22, 8192, 32), H)
claim(f, "14.66B params", "params", "B", N[P4], H)
claim(f, "29.3 GB", "weights", "GB", W(P4, "bf16"), H, anchor="- 14.66B params")
claim(f, "27.3 GiB", "weights", "GiB", W(P4, "bf16"), H)
claim(f, "200 KiB", "kv_cache_per_token", "KiB", KVT(P4), H)
claim(f, "50 GiB", "kv_cache_total", "GiB", KV(P4, 8192, 32), H, anchor="- KV 200 KiB per token")
claim(f, "≈ 77.3 GiB", "arithmetic", "GiB", W(P4, "bf16") + KV(P4, 8192, 32), H, hedged=True)
claim(f, "≈ 114 tok/s", "throughput", "tok/s", H100_BW / W(P4, "bf16"), H, hedged=True)
claim(f, "14.66 GB", "weights", "GB", W(P4, "fp8"), H)
claim(f, "~10.3 GiB", "arithmetic", "GiB", 24 * GIB - W(P4, "fp8"), H, hedged=True)
claim(f, "about 3 sessions", "arithmetic", "sequences", (24 * GIB - W(P4, "fp8")) // KV(P4, 16384), H, hedged=True)
claim(f, "3.125 GiB", "kv_cache_total", "GiB", KV(P4, 16384), H)
claim(f, "~20 tok/s", "throughput", "tok/s", L4_BW / W(P4, "fp8"), H, hedged=True)
T1, T2, T3 = "| Llama-3.3-70B fp8 TP=2 |", "| Mixtral-8x22B fp8 TP=4 |", "| Phi-4 bf16 |"
claim(f, "70.55", "weights", "GB", W(L70, "fp8"), H, anchor=T1)
claim(f, "35.3", "weights", "GB", W(L70, "fp8") / 2, H, anchor=T1)
claim(f, "80", "kv_cache_total", "GiB", KV(L70, 8192, 32), H, anchor=T1)
claim(f, "95", "throughput", "tok/s", H100_BW / (W(L70, "fp8") / 2), H, anchor=T1)
claim(f, "140.6", "weights", "GB", W(M22, "fp8"), H, anchor=T2)
claim(f, "140.6", "weights", "GB", W(M22, "fp8") / 4, X, "per_gpu", anchor=T2, occ=2, note="per card under TP=4: 35.2 GB")
claim(f, "112", "kv_cache_total", "GiB", KV(M22, 8192, 32), X, "off_2x", anchor=T2, note="56 GiB")
claim(f, "342", "throughput", "tok/s", H100_BW / (W(ACTIVE_M22, "fp8") / 4), H, anchor=T2)
claim(f, "29.3", "weights", "GB", W(P4, "bf16"), H, anchor=T3)
claim(f, "29.3", "weights", "GB", W(P4, "bf16"), H, anchor=T3, occ=2)
claim(f, "12.5", "kv_cache_total", "GiB", KV(P4, 8192, 32), X, "off_2x", anchor=T3, note="stale draft value; 50 GiB")
claim(f, "57", "throughput", "tok/s", H100_BW / W(P4, "bf16"), X, "off_2x", anchor=T3, note="114 tok/s")
claim(f, "141 GB", "weights", "GB", W(L70, "fp8"), X, "wrong_dtype", note="bf16 figure; fp8 70.55 GB")
claim(f, "70.55 GB", "weights", "GB", W(L70, "fp8") / 2, X, "per_gpu", anchor="- \"Per card under TP=2", note="35.3 GB per card")
claim(f, "2.5 MiB", "kv_cache_per_token", "MiB", KVT(L70), X, "off_2x", note="320 KiB")
claim(f, "640 GiB", "kv_cache_total", "GiB", KV(L70, 8192, 32), X, "off_2x", note="80 GiB")
claim(f, "140.6 GB per token", "weights", "GB", W(ACTIVE_M22, "fp8"), X, "wrong_kind", note="reads the 39.2 GB of active weights")
claim(f, "24 tok/s", "throughput", "tok/s", H100_BW / (W(ACTIVE_M22, "fp8") / 4), X, "wrong_kind", note="342 tok/s")
claim(f, "39.2 GB", "weights", "GB", W(M22, "fp8"), X, "wrong_kind", anchor="of weights to store", note="active count; stored 140.6 GB")
claim(f, "14.7 GB", "weights", "GB", W(P4, "bf16"), X, "wrong_dtype", note="fp8 figure; bf16 29.3 GB")
claim(f, "12.5 GiB", "kv_cache_total", "GiB", KV(P4, 8192, 32), X, "off_2x", note="50 GiB")
claim(f, "70.6 GB", "weights", "GB", W(L70, "int4"), X, "wrong_dtype", note="fp8 figure; int4 35.3 GB")
claim(f, "29.3 GiB", "weights", "GiB", W(P4, "bf16"), X, "gb_as_gib", note="29.3 GB = 27.3 GiB")
claim(f, "47 GiB", "arithmetic", "GiB", HEAD2, X, "per_gpu", note="per-card headroom; 94.3 GiB on the pair")
claim(f, "about 35 GB", "weights", "GB", W(L70, "fp8"), X, "wrong_dtype", hedged=True, note="int4 figure; fp8 70.55 GB", **Q)
claim(f, "160 KiB", "kv_cache_per_token", "KiB", KVT(L70), X, "wrong_dtype", anchor="with a bf16 cache its KV", note="fp8-cache figure; bf16 320 KiB", **Q)
claim(f, "40 GiB", "kv_cache_total", "GiB", KV(L70, 8192, 32), X, "wrong_dtype", anchor="with a bf16 cache its KV", note="80 GiB with a bf16 cache", **Q)
claim(f, "5 GiB", "kv_cache_total", "GiB", KV(L70, 16384), H, anchor="doubles KV to 5 GiB")
claim(f, "160 KiB", "kv_cache_per_token", "KiB", KVT(L70, 1), H, anchor="2. fp8 KV cache")
non(f, "budget_eur_per_month: 21000", "budget")
non(f, "created: 2026-08-19", "date")
non(f, "decided: 2026-09-02", "date")
non(f, "supersedes: RFC-0117", "RFC number")
non(f, "concurrent_sessions: 32", "requirement")
non(f, "context_tokens: 8192", "requirement")
non(f, "p95_first_token_ms: 800", "latency target")
non(f, 'gpu: "H100 SXM 80 GiB', "hardware spec")
non(f, 'alt_gpu: "L4 24 GiB', "hardware spec")
non(f, "rented at €2.10/GPU-hour", "prices, ticket numbers")
non(f, "weaker on our German eval (71.2 vs 74.8)", "eval scores, GPU count")
non(f, "- Rejected: quality (eval 66.0)", "eval score")
non(f, "reviewers caught on 2026-08-24", "date")
non(f, "> [!warning] Reviewer note (@infra-leads, 2026-08-24)", "date")
non(f, "pasted from ChatGPT on 2026-08-17", "date")
non(f, "3. Budget check: 2 × H100 at €3.05", "cost arithmetic")
non(f, "- Week 36: staging, canary at 5", "week, traffic share")
non(f, "- Week 38: 50", "week, traffic share, latency")
non(f, "kept for 30 days", "retention")

# ---- ru_02: дневник дипломника по неделям (GPT-2 XL, T5-large, BERT-large; 16 байт/параметр, 6ND) -----------------
f = "ru_02"
XL, G2M, G2L, T5L, BL = "gpt2-xl", "gpt2-medium", "gpt2-large", "t5-large", "bert-large"
A100_PEAK, MFU = 312e12, 0.40
D_TOK = 1_200_000 * 850
FL_XL = 6 * N[XL] * D_TOK
FL_M = 6 * N[G2M] * 2e9
claim(f, "1557611200", "params", "params", N[XL], H)
claim(f, "737668096", "params", "params", N[T5L], H)
claim(f, "1¦557¦611¦200 параметров", "params", "params", N[XL], H)
claim(f, "около 1,56 млрд", "params", "млрд", N[XL], H, hedged=True)
claim(f, "6,23 ГБ", "weights", "ГБ", W(XL, "fp32"), H, anchor="- В fp32 это 6,23 ГБ")
claim(f, "3,12 ГБ", "weights", "ГБ", W(XL, "fp16"), H, anchor="- В fp32 это 6,23 ГБ")
claim(f, "12,5 ГБ", "training", "ГБ", 16 * N[XL], X, "off_2x", note="2 x fp32 weights; 16 bytes/param = 24.9 GB")
claim(f, "около 1,02 млрд токенов", "tokens", "млрд токенов", D_TOK, H, hedged=True)
claim(f, "«102 млн токенов»", "tokens", "млн токенов", D_TOK, X, "off_2x", note="1.02 billion")
claim(f, "300 КиБ", "kv_cache_per_token", "КиБ", KVT(XL), H, anchor="- KV-кэш GPT-2 XL")
claim(f, "300 МиБ", "kv_cache_total", "МиБ", KV(XL, 1024), H)
claim(f, "2,34 ГиБ", "kv_cache_total", "ГиБ", KV(XL, 1024, 8), H)
claim(f, "37,5 КиБ", "kv_cache_per_token", "КиБ", KVT(XL), X, "off_2x", note="300 KiB")
claim(f, "737¦668¦096 параметров", "params", "params", N[T5L], H)
claim(f, "2,95 ГБ", "weights", "ГБ", W(T5L, "fp32"), H)
claim(f, "≈ 24,9 ГБ", "training", "ГБ", 16 * N[XL], H, hedged=True)
claim(f, "23,2 ГиБ", "training", "ГиБ", 16 * N[XL], H)
claim(f, "28,0 ГБ", "training", "ГБ", 18 * N[XL], H)
claim(f, "5,8 ГиБ", "training", "ГиБ", zero(N[XL], 4, 3), H)
claim(f, "11,8 ГБ", "training", "ГБ", 16 * N[T5L], H, anchor="- Для сравнения T5-large")
claim(f, "33,4 ГиБ", "activations", "ГиБ", act(XL, 1024, 4, "none"), H)
claim(f, "0,59 ГиБ", "activations", "ГиБ", act(XL, 1024, 4, "full"), H)
claim(f, "около 10 ГиБ", "activations", "ГиБ", act(XL, 1024, 4, "flash"), H, hedged=True)
claim(f, "≈ 9,53 × 10¹⁸ FLOP", "flops", "FLOP", FL_XL, H, hedged=True, anchor="2. 6 × 1,56")
claim(f, "около 21,2 часа", "time", "часа", FL_XL / (MFU * A100_PEAK), H, hedged=True, anchor="3. При MFU 40")
claim(f, "примерно 5,3 часа", "time", "часа", FL_XL / (4 * MFU * A100_PEAK), H, hedged=True)
R1, R2, R3, R4, R5 = "| GPT-2 medium |", "| GPT-2 large |", "| GPT-2 XL |", "| T5-large |", "| BERT-large |"
claim(f, "354,8 млн", "params", "млн", N[G2M], H, anchor=R1)
claim(f, "1,42", "weights", "ГБ", W(G2M, "fp32"), H, anchor=R1)
claim(f, "0,71", "weights", "ГБ", W(G2M, "fp16"), H, anchor=R1)
claim(f, "5,68", "training", "ГБ", 16 * N[G2M], H, anchor=R1)
claim(f, "774,0 млн", "params", "млн", N[G2L], H, anchor=R2)
claim(f, "3,10", "weights", "ГБ", W(G2L, "fp32"), H, anchor=R2)
claim(f, "3,10", "weights", "ГБ", W(G2L, "fp16"), X, "wrong_dtype", anchor=R2, occ=2, note="fp32 figure; fp16 1.55 GB")
claim(f, "12,4", "training", "ГБ", 16 * N[G2L], H, anchor=R2)
claim(f, "1,56 млрд", "params", "млрд", N[XL], H, anchor=R3)
claim(f, "6,23", "weights", "ГБ", W(XL, "fp32"), H, anchor=R3)
claim(f, "3,12", "weights", "ГБ", W(XL, "fp16"), H, anchor=R3)
claim(f, "6,23", "training", "ГБ", 16 * N[XL], X, "off_2x", anchor=R3, occ=2, note="fp32 weights copied; 24.9 GB")
claim(f, "737,7 млн", "params", "млн", N[T5L], H, anchor=R4)
claim(f, "5,90", "weights", "ГБ", W(T5L, "fp32"), X, "off_2x", anchor=R4, note="2.95 GB")
claim(f, "1,48", "weights", "ГБ", W(T5L, "fp16"), H, anchor=R4)
claim(f, "11,8", "training", "ГБ", 16 * N[T5L], H, anchor=R4)
claim(f, "335,1 млн", "params", "млн", N[BL], H, anchor=R5)
claim(f, "1,34", "weights", "ГБ", W(BL, "fp32"), H, anchor=R5)
claim(f, "0,67", "weights", "ГБ", W(BL, "fp16"), H, anchor=R5)
claim(f, "2,68", "training", "ГБ", 16 * N[BL], X, "off_2x", anchor=R5, note="8 bytes/param; 16 -> 5.36 GB")
claim(f, "4¦915¦200 обучаемых параметров", "params", "params", lora(48, 16, [(1600, 4800)]), H)
claim(f, "0,32 %", "percentage", "%", 100 * lora(48, 16, [(1600, 4800)]) / N[XL], H)
claim(f, "«49,2 млн обучаемых»", "params", "млн", lora(48, 16, [(1600, 4800)]), X, "off_2x", note="4.9 million")
claim(f, "3,12 ГБ", "weights", "ГБ", W(XL, "fp16"), H, anchor="копеечное")
claim(f, "3,12 ГиБ", "weights", "ГиБ", W(XL, "fp16"), X, "gb_as_gib", note="3.12 GB = 2.90 GiB")
claim(f, "354,8 млрд параметров", "params", "млрд", N[G2M], X, "off_2x", note="354.8 million")
claim(f, "4,26 × 10¹⁸ FLOP", "flops", "FLOP", FL_M, H)
claim(f, "около 9,5 часа", "time", "часа", FL_M / (MFU * A100_PEAK), H, hedged=True)
claim(f, "«42,6 × 10¹⁸ FLOP»", "flops", "FLOP", FL_M, X, "off_2x", note="4.26e18")
claim(f, "9,5 часа", "time", "часа", FL_M / (4 * MFU * A100_PEAK), X, "per_gpu", anchor="на 4 картах — 9,5 часа", note="one-GPU time; 2.4 h on four")
claim(f, "~2,4 часа", "time", "часа", FL_M / (4 * MFU * A100_PEAK), H, hedged=True)
claim(f, "1,56 млрд", "params", "млрд", N[XL], H, anchor="- GPT-2 XL — 1,56 млрд")
claim(f, "3,12 ГБ", "weights", "ГБ", W(XL, "fp16"), H, anchor="- GPT-2 XL — 1,56 млрд")
claim(f, "24,9 ГБ", "training", "ГБ", 16 * N[XL], H, anchor="- GPT-2 XL — 1,56 млрд")
claim(f, "300 КиБ", "kv_cache_per_token", "КиБ", KVT(XL), H, anchor="- Кэш 300 КиБ")
claim(f, "≈ 9,53 × 10¹⁸ FLOP", "flops", "FLOP", FL_XL, H, hedged=True, anchor="- Кэш 300 КиБ")
claim(f, "около 21,2 часа", "time", "часа", FL_XL / (MFU * A100_PEAK), H, hedged=True, anchor="- Кэш 300 КиБ")
non(f, "start: 2026-02-09", "date")
non(f, "defense: 2026-06-18", "date")
non(f, 'group: "М-241"', "group number")
non(f, 'gpu: "4 × A100 40 ГБ"', "hardware spec")
non(f, 'peak_bf16: "312 ТФЛОПС"', "hardware spec")
non(f, "quota_gpu_hours: 600", "quota")
non(f, "documents: 1¦200¦000", "dataset size (input)")
non(f, "avg_tokens: 850", "dataset statistic (input)")
non(f, "## Неделя 1 (9–15 февраля)", "dates")
non(f, "- Прочитал статьи про GPT-2 и T5, 3 штуки", "counts, reference numbers")
non(f, "$$M = N \\cdot (2 + 2 + 12)$$", "LaTeX formula with free variables")
non(f, "- Запуск #17: OOM на 38¦912 МиБ", "run number, measured memory")
non(f, "1. N = 1,56 млрд, D = 1,02 млрд токенов.", "numbered derivation inputs")
non(f, "Запросил 600 GPU-часов, дали 480.", "quota")
non(f, "- ROUGE-L на валидации: 0,412", "scores, perplexity")
non(f, "- До защиты 10 недель", "weeks, sample count")

# ---- en_03: live notes from a conference talk (DeepSeek-V3, gpt-oss-120b/20b, Llama-3.1-405B on one node) -----
f = "en_03"
DS_T, DS_A = N["deepseek-v3"], ACTIVE_DSV3
O120, O20 = N["gpt-oss-120b"], N["gpt-oss-20b"]
L405 = "llama3.1-405b"
H100_BW = 3.35e12
MLA_T = MLA_DSV3 * 2
MHA_T = 2 * 61 * 128 * 128 * 2
NODE_LEFT = 640 * GIB - W(L405, "fp8")
claim(f, "405853388800", "params", "params", N[L405], H)
claim(f, "671B total", "params", "B", DS_T, H, anchor="- Slide 5:")
claim(f, "37B active", "params", "B", DS_A, H, anchor="- Slide 5:")
claim(f, "5.5 %", "percentage", "%", 100 * DS_A / DS_T, H)
claim(f, "671 GB", "weights", "GB", W(DS_T, "fp8"), H, anchor="- Slide 6:")
claim(f, "1.34 TB", "weights", "TB", W(DS_T, "bf16"), H, anchor="- Slide 6:")
claim(f, "1.34 TB", "weights", "TB", W(DS_T, "fp8"), X, "wrong_dtype", anchor="- Slide 7 (quote):", note="bf16 size; fp8 671 GB")
claim(f, "671 GB", "weights", "GB", W(DS_T, "fp8"), H, anchor="- Slide 7 (quote):")
claim(f, "625 GiB", "weights", "GiB", W(DS_T, "fp8"), H)
claim(f, "70,272 bytes", "kv_cache_per_token", "bytes", MLA_T, H)
claim(f, "≈ 68.6 KiB", "kv_cache_per_token", "KiB", MLA_T, H, hedged=True)
claim(f, "8.6 GiB", "kv_cache_total", "GiB", MLA_T * 131072, H)
claim(f, "274.5 GiB", "kv_cache_total", "GiB", MLA_T * 131072 * 32, H)
claim(f, "3,904 KiB", "kv_cache_per_token", "KiB", MHA_T, H)
claim(f, "~57×", "ratio", "×", MHA_T / MLA_T, H, hedged=True)
claim(f, "37 GB", "weights", "GB", W(DS_A, "fp8"), H, note="bytes read per token (active, fp8)")
claim(f, "~724 tok/s", "throughput", "tok/s", H100_BW / (W(DS_A, "fp8") / 8), H, hedged=True)
claim(f, "≈ 3.29 × 10²⁴ FLOP", "flops", "FLOP", 6 * DS_A * 14.8e12, H, hedged=True)
claim(f, "\"5.96 × 10²⁵\"", "flops", "FLOP", 6 * DS_A * 14.8e12, X, "wrong_kind", note="total params used; active gives 3.29e24")
claim(f, "62.1 GB", "weights", "GB", O120 * MX4, H, anchor="- Slide 10:")
claim(f, "11.1 GB", "weights", "GB", O20 * MX4, H, anchor="- Slide 11:")
claim(f, "10.3 GiB", "weights", "GiB", O20 * MX4, H, anchor="- Slide 11:")
claim(f, "58 GB", "weights", "GB", O120 * MX4, X, "gib_as_gb", note="57.8 GiB = 62.1 GB")
claim(f, "10.3 GB", "weights", "GB", O20 * MX4, X, "gib_as_gb", note="10.3 GiB = 11.1 GB")
claim(f, "2.73 GB", "weights", "GB", ACTIVE_OSS120 * MX4, H, note="bytes read per token")
claim(f, "~1,229 tok/s", "throughput", "tok/s", H100_BW / (ACTIVE_OSS120 * MX4), H, hedged=True)
claim(f, "11.1 GB per token", "weights", "GB", ACTIVE_OSS20 * MX4, X, "wrong_kind", note="whole file; active read 1.92 GB")
claim(f, "1.92 GB", "weights", "GB", ACTIVE_OSS20 * MX4, H)
claim(f, "116.8 GB", "weights", "GB", O120 * 2, X, "wrong_dtype", note="8-bit size; bf16 233.7 GB")
claim(f, "233.7 GB", "weights", "GB", O120 * 2, H)
claim(f, "405,853,388,800 params", "params", "params", N[L405], H)
claim(f, "\"405B\"", "params", "B", N[L405], H, rel=0.01)
claim(f, "405.9 GB", "weights", "GB", W(L405, "fp8"), H, anchor="- fp8: 405.9 GB")
claim(f, "50.7 GB per GPU", "weights", "GB", W(L405, "fp8") / 8, H)
claim(f, "811.7 GB", "weights", "GB", W(L405, "bf16"), H)
claim(f, "405.9 GB per GPU", "weights", "GB", W(L405, "fp8") / 8, X, "per_gpu", note="total; 50.7 GB per GPU")
claim(f, "50.7 GB", "weights", "GB", W(L405, "fp8") / 8, H, anchor="- Slide 16 (quote):")
claim(f, "504 KiB", "kv_cache_per_token", "KiB", KVT(L405), H, anchor="- KV: 504 KiB")
claim(f, "63 GiB", "kv_cache_total", "GiB", KV(L405, 131072), H, anchor="- KV: 504 KiB")
claim(f, "4 MiB", "kv_cache_per_token", "MiB", KVT(L405), X, "off_2x", note="128 query heads for 8 KV heads; 504 KiB")
claim(f, "504 KiB", "kv_cache_per_token", "KiB", KVT(L405), H, anchor="- Slide 17 (quote):")
claim(f, "~66 tok/s", "throughput", "tok/s", H100_BW / (W(L405, "fp8") / 8), H, hedged=True)
claim(f, "about 8 tok/s", "throughput", "tok/s", H100_BW / (W(L405, "fp8") / 8), X, "per_gpu", hedged=True, note="total bytes at one card's bandwidth; 66 tok/s")
claim(f, "405 GB", "weights", "GB", W(L405, "int4"), X, "wrong_dtype", anchor="- Slide 19:", note="fp8 size; int4 202.9 GB")
claim(f, "202.9 GB", "weights", "GB", W(L405, "int4"), H)
claim(f, "about 262 GiB", "arithmetic", "GiB", NODE_LEFT, H, hedged=True)
claim(f, "about 4 full 128K sessions", "arithmetic", "sequences", NODE_LEFT // KV(L405, 131072), H, hedged=True)
claim(f, "671 GB", "weights", "GB", W(DS_T, "fp8"), H, anchor="> One node holds")
claim(f, "62.1 GB", "weights", "GB", O120 * MX4, H, anchor="> One node holds")
claim(f, "405.9 GB", "weights", "GB", W(L405, "fp8"), H, anchor="> One node holds")
claim(f, "~262 GiB", "arithmetic", "GiB", NODE_LEFT, H, hedged=True, anchor="> One node holds")
non(f, "date: 2026-10-14", "date")
non(f, 'slot: "11:40–12:25"', "time slot")
non(f, "slides_url: https://example.com/inferconf26", "URL with year")
non(f, "my_rating: 4/5", "rating")
non(f, 'node: "8 × H100 SXM 80 GiB', "hardware spec")
non(f, "cleaned up at 14:10 the same day", "time")
non(f, "## Slides 1–4: why one node", "slide numbers")
non(f, "costs about $2.2 M over three years", "price, node capacity")
non(f, "- Audience poll: 41 %", "poll percentage")
non(f, "measured TTFT 1.8 s at 32K prompt", "measured latency, speed, batch")
non(f, "watch talk #27 recording (22 min)", "talk number, duration")
non(f, "## Slides 15–19: Llama-3.1-405B", "slide numbers")

# ---- en_04: edge-device comparison with a pasted JSON sheet (Qwen2.5-0.5B/1.5B, Llama 3.2, Gemma 3 1B, Phi-3-mini) --
f = "en_04"
Q05, Q15, L1, G1, P3, L3 = "qwen2.5-0.5b", "qwen2.5-1.5b", "llama3.2-1b", "gemma3-1b", "phi3-mini", "llama3.2-3b"
PI5, NANO, AGX, IPH, M3 = 17.07e9, 68e9, 204.8e9, 51.2e9, 100e9
claim(f, "999885952", "params", "params", N[G1], H)
claim(f, "494032768", "params", "params", N[Q05], H)
claim(f, "1543714304", "params", "params", N[Q15], H)
claim(f, "1235814400", "params", "params", N[L1], H)
claim(f, "3212749824", "params", "params", N[L3], H)
claim(f, "3821079552", "params", "params", N[P3], H)
J = {m: f'{{"model": "{name}"' for m, name in ((Q05, "qwen2.5-0.5b"), (Q15, "qwen2.5-1.5b"), (L1, "llama-3.2-1b"),
                                               (G1, "gemma-3-1b"), (P3, "phi-3-mini"), (L3, "llama-3.2-3b"))}
claim(f, "0.52", "quantized_file", "GB", GG(Q05, "Q8_0"), H, rel=0.02, anchor=J[Q05])
claim(f, "0.99", "weights", "GB", W(Q05, "bf16"), H, anchor=J[Q05])
claim(f, "12", "kv_cache_per_token", "KiB", KVT(Q05), H, anchor=J[Q05])
claim(f, "260", "throughput", "tok/s", NANO / GG(Q05, "Q8_0"), X, "off_2x", anchor=J[Q05], note="ceiling 130 tok/s")
claim(f, "0.94", "quantized_file", "GB", GG(Q15, "Q4_K_M"), H, rel=0.02, anchor=J[Q15])
claim(f, "1.54", "weights", "GB", W(Q15, "bf16"), X, "wrong_dtype", anchor=J[Q15], note="int8 size; bf16 3.09 GB")
claim(f, "112", "kv_cache_per_token", "KiB", KVT(Q15), X, "off_2x", anchor=J[Q15], note="28 KiB (112 is the 4K total in MiB)")
claim(f, "144", "throughput", "tok/s", NANO / GG(Q15, "Q4_K_M"), X, "off_2x", anchor=J[Q15], note="ceiling 72 tok/s")
claim(f, "0.70", "quantized_file", "GB", GG(L1, "Q4_K_M"), X, "gib_as_gb", anchor=J[L1], note="0.704 GiB = 0.756 GB")
claim(f, "4.94", "weights", "GB", W(L1, "bf16"), X, "wrong_dtype", anchor=J[L1], note="fp32 size; bf16 2.47 GB")
claim(f, "8", "kv_cache_per_token", "KiB", KVT(L1), X, "off_2x", anchor=J[L1], note="32 KiB")
claim(f, "90", "throughput", "tok/s", NANO / GG(L1, "Q4_K_M"), H, anchor=J[L1])
claim(f, "0.61", "quantized_file", "GB", GG(G1, "Q4_K_M"), H, rel=0.02, anchor=J[G1])
claim(f, "4.00", "weights", "GB", W(G1, "bf16"), X, "wrong_dtype", anchor=J[G1], note="fp32 size; bf16 2.00 GB")
claim(f, "104", "kv_cache_per_token", "KiB", KVT(G1), X, "off_2x", anchor=J[G1], note="26 KiB (104 is the 4K total in MiB)")
claim(f, "222", "throughput", "tok/s", NANO / GG(G1, "Q4_K_M"), X, "off_2x", anchor=J[G1], note="ceiling 111 tok/s")
claim(f, "2.34", "quantized_file", "GB", GG(P3, "Q4_K_M"), H, rel=0.02, anchor=J[P3])
claim(f, "7.64", "weights", "GB", W(P3, "bf16"), H, anchor=J[P3])
claim(f, "96", "kv_cache_per_token", "KiB", KVT(P3), X, "off_2x", anchor=J[P3], note="8 KV heads assumed; MHA 384 KiB")
claim(f, "58", "throughput", "tok/s", NANO / GG(P3, "Q4_K_M"), X, "off_2x", anchor=J[P3], note="ceiling 29 tok/s")
claim(f, "3.93", "quantized_file", "GB", GG(L3, "Q4_K_M"), X, "off_2x", anchor=J[L3], note="1.97 GB")
claim(f, "5.98", "weights", "GB", W(L3, "bf16"), X, "gib_as_gb", anchor=J[L3], note="5.98 GiB = 6.43 GB")
claim(f, "112", "kv_cache_per_token", "KiB", KVT(L3), H, anchor=J[L3])
claim(f, "35", "throughput", "tok/s", NANO / GG(L3, "Q4_K_M"), H, anchor=J[L3])
claim(f, "~22 tok/s", "throughput", "tok/s", PI5 / GG(L1, "Q4_K_M"), H, hedged=True)
claim(f, "~29 tok/s", "throughput", "tok/s", PI5 / GG(P3, "Q4_K_M"), X, "off_2x", hedged=True, note="ceiling 7.3 tok/s on 17 GB/s")
claim(f, "6.43 GiB", "weights", "GiB", W(L3, "bf16"), X, "gb_as_gib", note="6.43 GB = 5.98 GiB")
claim(f, "0.99 GB", "weights", "GB", W(Q05, "bf16"), H)
claim(f, "0.49 GB", "weights", "GB", W(Q05, "int4"), X, "wrong_dtype", note="int8 size; int4 0.25 GB")
claim(f, "7.64 GB", "weights", "GB", W(P3, "bf16"), H)
claim(f, "~27 tok/s", "throughput", "tok/s", AGX / W(P3, "bf16"), H, hedged=True)
claim(f, "1.5 GiB", "kv_cache_total", "GiB", KV(P3, 4096), H)
claim(f, "~26 tok/s", "throughput", "tok/s", IPH / GG(L3, "Q4_K_M"), H, hedged=True)
claim(f, "~163 tok/s", "throughput", "tok/s", M3 / GG(G1, "Q4_K_M"), H, hedged=True)
claim(f, "~212 tok/s", "throughput", "tok/s", M3 / GG(Q15, "Q4_K_M"), X, "off_2x", hedged=True, note="ceiling 106 tok/s")
claim(f, "999,885,952 params", "params", "params", N[G1], H)
claim(f, "(~1.0B)", "params", "B", N[G1], H, hedged=True)
claim(f, "26 KiB", "kv_cache_per_token", "KiB", KVT(G1), H, anchor="- Gemma 3 1B has 999,885,952")
claim(f, "832 MiB", "kv_cache_total", "MiB", KV(G1, 32768), H)
claim(f, "1 GiB", "kv_cache_total", "GiB", KV(L1, 32768), H)
claim(f, "3.5 GiB", "kv_cache_total", "GiB", KV(Q15, 32768), X, "off_2x", note="0.875 GiB")
claim(f, "0.61 GB", "quantized_file", "GB", GG(G1, "Q4_K_M"), H, rel=0.02, anchor="- Kitchen box:")
claim(f, "~111 tok/s", "throughput", "tok/s", NANO / GG(G1, "Q4_K_M"), H, hedged=True)
claim(f, "26 KiB/token", "kv_cache_per_token", "KiB", KVT(G1), H)
non(f, "created: 2026-09-07", "date")
non(f, "updated: 2026-09-21", "date")
non(f, "source_sheet: https://example.net/blog/2026/08", "URL with date")
non(f, "raspberry_pi_5: {ram:", "hardware spec, power, price")
non(f, "jetson_orin_nano: {ram:", "hardware spec, power, price")
non(f, "jetson_agx_orin_64: {ram:", "hardware spec, power, price")
non(f, "iphone_15_pro: {ram:", "hardware spec")
non(f, "macbook_air_m3: {ram:", "hardware spec, price")
non(f, "I pasted it unchanged on 2026-09-07", "date, device bandwidth")
non(f, "**Raspberry Pi 5** — 17.07 GB/s.", "device bandwidth")
non(f, "- My measurement: 14.2 tok/s", "measured speed, temperature")
non(f, "**Jetson AGX Orin 64 GB** — 204.8 GB/s.", "device spec")
non(f, "**iPhone 15 Pro** — 51.2 GB/s", "device spec")
non(f, "measured 11.9 tok/s in a TestFlight build 2.3.1", "measured speed, version, free memory")
non(f, "**MacBook Air M3** — 100 GB/s.", "device spec")
non(f, "- Budget: €259 + €18 PSU", "prices, power draw")

# ---- ru_03: техническое задание на закупку сервера (раздел обоснования с ошибками и пересчёт) ------------------
f = "ru_03"
Q32, L70 = "qwen2.5-32b", "llama3-70b"
L40S_BW = 864e9
FREE_A = 4 * 48 * GIB - W(L70, "fp8")
BOTH = W(Q32, "bf16") + W(L70, "bf16")
LORA32 = lora(64, 16, [(5120, 5120), (5120, 1024), (5120, 1024), (5120, 5120)])
claim(f, "32,76 млрд", "params", "млрд", N[Q32], H)
claim(f, "32,8 ГБ", "weights", "ГБ", W(Q32, "bf16"), X, "wrong_dtype", anchor="3.1. Qwen2.5-32B", note="fp8; bf16 65,5 ГБ")
claim(f, "65,5 ГБ", "weights", "ГБ", W(Q32, "fp8"), X, "wrong_dtype", anchor="3.2. В fp8", note="bf16; fp8 32,8 ГБ")
claim(f, "32,8 ГБ", "weights", "ГБ", W(Q32, "int4"), X, "wrong_dtype", anchor="3.3. В 4-битном", note="fp8; int4 16,4 ГБ")
claim(f, "1,25 МиБ", "kv_cache_per_token", "МиБ", KVT(Q32), X, "off_2x", anchor="3.4. Кэш на токен", note="40 query heads for 8 KV heads; 256 КиБ")
claim(f, "40 ГиБ", "kv_cache_total", "ГиБ", KV(Q32, 32768), X, "off_2x", anchor="3.5. На диалог", note="8 ГиБ")
claim(f, "640 ГиБ", "kv_cache_total", "ГиБ", KV(Q32, 32768, 16), X, "off_2x", anchor="3.5. На диалог", note="128 ГиБ")
claim(f, "141,1 ГБ", "weights", "ГБ", W(L70, "fp8"), X, "wrong_dtype", anchor="3.6. Llama-3.1-70B", note="bf16; fp8 70,6 ГБ")
claim(f, "282 ГБ", "weights", "ГБ", W(L70, "bf16"), X, "wrong_dtype", note="fp32; bf16 141,1 ГБ")
claim(f, "70,6 ГБ", "weights", "ГБ", W(L70, "fp8") / 4, X, "per_gpu", anchor="3.7. При TP=4", note="17,6 ГБ на карту")
claim(f, "320 КиБ", "kv_cache_per_token", "КиБ", KVT(L70), H)
claim(f, "10 ГиБ", "kv_cache_total", "ГиБ", KV(L70, 32768), H, anchor="3.8. Кэш Llama-3.1-70B")
claim(f, "16 ГиБ", "kv_cache_total", "ГиБ", KV(L70, 32768, 16), X, "off_2x", anchor="3.8. Кэш Llama-3.1-70B", note="160 ГиБ")
claim(f, "около 63 ГиБ", "arithmetic", "ГиБ", FREE_A, X, "off_2x", hedged=True, note="126,3 ГиБ")
claim(f, "примерно 6 диалогов", "arithmetic", "sequences", FREE_A // KV(L70, 32768), X, "off_2x", hedged=True, note="12")
claim(f, "до 26 ток/с", "throughput", "ток/с", L40S_BW / (W(Q32, "fp8") / 2), X, "off_2x", bound="upper", note="потолок 52,7 ток/с")
claim(f, "262 ГБ", "training", "ГБ", 16 * N[Q32], X, "off_2x", note="8 байт; 16 байт/параметр = 524 ГБ")
claim(f, "206,6 ГиБ", "weights", "ГиБ", BOTH, X, "gb_as_gib", note="206,6 ГБ = 192,4 ГиБ")
claim(f, "3,4 минуты", "time", "мин", BOTH / 1.25e8, X, "wrong_unit", note="гигабиты приняты за гигабайты; 27,6 мин")
claim(f, "40 ГБ", "quantized_file", "ГБ", GG(Q32, "Q4_K_M"), X, "off_2x", note="20,0 ГБ")
claim(f, "65,5 ГБ", "weights", "ГБ", W(Q32, "bf16"), H, anchor="| Qwen2.5-32B, bf16 |", occ=1)
claim(f, "32,8 ГБ", "weights", "ГБ", W(Q32, "fp8"), H, anchor="| Qwen2.5-32B, fp8 |")
claim(f, "16,4 ГБ", "weights", "ГБ", W(Q32, "int4"), H)
claim(f, "256 КиБ", "kv_cache_per_token", "КиБ", KVT(Q32), H)
claim(f, "8 ГиБ", "kv_cache_total", "ГиБ", KV(Q32, 32768), H, anchor="| кэш на диалог 32K |")
claim(f, "128 ГиБ", "kv_cache_total", "ГиБ", KV(Q32, 32768, 16), H)
claim(f, "70,55 млрд", "params", "млрд", N[L70], H)
claim(f, "70,6 ГБ", "weights", "ГБ", W(L70, "fp8"), H, anchor="- Llama-3.1-70B: 70,55")
claim(f, "65,7 ГиБ", "weights", "ГиБ", W(L70, "fp8"), H)
claim(f, "17,6 ГБ", "weights", "ГБ", W(L70, "fp8") / 4, H)
claim(f, "160 ГиБ", "kv_cache_total", "ГиБ", KV(L70, 32768, 16), H)
claim(f, "около 126,3 ГиБ", "arithmetic", "ГиБ", FREE_A, H, hedged=True)
claim(f, "12 диалогов", "arithmetic", "sequences", FREE_A // KV(L70, 32768), H, anchor="это 12 диалогов")
claim(f, "около 53 ток/с", "throughput", "ток/с", L40S_BW / (W(Q32, "fp8") / 2), H, hedged=True)
claim(f, "524 ГБ", "training", "ГБ", 16 * N[Q32], H)
claim(f, "33,6 млн", "params", "млн", LORA32, H)
claim(f, "около 27,6 минуты", "time", "мин", BOTH / 1.25e8, H, hedged=True)
claim(f, "206,6 ГБ", "weights", "ГБ", BOTH, H)
claim(f, "около 20,0 ГБ", "quantized_file", "ГБ", GG(Q32, "Q4_K_M"), H, hedged=True)
claim(f, "12 диалогов", "arithmetic", "sequences", FREE_A // KV(L70, 32768), H, anchor="- Вариант А (4 × L40S)")
non(f, "doc_id: ТЗ-2026-114", "document number")
non(f, 'version: "0.3"', "version")
non(f, "date: 2026-11-02", "date")
non(f, "budget_rub: 18¦500¦000", "budget")
non(f, 'gpu_option_a: "4 × L40S', "hardware spec")
non(f, 'gpu_option_b: "2 × H100 NVL', "hardware spec")
non(f, 'uplink: "1 Гбит/с"', "network spec")
non(f, "Документ ТЗ-2026-114, версия 0.3", "document number, version, date")
non(f, "до 16 одновременных диалогов", "requirement")
non(f, "2.1. Не менее 4 GPU", "requirement")
non(f, "2.2. Оперативная память сервера", "requirement")
non(f, "2.3. NVMe под веса", "requirement")
non(f, "2.4. Сеть — 2 × 25", "requirement, warranty")
non(f, "2.5. Энергопотребление", "power requirement")
non(f, "срок — 09.11.2026", "date")

# ---- ru_04: журнал экспериментов по квантованию (оценки скрипта v1 делили на 1024**3 и подписывали «ГБ») ------
f = "ru_04"
Q7, L8, MI, P4, G9 = "qwen2.5-7b", "llama3-8b", "mistral-7b", "phi4", "gemma2-9b"
claim(f, "7615616512", "params", "params", N[Q7], H)
claim(f, "8030261248", "params", "params", N[L8], H)
claim(f, "7241732096", "params", "params", N[MI], H)
claim(f, "14659507200", "params", "params", N[P4], H)
claim(f, "9241705984", "params", "params", N[G9], H)
ROWS = [(1, "Qwen2.5-7B", Q7, "Q4_K_M", "4,34"), (2, "Qwen2.5-7B", Q7, "Q8_0", "7,54"),
        (3, "Llama-3-8B", L8, "Q4_K_M", "4,58"), (4, "Llama-3-8B", L8, "Q5_K_M", "5,33"),
        (5, "Llama-3-8B", L8, "Q8_0", "7,95"), (6, "Mistral-7B", MI, "Q6_K", "5,53"),
        (7, "Mistral-7B", MI, "Q4_K_M", "4,13"), (8, "Phi-4", P4, "Q4_K_M", "8,35"),
        (10, "Gemma-2-9B", G9, "Q4_K_M", "5,27"), (11, "Gemma-2-9B", G9, "Q6_K", "7,06")]
for i, name, m, t, fig in ROWS:
    claim(f, fig, "quantized_file", "ГБ", GG(m, t), X, "gib_as_gb", anchor=f"| {i} | {name} | {t} |",
          note=f"{fig} ГиБ = {GG(m, t) / 1e9:.2f} ГБ")
claim(f, "14,66", "weights", "ГБ", W(P4, "fp16"), X, "wrong_dtype", anchor="| 9 | Phi-4 | F16 |", note="8 бит вместо 16; F16 29,3 ГБ")
claim(f, "4,91", "quantized_file", "ГБ", GG(G9, "Q8_0"), X, "off_2x", anchor="| 12 | Gemma-2-9B | Q8_0 |", note="4 бита вместо 8,5; Q8_0 9,82 ГБ")
claim(f, "16,06 ГиБ", "weights", "ГиБ", W(L8, "fp16"), X, "gb_as_gib", note="16,06 ГБ = 14,96 ГиБ")
claim(f, "5,65 ГиБ", "quantized_file", "ГиБ", GG(G9, "Q4_K_M"), X, "gb_as_gib", note="5,65 ГБ = 5,27 ГиБ")
claim(f, "400 КиБ", "kv_cache_per_token", "КиБ", KVT(P4), X, "off_2x", note="2 × 40 × 10 × 128 × 2 = 200 КиБ")
claim(f, "56 КиБ", "kv_cache_per_token", "КиБ", KVT(Q7), H)
claim(f, "336 КиБ", "kv_cache_per_token", "КиБ", KVT(G9), H)
claim(f, "2,625 ГиБ", "kv_cache_total", "ГиБ", KV(G9, 8192), H)
claim(f, "1,88 раза", "ratio", "раз", BPW["F16"] / BPW["Q8_0"], H)
claim(f, "69 %", "percentage", "%", 100 * (1 - BPW["Q4_K_M"] / BPW["F16"]), H)
claim(f, "4,66 ГБ", "quantized_file", "ГБ", GG(Q7, "Q4_K_M"), H, rel=0.02)
claim(f, "4,34 ГиБ", "quantized_file", "ГиБ", GG(Q7, "Q4_K_M"), H, rel=0.02)
claim(f, "29,3 ГБ", "weights", "ГБ", W(P4, "fp16"), H)
claim(f, "8,97 ГБ", "quantized_file", "ГБ", GG(P4, "Q4_K_M"), H, rel=0.02, anchor="- 11.11: Phi-4 F16")
claim(f, "6,9 %", "percentage", "%", 100 * (1 - 1e9 / GIB), H)
claim(f, "8,09 ГБ", "quantized_file", "ГБ", GG(Q7, "Q8_0"), H, rel=0.02)
claim(f, "8,53 ГБ", "quantized_file", "ГБ", GG(L8, "Q8_0"), H, rel=0.02)
claim(f, "8,97 ГБ", "quantized_file", "ГБ", GG(P4, "Q4_K_M"), H, rel=0.02, anchor="- Для 4090 выбираю")
claim(f, "7,58 ГБ", "quantized_file", "ГБ", GG(G9, "Q6_K"), H, rel=0.02)
non(f, "created: 2026-11-03", "date")
non(f, "updated: 2026-11-17", "date")
non(f, 'machine: "ws-07, RTX 4090', "hardware spec")
non(f, "llama_cpp_build: b4702", "build number")
non(f, 'calibration: "wikitext-2, 512', "calibration settings")
non(f, 'script_v1: "size.py', "script description with divisor")
non(f, 'script_v2: "size.py', "script description with divisor")
non(f, "Цель — выбрать тип квантования для каждой модели под карту 24", "card capacity")
non(f, "> До 10.11 `size.py` делил на 1024³", "date, divisor")
non(f, "## Запуски 1–12", "run numbers")
non(f, "- 12.11: средняя скорость квантования", "measured rates")
non(f, "дальше по задачам — тикет QNT-58", "ticket number, quant name")

# ---- ru_05: письмо научному руководителю с расчётами (учитель Qwen2.5-72B, ученик по конфигу Qwen2.5-1.5B) -------
f = "ru_05"
T72, S15 = "qwen2.5-72b", "qwen2.5-1.5b"
D30 = 30e9
FL_S = 6 * N[S15] * D30
HRS = FL_S / (8 * 0.40 * 312e12) / 3600
CEIL = 3.35e12 / W(T72, "fp8")
claim(f, "72,7 млрд параметров", "params", "млрд", N[T72], H)
claim(f, "72,7 ГБ", "weights", "ГБ", W(T72, "bf16"), X, "wrong_dtype", note="int8; bf16 145,4 ГБ")
claim(f, "по 145,4 ГБ весов", "weights", "ГБ", W(T72, "bf16") / 8, X, "per_gpu", note="18,2 ГБ на карту при TP=8")
claim(f, "36,4 ГиБ", "weights", "ГиБ", W(T72, "int4"), X, "gb_as_gib", note="36,4 ГБ = 33,9 ГиБ")
claim(f, "44,5 ГБ", "quantized_file", "ГБ", GG(T72, "Q4_K_M"), H, rel=0.02)
claim(f, "2,5 МиБ", "kv_cache_per_token", "МиБ", KVT(T72), X, "off_2x", note="64 головы запросов вместо 8 KV-голов; 320 КиБ")
claim(f, "10 ГиБ", "kv_cache_total", "ГиБ", KV(T72, 4096), X, "off_2x", note="1,25 ГиБ")
claim(f, "640 ГиБ", "kv_cache_total", "ГиБ", KV(T72, 4096, 64), X, "off_2x", note="80 ГиБ")
claim(f, "~46 ток/с", "throughput", "ток/с", CEIL, H, hedged=True)
claim(f, "около 118 суток", "time", "суток", D30 / (CEIL * 64), H, hedged=True)
claim(f, "120 ГБ", "arithmetic", "ГБ", D30 * 4, H)
claim(f, "60 ГБ", "arithmetic", "ГБ", D30 * 2, H)
claim(f, "4,8 ТБ", "arithmetic", "ТБ", D30 * 20 * (4 + 4), H)
claim(f, "1,54 млрд параметров", "params", "млрд", N[S15], H)
claim(f, "3,09 ГиБ", "weights", "ГиБ", W(S15, "bf16"), X, "gb_as_gib", note="3,09 ГБ = 2,88 ГиБ")
claim(f, "6,17 ГБ", "weights", "ГБ", W(S15, "fp32"), H)
claim(f, "12,3 ГБ", "training", "ГБ", 16 * N[S15], X, "off_2x", note="16 × 1,54 млрд = 24,7 ГБ")
claim(f, "49,4 ГБ", "training", "ГБ", 16 * N[S15], X, "off_2x", note="24,7 ГБ")
claim(f, "2,78 × 10¹⁹ FLOP", "flops", "FLOP", FL_S, X, "off_2x", note="2,78 × 10²⁰")
claim(f, "7,7 часа", "time", "часа", FL_S / (8 * 0.40 * 312e12), X, "off_2x", note="77,3 часа")
claim(f, "62 GPU-часа", "time", "GPU-часа", 8 * HRS, X, "off_2x", note="618 GPU-часов")
claim(f, "1,94", "tokens_per_param", "tokens/param", D30 / N[S15], X, "off_2x", anchor="- Токенов на параметр", note="19,4")
claim(f, "3,09 млрд токенов", "tokens", "млрд токенов", 20 * N[S15], X, "off_2x", note="30,9 млрд")
non(f, "sent: 2026-12-01", "date")
non(f, 'project: "грант РНФ 26-71-00312"', "grant number")
non(f, 'cluster: "8 × A100 80 ГиБ', "hardware spec")
non(f, "# Письмо руководителю (отправлено 01.12.2026)", "date")
non(f, "- 120 GPU-часов на A100 (с запасом)", "request, months")
non(f, "- Командировку на конференцию в марте", "budget")
non(f, "- Письмо ушло 01.12 в 23:40", "date, time")
non(f, "- Встреча в 15:00, кабинет 412", "time, room number")

SCALE.update({"Tbit/s": 1.25e11})

# ---- en_05: TIL collection, dated one-liners (entries marked ⚠ copied unchecked, most of them wrong) ------------
f = "en_05"
L8, L70, L27, L213 = "llama3-8b", "llama3-70b", "llama2-7b", "llama2-13b"
claim(f, "3,350 GB/s", "bandwidth", "GB/s", 3.35e12, H)
claim(f, "26.8 Tbit/s", "bandwidth", "Tbit/s", 3.35e12, H)
claim(f, "0.125 GB/s", "bandwidth", "GB/s", 1e9 / 8, H)
claim(f, "16.06 GB", "weights", "GB", W(L8, "bf16"), H, anchor="the 16.06 GB Llama-3-8B checkpoint")
claim(f, "~2.1 min", "time", "min", W(L8, "bf16") / 1.25e8, H, hedged=True)
claim(f, "141 GB", "weights", "GB", W(L70, "bf16"), H, anchor="downloads in 14 seconds")
claim(f, "14 seconds", "time", "s", W(L70, "bf16") / 1.25e9, X, "wrong_unit", note="Gbit/s read as GB/s; 113 s")
claim(f, "124,439,808 params", "params", "params", N["gpt2"], H)
claim(f, "0.25 GB", "weights", "GB", W("gpt2", "bf16"), H)
claim(f, "124M params", "params", "M", N["gpt2"], H)
claim(f, "124 MB", "weights", "MB", W("gpt2", "fp16"), X, "wrong_dtype", note="int8 size; fp16 249 MB")
claim(f, "109,482,240 params", "params", "params", N["bert-base"], H)
claim(f, "438 MB", "weights", "MB", W("bert-base", "fp32"), H)
claim(f, "670 MB", "weights", "MB", W("bert-large", "fp32"), X, "wrong_dtype", note="fp16 size; fp32 1.34 GB")
claim(f, "8 KiB", "kv_cache_per_token", "KiB", KVT("falcon-7b"), H, anchor="8 KiB of KV per token")
claim(f, "16 MiB", "kv_cache_total", "MiB", KV("falcon-7b", 2048), H)
claim(f, "568 KiB/token", "kv_cache_per_token", "KiB", KVT("falcon-7b"), X, "off_2x", note="71 query heads; MQA 8 KiB")
claim(f, "512 MiB", "kv_cache_total", "MiB", KV("mistral-7b", 4096), H)
claim(f, "4 GiB", "kv_cache_total", "GiB", KV("mistral-7b", 4096), X, "off_2x", note="window caps it at 0.5 GiB")
claim(f, "(174.6B)", "params", "B", N["gpt3"], H)
claim(f, "349 GB", "weights", "GB", W("gpt3", "fp16"), H)
claim(f, "175 GB", "weights", "GB", W("gpt3", "fp16"), X, "wrong_dtype", note="int8 size; fp16 349 GB")
claim(f, "~160B tokens", "tokens", "B tokens", 20 * N[L8], H, hedged=True)
claim(f, "~187 tokens per parameter", "tokens_per_param", "tokens/param", 15e12 / N[L8], X, "off_2x", hedged=True, note="1,868")
claim(f, "≈ 7.2 × 10²³ FLOP", "flops", "FLOP", 6 * N[L8] * 15e12, H, hedged=True)
claim(f, "7.2 × 10²² FLOP", "flops", "FLOP", 6 * N[L8] * 15e12, X, "off_2x", note="7.2e23")
claim(f, "≈ 16 GFLOP/token", "flops", "GFLOP/token", 2 * N[L8], H, hedged=True)
claim(f, "\"8 GFLOP per token", "flops", "GFLOP/token", 2 * N[L8], X, "off_2x", note="2N = 16 GFLOP")
claim(f, "126 tok/s", "throughput", "tok/s", 1008e9 / W(L8, "bf16"), X, "off_2x", note="ceiling 62.8 tok/s")
claim(f, "70 GB", "weights", "GB", W("llama2-70b", "int4"), X, "wrong_dtype", note="int8 size; int4 34.5 GB")
claim(f, "100 KiB", "kv_cache_per_token", "KiB", KVT(L213), X, "off_2x", note="Llama-2-13B is MHA: 800 KiB")
claim(f, "26.0 GB", "weights", "GB", W(L213, "fp16"), H)
claim(f, "24.2 GiB", "weights", "GiB", W(L213, "fp16"), H)
claim(f, "93.4 GB", "weights", "GB", W(ACTIVE_M7, "bf16"), X, "wrong_kind", note="bytes read per token are the active 25.8 GB")
claim(f, "15.2 GiB", "weights", "GiB", W("qwen2.5-7b", "fp16"), X, "gb_as_gib", note="15.2 GB = 14.2 GiB")
claim(f, "4.58 GB", "quantized_file", "GB", GG(L8, "Q4_K_M"), X, "gib_as_gb", note="4.58 GiB = 4.91 GB")
claim(f, "53.9 GB", "training", "GB", 16 * N[L27], X, "off_2x", note="16 x 6.74B = 107.8 GB")
claim(f, "107.8 GB per GPU", "training", "GB", zero(N[L27], 8, 3), X, "per_gpu", note="ZeRO-3 over 8: 13.5 GB per GPU")
claim(f, "4,800 Gbit/s", "bandwidth", "Gbit/s", 4.8e12, X, "wrong_unit", note="4.8 TB/s = 38,400 Gbit/s")
claim(f, "1 GiB", "kv_cache_total", "GiB", KV(L8, 131072), X, "off_2x", note="16 GiB")
claim(f, "128 KiB", "kv_cache_per_token", "KiB", KVT(L8), H)
claim(f, "16 GiB", "kv_cache_total", "GiB", KV(L8, 131072), H)
non(f, "created: 2026-07-02", "date")
non(f, "updated: 2026-11-29", "date")
non(f, "entries: 30", "count")
non(f, "last_pass: 2026-11-29", "date")
non(f, "> Pass of 2026-11-29", "date, streak count")

non("en_02", "[^bw]: H100 SXM datasheet", "footnote: bandwidth spec, efficiency, ticket")
non("ru_03", "[^1]: По паспорту L40S", "footnote: power draw")
non("ru_02", "[^zero]: Rajbhandari et al., 2019", "footnote: year, arXiv id")
non("en_03", "[^pdf]: Slides PDF v2", "footnote: pages, date")
non("ru_02", "Руководитель объяснила, что смешанная точность", "bytes per component (formula inputs)")

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
            raise SystemExit("truth.json is stale: run python tests/claims_corpus_ae/truth.py")
        summary(truth)
        print("truth.json is current; every check passed")
        return 0
    path.write_text(text, encoding="utf-8")
    summary(truth)
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
