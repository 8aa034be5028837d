#!/usr/bin/env python3
"""Ground truth for blind sizing-claims corpus AD (tests/claims_corpus_ad/notes).

Written without reading vaultkit's code, its tests or the other corpora's notes.  Facts come
from /work/shared/claims-gold.md: bytes per dtype, exact parameter counts and configs of the
catalogued models, measured GGUF bits per weight (Llama-3.1-8B), the KV-cache, training-memory
and activation formulas.  Models that claims-gold lacks appear only with their config (or, for
DeepSeek-V3 and gpt-oss, their printed model-card counts) stated in the note itself; the truth
recomputes their parameter counts from that config with the claims-gold formula (asserted below
for the catalogued ones).  Nothing here imports vaultkit.  The checking code is corpus K's / X's /
AB's / AC's (reused unchanged: figure reader, tolerance, error-class checks, output; the model
helpers and catalogue of AC's truth.py are reused, and AD adds Gemma 2 2B/9B/27B and Mistral-Nemo-12B
from the configs its notes print).

    python tests/claims_corpus_ad/truth.py          # verify and (re)write truth.json
    python tests/claims_corpus_ad/truth.py --check  # verify; fail if truth.json is stale

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

# ---- extra facts for this corpus AD -----------------------------------------------------------------------
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

# ---- en_01: daily note, Gemma 2 9B / 27B / 2B and Llama 3.2 on an RTX 4090 -----------------------------------
f = "en_01"
G9, G27, G2, L1, L3 = "gemma2-9b", "gemma2-27b", "gemma2-2b", "llama3.2-1b", "llama3.2-3b"
G9_8K_WIN = 2 * 21 * 8 * 256 * 2 * (8192 + 4096)      # 21 global layers at 8192 + 21 local layers at 4096
claim(f, "9241705984", "params", "params", N[G9], H)
claim(f, "27227128320", "params", "params", N[G27], H)
claim(f, "9,241,705,984 parameters", "params", "params", N[G9], H)
claim(f, "9.24B", "params", "B", N[G9], H, anchor="is really 9.24B")
claim(f, "18.5 GB", "weights", "GB", W(G9, "bf16"), H, anchor="- **08:47**")
claim(f, "17.2 GiB", "weights", "GiB", W(G9, "bf16"), H)
claim(f, "~6.8 GiB", "arithmetic", "GiB", 24 * GIB - W(G9, "bf16"), H, hedged=True)
claim(f, "9.24 GB", "weights", "GB", W(G9, "int8"), H)
claim(f, "4.62 GB", "weights", "GB", W(G9, "int4"), H)
claim(f, "917.5M", "params", "M", 256000 * 3584, H)
claim(f, "≈ 9.9 %", "percentage", "%", 100 * 256000 * 3584 / N[G9], H, hedged=True)
claim(f, "344,064 bytes", "kv_cache_per_token", "bytes", KVT(G9), H)
claim(f, "336 KiB", "kv_cache_per_token", "KiB", KVT(G9), H, anchor="- **10:12**")
claim(f, "2.625 GiB", "kv_cache_total", "GiB", KV(G9, 8192), H)
claim(f, "1.97 GiB", "kv_cache_total", "GiB", G9_8K_WIN, H, anchor="- **10:18**")
claim(f, "~25 %", "percentage", "%", 100 * (1 - G9_8K_WIN / KV(G9, 8192)), H, hedged=True)
claim(f, "27,227,128,320 params", "params", "params", N[G27], H)
claim(f, "27.2B", "params", "B", N[G27], H, anchor="- **10:40**")
claim(f, "54.5 GB", "weights", "GB", W(G27, "bf16"), H, anchor="- **10:40**")
claim(f, "50.7 GiB", "weights", "GiB", W(G27, "bf16"), H, anchor="- **10:40**")
claim(f, "27.2 GB", "weights", "GB", W(G27, "int8"), H, anchor="- **10:44**")
claim(f, "~16.7 GB", "quantized_file", "GB", GG(G27, "Q4_K_M"), H, hedged=True, anchor="- **10:44**")
claim(f, "15.5 GiB", "quantized_file", "GiB", GG(G27, "Q4_K_M"), H, rel=0.02, anchor="- **10:44**")
claim(f, "376,832 B", "kv_cache_per_token", "bytes", KVT(G27), H)
claim(f, "368 KiB", "kv_cache_per_token", "KiB", KVT(G27), H, anchor="- **10:51**")
claim(f, "2.875 GiB", "kv_cache_total", "GiB", KV(G27, 8192), H, anchor="- **10:51**")
claim(f, "≈ 18.4 GiB", "arithmetic", "GiB", GG(G27, "Q4_K_M") + KV(G27, 8192), H, hedged=True)
claim(f, "~5.6 GiB", "arithmetic", "GiB", 24 * GIB - GG(G27, "Q4_K_M") - KV(G27, 8192), H, hedged=True)
claim(f, "~55 tok/s", "throughput", "tok/s", RTX4090_BW / W(G9, "bf16"), H, hedged=True)
claim(f, "5.65 GB", "quantized_file", "GB", GG(G9, "Q4_K_M"), H, rel=0.02, anchor="- **11:20**")
claim(f, "~178 tok/s", "throughput", "tok/s", RTX4090_BW / GG(G9, "Q4_K_M"), H, hedged=True)
claim(f, "~61 tok/s", "throughput", "tok/s", RTX4090_BW / GG(G27, "Q4_K_M"), H, hedged=True)
claim(f, "5.65 GiB", "quantized_file", "GiB", GG(G9, "Q4_K_M"), X, "gb_as_gib", note="5.65 GB = 5.27 GiB")
claim(f, "27.2 GiB", "weights", "GiB", W(G27, "int8"), X, "gb_as_gib", note="27.2 GB = 25.4 GiB")
claim(f, "27 GB", "weights", "GB", W(G27, "int4"), X, "wrong_dtype", anchor="- **13:05**", note="int8 figure; int4 13.6 GB")
claim(f, "13.6 GB", "weights", "GB", W(G27, "int4"), H, anchor="- **13:05**")
claim(f, "9.2 GB", "weights", "GB", W(G9, "bf16"), X, "wrong_dtype", anchor="- **13:12**", note="int8 figure; bf16 18.5 GB")
claim(f, "18.5 GB", "weights", "GB", W(G9, "bf16"), H, anchor="- **13:12**")
claim(f, "5.75 GiB", "kv_cache_total", "GiB", KV(G27, 8192), X, "off_2x", note="query heads for KV heads; 2.875 GiB")
claim(f, "2.875 GiB", "kv_cache_total", "GiB", KV(G27, 8192), H, anchor="- **13:18**")
claim(f, "54.5 GB per card", "weights", "GB", W(G27, "bf16") / 2, X, "per_gpu", note="27.2 GB per card")
claim(f, "27.2 GB per card", "weights", "GB", W(G27, "bf16") / 2, H)
claim(f, "672 KiB", "kv_cache_per_token", "KiB", KVT(G9), X, "off_2x", note="query heads; 336 KiB")
claim(f, "336 KiB", "kv_cache_per_token", "KiB", KVT(G9), H, anchor="- **13:30**")
claim(f, "54.5 GiB", "weights", "GiB", W(G27, "bf16"), X, "gb_as_gib", note="54.5 GB = 50.7 GiB")
claim(f, "50.7 GiB", "weights", "GiB", W(G27, "bf16"), H, anchor="- **13:34**")
claim(f, "2,614,341,888 params", "params", "params", N[G2], H)
claim(f, "5.23 GB", "weights", "GB", W(G2, "bf16"), H)
claim(f, "104 KiB", "kv_cache_per_token", "KiB", KVT(G2), H)
claim(f, "0.8125 GiB", "kv_cache_total", "GiB", KV(G2, 8192), H)
claim(f, "about 2.78 GB", "quantized_file", "GB", GG(G2, "Q8_0"), H, hedged=True)
claim(f, "2.95×", "ratio", "×", N[G27] / N[G9], H)
claim(f, "1.24B", "params", "B", N[L1], H)
claim(f, "3.21B", "params", "B", N[L3], H)
claim(f, "2.47 GB", "weights", "GB", W(L1, "bf16"), H)
claim(f, "6.43 GB", "weights", "GB", W(L3, "bf16"), H)
claim(f, "32 KiB", "kv_cache_per_token", "KiB", KVT(L1), H)
claim(f, "112 KiB", "kv_cache_per_token", "KiB", KVT(L3), H)
claim(f, "14 GiB", "kv_cache_total", "GiB", KV(L3, 131072), H)
claim(f, "4 GiB", "kv_cache_total", "GiB", KV(L1, 131072), H, anchor="the 1B 4 GiB")
claim(f, "1.75 GiB", "kv_cache_total", "GiB", KV(L3, 131072), X, "off_2x", note="14 GiB (1.75 GiB is 16K)")
claim(f, "about 37 GB", "weights", "GB", W(G9, "bf16"), X, "wrong_dtype", hedged=True, note="fp32 figure; bf16 18.5 GB", **Q)
claim(f, "about 5.25 GiB", "kv_cache_total", "GiB", KV(G9, 8192), X, "off_2x", hedged=True, note="2.625 GiB", **Q)
claim(f, "roughly 8.3 GB", "quantized_file", "GB", GG(G27, "Q4_K_M"), X, "off_2x", hedged=True, note="16.7 GB", **Q)
claim(f, "up to 120 tok/s", "throughput", "tok/s", RTX4090_BW / GG(G27, "Q4_K_M"), X, "off_2x", note="ceiling 60.5 tok/s", **Q)
claim(f, "5.2 GB", "weights", "GB", W(G2, "bf16"), H, anchor="> Gemma 2 2B in bf16", **Q)
claim(f, "3.2 GB", "weights", "GB", W(L3, "bf16"), X, "wrong_dtype", anchor="> Gemma 2 2B in bf16", note="int8 size; bf16 6.43 GB", **Q)
claim(f, "19.4 GB", "quantized_file", "GB", GG(G27, "Q5_K_M"), H, rel=0.02)
claim(f, "22.3 GB", "quantized_file", "GB", GG(G27, "Q6_K"), H, rel=0.02)
claim(f, "9.82 GB", "quantized_file", "GB", GG(G9, "Q8_0"), H, rel=0.02)
claim(f, "9.15 GiB", "quantized_file", "GiB", GG(G9, "Q8_0"), H, rel=0.02)
claim(f, "~103 tok/s", "throughput", "tok/s", RTX4090_BW / GG(G9, "Q8_0"), H, hedged=True)
claim(f, "16.7 GB", "quantized_file", "GB", GG(G27, "Q4_K_M"), H, rel=0.02, anchor="> **27B at Q4_K_M**")
claim(f, "2.9 GiB", "kv_cache_total", "GiB", KV(G27, 8192), H, anchor="> **27B at Q4_K_M**")
claim(f, "~100 tok/s", "throughput", "tok/s", RTX4090_BW / GG(G9, "Q8_0"), H, hedged=True, anchor="> **27B at Q4_K_M**")
claim(f, "9.24B", "params", "B", N[G9], H, anchor="- 9B: 9.24B params")
claim(f, "18.5 GB", "weights", "GB", W(G9, "bf16"), H, anchor="- 9B: 9.24B params")
claim(f, "336 KiB", "kv_cache_per_token", "KiB", KVT(G9), H, anchor="- 9B: 9.24B params")
claim(f, "1.97 GiB", "kv_cache_total", "GiB", G9_8K_WIN, H, anchor="- 9B: 9.24B params")
claim(f, "27.2B", "params", "B", N[G27], H, anchor="- 27B: 27.2B params")
claim(f, "54.5 GB", "weights", "GB", W(G27, "bf16"), H, anchor="- 27B: 27.2B params")
claim(f, "16.7 GB", "quantized_file", "GB", GG(G27, "Q4_K_M"), H, rel=0.02, anchor="- 27B: 27.2B params")
claim(f, "368 KiB", "kv_cache_per_token", "KiB", KVT(G27), H, anchor="- 27B: 27.2B params")
non(f, "weather: \"-3 °C, snow\"", "weather")
non(f, "sleep_hours: 6.5", "sleep hours")
non(f, "- **07:58** — woke up late", "times, ordinal")
non(f, "Ticket INFRA-2291 (power cut", "times, ticket number")
non(f, "gives 38.2 tok/s at 430 W", "measured speeds, power draw")
non(f, "Ramen 1,450 ¥", "prices")
non(f, "gym: 5×5 squats at 80 kg", "gym sets")
non(f, "2 portions of dal, 400 g rice", "food quantities")
non(f, "23,107 MiB used / 24,564 MiB", "measured memory (nvidia-smi)")
non(f, "read 40 pages of the Gemma 2 tech report", "pages, arXiv id")
non(f, "order 2 × 2 TB NVMe (€129 each)", "shopping, prices")
non(f, "card: \"RTX 4090, 24 GiB, 1008 GB/s\"", "hardware spec")
non(f, "- **14:00–15:10**", "times")

# ---- ru_01: сравнительный обзор для закупки видеокарт (Llama-3.1-70B fp8, Mistral-Nemo-12B bf16) ------------
f = "ru_01"
L70, NM = "llama3-70b", "mistral-nemo-12b"
H100_BW, L40S_BW, A6000_BW = 3.35e12, 864e9, 960e9
claim(f, "70553706496", "params", "params", N[L70], H)
claim(f, "12247782400", "params", "params", N[NM], H)
claim(f, "70,6¦ГБ", "weights", "ГБ", W(L70, "fp8"), H, anchor="> Берём **две H100 SXM**")
claim(f, "35,3¦ГБ", "weights", "ГБ", W(L70, "fp8") / 2, H, anchor="> Берём **две H100 SXM**", note="на карту при TP=2")
claim(f, "24,5¦ГБ", "weights", "ГБ", W(NM, "bf16"), H, anchor="> Берём **две H100 SXM**")
claim(f, "70,55 млрд", "params", "млрд", N[L70], H)
claim(f, "70¦553¦706¦496", "params", "params", N[L70], H)
claim(f, "141,1¦ГБ", "weights", "ГБ", W(L70, "bf16"), H, anchor="**Llama-3.1-70B-Instruct.**")
claim(f, "131,4¦ГиБ", "weights", "ГиБ", W(L70, "bf16"), H)
claim(f, "70,6¦ГБ", "weights", "ГБ", W(L70, "fp8"), H, anchor="**Llama-3.1-70B-Instruct.**")
claim(f, "65,7¦ГиБ", "weights", "ГиБ", W(L70, "fp8"), H, anchor="**Llama-3.1-70B-Instruct.**")
claim(f, "около 35,3¦ГБ", "weights", "ГБ", W(L70, "int4"), H, hedged=True)
claim(f, "≈¦43,2¦ГБ", "quantized_file", "ГБ", GG(L70, "Q4_K_M"), H, hedged=True)
claim(f, "12,25 млрд", "params", "млрд", N[NM], H)
claim(f, "24,5¦ГБ", "weights", "ГБ", W(NM, "bf16"), H, anchor="**Mistral-Nemo-12B-Instruct**")
claim(f, "22,8¦ГиБ", "weights", "ГиБ", W(NM, "bf16"), H)
claim(f, "12,2¦ГБ", "weights", "ГБ", W(NM, "fp8"), H, anchor="**Mistral-Nemo-12B-Instruct**")
claim(f, "6,1¦ГБ", "weights", "ГБ", W(NM, "int4"), H, anchor="**Mistral-Nemo-12B-Instruct**")
claim(f, "50¦%", "percentage", "%", 100 * (1 - BY["fp8"] / BY["bf16"]), H)
claim(f, "в 4 раза", "ratio", "раз", BY["bf16"] / BY["int4"], H)
claim(f, "в 2 раза", "ratio", "раз", BY["bf16"] / BY["fp8"], H, anchor="уменьшает веса в 2 раза")
claim(f, "327¦680 байт", "kv_cache_per_token", "байт", KVT(L70), H)
claim(f, "320¦КиБ", "kv_cache_per_token", "КиБ", KVT(L70), H, anchor="327¦680 байт")
claim(f, "2,5¦ГиБ", "kv_cache_total", "ГиБ", KV(L70, 8192), H, anchor="- 70B, один диалог 8K")
claim(f, "10¦ГиБ", "kv_cache_total", "ГиБ", KV(L70, 32768), H, anchor="- 70B, один диалог 8K")
claim(f, "40¦ГиБ", "kv_cache_total", "ГиБ", KV(L70, 131072), H, anchor="- 70B, один диалог 8K")
claim(f, "160¦КиБ", "kv_cache_per_token", "КиБ", KVT(NM), H, anchor="- Nemo: 2 × 40 × 8")
claim(f, "5¦ГиБ", "kv_cache_total", "ГиБ", KV(NM, 32768), H, anchor="- Nemo: 2 × 40 × 8")
claim(f, "20¦ГиБ", "kv_cache_total", "ГиБ", KV(NM, 131072), H, anchor="- Nemo: 2 × 40 × 8")
claim(f, "47", "throughput", "ток/с", H100_BW / W(L70, "fp8"), H, anchor="| H100 SXM | 80 |")
claim(f, "137", "throughput", "ток/с", H100_BW / W(NM, "bf16"), H, anchor="| H100 SXM | 80 |")
claim(f, "12", "throughput", "ток/с", L40S_BW / W(L70, "fp8"), H, anchor="| L40S | 48 |")
claim(f, "35", "throughput", "ток/с", L40S_BW / W(NM, "bf16"), H, anchor="| L40S | 48 |")
claim(f, "14", "throughput", "ток/с", A6000_BW / W(L70, "fp8"), H, anchor="| RTX 6000 Ada | 48 |")
claim(f, "39", "throughput", "ток/с", A6000_BW / W(NM, "bf16"), H, anchor="| RTX 6000 Ada | 48 |")
claim(f, "65,7¦ГиБ", "weights", "ГиБ", W(L70, "fp8"), H, anchor="столбец условный")
claim(f, "14,3¦ГиБ", "arithmetic", "ГиБ", 80 * GIB - W(L70, "fp8"), H, anchor="- **Одна H100:**")
claim(f, "5 диалогов", "arithmetic", "x", (80 * GIB - W(L70, "fp8")) // KV(L70, 8192), H, note="целых диалогов по 8K")
claim(f, "35,3¦ГБ", "weights", "ГБ", W(L70, "fp8") / 2, H, anchor="- **Две H100 (TP=2):**", note="на карту")
claim(f, "32,9¦ГиБ", "weights", "ГиБ", W(L70, "fp8") / 2, H, note="на карту")
claim(f, "94,3¦ГиБ", "arithmetic", "ГиБ", 160 * GIB - W(L70, "fp8"), H, anchor="- **Две H100 (TP=2):**")
claim(f, "37 диалогов", "arithmetic", "x", (160 * GIB - W(L70, "fp8")) // KV(L70, 8192), H)
claim(f, "30,3¦ГиБ", "arithmetic", "ГиБ", 96 * GIB - W(L70, "fp8"), H)
claim(f, "12 диалогов", "arithmetic", "x", (96 * GIB - W(L70, "fp8")) // KV(L70, 8192), H)
claim(f, "около 24,5¦ток/с", "throughput", "ток/с", L40S_BW / (W(L70, "fp8") / 2), H, hedged=True)
claim(f, "35,3¦ГБ", "weights", "ГБ", W(L70, "fp8") / 2, H, anchor="каждая карта читает", note="на карту за токен")
claim(f, "≈¦95¦ток/с", "throughput", "ток/с", H100_BW / (W(L70, "fp8") / 2), H, hedged=True)
claim(f, "141¦ГБ", "weights", "ГБ", W(L70, "fp8"), X, "wrong_dtype", anchor="> «Llama-3.1-70B в fp8", note="bf16; fp8 70,6 ГБ")
claim(f, "20¦ГиБ", "kv_cache_total", "ГиБ", KV(L70, 32768), X, "off_2x", anchor="> «KV-кэш на 32K", note="10 ГиБ")
claim(f, "2,5¦МиБ", "kv_cache_per_token", "МиБ", KVT(L70), X, "off_2x", note="головы запросов вместо KV-голов; 320 КиБ")
claim(f, "до 95¦ток/с", "throughput", "ток/с", H100_BW / W(L70, "fp8"), X, "per_gpu", note="одна карта 47,5 ток/с")
claim(f, "70,6¦ГБ", "weights", "ГБ", W(L70, "fp8") / 2, X, "per_gpu", anchor="> «На двух L40S", note="на карту 35,3 ГБ")
claim(f, "43,2¦ГиБ", "quantized_file", "ГиБ", GG(L70, "Q4_K_M"), X, "gb_as_gib", note="43,2 ГБ = 40,2 ГиБ")
claim(f, "12,2¦ГБ", "weights", "ГБ", W(NM, "bf16"), X, "wrong_dtype", anchor="> «Mistral-Nemo в bf16", note="fp8; bf16 24,5 ГБ")
claim(f, "40¦ГиБ", "kv_cache_total", "ГиБ", KV(NM, 131072), X, "off_2x", anchor="> «Nemo на полном контексте", note="20 ГиБ")
claim(f, "6,1¦ГиБ", "weights", "ГиБ", W(NM, "int4"), X, "gb_as_gib", note="6,1 ГБ = 5,7 ГиБ")
claim(f, "70,6", "weights", "ГБ", W(L70, "fp8"), H, anchor="| 70B fp8, 1 × H100 |")
claim(f, "160", "kv_cache_total", "ГиБ", KV(L70, 8192, 32), X, "off_2x", anchor="| 70B fp8, 1 × H100 |", note="80 ГиБ")
claim(f, "47", "throughput", "ток/с", H100_BW / W(L70, "fp8"), H, anchor="| 70B fp8, 1 × H100 |")
claim(f, "141,1", "weights", "ГБ", W(L70, "bf16"), H, anchor="| 70B bf16, 2 × H100")
claim(f, "80", "kv_cache_total", "ГиБ", KV(L70, 8192, 32), H, anchor="| 70B bf16, 2 × H100")
claim(f, "95", "throughput", "ток/с", H100_BW / (W(L70, "bf16") / 2), X, "off_2x", anchor="| 70B bf16, 2 × H100", note="bf16 TP=2: 47,5 ток/с")
claim(f, "12,2", "weights", "ГБ", W(NM, "bf16"), X, "wrong_dtype", anchor="| Nemo bf16, 1 × L40S", note="24,5 ГБ")
claim(f, "40", "kv_cache_total", "ГиБ", KV(NM, 8192, 32), H, anchor="| Nemo bf16, 1 × L40S")
claim(f, "71", "throughput", "ток/с", L40S_BW / W(NM, "bf16"), X, "off_2x", anchor="| Nemo bf16, 1 × L40S", note="35,3 ток/с")
claim(f, "12,2", "weights", "ГБ", W(NM, "fp8"), H, anchor="| Nemo fp8, 1 × L40S")
claim(f, "40", "kv_cache_total", "ГиБ", KV(NM, 8192, 32), H, anchor="| Nemo fp8, 1 × L40S")
claim(f, "71", "throughput", "ток/с", L40S_BW / W(NM, "fp8"), H, anchor="| Nemo fp8, 1 × L40S")
claim(f, "70,6¦ГБ", "weights", "ГБ", W(L70, "fp8"), H, anchor="- 70B fp8: 70,6¦ГБ")
claim(f, "320¦КиБ", "kv_cache_per_token", "КиБ", KVT(L70), H, anchor="- 70B fp8: 70,6¦ГБ")
claim(f, "2,5¦ГиБ", "kv_cache_total", "ГиБ", KV(L70, 8192), H, anchor="- 70B fp8: 70,6¦ГБ")
claim(f, "24,5¦ГБ", "weights", "ГБ", W(NM, "bf16"), H, anchor="- Nemo bf16: 24,5¦ГБ")
claim(f, "160¦КиБ", "kv_cache_per_token", "КиБ", KVT(NM), H, anchor="- Nemo bf16: 24,5¦ГБ")
claim(f, "14,3¦ГиБ", "arithmetic", "ГиБ", 80 * GIB - W(L70, "fp8"), H, anchor="- Одна H100 не даёт")
claim(f, "94,3¦ГиБ", "arithmetic", "ГиБ", 160 * GIB - W(L70, "fp8"), H, anchor="- Одна H100 не даёт")
non(f, "created: 2027-01-20", "date")
non(f, "kp_number: КП-0457/26", "document number")
non(f, "budget_limit_rub: 25000000", "budget")
non(f, "«Гарантия 36 мес., поставка 10–12 недель", "warranty, delivery weeks, VAT")
non(f, "- 2 × H100 SXM: 2 × 3¦100", "prices, cost arithmetic")
non(f, "- Курс на 16.01.2027", "exchange rate, delivery price")
non(f, "- Электричество: 2 × 700 + 350", "power draw, electricity cost")
non(f, "- Замечания к КП отправлены 21.01.2027", "dates")
non(f, "  - \"КП поставщика от 16.01.2027\"", "date")

# ---- en_02: paper-reading note critiquing an appendix table (Qwen2.5 family, Llama-3.1-405B) ------------------
f = "en_02"
Q05, Q15, Q3, Q7, Q72, L405 = "qwen2.5-0.5b", "qwen2.5-1.5b", "qwen2.5-3b", "qwen2.5-7b", "qwen2.5-72b", "llama3.1-405b"
for _m, _n in ((Q05, "494032768"), (Q15, "1543714304"), (Q3, "3085938688"), (Q72, "72706203648"), (L405, "405853388800")):
    claim(f, _n, "params", "params", N[_m], H)
claim(f, "1.5 GB", "weights", "GB", W(Q3, "int4"), H, anchor="fits in 1.5 GB at int4")
claim(f, "1.98 GB", "weights", "GB", W(Q05, "fp32"), H)
claim(f, "811.7 GFLOP", "flops", "GFLOP", 2 * N[L405], H)
claim(f, "7.6 GFLOP", "flops", "GFLOP", 2 * N[Q7], X, "off_2x", anchor="GFLOP for the 7B", note="N instead of 2N; 15.2 GFLOP")
claim(f, "40 GiB", "kv_cache_total", "GiB", KV(Q72, 131072), H, anchor="The 72B cache at 128K")
claim(f, "56 GiB", "kv_cache_total", "GiB", KV(Q7, 32768, 32), H)
claim(f, "145 GB", "weights", "GB", W(Q72, "fp8"), X, "wrong_dtype", anchor="fp8 checkpoint of 145 GB", note="fp8 72.7 GB")
claim(f, "15.2 GFLOP", "flops", "GFLOP", 2 * N[Q7], H)
claim(f, "72.7 GB", "weights", "GB", W(Q72, "fp8"), H, anchor="The fp8 checkpoint is 72.7 GB")
claim(f, "145 GB", "weights", "GB", W(Q72, "bf16"), H, anchor="The fp8 checkpoint is 72.7 GB")
T9 = [  # row anchor, [(figure, kind, unit, value, expect, error, occ, note)]
    ("| Qwen2.5-0.5B |", [("0.49", "params", "B", N[Q05], H, None, 1, ""), ("0.99", "weights", "GB", W(Q05, "bf16"), H, None, 1, ""),
                          ("0.25", "weights", "GB", W(Q05, "int4"), H, None, 1, ""), ("12", "kv_cache_per_token", "KiB", KVT(Q05), H, None, 1, ""),
                          ("0.75", "kv_cache_total", "GiB", KV(Q05, 32768), X, "off_2x", 1, "0.375 GiB"),
                          ("7.9", "training", "GB", 16 * N[Q05], H, None, 1, "")]),
    ("| Qwen2.5-1.5B |", [("1.54", "params", "B", N[Q15], H, None, 1, ""), ("3.09", "weights", "GB", W(Q15, "bf16"), H, None, 1, ""),
                          ("1.54", "weights", "GB", W(Q15, "int4"), X, "wrong_dtype", 2, "int8 size; int4 0.77 GB"),
                          ("28", "kv_cache_per_token", "KiB", KVT(Q15), H, None, 1, ""), ("0.875", "kv_cache_total", "GiB", KV(Q15, 32768), H, None, 1, ""),
                          ("12.3", "training", "GB", 16 * N[Q15], X, "off_2x", 1, "8 B/param; 24.7 GB")]),
    ("| Qwen2.5-3B |", [("3.09", "params", "B", N[Q3], H, None, 1, ""),
                        ("5.75", "weights", "GB", W(Q3, "bf16"), X, "gib_as_gb", 1, "5.75 GiB = 6.17 GB"),
                        ("1.54", "weights", "GB", W(Q3, "int4"), H, None, 1, ""),
                        ("288", "kv_cache_per_token", "KiB", KVT(Q3), X, "off_2x", 1, "query heads; 36 KiB"),
                        ("9", "kv_cache_total", "GiB", KV(Q3, 32768), X, "off_2x", 1, "1.125 GiB"),
                        ("49.4", "training", "GB", 16 * N[Q3], H, None, 1, "")]),
    ("| Qwen2.5-7B |", [("7.62", "params", "B", N[Q7], H, None, 1, ""), ("15.23", "weights", "GB", W(Q7, "bf16"), H, None, 1, ""),
                        ("3.81", "weights", "GB", W(Q7, "int4"), H, None, 1, ""), ("56", "kv_cache_per_token", "KiB", KVT(Q7), H, None, 1, ""),
                        ("1.75", "kv_cache_total", "GiB", KV(Q7, 32768), H, None, 1, ""),
                        ("60.9", "training", "GB", 16 * N[Q7], X, "off_2x", 1, "8 B/param; 121.8 GB")]),
    ("| Qwen2.5-72B |", [("72.71", "params", "B", N[Q72], H, None, 1, ""), ("145.4", "weights", "GB", W(Q72, "bf16"), H, None, 1, ""),
                         ("72.71", "weights", "GB", W(Q72, "int4"), X, "wrong_dtype", 2, "int8 size; int4 36.35 GB"),
                         ("2560", "kv_cache_per_token", "KiB", KVT(Q72), X, "off_2x", 1, "query heads; 320 KiB"),
                         ("80", "kv_cache_total", "GiB", KV(Q72, 32768), X, "off_2x", 1, "10 GiB"),
                         ("1163", "training", "GB", 16 * N[Q72], H, None, 1, "")]),
    ("| Llama-3.1-405B |", [("405.85", "params", "B", N[L405], H, None, 1, ""),
                            ("756.0", "weights", "GB", W(L405, "bf16"), X, "gib_as_gb", 1, "756.0 GiB = 811.7 GB"),
                            ("202.9", "weights", "GB", W(L405, "int4"), H, None, 1, ""), ("504", "kv_cache_per_token", "KiB", KVT(L405), H, None, 1, ""),
                            ("15.75", "kv_cache_total", "GiB", KV(L405, 32768), H, None, 1, ""),
                            ("3247", "training", "GB", 16 * N[L405], X, "off_2x", 1, "8 B/param; 6,494 GB")]),
]
for _a, _cells in T9:
    for _fig, _k, _u, _v, _e, _err, _o, _n in _cells:
        claim(f, _fig, _k, _u, _v, _e, _err, anchor=_a, occ=_o, note=_n)
claim(f, "12 KiB", "kv_cache_per_token", "KiB", KVT(Q05), H)
claim(f, "0.375 GiB", "kv_cache_total", "GiB", KV(Q05, 32768), H)
claim(f, "0.77 GB", "weights", "GB", W(Q15, "int4"), H)
claim(f, "24.7 GB", "training", "GB", 16 * N[Q15], H, anchor="3. **1.5B, full FT.**")
claim(f, "6.17 GB", "weights", "GB", W(Q3, "bf16"), H)
claim(f, "36 KiB/token", "kv_cache_per_token", "KiB", KVT(Q3), H, anchor="5. **3B, KV.**")
claim(f, "1.125 GiB", "kv_cache_total", "GiB", KV(Q3, 32768), H, anchor="5. **3B, KV.**")
claim(f, "≈ 121.8 GB", "training", "GB", 16 * N[Q7], H, hedged=True)
claim(f, "36.35 GB", "weights", "GB", W(Q72, "int4"), H)
claim(f, "320 KiB/token", "kv_cache_per_token", "KiB", KVT(Q72), H, anchor="7. **72B.**")
claim(f, "10 GiB", "kv_cache_total", "GiB", KV(Q72, 32768), H, anchor="7. **72B.**")
claim(f, "811.7 GB", "weights", "GB", W(L405, "bf16"), H, anchor="8. **405B.**")
claim(f, "6,494 GB", "training", "GB", 16 * N[L405], H)
claim(f, "504 KiB", "kv_cache_per_token", "KiB", KVT(L405), H, anchor="Everything else in the table is right")
claim(f, "15.23 GB", "weights", "GB", W(Q7, "bf16"), H, anchor="Everything else in the table is right")
claim(f, "202.9 GB", "weights", "GB", W(L405, "int4"), H, anchor="Everything else in the table is right")
claim(f, "36 GiB", "kv_cache_total", "GiB", KV(Q3, 32768, 32), H, anchor="- §5.1 admits")
claim(f, "40 GiB", "kv_cache_total", "GiB", KV(Q72, 131072), H, anchor="- §5.3: the 72B")
claim(f, "135.4 GiB", "weights", "GiB", W(Q72, "bf16"), H)
claim(f, "12 such sessions", "arithmetic", "x", (8 * 80 * GIB - W(Q72, "bf16")) // KV(Q72, 131072), H)
claim(f, "3.2 TB", "training", "TB", 16 * N[L405], X, "off_2x", note="8 B/param; 6.5 TB")
claim(f, "6.5 TB", "training", "TB", 16 * N[L405], H)
claim(f, "36 KiB", "kv_cache_per_token", "KiB", KVT(Q3), H, anchor="Table 9 has 12 wrong cells")
claim(f, "320 KiB", "kv_cache_per_token", "KiB", KVT(Q72), H, anchor="Table 9 has 12 wrong cells")
claim(f, "24.7 GB", "training", "GB", 16 * N[Q15], H, anchor="Table 9 has 12 wrong cells")
claim(f, "121.8 GB", "training", "GB", 16 * N[Q7], H, anchor="Table 9 has 12 wrong cells")
claim(f, "811.7 GB", "weights", "GB", W(L405, "bf16"), H, anchor="Table 9 has 12 wrong cells")
non(f, "arxiv: \"2611.04417v2\"", "arXiv id")
non(f, "pages: 31", "page count")
non(f, "read_on: 2026-12-02", "date")
non(f, "rating: 3/5", "rating")
non(f, "Reported throughput gains 1.8×", "reported speed-up, benchmark scores, page numbers")
non(f, "## The main text (p. 6–8), as written", "page numbers")
non(f, "- Hyper-parameters on p. 29", "hyper-parameters")
non(f, "- Their trace: 1.2M requests", "request count, days, latency")
non(f, "- Cluster: 64 × H100, ~620 W", "GPU count, power draw")
non(f, "- Code: https://github.com/edgeserve", "URL with version")

# ---- en_03: Anki-style flashcards (own cards right, shared-deck cards mostly wrong) ---------------------------
f = "en_03"
claim(f, "124,439,808", "params", "params", N["gpt2"], H)
claim(f, "124.4M", "params", "M", N["gpt2"], H)
claim(f, "0.50 GB", "weights", "GB", W("gpt2", "fp32"), H)
claim(f, "0.46 GiB", "weights", "GiB", W("gpt2", "fp32"), H)
claim(f, "3.12 GB", "weights", "GB", W("gpt2-xl", "fp16"), H)
claim(f, "36 KiB", "kv_cache_per_token", "KiB", KVT("gpt2"), H)
claim(f, "109,482,240", "params", "params", N["bert-base"], H)
claim(f, "1.34 GB", "weights", "GB", W("bert-large", "fp32"), H, anchor="BERT-large in fp32?::")
claim(f, "222.9M", "params", "M", N["t5-base"], H)
claim(f, "1.48 GB", "weights", "GB", W("t5-large", "bf16"), H)
claim(f, "8 KiB", "kv_cache_per_token", "KiB", KVT("falcon-7b"), H, anchor="Falcon-7B is MQA, so")
claim(f, "16 MiB", "kv_cache_total", "MiB", KV("falcon-7b", 2048), H)
claim(f, "0.5 GiB", "kv_cache_total", "GiB", KV("mistral-7b", 4096), H)
claim(f, "512 KiB", "kv_cache_per_token", "KiB", KVT("llama2-7b"), H)
claim(f, "2 GiB", "kv_cache_total", "GiB", KV("llama2-7b", 4096), H, anchor="full 4096-token context?::")
claim(f, "26.0 GB", "weights", "GB", W("llama2-13b", "fp16"), H)
claim(f, "24.2 GiB", "weights", "GiB", W("llama2-13b", "fp16"), H)
claim(f, "320 KiB", "kv_cache_per_token", "KiB", KVT("llama2-70b"), H)
claim(f, "46.7B", "params", "B", N["mixtral-8x7b"], H)
claim(f, "12.9B", "params", "B", ACTIVE_M7, H, anchor="46.7B total, 12.9B active")
claim(f, "93.4 GB", "weights", "GB", W("mixtral-8x7b", "bf16"), H, anchor="Mixtral-8x7B checkpoint in bf16?::")
claim(f, "≈ 25.8 GB", "weights", "GB", W(ACTIVE_M7, "bf16"), H, hedged=True, note="read per token")
claim(f, "384 KiB", "kv_cache_per_token", "KiB", KVT("phi3-mini"), H)
claim(f, "1.5 GiB", "kv_cache_total", "GiB", KV("phi3-mini", 4096), H)
claim(f, "349 GB", "weights", "GB", W("gpt3", "fp16"), H)
claim(f, "4.5 MiB", "kv_cache_per_token", "MiB", KVT("gpt3"), H)
claim(f, "≈ 8.1 × 10^22 FLOP", "flops", "FLOP", 6 * N["llama2-7b"] * 2e12, H, hedged=True, anchor="Training compute of Llama-2-7B")
claim(f, "≈ 1.4T tokens", "tokens", "T tokens", 20 * 70e9, H, hedged=True)
claim(f, "≈ 116 GB", "training", "GB", 16 * N["mistral-7b"], H, hedged=True)
# shared deck
claim(f, "0.71 GB", "weights", "GB", W("gpt2-medium", "fp32"), X, "wrong_dtype", anchor="GPT-2 medium in fp32?::", note="fp16 size; fp32 1.42 GB")
claim(f, "774M", "params", "M", N["gpt2-large"], H)
claim(f, "6.23 GiB", "weights", "GiB", W("gpt2-xl", "fp32"), X, "gb_as_gib", note="6.23 GB = 5.80 GiB")
claim(f, "0.44 GB", "weights", "GB", W("bert-base", "fp16"), X, "wrong_dtype", note="fp32 size; fp16 0.22 GB")
claim(f, "335M", "params", "M", N["bert-large"], H)
claim(f, "0.24 GB", "weights", "GB", W("t5-small", "fp32"), H)
claim(f, "370M", "params", "M", N["t5-large"], X, "off_2x", note="737.7M; about half is one stack")
claim(f, "568 KiB", "kv_cache_per_token", "KiB", KVT("falcon-7b"), X, "off_2x", note="71 query heads for 1 KV head; 8 KiB")
claim(f, "4 GiB", "kv_cache_total", "GiB", KV("mistral-7b", 4096), X, "off_2x", note="window caps it at 0.5 GiB")
claim(f, "12.6 GB", "weights", "GB", W("llama2-7b", "fp16"), X, "gib_as_gb", note="12.55 GiB = 13.48 GB")
claim(f, "100 KiB", "kv_cache_per_token", "KiB", KVT("llama2-13b"), X, "off_2x", note="800 KiB")
claim(f, "138 GB", "weights", "GB", W("llama2-70b", "int4"), X, "wrong_dtype", note="fp16 size; int4 34.5 GB")
claim(f, "25.8 GB", "weights", "GB", W("mixtral-8x7b", "bf16"), X, "wrong_kind", anchor="Mixtral-8x7B in bf16?::", note="active slice; 93.4 GB stored")
claim(f, "12.9B", "params", "B", ACTIVE_M7, H, anchor="Mixtral-8x7B active parameters?::")
claim(f, "3.8 GB", "weights", "GB", W("phi3-mini", "bf16"), X, "wrong_dtype", note="int8 size; bf16 7.64 GB")
claim(f, "576 KiB", "kv_cache_per_token", "KiB", KVT("gpt3"), X, "off_2x", note="4.5 MiB")
claim(f, "175 GB", "weights", "GB", W("gpt3", "fp16"), X, "wrong_dtype", note="int8 size; fp16 349 GB")
claim(f, "1.3 × 10^22 FLOP", "flops", "FLOP", 6 * N["llama2-7b"] * 2e12, X, "off_2x", note="N·D; 6ND = 8.1e22")
claim(f, "1.4T tokens", "tokens", "T tokens", 20 * 7e9, X, "off_2x", anchor="Chinchilla-optimal data for a 7B model", note="140B tokens")
claim(f, "54 GB", "training", "GB", 16 * N["llama2-7b"], X, "off_2x", note="107.8 GB")
claim(f, "10 GiB", "kv_cache_total", "GiB", KV("llama2-70b", 4096), X, "off_2x", note="1.25 GiB")
claim(f, "128 KiB", "kv_cache_per_token", "KiB", KVT("mixtral-8x7b"), H)
claim(f, "8.03 GB", "weights", "GB", W("llama3-8b", "bf16"), X, "wrong_dtype", note="int8 size; bf16 16.06 GB")
claim(f, "392 KiB", "kv_cache_per_token", "KiB", KVT("qwen2.5-7b"), X, "off_2x", note="query heads; 56 KiB")
claim(f, "14.5 GB", "weights", "GB", W("mistral-7b", "fp32"), X, "wrong_dtype", note="bf16 size; fp32 29.0 GB")
claim(f, "72 KiB", "kv_cache_per_token", "KiB", KVT("gpt2"), X, "off_2x", note="36 KiB")
claim(f, "128.5 GB", "weights", "GB", W("llama2-70b", "fp16"), X, "gib_as_gb", note="128.5 GiB = 138.0 GB")
claim(f, "1.34 GB", "weights", "GB", W("bert-large", "fp16"), X, "wrong_dtype", anchor="BERT-large in fp16?::", note="fp32 size; fp16 0.67 GB")
claim(f, "1.42 GB", "weights", "GB", W("gpt2-medium", "fp32"), H)
claim(f, "8 KiB", "kv_cache_per_token", "KiB", KVT("falcon-7b"), H, anchor="- Falcon-7B: one KV head")
claim(f, "93.4 GB", "weights", "GB", W("mixtral-8x7b", "bf16"), H, anchor="- Mixtral-8x7B in bf16 is 93.4 GB")
claim(f, "25.8 GB", "weights", "GB", W(ACTIVE_M7, "bf16"), H, anchor="- Mixtral-8x7B in bf16 is 93.4 GB", note="read per token")
claim(f, "≈ 8.1 × 10^22 FLOP", "flops", "FLOP", 6 * N["llama2-7b"] * 2e12, H, hedged=True, anchor="- Llama-2-7B pre-training:")
non(f, "new_per_day: 15", "SRS setting")
non(f, "max_interval_days: 180", "SRS setting")
non(f, "downloads: 1832", "download count")
non(f, "date: 2027-01-05", "date")
non(f, "- 2027-01-06 — 42 reviews", "review statistics")
non(f, "- 2027-01-07 — 38 reviews", "review statistics, interval")
non(f, "- 2027-01-09 — card #0147", "card number, lapses")
non(f, "> Pulled in on 2027-01-05.", "date")
non(f, "gib: \"2^30 bytes\"", "unit definition")

# ---- ru_02: расшифровка подкаста (DeepSeek-V3, gpt-oss, Llama-3.1-405B, Mixtral-8x22B) ------------------------
f = "ru_02"
DS, DSA = N["deepseek-v3"], ACTIVE_DSV3
O120, O120A, O20, O20A = N["gpt-oss-120b"], ACTIVE_OSS120, N["gpt-oss-20b"], ACTIVE_OSS20
L405 = "llama3.1-405b"
MLA_T = 61 * (512 + 64) * 2                       # bytes per token, bf16 latent cache
MHA_T = 2 * 61 * 128 * 128 * 2
MXB = MXFP4 / 8
H100_BW = 3.35e12
T = lambda s: "**[" + s + "]"                    # timestamp anchor
claim(f, "140630071296", "params", "params", N["mixtral-8x22b"], H)
claim(f, "39161468928", "params", "params", ACTIVE_M22, H)
claim(f, "405853388800", "params", "params", N[L405], H)
claim(f, "671¦ГБ", "weights", "ГБ", W(DS, "fp8"), H, anchor=T("00:03:12"))
claim(f, "1,34¦ТБ", "weights", "ТБ", W(DS, "bf16"), H)
claim(f, "37¦ГБ", "weights", "ГБ", W(DSA, "fp8"), H, anchor=T("00:03:55"), note="читается на токен")
claim(f, "37¦ГБ", "weights", "ГБ", W(DS, "fp8"), X, "wrong_kind", anchor=T("00:04:10"), note="на диске все 671 ГБ")
claim(f, "671¦ГБ", "weights", "ГБ", W(DS, "fp8"), H, anchor=T("00:04:18"))
claim(f, "70¦272 байта", "kv_cache_per_token", "байт", MLA_T, H)
claim(f, "около 68,6¦КиБ", "kv_cache_per_token", "КиБ", MLA_T, H, hedged=True)
claim(f, "8,6¦ГиБ", "kv_cache_total", "ГиБ", MLA_T * 131072, H)
claim(f, "примерно в 57 раз", "ratio", "раз", MHA_T / MLA_T, H, hedged=True)
claim(f, "3,3·10²⁴ FLOP", "flops", "FLOP", 6 * DSA * 14.8e12, H, anchor=T("00:07:20"), hedged=True)
claim(f, "6·10²⁵ FLOP", "flops", "FLOP", 6 * DSA * 14.8e12, X, "wrong_kind", anchor=T("00:07:44"), note="все параметры вместо активных; 3,3e24")
claim(f, "116,83 млрд", "params", "млрд", O120, H, anchor=T("00:12:05"))
claim(f, "5,13 млрд", "params", "млрд", O120A, H, anchor=T("00:12:05"))
claim(f, "62,1¦ГБ", "weights", "ГБ", O120 * MXB, H, anchor=T("00:12:05"))
claim(f, "57,8¦ГиБ", "weights", "ГиБ", O120 * MXB, H)
claim(f, "233,7¦ГБ", "weights", "ГБ", W(O120, "bf16"), H)
claim(f, "11,1¦ГБ", "weights", "ГБ", O20 * MXB, H, anchor=T("00:13:02"))
claim(f, "41,8¦ГБ", "weights", "ГБ", O20 * MXB, X, "wrong_dtype", anchor=T("00:13:15"), note="bf16; MXFP4 11,1 ГБ")
claim(f, "2,7¦ГБ", "weights", "ГБ", O120A * MXB, H, note="читается на токен")
claim(f, "около 1¦230¦ток/с", "throughput", "ток/с", H100_BW / (O120A * MXB), H, hedged=True)
claim(f, "54¦ток/с", "throughput", "ток/с", H100_BW / (O120A * MXB), X, "wrong_kind", note="весь файл вместо активных; ≈1229")
claim(f, "73¦728 байт", "kv_cache_per_token", "байт", KVT("gpt-oss-120b"), H)
claim(f, "72¦КиБ", "kv_cache_per_token", "КиБ", KVT("gpt-oss-120b"), H, anchor=T("00:17:10"))
claim(f, "48¦КиБ", "kv_cache_per_token", "КиБ", KVT("gpt-oss-20b"), H)
claim(f, "9¦ГиБ", "kv_cache_total", "ГиБ", KV("gpt-oss-120b", 131072), H, anchor=T("00:17:44"))
claim(f, "12¦ГиБ", "kv_cache_total", "ГиБ", KV("gpt-oss-20b", 131072), X, "off_2x", note="6 ГиБ")
claim(f, "406¦ГБ", "weights", "ГБ", W(L405, "fp8"), H, anchor=T("00:21:30"))
claim(f, "812¦ГБ", "weights", "ГБ", W(L405, "bf16"), H)
claim(f, "101¦ГБ", "weights", "ГБ", W(L405, "fp8") / 8, X, "wrong_dtype", anchor=T("00:21:48"), note="bf16 на карту; fp8 50,7 ГБ")
claim(f, "50,7¦ГБ", "weights", "ГБ", W(L405, "fp8") / 8, H, note="на карту при 8 картах")
claim(f, "около 66¦ток/с", "throughput", "ток/с", H100_BW / (W(L405, "fp8") / 8), H, hedged=True)
claim(f, "504¦КиБ", "kv_cache_per_token", "КиБ", KVT(L405), H, anchor=T("00:23:15"))
claim(f, "63¦ГиБ", "kv_cache_total", "ГиБ", KV(L405, 131072), H)
claim(f, "в 7 раз", "ratio", "раз", KV(L405, 131072) / (MLA_T * 131072), H)
claim(f, "5,5¦%", "percentage", "%", 100 * DSA / DS, H)
claim(f, "4,4¦%", "percentage", "%", 100 * O120A / O120, H)
claim(f, "14¦%", "percentage", "%", 100 * ACTIVE_M22 / N["mixtral-8x22b"], X, "off_2x", anchor=T("00:25:31"), note="27,8 %")
claim(f, "39,2 млрд", "params", "млрд", ACTIVE_M22, H)
claim(f, "140,6 млрд", "params", "млрд", N["mixtral-8x22b"], H)
claim(f, "27,8¦%", "percentage", "%", 100 * ACTIVE_M22 / N["mixtral-8x22b"], H, anchor=T("00:25:40"))
claim(f, "в 22,8 раза", "ratio", "раз", O120 / O120A, H)
claim(f, "около 9 мин.", "time", "мин.", W(DS, "fp8") / 1.25e9, H, hedged=True)
claim(f, "около 90 мин.", "time", "мин.", W(DS, "fp8") / 1.25e8, H, hedged=True)
claim(f, "67¦с", "time", "с", W(DS, "fp8") / 1.25e9, X, "wrong_unit", anchor=T("00:31:20"), note="гигабайты вместо гигабит; ≈537 с")
claim(f, "8,1¦ТБ/с", "bandwidth", "ТБ/с", W(L405, "fp8") * 20, H)
claim(f, "334,6¦ГБ", "training", "ГБ", 16 * O20, H)
claim(f, "935¦ГБ", "training", "ГБ", 16 * O120, X, "off_2x", anchor=T("00:40:30"), note="8 байт; 1 869 ГБ")
claim(f, "671¦ГБ", "weights", "ГБ", W(DS, "fp8"), H, anchor="- Вера в 00:04:10")
claim(f, "≈¦3,3·10²⁴ FLOP", "flops", "FLOP", 6 * DSA * 14.8e12, H, hedged=True, anchor="- В 00:07:44")
claim(f, "11,1¦ГБ", "weights", "ГБ", O20 * MXB, H, anchor="- Артём в 00:13:15")
claim(f, "6¦ГиБ", "kv_cache_total", "ГиБ", KV("gpt-oss-20b", 131072), H, anchor="- 00:17:58")
claim(f, "101¦ГБ", "weights", "ГБ", W(L405, "bf16") / 8, H, anchor="- 00:21:48", note="на карту в bf16")
claim(f, "27,8¦%", "percentage", "%", 100 * ACTIVE_M22 / N["mixtral-8x22b"], H, anchor="- 00:25:31")
claim(f, "≈¦537¦с", "time", "с", W(DS, "fp8") / 1.25e9, H, hedged=True)
claim(f, "≈¦1¦869¦ГБ", "training", "ГБ", 16 * O120, H, hedged=True)
for _fig, _k, _u, _v in (("671¦ГБ", "weights", "ГБ", W(DS, "fp8")), ("37¦ГБ", "weights", "ГБ", W(DSA, "fp8")),
                         ("68,6¦КиБ", "kv_cache_per_token", "КиБ", MLA_T), ("62,1¦ГБ", "weights", "ГБ", O120 * MXB),
                         ("72¦КиБ", "kv_cache_per_token", "КиБ", KVT("gpt-oss-120b")), ("406¦ГБ", "weights", "ГБ", W(L405, "fp8")),
                         ("504¦КиБ", "kv_cache_per_token", "КиБ", KVT(L405))):
    claim(f, _fig, _k, _u, _v, H, anchor="DeepSeek-V3: 671¦ГБ на диске")
non(f, "episode: 87", "episode number")
non(f, "recorded: 2027-01-11", "date")
non(f, "duration_min: 74", "duration")
non(f, "у нас 12¦400 подписчиков", "subscribers, promo code, discount")
non(f, "Про бенчмарки: MMLU у 120b", "benchmark scores")
non(f, "следующий выпуск — 30 января", "timestamp, date")
non(f, "published: 2027-01-16", "date")

# ---- en_04: email thread with a hardware vendor (Llama-3.1-405B node, quoted replies) ------------------------
f = "en_04"
L405, M22, NM = "llama3.1-405b", "mixtral-8x22b", "mistral-nemo-12b"
KVK_WRONG = 126 * 128 * 128 * 2                   # the vendor's per-token figure: K only, query heads
claim(f, "405853388800", "params", "params", N[L405], H)
claim(f, "140630071296", "params", "params", N[M22], H)
claim(f, "39161468928", "params", "params", ACTIVE_M22, H)
claim(f, "12247782400", "params", "params", N[NM], H)
claim(f, "811 GB", "weights", "GB", W(L405, "fp8"), X, "wrong_dtype", anchor="> - Llama-3.1-405B in FP8 needs 811 GB", note="bf16; fp8 405.9 GB")
claim(f, "4.06 × 10^11", "params", "params", N[L405], H)
claim(f, "3.94 MiB", "kv_cache_per_token", "MiB", KVT(L405), X, "off_2x", anchor="> - KV cache is 3.94 MiB", note="504 KiB")
claim(f, "1 TiB", "kv_cache_total", "TiB", KV(L405, 8192, 32), X, "off_2x", note="126 GiB")
claim(f, "101 GB", "weights", "GB", W(L405, "fp8") / 8, X, "wrong_dtype", anchor="> - At TP=8 the per-GPU", note="bf16 share; fp8 50.7 GB")
claim(f, "about 95 tok/s", "throughput", "tok/s", 4.8e12 / (W(L405, "fp8") / 8), H, hedged=True)
claim(f, "about 58 s", "time", "s", W(L405, "fp8") / 7e9, H, hedged=True)
claim(f, "12.2 GB", "weights", "GB", W(NM, "bf16"), X, "wrong_dtype", note="fp8 size; bf16 24.5 GB")
claim(f, "40 GiB", "kv_cache_total", "GiB", KV(NM, 131072), X, "off_2x", anchor="its KV at 128K is 40 GiB", note="20 GiB")
claim(f, "4.66 GiB", "quantized_file", "GiB", GG("qwen2.5-7b", "Q4_K_M"), X, "gb_as_gib", note="4.66 GB = 4.34 GiB")
claim(f, "405.9 GB", "weights", "GB", W(L405, "fp8"), H, anchor="> - 405B in FP8 is 405.9 GB")
claim(f, "378.0 GiB", "weights", "GiB", W(L405, "fp8"), H)
claim(f, "~262 GiB", "arithmetic", "GiB", 640 * GIB - W(L405, "fp8"), H, hedged=True)
claim(f, "504 KiB", "kv_cache_per_token", "KiB", KVT(L405), H, anchor="> - KV is 504 KiB per token")
claim(f, "126 GiB", "kv_cache_total", "GiB", KV(L405, 8192, 32), H, anchor="> - KV is 504 KiB per token")
claim(f, "50.7 GB", "weights", "GB", W(L405, "fp8") / 8, H, anchor="> - Per GPU at TP=8: 50.7 GB")
claim(f, "24.5 GB", "weights", "GB", W(NM, "bf16"), H, anchor="> - Nemo: 24.5 GB")
claim(f, "20 GiB", "kv_cache_total", "GiB", KV(NM, 131072), H, anchor="> - Nemo: 24.5 GB")
claim(f, "4.66 GB", "quantized_file", "GB", GG("qwen2.5-7b", "Q4_K_M"), H, rel=0.02)
claim(f, "4.34 GiB", "quantized_file", "GiB", GG("qwen2.5-7b", "Q4_K_M"), H, rel=0.02)
claim(f, "405.9 GB", "weights", "GB", W(L405, "fp8"), H, anchor="> - 405B FP8 = 405.9 GB")
claim(f, "756 GB", "weights", "GB", W(L405, "bf16"), X, "gib_as_gb", anchor="> - 405B FP8 = 405.9 GB", note="756 GiB = 811.7 GB")
claim(f, "406 GB", "weights", "GB", W(L405, "int4"), X, "wrong_dtype", anchor="> - 405B FP8 = 405.9 GB", note="fp8 size; int4 202.9 GB")
claim(f, "504 KiB", "kv_cache_per_token", "KiB", KVT(L405), H, anchor="> - KV per token 504 KiB")
claim(f, "4 TiB", "kv_cache_total", "TiB", KV(L405, 131072, 32), X, "off_2x", note="1.97 TiB")
claim(f, "50.7 GB", "weights", "GB", W(L405, "fp8") / 8, H, anchor="per-card ceiling is 3.35 TB/s")
claim(f, "≈ 66 tok/s", "throughput", "tok/s", 3.35e12 / (W(L405, "fp8") / 8), H, hedged=True, anchor="per-card ceiling is 3.35 TB/s")
claim(f, "43 %", "percentage", "%", 100 * (4.8 / 3.35 - 1), H)
claim(f, "6.5 TB", "training", "TB", 16 * N[L405], H)
claim(f, "812 GB per GPU", "training", "GB", 16 * N[L405] / 8, H)
claim(f, "20 GiB", "kv_cache_total", "GiB", KV(NM, 131072, 1, 1), X, "wrong_dtype", anchor="with an FP8 KV cache", note="fp8 cache 10 GiB")
claim(f, "39 GB", "weights", "GB", W(M22, "fp8"), X, "wrong_kind", note="stored: 140.6 GB in fp8")
for _a, _cells in (("| Llama-3.1-405B | FP8 |", [("405.9", "weights", "GB", W(L405, "fp8"), H, None, ""),
                                                      ("50.7", "weights", "GB", W(L405, "fp8") / 8, H, None, ""),
                                                      ("31.5", "kv_cache_total", "GiB", KV(L405, 8192), X, "off_2x", "3.94 GiB")]),
                   ("| Llama-3.1-405B | BF16 |", [("811.7", "weights", "GB", W(L405, "bf16"), H, None, ""),
                                                       ("50.7", "weights", "GB", W(L405, "bf16") / 8, X, "wrong_dtype", "fp8 share; bf16 101.5 GB"),
                                                       ("3.94", "kv_cache_total", "GiB", KV(L405, 8192), H, None, "")]),
                   ("| Llama-3.1-70B | FP8 |", [("70.6", "weights", "GB", W("llama3-70b", "fp8"), H, None, ""),
                                                     ("70.6", "weights", "GB", W("llama3-70b", "fp8") / 8, X, "per_gpu", "8.8 GB per GPU"),
                                                     ("2.5", "kv_cache_total", "GiB", KV("llama3-70b", 8192), H, None, "")]),
                   ("| Mixtral-8x22B | BF16 |", [("78.3", "weights", "GB", W(M22, "bf16"), X, "wrong_kind", "active slice; 281.3 GB stored"),
                                                     ("9.8", "weights", "GB", W(M22, "bf16") / 8, X, "wrong_kind", "35.2 GB per GPU"),
                                                     ("1.75", "kv_cache_total", "GiB", KV(M22, 8192), H, None, "")]),
                   ("| Mistral-Nemo | BF16 |", [("24.5", "weights", "GB", W(NM, "bf16"), H, None, ""),
                                                    ("3.06", "weights", "GB", W(NM, "bf16") / 8, H, None, ""),
                                                    ("1.25", "kv_cache_total", "GiB", KV(NM, 8192), H, None, "")])):
    _seen = Counter()
    for _fig, _k, _u, _v, _e, _err, _n in _cells:
        _seen[_fig] += 1
        claim(f, _fig, _k, _u, _v, _e, _err, anchor=_a, occ=_seen[_fig], note=_n)
claim(f, "811.7 GB", "weights", "GB", W(L405, "bf16"), H, anchor="> BF16 of 405B is 811.7 GB")
claim(f, "202.9 GB", "weights", "GB", W(L405, "int4"), H)
claim(f, "1.97 TiB", "kv_cache_total", "TiB", KV(L405, 131072, 32), H)
claim(f, "281.3 GB", "weights", "GB", W(M22, "bf16"), H, anchor="> BF16 of 405B is 811.7 GB")
claim(f, "140.6 GB", "weights", "GB", W(M22, "fp8"), H)
claim(f, "3.94 GiB", "kv_cache_total", "GiB", KV(L405, 8192), H, anchor="> BF16 of 405B is 811.7 GB")
claim(f, "101.5 GB", "weights", "GB", W(L405, "bf16") / 8, H)
claim(f, "8.8 GB", "weights", "GB", W("llama3-70b", "fp8") / 8, H)
claim(f, "35.2 GB", "weights", "GB", W(M22, "bf16") / 8, H)
claim(f, "405.9 GB", "weights", "GB", W(L405, "fp8"), H, anchor="405B FP8 = 405.9 GB, 50.7 GB per GPU")
claim(f, "50.7 GB per GPU", "weights", "GB", W(L405, "fp8") / 8, H)
claim(f, "504 KiB", "kv_cache_per_token", "KiB", KVT(L405), H, anchor="405B FP8 = 405.9 GB, 50.7 GB per GPU")
claim(f, "126 GiB", "kv_cache_total", "GiB", KV(L405, 8192, 32), H, anchor="405B FP8 = 405.9 GB, 50.7 GB per GPU")
claim(f, "≈ 66 tok/s", "throughput", "tok/s", 3.35e12 / (W(L405, "fp8") / 8), H, hedged=True, anchor="405B FP8 = 405.9 GB, 50.7 GB per GPU")
claim(f, "≈ 95 tok/s", "throughput", "tok/s", 4.8e12 / (W(L405, "fp8") / 8), H, hedged=True, anchor="405B FP8 = 405.9 GB, 50.7 GB per GPU")
non(f, "first_message: 2027-01-08", "date")
non(f, "quote_total_usd: 312400", "price")
non(f, "Saved from Outlook on 2027-01-13", "date")
non(f, "## 1. From M. Okafor (Kestrel), 2027-01-08 09:14", "date, time")
non(f, "> Quote Q-88213 attached: $312,400", "price, support years, lead time")
non(f, "## 2. My reply, 2027-01-08 17:40", "date, time")
non(f, "## 3. From M. Okafor, 2027-01-10 11:02", "date, time")
non(f, "> Michael — H100 node is fine for us", "hardware order: RAM, NVMe, NIC counts, power budget")
non(f, "quote_id: Q-88213", "quote number")

# ---- ru_03: рецензия на препринт (Phi-3-mini, Llama 3.2 3B, Qwen2.5-1.5B, Gemma 2 2B) ------------------------
f = "ru_03"
P3, L3, Q15, G2 = "phi3-mini", "llama3.2-3b", "qwen2.5-1.5b", "gemma2-2b"
for _m, _n in ((P3, "3821079552"), (L3, "3212749824"), (Q15, "1543714304"), (G2, "2614341888")):
    claim(f, _n, "params", "params", N[_m], H)
claim(f, "30,6¦ГБ", "training", "ГБ", 16 * N[P3], X, "off_2x", anchor="Из аннотации:", note="16 × 3,82 млрд = 61,1 ГБ")
T2 = {P3: ("| Phi-3-mini |", "3,82", "7,12", "30,6", "384", "2,3·10²²", H),
      L3: ("| Llama 3.2 3B |", "3,21", "5,98", "25,7", "336", "1,9·10²²", X),
      Q15: ("| Qwen2.5-1.5B |", "1,54", "2,88", "12,3", "168", "9,3·10²¹", X),
      G2: ("| Gemma 2 2B |", "2,61", "4,87", "20,9", "208", "7,8·10²¹", X)}
for _m, (_a, _p, _w, _t, _kv, _fl, _kvok) in T2.items():
    claim(f, _p, "params", "млрд", N[_m], H, anchor=_a)
    claim(f, _w, "weights", "ГБ", W(_m, "bf16"), X, "gib_as_gb", anchor=_a, note="значение в ГиБ")
    claim(f, _t, "training", "ГБ", 16 * N[_m], X, "off_2x", anchor=_a, note="8 байт/параметр вместо 16")
    claim(f, _kv, "kv_cache_per_token", "КиБ", KVT(_m), _kvok, "off_2x" if _kvok == X else None, anchor=_a,
          note="головы запросов вместо KV-голов" if _kvok == X else "")
    _flok = X if _m == G2 else H
    claim(f, _fl, "flops", "FLOP", 6 * N[_m] * 1e12, _flok, "off_2x" if _flok == X else None, anchor=_a,
          note="3ND вместо 6ND" if _flok == X else "")
claim(f, "1,6¦ТБ", "activations", "ТБ", act(P3, 4096, 8), X, "off_2x", note="0,80 ТБ")
claim(f, "109,5¦ГБ", "activations", "ГБ", act(P3, 4096, 8, "flash"), H)
claim(f, "6,4¦ГБ", "activations", "ГБ", act(P3, 4096, 8, "full"), H)
LORA_L3 = lora(28, 16, [(3072, 3072), (3072, 1024), (3072, 1024), (3072, 3072)])
claim(f, "9,2 млн", "params", "млн", LORA_L3, H)
claim(f, "0,29¦%", "percentage", "%", 100 * LORA_L3 / N[L3], H)
claim(f, "36,7¦МБ", "weights", "МБ", 2 * LORA_L3, X, "wrong_dtype", note="fp32; bf16 18,4 МБ")
claim(f, "42¦ГиБ", "kv_cache_total", "ГиБ", KV(L3, 131072), X, "off_2x", note="14 ГиБ")
claim(f, "1,6¦ГиБ", "kv_cache_total", "ГиБ", KV(G2, 8192), X, "off_2x", note="0,8125 ГиБ")
PHI_DAYS = 6 * N[P3] * 2e12 / (64 * 0.4 * 989e12)
claim(f, "10,5 суток", "time", "суток", PHI_DAYS, X, "off_2x", note="≈21 сутки")
claim(f, "32¦200 GPU-часов", "time", "GPU-часов", PHI_DAYS * 64 / 3600, H)
claim(f, "61,1¦ГБ", "training", "ГБ", 16 * N[P3], H)
claim(f, "112¦КиБ", "kv_cache_per_token", "КиБ", KVT(L3), H)
claim(f, "около 21 суток", "time", "суток", PHI_DAYS, H, hedged=True)
non(f, "arxiv: \"2612.01923v1\"", "arXiv id")
non(f, "submitted: 2026-12-04", "date")
non(f, "venue: \"воркшоп EffML-2027", "venue, deadline")
non(f, "score: 4/10", "review score")
non(f, "confidence: 4/5", "confidence")
non(f, "h100_bf16_dense_tflops: 989", "hardware peak")
non(f, "Мелочи: на с. 3 ссылка [17]", "page, reference, figure numbers")
non(f, "Оценка 4/10, рекомендация", "review score")
non(f, "pages: 14", "page count")

# ---- en_05: homelab inventory with a docker-compose block and shell output ---------------------------------
f = "en_05"
BW = {"3090": 936e9, "4090": 1008e9, "P40": 347e9}
L8, Q7, P4, G9, M7, F7 = "llama3-8b", "qwen2.5-7b", "phi4", "gemma2-9b", "mistral-7b", "falcon-7b"
claim(f, "14659507200", "params", "params", N[P4], H)
claim(f, "9241705984", "params", "params", N[G9], H)
INV = [("| atlas | RTX 3090 #0 |", [("4.9", "quantized_file", "GB", GG(L8, "Q4_K_M"), H, None, ""),
                                   ("2", "kv_cache_total", "GiB", KV(L8, 16384), H, None, ""),
                                   ("381", "throughput", "tok/s", BW["3090"] / GG(L8, "Q4_K_M"), X, "off_2x", "190 tok/s")]),
       ("| atlas | RTX 3090 #1 |", [("12.5", "quantized_file", "GB", GG(Q7, "Q6_K"), X, "off_2x", "6.25 GB"),
                                   ("3.5", "kv_cache_total", "GiB", KV(Q7, 32768), X, "off_2x", "1.75 GiB"),
                                   ("75", "throughput", "tok/s", BW["3090"] / GG(Q7, "Q6_K"), X, "off_2x", "150 tok/s")]),
       ("| borealis | RTX 4090 | Phi-4", [("9.0", "quantized_file", "GB", GG(P4, "Q4_K_M"), H, None, ""),
                                         ("3.125", "kv_cache_total", "GiB", KV(P4, 16384), H, None, ""),
                                         ("112", "throughput", "tok/s", BW["4090"] / GG(P4, "Q4_K_M"), H, None, "")]),
       ("| borealis | RTX 4090 | Gemma", [("9.82", "quantized_file", "GB", GG(G9, "Q8_0"), H, None, ""),
                                         ("5.25", "kv_cache_total", "GiB", KV(G9, 8192), X, "off_2x", "2.625 GiB"),
                                         ("51", "throughput", "tok/s", BW["4090"] / GG(G9, "Q8_0"), X, "off_2x", "103 tok/s")]),
       ("| cirrus | P40 | Mistral", [("7.7", "quantized_file", "GB", GG(M7, "Q8_0"), H, None, ""),
                                    ("0.5", "kv_cache_total", "GiB", KV(M7, 4096), H, None, ""),
                                    ("45", "throughput", "tok/s", BW["P40"] / GG(M7, "Q8_0"), H, None, "")]),
       ("| cirrus | P40 | Falcon", [("27.7", "quantized_file", "GB", GG(F7, "F16"), X, "wrong_dtype", "fp32 size; F16 13.8 GB"),
                                   ("0.016", "kv_cache_total", "GiB", KV(F7, 2048), H, None, ""),
                                   ("25", "throughput", "tok/s", BW["P40"] / GG(F7, "F16"), H, None, "")])]
for _a, _cells in INV:
    for _fig, _k, _u, _v, _e, _err, _n in _cells:
        claim(f, _fig, _k, _u, _v, _e, _err, anchor=_a, rel=0.02 if _k == "quantized_file" else None, note=_n)
claim(f, "4.92 GB", "quantized_file", "GB", GG(L8, "Q4_K_M"), H, rel=0.02)
claim(f, "4 GiB", "kv_cache_total", "GiB", KV(L8, 16384), X, "off_2x", anchor="# file 4.92 GB", note="2 GiB")
claim(f, "12.5 GB", "quantized_file", "GB", GG(Q7, "Q6_K"), X, "off_2x", anchor="# file 12.5 GB", note="6.25 GB")
claim(f, "3.5 GiB", "kv_cache_total", "GiB", KV(Q7, 32768), X, "off_2x", anchor="# file 12.5 GB", note="1.75 GiB")
claim(f, "9.0 GB", "quantized_file", "GB", GG(P4, "Q4_K_M"), H, rel=0.02, anchor="# file 9.0 GB")
claim(f, "3.125 GiB", "kv_cache_total", "GiB", KV(P4, 16384), H, anchor="# file 9.0 GB")
claim(f, "200 KiB", "kv_cache_per_token", "KiB", KVT(P4), H)
claim(f, "9.82 GiB", "quantized_file", "GiB", GG(G9, "Q8_0"), X, "gb_as_gib", note="9.82 GB = 9.15 GiB")
claim(f, "5.25 GiB", "kv_cache_total", "GiB", KV(G9, 8192), X, "off_2x", anchor="# file 9.82 GiB", note="2.625 GiB")
claim(f, "7.7 GiB", "quantized_file", "GiB", GG(M7, "Q8_0"), X, "gb_as_gib", note="7.7 GB = 7.17 GiB")
claim(f, "0.5 GiB", "kv_cache_total", "GiB", KV(M7, 4096), H, anchor="# file 7.7 GiB")
claim(f, "13.8 GB", "quantized_file", "GB", GG(F7, "F16"), H, rel=0.02)
claim(f, "16 MiB", "kv_cache_total", "MiB", KV(F7, 2048), H)
claim(f, "8 KiB per token", "kv_cache_per_token", "KiB", KVT(F7), H)
claim(f, "44.5 GB", "quantized_file", "GB", GG("qwen2.5-72b", "Q4_K_M"), H, rel=0.02)
claim(f, "~3 GiB", "arithmetic", "GiB", 48 * GIB - GG("qwen2.5-72b", "Q4_K_M"), X, "off_2x", hedged=True, note="6.6 GiB left")
claim(f, "43.2 GB", "quantized_file", "GB", GG("llama3-70b", "Q4_K_M"), H, rel=0.02)
claim(f, "21.6 GB per card", "quantized_file", "GB", GG("llama3-70b", "Q4_K_M") / 2, H, rel=0.02)
claim(f, "28.6 GB", "quantized_file", "GB", GG("mixtral-8x7b", "Q4_K_M"), H, rel=0.02, anchor="- Mixtral-8x7B Q4_K_M: 28.6 GB")
claim(f, "12.9B", "params", "B", ACTIVE_M7, H)
claim(f, "7.9 GB", "quantized_file", "GB", GG(ACTIVE_M7, "Q4_K_M"), H, rel=0.02, anchor="- Mixtral-8x7B Q4_K_M: 28.6 GB", note="read per token")
claim(f, "~119 tok/s", "throughput", "tok/s", BW["3090"] / GG(ACTIVE_M7, "Q4_K_M"), H, hedged=True)
claim(f, "7.9 GB", "quantized_file", "GB", GG("mixtral-8x7b", "Q4_K_M"), X, "wrong_kind", anchor="- Kai on the homelab Discord", note="the whole 28.6 GB file is resident")
claim(f, "28.6 GB", "quantized_file", "GB", GG("mixtral-8x7b", "Q4_K_M"), H, rel=0.02, anchor="- Kai on the homelab Discord")
claim(f, "22 GB", "quantized_file", "GB", GG("qwen2.5-72b", "Q4_K_M"), X, "off_2x", note="44.5 GB")
claim(f, "128.5 GB", "training", "GB", 16 * N[L8], H)
non(f, "updated: 2027-01-18", "date")
non(f, "atlas: { gpu: \"2 × RTX 3090\"", "hardware spec, IP address")
non(f, "ups: \"APC SMT1500, 1500 VA\"", "UPS rating")
non(f, "power_idle_w: 187", "power draw")
non(f, "- **atlas** — 2 × RTX 3090", "hardware, RAM, purchase date")
non(f, "- **cirrus** — Tesla P40 from eBay", "price, hardware")
non(f, "4.6G Meta-Llama-3.1-8B", "measured ls output")
non(f, "5.9G Qwen2.5-7B-Instruct-Q6_K.gguf", "measured ls output")
non(f, "0, 7110 MiB, 212.40 W", "measured nvidia-smi output")
non(f, " 21:14:02 up 41 days", "uptime output")
non(f, "- Power: the three boxes idle at 187 W", "power draw, electricity cost")
non(f, "- [ ] replace P40 fans (2 × 40 mm, 12 V)", "fan sizes, voltage")

# ---- ru_04: страница командной вики (экспорт Confluence), «частые заблуждения» --------------------------------
f = "ru_04"
L8 = "llama3-8b"
claim(f, "8¦030¦261¦248", "params", "params", N[L8], H)
claim(f, "16,06¦ГБ", "weights", "ГБ", W(L8, "bf16"), H)
claim(f, "14,96¦ГиБ", "weights", "ГиБ", W(L8, "bf16"), H)
claim(f, "128¦КиБ", "kv_cache_per_token", "КиБ", KVT(L8), H)
claim(f, "137,95¦ГБ", "weights", "ГБ", W("llama2-70b", "fp16"), H)
claim(f, "320¦КиБ", "kv_cache_per_token", "КиБ", KVT("llama2-70b"), H)
claim(f, "46,7 млрд", "params", "млрд", N["mixtral-8x7b"], H, anchor="> - Mixtral-8x7B: 46,7 млрд")
claim(f, "12,9 млрд", "params", "млрд", ACTIVE_M7, H)
claim(f, "93,4¦ГБ", "weights", "ГБ", W("mixtral-8x7b", "bf16"), H)
claim(f, "56¦КиБ", "kv_cache_per_token", "КиБ", KVT("qwen2.5-7b"), H)
claim(f, "8¦КиБ", "kv_cache_per_token", "КиБ", KVT("falcon-7b"), H, anchor="Falcon-7B: 8¦КиБ")
claim(f, "0,5¦ГиБ", "kv_cache_total", "ГиБ", KV("mistral-7b", 4096), H)
ROWS = [  # row, figure, kind, unit, correct, error, note
    (1, "8¦ГБ", "weights", "ГБ", W(L8, "bf16"), "wrong_dtype", "16,06 ГБ"),
    (2, "14,96¦ГБ", "weights", "ГБ", W(L8, "bf16"), "gib_as_gb", "14,96 ГиБ = 16,06 ГБ"),
    (3, "512¦КиБ", "kv_cache_per_token", "КиБ", KVT(L8), "off_2x", "128 КиБ"),
    (4, "4¦ГиБ", "kv_cache_total", "ГиБ", KV(L8, 8192), "off_2x", "1 ГиБ"),
    (5, "70¦ГБ", "weights", "ГБ", W("llama2-70b", "fp16"), "wrong_dtype", "137,95 ГБ"),
    (6, "2,5¦МиБ", "kv_cache_per_token", "МиБ", KVT("llama2-70b"), "off_2x", "320 КиБ"),
    (7, "25,8¦ГБ", "weights", "ГБ", W("mixtral-8x7b", "bf16"), "wrong_kind", "активный срез; хранится 93,4 ГБ"),
    (8, "46,7 млрд", "params", "млрд", ACTIVE_M7, "wrong_kind", "активных 12,9 млрд"),
    (9, "392¦КиБ", "kv_cache_per_token", "КиБ", KVT("qwen2.5-7b"), "off_2x", "56 КиБ"),
    (10, "7,6¦ГБ", "weights", "ГБ", W("qwen2.5-7b", "int4"), "wrong_dtype", "3,8 ГБ"),
    (11, "4¦ГиБ", "kv_cache_total", "ГиБ", KV("mistral-7b", 4096), "off_2x", "окно: 0,5 ГиБ"),
    (12, "1¦ГиБ", "kv_cache_total", "ГиБ", KV("falcon-7b", 2048), "off_2x", "16 МиБ"),
    (13, "440¦МБ", "weights", "МБ", W("bert-base", "fp16"), "wrong_dtype", "fp16 219 МБ"),
    (14, "3,1¦ГБ", "weights", "ГБ", W("gpt2-xl", "fp32"), "wrong_dtype", "fp32 6,23 ГБ"),
    (15, "27,2¦ГБ", "weights", "ГБ", W("gemma2-27b", "int4"), "wrong_dtype", "int4 13,6 ГБ"),
    (16, "1,24¦ГБ", "weights", "ГБ", W("llama3.2-1b", "bf16"), "wrong_dtype", "bf16 2,47 ГБ"),
    (17, "64¦ГБ", "training", "ГБ", 16 * N[L8], "off_2x", "128,5 ГБ"),
    (18, "128,5¦ГБ", "training", "ГБ", zero(N[L8], 8, 3), "per_gpu", "16,06 ГБ на карту"),
    (19, "138¦ГБ", "weights", "ГБ", W("llama2-70b", "fp16") / 2, "per_gpu", "69 ГБ на карту"),
    (20, "418¦ток/с", "throughput", "ток/с", 3.35e12 / W(L8, "bf16"), "wrong_dtype", "bf16: 209 ток/с"),
    (21, "1,2·10²³ FLOP", "flops", "FLOP", 6 * N[L8] * 15e12, "off_2x", "7,2·10²³"),
    (22, "1,6 трлн токенов", "tokens", "трлн токенов", 20 * 8e9, "off_2x", "160 млрд токенов"),
    (23, "9,8¦ГБ", "quantized_file", "ГБ", GG(L8, "Q4_K_M"), "off_2x", "4,9 ГБ"),
    (24, "7,95¦ГБ", "quantized_file", "ГБ", GG(L8, "Q8_0"), "gib_as_gb", "7,95 ГиБ = 8,53 ГБ"),
    (25, "256¦МиБ", "kv_cache_total", "МиБ", KV("llama2-7b", 4096), "off_2x", "2 ГиБ"),
    (26, "175¦ГБ", "weights", "ГБ", W("gpt3", "fp16"), "wrong_dtype", "349 ГБ"),
    (27, "65,7¦ГБ", "weights", "ГБ", W("llama3-70b", "fp8"), "gib_as_gb", "65,7 ГиБ = 70,6 ГБ"),
    (28, "80¦ГиБ", "kv_cache_total", "ГиБ", KV("llama3-70b", 131072), "off_2x", "40 ГиБ"),
    (29, "131,4¦ГБ", "weights", "ГБ", W("llama3-70b", "bf16"), "gib_as_gb", "131,4 ГиБ = 141,1 ГБ"),
    (30, "100¦КиБ", "kv_cache_per_token", "КиБ", KVT("llama2-13b"), "off_2x", "800 КиБ"),
    (31, "14,5¦ГБ", "weights", "ГБ", W("mistral-7b", "fp32"), "wrong_dtype", "fp32 29,0 ГБ"),
]
for _i, _fig, _k, _u, _v, _err, _n in ROWS:
    claim(f, _fig, _k, _u, _v, X, _err, anchor=f"| {_i} | «", note=_n)
non(f, "page_id: 48213377", "page id")
non(f, "version: 23", "page version")
non(f, "exported: 2027-01-21", "date")
non(f, "> Экспорт страницы MLPLAT из Confluence (версия 23)", "version")
non(f, "(тикет MLPLAT-1184)", "ticket number")
non(f, "| 21 | 2026-11-30 |", "version history")
non(f, "| 22 | 2026-12-15 |", "version history")
non(f, "| 23 | 2027-01-21 |", "version history")
non(f, "Просмотров страницы за январь", "page views")
non(f, "> [!tip] Опорные цифры (проверено 21.01.2027)", "date")

# ---- ru_05: чек-лист миграции кластера (старые цифры ранбука с пометками рецензентов) --------------------------
f = "ru_05"
L70, L8, M7, Q7 = "llama3-70b", "llama3-8b", "mistral-7b", "qwen2.5-7b"
for _m, _n in ((L70, "70553706496"), (L8, "8030261248"), (M7, "7241732096"), (Q7, "7615616512")):
    claim(f, _n, "params", "params", N[_m], H)
claim(f, "70,6¦ГБ", "weights", "ГБ", W(L70, "fp8"), H, anchor="- [x] Llama-3.1-70B в fp8 — 70,6¦ГБ")
claim(f, "35,3¦ГБ", "weights", "ГБ", W(L70, "fp8") / 2, H, note="на карту")
claim(f, "70,6¦ГБ", "weights", "ГБ", W(L70, "bf16"), X, "wrong_dtype", anchor="«Llama-3.1-70B в bf16 на двух H100", note="bf16 141,1 ГБ")
claim(f, "65,7¦ГБ", "weights", "ГБ", W(L70, "fp8"), X, "gib_as_gb", note="65,7 ГиБ = 70,6 ГБ")
claim(f, "69¦ГБ", "weights", "ГБ", W("llama2-70b", "fp16") / 4, X, "per_gpu", note="34,5 ГБ на карту")
claim(f, "59¦ток/с", "throughput", "ток/с", 2.04e12 / (W("llama2-70b", "fp16") / 4), H)
claim(f, "14,5¦ГБ", "weights", "ГБ", W(M7, "int8"), X, "wrong_dtype", note="int8 7,24 ГБ")
claim(f, "8,9¦ГБ", "quantized_file", "ГБ", GG(M7, "Q4_K_M"), X, "off_2x", note="4,43 ГБ")
claim(f, "8,09¦ГиБ", "quantized_file", "ГиБ", GG(Q7, "Q8_0"), X, "gb_as_gib", note="8,09 ГБ = 7,54 ГиБ")
claim(f, "6,9¦ГБ", "weights", "ГБ", W("falcon-7b", "bf16"), X, "wrong_dtype", note="bf16 13,8 ГБ")
claim(f, "12,9¦ГБ", "weights", "ГБ", W("mixtral-8x7b", "fp8"), X, "wrong_kind", note="fp8 46,7 ГБ")
claim(f, "8¦ГБ", "weights", "ГБ", W(L8, "fp8"), H, anchor="- [x] Llama-3-8B в fp8")
claim(f, "2,5¦МиБ", "kv_cache_per_token", "МиБ", KVT(L70), X, "off_2x", note="320 КиБ")
claim(f, "10¦ГиБ", "kv_cache_total", "ГиБ", KV("llama2-70b", 4096), X, "off_2x", note="1,25 ГиБ")
claim(f, "6,25¦ГиБ", "kv_cache_total", "ГиБ", KV("llama2-13b", 4096), X, "off_2x", note="3,125 ГиБ")
claim(f, "14¦ГиБ", "kv_cache_total", "ГиБ", KV(Q7, 32768), X, "off_2x", note="1,75 ГиБ")
claim(f, "80¦ГиБ", "kv_cache_total", "ГиБ", KV(L70, 8192, 32) / 2, X, "per_gpu", note="40 ГиБ на карту")
claim(f, "78,3¦ГиБ", "arithmetic", "ГиБ", 2 * 0.9 * 80 * GIB - W(L70, "fp8"), H)
claim(f, "от 2,4 до 2,6¦ГиБ", "kv_cache_total", "ГиБ", KV(L70, 8192), H, rng=True)
claim(f, "не более 40¦ГиБ", "kv_cache_total", "ГиБ", KV(L70, 131072), H, bound="upper")
claim(f, "47¦ток/с", "throughput", "ток/с", 3.35e12 / (W(L70, "fp8") / 2), X, "per_gpu", note="≈95 ток/с")
claim(f, "126,3¦ГБ", "arithmetic", "ГБ", W(L70, "fp8") + W("llama2-13b", "fp16") + W(M7, "bf16") + W(Q7, "bf16"), H)
claim(f, "около 40¦с", "time", "с", 126.3e9 / (25 * 1.25e8), H, hedged=True)
claim(f, "126¦с", "time", "с", 126.3e9 / 1.25e8, X, "wrong_unit", note="≈1010 с")
claim(f, "16,1¦ГБ", "training", "ГБ", zero(N[L8], 8, 3), H, anchor="ZeRO-3 на 8 × H100")
claim(f, "16,1¦ГБ", "training", "ГБ", zero(N[L8], 8, 0), X, "per_gpu", anchor="без ZeRO (DDP)", note="128,5 ГБ на карту")
LORA_QV = lora(32, 16, [(4096, 4096), (4096, 1024)])
claim(f, "6,8 млн", "params", "млн", LORA_QV, H)
claim(f, "13,6¦МБ", "weights", "МБ", 2 * LORA_QV, H)
claim(f, "1,6·10¹⁹ FLOP", "flops", "FLOP", 6 * N[L8] * 2e9, X, "off_2x", note="9,6·10¹⁹")
claim(f, "4,2 ч", "time", "ч", 6 * N[L8] * 2e9 / (8 * 400e12), X, "off_2x", note="≈8,4 ч")
non(f, "window: \"2027-02-07 22:00", "dates, times")
non(f, "change_request: CR-5521", "change request number")
non(f, "gpu_memory_utilization: 0.9", "config setting")
non(f, "created: 2027-01-19", "date")
non(f, "> 7–8 февраля, 22:00–06:00 МСК", "dates, times")
non(f, "- [x] Реальный замер на стенде", "measured speed and latency")
non(f, "- [ ] проверить алерты: p99", "alert thresholds")
non(f, "- [ ] снять 3 дня метрик", "days, measured speed")
non(f, "- [ ] закрыть CR-5521", "ticket, node count")
non(f, "Из ранбука 2024 года перенесено 19 цифр", "counts")

# ---- formulas and footnotes added to en_02, ru_01, ru_03 -----------------------------------------------------
non("en_02", "$$\\text{KV}_{\\text{token}} = 2 \\cdot L", "LaTeX formula with free variables")
non("en_02", "[^1]: Table 9's own caption", "footnote: table number, assumptions")
non("ru_03", "$$M_{\\text{обуч}} = (2 + 2 + 12)", "LaTeX formula with free variables")
non("ru_03", "[^1]: Смешанная точность с Adam", "footnote: bytes per component, arXiv id")
non("ru_01", "[^1]: Цены из КП-0457/26", "footnote: prices, VAT, date")

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
            raise SystemExit("truth.json is stale: run python tests/claims_corpus_ad/truth.py")
        summary(truth)
        print("truth.json is current; every check passed")
        return 0
    path.write_text(text, encoding="utf-8")
    summary(truth)
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
