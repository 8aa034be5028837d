#!/usr/bin/env python3
"""Ground truth for blind sizing-claims corpus H (tests/claims_corpus_h/notes).

Written without reading vaultkit's code, its tests or the other corpora's notes.  Facts come
from /work/shared/claims-gold.md (dtype bytes, ggml block sizes, measured GGUF bits per weight
of Llama-3.1-8B, exact parameter counts, KV-cache / training / activation formulas).  Models that
claims-gold does not list (Qwen2.5-72B, Llama-3.1-405B, Llama-3.2-1B/3B, Qwen2.5-0.5B,
Mixtral-8x22B, DeepSeek-V3, gpt-oss-120b/20b) get their exact count from their published
config values through the parameter formulas below; the script asserts that each result
equals the count the model's publisher gives (to the digits it gives).  Nothing here imports
vaultkit.

    python tests/claims_corpus_h/truth.py          # verify and (re)write truth.json
    python tests/claims_corpus_h/truth.py --check  # verify; fail if truth.json is stale

A claim: note, figure (exact text on its line), anchor (text found on exactly one line of the
note; default the figure), occurrence of the figure's value on the line, kind, printed unit,
correct value in base units, intended verdict, error class.  The script stops when the
arithmetic disagrees with the intended verdict, when a line does not contain the figure or the
figure does not read back as the stated value, when an off_2x / per_gpu / wrong_unit error is
off by less than 1.95x, when a unit-confusion error does not hold in the twin unit, when a
wrong_kind figure does not match the other kind's value, or when a non-claim line carries a
claim.
"""
from __future__ import annotations

import json
import re
import sys
from collections import Counter
from pathlib import Path

HERE = Path(__file__).resolve().parent
NOTES = HERE / "notes"
KIB, MIB, GIB = 2**10, 2**20, 2**30
NB = "\u00a0"

# ---- facts ------------------------------------------------------------------------------------
BY = {"fp32": 4, "fp16": 2, "bf16": 2, "fp8": 1, "int8": 1, "int4": 0.5}
# measured effective bits per weight of GGUF file types (Llama-3.1-8B, llama.cpp quantize README)
BPW = {"Q2_K": 3.1593, "Q3_K_L": 4.2979, "IQ4_XS": 4.4597, "Q4_K_M": 4.8944, "Q5_K_M": 5.7036,
       "Q6_K": 6.5633, "Q8_0": 8.5008, "F16": 16.0005}
# ggml block types: bits per weight including the block scales
Q6_K_BLOCK, Q8_0_BLOCK, MXFP4 = 210 * 8 / 256, 34 * 8 / 32, 17 * 8 / 32


def dense(h, inter, L, a, k, d, V, *, tied, qkv_bias=False):
    """Llama-style decoder: q,k,v,o + SwiGLU (3 matrices) + 2 RMSNorms per layer, final norm."""
    attn = 2 * h * a * d + 2 * h * k * d + ((a * d + 2 * k * d) if qkv_bias else 0)
    return L * (attn + 3 * h * inter + 2 * h) + V * h * (1 if tied else 2) + h


def mixtral(h, inter, L, a, k, d, V, E, top):
    attn = 2 * h * a * d + 2 * h * k * d
    expert = 3 * h * inter
    total = L * (attn + E * expert + h * E + 2 * h) + 2 * V * h + h
    return total, total - L * (E - top) * expert


def deepseek_v3():
    h, L, dense_layers, V = 7168, 61, 3, 129280
    heads, q_rank, kv_rank, nope, rope, vdim = 128, 1536, 512, 128, 64, 128
    attn = (h * q_rank + q_rank + q_rank * heads * (nope + rope) + h * (kv_rank + rope) + kv_rank
            + kv_rank * heads * (nope + vdim) + heads * vdim * h)
    expert = 3 * h * 2048
    dense_mlp = 3 * h * 18432
    moe = 256 * expert + 1 * expert + h * 256 + 256          # routed + shared + router (+ bias)
    total = (dense_layers * (attn + dense_mlp + 2 * h) + (L - dense_layers) * (attn + moe + 2 * h)
             + 2 * V * h + h)
    active = total - (L - dense_layers) * (256 - 8) * expert
    return total, active


def gpt_oss(L, E):
    h, V, heads, kvh, d, top = 2880, 201088, 64, 8, 64, 4
    attn = (h * heads * d + heads * d) + 2 * (h * kvh * d + kvh * d) + (heads * d * h + h) + heads
    expert_w = h * 2 * h + h * h                             # gate_up and down projections
    expert = expert_w + 2 * h + h                            # with their biases
    router = h * E + E
    total = L * (attn + E * expert + router + 2 * h) + 2 * V * h + h
    # the model card's "active" leaves out the input embedding
    active = total - L * (E - top) * expert - V * h
    # MXFP4 checkpoint: expert matrices at 4.25 bits, everything else bf16
    ckpt = L * E * expert_w * MXFP4 / 8 + (total - L * E * expert_w) * 2
    return total, active, ckpt


N = {
    # claims-gold 2.1
    "gpt2-large": 774_030_080, "gpt2-xl": 1_557_611_200, "bert-base": 109_482_240,
    "llama2-7b": 6_738_415_616, "llama2-13b": 13_015_864_320, "llama2-70b": 68_976_648_192,
    "llama3-8b": 8_030_261_248, "llama3-70b": 70_553_706_496, "mistral-7b": 7_241_732_096,
    "mixtral-8x7b": 46_702_792_704, "qwen2.5-7b": 7_615_616_512, "falcon-7b": 6_921_720_704,
    # published configs through the formulas above
    "qwen2.5-72b": dense(8192, 29568, 80, 64, 8, 128, 152064, tied=False, qkv_bias=True),
    "llama3-405b": dense(16384, 53248, 126, 128, 8, 128, 128256, tied=False),
    "llama3.2-1b": dense(2048, 8192, 16, 32, 8, 64, 128256, tied=True),
    "llama3.2-3b": dense(3072, 8192, 28, 24, 8, 128, 128256, tied=True),
    "qwen2.5-0.5b": dense(896, 4864, 24, 14, 2, 64, 151936, tied=True, qkv_bias=True),
}
N["mixtral-8x22b"], ACTIVE_M22 = mixtral(6144, 16384, 56, 48, 8, 128, 32768, 8, 2)
ACTIVE_M7 = N["mixtral-8x7b"] - 32 * 6 * 3 * 4096 * 14336
N["deepseek-v3"], ACTIVE_DS = deepseek_v3()
N["gpt-oss-120b"], ACTIVE_OSS120, CKPT_OSS120 = gpt_oss(36, 128)
N["gpt-oss-20b"], ACTIVE_OSS20, CKPT_OSS20 = gpt_oss(24, 32)

# the formula reproduces claims-gold's counts, and the published counts of the others
assert dense(4096, 14336, 32, 32, 8, 128, 128256, tied=False) == N["llama3-8b"]
assert dense(8192, 28672, 80, 64, 8, 128, 128256, tied=False) == N["llama3-70b"]
assert dense(3584, 18944, 28, 28, 4, 128, 152064, tied=False, qkv_bias=True) == N["qwen2.5-7b"]
assert mixtral(4096, 14336, 32, 32, 8, 128, 32000, 8, 2) == (N["mixtral-8x7b"], 12_879_925_248)
assert N["llama3.2-1b"] == 1_235_814_400 and N["llama3.2-3b"] == 3_212_749_824
assert N["qwen2.5-0.5b"] == 494_032_768
assert N["llama3-405b"] == 405_853_388_800            # Llama-3.1-405B model card: 405.85B
assert round(N["qwen2.5-72b"] / 1e8) == 727            # Qwen2.5-72B card: 72.7B
assert round(N["mixtral-8x22b"] / 1e8) == 1406 and round(ACTIVE_M22 / 1e9) == 39   # 140.6B / 39B
assert N["deepseek-v3"] == 671_026_419_200 and round(ACTIVE_DS / 1e9) == 38       # 671B / "37B"
assert round(N["gpt-oss-120b"] / 1e7) == 11683 and round(ACTIVE_OSS120 / 1e7) == 513  # 116.83B / 5.13B
assert round(N["gpt-oss-20b"] / 1e7) == 2091 and round(ACTIVE_OSS20 / 1e7) == 361     # 20.91B / 3.61B

# KV cache: layers, KV heads, head dim
KVCFG = {"llama2-7b": (32, 32, 128), "llama2-13b": (40, 40, 128), "llama2-70b": (80, 8, 128),
         "llama3-8b": (32, 8, 128), "llama3-70b": (80, 8, 128), "llama3-405b": (126, 8, 128),
         "mistral-7b": (32, 8, 128), "mixtral-8x7b": (32, 8, 128), "mixtral-8x22b": (56, 8, 128),
         "qwen2.5-7b": (28, 4, 128), "qwen2.5-72b": (80, 8, 128), "qwen2.5-0.5b": (24, 2, 64),
         "llama3.2-1b": (16, 8, 64), "falcon-7b": (32, 1, 64), "gpt2-xl": (48, 25, 64),
         "gpt2-large": (36, 20, 64)}
MLA_DS = 61 * (512 + 64)                     # DeepSeek-V3: cached values per token


def W(m, dt):
    """weight bytes of model m in dtype dt (a name or bytes per parameter)"""
    return N[m] * (BY[dt] if isinstance(dt, str) else dt)


def KVT(m, b=2):
    """KV-cache bytes per token"""
    if m == "deepseek-v3":
        return MLA_DS * b
    L, k, d = KVCFG[m]
    return 2 * L * k * d * b


def KV(m, tokens, batch=1, b=2):
    return KVT(m, b) * tokens * batch


def GG(m, t):
    """GGUF file bytes at the measured bits per weight of type t"""
    return N[m] * BPW[t] / 8


def zero(n, gpus, stage):
    """model-state bytes per GPU, ZeRO paper accounting (2 + 2 + 12 bytes per parameter)"""
    return {0: 16 * n, 1: 4 * n + 12 * n / gpus, 2: 2 * n + 14 * n / gpus, 3: 16 * n / gpus}[stage]


def act(s, b, h, a, mode="none"):
    """activation bytes per layer, fp16 (Korthikanti et al. 2022)"""
    if mode == "none":
        return s * b * h * (34 + 5 * a * s / h)
    if mode == "flash":
        return 34 * s * b * h
    return 2 * s * b * h                      # full recomputation


H100, H200, A100, RTX4080S, RTX4090 = 3.35e12, 4.8e12, 2.0e12, 736e9, 1008e9

