#!/usr/bin/env python3
"""Ground truth for blind sizing-claims corpus AA (tests/claims_corpus_aa/notes).

Written without reading vaultkit's code, its tests or the other corpora's notes.  Facts come
from /work/shared/claims-gold.md: bytes per dtype, exact parameter counts and configs of the
catalogued models, measured GGUF bits per weight (Llama-3.1-8B), the KV-cache, training-memory
and activation formulas.  Models that claims-gold lacks appear only with their config (or, for
DeepSeek-V3 and gpt-oss, their printed counts) stated in the note itself; the truth recomputes
their parameter counts from that config with the claims-gold formula (asserted below).  Nothing
here imports vaultkit.  The checking code is corpus K's / X's / Y's / Z's (reused).

    python tests/claims_corpus_aa/truth.py          # verify and (re)write truth.json
    python tests/claims_corpus_aa/truth.py --check  # verify; fail if truth.json is stale

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
         "GPU-hours": 1, "GPU-часов": 1, "GPU-часа": 1, "тыс. GPU-часов": 1e3, "gigabytes": 1e9,
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



# ---- extra facts for this corpus ---------------------------------------------------------------
MLA_DSV3 = 61 * (512 + 64)          # DeepSeek-V3 cache elements per token (kv_lora_rank + rope dim)
ACT_EXTRA = None



# ---- en_01: spreadsheet export of the team's model zoo (configs in the `configs` tab) -------------------
f = "en_01"
R = lambda m: f"| {m} | "
L1, L3, Q05, Q3, G1, P4, MX, LV = ("llama3.2-1b", "llama3.2-3b", "qwen2.5-0.5b", "qwen2.5-3b", "gemma3-1b",
                                    "phi4", "mixtral-8x22b", "llava-1.5-7b")
SZ = {m: R(m) + c for m, c in [("Llama-3.2-1B", "1,235"), ("Llama-3.2-3B", "3,212"), ("Qwen2.5-0.5B", "494"),
                               ("Qwen2.5-3B", "3,085"), ("Gemma-3-1B", "999"), ("Phi-4", "14,659"),
                               ("Mixtral-8x22B", "39,161"), ("LLaVA-1.5-7B", "7,063"), ("gpt-oss-20b", "20.91B"),
                               ("gpt-oss-120b", "116.83B"), ("DeepSeek-V3", "671B")]}
MX4 = MXFP4 / 8
a = SZ["Llama-3.2-1B"]
claim(f, "1,235,814,400", "params", "params", N[L1], H, anchor=a)
claim(f, "2.47", "weights", "GB", W(L1, "bf16"), H, anchor=a)
claim(f, "1.24", "weights", "GB", W(L1, "int4"), X, "wrong_dtype", anchor=a, note="int4 0.62 GB; 1.24 is int8")
claim(f, "32", "kv_cache_per_token", "KiB", KVT(L1), H, anchor=a)
claim(f, "1", "kv_cache_total", "GiB", KV(L1, 32768), H, anchor=a, occ=2)
a = SZ["Llama-3.2-3B"]
claim(f, "3,212,749,824", "params", "params", N[L3], H, anchor=a)
claim(f, "6.43", "weights", "GB", W(L3, "bf16"), H, anchor=a)
claim(f, "1.61", "weights", "GB", W(L3, "int4"), H, anchor=a)
claim(f, "224", "kv_cache_per_token", "KiB", KVT(L3), X, "off_2x", anchor=a, note="2*28*8*128*2 = 112 KiB")
claim(f, "7", "kv_cache_total", "GiB", KV(L3, 32768), X, "off_2x", anchor=a, note="3.5 GiB at 32K")
a = SZ["Qwen2.5-0.5B"]
claim(f, "494,032,768", "params", "params", N[Q05], H, anchor=a)
claim(f, "0.99", "weights", "GB", W(Q05, "bf16"), H, anchor=a)
claim(f, "0.25", "weights", "GB", W(Q05, "int4"), H, anchor=a)
claim(f, "12", "kv_cache_per_token", "KiB", KVT(Q05), H, anchor=a)
claim(f, "0.75", "kv_cache_total", "GiB", KV(Q05, 32768), X, "off_2x", anchor=a, note="0.375 GiB")
a = SZ["Qwen2.5-3B"]
claim(f, "3,085,938,688", "params", "params", N[Q3], H, anchor=a)
claim(f, "6.17", "weights", "GB", W(Q3, "bf16"), H, anchor=a)
claim(f, "3.09", "weights", "GB", W(Q3, "int4"), X, "wrong_dtype", anchor=a, note="int4 1.54 GB; 3.09 is int8")
claim(f, "36", "kv_cache_per_token", "KiB", KVT(Q3), H, anchor=a)
claim(f, "1.125", "kv_cache_total", "GiB", KV(Q3, 32768), H, anchor=a)
a = SZ["Gemma-3-1B"]
claim(f, "999,885,952", "params", "params", N[G1], H, anchor=a)
claim(f, "2.00", "weights", "GB", W(G1, "bf16"), H, anchor=a)
claim(f, "1.00", "weights", "GB", W(G1, "int4"), X, "wrong_dtype", anchor=a, note="int4 0.50 GB; 1.00 is int8")
claim(f, "26", "kv_cache_per_token", "KiB", KVT(G1), H, anchor=a)
claim(f, "0.81", "kv_cache_total", "GiB", KV(G1, 32768), H, anchor=a, note="window ignored, as the row says")
a = SZ["Phi-4"]
claim(f, "14,659,507,200", "params", "params", N[P4], H, anchor=a)
claim(f, "29.32", "weights", "GB", W(P4, "bf16"), H, anchor=a)
claim(f, "7.33", "weights", "GB", W(P4, "int4"), H, anchor=a)
claim(f, "200", "kv_cache_per_token", "KiB", KVT(P4), H, anchor=a)
claim(f, "12.5", "kv_cache_total", "GiB", KV(P4, 32768), X, "off_2x", anchor=a, note="6.25 GiB")
a = SZ["Mixtral-8x22B"]
claim(f, "39,161,468,928", "params", "params", N[MX], X, "wrong_kind", anchor=a, note="active count; total 140.63B")
claim(f, "281.26", "weights", "GB", W(MX, "bf16"), H, anchor=a)
claim(f, "70.32", "weights", "GB", W(MX, "int4"), H, anchor=a)
claim(f, "224", "kv_cache_per_token", "KiB", KVT(MX), H, anchor=a)
claim(f, "14", "kv_cache_total", "GiB", KV(MX, 32768), X, "off_2x", anchor=a, note="7 GiB")
claim(f, "141B", "params", "B", N[MX], H, anchor=a)
a = SZ["LLaVA-1.5-7B"]
claim(f, "7,063,427,072", "params", "params", N[LV], H, anchor=a)
claim(f, "14.13", "weights", "GB", W(LV, "bf16"), H, anchor=a)
claim(f, "7.06", "weights", "GB", W(LV, "int4"), X, "wrong_dtype", anchor=a, note="int4 3.53 GB; 7.06 is int8")
claim(f, "512", "kv_cache_per_token", "KiB", KVT(LV), H, anchor=a)
a = SZ["gpt-oss-20b"]
claim(f, "20.91B", "params", "B", N["gpt-oss-20b"], H, anchor=a)
claim(f, "20.91", "weights", "GB", W("gpt-oss-20b", "bf16"), X, "wrong_dtype", anchor=a, note="bf16 41.82 GB; 20.91 is 1 byte/param", occ=2)
claim(f, "11.11", "weights", "GB", W("gpt-oss-20b", MX4), H, anchor=a, note="MXFP4 4.25 bpw")
claim(f, "48", "kv_cache_per_token", "KiB", KVT("gpt-oss-20b"), H, anchor=a)
claim(f, "1.5", "kv_cache_total", "GiB", KV("gpt-oss-20b", 32768), H, anchor=a)
a = SZ["gpt-oss-120b"]
claim(f, "116.83B", "params", "B", N["gpt-oss-120b"], H, anchor=a)
claim(f, "233.66", "weights", "GB", W("gpt-oss-120b", "bf16"), H, anchor=a)
claim(f, "31.03", "weights", "GB", W("gpt-oss-120b", MX4), X, "off_2x", anchor=a, note="MXFP4 62.07 GB")
claim(f, "72", "kv_cache_per_token", "KiB", KVT("gpt-oss-120b"), H, anchor=a)
claim(f, "2.25", "kv_cache_total", "GiB", KV("gpt-oss-120b", 32768), H, anchor=a)
a = SZ["DeepSeek-V3"]
claim(f, "671B", "params", "B", N["deepseek-v3"], H, anchor=a)
claim(f, "671", "weights", "GB", W("deepseek-v3", "bf16"), X, "wrong_dtype", anchor=a, note="bf16 1342 GB; 671 is fp8", occ=2)
claim(f, "335.5", "weights", "GB", W("deepseek-v3", "int4"), H, anchor=a)
claim(f, "68.6", "kv_cache_per_token", "KiB", MLA_DSV3 * 2, H, anchor=a)
claim(f, "4.29", "kv_cache_total", "GiB", MLA_DSV3 * 2 * 32768, X, "off_2x", anchor=a, note="MLA: 2.14 GiB at 32K")
# fit tab
a = "| Phi-4 | bf16 |"
claim(f, "27.31", "weights", "GiB", W(P4, "bf16"), H, anchor=a)
claim(f, "6.25", "kv_cache_total", "GiB", KV(P4, 32768), H, anchor=a)
claim(f, "33.56", "arithmetic", "GiB", W(P4, "bf16") + KV(P4, 32768), H, anchor=a)
a = "| Llama-3.2-3B | bf16 |"
claim(f, "5.98", "weights", "GiB", W(L3, "bf16"), H, anchor=a)
claim(f, "3.5", "kv_cache_total", "GiB", KV(L3, 32768), H, anchor=a)
claim(f, "9.48", "arithmetic", "GiB", W(L3, "bf16") + KV(L3, 32768), H, anchor=a)
a = "| gpt-oss-120b | MXFP4 |"
claim(f, "57.80", "weights", "GiB", W("gpt-oss-120b", MX4), H, anchor=a)
claim(f, "2.25", "kv_cache_total", "GiB", KV("gpt-oss-120b", 32768), H, anchor=a)
claim(f, "60.05", "arithmetic", "GiB", W("gpt-oss-120b", MX4) + KV("gpt-oss-120b", 32768), H, anchor=a)
a = "| Mixtral-8x22B | int4 |"
claim(f, "70.32", "weights", "GiB", W(MX, "int4"), X, "gb_as_gib", anchor=a, note="70.32 GB = 65.49 GiB")
claim(f, "7", "kv_cache_total", "GiB", KV(MX, 32768), H, anchor=a)
a = "| LLaVA-1.5-7B | bf16 |"
claim(f, "14.13", "weights", "GiB", W(LV, "bf16"), X, "gb_as_gib", anchor=a, note="14.13 GB = 13.16 GiB")
claim(f, "2", "kv_cache_total", "GiB", KV(LV, 4096), H, anchor=a, note="4K context")
# review
claim(f, "262,668,288 parameters", "params", "params", 128256 * 2048, H)
claim(f, "21 %", "percentage", "%", 100 * 128256 * 2048 / N[L1], H)
claim(f, "32 KiB", "kv_cache_per_token", "KiB", KVT(L1), H, anchor="2 × 16 × 8 × 64 × 2 bytes")
claim(f, "1 GiB", "kv_cache_total", "GiB", KV(L1, 32768), H, anchor="2 × 16 × 8 × 64 × 2 bytes")
claim(f, "57,344 bytes", "kv_cache_per_token", "bytes", KVT(L3), X, "off_2x", note="114,688 bytes")
claim(f, "56 KiB", "kv_cache_per_token", "KiB", KVT(L3), X, "off_2x", note="112 KiB")
claim(f, "114,688 bytes", "kv_cache_per_token", "bytes", KVT(L3), H)
claim(f, "112 KiB", "kv_cache_per_token", "KiB", KVT(L3), H)
claim(f, "3.5 GiB", "kv_cache_total", "GiB", KV(L3, 32768), H, anchor="the right value is 3.5 GiB")
claim(f, "12 KiB", "kv_cache_per_token", "KiB", KVT(Q05), H, anchor="12 KiB per token × 32,768")
claim(f, "384 MiB", "kv_cache_total", "MiB", KV(Q05, 32768), H)
claim(f, "0.375 GiB", "kv_cache_total", "GiB", KV(Q05, 32768), H)
claim(f, "3.09 GB", "weights", "GB", W(Q3, "int8"), H)
claim(f, "1.54 GB", "weights", "GB", W(Q3, "int4"), H)
claim(f, "301,989,888 parameters", "params", "params", 262144 * 1152, H)
claim(f, "30 %", "percentage", "%", 100 * 262144 * 1152 / N[G1], H)
claim(f, "200 KiB", "kv_cache_per_token", "KiB", KVT(P4), H)
claim(f, "11.9×", "ratio", "×", N[P4] / N[L1], H)
claim(f, "140,630,071,296", "params", "params", N[MX], H)
claim(f, "39,161,468,928", "params", "params", ACTIVE_M22, H, anchor="39,161,468,928 is 27.8 %")
claim(f, "27.8 %", "percentage", "%", 100 * ACTIVE_M22 / N[MX], H)
claim(f, "7 GiB", "kv_cache_total", "GiB", KV(MX, 32768), H, anchor="twice the real 7 GiB")
claim(f, "224 KiB", "kv_cache_per_token", "KiB", KVT(MX), H, anchor="twice the real 7 GiB")
claim(f, "7.06 GB", "weights", "GB", W(LV, "int8"), H)
claim(f, "about 3.5 GB", "weights", "GB", W(LV, "int4"), H, hedged=True)
claim(f, "303,507,456 params", "params", "params", CLIP_L336, H)
claim(f, "0.61 GB", "weights", "GB", W(CLIP_L336, "bf16"), H)
claim(f, "20,979,712", "params", "params", PROJ, H)
claim(f, "576 tokens", "tokens", "tokens", (336 // 14) ** 2, H)
claim(f, "512 KiB", "kv_cache_per_token", "KiB", KVT(LV), H)
claim(f, "288 MiB", "kv_cache_total", "MiB", KVT(LV) * 576, H)
claim(f, "≈ 4.5 GiB", "kv_cache_total", "GiB", 8 * KVT(LV) * 576, X, "off_2x", hedged=True, note="8 x 288 MiB = 2.25 GiB")
claim(f, "2.25 GiB", "kv_cache_total", "GiB", 8 * KVT(LV) * 576, H, anchor="it is 2.25 GiB")
claim(f, "13.16 GiB", "weights", "GiB", W(LV, "bf16"), H)
claim(f, "62.07 GB", "weights", "GB", W("gpt-oss-120b", MX4), H)
claim(f, "11.11 GB", "weights", "GB", W("gpt-oss-20b", MX4), H)
claim(f, "4.4 %", "percentage", "%", 100 * ACTIVE_OSS120 / N["gpt-oss-120b"], H)
claim(f, "57.80 GiB", "weights", "GiB", W("gpt-oss-120b", MX4), H)
claim(f, "70,272 bytes", "kv_cache_per_token", "bytes", MLA_DSV3 * 2, H)
claim(f, "68.6 KiB", "kv_cache_per_token", "KiB", MLA_DSV3 * 2, H)
claim(f, "2.14 GiB", "kv_cache_total", "GiB", MLA_DSV3 * 2 * 32768, H)
claim(f, "671 GB", "weights", "GB", W("deepseek-v3", "fp8"), H)
claim(f, "1,128 GB", "arithmetic", "GB", 8 * 141e9, H)
claim(f, "457 GB", "arithmetic", "GB", 8 * 141e9 - W("deepseek-v3", "fp8"), H)
claim(f, "37 GB", "weights", "GB", W(ACTIVE_DSV3, "fp8"), H)
claim(f, "65.49 GiB", "weights", "GiB", W(MX, "int4"), H)
claim(f, "72.49 GiB", "arithmetic", "GiB", W(MX, "int4") + KV(MX, 32768), H)
non(f, "(exported 2026-11-02, 14:05)", "date, time")
non(f, "GB = 10^9 bytes, GiB = 2^30 bytes", "unit definitions")
non(f, "| Llama-3.2-1B | 2048 | 16 | 32 |", "config values")
non(f, "| Phi-4 | 5120 | 40 | 40 |", "config values")
non(f, "Row count: 11 models, 7 columns", "counts, revision")
non(f, "leaves 10 % headroom", "config fraction")
non(f, "C2 = B2*2/1e9", "spreadsheet formula")
non(f, "Sheet history: v5", "versions, dates")
non(f, "ML-1432", "ticket number")
non(f, "Links: https://huggingface.co/", "URLs")
non(f, "MMLU scores we copied", "benchmark scores")
non(f, "Cloud quote used in the cost tab", "prices")


# ---- en_02: cost/benefit memo, Llama-3.1-70B-Instruct and gpt-oss-120b on four boxes -------------------
f = "en_02"
L70 = "llama3-70b"
OSS, OSS_A = N["gpt-oss-120b"] * MXFP4 / 8, ACTIVE_OSS120 * MXFP4 / 8
MAC, ADA, H200, MI = 819e9, 960e9, 4.8e12, 5.3e12
claim(f, "about 19 tok/s", "throughput", "tok/s", MAC / GG(L70, "Q4_K_M"), H, hedged=True)
claim(f, "70,553,706,496 parameters", "params", "params", N[L70], H)
claim(f, "141.11 GB", "weights", "GB", W(L70, "bf16"), H, anchor="- bf16: 141.11 GB (131.42 GiB)")
claim(f, "131.42 GiB", "weights", "GiB", W(L70, "bf16"), H, anchor="- bf16: 141.11 GB (131.42 GiB)")
claim(f, "70.55 GB", "weights", "GB", W(L70, "fp8"), H, anchor="- fp8: 70.55 GB")
claim(f, "35.28 GB", "weights", "GB", W(L70, "int4"), H, anchor="- int4 (AWQ-style")
claim(f, "≈ 4.89 bits", "bits_per_weight", "bits", BPW["Q4_K_M"], H, hedged=True)
claim(f, "≈ 43.2 GB", "quantized_file", "GB", GG(L70, "Q4_K_M"), H, hedged=True)
claim(f, "320 KiB", "kv_cache_per_token", "KiB", KVT(L70), H, anchor="2 × 80 × 8 × 128 × 2 bytes")
claim(f, "10 GiB", "kv_cache_total", "GiB", KV(L70, 32768), H, anchor="One 32K conversation is 10 GiB")
claim(f, "20 GiB", "kv_cache_total", "GiB", KV(L70, 8192, 8), H)
claim(f, "21.5 GB", "kv_cache_total", "GB", KV(L70, 8192, 8), H)
claim(f, "160 KiB", "kv_cache_per_token", "KiB", KVT(L70, 1), H)
claim(f, "about 70.4 GB", "arithmetic", "GB", 141e9 - W(L70, "fp8"), H, hedged=True)
claim(f, "roughly 430K tokens", "tokens", "K tokens", (141e9 - W(L70, "fp8")) / KVT(L70, 1), H, hedged=True)
claim(f, "65,536 tokens", "tokens", "tokens", 8 * 8192, H)
a = "| weights per device, GB |"
claim(f, "43.2", "quantized_file", "GB", GG(L70, "Q4_K_M"), H, anchor=a, rel=0.02)
claim(f, "17.64", "weights", "GB", W(L70, "int4") / 2, H, anchor=a, note="per card, TP=2")
claim(f, "70.55", "weights", "GB", W(L70, "fp8"), H, anchor=a)
claim(f, "141.11", "weights", "GB", W(L70, "bf16"), H, anchor=a)
a = "| decode ceiling, tok/s |"
claim(f, "≈ 19", "throughput", "tok/s", MAC / GG(L70, "Q4_K_M"), H, anchor=a, hedged=True)
claim(f, "≈ 54", "throughput", "tok/s", ADA / (W(L70, "int4") / 2), H, anchor=a, hedged=True)
claim(f, "≈ 68", "throughput", "tok/s", H200 / W(L70, "fp8"), H, anchor=a, hedged=True)
claim(f, "≈ 38", "throughput", "tok/s", MI / W(L70, "bf16"), H, anchor=a, hedged=True)
claim(f, "68 tok/s", "throughput", "tok/s", H200 / W(L70, "fp8"), H, anchor="- 68 tok/s around the clock")
claim(f, "about 5.9M tokens", "tokens", "M tokens", 86400 * H200 / W(L70, "fp8"), H, hedged=True)
claim(f, "29 s", "time", "s", 2000 / (H200 / W(L70, "fp8")), H)
claim(f, "(141 GB)", "weights", "GB", W(L70, "bf16"), H)
claim(f, "51 GB", "arithmetic", "GB", 192e9 - W(L70, "bf16"), H)
claim(f, "62.07 GB", "weights", "GB", OSS, H)
claim(f, "5.13B", "params", "B", ACTIVE_OSS120, H, anchor="active 5.13B parameters")
claim(f, "2.73 GB", "weights", "GB", OSS_A, H)
claim(f, "near 300 tok/s", "throughput", "tok/s", MAC / OSS_A, H, hedged=True)
claim(f, "above 1,700 tok/s", "throughput", "tok/s", H200 / OSS_A, H, bound="lower")
claim(f, "35 GB", "weights", "GB", W(L70, "fp8"), X, "wrong_dtype", anchor="The 70B in fp8 is only 35 GB", note="fp8 70.55 GB; 35 GB is int4")
claim(f, "70.55 GB", "weights", "GB", W(L70, "fp8"), H, anchor="No — fp8 is 70.55 GB")
claim(f, "35 GB", "weights", "GB", W(L70, "int4"), H, anchor="No — fp8 is 70.55 GB")
claim(f, "35.28 GB", "weights", "GB", W(L70, "int4") / 2, X, "per_gpu", anchor="each card holds 35.28 GB", note="17.64 GB per card")
claim(f, "136 tok/s", "throughput", "tok/s", H200 / W(L70, "fp8"), X, "off_2x", note="68 tok/s")
claim(f, "70.55 GB", "weights", "GB", W(L70, "fp8"), H, anchor="Half that: 4.8 TB/s")
claim(f, "≈ 68 tok/s", "throughput", "tok/s", H200 / W(L70, "fp8"), H, hedged=True, anchor="Half that: 4.8 TB/s")
claim(f, "141.11 GiB", "weights", "GiB", W(L70, "bf16"), X, "gb_as_gib", note="141.11 GB = 131.42 GiB")
claim(f, "131.42 GiB", "weights", "GiB", W(L70, "bf16"), H, anchor="141.11 is the GB figure")
claim(f, "about 89 GB", "quantized_file", "GB", GG("qwen2.5-72b", "Q4_K_M"), X, "off_2x", hedged=True, note="44.5 GB")
claim(f, "9 tok/s", "throughput", "tok/s", MAC / GG("qwen2.5-72b", "Q4_K_M"), X, "off_2x", anchor="runs at 9 tok/s", note="18.4 tok/s")
claim(f, "72.7B", "params", "B", N["qwen2.5-72b"], H)
claim(f, "≈ 44.5 GB", "quantized_file", "GB", GG("qwen2.5-72b", "Q4_K_M"), H, hedged=True)
claim(f, "≈ 18 tok/s", "throughput", "tok/s", MAC / GG("qwen2.5-72b", "Q4_K_M"), H, hedged=True, anchor="Q4_K_M of a 72.7B model")
claim(f, "13 tok/s", "throughput", "tok/s", MAC / OSS_A, X, "wrong_kind", anchor="tops out at 13 tok/s", note="active reads: ~300 tok/s")
claim(f, "62 GB", "weights", "GB", OSS_A, X, "wrong_kind", anchor="tops out at 13 tok/s", note="per token only 2.73 GB of active weights")
claim(f, "≈ 2.7 GB", "weights", "GB", OSS_A, H, hedged=True)
claim(f, "13 tok/s", "throughput", "tok/s", MAC / OSS, H, anchor="≈ 2.7 GB", note="if all weights were read")
claim(f, "40 GiB", "kv_cache_total", "GiB", KV(L70, 32768), X, "off_2x", anchor="costs 40 GiB of cache", note="10 GiB")
claim(f, "10 GiB", "kv_cache_total", "GiB", KV(L70, 32768), H, anchor="It is 10 GiB per 32K")
claim(f, "320 KiB", "kv_cache_per_token", "KiB", KVT(L70), H, anchor="It is 10 GiB per 32K")
claim(f, "10 GB", "kv_cache_total", "GB", KV(L70, 32768), H, anchor="that's 10 GB of cache per user", note="10.7 GB rounds to 10 at one significant figure")
claim(f, "10 GiB", "kv_cache_total", "GiB", KV(L70, 32768), H, anchor="10 GiB, strictly")
claim(f, "10.7 GB", "kv_cache_total", "GB", KV(L70, 32768), H)
claim(f, "43.16 GiB", "quantized_file", "GiB", GG(L70, "Q4_K_M"), X, "gb_as_gib", note="43.16 GB = 40.2 GiB")
claim(f, "40.2 GiB", "quantized_file", "GiB", GG(L70, "Q4_K_M"), H, rel=0.02)
claim(f, "70.55 GB", "weights", "GB", W(L70, "fp8"), H, anchor="- fp8 70B = 70.55 GB")
claim(f, "17.64 GB", "weights", "GB", W(L70, "int4") / 2, H, anchor="17.64 GB per card")
claim(f, "≈ 54 tok/s", "throughput", "tok/s", ADA / (W(L70, "int4") / 2), H, hedged=True, anchor="17.64 GB per card")
non(f, "**Date:** 21 Oct 2026", "date, budget line")
non(f, "| memory | 512 GB unified", "hardware specs")
non(f, "| bandwidth | 819 GB/s", "hardware specs")
non(f, "| list price |", "prices")
non(f, "| board power |", "power draw")
non(f, "Over 3 years at $0.14/kWh", "power cost arithmetic")
non(f, "Cost per million generated tokens", "prices")
non(f, "ROCm build of our serving stack (v0.9.2)", "version, ticket")
non(f, "3 concurrent users", "count")
non(f, "Lead times: H200 8–10 weeks", "lead times")
non(f, "[^1]: Bandwidths from vendor spec sheets", "date")
non(f, "numbers are usually 60–75 % of them", "measured ratio")


# ---- en_03: audited flashcard deck (configs of the models claims-gold lacks in the properties) -----------
f = "en_03"
C = lambda n: f"**Card {n}** ·"
claim(f, "about 110M", "params", "M", N["bert-base"], H, anchor=C(1), hedged=True)
claim(f, "354,823,168", "params", "params", N["gpt2-medium"], H, anchor=C(2))
claim(f, "6.92B", "params", "B", N["falcon-7b"], H, anchor=C(3))
claim(f, "20.91B", "params", "B", ACTIVE_OSS20, X, "wrong_kind", anchor=C(4), note="total; active 3.61B")
claim(f, "3.61B", "params", "B", ACTIVE_OSS20, H, anchor=C(4))
claim(f, "12.9B", "params", "B", ACTIVE_M7, H, anchor=C(5))
claim(f, "1.34 GB", "weights", "GB", W("bert-large", "fp32"), H, anchor=C(6))
claim(f, "670 MB", "weights", "MB", W("bert-large", "fp32"), X, "wrong_dtype", anchor=C(7), note="fp32 1.34 GB; 670 MB is fp16")
claim(f, "498 MB", "weights", "MB", W("gpt2", "fp32"), H, anchor=C(8))
claim(f, "219 MB", "weights", "MB", W("bert-base", "fp16"), H, anchor=C(9))
claim(f, "175 GB", "weights", "GB", W("gpt3", "fp16"), X, "wrong_dtype", anchor=C(10), note="fp16 349 GB; 175 GB is int8")
claim(f, "13.84 GB", "weights", "GB", W("falcon-7b", "bf16"), H, anchor=C(11))
claim(f, "25.8 GB", "weights", "GB", W("mixtral-8x7b", "bf16"), X, "wrong_kind", anchor=C(12), note="active only; total 93.4 GB")
claim(f, "93.4 GB", "weights", "GB", W("mixtral-8x7b", "bf16"), H, anchor=C(13))
claim(f, "14.7 GB", "weights", "GB", W("phi4", "bf16"), X, "wrong_dtype", anchor=C(14), note="bf16 29.3 GB")
claim(f, "0.62 GB", "weights", "GB", W("llama3.2-1b", "int4"), H, anchor=C(15))
claim(f, "811.7 GB", "weights", "GB", W("llama3.1-405b", "bf16"), H, anchor=C(16))
claim(f, "811.7 GB", "weights", "GB", W("llama3.1-405b", "bf16") / 8, X, "per_gpu", anchor=C(17), note="101.5 GB per GPU")
claim(f, "50.7 GB", "weights", "GB", W("llama3.1-405b", "fp8") / 8, H, anchor=C(18))
claim(f, "11.11 GB", "weights", "GB", N["gpt-oss-20b"] * MXFP4 / 8, H, anchor=C(19))
claim(f, "4.58 GiB", "quantized_file", "GiB", GG("llama3-8b", "Q4_K_M"), H, anchor=C(20))
claim(f, "4.58 GB", "quantized_file", "GB", GG("llama3-8b", "Q4_K_M"), X, "gib_as_gb", anchor=C(21), note="4.58 GiB = 4.91 GB")
claim(f, "7.95 GiB", "quantized_file", "GiB", GG("llama3-8b", "Q8_0"), H, anchor=C(22))
claim(f, "8 KiB", "kv_cache_per_token", "KiB", KVT("falcon-7b"), H, anchor=C(23))
claim(f, "16 MiB", "kv_cache_total", "MiB", KV("falcon-7b", 2048), H, anchor=C(23))
claim(f, "1.56 GiB", "kv_cache_total", "GiB", KV("llama2-13b", 4096), X, "off_2x", anchor=C(24), note="3.125 GiB")
claim(f, "512 KiB", "kv_cache_per_token", "KiB", KVT("llama3-8b"), X, "off_2x", anchor=C(25), note="GQA: 128 KiB")
claim(f, "512 MiB", "kv_cache_total", "MiB", KVT("mistral-7b") * 4096, H, anchor=C(26))
claim(f, "3.5 GiB", "kv_cache_total", "GiB", KV("qwen2.5-7b", 131072), X, "off_2x", anchor=C(27), note="7 GiB")
claim(f, "504 KiB", "kv_cache_per_token", "KiB", KVT("llama3.1-405b"), H, anchor=C(28))
claim(f, "63 GiB", "kv_cache_total", "GiB", KV("llama3.1-405b", 131072), H, anchor=C(28))
claim(f, "32 GiB", "kv_cache_total", "GiB", KV("llama3-8b", 131072, 4), X, "off_2x", anchor=C(29), note="64 GiB")
claim(f, "107.8 GB", "training", "GB", 16 * N["llama2-7b"], H, anchor=C(30))
claim(f, "27 GB", "training", "GB", 16 * N["llama2-7b"], X, "off_2x", anchor=C(31), note="16 B/param: 107.8 GB")
claim(f, "1.4T tokens", "tokens", "T tokens", 20 * 7e9, X, "off_2x", anchor=C(32), note="20 x 7B = 140B tokens")
claim(f, "7.2e22 FLOP", "flops", "FLOP", 6 * N["llama3-8b"] * 15e12, X, "off_2x", anchor=C(33), note="7.2e23")
claim(f, "≈ 507,000 GPU-hours", "time", "GPU-hours", 6 * N["llama3-8b"] * 15e12 / (0.4 * 989e12) / 3600, H, anchor=C(33), hedged=True)
claim(f, "~209 tok/s", "throughput", "tok/s", 3.35e12 / W("llama3-8b", "bf16"), H, anchor=C(34), hedged=True)
claim(f, "48 ms", "time", "ms", 16e9 / 3.35e12, X, "off_2x", anchor=C(35), note="4.8 ms")
claim(f, "4.23 TB/s", "bandwidth", "TB/s", 30 * 141e9, H, anchor=C(36))
claim(f, "25 %", "percentage", "%", 100 * (1 - 1 / 4), X, "off_2x", anchor=C(37), note="75 %")
claim(f, "75 %", "percentage", "%", 100 * (1 - 0.5 / 2), H, anchor=C(38))
claim(f, "1.34 GB", "weights", "GB", W("bert-large", "fp32"), H, anchor="- Card 7 →")
claim(f, "670 MB", "weights", "MB", W("bert-large", "fp16"), H, anchor="- Card 7 →")
claim(f, "349 GB", "weights", "GB", W("gpt3", "fp16"), H, anchor="- Card 10 →")
claim(f, "175 GB", "weights", "GB", W("gpt3", "int8"), H, anchor="- Card 10 →")
claim(f, "29.3 GB", "weights", "GB", W("phi4", "bf16"), H, anchor="- Card 14 →")
claim(f, "14.7 GB", "weights", "GB", W("phi4", "int8"), H, anchor="- Card 14 →")
claim(f, "3.125 GiB", "kv_cache_total", "GiB", KV("llama2-13b", 4096), H, anchor="- Card 24 →")
claim(f, "800 KiB", "kv_cache_per_token", "KiB", KVT("llama2-13b"), H, anchor="- Card 24 →")
claim(f, "7 GiB", "kv_cache_total", "GiB", KV("qwen2.5-7b", 131072), H, anchor="- Card 27 →")
claim(f, "56 KiB", "kv_cache_per_token", "KiB", KVT("qwen2.5-7b"), H, anchor="- Card 27 →")
claim(f, "64 GiB", "kv_cache_total", "GiB", KV("llama3-8b", 131072, 4), H, anchor="- Card 29 →")
claim(f, "about 140B tokens", "tokens", "B tokens", 20 * 7e9, H, hedged=True, anchor="- Card 32 →")
claim(f, "7.2e23 FLOP", "flops", "FLOP", 6 * N["llama3-8b"] * 15e12, H, anchor="- Card 33 →")
claim(f, "4.8 ms", "time", "ms", 16e9 / 3.35e12, H, anchor="- Card 35 →")
claim(f, "75 %", "percentage", "%", 100 * (1 - 1 / 4), H, anchor="- Card 37 →")
non(f, "| 2026-11-01 | 34 |", "review log: date, counts, retention")
non(f, "| 2026-11-04 | 21 |", "review log: date, counts, retention")
non(f, "| 2026-11-08 | 17 |", "review log: date, counts, retention")
non(f, "Streak: 8 days.", "study statistics, version, id")
non(f, "Twenty-two of the 44 cards were wrong", "card counts")


# ---- en_04: README of a VRAM-calculator CLI, example outputs and a list of buggy outputs ----------------
f = "en_04"
L8, M7, MX, L70 = "llama3-8b", "mistral-7b", "mixtral-8x22b", "llama3-70b"
LORA8 = lora(32, 16, [(4096, 4096), (4096, 1024), (4096, 1024), (4096, 4096)])
A100, R4090 = 2.039e12, 1008e9
claim(f, "8,030,261,248 params", "params", "params", N[L8], H)
claim(f, "16.06 GB", "weights", "GB", W(L8, "bf16"), H, anchor="weights      16.06 GB (14.96 GiB)")
claim(f, "14.96 GiB", "weights", "GiB", W(L8, "bf16"), H, anchor="weights      16.06 GB (14.96 GiB)")
claim(f, "4.00 GiB", "kv_cache_total", "GiB", KV(L8, 8192, 4), H)
claim(f, "128 KiB", "kv_cache_per_token", "KiB", KVT(L8), H, anchor="4.00 GiB")
claim(f, "19.96 GiB", "arithmetic", "GiB", W(L8, "bf16") + KV(L8, 8192, 4) + GIB, H)
claim(f, "7,241,732,096", "params", "params", N[M7], H, anchor="params       7,241,732,096")
claim(f, "115.87 GB", "training", "GB", 16 * N[M7], H, anchor="state        115.87 GB total")
claim(f, "14.48 GB", "training", "GB", zero(N[M7], 8, 3), H, anchor="state/GPU    14.48 GB")
claim(f, "27.16 GB", "training", "GB", zero(N[M7], 8, 2), H)
claim(f, "18.25 GB", "activations", "GB", act(M7, 4096, 1, "flash"), H, anchor="activations  18.25 GB")
claim(f, "104.15 GB", "activations", "GB", act(M7, 4096, 1, "none"), H)
claim(f, "1.07 GB", "activations", "GB", act(M7, 4096, 1, "full"), H)
claim(f, "115,867,713,536 bytes", "training", "bytes", 16 * N[M7], H)
claim(f, "115.87 GB", "training", "GB", 16 * N[M7], H, anchor="115,867,713,536 bytes")
claim(f, "14.48 GB", "training", "GB", zero(N[M7], 8, 3), H, anchor="115,867,713,536 bytes")
claim(f, "18.25 GB", "activations", "GB", act(M7, 4096, 1, "flash"), H, anchor="34 × 4096 × 1 × 4096 × 32 layers")
claim(f, "13,631,488 params", "params", "params", LORA8, H)
claim(f, "0.17 %", "percentage", "%", 100 * LORA8 / N[L8], H)
claim(f, "27.3 MB", "weights", "MB", 2 * LORA8, H)
claim(f, "218 MB", "training", "MB", 16 * LORA8, H)
claim(f, "62.8 tok/s", "throughput", "tok/s", R4090 / W(L8, "bf16"), H)
claim(f, "16.06 GB", "weights", "GB", W(L8, "bf16"), H, anchor="62.8 tok/s")
claim(f, "251 tok/s", "throughput", "tok/s", R4090 / W(L8, "int4"), H)
claim(f, "51.5 tok/s", "throughput", "tok/s", R4090 / W(ACTIVE_M22, "int4"), H)
claim(f, "19.58 GB", "weights", "GB", W(ACTIVE_M22, "int4"), H, anchor="51.5 tok/s")
claim(f, "141.11 GB", "weights", "GB", W(L70, "fp8"), X, "wrong_dtype", note="fp8 70.55 GB")
claim(f, "2560 KiB", "kv_cache_per_token", "KiB", KVT(L70), X, "off_2x", note="GQA, 8 KV heads: 320 KiB")
claim(f, "14.96 GB", "weights", "GB", W(L8, "bf16"), X, "gib_as_gb", note="14.96 GiB = 16.06 GB")
claim(f, "115.87 GB", "training", "GB", zero(N[M7], 8, 3), X, "per_gpu", anchor="printed `state/GPU 115.87 GB`", note="14.48 GB per GPU")
claim(f, "19.58 GB", "weights", "GB", W(MX, "int4"), X, "wrong_kind", anchor="printed `weights 19.58 GB`", note="total 70.32 GB")
claim(f, "0.57 GB", "activations", "GB", act(M7, 4096, 1, "flash"), X, "off_2x", note="32 layers: 18.25 GB")
claim(f, "6.8M", "params", "M", LORA8, X, "off_2x", note="q,k,v,o: 13.6M")
claim(f, "254 tok/s", "throughput", "tok/s", A100 / W(L8, "bf16"), X, "off_2x", note="127 tok/s")
claim(f, "28.00 GiB", "kv_cache_total", "GiB", KV(MX, 65536), X, "off_2x", note="14 GiB")
claim(f, "70.55 GB", "weights", "GB", W(L70, "fp8"), H, anchor="fp8 70B weights 70.55 GB")
claim(f, "320 KiB", "kv_cache_per_token", "KiB", KVT(L70), H, anchor="fp8 70B weights 70.55 GB")
a = "14.96 GiB; 14.48 GB per GPU"
claim(f, "14.96 GiB", "weights", "GiB", W(L8, "bf16"), H, anchor=a)
claim(f, "14.48 GB", "training", "GB", zero(N[M7], 8, 3), H, anchor=a)
claim(f, "70.32 GB", "weights", "GB", W(MX, "int4"), H, anchor=a)
claim(f, "18.25 GB", "activations", "GB", act(M7, 4096, 1, "flash"), H, anchor=a)
claim(f, "13.6M", "params", "M", LORA8, H, anchor=a)
claim(f, "≈ 127 tok/s", "throughput", "tok/s", A100 / W(L8, "bf16"), H, hedged=True)
claim(f, "14 GiB", "kv_cache_total", "GiB", KV(MX, 65536), H, anchor="Mixtral KV at 64K 14 GiB")
non(f, "before you download 140 GB of it", "rhetorical figure")
non(f, "pip install vramcalc==0.4.1", "version")
non(f, "vramcalc --version", "version, build date, commit")
non(f, "$s \\cdot b \\cdot h", "LaTeX formula with free variables")
non(f, "overhead     1.00 GiB", "configured constant")
non(f, "cold start 180 ms", "measured latency")
non(f, "214 tests, coverage 87 %", "test counts, coverage")
non(f, "issues closed in October", "counts")
non(f, "- 0.4.1 (2026-11-10)", "version, date")
non(f, "- 0.3.0 (2026-09-02)", "version, date")
non(f, "- 0.2.0 (2026-07-19)", "version, date")


# ---- en_05: saved assistant chat about gpt-oss-20b/120b and Llama 3.2 3B (assistant turns quoted) --------
f = "en_05"
O20, O120 = N["gpt-oss-20b"] * MXFP4 / 8, N["gpt-oss-120b"] * MXFP4 / 8
A20, A120 = ACTIVE_OSS20 * MXFP4 / 8, ACTIVE_OSS120 * MXFP4 / 8
L3 = "llama3.2-3b"
LORA3 = lora(28, 16, [(3072, 3072), (3072, 1024), (3072, 1024), (3072, 3072)])
Q = dict(quoted=True)
a = "gpt-oss-20b has 20.91B parameters"
claim(f, "20.91B", "params", "B", N["gpt-oss-20b"], H, anchor=a, **Q)
claim(f, "3.61B", "params", "B", ACTIVE_OSS20, H, anchor=a, **Q)
claim(f, "4.25 bits", "bits_per_weight", "bits", MXFP4, H, anchor="> MXFP4 (4.25 bits per weight)", **Q)
claim(f, "about 22 GB", "weights", "GB", O20, X, "off_2x", hedged=True, anchor="> MXFP4 (4.25 bits per weight)", note="11.11 GB", **Q)
claim(f, "49,152 bytes", "kv_cache_per_token", "bytes", KVT("gpt-oss-20b"), H, **Q)
claim(f, "48 KiB", "kv_cache_per_token", "KiB", KVT("gpt-oss-20b"), H, anchor="49,152 bytes", **Q)
claim(f, "12 GiB", "kv_cache_total", "GiB", KV("gpt-oss-20b", 131072), X, "off_2x", anchor="> costs 12 GiB.", note="6 GiB", **Q)
a = "**Check:** 20.91e9 × 4.25 / 8"
claim(f, "11.11 GB", "weights", "GB", O20, H, anchor=a)
claim(f, "48 KiB", "kv_cache_per_token", "KiB", KVT("gpt-oss-20b"), H, anchor=a)
claim(f, "6 GiB", "kv_cache_total", "GiB", KV("gpt-oss-20b", 131072), H, anchor=a)
a = "> **Assistant:** The 120b in MXFP4 is 62 GB"
claim(f, "62 GB", "weights", "GB", O120, H, anchor=a, **Q)
claim(f, "72 KiB", "kv_cache_per_token", "KiB", KVT("gpt-oss-120b"), H, anchor=a, **Q)
a = "> 9 GiB at 128K."
claim(f, "9 GiB", "kv_cache_total", "GiB", KV("gpt-oss-120b", 131072), H, anchor=a, **Q)
claim(f, "62 GB", "weights", "GB", A120, X, "wrong_kind", anchor=a, note="per token only the active 2.73 GB are read", **Q)
claim(f, "54 tok/s", "throughput", "tok/s", 3.35e12 / A120, X, "wrong_kind", anchor=a, note="active reads: ~1229 tok/s", **Q)
claim(f, "233.7 GB", "weights", "GB", W("gpt-oss-120b", "bf16"), H, **Q)
claim(f, "2.73 GB", "weights", "GB", A120, H)
claim(f, "near 1,229 tok/s", "throughput", "tok/s", 3.35e12 / A120, H, hedged=True)
a = "> **Assistant:** Llama 3.2 3B in bf16 is 3.2 GB"
claim(f, "3.2 GB", "weights", "GB", W(L3, "bf16"), X, "wrong_dtype", anchor=a, note="bf16 6.43 GB; 3.2 GB is int8", **Q)
claim(f, "224 KiB", "kv_cache_per_token", "KiB", KVT(L3), X, "off_2x", anchor=a, note="112 KiB", **Q)
claim(f, "about 1.97 GB", "quantized_file", "GB", GG(L3, "Q4_K_M"), H, hedged=True, **Q)
claim(f, "51.4 GB", "training", "GB", 16 * N[L3], H, **Q)
a = "> With LoRA r = 16"
claim(f, "9.2M", "params", "M", LORA3, H, anchor=a, **Q)
claim(f, "2.9 %", "percentage", "%", 100 * LORA3 / N[L3], X, "off_2x", anchor=a, note="0.29 %", **Q)
claim(f, "7 GiB", "kv_cache_total", "GiB", KV(L3, 131072), X, "off_2x", anchor="> context on the 3B costs 7 GiB", note="14 GiB", **Q)
claim(f, "6.43 GB", "weights", "GB", W(L3, "bf16"), H)
claim(f, "114,688 bytes", "kv_cache_per_token", "bytes", KVT(L3), H)
claim(f, "14 GiB", "kv_cache_total", "GiB", KV(L3, 131072), H, anchor="114,688 bytes")
claim(f, "9,175,040 params", "params", "params", LORA3, H)
claim(f, "0.29 %", "percentage", "%", 100 * LORA3 / N[L3], H)
claim(f, "3,212,749,824", "params", "params", N[L3], H, anchor="3,212,749,824.")
claim(f, "73 %", "percentage", "%", 100 * (1 - MXFP4 / 16), H, **Q)
claim(f, "about 36 tok/s", "throughput", "tok/s", 400e9 / A20, X, "wrong_kind", hedged=True, note="active reads: ~208 tok/s", **Q)
claim(f, "11.1 GB", "weights", "GB", O20, H, **Q)
claim(f, "2.9e13 FLOP", "flops", "FLOP", 2 * ACTIVE_OSS20 * 4000, H, **Q)
claim(f, "73.4 %", "percentage", "%", 100 * (1 - MXFP4 / 16), H)
claim(f, "≈ 29 TFLOP", "flops", "TFLOP", 2 * ACTIVE_OSS20 * 4000, H, hedged=True)
claim(f, "1.92 GB", "weights", "GB", A20, H)
claim(f, "≈ 208 tok/s", "throughput", "tok/s", 400e9 / A20, H, hedged=True)
claim(f, "36 tok/s", "throughput", "tok/s", 400e9 / O20, H, anchor="The 36 tok/s", note="if every weight were read")
a = "> **Assistant:** 20b: ~22 GB of weights"
claim(f, "~22 GB", "weights", "GB", O20, X, "off_2x", hedged=True, anchor=a, note="11.11 GB", **Q)
claim(f, "12 GiB", "kv_cache_total", "GiB", KV("gpt-oss-20b", 131072), X, "off_2x", anchor=a, note="6 GiB", **Q)
claim(f, "62 GB", "weights", "GB", O120, H, anchor=a, **Q)
a = "> 3B: 3.2 GB in bf16"
claim(f, "3.2 GB", "weights", "GB", W(L3, "bf16"), X, "wrong_dtype", anchor=a, note="6.43 GB", **Q)
claim(f, "7 GiB", "kv_cache_total", "GiB", KV(L3, 131072), X, "off_2x", anchor=a, note="14 GiB", **Q)
claim(f, "25.7 GB", "training", "GB", 16 * N[L3], X, "off_2x", anchor=a, note="16 B/param: 51.4 GB", **Q)
non(f, "chat length 5 turns", "counts, measured latency")
non(f, "model card links: https://", "URLs")
non(f, "llama.cpp build b4321", "versions")
non(f, "laptop power during the prefill test", "power draw")


# ---- en_06: live-posted conference thread, DeepSeek-V3 (MLA) and Llama-3.1-405B (configs in properties) ----
f = "en_06"
DS, B405, Q72 = "deepseek-v3", "llama3.1-405b", "qwen2.5-72b"
MLA = MLA_DSV3 * 2
F405 = 6 * N[B405] * 15.6e12
T405 = F405 / (16384 * 0.4 * 989e12)
a = "**2/** 14:34"
claim(f, "671B", "params", "B", N[DS], H, anchor=a)
claim(f, "37B", "params", "B", ACTIVE_DSV3, H, anchor=a)
claim(f, "5.5 %", "percentage", "%", 100 * ACTIVE_DSV3 / N[DS], H, anchor=a)
a = "**3/** 14:36"
claim(f, "14.8T tokens", "tokens", "T tokens", 14.8e12, H, anchor=a)
claim(f, "3.3e24 FLOP", "flops", "FLOP", 6 * ACTIVE_DSV3 * 14.8e12, H, anchor=a)
claim(f, "6.0e25 FLOP", "flops", "FLOP", 6 * ACTIVE_DSV3 * 14.8e12, X, "wrong_kind", anchor="**4/** 14:37", note="6ND uses the 37B active: 3.3e24")
claim(f, "70,272 bytes", "kv_cache_per_token", "bytes", MLA, H)
claim(f, "504 KiB", "kv_cache_per_token", "KiB", KVT(B405), H, anchor="that is 7.3× less")
claim(f, "7.3×", "ratio", "×", KVT(B405) / MLA, H)
claim(f, "17.2 GiB", "kv_cache_total", "GiB", MLA * 131072, X, "off_2x", anchor="**6/** 14:42", note="8.58 GiB")
claim(f, "72 %", "percentage", "%", 100 * (1 - 576 / 2048), H)
claim(f, "98 %", "percentage", "%", 100 * (1 - 576 / 32768), H)
claim(f, "671 GB", "weights", "GB", W(DS, "fp8"), H, anchor="**8/** 14:47")
claim(f, "1,128 GB", "arithmetic", "GB", 8 * 141e9, H, anchor="**8/** 14:47")
claim(f, "167.8 GB", "weights", "GB", W(DS, "fp8") / 8, X, "off_2x", anchor="stores 167.8 GB", note="83.9 GB per GPU at EP=8")
claim(f, "274.5 GiB", "kv_cache_total", "GiB", MLA * 131072 * 32, H)
claim(f, "1 TiB", "kv_cache_total", "TiB", KV(B405, 131072, 32), X, "off_2x", anchor="the same on Llama-3.1-405B needs 1 TiB", note="1.97 TiB")
a = "**10/** 14:53"
claim(f, "15.6T tokens", "tokens", "T tokens", 15.6e12, H, anchor=a)
claim(f, "405.85B", "params", "B", N[B405], H, anchor=a)
claim(f, "3.8e25 FLOP", "flops", "FLOP", F405, H, anchor=a)
claim(f, "~68 days", "time", "days", T405, H, hedged=True)
claim(f, "6.8 days", "time", "days", T405, X, "off_2x", anchor="\"or 6.8 days", note="68 days")
claim(f, "811.7 GB", "weights", "GB", W(B405, "bf16"), H)
claim(f, "405.9 GB", "weights", "GB", W(B405, "fp8"), H)
claim(f, "203 GB", "weights", "GB", W(B405, "fp8"), X, "wrong_dtype", anchor="in fp8 the 405B is 203 GB", note="fp8 405.9 GB; 203 is int4")
claim(f, "8.1T tokens", "tokens", "T tokens", 20 * N[B405], H)
claim(f, "38 tokens per parameter", "tokens_per_param", "tokens/param", 15.6e12 / N[B405], H)
claim(f, "14.8T tokens", "tokens", "T tokens", 14.8e12, H, anchor="**15/** 15:02")
claim(f, "~5.9 TB", "arithmetic", "TB", 14.8e12 * 4, X, "off_2x", hedged=True, note="59.2 TB")
a = "**16/** 15:06"
claim(f, "320 KiB", "kv_cache_per_token", "KiB", KVT(Q72), H, anchor=a)
claim(f, "10 GiB", "kv_cache_total", "GiB", KV(Q72, 32768), H, anchor=a)
claim(f, "40 GiB", "kv_cache_total", "GiB", KV(Q72, 32768, 40), X, "off_2x", anchor="40 users × 32K = 40 GiB", note="400 GiB")
claim(f, "72.7 GB", "weights", "GB", W(Q72, "bf16"), X, "wrong_dtype", anchor="\"Qwen2.5-72B in bf16 is 72.7 GB\"", note="bf16 145.4 GB")
claim(f, "1,342 GB", "weights", "GB", W(DS, "bf16"), H, anchor="**18/** 15:09")
claim(f, "74 GB", "weights", "GB", W(ACTIVE_DSV3, "fp8"), X, "off_2x", anchor="in fp8 are 74 GB", note="37 GB")
a = "Correct values, for my own notes"
claim(f, "8.58 GiB", "kv_cache_total", "GiB", MLA * 131072, H, anchor=a)
claim(f, "about 83.9 GB", "weights", "GB", W(DS, "fp8") / 8, H, hedged=True)
claim(f, "1.97 TiB", "kv_cache_total", "TiB", KV(B405, 131072, 32), H)
claim(f, "145.4 GB", "weights", "GB", W(Q72, "bf16"), H)
claim(f, "37 GB", "weights", "GB", W(ACTIVE_DSV3, "fp8"), H, anchor="read is 37 GB per token")
claim(f, "68.6 KiB", "kv_cache_per_token", "KiB", MLA, H)
claim(f, "504 KiB", "kv_cache_per_token", "KiB", KVT(B405), H, anchor="MLA is the headline")
non(f, "**1/** 14:31", "timestamp")
non(f, "$5.6M training-cost figure", "price, timestamp")
non(f, "312 people in the room", "head count")
non(f, "https://infercon.example/2026/talks/142", "URL, timestamp")
non(f, "Likes: 214", "social counts, date")


# ---- ru_01: сравнение облачных провайдеров под Llama-3.1-70B-Instruct (конфиг в свойствах) -----------------
f = "ru_01"
L70, Q72, MX = "llama3-70b", "qwen2.5-72b", "mixtral-8x22b"
a = "Вся модель: 70¦553"
claim(f, "70¦553¦706¦496 параметров", "params", "params", N[L70], H)
claim(f, "141,11 ГБ", "weights", "ГБ", W(L70, "bf16"), H, anchor=a)
claim(f, "131,42 ГиБ", "weights", "ГиБ", W(L70, "bf16"), H, anchor=a)
claim(f, "70,55 ГБ", "weights", "ГБ", W(L70, "fp8"), H, anchor=a)
for row, fig, val, ceil, bw in [("| А (H100) |", "17,64", W(L70, "bf16") / 8, "≈ 190", 3.35e12),
                                ("| Б (A100) |", "35,28", W(L70, "bf16") / 4, "≈ 58", 2.039e12),
                                ("| В (H200) |", "70,55", W(L70, "bf16") / 2, "≈ 68", 4.8e12),
                                ("| Г (L40S) |", "8,82", W(L70, "fp8") / 8, "≈ 98", 864e9)]:
    claim(f, fig, "weights", "ГБ", val, H, anchor=row, note="per GPU")
    claim(f, ceil, "throughput", "ток/с", bw / val, H, anchor=row, hedged=True)
a = "2 × 80 × 8 × 128 × 2 байта"
claim(f, "327¦680 байт", "kv_cache_per_token", "байт", KVT(L70), H, anchor=a)
claim(f, "320 КиБ", "kv_cache_per_token", "КиБ", KVT(L70), H, anchor=a)
claim(f, "40 КиБ", "kv_cache_per_token", "КиБ", KVT(L70) / 8, H, anchor=a, note="per GPU, TP=8")
claim(f, "2,5 ГиБ", "kv_cache_total", "ГиБ", KV(L70, 8192), H, anchor="- Сессия 8K — 2,5 ГиБ")
claim(f, "10 ГиБ", "kv_cache_total", "ГиБ", KV(L70, 32768), H, anchor="- Сессия 8K — 2,5 ГиБ")
claim(f, "160 ГиБ", "kv_cache_total", "ГиБ", KV(L70, 8192, 64), H, anchor="- 64 сессии по 8K — 160 ГиБ")
claim(f, "20 ГиБ", "kv_cache_total", "ГиБ", KV(L70, 8192, 64) / 8, H, anchor="- 64 сессии по 8K — 160 ГиБ")
claim(f, "160 ГиБ", "kv_cache_total", "ГиБ", KV(Q72, 8192, 64), H, anchor="- У Qwen2.5-72B на токен")
claim(f, "141 ГБ", "weights", "ГБ", W(L70, "bf16") / 8, X, "per_gpu", anchor="занимает 141 ГБ", note="whole model; 17.64 GB per GPU at TP=8")
claim(f, "20 ГиБ", "kv_cache_total", "ГиБ", KV(L70, 32768), X, "off_2x", anchor="сессия 32K — это 20 ГиБ", note="10 GiB")
claim(f, "около 16 ГиБ", "kv_cache_total", "ГиБ", KV(L70, 8192, 64), X, "off_2x", hedged=True, note="160 GiB")
claim(f, "70,55 ГБ", "weights", "ГБ", W(L70, "bf16") / 4, X, "per_gpu", anchor="На A100 при TP=4", note="35.28 GB per GPU")
claim(f, "72,7 ГБ", "weights", "ГБ", W(Q72, "bf16"), X, "wrong_dtype", note="bf16 145.41 GB; 72.7 is fp8")
claim(f, "136 ток/с", "throughput", "ток/с", 4.8e12 / (W(L70, "bf16") / 2), X, "wrong_dtype", note="bf16 TP=2: 68 tok/s; 136 is fp8")
claim(f, "131,42 ГБ", "weights", "ГБ", W(L70, "bf16"), X, "gib_as_gb", note="131.42 GiB = 141.11 GB")
claim(f, "17,64 ГБ", "weights", "ГБ", W(L70, "fp8") / 8, X, "off_2x", anchor="на каждую L40S ляжет 17,64 ГБ", note="8.82 GB")
claim(f, "78,3 ГБ", "weights", "ГБ", W(MX, "bf16"), X, "wrong_kind", note="active only; total 281.26 GB")
claim(f, "39,16 млрд", "params", "млрд", ACTIVE_M22, H)
claim(f, "72,71 ГиБ", "weights", "ГиБ", W(Q72, "fp8"), X, "gb_as_gib", note="72.71 GB = 67.71 GiB")
claim(f, "2,5 МиБ", "kv_cache_per_token", "МиБ", KVT(L70), X, "off_2x", note="GQA: 320 KiB")
claim(f, "70,3 ГБ", "weights", "ГБ", W(MX, "bf16") / 4, H)
claim(f, "около 245 ток/с", "throughput", "ток/с", 4.8e12 / (W(ACTIVE_M22, "bf16") / 4), H, hedged=True)
claim(f, "19,6 ГБ", "weights", "ГБ", W(ACTIVE_M22, "bf16") / 4, H)
non(f, "ГБ = 10⁹ байт, ГиБ = 2³⁰ байт", "unit definitions")
non(f, "| А | 8×H100 SXM |", "specs, price")
non(f, "| Б | 4×A100 80G |", "specs, price")
non(f, "| В | 2×H200 |", "specs, price")
non(f, "| Г | 8×L40S |", "specs, price")
non(f, "Потолок — пропускная способность", "definition")
non(f, "- А: 19,92 $/ч × 720 ч", "price arithmetic")
non(f, "- Б: 7,16 $/ч × 720 ч", "price arithmetic")
non(f, "- В: 8,40 $/ч", "price arithmetic")
non(f, "- Г: 9,12 $/ч; скидка 15 %", "price, discount")


# ---- ru_02: чек-лист перед релизом с пометками ревьюера (конфиг сервиса в свойствах) -----------------------
f = "ru_02"
Q7, L1, P4 = "qwen2.5-7b", "llama3.2-1b", "phi4"
LORAQ = lora(28, 16, [(3584, 3584), (3584, 512), (3584, 512), (3584, 3584)])
L40S = 864e9
POOL = 48 * 0.9 * GIB - W(Q7, "fp8") - GIB
claim(f, "7¦615¦616¦512 параметров", "params", "params", N[Q7], H)
claim(f, "15,23 ГБ", "weights", "ГБ", W(Q7, "bf16"), H, anchor="- [x] Qwen2.5-7B: 7¦615")
claim(f, "7,62 ГБ", "weights", "ГБ", W(Q7, "fp8"), H, anchor="- [x] В fp8 — 7,62 ГБ")
claim(f, "7,62 ГБ", "weights", "ГБ", W(Q7, "int4"), X, "wrong_dtype", anchor="- [ ] В int4 (AWQ) — 7,62 ГБ", note="int4 3.81 GB; 7.62 is fp8")
claim(f, "14,19 ГиБ", "weights", "ГиБ", W(Q7, "bf16"), H)
claim(f, "7,62 ГиБ", "weights", "ГиБ", W(Q7, "fp8"), X, "gb_as_gib", note="7.62 GB = 7.09 GiB")
claim(f, "1,24 ГБ", "weights", "ГБ", W(L1, "bf16"), X, "wrong_dtype", note="bf16 2.47 GB; 1.24 is int8")
claim(f, "7,33 ГБ", "weights", "ГБ", W(P4, "int4"), H)
claim(f, "438 МБ", "weights", "МБ", W("bert-base", "fp32"), H, anchor="- [x] Реранкер BERT-base в fp32")
claim(f, "56 КиБ", "kv_cache_per_token", "КиБ", KVT(Q7), H)
claim(f, "28 КиБ", "kv_cache_per_token", "КиБ", KVT(Q7, 1), H, anchor="56 КиБ в bf16, 28 КиБ в fp8")
claim(f, "1,75 ГБ", "kv_cache_total", "ГБ", KV(Q7, 32768), X, "gib_as_gb", note="1.75 GiB = 1.88 GB")
claim(f, "1,75 ГиБ", "kv_cache_total", "ГиБ", KV(Q7, 32768, 1, 1), X, "off_2x", note="fp8: 0.875 GiB")
claim(f, "28 ГиБ", "kv_cache_total", "ГиБ", KV(Q7, 8192, 64, 1), X, "off_2x", note="14 GiB")
claim(f, "100 КиБ", "kv_cache_per_token", "КиБ", KVT(P4), X, "off_2x", note="200 KiB")
a = "- [x] Пул на L40S"
claim(f, "7,1 ГиБ", "weights", "ГиБ", W(Q7, "fp8"), H, anchor=a)
claim(f, "35,1 ГиБ", "arithmetic", "ГиБ", POOL, H, anchor=a)
claim(f, "около 1,3 млн токенов", "tokens", "млн токенов", POOL / KVT(Q7, 1), H, hedged=True)
a = "- [x] Потолок декодирования в fp8"
claim(f, "7,62 ГБ", "weights", "ГБ", W(Q7, "fp8"), H, anchor=a)
claim(f, "≈ 113 ток/с", "throughput", "ток/с", L40S / W(Q7, "fp8"), H, anchor=a, hedged=True)
claim(f, "113 ток/с", "throughput", "ток/с", L40S / W(Q7, "bf16"), X, "wrong_dtype", anchor="- [ ] То же в bf16", note="bf16 56.7 tok/s")
claim(f, "≈ 350 ток/с", "throughput", "ток/с", L40S / W(L1, "bf16"), H, hedged=True)
a = "- [x] Батч 64 × 8K"
claim(f, "7,62 ГБ", "weights", "ГБ", W(Q7, "fp8"), H, anchor=a)
claim(f, "15 ГБ", "kv_cache_total", "ГБ", KV(Q7, 8192, 64, 1), H, anchor=a)
claim(f, "≈ 2400 ток/с", "throughput", "ток/с", 64 * L40S / (W(Q7, "fp8") + KV(Q7, 8192, 64, 1)), H, anchor=a, hedged=True)
claim(f, "≈ 236 ток/с", "throughput", "ток/с", L40S / W(P4, "int4"), X, "off_2x", hedged=True, note="118 tok/s")
a = "- [x] В образ кладём"
claim(f, "15,23 ГБ", "weights", "ГБ", W(Q7, "bf16"), H, anchor=a)
claim(f, "7,62 ГБ", "weights", "ГБ", W(Q7, "fp8"), H, anchor=a)
claim(f, "22,85 ГБ", "arithmetic", "ГБ", W(Q7, "bf16") + W(Q7, "fp8"), H, anchor=a)
claim(f, "1,2 с", "time", "с", W(Q7, "bf16") * 8 / 10e9, X, "off_2x", note="12.2 s")
claim(f, "около 4,66 ГБ", "quantized_file", "ГБ", GG(Q7, "Q4_K_M"), H, hedged=True)
claim(f, "4,05 ГБ", "quantized_file", "ГБ", GG(Q7, "Q8_0"), X, "off_2x", note="Q8_0 8.09 GB")
claim(f, "121,85 ГБ", "training", "ГБ", 16 * N[Q7], H, anchor="- [x] Полное дообучение")
claim(f, "121,85 ГБ", "training", "ГБ", zero(N[Q7], 4, 3), X, "per_gpu", anchor="- [ ] ZeRO-3 на 4 картах", note="30.46 GB per GPU")
claim(f, "10,1 млн", "params", "млн", LORAQ, H)
claim(f, "1,3 %", "percentage", "%", 100 * LORAQ / N[Q7], X, "off_2x", note="0.13 %")
claim(f, "40,4 МБ", "weights", "МБ", 2 * LORAQ, X, "wrong_dtype", note="bf16 20.2 MB; 40.4 is fp32")
claim(f, "50 %", "percentage", "%", 100 * (1 - 1 / 2), H, anchor="- [x] fp8 вместо bf16")
claim(f, "25 %", "percentage", "%", 100 * (1 - 0.5 / 2), X, "off_2x", anchor="- [ ] int4 вместо bf16", note="75 %")
claim(f, "в 4 раза", "ratio", "×", 2 / 1, X, "off_2x", note="fp8 cache is 2x smaller")
non(f, "(ГБ = 10⁹ байт, ГиБ = 2³⁰ байт)", "unit definitions")
non(f, "p95 задержки первого токена 420 мс", "measured latency, load")
non(f, "GPU > 90 % памяти дольше 5 минут", "alert thresholds")
non(f, "Версии: vLLM 0.11.0", "versions")
non(f, "Тикеты: SUP-7781", "tickets, date")
non(f, "Откат: образ 1.9.4", "version, retention")
non(f, "Двадцать один пункт с ✗ из 37", "counts")


# ---- ru_03: обоснование вычислительных ресурсов для гранта с замечаниями рецензента ------------------------
f = "ru_03"
A1, B3 = "llama3.2-1b", "qwen2.5-3b"
FA, FB = 6 * N[A1] * 100e9, 6 * N[B3] * 50e9
HA, HB = FA / (0.4 * 989e12) / 3600, FB / (0.4 * 989e12) / 3600
claim(f, "1¦235¦814¦400 параметров", "params", "params", N[A1], H)
claim(f, "7,4·10¹⁹ FLOP", "flops", "FLOP", FA, X, "off_2x", note="7.4e20")
claim(f, "7,4·10²⁰ FLOP", "flops", "FLOP", FA, H, anchor="✗ Порядок")
claim(f, "≈ 521 GPU-часов", "time", "GPU-часов", HA, H, hedged=True)
claim(f, "около 2,7 суток", "time", "суток", HA / 8 * 3600, H, hedged=True)
claim(f, "7,4·10²⁰", "flops", "FLOP", FA, H, anchor="(считая от верного")
claim(f, "24,7 млрд токенов", "tokens", "млрд токенов", 20 * N[A1], H)
claim(f, "около 81 токена", "tokens_per_param", "tokens/param", 100e9 / N[A1], H, hedged=True)
claim(f, "3¦085¦938¦688 параметров", "params", "params", N[B3], H)
claim(f, "9,3·10²⁰ FLOP", "flops", "FLOP", FB, H, anchor="3¦085¦938¦688 параметров")
claim(f, "6¦500 GPU-часов", "time", "GPU-часов", HB, X, "off_2x", note="650 GPU-hours")
claim(f, "9,3·10²⁰ FLOP", "flops", "FLOP", FB, H, anchor="верно, а GPU-часов в 10 раз меньше")
claim(f, "около 7¦021 GPU-часа", "time", "GPU-часа", HA + HB, X, "off_2x", hedged=True, note="1171 GPU-hours")
claim(f, "9¦127 GPU-часов", "time", "GPU-часов", 1.3 * (HA + HB), X, "off_2x", note="1522 GPU-hours")
claim(f, "около 1¦171 GPU-часа", "time", "GPU-часа", HA + HB, H, hedged=True)
claim(f, "1¦522 GPU-часа", "time", "GPU-часа", 1.3 * (HA + HB), H, anchor="с запасом — 1¦522")
claim(f, "49,4 ГБ", "training", "ГБ", 16 * N[B3], H)
claim(f, "6,17 ГБ", "training", "ГБ", zero(N[B3], 8, 3), H)
claim(f, "24,7 ГБ", "training", "ГБ", 16 * N[B3], X, "off_2x", note="49.4 GB")
claim(f, "3,09 ГБ", "weights", "ГБ", W(B3, "bf16"), X, "wrong_dtype", note="bf16 6.17 GB; 3.09 is int8")
claim(f, "2,47 ГБ", "weights", "ГБ", W(A1, "bf16"), H, anchor="- Модель A в bf16: 2,47 ГБ")
claim(f, "36,5 ГБ", "activations", "ГБ", act(A1, 4096, 8, "flash"), H, anchor="с FlashAttention: 36,5 ГБ")
claim(f, "2,15 ГБ", "activations", "ГБ", act(A1, 4096, 8, "full"), H)
claim(f, "36,5 ГБ", "activations", "ГБ", act(A1, 4096, 8, "none"), X, "off_2x", anchor="тоже 36,5 ГБ", note="no flash: 380 GB")
claim(f, "43,2 ГБ", "training", "ГБ", 14 * N[B3], H, note="14 bytes/param as the note states")
claim(f, "8,6 ТБ", "arithmetic", "ТБ", 20 * 14 * N[B3], X, "off_2x", note="0.86 TB")
claim(f, "≈ 400 ГБ", "arithmetic", "ГБ", 100e9 * 4, H, hedged=True)
claim(f, "400 ГБ", "arithmetic", "ГБ", 100e9 * 4, H, anchor="в uint32: 400 ГБ")
claim(f, "200 ГБ", "arithmetic", "ГБ", 100e9 * 2, H, anchor="в uint32: 400 ГБ")
claim(f, "1,125 ГиБ", "kv_cache_total", "ГиБ", KV(B3, 32768), H)
claim(f, "4 ГиБ", "kv_cache_total", "ГиБ", KV(A1, 32768), X, "off_2x", note="1 GiB")
claim(f, "1,24 ГБ", "weights", "ГБ", W(A1, "int4"), X, "wrong_dtype", note="int4 0.62 GB; 1.24 is int8")
claim(f, "1,54 ГБ", "weights", "ГБ", W(B3, "int4"), H)
non(f, "| аренда GPU |", "budget")
non(f, "| хранение | 180 |", "budget")
non(f, "| персонал |", "budget")
non(f, "Коэффициент накладных расходов 20 %", "overhead rate, duration, contest number")


# ---- ru_04: дневник тестов на Mac Studio M3 Ultra (819 ГБ/с), прогнозы утром и проверки вечером ------------
f = "ru_04"
L70, Q72, MX, B405, P4 = "llama3-70b", "qwen2.5-72b", "mixtral-8x22b", "llama3.1-405b", "phi4"
MAC = 819e9
Q8KV = 8.5 / 8                               # q8_0 cache bytes per value
R = dict(rel=0.02)
a = "Прогноз за кофе"
claim(f, "4,9 бита", "bits_per_weight", "бит", BPW["Q4_K_M"], H, anchor=a)
claim(f, "70,55 млрд", "params", "млрд", N[L70], H, anchor=a)
claim(f, "21,6 ГБ", "quantized_file", "ГБ", GG(L70, "Q4_K_M"), X, "off_2x", anchor=a, note="43.2 GB")
claim(f, "2,4 %", "percentage", "%", 100 * (1 - 1e9 / GIB), X, "off_2x", anchor=a, note="GB vs GiB: 6.9 %")
a = "Вечером: файл 43,16 ГБ"
claim(f, "43,16 ГБ", "quantized_file", "ГБ", GG(L70, "Q4_K_M"), H, anchor=a, **R)
claim(f, "40,2 ГиБ", "quantized_file", "ГиБ", GG(L70, "Q4_K_M"), H, anchor=a, **R)
claim(f, "6,9 %", "percentage", "%", 100 * (1 - 1e9 / GIB), H, anchor=a)
a = "819 ГБ/с ÷ 43,16 ГБ"
claim(f, "43,16 ГБ", "quantized_file", "ГБ", GG(L70, "Q4_K_M"), H, anchor=a, **R)
claim(f, "≈ 19 ток/с", "throughput", "ток/с", MAC / GG(L70, "Q4_K_M"), H, anchor=a, hedged=True)
a = "Прогноз: файл 74,97 ГБ"
claim(f, "74,97 ГБ", "quantized_file", "ГБ", GG(L70, "Q8_0"), H, anchor=a, **R)
claim(f, "75 ГиБ", "quantized_file", "ГиБ", GG(L70, "Q8_0"), X, "gb_as_gib", anchor=a, note="74.97 GB = 69.82 GiB")
a = "Вечером: 74,97 ГБ"
claim(f, "74,97 ГБ", "quantized_file", "ГБ", GG(L70, "Q8_0"), H, anchor=a, **R)
claim(f, "69,82 ГиБ", "quantized_file", "ГиБ", GG(L70, "Q8_0"), H, anchor=a, **R)
claim(f, "≈ 11 ток/с", "throughput", "ток/с", MAC / GG(L70, "Q8_0"), H, anchor=a, hedged=True)
claim(f, "40 ГиБ", "kv_cache_total", "ГиБ", KV(L70, 131072), H, anchor=a)
a = "(8,5 бита на значение)"
claim(f, "21,25 ГиБ", "kv_cache_total", "ГиБ", KV(L70, 131072, 1, Q8KV), H, anchor=a)
claim(f, "10 ГиБ", "kv_cache_total", "ГиБ", KV(L70, 131072, 1, Q8KV), X, "off_2x", anchor=a, note="21.25 GiB")
a = "Прогноз: 44,48 ГБ"
claim(f, "44,48 ГБ", "quantized_file", "ГБ", GG(Q72, "Q4_K_M"), H, anchor=a, **R)
claim(f, "37 ток/с", "throughput", "ток/с", MAC / GG(Q72, "Q4_K_M"), X, "off_2x", anchor=a, note="18.4 tok/s")
claim(f, "160 КиБ", "kv_cache_per_token", "КиБ", KVT(Q72), X, "off_2x", anchor=a, note="320 KiB")
a = "Вечером: файл 44,48 ГБ"
claim(f, "44,48 ГБ", "quantized_file", "ГБ", GG(Q72, "Q4_K_M"), H, anchor=a, **R)
claim(f, "41,43 ГиБ", "quantized_file", "ГиБ", GG(Q72, "Q4_K_M"), H, anchor=a, **R)
claim(f, "≈ 18 ток/с", "throughput", "ток/с", MAC / GG(Q72, "Q4_K_M"), H, anchor=a, hedged=True)
claim(f, "320 КиБ", "kv_cache_per_token", "КиБ", KVT(Q72), H, anchor=a)
a = "Прогноз: файл 86,04 ГБ"
claim(f, "86,04 ГБ", "quantized_file", "ГБ", GG(MX, "Q4_K_M"), H, anchor=a, **R)
claim(f, "9,5 ток/с", "throughput", "ток/с", MAC / GG(ACTIVE_M22, "Q4_K_M"), X, "wrong_kind", anchor=a, note="active reads: 34 tok/s")
claim(f, "39,16 млрд", "params", "млрд", ACTIVE_M22, H, anchor=a)
claim(f, "13 %", "percentage", "%", 100 * ACTIVE_M22 / N[MX], X, "off_2x", anchor=a, note="27.8 %")
a = "Вечером: файл 86,04 ГБ"
claim(f, "86,04 ГБ", "quantized_file", "ГБ", GG(MX, "Q4_K_M"), H, anchor=a, **R)
claim(f, "около 23,96 ГБ", "quantized_file", "ГБ", GG(ACTIVE_M22, "Q4_K_M"), H, anchor=a, hedged=True)
claim(f, "≈ 34 ток/с", "throughput", "ток/с", MAC / GG(ACTIVE_M22, "Q4_K_M"), H, hedged=True)
a = "Прогноз: кэш на токен — 126 КиБ"
claim(f, "248,3 ГБ", "quantized_file", "ГБ", GG(B405, "Q4_K_M"), H, anchor=a, **R)
claim(f, "80 ГБ", "quantized_file", "ГБ", GG(B405, "Q2_K"), X, "off_2x", anchor=a, note="Q2_K 160.3 GB")
claim(f, "405,9 ГБ", "weights", "ГБ", W(B405, "bf16"), X, "wrong_dtype", anchor=a, note="bf16 811.7 GB; 405.9 is fp8")
a = "Вечером: Q4_K_M 248,3 ГБ"
claim(f, "248,3 ГБ", "quantized_file", "ГБ", GG(B405, "Q4_K_M"), H, anchor=a, **R)
claim(f, "231,2 ГиБ", "quantized_file", "ГиБ", GG(B405, "Q4_K_M"), H, anchor=a, **R)
claim(f, "≈ 3,3 ток/с", "throughput", "ток/с", MAC / GG(B405, "Q4_K_M"), H, anchor=a, hedged=True)
claim(f, "15,75 ГиБ", "kv_cache_total", "ГиБ", KV(B405, 32768), H, anchor=a)
a = "Прогноз: файл около 265 ГБ"
claim(f, "около 265 ГБ", "quantized_file", "ГБ", N["deepseek-v3"] * BPW["Q2_K"] / 8, H, anchor=a, hedged=True)
claim(f, "3,1 ток/с", "throughput", "ток/с", MAC / (ACTIVE_DSV3 * BPW["Q2_K"] / 8), X, "wrong_kind", anchor=a, note="active reads: 56 tok/s")
a = "Вечером: файл и правда"
claim(f, "≈ 265 ГБ", "quantized_file", "ГБ", N["deepseek-v3"] * BPW["Q2_K"] / 8, H, anchor=a, hedged=True)
claim(f, "37 млрд", "params", "млрд", ACTIVE_DSV3, H, anchor=a)
claim(f, "около 14,6 ГБ", "quantized_file", "ГБ", ACTIVE_DSV3 * BPW["Q2_K"] / 8, H, anchor=a, hedged=True)
claim(f, "≈ 56 ток/с", "throughput", "ток/с", MAC / (ACTIVE_DSV3 * BPW["Q2_K"] / 8), H, hedged=True)
a = "Прогноз: Q8_0 — 15,58 ГБ"
claim(f, "15,58 ГБ", "quantized_file", "ГБ", GG(P4, "Q8_0"), H, anchor=a, **R)
claim(f, "≈ 53 ток/с", "throughput", "ток/с", MAC / GG(P4, "Q8_0"), H, anchor=a, hedged=True)
claim(f, "14,66 ГБ", "quantized_file", "ГБ", GG(P4, "F16"), X, "wrong_dtype", anchor=a, note="F16 29.32 GB")
claim(f, "29,32 ГБ", "quantized_file", "ГБ", GG(P4, "F16"), H, **R)
non(f, "-rw-r--r--  1 me  staff    40G", "ls output")
non(f, "llama_perf_context_print: eval time", "measured speed")
non(f, "Замер: 9,1 ток/с", "measured speed")
non(f, "Замер: 13,9 ток/с", "measured speed, temperature, fan")
non(f, "Замер: 24,6 ток/с", "measured speed")
non(f, "Замер: 2,6 ток/с", "measured speed, load time")
non(f, "Замер: 17,2 ток/с", "measured speed, power draw")
non(f, "Замер: 41,3 ток/с", "measured speed")
non(f, "Замеры — 45–80 %", "measured ratio")


# ---- ru_05: сохранённый тред вопросов и ответов — QLoRA для Qwen2.5-3B на RTX 3060 (конфиг в свойствах) ------
f = "ru_05"
B3 = "qwen2.5-3b"
LALL = lora(36, 16, [(2048, 2048), (2048, 256), (2048, 256), (2048, 2048), (2048, 11008), (2048, 11008), (11008, 2048)])
LATT = lora(36, 16, [(2048, 2048), (2048, 256), (2048, 256), (2048, 2048)])
NF4B = N[B3] * NF4 / 8
ACT = 2 * 2048 * 4 * 2048 * 36
LOG = 4 * 2048 * 4 * 151936
TOTAL4 = NF4B + 2 * LALL + 16 * LALL + ACT + 2 * LOG
Q = dict(quoted=True)
claim(f, "6 ГБ", "training", "ГБ", 16 * N[B3], X, "off_2x", anchor="= 6 ГБ, влезет спокойно", note="16 B/param: 49.4 GB")
claim(f, "12 ГБ", "training", "ГБ", 16 * N[B3], X, "off_2x", anchor="итого 12 ГБ", note="49.4 GB")
claim(f, "около 1,6 ГБ", "quantized_file", "ГБ", NF4B, H, hedged=True, **Q)
claim(f, "3,7 млн", "params", "млн", LALL, X, "off_2x", anchor="> 3,7 млн обучаемых", note="all linear layers: 29.9M", **Q)
claim(f, "60 МБ", "weights", "МБ", 2 * LALL, H, anchor="> 3,7 млн обучаемых", **Q)
claim(f, "479 МБ", "training", "МБ", 16 * LALL, H, anchor="> параметр) — 479 МБ", **Q)
a = "> Активации при 2048 токенах"
claim(f, "1,2 ГБ", "activations", "ГБ", ACT, H, anchor=a, **Q)
a = "> FlashAttention — 2,05 ГБ"
claim(f, "2,05 ГБ", "activations", "ГБ", 34 * 2048 * 4 * 2048 * 36, X, "off_2x", anchor=a, note="20.5 GB", **Q)
claim(f, "50 МБ", "activations", "МБ", LOG, X, "off_2x", anchor=a, note="fp32 logits 4.98 GB", **Q)
claim(f, "примерно в 3,4 ГБ", "arithmetic", "ГБ", TOTAL4, X, "off_2x", hedged=True,
      note="NF4 base + adapter + Adam + checkpointed activations + fp32 logits with grads at micro-batch 4: 13.3 GB", **Q)
claim(f, "7‡372‡800", "params", "params", LATT, H)
claim(f, "29‡933‡568", "params", "params", LALL, H, anchor="линейных слоях — 29‡933‡568")
claim(f, "60 МБ", "weights", "МБ", 2 * LALL, H, anchor="линейных слоях — 29‡933‡568")
claim(f, "479 МБ", "training", "МБ", 16 * LALL, H, anchor="линейных слоях — 29‡933‡568")
claim(f, "20,5 ГБ", "activations", "ГБ", 34 * 2048 * 4 * 2048 * 36, H)
claim(f, "около 5 ГБ", "activations", "ГБ", LOG, H, hedged=True, anchor="34·s·b·h на слой, это 20,5 ГБ")
claim(f, "49,4 ГБ", "training", "ГБ", 16 * N[B3], H, anchor="16 байт × 3‡085‡938‡688")
claim(f, "3‡085‡938‡688", "params", "params", N[B3], H)
claim(f, "37 ГБ", "training", "ГБ", 12 * N[B3], H, anchor="С 8-битным Adam")
claim(f, "1,59 ГБ", "quantized_file", "ГБ", NF4B, H)
claim(f, "29,9 млн", "params", "млн", LALL, H, anchor="36 слоёв × 16 × 51‡968")
claim(f, "0,97 %", "percentage", "%", 100 * LALL / N[B3], H)
claim(f, "59,9 МБ", "weights", "МБ", 2 * LALL, H)
claim(f, "479 МБ", "training", "МБ", 16 * LALL, H, anchor="Адаптер в bf16 — 59,9 МБ")
claim(f, "1,21 ГБ", "activations", "ГБ", ACT, H)
claim(f, "≈ 4,98 ГБ", "activations", "ГБ", LOG, H, hedged=True)
claim(f, "9,96 ГБ", "activations", "ГБ", 2 * LOG, H)
claim(f, "1,24 ГБ", "activations", "ГБ", LOG / 4, H)
claim(f, "2,49 ГБ", "activations", "ГБ", 2 * LOG / 4, H)
claim(f, "≈ 5 ГБ", "arithmetic", "ГБ", NF4B + 18 * LALL + ACT / 4 + 2 * LOG / 4, H, hedged=True, anchor="6. Итого с микробатчем 1")
claim(f, "37 ГБ", "training", "ГБ", 12 * N[B3], H, anchor="**ml_eng:** Тогда 37 ГБ / 2")
claim(f, "18,5 ГБ", "training", "ГБ", 12 * N[B3] / 2, H, anchor="**ml_eng:** Тогда 37 ГБ / 2", note="ZeRO-3 over 2, 8-bit Adam")
claim(f, "60 МБ", "weights", "МБ", 4 * LALL, X, "wrong_dtype", anchor="30 млн параметров в fp32 — 60 МБ", note="fp32 120 MB; 60 MB is bf16")
claim(f, "12,3 ГБ", "weights", "ГБ", W(B3, "bf16"), X, "wrong_dtype", anchor="в bf16 — это 12,3 ГБ", note="bf16 6.17 GB; 12.3 is fp32")
claim(f, "12,3 ГБ", "weights", "ГБ", W(B3, "fp32"), H, anchor="✗ 12,3 ГБ — это fp32")
claim(f, "6,17 ГБ", "weights", "ГБ", W(B3, "bf16"), H)
a = "**kir_ai:**"
claim(f, "72 КиБ", "kv_cache_per_token", "КиБ", KVT(B3), X, "off_2x", anchor=a, note="36 KiB")
claim(f, "2,25 ГиБ", "kv_cache_total", "ГиБ", KV(B3, 32768), X, "off_2x", anchor=a, note="1.125 GiB")
claim(f, "1,54 ГБ", "weights", "ГБ", W(B3, "int4"), H, anchor=a)
claim(f, "36 КиБ", "kv_cache_per_token", "КиБ", KVT(B3), H)
claim(f, "1,125 ГиБ", "kv_cache_total", "ГиБ", KV(B3, 32768), H)
claim(f, "3,78 ГБ", "quantized_file", "ГБ", GG(B3, "Q4_K_M"), X, "off_2x", note="Q4_K_M 1.89 GB", **Q)
claim(f, "≈ 4,89 бита", "bits_per_weight", "бит", BPW["Q4_K_M"], H, hedged=True)
claim(f, "около 1,89 ГБ", "quantized_file", "ГБ", GG(B3, "Q4_K_M"), H, hedged=True)
non(f, "(≈ 40 тыс. примеров, до 2048 токенов)", "dataset description")
non(f, "## Ответ 1 (автор: anon42, −7)", "votes")
non(f, "## Ответ 3 (автор: ml_eng, +41", "votes")
non(f, "пик по nvidia-smi — 7¦412 МиБ", "measured memory, time")


# ---- ru_06: конспект лекции о визуально-языковых моделях — LLaVA-1.5-7B (конфиг в свойствах) ----------------
f = "ru_06"
LV, VC = "llava-1.5-7b", "vicuna-7b-llava"
IMG = 576
claim(f, "7¦063¦427¦072 параметра", "params", "params", N[LV], H)
claim(f, "303,5 млн", "params", "млн", CLIP_L336, H, anchor="2. Визуальная башня")
claim(f, "4,3 %", "percentage", "%", 100 * CLIP_L336 / N[LV], H)
claim(f, "21 млн", "params", "млн", PROJ, H, anchor="3. Проектор")
claim(f, "около 3 %", "percentage", "%", 100 * PROJ / N[LV], X, "off_2x", hedged=True, note="0.3 %")
claim(f, "6,74 млрд", "params", "млрд", N[VC], H, anchor="4. Языковая часть")
claim(f, "576 токенов", "tokens", "tokens", (336 // 14) ** 2, H, anchor="5. Картинка 336")
claim(f, "257", "tokens", "tokens", (224 // 14) ** 2 + 1, H)
claim(f, "128 КиБ", "kv_cache_per_token", "КиБ", KVT(LV), X, "off_2x", anchor="6. Vicuna-7B использует GQA", note="MHA: 512 KiB")
claim(f, "128 КиБ", "kv_cache_per_token", "КиБ", KVT(LV), X, "off_2x", anchor="7. Кэш на одну картинку", note="512 KiB")
claim(f, "72 МиБ", "kv_cache_total", "МиБ", KVT(LV) * IMG, X, "off_2x", note="288 MiB")
claim(f, "7,06 ГБ", "weights", "ГБ", W(LV, "bf16"), X, "wrong_dtype", note="bf16 14.13 GB; 7.06 is int8")
claim(f, "3,53 ГБ", "weights", "ГБ", W(LV, "int4"), H)
claim(f, "28,25 ГБ", "weights", "ГБ", W(LV, "fp32"), H)
claim(f, "607 МБ", "weights", "МБ", W(CLIP_L336, "fp32"), X, "wrong_dtype", note="fp32 1214 MB; 607 is bf16")
claim(f, "0,61 ГБ", "weights", "ГБ", W(CLIP_L336, "bf16"), H, anchor="11. Башня в bf16")
claim(f, "42 МБ", "weights", "МБ", W(PROJ, "bf16"), H)
claim(f, "2 ГиБ", "kv_cache_total", "ГиБ", KV(LV, 4096), H, anchor="12. Контекст 4096")
claim(f, "1 ГиБ", "kv_cache_total", "ГиБ", KV(LV, 4096, 1, 1), H, anchor="12. Контекст 4096")
claim(f, "57 %", "percentage", "%", 100 * IMG / 4096, X, "off_2x", note="14 %")
claim(f, "2880 токенов", "tokens", "tokens", 5 * IMG, H)
claim(f, "1,41 ГиБ", "kv_cache_total", "ГиБ", KVT(LV) * 5 * IMG, H)
claim(f, "1,41 ГБ", "kv_cache_total", "ГБ", KVT(LV) * 5 * IMG, X, "gib_as_gb", note="1.41 GiB = 1.51 GB")
claim(f, "2,8 ГиБ", "kv_cache_total", "ГиБ", KVT(LV) * 5 * IMG * 8, X, "off_2x", note="11.25 GiB")
claim(f, "5,6 ГиБ", "kv_cache_total", "ГиБ", KVT(LV) * 5 * IMG * 4, H)
claim(f, "303,5 млн", "params", "млн", CLIP_L336, H, anchor="18. Башня на одну картинку")
claim(f, "≈ 3,5·10¹¹ FLOP", "flops", "FLOP", 2 * CLIP_L336 * 577, H, hedged=True)
claim(f, "≈ 7,8·10¹² FLOP", "flops", "FLOP", 2 * N[VC] * IMG, H, hedged=True)
claim(f, "78 ТФЛОП", "flops", "ТФЛОП", 2 * N[VC] * IMG, X, "off_2x", note="7.8 TFLOP")
claim(f, "около 71 ток/с", "throughput", "ток/с", 1008e9 / W(LV, "bf16"), H, hedged=True)
claim(f, "143 ток/с", "throughput", "ток/с", 1008e9 / W(LV, "int4"), X, "off_2x", note="285 tok/s")
claim(f, "113 ГБ", "training", "ГБ", 16 * N[LV], H)
claim(f, "21 млн параметров", "params", "млн", PROJ, H, anchor="23. Стадия 1")
claim(f, "336 МБ", "training", "МБ", 16 * PROJ, H)
claim(f, "6,76 млрд", "params", "млрд", N[VC] + PROJ, H)
claim(f, "108,2 ГБ", "training", "ГБ", 16 * (N[VC] + PROJ), H)
claim(f, "0,61 ГБ", "weights", "ГБ", W(CLIP_L336, "bf16"), H, anchor="в bf16 0,61 ГБ.")
non(f, "Неверно записаны (или неверно на слайдах) пункты", "item numbers")
non(f, "Домашнее задание 5", "homework number, date, points")
non(f, "Следующая лекция 18 ноября", "date, time, room")
non(f, "Тест по лекциям 7–9", "lecture numbers, question count, duration")


# ---- additions: cell comments, more vendor quotes, cards, bugs, posts and items (all wrong) ----------------
f = "en_01"
claim(f, "14.66 GB", "weights", "GB", W("phi4", "bf16"), X, "wrong_dtype", note="bf16 29.32 GB; 14.66 is int8")
claim(f, "72 KiB", "kv_cache_per_token", "KiB", KVT("qwen2.5-3b"), X, "off_2x", note="36 KiB")
claim(f, "34.3 GiB", "kv_cache_total", "GiB", MLA_DSV3 * 2 * 131072, X, "off_2x", note="MLA at 128K: 8.58 GiB")
claim(f, "44 %", "percentage", "%", 100 * ACTIVE_OSS120 / N["gpt-oss-120b"], X, "off_2x", note="4.4 %")
claim(f, "2.47 GiB", "weights", "GiB", W("llama3.2-1b", "bf16"), X, "gb_as_gib", note="2.47 GB = 2.30 GiB")
f = "en_02"
claim(f, "86 GB", "quantized_file", "GB", GG("llama3-70b", "Q4_K_M"), X, "off_2x", note="43.16 GB")
claim(f, "40 GiB", "kv_cache_total", "GiB", KV("llama3-70b", 8192, 8, 1), X, "off_2x", anchor="8 users at 8K take 40 GiB", note="fp8: 10 GiB")
claim(f, "108 tok/s", "throughput", "tok/s", 960e9 / (W("llama3-70b", "int4") / 2), X, "off_2x", note="TP ceilings do not add: 54 tok/s")
f = "en_03"
C = lambda n: f"**Card {n}** ·"
claim(f, "1.56 GB", "weights", "GB", W("gpt2-xl", "fp16"), X, "off_2x", anchor=C(39), note="3.12 GB")
claim(f, "2.5 MiB", "kv_cache_per_token", "MiB", KVT("llama2-70b"), X, "off_2x", anchor=C(40), note="GQA: 320 KiB")
claim(f, "14.48 GiB", "weights", "GiB", W("mistral-7b", "bf16"), X, "gb_as_gib", anchor=C(41), note="14.48 GB = 13.49 GiB")
claim(f, "64 MiB", "kv_cache_total", "MiB", KV("falcon-7b", 2048, 16), X, "off_2x", anchor=C(42), note="256 MiB")
f = "en_04"
claim(f, "32.12 GB", "weights", "GB", W("llama3-8b", "bf16"), X, "wrong_dtype", note="bf16 16.06 GB; 32.12 is fp32")
claim(f, "1.00 GiB", "kv_cache_total", "GiB", KV("llama3-8b", 8192, 4), X, "off_2x", anchor="`kv cache 1.00 GiB`", note="batch 4: 4 GiB")
claim(f, "54.5 MB", "weights", "MB", 2 * LORA8, X, "wrong_dtype", note="bf16 27.3 MB; 54.5 is fp32")
f = "en_05"
claim(f, "3 GiB", "kv_cache_total", "GiB", KV("gpt-oss-20b", 32768, 8), X, "off_2x", note="12 GiB", quoted=True)
claim(f, "233.7 GiB", "weights", "GiB", W("gpt-oss-120b", "bf16"), X, "gb_as_gib", note="233.7 GB = 217.6 GiB", quoted=True)
f = "en_06"
claim(f, "137 KiB", "kv_cache_per_token", "KiB", MLA_DSV3, X, "off_2x", note="fp8 MLA: 34.3 KiB")
claim(f, "63 KiB", "kv_cache_per_token", "KiB", KVT("llama3.1-405b"), X, "off_2x", anchor="63 KiB per token", note="504 KiB")
f = "ru_01"
claim(f, "35,28 ГБ", "weights", "ГБ", W("llama3-70b", "fp8") / 4, X, "wrong_dtype", anchor="70B в fp8 на 4×A100", note="fp8 per GPU 17.64 GB; 35.28 is bf16")
claim(f, "160 ГиБ", "kv_cache_total", "ГиБ", KV("llama3-70b", 8192, 64) / 8, X, "per_gpu", anchor="160 ГиБ на каждую карту", note="20 GiB per GPU")
f = "ru_02"
claim(f, "438 МБ", "weights", "МБ", W("bert-base", "fp16"), X, "wrong_dtype", anchor="- [ ] Реранкер BERT-base в fp16", note="fp16 219 MB")
claim(f, "2,6 млн токенов", "tokens", "млн токенов", (48 * 0.9 * GIB - W("qwen2.5-7b", "fp8") - GIB) / KVT("qwen2.5-7b"), X, "off_2x", note="bf16 cache: 0.66M tokens")
claim(f, "128 КиБ", "kv_cache_per_token", "КиБ", KVT("llama3.2-1b"), X, "off_2x", note="32 KiB")
f = "ru_03"
claim(f, "2,47 ГБ", "weights", "ГБ", W("llama3.2-1b", "fp32"), X, "wrong_dtype", anchor="- Модель A в fp32 для экспорта", note="fp32 4.94 GB")
claim(f, "4,5 ГиБ", "kv_cache_total", "ГиБ", KV("qwen2.5-3b", 32768, 8), X, "off_2x", note="9 GiB")
f = "ru_04"
claim(f, "8,58 ГиБ", "kv_cache_total", "ГиБ", MLA_DSV3 * 2 * 32768, X, "off_2x", note="2.14 GiB at 32K")
claim(f, "6,25 ГиБ", "kv_cache_total", "ГиБ", KV("phi4", 16384), X, "off_2x", note="3.125 GiB")
f = "ru_05"
claim(f, "3,2 ГБ", "quantized_file", "ГБ", N["qwen2.5-3b"] * NF4 / 8, X, "off_2x", anchor="база в NF4 — 3,2 ГБ", note="1.59 GB")
claim(f, "14,7 млн", "params", "млн", lora(36, 16, [(2048, 2048), (2048, 256)]), X, "off_2x", note="q and v: 3.69M")
f = "ru_06"
claim(f, "512 МиБ", "kv_cache_total", "МиБ", KV("llava-1.5-7b", 4096, 1, 1), X, "off_2x", note="1 GiB")
claim(f, "0,15 ГБ", "weights", "ГБ", W(CLIP_L336, "int8"), X, "wrong_dtype", note="int8 0.30 GB; 0.15 is int4")


# ---- second additions: other tools' outputs, more cards, comments, slides, items -------------------------
f = "en_04"
a = "| web calculator \"vramfit\" |"
claim(f, "16.06 GiB", "weights", "GiB", W("llama3-8b", "bf16"), X, "gb_as_gib", anchor=a, note="16.06 GB = 14.96 GiB")
claim(f, "4 GiB", "kv_cache_total", "GiB", KV("llama3-8b", 8192, 4), H, anchor=a)
a = "| team spreadsheet |"
claim(f, "16.06 GB", "weights", "GB", W("llama3-8b", "bf16"), H, anchor=a)
claim(f, "16 GiB", "kv_cache_total", "GiB", KV("llama3-8b", 8192, 4), X, "off_2x", anchor=a, note="GQA: 4 GiB")
claim(f, "8 GB", "weights", "GB", W("llama3-8b", "bf16"), X, "wrong_dtype", anchor="| forum rule of thumb |", note="bf16 16.06 GB; 8 GB is int8")
a = "| chat assistant |"
claim(f, "16 GB", "weights", "GB", W("llama3-8b", "bf16"), H, anchor=a, quoted=True)
claim(f, "1 GiB", "kv_cache_total", "GiB", KV("llama3-8b", 8192, 4), X, "off_2x", anchor=a, note="batch 4: 4 GiB", quoted=True)
f = "en_03"
claim(f, "7 GiB", "kv_cache_per_token", "GiB", KVT("qwen2.5-7b"), X, "wrong_kind", anchor="**Card 43** ·", note="per token 56 KiB; 7 GiB is a 128K sequence")
claim(f, "200 tokens per parameter", "tokens_per_param", "tokens/param", 20, X, "off_2x", note="20")
f = "en_01"
claim(f, "3.5 GiB", "kv_cache_per_token", "GiB", KVT("llama3.2-3b"), X, "wrong_kind", anchor="Marc on `E4`", note="per token 112 KiB; 3.5 GiB is 32K tokens")
f = "en_06"
claim(f, "1,342 GB", "weights", "GB", W("deepseek-v3", "bf16") / 8, X, "per_gpu", anchor="**18c/**", note="167.75 GB per GPU")
f = "ru_01"
a = "**Калькулятор на сайте В**"
claim(f, "70,55 ГиБ", "weights", "ГиБ", W("llama3-70b", "fp8"), X, "gb_as_gib", anchor=a, note="70.55 GB = 65.7 GiB")
claim(f, "160 ГиБ", "kv_cache_total", "ГиБ", KV("llama3-70b", 8192, 64, 1), X, "off_2x", anchor=a, note="fp8 cache: 80 GiB")
f = "ru_02"
claim(f, "113 ток/с", "throughput", "ток/с", L40S * 64 / (W(Q7, "fp8") + KV(Q7, 8192, 64, 1)) / 64, X, "off_2x",
      anchor="каждый пользователь получает 113 ток/с", note="38 tok/s per user at batch 64")
claim(f, "14 ГиБ", "kv_cache_per_token", "ГиБ", KVT(Q7, 1), X, "wrong_kind", note="per token 28 KiB; 14 GiB is the batch")
f = "ru_03"
claim(f, "173 ГБ", "training", "ГБ", 14 * N["llama3.2-1b"], X, "off_2x", note="17.3 GB")
f = "ru_04"
claim(f, "126 КиБ", "kv_cache_per_token", "КиБ", KVT("llama3.1-405b"), X, "off_2x", anchor="Прогноз: кэш на токен — 126 КиБ", note="504 KiB")
f = "ru_05"
claim(f, "18,5 ГБ", "training", "ГБ", 12 * N["qwen2.5-3b"], X, "per_gpu", anchor="это всего 18,5 ГБ на всю модель", note="37 GB in total; 18.5 is the ZeRO share of 2 cards")
f = "ru_06"
claim(f, "288 МиБ", "kv_cache_per_token", "МиБ", KVT("llava-1.5-7b"), X, "wrong_kind", note="per token 512 KiB; 288 MiB is one image")
claim(f, "от 13,5 до 14,5 ГБ", "weights", "ГБ", W("llava-1.5-7b", "bf16"), H, rng=True)


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
            raise SystemExit("truth.json is stale: run python tests/claims_corpus_aa/truth.py")
        summary(truth)
        print("truth.json is current; every check passed")
        return 0
    path.write_text(text, encoding="utf-8")
    summary(truth)
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
