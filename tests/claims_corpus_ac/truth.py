#!/usr/bin/env python3
"""Ground truth for blind sizing-claims corpus AC (tests/claims_corpus_ac/notes).

Written without reading vaultkit's code, its tests or the other corpora's notes.  Facts come
from /work/shared/claims-gold.md: bytes per dtype, exact parameter counts and configs of the
catalogued models, measured GGUF bits per weight (Llama-3.1-8B), the KV-cache, training-memory
and activation formulas.  Models that claims-gold lacks appear only with their config (or, for
DeepSeek-V3 and gpt-oss, their printed model-card counts) stated in the note itself; the truth
recomputes their parameter counts from that config with the claims-gold formula (asserted below
for the catalogued ones).  Nothing here imports vaultkit.  The checking code is corpus K's / X's /
AB's (reused unchanged: figure reader, tolerance, error-class checks, output).

    python tests/claims_corpus_ac/truth.py          # verify and (re)write truth.json
    python tests/claims_corpus_ac/truth.py --check  # verify; fail if truth.json is stale

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




# ---- extra facts for this corpus AC --------------------------------------------------------------
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

# ---- en_01: saved r/LocalLLaMA thread, Qwen2.5-72B and Mixtral-8x22B on 4x RTX 3090 ----------------------
f = "en_01"
QW, MX = "qwen2.5-72b", "mixtral-8x22b"
BW3090 = 936e9
claim(f, "140630071296", "params", "params", N[MX], H)
claim(f, "39161468928", "params", "params", ACTIVE_M22, H)
claim(f, "~44.5 GB", "quantized_file", "GB", GG(QW, "Q4_K_M"), H, hedged=True)
claim(f, "~86 GB", "quantized_file", "GB", GG(MX, "Q4_K_M"), H, hedged=True, anchor="**TL;DR:**")
claim(f, "72,706,203,648 parameters", "params", "params", N[QW], H)
claim(f, "72.7B", "params", "B", N[QW], H, anchor="i.e. 72.7B")
claim(f, "145.4 GB", "weights", "GB", W(QW, "bf16"), H, anchor="- bf16: 145.4 GB")
claim(f, "135.4 GiB", "weights", "GiB", W(QW, "bf16"), H)
claim(f, "72.7 GB", "weights", "GB", W(QW, "int8"), H, anchor="- int8 / fp8:")
claim(f, "36.4 GB", "weights", "GB", W(QW, "int4"), H, anchor="- plain int4:")
claim(f, "33.9 GiB", "weights", "GiB", W(QW, "int4"), H)
claim(f, "44.5 GB", "quantized_file", "GB", GG(QW, "Q4_K_M"), H, anchor="- GGUF Q4_K_M:", rel=0.02)
claim(f, "41.4 GiB", "quantized_file", "GiB", GG(QW, "Q4_K_M"), H, anchor="- GGUF Q4_K_M:", rel=0.02)
claim(f, "77.3 GB", "quantized_file", "GB", GG(QW, "Q8_0"), H, rel=0.02)
claim(f, "about 40.5 GB", "quantized_file", "GB", GG(QW, "IQ4_XS"), H, hedged=True)
claim(f, "320 KiB", "kv_cache_per_token", "KiB", KVT(QW), H, anchor="KV cache is 2 × 80 layers")
claim(f, "10 GiB", "kv_cache_total", "GiB", KV(QW, 32768), H, anchor="KV cache is 2 × 80 layers")
claim(f, "10.7 GB", "kv_cache_total", "GB", KV(QW, 32768), H)
claim(f, "≈ 51.4 GiB", "arithmetic", "GiB", GG(QW, "Q4_K_M") + KV(QW, 32768), H, hedged=True)
claim(f, "11.1 GB", "quantized_file", "GB", GG(QW, "Q4_K_M") / 4, H, rel=0.02, note="per card, 4-way split")
claim(f, "44.5 GB", "quantized_file", "GB", GG(QW, "Q4_K_M"), H, anchor="--split-mode layer", rel=0.02)
claim(f, "≈ 21 tok/s", "throughput", "tok/s", BW3090 / GG(QW, "Q4_K_M"), H, hedged=True)
claim(f, "around 84 tok/s", "throughput", "tok/s", BW3090 / (GG(QW, "Q4_K_M") / 4), H, hedged=True)
claim(f, "≈ 2.49B", "params", "B", 2 * 152064 * 8192, H, hedged=True)
claim(f, "3.4%", "percentage", "%", 100 * 2 * 152064 * 8192 / N[QW], H)
claim(f, "140.6B", "params", "B", N[MX], H, anchor="**Mixtral-8x22B-Instruct.**")
claim(f, "39.2B", "params", "B", ACTIVE_M22, H, anchor="**Mixtral-8x22B-Instruct.**")
claim(f, "281.3", "weights", "GB", W(MX, "bf16"), H, anchor="| bf16 | 281.3")
claim(f, "261.9", "weights", "GiB", W(MX, "bf16"), H, anchor="| bf16 | 281.3")
claim(f, "78.3", "weights", "GB", W(ACTIVE_M22, "bf16"), H, anchor="| bf16 | 281.3", note="read per token")
claim(f, "86.0", "quantized_file", "GB", GG(MX, "Q4_K_M"), H, anchor="| Q4_K_M | 86.0", rel=0.02)
claim(f, "80.1", "quantized_file", "GiB", GG(MX, "Q4_K_M"), H, anchor="| Q4_K_M | 86.0", rel=0.02)
claim(f, "24.0", "quantized_file", "GB", GG(ACTIVE_M22, "Q4_K_M"), H, anchor="| Q4_K_M | 86.0", rel=0.02, note="read per token")
claim(f, "224 KiB", "kv_cache_per_token", "KiB", KVT(MX), H, anchor="KV is 2 × 56 × 8")
claim(f, "14 GiB", "kv_cache_total", "GiB", KV(MX, 65536), H)
claim(f, "80.1 GiB", "quantized_file", "GiB", GG(MX, "Q4_K_M"), H, rel=0.02)
claim(f, "7 GiB", "kv_cache_total", "GiB", KV(MX, 32768), H, anchor="so I run it at 32K")
claim(f, "~24 GB", "quantized_file", "GB", GG(ACTIVE_M22, "Q4_K_M"), H, hedged=True, anchor="Decode ceiling for the MoE")
claim(f, "≈ 39 tok/s", "throughput", "tok/s", BW3090 / GG(ACTIVE_M22, "Q4_K_M"), H, hedged=True)
# comments
claim(f, "~24 GB", "quantized_file", "GB", GG(MX, "Q4_K_M"), X, "wrong_kind", hedged=True,
      anchor="backwards for the MoE", note="the file holds all 140.6B parameters: 86.0 GB")
claim(f, "86 GB", "quantized_file", "GB", GG(MX, "Q4_K_M"), H, anchor="the file holds all eight experts")
claim(f, "24 GB", "quantized_file", "GB", GG(ACTIVE_M22, "Q4_K_M"), H, anchor="the file holds all eight experts", note="read per token")
claim(f, "72 GB", "weights", "GB", W(QW, "int4"), X, "wrong_dtype", anchor="72B at 4-bit is 72 GB", note="int8 figure; int4 36.4 GB")
claim(f, "36.4 GB", "weights", "GB", W(QW, "int4"), H, anchor="4-bit is half a byte")
claim(f, "43.2 GB", "quantized_file", "GB", GG("llama3-70b", "Q4_K_M"), H, rel=0.02)
claim(f, "141.1 GB", "weights", "GB", W("llama3-70b", "bf16"), H)
claim(f, "about 1.3 GB", "arithmetic", "GB", GG(QW, "Q4_K_M") - GG("llama3-70b", "Q4_K_M"), H, hedged=True)
claim(f, "10 GiB", "kv_cache_total", "GiB", KV(QW, 32768), H, anchor="Your 10 GiB for 32K")
claim(f, "2.66 GiB", "kv_cache_total", "GiB", KV(QW, 16384, 1, 8.5 / 8), H)
claim(f, "5 GiB", "kv_cache_total", "GiB", KV(QW, 16384), H, anchor="Your 10 GiB for 32K")
claim(f, "20 GiB", "kv_cache_total", "GiB", KV(QW, 131072), X, "off_2x", note="320 KiB x 128K = 40 GiB")
claim(f, "about 72.7 GB", "weights", "GB", W(QW, "bf16"), X, "wrong_dtype", hedged=True, note="bf16 145.4 GB", **Q)
claim(f, "39.2B", "params", "B", N[MX], X, "wrong_kind", anchor="has 39.2B parameters", note="total 140.6B; 39.2B active", **Q)
claim(f, "about 24 GB", "quantized_file", "GB", GG(MX, "Q4_K_M"), X, "wrong_kind", hedged=True, note="86.0 GB", **Q)
claim(f, "about 40 GiB", "kv_cache_total", "GiB", KV(QW, 32768), X, "off_2x", hedged=True, note="10 GiB", **Q)
claim(f, "210 tok/s", "throughput", "tok/s", BW3090 / GG(QW, "Q4_K_M"), X, "off_2x", note="the ceiling is 21 tok/s", **Q)
claim(f, "about 72.7B", "params", "B", N[QW], H, hedged=True, **Q)
claim(f, "39.2B", "params", "B", ACTIVE_M22, H, anchor="Mixtral 8x22B active is 39.2B")
claim(f, "78.3 GB", "weights", "GB", W(ACTIVE_M22, "bf16"), H, note="read per token")
claim(f, "281.3 GB", "weights", "GB", W(MX, "bf16"), H)
claim(f, "6 GB", "quantized_file", "GB", GG(ACTIVE_M22, "Q4_K_M") / 4, H, anchor="each card reads only 6 GB", note="per card per token at TP=4")
claim(f, "22.2 GB", "quantized_file", "GB", GG(QW, "Q4_K_M") / 2, H, anchor="two cards do it at Q4_K_M", rel=0.02)
claim(f, "5 GiB", "kv_cache_total", "GiB", KV(QW, 32768) / 2, H, anchor="two cards do it at Q4_K_M", note="per card")
claim(f, "20.7 GiB", "quantized_file", "GiB", GG(QW, "Q4_K_M") / 2, H, rel=0.02)
claim(f, "3.3 GiB", "arithmetic", "GiB", 24 * GIB - GG(QW, "Q4_K_M") / 2, H, rel=0.02)
claim(f, "2.5 GiB", "kv_cache_total", "GiB", KV(QW, 8192), H, anchor="8K (2.5 GiB total)")
claim(f, "77.3 GiB", "quantized_file", "GiB", GG(QW, "Q8_0"), X, "gb_as_gib", note="77.3 GB = 72.0 GiB")
claim(f, "41.4 GB", "quantized_file", "GB", GG(QW, "Q4_K_M"), X, "gib_as_gb", note="41.4 GiB = 44.5 GB")
claim(f, "86 GB", "quantized_file", "GB", GG(MX, "Q4_K_M") / 4, X, "per_gpu", anchor="86 GB per card", note="21.5 GB per card")
claim(f, "145 GB", "weights", "GB", W(QW, "fp8"), X, "wrong_dtype", anchor="Qwen 72B in fp8 is 145 GB", note="fp8 72.7 GB")
claim(f, "70.3 GB", "weights", "GB", W(MX, "fp8"), X, "wrong_dtype", note="fp8 140.6 GB; 70.3 is int4")
claim(f, "56 GiB", "kv_cache_total", "GiB", KV(MX, 131072), X, "off_2x", note="224 KiB x 128K = 28 GiB")
claim(f, "896 KiB", "kv_cache_per_token", "KiB", KVT(MX), X, "off_2x", note="224 KiB")
claim(f, "582 GB", "training", "GB", 16 * N[QW], X, "off_2x", note="16 x 72.7B = 1,163 GB")
claim(f, "~37.5 GB", "weights", "GB", N[QW] * NF4 / 8, H, hedged=True)
claim(f, "140.6B", "params", "B", N[MX], H, anchor="Stored size uses **total**")
claim(f, "39.2B", "params", "B", ACTIVE_M22, H, anchor="Stored size uses **total**")
claim(f, "320 KiB", "kv_cache_per_token", "KiB", KVT(QW), H, anchor="KV per token: 320 KiB")
claim(f, "224 KiB", "kv_cache_per_token", "KiB", KVT(MX), H, anchor="KV per token: 320 KiB")
claim(f, "36.4 GB", "weights", "GB", W(QW, "bf16") / 4, H, anchor="Per card in bf16 at TP=4", note="per card")
non(f, "Original post by u/rack_of_ampere, 412 points", "social counts, percentage upvoted, date")
non(f, "Bought four used 3090s at $700 each", "prices")
non(f, "Measured: Qwen 72B Q4_K_M gives 14.8 tok/s", "measured speed, build number")
non(f, "Measured: Mixtral 8x22B Q4_K_M gives 19.6 tok/s", "measured speed, power draw")
non(f, "Used 3090s here are $650-$720", "prices, date")
non(f, "Power: 4 × 350 W TDP", "power limit, command flag")
non(f, "saved: 2026-11-29", "date")
non(f, "score_when_saved: 412", "social count")
non(f, "source: https://www.reddit.com/r/LocalLLaMA/comments/1h7x3q2/", "URL")
non(f, "psu: 1600 W", "power supply rating")

# ---- en_02: architecture decision record (Phi-4 / Qwen2.5-32B / Llama-3.1-8B, H100 vs L40S) --------------
f = "en_02"
P4, Q32, L8 = "phi4", "qwen2.5-32b", "llama3-8b"
L40S_BW = 864e9
claim(f, "14,659,507,200", "params", "params", N[P4], H)
claim(f, "14.66B", "params", "B", N[P4], H)
claim(f, "29.3 GB", "weights", "GB", W(P4, "bf16"), H, anchor="- Weights: 29.3 GB in bf16")
claim(f, "14.7 GB", "weights", "GB", W(P4, "fp8"), H, anchor="- Weights: 29.3 GB in bf16")
claim(f, "13.65 GiB", "weights", "GiB", W(P4, "fp8"), H)
claim(f, "7.3 GB", "weights", "GB", W(P4, "int4"), H)
claim(f, "204,800 B", "kv_cache_per_token", "bytes", KVT(P4), H)
claim(f, "200 KiB", "kv_cache_per_token", "KiB", KVT(P4), H, anchor="204,800 B = 200 KiB")
claim(f, "1.5625 GiB", "kv_cache_total", "GiB", KV(P4, 8192), H)
claim(f, "50 GiB", "kv_cache_total", "GiB", KV(P4, 8192, 32), H, anchor="32 sessions = 50 GiB")
claim(f, "34.3 GiB", "arithmetic", "GiB", 48 * GIB - W(P4, "fp8"), H)
claim(f, "about 180,000 tokens", "tokens", "tokens", (48 * GIB - W(P4, "fp8")) / KVT(P4), H, hedged=True)
claim(f, "~21", "arithmetic", "x", (48 * GIB - W(P4, "fp8")) / KVT(P4) / 8192, H, hedged=True, anchor="~21 full sessions",
      note="sessions that fit")
claim(f, "14.7 GB", "weights", "GB", W(P4, "fp8"), H, anchor="3.35 TB/s ÷ 14.7 GB")
claim(f, "≈ 229 tok/s", "throughput", "tok/s", H100_BW / W(P4, "fp8"), H, hedged=True)
claim(f, "≈ 59 tok/s", "throughput", "tok/s", L40S_BW / W(P4, "fp8"), H, hedged=True, anchor="864 ÷ 14.7")
claim(f, "32,763,876,352", "params", "params", N[Q32], H)
claim(f, "32.8B", "params", "B", N[Q32], H)
claim(f, "65.5 GB", "weights", "GB", W(Q32, "bf16"), H, anchor="bf16 65.5 GB = 61.0 GiB")
claim(f, "61.0 GiB", "weights", "GiB", W(Q32, "bf16"), H)
claim(f, "32.8 GB", "weights", "GB", W(Q32, "fp8"), H, anchor="bf16 65.5 GB = 61.0 GiB")
claim(f, "30.5 GiB", "weights", "GiB", W(Q32, "fp8"), H, anchor="bf16 65.5 GB = 61.0 GiB")
claim(f, "16.4 GB", "weights", "GB", W(Q32, "int4"), H, anchor="bf16 65.5 GB = 61.0 GiB")
claim(f, "256 KiB", "kv_cache_per_token", "KiB", KVT(Q32), H, anchor="2 × 64 × 8 × 128 × 2")
claim(f, "2 GiB", "kv_cache_total", "GiB", KV(Q32, 8192), H, anchor="2 × 64 × 8 × 128 × 2")
claim(f, "64 GiB", "kv_cache_total", "GiB", KV(Q32, 8192, 32), H, anchor="2 × 64 × 8 × 128 × 2")
claim(f, "32 GiB", "kv_cache_total", "GiB", KV(Q32, 8192, 32, 1), H, anchor="2 × 64 × 8 × 128 × 2")
claim(f, "49.5 GiB", "arithmetic", "GiB", 80 * GIB - W(Q32, "fp8"), H)
claim(f, "≈ 202,000 tokens", "tokens", "tokens", (80 * GIB - W(Q32, "fp8")) / KVT(Q32), H, hedged=True)
claim(f, "≈ 24", "arithmetic", "x", (80 * GIB - W(Q32, "fp8")) / KVT(Q32) / 8192, H, hedged=True, anchor="≈ 24 sessions",
      note="sessions that fit")
claim(f, "32 GiB", "kv_cache_total", "GiB", KV(Q32, 8192, 32, 1), H, anchor="all 32 with fp8 cache")
claim(f, "≈ 102 tok/s", "throughput", "tok/s", H100_BW / W(Q32, "fp8"), H, hedged=True)
claim(f, "32.8 GB", "weights", "GB", W(Q32, "fp8"), H, anchor="≈ 102 tok/s on H100")
claim(f, "≈ 26 tok/s", "throughput", "tok/s", L40S_BW / W(Q32, "fp8"), H, hedged=True)
claim(f, "≈ 65.5 GFLOP", "flops", "GFLOP", 2 * N[Q32], H, hedged=True)
claim(f, "8,030,261,248 parameters", "params", "params", N[L8], H)
claim(f, "16.06 GB", "weights", "GB", W(L8, "bf16"), H)
claim(f, "8.03 GB", "weights", "GB", W(L8, "fp8"), H)
claim(f, "4.0 GB", "weights", "GB", W(L8, "int4"), H)
claim(f, "128 KiB", "kv_cache_per_token", "KiB", KVT(L8), H, anchor="- 128 KiB per token")
claim(f, "1 GiB", "kv_cache_total", "GiB", KV(L8, 8192), H, anchor="1 GiB per 8K session")
claim(f, "32 GiB", "kv_cache_total", "GiB", KV(L8, 8192, 32), H, anchor="- 128 KiB per token")
claim(f, "34.4 GB", "kv_cache_total", "GB", KV(L8, 8192, 32), H, anchor="- 128 KiB per token")
claim(f, "≈ 417 tok/s", "throughput", "tok/s", H100_BW / W(L8, "fp8"), H, hedged=True)
claim(f, "≈ 108 tok/s", "throughput", "tok/s", L40S_BW / W(L8, "fp8"), H, hedged=True)
R1, R2, R3 = "| Phi-4 | 14.7", "| Qwen2.5-32B | 32.8", "| Llama-3.1-8B | 8.0"
claim(f, "14.7", "params", "B", N[P4], H, anchor=R1, occ=1)
claim(f, "14.7", "weights", "GB", W(P4, "fp8"), H, anchor=R1, occ=2)
claim(f, "400", "kv_cache_per_token", "KiB", KVT(P4), X, "off_2x", anchor=R1, note="200 KiB")
claim(f, "50 GiB", "kv_cache_total", "GiB", KV(P4, 8192, 32), H, anchor=R1)
claim(f, "118", "throughput", "tok/s", L40S_BW / W(P4, "fp8"), X, "off_2x", anchor=R1, note="58.9 tok/s")
claim(f, "32.8", "params", "B", N[Q32], H, anchor=R2)
claim(f, "65.5", "weights", "GB", W(Q32, "fp8"), X, "wrong_dtype", anchor=R2, note="bf16 figure; fp8 32.8 GB")
claim(f, "256", "kv_cache_per_token", "KiB", KVT(Q32), H, anchor=R2)
claim(f, "32 GiB", "kv_cache_total", "GiB", KV(Q32, 8192, 32), X, "off_2x", anchor=R2, note="bf16 cache 64 GiB")
claim(f, "26", "throughput", "tok/s", L40S_BW / W(Q32, "fp8"), H, anchor=R2)
claim(f, "8.0", "params", "B", N[L8], H, anchor=R3, occ=1)
claim(f, "8.0", "weights", "GB", W(L8, "fp8"), H, anchor=R3, occ=2)
claim(f, "128", "kv_cache_per_token", "KiB", KVT(L8), H, anchor=R3)
claim(f, "32 GB", "kv_cache_total", "GB", KV(L8, 8192, 32), X, "gib_as_gb", anchor=R3, note="32 GiB = 34.4 GB")
claim(f, "108", "throughput", "tok/s", L40S_BW / W(L8, "fp8"), H, anchor=R3)
claim(f, "200 KiB", "kv_cache_per_token", "KiB", KVT(P4), H, anchor="Phi-4 KV per token is 200 KiB")
claim(f, "32.8 GB", "weights", "GB", W(Q32, "fp8"), H, anchor="fp8 is 32.8 GB")
claim(f, "64 GiB", "kv_cache_total", "GiB", KV(Q32, 8192, 32), H, anchor="for Qwen is 64 GiB")
claim(f, "32 GiB", "kv_cache_total", "GiB", KV(Q32, 8192, 32, 1), H, anchor="for Qwen is 64 GiB")
claim(f, "32 GiB", "kv_cache_total", "GiB", KV(L8, 8192, 32), H, anchor="Llama's 32 GB should read")
claim(f, "34.4 GB", "kv_cache_total", "GB", KV(L8, 8192, 32), H, anchor="Llama's 32 GB should read")
claim(f, "~59 tok/s", "throughput", "tok/s", L40S_BW / W(P4, "fp8"), H, hedged=True)
claim(f, "14.7 GB", "weights", "GB", W(P4, "bf16"), X, "wrong_dtype", anchor="Phi-4 in bf16 is 14.7 GB", note="bf16 29.3 GB")
claim(f, "29.3 GB", "weights", "GB", W(P4, "bf16"), H, anchor="Phi-4 in bf16 is 14.7 GB")
claim(f, "62.5 GiB", "kv_cache_total", "GiB", KV(P4, 8192, 40), H, anchor="40 sessions of 8K")
claim(f, "30.5 GiB", "weights", "GiB", W(Q32, "fp8"), H, anchor="its 30.5 GiB of fp8 weights")
claim(f, "32 GiB", "kv_cache_total", "GiB", KV(Q32, 8192, 32, 1), H, anchor="its 30.5 GiB of fp8 weights")
claim(f, "62.5 GiB", "arithmetic", "GiB", W(Q32, "fp8") + KV(Q32, 8192, 32, 1), H, anchor="its 30.5 GiB of fp8 weights")
claim(f, "about 17.5 GiB", "arithmetic", "GiB", 80 * GIB - W(Q32, "fp8") - KV(Q32, 8192, 32, 1), H, hedged=True)
claim(f, "32 GiB", "kv_cache_total", "GiB", KV(Q32, 131072), H, anchor="If we ever need 128K contexts")
claim(f, "16 GiB", "kv_cache_total", "GiB", KV(Q32, 131072, 1, 1), H, anchor="If we ever need 128K contexts")
claim(f, "64 GiB", "kv_cache_total", "GiB", KV(Q32, 131072), X, "off_2x", anchor="A draft comment claimed", note="32 GiB")
claim(f, "16.4 GB", "weights", "GB", W(Q32, "int4"), H, anchor="Fallback if H100 quota")
claim(f, "roughly 31 GiB", "arithmetic", "GiB", 48 * GIB - W(Q32, "int4"), H, hedged=True)
claim(f, "32.8 GB", "weights", "GB", W(Q32, "fp8"), H, anchor="**TL;DR:**")
claim(f, "32 GiB", "kv_cache_total", "GiB", KV(Q32, 8192, 32, 1), H, anchor="**TL;DR:**")
claim(f, "50 GiB", "kv_cache_total", "GiB", KV(P4, 8192, 32), H, anchor="**TL;DR:**")
non(f, "date: 2026-10-21", "date")
non(f, "review_ticket: PLAT-4410", "ticket number")
non(f, "> **Accepted** on 2026-10-21", "date, ticket number")
non(f, "The assistant must serve **32 concurrent sessions", "workload parameters, hardware specs, quality gate")
non(f, "- Failed the quality gate: 71.4 on eval v3.", "benchmark score")
non(f, "measured p50 was 38 tok/s", "measured speed, date")
non(f, "- Cost: $2.85 per GPU-hour", "price arithmetic")
non(f, "- Benchmark: eval v3 scores", "benchmark scores, latency")
non(f, "- Load test: `locust", "command flags, date, error rate")
non(f, "- Follow-up ticket PLAT-4471", "ticket number, quarter")
non(f, "number: 17", "ADR number")

# ---- en_03: Dataview registry of small on-device models (inline fields, rendered table, scratch) ---------
f = "en_03"
PH = 68.3e9                          # phone memory bandwidth stated in the front matter
L1, L3, Q05, Q15, Q3, P3, G1 = "llama3.2-1b", "llama3.2-3b", "qwen2.5-0.5b", "qwen2.5-1.5b", "qwen2.5-3b", "phi3-mini", "gemma3-1b"
EMB = {L1: 128256 * 2048, Q05: 151936 * 896, Q15: 151936 * 1536, G1: 262144 * 1152}


def fld(fig, kind, unit, value, expect=H, error=None, key=None, **kw):
    claim(f, fig, kind, unit, value, expect, error, anchor=f"{key}:: {fig}", **kw)


# Llama 3.2 1B
fld("1,235,814,400", "params", "params", N[L1], key="params")
fld("2.47 GB", "weights", "GB", W(L1, "bf16"), key="bf16_gb")
fld("4.94 GB", "weights", "GB", W(L1, "fp32"), key="fp32_gb")
fld("0.62 GB", "weights", "GB", W(L1, "int4"), key="int4_gb")
fld("0.76 GB", "quantized_file", "GB", GG(L1, "Q4_K_M"), key="q4_k_m")
fld("32 KiB", "kv_cache_per_token", "KiB", KVT(L1), key="kv_per_token")
fld("1 GiB", "kv_cache_total", "GiB", KV(L1, 32768), key="kv_32k")
fld("8 GiB", "kv_cache_total", "GiB", KV(L1, 131072), X, "off_2x", key="kv_128k", note="32 KiB x 128K = 4 GiB")
fld("~180 tok/s", "throughput", "tok/s", PH / GG(L1, "Q4_K_M"), X, "off_2x", key="phone_ceiling", hedged=True, note="68.3 / 0.756 = 90 tok/s")
fld("21%", "percentage", "%", 100 * EMB[L1] / N[L1], key="embedding_share")
# Llama 3.2 3B
fld("3.21B", "params", "B", N[L3], key="params")
fld("6.43 GB", "weights", "GB", W(L3, "bf16"), key="bf16_gb")
fld("6.43 GiB", "weights", "GiB", W(L3, "bf16"), X, "gb_as_gib", key="bf16_gib", note="6.43 GB = 5.98 GiB")
fld("3.2 GB", "weights", "GB", W(L3, "int4"), X, "wrong_dtype", key="int4_gb", note="int8 figure; int4 1.61 GB")
fld("1.97 GB", "quantized_file", "GB", GG(L3, "Q4_K_M"), key="q4_k_m", rel=0.02)
fld("112 KiB", "kv_cache_per_token", "KiB", KVT(L3), key="kv_per_token")
fld("7 GiB", "kv_cache_total", "GiB", KV(L3, 32768), X, "off_2x", key="kv_32k", note="3.5 GiB")
fld("~35 tok/s", "throughput", "tok/s", PH / GG(L3, "Q4_K_M"), key="phone_ceiling", hedged=True)
# Qwen2.5-0.5B
fld("494,032,768", "params", "params", N[Q05], key="params")
fld("0.99 GB", "weights", "GB", W(Q05, "bf16"), key="bf16_gb")
fld("0.30 GB", "quantized_file", "GB", GG(Q05, "Q4_K_M"), key="q4_k_m")
fld("0.525 GB", "quantized_file", "GB", GG(Q05, "Q8_0"), key="q8_0", rel=0.02)
fld("84 KiB", "kv_cache_per_token", "KiB", KVT(Q05), X, "off_2x", key="kv_per_token", note="14 query heads for 2 KV heads: 12 KiB")
fld("384 MiB", "kv_cache_total", "MiB", KV(Q05, 32768), key="kv_32k")
fld("~226 tok/s", "throughput", "tok/s", PH / GG(Q05, "Q4_K_M"), key="phone_ceiling", hedged=True)
fld("27.6%", "percentage", "%", 100 * EMB[Q05] / N[Q05], key="embedding_share")
# Qwen2.5-1.5B
fld("1.54B", "params", "B", N[Q15], key="params")
fld("3.09 GB", "weights", "GB", W(Q15, "bf16"), key="bf16_gb")
fld("3.09 GiB", "weights", "GiB", W(Q15, "bf16"), X, "gb_as_gib", key="bf16_gib", note="3.09 GB = 2.88 GiB")
fld("0.77 GB", "weights", "GB", W(Q15, "int4"), key="int4_gb")
fld("0.94 GB", "quantized_file", "GB", GG(Q15, "Q4_K_M"), key="q4_k_m")
fld("28 KiB", "kv_cache_per_token", "KiB", KVT(Q15), key="kv_per_token")
fld("0.875 GiB", "kv_cache_total", "GiB", KV(Q15, 32768), key="kv_32k")
fld("3.5 GiB", "kv_cache_total", "GiB", KV(Q15, 131072), key="kv_128k")
fld("~72 tok/s", "throughput", "tok/s", PH / GG(Q15, "Q4_K_M"), key="phone_ceiling", hedged=True)
fld("7.6%", "percentage", "%", 100 * EMB[Q15] / N[Q15], X, "off_2x", key="embedding_share", note="15.1 %")
# Qwen2.5-3B
fld("3.09B", "params", "B", N[Q3], key="params")
fld("6.17 GB", "weights", "GB", W(Q3, "bf16"), key="bf16_gb")
fld("0.944 GB", "quantized_file", "GB", GG(Q3, "Q4_K_M"), X, "off_2x", key="q4_k_m", note="1.89 GB; the 1.5B's value")
fld("36 KiB", "kv_cache_per_token", "KiB", KVT(Q3), key="kv_per_token")
fld("1.125 GiB", "kv_cache_total", "GiB", KV(Q3, 32768), key="kv_32k")
fld("4.5 GiB", "kv_cache_total", "GiB", KV(Q3, 131072), key="kv_128k")
fld("~73 tok/s", "throughput", "tok/s", PH / GG(Q3, "Q4_K_M"), X, "off_2x", key="phone_ceiling", hedged=True, note="36 tok/s")
# Phi-3-mini
fld("3.82B", "params", "B", N[P3], key="params")
fld("7.64 GB", "weights", "GB", W(P3, "bf16"), key="bf16_gb")
fld("1.91 GB", "weights", "GB", W(P3, "int4"), key="int4_gb")
fld("4.7 GB", "quantized_file", "GB", GG(P3, "Q4_K_M"), X, "off_2x", key="q4_k_m", note="2.34 GB")
fld("384 KiB", "kv_cache_per_token", "KiB", KVT(P3), key="kv_per_token")
fld("1.5 GiB", "kv_cache_total", "GiB", KV(P3, 4096), key="kv_4k")
fld("12 GiB", "kv_cache_total", "GiB", KV(P3, 32768), key="kv_32k")
fld("96 KiB", "kv_cache_per_token", "KiB", KVT((32, 8, 96)), key="kv_if_gqa8")
# Gemma 3 1B
fld("999,885,952", "params", "params", N[G1], key="params")
fld("2.0 GB", "weights", "GB", W(G1, "bf16"), key="bf16_gb")
fld("1.0 GB", "weights", "GB", W(G1, "int4"), X, "wrong_dtype", key="int4_gb", note="int8 figure; int4 0.50 GB")
fld("26 KiB", "kv_cache_per_token", "KiB", KVT(G1), key="kv_per_token")
fld("1.6 GiB", "kv_cache_total", "GiB", KV(G1, 32768), X, "off_2x", key="kv_32k", note="0.81 GiB")
fld("30%", "percentage", "%", 100 * EMB[G1] / N[G1], key="embedding_share")
# rendered Dataview table
R = {Q05: "| Qwen2.5-0.5B | 494,032,768", L1: "| Llama 3.2 1B | 1,235,814,400", Q15: "| Qwen2.5-1.5B | 1.54B"}
claim(f, "494,032,768", "params", "params", N[Q05], H, anchor=R[Q05])
claim(f, "0.99 GB", "weights", "GB", W(Q05, "bf16"), H, anchor=R[Q05])
claim(f, "0.30 GB", "quantized_file", "GB", GG(Q05, "Q4_K_M"), H, anchor=R[Q05])
claim(f, "84 KiB", "kv_cache_per_token", "KiB", KVT(Q05), X, "off_2x", anchor=R[Q05], note="12 KiB")
claim(f, "384 MiB", "kv_cache_total", "MiB", KV(Q05, 32768), H, anchor=R[Q05])
claim(f, "~226 tok/s", "throughput", "tok/s", PH / GG(Q05, "Q4_K_M"), H, anchor=R[Q05], hedged=True)
claim(f, "1,235,814,400", "params", "params", N[L1], H, anchor=R[L1])
claim(f, "2.47 GB", "weights", "GB", W(L1, "bf16"), H, anchor=R[L1])
claim(f, "0.76 GB", "quantized_file", "GB", GG(L1, "Q4_K_M"), H, anchor=R[L1])
claim(f, "32 KiB", "kv_cache_per_token", "KiB", KVT(L1), H, anchor=R[L1])
claim(f, "1 GiB", "kv_cache_total", "GiB", KV(L1, 32768), H, anchor=R[L1])
claim(f, "~180 tok/s", "throughput", "tok/s", PH / GG(L1, "Q4_K_M"), X, "off_2x", anchor=R[L1], hedged=True, note="90 tok/s")
claim(f, "1.54B", "params", "B", N[Q15], H, anchor=R[Q15])
claim(f, "3.09 GB", "weights", "GB", W(Q15, "bf16"), H, anchor=R[Q15])
claim(f, "0.94 GB", "quantized_file", "GB", GG(Q15, "Q4_K_M"), H, anchor=R[Q15])
claim(f, "28 KiB", "kv_cache_per_token", "KiB", KVT(Q15), H, anchor=R[Q15])
claim(f, "0.875 GiB", "kv_cache_total", "GiB", KV(Q15, 32768), H, anchor=R[Q15])
claim(f, "~72 tok/s", "throughput", "tok/s", PH / GG(Q15, "Q4_K_M"), H, anchor=R[Q15], hedged=True)
# scratch
A = "- Llama 3.2 3B Q4_K_M plus a 32K cache"
claim(f, "1.97 GB", "quantized_file", "GB", GG(L3, "Q4_K_M"), H, anchor=A, rel=0.02)
claim(f, "3.5 GiB", "kv_cache_total", "GiB", KV(L3, 32768), H, anchor=A)
claim(f, "≈ 5.7 GB", "arithmetic", "GB", GG(L3, "Q4_K_M") + KV(L3, 32768), H, anchor=A, hedged=True)
A = "- Phi-3-mini Q4_K_M plus a 32K cache"
claim(f, "2.34 GB", "quantized_file", "GB", GG(P3, "Q4_K_M"), H, anchor=A, occ=1, rel=0.02)
claim(f, "12 GiB", "kv_cache_total", "GiB", KV(P3, 32768), H, anchor=A)
claim(f, "≈ 15.2 GB", "arithmetic", "GB", GG(P3, "Q4_K_M") + KV(P3, 32768), H, anchor=A, hedged=True)
claim(f, "2.34 GB", "quantized_file", "GB", GG(P3, "Q4_K_M"), H, anchor=A, occ=2, rel=0.02)
claim(f, "1.5 GiB", "kv_cache_total", "GiB", KV(P3, 4096), H, anchor=A)
claim(f, "≈ 3.9 GB", "arithmetic", "GB", GG(P3, "Q4_K_M") + KV(P3, 4096), H, anchor=A, hedged=True)
A = "- Qwen2.5-3B at 128K"
claim(f, "4.5 GiB", "kv_cache_total", "GiB", KV(Q3, 131072), H, anchor=A)
claim(f, "1.89 GB", "quantized_file", "GB", GG(Q3, "Q4_K_M"), H, anchor=A, rel=0.02)
claim(f, "about 6.7 GB", "arithmetic", "GB", GG(Q3, "Q4_K_M") + KV(Q3, 131072), H, anchor=A, hedged=True)
claim(f, "0.61 GB", "quantized_file", "GB", GG(G1, "Q4_K_M"), H, rel=0.02)
claim(f, "≈ 112 tok/s", "throughput", "tok/s", PH / GG(G1, "Q4_K_M"), H, hedged=True)
claim(f, "7.9 GB", "training", "GB", 16 * N[Q05], H)
claim(f, "≈ 39.5 GB", "training", "GB", 16 * N[L1], X, "off_2x", hedged=True, note="16 x 1.236B = 19.8 GB")
claim(f, "about 10 GB", "training", "GB", 16 * N[L1], X, "off_2x", hedged=True, note="19.8 GB")
claim(f, "12 KiB", "kv_cache_per_token", "KiB", KVT(Q05), H, anchor="Per-token KV ranges from")
claim(f, "384 KiB", "kv_cache_per_token", "KiB", KVT(P3), H, anchor="Per-token KV ranges from")
claim(f, "32x", "ratio", "x", KVT(P3) / KVT(Q05), H)
non(f, "config:: hidden 2048, MLP 8192, 16 layers", "config values")
non(f, "config:: hidden 3072, MLP 8192, 28 layers", "config values")
non(f, "config:: hidden 896", "config values")
non(f, "config:: hidden 1536", "config values")
non(f, "config:: hidden 2048, MLP 11008", "config values")
non(f, "config:: hidden 3072, MLP 8192, 32 layers", "config values")
non(f, "config:: hidden 1152", "config values, window size")
non(f, "WHERE bf16_gb < 8", "Dataview query threshold")
non(f, "(Only three rows:", "query limit")
non(f, "Measured (llama-bench, build 4130", "measured speeds, build, date, temperature")
non(f, "created: 2026-09-02", "date")
non(f, "## Dataview output as rendered on 2026-11-30", "date heading")

# ---- en_04: pasted tweet thread on MoE / MLA sizing, replies (one AI reply bot), my checks -----------------
f = "en_04"
DS, DSA = N["deepseek-v3"], ACTIVE_DSV3
O120, O20, L405 = "gpt-oss-120b", "gpt-oss-20b", "llama3.1-405b"
MLA_B = MLA_DSV3 * 2                 # bytes per token, bf16 latent cache
H200_BW = 4.8e12
claim(f, "405853388800", "params", "params", N[L405], H)
claim(f, "37 GB", "weights", "GB", W(DS, "fp8"), X, "wrong_kind", anchor="**1/**", note="all 671B resident: 671 GB")
claim(f, "671 GB", "weights", "GB", W(DS, "bf16"), X, "wrong_dtype", anchor="**2/**", note="bf16 1,342 GB; 671 GB is fp8")
claim(f, "70,272 bytes", "kv_cache_per_token", "bytes", MLA_B, H, anchor="**3/**")
claim(f, "≈ 70 KB", "kv_cache_per_token", "KB", MLA_B, H, hedged=True, anchor="**3/**")
claim(f, "504 KiB", "kv_cache_per_token", "KiB", KVT(L405), H, anchor="**3/**")
claim(f, "72x", "ratio", "x", KVT(L405) / MLA_B, X, "off_2x", anchor="**3/**", note="7.3x")
claim(f, "~9.2 GB", "kv_cache_total", "GB", MLA_B * 131072, H, hedged=True, anchor="**4/**")
claim(f, "63 GiB", "kv_cache_total", "GiB", KV(L405, 131072), H, anchor="**4/**")
claim(f, "4 TiB", "kv_cache_total", "TiB", KV(L405, 131072, 32), X, "off_2x", anchor="**4/**", note="1.97 TiB")
claim(f, "117B", "params", "B", N[O120], H, anchor="**5/**")
claim(f, "~29 GB", "weights", "GB", N[O120] * MX4, X, "off_2x", hedged=True, anchor="**5/**", note="62.1 GB")
claim(f, "11.1 GB", "weights", "GB", N[O20] * MX4, H, anchor="**6/**")
claim(f, "≈ 2.7 GB", "weights", "GB", ACTIVE_OSS120 * MX4, H, hedged=True, anchor="**7/**", note="read per token")
claim(f, "~1,230 tok/s", "throughput", "tok/s", H100_BW / (ACTIVE_OSS120 * MX4), H, hedged=True, anchor="**7/**")
claim(f, "37 GB", "weights", "GB", W(DSA, "fp8"), H, anchor="**8/**", note="read per token")
claim(f, "1,300 tok/s", "throughput", "tok/s", H200_BW / W(DSA, "fp8"), X, "off_2x", anchor="**8/**", note="130 tok/s")
claim(f, "5.96e25 FLOP", "flops", "FLOP", 6 * DSA * 14.8e12, X, "wrong_kind", anchor="**9/**", note="6ND with active 37B: 3.29e24")
claim(f, "406 GB", "weights", "GB", W(L405, "fp8"), H, anchor="**10/**")
claim(f, "1.6 TB", "weights", "TB", W(L405, "bf16"), X, "wrong_dtype", anchor="**10/**", note="bf16 811.7 GB; 1.6 TB is fp32")
claim(f, "72 KiB", "kv_cache_per_token", "KiB", KVT(O120), H, anchor="**11/**")
claim(f, "9 GiB", "kv_cache_total", "GiB", KV(O120, 131072), H, anchor="**11/**")
claim(f, "62 GB", "weights", "GB", N[O120] * MX4, H, anchor="**11/**")
claim(f, "70,272 B", "kv_cache_per_token", "bytes", MLA_B, H, anchor="> **@kv_cartographer:**")
claim(f, "504 KiB", "kv_cache_per_token", "KiB", KVT(L405), H, anchor="> **@kv_cartographer:**")
claim(f, "≈ 7.3x", "ratio", "x", KVT(L405) / MLA_B, H, hedged=True, anchor="> **@kv_cartographer:**")
claim(f, "671 GB", "weights", "GB", W(DS, "fp8"), H, anchor="@fp8_or_bust")
claim(f, "~84 GB", "weights", "GB", W(DS, "fp8") / 8, H, hedged=True, note="per card at EP=8")
claim(f, "about 57 GB", "arithmetic", "GB", 141e9 - W(DS, "fp8") / 8, H, hedged=True)
claim(f, "~234 GB", "weights", "GB", W(O120, "bf16"), H, hedged=True)
claim(f, "~62 GB", "weights", "GB", N[O120] * MX4, H, hedged=True, anchor="> **@pedantic_pete:**")
claim(f, "≈ 3.3e24 FLOP", "flops", "FLOP", 6 * DSA * 14.8e12, H, hedged=True)
claim(f, "671 GB", "weights", "GB", W(DS, "fp8"), H, anchor="DeepSeek-V3 fp8 needs 671 GB", **Q)
claim(f, "70,272 bytes", "kv_cache_per_token", "bytes", MLA_B, H, anchor="DeepSeek-V3 fp8 needs 671 GB", **Q)
claim(f, "about 68.6 KiB", "kv_cache_per_token", "KiB", MLA_B, H, hedged=True, **Q)
claim(f, "3.61B", "params", "B", ACTIVE_OSS20, H, anchor="reads 3.61B active parameters", **Q)
claim(f, "about 7.2 GB", "weights", "GB", ACTIVE_OSS20 * MX4, X, "wrong_dtype", hedged=True, note="MXFP4 1.92 GB; 7.2 GB is bf16", **Q)
claim(f, "126 GiB", "kv_cache_total", "GiB", KV(L405, 131072), X, "off_2x", note="63 GiB", **Q)
claim(f, "671 GB", "weights", "GB", W(DS, "fp8"), H, anchor="- ✗ 1/ and ✗ 2/")
claim(f, "1,342 GB", "weights", "GB", W(DS, "bf16"), H)
claim(f, "68.6 KiB", "kv_cache_per_token", "KiB", MLA_B, H, anchor="- ✓ 3/ first half")
claim(f, "≈ 130 tok/s", "throughput", "tok/s", H200_BW / W(DSA, "fp8"), H, hedged=True)
claim(f, "811.7 GB", "weights", "GB", W(L405, "bf16"), H)
claim(f, "1.6 TB", "weights", "TB", W(L405, "fp32"), H, anchor="- ✓ 10/", note="the fp32 size")
claim(f, "62.1 GB", "weights", "GB", N[O120] * MX4, H, anchor="- ✓ 11/")
claim(f, "9 GiB", "kv_cache_total", "GiB", KV(O120, 131072), H, anchor="- ✓ 11/")
claim(f, "71.7 GB", "arithmetic", "GB", N[O120] * MX4 + KV(O120, 131072), H)
A = "- Replies I did not trust either"
claim(f, "234 GB", "weights", "GB", N[O120] * MX4, X, "wrong_dtype", anchor=A, note="bf16 figure; MXFP4 62.1 GB")
claim(f, "4.3 KiB", "kv_cache_per_token", "KiB", MLA_B, X, "off_2x", anchor=A, note="68.6 KiB")
claim(f, "24 GiB", "kv_cache_total", "GiB", KV(O20, 131072), X, "off_2x", anchor=A, note="6 GiB")
claim(f, "≈ 1.92 GB", "weights", "GB", ACTIVE_OSS20 * MX4, H, hedged=True, note="read per token")
claim(f, "48 KiB", "kv_cache_per_token", "KiB", KVT(O20), H)
claim(f, "6 GiB", "kv_cache_total", "GiB", KV(O20, 131072), H, anchor="its KV is 48 KiB per token")
claim(f, "671 GB", "weights", "GB", W(DS, "fp8"), H, anchor="**TL;DR:**")
claim(f, "62.1 GB", "weights", "GB", N[O120] * MX4, H, anchor="**TL;DR:**")
claim(f, "37 GB", "weights", "GB", W(DSA, "fp8"), H, anchor="**TL;DR:**", note="read per token")
claim(f, "2.73 GB", "weights", "GB", ACTIVE_OSS120 * MX4, H, anchor="**TL;DR:**", note="read per token")
non(f, "source: https://x.com/tensor_tamer/status/", "URL")
non(f, "posted: 2026-11-12T18:42:00Z", "timestamp")
non(f, "pasted: 2026-11-13", "date")
non(f, "likes: 4812", "social count")
non(f, "reposts: 731", "social count")
non(f, "bookmarks: 2190", "social count")
non(f, "## Checks (mine, 2026-11-13)", "date heading")
non(f, "Engagement when pasted:", "social counts, date, time")

# ---- en_05: Zettelkasten export, one sizing claim per card, some flagged ⚠ --------------------------------
f = "en_05"
claim(f, "109,482,240 parameters", "params", "params", N["bert-base"], H)
claim(f, "438 MB", "weights", "MB", W("bert-base", "fp32"), H, anchor="In fp32 BERT-base is 438 MB")
claim(f, "417.6 MiB", "weights", "MiB", W("bert-base", "fp32"), H)
claim(f, "438 MB", "weights", "MB", W("bert-base", "fp16"), X, "wrong_dtype", anchor="Converted to fp16", note="fp16 219 MB")
claim(f, "335,141,888", "params", "params", N["bert-large"], H)
claim(f, "1.34 GB", "weights", "GB", W("bert-large", "fp32"), H)
claim(f, "1.34 GiB", "weights", "GiB", W("bert-large", "fp16"), X, "wrong_dtype", note="fp16 670 MB = 0.62 GiB")
claim(f, "222.9M", "params", "M", N["t5-base"], H)
claim(f, "892 MB", "weights", "MB", W("t5-base", "fp32"), H)
claim(f, "2.95 GB", "weights", "GB", W("t5-large", "bf16"), X, "wrong_dtype", note="fp32 figure; bf16 1.48 GB")
claim(f, "24 MB", "weights", "MB", W("t5-small", "fp32"), X, "off_2x", note="242 MB")
claim(f, "36 KiB", "kv_cache_per_token", "KiB", KVT("gpt2"), H, anchor="GPT-2 small caches 36 KiB")
claim(f, "36 MiB", "kv_cache_total", "MiB", KV("gpt2", 1024), H, anchor="A full 1,024-token GPT-2 small context")
claim(f, "300 KiB", "kv_cache_per_token", "KiB", KVT("gpt2-xl"), H, anchor="GPT-2 XL: 300 KiB per token")
claim(f, "300 GiB", "kv_cache_total", "GiB", KV("gpt2-xl", 1024), X, "off_2x", note="300 MiB")
claim(f, "709.6 MB", "weights", "MB", W("gpt2-medium", "fp32"), X, "wrong_dtype", note="fp16 figure; fp32 1,419 MB")
claim(f, "8 KiB", "kv_cache_per_token", "KiB", KVT("falcon-7b"), H, anchor="Falcon-7B keeps one KV head")
claim(f, "16 MiB", "kv_cache_total", "MiB", KV("falcon-7b", 2048), H)
claim(f, "64×", "ratio", "×", KVT("llama2-7b") / KVT("falcon-7b"), H)
claim(f, "13.84 GB", "weights", "GB", W("falcon-7b", "bf16"), H)
claim(f, "2 GiB", "kv_cache_total", "GiB", KV("llama2-7b", 4096), H, anchor="Llama-2-7B at 4,096 tokens")
claim(f, "16 GiB", "kv_cache_total", "GiB", KV("llama2-7b", 4096, 16), X, "off_2x", note="32 GiB")
claim(f, "800 KiB", "kv_cache_per_token", "KiB", KVT("llama2-13b"), H)
claim(f, "6.25 GiB", "kv_cache_total", "GiB", KV("llama2-13b", 4096), X, "off_2x", note="3.125 GiB")
claim(f, "26.0 GiB", "weights", "GiB", W("llama2-13b", "fp16"), X, "gb_as_gib", note="26.0 GB = 24.2 GiB")
claim(f, "3.37 GB", "weights", "GB", W("llama2-7b", "int4"), H)
claim(f, "349 GB", "weights", "GB", W("gpt3", "fp16"), H)
claim(f, "175 GB", "weights", "GB", W("gpt3", "fp16"), X, "wrong_dtype", note="int8 figure; fp16 349 GB")
claim(f, "4.5 MiB", "kv_cache_per_token", "MiB", KVT("gpt3"), H, anchor="GPT-3 caches 4.5 MiB")
claim(f, "9 GiB", "kv_cache_total", "GiB", KV("gpt3", 2048), H)
claim(f, "≈ 3.14e23 FLOP", "flops", "FLOP", 6 * N["gpt3"] * 300e9, H, hedged=True)
claim(f, "20 tokens per parameter", "tokens_per_param", "tokens/param", 1.4e12 / 70e9, H)
claim(f, "5.88e23 FLOP", "flops", "FLOP", 6 * 70e9 * 1.4e12, H)
claim(f, "8.3e22 FLOP", "flops", "FLOP", 6 * N["llama2-70b"] * 2e12, X, "off_2x", note="8.3e23")
claim(f, "107.8 GB", "training", "GB", 16 * N["llama2-7b"], H)
claim(f, "40.4 GB", "training", "GB", 12 * N["llama2-7b"], X, "off_2x", note="12 x 6.74B = 80.9 GB")
claim(f, "8.6 GB", "activations", "GB", act("gpt2", 1024, 8), H)
claim(f, "2.57 GB", "activations", "GB", act("gpt2", 1024, 8, "flash"), H)
claim(f, "151 MB", "activations", "MB", act("gpt2", 1024, 8, "full"), H)
claim(f, "512 MiB", "kv_cache_total", "MiB", KV("mistral-7b", 4096), H)
claim(f, "4 GiB", "kv_cache_total", "GiB", KV("mistral-7b", 32768), H, anchor="versus 4 GiB at 32K")
claim(f, "1.86 GiB", "weights", "GiB", W(1e9, "fp16"), H)
claim(f, "1.00 GiB", "weights", "GiB", W(1e9, "int8"), X, "gb_as_gib", note="1 GB = 0.93 GiB")
claim(f, "36 KiB", "kv_cache_per_token", "KiB", KVT("gpt2"), H, anchor="Footprint atoms worth memorising")
claim(f, "8 KiB", "kv_cache_per_token", "KiB", KVT("falcon-7b"), H, anchor="Footprint atoms worth memorising")
claim(f, "512 KiB", "kv_cache_per_token", "KiB", KVT("llama2-7b"), H, anchor="Footprint atoms worth memorising")
claim(f, "4.5 MiB", "kv_cache_per_token", "MiB", KVT("gpt3"), H, anchor="Footprint atoms worth memorising")
for zid in ("202403111014", "202403121105", "202404020930", "202405061340", "202405201118", "202406101500",
            "202407151210", "202408010905", "202409031645", "202410140800"):
    non(f, f"### {zid}", "Zettel ID (creation timestamp)")
non(f, "⚠ flagged: 202403111027", "Zettel IDs")
non(f, "Review cadence: every 90 days", "schedule, date, duration")
non(f, "Exported from the Zettelkasten folder", "date, card count")
non(f, "created: 2024-03-11", "date")

# ---- ru_01: ответ ИИ-ассистента про Qwen2.5-7B на 16 ГБ (quoted) и поправки пользователя ---------------
f = "ru_01"
QW, L3 = "qwen2.5-7b", "llama3.2-3b"
LO7 = lora(28, 16, [(3584, 3584), (3584, 512), (3584, 512), (3584, 3584)])
BW4070 = 672e9
claim(f, "7615616512", "params", "params", N[QW], H)
claim(f, "3212749824", "params", "params", N[L3], H)
A = "> 1. Qwen2.5-7B содержит"
claim(f, "около 7,6 млрд", "params", "млрд", N[QW], H, anchor=A, hedged=True, **Q)
claim(f, "примерно 7,6 ГБ", "weights", "ГБ", W(QW, "bf16"), X, "wrong_dtype", anchor=A, hedged=True, note="int8 figure; bf16 15.23 GB", **Q)
claim(f, "14,19 ГБ", "weights", "ГБ", W(QW, "bf16"), X, "gib_as_gb", anchor="> 2. Если нужны", note="14.19 GiB = 15.23 GB", **Q)
A = "> 3. В int4 модель"
claim(f, "примерно до 1,9 ГБ", "weights", "ГБ", W(QW, "int4"), X, "off_2x", anchor=A, hedged=True, note="3.81 GB", **Q)
claim(f, "4,66 ГБ", "quantized_file", "ГБ", GG(QW, "Q4_K_M"), H, anchor=A, rel=0.02, **Q)
A = "> 4. KV-кэш"
claim(f, "28 КиБ", "kv_cache_per_token", "КиБ", KVT(QW), X, "off_2x", anchor=A, note="K and V: 56 KiB", **Q)
claim(f, "0,875 ГиБ", "kv_cache_total", "ГиБ", KV(QW, 32768), X, "off_2x", anchor=A, note="1.75 GiB", **Q)
claim(f, "7 ГиБ", "kv_cache_total", "ГиБ", KV(QW, 32768, 8), X, "off_2x", anchor="> 5. Для 8 параллельных", note="14 GiB", **Q)
claim(f, "61 ГБ", "training", "ГБ", 16 * N[QW], X, "off_2x", anchor="> 6. Полное дообучение", note="16 B/param: 121.8 GB", **Q)
A = "> 7. LoRA r=16"
claim(f, "около 20 млн", "params", "млн", LO7, X, "off_2x", anchor=A, hedged=True, note="10.1M", **Q)
claim(f, "0,26 %", "percentage", "%", 100 * LO7 / N[QW], X, "off_2x", anchor=A, note="0.13 %", **Q)
claim(f, "около 3,9 ГБ", "weights", "ГБ", N[QW] * NF4 / 8, H, anchor="> 8. QLoRA", hedged=True, **Q)
A = "> 9. Llama 3.2 3B"
claim(f, "6,4 ГБ", "weights", "ГБ", W(L3, "bf16"), H, anchor=A, **Q)
claim(f, "25,7 ГБ", "training", "ГБ", 16 * N[L3], X, "off_2x", anchor=A, note="51.4 GB", **Q)
A = "> 10. Кэш Llama 3.2 3B"
claim(f, "112 КиБ", "kv_cache_per_token", "КиБ", KVT(L3), H, anchor=A, **Q)
claim(f, "896 МиБ", "kv_cache_total", "МиБ", KV(L3, 8192), H, anchor=A, **Q)
claim(f, "до 290 ток/с", "throughput", "ток/с", BW4070 / GG(QW, "Q4_K_M"), X, "off_2x", note="672 / 4.66 = 144 tok/s", **Q)
# поправки
claim(f, "7,6 ГБ", "weights", "ГБ", W(QW, "int8"), H, anchor="- **п. 1**", note="the int8 size")
claim(f, "7¦615¦616¦512", "params", "params", N[QW], H, anchor="- **п. 1**")
claim(f, "15,23 ГБ", "weights", "ГБ", W(QW, "bf16"), H, anchor="- **п. 1**")
claim(f, "15,23 ГБ", "weights", "ГБ", W(QW, "bf16"), H, anchor="- **п. 2**")
claim(f, "14,19 ГиБ", "weights", "ГиБ", W(QW, "bf16"), H, anchor="- **п. 2**")
claim(f, "3,81 ГБ", "weights", "ГБ", W(QW, "int4"), H)
claim(f, "4,66 ГБ", "quantized_file", "ГБ", GG(QW, "Q4_K_M"), H, anchor="- **п. 3**", rel=0.02)
A = "- **п. 4**"
claim(f, "57¦344 байта", "kv_cache_per_token", "байт", KVT(QW), H, anchor=A)
claim(f, "56 КиБ", "kv_cache_per_token", "КиБ", KVT(QW), H, anchor=A)
claim(f, "1,75 ГиБ", "kv_cache_total", "ГиБ", KV(QW, 32768), H, anchor=A)
claim(f, "7 ГиБ", "kv_cache_total", "ГиБ", KV(QW, 131072), H, anchor=A)
claim(f, "14 ГиБ", "kv_cache_total", "ГиБ", KV(QW, 32768, 8), H, anchor="- **п. 5**")
claim(f, "121,8 ГБ", "training", "ГБ", 16 * N[QW], H)
A = "- **п. 7**"
claim(f, "360¦448", "params", "params", LO7 / 28, H, anchor=A, note="LoRA parameters per layer")
claim(f, "10,1 млн", "params", "млн", LO7, H, anchor=A)
claim(f, "0,13 %", "percentage", "%", 100 * LO7 / N[QW], H, anchor=A)
claim(f, "3,93 ГБ", "weights", "ГБ", N[QW] * NF4 / 8, H, anchor="- **п. 8**")
claim(f, "6,4 ГБ", "weights", "ГБ", W(L3, "bf16"), H, anchor="- **п. 9**")
claim(f, "51,4 ГБ", "training", "ГБ", 16 * N[L3], H)
claim(f, "≈ 144 ток/с", "throughput", "ток/с", BW4070 / GG(QW, "Q4_K_M"), H, hedged=True)
R1, R2, R3 = "| Qwen2.5-7B Q4_K_M, 32K |", "| Qwen2.5-7B bf16, 32K |", "| Llama 3.2 3B bf16, 8K |"
claim(f, "4,66 ГБ", "quantized_file", "ГБ", GG(QW, "Q4_K_M"), H, anchor=R1, rel=0.02)
claim(f, "1,75 ГиБ", "kv_cache_total", "ГиБ", KV(QW, 32768), H, anchor=R1)
claim(f, "14,19 ГиБ", "weights", "ГиБ", W(QW, "bf16"), H, anchor=R2)
claim(f, "1,75 ГиБ", "kv_cache_total", "ГиБ", KV(QW, 32768), H, anchor=R2)
claim(f, "6,43 ГБ", "weights", "ГБ", W(L3, "bf16"), H, anchor=R3)
claim(f, "896 МиБ", "kv_cache_total", "МиБ", KV(L3, 8192), H, anchor=R3)
A = "Для QLoRA-обучения 7B"
claim(f, "3,93 ГБ", "weights", "ГБ", N[QW] * NF4 / 8, H, anchor=A)
claim(f, "20,2 МБ", "weights", "МБ", 2 * LO7, H, anchor=A)
claim(f, "меньше 5 ГБ", "training", "ГБ", N[QW] * NF4 / 8 + 16 * LO7, H, anchor=A, bound="upper")
A = "Ассистент ошибся в 9 пунктах"
claim(f, "4,66 ГБ", "quantized_file", "ГБ", GG(QW, "Q4_K_M"), H, anchor=A, rel=0.02)
claim(f, "3,93 ГБ", "weights", "ГБ", N[QW] * NF4 / 8, H, anchor=A)
claim(f, "6,43 ГБ", "weights", "ГБ", W(L3, "bf16"), H, anchor=A)
non(f, "created: 2026-11-16", "date")
non(f, "question_date: 2026-11-15", "date")
non(f, "Вопрос, который я задал 2026-11-15 в 23:40", "date, time")
non(f, "Замер на своей карте", "measured speed and memory, build, date")
non(f, "Стоимость эксперимента", "price arithmetic, power")
non(f, "alpha: 32", "hyper-parameter")
non(f, "status: ответ разобран", "date")

# ---- ru_02: памятка дежурного (Llama-3.1-70B fp8 TP=2 на H100, Qwen2.5-7B bf16 на L40S, старая таблица v2) ----
f = "ru_02"
import math
L70, QW = "llama3-70b", "qwen2.5-7b"
PER = W(L70, "fp8") / 2
FREE = 0.9 * 80 * GIB - PER
FREEQ = 0.9 * 48 * GIB - W(QW, "bf16")
claim(f, "70553706496", "params", "params", N[L70], H)
claim(f, "7615616512", "params", "params", N[QW], H)
A = "- Веса: 70¦553¦706¦496 параметров"
claim(f, "70¦553¦706¦496", "params", "params", N[L70], H, anchor=A)
claim(f, "70,6 ГБ", "weights", "ГБ", W(L70, "fp8"), H, anchor=A)
claim(f, "35,3 ГБ", "weights", "ГБ", PER, H, anchor=A, note="per card")
claim(f, "32,85 ГиБ", "weights", "ГиБ", PER, H, anchor=A, note="per card")
A = "- KV-кэш в bf16: 320 КиБ"
claim(f, "320 КиБ", "kv_cache_per_token", "КиБ", KVT(L70), H, anchor=A)
claim(f, "160 КиБ", "kv_cache_per_token", "КиБ", KVT(L70) / 2, H, anchor=A, note="per card")
claim(f, "2,5 ГиБ", "kv_cache_total", "ГиБ", KV(L70, 8192), H, anchor="- Одна сессия 8K")
claim(f, "1,25 ГиБ", "kv_cache_total", "ГиБ", KV(L70, 8192) / 2, H, anchor="- Одна сессия 8K", note="per card")
A = "- vLLM берёт 0,90 × 80"
claim(f, "72 ГиБ", "arithmetic", "ГиБ", 0.9 * 80 * GIB, H, anchor=A)
claim(f, "около 39,1 ГиБ", "arithmetic", "ГиБ", FREE, H, anchor=A, hedged=True)
A = "- Это примерно 256"
claim(f, "примерно 256¦500 токенов", "tokens", "токенов", FREE / (KVT(L70) / 2), H, anchor=A, hedged=True)
claim(f, "31 полная сессия", "arithmetic", "x", math.floor(FREE / (KVT(L70) / 2) / 8192), H, anchor=A)
claim(f, "около 513 тыс. токенов", "tokens", "тыс. токенов", FREE / (KVT(L70) / 4), H, anchor=A, hedged=True)
A = "- Потолок декодирования при батче 1"
claim(f, "35,3 ГБ", "weights", "ГБ", PER, H, anchor=A, note="per card")
claim(f, "≈ 95 ток/с", "throughput", "ток/с", H100_BW / PER, H, anchor=A, hedged=True)
A = "- Веса 15,23 ГБ"
claim(f, "15,23 ГБ", "weights", "ГБ", W(QW, "bf16"), H, anchor=A)
claim(f, "14,19 ГиБ", "weights", "ГиБ", W(QW, "bf16"), H, anchor=A)
claim(f, "56 КиБ", "kv_cache_per_token", "КиБ", KVT(QW), H, anchor=A)
A = "- Под кэш: 0,90 × 48"
claim(f, "≈ 29,0 ГиБ", "arithmetic", "ГиБ", FREEQ, H, anchor=A, hedged=True)
claim(f, "около 543 тыс. токенов", "tokens", "тыс. токенов", FREEQ / KVT(QW), H, anchor=A, hedged=True)
claim(f, "16 сессий", "arithmetic", "x", math.floor(FREEQ / KVT(QW) / 32768), H, anchor=A)
claim(f, "≈ 57 ток/с", "throughput", "ток/с", 864e9 / W(QW, "bf16"), H, hedged=True)
A = "2. Веса с локального NVMe"
claim(f, "70,6 ГБ", "weights", "ГБ", W(L70, "fp8"), H, anchor=A)
claim(f, "примерно за 23,5 с", "time", "с", W(L70, "fp8") / 3e9, H, anchor=A, hedged=True)
claim(f, "около 56 с", "time", "с", W(L70, "fp8") / 1.25e9, H, hedged=True)
A = "«Можно ли поднять max_model_len до 32K?»"
claim(f, "10 ГиБ", "kv_cache_total", "ГиБ", KV(L70, 32768), H, anchor=A)
claim(f, "5 ГиБ", "kv_cache_total", "ГиБ", KV(L70, 32768) / 2, H, anchor=A, note="per card")
claim(f, "около 7", "arithmetic", "x", math.floor(FREE / (KV(L70, 32768) / 2)), H, anchor=A, hedged=True)
A = "«Почему кэш fp8 вдвое больше сессий?»"
claim(f, "80 КиБ", "kv_cache_per_token", "КиБ", KVT(L70, 1) / 2, H, anchor=A, note="fp8, per card")
claim(f, "160 КиБ", "kv_cache_per_token", "КиБ", KVT(L70) / 2, H, anchor=A, note="bf16, per card")
claim(f, "141,1 ГБ", "weights", "ГБ", W(L70, "bf16"), H)
claim(f, "70,6 ГБ", "weights", "ГБ", PER, X, "per_gpu", anchor="| веса chat-70b на карту |", note="35.3 GB per card")
claim(f, "320 КиБ", "kv_cache_per_token", "КиБ", KVT(L70) / 2, X, "per_gpu", anchor="| KV на токен на карту (chat-70b) |", note="160 KiB per card")
claim(f, "62", "arithmetic", "x", FREE / (KVT(L70) / 2) / 8192, X, "off_2x", anchor="| сессий 8K одновременно (chat-70b) |", note="31 sessions")
claim(f, "2,4 с", "time", "с", W(L70, "fp8") / 3e9, X, "off_2x", anchor="| загрузка весов с NVMe |", note="23.5 s")
claim(f, "5,6 мин", "time", "мин", W(L70, "fp8") / 1.25e9, X, "off_2x", anchor="| загрузка весов с NFS |", note="56 s")
claim(f, "7,6 ГБ", "weights", "ГБ", W(QW, "bf16"), X, "wrong_dtype", anchor="| веса embed-qwen7b (bf16) |", note="bf16 15.23 GB")
claim(f, "112 КиБ", "kv_cache_per_token", "КиБ", KVT(QW), X, "off_2x", anchor="| KV на токен (embed-qwen7b) |", note="56 KiB")
claim(f, "950 ток/с", "throughput", "ток/с", H100_BW / PER, X, "off_2x", anchor="| потолок декодирования chat-70b |", note="95 tok/s")
claim(f, "2,5 ГБ", "kv_cache_total", "ГБ", KV(L70, 8192), X, "gib_as_gb", anchor="| одна сессия 8K (chat-70b), всего |", note="2.5 GiB = 2.68 GB")
claim(f, "65,7 ГиБ", "weights", "ГиБ", W(L70, "bf16"), X, "wrong_dtype", anchor="| bf16-версия 70B |", note="bf16 131.4 GiB; 65.7 GiB is fp8")
A = "chat-70b: 35,3 ГБ весов"
claim(f, "35,3 ГБ", "weights", "ГБ", PER, H, anchor=A, note="per card")
claim(f, "160 КиБ", "kv_cache_per_token", "КиБ", KVT(L70) / 2, H, anchor=A, note="per card")
claim(f, "~31", "arithmetic", "x", math.floor(FREE / (KVT(L70) / 2) / 8192), H, anchor=A, hedged=True)
claim(f, "15,23 ГБ", "weights", "ГБ", W(QW, "bf16"), H, anchor=A)
claim(f, "56 КиБ", "kv_cache_per_token", "КиБ", KVT(QW), H, anchor=A)
non(f, "version: 3.2", "version")
non(f, "updated: 2026-11-24", "date")
non(f, "phone: \"+7 495", "phone number")
non(f, "sla_minutes: 15", "SLA")
non(f, "> Версия 3.2 от 2026-11-24", "version, date, incident numbers")
non(f, "| `KVCacheUsageHigh` |", "alert threshold")
non(f, "| `GPUMemECC` |", "alert threshold")
non(f, "| `P99LatencyHigh` |", "alert threshold, latency")
non(f, "| `PodRestartLoop` |", "alert threshold")
non(f, "1. Снять трафик", "command, replica count")
non(f, "4. Прогрев CUDA-графов", "measured duration")
non(f, "5. Вернуть трафик", "duration")

# ---- ru_03: отчёт об эксперименте с квантованием Llama-3.1-8B (таблица «до» из скрипта с ошибками, «после») --
f = "ru_03"
L8 = "llama3-8b"
BW4090 = 1008e9
NF4B = N[L8] * NF4 / 8
claim(f, "8030261248", "params", "params", N[L8], H)
R = {k: f"| {k} | " for k in ("bf16", "Q8_0", "Q5_K_M", "Q4_K_M", "Q2_K")}
R["NF4"] = "| NF4 (bnb, двойная квантизация) |"
claim(f, "14,96", "weights", "ГБ", W(L8, "bf16"), X, "gib_as_gb", anchor="| bf16 | 14,96 | 14,96", occ=1, note="14.96 GiB = 16.06 GB")
claim(f, "14,96", "weights", "ГиБ", W(L8, "bf16"), H, anchor="| bf16 | 14,96 | 14,96", occ=2)
claim(f, "7,95", "quantized_file", "ГБ", GG(L8, "Q8_0"), X, "gib_as_gb", anchor="| Q8_0 | 7,95 | 7,95", occ=1, rel=0.02, note="7.95 GiB = 8.53 GB")
claim(f, "7,95", "quantized_file", "ГиБ", GG(L8, "Q8_0"), H, anchor="| Q8_0 | 7,95 | 7,95", occ=2, rel=0.02)
claim(f, "53,1", "percentage", "%", 100 * GG(L8, "Q8_0") / W(L8, "bf16"), H, anchor="| Q8_0 | 7,95 | 7,95")
claim(f, "5,33", "quantized_file", "ГБ", GG(L8, "Q5_K_M"), X, "gib_as_gb", anchor="| Q5_K_M | 5,33", occ=1, rel=0.02, note="5.33 GiB = 5.73 GB")
claim(f, "5,33", "quantized_file", "ГиБ", GG(L8, "Q5_K_M"), H, anchor="| Q5_K_M | 5,33", occ=2, rel=0.02)
claim(f, "35,6", "percentage", "%", 100 * GG(L8, "Q5_K_M") / W(L8, "bf16"), H, anchor="| Q5_K_M | 5,33")
claim(f, "39,3", "quantized_file", "ГБ", GG(L8, "Q4_K_M"), X, "off_2x", anchor="| Q4_K_M | 39,3", note="bits taken as bytes; 4.91 GB")
claim(f, "36,6", "quantized_file", "ГиБ", GG(L8, "Q4_K_M"), X, "off_2x", anchor="| Q4_K_M | 39,3", note="4.58 GiB")
claim(f, "244,7", "percentage", "%", 100 * GG(L8, "Q4_K_M") / W(L8, "bf16"), X, "off_2x", anchor="| Q4_K_M | 39,3", note="30.6 %")
claim(f, "2,95", "quantized_file", "ГБ", GG(L8, "Q2_K"), X, "gib_as_gb", anchor="| Q2_K | 2,95", occ=1, rel=0.02, note="2.95 GiB = 3.17 GB")
claim(f, "2,95", "quantized_file", "ГиБ", GG(L8, "Q2_K"), H, anchor="| Q2_K | 2,95", occ=2, rel=0.02)
claim(f, "19,7", "percentage", "%", 100 * GG(L8, "Q2_K") / W(L8, "bf16"), H, anchor="| Q2_K | 2,95")
claim(f, "8,53", "weights", "ГБ", NF4B, X, "wrong_dtype", anchor=R["NF4"], note="NF4 4.127 bpw: 4.14 GB")
claim(f, "7,95", "weights", "ГиБ", NF4B, X, "wrong_dtype", anchor=R["NF4"], note="3.86 GiB")
claim(f, "39,3 ГБ", "quantized_file", "ГБ", GG(L8, "Q4_K_M"), X, "off_2x", anchor="Q4_K_M почему-то больше bf16", note="4.91 GB")
claim(f, "8,53 ГБ", "weights", "ГБ", NF4B, X, "wrong_dtype", anchor="NF4 весит столько же", note="4.14 GB")
A = "Q8_0 в 2 раза меньше bf16"
claim(f, "2 раза", "ratio", "раз", W(L8, "bf16") / GG(L8, "Q8_0"), H, anchor=A)
claim(f, "7,95", "quantized_file", "ГБ", GG(L8, "Q8_0"), X, "gib_as_gb", anchor=A, rel=0.02, note="7.95 GiB")
claim(f, "14,96 ГБ", "weights", "ГБ", W(L8, "bf16"), X, "gib_as_gb", anchor=A, note="14.96 GiB")
claim(f, "12 раз", "ratio", "раз", W(L8, "bf16") / GG(L8, "Q2_K"), X, "off_2x", anchor=A, note="5.1x")
A = "KV-кэш на 32K: f16 — 8 ГиБ"
claim(f, "8 ГиБ", "kv_cache_total", "ГиБ", KV(L8, 32768), X, "off_2x", anchor=A, occ=1, note="4 GiB")
claim(f, "8 ГиБ", "kv_cache_total", "ГиБ", KV(L8, 32768, 1, 8.5 / 8), X, "off_2x", anchor=A, occ=2, note="q8_0 2.125 GiB")
claim(f, "4 ГиБ", "kv_cache_total", "ГиБ", KV(L8, 32768, 1, 4.5 / 8), X, "off_2x", anchor=A, note="q4_0 1.125 GiB")
A = "Потолок скорости bf16 на 4090"
claim(f, "около 126 ток/с", "throughput", "ток/с", BW4090 / W(L8, "bf16"), X, "off_2x", anchor=A, hedged=True, note="63 tok/s")
claim(f, "около 26 ток/с", "throughput", "ток/с", BW4090 / GG(L8, "Q4_K_M"), X, "off_2x", anchor=A, hedged=True, note="205 tok/s")
claim(f, "16,06", "weights", "ГБ", W(L8, "bf16"), H, anchor="1. Столбец «ГБ»")
A = "2. Для Q4_K_M скрипт"
claim(f, "4,91 ГБ", "quantized_file", "ГБ", GG(L8, "Q4_K_M"), H, anchor=A, rel=0.02)
claim(f, "4,58 ГиБ", "quantized_file", "ГиБ", GG(L8, "Q4_K_M"), H, anchor=A, rel=0.02)
claim(f, "30,6 %", "percentage", "%", 100 * GG(L8, "Q4_K_M") / W(L8, "bf16"), H, anchor=A)
A = "3. Строку NF4"
claim(f, "4,127 бита", "bits_per_weight", "бит", NF4, H, anchor=A)
claim(f, "4,14 ГБ", "weights", "ГБ", NF4B, H, anchor=A)
A = "4. Q8_0 меньше bf16"
claim(f, "примерно в 1,9 раза", "ratio", "раз", W(L8, "bf16") / GG(L8, "Q8_0"), H, anchor=A, hedged=True)
claim(f, "примерно в 5,1 раза", "ratio", "раз", W(L8, "bf16") / GG(L8, "Q2_K"), H, anchor=A, hedged=True)
claim(f, "128 КиБ", "kv_cache_per_token", "КиБ", KVT(L8), H, anchor="5. Кэш q8_0 и q4_0")
P = {k: f"| {k} | {v} |" for k, v in (("bf16", "16,06"), ("Q8_0", "8,53"), ("Q5_K_M", "5,73"), ("Q4_K_M", "4,91"), ("Q2_K", "3,17"))}
for k, t, v in (("bf16", None, "16,06"), ("Q8_0", "Q8_0", "8,53"), ("Q5_K_M", "Q5_K_M", "5,73"), ("Q4_K_M", "Q4_K_M", "4,91"), ("Q2_K", "Q2_K", "3,17")):
    size = W(L8, "bf16") if t is None else GG(L8, t)
    claim(f, v, "weights" if t is None else "quantized_file", "ГБ", size, H, anchor=P[k], rel=None if t is None else 0.02)
for k, t, v in (("bf16", None, "63"), ("Q8_0", "Q8_0", "118"), ("Q5_K_M", "Q5_K_M", "176"), ("Q4_K_M", "Q4_K_M", "205"), ("Q2_K", "Q2_K", "318")):
    size = W(L8, "bf16") if t is None else GG(L8, t)
    claim(f, v, "throughput", "ток/с", BW4090 / size, H, anchor=P[k])
claim(f, "4,14", "weights", "ГБ", NF4B, H, anchor="| NF4 (bnb) | 4,14")
A = "KV-кэш на 32K после проверки"
claim(f, "4 ГиБ", "kv_cache_total", "ГиБ", KV(L8, 32768), H, anchor=A)
claim(f, "2,125 ГиБ", "kv_cache_total", "ГиБ", KV(L8, 32768, 1, 8.5 / 8), H, anchor=A)
claim(f, "1,125 ГиБ", "kv_cache_total", "ГиБ", KV(L8, 32768, 1, 4.5 / 8), H, anchor=A)
claim(f, "43,3 ГБ", "arithmetic", "ГБ", GG(L8, "Q4_K_M") + KV(L8, 32768), X, "off_2x", note="4.91 GB + 4 GiB = 9.2 GB")
claim(f, "45,6 ГБ", "quantized_file", "ГБ", 5.7 * 8e9 / 8, X, "off_2x", note="5.7 bits x 8B = 5.7 GB")
A = "И «для 24 ГиБ карты bf16 не влезает»"
claim(f, "14,96 ГиБ", "weights", "ГиБ", W(L8, "bf16"), H, anchor=A)
claim(f, "около 9 ГиБ", "arithmetic", "ГиБ", 24 * GIB - W(L8, "bf16"), H, anchor=A, hedged=True)
claim(f, "3,3 раза", "ratio", "раз", W(L8, "bf16") / GG(L8, "Q4_K_M"), H)
A = "Берём Q4_K_M (4,91 ГБ"
claim(f, "4,91 ГБ", "quantized_file", "ГБ", GG(L8, "Q4_K_M"), H, anchor=A, occ=1, rel=0.02)
claim(f, "4,91 ГБ", "quantized_file", "ГБ", GG(L8, "Q4_K_M"), H, anchor=A, occ=2, rel=0.02)
claim(f, "2,125 ГиБ", "kv_cache_total", "ГиБ", KV(L8, 32768, 1, 8.5 / 8), H, anchor=A)
non(f, "id: EXP-0412", "experiment id")
non(f, "started: 2026-11-03", "date")
non(f, "finished: 2026-11-07", "date")
non(f, "llama_cpp_build: b4098", "build")
non(f, "chunks: 568", "eval parameter")
non(f, "ctx: 512", "eval parameter")
non(f, "Эксперимент EXP-0412, 2026-11-03", "experiment id, dates")

# ---- ru_05: разбор вопросов с собеседования (таблица ответов трёх кандидатов и эталон, устные ответы) ---------
f = "ru_05"
L8, L70 = "llama3-8b", "llama3-70b"
LOQV = lora(32, 8, [(4096, 4096), (4096, 1024)])
ROWS = [
    ("| 1 | веса Llama-3.1-8B", "weights", "ГБ", W(L8, "bf16"),
     [("16,06", H, None, ""), ("8,03", X, "wrong_dtype", "int8 figure"), ("14,96", X, "gib_as_gb", "14.96 GiB = 16.06 GB"), ("16,06", H, None, "")]),
    ("| 2 | KV на токен, Llama-3.1-8B", "kv_cache_per_token", "КиБ", KVT(L8),
     [("512", X, "off_2x", "32 query heads instead of 8 KV heads"), ("128", H, None, ""), ("64", X, "off_2x", "K without V"), ("128", H, None, "")]),
    ("| 3 | KV одной сессии 128K", "kv_cache_total", "ГиБ", KV(L8, 131072),
     [("16", H, None, ""), ("64", X, "off_2x", "16 GiB"), ("17,2", X, "gb_as_gib", "17.2 GB = 16 GiB"), ("16", H, None, "")]),
    ("| 4 | веса Mixtral-8x7B в int4", "weights", "ГБ", W("mixtral-8x7b", "int4"),
     [("6,4", X, "wrong_kind", "active 12.9B x 0.5 B; all experts 23.4 GB"), ("23,4", H, None, ""), ("46,7", X, "wrong_dtype", "int8 figure"), ("23,4", H, None, "")]),
    ("| 5 | потолок декодирования Llama-3.1-70B fp8", "throughput", "ток/с", H100_BW / (W(L70, "fp8") / 4),
     [("47", X, "per_gpu", "whole model read by one card; per card 17.6 GB -> 190"), ("190", H, None, ""), ("95", X, "wrong_dtype", "bf16 share"), ("190", H, None, "")]),
    ("| 6 | полное дообучение Mistral-7B", "training", "ГБ", 16 * N["mistral-7b"],
     [("115,9", H, None, ""), ("57,9", X, "off_2x", "8 B/param"), ("14,5", X, "off_2x", "weights only"), ("115,9", H, None, "")]),
    ("| 7 | то же, ZeRO-3 на 8 картах", "training", "ГБ", zero(N["mistral-7b"], 8, 3),
     [("14,5", H, None, ""), ("115,9", X, "per_gpu", "unsharded total"), ("7,2", X, "off_2x", "14.5 GB per card"), ("14,5", H, None, "")]),
    ("| 8 | 6ND: Llama-3-8B", "flops", "FLOP", 6 * N[L8] * 15e12,
     [("7,2·10²³", H, None, ""), ("7,2·10²²", X, "off_2x", "x10 slip"), ("2,4·10²³", X, "off_2x", "2ND"), ("7,2·10²³", H, None, "")]),
    ("| 9 | KV на токен, Falcon-7B", "kv_cache_per_token", "КиБ", KVT("falcon-7b"),
     [("8", H, None, ""), ("568", X, "off_2x", "71 heads as if MHA"), ("4", X, "off_2x", "K without V"), ("8", H, None, "")]),
    ("| 10 | веса GPT-2 XL", "weights", "ГБ", W("gpt2-xl", "fp32"),
     [("6,23", H, None, ""), ("3,12", X, "wrong_dtype", "fp16 figure"), ("5,8", X, "gib_as_gb", "5.80 GiB = 6.23 GB"), ("6,23", H, None, "")]),
    ("| 11 | GGUF Q4_K_M, Qwen2.5-7B", "quantized_file", "ГБ", GG("qwen2.5-7b", "Q4_K_M"),
     [("4,66", H, None, ""), ("15,2", X, "wrong_dtype", "bf16 figure"), ("9,3", X, "off_2x", "4.66 GB"), ("4,66", H, None, "")]),
    ("| 12 | LoRA r=8 на q, v", "params", "млн", LOQV,
     [("3,4", H, None, ""), ("6,8", X, "off_2x", "3.4M"), ("1,7", X, "off_2x", "3.4M"), ("3,4", H, None, "")]),
    ("| 13 | BERT-base в fp16", "weights", "МБ", W("bert-base", "fp16"),
     [("219", H, None, ""), ("438", X, "wrong_dtype", "fp32 figure"), ("109", X, "off_2x", "219 MB"), ("219", H, None, "")]),
    ("| 14 | KV на токен, Llama-2-70B", "kv_cache_per_token", "КиБ", KVT("llama2-70b"),
     [("2560", X, "off_2x", "64 query heads instead of 8 KV heads"), ("320", H, None, ""), ("160", X, "off_2x", "K without V"), ("320", H, None, "")]),
]
for anchor, kind, unit, value, cells in ROWS:
    seen = Counter()
    for fig, exp, err, note in cells:
        seen[fig] += 1
        u = unit
        if err == "gb_as_gib":
            u = "ГиБ"
        claim(f, fig, kind, u, value, exp, err, anchor=anchor, occ=seen[fig], note=note,
              rel=0.02 if kind == "quantized_file" else None)
A = "**ГиБ вместо ГБ.**"
claim(f, "14,96", "weights", "ГиБ", W(L8, "bf16"), H, anchor=A)
claim(f, "5,8", "weights", "ГиБ", W("gpt2-xl", "fp32"), H, anchor=A)
claim(f, "17,2", "kv_cache_total", "ГБ", KV(L8, 131072), H, anchor=A)
A = "**Активные вместо всех экспертов.**"
claim(f, "12,9 млрд", "params", "млрд", ACTIVE_M7, H, anchor=A)
claim(f, "46,7 млрд", "params", "млрд", N["mixtral-8x7b"], H, anchor=A)
A = "**Вся модель на одной карте.**"
claim(f, "70,6 ГБ", "weights", "ГБ", W(L70, "fp8"), H, anchor=A)
claim(f, "17,6 ГБ", "weights", "ГБ", W(L70, "fp8") / 4, H, anchor=A, note="per card")
claim(f, "35 ГБ", "weights", "ГБ", W(L70, "fp8"), X, "wrong_dtype", note="fp8 70.6 GB; 35 GB is int4")
claim(f, "70,6 ГБ", "weights", "ГБ", W(L70, "fp8"), H, anchor="значит Llama-3.1-70B в fp8")
claim(f, "7,4 %", "percentage", "%", 100 * (GIB / 1e9 - 1), H, anchor="- А: «GiB больше GB")
claim(f, "20 токенов на параметр", "tokens_per_param", "tokens/param", 1.4e12 / 70e9, H)
claim(f, "около 160 млрд токенов", "tokens", "млрд токенов", 20 * N[L8], H, hedged=True)
claim(f, "2 ГиБ", "kv_cache_total", "ГиБ", KV(L8, 131072), X, "off_2x", note="16 GiB")
claim(f, "12,9 млрд", "params", "млрд", ACTIVE_M7, H, anchor="активирует 12,9 млрд")
claim(f, "25,8 ГБ", "weights", "ГБ", W(ACTIVE_M7, "bf16"), H, note="read per token")
claim(f, "115,9 ГБ", "training", "ГБ", zero(N["mistral-7b"], 8, 3), X, "per_gpu", anchor="- В: «ZeRO-3 на 8 картах", note="14.5 GB per card")
A = "Чаще всего путают"
claim(f, "7,4 %", "percentage", "%", 100 * (GIB / 1e9 - 1), H, anchor=A)
claim(f, "128 КиБ", "kv_cache_per_token", "КиБ", KVT(L8), H, anchor=A)
claim(f, "16 ГиБ", "kv_cache_total", "ГиБ", KV(L8, 131072), H, anchor=A)
claim(f, "23,4 ГБ", "weights", "ГБ", W("mixtral-8x7b", "int4"), H, anchor=A)
non(f, "id: 3317", "vacancy number")
non(f, "{candidate: А, date: 2026-11-10", "date, duration, score")
non(f, "{candidate: Б, date: 2026-11-11", "date, duration, score")
non(f, "{candidate: В, date: 2026-11-12", "date, duration, score")
non(f, "Три собеседования на вакансию 3317", "vacancy, dates, durations, scores")
non(f, "Оффер — кандидату А (11/14)", "score, salary range, dates, time")

# ---- ru_04: конспект лекции (Llama-3.1-405B обучение, Gemma 3 27B с окном), записи «на слух» (?) ------------
f = "ru_04"
L405, G27 = "llama3.1-405b", "gemma3-27b"
C405 = 6 * N[L405] * 15.6e12
GLOB = KVT((10, 16, 128))
FULL = KVT((62, 16, 128))
LOCAL128 = 52 * 1024 * KVT((1, 16, 128))
G128 = GLOB * 131072 + LOCAL128
claim(f, "405853388800", "params", "params", N[L405], H)
A = "- Параметров: 405,85 млрд"
claim(f, "405,85 млрд", "params", "млрд", N[L405], H, anchor=A)
claim(f, "811,7 ГБ", "weights", "ГБ", W(L405, "bf16"), H, anchor=A)
claim(f, "405 ГБ", "weights", "ГБ", W(L405, "bf16"), X, "wrong_dtype", note="bf16 811.7 GB; 405 GB is fp8")
claim(f, "6,49 ТБ", "training", "ТБ", 16 * N[L405], H, anchor="- Состояние для обучения")
claim(f, "3,2 ТБ", "training", "ТБ", 16 * N[L405], X, "off_2x", note="6.49 TB")
claim(f, "≈ 3,8·10²⁵ FLOP", "flops", "FLOP", C405, H, hedged=True)
claim(f, "3,8·10²⁴ FLOP", "flops", "FLOP", C405, X, "off_2x", note="3.8e25")
claim(f, "около 26,4 млн GPU-часов", "time", "млн GPU-часов", C405 / 4e14 / 3600, H, hedged=True)
claim(f, "примерно 67 суток", "time", "суток", C405 / 4e14 / 16384, H, hedged=True)
claim(f, "≈ 670 суток", "time", "суток", C405 / 4e14 / 16384, X, "off_2x", hedged=True, note="67 days")
claim(f, "около 396 МБ", "training", "МБ", 16 * N[L405] / 16384, H, hedged=True, note="per GPU")
claim(f, "27,0 млрд", "params", "млрд", N[G27], H, anchor="- Конфиг в свойствах")
claim(f, "54,0 ГБ", "weights", "ГБ", W(G27, "bf16"), H, anchor="- bf16 — 54,0 ГБ")
claim(f, "13,5 ГБ", "weights", "ГБ", W(G27, "int4"), H)
claim(f, "27 ГБ", "weights", "ГБ", W(G27, "int4"), X, "wrong_dtype", anchor="«int4 — 27 ГБ»", note="int8 figure; int4 13.5 GB")
A = "- Полное дообучение: 16 × 27,0 млрд"
claim(f, "432 ГБ", "training", "ГБ", 16 * N[G27], H, anchor=A)
claim(f, "54 ГБ", "training", "ГБ", zero(N[G27], 8, 3), H, anchor=A, note="per GPU, ZeRO-3")
claim(f, "54 ГБ", "training", "ГБ", zero(N[G27], 8, 0), X, "per_gpu", anchor="обычный DDP", note="DDP keeps 432 GB per GPU")
A = "- На токен в глобальных слоях"
claim(f, "80 КиБ", "kv_cache_per_token", "КиБ", GLOB, H, anchor=A)
claim(f, "496 КиБ", "kv_cache_per_token", "КиБ", FULL, H, anchor=A)
A = "- 128K контекста: 10 ГиБ"
claim(f, "10 ГиБ", "kv_cache_total", "ГиБ", GLOB * 131072, H, anchor=A)
claim(f, "416 МиБ", "kv_cache_total", "МиБ", LOCAL128, H, anchor=A)
claim(f, "≈ 10,4 ГиБ", "kv_cache_total", "ГиБ", G128, H, anchor=A, hedged=True)
claim(f, "62 ГиБ", "kv_cache_total", "ГиБ", FULL * 131072, H, anchor=A)
claim(f, "примерно в 6 раз", "ratio", "раз", FULL * 131072 / G128, H, anchor=A, hedged=True)
claim(f, "5,2 ГиБ", "kv_cache_total", "ГиБ", G128, X, "off_2x", note="10.4 GiB")
A = "- Оптимум по Шиншилле"
claim(f, "20 токенов на параметр", "tokens_per_param", "tokens/param", 1.4e12 / 70e9, H, anchor=A)
claim(f, "около 540 млрд токенов", "tokens", "млрд токенов", 20 * N[G27], H, anchor=A, hedged=True)
A = "- Gemma 3 27B учили на 14 трлн"
claim(f, "26 раз", "ratio", "раз", 14e12 / (20 * N[G27]), H, anchor=A)
claim(f, "≈ 518 токенов на параметр", "tokens_per_param", "tokens/param", 14e12 / N[G27], H, anchor=A, hedged=True)
claim(f, "≈ 2,3·10²⁴ FLOP", "flops", "FLOP", 6 * N[G27] * 14e12, H, hedged=True)
claim(f, "2,3·10²³", "flops", "FLOP", 6 * N[G27] * 14e12, X, "off_2x", anchor="(?) На доске было", note="2.3e24")
A = "405B: 811,7 ГБ в bf16"
claim(f, "811,7 ГБ", "weights", "ГБ", W(L405, "bf16"), H, anchor=A)
claim(f, "6,49 ТБ", "training", "ТБ", 16 * N[L405], H, anchor=A)
claim(f, "3,8·10²⁵ FLOP", "flops", "FLOP", C405, H, anchor=A)
claim(f, "54,0 ГБ", "weights", "ГБ", W(G27, "bf16"), H, anchor=A)
claim(f, "80 КиБ", "kv_cache_per_token", "КиБ", GLOB, H, anchor=A)
claim(f, "≈ 10,4 ГиБ", "kv_cache_total", "ГиБ", G128, H, anchor=A, hedged=True)
non(f, "number: 7", "lecture number")
non(f, "date: 2026-10-29", "date")
non(f, "room: ауд. 512", "room number")
non(f, "homework_due: 2026-11-05", "date")
non(f, "Лекция 7, 2026-10-29, ауд. 512", "lecture number, date, room")
non(f, "$$M_{train} = 16", "LaTeX formula with free variables")
non(f, "«Сколько стоит час H100?»", "price")
non(f, "## Домашнее задание (до 2026-11-05)", "date heading")
non(f, "1. Посчитать KV-кэш Gemma 3 27B на 32K", "homework, problem and page numbers")
non(f, "2. Оценить GPU-часы для 6ND при MFU 40 %", "homework, MFU assumption")
non(f, "3. Прочитать arXiv:2204.02311", "arXiv id")
non(f, "## 2. Llama-3.1-405B (слайды 8–12)", "slide numbers")
non(f, "## 4. Шиншилла и «переобучение» (слайды 21–23)", "slide numbers")


# ---- en_02 round 2: the vendor's sizing sheet (as received, rejected) -------------------------------------------
f = "en_02"
M7 = "mixtral-8x7b"
VR = {"phi": "| Phi-4 (vendor) |", "qwen": "| Qwen2.5-32B (vendor) |", "llama": "| Llama-3.1-8B (vendor) |", "mix": "| Mixtral-8x7B (vendor) |"}
claim(f, "29.3", "weights", "GB", W(P4, "fp8"), X, "wrong_dtype", anchor=VR["phi"], note="bf16 figure; fp8 14.7 GB")
claim(f, "800", "kv_cache_per_token", "KiB", KVT(P4), X, "off_2x", anchor=VR["phi"], note="40 query heads; 200 KiB")
claim(f, "200", "kv_cache_total", "GiB", KV(P4, 8192, 32), X, "off_2x", anchor=VR["phi"], note="50 GiB")
claim(f, "29", "throughput", "tok/s", L40S_BW / W(P4, "fp8"), X, "wrong_dtype", anchor=VR["phi"], occ=1, note="bf16 read; fp8 59 tok/s")
claim(f, "114", "throughput", "tok/s", H100_BW / W(P4, "fp8"), X, "wrong_dtype", anchor=VR["phi"], note="fp8 229 tok/s")
claim(f, "65.5", "weights", "GB", W(Q32, "fp8"), X, "wrong_dtype", anchor=VR["qwen"], note="bf16 figure; fp8 32.8 GB")
claim(f, "1280", "kv_cache_per_token", "KiB", KVT(Q32), X, "off_2x", anchor=VR["qwen"], note="256 KiB")
claim(f, "320", "kv_cache_total", "GiB", KV(Q32, 8192, 32), X, "off_2x", anchor=VR["qwen"], note="64 GiB")
claim(f, "13", "throughput", "tok/s", L40S_BW / W(Q32, "fp8"), X, "wrong_dtype", anchor=VR["qwen"], note="26 tok/s")
claim(f, "51", "throughput", "tok/s", H100_BW / W(Q32, "fp8"), X, "wrong_dtype", anchor=VR["qwen"], note="102 tok/s")
claim(f, "8.03", "weights", "GB", W(L8, "fp8"), H, anchor=VR["llama"])
claim(f, "512", "kv_cache_per_token", "KiB", KVT(L8), X, "off_2x", anchor=VR["llama"], note="128 KiB")
claim(f, "128", "kv_cache_total", "GiB", KV(L8, 8192, 32), X, "off_2x", anchor=VR["llama"], note="32 GiB")
claim(f, "108", "throughput", "tok/s", L40S_BW / W(L8, "fp8"), H, anchor=VR["llama"])
claim(f, "417", "throughput", "tok/s", H100_BW / W(L8, "fp8"), H, anchor=VR["llama"])
claim(f, "12.9", "weights", "GB", W(M7, "fp8"), X, "wrong_kind", anchor=VR["mix"], note="active slice; stored 46.7 GB")
claim(f, "128", "kv_cache_per_token", "KiB", KVT(M7), H, anchor=VR["mix"])
claim(f, "32", "kv_cache_total", "GiB", KV(M7, 8192, 32), H, anchor=VR["mix"])
claim(f, "67", "throughput", "tok/s", L40S_BW / W(ACTIVE_M7, "fp8"), H, anchor=VR["mix"], note="active experts read per token")
claim(f, "260", "throughput", "tok/s", H100_BW / W(ACTIVE_M7, "fp8"), H, anchor=VR["mix"])
claim(f, "46.7 GB", "weights", "GB", W(M7, "fp8"), H, anchor="Why rejected: the sheet")


# ---- en_01 second pass: the first spreadsheet, kept in the post -------------------------------------------------
f = "en_01"
QW, MX = "qwen2.5-72b", "mixtral-8x22b"
claim(f, "72.7 GB", "weights", "GB", W(QW, "bf16"), X, "wrong_dtype", anchor="- Qwen2.5-72B in bf16: 72.7 GB", note="bf16 145.4 GB")
claim(f, "2.5 MiB", "kv_cache_per_token", "MiB", KVT(QW), X, "off_2x", note="query heads; 320 KiB")
claim(f, "80 GiB", "kv_cache_total", "GiB", KV(QW, 32768), X, "off_2x", anchor="so 80 GiB for a 32K context", note="10 GiB")
claim(f, "72.0 GB", "quantized_file", "GB", GG(QW, "Q8_0"), X, "gib_as_gb", rel=0.02, note="72.0 GiB = 77.3 GB")
claim(f, "24.0 GB", "quantized_file", "GB", GG(MX, "Q4_K_M"), X, "wrong_kind", anchor="- Mixtral-8x22B Q4_K_M: 24.0 GB", note="86.0 GB")
claim(f, "28 GiB", "kv_cache_total", "GiB", KV(MX, 65536), X, "off_2x", anchor="- Mixtral-8x22B Q4_K_M: 24.0 GB", note="14 GiB")
claim(f, "84 tok/s", "throughput", "tok/s", BW3090 / GG(QW, "Q4_K_M"), X, "per_gpu", anchor="- Layer-split ceiling", note="layer split reads all 44.5 GB: 21 tok/s")
claim(f, "11 tok/s", "throughput", "tok/s", BW3090 / GG(ACTIVE_M22, "Q4_K_M"), X, "wrong_kind", anchor="- Layer-split ceiling", note="active slice: 39 tok/s")


# ---- en_05 second pass: cards added 2026-11-02 (all flagged) ---------------------------------------------------
f = "en_05"
claim(f, "69 GB", "weights", "GB", W("llama2-70b", "fp16"), X, "wrong_dtype", note="fp16 138 GB; 69 GB is int8")
claim(f, "774M", "params", "M", N["gpt2-xl"], X, "off_2x", note="1,558M; 774M is GPT-2 large")
claim(f, "25.8 GB", "weights", "GB", W("mixtral-8x7b", "fp16"), X, "wrong_kind", note="active slice; all experts 93.4 GB")
claim(f, "26B tokens", "tokens", "B tokens", 20 * N["llama2-13b"], X, "off_2x", note="20 x 13.0B = 260B")
claim(f, "128 KiB", "kv_cache_per_token", "KiB", KVT("llama2-7b"), X, "off_2x", note="MHA: 512 KiB")
claim(f, "670 MB", "weights", "MB", W("bert-large", "int8"), X, "wrong_dtype", note="int8 335 MB; 670 MB is fp16")
non(f, "### 202411020915", "Zettel ID")
non(f, "### 202411020944", "Zettel ID")


# ---- en_03 second pass: the unmerged model-card scrape -----------------------------------------------------------
f = "en_03"
S = {k: f"| {k} (card scrape) |" for k in ("Llama 3.2 1B", "Qwen2.5-3B", "Phi-3-mini", "Gemma 3 1B")}
claim(f, "1.24B", "params", "B", N[L1], H, anchor=S["Llama 3.2 1B"])
claim(f, "4.94 GB", "weights", "GB", W(L1, "bf16"), X, "wrong_dtype", anchor=S["Llama 3.2 1B"], note="fp32 figure; bf16 2.47 GB")
claim(f, "1.24 GB", "weights", "GB", W(L1, "int4"), X, "wrong_dtype", anchor=S["Llama 3.2 1B"], note="int8 figure; int4 0.62 GB")
claim(f, "128 KiB", "kv_cache_per_token", "KiB", KVT(L1), X, "off_2x", anchor=S["Llama 3.2 1B"], note="32 KiB")
claim(f, "3.09B", "params", "B", N[Q3], H, anchor=S["Qwen2.5-3B"])
claim(f, "3.09 GB", "weights", "GB", W(Q3, "bf16"), X, "wrong_dtype", anchor=S["Qwen2.5-3B"], note="int8 figure; bf16 6.17 GB")
claim(f, "1.54 GB", "weights", "GB", W(Q3, "int4"), H, anchor=S["Qwen2.5-3B"])
claim(f, "288 KiB", "kv_cache_per_token", "KiB", KVT(Q3), X, "off_2x", anchor=S["Qwen2.5-3B"], note="16 query heads; 36 KiB")
claim(f, "3.82B", "params", "B", N[P3], H, anchor=S["Phi-3-mini"])
claim(f, "7.12 GB", "weights", "GB", W(P3, "bf16"), X, "gib_as_gb", anchor=S["Phi-3-mini"], note="7.12 GiB = 7.64 GB")
claim(f, "1.91 GB", "weights", "GB", W(P3, "int4"), H, anchor=S["Phi-3-mini"])
claim(f, "96 KiB", "kv_cache_per_token", "KiB", KVT(P3), X, "off_2x", anchor=S["Phi-3-mini"], note="MHA: 384 KiB")
claim(f, "1.0B", "params", "B", N[G1], H, anchor=S["Gemma 3 1B"])
claim(f, "2.0 GB", "weights", "GB", W(G1, "bf16"), H, anchor=S["Gemma 3 1B"])
claim(f, "0.25 GB", "weights", "GB", W(G1, "int4"), X, "off_2x", anchor=S["Gemma 3 1B"], note="0.50 GB")
claim(f, "104 KiB", "kv_cache_per_token", "KiB", KVT(G1), X, "off_2x", anchor=S["Gemma 3 1B"], note="4 query heads for 1 KV head: 26 KiB")


# ---- ru_01 второй заход: ещё шесть ответов ассистента (все неверны) -------------------------------------------
f = "ru_01"
QW, L3 = "qwen2.5-7b", "llama3.2-3b"
claim(f, "около 3,2 ГБ", "weights", "ГБ", W(L3, "int4"), X, "wrong_dtype", hedged=True, note="int8 figure; int4 1.61 GB", **Q)
claim(f, "7 ГиБ", "kv_cache_total", "ГиБ", KV(L3, 32768), X, "off_2x", anchor="> «Её KV-кэш на 32K", note="3.5 GiB", **Q)
claim(f, "896 МиБ", "kv_cache_total", "МиБ", KV(L3, 8192, 8), X, "wrong_kind", anchor="> «Для 8 диалогов по 8K", note="one session; 8 sessions 7 GiB", **Q)
claim(f, "около 40 МБ", "weights", "МБ", 2 * LO7, X, "off_2x", hedged=True, note="20.2 MB", **Q)
claim(f, "около 16 ГБ", "quantized_file", "ГБ", GG(QW, "Q8_0"), X, "off_2x", hedged=True, note="8.09 GB", **Q)
claim(f, "19,3 ГБ", "training", "ГБ", 12 * N[L3], X, "off_2x", note="38.6 GB", **Q)

# ---- ru_02 ещё строки таблицы v2 ---------------------------------------------------------------------------------
f = "ru_02"
L70, QW = "llama3-70b", "qwen2.5-7b"
claim(f, "5 ГиБ", "kv_cache_total", "ГиБ", KV(L70, 32768), X, "off_2x", anchor="| одна сессия 32K (chat-70b), всего |", note="10 GiB")
claim(f, "113 ток/с", "throughput", "ток/с", 864e9 / W(QW, "bf16"), X, "wrong_dtype", note="int8 size used; bf16 57 tok/s")
claim(f, "33", "arithmetic", "x", math.floor(FREEQ / KVT(QW) / 32768), X, "off_2x", anchor="| сессий 32K одновременно (embed-qwen7b) |", note="16 sessions")
claim(f, "78,4 ГиБ", "arithmetic", "ГиБ", FREE, X, "off_2x", note="39.1 GiB per card")

# ---- ru_05 ещё устные ответы -------------------------------------------------------------------------------------
f = "ru_05"
claim(f, "4 ГиБ", "kv_cache_total", "ГиБ", KV("llama3-8b", 8192), X, "off_2x", anchor="«Кэш Llama-3.1-8B на 8K", note="1 GiB")
claim(f, "7,2 ГБ", "weights", "ГБ", W("mistral-7b", "int4"), X, "wrong_dtype", note="int8 figure; int4 3.62 GB")
claim(f, "13 ГБ", "weights", "ГБ", W("llama2-13b", "bf16"), X, "wrong_dtype", note="bf16 26.0 GB")
claim(f, "175 ГБ", "weights", "ГБ", W("gpt3", "fp16"), X, "wrong_dtype", note="fp16 349 GB")

# ---- ru_04 ещё записи на слух ------------------------------------------------------------------------------------
f = "ru_04"
claim(f, "811 ГБ", "weights", "ГБ", W(L405, "fp8"), X, "wrong_dtype", note="fp8 405.9 GB")
claim(f, "6,49 ТБ", "training", "ТБ", 16 * N[L405] / 16384, X, "per_gpu", anchor="ZeRO-3 на 16", note="396 MB per GPU")
claim(f, "124 ГиБ", "kv_cache_total", "ГиБ", FULL * 131072, X, "off_2x", note="62 GiB")

# ---- en_02 vendor email ------------------------------------------------------------------------------------------
f = "en_02"
A = "The vendor's cover email added"
claim(f, "34 GiB", "arithmetic", "GiB", 48 * GIB - W(P4, "fp8"), H, anchor=A)
claim(f, "170", "arithmetic", "x", (48 * GIB - W(P4, "fp8")) / KVT(P4) / 8192, X, "off_2x", anchor=A, note="22 sessions")
claim(f, "32.8 GB", "weights", "GB", W(Q32, "int4"), X, "wrong_dtype", anchor=A, note="int4 16.4 GB")
claim(f, "235 GB", "training", "GB", zero(N[P4], 2, 3), X, "per_gpu", anchor=A, note="ZeRO-3 over 2: 117 GB per card")

# ---- en_04 more bot replies --------------------------------------------------------------------------------------
f = "en_04"
claim(f, "about 2.7 GB", "weights", "GB", N[O120] * MX4, X, "wrong_kind", hedged=True, note="active slice; stored 62.1 GB", **Q)
claim(f, "about 92 GB", "kv_cache_total", "GB", MLA_B * 131072, X, "off_2x", hedged=True, note="9.2 GB", **Q)
claim(f, "about 203 GB", "weights", "GB", W(L405, "fp8"), X, "wrong_dtype", hedged=True, note="int4 figure; fp8 406 GB", **Q)

# ---- ru_03 приложение черновика ----------------------------------------------------------------------------------
f = "ru_03"
A = "- В приложении черновика"
claim(f, "8,03 ГБ", "quantized_file", "ГБ", GG("llama3-8b", "F16"), X, "wrong_dtype", anchor=A, note="F16 16.06 GB")
claim(f, "17,1 ГБ", "quantized_file", "ГБ", GG("llama3-8b", "Q8_0"), X, "off_2x", anchor=A, note="8.53 GB")
claim(f, "1,6 ГБ", "quantized_file", "ГБ", GG("llama3-8b", "Q2_K"), X, "off_2x", anchor=A, note="3.17 GB")

# ---- en_05 third pass ----------------------------------------------------------------------------------------------
f = "en_05"
claim(f, "1.9 GB", "quantized_file", "GB", GG("gpt2-xl", "Q4_K_M"), X, "off_2x", note="0.95 GB")
claim(f, "6.9 GB", "weights", "GB", W("falcon-7b", "int4"), X, "wrong_dtype", note="int8 figure; int4 3.46 GB")
claim(f, "3.36 GiB", "kv_cache_total", "GiB", KV("llama2-13b", 4096), X, "gb_as_gib", note="3.36 GB = 3.125 GiB")
claim(f, "3.14e22 FLOP", "flops", "FLOP", 6 * N["gpt3"] * 300e9, X, "off_2x", note="3.14e23")


# ---- ru_02 bound, bandwidth -----------------------------------------------------------------------------------
f = "ru_02"
claim(f, "1,25 ГБ/с", "bandwidth", "ГБ/с", 10e9 / 8, H, anchor="3. Если NVMe пуст")
claim(f, "10 ГБ/с", "bandwidth", "ГБ/с", 10e9 / 8, X, "wrong_unit", anchor="| скорость чтения с NFS |", note="10 Gbit/s = 1.25 GB/s")
claim(f, "не более 33 ГиБ", "weights", "ГиБ", PER, H, bound="upper", note="per card")

# ---- en_01 range and bound ------------------------------------------------------------------------------------
f = "en_01"
claim(f, "43.2–44.5 GB", "quantized_file", "GB", [GG("llama3-70b", "Q4_K_M"), GG("qwen2.5-72b", "Q4_K_M")], H, rng=True)
claim(f, "at least 86 GB", "quantized_file", "GB", GG("mixtral-8x22b", "Q4_K_M"), H, bound="lower")

# ---- en_03 scratch additions ------------------------------------------------------------------------------------
f = "en_03"
A = "- Gemma 3 1B in bf16 plus a 32K cache"
claim(f, "2.0 GB", "weights", "GB", W(G1, "bf16"), H, anchor=A)
claim(f, "0.81 GiB", "kv_cache_total", "GiB", KV(G1, 32768), H, anchor=A)
claim(f, "≈ 6 GB", "arithmetic", "GB", W(G1, "bf16") + KV(G1, 32768), X, "off_2x", anchor=A, hedged=True, note="2.87 GB")
claim(f, "3.95 GB", "weights", "GB", W(Q05, "fp32"), X, "off_2x", anchor=A, note="fp32 1.98 GB")

f = "ru_05"
claim(f, "96 КиБ", "kv_cache_per_token", "КиБ", KVT("phi3-mini"), X, "off_2x", note="MHA: 384 KiB")

f = "ru_04"
claim(f, "108 ГБ", "weights", "ГБ", W(G27, "bf16"), X, "wrong_dtype", note="fp32 figure; bf16 54.0 GB")

#@@CLAIMS@@

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
            raise SystemExit("truth.json is stale: run python tests/claims_corpus_ab/truth.py")
        summary(truth)
        print("truth.json is current; every check passed")
        return 0
    path.write_text(text, encoding="utf-8")
    summary(truth)
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