SCALE = {"bytes": 1, "байт": 1, "KB": 1e3, "MB": 1e6, "GB": 1e9, "TB": 1e12, "PB": 1e15,
         "KiB": KIB, "MiB": MIB, "GiB": GIB, "КБ": 1e3, "МБ": 1e6, "ГБ": 1e9, "ТБ": 1e12,
         "КиБ": KIB, "МиБ": MIB, "ГиБ": GIB, "params": 1, "M": 1e6, "B": 1e9, "млн": 1e6,
         "млрд": 1e9, "tokens": 1, "k tokens": 1e3, "B tokens": 1e9, "млрд токенов": 1e9,
         "tokens/param": 1, "токенов на параметр": 1, "FLOP": 1, "bits": 1, "бита": 1, "%": 1,
         "×": 1, "tok/s": 1, "токенов/с": 1, "GB/s": 1e9, "ГБ/с": 1e9, "s": 1, "с": 1,
         "GPU-hours": 1, "GPU-часов": 1, "часов": 1}
TWIN = {"KB": "KiB", "KiB": "KB", "MB": "MiB", "MiB": "MB", "GB": "GiB", "GiB": "GB",
        "КБ": "КиБ", "КиБ": "КБ", "МБ": "МиБ", "МиБ": "МБ", "ГБ": "ГиБ", "ГиБ": "ГБ"}

# ---- reading a printed figure ---------------------------------------------------------------
SUP = str.maketrans("⁰¹²³⁴⁵⁶⁷⁸⁹⁻", "0123456789-")
NUM = {"en": r"\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?",
       "ru": r"\d{1,3}(?:\u00a0\d{3})+(?:,\d+)?|\d+(?:,\d+)?"}
POW = (r"(?:\s*(?:\\times|×|·|\\cdot)\s*10(?:\^\{?(?P<c>-?\d+)\}?|(?P<s>[⁰¹²³⁴⁵⁶⁷⁸⁹⁻]+))"
       r"|e(?P<e>\d+))?")


def _one(m, lang):
    raw = m.group("n")
    raw = raw.replace(",", "") if lang == "en" else raw.replace(NB, "").replace(",", ".")
    dec = len(raw.split(".")[1]) if "." in raw else 0
    zeros = 0 if dec else len(raw) - len(raw.rstrip("0"))
    ex = m.group("c") or m.group("e") or (m.group("s") or "").translate(SUP)
    sc = 10.0 ** int(ex) if ex else 1.0
    return float(raw) * sc, 0.5 * 10.0 ** (zeros - dec) * sc


def read(fig, lang, n=1):
    """The first n numbers written in the figure, each with half a unit of its last significant
    digit (trailing zeros of an integer widen it)."""
    fig = fig.replace("{,}", ",")
    out = [_one(m, lang) for m in re.finditer("(?P<n>" + NUM[lang] + ")" + POW, fig)]
    if len(out) < n:
        return None
    return out[:n]


# ---- the claims -------------------------------------------------------------------------------
FILES = {p.stem[:5]: p.name for p in sorted(NOTES.glob("*.md"))}
CLAIMS, NON = [], []
H, X = "holds", "wrong"


def claim(f, figure, kind, unit, value, expect, error=None, *, anchor=None, occ=1, hedged=False,
          bound=None, rng=False, rel=None, alt=None, note=""):
    figure = figure.replace("¦", NB)
    CLAIMS.append(dict(f=f, figure=figure, kind=kind, unit=unit, value=value, expect=expect,
                       error=error, anchor=(anchor or figure).replace("¦", NB), occ=occ,
                       hedged=hedged, bound=bound, rng=rng, rel=rel, alt=alt, note=note))


def non(f, text, why):
    NON.append(dict(f=f, text=text.replace("¦", NB), why=why))


# ---- en_01: Hugging Face model card, Qwen2.5-72B-Instruct, front matter dtype bfloat16 ----------
f = "en_01"
Q72 = "qwen2.5-72b"
claim(f, "72.7B", "params", "B", N[Q72], H, anchor="72.7B in total")
claim(f, "roughly 70B", "params", "B", N[Q72] - 2 * 152064 * 8192, H, hedged=True,
      note="non-embedding 70.21 B (embeddings and head untied)")
claim(f, "135.4 GB", "weights", "GB", W(Q72, "bf16"), X, "gib_as_gb",
      note="code divides by 2**30: 135.43 GiB = 145.41 GB")
claim(f, "145 GB", "weights", "GB", W(Q72, "bf16"), H, hedged=True)
claim(f, "roughly 135 GiB", "weights", "GiB", W(Q72, "bf16"), H, hedged=True)
claim(f, "72.7B", "params", "B", N[Q72], H, anchor="The front matter says bfloat16")
claim(f, "320 KiB", "kv_cache_per_token", "KiB", KVT(Q72), H)
claim(f, "10 GiB", "kv_cache_total", "GiB", KV(Q72, 32768), H)
claim(f, "43 GiB", "kv_cache_total", "GiB", KV(Q72, 131072), X, "gb_as_gib", note="40 GiB = 42.9 GB")
claim(f, "8 GiB", "kv_cache_total", "GiB", KV(Q72, 32768, 8), X, "off_2x", note="8 x 10 GiB = 80 GiB")
claim(f, "67.7 GB", "weights", "GB", W(Q72, "int8"), X, "gib_as_gb", note="72.71 GB = 67.71 GiB")
claim(f, "73 GiB", "weights", "GiB", W(Q72, "int8"), X, "gb_as_gib", note="72.7 GB = 67.7 GiB")
claim(f, "~18 GB", "weights", "GB", W(Q72, "int4"), X, "off_2x", hedged=True, note="int4 = 36.35 GB")
# a 72B Q4_K_M mix comes out a little above the 8B's 4.89 bits (larger attn_v / ffn_down types): hedged
claim(f, "~4.9", "bits_per_weight", "bits", BPW["Q4_K_M"], H, anchor="GGUF q4_k_m", hedged=True)
claim(f, "~44 GB", "quantized_file", "GB", GG(Q72, "Q4_K_M"), H, hedged=True)
claim(f, "8.5", "bits_per_weight", "bits", BPW["Q8_0"], H, anchor="GGUF q8_0")
claim(f, "155 GB", "quantized_file", "GB", GG(Q72, "Q8_0"), X, "off_2x", note="Q8_0 = 77.26 GB")
claim(f, "about 3 times", "ratio", "×", W(Q72, "bf16") / GG(Q72, "Q4_K_M"), H, hedged=True)
non(f, "clipped: 2026-11-21", "date")
non(f, "revision 495f393, clipped on 2026-11-21", "url/date/revision")
non(f, "| MMLU-redux | 86.8 |", "score")
non(f, "| GSM8K | 95.8 |", "score")
non(f, "| MATH | 83.1 |", "score")
non(f, "| LiveCodeBench 2305-2409 | 55.5 |", "score")
non(f, "eprint={2412.15115}", "citation year/arXiv id")

# ---- en_02: MoE total vs active (DeepSeek-V3, Mixtral 8x22B / 8x7B, gpt-oss) --------------------
f = "en_02"
DS, M22, M7, O120, O20 = "deepseek-v3", "mixtral-8x22b", "mixtral-8x7b", "gpt-oss-120b", "gpt-oss-20b"
claim(f, "671B", "params", "B", N[DS], H)
claim(f, "about 37B", "params", "B", ACTIVE_DS, H, hedged=True, note="active incl. embeddings 37.55 B")
claim(f, "roughly 5.5 %", "percentage", "%", 100 * ACTIVE_DS / N[DS], H, hedged=True)
claim(f, "about 671 GB", "weights", "GB", W(DS, "fp8"), H, hedged=True)
claim(f, "671 GiB", "weights", "GiB", W(DS, "fp8"), X, "gb_as_gib", note="671 GB = 625 GiB")
claim(f, "2.68 TB", "weights", "TB", W(DS, "bf16"), X, "off_2x", note="bf16 1.34 TB")
claim(f, "~37 GB", "weights", "GB", ACTIVE_DS * 1, H, hedged=True, note="active weights read per token")
claim(f, "near 1,000 tokens/s", "throughput", "tok/s", 8 * H200 / (ACTIVE_DS * 1), H, hedged=True)
claim(f, "70,272 bytes", "kv_cache_per_token", "bytes", KVT(DS), H)
claim(f, "68.6 KiB", "kv_cache_per_token", "KiB", KVT(DS), H, hedged=True)
claim(f, "9.2 GiB", "kv_cache_total", "GiB", KV(DS, 131072), X, "gb_as_gib", note="9.2 GB = 8.6 GiB")
claim(f, "34 GiB", "kv_cache_total", "GiB", KV(DS, 131072, 16), X, "off_2x", note="16 x 8.58 = 137.25 GiB")
claim(f, "141B", "params", "B", N[M22], H)
claim(f, "140.6B", "params", "B", N[M22], H)
claim(f, "39B", "params", "B", ACTIVE_M22, H)
claim(f, "14 %", "percentage", "%", 100 * ACTIVE_M22 / N[M22], X, "off_2x", note="27.85 %")
claim(f, "229,376 bytes", "kv_cache_per_token", "bytes", KVT(M22), H)
claim(f, "448 KiB", "kv_cache_per_token", "KiB", KVT(M22), X, "off_2x", note="224 KiB")
claim(f, "28 GiB", "kv_cache_total", "GiB", KV(M22, 65536), X, "off_2x", note="14 GiB")
claim(f, "281 GiB", "weights", "GiB", W(M22, "bf16"), X, "gb_as_gib", note="281 GB = 262 GiB")
claim(f, "~39 GB", "weights", "GB", ACTIVE_M22 * 2, X, "off_2x", hedged=True, note="active bf16 = 78.32 GB")
claim(f, "141 GB", "weights", "GB", W(M22, "int8"), H)
claim(f, "35 GB", "weights", "GB", W(M22, "int8") / 4, H, anchor="35 GB per card", note="per GPU, TP=4")
claim(f, "35 GB", "weights", "GB", W(M22, "int4"), X, "off_2x", anchor="In int4 (0.5 byte",
      note="whole model int4 = 70.32 GB")
claim(f, "about 95 tokens/s", "throughput", "tok/s", 8 * H100 / (ACTIVE_M22 * 2), X, "wrong_kind",
      alt=8 * H100 / W(M22, "bf16"), note="active bf16 78.3 GB -> 342 tok/s; 95 reads all experts")
