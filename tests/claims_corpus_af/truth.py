#!/usr/bin/env python3
"""Ground truth for blind sizing-claims corpus AF (tests/claims_corpus_af/notes).

Written without reading vaultkit's code, its tests or the other corpora's notes.  Facts come
from /work/shared/claims-gold.md: bytes per dtype, exact parameter counts and configs of the
catalogued models, measured GGUF bits per weight (Llama-3.1-8B), the KV-cache, training-memory
and activation formulas.  Models that claims-gold lacks appear only with their config (or, for
DeepSeek-V3 and gpt-oss, their printed model-card counts) stated in the note itself; the truth
recomputes their parameter counts from that config with the claims-gold formula (asserted below
for the catalogued ones).  Nothing here imports vaultkit.  The checking code (figure reader,
tolerance, error-class checks, output) and the model helpers and catalogue are corpus AE's
truth.py, reused unchanged; AF adds Qwen2.5-14B (from the config its notes print), a few units
and the bandwidths its notes state, then its own claims.

    python tests/claims_corpus_af/truth.py          # verify and (re)write truth.json
    python tests/claims_corpus_af/truth.py --check  # verify; fail if truth.json is stale

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

# ---- en_01: errata page of a blog post (Llama 3.2 1B/3B, Qwen2.5-0.5B/1.5B on a 102.4 GB/s laptop) -------------
f = "en_01"
L1, L3, Q05, Q15, Q3 = "llama3.2-1b", "llama3.2-3b", "qwen2.5-0.5b", "qwen2.5-1.5b", "qwen2.5-3b"
LAP = 102.4e9
claim(f, "3.21 GB", "weights", "GB", W(L3, "bf16"), X, "wrong_dtype", anchor="> Llama 3.2 3B weights take", note="v1 figure (int8 size); bf16 6.43 GB")
claim(f, "6.43 GB", "weights", "GB", W(L3, "bf16"), H, anchor="> Llama 3.2 3B weights take")
E = "| E1 |"
claim(f, "3.21 GB", "weights", "GB", W(L3, "bf16"), X, "wrong_dtype", anchor=E, note="was column: int8 size; bf16 6.43 GB")
claim(f, "6.43 GB", "weights", "GB", W(L3, "bf16"), H, anchor=E)
claim(f, "2.47 GiB", "weights", "GiB", W(L1, "bf16"), X, "gb_as_gib", anchor="| E2 |", note="2.47 GB = 2.30 GiB")
claim(f, "2.30 GiB", "weights", "GiB", W(L1, "bf16"), H, anchor="| E2 |")
claim(f, "336 KiB", "kv_cache_per_token", "KiB", KVT(L3), X, "off_2x", anchor="| E3 |", note="query heads for KV heads; 112 KiB")
claim(f, "112 KiB", "kv_cache_per_token", "KiB", KVT(L3), H, anchor="| E3 |")
claim(f, "3.5 GB", "kv_cache_total", "GB", KV(L3, 32768), X, "gib_as_gb", anchor="| E4 |", note="3.5 GiB = 3.76 GB")
claim(f, "3.76 GB", "kv_cache_total", "GB", KV(L3, 32768), H, anchor="| E4 |")
claim(f, "48 KiB", "kv_cache_per_token", "KiB", KVT(Q05), X, "off_2x", anchor="| E5 |", note="8 KV heads assumed; 12 KiB")
claim(f, "12 KiB", "kv_cache_per_token", "KiB", KVT(Q05), H, anchor="| E5 |")
claim(f, "1.89 GB", "quantized_file", "GB", GG(Q15, "Q4_K_M"), X, "off_2x", anchor="| E6 |", note="the 3B file; 0.94 GB")
claim(f, "0.94 GB", "quantized_file", "GB", GG(Q15, "Q4_K_M"), H, rel=0.02, anchor="| E6 |")
claim(f, "~16 tok/s", "throughput", "tok/s", LAP / GG(L3, "Q4_K_M"), X, "wrong_dtype", hedged=True, anchor="| E7 |", note="bf16 ceiling; Q4_K_M 52 tok/s")
claim(f, "~52 tok/s", "throughput", "tok/s", LAP / GG(L3, "Q4_K_M"), H, hedged=True, anchor="| E7 |")
claim(f, "10.6 %", "percentage", "%", 100 * 128256 * 2048 / N[L1], X, "off_2x", anchor="| E8 |", note="21.3 %")
claim(f, "21.3 %", "percentage", "%", 100 * 128256 * 2048 / N[L1], H, anchor="| E8 |")
claim(f, "6,425,499,648 bytes", "weights", "bytes", W(L3, "bf16"), H)
claim(f, "6.43 GB", "weights", "GB", W(L3, "bf16"), H, anchor="6,425,499,648 bytes")
claim(f, "5.98 GiB", "weights", "GiB", W(L3, "bf16"), H)
claim(f, "3.21 GB", "weights", "GB", W(L3, "int8"), H, anchor="The 3.21 GB I printed", note="restated as the int8 size, which it is")
claim(f, "2,471,628,800 bytes", "weights", "bytes", W(L1, "bf16"), H)
claim(f, "2.47 GB", "weights", "GB", W(L1, "bf16"), H, anchor="That is 2.47 GB")
claim(f, "2.30 GiB", "weights", "GiB", W(L1, "bf16"), H, anchor="That is 2.47 GB")
claim(f, "114,688 bytes", "kv_cache_per_token", "bytes", KVT(L3), H)
claim(f, "112 KiB", "kv_cache_per_token", "KiB", KVT(L3), H, anchor="i.e. 112 KiB")
claim(f, "344,064 bytes", "arithmetic", "bytes", 2 * 28 * 24 * 128 * 2, H, note="hypothetical with 24 heads, computed right")
claim(f, "3.5 GiB", "kv_cache_total", "GiB", KV(L3, 32768), H, anchor="112 KiB × 32,768 tokens")
claim(f, "3.76 GB", "kv_cache_total", "GB", KV(L3, 32768), H, anchor="112 KiB × 32,768 tokens")
claim(f, "3.5 GB", "kv_cache_total", "GB", KV(L3, 32768), X, "gib_as_gb", anchor="112 KiB × 32,768 tokens", note="v1 sentence quoted; 3.76 GB")
claim(f, "12,288 bytes", "kv_cache_per_token", "bytes", KVT(Q05), H)
claim(f, "12 KiB", "kv_cache_per_token", "KiB", KVT(Q05), H, anchor="12,288 bytes")
claim(f, "384 MiB", "kv_cache_total", "MiB", KV(Q05, 32768), H)
claim(f, "1.54 billion", "params", "billion", N[Q15], H)
claim(f, "0.94 GB", "quantized_file", "GB", GG(Q15, "Q4_K_M"), H, rel=0.02, anchor="the file is about 0.94 GB")
claim(f, "0.88 GiB", "quantized_file", "GiB", GG(Q15, "Q4_K_M"), H, rel=0.02)
claim(f, "1.89 GB", "quantized_file", "GB", GG(Q3, "Q4_K_M"), H, rel=0.02, anchor="The 1.89 GB belonged")
claim(f, "1.97 GB", "quantized_file", "GB", GG(L3, "Q4_K_M"), H, rel=0.02, anchor="102.4 GB/s ÷ 1.97 GB")
claim(f, "≈ 52 tok/s", "throughput", "tok/s", LAP / GG(L3, "Q4_K_M"), H, hedged=True)
claim(f, "6.43 GB", "weights", "GB", W(L3, "bf16"), H, anchor="Dividing by the 6.43 GB")
claim(f, "~16 tok/s", "throughput", "tok/s", LAP / W(L3, "bf16"), H, hedged=True, anchor="Dividing by the 6.43 GB", note="the bf16 ceiling, labelled as such")
claim(f, "262,668,288 parameters", "params", "params", 128256 * 2048, H)
claim(f, "21.3 %", "percentage", "%", 100 * 128256 * 2048 / N[L1], H, anchor="262,668,288 parameters")
claim(f, "224 MiB", "kv_cache_total", "MiB", KV(Q15, 32768), X, "off_2x", anchor="v2 (2026-10-20) fixed E5", note="v2 sentence: the 8K figure; 32K 896 MiB")
claim(f, "224 MiB", "kv_cache_total", "MiB", KV(Q15, 8192), H, anchor="for the 1.5B: 28 KiB")
claim(f, "896 MiB", "kv_cache_total", "MiB", KV(Q15, 32768), H, anchor="for the 1.5B: 28 KiB")
claim(f, "2 GiB", "kv_cache_total", "GiB", KV(L1, 131072), X, "off_2x", anchor="v2 also said", note="4 GiB")
claim(f, "4 GiB", "kv_cache_total", "GiB", KV(L1, 131072), H, anchor="32 KiB × 131,072")
claim(f, "4.94 GB", "weights", "GB", W(L1, "fp32"), H)
claim(f, "1.31 GB", "quantized_file", "GB", GG(L1, "Q8_0"), H, rel=0.02)
claim(f, "~78 tok/s", "throughput", "tok/s", LAP / GG(L1, "Q8_0"), H, hedged=True)
claim(f, "0.99 GB", "weights", "GB", W(Q05, "bf16"), H)
claim(f, "0.92 GiB", "weights", "GiB", W(Q05, "bf16"), H)
claim(f, "3.09 GB", "weights", "GB", W(Q15, "bf16"), H)
claim(f, "28 KiB", "kv_cache_per_token", "KiB", KVT(Q15), H, anchor="3.09 GB; KV 28 KiB")
claim(f, "14 GiB", "kv_cache_total", "GiB", KV(L3, 131072), H)
claim(f, "1.97 GB", "quantized_file", "GB", GG(L3, "Q4_K_M"), H, rel=0.02, anchor="1.97 GB on disk")
claim(f, "1.83 GiB", "quantized_file", "GiB", GG(L3, "Q4_K_M"), H, rel=0.02)
non(f, "created: 2026-10-14", "date")
non(f, "updated: 2026-11-02", "date")
non(f, "url: https://notes.example.net/2026/09", "URL with year and month")
non(f, "published: 2026-09-21", "date")
non(f, "views_at_v1: 18450", "view count")
non(f, 'ram: "16 GB LPDDR5X-6400"', "hardware spec")
non(f, 'bandwidth: "102.4 GB/s"', "hardware spec")
non(f, "cpu_threads: 12", "thread count")
non(f, "HN thread 41882213", "thread id")
non(f, "llama-bench build 4087", "build number, measured speeds")
non(f, "Battery drain during a 10-minute run", "battery percentages")
non(f, "Fan noise 41 dB", "noise, power draw")
non(f, "- 2026-09-21 v1 published", "date, word count")
non(f, "- 2026-10-20 v2: E2, E5", "date, issue numbers")
non(f, "- 2026-11-02 v3: everything above", "date, comment count")

# ---- en_02: hackathon Slack export (Phi-4, Gemma 2 9B / 2B on an A100 80GB and an RTX 4090) ---------------------
f = "en_02"
P4, G9, G2 = "phi4", "gemma2-9b", "gemma2-2b"
A100_BW, R4090 = 2039e9, 1008e9
claim(f, "14.66B params", "params", "B", N[P4], H)
claim(f, "29.3 GB", "weights", "GB", W(P4, "bf16"), H, anchor="**[09:12] dima:**")
claim(f, "9.24B params", "params", "B", N[G9], H)
claim(f, "18.5 GB", "weights", "GB", W(G9, "bf16"), H, anchor="**[09:13] sara:**")
claim(f, "18.5 GB", "weights", "GB", W(G9, "bf16"), H, anchor="**[09:15] leo:**")
claim(f, "9.82 GB", "quantized_file", "GB", GG(G9, "Q8_0"), H, rel=0.02, anchor="**[09:15] leo:**")
claim(f, "204,800 bytes", "kv_cache_per_token", "bytes", KVT(P4), H)
claim(f, "200 KiB", "kv_cache_per_token", "KiB", KVT(P4), H, anchor="204,800 bytes")
claim(f, "3.125 GiB", "kv_cache_total", "GiB", KV(P4, 16384), H, anchor="**[09:18] sara:**")
claim(f, "27.3 GiB", "weights", "GiB", W(P4, "bf16"), H, anchor="**[09:18] sara:**")
claim(f, "~52.7 GiB", "arithmetic", "GiB", 80 * GIB - W(P4, "bf16"), H, hedged=True)
claim(f, "~16 sessions", "arithmetic", "sequences", (80 * GIB - W(P4, "bf16")) // KV(P4, 16384), H, hedged=True)
claim(f, "688,128 bytes", "kv_cache_per_token", "bytes", KVT(G9), X, "off_2x", note="16 query heads; 344,064 bytes")
claim(f, "672 KiB", "kv_cache_per_token", "KiB", KVT(G9), X, "off_2x", note="336 KiB")
claim(f, "344,064 bytes", "kv_cache_per_token", "bytes", KVT(G9), H)
claim(f, "336 KiB", "kv_cache_per_token", "KiB", KVT(G9), H, anchor="344,064 bytes")
claim(f, "2.625 GiB", "kv_cache_total", "GiB", KV(G9, 8192), H, anchor="344,064 bytes")
claim(f, "117 GB", "weights", "GB", W(P4, "fp32"), X, "off_2x", note="58.6 GB")
claim(f, "≈ 70 tok/s", "throughput", "tok/s", A100_BW / W(P4, "bf16"), H, hedged=True)
claim(f, "29.3 GB", "weights", "GB", W(P4, "bf16"), H, anchor="**[09:41] leo:**")
claim(f, "7.33 GB", "weights", "GB", W(P4, "int4"), H, anchor="**[09:41] leo:**")
claim(f, "8.97 GB", "quantized_file", "GB", GG(P4, "Q4_K_M"), H, rel=0.02)
claim(f, "5.65 GB", "quantized_file", "GB", GG(G9, "Q4_K_M"), H, rel=0.02, anchor="**[09:44] leo:**")
claim(f, "≈ 178 tok/s", "throughput", "tok/s", R4090 / GG(G9, "Q4_K_M"), H, hedged=True)
claim(f, "9.82 GB", "quantized_file", "GB", GG(G9, "Q8_0"), H, rel=0.02, anchor="**[09:45] leo:**")
claim(f, "~103 tok/s", "throughput", "tok/s", R4090 / GG(G9, "Q8_0"), H, hedged=True, anchor="**[09:45] leo:**")
claim(f, "5.65 GiB", "quantized_file", "GiB", GG(G9, "Q4_K_M"), X, "gb_as_gib", note="5.65 GB = 5.27 GiB")
claim(f, "5.27 GiB", "quantized_file", "GiB", GG(G9, "Q4_K_M"), H, rel=0.02)
claim(f, "5.65 GB", "quantized_file", "GB", GG(G9, "Q4_K_M"), H, rel=0.02, anchor="it prints 5.27 GiB")
claim(f, "2.61B params", "params", "B", N[G2], H)
claim(f, "41.8 GB", "training", "GB", 16 * N[G2], H)
claim(f, "234.6 GB", "training", "GB", 16 * N[P4], H)
claim(f, "~88 GB", "training", "GB", 12 * N[P4], X, "off_2x", hedged=True, note="8-bit Adam 12 B/param: 175.9 GB")
claim(f, "175.9 GB", "training", "GB", 12 * N[P4], H)
claim(f, "47.1 GB", "training", "GB", 18 * N[G2], H)
claim(f, "2.61 GB", "weights", "GB", W(G2, "bf16"), X, "wrong_dtype", anchor="**[11:09] sara:**", note="int8 size; bf16 5.23 GB")
claim(f, "5.23 GB", "weights", "GB", W(G2, "bf16"), H)
claim(f, "21,299,200 trainable params", "params", "params", lora(40, 16, [(5120, 5120), (5120, 1280), (5120, 1280), (5120, 5120)]), H)
claim(f, "~0.15 %", "percentage", "%", 100 * 21_299_200 / N[P4], H, hedged=True)
claim(f, "42.6 MB", "weights", "MB", 21_299_200 * 2, H)
claim(f, "29.3 GB per GPU", "training", "GB", zero(N[P4], 8, 3), H)
claim(f, "≈ 7.56 GB", "weights", "GB", N[P4] * NF4 / 8, H, hedged=True)
claim(f, "17,891,328 params", "params", "params", lora(42, 16, [(3584, 4096), (3584, 2048), (3584, 2048), (4096, 3584)]), H)
claim(f, "18.5 GB", "weights", "GB", W(G9, "bf16"), H, anchor="**[14:30] leo:**")
claim(f, "18.5 GB", "weights", "GB", W(G9, "bf16"), H, anchor="**[14:32] dima:**")
claim(f, "17.2 GiB", "weights", "GiB", W(G9, "bf16"), H, anchor="**[14:32] dima:**")
claim(f, "5.25 GiB", "kv_cache_total", "GiB", KV(G9, 16384), H, anchor="**[14:32] dima:**")
claim(f, "22.5 GiB", "arithmetic", "GiB", W(G9, "bf16") + KV(G9, 16384), H)
claim(f, "4.62 GB", "weights", "GB", W(G9, "int4"), H, anchor="**[14:35] sara:**")
claim(f, "9.24 GB", "weights", "GB", W(G9, "int4"), X, "wrong_dtype", note="int8 size; int4 4.62 GB")
claim(f, "4.62 GB", "weights", "GB", W(G9, "int4"), H, anchor="that's int8. int4")
claim(f, "4.3 GiB", "weights", "GiB", W(G9, "int4"), H)
claim(f, "50 GiB", "kv_cache_total", "GiB", KV(P4, 16384, 16), H)
claim(f, "≈ 28 GB", "weights", "GB", W(P4, "bf16"), H, hedged=True, note="bot's rounding within 10 %", **Q)
claim(f, "≈ 14 GB", "weights", "GB", W(P4, "int8"), H, hedged=True, **Q)
claim(f, "≈ 3.5 GB", "weights", "GB", W(P4, "int4"), X, "off_2x", hedged=True, note="7.33 GB", **Q)
claim(f, "≈ 800 KiB", "kv_cache_per_token", "KiB", KVT(P4), X, "off_2x", hedged=True, note="MHA assumed; GQA 200 KiB", **Q)
claim(f, "≈ 18 GB", "weights", "GB", W(G9, "bf16"), H, hedged=True, **Q)
claim(f, "≈ 10.5 GiB", "kv_cache_total", "GiB", KV(G9, 8192), X, "off_2x", hedged=True, note="2.625 GiB", **Q)
claim(f, "7.33 GB", "weights", "GB", W(P4, "int4"), H, anchor="reality check on the pin")
claim(f, "200 KiB", "kv_cache_per_token", "KiB", KVT(P4), H, anchor="reality check on the pin")
claim(f, "2.625 GiB", "kv_cache_total", "GiB", KV(G9, 8192), H, anchor="reality check on the pin")
claim(f, "819,200 bytes", "arithmetic", "bytes", 2 * 40 * 40 * 128 * 2, H, note="hypothetical MHA, computed right")
claim(f, "29.3 GB", "weights", "GB", W(P4, "bf16"), H, anchor="- **Served:**")
claim(f, "27.3 GiB", "weights", "GiB", W(P4, "bf16"), H, anchor="- **Served:**")
claim(f, "3.125 GiB", "kv_cache_total", "GiB", KV(P4, 16384), H, anchor="- **Served:**")
claim(f, "9.82 GB", "quantized_file", "GB", GG(G9, "Q8_0"), H, rel=0.02, anchor="- **Judge:**")
claim(f, "~103 tok/s", "throughput", "tok/s", R4090 / GG(G9, "Q8_0"), H, hedged=True, anchor="- **Judge:**")
non(f, "exported: 2026-11-16T08:05", "timestamp")
non(f, "dates: 2026-11-14..2026-11-15", "dates")
non(f, "prize_usd: 5000", "prize")
non(f, "team_size: 4", "count")
non(f, 'a100: { memory: "80 GiB HBM2e"', "hardware spec, price")
non(f, 'rtx4090: { memory: "24 GiB GDDR6X"', "hardware spec")
non(f, 'result: "3rd place of 31 teams"', "ranking")
non(f, "## #infra — Sat 2026-11-14", "date")
non(f, "(2 reactions)", "reaction count")
non(f, "4096-token sliding window", "hyper-parameter")
non(f, "only the global layers keep 16K", "layer count, context setting")
non(f, "demo run #3", "run number, measured latency and speed, agreement rate")
non(f, "A100 bill for the weekend", "cost arithmetic")
non(f, "pizza: 6 boxes", "shopping quantities")
non(f, "- **Score:** 3rd of 31", "ranking, jury score")
non(f, "## #demo — Sun 2026-11-15", "date")

# ---- en_03: PM one-pager with a cost model (Qwen2.5-72B, Llama-3.1-405B, DeepSeek-V3 on 8 x H100) ----------------
f = "en_03"
Q72, L405 = "qwen2.5-72b", "llama3.1-405b"
NODE = 640 * GIB
KVD = MLA_DSV3 * 2
claim(f, "≈ 960M output tokens", "tokens", "M tokens", 1.2e6 * 800, H, hedged=True)
claim(f, "about 11,100 tok/s", "throughput", "tok/s", 1.2e6 * 800 / 86400, H, hedged=True)
claim(f, "~28,900 tok/s", "throughput", "tok/s", 2.6 * 1.2e6 * 800 / 86400, H, hedged=True)
A, B, C = "| A | Qwen2.5-72B bf16 |", "| B | Llama-3.1-405B fp8 |", "| C | DeepSeek-V3 fp8 |"
claim(f, "72.7B", "params", "B", N[Q72], H, anchor=A)
claim(f, "145.4", "weights", "GB", W(Q72, "bf16"), H, anchor=A)
claim(f, "36.4", "weights", "GB", W(Q72, "bf16") / 4, H, anchor=A)
claim(f, "320 KiB", "kv_cache_per_token", "KiB", KVT(Q72), H, anchor=A)
claim(f, "405.9B", "params", "B", N[L405], H, anchor=B)
claim(f, "405.9", "weights", "GB", W(L405, "fp8"), H, anchor=B, occ=2)
claim(f, "101.5", "weights", "GB", W(L405, "fp8") / 8, X, "per_gpu", anchor=B, note="divided by 4; 50.7 GB per card")
claim(f, "252 KiB", "kv_cache_per_token", "KiB", KVT(L405), X, "wrong_dtype", anchor=B, note="fp8-cache figure; bf16 504 KiB")
claim(f, "671B", "params", "B", N["deepseek-v3"], H, anchor=C)
claim(f, "671", "weights", "GB", W(N["deepseek-v3"], "fp8"), H, anchor=C)
claim(f, "83.9", "weights", "GB", W(N["deepseek-v3"], "fp8") / 8, H, anchor=C)
claim(f, "68.6 KiB", "kv_cache_per_token", "KiB", KVD, H, anchor=C)
claim(f, "50.7 GB", "weights", "GB", W(L405, "fp8") / 8, H, anchor="`[eng: row B per-GPU")
claim(f, "504 KiB", "kv_cache_per_token", "KiB", KVT(L405), H, anchor="`[eng: row B per-GPU")
claim(f, "252 KiB", "kv_cache_per_token", "KiB", KVT(L405, 1), H, anchor="`[eng: row B per-GPU", note="fp8 cache, as stated")
claim(f, "145.4 GB", "weights", "GB", W(Q72, "bf16"), H, anchor="72,706,203,648 params × 2 bytes")
claim(f, "135.4 GiB", "weights", "GiB", W(Q72, "bf16"), H)
claim(f, "36.4 GB", "weights", "GB", W(Q72, "bf16") / 4, H, anchor="72,706,203,648 params × 2 bytes")
claim(f, "327,680 bytes", "kv_cache_per_token", "bytes", KVT(Q72), H)
claim(f, "2.5 GiB", "kv_cache_total", "GiB", KV(Q72, 8192), H, anchor="327,680 bytes")
claim(f, "10.0 GB", "kv_cache_total", "GB", KV(Q72, 32768), X, "gib_as_gb", anchor="327,680 bytes", note="10 GiB = 10.7 GB")
claim(f, "10 GiB", "kv_cache_total", "GiB", KV(Q72, 32768), H, anchor="`[eng: 10 GiB at 32K")
claim(f, "10.7 GB", "kv_cache_total", "GB", KV(Q72, 32768), H)
claim(f, "36.4 GB", "weights", "GB", W(Q72, "bf16") / 4, H, anchor="- **Speed:** 3.35 TB/s ÷ 36.4 GB")
claim(f, "≈ 92 tok/s", "throughput", "tok/s", H100_BW / (W(Q72, "bf16") / 4), H, hedged=True)
claim(f, "36.4 GB", "weights", "GB", W(Q72, "int4"), H, anchor="- **Cheaper variant:**")
claim(f, "44.5 GB", "quantized_file", "GB", GG(Q72, "Q4_K_M"), H, rel=0.02)
claim(f, "72.7 GB", "weights", "GB", W(Q72, "bf16"), X, "wrong_dtype", anchor="- PM note: in bf16 the model", note="fp8 size; bf16 145.4 GB")
claim(f, "72.7 GB", "weights", "GB", W(Q72, "fp8"), H, anchor="`[eng: 72.7 GB is the fp8")
claim(f, "145.4 GB", "weights", "GB", W(Q72, "bf16"), H, anchor="`[eng: 72.7 GB is the fp8")
claim(f, "36.4 GB per card", "weights", "GB", W(Q72, "fp8") / 2, H, anchor="With fp8 on 2 cards")
claim(f, "405.9 GB", "weights", "GB", W(L405, "fp8"), H, anchor="- **Weights:** 405.9 GB in fp8")
claim(f, "50.7 GB", "weights", "GB", W(L405, "fp8") / 8, H, anchor="- **Weights:** 405.9 GB in fp8")
claim(f, "811.7 GB", "weights", "GB", W(L405, "bf16"), H, anchor="- **Weights:** 405.9 GB in fp8")
claim(f, "687 GB", "arithmetic", "GB", NODE, H)
claim(f, "504 KiB", "kv_cache_per_token", "KiB", KVT(L405), H, anchor="- **KV:** 504 KiB")
claim(f, "3.94 GiB", "kv_cache_total", "GiB", KV(L405, 8192), H)
claim(f, "about 0.49 GiB", "kv_cache_total", "GiB", KV(L405, 8192) / 8, H, hedged=True)
claim(f, "378 GiB", "weights", "GiB", W(L405, "fp8"), H)
claim(f, "≈ 262 GiB", "arithmetic", "GiB", NODE - W(L405, "fp8"), H, hedged=True)
claim(f, "~66 conversations", "arithmetic", "sequences", (NODE - W(L405, "fp8")) // KV(L405, 8192), H, hedged=True)
claim(f, "50.7 GB", "weights", "GB", W(L405, "fp8") / 8, H, anchor="- **Speed:** 3.35 TB/s ÷ 50.7 GB")
claim(f, "≈ 66 tok/s", "throughput", "tok/s", H100_BW / (W(L405, "fp8") / 8), H, hedged=True)
claim(f, "405.9 GB", "weights", "GB", W(L405, "bf16"), X, "wrong_dtype", anchor="the 405B in bf16 is 405.9 GB", note="fp8 size; bf16 811.7 GB")
claim(f, "811.7 GB", "weights", "GB", W(L405, "bf16"), H, anchor="`[eng: no. bf16 is 16-bit")
claim(f, "≈ 132 tok/s", "throughput", "tok/s", H100_BW / (W(L405, "fp8") / 8), X, "off_2x", hedged=True, note="66 tok/s")
claim(f, "671 GB", "weights", "GB", W(N["deepseek-v3"], "fp8"), H, anchor="- **Weights:** 671B parameters stored")
claim(f, "625 GiB", "weights", "GiB", W(N["deepseek-v3"], "fp8"), H, anchor="(625 GiB)")
claim(f, "83.9 GB", "weights", "GB", W(N["deepseek-v3"], "fp8") / 8, H)
claim(f, "~37 GB", "weights", "GB", W(ACTIVE_DSV3, "fp8"), H, hedged=True, note="bytes read per token (active)")
claim(f, "70,272 bytes", "kv_cache_per_token", "bytes", KVD, H)
claim(f, "68.6 KiB", "kv_cache_per_token", "KiB", KVD, H, anchor="70,272 bytes")
claim(f, "≈ 2.14 GiB", "kv_cache_total", "GiB", KVD * 32768, H, hedged=True)
claim(f, "~15 GiB", "arithmetic", "GiB", NODE - W(N["deepseek-v3"], "fp8"), H, hedged=True)
claim(f, "~7 conversations", "arithmetic", "sequences", (NODE - W(N["deepseek-v3"], "fp8")) // (KVD * 32768), H, hedged=True)
claim(f, "37 GB", "weights", "GB", W(N["deepseek-v3"], "fp8"), X, "wrong_kind", anchor="C only has to load 37 GB", note="active size; stored 671 GB")
claim(f, "671 GB", "weights", "GB", W(N["deepseek-v3"], "fp8"), H, anchor="`[eng: all 671 GB")
claim(f, "37 GB", "weights", "GB", W(ACTIVE_DSV3, "fp8"), H, anchor="`[eng: all 671 GB", note="bytes read per token")
claim(f, "about 1.34 TB", "weights", "TB", W(N["deepseek-v3"], "fp8"), X, "wrong_dtype", hedged=True, note="bf16 size; fp8 671 GB", **Q)
claim(f, "1.34 TB", "weights", "TB", W(N["deepseek-v3"], "bf16"), H, anchor="`[eng: 1.34 TB is bf16")
claim(f, "145.4 GB", "weights", "GB", W(Q72, "bf16"), H, anchor="- **Option A**: Qwen2.5-72B")
claim(f, "36.4 GB per card", "weights", "GB", W(Q72, "bf16") / 4, H, anchor="- **Option A**: Qwen2.5-72B")
claim(f, "2.5 GiB", "kv_cache_total", "GiB", KV(Q72, 8192), H, anchor="- **Option A**: Qwen2.5-72B")
claim(f, "~92 tok/s", "throughput", "tok/s", H100_BW / (W(Q72, "bf16") / 4), H, hedged=True, anchor="- **Option A**: Qwen2.5-72B")
claim(f, "405.9 GB", "weights", "GB", W(L405, "fp8"), H, anchor="- B needs fp8 just to fit")
claim(f, "671 GB", "weights", "GB", W(N["deepseek-v3"], "fp8"), H, anchor="- B needs fp8 just to fit")
claim(f, "37 GB", "weights", "GB", W(ACTIVE_DSV3, "fp8"), H, anchor="- B needs fp8 just to fit", note="bytes read per token")
claim(f, "290.8 GB", "weights", "GB", W(Q72, "bf16"), X, "wrong_dtype", note="earlier draft quoted: fp32 size; bf16 145.4 GB")
non(f, "created: 2026-09-30", "date")
non(f, "updated: 2026-10-09", "date")
non(f, "jira: ASSIST-2291", "ticket")
non(f, "requests_per_day: 1200000", "traffic input")
non(f, "avg_output_tokens: 800", "traffic input")
non(f, "peak_to_mean: 2.6", "ratio input")
non(f, "h100_gpu_hour_usd: 2.49", "price")
non(f, "hours_per_month: 730", "hours per month")
non(f, "api_fallback_usd_per_m_tokens", "price")
non(f, "> Pick one of three self-hosted options by 2026-10-15", "date")
non(f, "- Latency target: first token < 800 ms", "requirements, study number")
non(f, "| A | 4 | 2.49 | 730 | 7,270.80", "cost row")
non(f, "| B | 8 | 2.49 | 730 |", "cost row")
non(f, "| C | 8 | 2.49 | 730 |", "cost row")
non(f, "API fallback at $0.60 per M tokens", "cost arithmetic")
non(f, "Break-even vs option A is at 39 %", "percentage of volume, comment number")
non(f, "1. Peak 2.6× may need a second node", "price")
non(f, "2. Legal review of the Llama 3.1 license", "ticket, weeks")
non(f, "3. DeepSeek-V3 eval win rate 58 %", "win rates, p-value, prompt count")

# ---- en_04: study guide with worked problems and an answer-key comparison (GPT-2, BERT, T5, Llama-2-13B, ...) ------
f = "en_04"
G, GXL, BB, T5B, L13, F7, MI = "gpt2", "gpt2-xl", "bert-base", "t5-base", "llama2-13b", "falcon-7b", "mistral-7b"
T5E, T5D, T5EMB = T5["t5-base"]
D_XL = 20 * N[GXL]
C13 = 6 * N[L13] * 2e12
DAYS13 = C13 / (1024 * 312e12 * 0.4) / 86400
claim(f, "497,759,232 bytes", "weights", "bytes", W(G, "fp32"), H)
claim(f, "≈ 497.8 MB", "weights", "MB", W(G, "fp32"), H, hedged=True)
claim(f, "474.7 MiB", "weights", "MiB", W(G, "fp32"), H)
claim(f, "38,597,376 parameters", "params", "params", 50257 * 768, H)
claim(f, "31.0 %", "percentage", "%", 100 * 50257 * 768 / N[G], H)
claim(f, "786,432 more", "params", "params", 1024 * 768, H)
claim(f, "219.0 MB", "weights", "MB", W(BB, "fp16"), H)
claim(f, "208.8 MiB", "weights", "MiB", W(BB, "fp16"), H)
claim(f, "85.0M", "params", "M", T5E, H)
claim(f, "113.3M", "params", "M", T5D, H)
claim(f, "24,674,304", "params", "params", T5EMB, H)
claim(f, "222,903,552 parameters", "params", "params", N[T5B], H)
claim(f, "≈ 891.6 MB", "weights", "MB", W(T5B, "fp32"), H, hedged=True)
claim(f, "445.8 MB", "weights", "MB", W(T5B, "bf16"), H)
claim(f, "819,200 bytes", "kv_cache_per_token", "bytes", KVT(L13), H)
claim(f, "800 KiB", "kv_cache_per_token", "KiB", KVT(L13), H, anchor="819,200 bytes")
claim(f, "3.125 GiB", "kv_cache_total", "GiB", KV(L13, 4096), H)
claim(f, "25 GiB", "kv_cache_total", "GiB", KV(L13, 4096, 8), H)
claim(f, "8,192 bytes", "kv_cache_per_token", "bytes", KVT(F7), H)
claim(f, "8 KiB", "kv_cache_per_token", "KiB", KVT(F7), H, anchor="8,192 bytes")
claim(f, "512 MiB", "kv_cache_total", "MiB", KV(F7, 2048, 32), H, anchor="8,192 bytes")
claim(f, "4 GiB", "kv_cache_total", "GiB", KV(MI, 32768), H, anchor="Without the window", note="stated as the no-window figure")
claim(f, "0.5 GiB", "kv_cache_total", "GiB", KV(MI, 4096), H, anchor="stops growing at 0.5 GiB")
claim(f, "208.3 GB", "training", "GB", 16 * N[L13], H, anchor="16 bytes/param × 13.02B")
claim(f, "26.0 GB per GPU", "training", "GB", zero(N[L13], 8, 3), H, anchor="8 GPUs gives 26.0 GB per GPU")
claim(f, "≈ 31.2B tokens", "tokens", "B tokens", D_XL, H, hedged=True)
claim(f, "≈ 2.91 × 10²⁰ FLOP", "flops", "FLOP", 6 * N[GXL] * D_XL, H, hedged=True)
claim(f, "≈ 1.56 × 10²³ FLOP", "flops", "FLOP", C13, H, hedged=True, anchor="**P10.")
claim(f, "≈ 1.22 × 10⁶ s", "time", "s", C13 / (1024 * 312e12 * 0.4), H, hedged=True)
claim(f, "≈ 14.1 days", "time", "days", C13 / (1024 * 312e12 * 0.4), H, hedged=True)
claim(f, "8.02 GiB", "activations", "GiB", act(G, 1024, 8), H, anchor="s·b·h·(34 + 5·a·s/h) per layer")
claim(f, "2.39 GiB", "activations", "GiB", act(G, 1024, 8, "flash"), H, anchor="s·b·h·(34 + 5·a·s/h) per layer")
claim(f, "0.14 GiB", "activations", "GiB", act(G, 1024, 8, "full"), H)
claim(f, "3.12 GFLOP", "flops", "GFLOP", 2 * N[GXL], H, anchor="**P12.")
R = lambda p: f"| {p} |"
claim(f, "498 MB", "weights", "MB", W(G, "fp32"), H, anchor=R("P1"))
claim(f, "995 MB", "weights", "MB", W(G, "fp32"), X, "off_2x", anchor=R("P1"), note="8 bytes/param; 497.8 MB")
claim(f, "497.8 MB", "weights", "MB", W(G, "fp32"), H, anchor=R("P1"))
claim(f, "438 MB", "weights", "MB", W(BB, "fp16"), X, "wrong_dtype", anchor=R("P3"), note="fp32 size; fp16 219 MB")
claim(f, "219 MB", "weights", "MB", W(BB, "fp16"), H, anchor=R("P3"))
claim(f, "219 MB", "weights", "MB", W(BB, "fp16"), H, anchor=R("P3"), occ=2)
claim(f, "110M", "params", "M", N[T5B], X, "off_2x", anchor=R("P4"), note="BERT-base size; T5-base 222.9M")
claim(f, "222.9M", "params", "M", N[T5B], H, anchor=R("P4"))
claim(f, "222.9M", "params", "M", N[T5B], H, anchor=R("P4"), occ=2)
claim(f, "1.6 MiB", "kv_cache_per_token", "MiB", KVT(L13), X, "off_2x", anchor=R("P5"), note="800 KiB")
claim(f, "800 KiB", "kv_cache_per_token", "KiB", KVT(L13), H, anchor=R("P5"))
claim(f, "800 KiB", "kv_cache_per_token", "KiB", KVT(L13), H, anchor=R("P5"), occ=2)
claim(f, "512 MiB", "kv_cache_total", "MiB", KV(F7, 2048, 32), H, anchor=R("P6"))
claim(f, "35.5 GiB", "kv_cache_total", "GiB", KV(F7, 2048, 32), X, "off_2x", anchor=R("P6"), note="71 query heads; 512 MiB")
claim(f, "512 MiB", "kv_cache_total", "MiB", KV(F7, 2048, 32), H, anchor=R("P6"), occ=2)
claim(f, "4 GiB", "kv_cache_total", "GiB", KV(MI, 4096), X, "off_2x", anchor=R("P7"), note="window ignored; 0.5 GiB")
claim(f, "0.5 GiB", "kv_cache_total", "GiB", KV(MI, 4096), H, anchor=R("P7"))
claim(f, "0.5 GiB", "kv_cache_total", "GiB", KV(MI, 4096), H, anchor=R("P7"), occ=2)
claim(f, "208.3 GB", "training", "GB", zero(N[L13], 8, 3), X, "per_gpu", anchor=R("P8"), note="total; 26.0 GB per GPU")
claim(f, "26.0 GB", "training", "GB", zero(N[L13], 8, 3), H, anchor=R("P8"))
claim(f, "26.0 GB", "training", "GB", zero(N[L13], 8, 3), H, anchor=R("P8"), occ=2)
claim(f, "31.2B", "tokens", "B tokens", D_XL, H, anchor=R("P9"))
claim(f, "3.12B", "tokens", "B tokens", D_XL, X, "off_2x", anchor=R("P9"), note="dropped a zero; 31.2B")
claim(f, "31.2B", "tokens", "B tokens", D_XL, H, anchor=R("P9"), occ=2)
claim(f, "14.1 days", "time", "days", C13 / (1024 * 312e12 * 0.4), H, anchor=R("P10"))
claim(f, "5.7 days", "time", "days", C13 / (1024 * 312e12 * 0.4), X, "off_2x", anchor=R("P10"), note="100 % MFU; 14.1 days")
claim(f, "14.1 days", "time", "days", C13 / (1024 * 312e12 * 0.4), H, anchor=R("P10"), occ=2)
claim(f, "2.39 GiB", "activations", "GiB", act(G, 1024, 8, "flash"), H, anchor=R("P11"))
claim(f, "8.02 GiB", "activations", "GiB", act(G, 1024, 8, "flash"), X, "off_2x", anchor=R("P11"), note="no-recompute figure; 2.39 GiB")
claim(f, "2.39 GiB", "activations", "GiB", act(G, 1024, 8, "flash"), H, anchor=R("P11"), occ=2)
claim(f, "3.12 GFLOP", "flops", "GFLOP", 2 * N[GXL], H, anchor=R("P12"))
claim(f, "6.23 GFLOP", "flops", "GFLOP", 2 * N[GXL], X, "off_2x", anchor=R("P12"), note="6N; decode 2N = 3.12 GFLOP")
claim(f, "3.12 GFLOP", "flops", "GFLOP", 2 * N[GXL], H, anchor=R("P12"), occ=2)
claim(f, "248.9 MB", "weights", "MB", W(G, "fp16"), H)
claim(f, "3.12 GB", "weights", "GB", W(GXL, "fp16"), H)
claim(f, "300 KiB", "kv_cache_per_token", "KiB", KVT(GXL), H)
claim(f, "437.9 MB", "weights", "MB", W(BB, "fp32"), H)
claim(f, "26.0 GB", "weights", "GB", W(L13, "fp16"), H, anchor="- Llama-2-13B fp16")
claim(f, "24.2 GiB", "weights", "GiB", W(L13, "fp16"), H)
claim(f, "13.8 GB", "weights", "GB", W(F7, "fp16"), H)
claim(f, "14.5 GB", "weights", "GB", W(MI, "fp16"), H)
claim(f, "13.5 GiB", "weights", "GiB", W(MI, "fp16"), H)
claim(f, "8 KiB/token", "kv_cache_per_token", "KiB", KVT(F7), H)
claim(f, "800 KiB/token", "kv_cache_per_token", "KiB", KVT(L13), H)
claim(f, "26.0 GB per GPU", "training", "GB", zero(N[L13], 8, 3), H, anchor="(26.0 GB per GPU for 13B)")
claim(f, "497.8 MB", "weights", "MB", W(G, "fp32"), H, anchor="GPT-2 small is 497.8 MB")
claim(f, "≈ 1.56 × 10²³ FLOP", "flops", "FLOP", C13, H, hedged=True, anchor="GPT-2 small is 497.8 MB")
non(f, "exam_date: 2026-10-27", "date")
non(f, "bytes_kv: 2", "assumption input")
non(f, "adam_bytes_per_param: 16", "assumption input")
non(f, "chinchilla_tokens_per_param: 20", "assumption input")
non(f, "progress: 12/12 problems", "progress count")
non(f, "comparison with the course-site answer key", "forum post number")
non(f, "> $$M_{\\text{weights}} = N", "LaTeX formulas with free variables")
non(f, 'Units are in the cells. "checked" is after', "date")
non(f, "- 2026-10-27, 18:30–20:00, room B-214", "date, time, room, points")
non(f, "- PS4 counts 8 %", "grading weights, score")
non(f, "- Office hours Tue 15:00", "time, forum post numbers")
non(f, 'peak_bf16_tflops: 312', "hardware spec")
non(f, "Twelve problems from PS4", "problem set number")

# ---- en_05: used-GPU buyer's notes (3090 / P40 / MI50 / 3060; Llama-3-8B/70B, Qwen2.5-14B/32B, Mixtral) --------
f = "en_05"
L8, Q14, Q32, L70, M7, M22 = "llama3-8b", "qwen2.5-14b", "qwen2.5-32b", "llama3-70b", "mixtral-8x7b", "mixtral-8x22b"
R30, P40, MI50, R3060 = 936e9, 347e9, 1024e9, 360e9
claim(f, "25.8 GB", "arithmetic", "GB", 24576 * MIB, H)
claim(f, "21.6 GB", "quantized_file", "GB", GG(L70, "Q4_K_M"), X, "off_2x", anchor="at 30 tok/s on one card", note="43.2 GB")
claim(f, "43.2 GB", "quantized_file", "GB", GG(L70, "Q4_K_M"), H, rel=0.02, anchor="**Check:** the 70B Q4_K_M")
claim(f, "40.2 GiB", "quantized_file", "GiB", GG(L70, "Q4_K_M"), H, rel=0.02)
claim(f, "43.2 GB", "quantized_file", "GB", GG(L70, "Q4_K_M"), H, rel=0.02, anchor="two 3090s every token")
claim(f, "~22 tok/s", "throughput", "tok/s", R30 / GG(L70, "Q4_K_M"), H, hedged=True)
claim(f, "20 GB", "quantized_file", "GB", GG(Q32, "Q4_K_M"), H, rel=0.02, anchor="> \"Qwen2.5-32B Q4_K_M is 20 GB")
claim(f, "50 tok/s", "throughput", "tok/s", P40 / GG(Q32, "Q4_K_M"), X, "off_2x", note="ceiling 17 tok/s")
claim(f, "347 Gbit/s", "bandwidth", "Gbit/s", P40, X, "wrong_unit", anchor="> \"Qwen2.5-32B Q4_K_M is 20 GB", note="347 GB/s = 2,776 Gbit/s")
claim(f, "20.0 GB", "quantized_file", "GB", GG(Q32, "Q4_K_M"), H, rel=0.02, anchor="**Check:** the file size is right")
claim(f, "≈ 17 tok/s", "throughput", "tok/s", P40 / GG(Q32, "Q4_K_M"), H, hedged=True)
claim(f, "2.78 Tbit/s", "bandwidth", "Tbit/s", P40, H)
claim(f, "24 GB", "quantized_file", "GB", GG(M22, "Q4_K_M"), X, "wrong_kind", anchor="> \"1 TB/s HBM2!", note="active share; file 86.0 GB")
claim(f, "≈ 24.0 GB", "quantized_file", "GB", GG(ACTIVE_M22, "Q4_K_M"), H, hedged=True, note="bytes read per token")
claim(f, "86.0 GB", "quantized_file", "GB", GG(M22, "Q4_K_M"), H, rel=0.02, anchor="holds all 140.6B parameters")
claim(f, "80.1 GiB", "quantized_file", "GiB", GG(M22, "Q4_K_M"), H, rel=0.02)
claim(f, "8 GB", "weights", "GB", W(L8, "bf16"), X, "wrong_dtype", anchor="> \"Llama-3-8B in bf16 is 8 GB", note="int8 size; bf16 16.06 GB")
claim(f, "about 1 GB", "kv_cache_total", "GB", KV(L8, 32768), X, "off_2x", hedged=True, note="4 GiB = 4.29 GB")
claim(f, "16.06 GB", "weights", "GB", W(L8, "bf16"), H)
claim(f, "128 KiB", "kv_cache_per_token", "KiB", KVT(L8), H)
claim(f, "4 GiB", "kv_cache_total", "GiB", KV(L8, 32768), H, anchor="The cache is 128 KiB per token")
claim(f, "4.29 GB", "kv_cache_total", "GB", KV(L8, 32768), H)
claim(f, "8.53 GB", "quantized_file", "GB", GG(L8, "Q8_0"), H, rel=0.02, anchor="plus a 16K cache")
claim(f, "2 GiB", "kv_cache_total", "GiB", KV(L8, 16384), H, anchor="plus a 16K cache")
claim(f, "34.8 GB", "quantized_file", "GB", GG(Q32, "Q8_0"), H, rel=0.02, anchor="> \"Together 48 GB")
claim(f, "34.8 GB", "quantized_file", "GB", GG(Q32, "Q8_0") / 2, X, "per_gpu", anchor="> \"Together 48 GB", occ=2, note="17.4 GB per card")
claim(f, "17.4 GB per card", "quantized_file", "GB", GG(Q32, "Q8_0") / 2, H, rel=0.02)
claim(f, "34.8 GB", "quantized_file", "GB", GG(Q32, "Q8_0"), H, rel=0.02, anchor="turn is 347 GB/s")
claim(f, "≈ 10 tok/s", "throughput", "tok/s", P40 / GG(Q32, "Q8_0"), H, hedged=True)
T = lambda m: f"| {m} |"
claim(f, "4.9", "quantized_file", "GB", GG(L8, "Q4_K_M"), H, rel=0.02, anchor=T("Llama-3-8B"))
claim(f, "8.5", "quantized_file", "GB", GG(L8, "Q8_0"), H, rel=0.02, anchor=T("Llama-3-8B"))
claim(f, "9.0", "quantized_file", "GB", GG(Q14, "Q4_K_M"), H, rel=0.02, anchor=T("Qwen2.5-14B"))
claim(f, "7.8", "quantized_file", "GB", GG(Q14, "Q8_0"), X, "off_2x", anchor=T("Qwen2.5-14B"), note="15.7 GB")
claim(f, "20.0", "quantized_file", "GB", GG(Q32, "Q4_K_M"), H, rel=0.02, anchor=T("Qwen2.5-32B"))
claim(f, "34.8", "quantized_file", "GB", GG(Q32, "Q8_0"), H, rel=0.02, anchor=T("Qwen2.5-32B"))
claim(f, "21.6", "quantized_file", "GB", GG(L70, "Q4_K_M"), X, "off_2x", anchor=T("Llama-3-70B"), note="43.2 GB")
claim(f, "75.0", "quantized_file", "GB", GG(L70, "Q8_0"), H, rel=0.02, anchor=T("Llama-3-70B"))
claim(f, "28.6", "quantized_file", "GB", GG(M7, "Q4_K_M"), H, rel=0.02, anchor=T("Mixtral-8x7B"))
claim(f, "49.6", "quantized_file", "GB", GG(M7, "Q8_0"), H, rel=0.02, anchor=T("Mixtral-8x7B"))
claim(f, "86.0", "quantized_file", "GB", GG(M22, "Q4_K_M"), H, rel=0.02, anchor=T("Mixtral-8x22B"))
claim(f, "298.9", "quantized_file", "GB", GG(M22, "Q8_0"), X, "off_2x", anchor=T("Mixtral-8x22B"), note="149.4 GB")
claim(f, "15.7 GB", "quantized_file", "GB", GG(Q14, "Q8_0"), H, rel=0.02, anchor="Wrong cells I found")
claim(f, "43.2 GB", "quantized_file", "GB", GG(L70, "Q4_K_M"), H, rel=0.02, anchor="Wrong cells I found")
claim(f, "149.4 GB", "quantized_file", "GB", GG(M22, "Q8_0"), H, rel=0.02, anchor="Wrong cells I found")
claim(f, "9.04 GB", "quantized_file", "GB", GG(Q14, "Q4_K_M"), H, rel=0.02, anchor="Ceilings in tok/s; files:")
claim(f, "8.53 GB", "quantized_file", "GB", GG(L8, "Q8_0"), H, rel=0.02, anchor="Ceilings in tok/s; files:")
for card, bw, a, b, ea, eb in (("| RTX 3090 |", R30, "~104", "~110", None, None), ("| Tesla P40 |", P40, "~77", "~41", "off_2x", None),
                               ("| MI50 32 GB |", MI50, "~113", "~240", None, "off_2x"), ("| RTX 3060 12 GB |", R3060, "~40", "~42", None, None)):
    claim(f, a, "throughput", "tok/s", bw / GG(Q14, "Q4_K_M"), X if ea else H, ea, hedged=True, anchor=card)
    claim(f, b, "throughput", "tok/s", bw / GG(L8, "Q8_0"), X if eb else H, eb, hedged=True, anchor=card)
claim(f, "~38", "throughput", "tok/s", P40 / GG(Q14, "Q4_K_M"), H, hedged=True, anchor="(Later I noticed")
claim(f, "~120", "throughput", "tok/s", MI50 / GG(L8, "Q8_0"), H, hedged=True, anchor="(Later I noticed")
claim(f, "196,608 bytes", "kv_cache_per_token", "bytes", KVT(Q14), H)
claim(f, "192 KiB", "kv_cache_per_token", "KiB", KVT(Q14), H, anchor="196,608 bytes")
claim(f, "1.5 GiB", "kv_cache_total", "GiB", KV(Q14, 8192), H)
claim(f, "6 GiB", "kv_cache_total", "GiB", KV(Q14, 32768), H, anchor="196,608 bytes")
claim(f, "29.5 GB", "weights", "GB", W(Q14, "bf16"), H)
claim(f, "9.04 GB", "quantized_file", "GB", GG(Q14, "Q4_K_M"), H, rel=0.02, anchor="- bf16 weights 29.5 GB")
claim(f, "8.42 GiB", "quantized_file", "GiB", GG(Q14, "Q4_K_M"), H, rel=0.02, anchor="- bf16 weights 29.5 GB")
claim(f, "15.7 GB", "quantized_file", "GB", GG(Q14, "Q8_0"), H, rel=0.02, anchor="- bf16 weights 29.5 GB")
claim(f, "≈ 14.4 GiB", "arithmetic", "GiB", GG(Q14, "Q4_K_M") + KV(Q14, 32768), H, hedged=True)
claim(f, "~9.6 GiB", "arithmetic", "GiB", 24 * GIB - GG(Q14, "Q4_K_M") - KV(Q14, 32768), H, hedged=True)
claim(f, "768 KiB", "kv_cache_per_token", "KiB", KVT(Q14), X, "off_2x", note="MHA assumed; 192 KiB")
claim(f, "192 KiB", "kv_cache_per_token", "KiB", KVT(Q14), H, anchor="with 8 KV heads it is 192 KiB")
claim(f, "9.04 GB", "quantized_file", "GB", GG(Q14, "Q4_K_M"), H, rel=0.02, anchor="Bought **one RTX 3090**")
claim(f, "6 GiB", "kv_cache_total", "GiB", KV(Q14, 32768), H, anchor="Bought **one RTX 3090**")
claim(f, "~104 tok/s", "throughput", "tok/s", R30 / GG(Q14, "Q4_K_M"), H, hedged=True, anchor="Bought **one RTX 3090**")
claim(f, "~38 tok/s", "throughput", "tok/s", P40 / GG(Q14, "Q4_K_M"), H, hedged=True, anchor="ceilings are about a third")
claim(f, "86.0 GB", "quantized_file", "GB", GG(M22, "Q4_K_M"), H, rel=0.02, anchor="Mixtral-8x22B is 86.0 GB even")
non(f, "created: 2026-08-03", "date")
non(f, "updated: 2026-08-19", "date")
non(f, "budget_usd: 900", "budget")
non(f, 'rtx3090: { memory: "24 GiB GDDR6X"', "hardware spec, price")
non(f, 'tesla_p40: { memory: "24 GiB GDDR5"', "hardware spec, price")
non(f, 'mi50_32gb: { memory: "32 GiB HBM2"', "hardware spec, price")
non(f, 'rtx3060_12gb: { memory: "12 GiB GDDR6"', "hardware spec, price")
non(f, 'psu: "1000 W Platinum"', "power supply")
non(f, "Goal: run a 14B–32B model locally at ≥ 15 tok/s", "requirement, budget")
non(f, "### 1. RTX 3090 FE, $680", "price")
non(f, "### 2. Tesla P40 24 GB, $165", "price")
non(f, "### 3. MI50 32 GB, $210", "price")
non(f, "### 4. RTX 3060 12 GB, $220", "price")
non(f, "### 5. 2 × P40 bundle, $320", "price")
non(f, "- Qwen2.5-14B Q4_K_M: 61.3 tok/s generation", "measured speeds, power draw")
non(f, "- Idle 21 W; fan 48 %", "power, fan, temperature")
non(f, "- Paid $655 + $12 shipping", "prices")
non(f, "Q4_K_M ≈ 4.89 bits per weight, Q8_0", "format constants")

# ---- ru_01: разбор ошибок в статье на Хабре (Llama 3 8B/70B, Llama 2 7B, Falcon-7B, Mixtral, Qwen2.5-72B) ---------
f = "ru_01"
L8, L70, L27, F7, MX, Q72 = "llama3-8b", "llama3-70b", "llama2-7b", "falcon-7b", "mixtral-8x7b", "qwen2.5-72b"
claim(f, "70 ГБ", "weights", "ГБ", W(L70, "bf16"), X, "wrong_dtype", anchor="> «Llama 3 70B в bf16 занимает 70 ГБ", note="int8; bf16 141,1 ГБ")
claim(f, "17,5 ГБ", "weights", "ГБ", W(L70, "int4"), X, "off_2x", anchor="> «Llama 3 70B в bf16 занимает 70 ГБ", note="35,3 ГБ")
claim(f, "70,55 млрд", "params", "млрд", N[L70], H)
claim(f, "141,1 ГБ", "weights", "ГБ", W(L70, "bf16"), H, anchor="Автор посчитал 1 байт")
claim(f, "131,4 ГиБ", "weights", "ГиБ", W(L70, "bf16"), H)
claim(f, "35,3 ГБ", "weights", "ГБ", W(L70, "int4"), H, anchor="а int4 — это полбайта")
claim(f, "13,5 ГиБ", "weights", "ГиБ", W(L27, "fp16"), X, "gb_as_gib", anchor="> «Llama 2 7B в fp16", note="13,48 ГБ = 12,55 ГиБ")
claim(f, "13,48 ГБ", "weights", "ГБ", W(L27, "fp16"), H)
claim(f, "12,55 ГиБ", "weights", "ГиБ", W(L27, "fp16"), H, anchor="Число верное, но не та единица")
claim(f, "8,03 млрд", "params", "млрд", N[L8], H)
claim(f, "16 ГБ", "weights", "ГБ", W(L8, "bf16"), H, anchor="8,03 млрд параметров")
claim(f, "145 ГБ", "weights", "ГБ", W(Q72, "fp8"), X, "wrong_dtype", anchor="> «Qwen2.5-72B в fp8", note="bf16; fp8 72,7 ГБ")
claim(f, "145 ГБ", "weights", "ГБ", W(Q72, "bf16"), H, anchor="145 ГБ — это bf16")
claim(f, "72,7 ГБ", "weights", "ГБ", W(Q72, "fp8"), H, anchor="145 ГБ — это bf16")
claim(f, "2,5 МиБ", "kv_cache_per_token", "МиБ", KVT(L70), X, "off_2x", anchor="> «KV-кэш Llama 3 70B", note="64 головы запросов; 320 КиБ")
claim(f, "320 ГиБ", "kv_cache_total", "ГиБ", KV(L70, 131072), X, "off_2x", anchor="> «KV-кэш Llama 3 70B", note="40 ГиБ")
claim(f, "327¦680 байт", "kv_cache_per_token", "байт", KVT(L70), H)
claim(f, "320 КиБ", "kv_cache_per_token", "КиБ", KVT(L70), H, anchor="327¦680 байт")
claim(f, "40 ГиБ", "kv_cache_total", "ГиБ", KV(L70, 131072), H, anchor="токен, и на 128K выходит")
claim(f, "256 МиБ", "kv_cache_total", "МиБ", KV(L27, 4096), X, "off_2x", anchor="> «Для Llama 2 7B кэш", note="2 ГиБ")
claim(f, "512 КиБ", "kv_cache_per_token", "КиБ", KVT(L27), H)
claim(f, "2 ГиБ", "kv_cache_total", "ГиБ", KV(L27, 4096), H, anchor="У Llama 2 7B нет GQA")
claim(f, "8 КиБ", "kv_cache_per_token", "КиБ", KVT(F7), H, anchor="> «Falcon-7B благодаря MQA")
claim(f, "16 МиБ", "kv_cache_total", "МиБ", KV(F7, 2048), H)
claim(f, "8192 байта", "kv_cache_per_token", "байт", KVT(F7), H)
claim(f, "25,8 ГБ", "weights", "ГБ", W(MX, "bf16"), X, "wrong_kind", anchor="> «Mixtral 8x7B требует", note="активные; хранить 93,4 ГБ")
claim(f, "12,9 млрд", "params", "млрд", ACTIVE_M7, H, anchor="> «Mixtral 8x7B требует")
claim(f, "12,9 млрд", "params", "млрд", ACTIVE_M7, H, anchor="Активных действительно")
claim(f, "около 25,8 ГБ", "weights", "ГБ", W(ACTIVE_M7, "bf16"), H, hedged=True, note="читается за токен")
claim(f, "46,7 млрд", "params", "млрд", N[MX], H)
claim(f, "93,4 ГБ", "weights", "ГБ", W(MX, "bf16"), H, anchor="это 93,4 ГБ в bf16")
claim(f, "4,58 ГБ", "quantized_file", "ГБ", GG(L8, "Q4_K_M"), X, "gib_as_gb", anchor="> «Q4_K_M для Llama 3 8B", note="4,58 ГиБ = 4,91 ГБ")
claim(f, "4,25 ГБ", "quantized_file", "ГБ", GG(L8, "Q8_0"), X, "off_2x", anchor="> «Q4_K_M для Llama 3 8B", note="8,53 ГБ")
claim(f, "4,91 ГБ", "quantized_file", "ГБ", GG(L8, "Q4_K_M"), H, rel=0.02)
claim(f, "8,53 ГБ", "quantized_file", "ГБ", GG(L8, "Q8_0"), H, rel=0.02, anchor="8,5 бита на вес")
claim(f, "27 ГБ", "training", "ГБ", 16 * N[L27], X, "off_2x", anchor="> «Полное обучение Llama 2 7B", note="16 байт/параметр: 107,8 ГБ")
claim(f, "107,8 ГБ", "training", "ГБ", 16 * N[L27], H, anchor="то есть 107,8 ГБ без активаций")
claim(f, "3350 Гбит/с", "bandwidth", "Гбит/с", 3.35e12, X, "wrong_unit", anchor="> «Пропускная способность H100", note="26 800 Гбит/с")
claim(f, "26¦800 Гбит/с", "bandwidth", "Гбит/с", 3.35e12, H, anchor="Автор не умножил на 8")
claim(f, "47 ток/с", "throughput", "ток/с", 3.35e12 / W(L70, "int4"), X, "off_2x", anchor="> «Потолок декодирования", note="95 ток/с")
claim(f, "35,3 ГБ", "weights", "ГБ", W(L70, "int4"), H, anchor="3,35 ТБ/с ÷ 35,3 ГБ")
claim(f, "≈ 95 ток/с", "throughput", "ток/с", 3.35e12 / W(L70, "int4"), H, hedged=True)
T = lambda r: f"| {r} |"
rows = [("Llama 3 70B, bf16", "70 ГБ", "141,1 ГБ", "weights", "ГБ", W(L70, "bf16"), "wrong_dtype"),
        ("Llama 3 70B, int4", "17,5 ГБ", "35,3 ГБ", "weights", "ГБ", W(L70, "int4"), "off_2x"),
        ("Llama 2 7B, fp16", "13,5 ГиБ", "12,55 ГиБ", "weights", "ГиБ", W(L27, "fp16"), "gb_as_gib"),
        ("Qwen2.5-72B, fp8", "145 ГБ", "72,7 ГБ", "weights", "ГБ", W(Q72, "fp8"), "wrong_dtype"),
        ("Llama 3 70B, KV на токен", "2,5 МиБ", "320 КиБ", "kv_cache_per_token", None, KVT(L70), "off_2x"),
        ("Llama 3 70B, KV на 128K", "320 ГиБ", "40 ГиБ", "kv_cache_total", "ГиБ", KV(L70, 131072), "off_2x"),
        ("Llama 2 7B, KV на 4096", "256 МиБ", "2 ГиБ", "kv_cache_total", None, KV(L27, 4096), "off_2x"),
        ("Mixtral 8x7B, bf16", "25,8 ГБ", "93,4 ГБ", "weights", "ГБ", W(MX, "bf16"), "wrong_kind"),
        ("Llama 3 8B, Q8_0", "4,25 ГБ", "8,53 ГБ", "quantized_file", "ГБ", GG(L8, "Q8_0"), "off_2x"),
        ("Llama 2 7B, обучение с Adam", "27 ГБ", "107,8 ГБ", "training", "ГБ", 16 * N[L27], "off_2x"),
        ("H100, Гбит/с", "3350 Гбит/с", "26¦800 Гбит/с", "bandwidth", "Гбит/с", 3.35e12, "wrong_unit"),
        ("Llama 3 70B int4, потолок на H100", "47 ток/с", "95 ток/с", "throughput", "ток/с", 3.35e12 / W(L70, "int4"), "off_2x")]
for r, was, now, kind, unit, val, err in rows:
    uw = unit or was.split()[-1]
    un = unit or now.split()[-1]
    claim(f, was, kind, uw, val, X, err, anchor=T(r), note="столбец «в статье»")
    claim(f, now, kind, un, val, H, anchor=T(r), rel=0.02 if kind == "quantized_file" else None)
claim(f, "320 ГиБ", "kv_cache_total", "ГиБ", KV(L70, 131072), X, "off_2x", anchor="**KV-кэш Llama 3 70B в 8 раз**", note="цитата автора; 40 ГиБ")
claim(f, "40 ГиБ", "kv_cache_total", "ГиБ", KV(L70, 131072), H, anchor="**KV-кэш Llama 3 70B в 8 раз**")
claim(f, "93,4 ГБ", "weights", "ГБ", W(MX, "bf16"), H, anchor="и **Mixtral**: хранить нужно")
non(f, "url: https://habr.example/ru/articles/871204/", "URL with article id")
non(f, "published: 2026-09-08", "date")
non(f, 'rating: "+41"', "rating")
non(f, "bookmarks: 312", "count")
non(f, "comments: 87", "count")
non(f, "created: 2026-09-10", "date")
non(f, "updated: 2026-09-12", "date")
non(f, 'h100_sxm: { memory: "80 ГиБ"', "hardware spec")
non(f, "Статья собрала +41 и 312 закладок", "rating, bookmarks")
non(f, "- @kv_head (+23)", "comment rating, date")
non(f, "- @gguf_fan (+11)", "comment rating, commit")
non(f, "- Опрос в статье: 64 %", "poll percentage, vote count")

# ---- ru_03: отчёт о нагрузочном тестировании на L40S (Llama-3-8B, Qwen2.5-14B), таблица оценок скрипта v1 --------
f = "ru_03"
L8, Q14 = "llama3-8b", "qwen2.5-14b"
L40 = 864e9
RUNS = {"R1": (L8, "bf16", 16, 4096, "32", "14,96", "gib_as_gb"), "R2": (L8, "bf16", 32, 8192, "128", "14,96", "gib_as_gb"),
        "R3": (L8, "fp8", 32, 8192, "128", "16,06", "wrong_dtype"), "R4": (Q14, "bf16", 8, 8192, "60", "27,51", "gib_as_gb"),
        "R5": (Q14, "fp8", 16, 8192, "120", "29,54", "wrong_dtype"), "R6": (Q14, "fp8", 32, 4096, "120", "14,77", None)}
NEW = {"R1": ("8", "16,06", "25,0"), "R2": ("32", "16,06", "1,0"), "R3": ("32", "8,03", "8,5"), "R4": ("12", "29,54", "8,5"),
       "R5": ("24", "14,77", "10,2"), "R6": ("24", "14,77", "10,2")}
for r, (m, dt, conc, ctx, kvs, ws, werr) in RUNS.items():
    kv = KV(m, ctx, conc)
    claim(f, kvs, "kv_cache_total", "ГиБ", kv, X, "off_2x", anchor=f"| {r} | {'Llama-3-8B' if m == L8 else 'Qwen2.5-14B'} |", note="скрипт v1: головы запросов")
    claim(f, ws, "weights", "ГБ", W(m, dt), X if werr else H, werr, anchor=f"| {r} | {'Llama-3-8B' if m == L8 else 'Qwen2.5-14B'} |", note="скрипт v1")
    k2, w2, rest = NEW[r]
    claim(f, k2, "kv_cache_total", "ГиБ", kv, H, anchor=f"| {r} | {k2} |")
    claim(f, w2, "weights", "ГБ", W(m, dt), H, anchor=f"| {r} | {k2} |")
    claim(f, rest, "arithmetic", "ГиБ", 48 * GIB - W(m, dt) - kv, H, anchor=f"| {r} | {k2} |")
claim(f, "512 КиБ", "kv_cache_per_token", "КиБ", KVT(L8), X, "off_2x", note="скрипт v1; 128 КиБ")
claim(f, "960 КиБ", "kv_cache_per_token", "КиБ", KVT(Q14), X, "off_2x", note="скрипт v1; 192 КиБ")
claim(f, "131¦072 байта", "kv_cache_per_token", "байт", KVT(L8), H)
claim(f, "128 КиБ", "kv_cache_per_token", "КиБ", KVT(L8), H, anchor="131¦072 байта")
claim(f, "196¦608 байт", "kv_cache_per_token", "байт", KVT(Q14), H)
claim(f, "192 КиБ", "kv_cache_per_token", "КиБ", KVT(Q14), H, anchor="196¦608 байт")
claim(f, "около 1 ГиБ", "arithmetic", "ГиБ", 48 * GIB - W(L8, "bf16") - KV(L8, 8192, 32), H, hedged=True)
claim(f, "6,7 ток/с", "throughput", "ток/с", L40 / W(L8, "bf16"), X, "wrong_unit", note="53,8 ток/с")
claim(f, "13,4 ток/с", "throughput", "ток/с", L40 / W(L8, "fp8"), X, "wrong_unit", note="107,6 ток/с")
claim(f, "3,7 ток/с", "throughput", "ток/с", L40 / W(Q14, "bf16"), X, "wrong_unit", note="29,2 ток/с")
claim(f, "7,3 ток/с", "throughput", "ток/с", L40 / W(Q14, "fp8"), X, "wrong_unit", note="58,5 ток/с")
A = "Правильно (864 ГБ/с ÷ объём весов)"
claim(f, "≈ 53,8 ток/с", "throughput", "ток/с", L40 / W(L8, "bf16"), H, hedged=True, anchor=A)
claim(f, "≈ 107,6 ток/с", "throughput", "ток/с", L40 / W(L8, "fp8"), H, hedged=True, anchor=A)
claim(f, "≈ 29,2 ток/с", "throughput", "ток/с", L40 / W(Q14, "bf16"), H, hedged=True, anchor=A)
claim(f, "≈ 58,5 ток/с", "throughput", "ток/с", L40 / W(Q14, "fp8"), H, hedged=True, anchor=A)
B = "> В R2 кэш занимает 128 ГиБ"
claim(f, "128 ГиБ", "kv_cache_total", "ГиБ", KV(L8, 8192, 32), X, "off_2x", anchor=B, note="32 ГиБ")
claim(f, "29,5 ГБ", "weights", "ГБ", W(Q14, "fp8"), X, "wrong_dtype", anchor=B, note="bf16; fp8 14,77 ГБ")
C = "> На один диалог 4K у Llama-3-8B"
claim(f, "2 ГиБ", "kv_cache_total", "ГиБ", KV(L8, 4096), X, "off_2x", anchor=C, note="0,5 ГиБ")
claim(f, "3,75 ГиБ", "kv_cache_total", "ГиБ", KV(Q14, 4096), X, "off_2x", anchor=C, note="0,75 ГиБ")
claim(f, "256 ГиБ", "kv_cache_total", "ГиБ", KV(L8, 8192, 64), X, "off_2x", note="64 ГиБ")
D = "После пересчёта: на диалог 4K"
claim(f, "0,5 ГиБ", "kv_cache_total", "ГиБ", KV(L8, 4096), H, anchor=D)
claim(f, "0,75 ГиБ", "kv_cache_total", "ГиБ", KV(Q14, 4096), H, anchor=D)
claim(f, "64 ГиБ", "kv_cache_total", "ГиБ", KV(L8, 8192, 64), H, anchor=D)
claim(f, "32 ГиБ", "kv_cache_total", "ГиБ", KV(L8, 8192, 32), H, anchor="- Llama-3-8B в fp8 держит 32 диалога")
claim(f, "8,03 ГБ", "weights", "ГБ", W(L8, "fp8"), H, anchor="- Llama-3-8B в fp8 держит 32 диалога")
claim(f, "24 ГиБ", "kv_cache_total", "ГиБ", KV(Q14, 8192, 16), H, anchor="(24 ГиБ кэша)")
claim(f, "24 ГиБ", "kv_cache_total", "ГиБ", KV(Q14, 4096, 32), H, anchor="(24 ГиБ кэша)", occ=2)
claim(f, "3,84 ГиБ", "arithmetic", "ГиБ", 0.08 * 48 * GIB, H)
claim(f, "4–5 раз", "ratio", "раз", [32 / 8, 40 / 8], H, rng=True, note="завышение кэша скриптом v1: 32/8 и 40/8 голов")
non(f, "date: 2026-10-21", "date")
non(f, "ticket: PLAT-4471", "ticket")
non(f, 'gpu: "1 × NVIDIA L40S, 48 ГиБ GDDR6', "hardware spec")
non(f, 'engine: "vLLM 0.9.2"', "version")
non(f, 'driver: "565.57"', "driver version")
non(f, 'cpu: "2 × 32 ядра"', "hardware spec")
non(f, 'ram: "512 ГиБ"', "hardware spec")
non(f, 'load_tool: "locust 2.31', "version, duration")
non(f, "runs: 6", "count")
non(f, "- Одна L40S: 48 ГиБ, 864 ГБ/с", "hardware spec, version, setting")
non(f, "- Нагрузка: locust, 20 минут", "test settings")
non(f, "- Утилизация GPU 94–97 %", "measured utilisation, power, temperature")
non(f, "- Время первого токена p50", "measured latencies")
non(f, "- Ошибок HTTP 5xx: 0 из 48", "error counts")
non(f, "- Стоимость стенда: 1,43 $/ч", "cost arithmetic")

# ---- ru_04: переписка в рабочем чате о выборе квантования (Gemma 2 27B, Qwen2.5-32B на RTX 4090 / A6000) ----------
f = "ru_04"
G27, Q32 = "gemma2-27b", "qwen2.5-32b"
R4090, A6000 = 1008e9, 768e9
M = lambda who, t: f"**{who}** [{t}]:"
claim(f, "8,3 ГБ", "quantized_file", "ГБ", GG(G27, "Q4_K_M"), X, "off_2x", anchor=M("Олег", "10:04"), note="16,7 ГБ")
claim(f, "около 16,7 ГБ", "quantized_file", "ГБ", GG(G27, "Q4_K_M"), H, hedged=True)
claim(f, "15,5 ГиБ", "quantized_file", "ГиБ", GG(G27, "Q4_K_M"), H, rel=0.02)
claim(f, "27,2 ГБ", "weights", "ГБ", W(G27, "bf16"), X, "wrong_dtype", anchor=M("Саша", "10:06"), note="int8/fp8; bf16 54,5 ГБ")
claim(f, "54,5 ГБ", "weights", "ГБ", W(G27, "bf16"), H)
claim(f, "13,6 млрд", "params", "млрд", N[G27], X, "off_2x", note="27,23 млрд")
claim(f, "27¦227¦128¦320 параметров", "params", "params", N[G27], H)
claim(f, "14,5 ГБ", "quantized_file", "ГБ", GG(G27, "Q8_0"), X, "off_2x", note="28,9 ГБ")
claim(f, "28,9 ГБ", "quantized_file", "ГБ", GG(G27, "Q8_0"), H, rel=0.02)
claim(f, "11,2 ГБ", "quantized_file", "ГБ", GG(G27, "Q6_K"), X, "off_2x", note="22,3 ГБ")
claim(f, "7,6 ГБ", "quantized_file", "ГБ", GG(G27, "IQ4_XS"), X, "off_2x", note="15,2 ГБ")
claim(f, "22,3 ГБ", "quantized_file", "ГБ", GG(G27, "Q6_K"), H, rel=0.02)
claim(f, "15,2 ГБ", "quantized_file", "ГБ", GG(G27, "IQ4_XS"), H, rel=0.02)
claim(f, "736 КиБ", "kv_cache_per_token", "КиБ", KVT(G27), X, "off_2x", note="головы запросов; 368 КиБ")
claim(f, "376¦832 байта", "kv_cache_per_token", "байт", KVT(G27), H)
claim(f, "368 КиБ", "kv_cache_per_token", "КиБ", KVT(G27), H, anchor="376¦832 байта")
claim(f, "2,875 ГиБ", "kv_cache_total", "ГиБ", KV(G27, 8192), H, anchor="376¦832 байта")
claim(f, "5,75 ГиБ", "kv_cache_total", "ГиБ", KV(G27, 8192, 1, 1), X, "off_2x", anchor=M("Олег", "10:24"), note="q8_0 на 8K: 1,44 ГиБ")
claim(f, "1,44 ГиБ", "kv_cache_total", "ГиБ", KV(G27, 8192, 1, 1), H)
claim(f, "18,3 ГБ", "quantized_file", "ГБ", GG(Q32, "IQ4_XS"), H, rel=0.02)
claim(f, "20,0 ГиБ", "quantized_file", "ГиБ", GG(Q32, "Q4_K_M"), X, "gb_as_gib", note="20,0 ГБ = 18,7 ГиБ")
claim(f, "23,4 ГиБ", "quantized_file", "ГиБ", GG(Q32, "Q5_K_M"), X, "gb_as_gib", note="23,4 ГБ = 21,8 ГиБ")
claim(f, "26,9 ГБ", "quantized_file", "ГБ", GG(Q32, "Q6_K"), H, rel=0.02)
claim(f, "1 МиБ", "kv_cache_per_token", "МиБ", KVT(Q32), X, "off_2x", note="256 КиБ")
claim(f, "1,25 МиБ", "kv_cache_per_token", "МиБ", KVT(Q32), X, "off_2x", note="40 голов запросов; 256 КиБ")
claim(f, "20 ГиБ", "kv_cache_total", "ГиБ", KV(Q32, 16384), X, "off_2x", anchor=M("Дима", "10:36"), note="4 ГиБ")
claim(f, "256 КиБ", "kv_cache_per_token", "КиБ", KVT(Q32), H, anchor=M("Аня", "10:38"))
claim(f, "4 ГиБ", "kv_cache_total", "ГиБ", KV(Q32, 16384), H, anchor=M("Аня", "10:38"))
claim(f, "около 120 ток/с", "throughput", "ток/с", R4090 / GG(G27, "Q4_K_M"), X, "off_2x", hedged=True, note="60 ток/с")
claim(f, "≈ 60 ток/с", "throughput", "ток/с", R4090 / GG(G27, "Q4_K_M"), H, hedged=True)
claim(f, "≈ 55 ток/с", "throughput", "ток/с", R4090 / GG(Q32, "IQ4_XS"), H, hedged=True)
claim(f, "≈ 50 ток/с", "throughput", "ток/с", R4090 / GG(Q32, "Q4_K_M"), H, hedged=True)
claim(f, "~53 ток/с", "throughput", "ток/с", A6000 / GG(G27, "Q8_0"), X, "off_2x", hedged=True, note="26,5 ток/с")
claim(f, "27,2 ГБ", "weights", "ГБ", W(G27, "int4"), X, "wrong_dtype", anchor=M("Олег", "10:50"), note="int8; int4 13,6 ГБ")
claim(f, "около 13,6 ГБ", "weights", "ГБ", W(G27, "int4"), H, hedged=True)
claim(f, "13,6 ГБ", "weights", "ГБ", W(G27, "fp8"), X, "wrong_dtype", anchor=M("Саша", "10:52"), note="int4; fp8 27,2 ГБ")
claim(f, "примерно 54 ГБ", "quantized_file", "ГБ", GG(G27, "Q4_K_M"), X, "off_2x", hedged=True, note="bf16; Q4_K_M 16,7 ГБ", **Q)
claim(f, "около 23 ГиБ", "kv_cache_total", "ГиБ", KV(G27, 8192), X, "off_2x", hedged=True, note="2,875 ГиБ", **Q)
claim(f, "16,7 ГБ", "quantized_file", "ГБ", GG(G27, "Q4_K_M"), H, rel=0.02, anchor=M("Марина", "11:10"))
claim(f, "2,875 ГиБ", "kv_cache_total", "ГиБ", KV(G27, 16384, 1, 1), H, anchor=M("Марина", "11:10"))
claim(f, "27,23 млрд", "params", "млрд", N[G27], H)
claim(f, "16,7 ГБ", "quantized_file", "ГБ", GG(G27, "Q4_K_M"), H, rel=0.02, anchor="- Gemma 2 27B: 27,23 млрд")
claim(f, "368 КиБ", "kv_cache_per_token", "КиБ", KVT(G27), H, anchor="- Gemma 2 27B: 27,23 млрд")
claim(f, "20,0 ГБ", "quantized_file", "ГБ", GG(Q32, "Q4_K_M"), H, rel=0.02)
claim(f, "256 КиБ", "kv_cache_per_token", "КиБ", KVT(Q32), H, anchor="- Qwen2.5-32B: Q4_K_M 20,0 ГБ")
non(f, "exported: 2026-11-06", "date")
non(f, 'rtx4090: { memory: "24 ГиБ"', "hardware spec")
non(f, 'a6000: { memory: "48 ГиБ"', "hardware spec")
non(f, "gguf_bpw: { Q4_K_M: 4.8944", "format constants")
non(f, "# #ml-infra, 5 ноября 2026", "date")
non(f, "Задача: ассистент для поддержки на одной RTX 4090", "hardware, context requirement")
non(f, M("Марина", "10:02"), "time")
non(f, M("Дима", "11:02"), "perplexities")
non(f, M("Олег", "11:04"), "measured speeds")
non(f, M("Саша", "11:11"), "reaction count")
non(f, M("Саша", "10:55"), "time")

# ---- ru_02: заметки к докладу на митапе (DeepSeek-V3, Mixtral 8x22B / 8x7B, gpt-oss-120b/20b, Llama-3.1-405B) -----
f = "ru_02"
DS, M22, M7, L405 = N["deepseek-v3"], "mixtral-8x22b", "mixtral-8x7b", "llama3.1-405b"
KVD = MLA_DSV3 * 2
OSS_KVT = 2 * 36 * 8 * 64 * 2
S = lambda n: f"**Слайд {n}."
claim(f, "671 млрд", "params", "млрд", DS, H, anchor=S(3))
claim(f, "37 млрд", "params", "млрд", ACTIVE_DSV3, H, anchor=S(3))
claim(f, "18 %", "percentage", "%", 100 * ACTIVE_DSV3 / DS, X, "off_2x", note="5,5 %")
claim(f, "5,5 %", "percentage", "%", 100 * ACTIVE_DSV3 / DS, H)
claim(f, "335 ГБ", "weights", "ГБ", W(DS, "fp8"), X, "wrong_dtype", anchor=S(4), note="int4; fp8 671 ГБ")
claim(f, "671 ГБ", "weights", "ГБ", W(DS, "bf16"), X, "wrong_dtype", anchor=S(4), note="fp8; bf16 1342 ГБ")
claim(f, "70¦272 байта", "kv_cache_per_token", "байт", KVD, H, anchor=S(5))
claim(f, "34 ГиБ", "kv_cache_total", "ГиБ", KVD * 131072, X, "off_2x", note="8,58 ГиБ")
claim(f, "3,8 МиБ", "arithmetic", "МиБ", 2 * 61 * 128 * 128 * 2, H, anchor=S(6), note="гипотетический MHA-вариант")
claim(f, "140,6 млрд", "params", "млрд", N[M22], H, anchor=S(7))
claim(f, "70,3 ГБ", "weights", "ГБ", W(M22, "fp8"), X, "wrong_dtype", anchor=S(7), note="int4; fp8 140,6 ГБ")
claim(f, "39,2 млрд", "params", "млрд", ACTIVE_M22, H)
claim(f, "39,2 ГБ", "weights", "ГБ", W(ACTIVE_M22, "fp8"), H, note="читается за токен")
claim(f, "62 ГБ", "weights", "ГБ", N["gpt-oss-120b"] * MX4, H, anchor=S(8))
claim(f, "11 ГБ", "weights", "ГБ", N["gpt-oss-20b"] * MX4, H, anchor=S(8))
claim(f, "117 ГБ", "weights", "ГБ", W(N["gpt-oss-120b"], "bf16"), X, "wrong_dtype", note="fp8; bf16 233,7 ГБ")
claim(f, "2,73 ГБ", "weights", "ГБ", ACTIVE_OSS120 * MX4, H, anchor=S(9), note="читается за токен")
claim(f, "≈ 2460 ток/с", "throughput", "ток/с", H100_BW / (ACTIVE_OSS120 * MX4), X, "off_2x", hedged=True, note="1230 ток/с")
claim(f, "≈ 1230 ток/с", "throughput", "ток/с", H100_BW / (ACTIVE_OSS120 * MX4), H, hedged=True)
claim(f, "36 КиБ", "kv_cache_per_token", "КиБ", OSS_KVT, X, "off_2x", anchor=S(10), note="72 КиБ")
claim(f, "4,5 ГиБ", "kv_cache_total", "ГиБ", OSS_KVT * 131072, X, "off_2x", anchor=S(10), note="9 ГиБ")
claim(f, "73¦728 байт", "kv_cache_per_token", "байт", OSS_KVT, H)
claim(f, "72 КиБ", "kv_cache_per_token", "КиБ", OSS_KVT, H, anchor="73¦728 байт")
claim(f, "9 ГиБ", "kv_cache_total", "ГиБ", OSS_KVT * 131072, H)
claim(f, "≈ 5,96 × 10²⁵ FLOP", "flops", "FLOP", 6 * ACTIVE_DSV3 * 14.8e12, X, "wrong_kind", hedged=True, note="6ND по активным: 3,29 × 10²⁴")
claim(f, "640 ГБ", "arithmetic", "ГБ", 640 * GIB, X, "gib_as_gb", anchor=S(12), note="640 ГиБ = 687 ГБ")
claim(f, "687 ГБ", "arithmetic", "ГБ", 640 * GIB, H)
claim(f, "625 ГиБ", "weights", "ГиБ", W(DS, "fp8"), H)
claim(f, "около 15 ГиБ", "arithmetic", "ГиБ", 640 * GIB - W(DS, "fp8"), H, hedged=True)
claim(f, "23,4 ГБ", "weights", "ГБ", W(M7, "int4"), H, anchor=S(13))
claim(f, "6,4 ГБ", "weights", "ГБ", W(ACTIVE_M7, "int4"), H, anchor=S(13), note="читается за токен")
T = lambda m: f"| {m} |"
claim(f, "335", "weights", "ГБ", W(DS, "fp8"), X, "wrong_dtype", anchor=T("DeepSeek-V3"), note="int4; fp8 671 ГБ")
claim(f, "68,6", "kv_cache_per_token", "КиБ", KVD, H, anchor=T("DeepSeek-V3"))
claim(f, "70,3", "weights", "ГБ", W(M22, "fp8"), X, "wrong_dtype", anchor=T("Mixtral 8x22B"), note="int4; fp8 140,6 ГБ")
claim(f, "448", "kv_cache_per_token", "КиБ", KVT(M22), X, "off_2x", anchor=T("Mixtral 8x22B"), note="224 КиБ")
claim(f, "46,7", "weights", "ГБ", W(M7, "fp8"), H, anchor=T("Mixtral 8x7B"))
claim(f, "256", "kv_cache_per_token", "КиБ", KVT(M7), X, "off_2x", anchor=T("Mixtral 8x7B"), note="128 КиБ")
claim(f, "58,4", "weights", "ГБ", W(N["gpt-oss-120b"], "fp8"), X, "wrong_dtype", anchor=T("gpt-oss-120b"), note="int4; fp8 116,8 ГБ")
claim(f, "72", "kv_cache_per_token", "КиБ", OSS_KVT, H, anchor=T("gpt-oss-120b"))
claim(f, "около 205 ГБ", "quantized_file", "ГБ", GG(DS, "Q4_K_M"), X, "off_2x", hedged=True, note="410 ГБ")
claim(f, "около 410 ГБ", "quantized_file", "ГБ", GG(DS, "Q4_K_M"), H, hedged=True)
claim(f, "405,9 млрд", "params", "млрд", N[L405], H)
claim(f, "405,9 ГБ", "weights", "ГБ", W(L405, "fp8"), H, anchor="«Почему не Llama-3.1-405B?»")
claim(f, "405,9 ГБ", "weights", "ГБ", W(L405, "fp8"), H, anchor="«Почему не Llama-3.1-405B?»", occ=2, note="читается за токен (плотная)")
claim(f, "70¦272 байта", "kv_cache_per_token", "байт", KVD, H, anchor="- MLA реально спасает")
claim(f, "3,8 МиБ", "arithmetic", "МиБ", 2 * 61 * 128 * 128 * 2, H, anchor="- MLA реально спасает")
claim(f, "671 ГБ", "weights", "ГБ", W(DS, "fp8"), H, anchor="Главное верно")
claim(f, "2,73 ГБ", "weights", "ГБ", ACTIVE_OSS120 * MX4, H, anchor="определяется активными весами", note="читается за токен")
non(f, "date: 2026-10-16", "date")
non(f, "attendees: 140", "count")
non(f, "slides: 14", "count")
non(f, "duration_min: 35", "duration")
non(f, "video: https://video.example/inference-night-9", "URL with time code")
non(f, 'node: "8 × H100 SXM, 80 ГиБ', "hardware spec")
non(f, "Митап ML Inference Night #9, 16 октября", "event number, date")
non(f, "- «Сколько стоит узел в месяц?»", "price")
non(f, "- «Какой у вас p99?»", "measured latency, RPS")
non(f, "- Доклад 4 из 5", "rating, date, participant count")

# ---- ru_05: учебная задача с решением по шагам (Llama-2-7B), сводка работ группы, чат, решебник -------------------
f = "ru_05"
L27 = "llama2-7b"
A100_40 = 1555e9
LAYER = 4 * 4096**2 + 3 * 4096 * 11008 + 2 * 4096
ACT1 = act(L27, 4096, 1, layers=1)
claim(f, "67¦108¦864 параметров", "params", "params", 4 * 4096**2, H)
claim(f, "135¦266¦304", "params", "params", 3 * 4096 * 11008, H)
claim(f, "8192", "params", "params", 2 * 4096, H, anchor="Две RMSNorm: 2 × 4096 = 8192")
claim(f, "202¦383¦360", "params", "params", LAYER, H, anchor="Итого на слой 202¦383¦360")
claim(f, "6¦476¦267¦520", "params", "params", 32 * LAYER, H, anchor="**Шаг 2.")
claim(f, "262¦144¦000", "params", "params", 2 * 32000 * 4096, H, anchor="**Шаг 3.")
claim(f, "6¦738¦415¦616 параметров", "params", "params", N[L27], H)
claim(f, "≈ 6,74 млрд", "params", "млрд", N[L27], H, hedged=True)
claim(f, "13¦476¦831¦232 байта", "weights", "байт", W(L27, "fp16"), H)
claim(f, "13,48 ГБ", "weights", "ГБ", W(L27, "fp16"), H, anchor="**Шаг 5.")
claim(f, "12,55 ГиБ", "weights", "ГиБ", W(L27, "fp16"), H, anchor="**Шаг 5.")
claim(f, "524¦288 байт", "kv_cache_per_token", "байт", KVT(L27), H)
claim(f, "512 КиБ", "kv_cache_per_token", "КиБ", KVT(L27), H, anchor="**Шаг 6.")
claim(f, "2 ГиБ", "kv_cache_total", "ГиБ", KV(L27, 4096), H, anchor="**Шаг 6.")
claim(f, "16 ГиБ", "kv_cache_total", "ГиБ", KV(L27, 4096, 8), H, anchor="на батч 8 — 16 ГиБ")
claim(f, "107,8 ГБ", "training", "ГБ", 16 * N[L27], H, anchor="**Шаг 7.")
claim(f, "26,95 ГБ на карту", "training", "ГБ", zero(N[L27], 4, 3), H, anchor="**Шаг 7.")
claim(f, "≈ 25,1 ГиБ", "training", "ГиБ", zero(N[L27], 4, 3), H, hedged=True)
claim(f, "3¦254¦779¦904 байта", "activations", "байт", ACT1, H)
claim(f, "≈ 3,03 ГиБ", "activations", "ГиБ", ACT1, H, hedged=True)
claim(f, "544 МиБ", "activations", "МиБ", act(L27, 4096, 1, "flash", layers=1), H, anchor="544 МиБ, с полным пересчётом")
claim(f, "32 МиБ", "activations", "МиБ", act(L27, 4096, 1, "full", layers=1), H, anchor="544 МиБ, с полным пересчётом")
claim(f, "13,48 ГБ", "weights", "ГБ", W(L27, "fp16"), H, anchor="**Шаг 9.")
claim(f, "≈ 115 ток/с", "throughput", "ток/с", A100_40 / W(L27, "fp16"), H, hedged=True, anchor="**Шаг 9.")
A = "(а) 6¦738¦415¦616; (б)"
claim(f, "6¦738¦415¦616", "params", "params", N[L27], H, anchor=A)
claim(f, "13,48 ГБ", "weights", "ГБ", W(L27, "fp16"), H, anchor=A)
claim(f, "12,55 ГиБ", "weights", "ГиБ", W(L27, "fp16"), H, anchor=A)
claim(f, "512 КиБ", "kv_cache_per_token", "КиБ", KVT(L27), H, anchor=A)
claim(f, "2 ГиБ", "kv_cache_total", "ГиБ", KV(L27, 4096), H, anchor=A)
claim(f, "16 ГиБ", "kv_cache_total", "ГиБ", KV(L27, 4096, 8), H, anchor=A)
claim(f, "107,8 ГБ", "training", "ГБ", 16 * N[L27], H, anchor=A)
claim(f, "26,95 ГБ на карту", "training", "ГБ", zero(N[L27], 4, 3), H, anchor=A)
B = "(д) 3,03 ГиБ / 544 МиБ"
claim(f, "3,03 ГиБ", "activations", "ГиБ", ACT1, H, anchor=B)
claim(f, "544 МиБ", "activations", "МиБ", act(L27, 4096, 1, "flash", layers=1), H, anchor=B)
claim(f, "32 МиБ", "activations", "МиБ", act(L27, 4096, 1, "full", layers=1), H, anchor=B)
claim(f, "≈ 115 ток/с", "throughput", "ток/с", A100_40 / W(L27, "fp16"), H, hedged=True, anchor=B)
R = lambda n: f"| № {n} |"
P, WF, KB, Z = N[L27], W(L27, "fp16"), KV(L27, 4096, 8), zero(N[L27], 4, 3)
rows = {1: [("6,74 млрд", "params", "млрд", P, None), ("13,48 ГБ", "weights", "ГБ", WF, None), ("16 ГиБ", "kv_cache_total", "ГиБ", KB, None), ("26,95 ГБ", "training", "ГБ", Z, None)],
        2: [("6,74 млрд", "params", "млрд", P, None), ("26,95 ГБ", "weights", "ГБ", WF, "wrong_dtype"), ("2 ГиБ", "kv_cache_total", "ГиБ", KB, "off_2x"), ("107,8 ГБ", "training", "ГБ", Z, "per_gpu")],
        3: [("3,37 млрд", "params", "млрд", P, "off_2x"), ("6,74 ГБ", "weights", "ГБ", WF, "wrong_dtype"), ("64 ГиБ", "kv_cache_total", "ГиБ", KB, "off_2x"), ("13,48 ГБ", "training", "ГБ", Z, "off_2x")],
        4: [("6,74 млрд", "params", "млрд", P, None), ("12,55 ГБ", "weights", "ГБ", WF, "gib_as_gb"), ("16 ГБ", "kv_cache_total", "ГБ", KB, "gib_as_gb"), ("26,95 ГиБ", "training", "ГиБ", Z, "gb_as_gib")],
        5: [("6,74 млрд", "params", "млрд", P, None), ("13,48 ГБ", "weights", "ГБ", WF, None), ("128 ГиБ", "kv_cache_total", "ГиБ", KB, "off_2x"), ("53,9 ГБ", "training", "ГБ", Z, "off_2x")]}
for n, cells in rows.items():
    for fig, kind, unit, val, err in cells:
        claim(f, fig, kind, unit, val, X if err else H, err, anchor=R(n), note=f"работа № {n}")
claim(f, "194 МиБ", "activations", "МиБ", ACT1, X, "off_2x", note="3,03 ГиБ")
claim(f, "64 МиБ", "activations", "МиБ", act(L27, 4096, 1, "full", layers=1), X, "off_2x", note="32 МиБ")
claim(f, "57,7 ток/с", "throughput", "ток/с", A100_40 / W(L27, "fp16"), X, "wrong_dtype", note="fp32; fp16 115 ток/с")
claim(f, "1024 КиБ", "kv_cache_per_token", "КиБ", KVT(L27), X, "off_2x", note="512 КиБ")
claim(f, "256 КиБ", "kv_cache_per_token", "КиБ", KVT(L27), X, "off_2x", note="512 КиБ")
claim(f, "13,48 ГиБ", "weights", "ГиБ", WF, X, "gb_as_gib", note="13,48 ГБ = 12,55 ГиБ")
C = "параметров 13,48 млрд, веса в fp16"
claim(f, "13,48 млрд", "params", "млрд", P, X, "off_2x", anchor=C, note="байты fp16 приняты за параметры; 6,74 млрд")
claim(f, "6,74 ГБ", "weights", "ГБ", WF, X, "wrong_dtype", anchor=C, note="int8; fp16 13,48 ГБ")
claim(f, "128 КиБ", "kv_cache_per_token", "КиБ", KVT(L27), X, "off_2x", anchor=C, note="8 KV-голов; 512 КиБ")
claim(f, "4 ГиБ", "kv_cache_total", "ГиБ", KB, X, "off_2x", anchor=C, note="16 ГиБ")
claim(f, "53,9 ГБ", "training", "ГБ", 16 * P, X, "off_2x", anchor=C, note="107,8 ГБ")
claim(f, "107,8 ГБ", "training", "ГБ", Z, X, "per_gpu", anchor="на карту при ZeRO-3 — 107,8 ГБ", note="26,95 ГБ на карту")
claim(f, "1,52 ГиБ", "activations", "ГиБ", ACT1, X, "off_2x", note="3,03 ГиБ")
claim(f, "231 ток/с", "throughput", "ток/с", A100_40 / WF, X, "wrong_dtype", note="int8; fp16 115 ток/с")
claim(f, "16 ГиБ", "kv_cache_total", "ГиБ", KB, H, anchor="- Главные ловушки")
claim(f, "107,8 ГБ", "training", "ГБ", 16 * P, H, anchor="- Обучение: 107,8 ГБ")
claim(f, "26,95 ГБ на карту", "training", "ГБ", Z, H, anchor="- Обучение: 107,8 ГБ")
non(f, "variant: 3", "variant number")
non(f, "deadline: 2026-10-30", "date")
non(f, "hidden_size: 4096", "config value")
non(f, "intermediate_size: 11008", "config value")
non(f, "num_hidden_layers: 32", "config value")
non(f, "vocab_size: 32000", "config value")
non(f, "seq_len: 4096", "given")
non(f, "batch: 8", "given")
non(f, 'gpus: "4 × A100 40 ГБ', "hardware spec")
non(f, "adam_bytes_per_param: 16", "given")
non(f, 'checked_by: "ассистент семинара, 2026-11-02"', "date")
non(f, "score: 9/10", "grade")
non(f, "$$A = s\\,b\\,h", "LaTeX formula with free variables")
non(f, "- Сдано 29.10, оценка 9/10", "date, grade")
non(f, "> при s = 4096, b = 1 без пересчёта", "task settings")

# ---- wrong-heavy sections added after the first pass (same notes; all scored as what they say) --------------------
f = "en_01"
claim(f, "12.85 GB", "weights", "GB", W(L3 := "llama3.2-3b", "bf16"), X, "wrong_dtype", note="fp32 size; bf16 6.43 GB")
claim(f, "0.62 GB", "quantized_file", "GB", GG("llama3.2-1b", "Q8_0"), X, "off_2x", note="int4 size; Q8_0 1.31 GB")
claim(f, "56 GiB", "kv_cache_total", "GiB", KV("llama3.2-3b", 131072), X, "off_2x", note="14 GiB")
claim(f, "84 KiB", "kv_cache_per_token", "KiB", KVT("qwen2.5-0.5b"), X, "off_2x", note="14 query heads; 12 KiB")
claim(f, "39 tok/s", "throughput", "tok/s", 102.4e9 / GG("llama3.2-1b", "Q8_0"), X, "off_2x", note="78 tok/s")
claim(f, "1.54 GB", "weights", "GB", W("qwen2.5-1.5b", "bf16"), X, "wrong_dtype", note="int8 size; bf16 3.09 GB")
claim(f, "1.97 GiB", "quantized_file", "GiB", GG("llama3.2-3b", "Q4_K_M"), X, "gb_as_gib", note="1.97 GB = 1.83 GiB")
claim(f, "2.47B parameters", "params", "B", N["llama3.2-1b"], X, "off_2x", note="bf16 gigabytes read as parameters; 1.24B")
f = "en_02"
claim(f, "58.6 GB", "weights", "GB", W("phi4", "bf16"), X, "wrong_dtype", note="fp32 size; bf16 29.3 GB")
claim(f, "2 MiB", "kv_cache_per_token", "MiB", KVT("phi4"), X, "off_2x", note="200 KiB")
claim(f, "5 GiB", "kv_cache_total", "GiB", KV("phi4", 16384, 16), X, "off_2x", anchor="  > - 16 sessions × 16K on phi-4", note="50 GiB")
claim(f, "18.5 GB", "weights", "GB", W("gemma2-9b", "int4"), X, "wrong_dtype", anchor="  > - gemma-2-9b int4:", note="bf16 size; int4 4.62 GB")
claim(f, "4.9 GB", "quantized_file", "GB", GG("gemma2-9b", "Q8_0"), X, "off_2x", note="9.82 GB")
claim(f, "140 tok/s", "throughput", "tok/s", 2039e9 / W("phi4", "bf16"), X, "off_2x", note="70 tok/s")
claim(f, "42.6 GB", "weights", "GB", 21_299_200 * 2, X, "off_2x", note="42.6 MB: x1000 unit slip")
claim(f, "4.18 GB", "training", "GB", 16 * N["gemma2-2b"], X, "off_2x", note="41.8 GB")
f = "en_03"
claim(f, "203 GB", "weights", "GB", W("llama3.1-405b", "fp8"), X, "wrong_dtype", note="int4 size; fp8 405.9 GB")
claim(f, "37 GB", "weights", "GB", W(N["deepseek-v3"], "fp8"), X, "wrong_kind", anchor="- \"DeepSeek-V3 needs only 37 GB", note="active; stored 671 GB")
claim(f, "1.25 MiB", "kv_cache_per_token", "MiB", KVT("qwen2.5-72b"), X, "off_2x", note="320 KiB")
claim(f, "264 tok/s", "throughput", "tok/s", H100_BW / (W("llama3.1-405b", "fp8") / 8), X, "off_2x", note="66 tok/s")
claim(f, "640 GB", "arithmetic", "GB", 640 * GIB, X, "gib_as_gb", note="640 GiB = 687 GB")
claim(f, "2.14 GB", "kv_cache_total", "GB", MLA_DSV3 * 2 * 32768, X, "gib_as_gb", note="2.14 GiB = 2.30 GB")
claim(f, "135.4 GB", "weights", "GB", W("qwen2.5-72b", "bf16"), X, "gib_as_gb", note="135.4 GiB = 145.4 GB")
claim(f, "40 GiB", "kv_cache_total", "GiB", KV("qwen2.5-72b", 32768), X, "off_2x", anchor="- \"a 32K conversation on Qwen2.5-72B", note="10 GiB")
f = "en_04"
claim(f, "249 MB", "weights", "MB", W("gpt2", "fp32"), X, "wrong_dtype", note="fp16 size; fp32 497.8 MB")
claim(f, "219 MiB", "weights", "MiB", W("bert-base", "fp16"), X, "gb_as_gib", note="219 MB = 208.8 MiB")
claim(f, "400 KiB", "kv_cache_per_token", "KiB", KVT("llama2-13b"), X, "off_2x", note="800 KiB")
claim(f, "16 MiB", "kv_cache_total", "MiB", KV("falcon-7b", 2048, 32), X, "off_2x", note="512 MiB")
claim(f, "26.0 GB", "training", "GB", 16 * N["llama2-13b"], X, "per_gpu", anchor="- P8 → \"26.0 GB in total", note="per-GPU figure; total 208.3 GB")
claim(f, "2.91 × 10¹⁹ FLOP", "flops", "FLOP", 6 * N["gpt2-xl"] * 20 * N["gpt2-xl"], X, "off_2x", note="2.91 × 10²⁰")
claim(f, "141 days", "time", "days", 6 * N["llama2-13b"] * 2e12 / (1024 * 312e12 * 0.4), X, "off_2x", note="14.1 days")
claim(f, "0.24 GiB", "activations", "GiB", act("gpt2", 1024, 8, "flash"), X, "off_2x", note="2.39 GiB")
f = "en_05"
claim(f, "7.8 GB", "quantized_file", "GB", GG("qwen2.5-14b", "Q8_0"), X, "off_2x", anchor="- 3060 12 GB: \"runs Qwen2.5-14B", note="15.7 GB")
claim(f, "16 GB", "quantized_file", "GB", GG("llama3-70b", "Q4_K_M"), X, "off_2x", anchor="- MI50 16 GB: \"Llama-3-70B", occ=2, note="43.2 GB")
claim(f, "694 GB/s", "bandwidth", "GB/s", 347e9, X, "off_2x", note="347 GB/s")
claim(f, "936 Gbit/s", "bandwidth", "Gbit/s", 936e9, X, "wrong_unit", note="936 GB/s = 7,488 Gbit/s")
claim(f, "43 GB", "quantized_file", "GB", GG("mixtral-8x22b", "Q4_K_M"), X, "off_2x", note="86.0 GB")
claim(f, "100 tok/s", "throughput", "tok/s", 936e9 / GG("qwen2.5-32b", "Q4_K_M"), X, "off_2x", note="ceiling 46.7 tok/s")
claim(f, "9.8 GB", "quantized_file", "GB", GG("llama3-8b", "Q4_K_M"), X, "off_2x", note="4.91 GB")
claim(f, "14.3 GB", "quantized_file", "GB", GG("mixtral-8x7b", "Q4_K_M"), X, "off_2x", note="28.6 GB")


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
            raise SystemExit("truth.json is stale: run python tests/claims_corpus_af/truth.py")
        summary(truth)
        print("truth.json is current; every check passed")
        return 0
    path.write_text(text, encoding="utf-8")
    summary(truth)
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
