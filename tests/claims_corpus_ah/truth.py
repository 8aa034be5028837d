#!/usr/bin/env python3
"""Ground truth for blind sizing-claims corpus AH (tests/claims_corpus_ah/notes).

Written without reading vaultkit's code, its tests or the other corpora's notes.  Facts come
from /work/shared/claims-gold.md: bytes per dtype, exact parameter counts and configs of the
catalogued models, measured GGUF bits per weight (Llama-3.1-8B), the KV-cache, training-memory
and activation formulas.  Models that claims-gold lacks appear only with their config (or, for
DeepSeek-V3 and gpt-oss, their printed model-card counts) stated in the note itself; the truth
recomputes their parameter counts from that config with the claims-gold formula (asserted below
for the catalogued ones).  Nothing here imports vaultkit.  The checking code (figure reader,
tolerance, error-class checks, output) and the model helpers and catalogue are corpus AG's
truth.py, reused unchanged (with the facts AC-AG added); AH adds Qwen3-8B / 32B / 30B-A3B,
Mistral-Large-2 and SmolLM2-1.7B (from the configs its notes print), a few units and
bandwidths, then its own claims.

    python tests/claims_corpus_ah/truth.py          # verify and (re)write truth.json
    python tests/claims_corpus_ah/truth.py --check  # verify; fail if truth.json is stale

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

# ---- en_01: community leaderboard "fits on one GPU", season 3 (board as submitted, verification log, appeals, bot) --
f = "en_01"
Q8, Q32, QM, ML, SM, G27, P4, L8, L70 = ("qwen3-8b", "qwen3-32b", "qwen3-30b-a3b", "mistral-large-2", "smollm2-1.7b",
                                         "gemma2-27b", "phi4", "llama3-8b", "llama3-70b")
OSS = N["gpt-oss-20b"] * MX4
OSS_A = ACTIVE_OSS20 * MX4
QMA = GG(ACTIVE_Q3MOE, "Q8_0")
ROWS = {"@kvquant": [("5.01", "quantized_file", "GB", GG(Q8, "Q4_K_M"), None), ("4.5", "kv_cache_total", "GiB", KV(Q8, 32768), None),
                     ("201", "throughput", "tok/s", RTX4090_BW / GG(Q8, "Q4_K_M"), None)],
        "@bf16forever": [("16.06", "weights", "GB", W(L8, "bf16"), None), ("8.0", "kv_cache_total", "GiB", KV(L8, 16384), "off_2x"),
                         ("112", "throughput", "tok/s", RTX5090_BW / W(L8, "bf16"), None)],
        "@denseboi": [("20.0", "quantized_file", "GB", GG(Q32, "Q4_K_M"), None), ("32.0", "kv_cache_total", "GiB", KV(Q32, 16384), "off_2x"),
                      ("89.4", "throughput", "tok/s", RTX5090_BW / GG(Q32, "Q4_K_M"), None)],
        "@bigmistral": [("69.9", "quantized_file", "GB", GG(ML, "Q4_K_M"), "gib_as_gb"), ("2.75", "kv_cache_total", "GiB", KV(ML, 8192), None),
                        ("23.9", "throughput", "tok/s", RTXP6000_BW / GG(ML, "Q4_K_M"), None)],
        "@athreeb": [("32.4", "quantized_file", "GB", GG(QM, "Q8_0"), None), ("3.0", "kv_cache_total", "GiB", KV(QM, 32768), None),
                     ("55.2", "throughput", "tok/s", RTXP6000_BW / QMA, "wrong_kind")],
        "@tinyllm": [("3.42", "weights", "GB", W(SM, "bf16"), None), ("0.375", "kv_cache_total", "GiB", KV(SM, 8192), "off_2x"),
                     ("105", "throughput", "tok/s", R3060_BW / W(SM, "bf16"), None)],
        "@gemmafan": [("16.7", "quantized_file", "GB", GG(G27, "Q4_K_M"), None), ("2.875", "kv_cache_total", "GiB", KV(G27, 8192), None),
                      ("60.5", "throughput", "tok/s", RTX4090_BW / GG(G27, "Q4_K_M"), None)],
        "@phi_guy": [("29.3", "quantized_file", "GB", GG(P4, "Q4_K_M"), "wrong_dtype"), ("3.125", "kv_cache_total", "GiB", KV(P4, 16384), None),
                     ("112.4", "throughput", "tok/s", RTX4090_BW / GG(P4, "Q4_K_M"), None)],
        "@osslover": [("11.1", "quantized_file", "GB", OSS, None), ("1.5", "kv_cache_total", "GiB", KV("gpt-oss-20b", 32768), None),
                      ("90.7", "throughput", "tok/s", RTX4090_BW / OSS_A, "wrong_kind")],
        "@qtwok": [("13.9", "quantized_file", "GB", GG(L70, "Q2_K"), "per_gpu"), ("1.25", "kv_cache_total", "GiB", KV(L70, 4096), None),
                   ("72.4", "throughput", "tok/s", RTX4090_BW / GG(L70, "Q2_K"), "off_2x")]}
WHY = {"8.0": "32 query heads; 2 GiB", "32.0": "64 query heads; 4 GiB", "69.9": "69.9 GiB = 75.0 GB",
       "55.2": "whole file read; active experts ≈ 503 tok/s", "0.375": "8 KV heads assumed; 1.5 GiB",
       "29.3": "bf16 size; Q4_K_M 8.97 GB", "90.7": "whole file read; active ≈ 526 tok/s",
       "13.9": "per-card share of a 2-card split; file 27.9 GB", "72.4": "from the halved file; 36.2 tok/s"}
for sub, cells in ROWS.items():
    for fig, kind, unit, val, err in cells:
        claim(f, fig, kind, unit, val, X if err else H, err, anchor=f"| {sub} |",
              rel=0.02 if kind == "quantized_file" and not err else None, note="board as submitted" + (f"; {WHY[fig]}" if err else ""))
A = "- Parameters from the config: 8.19B"
claim(f, "8.19B", "params", "B", N[Q8], H, anchor=A)
claim(f, "5.01 GB", "quantized_file", "GB", GG(Q8, "Q4_K_M"), H, rel=0.02, anchor=A)
claim(f, "4.67 GiB", "quantized_file", "GiB", GG(Q8, "Q4_K_M"), H, rel=0.02, anchor=A)
A = "- Cache: `2 × 36 × 8 × 128 × 2`"
claim(f, "147,456 bytes", "kv_cache_per_token", "bytes", KVT(Q8), H, anchor=A)
claim(f, "144 KiB", "kv_cache_per_token", "KiB", KVT(Q8), H, anchor=A)
claim(f, "4.5 GiB", "kv_cache_total", "GiB", KV(Q8, 32768), H, anchor=A)
A = "- Ceiling: 1008 GB/s over 5.01 GB"
claim(f, "5.01 GB", "quantized_file", "GB", GG(Q8, "Q4_K_M"), H, rel=0.02, anchor=A)
claim(f, "≈ 201 tok/s", "throughput", "tok/s", RTX4090_BW / GG(Q8, "Q4_K_M"), H, hedged=True, anchor=A)
A = "- Weights 16.06 GB ✓, ceiling 1792"
claim(f, "16.06 GB", "weights", "GB", W(L8, "bf16"), H, anchor=A)
claim(f, "112 tok/s", "throughput", "tok/s", RTX5090_BW / W(L8, "bf16"), H, anchor=A)
claim(f, "8.0", "arithmetic", "GiB", 2 * 32 * 32 * 128 * 2 * 16384, H, anchor="- The 8.0 in the KV cell is what 32 KV heads",
      note="labelled as the 32-KV-head figure")
A = "  128 KiB per token and 2 GiB at 16K."
claim(f, "128 KiB", "kv_cache_per_token", "KiB", KVT(L8), H, anchor=A)
claim(f, "2 GiB", "kv_cache_total", "GiB", KV(L8, 16384), H, anchor=A)
A = "- The 20.0 GB file (18.7 GiB)"
claim(f, "20.0 GB", "quantized_file", "GB", GG(Q32, "Q4_K_M"), H, rel=0.02, anchor=A)
claim(f, "18.7 GiB", "quantized_file", "GiB", GG(Q32, "Q4_K_M"), H, rel=0.02, anchor=A)
claim(f, "32.76B parameters", "params", "B", N[Q32], H, anchor=A)
A = "- Per token the cache is 262,144 bytes"
claim(f, "262,144 bytes", "kv_cache_per_token", "bytes", KVT(Q32), H, anchor=A)
claim(f, "256 KiB", "kv_cache_per_token", "KiB", KVT(Q32), H, anchor=A)
claim(f, "4 GiB", "kv_cache_total", "GiB", KV(Q32, 16384), H, anchor=A)
A = "- Together: 20.0 GB + 4.29 GB"
claim(f, "20.0 GB", "quantized_file", "GB", GG(Q32, "Q4_K_M"), H, rel=0.02, anchor=A)
claim(f, "4.29 GB", "kv_cache_total", "GB", KV(Q32, 16384), H, anchor=A)
claim(f, "≈ 24.3 GB", "arithmetic", "GB", GG(Q32, "Q4_K_M") + KV(Q32, 16384), H, hedged=True, anchor=A)
claim(f, "about 22.7 GiB", "arithmetic", "GiB", GG(Q32, "Q4_K_M") + KV(Q32, 16384), H, hedged=True, anchor=A)
claim(f, "89.4 tok/s", "throughput", "tok/s", RTX5090_BW / GG(Q32, "Q4_K_M"), H, anchor="- Ceiling 89.4 tok/s ✓")
A = "- 122.6B parameters; the Q4_K_M file is 75.0 GB"
claim(f, "122.6B parameters", "params", "B", N[ML], H, anchor=A)
claim(f, "75.0 GB", "quantized_file", "GB", GG(ML, "Q4_K_M"), H, rel=0.02, anchor=A)
claim(f, "69.9", "quantized_file", "GiB", GG(ML, "Q4_K_M"), H, rel=0.02, anchor=A, note="re-attributed to GiB")
claim(f, "75.0", "quantized_file", "GB", GG(ML, "Q4_K_M"), H, rel=0.02, anchor="  our column is GB, so the cell now reads 75.0.")
A = "- The KV figure holds: 352 KiB per token"
claim(f, "352 KiB", "kv_cache_per_token", "KiB", KVT(ML), H, anchor=A)
claim(f, "360,448 bytes", "kv_cache_per_token", "bytes", KVT(ML), H, anchor=A)
claim(f, "2.75 GiB", "kv_cache_total", "GiB", KV(ML, 8192), H, anchor=A)
A = "- Ceiling 1792 ÷ 75.0 ≈ 23.9 tok/s"
claim(f, "75.0", "quantized_file", "GB", GG(ML, "Q4_K_M"), H, rel=0.02, anchor=A)
claim(f, "≈ 23.9 tok/s", "throughput", "tok/s", RTXP6000_BW / GG(ML, "Q4_K_M"), H, hedged=True, anchor=A)
claim(f, "61.3 GB", "weights", "GB", W(ML, "int4"), H, anchor=A)
claim(f, "122.6 GB", "weights", "GB", W(ML, "fp8"), H, anchor=A)
A = "- 30.53B parameters in total, 3.35B active"
claim(f, "30.53B parameters", "params", "B", N[QM], H, anchor=A)
claim(f, "3.35B", "params", "B", ACTIVE_Q3MOE, H, anchor=A)
claim(f, "11 %", "percentage", "%", 100 * ACTIVE_Q3MOE / N[QM], H, anchor=A)
claim(f, "32.4 GB", "quantized_file", "GB", GG(QM, "Q8_0"), H, rel=0.02, anchor=A)
claim(f, "96 KiB", "kv_cache_per_token", "KiB", KVT(QM), H, anchor=A)
claim(f, "3.0 GiB", "kv_cache_total", "GiB", KV(QM, 32768), H, anchor=A)
A = "- The 55.2 tok/s ceiling divides by the whole 32.4 GB"
claim(f, "55.2 tok/s", "throughput", "tok/s", RTXP6000_BW / GG(QM, "Q8_0"), H, anchor=A, note="labelled as the whole-file figure")
claim(f, "32.4 GB", "quantized_file", "GB", GG(QM, "Q8_0"), H, rel=0.02, anchor=A)
A = "  Q8_0, hence ≈ 503 tok/s. Cell changed."
claim(f, "≈ 503 tok/s", "throughput", "tok/s", RTXP6000_BW / QMA, H, hedged=True, anchor=A)
claim(f, "3.56 GB", "weights", "GB", QMA, H, rel=0.02, anchor="experts are read: 3.56 GB per token", note="bytes read per token")
A = "- 1.71B parameters, 3.42 GB in bf16"
claim(f, "1.71B parameters", "params", "B", N[SM], H, anchor=A)
claim(f, "3.42 GB", "weights", "GB", W(SM, "bf16"), H, anchor=A)
claim(f, "≈ 105 tok/s", "throughput", "tok/s", R3060_BW / W(SM, "bf16"), H, hedged=True, anchor=A)
A = "- SmolLM2 has no GQA: 32 KV heads of 64"
claim(f, "192 KiB", "kv_cache_per_token", "KiB", KVT(SM), H, anchor=A)
claim(f, "1.5 GiB", "kv_cache_total", "GiB", KV(SM, 8192), H, anchor=A)
A = "  assumed 8 KV heads (48 KiB per token)."
claim(f, "0.375", "arithmetic", "GiB", 2 * 24 * 8 * 64 * 2 * 8192, H, anchor="The 0.375 in the cell", note="labelled as the 8-KV-head figure")
claim(f, "48 KiB", "arithmetic", "KiB", 2 * 24 * 8 * 64 * 2, H, anchor=A, note="labelled as the 8-KV-head figure")
A = "- 27.23B parameters, 16.7 GB file"
claim(f, "27.23B parameters", "params", "B", N[G27], H, anchor=A)
claim(f, "16.7 GB", "quantized_file", "GB", GG(G27, "Q4_K_M"), H, rel=0.02, anchor=A)
claim(f, "368 KiB", "kv_cache_per_token", "KiB", KVT(G27), H, anchor=A)
claim(f, "2.875 GiB", "kv_cache_total", "GiB", KV(G27, 8192), H, anchor=A)
claim(f, "3.09 GB", "kv_cache_total", "GB", KV(G27, 8192), H, anchor=A)
claim(f, "60.5 tok/s", "throughput", "tok/s", RTX4090_BW / GG(G27, "Q4_K_M"), H, anchor=A)
A = "  submitted; 16.7 GB + 3.09 GB = 19.7 GB"
claim(f, "16.7 GB", "quantized_file", "GB", GG(G27, "Q4_K_M"), H, rel=0.02, anchor=A)
claim(f, "3.09 GB", "kv_cache_total", "GB", KV(G27, 8192), H, anchor=A)
claim(f, "19.7 GB", "arithmetic", "GB", GG(G27, "Q4_K_M") + KV(G27, 8192), H, anchor=A)
claim(f, "25.8 GB", "arithmetic", "GB", 24 * GIB, H, anchor=A, note="24 GiB in GB")
A = "- The weights cell has 29.3 GB, which is Phi-4 in bf16"
claim(f, "29.3 GB", "weights", "GB", W(P4, "bf16"), H, anchor=A, note="re-attributed to bf16")
claim(f, "8.97 GB", "quantized_file", "GB", GG(P4, "Q4_K_M"), H, rel=0.02, anchor=A)
claim(f, "8.35 GiB", "quantized_file", "GiB", GG(P4, "Q4_K_M"), H, rel=0.02, anchor=A)
claim(f, "112.4 tok/s", "throughput", "tok/s", RTX4090_BW / GG(P4, "Q4_K_M"), H, anchor="- The 112.4 tok/s ceiling")
claim(f, "34.4 tok/s", "throughput", "tok/s", RTX4090_BW / W(P4, "bf16"), H, anchor="  34.4 tok/s and they would not fit anyway.")
A = "- Cache 200 KiB per token, 3.125 GiB at 16K"
claim(f, "200 KiB", "kv_cache_per_token", "KiB", KVT(P4), H, anchor=A)
claim(f, "3.125 GiB", "kv_cache_total", "GiB", KV(P4, 16384), H, anchor=A)
A = "- 20.91B × 4.25 ÷ 8 = 11.1 GB"
claim(f, "11.1 GB", "quantized_file", "GB", OSS, H, anchor=A)
claim(f, "48 KiB", "kv_cache_per_token", "KiB", KVT("gpt-oss-20b"), H, anchor=A)
claim(f, "1.5 GiB", "kv_cache_total", "GiB", KV("gpt-oss-20b", 32768), H, anchor=A)
claim(f, "11.1 GB", "quantized_file", "GB", OSS, H, anchor="- The ceiling cell divided by the full 11.1 GB")
A = "  ceiling is ≈ 526 tok/s."
claim(f, "3.61B", "params", "B", ACTIVE_OSS20, H, anchor="Active weights are 3.61B, i.e. 1.92 GB")
claim(f, "1.92 GB", "weights", "GB", OSS_A, H, anchor="Active weights are 3.61B, i.e. 1.92 GB", note="bytes read per token")
claim(f, "≈ 526 tok/s", "throughput", "tok/s", RTX4090_BW / OSS_A, H, hedged=True, anchor=A)
A = "- The Q2_K file is 27.9 GB (25.9 GiB)"
claim(f, "27.9 GB", "quantized_file", "GB", GG(L70, "Q2_K"), H, rel=0.02, anchor=A)
claim(f, "25.9 GiB", "quantized_file", "GiB", GG(L70, "Q2_K"), H, rel=0.02, anchor=A)
A = "- Cache 1.25 GiB at 4K ✓"
claim(f, "1.25 GiB", "kv_cache_total", "GiB", KV(L70, 4096), H, anchor=A)
claim(f, "36.2 tok/s", "throughput", "tok/s", RTX4090_BW / GG(L70, "Q2_K"), H, anchor=A)
A = "- **@qtwok:** \"13.9 GB is per card"
claim(f, "13.9 GB", "quantized_file", "GB", GG(L70, "Q2_K") / 2, H, anchor=A, note="per-card share of a 2-card split")
claim(f, "13.9 GB per card", "quantized_file", "GB", GG(L70, "Q2_K") / 2, H, anchor=A, note="per-card share")
A = "  - *@teodor:* Yes, 27.9 GB over two cards"
claim(f, "27.9 GB", "quantized_file", "GB", GG(L70, "Q2_K"), H, rel=0.02, anchor=A)
claim(f, "13.9 GB each", "quantized_file", "GB", GG(L70, "Q2_K") / 2, H, anchor=A, note="per-card share")
A = "    single-GPU, and layer-split decode still reads"
claim(f, "27.9 GB", "quantized_file", "GB", GG(L70, "Q2_K"), H, rel=0.02, anchor=A)
claim(f, "≈ 36 tok/s", "throughput", "tok/s", RTX4090_BW / GG(L70, "Q2_K"), H, hedged=True, anchor=A)
A = "  the cell is restated: 69.9 GiB = 75.0 GB."
claim(f, "69.9 GiB", "quantized_file", "GiB", GG(ML, "Q4_K_M"), H, rel=0.02, anchor=A)
claim(f, "75.0 GB", "quantized_file", "GB", GG(ML, "Q4_K_M"), H, rel=0.02, anchor=A)
A = "- **@athreeb:** \"Is 503 tok/s real?\""
claim(f, "503 tok/s", "throughput", "tok/s", RTXP6000_BW / QMA, H, anchor=A)
claim(f, "3.0 GiB", "kv_cache_total", "GiB", KV(QM, 32768), H, anchor=A)
A = "> \"Qwen3-30B-A3B at Q8_0 is a 32.4 GB file"
claim(f, "32.4 GB", "quantized_file", "GB", GG(QM, "Q8_0"), H, rel=0.02, anchor=A, **Q)
claim(f, "3.56 GB", "weights", "GB", QMA, H, rel=0.02, anchor=A, note="bytes read per token", **Q)
claim(f, "about 503 tok/s", "throughput", "tok/s", RTXP6000_BW / QMA, H, hedged=True, anchor=A, **Q)
A = "> \"Its KV cache is 768 KiB per token"
claim(f, "768 KiB per token", "kv_cache_per_token", "KiB", KVT(QM), X, "off_2x", anchor=A, note="32 query heads; 96 KiB", **Q)
claim(f, "24 GiB", "kv_cache_total", "GiB", KV(QM, 32768), X, "off_2x", anchor=A, note="3 GiB", **Q)
claim(f, "13.9 GB", "quantized_file", "GB", GG(L70, "Q2_K"), X, "off_2x", anchor="> \"Llama-3-70B Q2_K is 13.9 GB", note="halved; 27.9 GB", **Q)
claim(f, "96 KiB", "kv_cache_per_token", "KiB", KVT(QM), H, anchor="with 4 KV heads it is 96 KiB")
claim(f, "27.9 GB", "quantized_file", "GB", GG(L70, "Q2_K"), H, rel=0.02, anchor="halves the file: Q2_K keeps many tensors")
A = "1. Qwen3-8B: 576 KiB per token; 32K = 18 GiB."
claim(f, "576 KiB", "kv_cache_per_token", "KiB", KVT(Q8), X, "off_2x", anchor=A, note="season-2 sheet; 32 query heads; 144 KiB")
claim(f, "18 GiB", "kv_cache_total", "GiB", KV(Q8, 32768), X, "off_2x", anchor=A, note="season-2 sheet; 4.5 GiB")
A = "2. Qwen3-32B: 256 KiB per token; Q4_K_M ≈ 40 GB."
claim(f, "256 KiB", "kv_cache_per_token", "KiB", KVT(Q32), H, anchor=A)
claim(f, "≈ 40 GB", "quantized_file", "GB", GG(Q32, "Q4_K_M"), X, "off_2x", hedged=True, anchor=A, note="season-2 sheet; 20.0 GB")
A = "3. Mistral-Large-2: ≈ 75 GB at Q4_K_M, 2.75 MiB per token."
claim(f, "≈ 75 GB", "quantized_file", "GB", GG(ML, "Q4_K_M"), H, hedged=True, anchor=A)
claim(f, "2.75 MiB per token", "kv_cache_per_token", "MiB", KVT(ML), X, "off_2x", anchor=A, note="season-2 sheet; 352 KiB")
A = "4. gpt-oss-20b: 11.1 GB on disk, and 11.1 GB read per token."
claim(f, "11.1 GB", "quantized_file", "GB", OSS, H, anchor=A)
claim(f, "11.1 GB read per token", "weights", "GB", OSS_A, X, "wrong_kind", anchor=A, note="season-2 sheet; 1.92 GB read per token")
A = "5. Gemma 2 27B in bf16 is 27.2 GB; at Q8_0 it is 28.9 GB."
claim(f, "27.2 GB", "weights", "GB", W(G27, "bf16"), X, "wrong_dtype", anchor=A, note="season-2 sheet; int8 size; bf16 54.5 GB")
claim(f, "28.9 GB", "quantized_file", "GB", GG(G27, "Q8_0"), H, rel=0.02, anchor=A)
A = "6. Llama-3-8B in bf16: 16.06 GiB = 14.96 GB."
claim(f, "16.06 GiB", "weights", "GiB", W(L8, "bf16"), X, "gb_as_gib", anchor=A, note="season-2 sheet; 16.06 GB = 14.96 GiB")
claim(f, "14.96 GB", "weights", "GB", W(L8, "bf16"), X, "gib_as_gb", anchor=A, note="season-2 sheet; 14.96 GiB = 16.06 GB")
non(f, "season: 3", "season number")
non(f, "opened: 2027-02-01", "date")
non(f, "closes: 2027-04-30", "date")
non(f, "rules_version: \"3.2\"", "version")
non(f, "  rtx4090: {memory: \"24 GB\"", "hardware spec")
non(f, "  rtx_pro_6000: {memory:", "hardware spec")
non(f, "  qwen3-8b: {hidden: 4096", "config inputs")
non(f, "  mistral-large-2: {hidden: 12288", "config inputs")
non(f, "> had 41 submissions by 2027-03-09", "count, date")
non(f, "- **weights (GB)** = parameters × bits per weight", "format constants (bits per weight)")
non(f, "- **KV (GiB)** = $2 \\cdot L", "LaTeX formula with free variables")
non(f, "| RTX 4090 | 24 GB | 1008 GB/s |", "hardware spec")
non(f, "| RTX 5090 | 32 GB | 1792 GB/s |", "hardware spec")
non(f, "| RTX 3060 | 12 GB | 360 GB/s |", "hardware spec")
non(f, "  read at 32K pull it down; our own run measured 212 tok/s", "measured speed")
non(f, "  which used the 64 query heads.", "config value")
non(f, "- Submissions: 41; shortlisted: 10", "counts")
non(f, "- Median time to verify a row: 18 minutes", "time measured, reply count")
non(f, "- Prize pool: $1,500 in cloud credits", "price")
non(f, "[^1]: An RTX 4090 reports 24564 MiB", "hardware spec, date")
REJ = [("@megaboard", "70.6 GB", W(L70, "bf16"), "weights", "wrong_dtype", "141.1 GB", W(L70, "bf16"), "weights"),
       ("@fastfast", "412 tok/s", RTX4090_BW / GG(L8, "Q4_K_M"), "throughput", "off_2x", "≈ 205 tok/s", RTX4090_BW / GG(L8, "Q4_K_M"), "throughput"),
       ("@ctxking", "4.5 GiB", KV(Q8, 131072), "kv_cache_total", "off_2x", "18 GiB", KV(Q8, 131072), "kv_cache_total"),
       ("@gbgib", "18.7 GB", GG(Q32, "Q4_K_M"), "quantized_file", "gib_as_gb", "20.0 GB", GG(Q32, "Q4_K_M"), "quantized_file"),
       ("@bwunits", "1792 Gbit/s", RTX5090_BW, "bandwidth", "wrong_unit", "14.3 Tbit/s", RTX5090_BW, "bandwidth"),
       ("@moemath", "6.7 GB", W(QM, "bf16"), "weights", "wrong_kind", "61.1 GB", W(QM, "bf16"), "weights"),
       ("@finetuner", "16.4 GB", 16 * N[Q8], "training", "off_2x", "131.1 GB", 16 * N[Q8], "training"),
       ("@mxfp", "11.1 GiB", OSS, "quantized_file", "gb_as_gib", "10.3 GiB", OSS, "quantized_file"),
       ("@flopper", "8.2 GFLOP", 2 * N[Q8], "flops", "off_2x", "16.4 GFLOP", 2 * N[Q8], "flops"),
       ("@tpfour", "245 GB per card", W(ML, "bf16") / 4, "weights", "per_gpu", "61.3 GB per card", W(ML, "bf16") / 4, "weights")]
for sub, was, vw, kind, err, now, vn, kn in REJ:
    uw = was.split()[1]
    un = now.replace("≈ ", "").split()[1]
    claim(f, was, kind, uw, vw, X, err, anchor=f"| {sub} |", note="entry as submitted")
    claim(f, now, kn, un, vn, H, anchor=f"| {sub} |", hedged=now.startswith("≈"))
claim(f, "4.91 GB", "quantized_file", "GB", GG(L8, "Q4_K_M"), H, rel=0.02, anchor="| @fastfast |")
claim(f, "18.7 GiB", "quantized_file", "GiB", GG(Q32, "Q4_K_M"), H, rel=0.02, anchor="| @gbgib |")
claim(f, "1792 GB/s", "bandwidth", "GB/s", RTX5090_BW, H, anchor="| @bwunits |", occ=1)
claim(f, "6.7 GB", "weights", "GB", W(ACTIVE_Q3MOE, "bf16"), H, anchor="| @moemath |", occ=2, note="re-attributed to the read per token")
claim(f, "11.1 GB", "quantized_file", "GB", OSS, H, anchor="| @mxfp |")
claim(f, "245.2 GB", "weights", "GB", W(ML, "bf16"), H, anchor="| @tpfour |")
claim(f, "123B parameters", "params", "B", N[ML], H, anchor="- \"Mistral-Large-2 has 123B parameters")
claim(f, "2.75 MiB per token", "kv_cache_per_token", "MiB", KVT(ML), X, "off_2x", anchor="- \"Mistral-Large-2 has 123B parameters", note="352 KiB")
claim(f, "1.8 Tbit/s", "bandwidth", "Tbit/s", RTX5090_BW, X, "wrong_unit", note="14.3 Tbit/s")
claim(f, "33.3 GB", "quantized_file", "GB", GG(G27, "Q4_K_M"), X, "off_2x", note="16.7 GB")
claim(f, "16.4 GB", "weights", "GB", W(Q8, "fp8"), X, "wrong_dtype", anchor="- \"Qwen3-8B in fp8 is 16.4 GB", note="bf16 size; fp8 8.19 GB")
claim(f, "13.7 GB", "training", "GB", 16 * N[SM], X, "off_2x", note="8 B/param; 27.4 GB")
claim(f, "11.1 GB per token", "weights", "GB", OSS_A, X, "wrong_kind", note="stored size; 1.92 GB read per token")
non(f, "  bits per weight (Q2_K 3.16, Q4_K_M 4.89", "format constants (bits per weight)")
non(f, "card \"GB\" on spec sheets are GiB[^1]", "footnote marker")
non(f, "| RTX PRO 6000 | 96 GB | 1792 GB/s |", "hardware spec")
non(f, "  would not fit the 96 GB card.", "hardware spec")
non(f, "  qwen3-30b-a3b: {hidden: 2048", "config inputs")
claim(f, "4.9–5.0 GB", "quantized_file", "GB", [GG(L8, "Q4_K_M"), GG(Q8, "Q4_K_M")], H, rng=True,
      anchor="- For orientation: 8B-class Q4_K_M files", note="Llama-3-8B and Qwen3-8B")
non(f, "  gemma-2-27b: {hidden: 4608", "config inputs")
non(f, "  phi-4: {hidden: 5120", "config inputs")
non(f, "  gpt-oss-20b: {params_total: 20.91B", "model-card inputs")

# ---- en_02: a mentor's 1:1 notes with a junior engineer (his scratch as written, feedback, actions, sticky note) ----
f = "en_02"
L8, L13, NEMO = "llama3-8b", "llama2-13b", "mistral-nemo-12b"
SCALE.update({"sessions": 1})
NEMO_ATT = lora(40, 16, [(5120, 4096), (5120, 1024), (5120, 1024), (4096, 5120)])
NEMO_ALL = lora(40, 16, [(5120, 4096), (5120, 1024), (5120, 1024), (4096, 5120), (5120, 14336), (5120, 14336), (14336, 5120)])
C8 = 6 * N[L8] * 20e9
RATE = 8 * 0.4 * 312e12
claim(f, "16.06 GB", "weights", "GB", W(L8, "bf16"), H, anchor="- 8.03B params × 2 bytes = 16.06 GB")
claim(f, "48.2 GB", "training", "GB", 16 * N[L8], X, "off_2x", anchor="- Adam keeps two more copies", note="6 B/param; 16 B/param 128.5 GB")
claim(f, "6 GB each", "training", "GB", zero(N[L8], 8, 3), X, "off_2x", note="ZeRO-3 16.06 GB per GPU")
claim(f, "128.5 GB", "training", "GB", 16 * N[L8], H, anchor="  2 grads, 12 for the fp32 master copy")
claim(f, "44.2 GB per GPU", "training", "GB", zero(N[L8], 8, 1), H)
claim(f, "5.5 bytes", "arithmetic", "bytes", 4 + 12 / 8, H, anchor="  - ZeRO-1: 4 + 12/8 = 5.5 bytes")
claim(f, "3.75 bytes", "arithmetic", "bytes", 2 + 14 / 8, H)
claim(f, "30.1 GB per GPU", "training", "GB", zero(N[L8], 8, 2), H)
claim(f, "16.06 GB per GPU", "training", "GB", zero(N[L8], 8, 3), H, anchor="  - ZeRO-3: 16/8 = 2 bytes")
claim(f, "144.5 GB", "training", "GB", 18 * N[L8], H)
claim(f, "96.4 GB", "training", "GB", 12 * N[L8], H)
claim(f, "4.56 GB", "activations", "GB", act(L8, 4096, 8, "flash", layers=1), H, anchor="- Per layer, FlashAttention:")
claim(f, "146 GB", "activations", "GB", act(L8, 4096, 8, "flash"), H, anchor="- All 32 layers: 146 GB.")
claim(f, "5.3 GB per layer", "activations", "GB", act(L8, 4096, 8, "none", layers=1), X, "off_2x", note="26.0 GB per layer")
A = "- Llama-2-13B at s = 2048, b = 1"
claim(f, "1.2 GB per layer", "activations", "GB", act(L13, 2048, 1, "none", layers=1), H, anchor=A)
claim(f, "47.8 GB", "activations", "GB", act(L13, 2048, 1, "none"), H, anchor=A)
A = "- 4.56 GB and 146 GB are right"
claim(f, "4.56 GB", "activations", "GB", act(L8, 4096, 8, "flash", layers=1), H, anchor=A)
claim(f, "146 GB", "activations", "GB", act(L8, 4096, 8, "flash"), H, anchor=A)
claim(f, "570 MB", "activations", "MB", act(L8, 4096, 1, "flash", layers=1), H, anchor="With one sequence per GPU a layer holds 570 MB")
A = "  at b = 8 and the 32 layers 833 GB."
claim(f, "26.0 GB", "activations", "GB", act(L8, 4096, 8, "none", layers=1), H, anchor="term is 160 here, so a layer holds 26.0 GB")
claim(f, "833 GB", "activations", "GB", act(L8, 4096, 8, "none"), H, anchor=A)
A = "- Full recomputation keeps only"
claim(f, "268 MB per layer", "activations", "MB", act(L8, 4096, 8, "full", layers=1), H, anchor=A)
claim(f, "8.6 GB", "activations", "GB", act(L8, 4096, 8, "full"), H, anchor=A)
claim(f, "14.3 GB", "activations", "GB", act(L13, 2048, 1, "flash"), H, anchor="- The Llama-2-13B line holds")
A = "- Mistral-Nemo-12B: 12,247,782,400 parameters"
claim(f, "12,247,782,400 parameters", "params", "params", N[NEMO], H, anchor=A)
claim(f, "24.5 GB", "weights", "GB", W(NEMO, "bf16"), H, anchor=A)
claim(f, "39.3M", "params", "M", NEMO_ATT, X, "off_2x", anchor="- LoRA r = 16 on q, k, v, o: 39.3M", note="19.7M; bf16 MB read as params")
claim(f, "39.3 MB", "weights", "MB", NEMO_ATT * 4, X, "wrong_dtype", anchor="- Adapter in fp32: 39.3 MB.", note="bf16 size; fp32 78.6 MB")
claim(f, "3.1 GB", "weights", "GB", N[NEMO] * NF4 / 8, X, "off_2x", anchor="- QLoRA base in NF4: 3.1 GB.", note="6.32 GB")
claim(f, "57.0M parameters", "params", "M", NEMO_ALL, H, anchor="- All-linear LoRA (q, k, v, o, gate, up, down)")
A = "  layer, 19,660,800 over 40 layers"
claim(f, "491,520", "arithmetic", "params", NEMO_ATT / 40, H, anchor="o 16 × (4096 + 5120) — 491,520 per")
claim(f, "19,660,800", "params", "params", NEMO_ATT, H, anchor=A)
claim(f, "19.7M", "params", "M", NEMO_ATT, H, anchor=A)
claim(f, "39.3", "weights", "MB", NEMO_ATT * 2, H, anchor=A, note="re-attributed to the bf16 adapter in MB")
A = "- The adapter is 39.3 MB in bf16 and 78.6 MB in fp32."
claim(f, "39.3 MB", "weights", "MB", NEMO_ATT * 2, H, anchor=A)
claim(f, "78.6 MB", "weights", "MB", NEMO_ATT * 4, H, anchor=A)
A = "- Adam for the adapter alone"
claim(f, "315 MB", "training", "MB", NEMO_ATT * 16, H, anchor=A)
claim(f, "24.5 GB", "weights", "GB", W(NEMO, "bf16"), H, anchor=A)
claim(f, "0.3 GB", "training", "GB", NEMO_ATT * 16, H, anchor=A)
claim(f, "24.8 GB", "training", "GB", W(NEMO, "bf16") + NEMO_ATT * 16, H, anchor=A)
A = "- NF4 with double quantisation is 4.127 bits"
claim(f, "6.32 GB", "weights", "GB", N[NEMO] * NF4 / 8, H, anchor=A)
claim(f, "5.88 GiB", "weights", "GiB", N[NEMO] * NF4 / 8, H, anchor=A)
A = "- The all-linear count holds: 57.0M"
claim(f, "57.0M", "params", "M", NEMO_ALL, H, anchor=A)
claim(f, "933,888 per layer", "arithmetic", "params", (NEMO_ALL - NEMO_ATT) / 40, H, anchor=A)
claim(f, "3.2 × 10²⁰", "flops", "FLOP", C8, X, "off_2x", anchor="- FLOPs: 2 × N × D = 3.2 × 10²⁰.", note="2ND; 6ND 9.64e20")
claim(f, "about 27 hours", "time", "hours", C8 / RATE, X, "off_2x", hedged=True, note="268 hours")
claim(f, "2.5 tokens per parameter", "ratio", "tokens/param", 20e9 / N[L8], H)
claim(f, "9.64 \\times 10^{20}", "flops", "FLOP", C8, H, anchor="- Training is $6ND$, not $2ND$")
A = "- The node sustains 8 × 0.4 × 312 = 998 TFLOP/s"
claim(f, "998 TFLOP/s", "arithmetic", "TFLOP/s", RATE, H, anchor=A)
claim(f, "9.64 × 10²⁰ FLOP", "flops", "FLOP", C8, H, anchor=A)
claim(f, "268 hours", "time", "hours", C8 / RATE, H, anchor=A)
claim(f, "about 11.2 days", "time", "days", C8 / RATE, H, hedged=True, anchor=A)
claim(f, "2,145 GPU-hours", "time", "GPU-hours", 8 * C8 / RATE / 3600, H, anchor="  or 2,145 GPU-hours.")
A = "- Tokens per parameter: 2.49 ✓"
claim(f, "2.49", "ratio", "tokens/param", 20e9 / N[L8], H, anchor=A)
claim(f, "160.6B tokens", "tokens", "B tokens", 20 * N[L8], H, anchor=A)
claim(f, "9.64e20", "flops", "FLOP", C8, H)
claim(f, "9.98e14", "arithmetic", "FLOP", RATE, H, note="FLOP/s")
claim(f, "268", "time", "hours", C8 / RATE, H, anchor="hours = flops / rate / 3600  # 268")
claim(f, "2,145 GPU-hours", "time", "GPU-hours", 8 * C8 / RATE / 3600, H, anchor="**Actions:** Dev writes the one-pager")
A = "- Serving Llama-3-8B bf16 on one A100"
claim(f, "16.06 GB", "weights", "GB", W(L8, "bf16"), H, anchor=A)
claim(f, "512 KiB per token", "kv_cache_per_token", "KiB", KVT(L8), X, "off_2x", anchor=A, note="32 query heads; 128 KiB")
claim(f, "254 tok/s", "throughput", "tok/s", A100_BW / W(L8, "bf16"), X, "wrong_dtype", anchor="- Ceiling 254 tok/s per stream.", note="fp8 ceiling; bf16 127 tok/s")
claim(f, "2039 Gbit/s", "bandwidth", "Gbit/s", A100_BW, X, "wrong_unit", anchor="- A100 bandwidth = 2039 Gbit/s.", note="2039 GB/s = 16.3 Tbit/s")
claim(f, "about 32 GB", "weights", "GB", W(L8, "bf16"), X, "wrong_dtype", hedged=True, note="fp32 size; bf16 16.06 GB", **Q)
claim(f, "16 GB per GPU", "training", "GB", zero(N[L8], 8, 3), H, **Q)
A = "- KV: 8 KV heads, not 32 — 128 KiB per token."
claim(f, "128 KiB per token", "kv_cache_per_token", "KiB", KVT(L8), H, anchor=A)
claim(f, "16 GiB", "kv_cache_total", "GiB", KV(L8, 8192, 16), H, anchor=A)
A = "- With 16.06 GB of bf16 weights the ceiling"
claim(f, "16.06 GB", "weights", "GB", W(L8, "bf16"), H, anchor=A)
claim(f, "≈ 127 tok/s", "throughput", "tok/s", A100_BW / W(L8, "bf16"), H, hedged=True, anchor=A)
claim(f, "254 tok/s", "throughput", "tok/s", A100_BW / W(L8, "fp8"), H, anchor=A, note="re-attributed to fp8")
claim(f, "about 16.3 Tbit/s", "bandwidth", "Tbit/s", A100_BW, H, hedged=True)
A = "- ChatGPT's 32 GB is the fp32 size"
claim(f, "32 GB", "weights", "GB", W(L8, "fp32"), H, anchor=A, note="re-attributed to fp32")
claim(f, "32.1 GB", "weights", "GB", W(L8, "fp32"), H, anchor=A)
claim(f, "16.06 GB per GPU", "training", "GB", zero(N[L8], 8, 3), H, anchor=A)
A = "- Free memory after the weights: 80 GiB − 14.96 GiB"
claim(f, "14.96 GiB", "weights", "GiB", W(L8, "bf16"), H, anchor=A)
claim(f, "65.0 GiB", "arithmetic", "GiB", 80 * GIB - W(L8, "bf16"), H, anchor=A)
claim(f, "65 sessions", "arithmetic", "sessions", (80 * GIB - W(L8, "bf16")) // KV(L8, 8192), H, anchor=A)
claim(f, "1 GiB each", "kv_cache_total", "GiB", KV(L8, 8192), H, anchor=A)
STICKY = [("Llama-3-8B bf16 weights", "16.06 GB", "weights", "GB", W(L8, "bf16"), None, ""),
          ("full fine-tune state", "48.2 GB", "training", "GB", 16 * N[L8], "off_2x", "128.5 GB"),
          ("ZeRO-3 per GPU on 8 cards", "6.0 GB", "training", "GB", zero(N[L8], 8, 3), "off_2x", "16.06 GB"),
          ("Nemo LoRA r=16 attention", "39.3M params", "params", "M params", NEMO_ATT, "off_2x", "19.7M"),
          ("Nemo NF4 base", "3.1 GB", "weights", "GB", N[NEMO] * NF4 / 8, "off_2x", "6.32 GB"),
          ("6ND for 20B tokens", "3.2 × 10²⁰ FLOP", "flops", "FLOP", C8, "off_2x", "2ND; 9.64e20"),
          ("KV per token", "512 KiB", "kv_cache_per_token", "KiB", KVT(L8), "off_2x", "128 KiB"),
          ("A100 bandwidth", "2039 Gbit/s", "bandwidth", "Gbit/s", A100_BW, "wrong_unit", "2039 GB/s")]
for row, fig, kind, unit, val, err, why in STICKY:
    claim(f, fig, kind, unit, val, X if err else H, err, anchor=f"| {row} |", note="January sticky note" + (f"; {why}" if err else ""))
non(f, "cadence: weekly, Tuesdays 16:00", "time")
non(f, "started: 2027-01-12", "date")
non(f, "  gpus: \"8 × A100 80GB\"", "hardware spec")
non(f, "  peak_bf16_tflops: 312", "hardware spec")
non(f, "  hbm_bandwidth: \"2039 GB/s\"", "hardware spec")
non(f, "  assumed_mfu: 0.40", "config input")
non(f, "  vocab: 131072", "config input")
non(f, "review_date: 2027-03-01", "date")
non(f, "## Week 1 — 2027-01-12", "date")
non(f, "**Actions:** Dev re-reads the ZeRO paper", "date, ticket number")
non(f, "**Actions:** Dev adds `gradient_checkpointing: true`", "PR number")
non(f, "**Actions:** Dev tries r = 16 on all linear layers", "config value, ticket number")
non(f, "## Week 4 — 2027-02-02", "date")
non(f, "N, D = 8.03e9, 20e9", "config inputs")
non(f, "**Actions:** load test on 2027-02-16", "date, user counts")
non(f, "- Rating for the cycle:", "rating")
non(f, "- Next: pair him with Lena", "quarter, footnote marker")
non(f, "[^1]: Calibration meeting 2027-02-24", "date, time, counts")
claim(f, "640 KiB per token", "kv_cache_per_token", "KiB", KVT(NEMO), X, "off_2x", note="32 query heads; 160 KiB")
claim(f, "24.5 GB", "weights", "GB", W(NEMO, "fp8"), X, "wrong_dtype", anchor="- \"Nemo in fp8 is 24.5 GB", note="bf16 size; fp8 12.2 GB")
claim(f, "9.8 GB", "quantized_file", "GB", GG(L8, "Q4_K_M"), X, "off_2x", note="4.91 GB")
claim(f, "196 GB", "training", "GB", zero(N[NEMO], 8, 3), X, "per_gpu", anchor="- \"ZeRO-3 on 8 cards puts 196 GB", note="total; 24.5 GB per GPU")
claim(f, "4.9 × 10²⁰ FLOP", "flops", "FLOP", 6 * N[NEMO] * 20e9, X, "off_2x", note="2ND; 6ND 1.47e21")
claim(f, "200 KiB per token", "kv_cache_per_token", "KiB", KVT(L13), X, "off_2x", note="800 KiB (no GQA)")
claim(f, "85.9 GiB", "arithmetic", "GiB", 80 * GIB, X, "gb_as_gib", note="80 GiB = 85.9 GB")
claim(f, "196 GB", "training", "GB", W(NEMO, "bf16") + NEMO_ATT * 16, X, "wrong_kind", anchor="- \"A LoRA fine-tune of Nemo needs 196 GB.\"", note="full fine-tune state; LoRA 24.8 GB")
non(f, "  nodes: 1", "count")
non(f, "  heads: 32", "config input")

# ---- en_03: tech-site review draft of a 32 GB card with the editor's inline comments and a fix list -----------
f = "en_03"
L8, L70, M7, Q32, MS = "llama3-8b", "llama3-70b", "mixtral-8x7b", "qwen2.5-32b", "mistral-small-24b"
B = RTX5090_BW
OSS = N["gpt-oss-20b"] * MX4
OSS_A = ACTIVE_OSS20 * MX4
M7A = GG(ACTIVE_M7, "Q4_K_M")
LORA8 = lora(32, 16, [(4096, 4096), (4096, 1024), (4096, 1024), (4096, 4096)])
CARD = 32 * GIB
claim(f, "1.8 Tbit/s", "bandwidth", "Tbit/s", B, X, "wrong_unit", anchor="*Caption under the hero shot:*", note="1792 GB/s = 14.3 Tbit/s")
claim(f, "14.3 Tbit/s", "bandwidth", "Tbit/s", B, H, anchor="**[ED: ✘ caption")
A = "512-bit bus at 28 Gbps gives 28 × 512 ÷ 8 = 1792 GB/s"
claim(f, "1792 GB/s", "bandwidth", "GB/s", B, H, anchor=A)
claim(f, "78 %", "percentage", "%", 100 * (B / RTX4090_BW - 1), H, anchor=A)
claim(f, "1.78×", "ratio", "×", B / RTX4090_BW, H, anchor=A)
claim(f, "1008 Gbit/s", "bandwidth", "Gbit/s", RTX4090_BW, X, "wrong_unit", anchor="The 4090 tops out at 1008 Gbit/s", note="1008 GB/s")
claim(f, "1008", "bandwidth", "GB/s", RTX4090_BW, H, anchor="**[ED: ✘ the 4090 line", note="re-attributed to GB/s")
claim(f, "53.5 %", "percentage", "%", 100 * B / H100_BW, H, anchor="3.35 TB/s the 5090 has 53.5 %")
claim(f, "21.6 GB", "quantized_file", "GB", GG(L70, "Q4_K_M"), X, "off_2x", anchor="- \"With 32 GB you can finally run a 70B model", note="43.2 GB")
A = "  - **[ED: ✘ the Q4_K_M file is 43.2 GB."
claim(f, "43.2 GB", "quantized_file", "GB", GG(L70, "Q4_K_M"), H, rel=0.02, anchor=A)
claim(f, "27.9 GB", "quantized_file", "GB", GG(L70, "Q2_K"), H, rel=0.02, anchor=A)
claim(f, "2.5 GiB", "kv_cache_total", "GiB", KV(L70, 8192), H, anchor=A)
claim(f, "30.5 GB", "arithmetic", "GB", GG(L70, "Q2_K") + KV(L70, 8192), H, anchor=A)
claim(f, "34.4 GB", "arithmetic", "GB", CARD, H, anchor="    against the 34.4 GB that a 32 GB card holds.]**", note="32 GiB in GB")
A = "- \"Mixtral-8x7B at Q4_K_M (28.6 GB) fits"
claim(f, "28.6 GB", "quantized_file", "GB", GG(M7, "Q4_K_M"), H, rel=0.02, anchor=A)
claim(f, "7.9 GB per token", "quantized_file", "GB", M7A, H, rel=0.02, anchor=A, note="active experts read per token")
claim(f, "227 tok/s", "throughput", "tok/s", B / M7A, H, anchor="  ceiling 227 tok/s.\"")
A = "- \"Per token, the 5090 reads the full 28.6 GB of Mixtral"
claim(f, "28.6 GB", "quantized_file", "GB", M7A, X, "wrong_kind", anchor=A, note="whole file; 7.9 GB read per token")
claim(f, "63 tok/s", "throughput", "tok/s", B / M7A, X, "wrong_kind", bound="upper", anchor=A, note="227 tok/s")
A = "- \"Qwen2.5-32B at Q4_K_M is a 20.0 GB file"
claim(f, "20.0 GB", "quantized_file", "GB", GG(Q32, "Q4_K_M"), H, rel=0.02, anchor=A)
claim(f, "40 GiB", "kv_cache_total", "GiB", KV(Q32, 32768), X, "off_2x", anchor=A, note="40 query heads; 8 GiB")
A = "  - **[ED: ✘ cache: 8 KV heads, not 40"
claim(f, "256 KiB per token", "kv_cache_per_token", "KiB", KVT(Q32), H, anchor=A)
claim(f, "8 GiB", "kv_cache_total", "GiB", KV(Q32, 32768), H, anchor=A)
claim(f, "28.6 GB", "arithmetic", "GB", GG(Q32, "Q4_K_M") + KV(Q32, 32768), H, anchor=A)
A = "- \"Mistral-Small-24B is 47.1 GB in bf16"
claim(f, "47.1 GB", "weights", "GB", W(MS, "bf16"), H, anchor=A)
claim(f, "12.5 GB", "quantized_file", "GB", GG(MS, "Q8_0"), X, "off_2x", anchor=A, note="25.0 GB")
A = "  - **[ED: half ✘ — 47.1 GB ✔"
claim(f, "47.1 GB", "weights", "GB", W(MS, "bf16"), H, anchor=A)
claim(f, "25.0 GB", "quantized_file", "GB", GG(MS, "Q8_0"), H, rel=0.02, anchor=A)
claim(f, "5 GiB", "kv_cache_total", "GiB", KV(MS, 32768), H, anchor=A)
claim(f, "30.4 GB", "arithmetic", "GB", GG(MS, "Q8_0") + KV(MS, 32768), H, anchor=A)
claim(f, "5.0 GB", "kv_cache_total", "GB", KV(MS, 32768), X, "gib_as_gb", anchor="- \"At 32K the Mistral-Small cache is 5.0 GB.\"", note="5 GiB = 5.37 GB")
A = "  - **[ED: ✘ unit — 5 GiB, i.e. 5.37 GB.]**"
claim(f, "5 GiB", "kv_cache_total", "GiB", KV(MS, 32768), H, anchor=A)
claim(f, "5.37 GB", "kv_cache_total", "GB", KV(MS, 32768), H, anchor=A)
A = "- \"gpt-oss-20b is only 11.1 GB in MXFP4"
claim(f, "11.1 GB", "quantized_file", "GB", OSS, H, anchor=A)
claim(f, "161 tok/s", "throughput", "tok/s", B / OSS_A, X, "wrong_kind", anchor=A, note="whole file; active ≈ 934 tok/s")
A = "  - **[ED: ✘ MoE again"
claim(f, "3.61B", "params", "B", ACTIVE_OSS20, H, anchor=A)
claim(f, "1.92 GB", "weights", "GB", OSS_A, H, anchor=A, note="bytes read per token")
claim(f, "≈ 934 tok/s", "throughput", "tok/s", B / OSS_A, H, hedged=True, anchor=A)
claim(f, "8 GB", "weights", "GB", W(L8, "fp16"), X, "wrong_dtype", anchor="- \"Even plain Llama-3-8B in fp16 is just 8 GB.\"", note="int8 size; fp16 16.06 GB")
A = "  - **[ED: ✘ fp16 is 16.06 GB; 8 GB is int8.]**"
claim(f, "16.06 GB", "weights", "GB", W(L8, "fp16"), H, anchor=A)
claim(f, "8 GB", "weights", "GB", W(L8, "int8"), H, anchor=A, note="re-attributed to int8")
TAB = [("Llama-3-8B | bf16", "16.06", "weights", W(L8, "bf16"), "111.6", B / W(L8, "bf16")),
       ("Mistral-Small-24B | Q8_0", "25.0", "quantized_file", GG(MS, "Q8_0"), "71.5", B / GG(MS, "Q8_0")),
       ("Qwen2.5-32B | Q4_K_M", "20.0", "quantized_file", GG(Q32, "Q4_K_M"), "89.4", B / GG(Q32, "Q4_K_M")),
       ("Llama-3-70B | Q2_K", "27.9", "quantized_file", GG(L70, "Q2_K"), "64.3", B / GG(L70, "Q2_K")),
       ("Mixtral-8x7B | Q4_K_M", "28.6", "quantized_file", GG(M7, "Q4_K_M"), "227", B / M7A)]
for row, ff, kind, fv, cf, cv in TAB:
    claim(f, ff, kind, "GB", fv, H, anchor=f"| {row} |", rel=0.02 if kind == "quantized_file" else None)
    claim(f, cf, "throughput", "tok/s", cv, H, anchor=f"| {row} |")
claim(f, "93 %", "percentage", "%", 100 * 104 / (B / W(L8, "bf16")), H, anchor="Our measured 104 tok/s")
claim(f, "64.2 GB", "training", "GB", 16 * N[L8], X, "off_2x", anchor="- \"Full fine-tuning Llama-3-8B needs 64.2 GB", note="8 B/param; 16 B/param 128.5 GB")
claim(f, "128.5 GB", "training", "GB", 16 * N[L8], H, anchor="  - **[ED: ✘ mixed-precision Adam is 16 bytes")
A = "- \"LoRA r = 16 on the attention projections trains 13.6M"
claim(f, "13.6M parameters", "params", "M", LORA8, H, anchor=A)
claim(f, "27.3 MB", "weights", "MB", LORA8 * 2, H, anchor=A)
claim(f, "16.3 GB", "training", "GB", W(L8, "bf16") + LORA8 * 16, H, anchor="  whole run sits at 16.3 GB before activations.\"")
A = "- \"With FlashAttention, activations at 4K tokens"
claim(f, "0.57 GB per layer", "activations", "GB", act(L8, 4096, 1, "flash", layers=1), H, anchor=A)
claim(f, "18.3 GB", "activations", "GB", act(L8, 4096, 1, "flash"), H, anchor=A)
claim(f, "16.3 GB", "training", "GB", W(L8, "bf16") + LORA8 * 16, H, anchor="  - **[ED: ✔ but then it doesn't fit next to 16.3 GB")
claim(f, "16.9 GB", "weights", "GB", N[Q32] * NF4 / 8, H, anchor="the NF4 base is 16.9 GB")
claim(f, "27.3 MB", "weights", "MB", LORA8 * 4, X, "wrong_dtype", anchor="- \"The LoRA adapter for Llama-3-8B in fp32", note="bf16 size; fp32 54.5 MB")
claim(f, "54.5 MB", "weights", "MB", LORA8 * 4, H, anchor="  - **[ED: ✘ that's the bf16 size again")
A = "> \"Llama-3-70B at Q4_K_M needs about 40 GiB"
claim(f, "about 40 GiB", "quantized_file", "GiB", GG(L70, "Q4_K_M"), H, hedged=True, anchor=A, **Q)
claim(f, "20 GiB", "kv_cache_total", "GiB", KV(L70, 8192), X, "off_2x", anchor=A, note="64 query heads; 2.5 GiB", **Q)
A = "**[ED: first sentence ✔ (43.2 GB = 40.2 GiB)."
claim(f, "43.2 GB", "quantized_file", "GB", GG(L70, "Q4_K_M"), H, rel=0.02, anchor=A)
claim(f, "40.2 GiB", "quantized_file", "GiB", GG(L70, "Q4_K_M"), H, rel=0.02, anchor=A)
claim(f, "2.5 GiB", "kv_cache_total", "GiB", KV(L70, 8192), H, anchor=A)
A = "\"Bottom line: 32 GB means 70B-class models in 4-bit"
claim(f, "35.3 GB", "weights", "GB", W(L70, "int4"), H, anchor=A)
claim(f, "1792 GB/s", "bandwidth", "GB/s", B, H, anchor=A)
A = "**[ED: ✘ logic — 35.3 GB is more than the 34.4 GB"
claim(f, "35.3 GB", "weights", "GB", W(L70, "int4"), H, anchor=A)
claim(f, "34.4 GB", "arithmetic", "GB", CARD, H, anchor=A, note="32 GiB in GB")
FIX = [("caption", "1.8 Tbit/s", "14.3 Tbit/s", "bandwidth", B, "wrong_unit"),
       ("4090 line", "1008 Gbit/s", "1008 GB/s", "bandwidth", RTX4090_BW, "wrong_unit"),
       ("Llama-3-70B Q4_K_M", "21.6 GB", "43.2 GB", "quantized_file", GG(L70, "Q4_K_M"), "off_2x"),
       ("Qwen2.5-32B cache at 32K", "40 GiB", "8 GiB", "kv_cache_total", KV(Q32, 32768), "off_2x"),
       ("Mistral-Small Q8_0 file", "12.5 GB", "25.0 GB", "quantized_file", GG(MS, "Q8_0"), "off_2x"),
       ("Mistral-Small cache at 32K", "5.0 GB", "5.37 GB", "kv_cache_total", KV(MS, 32768), "gib_as_gb"),
       ("gpt-oss-20b ceiling", "161 tok/s", "≈ 934 tok/s", "throughput", B / OSS_A, "wrong_kind"),
       ("Llama-3-8B fp16", "8 GB", "16.06 GB", "weights", W(L8, "fp16"), "wrong_dtype"),
       ("full fine-tune, 8B", "64.2 GB", "128.5 GB", "training", 16 * N[L8], "off_2x"),
       ("LoRA adapter fp32", "27.3 MB", "54.5 MB", "weights", LORA8 * 4, "wrong_dtype")]
for row, was, now, kind, val, err in FIX:
    uw, un = was.split()[-1], now.split()[-1]
    claim(f, was, kind, uw, val, X, err, anchor=f"| {row} |", note="draft says")
    claim(f, now, kind, un, val, H, anchor=f"| {row} |", hedged=now.startswith("≈"), rel=0.02 if kind == "quantized_file" else None)
non(f, "embargo: 2027-03-18T15:00", "date, time")
non(f, "  memory: \"32 GB GDDR7\"", "hardware spec")
non(f, "  bus_bits: 512", "hardware spec")
non(f, "  data_rate_gbps: 28", "hardware spec")
non(f, "  tgp_w: 575", "power")
non(f, "  msrp_usd: 1999", "price")
non(f, "bench: {cpu: \"Ryzen 9 9950X\"", "hardware spec, versions")
non(f, "  qwen2.5-32b: {hidden: 5120", "config inputs")
non(f, "word_count: 2480", "word count")
non(f, "| memory | 32 GB GDDR7 |", "hardware spec")
non(f, "| bus | 512-bit, 28 Gbps |", "hardware spec")
non(f, "| board power | 575 W |", "power")
non(f, "| price | $1,999 |", "price")
non(f, "Measured with `llama-bench -p 512 -n 128`", "CLI flags, run count")
non(f, "| Llama-3-8B bf16 | 11,840 | 104 |", "measured speeds")
non(f, "| Mistral-Small-24B Q8_0 | 4,410 | 63 |", "measured speeds")
non(f, "| Qwen2.5-32B Q4_K_M | 3,270 | 71 |", "measured speeds")
non(f, "| Llama-3-70B Q2_K | 1,120 | 41 |", "measured speeds")
non(f, "| Mixtral-8x7B Q4_K_M | 2,960 | 118 |", "measured speeds")
non(f, "- Thermals for the sidebar: 71 °C core", "temperature, fan, noise")
non(f, "- Price per GB of VRAM: $62.5 at MSRP", "prices, date")
non(f, "- Ask legal about the \"twice the 4090\" line", "date, reader count")
claim(f, "42–44 GB", "quantized_file", "GB", GG(L70, "Q4_K_M"), H, rng=True, anchor="lands at 42–44 GB in every build")
non(f, "[^1]: Two retailers, checked 2027-03-10", "date, time, stock count")
non(f, "  gpt-oss-20b: {params_total: 20.91B", "model-card inputs")

# ---- en_04: debate-night transcript (timed speeches, live fact-check desk, rebuttals, floor questions, app bot) ---
f = "en_04"
L8, L70, L405, Q72, M22 = "llama3-8b", "llama3-70b", "llama3.1-405b", "qwen2.5-72b", "mixtral-8x22b"
DS = N["deepseek-v3"]
KVD = MLA_DSV3 * 2
NODE = 8 * 80 * GIB
C405, C8 = 6 * N[L405] * 15.6e12, 6 * N[L8] * 15e12
SCALE.update({"TiB": TIB})
claim(f, "16 GB", "weights", "GB", W(L8, "bf16"), H, anchor="- \"An 8B model is 16 GB in bf16.")
claim(f, "65 GiB", "arithmetic", "GiB", 80 * GIB - W(L8, "bf16"), H, anchor="- \"An 8B model is 16 GB in bf16.")
claim(f, "4 GB", "weights", "GB", W(L8, "int4"), H, anchor="- \"At 4-bit it's 4 GB.")
claim(f, "140 GB", "weights", "GB", W(L70, "bf16"), H, anchor="- \"The 70B needs 140 GB in bf16")
A = "- \"And its cache is 10× bigger per token"
claim(f, "10×", "ratio", "×", KVT(L70) / KVT(L8), X, "off_2x", anchor=A, note="2.5×")
claim(f, "1.25 MiB", "kv_cache_per_token", "MiB", KVT(L70), X, "off_2x", anchor=A, note="320 KiB")
claim(f, "128 KiB", "kv_cache_per_token", "KiB", KVT(L8), H, anchor=A)
claim(f, "100 GiB", "kv_cache_total", "GiB", KV(L8, 8192, 100), H, anchor="- \"A hundred users at 8K on the 8B take 100 GiB")
claim(f, "1 TiB", "kv_cache_total", "TiB", KV(L70, 8192, 100), X, "off_2x", anchor="- \"The same hundred users on the 70B take 1 TiB", note="250 GiB")
A = "**Desk:** ✔ lines one, two, three and five."
claim(f, "320 KiB per token", "kv_cache_per_token", "KiB", KVT(L70), H, anchor=A)
claim(f, "2.5×", "ratio", "×", KVT(L70) / KVT(L8), H, anchor=A)
claim(f, "250 GiB", "kv_cache_total", "GiB", KV(L70, 8192, 100), H, anchor="the 8B, not 10×; so the hundred users take 250 GiB")
claim(f, "3.8 × 10²⁵ FLOP", "flops", "FLOP", C405, H, anchor="- \"Quality comes from compute.")
A = "  7.2 × 10²³ on 15T — 53× less.\""
claim(f, "7.2 × 10²³", "flops", "FLOP", C8, H, anchor=A)
claim(f, "53×", "ratio", "×", C405 / C8, H, anchor=A)
A = "- \"And 405B is not scary. In fp8 it's 406 GB."
claim(f, "406 GB", "weights", "GB", W(L405, "fp8"), H, anchor=A)
claim(f, "281 GB", "arithmetic", "GB", NODE - W(L405, "fp8"), H, anchor=A)
claim(f, "50.7 GB", "weights", "GB", W(L405, "fp8") / 8, H, anchor="- \"Per GPU that's 50.7 GB of weights at TP=8.\"", note="per-GPU share")
A = "- \"DeepSeek-V3 has 671B parameters but reads only 37 GB"
claim(f, "671B parameters", "params", "B", DS, H, anchor=A)
claim(f, "37 GB per token", "weights", "GB", W(ACTIVE_DSV3, "fp8"), H, anchor=A, note="bytes read per token")
A = "- \"Its MLA cache is 68.6 KiB per token"
claim(f, "68.6 KiB per token", "kv_cache_per_token", "KiB", KVD, H, anchor=A)
claim(f, "128 KiB", "kv_cache_per_token", "KiB", KVT(L8), H, anchor=A)
A = "- \"A 128K conversation on DeepSeek-V3 is 8.6 GiB"
claim(f, "8.6 GiB", "kv_cache_total", "GiB", KVD * 131072, H, anchor=A)
claim(f, "16 GiB", "kv_cache_total", "GiB", KV(L8, 131072), H, anchor=A)
A = "**Desk:** ✔ all eight figures."
claim(f, "504 KiB per token", "kv_cache_per_token", "KiB", KVT(L405), H, anchor=A)
claim(f, "63 GiB", "kv_cache_total", "GiB", KV(L405, 131072), H, anchor="is 63 GiB.")
A = "- \"Mixtral-8x22B: 141B parameters, every token touches 39B"
claim(f, "141B parameters", "params", "B", N[M22], H, anchor=A)
claim(f, "39B", "params", "B", ACTIVE_M22, H, anchor=A)
claim(f, "281 GB", "weights", "GB", W(M22, "bf16"), H, anchor=A)
claim(f, "78 GB", "weights", "GB", W(ACTIVE_M22, "bf16"), H, anchor="- \"Each token reads 78 GB in bf16", note="bytes read per token")
A = "- \"A full fine-tune of the 8B is 128 GB"
claim(f, "128 GB", "training", "GB", 16 * N[L8], H, anchor=A)
claim(f, "1.13 TB", "training", "TB", 16 * N[L70], H, anchor=A)
claim(f, "36.4 GB", "weights", "GB", N[L70] * NF4 / 8, H, anchor="- \"QLoRA helps: the 70B base in NF4 is 36.4 GB.")
A = "- \"The 8B decodes at 209 tok/s on one H100"
claim(f, "209 tok/s", "throughput", "tok/s", H100_BW / W(L8, "bf16"), H, anchor=A)
claim(f, "95 tok/s", "throughput", "tok/s", H100_BW / (W(L70, "fp8") / 2), H, anchor=A)
claim(f, "72.7 GB", "weights", "GB", W(Q72, "bf16"), X, "wrong_dtype", anchor="- \"Qwen2.5-72B is 72.7 GB in bf16.", note="fp8 size; bf16 145.4 GB")
A = "- \"The H100 moves 3.35 Tbit/s"
claim(f, "3.35 Tbit/s", "bandwidth", "Tbit/s", H100_BW, X, "wrong_unit", anchor=A, note="3.35 TB/s = 26.8 Tbit/s")
claim(f, "26 tok/s", "throughput", "tok/s", H100_BW / W(L8, "bf16"), X, "wrong_unit", anchor=A, note="from Tbit/s; 209 tok/s")
claim(f, "70 GFLOP per token", "flops", "GFLOP", 2 * N[L70], X, "off_2x", note="141.1 GFLOP")
claim(f, "671 GB", "weights", "GB", W(DS, "bf16"), X, "wrong_dtype", anchor="- \"DeepSeek-V3 in bf16 is 671 GB.", note="fp8 size; bf16 1.34 TB")
claim(f, "126 KiB per token", "kv_cache_per_token", "KiB", KVT(L405), X, "off_2x", note="504 KiB")
A = "**Desk:** ✘ 72.7 GB is Qwen2.5-72B in fp8"
claim(f, "72.7 GB", "weights", "GB", W(Q72, "fp8"), H, anchor=A, note="re-attributed to fp8")
claim(f, "145.4 GB", "weights", "GB", W(Q72, "bf16"), H, anchor=A)
claim(f, "3.35", "bandwidth", "TB/s", H100_BW, H, anchor=A, note="re-attributed to TB/s")
claim(f, "26.8 Tbit/s", "bandwidth", "Tbit/s", H100_BW, H, anchor=A)
claim(f, "209 tok/s", "throughput", "tok/s", H100_BW / W(L8, "bf16"), H, anchor=A)
A = "✘ 2N for 70.6B is 141.1 GFLOP."
claim(f, "141.1 GFLOP", "flops", "GFLOP", 2 * N[L70], H, anchor=A)
claim(f, "1.34 TB", "weights", "TB", W(DS, "bf16"), H, anchor=A)
claim(f, "504 KiB", "kv_cache_per_token", "KiB", KVT(L405), H, anchor=A)
A = "**[00:32:10] Ana:**"
claim(f, "72.7 GB", "weights", "GB", W(Q72, "fp8"), H, anchor=A, note="re-attributed to fp8")
claim(f, "72.7 GB", "weights", "GB", W(Q72, "fp8"), H, anchor=A, occ=2)
claim(f, "8 GB", "weights", "GB", W(L8, "fp8"), H, anchor="card, while our 8B in fp8 is 8 GB.")
A = "**[00:35:20] Chen:**"
claim(f, "250 GiB", "kv_cache_total", "GiB", KV(L70, 8192, 100), H, anchor=A)
claim(f, "250 GiB", "kv_cache_total", "GiB", KV(L70, 8192, 100), H, anchor=A, occ=2)
claim(f, "268 GB", "kv_cache_total", "GB", KV(L70, 8192, 100), H, anchor=A)
A = "**[00:38:30] Ben:**"
claim(f, "687 GB", "arithmetic", "GB", NODE, H, anchor=A, note="8 × 80 GiB in GB")
claim(f, "406 GB", "weights", "GB", W(L405, "fp8"), H, anchor=A)
claim(f, "281 GB", "arithmetic", "GB", NODE - W(L405, "fp8"), H, anchor=A)
A = "504 KiB per token is about 545,000 tokens"
claim(f, "504 KiB", "kv_cache_per_token", "KiB", KVT(L405), H, anchor=A)
claim(f, "about 545,000 tokens", "tokens", "tokens", (NODE - W(L405, "fp8")) / KVT(L405), H, hedged=True, anchor=A)
A = "**Desk:** ✔ all three. Four full 128K users"
claim(f, "252 GiB", "kv_cache_total", "GiB", KV(L405, 131072, 4), H, anchor=A)
claim(f, "271 GB", "kv_cache_total", "GB", KV(L405, 131072, 4), H, anchor=A)
A = "**[00:41:00] Dara:**"
claim(f, "26 tok/s", "arithmetic", "tok/s", H100_BW / 8 / W(L8, "bf16"), H, anchor=A, note="re-attributed to a 3.35 Tbit/s card")
claim(f, "2.5 MiB per token", "kv_cache_per_token", "MiB", KVT(L70), X, "off_2x", anchor="still 2.5 MiB per token with 64 heads", note="64 query heads; 320 KiB")
A = "**Desk:** ✔ 26 tok/s is what 3.35 Tbit/s would give."
claim(f, "26 tok/s", "arithmetic", "tok/s", H100_BW / 8 / W(L8, "bf16"), H, anchor=A)
claim(f, "2.5 MiB", "arithmetic", "MiB", 2 * 80 * 64 * 128 * 2, H, anchor=A, note="labelled as the 64-head figure")
claim(f, "320 KiB", "kv_cache_per_token", "KiB", KVT(L70), H, anchor=A)
claim(f, "4.9 GB", "quantized_file", "GB", GG(L8, "Q4_K_M"), H, rel=0.02, anchor="1. \"How big is the 8B at Q4_K_M?\"")
claim(f, "141 GB", "weights", "GB", W(M22, "fp8"), H, anchor="2. \"Does Mixtral-8x22B fit on two H100s in fp8?\"")
claim(f, "172 GB", "arithmetic", "GB", 2 * 80 * GIB, H, anchor="2. \"Does Mixtral-8x22B fit on two H100s in fp8?\"")
A = "3. \"What does 405B cost to serve at bf16?\""
claim(f, "406 GB per node", "weights", "GB", W(L405, "bf16"), X, "wrong_dtype", anchor=A, note="fp8 size; bf16 812 GB")
claim(f, "812 GB", "weights", "GB", W(L405, "bf16"), H, anchor=A)
A = "4. \"Is 16 bytes per parameter real?\""
claim(f, "128.5 GB", "training", "GB", 16 * N[L8], H, anchor=A)
claim(f, "6.5 TB", "training", "TB", 16 * N[L405], H, anchor=A)
A = "> \"Llama-3-8B's KV cache is 512 KiB per token"
claim(f, "512 KiB per token", "kv_cache_per_token", "KiB", KVT(L8), X, "off_2x", anchor=A, note="32 query heads; 128 KiB", **Q)
claim(f, "400 GiB", "kv_cache_total", "GiB", KV(L8, 8192, 100), X, "off_2x", anchor=A, note="100 GiB", **Q)
claim(f, "about 810 GB", "weights", "GB", W(L405, "bf16"), H, hedged=True, **Q)
claim(f, "70.6 GB", "weights", "GB", W(L70, "fp8"), H, anchor="> \"A 70B model in fp8 is 70.6 GB", **Q)
claim(f, "281 GB per token", "weights", "GB", W(ACTIVE_M22, "bf16"), X, "wrong_kind", note="stored total; 78 GB read per token", **Q)
A = "Desk after the event: first line ✘ twice"
claim(f, "128 KiB", "kv_cache_per_token", "KiB", KVT(L8), H, anchor=A)
claim(f, "100 GiB", "kv_cache_total", "GiB", KV(L8, 8192, 100), H, anchor=A)
claim(f, "78 GB", "weights", "GB", W(ACTIVE_M22, "bf16"), H, anchor="the stored total; it reads 78 GB).")
claim(f, "64 GiB", "kv_cache_total", "GiB", KV(L8, 131072), X, "off_2x", anchor="- \"The 8B's cache at 128K is 64 GiB", note="16 GiB")
claim(f, "68.6 GiB", "kv_cache_total", "GiB", KVD * 131072, X, "off_2x", anchor="- \"DeepSeek-V3 keeps 68.6 GiB", note="8.6 GiB")
claim(f, "70 GB", "weights", "GB", W(M22, "fp8"), X, "off_2x", anchor="- \"Mixtral-8x22B in fp8 is 70 GB.\"", note="140.6 GB")
claim(f, "3,350 Gbit/s", "bandwidth", "Gbit/s", H100_BW, X, "wrong_unit", note="26,800 Gbit/s")
claim(f, "2.5 MiB per token", "kv_cache_per_token", "MiB", KVT(Q72), X, "off_2x", anchor="- \"Qwen2.5-72B caches 2.5 MiB per token.\"", note="64 query heads; 320 KiB")
claim(f, "2.4 × 10²³ FLOP", "flops", "FLOP", C8, X, "off_2x", note="2ND; 6ND 7.2e23")
claim(f, "70 GB", "weights", "GB", W(L70, "int4"), X, "wrong_dtype", anchor="- \"The 70B in int4 is 70 GB.\"", note="int8 size; int4 35.3 GB")
claim(f, "35.3 GB", "training", "GB", zero(N[L70], 64, 3), X, "off_2x", anchor="- \"ZeRO-3 over 64 GPUs puts 35.3 GB", note="17.6 GB per GPU")
claim(f, "406 GB per GPU", "weights", "GB", W(L405, "fp8") / 8, X, "per_gpu", note="total; 50.7 GB per GPU")
non(f, "date: 2027-03-05", "date")
non(f, "venue: \"Room 4B, 3rd floor\"", "room, floor")
non(f, "format: {speeches_min: 7", "times, counts")
non(f, "hardware_assumed: {gpu: \"H100 SXM\"", "hardware spec")
non(f, "  llama-3.1-405b: {hidden: 16384", "config inputs")
non(f, "  deepseek-v3: {params_total: 671B", "model-card inputs")
non(f, "recording: \"guild-debate-2027-03.mp4", "file name, duration")
non(f, "**[00:00:40]** \"Two speeches a side", "timestamp, minutes, counts")
non(f, "**[00:02:15]**", "timestamp")
non(f, "**[00:09:30]**", "timestamp")
non(f, "**[00:17:05]**", "timestamp")
non(f, "**[00:24:50]**", "timestamp")
non(f, "Our bill is $1,830 a month.", "price")
non(f, "| before | 41 % | 37 % | 22 % |", "vote shares")
non(f, "| after | 38 % | 55 % | 7 % |", "vote shares")
non(f, "Opposition won the swing by 21 points.", "vote swing, head counts")
non(f, "| Ana | 11 | 8 | 3 |", "scorecard counts")
non(f, "| Dara | 8 | 1 | 7 |", "scorecard counts")
non(f, "[^1]: Times are from the recording's counter", "timestamp")
non(f, "| Chen | 10 | 10 | 0 |", "scorecard counts")
non(f, "| Ben | 12 | 12 | 0 |", "scorecard counts")
claim(f, "0.5–1 MiB per token", "kv_cache_per_token", "MiB", KVT(L8), X, "off_2x", rng=True, note="128 KiB = 0.125 MiB")
non(f, "> The desk worked from [[Sizing formulas]]", "LaTeX formula with free variables")
non(f, "> training, $2N$ FLOP per generated token.", "LaTeX formula with free variables")

# ---- en_05: expo-floor booth notes (banners, brochures, reps' lines, my ✔/✘ with reasons, kiosk bot, tally) ------
f = "en_05"
L8, L70, L405, Q7, Q14, MI, M7 = "llama3-8b", "llama3-70b", "llama3.1-405b", "qwen2.5-7b", "qwen2.5-14b", "mistral-7b", "mixtral-8x7b"
EDGE_BW = 204.8e9
SCALE.update({"s": 1})
LORA_QV = lora(32, 8, [(4096, 4096), (4096, 1024)])
C7 = 6 * N[MI] * 2e12
claim(f, "406 GB", "weights", "GB", W(L405, "bf16"), X, "wrong_dtype", anchor="- Banner: \"Llama 3.1 405B in bf16: 406 GB", note="fp8 size; bf16 811.7 GB")
claim(f, "101 GB", "weights", "GB", W(L405, "bf16") / 8, H, anchor="- Rep: \"Each of the 8 GPUs holds 101 GB", note="per-GPU share, bf16 at TP=8")
claim(f, "16 GiB", "kv_cache_total", "GiB", KV(L405, 131072), X, "off_2x", anchor="- Rep: \"The KV cache at 128K is 16 GiB.\"", note="63 GiB")
claim(f, "504 KiB per token", "kv_cache_per_token", "KiB", KVT(L405), H, anchor="  - ✘ the 405B's 8 KV heads over 126 layers")
A = "- Spec sheet: \"aggregate bandwidth 26.8 TB/s\""
claim(f, "26.8 TB/s", "bandwidth", "TB/s", 8 * H100_BW, H, anchor=A)
claim(f, "33 tok/s", "throughput", "tok/s", H100_BW / (W(L405, "bf16") / 8), H, anchor=A)
claim(f, "101 GB per card", "weights", "GB", W(L405, "bf16") / 8, H, anchor=A)
claim(f, "84 tok/s", "throughput", "tok/s", EDGE_BW / GG(L8, "Q4_K_M"), X, "off_2x", note="≈ 42 tok/s")
claim(f, "4.91 GB", "quantized_file", "GB", GG(L8, "Q4_K_M"), H, rel=0.02, anchor="  - ✘ 204.8 GB/s over a 4.91 GB file")
claim(f, "8.09 GB", "quantized_file", "GB", GG(Q7, "Q8_0"), H, rel=0.02)
claim(f, "14 GiB", "kv_cache_total", "GiB", KV(Q7, 32768), X, "off_2x", anchor="- Rep: \"Qwen2.5-7B at 32K context: 14 GiB", note="1.75 GiB")
claim(f, "204.8 Gbit/s", "bandwidth", "Gbit/s", EDGE_BW, X, "wrong_unit", note="204.8 GB/s")
claim(f, "12.9 GB per token", "weights", "GB", W(ACTIVE_M7, "bf16"), X, "wrong_dtype", note="fp8 active; bf16 25.8 GB")
claim(f, "12.9 GB", "weights", "GB", W(ACTIVE_M7, "fp8"), H, anchor="  - ✘ 12.9 GB is the active experts in fp8", note="re-attributed to fp8")
A = "- Slide: \"DeepSeek-V3 in fp8 is 671 GB"
claim(f, "671 GB", "weights", "GB", W(N["deepseek-v3"], "fp8"), H, anchor=A)
claim(f, "1128 GB", "arithmetic", "GB", 8 * 141e9, H, anchor=A, note="8 × 141 GB as stated")
claim(f, "457 GB", "arithmetic", "GB", 8 * 141e9 - W(N["deepseek-v3"], "fp8"), H, anchor=A)
A = "- Rep: \"MLA caches 70,272 bytes per token"
claim(f, "70,272 bytes per token", "kv_cache_per_token", "bytes", MLA_DSV3 * 2, H, anchor=A)
claim(f, "65.4 GiB", "kv_cache_total", "GiB", MLA_DSV3 * 2 * 1e6, H, anchor=A)
claim(f, "4,800 Gbit/s", "bandwidth", "Gbit/s", H200_BW, X, "wrong_unit", note="38,400 Gbit/s")
A = "- Poster: \"Our 2-bit Llama-3-70B is 17.6 GB"
claim(f, "17.6 GB", "weights", "GB", N[L70] * 2 / 8, H, anchor=A, note="nominal 2 bits per weight")
claim(f, "141 GB", "weights", "GB", W(L70, "bf16"), H, anchor=A)
claim(f, "8×", "ratio", "×", 16 / 2, H, anchor=A)
claim(f, "21.6 GB", "quantized_file", "GB", GG(L70, "Q4_K_M"), X, "off_2x", anchor="- Poster: \"Q4_K_M of Llama-3-70B: 21.6 GB.\"", note="43.2 GB")
claim(f, "7.6 GB", "weights", "GB", N[Q14] * NF4 / 8, H, anchor="- Rep: \"NF4 with double quant puts Qwen2.5-14B at 7.6 GB.\"")
claim(f, "7.2 GB", "weights", "GB", W(MI, "int4"), X, "wrong_dtype", anchor="- Rep: \"Int4 weights of Mistral-7B: 7.2 GB.\"", note="int8 size; int4 3.6 GB")
claim(f, "141 GB per GPU", "training", "GB", zero(N[L70], 8, 3), H, anchor="- Rep: \"Full fine-tune of Llama-3-70B on one 8 × H100 node")
claim(f, "141 GB per GPU", "training", "GB", zero(N[L70], 8, 3), H, anchor="  - ✔ for the figure, ✘ for \"fits\"")
claim(f, "64 GB", "training", "GB", 16 * N[L8], X, "off_2x", anchor="- Brochure: \"Full fine-tune of Llama-3-8B: 64 GB", note="8 B/param; 128.5 GB")
claim(f, "3.4M", "params", "M", LORA_QV, H, anchor="- Brochure: \"LoRA r=8 on q and v for Llama-3-8B: 3.4M")
claim(f, "13.6 MB", "weights", "MB", LORA_QV * 2, X, "wrong_dtype", anchor="- Brochure: \"The adapter is 13.6 MB in bf16.\"", note="fp32 size; bf16 6.8 MB")
claim(f, "2.9 × 10²² FLOP", "flops", "FLOP", C7, X, "off_2x", note="2ND; 6ND 8.7e22")
claim(f, "60,000 GPU-hours", "time", "GPU-hours", C7 / 400e12 / 3600, H)
claim(f, "40 GiB", "kv_cache_total", "GiB", KV(L70, 131072), H, anchor="- Rep: \"Llama-3-70B's cache at 128K is 40 GiB")
A = "- Rep: \"Over PCIe 5.0 x16 at 64 GB/s"
claim(f, "0.67 s", "time", "s", KV(L70, 131072) / 64e9, H, anchor=A)
claim(f, "512 Gbit/s", "bandwidth", "Gbit/s", 64e9, H, anchor=A)
claim(f, "2.5 MiB of cache", "kv_cache_per_token", "MiB", KVT(L70), X, "off_2x", anchor="- Banner: \"Each token of a 70B conversation", note="64 query heads; 320 KiB")
A = "> \"Llama-2-70B needs 138 GB in bf16"
claim(f, "138 GB", "weights", "GB", W("llama2-70b", "bf16"), H, anchor=A, **Q)
claim(f, "2.5 MiB", "kv_cache_per_token", "MiB", KVT("llama2-70b"), X, "off_2x", anchor=A, note="64 query heads; 320 KiB", **Q)
claim(f, "3.6 GB", "weights", "GB", W(MI, "int4"), H, anchor="> \"Mistral-7B in int4 needs 3.6 GB.\"", **Q)
claim(f, "138 GB", "weights", "GB", W("llama2-70b", "bf16"), H, anchor="First: ✔ 138 GB")
A = "> - NeuroRack: bf16 is 812 GB"
claim(f, "812 GB", "weights", "GB", W(L405, "bf16"), H, anchor=A)
claim(f, "63 GiB", "kv_cache_total", "GiB", KV(L405, 131072), H, anchor=A)
A = "> - EdgeMind: the ceiling is ≈ 42 tok/s"
claim(f, "≈ 42 tok/s", "throughput", "tok/s", EDGE_BW / GG(L8, "Q4_K_M"), H, hedged=True, anchor=A)
claim(f, "1.75 GiB", "kv_cache_total", "GiB", KV(Q7, 32768), H, anchor=A)
A = "> - TrainFast: the 8B needs 128.5 GB"
claim(f, "128.5 GB", "training", "GB", 16 * N[L8], H, anchor=A)
claim(f, "6.8 MB", "weights", "MB", LORA_QV * 2, H, anchor=A)
non(f, "  days: [2027-04-13, 2027-04-14]", "dates")
non(f, "badge: \"EXH-VIS-20931\"", "badge number")
non(f, "  - {name: NeuroRack, stand: B-214}", "stand number")
non(f, "  - {name: MemoryMax, stand: B-019}", "stand number")
non(f, "reference_hardware: {h100:", "hardware spec")
non(f, "travel_budget_eur: 1450", "budget")
non(f, "steps_day1: 18400", "step count")
non(f, "## EdgeMind (B-118) — edge box", "stand number, hardware spec")
non(f, "- Price list: $0.40 per million input tokens", "prices, discount")
non(f, "- Demo laptop: \"Q4_K_M 70B runs at 6.2 tok/s", "measured speed, hardware spec")
non(f, "- Booth quiz prize: a 2 TB NVMe drive", "prize, quiz score")
non(f, "| NeuroRack | 5 | 3 | 2 |", "tally counts")
non(f, "| EdgeMind | 4 | 1 | 3 |", "tally counts")
non(f, "| TrainFast | 6 | 3 | 3 |", "tally counts")
non(f, "Day 2 schedule: keynote 09:30", "times")
claim(f, "35.3 GB", "weights", "GB", W(L70, "fp8"), X, "wrong_dtype", anchor="- LlamaBox Mini: \"Llama-3-70B fp8 weights: 35.3 GB", note="int4 size; fp8 70.6 GB")
claim(f, "43 GB", "quantized_file", "GB", GG("mixtral-8x22b", "Q4_K_M"), X, "off_2x", anchor="- ClusterCo: \"Mixtral-8x22B Q4_K_M: 43 GB", note="86.0 GB")
claim(f, "8,000 Gbit/s", "bandwidth", "Gbit/s", B200_BW, X, "wrong_unit", note="8 TB/s = 64,000 Gbit/s")
claim(f, "128 KiB per token", "kv_cache_per_token", "KiB", KVT("llama2-7b"), X, "off_2x", anchor="- ContextPlus: \"Llama-2-7B caches only 128 KiB", note="no GQA; 512 KiB")
claim(f, "671 GB per token", "weights", "GB", W(ACTIVE_DSV3, "fp8"), X, "wrong_kind", note="stored total; 37 GB read per token")
non(f, "[^1]: Flyers from the swag bag", "footnote marker")
non(f, "  llama-3.1-405b: {hidden: 16384", "config inputs")
non(f, "  qwen2.5-14b: {hidden: 5120", "config inputs")
non(f, "  mixtral-8x22b: {hidden: 6144", "config inputs")
non(f, "  deepseek-v3: {params_total: 671B", "model-card inputs")

# ---- ru_01: протокол разногласий к приложению договора поставки (редакции поставщика / заказчика / согласованная) ---
f = "ru_01"
Q72, L8 = "qwen2.5-72b", "llama3-8b"
MEM4 = 4 * 80 * GIB
W72 = W(Q72, "fp8")
SCALE.update({"с": 1, "сессий": 1})
ROWS = [("п. 2.1 память GPU", [("343,6 ГиБ", "arithmetic", "ГиБ", MEM4, "gb_as_gib"), ("320 ГиБ", "arithmetic", "ГиБ", MEM4, None),
                               ("343,6 ГБ", "arithmetic", "ГБ", MEM4, None)]),
        ("п. 2.2 веса Qwen2.5-72B, fp8", [("145,4 ГБ", "weights", "ГБ", W72, "wrong_dtype"), ("72,7 ГБ", "weights", "ГБ", W72, None)]),
        ("п. 2.3 веса на карту, TP = 4", [("72,7 ГБ", "weights", "ГБ", W72 / 4, "per_gpu"), ("18,2 ГБ", "weights", "ГБ", W72 / 4, None)]),
        ("п. 2.4 KV-кэш на токен", [("2,5 МиБ", "kv_cache_per_token", "МиБ", KVT(Q72), "off_2x"), ("320 КиБ", "kv_cache_per_token", "КиБ", KVT(Q72), None)]),
        ("п. 2.5 KV-кэш, 64 сессии", [("20 ГиБ", "kv_cache_total", "ГиБ", KV(Q72, 8192, 64), "off_2x"), ("160 ГиБ", "kv_cache_total", "ГиБ", KV(Q72, 8192, 64), None),
                                     ("160 ГиБ", "kv_cache_total", "ГиБ", KV(Q72, 8192, 64), None), ("171,8 ГБ", "kv_cache_total", "ГБ", KV(Q72, 8192, 64), None)]),
        ("п. 2.6 пропускная способность карты", [("3,35 Тбит/с", "bandwidth", "Тбит/с", H100_BW, "wrong_unit"), ("26,8 Тбит/с", "bandwidth", "Тбит/с", H100_BW, None),
                                                 ("3,35 ТБ/с", "bandwidth", "ТБ/с", H100_BW, None)]),
        ("п. 2.7 потолок декодирования", [("46 ток/с", "throughput", "ток/с", H100_BW / (W72 / 4), "per_gpu"), ("184 ток/с", "throughput", "ток/с", H100_BW / (W72 / 4), None)]),
        ("п. 2.8 Llama-3.1-8B, bf16", [("8 ГБ", "weights", "ГБ", W(L8, "bf16"), "wrong_dtype"), ("16,06 ГБ", "weights", "ГБ", W(L8, "bf16"), None)]),
        ("п. 2.9 дообучение Llama-3.1-8B", [("48,2 ГБ", "training", "ГБ", 16 * N[L8], "off_2x"), ("128,5 ГБ", "training", "ГБ", 16 * N[L8], None),
                                           ("128,5 ГБ", "training", "ГБ", 16 * N[L8], None), ("32,1 ГБ на карту", "training", "ГБ", zero(N[L8], 4, 3), None)]),
        ("п. 2.10 сеть", [("400 ГБ/с", "bandwidth", "ГБ/с", 400 * 1.25e8, "wrong_unit"), ("50 ГБ/с", "bandwidth", "ГБ/с", 400 * 1.25e8, None)]),
        ("п. 2.11 50 копий весов bf16", [("3,6 ТБ", "weights", "ТБ", 50 * W(Q72, "bf16"), "off_2x"), ("7,27 ТБ", "weights", "ТБ", 50 * W(Q72, "bf16"), None)]),
        ("п. 2.12 загрузка весов fp8", [("10,4 с", "time", "с", W72 / 7e9, None), ("10,4 с", "time", "с", W72 / 7e9, None)]),
        ("п. 2.13 контекст одной сессии", [("163¦840 токенов", "tokens", "токенов", 200 * GIB / KVT(Q72), "off_2x"),
                                          ("655¦360 токенов", "tokens", "токенов", 200 * GIB / KVT(Q72), None)])]
WHY = {"343,6 ГиБ": "320 ГиБ = 343,6 ГБ", "145,4 ГБ": "bf16; fp8 72,7 ГБ", "72,7 ГБ": "полная копия; на карту 18,2 ГБ",
       "2,5 МиБ": "64 головы запросов; 320 КиБ", "20 ГиБ": "160 ГиБ", "3,35 Тбит/с": "26,8 Тбит/с", "46 ток/с": "вся модель на карту; 184 ток/с",
       "8 ГБ": "int8; bf16 16,06 ГБ", "48,2 ГБ": "6 байт/параметр; 128,5 ГБ", "400 ГБ/с": "50 ГБ/с", "3,6 ТБ": "7,27 ТБ",
       "163¦840 токенов": "655 360 токенов"}
for row, cells in ROWS:
    seen = Counter()
    for fig, kind, unit, val, err in cells:
        seen[fig] += 1
        claim(f, fig, kind, unit, val, X if err else H, err, anchor=f"| {row}", occ=seen[fig],
              note=("редакция поставщика; " + WHY[fig]) if err else "")
claim(f, "184 ток/с", "throughput", "ток/с", H100_BW / (W72 / 4), H, anchor="| п. 2.7 потолок декодирования", occ=2, bound="upper",
      note="согласованная редакция: «не более»")
A = "- «В fp8 каждый параметр занимает 2 байта"
claim(f, "145,4 ГБ", "weights", "ГБ", W72, X, "wrong_dtype", anchor=A, note="bf16; fp8 72,7 ГБ")
claim(f, "72,7 ГБ на карту", "weights", "ГБ", W72 / 4, X, "per_gpu", note="полная копия; 18,2 ГБ на карту")
A = "- «У Qwen2.5-72B 64 головы, отсюда 2,5 МиБ"
claim(f, "2,5 МиБ", "kv_cache_per_token", "МиБ", KVT(Q72), X, "off_2x", anchor=A, note="320 КиБ")
claim(f, "20 ГиБ", "kv_cache_total", "ГиБ", KV(Q72, 8192, 64), X, "off_2x", anchor=A, note="160 ГиБ")
claim(f, "3,35 Тбит/с", "bandwidth", "Тбит/с", H100_BW, X, "wrong_unit", anchor="- «Пропускная способность 3,35 Тбит/с", note="26,8 Тбит/с")
A = "- «Llama-3.1-8B в bf16 занимает 8 ГБ"
claim(f, "8 ГБ", "weights", "ГБ", W(L8, "bf16"), X, "wrong_dtype", anchor=A, note="int8; 16,06 ГБ")
claim(f, "8 млрд параметров", "params", "млрд", N[L8], H, anchor=A)
claim(f, "48,2 ГБ", "training", "ГБ", 16 * N[L8], X, "off_2x", anchor="- «Полное дообучение 8B укладывается в 48,2 ГБ", note="128,5 ГБ")
claim(f, "400 ГБ/с", "bandwidth", "ГБ/с", 400 * 1.25e8, X, "wrong_unit", anchor="- «Сеть 400 Гбит/с соответствует 400 ГБ/с.»", note="50 ГБ/с")
claim(f, "163¦840 токенов", "tokens", "токенов", 200 * GIB / KVT(Q72), X, "off_2x", anchor="- «Кэш одной сессии на 200 ГиБ", note="655 360")
claim(f, "16 ГиБ", "kv_cache_total", "ГиБ", KV(Q72, 8192, 64), X, "off_2x", anchor="- «Даже если считать по 320 КиБ", note="160 ГиБ")
A = "- «Каждая карта читает всю модель"
claim(f, "46 ток/с", "throughput", "ток/с", H100_BW / (W72 / 4), X, "per_gpu", anchor=A, note="вся модель на карту; 184 ток/с")
claim(f, "72,7 ГБ", "quantized_file", "ГБ", W(Q72, "int4"), X, "wrong_dtype", anchor="- «Для экономии предлагаем int4-версию", note="fp8; int4 36,4 ГБ")
claim(f, "22,2 ГБ", "quantized_file", "ГБ", GG(Q72, "Q4_K_M"), X, "off_2x", anchor="- «Или GGUF Q4_K_M той же модели", note="44,5 ГБ")
claim(f, "72,3 ГБ", "training", "ГБ", 18 * N[L8], X, "off_2x", anchor="- «С fp32-градиентами (18 байт на параметр)", note="144,5 ГБ")
A = "1. Параметры по конфигу из свойств"
claim(f, "72¦706¦203¦648 параметров", "params", "params", N[Q72], H, anchor=A)
claim(f, "8¦030¦261¦248", "params", "params", N[L8], H, anchor=A)
claim(f, "327680", "kv_cache_per_token", "байт", KVT(Q72), H, anchor="$$2 \\times 80 \\times 8 \\times 128 \\times 2 = 327680")
claim(f, "320", "kv_cache_per_token", "КиБ", KVT(Q72), H, anchor="$$2 \\times 80 \\times 8 \\times 128 \\times 2 = 327680", occ=1)
claim(f, "2,5 МиБ на токен", "arithmetic", "МиБ", 2 * 80 * 64 * 128 * 2, H, note="помечено как расчёт по головам запросов")
A = "3. 64 сессии по 8192 токена: 320 КиБ"
claim(f, "160 ГиБ", "kv_cache_total", "ГиБ", KV(Q72, 8192, 64), H, anchor=A)
claim(f, "171,8 ГБ", "kv_cache_total", "ГБ", KV(Q72, 8192, 64), H, anchor=A)
A = "4. Память (`nvidia-smi` показывает 81559 МиБ)"
claim(f, "67,7 ГиБ", "weights", "ГиБ", W72, H, anchor=A)
claim(f, "252,3 ГиБ", "arithmetic", "ГиБ", MEM4 - W72, H, anchor=A)
claim(f, "100 сессий", "arithmetic", "сессий", (MEM4 - W72) // KV(Q72, 8192), H, anchor="   то есть 100 сессий по 8192 токена.")
claim(f, "18,2 ГБ за токен", "weights", "ГБ", W72 / 4, H, anchor="5. Потолок декодирования при TP = 4")
A = "   3,35 ТБ/с / 18,2 ГБ ≈ 184 ток/с."
claim(f, "≈ 184 ток/с", "throughput", "ток/с", H100_BW / (W72 / 4), H, hedged=True, anchor=A)
claim(f, "46 ток/с", "arithmetic", "ток/с", H100_BW / W72, H, anchor=A, note="помечено как одна карта со всей моделью")
claim(f, "72,7 ГБ", "weights", "ГБ", W72, H, anchor=A)
A = "6. Дообучение: 16 байт на параметр"
claim(f, "128,5 ГБ", "training", "ГБ", 16 * N[L8], H, anchor=A)
claim(f, "144,5 ГБ", "training", "ГБ", 18 * N[L8], H, anchor=A)
A = "7. int4 — полбайта на параметр: 36,4 ГБ"
claim(f, "36,4 ГБ", "weights", "ГБ", W(Q72, "int4"), H, anchor=A)
claim(f, "около 44,5 ГБ", "quantized_file", "ГБ", GG(Q72, "Q4_K_M"), H, hedged=True, anchor=A)
non(f, "dogovor: \"14/27-П от 2027-02-03\"", "contract number, date")
non(f, "redaktsiya: 2", "revision number")
non(f, "data_protokola: 2027-02-17", "date")
non(f, "  gpu: \"4 × H100 SXM, 80 ГБ\"", "hardware spec")
non(f, "  propusknaya: \"3,35 ТБ/с на карту\"", "hardware spec")
non(f, "  set: \"1 × 400 Гбит/с\"", "hardware spec")
non(f, "  nvme: \"2 × 3,84 ТБ", "hardware spec")
non(f, "  tdp_vt: 700", "power")
non(f, "  slovar: 152064", "config input")
non(f, "> согласованная редакция по итогам встречи 2027-02-17", "date")
non(f, "| п. 2.14 энергопотребление | 4 × 700 Вт", "power")
non(f, "## Письмо поставщика от 2027-02-12", "date")
non(f, "## Ответ поставщика на замечания (2027-02-15)", "date")
non(f, "- Поставщик согласился с пп. 2.1–2.11", "clause numbers")
non(f, "- Срок подписания редакции 3 — 2027-02-24", "date, penalty percentages")
non(f, "- Стоимость не меняется: 31¦400¦000 ₽", "price")
non(f, "сам договор — [[Договор 14-27-П]]", "contract number")
non(f, "[^1]: Цена из коммерческого предложения", "date, days")

# ---- ru_02: журнал передачи смены дежурных (записи сдающего, бот дежурного, примечания принимающего, черновик) ------
f = "ru_02"
L70, NEMO, Q7, G27 = "llama3-70b", "mistral-nemo-12b", "qwen2.5-7b", "gemma2-27b"
W70 = W(L70, "fp8")
L40S_MEM = 48 * GIB
SCALE.update({"мин": 60, "раз": 1})
A = "- 02:14 — алерт `KVCacheFull` на llama70b-fp8."
claim(f, "30 ГиБ", "kv_cache_total", "ГиБ", KV(L70, 8192, 48), X, "off_2x", anchor=A, note="120 ГиБ (bf16-кэш, обе карты)")
A = "- Веса 70B в fp8 — 141 ГБ, по 70,5 ГБ на карту."
claim(f, "141 ГБ", "weights", "ГБ", W70, X, "wrong_dtype", anchor=A, note="bf16; fp8 70,6 ГБ")
claim(f, "70,5 ГБ на карту", "weights", "ГБ", W70 / 2, X, "wrong_dtype", anchor=A, note="bf16 на карту; fp8 35,3 ГБ")
claim(f, "2,5 МиБ", "kv_cache_per_token", "МиБ", KVT(L70), X, "off_2x", anchor="- KV на токен у 70B — 2,5 МиБ", note="64 головы запросов; 320 КиБ")
claim(f, "15 ГиБ", "kv_cache_total", "ГиБ", KV(L70, 8192, 48), X, "off_2x", anchor="> «Для 48 сессий по 8K на Llama-3.1-70B нужно 15 ГиБ", note="120 ГиБ", **Q)
claim(f, "60 ГиБ", "kv_cache_total", "ГиБ", KV(L70, 8192, 48, b=1), H, anchor="> «Если включить fp8-кэш, 48 сессий займут 60 ГиБ", **Q)
A = "- Веса в fp8 — 70,6 ГБ всего, 35,3 ГБ на карту"
claim(f, "70,6 ГБ", "weights", "ГБ", W70, H, anchor=A)
claim(f, "35,3 ГБ на карту", "weights", "ГБ", W70 / 2, H, anchor=A)
claim(f, "141 ГБ", "weights", "ГБ", W(L70, "bf16"), H, anchor=A, note="переотнесено к bf16")
A = "- Кэш — 320 КиБ на токен, при TP = 2 на карту по 160 КиБ."
claim(f, "320 КиБ", "kv_cache_per_token", "КиБ", KVT(L70), H, anchor=A)
claim(f, "160 КиБ", "kv_cache_per_token", "КиБ", KVT(L70) / 2, H, anchor=A, note="на карту при TP = 2")
claim(f, "120 ГиБ", "kv_cache_total", "ГиБ", KV(L70, 8192, 48), H, anchor=A)
claim(f, "60 ГиБ на карту", "kv_cache_total", "ГиБ", KV(L70, 8192, 48) / 2, H, anchor=A)
claim(f, "39,1 ГиБ", "arithmetic", "ГиБ", 0.9 * 80 * GIB - W70 / 2, H, anchor="- После весов при 0,90 на карте остаётся 39,1 ГиБ")
A = "- Включила fp8-кэш: 80 КиБ на токен на карту"
claim(f, "80 КиБ", "kv_cache_per_token", "КиБ", KVT(L70, 1) / 2, H, anchor=A, note="fp8-кэш, на карту")
claim(f, "30 ГиБ на карту", "kv_cache_total", "ГиБ", KV(L70, 8192, 48, b=1) / 2, H, anchor=A)
claim(f, "8 раз", "ratio", "раз", KV(L70, 8192, 48) / (15 * GIB), H, anchor="- Бот: первая строка занижена в 8 раз")
A = "- Обсуждаем перенос nemo12b с L40S на H100."
claim(f, "35–36 ток/с", "throughput", "ток/с", L40S_BW / W(NEMO, "bf16"), H, rng=True, anchor=A)
claim(f, "137 ток/с", "throughput", "ток/с", H100_BW / W(NEMO, "bf16"), H, anchor=A)
A = "- Кэш Nemo на 32K — 5 ГиБ на сессию"
claim(f, "5 ГиБ", "kv_cache_total", "ГиБ", KV(NEMO, 32768), H, anchor=A)
claim(f, "24,5 ГБ", "weights", "ГБ", W(NEMO, "bf16"), H, anchor=A)
claim(f, "25,2 ГиБ", "arithmetic", "ГиБ", L40S_MEM - W(NEMO, "bf16"), H, anchor=A)
claim(f, "68 ток/с", "throughput", "ток/с", H100_BW / W(NEMO, "bf16"), X, "wrong_dtype", anchor="- На H100 потолок будет 68 ток/с", note="4 байта/параметр; bf16 137 ток/с")
claim(f, "49 ГБ", "weights", "ГБ", W(NEMO, "bf16"), X, "wrong_dtype", anchor="- Nemo в bf16 — 49 ГБ", note="fp32; bf16 24,5 ГБ")
A = "- И кэш у неё 640 КиБ на токен"
claim(f, "640 КиБ", "kv_cache_per_token", "КиБ", KVT(NEMO), X, "off_2x", anchor=A, note="головы запросов; 160 КиБ")
claim(f, "20 ГиБ", "kv_cache_total", "ГиБ", KV(NEMO, 32768), X, "off_2x", anchor=A, note="5 ГиБ")
A = "- Скачал Llama-3.1-70B в bf16 для нового узла"
claim(f, "141 ГБ", "weights", "ГБ", W(L70, "bf16"), H, anchor=A)
claim(f, "2,4 мин", "time", "мин", W(L70, "bf16") / 1.25e8, X, "wrong_unit", anchor=A, note="Гбит/с принят за ГБ/с; 18,8 мин")
A = "- qwen7b-q8 на L4: файл 8,09 ГБ"
claim(f, "8,09 ГБ", "quantized_file", "ГБ", GG(Q7, "Q8_0"), H, rel=0.02, anchor=A)
claim(f, "37 ток/с", "throughput", "ток/с", 300e9 / GG(Q7, "Q8_0"), H, anchor=A)
claim(f, "12,25 ГиБ", "kv_cache_total", "ГиБ", KV(Q7, 32768), X, "off_2x", note="28 голов запросов; 1,75 ГиБ")
A = "- 01:05 — OOM при загрузке Gemma 2 27B на L40S"
claim(f, "27,2 млрд параметров", "params", "млрд", N[G27], H, anchor=A)
claim(f, "54,5 ГБ", "weights", "ГБ", W(G27, "bf16"), H, anchor=A)
claim(f, "14,5 ГБ", "quantized_file", "ГБ", GG(G27, "Q8_0"), X, "off_2x", anchor="- Q8_0 у Gemma 2 27B — 14,5 ГБ", note="28,9 ГБ")
claim(f, "18,8 мин", "time", "мин", W(L70, "bf16") / 1.25e8, H, anchor="- Загрузка 141 ГБ по 1 Гбит/с занимает 18,8 мин")
claim(f, "141 ГБ", "weights", "ГБ", W(L70, "bf16"), H, anchor="- Загрузка 141 ГБ по 1 Гбит/с занимает 18,8 мин")
A = "- Кэш Qwen2.5-7B — 56 КиБ на токен"
claim(f, "56 КиБ", "kv_cache_per_token", "КиБ", KVT(Q7), H, anchor=A)
claim(f, "1,75 ГиБ", "kv_cache_total", "ГиБ", KV(Q7, 32768), H, anchor=A)
A = "- Q8_0 у Gemma 2 27B — 28,9 ГБ"
claim(f, "28,9 ГБ", "quantized_file", "ГБ", GG(G27, "Q8_0"), H, rel=0.02, anchor=A)
claim(f, "368 КиБ", "kv_cache_per_token", "КиБ", KVT(G27), H, anchor=A)
claim(f, "2,875 ГиБ", "kv_cache_total", "ГиБ", KV(G27, 8192), H, anchor=A)
A = "- Ночной LoRA для Nemo"
claim(f, "19,7 млн параметров", "params", "млн", lora(40, 16, [(5120, 4096), (5120, 1024), (5120, 1024), (4096, 5120)]), H, anchor=A)
claim(f, "39,3 МБ", "weights", "МБ", 2 * lora(40, 16, [(5120, 4096), (5120, 1024), (5120, 1024), (4096, 5120)]), H, anchor=A)
claim(f, "196 ГБ", "training", "ГБ", 16 * N[NEMO], H, anchor="- Полное дообучение Nemo не пройдёт")
claim(f, "24,5 ГБ на карту", "training", "ГБ", zero(N[NEMO], 8, 3), H, anchor="- С ZeRO-3 на 8 × H100")
A = "- «За ночь 48 сессий съели"
claim(f, "960 ГиБ", "kv_cache_total", "ГиБ", KV(L70, 8192, 48), X, "off_2x", anchor=A, note="2,5 МиБ на токен по головам запросов; 120 ГиБ")
claim(f, "141 ГБ", "weights", "ГБ", W70, X, "wrong_dtype", anchor="- «Модель 70B в fp8 занимает 141 ГБ", note="bf16; fp8 70,6 ГБ")
A = "- «Пропускная способность H100 — 3,35 Тбит/с"
claim(f, "3,35 Тбит/с", "bandwidth", "Тбит/с", H100_BW, X, "wrong_unit", anchor=A, note="26,8 Тбит/с")
claim(f, "24 ток/с", "throughput", "ток/с", H100_BW / (W70 / 2), X, "off_2x", anchor=A, note="bf16 целиком на одну карту; 95 ток/с")
claim(f, "54,5 ГиБ", "weights", "ГиБ", W(G27, "bf16"), X, "gb_as_gib", note="54,5 ГБ = 50,7 ГиБ")
non(f, "period: 2027-03-02 — 2027-03-04", "dates")
non(f, "  llama70b-fp8: {model: Llama-3.1-70B-Instruct", "config, hardware spec")
non(f, "  nemo12b: {model: Mistral-Nemo-12B", "hardware spec")
non(f, "  qwen7b-q8: {model: Qwen2.5-7B", "hardware spec")
non(f, "  mistral-nemo-12b: {hidden: 5120", "config inputs")
non(f, "  gemma-2-27b: {hidden: 4608", "config inputs")
non(f, "h100_propusknaya: \"3,35 ТБ/с\"", "hardware spec")
non(f, "kanal_zagruzki: \"1 Гбит/с\"", "hardware spec")
non(f, "## Смена 2027-03-02, ночь", "date")
non(f, "- 03:40 — перезапустил под с `--max-num-seqs 32`", "time, CLI flag, measured latency")
non(f, "## Смена 2027-03-03, день", "date")
non(f, "- 15:20 — плановое обновление драйвера", "time, version, downtime")
non(f, "## Смена 2027-03-03, ночь", "date")
non(f, "## Смена 2027-03-04, день", "date")
non(f, "| llama70b-fp8 | 3 | 99,82 % | 840 | 71 |", "alert count, availability, measured latency, temperature")
non(f, "| nemo12b | 0 | 100 % | 410 | 64 |", "alert count, availability, measured latency, temperature")
non(f, "| qwen7b-q8 | 1 | 99,97 % | 220 | 58 |", "alert count, availability, measured latency, temperature")
non(f, "Разбор на планёрке 2027-03-05", "date")
claim(f, "24,5 ГБ", "weights", "ГБ", W(NEMO, "fp8"), X, "wrong_dtype", anchor="- «Nemo в fp8 — те же 24,5 ГБ", note="bf16; fp8 12,2 ГБ")
non(f, "[^1]: Данные из Grafana", "date, time")
A = "- В пике в кэше было 393¦216 токенов"
claim(f, "393¦216 токенов", "tokens", "токенов", 48 * 8192, H, anchor=A)
claim(f, "327¦680 байт", "kv_cache_per_token", "байт", KVT(L70), H, anchor=A)

# ---- ru_03: апелляция по олимпиадной задаче (условие, работа участника, эталон жюри с ошибками, решение комиссии) ----
f = "ru_03"
M = "llama2-13b"
C13 = 6 * N[M] * 2e12
RATE = 512 * 0.4 * 312e12
SCALE.update({"ПФЛОП/с": 1e15})
A = "- (а) 13¦015¦864¦320 параметров."
claim(f, "13¦015¦864¦320 параметров", "params", "params", N[M], H, anchor=A)
A = "- (б) 26,03 ГБ = 24,24 ГиБ."
claim(f, "26,03 ГБ", "weights", "ГБ", W(M, "fp16"), H, anchor=A)
claim(f, "24,24 ГиБ", "weights", "ГиБ", W(M, "fp16"), H, anchor=A)
A = "- (в) 819¦200 байт = 800 КиБ на токен"
claim(f, "819¦200 байт", "kv_cache_per_token", "байт", KVT(M), H, anchor=A)
claim(f, "800 КиБ на токен", "kv_cache_per_token", "КиБ", KVT(M), H, anchor=A)
claim(f, "3,125 ГиБ", "kv_cache_total", "ГиБ", KV(M, 4096, 8), X, "off_2x", anchor=A, note="батч забыт; 25 ГиБ")
A = "- (г) 78 ток/с в fp16; в int4 — 157 ток/с."
claim(f, "78 ток/с", "throughput", "ток/с", A100_BW / W(M, "fp16"), H, anchor=A)
claim(f, "157 ток/с", "throughput", "ток/с", A100_BW / W(M, "int4"), X, "wrong_dtype", anchor=A, note="int8; int4 313 ток/с")
A = "- (д) 208,3 ГБ; при ZeRO-3 на 8 картах — 26,0 ГБ на карту."
claim(f, "208,3 ГБ", "training", "ГБ", 16 * N[M], H, anchor=A)
claim(f, "26,0 ГБ на карту", "training", "ГБ", zero(N[M], 8, 3), H, anchor=A)
A = "- (е) $6ND = 1,56 \\times 10^{23}$ FLOP"
claim(f, "1,56 \\times 10^{23}", "flops", "FLOP", C13, H, anchor=A)
claim(f, "28,3 суток", "time", "суток", C13 / RATE, H, anchor=A)
claim(f, "1,2 ГБ на слой", "activations", "ГБ", act(M, 4096, 1, "none", layers=1), X, "off_2x", anchor="- (ж) 1,2 ГБ на слой.", note="s = 2048 вместо 4096; 4,07 ГБ")
claim(f, "13¦015¦864¦320", "params", "params", N[M], H, anchor="- (а) 13¦015¦864¦320.")
claim(f, "26,03 ГиБ", "weights", "ГиБ", W(M, "fp16"), X, "gb_as_gib", anchor="- (б) 26,03 ГиБ.", note="эталон; 26,03 ГБ = 24,24 ГиБ")
A = "- (в) 800 КиБ; 25 ГиБ."
claim(f, "800 КиБ", "kv_cache_per_token", "КиБ", KVT(M), H, anchor=A)
claim(f, "25 ГиБ", "kv_cache_total", "ГиБ", KV(M, 4096, 8), H, anchor=A)
A = "- (г) 78 ток/с и 313 ток/с."
claim(f, "78 ток/с", "throughput", "ток/с", A100_BW / W(M, "fp16"), H, anchor=A)
claim(f, "313 ток/с", "throughput", "ток/с", A100_BW / W(M, "int4"), H, anchor=A)
A = "- (д) 208,3 ГБ; 26,0 ГБ на карту."
claim(f, "208,3 ГБ", "training", "ГБ", 16 * N[M], H, anchor=A)
claim(f, "26,0 ГБ на карту", "training", "ГБ", zero(N[M], 8, 3), H, anchor=A)
A = "- (е) 5,2 × 10²² FLOP; 9,4 суток."
claim(f, "5,2 × 10²² FLOP", "flops", "FLOP", C13, X, "off_2x", anchor=A, note="эталон по 2ND; 1,56 × 10²³")
claim(f, "9,4 суток", "time", "суток", C13 / RATE, X, "off_2x", anchor=A, note="эталон по 2ND; 28,3 суток")
claim(f, "4,07 ГБ на слой", "activations", "ГБ", act(M, 4096, 1, "none", layers=1), H, anchor="- (ж) 4,07 ГБ на слой.")
A = "> «По пункту (б): 26,03 ГБ и 24,24 ГиБ"
claim(f, "26,03 ГБ", "weights", "ГБ", W(M, "fp16"), H, anchor=A)
claim(f, "24,24 ГиБ", "weights", "ГиБ", W(M, "fp16"), H, anchor=A)
claim(f, "1,56 × 10²³ FLOP", "flops", "FLOP", C13, H, anchor="> «По пункту (е): обучение — это 6ND")
claim(f, "28,3 суток", "time", "суток", C13 / RATE, H, anchor="> 312 ТФЛОПС и MFU 40 % это 28,3 суток.")
claim(f, "3,125 ГиБ", "kv_cache_total", "ГиБ", KV(M, 4096), H, anchor="> «По пункту (в): 3,125 ГиБ", note="переотнесено к одной последовательности")
A = "- **(б) удовлетворить.**"
claim(f, "26¦031¦728¦640 байт", "weights", "байт", W(M, "fp16"), H, anchor=A)
claim(f, "26,03 ГБ", "weights", "ГБ", W(M, "fp16"), H, anchor=A)
claim(f, "24,24 ГиБ", "weights", "ГиБ", W(M, "fp16"), H, anchor=A)
A = "- **(е) удовлетворить.**"
claim(f, "1,56 × 10²³ FLOP", "flops", "FLOP", C13, H, anchor=A)
claim(f, "63,9 ПФЛОП/с", "arithmetic", "ПФЛОП/с", RATE, H, anchor=A)
claim(f, "2,44 × 10⁶ с", "time", "с", C13 / RATE, H, anchor=A)
A = "  то есть 28,3 суток. Эталонные 5,2 × 10²² FLOP и 9,4 суток"
claim(f, "28,3 суток", "time", "суток", C13 / RATE, H, anchor=A)
claim(f, "5,2 × 10²² FLOP", "arithmetic", "FLOP", 2 * N[M] * 2e12, H, anchor=A, note="переотнесено к 2ND")
claim(f, "9,4 суток", "arithmetic", "суток", 2 * N[M] * 2e12 / RATE, H, anchor=A, note="переотнесено к 2ND")
A = "- **(в) отклонить.**"
claim(f, "3,125 ГиБ", "kv_cache_total", "ГиБ", KV(M, 4096), H, anchor=A)
claim(f, "25 ГиБ", "kv_cache_total", "ГиБ", KV(M, 4096, 8), H, anchor=A)
A = "- **(г) без апелляции, балл не возвращается.**"
claim(f, "6,51 ГБ", "weights", "ГБ", W(M, "int4"), H, anchor=A)
claim(f, "313 ток/с", "throughput", "ток/с", A100_BW / W(M, "int4"), H, anchor=A)
claim(f, "157 ток/с", "throughput", "ток/с", A100_BW / W(M, "int8"), H, anchor="  157 ток/с — это int8.", note="переотнесено к int8")
A = "- **(ж) без апелляции.**"
claim(f, "4,07 ГБ на слой", "activations", "ГБ", act(M, 4096, 1, "none", layers=1), H, anchor=A)
claim(f, "162,7 ГБ", "activations", "ГБ", act(M, 4096, 1, "none"), H, anchor=A)
claim(f, "1,2 ГБ", "arithmetic", "ГБ", act(M, 2048, 1, "none", layers=1), H, anchor=A, note="помечено как s = 2048")
claim(f, "13 млрд параметров", "params", "млрд", N[M], H, anchor="- (а) 13 млрд параметров.")
claim(f, "13,02 ГБ", "weights", "ГБ", W(M, "fp16"), X, "wrong_dtype", anchor="- (б) 13,02 ГБ.", note="int8; fp16 26,03 ГБ")
A = "- (в) 200 КиБ на токен; 6,25 ГиБ."
claim(f, "200 КиБ на токен", "kv_cache_per_token", "КиБ", KVT(M), X, "off_2x", anchor=A, note="800 КиБ")
claim(f, "6,25 ГиБ", "kv_cache_total", "ГиБ", KV(M, 4096, 8), X, "off_2x", anchor=A, note="25 ГиБ")
claim(f, "39 ток/с", "throughput", "ток/с", A100_BW / W(M, "fp16"), X, "wrong_dtype", anchor="- (г) 39 ток/с в fp16.", note="fp32; 78 ток/с")
A = "- (д) 104,1 ГБ; 13,0 ГБ на карту."
claim(f, "104,1 ГБ", "training", "ГБ", 16 * N[M], X, "off_2x", anchor=A, note="8 байт/параметр; 208,3 ГБ")
claim(f, "13,0 ГБ на карту", "training", "ГБ", zero(N[M], 8, 3), X, "off_2x", anchor=A, note="26,0 ГБ")
A = "- (е) 1,56 × 10²³ FLOP; 2,8 суток."
claim(f, "1,56 × 10²³ FLOP", "flops", "FLOP", C13, H, anchor=A)
claim(f, "2,8 суток", "time", "суток", C13 / RATE, X, "off_2x", anchor=A, note="потерян порядок; 28,3 суток")
claim(f, "4,07 ГБ", "activations", "ГБ", act(M, 4096, 1, "none", layers=1), H, anchor="- (ж) 4,07 ГБ.")
claim(f, "6,5 млрд параметров", "params", "млрд", N[M], X, "off_2x", note="13,0 млрд")
claim(f, "52,06 ГБ", "weights", "ГБ", W(M, "fp16"), X, "wrong_dtype", note="fp32; fp16 26,03 ГБ")
claim(f, "800 МиБ на токен", "kv_cache_per_token", "МиБ", KVT(M), X, "off_2x", note="800 КиБ")
A = "- (г) 2039 Гбит/с / 26 ГБ = 9,8 ток/с."
claim(f, "2039 Гбит/с", "bandwidth", "Гбит/с", A100_BW, X, "wrong_unit", anchor=A, note="2039 ГБ/с")
claim(f, "9,8 ток/с", "throughput", "ток/с", A100_BW / W(M, "fp16"), X, "wrong_unit", anchor=A, note="из Гбит/с; 78 ток/с")
claim(f, "208,3 ГБ на карту", "training", "ГБ", zero(N[M], 8, 3), X, "per_gpu", note="всего; 26,0 ГБ на карту")
A = "- (е) 1,56 × 10²³ FLOP; 283 суток."
claim(f, "1,56 × 10²³ FLOP", "flops", "FLOP", C13, H, anchor=A)
claim(f, "283 суток", "time", "суток", C13 / RATE, X, "off_2x", anchor=A, note="лишний порядок; 28,3 суток")
non(f, "data_tura: 2027-02-21", "date")
non(f, "data_apellyatsii: 2027-02-24", "date")
non(f, "zadacha: 4", "problem number")
non(f, "maks_ball: 10", "points")
non(f, "uchastnik: {familiya: Петров Д., klass: 11", "grade, cipher")
non(f, "  karta: \"A100 80 ГБ, 2039 ГБ/с", "hardware spec")
non(f, "  mlp: 13824", "config input")
non(f, "## Условие задачи 4 (10 баллов)", "problem number, points")
non(f, "Модель-трансформер: 40 слоёв, $d_{model} = 5120$", "config inputs")
non(f, "- (д) память на полное обучение при 16 байтах на параметр", "rule, config input")
non(f, "- (е) FLOP на обучение на 2 трлн токенов", "config inputs")
non(f, "- (ж) активации одного слоя без пересчёта", "LaTeX formula with free variables, config inputs")
non(f, "Предварительная оценка: 4 балла из 10", "points")
non(f, "**Иванова А. (R-11-012):**", "cipher")
non(f, "**Сидоров К. (R-10-031):**", "cipher")
non(f, "| Петров Д. | 4 | 7 |", "points")
non(f, "| Иванова А. | 2 | 3 |", "points")
non(f, "| Сидоров К. | 0 | 1 |", "points")
non(f, "Протокол подписан 2027-02-24 в 17:40", "date, time, footnote marker")
non(f, "[^1]: Шифры участников", "ciphers, counts")
non(f, "> [[Положение об апелляции]]; формула активаций", "formula with free variables")

# ---- ru_04: ретроспектива спринта (оценки с планирования, стикеры, вывод калькулятора v0, бот, разбор тимлида) -----
f = "ru_04"
Q8, QM = "qwen3-8b", "qwen3-30b-a3b"
LORA_Q8 = lora(36, 16, [(4096, 4096), (4096, 1024), (4096, 1024), (4096, 4096)])
SCALE.update({"с": 1, "раз": 1})
EST = [("Qwen3-8B в bf16", "8,2 ГБ", "weights", "ГБ", W(Q8, "bf16"), "wrong_dtype", "fp8; bf16 16,4 ГБ"),
       ("KV Qwen3-8B на токен", "576 КиБ", "kv_cache_per_token", "КиБ", KVT(Q8), "off_2x", "головы запросов; 144 КиБ"),
       ("KV Qwen3-8B, 16 сессий по 32K", "4,5 ГиБ", "kv_cache_total", "ГиБ", KV(Q8, 32768, 16), "off_2x", "одна сессия; 72 ГиБ"),
       ("Qwen3-30B-A3B в bf16, хранение", "6,7 ГБ", "weights", "ГБ", W(QM, "bf16"), "wrong_kind", "активные; хранение 61,1 ГБ"),
       ("Qwen3-30B-A3B, чтение на токен в bf16", "61,1 ГБ", "weights", "ГБ", W(ACTIVE_Q3MOE, "bf16"), "wrong_kind", "всё хранение; чтение 6,7 ГБ"),
       ("потолок Qwen3-30B-A3B на H100, bf16", "55 ток/с", "throughput", "ток/с", H100_BW / W(ACTIVE_Q3MOE, "bf16"), "wrong_kind", "по всем весам; ≈ 500 ток/с"),
       ("Qwen3-8B, файл Q4_K_M", "5,0 ГБ", "quantized_file", "ГБ", GG(Q8, "Q4_K_M"), None, ""),
       ("пропускная способность L40S", "864 Гбит/с", "bandwidth", "Гбит/с", L40S_BW, "wrong_unit", "864 ГБ/с"),
       ("потолок Qwen3-8B bf16 на L40S", "52,7 ток/с", "throughput", "ток/с", L40S_BW / W(Q8, "bf16"), None, ""),
       ("LoRA r = 16 (q, k, v, o) для Qwen3-8B", "15,3 млн параметров", "params", "млн", LORA_Q8, None, ""),
       ("полное дообучение Qwen3-8B, Adam", "65,5 ГБ", "training", "ГБ", 16 * N[Q8], "off_2x", "8 байт/параметр; 131,1 ГБ")]
for row, fig, kind, unit, val, err, why in EST:
    claim(f, fig, kind, unit, val, X if err else H, err, anchor=f"| {row} |", rel=0.02 if kind == "quantized_file" else None,
          note=("оценка с планирования; " + why) if err else "оценка с планирования")
claim(f, "15,3 ГБ", "weights", "ГБ", W(QM, "int4"), H, anchor="- **Лёша:** «Думали, 30B-A3B влезет в одну L40S")
A = "- **Оля:** «KV у 30B-A3B — 768 КиБ на токен"
claim(f, "768 КиБ на токен", "kv_cache_per_token", "КиБ", KVT(QM), X, "off_2x", anchor=A, note="головы запросов; 96 КиБ")
claim(f, "24 ГиБ", "kv_cache_total", "ГиБ", KV(QM, 32768), X, "off_2x", anchor=A, note="3 ГиБ")
claim(f, "3350 Гбит/с", "bandwidth", "Гбит/с", H100_BW, X, "wrong_unit", note="26 800 Гбит/с")
claim(f, "16,4 ГБ", "weights", "ГБ", W(Q8, "fp8"), X, "wrong_dtype", anchor="- **Оля:** «Qwen3-8B в fp8 — 16,4 ГБ", note="bf16; fp8 8,2 ГБ")
A = "- **Саша:** «Загрузка весов 30B-A3B (61,1 ГБ в bf16)"
claim(f, "61,1 ГБ", "weights", "ГБ", W(QM, "bf16"), H, anchor=A)
claim(f, "17,4 с", "time", "с", W(QM, "bf16") / 3.5e9, H, anchor=A)
claim(f, "72 КиБ на токен", "kv_cache_per_token", "КиБ", KVT(Q8, 1), H, anchor="- **Оля:** «Перешли на fp8-кэш")
claim(f, "204 ток/с", "throughput", "ток/с", H100_BW / W(Q8, "bf16"), H, anchor="- **Саша:** «На H100 Qwen3-8B в bf16 упирается в 204 ток/с")
claim(f, "30,53 млрд", "params", "млрд", N[QM], H, anchor="параметров_всего     = 30,53 млрд")
claim(f, "3,35 млрд", "params", "млрд", ACTIVE_Q3MOE, H, anchor="параметров_активных  = 3,35 млрд")
claim(f, "6,71 ГБ", "weights", "ГБ", W(QM, "bf16"), X, "wrong_kind", anchor="веса_bf16            = 6,71 ГБ", note="активные; хранение 61,1 ГБ")
claim(f, "768 КиБ", "kv_cache_per_token", "КиБ", KVT(QM), X, "off_2x", anchor="kv_на_токен          = 768 КиБ", note="96 КиБ")
claim(f, "96 ГиБ", "kv_cache_total", "ГиБ", KV(QM, 32768, 4), X, "off_2x", anchor="kv_всего             = 96 ГиБ", note="12 ГиБ")
claim(f, "54,9 ток/с", "throughput", "ток/с", H100_BW / W(ACTIVE_Q3MOE, "bf16"), X, "wrong_kind", anchor="потолок              = 54,9 ток/с", note="по всем весам; ≈ 500 ток/с")
A = "> «Qwen3-30B-A3B занимает 6,7 ГБ в bf16"
claim(f, "6,7 ГБ", "weights", "ГБ", W(QM, "bf16"), X, "wrong_kind", anchor=A, note="активные; хранение 61,1 ГБ", **Q)
claim(f, "9 раз", "ratio", "раз", W(Q8, "bf16") / W(ACTIVE_Q3MOE, "bf16"), X, "off_2x", anchor=A, note="потолки различаются в 2,44 раза", **Q)
FIX = [("веса Qwen3-8B, bf16", "16,4 ГБ", "weights", "ГБ", W(Q8, "bf16")),
       ("KV-кэш Qwen3-8B, на токен", "144 КиБ", "kv_cache_per_token", "КиБ", KVT(Q8)),
       ("16 сессий по 32K", "72 ГиБ", "kv_cache_total", "ГиБ", KV(Q8, 32768, 16)),
       ("Qwen3-30B-A3B, хранение в bf16", "61,1 ГБ", "weights", "ГБ", W(QM, "bf16")),
       ("Qwen3-30B-A3B, чтение на токен", "6,7 ГБ", "weights", "ГБ", W(ACTIVE_Q3MOE, "bf16")),
       ("потолок Qwen3-30B-A3B на H100", "≈ 500 ток/с", "throughput", "ток/с", H100_BW / W(ACTIVE_Q3MOE, "bf16"))]
for row, fig, kind, unit, val in FIX:
    claim(f, fig, kind, unit, val, H, anchor=f"| {row} |", hedged=fig.startswith("≈"))
non(f, "sprint: 42", "sprint number")
non(f, "daty: {nachalo: 2027-03-10", "dates")
non(f, "velocity_sp: {plan: 34, fakt: 21}", "story points")
non(f, "  l40s: {pamyat: \"48 ГБ\"", "hardware spec")
non(f, "  h100: {pamyat: \"80 ГБ\"", "hardware spec")
non(f, "  nvme_chtenie: \"3,5 ГБ/с\"", "hardware spec")
non(f, "  qwen3-8b: {hidden: 4096", "config inputs")
non(f, "  qwen3-30b-a3b: {hidden: 2048", "config inputs")
non(f, "doska: \"[[Miro — ретро 42]]\"", "board number")
non(f, "> Цель спринта — перевести чат-бота", "story points")
non(f, "## Оценки с планирования (как записали 2027-03-10)", "date")
non(f, "- **Дима:** «Дежурства съели 9 часов из 80.»", "hours")
non(f, "- **Лёша:** «Первый раз закрыли все баги", "bug counts")
non(f, "$ fitcalc --model qwen3-30b-a3b --ctx 32768", "CLI flags")
non(f, "- [ ] До 2027-03-31 — Лёша", "date, ticket number")
non(f, "- [ ] До 2027-04-02 — Оля", "date, alert threshold")
non(f, "- [ ] Следующее ретро — 2027-04-07", "date, time")
claim(f, "9,3 ГБ", "quantized_file", "ГБ", GG(QM, "Q4_K_M"), X, "off_2x", anchor="- **Саша:** «Q4_K_M для 30B-A3B — 9,3 ГБ", note="18,7 ГБ")
claim(f, "61,3 МБ", "weights", "МБ", LORA_Q8 * 2, X, "wrong_dtype", anchor="- **Лёша:** «LoRA-адаптер Qwen3-8B r = 16 весит 61,3 МБ", note="fp32; bf16 30,7 МБ")
non(f, "> 34.[^1] Половина переноса", "story points")
non(f, "[^1]: Velocity считаем по закрытым задачам", "task count, story points, sprint number")
A = "- Для справки: KV Qwen3-8B — 147¦456 байт"
claim(f, "147¦456 байт", "kv_cache_per_token", "байт", KVT(Q8), H, anchor=A)
claim(f, "98¦304 байта", "kv_cache_per_token", "байта", KVT(QM), H, anchor=A)

# ---- ru_05: учебный кейс для бизнес-школы (записка техдиректора с ошибками, заметки преподавателя, ошибки слушателей) --
f = "ru_05"
L70, M7, MI = "llama3-70b", "mixtral-8x7b", "mistral-7b"
SCALE.update({"ГФЛОП": 1e9})
DAY = 2e6 * 600
claim(f, "1,2 млрд токенов в сутки", "tokens", "млрд токенов", DAY, H, anchor="1. Объём: 2 млн запросов по 600 токенов")
claim(f, "141 ГБ", "weights", "ГБ", W(L70, "fp8"), X, "wrong_dtype", anchor="2. Llama-3-70B в fp8 занимает 141 ГБ", note="bf16; fp8 70,6 ГБ")
A = "3. Mixtral-8x7B хранит только 12,9 млрд активных параметров"
claim(f, "12,9 млрд", "params", "млрд", ACTIVE_M7, H, anchor=A)
claim(f, "25,8 ГБ", "weights", "ГБ", W(M7, "bf16"), X, "wrong_kind", anchor=A, note="активные; хранить 93,4 ГБ")
A = "4. Mistral-7B в bf16 — 14,5 ГБ"
claim(f, "14,5 ГБ", "weights", "ГБ", W(MI, "bf16"), H, anchor=A)
claim(f, "16 ГиБ на сессию", "kv_cache_total", "ГиБ", KV(MI, 4096), X, "off_2x", anchor=A, note="головы запросов и без окна; 0,5 ГиБ")
claim(f, "47 ток/с", "throughput", "ток/с", H100_BW / (W(L70, "fp8") / 2), X, "per_gpu", anchor="5. Потолок скорости Llama-3-70B в fp8", note="вся модель на карту; ≈ 95 ток/с")
claim(f, "22 ток/с", "throughput", "ток/с", A100_BW / W(ACTIVE_M7, "bf16"), X, "wrong_kind", anchor="6. Потолок Mixtral-8x7B в bf16 на A100", note="по всем весам; по активным 79 ток/с")
A = "7. На один токен Llama-3-70B тратит 70,6 ГФЛОП"
claim(f, "70,6 ГФЛОП", "flops", "ГФЛОП", 2 * N[L70], X, "off_2x", anchor=A, note="N вместо 2N; 141,1 ГФЛОП")
claim(f, "8,5 × 10¹⁹ FLOP", "flops", "FLOP", DAY * 2 * N[L70], X, "off_2x", anchor=A, note="1,69 × 10²⁰")
claim(f, "1,2 млрд токенов", "tokens", "млрд токенов", DAY, H, anchor="- п. 1 — верно: 1,2 млрд токенов")
claim(f, "1¦200¦000¦000", "tokens", "токенов", DAY, H, anchor="- п. 1 — верно: 1,2 млрд токенов")
A = "- п. 2 — ошибка типа данных"
claim(f, "70,6 ГБ", "weights", "ГБ", W(L70, "fp8"), H, anchor=A)
claim(f, "35,3 ГБ на карту", "weights", "ГБ", W(L70, "fp8") / 2, H, anchor=A)
claim(f, "141 ГБ", "weights", "ГБ", W(L70, "bf16"), H, anchor=A, note="переотнесено к bf16")
A = "- п. 3 — главная ловушка кейса"
claim(f, "46,7 млрд параметров", "params", "млрд", N[M7], H, anchor=A)
claim(f, "93,4 ГБ", "weights", "ГБ", W(M7, "bf16"), H, anchor=A)
A = "  поместится (точно — 46¦702¦792¦704 параметра)."
claim(f, "46¦702¦792¦704 параметра", "params", "params", N[M7], H, anchor=A)
claim(f, "12,9 млрд", "params", "млрд", ACTIVE_M7, H, anchor=A)
claim(f, "25,8 ГБ", "weights", "ГБ", W(ACTIVE_M7, "bf16"), H, anchor=A, note="читается на токен")
A = "- п. 4 — 14,5 ГБ верно"
claim(f, "14,5 ГБ", "weights", "ГБ", W(MI, "bf16"), H, anchor=A)
claim(f, "0,5 ГиБ", "kv_cache_total", "ГиБ", KV(MI, 4096), H, bound="upper", anchor=A)
claim(f, "16 ГиБ", "arithmetic", "ГиБ", 2 * 32 * 32 * 128 * 2 * 32768, H, anchor="  16 ГиБ получается, если взять 32 головы запросов", note="помечено как расчёт по головам запросов без окна")
A = "- п. 5 — при TP = 2 каждая карта читает свою половину"
claim(f, "35,3 ГБ", "weights", "ГБ", W(L70, "fp8") / 2, H, anchor=A)
claim(f, "≈ 95 ток/с", "throughput", "ток/с", H100_BW / (W(L70, "fp8") / 2), H, hedged=True, anchor=A)
A = "  со всеми 70,6 ГБ."
claim(f, "70,6 ГБ", "weights", "ГБ", W(L70, "fp8"), H, anchor=A)
claim(f, "47 ток/с", "arithmetic", "ток/с", H100_BW / W(L70, "fp8"), H, anchor="ток/с. 47 ток/с — это одна карта", note="помечено как одна карта со всей моделью")
A = "- п. 6 — на двух A100 каждая карта читает половину активных весов"
claim(f, "12,9 ГБ", "weights", "ГБ", W(ACTIVE_M7, "bf16") / 2, H, anchor=A, note="на карту при TP = 2")
claim(f, "≈ 158 ток/с", "throughput", "ток/с", A100_BW / (W(ACTIVE_M7, "bf16") / 2), H, hedged=True, anchor=A)
A = "  быстрая из трёх. 22 ток/с получено делением"
claim(f, "22 ток/с", "arithmetic", "ток/с", A100_BW / W(M7, "bf16"), H, anchor=A, note="помечено как деление на все веса")
claim(f, "93,4 ГБ", "weights", "ГБ", W(M7, "bf16"), H, anchor=A)
A = "- п. 7 — на токен 2N = 141,1 ГФЛОП"
claim(f, "141,1 ГФЛОП", "flops", "ГФЛОП", 2 * N[L70], H, anchor=A)
claim(f, "1,69 × 10²⁰ FLOP", "flops", "FLOP", DAY * 2 * N[L70], H, anchor=A)
claim(f, "70,6 ГБ", "weights", "ГБ", W(L70, "int4"), X, "wrong_dtype", anchor="- «Llama-3-70B в int4 — 70,6 ГБ.»", note="fp8; int4 35,3 ГБ")
claim(f, "2,5 МиБ на токен", "kv_cache_per_token", "МиБ", KVT(L70), X, "off_2x", anchor="- «KV-кэш Llama-3-70B — 2,5 МиБ", note="320 КиБ")
claim(f, "1,7 × 10¹⁷ FLOP", "flops", "FLOP", DAY * 2 * N[L70], X, "off_2x", anchor="- «1,2 млрд токенов × 141,1 ГФЛОП", note="1,69 × 10²⁰")
claim(f, "26,8 Гбит/с", "bandwidth", "Гбит/с", H100_BW, X, "wrong_unit", anchor="- «H100: 3,35 ТБ/с = 26,8 Гбит/с.»", note="26 800 Гбит/с")
claim(f, "46,7 ГБ на карту", "weights", "ГБ", W(M7, "bf16") / 2, H, anchor="- «Mixtral на двух A100 — по 46,7 ГБ")
claim(f, "512 КиБ", "kv_cache_per_token", "КиБ", KVT("falcon-7b"), X, "off_2x", anchor="- «Falcon-7B для сравнения", note="MQA; 8 КиБ")
claim(f, "2,2 ГБ", "quantized_file", "ГБ", GG(MI, "Q4_K_M"), X, "off_2x", anchor="- «Mistral-7B в Q4_K_M — 2,2 ГБ", note="4,4 ГБ")
claim(f, "93,4 ГБ", "weights", "ГБ", W(ACTIVE_M7, "bf16"), X, "wrong_kind", anchor="- «Mixtral читает на токен 93,4 ГБ", note="хранение; читается 25,8 ГБ")
claim(f, "46,7 ГБ на карту", "weights", "ГБ", W(M7, "bf16") / 2, H, anchor="Из этого списка верен только пункт")
non(f, "kurs: \"Экономика ИИ-продуктов, модуль 3\"", "module number")
non(f, "programma: MBA, поток 2027", "year")
non(f, "zanyatie: 2027-04-09", "date")
non(f, "dlitelnost_min: 90", "duration")
non(f, "  zaprosov_v_sutki: 2000000", "case input")
non(f, "  tokenov_v_otvete: 600", "case input")
non(f, "  api_cena_usd_za_mln: 2.5", "price")
non(f, "  arenda_h100_usd_ch: 2.9", "price")
non(f, "  arenda_a100_usd_ch: 1.8", "price")
non(f, "  h100: {pamyat: \"80 ГБ\"", "hardware spec")
non(f, "  a100: {pamyat: \"80 ГБ\"", "hardware spec")
non(f, "«Лингва» — сервис онлайн-перевода", "year, revenue, headcount")
non(f, "Сейчас компания платит за внешний API", "price, request count")
non(f, "8. Вывод: Mistral-7B на одной L40S закрывает 80 %", "traffic share")
non(f, "3. При какой цене аренды H100", "months")
non(f, "- 0–15 мин: слушатели зачитывают", "minutes")
non(f, "- 15–40 мин: стоимость ответа", "minutes, LaTeX formula with free variables")
non(f, "- 40–80 мин: вопрос 3", "minutes, group size")
non(f, "- 80–90 мин: итог", "minutes, date")
non(f, "[^1]: Кейс написан для потока 2027 года", "year, date")
BOARD = [("п. 2, веса 70B в fp8", "141 ГБ", "70,6 ГБ", "weights", W(L70, "fp8"), "wrong_dtype"),
         ("п. 3, хранение Mixtral в bf16", "25,8 ГБ", "93,4 ГБ", "weights", W(M7, "bf16"), "wrong_kind"),
         ("п. 5, потолок 70B, TP = 2", "47 ток/с", "≈ 95 ток/с", "throughput", H100_BW / (W(L70, "fp8") / 2), "per_gpu"),
         ("п. 7, ГФЛОП на токен", "70,6 ГФЛОП", "141,1 ГФЛОП", "flops", 2 * N[L70], "off_2x")]
for row, was, now, kind, val, err in BOARD:
    claim(f, was, kind, was.split()[-1], val, X, err, anchor=f"| {row} |", note="в записке")
    claim(f, now, kind, now.split()[-1], val, H, anchor=f"| {row} |", hedged=now.startswith("≈"))
A = "- Для ориентира: Q4_K_M-файлы моделей на 7–8 млрд"
claim(f, "7–8 млрд", "params", "млрд", [N[MI], N["llama3-8b"]], H, rng=True, anchor=A)
claim(f, "4,4–4,9 ГБ", "quantized_file", "ГБ", [GG(MI, "Q4_K_M"), GG("llama3-8b", "Q4_K_M")], H, rng=True, anchor=A)
claim(f, "90–100 ток/с", "throughput", "ток/с", H100_BW / (W(L70, "fp8") / 2), H, rng=True, anchor="  при TP = 2 на H100 — 90–100 ток/с.")
non(f, "> ошибки — их поиск и есть половина занятия", "file name")
claim(f, "7,2 ГБ", "weights", "ГБ", W(MI, "bf16"), X, "wrong_dtype", anchor="- «Mistral-7B в bf16 — 7,2 ГБ.»", note="int8; bf16 14,5 ГБ")
claim(f, "4 ГиБ на сессию", "kv_cache_total", "ГиБ", KV(MI, 4096), X, "off_2x", note="окно забыто; 0,5 ГиБ")
claim(f, "70,6 ГБ на карту", "weights", "ГБ", W(L70, "fp8") / 2, X, "per_gpu", note="всего; 35,3 ГБ на карту")


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
            raise SystemExit("truth.json is stale: run python tests/claims_corpus_ah/truth.py")
        summary(truth)
        print("truth.json is current; every check passed")
        return 0
    path.write_text(text, encoding="utf-8")
    summary(truth)
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