claim(f, "187 GB", "weights", "GB", W(M7, "bf16"), X, "off_2x", note="bf16 93.4 GB; 187 is fp32")
claim(f, "23.4 GB", "weights", "GB", W(M7, "fp8"), X, "off_2x", note="fp8 46.7 GB")
claim(f, "12.9 GB", "weights", "GB", ACTIVE_M7 * 1, H, anchor="Its active fp8 weights")
claim(f, "260 tokens/s", "throughput", "tok/s", H100 / ACTIVE_M7, H, hedged=True)
claim(f, "12.9B", "params", "B", ACTIVE_M7, H)
claim(f, "about 28 %", "percentage", "%", 100 * ACTIVE_M7 / N[M7], H, hedged=True)
claim(f, "46.7B", "params", "B", N[M7], H)
claim(f, "116.8B", "params", "B", N[O120], H)
claim(f, "5.1B", "params", "B", ACTIVE_OSS120, H, note="model card counts active without the input embedding")
claim(f, "20.9B", "params", "B", N[O20], H)
claim(f, "3.6B", "params", "B", ACTIVE_OSS20, H)
claim(f, "4.25 bits", "bits_per_weight", "bits", MXFP4, H)
claim(f, "~65 GB", "quantized_file", "GB", CKPT_OSS120, H, hedged=True)
claim(f, "117 GB", "weights", "GB", W(O120, "bf16"), X, "off_2x", note="bf16 = 233.66 GB")
claim(f, "29 GB", "weights", "GB", W(O120, "int4"), X, "off_2x", note="int4 58.4 GB")
claim(f, "about 9 %", "percentage", "%", 100 * ACTIVE_OSS120 / N[O120], X, "off_2x", hedged=True, note="4.39 %")
claim(f, "13.8 GB", "quantized_file", "GB", CKPT_OSS20, H, hedged=True)
claim(f, "12.8 GiB", "quantized_file", "GiB", CKPT_OSS20, H)
claim(f, "21 GB", "weights", "GB", W(O20, "bf16"), X, "off_2x", note="bf16 = 41.83 GB")
non(f, "created: 2026-10-12", "date")
non(f, "arXiv:2412.19437 (December 2024)", "citation/date")
non(f, "Reported scores: MMLU 88.5", "scores")
non(f, "Price seen on a router: $0.27", "price")

# ---- en_03: tensor / pipeline parallel shares on 8xH100 ------------------------------------------
f = "en_03"
L70, L405 = "llama3-70b", "llama3-405b"
claim(f, "70.55B", "params", "B", N[L70], H)
claim(f, "141.1 GB", "weights", "GB", W(L70, "bf16"), H)
claim(f, "35.3 GB", "weights", "GB", W(L70, "bf16") / 4, H, anchor="each card holds", note="per GPU, TP=4")
claim(f, "80 KiB", "kv_cache_per_token", "KiB", KVT(L70) / 4, H, note="per GPU, 2 of 8 KV heads")
claim(f, "320 KiB", "kv_cache_per_token", "KiB", KVT(L70), H)
claim(f, "32.9 GiB", "weights", "GiB", W(L70, "bf16") / 4, H, note="per GPU")
claim(f, "≈ 44 GiB", "arithmetic", "GiB", (80 - 32.9 - 3) * GIB, H, hedged=True)
claim(f, "about 560k tokens", "tokens", "k tokens", 44 * GIB / (KVT(L70) / 4), H, hedged=True)
claim(f, "35.3 GB", "weights", "GB", W(L70, "bf16") / 4, H, anchor="every token needs each GPU")
claim(f, "≈ 95 tok/s", "throughput", "tok/s", H100 / (W(L70, "bf16") / 4), H, hedged=True)
claim(f, "about 380 tok/s", "throughput", "tok/s", H100 / (W(L70, "bf16") / 8), X, "off_2x", hedged=True,
      note="TP=8: 17.6 GB per GPU -> 190 tok/s")
claim(f, "8.8 GB", "weights", "GB", W(L70, "fp8") / 4, X, "off_2x", note="fp8 / 4 = 17.6 GB per GPU")
claim(f, "35 GB", "weights", "GB", W(L70, "bf16") / 8, X, "per_gpu", note="one eighth = 17.6 GB")
claim(f, "405.9B", "params", "B", N[L405], H)
claim(f, "406 GB", "weights", "GB", W(L405, "fp8"), H)
claim(f, "50.7 GB", "weights", "GB", W(L405, "fp8") / 8, H, anchor="405.9B params", note="per GPU, TP=8")
claim(f, "1,624 GB", "weights", "GB", W(L405, "bf16"), X, "off_2x", note="bf16 812 GB; 1,624 is fp32")
claim(f, "504 KiB", "kv_cache_per_token", "KiB", KVT(L405), H)
claim(f, "63 KiB", "kv_cache_per_token", "KiB", KVT(L405) / 8, H, note="per GPU")
claim(f, "63 GiB", "kv_cache_total", "GiB", KV(L405, 131072) / 8, X, "per_gpu", anchor="on every GPU",
      note="63 GiB is the node total; per GPU 7.9 GiB")
claim(f, "63 GiB", "kv_cache_total", "GiB", KV(L405, 131072), H, anchor="Across the whole node")
claim(f, "16 GiB", "kv_cache_total", "GiB", KV(L405, 131072, b=1), X, "off_2x", note="fp8 cache 31.5 GiB")
claim(f, "32.8 GiB", "arithmetic", "GiB", (80 - 47.2) * GIB, H)
claim(f, "50.7 GB", "weights", "GB", W(L405, "fp8") / 8, H, anchor="since 50.7 GB")
claim(f, "47.2 GiB", "weights", "GiB", W(L405, "fp8") / 8, H)
claim(f, "about 51 GB", "weights", "GB", W(L405, "fp8") / 8, H, hedged=True, note="per stage, PP=8")
non(f, "created: 2026-09-30", "date")
non(f, "--max-model-len 32768", "command line settings")
non(f, "driver 550.127.05", "versions")
non(f, "Ticket INFRA-2291", "ticket/date")

# ---- en_04: speculative decoding and distillation -------------------------------------------------
f = "en_04"
L1, L8, Q7 = "llama3.2-1b", "llama3-8b", "qwen2.5-7b"
claim(f, "70.6 GB", "weights", "GB", W(L70, "fp8"), H)
claim(f, "2.5 GB", "weights", "GB", W(L1, "bf16"), H)
claim(f, "~73 GB", "weights", "GB", W(L70, "fp8") + W(L1, "bf16"), H, hedged=True)
claim(f, "57 times", "ratio", "×", W(L70, "fp8") / W(L1, "bf16"), X, "wrong_kind", alt=N[L70] / N[L1],
      note="in bytes 28.5x (fp8 vs bf16); 57 is the parameter ratio")
claim(f, "160 KiB", "kv_cache_per_token", "KiB", KVT(L70, 1), H)
claim(f, "32 KiB", "kv_cache_per_token", "KiB", KVT(L1), H)
claim(f, "192 KiB", "kv_cache_per_token", "KiB", KVT(L70, 1) + KVT(L1), H)
claim(f, "1.5 GB", "kv_cache_total", "GB", (KVT(L70, 1) + KVT(L1)) * 8192, X, "gib_as_gb", note="1.5 GiB = 1.61 GB")
claim(f, "8 GB", "weights", "GB", W(L8, "bf16"), X, "off_2x", anchor="Swapping in Llama-3.1-8B", note="bf16 8B = 16.06 GB")
claim(f, "128 KiB", "kv_cache_per_token", "KiB", KVT(L8), H)
claim(f, "72.7B", "params", "B", N[Q72], H)
claim(f, "7.6B", "params", "B", N[Q7], H)
claim(f, "about 9.5 times", "ratio", "×", N[Q72] / N[Q7], H, hedged=True)
claim(f, "15.2 GB", "weights", "GB", W(Q7, "bf16"), H)
claim(f, "145 GB", "weights", "GB", W(Q72, "bf16"), H)
claim(f, "15 GB", "weights", "GB", W(Q7, "fp32"), X, "off_2x", note="fp32 = 30.46 GB")
claim(f, "~122 GB", "training", "GB", 16 * N[Q7], H, hedged=True)
claim(f, "≈ 267 GB", "training", "GB", W(Q72, "bf16") + 16 * N[Q7], H, hedged=True)
claim(f, "66.8 GB", "training", "GB", (W(Q72, "bf16") + 16 * N[Q7]) / 8, X, "per_gpu", note="267 GB / 8 = 33.4 GB per GPU")
claim(f, "160 GB", "training", "GB", W(Q72, "bf16") + 16 * N[Q7] / 8, H, note="per GPU: full teacher + 1/8 student")
claim(f, "240 GB", "arithmetic", "GB", 1e9 * 20 * 6, X, "arithmetic", note="120 GB")
claim(f, "≈ 304 GB", "arithmetic", "GB", 1e9 * 152064 * 2, X, "wrong_unit", hedged=True, note="304 TB")
claim(f, "150 GB", "arithmetic", "GB", 1e9 * 50 * 6, X, "off_2x", note="300 GB")
non(f, "created: 2026-11-03", "date")
non(f, "E \\approx 2.77", "latex expectation")
non(f, "measured acceptance was 0.64", "probabilities/temperatures")
non(f, "Run 2026-11-05", "date/score/run id")

# ---- en_05: pretraining budget (Chinchilla, 6ND, GPU-hours, text volume, LaTeX, footnotes) ------
f = "en_05"
D1 = 20 * N[L1]
claim(f, "1.24B", "params", "B", N[L1], H)
claim(f, "~24.7B tokens", "tokens", "B tokens", D1, H, hedged=True)
claim(f, "about 7,300 tokens per parameter", "tokens_per_param", "tokens/param", 9e12 / N[L1], H, hedged=True)
claim(f, "1.8 \\times 10^{20}", "flops", "FLOP", 6 * 1.24e9 * 24.7e9, H, hedged=True)
claim(f, "≈ 1,300 GPU-hours", "time", "GPU-hours", 6 * 1.24e9 * 24.7e9 / (0.4 * 989e12) / 3600, X, "off_2x",
      hedged=True, note="129 GPU-hours")
claim(f, "6.7e22 FLOP", "flops", "FLOP", 6 * 1.24e9 * 9e12, H)
claim(f, "about 365 times", "ratio", "×", 9e12 / 24.7e9, H, hedged=True)
claim(f, "20 tokens per parameter", "tokens_per_param", "tokens/param", 1.4e12 / 70e9, H, anchor="Chinchilla itself")
claim(f, "5.88 × 10^23", "flops", "FLOP", 6 * 70e9 * 1.4e12, H)
claim(f, "3.8 \\times 10^{24}", "flops", "FLOP", 6 * 405.9e9 * 15.6e12, X, "off_2x", hedged=True, note="3.8e25")
claim(f, "~1,900 tokens per parameter", "tokens_per_param", "tokens/param", 15e12 / N[L8], H, hedged=True)
claim(f, "~30 tokens per parameter", "tokens_per_param", "tokens/param", 2e12 / N["llama2-7b"], X, "off_2x",
      hedged=True, note="297 tokens per parameter")
