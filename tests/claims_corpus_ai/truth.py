#!/usr/bin/env python3
"""Ground truth for blind sizing-claims corpus AI (tests/claims_corpus_ai/notes).

Written without reading vaultkit's code, its tests or the other corpora's notes.  Facts come
from /work/shared/claims-gold.md: bytes per dtype, exact parameter counts and configs of the
catalogued models, measured GGUF bits per weight (Llama-3.1-8B), the KV-cache, training-memory
and activation formulas.  Models that claims-gold lacks appear only with their config (or, for
DeepSeek-V3 and gpt-oss, their printed model-card counts) stated in the note itself; the truth
recomputes their parameter counts from that config with the claims-gold formula (asserted below
for the catalogued ones).  Nothing here imports vaultkit.  The checking code (figure reader,
tolerance, error-class checks, output) and the model helpers and catalogue are corpus AH's
truth.py, reused unchanged (with the facts AC-AH added); AI adds Mistral-7B-v0.3 and
Codestral-22B (from the configs its notes print), a few units, then its own claims.

    python tests/claims_corpus_ai/truth.py          # verify and (re)write truth.json
    python tests/claims_corpus_ai/truth.py --check  # verify; fail if truth.json is stale

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

# ---- en_01: a lab notebook page (timestamped entries, pasted terminal output, supervisor's margin corrections) ----
f = "en_01"
M3, CS = "mistral-7b-v0.3", "codestral-22b"
BWL = L40S_BW_AI
CARD90 = 0.9 * 48 * GIB
POOL = CARD90 - W(M3, "bf16")
CSKV = KVT(CS)
claim(f, "41,943,040", "arithmetic", "params", 2 * 4096 * 4096 + 2 * 4096 * 1024, H)
claim(f, "176,160,768", "arithmetic", "params", 3 * 4096 * 14336, H)
claim(f, "6,979,584,000", "arithmetic", "params", 32 * (2 * 4096 * 4096 + 2 * 4096 * 1024 + 3 * 4096 * 14336 + 2 * 4096), H)
claim(f, "268,435,456", "arithmetic", "params", 2 * 32768 * 4096, H)
claim(f, "7,248,023,552 parameters", "params", "params", N[M3], H)
claim(f, "7.25B", "params", "B", N[M3], H, anchor="*[margin RK: ✓ 7.25B, and it matches")
A = "- 10:20 Weights: 14.50 GB in bf16"
claim(f, "14.50 GB", "weights", "GB", W(M3, "bf16"), H, anchor=A)
claim(f, "13.50 GiB", "weights", "GiB", W(M3, "bf16"), H, anchor=A)
A = "- 10:22 For later: fp8 would be"
claim(f, "7.25 GB", "weights", "GB", W(M3, "fp8"), H, anchor=A)
claim(f, "3.62 GB", "weights", "GB", W(M3, "int4"), H, anchor=A)
claim(f, "14.5 GB", "weights", "GB", W(M3, "fp32"), X, "wrong_dtype", anchor="- 10:25 And in fp32 the checkpoint", note="bf16 size; fp32 29.0 GB")
A = "*[margin RK: ✘ fp32 is 29.0 GB"
claim(f, "29.0 GB", "weights", "GB", W(M3, "fp32"), H, anchor=A)
claim(f, "14.5 GB", "weights", "GB", W(M3, "bf16"), H, anchor=A, note="re-attributed to bf16")
claim(f, "43.2 GB", "arithmetic", "GB", CARD90, X, "gib_as_gb", anchor="- 10:40 vLLM takes 0.90 of the card", note="43.2 GiB = 46.4 GB")
A = "*[margin RK: 0.90 × 48 GiB is 43.2 GiB"
claim(f, "43.2 GiB", "arithmetic", "GiB", CARD90, H, anchor=A)
claim(f, "46.4 GB", "arithmetic", "GB", CARD90, H, anchor=A)
A = "- 10:45 KV pool left after the weights"
claim(f, "43.2 GiB", "arithmetic", "GiB", CARD90, H, anchor=A)
claim(f, "13.50 GiB", "weights", "GiB", W(M3, "bf16"), H, anchor=A)
claim(f, "29.7 GiB", "arithmetic", "GiB", POOL, H, anchor=A)
A = "- 10:50 KV per token `2 × 32 × 32 × 128 × 2`"
claim(f, "512 KiB", "kv_cache_per_token", "KiB", KVT(M3), X, "off_2x", anchor=A, note="32 query heads; 128 KiB")
claim(f, "16 GiB", "kv_cache_total", "GiB", KV(M3, 32768), X, "off_2x", anchor=A, note="4 GiB")
A = "8 KV heads → 128 KiB per token, 4× less"
claim(f, "128 KiB", "kv_cache_per_token", "KiB", KVT(M3), H, anchor=A)
claim(f, "4×", "ratio", "×", 4, H, anchor=A, note="512 / 128 KiB")
A = "*[margin RK: so a 32K sequence is 4 GiB"
claim(f, "4 GiB", "kv_cache_total", "GiB", KV(M3, 32768), H, anchor=A)
claim(f, "29.7 GiB", "arithmetic", "GiB", POOL, H, anchor=A)
claim(f, "7", "arithmetic", "sequences", POOL // KV(M3, 32768), H, anchor=A, note="whole 32K sequences in the pool")
A = "- 14:10 Ceiling at batch 1"
claim(f, "14.50 GB", "weights", "GB", W(M3, "bf16"), H, anchor=A)
claim(f, "≈ 59.6 tok/s", "throughput", "tok/s", BWL / W(M3, "bf16"), H, hedged=True, anchor=A)
A = "- 14:50 Measured 52.8 tok/s against"
claim(f, "59.6", "throughput", "tok/s", BWL / W(M3, "bf16"), H, anchor=A)
claim(f, "89 %", "percentage", "%", 100 * 52.8 / (BWL / W(M3, "bf16")), H, anchor=A, note="measured 52.8 over the ceiling")
claim(f, "8.0 GB", "kv_cache_total", "GB", KV(M3, 4096, 16), X, "gib_as_gb", anchor="- 14:55 Batch 16 at 4K each", note="8.0 GiB = 8.6 GB")
A = "*[margin RK: 16 × 4096 × 128 KiB = 8.0 GiB"
claim(f, "8.0 GiB", "kv_cache_total", "GiB", KV(M3, 4096, 16), H, anchor=A)
claim(f, "8.6 GB", "kv_cache_total", "GB", KV(M3, 4096, 16), H, anchor=A)
claim(f, "6.9 Tbit/s", "bandwidth", "Tbit/s", BWL, H, anchor="- 15:10 Bandwidth for the report")
claim(f, "864 Gbit/s", "bandwidth", "Gbit/s", BWL, X, "wrong_unit", anchor="- 15:12 The vendor slide", note="864 GB/s = 6912 Gbit/s")
A = "- 09:30 Same count for the Codestral config"
claim(f, "22,247,282,688 parameters", "params", "params", N[CS], H, anchor=A)
claim(f, "22.25B", "params", "B", N[CS], H, anchor=A)
A = "- 09:35 bf16 weights 44.5 GB."
claim(f, "44.5 GB", "weights", "GB", W(CS, "bf16"), H, anchor=A)
claim(f, "44.5 GB", "weights", "GB", W(CS, "bf16"), H, anchor=A, occ=2)
claim(f, "41.4 GiB", "weights", "GiB", W(CS, "bf16"), H, anchor=A)
claim(f, "6.6 GiB", "arithmetic", "GiB", 48 * GIB - W(CS, "bf16"), H, anchor="  6.6 GiB to spare.")
A = "- 09:40 KV per token: 224 KiB."
claim(f, "224 KiB", "kv_cache_per_token", "KiB", CSKV, H, anchor=A)
claim(f, "≈ 30K tokens", "tokens", "K tokens", (48 * GIB - W(CS, "bf16")) / CSKV, H, hedged=True, anchor=A)
A = "- 09:42 But vLLM only gets 0.90"
claim(f, "43.2", "arithmetic", "GiB", CARD90, H, anchor=A)
claim(f, "41.4", "weights", "GiB", W(CS, "bf16"), H, anchor=A)
claim(f, "1.8 GiB", "arithmetic", "GiB", CARD90 - W(CS, "bf16"), H, anchor=A)
claim(f, "about 8,200 tokens", "tokens", "tokens", (CARD90 - W(CS, "bf16")) / CSKV, H, hedged=True, anchor=A)
claim(f, "7.0 GiB", "kv_cache_total", "GiB", KV(CS, 32768), H, anchor="- 09:44 One 32K prompt alone")
A = "- 10:15 So quantise."
claim(f, "6.8 GB", "quantized_file", "GB", GG(CS, "Q4_K_M"), X, "off_2x", anchor=A, note="halved; 13.6 GB")
claim(f, "23.6 GB", "quantized_file", "GB", GG(CS, "Q8_0"), H, rel=0.02, anchor=A)
A = "*[margin RK: ✘ Q4_K_M of 22.25B params"
claim(f, "22.25B", "params", "B", N[CS], H, anchor=A)
claim(f, "≈ 13.6 GB", "quantized_file", "GB", GG(CS, "Q4_K_M"), H, hedged=True, anchor=A)
A = "- 10:30 Q8_0 ceiling: 864 ÷ 23.6"
claim(f, "23.6", "quantized_file", "GB", GG(CS, "Q8_0"), H, rel=0.02, anchor=A)
claim(f, "36.5 tok/s", "throughput", "tok/s", BWL / GG(CS, "Q8_0"), H, anchor=A)
claim(f, "63.5 tok/s", "throughput", "tok/s", BWL / GG(CS, "Q4_K_M"), H, anchor=A)
claim(f, "19.4 tok/s", "throughput", "tok/s", BWL / W(CS, "bf16"), H, anchor=A)
A = "- 11:10 `ls -lh` prints GiB"
claim(f, "13.6 GB", "quantized_file", "GB", GG(CS, "Q4_K_M"), H, rel=0.02, anchor=A)
claim(f, "12.7 GiB", "quantized_file", "GiB", GG(CS, "Q4_K_M"), H, rel=0.02, anchor=A)
A = "- 11:30 Copying the 44.5 GB bf16 folder"
claim(f, "44.5 GB", "weights", "GB", W(CS, "bf16"), H, anchor=A)
claim(f, "1.8 s", "time", "s", W(CS, "bf16") / 3.125e9, X, "wrong_unit", anchor=A, note="Gbit/s read as GB/s; 14.2 s")
A = "*[margin RK: ✘ 25 Gbit/s is 3.125 GB/s"
claim(f, "3.125 GB/s", "bandwidth", "GB/s", 25 * 1.25e8, H, anchor=A)
claim(f, "about 14 s", "time", "s", W(CS, "bf16") / 3.125e9, H, hedged=True, anchor=A)
claim(f, "44.5 GB", "weights", "GB", W(CS, "bf16"), H, anchor=A)
A = "- 11:35 Over PCIe Gen4 at 32 GB/s"
claim(f, "14.50 GB", "weights", "GB", W(M3, "bf16"), H, anchor=A)
claim(f, "0.45 s", "time", "s", W(M3, "bf16") / 32e9, H, anchor=A)
for run, cells in (("r38-1", [("23.6", "quantized_file", "GB", GG(CS, "Q8_0"), None), ("36.5", "throughput", "tok/s", BWL / GG(CS, "Q8_0"), None)]),
                   ("r38-2", [("6.8", "quantized_file", "GB", GG(CS, "Q4_K_M"), "off_2x"), ("127", "throughput", "tok/s", BWL / GG(CS, "Q4_K_M"), "off_2x")])):
    for fig, kind, unit, val, err in cells:
        claim(f, fig, kind, unit, val, X if err else H, err, anchor=f"| {run} |",
              rel=0.02 if kind == "quantized_file" and not err else None,
              note="run table" + ("; halved file, 13.6 GB and 63.5 tok/s" if err else ""))
A = "*[margin RK: r38-2 — with the right 13.6 GB"
claim(f, "13.6 GB", "quantized_file", "GB", GG(CS, "Q4_K_M"), H, rel=0.02, anchor=A)
claim(f, "63.5", "throughput", "tok/s", BWL / GG(CS, "Q4_K_M"), H, anchor=A)
A = "  over 32 layers 13.6M trainable."
claim(f, "425,984", "arithmetic", "params", lora(1, 16, [(4096, 4096), (4096, 1024), (4096, 1024), (4096, 4096)]), H,
      anchor="- 09:20 LoRA r = 16 on q, k, v, o.")
LO = lora(32, 16, [(4096, 4096), (4096, 1024), (4096, 1024), (4096, 4096)])
claim(f, "13.6M", "params", "M", LO, H, anchor=A)
A = "- 09:25 Adapter in bf16"
claim(f, "27.3 MB", "weights", "MB", LO * 2, H, anchor=A)
claim(f, "54.5 MB", "weights", "MB", LO * 4, H, anchor=A)
claim(f, "1.87 GB", "weights", "GB", N[M3] * NF4 / 8, X, "off_2x", anchor="- 09:26 QLoRA instead", note="3.74 GB")
claim(f, "3.74 GB", "weights", "GB", N[M3] * NF4 / 8, H, anchor="*[margin RK: ✘ NF4 with double quantisation")
A = "- 09:30 Optimizer + grads on the adapter"
claim(f, "218 MB", "training", "MB", LO * 16, H, anchor=A)
claim(f, "14.7 GB", "training", "GB", W(M3, "bf16") + LO * 16, H, anchor=A)
claim(f, "58 GB", "training", "GB", 16 * N[M3], X, "off_2x", anchor="- 09:40 A full fine-tune instead", note="8 B/param; 116 GB")
A = "*[margin RK: ✘ mixed-precision Adam is 16 bytes/param"
claim(f, "116 GB", "training", "GB", 16 * N[M3], H, anchor=A)
claim(f, "58 GB", "training", "GB", 8 * N[M3], H, anchor=A, note="re-attributed to the 8-byte estimate")
A = "- 09:50 With ZeRO-3 on the four L40S"
claim(f, "116 GB", "training", "GB", 16 * N[M3], H, anchor=A)
claim(f, "29.0 GB per GPU", "training", "GB", zero(N[M3], 4, 3), H, anchor=A)
claim(f, "130 GB", "training", "GB", 18 * N[M3], H, anchor="- 09:52 fp32 gradients")
claim(f, "18.3 GB", "activations", "GB", act(M3, 4096, 1, "none"), X, "off_2x", anchor="- 10:25 First guess", note="FlashAttention total; 104 GB")
A = "- 10:30 Activations at s = 4096"
claim(f, "3.25 GB per layer", "activations", "GB", act(M3, 4096, 1, "none", layers=1), H, anchor=A)
claim(f, "104 GB", "activations", "GB", act(M3, 4096, 1, "none"), H, anchor=A)
A = "- 10:35 With FlashAttention the"
claim(f, "570 MB per layer", "activations", "MB", act(M3, 4096, 1, "flash", layers=1), H, anchor=A)
claim(f, "18.3 GB", "activations", "GB", act(M3, 4096, 1, "flash"), H, anchor=A)
A = "- 10:40 Full recomputation keeps"
claim(f, "33.6 MB per layer", "activations", "MB", act(M3, 4096, 1, "full", layers=1), H, anchor=A)
claim(f, "1.07 GB", "activations", "GB", act(M3, 4096, 1, "full"), H, anchor=A)
A = "> \"Mistral-7B-v0.3 needs about 29 GB in bf16"
claim(f, "about 29 GB", "weights", "GB", W(M3, "bf16"), X, "wrong_dtype", hedged=True, anchor=A, note="fp32 size; bf16 14.5 GB", **Q)
claim(f, "7.2 GB", "weights", "GB", W(M3, "int4"), X, "wrong_dtype", anchor=A, note="int8 size; int4 3.62 GB", **Q)
claim(f, "128 KiB per token", "kv_cache_per_token", "KiB", KVT(M3), H, anchor=A, **Q)
A = "*[margin RK: the bot quotes the fp32 and int8 sizes"
claim(f, "29.0 GB", "weights", "GB", W(M3, "fp32"), H, anchor=A)
claim(f, "7.25 GB", "weights", "GB", W(M3, "int8"), H, anchor=A)
claim(f, "14.5 GFLOP", "flops", "GFLOP", 2 * N[M3], H, anchor="- 2N per generated token for Mistral-7B")
claim(f, "2.9 × 10¹⁶ FLOP", "flops", "FLOP", 2 * N[M3] * 2e6, H)
claim(f, "7.2 × 10¹⁷ FLOP", "flops", "FLOP", 6 * N[M3] * 50e6, X, "off_2x", note="2ND; 6ND 2.2e18")
A = "*[margin RK: ✘ training is 6ND"
claim(f, "2.2 × 10¹⁸ FLOP", "flops", "FLOP", 6 * N[M3] * 50e6, H, anchor=A)
claim(f, "about 4.2 hours", "time", "hours", 6 * N[M3] * 50e6 / (0.4 * 362e12), H, hedged=True, anchor=A)
A = "- Codestral per token is 44.5 GFLOP"
claim(f, "44.5 GFLOP", "flops", "GFLOP", 2 * N[CS], H, anchor=A)
claim(f, "about 3×", "ratio", "×", N[CS] / N[M3], H, hedged=True, anchor=A)
claim(f, "23.6 GB", "quantized_file", "GB", GG(CS, "Q8_0"), H, rel=0.02, anchor="- Codestral in bf16 fits the card")
non(f, "notebook: 4", "notebook number")
non(f, "pages: \"37–41\"", "page numbers")
non(f, "started: 2027-05-03", "date")
non(f, "last_entry: 2027-05-07", "date")
non(f, "signed_off: 2027-05-09", "date")
non(f, "  gpu: {model: L40S, memory: \"48 GB\"", "hardware spec")
non(f, "  host: {cpu: \"EPYC 9354\"", "hardware spec")
non(f, "  link: {storage: \"25 Gbit/s NFS\"", "hardware spec")
non(f, "  mistral-7b-v0.3: {hidden: 4096", "config inputs")
non(f, "  codestral-22b: {hidden: 6144", "config inputs")
non(f, "> the margin on 2027-05-09", "date")
non(f, "## Mon 2027-05-03 — setup", "date")
non(f, "- 09:40 Booked node `gpu-l40s-07`", "time, ticket number")
non(f, "- 09:55 Pulled `mistralai/Mistral-7B-v0.3`", "time, shard count, revision")
non(f, "NVIDIA L40S, 46068 MiB, 42311 MiB, 61, 287.44 W", "measured memory, temperature, power")
non(f, "worker.py:241] Memory profiling takes 6.21 seconds", "log timestamp, measured time")
non(f, "# cuda blocks: 15206, # CPU blocks: 2048", "log block counts")
non(f, "Starting vLLM API server 0.9.1", "version, port")
non(f, "--num-prompts 200 --max-concurrency 1", "CLI flags")
non(f, "Successful requests:                     200", "request count")
non(f, "Benchmark duration (s):                  1893.07", "measured duration")
non(f, "Mean TPOT (ms):                          18.94", "measured latency")
non(f, "Output token throughput (tok/s):         52.8", "measured speed")
non(f, "## Tue 2027-05-04 — Codestral-22B", "date")
non(f, "13G May  4 10:58 codestral-22b", "directory listing")
non(f, "23G May  4 11:07 codestral-22b", "directory listing")
non(f, "## Wed 2027-05-05 — LoRA", "date")
non(f, "the 10:25 guess is the FlashAttention total", "times")
non(f, "- 11:00 Asked the department chatbot", "time")
non(f, "## Thu 2027-05-06 — numbers", "date")
non(f, "- Reminder to self: the 48 GB L40S costs us", "price, temperature, hardware spec")
non(f, "## Fri 2027-05-07 — summary", "date")
non(f, "Next time write GiB where you mean GiB. — RK, 2027-05-09", "date")
non(f, "[^1]: Node booking HPC-2291", "ticket number, date, time")
claim(f, "14.5 GiB", "weights", "GiB", W(M3, "bf16"), X, "gb_as_gib", anchor="1. Mistral-7B in bf16 = 14.5 GiB.", note="old sheet; 14.5 GB = 13.5 GiB")
claim(f, "896 KiB per token", "kv_cache_per_token", "KiB", CSKV, X, "off_2x", note="old sheet; 224 KiB")
claim(f, "108 Gbit/s", "bandwidth", "Gbit/s", BWL, X, "wrong_unit", note="old sheet; divided by 8; 6912 Gbit/s")
claim(f, "11.8 GB", "quantized_file", "GB", GG(CS, "Q8_0"), X, "off_2x", note="old sheet; 23.6 GB")
claim(f, "356 GB", "training", "GB", 16 * N[CS], H, anchor="5. Full fine-tune of Codestral at 16 B/param")
claim(f, "356 GB per card", "training", "GB", zero(N[CS], 4, 3), X, "per_gpu", note="old sheet; total; 89.0 GB per card")
claim(f, "22.2 GFLOP", "flops", "GFLOP", 2 * N[CS], X, "off_2x", note="old sheet; N for 2N; 44.5 GFLOP")
claim(f, "≈ 39 tok/s", "throughput", "tok/s", BWL / W(CS, "bf16"), X, "wrong_dtype", hedged=True, note="old sheet; fp8 ceiling; bf16 19.4")
claim(f, "1 GiB", "kv_cache_total", "GiB", KV(M3, 8192, 8), X, "off_2x", anchor="9. Mistral KV for 8 users × 8K", note="old sheet; batch forgotten; 8 GiB")
A = "10. LoRA r=16 on q, k, v, o: 13.6M params"
claim(f, "13.6M params", "params", "M params", LO, H, anchor=A)
claim(f, "54.5 MB", "weights", "MB", LO * 2, X, "wrong_dtype", anchor=A, note="old sheet; fp32 size; bf16 27.3 MB")
claim(f, "127 tok/s", "throughput", "tok/s", BWL / GG(CS, "Q4_K_M"), X, "off_2x", anchor="11. Codestral Q4_K_M ceiling on the L40S", note="old sheet; from the halved file; 63.5")
claim(f, "7.25 GFLOP", "flops", "GFLOP", 2 * N[M3], X, "off_2x", anchor="12. 2N for Mistral-7B", note="old sheet; N; 14.5 GFLOP")
non(f, "only item 5 and the parameter count in item 10 survive", "item numbers")
non(f, "# LN-4 pp. 37–41 — Mistral-7B-v0.3", "page numbers")
non(f, "- 10:05 Counting parameters from the config", "time")
non(f, "  code model with 32K prompts.", "context input")
non(f, "## LN-3 p. 12 — my old cheat sheet", "page number")

# ---- en_02: a course forum thread where a TA grades student posts (replies, grades, regrade requests, reference) ----
f = "en_02"
L13, Q14, GX, BL = "llama2-13b", "qwen2.5-14b", "gpt2-xl", "bert-large"
A1 = A100_BW
SCALE.update({"K GPU-hours": 1e3})
FREE13 = 80 * GIB - W(L13, "bf16")
C13 = 6 * N[L13] * 2e12
T13 = C13 / (1024 * 0.4 * 312e12)
LQV = lora(40, 8, [(5120, 5120), (5120, 5120)])
A = "- 13,015,864,320 parameters; in bf16 that is"
claim(f, "13,015,864,320 parameters", "params", "params", N[L13], H, anchor=A)
claim(f, "26.03 GB", "weights", "GB", W(L13, "bf16"), H, anchor=A)
claim(f, "24.24 GiB", "weights", "GiB", W(L13, "bf16"), H, anchor=A)
A = "- KV per token: 2 × 40 × 40 × 128 × 2 = 800 KiB"
claim(f, "800 KiB", "kv_cache_per_token", "KiB", KVT(L13), H, anchor=A)
claim(f, "3.125 GiB", "kv_cache_total", "GiB", KV(L13, 4096), H, anchor=A)
A = "- Left after the weights: 80 − 24.24 = 55.76 GiB"
claim(f, "24.24", "weights", "GiB", W(L13, "bf16"), H, anchor=A)
claim(f, "55.76 GiB", "arithmetic", "GiB", FREE13, H, anchor=A)
claim(f, "17 sequences", "arithmetic", "sequences", FREE13 // KV(L13, 4096), H, anchor=A)
A = "- Decode ceiling at batch 1: 2039 ÷ 26.03"
claim(f, "26.03", "weights", "GB", W(L13, "bf16"), H, anchor=A)
claim(f, "78.3 tok/s", "throughput", "tok/s", A1 / W(L13, "bf16"), H, anchor=A)
claim(f, "156.7 tok/s", "throughput", "tok/s", A1 / W(L13, "int8"), H, anchor=A)
claim(f, "313 tok/s", "throughput", "tok/s", A1 / W(L13, "int4"), H, anchor=A)
A = "- 13.0B params, 26.0 GB in bf16."
claim(f, "13.0B", "params", "B", N[L13], H, anchor=A)
claim(f, "26.0 GB", "weights", "GB", W(L13, "bf16"), H, anchor=A)
claim(f, "400 KiB", "kv_cache_per_token", "KiB", KVT(L13), X, "off_2x", anchor="- KV per token 2 × 40 × 128 × 2 × 40 = 400 KiB", note="K and V counted once; 800 KiB")
A = "- So 4096 tokens = 1.6 GB, and the free 55.8 GB"
claim(f, "1.6 GB", "kv_cache_total", "GB", KV(L13, 4096), X, "off_2x", anchor=A, note="from 400 KiB; 3.36 GB")
claim(f, "55.8 GB", "arithmetic", "GB", FREE13, X, "gib_as_gb", anchor=A, note="55.76 GiB = 59.9 GB")
claim(f, "34 sequences", "arithmetic", "sequences", FREE13 // KV(L13, 4096), X, "off_2x", anchor=A, note="17")
A = "- Ceiling 2039 GB/s ÷ 26.0 GB = 78 tok/s."
claim(f, "26.0 GB", "weights", "GB", W(L13, "bf16"), H, anchor=A)
claim(f, "78 tok/s", "throughput", "tok/s", A1 / W(L13, "bf16"), H, anchor=A)
A = "- Qwen2.5-14B in bf16: 29.5 GB, or 27.5 GiB."
claim(f, "29.5 GB", "weights", "GB", W(Q14, "bf16"), H, anchor=A)
claim(f, "27.5 GiB", "weights", "GiB", W(Q14, "bf16"), H, anchor=A)
claim(f, "960 KiB per token", "kv_cache_per_token", "KiB", KVT(Q14), X, "off_2x", anchor="- KV 960 KiB per token.", note="40 query heads; 192 KiB")
A = "- Q4_K_M 9.04 GB, so the ceiling is 2039 ÷ 9.04"
claim(f, "9.04 GB", "quantized_file", "GB", GG(Q14, "Q4_K_M"), H, rel=0.02, anchor=A)
claim(f, "9.04", "quantized_file", "GB", GG(Q14, "Q4_K_M"), H, rel=0.02, anchor=A, occ=2)
claim(f, "226 tok/s", "throughput", "tok/s", A1 / GG(Q14, "Q4_K_M"), H, anchor=A)
claim(f, "800 KiB", "kv_cache_per_token", "KiB", KVT(L13), H, anchor="actually evaluates to 800 KiB")
A = "\"400 KiB\" you wrote under it is not."
claim(f, "800 KiB", "kv_cache_per_token", "KiB", KVT(L13), H, anchor=A)
claim(f, "3.36 GB", "kv_cache_total", "GB", KV(L13, 4096), H, anchor=A)
claim(f, "3.125 GiB", "kv_cache_total", "GiB", KV(L13, 4096), H, anchor=A)
A = "34 sequences become 17."
claim(f, "17", "arithmetic", "sequences", FREE13 // KV(L13, 4096), H, anchor=A)
claim(f, "960 KiB", "arithmetic", "KiB", 2 * 48 * 40 * 128 * 2, H, anchor=A, note="labelled as the query-head figure")
claim(f, "192 KiB", "kv_cache_per_token", "KiB", KVT(Q14), H, anchor=A)
claim(f, "208 GB", "training", "GB", 16 * N[L13], H, anchor="- Mixed-precision Adam: 16 bytes/param → 208 GB")
claim(f, "26.0 GB per GPU", "training", "GB", zero(N[L13], 8, 3), H, anchor="- ZeRO-3 on 8 GPUs: 26.0 GB per GPU.")
A = "- ZeRO-2: 2N + 14N/8 → 48.8 GB per GPU."
claim(f, "48.8 GB per GPU", "training", "GB", zero(N[L13], 8, 2), H, anchor=A)
claim(f, "71.6 GB per GPU", "training", "GB", zero(N[L13], 8, 1), H, anchor=A)
A = "no recomputation: 4.07 GB per layer"
claim(f, "4.07 GB per layer", "activations", "GB", act(L13, 4096, 1, "none", layers=1), H, anchor=A)
claim(f, "163 GB", "activations", "GB", act(L13, 4096, 1, "none"), H, anchor=A)
claim(f, "5.2 × 10²² FLOP", "flops", "FLOP", C13, X, "off_2x", anchor="- 2ND = 5.2 × 10²² FLOP.", note="2ND; 6ND 1.56e23")
A = "- On 1024 A100s at 40 % MFU"
claim(f, "1.22 × 10⁶ s", "time", "s", T13, H, anchor=A)
claim(f, "≈ 14 days", "time", "days", T13, H, hedged=True, anchor=A)
claim(f, "1.56 \\times 10^{23}", "flops", "FLOP", C13, H, anchor="Q5: training is 6ND, so $6 \\times 13.02")
claim(f, "1.22 × 10⁶ s", "time", "s", T13, H, anchor="FLOP. Your 1.22 × 10⁶ s is what 6ND gives")
A = "> \"Llama-2-13B in bf16 needs 26.03 GB."
claim(f, "26.03 GB", "weights", "GB", W(L13, "bf16"), H, anchor=A, **Q)
A = "> cache is only 160 KiB per token"
claim(f, "160 KiB per token", "kv_cache_per_token", "KiB", KVT(L13), X, "off_2x", anchor=A, note="invented GQA; 800 KiB", **Q)
claim(f, "0.625 GiB", "kv_cache_total", "GiB", KV(L13, 4096), X, "off_2x", anchor=A, note="3.125 GiB", **Q)
claim(f, "about 104 GB", "training", "GB", 16 * N[L13], X, "off_2x", hedged=True, anchor="> needs about 104 GB.\"", note="8 B/param; 208 GB", **Q)
A = "- Weights 26.03 GB, KV 160 KiB per token (GQA)"
claim(f, "26.03 GB", "weights", "GB", W(L13, "bf16"), H, anchor=A)
claim(f, "160 KiB per token", "kv_cache_per_token", "KiB", KVT(L13), X, "off_2x", anchor=A, note="invented GQA; 800 KiB")
claim(f, "0.625 GiB", "kv_cache_total", "GiB", KV(L13, 4096), X, "off_2x", anchor=A, note="3.125 GiB")
claim(f, "104 GB", "training", "GB", 16 * N[L13], X, "off_2x", anchor="- Fine-tune 104 GB, which fits two A100s.", note="8 B/param; 208 GB")
claim(f, "160 KiB", "arithmetic", "KiB", 2 * 40 * 8 * 128 * 2, H, anchor="The 160 KiB is what 8 KV", note="labelled as the 8-KV-head figure")
A = "heads would cost; the real figure is 800 KiB"
claim(f, "800 KiB per token", "kv_cache_per_token", "KiB", KVT(L13), H, anchor=A)
claim(f, "3.125 GiB", "kv_cache_total", "GiB", KV(L13, 4096), H, anchor=A)
claim(f, "104 GB", "training", "GB", 8 * N[L13], H, anchor=A, note="re-attributed to 8 B/param")
claim(f, "208 GB", "training", "GB", 16 * N[L13], H, anchor="8-bytes-per-parameter shortcut; use 16 bytes")
A = "- GPT-2 XL: 1,557,611,200 parameters"
claim(f, "1,557,611,200 parameters", "params", "params", N[GX], H, anchor=A)
claim(f, "6.23 GB", "weights", "GB", W(GX, "fp32"), H, anchor=A)
claim(f, "3.12 GB", "weights", "GB", W(GX, "bf16"), H, anchor=A)
claim(f, "2.90 GiB", "weights", "GiB", W(GX, "bf16"), H, anchor=A)
A = "- GPT-2 XL KV cache: 300 KiB per token"
claim(f, "300 KiB per token", "kv_cache_per_token", "KiB", KVT(GX), H, anchor=A)
claim(f, "300 MiB", "kv_cache_total", "MiB", KV(GX, 1024), H, anchor=A)
A = "- BERT-large: 335M parameters"
claim(f, "335M parameters", "params", "M", N[BL], H, anchor=A)
claim(f, "1.34 GB", "weights", "GB", W(BL, "fp32"), H, anchor=A)
claim(f, "0.67 GB", "weights", "GB", W(BL, "fp16"), H, anchor=A)
claim(f, "24.24 GB", "weights", "GB", W(L13, "bf16"), X, "gib_as_gb", anchor="- Weights 24.24 GB in bf16.", note="24.24 GiB = 26.03 GB")
claim(f, "16.3 Tbit/s", "bandwidth", "Tbit/s", A1, H, anchor="- A100 bandwidth 2039 GB/s = 16.3 Tbit/s.")
A = "- int4 weights 6.51 GB, ceiling 313 tok/s."
claim(f, "6.51 GB", "weights", "GB", W(L13, "int4"), H, anchor=A)
claim(f, "313 tok/s", "throughput", "tok/s", A1 / W(L13, "int4"), H, anchor=A)
A = "- 6ND = 1.56 × 10²³ FLOP, 339 hours"
claim(f, "1.56 × 10²³ FLOP", "flops", "FLOP", C13, H, anchor=A)
claim(f, "339 hours", "time", "hours", T13, H, anchor=A)
claim(f, "14.1 days", "time", "days", T13, H, anchor=A)
claim(f, "348K GPU-hours", "time", "K GPU-hours", 1024 * T13 / 3600, H)
claim(f, "26.0 GFLOP", "flops", "GFLOP", 2 * N[L13], H, anchor="- Inference costs 2N = 26.0 GFLOP per token.")
A = "**↳ TA · 9/10.** The 24.24 is GiB, not GB"
claim(f, "24.24", "weights", "GiB", W(L13, "bf16"), H, anchor=A, note="re-attributed to GiB")
claim(f, "26.03 GB", "weights", "GB", W(L13, "bf16"), H, anchor=A)
claim(f, "24.24 GiB", "weights", "GiB", W(L13, "bf16"), H, anchor=A)
A = "- Qwen2.5-14B: 14.8B parameters, 59.1 GB in bf16."
claim(f, "14.8B parameters", "params", "B", N[Q14], H, anchor=A)
claim(f, "59.1 GB", "weights", "GB", W(Q14, "bf16"), X, "wrong_dtype", anchor=A, note="fp32 size; bf16 29.54 GB")
A = "- KV 192 KiB per token; 8 users × 8K tokens → 1.5 GiB."
claim(f, "192 KiB per token", "kv_cache_per_token", "KiB", KVT(Q14), H, anchor=A)
claim(f, "1.5 GiB", "kv_cache_total", "GiB", KV(Q14, 8192, 8), X, "off_2x", anchor=A, note="batch dropped; 12 GiB")
claim(f, "24 GiB", "kv_cache_total", "GiB", KV(Q14, 131072), H, anchor="- 128K context for one user: 24 GiB.")
A = "- Ceiling in bf16: 2039 GB/s ÷ 29.54 GB"
claim(f, "29.54 GB", "weights", "GB", W(Q14, "bf16"), H, anchor=A)
claim(f, "69.0 tok/s", "throughput", "tok/s", A1 / W(Q14, "bf16"), H, anchor=A)
claim(f, "15.7 GB", "quantized_file", "GB", GG(Q14, "Q8_0"), H, rel=0.02, anchor=A)
claim(f, "130 tok/s", "throughput", "tok/s", A1 / GG(Q14, "Q8_0"), H, anchor=A)
A = "- LoRA r = 8 on q and v of Llama-2-13B"
claim(f, "6.55M", "params", "M", LQV, H, anchor=A)
claim(f, "13.1 MB", "weights", "MB", LQV * 2, H, anchor=A)
A = "- Activations with FlashAttention: 713 MB per layer"
claim(f, "713 MB per layer", "activations", "MB", act(L13, 4096, 1, "flash", layers=1), H, anchor=A)
claim(f, "28.5 GB", "activations", "GB", act(L13, 4096, 1, "flash"), H, anchor=A)
claim(f, "1.68 GB", "activations", "GB", act(L13, 4096, 1, "full"), H, anchor=A)
A = "**↳ TA · 6/10.** The 59.1 GB is fp32"
claim(f, "59.1 GB", "weights", "GB", W(Q14, "fp32"), H, anchor=A, note="re-attributed to fp32")
claim(f, "29.54 GB", "weights", "GB", W(Q14, "bf16"), H, anchor=A)
claim(f, "12 GiB", "kv_cache_total", "GiB", KV(Q14, 8192, 8), H, anchor=A)
claim(f, "26 GiB", "weights", "GiB", W(L13, "bf16"), X, "gb_as_gib", anchor="- Llama-2-13B: 13B params × 2 bytes = 26 GiB.", note="26 GB = 24.24 GiB")
A = "- int4 halves bf16, so 13.0 GB"
claim(f, "13.0 GB", "weights", "GB", W(L13, "int4"), X, "wrong_dtype", anchor=A, note="int8 size; int4 6.51 GB")
claim(f, "157 tok/s", "throughput", "tok/s", A1 / W(L13, "int4"), X, "wrong_dtype", anchor=A, note="int8 ceiling; int4 313")
claim(f, "3.125 GiB", "kv_cache_total", "GiB", KV(L13, 4096, 4), X, "off_2x", anchor="- KV for 4 users at 4096 tokens", note="batch dropped; 12.5 GiB")
claim(f, "208 GB per GPU", "training", "GB", zero(N[L13], 8, 3), X, "per_gpu", anchor="- ZeRO-3 on 8 GPUs: 208 GB per GPU.", note="total; 26.0 GB per GPU")
claim(f, "2039 Gbit/s", "bandwidth", "Gbit/s", A1, X, "wrong_unit", anchor="- A100 bandwidth: 2039 Gbit/s.", note="2039 GB/s")
claim(f, "4.5 GB", "quantized_file", "GB", GG(Q14, "Q4_K_M"), X, "off_2x", anchor="- Qwen2.5-14B Q4_K_M: 4.5 GB.", note="9.04 GB")
claim(f, "29.5 GFLOP", "flops", "GFLOP", 2 * N[Q14], H, anchor="- Qwen2.5-14B costs 2N = 29.5 GFLOP")
A = "**↳ TA · 1/10.** Late and mostly wrong"
claim(f, "24.24 GiB", "weights", "GiB", W(L13, "bf16"), H, anchor=A)
claim(f, "6.51 GB", "weights", "GB", W(L13, "int4"), H, anchor=A)
claim(f, "313 tok/s", "throughput", "tok/s", A1 / W(L13, "int4"), H, anchor=A)
claim(f, "12.5 GiB", "kv_cache_total", "GiB", KV(L13, 4096, 4), H, anchor=A)
claim(f, "26.0 GB per GPU", "training", "GB", zero(N[L13], 8, 3), H, anchor=A)
A = "16.3 Tbit/s, 9.04 GB. Only the GFLOP line holds."
claim(f, "16.3 Tbit/s", "bandwidth", "Tbit/s", A1, H, anchor=A)
claim(f, "9.04 GB", "quantized_file", "GB", GG(Q14, "Q4_K_M"), H, rel=0.02, anchor=A)
claim(f, "1.6 GB", "kv_cache_total", "GB", KV(L13, 4096), X, "off_2x", anchor="**bkumar · 2027-02-22 10:12**", note="3.36 GB")
A = "— Consistent with a wrong line is still wrong"
claim(f, "1.68 GB", "arithmetic", "GB", 400 * KIB * 4096, H, anchor=A, note="labelled as 400 KiB × 4096")
claim(f, "3.36 GB", "kv_cache_total", "GB", KV(L13, 4096), H, anchor="3.36 GB. No change.")
claim(f, "24.24", "weights", "GB", W(L13, "bf16"), X, "gib_as_gb", anchor="**ellie.n · 2027-02-22 13:40**", note="/ 1e9 gives 26.03")
A = "— Then that call printed 26.03"
claim(f, "26.03", "weights", "GB", W(L13, "bf16"), H, anchor=A)
claim(f, "26.03 GB", "weights", "GB", W(L13, "bf16"), H, anchor=A)
claim(f, "26,031,728,640 bytes", "weights", "bytes", W(L13, "bf16"), H, anchor=A)
claim(f, "24.24", "weights", "GiB", W(L13, "bf16"), H, anchor=A, note="re-attributed to the / 2**30 figure")
claim(f, "160 KiB", "kv_cache_per_token", "KiB", KVT(L13), X, "off_2x", anchor="**dmitri_p · 2027-02-22 18:05**", note="800 KiB")
claim(f, "800 KiB per token", "kv_cache_per_token", "KiB", KVT(L13), H, anchor="— Gemini was wrong; 40 KV heads")
claim(f, "3.125 GiB", "kv_cache_total", "GiB", KV(L13, 4096, 8), X, "off_2x", anchor="- Q2: Llama-2-13B KV at 4096 tokens for 8 users", note="batch dropped; 25 GiB")
claim(f, "26.03 GB", "weights", "GB", W(L13, "int8"), X, "wrong_dtype", anchor="- Q2: int8 weights are 26.03 GB.", note="bf16 size; int8 13.0 GB")
A = "- Q3: Qwen2.5-14B has 14.77B parameters, so 14.77 GB"
claim(f, "14.77B parameters", "params", "B", N[Q14], H, anchor=A)
claim(f, "14.77 GB", "weights", "GB", W(Q14, "bf16"), X, "wrong_dtype", anchor=A, note="int8 size; bf16 29.54 GB")
claim(f, "26.0 GB per GPU", "training", "GB", zero(N[L13], 8, 1), X, "off_2x", anchor="- Q4: ZeRO-1 on 8 GPUs: 26.0 GB per GPU.", note="ZeRO-3 figure; ZeRO-1 71.6 GB")
A = "- Q5: 1.56 × 10²³ FLOP take 14.1 hours"
claim(f, "1.56 × 10²³ FLOP", "flops", "FLOP", C13, H, anchor=A)
claim(f, "14.1 hours", "time", "hours", T13, X, "off_2x", anchor=A, note="days read as hours; 339 hours")
claim(f, "14.4K GPU-hours", "time", "K GPU-hours", 1024 * T13 / 3600, X, "off_2x", anchor=A, note="348K")
non(f, "## Reply 8 — hana.k · 2027-02-21 23:59 (late)", "date, time")
non(f, "**↳ TA · 0/10.** Late, and every line", "grade")
non(f, "| hana.k | 0 | 0 |", "grades")
non(f, "Posted after the deadline as `hw3_key.pdf` (3 pages)", "page count")
A = "> - Query heads for KV heads on GQA models"
claim(f, "960 KiB", "arithmetic", "KiB", 2 * 48 * 40 * 128 * 2, H, anchor=A, note="labelled as the query-head slip")
claim(f, "192 KiB", "kv_cache_per_token", "KiB", KVT(Q14), H, anchor=A)
A = "> - GQA invented for a model that has none"
claim(f, "160 KiB", "arithmetic", "KiB", 2 * 40 * 8 * 128 * 2, H, anchor=A, note="labelled as the invented-GQA slip")
claim(f, "800 KiB", "kv_cache_per_token", "KiB", KVT(L13), H, anchor=A)
non(f, "course: \"CS 598 ML Systems, spring 2027\"", "course number, year")
non(f, "thread: 412", "thread number")
non(f, "saved_on: 2027-02-24", "date")
non(f, "due: 2027-02-21 23:59", "date, time")
non(f, "points_total: 20", "points")
non(f, "  units: \"GB = 1e9 bytes", "unit definitions")
non(f, "  gpu: {name: \"A100 80GB\"", "hardware spec")
non(f, "  cluster: {gpus: 1024, mfu: 0.40}", "config inputs")
non(f, "  llama-2-13b: {hidden: 5120", "config inputs")
non(f, "  qwen2.5-14b: {hidden: 5120", "config inputs")
non(f, "  gpt2-xl: {hidden: 1600", "config inputs")
non(f, "# Forum #412 — HW3", "thread number")
non(f, "> regrade window closed so the grading is on record. Each reply is graded out of 10", "points")
non(f, "**Marco Rossi (TA)** · pinned · 2027-02-20 09:00", "date, time")
non(f, "1 point per correct figure, max 5 per", "points")
non(f, "I will not accept \"GB\" for a number you computed with 2³⁰.", "unit definition")
non(f, "## Reply 1 — alice_w · 2027-02-20 21:14", "date, time")
non(f, "**↳ TA · 5/5.** Everything rounds back.", "grade")
non(f, "## Reply 2 — bkumar · 2027-02-20 22:40", "date, time")
non(f, "## Reply 3 — chen.l · 2027-02-21 08:02", "date, time")
non(f, "## Reply 4 — dmitri_p · 2027-02-21 11:37", "date, time")
non(f, "## Reply 5 — ellie.n · 2027-02-21 19:55", "date, time")
non(f, "## Reply 6 — farid.h · 2027-02-21 23:51", "date, time")
non(f, "## Reply 7 — gabe.t · 2027-02-21 23:58 (late)", "date, time")
non(f, "| alice_w | 5 | – |", "grades")
non(f, "| bkumar | 3 | 3 |", "grades")
non(f, "| chen.l | – | – | 5 | 2 | 7 |", "grades")
non(f, "| dmitri_p | 3 | – | 0 |", "grades")
non(f, "| ellie.n | 3 | – | – | 5 |", "grades")
non(f, "| farid.h | – | 3 | 3 |", "grades")
non(f, "| gabe.t | 0 | 1 |", "grades")
non(f, "Median grade 6.5 of 10 per student-question pair", "grade statistics, counts")
non(f, "[^1]: The other 33 replies", "count, file name with date")
non(f, "| student | Q2 | Q3 | Q4 | Q5 | total (of 20) |", "points")

# ---- en_03: a sales engineer's discovery-call notes (prospect's figures with ✔/✘, competitor quote, bot, draft, email) --
f = "en_03"
L70, L8, M7, Q72, B405 = "llama3-70b", "llama3-8b", "mixtral-8x7b", "qwen2.5-72b", "llama3.1-405b"
HB = H100_BW
FREE4 = 4 * 80 * GIB - W(L70, "fp8")
L40_LEFT = 4 * 48 * GIB - W(L70, "bf16")
LQV70 = lora(80, 16, [(8192, 8192), (8192, 1024)])
claim(f, "70 GB", "weights", "GB", W(L70, "bf16"), X, "wrong_dtype", anchor="- \"Llama-3-70B needs 70 GB in bf16", note="fp8 size; bf16 141.1 GB")
A = "  - ✘ 70.6 GB is the fp8 size."
claim(f, "70.6 GB", "weights", "GB", W(L70, "fp8"), H, anchor=A)
claim(f, "141.1 GB", "weights", "GB", W(L70, "bf16"), H, anchor=A)
claim(f, "131.4 GiB", "weights", "GiB", W(L70, "bf16"), H, anchor=A)
A = "- \"Mixtral-8x7B only uses 13B parameters"
claim(f, "13B parameters", "params", "B", ACTIVE_M7, H, anchor=A)
claim(f, "26 GB", "weights", "GB", W(M7, "bf16"), X, "wrong_kind", anchor=A, note="active bf16 as stored size; 93.4 GB")
claim(f, "12.9B", "params", "B", ACTIVE_M7, H, anchor="  - ✔ 12.9B active per token is right.")
A = "  - ✘ but all 46.7B must be stored"
claim(f, "46.7B", "params", "B", N[M7], H, anchor=A)
claim(f, "93.4 GB", "weights", "GB", W(M7, "bf16"), H, anchor=A)
claim(f, "25.8 GB", "weights", "GB", W(ACTIVE_M7, "bf16"), H, anchor=A, note="bytes read per token")
claim(f, "2.5 GiB", "kv_cache_total", "GiB", KV(L70, 8192), H, anchor="- \"Each user at 8K context needs 2.5 GiB")
claim(f, "2.5 GiB", "kv_cache_total", "GiB", KV(L70, 8192), H, anchor="  - ✔ 320 KiB per token × 8192 = 2.5 GiB.")
claim(f, "50 GiB", "kv_cache_total", "GiB", KV(L70, 8192, 200), X, "off_2x", anchor="- \"So 200 users is 50 GiB of cache.\"", note="500 GiB")
claim(f, "500 GiB", "kv_cache_total", "GiB", KV(L70, 8192, 200), H, anchor="  - ✘ 200 × 2.5 GiB = 500 GiB.")
claim(f, "810 GB", "weights", "GB", W(B405, "bf16"), H, anchor="- \"The 405B in bf16 is 810 GB")
A = "  - ✔ 812 GB for the weights"
claim(f, "812 GB", "weights", "GB", W(B405, "bf16"), H, anchor=A)
claim(f, "640 GiB", "arithmetic", "GiB", 8 * 80 * GIB, H, anchor=A)
claim(f, "687 GB", "arithmetic", "GB", 8 * 80 * GIB, H, anchor=A)
claim(f, "16 GB", "training", "GB", 16 * N[L8], X, "off_2x", anchor="- \"Fine-tuning Llama-3-8B on our contracts needs 16 GB", note="weights only; 128.5 GB")
A = "  - ✘ full fine-tune with Adam is 16 bytes per parameter"
claim(f, "128.5 GB", "training", "GB", 16 * N[L8], H, anchor=A)
claim(f, "16.06 GB", "weights", "GB", W(L8, "bf16"), H, anchor=A)
claim(f, "24 tok/s", "throughput", "tok/s", HB / W(L70, "bf16"), H, anchor="- \"An H100 reads 3.35 TB/s, so a 70B in bf16")
A = "  - ✔ 3.35 TB/s ÷ 141.1 GB ≈ 23.7 tok/s"
claim(f, "141.1 GB", "weights", "GB", W(L70, "bf16"), H, anchor=A)
claim(f, "≈ 23.7 tok/s", "throughput", "tok/s", HB / W(L70, "bf16"), H, hedged=True, anchor=A)
claim(f, "47 tok/s", "throughput", "tok/s", HB / W(L70, "fp8"), H, anchor="- \"At fp8 it doubles to 47 tok/s.\"", note="one card, whole fp8 model")
A = "  - ✔ 47.5 tok/s for one card reading all 70.6 GB."
claim(f, "47.5 tok/s", "throughput", "tok/s", HB / W(L70, "fp8"), H, anchor=A)
claim(f, "70.6 GB", "weights", "GB", W(L70, "fp8"), H, anchor=A)
claim(f, "22 GB", "quantized_file", "GB", GG(Q72, "Q4_K_M"), X, "off_2x", anchor="- \"Qwen2.5-72B at Q4_K_M is only 22 GB", note="44.5 GB")
A = "  - ✘ 44.5 GB. The 22 GB is half of that."
claim(f, "44.5 GB", "quantized_file", "GB", GG(Q72, "Q4_K_M"), H, rel=0.02, anchor=A)
claim(f, "22 GB", "arithmetic", "GB", GG(Q72, "Q4_K_M") / 2, H, anchor=A, note="labelled as half the file")
A = "- \"Our NAS does 10 Gbit/s, so the 141 GB checkpoint"
claim(f, "141 GB", "weights", "GB", W(L70, "bf16"), H, anchor=A)
claim(f, "14 s", "time", "s", W(L70, "bf16") / 1.25e9, X, "wrong_unit", anchor=A, note="Gbit/s read as GB/s; 113 s")
A = "  - ✘ 10 Gbit/s is 1.25 GB/s: 113 s."
claim(f, "1.25 GB/s", "bandwidth", "GB/s", 10 * 1.25e8, H, anchor=A)
claim(f, "113 s", "time", "s", W(L70, "bf16") / 1.25e9, H, anchor=A)
claim(f, "3.35 Tbit/s", "bandwidth", "Tbit/s", HB, X, "wrong_unit", anchor="- \"The H100 is 3.35 Tbit/s", note="3.35 TB/s = 26.8 Tbit/s")
claim(f, "26.8 Tbit/s", "bandwidth", "Tbit/s", HB, H, anchor="  - ✘ 3.35 TB/s = 26.8 Tbit/s.")
A = "> - Weights 141 GB split as 35.3 GB per card."
claim(f, "141 GB", "weights", "GB", W(L70, "bf16"), H, anchor=A)
claim(f, "35.3 GB per card", "weights", "GB", W(L70, "bf16") / 4, H, anchor=A)
claim(f, "24.5 tok/s", "throughput", "tok/s", L40S_BW / (W(L70, "bf16") / 4), H, anchor="> - Per-stream ceiling 24.5 tok/s.")
A = "> - KV cache 2.5 MiB per token, 20 GiB per 8K user."
claim(f, "2.5 MiB per token", "kv_cache_per_token", "MiB", KVT(L70), X, "off_2x", anchor=A, note="64 query heads; 320 KiB")
claim(f, "20 GiB", "kv_cache_total", "GiB", KV(L70, 8192), X, "off_2x", anchor=A, note="2.5 GiB")
claim(f, "200 users", "arithmetic", "users", L40_LEFT // KV(L70, 8192), X, "off_2x", anchor="> - Serves 200 users.", note="24 users fit")
A = "- ✔ 141 GB total and 35.3 GB per card."
claim(f, "141 GB", "weights", "GB", W(L70, "bf16"), H, anchor=A)
claim(f, "35.3 GB per card", "weights", "GB", W(L70, "bf16") / 4, H, anchor=A)
A = "- ✔ 864 GB/s ÷ 35.3 GB = 24.5 tok/s."
claim(f, "35.3 GB", "weights", "GB", W(L70, "bf16") / 4, H, anchor=A)
claim(f, "24.5 tok/s", "throughput", "tok/s", L40S_BW / (W(L70, "bf16") / 4), H, anchor=A)
A = "- ✘ The 2.5 MiB per token uses the 64 query heads"
claim(f, "2.5 MiB per token", "arithmetic", "MiB", 2 * 80 * 64 * 128 * 2, H, anchor=A, note="labelled as the query-head figure")
claim(f, "320 KiB", "kv_cache_per_token", "KiB", KVT(L70), H, anchor=A)
claim(f, "2.5 GiB", "kv_cache_total", "GiB", KV(L70, 8192), H, anchor=A)
A = "- ✘ 4 × 48 GiB leaves about 60 GiB"
claim(f, "about 60 GiB", "arithmetic", "GiB", L40_LEFT, H, hedged=True, anchor=A)
claim(f, "24 users", "arithmetic", "users", L40_LEFT // KV(L70, 8192), H, anchor=A)
A = "> \"Llama-3-70B fp8 on 4 × H100: 70.6 GB of weights"
claim(f, "70.6 GB", "weights", "GB", W(L70, "fp8"), H, anchor=A, **Q)
claim(f, "17.6 GB per GPU", "weights", "GB", W(L70, "fp8") / 4, H, anchor=A, **Q)
claim(f, "320 KiB per token", "kv_cache_per_token", "KiB", KVT(L70), H, anchor=A, **Q)
claim(f, "≈ 47 tok/s", "throughput", "tok/s", HB / (W(L70, "fp8") / 4), X, "per_gpu", hedged=True, anchor=A, note="whole model on one card; 190 at TP = 4", **Q)
claim(f, "254 GiB", "arithmetic", "GiB", FREE4, H, anchor=A, **Q)
claim(f, "101 users", "arithmetic", "users", FREE4 // KV(L70, 8192), H, anchor=A, **Q)
claim(f, "101 users", "arithmetic", "users", FREE4 // KV(L70, 8192), H, anchor="- ✔ weights, KV, free memory and the 101 users.")
A = "- ✘ The 47 tok/s divides by all 70.6 GB"
claim(f, "47 tok/s", "arithmetic", "tok/s", HB / W(L70, "fp8"), H, anchor=A, note="labelled as the whole-model division")
claim(f, "70.6 GB", "weights", "GB", W(L70, "fp8"), H, anchor=A)
claim(f, "17.6 GB", "weights", "GB", W(L70, "fp8") / 4, H, anchor=A)
claim(f, "≈ 190 tok/s", "throughput", "tok/s", HB / (W(L70, "fp8") / 4), H, hedged=True, anchor=A)
A = "| Option A, Llama-3-70B in fp8 on 4 × H100 |"
claim(f, "141 GB", "weights", "GB", W(L70, "fp8"), X, "wrong_dtype", anchor=A, note="draft; bf16 size; fp8 70.6 GB")
claim(f, "35.3 GB per GPU", "weights", "GB", W(L70, "fp8") / 4, X, "wrong_dtype", anchor=A, note="draft; bf16 share; fp8 17.6 GB")
A = "| Option C, Mixtral read per token |"
claim(f, "93.4 GB per token", "weights", "GB", W(ACTIVE_M7, "bf16"), X, "wrong_kind", anchor=A, note="draft; stored size; reads 25.8 GB")
claim(f, "36 tok/s", "throughput", "tok/s", HB / (W(ACTIVE_M7, "bf16") / 2), X, "wrong_kind", anchor=A, note="draft; whole MoE file; 260 tok/s at TP = 2")
claim(f, "405.9 GB per GPU", "weights", "GB", W(B405, "fp8") / 8, X, "per_gpu", anchor="| Option D, the 405B in fp8 |", note="draft; total; 50.7 GB per GPU")
claim(f, "320 MiB per token", "kv_cache_per_token", "MiB", KVT(L70), X, "off_2x", anchor="| KV cache on the 70B |", note="draft; KiB; 320 KiB")
A = "| LoRA on the 70B |"
claim(f, "32.8M parameters", "params", "M", LQV70, H, anchor=A)
claim(f, "65.5 MB", "weights", "MB", LQV70 * 4, X, "wrong_dtype", anchor=A, note="draft; bf16 size; fp32 131 MB")
A = "- For 200 users at 8K on the 70B you need 500 GiB"
claim(f, "500 GiB", "kv_cache_total", "GiB", KV(L70, 8192, 200), H, anchor=A)
claim(f, "101 users", "arithmetic", "users", FREE4 // KV(L70, 8192), H, anchor=A)
A = "- Mixtral reads 25.8 GB per token (12.9 GB per card"
claim(f, "25.8 GB", "weights", "GB", W(ACTIVE_M7, "bf16"), H, anchor=A, note="bytes read per token")
claim(f, "12.9 GB per card", "weights", "GB", W(ACTIVE_M7, "bf16") / 2, H, anchor=A)
claim(f, "260 tok/s", "throughput", "tok/s", HB / (W(ACTIVE_M7, "bf16") / 2), H, anchor=A)
A = "- The 405B at fp8 reads 50.7 GB per card"
claim(f, "50.7 GB per card", "weights", "GB", W(B405, "fp8") / 8, H, anchor=A)
claim(f, "≈ 66 tok/s", "throughput", "tok/s", HB / (W(B405, "fp8") / 8), H, hedged=True, anchor=A)
A = "- A LoRA on Llama-3-70B (r = 16, q and v)"
claim(f, "32.8M parameters", "params", "M", LQV70, H, anchor=A)
claim(f, "65.5 MB", "weights", "MB", LQV70 * 2, H, anchor=A)
A = "- **Sam:** One more — their deck lists the H100"
claim(f, "3.35 Gbit/s", "bandwidth", "Gbit/s", HB, X, "wrong_unit", anchor=A, note="3.35 TB/s")
claim(f, "3.35 TB/s", "bandwidth", "TB/s", HB, H, anchor=A)
non(f, "opportunity: OPP-7731", "opportunity number")
non(f, "call_date: 2027-03-11", "date")
non(f, "call_length_min: 55", "duration")
non(f, "  users_concurrent: 200", "requirement input")
non(f, "  context_tokens: 8192", "requirement input")
non(f, "  budget_usd: 450000", "budget")
non(f, "  h100_sxm: {memory: \"80 GB\"", "hardware spec, price")
non(f, "  l40s: {memory: \"48 GB\"", "hardware spec, price")
non(f, "next_step: \"sizing email by 2027-03-14\"", "date")
non(f, "crm_link: \"[[CRM OPP-7731]]\"", "opportunity number")
non(f, "> **Option \"Velocity-4\"**: 4 × L40S", "hardware count, config")
non(f, "## Follow-up email (sent 2027-03-13)", "date")
non(f, "- Option A is Llama-3-70B in fp8 on 4 × H100", "card counts")
non(f, "  is ≈ $290K in GPUs at list", "prices, budget")
non(f, "- **Lena:** Perfect. Forecast at 60 %", "forecast probability, date")
non(f, "[^1]: Call recorded with consent", "duration")

# ---- en_04: a "myths vs facts" explainer issue (twelve myths, a bonus, heard-this-month table, reader mailbag) ----
f = "en_04"
L8, L27, L70, M7 = "llama3-8b", "llama2-7b", "llama3-70b", "mixtral-8x7b"
B4090 = RTX4090_BW
claim(f, "28 GB", "weights", "GB", W(L27, "bf16"), X, "wrong_dtype", anchor="### Myth 1 —", note="fp32 rounded up; bf16 13.5 GB")
A = "**Fact:** Llama-2-7B is 13.5 GB in bf16."
claim(f, "13.5 GB", "weights", "GB", W(L27, "bf16"), H, anchor=A)
claim(f, "27.0 GB", "weights", "GB", W(L27, "fp32"), H, anchor=A)
claim(f, "13.5–16.1 GB", "weights", "GB", [W(L27, "bf16"), W(L8, "bf16")], H, rng=True, anchor="Across the class, bf16 weights run", note="Llama-2-7B and Llama-3-8B")
claim(f, "512 KiB", "kv_cache_per_token", "KiB", KVT(L8), X, "off_2x", anchor="### Myth 2 —", note="Llama-2-7B figure for Llama-3-8B; 128 KiB")
A = "**Fact:** Llama-2-7B does use 512 KiB per token."
claim(f, "512 KiB", "kv_cache_per_token", "KiB", KVT(L27), H, anchor=A)
claim(f, "128 KiB", "kv_cache_per_token", "KiB", KVT(L8), H, anchor=A)
claim(f, "56 KiB", "kv_cache_per_token", "KiB", KVT("qwen2.5-7b"), H, anchor=A)
claim(f, "8 KiB", "kv_cache_per_token", "KiB", KVT("falcon-7b"), H, anchor="Falcon-7B, with one KV head, only 8 KiB.")
claim(f, "4 GiB", "kv_cache_total", "GiB", KV("mistral-7b", 4096), X, "off_2x", anchor="### Myth 3 —", note="sliding window ignored; 0.5 GiB")
claim(f, "0.5 GiB", "kv_cache_total", "GiB", KV("mistral-7b", 4096), H, anchor="**Fact:** v0.1 attends over a 4096-token sliding window")
claim(f, "96 KiB per token", "kv_cache_per_token", "KiB", KVT("phi3-mini"), X, "off_2x", anchor="### Myth 4 —", note="384 KiB")
A = "**Fact:** Phi-3-mini has no GQA"
claim(f, "384 KiB per token", "kv_cache_per_token", "KiB", KVT("phi3-mini"), H, anchor=A)
claim(f, "1.5 GiB", "kv_cache_total", "GiB", KV("phi3-mini", 4096), H, anchor=A)
claim(f, "128 KiB", "kv_cache_per_token", "KiB", KVT(L8), H, anchor="Llama-3-8B's 128 KiB.")
claim(f, "17.6 GB", "weights", "GB", W(L70, "int4"), X, "off_2x", anchor="### Myth 5 —", note="35.3 GB")
A = "**Fact:** int4 is 35.3 GB (32.9 GiB)."
claim(f, "35.3 GB", "weights", "GB", W(L70, "int4"), H, anchor=A)
claim(f, "32.9 GiB", "weights", "GiB", W(L70, "int4"), H, anchor=A)
claim(f, "1008 Gbit/s", "bandwidth", "Gbit/s", B4090, X, "wrong_unit", anchor="### Myth 6 —", note="1008 GB/s")
A = "**Fact:** 1008 GB/s, which is 8.06 Tbit/s."
claim(f, "1008 GB/s", "bandwidth", "GB/s", B4090, H, anchor=A)
claim(f, "8.06 Tbit/s", "bandwidth", "Tbit/s", B4090, H, anchor=A)
claim(f, "10,000 tok/s", "throughput", "tok/s", B4090 / W(L8, "bf16"), X, "wrong_kind", anchor="### Myth 7 —", note="compute bound for batch-1 decode; 63 tok/s")
A = "**Fact:** 165 TFLOP/s ÷ 16.1 GFLOP is indeed ≈ 10,000"
claim(f, "16.1 GFLOP", "flops", "GFLOP", 2 * N[L8], H, anchor=A)
claim(f, "≈ 10,000", "arithmetic", "tok/s", 165e12 / (2 * N[L8]), H, hedged=True, anchor=A, note="labelled as the compute bound")
A = "bandwidth-bound: 1008 GB/s ÷ 16.06 GB ≈ 63 tok/s"
claim(f, "16.06 GB", "weights", "GB", W(L8, "bf16"), H, anchor=A)
claim(f, "≈ 63 tok/s", "throughput", "tok/s", B4090 / W(L8, "bf16"), H, hedged=True, anchor=A)
claim(f, "32 GB", "training", "GB", 16 * N[L8], X, "off_2x", anchor="### Myth 8 —", note="128.5 GB")
claim(f, "128.5 GB", "training", "GB", 16 * N[L8], H, anchor="**Fact:** mixed-precision Adam holds 16 bytes per parameter")
A = "### Myth 9 —"
claim(f, "175B parameters", "params", "B", N["gpt3"], H, anchor=A)
claim(f, "175 GB", "weights", "GB", W("gpt3", "fp16"), X, "wrong_dtype", anchor=A, note="int8 size; fp16 349 GB")
A = "**Fact:** 174.6B parameters are 349 GB in fp16"
claim(f, "174.6B parameters", "params", "B", N["gpt3"], H, anchor=A)
claim(f, "349 GB", "weights", "GB", W("gpt3", "fp16"), H, anchor=A)
claim(f, "175 GB", "weights", "GB", W("gpt3", "int8"), H, anchor=A, note="re-attributed to int8")
claim(f, "25.8 GB", "weights", "GB", W(M7, "bf16"), X, "wrong_kind", anchor="### Myth 10 —", note="active part; stored 93.4 GB")
A = "**Fact:** all 46.7B parameters are stored"
claim(f, "46.7B parameters", "params", "B", N[M7], H, anchor=A)
claim(f, "93.4 GB", "weights", "GB", W(M7, "bf16"), H, anchor=A)
claim(f, "25.8 GB", "weights", "GB", W(ACTIVE_M7, "bf16"), H, anchor=A, note="bytes read per token")
claim(f, "48.2 GFLOP", "flops", "GFLOP", 2 * N[L8], X, "off_2x", anchor="### Myth 11 —", note="6N; 2N 16.1 GFLOP")
claim(f, "16.1 GFLOP", "flops", "GFLOP", 2 * N[L8], H, anchor="**Fact:** 6N is training. Inference is 2N")
claim(f, "16.06 GiB", "weights", "GiB", W(L8, "bf16"), X, "gb_as_gib", anchor="### Myth 12 —", note="16.06 GB = 14.96 GiB")
A = "**Fact:** 16.06 GB = 14.96 GiB."
claim(f, "16.06 GB", "weights", "GB", W(L8, "bf16"), H, anchor=A)
claim(f, "14.96 GiB", "weights", "GiB", W(L8, "bf16"), H, anchor=A)
claim(f, "7 %", "percentage", "%", 100 * (GIB / 1e9 - 1), H, anchor=A, note="GiB over GB")
A = "> \"With ZeRO-3 on 8 GPUs each card still holds"
claim(f, "128.5 GB", "training", "GB", zero(N[L8], 8, 3), X, "per_gpu", anchor=A, note="total; 16.06 GB per GPU")
claim(f, "16.06 GB per GPU", "training", "GB", zero(N[L8], 8, 3), H, anchor=A)
claim(f, "280 GB", "weights", "GB", W(L70, "bf16"), X, "wrong_dtype", anchor="| \"Llama-3-70B needs 280 GB in bf16\" |", note="fp32 size; 141.1 GB")
claim(f, "2 GiB", "kv_cache_total", "GiB", KV(L27, 4096), H, anchor="| \"a 4096-token Llama-2-7B context")
claim(f, "3.35 GB/s", "bandwidth", "GB/s", H100_BW, X, "wrong_unit", anchor="| \"the H100 does 3.35 GB/s\" |", note="3.35 TB/s")
claim(f, "6.4 GB", "weights", "GB", W(M7, "int4"), X, "wrong_kind", anchor="| \"Mixtral-8x7B in int4 is 6.4 GB\" |", note="active int4; stored 23.4 GB")
claim(f, "15.2 GB", "weights", "GB", W("qwen2.5-7b", "fp8"), X, "wrong_dtype", anchor="| \"Qwen2.5-7B in fp8 is 15.2 GB\" |", note="bf16 size; fp8 7.6 GB")
claim(f, "7.2 × 10²³ FLOP", "flops", "FLOP", 6 * N[L8] * 15e12, H, anchor="| \"Llama-3-8B on 15T tokens")
claim(f, "6 GiB", "kv_cache_total", "GiB", KV("phi3-mini", 4096), X, "off_2x", anchor="| \"Phi-3-mini at 4K needs 6 GiB of cache\" |", note="1.5 GiB")
claim(f, "406 GB per GPU", "weights", "GB", W("llama3.1-405b", "fp8") / 8, X, "per_gpu", anchor="| \"Llama-3.1-405B in fp8 needs 406 GB", note="whole model; 50.7 GB per GPU")
claim(f, "13 GB", "weights", "GB", W("llama2-13b", "bf16"), X, "wrong_dtype", anchor="| \"Llama-2-13B in bf16 is 13 GB\" |", note="int8 size; bf16 26.0 GB")
claim(f, "300 MiB", "kv_cache_per_token", "MiB", KVT("gpt2-xl"), X, "off_2x", anchor="| \"GPT-2 XL keeps 300 MiB", note="300 KiB")
claim(f, "8 GFLOP", "flops", "GFLOP", 2 * N[L8], X, "off_2x", anchor="| \"Llama-3-8B costs 8 GFLOP", note="N; 2N 16.1 GFLOP")
claim(f, "6.9 GB", "weights", "GB", W("falcon-7b", "bf16"), X, "wrong_dtype", anchor="| \"Falcon-7B in bf16 is 6.9 GB\" |", note="int8 size; bf16 13.8 GB")
A = "**Tomás (Lisbon):**"
claim(f, "9.2 GB", "weights", "GB", W("gemma2-9b", "bf16"), X, "wrong_dtype", anchor=A, note="int8 size; bf16 18.5 GB")
claim(f, "2.6 GiB", "kv_cache_total", "GiB", KV("gemma2-9b", 8192), H, anchor=A, note="window ignored, as the letter says")
A = "> Half right. bf16 is 18.5 GB"
claim(f, "18.5 GB", "weights", "GB", W("gemma2-9b", "bf16"), H, anchor=A)
claim(f, "9.24 GB", "weights", "GB", W("gemma2-9b", "int8"), H, anchor=A)
claim(f, "2.6 GiB", "kv_cache_total", "GiB", KV("gemma2-9b", 8192), H, anchor=A)
claim(f, "49 GiB", "kv_cache_total", "GiB", KV("qwen2.5-7b", 131072), X, "off_2x", anchor="**Priya (Pune):**", note="28 query heads; 7 GiB")
A = "> You counted the 28 query heads."
claim(f, "56 KiB per token", "kv_cache_per_token", "KiB", KVT("qwen2.5-7b"), H, anchor=A)
claim(f, "7 GiB", "kv_cache_total", "GiB", KV("qwen2.5-7b", 131072), H, anchor=A)
claim(f, "15.2 GB", "weights", "GB", W("qwen2.5-7b", "bf16"), H, anchor="> next to the 15.2 GB of bf16 weights.")
A = "**Ken (Osaka):**"
claim(f, "43 GB", "quantized_file", "GB", GG(L70, "Q4_K_M"), H, rel=0.02, anchor=A)
claim(f, "18.5 tok/s", "throughput", "tok/s", M2U_BW / GG(L70, "Q4_K_M"), H, bound="upper", anchor=A)
claim(f, "18.5", "throughput", "tok/s", M2U_BW / GG(L70, "Q4_K_M"), H, anchor="> Both numbers check out; 14.9 of 18.5 is typical.")
claim(f, "512 KiB per token", "kv_cache_per_token", "KiB", KVT("falcon-7b"), X, "off_2x", anchor="**Marta (Kraków):**", note="MQA; 8 KiB")
claim(f, "1 GiB", "kv_cache_total", "GiB", KV("falcon-7b", 2048), X, "off_2x", anchor="1 GiB.\"", note="16 MiB")
A = "> Falcon-7B uses multi-query attention"
claim(f, "8 KiB per token", "kv_cache_per_token", "KiB", KVT("falcon-7b"), H, anchor=A)
claim(f, "16 MiB", "kv_cache_total", "MiB", KV("falcon-7b", 2048), H, anchor=A)
claim(f, "63 tok/s", "throughput", "tok/s", B4090 / W(L8, "bf16"), H, anchor="**Anonymous:** \"Last issue you said 63 tok/s")
A = "> Not wrong: 63 tok/s was bf16."
claim(f, "63 tok/s", "throughput", "tok/s", B4090 / W(L8, "bf16"), H, anchor=A)
claim(f, "8.53 GB", "quantized_file", "GB", GG(L8, "Q8_0"), H, rel=0.02, anchor=A)
claim(f, "118 tok/s", "throughput", "tok/s", B4090 / GG(L8, "Q8_0"), H, anchor=A)
non(f, "issue: 14", "issue number")
non(f, "published: 2027-06-02", "date")
non(f, "subscribers: 18400", "subscriber count")
non(f, "reading_time_min: 12", "reading time")
non(f, "  rtx4090: {memory: \"24 GB\"", "hardware spec")
non(f, "  m2_ultra: {memory: \"192 GB\"", "hardware spec")
non(f, "  h100_sxm: {memory: \"80 GB\"", "hardware spec")
non(f, "  phi-3-mini: {hidden: 3072", "config inputs")
non(f, "  gemma-2-9b: {hidden: 3584", "config inputs")
non(f, "  mistral-7b-v0.1: {sliding_window: 4096}", "config input")
non(f, "# Sizing Sense #14 — Twelve myths", "issue number")
non(f, "Training budgets: 6ND, ZeRO stages and why 16 bytes per parameter", "date, count, format constant")
non(f, "[^1]: Circulation 18,400 as of 2027-06-01", "circulation, date, open rate")
non(f, "> $\\text{KV per token} = 2 \\cdot L", "LaTeX formula with free variables")

# ---- en_05: a GPU capacity-request queue export (tickets as filed, capacity-bot comments, platform review) ----
f = "en_05"
Q32, L3, YI, G27 = "qwen2.5-32b", "llama3.2-3b", "yi-1.5-34b", "gemma2-27b"
SCALE.update({"jobs": 1})
L4_BW, T4060_BW = 300e9, 288e9
OSSW = N["gpt-oss-20b"] * MX4
OSSR = ACTIVE_OSS20 * MX4
CYI = 6 * N[YI] * 5e9
TYI = CYI / (8 * 0.4 * 989e12) / 3600
DSV_LEFT = 640 * GIB - W(N["deepseek-v3"], "fp8")
G27_LEFT = 48 * GIB - W(G27, "int8")
claim(f, "32.8 GB", "weights", "GB", W(Q32, "bf16"), X, "wrong_dtype", anchor="- Weights: 32.8 GB in bf16.", note="fp8 size; bf16 65.5 GB")
A = "- KV cache: 1.25 MiB per token, so 16 users × 16K"
claim(f, "1.25 MiB per token", "kv_cache_per_token", "MiB", KVT(Q32), X, "off_2x", anchor=A, note="40 query heads; 256 KiB")
claim(f, "320 GiB", "kv_cache_total", "GiB", KV(Q32, 16384, 16), X, "off_2x", anchor=A, note="64 GiB")
A = "> \"Qwen2.5-32B bf16: weights 65.5 GiB"
claim(f, "65.5 GiB", "weights", "GiB", W(Q32, "bf16"), X, "gb_as_gib", anchor=A, note="65.5 GB = 61.0 GiB", **Q)
claim(f, "64 GiB", "kv_cache_total", "GiB", KV(Q32, 16384, 16), H, anchor=A, **Q)
A = "- Weights are 65.5 GB in bf16 (61.0 GiB)"
claim(f, "65.5 GB", "weights", "GB", W(Q32, "bf16"), H, anchor=A)
claim(f, "61.0 GiB", "weights", "GiB", W(Q32, "bf16"), H, anchor=A)
claim(f, "32.8 GB", "weights", "GB", W(Q32, "fp8"), H, anchor=A, note="re-attributed to fp8")
A = "- 8 KV heads, not 40: 256 KiB per token"
claim(f, "256 KiB per token", "kv_cache_per_token", "KiB", KVT(Q32), H, anchor=A)
claim(f, "64 GiB", "kv_cache_total", "GiB", KV(Q32, 16384, 16), H, anchor=A)
claim(f, "≈ 125 GiB", "arithmetic", "GiB", W(Q32, "bf16") + KV(Q32, 16384, 16), H, hedged=True, anchor="- Total ≈ 125 GiB, so 2 × H100")
claim(f, "65.5", "weights", "GB", W(Q32, "bf16"), H, anchor="- The bot's 65.5 is GB, not GiB.", note="re-attributed to GB")
A = "- 3.21B parameters, 6.43 GB in bf16."
claim(f, "3.21B parameters", "params", "B", N[L3], H, anchor=A)
claim(f, "6.43 GB", "weights", "GB", W(L3, "bf16"), H, anchor=A)
A = "- KV 112 KiB per token; 32 users × 4K = 14 GiB."
claim(f, "112 KiB per token", "kv_cache_per_token", "KiB", KVT(L3), H, anchor=A)
claim(f, "14 GiB", "kv_cache_total", "GiB", KV(L3, 4096, 32), H, anchor=A)
A = "- Ceiling on the L4: 300 GB/s ÷ 6.43 GB"
claim(f, "6.43 GB", "weights", "GB", W(L3, "bf16"), H, anchor=A)
claim(f, "46.7 tok/s", "throughput", "tok/s", L4_BW / W(L3, "bf16"), H, anchor=A)
A = "**Review** — approved as filed: 6.0 GiB + 14 GiB"
claim(f, "6.0 GiB", "weights", "GiB", W(L3, "bf16"), H, anchor=A)
claim(f, "14 GiB", "kv_cache_total", "GiB", KV(L3, 4096, 32), H, anchor=A)
claim(f, "20.0 GiB", "arithmetic", "GiB", W(L3, "bf16") + KV(L3, 4096, 32), H, anchor=A)
claim(f, "550 GB", "training", "GB", 16 * N[YI], H, anchor="- 34.4B parameters × 16 bytes = 550 GB")
claim(f, "68.8 GB per GPU", "training", "GB", zero(N[YI], 8, 1), X, "off_2x", anchor="- ZeRO-1 over 8 H100: 68.8 GB per GPU", note="ZeRO-3 figure; ZeRO-1 189 GB")
A = "- Activations at s = 4096, b = 1: 5.70 GB per layer"
claim(f, "5.70 GB per layer", "activations", "GB", act(YI, 4096, 1, "none", layers=1), H, anchor=A)
claim(f, "342 GB", "activations", "GB", act(YI, 4096, 1, "none"), H, anchor=A)
claim(f, "3.5 GB", "activations", "GB", act(YI, 4096, 1, "full"), H, anchor=A)
claim(f, "1.03 \\times 10^{21}", "flops", "FLOP", CYI, H, anchor="- Compute: $6 \\times 34.4")
A = "- At 40 % of 989 TFLOP/s on 8 GPUs: 90 hours"
claim(f, "90 hours", "time", "hours", TYI * 3600, H, anchor=A)
claim(f, "90 GPU-hours", "time", "GPU-hours", 8 * TYI, X, "off_2x", anchor=A, note="hours, not GPU-hours; 724")
A = "- ZeRO-1 keeps the 4N of weights and gradients"
claim(f, "189 GB per GPU", "training", "GB", zero(N[YI], 8, 1), H, anchor=A)
claim(f, "68.8 GB", "training", "GB", zero(N[YI], 8, 3), H, anchor=A, note="re-attributed to ZeRO-3")
A = "- 724 GPU-hours, not 90"
claim(f, "724 GPU-hours", "time", "GPU-hours", 8 * TYI, H, anchor=A)
claim(f, "90.6 hours", "time", "hours", TYI * 3600, H, anchor=A)
claim(f, "1.03e21", "flops", "FLOP", CYI, H)
claim(f, "90.6", "time", "hours", TYI * 3600, H, anchor="/ 3600   # 90.6")
claim(f, "724", "time", "GPU-hours", 8 * TYI, H, anchor="gpu_hours = 8 * hours")
A = "- 671B parameters in fp8: 671 GB = 625 GiB."
claim(f, "671B parameters", "params", "B", N["deepseek-v3"], H, anchor=A)
claim(f, "671 GB", "weights", "GB", W(N["deepseek-v3"], "fp8"), H, anchor=A)
claim(f, "625 GiB", "weights", "GiB", W(N["deepseek-v3"], "fp8"), H, anchor=A)
claim(f, "640 GiB", "arithmetic", "GiB", 640 * GIB, H, anchor=A)
claim(f, "15 GiB", "arithmetic", "GiB", DSV_LEFT, H, anchor=A)
A = "- MLA cache: 61 × (512 + 64) × 2 = 70,272 bytes"
claim(f, "70,272 bytes", "kv_cache_per_token", "bytes", MLA_DSV3 * 2, H, anchor=A)
claim(f, "68.6 KiB per token", "kv_cache_per_token", "KiB", MLA_DSV3 * 2, H, anchor=A)
claim(f, "15 GiB", "arithmetic", "GiB", DSV_LEFT, H, anchor=A)
claim(f, "≈ 230K tokens", "tokens", "K tokens", DSV_LEFT / (MLA_DSV3 * 2), H, hedged=True, anchor=A)
A = "- Each token reads the whole 671 GB"
claim(f, "671 GB", "weights", "GB", W(ACTIVE_DSV3, "fp8"), X, "wrong_kind", anchor=A, note="stored size as the read per token; 37 GB")
claim(f, "5.0 tok/s", "throughput", "tok/s", H100_BW / (W(ACTIVE_DSV3, "fp8") / 8), X, "wrong_kind", anchor=A, note="whole file on one card; ≈ 724 tok/s")
claim(f, "15 GiB", "arithmetic", "GiB", DSV_LEFT, H, anchor="**Review** — approved for the benchmark only")
A = "- Only the 37B active parameters are read: 37 GB"
claim(f, "37B", "params", "B", ACTIVE_DSV3, H, anchor=A)
claim(f, "37 GB per token", "weights", "GB", W(ACTIVE_DSV3, "fp8"), H, anchor=A)
claim(f, "4.6 GB per card", "weights", "GB", W(ACTIVE_DSV3, "fp8") / 8, H, anchor=A)
claim(f, "≈ 724 tok/s", "throughput", "tok/s", H100_BW / (W(ACTIVE_DSV3, "fp8") / 8), H, hedged=True, anchor=A)
claim(f, "11.1 GB", "quantized_file", "GB", OSSW, H, anchor="- 20.91B × 4.25 bits ÷ 8 = 11.1 GB in MXFP4.")
A = "- Decode reads all of it per token"
claim(f, "11.1 GB", "weights", "GB", OSSR, X, "wrong_kind", anchor=A, note="whole file as the read; 1.92 GB")
claim(f, "26 tok/s", "throughput", "tok/s", T4060_BW / OSSR, X, "wrong_kind", anchor=A, note="whole file; ≈ 150 tok/s")
A = "- KV 48 KiB per token, 6 GiB at 128K."
claim(f, "48 KiB per token", "kv_cache_per_token", "KiB", KVT("gpt-oss-20b"), H, anchor=A)
claim(f, "6 GiB", "kv_cache_total", "GiB", KV("gpt-oss-20b", 131072), H, anchor=A)
claim(f, "≈ 17.5 GB", "arithmetic", "GB", OSSW + KV("gpt-oss-20b", 131072), H, hedged=True, anchor=A)
claim(f, "16.3 GiB", "arithmetic", "GiB", OSSW + KV("gpt-oss-20b", 131072), H, anchor=A)
A = "> \"gpt-oss-20b: 20.9B parameters, 41.8 GB in bf16"
claim(f, "20.9B parameters", "params", "B", N["gpt-oss-20b"], H, anchor=A, **Q)
claim(f, "41.8 GB", "weights", "GB", W(N["gpt-oss-20b"], "bf16"), H, anchor=A, **Q)
claim(f, "5.6 GB", "quantized_file", "GB", OSSW, X, "off_2x", anchor=A, note="halved; 11.1 GB", **Q)
claim(f, "≈ 124K tokens", "tokens", "K tokens", (16 * GIB - OSSW) / KVT("gpt-oss-20b"), H, hedged=True, anchor=A, **Q)
A = "- Only the 3.61B active parameters are read"
claim(f, "3.61B", "params", "B", ACTIVE_OSS20, H, anchor=A)
claim(f, "1.92 GB per token", "weights", "GB", OSSR, H, anchor=A)
claim(f, "≈ 150 tok/s", "throughput", "tok/s", T4060_BW / OSSR, H, hedged=True, anchor=A)
A = "- The bot's 5.6 GB is half the file"
claim(f, "5.6 GB", "arithmetic", "GB", OSSW / 2, H, anchor=A, note="labelled as half the file")
claim(f, "11.1 GB", "quantized_file", "GB", OSSW, H, anchor=A)
claim(f, "124K", "tokens", "K tokens", (16 * GIB - OSSW) / KVT("gpt-oss-20b"), H, anchor=A)
A = "- At 64K the cache is 3 GiB and the total"
claim(f, "3 GiB", "kv_cache_total", "GiB", KV("gpt-oss-20b", 65536), H, anchor=A)
claim(f, "14.3 GB", "arithmetic", "GB", OSSW + KV("gpt-oss-20b", 65536), H, anchor=A)
claim(f, "13.3 GiB", "arithmetic", "GiB", OSSW + KV("gpt-oss-20b", 65536), H, anchor=A)
A = "- 27.23B parameters; int8 = 54.5 GB"
claim(f, "27.23B parameters", "params", "B", N[G27], H, anchor=A)
claim(f, "54.5 GB", "weights", "GB", W(G27, "int8"), X, "wrong_dtype", anchor=A, note="bf16 size; int8 27.2 GB")
A = "- KV 368 KiB per token; 8 jobs × 8K = 23 GiB."
claim(f, "368 KiB per token", "kv_cache_per_token", "KiB", KVT(G27), H, anchor=A)
claim(f, "23 GiB", "kv_cache_total", "GiB", KV(G27, 8192, 8), H, anchor=A)
A = "- Ceiling in int8: 864 GB/s ÷ 27.2 GB"
claim(f, "27.2 GB", "weights", "GB", W(G27, "int8"), H, anchor=A)
claim(f, "≈ 15.9 tok/s", "throughput", "tok/s", L40S_BW / W(G27, "int8"), X, "wrong_dtype", hedged=True, anchor=A, note="bf16 ceiling; int8 31.7")
A = "- 54.5 GB is bf16. int8 is 27.2 GB (25.4 GiB)"
claim(f, "54.5 GB", "weights", "GB", W(G27, "bf16"), H, anchor=A, note="re-attributed to bf16")
claim(f, "27.2 GB", "weights", "GB", W(G27, "int8"), H, anchor=A)
claim(f, "25.4 GiB", "weights", "GiB", W(G27, "int8"), H, anchor=A)
claim(f, "22.6 GiB", "arithmetic", "GiB", G27_LEFT, H, anchor=A)
A = "- The cache holds; 23 GiB does not fit"
claim(f, "23 GiB", "kv_cache_total", "GiB", KV(G27, 8192, 8), H, anchor=A)
claim(f, "7 jobs", "arithmetic", "jobs", G27_LEFT // KV(G27, 8192), H, anchor=A)
A = "- The 15.9 tok/s is the bf16 ceiling"
claim(f, "15.9 tok/s", "throughput", "tok/s", L40S_BW / W(G27, "bf16"), H, anchor=A, note="re-attributed to bf16")
claim(f, "31.7 tok/s", "throughput", "tok/s", L40S_BW / W(G27, "int8"), H, anchor=A)
claim(f, "70.6 GB", "weights", "GB", W("llama3-70b", "fp16"), X, "wrong_dtype", anchor="- Llama-3-70B fp16 = 70.6 GB, one H100.", note="fp8 size; fp16 141.1 GB")
A = "**Review** — 141.1 GB in fp16"
claim(f, "141.1 GB", "weights", "GB", W("llama3-70b", "fp16"), H, anchor=A)
claim(f, "70.6 GB", "weights", "GB", W("llama3-70b", "fp8"), H, anchor=A)
claim(f, "8 GB", "weights", "GB", W("llama3-8b", "bf16"), X, "wrong_dtype", anchor="- Llama-3-8B in bf16 = 8 GB.", note="int8 size; bf16 16.06 GB")
A = "- KV 32 KiB per token (GQA), so 500 users"
claim(f, "32 KiB per token", "kv_cache_per_token", "KiB", KVT("llama3-8b"), X, "off_2x", anchor=A, note="128 KiB")
claim(f, "125 GiB", "kv_cache_total", "GiB", KV("llama3-8b", 8192, 500), X, "off_2x", anchor=A, note="500 GiB")
A = "- Ceiling on an L4: 300 GB/s ÷ 8 GB = 37.5 tok/s."
claim(f, "8 GB", "weights", "GB", W("llama3-8b", "bf16"), X, "wrong_dtype", anchor=A, note="int8 size; bf16 16.06 GB")
claim(f, "37.5 tok/s", "throughput", "tok/s", L4_BW / W("llama3-8b", "bf16"), X, "wrong_dtype", anchor=A, note="int8 ceiling; bf16 18.7")
claim(f, "2–4 GiB", "kv_cache_total", "GiB", [KV("llama3-8b", 4096), KV("llama3-8b", 8192)], X, "off_2x", rng=True, anchor="- Cache per user at 4K–8K context", note="0.5–1 GiB")
claim(f, "300 Gbit/s", "bandwidth", "Gbit/s", L4_BW, X, "wrong_unit", anchor="- The L4's 300 Gbit/s", note="300 GB/s")
MS = "mistral-small-24b"
A = "- 23.6B parameters, 23.6 GB in bf16."
claim(f, "23.6B parameters", "params", "B", N[MS], H, anchor=A)
claim(f, "23.6 GB", "weights", "GB", W(MS, "bf16"), X, "wrong_dtype", anchor=A, note="int8 size; bf16 47.1 GB")
A = "- KV 640 KiB per token, 20 GiB at 32K."
claim(f, "640 KiB per token", "kv_cache_per_token", "KiB", KVT(MS), X, "off_2x", anchor=A, note="32 query heads; 160 KiB")
claim(f, "20 GiB", "kv_cache_total", "GiB", KV(MS, 32768), X, "off_2x", anchor=A, note="5 GiB")
A = "- Q4_K_M file 7.2 GB; ceiling 864 ÷ 7.2"
claim(f, "7.2 GB", "quantized_file", "GB", GG(MS, "Q4_K_M"), X, "off_2x", anchor=A, note="14.4 GB")
claim(f, "120 tok/s", "throughput", "tok/s", L40S_BW / GG(MS, "Q4_K_M"), X, "off_2x", anchor=A, note="from the halved file; 59.9")
for tk, cells in (("| CAP-201 |", [("65.5", "weights", "GB", W(Q32, "bf16")), ("64", "kv_cache_total", "GiB", KV(Q32, 16384, 16))]),
                  ("| CAP-202 |", [("6.43", "weights", "GB", W(L3, "bf16")), ("14", "kv_cache_total", "GiB", KV(L3, 4096, 32))]),
                  ("| CAP-204 |", [("671", "weights", "GB", W(N["deepseek-v3"], "fp8")), ("15", "arithmetic", "GiB", DSV_LEFT)]),
                  ("| CAP-205 |", [("11.1", "quantized_file", "GB", OSSW), ("3", "kv_cache_total", "GiB", KV("gpt-oss-20b", 65536))]),
                  ("| CAP-206 |", [("27.2", "weights", "GB", W(G27, "int8")), ("20", "kv_cache_total", "GiB", 7 * KV(G27, 8192))])):
    for fig, kind, unit, val in cells:
        claim(f, fig, kind, unit, val, H, anchor=tk)
non(f, "export_date: 2027-04-30", "date")
non(f, "filter: \"project = CAP AND created >= 2027-04-01", "date in a query")
non(f, "sla_days: 3", "SLA")
non(f, "  h100: {count: 64", "hardware spec")
non(f, "  l40s: {count: 24", "hardware spec")
non(f, "  l4: {count: 40", "hardware spec")
non(f, "  rtx4060ti: {count: 6", "hardware spec")
non(f, "  qwen2.5-32b: {hidden: 5120", "config inputs")
non(f, "  llama-3.2-3b: {hidden: 3072", "config inputs")
non(f, "  yi-1.5-34b: {hidden: 7168", "config inputs")
non(f, "  gemma-2-27b: {hidden: 4608", "config inputs")
non(f, "  deepseek-v3: {params_total: 671B", "model-card inputs")
non(f, "  gpt-oss-20b: {params_total: 20.91B", "model-card inputs")
non(f, "  mistral-small-24b: {hidden: 5120", "config inputs")
non(f, "- Request: 8 × H100.", "GPU count requested")
non(f, "n, tokens = 34.39e9, 5e9", "config inputs")
non(f, "Requested 21 GPUs in total, approved 14", "GPU counts, review time, SLA")
non(f, "[^1]: CAP-203 runs on the shared training pool", "ticket numbers, date")
non(f, "# CAP queue export — April 2027", "date")
non(f, "## CAP-201 — Search: Qwen2.5-32B chat, 16 users × 16K", "requirement inputs")
non(f, "**Review** — rejected as filed, approved at 2 cards.", "card count")
non(f, "## CAP-203 — Research: Yi-1.5-34B full fine-tune on 5B tokens", "token count input")
non(f, "## CAP-204 — Platform: DeepSeek-V3 in fp8 on one 8 × H100 node", "card count")
non(f, "## CAP-205 — Mobile: gpt-oss-20b on an RTX 4060 Ti 16 GB", "hardware spec")
non(f, "**Review** — approved for 64K context only.", "context input")
non(f, "## CAP-208 — Growth: Llama-3-8B for 500 users on L4s", "user count")

# ---- ru_01: стенограмма защиты курсового проекта (слайды студента, вопросы комиссии, отзыв, заключение) ------------
f = "ru_01"
QW, L8, Q14 = "qwen2.5-7b", "llama3-8b", "qwen2.5-14b"
B3090 = RTX3090_BW
SCALE.update({"пользователей": 1, "раз": 1, "ГФЛОП": 1e9})
FREEQ = 48 * GIB - W(QW, "bf16")
LOQ = lora(28, 16, [(3584, 3584), (3584, 512), (3584, 512), (3584, 3584)])
claim(f, "7¦615¦616¦512", "params", "params", N[QW], H, anchor="**Петров (слайд 2):**")
A = "параметров, в bf16 это 15,2 ГБ, или 14,2 ГиБ."
claim(f, "15,2 ГБ", "weights", "ГБ", W(QW, "bf16"), H, anchor=A)
claim(f, "14,2 ГиБ", "weights", "ГиБ", W(QW, "bf16"), H, anchor=A)
claim(f, "392 КиБ", "kv_cache_per_token", "КиБ", KVT(QW), X, "off_2x", anchor="**Петров (слайд 3):**", note="головы запросов; 56 КиБ")
claim(f, "12,25 ГиБ", "kv_cache_total", "ГиБ", KV(QW, 32768), X, "off_2x", note="1,75 ГиБ")
A = "**Петров (слайд 4):**"
claim(f, "15,2 ГБ", "weights", "ГБ", W(QW, "bf16"), H, anchor=A)
claim(f, "61,5 ток/с", "throughput", "ток/с", B3090 / W(QW, "bf16"), H, anchor=A)
claim(f, "61,5 ток/с", "throughput", "ток/с", B3090 / (W(QW, "bf16") / 2), X, "per_gpu", anchor="TP = 2 — те же 61,5 ток/с", note="вся модель при TP = 2; ≈ 123 ток/с")
A = "**Петров (слайд 5):**"
claim(f, "4,66 ГБ", "quantized_file", "ГБ", GG(QW, "Q4_K_M"), H, rel=0.02, anchor=A)
claim(f, "201 ток/с", "throughput", "ток/с", B3090 / GG(QW, "Q4_K_M"), H, anchor=A)
claim(f, "10,1 млн", "params", "млн", LOQ, H, anchor="**Петров (слайд 6):**")
claim(f, "40,4 МБ", "weights", "МБ", LOQ * 2, X, "wrong_dtype", anchor="40,4 МБ.", note="fp32; bf16 20,2 МБ")
claim(f, "122 ГБ", "training", "ГБ", 16 * N[QW], H, anchor="**Петров (слайд 7):**")
A = "ZeRO-3 по 61 ГБ на карту"
claim(f, "61 ГБ на карту", "training", "ГБ", zero(N[QW], 2, 3), H, anchor=A)
claim(f, "2,85 ГБ на слой", "activations", "ГБ", act(QW, 4096, 4, "none", layers=1), X, "off_2x", anchor=A, note="батч забыт; 11,4 ГБ")
claim(f, "1,5 × 10²² FLOP", "flops", "FLOP", 6 * N[QW] * 1e12, X, "off_2x", anchor="**Петров (слайд 8):**", note="2ND; 6ND 4,6 × 10²²")
claim(f, "около 30 ГБ", "weights", "ГБ", W(QW, "fp16"), X, "wrong_dtype", hedged=True, anchor="> «Qwen2.5-7B в fp16 занимает около 30 ГБ", note="fp32; fp16 15,2 ГБ", **Q)
for row, cells in (("| Qwen2.5-7B | 15,2 |", [("15,2", "weights", "ГиБ", W(QW, "bf16"), "gb_as_gib"), ("392", "kv_cache_per_token", "КиБ", KVT(QW), "off_2x"),
                                              ("61,5", "throughput", "ток/с", B3090 / W(QW, "bf16"), None)]),
                   ("| Llama-3-8B | 16,1 |", [("16,1", "weights", "ГиБ", W(L8, "bf16"), "gb_as_gib"), ("512", "kv_cache_per_token", "КиБ", KVT(L8), "off_2x"),
                                              ("58,3", "throughput", "ток/с", B3090 / W(L8, "bf16"), None)]),
                   ("| Qwen2.5-14B | 29,5 |", [("29,5", "weights", "ГиБ", W(Q14, "bf16"), "gb_as_gib"), ("960", "kv_cache_per_token", "КиБ", KVT(Q14), "off_2x"),
                                               ("31,7", "throughput", "ток/с", B3090 / W(Q14, "bf16"), None)])):
    for fig, kind, unit, val, err in cells:
        claim(f, fig, kind, unit, val, X if err else H, err, anchor=row, note="итоговая таблица студента" + ("; ГБ в столбце ГиБ" if err == "gib_as_gb" or err == "gb_as_gib" else "; головы запросов" if err else ""))
A = "**Петров:** Да, я подставил головы запросов."
claim(f, "56 КиБ", "kv_cache_per_token", "КиБ", KVT(QW), H, anchor=A)
claim(f, "1,75 ГиБ", "kv_cache_total", "ГиБ", KV(QW, 32768), H, anchor=A)
A = "**Петров:** 48 ГиБ минус 14,2 ГиБ весов"
claim(f, "14,2 ГиБ", "weights", "ГиБ", W(QW, "bf16"), H, anchor=A)
claim(f, "33,8 ГиБ", "arithmetic", "ГиБ", FREEQ, H, anchor=A)
claim(f, "0,44 ГиБ", "kv_cache_total", "ГиБ", KV(QW, 8192), H, anchor=A)
claim(f, "77 пользователей", "arithmetic", "пользователей", FREEQ // KV(QW, 8192), H, anchor=A)
claim(f, "936 Гбит/с", "bandwidth", "Гбит/с", B3090, X, "wrong_unit", anchor="**Петров:** 936 Гбит/с.", note="936 ГБ/с = 7,5 Тбит/с")
claim(f, "около 7,5 Тбит/с", "bandwidth", "Тбит/с", B3090, H, hedged=True, anchor="**Орлов:** Нет: 936 ГБ/с")
A = "**Петров:** У Llama-3-8B 8 KV-голов и 32 слоя"
claim(f, "128 КиБ", "kv_cache_per_token", "КиБ", KVT(L8), H, anchor=A)
claim(f, "в 2,3 раза", "ratio", "раз", KVT(L8) / KVT(QW), H, anchor=A)
claim(f, "16,06 ГБ", "weights", "ГБ", W(L8, "bf16"), H, anchor=A)
claim(f, "8,03 ГБ", "weights", "ГБ", W(L8, "int4"), X, "wrong_dtype", anchor="bf16, а в int4 — 8,03 ГБ.", note="int8; int4 4,0 ГБ")
claim(f, "15,2 ГБ", "weights", "ГБ", W(QW, "fp32"), X, "wrong_dtype", anchor="**Петров:** 15,2 ГБ, как и в bf16.", note="bf16; fp32 30,5 ГБ")
A = "**Петров:** Там multi-query, одна KV-голова"
claim(f, "8 КиБ", "kv_cache_per_token", "КиБ", KVT("falcon-7b"), H, anchor=A)
claim(f, "16 МиБ", "kv_cache_total", "МиБ", KV("falcon-7b", 2048), H, anchor=A)
claim(f, "45,7 ГФЛОП", "flops", "ГФЛОП", 2 * N[QW], X, "off_2x", anchor="**Петров:** 6N, то есть 45,7 ГФЛОП.", note="6N; 2N 15,2 ГФЛОП")
claim(f, "15,2 ГФЛОП", "flops", "ГФЛОП", 2 * N[QW], H, anchor="**Кузнецов:** 6N — это обучение.")
claim(f, "в 7 раз", "ratio", "раз", 2 * 28 * 28 * 128 * 2 / KVT(QW), H, anchor="1. Слайд 3: головы запросов вместо KV-голов")
claim(f, "около 123 ток/с", "throughput", "ток/с", B3090 / (W(QW, "bf16") / 2), H, hedged=True, anchor="2. Слайд 4: при TP = 2")
claim(f, "4,6 × 10²² FLOP", "flops", "FLOP", 6 * N[QW] * 1e12, H, anchor="5. Слайд 8: для обучения нужно 6ND")
non(f, "gruppa: ИВТ-31", "group number")
non(f, "protokol: 17", "protocol number")
non(f, "data: 2027-06-18", "date")
non(f, "nachalo: \"10:40\"", "time")
non(f, "  gpu: {model: \"2 × RTX 3090\"", "hardware spec")
non(f, "  disk: {nvme: \"3,5 ГБ/с\"}", "hardware spec")
non(f, "  qwen2.5-7b: {hidden: 3584", "config inputs")
non(f, "  qwen2.5-14b: {hidden: 5120", "config inputs")
non(f, "ocenka: 4", "grade")
non(f, "# Стенограмма защиты курсового проекта, протокол № 17", "protocol number")
non(f, "Начало в 10:40, доклад 10 минут, вопросы 15 минут.", "time, durations")
non(f, "**Смирнова:** У модели 4 KV-головы, а у вас в формуле 28.", "config values")
non(f, "**Орлов:** Сколько пользователей с контекстом 8К", "context input")
non(f, "**Орлов:** А пропускная способность памяти 3090", "card model number")
non(f, "> Студент самостоятельно поднял сервис и измерил 48 ток/с", "measured speed, request count")
non(f, "> (p95 — 310 мс на токен)", "measured latency, page count")
non(f, "3. Слайд 6: размер адаптера посчитан в fp32 (4 байта)", "slide number, dtype constant")
non(f, "4. Слайд 7: забыт размер батча", "slide number")
non(f, "6. Слайд 9: ChatGPT привёл размер", "slide number")
non(f, "7. Слайд 10: в столбце «ГиБ» стоят гигабайты", "slide numbers")
non(f, "Оценка: «хорошо» (4). Голосование комиссии 3 : 0.", "grade, vote, time")
non(f, "[^1]: Протокол подписан 2027-06-18", "date")

# ---- ru_02: сравнительный обзор в журнале (что помещается, потолки, замеры) с письмами читателей и исправлением ------
f = "ru_02"
L70, Q32, M7, B405 = "llama3-70b", "qwen2.5-32b", "mixtral-8x7b", "llama3.1-405b"
BM3U, BSX = 819e9, STRIX_BW
O120 = N["gpt-oss-120b"] * MX4
O120A = ACTIVE_OSS120 * MX4
LEFT5090 = 32 * GIB - GG(Q32, "Q4_K_M")
A = "Llama-3-70B в Q4_K_M — это 43,2 ГБ, или 40,2 ГиБ"
claim(f, "43,2 ГБ", "quantized_file", "ГБ", GG(L70, "Q4_K_M"), H, rel=0.02, anchor=A)
claim(f, "40,2 ГиБ", "quantized_file", "ГиБ", GG(L70, "Q4_K_M"), H, rel=0.02, anchor=A)
claim(f, "34,4 ГБ", "arithmetic", "ГБ", 32 * GIB, H, anchor=A, note="32 ГиБ карты в ГБ")
A = "влезает. Qwen2.5-32B в Q4_K_M — 20,0 ГБ"
claim(f, "20,0 ГБ", "quantized_file", "ГБ", GG(Q32, "Q4_K_M"), H, rel=0.02, anchor=A)
claim(f, "13,3 ГиБ", "arithmetic", "ГиБ", LEFT5090, H, anchor=A)
A = "- На 13,3 ГиБ помещается ровно один диалог на 32К"
claim(f, "13,3 ГиБ", "arithmetic", "ГиБ", LEFT5090, H, anchor=A)
claim(f, "8 ГиБ", "kv_cache_total", "ГиБ", KV(Q32, 32768), H, anchor=A)
claim(f, "124 ГБ", "quantized_file", "ГБ", GG(B405, "Q4_K_M"), X, "off_2x", anchor="Llama-3.1-405B: в Q4_K_M это 124 ГБ", note="248 ГБ")
claim(f, "256 Гбит/с", "bandwidth", "Гбит/с", BSX, X, "wrong_unit", anchor="- **Мини-ПК (Strix Halo).**", note="256 ГБ/с")
A = "- Mixtral-8x7B в Q4_K_M на мини-ПК: 256 ÷ 28,6"
claim(f, "28,6", "quantized_file", "ГБ", GG(M7, "Q4_K_M"), H, rel=0.02, anchor=A)
claim(f, "9,0 ток/с", "throughput", "ток/с", BSX / GG(ACTIVE_M7, "Q4_K_M"), X, "wrong_kind", anchor=A, note="весь файл; активные эксперты ≈ 32 ток/с")
claim(f, "20–43 ГБ", "quantized_file", "ГБ", [GG(Q32, "Q4_K_M"), GG(L70, "Q4_K_M")], H, rng=True, anchor="- Для ориентира: файлы Q4_K_M от Qwen2.5-32B", note="Qwen2.5-32B и Llama-3-70B")
claim(f, "89,4", "throughput", "ток/с", RTX5090_BW / GG(Q32, "Q4_K_M"), H, anchor="| RTX 5090 | не помещается | 89,4 |")
A = "| Mac Studio M3 Ultra | 19,0 | 40,9 |"
claim(f, "19,0", "throughput", "ток/с", BM3U / GG(L70, "Q4_K_M"), H, anchor=A)
claim(f, "40,9", "throughput", "ток/с", BM3U / GG(Q32, "Q4_K_M"), H, anchor=A)
A = "| мини-ПК Strix Halo | 5,9 | 12,8 |"
claim(f, "5,9", "throughput", "ток/с", BSX / GG(L70, "Q4_K_M"), H, anchor=A)
claim(f, "12,8", "throughput", "ток/с", BSX / GG(Q32, "Q4_K_M"), H, anchor=A)
claim(f, "70 ГБ", "weights", "ГБ", W(L70, "bf16"), X, "wrong_dtype", anchor="**Андрей, Казань:**", note="fp8; bf16 141 ГБ")
A = "> *Редакция:* 70,6 ГБ — это fp8."
claim(f, "70,6 ГБ", "weights", "ГБ", W(L70, "fp8"), H, anchor=A)
claim(f, "141 ГБ", "weights", "ГБ", W(L70, "bf16"), H, anchor=A)
claim(f, "64 ГиБ", "arithmetic", "ГиБ", 2 * 32 * GIB, H, anchor=A)
A = "**Ольга, Томск:**"
claim(f, "62,1 ГБ", "quantized_file", "ГБ", O120, H, anchor=A)
claim(f, "4,1 ток/с", "throughput", "ток/с", BSX / O120A, X, "wrong_kind", anchor=A, note="весь файл; ≈ 94 ток/с")
A = "> *Редакция:* Читаются только активные эксперты"
claim(f, "2,73 ГБ", "weights", "ГБ", O120A, H, anchor=A, note="читается на токен")
claim(f, "около 94 ток/с", "throughput", "ток/с", BSX / O120A, H, hedged=True, anchor=A)
claim(f, "320 ГиБ", "kv_cache_total", "ГиБ", KV(L70, 131072), X, "off_2x", anchor="**Сергей, Пермь:**", note="головы запросов; 40 ГиБ")
A = "> *Редакция:* 40 ГиБ: у модели 8 KV-голов"
claim(f, "40 ГиБ", "kv_cache_total", "ГиБ", KV(L70, 131072), H, anchor=A)
claim(f, "320 КиБ", "kv_cache_per_token", "КиБ", KVT(L70), H, anchor=A)
claim(f, "6,5 Гбит/с", "bandwidth", "Гбит/с", BM3U, X, "wrong_unit", anchor="**Игорь, Минск:**", note="6,55 Тбит/с")
claim(f, "6,55 Тбит/с", "bandwidth", "Тбит/с", BM3U, H, anchor="> *Редакция:* 819 ГБ/с — это 6,55 Тбит/с.")
claim(f, "205 ГБ", "quantized_file", "ГБ", GG(N["deepseek-v3"], "Q4_K_M"), X, "off_2x", anchor="**Наталья, Москва:**", note="410 ГБ")
claim(f, "410 ГБ", "quantized_file", "ГБ", GG(N["deepseek-v3"], "Q4_K_M"), H, rel=0.02, anchor="> *Редакция:* 410 ГБ, влезет один раз.")
A = "**Виктор, Самара:**"
claim(f, "65,5 ГиБ", "weights", "ГиБ", W(Q32, "bf16"), X, "gb_as_gib", anchor=A, note="65,5 ГБ = 61,0 ГиБ")
claim(f, "12,5 ток/с", "throughput", "ток/с", BM3U / W(Q32, "bf16"), H, anchor=A)
claim(f, "65,5", "weights", "ГБ", W(Q32, "bf16"), H, anchor="> *Редакция:* 65,5 — это гигабайты", note="отнесено к ГБ")
A = "**Павел, Екатеринбург:**"
claim(f, "17,6 ГБ", "weights", "ГБ", W(L70, "int4"), X, "off_2x", anchor=A, note="35,3 ГБ")
claim(f, "102 ток/с", "throughput", "ток/с", RTX5090_BW / W(L70, "int4"), X, "off_2x", anchor=A, note="из половинного размера; 50,8")
claim(f, "1792 Гбит/с", "bandwidth", "Гбит/с", RTX5090_BW, X, "wrong_unit", anchor="| «5090 читает 1792 Гбит/с» |", note="1792 ГБ/с")
claim(f, "7,9 ГБ", "quantized_file", "ГБ", GG(M7, "Q4_K_M"), X, "wrong_kind", anchor="| «Mixtral-8x7B в Q4_K_M — 7,9 ГБ» |", note="активная часть; файл 28,6 ГБ")
claim(f, "38 ток/с", "throughput", "ток/с", BM3U / GG(L70, "Q4_K_M"), X, "off_2x", anchor="| «Llama-3-70B Q4_K_M на Mac — 38 ток/с» |", note="19,0")
claim(f, "18,7 ГБ", "quantized_file", "ГБ", GG(Q32, "Q4_K_M"), X, "gib_as_gb", anchor="| «Qwen2.5-32B в Q4_K_M — 18,7 ГБ» |", note="18,7 ГиБ = 20,0 ГБ")
claim(f, "62,1 ГБ", "weights", "ГБ", O120A, X, "wrong_kind", anchor="| «gpt-oss-120b читает на каждый токен", note="весь файл; читается 2,73 ГБ")
claim(f, "819 Гбит/с", "bandwidth", "Гбит/с", BM3U, X, "wrong_unit", anchor="| «M3 Ultra — это 819 Гбит/с» |", note="819 ГБ/с")
claim(f, "248 ГБ", "quantized_file", "ГБ", GG(B405, "Q4_K_M"), H, rel=0.02, anchor="| «405B в Q4_K_M — 248 ГБ» |")
claim(f, "89 ток/с", "throughput", "ток/с", RTX5090_BW / GG(Q32, "Q4_K_M"), H, anchor="| «на 5090 Qwen2.5-32B в Q4_K_M — 89 ток/с» |")
claim(f, "256 ГБ/с", "bandwidth", "ГБ/с", BSX, H, anchor="- В обзоре ошибочно указано 256 Гбит/с")
A = "- Llama-3.1-405B в Q4_K_M весит 248 ГБ (231 ГиБ)"
claim(f, "248 ГБ", "quantized_file", "ГБ", GG(B405, "Q4_K_M"), H, rel=0.02, anchor=A)
claim(f, "231 ГиБ", "quantized_file", "ГиБ", GG(B405, "Q4_K_M"), H, rel=0.02, anchor=A)
A = "- Mixtral-8x7B на мини-ПК читает на токен только активных экспертов"
claim(f, "7,9 ГБ", "quantized_file", "ГБ", GG(ACTIVE_M7, "Q4_K_M"), H, rel=0.02, anchor=A, note="читается на токен")
claim(f, "около 32 ток/с", "throughput", "ток/с", BSX / GG(ACTIVE_M7, "Q4_K_M"), H, hedged=True, anchor=A)
non(f, "nomer: 6", "issue number")
non(f, "god: 2027", "year")
non(f, "stranicy: \"34–41\"", "page numbers")
non(f, "sohraneno: 2027-07-02", "date")
non(f, "  rabochaya_stanciya: {gpu: \"RTX 5090\"", "hardware spec, price")
non(f, "  mac_studio: {chip: \"M3 Ultra\"", "hardware spec, price")
non(f, "  mini_pk: {chip: \"Strix Halo\"", "hardware spec, price")
non(f, "modeli_v_teste: [Llama-3-70B", "model names")
non(f, "  qwen2.5-32b: {hidden: 5120", "config inputs")
non(f, "  gpt-oss-120b: {params_total: 116.83B", "model-card inputs")
non(f, "  deepseek-v3: {params_total: 671B", "model-card inputs")
non(f, "> Мы взяли три машины по цене от", "prices")
non(f, "| RTX 5090 | — | 71,2 | 44 | 610 |", "measured speed, noise, power")
non(f, "| Mac Studio M3 Ultra | 14,8 | 30,5 |", "measured speed, noise, power")
non(f, "| мини-ПК Strix Halo | 4,6 | 10,1 |", "measured speed, noise, power")
non(f, "**Вывод.** Для моделей до 32B", "price")
non(f, "Оценки: 8,5 / 9 / 7 из 10.", "ratings")
non(f, "> *Редакция:* int4 вдвое больше, и в 32 ГиБ карты", "hardware spec")
non(f, "## Редакция исправляет (№ 7/2027)", "issue number")
non(f, "[^1]: Цены — на 2027-06-01", "date, print run")

# ---- ru_03: рабочая тетрадь с самопроверкой (черновые прикидки, задачи с моим ответом и сверкой по ключу) ----------
f = "ru_03"
L270, M7, L213, B405 = "llama2-70b", "mixtral-8x7b", "llama2-13b", "llama3.1-405b"
SCALE.update({"суток": 86400})
C405 = 6 * N[B405] * 15.6e12
T405 = C405 / (16384 * 0.4 * 989e12)
claim(f, "69 ГБ", "weights", "ГБ", W(L270, "int4"), X, "wrong_dtype", anchor="- Llama-2-70B в int4 — 69 ГБ.", note="черновик; int8; int4 34,5 ГБ")
claim(f, "36 МиБ", "kv_cache_per_token", "МиБ", KVT("gpt2"), X, "off_2x", anchor="- KV-кэш GPT-2 small — 36 МиБ на токен.", note="черновик; 36 КиБ")
claim(f, "2039 Гбит/с", "bandwidth", "Гбит/с", A100_BW, X, "wrong_unit", anchor="- Пропускная способность A100 — 2039 Гбит/с.", note="черновик; 2039 ГБ/с")
claim(f, "6,4 ГБ", "weights", "ГБ", W(M7, "int4"), X, "wrong_kind", anchor="- Mixtral-8x7B в int4 — 6,4 ГБ.", note="черновик; активная часть; хранение 23,4 ГБ")
claim(f, "1,34 ГБ", "weights", "ГБ", W("bert-large", "fp16"), X, "wrong_dtype", anchor="- BERT-large в fp16 — 1,34 ГБ.", note="черновик; fp32; fp16 0,67 ГБ")
claim(f, "249 МБ", "weights", "МБ", W("gpt2", "fp32"), X, "wrong_dtype", anchor="- GPT-2 small в fp32 — 249 МБ.", note="черновик; bf16; fp32 498 МБ")
A = "**Мой ответ:** 109,5 млн параметров; fp32 — 438 МБ"
claim(f, "109,5 млн", "params", "млн", N["bert-base"], H, anchor=A)
claim(f, "438 МБ", "weights", "МБ", W("bert-base", "fp32"), H, anchor=A)
claim(f, "438 МБ", "weights", "МБ", W("bert-base", "fp16"), X, "wrong_dtype", anchor=A, occ=2, note="fp32 повторён для fp16; 219 МБ")
claim(f, "219 МБ", "weights", "МБ", W("bert-base", "fp16"), H, anchor="**Самопроверка:** ✗ fp16 вдвое меньше: 219 МБ.")
A = "**Мой ответ:** 354,8 млн параметров, 96 КиБ на токен"
claim(f, "354,8 млн", "params", "млн", N["gpt2-medium"], H, anchor=A)
claim(f, "96 КиБ", "kv_cache_per_token", "КиБ", KVT("gpt2-medium"), H, anchor=A)
claim(f, "96 МиБ", "kv_cache_total", "МиБ", KV("gpt2-medium", 1024, 8), X, "off_2x", anchor=A, note="батч забыт; 768 МиБ")
claim(f, "в 8 раз", "ratio", "раз", KV("gpt2-medium", 1024, 8) / KV("gpt2-medium", 1024), H, anchor="**Самопроверка:** ✗ забыт батч, итог в 8 раз больше.")
A = "**Мой ответ:** веса в bf16 — 138 ГБ, или 128,5 ГиБ"
claim(f, "138 ГБ", "weights", "ГБ", W(L270, "bf16"), H, anchor=A)
claim(f, "128,5 ГиБ", "weights", "ГиБ", W(L270, "bf16"), H, anchor=A)
claim(f, "2,5 МиБ", "kv_cache_per_token", "МиБ", KVT(L270), X, "off_2x", anchor=A, note="головы запросов; 320 КиБ")
claim(f, "320 КиБ", "kv_cache_per_token", "КиБ", KVT(L270), H, anchor="**Самопроверка:** ✗ у модели 8 KV-голов, а не 64")
A = "**Мой ответ:** на карту 69 ГБ весов"
claim(f, "69 ГБ", "weights", "ГБ", W(L270, "bf16") / 2, H, anchor=A)
claim(f, "138", "weights", "ГБ", W(L270, "bf16"), H, anchor=A)
claim(f, "14,8 ток/с", "throughput", "ток/с", A100_BW / (W(L270, "bf16") / 2), X, "per_gpu", anchor=A, note="вся модель при TP = 2; ≈ 29,6")
claim(f, "≈ 29,6 ток/с", "throughput", "ток/с", A100_BW / (W(L270, "bf16") / 2), H, hedged=True, anchor="**Самопроверка:** ✗ при TP = 2 каждая карта")
A = "**Мой ответ:** хранение 46,7 ГБ"
claim(f, "46,7 ГБ", "weights", "ГБ", W(M7, "int8"), H, anchor=A)
claim(f, "46,7 ГБ", "weights", "ГБ", W(ACTIVE_M7, "int8"), X, "wrong_kind", anchor=A, occ=2, note="читается только активная часть; 12,9 ГБ")
claim(f, "72 ток/с", "throughput", "ток/с", H100_BW / W(ACTIVE_M7, "int8"), X, "wrong_kind", anchor=A, note="весь файл; ≈ 260")
A = "**Самопроверка:** ✗ читаются только 2 эксперта из 8"
claim(f, "12,9 ГБ", "weights", "ГБ", W(ACTIVE_M7, "int8"), H, anchor=A, note="читается на токен")
claim(f, "≈ 260 ток/с", "throughput", "ток/с", H100_BW / W(ACTIVE_M7, "int8"), H, hedged=True, anchor=A)
claim(f, "568 КиБ", "kv_cache_per_token", "КиБ", KVT("falcon-7b"), X, "off_2x", anchor="то есть 568 КиБ на токен", note="MQA; 8 КиБ")
claim(f, "2 ГиБ", "kv_cache_total", "ГиБ", KV("mistral-7b", 4096), X, "off_2x", anchor="**Мой ответ:** 128 КиБ × 16¦384 = 2 ГиБ", note="окно 4096; 0,5 ГиБ")
claim(f, "3,8 \\times 10^{25}", "flops", "FLOP", C405, H, anchor="**Мой ответ:** $6ND = 6 \\times 405,9")
claim(f, "17 суток", "time", "суток", T405, X, "off_2x", anchor="при MFU 40 % это 17 суток.", note="≈ 68 суток")
claim(f, "≈ 68 суток", "time", "суток", T405, H, hedged=True, anchor="**Самопроверка:** ✓ FLOP, ✗ время")
A = "**Мой ответ:** ZeRO-3: 16 × 69 ÷ 64 = 17,2 ГБ на карту."
claim(f, "17,2 ГБ", "training", "ГБ", zero(N[L270], 64, 3), H, anchor=A)
claim(f, "17,2 ГБ", "training", "ГБ", zero(N[L270], 64, 1), X, "off_2x", anchor=A, occ=2, note="ZeRO-1; 289 ГБ")
claim(f, "289 ГБ", "training", "ГБ", zero(N[L270], 64, 1), H, anchor="**Самопроверка:** ✗ ZeRO-1 (`stage: 1`) делит только")
claim(f, "7,2 Гбит/с", "bandwidth", "Гбит/с", 900e9, X, "wrong_unit", anchor="**Мой ответ:** 900 ГБ/с = 7,2 Гбит/с.", note="7,2 Тбит/с")
A = "**Мой ответ:** 34 × 2048 × 8 × 5120 = 2,85 ГБ на слой"
claim(f, "2,85 ГБ", "activations", "ГБ", act(L213, 2048, 8, "flash", layers=1), H, anchor=A)
claim(f, "114 ГБ", "activations", "ГБ", act(L213, 2048, 8, "flash"), H, anchor=A)
claim(f, "0,17 ГБ", "activations", "ГБ", act(L213, 2048, 8, "full"), X, "off_2x", anchor=A, note="один слой; 6,7 ГБ")
A = "**Самопроверка:** ✓ первые два числа; ✗ 0,17 ГБ"
claim(f, "0,17 ГБ", "activations", "ГБ", act(L213, 2048, 8, "full", layers=1), H, anchor=A, note="отнесено к одному слою")
claim(f, "6,7 ГБ", "activations", "ГБ", act(L213, 2048, 8, "full"), H, anchor=A)
non(f, "tetrad: 2", "notebook number")
non(f, "nachata: 2027-09-04", "date")
non(f, "proverena: 2027-09-11", "date")
non(f, "  edinicy: \"ГБ = 10^9 байт", "unit definitions")
non(f, "  bajt_na_parametr: {fp32: 4", "dtype constants")
non(f, "  a100: {pamyat: \"80 ГБ\"", "hardware spec")
non(f, "  h100: {pamyat: \"80 ГБ\"", "hardware spec")
non(f, "  nvlink: {propusk: \"900 ГБ/с\"}", "hardware spec")
non(f, "itog_balla: \"9 из 25\"", "score")
non(f, "# Рабочая тетрадь 2 — размеры", "notebook number")
non(f, "я подставил 71 голову запросов", "config value")
non(f, "**Самопроверка:** ✗ скользящее окно 4096", "config value")
non(f, "| черновик | 6 | 0 | 6 |", "counts")
non(f, "| задачи 1–6 | 6 | 0 | 6 |", "counts")
non(f, "| задачи 7–11 | 5 | 0 | 5 |", "counts")
non(f, "| итого баллов | 25 | 9 | 16 |", "score")
non(f, "(Гбит, Тбит, МиБ). Повторить к 2027-09-18.", "date")
non(f, "[^1]: Ключ составлен преподавателем", "date")
non(f, "Формулы: $W = N \\cdot b$", "LaTeX formula with free variables")
non(f, "## Задача 4. Llama-2-70B на двух A100 при TP = 2", "config input")
non(f, "## Задача 7. Mistral-7B с контекстом 16К", "context input")
non(f, "## Задача 9. ZeRO для Llama-2-70B на 64 картах", "card count")
non(f, "## Задача 11. Активации Llama-2-13B с FlashAttention, s = 2048, b = 8", "config inputs")

# ---- ru_04: записка для руководства с расчётом бюджета инференса (расчёт, оценка подрядчика, скрипт, ответ ИИ) ------
f = "ru_04"
L70 = "llama3-70b"
SCALE.update({"реплик": 1, "GPU": 1, "сессий": 1})
WF = W(L70, "fp8")
REPL = 0.9 * 160 * GIB - WF
SESS = REPL // KV(L70, 8192)
NREP = -(-300 // SESS)
A = "> Подрядчик в марте оценил потребность в 4 GPU."
claim(f, "4 GPU", "arithmetic", "GPU", 2 * NREP, X, "off_2x", anchor=A, note="оценка подрядчика; 20 GPU")
claim(f, "не менее 20 GPU", "arithmetic", "GPU", 2 * NREP, H, bound="lower", anchor=A)
claim(f, "10 реплик", "arithmetic", "реплик", NREP, H, anchor=A)
claim(f, "в 8 раз", "ratio", "раз", KV(L70, 8192) / (2 * 80 * 64 * 128 * 2 * 8192 / 64), H, anchor="> модели по 2 карты. Ошибка подрядчика", note="2,5 ГиБ против 0,31 ГиБ")
A = "1. Веса в fp8: 70,6 ГБ, или 65,7 ГиБ"
claim(f, "70,6 ГБ", "weights", "ГБ", WF, H, anchor=A)
claim(f, "65,7 ГиБ", "weights", "ГиБ", WF, H, anchor=A)
claim(f, "35,3 ГБ на карту", "weights", "ГБ", WF / 2, H, anchor=A)
A = "2. KV-кэш на токен: $2 \\times 80"
claim(f, "327¦680", "kv_cache_per_token", "байт", KVT(L70), H, anchor=A)
claim(f, "320 КиБ", "kv_cache_per_token", "КиБ", KVT(L70), H, anchor=A)
A = "3. На сессию 8К: 320 КиБ × 8192 = 2,5 ГиБ"
claim(f, "2,5 ГиБ", "kv_cache_total", "ГиБ", KV(L70, 8192), H, anchor=A)
claim(f, "750 ГиБ", "kv_cache_total", "ГиБ", KV(L70, 8192, 300), H, anchor=A)
A = "4. Память реплики под vLLM"
claim(f, "144 ГиБ", "arithmetic", "ГиБ", 0.9 * 160 * GIB, H, anchor=A)
claim(f, "78,3 ГиБ", "arithmetic", "ГиБ", REPL, H, anchor=A)
A = "5. Сессий на реплику: 31"
claim(f, "31", "arithmetic", "сессий", SESS, H, anchor=A)
claim(f, "30–32", "arithmetic", "сессий", REPL / KV(L70, 8192), H, rng=True, anchor=A)
A = "6. Реплик на 300 пользователей — 10"
claim(f, "10", "arithmetic", "реплик", NREP, H, anchor=A)
claim(f, "20 GPU", "arithmetic", "GPU", 2 * NREP, H, anchor=A)
A = "7. Потолок генерации одного потока"
claim(f, "35,3 ГБ", "weights", "ГБ", WF / 2, H, anchor=A)
claim(f, "≈ 95 ток/с", "throughput", "ток/с", H100_BW / (WF / 2), H, hedged=True, anchor=A)
A = "8. Вычисления: $2N = 141,1$"
claim(f, "141,1", "flops", "ГФЛОП", 2 * N[L70], H, anchor=A)
claim(f, "1,69 × 10²⁰ FLOP", "flops", "FLOP", 2 * N[L70] * 1.2e9, H, anchor=A)
for row, fig, kind, unit, val, err, why in (
        ("| веса модели на реплику |", "35,3 ГБ", "weights", "ГБ", WF, "per_gpu", "доля карты; 70,6 ГБ"),
        ("| KV-кэш на токен |", "2,5 МиБ", "kv_cache_per_token", "МиБ", KVT(L70), "off_2x", "головы запросов; 320 КиБ"),
        ("| кэш на сессию 8К |", "0,31 ГиБ", "kv_cache_total", "ГиБ", KV(L70, 8192), "off_2x", "2,5 ГиБ"),
        ("| сессий на реплику |", "250", "arithmetic", "сессий", SESS, "off_2x", "31"),
        ("| реплик на 300 пользователей |", "2", "arithmetic", "реплик", NREP, "off_2x", "10"),
        ("| потолок одного потока |", "190 ток/с", "throughput", "ток/с", H100_BW / (WF / 2), "off_2x", "≈ 95 ток/с"),
        ("| NVLink между картами |", "900 Гбит/с", "bandwidth", "Гбит/с", 900e9, "wrong_unit", "900 ГБ/с"),
        ("| FLOP в сутки |", "8,5 × 10¹⁹", "flops", "FLOP", 2 * N[L70] * 1.2e9, "off_2x", "N вместо 2N; 1,69 × 10²⁰")):
    claim(f, fig, kind, unit, val, X, err, anchor=row, note="оценка подрядчика; " + why)
claim(f, "2,5 МиБ", "kv_cache_per_token", "МиБ", KVT(L70), X, "off_2x", anchor="kv_tok = 2 * 80 * 64 * 128 * 2", note="скрипт подрядчика; 320 КиБ")
claim(f, "20 ГиБ", "kv_cache_total", "ГиБ", KV(L70, 8192), X, "off_2x", anchor="sess = 8192 * kv_tok / 2**30", note="скрипт подрядчика; 2,5 ГиБ")
claim(f, "0,31 ГиБ", "kv_cache_total", "ГиБ", KV(L70, 8192), X, "off_2x", anchor="sess_gqa = sess / 64", note="скрипт подрядчика; 2,5 ГиБ")
A = "> «Llama-3.1-70B в fp8 занимает 141 ГБ."
claim(f, "141 ГБ", "weights", "ГБ", WF, X, "wrong_dtype", anchor=A, note="bf16; fp8 70,6 ГБ", **Q)
claim(f, "750 ГиБ", "kv_cache_total", "ГиБ", KV(L70, 8192, 300), H, anchor=A, **Q)
claim(f, "около 24 ток/с", "throughput", "ток/с", H100_BW / (WF / 2), X, "wrong_dtype", hedged=True, anchor="> потока на H100 — около 24 ток/с.»", note="bf16 на одной карте; ≈ 95 ток/с", **Q)
A = "- Рост контекста до 32К учетверит кэш"
claim(f, "10 ГиБ", "kv_cache_total", "ГиБ", KV(L70, 32768), H, anchor=A)
claim(f, "2,5 ГиБ", "kv_cache_total", "ГиБ", KV(L70, 8192), H, anchor=A)
non(f, "data: 2027-10-06", "date")
non(f, "nomer: СЗ-2027/114", "memo number")
non(f, "tema: \"Сколько GPU нужно ассистенту юристов и почему не 4\"", "GPU count in a title")
non(f, "  polzovateley_odnovremenno: 300", "input")
non(f, "  kontekst_tokenov: 8192", "input")
non(f, "  zaprosov_v_sutki: 2000000", "input")
non(f, "  tokenov_na_zapros: 600", "input")
non(f, "  tp: 2", "config input")
non(f, "  konfig: {hidden: 8192", "config inputs")
non(f, "gpu: {tip: \"H100 SXM\"", "hardware spec, price")
non(f, "gpu_memory_utilization: 0.9", "config input")
non(f, "# Служебная записка СЗ-2027/114", "memo number")
non(f, "Llama-3.1-70B в fp8, тензорный параллелизм 2", "config inputs")
non(f, "- Аренда: 20 GPU × 2,9 $/ч × 730 ч", "budget")
non(f, "- По оценке подрядчика было бы 4 GPU × 2,9 $/ч", "budget")
non(f, "- Внешний API при 2 млн запросов в сутки", "price, request counts")
non(f, "- Экономия против API — 53 %", "savings")
non(f, "- Пиковая нагрузка в конце квартала", "user count, year")
non(f, "Прошу согласовать аренду 20 GPU с 2027-11-01.", "GPU count requested, date")
non(f, "[^1]: Расчёт проверен группой эксплуатации", "date")
non(f, "до 8К токенов.", "context input")

# ---- ru_05: разбор кейса на форуме с голосованием (исходный пост, ответы с голосами, автоответ бота, итог модератора) --
f = "ru_05"
Q32 = "qwen2.5-32b"
B3 = RTX3090_BW
GQ = GG(Q32, "Q4_K_M")
LOQ32 = lora(64, 16, [(5120, 5120), (5120, 1024), (5120, 1024), (5120, 5120)])
claim(f, "65,5 ГБ", "weights", "ГБ", W(Q32, "bf16"), H, anchor="> Qwen2.5-32B в bf16 — 65,5 ГБ")
A = "> весит 32,8 ГБ. KV-кэш на 32К"
claim(f, "32,8 ГБ", "weights", "ГБ", W(Q32, "int8"), H, anchor=A)
claim(f, "8 ГиБ", "kv_cache_total", "ГиБ", KV(Q32, 32768), H, anchor=A)
A = "**№ 1 — old_gpu (+3 / −15):**"
claim(f, "40 ГиБ", "kv_cache_total", "ГиБ", KV(Q32, 32768), X, "off_2x", anchor=A, note="головы запросов; 8 ГиБ")
claim(f, "10 ГБ", "quantized_file", "ГБ", GQ, X, "off_2x", anchor=A, note="20,0 ГБ")
A = "**№ 2 — tensor_kate (+27 / −1), ✅ лучший ответ:**"
claim(f, "20,0 ГБ", "quantized_file", "ГБ", GQ, H, rel=0.02, anchor=A)
claim(f, "10,0 ГБ", "quantized_file", "ГБ", GQ / 2, H, anchor=A, note="на карту при разбиении по слоям")
A = "карту. Кэш 256 КиБ на токен, 8 ГиБ на 32К"
claim(f, "256 КиБ", "kv_cache_per_token", "КиБ", KVT(Q32), H, anchor=A)
claim(f, "8 ГиБ", "kv_cache_total", "ГиБ", KV(Q32, 32768), H, anchor=A)
claim(f, "20,0", "quantized_file", "ГБ", GQ, H, rel=0.02, anchor=A)
claim(f, "≈ 47 ток/с", "throughput", "ток/с", B3 / GQ, H, hedged=True, anchor=A)
claim(f, "94 ток/с", "throughput", "ток/с", B3 / GQ, X, "per_gpu", anchor="удваивается: 94 ток/с.", note="доля карты при разбиении по слоям; ≈ 47")
A = "**№ 4 — bitcounter (+1 / −6):**"
claim(f, "936 Гбит/с", "bandwidth", "Гбит/с", B3, X, "wrong_unit", anchor=A, note="936 ГБ/с")
claim(f, "117 ГБ/с", "bandwidth", "ГБ/с", B3, X, "wrong_unit", anchor=A, note="936 ГБ/с")
claim(f, "6 ток/с", "throughput", "ток/с", B3 / GQ, X, "wrong_unit", bound="upper", anchor=A, note="из 117 ГБ/с; ≈ 47")
A = "**№ 5 — int8_fan (+8 / −2):**"
claim(f, "32,8 ГБ", "weights", "ГБ", W(Q32, "int8"), H, anchor=A)
claim(f, "30,5 ГиБ", "weights", "ГиБ", W(Q32, "int8"), H, anchor=A)
claim(f, "17,5 ГиБ", "arithmetic", "ГиБ", 48 * GIB - W(Q32, "int8"), H, anchor=A)
A = "> «Qwen2.5-32B: 33 млрд параметров"
claim(f, "33 млрд", "params", "млрд", N[Q32], H, anchor=A, **Q)
claim(f, "~10 ГБ", "quantized_file", "ГБ", GQ, X, "off_2x", hedged=True, anchor=A, note="20,0 ГБ", **Q)
claim(f, "1,25 МиБ", "kv_cache_per_token", "МиБ", KVT(Q32), X, "off_2x", anchor=A, note="головы запросов; 256 КиБ", **Q)
claim(f, "40 ГиБ", "kv_cache_total", "ГиБ", KV(Q32, 32768), X, "off_2x", anchor=A, note="8 ГиБ", **Q)
A = "**№ 7 — lora_lord (+4 / −3):**"
claim(f, "33,6 млн", "params", "млн", LOQ32, H, anchor=A)
claim(f, "67 МБ", "weights", "МБ", LOQ32 * 2, H, anchor=A)
claim(f, "8,2 ГБ", "weights", "ГБ", N[Q32] * NF4 / 8, X, "off_2x", anchor="в bf16. А база в NF4 для QLoRA — 8,2 ГБ", note="16,9 ГБ")
A = "**№ 8 — fullft (+2 / −11):**"
claim(f, "52 ГБ", "training", "ГБ", 16 * N[Q32], X, "off_2x", anchor=A, note="524 ГБ")
claim(f, "26 ГБ", "training", "ГБ", zero(N[Q32], 2, 3), X, "off_2x", anchor=A, note="262 ГБ на карту")
claim(f, "32,8 ГБ", "weights", "ГБ", W(Q32, "bf16"), X, "wrong_dtype", anchor="**№ 9 — retro (+0 / −7):**", note="int8; bf16 65,5 ГБ")
claim(f, "25,8 ГиБ", "arithmetic", "ГиБ", 24 * GIB, X, "gb_as_gib", anchor="25,8 ГиБ, с запасом.", note="24 ГиБ = 25,8 ГБ")
A = "**№ 10 — pipeline_pete (+1 / −5):**"
claim(f, "16,4 ГБ", "weights", "ГБ", W(Q32, "int8"), X, "per_gpu", anchor=A, note="при разбиении по слоям читается весь файл; 32,8 ГБ")
claim(f, "57 ток/с", "throughput", "ток/с", B3 / W(Q32, "int8"), X, "per_gpu", anchor=A, note="≈ 28,6")
A = "**№ 11 — kvfp8 (+0 / −3):**"
claim(f, "16 ГиБ", "kv_cache_total", "ГиБ", KV(Q32, 32768, b=1), X, "off_2x", anchor=A, note="fp8-кэш вдвое меньше; 4 ГиБ")
claim(f, "20,0 ГиБ", "quantized_file", "ГиБ", GQ, X, "gb_as_gib", anchor=A, note="20,0 ГБ = 18,7 ГиБ")
A = "- Лучший ответ — № 2: Q4_K_M 20,0 ГБ"
claim(f, "20,0 ГБ", "quantized_file", "ГБ", GQ, H, rel=0.02, anchor=A)
claim(f, "256 КиБ", "kv_cache_per_token", "КиБ", KVT(Q32), H, anchor=A)
claim(f, "8 ГиБ", "kv_cache_total", "ГиБ", KV(Q32, 32768), H, anchor=A)
claim(f, "≈ 47 ток/с", "throughput", "ток/с", B3 / GQ, H, hedged=True, anchor=A)
A = "- Верно также: в № 5 int8 32,8 ГБ = 30,5 ГиБ"
claim(f, "32,8 ГБ", "weights", "ГБ", W(Q32, "int8"), H, anchor=A)
claim(f, "30,5 ГиБ", "weights", "ГиБ", W(Q32, "int8"), H, anchor=A)
claim(f, "33,6 млн", "params", "млн", LOQ32, H, anchor=A)
A = "- В № 1 и № 6 кэш посчитан по головам запросов"
claim(f, "1,25 МиБ", "arithmetic", "МиБ", 2 * 64 * 40 * 128 * 2, H, anchor=A, note="помечено как расчёт по головам запросов")
claim(f, "40 ГиБ", "arithmetic", "ГиБ", 2 * 64 * 40 * 128 * 2 * 32768, H, anchor=A, note="помечено как расчёт по головам запросов")
claim(f, "28,6 ток/с", "throughput", "ток/с", B3 / W(Q32, "int8"), H, anchor="  28,6 ток/с, а не 57.")
A = "- № 8: полное дообучение — 524 ГБ"
claim(f, "524 ГБ", "training", "ГБ", 16 * N[Q32], H, anchor=A)
claim(f, "262 ГБ", "training", "ГБ", zero(N[Q32], 2, 3), H, anchor=A)
claim(f, "16,9 ГБ", "weights", "ГБ", N[Q32] * NF4 / 8, H, anchor="- № 7: NF4 с двойным квантованием")
non(f, "tema_id: 48213", "thread id")
non(f, "sohraneno: 2027-11-20", "date")
non(f, "postov: 11", "post count")
non(f, "prosmotrov: 5310", "view count")
non(f, "  gpu: \"2 × RTX 3090\"", "hardware spec")
non(f, "  pamyat_na_kartu: \"24 ГБ\"", "hardware spec")
non(f, "  propusk: \"936 ГБ/с\"", "hardware spec")
non(f, "  ozu: \"128 ГБ DDR4\"", "hardware spec")
non(f, "  qwen2.5-32b: {hidden: 5120", "config inputs")
non(f, "> [!question] Исходный пост — quant_mike (+12 / −0)", "votes")
non(f, "> 4 × RTX 3090.»", "card count")
non(f, "| 2 | tensor_kate | 27 | 1 | +26 |", "votes")
non(f, "| 5 | int8_fan | 8 | 2 | +6 |", "votes")
non(f, "| 7 | lora_lord | 4 | 3 | +1 |", "votes")
non(f, "| 1 | old_gpu | 3 | 15 | −12 |", "votes")
non(f, "| 8 | fullft | 2 | 11 | −9 |", "votes")
non(f, "**quant_mike (+6 / −0):** Спасибо, поставил Q4_K_M", "votes, measured speed, date")
non(f, "[^1]: Голоса — на момент сохранения", "date, time")
non(f, "# Разбор кейса: хватит ли 2 × RTX 3090", "card count, context input")
non(f, "**№ 3 — speedrunner (+5 / −9):**", "votes")
non(f, "**№ 6 — @LLMHelperBot (+0 / −4), автоответ:**", "votes")
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
            raise SystemExit("truth.json is stale: run python tests/claims_corpus_ai/truth.py")
        summary(truth)
        print("truth.json is current; every check passed")
        return 0
    path.write_text(text, encoding="utf-8")
    summary(truth)
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
