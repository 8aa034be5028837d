#!/usr/bin/env python3
"""Ground truth for blind sizing-claims corpus AL (tests/claims_corpus_al/notes).

Written without reading vaultkit's code, its tests or the other corpora's notes.  Facts come
from /work/shared/claims-gold.md: bytes per dtype, exact parameter counts and configs of the
catalogued models, measured GGUF bits per weight (Llama-3.1-8B), the KV-cache, training-memory
and activation formulas.  Models that claims-gold lacks appear only with their config stated in
the note itself; the truth recomputes their parameter counts from that config with the
claims-gold formula (asserted below for the catalogued ones).  Nothing here imports vaultkit.
The checking code (figure reader, tolerance, error-class checks, output) and the model helpers
and catalogue are corpus AK's truth.py, reused unchanged (with the facts AC-AK added); AL adds
OLMo-2-13B and the fictional Sokol-2B (from the configs its notes print), a few units, then its own claims.

    python tests/claims_corpus_al/truth.py          # verify and (re)write truth.json
    python tests/claims_corpus_al/truth.py --check  # verify; fail if truth.json is stale

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

# ---- en_01: a public status page's incident history, exported with SRE annotations (✔/✘) ----
f = "en_01"
L7, L8, MX, Q32, NM = "llama3-70b", "llama3-8b", "mixtral-8x7b", "qwen2.5-32b", "mistral-nemo-12b"
H1 = 3.35e12
BUD = 0.9 * 80 * GIB                         # per H100 card, memory fraction 0.90
WC = W(L7, "bf16") / 4                       # bf16 weights per card at TP = 4
FREE = BUD - WC
REQ = lambda ctx: int(FREE // (KV(L7, ctx) / 4))
LB = 0.9 * 24 * GIB                          # L4 budget
LS = 0.9 * 48 * GIB                          # L40S budget
LO8 = lora(32, 16, [(4096, 4096), (4096, 1024), (4096, 1024), (4096, 4096)])
C1B = 6 * N[L8] * 1e9
P = "public update"
A = "The bf16 weights are 141.1 GB, 35.3 GB per card, so every replica has room for 8 concurrent"
claim(f, "141.1 GB", "weights", "GB", W(L7, "bf16"), H, anchor=A)
claim(f, "35.3 GB per card", "weights", "GB", WC, H, anchor=A)
claim(f, "8 concurrent", "arithmetic", "requests", REQ(131072), X, "off_2x", anchor=A, note=P + "; weights not subtracted; 3")
A = "Llama-3.1-70B keeps 320 KiB of cache per token, so one 128K-token request reserves 40 GiB"
claim(f, "320 KiB", "kv_cache_per_token", "KiB", KVT(L7), H, anchor=A)
claim(f, "40 GiB", "kv_cache_total", "GiB", KV(L7, 131072), H, anchor=A)
claim(f, "42.9 GB", "kv_cache_total", "GB", KV(L7, 131072), H, anchor=A)
claim(f, "10 GiB on each", "kv_cache_total", "GiB", KV(L7, 131072) / 4, H, anchor=A)
claim(f, "72 GiB", "arithmetic", "GiB", BUD, H, anchor="each card gives the server 0.90 × 80 = 72 GiB.")
A = ">   The weights take 32.85 GiB of that per card, leaving 39.15 GiB"
claim(f, "32.85 GiB", "weights", "GiB", WC, H, anchor=A)
claim(f, "39.15 GiB", "arithmetic", "GiB", FREE, H, anchor=A)
claim(f, "3 requests", "arithmetic", "requests", REQ(131072), H, anchor=A)
claim(f, "10 GiB per card", "kv_cache_total", "GiB", KV(L7, 131072) / 4, H, anchor=A)
A = "> - With fp8 weights (17.6 GB per card, 16.43 GiB)"
claim(f, "17.6 GB per card", "weights", "GB", W(L7, "fp8") / 4, H, anchor=A)
claim(f, "16.43 GiB", "weights", "GiB", W(L7, "fp8") / 4, H, anchor=A)
claim(f, "55.57 GiB", "arithmetic", "GiB", BUD - W(L7, "fp8") / 4, H, anchor=A)
claim(f, "5 requests", "arithmetic", "requests", (BUD - W(L7, "fp8") / 4) // (KV(L7, 131072) / 4), H, anchor=A)
claim(f, "3", "arithmetic", "requests", REQ(131072), H, anchor="> - The rule as one line: $\\lfloor (72 - 32.85) / 10 \\rfloor = 3$ requests per replica.", occ=1)
A = "per_token = 2 * 80 * 8 * 128 * 2                 # 327680 bytes = 320 KiB"
claim(f, "327680 bytes", "kv_cache_per_token", "bytes", KVT(L7), H, anchor=A)
claim(f, "320 KiB", "kv_cache_per_token", "KiB", KVT(L7), H, anchor=A)
claim(f, "40.0 GiB", "kv_cache_total", "GiB", KV(L7, 131072), H, anchor="per_request = per_token * 131072 / 2**30         # 40.0 GiB")
claim(f, "10.0 GiB", "kv_cache_total", "GiB", KV(L7, 131072) / 4, H, anchor="per_card = per_request / 4                       # 10.0 GiB")
claim(f, "39.15 GiB", "arithmetic", "GiB", FREE, H, anchor="free = 0.90 * 80 - 141.107e9 / 4 / 2**30         # 39.15 GiB")
claim(f, "3 requests", "arithmetic", "requests", REQ(131072), H, anchor="print(int(free // per_card))                     # 3 requests")
B = "Larkspur Assist (AI), pinned reply"
A = "> \"A 128K request on Llama-3.1-70B needs 2.5 MiB of KV cache per token, so 320 GiB per request."
claim(f, "2.5 MiB", "kv_cache_per_token", "MiB", KVT(L7), X, "off_2x", anchor=A, note=B + "; query heads; 320 KiB", **Q)
claim(f, "320 GiB per request", "kv_cache_total", "GiB", KV(L7, 131072), X, "off_2x", anchor=A, note=B + "; query heads; 40 GiB", **Q)
claim(f, "2.5 MiB per token", "kv_cache_per_token", "MiB", KVT((80, 64, 128)), H, anchor="2.5 MiB per token is what all 64 query heads would give.", note="re-attributed to 64 KV heads")
A = "> - The real figures are 320 KiB per token and 40 GiB per request."
claim(f, "320 KiB per token", "kv_cache_per_token", "KiB", KVT(L7), H, anchor=A)
claim(f, "40 GiB per request", "kv_cache_total", "GiB", KV(L7, 131072), H, anchor=A)
V11 = "capacity sheet v11, as it was"
for row, ctx, req_ok in (("| 8K | 2.5 | 2.5 | 128 |", 8192, False), ("| 32K | 10 | 10 | 32 |", 32768, False),
                         ("| 128K | 40 | 40 | 8 |", 131072, False), ("| 8K tokens | 2.5 | 0.625 | 62 |", 8192, True),
                         ("| 32K tokens | 10 | 2.5 | 15 |", 32768, True), ("| 128K tokens | 40 | 10 | 3 |", 131072, True)):
    cells = row.strip("| ").split(" | ")
    claim(f, cells[1], "kv_cache_total", "GiB", KV(L7, ctx), H, anchor=row)
    if req_ok:
        claim(f, cells[2], "kv_cache_total", "GiB", KV(L7, ctx) / 4, H, anchor=row)
    else:
        claim(f, cells[2], "kv_cache_total", "GiB", KV(L7, ctx) / 4, X, "per_gpu", anchor=row, occ=2, note=V11 + "; total per request given per card")
    if req_ok:
        claim(f, cells[3], "arithmetic", "requests", REQ(ctx), H, anchor=row)
    else:
        claim(f, cells[3], "arithmetic", "requests", REQ(ctx), X, "off_2x", anchor=row, note=V11 + f"; weights not subtracted; {REQ(ctx)}")
A = "Expected single-stream speed after the fix: the H100's 3.35 TB/s over the 46.7 GB"
claim(f, "46.7 GB", "weights", "GB", W(ACTIVE_M7, "fp8"), X, "wrong_kind", anchor=A, note=P + "; whole file; fp8 active 12.9 GB")
claim(f, "about 72 tok/s", "throughput", "tok/s", H1 / W(ACTIVE_M7, "fp8"), X, "wrong_kind", hedged=True, anchor=A, note=P + "; whole MoE file; 260")
A = "The model stores 46.7 B parameters, 46.7 GB in fp8"
claim(f, "46.7 B parameters", "params", "B", N[MX], H, anchor=A)
claim(f, "46.7 GB", "weights", "GB", W(MX, "fp8"), H, anchor=A)
claim(f, "12.9 GB", "weights", "GB", W(ACTIVE_M7, "fp8"), H, anchor=A)
A = "The ceiling is 3350 ÷ 12.9 = 260 tok/s;"
claim(f, "12.9", "weights", "GB", W(ACTIVE_M7, "fp8"), H, anchor=A)
claim(f, "260 tok/s", "throughput", "tok/s", H1 / W(ACTIVE_M7, "fp8"), H, anchor=A)
claim(f, "78 %", "percentage", "%", 100 * 203 / (H1 / W(ACTIVE_M7, "fp8")), H, anchor=">   the fixed pool measured 203 tok/s, 78 % of it.")
A = "> - In bf16 a replica would read 25.8 GB per token (130 tok/s)"
claim(f, "25.8 GB", "weights", "GB", W(ACTIVE_M7, "bf16"), H, anchor=A)
claim(f, "130 tok/s", "throughput", "tok/s", H1 / W(ACTIVE_M7, "bf16"), H, anchor=A)
claim(f, "93.4 GB", "weights", "GB", W(MX, "bf16"), H, anchor=A)
A = "Migration complete. Each L4 now keeps 0.90 of its memory for the server: 21.6 GiB"
claim(f, "21.6 GiB", "arithmetic", "GiB", LB, H, anchor=A)
claim(f, "14.96 GiB", "weights", "GiB", W(L8, "bf16"), H, anchor=A)
claim(f, "6 concurrent", "arithmetic", "requests", (LB - W(L8, "bf16")) // KV(L8, 8192), H, anchor=A)
claim(f, "1 GiB each", "kv_cache_total", "GiB", KV(L8, 8192), H, anchor=A)
claim(f, "2.4 Gbit/s", "bandwidth", "Gbit/s", 300e9, X, "wrong_unit", anchor="For the curious: the L4's 300 GB/s is 2.4 Gbit/s", note=P + "; 2,400 Gbit/s")
A = "The model's bf16 weights are 16.06 GB (14.96 GiB) and fit the L4's 24 GB with 9.04 GiB to spare."
claim(f, "16.06 GB", "weights", "GB", W(L8, "bf16"), H, anchor=A)
claim(f, "14.96 GiB", "weights", "GiB", W(L8, "bf16"), H, anchor=A)
claim(f, "9.04 GiB", "arithmetic", "GiB", 24 * GIB - W(L8, "bf16"), H, anchor=A)
A = "Single-stream speed will change from about 37 tok/s (A10, 600 GB/s) to about 19 tok/s"
claim(f, "about 37 tok/s", "throughput", "tok/s", 600e9 / W(L8, "bf16"), H, hedged=True, anchor=A)
claim(f, "about 19 tok/s", "throughput", "tok/s", 300e9 / W(L8, "bf16"), H, hedged=True, anchor=A)
A = "> - ✘ the 01:40 restatement: 300 GB/s is 2,400 Gbit/s (2.4 Tbit/s)"
claim(f, "2,400 Gbit/s", "bandwidth", "Gbit/s", 300e9, H, anchor=A)
claim(f, "2.4 Tbit/s", "bandwidth", "Tbit/s", 300e9, H, anchor=A)
A = "> - ✔ 21.6 − 14.96 = 6.64 GiB; at 128 KiB per token an 8K request is 1 GiB, so 6 requests."
claim(f, "21.6", "arithmetic", "GiB", LB, H, anchor=A)
claim(f, "14.96", "weights", "GiB", W(L8, "bf16"), H, anchor=A)
claim(f, "6.64 GiB", "arithmetic", "GiB", LB - W(L8, "bf16"), H, anchor=A)
claim(f, "128 KiB per token", "kv_cache_per_token", "KiB", KVT(L8), H, anchor=A)
claim(f, "1 GiB", "kv_cache_total", "GiB", KV(L8, 8192), H, anchor=A)
claim(f, "6 requests", "arithmetic", "requests", (LB - W(L8, "bf16")) // KV(L8, 8192), H, anchor=A)
A = "Clarification: with 64 layers and 40 heads the cache per token is 1.25 MiB"
claim(f, "1.25 MiB", "kv_cache_per_token", "MiB", KVT(Q32), X, "off_2x", anchor=A, note=P + "; query heads; 256 KiB")
claim(f, "10 GiB each", "kv_cache_total", "GiB", KV(Q32, 8192), X, "off_2x", anchor=A, note=P + "; query heads; 2 GiB")
A = "The bf16 version needs 65.5 GB, so it is offered on H100 only; a Q4_K_M build (20.0 GB)"
claim(f, "65.5 GB", "weights", "GB", W(Q32, "bf16"), H, anchor=A)
claim(f, "20.0 GB", "quantized_file", "GB", GG(Q32, "Q4_K_M"), H, rel=0.02, anchor=A)
A = "Qwen2.5-32B (32.76 B parameters) is now available."
claim(f, "32.76 B parameters", "params", "B", N[Q32], H, anchor=A)
claim(f, "32.8 GB", "weights", "GB", W(Q32, "fp8"), H, anchor=A)
claim(f, "30.5 GiB", "weights", "GiB", W(Q32, "fp8"), H, anchor=A)
claim(f, "12.7 GiB", "arithmetic", "GiB", LS - W(Q32, "fp8"), H, anchor=A)
claim(f, "43.2 GiB", "arithmetic", "GiB", LS, H, anchor=A)
A = "Its cache takes 256 KiB per token, so the 12.7 GiB hold about 52,000 tokens"
claim(f, "256 KiB per token", "kv_cache_per_token", "KiB", KVT(Q32), H, anchor=A)
claim(f, "12.7 GiB", "arithmetic", "GiB", LS - W(Q32, "fp8"), H, anchor=A)
claim(f, "about 52,000 tokens", "tokens", "tokens", (LS - W(Q32, "fp8")) / KVT(Q32), H, hedged=True, anchor=A)
claim(f, "6 conversations", "arithmetic", "conversations", (LS - W(Q32, "fp8")) // KV(Q32, 8192), H, anchor=A)
A = "With 8 KV heads it is 256 KiB per token and 2 GiB per 8K conversation."
claim(f, "256 KiB per token", "kv_cache_per_token", "KiB", KVT(Q32), H, anchor=A)
claim(f, "2 GiB", "kv_cache_total", "GiB", KV(Q32, 8192), H, anchor=A)
A = "> - ✔ 12.7 GiB ÷ 2 GiB per conversation = 6 conversations."
claim(f, "12.7 GiB", "arithmetic", "GiB", LS - W(Q32, "fp8"), H, anchor=A)
claim(f, "2 GiB", "kv_cache_total", "GiB", KV(Q32, 8192), H, anchor=A)
claim(f, "6 conversations", "arithmetic", "conversations", (LS - W(Q32, "fp8")) // KV(Q32, 8192), H, anchor=A)
claim(f, "4 full-length requests", "arithmetic", "requests", (LS - W(NM, "bf16")) // KV(NM, 131072, b=1), X, "off_2x", anchor="With the fp8 cache in place each card of the pool now takes 4 full-length requests.", note=P + "; 2")
A = "The cache is 160 KiB per token, i.e. 40 GiB for a full 128K request in fp16."
claim(f, "160 KiB per token", "kv_cache_per_token", "KiB", KVT(NM), H, anchor=A)
claim(f, "40 GiB", "kv_cache_total", "GiB", KV(NM, 131072), X, "off_2x", anchor=A, note=P + "; 20 GiB")
claim(f, "20 GiB", "kv_cache_total", "GiB", KV(NM, 131072, b=1), X, "wrong_dtype", anchor="We will move the pool to an fp8 cache, which halves that to 20 GiB.", note=P + "; fp16 size; fp8 10 GiB")
A = "Mistral-NeMo-12B serves a 128K context on the L40S pool. Its cache is 160 KiB per token"
claim(f, "160 KiB per token", "kv_cache_per_token", "KiB", KVT(NM), H, anchor=A)
claim(f, "20 GiB", "kv_cache_total", "GiB", KV(NM, 131072), H, anchor=A)
claim(f, "24.5 GB", "weights", "GB", W(NM, "bf16"), H, anchor=A)
claim(f, "22.81 GiB", "weights", "GiB", W(NM, "bf16"), H, anchor=A)
claim(f, "43.2 GiB", "arithmetic", "GiB", LS, H, anchor=A)
claim(f, "20.39 GiB", "arithmetic", "GiB", LS - W(NM, "bf16"), H, anchor=A)
A = "> - ✘ 09:02: 160 KiB × 131,072 tokens is 20 GiB in fp16."
claim(f, "20 GiB", "kv_cache_total", "GiB", KV(NM, 131072), H, anchor=A)
claim(f, "10 GiB", "kv_cache_total", "GiB", KV(NM, 131072, b=1), H, anchor=A)
claim(f, "2 full-length requests", "arithmetic", "requests", (LS - W(NM, "bf16")) // KV(NM, 131072, b=1), H, anchor=A)
claim(f, "12.25 GB", "weights", "GB", W(NM, "fp8"), H, anchor="> - ✔ the weights; with fp8 weights as well they would be 12.25 GB.")
claim(f, "128.5 GB", "training", "GB", 16 * N[L8], H, anchor="Full fine-tunes of Llama-3.1-8B need 128.5 GB of model state")
claim(f, "128.5 GB per GPU", "training", "GB", zero(N[L8], 8, 0), H, anchor="A scheduler change sent them to single 8-card nodes with ZeRO-3 switched off")
claim(f, "16.06 GB", "training", "GB", zero(N[L8], 8, 3), H, anchor="With ZeRO-3 restored each GPU holds 16.06 GB of that state.")
claim(f, "6.8 M parameters", "params", "M", LO8, X, "off_2x", anchor="LoRA jobs were not affected: r = 16 on q, k, v and o trains 6.8 M", note=P + "; halved; 13.6 M")
A = "> - ✔ 128.5 GB at 16 bytes per parameter; with ZeRO-3 on 8 GPUs, 16.06 GB per GPU."
claim(f, "128.5 GB", "training", "GB", 16 * N[L8], H, anchor=A)
claim(f, "16.06 GB per GPU", "training", "GB", zero(N[L8], 8, 3), H, anchor=A)
claim(f, "128.5 GB", "training", "GB", zero(N[L8], 8, 0), H, anchor=A, occ=2)
A = "> - ✘ LoRA: r = 16 on q, k, v, o of Llama-3.1-8B is 13,631,488 trainable parameters (13.6 M)"
claim(f, "13,631,488 trainable parameters", "params", "params", LO8, H, anchor=A)
claim(f, "13.6 M", "params", "M", LO8, H, anchor=A)
claim(f, "218 MB", "training", "MB", 16 * LO8, H, anchor=A)
A = "> - A 1 B-token job is 6 × 8.03 × 10⁹ × 10⁹ = 4.8 × 10¹⁹ FLOP"
claim(f, "4.8 × 10¹⁹ FLOP", "flops", "FLOP", C1B, H, anchor=A)
claim(f, "about 34 GPU-hours", "time", "GPU-hours", C1B / (0.4 * 989e12) / 3600, H, hedged=True, anchor=A)
claim(f, "3.4 GPU-hours", "time", "GPU-hours", C1B / (0.4 * 989e12) / 3600, X, "off_2x", hedged=True, anchor="> \"How long does a 1 B-token full fine-tune take?", note="customer FAQ as published; 34 GPU-hours")
claim(f, "about 34 GPU-hours", "time", "GPU-hours", C1B / (0.4 * 989e12) / 3600, H, hedged=True, anchor="> - ✘ off by ten: about 34 GPU-hours.")
A = "The Larkspur Box ships Llama-3.1-8B as GGUF. Q4_K_M is 4.91 GB (4.58 GiB); Q8_0 is 4.27 GB."
claim(f, "4.91 GB", "quantized_file", "GB", GG(L8, "Q4_K_M"), H, rel=0.02, anchor=A)
claim(f, "4.58 GiB", "quantized_file", "GiB", GG(L8, "Q4_K_M"), H, rel=0.02, anchor=A)
claim(f, "4.27 GB", "quantized_file", "GB", GG(L8, "Q8_0"), X, "off_2x", anchor=A, note=P + "; halved; 8.53 GB")
claim(f, "11.42 GiB", "arithmetic", "GiB", 16 * GIB - GG(L8, "Q4_K_M"), H, rel=0.02, anchor="On the box's 16 GiB GPU, the Q4_K_M build leaves 11.42 GiB")
A = "> - ✘ Q8_0 is 8.53 GB (7.95 GiB); the notice halved it."
claim(f, "8.53 GB", "quantized_file", "GB", GG(L8, "Q8_0"), H, rel=0.02, anchor=A)
claim(f, "7.95 GiB", "quantized_file", "GiB", GG(L8, "Q8_0"), H, rel=0.02, anchor=A)
A = "Replica start-up pulls the 141.1 GB 70B checkpoint over a 25 Gbit/s link"
claim(f, "141.1 GB", "weights", "GB", W(L7, "bf16"), H, anchor=A)
claim(f, "about 5.6 s", "time", "s", W(L7, "bf16") / 3.125e9, X, "wrong_unit", hedged=True, anchor=A, note=P + "; Gbit/s read as GB/s; 45 s")
A = "> - ✘ 25 Gbit/s is 3.125 GB/s: the 141.1 GB pull takes about 45 s"
claim(f, "3.125 GB/s", "bandwidth", "GB/s", 25 * 1.25e8, H, anchor=A)
claim(f, "141.1 GB", "weights", "GB", W(L7, "bf16"), H, anchor=A)
claim(f, "about 45 s", "time", "s", W(L7, "bf16") / 3.125e9, H, hedged=True, anchor=A)
for text, why in (
        ("created: 2027-04-02", "date"), ("updated: 2027-04-09", "date"), ("source: \"https://status.larkspur.example", "URL"),
        ("  pool-h100: {cards:", "hardware spec"), ("  pool-l40s: {cards:", "hardware spec"),
        ("  pool-l4: {cards:", "hardware spec"), ("  pool-a10: {cards:", "hardware spec"),
        ("  qwen2.5-32b: {hidden: 5120", "config inputs"), ("  mistral-nemo-12b: {hidden: 5120", "config inputs"),
        ("memory_fraction: 0.90", "config input"), ("related: [\"[[Incident review 2027-03-04]]\"", "wikilinks with date, version"),
        ("> Units: GB = 10⁹ bytes and GiB = 2³⁰ bytes", "unit definitions, card capacity"),
        ("## INC-2027-031 ·", "incident number"), ("**Resolved** · 2027-03-04 18:52 UTC", "timestamp"),
        ("Error rates returned to baseline (0.02 %)", "measured error rate, time"), ("**Monitoring** · 2027-03-04 17:10 UTC", "timestamp"),
        ("We have capped each replica at 3 concurrent 128K-token requests", "config cap"),
        ("**Update** · 2027-03-04 16:25 UTC", "timestamp"), ("**Identified** · 2027-03-04 15:58 UTC", "timestamp"),
        ("**Investigating** · 2027-03-04 15:31 UTC", "timestamp"), ("We are seeing elevated 503 responses (about 14 % of requests)", "HTTP status, measured rate"),
        ("> Each H100 holds 80 GiB, so one request alone needs all four cards.", "hardware capacity"),
        ("As it was before the incident (v11):", "version"), ("As corrected after the incident (v12):", "version"),
        ("The v11 sheet divided the four cards' 320 GiB", "version, hardware capacity"),
        ("## INC-2027-038 ·", "incident number, model name"), ("**Resolved** · 2027-03-11 10:05 UTC", "timestamp"),
        ("A scheduler flag had pinned the pool to one CUDA stream; reverted in deploy 4471.", "deploy number"),
        ("**Update** · 2027-03-11 09:45 UTC", "timestamp"), ("**Identified** · 2027-03-11 09:20 UTC", "timestamp"),
        ("## MAINT-2027-07 ·", "maintenance number"), ("**Completed** · 2027-03-15 03:12 UTC", "timestamp"),
        ("**Update** · 2027-03-15 01:40 UTC", "timestamp"), ("**Scheduled** · posted 2027-03-12", "dates, window"),
        ("## NOTICE-2027-11 ·", "notice number"), ("**Update** · 2027-03-19 16:05 UTC", "timestamp"),
        ("**Update** · 2027-03-19 15:30 UTC", "timestamp"), ("**Posted** · 2027-03-19 12:00 UTC", "timestamp"),
        ("## INC-2027-044 ·", "incident number, context limit"), ("**Update** · 2027-03-23 09:02 UTC", "timestamp"), ("**Update** · 2027-03-23 10:30 UTC", "timestamp"),
        ("**Identified** · 2027-03-23 08:14 UTC", "timestamp"), ("A config push on 2027-03-22 had lowered `max_model_len`", "date, config values"),
        ("## INC-2027-052 ·", "incident number"), ("**Resolved** · 2027-03-29 14:20 UTC", "timestamp"),
        ("Jobs submitted after 13:05 UTC run normally. 37 jobs were retried automatically.", "time, job count"),
        ("**Identified** · 2027-03-29 12:48 UTC", "timestamp"), ("**Update** · 2027-03-29 13:30 UTC", "timestamp"),
        ("## NOTICE-2027-14 ·", "notice number"), ("**Posted** · 2027-03-31 09:00 UTC", "timestamp"),
        ("## INC-2027-057 ·", "incident number"), ("**Identified** · 2027-03-31 16:40 UTC", "timestamp"),
        ("Page 1 of 3[^1] · Powered by StatusKit 4.12", "page number, version, URL"),
        ("[^1]: Pages 2 and 3 cover Q4 2026 and earlier", "page numbers, dates, version"),
        ("The check the SRE ran afterwards (from the incident doc, see [[Incident review 2027-03-04]]):", "date in wikilink")):
    non(f, text, why)

# ---- en_02: an expert witness report in an arbitration over an undersized inference server ----
f = "en_02"
L7, L8 = "llama3-70b", "llama3-8b"
LB = 864e9                                   # L40S bandwidth per card (stated)
BUD = 0.9 * 48 * GIB                         # per card
WC, WC8, QC = W(L7, "bf16") / 4, W(L7, "fp8") / 4, GG(L7, "Q4_K_M") / 4
U16, U16C = KV(L7, 16384), KV(L7, 16384) / 4  # one 16K user, total and per card
USERS = lambda wc, cache_pc: int((BUD - wc) // cache_pc)
LO7 = lora(32, 16, [(4096, 4096), (4096, 1024), (4096, 1024), (4096, 4096), (4096, 14336), (4096, 14336), (14336, 4096)])
LO7_32 = lora(32, 32, [(4096, 4096), (4096, 1024), (4096, 1024), (4096, 4096), (4096, 14336), (4096, 14336), (14336, 4096)])
SCALE.update({"cards": 1})
A = "> The delivered system holds the model but cannot serve Schedule 2 as written. In bf16 it holds 8 users at 16K"
claim(f, "8 users", "arithmetic", "users", USERS(WC, U16C), H, anchor=A)
A = "> and its single-user decode ceiling is 24.5 tok/s; even with fp8 weights it holds 21 users"
claim(f, "24.5 tok/s", "throughput", "tok/s", LB / WC, H, anchor=A)
claim(f, "21 users", "arithmetic", "users", USERS(WC8, U16C), H, anchor=A)
R7 = "Respondent's sizing note R-7"
A = "> \"Llama-3.1-70B has 70.6 B parameters. In bf16 the weights need 131.4 GB"
claim(f, "70.6 B parameters", "params", "B", N[L7], H, anchor=A)
claim(f, "131.4 GB", "weights", "GB", W(L7, "bf16"), X, "gib_as_gb", anchor=A, note=R7 + "; 141.1 GB = 131.4 GiB")
claim(f, "32.9 GB on each", "weights", "GB", WC, X, "gib_as_gb", anchor=A, note=R7 + "; 35.3 GB = 32.85 GiB per card")
A = "> The KV cache is 320 KiB per token. At 16K tokens a user needs 1.25 GiB, so 48 users need 60 GiB"
claim(f, "320 KiB per token", "kv_cache_per_token", "KiB", KVT(L7), H, anchor=A)
claim(f, "1.25 GiB", "kv_cache_total", "GiB", U16, X, "per_gpu", anchor=A, note=R7 + "; one card's share given as the user's cache; 5 GiB")
claim(f, "60 GiB", "kv_cache_total", "GiB", KV(L7, 16384, 48), X, "per_gpu", anchor=A, note=R7 + "; per-card share given as the total; 240 GiB")
claim(f, "41.4 GiB", "arithmetic", "GiB", 4 * (BUD - WC), H, anchor=A)
A = "> Each L40S reads memory at 864 Gbit/s; four cards give 3,456 Gbit/s"
claim(f, "864 Gbit/s", "bandwidth", "Gbit/s", LB, X, "wrong_unit", anchor=A, note=R7 + "; 6,912 Gbit/s")
claim(f, "3,456 Gbit/s", "bandwidth", "Gbit/s", 4 * LB, X, "wrong_unit", anchor=A, note=R7 + "; 27,648 Gbit/s")
claim(f, "141.1", "weights", "GB", W(L7, "bf16"), H, anchor=A)
claim(f, "24.5 tok/s", "throughput", "tok/s", LB / WC, H, anchor=A)
claim(f, "21.6 GB", "quantized_file", "GB", GG(L7, "Q4_K_M"), X, "off_2x", anchor="> If needed, a Q4_K_M build (21.6 GB)", note=R7 + "; halved; 43.2 GB")
R14 = "Respondent's rebuttal R-14"
A = "> \"Even at 48 users the cache is only 60 GiB in total, 15 GiB per card.\""
claim(f, "60 GiB", "kv_cache_total", "GiB", KV(L7, 16384, 48), X, "per_gpu", anchor=A, note=R14 + "; per-card share as the total; 240 GiB")
claim(f, "15 GiB per card", "kv_cache_total", "GiB", KV(L7, 16384, 48) / 4, X, "off_2x", anchor=A, note=R14 + "; shared twice; 60 GiB per card")
A = "> \"With an fp8 cache each 16K user needs 0.31 GiB per card, so 48 users need 15 GiB per card.\""
claim(f, "0.31 GiB per card", "kv_cache_total", "GiB", KV(L7, 16384, b=1) / 4, X, "off_2x", anchor=A, note=R14 + "; 0.625 GiB per card")
claim(f, "15 GiB per card", "kv_cache_total", "GiB", KV(L7, 16384, 48, b=1) / 4, X, "off_2x", anchor=A, note=R14 + "; 30 GiB per card")
claim(f, "8.8 GB per card", "weights", "GB", WC8, X, "off_2x", anchor="> \"The fp8 weights are 8.8 GB per card at TP = 4.\"", note=R14 + "; 17.64 GB")
claim(f, "98 tok/s", "throughput", "tok/s", LB / WC8, X, "off_2x", anchor="> \"Decode at batch 1 in fp8 therefore reaches 98 tok/s.\"", note=R14 + "; 49.0")
A = "- (b) 131.4 is the bf16 size in GiB; in GB it is 141.1 GB, and 35.3 GB (32.85 GiB) per card."
claim(f, "131.4", "weights", "GiB", W(L7, "bf16"), H, anchor=A, note="re-attributed to GiB")
claim(f, "141.1 GB", "weights", "GB", W(L7, "bf16"), H, anchor=A)
claim(f, "35.3 GB", "weights", "GB", WC, H, anchor=A)
claim(f, "32.85 GiB", "weights", "GiB", WC, H, anchor=A)
A = "- (c) 320 KiB per token is right, but 1.25 GiB is one card's share of a 16K user."
claim(f, "320 KiB per token", "kv_cache_per_token", "KiB", KVT(L7), H, anchor=A)
claim(f, "1.25 GiB", "kv_cache_total", "GiB", U16C, H, anchor=A, note="re-attributed to one card's share")
A = "  The user's cache is 5 GiB, and 48 users need 240 GiB (257.7 GB), 60 GiB per card."
claim(f, "5 GiB", "kv_cache_total", "GiB", U16, H, anchor=A)
claim(f, "240 GiB", "kv_cache_total", "GiB", KV(L7, 16384, 48), H, anchor=A)
claim(f, "257.7 GB", "kv_cache_total", "GB", KV(L7, 16384, 48), H, anchor=A)
claim(f, "60 GiB per card", "kv_cache_total", "GiB", KV(L7, 16384, 48) / 4, H, anchor=A)
A = "- (d) 864 GB/s is 6,912 Gbit/s; the four cards together move 3.456 TB/s."
claim(f, "6,912 Gbit/s", "bandwidth", "Gbit/s", LB, H, anchor=A)
claim(f, "3.456 TB/s", "bandwidth", "TB/s", 4 * LB, H, anchor=A)
A = "  The 24.5 tok/s result is nonetheless right, because each card reads only its quarter: 864 ÷ 35.28 = 24.5."
claim(f, "24.5 tok/s", "throughput", "tok/s", LB / WC, H, anchor=A)
claim(f, "35.28", "weights", "GB", WC, H, anchor=A)
claim(f, "24.5", "throughput", "tok/s", LB / WC, H, anchor=A, occ=2)
A = "- (e) The Q4_K_M file of Llama-3.1-70B is about 43.2 GB (40.2 GiB), 10.8 GB per card."
claim(f, "about 43.2 GB", "quantized_file", "GB", GG(L7, "Q4_K_M"), H, hedged=True, anchor=A)
claim(f, "40.2 GiB", "quantized_file", "GiB", GG(L7, "Q4_K_M"), H, rel=0.02, anchor=A)
claim(f, "10.8 GB per card", "quantized_file", "GB", QC, H, rel=0.02, anchor=A)
C9 = "Claimant's expert C-9"
claim(f, "141.1 GB", "weights", "GB", WC, X, "per_gpu", anchor="6.1 Dr. Vos writes (C-9, ¶ 4.3)", note=C9 + "; whole model per card at TP = 4; 35.3 GB per card")
A = "6.2 (C-9, ¶ 4.5): \"The KV cache of Llama-3.1-70B is 2.5 MiB per token, 40 GiB for one 16K user.\""
claim(f, "2.5 MiB per token", "kv_cache_per_token", "MiB", KVT(L7), X, "off_2x", anchor=A, note=C9 + "; query heads; 320 KiB")
claim(f, "40 GiB", "kv_cache_total", "GiB", U16, X, "off_2x", anchor=A, note=C9 + "; query heads; 5 GiB")
A = "6.3 (C-9, ¶ 4.8): \"The decode ceiling is 864 ÷ 141.1 = 6.1 tok/s per user"
claim(f, "141.1", "weights", "GB", W(L7, "bf16"), H, anchor=A)
claim(f, "6.1 tok/s", "throughput", "tok/s", LB / WC, X, "per_gpu", anchor=A, note=C9 + "; whole model per card at TP = 4; 24.5")
claim(f, "70.6 GB on every card", "weights", "GB", WC8, X, "per_gpu", anchor="6.3A (C-9, ¶ 4.9):", note=C9 + "; whole fp8 model per card; 17.64 GB")
claim(f, "2 TB", "kv_cache_total", "TB", KV(L7, 16384, 48), X, "off_2x", anchor="6.3B (C-9, ¶ 4.11):", note=C9 + "; query heads; 240 GiB")
A = "6.4 (C-9, ¶ 5.1): \"Even fine-tuning was impossible: a full fine-tune of Llama-3.1-8B needs 128.5 GB"
claim(f, "128.5 GB", "training", "GB", 16 * N[L8], H, anchor=A)
claim(f, "128.5 GB per card", "training", "GB", zero(N[L8], 4, 3), X, "per_gpu", anchor=A, note=C9 + "; total given per card; 32.1 GB")
A = "- (d) ¶ 5.1: ZeRO-3 over four cards needs 32.1 GB per card (29.9 GiB), which fits."
claim(f, "32.1 GB per card", "training", "GB", zero(N[L8], 4, 3), H, anchor=A)
claim(f, "29.9 GiB", "training", "GiB", zero(N[L8], 4, 3), H, anchor=A)
R11 = "witness statement R-11"
claim(f, "141.1 GB", "weights", "GB", W(L7, "fp8"), X, "wrong_dtype", anchor="> \"In our tests the model ran in fp8, whose weights are 141.1 GB", note=R11 + "; bf16 size; fp8 70.55 GB")
A = "> \"With an fp8 cache a 16K user takes 5 GiB, and all 48 users fit in 120 GiB.\""
claim(f, "5 GiB", "kv_cache_total", "GiB", KV(L7, 16384, b=1), X, "wrong_dtype", anchor=A, note=R11 + "; fp16 size; fp8 2.5 GiB")
claim(f, "120 GiB", "kv_cache_total", "GiB", KV(L7, 16384, 48, b=1), H, anchor=A)
A = "> \"At TP = 4 each card reads 35.3 GB per token, which at 864 GB/s is 2.45 tok/s per user.\""
claim(f, "35.3 GB per token", "weights", "GB", WC, H, anchor=A)
claim(f, "2.45 tok/s", "throughput", "tok/s", LB / WC, X, "off_2x", anchor=A, note=R11 + "; a decimal place; 24.5")
claim(f, "84 M trainable parameters", "params", "M", LO7, X, "off_2x", anchor="> \"Our fine-tuning demo trained Llama-3.1-8B with LoRA, 84 M", note=R11 + "; r = 32 figure; 41.9 M")
claim(f, "64.2 GB", "training", "GB", 16 * N[L8], X, "off_2x", anchor="> \"A full fine-tune would have needed only 64.2 GB of state.\"", note=R11 + "; 8 bytes per parameter; 128.5 GB")
A = "- (a) 141.1 GB is the bf16 size; in fp8 the weights are 70.55 GB."
claim(f, "141.1 GB", "weights", "GB", W(L7, "bf16"), H, anchor=A, note="re-attributed to bf16")
claim(f, "70.55 GB", "weights", "GB", W(L7, "fp8"), H, anchor=A)
A = "- (b) 5 GiB is the fp16 cache of a 16K user; an fp8 cache halves it to 2.5 GiB"
claim(f, "5 GiB", "kv_cache_total", "GiB", U16, H, anchor=A, note="re-attributed to fp16")
claim(f, "2.5 GiB", "kv_cache_total", "GiB", KV(L7, 16384, b=1), H, anchor=A)
claim(f, "120 GiB", "kv_cache_total", "GiB", KV(L7, 16384, 48, b=1), H, anchor=A)
A = "- (d) 84 M trainable parameters is what r = 32 gives; at r = 16 it is 41.9 M."
claim(f, "84 M trainable parameters", "params", "M", LO7_32, H, anchor=A, note="re-attributed to r = 32")
claim(f, "41.9 M", "params", "M", LO7, H, anchor=A)
A = "- (e) 64.2 GB is 8 bytes per parameter; the mixed-precision state is 128.5 GB."
claim(f, "64.2 GB", "arithmetic", "GB", 8 * N[L8], H, anchor=A, note="re-attributed to 8 bytes per parameter")
claim(f, "128.5 GB", "training", "GB", 16 * N[L8], H, anchor=A)
claim(f, "70,553,706,496", "params", "params", N[L7], H, anchor="7.1 Parameters: 70,553,706,496")
A = "7.2 bf16 weights: $70.55 \\times 10^{9} \\times 2 = 141.1$ GB"
claim(f, "141.1", "weights", "GB", W(L7, "bf16"), H, anchor=A)
claim(f, "131.42", "weights", "GiB", W(L7, "bf16"), H, anchor=A)
claim(f, "35.28 GB", "weights", "GB", WC, H, anchor=A)
claim(f, "32.85 GiB", "weights", "GiB", WC, H, anchor=A)
A = "7.3 Memory the server may use: $0.90 \\times 48 = 43.2$ GiB per card"
claim(f, "43.2", "arithmetic", "GiB", BUD, H, anchor=A)
claim(f, "10.35 GiB per card", "arithmetic", "GiB", BUD - WC, H, anchor=A)
claim(f, "41.4 GiB", "arithmetic", "GiB", 4 * (BUD - WC), H, anchor=A)
A = "7.4 KV cache per token: `2 × 80 × 8 × 128 × 2` = 327,680 bytes = 320 KiB, i.e. 80 KiB per card."
claim(f, "327,680 bytes", "kv_cache_per_token", "bytes", KVT(L7), H, anchor=A)
claim(f, "320 KiB", "kv_cache_per_token", "KiB", KVT(L7), H, anchor=A)
claim(f, "80 KiB per card", "kv_cache_per_token", "KiB", KVT(L7) / 4, H, anchor=A)
A = "7.5 A 16K-token user: 320 KiB × 16,384 = 5 GiB (5.37 GB), 1.25 GiB per card."
claim(f, "5 GiB", "kv_cache_total", "GiB", U16, H, anchor=A)
claim(f, "5.37 GB", "kv_cache_total", "GB", U16, H, anchor=A)
claim(f, "1.25 GiB per card", "kv_cache_total", "GiB", U16C, H, anchor=A)
A = "7.6 Users that fit in bf16: 10.35 ÷ 1.25 = 8.28, so 8 users."
claim(f, "10.35", "arithmetic", "GiB", BUD - WC, H, anchor=A)
claim(f, "1.25", "kv_cache_total", "GiB", U16C, H, anchor=A)
claim(f, "8.28", "arithmetic", "users", (BUD - WC) / U16C, H, anchor=A)
claim(f, "8 users", "arithmetic", "users", USERS(WC, U16C), H, anchor=A)
A = "7.7 With fp8 weights (70.55 GB, 16.43 GiB per card) the cards keep 26.77 GiB each"
claim(f, "70.55 GB", "weights", "GB", W(L7, "fp8"), H, anchor=A)
claim(f, "16.43 GiB per card", "weights", "GiB", WC8, H, anchor=A)
claim(f, "26.77 GiB each", "arithmetic", "GiB", BUD - WC8, H, anchor=A)
claim(f, "21 users", "arithmetic", "users", USERS(WC8, U16C), H, anchor=A)
claim(f, "42", "arithmetic", "users", USERS(WC8, U16C / 2), H, anchor=A)
A = "7.8 Decode ceiling of one user at batch 1: $\\frac{864}{35.28} = 24.5$ tok/s"
claim(f, "35.28", "weights", "GB", WC, H, anchor=A)
claim(f, "24.5", "throughput", "tok/s", LB / WC, H, anchor=A)
claim(f, "17.64", "weights", "GB", WC8, H, anchor=A)
claim(f, "49.0", "throughput", "tok/s", LB / WC8, H, anchor=A)
A = "7.9 With 48 users at full context every decode step also reads their cache"
claim(f, "60 GiB per card", "kv_cache_total", "GiB", KV(L7, 16384, 48) / 4, H, anchor=A)
claim(f, "35.28 GB", "weights", "GB", WC, H, anchor=A)
claim(f, "99.7", "arithmetic", "GB", WC + KV(L7, 16384, 48) / 4, H, anchor=A)
claim(f, "8.7 tok/s", "throughput", "tok/s", LB / (WC + KV(L7, 16384, 48) / 4), H, bound="upper", anchor=A)
for row, wc, cpc, g in (("| bf16 weights, fp16 cache | 32.85 | 10.35 | 8 | 24.5 |", WC, U16C, None),
                        ("| fp8 weights, fp16 cache | 16.43 | 26.77 | 21 | 49.0 |", WC8, U16C, None),
                        ("| fp8 weights, fp8 cache | 16.43 | 26.77 | 42 | 49.0 |", WC8, U16C / 2, None),
                        ("| Q4_K_M weights, fp16 cache | 10.05 | 33.15 | 26 | 80 |", QC, U16C, 0.02)):
    cells = row.strip("| ").split(" | ")
    claim(f, cells[1], "weights" if g is None else "quantized_file", "GiB", wc, H, rel=g, anchor=row)
    claim(f, cells[2], "arithmetic", "GiB", BUD - wc, H, rel=g, anchor=row)
    claim(f, cells[3], "arithmetic", "users", USERS(wc, cpc), H, anchor=row)
    claim(f, cells[4], "throughput", "tok/s", LB / wc, H, rel=g, anchor=row)
claim(f, "35.3 GB", "weights", "GB", WC, H, anchor="Yes: 35.3 GB of bf16 weights per card fits in the 43.2 GiB each card may use.")
claim(f, "43.2 GiB", "arithmetic", "GiB", BUD, H, anchor="Yes: 35.3 GB of bf16 weights per card fits in the 43.2 GiB each card may use.")
A = "8 users against 48 required, i.e. 17 % of the requirement."
claim(f, "8 users", "arithmetic", "users", USERS(WC, U16C), H, anchor=A)
claim(f, "17 %", "percentage", "%", 100 * USERS(WC, U16C) / 48, H, anchor=A)
A = "For 48 users at 16K in bf16: 131.42 GiB of weights plus 240 GiB of cache, 371.42 GiB in total"
claim(f, "131.42 GiB", "weights", "GiB", W(L7, "bf16"), H, anchor=A)
claim(f, "240 GiB", "kv_cache_total", "GiB", KV(L7, 16384, 48), H, anchor=A)
claim(f, "371.42 GiB", "arithmetic", "GiB", W(L7, "bf16") + KV(L7, 16384, 48), H, anchor=A)
claim(f, "43.2 GiB", "arithmetic", "GiB", BUD, H, anchor=A)
claim(f, "8.6 cards", "arithmetic", "cards", (W(L7, "bf16") + KV(L7, 16384, 48)) / BUD, H, anchor=A)
claim(f, "9 cards", "arithmetic", "cards", -(-(W(L7, "bf16") + KV(L7, 16384, 48)) // BUD), H, anchor=A)
A = "No. 6.1 tok/s is what one card would give reading the whole 141.1 GB"
claim(f, "6.1 tok/s", "throughput", "tok/s", LB / W(L7, "bf16"), H, anchor=A, note="re-attributed to one card reading the whole model")
claim(f, "141.1 GB", "weights", "GB", W(L7, "bf16"), H, anchor=A)
claim(f, "24.5 tok/s", "throughput", "tok/s", LB / WC, H, anchor=A)
A = "Yes. r = 16 on all seven matrices trains 41,943,040 parameters"
claim(f, "41,943,040 parameters", "params", "params", LO7, H, anchor=A)
claim(f, "16.06 GB", "weights", "GB", W(L8, "bf16"), H, anchor=A)
claim(f, "671 MB", "training", "MB", 16 * LO7, H, anchor=A)
claim(f, "about 16.7 GB", "training", "GB", W(L8, "bf16") + 16 * LO7, H, hedged=True, anchor=A)
D = "my draft of 2027-06-02, superseded"
claim(f, "16 users", "arithmetic", "users", USERS(WC, U16C), X, "off_2x", anchor="- Draft ¶ 7.6 said 16 users fit in bf16.", note=D + "; 8K cache per card used; 8 users")
claim(f, "0.625 GiB", "kv_cache_total", "GiB", KV(L7, 8192) / 4, H, anchor="  It had divided by the per-card cache of an 8K user, 0.625 GiB.")
claim(f, "98.0 tok/s", "throughput", "tok/s", LB / WC8, X, "wrong_dtype", anchor="- Draft ¶ 7.8 gave the fp8 ceiling as 98.0 tok/s.", note=D + "; int4 ceiling; fp8 49.0")
claim(f, "65.7 GiB", "weights", "GiB", WC, X, "per_gpu", anchor="- Draft Table 1 gave the bf16 weights per card as 65.7 GiB.", note=D + "; TP = 2 share; 32.85 GiB at TP = 4")
for text, why in (
        ("case: ARB/27/0412", "case number"), ("report_date: 2027-06-18", "date"), ("version: \"final, supersedes the draft of 2027-06-02\"", "date"),
        ("  price_eur: 186400", "price"), ("  schedule_2: {model:", "contract requirements (inputs)"),
        ("  gpus: \"4 × L40S 48 GB\"", "hardware spec"), ("  bandwidth_gb_s_per_card: 864", "hardware spec"),
        ("  parallelism: \"tensor parallel, TP = 4\"", "config input"), ("  host_ram: \"512 GB DDR5\"", "hardware spec"),
        ("exhibits: [C-1, C-4, C-9", "exhibit numbers"), ("related: [\"[[ARB-27-0412 timeline]]\"", "case number"),
        ("## 1. Instructions and declaration", "section number"), ("1.1 I was appointed by Procedural Order No. 3", "paragraph number, order number, date"),
        ("1.2 I have no connection with either party.", "fee, hours"), ("1.3 Units: GB = 10⁹ bytes", "unit definitions, card capacity, date"),
        ("## 2. Documents reviewed", "section number"), ("- C-1 Contract of 2026-11-03", "exhibit, date"),
        ("- C-4 Claimant's acceptance-test log of 2027-02-14", "exhibit, date"), ("- C-9 Report of Dr. H. Vos", "exhibit, date"),
        ("- R-2 Respondent's quotation Q-2026-318", "quotation number, price"), ("- R-7 Respondent's sizing note, revision 2", "exhibit, revision"),
        ("- R-11 Witness statement of Mr. P. Iyer, 2027-05-12", "exhibit, date"), ("## 3. Technical background", "section number"),
        ("3.1 Weights take parameters × bytes per parameter: 2 bytes in bf16", "dtype constants"),
        ("3.2 The KV cache of one sequence takes", "formula with free variables"), ("3.3 Under tensor parallelism over $t$ cards", "paragraph number, formula"),
        ("## 4. What the contract required (C-1, Schedule 2)", "section, schedule number"),
        ("| concurrent users | 48 |", "requirement (input)"), ("| context per user | 16,384 tokens |", "requirement (input)"),
        ("| speed per user | at least 20 tok/s |", "requirement (input)"), ("| memory headroom | serve within 0.90 of GPU memory |", "requirement (input)"),
        ("## 5. The Respondent's sizing note (R-7, revision 2)", "section, exhibit"), ("5.1 R-7 states, in its section 3 (quoted verbatim):", "paragraph and section numbers"),
        ("5.2 On R-7 I note:", "paragraph number"), ("## 6. The report of Dr. Vos for the Claimant (C-9)", "section, exhibit"),
        ("6.5 On C-9 I note:", "paragraph number"),
        ("5.3 In its rebuttal of 2027-05-30 (R-14)", "paragraph number, date, exhibit"),
        ("5.4 None of these holds; the correct figures are in", "paragraph and table numbers"),
        ("- (a) ¶ 4.3 is wrong: at TP = 4 each card holds a quarter", "paragraph numbers, config"),
        ("- (b) ¶ 4.5 counts the 64 query heads instead of the 8 KV heads", "paragraph numbers, config values"),
        ("- (c) ¶ 4.8 divides one card's bandwidth by the whole model", "paragraph numbers"),
        ("- (c) The statement slipped a decimal place", "paragraph number"), ("## 6A. The witness statement of Mr. Iyer (R-11)", "section, exhibit"),
        ("6A.1 Mr. Iyer states (R-11, ¶¶ 14–19):", "paragraph numbers"), ("6A.2 On R-11 I note:", "paragraph number"),
        ("## 7. My analysis", "section number"), ("7.10 Table 1 — per card unless marked:", "paragraph, table number"),
        ("7.11 Inspection on 2027-05-27", "date, measured speeds, temperature"),
        ("## 8. Answers to the Tribunal's questions (Annex A)", "section number"),
        ("**Q1. Could the delivered system hold the model as specified?**", "question number"),
        ("**Q2. How many users at 16K could it serve in bf16?**", "question number, context"),
        ("**Q3. What would have been needed?**", "question number"),
        ("**Q4. Does the ceiling in C-9 ¶ 4.8 describe the system?**", "question and paragraph numbers"),
        ("**Q5. Was LoRA fine-tuning of Llama-3.1-8B possible?**", "question number"),
        ("## 9. Corrections to my draft of 2027-06-02 (superseded)", "section number, date"),
        ("## 10. Statement of truth", "section number"), ("Signed at Utrecht, 2027-06-18; 24 pages including Annex A.", "date, page count"),
        ("[^1]: Annex A (the Tribunal's questions of 2027-04-22)", "date, page count")):
    non(f, text, why)

# ---- en_03: a vendor's datasheet errata page (printed vs corrected), an application note, reader comments ----
f = "en_03"
L7, L8, MX, G9, Q14, PH, OL = "llama3-70b", "llama3-8b", "mixtral-8x7b", "gemma2-9b", "qwen2.5-14b", "phi4", "olmo2-13b"
BW = 2400e9                                  # AX-2 bandwidth (stated)
BUD = 0.9 * 96 * GIB
LEFT70 = BUD - W(L7, "fp8")
PR, PB = "printed in rev. A", "printed in rev. B"
ERR = [  # row anchor, printed figure, kind, unit, correct, error, corrected figures [(fig, unit, value, rel)]
    ("| E1 |", "8.03 GB", "weights", "GB", W(L8, "bf16"), "wrong_dtype", [("16.06 GB", "GB", W(L8, "bf16"), None)]),
    ("| E2 |", "512 KiB per token", "kv_cache_per_token", "KiB", KVT(L8), "off_2x", [("128 KiB per token", "KiB", KVT(L8), None)]),
    ("| E3 |", "87.0 GB", "weights", "GB", W(MX, "bf16"), "gib_as_gb", [("93.4 GB", "GB", W(MX, "bf16"), None), ("87.0 GiB", "GiB", W(MX, "bf16"), None)]),
    ("| E4 |", "2.4 Tbit/s", "bandwidth", "Tbit/s", BW, "wrong_unit", [("2.4 TB/s", "TB/s", BW, None), ("19.2 Tbit/s", "Tbit/s", BW, None)]),
    ("| E5 |", "299 tok/s", "throughput", "tok/s", BW / W(L8, "bf16"), "wrong_dtype", [("149.4 tok/s", "tok/s", BW / W(L8, "bf16"), None)]),
    ("| E6 |", "400 GB/s per link", "bandwidth", "GB/s", 400 * 1.25e8, "wrong_unit", [("50 GB/s per link", "GB/s", 400 * 1.25e8, None), ("400 Gbit/s", "Gbit/s", 400 * 1.25e8, None)]),
    ("| E7 |", "168 KiB per token", "kv_cache_per_token", "KiB", KVT(G9), "off_2x", [("336 KiB per token", "KiB", KVT(G9), None)]),
    ("| E8 |", "27.3 GB", "weights", "GB", W(PH, "bf16"), "gib_as_gb", [("29.3 GB", "GB", W(PH, "bf16"), None), ("27.3 GiB", "GiB", W(PH, "bf16"), None)]),
    ("| E9 |", "64.2 GB of state", "training", "GB", 16 * N[L8], "off_2x", [("128.5 GB of state", "GB", 16 * N[L8], None)]),
    ("| E10 |", "423 GFLOP", "flops", "GFLOP", 2 * N[L7], "off_2x", [("141 GFLOP", "GFLOP", 2 * N[L7], None)]),
    ("| E11 |", "17.6 s", "time", "s", W(L7, "bf16") / 64e9, "wrong_unit", [("2.2 s", "s", W(L7, "bf16") / 64e9, None)]),
    ("| E12 |", "4.5 GB", "quantized_file", "GB", GG(Q14, "Q4_K_M"), "off_2x", [("9.0 GB", "GB", GG(Q14, "Q4_K_M"), 0.02)]),
    ("| E13 |", "135,600 tokens", "tokens", "tokens", LEFT70 / KVT(L7), "wrong_dtype", [("67,800 tokens", "tokens", LEFT70 / KVT(L7), None)]),
    ("| E14 |", "141.1 GB", "weights", "GB", W(L7, "bf16") / 2, "per_gpu", [("70.6 GB", "GB", W(L7, "bf16") / 2, None)]),
    ("| E15 |", "17.0 tok/s", "throughput", "tok/s", BW / (W(L7, "bf16") / 2), "per_gpu", [("34.0 tok/s", "tok/s", BW / (W(L7, "bf16") / 2), None)]),
    ("| E16 |", "51.4 tok/s", "throughput", "tok/s", BW / W(ACTIVE_M7, "bf16") * 2, "wrong_kind", [("186.3 tok/s", "tok/s", BW / W(ACTIVE_M7, "bf16") * 2, None)]),
    ("| E17 |", "0.625 GiB", "kv_cache_total", "GiB", KV(OL, 4096), "off_2x", [("3.125 GiB", "GiB", KV(OL, 4096), None)]),
    ("| E18 |", "5.25 GiB", "kv_cache_total", "GiB", KV(G9, 8192), "off_2x", [("2.625 GiB", "GiB", KV(G9, 8192), None)]),
]
for row, fig, kind, unit, val, err, fixes in ERR:
    claim(f, fig, kind, unit, val, X, err, anchor=row, note=(PR if int(row.strip("| E")) <= 12 else PB) + f"; {fixes[0][0]}")
    for fx, u, v, rel in fixes:
        claim(f, fx, kind, u, v, H, anchor=row, rel=rel)
claim(f, "141.1 GB", "weights", "GB", W(L7, "bf16"), H, anchor="| E11 |")
claim(f, "141.1", "weights", "GB", W(L7, "bf16"), H, anchor="size_gb = 141.1        # Llama-3-70B weights, bf16")
claim(f, "17.6 s", "time", "s", W(L7, "bf16") / 64e9, X, "wrong_unit", anchor="print(size_gb / (link / 8))   # 17.6 s per load", note="App. B code as printed in rev. A; GB/s taken as Gbit/s; 2.2 s")
A = "The host interface moves 64 GB/s, so the `/ 8` does not belong there: 141.1 ÷ 64 = 2.2 s."
claim(f, "141.1", "weights", "GB", W(L7, "bf16"), H, anchor=A)
claim(f, "2.2 s", "time", "s", W(L7, "bf16") / 64e9, H, anchor=A)
claim(f, "299 tok/s", "throughput", "tok/s", BW / W(L8, "int8"), H, anchor="- E1 printed the int8 size; E5's 299 tok/s is likewise the int8 ceiling.", note="re-attributed to int8")
claim(f, "46.7 B parameters", "params", "B", N[MX], H, anchor="- E16 divided by the whole 46.7 B parameters")
claim(f, "74.7 tok/s", "throughput", "tok/s", BW / W(L8, "bf16"), X, "wrong_dtype", anchor="> \"E5-bis: the corrected Fig. 5 ceiling should read 74.7 tok/s.\"", note="withdrawn erratum; fp32 ceiling; bf16 149.4")
A = "That entry is withdrawn. 74.7 tok/s is what the same card gives for Llama-3-8B in fp32 (2400 ÷ 32.12)"
claim(f, "74.7 tok/s", "throughput", "tok/s", BW / W(L8, "fp32"), H, anchor=A, note="re-attributed to fp32")
claim(f, "32.12", "weights", "GB", W(L8, "fp32"), H, anchor=A)
claim(f, "149.4 tok/s", "throughput", "tok/s", BW / W(L8, "bf16"), H, anchor=A)
claim(f, "86.4", "arithmetic", "GiB", BUD, H, anchor="All at 0.90 of the card's memory, i.e. $0.90 \\times 96 = 86.4$ GiB per card.")
A = "1. **Llama-3-8B, bf16.** 8,030,261,248 parameters, 16.06 GB (14.96 GiB). KV cache 128 KiB per token."
claim(f, "8,030,261,248 parameters", "params", "params", N[L8], H, anchor=A)
claim(f, "16.06 GB", "weights", "GB", W(L8, "bf16"), H, anchor=A)
claim(f, "14.96 GiB", "weights", "GiB", W(L8, "bf16"), H, anchor=A)
claim(f, "128 KiB per token", "kv_cache_per_token", "KiB", KVT(L8), H, anchor=A)
A = "   After the weights 71.44 GiB remain: 71 sequences of 8K."
claim(f, "71.44 GiB", "arithmetic", "GiB", BUD - W(L8, "bf16"), H, anchor=A)
claim(f, "71 sequences", "arithmetic", "sequences", (BUD - W(L8, "bf16")) // KV(L8, 8192), H, anchor=A)
claim(f, "16.06", "weights", "GB", W(L8, "bf16"), H, anchor=A)
claim(f, "149.4", "throughput", "tok/s", BW / W(L8, "bf16"), H, anchor=A)
A = "2. **Gemma-2-9B, bf16.** 9,241,705,984 parameters, 18.48 GB."
claim(f, "9,241,705,984 parameters", "params", "params", N[G9], H, anchor=A)
claim(f, "18.48 GB", "weights", "GB", W(G9, "bf16"), H, anchor=A)
claim(f, "336 KiB per token", "kv_cache_per_token", "KiB", KVT(G9), H, anchor=A)
claim(f, "2.625 GiB", "kv_cache_total", "GiB", KV(G9, 8192), H, anchor=A)
A = "3. **Qwen2.5-14B.** 14,770,033,664 parameters, 29.54 GB in bf16"
claim(f, "14,770,033,664 parameters", "params", "params", N[Q14], H, anchor=A)
claim(f, "29.54 GB", "weights", "GB", W(Q14, "bf16"), H, anchor=A)
claim(f, "about 9.0 GB", "quantized_file", "GB", GG(Q14, "Q4_K_M"), H, hedged=True, anchor=A)
claim(f, "192 KiB per token", "kv_cache_per_token", "KiB", KVT(Q14), H, anchor=A)
A = "4. **Phi-4.** 14,659,507,200 parameters; 29.32 GB = 27.31 GiB in bf16; 200 KiB per token."
claim(f, "14,659,507,200 parameters", "params", "params", N[PH], H, anchor=A)
claim(f, "29.32 GB", "weights", "GB", W(PH, "bf16"), H, anchor=A)
claim(f, "27.31 GiB", "weights", "GiB", W(PH, "bf16"), H, anchor=A)
claim(f, "200 KiB per token", "kv_cache_per_token", "KiB", KVT(PH), H, anchor=A)
A = "5. **OLMo-2-13B.** 13,716,198,400 parameters, 27.43 GB (25.55 GiB) in bf16."
claim(f, "13,716,198,400 parameters", "params", "params", N[OL], H, anchor=A)
claim(f, "27.43 GB", "weights", "GB", W(OL, "bf16"), H, anchor=A)
claim(f, "25.55 GiB", "weights", "GiB", W(OL, "bf16"), H, anchor=A)
claim(f, "800 KiB per token", "kv_cache_per_token", "KiB", KVT(OL), H, anchor=A)
claim(f, "3.125 GiB", "kv_cache_total", "GiB", KV(OL, 4096), H, anchor=A)
A = "6. **Llama-3-70B, fp8, one card.** 70.55 GB = 65.71 GiB of weights"
claim(f, "70.55 GB", "weights", "GB", W(L7, "fp8"), H, anchor=A)
claim(f, "65.71 GiB", "weights", "GiB", W(L7, "fp8"), H, anchor=A)
claim(f, "20.69 GiB", "arithmetic", "GiB", LEFT70, H, anchor=A)
claim(f, "67,800 tokens", "tokens", "tokens", LEFT70 / KVT(L7), H, anchor=A)
claim(f, "135,600", "tokens", "tokens", LEFT70 / KVT(L7, 1), H, anchor=A)
claim(f, "34.0 tok/s", "throughput", "tok/s", BW / W(L7, "fp8"), H, anchor=A)
A = "7. **Mixtral-8x7B, bf16, TP = 2.** 46.7 GB of weights per card"
claim(f, "46.7 GB", "weights", "GB", W(MX, "bf16") / 2, H, anchor=A)
claim(f, "12.9 GB per card", "weights", "GB", W(ACTIVE_M7, "bf16") / 2, H, anchor=A)
claim(f, "186.3 tok/s", "throughput", "tok/s", BW / (W(ACTIVE_M7, "bf16") / 2), H, anchor=A)
claim(f, "17.6 GB", "weights", "GB", W(L7, "int4"), X, "off_2x", anchor="For Llama-3-70B on one card in int4 you'd need only 17.6 GB", note="reader comment; 35.3 GB")
A = "So Mixtral-8x7B in bf16 at TP = 2 reads 46.7 GB per card per token"
claim(f, "46.7 GB per card per token", "weights", "GB", W(ACTIVE_M7, "bf16") / 2, X, "wrong_kind", anchor=A, note="reader comment; whole per-card share; 12.9 GB active")
claim(f, "51.4 tok/s", "throughput", "tok/s", BW / (W(ACTIVE_M7, "bf16") / 2), X, "wrong_kind", anchor=A, note="reader comment; whole file; 186.3")
claim(f, "3,200 GB/s", "bandwidth", "GB/s", 400 * 1.25e8, X, "wrong_unit", anchor="Also, your E6 fix is wrong too: 400 Gbit/s is 3,200 GB/s.", note="reader comment; multiplied by 8; 50 GB/s")
claim(f, "5.25 GiB per sequence", "kv_cache_total", "GiB", KV(G9, 8192), X, "off_2x", anchor="Gemma-2-9B at 8K: 5.25 GiB per sequence is right after all", note="support reply, retracted; K and V twice; 2.625 GiB")
A = "In int4 the 70B weights are 35.3 GB (32.85 GiB)"
claim(f, "35.3 GB", "weights", "GB", W(L7, "int4"), H, anchor=A)
claim(f, "32.85 GiB", "weights", "GiB", W(L7, "int4"), H, anchor=A)
claim(f, "68.0 tok/s", "throughput", "tok/s", BW / W(L7, "int4"), H, anchor=A)
A = "> \"The AX-2's 96 GB holds Llama-3-70B in bf16 (70.6 GB), and a single card decodes it at 34 tok/s.\""
claim(f, "70.6 GB", "weights", "GB", W(L7, "bf16"), X, "wrong_dtype", anchor=A, note="docs assistant; fp8 size; bf16 141.1 GB", **Q)
claim(f, "34 tok/s", "throughput", "tok/s", BW / W(L7, "bf16"), X, "wrong_dtype", anchor=A, note="docs assistant; fp8 ceiling; bf16 17.0", **Q)
A = "The assistant shifted one dtype. Llama-3-70B in bf16 is 141.1 GB and needs two cards"
claim(f, "141.1 GB", "weights", "GB", W(L7, "bf16"), H, anchor=A)
claim(f, "70.6 GB", "weights", "GB", W(L7, "fp8"), H, anchor=A, note="re-attributed to fp8")
claim(f, "34.0 tok/s", "throughput", "tok/s", BW / W(L7, "fp8"), H, anchor=A)
A = "In bf16 at TP = 2 each card holds 70.6 GB and the ceiling is also 34.0 tok/s."
claim(f, "70.6 GB", "weights", "GB", W(L7, "bf16") / 2, H, anchor=A)
claim(f, "34.0 tok/s", "throughput", "tok/s", BW / (W(L7, "bf16") / 2), H, anchor=A)
for text, why in (
        ("document: DS-AX2-004", "document number"), ("published: 2027-04-14", "date"), ("saved: 2027-04-16", "date"),
        ("  memory: \"96 GB HBM3\"", "hardware spec"), ("  bandwidth_tb_s: 2.4", "hardware spec"), ("  links: \"4 × 400 Gbit/s\"", "hardware spec"),
        ("  host_interface: \"PCIe 5.0 x16, 64 GB/s\"", "hardware spec"), ("  tdp_w: 700", "hardware spec"), ("serving_fraction: 0.90", "config input"),
        ("  gemma-2-9b: {hidden: 3584", "config inputs"), ("  qwen2.5-14b: {hidden: 5120", "config inputs"),
        ("  phi-4: {hidden: 5120", "config inputs"), ("  olmo-2-13b: {hidden: 5120", "config inputs"),
        ("source: \"https://docs.corvid.example/ax2/ds-ax2-004/errata\"", "URL"),
        ("> This page lists the errors found in revisions A (2027-01-20) and B (2027-03-02)", "dates"),
        ("> \"corrected\" column. All model sizes use GB = 10⁹ bytes", "unit definitions, card capacity"),
        ("| A | 2027-01-20 | 12 | first release |", "revision date, page count"),
        ("| B | 2027-03-02 | 14 | Table 4", "revision date, page count, erratum IDs"),
        ("| C | 2027-04-14 | 14 |", "revision date, page count, erratum IDs"),
        ("- E2 and E7: E2 used the 32 query heads instead of the 8 KV heads", "erratum IDs, config values"),
        ("- E3 and E8 printed GiB values with a GB label.", "erratum IDs"),
        ("- E10 used 6N (training) instead of 2N (inference). E12 halved the file.", "erratum IDs, formula names"),
        ("- E13 is the fp8-cache figure.", "erratum IDs"),
        ("The errata page of 2027-03-20 said:", "date"),
        ("- Memory 96 GB HBM3, 2.4 TB/s; four links of 400 Gbit/s; PCIe 5.0 x16.", "hardware spec"),
        ("- Board power 700 W; maximum junction temperature 95 °C; list price unchanged at $18,900.", "power, temperature, price"),
        ("## Comments (7)", "comment count"), ("link = 64              # host interface, taken as Gbit/s", "input value"),
        ("The load-time example of App. B in revision A, as printed (E11):", "erratum id"),
        ("[^1]: Load times exclude file-system overhead", "footnote"), ("**m_ostrowski** · 2027-04-15", "date"), ("**Corvid support** · 2027-04-15, 09:12", "date, time"),
        ("**p.anand** · 2027-04-15", "date"), ("**Corvid support** · 2027-04-15, 17:02", "date, time"), ("**Corvid support** · 2027-04-15, 17:40", "date, time"),
        ("**d.yilmaz** · 2027-04-15", "date"), ("**Corvid support** · 2027-04-16", "date"),
        ("© 2027 Corvid Systems · DS-AX2-004 errata rev. C · page 1 of 1", "copyright year, page")):
    non(f, text, why)

# ---- en_04: a capacity game day (tabletop exercise): injects, three teams' board answers, the facilitator's model answers ----
f = "en_04"
L405, L3, Q72, MS, L7 = "llama3.1-405b", "llama3.2-3b", "qwen2.5-72b", "mistral-7b", "llama3-70b"
H2, H1, LAP = 4.8e12, 3.35e12, 896e9
SCALE.update({"M GPU-hours": 1e6, "GPU-seconds": 1})
B2 = 0.9 * 141 * GIB                         # H200 budget per card (the card says 141 GiB usable)
W8 = W(L405, "fp8") / 8                      # fp8 weights per card at TP = 8
R128 = KV(L405, 131072) / 8                  # one 128K request, per card
REQ = int((B2 - W8) // R128)
C405 = 6 * N[L405] * 15.6e12
GPUH = C405 / (0.4 * 989e12) / 3600
TM = "team answer on the board"
A = "- **Red:** \"405.9 GB of fp8 weights, 50.7 GB per card. The cache is 63 KiB per token."
claim(f, "405.9 GB", "weights", "GB", W(L405, "fp8"), H, anchor=A)
claim(f, "50.7 GB per card", "weights", "GB", W8, H, anchor=A)
claim(f, "63 KiB per token", "kv_cache_per_token", "KiB", KVT(L405), X, "per_gpu", anchor=A, note=TM + "; one card's share as the total; 504 KiB")
claim(f, "10 requests", "arithmetic", "requests", REQ, H, anchor=A)
A = "- **Blue:** \"Each card has to hold all 405.9 GB"
claim(f, "405.9 GB", "weights", "GB", W8, X, "per_gpu", anchor=A, note=TM + "; whole model per card at TP = 8; 50.7 GB")
claim(f, "11.8 tok/s", "throughput", "tok/s", H2 / W8, X, "per_gpu", anchor=A, note=TM + "; whole model per card; 94.6")
A = "- **Green:** \"The cache is 7.875 MiB per token, so a 128K request takes 1008 GiB.\""
claim(f, "7.875 MiB per token", "kv_cache_per_token", "MiB", KVT(L405), X, "off_2x", anchor=A, note=TM + "; query heads; 504 KiB")
claim(f, "1008 GiB", "kv_cache_total", "GiB", KV(L405, 131072), X, "off_2x", anchor=A, note=TM + "; query heads; 63 GiB")
A = "- fp8 weights 405.9 GB (378.0 GiB); at TP = 8 that is 50.7 GB = 47.25 GiB per card."
claim(f, "405.9 GB", "weights", "GB", W(L405, "fp8"), H, anchor=A)
claim(f, "378.0 GiB", "weights", "GiB", W(L405, "fp8"), H, anchor=A)
claim(f, "50.7 GB", "weights", "GB", W8, H, anchor=A)
claim(f, "47.25 GiB per card", "weights", "GiB", W8, H, anchor=A)
A = "- Budget per card $0.90 \\times 141 = 126.9$ GiB, so 79.65 GiB is free for cache on each card."
claim(f, "126.9", "arithmetic", "GiB", B2, H, anchor=A)
claim(f, "79.65 GiB", "arithmetic", "GiB", B2 - W8, H, anchor=A)
A = "- Cache: `2 × 126 × 8 × 128 × 2` = 516,096 bytes = 504 KiB per token, 63 KiB per card."
claim(f, "516,096 bytes", "kv_cache_per_token", "bytes", KVT(L405), H, anchor=A)
claim(f, "504 KiB per token", "kv_cache_per_token", "KiB", KVT(L405), H, anchor=A)
claim(f, "63 KiB per card", "kv_cache_per_token", "KiB", KVT(L405) / 8, H, anchor=A)
A = "- One 128K request: 63 GiB, i.e. 7.875 GiB per card; 79.65 ÷ 7.875 = 10.1, so 10 requests per replica."
claim(f, "63 GiB", "kv_cache_total", "GiB", KV(L405, 131072), H, anchor=A)
claim(f, "7.875 GiB per card", "kv_cache_total", "GiB", R128, H, anchor=A)
claim(f, "79.65", "arithmetic", "GiB", B2 - W8, H, anchor=A)
claim(f, "7.875", "kv_cache_total", "GiB", R128, H, anchor=A, occ=2)
claim(f, "10.1", "arithmetic", "requests", (B2 - W8) / R128, H, anchor=A)
claim(f, "10 requests", "arithmetic", "requests", REQ, H, anchor=A)
A = "- Ceiling at batch 1: $\\frac{4800}{50.73} = 94.6$ tok/s per request."
claim(f, "50.73", "weights", "GB", W8, H, anchor=A)
claim(f, "94.6", "throughput", "tok/s", H2 / W8, H, anchor=A)
A = "- **Red:** \"6.43 GB in bf16, 112 KiB per token, 3.5 GiB for 32K. Ceiling 69.7 tok/s.\""
claim(f, "6.43 GB", "weights", "GB", W(L3, "bf16"), H, anchor=A)
claim(f, "112 KiB per token", "kv_cache_per_token", "KiB", KVT(L3), H, anchor=A)
claim(f, "3.5 GiB", "kv_cache_total", "GiB", KV(L3, 32768), H, anchor=A)
claim(f, "69.7 tok/s", "throughput", "tok/s", LAP / W(L3, "bf16"), X, "wrong_dtype", anchor=A, note=TM + "; fp32 ceiling; bf16 139")
A = "- **Blue:** \"3.21 GB in bf16; with Q4_K_M only 0.98 GB.\""
claim(f, "3.21 GB", "weights", "GB", W(L3, "bf16"), X, "wrong_dtype", anchor=A, note=TM + "; int8 size; bf16 6.43 GB")
claim(f, "0.98 GB", "quantized_file", "GB", GG(L3, "Q4_K_M"), X, "off_2x", anchor=A, note=TM + "; halved; 1.97 GB")
A = "- **Green:** \"With 24 heads the cache is 336 KiB per token, so 32K needs 10.5 GiB.\""
claim(f, "336 KiB per token", "kv_cache_per_token", "KiB", KVT(L3), X, "off_2x", anchor=A, note=TM + "; query heads; 112 KiB")
claim(f, "10.5 GiB", "kv_cache_total", "GiB", KV(L3, 32768), X, "off_2x", anchor=A, note=TM + "; query heads; 3.5 GiB")
A = "- 3,212,749,824 parameters; 6.43 GB = 5.98 GiB in bf16; the Q4_K_M file is about 1.97 GB."
claim(f, "3,212,749,824 parameters", "params", "params", N[L3], H, anchor=A)
claim(f, "6.43 GB", "weights", "GB", W(L3, "bf16"), H, anchor=A)
claim(f, "5.98 GiB", "weights", "GiB", W(L3, "bf16"), H, anchor=A)
claim(f, "about 1.97 GB", "quantized_file", "GB", GG(L3, "Q4_K_M"), H, hedged=True, anchor=A)
A = "- 8 KV heads: 112 KiB per token, 3.5 GiB for 32K. Total 9.48 GiB, fits the 16 GiB card."
claim(f, "112 KiB per token", "kv_cache_per_token", "KiB", KVT(L3), H, anchor=A)
claim(f, "3.5 GiB", "kv_cache_total", "GiB", KV(L3, 32768), H, anchor=A)
claim(f, "9.48 GiB", "arithmetic", "GiB", W(L3, "bf16") + KV(L3, 32768), H, anchor=A)
A = "- Ceiling 896 ÷ 6.43 = 139 tok/s in bf16, about 456 tok/s from the Q4_K_M file."
claim(f, "6.43", "weights", "GB", W(L3, "bf16"), H, anchor=A)
claim(f, "139 tok/s", "throughput", "tok/s", LAP / W(L3, "bf16"), H, anchor=A)
claim(f, "about 456 tok/s", "throughput", "tok/s", LAP / GG(L3, "Q4_K_M"), H, hedged=True, anchor=A)
A = "- **Red:** \"72.7 GB in fp8, 36.4 GB per card. Ceiling 184 tok/s.\""
claim(f, "72.7 GB", "weights", "GB", W(Q72, "fp8"), H, anchor=A)
claim(f, "36.4 GB per card", "weights", "GB", W(Q72, "fp8") / 2, H, anchor=A)
claim(f, "184 tok/s", "throughput", "tok/s", H1 / (W(Q72, "fp8") / 2), X, "wrong_dtype", anchor=A, note=TM + "; int4 ceiling; fp8 92.2")
claim(f, "145.4 GB", "weights", "GB", W(Q72, "fp8"), X, "wrong_dtype", anchor="- **Blue:** \"The fp8 weights are 145.4 GB, so no.\"", note=TM + "; bf16 size; fp8 72.7 GB")
claim(f, "46 tok/s", "throughput", "tok/s", H1 / (W(Q72, "fp8") / 2), X, "per_gpu", anchor="- **Green:** \"Each stream tops out at 46 tok/s.\"", note=TM + "; whole model per card at TP = 2; 92.2")
claim(f, "2.5 MiB per token", "kv_cache_per_token", "MiB", KVT(Q72), X, "off_2x", anchor="> \"Qwen2.5-72B uses 64 KV heads, so its cache is 2.5 MiB per token.\"", note="Blue's copilot; query heads; 320 KiB", **Q)
A = "- 72,706,203,648 parameters; fp8 72.7 GB, 36.35 GB (33.86 GiB) per card; bf16 would be 145.4 GB."
claim(f, "72,706,203,648 parameters", "params", "params", N[Q72], H, anchor=A)
claim(f, "72.7 GB", "weights", "GB", W(Q72, "fp8"), H, anchor=A)
claim(f, "36.35 GB", "weights", "GB", W(Q72, "fp8") / 2, H, anchor=A)
claim(f, "33.86 GiB", "weights", "GiB", W(Q72, "fp8") / 2, H, anchor=A)
claim(f, "145.4 GB", "weights", "GB", W(Q72, "bf16"), H, anchor=A)
A = "- Cache 320 KiB per token with 8 KV heads, 160 KiB per card; the copilot's 2.5 MiB counts the 64 query heads."
claim(f, "320 KiB per token", "kv_cache_per_token", "KiB", KVT(Q72), H, anchor=A)
claim(f, "160 KiB per card", "kv_cache_per_token", "KiB", KVT(Q72) / 2, H, anchor=A)
claim(f, "2.5 MiB", "kv_cache_per_token", "MiB", KVT((80, 64, 128)), H, anchor=A, note="re-attributed to the 64 query heads")
A = "- Ceiling $\\frac{3350}{36.35} = 92.2$ tok/s."
claim(f, "36.35", "weights", "GB", W(Q72, "fp8") / 2, H, anchor=A)
claim(f, "92.2", "throughput", "tok/s", H1 / (W(Q72, "fp8") / 2), H, anchor=A)
A = "- **Red:** \"6.49 TB per checkpoint; 6.34 GB per GPU.\""
claim(f, "6.49 TB", "training", "TB", 16 * N[L405], H, anchor=A)
claim(f, "6.34 GB per GPU", "training", "GB", zero(N[L405], 1024, 3), H, anchor=A)
claim(f, "3.25 TB", "training", "TB", 16 * N[L405], X, "off_2x", anchor="- **Blue:** \"3.25 TB per checkpoint.\"", note=TM + "; 8 bytes per parameter; 6.49 TB")
claim(f, "6.49 TB", "training", "TB", zero(N[L405], 1024, 3), X, "per_gpu", anchor="- **Green:** \"6.49 TB on every GPU with ZeRO-3.\"", note=TM + "; total as per-GPU share; 6.34 GB")
A = "Model answer: $16 \\times 405.85 \\times 10^{9} = 6.49 \\times 10^{12}$ bytes"
claim(f, "6.49 \\times 10^{12}", "training", "bytes", 16 * N[L405], H, anchor=A)
claim(f, "6.49 TB", "training", "TB", 16 * N[L405], H, anchor=A)
claim(f, "5.91 TiB", "training", "TiB", 16 * N[L405], H, anchor=A)
claim(f, "6.34 GB per GPU", "training", "GB", zero(N[L405], 1024, 3), H, anchor=A)
A = "- **Red:** \"3.8 × 10²⁵ FLOP and 26.7 M GPU-hours.\""
claim(f, "3.8 × 10²⁵ FLOP", "flops", "FLOP", C405, H, anchor=A)
claim(f, "26.7 M GPU-hours", "time", "M GPU-hours", GPUH, H, anchor=A)
claim(f, "1.27 × 10²⁵ FLOP", "flops", "FLOP", C405, X, "off_2x", anchor="- **Blue:** \"1.27 × 10²⁵ FLOP.\"", note=TM + "; 2ND; 3.8e25")
claim(f, "2.67 M GPU-hours", "time", "M GPU-hours", GPUH, X, "off_2x", anchor="- **Green:** \"2.67 M GPU-hours.\"", note=TM + "; off by ten; 26.7 M")
claim(f, "3.8 \\times 10^{25}", "flops", "FLOP", C405, H, anchor="$$6 \\times 4.06 \\times 10^{11} \\times 1.56 \\times 10^{13}")
A = "Divided by $0.40 \\times 989 \\times 10^{12}$ FLOP/s that is 9.6 × 10¹⁰ GPU-seconds"
claim(f, "9.6 × 10¹⁰ GPU-seconds", "time", "GPU-seconds", GPUH * 3600, H, anchor=A)
claim(f, "26.7 M GPU-hours", "time", "M GPU-hours", GPUH, H, anchor=A)
claim(f, "about 68 days", "time", "days", C405 / (0.4 * 989e12) / 16384, H, hedged=True, anchor=A)
claim(f, "4 GiB", "kv_cache_total", "GiB", KV(MS, 4096), X, "off_2x", anchor="- **Red:** \"4 GiB per 32K sequence.\"", note=TM + "; window ignored; 512 MiB")
claim(f, "512 MiB", "kv_cache_total", "MiB", KV(MS, 4096), H, bound="upper", anchor="- **Blue:** \"512 MiB at most; the 4,096-token window caps it.\"")
A = "- **Green:** \"128 KiB per token, so 512 MiB.\""
claim(f, "128 KiB per token", "kv_cache_per_token", "KiB", KVT(MS), H, anchor=A)
claim(f, "512 MiB", "kv_cache_total", "MiB", KV(MS, 4096), H, anchor=A)
claim(f, "512 MiB", "kv_cache_total", "MiB", KV(MS, 4096), H, anchor="Model answer: 128 KiB per token × 4,096 tokens = 512 MiB")
claim(f, "249 MB", "weights", "MB", W("gpt2", "fp32"), X, "wrong_dtype", anchor="- **Red:** \"GPT-2 small in fp32 is 249 MB.\"", note=TM + "; fp16 size; fp32 498 MB")
claim(f, "438 MB", "weights", "MB", W("bert-base", "fp32"), H, anchor="- **Blue:** \"BERT-base in fp32 is 438 MB.\"")
A = "- **Green:** \"GPT-2 small is 498 MB in fp32 and 249 MB in fp16.\""
claim(f, "498 MB", "weights", "MB", W("gpt2", "fp32"), H, anchor=A)
claim(f, "249 MB", "weights", "MB", W("gpt2", "fp16"), H, anchor=A)
claim(f, "About 1.0 s", "time", "s", W(L405, "fp8") / 50e9, X, "wrong_unit", hedged=True, anchor="- **Red:** \"About 1.0 s.\"", note=TM + "; Gbit/s read as GB/s; 8.1 s")
claim(f, "8.1 s", "time", "s", W(L405, "fp8") / 50e9, H, anchor="- **Blue:** \"8.1 s.\"")
claim(f, "About 8 s", "time", "s", W(L405, "fp8") / 50e9, H, hedged=True, anchor="- **Green:** \"About 8 s.\"")
A = "Model answer: 400 Gbit/s is 50 GB/s; 405.9 GB ÷ 50 GB/s = 8.1 s."
claim(f, "50 GB/s", "bandwidth", "GB/s", 400 * 1.25e8, H, anchor=A)
claim(f, "405.9 GB", "weights", "GB", W(L405, "fp8"), H, anchor=A)
claim(f, "8.1 s", "time", "s", W(L405, "fp8") / 50e9, H, anchor=A)
SCALE.update({"GB/ms": 1e12, "ms": 1e-3})
LR = "lightning round, shouted answer"
claim(f, "4×", "ratio", "×", 2, X, "off_2x", anchor="- \"fp8 weights are 4× smaller than bf16.\" — Blue ✘", note=LR + "; 2×")
claim(f, "2×", "ratio", "×", 2, H, anchor="- \"An fp8 KV cache is 2× smaller than an fp16 one.\" — Green ✔")
claim(f, "2×", "ratio", "×", 8, X, "off_2x", anchor="- \"int4 weights are 2× smaller than fp32.\" — Red ✘", note=LR + "; 8×")
claim(f, "1,868 tokens per parameter", "ratio", "tokens/param", 15e12 / N["llama3-8b"], H, anchor="- \"Llama-3-8B trained on 15 T tokens saw 1,868 tokens per parameter.\"")
claim(f, "16 B tokens", "tokens", "B tokens", 20 * N["llama3-8b"], X, "off_2x", anchor="- \"At 20 tokens per parameter, Chinchilla-optimal for 8B is 16 B tokens.\"", note=LR + "; 161 B tokens")
claim(f, "13.5–16.1 GB", "weights", "GB", [W("llama2-7b", "bf16"), W("llama3-8b", "bf16")], H, rng=True, anchor="- \"7–8B models in bf16 take 13.5–16.1 GB.\" — Green ✔")
claim(f, "3.4–4.0 GB", "weights", "GB", [W("llama2-7b", "fp8"), W("llama3-8b", "fp8")], X, "wrong_dtype", rng=True, anchor="- \"The same models in fp8 take 3.4–4.0 GB.\" — Blue ✘", note=LR + "; int4 range; fp8 6.7–8.0 GB")
A = "- \"An H100 at 3.35 TB/s moves 3.35 GB per millisecond, so 16.06 GB of weights take 48 ms.\" — Red ✘"
claim(f, "3.35 GB per millisecond", "bandwidth", "GB/ms", H1, H, anchor=A)
claim(f, "16.06 GB", "weights", "GB", W("llama3-8b", "bf16"), H, anchor=A)
claim(f, "48 ms", "time", "ms", W("llama3-8b", "bf16") / H1, X, "off_2x", anchor=A, note=LR + "; 4.8 ms")
for text, why in (
        ("exercise: GD-2027-05", "exercise id"), ("date: 2027-05-20", "date"), ("time: \"13:00–16:30\"", "time"),
        ("scoring: {right: 2, wrong: 0, partly: 1, time_limit_min: 12}", "scoring rules"),
        ("  h200: {memory: \"141 GiB usable\"", "hardware spec"), ("  h100: {memory: \"80 GiB\"", "hardware spec"),
        ("  laptop_gpu: {memory: \"16 GiB\"", "hardware spec"), ("  llama-3.1-405b: {hidden: 16384", "config inputs"),
        ("  llama-3.2-3b: {hidden: 3072", "config inputs"), ("  qwen2.5-72b: {hidden: 8192", "config inputs"),
        ("related: [\"[[Game day GD-2027-02]]\"", "exercise id"),
        ("> Eight injects, read out one at a time; each team had 12 minutes", "time limit"),
        ("> GB = 10⁹ bytes, GiB = 2³⁰ bytes. The H200 card says", "unit definitions, hardware spec"),
        ("## Inject 1 — Llama-3.1-405B in fp8 on 8 × H200", "inject number, inputs"),
        ("> \"Traffic on the 405B endpoint doubles tomorrow.", "inject text, inputs"),
        ("## Inject 2 — Llama-3.2-3B on a laptop GPU", "inject number, inputs"),
        ("## Inject 3 — Qwen2.5-72B in fp8 on 2 × H100, TP = 2", "inject number, inputs"),
        ("> \"Finance asks whether two H100s are enough for the 72B model", "inject text, model name"),
        ("## Inject 4 — Checkpoint storage for a 405B training run", "inject number"),
        ("> \"How large is one full training-state checkpoint", "inject text, GPU count"),
        ("## Inject 5 — Compute budget for the 405B run on 15.6 T tokens", "inject number, inputs"),
        ("> \"What is the training compute, and how many H100-hours at 40 %", "inject text, inputs"),
        ("## Inject 6 — Mistral-7B with 32K-token prompts", "inject number, inputs"),
        ("> \"Support sees 32K prompts on Mistral-7B.", "inject text, inputs"),
        ("## Inject 7 — Legacy models moved to CPU hosts", "inject number"),
        ("> \"Two old models move to CPU hosts in fp32.", "inject text, dtype"),
        ("## Inject 8 — Copying the 405B fp8 weights to a new node", "inject number, model name"),
        ("> \"The new node pulls the fp8 weights over one 400 Gbit/s link.", "inject text, input bandwidth"),
        ("| Red | 12 | 8 | 24 |", "scores"), ("| Blue | 3 | 10 | 6 |", "scores"), ("| Green | 7 | 7 | 14 |", "scores"),
        ("- Red's two unit slips (fp32 ceiling, int4 ceiling) came from a stale row", "version, date"),
        ("- Blue's copilot answer alone cost them 2 points; next game day is 2027-08-19.", "points, date"),
        ("[^1]: Scores are for this exercise only", "policy number")):
    non(f, text, why)

# ---- en_05: results write-up of an internal sizing-intuition survey (correct answers, common wrong answers, verbatim answers) ----
f = "en_05"
L8, L27, MX, Q7, G2 = "llama3-8b", "llama2-7b", "mixtral-8x7b", "qwen2.5-7b", "gemma2-2b"
H1 = 3.35e12
WA = "most common wrong answer"
RA = "respondent's answer"
A = "Correct: 16.06 GB (14.96 GiB), right for 58 % of respondents."
claim(f, "16.06 GB", "weights", "GB", W(L8, "bf16"), H, anchor=A)
claim(f, "14.96 GiB", "weights", "GiB", W(L8, "bf16"), H, anchor=A)
A = "Most common wrong answers: 8.03 GB (19 %) and 32.1 GB (9 %)."
claim(f, "8.03 GB", "weights", "GB", W(L8, "bf16"), X, "wrong_dtype", anchor=A, note=WA + "; int8 size; bf16 16.06 GB")
claim(f, "32.1 GB", "weights", "GB", W(L8, "bf16"), X, "wrong_dtype", anchor=A, note=WA + "; fp32 size; bf16 16.06 GB")
claim(f, "8 GB", "weights", "GB", W(L8, "bf16"), X, "wrong_dtype", anchor="- R-031: \"8 GB — 8B parameters, one byte each in bf16.\"", note=RA + "; int8 size; 16.06 GB")
A = "- R-144: \"16 GB, 15 GiB if you ask nvidia-smi.\""
claim(f, "16 GB", "weights", "GB", W(L8, "bf16"), H, anchor=A)
claim(f, "15 GiB", "weights", "GiB", W(L8, "bf16"), H, anchor=A)
claim(f, "16.06 GiB", "weights", "GiB", W(L8, "bf16"), X, "gb_as_gib", anchor="- R-088: \"16.06 GiB, as the model card says.\"", note=RA + "; 16.06 GB = 14.96 GiB")
claim(f, "128 KiB", "kv_cache_per_token", "KiB", KVT(L8), H, anchor="Correct: 128 KiB.")
A = "Most common wrong answers: 512 KiB (27 %) and 64 KiB (8 %)."
claim(f, "512 KiB", "kv_cache_per_token", "KiB", KVT(L8), X, "off_2x", anchor=A, note=WA + "; query heads; 128 KiB")
claim(f, "64 KiB", "kv_cache_per_token", "KiB", KVT(L8), X, "off_2x", anchor=A, note=WA + "; keys only; 128 KiB")
claim(f, "512 KiB", "kv_cache_per_token", "KiB", KVT(L8), X, "off_2x", anchor="- R-207: \"2 × 32 layers × 32 heads × 128 × 2 bytes = 512 KiB.\"", note=RA + "; query heads; 128 KiB")
A = "- R-012: \"128 KiB per token, i.e. 1 GiB per 8K sequence.\""
claim(f, "128 KiB per token", "kv_cache_per_token", "KiB", KVT(L8), H, anchor=A)
claim(f, "1 GiB", "kv_cache_total", "GiB", KV(L8, 8192), H, anchor=A)
A = "Correct: 16 GiB (512 KiB per token, no GQA)."
claim(f, "16 GiB", "kv_cache_total", "GiB", KV(L27, 4096, 8), H, anchor=A)
claim(f, "512 KiB per token", "kv_cache_per_token", "KiB", KVT(L27), H, anchor=A)
A = "Most common wrong answers: 4 GiB (21 %) and 2 GiB (11 %)."
claim(f, "4 GiB", "kv_cache_total", "GiB", KV(L27, 4096, 8), X, "off_2x", anchor=A, note=WA + "; invented GQA; 16 GiB")
claim(f, "2 GiB", "kv_cache_total", "GiB", KV(L27, 4096, 8), X, "off_2x", anchor=A, note=WA + "; batch forgotten; 16 GiB")
A = "- R-098: \"Llama-2-7B has GQA with 8 KV heads, so 128 KiB per token and 4 GiB for the batch.\""
claim(f, "128 KiB per token", "kv_cache_per_token", "KiB", KVT(L27), X, "off_2x", anchor=A, note=RA + "; invented GQA; 512 KiB")
claim(f, "4 GiB", "kv_cache_total", "GiB", KV(L27, 4096, 8), X, "off_2x", anchor=A, note=RA + "; invented GQA; 16 GiB")
A = "- R-057: \"512 KiB × 4096 = 2 GiB, so the batch needs 2 GiB.\""
claim(f, "2 GiB", "kv_cache_total", "GiB", KV(L27, 4096), H, anchor=A)
claim(f, "2 GiB", "kv_cache_total", "GiB", KV(L27, 4096, 8), X, "off_2x", anchor=A, occ=2, note=RA + "; batch forgotten; 16 GiB")
A = "Correct: 12.9 B (of 46.7 B stored)."
claim(f, "12.9 B", "params", "B", ACTIVE_M7, H, anchor=A)
claim(f, "46.7 B", "params", "B", N[MX], H, anchor=A)
claim(f, "46.7 B", "params", "B", ACTIVE_M7, X, "wrong_kind", anchor="Most common wrong answer: 46.7 B (24 %).", note=WA + "; stored total; 12.9 B active")
A = "- R-163: \"About 13 B active, so it reads 25.8 GB per token in bf16.\""
claim(f, "About 13 B", "params", "B", ACTIVE_M7, H, hedged=True, anchor=A)
claim(f, "25.8 GB", "weights", "GB", W(ACTIVE_M7, "bf16"), H, anchor=A)
A = "- R-009: \"46.7 B active, which is why the bf16 file is 93.4 GB.\""
claim(f, "46.7 B active", "params", "B", ACTIVE_M7, X, "wrong_kind", anchor=A, note=RA + "; stored total; 12.9 B active")
claim(f, "93.4 GB", "weights", "GB", W(MX, "bf16"), H, anchor=A)
A = "Correct: 26,800 Gbit/s (26.8 Tbit/s)."
claim(f, "26,800 Gbit/s", "bandwidth", "Gbit/s", H1, H, anchor=A)
claim(f, "26.8 Tbit/s", "bandwidth", "Tbit/s", H1, H, anchor=A)
A = "Most common wrong answers: 3,350 Gbit/s (30 %) and 419 Gbit/s (12 %)."
claim(f, "3,350 Gbit/s", "bandwidth", "Gbit/s", H1, X, "wrong_unit", anchor=A, note=WA + "; byte figure with a bit label; 26,800 Gbit/s")
claim(f, "419 Gbit/s", "bandwidth", "Gbit/s", H1, X, "wrong_unit", anchor=A, note=WA + "; divided by 8; 26,800 Gbit/s")
claim(f, "26.8 Gbit/s", "bandwidth", "Gbit/s", H1, X, "wrong_unit", anchor="- R-150: \"3.35 TB/s × 8 = 26.8 Gbit/s.\"", note=RA + "; 26,800 Gbit/s")
A = "Correct: 208.6 tok/s (3350 ÷ 16.06)."
claim(f, "208.6 tok/s", "throughput", "tok/s", H1 / W(L8, "bf16"), H, anchor=A)
claim(f, "16.06", "weights", "GB", W(L8, "bf16"), H, anchor=A)
A = "Most common wrong answers: 104.3 tok/s (17 %) and 417 tok/s (10 %)."
claim(f, "104.3 tok/s", "throughput", "tok/s", H1 / W(L8, "bf16"), X, "wrong_dtype", anchor=A, note=WA + "; fp32 ceiling; 208.6")
claim(f, "417 tok/s", "throughput", "tok/s", H1 / W(L8, "bf16"), X, "wrong_dtype", anchor=A, note=WA + "; int8 ceiling; 208.6")
claim(f, "Roughly 200 tok/s", "throughput", "tok/s", H1 / W(L8, "bf16"), H, hedged=True, anchor="- R-055: \"Roughly 200 tok/s")
A = "- R-190: \"3.35 TB/s ÷ 8 GB ≈ 420 tok/s.\""
claim(f, "8 GB", "weights", "GB", W(L8, "bf16"), X, "wrong_dtype", anchor=A, note=RA + "; int8 size; 16.06 GB")
claim(f, "≈ 420 tok/s", "throughput", "tok/s", H1 / W(L8, "bf16"), X, "wrong_dtype", hedged=True, anchor=A, note=RA + "; int8 ceiling; 208.6")
claim(f, "104 tok/s", "throughput", "tok/s", H1 / W(L8, "bf16"), X, "wrong_dtype", anchor="- R-112: \"104 tok/s in bf16, it is memory-bound.\"", note=RA + "; fp32 ceiling; 208.6")
claim(f, "100 tok/s", "throughput", "tok/s", H1 / W(L8, "bf16"), X, "off_2x", bound="upper", anchor="- R-061: \"Whatever you do, bf16 on one H100 never gets above 100 tok/s.\"", note=RA + "; ceiling 208.6")
claim(f, "128.5 GB", "training", "GB", 16 * N[L8], H, anchor="Correct: 128.5 GB (16 bytes per parameter).")
A = "Most common wrong answers: 64.2 GB (22 %) and 257 GB (6 %)."
claim(f, "64.2 GB", "training", "GB", 16 * N[L8], X, "off_2x", anchor=A, note=WA + "; 8 bytes per parameter; 128.5 GB")
claim(f, "257 GB", "training", "GB", 16 * N[L8], X, "off_2x", anchor=A, note=WA + "; 32 bytes per parameter; 128.5 GB")
claim(f, "64.2 GB", "training", "GB", 16 * N[L8], X, "off_2x", anchor="- R-022: \"Weights plus Adam at 8 bytes per parameter: 64.2 GB.\"", note=RA + "; 128.5 GB")
claim(f, "16.06 GB per GPU", "training", "GB", zero(N[L8], 8, 3), H, anchor="Correct: 16.06 GB per GPU.")
claim(f, "128.5 GB per GPU", "training", "GB", zero(N[L8], 8, 3), X, "per_gpu", anchor="Most common wrong answer: 128.5 GB per GPU (26 %).", note=WA + "; total on every GPU; 16.06 GB")
A = "- R-071: \"ZeRO-3 shards everything: 128.5 ÷ 8 = 16.06 GB per GPU.\""
claim(f, "128.5", "training", "GB", 16 * N[L8], H, anchor=A)
claim(f, "16.06 GB per GPU", "training", "GB", zero(N[L8], 8, 3), H, anchor=A)
A = "Correct: 4.91 GB, roughly (4.58 GiB)."
claim(f, "4.91 GB", "quantized_file", "GB", GG(L8, "Q4_K_M"), H, rel=0.02, anchor=A)
claim(f, "4.58 GiB", "quantized_file", "GiB", GG(L8, "Q4_K_M"), H, rel=0.02, anchor=A)
claim(f, "2.46 GB", "quantized_file", "GB", GG(L8, "Q4_K_M"), X, "off_2x", anchor="Most common wrong answer: 2.46 GB (15 %).", note=WA + "; halved; 4.91 GB")
A = "- R-119: \"4.9 GB, about 4.89 bits per weight.\""
claim(f, "4.9 GB", "quantized_file", "GB", GG(L8, "Q4_K_M"), H, rel=0.02, anchor=A)
claim(f, "about 4.89 bits", "quantized_file", "bits", BPW["Q4_K_M"], H, hedged=True, anchor=A)
claim(f, "2.5 GB", "quantized_file", "GB", GG(L8, "Q4_K_M"), X, "off_2x", anchor="- R-014: \"2.5 GB, since Q4 means 4 bits per weight.\"", note=RA + "; 4.91 GB")
claim(f, "7.2 × 10²³ FLOP", "flops", "FLOP", 6 * N[L8] * 15e12, H, anchor="Correct: 7.2 × 10²³ FLOP (6ND).")
claim(f, "2.4 × 10²³ FLOP", "flops", "FLOP", 6 * N[L8] * 15e12, X, "off_2x", anchor="Most common wrong answer: 2.4 × 10²³ FLOP (20 %).", note=WA + "; 2ND; 7.2e23")
claim(f, "2.4 × 10²³ FLOP", "flops", "FLOP", 6 * N[L8] * 15e12, X, "off_2x", anchor="- R-133: \"2 × 8 × 10⁹ × 15 × 10¹² = 2.4 × 10²³ FLOP.\"", note=RA + "; 2ND; 7.2e23")
claim(f, "56 KiB", "kv_cache_per_token", "KiB", KVT(Q7), H, anchor="Correct: 56 KiB (28 layers, 4 KV heads of 128).")
claim(f, "392 KiB", "kv_cache_per_token", "KiB", KVT(Q7), X, "off_2x", anchor="- R-176: \"28 layers × 28 heads × 128 × 2 × 2 bytes = 392 KiB.\"", note=RA + "; query heads; 56 KiB")
claim(f, "249 MB", "weights", "MB", W("gpt2", "fp32"), X, "wrong_dtype", anchor="- R-201: \"124 M parameters × 2 bytes = 249 MB in fp32.\"", note=RA + "; fp16 size; 498 MB")
A = "- R-045: \"2.6 GB in bf16, since it is a 2.6 B model.\""
claim(f, "2.6 GB", "weights", "GB", W(G2, "bf16"), X, "wrong_dtype", anchor=A, note=RA + "; int8 size; 5.23 GB")
claim(f, "2.6 B", "params", "B", N[G2], H, anchor=A)
claim(f, "392 KiB", "kv_cache_per_token", "KiB", KVT(Q7), X, "off_2x", anchor="Most common wrong answer: 392 KiB (29 %).", note=WA + "; query heads; 56 KiB")
A = "Correct: 124 M parameters, 498 MB in fp32."
claim(f, "124 M parameters", "params", "M", N["gpt2"], H, anchor=A)
claim(f, "498 MB", "weights", "MB", W("gpt2", "fp32"), H, anchor=A)
A = "Most common wrong answers: 1.56 B parameters (7 %) and 249 MB (18 %)."
claim(f, "1.56 B parameters", "params", "B", N["gpt2"], X, "off_2x", anchor=A, note=WA + "; GPT-2 XL; 124 M")
claim(f, "249 MB", "weights", "MB", W("gpt2", "fp32"), X, "wrong_dtype", anchor=A, note=WA + "; fp16 size; 498 MB")
A = "Correct: 2,614,341,888 parameters, 5.23 GB in bf16; 104 KiB of cache per token."
claim(f, "2,614,341,888 parameters", "params", "params", N[G2], H, anchor=A)
claim(f, "5.23 GB", "weights", "GB", W(G2, "bf16"), H, anchor=A)
claim(f, "104 KiB", "kv_cache_per_token", "KiB", KVT(G2), H, anchor=A)
A = "Most common wrong answers: 2.61 GB (23 %) and 208 KiB per token (9 %)."
claim(f, "2.61 GB", "weights", "GB", W(G2, "bf16"), X, "wrong_dtype", anchor=A, note=WA + "; int8 size; 5.23 GB")
claim(f, "208 KiB per token", "kv_cache_per_token", "KiB", KVT(G2), X, "off_2x", anchor=A, note=WA + "; K and V twice; 104 KiB")
A = "> \"Llama-3-8B in bf16 needs 8.03 GB. Its KV cache is 512 KiB per token, so an H100 decodes it at 417 tok/s.\""
claim(f, "8.03 GB", "weights", "GB", W(L8, "bf16"), X, "wrong_dtype", anchor=A, note="pasted chat answer; int8 size; 16.06 GB", **Q)
claim(f, "512 KiB per token", "kv_cache_per_token", "KiB", KVT(L8), X, "off_2x", anchor=A, note="pasted chat answer; query heads; 128 KiB", **Q)
claim(f, "417 tok/s", "throughput", "tok/s", H1 / W(L8, "bf16"), X, "wrong_dtype", anchor=A, note="pasted chat answer; int8 ceiling; 208.6", **Q)
for text, why in (
        ("survey_id: SRV-2027-03", "survey id"), ("window: {opened: 2027-03-01, closed: 2027-03-21}", "dates"),
        ("invited: 560", "count"), ("responses: 212", "count"), ("response_rate_pct: 37.9", "rate"), ("questions: 13", "count"),
        ("hardware_in_questions: {h100:", "hardware spec"), ("  gemma-2-2b: {hidden: 2304", "config inputs"),
        ("published: 2027-04-05", "date"), ("related: [\"[[Sizing intuition survey 2026]]\"", "years, date"),
        ("> 212 people answered 13 sizing questions. The median respondent got 6 right.", "counts, score"),
        ("- Invitations went to 560 engineers on 2027-03-01", "counts, dates, rate"),
        ("- An answer counted as right within 2 % of the reference", "tolerances"),
        ("- Units: GB = 10⁹ bytes, GiB = 2³⁰ bytes; the H100 in the questions", "unit definitions, hardware spec"),
        ("| years in ML | respondents | median score (of 13) |", "table header with count"),
        ("| 0–2 | 61 | 4 |", "survey statistics"), ("| 3–5 | 88 | 6 |", "survey statistics"), ("| 6+ | 63 | 8 |", "survey statistics"),
        ("## Q1. Llama-3-8B weights in bf16", "question number, model name"),
        ("## Q2. KV cache per token for Llama-3-8B, fp16", "question number, model name"),
        ("## Q3. Llama-2-7B, KV cache for a batch of 8 sequences of 4K tokens", "question number, inputs"),
        ("## Q4. Mixtral-8x7B, parameters active per token", "question number, model name"),
        ("## Q5. The H100's 3.35 TB/s in Gbit/s", "question number, input bandwidth"),
        ("## Q6. Batch-1 decode ceiling of Llama-3-8B in bf16 on one H100", "question number, model name"),
        ("## Q7. Full fine-tune of Llama-3-8B", "question number, model name"),
        ("## Q8. Same job under ZeRO-3 on 8 GPUs, per GPU", "question number, inputs"),
        ("## Q9. Llama-3-8B as Q4_K_M", "question number, model name"),
        ("## Q10. Training compute for an 8B model on 15 T tokens", "question number, inputs"),
        ("## Q11. Qwen2.5-7B, KV cache per token, fp16", "question number, model name"),
        ("## Q12. GPT-2 small: parameters and fp32 size", "question number, model name"),
        ("## Q13. Gemma-2-2B (config in the properties) in bf16", "question number, model name"),
        ("| score (of 13) | respondents |", "table header with count"),
        ("| 0–3 | 38 |", "survey statistics"), ("| 4–6 | 79 |", "survey statistics"), ("| 7–9 | 64 |", "survey statistics"),
        ("| 10–13 | 31 |", "survey statistics"),
        ("1. The cheat sheet gets a \"bf16 = 2 bytes\" row", "dtype constant, formula with free variables"),
        ("2. The brown-bag on 2027-04-12 walks through Q2, Q5 and Q8.", "date, question numbers"),
        ("3. We rerun the survey in 2028 with the same 13 questions.", "year, count"),
        ("[^1]: Raw answers are in the survey tool under `SRV-2027-03`", "survey id")):
    non(f, text, why)

# ---- ru_01: протокол заседания жюри хакатона (слайды команд дословно, замечания жюри, оценки) ----
f = "ru_01"
L8, Q7, MS, MX, G27, Q15 = "llama3-8b", "qwen2.5-7b", "mistral-7b", "mixtral-8x7b", "gemma2-27b", "qwen2.5-1.5b"
LOM = lora(32, 16, [(4096, 4096), (4096, 1024), (4096, 1024), (4096, 4096)])
C15 = 6 * N[Q15] * 30e9
T15 = C15 / (8 * 0.4 * 312e12)
SL = "слайд команды"
A = "> «Файл Q4_K_M весит 2,46 ГБ, кэш на 8 пользователей по 8K — 8 ГиБ, потолок генерации — 410 ток/с.»"
claim(f, "2,46 ГБ", "quantized_file", "ГБ", GG(L8, "Q4_K_M"), X, "off_2x", anchor=A, note=SL + "; вдвое; 4,91 ГБ")
claim(f, "8 ГиБ", "kv_cache_total", "ГиБ", KV(L8, 8192, 8), H, anchor=A)
claim(f, "410 ток/с", "throughput", "ток/с", 1008e9 / GG(L8, "Q4_K_M"), X, "off_2x", anchor=A, note=SL + "; от вдвое меньшего файла; 205")
A = "- Иванова: «Файл вдвое больше: 4,91 ГБ, то есть 4,58 ГиБ. Отсюда и потолок 205 ток/с.»"
claim(f, "4,91 ГБ", "quantized_file", "ГБ", GG(L8, "Q4_K_M"), H, rel=0.02, anchor=A)
claim(f, "4,58 ГиБ", "quantized_file", "ГиБ", GG(L8, "Q4_K_M"), H, rel=0.02, anchor=A)
claim(f, "205 ток/с", "throughput", "ток/с", 1008e9 / GG(L8, "Q4_K_M"), H, rel=0.02, anchor=A)
claim(f, "8 ГиБ", "kv_cache_total", "ГиБ", KV(L8, 8192, 16), X, "off_2x", anchor="Вопрос Сидоренко: «А если пользователей будет 16?»", note="ответ команды; кэш у каждого свой; 16 ГиБ")
A = "> «Веса в bf16 — 15,23 ГБ. KV-кэш — 392 КиБ на токен"
claim(f, "15,23 ГБ", "weights", "ГБ", W(Q7, "bf16"), H, anchor=A)
claim(f, "392 КиБ на токен", "kv_cache_per_token", "КиБ", KVT(Q7), X, "off_2x", anchor=A, note=SL + "; головы запросов; 56 КиБ")
claim(f, "12,25 ГиБ", "kv_cache_total", "ГиБ", KV(Q7, 32768), X, "off_2x", anchor=A, note=SL + "; головы запросов; 1,75 ГиБ")
claim(f, "19,7 ток/с", "throughput", "ток/с", 300e9 / W(Q7, "bf16"), H, anchor=A)
A = "- Сидоренко: «У Qwen2.5-7B четыре KV-головы, а не двадцать восемь: 56 КиБ на токен и 1,75 ГиБ на 32K."
claim(f, "56 КиБ на токен", "kv_cache_per_token", "КиБ", KVT(Q7), H, anchor=A)
claim(f, "1,75 ГиБ", "kv_cache_total", "ГиБ", KV(Q7, 32768), H, anchor=A)
A = "Вопрос Петрова: «А если взять Q4_K_M?» Ответ команды: «Около 2,33 ГБ, потолок тогда 129 ток/с.»"
claim(f, "Около 2,33 ГБ", "quantized_file", "ГБ", GG(Q7, "Q4_K_M"), X, "off_2x", hedged=True, anchor=A, note="ответ команды; вдвое; 4,66 ГБ")
claim(f, "129 ток/с", "throughput", "ток/с", 300e9 / GG(Q7, "Q4_K_M"), X, "off_2x", anchor=A, note="ответ команды; вдвое; 64,4")
A = "> «Полное дообучение — 57,9 ГБ состояния, поэтому ZeRO-3 на 4 картах даёт 115,9 ГБ на карту."
claim(f, "57,9 ГБ", "training", "ГБ", 16 * N[MS], X, "off_2x", anchor=A, note=SL + "; 8 байт на параметр; 115,9 ГБ")
claim(f, "115,9 ГБ на карту", "training", "ГБ", zero(N[MS], 4, 3), X, "per_gpu", anchor=A, note=SL + "; сумма на карту; 29,0 ГБ")
claim(f, "13,6 млн", "params", "млн", LOM, H, anchor=A)
claim(f, "54,5 МБ", "weights", "МБ", LOM * 2, X, "wrong_dtype", anchor=A, note=SL + "; размер fp32; bf16 27,3 МБ")
A = "- Иванова: «Смешанная точность с Adam — 16 байт на параметр, то есть 115,9 ГБ"
claim(f, "115,9 ГБ", "training", "ГБ", 16 * N[MS], H, anchor=A)
claim(f, "29,0 ГБ на карту", "training", "ГБ", zero(N[MS], 4, 3), H, anchor=A)
claim(f, "46,7 ГБ", "weights", "ГБ", W(MX, "bf16") / 2, H, anchor="> «На карту — 46,7 ГБ весов в bf16.»")
A = "> «Активных параметров — 46,7 млрд, поэтому потолок — 43,7 ток/с.»"
claim(f, "46,7 млрд", "params", "млрд", ACTIVE_M7, X, "wrong_kind", anchor=A, note=SL + "; все параметры; активных 12,9 млрд")
claim(f, "43,7 ток/с", "throughput", "ток/с", 2039e9 / (W(ACTIVE_M7, "bf16") / 2), X, "wrong_kind", anchor=A, note=SL + "; весь файл на карту; 158")
claim(f, "46,7 ГБ", "weights", "ГБ", W(MX, "int4"), X, "wrong_dtype", anchor="> «В int4 весь файл займёт 46,7 ГБ", note=SL + "; размер int8; int4 23,4 ГБ")
claim(f, "46,7 ГБ", "weights", "ГБ", W(MX, "bf16"), X, "wrong_dtype", anchor="> «Mixtral-8x7B в bf16 занимает 46,7 ГБ", note="ответ чат-бота; размер int8; bf16 93,4 ГБ", **Q)
A = "- Сидоренко: «Активных — 12,9 млрд. На каждом токене карта читает 12,88 ГБ, потолок — 158 ток/с.»"
claim(f, "12,9 млрд", "params", "млрд", ACTIVE_M7, H, anchor=A)
claim(f, "12,88 ГБ", "weights", "ГБ", W(ACTIVE_M7, "bf16") / 2, H, anchor=A)
claim(f, "158 ток/с", "throughput", "ток/с", 2039e9 / (W(ACTIVE_M7, "bf16") / 2), H, anchor=A)
A = "> «27¦227¦128¦320 параметров, веса в bf16 — 50,71 ГБ."
claim(f, "27¦227¦128¦320", "params", "params", N[G27], H, anchor=A)
claim(f, "50,71 ГБ", "weights", "ГБ", W(G27, "bf16"), X, "gib_as_gb", anchor=A, note=SL + "; 54,45 ГБ = 50,71 ГиБ")
claim(f, "368 КиБ на токен", "kv_cache_per_token", "КиБ", KVT(G27), H, anchor=A)
claim(f, "2,875 ГиБ", "kv_cache_total", "ГиБ", KV(G27, 8192), H, anchor=A)
A = "> «Бюджет 72 ГиБ, значит, поместится 14 пользователей. Потолок на H100 — 123 ток/с.»"
claim(f, "72 ГиБ", "arithmetic", "ГиБ", 0.9 * 80 * GIB, H, anchor=A)
claim(f, "14 пользователей", "arithmetic", "пользователей", (72 * GIB - W(G27, "bf16")) // KV(G27, 8192), X, "off_2x", anchor=A, note=SL + "; 7")
claim(f, "123 ток/с", "throughput", "ток/с", 3.35e12 / W(G27, "bf16"), X, "wrong_dtype", anchor=A, note=SL + "; потолок fp8; bf16 61,5")
A = "- Петров: «50,71 — это гибибайты; в гигабайтах 54,45 ГБ."
claim(f, "50,71", "weights", "ГиБ", W(G27, "bf16"), H, anchor=A, note="переатрибутировано к ГиБ")
claim(f, "54,45 ГБ", "weights", "ГБ", W(G27, "bf16"), H, anchor=A)
claim(f, "21,29 ГиБ", "arithmetic", "ГиБ", 72 * GIB - W(G27, "bf16"), H, anchor=A)
claim(f, "7 пользователей", "arithmetic", "пользователей", (72 * GIB - W(G27, "bf16")) // KV(G27, 8192), H, anchor=A)
claim(f, "61,5 ток/с", "throughput", "ток/с", 3.35e12 / W(G27, "bf16"), H, anchor="- Сидоренко: «Потолок посчитан для fp8; в bf16 — 61,5 ток/с.»")
A = "> «1¦543¦714¦304 параметра, 30 млрд токенов:"
claim(f, "1¦543¦714¦304", "params", "params", N[Q15], H, anchor=A)
claim(f, "2,78 \\times 10^{20}", "flops", "FLOP", C15, H, anchor=A)
claim(f, "около 9,7 часа", "time", "часа", T15, X, "off_2x", hedged=True, anchor=A, note=SL + "; 77,3 часа")
A = "> «Активации без пересчёта при s = 2048 и b = 8: 2,67 ГиБ на слой"
claim(f, "2,67 ГиБ на слой", "activations", "ГиБ", act(Q15, 2048, 8, layers=1), H, anchor=A)
claim(f, "74,8 ГиБ", "activations", "ГиБ", act(Q15, 2048, 8), H, anchor=A)
claim(f, "1,31 ГиБ", "activations", "ГиБ", act(Q15, 2048, 8, "full"), H, anchor=A)
claim(f, "44,6 ГиБ", "activations", "ГиБ", act(Q15, 2048, 8, "flash"), X, "off_2x", anchor="> «С FlashAttention активации — 44,6 ГиБ.»", note=SL + "; 22,3 ГиБ")
claim(f, "12,3 ГБ", "training", "ГБ", 16 * N[Q15], X, "off_2x", anchor="> «Состояние весов и оптимизатора — 12,3 ГБ на всю модель.»", note=SL + "; 8 байт на параметр; 24,7 ГБ")
A = "- Иванова: «Время — около 77 часов:"
claim(f, "около 77 часов", "time", "часов", T15, H, hedged=True, anchor=A)
claim(f, "2,78 \\times 10^{5}", "time", "с", T15, H, hedged=True, anchor=A)
claim(f, "22,3 ГиБ", "activations", "ГиБ", act(Q15, 2048, 8, "flash"), H, anchor="- Петров: «FlashAttention убирает член с $a \\cdot s^2$, остаётся 22,3 ГиБ.»")
for text, why in (
        ("data: 2027-10-17", "дата"), ("mesto: \"Казань, кампус ИТИС, ауд. 1402\"", "номер аудитории"),
        ("  tochnost_rascheta: {ves: 0.5, maks: 10}", "веса критериев"), ("  obosnovanie: {ves: 0.3, maks: 10}", "веса критериев"),
        ("  podacha: {ves: 0.2, maks: 10}", "веса критериев"), ("  rtx_4090: {pamyat: \"24 ГиБ\"", "характеристики оборудования"),
        ("  l4: {pamyat: \"24 ГиБ\"", "характеристики оборудования"), ("  a100_80gb: {pamyat: \"80 ГиБ\"", "характеристики оборудования"),
        ("  h100: {pamyat: \"80 ГиБ\"", "характеристики оборудования"), ("  gemma-2-27b: {hidden: 4608", "входные параметры конфигурации"),
        ("  qwen2.5-1.5b: {hidden: 1536", "входные параметры конфигурации"), ("prizovoy_fond_rub: 600000", "призовой фонд"),
        ("svyazannye: [\"[[ИнфраХак-2027 — регламент]]\"", "год"),
        ("# Протокол заседания жюри: ИнфраХак-2027", "год"), ("> Каждая команда показывает питч (5 минут)", "регламент"),
        ("> и ставит оценки по трём критериям по 10-балльной шкале.", "шкала, определения единиц"),
        ("## 1. Команда «Тензорные ежи»", "номер, входные данные"), ("## 2. Команда «Байт в байт»", "номер, модель"),
        ("## 3. Команда «Градиентный спуск»", "номер, модель"), ("## 4. Команда «Квант»", "номер, входные данные"),
        ("## 5. Команда «Без OOM»", "номер, модель"), ("## 6. Команда «Эпоха»", "номер, размер модели"),
        ("Конфигурация — как у Qwen2.5-1.5B", "название модели"),
        ("| точность расчёта | 5 | 6 | 5 |", "оценки"), ("| обоснование | 7 | 7 | 6 |", "оценки"), ("| подача | 9 | 8 | 9 |", "оценки"),
        ("| точность расчёта | 4 | 4 | 3 |", "оценки"), ("| обоснование | 6 | 5 | 6 |", "оценки"), ("| подача | 7 | 7 | 8 |", "оценки"),
        ("| точность расчёта | 5 | 5 | 6 |", "оценки"), ("| обоснование | 8 | 7 | 7 |", "оценки"), ("| подача | 6 | 7 | 6 |", "оценки"),
        ("| точность расчёта | 3 | 4 | 3 |", "оценки"), ("| обоснование | 5 | 6 | 5 |", "оценки"), ("| подача | 8 | 8 | 7 |", "оценки"),
        ("| точность расчёта | 7 | 6 | 7 |", "оценки"), ("| обоснование | 9 | 9 | 8 |", "оценки"), ("| подача | 8 | 9 | 8 |", "оценки"),
        ("| точность расчёта | 6 | 7 | 6 |", "оценки"), ("| обоснование | 8 | 8 | 9 |", "оценки"), ("| подача | 7 | 6 | 7 |", "оценки"),
        ("| взвешенный балл (из 10) |", "шапка таблицы"), ("| 1 | «Без OOM» | 7,6 |", "место, балл, приз"),
        ("| 2 | «Эпоха» | 7,0 |", "место, балл, приз"), ("| 3 | «Градиентный спуск» | 6,3 |", "место, балл, приз"),
        ("Решение принято единогласно 17.10.2027 в 19:40.", "даты, время"),
        ("[^1]: Протокол составлен в 2 экземплярах", "число экземпляров, номер листа")):
    non(f, text, why)

# ---- ru_02: дневник наблюдений за предобучением модели (по дням, с ошибками и исправлениями в следующих днях) ----
f = "ru_02"
SK = "sokol-2b"
N[SK] = llama_like(2048, 8192, 22, 16, 4, 128, 64000, True)
CFG[SK] = (2048, 22, 16, 4, 128)
assert N[SK] == 1_469_147_136
SCALE.update({"GPU-час": 1, "шагов": 1})
CS = 6 * N[SK] * 60e9
TS = CS / (8 * 0.4 * 989e12)
STEPS = 60e9 / (256 * 4096)
DN = "запись дневника, исправлена позже"
ZA = "заявка на кластер (раздел «Обоснование ресурсов»)"
A = "> «Модель на 1,47 млрд параметров занимает 2,94 ГБ в fp32.»"
claim(f, "1,47 млрд параметров", "params", "млрд", N[SK], H, anchor=A)
claim(f, "2,94 ГБ", "weights", "ГБ", W(SK, "fp32"), X, "wrong_dtype", anchor=A, note=ZA + "; размер bf16; fp32 5,88 ГБ")
A = "> «Состояние оптимизатора и весов — 47 ГБ, поэтому ZeRO-1 на 8 картах даст 23,5 ГБ на карту.»"
claim(f, "47 ГБ", "training", "ГБ", 16 * N[SK], X, "off_2x", anchor=A, note=ZA + "; 32 байта на параметр; 23,5 ГБ")
claim(f, "23,5 ГБ на карту", "training", "ГБ", zero(N[SK], 8, 1), X, "per_gpu", anchor=A, note=ZA + "; сумма; ZeRO-1 8,08 ГБ на карту")
claim(f, "около 3,9 суток", "time", "суток", TS, X, "off_2x", hedged=True, anchor="> «Прогон на 8 × H100 займёт около 3,9 суток.»", note=ZA + "; 1,93 суток")
A = "- параметров 1,47 млрд, веса в bf16 — 1,47 ГБ;"
claim(f, "1,47 млрд", "params", "млрд", N[SK], H, anchor=A)
claim(f, "1,47 ГБ", "weights", "ГБ", W(SK, "bf16"), X, "wrong_dtype", anchor=A, note=DN + "; размер int8; bf16 2,94 ГБ")
claim(f, "11,75 ГБ", "training", "ГБ", 16 * N[SK], X, "off_2x", anchor="- полное состояние для Adam — 11,75 ГБ, по 8 байт на параметр;", note=DN + "; 8 байт; 23,5 ГБ")
claim(f, "около 5,8 часа", "time", "часа", TS, X, "off_2x", hedged=True, anchor="- 60 млрд токенов на 8 картах при MFU 40 % — около 5,8 часа.", note=DN + "; 46,4 часа")
claim(f, "6,06 ГиБ", "activations", "ГиБ", act(SK, 4096, 4, layers=1), H, anchor="- $s \\cdot b \\cdot h \\cdot (34 + 5 a s / h)$ — на слой 6,06 ГиБ;")
claim(f, "6,06 ГиБ", "activations", "ГиБ", act(SK, 4096, 4), X, "off_2x", anchor="- на все 22 слоя выходит те же 6,06 ГиБ", note=DN + "; один слой вместо всех; 133,4 ГиБ")
claim(f, "133,4 ГиБ", "activations", "ГиБ", act(SK, 4096, 4), H, anchor="так что на 22 слоя — 133,4 ГиБ")
claim(f, "46,8 ГиБ", "activations", "ГиБ", act(SK, 4096, 4, "flash"), X, "off_2x", anchor="По моей оценке, с FlashAttention остаётся 46,8 ГиБ.", note=DN + "; 23,4 ГиБ")
A = "- Параметров по конфигу: 1¦469¦147¦136. В bf16 это 2,94 ГБ, а не 1,47 (1,47 — это int8)."
claim(f, "1¦469¦147¦136", "params", "params", N[SK], H, anchor=A)
claim(f, "2,94 ГБ", "weights", "ГБ", W(SK, "bf16"), H, anchor=A)
claim(f, "1,47", "weights", "ГБ", W(SK, "int8"), H, anchor=A, occ=2, note="переатрибутировано к int8")
claim(f, "23,5 ГБ", "training", "ГБ", 16 * N[SK], H, anchor="- Состояние смешанной точности — 16 байт на параметр: 23,5 ГБ.")
claim(f, "5,29 \\times 10^{20}", "flops", "FLOP", CS, H, anchor="- Вычисления: $6ND = 6 \\times 1,469")
A = "- Время: $\\frac{5,29 \\times 10^{20}}"
claim(f, "46,4", "time", "часа", TS, H, hedged=True, anchor=A)
claim(f, "1,93 суток", "time", "суток", TS, H, anchor=A)
claim(f, "371 GPU-час", "time", "GPU-час", TS * 8 / 3600, H, anchor=A)
A = "- Активации с FlashAttention: 1,0625 ГиБ на слой, 23,4 ГиБ на 22 слоя; с полным пересчётом — 1,375 ГиБ."
claim(f, "1,0625 ГиБ на слой", "activations", "ГиБ", act(SK, 4096, 4, "flash", layers=1), H, anchor=A)
claim(f, "23,4 ГиБ", "activations", "ГиБ", act(SK, 4096, 4, "flash"), H, anchor=A)
claim(f, "1,375 ГиБ", "activations", "ГиБ", act(SK, 4096, 4, "full"), H, anchor=A)
claim(f, "2,94 ГБ", "weights", "ГБ", W(SK, "bf16"), H, anchor="print(n * 2 / 1e9)                                   # 2,94 ГБ в bf16")
claim(f, "23,5 ГБ", "training", "ГБ", 16 * N[SK], H, anchor="print(16 * n / 1e9)                                  # 23,5 ГБ состояния")
claim(f, "46,4 часа", "time", "часа", TS, H, anchor="print(6 * n * 60e9 / (8 * 0.4 * 989e12) / 3600)      # 46,4 часа")
claim(f, "23,5 ГБ на карту", "training", "ГБ", zero(N[SK], 8, 3), X, "per_gpu", anchor="- «ZeRO-3 на 8 картах — 23,5 ГБ на карту", note=DN + "; сумма; 2,94 ГБ на карту")
A = "Вечером понял, что это сумма, а не доля: при ZeRO-3 на карту приходится 2,94 ГБ, при ZeRO-1 — 8,08 ГБ."
claim(f, "2,94 ГБ", "training", "ГБ", zero(N[SK], 8, 3), H, anchor=A)
claim(f, "8,08 ГБ", "training", "ГБ", zero(N[SK], 8, 1), H, anchor=A)
claim(f, "60 ГБ", "arithmetic", "ГБ", 60e9 * 2, X, "off_2x", anchor="Проверял место под данные. Записал: «60 млрд токенов в uint16 — 60 ГБ».", note=DN + "; байт на токен; 120 ГБ")
claim(f, "120 ГБ", "arithmetic", "ГБ", 60e9 * 2, H, anchor="Потом заметил: uint16 — это два байта на токен, так что датасет занимает 120 ГБ.")
claim(f, "39,9 %", "percentage", "%", 100 * 6 * N[SK] * 358e3 / (8 * 989e12), H, anchor="При 358 тыс. токенов в секунду MFU выходит 39,9 %")
A = "Один шаг — 256 последовательностей по 4096, 1¦048¦576 токенов, так что всего будет 57¦220 шагов."
claim(f, "1¦048¦576 токенов", "tokens", "токенов", 256 * 4096, H, anchor=A)
claim(f, "57¦220 шагов", "arithmetic", "шагов", STEPS, H, anchor=A)
A = "Переносил чекпойнты на второй узел. Написал в план: «сеть 400 Гбит/с — это 400 ГБ/с"
claim(f, "400 ГБ/с", "bandwidth", "ГБ/с", 400 * 1.25e8, X, "wrong_unit", anchor=A, note=DN + "; 50 ГБ/с")
claim(f, "0,06 с", "time", "с", 16 * N[SK] / 50e9, X, "wrong_unit", anchor=A, note=DN + "; биты как байты; 0,47 с")
A = "Ерунда: 400 Гбит/с — это 50 ГБ/с, и 23,5 ГБ идут около 0,47 с"
claim(f, "50 ГБ/с", "bandwidth", "ГБ/с", 400 * 1.25e8, H, anchor=A)
claim(f, "23,5 ГБ", "training", "ГБ", 16 * N[SK], H, anchor=A)
claim(f, "около 0,47 с", "time", "с", 16 * N[SK] / 50e9, H, hedged=True, anchor=A)
claim(f, "5,88 ГБ", "weights", "ГБ", W(SK, "bf16"), X, "wrong_dtype", anchor="Экспорт весов для оценки. В заметке для команды: «чекпойнт весов в bf16 — 5,88 ГБ».", note=DN + "; размер fp32; 2,94 ГБ")
A = "Это fp32; в bf16 файл весит 2,94 ГБ (2,74 ГиБ)."
claim(f, "2,94 ГБ", "weights", "ГБ", W(SK, "bf16"), H, anchor=A)
claim(f, "2,74 ГиБ", "weights", "ГиБ", W(SK, "bf16"), H, anchor=A)
A = "Оценка на длинном контексте. Прикинул кэш: «176 КиБ на токен, 704 МиБ на последовательность 4K»."
claim(f, "176 КиБ на токен", "kv_cache_per_token", "КиБ", KVT(SK), X, "off_2x", anchor=A, note=DN + "; головы запросов; 44 КиБ")
claim(f, "704 МиБ", "kv_cache_total", "МиБ", KV(SK, 4096), X, "off_2x", anchor=A, note=DN + "; головы запросов; 176 МиБ")
A = "Посчитал по 16 головам запросов. KV-голов четыре: 44 КиБ на токен, 176 МиБ на 4K."
claim(f, "44 КиБ на токен", "kv_cache_per_token", "КиБ", KVT(SK), H, anchor=A)
claim(f, "176 МиБ", "kv_cache_total", "МиБ", KV(SK, 4096), H, anchor=A)
A = "> «Всего шагов при глобальном батче 2 млн токенов — 28¦610."
claim(f, "28¦610", "arithmetic", "шагов", STEPS, X, "off_2x", anchor=A, note="ассистент в IDE; батч вдвое больше настоящего; 57 220", **Q)
claim(f, "1,47 млрд параметров", "params", "млрд", N[SK], H, anchor=A, **Q)
claim(f, "2,94 ГБ", "weights", "ГБ", W(SK, "fp16"), H, anchor=A, **Q)
A = "Батч у нас 1¦048¦576 токенов, а не 2 млн, поэтому шагов 57¦220."
claim(f, "1¦048¦576 токенов", "tokens", "токенов", 256 * 4096, H, anchor=A)
claim(f, "57¦220", "arithmetic", "шагов", STEPS, H, anchor=A)
for text, why in (
        ("nachalo: 2027-11-03", "дата"), ("konec: 2027-11-14", "дата"), ("progon: sokol-2b-pt-r3", "идентификатор прогона"),
        ("klaster: {uzel: \"8 × H100 SXM\"", "характеристики оборудования"), ("  hidden: 2048", "входной параметр конфигурации"),
        ("  intermediate: 8192", "входной параметр конфигурации"), ("  layers: 22", "входной параметр конфигурации"),
        ("  heads: 16", "входной параметр конфигурации"), ("  kv_heads: 4", "входной параметр конфигурации"),
        ("  head_dim: 128", "входной параметр конфигурации"), ("  vocab: 64000", "входной параметр конфигурации"),
        ("dannye: {tokenov_mlrd: 60, format: uint16}", "входные данные"), ("globalnyy_batch: {posledovatelnostey: 256, dlina: 4096}", "входные данные"),
        ("mikrobatch_na_kartu: 4", "входные данные"), ("cel_mfu: 0.40", "входные данные"),
        ("> ГБ = 10⁹ байт, ГиБ = 2³⁰ байт", "определения единиц"),
        ("## День 1 — 03.11, понедельник", "номер дня, дата"), ("n = 1_469_147_136", "входное значение"),
        ("Проверил в блокноте (`calc.ipynb`, ячейка 3):", "номер ячейки"), ("## День 0 — 02.11, заявка на кластер", "номер дня, дата"), ("## День 2 — 04.11", "номер дня, дата"),
        ("Посчитал активации для микробатча 4 × 4096 без пересчёта:", "входные данные"),
        ("## День 3 — 05.11", "номер дня, дата"), ("## День 4 — 06.11, пересчёт всего", "номер дня, дата"),
        ("> Активации в день 2 — один слой вместо всех, в день 3 — ошибка вдвое.", "номера дней"),
        ("## День 5 — 07.11", "номер дня, дата"), ("Идёт 40 часов без сбоев.", "измеренное время"),
        ("## День 6 — 08.11", "номер дня, дата"), ("## День 7 — 09.11", "номер дня, дата"),
        ("| 5 | 9¦800 | 2,91 | 355 | 71 |", "замеры"), ("| 6 | 18¦300 | 2,74 | 357 | 72 |", "замеры"), ("| 7 | 26¦700 | 2,66 | 358 | 72 |", "замеры"),
        ("## День 8 — 10.11", "номер дня, дата"), ("## День 9 — 11.11", "номер дня, дата"),
        ("## День 10 — 12.11", "номер дня, дата"), ("## День 11 — 13.11", "номер дня, дата"),
        ("## День 12 — 14.11", "номер дня, дата"),
        ("[^1]: Простой — это 2 перезапуска после OOM (день 3)", "число перезапусков, дата, время")):
    non(f, text, why)

# ---- ru_03: перевод статьи с примечаниями переводчика и научного редактора ----
f = "ru_03"
L7, L8, Q14, MS, MX, G9 = "llama3-70b", "llama3-8b", "qwen2.5-14b", "mistral-7b", "mixtral-8x7b", "gemma2-9b"
SCALE.update({"дня": 86400, "бита": 1})
AU, TR = "текст автора (оригинал)", "примечание переводчика"
A = "Llama 3.1 70B в bf16 — 141 ГБ, в int4 — 35 ГБ."
claim(f, "141 ГБ", "weights", "ГБ", W(L7, "bf16"), H, anchor=A)
claim(f, "35 ГБ", "weights", "ГБ", W(L7, "int4"), H, anchor=A)
A = "Прим. перев.: 70B — это 70,6 млрд параметров, значит, в fp16 веса займут 70,6 ГБ."
claim(f, "70,6 млрд", "params", "млрд", N[L7], H, anchor=A)
claim(f, "70,6 ГБ", "weights", "ГБ", W(L7, "fp16"), X, "wrong_dtype", anchor=A, note=TR + "; размер int8; fp16 141,1 ГБ")
A = "Прим. ред.: переводчик ошибся. 70,6 ГБ — это int8 или fp8, а в fp16 выходит 141,1 ГБ"
claim(f, "70,6 ГБ", "weights", "ГБ", W(L7, "int8"), H, anchor=A, note="переатрибутировано к int8")
claim(f, "141,1 ГБ", "weights", "ГБ", W(L7, "fp16"), H, anchor=A)
A = "Mistral 7B в bf16 занимает 14,5 ГБ, Qwen2.5-14B — 29,5 ГБ."
claim(f, "14,5 ГБ", "weights", "ГБ", W(MS, "bf16"), H, anchor=A)
claim(f, "29,5 ГБ", "weights", "ГБ", W(Q14, "bf16"), H, anchor=A)
A = "Mixtral 8x7B хранит 46,7 млрд параметров, из которых на токен работают 12,9 млрд"
claim(f, "46,7 млрд", "params", "млрд", N[MX], H, anchor=A)
claim(f, "12,9 млрд", "params", "млрд", ACTIVE_M7, H, anchor=A)
claim(f, "93,4 ГБ", "weights", "ГБ", W(MX, "bf16"), H, anchor=A)
claim(f, "2,5 МиБ на токен", "kv_cache_per_token", "МиБ", KVT(L7), X, "off_2x", anchor="Кэш Llama 3.1 70B — 2,5 МиБ на токен", note=AU + "; головы запросов; 320 КиБ")
claim(f, "320 КиБ на токен", "kv_cache_per_token", "КиБ", KVT(L7), H, anchor="Прим. перев.: у автора ошибка — KV-голов восемь, поэтому 320 КиБ на токен.")
claim(f, "2,5 МиБ на токен", "kv_cache_per_token", "МиБ", KVT(L7), X, "off_2x", anchor="> «Да, 2,5 МиБ на токен для Llama 3.1 70B", note="чат-бот; головы запросов; 320 КиБ", **Q)
A = "Кэш Llama 3.1 8B на контекст 128K — 16 ГиБ, а на батч из 8 таких запросов — тоже 16 ГиБ"
claim(f, "16 ГиБ", "kv_cache_total", "ГиБ", KV(L8, 131072), H, anchor=A)
claim(f, "16 ГиБ", "kv_cache_total", "ГиБ", KV(L8, 131072, 8), X, "off_2x", anchor=A, occ=2, note=AU + "; батч забыт; 128 ГиБ")
claim(f, "128 ГиБ", "kv_cache_total", "ГиБ", KV(L8, 131072, 8), H, anchor="Прим. ред.: кэш у каждого запроса свой; для восьми запросов — 128 ГиБ.")
A = "У Mistral 7B кэш ограничен окном в 4096 токенов: не больше 512 МиБ на последовательность."
claim(f, "512 МиБ", "kv_cache_total", "МиБ", KV(MS, 4096), H, bound="upper", anchor=A)
claim(f, "192 КиБ на токен", "kv_cache_per_token", "КиБ", KVT(Q14), H, anchor=A)
claim(f, "168 КиБ на токен", "kv_cache_per_token", "КиБ", KVT(G9), X, "off_2x", anchor=A, note=AU + "; только ключи; 336 КиБ")
claim(f, "336 КиБ на токен", "kv_cache_per_token", "КиБ", KVT(G9), H, anchor="Прим. перев.: у Gemma 2 9B голова размером 256")
claim(f, "1008 Гбит/с", "bandwidth", "Гбит/с", 1008e9, X, "wrong_unit", anchor="Пропускная способность памяти RTX 4090 — 1008 Гбит/с.", note=AU + "; 8064 Гбит/с")
claim(f, "8064 Гбит/с", "bandwidth", "Гбит/с", 1008e9, H, anchor="Прим. перев.: в оригинале `GB/s`; 1008 ГБ/с — это 8064 Гбит/с.")
A = "Потолок генерации для Qwen2.5-14B в Q4_K_M на RTX 4090: 1008 ÷ 9,04 = 111,5 ток/с."
claim(f, "9,04", "quantized_file", "ГБ", GG(Q14, "Q4_K_M"), H, rel=0.02, anchor=A)
claim(f, "111,5 ток/с", "throughput", "ток/с", 1008e9 / GG(Q14, "Q4_K_M"), H, rel=0.02, anchor=A)
A = "Для Mixtral на H100 потолок — 3350 ÷ 93,4 = 35,9 ток/с."
claim(f, "93,4", "weights", "ГБ", W(MX, "bf16"), H, anchor=A)
claim(f, "35,9 ток/с", "throughput", "ток/с", 3.35e12 / W(ACTIVE_M7, "bf16"), X, "wrong_kind", anchor=A, note=AU + "; весь файл вместо активных экспертов; 130")
A = "Прим. перев.: автор делит на весь файл."
claim(f, "25,8 ГБ", "weights", "ГБ", W(ACTIVE_M7, "bf16"), H, anchor=A)
claim(f, "130 ток/с", "throughput", "ток/с", 3.35e12 / W(ACTIVE_M7, "bf16"), H, anchor=A)
A = "Смешанная точность с Adam — 16 байт на параметр, так что 70B требует 1,13 ТБ."
claim(f, "1,13 ТБ", "training", "ТБ", 16 * N[L7], H, anchor=A)
claim(f, "1,13 ТБ на каждую", "training", "ТБ", zero(N[L7], 64, 3), X, "per_gpu", anchor=A, note=AU + "; сумма на карту; 17,6 ГБ")
claim(f, "17,6 ГБ на карту", "training", "ГБ", zero(N[L7], 64, 3), H, anchor="Прим. ред.: ZeRO-3 делит состояние между картами: 17,6 ГБ на карту.")
A = "LoRA r = 16 на q и v для Llama 3.1 8B — 6,8 млн обучаемых параметров."
claim(f, "6,8 млн", "params", "млн", lora(32, 16, [(4096, 4096), (4096, 1024)]), H, anchor=A)
claim(f, "2,0 ГБ", "weights", "ГБ", N[L8] * NF4 / 8, X, "off_2x", anchor=A, note=AU + "; вдвое; 4,14 ГБ")
A = "Прим. ред.: NF4 с двойным квантованием — около 4,13 бита на вес, база 8B весит 4,14 ГБ."
claim(f, "около 4,13 бита", "quantized_file", "бита", NF4, H, hedged=True, anchor=A)
claim(f, "4,14 ГБ", "weights", "ГБ", N[L8] * NF4 / 8, H, anchor=A)
A = "Обучение 8B на 15 трлн токенов — $7,2 \\times 10^{23}$ FLOP"
claim(f, "7,2 \\times 10^{23}", "flops", "FLOP", 6 * N[L8] * 15e12, H, anchor=A)
claim(f, "около 2 дней", "time", "дней", 6 * N[L8] * 15e12 / (1000 * 0.4 * 989e12), X, "off_2x", hedged=True, anchor=A, note=AU + "; около 21 дня")
claim(f, "около 21 дня", "time", "дня", 6 * N[L8] * 15e12 / (1000 * 0.4 * 989e12), H, hedged=True, anchor="Прим. ред.: около 21 дня")
A = "Q4_K_M для Llama 3.1 8B — 4,9 ГБ, а Q8_0 — 4,3 ГБ."
claim(f, "4,9 ГБ", "quantized_file", "ГБ", GG(L8, "Q4_K_M"), H, rel=0.02, anchor=A)
claim(f, "4,3 ГБ", "quantized_file", "ГБ", GG(L8, "Q8_0"), X, "off_2x", anchor=A, note=AU + "; вдвое; 8,53 ГБ")
claim(f, "4,89 бита", "quantized_file", "бита", BPW["Q4_K_M"], H, anchor=A)
claim(f, "35 %", "percentage", "%", 100 * (1 - BPW["Q4_K_M"] / 16), X, "off_2x", anchor=A, note=AU + "; 69 %")
for row, m, dt in (("| Llama 3.1 8B | bf16 | 14,96 |", L8, "bf16"), ("| Mistral 7B | bf16 | 13,49 |", MS, "bf16"),
                   ("| Qwen2.5-14B | bf16 | 27,51 |", Q14, "bf16"), ("| Llama 3.1 70B | int4 | 32,85 |", L7, "int4")):
    fig = row.strip("| ").split(" | ")[2]
    claim(f, fig, "weights", "ГБ", W(m, dt), X, "gib_as_gb", anchor=row, note="таблица автора; ГиБ под видом ГБ")
for row, m, dt in (("| Llama 3.1 8B (исправлено) | bf16 | 16,06 |", L8, "bf16"), ("| Mistral 7B (исправлено) | bf16 | 14,48 |", MS, "bf16"),
                   ("| Qwen2.5-14B (исправлено) | bf16 | 29,54 |", Q14, "bf16"), ("| Llama 3.1 70B (исправлено) | int4 | 35,28 |", L7, "int4")):
    fig = row.strip("| ").split(" | ")[2]
    claim(f, fig, "weights", "ГБ", W(m, dt), H, anchor=row)
for text, why in (
        ("  date: 2027-02-08", "дата"), ("  license: \"CC BY 4.0\"", "версия лицензии"), ("status: \"вычитано редактором 2027-03-15\"", "дата"),
        ("znaki: 18400", "число знаков"), ("  qwen2.5-14b: {hidden: 5120", "входные параметры конфигурации"),
        ("  gemma-2-9b: {hidden: 3584", "входные параметры конфигурации"),
        ("oborudovanie_v_tekste: {h100: \"80 ГиБ, 3,35 ТБ/с\"", "характеристики оборудования"),
        ("*Перевод статьи J. Doe (февраль 2027).", "год"), ("> Мы не исправляли текст автора: ошибки разобраны в примечаниях.", "определения единиц"),
        ("Веса занимают число параметров, умноженное на размер типа: 2 байта в bf16", "константы типов данных"),
        ("Перевод опубликован 2027-03-18;", "дата, число знаков, число таблиц"),
        ("[^1]: Лицензия оригинала — CC BY 4.0", "версия лицензии")):
    non(f, text, why)

# ---- ru_04: заметки продакт-менеджера о тарифах инференса (сетка, свой расчёт, созвон, таблица финансов, конкурент, ассистент, черновик) ----
f = "ru_04"
L7, L8, Q32 = "llama3-70b", "llama3-8b", "qwen2.5-32b"
SCALE.update({"ГФЛОП": 1e9})
LS, H1 = 864e9, 3.35e12
BL, BH = 0.9 * 48 * GIB, 0.9 * 80 * GIB
W70 = W(L7, "fp8") / 2
U8 = int((BL - W(L8, "fp8")) // KV(L8, 32768))
U32 = int((BH - W(Q32, "fp8")) // KV(Q32, 32768))
U70 = int((BH - W70) // (KV(L7, 32768) / 2))
for row, vals in (
        ("| Llama-3.1-8B fp8 | L40S | 8,03 | 107,6 | 4 | 8 |", [("8,03", "weights", "ГБ", W(L8, "fp8"), 1), ("107,6", "throughput", "ток/с", LS / W(L8, "fp8"), 1),
                                                          ("4", "kv_cache_total", "ГиБ", KV(L8, 32768), 1), ("8", "arithmetic", "пользователей", U8, 3)]),
        ("| Qwen2.5-32B fp8 | H100 | 32,76 | 102,2 | 8 | 5 |", [("32,76", "weights", "ГБ", W(Q32, "fp8"), 1), ("102,2", "throughput", "ток/с", H1 / W(Q32, "fp8"), 1),
                                                           ("8", "kv_cache_total", "ГиБ", KV(Q32, 32768), 2), ("5", "arithmetic", "пользователей", U32, 1)]),
        ("| Llama-3.1-70B fp8 | 2 × H100 | 35,28 на карту | 95,0 | 5 на карту | 7 |", [("35,28 на карту", "weights", "ГБ", W70, 1), ("95,0", "throughput", "ток/с", H1 / W70, 1),
                                                                                 ("5 на карту", "kv_cache_total", "ГиБ", KV(L7, 32768) / 2, 1), ("7", "arithmetic", "пользователей", U70, 1)])):
    for fig, kind, unit, v, occ in vals:
        claim(f, fig, kind, unit, v, H, anchor=row, occ=occ)
A = "- Для «Старта» контекст 8K: кэш 1 ГиБ на пользователя, на L40S после весов (7,48 ГиБ) остаётся 35,72 ГиБ"
claim(f, "1 ГиБ", "kv_cache_total", "ГиБ", KV(L8, 8192), H, anchor=A)
claim(f, "7,48 ГиБ", "weights", "ГиБ", W(L8, "fp8"), H, anchor=A)
claim(f, "35,72 ГиБ", "arithmetic", "ГиБ", BL - W(L8, "fp8"), H, anchor=A)
claim(f, "35 пользователей", "arithmetic", "пользователей", (BL - W(L8, "fp8")) // KV(L8, 8192), H, anchor=A)
claim(f, "256 КиБ на токен", "kv_cache_per_token", "КиБ", KVT(Q32), H, anchor="- У Qwen2.5-32B восемь KV-голов: 256 КиБ на токен.")
claim(f, "6,22 млрд токенов", "tokens", "млрд токенов", 2400 * 30 * 86400, H, anchor="- Загрузка «Старта» в августе — 2400 ток/с в среднем")
A = "- Вычисления на токен: $2N$, то есть 16,1 ГФЛОП для 8B и 141 ГФЛОП для 70B."
claim(f, "16,1 ГФЛОП", "flops", "ГФЛОП", 2 * N[L8], H, anchor=A)
claim(f, "141 ГФЛОП", "flops", "ГФЛОП", 2 * N[L7], H, anchor=A)
EN = "реплика на созвоне"
claim(f, "70,6 ГБ на каждую карту", "weights", "ГБ", W70, X, "per_gpu", anchor="- Артём: «70B в fp8 на двух H100 — это 70,6 ГБ", note=EN + "; весь файл на карту; 35,28 ГБ")
claim(f, "80 ГиБ", "kv_cache_total", "ГиБ", KV(L7, 32768), X, "off_2x", anchor="- Лена: «Кэш 32K у 70B — 80 ГиБ", note=EN + "; головы запросов; 10 ГиБ")
A = "- Тимур: «У 32B 256 КиБ на токен, 8 ГиБ на 32K — нормально»."
claim(f, "256 КиБ на токен", "kv_cache_per_token", "КиБ", KVT(Q32), H, anchor=A)
claim(f, "8 ГиБ", "kv_cache_total", "ГиБ", KV(Q32, 32768), H, anchor=A)
claim(f, "16,06 ГБ", "weights", "ГБ", W(L8, "fp8"), X, "wrong_dtype", anchor="- Артём ещё: «8B в fp8 — 16,06 ГБ", note=EN + "; размер bf16; fp8 8,03 ГБ")
A = "- 70,6 ГБ — это весь fp8-файл; на карту при TP = 2 приходится 35,28 ГБ."
claim(f, "70,6 ГБ", "weights", "ГБ", W(L7, "fp8"), H, anchor=A, note="переатрибутировано ко всему файлу")
claim(f, "35,28 ГБ", "weights", "ГБ", W70, H, anchor=A)
claim(f, "10 ГиБ", "kv_cache_total", "ГиБ", KV(L7, 32768), H, anchor="- Лена посчитала по 64 головам запросов; на самом деле 10 ГиБ на 32K.")
A = "- 16,06 ГБ — это bf16; в fp8 — 8,03 ГБ."
claim(f, "16,06 ГБ", "weights", "ГБ", W(L8, "bf16"), H, anchor=A, note="переатрибутировано к bf16")
claim(f, "8,03 ГБ", "weights", "ГБ", W(L8, "fp8"), H, anchor=A)
FN = "таблица финансов"
for row, w_fig, w_val, w_err, c_fig, c_val, c_err in (
        ("| 8B на L40S | 16,06 | 53,8 |", "16,06", W(L8, "fp8"), "wrong_dtype", "53,8", LS / W(L8, "fp8"), "wrong_dtype"),
        ("| 32B на H100 | 65,53 | 51,1 |", "65,53", W(Q32, "fp8"), "wrong_dtype", "51,1", H1 / W(Q32, "fp8"), "wrong_dtype"),
        ("| 70B на 2 × H100 | 70,55 на карту | 47,5 |", "70,55 на карту", W70, "per_gpu", "47,5", H1 / W70, "per_gpu")):
    claim(f, w_fig, "weights", "ГБ", w_val, X, w_err, anchor=row, note=FN + "; bf16 или весь файл")
    claim(f, c_fig, "throughput", "ток/с", c_val, X, c_err, anchor=row, note=FN + "; потолок вдвое ниже")
claim(f, "17,6 ГБ", "weights", "ГБ", W(L7, "int4"), X, "off_2x", anchor="> «Наша 70B в int4 весит всего 17,6 ГБ", note="страница конкурента; вдвое; 35,3 ГБ")
claim(f, "35,3 ГБ", "weights", "ГБ", W(L7, "int4"), H, anchor="Не верю: 70B в int4 — это 35,3 ГБ")
claim(f, "4 ГБ", "weights", "ГБ", W(L8, "fp8"), X, "wrong_dtype", anchor="> «А 8B в fp8 у нас занимает всего 4 ГБ.»", note="страница конкурента; размер int4; fp8 8,03 ГБ")
A = "> «Llama 3.1 8B в fp8 выдаёт на L40S до 53,8 ток/с на пользователя, а кэш на 32K занимает 16 ГиБ.»"
claim(f, "53,8 ток/с", "throughput", "ток/с", LS / W(L8, "fp8"), X, "wrong_dtype", anchor=A, note="корпоративный ассистент; потолок bf16; fp8 107,6", **Q)
claim(f, "16 ГиБ", "kv_cache_total", "ГиБ", KV(L8, 32768), X, "off_2x", anchor=A, note="корпоративный ассистент; головы запросов; 4 ГиБ", **Q)
A = "Обе цифры не те: 53,8 — это потолок bf16, а 16 ГиБ получится, если считать все 32 головы запросов."
claim(f, "53,8", "throughput", "ток/с", LS / W(L8, "bf16"), H, anchor=A, note="переатрибутировано к bf16")
claim(f, "16 ГиБ", "kv_cache_total", "ГиБ", KV((32, 32, 128), 32768), H, anchor=A, note="переатрибутировано к 32 головам")
DR = "черновик от 02.09, устарел"
claim(f, "2 ГиБ", "kv_cache_total", "ГиБ", KV(L8, 32768), X, "off_2x", anchor="- «Про: 32K контекста — это 2 ГиБ кэша на пользователя у 8B».", note=DR + "; 4 ГиБ")
claim(f, "17 пользователей", "arithmetic", "пользователей", U8, X, "off_2x", anchor="- «Значит, на L40S помещается 17 пользователей по 32K».", note=DR + "; 8")
claim(f, "3,35 Гбит/с", "bandwidth", "Гбит/с", H1, X, "wrong_unit", anchor="- «ПСП H100 — 3,35 Гбит/с", note=DR + "; 3,35 ТБ/с = 26 800 Гбит/с")
claim(f, "65,7 ГБ", "weights", "ГБ", W(L7, "fp8"), X, "gib_as_gb", anchor="- «Выделенному клиенту нужна квота диска под веса 70B в fp8 — 65,7 ГБ».", note=DR + "; 70,6 ГБ = 65,7 ГиБ")
claim(f, "8,03 ГиБ", "weights", "ГиБ", W(L8, "fp8"), X, "gb_as_gib", anchor="- «Квота для «Старта» под веса 8B в fp8 — 8,03 ГиБ».", note=DR + "; 8,03 ГБ = 7,48 ГиБ")
A = "В черновике я путала гигабайты с гибибайтами: 65,7 — это ГиБ, а в ГБ файл весит 70,6 ГБ."
claim(f, "65,7", "weights", "ГиБ", W(L7, "fp8"), H, anchor=A, note="переатрибутировано к ГиБ")
claim(f, "70,6 ГБ", "weights", "ГБ", W(L7, "fp8"), H, anchor=A)
for text, why in (
        ("sozdano: 2027-09-02", "дата"), ("obnovleno: 2027-09-20", "дата"), ("status: \"черновик к комитету 2027-09-25\"", "дата"),
        ("  start: {model: \"Llama-3.1-8B fp8\"", "тариф: контекст, цена"), ("  pro: {model: \"Qwen2.5-32B fp8\"", "тариф: контекст, цена"),
        ("  vydelennyy: {model: \"Llama-3.1-70B fp8, TP = 2\"", "тариф: контекст, цена"),
        ("  l40s: {pamyat: \"48 ГиБ\"", "характеристики и аренда"), ("  h100: {pamyat: \"80 ГиБ\"", "характеристики и аренда"),
        ("dolya_pamyati_pod_server: 0.90", "входной параметр"), ("model_qwen2.5-32b: {hidden: 5120", "входные параметры конфигурации"),
        ("svyazannye: [\"[[Комитет по тарифам 2027-09-25]]\"", "дата"),
        ("> чтобы цены не расходились с тем, что железо реально тянет. ГБ = 10⁹ байт", "определения единиц"),
        ("| Старт | Llama-3.1-8B, fp8 | 8192 | 14 руб. за 1 млн токенов |", "тариф: контекст, цена"),
        ("| Про | Qwen2.5-32B, fp8 | 32¦768 | 48 руб. за 1 млн токенов |", "тариф: контекст, цена"),
        ("| Выделенный | Llama-3.1-70B, fp8, 2 × H100 | 32¦768 | 690¦000 руб. в месяц |", "тариф: контекст, цена"),
        ("## Что я посчитала сама (проверено с Тимуром 20.09)", "дата"),
        ("## Что говорили на созвоне инженеры (10.09)", "дата"), ("## Таблица финансов (присланная 15.09, как есть)", "дата"),
        ("Со страницы тарифов конкурента (скриншот от 12.09):", "дата"),
        ("## Черновик от 02.09 (устарел, оставляю для истории)", "дата"),
        ("1. Цены за 1 млн токенов оставить: 14 и 48 руб.", "цены"),
        ("2. Выделенный тариф продавать с лимитом 7 сессий по 32K на пару карт", "решение, лимит сессий"),
        ("3. Пересмотреть через квартал, 2027-12-20.", "дата"),
        ("[^1]: Аренда карт — по договору № 77-ГП от 2027-06-01", "номер договора, дата")):
    non(f, text, why)

# ---- ru_05: отчёт о контроле качества разметки (контрольные утверждения с эталоном, комментарии асессоров, подсказка помощника) ----
f = "ru_05"
L8, L13, L270, L27, L7, MS, MX, FA = "llama3-8b", "llama2-13b", "llama2-70b", "llama2-7b", "llama3-70b", "mistral-7b", "mixtral-8x7b", "falcon-7b"
L32, Q05 = "llama3.2-1b", "qwen2.5-0.5b"
SCALE.update({"ГФЛОП": 1e9})
G = "контрольное утверждение, эталон «неверно»"
LO8 = lora(32, 16, [(4096, 4096), (4096, 1024), (4096, 1024), (4096, 4096)])
ROWS = [  # row anchor, figure, kind, unit, correct, verdict, error, extra
    ("| К-01 |", "16,06 ГБ", "weights", "ГБ", W(L8, "bf16"), H, None, {}),
    ("| К-02 |", "16,06 ГБ", "weights", "ГБ", W(L8, "fp32"), X, "wrong_dtype", {}),
    ("| К-03 |", "512 КиБ на токен", "kv_cache_per_token", "КиБ", KVT(L8), X, "off_2x", {}),
    ("| К-04 |", "800 КиБ на токен", "kv_cache_per_token", "КиБ", KVT(L13), H, None, {}),
    ("| К-05 |", "320 КиБ", "kv_cache_per_token", "КиБ", KVT(L270), H, None, {}),
    ("| К-06 |", "568 КиБ", "kv_cache_per_token", "КиБ", KVT(FA), X, "off_2x", {}),
    ("| К-07 |", "13,84 ГБ", "weights", "ГБ", W(FA, "bf16"), H, None, {}),
    ("| К-08 |", "1,34 ГБ", "weights", "ГБ", W("bert-large", "fp32"), H, None, {}),
    ("| К-09 |", "1,56 млрд", "params", "млрд", N["gpt2-xl"], H, None, {}),
    ("| К-09 |", "3,12 ГБ", "weights", "ГБ", W("gpt2-xl", "fp16"), H, None, {}),
    ("| К-10 |", "3,12 ГБ", "weights", "ГБ", W("gpt2-xl", "fp32"), X, "wrong_dtype", {}),
    ("| К-11 |", "1,24 млрд", "params", "млрд", N[L32], H, None, {}),
    ("| К-11 |", "2,47 ГБ", "weights", "ГБ", W(L32, "bf16"), H, None, {}),
    ("| К-12 |", "32 КиБ на токен", "kv_cache_per_token", "КиБ", KVT(L32), H, None, {}),
    ("| К-13 |", "128 КиБ на токен", "kv_cache_per_token", "КиБ", KVT(L32), X, "off_2x", {}),
    ("| К-14 |", "0,99 ГБ", "weights", "ГБ", W(Q05, "bf16"), H, None, {}),
    ("| К-15 |", "0,49 ГБ", "weights", "ГБ", W(Q05, "bf16"), X, "wrong_dtype", {}),
    ("| К-16 |", "12,9 млрд", "params", "млрд", ACTIVE_M7, H, None, {}),
    ("| К-17 |", "46,7 ГБ", "weights", "ГБ", W(MX, "int4"), X, "wrong_dtype", {}),
    ("| К-18 |", "190 ток/с", "throughput", "ток/с", 3.35e12 / (W(L7, "bf16") / 8), H, None, {}),
    ("| К-19 |", "23,7 ток/с", "throughput", "ток/с", 3.35e12 / (W(L7, "bf16") / 8), X, "per_gpu", {}),
    ("| К-20 |", "26,8 Тбит/с", "bandwidth", "Тбит/с", 3.35e12, H, None, {}),
    ("| К-21 |", "600 Гбит/с", "bandwidth", "Гбит/с", 600e9, X, "wrong_unit", {}),
    ("| К-22 |", "208,3 ГБ", "training", "ГБ", 16 * N[L13], H, None, {}),
    ("| К-23 |", "13,0 ГБ на карту", "training", "ГБ", zero(N[L13], 16, 3), H, None, {}),
    ("| К-24 |", "208,3 ГБ на карту", "training", "ГБ", zero(N[L13], 16, 3), X, "per_gpu", {}),
    ("| К-25 |", "8,1 × 10²² FLOP", "flops", "FLOP", 6 * N[L27] * 2e12, H, None, {}),
    ("| К-26 |", "2,7 × 10²² FLOP", "flops", "FLOP", 6 * N[L27] * 2e12, X, "off_2x", {}),
    ("| К-27 |", "4,9 ГБ", "quantized_file", "ГБ", GG(L8, "Q4_K_M"), H, None, {"rel": 0.02}),
    ("| К-28 |", "4,3 ГБ", "quantized_file", "ГБ", GG(L8, "Q8_0"), X, "off_2x", {}),
    ("| К-29 |", "69 %", "percentage", "%", 100 * (1 - BPW["Q4_K_M"] / 16), H, None, {}),
    ("| К-30 |", "35 %", "percentage", "%", 100 * (1 - BPW["Q4_K_M"] / 16), X, "off_2x", {}),
    ("| К-31 |", "13,5–16,1 ГБ", "weights", "ГБ", [W(L27, "bf16"), W(L8, "bf16")], H, None, {"rng": True}),
    ("| К-32 |", "1,7–2,0 ГБ", "weights", "ГБ", [W(L27, "int4"), W(L8, "int4")], X, "off_2x", {"rng": True}),
    ("| К-33 |", "512 МиБ", "kv_cache_total", "МиБ", KV(MS, 4096), H, None, {"bound": "upper"}),
    ("| К-34 |", "4 ГиБ", "kv_cache_total", "ГиБ", KV(MS, 4096), X, "off_2x", {}),
    ("| К-35 |", "141 ГФЛОП", "flops", "ГФЛОП", 2 * N[L7], H, None, {}),
    ("| К-36 |", "423 ГФЛОП", "flops", "ГФЛОП", 2 * N[L7], X, "off_2x", {}),
    ("| К-37 |", "27,3 млн", "params", "млн", LO8, X, "off_2x", {}),
    ("| К-38 |", "27,3 МБ", "weights", "МБ", LO8 * 2, H, None, {}),
    ("| К-39 |", "128,5 ГБ", "weights", "ГБ", W(L270, "bf16"), X, "gib_as_gb", {}),
    ("| К-40 |", "128,5 ГиБ", "weights", "ГиБ", W(L270, "bf16"), H, None, {}),
]
for row, fig, kind, unit, val, v, err, extra in ROWS:
    claim(f, fig, kind, unit, val, v, err, anchor=row, note=(G if v == X else ""), **extra)
AS = "комментарий асессора"
A = "- Асессор A-2291 к К-12: «32 КиБ мало: 2 × 16 × 32 × 64 × 2 = 128 КиБ, так что на 8K выйдет 1 ГиБ»."
claim(f, "128 КиБ", "kv_cache_per_token", "КиБ", KVT(L32), X, "off_2x", anchor=A, note=AS + "; головы запросов; 32 КиБ")
claim(f, "1 ГиБ", "kv_cache_total", "ГиБ", KV(L32, 8192), X, "off_2x", anchor=A, note=AS + "; головы запросов; 256 МиБ")
A = "- Асессор A-0784 к К-12: «Всё сходится: 8 KV-голов по 64, 32 КиБ на токен, на 8K — 256 МиБ»."
claim(f, "32 КиБ на токен", "kv_cache_per_token", "КиБ", KVT(L32), H, anchor=A)
claim(f, "256 МиБ", "kv_cache_total", "МиБ", KV(L32, 8192), H, anchor=A)
claim(f, "3,35 Тбит/с", "bandwidth", "Тбит/с", 3.35e12, X, "wrong_unit", anchor="- Асессор A-3012 к К-20:", note=AS + "; 26,8 Тбит/с")
A = "- Асессор A-1550 к К-23: «13,0 ГБ на карту — это если 8 карт, на 16 будет 6,5 ГБ»."
claim(f, "13,0 ГБ на карту", "training", "ГБ", zero(N[L13], 8, 3), X, "off_2x", anchor=A, note=AS + "; на 8 картах 26,0 ГБ")
claim(f, "6,5 ГБ", "training", "ГБ", zero(N[L13], 16, 3), X, "off_2x", anchor=A, note=AS + "; на 16 картах 13,0 ГБ")
claim(f, "13,0 ГБ", "training", "ГБ", zero(N[L13], 16, 3), H, anchor="Разбор: A-2291 подставил 32 головы запросов")
claim(f, "568 КиБ на токен", "kv_cache_per_token", "КиБ", KVT(FA), X, "off_2x", anchor="> «Falcon-7B хранит 71 голову в кэше", note="LLM-помощник в интерфейсе разметки; 71 голова вместо одной; 8 КиБ", **Q)
for text, why in (
        ("pul: PL-0317", "номер пула"), ("volna: 3", "номер волны"), ("period: {s: 2027-08-04, po: 2027-08-18}", "даты"),
        ("asessorov: 146", "число асессоров"), ("zadaniy_v_pule: 12400", "число заданий"), ("kontrolnyh: 40", "число заданий"),
        ("porog_dopuska_pct: 80", "порог"), ("  llama-3.2-1b: {hidden: 2048", "входные параметры конфигурации"),
        ("  qwen2.5-0.5b: {hidden: 896", "входные параметры конфигурации"),
        ("oborudovanie_v_kontrolnyh: {h100: {psp_tb_s: 3.35}", "характеристики оборудования"),
        ("svyazannye: [\"[[Инструкция асессора PL-0317]]\"", "номер пула, номер волны"),
        ("# Контроль качества разметки: пул PL-0317, волна 3", "номер пула, волны"),
        ("> Асессор видит утверждение и отвечает «верно» или «неверно». Среди 12¦400 заданий", "число заданий"),
        ("> с эталоном; ниже они все, с долей асессоров, ответивших как эталон. Допуск к следующей волне — от 80 %.", "порог"),
        ("> В утверждениях ГБ = 10⁹ байт, ГиБ = 2³⁰ байт", "определения единиц"),
        ("- Головы запросов вместо KV-голов (К-03, К-05, К-06, К-13): в среднем 53 % совпадений.", "номера заданий, статистика"),
        ("- Окно внимания у Mistral (К-33, К-34): 39 и 42 %;", "номера заданий, статистика, формула со свободными переменными"),
        ("- ГБ против ГиБ (К-39, К-40): 53 и 50 %", "номера заданий, статистика"),
        ("В интерфейсе разметки у асессоров был LLM-помощник. На К-06 он отвечал так (из лога):", "номер задания"),
        ("Помощник для пула отключён с 2027-08-12;", "дата, число сессий"),
        ("- К-12 в волне 2 был размечен эталоном как «неверно»; исправлено на «верно».", "номер задания, волны"),
        ("- К-40 добавлено в волне 3 в пару к К-39", "номера заданий, волны"),
        ("| асессоров допущено к волне 4 | 97 из 146 |", "статистика"), ("| средняя точность на контрольных | 63,8 % |", "статистика"),
        ("| медианное время на задание | 41 с |", "измеренное время"),
        ("Следующая волна — с 2027-09-01; в ней 44 контрольных.", "дата, число заданий"),
        ("[^1]: Выплаты асессорам за волну 3 — 418¦600 руб.", "сумма, дата")):
    non(f, text, why)

# ---- titles, headings and time references that carry numbers but no sizing claim (all notes) ----
for f, text, why in (
        ("en_01", "title: \"Larkspur Inference status page — incident history Q1 2027, annotated\"", "quarter, year"),
        ("en_01", "aliases: [status history Q1 2027", "quarter, year"), ("en_01", "# Larkspur status page, Q1 2027 — annotated export", "quarter, year"),
        ("en_01", "> - ✔ the cache figures of the 15:58 update.", "time"), ("en_01", "### Capacity sheet for the 70B replica", "model name"),
        ("en_01", "| tier (v12) | cache per request (GiB)", "table header, version"), ("en_01", "> - ✔ the figures of the 09:20 update.", "time"),
        ("en_01", "> - ✔ the parameter count, both weight sizes and the Q4_K_M file.", "format name"), ("en_01", "> - ✔ the Q4_K_M size.", "format name"),
        ("en_02", "title: \"Expert report — Meridian Legal Tech v Brightwire Systems (ARB/27/0412)\"", "case number"),
        ("en_02", "aliases: [Brightwire expert report, ARB-27-0412 report]", "case number"),
        ("en_02", "expert: \"independent expert appointed by the Tribunal (Procedural Order No. 3)\"", "order number"),
        ("en_02", "| model | Llama-3.1-70B-Instruct in bf16", "model name (requirement)"),
        ("en_02", "| configuration | weights per card (GiB) | free per card (GiB) | users at 16K |", "table header with context"),
        ("en_03", "title: \"Corvid AX-2 datasheet DS-AX2-004 — errata (revision C)\"", "document number"),
        ("en_03", "aliases: [AX-2 errata, DS-AX2-004 errata]", "document number"), ("en_03", "# DS-AX2-004 errata, revision C", "document number"),
        ("en_03", "### Withdrawn: erratum E5-bis", "erratum id"), ("en_03", "## AN-AX2-01, sizing examples (as corrected in revision C)", "document number"),
        ("en_04", "title: \"Capacity game day GD-2027-05", "exercise id"), ("en_04", "aliases: [GD-2027-05, capacity game day May 2027]", "exercise id, year"),
        ("en_04", "# GD-2027-05 — inject log", "exercise id"), ("en_04", "> \"Sales wants a laptop demo. Weights, cache at 32K", "inject text, context"),
        ("en_05", "title: \"Sizing intuition survey 2027 — results write-up\"", "year"), ("en_05", "aliases: [sizing survey 2027", "year"),
        ("en_05", "# What engineers guess: sizing survey 2027", "year"),
        ("ru_01", "title: \"Протокол заседания жюри: ИнфраХак-2027", "год"), ("ru_01", "aliases: [протокол жюри ИнфраХак-2027", "год"),
        ("ru_02", "title: \"Дневник наблюдений: предобучение «Сокол-2B», ноябрь 2027\"", "год, название модели"),
        ("ru_02", "svyazannye: [\"[[Сокол-2B — план экспериментов]]\"", "название модели"), ("ru_02", "# Дневник наблюдений: «Сокол-2B»", "название модели"),
        ("ru_03", "  url: \"https://blog.example.dev/posts/llm-memory-2027\"", "URL"),
        ("ru_04", "title: \"Тарифы инференса: заметки продакта (Q4 2027)\"", "квартал, год"), ("ru_04", "aliases: [тарифы API заметки, pricing inference Q4]", "квартал"),
        ("ru_04", "| модель | карта | веса, ГБ | потолок на пользователя, ток/с | кэш на 32K, ГиБ |", "шапка таблицы с контекстом"),
        ("ru_05", "title: \"Контроль качества разметки: пул «Утверждения о памяти LLM», волна 3\"", "номер волны"),
        ("ru_05", "aliases: [КК разметки волна 3, golden set память LLM]", "номер волны")):
    non(f, text, why)
claim("ru_02", "46 с небольшим часов", "time", "часов", 6 * N["sokol-2b"] * 60e9 / (8 * 0.4 * 989e12), H, bound="lower",
      anchor="Прогон завершён в 16:20, итоговый loss 2,51.")

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
            raise SystemExit("truth.json is stale: run python tests/claims_corpus_al/truth.py")
        summary(truth)
        print("truth.json is current; every check passed")
        return 0
    path.write_text(text, encoding="utf-8")
    summary(truth)
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