claim(f, "≈ 9.9 GB", "arithmetic", "GB", 24.7e9 * 4, X, "off_2x", hedged=True, note="98.8 GB")
claim(f, "~36 PB", "arithmetic", "PB", 9e12 * 4, X, "wrong_unit", hedged=True, note="36 TB")
claim(f, "about 600 TB", "arithmetic", "TB", 15e12 * 4, X, "off_2x", hedged=True, note="60 TB")
claim(f, "49.4 GB", "arithmetic", "GB", 24.7e9 * 4, X, "off_2x", note="uint32 = 4 bytes: 98.8 GB")
non(f, "created: 2026-06-14", "date")
non(f, "1. $L(N, D) = E", "numbered derivation, latex")
non(f, "2. with $\\alpha = 0.34$", "numbered derivation, latex")
non(f, "3. minimise $L$", "numbered derivation, latex")
non(f, "4. so doubling $C$", "numbered derivation, latex")
non(f, "[^1]: Hoffmann et al.", "footnote, year, arXiv id")
non(f, "[^2]: Meta, Llama 3.2 model card", "footnote, version, date")

# ---- en_06: meeting note, ZeRO stages, 8-bit Adam, activation checkpointing ------------------------
f = "en_06"
N8 = N[L8]
claim(f, "8.03B", "params", "B", N8, H)
claim(f, "128 GB", "training", "GB", 16 * N8, H, anchor="Model states, ZeRO paper accounting")
claim(f, "290 GB", "training", "GB", 18 * N8, X, "off_2x", note="18 B/param = 144.5 GB")
claim(f, "≈ 56 GB", "training", "GB", zero(N8, 4, 1), H, hedged=True, note="per GPU")
claim(f, "~88 GB", "training", "GB", zero(N8, 4, 2), X, "per_gpu", hedged=True, note="ZeRO-2 per GPU 44.2 GB")
claim(f, "128 GB", "training", "GB", 16 * N8, H, anchor="ZeRO-3 (everything sharded)")
claim(f, "32 GB", "training", "GB", zero(N8, 4, 3), H, note="per GPU")
claim(f, "128 GB", "training", "GB", zero(N8, 4, 2), X, "per_gpu", anchor="Lin: with ZeRO-2",
      note="ZeRO-2 per GPU 44.2 GB")
claim(f, "96 GiB", "training", "GiB", 12 * N8, X, "gb_as_gib", note="96.4 GB = 89.7 GiB")
claim(f, "33 %", "percentage", "%", 100 * 6 / 18, H)
claim(f, "4.8 GB", "training", "GB", 6 * N8, X, "off_2x", note="6 B/param x 8.03B = 48.2 GB")
claim(f, "≈ 3.3 GB", "activations", "GB", act(4096, 1, 4096, 32), H, hedged=True)
claim(f, "≈ 104 GB", "activations", "GB", 32 * act(4096, 1, 4096, 32), H, hedged=True)
claim(f, "34 MiB", "activations", "MiB", act(4096, 1, 4096, 32, "full"), X, "gb_as_gib", note="33.6 MB = 32 MiB")
claim(f, "1.07 GiB", "activations", "GiB", 32 * act(4096, 1, 4096, 32, "full"), X, "gb_as_gib",
      note="1.07 GB = 1.0 GiB")
claim(f, "570 MB", "activations", "MB", act(4096, 1, 4096, 32, "flash"), H)
claim(f, "1.8 GB", "activations", "GB", 32 * act(4096, 1, 4096, 32, "flash"), X, "off_2x", note="18.25 GB")
claim(f, "52 GB", "activations", "GB", act(4096, 4, 4096, 32), X, "off_2x", note="micro-batch 4: 13.0 GB per layer")
non(f, "date: 2026-11-17", "date")
non(f, "1. ZeRO-3 + full activation checkpointing", "numbered decision")
non(f, "2. Keep AdamW in fp32 states", "numbered decision")
non(f, "deepspeed --num_gpus 4", "command/date")
non(f, "every 50 steps", "count")
non(f, "PO #44817", "order number/date")
non(f, "next sync 2026-11-24", "date/time")

# ---- en_07: export sizes table (GB and GiB columns, dtype column) ---------------------------------
f = "en_07"
L3, Q05, GXL, BERT = "llama3.2-3b", "qwen2.5-0.5b", "gpt2-xl", "bert-base"
r = "| ONNX | fp32 | 1.24B"
claim(f, "1.24B", "params", "B", N[L1], H, anchor=r)
claim(f, "4.94", "weights", "GB", W(L1, "fp32"), H, anchor=r)
claim(f, "4.60", "weights", "GiB", W(L1, "fp32"), H, anchor=r)
r = "| ONNX | fp16 | 1.24B"
claim(f, "1.24B", "params", "B", N[L1], H, anchor=r)
claim(f, "2.47", "weights", "GB", W(L1, "fp16"), H, anchor=r)
claim(f, "4.60", "weights", "GiB", W(L1, "fp16"), X, "off_2x", anchor=r, note="fp16 2.30 GiB")
r = "| CoreML | fp16 | 1.24B"
claim(f, "1.24B", "params", "B", N[L1], H, anchor=r)
claim(f, "2.30", "weights", "GB", W(L1, "fp16"), X, "gib_as_gb", anchor=r, note="GB column holds the GiB value")
claim(f, "2.30", "weights", "GiB", W(L1, "fp16"), H, anchor=r, occ=2)
r = "| fp16 | 3.21B"
claim(f, "3.21B", "params", "B", N[L3], H, anchor=r)
claim(f, "6.43", "weights", "GB", W(L3, "fp16"), H, anchor=r)
claim(f, "6.43", "weights", "GiB", W(L3, "fp16"), X, "gb_as_gib", anchor=r, occ=2, note="5.98 GiB")
r = "| fp8 | 3.21B"
claim(f, "3.21B", "params", "B", N[L3], H, anchor=r)
claim(f, "3.21", "weights", "GB", W(L3, "fp8"), H, anchor=r, occ=2)
claim(f, "3.21", "weights", "GiB", W(L3, "fp8"), X, "gb_as_gib", anchor=r, occ=3, note="2.99 GiB")
r = "| int4 (palettized)"
claim(f, "3.21B", "params", "B", N[L3], H, anchor=r)
claim(f, "1.61", "weights", "GB", W(L3, "int4"), H, anchor=r)
claim(f, "3.0", "weights", "GiB", W(L3, "int4"), X, "off_2x", anchor=r, note="1.50 GiB")
r = "| Qwen2.5-0.5B-Instruct |"
claim(f, "494M", "params", "M", N[Q05], H, anchor=r)
claim(f, "0.49", "weights", "GB", W(Q05, "int8"), H, anchor=r)
claim(f, "0.49", "weights", "GiB", W(Q05, "int8"), X, "gb_as_gib", anchor=r, occ=2, note="0.46 GiB")
r = "| gpt2-xl |"
claim(f, "1.56B", "params", "B", N[GXL], H, anchor=r)
claim(f, "6.23", "weights", "GB", W(GXL, "fp32"), H, anchor=r)
claim(f, "11.6", "weights", "GiB", W(GXL, "fp32"), X, "off_2x", anchor=r, note="5.80 GiB")
r = "| bert-base-uncased |"
claim(f, "110M", "params", "M", N[BERT], H, anchor=r)
claim(f, "0.44", "weights", "GB", W(BERT, "fp16"), X, "off_2x", anchor=r, note="fp16 0.22 GB")
claim(f, "0.20", "weights", "GiB", W(BERT, "fp16"), H, anchor=r)
r = "| Llama-3.1-8B-Instruct | TensorRT engine | int8"
claim(f, "8.03B", "params", "B", N8, H, anchor=r)
claim(f, "16.1", "weights", "GB", W(L8, "int8"), X, "off_2x", anchor=r, note="int8 8.03 GB")
claim(f, "7.48", "weights", "GiB", W(L8, "int8"), H, anchor=r)
claim(f, "2.5 GB", "weights", "GB", W(L1, "fp32"), X, "off_2x", note="fp32 4.94 GB")
claim(f, "50 %", "percentage", "%", 100 * (1 - 1 / 2), H)
claim(f, "87.5 %", "percentage", "%", 100 * (1 - 0.5 / 4), H)
claim(f, "4 times", "ratio", "×", W(L3, "fp16") / W(L3, "int4"), H)
claim(f, "1.61", "weights", "GB", W(L3, "int4"), H, anchor="(1.61 vs 6.43 GB)")
claim(f, "6.43 GB", "weights", "GB", W(L3, "fp16"), H)
claim(f, "16 times", "ratio", "×", W(L3, "fp32") / W(L3, "int4"), X, "off_2x", note="8x")
claim(f, "25 %", "percentage", "%", 100 * W(L3, "int4") / W(L3, "fp32"), X, "off_2x", note="12.5 %")
claim(f, "8 GB", "weights", "GB", W(L8, "int8"), H)
claim(f, "16 GB", "weights", "GB", W(L8, "bf16"), H, anchor="8 GB on disk")
claim(f, "6.2 GB", "weights", "GB", W(GXL, "fp32"), H)
claim(f, "under 7 GB", "weights", "GB", W(L3, "fp16"), H, bound="upper", note="largest fp16 export: 6.43 GB")
claim(f, "3 %", "percentage", "%", 100 * (W(L3, "fp16") / W(GXL, "fp32") - 1), H)
non(f, "created: 2026-10-26", "date")
non(f, "onnx 1.17.0, onnxruntime 1.20.1, opset 17", "versions")
non(f, "TensorRT 10.6.0.26 on CUDA 12.6", "versions")
non(f, "Built on 2026-10-25", "date/flag")

# ---- en_08: Dataview fields, front matter dtype bf16, sizes without a dtype in the body ----------
f = "en_08"
MIS, L213, FAL = "mistral-7b", "llama2-13b", "falcon-7b"
claim(f, "14.5 GB", "weights", "GB", W(MIS, "bf16"), H, anchor="weights:: 14.5 GB")
claim(f, "256 KiB", "kv_cache_per_token", "KiB", KVT(MIS), X, "off_2x", note="128 KiB")
claim(f, "26 GB", "weights", "GB", W(L213, "bf16"), H, anchor="- Llama-2-13b-chat-hf: 26 GB")
claim(f, "13.8 GB", "weights", "GB", W(FAL, "bf16"), H)
claim(f, "14.4 GB", "weights", "GB", 7_217_189_760 * 2, H, note="Hub shards store the tied head twice")
claim(f, "6.7 GB", "weights", "GB", W("llama2-7b", "bf16"), X, "off_2x", note="13.48 GB")
claim(f, "1.5 GB", "weights", "GB", W(GXL, "bf16"), X, "off_2x", note="bf16 3.1 GB")
claim(f, "14.2 GB", "weights", "GB", W(Q7, "bf16"), X, "gib_as_gb", note="15.23 GB = 14.18 GiB")
claim(f, "under 3 GB", "weights", "GB", 1.1e9 * 2, H, bound="upper", note="1.1B params stated, bf16: 2.2 GB")
claim(f, "14.5 GB", "weights", "GB", W(MIS, "bf16"), H, anchor="Decoding is bounded by")
claim(f, "≈ 51 tok/s", "throughput", "tok/s", RTX4080S / W(MIS, "bf16"), H, hedged=True)
claim(f, "13 GB", "weights", "GB", W(L213, "int8"), H, anchor="Llama-2-13B in 8-bit")
claim(f, "~57 tok/s", "throughput", "tok/s", RTX4080S / W(L213, "int8"), H, hedged=True, bound="upper")
claim(f, "about 2,400 tok/s", "throughput", "tok/s", RTX4080S / W(GXL, "bf16"), X, "off_2x", hedged=True,
      note="236 tok/s")
