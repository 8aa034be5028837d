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
A = "> The 141 is GB; in GiB it is 131.4."
claim(f, "141", "weights", "GB", W(L7, "bf16"), H, anchor=A, note="re-attributed to GB")
claim(f, "131.4", "weights", "GiB", W(L7, "bf16"), H, anchor=A)
claim(f, "320 KiB per token", "kv_cache_per_token", "KiB", KVT(L7), H, anchor=A)
claim(f, "40 GiB", "kv_cache_total", "GiB", KV(L7, 8192, 16), H, anchor=A)
A = "> At TP = 4 each L40S reads a quarter of the weights"
claim(f, "24.5 tok/s", "throughput", "tok/s", LS / (W(L7, "bf16") / 4), H, anchor=A)
claim(f, "23.7 tok/s", "throughput", "tok/s", H1 / W(L7, "bf16"), H, anchor=A, note="re-attributed to the bf16 ceiling")
A = "> fp8 gives 47.5 tok/s. Mixtral stores 93.4 GB"
claim(f, "47.5 tok/s", "throughput", "tok/s", H1 / W(L7, "fp8"), H, anchor=A)
claim(f, "93.4 GB", "weights", "GB", W(MX, "bf16"), H, anchor=A)
claim(f, "25.8 GB", "weights", "GB", ACTIVE_M7 * 2, H, anchor=A)
claim(f, "8.06 Tbit/s", "bandwidth", "Tbit/s", R49, H, anchor="> The 4090 has 1008 GB/s, which is 8.06 Tbit/s.")
# Helio
claim(f, "70 GB", "weights", "GB", W(L7, "fp16"), X, "wrong_dtype", anchor="> Listing: \"Runs Llama 3 70B in fp16 on a single card", note="fp8 size; fp16 141.1 GB")
A = "- ✘ In fp16 the 70B is 141.1 GB"
claim(f, "141.1 GB", "weights", "GB", W(L7, "fp16"), H, anchor=A)
claim(f, "70 GB", "weights", "GB", W(L7, "fp8"), H, anchor=A, note="re-attributed to fp8")
claim(f, "70.6 GB", "weights", "GB", W(L7, "fp8"), H, anchor=A)
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
A = "- ✘ The 14.4 tok/s divides 2039 by the whole 141.1 GB."
claim(f, "14.4 tok/s", "arithmetic", "tok/s", A1E / W(L7, "bf16"), H, anchor=A, note="labelled as the whole-model quotient")
claim(f, "141.1 GB", "weights", "GB", W(L7, "bf16"), H, anchor=A)
claim(f, "70.6 GB", "weights", "GB", W(L7, "bf16") / 2, H, anchor=A)
A = "  so the ceiling is 2039 ÷ 70.6 = 28.9 tok/s per stream."
claim(f, "70.6", "weights", "GB", W(L7, "bf16") / 2, H, anchor=A)
claim(f, "28.9 tok/s", "throughput", "tok/s", A1E / (W(L7, "bf16") / 2), H, anchor=A)
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
A = "- ✘ 282 GB is fp32; bf16 is 141.1 GB."
claim(f, "282 GB", "weights", "GB", W(L7, "fp32"), H, anchor=A, note="re-attributed to fp32")
claim(f, "141.1 GB", "weights", "GB", W(L7, "bf16"), H, anchor=A)
claim(f, "2.5 MiB per token", "arithmetic", "MiB", 2 * 80 * 64 * 128 * 2, H, anchor=A, note="labelled as the query-head figure")
claim(f, "320 KiB", "kv_cache_per_token", "KiB", KVT(L7), H, anchor=A)
# Ampere Attic
A = "> Listing: \"Llama 70B Q4_K_M runs great"
claim(f, "21.6 GB", "quantized_file", "GB", GG(L7, "Q4_K_M"), X, "off_2x", anchor=A, note="halved; 43.2 GB")
claim(f, "~47 tok/s", "throughput", "tok/s", R49 / GG(L7, "Q4_K_M"), X, "per_gpu", hedged=True, anchor=A, note="layer split read as parallel; 23.3")
A = "- ✘ Q4_K_M of 70.55B params is ≈ 43.2 GB"
claim(f, "70.55B params", "params", "B", N[L7], H, anchor=A)
claim(f, "≈ 43.2 GB", "quantized_file", "GB", GG(L7, "Q4_K_M"), H, hedged=True, anchor=A)
claim(f, "40.2 GiB", "quantized_file", "GiB", GG(L7, "Q4_K_M"), H, rel=0.02, anchor=A)
claim(f, "21.6 GB", "arithmetic", "GB", GG(L7, "Q4_K_M") / 2, H, rel=0.02, anchor=A, note="labelled as half the file")
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
A = "- ✔ 4800 ÷ 141.1 = 34.0 tok/s."
claim(f, "141.1", "weights", "GB", W(L7, "bf16"), H, anchor=A)
claim(f, "34.0 tok/s", "throughput", "tok/s", H2 / W(L7, "bf16"), H, anchor=A)
claim(f, "93.4 GB", "weights", "GB", W(MX, "bf16"), H, anchor=A)
claim(f, "186 tok/s", "throughput", "tok/s", H2 / (ACTIVE_M7 * 2), H, anchor=A)
claim(f, "25.8 GB", "weights", "GB", ACTIVE_M7 * 2, H, anchor=A)
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
A = "- ✘ 2.5 GiB is one sequence; sixteen are 40 GiB."
claim(f, "2.5 GiB", "kv_cache_total", "GiB", SEQ8, H, anchor=A, note="re-attributed to one sequence")
claim(f, "40 GiB", "kv_cache_total", "GiB", KV(L7, 8192, 16), H, anchor=A)
A = "- ✔ bf16 fits on one card: 192 − 131.4 = 60.6 GiB left"
claim(f, "131.4", "weights", "GiB", W(L7, "bf16"), H, anchor=A)
claim(f, "60.6 GiB", "arithmetic", "GiB", 192 * GIB - W(L7, "bf16"), H, anchor=A)
claim(f, "24 sequences", "arithmetic", "sequences", (192 * GIB - W(L7, "bf16")) // SEQ8, H, anchor=A)
A = "- Ceiling 5300 ÷ 141.1 = 37.6 tok/s in bf16."
claim(f, "141.1", "weights", "GB", W(L7, "bf16"), H, anchor=A)
claim(f, "37.6 tok/s", "throughput", "tok/s", MI / W(L7, "bf16"), H, anchor=A)
A = "> Corvid's 2 × A100 80GB at $2.80/h"
claim(f, "28.9 tok/s", "throughput", "tok/s", A1E / (W(L7, "bf16") / 2), H, anchor=A)
claim(f, "11 sequences", "arithmetic", "sequences", (160 * GIB - W(L7, "bf16")) // SEQ8, H, anchor=A)
for row, cells in (("| Helio 1×H100 | fp8 |", [("65.7", "weights", "GiB", W(L7, "fp8"), None), ("47.5", "throughput", "tok/s", H1 / W(L7, "fp8"), None), ("5", "arithmetic", "sequences", (80 * GIB - W(L7, "fp8")) // SEQ8, None)]),
                   ("| Corvid 2×A100 | bf16 |", [("65.7", "weights", "GiB", W(L7, "bf16") / 2, None), ("28.9", "throughput", "tok/s", A1E / (W(L7, "bf16") / 2), None), ("11", "arithmetic", "sequences", (160 * GIB - W(L7, "bf16")) // SEQ8, None)]),
                   ("| Tessera 4×L40S | bf16 |", [("32.9", "weights", "GiB", W(L7, "bf16") / 4, None), ("24.5", "throughput", "tok/s", LS / (W(L7, "bf16") / 4), None), ("24", "arithmetic", "sequences", (48 * GIB - W(L7, "bf16") / 4) // (SEQ8 / 4), None)]),
                   ("| Attic 2×4090 | Q4_K_M |", [("20.1", "quantized_file", "GiB", GG(L7, "Q4_K_M") / 2, 0.02), ("23.3", "throughput", "tok/s", R49 / GG(L7, "Q4_K_M"), 0.02), ("3", "arithmetic", "sequences", (48 * GIB - GG(L7, "Q4_K_M")) // SEQ8, None)]),
                   ("| Nimbus 1×H200 | bf16 |", [("131.4", "weights", "GiB", W(L7, "bf16"), None), ("34.0", "throughput", "tok/s", H2 / W(L7, "bf16"), None), ("3", "arithmetic", "sequences", (140.4 * GIB - W(L7, "bf16")) // SEQ8, None)]),
                   ("| MI-Lane 1×MI300X | bf16 |", [("131.4", "weights", "GiB", W(L7, "bf16"), None), ("37.6", "throughput", "tok/s", MI / W(L7, "bf16"), None), ("24", "arithmetic", "sequences", (192 * GIB - W(L7, "bf16")) // SEQ8, None)])):
    for fig, kind, unit, val, rel in cells:
        claim(f, fig, kind, unit, val, H, anchor=row, rel=rel, note="side-by-side table")
claim(f, "3 sequences", "arithmetic", "sequences", (48 * GIB - GG(L7, "Q4_K_M")) // SEQ8, H, anchor="The Attic row is cheapest per hour")
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
non(f, "| offer | dtype | weights per card (GiB)", "table header with units")
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
A = "- ✘ on five cells: the H200's 68.0 is its fp8 ceiling"
claim(f, "68.0", "throughput", "tok/s", H2 / W(L7, "fp8"), H, anchor=A, note="re-attributed to fp8")
claim(f, "34.0", "throughput", "tok/s", H2 / W(L7, "bf16"), H, anchor=A)
claim(f, "2.5", "kv_cache_total", "GiB", SEQ8, H, anchor=A, note="re-attributed to one sequence")
A = "  puts the whole 141.1 GB on each card instead of 70.6 GB"
claim(f, "141.1 GB", "weights", "GB", W(L7, "bf16"), H, anchor=A)
claim(f, "70.6 GB", "weights", "GB", W(L7, "bf16") / 2, H, anchor=A)
claim(f, "80 GiB", "arithmetic", "GiB", 2 * KV(L7, 8192, 16), H, anchor=A, note="labelled as the cache counted twice")
claim(f, "40 GiB", "kv_cache_total", "GiB", KV(L7, 8192, 16), H, anchor=A)
non(f, "300 GB/s per card):", "hardware spec input")
non(f, "| setup | weights per card, bf16 (GB) |", "table header with units")

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
claim(f, "147 tok/s", "arithmetic", "tok/s", 16 * MID / (N[L8] * BPW["Q4_K_M"]), H, anchor="> And the 147 tok/s was the bot's number times 16", note="labelled as 16 × the bot's 9.16")
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
A = "> Why not Q5_K_M? Llama-3-8B Q5_K_M is 5.73 GB"
claim(f, "5.73 GB", "quantized_file", "GB", GG(L8, "Q5_K_M"), H, anchor=A, **G2)
claim(f, "5.33 GiB", "quantized_file", "GiB", GG(L8, "Q5_K_M"), H, anchor=A, **G2)
claim(f, "6.59 GB", "quantized_file", "GB", GG(L8, "Q6_K"), H, anchor=A, **G2)
claim(f, "10.45 GB", "quantized_file", "GB", GG(P4, "Q5_K_M"), H, anchor=A, **G2)
A = "> Q5_K_M of Phi-4 is 10.45 GB = 9.73 GiB"
claim(f, "10.45 GB", "quantized_file", "GB", GG(P4, "Q5_K_M"), H, anchor=A, **G2)
claim(f, "9.73 GiB", "quantized_file", "GiB", GG(P4, "Q5_K_M"), H, anchor=A, **G2)
claim(f, "1.56 GiB", "kv_cache_total", "GiB", KV(P4, 8192), H, anchor=A)
claim(f, "11.3 GiB", "arithmetic", "GiB", GG(P4, "Q5_K_M") + KV(P4, 8192), H, anchor=A, **G2)
A = "> Q5_K_M of Llama-3-8B reads 5.73 GB per token"
claim(f, "5.73 GB", "quantized_file", "GB", GG(L8, "Q5_K_M"), H, anchor=A, **G2)
claim(f, "62.9 tok/s", "throughput", "tok/s", MID / GG(L8, "Q5_K_M"), H, anchor=A, **G2)
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
A = "> Took 32.1 and 8.68."
claim(f, "32.1", "throughput", "tok/s", BIG / GG(P4, "Q4_K_M"), H, anchor=A, **G2)
claim(f, "8.68", "quantized_file", "GB", GG(GR, "Q8_0"), H, anchor=A, **G2)
claim(f, "8.17B", "params", "B", N[GR], H, anchor=A)
claim(f, "16.34 GB", "weights", "GB", W(GR, "bf16"), H, anchor=A)
SEQ = {L8: 8192, QW: 8192, M7: 4096, GR: 8192, P4: 8192, L13: 4096}
RN = {L8: ("| Llama-3-8B | 4.91 |", "4.91 1.0 73.3"), QW: ("| Qwen2.5-7B | 4.66 |", "4.66 0.44 77.3"),
      M7: ("| Mistral-7B | 4.43 |", "4.43 0.5 81.3"), GR: ("| Granite-3.1-8B | 5.00 |", "5.00 1.25 72.0"),
      P4: ("| Phi-4 | 8.97 |", "8.97 1.56 40.1"), L13: ("| Llama-2-13B | 7.96 |", "7.96 3.13 45.2")}
for m, (row, figs) in RN.items():
    c = figs.split()
    for fig, kind, unit, val in ((c[0], "quantized_file", "GB", GG(m, "Q4_K_M")), (c[1], "kv_cache_total", "GiB", KV(m, SEQ[m])),
                                 (c[2], "throughput", "tok/s", MID / GG(m, "Q4_K_M"))):
        claim(f, fig, kind, unit, val, H, anchor=row, rel=None if kind == "kv_cache_total" else 0.02,
              note="release-notes table (mid tier 360 GB/s; Mistral capped at its 4096 window, Llama-2-13B at max_ctx 4096)")
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
non(f, "**mlinde** (drive-by) commented", "date, time")
non(f, "> On my 3060, `llama-bench` gives 61.2 tok/s", "measured speeds")
non(f, "**tpark** replied 2027-04-13 09:40", "date, time")
non(f, "**okafor** commented 2027-04-13 17:02", "date, time")
non(f, "**ines-v** replied 2027-04-13 17:40", "date, time")
non(f, "**tpark** replied 2027-04-13 18:05", "date, time")
non(f, "| model | Q4_K_M file (GB) |", "table header with units and context")
non(f, "> and printed in another (GiB as GB, bits as bytes).", "issue number, version")
non(f, "- 2027-04-11 13:58 opened, 4 CI runs", "date, counts, run numbers")
non(f, "- 2027-04-13 18:30 approved", "date, approval counts")
non(f, "- 2027-04-16 09:00 merged as 7c3e9d1", "date, commit, version")
non(f, "  31,200 to 29,850 in the first week", "download counts")

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
A = "- [09:20] with 8 KV heads a 4K conversation is 1.25 GiB"
claim(f, "1.25 GiB", "kv_cache_total", "GiB", KV(L70, 4096), H, anchor=A)
claim(f, "8×", "ratio", "×", 10 * GIB / KV(L70, 4096), H, anchor=A)
A = "- [38:00] the per-layer figure is 3.25 GB"
claim(f, "3.25 GB", "activations", "GB", act(L27, 4096, 1, "none", layers=1), H, anchor=A)
claim(f, "104 GB", "activations", "GB", act(L27, 4096, 1, "none"), H, anchor=A)
claim(f, "138 GFLOP", "flops", "GFLOP", 2 * N[L70], H, anchor="- [41:30] 6N is training per token")
A = "- [47:00] Llama-2-7B has 32 KV heads, 512 KiB per token"
claim(f, "512 KiB per token", "kv_cache_per_token", "KiB", KVT(L27), H, anchor=A)
claim(f, "128 GiB", "kv_cache_total", "GiB", KV(L27, 8192, 32), H, anchor=A)
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
claim(f, "209 tokens per second", "throughput", "tokens per second", H1 / W(L8, "bf16"), H, anchor="209 tokens per second.")
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
