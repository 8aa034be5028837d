#!/usr/bin/env python3
"""Ground truth for blind sizing-claims corpus AK (tests/claims_corpus_ak/notes).

Written without reading vaultkit's code, its tests or the other corpora's notes.  Facts come
from /work/shared/claims-gold.md: bytes per dtype, exact parameter counts and configs of the
catalogued models, measured GGUF bits per weight (Llama-3.1-8B), the KV-cache, training-memory
and activation formulas.  Models that claims-gold lacks appear only with their config stated in
the note itself; the truth recomputes their parameter counts from that config with the
claims-gold formula (asserted below for the catalogued ones).  Nothing here imports vaultkit.
The checking code (figure reader, tolerance, error-class checks, output) and the model helpers
and catalogue are corpus AJ's truth.py, reused unchanged (with the facts AC-AJ added); AK adds
InternLM2.5-7B and OLMo-2-7B (from the configs its notes print), a few units, then its own claims.

    python tests/claims_corpus_ak/truth.py          # verify and (re)write truth.json
    python tests/claims_corpus_ak/truth.py --check  # verify; fail if truth.json is stale

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

# ---- en_01: an ML platform team's office-hours log (questions as asked, answers with arithmetic, tickets, a pasted bot) ----
f = "en_01"
L8, IL, OL, L27, MS, MX = "llama3-8b", "internlm2.5-7b", "olmo2-7b", "llama2-7b", "mistral-7b", "mixtral-8x7b"
H1, LS, L4B = 3.35e12, 864e9, 300e9
LO8 = lora(32, 16, [(4096, 4096), (4096, 1024), (4096, 1024), (4096, 4096)])
A = "- 8,030,261,248 parameters, so 16.06 GB in bf16"
claim(f, "8,030,261,248 parameters", "params", "params", N[L8], H, anchor=A)
claim(f, "16.06 GB", "weights", "GB", W(L8, "bf16"), H, anchor=A)
claim(f, "14.96 GiB", "weights", "GiB", W(L8, "bf16"), H, anchor=A)
A = "- fp32 doubles that to 32.12 GB"
claim(f, "32.12 GB", "weights", "GB", W(L8, "fp32"), H, anchor=A)
claim(f, "8.03 GB", "weights", "GB", W(L8, "int8"), H, anchor=A)
claim(f, "about 4.0 GB", "weights", "GB", W(L8, "int4"), H, hedged=True, anchor=A)
claim(f, "15,317 MiB", "weights", "MiB", W(L8, "bf16"), H, anchor="- In `nvidia-smi` terms the bf16 weights are 15,317 MiB")
A = "- The formula gives 7,737,708,544 parameters"
claim(f, "7,737,708,544 parameters", "params", "params", N[IL], H, anchor=A)
claim(f, "7.74 B", "params", "B", N[IL], H, anchor=A)
A = "- 15.48 GB in bf16 (14.41 GiB)"
claim(f, "15.48 GB", "weights", "GB", W(IL, "bf16"), H, anchor=A)
claim(f, "14.41 GiB", "weights", "GiB", W(IL, "bf16"), H, anchor=A)
claim(f, "7.74 GB", "weights", "GB", W(IL, "int8"), H, anchor=A)
claim(f, "3.87 GB", "weights", "GB", W(IL, "int4"), H, anchor=A)
A = "- 7,298,617,344 parameters; bf16 weights 14.6 GB"
claim(f, "7,298,617,344 parameters", "params", "params", N[OL], H, anchor=A)
claim(f, "14.6 GB", "weights", "GB", W(OL, "bf16"), H, anchor=A)
claim(f, "13.59 GiB", "weights", "GiB", W(OL, "bf16"), H, anchor=A)
A = "- Llama-3-8B: `2 × 32 × 8 × 128 × 2` = 131,072 bytes"
claim(f, "131,072 bytes", "kv_cache_per_token", "bytes", KVT(L8), H, anchor=A)
claim(f, "128 KiB per token", "kv_cache_per_token", "KiB", KVT(L8), H, anchor=A)
claim(f, "1 GiB", "kv_cache_total", "GiB", KV(L8, 8192), H, anchor=A)
A = "  and a full batch of 32 such sequences 32 GiB (34.4 GB)."
claim(f, "32 GiB", "kv_cache_total", "GiB", KV(L8, 8192, 32), H, anchor=A)
claim(f, "34.4 GB", "kv_cache_total", "GB", KV(L8, 8192, 32), H, anchor=A)
A = "- InternLM2.5-7B has the same 8 KV heads"
claim(f, "128 KiB per token", "kv_cache_per_token", "KiB", KVT(IL), H, anchor=A)
claim(f, "4 GiB", "kv_cache_total", "GiB", KV(IL, 32768), H, anchor=A)
claim(f, "512 KiB per token", "kv_cache_per_token", "KiB", KVT(OL), H, anchor="- OLMo-2-7B and Llama-2-7B keep all 32 heads")
claim(f, "16 GiB", "kv_cache_total", "GiB", KV(L27, 4096, 8), H, anchor="  16 GiB.")
claim(f, "512 MiB", "kv_cache_total", "MiB", KV(MS, 4096), H, bound="upper", anchor="- Mistral-7B caps the cache at its 4,096-token sliding window")
A = "> \"Llama-2-7B needs 128 KiB per token, so a 4K batch of 8 takes 4 GiB.\""
claim(f, "128 KiB per token", "kv_cache_per_token", "KiB", KVT(L27), X, "off_2x", anchor=A, note="retracted answer: invented GQA; 512 KiB")
claim(f, "4 GiB", "kv_cache_total", "GiB", KV(L27, 4096, 8), X, "off_2x", anchor=A, note="retracted answer: invented GQA; 16 GiB")
A = "1. 24 − 14.96 = 9.04 GiB left after the weights."
claim(f, "14.96", "weights", "GiB", W(L8, "bf16"), H, anchor=A)
claim(f, "9.04 GiB", "arithmetic", "GiB", 24 * GIB - W(L8, "bf16"), H, anchor=A)
A = "2. At 1 GiB per 8K sequence that is 9 sequences"
claim(f, "1 GiB", "kv_cache_total", "GiB", KV(L8, 8192), H, anchor=A)
claim(f, "9 sequences", "arithmetic", "sequences", (24 * GIB - W(L8, "bf16")) // KV(L8, 8192), H, anchor=A)
claim(f, "7 sequences", "arithmetic", "sequences", (22 * GIB - W(L8, "bf16")) // KV(L8, 8192), H, anchor=A)
A = "3. For a 32-sequence batch at 8K (32 GiB of cache)"
claim(f, "32 GiB", "kv_cache_total", "GiB", KV(L8, 8192, 32), H, anchor=A)
claim(f, "14.96", "weights", "GiB", W(L8, "bf16"), H, anchor=A)
claim(f, "33.04 GiB", "arithmetic", "GiB", 80 * GIB - W(L8, "bf16") - KV(L8, 8192, 32), H, anchor=A)
for row, bw in (("| h100 | 3350 |", H1), ("| l40s | 864 |", LS), ("| l4 | 300 |", L4B)):
    c1, c2 = {"| h100 | 3350 |": ("208.6", "682"), "| l40s | 864 |": ("53.8", "175.9"), "| l4 | 300 |": ("18.7", "61.1")}[row]
    claim(f, c1, "throughput", "tok/s", bw / W(L8, "bf16"), H, anchor=row)
    claim(f, c2, "throughput", "tok/s", bw / GG(L8, "Q4_K_M"), H, rel=0.02, anchor=row)
A = "- InternLM2.5-7B in bf16 on an L40S: 864 ÷ 15.48 = 55.8 tok/s at most."
claim(f, "15.48", "weights", "GB", W(IL, "bf16"), H, anchor=A)
claim(f, "55.8 tok/s", "throughput", "tok/s", LS / W(IL, "bf16"), H, bound="upper", anchor=A)
A = "  That is 82 % of the 208.6 tok/s ceiling."
claim(f, "82 %", "percentage", "%", 100 * 171 / (H1 / W(L8, "bf16")), H, anchor=A)
claim(f, "208.6 tok/s", "throughput", "tok/s", H1 / W(L8, "bf16"), H, anchor=A)
claim(f, "104.3 tok/s", "throughput", "tok/s", H1 / W(L8, "bf16"), X, "wrong_dtype", anchor="- At the first run of this session the h100 row was given as 104.3 tok/s.", note="superseded: fp32 ceiling; bf16 208.6")
A = "  The 104.3 came from dividing by the fp32 size, 32.12 GB."
claim(f, "104.3", "throughput", "tok/s", H1 / W(L8, "fp32"), H, anchor=A, note="re-attributed to fp32")
claim(f, "32.12 GB", "weights", "GB", W(L8, "fp32"), H, anchor=A)
A = "- Llama-3-8B Q4_K_M is 4.91 GB (4.58 GiB)"
claim(f, "4.91 GB", "quantized_file", "GB", GG(L8, "Q4_K_M"), H, rel=0.02, anchor=A)
claim(f, "4.58 GiB", "quantized_file", "GiB", GG(L8, "Q4_K_M"), H, rel=0.02, anchor=A)
claim(f, "8.53 GB", "quantized_file", "GB", GG(L8, "Q8_0"), H, rel=0.02, anchor=A)
claim(f, "7.95 GiB", "quantized_file", "GiB", GG(L8, "Q8_0"), H, rel=0.02, anchor=A)
claim(f, "≈ 4.73 GB", "quantized_file", "GB", GG(IL, "Q4_K_M"), H, hedged=True, anchor="- InternLM2.5-7B Q4_K_M comes out at ≈ 4.73 GB.")
A = "- Q4_K_M averages 4.89 bits per weight"
claim(f, "4.89 bits", "quantized_file", "bits", BPW["Q4_K_M"], H, anchor=A)
claim(f, "8.5", "quantized_file", "bits", BPW["Q8_0"], H, anchor=A)
claim(f, "128.5 GB", "training", "GB", 16 * N[L8], H, anchor="Llama-3-8B needs 128.5 GB of model state")
A = "- ZeRO-3 over 8 GPUs: 16.06 GB per GPU."
claim(f, "16.06 GB per GPU", "training", "GB", zero(N[L8], 8, 3), H, anchor=A)
claim(f, "44.2 GB per GPU", "training", "GB", zero(N[L8], 8, 1), H, anchor=A)
A = "- LoRA r = 16 on q, k, v and o: 13,631,488 trainable parameters"
claim(f, "13,631,488 trainable parameters", "params", "params", LO8, H, anchor=A)
claim(f, "13.6 M", "params", "M", LO8, H, anchor=A)
claim(f, "27.3 MB", "weights", "MB", LO8 * 2, H, anchor=A)
A = "  16 bytes per trainable parameter its state is 218 MB"
claim(f, "218 MB", "training", "MB", LO8 * 16, H, anchor=A)
claim(f, "≈ 16.3 GB", "training", "GB", W(L8, "bf16") + LO8 * 16, H, hedged=True, anchor=A)
A = "- Mixtral-8x7B stores 46.7 B parameters"
claim(f, "46.7 B parameters", "params", "B", N[MX], H, anchor=A)
claim(f, "93.4 GB", "weights", "GB", W(MX, "bf16"), H, anchor=A)
claim(f, "46.7 GB", "weights", "GB", W(MX, "int8"), H, anchor=A)
claim(f, "46.7 GB", "weights", "GB", W(MX, "int4"), X, "wrong_dtype", anchor="- A common slip in `#ask-platform`", note="int8 size; int4 23.4 GB")
A = "- Only 2 of 8 experts run per token, 12.9 B active"
claim(f, "12.9 B", "params", "B", ACTIVE_M7, H, anchor=A)
claim(f, "25.8 GB", "weights", "GB", ACTIVE_M7 * 2, H, anchor=A)
A = "- On 2 × H100 at TP = 2 each card reads 12.9 GB per token"
claim(f, "12.9 GB per token", "weights", "GB", ACTIVE_M7 * 2 / 2, H, anchor=A)
claim(f, "260 tok/s", "throughput", "tok/s", H1 / (ACTIVE_M7 * 2 / 2), H, anchor=A)
A = "  fit: 160 − 87.0 = 73.0 GiB left for cache."
claim(f, "87.0", "weights", "GiB", W(MX, "bf16"), H, anchor=A)
claim(f, "73.0 GiB", "arithmetic", "GiB", 160 * GIB - W(MX, "bf16"), H, anchor=A)
A = "- 3.35 TB/s is 26.8 Tbit/s"
claim(f, "26.8 Tbit/s", "bandwidth", "Tbit/s", H1, H, anchor=A)
claim(f, "6912 Gbit/s", "bandwidth", "Gbit/s", LS, H, anchor=A)
A = "- Pulling the 16.06 GB bf16 checkpoint over the 25 Gbit/s storage link"
claim(f, "16.06 GB", "weights", "GB", W(L8, "bf16"), H, anchor=A)
claim(f, "≈ 5.1 s", "time", "s", W(L8, "bf16") / 3.125e9, H, hedged=True, anchor=A)
claim(f, "16.1 GFLOP", "flops", "GFLOP", 2 * N[L8], H, anchor="- Decode costs 2N FLOPs per token")
claim(f, "4.8 × 10¹⁹ FLOP", "flops", "FLOP", 6 * N[L8] * 1e9, H, anchor="- A 1 B-token fine-tune is 6 × 8.03")
T = "ticket as filed"
claim(f, "32.1 GB", "weights", "GB", W(L8, "bf16"), X, "wrong_dtype", anchor="| PLAT-2291 |", note=T + "; fp32 size, bf16 16.06 GB")
claim(f, "512 KiB per token", "kv_cache_per_token", "KiB", KVT(L8), X, "off_2x", anchor="| PLAT-2305 |", note=T + "; query heads; 128 KiB")
claim(f, "1 GiB", "kv_cache_total", "GiB", KV(L8, 8192, 32), X, "off_2x", anchor="| PLAT-2312 |", note=T + "; batch dropped; 32 GiB")
claim(f, "16 GiB", "kv_cache_total", "GiB", KV(IL, 32768), X, "off_2x", anchor="| PLAT-2372 |", note=T + "; query heads; 4 GiB")
claim(f, "37.4 tok/s", "throughput", "tok/s", L4B / W(L8, "bf16"), X, "off_2x", anchor="| PLAT-2340 |", note=T + "; A10 bandwidth; L4 18.7")
claim(f, "93.4 GB", "weights", "GB", ACTIVE_M7 * 2, X, "wrong_kind", anchor="| PLAT-2351 |", note=T + "; stored total; active 25.8 GB")
claim(f, "35.9 tok/s", "throughput", "tok/s", H1 / (ACTIVE_M7 * 2 / 2), X, "wrong_kind", anchor="| PLAT-2374 |", note=T + "; whole MoE file on one card; 260")
claim(f, "128.5 GB per GPU", "training", "GB", zero(N[L8], 8, 3), X, "per_gpu", anchor="| PLAT-2367 |", note=T + "; total; 16.06 GB per GPU")
claim(f, "16.06 GiB", "weights", "GiB", W(L8, "bf16"), X, "gb_as_gib", anchor="| PLAT-2388 |", note=T + "; 14.96 GiB")
claim(f, "29.2 GB", "weights", "GB", W(OL, "bf16"), X, "wrong_dtype", anchor="| PLAT-2398 |", note=T + "; fp32 size; bf16 14.6 GB")
claim(f, "16.06 GB per GPU", "training", "GB", zero(N[L8], 8, 1), X, "off_2x", anchor="| PLAT-2401 |", note=T + "; ZeRO-3 figure for ZeRO-1; 44.2 GB")
A = "- PLAT-2291, in prose: \"InternLM2.5-7B in bf16 is 7.74 GB\""
claim(f, "7.74 GB", "weights", "GB", W(IL, "bf16"), X, "wrong_dtype", anchor=A, note=T + "; int8 size; bf16 15.48 GB")
claim(f, "7.74 GB", "weights", "GB", W(IL, "int8"), H, anchor=A, occ=2, note="re-attributed to int8")
claim(f, "2.46 GB", "quantized_file", "GB", GG(L8, "Q4_K_M"), X, "off_2x", anchor="- PLAT-2377:", note=T + "; halved; 4.91 GB")
claim(f, "128 KiB per token", "kv_cache_per_token", "KiB", KVT(OL), X, "off_2x", anchor="- PLAT-2380:", note=T + "; invented GQA; 512 KiB")
A = "- PLAT-2384:"
claim(f, "16.06 GB", "weights", "GB", W(L8, "bf16"), H, anchor=A)
claim(f, "0.64 s", "time", "s", W(L8, "bf16") / 3.125e9, X, "wrong_unit", anchor=A, note=T + "; Gbit/s read as GB/s; 5.1 s")
claim(f, "64.2 GB", "training", "GB", 16 * N[L8], X, "off_2x", anchor="- PLAT-2390:", note=T + "; 8 bytes per parameter; 128.5 GB")
A = "> \"Llama-3-8B needs 8.03 GB of VRAM in bf16"
claim(f, "8.03 GB", "weights", "GB", W(L8, "bf16"), X, "wrong_dtype", anchor=A, note="int8 size; bf16 16.06 GB", **Q)
claim(f, "64 KiB per token", "kv_cache_per_token", "KiB", KVT(L8), X, "off_2x", anchor=A, note="K and V counted once; 128 KiB", **Q)
A = "> 107.6 tok/s. The L40S has 864 Gbit/s of memory bandwidth.\""
claim(f, "107.6 tok/s", "throughput", "tok/s", LS / W(L8, "bf16"), X, "wrong_dtype", anchor=A, note="int8 ceiling; bf16 53.8", **Q)
claim(f, "864 Gbit/s", "bandwidth", "Gbit/s", LS, X, "wrong_unit", anchor=A, note="864 GB/s = 6912 Gbit/s", **Q)
A = "- ✘ all four: 8.03 GB is int8"
claim(f, "8.03 GB", "weights", "GB", W(L8, "int8"), H, anchor=A, note="re-attributed to int8")
claim(f, "64 KiB", "arithmetic", "KiB", KVT(L8) / 2, H, anchor=A, note="re-attributed: K and V once")
claim(f, "107.6 tok/s", "throughput", "tok/s", LS / W(L8, "int8"), H, anchor=A, note="re-attributed to int8")
claim(f, "864", "bandwidth", "GB/s", LS, H, anchor="  and the 864 is GB/s.")
A = "- The fixed bot now answers 16.06 GB"
claim(f, "16.06 GB", "weights", "GB", W(L8, "bf16"), H, anchor=A)
claim(f, "128 KiB per token", "kv_cache_per_token", "KiB", KVT(L8), H, anchor=A)
claim(f, "53.8 tok/s", "throughput", "tok/s", LS / W(L8, "bf16"), H, anchor=A)
for text, why in (
        ("page_id: PLAT-OH-LOG-07", "page id"), ("log_started: 2026-11-03", "date"), ("last_session: 2027-02-14", "date"),
        ("sessions_held: 14", "session count"), ("  - {name: h100, card:", "hardware spec"),
        ("  - {name: l40s, card:", "hardware spec"), ("  - {name: l4, card:", "hardware spec"),
        ("  max_batch: 32", "config input"), ("  headroom_gib: 2", "config input"),
        ("  internlm2.5-7b: {hidden: 4096", "config inputs"), ("  olmo-2-7b: {hidden: 4096", "config inputs"),
        ("related: [\"[[Serving runbook]]\"", "wikilinks with year and date"),
        ("> Here GB means 10⁹ bytes and GiB means 2³⁰ bytes", "unit definitions"),
        ("> allocator treats the cards'", "card capacities, session count"),
        ("asked it since 2026-11-03 (e.g. [41]).", "date, question count"),
        ("## 1. Session 2026-11-08", "section number, date, count"),
        ("Parameters × bytes per parameter: fp32 4", "dtype constants, footnote"),
        ("## 2. Session 2026-11-15", "section number, date, count"),
        ("$$\\text{KV per token} = 2 \\cdot L", "formula with free variables"),
        ("> [!warning] Answered at the 2026-12-01 drop-in", "date"),
        ("## 3. Session 2026-11-22", "section number, date, count"),
        ("## 4. Session 2026-11-29", "section number, date, count"),
        ("Batch-1 decode reads every weight once per token", "rule in words"),
        ("| pool | bandwidth (GB/s) |", "table header with units"),
        ("- Measured on h100 with vLLM 0.7.3, batch 1: 171 tok/s.", "measured speed, version"),
        ("## 5. Session 2026-12-06", "section number, date, count"),
        ("## 6. Session 2026-12-13", "section number, date, count"),
        ("## 7. Session 2027-01-10", "section number, date, count"),
        ("## 8. Session 2027-01-17", "section number, date, count"),
        ("## 9. Session 2027-01-24", "section number, date, count"),
        ("## 10. Tickets attendees brought along (session 2027-01-31)", "section number, date"),
        ("## 11. Session 2027-02-10", "section number, date"),
        ("- 2027-02-14 (session 14)", "date, session, ticket numbers"),
        ("- 2027-01-22 (session 11)", "date, session, config"),
        ("- 2026-12-01 (session 5)", "date, session, version, node count"),
        ("[^1]: Parameter counts from the formula", "footnote, date")):
    non(f, text, why)
R2 = "stand-in host's answer, retracted"
claim(f, "8 GB", "weights", "GB", W(L8, "fp16"), X, "wrong_dtype", anchor="> - \"Llama-3-8B in fp16 takes 8 GB.\"", note=R2 + "; int8 size; fp16 16.06 GB")
claim(f, "512 KiB per token", "kv_cache_per_token", "KiB", KVT(IL), X, "off_2x", anchor="> - \"InternLM2.5-7B's KV cache is 512 KiB per token.\"", note=R2 + "; query heads; 128 KiB")
claim(f, "150 tok/s", "throughput", "tok/s", L4B / W(L8, "bf16"), X, "off_2x", anchor="> - \"An L4 decodes Llama-3-8B in bf16 at 150 tok/s.\"", note=R2 + "; 18.7")
claim(f, "4.27 GB", "quantized_file", "GB", GG(L8, "Q8_0"), X, "off_2x", anchor="> - \"Q8_0 of Llama-3-8B is 4.27 GB.\"", note=R2 + "; halved; 8.53 GB")
claim(f, "128.5 GB per GPU", "training", "GB", zero(N[L8], 4, 3), X, "per_gpu", anchor="> - \"ZeRO-3 on 4 GPUs: 128.5 GB per GPU.\"", note=R2 + "; total; 32.1 GB per GPU")
claim(f, "12.9 GB", "weights", "GB", ACTIVE_M7 * 2, X, "wrong_dtype", anchor="> - \"Mixtral-8x7B reads 12.9 GB per token in bf16.\"", note=R2 + "; fp8 active weights; bf16 25.8 GB")
claim(f, "27.9 tok/s", "throughput", "tok/s", LS / W(IL, "bf16"), X, "wrong_dtype", anchor="- PLAT-2402:", note=T + "; fp32 ceiling; bf16 55.8")
claim(f, "4 GiB", "kv_cache_total", "GiB", KV(MS, 4096), X, "off_2x", anchor="- PLAT-2405:", note=T + "; window ignored; 512 MiB")
claim(f, "13.5–16.1 GB", "weights", "GB", [W(L27, "bf16"), W(L8, "bf16")], H, rng=True, anchor="- Most 7–8B models in the catalogue need 13.5–16.1 GB in bf16")
non(f, "  stay whole, only the 12 optimizer bytes are split).", "constant")

# ---- en_02: a technical reviewer's form on an allocation proposal (quoted section C.4, panel comments, rebuttal, portal check) ----
f = "en_02"
TN, L13, L7, FA, G2X, BL = "tern-1.4b", "llama2-13b", "llama3-70b", "falcon-7b", "gpt2-xl", "bert-large"
N[TN] = llama_like(2048, 5632, 24, 16, 16, 128, 50304, True)
CFG[TN] = (2048, 24, 16, 16, 128)
assert N[TN] == 1_336_248_320
PEAK = 0.40 * 312e12                      # MFU x A100 bf16 peak, FLOP/s per GPU (stated in the note)
A1 = 2039e9
C1 = 6 * N[TN] * 100e9                    # WP1 FLOPs
GH1 = C1 / PEAK / 3600                    # WP1 GPU-hours
C2 = 6 * N[L13] * 2e9
GH2 = C2 / PEAK / 3600
CEIL = A1 / (W(L7, "bf16") / 2)           # per sequence at TP = 2
HRS3 = 50e6 / (16 * CEIL) / 3600          # hours on the pair, lower bound
LQV = lora(40, 16, [(5120, 5120), (5120, 5120)])
SCALE.update({"GPU-seconds": 1, "tokens/param": 1})
claim(f, "1785", "time", "GPU-hours", GH1, H, anchor="| WP1 pretraining | Tern-1.4B |")
claim(f, "348", "time", "GPU-hours", GH2, H, anchor="| WP2 fine-tuning | Llama-2-13B |")
claim(f, "60", "time", "GPU-hours", 2 * HRS3, H, anchor="| WP3 evaluation | Llama-3-70B |")
A = "- Parameters: 1,336,248,320 (1.34 B)"
claim(f, "1,336,248,320", "params", "params", N[TN], H, anchor=A)
claim(f, "1.34 B", "params", "B", N[TN], H, anchor=A)
claim(f, "2.67 GB", "weights", "GB", W(TN, "bf16"), H, anchor=A)
A = "- Data: 100 B tokens, i.e. 74.8 tokens per parameter"
claim(f, "74.8 tokens per parameter", "ratio", "tokens/param", 100e9 / N[TN], H, anchor=A)
claim(f, "about 3.7×", "ratio", "×", 100e9 / N[TN] / 20, H, hedged=True, anchor=A)
claim(f, "8.02 \\times 10^{20}", "flops", "FLOP", C1, H, anchor="- Compute: $6 \\times 1.336")
A = "- At 0.40 × 312 TFLOP/s = 124.8 TFLOP/s per GPU"
claim(f, "124.8 TFLOP/s", "arithmetic", "TFLOP/s", PEAK, H, anchor=A)
claim(f, "6.42 × 10⁶ GPU-seconds", "time", "GPU-seconds", C1 / PEAK, H, anchor=A)
claim(f, "1785 GPU-hours", "time", "GPU-hours", GH1, H, anchor=A)
claim(f, "55.8 hours", "time", "hours", C1 / PEAK / 32, H, anchor="  on 32 GPUs the run takes 55.8 hours")
claim(f, "21.4 GB", "training", "GB", 16 * N[TN], H, anchor="- Model state with mixed-precision Adam (16 bytes per parameter): 21.4 GB")
claim(f, "3.8 GB per layer", "activations", "GB", act(TN, 2048, 8, layers=1), H, anchor="- Activations at sequence 2048 and micro-batch 8")
claim(f, "91.8 GB", "activations", "GB", act(TN, 2048, 8), H, anchor="  recomputation, 91.8 GB for all 24 layers")
A = "  and the total drops to 27.4 GB"
claim(f, "27.4 GB", "activations", "GB", act(TN, 2048, 8, "flash"), H, anchor=A)
claim(f, "1.61 GB", "activations", "GB", act(TN, 2048, 8, "full"), H, anchor=A)
A = "- KV cache for the evaluation harness: 192 KiB per token"
claim(f, "192 KiB per token", "kv_cache_per_token", "KiB", KVT(TN), H, anchor=A)
claim(f, "3 GiB", "kv_cache_total", "GiB", KV(TN, 2048, 8), H, anchor=A)
A = "- 13,015,864,320 parameters; full fine-tuning state is 208.3 GB"
claim(f, "13,015,864,320 parameters", "params", "params", N[L13], H, anchor=A)
claim(f, "208.3 GB", "training", "GB", 16 * N[L13], H, anchor=A)
A = "- ZeRO-3 over 8 GPUs: 26.0 GB per GPU."
claim(f, "26.0 GB per GPU", "training", "GB", zero(N[L13], 8, 3), H, anchor=A)
claim(f, "71.6 GB per GPU", "training", "GB", zero(N[L13], 8, 1), H, anchor=A)
claim(f, "1.56 \\times 10^{20}", "flops", "FLOP", C2, H, anchor="- Compute for 2 B tokens:")
A = "  i.e. 348 GPU-hours, 43.5 hours on one 8-GPU node."
claim(f, "348 GPU-hours", "time", "GPU-hours", GH2, H, anchor=A)
claim(f, "43.5 hours", "time", "hours", C2 / PEAK / 8, H, anchor=A)
A = "- Fallback: LoRA r = 16 on q and v, 13,107,200 trainable parameters"
claim(f, "13,107,200 trainable parameters", "params", "params", LQV, H, anchor=A)
claim(f, "26.0 GB", "weights", "GB", W(L13, "bf16"), H, anchor=A)
claim(f, "≈ 26.2 GB", "training", "GB", W(L13, "bf16") + 16 * LQV, H, hedged=True, anchor="  the job needs ≈ 26.2 GB before activations.")
A = "- bf16 weights 141.1 GB, split over 2 GPUs at TP = 2: 65.7 GiB per card."
claim(f, "141.1 GB", "weights", "GB", W(L7, "bf16"), H, anchor=A)
claim(f, "65.7 GiB per card", "weights", "GiB", W(L7, "bf16") / 2, H, anchor=A)
A = "- KV cache 320 KiB per token; a 4K-token sequence is 1.25 GiB"
claim(f, "320 KiB per token", "kv_cache_per_token", "KiB", KVT(L7), H, anchor=A)
claim(f, "1.25 GiB", "kv_cache_total", "GiB", KV(L7, 4096), H, anchor=A)
claim(f, "20 GiB", "kv_cache_total", "GiB", KV(L7, 4096, 16), H, anchor=A)
claim(f, "10 GiB per", "kv_cache_total", "GiB", KV(L7, 4096, 16) / 2, H, anchor=A)
A = "  card, leaving 80 − 65.7 − 10 = 4.3 GiB per card."
claim(f, "65.7", "weights", "GiB", W(L7, "bf16") / 2, H, anchor=A)
claim(f, "10", "kv_cache_total", "GiB", KV(L7, 4096, 16) / 2, H, anchor=A)
claim(f, "4.3 GiB per card", "arithmetic", "GiB", 80 * GIB - W(L7, "bf16") / 2 - KV(L7, 4096, 16) / 2, H, anchor=A)
A = "- Decode ceiling per sequence at TP = 2: 2039 ÷ 70.55 = 28.9 tok/s"
claim(f, "70.55", "weights", "GB", W(L7, "bf16") / 2, H, anchor=A)
claim(f, "28.9 tok/s", "throughput", "tok/s", CEIL, H, anchor=A)
claim(f, "462 tok/s", "throughput", "tok/s", 16 * CEIL, H, bound="upper", anchor=A)
A = "- 50 M generated tokens therefore take at least 30.0 hours on the pair"
claim(f, "30.0 hours", "time", "hours", HRS3 * 3600, H, bound="lower", anchor=A)
claim(f, "60 GPU-hours", "time", "GPU-hours", 2 * HRS3, H, bound="lower", anchor=A)
A = "- Baselines run on one GPU: Falcon-7B in bf16 is 13.84 GB"
claim(f, "13.84 GB", "weights", "GB", W(FA, "bf16"), H, anchor=A)
claim(f, "8 KiB per token", "kv_cache_per_token", "KiB", KVT(FA), H, anchor=A)
A = "  GPT-2 XL in fp32 is 6.23 GB; BERT-large in fp32 is 1.34 GB."
claim(f, "6.23 GB", "weights", "GB", W(G2X, "fp32"), H, anchor=A)
claim(f, "1.34 GB", "weights", "GB", W(BL, "fp32"), H, anchor=A)
A = "- 50 full training-state checkpoints of Tern-1.4B at 21.4 GB each: 1.07 TB."
claim(f, "21.4 GB", "training", "GB", 16 * N[TN], H, anchor=A)
claim(f, "1.07 TB", "arithmetic", "TB", 50 * 16 * N[TN], H, anchor=A)
claim(f, "200 GB", "arithmetic", "GB", 100e9 * 2, H, anchor="- Tokenised data: 100 B tokens as uint16 ids")
R = "reviewer's figure"
claim(f, "2.67 × 10²⁰ FLOP", "flops", "FLOP", C1, X, "off_2x", anchor="> The WP1 estimate looks sound.", note=R + "; 2ND for 6ND; 8.02e20")
claim(f, "1785 GPU-hours", "time", "GPU-hours", GH1, H, anchor="> 100B tokens, so 1785 GPU-hours is three times too high.")
claim(f, "104.1 GB", "training", "GB", 16 * N[L13], X, "off_2x", anchor="> Also, the memory figure for the 13B run is off", note=R + "; 8 bytes per parameter; 208.3 GB")
claim(f, "3.12 GB", "weights", "GB", W(G2X, "fp32"), X, "wrong_dtype", anchor="> GPT-2 XL in fp32 is 3.12 GB", note=R + "; bf16 size; fp32 6.23 GB")
claim(f, "42.8 GB", "training", "GB", 16 * N[TN], X, "off_2x", anchor="> Tern-1.4B at 16 bytes per parameter needs 42.8 GB", note=R + "; 32 bytes per parameter; 21.4 GB")
A = "> WP3 underestimates memory: Llama-3-70B's cache is 2.5 MiB per token"
claim(f, "2.5 MiB per token", "kv_cache_per_token", "MiB", KVT(L7), X, "off_2x", anchor=A, note=R + "; query heads; 320 KiB")
claim(f, "160 GiB", "kv_cache_total", "GiB", KV(L7, 4096, 16), X, "off_2x", anchor=A, note=R + "; query heads; 20 GiB")
A = "> The evaluation throughput of 462 tok/s assumes each card reads 70.55 GB"
claim(f, "462 tok/s", "throughput", "tok/s", 16 * CEIL, H, anchor=A)
claim(f, "70.55 GB", "weights", "GB", W(L7, "bf16") / 2, H, anchor=A)
claim(f, "282.2 GB", "weights", "GB", W(L7, "bf16"), X, "wrong_dtype", anchor="> 282.2 GB.", note=R + "; fp32 size; bf16 141.1 GB")
claim(f, "568 KiB", "kv_cache_per_token", "KiB", KVT(FA), X, "off_2x", anchor="> Falcon-7B's cache is not 8 KiB per token but 568 KiB", note=R + "; 71 query heads for one KV head; 8 KiB")
A = "> Clear. Minor: the activation figure without recomputation is 3.8 GB per layer"
claim(f, "3.8 GB per layer", "activations", "GB", act(TN, 2048, 8, layers=1), H, anchor=A)
claim(f, "91.8 GB", "activations", "GB", act(TN, 2048, 8), H, anchor=A)
claim(f, "27.4 GB", "activations", "GB", act(TN, 2048, 8, "flash"), H, anchor="> right, but please say that WP1 uses FlashAttention (27.4 GB).")
A = "> The storage for 50 checkpoints could be cut to 134 GB"
claim(f, "134 GB", "arithmetic", "GB", 50 * W(TN, "bf16"), H, anchor=A)
claim(f, "2.67 GB each", "weights", "GB", W(TN, "bf16"), H, anchor=A)
claim(f, "8.02 × 10²⁰ FLOP", "flops", "FLOP", C1, H, anchor="1. To Reviewer 1: 2N per token is the inference cost")
claim(f, "2.67 × 10²⁰", "flops", "FLOP", 2 * N[TN] * 100e9, H, anchor="   The 2.67 × 10²⁰ he quotes is the 2ND figure.", note="re-attributed to 2ND")
A = "2. To Reviewer 1: 208.3 GB is correct; 104.1 GB would be 8 bytes per parameter."
claim(f, "208.3 GB", "training", "GB", 16 * N[L13], H, anchor=A)
claim(f, "104.1 GB", "arithmetic", "GB", 8 * N[L13], H, anchor=A, note="re-attributed to 8 bytes per parameter")
claim(f, "21.4 GB", "training", "GB", 16 * N[TN], H, anchor="3. To Reviewer 2: the whole mixed-precision state is 21.4 GB")
claim(f, "42.8 GB", "arithmetic", "GB", 32 * N[TN], H, anchor="   that. The 42.8 GB would be 32 bytes per parameter.", note="re-attributed to 32 bytes per parameter")
claim(f, "2.5 MiB per token", "kv_cache_per_token", "MiB", KVT((80, 64, 128)), H, anchor="4. To Reviewer 2: Llama-3-70B has 8 KV heads", note="re-attributed to 64 query heads")
A = "   320 KiB per token and 20 GiB for the batch."
claim(f, "320 KiB per token", "kv_cache_per_token", "KiB", KVT(L7), H, anchor=A)
claim(f, "20 GiB", "kv_cache_total", "GiB", KV(L7, 4096, 16), H, anchor=A)
A = "5. To Reviewer 2: at TP = 2 each card reads its 70.55 GB half"
claim(f, "70.55 GB", "weights", "GB", W(L7, "bf16") / 2, H, anchor=A)
claim(f, "141.1 GB", "weights", "GB", W(L7, "bf16"), H, anchor=A)
claim(f, "282.2 GB", "weights", "GB", W(L7, "fp32"), H, anchor=A, note="re-attributed to fp32")
A = "6. To Reviewer 2: Falcon-7B is multi-query"
claim(f, "8 KiB per token", "kv_cache_per_token", "KiB", KVT(FA), H, anchor=A)
claim(f, "568 KiB", "kv_cache_per_token", "KiB", KVT((32, 71, 64)), H, anchor=A, note="re-attributed to 71 KV heads")
A = "7. To Reviewer 1: 3.12 GB is GPT-2 XL in bf16"
claim(f, "3.12 GB", "weights", "GB", W(G2X, "bf16"), H, anchor=A, note="re-attributed to bf16")
claim(f, "6.23 GB", "weights", "GB", W(G2X, "fp32"), H, anchor=A)
B = "ALC-Assist, quoted"
A = "> \"Tern-1.4B (1.34B parameters) occupies 5.3 GB in bf16"
claim(f, "1.34B parameters", "params", "B", N[TN], H, anchor=A, **Q)
claim(f, "5.3 GB", "weights", "GB", W(TN, "bf16"), X, "wrong_dtype", anchor=A, note=B + "; fp32 size; bf16 2.67 GB", **Q)
claim(f, "21.4 GB", "training", "GB", 16 * N[TN], H, anchor=A, **Q)
A = "> Llama-2-13B with ZeRO-3 on 8 GPUs: 13.0 GB per GPU"
claim(f, "13.0 GB per GPU", "training", "GB", zero(N[L13], 8, 3), X, "off_2x", anchor=A, note=B + "; 8 bytes per parameter; 26.0 GB", **Q)
claim(f, "6.55 M parameters", "params", "M", LQV, X, "off_2x", anchor=A, note=B + "; one matrix of two; 13.1 M", **Q)
claim(f, "14.5 tok/s", "throughput", "tok/s", CEIL, X, "per_gpu", bound="upper", anchor="> Llama-3-70B decodes at most 14.5 tok/s", note=B + "; whole model per card at TP = 2; 28.9", **Q)
claim(f, "15.0 hours", "time", "hours", HRS3 * 3600, X, "off_2x", anchor="> and 50 M tokens at batch 16 take 15.0 hours.", note=B + "; 30.0 hours at least", **Q)
A = "> Storage: 50 checkpoints × 21.4 GB = 10.7 TB."
claim(f, "21.4 GB", "training", "GB", 16 * N[TN], H, anchor=A, **Q)
claim(f, "10.7 TB", "arithmetic", "TB", 50 * 16 * N[TN], X, "off_2x", anchor=A, note=B + "; 1.07 TB", **Q)
claim(f, "8.02 × 10²⁰ FLOP", "flops", "FLOP", C1, H, anchor=A, **Q)
claim(f, "802 EFLOP", "flops", "EFLOP", C1, H, anchor=A, **Q)
A = "- PI note: the assistant's 5.3 GB is the fp32 size"
claim(f, "5.3 GB", "weights", "GB", W(TN, "fp32"), H, anchor=A, note="re-attributed to fp32")
claim(f, "13.0 GB per GPU", "arithmetic", "GB", 8 * N[L13] / 8, H, anchor=A, note="re-attributed to 8 bytes per parameter")
S = "revision 1, superseded"
A = "- \"Tern-1.4B pretraining: 8.02 × 10²⁰ FLOP, 892 GPU-hours"
claim(f, "8.02 × 10²⁰ FLOP", "flops", "FLOP", C1, H, anchor=A)
claim(f, "892 GPU-hours", "time", "GPU-hours", GH1, X, "off_2x", anchor=A, note=S + "; sparse peak; 1785")
claim(f, "7.5", "ratio", "tokens/param", 100e9 / N[TN], X, "off_2x", anchor="- \"Tokens per parameter: 7.5.\"", note=S + "; 74.8")
claim(f, "48 KiB per token", "kv_cache_per_token", "KiB", KVT(TN), X, "off_2x", anchor="- \"KV cache of Tern-1.4B: 48 KiB per token.\"", note=S + "; invented GQA; 192 KiB")
claim(f, "208.3 GB per GPU", "training", "GB", zero(N[L13], 8, 3), X, "per_gpu", anchor="- \"Llama-2-13B with ZeRO-3 over 8 GPUs: 208.3 GB per GPU.\"", note=S + "; total; 26.0 GB")
claim(f, "3.2 GB", "activations", "GB", act(TN, 2048, 8, "full"), X, "off_2x", anchor="- \"Activations with full recomputation: 3.2 GB", note=S + "; 1.61 GB")
claim(f, "141.1 GB per card", "weights", "GB", W(L7, "bf16") / 2, X, "per_gpu", anchor="- \"Llama-3-70B in bf16 over two cards: 141.1 GB per card.\"", note=S + "; whole model; 70.55 GB per card")
for text, why in (
        ("title: \"Technical review form — allocation proposal ALC-27-0193", "proposal number"), ("aliases: [ALC-27-0193 review", "proposal number"),
        ("proposal: ALC-27-0193", "proposal number"), ("programme: \"National AI Compute Allocation, round 2027-B\"", "year"),
        ("submitted: 2027-04-30", "date"), ("panel_meeting: 2027-06-12", "date"), ("revision: 2", "revision"),
        ("  bf16_peak_tflops: 312", "hardware spec"), ("  memory_bandwidth_gbs: 2039", "hardware spec"),
        ("  assumed_mfu: 0.40", "assumption"), ("tern_1_4b: {hidden: 2048", "config inputs"),
        ("  gpu_hours: 2500", "request"), ("  storage_tb: 3", "request"), ("  duration_months: 6", "request"),
        ("related: [\"[[Tern-1.4B training plan]]\"", "wikilinks with proposal number"),
        ("> 2,500 A100-hours and 3 TB of project storage", "request"),
        ("> Revision 2 answers the panel's comments of 2027-06-12", "revision, date"),
        ("All estimates (see [[Tern-1.4B training plan]])", "formulas with free variables"),
        ("$C / (\\text{GPUs} \\cdot \\text{MFU}", "formula, MFU and peak inputs"),
        ("## C.4.1 Summary", "section number"), ("## C.4.2 WP1", "section number"), ("## C.4.3 WP2", "section number"),
        ("## C.4.4 WP3", "section number"), ("## C.4.5 Storage", "section number"),
        ("The architecture is in the page properties (24 layers", "config inputs"),
        ("- Total with WP2 and WP3 checkpoints stays under the 3 TB requested.", "request"),
        ("## Part B — other panel members' comments (round 2027-B, received 2027-06-19)", "date"),
        ("### Reviewer 1 (score 4/5)", "score"), ("### Reviewer 2 (score 3/5)", "score"), ("### Reviewer 3 (score 5/5)", "score"),
        ("## Part C — applicant's rebuttal (revision 2)", "revision"),
        ("8. To Reviewer 3: agreed; checkpoints of bf16 weights every 2 B tokens", "checkpoint schedule inputs"),
        ("## Part E — revision 1 (superseded, kept for the record)", "revision"),
        ("Storage at 0.021 USD per GB-month", "prices"), ("| compute estimate | 5 |", "score"), ("| memory plan | 4 |", "score"),
        ("| storage plan | 4 |", "score"), ("| overall | 4.5 |", "score"), ("| criterion | score (1–5) |", "score scale"),
        ("Recommendation: fund the 2,500 A100-hours as requested", "request"), ("# Technical review of ALC-27-0193 (form TR-2)", "proposal and form numbers"),
        ("Part A quotes the applicant's section C.4 (revision 2)", "section and revision numbers"), ("reviewer_role: \"T3, technical reviewer\"", "reviewer id"),
        ("[^1]: Chinchilla: Hoffmann et al. 2022", "citation years, arXiv ids")):
    non(f, text, why)
R4 = "reviewer 4"
claim(f, "5.2 × 10¹⁹ FLOP", "flops", "FLOP", C2, X, "off_2x", anchor="> The 6ND figure for WP2 should be 5.2 × 10¹⁹ FLOP.", note=R4 + "; 2ND; 1.56e20")
claim(f, "2.67 GB", "weights", "GB", W(TN, "fp32"), X, "wrong_dtype", anchor="> A 1.34B model needs 2.67 GB in fp32.", note=R4 + "; bf16 size; fp32 5.3 GB")
claim(f, "141.1 GB", "weights", "GB", W(L7, "bf16") / 2, X, "per_gpu", anchor="> Llama-3-70B at TP = 2 needs 141.1 GB on each card.", note=R4 + "; whole model; 70.55 GB per card")
claim(f, "27.7 GB", "weights", "GB", W(FA, "bf16"), X, "wrong_dtype", anchor="> Falcon-7B in bf16 is 27.7 GB", note=R4 + "; fp32 size; bf16 13.84 GB")
non(f, "### Reviewer 4 (external, score 2/5)", "score")
claim(f, "0.75 GiB", "kv_cache_total", "GiB", KV(TN, 2048, 8), X, "off_2x", anchor="> The Tern cache for 8 sequences of 2048 tokens is 0.75 GiB.", note=R4 + "; invented GQA; 3 GiB")
non(f, "comments, the applicant's rebuttal, the portal's automated check and the superseded revision 1", "revision number")
non(f, "## Part A — section C.4 as submitted", "section number")

# ---- en_03: a nonconformance / CAPA report (form QF-17) on an out-of-memory outage (chronology, root cause, evidence, CAPA, attachments) ----
f = "en_03"
L7, L8 = "llama3-70b", "llama3-8b"          # Llama-3.1-70B shares the catalogued Llama-3-70B count
H1 = 3.35e12
WC = W(L7, "fp8") / 2                       # fp8 weights per card at TP = 2
KC = KVT(L7) / 2                            # fp16 cache per token per card at TP = 2
POOL = 36.0 * GIB                           # the pool per card as the note states it
A = "Llama-3.1-70B has 70,553,706,496 parameters"
claim(f, "70,553,706,496 parameters", "params", "params", N[L7], H, anchor=A)
claim(f, "70.6 GB", "weights", "GB", W(L7, "fp8"), H, anchor=A)
A = "is 65.7 GiB; split over two cards at TP = 2"
claim(f, "65.7 GiB", "weights", "GiB", W(L7, "fp8"), H, anchor=A)
claim(f, "35.3 GB", "weights", "GB", WC, H, anchor=A)
claim(f, "32.85 GiB", "weights", "GiB", WC, H, anchor=A)
claim(f, "72 GiB", "arithmetic", "GiB", 0.9 * 80 * GIB, H, anchor="1. Budget: 0.90 × 80 GiB = 72 GiB.")
claim(f, "32.85 GiB", "weights", "GiB", WC, H, anchor="2. Weights: 32.85 GiB.")
A = "3. What remains for the KV pool: 72 − 32.85 − 3.15 = 36.0 GiB."
claim(f, "32.85", "weights", "GiB", WC, H, anchor=A)
claim(f, "36.0 GiB", "arithmetic", "GiB", 0.9 * 80 * GIB - WC - 3.15 * GIB, H, anchor=A)
A = "KV cache per token is `2 × 80 × 8 × 128 × 2` = 327,680 bytes"
claim(f, "327,680 bytes", "kv_cache_per_token", "bytes", KVT(L7), H, anchor=A)
claim(f, "320 KiB", "kv_cache_per_token", "KiB", KVT(L7), H, anchor=A)
A = "4 of the 8 KV heads: 160 KiB per token per card."
claim(f, "160 KiB per token per card", "kv_cache_per_token", "KiB", KC, H, anchor=A)
claim(f, "10 GiB", "kv_cache_total", "GiB", KV(L7, 32768), H, anchor=A)
claim(f, "5 GiB on each card", "kv_cache_total", "GiB", KV(L7, 32768) / 2, H, anchor=A)
A = "So one card's 36.0 GiB pool holds 235,930 tokens"
claim(f, "36.0 GiB", "arithmetic", "GiB", 0.9 * 80 * GIB - WC - 3.15 * GIB, H, anchor=A)
claim(f, "235,930 tokens", "arithmetic", "tokens", POOL / KC, H, anchor=A)
claim(f, "about 7", "arithmetic", "sequences", POOL // KV(L7, 32768, b=1), H, hedged=True, anchor=A)
claim(f, "1.25 GiB per card", "kv_cache_total", "GiB", KV(L7, 8192) / 2, H, anchor="8K each conversation needed only 1.25 GiB per card")
W8 = "the constant as written (K only)"
A = "The admission controller's constant `KV_BYTES_PER_TOKEN_PER_GPU` was 81,920 (80 KiB)."
claim(f, "81,920", "kv_cache_per_token", "bytes", KC, X, "off_2x", anchor=A, note=W8 + "; 163,840")
claim(f, "80 KiB", "kv_cache_per_token", "KiB", KC, X, "off_2x", anchor=A, note=W8 + "; 160 KiB")
claim(f, "471,859 tokens per card", "arithmetic", "tokens", POOL / KC, X, "off_2x", anchor="held 471,859 tokens per card, twice the truth.", note="what the controller believed; 235,930")
A = "At 13:58 replica A admitted 14 conversations averaging 30,000 tokens: 420,000 tokens"
claim(f, "420,000 tokens", "tokens", "tokens", 14 * 30000, H, anchor=A)
A = "64.1 GiB per card against a 36.0 GiB pool"
claim(f, "64.1 GiB per card", "kv_cache_total", "GiB", 420000 * KC, H, anchor=A)
claim(f, "36.0 GiB", "arithmetic", "GiB", 0.9 * 80 * GIB - WC - 3.15 * GIB, H, anchor=A)
claim(f, "1.78×", "ratio", "×", 420000 * KC / POOL, H, anchor=A)
A = "- The speculative-decoding draft model, Llama-3-8B in fp8 (8.03 GB, 7.48 GiB)"
claim(f, "8.03 GB", "weights", "GB", W(L8, "fp8"), H, anchor=A)
claim(f, "7.48 GiB", "weights", "GiB", W(L8, "fp8"), H, anchor=A)
A = "  Card 0's real pool was therefore 28.5 GiB, 186,917 tokens"
claim(f, "28.5 GiB", "arithmetic", "GiB", POOL - W(L8, "fp8"), H, anchor=A)
claim(f, "186,917 tokens", "arithmetic", "tokens", (POOL - W(L8, "fp8")) / KC, H, anchor=A)
S = "capacity sheet as it was"
claim(f, "35.3 GiB", "weights", "GiB", WC, X, "gb_as_gib", anchor="| fp8 weights per card | 35.3 GiB |", note=S + "; 35.3 GB = 32.85 GiB")
claim(f, "80 KiB", "kv_cache_per_token", "KiB", KC, X, "off_2x", anchor="| KV per token per card | 80 KiB |", note=S + "; K only; 160 KiB")
claim(f, "471,859 tokens", "arithmetic", "tokens", POOL / KC, X, "off_2x", anchor="| pool capacity per card | 471,859 tokens |", note=S + "; 235,930")
claim(f, "14", "arithmetic", "sequences", POOL // KV(L7, 32768, b=1), X, "off_2x", anchor="| full 32K conversations per card | 14 |", note=S + "; 7")
claim(f, "47.5 tok/s", "throughput", "tok/s", H1 / WC, X, "per_gpu", anchor="| decode ceiling, batch 1 | 47.5 tok/s |", note=S + "; whole model at TP = 2; 95.0")
A = "| fp8 weights per card | 35.3 GB (32.85 GiB) |"
claim(f, "35.3 GB", "weights", "GB", WC, H, anchor=A)
claim(f, "32.85 GiB", "weights", "GiB", WC, H, anchor=A)
claim(f, "160 KiB", "kv_cache_per_token", "KiB", KC, H, anchor="| KV per token per card | 160 KiB |")
claim(f, "235,930 tokens", "arithmetic", "tokens", POOL / KC, H, anchor="| pool capacity per card | 235,930 tokens |")
claim(f, "7", "arithmetic", "sequences", POOL // KV(L7, 32768, b=1), H, anchor="| full 32K conversations per card | 7 |")
claim(f, "95.0 tok/s", "throughput", "tok/s", H1 / WC, H, anchor="| decode ceiling, batch 1 | 95.0 tok/s |")
A = "The ceiling is 3350 GB/s ÷ 35.3 GB per card = 95.0 tok/s"
claim(f, "35.3 GB per card", "weights", "GB", WC, H, anchor=A)
claim(f, "95.0 tok/s", "throughput", "tok/s", H1 / WC, H, anchor=A)
A = "30,000 tokens of context a decode step also reads 4.58 GiB of cache per card (4.92 GB)"
claim(f, "4.58 GiB", "kv_cache_total", "GiB", 30000 * KC, H, anchor=A)
claim(f, "4.92 GB", "kv_cache_total", "GB", 30000 * KC, H, anchor=A)
claim(f, "83.3 tok/s", "throughput", "tok/s", H1 / (WC + 30000 * KC), H, anchor="ceiling to 83.3 tok/s.")
A = "1. **fp8 KV cache.** 80 KiB per token per card"
claim(f, "80 KiB per token per card", "kv_cache_per_token", "KiB", KVT(L7, 1) / 2, H, anchor=A)
claim(f, "36.0 GiB", "arithmetic", "GiB", 0.9 * 80 * GIB - WC - 3.15 * GIB, H, anchor=A)
claim(f, "471,859 tokens", "arithmetic", "tokens", POOL / (KVT(L7, 1) / 2), H, anchor=A)
claim(f, "14 full", "arithmetic", "sequences", POOL // (KV(L7, 32768, b=1) / 2), H, anchor=A)
A = "2. **TP = 4 on four cards.** Weights 17.6 GB per card (16.43 GiB)"
claim(f, "17.6 GB per card", "weights", "GB", W(L7, "fp8") / 4, H, anchor=A)
claim(f, "16.43 GiB", "weights", "GiB", W(L7, "fp8") / 4, H, anchor=A)
claim(f, "80 KiB per token", "kv_cache_per_token", "KiB", KVT(L7) / 4, H, anchor="   80 KiB per token. Pool: 72 − 16.43 − 3.15 = 52.42 GiB per card")
A = "   80 KiB per token. Pool: 72 − 16.43 − 3.15 = 52.42 GiB per card"
claim(f, "16.43", "weights", "GiB", W(L7, "fp8") / 4, H, anchor=A)
claim(f, "52.42 GiB per card", "arithmetic", "GiB", 72 * GIB - W(L7, "fp8") / 4 - 3.15 * GIB, H, anchor=A)
claim(f, "about 687,000 tokens", "arithmetic", "tokens", (72 * GIB - W(L7, "fp8") / 4 - 3.15 * GIB) / (KVT(L7) / 4), H, hedged=True, anchor=A)
A = "   conversations. Batch-1 ceiling 190 tok/s."
claim(f, "20 full", "arithmetic", "sequences", (72 * GIB - W(L7, "fp8") / 4 - 3.15 * GIB) // (KV(L7, 32768) / 4), H, anchor="52.42 GiB per card, about 687,000 tokens, 20 full")
claim(f, "190 tok/s", "throughput", "tok/s", H1 / (W(L7, "fp8") / 4), H, anchor=A)
claim(f, "5 GiB per 16K conversation", "kv_cache_total", "GiB", KV(L7, 16384), H, anchor="3. **Keep TP = 2, cap conversations at 16K.**")
claim(f, "163,840", "kv_cache_per_token", "bytes", KC, H, anchor="| AI-1 |")
D = "first draft, superseded"
claim(f, "65.7 GiB", "weights", "GiB", WC, X, "per_gpu", anchor="- \"Weights per card at TP = 2: 65.7 GiB.\"", note=D + "; whole model; 32.85 GiB per card")
claim(f, "35.3 GB", "weights", "GB", W(L7, "fp8"), X, "per_gpu", anchor="- \"fp8 weights in total: 35.3 GB.\"", note=D + "; per-card share; 70.6 GB")
claim(f, "20 GiB", "kv_cache_total", "GiB", KV(L7, 32768), X, "off_2x", anchor="- \"A 32K conversation is 20 GiB of cache.\"", note=D + "; 10 GiB")
claim(f, "4.0 GB", "weights", "GB", W(L8, "fp8"), X, "wrong_dtype", anchor="- \"The draft model in fp8 is 4.0 GB.\"", note=D + "; int4 size; fp8 8.03 GB")
claim(f, "95.0 tok/s", "throughput", "tok/s", H1 / (W(L7, "fp8") / 4), X, "off_2x", anchor="- \"Option 2 at TP = 4 gives a batch-1 ceiling of 95.0 tok/s.\"", note=D + "; TP = 2 figure; 190")
A = "per_token = 2 * layers * kv_heads * head_dim * 2"
claim(f, "327680 bytes", "kv_cache_per_token", "bytes", KVT(L7), H, anchor=A)
claim(f, "320 KiB", "kv_cache_per_token", "KiB", KVT(L7), H, anchor=A)
A = "per_card = per_token / tp"
claim(f, "163840 bytes", "kv_cache_per_token", "bytes", KC, H, anchor=A)
claim(f, "160 KiB", "kv_cache_per_token", "KiB", KC, H, anchor=A)
claim(f, "235929.6 tokens", "arithmetic", "tokens", POOL / KC, H, anchor="print(pool / per_card)")
claim(f, "64.09 GiB per card", "kv_cache_total", "GiB", 420000 * KC, H, anchor="print(420_000 * per_card / 2**30)")
claim(f, "40 GiB", "kv_cache_total", "GiB", KV(L7, 32768, 64), X, "off_2x", anchor="- 14:05, on-call in `#inc-4471`", note="on-call's guess; 640 GiB")
A = "- 14:07, reply: \"64 × 32K × 320 KiB is 640 GiB"
claim(f, "640 GiB", "kv_cache_total", "GiB", KV(L7, 32768, 64), H, anchor=A)
claim(f, "16×", "ratio", "×", KV(L7, 32768, 64) / (40 * GIB), H, anchor=A)
A = "- 14:12, vendor support (ticket VS-55102)"
claim(f, "141 GB", "weights", "GB", W(L7, "fp8"), X, "wrong_dtype", anchor=A, note="vendor support; bf16 size; fp8 70.6 GB")
claim(f, "2.5 MiB", "kv_cache_per_token", "MiB", KVT(L7), X, "off_2x", anchor=A, note="vendor support; query heads; 320 KiB")
A = "- 14:15, on-call: \"The 141 GB is bf16."
claim(f, "141 GB", "weights", "GB", W(L7, "bf16"), H, anchor=A, note="re-attributed to bf16")
claim(f, "70.6 GB", "weights", "GB", W(L7, "fp8"), H, anchor=A)
claim(f, "320 KiB per token", "kv_cache_per_token", "KiB", KVT(L7), H, anchor=A)
claim(f, "16.06 GB", "weights", "GB", W(L8, "fp8"), X, "wrong_dtype", anchor="- 14:20, first draft of the root cause", note="bf16 size; fp8 8.03 GB")
A = "  is fp8, so 8.03 GB; 16.06 GB would be bf16."
claim(f, "8.03 GB", "weights", "GB", W(L8, "fp8"), H, anchor=A)
claim(f, "16.06 GB", "weights", "GB", W(L8, "bf16"), H, anchor=A, note="re-attributed to bf16")
A = "- 14:26, a reviewer: \"At TP = 2 each card stores 320 KiB per token.\""
claim(f, "320 KiB per token", "kv_cache_per_token", "KiB", KC, X, "per_gpu", anchor=A, note="total given per card; 160 KiB")
claim(f, "160 KiB per card", "kv_cache_per_token", "KiB", KC, H, anchor=A)
B = "incident bot's AI summary, quoted"
A = "> \"Root cause: 420,000 tokens × 320 KiB = 128.2 GiB per card"
claim(f, "128.2 GiB per card", "kv_cache_total", "GiB", 420000 * KC, X, "per_gpu", anchor=A, note=B + "; total for both cards; 64.1 GiB", **Q)
claim(f, "36 GiB", "arithmetic", "GiB", 0.9 * 80 * GIB - WC - 3.15 * GIB, H, anchor=A, **Q)
claim(f, "64.1 GiB per card", "kv_cache_total", "GiB", 420000 * KVT(L7, 1) / 2, X, "per_gpu", anchor="> would halve that to 64.1 GiB per card.", note=B + "; halved the total; fp8 cache 32.0 GiB per card", **Q)
claim(f, "3350 Gbit/s", "bandwidth", "Gbit/s", H1, X, "wrong_unit", anchor="> would halve that to 64.1 GiB per card.", note=B + "; 3.35 TB/s = 26.8 Tbit/s", **Q)
A = "> decode ceiling is 95.0 tok/s. The 8B draft model adds 16.06 GB on card 0.\""
claim(f, "95.0 tok/s", "throughput", "tok/s", H1 / WC, H, anchor=A, **Q)
claim(f, "16.06 GB", "weights", "GB", W(L8, "fp8"), X, "wrong_dtype", anchor=A, note=B + "; bf16 size; fp8 8.03 GB", **Q)
A = "- ✘ 128.2 GiB is the total for both cards"
claim(f, "128.2 GiB", "kv_cache_total", "GiB", 420000 * KVT(L7), H, anchor=A, note="re-attributed to the total")
claim(f, "64.1 GiB", "kv_cache_total", "GiB", 420000 * KC, H, anchor=A)
claim(f, "32.0 GiB per card", "kv_cache_total", "GiB", 420000 * KVT(L7, 1) / 2, H, anchor="- ✘ With an fp8 cache it is 32.0 GiB per card")
A = "- ✘ 3.35 TB/s is 26.8 Tbit/s. The 95.0 tok/s is right."
claim(f, "26.8 Tbit/s", "bandwidth", "Tbit/s", H1, H, anchor=A)
claim(f, "95.0 tok/s", "throughput", "tok/s", H1 / WC, H, anchor=A)
claim(f, "8.03 GB", "weights", "GB", W(L8, "fp8"), H, anchor="- ✘ The draft model is fp8: 8.03 GB.")
for text, why in (
        ("title: \"NCR-27-031 / CAPA", "report, form and incident numbers"), ("aliases: [NCR-27-031", "report and incident numbers"), ("form: QF-17", "form number"), ("ncr: NCR-27-031", "report number"),
        ("incident: INC-4471", "incident number"), ("severity: SEV-2", "severity"), ("date: 2027-03-09", "date"),
        ("review_meeting: 2027-03-14", "date"), ("  tensor_parallel: 2", "config input"),
        ("  gpus: \"2 × H100 SXM 80 GB\"", "hardware spec"), ("  gpu_memory_utilization: 0.90", "config input"),
        ("  max_model_len: {before: 8192, after: 32768}", "config inputs"), ("  max_num_seqs: 64", "config input"),
        ("  draft_model: {name: Llama-3-8B, dtype: fp8, card: 0}", "config input"), ("change: CHG-2210", "change number"),
        ("related: [\"[[Serving runbook]]\"", "wikilink with incident number"),
        ("# NCR-27-031 (form QF-17)", "report and form numbers"),
        ("> On 2027-03-09 at 14:02 UTC", "date, time, duration"),
        ("> after CHG-2210 raised the context limit from 8K to 32K tokens.", "change number, config"),
        ("- 47 minutes of degraded service", "duration, failed requests, error rate"), ("## 2. Impact and containment", "section number"),
        ("## 3. Chronology", "section number"), ("## 4. Technical background", "section number"), ("## 5. Root cause", "section number"),
        ("## 6. Contributing causes", "section number"), ("## 7. Evidence: the capacity sheet as it was", "section number"),
        ("## 8. Evidence: the capacity sheet, corrected", "section number"), ("## 9. Corrective-action options", "section number"),
        ("## 10. CAPA register", "section number"), ("## 11. Verification of effectiveness", "section number"),
        ("To be closed by the QA lead after AI-3 passes", "action item number"), ("> [!summary] 1. Nonconformance", "section number"),
        ("- No data loss. 312 enterprise conversations", "count"),
        ("| 13:21 | CHG-2210 deployed", "time, config"), ("| 13:58 | 14 long conversations", "time, count"),
        ("| 14:02 | replica A", "time"), ("| 14:09 | replica B", "time"), ("| 14:31 | on-call rolls back", "time"),
        ("| 14:49 | error rate back under 0.1 % |", "time, error rate"),
        ("written for K only in 2026 and was never exercised at 8K.", "year, context"),
        ("- The load test for CHG-2210 used 2K-token prompts only.", "change number, test input"),
        ("   32K conversations. Quality check pending (ticket QA-913).", "context, ticket number"),
        ("Chosen: option 1 now, option 2 for the Q2 hardware order.", "option numbers, quarter"),
        ("| AI-2 |", "action item, date"), ("| AI-3 |", "action item, concurrency input, date"),
        ("| AI-4 |", "action item, date"),
        ("## Attachment A: the first draft of this report (superseded 2027-03-11)", "date"),
        ("layers, kv_heads, head_dim, tp = 80, 8, 128, 2", "config inputs"),
        ("pool = 36.0 * 2**30", "input value"),
        ("The incident bot posted this AI-written summary at 15:10", "time"),
        ("[^1]: Allocator logs in `s3://inc-4471/logs/`", "retention, date")):
    non(f, text, why)
claim(f, "5 GiB per card", "kv_cache_total", "GiB", KV(L7, 8192) / 2, X, "off_2x", anchor="- 14:33, second on-call", note="the 32K figure for 8K; 1.25 GiB per card")
claim(f, "140 GiB of cache per card", "kv_cache_total", "GiB", KV(L7, 32768, 14) / 4, X, "per_gpu", anchor="- 14:40, manager:", note="total given per card; 35 GiB per card at TP = 4")
claim(f, "35.3 GiB per card", "weights", "GiB", WC, X, "gb_as_gib", anchor="- 14:44, second on-call:", note="35.3 GB = 32.85 GiB")
claim(f, "160 KiB per token", "kv_cache_per_token", "KiB", KVT(L7, 1) / 2, X, "wrong_dtype", anchor="- 14:47, manager:", note="fp16 figure; fp8 80 KiB per card")
claim(f, "320 KiB per token", "kv_cache_per_token", "KiB", KVT(L7) / 4, X, "per_gpu", anchor="- 14:48, second on-call:", note="total given per card; 80 KiB per card at TP = 4")
claim(f, "1.78", "ratio", "×", 420000 * KC / POOL, H, anchor="$$\\frac{64.1}{36.0} = 1.78$$")
non(f, "- GPU temperature peaked at 71 °C", "temperature, measured latency")
non(f, "  token, so 2 × H100 cannot hold it with 32K context.\"", "card count, context")

# ---- en_04: an RFQ bid-tabulation sheet exported to markdown, with vendor-filled figures and the buyer's checks ----
f = "en_04"
L7, MX, Q32 = "llama3-70b", "mixtral-8x7b", "qwen2.5-32b"
LS, NVL, R6A, H2, MI210, M2U = 864e9, 3.9e12, 960e9, 4.8e12, 1.6e12, 800e9
CACHE40 = KV(L7, 8192, 40)                  # fp16 cache for 40 users at 8K
NEED = W(L7, "fp8") + CACHE40               # fp8 weights + cache
Q4 = GG(L7, "Q4_K_M")
V = "vendor-filled sheet"
rows = {
    "| A | 192 | 141.1 |": [("141.1", "weights", "GB", W(L7, "bf16"), None), ("50", "kv_cache_total", "GiB", CACHE40, "off_2x"),
                           ("196", "throughput", "tok/s", LS / (W(L7, "fp8") / 4), "per_gpu")],
    "| B | 188 | 141.1 |": [("141.1", "weights", "GB", W(L7, "bf16"), None), ("100", "kv_cache_total", "GiB", CACHE40, None),
                           ("110.6", "throughput", "tok/s", NVL / (W(L7, "fp8") / 2), None)],
    "| C | 384 | 70.6 |": [("70.6", "weights", "GB", W(L7, "bf16"), "wrong_dtype"), ("100", "kv_cache_total", "GiB", CACHE40, None),
                          ("13.6", "throughput", "tok/s", R6A / (W(L7, "fp8") / 8), "per_gpu")],
    "| D | 140.4 | 131.4 |": [("131.4", "weights", "GB", W(L7, "bf16"), "gib_as_gb"), ("100", "kv_cache_total", "GiB", CACHE40, None),
                             ("136", "throughput", "tok/s", H2 / W(L7, "fp8"), "wrong_dtype")],
    "| E | 128 | 141.1 |": [("141.1", "weights", "GB", W(L7, "bf16"), None), ("800", "kv_cache_total", "GiB", CACHE40, "off_2x"),
                           ("74.1", "throughput", "tok/s", MI210 / Q4, "per_gpu")],
    "| F | 192 | 141.1 |": [("141.1", "weights", "GB", W(L7, "bf16"), None), ("100", "kv_cache_total", "GiB", CACHE40, None),
                           ("11.3", "throughput", "tok/s", M2U / W(L7, "bf16"), "wrong_dtype")],
}
for row, cells in rows.items():
    for fig, kind, unit, val, err in cells:
        claim(f, fig, kind, unit, val, X if err else H, err, anchor=row, note=V + (f"; {err}" if err else ""))
A = "Reference figures: 70,553,706,496 parameters"
claim(f, "70,553,706,496 parameters", "params", "params", N[L7], H, anchor=A)
claim(f, "141.1 GB", "weights", "GB", W(L7, "bf16"), H, anchor=A)
claim(f, "131.4 GiB", "weights", "GiB", W(L7, "bf16"), H, anchor=A)
claim(f, "70.6 GB", "weights", "GB", W(L7, "fp8"), H, anchor=A)
claim(f, "65.7 GiB", "weights", "GiB", W(L7, "fp8"), H, anchor=A)
A = "320 KiB per token, 2.5 GiB per 8K user, 100 GiB for all 40 in fp16."
claim(f, "320 KiB per token", "kv_cache_per_token", "KiB", KVT(L7), H, anchor=A)
claim(f, "2.5 GiB", "kv_cache_total", "GiB", KV(L7, 8192), H, anchor=A)
claim(f, "100 GiB", "kv_cache_total", "GiB", CACHE40, H, anchor=A)
BF_USERS = lambda mem: (mem * GIB - W(L7, "bf16")) // KV(L7, 8192)
checks = {
    "| A | 165.7 | 26.3 |": [("26.3", "arithmetic", "GiB", 192 * GIB - NEED, None), ("24", "arithmetic", "users", BF_USERS(192), None),
                            ("49.0", "throughput", "tok/s", LS / (W(L7, "fp8") / 4), None)],
    "| B | 165.7 | 22.3 |": [("22.3", "arithmetic", "GiB", 188 * GIB - NEED, None), ("22", "arithmetic", "users", BF_USERS(188), None),
                            ("110.6", "throughput", "tok/s", NVL / (W(L7, "fp8") / 2), None)],
    "| C | 165.7 | 218.3 |": [("218.3", "arithmetic", "GiB", 384 * GIB - NEED, None), ("101", "arithmetic", "users", BF_USERS(384), None),
                             ("108.9", "throughput", "tok/s", R6A / (W(L7, "fp8") / 8), None)],
    "| D | 165.7 | does not fit |": [("3", "arithmetic", "users", BF_USERS(140.4), None), ("68.0", "throughput", "tok/s", H2 / W(L7, "fp8"), None)],
    "| E | 165.7 | does not fit |": [("37.1", "throughput", "tok/s", MI210 / Q4, None)],
    "| F | 165.7 | 26.3 |": [("26.3", "arithmetic", "GiB", 192 * GIB - NEED, None), ("24", "arithmetic", "users", BF_USERS(192), None),
                            ("11.3", "throughput", "tok/s", M2U / W(L7, "fp8"), None)],
}
for row, cells in checks.items():
    claim(f, "165.7", "arithmetic", "GiB", NEED, H, anchor=row, note="buyer's check sheet")
    for fig, kind, unit, val, err in cells:
        claim(f, fig, kind, unit, val, H, anchor=row, rel=0.02 if row.startswith("| E") else None, note="buyer's check sheet")
A = "- Vendor: \"Aggregate bandwidth 3456 GB/s"
claim(f, "3456 GB/s", "bandwidth", "GB/s", 4 * LS, H, anchor=A)
claim(f, "17.6 GB", "weights", "GB", W(L7, "fp8") / 4, H, anchor=A)
claim(f, "196 tok/s", "throughput", "tok/s", LS / (W(L7, "fp8") / 4), X, "per_gpu", anchor=A, note="vendor; summed bandwidth over a per-card share; 49.0")
A = "- ✘ At TP = 4 all four cards work on the same token: 864 ÷ 17.6 = 49.0 tok/s per user."
claim(f, "17.6", "weights", "GB", W(L7, "fp8") / 4, H, anchor=A)
claim(f, "49.0 tok/s", "throughput", "tok/s", LS / (W(L7, "fp8") / 4), H, anchor=A)
claim(f, "50 GiB", "kv_cache_total", "GiB", CACHE40, X, "off_2x", anchor="- Vendor: \"The cache for 40 users at 8K is 50 GiB in fp16.\"", note="vendor; fp8 cache for fp16; 100 GiB")
A = "- ✘ 50 GiB is what an fp8 cache would take; in fp16 it is 100 GiB."
claim(f, "50 GiB", "kv_cache_total", "GiB", KV(L7, 8192, 40, b=1), H, anchor=A, note="re-attributed to an fp8 cache")
claim(f, "100 GiB", "kv_cache_total", "GiB", CACHE40, H, anchor=A)
claim(f, "27.6 tok/s", "throughput", "tok/s", NVL / (W(L7, "bf16") / 2), X, "per_gpu", anchor="- Vendor (cover letter):", note="vendor; whole model per card at TP = 2; 55.3")
A = "- ✘ 27.6 tok/s is one card reading all 141.1 GB."
claim(f, "27.6 tok/s", "throughput", "tok/s", NVL / W(L7, "bf16"), H, anchor=A, note="re-attributed to one card reading the whole model")
claim(f, "141.1 GB", "weights", "GB", W(L7, "bf16"), H, anchor=A)
claim(f, "70.6 GB", "weights", "GB", W(L7, "bf16") / 2, H, anchor=A)
claim(f, "55.3 tok/s", "throughput", "tok/s", NVL / (W(L7, "bf16") / 2), H, anchor=A)
A = "- ✔ the sheet's 110.6 tok/s for fp8 is right (3900 ÷ 35.3)."
claim(f, "110.6 tok/s", "throughput", "tok/s", NVL / (W(L7, "fp8") / 2), H, anchor=A)
claim(f, "35.3", "weights", "GB", W(L7, "fp8") / 2, H, anchor=A)
claim(f, "22.3 GiB", "arithmetic", "GiB", 188 * GIB - NEED, H, anchor="- 188 GiB in total; fp8 weights and the full cache leave 22.3 GiB.")
A = "- Vendor: \"384 GB lets you run Llama-3-70B even in fp32 (282 GB).\""
claim(f, "282 GB", "weights", "GB", W(L7, "fp32"), H, anchor=A)
claim(f, "282 GB", "weights", "GB", W(L7, "fp32"), H, anchor=A, occ=2)
claim(f, "20 GiB", "kv_cache_total", "GiB", KV(L7, 8192), X, "off_2x", anchor="- Vendor: \"Each user's 8K context needs 20 GiB of cache.\"", note="vendor; query heads; 2.5 GiB")
claim(f, "2.5 GiB", "kv_cache_total", "GiB", KV(L7, 8192), H, anchor="- ✘ that counts the 64 query heads; with 8 KV heads it is 2.5 GiB.")
A = "- ✘ Their sheet gives 70.6 GB as the bf16 size — that is fp8."
claim(f, "70.6 GB", "weights", "GB", W(L7, "fp8"), H, anchor=A, note="re-attributed to fp8")
claim(f, "13.6 tok/s", "throughput", "tok/s", R6A / W(L7, "fp8"), H, anchor=A, note="re-attributed: each card reading the whole model")
claim(f, "108.9 tok/s", "throughput", "tok/s", R6A / (W(L7, "fp8") / 8), H, anchor="  whole fp8 model; at TP = 8 the ceiling is 108.9 tok/s")
claim(f, "140.4 GiB", "arithmetic", "GiB", 143771 * MIB, H, anchor="- `nvidia-smi` on the demo unit: 143,771 MiB")
A = "- Vendor: \"131.4 GB of bf16 weights leave 9 GB for the cache.\""
claim(f, "131.4 GB", "weights", "GB", W(L7, "bf16"), X, "gib_as_gb", anchor=A, note="vendor; GiB value; 141.1 GB")
claim(f, "9 GB", "arithmetic", "GB", 143771 * MIB - W(L7, "bf16"), X, "gib_as_gb", anchor=A, note="vendor; 9.0 GiB = 9.6 GB")
A = "- ✘ those are GiB: 131.4 GiB of weights and 9.0 GiB left"
claim(f, "131.4 GiB", "weights", "GiB", W(L7, "bf16"), H, anchor=A)
claim(f, "9.0 GiB", "arithmetic", "GiB", 143771 * MIB - W(L7, "bf16"), H, anchor=A)
claim(f, "3 users", "arithmetic", "users", (143771 * MIB - W(L7, "bf16")) // KV(L7, 8192), H, anchor=A)
claim(f, "136 tok/s", "throughput", "tok/s", H2 / W(L7, "fp8"), X, "wrong_dtype", anchor="- Vendor: \"In fp8 the H200 decodes at 136 tok/s.\"", note="vendor; int4 ceiling; fp8 68.0")
A = "- ✘ 136 tok/s is the int4 ceiling (4800 ÷ 35.3)"
claim(f, "136 tok/s", "throughput", "tok/s", H2 / W(L7, "int4"), H, anchor=A, note="re-attributed to int4")
claim(f, "35.3", "weights", "GB", W(L7, "int4"), H, anchor=A)
claim(f, "68.0 tok/s", "throughput", "tok/s", H2 / W(L7, "fp8"), H, anchor=A)
claim(f, "165.7 GiB", "arithmetic", "GiB", NEED, H, anchor="  165.7 GiB, which does not fit.")
A = "- Mixtral-8x7B would suit this card: 93.4 GB stored"
claim(f, "93.4 GB", "weights", "GB", W(MX, "bf16"), H, anchor=A)
claim(f, "25.8 GB", "weights", "GB", ACTIVE_M7 * 2, H, anchor=A)
claim(f, "186 tok/s", "throughput", "tok/s", H2 / (ACTIVE_M7 * 2), H, anchor=A)
claim(f, "21.6 GB", "quantized_file", "GB", Q4, X, "off_2x", anchor="- Vendor: \"Llama-3-70B Q4_K_M is 21.6 GB", note="vendor; halved; 43.2 GB")
claim(f, "74.1 tok/s", "throughput", "tok/s", MI210 / Q4, X, "per_gpu", anchor="- Vendor: \"Split across both cards the two halves run in parallel", note="vendor; layer split read as parallel; 37.1")
claim(f, "1600 Gbit/s", "bandwidth", "Gbit/s", MI210, X, "wrong_unit", anchor="- Vendor: \"Each MI210 moves 1.6 TB/s", note="vendor; 1.6 TB/s = 12,800 Gbit/s")
A = "- ✘ The Q4_K_M file is 43.2 GB (40.2 GiB)."
claim(f, "43.2 GB", "quantized_file", "GB", Q4, H, rel=0.02, anchor=A)
claim(f, "40.2 GiB", "quantized_file", "GiB", Q4, H, rel=0.02, anchor=A)
claim(f, "43.2 GB", "quantized_file", "GB", Q4, H, rel=0.02, anchor=A, occ=2)
claim(f, "43.2", "quantized_file", "GB", Q4, H, rel=0.02, anchor=A, occ=3)
A = "  37.1 tok/s. 1.6 TB/s is 12,800 Gbit/s."
claim(f, "37.1 tok/s", "throughput", "tok/s", MI210 / Q4, H, rel=0.02, anchor=A)
claim(f, "12,800 Gbit/s", "bandwidth", "Gbit/s", MI210, H, anchor=A)
claim(f, "800 GiB", "kv_cache_total", "GiB", KV((80, 64, 128), 8192, 40), H, anchor="- ✘ Their 800 GiB of cache counts all 64 query heads.", note="re-attributed to query heads")
A = "- With 128 GiB, Q4_K_M leaves 87.8 GiB: 35 users at 8K."
claim(f, "87.8 GiB", "arithmetic", "GiB", 128 * GIB - Q4, H, rel=0.02, anchor=A)
claim(f, "35 users", "arithmetic", "users", (128 * GIB - Q4) // KV(L7, 8192), H, anchor=A)
claim(f, "11.3 tok/s", "throughput", "tok/s", M2U / W(L7, "bf16"), X, "wrong_dtype", anchor="- Vendor: \"Llama-3-70B in bf16 runs at 11.3 tok/s.\"", note="vendor; fp8 ceiling; bf16 5.7")
claim(f, "46.7 GB", "weights", "GB", W(MX, "bf16"), X, "wrong_dtype", anchor="- Vendor: \"Mixtral-8x7B in bf16 needs only 46.7 GB.\"", note="vendor; int8 size; bf16 93.4 GB")
A = "- ✘ 11.3 tok/s is the fp8 figure (800 ÷ 70.6)"
claim(f, "11.3 tok/s", "throughput", "tok/s", M2U / W(L7, "fp8"), H, anchor=A, note="re-attributed to fp8")
claim(f, "70.6", "weights", "GB", W(L7, "fp8"), H, anchor=A)
claim(f, "141.1", "weights", "GB", W(L7, "bf16"), H, anchor=A)
claim(f, "5.7 tok/s", "throughput", "tok/s", M2U / W(L7, "bf16"), H, anchor=A)
claim(f, "18.5 tok/s", "throughput", "tok/s", M2U / Q4, H, rel=0.02, anchor=A)
A = "- ✘ 46.7 GB is Mixtral in int8; bf16 is 93.4 GB."
claim(f, "46.7 GB", "weights", "GB", W(MX, "int8"), H, anchor=A, note="re-attributed to int8")
claim(f, "93.4 GB", "weights", "GB", W(MX, "bf16"), H, anchor=A)
claim(f, "about 31 tok/s", "throughput", "tok/s", M2U / (ACTIVE_M7 * 2), H, hedged=True, anchor=A)
claim(f, "25.8 GB", "weights", "GB", ACTIVE_M7 * 2, H, anchor=A)
claim(f, "32,763,876,352 parameters", "params", "params", N[Q32], H, anchor="Config in the properties; the formula gives 32,763,876,352 parameters.")
A = "- Weights: 65.5 GB in bf16 (61.0 GiB), 32.8 GB in fp8."
claim(f, "65.5 GB", "weights", "GB", W(Q32, "bf16"), H, anchor=A)
claim(f, "61.0 GiB", "weights", "GiB", W(Q32, "bf16"), H, anchor=A)
claim(f, "32.8 GB", "weights", "GB", W(Q32, "fp8"), H, anchor=A)
A = "- KV cache: `2 × 64 × 8 × 128 × 2` = 256 KiB per token"
claim(f, "256 KiB per token", "kv_cache_per_token", "KiB", KVT(Q32), H, anchor=A)
claim(f, "2 GiB per 8K user", "kv_cache_total", "GiB", KV(Q32, 8192), H, anchor=A)
A = "- On offer A in bf16: 192 − 61.0 = 131.0 GiB left"
claim(f, "61.0", "weights", "GiB", W(Q32, "bf16"), H, anchor=A)
claim(f, "131.0 GiB", "arithmetic", "GiB", 192 * GIB - W(Q32, "bf16"), H, anchor=A)
claim(f, "65 users", "arithmetic", "users", (192 * GIB - W(Q32, "bf16")) // KV(Q32, 8192), H, anchor=A)
claim(f, "16.4", "weights", "GB", W(Q32, "bf16") / 4, H, anchor=A)
claim(f, "52.7 tok/s", "throughput", "tok/s", LS / (W(Q32, "bf16") / 4), H, anchor=A)
C = "ChatGPT, pasted by a colleague"
A = "> \"Llama-3-70B needs 140 GB in fp8 and 280 GB in bf16."
claim(f, "140 GB", "weights", "GB", W(L7, "fp8"), X, "wrong_dtype", anchor=A, note=C + "; bf16 size; fp8 70.6 GB", **Q)
claim(f, "280 GB", "weights", "GB", W(L7, "bf16"), X, "wrong_dtype", anchor=A, note=C + "; fp32 size; bf16 141.1 GB", **Q)
claim(f, "1.25 MiB per token", "kv_cache_per_token", "MiB", KVT(L7), X, "off_2x", anchor=A, note=C + "; 32 KV heads; 320 KiB", **Q)
claim(f, "400 GiB", "kv_cache_total", "GiB", CACHE40, X, "off_2x", anchor="> so 40 users at 8K need 400 GiB of cache.\"", note=C + "; 100 GiB", **Q)
A = "- ✘ shifted by one dtype: 140 GB is the bf16 size and 280 GB is fp32."
claim(f, "140 GB", "weights", "GB", W(L7, "bf16"), H, anchor=A, note="re-attributed to bf16")
claim(f, "280 GB", "weights", "GB", W(L7, "fp32"), H, anchor=A, note="re-attributed to fp32")
A = "- ✘ 1.25 MiB per token would need 32 KV heads"
claim(f, "1.25 MiB per token", "kv_cache_per_token", "MiB", KVT((80, 32, 128)), H, anchor=A, note="re-attributed to 32 KV heads")
claim(f, "320 KiB", "kv_cache_per_token", "KiB", KVT(L7), H, anchor=A)
claim(f, "100 GiB", "kv_cache_total", "GiB", CACHE40, H, anchor=A)
for text, why in (
        ("title: \"RFQ-2027-014", "RFQ number"), ("aliases: [RFQ-2027-014", "RFQ number"), ("rfq: RFQ-2027-014", "RFQ number"),
        ("exported: 2027-05-18", "date"), ("deadline: 2027-05-31", "date"), ("budget_eur: 180000", "budget"),
        ("  users: 40", "workload input"), ("  context_tokens: 8192", "workload input"),
        ("  qwen2.5-32b: {hidden: 5120", "config inputs"),
        ("  - {id: A, vendor: Northbyte", "hardware spec, price"), ("  - {id: B, vendor: Helix Systems", "hardware spec, price"),
        ("  - {id: C, vendor: Gridworks", "hardware spec, price"), ("  - {id: D, vendor: Nimbus Compute", "hardware spec, price"),
        ("  - {id: E, vendor: Orbital", "hardware spec, price"), ("  - {id: F, vendor: Applied Silicon", "hardware spec, price"),
        ("# RFQ-2027-014: bid tabulation", "RFQ number"),
        ("Workload: Llama-3-70B for 40 users at 8K context", "workload inputs"),
        ("vendors filled it in; sheet \"Check\" is mine. Card memory is counted in GiB", "card capacity convention"),
        ("## Sheet \"Offers\" (vendor-filled, exported 2027-05-18)", "date"),
        ("| offer | total GPU memory (GiB) |", "table header with units"),
        ("| offer | fp8 weights + 40 × 8K cache (GiB) |", "table header with units"),
        ("### Offer A — Northbyte, 4 × L40S", "hardware in heading"), ("### Offer B — Helix Systems, 2 × H100 NVL", "hardware in heading"),
        ("### Offer C — Gridworks, 8 × RTX 6000 Ada", "hardware in heading"), ("### Offer D — Nimbus Compute, 1 × H200", "hardware in heading"),
        ("### Offer E — Orbital, 2 × MI210", "hardware in heading"), ("### Offer F — Applied Silicon, Mac Studio M2 Ultra", "hardware in heading"),
        ("## Fallback model: Qwen2.5-32B", "model name"),
        ("| A | 61,400 | yes | 320 |", "price, price per GiB"), ("| B | 118,900 | yes | 632 |", "price, price per GiB"),
        ("| D | 74,800 | no | 533 |", "price, price per GiB"),
        ("Recommendation: offer A (Northbyte) at 61,400 EUR", "price, budget"),
        ("second-round price drops below 100,000 EUR. Delivery 6–8 weeks.", "price, delivery time"),
        ("[^1]: Bandwidth figures from the vendors' datasheets", "datasheet revisions, dates")):
    non(f, text, why)
G = "late offer G, vendor"
A = "- Vendor: \"Llama-3-70B in fp8 for 40 users at 8K: weights 35.3 GB per card, cache 25 GiB per card.\""
claim(f, "35.3 GB per card", "weights", "GB", W(L7, "fp8") / 2, H, anchor=A)
claim(f, "25 GiB per card", "kv_cache_total", "GiB", CACHE40 / 2, X, "off_2x", anchor=A, note=G + "; 50 GiB per card")
claim(f, "12.2 tok/s", "throughput", "tok/s", LS / (W(L7, "fp8") / 2), X, "per_gpu", anchor="- Vendor: \"Decode 12.2 tok/s per user at TP = 2.\"", note=G + "; whole model at TP = 2; 24.5")
claim(f, "20.1 GiB", "quantized_file", "GiB", Q4, X, "off_2x", anchor="- Vendor: \"In Q4_K_M the weights would need only 20.1 GiB.\"", note=G + "; halved; 40.2 GiB")
claim(f, "108 Gbit/s", "bandwidth", "Gbit/s", LS, X, "wrong_unit", anchor="- Vendor: \"Each L40S moves 864 GB/s = 108 Gbit/s.\"", note=G + "; divided by 8; 6912 Gbit/s")
non(f, "### Offer G — Quillon, 2 × L40S", "hardware in heading")
claim(f, "37.1 tok/s", "throughput", "tok/s", M2U / Q4, X, "off_2x", anchor="- Vendor: \"With the Q4_K_M file Llama-3-70B decodes at 37.1 tok/s on the Mac.\"", note="vendor; 18.5")
A = "- fp8 instead of bf16 cuts the weights by 50 %, to 70.6 GB."
claim(f, "50 %", "percentage", "%", 100 * (1 - BY["fp8"] / BY["bf16"]), H, anchor=A)
claim(f, "70.6 GB", "weights", "GB", W(L7, "fp8"), H, anchor=A)
non(f, "$$M_{\\text{KV}} = 2 \\cdot L", "formula with free variables")
A = "- Vendor: \"The bf16 weights take 131.4 GB of the 188, leaving 56.6 GB for cache.\""
claim(f, "131.4 GB", "weights", "GB", W(L7, "bf16"), X, "gib_as_gb", anchor=A, note="vendor; 141.1 GB = 131.4 GiB")
claim(f, "56.6 GB", "arithmetic", "GB", 188 * GIB - W(L7, "bf16"), X, "gib_as_gb", anchor=A, note="vendor; 56.6 GiB = 60.8 GB")

# ---- en_05: release notes of an inference server with a migration guide, errata and an upgrade discussion ----
f = "en_05"
L8, L7, MS, QW, GM, FA, MX, G2, BB = ("llama3-8b", "llama3-70b", "mistral-7b", "qwen2.5-7b", "gemma2-9b", "falcon-7b",
                                      "mixtral-8x7b", "gpt2", "bert-base")
H1, LS, A1, R49 = 3.35e12, 864e9, 2039e9, 1008e9
BUD = 0.9 * 48 * GIB                       # the planner's L40S budget
TOK4090 = (0.9 * 24 * GIB - W(L8, "bf16")) / KVT(L8)
O = "1.9.4 output"
A = "weights       14.96 GB"
claim(f, "14.96 GB", "weights", "GB", W(L8, "bf16"), X, "gib_as_gb", anchor=A, note=O + "; 16.06 GB = 14.96 GiB")
claim(f, "64 KiB", "kv_cache_per_token", "KiB", KVT(L8), X, "off_2x", anchor="kv/token      64 KiB", note=O + "; K only; 128 KiB")
claim(f, "8.00 GiB", "kv_cache_total", "GiB", KV(L8, 8192, 16), X, "off_2x", anchor="kv total      8.00 GiB", note=O + "; K only; 16 GiB")
claim(f, "864 Gbit/s", "bandwidth", "Gbit/s", LS, X, "wrong_unit", anchor="bandwidth     864 Gbit/s", note=O + "; 864 GB/s = 6912 Gbit/s")
claim(f, "53.8 tok/s", "throughput", "tok/s", LS / W(L8, "bf16"), H, anchor="ceiling       53.8 tok/s (batch 1)")
A = "weights       14.96 GiB (16.06 GB)"
claim(f, "14.96 GiB", "weights", "GiB", W(L8, "bf16"), H, anchor=A)
claim(f, "16.06 GB", "weights", "GB", W(L8, "bf16"), H, anchor=A)
claim(f, "128 KiB", "kv_cache_per_token", "KiB", KVT(L8), H, anchor="kv/token      128 KiB")
A = "kv total      16.00 GiB (17.18 GB)"
claim(f, "16.00 GiB", "kv_cache_total", "GiB", KV(L8, 8192, 16), H, anchor=A)
claim(f, "17.18 GB", "kv_cache_total", "GB", KV(L8, 8192, 16), H, anchor=A)
claim(f, "6.9 Tbit/s", "bandwidth", "Tbit/s", LS, H, anchor="bandwidth     864 GB/s (6.9 Tbit/s)")
claim(f, "53.8 tok/s", "throughput", "tok/s", LS / W(L8, "bf16"), H, anchor="ceiling       53.8 tok/s per sequence")
A = "free          12.24 GiB of the 43.2 GiB budget"
claim(f, "12.24 GiB", "arithmetic", "GiB", BUD - W(L8, "bf16") - KV(L8, 8192, 16), H, anchor=A)
claim(f, "43.2 GiB", "arithmetic", "GiB", BUD, H, anchor=A)
P = "1.9.4 planner output"
A = "| Mixtral-8x7B fp8 on one H100, ceiling |"
claim(f, "71.7 tok/s", "throughput", "tok/s", H1 / ACTIVE_M7, X, "wrong_kind", anchor=A, note=P + "; whole MoE file; 260")
claim(f, "260 tok/s", "throughput", "tok/s", H1 / ACTIVE_M7, H, anchor=A)
A = "| Llama-3-70B bf16 on 4 × A100 at TP = 4, ceiling |"
claim(f, "14.5 tok/s", "throughput", "tok/s", A1 / (W(L7, "bf16") / 4), X, "per_gpu", anchor=A, note=P + "; whole model at TP = 4; 57.8")
claim(f, "57.8 tok/s", "throughput", "tok/s", A1 / (W(L7, "bf16") / 4), H, anchor=A)
A = "| Mistral-7B, one 32K sequence, fp16 cache |"
claim(f, "4 GiB", "kv_cache_total", "GiB", KV(MS, 4096), X, "off_2x", anchor=A, note=P + "; window ignored; 512 MiB")
claim(f, "512 MiB", "kv_cache_total", "MiB", KV(MS, 4096), H, anchor=A)
A = "| Llama-3-8B on an RTX 4090, cache tokens at 0.90 |"
claim(f, "108,830", "arithmetic", "tokens", TOK4090, X, "off_2x", anchor=A, note=P + "; K only; 54,415")
claim(f, "54,415", "arithmetic", "tokens", TOK4090, H, anchor=A)
A = "- Mixtral: each token reads only the 12.9 GB of active experts in fp8"
claim(f, "12.9 GB", "weights", "GB", ACTIVE_M7, H, anchor=A)
claim(f, "46.7 GB", "weights", "GB", W(MX, "fp8"), H, anchor=A)
A = "- Llama-3-70B: at TP = 4 each A100 reads a quarter of the 141.1 GB"
claim(f, "141.1 GB", "weights", "GB", W(L7, "bf16"), H, anchor=A)
claim(f, "35.3", "weights", "GB", W(L7, "bf16") / 4, H, anchor=A)
claim(f, "57.8 tok/s", "throughput", "tok/s", A1 / (W(L7, "bf16") / 4), H, anchor=A)
A = "- RTX 4090: 0.90 × 24 = 21.6 GiB"
claim(f, "21.6 GiB", "arithmetic", "GiB", 0.9 * 24 * GIB, H, anchor=A)
claim(f, "14.96 GiB", "weights", "GiB", W(L8, "bf16"), H, anchor=A)
claim(f, "6.64 GiB", "arithmetic", "GiB", 0.9 * 24 * GIB - W(L8, "bf16"), H, anchor=A)
claim(f, "128 KiB per token", "kv_cache_per_token", "KiB", KVT(L8), H, anchor=A)
claim(f, "54,415 tokens", "arithmetic", "tokens", TOK4090, H, anchor="  is 54,415 tokens.")
A = "- Llama-3-8B: 64 KiB per token, 0.5 GiB per 8K sequence."
claim(f, "64 KiB per token", "kv_cache_per_token", "KiB", KVT(L8, 1), H, anchor=A)
claim(f, "0.5 GiB", "kv_cache_total", "GiB", KV(L8, 8192, b=1), H, anchor=A)
A = "- Qwen2.5-7B: 28 KiB per token, 896 MiB for a 32K sequence."
claim(f, "28 KiB per token", "kv_cache_per_token", "KiB", KVT(QW, 1), H, anchor=A)
claim(f, "896 MiB", "kv_cache_total", "MiB", KV(QW, 32768, b=1), H, anchor=A)
A = "- Mistral-7B: 64 KiB per token and never more than 256 MiB per sequence."
claim(f, "64 KiB per token", "kv_cache_per_token", "KiB", KVT(MS, 1), H, anchor=A)
claim(f, "256 MiB", "kv_cache_total", "MiB", KV(MS, 4096, b=1), H, bound="upper", anchor=A)
ref = {"| Llama-3-8B | 8.03 B |": (L8, "8.03 B", "14.96", "128", "4.91"),
       "| Mistral-7B | 7.24 B |": (MS, "7.24 B", "13.49", "128", "4.43"),
       "| Qwen2.5-7B | 7.62 B |": (QW, "7.62 B", "14.19", "56", "4.66"),
       "| Gemma-2-9B | 9.24 B |": (GM, "9.24 B", "17.21", "336", "5.65"),
       "| Falcon-7B | 6.92 B |": (FA, "6.92 B", "12.89", "8", None),
       "| Mixtral-8x7B | 46.7 B |": (MX, "46.7 B", "86.99", "128", "28.6")}
for row, (m, p, w, k, q) in ref.items():
    claim(f, p, "params", "B", N[m], H, anchor=row)
    claim(f, w, "weights", "GiB", W(m, "bf16"), H, anchor=row)
    claim(f, k, "kv_cache_per_token", "KiB", KVT(m), H, anchor=row)
    if q:
        claim(f, q, "quantized_file", "GB", GG(m, "Q4_K_M"), H, rel=0.02, anchor=row)
A = "per sequence and an L40S budget of 43.2 GiB holds 9 such sequences"
claim(f, "2.6 GiB", "kv_cache_total", "GiB", KV(GM, 8192), H, anchor="so 8K costs 2.6 GiB")
claim(f, "43.2 GiB", "arithmetic", "GiB", BUD, H, anchor=A)
claim(f, "9 such sequences", "arithmetic", "sequences", (BUD - W(GM, "bf16")) // KV(GM, 8192), H, anchor=A)
E = "1.9 release notes as printed"
A = "| 3.2 | Llama-3-70B in fp8: 141.1 GB | 70.6 GB |"
claim(f, "141.1 GB", "weights", "GB", W(L7, "fp8"), X, "wrong_dtype", anchor=A, note=E + "; bf16 size; fp8 70.6 GB")
claim(f, "70.6 GB", "weights", "GB", W(L7, "fp8"), H, anchor=A)
A = "| 3.4 | GPT-2 small in fp32: 249 MB | 498 MB |"
claim(f, "249 MB", "weights", "MB", W(G2, "fp32"), X, "wrong_dtype", anchor=A, note=E + "; bf16 size; fp32 498 MB")
claim(f, "498 MB", "weights", "MB", W(G2, "fp32"), H, anchor=A)
A = "| 4.1 | Gemma-2-9B KV: 168 KiB per token | 336 KiB per token |"
claim(f, "168 KiB per token", "kv_cache_per_token", "KiB", KVT(GM), X, "off_2x", anchor=A, note=E + "; K only; 336 KiB")
claim(f, "336 KiB per token", "kv_cache_per_token", "KiB", KVT(GM), H, anchor=A)
A = "| 4.3 | BERT-base: 110 M parameters, 219 MB in fp16 |"
claim(f, "110 M parameters", "params", "M", N[BB], H, anchor=A)
claim(f, "219 MB", "weights", "MB", W(BB, "fp16"), H, anchor=A)
A = "- @fennec: \"Gemma-2-9B in bf16 is 9.24 GB, right?"
claim(f, "9.24 GB", "weights", "GB", W(GM, "bf16"), X, "wrong_dtype", anchor=A, note="user; int8 size; bf16 18.48 GB")
claim(f, "17.21 GiB", "weights", "GiB", W(GM, "bf16"), H, anchor=A)
A = "- maintainer: 9.24 GB is the int8 size."
claim(f, "9.24 GB", "weights", "GB", W(GM, "int8"), H, anchor=A, note="re-attributed to int8")
claim(f, "18.48 GB", "weights", "GB", W(GM, "bf16"), H, anchor=A)
claim(f, "17.21 GiB", "weights", "GiB", W(GM, "bf16"), H, anchor=A)
claim(f, "512 KiB per token", "kv_cache_per_token", "KiB", KVT(FA), X, "off_2x", anchor="- @ostrich: \"Falcon-7B's cache must be 512 KiB per token", note="user; 71 heads as KV heads; 8 KiB")
A = "- maintainer: Falcon-7B is multi-query, so 8 KiB per token"
claim(f, "8 KiB per token", "kv_cache_per_token", "KiB", KVT(FA), H, anchor=A)
claim(f, "512 MiB", "kv_cache_total", "MiB", KV(FA, 2048, 32), H, anchor=A)
A = "- @wren: \"The H100 does 3.35 TB/s = 3,350 Gbit/s"
claim(f, "3,350 Gbit/s", "bandwidth", "Gbit/s", H1, X, "wrong_unit", anchor=A, note="user; 26.8 Tbit/s")
claim(f, "1,669 tok/s", "throughput", "tok/s", H1 / W(L8, "bf16"), X, "wrong_unit", anchor=A, note="user; bits for bytes; 208.6")
A = "- maintainer: 3.35 TB/s is 26.8 Tbit/s, and the ceiling is 3350 ÷ 16.06 = 208.6 tok/s."
claim(f, "26.8 Tbit/s", "bandwidth", "Tbit/s", H1, H, anchor=A)
claim(f, "16.06", "weights", "GB", W(L8, "bf16"), H, anchor=A)
claim(f, "208.6 tok/s", "throughput", "tok/s", H1 / W(L8, "bf16"), H, anchor=A)
claim(f, "1,669", "arithmetic", "tok/s", 8 * H1 / W(L8, "bf16"), H, anchor=A, note="re-attributed: multiplied by 8")
B = "docs bot, quoted"
A = "> \"Mixtral-8x7B stores 12.9 B parameters and reads 46.7 B per token."
claim(f, "12.9 B", "params", "B", N[MX], X, "wrong_kind", anchor=A, note=B + "; active for stored; 46.7 B", **Q)
claim(f, "46.7 B", "params", "B", ACTIVE_M7, X, "wrong_kind", anchor=A, note=B + "; stored for active; 12.9 B", **Q)
claim(f, "14.3 GB", "quantized_file", "GB", GG(MX, "Q4_K_M"), X, "off_2x", anchor=A, note=B + "; halved; 28.6 GB", **Q)
claim(f, "35.9 tok/s", "throughput", "tok/s", H1 / ACTIVE_M7, X, "wrong_kind", anchor="> 2.0 estimates 35.9 tok/s for it in fp8 on one H100.\"", note=B + "; whole bf16 file; 260", **Q)
A = "- maintainer: reversed. It stores 46.7 B and reads 12.9 B per token"
claim(f, "46.7 B", "params", "B", N[MX], H, anchor=A)
claim(f, "12.9 B", "params", "B", ACTIVE_M7, H, anchor=A)
claim(f, "28.6 GB", "quantized_file", "GB", GG(MX, "Q4_K_M"), H, rel=0.02, anchor=A)
claim(f, "260 tok/s", "throughput", "tok/s", H1 / ACTIVE_M7, H, anchor="  H100 is 260 tok/s (35.9 tok/s would be the whole bf16 file).")
claim(f, "35.9 tok/s", "throughput", "tok/s", H1 / W(MX, "bf16"), H, anchor="  H100 is 260 tok/s (35.9 tok/s would be the whole bf16 file).", note="re-attributed to the whole bf16 file")
for text, why in (
        ("title: \"Kestrel Serve 2.0.0", "version"), ("aliases: [kestrel 2.0 release notes", "versions"),
        ("version: 2.0.0", "version"), ("previous: 1.9.4", "version"), ("released: 2027-07-01", "date"),
        ("milestone: \"https://git.example.org", "URL, milestone number"),
        ("supported_gpus: [A100, H100, H200, L40S, L4, RTX 4090]", "hardware names"),
        ("gemma-2-9b: {hidden: 3584", "config inputs"), ("defaults_2_0:", "version"), ("  memory_fraction: 0.90", "config input"),
        ("defaults_1_x:", "version"), ("  gpu_memory_fraction: 0.90", "config input"),
        ("contributors: 27", "count"), ("merged_prs: 214", "count"),
        ("related: [\"[[Kestrel 1.9 release notes]]\"", "version in wikilink"),
        ("# Kestrel Serve 2.0.0", "version"), ("> 2.0 rewrites the memory planner.", "version"),
        ("> you resize anything. 214 PRs from 27 contributors since 1.9.4.", "counts, version"),
        ("- Memory planner counts both K and V (fix for #1882).", "issue number"),
        ("Llama-3-8B in bf16 on one L40S, 16 sequences of 8K, fp16 cache, in 1.9.4:", "workload inputs, version"),
        ("$ kestrel-1.9 plan --model llama-3-8b", "CLI flags"), ("The same plan in 2.0.0:", "version"),
        ("$ kestrel plan --model llama-3-8b", "CLI flags"), ("| case | 1.9.4 printed | 2.0.0 prints |", "table header, versions"),
        ("- Mistral-7B: the cache stops growing at the 4,096-token window.", "config input"),
        ("An fp8 cache takes 1 byte per value, half of fp16:", "dtype constant"),
        ("Set `kv_cache.dtype: fp16` to keep the 1.x behaviour", "version, config"),
        ("## Reference numbers (`kestrel plan` 2.0.0, fp16 cache)", "version"),
        ("| model | parameters | bf16 weights (GiB) |", "table header with units"),
        ("2. If your 1.x config set `kv_cache_gb: 20`", "config input"),
        ("3. Re-run `kestrel plan` for every deployment", "version"),
        ("4. If you pinned `kv_cache.dtype: fp16`", "version, list number"),
        ("5. Drop the `--moe-active-fraction` flag from 1.7", "version"),
        ("## Errata to the 1.9 release notes", "version"), ("| 1.9 section | printed | should read |", "version"),
        ("## From the upgrade discussion (#1907)", "discussion number"),
        ("- #1931: on ROCm 6.1", "issue number, version"), ("- #1940: `kestrel plan --json`", "issue number, schema versions"),
        ("[^1]: Benchmarks in the 2.0 announcement", "date, driver and CUDA versions")):
    non(f, text, why)
non(f, "  by 8 bits per byte where it should not.", "unit constant")
claim(f, "392 KiB per token", "kv_cache_per_token", "KiB", KVT(QW), X, "off_2x", anchor="- #1944: for Qwen2.5-7B", note="planner bug as reported; query heads; 56 KiB")
claim(f, "2.83 GB", "quantized_file", "GB", GG(GM, "Q4_K_M"), X, "off_2x", anchor="- #1946: the Gemma-2-9B Q4_K_M estimate", note="planner bug as reported; halved; 5.65 GB")
claim(f, "68.0 tok/s", "throughput", "tok/s", 4.8e12 / W(L7, "bf16"), X, "wrong_dtype", anchor="- #1950: on an H200", note="planner bug as reported; fp8 ceiling; bf16 34.0")
claim(f, "568 KiB per token", "kv_cache_per_token", "KiB", KVT(FA), X, "off_2x", anchor="- #1952: the Falcon-7B cache", note="planner bug as reported; 71 heads as KV heads; 8 KiB")
claim(f, "50 %", "percentage", "%", 100 * (1 - 1 / 2), H, anchor="- Cache memory drops by 50 % for every model.")
A = "| 4.4 | 7–8B models (Llama-2-7B to Llama-3-8B) in bf16: 6.7–8.0 GB | 13.5–16.1 GB |"
claim(f, "6.7–8.0 GB", "weights", "GB", [W("llama2-7b", "bf16"), W(L8, "bf16")], X, "wrong_dtype", rng=True, anchor=A, note=E + "; int8 sizes; bf16 13.5–16.1 GB")
claim(f, "13.5–16.1 GB", "weights", "GB", [W("llama2-7b", "bf16"), W(L8, "bf16")], H, rng=True, anchor=A)

# ---- ru_01: расшифровка стрима с вопросами из чата трансляции (ведущий на экране, реплики зрителей с ✘/✔) ----
f = "ru_01"
L27, L13, L70, QS, G2, BB, MS = "llama2-7b", "llama2-13b", "llama2-70b", "qwen2.5-1.5b", "gpt2", "bert-base", "mistral-7b"
R30 = 936e9
SCALE.update({"контекстов": 1})
Z = "реплика из чата"
A = "- 6¦738¦415¦616 параметров; в fp16 это 13,48 ГБ"
claim(f, "6¦738¦415¦616 параметров", "params", "params", N[L27], H, anchor=A)
claim(f, "13,48 ГБ", "weights", "ГБ", W(L27, "fp16"), H, anchor=A)
claim(f, "12,55 ГиБ", "weights", "ГиБ", W(L27, "fp16"), H, anchor=A)
A = "- В fp32 — 26,95 ГБ, в int4 — около 3,4 ГБ."
claim(f, "26,95 ГБ", "weights", "ГБ", W(L27, "fp32"), H, anchor=A)
claim(f, "около 3,4 ГБ", "weights", "ГБ", W(L27, "int4"), H, hedged=True, anchor=A)
claim(f, "6,74 ГБ", "weights", "ГБ", W(L27, "fp16"), X, "wrong_dtype", anchor="- Из чата: «Значит, в fp16 это 6,74 ГБ", note=Z + "; размер int8; fp16 13,48 ГБ")
claim(f, "6,74 ГБ", "weights", "ГБ", W(L27, "int4"), X, "wrong_dtype", anchor="- Из чата: «А в int4 будет 6,74 ГБ?»", note=Z + "; размер int8; int4 3,37 ГБ")
claim(f, "69 ГБ", "weights", "ГБ", W(L70, "fp16"), X, "wrong_dtype", anchor="- Из чата: «Llama-2-70B в fp16 — 69 ГБ»", note=Z + "; размер int8; fp16 138,0 ГБ")
A = "- По формуле 1¦543¦714¦304 параметра, 3,09 ГБ в bf16."
claim(f, "1¦543¦714¦304 параметра", "params", "params", N[QS], H, anchor=A)
claim(f, "3,09 ГБ", "weights", "ГБ", W(QS, "bf16"), H, anchor=A)
A = "- Из чата: «1,54 млрд параметров в bf16 — это 1,54 ГБ»"
claim(f, "1,54 млрд", "params", "млрд", N[QS], H, anchor=A)
claim(f, "1,54 ГБ", "weights", "ГБ", W(QS, "bf16"), X, "wrong_dtype", anchor=A, note=Z + "; размер int8; bf16 3,09 ГБ")
A = "- GPT-2 small: 124 млн параметров, в fp32 — 498 МБ."
claim(f, "124 млн", "params", "млн", N[G2], H, anchor=A)
claim(f, "498 МБ", "weights", "МБ", W(G2, "fp32"), H, anchor=A)
claim(f, "1,5 млрд", "params", "млрд", N[G2], X, "off_2x", anchor="- Из чата: «GPT-2 small — это 1,5 млрд параметров»", note=Z + "; это GPT-2 XL; 124 млн")
claim(f, "438 МБ", "weights", "МБ", W(BB, "fp32"), H, anchor="- BERT-base: 438 МБ в fp32.")
claim(f, "219 МБ", "weights", "МБ", W(BB, "fp32"), X, "wrong_dtype", anchor="- Из чата: «BERT-base в fp32 весит 219 МБ»", note=Z + "; размер fp16; fp32 438 МБ")
A = "- Llama-2-7B не использует GQA: 32 KV-головы, поэтому 512 КиБ на токен"
claim(f, "512 КиБ на токен", "kv_cache_per_token", "КиБ", KVT(L27), H, anchor=A)
claim(f, "2 ГиБ", "kv_cache_total", "ГиБ", KV(L27, 4096), H, anchor=A)
A = "- Llama-2-70B с GQA (8 KV-голов из 64): 320 КиБ на токен"
claim(f, "320 КиБ на токен", "kv_cache_per_token", "КиБ", KVT(L70), H, anchor=A)
claim(f, "1,25 ГиБ", "kv_cache_total", "ГиБ", KV(L70, 4096), H, anchor=A)
claim(f, "800 КиБ на токен", "kv_cache_per_token", "КиБ", KVT(L13), H, anchor="- Llama-2-13B: 800 КиБ на токен.")
A = "- Qwen2.5-1.5B: всего 2 KV-головы, 28 КиБ на токен"
claim(f, "28 КиБ на токен", "kv_cache_per_token", "КиБ", KVT(QS), H, anchor=A)
claim(f, "896 МиБ", "kv_cache_total", "МиБ", KV(QS, 32768), H, anchor=A)
claim(f, "2,5 МиБ на токен", "kv_cache_per_token", "МиБ", KVT(L70), X, "off_2x", anchor="- Из чата: «У Llama-2-70B 64 головы", note=Z + "; головы запросов; 320 КиБ")
claim(f, "128 КиБ на токен", "kv_cache_per_token", "КиБ", KVT(L27), X, "off_2x", anchor="- Из чата: «А у Llama-2-7B тогда 128 КиБ на токен", note=Z + "; придуманная GQA; 512 КиБ")
claim(f, "168 КиБ на токен", "kv_cache_per_token", "КиБ", KVT(QS), X, "off_2x", anchor="- Из чата: «У Qwen2.5-1.5B 12 голов", note=Z + "; головы запросов; 28 КиБ")
A = "- Из чата: «Mistral-7B на 32K токенов — 4 ГиБ кэша»"
claim(f, "4 ГиБ", "kv_cache_total", "ГиБ", KV(MS, 4096), X, "off_2x", anchor=A, note=Z + "; окно не учтено; 512 МиБ")
claim(f, "512 МиБ", "kv_cache_total", "МиБ", KV(MS, 4096), H, bound="upper", anchor=A)
claim(f, "2 ГиБ", "kv_cache_total", "ГиБ", KV(L27, 4096, 8), X, "off_2x", anchor="- Из чата: «Восемь пользователей по 4K", note=Z + "; батч забыт; 16 ГиБ")
A = "1. 24 − 12,55 = 11,45 ГиБ свободно."
claim(f, "12,55", "weights", "ГиБ", W(L27, "fp16"), H, anchor=A)
claim(f, "11,45 ГиБ", "arithmetic", "ГиБ", 24 * GIB - W(L27, "fp16"), H, anchor=A)
A = "2. По 2 ГиБ на контекст 4K — 5 контекстов."
claim(f, "2 ГиБ", "kv_cache_total", "ГиБ", KV(L27, 4096), H, anchor=A)
claim(f, "5 контекстов", "arithmetic", "контекстов", (24 * GIB - W(L27, "fp16")) // KV(L27, 4096), H, anchor=A)
for row, m, dt, w, t in (("| Llama-2-7B fp16 | 13,48 | 69,5 |", L27, "fp16", "13,48", "69,5"),
                         ("| Llama-2-7B int4 | 3,37 | 277,8 |", L27, "int4", "3,37", "277,8"),
                         ("| Llama-2-13B int4 | 6,51 | 143,8 |", L13, "int4", "6,51", "143,8")):
    claim(f, w, "weights", "ГБ", W(m, dt), H, anchor=row)
    claim(f, t, "throughput", "ток/с", R30 / W(m, dt), H, anchor=row)
claim(f, "4,12", "quantized_file", "ГБ", GG(L27, "Q4_K_M"), H, rel=0.02, anchor="| Llama-2-7B Q4_K_M | 4,12 | 227 |")
claim(f, "227", "throughput", "ток/с", R30 / GG(L27, "Q4_K_M"), H, rel=0.02, anchor="| Llama-2-7B Q4_K_M | 4,12 | 227 |")
claim(f, "13,0 ГБ", "weights", "ГБ", W(L13, "int4"), X, "wrong_dtype", anchor="- Из чата: «Llama-2-13B в int4 — 13,0 ГБ»", note=Z + "; размер int8; int4 6,51 ГБ")
claim(f, "936 Гбит/с", "bandwidth", "Гбит/с", R30, X, "wrong_unit", anchor="- Из чата: «У 3090 пропускная способность 936 Гбит/с»", note=Z + "; 936 ГБ/с = 7488 Гбит/с")
claim(f, "34,7 ток/с", "throughput", "ток/с", R30 / W(L27, "int4"), X, "wrong_dtype", anchor="- Из чата: «Тогда Llama-2-7B в int4 даст 34,7 ток/с»", note=Z + "; потолок fp32; int4 277,8")
claim(f, "138,9 ток/с", "throughput", "ток/с", R30 / W(L27, "fp16"), X, "per_gpu", anchor="- Из чата: «На двух 3090 с разбиением по слоям", note=Z + "; разбиение по слоям прочитано как параллель; 69,5")
claim(f, "107,8 ГБ", "training", "ГБ", 16 * N[L27], H, anchor="- Смешанная точность с Adam — 16 байт на параметр: Llama-2-7B требует 107,8 ГБ")
A = "- ZeRO-3 на 8 картах — 13,5 ГБ на карту; на 16 картах — 6,74 ГБ."
claim(f, "13,5 ГБ на карту", "training", "ГБ", zero(N[L27], 8, 3), H, anchor=A)
claim(f, "6,74 ГБ", "training", "ГБ", zero(N[L27], 16, 3), H, anchor=A)
claim(f, "53,9 ГБ", "training", "ГБ", 16 * N[L27], X, "off_2x", anchor="- Из чата: «Хватит 53,9 ГБ: 8 байт на параметр»", note=Z + "; 8 байт вместо 16; 107,8 ГБ")
claim(f, "107,8 ГБ на карту", "training", "ГБ", zero(N[L27], 8, 3), X, "per_gpu", anchor="- Из чата: «ZeRO-3 на 8 картах — 107,8 ГБ на карту»", note=Z + "; сумма; 13,5 ГБ на карту")
claim(f, "8,1 \\times 10^{22}", "flops", "FLOP", 6 * N[L27] * 2e12, H, anchor="Вычисления: $6 \\times 6,74")
claim(f, "2,7 × 10²² FLOP", "flops", "FLOP", 6 * N[L27] * 2e12, X, "off_2x", anchor="- Из чата: «По формуле 2ND выходит", note=Z + "; 2ND вместо 6ND; 8,1e22")
claim(f, "около 7,5 суток", "time", "суток", 6 * N[L27] * 2e12 / (1000 * 0.4 * 312e12), H, hedged=True, anchor="- На 1¦000 A100 при 40 % от пика 312 ТФЛОПС")
claim(f, "18 часов", "time", "часов", 6 * N[L27] * 2e12 / (1000 * 0.4 * 312e12), X, "off_2x", anchor="- Из чата: «Тогда это 18 часов»", note=Z + "; в 10 раз меньше; 7,5 суток")
A = "- Llama-2-7B: 13,48 ГБ в fp16, 512 КиБ кэша на токен, до 69,5 ток/с"
claim(f, "13,48 ГБ", "weights", "ГБ", W(L27, "fp16"), H, anchor=A)
claim(f, "512 КиБ", "kv_cache_per_token", "КиБ", KVT(L27), H, anchor=A)
claim(f, "69,5 ток/с", "throughput", "ток/с", R30 / W(L27, "fp16"), H, bound="upper", anchor=A)
A = "- Llama-2-70B: 137,95 ГБ в fp16, то есть 128,5 ГиБ"
claim(f, "137,95 ГБ", "weights", "ГБ", W(L70, "fp16"), H, anchor=A)
claim(f, "128,5 ГиБ", "weights", "ГиБ", W(L70, "fp16"), H, anchor=A)
for text, why in (
        ("title: \"Расшифровка стрима 7", "номер стрима"), ("aliases: [стрим 7", "номер стрима"),
        ("kanal: \"ML без магии\", сезон 2027", "год"), ("efir: 2027-03-17", "дата"),
        ("dlitelnost: \"1:52:10\"", "длительность"), ("zriteley_pik: 1860", "число зрителей"),
        ("zapis: \"https://video.example.org", "URL"), ("  rtx_3090: {pamyat_gb: 24, psp_gb_s: 936}", "характеристики оборудования"),
        ("  a100_80gb: {pamyat_gb: 80, psp_gb_s: 2039}", "характеристики оборудования"),
        ("qwen2.5-1.5b: {hidden: 1536", "входные параметры конфигурации"), ("  nomer: 4", "номер задания"),
        ("  srok: 2027-03-31", "дата"), ("svyazannye: [\"[[Стрим 6 — квантование]]\"", "вики-ссылки с номерами"),
        ("# Стрим 7. Память и скорость LLM", "номер стрима"),
        ("> написаны в чате трансляции; ✘ — ведущий поправил в эфире", "номера слайдов"), ("> Донат 500 ₽ от @gpu_poor", "сумма доната, время"),
        ("## 1. Веса", "номер раздела, тайм-код"), ("Формула на экране (в чат ведущий", "формула, константы типов"),
        ("## 2. KV-кэш", "номер раздела, тайм-код"), ("$$\\text{KV} = 2 \\cdot L", "формула со свободными переменными"),
        ("Пример на экране: RTX 3090 (24 ГиБ)", "входные данные примера"), ("## 3. Скорость генерации", "номер раздела, тайм-код"),
        ("| модель и формат | размер, ГБ |", "шапка таблицы с единицами"),
        ("## 4. Обучение", "номер раздела, тайм-код"), ("## Итог ведущего [01:47:30]", "тайм-код"),
        ("> Посчитать веса, кэш на 8 пользователей по 4K", "входные данные задания"),
        ("> 31.03.2027 в комментариях под записью", "дата, номера задач, баллы"),
        ("[^1]: Слайды 12–19", "номера слайдов, срок хранения")):
    non(f, text, why)
claim(f, "1,75 ГиБ", "kv_cache_total", "ГиБ", KV(QS, 32768), X, "off_2x", anchor="- Из чата: «У Qwen2.5-1.5B на 32K будет 1,75 ГиБ кэша»", note=Z + "; удвоено; 0,875 ГиБ")
claim(f, "400 КиБ на токен", "kv_cache_per_token", "КиБ", KVT(L13), X, "off_2x", anchor="- Из чата: «Llama-2-13B — 400 КиБ на токен»", note=Z + "; только K; 800 КиБ")
claim(f, "128,5 ГБ", "weights", "ГБ", W(L70, "fp16"), X, "gib_as_gb", anchor="- Из чата: «Тогда 128,5 ГБ, как пишет nvidia-smi?»", note=Z + "; 137,95 ГБ = 128,5 ГиБ")

# ---- ru_02: экспорт Slido после доклада на митапе (слайд-шпаргалка, вопросы зала, ИИ-резюме, исправленный слайд) ----
f = "ru_02"
L8, L7, MX, QW, FA = "llama3-8b", "llama3-70b", "mixtral-8x7b", "qwen2.5-7b", "falcon-7b"   # Llama 3.1 = Llama 3 counts
R49, R30 = 1008e9, 936e9
P = "слайд, как показан"
A = "> 1. Llama 3.1 8B: 16 ГБ в bf16, 8 ГБ в int8, 4 ГБ в int4."
claim(f, "16 ГБ", "weights", "ГБ", W(L8, "bf16"), H, anchor=A)
claim(f, "8 ГБ", "weights", "ГБ", W(L8, "int8"), H, anchor=A)
claim(f, "4 ГБ", "weights", "ГБ", W(L8, "int4"), H, anchor=A)
claim(f, "4,9 ГБ", "quantized_file", "ГБ", GG(L8, "Q4_K_M"), H, rel=0.02, anchor="> 2. Q4_K_M для 8B — 4,9 ГБ")
A = "> 3. KV-кэш у 8B — 0,5 МиБ на токен, поэтому 8K контекста = 4 ГиБ."
claim(f, "0,5 МиБ на токен", "kv_cache_per_token", "МиБ", KVT(L8), X, "off_2x", anchor=A, note=P + "; головы запросов; 128 КиБ")
claim(f, "4 ГиБ", "kv_cache_total", "ГиБ", KV(L8, 8192), X, "off_2x", anchor=A, note=P + "; 1 ГиБ")
A = "> 4. 70B в int4 — 35 ГБ; на двух 3090 с разбиением по слоям получите 53 ток/с."
claim(f, "35 ГБ", "weights", "ГБ", W(L7, "int4"), H, anchor=A)
claim(f, "53 ток/с", "throughput", "ток/с", R30 / W(L7, "int4"), X, "per_gpu", anchor=A, note=P + "; разбиение по слоям прочитано как параллель; 26,5")
A = "> 5. Mixtral 8x7B читает на каждом токене 93 ГБ"
claim(f, "93 ГБ", "weights", "ГБ", ACTIVE_M7 * 2, X, "wrong_kind", anchor=A, note=P + "; весь файл вместо активных; 25,8 ГБ")
claim(f, "10 ток/с", "throughput", "ток/с", R49 / (ACTIVE_M7 * 2), X, "wrong_kind", bound="upper", anchor=A, note=P + "; потолок по всему файлу; 39,1")
claim(f, "392 КиБ", "kv_cache_per_token", "КиБ", KVT(QW), X, "off_2x", anchor="> 6. Qwen2.5-7B — 392 КиБ кэша на токен.", note=P + "; головы запросов; 56 КиБ")
claim(f, "1008 Гбит/с", "bandwidth", "Гбит/с", R49, X, "wrong_unit", anchor="> 7. Пропускная способность 4090 — 1008 Гбит/с.", note=P + "; 1008 ГБ/с = 8064 Гбит/с")
claim(f, "64 ГБ", "training", "ГБ", 16 * N[L8], X, "off_2x", anchor="> 8. Полный файнтюн 8B — 64 ГБ", note=P + "; 8 байт вместо 16; 128,5 ГБ")
claim(f, "8 КиБ на токен", "kv_cache_per_token", "КиБ", KVT(FA), H, anchor="> 9. Falcon-7B — всего 8 КиБ на токен")
A = "**Влад К.:** В п. 3 ошибка"
claim(f, "128 КиБ на токен", "kv_cache_per_token", "КиБ", KVT(L8), H, anchor=A)
claim(f, "1 ГиБ", "kv_cache_total", "ГиБ", KV(L8, 8192), H, anchor=A)
claim(f, "32 ГБ", "weights", "ГБ", W(L8, "fp16"), X, "wrong_dtype", anchor="**Аноним:**", note="вопрос из Slido; размер fp32; fp16 16,1 ГБ")
claim(f, "26,5 ток/с", "throughput", "ток/с", R30 / W(L7, "int4"), H, anchor="**Нина М.:** В п. 4")
claim(f, "12,9 ГБ", "weights", "ГБ", ACTIVE_M7 * 2, X, "wrong_dtype", anchor="**Сергей П.:** Mixtral на токен читает", note="вопрос из Slido; байт на параметр; bf16 25,8 ГБ")
claim(f, "12,9", "params", "млрд", ACTIVE_M7, H, anchor="→ ✘ 12,9 — это миллиарды активных параметров", note="переатрибутировано: млрд параметров")
A = "**Анна Д.:** В bf16 это 25,8 ГБ"
claim(f, "25,8 ГБ", "weights", "ГБ", ACTIVE_M7 * 2, H, anchor=A)
claim(f, "12,9 млрд", "params", "млрд", ACTIVE_M7, H, anchor=A)
claim(f, "39 ток/с", "throughput", "ток/с", R49 / (ACTIVE_M7 * 2), H, anchor=A)
claim(f, "112 КиБ", "kv_cache_per_token", "КиБ", KVT(QW), X, "off_2x", anchor="**Гоша Е.:** Qwen2.5-7B — 112 КиБ", note="вопрос из Slido; 56 КиБ")
claim(f, "56 КиБ", "kv_cache_per_token", "КиБ", KVT(QW), H, anchor="**Влад К.:** 56 КиБ")
claim(f, "46,7 ГБ", "weights", "ГБ", W(MX, "int4"), X, "wrong_dtype", anchor="**Гоша Е.:** Mixtral в int4", note="вопрос из Slido; размер int8; int4 23,4 ГБ")
claim(f, "46,7 ГБ", "weights", "ГБ", W(MX, "int8"), H, anchor="→ ✘ 46,7 ГБ — это int8.", note="переатрибутировано к int8")
claim(f, "8,06 Тбит/с", "bandwidth", "Тбит/с", R49, H, anchor="**Лена Р.:**")
A = "**Макс Б.:**"
claim(f, "128,5 ГБ", "training", "ГБ", 16 * N[L8], H, anchor=A)
claim(f, "32,1 ГБ на карту", "training", "ГБ", zero(N[L8], 4, 3), H, anchor=A)
claim(f, "128,5 ГБ на карту", "training", "ГБ", zero(N[L8], 4, 3), X, "per_gpu", anchor="**Денис Ф.:** ZeRO-3 на 4 картах", note="вопрос из Slido; сумма; 32,1 ГБ на карту")
A = "**Кирилл С.:** int4 70B — 35,3 ГБ"
claim(f, "35,3 ГБ", "weights", "ГБ", W(L7, "int4"), H, anchor=A)
claim(f, "32,9 ГиБ", "weights", "ГиБ", W(L7, "int4"), H, anchor=A)
claim(f, "15,1 ГиБ", "arithmetic", "ГиБ", 48 * GIB - W(L7, "int4"), H, anchor=A)
claim(f, "21,6 ГБ", "quantized_file", "ГБ", GG(L7, "Q4_K_M"), X, "off_2x", anchor="**Кирилл С.:** А Q4_K_M для 70B", note="вопрос из Slido; вдвое; 43,2 ГБ")
claim(f, "20 ГиБ", "kv_cache_total", "ГиБ", KV(L7, 8192), X, "off_2x", anchor="**Сергей П.:** Для 70B 8K контекста", note="вопрос из Slido; головы запросов; 2,5 ГиБ")
B = "ИИ-резюме Slido, как было"
A = "> Llama 3.1 70B: 141 ГБ в fp8, 70,6 ГБ в int4"
claim(f, "141 ГБ", "weights", "ГБ", W(L7, "fp8"), X, "wrong_dtype", anchor=A, note=B + "; размер bf16; fp8 70,6 ГБ", **Q)
claim(f, "70,6 ГБ", "weights", "ГБ", W(L7, "int4"), X, "wrong_dtype", anchor=A, note=B + "; размер fp8; int4 35,3 ГБ", **Q)
claim(f, "2,5 ГиБ", "kv_cache_total", "ГиБ", KV(L7, 8192), H, anchor=A, **Q)
A = "→ ✘ первые две цифры сдвинуты на один тип"
claim(f, "141 ГБ", "weights", "ГБ", W(L7, "bf16"), H, anchor=A, note="переатрибутировано к bf16")
claim(f, "70,6 ГБ", "weights", "ГБ", W(L7, "fp8"), H, anchor=A, note="переатрибутировано к fp8")
A = "> Исправлено: п. 3 — 128 КиБ на токен и 1 ГиБ на 8K"
claim(f, "128 КиБ на токен", "kv_cache_per_token", "КиБ", KVT(L8), H, anchor=A)
claim(f, "1 ГиБ", "kv_cache_total", "ГиБ", KV(L8, 8192), H, anchor=A)
claim(f, "25,8 ГБ", "weights", "ГБ", ACTIVE_M7 * 2, H, anchor=A)
claim(f, "39,1 ток/с", "throughput", "ток/с", R49 / (ACTIVE_M7 * 2), H, anchor=A)
A = "> п. 6 — 56 КиБ; п. 7 — 8¦064 Гбит/с; п. 8 — 128,5 ГБ;"
claim(f, "56 КиБ", "kv_cache_per_token", "КиБ", KVT(QW), H, anchor=A)
claim(f, "8¦064 Гбит/с", "bandwidth", "Гбит/с", R49, H, anchor=A)
claim(f, "128,5 ГБ", "training", "ГБ", 16 * N[L8], H, anchor=A)
A = "> Итого моделям 7–8B в bf16 нужно 13,8–16,1 ГБ"
claim(f, "13,8–16,1 ГБ", "weights", "ГБ", [W(FA, "bf16"), W(L8, "bf16")], H, rng=True, anchor=A)
claim(f, "2,1–2,5 ГБ", "quantized_file", "ГБ", [GG(FA, "Q4_K_M"), GG(L8, "Q4_K_M")], X, "off_2x", rng=True, anchor=A, note="исправленный слайд; вдвое занижено; 4,2–4,9 ГБ")
claim(f, "около 4,2–4,9 ГБ", "quantized_file", "ГБ", [GG(FA, "Q4_K_M"), GG(L8, "Q4_K_M")], H, rng=True, hedged=True, anchor="→ ✘ последний диапазон вдвое занижен")
claim(f, "26,5 ток/с", "throughput", "ток/с", R30 / W(L7, "int4"), H, anchor="**Нина М.:** (в чате митапа после рассылки)")
A = "- Llama 3.1 8B: 16,06 ГБ в bf16; Mixtral: хранится 93,4 ГБ"
claim(f, "16,06 ГБ", "weights", "ГБ", W(L8, "bf16"), H, anchor=A)
claim(f, "93,4 ГБ", "weights", "ГБ", W(MX, "bf16"), H, anchor=A)
claim(f, "25,8 ГБ", "weights", "ГБ", ACTIVE_M7 * 2, H, anchor=A)
for text, why in (
        ("aliases: [slido VRAM, \"вопросы к докладу про VRAM\", slido-1288]", "номер сессии"), ("slido_id: 1288", "номер сессии"),
        ("doklad: 2027-08-02T19:14", "дата, время"), ("eksport: 2027-08-04", "дата"), ("uchastnikov_slido: 183", "число участников"), ("mitap: \"LLM-митап, Казань, выпуск 12\"", "номер выпуска"),
        ("laiki_voprosov: {maks: 41, mediana: 6}", "лайки"), ("voprosov: 64", "число вопросов"),
        ("  rtx_4090: {pamyat: \"24 ГБ\", psp: \"1008 ГБ/с\"}", "характеристики оборудования"),
        ("  rtx_3090: {pamyat: \"24 ГБ\", psp: \"936 ГБ/с\"}", "характеристики оборудования"),
        ("modeli_na_slayde: [Llama-3.1-8B", "названия моделей"), ("pochemu_sokhranil: \"для разбора на семинаре 2027-08-10\"", "дата"),
        ("svyazannye: [\"[[Семинар 2027-08-10]]\"", "вики-ссылка с датой"),
        ("# Slido 1288: вопросы к докладу", "номер сессии"),
        ("## Финальный слайд (как показан 2 августа в 19:14)", "дата, время"),
        ("→ п. 1, 2 и 9 верны; п. 3–8 и 10 — см. вопросы.", "номера пунктов"),
        ("→ ✘ ZeRO-3 делит всё", "название метода с цифрой"),
        ("## Исправленный слайд, разосланный участникам (3 августа, 11:40)", "дата, время"),
        ("[^1]: Экспорт Slido от 2027-08-04, 22:10", "дата, время, число вопросов")):
    non(f, text, why)
claim(f, "4,3 ГБ", "quantized_file", "ГБ", GG(L8, "Q8_0"), X, "off_2x", anchor="**Гость:**", note="вопрос из Slido; вдвое; 8,5 ГБ")
claim(f, "252 ток/с", "throughput", "ток/с", R49 / W(L8, "bf16"), X, "wrong_dtype", anchor="**Денис Ф.:** На 4090", note="вопрос из Slido; потолок int4; bf16 62,8")
claim(f, "35 %", "percentage", "%", 100 * (1 - BPW["Q4_K_M"] / 16), X, "off_2x", anchor="> 10. Q4_K_M экономит 35 % памяти", note=P + "; 69 %")
claim(f, "69 %", "percentage", "%", 100 * (1 - BPW["Q4_K_M"] / 16), H, anchor="> п. 6 — 56 КиБ; п. 7 — 8¦064 Гбит/с; п. 8 — 128,5 ГБ;")
A = "- Потолок Mixtral на 4090: $$\\frac{1008}{25,8} \\approx 39,1$$ ток/с."
claim(f, "25,8", "weights", "ГБ", ACTIVE_M7 * 2, H, anchor=A)
claim(f, "39,1", "throughput", "ток/с", R49 / (ACTIVE_M7 * 2), H, anchor=A)
non(f, "> Из десяти пунктов слайда верны три", "счётчики, вики-ссылка с датой")
for row, m, kt, kv in (("| Llama 3.1 8B | 128 | 1 |", L8, "128", "1"), ("| Llama 3.1 70B | 320 | 2,5 |", L7, "320", "2,5"),
                       ("| Qwen2.5-7B | 56 | 0,44 |", QW, "56", "0,44"), ("| Falcon-7B | 8 | 0,06 |", FA, "8", "0,06")):
    claim(f, kt, "kv_cache_per_token", "КиБ", KVT(m), H, anchor=row)
    claim(f, kv, "kv_cache_total", "ГиБ", KV(m, 8192), H, anchor=row)
non(f, "| модель | KV-кэш на токен, КиБ | 8K-контекст, ГиБ |", "шапка таблицы с единицами")
non(f, "Запись доклада набрала 18¦300 просмотров", "просмотры, репосты")
non(f, "→ ✘ посчитаны 64 головы запросов вместо 8 KV-голов.", "число голов")

# ---- ru_03: акт сдачи-приёмки работ по развёртыванию модели (записка исполнителя, проверка комиссии, замечания) ----
f = "ru_03"
Q14, L8 = "qwen2.5-14b", "llama3-8b"
LS, A10 = 864e9, 600e9
WQ = W(Q14, "bf16")
LQ = lora(48, 16, [(5120, 5120), (5120, 1024)])
Z = "пояснительная записка исполнителя"
claim(f, "14,77 млрд", "params", "млрд", N[Q14], H, anchor="| 3.1 | число параметров | 14,77 млрд |")
claim(f, "14,77 ГБ", "weights", "ГБ", WQ, X, "wrong_dtype", anchor="| 3.2 | веса в bf16 | 14,77 ГБ |", note=Z + "; размер fp8; bf16 29,54 ГБ")
claim(f, "29,54 ГБ", "weights", "ГБ", WQ / 2, X, "per_gpu", anchor="| 3.3 | веса на одну карту | 29,54 ГБ |", note=Z + "; вся модель; 14,77 ГБ на карту")
claim(f, "960 КиБ", "kv_cache_per_token", "КиБ", KVT(Q14), X, "off_2x", anchor="| 3.4 | KV-кэш на токен | 960 КиБ |", note=Z + "; головы запросов; 192 КиБ")
claim(f, "1,5 ГиБ", "kv_cache_total", "ГиБ", KV(Q14, 8192, 32), X, "off_2x", anchor="| 3.5 | кэш для 32 сессий по 8K | 1,5 ГиБ |", note=Z + "; одна сессия; 48 ГиБ")
claim(f, "29,2 ток/с", "throughput", "ток/с", LS / (WQ / 2), X, "per_gpu", anchor="| 3.6 | потолок генерации на сессию, bf16 |", note=Z + "; вся модель при TP = 2; 58,5")
claim(f, "58,5 ток/с", "throughput", "ток/с", LS / (W(Q14, "fp8") / 2), X, "wrong_dtype", anchor="| 3.7 | потолок генерации на сессию, fp8 |", note=Z + "; потолок bf16; fp8 117")
claim(f, "1728 Гбит/с", "bandwidth", "Гбит/с", 2 * LS, X, "wrong_unit", anchor="| 3.8 | суммарная ПСП двух карт |", note=Z + "; 1728 ГБ/с = 13 824 Гбит/с")
claim(f, "4,5 ГБ", "quantized_file", "ГБ", GG(Q14, "Q4_K_M"), X, "off_2x", anchor="| 3.9 | файл Q4_K_M для резервного узла |", note=Z + "; вдвое; 9,0 ГБ")
claim(f, "133 ток/с", "throughput", "ток/с", A10 / GG(Q14, "Q4_K_M"), X, "off_2x", anchor="- «Потолок резервного узла A10 на Q4_K_M — 133 ток/с.»", note=Z + "; 66,4")
claim(f, "48 ГиБ", "kv_cache_total", "ГиБ", KV(Q14, 8192, 32, b=1), X, "wrong_dtype", anchor="- «При переходе на fp8-кэш 32 сессии по 8K займут 48 ГиБ.»", note=Z + "; размер fp16-кэша; fp8 24 ГиБ")
claim(f, "8,03 ГБ", "weights", "ГБ", W(L8, "bf16"), X, "wrong_dtype", anchor="- «Модель-черновик Llama-3-8B в bf16 занимает 8,03 ГБ.»", note=Z + "; размер int8; bf16 16,06 ГБ")
claim(f, "512 КиБ на токен", "kv_cache_per_token", "КиБ", KVT(L8), X, "off_2x", anchor="- «Её KV-кэш — 512 КиБ на токен.»", note=Z + "; головы запросов; 128 КиБ")
claim(f, "3 с", "time", "с", WQ / 1.25e9, X, "wrong_unit", anchor="- «Загрузка весов bf16 по сети 10 Гбит/с занимает 3 с.»", note=Z + "; Гбит/с прочитаны как ГБ/с; 23,6 с")
claim(f, "6,29 млн", "params", "млн", LQ, X, "off_2x", anchor="- «LoRA r = 16 на q и v обучает 6,29 млн параметров.»", note=Z + "; 12,6 млн")
claim(f, "118 ГБ", "training", "ГБ", 16 * N[Q14], X, "off_2x", anchor="- «Полное дообучение потребует 118 ГБ", note=Z + "; 8 байт вместо 16; 236,3 ГБ")
claim(f, "236 ГБ на карту", "training", "ГБ", zero(N[Q14], 4, 3), X, "per_gpu", anchor="- «ZeRO-3 на четырёх картах — 236 ГБ на карту.»", note=Z + "; сумма; 59,1 ГБ на карту")
claim(f, "1,48 × 10¹⁹ FLOP", "flops", "FLOP", 6 * N[Q14] * 5e8, X, "off_2x", anchor="- «6ND для дообучения на 500 млн токенов", note=Z + "; 2ND; 4,43e19")
claim(f, "864 Гбит/с", "bandwidth", "Гбит/с", LS, X, "wrong_unit", anchor="- «Пропускная способность одной L40S — 864 Гбит/с.»", note=Z + "; 864 ГБ/с = 6912 Гбит/с")
claim(f, "14¦770¦033¦664 параметра", "params", "params", N[Q14], H, anchor="| 3.1 | ✔ 14¦770¦033¦664 параметра |")
A = "- Веса: 29,54 ГБ в bf16 (27,51 ГиБ)"
claim(f, "29,54 ГБ", "weights", "ГБ", WQ, H, anchor=A)
claim(f, "27,51 ГиБ", "weights", "ГиБ", WQ, H, anchor=A)
claim(f, "14,77 ГБ", "weights", "ГБ", WQ / 2, H, anchor=A)
claim(f, "13,76 ГиБ", "weights", "ГиБ", WQ / 2, H, anchor=A)
A = "- KV-кэш: `2 × 48 × 8 × 128 × 2` = 196¦608 байт"
claim(f, "196¦608 байт", "kv_cache_per_token", "байт", KVT(Q14), H, anchor=A)
claim(f, "192 КиБ", "kv_cache_per_token", "КиБ", KVT(Q14), H, anchor=A)
claim(f, "1,5 ГиБ", "kv_cache_total", "ГиБ", KV(Q14, 8192), H, anchor=A)
claim(f, "48 ГиБ", "kv_cache_total", "ГиБ", KV(Q14, 8192, 32), H, anchor=A)
claim(f, "24 ГиБ на карту", "kv_cache_total", "ГиБ", KV(Q14, 8192, 32) / 2, H, anchor="  по 24 ГиБ на карту.")
A = "- Память на карту: 0,90 × 48 = 43,2 ГиБ"
claim(f, "43,2 ГиБ", "arithmetic", "ГиБ", 0.9 * 48 * GIB, H, anchor=A)
claim(f, "13,76", "weights", "ГиБ", WQ / 2, H, anchor=A)
claim(f, "5,44 ГиБ", "arithmetic", "ГиБ", 0.9 * 48 * GIB - WQ / 2 - KV(Q14, 8192, 32) / 2, H, anchor=A)
A = "- Потолок на сессию при TP = 2: 864 ÷ 14,77 = 58,5 ток/с в bf16"
claim(f, "14,77", "weights", "ГБ", WQ / 2, H, anchor=A)
claim(f, "58,5 ток/с", "throughput", "ток/с", LS / (WQ / 2), H, anchor=A)
claim(f, "117 ток/с", "throughput", "ток/с", LS / (W(Q14, "fp8") / 2), H, anchor=A)
A = "- Файл Q4_K_M — около 9,0 ГБ; потолок A10 на нём 66,4 ток/с."
claim(f, "около 9,0 ГБ", "quantized_file", "ГБ", GG(Q14, "Q4_K_M"), H, hedged=True, anchor=A)
claim(f, "66,4 ток/с", "throughput", "ток/с", A10 / GG(Q14, "Q4_K_M"), H, rel=0.02, anchor=A)
A = "3. Перенести черновую модель на резервный узел"
claim(f, "8,03 ГБ", "weights", "ГБ", W(L8, "fp8"), H, anchor=A)
claim(f, "16,06 ГБ", "weights", "ГБ", W(L8, "bf16"), H, anchor=A)
A = "> Дообучение (этап 3): по расчёту комиссии полное состояние — 236,3 ГБ"
claim(f, "236,3 ГБ", "training", "ГБ", 16 * N[Q14], H, anchor=A)
claim(f, "59,1 ГБ", "training", "ГБ", zero(N[Q14], 4, 3), H, anchor=A)
claim(f, "12,6 млн", "params", "млн", LQ, H, anchor="> на карту; LoRA r = 16 на q и v — 12,6 млн параметров.")
for text, why in (
        ("title: \"Акт № 14", "номер акта"), ("aliases: [акт 14", "номер акта"), ("akt: 14", "номер акта"),
        ("dogovor: \"№ 27/0412-ИТ от 12.04.2027\"", "номер договора, дата"), ("data_akta: 2027-10-06", "дата"),
        ("summa_rub: 1480000", "сумма"), ("etap: 2", "номер этапа"), ("  servery: 1", "число серверов"),
        ("  gpu: \"2 × L40S 48 ГБ\"", "характеристики оборудования"), ("  psp_na_kartu: \"864 ГБ/с\"", "характеристики оборудования"),
        ("  tensor_parallel: 2", "входной параметр"), ("  dolya_pamyati: 0.90", "входной параметр"),
        ("  rezervnyy_uzel: {gpu: \"A10 24 ГБ\"", "характеристики оборудования"),
        ("qwen2.5-14b: {hidden: 5120", "входные параметры конфигурации"),
        ("trebovaniya_tz: {sessiy: 32", "требования ТЗ"), ("svyazannye: [\"[[Договор 27-0412]]\"", "номер договора"),
        ("# Акт № 14 сдачи-приёмки выполненных работ (этап 2)", "номер акта, этапа"), ("г. Казань, 06.10.2027", "дата"),
        ("Исполнитель передал, а комиссия Заказчика проверила работы этапа 2", "номер этапа, договора"),
        ("модели Qwen2.5-14B (конфигурация — в свойствах заметки) на сервере с двумя L40S, TP = 2.", "входные данные"),
        ("## 1. Требования ТЗ (п. 4.2)", "номер пункта"), ("- 32 одновременные сессии с контекстом 8¦192 токена.", "требование ТЗ"),
        ("- Не менее 20 ток/с на сессию при полной загрузке.", "требование ТЗ"),
        ("## 2. Показатели из пояснительной записки", "номер раздела"),
        ("Продолжение записки (раздел 4, дословно):", "номер раздела"), ("## 3. Проверка комиссией", "номер раздела"),
        ("| 3.2 | ✘ это размер в fp8 |", "номер пункта"), ("| 3.3 | ✘ на карту приходится половина", "номер пункта"),
        ("| 3.4 | ✘ посчитаны 40 голов запросов вместо 8 KV-голов |", "номер пункта, число голов"),
        ("| 3.5 | ✘ указан кэш одной сессии |", "номер пункта"),
        ("| 3.6 | ✘ при TP = 2 каждая карта читает только свою половину |", "номер пункта, TP"),
        ("| 3.7 | ✘ это потолок bf16 |", "номер пункта"), ("| 3.8 | ✘ гигабайты в секунду", "номер пункта"),
        ("| 3.9 | ✘ файл вдвое больше |", "номер пункта"),
        ("- Замер Исполнителя на стенде: 41,7 ток/с", "измеренная скорость, требование"),
        ("По разделу 4 записки: ✘ все тринадцать утверждений неверны.", "номер раздела"),
        ("параметр; сумма вместо доли на карту; 2ND вместо 6ND", "обозначения формул"),
        ("1. Исправить пояснительную записку (пп. 3.2–3.9 и раздел 4) до 20.10.2027.", "номера пунктов, дата"),
        ("2. Добавить в мониторинг память по каждой карте; порог предупреждения — 95 %.", "порог мониторинга"),
        ("Работы этапа 2 приняты с замечаниями. Оплата 1¦480¦000 руб.", "сумма, номера замечаний"),
        ("Подписи: Исполнитель — ген. директор", "число подписей"),
        ("[^1]: Акт составлен в 2 экземплярах", "число экземпляров, дата, листы")):
    non(f, text, why)
claim(f, "29,4 ГиБ", "arithmetic", "ГиБ", 0.9 * 48 * GIB - WQ / 2 - KV(Q14, 8192, 32) / 2, X, "off_2x", anchor="- «После загрузки весов и кэша на каждой карте свободно 29,4 ГиБ.»", note=Z + "; кэш не вычтен; 5,44 ГиБ")
claim(f, "1,5 ГиБ", "kv_cache_total", "ГиБ", KV(Q14, 8192, b=1), X, "wrong_dtype", anchor="- «Кэш одной сессии 8K в fp8 — 1,5 ГиБ.»", note=Z + "; размер fp16; fp8 0,75 ГиБ")
claim(f, "48\\ \\text{ГиБ}", "kv_cache_total", "ГиБ", KV(Q14, 8192, 32), H, anchor="$$M_{kv} = 2 \\cdot 48 \\cdot 8")
non(f, "- Температура карт под нагрузкой — 68 °C", "температура, измеренная задержка")
claim(f, "13,76 ГБ", "weights", "ГБ", WQ / 2, X, "gib_as_gb", anchor="- «На каждой карте веса занимают 13,76 ГБ.»", note=Z + "; 14,77 ГБ = 13,76 ГиБ")
non(f, "## 4. Замечания", "номер раздела")
non(f, "## 5. Заключение", "номер раздела")

# ---- ru_04: спецификация автогрейдера лабораторной (формулы, эталон, частые неверные ответы, журнал посылки, фрагмент от чат-бота) ----
f = "ru_04"
L8, L13, MS, GM2, BL = "llama3-8b", "llama2-13b", "mistral-7b", "gpt2-medium", "bert-large"
A1 = 2039e9
SCALE.update({"ГФЛОП": 1e9})
A = "1. Веса в bf16: 8,03 млрд × 2 = 16,06 ГБ (14,96 ГиБ)."
claim(f, "16,06 ГБ", "weights", "ГБ", W(L8, "bf16"), H, anchor=A)
claim(f, "14,96 ГиБ", "weights", "ГиБ", W(L8, "bf16"), H, anchor=A)
A = "2. Кэш: 128 КиБ на токен; 16 последовательностей по 4¦096 токенов — 8 ГиБ."
claim(f, "128 КиБ на токен", "kv_cache_per_token", "КиБ", KVT(L8), H, anchor=A)
claim(f, "8 ГиБ", "kv_cache_total", "ГиБ", KV(L8, 4096, 16), H, anchor=A)
A = "3. Потолок генерации: 2039 ÷ 16,06 = 127,0 ток/с."
claim(f, "16,06", "weights", "ГБ", W(L8, "bf16"), H, anchor=A)
claim(f, "127,0 ток/с", "throughput", "ток/с", A1 / W(L8, "bf16"), H, anchor=A)
A = "4. Активации при s = 4¦096, B = 1: 3,03 ГиБ на слой"
claim(f, "3,03 ГиБ на слой", "activations", "ГиБ", act(L8, 4096, 1, layers=1), H, anchor=A)
claim(f, "97 ГиБ", "activations", "ГиБ", act(L8, 4096, 1), H, anchor=A)
claim(f, "17 ГиБ", "activations", "ГиБ", act(L8, 4096, 1, "flash"), H, anchor=A)
claim(f, "1 ГиБ", "activations", "ГиБ", act(L8, 4096, 1, "full"), H, anchor="   пересчётом — 1 ГиБ.")
A = "5. Полное обучение: 128,5 ГБ; ZeRO-3 на 8 картах — 16,06 ГБ на карту."
claim(f, "128,5 ГБ", "training", "ГБ", 16 * N[L8], H, anchor=A)
claim(f, "16,06 ГБ на карту", "training", "ГБ", zero(N[L8], 8, 3), H, anchor=A)
claim(f, "4,8 \\times 10^{19}", "flops", "FLOP", 6 * N[L8] * 1e9, H, anchor="6. Вычисления на 1 млрд токенов:")
T = "частый неверный ответ из посылок"
for row, fig, kind, unit, val, err, note in (
        ("| 1 | Веса Llama-2-13B в fp16 — 13,0 ГБ |", "13,0 ГБ", "weights", "ГБ", W(L13, "fp16"), "wrong_dtype", "размер int8; fp16 26,03 ГБ"),
        ("| 2 | Кэш Mistral-7B на 16 × 32K — 64 ГиБ |", "64 ГиБ", "kv_cache_total", "ГиБ", KV(MS, 4096, 16), "off_2x", "окно не учтено; 8 ГиБ"),
        ("| 3 | Потолок A100 для Llama-2-13B в fp16 — 156,6 ток/с |", "156,6 ток/с", "throughput", "ток/с", A1 / W(L13, "fp16"), "wrong_dtype", "потолок int8; fp16 78,3"),
        ("| 4 | GPT-2 medium в fp32 — 710 МБ |", "710 МБ", "weights", "МБ", W(GM2, "fp32"), "wrong_dtype", "размер fp16; fp32 1419 МБ"),
        ("| 5 | BERT-large в fp32 — 670 МБ |", "670 МБ", "weights", "МБ", W(BL, "fp32"), "wrong_dtype", "размер fp16; fp32 1341 МБ"),
        ("| 6 | Активации Llama-3-8B без пересчёта", "3,03 ГиБ", "activations", "ГиБ", act(L8, 4096, 1), "off_2x", "один слой; 97 ГиБ"),
        ("| 7 | Активации с полным пересчётом — 32 ГиБ |", "32 ГиБ", "activations", "ГиБ", act(L8, 4096, 1, "full"), "off_2x", "1 ГиБ"),
        ("| 8 | 6ND на 1 млрд токенов для 8B", "1,6 × 10¹⁹ FLOP", "flops", "FLOP", 6 * N[L8] * 1e9, "off_2x", "2ND; 4,8e19"),
        ("| 9 | ZeRO-3 на 8 картах — 128,5 ГБ на карту |", "128,5 ГБ на карту", "training", "ГБ", zero(N[L8], 8, 3), "per_gpu", "сумма; 16,06 ГБ на карту"),
        ("| 10 | Кэш 16 × 4¦096 для Llama-3-8B — 0,5 ГиБ |", "0,5 ГиБ", "kv_cache_total", "ГиБ", KV(L8, 4096, 16), "off_2x", "батч забыт; 8 ГиБ"),
        ("| 11 | ПСП A100 — 2039 Гбит/с |", "2039 Гбит/с", "bandwidth", "Гбит/с", A1, "wrong_unit", "2039 ГБ/с = 16 312 Гбит/с"),
        ("| 12 | Кэш Llama-2-13B — 200 КиБ на токен |", "200 КиБ на токен", "kv_cache_per_token", "КиБ", KVT(L13), "off_2x", "придуманная GQA; 800 КиБ"),
        ("| 13 | Q4_K_M для Llama-2-13B — 3,98 ГБ |", "3,98 ГБ", "quantized_file", "ГБ", GG(L13, "Q4_K_M"), "off_2x", "вдвое; 7,96 ГБ")):
    claim(f, fig, kind, unit, val, X, err, anchor=row, note=T + "; " + note)
claim(f, "13¦015¦864¦320", "params", "params", N[L13], H, anchor="- Параметров: 13¦015¦864¦320. ✔")
A = "- Веса в fp16: 26,03 ГБ, на карту при TP = 2 — 13,02 ГБ. ✔"
claim(f, "26,03 ГБ", "weights", "ГБ", W(L13, "fp16"), H, anchor=A)
claim(f, "13,02 ГБ", "weights", "ГБ", W(L13, "fp16") / 2, H, anchor=A)
A = "- Кэш: 800 КиБ на токен; 8 пользователей по 4¦096 токенов — 25 ГиБ. ✔"
claim(f, "800 КиБ на токен", "kv_cache_per_token", "КиБ", KVT(L13), H, anchor=A)
claim(f, "25 ГиБ", "kv_cache_total", "ГиБ", KV(L13, 4096, 8), H, anchor=A)
A = "- Потолок: 2039 ÷ 26,03 = 78,3 ток/с."
claim(f, "26,03", "weights", "ГБ", W(L13, "fp16"), H, anchor=A)
claim(f, "78,3 ток/с", "throughput", "ток/с", A1 / (W(L13, "fp16") / 2), X, "per_gpu", anchor=A, note="посылка студента; вся модель при TP = 2; 156,7")
A = "- Обучение: 208,3 ГБ; ZeRO-3 на 2 картах — 104,1 ГБ на карту. ✔"
claim(f, "208,3 ГБ", "training", "ГБ", 16 * N[L13], H, anchor=A)
claim(f, "104,1 ГБ на карту", "training", "ГБ", zero(N[L13], 2, 3), H, anchor=A)
claim(f, "6,55 млн", "params", "млн", lora(40, 8, [(5120, 5120)] * 4), X, "off_2x", anchor="- LoRA r = 8 на q, k, v, o: 6,55 млн параметров.", note="посылка студента; 13,1 млн")
claim(f, "78,1 ГФЛОП", "flops", "ГФЛОП", 2 * N[L13], X, "off_2x", anchor="- Вычисления на токен генерации: 78,1 ГФЛОП.", note="посылка студента; 6N вместо 2N; 26,0 ГФЛОП")
claim(f, "7,96 ГБ", "quantized_file", "ГБ", GG(L13, "Q4_K_M"), H, rel=0.02, anchor="- Q4_K_M-файл: 7,96 ГБ. ✔")
C = "фрагмент посылки от чат-бота"
A = "> «Llama-2-13B в fp16 занимает 52,1 ГБ"
claim(f, "52,1 ГБ", "weights", "ГБ", W(L13, "fp16"), X, "wrong_dtype", anchor=A, note=C + "; размер fp32; fp16 26,03 ГБ", **Q)
claim(f, "800 КиБ на токен", "kv_cache_per_token", "КиБ", KVT(L13), H, anchor=A, **Q)
claim(f, "39,2 ток/с", "throughput", "ток/с", A1 / W(L13, "fp16"), X, "wrong_dtype", anchor=A, note=C + "; потолок fp32; fp16 78,3", **Q)
claim(f, "208,3 ГБ на каждую", "training", "ГБ", zero(N[L13], 8, 3), X, "per_gpu", anchor="> Для обучения с ZeRO-3 на 8 картах", note=C + "; сумма; 26,0 ГБ на карту", **Q)
for text, why in (
        ("title: \"Автогрейдер ЛР-5", "номер работы"), ("aliases: [автогрейдер ЛР-5", "номер работы"),
        ("god: 2027", "год"), ("versiya_gradera: 3.1", "версия"), ("dopusk_pct: 1", "допуск"), ("maks_ball: 10", "баллы"),
        ("  gpu: \"A100 80 ГБ\"", "характеристики оборудования"), ("  psp_gb_s: 2039", "характеристики оборудования"),
        ("  peak_bf16_tflops: 312", "характеристики оборудования"),
        ("  llama-3-8b: {sloi: 32", "входные параметры конфигурации"), ("  llama-2-13b: {sloi: 40", "входные параметры конфигурации"),
        ("svyazannye: [\"[[ЛР-4 Квантование]]\"", "номера работ"),
        ("# Автогрейдер ЛР-5: спецификация", "номер работы"), ("оптимизатора и потолок скорости генерации. Допуск — 1 %", "допуск, время прогона"),
        ("- Кэш: $M_{kv} = 2 \\cdot L", "формула со свободными переменными"),
        ("- Активации на слой без пересчёта (Korthikanti и др.)", "формула со свободными переменными"),
        ("- Обучение со смешанной точностью: 16 байт на параметр", "константа метода"),
        ("- Вычисления: $6ND$ на обучение, $2N$ на токен генерации.", "формулы"),
        ("## Эталон для варианта 0 (Llama-3-8B на одной A100 80 ГБ)", "номер варианта, оборудование"),
        ("| 1 | Mistral-7B | 1 × A100 | 32¦768 | 16 |", "входные данные варианта"),
        ("| 7 | Llama-2-13B | 2 × A100, TP = 2 | 4¦096 | 8 |", "входные данные варианта"),
        ("| 12 | GPT-2 medium | 1 × A100 | 1¦024 | 64 |", "входные данные варианта"),
        ("| 15 | BERT-large | 1 × A100 | 512 | 128 |", "входные данные варианта"),
        ("> Ответы 2, 10 и 12 встречались в 41 % посылок", "статистика ответов"),
        ("## Журнал проверки посылки № 2231 (вариант 7)", "номер посылки, варианта"), ("Итог грейдера: 7 из 10.", "оценка"),
        ("1. Почему у Mistral-7B кэш не растёт после 4¦096 токенов?", "контрольный вопрос, окно"),
        ("2. Во сколько раз fp8-кэш меньше fp16-кэша?", "контрольный вопрос"),
        ("3. Что меняет FlashAttention в формуле активаций?", "номер вопроса"),
        ("[^1]: Версия 3.1 грейдера принята", "версия, дата, номер протокола"), ("## Фрагмент посылки № 2240", "номер посылки")):
    non(f, text, why)
A = "7. Q4_K_M вместо bf16 сокращает файл на 69 %: 4,91 ГБ против 16,06 ГБ."
claim(f, "69 %", "percentage", "%", 100 * (1 - BPW["Q4_K_M"] / 16), H, anchor=A)
claim(f, "4,91 ГБ", "quantized_file", "ГБ", GG(L8, "Q4_K_M"), H, rel=0.02, anchor=A)
claim(f, "16,06 ГБ", "weights", "ГБ", W(L8, "bf16"), H, anchor=A)
claim(f, "около 15¦400 МиБ", "weights", "МиБ", W(L8, "bf16"), H, hedged=True, anchor="8. Проверка на стенде: `nvidia-smi`")

# ---- ru_05: заметки комиссии по аттестации инженера на грейд (ответы аттестуемого с ✔/✘, его код, эталон) ----
f = "ru_05"
PH, L7, MX, L8 = "phi4", "llama3-70b", "mixtral-8x7b", "llama3-8b"
H1, A1, R49 = 3.35e12, 2039e9, 1008e9
SCALE.update({"дня": 86400})
LO7 = lora(32, 16, [(4096, 4096), (4096, 1024), (4096, 1024), (4096, 4096), (4096, 14336), (4096, 14336), (14336, 4096)])
C14 = 6 * N[L8] * 15e12
TCTX = (24 * GIB - GG(PH, "Q4_K_M")) / KVT(PH)
K = "ответ аттестуемого"
claim(f, "14,7 млрд", "params", "млрд", N[PH], H, anchor="- Сотрудник: «Phi-4 — это 14,7 млрд параметров». ✔")
claim(f, "14,7 ГБ", "weights", "ГБ", W(PH, "bf16"), X, "wrong_dtype", anchor="- «В bf16 это 14,7 ГБ, так что влезает с запасом».", note=K + "; размер int8; bf16 29,32 ГБ")
claim(f, "около 4,5 ГБ", "quantized_file", "ГБ", GG(PH, "Q4_K_M"), X, "off_2x", hedged=True, anchor="- «В Q4_K_M будет около 4,5 ГБ».", note=K + "; вдвое; 9,0 ГБ")
claim(f, "800 КиБ на токен", "kv_cache_per_token", "КиБ", KVT(PH), X, "off_2x", anchor="- «KV-кэш — 800 КиБ на токен", note=K + "; головы запросов; 200 КиБ")
claim(f, "примерно 20 тыс. токенов", "tokens", "тыс. токенов", TCTX, X, "off_2x", hedged=True, anchor="- «Значит, рядом с Q4_K_M влезет примерно 20 тыс. токенов", note=K + "; ≈ 82 тыс.")
claim(f, "200 КиБ на токен", "kv_cache_per_token", "КиБ", KVT(PH), H, anchor="- Подсказала про KV-головы — пересчитал")
claim(f, "141,1 ГБ на карту", "weights", "ГБ", W(L7, "bf16") / 4, X, "per_gpu", anchor="- «Веса в bf16 — 141,1 ГБ на карту».", note=K + "; вся модель; 35,3 ГБ на карту")
claim(f, "80 ГиБ", "kv_cache_total", "ГиБ", KV(L7, 4096, 64), H, anchor="- «Кэш на 64 пользователя — 80 ГиБ». ✔")
claim(f, "80 ГиБ", "kv_cache_total", "ГиБ", KV(L7, 4096, 64) / 4, X, "per_gpu", anchor="- «И на каждой карте тоже 80 ГиБ", note=K + "; сумма; 20 ГиБ на карту")
claim(f, "23,7 ток/с", "throughput", "ток/с", H1 / (W(L7, "bf16") / 4), X, "per_gpu", anchor="- «Потолок генерации — 23,7 ток/с».", note=K + "; вся модель при TP = 4; 95,0")
claim(f, "35,3 ГБ", "weights", "ГБ", W(L7, "fp8") / 4, X, "wrong_dtype", anchor="- «В fp8 веса на карту — 35,3 ГБ».", note=K + "; доля bf16; fp8 17,6 ГБ на карту")
claim(f, "10 ГиБ", "kv_cache_total", "ГиБ", KV(L7, 4096), X, "off_2x", anchor="- «Один пользователь с 4K — 10 ГиБ кэша».", note=K + "; головы запросов; 1,25 ГиБ")
claim(f, "26,8 Гбит/с", "bandwidth", "Гбит/с", H1, X, "wrong_unit", anchor="- «ПСП H100 — 3,35 ТБ/с, то есть 26,8 Гбит/с».", note=K + "; 26,8 Тбит/с")
claim(f, "93,4 ГБ", "weights", "ГБ", W(MX, "bf16"), H, anchor="- «В bf16 — 93,4 ГБ, при TP = 2 влезает». ✔")
claim(f, "46,7 млрд", "params", "млрд", ACTIVE_M7, X, "wrong_kind", anchor="- «Активных параметров у Mixtral — 46,7 млрд».", note=K + "; все параметры; активных 12,9 млрд")
claim(f, "43,7 ток/с", "throughput", "ток/с", A1 / (ACTIVE_M7 * 2 / 2), X, "wrong_kind", anchor="- «Потолок при TP = 2 — 43,7 ток/с».", note=K + "; весь файл; 158")
claim(f, "46,7 ГБ", "weights", "ГБ", W(MX, "int4"), X, "wrong_dtype", anchor="- «В int4 модель займёт 46,7 ГБ».", note=K + "; размер int8; int4 23,4 ГБ")
claim(f, "512 КиБ на токен", "kv_cache_per_token", "КиБ", KVT(MX), X, "off_2x", anchor="- «Кэш у Mixtral — 512 КиБ на токен", note=K + "; головы запросов; 128 КиБ")
claim(f, "128,5 ГБ", "training", "ГБ", 16 * N[L8], H, anchor="- «Полное дообучение — 128,5 ГБ: 16 байт на параметр». ✔")
claim(f, "16,06 ГБ на карту", "training", "ГБ", zero(N[L8], 8, 1), X, "off_2x", anchor="- «ZeRO-1 на 8 картах — 16,06 ГБ на карту».", note=K + "; цифра ZeRO-3; ZeRO-1 44,2 ГБ")
claim(f, "128,5 ГБ на карту", "training", "ГБ", zero(N[L8], 8, 3), X, "per_gpu", anchor="- «ZeRO-3 на 8 картах — 128,5 ГБ на карту».", note=K + "; сумма; 16,06 ГБ на карту")
claim(f, "42 млн", "params", "млн", LO7, H, anchor="- «LoRA r = 16 на всех семи матрицах — 42 млн параметров». ✔")
claim(f, "84 МБ", "weights", "МБ", LO7 * 4, X, "wrong_dtype", anchor="- «Адаптер в fp32 — 84 МБ».", note=K + "; размер bf16; fp32 168 МБ")
claim(f, "4,1 ГБ", "weights", "ГБ", N[L8] * NF4 / 8, H, anchor="- «Для QLoRA база в NF4 — 4,1 ГБ». ✔")
claim(f, "2,0 ГБ", "weights", "ГБ", W(L8, "int4"), X, "off_2x", anchor="- «А в int4 без двойного квантования было бы 2,0 ГБ».", note=K + "; 4,0 ГБ")
claim(f, "7,2 × 10²³ FLOP", "flops", "FLOP", C14, H, anchor="- «Обучение 8B на 15 трлн токенов")
claim(f, "около 21 дня", "time", "дня", C14 / (1000 * 0.4 * 989e12), H, hedged=True, anchor="- «На 1¦000 H100 при 40 % от 989 ТФЛОПС — около 21 дня». ✔")
claim(f, "50 тыс. GPU-часов", "time", "тыс. GPU-часов", C14 / (0.4 * 989e12) / 3600, X, "off_2x", anchor="- «Это примерно 50 тыс. GPU-часов».", note=K + "; 507 тыс.")
claim(f, "48,2 ГФЛОП", "flops", "ГФЛОП", 2 * N[L8], X, "off_2x", anchor="- «Генерация одного токена стоит 48,2 ГФЛОП».", note=K + "; 6N вместо 2N; 16,1 ГФЛОП")
claim(f, "141 ГФЛОП", "flops", "ГФЛОП", 2 * N[L7], H, anchor="- «Для 70B на токен — 141 ГФЛОП». ✔")
claim(f, "27,3 ГиБ", "weights", "ГиБ", W(PH, "bf16"), H, anchor="print(n_phi4 * 2 / 2**30)")
claim(f, "14,7 ГБ", "weights", "ГБ", W(PH, "bf16"), X, "wrong_dtype", anchor="print(n_phi4 * 2 / 1e9)", note="код аттестуемого; комментарий вдвое меньше выражения; 29,3 ГБ")
A = "kv_tok = 2 * 40 * 10 * 128 * 2"
claim(f, "204800 байт", "kv_cache_per_token", "байт", KVT(PH), H, anchor=A)
claim(f, "200 КиБ", "kv_cache_per_token", "КиБ", KVT(PH), H, anchor=A)
claim(f, "3,1 ГиБ", "kv_cache_total", "ГиБ", KV(PH, 8192), X, "off_2x", anchor="print(kv_tok * 8192 / 2**30)", note="код аттестуемого; 1,56 ГиБ")
claim(f, "34,4 ток/с", "throughput", "ток/с", R49 / W(PH, "bf16"), H, anchor="print(1008e9 / (n_phi4 * 2))")
claim(f, "1,56 ГиБ", "kv_cache_total", "ГиБ", KV(PH, 8192), H, anchor="  1,56 ГиБ, а не то, что в комментарии.")
A = "- Phi-4: 29,32 ГБ в bf16, Q4_K_M ≈ 9,0 ГБ"
claim(f, "29,32 ГБ", "weights", "ГБ", W(PH, "bf16"), H, anchor=A)
claim(f, "≈ 9,0 ГБ", "quantized_file", "ГБ", GG(PH, "Q4_K_M"), H, hedged=True, anchor=A)
claim(f, "≈ 82 тыс. токенов", "tokens", "тыс. токенов", TCTX, H, hedged=True, anchor=A)
A = "- Llama-3-70B при TP = 4: 35,3 ГБ на карту, потолок 95,0 ток/с."
claim(f, "35,3 ГБ на карту", "weights", "ГБ", W(L7, "bf16") / 4, H, anchor=A)
claim(f, "95,0 ток/с", "throughput", "ток/с", H1 / (W(L7, "bf16") / 4), H, anchor=A)
claim(f, "158 ток/с", "throughput", "ток/с", A1 / (ACTIVE_M7 * 2 / 2), H, anchor=A)
for text, why in (
        ("title: \"Аттестация на грейд Senior (инференс), сотрудник С-311", "номер сотрудника"), ("aliases: [аттестация С-311", "номер сотрудника"),
        ("greyd: \"Senior ML-инженер, команда инференса (ГР-2027-118)\"", "номер грейда"), ("sotrudnik: С-311", "номер сотрудника"),
        ("data: 2027-09-22", "дата"), ("vremya: \"11:00–12:30\"", "время"), ("etap: \"технический экзамен, 2 из 3\"", "номер этапа"),
        ("phi-4: {hidden: 5120", "входные параметры конфигурации"),
        ("  rtx_4090: {pamyat: \"24 ГиБ\", psp: \"1008 ГБ/с\"}", "характеристики оборудования"),
        ("  h100_sxm: {pamyat: \"80 ГиБ\"", "характеристики оборудования"),
        ("  a100_80gb: {pamyat: \"80 ГиБ\", psp: \"2039 ГБ/с\"}", "характеристики оборудования"),
        ("shkala: {maks: 5, porog: 3.5}", "шкала оценок"), ("svyazannye: [\"[[Банк задач: sizing]]\", \"[[Аттестация Q3 2027]]\"]", "квартал, год"),
        ("# Аттестация С-311: заметки комиссии", "номер сотрудника"),
        ("Задачи — из [[Банк задач: sizing]], № 3, 7, 9, 12 и 14.", "номера задач"),
        ("## Задача 3. Phi-4 на одной RTX 4090", "номер задачи"),
        ("## Задача 7. Llama-3-70B на 4 × H100, TP = 4, 64 пользователя по 4K", "номер задачи, входные данные"),
        ("## Задача 9. Mixtral-8x7B на двух A100 80 ГБ", "номер задачи, оборудование"),
        ("## Задача 12. Дообучение Llama-3-8B", "номер задачи"), ("## Задача 14. Вычисления", "номер задачи"),
        ("n_phi4 = 14_659_507_200", "входное значение"),
        ("- ✔ первая, третья и пятая строки; ✘ во второй результат вдвое меньше", "пометки к коду"),
        ("| задачи 3 и 7 | 2 |", "баллы"), ("| задачи 9 и 12 | 3 |", "баллы"), ("| задача 14 и код | 3,5 |", "баллы"),
        ("| общение | 4,5 |", "баллы"), ("| блок | балл (из 5) |", "шкала"),
        ("Средний балл 3,25 при пороге 3,5.", "баллы"), ("через 6 месяцев.[^1]", "срок"),
        ("[^1]: Решение согласовано с руководителем команды 2027-09-23", "дата, номер шаблона")):
    non(f, text, why)
non(f, "$$T = \\frac{6ND}{n \\cdot \\eta \\cdot P}$$", "формула со свободными переменными")
claim(f, "27,3 ГБ", "weights", "ГБ", W(PH, "bf16"), X, "gib_as_gb", anchor="- Поправился: «В bf16 — 27,3 ГБ", note=K + "; 29,32 ГБ = 27,31 ГиБ")
claim(f, "около 507¦000 GPU-часов", "time", "GPU-часов", C14 / (0.4 * 989e12) / 3600, H, hedged=True, anchor="- Обучение 8B на 15 трлн токенов: около 507¦000 GPU-часов на H100.")


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
            raise SystemExit("truth.json is stale: run python tests/claims_corpus_ak/truth.py")
        summary(truth)
        print("truth.json is current; every check passed")
        return 0
    path.write_text(text, encoding="utf-8")
    summary(truth)
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