claim(f, "26 GB", "weights", "GB", W(L213, "bf16"), H, anchor="those 26 GB")
claim(f, "13 GB per card", "weights", "GB", W(L213, "bf16") / 2, H)
claim(f, "about 3.2 GB", "weights", "GB", W(L213, "int4"), X, "off_2x", hedged=True, note="6.51 GB")
claim(f, "512 MB", "kv_cache_total", "MB", KV(MIS, 4096), X, "gib_as_gb", note="512 MiB = 537 MB")
non(f, "created: 2026-08-03", "date")
non(f, "Bought 2026-08-12", "date/price/receipt")

# ---- ru_01: пост из Telegram-канала про gpt-oss и DeepSeek-V3 --------------------------------------
f = "ru_01"
claim(f, "116,8 млрд", "params", "млрд", N[O120], H)
claim(f, "5,1 млрд", "params", "млрд", ACTIVE_OSS120, H)
claim(f, "20,9 млрд", "params", "млрд", N[O20], H)
claim(f, "3,6 млрд", "params", "млрд", ACTIVE_OSS20, H)
claim(f, "4,25 бита", "bits_per_weight", "бита", MXFP4, H)
claim(f, "около 130 ГБ", "quantized_file", "ГБ", CKPT_OSS120, X, "off_2x", hedged=True, note="65 GB")
claim(f, "примерно 27,6 ГБ", "quantized_file", "ГБ", CKPT_OSS20, X, "off_2x", hedged=True, note="13.8 GB")
claim(f, "467 ГБ", "weights", "ГБ", W(O120, "bf16"), X, "off_2x", note="bf16 233.7 GB; 467 is fp32")
claim(f, "20,9 ГБ", "weights", "ГБ", W(O20, "bf16"), X, "off_2x", note="bf16 41.8 GB")
claim(f, "в 1,5 раза меньше", "ratio", "×", W(O20, "bf16") / CKPT_OSS20, X, "off_2x", note="3.0x")
claim(f, "в 10 раз больше", "ratio", "×", W(O120, "bf16") / CKPT_OSS120, X, "off_2x", note="3.6x")
claim(f, "~4,4 %", "percentage", "%", 100 * ACTIVE_OSS120 / N[O120], H, hedged=True)
claim(f, "671 млрд", "params", "млрд", N[DS], H, anchor="А DeepSeek-V3 (671 млрд)")
claim(f, "671 ГБ", "weights", "ГБ", W(DS, "fp8"), H, anchor="А DeepSeek-V3 (671 млрд)")
claim(f, "~625 ГиБ", "weights", "ГиБ", W(DS, "fp8"), H, hedged=True)
claim(f, "около 160 ГБ", "weights", "ГБ", W(DS, "int4"), X, "off_2x", hedged=True, note="335.5 GB")
non(f, "date: 2026-08-06", "date")
non(f, "(лицензия Apache 2.0)", "title: model names, licence version")
non(f, "в четверг в 19:00 МСК", "time")
non(f, "$0,10 за 1 млн входных", "price")
non(f, "с 2019 года", "year")

# ---- ru_02: статья в стиле Хабра про Llama 3.1 70B ------------------------------------------------
f = "ru_02"
claim(f, "70,6 млрд", "params", "млрд", N[L70], H)
claim(f, "141,1 ГБ", "weights", "ГБ", W(L70, "bf16"), H)
claim(f, "131,4 ГиБ", "weights", "ГиБ", W(L70, "bf16"), H)
claim(f, "в 4 раза меньше", "ratio", "×", W(L70, "bf16") / W(L70, "int4"), H)
claim(f, "около 35 ГБ", "weights", "ГБ", W(L70, "int4"), H, hedged=True)
claim(f, "35,3 ГБ", "weights", "ГБ", W(L70, "int8"), X, "off_2x", note="int8 70.6 GB")
claim(f, "65,7 ГБ", "weights", "ГБ", W(L70, "fp8"), X, "gib_as_gb", note="70.55 GB = 65.71 GiB")
claim(f, "почти в 18 раз", "ratio", "×", N[L70] / N[L8], X, "off_2x", hedged=True, note="8.8x")
claim(f, "320 КиБ", "kv_cache_per_token", "КиБ", KVT(L70), H)
claim(f, "40 ГиБ", "kv_cache_total", "ГиБ", KV(L70, 8192, 16), H)
claim(f, "80 ГиБ", "kv_cache_total", "ГиБ", KV(L70, 8192, 64), X, "off_2x", note="160 GiB")
claim(f, "50 ГБ/с", "bandwidth", "ГБ/с", 400e9 / 8, H)
claim(f, "141 ГБ", "weights", "ГБ", W(L70, "bf16"), H, anchor="перегнать 141 ГБ")
claim(f, "около 3 секунд", "time", "с", 141e9 / 50e9, H, hedged=True)
claim(f, "5,6 с", "time", "с", 141e9 / (25e9 / 8), X, "wrong_unit", note="Gbit/s read as GB/s: 45 s")
claim(f, "141 ГБ", "weights", "ГБ", W(L70, "bf16"), H, anchor="С NVMe на 7")
claim(f, "около 2 секунд", "time", "с", 141e9 / 7e9, X, "off_2x", hedged=True, note="20 s")
claim(f, "1,16·10¹⁵", "flops", "FLOP", 2 * 70.6e9 * 8192, H, hedged=True)
claim(f, "около 1,2 с", "time", "с", 2 * 70.6e9 * 8192 / 989e12, H, hedged=True)
claim(f, "0,6 с", "time", "с", 2 * 70.6e9 * 8192 / 989e12 / 4, X, "off_2x", note="0.29 s")
non(f, "created: 2026-10-14", "date")
non(f, "*Время чтения: 12 мин", "reading time")
non(f, "1. Веса — это только начало", "numbered list")
non(f, "2. Считайте в ГиБ", "numbered list")
non(f, "3. Код калькулятора", "numbered list, url with version")
non(f, "*Статья обновлена 14.10.2026", "date, rating, counts")

# ---- ru_03: dtype в свойствах заметки, в тексте размеры без типа; размер упомянут дважды ----------
f = "ru_03"
L270 = "llama2-70b"
claim(f, "14,5 ГБ", "weights", "ГБ", W(MIS, "bf16"), H)
claim(f, "138 ГБ", "weights", "ГБ", W(L270, "bf16"), H, anchor="- Llama-2-70b-chat-hf — 138 ГБ")
claim(f, "93,4 ГБ", "weights", "ГБ", W(M7, "bf16"), H)
claim(f, "51,6 ГБ", "weights", "ГБ", ACTIVE_M7 * 2, X, "off_2x", note="active bf16 25.8 GB")
claim(f, "7,6 ГБ", "weights", "ГБ", W(Q7, "bf16"), X, "off_2x", note="15.23 GB")
claim(f, "6,2 ГБ", "weights", "ГБ", W(GXL, "bf16"), X, "off_2x", note="3.1 GB; 6.2 is fp32")
claim(f, "0,44 ГБ", "weights", "ГБ", W(BERT, "bf16"), X, "off_2x", note="0.22 GB; 0.44 is fp32")
claim(f, "16,06 ГиБ", "weights", "ГиБ", W(L8, "bf16"), X, "gb_as_gib", note="16.06 GB = 14.96 GiB")
claim(f, "12,9 ГБ", "weights", "ГБ", W(FAL, "bf16"), X, "gib_as_gb", note="13.84 GB = 12.89 GiB")
claim(f, "26 ГБ", "weights", "ГБ", W(L213, "bf16"), H)
claim(f, "примерно 24 ГиБ", "weights", "ГиБ", W(L213, "bf16"), H, hedged=True)
claim(f, "не больше 27 ГБ", "weights", "ГБ", max(W(m, "bf16") for m in (MIS, Q7, GXL, BERT, L8, FAL, L213)), H,
      bound="upper", note="largest of the rest: Llama-2-13b 26.03 GB")
claim(f, "320 КиБ", "kv_cache_per_token", "КиБ", KVT(L270), H)
claim(f, "1,25 ГБ", "kv_cache_total", "ГБ", KV(L270, 4096), X, "gib_as_gb", note="1.25 GiB = 1.34 GB")
claim(f, "400 КиБ", "kv_cache_per_token", "КиБ", KVT(L213), X, "off_2x", note="800 KiB")
claim(f, "138 ГБ", "weights", "ГБ", W(L270, "bf16"), H, anchor="Эти 138 ГБ")
claim(f, "69 ГБ", "weights", "ГБ", W(L270, "bf16") / 2, H, anchor="Эти 138 ГБ", note="per GPU of two")
claim(f, "69 ГБ", "weights", "ГБ", W(L270, "int8"), H, anchor="Если перейти на 8 бит")
claim(f, "около 17 ГБ", "weights", "ГБ", W(L270, "int4"), X, "off_2x", hedged=True, note="34.5 GB")
non(f, "created: 2026-07-19", "date")
non(f, "Версия vLLM 0.6.3", "versions")
non(f, "Счёт за июль", "price")
non(f, "звонить до 22:00", "time")

# ---- ru_04: таблица со столбцами ГБ и ГиБ ------------------------------------------------------------
f = "ru_04"
ROWS = [
    ("| Llama-3.1-8B-Instruct | 8,03 млрд | bf16", L8, "bf16", "8,03 млрд", "16,06", "14,96", "128", {}),
    ("| fp8 | 8,03", L8, "fp8", "8,03 млрд", "8,03", "8,03", "128", {"gib": ("gb_as_gib", "7.48 GiB")}),
    ("| Qwen2.5-7B-Instruct |", Q7, "bf16", "7,62 млрд", "15,23", "14,19", "112", {"kv": ("off_2x", "56 KiB")}),
    ("| Mistral-7B-v0.1 |", MIS, "bf16", "7,24 млрд", "14,48", "14,48", "128", {"gib": ("gb_as_gib", "13.49 GiB")}),
    ("| Llama-2-13b-hf |", L213, "fp16", "13,0 млрд", "52,06", "24,24", "400",
     {"kv": ("off_2x", "800 KiB"), "gb": ("off_2x", "26.03 GB")}),
    ("| Mixtral-8x22B-v0.1 |", M22, "bf16", "140,6 млрд", "562,5", "261,9", "224", {"gb": ("off_2x", "281.3 GB")}),
    ("| Qwen2.5-72B-Instruct |", Q72, "int4", "72,7 млрд", "72,7", "67,7", "320",
     {"gib": ("off_2x", "33.86 GiB"), "gb": ("off_2x", "36.4 GB")}),
    ("| DeepSeek-V3 |", DS, "fp8", "671 млрд", "671", "671", "68,6", {"gib": ("gb_as_gib", "625 GiB")}),
    ("| Llama-3.1-405B-Instruct |", L405, "bf16", "405,9 млрд", "811,7", "378,0", "504", {"gib": ("off_2x", "756.0 GiB")}),
]
for a, m, dt, p, gb, gib, kv, bad in ROWS:
    claim(f, p, "params", "млрд", N[m], H, anchor=a)
    e = bad.get("gb")
    occ_gb = 2 if gb in p else 1
    claim(f, gb, "weights", "ГБ", W(m, dt), X if e else H, e and e[0], anchor=a, occ=occ_gb, note=e[1] if e else "")
    e = bad.get("gib")
    occ_gib = occ_gb + 1 if gib == gb else (2 if gib in p else 1)
    claim(f, gib, "weights", "ГиБ", W(m, dt), X if e else H, e and e[0], anchor=a, occ=occ_gib,
          note=e[1] if e else "")
    e = bad.get("kv")
    claim(f, kv, "kv_cache_per_token", "КиБ", KVT(m), X if e else H, e and e[0], anchor=a, note=e[1] if e else "")
