#!/usr/bin/env python3
"""Ground truth for blind sizing-claims corpus AM (tests/claims_corpus_am/notes).

Written without reading vaultkit's code, its tests or the other corpora's notes.  Facts come
from /work/shared/claims-gold.md: bytes per dtype, exact parameter counts and configs of the
catalogued models, measured GGUF bits per weight (Llama-3.1-8B), the KV-cache, training-memory
and activation formulas.  Models that claims-gold lacks appear only with their config stated in
the note itself; the truth recomputes their parameter counts from that config with the
claims-gold formula (asserted below for the catalogued ones).  Nothing here imports vaultkit.
The checking code (figure reader, tolerance, error-class checks, output) and the model helpers
and catalogue are corpus AL's truth.py, reused unchanged (with the facts AC-AL added); AM adds
the configs its notes print, a few units, then its own claims.

    python tests/claims_corpus_am/truth.py          # verify and (re)write truth.json
    python tests/claims_corpus_am/truth.py --check  # verify; fail if truth.json is stale

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
# ---- facts for corpus AF (configs printed in the notes that use them) --------------------------
N["qwen2.5-14b"] = llama_like(5120, 13824, 48, 40, 8, 128, 152064, False, qkv_bias=True)
CFG["qwen2.5-14b"] = (5120, 48, 40, 8, 128)
assert N["qwen2.5-14b"] == 14_770_033_664
SCALE.update({"Tbit/s": 1.25e11, "Тбит/с": 1.25e11, "GPU": 1, "cards": 1, "карты": 1, "USD": 1, "tok/s/user": 1, "ток/с на пользователя": 1})
RTX3090_BW, P40_BW, MI50_BW, L40S_BW, A100_BW = 936e9, 347e9, 1024e9, 864e9, 2039e9

# ==== CLAIMS (corpus AG) ====
# ---- facts for corpus AG (configs printed in the notes that use them) --------------------------
N["yi-1.5-34b"] = llama_like(7168, 20480, 60, 56, 8, 128, 64000, False)
CFG["yi-1.5-34b"] = (7168, 60, 56, 8, 128)
N["mistral-small-24b"] = llama_like(5120, 32768, 40, 32, 8, 128, 131072, False)
CFG["mistral-small-24b"] = (5120, 40, 32, 8, 128)
assert N["yi-1.5-34b"] == 34_388_917_248 and N["mistral-small-24b"] == 23_572_403_200
SCALE.update({"ТБ/с": 1e12, "Tbit/s": 1.25e11, "Тбит/с": 1.25e11, "GB/s": 1e9, "ГБ/с": 1e9, "points": 1,
              "баллов": 1, "MT/s": 1, "users": 1, "диалогов": 1, "chats": 1, "conversations": 1})
H200_BW, RTX5090_BW, M2U_BW, STRIX_BW, A6000_BW, R3060_BW = 4.8e12, 1792e9, 800e9, 256e9, 768e9, 360e9

# ==== CLAIMS (corpus AH) ====
# ---- facts for corpus AH (configs printed in the notes that use them) --------------------------
def moe_qk(h, inter, L, a, k, d, V, E, top, tied=False):
    """claims-gold 1.6 for a Qwen3-style MoE decoder (q/k RMSNorm per head, no shared expert):
    total and active (top-k) parameters"""
    mlp = 3 * h * inter
    layer = h * a * d + 2 * h * k * d + a * d * h + E * mlp + h * E + 2 * h + 2 * d
    total = L * layer + V * h * (1 if tied else 2) + h
    return total, total - L * (E - top) * mlp


N["qwen3-8b"] = llama_like(4096, 12288, 36, 32, 8, 128, 151936, False, qk_norm=True)
N["qwen3-32b"] = llama_like(5120, 25600, 64, 64, 8, 128, 151936, False, qk_norm=True)
N["qwen3-30b-a3b"], ACTIVE_Q3MOE = moe_qk(2048, 768, 48, 32, 4, 128, 151936, 128, 8)
N["mistral-large-2"] = llama_like(12288, 28672, 88, 96, 8, 128, 32768, False)
N["smollm2-1.7b"] = llama_like(2048, 8192, 24, 32, 32, 64, 49152, True)
CFG.update({"qwen3-8b": (4096, 36, 32, 8, 128), "qwen3-32b": (5120, 64, 64, 8, 128),
            "qwen3-30b-a3b": (2048, 48, 32, 4, 128), "mistral-large-2": (12288, 88, 96, 8, 128),
            "smollm2-1.7b": (2048, 24, 32, 32, 64)})
SCALE.update({"байта": 1, "Gbit/s": 1.25e8, "GiB/s": GIB, "ГиБ/с": GIB, "MB/s": 1e6, "МБ/с": 1e6, "TFLOP/s": 1e12,
              "PFLOP/s": 1e15, "GPU-hours": 1, "GPU-часов": 1, "tok/s": 1, "ток/с": 1, "КБ": 1e3})
RTXP6000_BW, MI300X_BW, B200_BW = 1792e9, 5.3e12, 8e12

# ==== CLAIMS (corpus AI) ====
# ---- facts for corpus AI (configs printed in the notes that use them) --------------------------
N["mistral-7b-v0.3"] = llama_like(4096, 14336, 32, 32, 8, 128, 32768, False)
N["codestral-22b"] = llama_like(6144, 16384, 56, 48, 8, 128, 32768, False)
CFG.update({"mistral-7b-v0.3": (4096, 32, 32, 8, 128), "codestral-22b": (6144, 56, 48, 8, 128)})
assert N["mistral-7b-v0.3"] == 7_248_023_552 and N["codestral-22b"] == 22_247_282_688
SCALE.update({"sequences": 1, "GFLOP": 1e9, "K tokens": 1e3, "tokens": 1, "s": 1, "users": 1})
L40S_BW_AI = 864e9


# ==== CLAIMS (corpus AJ) ====
# ---- facts for corpus AJ (configs printed in the notes that use them) --------------------------
N["granite-3.1-8b"] = llama_like(4096, 12800, 40, 32, 8, 128, 49155, True)
CFG["granite-3.1-8b"] = (4096, 40, 32, 8, 128)
assert N["granite-3.1-8b"] == 8_170_848_256


# ==== CLAIMS (corpus AK) ====
# ---- facts for corpus AK (configs printed in the notes that use them) --------------------------
def olmo2(h, inter, L, a, k, d, V):
    """OLMo-2: a gated-MLP decoder like llama_like, plus RMSNorms over the full q and k projections
    (a*d + k*d weights per layer); untied head"""
    attn = h * a * d + 2 * h * k * d + a * d * h
    return L * (attn + 3 * h * inter + 2 * h + a * d + k * d) + V * h * 2 + h


N["internlm2.5-7b"] = llama_like(4096, 14336, 32, 32, 8, 128, 92544, False)
N["olmo2-7b"] = olmo2(4096, 11008, 32, 32, 32, 128, 100352)
CFG.update({"internlm2.5-7b": (4096, 32, 32, 8, 128), "olmo2-7b": (4096, 32, 32, 32, 128)})
assert N["internlm2.5-7b"] == 7_737_708_544 and N["olmo2-7b"] == 7_298_617_344


# ==== CLAIMS (corpus AL) ====
# ---- facts for corpus AL (configs printed in the notes that use them) --------------------------
N["olmo2-13b"] = olmo2(5120, 13824, 40, 40, 40, 128, 100352)
CFG["olmo2-13b"] = (5120, 40, 40, 40, 128)
assert N["olmo2-13b"] == 13_716_198_400
SCALE.update({"requests": 1, "conversations": 1, "GPU-hours": 1, "jobs": 1})


# ==== CLAIMS (corpus AM) ====
# ---- facts for corpus AM (configs printed in the notes that use them) --------------------------
N["tinyllama-1.1b"] = llama_like(2048, 5632, 22, 32, 4, 64, 32000, False)
N["phi3-medium"] = llama_like(5120, 17920, 40, 40, 10, 128, 32064, False)
N["qwen3-14b"] = llama_like(5120, 17408, 40, 40, 8, 128, 151936, False, qk_norm=True)
CFG.update({"tinyllama-1.1b": (2048, 22, 32, 4, 64), "phi3-medium": (5120, 40, 40, 10, 128),
            "qwen3-14b": (5120, 40, 40, 8, 128)})
assert N["tinyllama-1.1b"] == 1_100_048_384 and N["phi3-medium"] == 13_960_238_080
assert N["qwen3-14b"] == 14_768_307_200
SCALE.update({"chats": 1, "sessions": 1, "сессий": 1, "requests": 1, "users": 1, "conversations": 1, "findings": 1, "instances": 1,
              "карт": 1, "пользователей": 1, "запросов": 1, "диалогов": 1})

# ---- en_01: a hardware reseller's configurator help page with customer questions ----
f = "en_01"
L8, L7, Q32, MX, L405 = "llama3-8b", "llama3-70b", "qwen2.5-32b", "mixtral-8x7b", "llama3.1-405b"
R4090, RADA, H100B = 1008e9, 960e9, 3350e9
SOLO = 22.5 * GIB                             # 24 GiB - 1.5 GiB reserve
PRO = 46.5 * GIB                              # 48 GiB - 1.5 GiB reserve
OCT = 78.5 * GIB                              # 80 GiB - 1.5 GiB reserve
FS = SOLO - W(L8, "bf16")
FP = PRO - W(Q32, "fp8")
W7C = W(L7, "bf16") / 4
W4C = W(L405, "fp8") / 8
LOQV = lora(32, 16, [(4096, 4096), (4096, 1024)])
CU = "customer's premise"
AI = "configurator assistant (AI)"
A = "- Weights in bf16: 16.06 GB, or 14.96 GiB."
claim(f, "16.06 GB", "weights", "GB", W(L8, "bf16"), H, anchor=A)
claim(f, "14.96 GiB", "weights", "GiB", W(L8, "bf16"), H, anchor=A)
A = "- Usable memory 24 − 1.5 = 22.5 GiB, so 7.54 GiB is left for the cache."
claim(f, "22.5 GiB", "arithmetic", "GiB", SOLO, H, anchor=A)
claim(f, "7.54 GiB", "arithmetic", "GiB", FS, H, anchor=A)
A = "- The cache is 128 KiB per token: an 8K conversation takes 1 GiB, so 7 conversations of 8K fit."
claim(f, "128 KiB per token", "kv_cache_per_token", "KiB", KVT(L8), H, anchor=A)
claim(f, "1 GiB", "kv_cache_total", "GiB", KV(L8, 8192), H, anchor=A)
claim(f, "7 conversations", "arithmetic", "conversations", FS // KV(L8, 8192), H, anchor=A)
A = "- Single-user ceiling: 1008 ÷ 16.06 = 62.8 tok/s."
claim(f, "16.06", "weights", "GB", W(L8, "bf16"), H, anchor=A)
claim(f, "62.8 tok/s", "throughput", "tok/s", R4090 / W(L8, "bf16"), H, anchor=A)
A = "- The Q4_K_M file is 4.91 GB (4.58 GiB) and raises the ceiling to about 205 tok/s."
claim(f, "4.91 GB", "quantized_file", "GB", GG(L8, "Q4_K_M"), H, rel=0.02, anchor=A)
claim(f, "4.58 GiB", "quantized_file", "GiB", GG(L8, "Q4_K_M"), H, rel=0.02, anchor=A)
claim(f, "about 205 tok/s", "throughput", "tok/s", R4090 / GG(L8, "Q4_K_M"), H, hedged=True, rel=0.02, anchor=A)
claim(f, "32.76 B parameters", "params", "B", N[Q32], H, anchor="The config is in this page's properties: 32.76 B parameters")
A = "- fp8 weights: 32.8 GB (30.51 GiB); bf16 would be 65.5 GB, which is 61.03 GiB"
claim(f, "32.8 GB", "weights", "GB", W(Q32, "fp8"), H, anchor=A)
claim(f, "30.51 GiB", "weights", "GiB", W(Q32, "fp8"), H, anchor=A)
claim(f, "65.5 GB", "weights", "GB", W(Q32, "bf16"), H, anchor=A)
claim(f, "61.03 GiB", "weights", "GiB", W(Q32, "bf16"), H, anchor=A)
A = "- Left for the cache: 46.5 − 30.51 = 15.99 GiB."
claim(f, "46.5", "arithmetic", "GiB", PRO, H, anchor=A)
claim(f, "30.51", "weights", "GiB", W(Q32, "fp8"), H, anchor=A)
claim(f, "15.99 GiB", "arithmetic", "GiB", FP, H, anchor=A)
A = "- At 256 KiB per token an 8K chat is 2 GiB and a 16K chat 4 GiB: 7 chats of 8K, or 3 chats of 16K."
claim(f, "256 KiB per token", "kv_cache_per_token", "KiB", KVT(Q32), H, anchor=A)
claim(f, "2 GiB", "kv_cache_total", "GiB", KV(Q32, 8192), H, anchor=A)
claim(f, "4 GiB", "kv_cache_total", "GiB", KV(Q32, 16384), H, anchor=A)
claim(f, "7 chats", "arithmetic", "chats", FP // KV(Q32, 8192), H, anchor=A)
claim(f, "3 chats", "arithmetic", "chats", FP // KV(Q32, 16384), H, anchor=A)
A = "- Ceiling in fp8: 960 ÷ 32.76 = 29.3 tok/s."
claim(f, "32.76", "weights", "GB", W(Q32, "fp8"), H, anchor=A)
claim(f, "29.3 tok/s", "throughput", "tok/s", RADA / W(Q32, "fp8"), H, anchor=A)
A = "- With the Q4_K_M file instead, a 20.0 GB download, the ceiling is roughly 48 tok/s."
claim(f, "20.0 GB", "quantized_file", "GB", GG(Q32, "Q4_K_M"), H, rel=0.02, anchor=A)
claim(f, "roughly 48 tok/s", "throughput", "tok/s", RADA / GG(Q32, "Q4_K_M"), H, hedged=True, rel=0.02, anchor=A)
A = "- bf16 weights: 141.1 GB in total, 35.28 GB per card (32.85 GiB)."
claim(f, "141.1 GB", "weights", "GB", W(L7, "bf16"), H, anchor=A)
claim(f, "35.28 GB per card", "weights", "GB", W7C, H, anchor=A)
claim(f, "32.85 GiB", "weights", "GiB", W7C, H, anchor=A)
A = "- Free per card: 46.5 − 32.85 = 13.65 GiB."
claim(f, "46.5", "arithmetic", "GiB", PRO, H, anchor=A)
claim(f, "32.85", "weights", "GiB", W7C, H, anchor=A)
claim(f, "13.65 GiB", "arithmetic", "GiB", PRO - W7C, H, anchor=A)
A = "- The cache is 320 KiB per token in total and 80 KiB per token on each card; a 32K request is 10 GiB"
claim(f, "320 KiB per token", "kv_cache_per_token", "KiB", KVT(L7), H, anchor=A)
claim(f, "80 KiB per token", "kv_cache_per_token", "KiB", KVT(L7) / 4, H, anchor=A)
claim(f, "10 GiB", "kv_cache_total", "GiB", KV(L7, 32768), H, anchor=A)
claim(f, "2.5 GiB per card", "kv_cache_total", "GiB", KV(L7, 32768) / 4, H, anchor=A)
claim(f, "5 requests", "arithmetic", "requests", (PRO - W7C) // (KV(L7, 32768) / 4), H, anchor=A)
A = "- Ceiling: 960 ÷ 35.28 = 27.2 tok/s for one user."
claim(f, "35.28", "weights", "GB", W7C, H, anchor=A)
claim(f, "27.2 tok/s", "throughput", "tok/s", RADA / W7C, H, anchor=A)
claim(f, "70.6 GB", "weights", "GB", W(L7, "fp8"), H, anchor="- fp8 halves the weights to 70.6 GB.")
A = "- fp8 weights: 405.9 GB, 50.73 GB per card (47.25 GiB); bf16 would need 811.7 GB"
claim(f, "405.9 GB", "weights", "GB", W(L405, "fp8"), H, anchor=A)
claim(f, "50.73 GB per card", "weights", "GB", W4C, H, anchor=A)
claim(f, "47.25 GiB", "weights", "GiB", W4C, H, anchor=A)
claim(f, "811.7 GB", "weights", "GB", W(L405, "bf16"), H, anchor=A)
claim(f, "687.2 GB", "arithmetic", "GB", 640 * GIB, H, anchor=A)
A = "- Per card for the cache: 78.5 − 47.25 = 31.25 GiB."
claim(f, "78.5", "arithmetic", "GiB", OCT, H, anchor=A)
claim(f, "47.25", "weights", "GiB", W4C, H, anchor=A)
claim(f, "31.25 GiB", "arithmetic", "GiB", OCT - W4C, H, anchor=A)
A = "- The cache takes 504 KiB per token (63 KiB per card); a 32K request is 15.75 GiB, 1.97 GiB per card, so 15 requests fit."
claim(f, "504 KiB per token", "kv_cache_per_token", "KiB", KVT(L405), H, anchor=A)
claim(f, "63 KiB per card", "kv_cache_per_token", "KiB", KVT(L405) / 8, H, anchor=A)
claim(f, "15.75 GiB", "kv_cache_total", "GiB", KV(L405, 32768), H, anchor=A)
claim(f, "1.97 GiB per card", "kv_cache_total", "GiB", KV(L405, 32768) / 8, H, anchor=A)
claim(f, "15 requests", "arithmetic", "requests", (OCT - W4C) // (KV(L405, 32768) / 8), H, anchor=A)
A = "- Ceiling: 3350 ÷ 50.73 = 66.0 tok/s."
claim(f, "50.73", "weights", "GB", W4C, H, anchor=A)
claim(f, "66.0 tok/s", "throughput", "tok/s", H100B / W4C, H, anchor=A)
for row, m, dt in (("| Llama-3-8B, bf16 | 16.06 | 14.96 | Solo |", L8, "bf16"), ("| Qwen2.5-32B, fp8 | 32.76 | 30.51 | Pro |", Q32, "fp8"),
                   ("| Mixtral-8x7B, fp8 | 46.70 | 43.50 |", MX, "fp8"), ("| Llama-3.1-70B, bf16 | 141.11 | 131.42 | Quad |", L7, "bf16"),
                   ("| Llama-3.1-405B, fp8 | 405.85 | 377.98 | Octo-H |", L405, "fp8")):
    cells = row.strip("| ").split(" | ")
    claim(f, cells[1], "weights", "GB", W(m, dt), H, anchor=row)
    claim(f, cells[2], "weights", "GiB", W(m, dt), H, anchor=row)
claim(f, "70 GB", "weights", "GB", W(L7, "bf16"), X, "wrong_dtype", anchor="**Q (Dana, lab manager):**", note=CU + "; the fp8 size; bf16 141.1 GB")
A = "**A (Tessellate support):** No: in bf16 the 70B is 141.1 GB (131.4 GiB)"
claim(f, "141.1 GB", "weights", "GB", W(L7, "bf16"), H, anchor=A)
claim(f, "131.4 GiB", "weights", "GiB", W(L7, "bf16"), H, anchor=A)
claim(f, "70 GB", "weights", "GB", W(L7, "fp8"), H, anchor=A, note="re-attributed to fp8")
claim(f, "35.3 GB", "weights", "GB", W(L7, "int4"), H, anchor=A)
claim(f, "13.6 GiB", "arithmetic", "GiB", PRO - W(L7, "int4"), H, anchor=A)
claim(f, "64 GB", "training", "GB", 16 * N[L8], X, "off_2x", anchor="**Q (Marek, PhD student):**", note=CU + "; 8 bytes per parameter; 128.5 GB")
claim(f, "128.5 GB", "training", "GB", 16 * N[L8], H, anchor="**A:** Full fine-tuning with mixed-precision Adam keeps 16 bytes per parameter, 128.5 GB")
A = "On the Quad-192 with ZeRO-3 each card holds 32.1 GB (29.9 GiB) of that state."
claim(f, "32.1 GB", "training", "GB", zero(N[L8], 4, 3), H, anchor=A)
claim(f, "29.9 GiB", "training", "GiB", zero(N[L8], 4, 3), H, anchor=A)
A = "On the Solo-24 use LoRA or QLoRA: r = 16 on q and v trains 6,815,744 parameters"
claim(f, "6,815,744 parameters", "params", "params", LOQV, H, anchor=A)
claim(f, "about 4.14 GB", "weights", "GB", N[L8] * NF4 / 8, H, hedged=True, anchor=A)
A = "**Q (Ines, startup CTO):**"
claim(f, "13B parameters", "params", "B", ACTIVE_M7, H, anchor=A)
claim(f, "26 GB", "weights", "GB", W(MX, "bf16"), X, "wrong_kind", anchor=A, note=CU + "; active only; all experts 93.4 GB")
A = "**A:** The active count is right, but all 46.7 B parameters must sit in memory"
claim(f, "46.7 B parameters", "params", "B", N[MX], H, anchor=A)
claim(f, "93.4 GB", "weights", "GB", W(MX, "bf16"), H, anchor=A)
claim(f, "46.7 GB", "weights", "GB", W(MX, "fp8"), H, anchor=A)
claim(f, "43.5 GiB", "weights", "GiB", W(MX, "fp8"), H, anchor=A)
A = "fp8 fits the Pro-48 with 3.0 GiB spare, too little for long chats."
claim(f, "3.0 GiB", "arithmetic", "GiB", PRO - W(MX, "fp8"), H, anchor=A)
claim(f, "12.9 GB", "weights", "GB", W(ACTIVE_M7, "fp8"), H, anchor=A)
claim(f, "about 74.5 tok/s", "throughput", "tok/s", RADA / W(ACTIVE_M7, "fp8"), H, hedged=True, anchor=A)
claim(f, "2.5 GiB", "kv_cache_total", "GiB", KV(L8, 8192, 20), X, "off_2x", anchor="**Q (Sven):**", note=CU + "; 20 GiB")
A = "**A:** It is 20 GiB (21.5 GB), and only 7.54 GiB is free"
claim(f, "20 GiB", "kv_cache_total", "GiB", KV(L8, 8192, 20), H, anchor=A)
claim(f, "21.5 GB", "kv_cache_total", "GB", KV(L8, 8192, 20), H, anchor=A)
claim(f, "7.54 GiB", "arithmetic", "GiB", FS, H, anchor=A)
claim(f, "7 users", "arithmetic", "users", FS // KV(L8, 8192), H, anchor=A)
claim(f, "15 with an fp8 cache", "arithmetic", "users", FS // KV(L8, 8192, b=1), H, anchor=A)
claim(f, "32 Gbit/s", "bandwidth", "Gbit/s", 32e9, X, "wrong_unit", anchor="**Q (Ravi, research software engineer):**", note=CU + "; 256 Gbit/s")
A = "**A:** 32 GB/s is 256 Gbit/s."
claim(f, "256 Gbit/s", "bandwidth", "Gbit/s", 32e9, H, anchor=A)
claim(f, "16.06 GB", "weights", "GB", W(L8, "bf16"), H, anchor=A)
claim(f, "about 0.5 s", "time", "s", W(L8, "bf16") / 32e9, H, hedged=True, anchor=A)
claim(f, "about 2.3 s", "time", "s", W(L8, "bf16") / 7e9, H, hedged=True, anchor=A)
claim(f, "about 1 Tbit/s", "bandwidth", "Tbit/s", R4090, X, "wrong_unit", hedged=True, anchor="**Q (Ravi, follow-up):**", note=CU + "; 8.064 Tbit/s")
A = "**A:** 1008 GB/s is 8.064 Tbit/s."
claim(f, "8.064 Tbit/s", "bandwidth", "Tbit/s", R4090, H, anchor=A)
claim(f, "3.125 GB/s", "bandwidth", "GB/s", 25 * 1.25e8, H, anchor=A)
claim(f, "16.06 GB", "weights", "GB", W(L8, "bf16"), H, anchor=A)
claim(f, "about 5.1 s", "time", "s", W(L8, "bf16") / 3.125e9, H, hedged=True, anchor=A)
A = "> \"For Llama-3-8B you should plan 512 KiB of KV cache per token"
claim(f, "512 KiB", "kv_cache_per_token", "KiB", KVT(L8), X, "off_2x", anchor=A, note=AI + "; query heads; 128 KiB", **Q)
claim(f, "4 GiB", "kv_cache_total", "GiB", KV(L8, 8192), X, "off_2x", anchor=A, note=AI + "; query heads; 1 GiB", **Q)
A = "> The decode ceiling on the RTX 4090 is about 31 tok/s, and the Q8_0 file is 4.27 GB.\""
claim(f, "about 31 tok/s", "throughput", "tok/s", R4090 / W(L8, "bf16"), X, "wrong_dtype", hedged=True, anchor=A, note=AI + "; fp32 ceiling; bf16 62.8", **Q)
claim(f, "4.27 GB", "quantized_file", "GB", GG(L8, "Q8_0"), X, "off_2x", anchor=A, note=AI + "; halved; 8.53 GB", **Q)
A = "Support's correction in the ticket: Llama-3-8B has 8 KV heads"
claim(f, "128 KiB per token", "kv_cache_per_token", "KiB", KVT(L8), H, anchor=A)
claim(f, "1 GiB", "kv_cache_total", "GiB", KV(L8, 8192), H, anchor=A)
claim(f, "7 fit", "arithmetic", "conversations", FS // KV(L8, 8192), H, anchor=A)
claim(f, "31 tok/s", "throughput", "tok/s", R4090 / W(L8, "fp32"), H, anchor=A, note="re-attributed to fp32")
claim(f, "62.8", "throughput", "tok/s", R4090 / W(L8, "bf16"), H, anchor=A)
claim(f, "8.53 GB", "quantized_file", "GB", GG(L8, "Q8_0"), H, rel=0.02, anchor=A)
claim(f, "7.95 GiB", "quantized_file", "GiB", GG(L8, "Q8_0"), H, rel=0.02, anchor=A)
A = "- **Summary panel units (3.2.0 to 3.2.4).**"
claim(f, "14.96 GB", "weights", "GB", W(L8, "bf16"), X, "gib_as_gb", anchor=A, note="configurator 3.2 as shown; 16.06 GB")
claim(f, "30.51 GB", "weights", "GB", W(Q32, "fp8"), X, "gib_as_gb", anchor=A, note="configurator 3.2 as shown; 32.76 GB")
claim(f, "131.42 GB", "weights", "GB", W(L7, "bf16"), X, "gib_as_gb", anchor=A, note="configurator 3.2 as shown; 141.11 GB")
A = "- Correct decimal values for those three: 16.06 GB, 32.76 GB and 141.11 GB."
claim(f, "16.06 GB", "weights", "GB", W(L8, "bf16"), H, anchor=A)
claim(f, "32.76 GB", "weights", "GB", W(Q32, "fp8"), H, anchor=A)
claim(f, "141.11 GB", "weights", "GB", W(L7, "bf16"), H, anchor=A)
A = "- **Per-card column for multi-card presets.**"
claim(f, "141.1 GB per card", "weights", "GB", W7C, X, "per_gpu", anchor=A, note="configurator 3.2; whole model per card; 35.28 GB")
claim(f, "405.9 GB per card", "weights", "GB", W4C, X, "per_gpu", anchor=A, note="configurator 3.2; whole model per card; 50.73 GB")
claim(f, "35.28 GB", "weights", "GB", W7C, H, anchor=A)
claim(f, "50.73 GB", "weights", "GB", W4C, H, anchor=A)
A = "- **Ceiling for multi-card presets.**"
claim(f, "6.8 tok/s", "throughput", "tok/s", RADA / W7C, X, "per_gpu", anchor=A, note="configurator 3.2; whole model at TP = 4; 27.2")
claim(f, "8.3 tok/s", "throughput", "tok/s", H100B / W4C, X, "per_gpu", anchor=A, note="configurator 3.2; whole model at TP = 8; 66.0")
claim(f, "27.2", "throughput", "tok/s", RADA / W7C, H, anchor=A)
claim(f, "66.0 tok/s", "throughput", "tok/s", H100B / W4C, H, anchor=A)
A = "- **fp8 cache ignored.**"
claim(f, "10.0 GiB", "kv_cache_total", "GiB", KV(L7, 32768, b=1), X, "wrong_dtype", anchor=A, note="configurator 3.2; fp16 cache for fp8; 5.0 GiB")
claim(f, "5.0 GiB", "kv_cache_total", "GiB", KV(L7, 32768, b=1), H, anchor=A)
for text, why in (
        ("created: 2027-02-11", "date"), ("updated: 2027-05-06", "date"), ("page_id: TS-HELP-214", "page id"),
        ("configurator: {version: \"3.3.1\"", "versions"), ("reserve_per_card_gib: 1.5", "config input"),
        ("  solo-24: {gpu:", "hardware spec, price"), ("  pro-48: {gpu:", "hardware spec, price"),
        ("  quad-192: {gpu:", "hardware spec, price"), ("  octo-h: {gpu:", "hardware spec, price"),
        ("  qwen2.5-32b: {hidden: 5120", "config inputs"), ("  llama3.1-405b: {hidden: 16384", "config inputs"),
        ("related: [\"[[Workstation quotes 2027]]\"", "wikilink with year"),
        ("aliases: [configurator help, Tessellate sizing FAQ, TS-HELP-214]", "page id"),
        ("> GB = 10⁹ bytes, GiB = 2³⁰ bytes.", "unit definitions, card capacity"),
        ("> The configurator keeps 1.5 GiB per card", "config input"),
        ("2. KV cache: $2 \\cdot L", "formula with free variables"),
        ("4. Usable memory per card = card memory − 1.5 GiB", "formula, config input"),
        ("| Solo-24 | 1 × RTX 4090 | 24 | 1008 | 3,890 |", "hardware spec, price"),
        ("| Pro-48 | 1 × RTX 6000 Ada | 48 | 960 | 9,450 |", "hardware spec, price"),
        ("| Quad-192 | 4 × RTX 6000 Ada | 48 | 960 | 36,900 |", "hardware spec, price"),
        ("| Octo-H | 8 × H100 SXM | 80 | 3350 | 289,000 |", "hardware spec, price"),
        ("Lead time is 3–4 weeks for Solo and Pro", "lead times, warranty"),
        ("### Llama-3-8B on Solo-24", "model and preset names"), ("### Qwen2.5-32B on Pro-48", "model and preset names"),
        ("### Llama-3.1-70B on Quad-192 (tensor parallel over 4 cards)", "model name, card count"),
        ("### Llama-3.1-405B on Octo-H (fp8, tensor parallel over 8)", "model name, card count"),
        ("Ticket 88213 was opened on 2027-04-18", "ticket number, dates, score"),
        ("> [!quote] Configurator assistant (beta, AI) — answer saved from ticket 88213", "ticket number"),
        ("- Fixed in build 3.3.0 (released 2027-04-29)", "versions, date"),
        ("Questions not covered here: presales@tessellate.example", "opening hours"),
        ("[^1]: Prices as of 2027-05-01", "date, tax rates")):
    non(f, text, why)
claim(f, "about 61,800 tokens", "tokens", "tokens", FS / KVT(L8), H, hedged=True, anchor="- Put differently, the free 7.54 GiB holds about 61,800 tokens of cache.")
CP = "competitor's configurator as displayed"
A = "- \"Llama-3-8B: weights 32.1 GB, cache 4 GiB per 8K chat, 31 tok/s on an RTX 4090.\""
claim(f, "32.1 GB", "weights", "GB", W(L8, "bf16"), X, "wrong_dtype", anchor=A, note=CP + "; fp32 size; 16.06 GB")
claim(f, "4 GiB", "kv_cache_total", "GiB", KV(L8, 8192), X, "off_2x", anchor=A, note=CP + "; query heads; 1 GiB")
claim(f, "31 tok/s", "throughput", "tok/s", R4090 / W(L8, "bf16"), X, "wrong_dtype", anchor=A, note=CP + "; fp32 ceiling; 62.8")
A = "- \"Mistral-7B: 7.24 GB in bf16; a 32K chat needs 4 GiB of cache.\""
claim(f, "7.24 GB", "weights", "GB", W("mistral-7b", "bf16"), X, "wrong_dtype", anchor=A, note=CP + "; int8 size; 14.48 GB")
claim(f, "4 GiB", "kv_cache_total", "GiB", KV("mistral-7b", 4096), X, "off_2x", anchor=A, note=CP + "; window ignored; 0.5 GiB")
claim(f, "32.8 GiB", "weights", "GiB", W(Q32, "fp8"), X, "gb_as_gib", anchor="- \"Qwen2.5-32B in fp8: 32.8 GiB.\"", note=CP + "; GB value labelled GiB; 30.51 GiB")
A = "- \"Llama-3.1-70B: 35.3 GB in fp8, with 2.5 MiB of cache per token.\""
claim(f, "35.3 GB", "weights", "GB", W(L7, "fp8"), X, "wrong_dtype", anchor=A, note=CP + "; int4 size; 70.6 GB")
claim(f, "2.5 MiB", "kv_cache_per_token", "MiB", KVT(L7), X, "off_2x", anchor=A, note=CP + "; query heads; 320 KiB")
claim(f, "12.9 GB", "weights", "GB", W(MX, "fp8"), X, "wrong_kind", anchor="- \"Mixtral-8x7B in fp8: 12.9 GB to load.\"", note=CP + "; active experts only; 46.7 GB")
claim(f, "123,600 tokens", "tokens", "tokens", FS / KVT(L8), X, "wrong_dtype", anchor="- \"Solo-24 with Llama-3-8B: 123,600 tokens", note=CP + "; fp8-cache count; 61,800")
non(f, "Customers often send us a competitor's configurator output (captured 2027-04-02).", "date")
claim(f, "3.27×", "ratio", "×", W(L8, "bf16") / GG(L8, "Q4_K_M"), H, rel=0.02, anchor="- That file is 3.27× smaller than the bf16 weights")
claim(f, "4×", "ratio", "×", 2, X, "off_2x", anchor="- \"Going from bf16 to fp8 shrinks any model's weights 4×.\"", note=CP + "; 2×")

# ---- en_02: a cloud cost-optimisation audit (findings, the teams' figures as received, remediation) ----
f = "en_02"
L8, L7, Q14, MX = "llama3-8b", "llama3-70b", "qwen2.5-14b", "mixtral-8x7b"
A100B, H100B, L40B, L4B = 2039e9, 3350e9, 864e9, 300e9
B80, B48, B24 = 0.9 * 80 * GIB, 0.9 * 48 * GIB, 0.9 * 24 * GIB
W8 = W(L8, "bf16")
W7T8 = W(L7, "bf16") / 8
W7F2 = W(L7, "fp8") / 2
C2B = 6 * N[L8] * 2e9
GH = C2B / (0.4 * 989e12) / 3600
MXC = W(ACTIVE_M7, "bf16") / 2
Q14C = W(Q14, "bf16") / 2
DD = "design doc as received"
A = "- Memory budgets use the platform policy: 0.90 of each card's memory"
claim(f, "72 GiB", "arithmetic", "GiB", B80, H, anchor=A)
claim(f, "43.2 GiB", "arithmetic", "GiB", B48, H, anchor=A)
claim(f, "21.6 GiB", "arithmetic", "GiB", B24, H, anchor=A)
claim(f, "32 GB", "weights", "GB", W(L8, "fp16"), X, "wrong_dtype", anchor="**What the design doc says** (section 4.2, as received)", note=DD + "; fp32 size; 16.06 GB")
A = "**What we found.** The service runs bf16 weights: 16.06 GB, which is 14.96 GiB."
claim(f, "16.06 GB", "weights", "GB", W8, H, anchor=A)
claim(f, "14.96 GiB", "weights", "GiB", W8, H, anchor=A)
A = "- On an A100 that leaves 72 − 14.96 = 57.04 GiB, enough for 57 conversations of 8K"
claim(f, "72", "arithmetic", "GiB", B80, H, anchor=A)
claim(f, "14.96", "weights", "GiB", W8, H, anchor=A)
claim(f, "57.04 GiB", "arithmetic", "GiB", B80 - W8, H, anchor=A)
claim(f, "57 conversations", "arithmetic", "conversations", (B80 - W8) // KV(L8, 8192), H, anchor=A)
A = "- On an L40S the budget is 43.2 GiB, so 28.24 GiB is left: 28 conversations of 8K at 1 GiB each (128 KiB per token)."
claim(f, "43.2 GiB", "arithmetic", "GiB", B48, H, anchor=A)
claim(f, "28.24 GiB", "arithmetic", "GiB", B48 - W8, H, anchor=A)
claim(f, "28 conversations", "arithmetic", "conversations", (B48 - W8) // KV(L8, 8192), H, anchor=A)
claim(f, "1 GiB each", "kv_cache_total", "GiB", KV(L8, 8192), H, anchor=A)
claim(f, "128 KiB per token", "kv_cache_per_token", "KiB", KVT(L8), H, anchor=A)
A = "- The single-user ceiling drops from 127 tok/s (A100, 2039 GB/s) to 53.8 tok/s on the L40S"
claim(f, "127 tok/s", "throughput", "tok/s", A100B / W8, H, anchor=A)
claim(f, "53.8 tok/s", "throughput", "tok/s", L40B / W8, H, anchor=A)
claim(f, "32 GB", "weights", "GB", W(L8, "fp32"), H, anchor="- 32 GB would be the fp32 size; the workbook in Appendix A used it too.", note="re-attributed to fp32")
A = "**What the design doc says:** \"bf16 weights are 141 GB on each card"
claim(f, "141 GB on each card", "weights", "GB", W7T8, X, "per_gpu", anchor=A, note=DD + "; whole model per card; 17.64 GB at TP = 8")
claim(f, "about 14.4 tok/s", "throughput", "tok/s", A100B / W7T8, X, "per_gpu", hedged=True, anchor=A, note=DD + "; whole model at TP = 8; 115.6")
A = "- At TP = 8 each A100 holds 17.64 GB (16.43 GiB) of the 141.1 GB"
claim(f, "17.64 GB", "weights", "GB", W7T8, H, anchor=A)
claim(f, "16.43 GiB", "weights", "GiB", W7T8, H, anchor=A)
claim(f, "141.1 GB", "weights", "GB", W(L7, "bf16"), H, anchor=A)
claim(f, "17.64", "weights", "GB", W7T8, H, anchor=A, occ=2)
claim(f, "115.6 tok/s", "throughput", "tok/s", A100B / W7T8, H, anchor=A)
A = "- In fp8 on 2 × H100 each card holds 35.28 GB (32.85 GiB) and has 39.15 GiB free for the cache."
claim(f, "35.28 GB", "weights", "GB", W7F2, H, anchor=A)
claim(f, "32.85 GiB", "weights", "GiB", W7F2, H, anchor=A)
claim(f, "39.15 GiB", "arithmetic", "GiB", B80 - W7F2, H, anchor=A)
A = "- The cache is 320 KiB per token, 160 KiB per card at TP = 2; a 32K request needs 10 GiB, 5 GiB per card"
claim(f, "320 KiB per token", "kv_cache_per_token", "KiB", KVT(L7), H, anchor=A)
claim(f, "160 KiB per card", "kv_cache_per_token", "KiB", KVT(L7) / 2, H, anchor=A)
claim(f, "10 GiB", "kv_cache_total", "GiB", KV(L7, 32768), H, anchor=A)
claim(f, "5 GiB per card", "kv_cache_total", "GiB", KV(L7, 32768) / 2, H, anchor=A)
claim(f, "7 requests", "arithmetic", "requests", (B80 - W7F2) // (KV(L7, 32768) / 2), H, anchor=A)
A = "- The fp8 ceiling at TP = 2 is 3350 ÷ 35.28 = 95.0 tok/s"
claim(f, "35.28", "weights", "GB", W7F2, H, anchor=A)
claim(f, "95.0 tok/s", "throughput", "tok/s", H100B / W7F2, H, anchor=A)
claim(f, "128 GB on every GPU", "training", "GB", zero(N[L8], 16, 3), X, "per_gpu", anchor="with ZeRO-3 across 16 GPUs that is 128 GB on every GPU", note=DD + "; the total; 8.03 GB per GPU")
A = "- 16 bytes per parameter is right and gives 128.5 GB of model state"
claim(f, "128.5 GB", "training", "GB", 16 * N[L8], H, anchor=A)
claim(f, "8.03 GB", "training", "GB", zero(N[L8], 16, 3), H, anchor=A)
claim(f, "7.48 GiB", "training", "GiB", zero(N[L8], 16, 3), H, anchor=A)
claim(f, "9.64 \\times 10^{19}", "flops", "FLOP", C2B, H, anchor="- The monthly job trains on 2 B tokens:")
A = "- At 40 % MFU of 989 TFLOP/s that is 67.7 GPU-hours, 4.2 hours of wall time on the 16 GPUs."
claim(f, "67.7 GPU-hours", "time", "GPU-hours", GH, H, anchor=A)
claim(f, "4.2 hours", "time", "hours", GH / 16 * 3600, H, anchor=A)
claim(f, "11,520 GPU-hours", "time", "GPU-hours", 16 * 720, H, anchor="- The reservation paid for 16 × 720 = 11,520 GPU-hours in May")
A = "**What the retention policy says:** \"Each checkpoint is 16 GB, so keeping the last 40 costs 640 GB.\""
claim(f, "16 GB", "training", "GB", 16 * N[L8], X, "wrong_kind", anchor=A, note="retention policy; bf16 weights only; 128.5 GB resumable")
claim(f, "640 GB", "training", "GB", 40 * 16 * N[L8], X, "wrong_kind", anchor=A, note="retention policy; weights only; 5.14 TB")
A = "**What we found.** 16.06 GB is the bf16 weights alone"
claim(f, "16.06 GB", "weights", "GB", W8, H, anchor=A)
claim(f, "128.5 GB", "training", "GB", 16 * N[L8], H, anchor=A)
A = "- 40 such checkpoints are 5.14 TB (4.67 TiB), eight times what the policy assumed."
claim(f, "5.14 TB", "training", "TB", 40 * 16 * N[L8], H, anchor=A)
claim(f, "4.67 TiB", "training", "TiB", 40 * 16 * N[L8], H, anchor=A)
claim(f, "980 GB", "arithmetic", "GB", 3 * 16 * N[L8] + 37 * W8, H, anchor="- Keeping 3 resumable checkpoints plus weight-only exports of the rest needs")
A = "**What the runbook says:** \"The 10 Gbit/s interconnect moves 10 GB/s"
claim(f, "10 GB/s", "bandwidth", "GB/s", 10 * 1.25e8, X, "wrong_unit", anchor=A, note="runbook; 1.25 GB/s")
claim(f, "141 GB", "weights", "GB", W(L7, "bf16"), H, anchor=A)
claim(f, "about 14 s", "time", "s", W(L7, "bf16") / 1.25e9, X, "wrong_unit", hedged=True, anchor=A, note="runbook; Gbit/s read as GB/s; 113 s")
A = "- 10 Gbit/s is 1.25 GB/s; the 141.1 GB checkpoint takes about 113 s per pull."
claim(f, "1.25 GB/s", "bandwidth", "GB/s", 10 * 1.25e8, H, anchor=A)
claim(f, "141.1 GB", "weights", "GB", W(L7, "bf16"), H, anchor=A)
claim(f, "about 113 s", "time", "s", W(L7, "bf16") / 1.25e9, H, hedged=True, anchor=A)
claim(f, "4.23 TB", "arithmetic", "TB", 30 * W(L7, "bf16"), H, anchor="- 30 pulls a day move 4.23 TB across regions")
A = "**What the capacity plan says:** \"Each decode step reads the whole model, 2039 ÷ 93.4 = 21.8 tok/s per replica"
claim(f, "93.4", "weights", "GB", W(MX, "bf16"), H, anchor=A)
claim(f, "21.8 tok/s", "throughput", "tok/s", A100B / MXC, X, "wrong_kind", anchor=A, note="capacity plan; whole MoE file, whole model per card; 158.3")
A = "- Mixtral keeps 93.4 GB in bf16, 46.7 GB (43.5 GiB) per card at TP = 2"
claim(f, "93.4 GB", "weights", "GB", W(MX, "bf16"), H, anchor=A)
claim(f, "46.7 GB", "weights", "GB", W(MX, "bf16") / 2, H, anchor=A)
claim(f, "43.5 GiB", "weights", "GiB", W(MX, "bf16") / 2, H, anchor=A)
claim(f, "25.76 GB", "weights", "GB", W(ACTIVE_M7, "bf16"), H, anchor=A)
claim(f, "12.88 GB per card", "weights", "GB", MXC, H, anchor=A)
A = "- The per-replica ceiling is therefore 2039 ÷ 12.88 = 158.3 tok/s"
claim(f, "12.88", "weights", "GB", MXC, H, anchor=A)
claim(f, "158.3 tok/s", "throughput", "tok/s", A100B / MXC, H, anchor=A)
A = "a Q4_K_M file of 4.91 GB (69.4 % smaller than bf16)"
claim(f, "4.91 GB", "quantized_file", "GB", GG(L8, "Q4_K_M"), H, rel=0.02, anchor=A)
claim(f, "69.4 %", "percentage", "%", 100 * (1 - GG(L8, "Q4_K_M") / W8), H, anchor=A)
A = "**What the team wrote:** \"Qwen2.5-14B is 14.77 B parameters, 29.5 GB in bf16"
claim(f, "14.77 B parameters", "params", "B", N[Q14], H, anchor=A)
claim(f, "29.5 GB", "weights", "GB", W(Q14, "bf16"), H, anchor=A)
A = "- The figures are right: 29.54 GB is 27.51 GiB"
claim(f, "29.54 GB", "weights", "GB", W(Q14, "bf16"), H, anchor=A)
claim(f, "27.51 GiB", "weights", "GiB", W(Q14, "bf16"), H, anchor=A)
claim(f, "14.77 GB", "weights", "GB", Q14C, H, anchor=A)
claim(f, "13.76 GiB", "weights", "GiB", Q14C, H, anchor=A)
claim(f, "7.84 GiB", "arithmetic", "GiB", B24 - Q14C, H, anchor=A)
A = "- The cache is 192 KiB per token, 3 GiB per 16K request and 1.5 GiB per card"
claim(f, "192 KiB per token", "kv_cache_per_token", "KiB", KVT(Q14), H, anchor=A)
claim(f, "3 GiB", "kv_cache_total", "GiB", KV(Q14, 16384), H, anchor=A)
claim(f, "1.5 GiB per card", "kv_cache_total", "GiB", KV(Q14, 16384) / 2, H, anchor=A)
claim(f, "5 requests", "arithmetic", "requests", (B24 - Q14C) // (KV(Q14, 16384) / 2), H, anchor=A)
claim(f, "14.77", "weights", "GB", Q14C, H, anchor=A)
claim(f, "20.3 tok/s", "throughput", "tok/s", L4B / Q14C, H, anchor=A)
A = "- One L40S in fp8 holds the 14.77 GB of weights (13.76 GiB) with 29.44 GiB free"
claim(f, "14.77 GB", "weights", "GB", W(Q14, "fp8"), H, anchor=A)
claim(f, "13.76 GiB", "weights", "GiB", W(Q14, "fp8"), H, anchor=A)
claim(f, "29.44 GiB", "arithmetic", "GiB", B48 - W(Q14, "fp8"), H, anchor=A)
claim(f, "9 requests", "arithmetic", "requests", (B48 - W(Q14, "fp8")) // KV(Q14, 16384), H, anchor=A)
claim(f, "58.5 tok/s", "throughput", "tok/s", L40B / W(Q14, "fp8"), H, anchor=A)
WB = "capacity workbook as received"
claim(f, "32.1", "weights", "GB", W8, X, "wrong_dtype", anchor="| weights, bf16 | 32.1 | GB | ✘ |", note=WB + "; fp32 size; 16.06 GB")
claim(f, "512", "kv_cache_per_token", "KiB", KVT(L8), X, "off_2x", anchor="| KV cache per token | 512 | KiB | ✘ |", note=WB + "; query heads; 128 KiB")
claim(f, "4", "kv_cache_total", "GiB", KV(L8, 8192), X, "off_2x", anchor="| cache per 8K conversation | 4 | GiB | ✘ |", note=WB + "; query heads; 1 GiB")
claim(f, "10", "arithmetic", "conversations", (B80 - W8) // KV(L8, 8192), X, "off_2x", anchor="| conversations per A100 | 10 | count | ✘ |", note=WB + "; fp32 weights and query heads; 57")
claim(f, "63.5", "throughput", "tok/s", A100B / W8, X, "wrong_dtype", anchor="| ceiling per user | 63.5 | tok/s | ✘ |", note=WB + "; fp32 ceiling; 127")
A = "Corrected: 16.06 GB, 128 KiB per token, 1 GiB per conversation, 57 conversations and 127 tok/s."
claim(f, "16.06 GB", "weights", "GB", W8, H, anchor=A)
claim(f, "128 KiB per token", "kv_cache_per_token", "KiB", KVT(L8), H, anchor=A)
claim(f, "1 GiB per conversation", "kv_cache_total", "GiB", KV(L8, 8192), H, anchor=A)
claim(f, "57 conversations", "arithmetic", "conversations", (B80 - W8) // KV(L8, 8192), H, anchor=A)
claim(f, "127 tok/s", "throughput", "tok/s", A100B / W8, H, anchor=A)
FB = "FinOps assistant (AI)"
A = "Fine-tuning the 8B model needs 8 bytes per parameter, i.e. 64 GB of state"
claim(f, "64 GB", "training", "GB", 16 * N[L8], X, "off_2x", anchor=A, note=FB + "; 8 bytes per parameter; 128.5 GB", **Q)
A = "> The 70B in fp8 at TP = 2 puts 70.6 GB on each H100"
claim(f, "70.6 GB on each H100", "weights", "GB", W7F2, X, "per_gpu", anchor=A, note=FB + "; whole model per card; 35.28 GB", **Q)
claim(f, "6.3 GiB", "arithmetic", "GiB", B80 - W7F2, X, "per_gpu", anchor=A, note=FB + "; whole model per card; 39.15 GiB", **Q)
A = "Auditor's check: the state is 128.5 GB at 16 bytes per parameter"
claim(f, "128.5 GB", "training", "GB", 16 * N[L8], H, anchor=A)
claim(f, "70.6 GB", "weights", "GB", W(L7, "fp8"), H, anchor=A)
claim(f, "35.28 GB", "weights", "GB", W7F2, H, anchor=A)
claim(f, "39.15 GiB", "arithmetic", "GiB", B80 - W7F2, H, anchor=A)
for text, why in (
        ("audit_id: FA-2027-06", "audit id"), ("period: {from: 2027-03-01", "dates"),
        ("policy: {memory_fraction: 0.90", "config inputs"), ("  a100-80: {memory_gib: 80", "hardware spec, price"),
        ("  h100-80: {memory_gib: 80", "hardware spec, price"), ("  l40s-48: {memory_gib: 48", "hardware spec, price"),
        ("  l4-24: {memory_gib: 24", "hardware spec, price"), ("  qwen2.5-14b: {hidden: 5120", "config inputs"),
        ("title: \"Cost-optimisation audit FA-2027-06", "audit id"), ("aliases: [FA-2027-06, GPU cost audit Q2 2027]", "audit id, quarter"),
        ("# Audit FA-2027-06: GPU cost optimisation", "audit id"),
        ("> 8 findings, 3 of them high. Estimated recoverable spend: $61,400 per month", "counts, money"),
        ("- 90 days of billing export (1,412 instance-days of GPU time)", "period, counts"),
        ("- GB = 10⁹ bytes and GiB = 2³⁰ bytes", "unit definitions"),
        ("| F-01 | 8B chat model on A100 cards | high | 17,300 |", "finding id, money"),
        ("| F-02 | 70B served at TP = 8 in bf16 | high | 21,600 |", "finding id, money"),
        ("| F-03 | idle fine-tuning reservation | high | 11,200 |", "finding id, money"),
        ("| F-04 | checkpoint retention | medium | 4,100 |", "finding id, money"),
        ("| F-05 | cross-region model pulls | medium | 2,900 |", "finding id, money"),
        ("| F-06 | MoE batch fleet over-provisioned | medium | 3,100 |", "finding id, money"),
        ("| F-07 | no quantised tier for internal tools | low | 700 |", "finding id, money"),
        ("| F-08 | 14B model split over two L4s | low | 500 |", "finding id, money"),
        ("## F-01 · chat-assist: Llama-3.1-8B on A100 cards", "finding id, model name"),
        ("**Recommendation.** Move chat-assist to L40S; keep two A100 replicas for the 2 % of traffic", "traffic share, context"),
        ("**Management response.** Accepted; migration planned for sprint 27-14.", "sprint number"),
        ("## F-02 · doc-qa: Llama-3.1-70B at TP = 8 in bf16", "finding id, parallelism"),
        ("**Recommendation.** Re-deploy as fp8 at TP = 2 on H100", "deployment counts"),
        ("**Management response.** Accepted with a quality gate (fp8 eval within 0.5 points of bf16).", "eval threshold"),
        ("## F-03 · ft-pipeline: idle fine-tuning reservation", "finding id"),
        ("## F-04 · ft-pipeline: checkpoint retention", "finding id"),
        ("## F-05 · cross-region model pulls", "finding id"),
        ("## F-06 · summarise-batch: Mixtral-8x7B on A100 pairs", "finding id, model name"),
        ("- The per-replica ceiling is therefore", "placeholder"),
        ("**Recommendation.** Shrink the fleet to 4 pairs; schedule the batch between 01:00 and 05:00 UTC.", "replica count, times"),
        ("## F-07 · internal tools without a quantised tier", "finding id"),
        ("- The tools' p95 latency target is 2.5 s, met by the CPU pilot (1.9 s measured).", "latency target, measured latency"),
        ("## F-08 · Qwen2.5-14B split over two L4 cards", "finding id, model name"),
        ("| item | team's value | unit | auditor |", "placeholder"),
        ("[^1]: Prices are list on-demand rates for eu-west, 2027-05", "date, discount")):
    if why != "placeholder":
        non(f, text, why)
A = "- At about 1,500 tokens per call that is 60 M tokens a day, or 1.8 B tokens in a 30-day month."
claim(f, "60 M tokens", "tokens", "M tokens", 40000 * 1500, H, anchor=A)
claim(f, "1.8 B tokens", "tokens", "B tokens", 40000 * 1500 * 30, H, anchor=A)
DQ = "doc-qa capacity tab as received"
claim(f, "141.1", "weights", "GB", W7T8, X, "per_gpu", anchor="| weights per A100 at TP = 8, bf16 | 141.1 | GB |", note=DQ + "; whole model per card; 17.64")
claim(f, "2.5", "kv_cache_per_token", "MiB", KVT(L7), X, "off_2x", anchor="| KV cache per token | 2.5 | MiB |", note=DQ + "; query heads; 320 KiB")
claim(f, "80", "kv_cache_total", "GiB", KV(L7, 32768), X, "off_2x", anchor="| cache per 32K request | 80 | GiB |", note=DQ + "; query heads; 10 GiB")
claim(f, "14.4", "throughput", "tok/s", A100B / W7T8, X, "per_gpu", anchor="| ceiling per user | 14.4 | tok/s |", note=DQ + "; whole model at TP = 8; 115.6")
claim(f, "564.4", "training", "GB", 16 * N[L7], X, "off_2x", anchor="| fine-tuning state for the 70B, 8 bytes per parameter | 564.4 | GB |", note=DQ + "; 8 bytes per parameter; 1,129 GB")
non(f, "**Recommendation.** Keep a replica of the checkpoint bucket in each serving region[^1].", "footnote reference")

# ---- en_03: a research-computing office's GPU procurement FAQ for grant holders ----
f = "en_03"
L27, L213, MS, FA, TL, P3 = "llama2-7b", "llama2-13b", "mistral-7b", "falcon-7b", "tinyllama-1.1b", "phi3-medium"
R4090, RADA = 1008e9, 960e9
CTL = 6 * N[TL] * 3e12
TTL = CTL / (16 * 0.4 * 312e12)
LQV = lora(32, 8, [(4096, 4096), (4096, 4096)])
RF = "RC-12 form as returned"
A = "Yes. Llama-2-7B has 6.74 B parameters: 13.48 GB in bf16 (12.55 GiB)"
claim(f, "6.74 B parameters", "params", "B", N[L27], H, anchor=A)
claim(f, "13.48 GB", "weights", "GB", W(L27, "bf16"), H, anchor=A)
claim(f, "12.55 GiB", "weights", "GiB", W(L27, "bf16"), H, anchor=A)
A = "Its cache is large, though: 512 KiB per token, 2 GiB for one 4K sequence and 16 GiB for a batch of 8"
claim(f, "512 KiB per token", "kv_cache_per_token", "KiB", KVT(L27), H, anchor=A)
claim(f, "2 GiB", "kv_cache_total", "GiB", KV(L27, 4096), H, anchor=A)
claim(f, "16 GiB", "kv_cache_total", "GiB", KV(L27, 4096, 8), H, anchor=A)
claim(f, "at most 74.8 tok/s", "throughput", "tok/s", R4090 / W(L27, "bf16"), H, bound="upper", anchor="One user decodes at most 74.8 tok/s")
A = "Not in bf16 on one 24 GiB card: the weights are 26.03 GB, i.e. 24.24 GiB."
claim(f, "26.03 GB", "weights", "GB", W(L213, "bf16"), H, anchor=A)
claim(f, "24.24 GiB", "weights", "GiB", W(L213, "bf16"), H, anchor=A)
claim(f, "13.02 GB", "weights", "GB", W(L213, "int8"), H, anchor=A)
claim(f, "12.12 GiB", "weights", "GiB", W(L213, "int8"), H, anchor=A)
A = "A Q4_K_M file is about 7.96 GB (7.42 GiB); on the RTX 4090 that gives a ceiling near 127 tok/s."
claim(f, "about 7.96 GB", "quantized_file", "GB", GG(L213, "Q4_K_M"), H, hedged=True, rel=0.02, anchor=A)
claim(f, "7.42 GiB", "quantized_file", "GiB", GG(L213, "Q4_K_M"), H, rel=0.02, anchor=A)
claim(f, "127 tok/s", "throughput", "tok/s", R4090 / GG(L213, "Q4_K_M"), H, hedged=True, rel=0.02, anchor=A)
A = "The 13B cache is 800 KiB per token, 3.125 GiB for a 4K sequence."
claim(f, "800 KiB per token", "kv_cache_per_token", "KiB", KVT(L213), H, anchor=A)
claim(f, "3.125 GiB", "kv_cache_total", "GiB", KV(L213, 4096), H, anchor=A)
A = "No. Mistral-7B keeps only its 4096-token window, so one sequence never holds more than 0.5 GiB"
claim(f, "0.5 GiB", "kv_cache_total", "GiB", KV(MS, 4096), H, anchor=A)
claim(f, "128 KiB per token", "kv_cache_per_token", "KiB", KVT(MS), H, anchor=A)
A = "A batch of 16 long sequences therefore needs 8 GiB, and the 14.48 GB (13.49 GiB) of bf16 weights"
claim(f, "8 GiB", "kv_cache_total", "GiB", KV(MS, 4096, 16), H, anchor=A)
claim(f, "14.48 GB", "weights", "GB", W(MS, "bf16"), H, anchor=A)
claim(f, "13.49 GiB", "weights", "GiB", W(MS, "bf16"), H, anchor=A)
claim(f, "107.8 GB", "training", "GB", 16 * N[L27], H, anchor="Full fine-tuning with Adam in mixed precision needs 16 bytes per parameter: 107.8 GB")
A = "With ZeRO-3 on four A100 cards that is 26.95 GB (25.1 GiB) per card."
claim(f, "26.95 GB", "training", "GB", zero(N[L27], 4, 3), H, anchor=A)
claim(f, "25.1 GiB", "training", "GiB", zero(N[L27], 4, 3), H, anchor=A)
A = "LoRA with r = 8 on q and v trains 4,194,304 parameters"
claim(f, "4,194,304 parameters", "params", "params", LQV, H, anchor=A)
claim(f, "67.1 MB", "training", "MB", 16 * LQV, H, anchor=A)
claim(f, "about 3.48 GB", "weights", "GB", N[L27] * NF4 / 8, H, hedged=True, anchor=A)
A = "The config gives 1,100,048,384 parameters, 2.20 GB in bf16 and 17.6 GB of training state."
claim(f, "1,100,048,384 parameters", "params", "params", N[TL], H, anchor=A)
claim(f, "2.20 GB", "weights", "GB", W(TL, "bf16"), H, anchor=A)
claim(f, "17.6 GB", "training", "GB", 16 * N[TL], H, anchor=A)
claim(f, "1.98 \\times 10^{22}", "flops", "FLOP", CTL, H, hedged=True, anchor="Three trillion tokens cost $6 \\times 1.1")
A = "On 16 A100 cards at 40 % MFU of 312 TFLOP/s that is about 115 days, or 44,070 GPU-hours"
claim(f, "about 115 days", "time", "days", TTL, H, hedged=True, anchor=A)
claim(f, "44,070 GPU-hours", "time", "GPU-hours", TTL * 16 / 3600, H, anchor=A)
A = "Its cache is tiny: 22,528 bytes per token (22 KiB), 44 MiB for a 2K sequence."
claim(f, "22,528 bytes per token", "kv_cache_per_token", "bytes", KVT(TL), H, anchor=A)
claim(f, "22 KiB", "kv_cache_per_token", "KiB", KVT(TL), H, anchor=A)
claim(f, "44 MiB", "kv_cache_total", "MiB", KV(TL, 2048), H, anchor=A)
A = "Phi-3-medium has 13.96 B parameters: 27.92 GB in bf16 (26.0 GiB), 13.96 GB in fp8."
claim(f, "13.96 B parameters", "params", "B", N[P3], H, anchor=A)
claim(f, "27.92 GB", "weights", "GB", W(P3, "bf16"), H, anchor=A)
claim(f, "26.0 GiB", "weights", "GiB", W(P3, "bf16"), H, anchor=A)
claim(f, "13.96 GB", "weights", "GB", W(P3, "fp8"), H, anchor=A)
A = "On an RTX 6000 Ada with a 0.90 memory fraction, bf16 leaves 17.2 GiB for the cache"
claim(f, "17.2 GiB", "arithmetic", "GiB", 0.9 * 48 * GIB - W(P3, "bf16"), H, anchor=A)
claim(f, "200 KiB per token", "kv_cache_per_token", "KiB", KVT(P3), H, anchor=A)
claim(f, "800 MiB", "kv_cache_total", "MiB", KV(P3, 4096), H, anchor=A)
A = "The single-user ceiling in bf16 is 960 ÷ 27.92 = 34.4 tok/s"
claim(f, "27.92", "weights", "GB", W(P3, "bf16"), H, anchor=A)
claim(f, "34.4 tok/s", "throughput", "tok/s", RADA / W(P3, "bf16"), H, anchor=A)
claim(f, "8.54 GB", "quantized_file", "GB", GG(P3, "Q4_K_M"), H, rel=0.02, anchor=A)
claim(f, "7.95 GiB", "quantized_file", "GiB", GG(P3, "Q4_K_M"), H, rel=0.02, anchor=A)
A = "6.92 B parameters, 13.84 GB in bf16. Falcon-7B uses one KV head"
claim(f, "6.92 B parameters", "params", "B", N[FA], H, anchor=A)
claim(f, "13.84 GB", "weights", "GB", W(FA, "bf16"), H, anchor=A)
claim(f, "8 KiB per token", "kv_cache_per_token", "KiB", KVT(FA), H, anchor=A)
claim(f, "16 MiB", "kv_cache_total", "MiB", KV(FA, 2048), H, anchor=A)
A = "- \"Llama-2-13B needs 13 GB in bf16, so one RTX 4090 is fine.\""
claim(f, "13 GB", "weights", "GB", W(L213, "bf16"), X, "wrong_dtype", anchor=A, note=RF + "; int8 size; 26.03 GB")
claim(f, "13 GB", "weights", "GB", W(L213, "int8"), H, anchor=A, occ=2, note="re-attributed to int8")
claim(f, "26.03 GB", "weights", "GB", W(L213, "bf16"), H, anchor=A)
A = "- \"Llama-2-7B weights: 27 GB in bf16.\""
claim(f, "27 GB", "weights", "GB", W(L27, "bf16"), X, "wrong_dtype", anchor=A, note=RF + "; fp32 size; 13.48 GB")
claim(f, "27 GB", "weights", "GB", W(L27, "fp32"), H, anchor=A, occ=2, note="re-attributed to fp32")
claim(f, "13.48 GB", "weights", "GB", W(L27, "bf16"), H, anchor=A)
A = "- \"A batch of 8 Llama-2-7B sequences of 4K needs 2 GiB of cache.\""
claim(f, "2 GiB", "kv_cache_total", "GiB", KV(L27, 4096, 8), X, "off_2x", anchor=A, note=RF + "; batch forgotten; 16 GiB")
claim(f, "16 GiB", "kv_cache_total", "GiB", KV(L27, 4096, 8), H, anchor=A)
A = "- \"Mistral-7B at 32K context: 4 GiB of cache per sequence.\""
claim(f, "4 GiB", "kv_cache_total", "GiB", KV(MS, 4096), X, "off_2x", anchor=A, note=RF + "; window ignored; 0.5 GiB")
claim(f, "0.5 GiB", "kv_cache_total", "GiB", KV(MS, 4096), H, anchor=A)
A = "- \"Falcon-7B has 71 heads, so 568 KiB of cache per token and 1136 MiB for 2K.\""
claim(f, "568 KiB", "kv_cache_per_token", "KiB", KVT(FA), X, "off_2x", anchor=A, note=RF + "; 71 query heads for one KV head; 8 KiB")
claim(f, "1136 MiB", "kv_cache_total", "MiB", KV(FA, 2048), X, "off_2x", anchor=A, note=RF + "; 71 heads; 16 MiB")
claim(f, "8 KiB", "kv_cache_per_token", "KiB", KVT(FA), H, anchor=A)
claim(f, "16 MiB", "kv_cache_total", "MiB", KV(FA, 2048), H, anchor=A)
A = "- \"Full fine-tune of Llama-2-7B: 16 bytes × 6.74 B = 107.8 GB per GPU with ZeRO-3 on 4 GPUs"
claim(f, "107.8 GB per GPU", "training", "GB", zero(N[L27], 4, 3), X, "per_gpu", anchor=A, note=RF + "; total given per GPU; 26.95 GB")
claim(f, "107.8 GB", "training", "GB", 16 * N[L27], H, anchor=A, occ=2, note="re-attributed as the total")
claim(f, "26.95 GB", "training", "GB", zero(N[L27], 4, 3), H, anchor=A)
A = "- \"Pre-training TinyLlama on 3 T tokens: 2 × 1.1 B × 3 T = 6.6 × 10²¹ FLOP.\""
claim(f, "6.6 × 10²¹ FLOP", "flops", "FLOP", CTL, X, "off_2x", anchor=A, note=RF + "; 2ND for training; 1.98e22")
claim(f, "1.98 × 10²² FLOP", "flops", "FLOP", CTL, H, anchor=A)
A = "- \"At 40 % MFU on 16 A100 cards that takes about 11.5 days.\""
claim(f, "about 11.5 days", "time", "days", TTL, X, "off_2x", hedged=True, anchor=A, note=RF + "; off by ten; 115 days")
claim(f, "About 115 days", "time", "days", TTL, H, hedged=True, anchor=A)
A = "- \"GPT-2 XL (1.56 B) in fp32: 3.12 GB.\""
claim(f, "1.56 B", "params", "B", N["gpt2-xl"], H, anchor=A)
claim(f, "3.12 GB", "weights", "GB", W("gpt2-xl", "fp32"), X, "wrong_dtype", anchor=A, note=RF + "; bf16 size; 6.23 GB")
claim(f, "3.12 GB", "weights", "GB", W("gpt2-xl", "bf16"), H, anchor=A, occ=2, note="re-attributed to bf16")
claim(f, "6.23 GB", "weights", "GB", W("gpt2-xl", "fp32"), H, anchor=A)
A = "- \"BERT-base in fp32 is 438 MiB.\""
claim(f, "438 MiB", "weights", "MiB", W("bert-base", "fp32"), X, "gb_as_gib", anchor=A, note=RF + "; MB value labelled MiB; 417.6 MiB")
claim(f, "438 MB", "weights", "MB", W("bert-base", "fp32"), H, anchor=A)
claim(f, "417.6 MiB", "weights", "MiB", W("bert-base", "fp32"), H, anchor=A)
A = "- \"Our NAS link is 25 Gbit/s, so the 26.03 GB of Llama-2-13B load in about 1 s.\""
claim(f, "26.03 GB", "weights", "GB", W(L213, "bf16"), H, anchor=A)
claim(f, "about 1 s", "time", "s", W(L213, "bf16") / 3.125e9, X, "wrong_unit", hedged=True, anchor=A, note=RF + "; Gbit/s read as GB/s; 8.3 s")
claim(f, "3.125 GB/s", "bandwidth", "GB/s", 25 * 1.25e8, H, anchor=A)
claim(f, "about 8.3 s", "time", "s", W(L213, "bf16") / 3.125e9, H, hedged=True, anchor=A)
A = "- \"Phi-3-medium in bf16 is 27.92 GiB, too much for a 48 GiB card?\""
claim(f, "27.92 GiB", "weights", "GiB", W(P3, "bf16"), X, "gb_as_gib", anchor=A, note=RF + "; GB value labelled GiB; 26.0 GiB")
claim(f, "27.92 GB", "weights", "GB", W(P3, "bf16"), H, anchor=A)
claim(f, "26.0 GiB", "weights", "GiB", W(P3, "bf16"), H, anchor=A)
A = "- \"LoRA r = 8 on q and v of Llama-2-7B: 2.1 M trainable parameters.\""
claim(f, "2.1 M", "params", "M", LQV, X, "off_2x", anchor=A, note=RF + "; halved; 4.19 M")
claim(f, "4.19 M", "params", "M", LQV, H, anchor=A)
A = "> The model (Llama-2-13B, 13.02 B parameters) is served in int8"
claim(f, "13.02 B parameters", "params", "B", N[L213], H, anchor=A)
claim(f, "13.02", "weights", "GB", W(L213, "int8"), H, anchor=A, occ=3)
A = "> The cache for 4 users at 4K is $4 \\times 3.125 = 12.5\\ \\text{GiB}$"
claim(f, "12.5", "kv_cache_total", "GiB", KV(L213, 4096, 4), H, anchor=A)
claim(f, "12.12 GiB", "weights", "GiB", W(L213, "int8"), H, anchor=A)
claim(f, "24.62 GiB", "arithmetic", "GiB", KV(L213, 4096, 4) + W(L213, "int8"), H, anchor=A)
BOT = "helpdesk bot (AI)"
A = "> \"Phi-3-medium has 14 B parameters and 40 attention heads"
claim(f, "14 B parameters", "params", "B", N[P3], H, anchor=A, **Q)
claim(f, "800 KiB per token", "kv_cache_per_token", "KiB", KVT(P3), X, "off_2x", anchor=A, note=BOT + "; query heads; 200 KiB", **Q)
claim(f, "3.1 GiB", "kv_cache_total", "GiB", KV(P3, 4096), X, "off_2x", anchor=A, note=BOT + "; query heads; 800 MiB", **Q)
claim(f, "55.8 GB", "weights", "GB", W(P3, "bf16"), X, "wrong_dtype", anchor=A, note=BOT + "; fp32 size; 27.92 GB", **Q)
A = "Office note: Phi-3-medium has 10 KV heads, so 200 KiB per token"
claim(f, "200 KiB per token", "kv_cache_per_token", "KiB", KVT(P3), H, anchor=A)
claim(f, "800 MiB", "kv_cache_total", "MiB", KV(P3, 4096), H, anchor=A)
claim(f, "27.92 GB", "weights", "GB", W(P3, "bf16"), H, anchor=A)
claim(f, "8.54 GB", "quantized_file", "GB", GG(P3, "Q4_K_M"), H, rel=0.02, anchor=A)
claim(f, "13.96 GB", "weights", "GB", W(P3, "fp8"), H, anchor=A)
for text, why in (
        ("faq_version: 7", "version"), ("updated: 2027-03-22", "date"),
        ("thresholds: {quote_eur: 5000", "money thresholds, days"), ("  rtx-4090: {memory_gib: 24", "hardware spec, price"),
        ("  rtx-6000-ada: {memory_gib: 48", "hardware spec, price"), ("  a100-80: {memory_gib: 80", "hardware spec, price"),
        ("  h100-sxm: {memory_gib: 80", "hardware spec, price"), ("  tinyllama-1.1b: {hidden: 2048", "config inputs"),
        ("  phi-3-medium: {hidden: 5120", "config inputs"), ("form: RC-12", "form number"),
        ("# GPU procurement FAQ for grant holders (version 7)", "version"),
        ("> [!important] Before you submit form RC-12", "form number"),
        ("which costs 10 working days.", "days"), ("> GB means 10⁹ bytes and GiB means 2³⁰ bytes.", "unit definitions, card capacity"),
        ("### Q1. I want to run Llama-2-7B for inference.", "question number, model name"),
        ("### Q2. And Llama-2-13B?", "question number, model name"),
        ("### Q3. Does Mistral-7B need more cache for its 32K context?", "question number, context"),
        ("### Q4. We fine-tune Llama-2-7B. How much memory?", "question number, model name"),
        ("### Q5. We want to pre-train a small model", "question number"),
        ("### Q6. Phi-3-medium for a lab assistant", "question number"),
        ("### Q7. Falcon-7B for a legacy pipeline?", "question number, model name"),
        ("## Mistakes we keep seeing on RC-12 forms", "form number"),
        ("Write the derivation in the same form for your model: $M = N", "formula with free variables"),
        ("## Prices and lead times (framework agreement, 2027)", "year"),
        ("| RTX 4090 | 2,150 | 2 | lot 3 |", "price, lead time"), ("| RTX 6000 Ada | 7,400 | 4 | lot 3 |", "price, lead time"),
        ("| A100 80 GiB | 17,900 | 6 | lot 5 |", "price, lead time, capacity"), ("| H100 SXM | 31,500 | 12 | lot 5 |", "price, lead time"),
        ("Purchases above €25,000 go to tender", "money thresholds, days"),
        ("Questions: rc-procurement@uni.example, office hours", "times, version, date")):
    non(f, text, why)
A = "Three trillion tokens are about 2,700 tokens per parameter, far beyond the Chinchilla-style 22 B tokens"
claim(f, "about 2,700 tokens per parameter", "ratio", "tokens/param", 3e12 / N[TL], H, hedged=True, anchor=A)
claim(f, "22 B tokens", "tokens", "B tokens", 20 * N[TL], H, anchor=A)
claim(f, "69 GB", "weights", "GB", W("llama2-70b", "bf16"), X, "wrong_dtype", anchor="- \"Llama-2-70B in bf16 is 69 GB.\"", note=RF + "; int8 size; 137.95 GB")
claim(f, "2.5 MiB", "kv_cache_per_token", "MiB", KVT("llama2-70b"), X, "off_2x", anchor="- \"Llama-2-70B keeps 2.5 MiB of cache per token.\"", note=RF + "; query heads; 320 KiB")
claim(f, "3.125 GiB", "kv_cache_total", "GiB", KV(L213, 4096, 4), X, "off_2x", anchor="- \"Llama-2-13B, 4 users at 4K: 3.125 GiB of cache.\"", note=RF + "; batch forgotten; 12.5 GiB")
claim(f, "3.35 Tbit/s", "bandwidth", "Tbit/s", 3.35e12, X, "wrong_unit", anchor="- \"The H100's 3.35 TB/s is 3.35 Tbit/s.\"", note=RF + "; 26.8 Tbit/s")
claim(f, "8.8 GB", "training", "GB", 16 * N[TL], X, "off_2x", anchor="- \"TinyLlama training state: 8.8 GB.\"", note=RF + "; 8 bytes per parameter; 17.6 GB")
claim(f, "1.24 B parameters", "params", "B", N["gpt2"], X, "off_2x", anchor="- \"GPT-2 small has 1.24 B parameters.\"", note=RF + "; off by ten; 124 M")
claim(f, "13.5 B tokens", "tokens", "B tokens", 20 * N[L27], X, "off_2x", anchor="- \"Chinchilla-optimal data for Llama-2-7B: 13.5 B tokens.\"", note=RF + "; 2 tokens per parameter; 134.8 B")
non(f, "[^1]: Framework agreement RC-FA-2026-03", "agreement number, date")

# ---- en_04: an internal quiz app's question bank (stems, options, keys, explanations, learner reports, item statistics) ----
f = "en_04"
L8, L7, L27, MX, Q3, G9, L1 = "llama3-8b", "llama3-70b", "llama2-7b", "mixtral-8x7b", "qwen3-14b", "gemma2-9b", "llama3.2-1b"
H100B = 3350e9
C15 = 6 * N[L8] * 15e12
OPT = "distractor"


def item(opts, kind, unit, value, key, errors, note=""):
    """options of one item: the keyed option holds, each distractor is wrong for the slip it is built from"""
    for letter, text in opts:
        anchor = f"- {letter}. {text}"
        if letter == key:
            claim(f, text, kind, unit, value, H, anchor=anchor, rel=0.02 if kind == "quantized_file" else None)
        else:
            err, slip = errors[letter]
            claim(f, text, kind, unit, value, X, err, anchor=anchor, note=f"{OPT}: {slip}")


item((("A", "16.06 GB"), ("B", "8.03 GB"), ("C", "32.12 GB"), ("D", "14.96 GB")), "weights", "GB", W(L8, "bf16"), "A",
     {"B": ("wrong_dtype", "int8 size"), "C": ("wrong_dtype", "fp32 size"), "D": ("gib_as_gb", "GiB value labelled GB")})
A = "Key A. Explanation: 8.03 B parameters × 2 bytes = 16.06 GB"
claim(f, "8.03 B parameters", "params", "B", N[L8], H, anchor=A)
claim(f, "16.06 GB", "weights", "GB", W(L8, "bf16"), H, anchor=A)
item((("A", "512 KiB per token"), ("B", "64 KiB per token"), ("C", "128 KiB per token"), ("D", "256 KiB per token")),
     "kv_cache_per_token", "KiB", KVT(L8), "C",
     {"A": ("off_2x", "query heads"), "B": ("off_2x", "K only"), "D": ("off_2x", "K and V twice")})
claim(f, "128 KiB", "kv_cache_per_token", "KiB", KVT(L8), H, anchor="Key C. Explanation: 2 × 32 layers × 8 KV heads × 128 × 2 bytes = 128 KiB", occ=1)
item((("A", "2 GiB for the batch"), ("B", "8 GiB for the batch"), ("C", "4 GiB for the batch"), ("D", "16 GiB for the batch")),
     "kv_cache_total", "GiB", KV(L27, 4096, 4), "B",
     {"A": ("off_2x", "batch forgotten"), "C": ("off_2x", "K only"), "D": ("off_2x", "K and V twice")})
claim(f, "8 GiB", "kv_cache_total", "GiB", KV(L27, 4096, 4), H, anchor="Key B. Explanation: 512 KiB per token × 4,096 tokens × 4 sequences = 8 GiB")
item((("A", "25.8 GB in memory"), ("B", "93.4 GB in memory"), ("C", "46.7 GB in memory"), ("D", "186.8 GB in memory")),
     "weights", "GB", W(MX, "bf16"), "B",
     {"A": ("wrong_kind", "active experts only"), "C": ("wrong_dtype", "fp8 size"), "D": ("wrong_dtype", "fp32 size")})
A = "Key B. Explanation: all 46.7 B parameters stay resident, 93.4 GB in bf16"
claim(f, "46.7 B parameters", "params", "B", N[MX], H, anchor=A)
claim(f, "93.4 GB", "weights", "GB", W(MX, "bf16"), H, anchor=A)
item((("A", "12.9 B active"), ("B", "46.7 B active"), ("C", "25.8 B active"), ("D", "6.4 B active")), "params", "B", ACTIVE_M7, "A",
     {"B": ("wrong_kind", "stored total"), "C": ("off_2x", "active bf16 GB read as a count"), "D": ("off_2x", "half the key")})
claim(f, "12.88 B parameters", "params", "B", ACTIVE_M7, H, anchor="Key A. Explanation: 12.88 B parameters are active")
item((("A", "47.5 tok/s"), ("B", "95.0 tok/s"), ("C", "190 tok/s"), ("D", "23.7 tok/s")), "throughput", "tok/s", H100B / (W(L7, "fp8") / 4), "C",
     {"A": ("per_gpu", "whole fp8 model at TP = 4"), "B": ("off_2x", "TP = 2"), "D": ("per_gpu", "whole bf16 model at TP = 4")})
A = "Key C. Explanation: each card reads its 17.64 GB share per token"
claim(f, "17.64 GB", "weights", "GB", W(L7, "fp8") / 4, H, anchor=A)
claim(f, "17.64", "weights", "GB", W(L7, "fp8") / 4, H, anchor=A, occ=2)
claim(f, "190 tok/s", "throughput", "tok/s", H100B / (W(L7, "fp8") / 4), H, anchor=A)
item((("A", "128.5 GB of state"), ("B", "64.2 GB of state"), ("C", "16.06 GB of state"), ("D", "257 GB of state")), "training", "GB", 16 * N[L8], "A",
     {"B": ("off_2x", "8 bytes per parameter"), "C": ("wrong_kind", "bf16 weights only"), "D": ("off_2x", "32 bytes per parameter")})
claim(f, "128.5 GB", "training", "GB", 16 * N[L8], H, anchor="Key A. Explanation: 16 × 8.03 B = 128.5 GB")
item((("A", "128.5 GB per GPU"), ("B", "16.06 GB per GPU"), ("C", "8.03 GB per GPU"), ("D", "32.1 GB per GPU")), "training", "GB", zero(N[L8], 8, 3), "B",
     {"A": ("per_gpu", "total given per GPU"), "C": ("off_2x", "16 GPUs"), "D": ("off_2x", "4 GPUs")})
A = "Key B. Explanation: 128.5 GB ÷ 8 = 16.06 GB"
claim(f, "128.5 GB", "training", "GB", 16 * N[L8], H, anchor=A)
claim(f, "16.06 GB", "training", "GB", zero(N[L8], 8, 3), H, anchor=A)
item((("A", "14.77 GB on disk"), ("B", "59.07 GB on disk"), ("C", "29.54 GB on disk"), ("D", "27.51 GB on disk")), "weights", "GB", W(Q3, "bf16"), "C",
     {"A": ("wrong_dtype", "int8 size"), "B": ("wrong_dtype", "fp32 size"), "D": ("gib_as_gb", "GiB value labelled GB")})
A = "Key C. Explanation: 14.77 B parameters × 2 bytes = 29.54 GB"
claim(f, "14.77 B parameters", "params", "B", N[Q3], H, anchor=A)
claim(f, "29.54 GB", "weights", "GB", W(Q3, "bf16"), H, anchor=A)
item((("A", "800 KiB"), ("B", "160 KiB"), ("C", "80 KiB"), ("D", "320 KiB")), "kv_cache_per_token", "KiB", KVT(Q3), "B",
     {"A": ("off_2x", "query heads"), "C": ("off_2x", "K only"), "D": ("off_2x", "K and V twice")})
claim(f, "160 KiB", "kv_cache_per_token", "KiB", KVT(Q3), H, anchor="Key B. Explanation: 2 × 40 × 8 × 128 × 2 bytes = 160 KiB")
item((("A", "672 KiB per token"), ("B", "168 KiB per token"), ("C", "336 KiB per token"), ("D", "1344 KiB per token")),
     "kv_cache_per_token", "KiB", KVT(G9), "C",
     {"A": ("off_2x", "query heads"), "B": ("off_2x", "K only"), "D": ("off_2x", "query heads, K and V twice")})
A = "Key C. Explanation: 2 × 42 × 8 × 256 × 2 bytes = 344,064 bytes = 336 KiB"
claim(f, "344,064 bytes", "kv_cache_per_token", "bytes", KVT(G9), H, anchor=A)
claim(f, "336 KiB", "kv_cache_per_token", "KiB", KVT(G9), H, anchor=A)
item((("A", "3,350 Gbit/s"), ("B", "26,800 Gbit/s"), ("C", "419 Gbit/s"), ("D", "26.8 Gbit/s")), "bandwidth", "Gbit/s", H100B, "B",
     {"A": ("wrong_unit", "factor 8 forgotten"), "C": ("wrong_unit", "divided by 8"), "D": ("wrong_unit", "off by a thousand")})
A = "Key B. Explanation: 3.35 TB/s × 8 = 26.8 Tbit/s = 26,800 Gbit/s"
claim(f, "26.8 Tbit/s", "bandwidth", "Tbit/s", H100B, H, anchor=A)
claim(f, "26,800 Gbit/s", "bandwidth", "Gbit/s", H100B, H, anchor=A)
item((("A", "7.2 × 10²³ FLOP"), ("B", "2.4 × 10²³ FLOP"), ("C", "3.6 × 10²³ FLOP"), ("D", "7.2 × 10²² FLOP")), "flops", "FLOP", C15, "A",
     {"B": ("off_2x", "2ND"), "C": ("off_2x", "3ND"), "D": ("off_2x", "off by ten")})
claim(f, "7.23 × 10²³ FLOP", "flops", "FLOP", C15, H, anchor="Key A. Explanation: 6 × 8.03 × 10⁹ × 15 × 10¹² = 7.23 × 10²³ FLOP")
item((("A", "2.46 GB file"), ("B", "9.83 GB file"), ("C", "4.91 GB file"), ("D", "4.58 GB file")), "quantized_file", "GB", GG(L8, "Q4_K_M"), "C",
     {"A": ("off_2x", "halved"), "B": ("off_2x", "doubled"), "D": ("gib_as_gb", "GiB value labelled GB")})
A = "Key C. Explanation: at the measured 4.89 bits per weight the file is 4.91 GB"
claim(f, "4.89 bits", "quantized_file", "bits", BPW["Q4_K_M"], H, anchor=A)
claim(f, "4.91 GB", "quantized_file", "GB", GG(L8, "Q4_K_M"), H, rel=0.02, anchor=A)
item((("A", "128 KiB of cache"), ("B", "16 KiB of cache"), ("C", "64 KiB of cache"), ("D", "32 KiB of cache")), "kv_cache_per_token", "KiB", KVT(L1), "D",
     {"A": ("off_2x", "query heads"), "B": ("off_2x", "K only"), "C": ("off_2x", "K and V twice")})
claim(f, "32 KiB", "kv_cache_per_token", "KiB", KVT(L1), H, anchor="Key D. Explanation: 2 × 16 × 8 × 64 × 2 bytes = 32 KiB")
item((("A", "2.47 GB in bf16"), ("B", "1.24 GB in bf16"), ("C", "4.94 GB in bf16"), ("D", "2.30 GB in bf16")), "weights", "GB", W(L1, "bf16"), "A",
     {"B": ("wrong_dtype", "int8 size"), "C": ("wrong_dtype", "fp32 size"), "D": ("gib_as_gb", "GiB value labelled GB")})
A = "Key A. Explanation: the config gives 1,235,814,400 parameters, so 2.47 GB"
claim(f, "1,235,814,400 parameters", "params", "params", N[L1], H, anchor=A)
claim(f, "2.47 GB", "weights", "GB", W(L1, "bf16"), H, anchor=A)
A = "- Report on Q-0406 (learner 4471)"
claim(f, "47.5 tok/s", "throughput", "tok/s", H100B / (W(L7, "fp8") / 4), X, "per_gpu", anchor=A, note="learner report; whole model at TP = 4; 190")
claim(f, "17.64 GB", "weights", "GB", W(L7, "fp8") / 4, H, anchor=A)
A = "- Report on Q-0411 (learner 5120)"
claim(f, "672 KiB", "kv_cache_per_token", "KiB", KVT(G9), X, "off_2x", anchor=A, note="learner report; query heads; 336 KiB")
claim(f, "336 KiB", "kv_cache_per_token", "KiB", KVT(G9), H, anchor=A)
A = "- Report on Q-0414 (learner 3902)"
claim(f, "4.58 GB", "quantized_file", "GB", GG(L8, "Q4_K_M"), X, "gib_as_gb", anchor=A, note="learner report; GiB value labelled GB; 4.91 GB")
claim(f, "4.6G", "quantized_file", "GiB", GG(L8, "Q4_K_M"), H, rel=0.02, anchor=A)
claim(f, "4.91 GB", "quantized_file", "GB", GG(L8, "Q4_K_M"), H, rel=0.02, anchor=A)
A = "- Report on Q-0403 (learner 1187)"
claim(f, "2 GiB", "kv_cache_total", "GiB", KV(L27, 4096), H, anchor=A, occ=2, note="one sequence, as the learner says")
claim(f, "8 GiB", "kv_cache_total", "GiB", KV(L27, 4096, 4), H, anchor=A)
for text, why in (
        ("app: {name: SizerQuiz, build: \"2.8.0\"", "versions"), ("module: 4", "module number"), ("items: 16", "item count"),
        ("reviewed: 2027-06-14", "date"), ("conventions: {GB: \"1e9 bytes\"", "unit definitions"),
        ("  qwen3-14b: {hidden: 5120", "config inputs"), ("  gemma-2-9b: {hidden: 3584", "config inputs"),
        ("  llama-3.2-1b: {hidden: 2048", "config inputs"), ("hardware: {h100: {bandwidth_tbs: 3.35", "hardware spec"),
        ("related: [\"[[SizerQuiz module 3]]\"", "module number"), ("title: \"SizerQuiz question bank — module 4", "module number"),
        ("aliases: [SizerQuiz M4, quiz bank memory module]", "module number"), ("# SizerQuiz, module 4: question bank", "module number"),
        ("> The cache is fp16 unless the stem says otherwise; configs of models not in module 3", "dtype name, module number"),
        ("## Item statistics (spring 2027 cohort)", "year"),
        ("Items with a p-value under 0.40 or discrimination under 0.20", "thresholds, date")):
    non(f, text, why)
_lines = (NOTES / FILES["en_04"]).read_text(encoding="utf-8").split("\n") if "en_04" in FILES else []
for _ln in _lines:
    if _ln.startswith("### Q-04") or _ln.startswith("Stem: ") or re.match(r"\| Q-04\d\d \| \d", _ln):
        non(f, _ln, "item id and heading" if _ln.startswith("###") else ("stem inputs" if _ln.startswith("Stem") else "item statistics"))
claim(f, "3,350 Gbit/s", "bandwidth", "Gbit/s", H100B, X, "wrong_unit", anchor="- Report on Q-0412 (learner 2230)", note="learner report; factor 8 forgotten; 26,800")
claim(f, "32.1 GB", "training", "GB", 16 * N[L8], X, "off_2x", anchor="- Report on Q-0407 (learner 1514)", note="learner report; 4 bytes per parameter; 128.5 GB")
claim(f, "46.7 B parameters", "params", "B", ACTIVE_M7, X, "wrong_kind", anchor="- Report on Q-0405 (learner 3377)", note="learner report; stored total; 12.9 B active")
non(f, "> Keys use $M = N \\cdot b$ for weights and $2 \\cdot L", "formula with free variables, footnote reference")
non(f, "[^1]: Item-writing guide v3, section 2", "version, section number")

# ---- en_05: an investor's technical due-diligence memo (the deck's claims as received, recomputation, reference call) ----
f = "en_05"
L7, L8, NM, Q72 = "llama3-70b", "llama3-8b", "mistral-nemo-12b", "qwen2.5-72b"
H100B, H200B, L40B = 3350e9, 4.8e12, 864e9
B80, B141, B48 = 0.9 * 80 * GIB, 0.9 * 141 * GIB, 0.9 * 48 * GIB
W7 = W(L7, "fp8") / 2
F7 = B80 - W7
CFT = 6 * N[L7] * 2e9
TFT = CFT / (64 * 0.4 * 989e12)
FQ = B141 - W(Q72, "fp8")
FN = B48 - W(NM, "fp8")
DK = "pitch deck as received"
claim(f, "70 GB", "weights", "GB", W(L7, "bf16"), X, "wrong_dtype", anchor="> \"Llama-3.1-70B in bf16 is 70 GB", note=DK + "; fp8 size; 141.1 GB")
claim(f, "190 tok/s", "throughput", "tok/s", H100B / W7, X, "off_2x", anchor="> \"Our fp8 replica at TP = 2 decodes at 190 tok/s per user.\"", note=DK + "; the TP = 4 ceiling; 95.0")
A = "> \"The KV cache is 2.5 MB per token, so a 128K context holds 320 GB.\""
claim(f, "2.5 MB per token", "kv_cache_per_token", "MB", KVT(L7), X, "off_2x", anchor=A, note=DK + "; query heads; 0.33 MB")
claim(f, "320 GB", "kv_cache_total", "GB", KV(L7, 131072), X, "off_2x", anchor=A, note=DK + "; query heads; 42.9 GB")
A = "> \"Fine-tuning our 70B on 2 B tokens costs"
claim(f, "8.5 \\times 10^{20}", "flops", "FLOP", CFT, H, anchor=A)
claim(f, "93 hours", "time", "hours", TFT * 3600, X, "off_2x", anchor=A, note=DK + "; off by ten; 9.3 hours")
claim(f, "1.13 TB", "training", "TB", zero(N[L7], 64, 3), X, "per_gpu", anchor="> \"With ZeRO-3 across those 64 GPUs each holds 1.13 TB", note=DK + "; total per GPU; 17.64 GB")
A = "> \"Our edge model, Llama-3.1-8B in Q4_K_M, is a 2.45 GB file"
claim(f, "2.45 GB", "quantized_file", "GB", GG(L8, "Q4_K_M"), X, "off_2x", anchor=A, note=DK + "; halved; 4.91 GB")
claim(f, "410 tok/s", "throughput", "tok/s", 1008e9 / GG(L8, "Q4_K_M"), X, "off_2x", anchor=A, note=DK + "; from the halved file; 205")
A = "> \"One H200 (4.8 TB/s, i.e. 4,800 Gbit/s) holds Qwen2.5-72B in fp8"
claim(f, "4,800 Gbit/s", "bandwidth", "Gbit/s", H200B, X, "wrong_unit", anchor=A, note=DK + "; 38,400 Gbit/s")
claim(f, "72.7 GB", "weights", "GB", W(Q72, "fp8"), H, anchor=A)
claim(f, "12 sessions", "arithmetic", "sessions", FQ // KV(Q72, 32768), X, "off_2x", anchor=A, note=DK + "; weights not subtracted; 5")
A = "> \"Mistral-NeMo-12B keeps 160 KiB of cache per token"
claim(f, "160 KiB", "kv_cache_per_token", "KiB", KVT(NM), H, anchor=A)
claim(f, "5 GiB", "kv_cache_total", "GiB", KV(NM, 131072, b=1), X, "off_2x", anchor=A, note=DK + "; 10 GiB")
A = "- bf16 weights are 141.1 GB; 70 GB is the fp8 size"
claim(f, "141.1 GB", "weights", "GB", W(L7, "bf16"), H, anchor=A)
claim(f, "70 GB", "weights", "GB", W(L7, "fp8"), H, anchor=A, note="re-attributed to fp8")
A = "- At TP = 2 in fp8 each H100 holds 35.28 GB (32.85 GiB)."
claim(f, "35.28 GB", "weights", "GB", W7, H, anchor=A)
claim(f, "32.85 GiB", "weights", "GiB", W7, H, anchor=A)
claim(f, "72 GiB", "arithmetic", "GiB", B80, H, anchor=A)
claim(f, "39.15 GiB", "arithmetic", "GiB", F7, H, anchor=A)
A = "- The cache is 320 KiB per token (327,680 bytes, about 0.33 MB)"
claim(f, "320 KiB per token", "kv_cache_per_token", "KiB", KVT(L7), H, anchor=A)
claim(f, "327,680 bytes", "kv_cache_per_token", "bytes", KVT(L7), H, anchor=A)
claim(f, "about 0.33 MB", "kv_cache_per_token", "MB", KVT(L7), H, hedged=True, anchor=A)
claim(f, "40 GiB", "kv_cache_total", "GiB", KV(L7, 131072), H, anchor=A)
claim(f, "42.9 GB", "kv_cache_total", "GB", KV(L7, 131072), H, anchor=A)
claim(f, "20 GiB", "kv_cache_total", "GiB", KV(L7, 131072) / 2, H, anchor=A)
A = "- A replica therefore holds 7 sessions of 32K (5 GiB per card each) or 31 sessions of 8K."
claim(f, "7 sessions", "arithmetic", "sessions", F7 // (KV(L7, 32768) / 2), H, anchor=A)
claim(f, "5 GiB per card", "kv_cache_total", "GiB", KV(L7, 32768) / 2, H, anchor=A)
claim(f, "31 sessions", "arithmetic", "sessions", F7 // (KV(L7, 8192) / 2), H, anchor=A)
A = "- The single-user ceiling at TP = 2 is 3350 ÷ 35.28 = 95.0 tok/s."
claim(f, "35.28", "weights", "GB", W7, H, anchor=A)
claim(f, "95.0 tok/s", "throughput", "tok/s", H100B / W7, H, anchor=A)
claim(f, "190 tok/s", "throughput", "tok/s", H100B / (W(L7, "fp8") / 4), H, anchor=A, note="re-attributed to TP = 4")
A = "- $6ND$ with $N = 70.55 \\times 10^{9}$"
claim(f, "70.55 \\times 10^{9}", "params", "params", N[L7], H, anchor=A)
claim(f, "8.47 × 10²⁰ FLOP", "flops", "FLOP", CFT, H, anchor=A)
A = "- At 40 % of 989 TFLOP/s on 64 GPUs that is 9.3 hours"
claim(f, "9.3 hours", "time", "hours", TFT, H, anchor=A)
claim(f, "about 595 GPU-hours", "time", "GPU-hours", TFT * 64 / 3600, H, hedged=True, anchor=A)
A = "- The full state at 16 bytes per parameter is 1.13 TB in total"
claim(f, "1.13 TB", "training", "TB", 16 * N[L7], H, anchor=A)
claim(f, "17.64 GB", "training", "GB", zero(N[L7], 64, 3), H, anchor=A)
claim(f, "16.43 GiB", "training", "GiB", zero(N[L7], 64, 3), H, anchor=A)
A = "- The Q4_K_M file of Llama-3.1-8B is 4.91 GB, twice the deck's figure"
claim(f, "4.91 GB", "quantized_file", "GB", GG(L8, "Q4_K_M"), H, rel=0.02, anchor=A)
claim(f, "about 205 tok/s", "throughput", "tok/s", 1008e9 / GG(L8, "Q4_K_M"), H, hedged=True, rel=0.02, anchor=A)
A = "- 4.8 TB/s is 38,400 Gbit/s (38.4 Tbit/s)."
claim(f, "38,400 Gbit/s", "bandwidth", "Gbit/s", H200B, H, anchor=A)
claim(f, "38.4 Tbit/s", "bandwidth", "Tbit/s", H200B, H, anchor=A)
A = "- The config in the properties gives 72.71 B parameters"
claim(f, "72.71 B parameters", "params", "B", N[Q72], H, anchor=A)
claim(f, "72.7 GB", "weights", "GB", W(Q72, "fp8"), H, anchor=A)
claim(f, "67.71 GiB", "weights", "GiB", W(Q72, "fp8"), H, anchor=A)
claim(f, "145.4 GB", "weights", "GB", W(Q72, "bf16"), H, anchor=A)
A = "- The H200 budget is 0.90 × 141 = 126.9 GiB"
claim(f, "126.9 GiB", "arithmetic", "GiB", B141, H, anchor=A)
claim(f, "59.19 GiB", "arithmetic", "GiB", FQ, H, anchor=A)
claim(f, "320 KiB per token", "kv_cache_per_token", "KiB", KVT(Q72), H, anchor=A)
claim(f, "10 GiB", "kv_cache_total", "GiB", KV(Q72, 32768), H, anchor=A)
claim(f, "5 sessions", "arithmetic", "sessions", FQ // KV(Q72, 32768), H, anchor=A)
A = "- Ceiling: 4800 ÷ 72.7 = 66.0 tok/s."
claim(f, "72.7", "weights", "GB", W(Q72, "fp8"), H, anchor=A)
claim(f, "66.0 tok/s", "throughput", "tok/s", H200B / W(Q72, "fp8"), H, anchor=A)
A = "- 160 KiB per token is right; a 128K session is 20 GiB in fp16 and 10 GiB with an fp8 cache."
claim(f, "160 KiB per token", "kv_cache_per_token", "KiB", KVT(NM), H, anchor=A)
claim(f, "20 GiB", "kv_cache_total", "GiB", KV(NM, 131072), H, anchor=A)
claim(f, "10 GiB", "kv_cache_total", "GiB", KV(NM, 131072, b=1), H, anchor=A)
A = "- On one L40S in fp8 the 12.25 GB of weights leave 31.79 GiB"
claim(f, "12.25 GB", "weights", "GB", W(NM, "fp8"), H, anchor=A)
claim(f, "31.79 GiB", "arithmetic", "GiB", FN, H, anchor=A)
claim(f, "3 sessions", "arithmetic", "sessions", FN // KV(NM, 131072, b=1), H, anchor=A)
claim(f, "12.25", "weights", "GB", W(NM, "fp8"), H, anchor=A, occ=2)
claim(f, "70.5 tok/s", "throughput", "tok/s", L40B / W(NM, "fp8"), H, anchor=A)
A = "| Llama-3.1-70B, fp8, 2 × H100 | 35.28 | 7 | 95.0 | 190 |"
claim(f, "35.28", "weights", "GB", W7, H, anchor=A)
claim(f, "7", "arithmetic", "sessions", F7 // (KV(L7, 32768) / 2), H, anchor=A)
claim(f, "95.0", "throughput", "tok/s", H100B / W7, H, anchor=A)
claim(f, "190", "throughput", "tok/s", H100B / W7, X, "off_2x", anchor=A, note="the deck's figure; 95.0")
A = "| Qwen2.5-72B, fp8, 1 × H200 | 72.71 | 5 | 66.0 | 12 sessions |"
claim(f, "72.71", "weights", "GB", W(Q72, "fp8"), H, anchor=A)
claim(f, "5", "arithmetic", "sessions", FQ // KV(Q72, 32768), H, anchor=A)
claim(f, "66.0", "throughput", "tok/s", H200B / W(Q72, "fp8"), H, anchor=A)
claim(f, "12 sessions", "arithmetic", "sessions", FQ // KV(Q72, 32768), X, "off_2x", anchor=A, note="the deck's figure; 5")
A = "DR-11 prices a replica-hour at $13.96 and assumes 14 concurrent sessions of 32K at 190 tok/s"
claim(f, "14 concurrent sessions", "arithmetic", "sessions", F7 // (KV(L7, 32768) / 2), X, "off_2x", anchor=A, note="DR-11; 7")
claim(f, "190 tok/s", "throughput", "tok/s", H100B / W7, X, "off_2x", anchor=A, note="DR-11; 95.0")
claim(f, "7 sessions", "arithmetic", "sessions", F7 // (KV(L7, 32768) / 2), H, anchor=A)
claim(f, "95 tok/s", "throughput", "tok/s", H100B / W7, H, anchor=A)
claim(f, "31 sessions", "arithmetic", "sessions", F7 // (KV(L7, 8192) / 2), H, anchor="Plausible: 31 sessions of 8K fit per replica")
claim(f, "141 GB", "weights", "GB", W(L7, "bf16"), H, anchor="- \"Their 70B is 141 GB in bf16, they told us")
A = "> \"Q: How much memory does a 70B model need? A: In bf16 a 70B model needs 280 GB"
claim(f, "280 GB", "weights", "GB", W(L7, "bf16"), X, "wrong_dtype", anchor=A, note="DR-14 AI-generated FAQ; fp32 size; 141.1 GB", **Q)
claim(f, "2.5 MiB", "kv_cache_per_token", "MiB", KVT(L7), X, "off_2x", anchor=A, note="DR-14 AI-generated FAQ; query heads; 320 KiB", **Q)
A = "Our note: 280 GB is the fp32 size (282.2 GB); bf16 is 141.1 GB."
claim(f, "280 GB", "weights", "GB", W(L7, "fp32"), H, anchor=A, note="re-attributed to fp32")
claim(f, "282.2 GB", "weights", "GB", W(L7, "fp32"), H, anchor=A)
claim(f, "141.1 GB", "weights", "GB", W(L7, "bf16"), H, anchor=A)
claim(f, "2.5 MiB per token", "kv_cache_per_token", "MiB", KVT((80, 64, 128)), H, anchor=A, note="re-attributed to 64 query heads")
claim(f, "7 sessions", "arithmetic", "sessions", F7 // (KV(L7, 32768) / 2), H, anchor="2. Re-priced DR-11 at 7 sessions per replica.")
for text, why in (
        ("deal: {company: \"Quillon AI\"", "deal terms"), ("memo_date: 2027-08-19", "date"), ("ic_meeting: 2027-08-26", "date"),
        ("data_room: [DR-03 pitch deck v9", "document numbers, version"), ("  llama-3.1-70b: {dtype: fp8, tp: 2", "deployment inputs, hardware spec"),
        ("  qwen2.5-72b: {hidden: 8192", "config inputs"), ("  mistral-nemo-12b: {hidden: 5120", "config inputs"),
        ("hardware_notes: {h200: {memory_gib: 141", "hardware spec"), ("memory_fraction: 0.90", "config input"),
        ("(DR-11). Rating: **amber**.", "document number"),
        ("## 1. What we were asked", "section number"), ("The investment committee asked whether Quillon's claim", "price"),
        ("## 2. The deck's sizing claims (DR-03, slides 14–17), as received", "document and slide numbers"),
        ("## 3. Our recomputation", "section number"), ("### 3.1 Llama-3.1-70B (the core product)", "section number, model name"),
        ("### 3.2 Fine-tuning", "section number"), ("### 3.3 Edge model", "section number"),
        ("- The deck's ceiling follows from the halved file size; measured on our own card: 171 tok/s.", "measured speed"),
        ("### 3.4 Qwen2.5-72B on H200", "section number, model name"), ("### 3.5 Mistral-NeMo-12B", "section number, model name"),
        ("## 4. Unit economics (DR-11)", "section and document number"),
        ("| deployment | weights per card (GB) | sessions of 32K per replica |", "table header with context"),
        ("## 5. Reference call (customer CTO, logistics, 2027-08-12)", "section number, date"),
        ("- Measured on their side: p50 time-to-first-token 420 ms", "measured latency and speed"),
        ("## 6. DR-14, management's AI-generated FAQ", "section and document number"),
        ("## 7. Conditions", "section number"), ("1. A corrected capacity model (weights subtracted", "list number"),
        ("3. Confirmation of the H200 reservation (32 cards, 24-month term).", "card count, term"),
        ("[^1]: Fund policy TD-2", "policy number, money")):
    non(f, text, why)
A = "> \"Llama-3.1-8B in fp8 on one L40S: 8.03 GB of weights and a ceiling of 53.8 tok/s."
claim(f, "8.03 GB", "weights", "GB", W(L8, "fp8"), H, anchor=A)
claim(f, "53.8 tok/s", "throughput", "tok/s", L40B / W(L8, "fp8"), X, "wrong_dtype", anchor=A, note="deck slide 18; bf16 ceiling; 107.6")
claim(f, "0.25 GiB", "kv_cache_total", "GiB", KV(L8, 8192, b=1), X, "off_2x", anchor=A, note="deck slide 18; halved twice; 0.5 GiB")
A = "> \"Qwen2.5-72B in bf16 is 72.7 GB, and the H200 streams those bf16 weights once in 1.5 ms.\""
claim(f, "72.7 GB", "weights", "GB", W(Q72, "bf16"), X, "wrong_dtype", anchor=A, note="deck slide 18; fp8 size; 145.4 GB")
claim(f, "1.5 ms", "time", "ms", W(Q72, "bf16") / H200B, X, "off_2x", anchor=A, note="deck slide 18; 30.3 ms")
claim(f, "3.2 \\times 10^{19}", "flops", "FLOP", 6 * N[L8] * 2e9, X, "off_2x", anchor="> \"Training compute for our 8B adapter refresh", note="deck slide 19; 2ND; 9.6e19")
claim(f, "2.4 M tokens", "tokens", "M tokens", 95 * 7 * 3600, H, anchor="> \"A replica at 95 tok/s serving 7 sessions emits 2.4 M tokens per hour.\"")
A = "Our notes on slides 18–19: the ceiling is the bf16 one"
claim(f, "72.7 GB", "weights", "GB", W(Q72, "fp8"), H, anchor=A, note="re-attributed to fp8")
claim(f, "30.3 ms", "time", "ms", W(Q72, "bf16") / H200B, H, anchor=A)
non(f, "Slides 18–19 (appendix), as received:", "slide numbers")
non(f, "next_review: 2027-09-30", "date")
non(f, "Data-room index: `DR-03`, `DR-07`, `DR-11`, `DR-14`", "document numbers")

# ---- ru_01: субтитры видеолекции (SRT как есть), исправления лектора в описании, комментарии зрителей ----
f = "ru_01"
L8, L7, Q7, G27, L3 = "llama3-8b", "llama3-70b", "qwen2.5-7b", "gemma2-27b", "llama3.2-3b"
R4090, H100B = 1008e9, 3350e9
C3 = 6 * N[L3] * 9e12
SUB = "оговорка лектора в субтитрах"
claim(f, "8 ГБ", "weights", "ГБ", W(L8, "bf16"), X, "wrong_dtype", anchor="Начнём с Llama 3 8B: в bf16 это 8 ГБ весов,", note=SUB + "; размер int8; 16,06 ГБ")
A = "то есть восемь миллиардов на два байта — 16,06 ГБ, прошу прощения, или 14,96 ГиБ."
claim(f, "16,06 ГБ", "weights", "ГБ", W(L8, "bf16"), H, anchor=A)
claim(f, "14,96 ГиБ", "weights", "ГиБ", W(L8, "bf16"), H, anchor=A)
A = "В fp32 вдвое больше, 32,12 ГБ, а в int4 — 4,02 ГБ без учёта масштабов."
claim(f, "32,12 ГБ", "weights", "ГБ", W(L8, "fp32"), H, anchor=A)
claim(f, "4,02 ГБ", "weights", "ГБ", W(L8, "int4"), H, anchor=A)
claim(f, "512 КиБ на токен", "kv_cache_per_token", "КиБ", KVT(L8), X, "off_2x", anchor="Кэш у Llama 3 8B — 512 КиБ на токен", note=SUB + "; головы запросов; 128 КиБ")
A = "Контекст 8K — это 1 ГиБ, а 32 пользователя по 8K — уже 32 ГиБ"
claim(f, "1 ГиБ", "kv_cache_total", "ГиБ", KV(L8, 8192), H, anchor=A)
claim(f, "32 ГиБ", "kv_cache_total", "ГиБ", KV(L8, 8192, 32), H, anchor=A)
claim(f, "56 КиБ на токен", "kv_cache_per_token", "КиБ", KVT(Q7), H, anchor="У Qwen2.5-7B всего четыре KV-головы, поэтому кэш 56 КиБ на токен,")
A = "и даже на 128K это 7 ГиБ, а на 32K — 1,75 ГиБ."
claim(f, "7 ГиБ", "kv_cache_total", "ГиБ", KV(Q7, 131072), H, anchor=A)
claim(f, "1,75 ГиБ", "kv_cache_total", "ГиБ", KV(Q7, 32768), H, anchor=A)
A = "Сами веса Qwen2.5-7B — 7,62 млрд параметров, 15,23 ГБ в bf16."
claim(f, "7,62 млрд параметров", "params", "млрд", N[Q7], H, anchor=A)
claim(f, "15,23 ГБ", "weights", "ГБ", W(Q7, "bf16"), H, anchor=A)
claim(f, "70 ГБ", "weights", "ГБ", W(L7, "int4"), X, "wrong_dtype", anchor="Теперь 70B. В int4 она занимает 70 ГБ", note=SUB + "; размер int8; 35,28 ГБ")
A = "Точнее, в int4 это 35,28 ГБ, 32,85 ГиБ, по 16,43 ГиБ на каждую из двух карт."
claim(f, "35,28 ГБ", "weights", "ГБ", W(L7, "int4"), H, anchor=A)
claim(f, "32,85 ГиБ", "weights", "ГиБ", W(L7, "int4"), H, anchor=A)
claim(f, "16,43 ГиБ", "weights", "ГиБ", W(L7, "int4") / 2, H, anchor=A)
claim(f, "7,57 ГиБ", "arithmetic", "ГиБ", 24 * GIB - W(L7, "int4") / 2, H, anchor="На карте остаётся 7,57 ГиБ под кэш")
A = "Скорость. Потолок для Llama 3 8B в bf16 на RTX 4090 — 1008 ÷ 8,03, то есть 125 ток/с."
claim(f, "8,03", "weights", "ГБ", W(L8, "bf16"), X, "wrong_dtype", anchor=A, note=SUB + "; делитель — размер int8; 16,06")
claim(f, "125 ток/с", "throughput", "ток/с", R4090 / W(L8, "bf16"), X, "wrong_dtype", anchor=A, note=SUB + "; потолок int8; 62,8")
A = "С файлом Q4_K_M, это 4,91 ГБ, потолок поднимается примерно до 205 ток/с."
claim(f, "4,91 ГБ", "quantized_file", "ГБ", GG(L8, "Q4_K_M"), H, rel=0.02, anchor=A)
claim(f, "примерно до 205 ток/с", "throughput", "ток/с", R4090 / GG(L8, "Q4_K_M"), H, hedged=True, rel=0.02, anchor=A)
claim(f, "3350 Гбит/с", "bandwidth", "Гбит/с", H100B, X, "wrong_unit", anchor="На H100 пропускная способность 3,35 ТБ/с, то есть 3350 Гбит/с.", note=SUB + "; 26 800 Гбит/с")
A = "Gemma 2 27B, конфиг на слайде: 27,23 млрд параметров, в bf16 это 27 ГБ."
claim(f, "27,23 млрд параметров", "params", "млрд", N[G27], H, anchor=A)
claim(f, "27 ГБ", "weights", "ГБ", W(G27, "bf16"), X, "wrong_dtype", anchor=A, note=SUB + "; размер fp8; 54,45 ГБ")
A = "Кэш у неё 368 КиБ на токен, на 4K — 1,4375 ГиБ; Q4_K_M около 16,7 ГБ."
claim(f, "368 КиБ на токен", "kv_cache_per_token", "КиБ", KVT(G27), H, anchor=A)
claim(f, "1,4375 ГиБ", "kv_cache_total", "ГиБ", KV(G27, 4096), H, anchor=A)
claim(f, "около 16,7 ГБ", "quantized_file", "ГБ", GG(G27, "Q4_K_M"), H, hedged=True, rel=0.02, anchor=A)
A = "Потолок на H100 в bf16: 3350 ÷ 54,45 = 61,5 ток/с."
claim(f, "54,45", "weights", "ГБ", W(G27, "bf16"), H, anchor=A)
claim(f, "61,5 ток/с", "throughput", "ток/с", H100B / W(G27, "bf16"), H, anchor=A)
A = "Обучение. Llama 3.2 3B, 3,21 млрд параметров, полное дообучение — 25,7 ГБ состояния,"
claim(f, "3,21 млрд параметров", "params", "млрд", N[L3], H, anchor=A)
claim(f, "25,7 ГБ", "training", "ГБ", 16 * N[L3], X, "off_2x", anchor=A, note=SUB + "; 8 байт на параметр; 51,4 ГБ")
claim(f, "5,8 × 10²² FLOP", "flops", "FLOP", C3, X, "off_2x", anchor="Предобучение на 9 трлн токенов: 2 × 3,21", note=SUB + "; 2ND; 1,73e23")
claim(f, "около 12 тысяч", "time", "тыс. GPU-часов", C3 / (0.4 * 989e12) / 3600, X, "off_2x", hedged=True,
      anchor="На одной H100 при MFU 40 % это около 12 тысяч GPU-часов.", note=SUB + "; 121,8 тыс. GPU-часов")
claim(f, "4,59 млн", "params", "млн", lora(28, 16, [(3072, 3072), (3072, 1024)]), H, anchor="LoRA на q и v с рангом 16 для этой 3B — 4,59 млн")
A = "Кэш 3B — 112 КиБ на токен, на 8K — 0,875 ГиБ; веса — 6,43 ГБ в bf16."
claim(f, "112 КиБ на токен", "kv_cache_per_token", "КиБ", KVT(L3), H, anchor=A)
claim(f, "0,875 ГиБ", "kv_cache_total", "ГиБ", KV(L3, 8192), H, anchor=A)
claim(f, "6,43 ГБ", "weights", "ГБ", W(L3, "bf16"), H, anchor=A)
A = "- 14:03 — оговорка: 8 ГБ — это int8"
claim(f, "8 ГБ", "weights", "ГБ", W(L8, "int8"), H, anchor=A, note="переатрибутировано к int8")
claim(f, "16,06 ГБ", "weights", "ГБ", W(L8, "bf16"), H, anchor=A)
A = "- 17:40 — голов запросов 32, но KV-голов 8: кэш 128 КиБ на токен"
claim(f, "128 КиБ на токен", "kv_cache_per_token", "КиБ", KVT(L8), H, anchor=A)
claim(f, "1 ГиБ", "kv_cache_total", "ГиБ", KV(L8, 8192), H, anchor=A)
claim(f, "32 ГиБ", "kv_cache_total", "ГиБ", KV(L8, 8192, 32), H, anchor=A)
A = "- 23:10 — 70 ГБ — это int8 или fp8, а в int4 — 35,28 ГБ"
claim(f, "70 ГБ", "weights", "ГБ", W(L7, "int8"), H, anchor=A, note="переатрибутировано к int8 / fp8")
claim(f, "35,28 ГБ", "weights", "ГБ", W(L7, "int4"), H, anchor=A)
A = "- 27:02 — делить надо на 16,06 ГБ (bf16), а не на 8,03"
claim(f, "16,06 ГБ", "weights", "ГБ", W(L8, "bf16"), H, anchor=A)
claim(f, "62,8 ток/с", "throughput", "ток/с", R4090 / W(L8, "bf16"), H, anchor=A)
claim(f, "125,5 ток/с", "throughput", "ток/с", R4090 / W(L8, "int8"), H, anchor=A, note="переатрибутировано к int8")
A = "- 27:13 — 3,35 ТБ/с — это 26¦800 Гбит/с, или 26,8 Тбит/с."
claim(f, "26¦800 Гбит/с", "bandwidth", "Гбит/с", H100B, H, anchor=A)
claim(f, "26,8 Тбит/с", "bandwidth", "Тбит/с", H100B, H, anchor=A)
A = "- 33:45 — 27 ГБ — это fp8; в bf16 Gemma 2 27B весит 54,45 ГБ (50,71 ГиБ)."
claim(f, "27 ГБ", "weights", "ГБ", W(G27, "fp8"), H, anchor=A, note="переатрибутировано к fp8")
claim(f, "54,45 ГБ", "weights", "ГБ", W(G27, "bf16"), H, anchor=A)
claim(f, "50,71 ГиБ", "weights", "ГиБ", W(G27, "bf16"), H, anchor=A)
A = "- 41:10 — 16 байт × 3,21 млрд = 51,4 ГБ (47,87 ГиБ)"
claim(f, "51,4 ГБ", "training", "ГБ", 16 * N[L3], H, anchor=A)
claim(f, "47,87 ГиБ", "training", "ГиБ", 16 * N[L3], H, anchor=A)
claim(f, "1,73 × 10²³ FLOP", "flops", "FLOP", C3, H, anchor="- 41:21 — для обучения 6ND, а не 2ND: 1,73 × 10²³ FLOP.")
claim(f, "около 121,8 тыс. GPU-часов", "time", "тыс. GPU-часов", C3 / (0.4 * 989e12) / 3600, H, hedged=True, anchor="- 41:27 — на одной H100 это около 121,8 тыс. GPU-часов")
A = "- **@vlad_k:** «Спасибо! Для Qwen2.5-7B на 32K у меня вышло 12,25 ГиБ"
claim(f, "12,25 ГиБ", "kv_cache_total", "ГиБ", KV(Q7, 32768), X, "off_2x", anchor=A, note="комментарий зрителя; головы запросов; 1,75 ГиБ")
claim(f, "1,75 ГиБ", "kv_cache_total", "ГиБ", KV(Q7, 32768), H, anchor=A)
A = "- **@marina.ds:** «А сколько весит Gemma 2 27B в Q4_K_M в ГиБ?» — **Лектор:** около 15,5 ГиБ (16,66 ГБ)."
claim(f, "около 15,5 ГиБ", "quantized_file", "ГиБ", GG(G27, "Q4_K_M"), H, hedged=True, rel=0.02, anchor=A)
claim(f, "16,66 ГБ", "quantized_file", "ГБ", GG(G27, "Q4_K_M"), H, rel=0.02, anchor=A)
claim(f, "58,3 ток/с", "throughput", "ток/с", 936e9 / W(L8, "bf16"), H, anchor="- **@deep_owl:** «У меня на RTX 3090 (936 ГБ/с)")
A = "> «Qwen2.5-7B хранит 392 КиБ кэша на токен, поэтому на 32K нужно 12,25 ГиБ. Веса в fp16 — 7,6 ГБ.»"
claim(f, "392 КиБ", "kv_cache_per_token", "КиБ", KVT(Q7), X, "off_2x", anchor=A, note="ответ нейросети в комментарии; головы запросов; 56 КиБ", **Q)
claim(f, "12,25 ГиБ", "kv_cache_total", "ГиБ", KV(Q7, 32768), X, "off_2x", anchor=A, note="ответ нейросети; головы запросов; 1,75 ГиБ", **Q)
claim(f, "7,6 ГБ", "weights", "ГБ", W(Q7, "fp16"), X, "wrong_dtype", anchor=A, note="ответ нейросети; размер int8; 15,23 ГБ", **Q)
A = "**Лектор:** обе цифры кэша посчитаны по головам запросов (правильно 56 КиБ и 1,75 ГиБ)"
claim(f, "56 КиБ", "kv_cache_per_token", "КиБ", KVT(Q7), H, anchor=A)
claim(f, "1,75 ГиБ", "kv_cache_total", "ГиБ", KV(Q7, 32768), H, anchor=A)
claim(f, "7,6 ГБ", "weights", "ГБ", W(Q7, "int8"), H, anchor=A, note="переатрибутировано к int8")
claim(f, "15,23 ГБ", "weights", "ГБ", W(Q7, "fp16"), H, anchor=A)
for text, why in (
        ("title: \"Субтитры: лекция 7", "номер лекции"), ("aliases: [лекция 7 субтитры", "номер лекции"),
        ("kurs: \"Инфраструктура больших моделей, осень 2027\"", "год"), ("lekciya: 7", "номер лекции"),
        ("video: {dlitelnost: \"01:12:40\"", "длительность, дата"), ("ispravleniya_opublikovany: 2027-10-12", "дата"),
        ("  gemma-2-27b: {hidden: 4608", "входные параметры конфигурации"), ("  llama-3.2-3b: {hidden: 3072", "входные параметры конфигурации"),
        ("zhelezo: {rtx_4090: {pamyat_gib: 24", "характеристики оборудования"), ("svyazannye: [\"[[Лекция 6 — форматы чисел]]\"", "номера лекций"),
        ("prosmotry: 4180", "число просмотров"), ("# Лекция 7 «Сколько памяти нужно LLM»", "номер лекции"),
        ("> ГБ = 10⁹ байт, ГиБ = 2³⁰ байт", "определения единиц, ёмкость карты"),
        ("потому что Adam хранит по 16 байт на параметр.", "константа рецепта"),
        ("- **@nik_rus:**", "нет чисел"),
        ("Следующая лекция — 16.10.2027 в 18:30, аудитория 4-112", "дата, время, аудитория")):
    if "нет чисел" not in why:
        non(f, text, why)
for _ln in (NOTES / FILES["ru_01"]).read_text(encoding="utf-8").split("\n") if "ru_01" in FILES else []:
    if re.fullmatch(r"00:\d\d:\d\d,\d{3} --> 00:\d\d:\d\d,\d{3}", _ln):
        non(f, _ln, "таймкод субтитра")
claim(f, "4,27 ГБ", "quantized_file", "ГБ", GG(L8, "Q8_0"), X, "off_2x", anchor="- **@kostya_gpu:**", note="комментарий зрителя; вдвое меньше; 8,53 ГБ")
claim(f, "28 ГиБ", "kv_cache_total", "ГиБ", KV(Q7, 131072), X, "off_2x", anchor="- **@ivan_p:**", note="комментарий зрителя; K и V посчитаны дважды; 7 ГиБ")
claim(f, "26,8 Гбит/с", "bandwidth", "Гбит/с", H100B, X, "wrong_unit", anchor="- **@lena_s:**", note="комментарий зрителя; 26 800 Гбит/с")
claim(f, "28,6 ток/с", "throughput", "ток/с", R4090 / (W(L7, "int4") / 2), X, "per_gpu", anchor="- **@pavel_r:**", note="комментарий зрителя; вся модель при TP = 2; 57,1")
A = "- **@vlad_k:** «А сколько токенов 70B поместится в эти 7,57 ГиБ?»"
claim(f, "около 49¦600", "tokens", "токенов", (24 * GIB - W(L7, "int4") / 2) / (KVT(L7) / 2), H, hedged=True, anchor=A)
claim(f, "160 КиБ", "kv_cache_per_token", "КиБ", KVT(L7) / 2, H, anchor=A)
for text, why in (
        ("subtitry: {avtomaticheskie: true", "нет чисел"), ("konspekt: \"[[Лекция 7 — конспект]]\"", "номер лекции"),
        ("> Субтитры сгенерированы автоматически и вычитаны[^1]", "сноска, номер лекции в имени файла"),
        ("| веса | 00:14:03 | 15 |", "таймкод, длительность"), ("| кэш | 00:17:40 | 11 |", "таймкод, длительность"),
        ("| скорость | 00:27:02 | 17 |", "таймкод, длительность"), ("| обучение | 00:41:10 | 24 |", "таймкод, длительность"),
        ("Формула с доски: $M_{KV} = 2", "формула со свободными переменными"),
        ("[^1]: Распознавание — 2027-10-10", "даты, число реплик")):
    if why != "нет чисел":
        non(f, text, why)

# ---- ru_02: ответ авторов на рецензии к статье (замечания рецензентов дословно, ответы, таблица «было — стало», скрипт) ----
f = "ru_02"
L7, Q32, L8, MX = "llama3-70b", "qwen2.5-32b", "llama3-8b", "mixtral-8x7b"
H100B = 3350e9
B80 = 0.9 * 80 * GIB
W7 = W(L7, "fp8") / 2
F7 = B80 - W7
K16 = KV(L7, 16384) / 2
FQ = B80 - W(Q32, "fp8")
LO4 = lora(32, 16, [(4096, 4096), (4096, 1024), (4096, 1024), (4096, 4096)])
R = "рецензент"
claim(f, "141 ГБ", "weights", "ГБ", W(L7, "fp8"), X, "wrong_dtype", anchor="> **Р1.1.**", note=R + " 1; размер bf16; 70,55 ГБ")
A = "**Ответ.** 141 ГБ — это bf16."
claim(f, "141 ГБ", "weights", "ГБ", W(L7, "bf16"), H, anchor=A, note="переатрибутировано к bf16")
claim(f, "70,55 ГБ", "weights", "ГБ", W(L7, "fp8"), H, anchor=A)
claim(f, "35,28 ГБ", "weights", "ГБ", W7, H, anchor=A)
claim(f, "32,85 ГиБ", "weights", "ГиБ", W7, H, anchor=A)
A = "> **Р1.2.**"
claim(f, "2,5 МиБ на токен", "kv_cache_per_token", "МиБ", KVT(L7), X, "off_2x", anchor=A, note=R + " 1; головы запросов; 320 КиБ")
claim(f, "40 ГиБ", "kv_cache_total", "ГиБ", KV(L7, 16384), X, "off_2x", anchor=A, note=R + " 1; головы запросов; 5 ГиБ")
A = "**Ответ.** Рецензент взял 64 головы запросов"
claim(f, "320 КиБ", "kv_cache_per_token", "КиБ", KVT(L7), H, anchor=A)
claim(f, "5 ГиБ", "kv_cache_total", "ГиБ", KV(L7, 16384), H, anchor=A)
claim(f, "2,5 ГиБ на карту", "kv_cache_total", "ГиБ", K16, H, anchor=A)
A = "> **Р1.3.**"
claim(f, "70,6", "weights", "ГБ", W7, X, "per_gpu", anchor=A, note=R + " 1; вся модель вместо доли карты; 35,28")
claim(f, "47,5 ток/с", "throughput", "ток/с", H100B / W7, X, "per_gpu", anchor=A, note=R + " 1; вся модель при TP = 2; 95,0")
A = "**Ответ.** При TP = 2 каждая карта читает только свою половину весов"
claim(f, "35,28 ГБ", "weights", "ГБ", W7, H, anchor=A)
claim(f, "95,0 ток/с", "throughput", "ток/с", H100B / W7, H, anchor=A)
claim(f, "85 %", "percentage", "%", 100 * 81 / (H100B / W7), H, anchor=A)
claim(f, "3,03 ГиБ", "activations", "ГиБ", act(L8, 4096, 1), X, "off_2x", anchor="> **Р2.1.**", note=R + " 2; один слой вместо всех; 97 ГиБ")
A = "**Ответ.** 3,03 ГиБ — это один слой; на все 32 слоя — 97 ГиБ."
claim(f, "3,03 ГиБ", "activations", "ГиБ", act(L8, 4096, 1, layers=1), H, anchor=A)
claim(f, "97 ГиБ", "activations", "ГиБ", act(L8, 4096, 1), H, anchor=A)
A = "> **Р2.2.**"
claim(f, "34 ГиБ", "activations", "ГиБ", act(L8, 4096, 1, "flash"), X, "off_2x", anchor=A, note=R + " 2; вдвое завышено; 17 ГиБ")
claim(f, "1 ГиБ", "activations", "ГиБ", act(L8, 4096, 1, "full"), H, anchor=A)
A = "**Ответ.** Вторая цифра верна; первая вдвое завышена"
claim(f, "0,53125 ГиБ", "activations", "ГиБ", act(L8, 4096, 1, "flash", layers=1), H, anchor=A)
claim(f, "17 ГиБ", "activations", "ГиБ", act(L8, 4096, 1, "flash"), H, anchor=A)
claim(f, "64,2 ГБ", "training", "ГБ", 16 * N[L8], X, "off_2x", anchor="> **Р2.3.**", note=R + " 2; 8 байт на параметр; 128,5 ГБ")
A = "**Ответ.** При смешанной точности Adam хранит 16 байт на параметр, то есть 128,5 ГБ"
claim(f, "128,5 ГБ", "training", "ГБ", 16 * N[L8], H, anchor=A)
claim(f, "64,2 ГБ", "training", "ГБ", 8 * N[L8], H, anchor=A, note="переатрибутировано к 8 байтам")
A = "> **Р3.1.**"
claim(f, "46,7 ГБ", "weights", "ГБ", W(ACTIVE_M7, "fp8"), X, "wrong_kind", anchor=A, note=R + " 3; весь файл MoE; 12,88 ГБ")
claim(f, "71,7 ток/с", "throughput", "ток/с", H100B / W(ACTIVE_M7, "fp8"), X, "wrong_kind", anchor=A, note=R + " 3; весь файл MoE; 260")
A = "**Ответ.** На токен читаются только два активных эксперта"
claim(f, "12,88 млрд параметров", "params", "млрд", ACTIVE_M7, H, anchor=A)
claim(f, "12,88 ГБ", "weights", "ГБ", W(ACTIVE_M7, "fp8"), H, anchor=A)
claim(f, "около 260 ток/с", "throughput", "ток/с", H100B / W(ACTIVE_M7, "fp8"), H, hedged=True, anchor=A)
claim(f, "3,35 Тбит/с", "bandwidth", "Тбит/с", H100B, X, "wrong_unit", anchor="> **Р3.2.**", note=R + " 3; 26,8 Тбит/с")
claim(f, "26,8 Тбит/с", "bandwidth", "Тбит/с", H100B, H, anchor="**Ответ.** В таблице 2 единицы верны")
claim(f, "65,5 ГБ", "weights", "ГБ", W(Q32, "fp8"), X, "wrong_dtype", anchor="> **Р3.3.**", note=R + " 3; размер bf16; 32,76 ГБ")
A = "**Ответ.** Конфиг Qwen2.5-32B приведён в свойствах"
claim(f, "32,76 млрд параметров", "params", "млрд", N[Q32], H, anchor=A)
claim(f, "32,76 ГБ", "weights", "ГБ", W(Q32, "fp8"), H, anchor=A)
claim(f, "30,51 ГиБ", "weights", "ГиБ", W(Q32, "fp8"), H, anchor=A)
A = "На одной карте остаётся 41,49 ГиБ"
claim(f, "41,49 ГиБ", "arithmetic", "ГиБ", FQ, H, anchor=A)
claim(f, "10 запросов", "arithmetic", "запросов", FQ // KV(Q32, 16384), H, anchor=A)
claim(f, "256 КиБ на токен", "kv_cache_per_token", "КиБ", KVT(Q32), H, anchor=A)
claim(f, "4 ГиБ на запрос", "kv_cache_total", "ГиБ", KV(Q32, 16384), H, anchor=A)
claim(f, "102,2 ток/с", "throughput", "ток/с", H100B / W(Q32, "fp8"), H, anchor=A)
BY_ = "исходная версия статьи"
for row, unit, kind, val, err in (
        ("| раздел 3.1 | веса 70B в fp8 на одну карту, ГБ | 70,55 | 35,28 |", "ГБ", "weights", W7, "per_gpu"),
        ("| раздел 3.2 | кэш 70B на токен на одной карте, КиБ | 320 | 160 |", "КиБ", "kv_cache_per_token", KVT(L7) / 2, "per_gpu"),
        ("| раздел 3.2 | запросов по 16K на пару карт | 7 | 15 |", "запросов", "arithmetic", F7 // K16, "per_gpu"),
        ("| таблица 2 | потолок 70B при TP = 2, ток/с | 47,5 | 95,0 |", "ток/с", "throughput", H100B / W7, "per_gpu"),
        ("| таблица 3 | Qwen2.5-32B, запросов по 16K на карту | 20 | 10 |", "запросов", "arithmetic", FQ // KV(Q32, 16384), "wrong_dtype"),
        ("| раздел 5 | активации 8B без пересчёта, ГиБ | 3,03 | 97 |", "ГиБ", "activations", act(L8, 4096, 1), "off_2x"),
        ("| раздел 5 | LoRA r = 16 на q, k, v, o, млн параметров | 6,8 | 13,6 |", "млн", "params", LO4, "off_2x"),
        ("| раздел 5 | состояние Adam для 8B, ГБ | 64,2 | 128,5 |", "ГБ", "training", 16 * N[L8], "off_2x")):
    cells = row.strip("| ").split(" | ")
    claim(f, cells[2], kind, unit, val, X, err, anchor=row, note=BY_ + f"; {cells[3]}")
    claim(f, cells[3], kind, unit, val, H, anchor=row)
claim(f, "20 запросов", "arithmetic", "запросов", FQ // KV(Q32, 16384, b=1), H, anchor="В исходной версии 20 запросов для Qwen2.5-32B", note="переатрибутировано к кэшу в fp8")
A = "Проверка для пары карт: $\\frac{72 - 32,85}{2,5} = 15,66$"
claim(f, "72", "arithmetic", "ГиБ", B80, H, anchor=A)
claim(f, "32,85", "weights", "ГиБ", W7, H, anchor=A)
claim(f, "2,5", "kv_cache_total", "ГиБ", K16, H, anchor=A)
claim(f, "15,66", "arithmetic", "запросов", F7 / K16, H, anchor=A)
claim(f, "15 целых запросов", "arithmetic", "запросов", F7 // K16, H, anchor=A)
claim(f, "35,28 ГБ", "weights", "ГБ", W7, H, anchor="per_card = n * 1 / 2 / 1e9")
A = "kv_tok = 2 * 80 * 8 * 128 * 2"
claim(f, "327680 байт", "kv_cache_per_token", "байт", KVT(L7), H, anchor=A)
claim(f, "320 КиБ", "kv_cache_per_token", "КиБ", KVT(L7), H, anchor=A)
claim(f, "2,5 ГиБ на карту", "kv_cache_total", "ГиБ", K16, H, anchor="kv_16k_card = kv_tok * 16384 / 2 / 2**30")
claim(f, "39,15 ГиБ", "arithmetic", "ГиБ", F7, H, anchor="free = 0.9 * 80 - per_card * 1e9 / 2**30")
claim(f, "15 запросов", "arithmetic", "запросов", F7 // K16, H, anchor="print(int(free // kv_16k_card))")
claim(f, "95,0 ток/с", "throughput", "ток/с", H100B / W7, H, anchor="ceiling = 3350 / per_card")
claim(f, "47,5 ток/с", "throughput", "ток/с", H100B / W7, X, "per_gpu", anchor="old_ceiling = 3350 / (n / 1e9)", note="комментарий о версии 1; вся модель при TP = 2; 95,0")
for text, why in (
        ("title: \"Ответ на рецензии: статья № 148", "номер статьи"), ("aliases: [ответ рецензентам 148, rebuttal 148]", "номер статьи"),
        ("konferenciya: \"Суперкомпьютерные дни — 2027\"", "год"), ("statya: {nomer: 148", "номер статьи, страницы"),
        ("srok_otveta: 2027-05-20", "дата"), ("recenzenty: [Р1, Р2, Р3]", "номера рецензентов"), ("ocenki: {R1: 2, R2: 3, R3: 3}", "оценки"),
        ("  pamyat_gib: 80", "характеристики оборудования"), ("  psp_tbs: 3.35", "характеристики оборудования"),
        ("  dolya_pamyati: 0.90", "входной параметр"), ("  gpu: \"2 × H100 SXM\"", "характеристики оборудования"),
        ("  qwen2.5-32b: {hidden: 5120", "входные параметры конфигурации"),
        ("repozitoriy: \"https://git.example.org/lab/infer70b", "URL, коммит"),
        ("# Ответ авторов на рецензии к статье № 148", "номер статьи"),
        ("## Рецензент 1", "номер рецензента"), ("## Рецензент 2", "номер рецензента"), ("## Рецензент 3", "номер рецензента"),
        ("n = 70_553_706_496", "входное значение"),
        ("Последняя строка оставлена, чтобы было видно, откуда взялась ошибка таблицы 2", "номер таблицы"),
        ("[^1]: Замеры 81 ток/с и 15 запросов получены 2027-04-03", "замеры, дата, версии")):
    non(f, text, why)
A = "> **Р3.4.**"
claim(f, "70,55 ГиБ", "weights", "ГиБ", W7, X, "per_gpu", anchor=A, note=R + " 3; вся модель на карту, к тому же в ГБ; 32,85 ГиБ")
claim(f, "3 ГиБ", "arithmetic", "ГиБ", 2 * F7, X, "off_2x", anchor=A, note=R + " 3; веса не разделены; 78,3 ГиБ на пару")
claim(f, "105 мс", "time", "мс", W7 / H100B, X, "off_2x", anchor=A, note=R + " 3; в десять раз больше; 10,5 мс")
non(f, "> - Замечания Р1.1–Р1.3, Р2.1–Р2.3 и Р3.1–Р3.4 разобраны ниже по порядку.", "номера замечаний")
non(f, "> - Скрипт — `scripts/sizing.py`, замеры — в [[Замеры TP=2 март]].", "ссылка с параметром")
claim(f, "35,28 ГБ", "weights", "ГБ", W7, H, anchor="> **Р3.4.**")
claim(f, "327¦680 байт", "kv_cache_per_token", "байт", KVT(L7), H, anchor="**Ответ.** Рецензент взял 64 головы запросов")

# ---- ru_03: письмо в редакцию с опровержением статьи (цитаты из статьи, поправки, сводка, ответ редакции) ----
f = "ru_03"
L8, L7, Q14, MS, P4 = "llama3-8b", "llama3-70b", "qwen2.5-14b", "mistral-small-24b", "phi4"
ST = "статья журнала"
A = "**1.** В статье: «Llama 3.1 8B в полной точности (fp16) весит 8 ГБ.»"
claim(f, "8 ГБ", "weights", "ГБ", W(L8, "fp16"), X, "wrong_dtype", anchor=A, note=ST + "; размер int8; 16,06 ГБ")
claim(f, "16,06 ГБ", "weights", "ГБ", W(L8, "fp16"), H, anchor="Это размер в int8. В fp16 — 16,06 ГБ.")
claim(f, "2,5 ГБ", "quantized_file", "ГБ", GG(L8, "Q4_K_M"), X, "off_2x", anchor="**2.** В статье:", note=ST + "; вдвое меньше; 4,91 ГБ")
claim(f, "4,91 ГБ", "quantized_file", "ГБ", GG(L8, "Q4_K_M"), H, rel=0.02, anchor="Файл Q4_K_M почти вдвое больше: 4,91 ГБ.")
claim(f, "около 270 ток/с", "throughput", "ток/с", 672e9 / GG(L8, "Q4_K_M"), X, "off_2x", hedged=True, anchor="**3.** В статье:", note=ST + "; от заниженного файла; 137")
claim(f, "около 137 ток/с", "throughput", "ток/с", 672e9 / GG(L8, "Q4_K_M"), H, hedged=True, rel=0.02, anchor="Цифра получена делением на заниженный размер файла")
claim(f, "1 ГиБ", "kv_cache_total", "ГиБ", KV(L8, 131072), X, "off_2x", anchor="**4.** В статье:", note=ST + "; кэш на 8K вместо 128K; 16 ГиБ")
A = "1 ГиБ — это 8K. На 128K кэш занимает 16 ГиБ"
claim(f, "1 ГиБ", "kv_cache_total", "ГиБ", KV(L8, 8192), H, anchor=A, note="переатрибутировано к 8K")
claim(f, "16 ГиБ", "kv_cache_total", "ГиБ", KV(L8, 131072), H, anchor=A)
claim(f, "около 20 ГБ", "quantized_file", "ГБ", GG(L7, "Q4_K_M"), X, "off_2x", hedged=True, anchor="**5.** В статье:", note=ST + "; 43,2 ГБ")
A = "Файл весит около 43,2 ГБ (40,2 ГиБ)"
claim(f, "около 43,2 ГБ", "quantized_file", "ГБ", GG(L7, "Q4_K_M"), H, hedged=True, rel=0.02, anchor=A)
claim(f, "40,2 ГиБ", "quantized_file", "ГиБ", GG(L7, "Q4_K_M"), H, rel=0.02, anchor=A)
claim(f, "13,7 ток/с", "throughput", "ток/с", 273e9 / GG(L7, "Q4_K_M"), X, "off_2x", anchor="**6.** В статье:", note=ST + "; от заниженного файла; 6,3")
claim(f, "около 6,3 ток/с", "throughput", "ток/с", 273e9 / GG(L7, "Q4_K_M"), H, hedged=True, rel=0.02, anchor="При настоящем размере файла потолок — около 6,3 ток/с.")
claim(f, "14,8 ГБ", "weights", "ГБ", W(Q14, "bf16"), X, "wrong_dtype", anchor="**7.** В статье:", note=ST + "; размер int8; 29,54 ГБ")
claim(f, "960 КиБ на токен", "kv_cache_per_token", "КиБ", KVT(Q14), X, "off_2x", anchor="**8.** В статье:", note=ST + "; головы запросов; 192 КиБ")
claim(f, "47,1 ГБ", "weights", "ГБ", W(MS, "int8"), X, "wrong_dtype", anchor="**9.** В статье:", note=ST + "; размер bf16; 23,57 ГБ")
A = "**10.** В статье:"
claim(f, "14,7 млрд параметров", "params", "млрд", N[P4], H, anchor=A)
claim(f, "27,3 ГБ", "weights", "ГБ", W(P4, "fp16"), X, "gib_as_gb", anchor=A, note=ST + "; ГиБ под видом ГБ; 29,32 ГБ")
A = "Число параметров верно, а 27,3 — это гибибайты: в гигабайтах 29,32 ГБ."
claim(f, "27,3", "weights", "ГиБ", W(P4, "fp16"), H, anchor=A, note="переатрибутировано к ГиБ")
claim(f, "29,32 ГБ", "weights", "ГБ", W(P4, "fp16"), H, anchor=A)
A = "**11.** В статье:"
claim(f, "89,6 Гбит/с", "bandwidth", "Гбит/с", 89.6e9, X, "wrong_unit", anchor=A, note=ST + "; 716,8 Гбит/с")
claim(f, "не больше 2,3 ток/с", "throughput", "ток/с", 89.6e9 / GG(L8, "Q4_K_M"), X, "wrong_unit", bound="upper", anchor=A, note=ST + "; Гбит/с вместо ГБ/с; 18,2")
A = "Там 89,6 ГБ/с, то есть 716,8 Гбит/с, и потолок около 18,2 ток/с"
claim(f, "89,6 ГБ/с", "bandwidth", "ГБ/с", 89.6e9, H, anchor=A)
claim(f, "716,8 Гбит/с", "bandwidth", "Гбит/с", 89.6e9, H, anchor=A)
claim(f, "около 18,2 ток/с", "throughput", "ток/с", 89.6e9 / GG(L8, "Q4_K_M"), H, hedged=True, rel=0.02, anchor=A)
claim(f, "16 ГБ", "training", "ГБ", 16 * N[L8], X, "off_2x", anchor="**12.** В статье:", note=ST + "; 2 байта на параметр; 128,5 ГБ")
claim(f, "128,5 ГБ", "training", "ГБ", 16 * N[L8], H, anchor="Adam при смешанной точности — 16 байт на параметр, поэтому полное дообучение требует 128,5 ГБ.")
LO = lora(32, 8, [(4096, 4096), (4096, 1024)])
A = "**13.** В статье:"
claim(f, "3,4 млн", "params", "млн", LO, H, anchor=A)
claim(f, "0,1 %", "percentage", "%", 100 * LO / N[L8], X, "off_2x", anchor=A, note=ST + "; 0,042 %")
A = "Число 3,4 млн верно, но это 0,042 %, а не 0,1 %."
claim(f, "3,4 млн", "params", "млн", LO, H, anchor=A)
claim(f, "0,042 %", "percentage", "%", 100 * LO / N[L8], H, anchor=A)
A = "**14.** В статье:"
claim(f, "140 ГБ", "weights", "ГБ", W(L7, "fp16"), H, anchor=A)
claim(f, "320 КиБ на токен", "kv_cache_per_token", "КиБ", KVT(L7), H, anchor=A)
for row, unit, kind, val, err, rel in (
        ("| 1 | 8 | ГБ | 16,06 |", "ГБ", "weights", W(L8, "fp16"), "wrong_dtype", None),
        ("| 2 | 2,5 | ГБ | 4,91 |", "ГБ", "quantized_file", GG(L8, "Q4_K_M"), "off_2x", 0.02),
        ("| 4 | 1 | ГиБ | 16 |", "ГиБ", "kv_cache_total", KV(L8, 131072), "off_2x", None),
        ("| 5 | 20 | ГБ | 43,2 |", "ГБ", "quantized_file", GG(L7, "Q4_K_M"), "off_2x", 0.02),
        ("| 7 | 14,8 | ГБ | 29,54 |", "ГБ", "weights", W(Q14, "bf16"), "wrong_dtype", None),
        ("| 8 | 960 | КиБ | 192 |", "КиБ", "kv_cache_per_token", KVT(Q14), "off_2x", None),
        ("| 9 | 47,1 | ГБ | 23,57 |", "ГБ", "weights", W(MS, "int8"), "wrong_dtype", None)):
    cells = row.strip("| ").split(" | ")
    claim(f, cells[1], kind, unit, val, X, err, anchor=row, note=f"сводка, «в статье»; {cells[3]}")
    claim(f, cells[3], kind, unit, val, H, anchor=row, rel=rel)
A = "Проверка к пункту 4: $2 \\times 32 \\times 8 \\times 128 \\times 2$ = 131¦072 байт на токен (128 КиБ)"
claim(f, "131¦072 байт", "kv_cache_per_token", "байт", KVT(L8), H, anchor=A)
claim(f, "128 КиБ", "kv_cache_per_token", "КиБ", KVT(L8), H, anchor=A)
claim(f, "17¦179¦869¦184 байт", "kv_cache_total", "байт", KV(L8, 131072), H, anchor=A)
claim(f, "16 ГиБ", "kv_cache_total", "ГиБ", KV(L8, 131072), H, anchor=A)
claim(f, "8 ГиБ", "kv_cache_total", "ГиБ", KV(L8, 131072), X, "off_2x", anchor="> По пункту 4 мы остаёмся при своём", note="ответ редакции; только ключи; 16 ГиБ")
claim(f, "40 ГиБ", "quantized_file", "ГиБ", GG(L7, "Q4_K_M"), H, rel=0.02, anchor="> Кроме того, по данным нашей лаборатории")
claim(f, "16 ГиБ", "kv_cache_total", "ГиБ", KV(L8, 131072), H, anchor="**Примечание автора письма (после публикации).**")
for text, why in (
        ("zhurnal: {nazvanie: \"Домашний компьютер\", nomer: \"9/2027\"", "номер журнала, страницы"),
        ("otpravleno: 2027-09-28", "дата"), ("otvet_redakcii: 2027-10-06", "дата"),
        ("  qwen2.5-14b: {hidden: 5120", "входные параметры конфигурации"),
        ("  mistral-small-24b: {hidden: 5120", "входные параметры конфигурации"),
        ("  phi-4: {hidden: 5120", "входные параметры конфигурации"),
        ("  rtx_4070_ti_super: {pamyat_gib: 16", "характеристики оборудования"),
        ("  mac_mini_m4_pro: {pamyat_gib: 64", "характеристики оборудования"),
        ("  ddr5_2ch: {psp_gbs: 89.6}", "характеристики оборудования"),
        ("status: опубликовано в № 11/2027", "номер журнала"),
        ("aliases: [опровержение Домашний компьютер, письмо в редакцию 9-2027]", "номер журнала"),
        ("В № 9/2027 (с. 34–39) опубликована статья", "номер журнала, страницы, определения единиц"),
        ("Автор умножил на 40 голов запросов; KV-голов у неё 8.", "входные параметры конфигурации"),
        ("## Ответ редакции (№ 11/2027, с. 6)", "номер журнала, страница"),
        ("> Редакция благодарит читательницу. С пунктами 1–3 и 5–15", "номера пунктов"),
        ("[^1]: Тираж № 9/2027", "тираж, дата, время")):
    non(f, text, why)
A = "**15.** В статье:"
claim(f, "640 КиБ на токен", "kv_cache_per_token", "КиБ", KVT(MS), X, "off_2x", anchor=A, note=ST + "; головы запросов; 160 КиБ")
claim(f, "14,7 ГБ", "weights", "ГБ", W(P4, "int4"), X, "wrong_dtype", anchor=A, note=ST + "; размер int8; 7,33 ГБ")
non(f, "- расчёт к пункту 4 (формула `2·L·k·d·s·b`);", "номер пункта, формула со свободными переменными")
non(f, "С уважением, Е. Савельева[^1]", "сноска")

# ---- ru_04: объявление о продаже б/у сервера (текст продавца как есть, таблица продавца, вопросы покупателей, мои пометки) ----
f = "ru_04"
L8, MS, Q14, Q32, L7, MX = "llama3-8b", "mistral-7b", "qwen2.5-14b", "qwen2.5-32b", "llama3-70b", "mixtral-8x7b"
R3090 = 936e9
W7C = W(L7, "int8") / 4
F7C = 24 * GIB - W7C
SL = "текст продавца"
claim(f, "70 ГБ", "weights", "ГБ", W(L7, "fp16"), X, "wrong_dtype", anchor="- Тянет Llama 3.1 70B в fp16 — это 70 ГБ", note=SL + "; размер int8; 141,1 ГБ")
claim(f, "13,3 ток/с", "throughput", "ток/с", R3090 / W7C, X, "per_gpu", anchor="- В int8 на всех четырёх картах 70B выдаёт 13,3 ток/с", note=SL + "; вся модель при TP = 4; 53,1")
A = "- Кэш у 70B — 2,5 МиБ на токен, так что на контекст 32K уйдёт 80 ГиБ"
claim(f, "2,5 МиБ на токен", "kv_cache_per_token", "МиБ", KVT(L7), X, "off_2x", anchor=A, note=SL + "; головы запросов; 320 КиБ")
claim(f, "80 ГиБ", "kv_cache_total", "ГиБ", KV(L7, 32768), X, "off_2x", anchor=A, note=SL + "; головы запросов; 10 ГиБ")
claim(f, "64 ГБ", "training", "ГБ", 16 * N[L8], X, "off_2x", anchor="- Полное дообучение Llama 3.1 8B влезает: нужно 64 ГБ на всё.", note=SL + "; 8 байт на параметр; 128,5 ГБ")
claim(f, "32,1 ГБ на карту", "training", "ГБ", zero(N[L8], 4, 3), H, anchor="- С ZeRO-3 на 4 картах это по 32,1 ГБ на карту.")
claim(f, "32,8 ГБ", "weights", "ГБ", W(Q32, "bf16"), X, "wrong_dtype", anchor="- Qwen2.5-32B в bf16 весит 32,8 ГБ", note=SL + "; размер int8; 65,5 ГБ")
A = "- У Mixtral 8x7B активных 12,9 млрд параметров"
claim(f, "12,9 млрд параметров", "params", "млрд", ACTIVE_M7, H, anchor=A)
claim(f, "25,8 ГБ", "weights", "ГБ", W(MX, "bf16"), X, "wrong_kind", anchor=A, note=SL + "; только активные эксперты; 93,4 ГБ")
claim(f, "112,5 Гбит/с", "bandwidth", "Гбит/с", 112.5e9, X, "wrong_unit", anchor="- Пары карт соединены NVLink на 112,5 Гбит/с.", note=SL + "; 900 Гбит/с")
claim(f, "256 Гбит/с", "bandwidth", "Гбит/с", 32e9, H, anchor="- PCIe 4.0 x16 на каждую карту — 32 ГБ/с, то есть 256 Гбит/с.")
claim(f, "21,6 ГБ", "quantized_file", "ГБ", GG(L7, "Q4_K_M"), X, "off_2x", anchor="- Файл 70B в Q4_K_M — 21,6 ГБ", note=SL + "; вдвое меньше; 43,2 ГБ")
TB = "таблица продавца"
for row, vals in (
        ("| Llama 3.1 8B (bf16, 1) | 16,06 | 4 | 58,3 |",
         ((W(L8, "bf16"), H, None), (KV(L8, 8192), X, "off_2x", "головы запросов; 1"), (R3090 / W(L8, "bf16"), H, None))),
        ("| Mistral 7B (bf16, 1) | 14,48 | 0,5 | 129,3 |",
         ((W(MS, "bf16"), H, None), (KV(MS, 4096), H, None), (R3090 / W(MS, "bf16"), X, "wrong_dtype", "потолок int8; 64,6"))),
        ("| Qwen2.5-14B (bf16, 2) | 29,54 | 1,5 | 31,7 |",
         ((W(Q14, "bf16"), H, None), (KV(Q14, 8192), H, None), (R3090 / (W(Q14, "bf16") / 2), X, "per_gpu", "вся модель при TP = 2; 63,4"))),
        ("| Qwen2.5-32B (int8, 2) | 65,5 | 2 | 28,6 |",
         ((W(Q32, "int8"), X, "wrong_dtype", "размер bf16; 32,76"), (KV(Q32, 8192), H, None), (R3090 / (W(Q32, "int8") / 2), X, "per_gpu", "вся модель при TP = 2; 57,1"))),
        ("| Llama 3.1 70B (int4, 4) | 35,28 | 20 | 26,5 |",
         ((W(L7, "int4"), H, None), (KV(L7, 8192), X, "off_2x", "головы запросов; 2,5"), (R3090 / (W(L7, "int4") / 4), X, "per_gpu", "вся модель при TP = 4; 106,1"))),
        ("| Mixtral 8x7B (int4, 2) | 23,35 | 1 | 40,1 |",
         ((W(MX, "int4"), H, None), (KV(MX, 8192), H, None), (R3090 / (W(ACTIVE_M7, "int4") / 2), X, "wrong_kind", "весь файл MoE при TP = 2; 290,7")))):
    cells = row.strip("| ").split(" | ")
    for cell, (unit, kind), v in zip(cells[1:], (("ГБ", "weights"), ("ГиБ", "kv_cache_total"), ("ток/с", "throughput")), vals):
        if v[1] == H:
            claim(f, cell, kind, unit, v[0], H, anchor=row)
        else:
            claim(f, cell, kind, unit, v[0], X, v[2], anchor=row, note=TB + "; " + v[3])
A = "**Покупатель_1:** Вы пишете 70 ГБ для fp16 — это же int8."
claim(f, "70 ГБ", "weights", "ГБ", W(L7, "int8"), H, anchor=A, note="переатрибутировано к int8")
claim(f, "141 ГБ", "weights", "ГБ", W(L7, "fp16"), H, anchor=A)
A = "**Продавец:** Ну пусть int8. Тогда по 17,6 ГБ на карту, и ещё 7,57 ГиБ"
claim(f, "17,6 ГБ на карту", "weights", "ГБ", W7C, H, anchor=A)
claim(f, "7,57 ГиБ", "arithmetic", "ГиБ", F7C, H, anchor=A)
A = "**Покупатель_2:** Кэш 70B на 32K — это 10 ГиБ, по 2,5 ГиБ на карту."
claim(f, "10 ГиБ", "kv_cache_total", "ГиБ", KV(L7, 32768), H, anchor=A)
claim(f, "2,5 ГиБ на карту", "kv_cache_total", "ГиБ", KV(L7, 32768) / 4, H, anchor=A)
claim(f, "80 ГиБ", "kv_cache_total", "ГиБ", KV((80, 64, 128), 32768), H, anchor=A, note="переатрибутировано к 64 головам запросов")
claim(f, "12 запросов", "arithmetic", "запросов", F7C // (KV(L7, 32768) / 4), X, "per_gpu", anchor="**Продавец:** Понял. Тогда влезет 12 запросов по 32K", note="продавец; число на карту умножено на четыре карты; 3")
A = "**Покупатель_2:** Не 12, а 3: 7,57 ГиБ на карте делим на 2,5 ГиБ"
claim(f, "3", "arithmetic", "запросов", F7C // (KV(L7, 32768) / 4), H, anchor=A)
claim(f, "7,57 ГиБ", "arithmetic", "ГиБ", F7C, H, anchor=A)
claim(f, "2,5 ГиБ", "kv_cache_total", "ГиБ", KV(L7, 32768) / 4, H, anchor=A)
A = "> «Четыре RTX 3090 дают суммарно 3,7 ТБ/с."
NN = "ответ нейросети, вставленный покупателем"
claim(f, "3,7 ТБ/с", "bandwidth", "ТБ/с", 4 * R3090, H, anchor=A, **Q)
claim(f, "117 ток/с", "throughput", "ток/с", R3090 / W(L8, "bf16"), X, "wrong_dtype", anchor=A, note=NN + "; потолок int8; 58,3", **Q)
claim(f, "2,45 ГБ", "quantized_file", "ГБ", GG(L8, "Q4_K_M"), X, "off_2x", anchor=A, note=NN + "; вдвое меньше; 4,91 ГБ", **Q)
A = "**Покупатель_4:** Первая цифра верна, вторая — это int8"
claim(f, "4,91 ГБ", "quantized_file", "ГБ", GG(L8, "Q4_K_M"), H, rel=0.02, anchor=A)
claim(f, "около 190 ток/с", "throughput", "ток/с", R3090 / GG(L8, "Q4_K_M"), H, hedged=True, rel=0.02, anchor=A)
A = "**Продавец:** Про скорость 70B: у меня 13,3 ток/с, я же делил 936 на 70,6."
claim(f, "13,3 ток/с", "throughput", "ток/с", R3090 / W7C, X, "per_gpu", anchor=A, note="продавец; вся модель при TP = 4; 53,1")
claim(f, "70,6", "weights", "ГБ", W7C, X, "per_gpu", anchor=A, note="продавец; вся модель вместо доли карты; 17,6")
A = "**Покупатель_2:** При TP = 4 каждая карта читает свою четверть."
claim(f, "17,6", "weights", "ГБ", W7C, H, anchor=A)
claim(f, "около 53 ток/с", "throughput", "ток/с", R3090 / W7C, H, hedged=True, anchor=A)
A = "**Продавец:** 46,7 ГБ, у неё же 46,7 млрд параметров."
claim(f, "46,7 ГБ", "weights", "ГБ", W(MX, "bf16"), X, "wrong_dtype", anchor=A, note="продавец; размер int8; 93,4 ГБ")
claim(f, "46,7 млрд параметров", "params", "млрд", N[MX], H, anchor=A)
A = "**Покупатель_4:** 46,7 ГБ — это int8; в bf16 все эксперты занимают 93,4 ГБ."
claim(f, "46,7 ГБ", "weights", "ГБ", W(MX, "int8"), H, anchor=A, note="переатрибутировано к int8")
claim(f, "93,4 ГБ", "weights", "ГБ", W(MX, "bf16"), H, anchor=A)
A = "**Покупатель_4:** 16 байт на параметр, то есть 128,5 ГБ на всё"
claim(f, "128,5 ГБ", "training", "ГБ", 16 * N[L8], H, anchor=A)
claim(f, "32,1 ГБ на карту", "training", "ГБ", zero(N[L8], 4, 3), H, anchor=A)
A = "- NVLink у 3090 — 112,5 ГБ/с, то есть 900 Гбит/с"
claim(f, "112,5 ГБ/с", "bandwidth", "ГБ/с", 112.5e9, H, anchor=A)
claim(f, "900 Гбит/с", "bandwidth", "Гбит/с", 112.5e9, H, anchor=A)
claim(f, "около 43,2 ГБ", "quantized_file", "ГБ", GG(L7, "Q4_K_M"), H, hedged=True, rel=0.02, anchor="- Файл Q4_K_M у 70B — около 43,2 ГБ")
for text, why in (
        ("nomer_obyavleniya: 3318274409", "номер объявления"), ("opublikovano: 2027-07-03", "дата"), ("cena_rub: 690000", "цена"),
        ("prosmotry: 2214", "число просмотров"), ("  gpu: {model: \"RTX 3090\", shtuk: 4", "характеристики оборудования"),
        ("  nvlink: {par: 2}", "характеристики оборудования"), ("  ozu_gb: 256", "характеристики оборудования"),
        ("  bp_vt: 2000", "характеристики оборудования"), ("title: \"Объявление: сервер 4 × RTX 3090", "число карт"),
        ("aliases: [объявление 4x3090", "число карт"), ("# Сервер 4 × RTX 3090 — объявление и вопросы", "число карт"),
        ("Продаю сервер для нейросетей, собран в 2025-м, работал 14 месяцев", "год, срок работы"),
        ("| модель (формат, карт) | веса, ГБ | кэш на 8K, ГиБ | потолок, ток/с |", "шапка таблицы с контекстом"),
        ("Цена 690¦000 руб., торг у сервера.", "цена, объём дисков"),
        ("**Покупатель_5:** А Mixtral в bf16 сколько весит целиком?", "вопрос, название формата"),
        ("**Покупатель_5:** А полное дообучение 8B всё-таки сколько?", "вопрос, название модели"),
        ("- Строки таблицы продавца: кэш 8B посчитан по головам запросов", "названия моделей"),
        ("- Итог: железо нормальное, но считать продавец не умеет. Предложу 600¦000 руб.", "цена"),
        ("[^1]: Переписка в ветке — с 2027-07-03 по 2027-07-09", "даты, число сообщений")):
    non(f, text, why)
claim(f, "117 ток/с", "throughput", "ток/с", R3090 / W(L8, "bf16"), X, "wrong_dtype", anchor="- Llama 3.1 8B в bf16 на одной карте выдаёт 117 ток/с.", note=SL + "; потолок int8; 58,3")
claim(f, "4 ГиБ", "kv_cache_total", "ГиБ", KV(L8, 8192, 32), X, "off_2x", anchor="- Для 32 пользователей по 8K на Llama 3.1 8B хватит 4 ГиБ кэша.", note=SL + "; 32 ГиБ")
non(f, "## Вопросы и ответы под объявлением[^1]", "сноска")
A = "- Мой расчёт запросов: $\\lfloor 7,57 / 2,5 \\rfloor = 3$"
claim(f, "7,57", "arithmetic", "ГиБ", F7C, H, anchor=A)
claim(f, "2,5", "kv_cache_total", "ГиБ", KV(L7, 32768) / 4, H, anchor=A)
claim(f, "3", "arithmetic", "запросов", F7C // (KV(L7, 32768) / 4), H, anchor=A)

# ---- ru_05: руководство администратора ПАК, раздел «Сайзинг» (редакция 2, ошибки редакции 1, скрипт, ответ поддержки) ----
f = "ru_05"
L8, MS, Q32, L7, L27 = "llama3-8b", "mistral-7b", "qwen2.5-32b", "llama3-70b", "llama2-7b"
L40B = 864e9
BL = 0.9 * 48 * GIB
W7 = W(L7, "fp8") / 4
K7 = KV(L7, 8192) / 4
WQ = W(Q32, "fp8") / 2
R1 = "редакция 1 раздела"
claim(f, "43,2 ГиБ", "arithmetic", "ГиБ", BL, H, anchor="> Раздел помогает выбрать модель")
for row, m, dt, tp, ctx in (("| Llama 3.1 8B | bf16, 1 | 16,06 | 28,24 | 28 | 53,8 |", L8, "bf16", 1, 8192),
                            ("| Mistral 7B | bf16, 1 | 14,48 | 29,71 | 59 | 59,7 |", MS, "bf16", 1, 4096),
                            ("| Llama 3.1 70B | fp8, 4 | 17,64 | 26,77 | 42 | 49,0 |", L7, "fp8", 4, 8192)):
    cells = row.strip("| ").split(" | ")
    w = W(m, dt) / tp
    claim(f, cells[2], "weights", "ГБ", w, H, anchor=row)
    claim(f, cells[3], "arithmetic", "ГиБ", BL - w, H, anchor=row)
    claim(f, cells[4], "arithmetic", "сессий", (BL - w) // (KV(m, ctx) / tp), H, anchor=row)
    claim(f, cells[5], "throughput", "ток/с", L40B / w, H, anchor=row)
A = "Для Llama 3.1 70B: $\\frac{43,2 - 16,43}{0,625} = 42,8$"
claim(f, "43,2", "arithmetic", "ГиБ", BL, H, anchor=A)
claim(f, "16,43", "weights", "ГиБ", W7, H, anchor=A)
claim(f, "0,625", "kv_cache_total", "ГиБ", K7, H, anchor=A)
claim(f, "42,8", "arithmetic", "сессий", (BL - W7) / K7, H, anchor=A)
claim(f, "42 сессии", "arithmetic", "сессий", (BL - W7) // K7, H, anchor=A)
A = "Qwen2.5-32B (конфиг в свойствах) в fp8 при двух картах: 16,38 ГБ на карту"
claim(f, "16,38 ГБ на карту", "weights", "ГБ", WQ, H, anchor=A)
claim(f, "27,94 ГиБ", "arithmetic", "ГиБ", BL - WQ, H, anchor=A)
claim(f, "1 ГиБ", "kv_cache_total", "ГиБ", KV(Q32, 8192) / 2, H, anchor=A)
claim(f, "27 сессий", "arithmetic", "сессий", (BL - WQ) // (KV(Q32, 8192) / 2), H, anchor=A)
claim(f, "52,7 ток/с", "throughput", "ток/с", L40B / WQ, H, anchor=A)
A = "- Веса моделей 7–8B (от Llama 2 7B до Llama 3 8B) в bf16 — 13,5–16,1 ГБ"
claim(f, "13,5–16,1 ГБ", "weights", "ГБ", [W(L27, "bf16"), W(L8, "bf16")], H, anchor=A, rng=True)
claim(f, "6,7–8,0 ГБ", "weights", "ГБ", [W(L27, "fp8"), W(L8, "fp8")], H, anchor=A, rng=True)
claim(f, "3,4–4,0 ГБ", "weights", "ГБ", [W(L27, "int4"), W(L8, "int4")], H, anchor=A, rng=True)
claim(f, "0,5–2 ГиБ", "kv_cache_total", "ГиБ", [KV(L8, 4096), KV(L27, 4096)], H, anchor="- Кэш на сессию 4K у них — 0,5–2 ГиБ", rng=True)
claim(f, "не превышает 0,5 ГиБ", "kv_cache_total", "ГиБ", KV(MS, 4096), H, bound="upper", anchor="- У Mistral 7B кэш одной сессии не превышает 0,5 ГиБ")
A = "- Потолок Llama 3.1 8B в bf16 на одной карте — не выше 53,8 ток/с"
claim(f, "не выше 53,8 ток/с", "throughput", "ток/с", L40B / W(L8, "bf16"), H, bound="upper", anchor=A)
claim(f, "4,91 ГБ", "quantized_file", "ГБ", GG(L8, "Q4_K_M"), H, rel=0.02, anchor=A)
claim(f, "около 176 ток/с", "throughput", "ток/с", L40B / GG(L8, "Q4_K_M"), H, hedged=True, rel=0.02, anchor=A)
claim(f, "16,43 ГиБ на карту", "weights", "ГиБ", W7, H, anchor="w_card = n * 1 / 4 / 2**30")
claim(f, "26,77 ГиБ", "arithmetic", "ГиБ", BL - W7, H, anchor="free = 0.90 * 48 - w_card")
claim(f, "0,625 ГиБ на сессию 8K", "kv_cache_total", "ГиБ", K7, H, anchor="kv_card = 2 * 80 * 8 * 128 * 2 * 8192 / 4 / 2**30")
claim(f, "42 сессии", "arithmetic", "сессий", (BL - W7) // K7, H, anchor="print(int(free // kv_card))")
claim(f, "49,0 ток/с", "throughput", "ток/с", L40B / W7, H, anchor="print(864e9 / (n / 4))")
claim(f, "12,2 ток/с", "throughput", "ток/с", L40B / W7, X, "per_gpu", anchor="# в редакции 1 здесь было print(864e9 / n)", note="комментарий о редакции 1; вся модель при TP = 4; 49,0")
for row, unit, kind, val, err in (
        ("| 5.3, Llama 3.1 8B, кэш на сессию 8K | 4 | ГиБ |", "ГиБ", "kv_cache_total", KV(L8, 8192), "off_2x"),
        ("| 5.3, Mistral 7B, кэш на сессию 8K | 1,0 | ГиБ |", "ГиБ", "kv_cache_total", KV(MS, 4096), "off_2x"),
        ("| 5.3, Mistral 7B, сессий 8K | 29 | сессий |", "сессий", "arithmetic", (BL - W(MS, "bf16")) // KV(MS, 4096), "off_2x"),
        ("| 5.3, Qwen2.5-32B, веса на карту | 32,76 | ГБ |", "ГБ", "weights", WQ, "per_gpu"),
        ("| 5.3, Qwen2.5-32B, потолок | 26,4 | ток/с |", "ток/с", "throughput", L40B / WQ, "per_gpu"),
        ("| 5.3, Llama 3.1 70B, веса на карту | 35,28 | ГБ |", "ГБ", "weights", W7, "wrong_dtype"),
        ("| 5.3, Llama 3.1 70B, потолок | 12,2 | ток/с |", "ток/с", "throughput", L40B / W7, "per_gpu"),
        ("| 5.3, Llama 3.1 70B, кэш на сессию 8K на карту | 2,5 | ГиБ |", "ГиБ", "kv_cache_total", K7, "per_gpu"),
        ("| 5.3, Llama 3.1 70B, сессий 8K | 10 | сессий |", "сессий", "arithmetic", (BL - W7) // K7, "per_gpu"),
        ("| 5.1, суммарная ПСП четырёх карт | 3456 | Гбит/с |", "Гбит/с", "bandwidth", 4 * L40B, "wrong_unit"),
        ("| 5.7, дообучение Llama 3.1 8B с ZeRO-3 на 4 картах | 128,5 | ГБ на карту |", "ГБ", "training", zero(N[L8], 4, 3), "per_gpu"),
        ("| 5.7, LoRA r = 16 на q и v | 3,4 | млн параметров |", "млн", "params", lora(32, 16, [(4096, 4096), (4096, 1024)]), "off_2x"),
        ("| 5.4, файл Q4_K_M Llama 3.1 8B | 4,58 | ГБ |", "ГБ", "quantized_file", GG(L8, "Q4_K_M"), "gib_as_gb")):
    cells = row.strip("| ").split(" | ")
    claim(f, cells[1], kind, unit, val, X, err, anchor=row, note=R1)
claim(f, "3,4–4,0", "weights", "ГБ", [W(L27, "fp8"), W(L8, "fp8")], X, "wrong_dtype", anchor="| 5.4, веса моделей 7–8B в fp8 | 3,4–4,0 | ГБ |", rng=True, note=R1 + "; значения int4; 6,7–8,0 ГБ")
A = "- Полное дообучение Llama 3.1 8B: 16 байт на параметр, 128,5 ГБ состояния"
claim(f, "128,5 ГБ", "training", "ГБ", 16 * N[L8], H, anchor=A)
claim(f, "32,1 ГБ", "training", "ГБ", zero(N[L8], 4, 3), H, anchor=A)
claim(f, "29,9 ГиБ", "training", "ГиБ", zero(N[L8], 4, 3), H, anchor=A)
claim(f, "6¦815¦744", "params", "params", lora(32, 16, [(4096, 4096), (4096, 1024)]), H, anchor="- LoRA r = 16 на q и v: 6¦815¦744 обучаемых параметра.")
A = "> «Для Llama 3.1 70B в bf16 на четырёх L40S веса занимают 141,1 ГБ на каждой карте"
SP = "ответ чат-бота поддержки (база знаний)"
claim(f, "141,1 ГБ на каждой карте", "weights", "ГБ", W(L7, "bf16") / 4, X, "per_gpu", anchor=A, note=SP + "; вся модель на карту; 35,28 ГБ", **Q)
claim(f, "24,5 ток/с", "throughput", "ток/с", L40B / (W(L7, "bf16") / 4), H, anchor=A, **Q)
claim(f, "2,5 ГБ на карту", "kv_cache_total", "ГБ", KV(L7, 32768) / 4, X, "gib_as_gb", anchor=A, note=SP + "; ГиБ под видом ГБ; 2,68 ГБ", **Q)
claim(f, "2,5 ГиБ на карту", "kv_cache_total", "ГиБ", KV(L7, 32768) / 4, H, anchor="Комментарий редакции документа: потолок в ответе верен")
for text, why in (
        ("dokument: {oboznachenie: \"СФИ.2U-РА\", razdel: 5", "обозначение документа, дата"),
        ("predydushchaya_redakciya: {nomer: 1", "номер редакции, дата"),
        ("  gpu: {model: L40S, shtuk: 4", "характеристики оборудования"), ("  cpu: \"2 × 32 ядра\"", "характеристики оборудования"),
        ("  ozu_gib: 512", "характеристики оборудования"), ("  interkonnekt: \"PCIe 4.0 x16\"", "характеристики оборудования"),
        ("parametry_servera: {dolya_pamyati: 0.90", "входные параметры"), ("modeli_v_komplekte: [Llama-3.1-8B-Instruct", "названия моделей"),
        ("qwen2.5-32b: {hidden: 5120", "входные параметры конфигурации"), ("svyazannye: [\"[[СФИ.2U — раздел 4 «Установка»]]\"", "номера разделов"),
        ("title: \"ПАК «Сфера-ИИ 2U»", "номер раздела, редакции"), ("aliases: [Сфера-ИИ сайзинг, руководство администратора раздел 5]", "номер раздела"),
        ("# Раздел 5. Сайзинг", "номер раздела"), ("> [!info] 5.0 Назначение раздела", "номер пункта"),
        ("## 5.1 Исходные данные", "номер пункта"), ("| карт в ПАК | 4 |", "входные данные"), ("| память карты | 48 ГиБ |", "характеристики оборудования"),
        ("| пропускная способность памяти карты | 864 ГБ/с |", "характеристики оборудования"), ("| доля памяти под сервер | 0,90 |", "входной параметр"),
        ("## 5.2 Формулы", "номер пункта"), ("- Кэш на сессию: $K = 2", "формула со свободными переменными"),
        ("## 5.3 Типовые конфигурации", "номер пункта"),
        ("| модель | формат, карт | веса на карту, ГБ | свободно на карту, ГиБ | сессий 8K | потолок, ток/с |", "шапка таблицы с контекстом"),
        ("## 5.4 Ориентиры для моделей 7–8B", "номер пункта, классы моделей"), ("## 5.5 Скрипт проверки конфигурации", "номер пункта"),
        ("# sizing_check.py — Llama 3.1 70B, fp8, 4 × L40S", "название модели, число карт"), ("n = 70_553_706_496", "входное значение"),
        ("## 5.6 Ошибки редакции 1", "номер пункта, номер редакции"), ("В редакции 1 раздела 5 были напечатаны неверные значения.", "номера редакции, пунктов"),
        ("## 5.7 Дообучение на ПАК", "номер пункта"), ("## 5.8 Ответ чат-бота поддержки (из базы знаний, цитата)", "номер пункта"),
        ("Изменения редакции 2 согласованы 2027-11-18, протокол № 41.", "номер редакции, дата, номер протокола")):
    non(f, text, why)
claim(f, "0,25–1", "kv_cache_total", "ГиБ", [KV(L8, 4096), KV(L27, 4096)], X, "off_2x", anchor="| 5.4, кэш моделей 7–8B на сессию 4K | 0,25–1 | ГиБ |", rng=True, note=R1 + "; только ключи; 0,5–2 ГиБ")
claim(f, "26,9", "throughput", "ток/с", L40B / W(L8, "bf16"), X, "wrong_dtype", anchor="| 5.3, Llama 3.1 8B, потолок | 26,9 | ток/с |", note=R1 + "; потолок fp32; 53,8")
claim(f, "64,2", "training", "ГБ", 16 * N[L8], X, "off_2x", anchor="| 5.7, полное состояние Llama 3.1 8B | 64,2 | ГБ |", note=R1 + "; 8 байт на параметр; 128,5 ГБ")
claim(f, "3,27 раза", "ratio", "раз", W(L8, "bf16") / GG(L8, "Q4_K_M"), H, rel=0.02, anchor="- Файл Q4_K_M в 3,27 раза меньше весов bf16.")
non(f, "sertifikat: \"ТС RU C-RU.АБ12.В.04417\"", "номер сертификата")
non(f, "- Заполнение кэша видно в [[СФИ.2U — раздел 6 «Мониторинг»]]", "номер раздела")
non(f, "[^1]: Перечень замечаний к редакции 1", "номер записки")
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
            raise SystemExit("truth.json is stale: run python tests/claims_corpus_am/truth.py")
        summary(truth)
        print("truth.json is current; every check passed")
        return 0
    path.write_text(text, encoding="utf-8")
    summary(truth)
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
