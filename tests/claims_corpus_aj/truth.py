#!/usr/bin/env python3
"""Ground truth for blind sizing-claims corpus AJ (tests/claims_corpus_aj/notes).

Written without reading vaultkit's code, its tests or the other corpora's notes.  Facts come
from /work/shared/claims-gold.md: bytes per dtype, exact parameter counts and configs of the
catalogued models, measured GGUF bits per weight (Llama-3.1-8B), the KV-cache, training-memory
and activation formulas.  Models that claims-gold lacks appear only with their config (or, for
DeepSeek-V3, its printed model-card counts) stated in the note itself; the truth recomputes their
parameter counts from that config with the claims-gold formula (asserted below for the
catalogued ones).  Nothing here imports vaultkit.  The checking code (figure reader, tolerance,
error-class checks, output) and the model helpers and catalogue are corpus AI's truth.py, reused
unchanged (with the facts AC-AI added); AJ adds Granite-3.1-8B (from the config its notes
print), a few units, then its own claims.

    python tests/claims_corpus_aj/truth.py          # verify and (re)write truth.json
    python tests/claims_corpus_aj/truth.py --check  # verify; fail if truth.json is stale

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

# ---- en_01: a GPU-rental price comparison with footnoted sources (listings quoted, checks, first pass, side-by-side) ----
f = "en_01"
L7 = "llama3-70b"                    # Llama-3.1-70B shares the catalogued Llama-3-70B count
MX = "mixtral-8x7b"
H1, A1E, LS, R49, H2, MI = 3.35e12, 2039e9, 864e9, 1008e9, 4.8e12, 5.3e12
SEQ8 = KV(L7, 8192)
A = "- Llama-3.1-70B has 70,553,706,496 parameters"
claim(f, "70,553,706,496 parameters", "params", "params", N[L7], H, anchor=A)
claim(f, "141.1 GB", "weights", "GB", W(L7, "bf16"), H, anchor=A)
claim(f, "131.4 GiB", "weights", "GiB", W(L7, "bf16"), H, anchor=A)
claim(f, "70.6 GB", "weights", "GB", W(L7, "fp8"), H, anchor=A)
claim(f, "35.3 GB", "weights", "GB", W(L7, "int4"), H, anchor=A)
A = "- KV cache: `2 × 80 × 8 × 128 × 2` = 327,680 bytes"
claim(f, "327,680 bytes", "kv_cache_per_token", "bytes", KVT(L7), H, anchor=A)
claim(f, "320 KiB per token", "kv_cache_per_token", "KiB", KVT(L7), H, anchor=A)
A = "- One 8K sequence is 2.5 GiB of cache"
claim(f, "2.5 GiB", "kv_cache_total", "GiB", SEQ8, H, anchor=A)
claim(f, "40 GiB", "kv_cache_total", "GiB", KV(L7, 8192, 16), H, anchor=A)
claim(f, "42.9 GB", "kv_cache_total", "GB", KV(L7, 8192, 16), H, anchor=A)
claim(f, "≈ 171 GiB", "arithmetic", "GiB", W(L7, "bf16") + KV(L7, 8192, 16), H, hedged=True, anchor="- bf16 weights plus the full batch ≈ 171 GiB")
claim(f, "2.0M", "tokens", "M tokens", 2000 * 1000, H, anchor="Output volume: 2000 prompts × 1000 tokens")
# Maya's first pass (superseded figures, scored as claims about what they say)
claim(f, "141 GiB", "weights", "GiB", W(L7, "bf16"), X, "gb_as_gib", anchor="- 70B in bf16 = 141 GiB.", note="141.1 GB = 131.4 GiB")
A = "- KV per token 160 KiB, so 16 × 8K sequences = 20 GiB."
claim(f, "160 KiB", "kv_cache_per_token", "KiB", KVT(L7), X, "off_2x", anchor=A, note="K and V counted once; 320 KiB")
claim(f, "20 GiB", "kv_cache_total", "GiB", KV(L7, 8192, 16), X, "off_2x", anchor=A, note="from 160 KiB; 40 GiB")
claim(f, "6.1 tok/s", "throughput", "tok/s", LS / (W(L7, "bf16") / 4), X, "per_gpu", anchor="- 4 × L40S ceiling in bf16: 6.1 tok/s.", note="whole model at TP = 4; 24.5")
claim(f, "23.7 tok/s", "throughput", "tok/s", H1 / W(L7, "fp8"), X, "wrong_dtype", anchor="- H100 ceiling in fp8: 23.7 tok/s.", note="bf16 ceiling; fp8 47.5")
claim(f, "93.4 GB", "weights", "GB", ACTIVE_M7 * 2, X, "wrong_kind", anchor="- Mixtral-8x7B reads its active weights, 93.4 GB", note="stored total; active 25.8 GB")
claim(f, "1008 Gbit/s", "bandwidth", "Gbit/s", R49, X, "wrong_unit", anchor="- 4090 bandwidth 1008 Gbit/s.", note="1008 GB/s = 8064 Gbit/s")
claim(f, "406 GB", "weights", "GB", W("llama3.1-405b", "fp8"), H, anchor="- 405B in fp8 is 406 GB")
claim(f, "8.06 Tbit/s", "bandwidth", "Tbit/s", R49, H, anchor="which is 8.06 Tbit/s.")
# Helio
claim(f, "70 GB", "weights", "GB", W(L7, "fp16"), X, "wrong_dtype", anchor="> Listing: \"Runs Llama 3 70B in fp16 on a single card", note="fp8 size; fp16 141.1 GB")
A = "- In fp8 the weights are 65.7 GiB"
claim(f, "65.7 GiB", "weights", "GiB", W(L7, "fp8"), H, anchor=A)
claim(f, "14.3 GiB", "arithmetic", "GiB", 80 * GIB - W(L7, "fp8"), H, anchor=A)
claim(f, "5 sequences", "arithmetic", "sequences", (80 * GIB - W(L7, "fp8")) // SEQ8, H, anchor=A)
claim(f, "2.5 GiB", "kv_cache_total", "GiB", SEQ8, H, anchor=A)
A = "- Ceiling: 3350 ÷ 70.6 = 47.5 tok/s."
claim(f, "70.6", "weights", "GB", W(L7, "fp8"), H, anchor=A)
claim(f, "47.5 tok/s", "throughput", "tok/s", H1 / W(L7, "fp8"), H, anchor=A)
claim(f, "95 tok/s", "throughput", "tok/s", H1 / W(L7, "fp8"), X, "wrong_dtype", anchor="> Listing, small print:", note="int4 ceiling; fp8 47.5")
A = "- ✘ 95 tok/s is what int4 weights would give"
claim(f, "95 tok/s", "throughput", "tok/s", H1 / W(L7, "int4"), H, anchor=A, note="re-attributed to int4")
claim(f, "35.3 GB", "weights", "GB", W(L7, "int4"), H, anchor=A)
claim(f, "47.5", "throughput", "tok/s", H1 / W(L7, "fp8"), H, anchor=A)
# Corvid
claim(f, "14.4 tok/s", "throughput", "tok/s", A1E / (W(L7, "bf16") / 2), X, "per_gpu", anchor="> Listing: \"160 GB of HBM across the pair", note="whole model at TP = 2; 28.9")
A = "- ✔ bf16 weights 131.4 GiB over two cards"
claim(f, "131.4 GiB", "weights", "GiB", W(L7, "bf16"), H, anchor=A)
claim(f, "65.7 GiB per card", "weights", "GiB", W(L7, "bf16") / 2, H, anchor=A)
A = "- Left over: 160 − 131.4 = 28.6 GiB"
claim(f, "131.4", "weights", "GiB", W(L7, "bf16"), H, anchor=A)
claim(f, "28.6 GiB", "arithmetic", "GiB", 160 * GIB - W(L7, "bf16"), H, anchor=A)
claim(f, "11 sequences", "arithmetic", "sequences", (160 * GIB - W(L7, "bf16")) // SEQ8, H, anchor=A)
# Tessera
A = "> Listing: \"192 GB total, 3.5 TB/s aggregate"
claim(f, "3.5 TB/s", "bandwidth", "TB/s", 4 * LS, H, anchor=A)
claim(f, "27.6 Tbit/s", "bandwidth", "Tbit/s", 4 * LS, H, anchor=A)
claim(f, "864 Gbit/s", "bandwidth", "Gbit/s", LS, X, "wrong_unit", anchor=A, note="864 GB/s = 6912 Gbit/s")
claim(f, "3456 GB/s", "bandwidth", "GB/s", 4 * LS, H, anchor="- ✔ 4 × 864 GB/s = 3456 GB/s")
A = "- bf16 at TP = 4: 35.3 GB per card (32.9 GiB)"
claim(f, "35.3 GB per card", "weights", "GB", W(L7, "bf16") / 4, H, anchor=A)
claim(f, "32.9 GiB", "weights", "GiB", W(L7, "bf16") / 4, H, anchor=A)
claim(f, "35.3", "weights", "GB", W(L7, "bf16") / 4, H, anchor=A, occ=2)
claim(f, "24.5 tok/s", "throughput", "tok/s", LS / (W(L7, "bf16") / 4), H, anchor=A)
A = "- Per card 48 − 32.9 = 15.1 GiB is left"
claim(f, "32.9", "weights", "GiB", W(L7, "bf16") / 4, H, anchor=A)
claim(f, "15.1 GiB", "arithmetic", "GiB", 48 * GIB - W(L7, "bf16") / 4, H, anchor=A)
claim(f, "80 KiB per token", "kv_cache_per_token", "KiB", KVT(L7) / 4, H, anchor=A)
A = "  0.625 GiB per 8K sequence per card, so 24 sequences fit."
claim(f, "0.625 GiB", "kv_cache_total", "GiB", SEQ8 / 4, H, anchor=A)
claim(f, "24 sequences", "arithmetic", "sequences", (48 * GIB - W(L7, "bf16") / 4) // (SEQ8 / 4), H, anchor=A)
claim(f, "49.0 tok/s", "throughput", "tok/s", LS / (W(L7, "fp8") / 4), H, anchor="- fp8 at TP = 4 doubles it")
A = "> Tessera's support bot (pasted)"
claim(f, "282 GB", "weights", "GB", W(L7, "bf16"), X, "wrong_dtype", anchor=A, note="fp32 size; bf16 141.1 GB", **Q)
claim(f, "2.5 MiB per token", "kv_cache_per_token", "MiB", KVT(L7), X, "off_2x", anchor="> The KV cache is 2.5 MiB per token.\"", note="64 query heads; 320 KiB", **Q)
# Ampere Attic
A = "> Listing: \"Llama 70B Q4_K_M runs great"
claim(f, "21.6 GB", "quantized_file", "GB", GG(L7, "Q4_K_M"), X, "off_2x", anchor=A, note="halved; 43.2 GB")
claim(f, "~47 tok/s", "throughput", "tok/s", R49 / GG(L7, "Q4_K_M"), X, "per_gpu", hedged=True, anchor=A, note="layer split read as parallel; 23.3")
A = "- ✘ Q4_K_M of this model is ≈ 43.2 GB"
claim(f, "≈ 43.2 GB", "quantized_file", "GB", GG(L7, "Q4_K_M"), H, hedged=True, anchor=A)
claim(f, "40.2 GiB", "quantized_file", "GiB", GG(L7, "Q4_K_M"), H, rel=0.02, anchor=A)
A = "- 40.2 GiB in 2 × 24 GiB leaves 7.8 GiB"
claim(f, "40.2 GiB", "quantized_file", "GiB", GG(L7, "Q4_K_M"), H, rel=0.02, anchor=A)
claim(f, "7.8 GiB", "arithmetic", "GiB", 48 * GIB - GG(L7, "Q4_K_M"), H, rel=0.02, anchor=A)
claim(f, "3 sequences", "arithmetic", "sequences", (48 * GIB - GG(L7, "Q4_K_M")) // SEQ8, H, anchor=A)
claim(f, "43.2 GB", "quantized_file", "GB", GG(L7, "Q4_K_M"), H, rel=0.02, anchor="- With the layers split across the two cards")
A = "  1008 ÷ 43.2 = 23.3 tok/s."
claim(f, "43.2", "quantized_file", "GB", GG(L7, "Q4_K_M"), H, rel=0.02, anchor=A)
claim(f, "23.3 tok/s", "throughput", "tok/s", R49 / GG(L7, "Q4_K_M"), H, rel=0.02, anchor=A)
claim(f, "~47 tok/s", "arithmetic", "tok/s", 2 * R49 / GG(L7, "Q4_K_M"), H, hedged=True, anchor=A, note="labelled as two halves counted in parallel")
A = "- Andrei's note: copying the 43.2 GB file"
claim(f, "43.2 GB", "quantized_file", "GB", GG(L7, "Q4_K_M"), H, rel=0.02, anchor=A)
claim(f, "4.3 s", "time", "s", GG(L7, "Q4_K_M") / 1.25e9, X, "wrong_unit", anchor=A, note="Gbit/s read as GB/s; 34.5 s")
A = "  1.25 GB/s, so about 35 s."
claim(f, "1.25 GB/s", "bandwidth", "GB/s", 10 * 1.25e8, H, anchor=A)
claim(f, "about 35 s", "time", "s", GG(L7, "Q4_K_M") / 1.25e9, H, hedged=True, anchor=A)
# Nimbus
A = "> Listing: \"4.8 TB/s HBM3e: 34 tok/s"
claim(f, "34 tok/s", "throughput", "tok/s", H2 / W(L7, "bf16"), H, anchor=A)
claim(f, "93.4 GB", "weights", "GB", W(MX, "bf16"), H, anchor=A)
claim(f, "186 tok/s", "throughput", "tok/s", H2 / (ACTIVE_M7 * 2), H, anchor=A)
claim(f, "12.9 GB", "weights", "GB", ACTIVE_M7 * 2, X, "wrong_dtype", anchor="> and it reads only 12.9 GB per token.\"", note="1 byte per active parameter; bf16 25.8 GB")
A = "- ✘ 12.9 GB is the active parameter count in billions"
claim(f, "12.9 GB", "arithmetic", "GB", ACTIVE_M7 * 1, H, anchor=A, note="labelled as one byte per active parameter")
claim(f, "25.8 GB", "weights", "GB", ACTIVE_M7 * 2, H, anchor=A)
A = "- `nvidia-smi` there shows 143771 MiB"
claim(f, "131.4", "weights", "GiB", W(L7, "bf16"), H, anchor=A)
claim(f, "9.0 GiB", "arithmetic", "GiB", 140.4 * GIB - W(L7, "bf16"), H, anchor=A)
claim(f, "3 sequences", "arithmetic", "sequences", (140.4 * GIB - W(L7, "bf16")) // SEQ8, H, anchor=A)
A = "- fp8 instead: 4800 ÷ 70.6 = 68.0 tok/s."
claim(f, "70.6", "weights", "GB", W(L7, "fp8"), H, anchor=A)
claim(f, "68.0 tok/s", "throughput", "tok/s", H2 / W(L7, "fp8"), H, anchor=A)
# MI-Lane
claim(f, "2.5 GiB", "kv_cache_total", "GiB", KV(L7, 8192, 16), X, "off_2x", anchor="> Listing: \"The whole eval batch (16 × 8K)", note="batch dropped; 40 GiB")
A = "- ✔ bf16 fits on one card: 192 − 131.4 = 60.6 GiB left"
claim(f, "131.4", "weights", "GiB", W(L7, "bf16"), H, anchor=A)
claim(f, "60.6 GiB", "arithmetic", "GiB", 192 * GIB - W(L7, "bf16"), H, anchor=A)
claim(f, "24 sequences", "arithmetic", "sequences", (192 * GIB - W(L7, "bf16")) // SEQ8, H, anchor=A)
A = "- ✘ At TP = 2 each card reads only its own half"
claim(f, "70.6", "weights", "GB", W(L7, "bf16") / 2, H, anchor=A)
claim(f, "28.9 tok/s", "throughput", "tok/s", A1E / (W(L7, "bf16") / 2), H, anchor=A)
claim(f, "141", "weights", "GB", W(L7, "bf16"), H, anchor="> The 141 is GB, not GiB.", note="re-attributed to GB")
non(f, "- ✘ both: the first is the fp32 size, the second counts all 64 query heads.", "head count")
A = "- Ceiling 5300 ÷ 141.1 = 37.6 tok/s in bf16."
claim(f, "141.1", "weights", "GB", W(L7, "bf16"), H, anchor=A)
claim(f, "37.6 tok/s", "throughput", "tok/s", MI / W(L7, "bf16"), H, anchor=A)
A = "> Corvid's 2 × A100 80GB at $2.80/h"
claim(f, "28.9 tok/s", "throughput", "tok/s", A1E / (W(L7, "bf16") / 2), H, anchor=A)
claim(f, "11 sequences", "arithmetic", "sequences", (160 * GIB - W(L7, "bf16")) // SEQ8, H, anchor=A)
claim(f, "3 sequences", "arithmetic", "sequences", (48 * GIB - GG(L7, "Q4_K_M")) // SEQ8, H, anchor="Ampere Attic is cheapest per hour")
non(f, "created: 2027-03-02", "date")
non(f, "updated: 2027-03-05", "date")
non(f, "budget_usd: 1800", "budget")
non(f, "  model: Llama-3.1-70B-Instruct", "model name")
non(f, "  parallel_sequences: 16", "workload input")
non(f, "  context_tokens: 8192", "workload input")
non(f, "  prompts: 2000", "workload input")
non(f, "  output_tokens_each: 1000", "workload input")
non(f, "  - {provider: Helio", "hardware spec, price")
non(f, "  - {provider: Corvid", "hardware spec, price")
non(f, "  - {provider: Tessera", "hardware spec, price")
non(f, "  - {provider: Ampere Attic", "hardware spec, price")
non(f, "  - {provider: Nimbus", "hardware spec, price")
non(f, "  - {provider: MI-Lane", "hardware spec, price")
non(f, "model_config: {layers: 80", "config inputs")
non(f, "related: [\"[[Eval sprint 2027-Q1]]\"", "wikilink with a year")
non(f, "title: \"Renting GPUs for the 70B eval sprint", "model name")
non(f, "# Renting GPUs for the 70B eval sprint", "model name")
non(f, "> [!summary] Decision (2027-03-05)", "date")
non(f, "> Runner-up: MI-Lane, if their queue", "queue length, date")
non(f, "We need the eval harness to run 2000 prompts", "workload inputs")
non(f, "All prices below are on-demand", "date, footnote")
non(f, "$$\\text{KV}_{\\text{bytes}} = 2 \\cdot L", "formula with free variables")
non(f, "### Helio — 1 × H100 SXM 80 GB, $2.49/h", "hardware spec, price")
non(f, "### Corvid — 2 × A100 80GB, $2.80/h", "hardware spec, price")
non(f, "### Tessera — 4 × L40S 48 GB, $3.60/h", "hardware spec, price")
non(f, "### Ampere Attic — 2 × RTX 4090 24 GB", "hardware spec, price")
non(f, "### Nimbus — 1 × H200 141 GB", "hardware spec, price")
non(f, "### MI-Lane — 1 × MI300X 192 GB", "hardware spec, price")
non(f, "- Corvid: 6 h × $2.80 = $16.80 per run", "prices, hours")
non(f, "- MI-Lane: 5 h × $3.20 = $16.00 per run", "prices, queue")
non(f, "- Ampere Attic: 19 h × $0.78 = $14.82 per run.", "prices, hours")
non(f, "- Budget left after the sprint: $1,598.40", "budget")
non(f, "[^0]: Prices as listed on 2027-03-02", "date, time")
non(f, "[^1]: helio.cloud/pricing", "URL, date")
non(f, "[^2]: corvid.ai/gpus", "URL, date, ticket number")
non(f, "[^3]: tessera.host/l40s", "URL, listing id")
non(f, "[^4]: amperattic.com marketplace", "URL, listing id, rating, review count")
non(f, "[^5]: nimbus.run/h200", "URL, date, version")
non(f, "[^6]: mi-lane.io", "URL, queue estimate, date")
for row, cells in (("| 1 × H200 | 141.1 |", [("141.1", "weights", "GB", W(L7, "bf16"), None), ("68.0", "throughput", "tok/s", H2 / W(L7, "bf16"), "wrong_dtype"), ("2.5", "kv_cache_total", "GiB", KV(L7, 8192, 16), "off_2x")]),
                   ("| 2 × A100 | 141.1 |", [("141.1", "weights", "GB", W(L7, "bf16") / 2, "per_gpu"), ("14.4", "throughput", "tok/s", A1E / (W(L7, "bf16") / 2), "per_gpu"), ("40", "kv_cache_total", "GiB", KV(L7, 8192, 16), None)]),
                   ("| 4 × L40S | 35.3 |", [("35.3", "weights", "GB", W(L7, "bf16") / 4, None), ("24.5", "throughput", "tok/s", LS / (W(L7, "bf16") / 4), None), ("80", "kv_cache_total", "GiB", KV(L7, 8192, 16), "off_2x")]),
                   ("| 8 × L4 | 17.6 |", [("17.6", "weights", "GB", W(L7, "bf16") / 8, None), ("17.0", "throughput", "tok/s", 300e9 / (W(L7, "bf16") / 8), None), ("40", "kv_cache_total", "GiB", KV(L7, 8192, 16), None)])):
    for fig, kind, unit, val, err in cells:
        claim(f, fig, kind, unit, val, X if err else H, err, anchor=row, note="blog table as printed" + (f"; {err}" if err else ""))
non(f, "300 GB/s per card):", "hardware spec input")
non(f, "| setup | weights per card, bf16 (GB) |", "table header with units")
non(f, "aliases: [rental comparison, where to rent the 70B]", "model name")
non(f, "Andrei forwarded a table from a \"GPU rental guide 2027\" blog post", "year in a title")

# ---- en_02: an RFC-style comment thread on a pull request changing the default quantisation (bot, reviewers, Copilot) ----
f = "en_02"
L8, QW, M7, GR, P4, L13 = "llama3-8b", "qwen2.5-7b", "mistral-7b", "granite-3.1-8b", "phi4", "llama2-13b"
SIX = [L8, QW, M7, GR, P4, L13]
MID, BIG, HUGE = 360e9, 288e9, 1008e9
SCALE.update({"bpw": 1})
TOT4 = sum(GG(m, "Q4_K_M") for m in SIX)
TOT8 = sum(GG(m, "Q8_0") for m in SIX)
G2 = dict(rel=0.02)
A = "> Most of our users are on the 8 GB and 12 GB tiers."
claim(f, "8.5 bits", "quantized_file", "bits", BPW["Q8_0"], H, anchor=A)
claim(f, "about 4.89 bits", "quantized_file", "bits", BPW["Q4_K_M"], H, hedged=True, anchor=A)
claim(f, "42 %", "percentage", "%", 100 * (1 - BPW["Q4_K_M"] / BPW["Q8_0"]), H, anchor="> so the default download shrinks by 42 %.")
for row, cells in (("> | Llama-3-8B | 8.53 |", [("8.53", GG(L8, "Q8_0"), None), ("4.91", GG(L8, "Q4_K_M"), None)]),
                   ("> | Qwen2.5-7B | 8.09 |", [("8.09", GG(QW, "Q8_0"), None), ("4.66", GG(QW, "Q4_K_M"), None)]),
                   ("> | Mistral-7B | 7.70 |", [("7.70", GG(M7, "Q8_0"), None), ("2.22", GG(M7, "Q4_K_M"), "off_2x")]),
                   ("> | Granite-3.1-8B | 8.09 |", [("8.09", GG(GR, "Q8_0"), "gib_as_gb"), ("5.00", GG(GR, "Q4_K_M"), None)]),
                   ("> | Phi-4 | 15.6 |", [("15.6", GG(P4, "Q8_0"), None), ("4.48", GG(P4, "Q4_K_M"), "off_2x")]),
                   ("> | Llama-2-13B | 13.8 |", [("13.8", GG(L13, "Q8_0"), None), ("7.96", GG(L13, "Q4_K_M"), None)])):
    for fig, val, err in cells:
        claim(f, fig, "quantized_file", "GB", val, X if err else H, err, anchor=row, rel=None if err else 0.02,
              note="PR table as opened" + (f"; {err}" if err else ""))
A = "> Total Q8_0 download is 62.4 GB, Q4_K_M 18.0 GB."
claim(f, "62.4 GB", "quantized_file", "GB", TOT8, H, anchor=A, **G2)
claim(f, "18.0 GB", "quantized_file", "GB", TOT4, X, "off_2x", anchor=A, note="35.9 GB")
claim(f, "42", "throughput", "tok/s", MID / GG(L8, "Q8_0"), H, anchor=A)
claim(f, "147 tok/s", "throughput", "tok/s", MID / GG(L8, "Q4_K_M"), X, "off_2x", anchor=A, note="73.3")
claim(f, "1 GiB", "kv_cache_total", "GiB", KV(L8, 8192), H, anchor="+# Llama-3-8B at 8192 ctx: KV = 2 * 32 * 8 * 128 * 2 * 8192")
claim(f, "≈ 5.99 GB", "arithmetic", "GB", GG(L8, "Q4_K_M") + KV(L8, 8192), H, hedged=True, anchor="+# Q4_K_M weights 4.91 GB + 1 GiB cache")
claim(f, "4.91 GB", "quantized_file", "GB", GG(L8, "Q4_K_M"), H, anchor="+# Q4_K_M weights 4.91 GB + 1 GiB cache", **G2)
A = "+# Granite-3.1-8B has 32 heads -> 640 KiB/token"
claim(f, "640 KiB/token", "kv_cache_per_token", "KiB", KVT(GR), X, "off_2x", anchor=A, note="32 query heads; 160 KiB")
claim(f, "5 GiB", "kv_cache_total", "GiB", KV(GR, 8192), X, "off_2x", anchor=A, note="1.25 GiB")
A = "+# Phi-4: 200 KiB/token, 8192 ctx -> 1.56 GiB"
claim(f, "200 KiB/token", "kv_cache_per_token", "KiB", KVT(P4), H, anchor=A)
claim(f, "1.56 GiB", "kv_cache_total", "GiB", KV(P4, 8192), H, anchor=A)
A = "+# Llama-2-13B: 800 KiB/token, 8192 ctx -> 6.25 GiB"
claim(f, "800 KiB/token", "kv_cache_per_token", "KiB", KVT(L13), H, anchor=A)
claim(f, "6.25 GiB", "kv_cache_total", "GiB", KV(L13, 8192), H, anchor=A)
claim(f, "7.96 GB", "quantized_file", "GB", GG(L13, "Q4_K_M"), H, anchor=A, **G2)
claim(f, "4.89 bpw", "quantized_file", "bits", BPW["Q4_K_M"], H, anchor="> Default quant: Q4_K_M (4.89 bpw).", **Q)
for fig, m in (("4.58 GB", L8), ("4.34 GB", QW), ("4.13 GB", M7), ("4.66 GB", GR), ("8.35 GB", P4), ("7.42 GB", L13)):
    claim(f, fig, "quantized_file", "GB", GG(m, "Q4_K_M"), X, "gib_as_gb", anchor=f"> - {m.replace('llama3-8b', 'llama-3-8b').replace('llama2-13b', 'llama-2-13b').replace('granite-3.1-8b', 'granite-3.1-8b').replace('phi4', 'phi-4')}: {fig}",
          note="bot divides by 2**30 and prints GB", **Q)
A = "> Total download: 33.47 GB."
claim(f, "33.47 GB", "quantized_file", "GB", TOT4, X, "gib_as_gb", anchor=A, note="33.47 GiB = 35.9 GB", **Q)
claim(f, "≈ 9.2 tok/s", "throughput", "tok/s", MID / GG(L8, "Q4_K_M"), X, "wrong_unit", hedged=True, anchor=A, note="bits taken for bytes; 73.3", **Q)
A = "> Two things about the bot."
claim(f, "4.91 GB", "quantized_file", "GB", GG(L8, "Q4_K_M"), H, anchor=A, **G2)
A = "> 4.58 GiB; the six files together are 35.9 GB (33.47 GiB)."
claim(f, "4.58 GiB", "quantized_file", "GiB", GG(L8, "Q4_K_M"), H, anchor=A, **G2)
claim(f, "35.9 GB", "quantized_file", "GB", TOT4, H, anchor=A, **G2)
claim(f, "33.47 GiB", "quantized_file", "GiB", TOT4, H, anchor=A, **G2)
A = "> 4.89 *bits* and calls that bytes, so it is 8× too low"
claim(f, "8×", "ratio", "×", 8, H, anchor=A)
claim(f, "4.91", "quantized_file", "GB", GG(L8, "Q4_K_M"), H, anchor=A, **G2)
claim(f, "73.3 tok/s", "throughput", "tok/s", MID / GG(L8, "Q4_K_M"), H, anchor=A, **G2)
A = "> Also the PR table: Mistral-7B Q4_K_M is 4.43 GB"
claim(f, "4.43 GB", "quantized_file", "GB", GG(M7, "Q4_K_M"), H, anchor=A, **G2)
claim(f, "8.97 GB", "quantized_file", "GB", GG(P4, "Q4_K_M"), H, anchor=A, **G2)
A = "> The Granite Q8_0 cell is 8.09 GiB pasted into a GB column"
claim(f, "8.09 GiB", "quantized_file", "GiB", GG(GR, "Q8_0"), H, anchor=A, **G2)
claim(f, "8.68", "quantized_file", "GB", GG(GR, "Q8_0"), H, anchor=A, **G2)
A = "> Fixed the table. With the fixed cells the Q4_K_M total is 35.9 GB"
claim(f, "35.9 GB", "quantized_file", "GB", TOT4, H, anchor=A, **G2)
claim(f, "42 %", "percentage", "%", 100 * (1 - TOT4 / TOT8), H, anchor=A)
claim(f, "147 tok/s", "arithmetic", "tok/s", 2 * MID / GG(L8, "Q4_K_M"), H, anchor="> And the 147 tok/s was twice the real figure", note="labelled as twice the ceiling")
A = "> 73.3 tok/s at Q4_K_M against 42.2 at Q8_0."
claim(f, "73.3 tok/s", "throughput", "tok/s", MID / GG(L8, "Q4_K_M"), H, anchor=A, **G2)
claim(f, "42.2", "throughput", "tok/s", MID / GG(L8, "Q8_0"), H, anchor=A, **G2)
A = "> The Granite comment is wrong: 640 KiB/token is what 32 *query* heads"
claim(f, "640 KiB/token", "arithmetic", "KiB", 2 * 40 * 32 * 128 * 2, H, anchor=A, note="labelled as the query-head figure")
A = "> so 160 KiB/token and 1.25 GiB at 8192, not 5 GiB."
claim(f, "160 KiB/token", "kv_cache_per_token", "KiB", KVT(GR), H, anchor=A)
claim(f, "1.25 GiB", "kv_cache_total", "GiB", KV(GR, 8192), H, anchor=A)
A = "> Right. Granite-3.1-8B then needs 4.66 GiB + 1.25 GiB = 5.91 GiB"
claim(f, "4.66 GiB", "quantized_file", "GiB", GG(GR, "Q4_K_M"), H, anchor=A, **G2)
claim(f, "1.25 GiB", "kv_cache_total", "GiB", KV(GR, 8192), H, anchor=A)
claim(f, "5.91 GiB", "arithmetic", "GiB", GG(GR, "Q4_K_M") + KV(GR, 8192), H, anchor=A, **G2)
A = "> - Qwen2.5-7B keeps 4 KV heads: 56 KiB per token, 448 MiB at 8K."
claim(f, "56 KiB per token", "kv_cache_per_token", "KiB", KVT(QW), H, anchor=A)
claim(f, "448 MiB", "kv_cache_total", "MiB", KV(QW, 8192), H, anchor=A)
claim(f, "512 MiB", "kv_cache_total", "MiB", KV(M7, 4096), H, anchor="> - Mistral-7B slides a 4096-token window, so 8K costs 512 MiB")
claim(f, "0.5 GiB", "kv_cache_total", "GiB", KV(L8, 8192), X, "off_2x", anchor="> - Llama-3-8B: 8K tokens → 0.5 GiB.", note="K and V counted once; 1 GiB")
A = "> - Phi-4: 1.56 GiB, so 8.35 GiB + 1.56 GiB = 9.9 GiB"
claim(f, "1.56 GiB", "kv_cache_total", "GiB", KV(P4, 8192), H, anchor=A)
claim(f, "8.35 GiB", "quantized_file", "GiB", GG(P4, "Q4_K_M"), H, anchor=A, **G2)
claim(f, "1.56 GiB", "kv_cache_total", "GiB", KV(P4, 8192), H, anchor=A, occ=2)
claim(f, "9.9 GiB", "arithmetic", "GiB", GG(P4, "Q4_K_M") + KV(P4, 8192), H, anchor=A, **G2)
A = "> Llama-3-8B is 1 GiB at 8K, as your own diff says"
claim(f, "1 GiB", "kv_cache_total", "GiB", KV(L8, 8192), H, anchor=A)
claim(f, "0.5 GiB", "arithmetic", "GiB", KV(L8, 8192) / 2, H, anchor=A, note="labelled as K and V counted once")
A = "> Llama-2-13B: 7.42 GiB of weights plus 6.25 GiB of cache is 13.7 GiB"
claim(f, "7.42 GiB", "quantized_file", "GiB", GG(L13, "Q4_K_M"), H, anchor=A, **G2)
claim(f, "6.25 GiB", "kv_cache_total", "GiB", KV(L13, 8192), H, anchor=A)
claim(f, "13.7 GiB", "arithmetic", "GiB", GG(L13, "Q4_K_M") + KV(L13, 8192), H, anchor=A, **G2)
claim(f, "10.5 GiB", "arithmetic", "GiB", GG(L13, "Q4_K_M") + KV(L13, 4096), H, anchor="> 10.5 GiB. Can we default `max_ctx` per model?", **G2)
A = "> \"Q4_K_M keeps about half the bits of Q8_0"
claim(f, "2.46 GB", "quantized_file", "GB", GG(L8, "Q4_K_M"), X, "off_2x", anchor=A, note="halved; 4.91 GB", **Q)
claim(f, "4 GiB", "kv_cache_total", "GiB", KV(L8, 8192), X, "off_2x", anchor="> 8K tokens is 4 GiB. Q4_K_M is 1.74× faster", note="32 query heads; 1 GiB", **Q)
claim(f, "1.74×", "ratio", "×", BPW["Q8_0"] / BPW["Q4_K_M"], H, anchor="> 8K tokens is 4 GiB. Q4_K_M is 1.74× faster", **Q)
A = "> Ignore the first two: 2.46 GB is half the real 4.91 GB"
claim(f, "2.46 GB", "arithmetic", "GB", GG(L8, "Q4_K_M") / 2, H, anchor=A, note="labelled as half the file", **G2)
claim(f, "4.91 GB", "quantized_file", "GB", GG(L8, "Q4_K_M"), H, anchor=A, **G2)
claim(f, "4 GiB", "arithmetic", "GiB", 2 * 32 * 32 * 128 * 2 * 8192, H, anchor=A, note="labelled as the query-head figure")
claim(f, "1 GiB", "kv_cache_total", "GiB", KV(L8, 8192), H, anchor=A)
claim(f, "1.74×", "ratio", "×", BPW["Q8_0"] / BPW["Q4_K_M"], H, anchor="> heads). The 1.74× is right")
A = "> - huge tier (4090, 1008 GB/s): Llama-3-8B Q8_0 118 tok/s"
claim(f, "118 tok/s", "throughput", "tok/s", HUGE / GG(L8, "Q8_0"), H, anchor=A, **G2)
claim(f, "205 tok/s", "throughput", "tok/s", HUGE / GG(L8, "Q4_K_M"), H, anchor=A, **G2)
claim(f, "112 tok/s", "throughput", "tok/s", HUGE / GG(P4, "Q4_K_M"), H, anchor=A, **G2)
claim(f, "64.7 tok/s", "throughput", "tok/s", HUGE / GG(P4, "Q8_0"), H, anchor=A, **G2)
A = "> - big tier (4060 Ti, 288 GB/s): Llama-3-8B Q4_K_M 58.6 tok/s"
claim(f, "58.6 tok/s", "throughput", "tok/s", BIG / GG(L8, "Q4_K_M"), H, anchor=A, **G2)
claim(f, "16.1 tok/s", "throughput", "tok/s", BIG / GG(P4, "Q4_K_M"), X, "off_2x", anchor=A, note="32.1")
claim(f, "40.1 tok/s", "throughput", "tok/s", MID / GG(P4, "Q4_K_M"), H, anchor="> - mid tier: Phi-4 Q4_K_M 40.1 tok/s.", **G2)
A = "> - Granite-3.1-8B has 8,170,848,256 parameters"
claim(f, "8,170,848,256 parameters", "params", "params", N[GR], H, anchor=A)
claim(f, "16.3 GB", "weights", "GB", W(GR, "bf16"), H, anchor=A)
claim(f, "4.09 GB", "quantized_file", "GB", GG(GR, "Q8_0"), X, "wrong_dtype", anchor=A, note="int4 size; Q8_0 8.68 GB")
A = "> Two slips. Phi-4 on the big tier is 288 ÷ 8.97 = 32.1 tok/s"
claim(f, "8.97", "quantized_file", "GB", GG(P4, "Q4_K_M"), H, anchor=A, **G2)
claim(f, "32.1 tok/s", "throughput", "tok/s", BIG / GG(P4, "Q4_K_M"), H, anchor=A, **G2)
claim(f, "16.1", "arithmetic", "tok/s", BIG / GG(P4, "Q4_K_M") / 2, H, anchor=A, note="labelled as half the ceiling", **G2)
claim(f, "8.68 GB", "quantized_file", "GB", GG(GR, "Q8_0"), H, anchor=A, **G2)
claim(f, "4.09 GB", "weights", "GB", W(GR, "int4"), H, anchor="> 4.09 GB is the plain int4 size", note="re-attributed to int4")
claim(f, "3.13 GiB", "kv_cache_total", "GiB", KV(L13, 4096), H, anchor="Llama-2-13B ships with `max_ctx = 4096`")
claim(f, "42.4", "percentage", "%", 100 * (1 - BPW["Q4_K_M"] / BPW["Q8_0"]), H, anchor="$$\\frac{8.5008 - 4.8944}{8.5008}")
non(f, "pr: 1187", "PR number")
non(f, "opened: 2027-04-11", "date")
non(f, "merged: 2027-04-16", "date")
non(f, "saved: 2027-04-17", "date")
non(f, "  runs: 4", "CI run count")
non(f, "  runner: {gpu: \"RTX 3060 12 GB\"", "hardware spec")
non(f, "  small: {vram: \"8 GB\"", "hardware spec")
non(f, "  mid: {vram: \"12 GB\"", "hardware spec")
non(f, "  big: {vram: \"16 GB\"", "hardware spec")
non(f, "  huge: {vram: \"24 GB\"", "hardware spec")
non(f, "  granite-3.1-8b: {hidden: 4096", "config inputs")
non(f, "  phi-4: {hidden: 5120", "config inputs")
non(f, "title: \"PR #1187", "PR number")
non(f, "aliases: [PR 1187", "PR number")
non(f, "# PR #1187: switch the default", "PR number")
non(f, "> | model | Q8_0 (GB) | Q4_K_M (GB) |", "table header with units")
non(f, "Closes #1102, #1140.", "issue numbers")
non(f, "-max_ctx = 4096", "config value")
non(f, "+max_ctx = 8192", "config value")
non(f, "**size-check-bot** commented 2027-04-11 14:02", "date, time, run number")
non(f, "**ines-v** commented 2027-04-11 15:40", "date, time")
non(f, "**tpark** replied 2027-04-11 16:05", "date, time")
non(f, "**okafor** commented on `defaults.toml` line 8", "line number, date, time")
non(f, "**tpark** replied 2027-04-12 10:30", "date, time")
non(f, "**okafor** replied 2027-04-12 11:02", "date, time")
non(f, "**okafor** commented 2027-04-12 11:20", "date, time")
non(f, "*Conversation marked as resolved by tpark", "commit hash")
non(f, "**GitHub Copilot** (review suggestion, pasted by tpark)", "date, time")
non(f, "**ines-v** replied 2027-04-12 14:10", "date, time")
non(f, "**okafor** commented 2027-04-13 17:02", "date, time")
non(f, "**ines-v** replied 2027-04-13 17:40", "date, time")
non(f, "> and printed in another (GiB as GB, bits as bytes).", "issue number, version")
non(f, "- 2027-04-11 13:58 opened, 4 CI runs", "date, counts, run numbers")
non(f, "- 2027-04-13 18:30 approved", "date, approval counts")
non(f, "- 2027-04-16 09:00 merged as 7c3e9d1", "date, commit, version")
non(f, "  31,200 to 29,850 in the first week", "download counts")
non(f, "| ines-v | 4 | 4 |", "comment counts")
non(f, "| okafor | 3 | 3 |", "comment counts")
non(f, "| size-check-bot | 1 | 0 |", "comment counts")
non(f, "[^1]: #1140 asked for a smaller default", "issue number, date, reactions")
non(f, "> For the record, the others at 8192:", "context input")

# ---- en_03: a podcast episode's show notes (numbers as said on air, listener corrections, host's reply) ----
f = "en_03"
G3, G2S, BB, BLG, L70, FA, MX, L405 = "gpt3", "gpt2", "bert-base", "bert-large", "llama2-70b", "falcon-7b", "mixtral-8x7b", "llama3.1-405b"
Q72, G27, NEMO, L27, L8, GX = "qwen2.5-72b", "gemma2-27b", "mistral-nemo-12b", "llama2-7b", "llama3-8b", "gpt2-xl"
H1 = 3.35e12
SCALE.update({"tokens a second": 1})
A = "- [03:40] Lena: GPT-3 has 175 billion parameters"
claim(f, "175 billion parameters", "params", "billion", N[G3], H, anchor=A)
claim(f, "350 GB", "weights", "GB", W(G3, "fp16"), H, anchor=A)
A = "- [04:05] Sam: And at int8 that's 175 GB"
claim(f, "175 GB", "weights", "GB", W(G3, "int8"), H, anchor=A)
claim(f, "about 87 GB", "weights", "GB", W(G3, "int4"), H, hedged=True, anchor=A)
A = "- [05:30] Lena: GPT-2 small is 124 million parameters"
claim(f, "124 million parameters", "params", "million", N[G2S], H, anchor=A)
claim(f, "0.5 GB", "weights", "GB", W(G2S, "fp32"), H, anchor=A)
A = "- [06:10] Sam: BERT-base, 110M params, 440 MB in fp16."
claim(f, "110M params", "params", "M", N[BB], H, anchor=A)
claim(f, "440 MB", "weights", "MB", W(BB, "fp16"), X, "wrong_dtype", anchor=A, note="fp32 size; fp16 219 MB")
claim(f, "2.5 MiB per token", "kv_cache_per_token", "MiB", KVT(L70), X, "off_2x", anchor="- [08:45] Lena: Llama-2-70B's KV cache is 2.5 MiB", note="64 query heads; 320 KiB")
claim(f, "10 GiB", "kv_cache_total", "GiB", KV(L70, 4096), X, "off_2x", anchor="- [09:20] Sam: So a 4K conversation is 10 GiB", note="1.25 GiB")
A = "- [11:02] Lena: Falcon-7B uses multi-query attention"
claim(f, "8 KiB per token", "kv_cache_per_token", "KiB", KVT(FA), H, anchor=A)
claim(f, "16 MiB", "kv_cache_total", "MiB", KV(FA, 2048), H, anchor=A)
A = "- [12:30] Sam: Mixtral 8x7B is 46.7 billion parameters"
claim(f, "46.7 billion parameters", "params", "billion", N[MX], H, anchor=A)
claim(f, "12.9 billion active", "params", "billion", ACTIVE_M7, H, anchor=A)
claim(f, "25.8 GB", "weights", "GB", ACTIVE_M7 * 2, H, anchor=A)
claim(f, "46.7 GB", "weights", "GB", W(MX, "bf16"), X, "wrong_dtype", anchor="- [13:15] Lena: But you still store all of it", note="int8 size; bf16 93.4 GB")
A = "- [15:40] Sam: Llama 3.1 405B in bf16 is 810 GB"
claim(f, "810 GB", "weights", "GB", W(L405, "bf16"), H, anchor=A)
claim(f, "756 GiB", "weights", "GiB", W(L405, "bf16"), H, anchor=A)
claim(f, "406 GB", "weights", "GB", W(L405, "fp8"), H, anchor="- [16:05] Lena: So on one 8×H100 node you go to fp8")
claim(f, "26.8 Tbit/s", "bandwidth", "Tbit/s", H1, H, anchor="- [18:20] Sam: An H100 does 3.35 TB/s")
claim(f, "24 tokens a second", "throughput", "tok/s", H1 / W(L70, "fp16"), H, bound="upper", anchor="- [18:50] Lena: So a Llama-2-70B in fp16 decodes at most")
claim(f, "24 tok/s", "throughput", "tok/s", H1 / (W(L70, "fp16") / 2), X, "per_gpu", anchor="- [19:30] Sam: And on two H100s", note="whole model at TP = 2; 48.6")
claim(f, "8.4 × 10²² FLOP", "flops", "FLOP", 6 * 7e9 * 2e12, H, anchor="- [21:10] Lena: Training a 7B on 2 trillion tokens")
claim(f, "about 108 GB", "training", "GB", 16 * N[L27], H, hedged=True, anchor="- [22:40] Sam: Full fine-tuning Llama-2-7B with Adam")
claim(f, "27 GB", "training", "GB", 16 * N[L27], X, "off_2x", anchor="- [23:05] Lena: No, it's 4 bytes per parameter, 27 GB.", note="4 B/param; 108 GB")
claim(f, "13.5 GB per GPU", "training", "GB", zero(N[L27], 8, 3), H, anchor="- [24:30] Sam: With ZeRO-3 over 8 GPUs")
claim(f, "8.4M", "params", "M", lora(32, 16, [(4096, 4096), (4096, 4096)]), H, anchor="- [25:10] Lena: LoRA rank 16 on q and v")
claim(f, "1.7 GB", "weights", "GB", N[L27] * NF4 / 8, X, "off_2x", anchor="- [26:00] Sam: QLoRA keeps the base in NF4", note="3.48 GB")
claim(f, "about 44 GB", "quantized_file", "GB", GG(Q72, "Q4_K_M"), H, hedged=True, anchor="- [27:45] Lena: Qwen2.5-72B in Q4_K_M")
claim(f, "38.6 GB", "quantized_file", "GB", GG(Q72, "Q8_0"), X, "off_2x", anchor="- [28:10] Sam: And Q8_0 would be 38.6 GB.", note="77.3 GB")
A = "- [30:05] Lena: Gemma 2 27B has 27.2B parameters"
claim(f, "27.2B parameters", "params", "B", N[G27], H, anchor=A)
claim(f, "54.5 GB", "weights", "GB", W(G27, "bf16"), H, anchor=A)
claim(f, "368 KiB per token", "kv_cache_per_token", "KiB", KVT(G27), H, anchor="- [30:40] Sam: Its KV cache, ignoring the sliding window")
claim(f, "2.9 GiB", "kv_cache_total", "GiB", KV(G27, 8192), H, anchor="- [31:20] Lena: So at 8K that's 2.9 GiB.", note="without the window, as stated")
claim(f, "24.5 GB", "weights", "GB", W(NEMO, "bf16"), H, anchor="- [33:00] Sam: A 4090 has 1008 GB/s")
claim(f, "82 tok/s", "throughput", "tok/s", 1008e9 / W(NEMO, "bf16"), X, "off_2x", anchor="- [33:30] Lena: Which decodes at 82 tok/s", note="41.2")
A = "- [35:10] Sam: BERT-large has 340M parameters"
claim(f, "340M parameters", "params", "M", N[BLG], H, anchor=A)
claim(f, "1.34 GB", "weights", "GB", W(BLG, "fp16"), X, "wrong_dtype", anchor=A, note="fp32 size; fp16 0.67 GB")
A = "- [36:40] Lena: GPT-2 XL's cache is 300 KiB per token"
claim(f, "300 KiB per token", "kv_cache_per_token", "KiB", KVT(GX), H, anchor=A)
claim(f, "300 MiB", "kv_cache_total", "MiB", KV(GX, 1024), H, anchor=A)
claim(f, "4.5 GiB per token", "kv_cache_per_token", "GiB", KVT(G3), X, "wrong_unit", anchor="- [37:15] Sam: And GPT-3's cache is 4.5 GiB per token.", note="4.5 MiB")
A = "- [38:00] Lena: Activations for Llama-2-7B at 4K"
claim(f, "6.5 GB per layer", "activations", "GB", act(L27, 4096, 1, "none", layers=1), X, "off_2x", anchor=A, note="3.25 GB")
claim(f, "104 GB", "activations", "GB", act(L27, 4096, 1, "none"), H, anchor=A)
claim(f, "570 MB per layer", "activations", "MB", act(L27, 4096, 1, "flash", layers=1), H, anchor="- [39:20] Sam: FlashAttention brings that")
claim(f, "138 GFLOP", "flops", "GFLOP", 2 * N[L70], H, anchor="- [41:00] Lena: The 2N rule")
claim(f, "414 GFLOP", "flops", "GFLOP", 2 * N[L70], X, "off_2x", anchor="- [41:30] Sam: And 6N, 414 GFLOP", note="6N for 2N; 138 GFLOP")
A = "- [43:10] Lena: A 25 Gbit/s link moves"
claim(f, "138 GB", "weights", "GB", W(L70, "fp16"), H, anchor=A)
claim(f, "5.5 s", "time", "s", W(L70, "fp16") / 3.125e9, X, "wrong_unit", anchor=A, note="Gbit/s read as GB/s; 44 s")
claim(f, "128.5 GB", "training", "GB", 16 * N[L8], H, anchor="- [44:00] Sam: Mixed-precision Adam for Llama-3-8B")
claim(f, "16 GB per GPU", "training", "GB", zero(N[L8], 8, 3), H, anchor="- [44:30] Lena: That's 16 GB per GPU")
claim(f, "16 GB", "training", "GB", zero(N[L8], 8, 1), X, "off_2x", anchor="- [45:00] Sam: ZeRO-1 on 8 would be", note="ZeRO-3 figure; ZeRO-1 44.2 GB")
A = "- [46:20] Lena: Llama-3-8B cache: 128 KiB per token"
claim(f, "128 KiB per token", "kv_cache_per_token", "KiB", KVT(L8), H, anchor=A)
claim(f, "32 GiB", "kv_cache_total", "GiB", KV(L8, 8192, 32), H, anchor=A)
claim(f, "32 GiB", "kv_cache_total", "GiB", KV(L27, 8192, 32), X, "off_2x", anchor="- [47:00] Sam: And Llama-2-7B for the same 32 users", note="512 KiB per token; 128 GiB")
# listener corrections and the host's replies
A = "- **Priya (Pune):**"
claim(f, "219 MB", "weights", "MB", W(BB, "fp16"), H, anchor=A)
claim(f, "440 MB", "weights", "MB", W(BB, "fp32"), H, anchor=A, note="re-attributed to fp32")
A = "- **Tom (Leeds):**"
claim(f, "320 KiB per token", "kv_cache_per_token", "KiB", KVT(L70), H, anchor=A)
claim(f, "1.25 GiB", "kv_cache_total", "GiB", KV(L70, 4096), H, anchor=A)
A = "- **Noor (Amman):**"
claim(f, "46.7 GB", "weights", "GB", W(MX, "int8"), H, anchor=A, note="re-attributed to int8")
claim(f, "93.4 GB", "weights", "GB", W(MX, "bf16"), H, anchor=A)
claim(f, "108 GB", "training", "GB", 16 * N[L27], H, anchor="- **Ana (Lisbon):**")
A = "- **Marta (Kraków):**"
claim(f, "3.125 GB/s", "bandwidth", "GB/s", 25 * 1.25e8, H, anchor=A)
claim(f, "44 s", "time", "s", W(L70, "fp16") / 3.125e9, H, anchor=A)
claim(f, "44.2 GB per GPU", "training", "GB", zero(N[L8], 8, 1), H, anchor="- **Dev (Austin):**")
claim(f, "about 77 GB", "quantized_file", "GB", GG(Q72, "Q8_0"), H, hedged=True, anchor="- **Ifeoma (Lagos):**")
A = "- **Jonas (Graz):**"
claim(f, "1.34 GB", "weights", "GB", W(BLG, "fp32"), H, anchor=A, note="re-attributed to fp32")
claim(f, "0.67 GB", "weights", "GB", W(BLG, "fp16"), H, anchor=A)
A = "- **Wei (Singapore):**"
claim(f, "4.127 bits", "quantized_file", "bits", NF4, H, anchor=A)
claim(f, "3.48 GB", "weights", "GB", N[L27] * NF4 / 8, H, anchor=A)
A = "> half the weights, 69.0 GB, so the ceiling is about 48.6 tok/s."
claim(f, "69.0 GB", "weights", "GB", W(L70, "fp16") / 2, H, anchor=A)
claim(f, "about 48.6 tok/s", "throughput", "tok/s", H1 / (W(L70, "fp16") / 2), H, hedged=True, anchor=A)
claim(f, "41.2 tok/s", "throughput", "tok/s", 1008e9 / W(NEMO, "bf16"), H, anchor=A)
A = "> 1008 ÷ 24.5; 82 would need half the bytes."
claim(f, "24.5", "weights", "GB", W(NEMO, "bf16"), H, anchor=A)
claim(f, "82", "arithmetic", "tok/s", 2 * 1008e9 / W(NEMO, "bf16"), H, anchor=A, note="labelled as the half-bytes ceiling")
claim(f, "8×", "ratio", "×", 10 * GIB / KV(L70, 4096), H, anchor="- [09:20] used all 64 query heads and so came out 8× too high.")
non(f, "- [41:30] 6N is training per token; inference is 2N.", "timestamp")
non(f, "- [47:00] Llama-2-7B has no GQA", "timestamp, head count")
A = "- [38:00] the per-layer figure is 3.25 GB"
claim(f, "3.25 GB", "activations", "GB", act(L27, 4096, 1, "none", layers=1), H, anchor=A)
claim(f, "104 GB", "activations", "GB", act(L27, 4096, 1, "none"), H, anchor=A)
non(f, "episode: 47", "episode number")
non(f, "season: 3", "season number")
non(f, "published: 2027-05-14", "date")
non(f, "corrections_pinned: 2027-05-20", "date")
non(f, "duration: \"48:12\"", "duration")
non(f, "downloads_first_week: 18400", "download count")
non(f, "  h100: {memory: \"80 GB\"", "hardware spec")
non(f, "  rtx4090: {memory: \"24 GB\"", "hardware spec")
non(f, "  gemma-2-27b: {hidden: 4608", "config inputs")
non(f, "  qwen2.5-72b: {hidden: 8192", "config inputs")
non(f, "  mistral-nemo-12b: {hidden: 5120", "config inputs")
non(f, "  llama-3.1-405b: {hidden: 16384", "config inputs")
non(f, "sponsor: \"CoolRack (code TT47", "promo code, discount")
non(f, "title: \"Tokens & Tensors ep. 47", "episode number")
non(f, "# Tokens & Tensors, episode 47", "episode number")
non(f, "KV caches, why a 70B does not fit where you think", "model name, date")
non(f, "- 00:00 Intro and sponsor", "timestamp, promo code")
non(f, "- 03:12 Why \"175B\" is not \"175 GB\"", "timestamp, chapter title")
non(f, "- 08:30 The KV cache nobody budgets for", "timestamp")
non(f, "- 15:20 The 405B and the 8-GPU node", "timestamp")
non(f, "- 21:00 Training: 6ND and 16 bytes per parameter", "timestamp, chapter title")
non(f, "- 27:30 Quantised files", "timestamp")
non(f, "- 33:00 Your gaming card", "timestamp")
non(f, "- 38:00 Activations, FLOPs, and wires", "timestamp")
non(f, "- 46:00 Lightning round and goodbye", "timestamps")
non(f, "$$\\text{weights} = N \\times b", "formula with free variables")
non(f, "Thanks to everyone who wrote in", "email and comment counts")
non(f, "- **Kenji (Osaka):** [37:15] should be MiB", "timestamp")
non(f, "> Guilty on most counts.", "timestamp")
non(f, "- Sponsor: CoolRack, 10 % off", "discount, date")
non(f, "- Next episode (48)", "episode number, date")
non(f, "- Listener survey closes 2027-05-31", "date, response count, rating")
non(f, "- Transcript: tokensandtensors.fm/47/transcript", "URL, accuracy percentage")
for row, fig, kind, unit, val, err in (
        ("| Llama-3-70B in int4? |", "70 GB", "weights", "GB", W("llama3-70b", "int4"), "wrong_dtype"),
        ("| Qwen2.5-7B KV per token? |", "392 KiB", "kv_cache_per_token", "KiB", KVT("qwen2.5-7b"), "off_2x"),
        ("| Mistral-7B in bf16? |", "14.5 GB", "weights", "GB", W("mistral-7b", "bf16"), None),
        ("| Llama-2-13B KV per token? |", "800 KiB", "kv_cache_per_token", "KiB", KVT("llama2-13b"), None),
        ("| A100's 2039 GB/s in Tbit/s? |", "2 Tbit/s", "bandwidth", "Tbit/s", 2039e9, "wrong_unit"),
        ("| GPT-2 medium in fp32? |", "1.42 GB", "weights", "GB", W("gpt2-medium", "fp32"), None),
        ("| Falcon-7B in bf16? |", "6.9 GB", "weights", "GB", W(FA, "bf16"), "wrong_dtype"),
        ("| Llama-3-8B Q4_K_M ceiling on a 4090? |", "410 tok/s", "throughput", "tok/s", 1008e9 / GG(L8, "Q4_K_M"), "off_2x"),
        ("| Mixtral 8x7B active parameters? |", "25.8 billion", "params", "billion", ACTIVE_M7, "off_2x")):
    claim(f, fig, kind, unit, val, X if err else H, err, anchor=row, note="lightning round" + (f"; {err}" if err else ""))
non(f, "### Lightning round [46:00–47:50]", "timestamps")
non(f, "[^1]: Counted on 2027-05-19", "date, counts, timestamp")
non(f, "aliases: [T&T 47, ep47 show notes]", "episode number")

# ---- en_04: a patent application's specification and claims with the examiner's office action and my check table ----
f = "en_04"
L8, MX, L32, L70 = "llama3-8b", "mixtral-8x7b", "llama3.2-3b", "llama3-70b"
H1 = 3.35e12
SCALE.update({"tokens per second": 1, "seconds": 1})
LOR8 = lora(32, 8, [(4096, 4096), (4096, 1024)])
A = "**[0012]** In one embodiment"
claim(f, "8,030,261,248 parameters", "params", "params", N[L8], H, anchor=A)
A = "which occupies 16.06 GB when stored in bf16"
claim(f, "16.06 GB", "weights", "GB", W(L8, "bf16"), H, anchor=A)
claim(f, "32.1 GB", "weights", "GB", W(L8, "fp32"), H, anchor=A)
claim(f, "8.03 GB", "weights", "GB", W(L8, "int4"), X, "wrong_dtype", anchor="**[0013]**", note="int8 size; int4 4.02 GB")
claim(f, "512 KiB per token", "kv_cache_per_token", "KiB", KVT(L8), X, "off_2x", anchor="**[0014]**", note="32 query heads; 128 KiB")
claim(f, "4 GiB", "kv_cache_total", "GiB", KV(L8, 8192), X, "off_2x", anchor="8,192 tokens requires 4 GiB.", note="1 GiB")
A = "**[0015]**"
claim(f, "46.7 billion", "params", "billion", N[MX], H, anchor=A)
A = "total parameters and 12.9 billion active parameters"
claim(f, "12.9 billion", "params", "billion", ACTIVE_M7, H, anchor=A)
claim(f, "93.4 GB", "weights", "GB", ACTIVE_M7 * 2, X, "wrong_kind", anchor=A, note="stored total; a step reads 25.8 GB")
claim(f, "26.8 Gbit/s", "bandwidth", "Gbit/s", H1, X, "wrong_unit", anchor="**[0016]**", note="26.8 Tbit/s")
claim(f, "209 tokens per second", "throughput", "tokens per second", H1 / W(L8, "bf16"), H, anchor="**[0017]**")
claim(f, "35.9 tokens per second", "throughput", "tokens per second", H1 / (ACTIVE_M7 * 2), X, "wrong_kind", anchor="**[0018]**", note="whole MoE file; 130")
A = "3,212,749,824 parameters and a key-value cache"
claim(f, "3,212,749,824 parameters", "params", "params", N[L32], H, anchor=A)
claim(f, "112 KiB per token", "kv_cache_per_token", "KiB", KVT(L32), H, anchor=A)
A = "**[0020]**"
claim(f, "6.4 GB", "weights", "GB", W(L32, "bf16"), H, anchor=A)
claim(f, "6.4 GiB", "weights", "GiB", W(L32, "bf16"), X, "gb_as_gib", anchor=A, note="6.43 GB = 5.98 GiB")
A = "embodiment to 8.03 GB and doubles the throughput bound"
claim(f, "8.03 GB", "weights", "GB", W(L8, "bf16") / 2, H, anchor=A)
claim(f, "417 tokens per second", "throughput", "tokens per second", H1 / (W(L8, "bf16") / 2), H, anchor=A)
A = "state, or 64.2 GB per accelerator"
claim(f, "64.2 GB per accelerator", "training", "GB", zero(N[L8], 2, 3), H, anchor=A)
claim(f, "128.5 GB", "training", "GB", 16 * N[L8], H, anchor="precision requires 128.5 GB of model")
claim(f, "16.1 GB", "training", "GB", zero(N[L8], 8, 1), X, "off_2x", anchor="**[0023]**", note="44.2 GB")
claim(f, "3,407,872", "params", "params", LOR8, H, anchor="**[0024]**")
claim(f, "13.6 MB", "weights", "MB", LOR8 * 2, X, "wrong_dtype", anchor="trainable parameters, occupying 13.6 MB", note="fp32 size; bf16 6.8 MB")
claim(f, "54.5 MB", "training", "MB", LOR8 * 16, H, anchor="**[0025]**")
claim(f, "3.25 GB", "activations", "GB", act(L8, 4096, 1, "none", layers=1), H, anchor="**[0026]**")
claim(f, "1.07 GB", "activations", "GB", act(L8, 4096, 1, "full"), H, anchor="recomputation, and all 32 layers occupy 1.07 GB")
claim(f, "18.3 GB", "activations", "GB", act(L8, 4096, 1, "flash"), H, anchor="**[0027]**")
claim(f, "7.2 \\times 10^{23}", "flops", "FLOP", 6 * N[L8] * 15e12, H, anchor="**[0028]**")
claim(f, "48.2 GFLOP", "flops", "GFLOP", 2 * N[L8], X, "off_2x", anchor="**[0029]**", note="6N for 2N; 16.1 GFLOP")
claim(f, "4.8 × 10¹⁶ FLOP", "flops", "FLOP", 2 * N[L8] * 1e6, X, "off_2x", anchor="4.8 × 10¹⁶ FLOP.", note="1.6e16")
A = "**[0030]**"
claim(f, "4.91 GB", "quantized_file", "GB", GG(L8, "Q4_K_M"), H, rel=0.02, anchor=A)
claim(f, "4.58 GiB", "quantized_file", "GiB", GG(L8, "Q4_K_M"), H, rel=0.02, anchor=A)
claim(f, "4.27 GB", "quantized_file", "GB", GG(L8, "Q8_0"), X, "off_2x", anchor="type Q8_0 of 4.27 GB.", note="8.53 GB")
claim(f, "0.49 seconds", "time", "seconds", GG(L8, "Q4_K_M") / 1.25e9, X, "wrong_unit", anchor="**[0031]**", note="Gbit/s read as GB/s; 3.9 s")
claim(f, "141.1 GB", "weights", "GB", W(L70, "bf16"), H, anchor="**[0032]**")
A = "key-value heads give 320 KiB per token"
claim(f, "320 KiB per token", "kv_cache_per_token", "KiB", KVT(L70), H, anchor=A)
claim(f, "40 GiB", "kv_cache_total", "GiB", KV(L70, 8192, 16), H, anchor=A)
A = "**[0033]**"
claim(f, "70.6 GB", "weights", "GB", W(L70, "fp8"), H, anchor=A)
claim(f, "65.7 GiB", "weights", "GiB", W(L70, "fp8"), H, anchor=A)
claim(f, "14 GiB", "kv_cache_total", "GiB", KV(L32, 8192, 16), H, anchor="**[0034]**")
claim(f, "1,364 tokens per second", "throughput", "tokens per second", H1 / GG(L8, "Q4_K_M"), X, "off_2x", anchor="**[0035]**", note="682")
claim(f, "128 KiB per token", "kv_cache_per_token", "KiB", KVT(L8), H, anchor="2. The method of claim 1, wherein the key-value cache occupies")
claim(f, "1 GiB", "kv_cache_total", "GiB", KV(L8, 8192, 4), X, "off_2x", anchor="3. The method of claim 1", note="batch dropped; 4 GiB")
claim(f, "16.06 GB", "weights", "GB", W(L8, "int8"), X, "wrong_dtype", anchor="4. The method of claim 1", note="bf16 size; int8 8.03 GB")
claim(f, "104 tokens per second", "throughput", "tokens per second", H1 / W(L8, "bf16"), X, "wrong_dtype", anchor="5. The method of claim 1", note="fp32 ceiling; bf16 209")
claim(f, "4.02 GB", "weights", "GB", W(L8, "bf16") / 4, H, anchor="6. The method of claim 1")
claim(f, "209 tokens per second", "throughput", "tokens per second", H1 / (W(L8, "bf16") / 4), X, "per_gpu", anchor="7. The method of claim 6", note="whole model at 4-way partition; 834")
A = "8. The method of claim 1, wherein a mixture-of-experts model"
claim(f, "25.8 GB", "weights", "GB", ACTIVE_M7 * 2, H, anchor=A)
claim(f, "93.4 GB", "weights", "GB", W(MX, "bf16"), H, anchor=A)
claim(f, "8.03 GB", "weights", "GB", W(L8, "int8"), H, anchor="> ¶[0013]: 8.03 GB is one byte per parameter", note="re-attributed to one byte per parameter")
for row, cells in (("| ¶[0013] |", [("4.02 GB", "weights", "GB", W(L8, "int4"))]),
                   ("| ¶[0014] |", [("128 KiB per token", "kv_cache_per_token", "KiB", KVT(L8)), ("1 GiB", "kv_cache_total", "GiB", KV(L8, 8192))]),
                   ("| ¶[0016] |", [("26.8 Tbit/s", "bandwidth", "Tbit/s", H1)]),
                   ("| ¶[0018] |", [("130 tok/s", "throughput", "tok/s", H1 / (ACTIVE_M7 * 2))]),
                   ("| ¶[0020] |", [("5.98 GiB", "weights", "GiB", W(L32, "bf16"))]),
                   ("| ¶[0023] |", [("44.2 GB", "training", "GB", zero(N[L8], 8, 1))]),
                   ("| ¶[0024] |", [("6.8 MB", "weights", "MB", LOR8 * 2)]),
                   ("| ¶[0029] |", [("16.1 GFLOP", "flops", "GFLOP", 2 * N[L8]), ("1.6 × 10¹⁶ FLOP", "flops", "FLOP", 2 * N[L8] * 1e6)]),
                   ("| ¶[0030] |", [("8.53 GB", "quantized_file", "GB", GG(L8, "Q8_0"))]),
                   ("| ¶[0031] |", [("3.9 s", "time", "s", GG(L8, "Q4_K_M") / 1.25e9)]),
                   ("| ¶[0035] |", [("682 tok/s", "throughput", "tok/s", H1 / GG(L8, "Q4_K_M"))]),
                   ("| claim 3 |", [("4 GiB", "kv_cache_total", "GiB", KV(L8, 8192, 4))]),
                   ("| claim 4 |", [("8.03 GB", "weights", "GB", W(L8, "int8"))]),
                   ("| claim 5 |", [("209 tok/s", "throughput", "tok/s", H1 / W(L8, "bf16"))]),
                   ("| claim 7 |", [("834 tok/s", "throughput", "tok/s", H1 / (W(L8, "bf16") / 4))])):
    for fig, kind, unit, val in cells:
        claim(f, fig, kind, unit, val, H, anchor=row, rel=0.02 if row in ("| ¶[0030] |", "| ¶[0031] |", "| ¶[0035] |") else None, note="my check table, corrected value")
non(f, "application: \"17/884,213\"", "application number")
non(f, "publication: \"US 2027/0114382 A1\"", "publication number")
non(f, "filed: 2026-02-19", "date")
non(f, "office_action_mailed: 2027-06-03", "date")
non(f, "response_due: 2027-09-03", "date")
non(f, "art_unit: 2125", "art unit")
non(f, "attorney_docket: \"LAT-0042-US\"", "docket number")
non(f, "claims_total: 8", "claim count")
non(f, "independent_claims: [1]", "claim number")
non(f, "  first: {model: Llama-3-8B, params: 8030261248", "config inputs")
non(f, "  third: {model: Llama-3.2-3B, hidden: 3072", "config inputs")
non(f, "  accelerator: {memory: \"80 GiB\"", "hardware spec")
non(f, "aliases: [the serving patent, OA 1 notes", "application number")
non(f, "title: \"US 2027/0114382 A1", "publication number")
non(f, "# US 2027/0114382 A1", "publication number")
non(f, "> Claims 3, 4, 5 and 7 were rejected", "claim numbers")
non(f, "1. A method of serving a language model", "claim number")
non(f, "## Office action (mailed 2027-06-03)", "date")
non(f, "> ¶[0014] and claim 3: the cache uses the 32 query heads", "paragraph and claim numbers, head counts, batch")
non(f, "> ¶[0015], ¶[0018]: a mixture-of-experts", "paragraph numbers")
non(f, "> ¶[0016]: a terabyte per second is eight terabits", "paragraph number")
non(f, "> ¶[0023]: ZeRO stage 1 partitions", "paragraph number, stage, device count")
non(f, "> ¶[0029]: the factor 6 is for training", "paragraph numbers, factor")
non(f, "> ¶[0030], ¶[0031], ¶[0035]: inconsistent", "paragraph numbers, MPEP section")
non(f, "> Claims 4, 5 and 7 are rejected under 35 U.S.C. 112(b)", "claim numbers, statute")
non(f, "Everything else checks out, including ¶[0022]", "paragraph numbers")
non(f, "[^1]: Docket reminder set for 2027-08-20", "date, fee")
non(f, "I was asked by counsel ([[In-house counsel]], docket `LAT-0042-US`)", "docket number")
non(f, "- Send the corrected table to counsel by 2027-07-15.", "date")
non(f, "- Draft amended claims 3, 4, 5 and 7", "claim numbers")
non(f, "**[0019]** In a third embodiment", "paragraph number, model name")
non(f, "**[0021]** Tensor-parallel execution over two accelerators", "paragraph number")

# ---- en_05: a model card's hardware and training sections under review, with the Community tab's sizing threads ----
f = "en_05"
GR = "granite-3.1-8b"
NG = N[GR]
H1 = 3.35e12
CG = 6 * NG * 3.6e9
TG = CG / (8 * 0.4 * 989e12)
LOG = lora(40, 16, [(4096, 4096), (4096, 1024), (4096, 1024), (4096, 4096)])
G2 = dict(rel=0.02)
A = "| bf16 safetensors | 16.34 |"
claim(f, "16.34", "weights", "GB", W(GR, "bf16"), H, anchor=A)
claim(f, "15.22", "weights", "GiB", W(GR, "bf16"), H, anchor=A)
claim(f, "205", "throughput", "tok/s", H1 / W(GR, "bf16"), H, anchor=A)
A = "| Q8_0 GGUF | 8.68 |"
claim(f, "8.68", "quantized_file", "GB", GG(GR, "Q8_0"), H, anchor=A, **G2)
claim(f, "8.09", "quantized_file", "GiB", GG(GR, "Q8_0"), H, anchor=A, **G2)
claim(f, "386", "throughput", "tok/s", H1 / GG(GR, "Q8_0"), H, anchor=A, **G2)
A = "| Q4_K_M GGUF | 5.00 |"
claim(f, "5.00", "quantized_file", "GB", GG(GR, "Q4_K_M"), H, anchor=A, **G2)
claim(f, "4.66", "quantized_file", "GiB", GG(GR, "Q4_K_M"), H, anchor=A, **G2)
claim(f, "670", "throughput", "tok/s", H1 / GG(GR, "Q4_K_M"), H, anchor=A, **G2)
claim(f, "8,170,848,256", "params", "params", NG, H, anchor="- Parameters: 8,170,848,256")
A = "- KV cache (bf16): 2 × 40 layers × 8 KV heads"
claim(f, "160 KiB per token", "kv_cache_per_token", "KiB", KVT(GR), H, anchor=A)
claim(f, "5.0 GiB", "kv_cache_total", "GiB", KV(GR, 32768), H, anchor=A)
claim(f, "20 GiB", "kv_cache_total", "GiB", KV(GR, 131072), H, anchor=A)
A = "- On an 8 GB card, Q4_K_M leaves 3.3 GiB"
claim(f, "3.3 GiB", "arithmetic", "GiB", 8 * GIB - GG(GR, "Q4_K_M"), H, anchor=A, **G2)
claim(f, "about 21K tokens", "tokens", "K tokens", (8 * GIB - GG(GR, "Q4_K_M")) / KVT(GR), H, hedged=True, anchor=A)
claim(f, "16.3 GFLOP", "flops", "GFLOP", 2 * NG, H, anchor="- Inference compute: 2N = 16.3 GFLOP")
A = "- Minimum memory for bf16 inference at 32K: 20.2 GB"
claim(f, "20.2 GB", "arithmetic", "GB", W(GR, "bf16") + KV(GR, 32768), X, "gib_as_gb", anchor=A, note="20.2 GiB = 21.7 GB")
claim(f, "15.22 GiB", "weights", "GiB", W(GR, "bf16"), H, anchor=A)
claim(f, "5.0 GiB", "kv_cache_total", "GiB", KV(GR, 32768), H, anchor=A)
claim(f, "101 tok/s", "throughput", "tok/s", 1008e9 / GG(GR, "Q4_K_M"), X, "off_2x", anchor="- Q4_K_M ceiling on an RTX 4090", note="202")
claim(f, "3.6B tokens", "tokens", "B tokens", 1.2e9 * 3, H, anchor="- 1.2B unique tokens × 3 epochs")
claim(f, "1.76 \\times 10^{20}", "flops", "FLOP", CG, H, anchor="- Compute: $6 \\times 8.17")
A = "- Wall time on 8 × H100 at 40 % MFU"
claim(f, "15.5 hours", "time", "hours", TG, H, anchor=A)
claim(f, "124 GPU-hours", "time", "GPU-hours", 8 * TG / 3600, H, anchor=A)
A = "- Model state with mixed-precision Adam: 130.7 GB"
claim(f, "130.7 GB", "training", "GB", 16 * NG, H, anchor=A)
claim(f, "16.3 GB per GPU", "training", "GB", zero(NG, 8, 3), H, anchor=A)
claim(f, "91.3 GB", "activations", "GB", act(GR, 4096, 4, "flash"), H, anchor="- Activations per micro-batch of 4 × 4096 tokens")
claim(f, "5.4 GB", "activations", "GB", act(GR, 4096, 4, "full"), H, anchor="we used activation checkpointing (5.4 GB")
claim(f, "98 GB", "training", "GB", 12 * NG, H, anchor="- Each optimizer checkpoint (fp32 master weights")
claim(f, "32.7 GB", "weights", "GB", W(GR, "bf16"), X, "wrong_dtype", anchor="- Final model upload: 32.7 GB", note="fp32 size; bf16 16.3 GB")
claim(f, "8.2 GB", "weights", "GB", W(GR, "bf16"), X, "wrong_dtype", anchor="> bf16 is only 8.2 GB", note="int8 size; bf16 16.3 GB")
claim(f, "80 GiB", "kv_cache_total", "GiB", KV(GR, 131072), X, "off_2x", anchor="> With 32 heads the cache at the full context", note="32 query heads; 20 GiB")
A = "> 6ND with D = 1.2B gives 5.9 × 10¹⁹ FLOP"
claim(f, "5.9 × 10¹⁹ FLOP", "flops", "FLOP", CG, X, "off_2x", anchor=A, note="one epoch of tokens; 1.76e20")
claim(f, "3×", "ratio", "×", CG / (6 * NG * 1.2e9), H, anchor=A)
claim(f, "15.5 GPU-hours", "time", "GPU-hours", 8 * TG / 3600, X, "off_2x", anchor="> So it was 15.5 GPU-hours?", note="node-hours; 124 GPU-hours")
claim(f, "130.7 GB per GPU", "training", "GB", zero(NG, 8, 3), X, "per_gpu", anchor="> ZeRO-3 still needs 130.7 GB per GPU", note="total; 16.3 GB per GPU")
A = "> The card should say H100 has 3.35 Tbit/s."
claim(f, "3.35 Tbit/s", "bandwidth", "Tbit/s", H1, X, "wrong_unit", anchor=A, note="26.8 Tbit/s")
claim(f, "410 tok/s", "throughput", "tok/s", H1 / W(GR, "bf16"), X, "off_2x", anchor=A, note="205")
A = "> \"Granite-3.1-8B has 8.17B parameters."
claim(f, "8.17B parameters", "params", "B", NG, H, anchor=A, **Q)
claim(f, "32.7 GB", "weights", "GB", W(GR, "fp16"), X, "wrong_dtype", anchor=A, note="fp32 size; fp16 16.3 GB", **Q)
claim(f, "about 2.5 GB", "quantized_file", "GB", GG(GR, "Q4_K_M"), X, "off_2x", hedged=True, anchor=A, note="5.00 GB", **Q)
A = "> The KV cache at 128K context is 20.0 GB."
claim(f, "20.0 GB", "kv_cache_total", "GB", KV(GR, 131072), X, "gib_as_gb", anchor=A, note="20 GiB = 21.5 GB", **Q)
claim(f, "34.1M", "params", "M", LOG, X, "off_2x", anchor=A, note="17.0M", **Q)
claim(f, "17.0M parameters", "params", "M", LOG, H, anchor="↳ **lattice-team:** Only the first sentence holds.")
A = "(34.1 MB of bf16 adapter)"
claim(f, "34.1 MB", "weights", "MB", LOG * 2, H, anchor=A)
claim(f, "16.3 GB", "weights", "GB", W(GR, "bf16"), H, anchor=A)
claim(f, "273 MB", "training", "MB", LOG * 16, H, anchor="273 MB of adapter state.")
claim(f, "160 GiB", "kv_cache_total", "GiB", KV(GR, 131072, 8), H, anchor="> For 8 concurrent users at 128K")
claim(f, "16.3 GB per GPU", "training", "GB", zero(NG, 8, 1), X, "off_2x", anchor="> With ZeRO-1 on the same 8 GPUs", note="ZeRO-3 figure; ZeRO-1 44.9 GB")
A = "> The table says Q8_0 is 8.09 GB in the GiB column"
claim(f, "8.09 GB", "quantized_file", "GB", GG(GR, "Q8_0"), X, "gib_as_gb", anchor=A, note="8.09 GiB = 8.68 GB")
claim(f, "8.68 GB", "quantized_file", "GB", GG(GR, "Q8_0"), H, anchor=A, **G2)
A = "↳ **lattice-team:** Both; 8.68 GB is 8.09 GiB."
claim(f, "8.68 GB", "quantized_file", "GB", GG(GR, "Q8_0"), H, anchor=A, **G2)
claim(f, "8.09 GiB", "quantized_file", "GiB", GG(GR, "Q8_0"), H, anchor=A, **G2)
A = "- [x] Say \"node-hours (15.5) = 124 GPU-hours\""
claim(f, "15.5", "time", "hours", TG, H, anchor=A)
claim(f, "124 GPU-hours", "time", "GPU-hours", 8 * TG / 3600, H, anchor=A)
non(f, "card_revision: 3", "revision number")
non(f, "reviewed: 2027-07-08", "date")
non(f, "downloads_last_month: 12734", "download count")
non(f, "likes: 88", "like count")
non(f, "license: apache-2.0", "license version")
non(f, "base_model: ibm-granite/granite-3.1-8b-base", "model name")
non(f, "base_config: {hidden: 4096", "config inputs")
non(f, "  tokens_unique: 1.2e9", "training input")
non(f, "  epochs: 3", "training input")
non(f, "  gpus: \"8 × H100 SXM\"", "hardware spec")
non(f, "  peak_bf16_tflops: 989", "hardware spec")
non(f, "  mfu: 0.40", "training input")
non(f, "  zero_stage: 3", "training input")
non(f, "emissions: {kwh: 96", "energy, emissions")
non(f, "serving_reference: {gpu: \"H100 SXM\"", "hardware spec")
non(f, "## The card's \"Hardware requirements\" section (revision 3", "revision number")
non(f, "- Energy 96 kWh, 38 kg CO₂eq", "energy, emissions, date")
non(f, "$$t = \\frac{6ND}", "formula with free variables")
non(f, "## Community tab (12 open discussions", "discussion count")
non(f, "**#14 · \"Runs on my 8 GB 4060?\"", "discussion number, hardware")
non(f, "**#17 · \"KV cache at 128K\"", "discussion number, context")
non(f, "**#19 · \"Your FLOP count\"", "discussion number")
non(f, "**#21 · \"Cost\"", "discussion number")
non(f, "**#22 · \"ZeRO\"", "discussion number")
non(f, "**#23 · \"Bandwidth typo?\"", "discussion number")
non(f, "**#25 · \"Asked HuggingChat\"", "discussion number")
non(f, "**#26 · \"Multi-user\"", "discussion number")
non(f, "**#28 · \"ZeRO-1 instead?\"", "discussion number")
non(f, "**#31 · \"Which Q8_0 size?\"", "discussion number")
non(f, "- [x] Add \"tokens seen\" to the training table (answers #19)", "discussion number")
non(f, "- [ ] Link the GQA explanation (answers #17)", "discussion number, date")
non(f, "- [ ] Pin #25 with the corrected figures.", "discussion number")
non(f, "[^1]: Card revision history", "dates, revision numbers")
non(f, "Our team publishes the card ([[Granite 3.1 8B]] fine-tune); before revision 4", "revision number")
non(f, "  full 131,072-token context.", "context input")
non(f, "| format | file size (GB) | file size (GiB) |", "table header with units")
non(f, "## What changes in revision 4", "revision number")

# ---- ru_01: протокол заседания кафедры о закупке GPU-сервера (доклад, таблица со слайда, прения, ИИ-помощник, постановили) ----
f = "ru_01"
L7, Q32, QW, MX = "llama3-70b", "qwen2.5-32b", "qwen2.5-7b", "mixtral-8x7b"
H1, LS, R49 = 3.35e12, 864e9, 1008e9
LOQ = lora(64, 16, [(5120, 5120), (5120, 1024)])
claim(f, "70,6 ГБ", "weights", "ГБ", W(L7, "bf16"), X, "wrong_dtype", anchor="- Llama-3-70B в bf16 занимает 70,6 ГБ", note="размер fp8; bf16 141,1 ГБ")
A = "- KV-кэш — 2,5 МиБ на токен"
claim(f, "2,5 МиБ", "kv_cache_per_token", "МиБ", KVT(L7), X, "off_2x", anchor=A, note="64 головы запросов; 320 КиБ")
claim(f, "200 ГиБ", "kv_cache_total", "ГиБ", KV(L7, 4096, 20), X, "off_2x", anchor=A, note="25 ГиБ")
claim(f, "47,5 ток/с", "throughput", "ток/с", H1 / W(L7, "bf16"), X, "wrong_dtype", anchor="- Потолок генерации в bf16 на одной H100", note="потолок fp8; bf16 23,7")
A = "- Qwen2.5-32B имеет 32,8 млрд параметров"
claim(f, "32,8 млрд", "params", "млрд", N[Q32], H, anchor=A)
claim(f, "65,5 ГБ", "weights", "ГБ", W(Q32, "bf16"), H, anchor=A)
claim(f, "32,8 ГБ", "weights", "ГБ", W(Q32, "int4"), X, "wrong_dtype", anchor=A, note="размер int8; int4 16,4 ГБ")
A = "- Полное дообучение Qwen2.5-32B: 16 байт на параметр"
claim(f, "524 ГБ", "training", "ГБ", 16 * N[Q32], H, anchor=A)
claim(f, "524 ГБ на карту", "training", "ГБ", zero(N[Q32], 4, 3), X, "per_gpu", anchor=A, note="сумма; ZeRO-3 на 4 картах 131 ГБ на карту")
claim(f, "864 Гбит/с", "bandwidth", "Гбит/с", LS, X, "wrong_unit", anchor="- Пропускная способность памяти L40S — 864 Гбит/с.", note="864 ГБ/с = 6912 Гбит/с")
claim(f, "13,2 ток/с", "throughput", "ток/с", LS / (W(Q32, "bf16") / 4), X, "per_gpu", anchor="- Четыре L40S при TP = 4", note="вся модель при TP = 4; 52,7")
claim(f, "93,4 ГБ", "weights", "ГБ", ACTIVE_M7 * 2, X, "wrong_kind", anchor="- Mixtral-8x7B на каждом токене читает", note="хранится 93,4 ГБ, читается 25,8 ГБ")
claim(f, "47,5", "throughput", "ток/с", H1 / (W(L7, "fp8") / 2), X, "per_gpu", anchor="| 2 × H100 | 80 |", note="вся модель при TP = 2; 95,0")
claim(f, "12,2", "throughput", "ток/с", LS / (W(L7, "fp8") / 4), X, "per_gpu", anchor="| 4 × L40S | 48 |", note="вся модель при TP = 4; 49,0")
claim(f, "114,3", "throughput", "ток/с", R49 / (W(L7, "fp8") / 8), H, anchor="| 8 × RTX 4090 | 24 |")
A = "**Проф. Соколова Н. В.** указала"
claim(f, "141,1 ГБ", "weights", "ГБ", W(L7, "bf16"), H, anchor=A)
claim(f, "70,6 ГБ", "weights", "ГБ", W(L7, "fp8"), H, anchor=A, note="отнесено к fp8")
claim(f, "52,7 ток/с", "throughput", "ток/с", LS / (W(Q32, "bf16") / 4), H, anchor="поэтому потолок 52,7 ток/с.")
claim(f, "192 ГБ", "arithmetic", "ГБ", 8 * 24e9, H, anchor="**Асп. Ли В. Д.** предложил")
claim(f, "21,6 ГБ", "quantized_file", "ГБ", GG(L7, "Q4_K_M"), X, "off_2x", anchor="- Llama-3-70B в Q4_K_M — 21,6 ГБ", note="43,2 ГБ")
claim(f, "46,7 ток/с", "throughput", "ток/с", R49 / GG(L7, "Q4_K_M"), X, "per_gpu", anchor="- При разбиении по слоям на 2 карты", note="при разбиении по слоям файл читается целиком; 23,4")
A = "- Для сравнения, Qwen2.5-7B на одной 4090"
claim(f, "15,2", "weights", "ГБ", W(QW, "bf16"), H, anchor=A)
claim(f, "66,2 ток/с", "throughput", "ток/с", R49 / W(QW, "bf16"), H, anchor=A)
claim(f, "392 КиБ", "kv_cache_per_token", "КиБ", KVT(QW), X, "off_2x", anchor="- KV-кэш Qwen2.5-7B — 392 КиБ", note="28 голов запросов; 56 КиБ")
claim(f, "8,4 млн", "params", "млн", LOQ, X, "off_2x", anchor="- LoRA r = 16 на q и v для Qwen2.5-32B", note="16,8 млн")
A = "> «Для Llama-3-70B в fp16 нужно 280 ГБ"
claim(f, "280 ГБ", "weights", "ГБ", W(L7, "fp16"), X, "wrong_dtype", anchor=A, note="размер fp32; fp16 141,1 ГБ", **Q)
claim(f, "26,8 Тбит/с", "bandwidth", "Тбит/с", H1, H, anchor=A, **Q)
A = "> Mixtral-8x7B в int8 займёт 46,7 ГБ"
claim(f, "46,7 ГБ", "weights", "ГБ", W(MX, "int8"), H, anchor=A, **Q)
claim(f, "10 ГБ", "quantized_file", "ГБ", GG(Q32, "Q4_K_M"), X, "off_2x", anchor=A, note="20,0 ГБ", **Q)
claim(f, "320 КиБ на токен", "kv_cache_per_token", "КиБ", KVT(L7), H, anchor="выходит 320 КиБ на токен.")
A = "1. Закупить сервер 2 × H100 80 ГБ."
claim(f, "131,4 ГиБ", "weights", "ГиБ", W(L7, "bf16"), H, anchor=A)
claim(f, "65,7 ГиБ", "weights", "ГиБ", W(L7, "bf16") / 2, H, anchor=A)
claim(f, "47,5 ток/с", "throughput", "ток/с", H1 / (W(L7, "bf16") / 2), H, anchor="   при TP = 2 — 47,5 ток/с.")
A = "2. Кэш для 20 пользователей"
claim(f, "25 ГиБ", "kv_cache_total", "ГиБ", KV(L7, 4096, 20), H, anchor=A)
claim(f, "12,5 ГиБ", "kv_cache_total", "ГиБ", KV(L7, 4096, 20) / 2, H, anchor=A)
A = "   80 − 65,7 − 12,5 = 1,8 ГиБ"
claim(f, "65,7", "weights", "ГиБ", W(L7, "bf16") / 2, H, anchor=A)
claim(f, "12,5", "kv_cache_total", "ГиБ", KV(L7, 4096, 20) / 2, H, anchor=A)
claim(f, "1,8 ГиБ", "arithmetic", "ГиБ", 80 * GIB - W(L7, "bf16") / 2 - KV(L7, 4096, 20) / 2, H, anchor=A)
claim(f, "1,13 ТБ", "training", "ТБ", 16 * N[L7], H, anchor="3. Полное дообучение 70B")
claim(f, "16,8 млн", "params", "млн", LOQ, H, anchor="4. Дообучение Qwen2.5-32B выполнять методом LoRA")
non(f, "protokol: 7", "номер протокола")
non(f, "data: 2027-09-24", "дата")
non(f, "nachalo: \"15:30\"", "время")
non(f, "okonchanie: \"17:05\"", "время")
non(f, "prisutstvovali: 14", "число присутствующих")
non(f, "byudzhet_rub: 9800000", "бюджет")
non(f, "  - {nazvanie: \"2 × H100 SXM\"", "характеристики оборудования")
non(f, "  - {nazvanie: \"4 × L40S\"", "характеристики оборудования")
non(f, "  - {nazvanie: \"8 × RTX 4090\"", "характеристики оборудования")
non(f, "  llama-3-70b: {sloi: 80", "входные параметры конфигурации")
non(f, "  qwen2.5-32b: {hidden: 5120", "входные параметры конфигурации")
non(f, "svyazannye: [\"[[Заявка на сервер 2027]]\"", "вики-ссылка с годом")
non(f, "title: \"Протокол № 7", "номер протокола")
non(f, "aliases: [протокол 7", "номер протокола, год")
non(f, "# Протокол № 7 заседания кафедры", "номер протокола")
non(f, "Дата: 24.09.2027, ауд. 512.", "дата, аудитория, число присутствующих")
non(f, "1. О закупке вычислительного сервера", "пункт повестки")
non(f, "2. Разное.", "пункт повестки")
non(f, "Иванов сообщил, что лаборатории нужен сервер", "входные требования")
non(f, "Таблица со слайда 6 (единицы в шапке):", "номер слайда")
non(f, "| вариант | память на карту, ГБ |", "шапка таблицы с единицами")
non(f, "считать по 8 KV-головам, а не по 64 головам запросов.", "число голов, TP")
non(f, "**Зав. лабораторией Орлова Е. М.** сообщила", "цена")
non(f, "срок поставки 10 недель; на 4 × L40S — 7,2 млн руб.", "цена, сроки")
non(f, "5. Поручить доц. Иванову", "дата")
non(f, "Голосовали: «за» — 11", "голоса")
non(f, "[^1]: Выписка из протокола направлена", "дата, входящий номер")

# ---- ru_02: отчёт о командировке на конференцию (цифры докладов и стендов с ✔/✘, бот конференции, выводы, расходы) ----
f = "ru_02"
DS, L1, Q8, Q3, L405, ML2, G9 = "deepseek-v3", "llama3.2-1b", "qwen3-8b", "qwen3-32b", "llama3.1-405b", "mistral-large-2", "gemma2-9b"
H1, H2, M3MAX = 3.35e12, 4.8e12, 400e9
SCALE.update({"суток": 86400, "млн GPU-часов": 1e6, "МБ": 1e6, "ТБ": 1e12, "карты": 1})
C405 = 6 * N[L405] * 15.6e12
T405 = C405 / (16384 * 0.4 * 989e12)
A = "- «671 млрд параметров, из них активных 37 млрд.»"
claim(f, "671 млрд", "params", "млрд", N[DS], H, anchor=A)
claim(f, "37 млрд", "params", "млрд", ACTIVE_DSV3, H, anchor=A)
A = "- «В fp8 веса занимают 671 ГБ, то есть 671 ГиБ.»"
claim(f, "671 ГБ", "weights", "ГБ", W(N[DS], "fp8"), H, anchor=A)
claim(f, "671 ГиБ", "weights", "ГиБ", W(N[DS], "fp8"), X, "gb_as_gib", anchor=A, note="671 ГБ = 625 ГиБ")
claim(f, "74 ГБ", "weights", "ГБ", W(ACTIVE_DSV3, "fp8"), X, "wrong_dtype", anchor="- «На каждый токен читается 74 ГБ весов.»", note="bf16 активных; в fp8 37 ГБ")
A = "- «MLA-кэш — 68,6 КиБ на токен в bf16"
claim(f, "68,6 КиБ", "kv_cache_per_token", "КиБ", MLA_DSV3 * 2, H, anchor=A)
claim(f, "8,6 ГиБ", "kv_cache_total", "ГиБ", MLA_DSV3 * 2 * 131072, H, anchor=A)
claim(f, "130 ток/с", "throughput", "ток/с", H2 / (W(ACTIVE_DSV3, "fp8") / 8), X, "per_gpu", anchor="- «Потолок на узле 8 × H200 при TP = 8 — 130 ток/с.»", note="все активные веса на одну карту; 1038")
A = "- «Llama-3.2-1B в bf16 — 1,24 ГБ, в Q4_K_M — 0,38 ГБ.»"
claim(f, "1,24 ГБ", "weights", "ГБ", W(L1, "bf16"), X, "wrong_dtype", anchor=A, note="размер int8; bf16 2,47 ГБ")
claim(f, "0,38 ГБ", "quantized_file", "ГБ", GG(L1, "Q4_K_M"), X, "off_2x", anchor=A, note="0,76 ГБ")
A = "- «Кэш Llama-3.2-1B — 32 КиБ на токен, на 128K — 4 ГиБ.»"
claim(f, "32 КиБ", "kv_cache_per_token", "КиБ", KVT(L1), H, anchor=A)
claim(f, "4 ГиБ", "kv_cache_total", "ГиБ", KV(L1, 131072), H, anchor=A)
A = "- «На M3 Max Q4_K_M этой модели даёт до 529 ток/с.»"
claim(f, "529 ток/с", "throughput", "ток/с", M3MAX / GG(L1, "Q4_K_M"), H, rel=0.02, anchor=A)
claim(f, "0,76 ГБ", "quantized_file", "ГБ", GG(L1, "Q4_K_M"), H, rel=0.02, anchor=A)
A = "- «Qwen3-8B: 8,19 млрд параметров"
claim(f, "8,19 млрд", "params", "млрд", N[Q8], H, anchor=A)
claim(f, "16,4 ГБ", "weights", "ГБ", W(Q8, "bf16"), H, anchor=A)
claim(f, "576 КиБ", "kv_cache_per_token", "КиБ", KVT(Q8), X, "off_2x", anchor=A, note="32 головы запросов; 144 КиБ")
A = "- «Qwen3-8B в Q4_K_M — 10,0 ГБ, на M3 Max — 40 ток/с.»"
claim(f, "10,0 ГБ", "quantized_file", "ГБ", GG(Q8, "Q4_K_M"), X, "off_2x", anchor=A, note="5,0 ГБ")
claim(f, "40 ток/с", "throughput", "ток/с", M3MAX / GG(Q8, "Q4_K_M"), X, "off_2x", anchor=A, note="79,8")
claim(f, "3,8 × 10²⁵ FLOP", "flops", "FLOP", C405, H, anchor="- «Llama-3.1-405B: 15,6 трлн токенов")
A = "- «На 16¦384 H100 при MFU 40 %"
claim(f, "68 суток", "time", "суток", T405, H, anchor=A)
claim(f, "1,1 млн GPU-часов", "time", "млн GPU-часов", 16384 * T405 / 3600, X, "off_2x", anchor=A, note="это GPU-сутки; 26,7 млн GPU-часов")
A = "- «Состояние модели — 6,5 ТБ"
claim(f, "6,5 ТБ", "training", "ТБ", 16 * N[L405], H, anchor=A)
claim(f, "396 МБ на карту", "training", "МБ", zero(N[L405], 16384, 3), H, anchor=A)
claim(f, "около 400 МБ", "training", "МБ", zero(N[L405], 16384, 1), X, "off_2x", hedged=True, anchor=A, note="ZeRO-1: 1,62 ТБ на карту")
A = "- «Веса: 812 ГБ в bf16, 406 ГБ в fp8.»"
claim(f, "812 ГБ", "weights", "ГБ", W(L405, "bf16"), H, anchor=A)
claim(f, "406 ГБ", "weights", "ГБ", W(L405, "fp8"), H, anchor=A)
A = "- «Кэш — 504 КиБ на токен; на 8 пользователей по 128K — 63 ГиБ.»"
claim(f, "504 КиБ", "kv_cache_per_token", "КиБ", KVT(L405), H, anchor=A)
claim(f, "63 ГиБ", "kv_cache_total", "ГиБ", KV(L405, 131072, 8), X, "off_2x", anchor=A, note="батч забыт; 504 ГиБ")
claim(f, "8,3 ток/с", "throughput", "ток/с", H1 / (W(L405, "fp8") / 8), X, "per_gpu", anchor="- «На узле 8 × H100 в fp8 потолок — 8,3 ток/с.»", note="вся модель при TP = 8; 66,0")
A = "**Вендор ускорителей (48 ГБ на карту).**"
claim(f, "123 млрд", "params", "млрд", N[ML2], H, anchor=A)
claim(f, "123 ГБ", "weights", "ГБ", W(ML2, "bf16"), X, "wrong_dtype", anchor=A, note="размер fp8; bf16 245 ГБ")
A = "на одной нашей карте не поместится, нужно 3 карты.»"
claim(f, "3 карты", "arithmetic", "карты", -(-W(ML2, "fp8") // (48 * GIB)), H, anchor=A)
claim(f, "123 млрд", "params", "млрд", N[ML2], H, anchor=A)
claim(f, "123 ГБ", "weights", "ГБ", W(ML2, "fp8"), H, anchor=A, note="отнесено к fp8")
A = "114,2 ГиБ, так что 3 карты по 48 ГиБ ✔."
claim(f, "114,2 ГиБ", "weights", "ГиБ", W(ML2, "fp8"), H, anchor=A)
claim(f, "3 карты", "arithmetic", "карты", -(-W(ML2, "fp8") // (48 * GIB)), H, anchor=A)
A = "**Облачный провайдер.** «Gemma 2 9B в bf16 — 9,2 ГБ"
claim(f, "9,2 ГБ", "weights", "ГБ", W(G9, "bf16"), X, "wrong_dtype", anchor=A, note="размер int8; bf16 18,5 ГБ")
claim(f, "336 КиБ", "kv_cache_per_token", "КиБ", KVT(G9), H, anchor=A, note="без окна, как сказано")
A = "H200 — 4,8 ТБ/с, это 38,4 Гбит/с.»"
claim(f, "38,4 Гбит/с", "bandwidth", "Гбит/с", H2, X, "wrong_unit", anchor=A, note="38,4 Тбит/с")
claim(f, "9,2 ГБ", "weights", "ГБ", W(G9, "int8"), H, anchor=A, note="отнесено к int8")
claim(f, "336 КиБ", "kv_cache_per_token", "КиБ", KVT(G9), H, anchor=A)
A = "> «DeepSeek-V3 в bf16 занимает 671 ГБ."
claim(f, "671 ГБ", "weights", "ГБ", W(N[DS], "bf16"), X, "wrong_dtype", anchor=A, note="размер fp8; bf16 1342 ГБ", **Q)
claim(f, "45 ток/с", "throughput", "ток/с", H1 / (W(ACTIVE_DSV3, "fp8") / 8), X, "per_gpu", anchor=A, note="все активные веса в bf16 на одну карту; 724", **Q)
A = "> Активных параметров 37 млрд, это 5,5 % модели.»"
claim(f, "37 млрд", "params", "млрд", ACTIVE_DSV3, H, anchor=A, **Q)
claim(f, "5,5 %", "percentage", "%", 100 * ACTIVE_DSV3 / N[DS], H, anchor=A, **Q)
claim(f, "5,5 %", "percentage", "%", 100 * ACTIVE_DSV3 / N[DS], H, anchor="Проверка: ✘ bf16 вдвое больше;")
claim(f, "625 ГиБ", "weights", "ГиБ", W(N[DS], "fp8"), H, anchor="1. DeepSeek-V3 в fp8 — 625 ГиБ весов")
A = "2. Берём Qwen3-32B в bf16: 65,5 ГБ"
claim(f, "65,5 ГБ", "weights", "ГБ", W(Q3, "bf16"), H, anchor=A)
claim(f, "102 ток/с", "throughput", "ток/с", H1 / (W(Q3, "bf16") / 2), H, anchor=A)
claim(f, "256 КиБ", "kv_cache_per_token", "КиБ", KVT(Q3), H, anchor=A)
claim(f, "0,76 ГБ", "quantized_file", "ГБ", GG(L1, "Q4_K_M"), H, rel=0.02, anchor="3. Для демо на ноутбуках")
non(f, "daty: {s: 2027-09-14", "даты")
non(f, "prikaz: \"№ 412-к от 02.09.2027\"", "номер приказа, дата")
non(f, "  vznos: \"450 €\"", "расходы")
non(f, "  perelyot: \"38¦200 руб.\"", "расходы")
non(f, "  gostinica: \"4 ночи × 120 €\"", "расходы")
non(f, "  sutochnye: \"4 × 700 руб.\"", "расходы")
non(f, "nash_klaster: {gpu: \"8 × H100 SXM\"", "характеристики оборудования")
non(f, "  deepseek-v3: {params_total: 671B", "данные карточки модели")
non(f, "  qwen3-8b: {hidden: 4096", "входные параметры конфигурации")
non(f, "  qwen3-32b: {hidden: 5120", "входные параметры конфигурации")
non(f, "  llama-3.2-1b: {hidden: 2048", "входные параметры конфигурации")
non(f, "  mistral-large-2: {hidden: 12288", "входные параметры конфигурации")
non(f, "oborudovanie_na_dokladah: {h200:", "характеристики оборудования")
non(f, "title: \"Отчёт о командировке: конференция «Инференс-2027»", "год в названии")
non(f, "# Отчёт о командировке на конференцию «Инференс-2027»", "даты")
non(f, "Цель поездки — понять, какие модели", "конфигурация узла, год")
non(f, "11 докладов и 6 стендов", "число докладов и стендов")
non(f, "## Доклад 1. «MoE в проде", "номер доклада, дата, время")
non(f, "## Доклад 2. «Локальные LLM на ноутбуках»", "номер доклада, дата, время")
non(f, "## Доклад 3. Пленарный", "номер доклада, дата, время")
non(f, "> Заявка на тест Qwen3-32B — до 01.10.2027", "даты, номера слайдов")
non(f, "| оргвзнос | 450 € |", "расходы, дата")
non(f, "| перелёт | 38¦200 руб. |", "расходы")
non(f, "| гостиница | 480 € |", "расходы")
non(f, "| суточные | 2¦800 руб. |", "расходы")
non(f, "Итого к возмещению: 930 € и 41¦000 руб.", "расходы")
non(f, "[^1]: Авансовый отчёт № 77", "номер отчёта, дата")
non(f, "4. Запуск Qwen3-32B — через `vllm serve`", "пункт списка")
non(f, "aliases: [отчёт о поездке, Инференс-2027", "год в названии")

# ---- ru_03: чек-лист рецензента для статей о квантовании и его применение к рукописи (цитаты с вердиктами по пунктам) ----
f = "ru_03"
L8, M7, MX = "llama3-8b", "mistral-7b", "mixtral-8x7b"
R49 = 1008e9
SCALE.update({"раза": 1, "часа": 3600})
LO64 = lora(32, 64, [(4096, 4096), (4096, 1024), (4096, 1024), (4096, 4096), (4096, 14336), (4096, 14336), (14336, 4096)])
G2 = dict(rel=0.02)
A = "- «Модель содержит 8,03 млрд параметров"
claim(f, "8,03 млрд", "params", "млрд", N[L8], H, anchor=A)
claim(f, "16,1 ГБ", "weights", "ГБ", W(L8, "bf16"), H, anchor=A)
claim(f, "16,1 ГиБ", "weights", "ГиБ", W(L8, "bf16"), X, "gb_as_gib", anchor=A, note="16,1 ГБ = 14,96 ГиБ")
claim(f, "8,0 ГБ", "weights", "ГБ", W(L8, "int4"), X, "wrong_dtype", anchor="- «После квантования в int4 размер — 8,0 ГБ.»", note="размер int8; int4 4,0 ГБ")
A = "- «Q4_K_M-файл — 4,9 ГБ, Q3_K_L — 2,15 ГБ, Q2_K — 1,6 ГБ.»"
claim(f, "4,9 ГБ", "quantized_file", "ГБ", GG(L8, "Q4_K_M"), H, anchor=A, **G2)
claim(f, "2,15 ГБ", "quantized_file", "ГБ", GG(L8, "Q3_K_L"), X, "off_2x", anchor=A, note="4,31 ГБ")
claim(f, "1,6 ГБ", "quantized_file", "ГБ", GG(L8, "Q2_K"), X, "off_2x", anchor=A, note="3,17 ГБ")
claim(f, "69 %", "percentage", "%", 100 * (1 - BPW["Q4_K_M"] / 16), H, anchor="- «Экономия памяти при переходе с bf16 на Q4_K_M — 69 %.»")
A = "- «KV-кэш (fp16) — 128 КиБ на токен; при 8K и батче 16 — 2 ГиБ.»"
claim(f, "128 КиБ", "kv_cache_per_token", "КиБ", KVT(L8), H, anchor=A)
claim(f, "2 ГиБ", "kv_cache_total", "ГиБ", KV(L8, 8192, 16), X, "off_2x", anchor=A, note="батч забыт; 16 ГиБ")
A = "- «На RTX 4090 потолок генерации для Q4_K_M — 205 ток/с"
claim(f, "205 ток/с", "throughput", "ток/с", R49 / GG(L8, "Q4_K_M"), H, anchor=A, **G2)
claim(f, "125 ток/с", "throughput", "ток/с", R49 / W(L8, "bf16"), X, "wrong_dtype", anchor=A, note="потолок int8; bf16 62,8")
A = "- «7,24 млрд параметров, в fp16 — 29 ГБ.»"
claim(f, "7,24 млрд", "params", "млрд", N[M7], H, anchor=A)
claim(f, "29 ГБ", "weights", "ГБ", W(M7, "fp16"), X, "wrong_dtype", anchor=A, note="размер fp32; fp16 14,5 ГБ")
claim(f, "512 КиБ", "kv_cache_per_token", "КиБ", KVT(M7), X, "off_2x", anchor="- «KV-кэш — 512 КиБ на токен.»", note="32 головы запросов; 128 КиБ")
claim(f, "4 ГиБ", "kv_cache_total", "ГиБ", KV(M7, 4096), X, "off_2x", anchor="- «При контексте 32K кэш — 4 ГиБ", note="окно 4096 не учтено; 512 МиБ")
claim(f, "3,9 ГБ", "quantized_file", "ГБ", GG(M7, "Q3_K_L"), H, anchor="- «В Q3_K_L модель занимает 3,9 ГБ.»", **G2)
A = "- «46,7 млрд параметров; Q4_K_M-файл — 28,6 ГБ.»"
claim(f, "46,7 млрд", "params", "млрд", N[MX], H, anchor=A)
claim(f, "28,6 ГБ", "quantized_file", "ГБ", GG(MX, "Q4_K_M"), H, anchor=A, **G2)
A = "- «На каждый токен читается 7,9 ГБ"
claim(f, "7,9 ГБ", "quantized_file", "ГБ", ACTIVE_M7 * BPW["Q4_K_M"] / 8, H, anchor=A, **G2)
claim(f, "35 ток/с", "throughput", "ток/с", R49 / (ACTIVE_M7 * BPW["Q4_K_M"] / 8), X, "wrong_kind", anchor=A, note="по всему файлу MoE; 128")
claim(f, "64,2 ГБ", "training", "ГБ", 16 * N[L8], X, "off_2x", anchor="- «Полное дообучение Llama-3-8B в смешанной точности", note="8 байт/параметр; 128,5 ГБ")
claim(f, "8 ГБ на карту", "training", "ГБ", zero(N[L8], 8, 3), X, "off_2x", anchor="- «С ZeRO-3 на 8 GPU — 8 ГБ на карту.»", note="16,1 ГБ")
claim(f, "4,1 ГБ", "weights", "ГБ", N[L8] * NF4 / 8, H, anchor="- «QLoRA: база в NF4 с двойным квантованием")
A = "- «Адаптер r = 64 на всех семи матрицах слоя"
claim(f, "167,8 млн", "params", "млн", LO64, H, anchor=A)
claim(f, "2,7 ГБ", "training", "ГБ", LO64 * 16, H, anchor=A)
claim(f, "4,8 \\times 10^{20}", "flops", "FLOP", 6 * N[L8] * 1e10, H, anchor="- «Обучение на 10 млрд токенов")
claim(f, "4,2 часа", "time", "часа", 6 * N[L8] * 1e10 / (8 * 0.4 * 989e12), X, "off_2x", anchor="- «На 8 × H100 при MFU 40 % — 4,2 часа.»", note="42,3 часа")
claim(f, "3,3–5,1 раза", "ratio", "раза", [16 / BPW["Q4_K_M"], 16 / BPW["Q2_K"]], H, rng=True, anchor="- «Квантование сокращает память в 3,3–5,1 раза")
claim(f, "от 3,2 до 8,5 ГБ", "quantized_file", "ГБ", [GG(L8, "Q2_K"), GG(L8, "Q8_0")], H, rng=True, anchor="- «Размеры файлов Llama-3-8B — от 3,2 до 8,5 ГБ")
A = "> «Llama-3-8B в Q4_K_M весит 4,58 ГБ."
claim(f, "4,58 ГБ", "quantized_file", "ГБ", GG(L8, "Q4_K_M"), X, "gib_as_gb", anchor=A, note="4,58 ГиБ = 4,91 ГБ", **Q)
claim(f, "1 ГиБ", "kv_cache_total", "ГиБ", KV(L8, 8192), H, anchor=A, **Q)
claim(f, "28,6 ГБ", "quantized_file", "ГБ", ACTIVE_M7 * BPW["Q4_K_M"] / 8, X, "wrong_kind", anchor="> токен 28,6 ГБ.»", note="весь файл; читается 7,9 ГБ", **Q)
claim(f, "4,58", "quantized_file", "ГиБ", GG(L8, "Q4_K_M"), H, anchor="— п. 2: ✗ (4,58 — это ГиБ)", note="отнесено к ГиБ", **G2)
non(f, "versiya_cheklista: 3", "номер версии")
non(f, "obnovlen: 2027-10-02", "дата")
non(f, "  nomer: \"2027-118\"", "номер рукописи")
non(f, "  nazvanie: \"Сжатие Llama-3-8B", "название с диапазоном бит")
non(f, "  poluchena: 2027-09-19", "дата")
non(f, "  raund: 2", "номер раунда")
non(f, "  srok_recenzii: 2027-10-10", "дата")
non(f, "apparatura_v_rukopisi: {gpu: \"RTX 4090\"", "характеристики оборудования")
non(f, "opornye_bpw: {Q2_K: 3.1593", "справочные константы")
non(f, "svyazannye: [\"[[GGUF bits per weight]]\"", "вики-ссылка с номером")
non(f, "title: \"Чек-лист рецензента", "номер версии и рукописи")
non(f, "aliases: [чек-лист рецензента, рецензия 2027-118", "номер рукописи")
non(f, "# Чек-лист рецензента для статей о квантовании (версия 3)", "номер версии")
non(f, "Пользуюсь им с весны; версия 3 добавила пункты 10–12", "номера пунктов")
non(f, "1. **Размер весов**", "формула со свободными переменными")
non(f, "2. **ГБ или ГиБ**", "определение единиц")
non(f, "4. **KV-кэш** считается по KV-головам", "формула со свободными переменными")
non(f, "9. **Обучение**: 16 байт на параметр", "константа правила, свободная переменная")
non(f, "10. **FLOP**: $6ND$", "формулы со свободными переменными")
non(f, "## Применение к рукописи 2027-118", "номер рукописи, раунд")
non(f, "Цитаты — из версии рукописи от 19.09.2027", "дата")
non(f, "### Раздел 2 рукописи: Llama-3-8B", "номер раздела")
non(f, "- «Перплексия на WikiText-2 выросла", "измеренная перплексия")
non(f, "| 1–3 (размеры) | 6 |", "номера пунктов, число нарушений")
non(f, "| 4–6 (кэш) | 3 |", "номера пунктов, число нарушений")
non(f, "| 7–8 (потолки, MoE) | 3 |", "номера пунктов, число нарушений")
non(f, "| 9–11 (обучение) | 3 |", "номера пунктов, число нарушений")
non(f, "Рекомендация: **major revision**. Пятнадцать числовых ошибок на 14 страниц", "число страниц")
non(f, "этом показано аккуратно, оценка новизны — 3 из 5.", "оценка")
non(f, "> В раунде 1 (04.08.2027) ошибок было 19", "дата, число ошибок")
non(f, "[^1]: Шкала журнала", "шкала оценок, срок")

# ---- ru_04: претензия клиента хостинг-провайдеру и ответ поддержки (страница тарифа, расчёт стажёра, два письма, заключение) ----
f = "ru_04"
L7, MX = "llama3-70b", "mixtral-8x7b"
A1 = 2039e9
A = "> «Тариф GPU-A100: Llama-3-70B в fp16"
claim(f, "35 ГБ", "weights", "ГБ", W(L7, "fp16"), X, "wrong_dtype", anchor=A, note="размер int4; fp16 141,1 ГБ")
claim(f, "29 ток/с", "throughput", "ток/с", A1 / W(L7, "fp16"), X, "wrong_dtype", anchor=A, note="потолок int8; fp16 14,4")
A = "> Mixtral-8x7B в fp16 — 93,4 ГБ, 21,8 ток/с.»"
claim(f, "93,4 ГБ", "weights", "ГБ", W(MX, "fp16"), H, anchor=A)
claim(f, "21,8 ток/с", "throughput", "ток/с", A1 / (ACTIVE_M7 * 2), X, "wrong_kind", anchor=A, note="по всему файлу MoE; 79,2")
A = "> По нашим расчётам, Llama-3-70B в fp16 весит 70,6 ГБ"
claim(f, "70,6 ГБ", "weights", "ГБ", W(L7, "fp16"), X, "wrong_dtype", anchor=A, note="размер int8; fp16 141,1 ГБ")
claim(f, "5 ГиБ", "kv_cache_total", "ГиБ", KV(L7, 8192, 16), X, "off_2x", anchor=A, note="40 ГиБ")
A = "> Потолок по пропускной способности — 2039 ÷ 70,6 = 28,9 ток/с."
claim(f, "70,6", "weights", "ГБ", W(L7, "int8"), H, anchor=A, note="делитель; неверная посылка (fp16) — в строке выше")
claim(f, "28,9 ток/с", "arithmetic", "ток/с", A1 / W(L7, "int8"), H, anchor=A, note="частное 2039 ÷ 70,6")
claim(f, "141,1", "weights", "ГБ", W(L7, "fp16"), H, anchor="# 141,1 — ГБ в fp16")
claim(f, "65,7", "weights", "ГиБ", W(L7, "int8"), H, anchor="# 65,7 — ГиБ в int8")
claim(f, "2,5 МиБ", "kv_cache_per_token", "МиБ", KVT(L7), X, "off_2x", anchor="kv = 2 * 80 * 64 * 128 * 2", note="64 головы запросов; 320 КиБ")
claim(f, "320", "kv_cache_total", "ГиБ", KV(L7, 8192, 16), X, "off_2x", anchor="# 320 — ГиБ на 16 пользователей", note="40 ГиБ")
A = "> Llama-3-70B в fp16 — 141 ГБ и на одну A100 80 ГБ не помещается"
claim(f, "141 ГБ", "weights", "ГБ", W(L7, "fp16"), H, anchor=A)
claim(f, "70,6 ГБ", "weights", "ГБ", W(L7, "int8"), H, anchor=A)
A = "> Её потолок — 2039 ÷ 70,6 = 28,9 ток/с."
claim(f, "70,6", "weights", "ГБ", W(L7, "int8"), H, anchor=A)
claim(f, "28,9 ток/с", "throughput", "ток/с", A1 / W(L7, "int8"), H, anchor=A)
claim(f, "32 Гбит/с", "bandwidth", "Гбит/с", 32e9, X, "wrong_unit", anchor="> Ваши 11,8 ток/с объясняются выгрузкой", note="PCIe 4.0 x16 — 32 ГБ/с = 256 Гбит/с")
A = "> KV-кэш Llama-3-70B — 2,5 МиБ на токен"
claim(f, "2,5 МиБ на токен", "kv_cache_per_token", "МиБ", KVT(L7), X, "off_2x", anchor=A, note="64 головы запросов; 320 КиБ")
claim(f, "320 ГиБ", "kv_cache_total", "ГиБ", KV(L7, 8192, 16), X, "off_2x", anchor=A, note="40 ГиБ")
A = "> Рекомендуем Q4_K_M: файл 21,6 ГБ"
claim(f, "21,6 ГБ", "quantized_file", "ГБ", GG(L7, "Q4_K_M"), X, "off_2x", anchor=A, note="43,2 ГБ")
claim(f, "94,4 ток/с", "throughput", "ток/с", A1 / GG(L7, "Q4_K_M"), X, "off_2x", anchor=A, note="по половине файла; 47,2")
A = "> Или тариф 4 × L40S: по 35,3 ГБ fp16-весов на карту"
claim(f, "35,3 ГБ", "weights", "ГБ", W(L7, "fp16") / 4, H, anchor=A)
claim(f, "12,2 ток/с", "throughput", "ток/с", 864e9 / (W(L7, "fp16") / 4), X, "per_gpu", anchor=A, note="по половине модели при TP = 4; 24,5")
A = "> Тогда тариф 2 × A100 в fp16 даст 57,8 ток/с"
claim(f, "57,8 ток/с", "throughput", "ток/с", A1 / (W(L7, "fp16") / 2), X, "wrong_dtype", anchor=A, note="потолок int8; fp16 при TP = 2 — 28,9")
claim(f, "40 ГиБ", "kv_cache_total", "ГиБ", KV(L7, 32768, 16), X, "off_2x", anchor=A, note="160 ГиБ")
A = "- Правильные цифры: кэш 320 КиБ на токен"
claim(f, "320 КиБ", "kv_cache_per_token", "КиБ", KVT(L7), H, anchor=A)
claim(f, "40 ГиБ", "kv_cache_total", "ГиБ", KV(L7, 8192, 16), H, anchor=A)
claim(f, "43,2 ГБ", "quantized_file", "ГБ", GG(L7, "Q4_K_M"), H, rel=0.02, anchor=A)
claim(f, "40,2 ГиБ", "quantized_file", "ГиБ", GG(L7, "Q4_K_M"), H, rel=0.02, anchor=A)
A = "- На одной A100 Llama-3-70B реальна только в 4–5 битах"
claim(f, "43,2–50,3 ГБ", "quantized_file", "ГБ", [GG(L7, "Q4_K_M"), GG(L7, "Q5_K_M")], H, rng=True, anchor=A)
claim(f, "47,2 ток/с", "throughput", "ток/с", A1 / GG(L7, "Q4_K_M"), H, bound="upper", anchor=A)
A = "- Берём 2 × A100 с int8: по 32,9 ГиБ весов"
claim(f, "32,9 ГиБ", "weights", "ГиБ", W(L7, "int8") / 2, H, anchor=A)
claim(f, "20 ГиБ", "kv_cache_total", "ГиБ", KV(L7, 8192, 16) / 2, H, anchor=A)
claim(f, "≈ 58 ток/с", "throughput", "ток/с", A1 / (W(L7, "int8") / 2), H, hedged=True, anchor=A)
A = "- Страница тарифа ошибалась дважды"
claim(f, "35 ГБ", "weights", "ГБ", W(L7, "int4"), H, anchor=A, note="отнесено к int4")
claim(f, "29 ток/с", "throughput", "ток/с", A1 / W(L7, "int8"), H, anchor=A, note="отнесено к потолку int8")
non(f, "dogovor: \"№ ОВ-2027/0916 от 16.06.2027\"", "номер договора, дата")
non(f, "obrashchenie: 58217", "номер обращения")
non(f, "  gpu: \"1 × A100 80 ГБ\"", "характеристики оборудования")
non(f, "  propusk: \"2039 ГБ/с\"", "характеристики оборудования")
non(f, "  cena_v_chas: \"312 руб.\"", "цена")
non(f, "  pcie: \"PCIe 4.0 x16\"", "характеристики оборудования")
non(f, "period_spora: {s: 2027-07-01", "даты")
non(f, "summa_pretenzii_rub: 224640", "сумма претензии")
non(f, "zamery: {tok_s: 11.8", "замеры, входные данные")
non(f, "model: {nazvanie: Llama-3-70B-Instruct, sloi: 80", "входные параметры конфигурации")
non(f, "svyazannye: [\"[[Договоры 2027]]\"", "вики-ссылка с годом")
non(f, "aliases: [претензия облако, спор по тарифу A100, обращение 58217]", "номер обращения")
non(f, "# Претензия к «ОблакоВычисл» по тарифу GPU-A100 (обращение № 58217)", "номер обращения")
non(f, "## Что было на странице тарифа (снимок от 01.07.2027)", "дата")
non(f, "## Наша претензия (отправлена 05.08.2027)", "дата")
non(f, "> Согласно странице тарифа мы рассчитывали обслуживать", "входные требования")
non(f, "> Просим вернуть 224¦640 руб.", "сумма, часы, цена")
non(f, "Приложение 1 к претензии", "номер приложения")
non(f, "params = 70.55e9", "входное значение")
non(f, "## Ответ поддержки (2-я линия, 12.08.2027)", "дата")
non(f, "> Компенсация — 30 % стоимости периода", "процент компенсации, сумма")
non(f, "## Наш второй ответ (15.08.2027)", "дата")
non(f, "> Подписано дополнительное соглашение № 2 от 22.08.2027", "номер соглашения, дата, сумма")
non(f, "> (598 руб./ч) с 01.09.2027.", "цена, дата")
non(f, "[^1]: Переписка хранится в СЭД", "номер документа")
non(f, "| 01.07.2027 | начало расчётного периода", "дата")
non(f, "| 05.08.2027 | претензия отправлена |", "дата")
non(f, "| 12.08.2027 | ответ поддержки |", "дата")
non(f, "| 22.08.2027 | дополнительное соглашение № 2 |", "дата, номер соглашения")

# ---- ru_05: правила пользования кластером (формулы, пример с кодом) и примеры заявок с пометками администратора ----
f = "ru_05"
L13, Q14, L8, MX, L7, L1, Q72, G27, P3, DS, BL, GM, L27 = ("llama2-13b", "qwen2.5-14b", "llama3-8b", "mixtral-8x7b", "llama3-70b",
                                                          "llama3.2-1b", "qwen2.5-72b", "gemma2-27b", "phi3-mini", "deepseek-v3",
                                                          "bert-large", "gpt2-medium", "llama2-7b")
A1, H1, LS = 2039e9, 3.35e12, 864e9
SCALE.update({"GPU-часа": 1, "раз": 1, "млн": 1e6})
claim(f, "26,0 ГБ", "weights", "ГБ", W(13.016e9, "bf16"), H, anchor="print(n * 2 / 1e9)")
claim(f, "800 КиБ", "kv_cache_per_token", "КиБ", KVT(L13), H, anchor="print(2 * 40 * 40 * 128 * 2 / 2**10)")
A = "print(n * 2 / 2**30 + 25)"
claim(f, "49,2 ГиБ", "arithmetic", "ГиБ", W(13.016e9, "bf16") + KV(L13, 4096, 8), H, anchor=A)
claim(f, "25 ГиБ", "kv_cache_total", "ГиБ", KV(L13, 4096, 8), H, anchor=A)
A = "- «14,8 млрд параметров, значит в bf16 — 14,8 ГБ.»"
claim(f, "14,8 млрд", "params", "млрд", N[Q14], H, anchor=A)
claim(f, "14,8 ГБ", "weights", "ГБ", W(Q14, "bf16"), X, "wrong_dtype", anchor=A, note="размер int8; bf16 29,5 ГБ")
A = "- «KV — 960 КиБ на токен; на 32K для 4 пользователей — 6 ГиБ.»"
claim(f, "960 КиБ", "kv_cache_per_token", "КиБ", KVT(Q14), X, "off_2x", anchor=A, note="40 голов запросов; 192 КиБ")
claim(f, "6 ГиБ", "kv_cache_total", "ГиБ", KV(Q14, 32768, 4), X, "off_2x", anchor=A, note="батч забыт; 24 ГиБ")
A = "- «LoRA r = 8 на q и v — 3,4 млн параметров"
claim(f, "3,4 млн", "params", "млн", lora(32, 8, [(4096, 4096), (4096, 1024)]), H, anchor=A)
claim(f, "16,1 ГБ", "weights", "ГБ", W(L8, "bf16"), H, anchor=A)
A = "- «Q8_0-файл — 49,6 ГБ, по 24,8 ГБ на карту"
claim(f, "49,6 ГБ", "quantized_file", "ГБ", GG(MX, "Q8_0"), H, rel=0.02, anchor=A)
claim(f, "24,8 ГБ на карту", "quantized_file", "ГБ", GG(MX, "Q8_0") / 2, H, rel=0.02, anchor=A)
claim(f, "24,8", "quantized_file", "ГБ", GG(MX, "Q8_0") / 2, H, rel=0.02, anchor=A, occ=2, note="делитель")
claim(f, "34,8 ток/с", "throughput", "ток/с", LS / (ACTIVE_M7 * BPW["Q8_0"] / 8 / 2), X, "wrong_kind", anchor=A, note="по всему файлу MoE; 126")
A = "- «16 байт на параметр — 1,13 ТБ"
claim(f, "1,13 ТБ", "training", "ТБ", 16 * N[L7], H, anchor=A)
claim(f, "70,6 ГБ на карту", "training", "ГБ", zero(N[L7], 16, 3), H, anchor=A)
claim(f, "4,6 ГБ на слой", "activations", "ГБ", act(L7, 8192, 1, "flash", layers=1), X, "off_2x", anchor="- «Активации с FlashAttention при s = 8¦192", note="2,28 ГБ")
A = "- «6ND = 7,4 × 10²⁰ FLOP"
C1 = 6 * N[L1] * 1e11
T1 = C1 / (8 * 0.4 * 989e12)
claim(f, "7,4 × 10²⁰ FLOP", "flops", "FLOP", C1, H, anchor=A)
claim(f, "6,5 часа", "time", "часа", T1, X, "off_2x", anchor=A, note="65,1 часа")
claim(f, "52 GPU-часа", "time", "GPU-часа", 8 * T1 / 3600, X, "off_2x", anchor=A, note="521 GPU-час")
claim(f, "в 10 раз", "ratio", "раз", T1 / (6.5 * 3600), H, anchor="✘ время занижено в 10 раз")
A = "- «72,7 млрд параметров, в bf16 — 72,7 ГБ"
claim(f, "72,7 млрд", "params", "млрд", N[Q72], H, anchor=A)
claim(f, "72,7 ГБ", "weights", "ГБ", W(Q72, "bf16"), X, "wrong_dtype", anchor=A, note="размер int8; bf16 145 ГБ")
claim(f, "18,2 ГБ на карту", "weights", "ГБ", W(Q72, "bf16") / 4, X, "wrong_dtype", anchor=A, note="int8 на карту; bf16 36,4 ГБ")
A = "- «Потолок — 2039 ÷ 18,2 = 112 ток/с"
claim(f, "18,2", "weights", "ГБ", W(Q72, "bf16") / 4, X, "wrong_dtype", anchor=A, note="делитель; bf16 на карту 36,4 ГБ")
claim(f, "112 ток/с", "throughput", "ток/с", A1 / (W(Q72, "bf16") / 4), X, "wrong_dtype", anchor=A, note="56,1")
claim(f, "20 ГиБ", "kv_cache_total", "ГиБ", KV(Q72, 16384, 32), X, "off_2x", anchor=A, note="160 ГиБ")
A = "- «В int8 — 27,2 ГБ, в bf16 — тоже 27,2 ГБ"
claim(f, "27,2 ГБ", "weights", "ГБ", W(G27, "int8"), H, anchor=A)
claim(f, "27,2 ГБ", "weights", "ГБ", W(G27, "bf16"), X, "wrong_dtype", anchor=A, occ=2, note="размер int8; bf16 54,5 ГБ")
claim(f, "31,7 ток/с", "throughput", "ток/с", LS / W(G27, "int8"), H, anchor=A)
A = "- «Веса в bf16 — 7,64 ГБ; KV — 96 КиБ на токен"
claim(f, "7,64 ГБ", "weights", "ГБ", W(P3, "bf16"), H, anchor=A)
claim(f, "96 КиБ", "kv_cache_per_token", "КиБ", KVT(P3), X, "off_2x", anchor=A, note="выдуманный GQA; 384 КиБ")
claim(f, "24 ГиБ", "kv_cache_total", "ГиБ", KV(P3, 4096, 64), X, "off_2x", anchor=A, note="96 ГиБ")
A = "- «671 ГБ весов — это 625 ГиБ"
claim(f, "671 ГБ", "weights", "ГБ", W(N[DS], "fp8"), H, anchor=A)
claim(f, "625 ГиБ", "weights", "ГиБ", W(N[DS], "fp8"), H, anchor=A)
claim(f, "90,5 ток/с", "throughput", "ток/с", H1 / (W(ACTIVE_DSV3, "fp8") / 8), X, "per_gpu", anchor=A, note="все активные веса на одну карту; 724")
A = "- «335 млн параметров: в fp32 — 1,34 ГБ"
claim(f, "335 млн", "params", "млн", N[BL], H, anchor=A)
claim(f, "1,34 ГБ", "weights", "ГБ", W(BL, "fp32"), H, anchor=A)
claim(f, "1,34 ГБ", "weights", "ГБ", W(BL, "fp16"), X, "wrong_dtype", anchor=A, occ=2, note="размер fp32; fp16 0,67 ГБ")
A = "- «355 млн параметров, в fp32 — 0,71 ГБ"
claim(f, "355 млн", "params", "млн", N[GM], H, anchor=A)
claim(f, "0,71 ГБ", "weights", "ГБ", W(GM, "fp32"), X, "wrong_dtype", anchor=A, note="размер bf16; fp32 1,42 ГБ")
claim(f, "96 КиБ", "kv_cache_per_token", "КиБ", KVT(GM), H, anchor=A)
claim(f, "3 МиБ", "kv_cache_total", "МиБ", KV(GM, 1024, 32), X, "wrong_unit", anchor=A, note="3 ГиБ")
A = "> «Llama-2-7B в fp16 — 13,5 ГБ"
claim(f, "13,5 ГБ", "weights", "ГБ", W(L27, "fp16"), H, anchor=A, **Q)
claim(f, "128 КиБ", "kv_cache_per_token", "КиБ", KVT(L27), X, "off_2x", anchor=A, note="выдуманный GQA; 512 КиБ", **Q)
claim(f, "8 ГиБ", "kv_cache_total", "ГиБ", KV(L27, 4096, 16), X, "off_2x", anchor=A, note="32 ГиБ", **Q)
non(f, "versiya_pravil: \"4.2\"", "номер версии")
non(f, "utverzhdeny: 2027-10-20", "дата")
non(f, "  A: {kolichestvo: 6", "характеристики оборудования")
non(f, "  B: {kolichestvo: 2", "характеристики оборудования")
non(f, "  C: {kolichestvo: 10", "характеристики оборудования")
non(f, "  gpu_chasov_v_kvartal: 2000", "квота")
non(f, "  max_dlitelnost_ch: 72", "квота")
non(f, "  max_kart_na_zayavku: 16", "квота")
non(f, "  qwen2.5-14b: {hidden: 5120", "входные параметры конфигурации")
non(f, "  qwen2.5-72b: {hidden: 8192", "входные параметры конфигурации")
non(f, "  phi-3-mini: {hidden: 3072", "входные параметры конфигурации")
non(f, "  gemma-2-27b: {hidden: 4608", "входные параметры конфигурации")
non(f, "  llama-3.2-1b: {hidden: 2048", "входные параметры конфигурации")
non(f, "  deepseek-v3: {params_total: 671B", "данные карточки модели")
non(f, "title: \"Правила пользования кластером «Вега» — раздел 4", "номер раздела")
non(f, "# Правила пользования вычислительным кластером «Вега» (версия 4.2)", "номер версии")
non(f, "## 1. Общие положения", "номер раздела")
non(f, "1.1. Квота группы", "квота, лимиты")
non(f, "1.2. Заявки подаются через [[Портал заявок Вега]]", "время")
non(f, "1.3. Неиспользованная квота", "процент переноса")
non(f, "## 2. Узлы", "номер раздела")
non(f, "Узлы A (6 шт.) — для инференса", "число узлов, классы моделей")
non(f, "Учебные задачи — приоритет 3", "приоритеты")
non(f, "Веса — $N \\cdot b$", "формулы со свободными переменными")
non(f, "## 4. Как оценить память для заявки", "номер раздела")
non(f, "(8 пользователей по 4K):", "входные данные примера")
non(f, "n = 13.016e9", "входное значение")
non(f, "*Администратор:* ✔ одобрено, 1 × L40S на 24 часа.", "выделение ресурсов")
non(f, "*Администратор:* ✔ состояние модели; ✘ активации на слой завышены вдвое. Одобрено на 72 часа.", "срок выделения")
non(f, "**Заявка 5 (Llama-3.2-1B с нуля на 100 млрд токенов, 8 × H100).**", "входные данные заявки")
non(f, "*Администратор:* ✘ у Phi-3-mini 32 KV-головы", "число голов")
non(f, "> [!warning] Частые ошибки (по 312 заявкам за III квартал)", "число заявок")
non(f, "> Кэш по головам запросов — 41 заявка", "счётчики")
non(f, "[^1]: Изменения версии 4.2", "номера версий, протокола, дата")
non(f, "1.2.1. Задание запускается командой `sbatch`", "номер пункта")
non(f, "| 1 | 50 | 1152 |", "квоты по приоритетам")
non(f, "| 2 | 30 | 576 |", "квоты по приоритетам")
non(f, "| 3 | 20 | 144 |", "квоты по приоритетам")
non(f, "**Заявка 1 (Qwen2.5-14B, инференс, узел A).**", "номер заявки")
non(f, "**Заявка 4 (Llama-3.1-70B, полное дообучение, 16 × H100).**", "номер заявки, число карт")
non(f, "**Заявка 6 (Qwen2.5-72B, инференс, 4 × A100).**", "номер заявки, число карт")
non(f, "**Заявка 12 (Llama-2-7B, инференс; расчёт взят у ChatGPT).**", "номер заявки")


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
            raise SystemExit("truth.json is stale: run python tests/claims_corpus_aj/truth.py")
        summary(truth)
        print("truth.json is current; every check passed")
        return 0
    path.write_text(text, encoding="utf-8")
    summary(truth)
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