r = "| gpt2-large |"
claim(f, "774 млн", "params", "млн", N["gpt2-large"], H, anchor=r)
claim(f, "2,88", "weights", "ГБ", W("gpt2-large", "fp32"), X, "gib_as_gb", anchor=r, note="3.10 GB = 2.88 GiB")
claim(f, "2,88", "weights", "ГиБ", W("gpt2-large", "fp32"), H, anchor=r, occ=2)
claim(f, "360", "kv_cache_per_token", "КиБ", KVT("gpt2-large"), X, "off_2x", anchor=r, note="180 KiB")
claim(f, "7,4 %", "percentage", "%", 100 * (GIB / 1e9 - 1), H)
claim(f, "16,06 ГБ", "weights", "ГБ", W(L8, "bf16"), H, anchor="Разница между ГБ и ГиБ")
claim(f, "14,96 ГиБ", "weights", "ГиБ", W(L8, "bf16"), H, anchor="Разница между ГБ и ГиБ")
claim(f, "15,23 ГБ", "weights", "ГБ", W(Q7, "bf16"), H)
claim(f, "14,19 ГиБ", "weights", "ГиБ", W(Q7, "bf16"), H)
claim(f, "68,6 КиБ", "kv_cache_per_token", "КиБ", KVT(DS), H)
claim(f, "128 КиБ", "kv_cache_per_token", "КиБ", KVT(L8), H, anchor="Самая «дешёвая» по кэшу")
claim(f, "1,75 ГиБ", "kv_cache_total", "ГиБ", KV(Q7, 32768), H)
claim(f, "8 ГиБ", "kv_cache_total", "ГиБ", KV(L8, 32768), X, "off_2x", note="4 GiB")
non(f, "created: 2026-11-03", "date")
non(f, "Лист «Память», обновлено 03.11.2026", "date")
non(f, "Курс для пересчёта цен", "exchange rate/date")
non(f, "Строки 2–11 листа", "row numbers")

# ---- ru_05: заметка о встрече с задачами: ZeRO, 8-битный Adam, чекпойнтинг, LoRA ------------------
f = "ru_05"
N13 = N[L213]
claim(f, "13,0 млрд", "params", "млрд", N13, H)
claim(f, "208 ГБ", "training", "ГБ", 16 * N13, H)
claim(f, "26 ГБ", "training", "ГБ", zero(N13, 8, 3), H, anchor="На 8 картах с ZeRO-3", note="per GPU")
claim(f, "≈ 49 ГБ", "training", "ГБ", zero(N13, 8, 2), H, hedged=True, note="per GPU")
claim(f, "около 72 ГБ", "training", "ГБ", zero(N13, 8, 1), H, hedged=True, note="per GPU")
claim(f, "26 ГБ", "training", "ГБ", zero(N13, 8, 0), X, "per_gpu", anchor="на чистом DDP",
      note="DDP keeps all 208 GB on every GPU")
claim(f, "156 ГиБ", "training", "ГиБ", 12 * N13, X, "gb_as_gib", note="156 GB = 145.5 GiB")
claim(f, "33 %", "percentage", "%", 100 * 6 / 18, H)
claim(f, "7,8 ГБ", "training", "ГБ", 6 * N13, X, "off_2x", note="78.1 GB")
A13 = act(4096, 1, 5120, 40)
claim(f, "≈ 4,1 ГБ", "activations", "ГБ", A13, H, hedged=True)
claim(f, "≈ 163 ГБ", "activations", "ГБ", 40 * A13, H, hedged=True)
claim(f, "42 МиБ", "activations", "МиБ", act(4096, 1, 5120, 40, "full"), X, "gb_as_gib", note="42 MB = 40 MiB")
claim(f, "17 ГБ", "activations", "ГБ", 40 * act(4096, 1, 5120, 40, "full"), X, "off_2x", note="1.7 GB")
claim(f, "≈ 713 МБ", "activations", "МБ", act(4096, 1, 5120, 40, "flash"), H, hedged=True)
claim(f, "2,9 ГБ", "activations", "ГБ", 40 * act(4096, 1, 5120, 40, "flash"), X, "off_2x", note="28.5 GB")
LORA = 40 * 4 * 16 * (5120 + 5120)
claim(f, "26,2 млн", "params", "млн", LORA, H)
claim(f, "2 %", "percentage", "%", 100 * LORA / N13, X, "off_2x", note="0.2 %")
claim(f, "420 МБ", "training", "МБ", 8 * LORA, X, "off_2x", note="210 MB")
claim(f, "105 МБ", "weights", "МБ", 2 * LORA, X, "off_2x", note="52.4 MB")
claim(f, "26 ГБ", "weights", "ГБ", W(L213, "bf16"), H, anchor="Базовая модель в bf16")
claim(f, "3,25 ГБ", "weights", "ГБ", W(L213, "int4"), X, "off_2x", note="6.5 GB")
non(f, "date: 2026-10-08", "date")
non(f, "1. Идём с ZeRO-3", "numbered decision")
non(f, "2. LoRA оставляем", "numbered decision")
non(f, "на 2 узлах до 15.10", "task/date")
non(f, "тикет ML-3127", "ticket id")
non(f, "(согласовано 09.10)", "count/date")

# ---- ru_06: шпаргалка по KV-кэшу: callouts, сноски, окно, MQA ----------------------------------------
f = "ru_06"
claim(f, "128 КиБ", "kv_cache_per_token", "КиБ", KVT(L8), H, anchor="2 · 32 · 8 · 128 · 2 байта")
claim(f, "16 ГиБ", "kv_cache_total", "ГиБ", KV(L8, 131072), H, anchor="Контекст 128k")
claim(f, "7,5 ГиБ", "weights", "ГиБ", W(L8, "bf16"), X, "off_2x", note="bf16 14.96 GiB")
claim(f, "8 ГиБ", "kv_cache_total", "ГиБ", KV(L8, 8192, 8), H)
claim(f, "32 КиБ", "kv_cache_per_token", "КиБ", KVT(L8, 1), X, "off_2x", note="64 KiB")
claim(f, "17,2 ГБ", "arithmetic", "ГБ", 16 * GIB, H)
claim(f, "512 КиБ", "kv_cache_per_token", "КиБ", KVT("llama2-7b"), H)
claim(f, "в 4 раза больше", "ratio", "×", KVT("llama2-7b") / KVT(L8), H)
claim(f, "4 ГиБ", "kv_cache_total", "ГиБ", KV("llama2-7b", 4096), X, "off_2x", anchor="На 4¦096 токенов у Llama-2-7B",
      note="2 GiB")
claim(f, "56 КиБ", "kv_cache_per_token", "КиБ", KVT(Q7), H)
claim(f, "1,75 ГБ", "kv_cache_total", "ГБ", KV(Q7, 32768), X, "gib_as_gb", note="1.75 GiB = 1.88 GB")
claim(f, "512 МиБ", "kv_cache_total", "МиБ", KV(MIS, 4096), H, bound="upper", note="window caps the cache")
claim(f, "2 ГиБ", "kv_cache_total", "ГиБ", KV(MIS, 32768), X, "off_2x", anchor="Без окна", note="4 GiB")
claim(f, "8 КиБ", "kv_cache_per_token", "КиБ", KVT(FAL), H, anchor="Falcon-7B (MQA")
claim(f, "16 МБ", "kv_cache_total", "МБ", KV(FAL, 2048), X, "gib_as_gb", note="16 MiB = 16.8 MB")
claim(f, "300 КиБ", "kv_cache_per_token", "КиБ", KVT(GXL), H)
claim(f, "600 МиБ", "kv_cache_total", "МиБ", KV(GXL, 1024), X, "off_2x", note="300 MiB")
claim(f, "40 ГиБ", "kv_cache_total", "ГиБ", KV(L70, 4096, 32), H)
claim(f, "80 ГиБ", "kv_cache_total", "ГиБ", KV(L70, 4096, 128), X, "off_2x", note="160 GiB")
claim(f, "128 КиБ", "kv_cache_per_token", "КиБ", KVT(M7), H, anchor="Mixtral-8x7B: кэш")
non(f, "created: 2026-09-12", "date")
non(f, "Вероятность вытеснения блока", "probability/percentage of load")
non(f, "Слайды: https://example.org/talks/kv-2026/slide-14", "url")
non(f, "[^2]: Замеры от 2026-09-12", "footnote date/version")

