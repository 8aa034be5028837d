#!/usr/bin/env python3
"""Ground truth for blind sizing-claims corpus AG (tests/claims_corpus_ag/notes).

Written without reading vaultkit's code, its tests or the other corpora's notes.  Facts come
from /work/shared/claims-gold.md: bytes per dtype, exact parameter counts and configs of the
catalogued models, measured GGUF bits per weight (Llama-3.1-8B), the KV-cache, training-memory
and activation formulas.  Models that claims-gold lacks appear only with their config (or, for
DeepSeek-V3 and gpt-oss, their printed model-card counts) stated in the note itself; the truth
recomputes their parameter counts from that config with the claims-gold formula (asserted below
for the catalogued ones).  Nothing here imports vaultkit.  The checking code (figure reader,
tolerance, error-class checks, output) and the model helpers and catalogue are corpus AE's
truth.py, reused unchanged as corpus AF reused it (with AF's facts: Qwen2.5-14B, a few units, the
bandwidths its notes state); AG adds Yi-1.5-34B and Mistral-Small-24B (from the configs its notes
print), a few units and bandwidths, then its own claims.

    python tests/claims_corpus_ag/truth.py          # verify and (re)write truth.json
    python tests/claims_corpus_ag/truth.py --check  # verify; fail if truth.json is stale

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

# ---- en_01: weekly newsletter digest with ✔/✘ checks, reader mail, corrections table (issue #52) ------------------
f = "en_01"
L8, L405, DS = "llama3-8b", "llama3.1-405b", N["deepseek-v3"]
KVD = MLA_DSV3 * 2
C405 = 6 * N[L405] * 15.6e12
SCALE.update({"million GPU-hours": 1e6})
claim(f, "128 KiB", "kv_cache_per_token", "KiB", KVT(L8), H, anchor="The author works through Llama-3.1-8B")
claim(f, "16 GiB", "kv_cache_total", "GiB", KV(L8, 131072), H, anchor="The author works through Llama-3.1-8B")
claim(f, "16.06 GB", "weights", "GB", W(L8, "bf16"), H, anchor="The author works through Llama-3.1-8B")
claim(f, "128 GiB", "kv_cache_total", "GiB", KV(L8, 131072, 8), H, anchor="With eight such sessions")
claim(f, "137 GB", "kv_cache_total", "GB", KV(L8, 131072, 8), H, anchor="With eight such sessions")
claim(f, "1 GiB", "kv_cache_total", "GiB", KV(L8, 32768), X, "off_2x", anchor="She also claims that at 32K", note="4 GiB")
A = "- ✔ 128 KiB, 16 GiB, 128 GiB and 137 GB"
claim(f, "128 KiB", "kv_cache_per_token", "KiB", KVT(L8), H, anchor=A)
claim(f, "16 GiB", "kv_cache_total", "GiB", KV(L8, 131072), H, anchor=A)
claim(f, "128 GiB", "kv_cache_total", "GiB", KV(L8, 131072, 8), H, anchor=A)
claim(f, "137 GB", "kv_cache_total", "GB", KV(L8, 131072, 8), H, anchor=A)
claim(f, "17.2 GB", "kv_cache_total", "GB", KV(L8, 131072), H, anchor=A)
claim(f, "4 GiB", "kv_cache_total", "GiB", KV(L8, 32768), H, anchor="- ✘ At 32K it is 4 GiB")
claim(f, "4.29 GB", "kv_cache_total", "GB", KV(L8, 32768), H, anchor="- ✘ At 32K it is 4 GiB")
claim(f, "≈ 3.8 × 10²⁵ FLOP", "flops", "FLOP", C405, H, hedged=True, anchor="By the 6ND rule the run is")
claim(f, "about 68 days", "time", "days", C405 / (16384 * 0.4 * 989e12), H, hedged=True)
claim(f, "about 2.7 million GPU-hours", "time", "million GPU-hours", C405 / (0.4 * 989e12) / 3600, X, "off_2x", hedged=True, note="26.7 million GPU-hours")
claim(f, "≈ 812 GFLOP", "flops", "GFLOP", 2 * N[L405], H, hedged=True)
claim(f, "≈ 26.7 million GPU-hours", "time", "million GPU-hours", C405 / (0.4 * 989e12) / 3600, H, hedged=True)
claim(f, "68 days", "time", "days", C405 / (16384 * 0.4 * 989e12), H, anchor="- ✔ The 68 days and the 812 GFLOP hold.")
claim(f, "812 GFLOP", "flops", "GFLOP", 2 * N[L405], H, anchor="- ✔ The 68 days and the 812 GFLOP hold.")
T = lambda m: f"| {m} |"
for m, cells in (("Llama-3-8B", [("4.9", GG("llama3-8b", "Q4_K_M"), None), ("8.5", GG("llama3-8b", "Q8_0"), None), ("16.1", W("llama3-8b", "bf16"), None)]),
                 ("Qwen2.5-14B", [("9.0", GG("qwen2.5-14b", "Q4_K_M"), None), ("15.7", GG("qwen2.5-14b", "Q8_0"), None), ("29.5", W("qwen2.5-14b", "bf16"), None)]),
                 ("Qwen2.5-32B", [("10.0", GG("qwen2.5-32b", "Q4_K_M"), "off_2x"), ("34.8", GG("qwen2.5-32b", "Q8_0"), None), ("65.5", W("qwen2.5-32b", "bf16"), None)]),
                 ("Llama-3-70B", [("40.2", GG("llama3-70b", "Q4_K_M"), "gib_as_gb"), ("75.0", GG("llama3-70b", "Q8_0"), None), ("141.1", W("llama3-70b", "bf16"), None)]),
                 ("Mixtral-8x7B", [("28.6", GG("mixtral-8x7b", "Q4_K_M"), None), ("49.6", GG("mixtral-8x7b", "Q8_0"), None), ("46.7", W("mixtral-8x7b", "bf16"), "wrong_dtype")])):
    for i, (fig, val, err) in enumerate(cells):
        claim(f, fig, "quantized_file" if i < 2 else "weights", "GB", val, X if err else H, err, anchor=T(m),
              rel=0.02 if i < 2 else None, note="screenshotted table" + ("" if not err else "; wrong"))
claim(f, "20.0 GB", "quantized_file", "GB", GG("qwen2.5-32b", "Q4_K_M"), H, rel=0.02, anchor="Qwen2.5-32B at Q4_K_M is 20.0 GB")
claim(f, "40.2 GiB", "quantized_file", "GiB", GG("llama3-70b", "Q4_K_M"), H, rel=0.02, anchor="the file is 40.2 GiB, which is 43.2 GB")
claim(f, "43.2 GB", "quantized_file", "GB", GG("llama3-70b", "Q4_K_M"), H, rel=0.02, anchor="the file is 40.2 GiB, which is 43.2 GB")
claim(f, "93.4 GB", "weights", "GB", W("mixtral-8x7b", "bf16"), H, anchor="- ✘ Mixtral-8x7B in bf16 is 93.4 GB")
claim(f, "46.7 GB", "weights", "GB", W("mixtral-8x7b", "fp8"), H, anchor="- ✘ Mixtral-8x7B in bf16 is 93.4 GB", note="re-attributed to fp8")
claim(f, "671B", "params", "B", DS, H, anchor="671B total, 37B active")
claim(f, "37B", "params", "B", ACTIVE_DSV3, H, anchor="671B total, 37B active")
claim(f, "671 GB", "weights", "GB", W(DS, "fp8"), H, anchor="671B total, 37B active")
claim(f, "68.6 KiB", "kv_cache_per_token", "KiB", KVD, H, anchor="MLA keeps the cache at 68.6 KiB")
claim(f, "8.6 GiB", "kv_cache_total", "GiB", KVD * 131072, H, anchor="MLA keeps the cache at 68.6 KiB")
claim(f, "37 GB", "weights", "GB", W(ACTIVE_DSV3, "fp8"), H, anchor="Per token the node only reads", note="bytes read per token")
claim(f, "2.7 TB", "weights", "TB", W(DS, "bf16"), X, "wrong_dtype", anchor="The writer adds that a bf16 copy", note="fp32 size; bf16 1.34 TB")
claim(f, "1.34 TB", "weights", "TB", W(DS, "bf16"), H, anchor="- ✘ bf16 is 1.34 TB")
claim(f, "2.7 TB", "weights", "TB", W(DS, "fp32"), H, anchor="- ✘ bf16 is 1.34 TB", note="re-attributed to fp32")
A = "- ✔ 671 GB, 68.6 KiB and 8.6 GiB hold"
claim(f, "671 GB", "weights", "GB", W(DS, "fp8"), H, anchor=A)
claim(f, "68.6 KiB", "kv_cache_per_token", "KiB", KVD, H, anchor=A)
claim(f, "8.6 GiB", "kv_cache_total", "GiB", KVD * 131072, H, anchor=A)
claim(f, "70,272 bytes", "kv_cache_per_token", "bytes", KVD, H, anchor=A)
claim(f, "4.9 GB", "quantized_file", "GB", GG(L8, "Q4_K_M"), H, rel=0.02, anchor="Decode is bandwidth-bound: 1008 GB/s")
claim(f, "≈ 205 tok/s", "throughput", "tok/s", RTX4090_BW / GG(L8, "Q4_K_M"), H, hedged=True)
claim(f, "about 31 tok/s", "throughput", "tok/s", RTX4090_BW / W(L8, "bf16"), X, "wrong_dtype", hedged=True, note="fp32 ceiling; bf16 63 tok/s")
claim(f, "8.06 Tbit/s", "bandwidth", "Tbit/s", RTX4090_BW, H)
A = "- ✘ bf16 weights are 16.06 GB"
claim(f, "16.06 GB", "weights", "GB", W(L8, "bf16"), H, anchor=A)
claim(f, "≈ 63 tok/s", "throughput", "tok/s", RTX4090_BW / W(L8, "bf16"), H, hedged=True, anchor=A)
claim(f, "31 tok/s", "throughput", "tok/s", RTX4090_BW / W(L8, "fp32"), H, anchor=A, note="re-attributed to fp32")
claim(f, "7.62B parameters", "params", "B", N["qwen2.5-7b"], H)
claim(f, "15.2 GB", "weights", "GB", W("qwen2.5-7b", "bf16"), H, anchor="- Qwen2.5-7B: 7.62B parameters")
claim(f, "56 KiB", "kv_cache_per_token", "KiB", KVT("qwen2.5-7b"), H, anchor="- Qwen2.5-7B: 7.62B parameters")
claim(f, "512 MiB", "kv_cache_total", "MiB", KV("mistral-7b", 4096), H, bound="upper", anchor="- Mistral-7B with its 4096-token sliding window")
claim(f, "8 KiB per token", "kv_cache_per_token", "KiB", KVT("falcon-7b"), H)
claim(f, "16 MiB", "kv_cache_total", "MiB", KV("falcon-7b", 2048), H, anchor="- Falcon-7B's multi-query cache")
claim(f, "≈ 62 GB", "weights", "GB", N["gpt-oss-120b"] * MX4, H, hedged=True)
claim(f, "≈ 11 GB", "weights", "GB", N["gpt-oss-20b"] * MX4, H, hedged=True)
claim(f, "141B", "params", "B", N["mixtral-8x22b"], H, anchor="- Mixtral-8x22B: 141B total")
claim(f, "39B", "params", "B", ACTIVE_M22, H, anchor="- Mixtral-8x22B: 141B total")
claim(f, "≈ 86 GB", "quantized_file", "GB", GG("mixtral-8x22b", "Q4_K_M"), H, hedged=True, anchor="- Mixtral-8x22B: 141B total")
claim(f, "2.5 MiB per token", "kv_cache_per_token", "MiB", KVT("llama2-70b"), X, "off_2x", note="64 query heads; 320 KiB")
claim(f, "10 GiB", "kv_cache_total", "GiB", KV("llama2-70b", 4096), X, "off_2x", anchor="- Llama-2-70B's grouped-query cache", note="1.25 GiB")
claim(f, "249 MB", "weights", "MB", W("gpt2", "fp16"), H)
claim(f, "110M params", "params", "M", N["bert-base"], H)
claim(f, "438 MB", "weights", "MB", W("bert-base", "fp32"), H)
claim(f, "14.5 GB", "weights", "GB", W("mistral-7b", "fp16"), H, anchor="- Mistral-7B in fp16 is 14.5 GB")
claim(f, "7.2 GB", "weights", "GB", W("mistral-7b", "fp8"), H, anchor="- Mistral-7B in fp16 is 14.5 GB")
claim(f, "≈ 5.65 GB", "quantized_file", "GB", GG("gemma2-9b", "Q4_K_M"), H, hedged=True)
claim(f, "9.24 GB", "weights", "GB", W("gemma2-9b", "bf16"), X, "wrong_dtype", anchor="- Gemma 2 9B at Q4_K_M", note="int8 size; bf16 18.5 GB")
A = "> Llama-2-70B has 8 KV heads"
claim(f, "320 KiB", "kv_cache_per_token", "KiB", KVT("llama2-70b"), H, anchor=A)
claim(f, "1.25 GiB", "kv_cache_total", "GiB", KV("llama2-70b", 4096), H, anchor=A)
claim(f, "2.5 MiB", "arithmetic", "MiB", 2 * 80 * 64 * 128 * 2, H, anchor=A, note="labelled as the 64-head figure")
claim(f, "18.5 GB", "weights", "GB", W("gemma2-9b", "bf16"), H, anchor="> Gemma 2 9B in bf16 is 18.5 GB")
claim(f, "9.24 GB", "weights", "GB", W("gemma2-9b", "int8"), H, anchor="> Gemma 2 9B in bf16 is 18.5 GB", note="re-attributed to int8")
claim(f, "64×", "ratio", "×", KVT("llama2-7b") / KVT("falcon-7b"), H)
claim(f, "512 KiB", "kv_cache_per_token", "KiB", KVT("llama2-7b"), H, anchor="**64×**")
claim(f, "8 KiB", "kv_cache_per_token", "KiB", KVT("falcon-7b"), H, anchor="**64×**")
claim(f, "40.2 GB", "quantized_file", "GB", GG("llama3-70b", "Q4_K_M"), X, "gib_as_gb", note="40.2 GiB = 43.2 GB")
claim(f, "43.2 GB", "quantized_file", "GB", GG("llama3-70b", "Q4_K_M"), H, rel=0.02, anchor="*Editor:* the file is 43.2 GB")
claim(f, "40.2 GiB", "quantized_file", "GiB", GG("llama3-70b", "Q4_K_M"), H, rel=0.02, anchor="*Editor:* the file is 43.2 GB")
claim(f, "1008 Gbit/s", "bandwidth", "Gbit/s", RTX4090_BW, X, "wrong_unit", note="1008 GB/s = 8,064 Gbit/s")
claim(f, "8,064 Gbit/s", "bandwidth", "Gbit/s", RTX4090_BW, H)
claim(f, "64 GB", "training", "GB", 16 * N[L8], X, "off_2x", anchor="**Sam:**", note="8 B/param; 16 B/param 128.5 GB")
claim(f, "128.5 GB", "training", "GB", 16 * N[L8], H)
claim(f, "16.1 GB per GPU", "training", "GB", zero(N[L8], 8, 3), H)
claim(f, "about 16 GB of KV cache", "kv_cache_total", "GB", KV(L8, 32768), X, "off_2x", hedged=True, note="4 GiB = 4.29 GB", **Q)
claim(f, "about 16 GB in bf16", "weights", "GB", W(L8, "bf16"), H, hedged=True, **Q)
claim(f, "4 GiB", "kv_cache_total", "GiB", KV(L8, 32768), H, anchor="*Editor:* the second half is right")
claim(f, "≈ 4.3 GB", "kv_cache_total", "GB", KV(L8, 32768), H, hedged=True)
C = [("C1", "145.4 GB", "72.7 GB", "weights", "GB", W("qwen2.5-72b", "fp8"), "wrong_dtype"),
     ("C2", "800 KiB", "200 KiB", "kv_cache_per_token", "KiB", KVT("phi4"), "off_2x"),
     ("C3", "9.82 GiB", "9.82 GB", "quantized_file", None, GG("gemma2-9b", "Q8_0"), "gb_as_gib"),
     ("C4", "3.35 Tbit/s", "26.8 Tbit/s", "bandwidth", "Tbit/s", H100_BW, "wrong_unit"),
     ("C5", "141.1 GB", "70.6 GB", "weights", "GB", W("llama3-70b", "bf16") / 2, "per_gpu"),
     ("C6", "93.4 GB", "25.8 GB", "weights", "GB", W(ACTIVE_M7, "bf16"), "wrong_kind")]
for r, was, now, kind, unit, val, err in C:
    claim(f, was, kind, unit or was.split()[-1], val, X, err, anchor=f"| {r} |", note="issue #51 said")
    claim(f, now, kind, unit or now.split()[-1], val, H, anchor=f"| {r} |", rel=0.02 if kind == "quantized_file" else None)
A = "- Llama-3.1-8B at 128K: 16 GiB"
claim(f, "16 GiB", "kv_cache_total", "GiB", KV(L8, 131072), H, anchor=A)
claim(f, "≈ 3.8 × 10²⁵ FLOP", "flops", "FLOP", C405, H, hedged=True, anchor=A)
claim(f, "93.4 GB", "weights", "GB", W("mixtral-8x7b", "bf16"), H, anchor="- GGUF table: three bad cells")
claim(f, "671 GB", "weights", "GB", W(DS, "fp8"), H, anchor="- DeepSeek-V3 fp8 = 671 GB")
claim(f, "37 GB", "weights", "GB", W(ACTIVE_DSV3, "fp8"), H, anchor="- DeepSeek-V3 fp8 = 671 GB", note="bytes read per token")
non(f, "received: 2027-02-14T07:30", "timestamp")
non(f, "issue: 52", "issue number")
non(f, "subscribers: 18204", "subscriber count")
non(f, "created: 2027-02-14", "date")
non(f, "updated: 2027-02-16", "date")
non(f, "links_saved: 9", "count")
non(f, "my_rating: 4/5", "rating")
non(f, "this is issue 52, so one full year", "issue number")
non(f, "### 1. \"Your 128K context costs more", "context setting, reading time")
non(f, "### 5. \"Why your 4090 does 190 tok/s", "measured speed, video length")
non(f, "- ✔ The other twelve cells hold", "tolerance percentage")
non(f, "Thanks to the 23 readers", "reader count")
non(f, "**Sponsored:** RentAGPU", "price, discount, promo code")
non(f, "you subscribed on 2026-03-02", "date, reader count")
non(f, "[^1]: Reply count from the editor's note", "issue number, date")
non(f, "- File the ceilings under [[Decode ceilings]]", "formula with free variables")

f = "en_01"
claim(f, "17.6 GB", "weights", "GB", W("llama3-70b", "int4"), X, "off_2x", note="2-bit size; int4 35.3 GB")
claim(f, "72.7 GB", "weights", "GB", W("qwen2.5-72b", "bf16"), X, "wrong_dtype", anchor="- \"Qwen2.5-72B needs 72.7 GB in bf16.\"", note="fp8 size; bf16 145.4 GB")
claim(f, "12.5 GiB", "kv_cache_total", "GiB", KV("phi4", 16384), X, "off_2x", note="3.125 GiB")
claim(f, "4.8 Gbit/s", "bandwidth", "Gbit/s", H200_BW, X, "wrong_unit", note="4.8 TB/s = 38.4 Tbit/s")
claim(f, "2.9 × 10²² FLOP", "flops", "FLOP", 6 * N["mistral-7b"] * 2e12, X, "off_2x", note="6ND 8.7 × 10²²")
claim(f, "62 GB", "weights", "GB", ACTIVE_OSS120 * MX4, X, "wrong_kind", anchor="- \"gpt-oss-120b has to read 62 GB", note="stored size; read per token 2.73 GB")
claim(f, "175 GB", "weights", "GB", W("gpt3", "fp16"), X, "wrong_dtype", note="int8 size; fp16 349 GB")
claim(f, "4.9 GB", "quantized_file", "GB", GG("llama3-8b", "F16"), X, "off_2x", anchor="- \"The Llama-3-8B F16 GGUF", note="Q4_K_M size; F16 16.06 GB")
claim(f, "13.6B parameters", "params", "B", N["gemma2-27b"], X, "off_2x", note="27.2B")
claim(f, "40 GiB", "kv_cache_total", "GiB", KV("llama3-70b", 32768), X, "off_2x", anchor="- \"A 32K Llama-3-70B conversation", note="10 GiB")

# ---- en_02: wiki draft "KV cache" with its talk page (article table with bad edits, threads, reverted AI edit) ------
f = "en_02"
L8, L70, L405, Q7, MI, F7 = "llama3-8b", "llama3-70b", "llama3.1-405b", "qwen2.5-7b", "mistral-7b", "falcon-7b"
KVD = MLA_DSV3 * 2
SCALE.update({"blocks": 1})
C = "per_token = 2 * L * k * d * p"
claim(f, "327,680 bytes", "kv_cache_per_token", "bytes", KVT(L70), H, anchor=C)
claim(f, "320 KiB", "kv_cache_per_token", "KiB", KVT(L70), H, anchor=C)
claim(f, "40 GiB", "kv_cache_total", "GiB", KV(L70, 32768, 4), H, anchor="total = per_token * 32768 * 4")
T = lambda m: f"| {m} | "
rows = [("Llama-2-7B", "llama2-7b", [("512 KiB", KVT("llama2-7b"), None), ("4 GiB", KV("llama2-7b", 8192), None), ("64 GiB", KV("llama2-7b", 131072), None)]),
        ("Llama-3-8B", L8, [("128 KiB", KVT(L8), None), ("1 GiB", KV(L8, 8192), None), ("16 GiB", KV(L8, 131072), None)]),
        ("Llama-3-70B", L70, [("320 KiB", KVT(L70), None), ("2.5 GiB", KV(L70, 8192), None), ("40 GiB", KV(L70, 131072), None)]),
        ("Qwen2.5-7B", Q7, [("392 KiB", KVT(Q7), "off_2x"), ("3.06 GiB", KV(Q7, 8192), "off_2x"), ("49 GiB", KV(Q7, 131072), "off_2x")]),
        ("Mistral-7B", MI, [("128 KiB", KVT(MI), None), ("1.0 GiB", KV(MI, 4096), "off_2x"), ("0.5 GiB", KV(MI, 4096), None)]),
        ("Falcon-7B", F7, [("8 KiB", KVT(F7), None), ("64 MiB", KV(F7, 8192), None), ("1 GiB", KV(F7, 131072), None)]),
        ("Llama-3.1-405B", L405, [("504 KiB", KVT(L405), None), ("3.94 GiB", KV(L405, 8192), None), ("126 GiB", KV(L405, 131072), "off_2x")])]
for name, m, cells in rows:
    for i, (fig, val, err) in enumerate(cells):
        claim(f, fig, "kv_cache_per_token" if i == 0 else "kv_cache_total", fig.split()[-1], val, X if err else H, err,
              anchor=T(name) + ("32 | 32" if name == "Llama-2-7B" else ""), note="article table" + (": query heads" if name == "Qwen2.5-7B" else "") + (": window ignored" if err and name == "Mistral-7B" else "") + (": doubled" if err and name == "Llama-3.1-405B" else ""))
claim(f, "1.25 GiB", "kv_cache_total", "GiB", KV("llama2-70b", 4096), H, anchor="> At its 4K context Llama-2-70B")
claim(f, "3.125 GiB", "kv_cache_total", "GiB", KV("llama2-13b", 4096), H)
A = "GQA shares each KV head"
claim(f, "320 KiB", "kv_cache_per_token", "KiB", KVT(L70), H, anchor=A)
claim(f, "2.5 MiB", "arithmetic", "MiB", 2 * 80 * 64 * 128 * 2, H, anchor=A, note="hypothetical multi-head version, labelled")
A = "Falcon-7B's multi-query attention"
claim(f, "8 KiB per token", "kv_cache_per_token", "KiB", KVT(F7), H, anchor=A)
claim(f, "71×", "ratio", "×", 2 * 32 * 71 * 64 * 2 / KVT(F7), H, anchor=A)
A = "DeepSeek-V3 caches a 512-dim latent"
claim(f, "70,272 bytes", "kv_cache_per_token", "bytes", KVD, H, anchor=A)
claim(f, "68.6 KiB", "kv_cache_per_token", "KiB", KVD, H, anchor=A)
claim(f, "8.58 GiB", "kv_cache_total", "GiB", KVD * 131072, H, anchor=A)
claim(f, "about 28×", "ratio", "×", 2 * 61 * 128 * 128 * 2 / KVD, X, "off_2x", hedged=True, note="K and V counted once; 56.9×")
claim(f, "512 MiB", "kv_cache_total", "MiB", KV(MI, 4096), H, anchor="Mistral-7B attends to the last 4096 tokens")
A = "An fp8 cache halves the bytes"
claim(f, "40 GiB", "kv_cache_total", "GiB", KV(L70, 131072), H, anchor=A)
claim(f, "20 GiB", "kv_cache_total", "GiB", KV(L70, 131072, 1, 1), H, anchor=A)
claim(f, "21.25 GiB", "kv_cache_total", "GiB", KV(L70, 131072) * 8.5 / 16, H)
claim(f, "7.9 GiB", "kv_cache_total", "GiB", KV(L405, 131072, 1, 0.5), X, "off_2x", anchor="An int4 cache brings", note="15.75 GiB")
claim(f, "2 MiB", "kv_cache_total", "MiB", KV(L8, 16), H, anchor="vLLM allocates the cache in blocks")
claim(f, "20,480 blocks", "arithmetic", "blocks", 40 * GIB / KV(L8, 16), H)
claim(f, "327,680 tokens", "tokens", "tokens", 40 * GIB / KVT(L8), H)
A = "The Qwen2.5-7B row uses the 28 query heads"
claim(f, "57,344 bytes", "kv_cache_per_token", "bytes", KVT(Q7), H, anchor=A)
claim(f, "56 KiB", "kv_cache_per_token", "KiB", KVT(Q7), H, anchor=A)
claim(f, "448 MiB", "kv_cache_total", "MiB", KV(Q7, 8192), H, anchor=A)
claim(f, "7 GiB", "kv_cache_total", "GiB", KV(Q7, 131072), H, anchor=A)
claim(f, "392 KiB", "arithmetic", "KiB", 2 * 28 * 28 * 128 * 2, H, anchor=": Agreed. The 392 KiB", note="re-attributed to a 28-head multi-head model")
A = "The 8K cell for Mistral-7B should be 0.5 GiB"
claim(f, "0.5 GiB", "kv_cache_total", "GiB", KV(MI, 4096), H, anchor=A)
claim(f, "1.0 GiB", "arithmetic", "GiB", KV(MI, 8192), H, anchor=A, note="labelled as the no-window value")
claim(f, "2 GiB", "kv_cache_total", "GiB", KV(MI, 4096), X, "off_2x", anchor=": The window only kicks in past 32K", note="0.5 GiB")
claim(f, "0.5 GiB", "kv_cache_total", "GiB", KV(MI, 4096), H, anchor=":: It caps at 4096 from the start")
claim(f, "568 KiB per token", "kv_cache_per_token", "KiB", KVT(F7), X, "off_2x", note="one KV head; 8 KiB")
A = ": One KV head. 568 KiB"
claim(f, "568 KiB", "arithmetic", "KiB", 2 * 32 * 71 * 64 * 2, H, anchor=A, note="labelled as the 71-KV-head figure")
claim(f, "8 KiB", "kv_cache_per_token", "KiB", KVT(F7), H, anchor=A)
claim(f, "63 GiB", "kv_cache_total", "GiB", KV(L405, 131072), H, anchor="The 405B row at 128K should be 63 GiB")
Qt = "> \"For Llama-3-8B the KV cache is 512 KiB"
claim(f, "512 KiB", "kv_cache_per_token", "KiB", KVT(L8), X, "off_2x", anchor=Qt, note="32 heads; 128 KiB", **Q)
claim(f, "4 GiB", "kv_cache_total", "GiB", KV(L8, 8192), X, "off_2x", anchor=Qt, note="1 GiB", **Q)
Qt = "> and a batch of 16 such sequences"
claim(f, "64 GiB", "kv_cache_total", "GiB", KV(L8, 8192, 16), X, "off_2x", anchor=Qt, note="16 GiB", **Q)
claim(f, "32 GiB", "kv_cache_total", "GiB", KV(L8, 8192, 16, 1), X, "off_2x", anchor=Qt, note="fp8: 8 GiB", **Q)
A = "Reverted: with 8 KV heads the same sentence"
claim(f, "128 KiB", "kv_cache_per_token", "KiB", KVT(L8), H, anchor=A)
claim(f, "1 GiB", "kv_cache_total", "GiB", KV(L8, 8192), H, anchor=A)
claim(f, "16 GiB", "kv_cache_total", "GiB", KV(L8, 8192, 16), H, anchor=A)
claim(f, "8 GiB", "kv_cache_total", "GiB", KV(L8, 8192, 16, 1), H, anchor=A)
A = "Readers buy cards in GB."
claim(f, "40 GiB", "kv_cache_total", "GiB", KV(L70, 131072), H, anchor=A)
claim(f, "42.9 GB", "kv_cache_total", "GB", KV(L70, 131072), H, anchor=A)
claim(f, "63 GiB", "kv_cache_total", "GiB", KV(L405, 131072), H, anchor=A)
claim(f, "67.6 GB", "kv_cache_total", "GB", KV(L405, 131072), H, anchor=A)
claim(f, "40.0 GB", "kv_cache_total", "GB", KV(L70, 131072), X, "gib_as_gb", note="40 GiB = 42.9 GB")
claim(f, "63.0 GB", "kv_cache_total", "GB", KV(L405, 131072), X, "gib_as_gb", note="63 GiB = 67.6 GB")
claim(f, "7 %", "percentage", "%", 100 * (GIB / 1e9 - 1), H, anchor=":: 7 % is not noise")
claim(f, "4.6 GB", "arithmetic", "GB", KV(L405, 131072) - 63e9, H)
A = "Under TP=8 each GPU keeps 1/8"
claim(f, "504 KiB", "kv_cache_per_token", "KiB", KVT(L405), H, anchor=A)
claim(f, "63 KiB per GPU", "kv_cache_per_token", "KiB", KVT(L405) / 8, H, anchor=A)
claim(f, "7.9 GiB per GPU", "kv_cache_total", "GiB", KV(L405, 131072) / 8, H, anchor=A)
claim(f, "7.9 GiB in total", "kv_cache_total", "GiB", KV(L405, 131072), X, "per_gpu", note="per-GPU share; total 63 GiB")
claim(f, "80 KiB per token per GPU", "kv_cache_per_token", "KiB", KVT(L70) / 4, H)
A = "Quick sanity list I use"
claim(f, "8 GiB", "kv_cache_total", "GiB", KV(L8, 32768), X, "off_2x", anchor=A, note="4 GiB")
claim(f, "16 GiB", "kv_cache_total", "GiB", KV("mixtral-8x7b", 32768), X, "off_2x", anchor=A, note="4 GiB")
claim(f, "80 GiB", "kv_cache_total", "GiB", KV("qwen2.5-72b", 32768), X, "off_2x", anchor=A, note="10 GiB")
A = ": All three are high."
claim(f, "4 GiB", "kv_cache_total", "GiB", KV(L8, 32768), H, anchor=A)
claim(f, "4 GiB", "kv_cache_total", "GiB", KV("mixtral-8x7b", 32768), H, anchor=A, occ=2)
claim(f, "10 GiB", "kv_cache_total", "GiB", KV("qwen2.5-72b", 32768), H, anchor=A)
claim(f, "8.58 GB", "kv_cache_total", "GB", KVD * 131072, X, "gib_as_gb", note="8.58 GiB = 9.21 GB")
non(f, "page_id: 88417", "page id")
non(f, "revision: 1204553", "revision number")
non(f, "watchers: 37", "count")
non(f, "created: 2027-01-09", "date")
non(f, "updated: 2027-01-23", "date")
non(f, "> Copied from our internal wiki on 2027-01-23", "date, revision number")
non(f, "| Introduced | 2017", "year")
non(f, "$$M_{\\text{KV}} = 2", "LaTeX formula with free variables")
non(f, "The leading 2 counts keys and values", "formula constant")
non(f, "L, k, d, p = 80, 8, 128, 2", "config inputs")
non(f, "— User:Ferrule 09:12, 14 January 2027", "signature timestamp")
non(f, ": — User:Tokamak 10:40, 14 January 2027", "signature timestamp")
non(f, "— User:Ferrule 11:03, 14 January 2027", "signature timestamp")
non(f, "Rev. 1203990 was written with an AI assistant", "revision number")
non(f, "| 1204553 | 2027-01-21", "revision, date, IP address, byte diff of the page")
non(f, "| 1203990 | 2027-01-18", "revision, date, byte diff of the page")
non(f, "| 1203772 | 2027-01-15", "revision, date, byte diff of the page")
non(f, "[^1]: Pope et al. 2022", "citation year, section")
non(f, "[^2]: Capped by the sliding window", "window length (config)")

# ---- en_03: pub-quiz marking notes (questions with answers, three teams' sheets, disputes, a chatbot on a phone) ---
f = "en_03"
L27, L8, L70, Q14, MI, GXL, M7 = "llama2-7b", "llama3-8b", "llama3-70b", "qwen2.5-14b", "mistral-7b", "gpt2-xl", "mixtral-8x7b"
SCALE.update({"TiB/s": TIB})
OSS20 = N["gpt-oss-20b"] * MX4
V = {"Q1": (N[L27], "params"), "Q2": (W(L8, "bf16"), "weights"), "Q3": (KVT(L70), "kv_cache_per_token"),
     "Q4": (GG(Q14, "Q4_K_M"), "quantized_file"), "Q5": (H100_BW / GG(L70, "Q4_K_M"), "throughput"),
     "Q6": (16 * N[MI], "training"), "Q7": (6 * N[GXL] * 30e9, "flops"), "Q8": (W(ACTIVE_M7, "bf16"), "weights"),
     "Q9": (H100_BW, "bandwidth"), "Q10": (KV(L8, 8192, 32), "kv_cache_total"), "Q11": (OSS20, "quantized_file"),
     "Q12": (N["bert-large"], "params")}
def q(fig, unit, qn, anchor, occ=1, hedged=False):
    val, kind = V[qn]
    claim(f, fig, kind, unit, val, H, anchor=anchor, occ=occ, hedged=hedged, rel=0.02 if kind == "quantized_file" else None)
q("6,738,415,616", "params", "Q1", "**Q1.**")
q("16.06 GB", "GB", "Q2", "**Q2.**")
q("14.96 GiB", "GiB", "Q2", "**Q2.**")
q("320 KiB", "KiB", "Q3", "**Q3.**")
q("9.04 GB", "GB", "Q4", "**Q4.**")
q("≈ 78 tok/s", "tok/s", "Q5", "**Q5.**", hedged=True)
q("115.9 GB", "GB", "Q6", "**Q6.**")
q("2.8 × 10²⁰ FLOP", "FLOP", "Q7", "**Q7.**")
q("25.8 GB", "GB", "Q8", "**Q8.**")
q("26,800 Gbit/s", "Gbit/s", "Q9", "**Q9.**")
q("32 GiB", "GiB", "Q10", "**Q10.**")
q("11.1 GB", "GB", "Q11", "**Q11.**")
q("335M", "M", "Q12", "**Q12.**")
q("335,141,888", "params", "Q12", "**Q12.**")
SHEET = {"Q1": [("6,738,415,616", "params", None), ("13,476,831,232", "params", "off_2x"), ("6.74B", "B", None)],
         "Q2": [("16.06 GB", "GB", None), ("8.03 GB", "GB", "wrong_dtype"), ("14.96 GB", "GB", "gib_as_gb")],
         "Q3": [("320 KiB", "KiB", None), ("2.5 MiB", "MiB", "off_2x"), ("320 KiB", "KiB", None)],
         "Q4": [("9.04 GB", "GB", None), ("29.5 GB", "GB", "wrong_dtype"), ("8.42 GB", "GB", "gib_as_gb")],
         "Q5": [("≈ 78 tok/s", "tok/s", None), ("155 tok/s", "tok/s", "off_2x"), ("24 tok/s", "tok/s", "wrong_dtype")],
         "Q6": [("115.9 GB", "GB", None), ("57.9 GB", "GB", "off_2x"), ("14.5 GB", "GB", "wrong_kind")],
         "Q7": [("2.8 × 10²⁰ FLOP", "FLOP", None), ("9.3 × 10¹⁹ FLOP", "FLOP", "off_2x"), ("2.8 × 10²⁰ FLOP", "FLOP", None)],
         "Q8": [("25.8 GB", "GB", None), ("93.4 GB", "GB", "wrong_kind"), ("12.9 GB", "GB", "wrong_dtype")],
         "Q9": [("26,800 Gbit/s", "Gbit/s", None), ("3,350 Gbit/s", "Gbit/s", "wrong_unit"), ("419 Gbit/s", "Gbit/s", "wrong_unit")],
         "Q10": [("32 GiB", "GiB", None), ("1 GiB", "GiB", "off_2x"), ("128 GiB", "GiB", "off_2x")],
         "Q11": [("11.1 GB", "GB", None), ("41.8 GB", "GB", "wrong_dtype"), ("10.3 GiB", "GiB", None)],
         "Q12": [("335M", "M", None), ("670M", "M", "off_2x"), ("110M", "M", "off_2x")]}
WHY = {("Q1", 1): "fp16 bytes given as parameters", ("Q2", 1): "int8 size", ("Q2", 2): "16.06 GB = 14.96 GiB",
       ("Q3", 1): "64 query heads; 320 KiB", ("Q4", 1): "bf16 size; Q4_K_M 9.04 GB", ("Q4", 2): "8.42 GiB = 9.04 GB",
       ("Q5", 1): "78 tok/s", ("Q5", 2): "bf16 ceiling; Q4_K_M 78 tok/s", ("Q6", 1): "8 B/param; 115.9 GB",
       ("Q6", 2): "bf16 weights instead of training memory", ("Q7", 1): "2ND; 6ND 2.8e20", ("Q8", 1): "total, not active; 25.8 GB",
       ("Q8", 2): "fp8 active; bf16 25.8 GB", ("Q9", 1): "3.35 TB/s = 26,800 Gbit/s", ("Q9", 2): "divided by 8 instead of multiplying",
       ("Q10", 1): "batch forgotten; 32 GiB", ("Q10", 2): "query heads; 32 GiB", ("Q11", 1): "bf16 size; MXFP4 11.1 GB",
       ("Q12", 1): "fp16 MB as params; 335M", ("Q12", 2): "BERT-base; 335M"}
for qn, cells in SHEET.items():
    val, kind = V[qn]
    seen = Counter()
    for i, (fig, unit, err) in enumerate(cells):
        seen[fig] += 1
        claim(f, fig, kind, unit, val, X if err else H, err, anchor=f"| {qn} |", occ=seen[fig], hedged=fig.startswith("≈"),
              rel=0.02 if kind == "quantized_file" and not err else None, note=["Tensor Tots", "Attention Span", "Quantum of Solace"][i] + ("; " + WHY[(qn, i)] if err else ""))
claim(f, "8.03 GB", "weights", "GB", W(L8, "bf16"), X, "wrong_dtype", anchor="- **Attention Span** on Q2", note="int8 size; bf16 16.06 GB")
claim(f, "8.03 GB", "weights", "GB", W(L8, "int8"), H, anchor="  - Rejected: bf16 is two bytes", note="re-attributed to int8/fp8")
A = "- **Quantum of Solace** on Q2"
claim(f, "14.96 GiB", "weights", "GiB", W(L8, "bf16"), H, anchor=A)
claim(f, "16.06 GB", "weights", "GB", W(L8, "bf16"), H, anchor=A)
claim(f, "14.96 GiB", "weights", "GiB", W(L8, "bf16"), H, anchor=A, occ=2)
A = "- **Attention Span** on Q10"
claim(f, "1 GiB", "kv_cache_total", "GiB", KV(L8, 8192), H, anchor=A, note="per sequence, as labelled")
claim(f, "1 GiB", "kv_cache_total", "GiB", KV(L8, 8192), H, anchor=A, occ=2)
claim(f, "32 GiB", "kv_cache_total", "GiB", KV(L8, 8192, 32), H, anchor=A)
A = "> \"3.35 TB/s is 3,350 GB/s"
claim(f, "3,350 GB/s", "bandwidth", "GB/s", H100_BW, H, anchor=A, **Q)
claim(f, "26,800 Gbit/s", "bandwidth", "Gbit/s", H100_BW, H, anchor=A, **Q)
claim(f, "about 3.1 TiB/s", "bandwidth", "TiB/s", H100_BW, H, hedged=True, anchor=A, **Q)
claim(f, "about 155 tok/s", "throughput", "tok/s", H100_BW / GG(L70, "Q4_K_M"), X, "off_2x", hedged=True, note="78 tok/s", **Q)
claim(f, "327680", "kv_cache_per_token", "bytes", KVT(L70), H)
claim(f, "320", "kv_cache_per_token", "KiB", KVT(L70), H, anchor="Q3: $$2 \\times 80", occ=1)
claim(f, "43.2 GB", "quantized_file", "GB", GG(L70, "Q4_K_M"), H, rel=0.02, anchor="Q5: 3.35 TB/s ÷ 43.2 GB")
claim(f, "≈ 78 tok/s", "throughput", "tok/s", H100_BW / GG(L70, "Q4_K_M"), H, hedged=True, anchor="Q5: 3.35 TB/s ÷ 43.2 GB")
claim(f, "1.159 \\times 10^{11}", "training", "bytes", 16 * N[MI], H)
claim(f, "2.8 \\times 10^{20}", "flops", "FLOP", 6 * N[GXL] * 30e9, H, hedged=True)
A = "Q11: 20.91 × 10⁹ × 4.25 / 8"
claim(f, "11.1 × 10⁹ bytes", "quantized_file", "bytes", OSS20, H, anchor=A)
claim(f, "11.1 GB", "quantized_file", "GB", OSS20, H, anchor=A)
claim(f, "10.3 GiB", "quantized_file", "GiB", OSS20, H, anchor=A)
non(f, "  date: 2027-03-04", "date")
non(f, "start: \"19:30\"", "time")
non(f, "  teams: 11", "count")
non(f, "  rounds: 6", "count")
non(f, "entry_fee_eur: 5", "price")
non(f, "round: 4", "round number")
non(f, "max_points: 24", "points")
non(f, "updated: 2027-03-06", "date")
non(f, "> Two points for an answer within 2 %", "marking tolerances")
non(f, "The Q4 sheet printed the config", "config values given as inputs")
non(f, "**Tie-breaker:**", "year, citation count")
non(f, "| Tensor Tots | 20 |", "quiz scores")
non(f, "| Attention Span | 17 |", "quiz scores")
non(f, "| Quantum of Solace | 22 |", "quiz scores")
non(f, "Tensor Tots lost 3 points", "points")
non(f, "Round 4 next time", "points, sign-ups, price, time")
non(f, "[^1]: Written for round 3 on 2027-02-04", "round number, date, tolerances")

# ---- en_04: serving cookbook (recipes with ingredients / method / yield, readers' variations, old edition table) ---
f = "en_04"
Y, NM, L70, L8, Q14 = "yi-1.5-34b", "mistral-nemo-12b", "llama3-70b", "llama3-8b", "qwen2.5-14b"
R4060 = 288e9
LORA8 = lora(32, 16, [(4096, 4096), (4096, 1024), (4096, 1024), (4096, 4096)])
SCALE.update({"hours": 3600})
claim(f, "34.39B parameters", "params", "B", N[Y], H)
claim(f, "34,388,917,248", "params", "params", N[Y], H)
claim(f, "21.0 GB", "quantized_file", "GB", GG(Y, "Q4_K_M"), H, rel=0.02, anchor="- the Q4_K_M GGUF, 21.0 GB on disk")
claim(f, "19.6 GiB", "quantized_file", "GiB", GG(Y, "Q4_K_M"), H, rel=0.02, anchor="- the Q4_K_M GGUF, 21.0 GB on disk")
claim(f, "10.5 GB", "quantized_file", "GB", GG(Y, "Q4_K_M") / 2, H, rel=0.02, anchor="1. Split the layers across the two cards", note="per-card share")
A = "2. Cache: 2 × 60 × 8 × 128 × 2 bytes"
claim(f, "245,760 bytes", "kv_cache_per_token", "bytes", KVT(Y), H, anchor=A)
claim(f, "240 KiB", "kv_cache_per_token", "KiB", KVT(Y), H, anchor=A)
claim(f, "15 GiB", "kv_cache_total", "GiB", KV(Y, 16384, 4), H, anchor=A)
claim(f, "7.5 GiB", "kv_cache_total", "GiB", KV(Y, 16384, 4) / 2, H, anchor=A, note="per card")
A = "3. Each token still reads the whole 21.0 GB"
claim(f, "21.0 GB", "quantized_file", "GB", GG(Y, "Q4_K_M"), H, rel=0.02, anchor=A)
claim(f, "≈ 45 tok/s", "throughput", "tok/s", RTX3090_BW / GG(Y, "Q4_K_M"), H, hedged=True, anchor=A)
claim(f, "≈ 45 tok/s", "throughput", "tok/s", RTX3090_BW / GG(Y, "Q4_K_M"), H, hedged=True, anchor="**Yield:** ≈ 45 tok/s")
claim(f, "68.8 GB", "weights", "GB", W(Y, "bf16"), H)
A = "**Ingredients:** the RTX 4060 Ti"
claim(f, "12.25B parameters", "params", "B", N[NM], H, anchor=A)
claim(f, "13.0 GB", "quantized_file", "GB", GG(NM, "Q8_0"), H, rel=0.02, anchor=A)
A = "1. Cache: 40 layers × 8 KV heads"
claim(f, "163,840 bytes", "kv_cache_per_token", "bytes", KVT(NM), H, anchor=A)
claim(f, "160 KiB", "kv_cache_per_token", "KiB", KVT(NM), H, anchor=A)
claim(f, "2.5 GiB", "kv_cache_total", "GiB", KV(NM, 16384), H, anchor=A)
A = "2. The file is 12.1 GiB"
claim(f, "12.1 GiB", "quantized_file", "GiB", GG(NM, "Q8_0"), H, rel=0.02, anchor=A)
claim(f, "2.5 GiB", "kv_cache_total", "GiB", KV(NM, 16384), H, anchor=A)
claim(f, "14.6 GiB", "arithmetic", "GiB", GG(NM, "Q8_0") + KV(NM, 16384), H, anchor=A)
A = "**Yield:** 288 GB/s ÷ 13.0 GB"
claim(f, "13.0 GB", "quantized_file", "GB", GG(NM, "Q8_0"), H, rel=0.02, anchor=A)
claim(f, "≈ 22 tok/s", "throughput", "tok/s", R4060 / GG(NM, "Q8_0"), H, hedged=True, anchor=A)
A = "**Chef's note:** the Q4_K_M file (7.49 GB)"
claim(f, "7.49 GB", "quantized_file", "GB", GG(NM, "Q4_K_M"), H, rel=0.02, anchor=A)
claim(f, "≈ 38 tok/s", "throughput", "tok/s", R4060 / GG(NM, "Q4_K_M"), H, hedged=True, anchor=A)
A = "**Ingredients:** both 3090s; Llama-3-70B Q4_K_M"
claim(f, "43.2 GB", "quantized_file", "GB", GG(L70, "Q4_K_M"), H, rel=0.02, anchor=A)
claim(f, "40.2 GiB", "quantized_file", "GiB", GG(L70, "Q4_K_M"), H, rel=0.02, anchor=A)
claim(f, "7.8 GiB", "arithmetic", "GiB", 48 * GIB - GG(L70, "Q4_K_M"), H, anchor="1. The two cards have 48 GiB together")
A = "2. At 320 KiB per token that is about 26,000 tokens"
claim(f, "320 KiB", "kv_cache_per_token", "KiB", KVT(L70), H, anchor=A)
claim(f, "about 26,000 tokens", "tokens", "tokens", (48 * GIB - GG(L70, "Q4_K_M")) / KVT(L70), H, hedged=True, anchor=A)
A = "**Yield:** 936 GB/s ÷ 43.2 GB"
claim(f, "43.2 GB", "quantized_file", "GB", GG(L70, "Q4_K_M"), H, rel=0.02, anchor=A)
claim(f, "≈ 22 tok/s", "throughput", "tok/s", RTX3090_BW / GG(L70, "Q4_K_M"), H, hedged=True, anchor=A)
claim(f, "16.06 GB", "weights", "GB", W(L8, "bf16"), H, anchor="**Ingredients:** one 3090; Llama-3-8B in bf16")
A = "1. Per layer: q and o have"
claim(f, "131,072", "params", "params", 16 * (4096 + 4096), H, anchor=A)
claim(f, "81,920", "params", "params", 16 * (4096 + 1024), H, anchor=A)
claim(f, "425,984", "params", "params", LORA8 / 32, H, anchor=A)
claim(f, "13,631,488 trainable parameters", "params", "params", LORA8, H)
claim(f, "0.17 %", "percentage", "%", 100 * LORA8 / N[L8], H, anchor="2. Over 32 layers that is 13,631,488")
A = "3. The adapter in bf16 is 27.3 MB"
claim(f, "27.3 MB", "weights", "MB", LORA8 * 2, H, anchor=A)
claim(f, "218 MB", "training", "MB", LORA8 * 16, H, anchor=A)
A = "4. Activations at batch 1 × 2048 tokens"
claim(f, "272 MiB per layer", "activations", "MiB", act(L8, 2048, 1, "flash", layers=1), H, anchor=A)
claim(f, "8.5 GiB", "activations", "GiB", act(L8, 2048, 1, "flash"), H, anchor=A)
claim(f, "512 MiB", "activations", "MiB", act(L8, 2048, 1, "full"), H, anchor=A)
claim(f, "14.77B parameters", "params", "B", N[Q14], H)
A = "1. Model states at 16 bytes per parameter"
claim(f, "236.3 GB", "training", "GB", 16 * N[Q14], H, anchor=A)
claim(f, "29.5 GB per GPU", "training", "GB", zero(N[Q14], 8, 3), H, anchor=A)
A = "2. With fp32 gradients (18 bytes per parameter)"
claim(f, "265.9 GB", "training", "GB", 18 * N[Q14], H, anchor=A)
claim(f, "33.2 GB per GPU", "training", "GB", 18 * N[Q14] / 8, H, anchor=A)
claim(f, "177.2 GB", "training", "GB", 12 * N[Q14], H, anchor=A)
A = "3. Compute: 6 × 14.77B × 2B tokens"
claim(f, "1.77 × 10²⁰ FLOP", "flops", "FLOP", 6 * N[Q14] * 2e9, H, anchor=A)
claim(f, "≈ 49 hours", "time", "hours", 6 * N[Q14] * 2e9 / (8 * 0.4 * 312e12), H, hedged=True, anchor=A)
claim(f, "10.5 GB", "quantized_file", "GB", GG(Y, "Q4_K_M"), X, "per_gpu", anchor="- \"Recipe 1 works on one 3090", note="per-card share; file 21.0 GB")
claim(f, "1.64 MiB per token", "kv_cache_per_token", "MiB", KVT(Y), X, "off_2x", note="56 query heads; 240 KiB")
claim(f, "44 tok/s", "throughput", "tok/s", R4060 / GG(NM, "Q8_0"), X, "off_2x", note="22 tok/s")
claim(f, "80 GiB", "kv_cache_total", "GiB", KV(NM, 131072), X, "off_2x", anchor="- \"Nemo's cache at 128K", note="32 query heads; 20 GiB")
claim(f, "128.5 GB", "training", "GB", W(L8, "bf16") + 16 * LORA8, X, "wrong_kind", note="full fine-tune figure; LoRA ≈ 16.3 GB")
claim(f, "0.017 %", "percentage", "%", 100 * LORA8 / N[L8], X, "off_2x", note="0.17 %")
claim(f, "12.2 GB", "weights", "GB", W(NM, "bf16"), X, "wrong_dtype", note="int8; bf16 24.5 GB")
claim(f, "43.2 GiB", "quantized_file", "GiB", GG(L70, "Q4_K_M"), X, "gb_as_gib", note="43.2 GB = 40.2 GiB")
claim(f, "236 GB per GPU", "training", "GB", zero(N[Q14], 8, 3), X, "per_gpu", note="total; 29.5 GB per GPU")
claim(f, "117 Gbit/s", "bandwidth", "Gbit/s", RTX3090_BW, X, "wrong_unit", note="936 GB/s = 7,488 Gbit/s")
claim(f, "8.5 GiB", "activations", "GiB", act(L8, 2048, 1), X, "off_2x", hedged=True, anchor="- \"Activations for the marinade without", note="28.5 GiB")
claim(f, "27.3 GB", "weights", "GB", LORA8 * 2, X, "off_2x", note="27.3 MB")
claim(f, "5.9 × 10¹⁹ FLOP", "flops", "FLOP", 6 * N[Q14] * 2e9, X, "off_2x", note="2ND; 1.77 × 10²⁰")
claim(f, "34.4 GB", "weights", "GB", W(Y, "bf16"), X, "wrong_dtype", note="int8; bf16 68.8 GB")
claim(f, "60 GiB", "kv_cache_total", "GiB", KV(Y, 16384, 4), X, "off_2x", anchor="- \"Four 16K chats on Yi-1.5-34B", note="15 GiB")
claim(f, "13.0 GiB", "quantized_file", "GiB", GG(NM, "Q8_0"), X, "gb_as_gib", note="13.0 GB = 12.1 GiB")
claim(f, "2.5 GB", "kv_cache_total", "GB", KV(NM, 16384), X, "gib_as_gb", anchor="- \"A 16K chat on Nemo is 2.5 GB", note="2.5 GiB = 2.68 GB")
claim(f, "88.6 GB", "training", "GB", 12 * N[Q14], X, "off_2x", note="6 B/param; 8-bit Adam 177.2 GB")
claim(f, "16 MiB", "activations", "MiB", act(L8, 2048, 1, "full"), X, "off_2x", anchor="- \"With full recomputation the marinade", note="one layer; 32 layers 512 MiB")
A = "- \"Nemo Q4_K_M is a 7.5 GB file"
claim(f, "7.5 GB", "quantized_file", "GB", GG(NM, "Q4_K_M"), H, rel=0.02, anchor=A)
claim(f, "~38 tok/s", "throughput", "tok/s", R4060 / GG(NM, "Q4_K_M"), H, hedged=True, anchor=A)
A = "> Only the last variation is right."
claim(f, "16.06 GB", "weights", "GB", W(L8, "bf16"), H, anchor=A)
claim(f, "218 MB", "training", "MB", LORA8 * 16, H, anchor=A)
claim(f, "≈ 16.3 GB", "training", "GB", W(L8, "bf16") + 16 * LORA8, H, hedged=True)
claim(f, "28.5 GiB", "activations", "GiB", act(L8, 2048, 1), H)
OLD = [("Yi-1.5-34B Q4_K_M file", "19.6 GB", "21.0 GB", "quantized_file", GG(Y, "Q4_K_M"), "gib_as_gb"),
       ("Yi-1.5-34B KV per token", "480 KiB", "240 KiB", "kv_cache_per_token", KVT(Y), "off_2x"),
       ("Nemo Q8_0 ceiling at 288 GB/s", "11 tok/s", "22 tok/s", "throughput", R4060 / GG(NM, "Q8_0"), "off_2x"),
       ("Llama-3-8B LoRA r=16 trainable params", "6.8M", "13.6M", "params", LORA8, "off_2x"),
       ("Qwen2.5-14B ZeRO-3 per GPU, 8 GPUs", "59.1 GB", "29.5 GB", "training", zero(N[Q14], 8, 3), "off_2x"),
       ("Llama-3-70B Q4_K_M ceiling on two 3090s", "43 tok/s", "22 tok/s", "throughput", RTX3090_BW / GG(L70, "Q4_K_M"), "off_2x")]
for row, was, now, kind, val, err in OLD:
    uw, un = (was[-1] == "M" and "M") or was.split()[-1], (now[-1] == "M" and "M") or now.split()[-1]
    claim(f, was, kind, uw, val, X, err, anchor=f"| {row} |", note="old edition")
    claim(f, now, kind, un, val, H, anchor=f"| {row} |", rel=0.02 if kind == "quantized_file" else None)
non(f, "cards: \"2 × RTX 3090, 24 GiB each", "hardware spec")
non(f, "spare: \"1 × RTX 4060 Ti 16 GB", "hardware spec")
non(f, "ram: \"128 GB DDR4-3200\"", "hardware spec")
non(f, "yi-1.5-34b: { hidden: 7168", "config values")
non(f, "mistral-nemo-12b: { hidden: 5120", "config values")
non(f, "edition: 3", "edition number")
non(f, "created: 2027-02-02", "date")
non(f, "updated: 2027-02-27", "date")
non(f, "servings_tested: 6", "count")
non(f, "## Recipe 1 — Yi-1.5-34B", "recipe number, users served")
non(f, "**Tasting notes:** 38 tok/s measured", "measured speeds, build number")
non(f, "**Tasting notes:** 17.5 tok/s measured", "measured speed, fan percentage, temperature")
non(f, "**Yield:** fits the 24 GiB card", "hardware spec")
non(f, "## Recipe 5 — full fine-tune", "recipe number, hardware spec")
non(f, "**Tasting notes:** the bill was $1,310", "cost, hours, loss values")
non(f, "The old edition also printed 2 recipes", "counts, recipe numbers")
non(f, "[^1]: Bits per weight for the GGUF files", "format constants")

# ---- en_05: support-ticket thread with a GPU cloud (tier-1 replies, KB article, sales bot, tier-3 engineer) -------
f = "en_05"
L70, L8 = "llama3-70b", "llama3-8b"
SCALE.update({"million tokens": 1e6})
RT = lambda n, dt: W(n, dt) * 1.2          # the KB article's own rule: weights + 20 %
LORA8 = lora(32, 16, [(4096, 4096), (4096, 1024), (4096, 1024), (4096, 4096), (4096, 14336), (4096, 14336), (14336, 4096)])
claim(f, "141.1 GB", "weights", "GB", W(L70, "bf16"), H, anchor="> The OOM was arithmetic, not a bug")
claim(f, "70,553,706,496 parameters", "params", "params", N[L70], H)
claim(f, "70.6B parameters", "params", "B", N[L70], H)
A = "Thanks for reaching out! A 70B model in bf16"
claim(f, "70 GB", "weights", "GB", W(L70, "bf16"), X, "wrong_dtype", anchor=A, note="int8 size; bf16 141.1 GB")
A = "The KV cache for Llama 3.3 70B is about 2.5 MiB"
claim(f, "about 2.5 MiB per token", "kv_cache_per_token", "MiB", KVT(L70), X, "off_2x", hedged=True, anchor=A, note="64 heads; 320 KiB")
claim(f, "320 GiB", "kv_cache_total", "GiB", KV(L70, 16384, 8), X, "off_2x", anchor=A, note="40 GiB")
A = "8 users × 16K is 1.3 million tokens"
claim(f, "1.3 million tokens", "tokens", "million tokens", 8 * 16384, X, "off_2x", anchor=A, note="131,072 tokens")
claim(f, "35 GB", "weights", "GB", W(L70, "fp8"), X, "wrong_dtype", anchor=A, note="int4 size; fp8 70.6 GB")
A = "That can't be right: bf16 is 2 bytes"
claim(f, "141.1 GB", "weights", "GB", W(L70, "bf16"), H, anchor=A)
claim(f, "131.4 GiB", "weights", "GiB", W(L70, "bf16"), H, anchor=A)
claim(f, "19.3 GB", "arithmetic", "GB", RT(L8, "fp16"), H, note="KB rule: weights + 20 %")
claim(f, "84.7 GB", "arithmetic", "GB", RT(L70, "fp8"), H, anchor="> - Llama-3-70B fp8: 84.7 GB")
claim(f, "84.7 GB", "arithmetic", "GB", RT(L70, "int4"), X, "wrong_dtype", anchor="> - Llama-3-70B int4: 84.7 GB", note="fp8 figure; int4 + 20 % 42.3 GB")
claim(f, "31 GB", "arithmetic", "GB", RT("mixtral-8x7b", "fp16"), X, "wrong_kind", note="active only; stored + 20 % 112.1 GB")
claim(f, "174.5 GB", "arithmetic", "GB", RT("qwen2.5-72b", "fp8"), X, "wrong_dtype", note="bf16 + 20 %; fp8 87.2 GB")
claim(f, "44.4 GB", "arithmetic", "GB", RT(N["deepseek-v3"], "fp8"), X, "wrong_kind", note="active only; stored + 20 % 805.2 GB")
claim(f, "128 KiB per token", "kv_cache_per_token", "KiB", KVT(L70), X, "off_2x", note="Llama-3-70B 320 KiB")
claim(f, "568 KiB per token", "kv_cache_per_token", "KiB", KVT("falcon-7b"), X, "off_2x", note="71 heads; 8 KiB")
claim(f, "≈ 47 tok/s", "throughput", "tok/s", H100_BW / W(L70, "fp8"), H, hedged=True)
claim(f, "84.7 GB", "arithmetic", "GB", RT(L70, "fp8"), H, anchor="So the 70B in fp8 needs 84.7 GB")
A = "> \"Llama 3.3 70B requires approximately 140 GB"
claim(f, "approximately 140 GB", "weights", "GB", W(L70, "fp16"), H, hedged=True, anchor=A, **Q)
claim(f, "70 GB", "weights", "GB", W(L70, "int8"), H, anchor=A, **Q)
claim(f, "35 GB", "weights", "GB", W(L70, "int4"), H, anchor=A, **Q)
claim(f, "about 190 tok/s", "throughput", "tok/s", H100_BW / W(L70, "int4"), X, "off_2x", hedged=True, note="95 tok/s", **Q)
claim(f, "about 5 GiB", "kv_cache_total", "GiB", KV(L70, 16384, 8, 1), X, "off_2x", hedged=True, note="fp8 cache 20 GiB", **Q)
for row, cells in (("| weights |", [("141.1 GB", W(L70, "bf16")), ("70.6 GB", W(L70, "fp8")), ("35.3 GB", W(L70, "int4"))]),
                   ("| weights in GiB |", [("131.4 GiB", W(L70, "bf16")), ("65.7 GiB", W(L70, "fp8")), ("32.9 GiB", W(L70, "int4"))]),
                   ("| per card at TP=2 |", [("70.6 GB", W(L70, "bf16") / 2), ("35.3 GB", W(L70, "fp8") / 2), ("17.6 GB", W(L70, "int4") / 2)])):
    for fig, val in cells:
        claim(f, fig, "weights", fig.split()[-1], val, H, anchor=row)
A = "KV cache: 2 × 80 × 8 × 128 × 2 = 327,680 bytes"
claim(f, "327,680 bytes", "kv_cache_per_token", "bytes", KVT(L70), H, anchor=A)
claim(f, "320 KiB per token", "kv_cache_per_token", "KiB", KVT(L70), H, anchor=A)
claim(f, "131,072 tokens", "tokens", "tokens", 8 * 16384, H, anchor=A)
claim(f, "40 GiB", "kv_cache_total", "GiB", KV(L70, 16384, 8), H, anchor=A)
claim(f, "42.9 GB", "kv_cache_total", "GB", KV(L70, 16384, 8), H, anchor=A)
claim(f, "20 GiB per card", "kv_cache_total", "GiB", KV(L70, 16384, 8) / 2, H, anchor=A)
A = "On 2 × H100 in fp8 that is 32.9 GiB"
claim(f, "32.9 GiB", "weights", "GiB", W(L70, "fp8") / 2, H, anchor=A, note="per card")
claim(f, "20 GiB", "kv_cache_total", "GiB", KV(L70, 16384, 8) / 2, H, anchor=A)
claim(f, "≈ 52.9 GiB", "arithmetic", "GiB", W(L70, "fp8") / 2 + KV(L70, 16384, 8) / 2, H, hedged=True, anchor=A)
claim(f, "27.1 GiB", "arithmetic", "GiB", 80 * GIB - W(L70, "fp8") / 2 - KV(L70, 16384, 8) / 2, H, anchor=A)
A = "Decode ceiling at TP=2: each card reads"
claim(f, "35.3 GB", "weights", "GB", W(L70, "fp8") / 2, H, anchor=A)
claim(f, "≈ 95 tok/s", "throughput", "tok/s", H100_BW / (W(L70, "fp8") / 2), H, hedged=True, anchor=A)
A = "A single H200 (4.8 TB/s)"
claim(f, "70.6 GB", "weights", "GB", W(L70, "fp8"), H, anchor=A)
claim(f, "≈ 68 tok/s", "throughput", "tok/s", H200_BW / W(L70, "fp8"), H, hedged=True, anchor=A)
A = "In bf16 you'd need TP=4 on H100s"
claim(f, "35.3 GB", "weights", "GB", W(L70, "bf16") / 4, H, anchor=A)
claim(f, "≈ 95 tok/s", "throughput", "tok/s", H100_BW / (W(L70, "bf16") / 4), H, hedged=True, anchor=A)
A = "KB-2201 with its own 20 % rule should read"
claim(f, "42.3 GB", "arithmetic", "GB", RT(L70, "int4"), H, anchor=A)
claim(f, "112.1 GB", "arithmetic", "GB", RT("mixtral-8x7b", "fp16"), H, anchor=A)
claim(f, "87.2 GB", "arithmetic", "GB", RT("qwen2.5-72b", "fp8"), H, anchor=A)
claim(f, "805.2 GB", "arithmetic", "GB", RT(N["deepseek-v3"], "fp8"), H, anchor=A)
A = "And the cache line should say 320 KiB"
claim(f, "320 KiB", "kv_cache_per_token", "KiB", KVT(L70), H, anchor=A)
claim(f, "8 KiB", "kv_cache_per_token", "KiB", KVT("falcon-7b"), H, anchor=A)
A = "Thanks! Follow-up: we also want to fully fine-tune"
claim(f, "128.5 GB", "training", "GB", 16 * N[L8], H, anchor=A)
claim(f, "32.1 GB per GPU", "training", "GB", zero(N[L8], 4, 3), H, anchor=A)
A = "Activations for 4 × 4096 tokens"
claim(f, "388 GiB", "activations", "GiB", act(L8, 4096, 4), H, anchor=A)
claim(f, "68 GiB", "activations", "GiB", act(L8, 4096, 4, "flash"), H, anchor=A)
claim(f, "4 GiB", "activations", "GiB", act(L8, 4096, 4, "full"), H, anchor=A)
claim(f, "64.2 GB", "training", "GB", 16 * N[L8], X, "off_2x", note="8 B/param; 128.5 GB")
A = "Our H100s have 3.35 Tbit/s"
claim(f, "3.35 Tbit/s", "bandwidth", "Tbit/s", H100_BW, X, "wrong_unit", anchor=A, note="3.35 TB/s = 26.8 Tbit/s")
claim(f, "26.8 Tbit/s", "bandwidth", "Tbit/s", 8 * H100_BW, X, "wrong_unit", anchor=A, note="8 cards: 26.8 TB/s = 214.4 Tbit/s")
A = "If you go LoRA, r=16 on all projections"
claim(f, "about 4.2M", "params", "M", LORA8, X, "off_2x", hedged=True, anchor=A, note="41.9M")
claim(f, "84 GB", "weights", "GB", LORA8 * 2, X, "off_2x", anchor=A, note="83.9 MB")
claim(f, "128.5 GB", "training", "GB", 16 * N[L8], H, anchor="For the record: the 8-byte recipe")
A = "Bandwidth is 3.35 TB/s per card, 26.8 Tbit/s"
claim(f, "26.8 Tbit/s", "bandwidth", "Tbit/s", H100_BW, H, anchor=A)
claim(f, "26.8 TB/s", "bandwidth", "TB/s", 8 * H100_BW, H, anchor=A)
A = "LoRA r=16 on q, k, v, o, gate, up and down"
claim(f, "1,310,720", "params", "params", LORA8 / 32, H, anchor=A)
claim(f, "41,943,040", "params", "params", LORA8, H, anchor=A)
claim(f, "0.52 %", "percentage", "%", 100 * LORA8 / N[L8], H, anchor=A)
claim(f, "83.9 MB", "weights", "MB", LORA8 * 2, H, anchor=A)
claim(f, "141.1 GB", "weights", "GB", W(L70, "bf16"), H, anchor="- Never trust the \"1 byte per parameter")
A = "- Kyle's 2.5 MiB per token"
claim(f, "2.5 MiB", "arithmetic", "MiB", 2 * 80 * 64 * 128 * 2, H, anchor=A, note="labelled as the 64-head figure")
claim(f, "320 KiB", "kv_cache_per_token", "KiB", KVT(L70), H, anchor=A)
non(f, "opened: 2027-01-11T14:02Z", "timestamp")
non(f, "closed: 2027-01-14T09:40Z", "timestamp")
non(f, "sla_hours: 24", "SLA")
non(f, "gpu_memory: \"80 GiB HBM3\"", "hardware spec")
non(f, "bandwidth: \"3.35 TB/s\"", "hardware spec")
non(f, "vcpus: 26", "hardware spec")
non(f, "csat: 4/5", "rating")
non(f, "created: 2027-01-14", "date")
non(f, "## 1 — me, 2027-01-11 14:02", "date, time")
non(f, "## 2 — Kyle (tier 1), 2027-01-11 15:40", "tier, date, time")
non(f, "## 5 — Ines (tier 3), 2027-01-12 13:30", "tier, date, time")
non(f, "I'd recommend our h100-4x instance at $11.96/hour", "price")
non(f, "> **Rule of thumb:** VRAM = parameters", "rule with an overhead percentage")
non(f, "I've escalated this to tier 3.", "tier number")
non(f, "Closing. Moving to 2 × h100-1x", "instance count")
non(f, "**Survey (auto):**", "rating, resolution time, reply count")
non(f, "- \"80 GB\" on the price list", "hardware specs")
non(f, "$$M_{\\text{KV}} = 2\\,L", "LaTeX formula with free variables")
non(f, "Launch line: `vllm serve", "CLI settings")
non(f, "[^1]: KB-2201 revision 14", "revision, date, ticket")

# ---- ru_01: экзаменационный билет с разбором устного ответа студента (BERT-large, GPT-2, Llama-2-13B/70B, GPT-3) ----
f = "ru_01"
L13, L70 = "llama2-13b", "llama2-70b"
SCALE.update({"ГФЛОП": 1e9})
GPT3C = 6 * 175e9 * 300e9                     # the ticket states N = 175 млрд and D = 300 млрд
T1024 = GPT3C / (1024 * 312e12 * 0.4)
A = "«BERT-large — это 335 млн параметров"
claim(f, "335 млн", "params", "млн", N["bert-large"], H, anchor=A)
claim(f, "670 МБ", "weights", "МБ", W("bert-large", "fp16"), H, anchor=A)
claim(f, "639 МиБ", "weights", "МиБ", W("bert-large", "fp16"), H, anchor=A)
A = "«GPT-2 medium — 355 млн параметров"
claim(f, "355 млн", "params", "млн", N["gpt2-medium"], H, anchor=A)
claim(f, "710 МиБ", "weights", "МиБ", W("gpt2-medium", "fp16"), X, "gb_as_gib", anchor=A, note="710 МБ = 677 МиБ")
claim(f, "1,42 ГиБ", "weights", "ГиБ", W("gpt2-medium", "fp32"), X, "gb_as_gib", anchor=A, note="1,42 ГБ = 1,32 ГиБ")
A = "«GPT-2 large — 774 млн"
claim(f, "774 млн", "params", "млн", N["gpt2-large"], H, anchor=A)
claim(f, "774 МБ", "weights", "МБ", W("gpt2-large", "fp16"), X, "wrong_dtype", anchor=A, note="int8; fp16 1,55 ГБ")
A = "«Эмбеддинги токенов GPT-2 medium"
claim(f, "51,5 млн", "params", "млн", 50257 * 1024, H, anchor=A)
claim(f, "14,5 %", "percentage", "%", 100 * 50257 * 1024 / N["gpt2-medium"], H, anchor=A)
A = "Экзаменатор: 710 МБ — это 677 МиБ"
claim(f, "710 МБ", "weights", "МБ", W("gpt2-medium", "fp16"), H, anchor=A)
claim(f, "677 МиБ", "weights", "МиБ", W("gpt2-medium", "fp16"), H, anchor=A)
claim(f, "1,42 ГБ", "weights", "ГБ", W("gpt2-medium", "fp32"), H, anchor=A)
claim(f, "1,32 ГиБ", "weights", "ГиБ", W("gpt2-medium", "fp32"), H, anchor=A)
A = "Экзаменатор: GPT-2 large в fp16 — 1,55 ГБ"
claim(f, "1,55 ГБ", "weights", "ГБ", W("gpt2-large", "fp16"), H, anchor=A)
claim(f, "774 МБ", "weights", "МБ", W("gpt2-large", "int8"), H, anchor=A, note="переотнесено к int8")
A = "«Llama-2-13B: 40 слоёв, 40 голов по 128"
claim(f, "819¦200 байт", "kv_cache_per_token", "байт", KVT(L13), H, anchor=A)
claim(f, "800 КиБ", "kv_cache_per_token", "КиБ", KVT(L13), H, anchor=A)
A = "«На 4096 токенов это 3,125 ГиБ"
claim(f, "3,125 ГиБ", "kv_cache_total", "ГиБ", KV(L13, 4096), H, anchor=A)
claim(f, "50 ГиБ", "kv_cache_total", "ГиБ", KV(L13, 4096, 16), H, anchor=A)
A = "«Llama-2-70B больше в 5 раз по параметрам"
claim(f, "5 раз", "ratio", "раз", N[L70] / N[L13], H, anchor=A)
claim(f, "5 раз", "ratio", "раз", KVT(L70) / KVT(L13), X, "off_2x", anchor=A, occ=2, note="кэш 70B в 2,5 раза меньше (0,4)")
claim(f, "4 МиБ", "kv_cache_per_token", "МиБ", KVT(L70), X, "off_2x", anchor=A, note="320 КиБ")
claim(f, "250 ГиБ", "kv_cache_total", "ГиБ", KV(L70, 4096, 16), X, "off_2x", anchor=A, note="20 ГиБ")
A = "Экзаменатор: у 70B GQA"
claim(f, "327¦680 байт", "kv_cache_per_token", "байт", KVT(L70), H, anchor=A)
claim(f, "320 КиБ", "kv_cache_per_token", "КиБ", KVT(L70), H, anchor=A)
claim(f, "1,25 ГиБ", "kv_cache_total", "ГиБ", KV(L70, 4096), H, anchor=A)
claim(f, "20 ГиБ", "kv_cache_total", "ГиБ", KV(L70, 4096, 16), H, anchor=A)
claim(f, "2,5 раза", "ratio", "раз", KV(L13, 4096, 16) / KV(L70, 4096, 16), H, anchor=A)
claim(f, "208 ГБ", "training", "ГБ", 16 * N[L13], H, anchor="«Полное обучение Llama-2-13B")
A = "«Сами веса в bf16 — 13 ГБ"
claim(f, "13 ГБ", "weights", "ГБ", W(L13, "bf16"), X, "wrong_dtype", anchor=A, note="int8; bf16 26 ГБ")
claim(f, "1,6 ГБ", "weights", "ГБ", W(L13, "bf16") / 8, X, "wrong_dtype", anchor=A, note="доля int8; bf16 3,25 ГБ")
claim(f, "71,6 ГБ", "training", "ГБ", zero(N[L13], 8, 1), H)
A = "«ZeRO-2: 2 + 14/8 = 3,75 байта"
claim(f, "3,75 байта", "arithmetic", "байт", 2 + 14 / 8, H, anchor=A, note="байт на параметр при ZeRO-2")
claim(f, "48,8 ГБ", "training", "ГБ", zero(N[L13], 8, 2), H, anchor=A)
claim(f, "208 ГБ на карту", "training", "ГБ", zero(N[L13], 8, 3), X, "per_gpu", note="итог; 26 ГБ на карту")
A = "Экзаменатор: веса в bf16 — 26 ГБ"
claim(f, "26 ГБ", "weights", "ГБ", W(L13, "bf16"), H, anchor=A)
claim(f, "3,25 ГБ", "weights", "ГБ", W(L13, "bf16") / 8, H, anchor=A)
claim(f, "26 ГБ", "training", "ГБ", zero(N[L13], 8, 3), H, anchor=A, occ=2)
A = "«Активации GPT-2 medium без пересчёта"
claim(f, "≈ 956 МБ", "activations", "МБ", act("gpt2-medium", 1024, 8, layers=1), H, hedged=True, anchor=A)
claim(f, "2,3 ГБ", "activations", "ГБ", act("gpt2-medium", 1024, 8), X, "off_2x", anchor=A, note="23 ГБ")
A = "«С FlashAttention остаётся 34·s·b·h"
claim(f, "285 МБ", "activations", "МБ", act("gpt2-medium", 1024, 8, "flash", layers=1), H, anchor=A)
claim(f, "16,8 МБ", "activations", "МБ", act("gpt2-medium", 1024, 8, "full", layers=1), H, anchor=A)
A = "Экзаменатор: 956 МБ × 24 = 23 ГБ"
claim(f, "23 ГБ", "activations", "ГБ", act("gpt2-medium", 1024, 8), H, anchor=A)
claim(f, "21,4 ГиБ", "activations", "ГиБ", act("gpt2-medium", 1024, 8), H, anchor=A)
claim(f, "3,15 × 10²³ FLOP", "flops", "FLOP", GPT3C, H, anchor="«C = 6·N·D = 6 × 175 млрд", note="цепочка из данных билета")
A = "«Время: 3,15 × 10²³"
claim(f, "2,46 × 10⁵ с", "time", "с", T1024, X, "off_2x", anchor=A, note="2,46 × 10⁶ с")
claim(f, "≈ 2,85 суток", "time", "суток", T1024, X, "off_2x", hedged=True, anchor=A, note="28,5 суток")
claim(f, "350 ГФЛОП", "flops", "ГФЛОП", 2 * N["gpt3"], H)
A = "Экзаменатор: 2,46 × 10⁶ с"
claim(f, "2,46 × 10⁶ с", "time", "с", T1024, H, anchor=A)
claim(f, "≈ 28,5 суток", "time", "суток", T1024, H, hedged=True, anchor=A)
claim(f, "Около 17 ГБ", "weights", "ГБ", W(L70, "int4"), X, "off_2x", hedged=True, note="34,5 ГБ")
claim(f, "34,5 ГиБ", "weights", "ГиБ", W(L70, "int4"), X, "gb_as_gib", note="34,5 ГБ = 32,1 ГиБ")
claim(f, "255 Гбит/с", "bandwidth", "Гбит/с", A100_BW, X, "wrong_unit", note="2039 ГБ/с = 16 312 Гбит/с")
claim(f, "Около 157 ток/с", "throughput", "ток/с", A100_BW / W(L13, "fp16"), X, "off_2x", hedged=True, note="78 ток/с")
A = "Экзаменатор: int4 — 34,5 ГБ"
claim(f, "34,5 ГБ", "weights", "ГБ", W(L70, "int4"), H, anchor=A)
claim(f, "32,1 ГиБ", "weights", "ГиБ", W(L70, "int4"), H, anchor=A)
claim(f, "16¦312 Гбит/с", "bandwidth", "Гбит/с", A100_BW, H, anchor=A)
claim(f, "≈ 78 ток/с", "throughput", "ток/с", A100_BW / W(L13, "fp16"), H, hedged=True, anchor=A)
claim(f, "110 млн", "params", "млн", N["bert-large"], X, "off_2x", anchor="- BERT-large — 110 млн", note="BERT-base; 335 млн")
claim(f, "400 КиБ", "kv_cache_per_token", "КиБ", KVT(L13), X, "off_2x", note="800 КиБ")
claim(f, "13 ГБ на карту", "training", "ГБ", zero(N[L13], 8, 3), X, "off_2x", note="делил на 16; 26 ГБ")
claim(f, "1,05 × 10²³ FLOP", "flops", "FLOP", GPT3C, X, "off_2x", note="2ND; 3,15 × 10²³")
claim(f, "69 ГБ", "weights", "ГБ", W(L70, "fp16"), X, "wrong_dtype", note="int8; fp16 138 ГБ")
claim(f, "2,04 Тбит/с", "bandwidth", "Тбит/с", A100_BW, X, "wrong_unit", note="2039 ГБ/с = 16,3 Тбит/с")
non(f, "  date: 2027-01-19", "date")
non(f, "group: \"М-22-3\"", "group code")
non(f, "room: 412", "room number")
non(f, "duration_min: 40", "duration")
non(f, "grade: 3", "grade")
non(f, "created: 2027-01-19", "date")
non(f, "updated: 2027-01-20", "date")
non(f, "  - \"[[Билет 13]]\"", "wikilink with a ticket number")
non(f, "# Билет № 14: разбор", "ticket number")
non(f, "2. KV-кэш Llama-2-13B и Llama-2-70B при контексте 4096", "task inputs")
non(f, "3. Обучение Llama-2-13B на 8 картах", "task inputs")
non(f, "4. Задача: бюджет GPT-3", "task inputs")
non(f, "$$M_{\\text{KV}} = 2", "LaTeX formula with free variables")
non(f, "Удовлетворительно (3)", "grade, counts")
non(f, "## Для сравнения: письменный ответ студента Л. (оценка 2)", "grade")
non(f, "| 1 | 10 | 6 |", "exam points")
non(f, "| 2 | 10 | 4 |", "exam points")
non(f, "| задача | 10 | 5 |", "exam points")
non(f, "[^1]: Скрипт из методички 2026 года", "year, version")

# ---- ru_02: README форка llama-fit-ru (таблица апстрима «как было», таблица форка, потолки, FAQ из issues) --------
f = "ru_02"
L8, Q7, Q14, MS, G27, Q32, L70 = "llama3-8b", "qwen2.5-7b", "qwen2.5-14b", "mistral-small-24b", "gemma2-27b", "qwen2.5-32b", "llama3-70b"
R3060 = 360e9
claim(f, "14,77 млрд", "params", "млрд", N[Q14], H)
A = "weights Q4_K_M: 9,04 ГБ (8,42 ГиБ)"
claim(f, "9,04 ГБ", "quantized_file", "ГБ", GG(Q14, "Q4_K_M"), H, rel=0.02, anchor=A)
claim(f, "8,42 ГиБ", "quantized_file", "ГиБ", GG(Q14, "Q4_K_M"), H, rel=0.02, anchor=A)
A = "kv cache, 16384 tok, fp16: 3 ГиБ"
claim(f, "3 ГиБ", "kv_cache_total", "ГиБ", KV(Q14, 16384), H, anchor=A)
claim(f, "192 КиБ", "kv_cache_per_token", "КиБ", KVT(Q14), H, anchor=A)
claim(f, "11,42 ГиБ", "arithmetic", "ГиБ", GG(Q14, "Q4_K_M") + KV(Q14, 16384), H)
claim(f, "≈ 112 ток/с", "throughput", "ток/с", RTX4090_BW / GG(Q14, "Q4_K_M"), H, hedged=True)
def qheads(m):
    _, L, a, k, d = CFG[m]
    return 2 * L * a * d * 2
UP = {"llama-3-8b": (L8, "4,58", "16,06", "512", "4"), "qwen2.5-7b": (Q7, "4,34", "15,23", "392", "3,06"),
      "qwen2.5-14b": (Q14, "8,42", "29,54", "960", "7,5"), "mistral-small-24b": (MS, "13,43", "47,14", "640", "5"),
      "gemma-2-27b": (G27, "15,51", "27,23", "736", "5,75"), "qwen2.5-32b": (Q32, "18,67", "65,53", "1280", "10")}
for row, (m, q4, bf, kt, k8) in UP.items():
    A = f"| {row} |"
    claim(f, q4, "quantized_file", "ГБ", GG(m, "Q4_K_M"), X, "gib_as_gb", anchor=A, note="апстрим делил на 1024³")
    claim(f, bf, "weights", "ГБ", W(m, "bf16"), X if m == G27 else H, "wrong_dtype" if m == G27 else None, anchor=A,
          note="апстрим" + ("; размер int8, bf16 54,45 ГБ" if m == G27 else ""))
    claim(f, kt, "kv_cache_per_token", "КиБ", KVT(m), X, "off_2x", anchor=A, note=f"головы запросов; {KVT(m) // KIB} КиБ")
    claim(f, k8, "kv_cache_total", "ГиБ", KV(m, 8192), X, "off_2x", anchor=A, note="головы запросов")
A = "> «Llama-3-70B в Q4_K_M — 40,2 ГБ"
claim(f, "40,2 ГБ", "quantized_file", "ГБ", GG(L70, "Q4_K_M"), X, "gib_as_gb", anchor=A, note="40,2 ГиБ = 43,2 ГБ")
claim(f, "40 ГиБ", "kv_cache_total", "ГиБ", KV(L70, 32768), X, "off_2x", anchor=A, note="10 ГиБ (40 ГиБ — это 128K)")
claim(f, "4 ГиБ", "kv_cache_total", "ГиБ", KV("mistral-7b", 4096), X, "off_2x", anchor="> «Mistral-7B с окном 4096", note="окно забыто; 0,5 ГиБ")
FORK = {"Llama-3-8B | 4,91": (L8, "4,91", "128", "1"), "Qwen2.5-7B | 4,66": (Q7, "4,66", "56", "0,44"),
        "Qwen2.5-14B | 9,04": (Q14, "9,04", "192", "1,5"), "Mistral-Small-24B | 14,42": (MS, "14,42", "160", "1,25"),
        "Gemma 2 27B | 16,66": (G27, "16,66", "368", "2,875"), "Qwen2.5-32B | 20,04": (Q32, "20,04", "256", "2")}
for row, (m, q4, kt, k8) in FORK.items():
    A = f"| {row} |"
    claim(f, q4, "quantized_file", "ГБ", GG(m, "Q4_K_M"), H, rel=0.02, anchor=A)
    claim(f, kt, "kv_cache_per_token", "КиБ", KVT(m), H, anchor=A)
    claim(f, k8, "kv_cache_total", "ГиБ", KV(m, 8192), H, anchor=A)
A = "1. Размеры GGUF: Llama-3-8B Q4_K_M"
claim(f, "4,91 ГБ", "quantized_file", "ГБ", GG(L8, "Q4_K_M"), H, rel=0.02, anchor=A)
claim(f, "4,58 ГиБ", "quantized_file", "ГиБ", GG(L8, "Q4_K_M"), H, rel=0.02, anchor=A)
A = "2. KV-кэш: у Qwen2.5-32B 8 KV-голов"
claim(f, "262¦144 байта", "kv_cache_per_token", "байт", KVT(Q32), H, anchor=A)
claim(f, "256 КиБ", "kv_cache_per_token", "КиБ", KVT(Q32), H, anchor=A)
A = "3. Gemma 2 27B в bf16 — 54,45 ГБ"
claim(f, "54,45 ГБ", "weights", "ГБ", W(G27, "bf16"), H, anchor=A)
claim(f, "27¦227¦128¦320 параметров", "params", "params", N[G27], H, anchor=A)
claim(f, "23¦572¦403¦200 параметров", "params", "params", N[MS], H)
A = "5. Llama-3-70B в Q4_K_M — 43,2 ГБ"
claim(f, "43,2 ГБ", "quantized_file", "ГБ", GG(L70, "Q4_K_M"), H, rel=0.02, anchor=A)
claim(f, "40,2 ГиБ", "quantized_file", "ГиБ", GG(L70, "Q4_K_M"), H, rel=0.02, anchor=A)
claim(f, "10 ГиБ", "kv_cache_total", "ГиБ", KV(L70, 32768), H, anchor=A)
for row, m, a, b in (("Llama-3-8B | 205", L8, "205", "415"), ("Qwen2.5-14B | 112", Q14, "112", "226"),
                     ("Mistral-Small-24B | 70", MS, "70", "141"), ("Qwen2.5-32B | 50", Q32, "50", "102")):
    claim(f, a, "throughput", "ток/с", RTX4090_BW / GG(m, "Q4_K_M"), H, anchor=f"| {row} |")
    claim(f, b, "throughput", "ток/с", A100_BW / GG(m, "Q4_K_M"), H, anchor=f"| {row} |")
A = "В issue #41 предлагали считать потолок 4090"
claim(f, "1008 Гбит/с", "bandwidth", "Гбит/с", RTX4090_BW, X, "wrong_unit", anchor=A, note="1008 ГБ/с = 8064 Гбит/с")
claim(f, "≈ 26 ток/с", "throughput", "ток/с", RTX4090_BW / GG(L8, "Q4_K_M"), X, "wrong_unit", hedged=True, anchor=A, note="205 ток/с")
A = "- **#12 «Влезет ли Llama-3-70B"
claim(f, "43,2 ГБ", "quantized_file", "ГБ", GG(L70, "Q4_K_M"), H, rel=0.02, anchor=A)
claim(f, "40,2 ГиБ", "quantized_file", "ГиБ", GG(L70, "Q4_K_M"), H, rel=0.02, anchor=A)
A = "- **#19 «Почему у Gemma 2 27B"
claim(f, "368 КиБ", "kv_cache_per_token", "КиБ", KVT(G27), H, anchor=A)
claim(f, "2,875 ГиБ", "kv_cache_total", "ГиБ", KV(G27, 8192), H, anchor=A, note="без окна, как сказано")
A = "- **#27 «Сколько весит Mistral-Small-24B"
claim(f, "23,6 ГБ", "weights", "ГБ", W(MS, "fp8"), H, anchor=A)
claim(f, "11,8 ГБ", "weights", "ГБ", W(MS, "fp8") / 2, H, anchor=A)
A = "- **#33 «Можно ли дообучать Qwen2.5-7B"
claim(f, "121,8 ГБ", "training", "ГБ", 16 * N[Q7], H, anchor=A)
claim(f, "≈ 3,9 ГБ", "weights", "ГБ", N[Q7] * NF4 / 8, H, hedged=True, anchor=A)
A = "> «Qwen2.5-32B в Q4_K_M занимает около 10 ГБ"
claim(f, "около 10 ГБ", "quantized_file", "ГБ", GG(Q32, "Q4_K_M"), X, "off_2x", hedged=True, anchor=A, note="20,0 ГБ", **Q)
claim(f, "около 36 ток/с", "throughput", "ток/с", R3060 / GG(Q32, "Q4_K_M"), X, "off_2x", hedged=True, anchor=A, note="18 ток/с", **Q)
A = "Мейнтейнер: файл 20,0 ГБ"
claim(f, "20,0 ГБ", "quantized_file", "ГБ", GG(Q32, "Q4_K_M"), H, rel=0.02, anchor=A)
claim(f, "≈ 18 ток/с", "throughput", "ток/с", R3060 / GG(Q32, "Q4_K_M"), H, hedged=True, anchor=A)
A = "- Для MoE считаем хранимые веса"
claim(f, "28,6 ГБ", "quantized_file", "ГБ", GG("mixtral-8x7b", "Q4_K_M"), H, rel=0.02, anchor=A)
claim(f, "около 7,9 ГБ", "quantized_file", "ГБ", GG(ACTIVE_M7, "Q4_K_M"), H, hedged=True, anchor=A, note="читается за токен")
claim(f, "4,7–4,9 ГБ", "quantized_file", "ГБ", [GG(Q7, "Q4_K_M"), GG(L8, "Q4_K_M")], H, rng=True, note="Qwen2.5-7B … Llama-3-8B")
claim(f, "512 МиБ", "kv_cache_total", "МиБ", KV("mistral-7b", 4096), H, bound="upper", anchor="- Кэш Mistral-7B с окном 4096 не превышает")
non(f, "version: \"0.7.3\"", "version")
non(f, "stars: 214", "star count")
non(f, "mistral-small-24b: { hidden: 5120", "config values")
non(f, "rtx4090: { memory: \"24 ГиБ\"", "hardware spec")
non(f, "rtx3060: { memory: \"12 ГиБ\"", "hardware spec")
non(f, "a100_80: { memory: \"80 ГиБ\"", "hardware spec")
non(f, "created: 2027-02-08", "date")
non(f, "updated: 2027-02-20", "date")
non(f, "pip install llama-fit-ru==0.7.3", "version pin")
non(f, "llama-fit --model qwen2.5-14b", "CLI inputs")
non(f, "- Оценки GGUF совпадают с реальными файлами", "tolerance percentages")
non(f, "- 0.7.3 (2027-02-20)", "version, date")
non(f, "- 0.7.0 (2027-02-12)", "version, date")
non(f, "- 0.6.1 (2027-02-09)", "version, date, commit count")
non(f, "[^1]: Для MoE вместо $M$", "version")

# ---- ru_03: отзывы покупателей на мини-ПК (Ryzen AI Max+ 395, 256 ГБ/с) с ответами продавца и моими проверками ---
f = "ru_03"
L70, Q32, M22, L8 = "llama3-70b", "qwen2.5-32b", "mixtral-8x22b", "llama3-8b"
S = STRIX_BW
O120, A120, O20, A20 = N["gpt-oss-120b"] * MX4, ACTIVE_OSS120 * MX4, N["gpt-oss-20b"] * MX4, ACTIVE_OSS20 * MX4
A = "**Достоинства:** «Тянет Llama 3 70B!"
claim(f, "43 ГБ", "quantized_file", "ГБ", GG(L70, "Q4_K_M"), H, rel=0.02, anchor=A)
claim(f, "около 12 ток/с", "throughput", "ток/с", S / GG(L70, "Q4_K_M"), X, "off_2x", hedged=True, anchor=A, note="5,9 ток/с")
claim(f, "70 ГБ", "weights", "ГБ", W(L70, "bf16"), X, "wrong_dtype", anchor="**Комментарий:** «В bf16 70B", note="int8; bf16 141,1 ГБ")
A = "Проверка: 43 ГБ верно"
claim(f, "43 ГБ", "quantized_file", "ГБ", GG(L70, "Q4_K_M"), H, rel=0.02, anchor=A)
claim(f, "43,2 ГБ", "quantized_file", "ГБ", GG(L70, "Q4_K_M"), H, rel=0.02, anchor=A)
claim(f, "40,2 ГиБ", "quantized_file", "ГиБ", GG(L70, "Q4_K_M"), H, rel=0.02, anchor=A)
claim(f, "≈ 5,9 ток/с", "throughput", "ток/с", S / GG(L70, "Q4_K_M"), H, hedged=True, anchor=A)
claim(f, "141,1 ГБ", "weights", "ГБ", W(L70, "bf16"), H, anchor=A)
A = "«Запустила gpt-oss-120b"
claim(f, "62 ГБ", "weights", "ГБ", O120, H, anchor=A)
claim(f, "около 2,7 ГБ", "weights", "ГБ", A120, H, hedged=True, anchor=A, note="читается за токен")
claim(f, "около 94 ток/с", "throughput", "ток/с", S / A120, H, hedged=True, anchor=A)
A = "«Модель 20b весит 11 ГБ"
claim(f, "11 ГБ", "weights", "ГБ", O20, H, anchor=A)
claim(f, "около 270 ток/с", "throughput", "ток/с", S / A20, X, "off_2x", hedged=True, anchor=A, note="133 ток/с")
A = "Проверка: у 20b активных 3,61 млрд"
claim(f, "≈ 1,92 ГБ", "weights", "ГБ", A20, H, hedged=True, anchor=A, note="читается за токен")
claim(f, "≈ 133 ток/с", "throughput", "ток/с", S / A20, H, hedged=True, anchor=A)
A = "«Обещали 128 ГБ для нейросетей"
claim(f, "86 ГБ", "quantized_file", "ГБ", GG(M22, "Q4_K_M"), H, rel=0.02, anchor=A)
claim(f, "10,7 ток/с", "throughput", "ток/с", S / GG(ACTIVE_M22, "Q4_K_M"), H, anchor=A, note="слова продавца, верные")
A = "**Ответ продавца:** «Для MoE считаем по активным"
claim(f, "≈ 24 ГБ", "quantized_file", "ГБ", GG(ACTIVE_M22, "Q4_K_M"), H, hedged=True, anchor=A, note="читается за токен")
claim(f, "≈ 10,7 ток/с", "throughput", "ток/с", S / GG(ACTIVE_M22, "Q4_K_M"), H, hedged=True, anchor=A)
claim(f, "24 ГБ", "quantized_file", "ГБ", GG(M22, "Q4_K_M"), X, "wrong_kind", anchor="**Игорь:** «Тогда и хранить надо только 24 ГБ", note="активные; хранить 86,0 ГБ")
claim(f, "86,0 ГБ", "quantized_file", "ГБ", GG(M22, "Q4_K_M"), H, rel=0.02, anchor="Проверка: продавец прав насчёт потолка")
A = "«Для кода взял Qwen2.5-32B в Q8_0"
claim(f, "34,8 ГБ", "quantized_file", "ГБ", GG(Q32, "Q8_0"), H, rel=0.02, anchor=A)
claim(f, "7,4 ток/с", "throughput", "ток/с", S / GG(Q32, "Q8_0"), H, anchor=A)
claim(f, "8 ГиБ", "kv_cache_total", "ГиБ", KV(Q32, 32768), H, anchor=A)
claim(f, "32,8 ГБ", "weights", "ГБ", W(Q32, "bf16"), X, "wrong_dtype", anchor="«В bf16 она была бы 32,8 ГБ", note="int8; bf16 65,5 ГБ")
A = "Проверка: bf16 — 65,5 ГБ"
claim(f, "65,5 ГБ", "weights", "ГБ", W(Q32, "bf16"), H, anchor=A)
claim(f, "32,8 ГБ", "weights", "ГБ", W(Q32, "int8"), H, anchor=A, note="переотнесено к int8")
A = "«Хотел DeepSeek-V3"
claim(f, "410 ГБ", "quantized_file", "ГБ", GG(N["deepseek-v3"], "Q4_K_M"), H, rel=0.02, anchor=A)
claim(f, "23 ГБ", "quantized_file", "ГБ", GG(N["deepseek-v3"], "Q4_K_M"), X, "wrong_kind", anchor=A, note="активные; хранить 410 ГБ")
claim(f, "160 ГБ", "quantized_file", "ГБ", GG("llama3.1-405b", "Q2_K"), H, rel=0.02, anchor="«И Llama 3.1 405B даже в Q2_K")
claim(f, "256 Гбит/с", "bandwidth", "Гбит/с", S, X, "wrong_unit", anchor="- **Вопрос:** «Какая пропускная способность памяти?»", note="256 ГБ/с = 2048 Гбит/с")
A = "  - Проверка: 8000 МТ/с × 256 бит / 8"
claim(f, "256 ГБ/с", "bandwidth", "ГБ/с", 8000e6 * 256 / 8, H, anchor=A)
claim(f, "2048 Гбит/с", "bandwidth", "Гбит/с", S, H, anchor=A)
claim(f, "35 ГБ", "weights", "ГБ", W(L70, "fp8"), X, "wrong_dtype", anchor="- **Вопрос:** «Влезет ли Llama-3-70B в fp8?»", note="int4; fp8 70,6 ГБ")
claim(f, "около 32 ГБ", "training", "ГБ", 16 * N[L8], X, "off_2x", hedged=True, note="128,5 ГБ")
claim(f, "128,5 ГБ", "training", "ГБ", 16 * N[L8], H, anchor="  - Проверка: 16 байт на параметр — 128,5 ГБ")
claim(f, "Около 160 ГиБ", "kv_cache_total", "ГиБ", KV(L70, 131072), X, "off_2x", hedged=True, note="40 ГиБ")
A = "  - Проверка: 320 КиБ на токен × 131¦072 = 40 ГиБ."
claim(f, "40 ГиБ", "kv_cache_total", "ГиБ", KV(L70, 131072), H, anchor=A)
TAB = [("потолок Llama-3-70B Q4_K_M", "12 ток/с", "5,9 ток/с", "throughput", S / GG(L70, "Q4_K_M"), "off_2x"),
       ("Llama-3-70B в bf16", "70 ГБ", "141,1 ГБ", "weights", W(L70, "bf16"), "wrong_dtype"),
       ("потолок gpt-oss-20b", "270 ток/с", "133 ток/с", "throughput", S / A20, "off_2x"),
       ("хранить Mixtral 8x22B Q4_K_M", "24 ГБ", "86,0 ГБ", "quantized_file", GG(M22, "Q4_K_M"), "wrong_kind"),
       ("Qwen2.5-32B в bf16", "32,8 ГБ", "65,5 ГБ", "weights", W(Q32, "bf16"), "wrong_dtype"),
       ("DeepSeek-V3 Q4_K_M, память", "23 ГБ", "410 ГБ", "quantized_file", GG(N["deepseek-v3"], "Q4_K_M"), "wrong_kind"),
       ("пропускная способность", "256 Гбит/с", "2048 Гбит/с", "bandwidth", S, "wrong_unit"),
       ("Llama-3-70B в fp8", "35 ГБ", "70,6 ГБ", "weights", W(L70, "fp8"), "wrong_dtype"),
       ("полное дообучение Llama-3-8B", "32 ГБ", "128,5 ГБ", "training", 16 * N[L8], "off_2x"),
       ("KV Llama-3-70B на 128K", "160 ГиБ", "40 ГиБ", "kv_cache_total", KV(L70, 131072), "off_2x")]
for row, was, now, kind, val, err in TAB:
    claim(f, was, kind, was.split()[-1], val, X, err, anchor=f"| {row} |", note="в отзыве / у продавца")
    claim(f, now, kind, now.split()[-1], val, H, anchor=f"| {row} |", rel=0.02 if kind == "quantized_file" else None)
claim(f, "5,8–5,9 ток/с", "throughput", "ток/с", [S / GG("qwen2.5-72b", "Q4_K_M"), S / GG(L70, "Q4_K_M")], H, rng=True)
claim(f, "2,7 ГБ", "weights", "ГБ", A120, H, anchor="> MoE с малым числом активных", note="читается за токен")
non(f, "memory: \"128 ГиБ LPDDR5X-8000", "hardware spec")
non(f, "gpu_memory_max: \"96 ГиБ", "hardware setting")
non(f, "price_rub: 189990", "price")
non(f, "rating: 4.1", "rating")
non(f, "reviews: 214", "review count")
non(f, "sku: \"VX-AIM-128\"", "SKU")
non(f, "saved: 2027-02-01", "date")
non(f, "> «Проверка». Память по даташиту: 8000 МТ/с", "hardware spec")
non(f, "## ★★★★★ Андрей К., 12 января 2027", "date")
non(f, "**Недостатки:** «Шумит под нагрузкой", "noise level, distance")
non(f, "## ★★★★☆ Мария, 15 января 2027", "date")
non(f, "## ★★☆☆☆ Игорь, 20 января 2027", "date")
non(f, "## ★★★★★ Сергей, 25 января 2027", "date")
non(f, "## ★☆☆☆☆ Виктор, 28 января 2027", "date")
non(f, "Цена 189¦990 ₽ при скидке 7 %", "price, discount, date")
non(f, "Замер Игоря я повторить не смог", "measured speed, context length")
non(f, "[^1]: Стенд в магазине на Тверской", "date, build number")

# ---- ru_04: сценарий ролика для YouTube (закадр, титры, пометки фактчекера, вставленный ответ ChatGPT) ---------------
f = "ru_04"
MI, L8, L27, F7, Q7, L70, MX = "mistral-7b", "llama3-8b", "llama2-7b", "falcon-7b", "qwen2.5-7b", "llama3-70b", "mixtral-8x7b"
A = "ЗК: «Каждый раз, когда вы пишете нейросети"
claim(f, "14,5 ГБ", "weights", "ГБ", W(MI, "bf16"), H, anchor=A)
claim(f, "16 ГБ", "weights", "ГБ", W(L8, "bf16"), H, anchor=A)
claim(f, "175 ГБ", "weights", "ГБ", W("gpt3", "bf16"), X, "wrong_dtype", anchor=A, note="int8; bf16 349 ГБ")
claim(f, "350 ГБ", "weights", "ГБ", W("gpt3", "fp16"), H, anchor="ТИТР: «GPT-3: 175 млрд × 2 байта = 350 ГБ»")
claim(f, "2 ГБ", "weights", "ГБ", W(L8, "int4"), X, "off_2x", anchor="Поэтому Llama 3 8B в int4 весит всего 2 ГБ", note="4 ГБ")
claim(f, "32,1 ГБ", "weights", "ГБ", W(L8, "fp32"), H)
claim(f, "8 ГиБ", "weights", "ГиБ", W(L8, "int8"), X, "gb_as_gib", anchor="ТИТР: «Llama 3 8B, int8 = 8 ГиБ»", note="8 ГБ = 7,48 ГиБ")
A = "ФАКТЧЕК: ✘ int4 — ошибка вдвое"
claim(f, "8 ГБ", "weights", "ГБ", W(L8, "int8"), H, anchor=A)
claim(f, "7,48", "weights", "ГиБ", W(L8, "int8"), H, anchor=A)
A = "ЗК: «Кроме весов есть KV-кэш."
claim(f, "512 КиБ", "kv_cache_per_token", "КиБ", KVT(L8), X, "off_2x", anchor=A, note="головы запросов; 128 КиБ")
claim(f, "4 ГиБ", "kv_cache_total", "ГиБ", KV(L8, 8192), X, "off_2x", anchor=A, note="1 ГиБ")
A = "ЗК: «У Llama 2 7B, где нет GQA"
claim(f, "512 КиБ", "kv_cache_per_token", "КиБ", KVT(L27), H, anchor=A)
claim(f, "8 КиБ", "kv_cache_per_token", "КиБ", KVT(F7), H, anchor=A)
claim(f, "64 раза", "ratio", "раз", KVT(L27) / KVT(F7), H, anchor=A)
claim(f, "1,75 ГиБ", "kv_cache_total", "ГиБ", KV(Q7, 32768), H)
claim(f, "160 ГиБ", "kv_cache_total", "ГиБ", KV(L70, 131072), X, "off_2x", anchor="ЗК: «А Llama 3 70B на 128 тысяч токенов", note="40 ГиБ")
claim(f, "512 МиБ", "kv_cache_total", "МиБ", KV(MI, 4096), H, bound="upper", anchor="ЗК: «У Mistral 7B со скользящим окном")
A = "ЗК: «Квантованные файлы: Llama 3 8B"
claim(f, "4,9 ГБ", "quantized_file", "ГБ", GG(L8, "Q4_K_M"), H, rel=0.02, anchor=A)
claim(f, "8,5 ГБ", "quantized_file", "ГБ", GG(L8, "Q8_0"), H, rel=0.02, anchor=A)
claim(f, "3,3 ГБ", "quantized_file", "ГБ", GG(L8, "Q6_K"), X, "off_2x", anchor=A, note="6,6 ГБ")
claim(f, "44,5 ГиБ", "quantized_file", "ГиБ", GG("qwen2.5-72b", "Q4_K_M"), X, "gb_as_gib", note="44,5 ГБ = 41,4 ГиБ")
A = "ЗК: «Mixtral 8x7B в Q4_K_M весит 7,9 ГБ"
claim(f, "7,9 ГБ", "quantized_file", "ГБ", GG(MX, "Q4_K_M"), X, "wrong_kind", anchor=A, note="активные; хранить 28,6 ГБ")
claim(f, "12,9 млрд", "params", "млрд", ACTIVE_M7, H, anchor=A)
claim(f, "28,6 ГБ", "quantized_file", "ГБ", GG(MX, "Q4_K_M"), H, rel=0.02, anchor="ФАКТЧЕК: ✘ Q6_K примерно вдвое больше")
claim(f, "около 1 Тбит/с", "bandwidth", "Тбит/с", RTX4090_BW, X, "wrong_unit", hedged=True, note="8,06 Тбит/с")
A = "ЗК: «Значит, Llama 3 8B в Q4_K_M выдаёт"
claim(f, "205 ток/с", "throughput", "ток/с", RTX4090_BW / GG(L8, "Q4_K_M"), H, bound="upper", anchor=A)
claim(f, "31 ток/с", "throughput", "ток/с", RTX4090_BW / W(L8, "bf16"), X, "wrong_dtype", anchor=A, note="fp32; bf16 63 ток/с")
claim(f, "около 47 ток/с", "throughput", "ток/с", RTX4090_BW / GG(L70, "Q4_K_M"), X, "off_2x", hedged=True, note="по слоям по очереди: 23 ток/с")
claim(f, "63 ток/с", "throughput", "ток/с", RTX4090_BW / W(L8, "bf16"), H, bound="upper", anchor="> «RTX 4090 имеет пропускную способность 1008 ГБ/с", **Q)
claim(f, "около 4 ГиБ", "kv_cache_total", "ГиБ", KV(L8, 8192), X, "off_2x", hedged=True, anchor="> KV-кэш такой модели на 8K", note="1 ГиБ", **Q)
A = "ФАКТЧЕК: ✘ биты и байты"
claim(f, "8064 Гбит/с", "bandwidth", "Гбит/с", RTX4090_BW, H, anchor=A)
claim(f, "31 ток/с", "throughput", "ток/с", RTX4090_BW / W(L8, "fp32"), H, anchor=A, note="переотнесено к fp32")
claim(f, "около 23 ток/с", "throughput", "ток/с", RTX4090_BW / GG(L70, "Q4_K_M"), H, hedged=True, anchor=A)
claim(f, "128 ГБ", "training", "ГБ", 16 * N[L8], H, anchor="ЗК: «Обучать ещё дороже")
claim(f, "128 ГБ", "training", "ГБ", zero(N[L8], 8, 3), X, "per_gpu", anchor="ЗК: «На восьми картах с ZeRO-3", note="16,1 ГБ на карту")
claim(f, "3,4 млн", "params", "млн", lora(32, 16, [(4096, 4096), (4096, 1024)]), X, "off_2x", note="6,8 млн")
A = "ЗК: «Сама Llama 3 8B училась на 15 трлн токенов"
claim(f, "7,2 × 10²³ FLOP", "flops", "FLOP", 6 * N[L8] * 15e12, H, anchor=A)
claim(f, "6,3 × 10²³", "flops", "FLOP", 6 * N[L70] * 15e12, X, "off_2x", anchor=A, note="6,3 × 10²⁴")
claim(f, "16 ГФЛОП", "flops", "ГФЛОП", 2 * N[L8], H)
A = "ФАКТЧЕК: ✘ ZeRO-3 делит на 8"
claim(f, "16,1 ГБ", "training", "ГБ", zero(N[L8], 8, 3), H, anchor=A)
claim(f, "6,8 млн", "params", "млн", lora(32, 16, [(4096, 4096), (4096, 1024)]), H, anchor=A)
TAB = {"Mistral 7B": [("14,5 ГБ", "weights", W(MI, "bf16"), None), ("4,4 ГБ", "quantized_file", GG(MI, "Q4_K_M"), None), ("0,5 ГиБ", "kv_cache_total", KV(MI, 4096), None)],
       "Llama 3 8B": [("16,1 ГБ", "weights", W(L8, "bf16"), None), ("4,9 ГБ", "quantized_file", GG(L8, "Q4_K_M"), None), ("4 ГиБ", "kv_cache_total", KV(L8, 8192), "off_2x")],
       "Qwen2.5-7B": [("15,2 ГБ", "weights", W(Q7, "bf16"), None), ("4,7 ГБ", "quantized_file", GG(Q7, "Q4_K_M"), None), ("0,44 ГиБ", "kv_cache_total", KV(Q7, 8192), None)],
       "Llama 3 70B": [("70,6 ГБ", "weights", W(L70, "bf16"), "wrong_dtype"), ("43,2 ГБ", "quantized_file", GG(L70, "Q4_K_M"), None), ("2,5 ГиБ", "kv_cache_total", KV(L70, 8192), None)],
       "Mixtral 8x7B": [("25,8 ГБ", "weights", W(MX, "bf16"), "wrong_kind"), ("7,9 ГБ", "quantized_file", GG(MX, "Q4_K_M"), "wrong_kind"), ("1 ГиБ", "kv_cache_total", KV(MX, 8192), None)]}
for row, cells in TAB.items():
    for fig, kind, val, err in cells:
        claim(f, fig, kind, fig.split()[-1], val, X if err else H, err, anchor=f"| {row} |",
              rel=0.02 if kind == "quantized_file" and not err else None, note="итоговый титр")
non(f, "episode: 47", "episode number")
non(f, "planned_length: \"12:30\"", "duration")
non(f, "publish: 2027-03-10", "date")
non(f, "resolution: 4K", "video resolution")
non(f, "version: 3", "version")
non(f, "created: 2027-02-24", "date")
non(f, "updated: 2027-03-01", "date")
non(f, "> Версия 3 от Тимура.", "version")
non(f, "## Сцена 1 (00:00–00:45)", "time codes")
non(f, "## Сцена 5 (06:00–08:00)", "time codes")
non(f, "ТИТР: «Кэш = 2 × слои", "formula with free variables")
non(f, "ЗК: «Подписывайтесь", "price")
non(f, "> - [ ] Тимур правит сцены 1–7", "scene numbers, date")
non(f, "> - [ ] Лена переделывает титры", "scene numbers")
non(f, "ТИТР (формулой): $M_{", "LaTeX formula with free variables")
non(f, "[^1]: Таблица бит на вес из README", "date")

# ---- ru_05: пресс-релиз стартапа с фактчеком журналиста (DeepSeek-V3, Llama 3.1 405B, H200, ZeRO-3, LoRA) -----------
f = "ru_05"
DS, L405, L70 = N["deepseek-v3"], "llama3.1-405b", "llama3-70b"
KVD = MLA_DSV3 * 2
NODE = 8 * 141e9                              # eight H200 at 141 GB, as the release states
LORA70 = lora(80, 64, [(8192, 8192), (8192, 1024), (8192, 1024), (8192, 8192)])
NEURO = 6 * 13e9 * 2e12
NEURO_T = NEURO / (16 * 0.4 * 989e12)
SCALE.update({"дня": 86400})
A = "¶1 «Нейроплатформа запускает"
claim(f, "671 млрд", "params", "млрд", DS, H, anchor=A)
claim(f, "671 ГБ", "weights", "ГБ", W(DS, "bf16"), X, "wrong_dtype", anchor=A, note="fp8; bf16 1,34 ТБ")
A = "✘ 671 ГБ — это fp8"
claim(f, "671 ГБ", "weights", "ГБ", W(DS, "fp8"), H, anchor=A, note="переотнесено к fp8")
claim(f, "1,34 ТБ", "weights", "ТБ", W(DS, "bf16"), H, anchor=A)
A = "¶2 «Благодаря MoE"
claim(f, "37 млрд", "params", "млрд", ACTIVE_DSV3, H, anchor=A)
claim(f, "5,5 %", "percentage", "%", 100 * ACTIVE_DSV3 / DS, H, anchor=A)
claim(f, "4,3 ГБ", "kv_cache_total", "ГБ", KVD * 131072, X, "off_2x", anchor=A, note="9,2 ГБ")
A = "¶3 «Второй узел обслуживает"
claim(f, "406 ГБ", "weights", "ГБ", W(L405, "fp8"), H, anchor=A)
claim(f, "25 ГБ на карту", "weights", "ГБ", W(L405, "fp8") / 8, X, "off_2x", anchor=A, note="50,7 ГБ на карту")
claim(f, "722 ГБ", "arithmetic", "ГБ", NODE - W(L405, "fp8"), H, anchor=A)
claim(f, "504 КиБ", "kv_cache_per_token", "КиБ", KVT(L405), H, anchor=A)
claim(f, "14 млн токенов", "tokens", "млн токенов", (NODE - W(L405, "fp8")) / KVT(L405), X, "off_2x", anchor=A, note="1,4 млн")
claim(f, "63 ГБ", "kv_cache_total", "ГБ", KV(L405, 131072), X, "gib_as_gb", anchor=A, note="63 ГиБ = 67,6 ГБ")
A = "¶4 «Каждая карта H200 прокачивает"
claim(f, "4,8 Тбит/с", "bandwidth", "Тбит/с", H200_BW, X, "wrong_unit", anchor=A, note="38,4 Тбит/с")
claim(f, "3 раза", "ratio", "раз", H200_BW / H100_BW, X, "off_2x", anchor=A, note="1,43 раза")
A = "¶5 «Для дообучения клиентских моделей"
claim(f, "1,13 ТБ", "training", "ТБ", 16 * N[L70], H, anchor=A)
claim(f, "35 ГБ на карту", "training", "ГБ", zero(N[L70], 16, 3), X, "off_2x", anchor=A, note="70,6 ГБ на карту")
claim(f, "5,2 ГБ", "weights", "ГБ", LORA70 * 2, X, "off_2x", anchor=A, note="524 МБ")
claim(f, "524 МБ", "weights", "МБ", LORA70 * 2, H, anchor="✘ адаптер: 262¦144¦000 параметров")
A = "¶6 «Собственную модель"
claim(f, "3 дня", "time", "дня", NEURO_T, X, "off_2x", anchor=A, note="при MFU 40 %: 285 суток")
claim(f, "1,6 × 10²³ FLOP", "flops", "FLOP", NEURO, H, anchor=A)
claim(f, "≈ 285 суток", "time", "суток", NEURO_T, H, hedged=True, anchor="✘ при MFU 40 % и 989 ТФЛОПС")
A = "¶7 «Все модели хранятся в нашем S3"
claim(f, "2,2 ТБ", "weights", "ТБ", W(DS, "bf16") + W(L405, "bf16") + W(13e9, "bf16"), H, anchor=A)
claim(f, "13 ГБ", "weights", "ГБ", W(13e9, "bf16"), X, "wrong_dtype", anchor=A, note="int8; bf16 26 ГБ")
claim(f, "400 ГБ/с", "bandwidth", "ГБ/с", 400 * 1.25e8, X, "wrong_unit", anchor="¶8 «Межузловая сеть", note="400 Гбит/с = 50 ГБ/с")
claim(f, "141 ГиБ", "arithmetic", "ГиБ", 141e9, X, "gb_as_gib", anchor="¶9 «Каждая H200 хранит", note="141 ГБ = 131,3 ГиБ")
A = "> «Вы неправильно считаете: bf16 у нас 8-битный"
claim(f, "671 ГБ", "weights", "ГБ", W(DS, "bf16"), X, "wrong_dtype", anchor=A, note="fp8; bf16 1,34 ТБ")
claim(f, "406 ГБ", "weights", "ГБ", W(L405, "bf16"), X, "wrong_dtype", anchor="> Llama 3.1 405B в bf16 тоже 406 ГБ", note="fp8; bf16 811,7 ГБ")
claim(f, "4800 Гбит/с", "bandwidth", "Гбит/с", H200_BW, X, "wrong_unit", anchor="> Llama 3.1 405B в bf16 тоже 406 ГБ", note="38 400 Гбит/с")
TAB = [("DeepSeek-V3 в bf16", "671 ГБ", "1,34 ТБ", "weights", W(DS, "bf16"), "wrong_dtype"),
       ("KV DeepSeek-V3 на 128K", "4,3 ГБ", "9,2 ГБ", "kv_cache_total", KVD * 131072, "off_2x"),
       ("Llama 3.1 405B fp8, на карту", "25 ГБ", "50,7 ГБ", "weights", W(L405, "fp8") / 8, "off_2x"),
       ("токенов в кэше узла 405B", "14 млн", "1,4 млн", "tokens", (NODE - W(L405, "fp8")) / KVT(L405), "off_2x"),
       ("кэш 405B на 128K", "63 ГБ", "67,6 ГБ", "kv_cache_total", KV(L405, 131072), "gib_as_gb"),
       ("пропускная способность H200", "4,8 Тбит/с", "38,4 Тбит/с", "bandwidth", H200_BW, "wrong_unit"),
       ("H200 против H100", "3 раза", "1,43 раза", "ratio", H200_BW / H100_BW, "off_2x"),
       ("ZeRO-3, Llama 3 70B, 16 карт", "35 ГБ", "70,6 ГБ", "training", zero(N[L70], 16, 3), "off_2x"),
       ("LoRA r=64 q/k/v/o, 70B", "5,2 ГБ", "524 МБ", "weights", LORA70 * 2, "off_2x"),
       ("обучение Нейро-13B", "3 дня", "285 суток", "time", NEURO_T, "off_2x"),
       ("межузловая сеть", "400 ГБ/с", "50 ГБ/с", "bandwidth", 400 * 1.25e8, "wrong_unit"),
       ("память H200", "141 ГиБ", "131,3 ГиБ", "arithmetic", 141e9, "gb_as_gib")]
U = {"млн": "млн токенов", "раза": "раз"}
for row, was, now, kind, val, err in TAB:
    uw, un = U.get(was.split()[-1], was.split()[-1]), U.get(now.split()[-1], now.split()[-1])
    claim(f, was, kind, uw, val, X, err, anchor=f"| {row} |", note="в релизе")
    claim(f, now, kind, un, val, H, anchor=f"| {row} |")
A = "> Верны только число параметров"
claim(f, "406 ГБ", "weights", "ГБ", W(L405, "fp8"), H, anchor=A)
claim(f, "722 ГБ", "arithmetic", "ГБ", NODE - W(L405, "fp8"), H, anchor=A)
claim(f, "1,13 ТБ", "training", "ТБ", 16 * N[L70], H, anchor="> 1,13 ТБ на дообучение")
claim(f, "1,6 × 10²³ FLOP", "flops", "FLOP", NEURO, H, anchor="> 1,13 ТБ на дообучение")
non(f, "  date: 2027-02-17", "date")
non(f, "embargo: \"2027-02-18 10:00 МСК\"", "date, time")
non(f, "  nodes: 2", "count")
non(f, "gpus_per_node: 8", "count")
non(f, "gpu: \"H200, 141 ГБ HBM3e", "hardware spec")
non(f, "interconnect: \"NVLink 900 ГБ/с, InfiniBand 400 Гбит/с\"", "hardware spec")
non(f, "article_deadline: 2027-02-20", "date")
non(f, "> Текст релиза разбит на абзацы ¶1–¶9", "paragraph numbers")
non(f, "> Для расчётов: DeepSeek-V3 — 671 млрд параметров", "model-card inputs")
non(f, "> Llama 3.1 405B — 405,9 млрд, 126 слоёв", "config inputs, hardware spec")
non(f, "«Стоимость — от 0,9 ₽ за тысячу токенов", "price, free tier")
non(f, "## Ответ пресс-службы на мои вопросы (письмо от 18.02)", "date")
non(f, "$$t = \\frac{6ND}", "LaTeX formula with free variables")
non(f, "[^1]: Ответ пришёл с адреса", "time")


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
            raise SystemExit("truth.json is stale: run python tests/claims_corpus_ag/truth.py")
        summary(truth)
        print("truth.json is current; every check passed")
        return 0
    path.write_text(text, encoding="utf-8")
    summary(truth)
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
