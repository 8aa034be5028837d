#!/usr/bin/env python3
"""Ground truth for blind sizing-claims corpus AN (tests/claims_corpus_an/notes).

Written without reading vaultkit's code, its tests or the other corpora's notes.  Facts come
from /work/shared/claims-gold.md: bytes per dtype, exact parameter counts and configs of the
catalogued models, measured GGUF bits per weight (Llama-3.1-8B), the KV-cache, training-memory
and activation formulas.  Models that claims-gold lacks appear only with their config stated in
the note itself; the truth recomputes their parameter counts from that config with the
claims-gold formula (asserted below for the catalogued ones).  Nothing here imports vaultkit.
The checking code (figure reader, tolerance, error-class checks, output) and the model helpers
and catalogue are corpus AM's truth.py, reused unchanged (with the facts AC-AM added); AN adds
the configs its notes print, a few units, then its own claims.

    python tests/claims_corpus_an/truth.py          # verify and (re)write truth.json
    python tests/claims_corpus_an/truth.py --check  # verify; fail if truth.json is stale

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

# ==== CLAIMS (corpus AN) ====
# ---- facts for corpus AN (configs printed in the notes that use them) --------------------------
N["yi-1.5-9b"] = llama_like(4096, 11008, 48, 32, 4, 128, 64000, False)
N["gemma-7b"] = llama_like(3072, 24576, 28, 16, 16, 256, 256000, True)
N["qwen3-4b"] = llama_like(2560, 9728, 36, 32, 8, 128, 151936, True, qk_norm=True)
N["smollm2-360m"] = llama_like(960, 2560, 32, 15, 5, 64, 49152, True)
N["deepseek-llm-7b"] = llama_like(4096, 11008, 30, 32, 32, 128, 102400, False)
CFG.update({"yi-1.5-9b": (4096, 48, 32, 4, 128), "gemma-7b": (3072, 28, 16, 16, 256), "qwen3-4b": (2560, 36, 32, 8, 128),
            "smollm2-360m": (960, 32, 15, 5, 64), "deepseek-llm-7b": (4096, 30, 32, 32, 128)})
assert N["yi-1.5-9b"] == 8_829_407_232 and N["gemma-7b"] == 8_537_680_896 and N["qwen3-4b"] == 4_022_468_096
assert N["smollm2-360m"] == 361_821_120 and N["deepseek-llm-7b"] == 6_910_365_696


def tocc(row, fig):
    """occurrence (1-based, among standalone matches) of the first match of fig in row that is not
    glued to a word or a hyphen in front (a table cell, not the digits of a model or card name)"""
    ms = list(re.finditer(r"(?<![\d.,\u00a0\u202f])" + re.escape(_sp(fig)) + r"(?!\d|[.,\u00a0\u202f]\d)", row))
    return next((i for i, m in enumerate(ms, 1) if not re.match(r"[\w\-]", row[m.start() - 1:m.start()] or " ")), 1)



# ---- en_01: a conference poster's text with the Q&A sheet kept at the board ----
f = "en_01"
L8, Y9, L13, MX, L7 = "llama3-8b", "yi-1.5-9b", "llama2-13b", "mixtral-8x7b", "llama3-70b"
A100B, L40B = 2039e9, 864e9
B80, B48 = 0.9 * 80 * GIB, 0.9 * 48 * GIB
F8 = B48 - W(L8, "bf16")
FY = B48 - W(Y9, "bf16")
F13 = B80 - W(L13, "bf16")
MXC = W(MX, "fp8") / 2
MXA = W(ACTIVE_M7, "fp8") / 2
W7C = W(L7, "fp8") / 2
VIS = "visitor's premise"
HO = "handout v1 as printed"
AI = "chat assistant on a visitor's phone (AI)"
for row, m, dt, tp, kvt, users, bw in (
        ("| Llama-3-8B | bf16 | 1 × L40S | 16.06 | 14.96 | 128 | 28 | 53.8 |", L8, "bf16", 1, KVT(L8), F8 // KV(L8, 8192), L40B),
        ("| Yi-1.5-9B | bf16 | 1 × L40S | 17.66 | 16.45 | 96 | 35 | 48.9 |", Y9, "bf16", 1, KVT(Y9), FY // KV(Y9, 8192), L40B),
        ("| Llama-2-13B | bf16 | 1 × A100 | 26.03 | 24.24 | 800 | 7 | 78.3 |", L13, "bf16", 1, KVT(L13), F13 // KV(L13, 8192), A100B),
        ("| Mixtral-8x7B | fp8 | 2 × A100 | 46.70 | 21.75 | 64 | 100 | 316.6 |", MX, "fp8", 2, KVT(MX) / 2, (B80 - MXC) // (KV(MX, 8192) / 2), A100B),
        ("| Llama-3-70B | fp8 | 2 × A100 | 70.55 | 32.85 | 160 | 31 | 57.8 |", L7, "fp8", 2, KVT(L7) / 2, (B80 - W7C) // (KV(L7, 8192) / 2), A100B)):
    c = row.strip("| ").split(" | ")
    read_bytes = (MXA if m == MX else W(m, dt) / tp)
    claim(f, c[3], "weights", "GB", W(m, dt), H, anchor=row)
    claim(f, c[4], "weights", "GiB", W(m, dt) / tp, H, anchor=row)
    claim(f, c[5], "kv_cache_per_token", "KiB", kvt, H, anchor=row)
    claim(f, c[6], "arithmetic", "users", users, H, anchor=row, occ=tocc(row, c[6]))
    claim(f, c[7], "throughput", "tok/s", bw / read_bytes, H, anchor=row)
A = "- 8.03 B parameters; bf16 weights 16.06 GB (14.96 GiB), and fp8 halves that to 8.03 GB."
claim(f, "8.03 B parameters", "params", "B", N[L8], H, anchor=A)
claim(f, "16.06 GB", "weights", "GB", W(L8, "bf16"), H, anchor=A)
claim(f, "14.96 GiB", "weights", "GiB", W(L8, "bf16"), H, anchor=A)
claim(f, "8.03 GB", "weights", "GB", W(L8, "fp8"), H, anchor=A)
A = "- Budget 0.90 × 48 = 43.2 GiB; after the weights 28.24 GiB remain, i.e. 28 users of 8K at 1 GiB each (128 KiB per token)."
claim(f, "43.2 GiB", "arithmetic", "GiB", B48, H, anchor=A)
claim(f, "28.24 GiB", "arithmetic", "GiB", F8, H, anchor=A)
claim(f, "28 users", "arithmetic", "users", F8 // KV(L8, 8192), H, anchor=A)
claim(f, "1 GiB", "kv_cache_total", "GiB", KV(L8, 8192), H, anchor=A)
claim(f, "128 KiB per token", "kv_cache_per_token", "KiB", KVT(L8), H, anchor=A)
A = "- Single-stream ceiling: 864 ÷ 16.06 = 53.8 tok/s; with an fp8 cache the same budget holds 56 users."
claim(f, "16.06", "weights", "GB", W(L8, "bf16"), H, anchor=A)
claim(f, "53.8 tok/s", "throughput", "tok/s", L40B / W(L8, "bf16"), H, anchor=A)
claim(f, "56 users", "arithmetic", "users", F8 // KV(L8, 8192, b=1), H, anchor=A)
A = "- The config gives 8,829,407,232 parameters (8.83 B): 17.66 GB in bf16, 8.83 GB in fp8."
claim(f, "8,829,407,232 parameters", "params", "params", N[Y9], H, anchor=A)
claim(f, "8.83 B", "params", "B", N[Y9], H, anchor=A)
claim(f, "17.66 GB", "weights", "GB", W(Y9, "bf16"), H, anchor=A)
claim(f, "8.83 GB", "weights", "GB", W(Y9, "fp8"), H, anchor=A)
A = "- Four KV heads make the cache 96 KiB per token: 0.75 GiB for 8K and 3 GiB for 32K."
claim(f, "96 KiB per token", "kv_cache_per_token", "KiB", KVT(Y9), H, anchor=A)
claim(f, "0.75 GiB", "kv_cache_total", "GiB", KV(Y9, 8192), H, anchor=A)
claim(f, "3 GiB", "kv_cache_total", "GiB", KV(Y9, 32768), H, anchor=A)
A = "- In bf16, 26.75 GiB stays free: 35 users of 8K, or 8 users of 32K."
claim(f, "26.75 GiB", "arithmetic", "GiB", FY, H, anchor=A)
claim(f, "35 users", "arithmetic", "users", FY // KV(Y9, 8192), H, anchor=A)
claim(f, "8 users", "arithmetic", "users", FY // KV(Y9, 32768), H, anchor=A)
A = "- The bf16 ceiling is 48.9 tok/s; the Q4_K_M file (5.40 GB) lifts it to roughly 160 tok/s."
claim(f, "48.9 tok/s", "throughput", "tok/s", L40B / W(Y9, "bf16"), H, anchor=A)
claim(f, "5.40 GB", "quantized_file", "GB", GG(Y9, "Q4_K_M"), H, rel=0.02, anchor=A)
claim(f, "roughly 160 tok/s", "throughput", "tok/s", L40B / GG(Y9, "Q4_K_M"), H, hedged=True, rel=0.02, anchor=A)
A = "- 13.02 B parameters and 26.03 GB in bf16; the A100's 72 GiB budget keeps 47.76 GiB for the cache."
claim(f, "13.02 B parameters", "params", "B", N[L13], H, anchor=A)
claim(f, "26.03 GB", "weights", "GB", W(L13, "bf16"), H, anchor=A)
claim(f, "72 GiB", "arithmetic", "GiB", B80, H, anchor=A)
claim(f, "47.76 GiB", "arithmetic", "GiB", F13, H, anchor=A)
A = "- No GQA here: 800 KiB per token, 6.25 GiB per 8K user, so only 7 users fit."
claim(f, "800 KiB per token", "kv_cache_per_token", "KiB", KVT(L13), H, anchor=A)
claim(f, "6.25 GiB", "kv_cache_total", "GiB", KV(L13, 8192), H, anchor=A)
claim(f, "7 users", "arithmetic", "users", F13 // KV(L13, 8192), H, anchor=A)
A = "- Ceiling: 2039 ÷ 26.03 = 78.3 tok/s."
claim(f, "26.03", "weights", "GB", W(L13, "bf16"), H, anchor=A)
claim(f, "78.3 tok/s", "throughput", "tok/s", A100B / W(L13, "bf16"), H, anchor=A)
A = "- 46.7 B parameters stored and 12.9 B active; fp8 weights 46.70 GB, that is 23.35 GB per card (21.75 GiB)."
claim(f, "46.7 B parameters", "params", "B", N[MX], H, anchor=A)
claim(f, "12.9 B", "params", "B", ACTIVE_M7, H, anchor=A)
claim(f, "46.70 GB", "weights", "GB", W(MX, "fp8"), H, anchor=A)
claim(f, "23.35 GB per card", "weights", "GB", MXC, H, anchor=A)
claim(f, "21.75 GiB", "weights", "GiB", MXC, H, anchor=A)
A = "- Each card keeps 50.25 GiB for the cache at 64 KiB per token per card."
claim(f, "50.25 GiB", "arithmetic", "GiB", B80 - MXC, H, anchor=A)
claim(f, "64 KiB per token", "kv_cache_per_token", "KiB", KVT(MX) / 2, H, anchor=A)
A = "- Each decode step reads only the active experts' share on each card: 2039 ÷ 6.44 = 316.6 tok/s."
claim(f, "6.44", "weights", "GB", MXA, H, anchor=A)
claim(f, "316.6 tok/s", "throughput", "tok/s", A100B / MXA, H, anchor=A)
A = "- 70.55 GB of fp8 weights, 35.28 GB per card (32.85 GiB), leaving 39.15 GiB per card."
claim(f, "70.55 GB", "weights", "GB", W(L7, "fp8"), H, anchor=A)
claim(f, "35.28 GB per card", "weights", "GB", W7C, H, anchor=A)
claim(f, "32.85 GiB", "weights", "GiB", W7C, H, anchor=A)
claim(f, "39.15 GiB per card", "arithmetic", "GiB", B80 - W7C, H, anchor=A)
A = "- The cache is 320 KiB per token, 160 KiB on each card; an 8K user costs 1.25 GiB per card, so 31 users fit."
claim(f, "320 KiB per token", "kv_cache_per_token", "KiB", KVT(L7), H, anchor=A)
claim(f, "160 KiB on each card", "kv_cache_per_token", "KiB", KVT(L7) / 2, H, anchor=A)
claim(f, "1.25 GiB per card", "kv_cache_total", "GiB", KV(L7, 8192) / 2, H, anchor=A)
claim(f, "31 users", "arithmetic", "users", (B80 - W7C) // (KV(L7, 8192) / 2), H, anchor=A)
A = "- Ceiling: 2039 ÷ 35.28 = 57.8 tok/s; bf16 would need four cards and give the same 57.8 tok/s."
claim(f, "35.28", "weights", "GB", W7C, H, anchor=A)
claim(f, "57.8 tok/s", "throughput", "tok/s", A100B / W7C, H, anchor=A)
claim(f, "57.8 tok/s", "throughput", "tok/s", A100B / (W(L7, "bf16") / 4), H, anchor=A, occ=2)
A = "- A 7–9B model in bf16 takes 16.06–17.66 GB and runs on one L40S with 26.75–28.24 GiB to spare."
claim(f, "16.06–17.66 GB", "weights", "GB", [W(L8, "bf16"), W(Y9, "bf16")], H, anchor=A, rng=True)
claim(f, "26.75–28.24 GiB", "arithmetic", "GiB", [FY, F8], H, anchor=A, rng=True)
A = "- GQA matters more than size: Yi-1.5-9B caches 96 KiB per token and Llama-2-13B 800 KiB, 8.3× more."
claim(f, "96 KiB per token", "kv_cache_per_token", "KiB", KVT(Y9), H, anchor=A)
claim(f, "800 KiB", "kv_cache_per_token", "KiB", KVT(L13), H, anchor=A)
claim(f, "8.3×", "ratio", "×", KVT(L13) / KVT(Y9), H, anchor=A)
claim(f, "107.6 tok/s", "throughput", "tok/s", L40B / W(L8, "fp8"), H, anchor="- fp8 halves the weights and doubles the ceiling: 107.6 tok/s for Llama-3-8B on an L40S.")
A = "> Panel 3 as first printed gave Llama-2-13B 1600 KiB per token and 12.5 GiB per 8K user."
claim(f, "1600 KiB per token", "kv_cache_per_token", "KiB", KVT(L13), X, "off_2x", anchor=A, note="poster as first printed; doubled (fp32 cache); 800 KiB")
claim(f, "12.5 GiB", "kv_cache_total", "GiB", KV(L13, 8192), X, "off_2x", anchor=A, note="poster as first printed; doubled; 6.25 GiB")
A = "> Corrected on the board: 800 KiB per token and 6.25 GiB per user."
claim(f, "800 KiB per token", "kv_cache_per_token", "KiB", KVT(L13), H, anchor=A)
claim(f, "6.25 GiB", "kv_cache_total", "GiB", KV(L13, 8192), H, anchor=A)
claim(f, "8 GB", "weights", "GB", W(L8, "bf16"), X, "wrong_dtype", anchor="**Q1 (visitor from physics):**", note=VIS + "; fp8/int8 size; 16.06 GB")
A = "**A:** 8 GB is the fp8 size; bf16 is 16.06 GB, so two copies take 32.12 GB (29.92 GiB) and leave 13.28 GiB for both caches."
claim(f, "8 GB", "weights", "GB", W(L8, "fp8"), H, anchor=A, note="re-attributed to fp8")
claim(f, "16.06 GB", "weights", "GB", W(L8, "bf16"), H, anchor=A)
claim(f, "32.12 GB", "weights", "GB", 2 * W(L8, "bf16"), H, anchor=A)
claim(f, "29.92 GiB", "weights", "GiB", 2 * W(L8, "bf16"), H, anchor=A)
claim(f, "13.28 GiB", "arithmetic", "GiB", B48 - 2 * W(L8, "bf16"), H, anchor=A)
claim(f, "768 KiB per token", "kv_cache_per_token", "KiB", KVT(Y9), X, "off_2x", anchor="**Q2 (visitor from linguistics):**", note=VIS + "; query heads; 96 KiB")
A = "**A:** Your script used the 32 query heads; with the 4 KV heads it is 96 KiB, so a 32K session takes 3 GiB."
claim(f, "96 KiB", "kv_cache_per_token", "KiB", KVT(Y9), H, anchor=A)
claim(f, "3 GiB", "kv_cache_total", "GiB", KV(Y9, 32768), H, anchor=A)
claim(f, "12.9 GB", "weights", "GB", W(MX, "fp8"), X, "wrong_kind", anchor="**Q3 (visitor from IT services):**", note=VIS + "; active experts only; 46.70 GB")
A = "**A:** 12.9 GB is only the two active experts; all 46.70 GB must stay resident, which is why we use two A100s."
claim(f, "12.9 GB", "weights", "GB", W(ACTIVE_M7, "fp8"), H, anchor=A, note="re-attributed to the active experts")
claim(f, "46.70 GB", "weights", "GB", W(MX, "fp8"), H, anchor=A)
claim(f, "4078 Gbit/s", "bandwidth", "Gbit/s", 2 * A100B, X, "wrong_unit", anchor="**Q4 (visitor from economics):**", note=VIS + "; GB/s written as Gbit/s; 32,624 Gbit/s")
A = "**A:** Together that is 4078 GB/s, or 32,624 Gbit/s; at TP = 2 each card reads only its 35.28 GB, hence 57.8 tok/s."
claim(f, "4078 GB/s", "bandwidth", "GB/s", 2 * A100B, H, anchor=A)
claim(f, "32,624 Gbit/s", "bandwidth", "Gbit/s", 2 * A100B, H, anchor=A)
claim(f, "35.28 GB", "weights", "GB", W7C, H, anchor=A)
claim(f, "57.8 tok/s", "throughput", "tok/s", A100B / W7C, H, anchor=A)
claim(f, "64 GB", "training", "GB", 16 * N[L8], X, "off_2x", anchor="**Q5 (visitor from the library):**", note=VIS + "; 8 bytes per parameter; 128.5 GB")
A = "**A:** Full fine-tuning with Adam keeps 16 bytes per parameter, 128.5 GB (119.7 GiB); ZeRO-3 over 8 A100s puts 16.06 GB on each card."
claim(f, "128.5 GB", "training", "GB", 16 * N[L8], H, anchor=A)
claim(f, "119.7 GiB", "training", "GiB", 16 * N[L8], H, anchor=A)
claim(f, "16.06 GB", "training", "GB", zero(N[L8], 8, 3), H, anchor=A)
claim(f, "100 GiB", "kv_cache_total", "GiB", KV(L8, 8192, 100), H, anchor="**Q6 (visitor from medicine):**")
A = "**A:** Yes: 100 GiB is 107.4 GB; four L40S with 28.24 GiB free each hold 112 users."
claim(f, "100 GiB", "kv_cache_total", "GiB", KV(L8, 8192, 100), H, anchor=A)
claim(f, "107.4 GB", "kv_cache_total", "GB", KV(L8, 8192, 100), H, anchor=A)
claim(f, "28.24 GiB", "arithmetic", "GiB", F8, H, anchor=A)
claim(f, "112 users", "arithmetic", "users", 4 * (F8 // KV(L8, 8192)), H, anchor=A)
claim(f, "4.58 GB", "quantized_file", "GB", GG(L8, "Q4_K_M"), X, "gib_as_gb", rel=0.02, anchor="**Q7 (HPC admin):**", note=VIS + "; GiB value labelled GB; 4.91 GB")
A = "**A:** llama.cpp prints 4.58 GiB; in decimal units the file is 4.91 GB."
claim(f, "4.58 GiB", "quantized_file", "GiB", GG(L8, "Q4_K_M"), H, rel=0.02, anchor=A)
claim(f, "4.91 GB", "quantized_file", "GB", GG(L8, "Q4_K_M"), H, rel=0.02, anchor=A)
A = "**Q8 (visitor from chemistry):** Our 10 Gbit/s link loads the 16.06 GB of Llama-3-8B in 1.6 s."
claim(f, "16.06 GB", "weights", "GB", W(L8, "bf16"), H, anchor=A)
claim(f, "1.6 s", "time", "s", W(L8, "bf16") / 1.25e9, X, "wrong_unit", anchor=A, note=VIS + "; Gbit/s read as GB/s; 12.8 s")
A = "**A:** At 1.25 GB/s it takes about 12.8 s; from the local NVMe drive (7 GB/s) about 2.3 s."
claim(f, "1.25 GB/s", "bandwidth", "GB/s", 10 * 1.25e8, H, anchor=A)
claim(f, "about 12.8 s", "time", "s", W(L8, "bf16") / 1.25e9, H, hedged=True, anchor=A)
claim(f, "about 2.3 s", "time", "s", W(L8, "bf16") / 7e9, H, hedged=True, anchor=A)
claim(f, "16.06 GiB", "weights", "GiB", W(L8, "bf16"), X, "gb_as_gib", anchor="- \"Llama-3-8B: 16.06 GiB of weights in bf16.\"", note=HO + "; GB value labelled GiB; 14.96 GiB")
claim(f, "35.32 GB", "weights", "GB", W(Y9, "bf16"), X, "wrong_dtype", anchor="- \"Yi-1.5-9B: 35.32 GB in bf16.\"", note=HO + "; fp32 size; 17.66 GB")
claim(f, "3.125 GiB", "kv_cache_total", "GiB", KV(L13, 8192), X, "off_2x", anchor="- \"Llama-2-13B: 3.125 GiB of cache per 8K user.\"", note=HO + "; the 4K figure; 6.25 GiB")
claim(f, "46.70 GB per card", "weights", "GB", MXC, X, "per_gpu", anchor="- \"Mixtral-8x7B fp8: 46.70 GB per card at TP = 2.\"", note=HO + "; whole model per card; 23.35 GB")
claim(f, "28.9 tok/s", "throughput", "tok/s", A100B / W7C, X, "per_gpu", anchor="- \"Llama-3-70B fp8 at TP = 2: 28.9 tok/s per stream.\"", note=HO + "; whole model at TP = 2; 57.8")
claim(f, "26.9 tok/s", "throughput", "tok/s", L40B / W(L8, "bf16"), X, "wrong_dtype", anchor="- \"Llama-3-8B on an L40S: 26.9 tok/s in bf16.\"", note=HO + "; fp32 ceiling; 53.8")
claim(f, "128.5 GB per card", "training", "GB", zero(N[L8], 8, 3), X, "per_gpu", anchor="- \"Fine-tuning Llama-3-8B with ZeRO-3 on 8 A100s: 128.5 GB per card.\"", note=HO + "; total state per card; 16.06 GB")
claim(f, "2.70 GB", "quantized_file", "GB", GG(Y9, "Q4_K_M"), X, "off_2x", anchor="- \"Q4_K_M of Yi-1.5-9B: 2.70 GB to download.\"", note=HO + "; halved; 5.40 GB")
A = "> \"For Llama-3-70B in bf16 you need 70.6 GB, so one A100 is enough;"
claim(f, "70.6 GB", "weights", "GB", W(L7, "bf16"), X, "wrong_dtype", anchor=A, note=AI + "; fp8 size; 141.1 GB", **Q)
claim(f, "2.5 MiB per token", "kv_cache_per_token", "MiB", KVT(L7), X, "off_2x", anchor=A, note=AI + "; query heads; 320 KiB", **Q)
claim(f, "about 29 tok/s", "throughput", "tok/s", A100B / W(L7, "bf16"), X, "wrong_dtype", hedged=True, anchor=A, note=AI + "; fp8 ceiling; 14.4 in bf16", **Q)
A = "> \"In fp8 it would be 35.3 GB and 58 tok/s on one card.\""
claim(f, "35.3 GB", "weights", "GB", W(L7, "fp8"), X, "wrong_dtype", anchor=A, note=AI + "; int4 size; 70.55 GB", **Q)
claim(f, "58 tok/s", "throughput", "tok/s", A100B / W(L7, "fp8"), X, "wrong_dtype", anchor=A, note=AI + "; int4 ceiling; 28.9 on one card", **Q)
A = "The bf16 weights are 141.1 GB: two A100s at the very least, and four with our 72 GiB budget."
claim(f, "141.1 GB", "weights", "GB", W(L7, "bf16"), H, anchor=A)
claim(f, "72 GiB", "arithmetic", "GiB", B80, H, anchor=A)
claim(f, "16.06 GB", "weights", "GB", W(L8, "bf16"), H, anchor="print(n * 2 / 1e9)            # 16.06 GB in bf16")
A = "print(2 * 32 * 8 * 128 * 2)   # 131072 bytes = 128 KiB per token"
claim(f, "131072 bytes", "kv_cache_per_token", "bytes", KVT(L8), H, anchor=A)
claim(f, "128 KiB per token", "kv_cache_per_token", "KiB", KVT(L8), H, anchor=A)
claim(f, "53.8 tok/s", "throughput", "tok/s", L40B / W(L8, "bf16"), H, anchor="print(864e9 / (n * 2))        # 53.8 tok/s on an L40S")
claim(f, "16.45 GiB", "weights", "GiB", W(Y9, "bf16"), H, anchor="print(yi * 2 / 2**30)         # 16.45 GiB in bf16")
for text, why in (
        ("created: 2027-03-02", "date"), ("updated: 2027-03-19", "date"), ("  date: 2027-03-18", "date"),
        ("  board: P-214", "board number"), ("  session: \"B (14:00–15:30)\"", "time"),
        ("  a100: {memory_gib: 80, bandwidth_gbs: 2039, count: 16}", "hardware spec"),
        ("  l40s: {memory_gib: 48, bandwidth_gbs: 864, count: 24}", "hardware spec"),
        ("budget_fraction: 0.90", "config input"), ("  yi-1.5-9b: {hidden: 4096", "config inputs"),
        ("qa_sheet_entries: 14", "count"), ("related: [\"[[Inference service 2027 plan]]\"", "wikilinks with year and version"),
        ("aliases: [Poster P-214", "poster id, year"), ("# Poster P-214 — Right-sizing", "poster id"),
        ("> GB = 10⁹ bytes and GiB = 2³⁰ bytes; the cards sold as", "unit definitions, card capacities"),
        ("- In autumn 2026 the pilot served 1,240 researchers", "measured usage, date"),
        ("- The 2027 budget is 410,000 USD", "budget"),
        ("1. Weights: $M_W = N \\cdot b$", "formula with free variables"),
        ("2. KV cache per token: $2 \\cdot L", "formula with free variables"),
        ("3. Budget per card: 0.90 of the card's memory", "formula, config input"),
        ("4. Decode ceiling of one stream", "method step, footnote reference"),
        ("| model | dtype | cards | weights (GB)", "table header with units"),
        ("### Llama-3-8B on one L40S", "model name"), ("### Yi-1.5-9B on one L40S (config in properties)", "model name"),
        ("### Llama-2-13B on one A100", "model name"), ("### Mixtral-8x7B in fp8 at TP = 2", "model name, TP degree"),
        ("### Llama-3-70B in fp8 at TP = 2", "model name, TP degree"),
        ("> [!warning] Erratum sticker (added at the board, 14:20)", "time"),
        ("Visitors at the board: 63; entries on the sheet: 14", "counts"),
        ("## Handout v1 (withdrawn at 15:00)", "version, time"),
        ("We handed out 60 copies before we spotted the errors.", "count"),
        ("n = 8_030_261_248", "code input"), ("yi = 8_829_407_232", "code input"),
        ("Next poster deadline: 2027-09-30", "date, poster size"),
        ("[^1]: Datasheet bandwidths: 2039 GB/s", "hardware specs given as inputs")):
    non(f, text, why)

f = "en_01"
claim(f, "768 KiB", "kv_cache_per_token", "KiB", KVT(Y9), X, "off_2x", anchor="- \"Yi-1.5-9B: 768 KiB of cache per token.\"", note=HO + "; query heads; 96 KiB")
claim(f, "39.2 tok/s", "throughput", "tok/s", A100B / W(L13, "bf16"), X, "wrong_dtype", anchor="- \"Llama-2-13B on an A100: 39.2 tok/s per stream in bf16.\"", note=HO + "; fp32 ceiling; 78.3")
claim(f, "43.7 tok/s", "throughput", "tok/s", A100B / MXA, X, "wrong_kind", anchor="- \"Mixtral-8x7B fp8 at TP = 2: 43.7 tok/s per stream.\"", note=HO + "; whole MoE file per token; 316.6")
claim(f, "35.28 GiB per card", "weights", "GiB", W7C, X, "gb_as_gib", anchor="- \"Llama-3-70B fp8: 35.28 GiB per card at TP = 2.\"", note=HO + "; GB value labelled GiB; 32.85 GiB")
claim(f, "14", "arithmetic", "users", F8 // KV(L8, 8192), X, "off_2x", anchor="- \"Users of 8K on Llama-3-8B per L40S: 14.\"", note=HO + "; cache doubled; 28")
claim(f, "9.8 GB", "quantized_file", "GB", GG(L8, "Q4_K_M"), X, "off_2x", rel=0.02, anchor="- \"Q4_K_M of Llama-3-8B: 9.8 GB.\"", note=HO + "; doubled; 4.91 GB")
A = "**Q9 (visitor from astronomy):** Llama-2-13B has 13.02 B parameters, so in int4 it is 13 GB."
claim(f, "13.02 B parameters", "params", "B", N[L13], H, anchor=A)
claim(f, "13 GB", "weights", "GB", W(L13, "int4"), X, "wrong_dtype", anchor=A, note=VIS + "; int8 size; 6.51 GB")
A = "**A:** In int4 it is 6.51 GB; 13.02 GB is its int8 size."
claim(f, "6.51 GB", "weights", "GB", W(L13, "int4"), H, anchor=A)
claim(f, "13.02 GB", "weights", "GB", W(L13, "int8"), H, anchor=A)
A = "**Q10 (visitor from geography):** An A100 reads 2039 Gbit/s, so one pass over the 26.03 GB of Llama-2-13B takes 0.1 s."
claim(f, "2039 Gbit/s", "bandwidth", "Gbit/s", A100B, X, "wrong_unit", anchor=A, note=VIS + "; GB/s written as Gbit/s; 16,312 Gbit/s")
claim(f, "26.03 GB", "weights", "GB", W(L13, "bf16"), H, anchor=A)
claim(f, "0.1 s", "time", "s", W(L13, "bf16") / A100B, X, "wrong_unit", anchor=A, note=VIS + "; Gbit/s read as GB/s; 12.8 ms")
A = "**A:** The A100 reads 16,312 Gbit/s; one pass over 26.03 GB takes 12.8 ms, which is where the 78.3 tok/s ceiling comes from."
claim(f, "16,312 Gbit/s", "bandwidth", "Gbit/s", A100B, H, anchor=A)
claim(f, "26.03 GB", "weights", "GB", W(L13, "bf16"), H, anchor=A)
claim(f, "12.8 ms", "time", "ms", W(L13, "bf16") / A100B, H, anchor=A)
claim(f, "78.3 tok/s", "throughput", "tok/s", A100B / W(L13, "bf16"), H, anchor=A)
claim(f, "8 GiB", "weights", "GiB", W(L8, "fp8"), X, "gb_as_gib", anchor="**Q11 (visitor from law):**", note=VIS + "; GB value labelled GiB; 7.48 GiB")
claim(f, "8 GB", "weights", "GB", W(L8, "fp8"), H, anchor="**A:** In fp8 it is 8 GB; the GiB figure is smaller.")
A = "**Q12 (visitor from music):** The Mixtral row should read 93.4 GB for its 46.7 B parameters."
claim(f, "93.4 GB", "weights", "GB", W(MX, "fp8"), X, "wrong_dtype", anchor=A, note=VIS + "; bf16 size for the fp8 row; 46.70 GB")
claim(f, "46.7 B parameters", "params", "B", N[MX], H, anchor=A)
claim(f, "93.4 GB", "weights", "GB", W(MX, "bf16"), H, anchor="**A:** 93.4 GB is the bf16 size; the row is fp8.", note="re-attributed to bf16")

non(f, "The script is `panel3.py` in the poster repository", "script name, template version")

claim(f, "26.03 GB", "weights", "GB", W(L13, "fp8"), X, "wrong_dtype", anchor="- \"Llama-2-13B in fp8: 26.03 GB.\"", note=HO + "; bf16 size; 13.02 GB")
claim(f, "97.9 tok/s", "throughput", "tok/s", L40B / W(Y9, "bf16"), X, "wrong_dtype", anchor="- \"Yi-1.5-9B on one L40S: 97.9 tok/s in bf16.\"", note=HO + "; fp8 ceiling; 48.9")
claim(f, "50 users", "arithmetic", "users", (B80 - MXC) // (KV(MX, 8192) / 2), X, "per_gpu", anchor="- \"Mixtral-8x7B fp8 on 2 × A100: room for 50 users of 8K.\"", note=HO + "; whole cache on each card; 100")

# ---- en_02: an insurer's underwriting risk assessment of an LLM deployment (submission quoted, loss-control check) ----
f = "en_02"
L8, L7, G7, M7 = "llama3-8b", "llama3-70b", "gemma-7b", "mistral-7b"
H100B, L4B = 3350e9, 300e9
B80, B24 = 0.9 * 80 * GIB, 0.9 * 24 * GIB
W7C = W(L7, "bf16") / 4
F7 = B80 - W7C
K32C = KV(L7, 32768) / 4
C2B = 6 * N[L8] * 2e9
SUB = "applicant's submission as received"
AI = "broker's AI summary"
SCALE.update({"reviews": 1, "minutes": 60, "sessions": 1})
A = "> The driver reports 80 GiB per H100 and 24 GiB per L4; the insured's own policy keeps 0.90 of it for the model, i.e. 72 GiB and 21.6 GiB."
claim(f, "72 GiB", "arithmetic", "GiB", B80, H, anchor=A)
claim(f, "21.6 GiB", "arithmetic", "GiB", B24, H, anchor=A)
claim(f, "70.6 GB", "weights", "GB", W(L7, "bf16"), X, "wrong_dtype", anchor="Submission, section C.3 (as received):", note=SUB + "; fp8 size; 141.1 GB")
A = "- Llama-3-70B has 70.55 B parameters: 141.1 GB in bf16 (131.4 GiB), 35.28 GB per card at TP = 4 (32.85 GiB)."
claim(f, "70.55 B parameters", "params", "B", N[L7], H, anchor=A)
claim(f, "141.1 GB", "weights", "GB", W(L7, "bf16"), H, anchor=A)
claim(f, "131.4 GiB", "weights", "GiB", W(L7, "bf16"), H, anchor=A)
claim(f, "35.28 GB per card", "weights", "GB", W7C, H, anchor=A)
claim(f, "32.85 GiB", "weights", "GiB", W7C, H, anchor=A)
A = "- Each card keeps 72 − 32.85 = 39.15 GiB for the cache."
claim(f, "72", "arithmetic", "GiB", B80, H, anchor=A)
claim(f, "32.85", "weights", "GiB", W7C, H, anchor=A)
claim(f, "39.15 GiB", "arithmetic", "GiB", F7, H, anchor=A)
A = "Submission, section C.4:"
claim(f, "2.5 MiB per token", "kv_cache_per_token", "MiB", KVT(L7), X, "off_2x", anchor=A, note=SUB + "; query heads; 320 KiB")
claim(f, "80 GiB", "kv_cache_total", "GiB", KV(L7, 32768), X, "off_2x", anchor=A, note=SUB + "; query heads; 10 GiB")
A = "- With 8 KV heads the cache is 320 KiB per token, 80 KiB per card; a 32K review takes 10 GiB, 2.5 GiB per card."
claim(f, "320 KiB per token", "kv_cache_per_token", "KiB", KVT(L7), H, anchor=A)
claim(f, "80 KiB per card", "kv_cache_per_token", "KiB", KVT(L7) / 4, H, anchor=A)
claim(f, "10 GiB", "kv_cache_total", "GiB", KV(L7, 32768), H, anchor=A)
claim(f, "2.5 GiB per card", "kv_cache_total", "GiB", K32C, H, anchor=A)
A = "- 39.15 GiB ÷ 2.5 GiB gives 15 reviews per node, 30 for the two nodes, and 15 when one node is down."
claim(f, "39.15 GiB", "arithmetic", "GiB", F7, H, anchor=A)
claim(f, "2.5 GiB", "kv_cache_total", "GiB", K32C, H, anchor=A)
claim(f, "15 reviews", "arithmetic", "reviews", F7 // K32C, H, anchor=A)
claim(f, "30 for the two nodes", "arithmetic", "reviews", 2 * (F7 // K32C), H, anchor=A)
claim(f, "15 when one node is down", "arithmetic", "reviews", F7 // K32C, H, anchor=A)
A = "Submission, section C.5:"
claim(f, "141.1 GB", "weights", "GB", W(L7, "bf16"), H, anchor=A)
claim(f, "23.7 tok/s", "throughput", "tok/s", H100B / W7C, X, "per_gpu", anchor=A, note=SUB + "; whole model at TP = 4; 95.0")
A = "- At TP = 4 each card streams only its own share: 3350 ÷ 35.28 = 95.0 tok/s."
claim(f, "35.28", "weights", "GB", W7C, H, anchor=A)
claim(f, "95.0 tok/s", "throughput", "tok/s", H100B / W7C, H, anchor=A)
A = "Submission, section D.1:"
claim(f, "141.1 GB", "weights", "GB", W(L7, "bf16"), H, anchor=A)
claim(f, "5.6 s", "time", "s", W(L7, "bf16") / 3.125e9, X, "wrong_unit", anchor=A, note=SUB + "; Gbit/s read as GB/s; 45 s")
A = "- 25 Gbit/s is 3.125 GB/s: about 45 s per node, and about 18.8 min from the off-site copy over the 1 Gbit/s line."
claim(f, "3.125 GB/s", "bandwidth", "GB/s", 25 * 1.25e8, H, anchor=A)
claim(f, "about 45 s", "time", "s", W(L7, "bf16") / 3.125e9, H, hedged=True, anchor=A)
claim(f, "about 18.8 min", "time", "min", W(L7, "bf16") / 1.25e8, H, hedged=True, anchor=A)
A = "Submission, section D.2:"
claim(f, "16.06 GB", "training", "GB", 16 * N[L8], X, "wrong_kind", anchor=A, note=SUB + "; weights only for a resumable checkpoint; 128.5 GB")
claim(f, "481.8 GB", "training", "GB", 30 * 16 * N[L8], X, "wrong_kind", anchor=A, note=SUB + "; weights only; 3.85 TB")
A = "- A resumable checkpoint holds the full 16 bytes per parameter, 128.5 GB; 30 of them are 3.85 TB (3.51 TiB)."
claim(f, "128.5 GB", "training", "GB", 16 * N[L8], H, anchor=A)
claim(f, "3.85 TB", "training", "TB", 30 * 16 * N[L8], H, anchor=A)
claim(f, "3.51 TiB", "training", "TiB", 30 * 16 * N[L8], H, anchor=A)
claim(f, "16.06 GB", "weights", "GB", W(L8, "bf16"), H, anchor="- 16.06 GB is the bf16 weights alone", note="re-attributed to the weights")
claim(f, "64.2 GB", "training", "GB", 16 * N[L8], X, "off_2x", anchor="Submission, section E.1:", note=SUB + "; 8 bytes per parameter; 128.5 GB")
A = "- Mixed-precision Adam needs 128.5 GB, which does not fit one card's 72 GiB; ZeRO-3 across the 4 cards puts 32.1 GB (29.9 GiB) on each."
claim(f, "128.5 GB", "training", "GB", 16 * N[L8], H, anchor=A)
claim(f, "72 GiB", "arithmetic", "GiB", B80, H, anchor=A)
claim(f, "32.1 GB", "training", "GB", zero(N[L8], 4, 3), H, anchor=A)
claim(f, "29.9 GiB", "training", "GiB", zero(N[L8], 4, 3), H, anchor=A)
A = "- Compute: $6 \\times 8.03 \\times 10^{9} \\times 2 \\times 10^{9} = 9.64 \\times 10^{19}$ FLOP;"
claim(f, "9.64 \\times 10^{19}", "flops", "FLOP", C2B, H, anchor=A)
claim(f, "16.9 hours", "time", "hours", C2B / (4 * 0.4 * 989e12), H, anchor=A)
claim(f, "67.7 GPU-hours", "time", "GPU-hours", C2B / (0.4 * 989e12) / 3600, H, anchor=A)
claim(f, "1.7 hours", "time", "hours", C2B / (4 * 0.4 * 989e12), X, "off_2x", anchor="Submission, section E.2:", note=SUB + "; ten times too short; 16.9 hours")
A = "Submission, section F.1:"
claim(f, "16.06 GB", "weights", "GB", W(L8, "bf16"), H, anchor=A)
claim(f, "6.64 GiB", "arithmetic", "GiB", B24 - W(L8, "bf16"), H, anchor=A)
claim(f, "13 users", "arithmetic", "users", (B24 - W(L8, "bf16")) // KV(L8, 8192), X, "off_2x", anchor=A, note=SUB + "; counted 4K sessions; 6")
A = "- Right for the weights and the free 6.64 GiB, but an 8K user needs 1 GiB: 6 users per card (13 would be 4K users)."
claim(f, "6.64 GiB", "arithmetic", "GiB", B24 - W(L8, "bf16"), H, anchor=A)
claim(f, "1 GiB", "kv_cache_total", "GiB", KV(L8, 8192), H, anchor=A)
claim(f, "6 users", "arithmetic", "users", (B24 - W(L8, "bf16")) // KV(L8, 8192), H, anchor=A)
claim(f, "13 would be 4K users", "arithmetic", "users", (B24 - W(L8, "bf16")) // KV(L8, 4096), H, anchor=A)
A = "- With fp8 weights (8.03 GB) 14.12 GiB stays free, 14 users of 8K, and the ceiling doubles from 18.7 to 37.4 tok/s."
claim(f, "8.03 GB", "weights", "GB", W(L8, "fp8"), H, anchor=A)
claim(f, "14.12 GiB", "arithmetic", "GiB", B24 - W(L8, "fp8"), H, anchor=A)
claim(f, "14 users", "arithmetic", "users", (B24 - W(L8, "fp8")) // KV(L8, 8192), H, anchor=A)
claim(f, "18.7", "throughput", "tok/s", L4B / W(L8, "bf16"), H, anchor=A)
claim(f, "37.4 tok/s", "throughput", "tok/s", L4B / W(L8, "fp8"), H, anchor=A)
A = "Submission, section F.2:"
claim(f, "8.54 GB", "weights", "GB", W(G7, "bf16"), X, "wrong_dtype", anchor=A, note=SUB + "; fp8 size; 17.08 GB")
claim(f, "128 KiB per token", "kv_cache_per_token", "KiB", KVT(G7), X, "off_2x", anchor=A, note=SUB + "; Llama-3-8B's cache; 448 KiB")
A = "- The attached config gives 8,537,680,896 parameters: 17.08 GB in bf16 (15.90 GiB)."
claim(f, "8,537,680,896 parameters", "params", "params", N[G7], H, anchor=A)
claim(f, "17.08 GB", "weights", "GB", W(G7, "bf16"), H, anchor=A)
claim(f, "15.90 GiB", "weights", "GiB", W(G7, "bf16"), H, anchor=A)
A = "- 16 KV heads of dimension 256 over 28 layers make 448 KiB per token, 3.5 GiB per 8K user."
claim(f, "448 KiB per token", "kv_cache_per_token", "KiB", KVT(G7), H, anchor=A)
claim(f, "3.5 GiB", "kv_cache_total", "GiB", KV(G7, 8192), H, anchor=A)
A = "- On an L4 in bf16 that leaves 5.70 GiB: one 8K user, or 3 users of 4K; the ceiling is 17.6 tok/s."
claim(f, "5.70 GiB", "arithmetic", "GiB", B24 - W(G7, "bf16"), H, anchor=A)
claim(f, "3 users", "arithmetic", "users", (B24 - W(G7, "bf16")) // KV(G7, 4096), H, anchor=A)
claim(f, "17.6 tok/s", "throughput", "tok/s", L4B / W(G7, "bf16"), H, anchor=A)
A = "- Mistral-7B (14.48 GB in bf16) is the better fallback:"
claim(f, "14.48 GB", "weights", "GB", W(M7, "bf16"), H, anchor=A)
claim(f, "0.5 GiB", "kv_cache_total", "GiB", KV(M7, 4096), H, anchor=A)
claim(f, "16 sessions", "arithmetic", "sessions", (B24 - W(M7, "bf16")) // KV(M7, 4096), H, anchor=A)
for row, m, dt, tp, ctx in (("| H100 node, Llama-3-70B bf16, 32K | 32.85 | 39.15 | 2.5 | 15 | 95.0 |", L7, "bf16", 4, 32768),
                            ("| H100 node, Llama-3-70B bf16, 8K | 32.85 | 39.15 | 0.625 | 62 | 95.0 |", L7, "bf16", 4, 8192),
                            ("| L4, Llama-3-8B bf16, 8K | 14.96 | 6.64 | 1.0 | 6 | 18.7 |", L8, "bf16", 1, 8192),
                            ("| L4, Llama-3-8B fp8, 8K | 7.48 | 14.12 | 1.0 | 14 | 37.4 |", L8, "fp8", 1, 8192),
                            ("| L4, Gemma-7B fp8, 8K | 7.95 | 13.65 | 3.5 | 3 | 35.1 |", G7, "fp8", 1, 8192),
                            ("| L4, Mistral-7B bf16, any length | 13.49 | 8.11 | 0.5 | 16 | 20.7 |", M7, "bf16", 1, 4096)):
    c = row.strip("| ").split(" | ")
    budget, bw = (B80, H100B) if tp == 4 else (B24, L4B)
    wc = W(m, dt) / tp
    kc = KV(m, ctx) / tp
    claim(f, c[1], "weights", "GiB", wc, H, anchor=row)
    claim(f, c[2], "arithmetic", "GiB", budget - wc, H, anchor=row)
    claim(f, c[3], "kv_cache_total", "GiB", kc, H, anchor=row)
    claim(f, c[4], "arithmetic", "users", (budget - wc) // kc, H, anchor=row, occ=tocc(row, c[4]))
    claim(f, c[5], "throughput", "tok/s", bw / wc, H, anchor=row)
APC = "submission Appendix C as received"
claim(f, "141.1", "weights", "GB", W7C, X, "per_gpu", anchor="| Llama-3-70B weights per H100 at TP = 4 | 141.1 | GB |", note=APC + "; whole model per card; 35.28 GB")
claim(f, "10.0", "kv_cache_total", "GiB", K32C, X, "per_gpu", anchor="| Llama-3-70B cache of one 32K review, per card | 10.0 | GiB |", note=APC + "; whole review on one card; 2.5 GiB")
claim(f, "9.3", "throughput", "tok/s", L4B / W(L8, "bf16"), X, "wrong_dtype", anchor="| Llama-3-8B bf16 ceiling on an L4 | 9.3 | tok/s |", note=APC + "; fp32 ceiling; 18.7")
claim(f, "4.27", "weights", "GB", W(G7, "fp8"), X, "wrong_dtype", anchor="| Gemma-7B fp8 weights | 4.27 | GB |", note=APC + "; int4 size; 8.54 GB")
claim(f, "30", "arithmetic", "reviews", F7 // K32C, X, "off_2x", anchor="| 32K reviews served with one H100 node down | 30 | reviews |", note=APC + "; node loss ignored; 15")
claim(f, "15 reviews of 32K per node", "arithmetic", "reviews", F7 // K32C, H, anchor="1. Replace the capacity plan with the loss-control figures")
A = "2. Keep one resumable checkpoint off-site: 128.5 GB, about 17 minutes to restore over the 1 Gbit/s line."
claim(f, "128.5 GB", "training", "GB", 16 * N[L8], H, anchor=A)
claim(f, "about 17 minutes", "time", "minutes", 16 * N[L8] / 1.25e8, H, hedged=True, anchor=A)
A = "> \"Capacity looks fine: Llama-3-70B takes 141.1 GB, which is 131.4 GB in memory, and each H100 holds 35.28 GiB of it.\""
claim(f, "141.1 GB", "weights", "GB", W(L7, "bf16"), H, anchor=A, **Q)
claim(f, "131.4 GB", "weights", "GB", W(L7, "bf16"), X, "gib_as_gb", anchor=A, note=AI + "; GiB value labelled GB; 141.1 GB", **Q)
claim(f, "35.28 GiB", "weights", "GiB", W7C, X, "gb_as_gib", anchor=A, note=AI + "; GB value labelled GiB; 32.85 GiB", **Q)
A = "> \"A 32K review needs 5 GiB of cache, and the fallback L4 node reads 300 Gbit/s.\""
claim(f, "5 GiB", "kv_cache_total", "GiB", KV(L7, 32768), X, "off_2x", anchor=A, note=AI + "; keys only; 10 GiB", **Q)
claim(f, "300 Gbit/s", "bandwidth", "Gbit/s", L4B, X, "wrong_unit", anchor=A, note=AI + "; GB/s written as Gbit/s; 2400 Gbit/s", **Q)
claim(f, "3.2 × 10¹⁹ FLOP", "flops", "FLOP", C2B, X, "off_2x", anchor="> \"Training the 8B on 2B tokens is 3.2 × 10¹⁹ FLOP.\"", note=AI + "; 2ND; 9.64e19", **Q)
A = "Underwriter's note: the summary's 131.4 is in GiB and its 35.28 in GB;"
claim(f, "131.4", "weights", "GiB", W(L7, "bf16"), H, anchor=A)
claim(f, "35.28", "weights", "GB", W7C, H, anchor=A)
claim(f, "10 GiB", "kv_cache_total", "GiB", KV(L7, 32768), H, anchor=A)
claim(f, "2400 Gbit/s", "bandwidth", "Gbit/s", L4B, H, anchor=A)
claim(f, "9.64 × 10¹⁹ FLOP", "flops", "FLOP", C2B, H, anchor=A)
for text, why in (
        ("aliases: [UW-2027-0419", "file number"), ("file: UW-2027-0419", "file number"),
        ("created: 2027-05-03", "date"), ("updated: 2027-05-21", "date"),
        ("insured: {name: \"Brightline Legal Analytics Ltd\", revenue_usd: 18400000", "revenue, head count"),
        ("broker: \"Harrow & Finch, ref HF-77310\"", "reference number"), ("  limit_usd: 5000000", "money"),
        ("  deductible_usd: 50000", "money"), ("  period: {from: 2027-07-01", "dates"),
        ("  h100_node: {cards: 4, memory_gib: 80", "hardware spec"), ("  l4_node: {cards: 2, memory_gib: 24", "hardware spec"),
        ("  gemma-7b: {hidden: 3072", "config inputs"), ("memory_budget: 0.90", "config input"),
        ("related: [\"[[UW guideline AI-03 v2]]\"", "guideline number, date"),
        ("# Underwriting risk assessment — UW-2027-0419", "file number"),
        ("> Grade C+ (down from B−): the capacity plan understates memory in 9 of its 14 statements.", "counts, loading percentage"),
        ("- Brightline runs a contract-review assistant for 310 law-firm clients", "client count, revenue"),
        ("- Serving: two nodes of 4 × H100 SXM", "hardware inputs, TP degree"),
        ("- Promised to clients: 99.5 % monthly availability", "service levels"),
        ("- Loss-control visit on 2027-05-12", "date, wikilink with date"),
        ("### 2.1 Llama-3-70B on the H100 nodes", "section number, model name"),
        ("### 2.2 Failover and restore", "section number"), ("### 2.3 Fine-tuning on one node", "section number"),
        ("### 2.4 Fallback node (2 × L4)", "section number, card count"),
        ("- Base rate 1.85 % of limit", "rating percentages"),
        ("- Indicated premium 5,000,000 × 1.85 % × 1.225 = 113,313 USD", "premium arithmetic in money"),
        ("3. Alert at 85 % of card memory and page at 95 %.", "alert thresholds"),
        ("4. Re-survey by 2028-05-31.", "date"),
        ("[^1]: Guideline AI-03 v2, §4.7", "guideline section, money threshold")):
    non(f, text, why)

f = "en_02"
claim(f, "2560", "kv_cache_per_token", "KiB", KVT(L7), X, "off_2x", anchor="| Llama-3-70B KV cache per token | 2560 | KiB |", note=APC + "; query heads; 320 KiB")
claim(f, "0.875", "kv_cache_total", "GiB", KV(G7, 8192), X, "off_2x", anchor="| Gemma-7B KV cache per 8K user | 0.875 | GiB |", note=APC + "; a quarter of the KV heads; 3.5 GiB")
claim(f, "128.5", "training", "GB", zero(N[L8], 4, 3), X, "per_gpu", anchor="| fine-tune state per H100, ZeRO-3 on 4 cards | 128.5 | GB |", note=APC + "; total state per card; 32.1 GB")
claim(f, "4.0", "kv_cache_total", "GiB", KV(M7, 4096), X, "off_2x", anchor="| Mistral-7B cache of one 32K session | 4.0 | GiB |", note=APC + "; window ignored; 0.5 GiB")
A = "| restore of the 141.1 GB checkpoint from the off-site copy over 1 Gbit/s | 141 | s |"
claim(f, "141.1 GB", "weights", "GB", W(L7, "bf16"), H, anchor=A)
claim(f, "141", "time", "s", W(L7, "bf16") / 1.25e8, X, "wrong_unit", anchor=A, note=APC + "; Gbit/s read as GB/s; 1129 s")
claim(f, "18.7", "throughput", "tok/s", L4B / W(L8, "fp8"), X, "wrong_dtype", anchor="| Llama-3-8B fp8 ceiling on an L4 | 18.7 | tok/s |", note=APC + "; bf16 ceiling for fp8; 37.4")
claim(f, "34.15", "weights", "GB", W(G7, "bf16"), X, "wrong_dtype", anchor="| Gemma-7B bf16 weights | 34.15 | GB |", note=APC + "; fp32 size; 17.08 GB")
claim(f, "35.28", "weights", "GB", W(L7, "fp8") / 4, X, "wrong_dtype", anchor="| Llama-3-70B fp8 weights per H100 at TP = 4 | 35.28 | GB |", note=APC + "; bf16 share for fp8; 17.64 GB")
A = "> \"Fine-tuning the 8B with ZeRO-3 on the 4 H100s needs 128.5 GB per card, and the L4 fallback holds 14 users of 8K with bf16 weights.\""
claim(f, "128.5 GB per card", "training", "GB", zero(N[L8], 4, 3), X, "per_gpu", anchor=A, note=AI + "; total state per card; 32.1 GB", **Q)
claim(f, "14 users", "arithmetic", "users", (B24 - W(L8, "bf16")) // KV(L8, 8192), X, "wrong_dtype", anchor=A, note=AI + "; the fp8-weights figure; 6", **Q)
non(f, "The ZeRO-3 and L4 lines of the summary repeat the submission's errors", "section numbers, stage name")

non(f, "- Serving stack as inspected: `vllm` with `--tensor-parallel-size 4`", "config inputs")

# ---- en_03: a standards-body draft (Annex B examples) with its ballot comment-resolution matrix ----
f = "en_03"
Q4, L27, F7, G2XL, BL, L405, MX = "qwen3-4b", "llama2-7b", "falcon-7b", "gpt2-xl", "bert-large", "llama3.1-405b", "mixtral-8x7b"
H100B, H200B = 3350e9, 4.8e12
W405C = W(L405, "fp8") / 8
D07 = "draft 0.7 as balloted"
A = "- Parameters: 6.74 B. Weights (bf16): 13.48 GB (12.55 GiB)."
claim(f, "6.74 B", "params", "B", N[L27], H, anchor=A)
claim(f, "13.48 GB", "weights", "GB", W(L27, "bf16"), H, anchor=A)
claim(f, "12.55 GiB", "weights", "GiB", W(L27, "bf16"), H, anchor=A)
A = "- KV cache per token (fp16): 512 KiB; at 4096 tokens: 2 GiB."
claim(f, "512 KiB", "kv_cache_per_token", "KiB", KVT(L27), H, anchor=A)
claim(f, "2 GiB", "kv_cache_total", "GiB", KV(L27, 4096), H, anchor=A)
A = "- Weights (bf16): 13.84 GB (12.89 GiB)."
claim(f, "13.84 GB", "weights", "GB", W(F7, "bf16"), H, anchor=A)
claim(f, "12.89 GiB", "weights", "GiB", W(F7, "bf16"), H, anchor=A)
A = "- KV cache per token (fp16): 568 KiB; at 2048 tokens: 1.11 GiB."
claim(f, "568 KiB", "kv_cache_per_token", "KiB", KVT(F7), X, "off_2x", anchor=A, note=D07 + "; 71 query heads for one KV head; 8 KiB")
claim(f, "1.11 GiB", "kv_cache_total", "GiB", KV(F7, 2048), X, "off_2x", anchor=A, note=D07 + "; query heads; 16 MiB")
A = "- Parameters: 4,022,468,096. Weights (bf16): 8.04 GB (7.49 GiB)."
claim(f, "4,022,468,096", "params", "params", N[Q4], H, anchor=A)
claim(f, "8.04 GB", "weights", "GB", W(Q4, "bf16"), H, anchor=A)
claim(f, "7.49 GiB", "weights", "GiB", W(Q4, "bf16"), H, anchor=A)
A = "- KV cache per token (fp16): 576 KiB; at 32768 tokens: 18 GiB."
claim(f, "576 KiB", "kv_cache_per_token", "KiB", KVT(Q4), X, "off_2x", anchor=A, note=D07 + "; query heads; 144 KiB")
claim(f, "18 GiB", "kv_cache_total", "GiB", KV(Q4, 32768), X, "off_2x", anchor=A, note=D07 + "; query heads; 4.5 GiB")
claim(f, "2.46 GB", "quantized_file", "GB", GG(Q4, "Q4_K_M"), H, rel=0.02, anchor="- Q4_K_M file: 2.46 GB.")
A = "- Parameters: 46.7 B in total, 12.9 B active per token."
claim(f, "46.7 B", "params", "B", N[MX], H, anchor=A)
claim(f, "12.9 B", "params", "B", ACTIVE_M7, H, anchor=A)
claim(f, "12.9 GB", "weights", "GB", W(MX, "fp8"), X, "wrong_kind", anchor="- Weights (fp8): 12.9 GB.", note=D07 + "; active experts only; 46.70 GB")
A = "- Weights (fp32): 6.23 GB (5.80 GiB); the fp16 cache is 300 KiB per token and 300 MiB for the full 1024-token context."
claim(f, "6.23 GB", "weights", "GB", W(G2XL, "fp32"), H, anchor=A)
claim(f, "5.80 GiB", "weights", "GiB", W(G2XL, "fp32"), H, anchor=A)
claim(f, "300 KiB per token", "kv_cache_per_token", "KiB", KVT(G2XL), H, anchor=A)
claim(f, "300 MiB", "kv_cache_total", "MiB", KV(G2XL, 1024), H, anchor=A)
A = "- Weights (fp16): 1.34 GB (1.25 GiB)."
claim(f, "1.34 GB", "weights", "GB", W(BL, "fp16"), X, "wrong_dtype", anchor=A, note=D07 + "; fp32 size; 0.67 GB")
claim(f, "1.25 GiB", "weights", "GiB", W(BL, "fp16"), X, "wrong_dtype", anchor=A, note=D07 + "; fp32 size; 0.62 GiB")
A = "- Weights (fp8): 405.9 GB, 50.73 GB per GPU."
claim(f, "405.9 GB", "weights", "GB", W(L405, "fp8"), H, anchor=A)
claim(f, "50.73 GB per GPU", "weights", "GB", W405C, H, anchor=A)
A = "- KV cache per token (fp16): 504 KiB; at 131,072 tokens 63 GiB, 7.88 GiB per GPU."
claim(f, "504 KiB", "kv_cache_per_token", "KiB", KVT(L405), H, anchor=A)
claim(f, "63 GiB", "kv_cache_total", "GiB", KV(L405, 131072), H, anchor=A)
claim(f, "7.88 GiB per GPU", "kv_cache_total", "GiB", KV(L405, 131072) / 8, H, anchor=A)
A = "- Decode ceiling: 3350 ÷ 50.73 = 66.0 tok/s."
claim(f, "50.73", "weights", "GB", W405C, H, anchor=A)
claim(f, "66.0 tok/s", "throughput", "tok/s", H100B / W405C, H, anchor=A)
L8 = "llama3-8b"
A = "- Weights (bf16): 8.03 GB (7.48 GiB)."
claim(f, "8.03 GB", "weights", "GB", W(L8, "bf16"), X, "wrong_dtype", anchor=A, note=D07 + "; fp8 size; 16.06 GB")
claim(f, "7.48 GiB", "weights", "GiB", W(L8, "bf16"), X, "wrong_dtype", anchor=A, note=D07 + "; fp8 size; 14.96 GiB")
A = "- KV cache per token (fp16): 512 KiB; at 8192 tokens: 4 GiB."
claim(f, "512 KiB", "kv_cache_per_token", "KiB", KVT(L8), X, "off_2x", anchor=A, note=D07 + "; query heads; 128 KiB")
claim(f, "4 GiB", "kv_cache_total", "GiB", KV(L8, 8192), X, "off_2x", anchor=A, note=D07 + "; query heads; 1 GiB")
A = "- Decode ceiling on one H100: 3350 ÷ 8.03 = 417.2 tok/s."
claim(f, "8.03", "weights", "GB", W(L8, "bf16"), X, "wrong_dtype", anchor=A, note=D07 + "; fp8 size as divisor; 16.06")
claim(f, "417.2 tok/s", "throughput", "tok/s", H100B / W(L8, "bf16"), X, "wrong_dtype", anchor=A, note=D07 + "; fp8 ceiling; 208.6")
non(f, "| C-20 | B.8 | Vela AI |", "comment id, clause, dtype name, head count")
non(f, "### B.8 Llama-3-8B", "example number, model name")
A = "| C-01 | B.2 | Orbis Labs |"
claim(f, "8 KiB per token", "kv_cache_per_token", "KiB", KVT(F7), H, anchor=A)
claim(f, "16 MiB", "kv_cache_total", "MiB", KV(F7, 2048), H, anchor=A)
A = "| C-02 | B.1 | Nimbus Cloud |"
claim(f, "12.55 GB", "weights", "GB", W(L27, "bf16"), X, "gib_as_gb", anchor=A, note="member comment; GiB value labelled GB; 13.48 GB")
claim(f, "12.55", "weights", "GiB", W(L27, "bf16"), H, anchor=A, occ=2)
A = "| C-03 | B.3 | Vela AI |"
claim(f, "144 KiB per token", "kv_cache_per_token", "KiB", KVT(Q4), H, anchor=A)
claim(f, "4.5 GiB", "kv_cache_total", "GiB", KV(Q4, 32768), H, anchor=A)
A = "| C-04 | B.4 | Orbis Labs |"
claim(f, "46.70 GB", "weights", "GB", W(MX, "fp8"), H, anchor=A)
claim(f, "43.50 GiB", "weights", "GiB", W(MX, "fp8"), H, anchor=A)
A = "| C-05 | B.6 | Kestrel Systems |"
claim(f, "0.67 GB", "weights", "GB", W(BL, "fp16"), H, anchor=A)
claim(f, "0.62 GiB", "weights", "GiB", W(BL, "fp16"), H, anchor=A)
claim(f, "1.34 GB", "weights", "GB", W(BL, "fp32"), H, anchor=A, note="re-attributed to fp32")
A = "| C-06 | B.5 | Nimbus Cloud |"
claim(f, "3.12 GB", "weights", "GB", W(G2XL, "fp32"), X, "wrong_dtype", anchor=A, note="member comment; bf16 size; 6.23 GB")
claim(f, "3.12 GB", "weights", "GB", W(G2XL, "bf16"), H, anchor=A, occ=2, note="re-attributed to bf16")
claim(f, "6.23 GB", "weights", "GB", W(G2XL, "fp32"), H, anchor=A)
A = "| C-07 | 6.3 | Tallis Compute |"
claim(f, "405.9 GB", "weights", "GB", W(L405, "fp8"), H, anchor=A)
claim(f, "8.3 tok/s", "throughput", "tok/s", H100B / W405C, X, "per_gpu", anchor=A, note="member comment; whole model at TP = 8; 66.0")
claim(f, "50.73 GB", "weights", "GB", W405C, H, anchor=A)
claim(f, "66.0 tok/s", "throughput", "tok/s", H100B / W405C, H, anchor=A)
A = "| C-08 | B.7 | Vela AI |"
claim(f, "252 GiB", "kv_cache_total", "GiB", KV(L405, 131072), X, "off_2x", anchor=A, note="member comment; four times too large; 63 GiB")
claim(f, "504 KiB per token", "kv_cache_per_token", "KiB", KVT(L405), H, anchor=A)
claim(f, "63 GiB", "kv_cache_total", "GiB", KV(L405, 131072), H, anchor=A)
claim(f, "1 GiB", "kv_cache_total", "GiB", KV(L27, 4096, b=1), H, anchor="| C-09 | 5.3 | Kestrel Systems |")
A = "| C-10 | 6.3 | Tallis Compute |"
claim(f, "3350 Gbit/s", "bandwidth", "Gbit/s", H100B, X, "wrong_unit", anchor=A, note="member comment; GB/s written as Gbit/s; 26,800 Gbit/s")
claim(f, "26,800 Gbit/s", "bandwidth", "Gbit/s", H100B, H, anchor=A)
A = "| C-12 | 7.1 | Orbis Labs |"
claim(f, "32.2 GB", "training", "GB", 16 * N[Q4], X, "off_2x", anchor=A, note="member comment; 8 bytes per parameter; 64.4 GB")
claim(f, "64.4 GB", "training", "GB", 16 * N[Q4], H, anchor=A)
claim(f, "8.69 × 10²³ FLOP", "flops", "FLOP", 6 * N[Q4] * 36e12, H, anchor="| C-13 | 7.2 | Nimbus Cloud |")
A = "| C-14 | 7.2 | Kestrel Systems |"
claim(f, "2.7 × 10²² FLOP", "flops", "FLOP", 6 * N[L27] * 2e12, X, "off_2x", anchor=A, note="member comment; 2ND; 8.09e22")
claim(f, "8.09 × 10²² FLOP", "flops", "FLOP", 6 * N[L27] * 2e12, H, anchor=A)
A = "| C-15 | B.1 | Vela AI |"
claim(f, "4.12 GB", "quantized_file", "GB", GG(L27, "Q4_K_M"), H, rel=0.02, anchor=A)
claim(f, "3.84 GiB", "quantized_file", "GiB", GG(L27, "Q4_K_M"), H, rel=0.02, anchor=A)
claim(f, "372.7 tok/s", "throughput", "tok/s", H200B / W(ACTIVE_M7, "fp8"), H, anchor="| C-16 | 6.3 | Orbis Labs |")
A = "> \"For Qwen3-4B in bf16 the weights are 16.1 GB and the cache at 32768 tokens is 18 GiB; the Q4_K_M file is 4.92 GB.\""
claim(f, "16.1 GB", "weights", "GB", W(Q4, "bf16"), X, "wrong_dtype", anchor=A, note="C-11, chat-assistant text; fp32 size; 8.04 GB", **Q)
claim(f, "18 GiB", "kv_cache_total", "GiB", KV(Q4, 32768), X, "off_2x", anchor=A, note="C-11, chat-assistant text; query heads; 4.5 GiB", **Q)
claim(f, "4.92 GB", "quantized_file", "GB", GG(Q4, "Q4_K_M"), X, "off_2x", rel=0.02, anchor=A, note="C-11, chat-assistant text; doubled; 2.46 GB", **Q)
A = "Editors' response to C-11: the figures are 8.04 GB, 4.5 GiB and 2.46 GB;"
claim(f, "8.04 GB", "weights", "GB", W(Q4, "bf16"), H, anchor=A)
claim(f, "4.5 GiB", "kv_cache_total", "GiB", KV(Q4, 32768), H, anchor=A)
claim(f, "2.46 GB", "quantized_file", "GB", GG(Q4, "Q4_K_M"), H, rel=0.02, anchor=A)
for row, m, dt, ctx in (("| B.1 | Llama-2-7B | bf16 | 13.48 | 512 | 4096 | 2 |", L27, "bf16", 4096),
                        ("| B.2 | Falcon-7B | bf16 | 13.84 | 8 | 2048 | 0.015625 |", F7, "bf16", 2048),
                        ("| B.3 | Qwen3-4B | bf16 | 8.04 | 144 | 32768 | 4.5 |", Q4, "bf16", 32768),
                        ("| B.4 | Mixtral-8x7B | fp8 | 46.70 | 128 | 32768 | 4 |", MX, "fp8", 32768),
                        ("| B.5 | GPT-2 XL | fp32 | 6.23 | 300 | 1024 | 0.29 |", G2XL, "fp32", 1024),
                        ("| B.6 | BERT-large | fp16 | 0.67 | — | 512 | — |", BL, "fp16", None),
                        ("| B.7 | Llama-3.1-405B | fp8 | 405.85 | 504 | 131072 | 63 |", L405, "fp8", 131072),
                        ("| B.8 | Llama-3-8B | bf16 | 16.06 | 128 | 8192 | 1 |", "llama3-8b", "bf16", 8192)):
    c = row.strip("| ").split(" | ")
    claim(f, c[3], "weights", "GB", W(m, dt), H, anchor=row)
    if ctx:
        claim(f, c[4], "kv_cache_per_token", "KiB", KVT(m), H, anchor=row)
        claim(f, c[6], "kv_cache_total", "GiB", KV(m, ctx), H, anchor=row, occ=tocc(row, c[6]))
A = "- Qwen3-4B also gets a training row: 64.4 GB of Adam state (59.9 GiB) and 8.69 × 10²³ FLOP for 36T tokens."
claim(f, "64.4 GB", "training", "GB", 16 * N[Q4], H, anchor=A)
claim(f, "59.9 GiB", "training", "GiB", 16 * N[Q4], H, anchor=A)
claim(f, "8.69 × 10²³ FLOP", "flops", "FLOP", 6 * N[Q4] * 36e12, H, anchor=A)
A = "- Llama-2-7B gets its fp8-cache row: 256 KiB per token, 1 GiB at 4096 tokens."
claim(f, "256 KiB per token", "kv_cache_per_token", "KiB", KVT(L27, b=1), H, anchor=A)
claim(f, "1 GiB", "kv_cache_total", "GiB", KV(L27, 4096, b=1), H, anchor=A)
A = "llama-2-7b        weights_bf16     13476831232    # = 13.48 GB"
claim(f, "13476831232", "weights", "bytes", W(L27, "bf16"), H, anchor=A)
claim(f, "13.48 GB", "weights", "GB", W(L27, "bf16"), H, anchor=A)
A = "qwen3-4b          kv_per_token     147456         # = 144 KiB"
claim(f, "147456", "kv_cache_per_token", "bytes", KVT(Q4), H, anchor=A)
claim(f, "144 KiB", "kv_cache_per_token", "KiB", KVT(Q4), H, anchor=A)
A = "falcon-7b         kv_per_token     8192           # = 8 KiB"
claim(f, "8192", "kv_cache_per_token", "bytes", KVT(F7), H, anchor=A)
claim(f, "8 KiB", "kv_cache_per_token", "KiB", KVT(F7), H, anchor=A)
A = "gpt2-xl           weights_fp32     6230444800     # = 6.23 GB"
claim(f, "6230444800", "weights", "bytes", W(G2XL, "fp32"), H, anchor=A)
claim(f, "6.23 GB", "weights", "GB", W(G2XL, "fp32"), H, anchor=A)
A = "mixtral-8x7b      weights_fp8      46702792704    # = 46.70 GB"
claim(f, "46702792704", "weights", "bytes", W(MX, "fp8"), H, anchor=A)
claim(f, "46.70 GB", "weights", "GB", W(MX, "fp8"), H, anchor=A)
A = "bert-large        weights_fp16     1340567552     # = 1.34 GB"
claim(f, "1340567552", "weights", "bytes", W(BL, "fp16"), X, "wrong_dtype", anchor=A, note="conformance vector 0.8; fp32 byte count; 670283776")
claim(f, "1.34 GB", "weights", "GB", W(BL, "fp16"), X, "wrong_dtype", anchor=A, note="conformance vector 0.8; fp32 size; 0.67 GB")
for text, why in (
        ("aliases: [MMD-1 draft 0.7 comments", "spec id, draft number"), ("  id: MMD-1", "spec id"),
        ("  draft: \"0.7\"", "draft number"), ("  next_draft: \"0.8\"", "draft number"),
        ("  ballot: {id: 2027-B3, opened: 2027-04-01", "ballot id, dates"), ("working_group: \"WG-4", "group number"),
        ("members_voting: 41", "count"), ("  qwen3-4b: {hidden: 2560", "config inputs"),
        ("  h100_sxm: {bandwidth_gbs: 3350}", "hardware spec"), ("  h200: {bandwidth_gbs: 4800}", "hardware spec"),
        ("created: 2027-05-02", "date"), ("updated: 2027-05-16", "date"), ("status: \"comments resolved, draft 0.8", "draft number"),
        ("related: [\"[[MMD-1 draft 0.6 notes]]\"", "draft number, date"),
        ("# MMD-1 draft 0.7 — Annex B examples", "spec id, draft number"),
        ("> My working copy as co-editor: the normative formulas of clauses 5–7", "clause numbers, ballot id"),
        ("Ballot 2027-B3: 41 voting members", "vote counts"),
        ("## Clauses 5–7 in one screen", "clause numbers"),
        ("- 5.1 `weights_bytes` SHALL equal", "clause number, formula"),
        ("- 5.2 Sizes SHALL be given in GB (10⁹ bytes)", "clause number, unit definitions"),
        ("- 5.3 `kv_bytes_per_token` SHALL equal", "clause number, formula with free variables"),
        ("- 6.3 `decode_ceiling` SHALL be", "clause number"), ("- 7.1 `training_state_bytes`", "clause number"),
        ("- 7.2 `training_flops` SHALL be", "clause number, formula"),
        ("## Annex B as balloted (draft 0.7)", "draft number"), ("### B.1 Llama-2-7B", "example number, model name"),
        ("### B.2 Falcon-7B", "example number, model name"), ("### B.3 Qwen3-4B (configuration in Table B.0)", "example and table number"),
        ("### B.4 Mixtral-8x7B", "example number, model name"), ("### B.5 GPT-2 XL", "example number, model name"),
        ("### B.6 BERT-large", "example number"), ("### B.7 Llama-3.1-405B on 8 × H100 (TP = 8)", "example number, card count"),
        ("## Comment resolution matrix, ballot 2027-B3", "ballot id"),
        ("| C-11 | B.3 | Kestrel Systems | see the quoted text below | Rejected |", "comment id, clause number"),
        ("> [!quote] C-11, Kestrel Systems", "comment id"),
        ("## Annex B as it will stand in draft 0.8", "draft number"),
        ("## Conformance vectors (draft 0.8", "draft number"),
        ("The BERT-large vector still carries the fp32 byte count; S. Qureshi fixes it in 0.8.1.", "version"),
        ("Next: WG-4 call on 2027-05-28 at 16:00 UTC", "date, time, ballot id"),
        ("[^1]: Ballot rules: 30-day ballot", "ballot rules")):
    non(f, text, why)

f = "en_03"
A = "| C-17 | B.7 | Nimbus Cloud |"
claim(f, "63 GiB per GPU", "kv_cache_total", "GiB", KV(L405, 131072) / 8, X, "per_gpu", anchor=A, note="member comment; whole cache per GPU; 7.88 GiB")
claim(f, "7.88 GiB per GPU", "kv_cache_total", "GiB", KV(L405, 131072) / 8, H, anchor=A)
A = "| C-18 | B.2 | Tallis Compute |"
claim(f, "13.84 GB", "weights", "GB", W(F7, "fp32"), X, "wrong_dtype", anchor=A, note="member comment; bf16 size; 27.69 GB")
claim(f, "27.69 GB", "weights", "GB", W(F7, "fp32"), H, anchor=A)
A = "| C-19 | B.5 | Orbis Labs |"
claim(f, "1,557,611,200 parameters", "params", "params", N[G2XL], H, anchor=A)
claim(f, "6.23 GiB", "weights", "GiB", W(G2XL, "fp32"), X, "gb_as_gib", anchor=A, note="member comment; GB value labelled GiB; 5.80 GiB")
claim(f, "6.23 GB", "weights", "GB", W(G2XL, "fp32"), H, anchor=A)
claim(f, "5.80 GiB", "weights", "GiB", W(G2XL, "fp32"), H, anchor=A)

non(f, "Previous round: [[MMD-1 draft 0.6 notes]] (ballot 2027-B1).", "draft number, ballot id")

A = "- Decode ceiling on one H200: 4800 ÷ 46.70 = 102.8 tok/s."
claim(f, "46.70", "weights", "GB", W(MX, "fp8"), H, anchor=A)
claim(f, "102.8 tok/s", "throughput", "tok/s", H200B / W(ACTIVE_M7, "fp8"), X, "wrong_kind", anchor=A, note=D07 + "; whole MoE file per token; 372.7")

# ---- en_04: a compute and energy disclosure of a training run with the assurance provider's notes ----
f = "en_04"
L8, DS, SM = "llama3-8b", "deepseek-llm-7b", "smollm2-360m"
L40B = 864e9
B48 = 0.9 * 48 * GIB
SCALE.update({"kWh": 1e3, "MWh": 1e6, "t CO2e": 1e3, "tokens/param": 1})
CPT = 6 * N[L8] * 300e9
GPUH = CPT / (0.4 * 989e12) / 3600
KWH = GPUH * 0.7 * 1.2 * 1e3                   # Wh
SFT = 6 * N[L8] * 2e9
GPUH2 = SFT / (0.4 * 989e12) / 3600
KWH2 = GPUH2 * 0.7 * 1.2 * 1e3
CK = 16 * N[L8]
LQ = lora(32, 16, [(4096, 4096), (4096, 1024)])
DIS = "disclosure as published"
claim(f, "8,030,261,248 parameters", "params", "params", N[L8], H, anchor="Harbor-8B is a continued pre-training of Llama-3-8B")
claim(f, "1.45 × 10²² FLOP", "flops", "FLOP", CPT, H, anchor="- \"The run processed 300B tokens:")
A = "- \"At 40 % MFU on 256 H100 GPUs (989 TFLOP/s each) the run took 39.6 hours, or 10,150 GPU-hours.\""
claim(f, "39.6 hours", "time", "hours", CPT / (256 * 0.4 * 989e12), H, anchor=A)
claim(f, "10,150 GPU-hours", "time", "GPU-hours", GPUH, H, anchor=A)
A = "- \"Energy: 10,150 GPU-hours × 0.7 kW × 1.2 = 8,526 kWh; emissions 8,526 kWh × 0.35 kg/kWh = 2.98 t CO2e.\""
claim(f, "8,526 kWh", "arithmetic", "kWh", KWH, H, anchor=A)
claim(f, "2.98 t CO2e", "arithmetic", "t CO2e", KWH / 1e3 * 0.35, H, anchor=A)
claim(f, "37.4", "ratio", "tokens/param", 300e9 / N[L8], H, anchor="- \"That is 37.4 training tokens per parameter.\"")
A = "- \"ZeRO-3 across the 256 GPUs kept 0.50 GB of model state per GPU, out of 128.5 GB in total.\""
claim(f, "0.50 GB", "training", "GB", zero(N[L8], 256, 3), H, anchor=A)
claim(f, "128.5 GB", "training", "GB", CK, H, anchor=A)
A = "- \"Each resumable checkpoint is 16.06 GB; 40 were written, 642 GB in total.\""
claim(f, "16.06 GB", "training", "GB", CK, X, "wrong_kind", anchor=A, note=DIS + "; weights only for a resumable checkpoint; 128.5 GB")
claim(f, "642 GB", "training", "GB", 40 * CK, X, "wrong_kind", anchor=A, note=DIS + "; weights only; 5.14 TB")
A = "- **AP:** a resumable checkpoint carries the optimizer state as well: 128.5 GB each, 5.14 TB for the 40 (4.67 TiB)."
claim(f, "128.5 GB", "training", "GB", CK, H, anchor=A)
claim(f, "5.14 TB", "training", "TB", 40 * CK, H, anchor=A)
claim(f, "4.67 TiB", "training", "TiB", 40 * CK, H, anchor=A)
claim(f, "51 s", "time", "s", 40 * CK / 12.5e9, X, "wrong_unit", anchor="- \"Writing the 40 checkpoints over the 100 Gbit/s storage fabric took 51 s in total.\"", note=DIS + "; Gbit/s read as GB/s; 411 s")
A = "- **AP:** 100 Gbit/s is 12.5 GB/s, so the 5.14 TB took ≈ 411 s."
claim(f, "12.5 GB/s", "bandwidth", "GB/s", 100 * 1.25e8, H, anchor=A)
claim(f, "5.14 TB", "training", "TB", 40 * CK, H, anchor=A)
claim(f, "≈ 411 s", "time", "s", 40 * CK / 12.5e9, H, hedged=True, anchor=A)
A = "- \"SFT on 2B tokens: 6ND = 9.64 × 10¹⁹ FLOP, 67.7 GPU-hours at 40 % MFU.\""
claim(f, "9.64 × 10¹⁹ FLOP", "flops", "FLOP", SFT, H, anchor=A)
claim(f, "67.7 GPU-hours", "time", "GPU-hours", GPUH2, H, anchor=A)
A = "- \"The LoRA variant (r = 16 on q and v) trains 6,815,744 parameters, 0.085 % of the model.\""
claim(f, "6,815,744 parameters", "params", "params", LQ, H, anchor=A)
claim(f, "0.085 %", "percentage", "%", 100 * LQ / N[L8], H, anchor=A)
A = "- \"A LoRA job holds 16.06 GB of bf16 weights plus 16 bytes per adapter parameter, 16.17 GB in total.\""
claim(f, "16.06 GB", "weights", "GB", W(L8, "bf16"), H, anchor=A)
claim(f, "16.17 GB", "training", "GB", W(L8, "bf16") + 16 * LQ, H, anchor=A)
claim(f, "109 MB", "weights", "MB", LQ * 2, X, "wrong_kind", anchor="- \"The adapter file is 109 MB in bf16.\"", note=DIS + "; adapter training state for the bf16 file; 13.6 MB")
A = "- **AP:** 109 MB is the adapter's full training state; the bf16 adapter file is 13.6 MB."
claim(f, "109 MB", "training", "MB", LQ * 16, H, anchor=A, note="re-attributed to the training state")
claim(f, "13.6 MB", "weights", "MB", LQ * 2, H, anchor=A)
A = "- \"DeepSeek-LLM-7B (config in the appendix properties) has 6.91 B parameters; its 2T-token pre-training took 8.29 × 10²² FLOP.\""
claim(f, "6.91 B parameters", "params", "B", N[DS], H, anchor=A)
claim(f, "8.29 × 10²² FLOP", "flops", "FLOP", 6 * N[DS] * 2e12, H, anchor=A)
claim(f, "120 KiB", "kv_cache_per_token", "KiB", KVT(DS), X, "off_2x", anchor="- \"It would also need 120 KiB of KV cache per token in fp16.\"", note=DIS + "; a quarter of the heads; 480 KiB")
claim(f, "480 KiB per token", "kv_cache_per_token", "KiB", KVT(DS), H, anchor="- **AP:** with 32 KV heads of 128 over 30 layers")
A = "- \"SmolLM2-360M, our on-device model, has 361.8 M parameters and was trained on 4T tokens: 2.9 × 10²¹ FLOP.\""
claim(f, "361.8 M parameters", "params", "M", N[SM], H, anchor=A)
claim(f, "2.9 × 10²¹ FLOP", "flops", "FLOP", 6 * N[SM] * 4e12, X, "off_2x", anchor=A, note=DIS + "; 2ND; 8.68e21")
A = "- \"SmolLM2-360M ships as 1.45 GB in bf16 and caches 40 KiB per token.\""
claim(f, "1.45 GB", "weights", "GB", W(SM, "bf16"), X, "wrong_dtype", anchor=A, note=DIS + "; fp32 size; 0.72 GB")
claim(f, "40 KiB per token", "kv_cache_per_token", "KiB", KVT(SM), H, anchor=A)
A = "- \"Its on-device int4 build is 362 MB, and its 4T-token run saw 1,105 tokens per parameter.\""
claim(f, "362 MB", "weights", "MB", W(SM, "int4"), X, "wrong_dtype", anchor=A, note=DIS + "; int8 size; 181 MB")
claim(f, "1,105 tokens per parameter", "ratio", "tokens/param", 4e12 / N[SM], X, "off_2x", anchor=A, note=DIS + "; ten times too few; 11,055")
non(f, "- **AP:** see F-9 and F-10.", "finding ids")
A = "- \"Harbor-8B serves in bf16 on L40S cards: 16.06 GB of weights, leaving 28.24 GiB of cache per card at the 0.90 budget.\""
claim(f, "16.06 GB", "weights", "GB", W(L8, "bf16"), H, anchor=A)
claim(f, "28.24 GiB", "arithmetic", "GiB", B48 - W(L8, "bf16"), H, anchor=A)
A = "- \"At 864 GB/s one stream is capped at 53.8 tok/s, so a card produces at most 193,700 tokens per hour per stream.\""
claim(f, "53.8 tok/s", "throughput", "tok/s", L40B / W(L8, "bf16"), H, anchor=A)
claim(f, "at most 193,700 tokens", "tokens", "tokens", L40B / W(L8, "bf16") * 3600, H, bound="upper", anchor=A)
claim(f, "4.02 GB", "weights", "GB", W(L8, "fp8"), X, "wrong_dtype", anchor="- \"The fp8 deployment halves energy per token because the weights shrink to 4.02 GB.\"", note=DIS + "; int4 size; 8.03 GB")
A = "- \"The KV cache is 512 KiB per token, so each card holds 7 users of 8K.\""
claim(f, "512 KiB per token", "kv_cache_per_token", "KiB", KVT(L8), X, "off_2x", anchor=A, note=DIS + "; query heads; 128 KiB")
claim(f, "7 users", "arithmetic", "users", (B48 - W(L8, "bf16")) // KV(L8, 8192), X, "off_2x", anchor=A, note=DIS + "; query-head cache; 28")
A = "- **AP:** Llama-3-8B has 8 KV heads: 128 KiB per token, 1 GiB per 8K user, 28 users per card."
claim(f, "128 KiB per token", "kv_cache_per_token", "KiB", KVT(L8), H, anchor=A)
claim(f, "1 GiB", "kv_cache_total", "GiB", KV(L8, 8192), H, anchor=A)
claim(f, "28 users", "arithmetic", "users", (B48 - W(L8, "bf16")) // KV(L8, 8192), H, anchor=A)
FWHY = {"F-1": "weights only for a resumable checkpoint", "F-2": "Gbit/s read as GB/s", "F-3": "2ND", "F-4": "int4 size",
        "F-5": "query heads", "F-6": "fp32 size", "F-7": "adapter training state for the bf16 file", "F-8": "a quarter of the heads",
        "F-9": "int8 size", "F-10": "ten times too few"}
for row, unit, kind, val, err in (
        ("| F-1 | resumable checkpoint | 16.06 | 128.5 | GB |", "GB", "training", CK, "wrong_kind"),
        ("| F-2 | checkpoint write time, 40 checkpoints | 51 | 411 | s |", "s", "time", 40 * CK / 12.5e9, "wrong_unit"),
        ("| F-3 | SmolLM2-360M training compute | 2.9 × 10²¹ | 8.68 × 10²¹ | FLOP |", "FLOP", "flops", 6 * N[SM] * 4e12, "off_2x"),
        ("| F-4 | Harbor-8B fp8 weights | 4.02 | 8.03 | GB |", "GB", "weights", W(L8, "fp8"), "wrong_dtype"),
        ("| F-5 | Harbor-8B KV cache per token | 512 | 128 | KiB |", "KiB", "kv_cache_per_token", KVT(L8), "off_2x"),
        ("| F-6 | SmolLM2-360M weights in bf16 | 1.45 | 0.72 | GB |", "GB", "weights", W(SM, "bf16"), "wrong_dtype"),
        ("| F-7 | LoRA adapter file in bf16 | 109 | 13.6 | MB |", "MB", "weights", LQ * 2, "wrong_kind"),
        ("| F-8 | DeepSeek-LLM-7B KV cache per token | 120 | 480 | KiB |", "KiB", "kv_cache_per_token", KVT(DS), "off_2x"),
        ("| F-9 | SmolLM2-360M int4 build | 362 | 181 | MB |", "MB", "weights", W(SM, "int4"), "wrong_dtype"),
        ("| F-10 | SmolLM2-360M tokens per parameter | 1,105 | 11,055 | tokens/param |", "tokens/param", "ratio", 4e12 / N[SM], "off_2x")):
    c = row.strip("| ").split(" | ")
    claim(f, c[2], kind, unit, val, X, err, anchor=row, note="finding table, disclosed value; " + FWHY[c[0]])
    claim(f, c[3], kind, unit, val, H, anchor=row)
claim(f, "5.14 TB", "training", "TB", 40 * CK, H, anchor="- We accept F-1 to F-10. The restated checkpoint total is 5.14 TB;")
A = "> \"The continued pre-training used 2560 GPU-hours and 2.1 MWh.\""
claim(f, "2560 GPU-hours", "time", "GPU-hours", GPUH, X, "off_2x", anchor=A, note="sustainability assistant (AI); a quarter of the GPU-hours; 10,150", **Q)
claim(f, "2.1 MWh", "arithmetic", "MWh", KWH, X, "off_2x", anchor=A, note="sustainability assistant (AI); 8.53 MWh", **Q)
A = "- Both are wrong: the run used 10,150 GPU-hours and 8,526 kWh, as 1.1 states."
claim(f, "10,150 GPU-hours", "time", "GPU-hours", GPUH, H, anchor=A)
claim(f, "8,526 kWh", "arithmetic", "kWh", KWH, H, anchor=A)
for row, gh, wh in (("| continued pre-training | 10,150 | 8,526 | 2.98 |", GPUH, KWH), ("| supervised fine-tuning | 67.7 | 56.8 | 0.020 |", GPUH2, KWH2),
                    ("| total | 10,217 | 8,582 | 3.00 |", GPUH + GPUH2, KWH + KWH2)):
    c = row.strip("| ").split(" | ")
    claim(f, c[1], "time", "GPU-hours", gh, H, anchor=row)
    claim(f, c[2], "arithmetic", "kWh", wh, H, anchor=row)
    claim(f, c[3], "arithmetic", "t CO2e", wh / 1e3 * 0.35, H, anchor=row)
for text, why in (
        ("aliases: [Harbor-8B energy disclosure, FY2027 compute disclosure", "model name, year"),
        ("  id: SUS-ML-2027-02", "report id"), ("  period: {from: 2027-01-01", "dates"),
        ("  framework: \"GHG Protocol scope 2", "framework name"), ("  engagement: NA-5521", "engagement number"),
        ("  signed: 2027-08-14", "date"), ("  count: 256", "hardware input"), ("  peak_tflops_bf16: 989", "hardware spec"),
        ("  mfu: 0.40", "input"), ("  power_kw_per_gpu: 0.7", "input"), ("  pue: 1.2", "input"), ("  grid_kg_per_kwh: 0.35", "input"),
        ("  deepseek-llm-7b: {hidden: 4096", "config inputs"), ("  smollm2-360m: {hidden: 960", "config inputs"),
        ("created: 2027-08-15", "date"), ("related: [\"[[Sustainability report FY2026]]\"", "year"),
        ("# Compute and energy disclosure H1 2027", "year"),
        ("> Section 1 is the disclosure as published on 2027-07-20", "section numbers, date"),
        ("### 1.1 Continued pre-training", "section number"), ("### 1.2 Supervised fine-tuning", "section number"),
        ("### 1.3 Baselines quoted in the disclosure", "section number"), ("### 1.4 Serving footprint", "section number"),
        ("- **AP:** the same 6ND rule as above applies to SmolLM2-360M; see F-3.", "rule name, finding id"),
        ("Northgate rated F-1, F-2 and F-5", "finding ids"), ("- Section 1.4 was drafted with our sustainability assistant", "section number"),
        ("## 4. Restated energy ledger[^1]", "section number, footnote"),
        ("Measured rather than modelled: the metered draw was 612 W per GPU", "measured power, PUE"),
        ("Offsets purchased: 3 t at 41 EUR per tonne", "price, invoice number"),
        ("[^1]: The 0.35 kg/kWh grid factor", "input, year")):
    non(f, text, why)

SCALE.update({"h": 3600})
A = "- **AP:** recomputed as $$\\frac{1.45 \\times 10^{22}}{256 \\times 0.4 \\times 989 \\times 10^{12}} = 1.43 \\times 10^{5}$$ s, i.e. 39.6 h;"
claim(f, "1.43 \\times 10^{5}", "time", "s", CPT / (256 * 0.4 * 989e12), H, anchor=A)
claim(f, "39.6 h", "time", "h", CPT / (256 * 0.4 * 989e12), H, anchor=A)
non(f, "Model card: [[Harbor-8B model card]].", "model name in a wikilink")

# ---- en_05: a vendor-assessment sizing questionnaire (vendor's answers as received, assessor's checks and scores) ----
f = "en_05"
L7, L405, MX, Q7, L8, G9, M7 = "llama3-70b", "llama3.1-405b", "mixtral-8x7b", "qwen2.5-7b", "llama3-8b", "gemma2-9b", "mistral-7b"
H200B, H100B, MI300B, L40B, L4B = 4.8e12, 3350e9, 5.3e12, 864e9, 300e9
B141, B192, B80, B48, B24 = 0.9 * 141 * GIB, 0.9 * 192 * GIB, 0.9 * 80 * GIB, 0.9 * 48 * GIB, 0.9 * 24 * GIB
SCALE.update({"documents": 1})
W7C = W(L7, "bf16") / 2
W405C = W(L405, "fp8") / 8
FQ = B48 - W(Q7, "bf16")
FG = B24 - W(G9, "bf16")
LQ4 = lora(32, 16, [(4096, 4096), (4096, 1024), (4096, 1024), (4096, 4096)])
VEN = "vendor's answer as received"
A = "> Weights are 141.1 GB, 70.6 GB per card (65.7 GiB); each H200 keeps 61.2 GiB for the cache under our budget of 126.9 GiB."
claim(f, "141.1 GB", "weights", "GB", W(L7, "bf16"), H, anchor=A)
claim(f, "70.6 GB per card", "weights", "GB", W7C, H, anchor=A)
claim(f, "65.7 GiB", "weights", "GiB", W7C, H, anchor=A)
claim(f, "61.2 GiB", "arithmetic", "GiB", B141 - W7C, H, anchor=A)
claim(f, "126.9 GiB", "arithmetic", "GiB", B141, H, anchor=A)
A = "> The cache is 160 KiB per token per card, so a 32K session takes 5 GiB per card and 12 sessions fit."
claim(f, "160 KiB per token per card", "kv_cache_per_token", "KiB", KVT(L7) / 2, H, anchor=A)
claim(f, "5 GiB per card", "kv_cache_total", "GiB", KV(L7, 32768) / 2, H, anchor=A)
claim(f, "12 sessions", "arithmetic", "sessions", (B141 - W7C) // (KV(L7, 32768) / 2), H, anchor=A)
A = "> Per-stream ceiling: 4.8 TB/s ÷ 141.1 GB = 34 tok/s."
claim(f, "141.1 GB", "weights", "GB", W(L7, "bf16"), H, anchor=A)
claim(f, "34 tok/s", "throughput", "tok/s", H200B / W7C, X, "per_gpu", anchor=A, note=VEN + "; whole model at TP = 2; 68.0")
A = "Check: memory is right. The ceiling uses the whole model; at TP = 2 each card reads its 70.6 GB, 68.0 tok/s."
claim(f, "70.6 GB", "weights", "GB", W7C, H, anchor=A)
claim(f, "68.0 tok/s", "throughput", "tok/s", H200B / W7C, H, anchor=A)
A = "> 405.9 GB in fp8, 50.7 GB per GPU; the cache is 504 KiB per token, so a 128K session is 63 GiB, 7.9 GiB per GPU."
claim(f, "405.9 GB", "weights", "GB", W(L405, "fp8"), H, anchor=A)
claim(f, "50.7 GB per GPU", "weights", "GB", W405C, H, anchor=A)
claim(f, "504 KiB per token", "kv_cache_per_token", "KiB", KVT(L405), H, anchor=A)
claim(f, "63 GiB", "kv_cache_total", "GiB", KV(L405, 131072), H, anchor=A)
claim(f, "7.9 GiB per GPU", "kv_cache_total", "GiB", KV(L405, 131072) / 8, H, anchor=A)
A = "> Free per GPU after the weights: 172.8 − 47.25 = 125.55 GiB, enough for 15 sessions of 128K."
claim(f, "172.8", "arithmetic", "GiB", B192, H, anchor=A)
claim(f, "47.25", "weights", "GiB", W405C, H, anchor=A)
claim(f, "125.55 GiB", "arithmetic", "GiB", B192 - W405C, H, anchor=A)
claim(f, "15 sessions", "arithmetic", "sessions", (B192 - W405C) // (KV(L405, 131072) / 8), H, anchor=A)
A = "> Ceiling: 5300 ÷ 405.9 = 13.1 tok/s per stream."
claim(f, "405.9", "weights", "GB", W(L405, "fp8"), H, anchor=A)
claim(f, "13.1 tok/s", "throughput", "tok/s", MI300B / W405C, X, "per_gpu", anchor=A, note=VEN + "; whole model at TP = 8; 104.5")
A = "Check: same slip as 1.1. 5300 ÷ 50.73 = 104.5 tok/s."
claim(f, "50.73", "weights", "GB", W405C, H, anchor=A)
claim(f, "104.5 tok/s", "throughput", "tok/s", MI300B / W405C, H, anchor=A)
A = "> Mixtral activates 12.9 B parameters per token, so its fp8 weights are 12.9 GB and one H100 has 60.0 GiB left."
claim(f, "12.9 B parameters", "params", "B", ACTIVE_M7, H, anchor=A)
claim(f, "12.9 GB", "weights", "GB", W(MX, "fp8"), X, "wrong_kind", anchor=A, note=VEN + "; active experts only; 46.70 GB")
claim(f, "60.0 GiB", "arithmetic", "GiB", B80 - W(MX, "fp8"), X, "wrong_kind", anchor=A, note=VEN + "; active experts only; 28.50 GiB")
A = "> Ceiling: 3350 ÷ 46.7 = 71.7 tok/s."
claim(f, "46.7", "weights", "GB", W(MX, "fp8"), H, anchor=A)
claim(f, "71.7 tok/s", "throughput", "tok/s", H100B / W(ACTIVE_M7, "fp8"), X, "wrong_kind", anchor=A, note=VEN + "; whole MoE file per token; 260.1")
A = "Check: all experts stay resident, 46.70 GB, leaving 28.50 GiB. Decode reads only the two active experts: 3350 ÷ 12.88 = 260.1 tok/s."
claim(f, "46.70 GB", "weights", "GB", W(MX, "fp8"), H, anchor=A)
claim(f, "28.50 GiB", "arithmetic", "GiB", B80 - W(MX, "fp8"), H, anchor=A)
claim(f, "12.88", "weights", "GB", W(ACTIVE_M7, "fp8"), H, anchor=A)
claim(f, "260.1 tok/s", "throughput", "tok/s", H100B / W(ACTIVE_M7, "fp8"), H, anchor=A)
A = "> 15.23 GB of weights and 56 KiB per token, so a 128K document needs 7 GiB; 4 documents fit in the 29.01 GiB left."
claim(f, "15.23 GB", "weights", "GB", W(Q7, "bf16"), H, anchor=A)
claim(f, "56 KiB per token", "kv_cache_per_token", "KiB", KVT(Q7), H, anchor=A)
claim(f, "7 GiB", "kv_cache_total", "GiB", KV(Q7, 131072), H, anchor=A)
claim(f, "4 documents", "arithmetic", "documents", FQ // KV(Q7, 131072), H, anchor=A)
claim(f, "29.01 GiB", "arithmetic", "GiB", FQ, H, anchor=A)
A = "> With an fp8 cache a document takes 3.5 GiB, so 16 documents fit."
claim(f, "3.5 GiB", "kv_cache_total", "GiB", KV(Q7, 131072, b=1), H, anchor=A)
claim(f, "16 documents", "arithmetic", "documents", FQ // KV(Q7, 131072, b=1), X, "off_2x", anchor=A, note=VEN + "; cache halved twice; 8")
A = "Check: 29.01 ÷ 3.5 gives 8 documents; their 16 halves the cache twice."
claim(f, "29.01", "arithmetic", "GiB", FQ, H, anchor=A)
claim(f, "3.5", "kv_cache_total", "GiB", KV(Q7, 131072, b=1), H, anchor=A)
claim(f, "8 documents", "arithmetic", "documents", FQ // KV(Q7, 131072, b=1), H, anchor=A)
claim(f, "64.2 GB", "training", "GB", 16 * N[L8], X, "off_2x", anchor="> Full fine-tuning of Llama-3-8B needs 64.2 GB, so one H100 per job.", note=VEN + "; 8 bytes per parameter; 128.5 GB")
claim(f, "128.5 GB per GPU", "training", "GB", zero(N[L8], 8, 3), X, "per_gpu", anchor="> With ZeRO-3 on 8 GPUs it is 128.5 GB per GPU.", note=VEN + "; total state per GPU; 16.06 GB")
A = "> LoRA with r = 16 on all four attention projections trains 13.6 M parameters, 218 MB of training state."
claim(f, "13.6 M parameters", "params", "M", LQ4, H, anchor=A)
claim(f, "218 MB", "training", "MB", 16 * LQ4, H, anchor=A)
claim(f, "16.06 GB", "weights", "GB", N[L8] * NF4 / 8, X, "wrong_dtype", anchor="> QLoRA keeps the base model in NF4: 16.06 GB.", note=VEN + "; bf16 size for NF4; 4.14 GB")
claim(f, "4.14 GB", "weights", "GB", N[L8] * NF4 / 8, H, anchor="Check: the first two answers forget that Adam keeps 16 bytes per parameter")
claim(f, "2.4 × 10²³ FLOP", "flops", "FLOP", 6 * N[L8] * 15e12, X, "off_2x", anchor="> A Llama-3-8B-size model on 15T tokens is 2.4 × 10²³ FLOP.", note=VEN + "; 2ND; 7.23e23")
claim(f, "6.9 days", "time", "days", 6 * N[L8] * 15e12 / (1024 * 0.4 * 989e12), X, "off_2x", anchor="> At 40 % of 989 TFLOP/s on 1,024 H100s that takes 6.9 days.", note=VEN + "; from 2ND; 20.6 days")
A = "Check: 6ND gives 7.23 × 10²³ FLOP and 20.6 days."
claim(f, "7.23 × 10²³ FLOP", "flops", "FLOP", 6 * N[L8] * 15e12, H, anchor=A)
claim(f, "20.6 days", "time", "days", 6 * N[L8] * 15e12 / (1024 * 0.4 * 989e12), H, anchor=A)
A = "> Model pull: the 141.1 GB bf16 checkpoint over our 200 Gbit/s fabric takes 0.7 s."
claim(f, "141.1 GB", "weights", "GB", W(L7, "bf16"), H, anchor=A)
claim(f, "0.7 s", "time", "s", W(L7, "bf16") / 25e9, X, "wrong_unit", anchor=A, note=VEN + "; Gbit/s read as GB/s; 5.6 s")
claim(f, "3350 Gbit/s", "bandwidth", "Gbit/s", H100B, X, "wrong_unit", anchor="> Each H100 has 3350 Gbit/s of memory bandwidth.", note=VEN + "; GB/s written as Gbit/s; 26,800 Gbit/s")
A = "Check: 200 Gbit/s is 25 GB/s, so a pull takes ~5.6 s; the H100 has 3.35 TB/s, i.e. 26,800 Gbit/s."
claim(f, "25 GB/s", "bandwidth", "GB/s", 200 * 1.25e8, H, anchor=A)
claim(f, "~5.6 s", "time", "s", W(L7, "bf16") / 25e9, H, hedged=True, anchor=A)
claim(f, "26,800 Gbit/s", "bandwidth", "Gbit/s", H100B, H, anchor=A)
A = "> Gemma-2-9B has 9.24 B parameters, 18.48 GB in bf16, so it runs on one L4 in bf16."
claim(f, "9.24 B parameters", "params", "B", N[G9], H, anchor=A)
claim(f, "18.48 GB", "weights", "GB", W(G9, "bf16"), H, anchor=A)
claim(f, "336 KiB per token", "kv_cache_per_token", "KiB", KVT(G9), H, anchor="> Its cache is 336 KiB per token")
A = "> A 4K session is 0.66 GiB, so 6 sessions fit beside the weights."
claim(f, "0.66 GiB", "kv_cache_total", "GiB", KV(G9, 4096), X, "off_2x", anchor=A, note=VEN + "; halved; 1.3125 GiB")
claim(f, "6 sessions", "arithmetic", "sessions", FG // KV(G9, 4096), X, "off_2x", anchor=A, note=VEN + "; from the halved cache; 3")
A = "Check: 1.3125 GiB per 4K session, so 3 sessions fit; with fp8 weights (9.24 GB) 9 sessions fit."
claim(f, "1.3125 GiB", "kv_cache_total", "GiB", KV(G9, 4096), H, anchor=A)
claim(f, "3 sessions", "arithmetic", "sessions", FG // KV(G9, 4096), H, anchor=A)
claim(f, "9.24 GB", "weights", "GB", W(G9, "fp8"), H, anchor=A)
claim(f, "9 sessions", "arithmetic", "sessions", (B24 - W(G9, "fp8")) // KV(G9, 4096), H, anchor=A)
claim(f, "4 GiB", "kv_cache_total", "GiB", KV(M7, 4096), X, "off_2x", anchor="> Mistral-7B at 32K needs 4 GiB of cache per chat.", note=VEN + "; window ignored; 0.5 GiB")
A = "> Activations of Llama-3-8B at 8K tokens and batch 1 take 11.06 GiB without recomputation and 17 GiB with FlashAttention;"
claim(f, "11.06 GiB", "activations", "GiB", act(L8, 8192, 1, "none"), X, "off_2x", anchor=A, note=VEN + "; one layer for all 32; 354 GiB")
claim(f, "17 GiB", "activations", "GiB", act(L8, 8192, 1, "flash"), X, "off_2x", anchor=A, note=VEN + "; the 4K figure; 34 GiB")
claim(f, "2 GiB", "activations", "GiB", act(L8, 8192, 1, "full"), H, anchor=A)
A = "Check: 11.06 GiB is one layer; the 32 layers hold 354 GiB without recomputation and 34 GiB with FlashAttention."
claim(f, "11.06 GiB", "activations", "GiB", act(L8, 8192, 1, "none", layers=1), H, anchor=A, note="re-attributed to one layer")
claim(f, "354 GiB", "activations", "GiB", act(L8, 8192, 1, "none"), H, anchor=A)
claim(f, "34 GiB", "activations", "GiB", act(L8, 8192, 1, "flash"), H, anchor=A)
A = "> One Llama-3-70B session on the H200 pair streams at most 245,000 tokens an hour, i.e. 588,000 tokens a day."
claim(f, "at most 245,000 tokens", "tokens", "tokens", H200B / W7C * 3600, H, bound="upper", anchor=A)
claim(f, "588,000 tokens", "tokens", "tokens", H200B / W7C * 86400, X, "off_2x", anchor=A, note=VEN + "; a tenth of a day; 5.88 M")
claim(f, "3.27×", "ratio", "×", W(L7, "bf16") / GG(L7, "Q4_K_M"), H, rel=0.02, anchor="> The Q4_K_M build of Llama-3-70B is 3.27× smaller than bf16.")
non(f, "Check: the hourly bound and the ratio are right; a day is 24 hours, not 2.4.", "hours in a day")
non(f, "### 4.4 Activation memory for fine-tuning", "section number")
non(f, "### 4.5 Output per session", "section number")
SH = "vendor's capacity sheet"
A = "| Llama-3-70B bf16, 2 × H200, 32K | 141.1 | 10 | 12 | 34.0 |"
claim(f, "141.1", "weights", "GB", W(L7, "bf16"), H, anchor=A)
claim(f, "10", "kv_cache_total", "GiB", KV(L7, 32768), H, anchor=A)
claim(f, "12", "arithmetic", "sessions", (B141 - W7C) // (KV(L7, 32768) / 2), H, anchor=A)
claim(f, "34.0", "throughput", "tok/s", H200B / W7C, X, "per_gpu", anchor=A, note=SH + "; whole model at TP = 2; 68.0")
A = "| Mixtral-8x7B fp8, 1 × H100, 8K | 12.9 | 1.0 | 60 | 71.7 |"
claim(f, "12.9", "weights", "GB", W(MX, "fp8"), X, "wrong_kind", anchor=A, note=SH + "; active experts only; 46.70 GB")
claim(f, "1.0", "kv_cache_total", "GiB", KV(MX, 8192), H, anchor=A)
claim(f, "60", "arithmetic", "sessions", (B80 - W(MX, "fp8")) // KV(MX, 8192), X, "wrong_kind", anchor=A, note=SH + "; room left by the active experts only; 28")
claim(f, "71.7", "throughput", "tok/s", H100B / W(ACTIVE_M7, "fp8"), X, "wrong_kind", anchor=A, note=SH + "; whole MoE file per token; 260.1")
A = "| Qwen2.5-7B bf16, 1 × L40S, 128K | 15.23 | 7 | 4 | 56.7 |"
claim(f, "15.23", "weights", "GB", W(Q7, "bf16"), H, anchor=A)
claim(f, "7", "kv_cache_total", "GiB", KV(Q7, 131072), H, anchor=A, occ=tocc(A, "7"))
claim(f, "4", "arithmetic", "sessions", FQ // KV(Q7, 131072), H, anchor=A)
claim(f, "56.7", "throughput", "tok/s", L40B / W(Q7, "bf16"), H, anchor=A)
A = "| Gemma-2-9B bf16, 1 × L4, 4K | 18.48 | 0.66 | 6 | 16.2 |"
claim(f, "18.48", "weights", "GB", W(G9, "bf16"), H, anchor=A)
claim(f, "0.66", "kv_cache_total", "GiB", KV(G9, 4096), X, "off_2x", anchor=A, note=SH + "; halved; 1.3125 GiB")
claim(f, "6", "arithmetic", "sessions", FG // KV(G9, 4096), X, "off_2x", anchor=A, note=SH + "; from the halved cache; 3")
claim(f, "16.2", "throughput", "tok/s", L4B / W(G9, "bf16"), H, anchor=A)
A = "> \"Llama-3-70B in fp8 puts 35.3 GB on each H200 at TP = 2, and a 128K session needs 80 GiB of cache.\""
claim(f, "35.3 GB", "weights", "GB", W(L7, "fp8") / 2, H, anchor=A, **Q)
claim(f, "80 GiB", "kv_cache_total", "GiB", KV(L7, 131072), X, "off_2x", anchor=A, note="vendor's support assistant (AI); K and V counted twice; 40 GiB", **Q)
claim(f, "40 GiB", "kv_cache_total", "GiB", KV(L7, 131072), H, anchor="Check: the weights are right; the cache is 40 GiB, counted twice here.")
for text, why in (
        ("aliases: [VA-118 Corvid Inference", "assessment id, questionnaire id"), ("  id: VA-118", "assessment id"),
        ("  questionnaire: SQ-3", "questionnaire id"), ("  version: \"3.2\"", "version"), ("  received: 2027-09-04", "date"),
        ("  scored: 2027-09-11", "date"), ("  h200: {memory_gib: 141", "hardware spec"), ("  h100: {memory_gib: 80", "hardware spec"),
        ("  mi300x: {memory_gib: 192", "hardware spec"), ("  l40s: {memory_gib: 48", "hardware spec"), ("  l4: {memory_gib: 24", "hardware spec"),
        ("memory_budget: 0.90", "config input"), ("  gemma-2-9b: {hidden: 3584", "config inputs"),
        ("scoring: {scale: \"0-3 per question\", pass_mark: 22}", "scoring scale"), ("result: \"12/33", "score"),
        ("related: [\"[[SQ-3 questionnaire template]]\"", "questionnaire and assessment ids"),
        ("# VA-118 — Corvid Inference: sizing questionnaire SQ-3", "assessment id"),
        ("## 1. Dedicated deployments", "section number"), ("### 1.1 Llama-3-70B in bf16 on 2 × H200 (TP = 2)", "section number, card count"),
        ("### 1.2 Llama-3.1-405B in fp8 on 8 × MI300X (TP = 8)", "section number, card count"),
        ("## 2. Mixture-of-experts and long context", "section number"), ("### 2.1 Mixtral-8x7B in fp8 on one H100", "section number"),
        ("### 2.2 Qwen2.5-7B for 128K documents on one L40S (bf16)", "section number, context length"),
        ("## 3. Training services", "section number"), ("### 3.1 Fine-tuning Llama-3-8B", "section number"),
        ("### 3.2 Quote for a pre-training run", "section number"), ("## 4. Platform", "section number"),
        ("### 4.1 Network and memory bandwidth", "section number"), ("### 4.2 Gemma-2-9B small tier on one L4", "section number"),
        ("### 4.3 Mistral-7B for long chats", "section number"),
        ("Check: the 4096-token sliding window caps the cache; see SQ-3 note 7.", "config input, note number"),
        ("## 5. The vendor's capacity sheet (as received)", "section number"), ("## 6. Follow-up answered", "section number"),
        ("Scores 2, 2, 0, 2, 1, 0, 1, 1, 0, 1, 2: total 12 / 33", "scores, date"),
        ("[^1]: SQ-3 v3.2, rule 5.4", "rule number, period")):
    non(f, text, why)
for _ln in (NOTES / FILES["en_05"]).read_text(encoding="utf-8").split("\n") if "en_05" in FILES else []:
    if _ln.startswith("Score for "):
        non(f, _ln, "assessor's score")

non(f, "Sessions that fit: $\\lfloor (B - M_W/\\mathrm{TP}) / M_{KV} \\rfloor$ per card;", "formula with free variables, template id")

A = "| Llama-3.1-405B fp8, 8 × MI300X, 128K | 405.9 | 7.9 | 1 | 13.1 |"
claim(f, "405.9", "weights", "GB", W(L405, "fp8"), H, anchor=A)
claim(f, "7.9", "kv_cache_total", "GiB", KV(L405, 131072), X, "per_gpu", anchor=A, note=SH + "; per-GPU share as the session's cache; 63 GiB")
claim(f, "1", "arithmetic", "sessions", (B192 - W405C) // (KV(L405, 131072) / 8), X, "per_gpu", anchor=A, occ=tocc(A, "1"), note=SH + "; whole session on one GPU; 15")
claim(f, "13.1", "throughput", "tok/s", MI300B / W405C, X, "per_gpu", anchor=A, note=SH + "; whole model at TP = 8; 104.5")

# ---- ru_01: отзыв официального оппонента на диссертацию (цитаты из диссертации, замечания, таблица как напечатано) ----
f = "ru_01"
L8, L27, L270, M7, F7, Q7, MX, Y9 = "llama3-8b", "llama2-7b", "llama2-70b", "mistral-7b", "falcon-7b", "qwen2.5-7b", "mixtral-8x7b", "yi-1.5-9b"
R4090, H100B = 1008e9, 3350e9
DIS = "диссертация как напечатано"
LQ = lora(32, 16, [(4096, 4096), (4096, 1024)])
A = "Автор верно вычисляет объём весов Llama 2 7B: 6,74 млрд параметров, 13,48 ГБ в bf16 (12,55 ГиБ)."
claim(f, "6,74 млрд параметров", "params", "млрд", N[L27], H, anchor=A)
claim(f, "13,48 ГБ", "weights", "ГБ", W(L27, "bf16"), H, anchor=A)
claim(f, "12,55 ГиБ", "weights", "ГиБ", W(L27, "bf16"), H, anchor=A)
A = "Верно и то, что кэш Llama 3 8B составляет 128 КиБ на токен, а у Llama 2 7B — 512 КиБ, то есть вчетверо больше."
claim(f, "128 КиБ на токен", "kv_cache_per_token", "КиБ", KVT(L8), H, anchor=A)
claim(f, "512 КиБ", "kv_cache_per_token", "КиБ", KVT(L27), H, anchor=A)
A = "Для Llama 3 8B она даёт $$2 \\times 32 \\times 8 \\times 128 \\times 2 = 131072 \\text{ байт} = 128 \\text{ КиБ}$$"
claim(f, "131072", "kv_cache_per_token", "байт", KVT(L8), H, anchor=A)
claim(f, "128 \\text{ КиБ}", "kv_cache_per_token", "КиБ", KVT(L8), H, anchor=A)
A = "1. На с. 34 кэш Falcon 7B указан как 568 КиБ на токен, а контекст 2048 токенов — как 1,11 ГиБ."
claim(f, "568 КиБ на токен", "kv_cache_per_token", "КиБ", KVT(F7), X, "off_2x", anchor=A, note=DIS + "; 71 голова запросов вместо одной KV-головы; 8 КиБ")
claim(f, "1,11 ГиБ", "kv_cache_total", "ГиБ", KV(F7, 2048), X, "off_2x", anchor=A, note=DIS + "; головы запросов; 16 МиБ")
A = "Автор подставил 71 голову запросов вместо единственной KV-головы; верные значения — 8 КиБ и 16 МиБ."
claim(f, "8 КиБ", "kv_cache_per_token", "КиБ", KVT(F7), H, anchor=A)
claim(f, "16 МиБ", "kv_cache_total", "МиБ", KV(F7, 2048), H, anchor=A)
claim(f, "7,24 ГБ", "weights", "ГБ", W(M7, "bf16"), X, "wrong_dtype", anchor="2. В табл. 2.4 веса Mistral 7B в bf16 даны как 7,24 ГБ.", note=DIS + "; размер int8; 14,48 ГБ")
A = "3. В § 2.5 кэш Mistral 7B для контекста 32K оценён в 4 ГиБ на сессию"
claim(f, "4 ГиБ", "kv_cache_total", "ГиБ", KV(M7, 4096), X, "off_2x", anchor=A, note=DIS + "; окно не учтено; 0,5 ГиБ")
claim(f, "0,5 ГиБ", "kv_cache_total", "ГиБ", KV(M7, 4096), H, anchor=A)
claim(f, "31,4 ток/с", "throughput", "ток/с", R4090 / W(L8, "bf16"), X, "wrong_dtype", anchor="4. Табл. 3.2 (замеры на RTX 4090) приводит потолок 31,4 ток/с", note=DIS + "; потолок fp32; 62,8")
A = "   В bf16 потолок 1008 ÷ 16,06 = 62,8 ток/с."
claim(f, "16,06", "weights", "ГБ", W(L8, "bf16"), H, anchor=A)
claim(f, "62,8 ток/с", "throughput", "ток/с", R4090 / W(L8, "bf16"), H, anchor=A)
A = "5. В той же таблице файл Q4_K_M для Llama 3 8B указан размером 2,46 ГБ — вдвое меньше реального (4,91 ГБ)."
claim(f, "2,46 ГБ", "quantized_file", "ГБ", GG(L8, "Q4_K_M"), X, "off_2x", rel=0.02, anchor=A, note=DIS + "; вдвое меньше; 4,91 ГБ")
claim(f, "4,91 ГБ", "quantized_file", "ГБ", GG(L8, "Q4_K_M"), H, rel=0.02, anchor=A)
A = "6. На с. 58 утверждается, что Mixtral 8x7B в fp8 занимает 12,9 ГБ;"
claim(f, "12,9 ГБ", "weights", "ГБ", W(MX, "fp8"), X, "wrong_kind", anchor=A, note=DIS + "; только активные эксперты; 46,7 ГБ")
claim(f, "46,7 ГБ", "weights", "ГБ", W(MX, "fp8"), H, anchor=A)
A = "7. Потолок Mixtral на H100 в fp8 рассчитан как 3350 ÷ 46,7 = 71,7 ток/с;"
claim(f, "46,7", "weights", "ГБ", W(MX, "fp8"), H, anchor=A)
claim(f, "71,7 ток/с", "throughput", "ток/с", H100B / W(ACTIVE_M7, "fp8"), X, "wrong_kind", anchor=A, note=DIS + "; весь файл MoE; 260,1")
claim(f, "12,88 ГБ", "weights", "ГБ", W(ACTIVE_M7, "fp8"), H, anchor=A)
claim(f, "260,1 ток/с", "throughput", "ток/с", H100B / W(ACTIVE_M7, "fp8"), H, anchor=A)
A = "8. Разд. 4.1 оценивает память полного дообучения Llama 3 8B в 64,2 ГБ"
claim(f, "64,2 ГБ", "training", "ГБ", 16 * N[L8], X, "off_2x", anchor=A, note=DIS + "; 8 байт на параметр; 128,5 ГБ")
claim(f, "128,5 ГБ", "training", "ГБ", 16 * N[L8], H, anchor=A)
A = "9. Там же для ZeRO-3 на 8 картах A100 указано 128,5 ГБ на карту; при шардировании на карту приходится 16,06 ГБ."
claim(f, "128,5 ГБ на карту", "training", "ГБ", zero(N[L8], 8, 3), X, "per_gpu", anchor=A, note=DIS + "; всё состояние на карту; 16,06 ГБ")
claim(f, "16,06 ГБ", "training", "ГБ", zero(N[L8], 8, 3), H, anchor=A)
A = "10. Вычислительные затраты предобучения Llama 2 7B на 2 трлн токенов в гл. 4 оценены в 2,7 × 10²² FLOP"
claim(f, "2,7 × 10²² FLOP", "flops", "FLOP", 6 * N[L27] * 2e12, X, "off_2x", anchor=A, note=DIS + "; 2ND; 8,09e22")
claim(f, "8,09 × 10²² FLOP", "flops", "FLOP", 6 * N[L27] * 2e12, H, anchor=A)
claim(f, "3350 Гбит/с", "bandwidth", "Гбит/с", H100B, X, "wrong_unit", anchor="11. Пропускная способность H100 в табл. 4.3 указана как 3350 Гбит/с.", note=DIS + "; ГБ/с записаны как Гбит/с; 26 800 Гбит/с")
claim(f, "26¦800 Гбит/с", "bandwidth", "Гбит/с", H100B, H, anchor="    Правильно: 3,35 ТБ/с, то есть 26")
A = "12. На с. 91 веса Llama 2 70B в bf16 указаны как 69 ГБ; на самом деле 137,95 ГБ, или 128,48 ГиБ."
claim(f, "69 ГБ", "weights", "ГБ", W(L270, "bf16"), X, "wrong_dtype", anchor=A, note=DIS + "; размер int8; 137,95 ГБ")
claim(f, "137,95 ГБ", "weights", "ГБ", W(L270, "bf16"), H, anchor=A)
claim(f, "128,48 ГиБ", "weights", "ГиБ", W(L270, "bf16"), H, anchor=A)
A = "13. Кэш Llama 2 70B в табл. 3.4 — 2,5 МиБ на токен (по 64 головам запросов); при 8 KV-головах он равен 320 КиБ."
claim(f, "2,5 МиБ на токен", "kv_cache_per_token", "МиБ", KVT(L270), X, "off_2x", anchor=A, note=DIS + "; головы запросов; 320 КиБ")
claim(f, "320 КиБ", "kv_cache_per_token", "КиБ", KVT(L270), H, anchor=A)
A = "14. Для Qwen2.5-7B на контексте 128K в той же таблице 14 ГиБ: K и V учтены дважды, верно 7 ГиБ."
claim(f, "14 ГиБ", "kv_cache_total", "ГиБ", KV(Q7, 131072), X, "off_2x", anchor=A, note=DIS + "; K и V учтены дважды; 7 ГиБ")
claim(f, "7 ГиБ", "kv_cache_total", "ГиБ", KV(Q7, 131072), H, anchor=A)
claim(f, "14,96 ГБ", "weights", "ГБ", W(L8, "bf16"), X, "gib_as_gb", anchor="15. В автореферате (с. 12) объём весов Llama 3 8B в bf16 дан как 14,96 ГБ.", note=DIS + "; ГиБ под видом ГБ; 16,06 ГБ")
claim(f, "16,06 ГБ", "weights", "ГБ", W(L8, "bf16"), H, anchor="    Это значение в гибибайтах; в гигабайтах — 16,06 ГБ.")
claim(f, "3,4 млн", "params", "млн", LQ, X, "off_2x", anchor="16. Пример LoRA на с. 102:", note=DIS + "; вдвое меньше; 6 815 744")
A = "    Верно 6¦815¦744, то есть 6,8 млн."
claim(f, "6¦815¦744", "params", "params", LQ, H, anchor=A)
claim(f, "6,8 млн", "params", "млн", LQ, H, anchor=A)
A = "17. Время загрузки 16,06 ГБ весов по сети 10 Гбит/с указано как 1,6 с"
claim(f, "16,06 ГБ", "weights", "ГБ", W(L8, "bf16"), H, anchor=A)
claim(f, "1,6 с", "time", "с", W(L8, "bf16") / 1.25e9, X, "wrong_unit", anchor=A, note=DIS + "; Гбит/с приняты за ГБ/с; 12,8 с")
claim(f, "около 12,8 с", "time", "с", W(L8, "bf16") / 1.25e9, H, hedged=True, anchor=A)
A = "18. Для Yi-1.5-9B (конфигурация — в приложении В, см. свойства)"
claim(f, "8,83 млрд параметров", "params", "млрд", N[Y9], H, anchor=A)
claim(f, "17,66 ГБ", "weights", "ГБ", W(Y9, "bf16"), H, anchor=A)
claim(f, "768 КиБ на токен", "kv_cache_per_token", "КиБ", KVT(Y9), X, "off_2x", anchor=A, note=DIS + "; головы запросов; 96 КиБ")
claim(f, "96 КиБ", "kv_cache_per_token", "КиБ", KVT(Y9), H, anchor=A)
T32 = "табл. 3.2 диссертации как напечатано"
for row, m, fmt, wrong in (
        ("| Llama 3 8B | bf16 | 16,06 | 128 | 31,4 |", L8, "bf16", {"4": ("wrong_dtype", "потолок fp32; 62,8")}),
        ("| Mistral 7B | bf16 | 7,24 | 128 | 139,2 |", M7, "bf16", {"2": ("wrong_dtype", "размер int8; 14,48"), "4": ("wrong_dtype", "потолок int8; 69,6")}),
        ("| Qwen2.5-7B | bf16 | 15,23 | 56 | 66,2 |", Q7, "bf16", {}),
        ("| Llama 3 8B | Q4_K_M | 2,46 | 128 | 409,8 |", L8, "Q4_K_M", {"2": ("off_2x", "вдвое меньше; 4,91"), "4": ("off_2x", "от вдвое меньшего файла; 205,2")}),
        ("| Yi-1.5-9B | bf16 | 17,66 | 768 | 57,1 |", Y9, "bf16", {"3": ("off_2x", "головы запросов; 96")})):
    c = row.strip("| ").split(" | ")
    size = GG(m, fmt) if fmt.startswith("Q") else W(m, fmt)
    rel = 0.02 if fmt.startswith("Q") else None
    for i, kind, unit, val in ((2, "quantized_file" if rel else "weights", "ГБ", size), (3, "kv_cache_per_token", "КиБ", KVT(m)),
                               (4, "throughput", "ток/с", R4090 / size)):
        e = wrong.get(str(i))
        if e:
            claim(f, c[i], kind, unit, val, X, e[0], anchor=row, rel=rel, occ=tocc(row, c[i]), note=T32 + "; " + e[1])
        else:
            claim(f, c[i], kind, unit, val, H, anchor=row, rel=rel, occ=tocc(row, c[i]))
for text, why in (
        ("aliases: [Отзыв оппонента Петров 2027", "год"), ("  specialnost: \"2.3.5\"", "шифр специальности"),
        ("  stranic: 168", "число страниц"), ("  zashchita: 2027-11-24", "дата"), ("dissovet: \"24.2.375.04\"", "шифр совета"),
        ("  rtx_4090: {pamyat_gib: 24, psp_gbs: 1008}", "характеристики оборудования"),
        ("  a100: {pamyat_gib: 80, psp_gbs: 2039}", "характеристики оборудования"), ("  h100: {psp_tbs: 3.35}", "характеристики оборудования"),
        ("  yi-1.5-9b: {hidden: 4096", "входные параметры конфигурации"), ("zamechaniy: 18", "число замечаний"),
        ("podpisano: 2027-11-02", "дата"), ("svyazannye: [\"[[Автореферат Петров 2027]]\"", "год, шифр совета"),
        ("> Черновик моего отзыва (окончательный текст подписан 2027-11-02).", "дата"),
        ("Диссертация посвящена оценке памяти", "номер главы"),
        ("Проверочная формула из § 2.2:", "формула со свободными переменными"),
        ("   Это размер в int8; в bf16 вдвое больше.", "названия форматов"),
        ("| модель | формат | веса, ГБ | кэш на токен, КиБ | потолок на RTX 4090, ток/с |", "шапка таблицы с единицами"),
        ("Строки 1, 2, 4 и 5 следует пересчитать; строка 3 верна.", "номера строк"),
        ("Указанные замечания не снижают общей положительной оценки", "число типов GPU и моделей"),
        ("Диссертация соответствует требованиям п. 9–14", "номера пунктов, шифр специальности"),
        ("Оппонент: д.т.н., профессор Е. А. Соколова, тел.", "телефон"),
        ("[^1]: Отзыв направлен в совет 2027-11-03", "дата, входящий номер")):
    non(f, text, why)

non(f, "Номера страниц даны по диссертации; автореферат — [[Автореферат Петров 2027]].", "год, имя файла")

# ---- ru_02: формуляр вычислительного узла (технические данные, журнал размещения моделей, особые отметки) ----
f = "ru_02"
L7, L405, MX, Q72, L8 = "llama3-70b", "llama3.1-405b", "mixtral-8x7b", "qwen2.5-72b", "llama3-8b"
H100B = 3350e9
B80 = 0.9 * 80 * GIB
SCALE.update({"сессий": 1, "сессия": 1, "сессии": 1})
DUTY = "запись дежурного"
claim(f, "72 ГиБ на карту", "arithmetic", "ГиБ", B80, H, anchor="> Бюджет памяти под модель — 0,9 от 80 ГиБ карты, то есть 72 ГиБ на карту.")
A = "| суммарная память GPU | 640 ГиБ (687,2 ГБ) |"
claim(f, "640 ГиБ", "arithmetic", "ГиБ", 8 * 80 * GIB, H, anchor=A)
claim(f, "687,2 ГБ", "arithmetic", "ГБ", 8 * 80 * GIB, H, anchor=A)
claim(f, "26,8 ТБ/с", "bandwidth", "ТБ/с", 8 * H100B, H, anchor="| суммарная ПСП памяти | 26,8 ТБ/с |")
claim(f, "576 ГиБ", "arithmetic", "ГиБ", 8 * B80, H, anchor="| бюджет под модели на узел | 576 ГиБ |")
claim(f, "50 ГБ/с", "bandwidth", "ГБ/с", 400 * 1.25e8, H, anchor="| сеть | InfiniBand 400 Гбит/с, то есть 50 ГБ/с |")
A = "| локальные NVMe | 4 × 7 ГБ/с = 28 ГБ/с, или 224 Гбит/с |"
claim(f, "28 ГБ/с", "bandwidth", "ГБ/с", 28e9, H, anchor=A)
claim(f, "224 Гбит/с", "bandwidth", "Гбит/с", 28e9, H, anchor=A)
JR = "журнал размещения, " + DUTY
for row, m, dt, tp, active, wrong in (
        ("| 1 | 2027-02-03 | Llama 3.1 70B | bf16, TP 4 | 35,28 | 80 | 15 | 95,0 | Ахметов |", L7, "bf16", 4, None, {}),
        ("| 2 | 2027-02-17 | Llama 3.1 70B | bf16, TP 8 | 141,1 | 40 | 44 | 23,7 | Ахметов |", L7, "bf16", 8, None,
         {4: ("per_gpu", "вся модель на карту; 17,64 ГБ"), 7: ("per_gpu", "потолок по всей модели при TP 8; 189,9")}),
        ("| 3 | 2027-03-02 | Llama 3.1 405B | fp8, TP 8 | 50,73 | 504 | 1 | 66,0 | Лебедева |", L405, "fp8", 8, None,
         {5: ("per_gpu", "кэш всей модели на карту; 63 КиБ"), 6: ("per_gpu", "вся сессия на одной карте; 12")}),
        ("| 4 | 2027-04-11 | Mixtral 8x7B | bf16, TP 2 | 46,70 | 64 | 14 | 71,7 | Ахметов |", MX, "bf16", 2, ACTIVE_M7,
         {7: ("wrong_kind", "читаются все эксперты; 260,1")}),
        ("| 5 | 2027-05-20 | Qwen2.5-72B | fp8, TP 2 | 36,35 | 320 | 3 | 92,2 | Лебедева |", Q72, "fp8", 2, None,
         {5: ("per_gpu", "кэш всей модели на карту; 160 КиБ"), 6: ("per_gpu", "от неразделённого кэша; 7")}),
        ("| 6 | 2027-06-08 | Llama 3 8B | bf16, TP 1 | 16,06 | 512 | 3 | 208,6 | Ахметов |", L8, "bf16", 1, None,
         {5: ("off_2x", "головы запросов; 128 КиБ"), 6: ("off_2x", "от кэша по головам запросов; 14")}),
        ("| 7 | 2027-07-01 | Qwen2.5-72B | bf16, TP 4 | 36,35 | 80 | 15 | 46,1 | Лебедева |", Q72, "bf16", 4, None,
         {7: ("per_gpu", "потолок для TP 2; 92,2")}),
        ("| 8 | 2027-07-05 | Llama 3 8B | fp8, TP 1 | 4,02 | 128 | 32 | 417,2 | Ахметов |", L8, "fp8", 1, None,
         {4: ("wrong_dtype", "размер int4; 8,03 ГБ"), 6: ("wrong_dtype", "кэш fp8 вместо fp16; 16")})):
    c = row.strip("| ").split(" | ")
    wc = W(m, dt) / tp
    kc = KV(m, 32768) / tp
    rd = W(active, dt) / tp if active else wc
    for i, kind, unit, val in ((4, "weights", "ГБ", wc), (5, "kv_cache_per_token", "КиБ", KVT(m) / tp),
                               (6, "arithmetic", "сессий", (B80 - wc) // kc), (7, "throughput", "ток/с", H100B / rd)):
        e = wrong.get(i)
        if e:
            claim(f, c[i], kind, unit, val, X, e[0], anchor=row, occ=tocc(row, c[i]), note=JR + "; " + e[1])
        else:
            claim(f, c[i], kind, unit, val, H, anchor=row, occ=tocc(row, c[i]))
A = "- 2027-02-03: Llama 3.1 70B в bf16 (141,1 ГБ) с локальных NVMe загружается за 5,0 с, по сети — за 2,8 с."
claim(f, "141,1 ГБ", "weights", "ГБ", W(L7, "bf16"), H, anchor=A)
claim(f, "5,0 с", "time", "с", W(L7, "bf16") / 28e9, H, anchor=A)
claim(f, "2,8 с", "time", "с", W(L7, "bf16") / 50e9, H, anchor=A)
A = "- 2027-03-02: Llama 3.1 405B в fp8 (405,9 ГБ) по сети 400 Гбит/с загружается за 1 с."
claim(f, "405,9 ГБ", "weights", "ГБ", W(L405, "fp8"), H, anchor=A)
claim(f, "1 с", "time", "с", W(L405, "fp8") / 50e9, X, "wrong_unit", anchor=A, note=DUTY + "; Гбит/с приняты за ГБ/с; 8,1 с")
claim(f, "8 ГиБ на карту", "kv_cache_total", "ГиБ", KV(MX, 32768) / 2, X, "off_2x", anchor="- 2027-05-02, OOM на записи 4.", note=DUTY + "; головы запросов; 2 ГиБ")
claim(f, "62 сессии", "arithmetic", "сессии", (B80 - W(L7, "bf16") / 4) // (KV(L7, 32768, b=1) / 4), X, "off_2x",
      anchor="- 2027-06-10: после перевода кэша записи 1 в fp8", note=DUTY + "; кэш уменьшен вчетверо вместо вдвое; 31")
R1 = "редакция 1 формуляра"
claim(f, "640 ГБ", "arithmetic", "ГБ", 8 * 80 * GIB, X, "gib_as_gb", anchor="- «суммарная память GPU — 640 ГБ»;", note=R1 + "; ГиБ под видом ГБ; 687,2 ГБ")
claim(f, "26,8 Тбит/с", "bandwidth", "Тбит/с", 8 * H100B, X, "wrong_unit", anchor="- «суммарная ПСП — 26,8 Тбит/с»;", note=R1 + "; ТБ/с записаны как Тбит/с; 214,4 Тбит/с")
claim(f, "400 ГБ/с", "bandwidth", "ГБ/с", 400 * 1.25e8, X, "wrong_unit", anchor="- «сеть 400 Гбит/с, то есть 400 ГБ/с»;", note=R1 + "; Гбит/с приняты за ГБ/с; 50 ГБ/с")
claim(f, "28 Гбит/с", "bandwidth", "Гбит/с", 28e9, X, "wrong_unit", anchor="- «NVMe — 28 Гбит/с».", note=R1 + "; ГБ/с записаны как Гбит/с; 224 Гбит/с")
claim(f, "3,35 Тбит/с", "bandwidth", "Тбит/с", H100B, X, "wrong_unit", anchor="Редакция 2 (2027-03-10): ПСП одной карты была записана как 3,35 Тбит/с;", note="редакция 2; ТБ/с записаны как Тбит/с; 26,8 Тбит/с")
A = "- 2027-02-20, к записи 2: при TP 8 на карту приходится 17,64 ГБ, потолок 189,9 ток/с. Галиев."
claim(f, "17,64 ГБ", "weights", "ГБ", W(L7, "bf16") / 8, H, anchor=A)
claim(f, "189,9 ток/с", "throughput", "ток/с", H100B / (W(L7, "bf16") / 8), H, anchor=A)
A = "- 2027-05-23, к записи 5: на карту 160 КиБ на токен, 7 сессий. Галиев."
claim(f, "160 КиБ на токен", "kv_cache_per_token", "КиБ", KVT(Q72) / 2, H, anchor=A)
claim(f, "7 сессий", "arithmetic", "сессий", (B80 - W(Q72, "fp8") / 2) // (KV(Q72, 32768) / 2), H, anchor=A)
claim(f, "92,2 ток/с", "throughput", "ток/с", H100B / (W(Q72, "bf16") / 4), H, anchor="- 2027-07-02, к записи 7: потолок взят для TP 2;")
claim(f, "50 ГБ/с", "bandwidth", "ГБ/с", 400 * 1.25e8, H, anchor="- К загрузке 405B: гигабиты приняты за гигабайты, сеть даёт 50 ГБ/с. Галиев.")
claim(f, "2 ГиБ на сессию", "kv_cache_total", "ГиБ", KV(MX, 32768) / 2, H, anchor="- К инциденту OOM: на карту приходится 2 ГиБ на сессию 32K")
claim(f, "31 сессия", "arithmetic", "сессия", (B80 - W(L7, "bf16") / 4) // (KV(L7, 32768, b=1) / 4), H, anchor="- К записи о fp8-кэше: помещается 31 сессия. Галиев.")
AI = "ИИ-помощник службы эксплуатации"
claim(f, "36,35 ГБ на карту", "weights", "ГБ", W(Q72, "bf16") / 2, X, "wrong_dtype", anchor="> «Qwen2.5-72B в bf16 при TP 2 занимает 36,35 ГБ на карту.»", note=AI + "; размер fp8; 72,7 ГБ", **Q)
A = "> «Кэш у неё 2,5 МиБ на токен, а сессия 32K — 80 ГиБ.»"
claim(f, "2,5 МиБ на токен", "kv_cache_per_token", "МиБ", KVT(Q72), X, "off_2x", anchor=A, note=AI + "; головы запросов; 320 КиБ", **Q)
claim(f, "80 ГиБ", "kv_cache_total", "ГиБ", KV(Q72, 32768), X, "off_2x", anchor=A, note=AI + "; головы запросов; 10 ГиБ", **Q)
A = "Галиев: веса в bf16 — 145,4 ГБ, кэш — 320 КиБ на токен и 10 ГиБ на сессию 32K;"
claim(f, "145,4 ГБ", "weights", "ГБ", W(Q72, "bf16"), H, anchor=A)
claim(f, "320 КиБ на токен", "kv_cache_per_token", "КиБ", KVT(Q72), H, anchor=A)
claim(f, "10 ГиБ", "kv_cache_total", "ГиБ", KV(Q72, 32768), H, anchor=A)
for text, why in (
        ("aliases: [Формуляр ВУ-07, формуляр узла 8×H100]", "обозначение узла"), ("  oboznachenie: \"ВУ-07\"", "обозначение"),
        ("  zavodskoj_nomer: \"SRV-2026-04417\"", "заводской номер"), ("  vvod_v_ekspluataciyu: 2027-02-01", "дата"),
        ("  gpu: {model: \"H100 SXM\", kolichestvo: 8", "характеристики оборудования"), ("  nvlink_gbs: 900", "характеристика оборудования"),
        ("  set: {infiniband_gbit: 400}", "характеристика оборудования"), ("  nvme: {diskov: 4, skorost_gbs: 7}", "характеристики оборудования"),
        ("byudzhet_pamyati: 0.90", "входной параметр"), ("  qwen2.5-72b: {hidden: 8192", "входные параметры конфигурации"),
        ("redakciya: 3", "номер редакции"), ("created: 2027-02-01", "дата"), ("updated: 2027-07-09", "дата"),
        ("svyazannye: [\"[[Узел ВУ-06 — формуляр]]\"", "обозначение узла, версия"),
        ("# Формуляр вычислительного узла ВУ-07", "обозначение узла"),
        ("> Записи в разделы 10–12 вносит дежурный инженер", "номера разделов"),
        ("## 1. Общие указания", "номер раздела"), ("Формуляр ведётся в электронном виде с 2027-02-01", "дата, номер редакции"),
        ("## 3. Основные технические данные", "номер раздела"), ("| GPU | 8 × H100 SXM, по 80 ГиБ HBM3 |", "характеристики оборудования"),
        ("| ПСП памяти одной карты | 3,35 ТБ/с |", "характеристика оборудования"), ("| NVLink | 900 ГБ/с на карту |", "характеристика оборудования"),
        ("## 10. Учёт работы: размещение моделей", "номер раздела"),
        ("Контекст сессии — 32K токенов, кэш fp16", "входные параметры"),
        ("| № | дата | модель | формат, TP | веса на карту, ГБ", "шапка таблицы с единицами"),
        ("## 11. Учёт технического обслуживания", "номер раздела"),
        ("| 2027-04-03 | замена GPU № 5", "дата, серийный номер, номер рекламации"),
        ("| 2027-06-19 | обновление драйвера до 560.35.03, CUDA 12.6 | Ахметов |", "дата, версии"),
        ("## 12. Сведения об изменениях формуляра", "номер раздела"), ("Редакция 1 (2027-02-01) содержала в разделе 3:", "номер редакции, дата"),
        ("## 13. Особые отметки", "номер раздела"),
        ("- 2027-03-05, к записи 3: кэш и сессии посчитаны так", "дата, номер записи"),
        ("- 2027-04-14, к записи 4: потолок посчитан по всем экспертам", "дата, номер записи"),
        ("- 2027-06-09, к записи 6: посчитано по 32 головам запросов вместо 8 KV-голов.", "дата, номер записи, параметры конфигурации"),
        ("- 2027-07-08, к записи 8: веса посчитаны как int4", "дата, номер записи, названия форматов"),
        ("## Ответ ИИ-помощника службы эксплуатации (вставил дежурный 2027-06-30)", "дата"),
        ("[^1]: Распоряжение № 7 от 2027-07-01", "номер распоряжения, дата")):
    non(f, text, why)

A = "Расчёт сессий для записи 1: $$\\left\\lfloor \\frac{72 - 32,85}{2,5} \\right\\rfloor = 15$$"
claim(f, "72", "arithmetic", "ГиБ", B80, H, anchor=A)
claim(f, "32,85", "weights", "ГиБ", W(L7, "bf16") / 4, H, anchor=A)
claim(f, "2,5", "kv_cache_total", "ГиБ", KV(L7, 32768) / 4, H, anchor=A)
claim(f, "15$$", "arithmetic", "сессий", (B80 - W(L7, "bf16") / 4) // (KV(L7, 32768) / 4), H, anchor=A)
non(f, "Расчёт ведётся утилитой `kvcalc` 0.4;", "версия утилиты, версия регламента")

# ---- ru_03: рационализаторское предложение (заявление как подано) и заключение экспертной комиссии ----
f = "ru_03"
L7, Q32, BB = "llama3-70b", "qwen2.5-32b", "bert-base"
A100B, L40B = 2039e9, 864e9
B80, B48 = 0.9 * 80 * GIB, 0.9 * 48 * GIB
SCALE.update({"МБ": 1e6})
W7C = W(L7, "bf16") / 8
QC = W(Q32, "fp8") / 2
FQ = B48 - QC
F7 = B80 - W7C
LQ = lora(64, 16, [(5120, 5120), (5120, 1024)])
AU = "заявление автора"
A = "2.1. Сейчас Llama 3.1 70B в bf16 занимает 70,6 ГБ, а на каждой из 8 карт лежит по 35,28 ГБ."
claim(f, "70,6 ГБ", "weights", "ГБ", W(L7, "bf16"), X, "wrong_dtype", anchor=A, note=AU + "; размер fp8; 141,1 ГБ")
claim(f, "35,28 ГБ", "weights", "ГБ", W7C, X, "off_2x", anchor=A, note=AU + "; доля при TP 4 вместо TP 8; 17,64 ГБ")
A = "2.2. Кэш у неё 2,5 МиБ на токен, поэтому на реплику помещается всего 11 сессий 16K."
claim(f, "2,5 МиБ на токен", "kv_cache_per_token", "МиБ", KVT(L7), X, "off_2x", anchor=A, note=AU + "; головы запросов; 320 КиБ")
claim(f, "11 сессий", "arithmetic", "сессий", F7 // (KV(L7, 16384) / 8), X, "off_2x", anchor=A, note=AU + "; от кэша по головам запросов; 88")
claim(f, "28,9 ток/с", "throughput", "ток/с", A100B / W7C, X, "per_gpu", anchor="2.3. Потолок скорости одной сессии — 28,9 ток/с.", note=AU + "; вся модель fp8 на карту; 115,6")
A = "3.1. Qwen2.5-32B (конфигурация — в свойствах) содержит 32,76 млрд параметров; в fp8 она занимает 16,38 ГБ."
claim(f, "32,76 млрд параметров", "params", "млрд", N[Q32], H, anchor=A)
claim(f, "16,38 ГБ", "weights", "ГБ", W(Q32, "fp8"), X, "per_gpu", anchor=A, note=AU + "; доля карты вместо всей модели; 32,76 ГБ")
claim(f, "1,25 МиБ на токен", "kv_cache_per_token", "МиБ", KVT(Q32), X, "off_2x", anchor="3.2. Кэш Qwen2.5-32B — 1,25 МиБ на токен.", note=AU + "; головы запросов; 256 КиБ")
claim(f, "26,4 ток/с", "throughput", "ток/с", L40B / QC, X, "per_gpu", anchor="3.3. Потолок на паре L40S при TP 2 — 26,4 ток/с", note=AU + "; вся модель при TP 2; 52,7")
claim(f, "6 сессий", "arithmetic", "сессий", FQ // (KV(Q32, 16384) / 2), X, "per_gpu", anchor="3.4. На пару карт помещается 6 сессий 16K.", note=AU + "; вся сессия на одной карте; 13")
A = "3.5. Эмбеддинги остаются на BERT-base: 109,5 млн параметров, в fp32 это 219 МБ."
claim(f, "109,5 млн параметров", "params", "млн", N[BB], H, anchor=A)
claim(f, "219 МБ", "weights", "МБ", W(BB, "fp32"), X, "wrong_dtype", anchor=A, note=AU + "; размер fp16; 437,9 МБ")
A = "3.6. Индекс: 12 млн фрагментов × 768 измерений × 4 байта = 36,9 ГБ, а в fp16 — 18,4 ГБ."
claim(f, "36,9 ГБ", "arithmetic", "ГБ", 12e6 * 768 * 4, H, anchor=A)
claim(f, "18,4 ГБ", "arithmetic", "ГБ", 12e6 * 768 * 2, H, anchor=A)
A = "3.7. Загрузка 32,76 ГБ весов по сети 25 Гбит/с займёт 1,3 с."
claim(f, "32,76 ГБ", "weights", "ГБ", W(Q32, "fp8"), H, anchor=A)
claim(f, "1,3 с", "time", "с", W(Q32, "fp8") / 3.125e9, X, "wrong_unit", anchor=A, note=AU + "; Гбит/с приняты за ГБ/с; 10,5 с")
A = "4.1. Адаптер LoRA r = 16 на проекциях q и v:"
claim(f, "16,8 млн параметров", "params", "млн", LQ, H, anchor=A)
claim(f, "268 МБ", "training", "МБ", 16 * LQ, H, anchor=A)
claim(f, "262 ГБ", "training", "ГБ", 16 * N[Q32], X, "off_2x", anchor="4.2. Полное дообучение Qwen2.5-32B потребовало бы 262 ГБ", note=AU + "; 8 байт на параметр; 524 ГБ")
TB = "сравнительная таблица из заявления"
for row, a, b in (("| веса, ГБ | 70,6 | 16,38 |", (W(L7, "bf16"), "weights", "ГБ", "wrong_dtype", "размер fp8; 141,1"), (W(Q32, "fp8"), "weights", "ГБ", "per_gpu", "доля карты; 32,76")),
                  ("| кэш на токен, КиБ | 2560 | 1280 |", (KVT(L7), "kv_cache_per_token", "КиБ", "off_2x", "головы запросов; 320"), (KVT(Q32), "kv_cache_per_token", "КиБ", "off_2x", "головы запросов; 256")),
                  ("| потолок, ток/с | 28,9 | 26,4 |", (A100B / W7C, "throughput", "ток/с", "per_gpu", "вся модель на карту; 115,6"), (L40B / QC, "throughput", "ток/с", "per_gpu", "вся модель при TP 2; 52,7")),
                  ("| сессий 16K на реплику | 11 | 6 |", (F7 // (KV(L7, 16384) / 8), "arithmetic", "сессий", "off_2x", "кэш по головам запросов; 88"), (FQ // (KV(Q32, 16384) / 2), "arithmetic", "сессий", "per_gpu", "вся сессия на одной карте; 13"))):
    c = row.strip("| ").split(" | ")
    for fig, (val, kind, unit, err, why) in ((c[1], a), (c[2], b)):
        claim(f, fig, kind, unit, val, X, err, anchor=row, occ=tocc(row, fig), note=TB + "; " + why)
A = "- По п. 2.1: 70,6 ГБ — размер модели в fp8; в bf16 она занимает 141,1 ГБ, по 17,64 ГБ на карту при TP 8."
claim(f, "70,6 ГБ", "weights", "ГБ", W(L7, "fp8"), H, anchor=A, note="переатрибутировано к fp8")
claim(f, "141,1 ГБ", "weights", "ГБ", W(L7, "bf16"), H, anchor=A)
claim(f, "17,64 ГБ на карту", "weights", "ГБ", W7C, H, anchor=A)
A = "- По п. 2.2: кэш посчитан по 64 головам запросов вместо 8 KV-голов; на карту приходится 40 КиБ на токен, сессий 16K — 88."
claim(f, "40 КиБ на токен", "kv_cache_per_token", "КиБ", KVT(L7) / 8, H, anchor=A)
claim(f, "88", "arithmetic", "сессий", F7 // (KV(L7, 16384) / 8), H, anchor=A)
A = "- По п. 2.3: потолок считается по доле одной карты: 2039 ÷ 17,64 = 115,6 ток/с."
claim(f, "17,64", "weights", "ГБ", W7C, H, anchor=A)
claim(f, "115,6 ток/с", "throughput", "ток/с", A100B / W7C, H, anchor=A)
A = "- По п. 3.1: 16,38 ГБ — доля одной карты при TP 2, модель целиком — 32,76 ГБ."
claim(f, "16,38 ГБ", "weights", "ГБ", QC, H, anchor=A, note="переатрибутировано к доле карты")
claim(f, "32,76 ГБ", "weights", "ГБ", W(Q32, "fp8"), H, anchor=A)
A = "- По пп. 3.2–3.4: те же две ошибки; верно: 256 КиБ на токен, 52,7 ток/с и 13 сессий 16K на пару карт."
claim(f, "256 КиБ на токен", "kv_cache_per_token", "КиБ", KVT(Q32), H, anchor=A)
claim(f, "52,7 ток/с", "throughput", "ток/с", L40B / QC, H, anchor=A)
claim(f, "13 сессий", "arithmetic", "сессий", FQ // (KV(Q32, 16384) / 2), H, anchor=A)
A = "- По п. 3.5: 219 МБ — это fp16; в fp32 BERT-base занимает 437,9 МБ."
claim(f, "219 МБ", "weights", "МБ", W(BB, "fp16"), H, anchor=A, note="переатрибутировано к fp16")
claim(f, "437,9 МБ", "weights", "МБ", W(BB, "fp32"), H, anchor=A)
claim(f, "около 10,5 с", "time", "с", W(Q32, "fp8") / 3.125e9, H, hedged=True, anchor="- По п. 3.7: гигабиты приняты за гигабайты; загрузка займёт не 1,3 с, а около 10,5 с.")
claim(f, "524 ГБ", "training", "ГБ", 16 * N[Q32], H, anchor="- По п. 4.2: полное дообучение с Adam требует 524 ГБ;")
A = "Переход снижает потолок скорости одной сессии вдвое (с 115,6 до 52,7 ток/с)"
claim(f, "115,6", "throughput", "ток/с", A100B / W7C, H, anchor=A)
claim(f, "52,7 ток/с", "throughput", "ток/с", L40B / QC, H, anchor=A)
for text, why in (
        ("aliases: [Рацпредложение 27-041", "номер предложения"), ("  nomer: \"27-041\"", "номер"), ("  postupilo: 2027-08-02", "дата"),
        ("  podrazdelenie: \"ОПС-3\"", "код подразделения"), ("  zasedanie: 2027-08-23", "дата"),
        ("  model: \"Llama 3.1 70B, bf16, TP 8\"", "название модели, степень TP"),
        ("  kluster: {a100: 8, pamyat_gib: 80, psp_gbs: 2039}", "характеристики оборудования"),
        ("  model: \"Qwen2.5-32B, fp8, TP 2\"", "название модели, степень TP"),
        ("  kluster: {l40s: 2, pamyat_gib: 48, psp_gbs: 864}", "характеристики оборудования"),
        ("  qwen2.5-32b: {hidden: 5120", "входные параметры конфигурации"), ("byudzhet_pamyati: 0.90", "входной параметр"),
        ("kontekst_tokenov: 16384", "входной параметр"),
        ("# Рационализаторское предложение № 27-041", "номер предложения"),
        ("> Заявление автора (разделы 1–4, текст как подан)", "номера разделов, входные параметры"),
        ("### 1. Наименование", "номер раздела"), ("Перевод сервиса поиска по документам с Llama 3.1 70B", "названия моделей, характеристики карт"),
        ("### 2. Существующее положение", "номер раздела"), ("### 3. Предлагаемое решение", "номер раздела"),
        ("### 4. Дообучение и эффект", "номер раздела"), ("4.3. Аренда 8 × A100 обходится в 1", "цены"),
        ("| показатель | было: Llama 3.1 70B, 8 × A100 |", "шапка таблицы"),
        ("## Заключение экспертной комиссии (заседание 2027-08-23)", "дата"),
        ("- По п. 4.1: верно.", "номер пункта"),
        ("Признать предложение рационализаторским в части пп. 3.5–3.6 и 4.1", "номера пунктов, вознаграждение, даты"),
        ("[^1]: Положение о рационализаторской деятельности, ред. 2025, п. 4.3.", "год, номер пункта")):
    non(f, text, why)

claim(f, "3,69 \\times 10^{10}", "arithmetic", "байт", 12e6 * 768 * 4, H, anchor="- По п. 3.6: расчёт индекса верен:")
non(f, "Расчёты комиссии — в файле `rp-27-041-check.ipynb`;", "номер предложения, год")

# ---- ru_04: разъяснения положений документации о закупке (обоснование ТЗ, запросы участников как поступили, ответы заказчика) ----
f = "ru_04"
L7, L8, MX, Q72 = "llama3-70b", "llama3-8b", "mixtral-8x7b", "qwen2.5-72b"
B80, B48, B96 = 0.9 * 80 * GIB, 0.9 * 48 * GIB, 0.9 * 96 * GIB
SCALE.update({"сессия": 1, "сессии": 1, "сессий": 1, "токенов": 1})
W7C = W(L7, "bf16") / 4
K32C = KV(L7, 32768) / 4
P = "запрос участника"
claim(f, "141,1 \\text{ ГБ}", "weights", "ГБ", W(L7, "bf16"), H, anchor="1. Основная модель — Llama 3.1 70B в bf16 при TP 4:")
claim(f, "35,28 ГБ на карту", "weights", "ГБ", W7C, H, anchor="1. Основная модель — Llama 3.1 70B в bf16 при TP 4:")
A = "2. Бюджет карты 80 ГБ — 72 ГиБ; после весов на карте остаётся 39,15 ГиБ."
claim(f, "72 ГиБ", "arithmetic", "ГиБ", B80, H, anchor=A)
claim(f, "39,15 ГиБ", "arithmetic", "ГиБ", B80 - W7C, H, anchor=A)
A = "3. Кэш — 320 КиБ на токен, при TP 4 по 80 КиБ на карту; сессия 32K занимает 2,5 ГиБ на карту, поэтому помещается 15 сессий."
claim(f, "320 КиБ на токен", "kv_cache_per_token", "КиБ", KVT(L7), H, anchor=A)
claim(f, "80 КиБ на карту", "kv_cache_per_token", "КиБ", KVT(L7) / 4, H, anchor=A)
claim(f, "2,5 ГиБ на карту", "kv_cache_total", "ГиБ", K32C, H, anchor=A)
claim(f, "15 сессий", "arithmetic", "сессий", (B80 - W7C) // K32C, H, anchor=A)
A = "4. Все 15 сессий держат в кэше 491¦520 токенов, то есть 150 ГиБ на сервер."
claim(f, "491¦520 токенов", "tokens", "токенов", 15 * 32768, H, anchor=A)
claim(f, "150 ГиБ", "kv_cache_total", "ГиБ", KV(L7, 32768, 15), H, anchor=A)
claim(f, "не ниже 85,0 ток/с", "throughput", "ток/с", 3000e9 / W7C, H, bound="lower", anchor="5. При ПСП не менее 3 ТБ/с потолок одной сессии — не ниже 85,0 ток/с.")
A = "6. Дообучение Llama 3 8B (п. 3.4 ТЗ): полное состояние Adam — 128,5 ГБ, при ZeRO-3 на 4 картах — 32,1 ГБ на карту."
claim(f, "128,5 ГБ", "training", "ГБ", 16 * N[L8], H, anchor=A)
claim(f, "32,1 ГБ на карту", "training", "ГБ", zero(N[L8], 4, 3), H, anchor=A)
claim(f, "34 ГиБ", "activations", "ГиБ", act(L8, 4096, 2, "flash"), H, anchor="7. Активации Llama 3 8B при длине 4096 и батче 2 с FlashAttention — 34 ГиБ на все 32 слоя.")
claim(f, "69,4 %", "percentage", "%", 100 * (1 - BPW["Q4_K_M"] / 16), H, rel=0.02, anchor="8. Файл Q4_K_M был бы на 69,4 % меньше bf16")
claim(f, "4–21 сессия", "arithmetic", "сессия", [(B48 - W7C) // K32C, (B96 - W7C) // K32C], H, rng=True, anchor="9. На картах от 48 до 96 ГБ помещается 4–21 сессия 32K;")
A = "**Запрос 1.**"
claim(f, "70,6 ГБ", "weights", "ГБ", W(L7, "bf16"), X, "wrong_dtype", anchor=A, note=P + "; размер fp8; 141,1 ГБ")
claim(f, "17,6 ГБ на карту", "weights", "ГБ", W7C, X, "wrong_dtype", anchor=A, note=P + "; доля int8; 35,28 ГБ")
A = "**Ответ.** Не допускается. В bf16 модель занимает 141,1 ГБ, по 35,28 ГБ на карту; из бюджета 43,2 ГиБ остаётся 10,35 ГиБ, это 4 сессии 32K вместо 15."
claim(f, "141,1 ГБ", "weights", "ГБ", W(L7, "bf16"), H, anchor=A)
claim(f, "35,28 ГБ на карту", "weights", "ГБ", W7C, H, anchor=A)
claim(f, "43,2 ГиБ", "arithmetic", "ГиБ", B48, H, anchor=A)
claim(f, "10,35 ГиБ", "arithmetic", "ГиБ", B48 - W7C, H, anchor=A)
claim(f, "4 сессии", "arithmetic", "сессии", (B48 - W7C) // K32C, H, anchor=A)
A = "**Запрос 2.**"
claim(f, "21,3 ток/с", "throughput", "ток/с", 3000e9 / W7C, X, "per_gpu", anchor=A, note=P + "; вся модель при TP 4; 85,0")
claim(f, "141,1", "weights", "ГБ", W(L7, "bf16"), H, anchor=A)
A = "**Запрос 3.**"
claim(f, "2,5 ГиБ", "kv_cache_total", "ГиБ", KV(L7, 32768), X, "per_gpu", anchor=A, note=P + "; доля карты как вся сессия; 10 ГиБ")
claim(f, "37,5 ГиБ", "kv_cache_total", "ГиБ", KV(L7, 32768, 15), X, "per_gpu", anchor=A, note=P + "; доли карт; 150 ГиБ")
A = "**Ответ.** 2,5 ГиБ — доля одной карты при TP 4; сессия 32K целиком занимает 10 ГиБ, 15 сессий — 150 ГиБ."
claim(f, "2,5 ГиБ", "kv_cache_total", "ГиБ", K32C, H, anchor=A, note="переатрибутировано к доле карты")
claim(f, "10 ГиБ", "kv_cache_total", "ГиБ", KV(L7, 32768), H, anchor=A)
claim(f, "150 ГиБ", "kv_cache_total", "ГиБ", KV(L7, 32768, 15), H, anchor=A)
claim(f, "64,2 ГБ", "training", "ГБ", 16 * N[L8], X, "off_2x", anchor="**Запрос 4.**", note=P + "; 8 байт на параметр; 128,5 ГБ")
claim(f, "119,7 ГиБ", "training", "ГиБ", 16 * N[L8], H, anchor="**Ответ.** Полное состояние — 119,7 ГиБ, на одну карту не помещается.")
A = "**Запрос 5.**"
claim(f, "6,06 ГиБ", "activations", "ГиБ", act(L8, 4096, 2, "none"), X, "off_2x", anchor=A, note=P + "; один слой вместо 32; 194 ГиБ")
claim(f, "17 ГиБ", "activations", "ГиБ", act(L8, 4096, 2, "flash"), X, "off_2x", anchor=A, note=P + "; батч 1 вместо 2; 34 ГиБ")
A = "**Ответ.** 6,06 ГиБ — один слой;"
claim(f, "6,06 ГиБ", "activations", "ГиБ", act(L8, 4096, 2, "none", layers=1), H, anchor=A, note="переатрибутировано к одному слою")
claim(f, "194 ГиБ", "activations", "ГиБ", act(L8, 4096, 2, "none"), H, anchor=A)
claim(f, "34 ГиБ", "activations", "ГиБ", act(L8, 4096, 2, "flash"), H, anchor=A)
claim(f, "17 ГиБ", "activations", "ГиБ", act(L8, 4096, 1, "flash"), H, anchor=A, note="переатрибутировано к батчу 1")
claim(f, "2 ГиБ", "activations", "ГиБ", act(L8, 4096, 2, "full"), H, anchor=A)
A = "**Запрос 6.**"
claim(f, "141,1 ГБ", "weights", "ГБ", W(L7, "bf16"), H, anchor=A)
claim(f, "0,7 с", "time", "с", W(L7, "bf16") / 25e9, X, "wrong_unit", anchor=A, note=P + "; Гбит/с приняты за ГБ/с; 5,6 с")
A = "**Ответ.** Гигабиты приняты за гигабайты: по сети загрузка займёт около 5,6 с, с NVMe — около 5,0 с."
claim(f, "около 5,6 с", "time", "с", W(L7, "bf16") / 25e9, H, hedged=True, anchor=A)
claim(f, "около 5,0 с", "time", "с", W(L7, "bf16") / 28e9, H, hedged=True, anchor=A)
claim(f, "28 Гбит/с", "bandwidth", "Гбит/с", 28e9, X, "wrong_unit", anchor="**Запрос 7.**", note=P + "; ГБ/с записаны как Гбит/с; 224 Гбит/с")
A = "**Ответ.** 28 ГБ/с — это 224 Гбит/с; требование не меняется."
claim(f, "28 ГБ/с", "bandwidth", "ГБ/с", 28e9, H, anchor=A)
claim(f, "224 Гбит/с", "bandwidth", "Гбит/с", 28e9, H, anchor=A)
claim(f, "21,6 ГБ", "quantized_file", "ГБ", GG(L7, "Q4_K_M"), X, "off_2x", rel=0.02, anchor="**Запрос 8.**", note=P + "; вдвое меньше; 43,2 ГБ")
A = "**Запрос 9.**"
claim(f, "93,4 ГБ", "weights", "ГБ", W(MX, "bf16"), H, anchor=A)
claim(f, "23,35", "weights", "ГБ", W(MX, "bf16") / 4, H, anchor=A)
claim(f, "128,5 ток/с", "throughput", "ток/с", 3000e9 / (W(ACTIVE_M7, "bf16") / 4), X, "wrong_kind", anchor=A, note=P + "; читаются все эксперты; около 466")
A = "**Ответ.** При декодировании читаются только активные эксперты, 6,44 ГБ на карту: потолок около 466 ток/с."
claim(f, "6,44 ГБ на карту", "weights", "ГБ", W(ACTIVE_M7, "bf16") / 4, H, anchor=A)
claim(f, "около 466 ток/с", "throughput", "ток/с", 3000e9 / (W(ACTIVE_M7, "bf16") / 4), H, hedged=True, anchor=A)
A = "**Запрос 10**"
claim(f, "72,7 ГБ", "weights", "ГБ", W(Q72, "bf16"), X, "wrong_dtype", anchor=A, note=P + ", составлен ИИ-ассистентом; размер fp8; 145,4 ГБ", **Q)
claim(f, "2,5 МиБ на токен", "kv_cache_per_token", "МиБ", KVT(Q72), X, "off_2x", anchor=A, note=P + ", составлен ИИ-ассистентом; головы запросов; 320 КиБ", **Q)
A = "**Ответ.** Веса — 145,4 ГБ, кэш — 320 КиБ на токен; двух карт не хватит даже для весов."
claim(f, "145,4 ГБ", "weights", "ГБ", W(Q72, "bf16"), H, anchor=A)
claim(f, "320 КиБ на токен", "kv_cache_per_token", "КиБ", KVT(Q72), H, anchor=A)
SV = "сводка предложений участников"
A = "| А | 4 × 48 ГБ, 3 ТБ/с | 17,6 | 15 | 170,5 |"
claim(f, "17,6", "weights", "ГБ", W7C, X, "wrong_dtype", anchor=A, note=SV + "; доля int8; 35,28")
claim(f, "15", "arithmetic", "сессий", (B48 - W7C) // K32C, X, "off_2x", anchor=A, note=SV + "; по бюджету карты 80 ГБ; 4")
claim(f, "170,5", "throughput", "ток/с", 3000e9 / W7C, X, "wrong_dtype", anchor=A, note=SV + "; потолок int8; 85,0")
A = "| Д | 4 × 80 ГБ, 1,6 ТБ/с | 35,28 | 15 | 22,7 |"
claim(f, "35,28", "weights", "ГБ", W7C, H, anchor=A)
claim(f, "15", "arithmetic", "сессий", (B80 - W7C) // K32C, H, anchor=A)
claim(f, "22,7", "throughput", "ток/с", 1600e9 / W7C, X, "per_gpu", anchor=A, note=SV + "; делитель — доля при TP 2; 45,4")
A = "| Е | 4 × 96 ГБ, 3,35 ТБ/с | 35,28 | 42 | 95,0 |"
claim(f, "35,28", "weights", "ГБ", W7C, H, anchor=A)
claim(f, "42", "arithmetic", "сессий", (B96 - W7C) // K32C, X, "wrong_dtype", anchor=A, note=SV + "; кэш принят за fp8; 21")
claim(f, "95,0", "throughput", "ток/с", 3350e9 / W7C, H, anchor=A)
for text, why in (
        ("aliases: [Разъяснения по закупке сервера LLM, закупка 0373100012327000145]", "номер закупки"),
        ("  nomer: \"0373100012327000145\"", "номер закупки"), ("  nmck_rub: 38500000", "начальная цена"),
        ("  razmeshchena: 2027-09-01", "дата"), ("  okonchanie_podachi: 2027-09-22", "дата"),
        ("  gpu: {kolichestvo: 4, pamyat_gb_ne_menee: 80, psp_tbs_ne_menee: 3}", "требования ТЗ"), ("  set_gbit: 200", "требование ТЗ"),
        ("  nvme: {diskov: 4, skorost_gbs: 7}", "требования ТЗ"), ("  budzhet_pamyati: 0.90", "входной параметр"),
        ("  sessii_32k_ne_menee: 15", "требование ТЗ"), ("  qwen2.5-72b: {hidden: 8192", "входные параметры конфигурации"),
        ("zaprosov: 11", "число запросов"), ("razyasneniya_opublikovany: 2027-09-14", "дата"),
        ("svyazannye: [\"[[ТЗ сервер LLM 2027]]\"", "год"), ("# Разъяснения положений документации о закупке № 0373100012327000145", "номер закупки"),
        ("> Ниже — приложение 2 к ТЗ", "номер приложения, бюджет"),
        ("## Приложение 2 к ТЗ: обоснование требований (извлечение)", "номер приложения"),
        ("**Ответ.** При TP 4 каждая карта читает только свою четверть весов, см. п. 5 приложения 2.", "степень TP, номер пункта"),
        ("Заказчик отмечает: у А веса и потолок посчитаны для int8-весов", "названия форматов, степень TP"),
        ("Срок подачи заявок не переносится: 2027-09-22, 10:00 МСК[^1].", "дата, время"),
        ("[^1]: Ст. 42 и 50 Федерального закона № 44-ФЗ", "номера статей и закона, даты")):
    non(f, text, why)

non(f, "Формулы расчёта — в файле `sizing_tz.xlsx`", "имя файла, год")

A = "**Запрос 11.**"
claim(f, "4 ГиБ", "kv_cache_total", "ГиБ", KV("mistral-7b", 4096), X, "off_2x", anchor=A, note=P + "; окно не учтено; 0,5 ГиБ")
claim(f, "14 сессий", "arithmetic", "сессий", (B80 - W("mistral-7b", "bf16")) // KV("mistral-7b", 4096), X, "off_2x", anchor=A, note=P + "; окно не учтено; 117")
A = "**Ответ.** Скользящее окно ограничивает кэш сессии величиной 0,5 ГиБ, поэтому на карте помещается 117 сессий."
claim(f, "0,5 ГиБ", "kv_cache_total", "ГиБ", KV("mistral-7b", 4096), H, anchor=A)
claim(f, "117 сессий", "arithmetic", "сессий", (B80 - W("mistral-7b", "bf16")) // KV("mistral-7b", 4096), H, anchor=A)

# ---- ru_05: интервью с техническим директором в отраслевом журнале, врезки фактчекера «Проверим» ----
f = "ru_05"
L7, SM, L8, L27, MX, G3, BB, Q7, L405 = "llama3-70b", "smollm2-360m", "llama3-8b", "llama2-7b", "mixtral-8x7b", "gpt3", "bert-base", "qwen2.5-7b", "llama3.1-405b"
H100B, R4090 = 3350e9, 1008e9
SCALE.update({"млн параметров": 1e6, "МБ": 1e6, "суток": 86400, "дней": 86400})
CTO = "слова CTO в интервью"
LQ = lora(32, 16, [(4096, 4096), (4096, 1024)])
C7 = 6 * N[L27] * 2e12
A = "— Основная модель — Llama 3.1 70B, у неё 70¦553¦706¦496 параметров."
claim(f, "70¦553¦706¦496 параметров", "params", "params", N[L7], H, anchor=A)
claim(f, "70 ГБ", "weights", "ГБ", W(L7, "bf16"), X, "wrong_dtype", anchor=A, note=CTO + "; размер fp8; 141,1 ГБ")
claim(f, "70 ГБ", "weights", "ГБ", W(L7, "fp8"), H, anchor="> 70 ГБ — размер в fp8; в bf16 вдвое больше.", note="переатрибутировано к fp8")
A = "— Кэш у 70B огромный: 2,5 МиБ на токен, так что 128K — это 320 ГиБ на одного пользователя."
claim(f, "2,5 МиБ на токен", "kv_cache_per_token", "МиБ", KVT(L7), X, "off_2x", anchor=A, note=CTO + "; головы запросов; 320 КиБ")
claim(f, "320 ГиБ", "kv_cache_total", "ГиБ", KV(L7, 131072), X, "off_2x", anchor=A, note=CTO + "; головы запросов; 40 ГиБ")
A = "> Кэш посчитан по 64 головам запросов. С 8 KV-головами — 320 КиБ на токен и 40 ГиБ на 128K."
claim(f, "320 КиБ на токен", "kv_cache_per_token", "КиБ", KVT(L7), H, anchor=A)
claim(f, "40 ГиБ", "kv_cache_total", "ГиБ", KV(L7, 131072), H, anchor=A)
claim(f, "23,7 ток/с", "throughput", "ток/с", H100B / (W(L7, "bf16") / 4), X, "per_gpu", anchor="— H100 даёт 3,35 ТБ/с, значит на одного пользователя при TP 4 в bf16 выходит 23,7 ток/с.", note=CTO + "; вся модель при TP 4; 95,0")
A = "— SmolLM2-360M: 361,8 млн параметров, 1,45 ГБ в bf16 и 40 КиБ кэша на токен."
claim(f, "361,8 млн параметров", "params", "млн", N[SM], H, anchor=A)
claim(f, "1,45 ГБ", "weights", "ГБ", W(SM, "bf16"), X, "wrong_dtype", anchor=A, note=CTO + "; размер fp32; 0,72 ГБ")
claim(f, "40 КиБ", "kv_cache_per_token", "КиБ", KVT(SM), H, anchor=A)
claim(f, "90 МБ", "weights", "МБ", W(SM, "int4"), X, "off_2x", anchor="— На телефоне мы квантуем её в int4, и она весит 90 МБ.", note=CTO + "; вдвое меньше; 181 МБ")
claim(f, "1,45 ГБ", "weights", "ГБ", W(SM, "fp32"), H, anchor="> 1,45 ГБ — это fp32: в bf16 модель вдвое меньше.", note="переатрибутировано к fp32")
claim(f, "32,1 ГБ", "training", "ГБ", 16 * N[L8], X, "off_2x", anchor="— Полное дообучение 8B идёт у нас на одной A100: состояние Adam — всего 32,1 ГБ.", note=CTO + "; 4 байта на параметр; 128,5 ГБ")
A = "— LoRA r = 16 на q и v у Llama 3 8B — это 68 млн параметров, 0,85 % модели."
claim(f, "68 млн параметров", "params", "млн", LQ, X, "off_2x", anchor=A, note=CTO + "; в десять раз больше; 6,8 млн")
claim(f, "0,85 %", "percentage", "%", 100 * LQ / N[L8], X, "off_2x", anchor=A, note=CTO + "; в десять раз больше; 0,085 %")
A = "> На порядок меньше: 6,8 млн и 0,085 %."
claim(f, "6,8 млн", "params", "млн", LQ, H, anchor=A)
claim(f, "0,085 %", "percentage", "%", 100 * LQ / N[L8], H, anchor=A)
A = "— Модель размером с Llama 2 7B на 2 трлн токенов — это 2,7 × 10²² FLOP;"
claim(f, "2,7 × 10²² FLOP", "flops", "FLOP", C7, X, "off_2x", anchor=A, note=CTO + "; 2ND; 8,09e22")
claim(f, "около 3 дней", "time", "дней", C7 / (256 * 0.4 * 989e12), X, "off_2x", hedged=True, anchor=A, note=CTO + "; от 2ND; 9,2 суток")
A = "> По 6ND — 8,09 × 10²² FLOP и около 9,2 суток."
claim(f, "8,09 × 10²² FLOP", "flops", "FLOP", C7, H, anchor=A)
claim(f, "около 9,2 суток", "time", "суток", C7 / (256 * 0.4 * 989e12), H, hedged=True, anchor=A)
claim(f, "1,4 с", "time", "с", W(L7, "bf16") / 12.5e9, X, "wrong_unit", anchor="— Веса 70B в bf16 по нашей сети 100 Гбит/с загружаются за 1,4 с.", note=CTO + "; Гбит/с приняты за ГБ/с; 11,3 с")
A = "— Mixtral мы отвергли: у неё 12,9 млрд параметров, а весит она 93,4 ГБ — странно."
claim(f, "12,9 млрд параметров", "params", "млрд", N[MX], X, "wrong_kind", anchor=A, note=CTO + "; активные вместо всех; 46,7 млрд")
claim(f, "93,4 ГБ", "weights", "ГБ", W(MX, "bf16"), H, anchor=A)
claim(f, "175 ГБ", "weights", "ГБ", W(G3, "fp16"), X, "wrong_dtype", anchor="— Для сравнения, GPT-3 в своё время занимала 175 ГБ в fp16.", note=CTO + "; размер int8; 349,2 ГБ")
A = "— Поиск у нас на BERT-base: 110 млн параметров и 440 МБ в fp32."
claim(f, "110 млн параметров", "params", "млн", N[BB], H, anchor=A)
claim(f, "440 МБ", "weights", "МБ", W(BB, "fp32"), H, anchor=A)
A = "— Домашняя RTX 4090 с её 1008 Гбит/с даёт для 8B в bf16 около 63 ток/с."
claim(f, "1008 Гбит/с", "bandwidth", "Гбит/с", R4090, X, "wrong_unit", anchor=A, note=CTO + "; ГБ/с записаны как Гбит/с; 8064 Гбит/с")
claim(f, "около 63 ток/с", "throughput", "ток/с", R4090 / W(L8, "bf16"), H, hedged=True, anchor=A)
A = "— Qwen2.5-7B с контекстом 128K на одной RTX 4090 — легко: веса 15,23 ГБ, кэш 7 ГиБ."
claim(f, "15,23 ГБ", "weights", "ГБ", W(Q7, "bf16"), H, anchor=A)
claim(f, "7 ГиБ", "kv_cache_total", "ГиБ", KV(Q7, 131072), H, anchor=A)
A = "— Для 405B в fp8 нужно 405,9 ГБ, а восемь H100 по 80 ГБ — это 640 ГБ, хватает с запасом."
claim(f, "405,9 ГБ", "weights", "ГБ", W(L405, "fp8"), H, anchor=A)
claim(f, "640 ГБ", "arithmetic", "ГБ", 8 * 80 * GIB, X, "gib_as_gb", anchor=A, note=CTO + "; ГиБ под видом ГБ; 687,2 ГБ")
A = "> GPT-3 в fp16 занимает 349,2 ГБ, 175 ГБ — это int8."
claim(f, "349,2 ГБ", "weights", "ГБ", W(G3, "fp16"), H, anchor=A)
claim(f, "175 ГБ", "weights", "ГБ", W(G3, "int8"), H, anchor=A, note="переатрибутировано к int8")
claim(f, "8064 Гбит/с", "bandwidth", "Гбит/с", R4090, H, anchor=A)
claim(f, "640 ГиБ", "arithmetic", "ГиБ", 8 * 80 * GIB, H, anchor=A)
claim(f, "687,2 ГБ", "arithmetic", "ГБ", 8 * 80 * GIB, H, anchor=A)
A = "> «Llama 3 8B в bf16 занимает 8 ГБ, кэш — 512 КиБ на токен, а на контексте 8K — 4 ГиБ.»"
AI = "ответ чат-бота журналисту"
claim(f, "8 ГБ", "weights", "ГБ", W(L8, "bf16"), X, "wrong_dtype", anchor=A, note=AI + "; размер int8; 16,06 ГБ", **Q)
claim(f, "512 КиБ на токен", "kv_cache_per_token", "КиБ", KVT(L8), X, "off_2x", anchor=A, note=AI + "; головы запросов; 128 КиБ", **Q)
claim(f, "4 ГиБ", "kv_cache_total", "ГиБ", KV(L8, 8192), X, "off_2x", anchor=A, note=AI + "; головы запросов; 1 ГиБ", **Q)
A = "Проверим: 16,06 ГБ, 128 КиБ на токен и 1 ГиБ на 8K."
claim(f, "16,06 ГБ", "weights", "ГБ", W(L8, "bf16"), H, anchor=A)
claim(f, "128 КиБ на токен", "kv_cache_per_token", "КиБ", KVT(L8), H, anchor=A)
claim(f, "1 ГиБ", "kv_cache_total", "ГиБ", KV(L8, 8192), H, anchor=A)
claim(f, "141,1 ГБ", "weights", "ГБ", W(L7, "bf16"), H, anchor="print(n * 2 / 1e9)          # 141,1 ГБ в bf16")
claim(f, "17,6 ГБ на карту", "weights", "ГБ", W(L7, "fp8") / 4, H, anchor="print(n * 1 / 4 / 1e9)      # 17,6 ГБ на карту при TP 4 в fp8")
A = "print(2 * 80 * 8 * 128 * 2) # 327680 байт, то есть 320 КиБ на токен"
claim(f, "327680 байт", "kv_cache_per_token", "байт", KVT(L7), H, anchor=A)
claim(f, "320 КиБ на токен", "kv_cache_per_token", "КиБ", KVT(L7), H, anchor=A)
A = "> «Андрей имел в виду fp8: 70,6 ГБ весов, по 35,3 ГБ на каждую из двух H100, и потолок 47,5 ток/с.»"
claim(f, "70,6 ГБ", "weights", "ГБ", W(L7, "fp8"), H, anchor=A)
claim(f, "35,3 ГБ", "weights", "ГБ", W(L7, "fp8") / 2, H, anchor=A)
claim(f, "47,5 ток/с", "throughput", "ток/с", H100B / (W(L7, "fp8") / 2), X, "per_gpu", anchor=A, note="письмо пресс-службы; вся модель при TP 2; 95,0")
claim(f, "95,0 ток/с", "throughput", "ток/с", H100B / (W(L7, "fp8") / 2), H, anchor="Ответ редакции: веса и доля на карту теперь верны")
ST = "сводная таблица, столбец «сказано»"
for row, unit, kind, val, err, why in (
        ("| веса 70B в bf16 | 70 | 141,1 | ГБ |", "ГБ", "weights", W(L7, "bf16"), "wrong_dtype", "размер fp8"),
        ("| кэш 70B на 128K | 320 | 40 | ГиБ |", "ГиБ", "kv_cache_total", KV(L7, 131072), "off_2x", "головы запросов"),
        ("| LoRA Llama 3 8B | 68 | 6,8 | млн параметров |", "млн параметров", "params", LQ, "off_2x", "в десять раз больше"),
        ("| загрузка 70B по 100 Гбит/с | 1,4 | 11,3 | с |", "с", "time", W(L7, "bf16") / 12.5e9, "wrong_unit", "Гбит/с приняты за ГБ/с"),
        ("| SmolLM2-360M в int4 | 90 | 181 | МБ |", "МБ", "weights", W(SM, "int4"), "off_2x", "вдвое меньше"),
        ("| GPT-3 в fp16 | 175 | 349,2 | ГБ |", "ГБ", "weights", W(G3, "fp16"), "wrong_dtype", "размер int8"),
        ("| ПСП RTX 4090 | 1008 | 8064 | Гбит/с |", "Гбит/с", "bandwidth", R4090, "wrong_unit", "ГБ/с записаны как Гбит/с"),
        ("| восемь H100 | 640 | 687,2 | ГБ |", "ГБ", "arithmetic", 8 * 80 * GIB, "gib_as_gb", "ГиБ под видом ГБ")):
    c = row.strip("| ").split(" | ")
    claim(f, c[1], kind, unit, val, X, err, anchor=row, occ=tocc(row, c[1]), note=ST + "; " + why)
    claim(f, c[2], kind, unit, val, H, anchor=row, occ=tocc(row, c[2]))
for text, why in (
        ("  nomer: \"10 (214)\"", "номер выпуска"), ("  vyshel: 2027-10-06", "дата"),
        ("  h100: {kolichestvo: 8, pamyat_gib: 80, psp_tbs: 3.35}", "характеристики оборудования"),
        ("  rtx_4090: {psp_gbs: 1008}", "характеристика оборудования"), ("  set_gbit: 100", "характеристика оборудования"),
        ("  smollm2-360m: {hidden: 960", "входные параметры конфигурации"), ("tirazh: 12000", "тираж"),
        ("onlajn_prosmotry: 8410", "число просмотров"), ("svyazannye: [\"[[Интервью Вязова — расшифровка]]\", \"[[Проверим — методика 2027]]\"]", "год"),
        ("> Текст интервью из номера 10 (214)", "номер выпуска, определения единиц"),
        ("> При TP 4 каждая карта читает только четверть весов, поэтому потолок вчетверо выше.", "степень TP"),
        ("> Это доля одной карты при ZeRO-3 на четырёх картах, а не всё состояние.", "название стадии ZeRO"),
        ("n = 70_553_706_496", "входные данные скрипта"),
        ("Интервью записано 2027-09-12, длительность 54 минуты", "даты, длительность"),
        ("[^1]: Тираж 12", "тираж, просмотры")):
    non(f, text, why)

claim(f, "141,1 \\times 10^{9}", "weights", "байт", W(L7, "bf16"), H, anchor="Формула врезки: $M_W = N \\times b$;")

A = "— И да, 8B в fp8 у нас весит 4 ГБ, а контекст 8K у неё — это 0,25 ГиБ кэша."
claim(f, "4 ГБ", "weights", "ГБ", W(L8, "fp8"), X, "wrong_dtype", anchor=A, note=CTO + "; размер int4; 8,03 ГБ")
claim(f, "0,25 ГиБ", "kv_cache_total", "ГиБ", KV(L8, 8192), X, "off_2x", anchor=A, note=CTO + "; вчетверо меньше; 1 ГиБ")

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
            raise SystemExit("truth.json is stale: run python tests/claims_corpus_an/truth.py")
        summary(truth)
        print("truth.json is current; every check passed")
        return 0
    path.write_text(text, encoding="utf-8")
    summary(truth)
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