# ---- ru_07: дистилляция и спекулятивное декодирование (конспект семинара) -----------------------------
f = "ru_07"
claim(f, "70,6 млрд", "params", "млрд", N[L70], H)
claim(f, "8,0 млрд", "params", "млрд", N8, H)
claim(f, "почти в 9 раз", "ratio", "×", N[L70] / N8, H, hedged=True)
claim(f, "141 ГБ", "weights", "ГБ", W(L70, "bf16"), H)
claim(f, "16 ГБ", "weights", "ГБ", W(L8, "bf16"), H)
claim(f, "157 ГБ", "weights", "ГБ", W(L70, "bf16") + W(L8, "bf16"), H)
claim(f, "145 ГБ", "training", "ГБ", 18 * N8, H, anchor="Для офлайн-дистилляции")
claim(f, "145 ГБ", "training", "ГБ", 18 * N8 / 8, X, "per_gpu", anchor="На 8 картах с ZeRO-3", note="18.1 GB per GPU")
claim(f, "1,92 ТБ", "arithmetic", "ТБ", 10e9 * 32 * 6, H)
claim(f, "2,6 ТБ", "arithmetic", "ТБ", 10e9 * 128256 * 2, X, "wrong_unit", note="2,565 TB = 2.6 PB")
claim(f, "72,7 ГБ", "weights", "ГБ", W(Q72, "int8"), H, anchor="Цель — Qwen2.5-72B-Instruct")
claim(f, "0,99 ГБ", "weights", "ГБ", W(Q05, "bf16"), H, anchor="Цель — Qwen2.5-72B-Instruct")
claim(f, "73,7 ГБ", "weights", "ГБ", W(Q72, "int8") + W(Q05, "bf16"), H)
claim(f, "146 ГБ", "weights", "ГБ", W(Q72, "bf16") + W(Q05, "bf16"), H)
claim(f, "18,7 ГБ", "weights", "ГБ", W(Q72, "int4") + W(Q05, "bf16"), X, "off_2x", note="37.3 GB")
claim(f, "48 КиБ", "kv_cache_per_token", "КиБ", KVT(Q05), X, "off_2x", note="12 KiB")
claim(f, "320 КиБ", "kv_cache_per_token", "КиБ", KVT(Q72), H)
claim(f, "в 80 раз меньше", "ratio", "×", KVT(Q72) / KVT(Q05), X, "off_2x", note="26.7x")
claim(f, "0,99 ГБ", "weights", "ГБ", W(Q05, "bf16"), H, anchor="Черновик читает")
claim(f, "72,7 ГБ", "weights", "ГБ", W(Q72, "int8"), H, anchor="Черновик читает")
claim(f, "≈ 46 токенов/с", "throughput", "токенов/с", H100 / W(Q72, "int8"), H, hedged=True)
claim(f, "≈ 340 токенов/с", "throughput", "токенов/с", H100 / W(Q05, "bf16"), X, "off_2x", hedged=True,
      note="3,390 tokens/s")
non(f, "created: 2026-11-11", "date")
non(f, "при доле принятия α = 0,8 и k = 5", "probability/hyper-parameters")
non(f, "\\approx 3{,}69$$", "latex expectation")
non(f, "Итог семинара: ускорение 2,1×", "measured speed-ups (scores)")
non(f, "Следующий семинар — 25.11", "date/time/room")

# ---- ru_08: план предобучения 3B: Chinchilla, объём текста, FLOPs, GPU-часы, ZeRO, TP/PP ------------
f = "ru_08"
P3 = 3.2e9
D3 = 20 * P3
FLOP3 = 6 * P3 * D3
claim(f, "12,8 ГБ", "weights", "ГБ", 2 * P3, X, "off_2x", anchor="веса_bf16::", note="6.4 GB")
claim(f, "64 млрд токенов", "tokens", "млрд токенов", D3, H, anchor="По Chinchilla")
claim(f, "около 256 ГБ", "arithmetic", "ГБ", D3 * 4, H, hedged=True)
claim(f, "19 ТБ", "arithmetic", "ТБ", D3 * 3, X, "off_2x", note="192 GB")
claim(f, "128 ГиБ", "arithmetic", "ГиБ", D3 * 2, X, "gb_as_gib", note="128 GB = 119 GiB")
claim(f, "512 ГБ", "arithmetic", "ГБ", D3 * 4, X, "off_2x", note="int32: 256 GB")
claim(f, "~2¦800 токенов на параметр", "tokens_per_param", "токенов на параметр", 9e12 / N[L3], H, hedged=True)
claim(f, "1,23·10²¹", "flops", "FLOP", FLOP3, H, anchor="6 · 3,2·10⁹ · 64·10⁹", hedged=True)
claim(f, "9,85·10⁶ с", "time", "с", FLOP3 / (0.4 * 312e12), H, hedged=True)
claim(f, "около 2¦700 GPU-часов", "time", "GPU-часов", FLOP3 / (0.4 * 312e12) / 3600, H, hedged=True)
claim(f, "около 43 часов", "time", "часов", FLOP3 / (0.4 * 312e12) / 3600 / 64, H, hedged=True)
claim(f, "в 10 раз быстрее", "ratio", "×", 989 / 312, X, "off_2x", note="3.2x")
claim(f, "51 ГБ", "training", "ГБ", 16 * P3, H, anchor="Модель: 3,2 млрд × 16 байт")
claim(f, "17,6 ГБ", "training", "ГБ", zero(P3, 8, 1), H, note="per GPU")
claim(f, "51 ГБ", "training", "ГБ", zero(P3, 8, 3), X, "per_gpu", anchor="С ZeRO-3 на тех же", note="6.4 GB per GPU")
claim(f, "6,4 ГБ", "weights", "ГБ", 2 * P3, H, anchor="TP=2 × PP=4")
claim(f, "1,6 ГБ", "weights", "ГБ", 2 * P3 / 8, X, "per_gpu", note="0.8 GB per GPU")
claim(f, "51 ГБ", "training", "ГБ", 16 * P3, H, anchor="Чекпойнт с состояниями")
claim(f, "6,4 ГБ", "weights", "ГБ", 2 * P3, H, anchor="Чекпойнт с состояниями")
claim(f, "в 8 раз меньше", "ratio", "×", 16 / 2, H)
claim(f, "25,6 ГБ", "weights", "ГБ", 4 * P3, X, "off_2x", note="fp32 12.8 GB")
claim(f, "в 4 раза больше", "ratio", "×", 4 / 2, X, "off_2x", note="2x")
non(f, "created: 2026-06-30", "date")
non(f, "1. Сбор данных — до 15 июля", "numbered plan/date")
non(f, "2. Пробный запуск на 8 картах", "numbered plan/dates")
non(f, "3. Основной запуск", "numbered plan/price")


# ---- en_09: a chatbot answer pasted unchecked (GGUF sizes, KV formula without GQA, rules of thumb) ----
f = "en_09"
N70 = N[L70]
claim(f, "16.1 GB", "quantized_file", "GB", GG(L8, "F16"), H, rel=0.02)
claim(f, "4.3 GB", "quantized_file", "GB", GG(L8, "Q8_0"), X, "off_2x", note="Q8_0 8.53 GB")
claim(f, "6.6 GB", "quantized_file", "GB", GG(L8, "Q6_K"), H, rel=0.02)
claim(f, "11.4 GB", "quantized_file", "GB", GG(L8, "Q5_K_M"), X, "off_2x", note="Q5_K_M 5.73 GB")
claim(f, "4.9 GB", "quantized_file", "GB", GG(L8, "Q4_K_M"), H, rel=0.02, anchor="| Q4_K_M | 4.9 GB |")
claim(f, "6.3 GB", "quantized_file", "GB", GG(L8, "Q2_K"), X, "off_2x", note="Q2_K 3.17 GB")
claim(f, "about 21.6 GB", "quantized_file", "GB", GG(L70, "Q4_K_M"), X, "off_2x", hedged=True, note="43.2 GB")
claim(f, "46.7B", "params", "B", N[M7], H)
claim(f, "12.9B", "params", "B", ACTIVE_M7, H)
claim(f, "6.4 GB", "weights", "GB", W(M7, "int4"), X, "wrong_kind", alt=ACTIVE_M7 * 0.5,
      note="all experts must be loaded: 23.4 GB; 6.4 GB is the active share")
claim(f, "145.4 GB", "weights", "GB", W(Q72, "fp16"), H)
claim(f, "145 GiB", "weights", "GiB", W(Q72, "fp16"), X, "gb_as_gib", note="135.4 GiB")
claim(f, "671B", "params", "B", N[DS], H)
claim(f, "671 GB", "weights", "GB", W(DS, "fp16"), X, "off_2x", note="fp16 1,342 GB")
claim(f, "7.2 GB", "weights", "GB", W(O20, "bf16"), X, "wrong_kind", alt=ACTIVE_OSS20 * 2,
      note="all 20.9B are loaded: 41.8 GB")
claim(f, "3.6B", "params", "B", ACTIVE_OSS20, H)
claim(f, "524,288 bytes", "kv_cache_per_token", "bytes", KVT(L8), X, "off_2x", note="GQA: 131,072 bytes")
claim(f, "512 KiB", "kv_cache_per_token", "KiB", KVT(L8), X, "off_2x", anchor="For Llama-3.1-8B: 2 × 32", note="128 KiB")
claim(f, "4 GiB", "kv_cache_total", "GiB", KV(L8, 8192), X, "off_2x", anchor="so an 8k context costs", note="1 GiB")
claim(f, "512 KiB", "kv_cache_per_token", "KiB", KVT("llama2-7b"), H, anchor="For Llama-2-7B, which has no GQA")
claim(f, "1 GiB", "kv_cache_total", "GiB", KV("llama2-7b", 4096), X, "off_2x", note="2 GiB")
claim(f, "20 GiB", "kv_cache_total", "GiB", KV(L70, 131072), X, "off_2x", note="40 GiB")
claim(f, "~32 GB", "training", "GB", 16 * N8, X, "off_2x", hedged=True, note="16 B/param: 128.5 GB")
claim(f, "141 GB", "training", "GB", zero(N70, 8, 3), H, anchor="ZeRO-3 over 8 GPUs", note="per GPU")
claim(f, "70 GB", "training", "GB", zero(N70, 8, 2), X, "per_gpu", anchor="ZeRO-2 over the same", note="ZeRO-2 per GPU 264.6 GB")
claim(f, "~205 tokens/s", "throughput", "tok/s", RTX4090 / GG(L8, "Q4_K_M"), H, hedged=True)
claim(f, "43 GiB", "quantized_file", "GiB", GG(L70, "Q4_K_M"), X, "gb_as_gib", rel=0.02, note="43.2 GB = 40.2 GiB")
claim(f, "~47 tokens/s", "throughput", "tok/s", RTX4090 / GG(L70, "Q4_K_M"), X, "off_2x", hedged=True,
      note="23 tokens/s")
claim(f, "about 47 tokens/s", "throughput", "tok/s", H100 / W(L70, "bf16"), X, "off_2x", hedged=True,
      note="23.7 tokens/s")
claim(f, "31.2 GB", "arithmetic", "GB", 13e9 * 2 * 1.2, H)
claim(f, "68\\,\\text{GB}", "arithmetic", "GB", 34e9 * 2, H)
claim(f, "35\\,\\text{GB}", "arithmetic", "GB", 70e9 * 0.5, H)
claim(f, "16\\,\\text{GB}", "arithmetic", "GB", 8e9 * 4, X, "arithmetic", note="32 GB")
claim(f, "75 %", "percentage", "%", 100 * (1 - 0.5 / 2), H)
claim(f, "4 times", "ratio", "×", 2 / 0.5, H)
claim(f, "25 %", "percentage", "%", 100 * (1 - 2 / 4), X, "off_2x", note="50 %")
claim(f, "3.3×", "ratio", "×", GG(L8, "F16") / GG(L8, "Q4_K_M"), H)
claim(f, "1.9×", "ratio", "×", GG(L8, "F16") / GG(L8, "Q8_0"), H)
claim(f, "12×", "ratio", "×", GG(L8, "F16") / GG(L8, "Q2_K"), X, "off_2x", note="5.1x")
claim(f, "141 GB", "weights", "GB", W(L70, "bf16"), H, anchor="Depending on the quant")
claim(f, "35–70 GB", "weights", "GB", [W(L70, "bf16") / 4, W(L70, "bf16") / 2], H, rng=True)
claim(f, "2–4 GB", "weights", "GB", [W(L8, "bf16") / 4, W(L8, "bf16") / 2], X, "off_2x", rng=True,
      note="2-4x less than 16 GB is 4-8 GB")
claim(f, "16.06 GB", "weights", "GB", W(L8, "bf16"), H, anchor="print(params * 2 / 1e9)")
claim(f, "3.74 GB", "weights", "GB", W(L8, "int4"), X, "gib_as_gb", note="code divides by 2**30: 3.74 GiB = 4.02 GB")
claim(f, "16.06 GB", "weights", "GB", W(L8, "fp32"), X, "off_2x", anchor="print(params * 4 / 1e9)", note="32.12 GB")
non(f, "pasted: 2026-09-02", "date")
non(f, "Hope this helps!", "model names in a closing line")

# ---- ru_09: ответ нейросети, вставленный без проверки ------------------------------------------------
f = "ru_09"
N270 = N[L270]
claim(f, "69 млрд", "params", "млрд", N270, H, anchor="**Llama-2-70b-chat-hf** — 69 млрд")
claim(f, "138 ГБ", "weights", "ГБ", W(L270, "fp16"), H, anchor="- в fp16: 69 млрд")
claim(f, "138 ГиБ", "weights", "ГиБ", W(L270, "int8"), X, "off_2x", note="int8 64.2 GiB")
claim(f, "около 35 ГБ", "weights", "ГБ", W(L270, "int4"), H, hedged=True)
claim(f, "в 4 раза меньше", "ratio", "×", 2 / 0.5, H)
claim(f, "около 13 ГБ", "weights", "ГБ", N270 * 3 / 8, X, "off_2x", hedged=True, note="3 bits: 25.9 GB")
claim(f, "26 ГБ", "weights", "ГБ", W(L213, "fp16"), H)
claim(f, "13 ГБ", "weights", "ГБ", W(L213, "int4"), X, "off_2x", anchor="**Llama-2-13b-hf**", note="6.5 GB")
claim(f, "15,2 ГБ", "weights", "ГБ", W(Q7, "bf16"), H)
claim(f, "7,6 ГБ", "weights", "ГБ", W(Q7, "int8"), H)
claim(f, "7,6 ГиБ", "weights", "ГиБ", W(Q7, "int4"), X, "off_2x", note="int4 3.55 GiB")
claim(f, "327¦680 байт", "kv_cache_per_token", "байт", KVT(L270), H)
claim(f, "320 КиБ", "kv_cache_per_token", "КиБ", KVT(L270), H)
claim(f, "20 ГиБ", "kv_cache_total", "ГиБ", KV(L270, 4096, 32), X, "off_2x", note="40 GiB")
claim(f, "400 КиБ", "kv_cache_per_token", "КиБ", KVT(L213), X, "off_2x", note="800 KiB")
claim(f, "1,6 ГБ", "kv_cache_total", "ГБ", KV(L213, 4096), X, "off_2x", note="3.36 GB")
claim(f, "25 ГБ/с", "bandwidth", "ГБ/с", 200e9 / 8, H)
claim(f, "138 ГБ", "weights", "ГБ", W(L270, "fp16"), H, anchor="Между двумя узлами")
claim(f, "~0,7 с", "time", "с", 138e9 / 25e9, X, "wrong_unit", hedged=True, note="5.5 s; 0.7 s reads 200 Gbit/s as 200 GB/s")
claim(f, "14 секунд", "time", "с", 138e9 * 8 / 10e9, X, "wrong_unit", note="110 s")
claim(f, "5,65·10¹⁴", "flops", "FLOP", 2 * 69e9 * 4096, H, hedged=True)
claim(f, "около 1,8 с", "time", "с", 2 * 69e9 * 4096 / 312e12, H, hedged=True)
claim(f, "в 3 раза быстрее", "ratio", "×", 989 / 312, H)
claim(f, "8,3·10²³", "flops", "FLOP", 6 * 69e9 * 2e12, H, hedged=True)
claim(f, "примерно 740¦000 GPU-часов", "time", "GPU-часов", 6 * 69e9 * 2e12 / 312e12 / 3600, H, hedged=True)
claim(f, "около 300¦000 GPU-часов", "time", "GPU-часов", 6 * 69e9 * 2e12 / (0.4 * 312e12) / 3600, X, "off_2x",
      hedged=True, note="1.84 million GPU-hours")
claim(f, "1,1 ТБ", "training", "ТБ", 16 * N270, H)
claim(f, "138 ГБ", "training", "ГБ", zero(N270, 16, 3), X, "per_gpu", anchor="На 16 картах", note="69 GB per GPU")
claim(f, "828 ГБ", "training", "ГБ", 12 * N270, H)
claim(f, "25 %", "percentage", "%", 100 * (1 - 12 / 16), H)
LORA70 = 80 * 8 * ((8192 + 8192) + (8192 + 1024))
claim(f, "16,4 млн", "params", "млн", LORA70, H)
claim(f, "65,5 МБ", "weights", "МБ", 2 * LORA70, X, "off_2x", note="32.8 MB")
claim(f, "≈ 35,6 ГБ", "weights", "ГБ", N270 * (4 + 8 / 64 + 32 / (64 * 256)) / 8, H, hedged=True)
claim(f, "75 %", "percentage", "%", 100 * (1 - 0.5 / 2), H)
claim(f, "87,5 %", "percentage", "%", 100 * (1 - 0.5 / 4), H)
non(f, "дата: 2026-10-21", "date")
non(f, "Если нужно, могу расписать", "model names in a closing line")


# ---- checks and output ---------------------------------------------------------------------------
RATIO_ERRORS = {"off_2x", "per_gpu", "wrong_unit", "wrong_kind"}


def rnd(v):
    return float(f"{v:.6g}")


def fits(c, s, tol, hedged, bound=None, rel=None):
    t = max(tol, 0.10 * abs(s) if hedged else 0.0, (rel or 0.0) * abs(s)) + 1e-9 * abs(s)
    if bound == "upper":
        return c <= s + t
    if bound == "lower":
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
    return re.compile(r"(?<![\d.,\u00a0])" + re.escape(fig) + r"(?!\d|[.,\u00a0]\d)")


def build():
    out, problems = [], PROBLEMS
    per_file = Counter()
    claim_lines = set()
    for c in CLAIMS:
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
        # the scorer's occurrence: the n-th figure on the line that states this number
        num = re.search(NUM[lang], c["figure"]).group(0)
        at = found[c["occ"] - 1].start() + c["figure"].index(num)
        occurrence = sum(1 for m in standalone(num).finditer(text)
                         if m.start() <= at and not re.match(r"[\w\-]", text[m.start() - 1:m.start()] or " "))
        got = read(c["figure"], lang, 2 if c["rng"] else 1)
        if got is None:
            problems.append(f"{where}: no number in the figure")
            continue
        unit = c["unit"]
        correct = [v / SCALE[unit] for v in c["value"]] if isinstance(c["value"], list) else c["value"] / SCALE[unit]
        if c["rng"]:
            (lo, tlo), (hi, thi) = got
            point = correct if not isinstance(correct, list) else None
            if point is not None:
                ok = lo - max(tlo, 0.1 * lo if c["hedged"] else 0) <= point <= hi + max(thi, 0.1 * hi if c["hedged"] else 0)
            else:
                ok = fits(correct[0], lo, tlo, c["hedged"]) and fits(correct[1], hi, thi, c["hedged"])
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
            elif e in RATIO_ERRORS and max(correct / s, s / correct) < 1.95:
                problems.append(f"{where}: {e} but off by only {max(correct / s, s / correct):.3f}x")
            elif e in ("gib_as_gb", "gb_as_gib"):
                if (e == "gib_as_gb") != (unit in ("GB", "MB", "KB", "ГБ", "МБ", "КБ")):
                    problems.append(f"{where}: {e} with unit {unit}")
                twin = c["value"] / SCALE[TWIN[unit]]
                if not fits(twin, s, tol, c["hedged"]):
                    problems.append(f"{where}: {e} but the twin unit gives {twin:.4g}")
            if e == "wrong_kind":
                alt = c["alt"] / SCALE[unit]
                if not fits(alt, s, tol, c["hedged"]):
                    problems.append(f"{where}: wrong_kind but the other kind gives {alt:.4g}")
            if e not in RATIO_ERRORS | {"gib_as_gb", "gb_as_gib", "arithmetic"}:
                problems.append(f"{where}: unknown error class {e!r}")
        claim_lines.add((name, ln))
        out.append({
            "id": cid, "file": name, "line": ln, "figure": c["figure"], "occurrence": occurrence,
            "kind": c["kind"], "stated": stated, "unit": unit,
            "correct": [rnd(v) for v in correct] if isinstance(correct, list) else rnd(correct),
            "correct_unit": unit, "verdict": c["expect"], "error": c["error"], "lang": lang,
            "hedged": c["hedged"], "bound": c["bound"], "quoted": False, "note": c["note"],
        })
    non_out = []
    for n in NON:
        name = FILES[n["f"]]
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
    rows = []
    for lang in ("en", "ru"):
        c = [x for x in cl if x["lang"] == lang]
        rows.append((lang, len({x["file"] for x in c}), len(c), sum(x["verdict"] == X for x in c),
                     sum(x["lang"] == lang for x in nc)))
    total = (len(FILES), len(cl), sum(x["verdict"] == X for x in cl), len(nc))
    print("lang notes claims wrong non-claims")
    for r in rows:
        print(f"{r[0]:<4} {r[1]:5d} {r[2]:6d} {r[3]:5d} {r[4]:10d}")
    n_lines = len({(x["file"], x["line"]) for x in cl})
    print(f"all  {total[0]:5d} {total[1]:6d} {total[2]:5d} {total[3]:10d}   "
          f"wrong {100 * total[2] / total[1]:.1f} %, claim lines {n_lines}")
    print("kinds:", dict(Counter(x["kind"] for x in cl).most_common()))
    print("errors:", dict(Counter(x["error"] for x in cl if x["error"]).most_common()))
    print("hedged right:", sum(x["hedged"] and x["verdict"] == H for x in cl),
          "bounds:", sum(bool(x["bound"]) for x in cl))


def main(argv):
    truth = build()
    text = json.dumps(truth, ensure_ascii=False, indent=1) + "\n"
    path = HERE / "truth.json"
    if "--check" in argv:
        if not path.exists() or path.read_text(encoding="utf-8") != text:
            raise SystemExit("truth.json is stale: run python tests/claims_corpus_h/truth.py")
        summary(truth)
        print("truth.json is current; every check passed")
        return 0
    path.write_text(text, encoding="utf-8")
    summary(truth)
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
