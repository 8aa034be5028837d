#!/usr/bin/env python3
"""Ground truth for blind sizing-claims corpus J (tests/claims_corpus_j/notes).

Written without reading vaultkit's code, its tests, the holdout or the other corpora's notes.
Facts: /work/shared/claims-gold.md (bytes per dtype, GGUF bits per weight measured on
Llama-3.1-8B, exact parameter counts, KV / training / activation formulas).  Models that
claims-gold does not catalogue appear with their config (or their count) written in the note;
their parameter counts are computed here from that config and asserted against the publisher's
rounded figure.  Nothing here imports vaultkit.

    python tests/claims_corpus_j/truth.py          # check and (re)write truth.json
    python tests/claims_corpus_j/truth.py --check  # check; fail if truth.json is stale

Self-checks: every claim's anchor is on exactly one line of its note, the line contains the
figure standing on its own and the figure reads back as the stated value; a claim meant to hold
holds under the tolerance rules below, a claim meant to be wrong fails and is off by >= 1.95x
(or, for GB/GiB mix-ups, holds in the twin unit; for a wrong kind, matches the other kind's
value); a non-claim line carries a digit and is no claim line.
"""
from __future__ import annotations

import json
import re
import sys
from collections import Counter
from pathlib import Path

HERE = Path(__file__).resolve().parent
NOTES = HERE / "notes"
KiB, MiB, GiB, TiB = 2**10, 2**20, 2**30, 2**40
NBSP = "\u00a0"

# ---- facts -------------------------------------------------------------------------------------
BYTES = {"fp32": 4.0, "fp16": 2.0, "bf16": 2.0, "fp8": 1.0, "int8": 1.0, "int4": 0.5}
# effective bits per weight of whole GGUF files, measured on Llama-3.1-8B (claims-gold 1.5)
GGUF = {"Q2_K": 3.1593, "Q4_K_M": 4.8944, "Q5_K_M": 5.7036, "Q6_K": 6.5633, "Q8_0": 8.5008}
MXFP4_BITS = 17 * 8 / 32                      # 4.25 bits incl. the shared block scale


def dense_params(h, inter, layers, heads, kv, hd, vocab, *, tied, qkv_bias=False, norms=2):
    """decoder with q/k/v/o, gated MLP (3 matrices), RMSNorms, final norm"""
    attn = 2 * h * heads * hd + 2 * h * kv * hd + ((heads * hd + 2 * kv * hd) if qkv_bias else 0)
    return layers * (attn + 3 * h * inter + norms * h) + vocab * h * (1 if tied else 2) + h


def moe_params(h, inter, layers, heads, kv, hd, vocab, experts, top):
    """Mixtral-style MoE: total and active (unrouted experts removed)"""
    attn = 2 * h * heads * hd + 2 * h * kv * hd
    one = 3 * h * inter
    total = layers * (attn + experts * one + h * experts + 2 * h) + 2 * vocab * h + h
    return total, total - layers * (experts - top) * one


P = {  # exact parameter counts
    # claims-gold 2.1
    "gpt2": 124_439_808, "gpt2-xl": 1_557_611_200, "bert-base": 109_482_240,
    "llama2-7b": 6_738_415_616, "llama2-13b": 13_015_864_320, "llama2-70b": 68_976_648_192,
    "llama3-8b": 8_030_261_248, "llama3-70b": 70_553_706_496, "mistral-7b": 7_241_732_096,
    "mixtral-8x7b": 46_702_792_704, "qwen2.5-7b": 7_615_616_512, "falcon-7b": 6_921_720_704,
    # from the configs written in the notes
    "llama3.2-1b": dense_params(2048, 8192, 16, 32, 8, 64, 128256, tied=True),
    "llama3.2-3b": dense_params(3072, 8192, 28, 24, 8, 128, 128256, tied=True),
    "qwen2.5-0.5b": dense_params(896, 4864, 24, 14, 2, 64, 151936, tied=True, qkv_bias=True),
    "qwen2.5-1.5b": dense_params(1536, 8960, 28, 12, 2, 128, 151936, tied=True, qkv_bias=True),
    "qwen2.5-3b": dense_params(2048, 11008, 36, 16, 2, 128, 151936, tied=True, qkv_bias=True),
    "gemma2-9b": dense_params(3584, 14336, 42, 16, 8, 256, 256000, tied=True, norms=4),
}
MIX7_ACTIVE = 12_879_925_248
P["mixtral-8x22b"], MIX22_ACTIVE = moe_params(6144, 16384, 56, 48, 8, 128, 32768, 8, 2)
assert moe_params(4096, 14336, 32, 32, 8, 128, 32000, 8, 2) == (P["mixtral-8x7b"], MIX7_ACTIVE)
assert dense_params(4096, 14336, 32, 32, 8, 128, 128256, tied=False) == P["llama3-8b"]
assert dense_params(4096, 11008, 32, 32, 32, 128, 32000, tied=False) == P["llama2-7b"]
assert P["llama3.2-1b"] == 1_235_814_400 and P["llama3.2-3b"] == 3_212_749_824   # model cards
assert P["qwen2.5-0.5b"] == 494_032_768                                         # "0.49B"
assert round(P["qwen2.5-1.5b"] / 1e7) == 154 and round(P["qwen2.5-3b"] / 1e7) == 309  # 1.54B / 3.09B
assert P["gemma2-9b"] == 9_241_705_984                                         # HF safetensors total
assert round(P["mixtral-8x22b"] / 1e8) == 1406 and round(MIX22_ACTIVE / 1e9) == 39  # 140.6B / 39B

# (layers, KV heads, head dim)
KVC = {"llama2-7b": (32, 32, 128), "llama2-13b": (40, 40, 128), "llama2-70b": (80, 8, 128),
       "llama3-8b": (32, 8, 128), "llama3-70b": (80, 8, 128), "mistral-7b": (32, 8, 128),
       "mixtral-8x7b": (32, 8, 128), "mixtral-8x22b": (56, 8, 128), "qwen2.5-7b": (28, 4, 128),
       "falcon-7b": (32, 1, 64), "llama3.2-1b": (16, 8, 64), "llama3.2-3b": (28, 8, 128),
       "qwen2.5-0.5b": (24, 2, 64), "qwen2.5-1.5b": (28, 2, 128), "qwen2.5-3b": (36, 2, 128),
       "gemma2-9b": (42, 8, 256), "gpt2-xl": (48, 25, 64)}
HIDDEN = {"llama2-7b": 4096, "llama2-13b": 5120, "llama3-8b": 4096, "mistral-7b": 4096,
          "qwen2.5-7b": 3584, "llama2-70b": 8192, "llama3-70b": 8192}
HEADS = {"llama2-7b": 32, "llama2-13b": 40, "llama3-8b": 32, "mistral-7b": 32, "llama3-70b": 64}


def wb(m, dtype):
    """weight bytes"""
    return P[m] * (BYTES[dtype] if isinstance(dtype, str) else dtype)


def gguf(m, qtype):
    return P[m] * GGUF[qtype] / 8


def kv_tok(m, b=2):
    layers, kv, hd = KVC[m]
    return 2 * layers * kv * hd * b


def kv(m, tokens, batch=1, b=2):
    return kv_tok(m, b) * tokens * batch


def act_layer(s, b, h, a, mode="none"):
    """activation bytes per layer in fp16 (Korthikanti et al. 2022, table 2)"""
    if mode == "none":
        return s * b * h * (34 + 5 * a * s / h)
    if mode == "selective":
        return 34 * s * b * h
    return 2 * s * b * h                      # full recomputation: the layer input only


def zero(n, g, stage):
    """model-state bytes per GPU, 2 + 2 + 12 bytes per parameter (ZeRO paper)"""
    return {0: 16 * n, 1: 4 * n + 12 * n / g, 2: 2 * n + 14 * n / g, 3: 16 * n / g}[stage]


UNIT = {"bytes": 1, "байт": 1, "KB": 1e3, "MB": 1e6, "GB": 1e9, "TB": 1e12, "PB": 1e15,
        "KiB": KiB, "MiB": MiB, "GiB": GiB, "TiB": TiB,
        "КБ": 1e3, "МБ": 1e6, "ГБ": 1e9, "ТБ": 1e12, "КиБ": KiB, "МиБ": MiB, "ГиБ": GiB, "ТиБ": TiB,
        "params": 1, "K": 1e3, "M": 1e6, "B": 1e9, "T": 1e12, "тыс.": 1e3, "млн": 1e6, "млрд": 1e9,
        "трлн": 1e12, "tokens": 1, "токенов": 1, "tokens/param": 1, "FLOP": 1, "GFLOP": 1e9, "bits": 1, "бит": 1,
        "%": 1, "×": 1, "tok/s": 1, "токенов/с": 1, "GB/s": 1e9, "ГБ/с": 1e9, "s": 1, "с": 1,
        "ms": 1e-3, "мс": 1e-3, "h": 3600, "ч": 3600, "GPU-days": 1, "GPU-дней": 1, "GPU-hours": 1,
        "GPU-часов": 1, "steps": 1, "шагов": 1, "days": 1, "дней": 1, "суток": 1, "мин": 60}
TWIN = {"KB": "KiB", "MB": "MiB", "GB": "GiB", "TB": "TiB", "КБ": "КиБ", "МБ": "МиБ", "ГБ": "ГиБ",
        "ТБ": "ТиБ"}
TWIN.update({v: k for k, v in list(TWIN.items())})
DECIMAL_UNITS = {"KB", "MB", "GB", "TB", "КБ", "МБ", "ГБ", "ТБ"}

# ---- reading printed figures ----------------------------------------------------------------------
SUP = str.maketrans("⁰¹²³⁴⁵⁶⁷⁸⁹⁻", "0123456789-")
NUMRE = {"en": r"\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?",
         "ru": r"\d{1,3}(?:\u00a0\d{3})+(?:,\d+)?|\d+(?:,\d+)?"}
EXPRE = (r"(?:\s*(?:\\times|×|·|\\cdot)\s*10(?:\^\{?(?P<c>-?\d+)\}?|(?P<s>[⁰¹²³⁴⁵⁶⁷⁸⁹⁻]+))"
         r"|e(?P<e>\d+))?")


def _num(m, lang):
    raw = m.group("n")
    raw = raw.replace(",", "") if lang == "en" else raw.replace(NBSP, "").replace(",", ".")
    decimals = len(raw.split(".")[1]) if "." in raw else 0
    zeros = 0 if decimals else len(raw) - len(raw.rstrip("0"))
    if zeros == len(raw):
        zeros = 0
    ex = m.group("c") or m.group("e") or (m.group("s") or "").translate(SUP)
    scale = 10.0 ** int(ex) if ex else 1.0
    return float(raw) * scale, 0.5 * 10.0 ** (zeros - decimals) * scale


def read(figure, lang, count=1):
    found = [_num(m, lang) for m in re.finditer("(?P<n>" + NUMRE[lang] + ")" + EXPRE, figure)]
    return found[:count] if len(found) >= count else None


# ---- the claims -----------------------------------------------------------------------------------
CLAIMS: list[dict] = []
NON: list[dict] = []
H, X = "holds", "wrong"


def claim(f, figure, kind, unit, value, verdict, error=None, *, anchor=None, occ=1, hedged=False,
          bound=None, rng=False, rel=None, alt=None, words=None, note=""):
    """f: note prefix; figure: the text on the line; value: correct value in base units;
    words: (value, tolerance) for a figure written in words."""
    fig = figure.replace("¦", NBSP)
    CLAIMS.append(dict(f=f, figure=fig, kind=kind, unit=unit, value=value, verdict=verdict,
                       error=error, anchor=(anchor or figure).replace("¦", NBSP), occ=occ,
                       hedged=hedged, bound=bound, rng=rng, rel=rel, alt=alt, words=words, note=note))


def non(f, text, why):
    NON.append(dict(f=f, text=text.replace("¦", NBSP), why=why))


# ---- en_01: on-device note (phone and laptop), small models, GGUF, bandwidth ceilings ------------
f = "en_01"
L1, L3, Q15, Q05 = "llama3.2-1b", "llama3.2-3b", "qwen2.5-1.5b", "qwen2.5-0.5b"
claim(f, "2.47 GB", "weights", "GB", wb(L1, "bf16"), H, anchor="is 2.47 GB on disk")
claim(f, "2.3 GiB", "weights", "GiB", wb(L1, "bf16"), H)
claim(f, "about 0.8 GB", "quantized_file", "GB", gguf(L1, "Q4_K_M"), H, hedged=True)
claim(f, "~2.0 GB", "quantized_file", "GB", gguf(L3, "Q4_K_M"), H, hedged=True)
claim(f, "3.2 GB", "weights", "GB", wb(L3, "bf16"), X, "off_2x", note="bf16 3B = 6.43 GB; 3.2 is the count")
claim(f, "roughly 0.5 GB", "weights", "GB", wb(Q05, "int4"), X, "off_2x", hedged=True, note="0.247 GB")
claim(f, "2.47 GB", "weights", "GB", wb(L1, "bf16"), H, anchor="cuts the 1B from")
claim(f, "roughly 0.76 GB", "quantized_file", "GB", gguf(L1, "Q4_K_M"), H, hedged=True)
claim(f, "roughly 69 %", "percentage", "%", 100 * (1 - gguf(L1, "Q4_K_M") / wb(L1, "bf16")), H, hedged=True)
claim(f, "4×", "ratio", "×", 16 / GGUF["Q8_0"], X, "off_2x", note="bf16 / Q8_0 = 1.88x")
claim(f, "32 KiB", "kv_cache_per_token", "KiB", kv_tok(L1), H)
claim(f, "128 MiB", "kv_cache_total", "MiB", kv(L1, 4096), H)
claim(f, "112 KiB", "kv_cache_per_token", "KiB", kv_tok(L3), H)
claim(f, "0.94 GiB", "kv_cache_total", "GiB", kv(L3, 8192), X, "gb_as_gib", note="0.94 GB = 0.875 GiB")
claim(f, "56 KiB", "kv_cache_per_token", "KiB", kv_tok(Q15), X, "off_2x", note="2 KV heads: 28 KiB")
claim(f, "about 125 tok/s", "throughput", "tok/s", 100e9 / gguf(L1, "Q4_K_M"), H, hedged=True)
claim(f, "near 52 tok/s", "throughput", "tok/s", 51.2e9 / gguf(L3, "Q4_K_M"), X, "off_2x", hedged=True, note="26 tok/s")
claim(f, "about 32 tok/s", "throughput", "tok/s", 100e9 / wb(L3, "bf16"), X, "off_2x", hedged=True,
      note="6.43 GB per token at 100 GB/s: 15.6 tok/s")
claim(f, "7.7 s", "time", "s", 200 / 26, H)
claim(f, "6.4 s", "time", "s", 400 / 125, X, "off_2x", note="3.2 s")
non(f, "created: 2026-11-18", "date")
non(f, "temperature 0.7, top_p 0.9, num_ctx 4096", "hyperparameters")
non(f, "ollama 0.4.7 on the Air", "versions")
non(f, "http://localhost:11434/api/generate", "url, port, build number")

# ---- en_02: Anki-style deck (Q::A and "?" separators) -------------------------------------------
f = "en_02"
L27, L213, L38, M7 = "llama2-7b", "llama2-13b", "llama3-8b", "mistral-7b"
claim(f, "8.1e22", "flops", "FLOP", 6 * P[L27] * 2e12, H)
claim(f, "~160B tokens", "tokens", "B", 20 * P[L38], H, hedged=True)
claim(f, "72B tokens", "tokens", "B", 20 * P[M7], X, "off_2x", note="20 x 7.24B = 145B")
claim(f, "5.9e23", "flops", "FLOP", 6 * 70e9 * 1.4e12, H)
claim(f, "7.2 \\times 10^{23}", "flops", "FLOP", 6 * P[L38] * 15e12, H)
claim(f, "3.7e19", "flops", "FLOP", 6 * P["gpt2-xl"] * 40e9, X, "off_2x", note="3.7e20")
claim(f, "about 16 GFLOP", "flops", "GFLOP", 2 * P[L38], H, hedged=True)
claim(f, "1.1e14", "flops", "FLOP", 2 * P[L213] * 4096, H, hedged=True)
claim(f, "≈ 297", "tokens_per_param", "tokens/param", 2e12 / P[L27], H, hedged=True)
claim(f, "13.8 GB", "weights", "GB", wb("falcon-7b", "fp32"), X, "off_2x", note="fp32 27.7 GB; 13.8 is bf16")
claim(f, "13.5 GiB", "weights", "GiB", wb(M7, "bf16"), H)
claim(f, "52 GB", "weights", "GB", wb(L213, "fp16"), X, "off_2x", note="26.0 GB; 52 is fp32")
claim(f, "1.6 MiB", "kv_cache_per_token", "MiB", kv_tok(L213), X, "off_2x", note="800 KiB = 0.78 MiB")
claim(f, "4 GiB", "kv_cache_total", "GiB", kv(L27, 4096), X, "off_2x", note="2 GiB")
claim(f, "2.5 MiB", "kv_cache_per_token", "MiB", kv_tok("llama3-70b"), X, "off_2x", note="GQA: 320 KiB")
claim(f, "~128 GB", "training", "GB", 16 * P[L38], H, hedged=True)
claim(f, "48 GB", "training", "GB", 12 * P[L38], X, "off_2x", note="96.4 GB")
claim(f, "2,097,152 tokens", "tokens", "tokens", 512 * 4096, H)
claim(f, "4.2M tokens", "tokens", "M", 1024 * 8192, X, "off_2x", note="8.39M")
non(f, "new cards 20/day, ease 250 %", "deck settings")
non(f, "$L(N, D) = 1.69 + 406.4", "LaTeX fit")
non(f, "card 17 lapsed twice", "review log dates, probability")
non(f, "https://arxiv.org/abs/2203.15556", "url")
non(f, "created: 2026-10-02", "date")


# ---- en_03: pretraining plan, TP x PP x DP, global batch, steps, GPU-days -----------------------
f = "en_03"
N8 = P["llama3-8b"]
TOK = 2e12
GB_STEP = 8 * 64 * 8192
PER_GPU_TOKS = 0.4 * 989e12 / (6 * N8)
claim(f, "8,030,261,248", "params", "params", N8, H)
claim(f, "1.05B", "params", "B", 2 * 128256 * 4096, H)
claim(f, "6.98B", "params", "B", N8 - 2 * 128256 * 4096, H)
claim(f, "≈ 4.2M tokens", "tokens", "M", GB_STEP, H, hedged=True)
claim(f, "about 477k steps", "arithmetic", "K", TOK / GB_STEP, H, hedged=True)
claim(f, "4.8e22", "flops", "FLOP", 6 * N8 * TOK, X, "off_2x", note="9.6e22")
claim(f, "~8,200 tok/s", "throughput", "tok/s", PER_GPU_TOKS, H, hedged=True)
claim(f, "2.1M tok/s", "throughput", "M", 256 * PER_GPU_TOKS, H)
claim(f, "about 4 s", "time", "s", GB_STEP / (256 * PER_GPU_TOKS), X, "off_2x", hedged=True, note="2.0 s")
claim(f, "about 2,800 GPU-days", "time", "GPU-days", 6 * N8 * TOK / (0.4 * 989e12) / 86400, H, hedged=True)
claim(f, "11 days", "time", "days", 6 * N8 * TOK / (0.4 * 989e12) / 86400 / 256, H)
claim(f, "22 days", "time", "days", 6 * N8 * TOK / (0.4 * 989e12) / 86400 / 512, X, "off_2x", note="5.5 days")
claim(f, "128.5 GB", "training", "GB", 16 * N8, H)
claim(f, "32 GB", "training", "GB", 16 * N8 / 4, H, note="per GPU, TP=2 x PP=2")
claim(f, "≈ 2.1 GB", "training", "GB", 4 * N8 / 4 + 12 * N8 / 4 / 64, X, "off_2x", hedged=True,
      note="per GPU, ZeRO-1 over DP=64: 8.4 GB")
claim(f, "16.1 GB", "weights", "GB", wb("llama3-8b", "bf16"), H)
claim(f, "48 GB", "training", "GB", 12 * N8, X, "off_2x", note="12 bytes x 8.03B = 96.4 GB")
claim(f, "~112 GB", "training", "GB", 14 * N8, H, hedged=True, note="2 + 12 bytes per parameter")
claim(f, "0.56 TB", "arithmetic", "TB", 5 * 112e9, H)
claim(f, "8 TB", "arithmetic", "TB", 4 * TOK, H)
claim(f, "8 TiB", "arithmetic", "TiB", 4 * TOK, X, "gb_as_gib", note="8 TB = 7.28 TiB")
non(f, "kickoff: 2027-01-11", "date")
non(f, "lr 3e-4 peak, warmup 2000 steps", "hyperparameters, seed")
non(f, "Megatron-LM core_r0.9.0", "version, hardware counts")
non(f, "| tensor (TP) | 2 |", "parallel degree")
non(f, "1. Sequence length 8192, micro-batch 1", "numbered step with settings")
non(f, "| pipeline (PP) | 2 |", "parallel degree")


# ---- en_04: activation checkpointing on Llama-2-7B, per-layer activations ---------------------
f = "en_04"
S, Hd, A = 4096, 4096, 32
NO = act_layer(S, 1, Hd, A)
SEL = act_layer(S, 1, Hd, A, "selective")
FULL = act_layer(S, 1, Hd, A, "full")
claim(f, "3.25 GB", "activations", "GB", NO, H)
claim(f, "≈ 104 GB", "activations", "GB", 32 * NO, H, hedged=True)
claim(f, "13 GB", "activations", "GB", act_layer(S, 2, Hd, A), X, "off_2x", note="6.51 GB at micro-batch 2")
claim(f, "97 GB", "activations", "GB", 32 * NO, X, "gib_as_gb", note="97.0 GiB = 104.2 GB")
claim(f, "544 MiB", "activations", "MiB", SEL, H)
claim(f, "34 GiB", "activations", "GiB", 32 * SEL, X, "off_2x", note="17 GiB")
claim(f, "544 MB", "activations", "MB", SEL, X, "gib_as_gb", note="570 MB = 544 MiB")
claim(f, "32 MiB", "activations", "MiB", FULL, H, anchor="Only each layer's input")
claim(f, "1 GiB", "activations", "GiB", 32 * FULL, H, anchor="1 GiB for all 32 layers")
claim(f, "32 MiB", "activations", "MiB", act_layer(8192, 1, Hd, A, "full"), X, "off_2x", anchor="At sequence length 8192",
      note="64 MiB")
claim(f, "about 33 %", "percentage", "%", 100 * 2 / 6, H, hedged=True)
claim(f, "5.5e13", "flops", "FLOP", 2 * P["llama2-7b"] * 4096, H, hedged=True)
claim(f, "2.2e15", "flops", "FLOP", 8 * P["llama2-7b"] * 4096, X, "off_2x", hedged=True, note="2.2e14")
claim(f, "7.1 GiB", "activations", "GiB", act_layer(2048, 4, Hd, A), X, "off_2x", note="3.56 GiB")
claim(f, "680 MiB", "activations", "MiB", act_layer(4096, 1, 5120, 40, "selective"), H)
claim(f, "28.5 GB", "activations", "GB", 40 * act_layer(4096, 1, 5120, 40, "selective"), H)
claim(f, "2.1 GB", "activations", "GB", 4 * 4096 * 128256, H)
claim(f, "4×", "ratio", "×", 128256 / 32000, H)
claim(f, "1.05 GB", "activations", "GB", 4 * 4096 * 32000, X, "off_2x", note="0.52 GB")
claim(f, "108 GB", "training", "GB", 16 * P["llama2-7b"], H)
claim(f, "27 GB", "weights", "GB", wb("llama2-7b", "bf16"), X, "off_2x", note="13.5 GB in bf16; 27 is fp32")
non(f, "torch 2.5.1, flash-attn 2.6.3", "versions, run id, seed")
non(f, "\\text{mem} = s\\,b\\,h\\,(34 + 5\\,a\\,s/h)", "LaTeX formula")
non(f, "MFU went from 52.3 % to 41.0 %", "measurement")
non(f, "created: 2026-11-04", "date")


# ---- en_05: LoRA adapter catalogue (rank, targets, trainable parameters, adapter size) ----------
f = "en_05"


def lora(r, pairs, layers=32):
    return r * layers * sum(a + b for a, b in pairs)


QV3 = [(4096, 4096), (4096, 1024)]
ATT3 = [(4096, 4096), (4096, 1024), (4096, 1024), (4096, 4096)]
ALL3 = ATT3 + [(4096, 14336)] * 2 + [(14336, 4096)]
ALL2 = [(4096, 4096)] * 4 + [(4096, 11008)] * 2 + [(11008, 4096)]
R = {"support": lora(16, QV3), "sql": lora(16, ALL3), "summ": lora(64, ALL3),
     "legal": lora(8, [(4096, 4096)] * 2), "code": lora(16, ALL2), "tools": lora(32, ATT3)}
assert R["sql"] == 41_943_040 and R["legal"] == 4_194_304
claim(f, "6.8M", "params", "M", R["support"], H)
claim(f, "13.6 MB", "weights", "MB", 2 * R["support"], H)
claim(f, "41.9M", "params", "M", R["sql"], H)
claim(f, "168 MB", "weights", "MB", 2 * R["sql"], X, "off_2x", note="bf16 83.9 MB; 168 MB is fp32")
claim(f, "83.9M", "params", "M", R["summ"], X, "off_2x", note="r64 all linear = 167.8M")
claim(f, "335.5 MB", "weights", "MB", 2 * R["summ"], H)
claim(f, "4,194,304", "params", "params", R["legal"], H)
claim(f, "16.8 MB", "weights", "MB", 2 * R["legal"], X, "off_2x", note="bf16 8.4 MB")
claim(f, "40.0M", "params", "M", R["code"], H)
claim(f, "76 MB", "weights", "MB", 2 * R["code"], X, "gib_as_gb", note="80.0 MB = 76.2 MiB")
claim(f, "13.6M", "params", "M", R["tools"], X, "off_2x", anchor="| mistral-tools |", note="27.3M")
claim(f, "54.5 MB", "weights", "MB", 2 * R["tools"], H)
claim(f, "0.52 %", "percentage", "%", 100 * R["sql"] / P["llama3-8b"], H)
claim(f, "0.062 %", "percentage", "%", 100 * R["legal"] / P["llama2-7b"], H)
claim(f, "5.9 %", "percentage", "%", 100 * R["code"] / P["llama2-7b"], X, "off_2x", note="0.59 %")
claim(f, "under 700 MB", "weights", "MB", 2 * sum(R.values()), H, bound="upper")
claim(f, "≈ 671 MB", "training", "MB", 16 * R["sql"], H, hedged=True)
claim(f, "1.3 GB", "training", "GB", 16 * R["summ"], X, "off_2x", note="2.68 GB")
claim(f, "16.1 GB", "weights", "GB", wb("llama3-8b", "bf16"), H, anchor="Merging any Llama-3 adapter")
claim(f, "≈ 33 GB", "arithmetic", "GB", wb("llama3-8b", "bf16") + 2 * sum(R.values()), X, "off_2x", hedged=True,
      note="16.6 GB")
non(f, "lora_alpha 32, lora_dropout 0.05, lr 2e-4", "hyperparameters")
non(f, "exact match 71.4", "score")
non(f, "updated: 2026-11-22", "date")


# ---- en_06: vocabulary x hidden = embedding parameters, tied vs untied ---------------------------
f = "en_06"
E_G2, E_L2, E_L3 = 50257 * 768, 32000 * 4096, 128256 * 4096
E_Q7, E_L1, E_GM, E_Q05 = 152064 * 3584, 128256 * 2048, 256000 * 3584, 151936 * 896
claim(f, "38.6M", "params", "M", E_G2, H)
claim(f, "31 %", "percentage", "%", 100 * E_G2 / P["gpt2"], H)
claim(f, "131M", "params", "M", E_L2, H)
claim(f, "262M", "params", "M", 2 * E_L2, H)
claim(f, "7.8 %", "percentage", "%", 100 * 2 * E_L2 / P["llama2-7b"], X, "off_2x", note="3.9 %")
claim(f, "525M", "params", "M", E_L3, H, anchor="(128,256 × 4096, untied)")
claim(f, "1.05B", "params", "B", 2 * E_L3, H)
claim(f, "6.5 %", "percentage", "%", 100 * 2 * E_L3 / P["llama3-8b"], X, "off_2x", note="both matrices: 13.1 %")
claim(f, "545M", "params", "M", E_Q7, H)
claim(f, "263M", "params", "M", E_L1, H)
claim(f, "about 21 %", "percentage", "%", 100 * E_L1 / P["llama3.2-1b"], H, hedged=True)
claim(f, "525M", "params", "M", E_L1, X, "off_2x", anchor="Untying it would add", note="a second 263M matrix")
claim(f, "917.5M", "params", "M", E_GM, H)
claim(f, "about 10 %", "percentage", "%", 100 * E_GM / P["gemma2-9b"], H, hedged=True)
claim(f, "136M", "params", "M", E_Q05, H)
claim(f, "55 %", "percentage", "%", 100 * E_Q05 / P["qwen2.5-0.5b"], X, "off_2x", note="27.6 %")
claim(f, "2.1 GB", "weights", "GB", 2 * E_L3, X, "off_2x", note="one 525M matrix in bf16: 1.05 GB")
claim(f, "3.67 GB", "weights", "GB", 2 * E_GM, X, "off_2x", note="bf16 1.84 GB; 3.67 is fp32")
claim(f, "1.05 GFLOP", "flops", "GFLOP", 2 * E_L3, H)
claim(f, "0.55 GFLOP", "flops", "GFLOP", 2 * E_Q7, X, "off_2x", note="1.09 GFLOP")
claim(f, "4×", "ratio", "×", 128256 / 32000, H)
claim(f, "16×", "ratio", "×", 256000 / 50257, X, "off_2x", note="5.1x")
non(f, "3.94 chars/token", "measurement")
non(f, "[128000, 9906]", "token ids")
non(f, "v4.46.0/en/main_classes", "url with version")
non(f, "created: 2026-08-30", "date")


# ---- en_07: homelab README with params / dtype / context in the front matter ---------------------
f = "en_07"
L213 = "llama2-13b"
claim(f, "26.0 GB", "weights", "GB", wb(L213, "fp16"), H, anchor="Weights at the front-matter dtype")
claim(f, "13 GB", "weights", "GB", wb(L213, "fp16") / 2, H, anchor="Weights at the front-matter dtype",
      note="per GPU, split over two")
claim(f, "0.8 MB", "kv_cache_per_token", "MB", kv_tok(L213), H)
claim(f, "0.78 MiB", "kv_cache_per_token", "MiB", kv_tok(L213), H)
claim(f, "3.1 GiB", "kv_cache_total", "GiB", kv(L213, 4096), H)
claim(f, "6.25 GiB", "kv_cache_total", "GiB", kv(L213, 4096, 4), X, "off_2x", note="12.5 GiB")
claim(f, "25 GB", "kv_cache_total", "GB", kv(L213, 4096, 8), X, "gib_as_gb", note="25 GiB = 26.8 GB")
claim(f, "26.0 GB", "weights", "GB", wb(L213, "fp16"), H, anchor="| fp16 safetensors |")
claim(f, "7.96 GB", "quantized_file", "GB", gguf(L213, "Q4_K_M"), H, rel=0.02)
claim(f, "13.8 GB", "quantized_file", "GB", gguf(L213, "Q8_0"), H, rel=0.02)
claim(f, "21.4 GB", "quantized_file", "GB", gguf(L213, "Q6_K"), X, "off_2x", note="10.7 GB")
claim(f, "9.3 GiB", "quantized_file", "GiB", gguf(L213, "Q5_K_M"), X, "gb_as_gib", note="9.28 GB = 8.64 GiB")
claim(f, "about 2.6 GB", "quantized_file", "GB", gguf(L213, "Q2_K"), X, "off_2x", hedged=True, note="5.14 GB")
claim(f, "3.64 TiB", "arithmetic", "TiB", 4e12, H)
claim(f, "24 TB", "arithmetic", "TB", 3 * 8e12, H)
claim(f, "21.8 TiB", "arithmetic", "TiB", 3 * 8e12, H)
claim(f, "~117 tok/s", "throughput", "tok/s", 936e9 / gguf(L213, "Q4_K_M"), H, hedged=True)
claim(f, "around 72 tok/s", "throughput", "tok/s", 936e9 / (wb(L213, "fp16") / 2), H, hedged=True)
claim(f, "~140 tok/s", "throughput", "tok/s", 936e9 / gguf(L213, "Q8_0"), X, "off_2x", hedged=True, note="67.7 tok/s")
claim(f, "~4.3 s", "time", "s", 500 * gguf(L213, "Q4_K_M") / 936e9, H, hedged=True)
claim(f, "0.4 s", "time", "s", 4000 / 1000, X, "off_2x", note="4 s")
non(f, "nas.lan:2222", "url with port")
non(f, "server-b4291", "image build")
non(f, "Ubuntu 24.04, kernel 6.8.0-49", "versions, measured power")


# ---- en_08: Kanban board (checkboxes), Mixtral-8x7B expert offloading ----------------------------
f = "en_08"
MX = "mixtral-8x7b"
EXP = 32 * 8 * 3 * 4096 * 14336
PER_TOKEN = 2 * 32 * 3 * 4096 * 14336 * 0.5
claim(f, "45.1B", "params", "B", EXP, H)
claim(f, "46.7B", "params", "B", P[MX], H)
claim(f, "~22.5 GB", "weights", "GB", EXP * 0.5, H, hedged=True)
claim(f, "~13 GB", "quantized_file", "GB", gguf(MX, "Q4_K_M"), X, "off_2x", hedged=True,
      note="~28.6 GB at 4.89 bits (published file 26.4 GB)")
claim(f, "46.7 GB", "weights", "GB", wb(MX, "int4"), X, "off_2x", note="int4 23.4 GB")
claim(f, "5.6 GB", "weights", "GB", PER_TOKEN, H)
claim(f, "~5.7 tok/s", "throughput", "tok/s", 32e9 / PER_TOKEN, H, hedged=True)
claim(f, "~35 s", "time", "s", 100 * PER_TOKEN / 32e9, X, "off_2x", hedged=True, note="17.6 s")
claim(f, "128 KiB", "kv_cache_per_token", "KiB", kv_tok(MX), H)
claim(f, "4 GiB", "kv_cache_total", "GiB", kv(MX, 32768), H, anchor="KV cache: 128 KiB per token")
claim(f, "32 GB", "kv_cache_total", "GB", kv(MX, 32768, 8), X, "gib_as_gb", anchor="batch 8 at 32k needs",
      note="32 GiB = 34.4 GB")
claim(f, "4 GiB", "kv_cache_total", "GiB", kv(MX, 32768, b=1), X, "off_2x", anchor="fp8 KV cache at 32k", note="2 GiB")
claim(f, "1.6B", "params", "B", P[MX] - EXP, H)
claim(f, "3.2 GB", "weights", "GB", 2 * (P[MX] - EXP), H)
claim(f, "25.8 GB", "weights", "GB", wb(MX, 2) * MIX7_ACTIVE / P[MX], H)
claim(f, "~39 tok/s", "throughput", "tok/s", 1008e9 / (2 * MIX7_ACTIVE), H, hedged=True)
claim(f, "55 %", "percentage", "%", 100 * MIX7_ACTIVE / P[MX], X, "off_2x", note="27.6 %")
claim(f, "93.4 GB", "weights", "GB", wb(MX, "bf16"), H)
claim(f, "36 tok/s", "throughput", "tok/s", 3.35e12 / (2 * MIX7_ACTIVE), X, "wrong_kind",
      alt=3.35e12 / wb(MX, "bf16"), note="decode reads the active 25.8 GB: 130 tok/s; 36 reads every expert")
non(f, "PO-55310 (€2,340", "order number, price")
non(f, "0.6.4.post1 (PR #1182)", "version, PR")
non(f, "Sprint 47 retro, 2026-11-24", "date")
non(f, "\"lane-width\":272", "plugin settings")


# ---- en_09: speculative decoding, draft + target, numbers in words --------------------------------
f = "en_09"
T70, D1 = "llama3-70b", "llama3.2-1b"
STEP = wb(T70, "fp8") / 3.35e12
claim(f, "seventy billion", "params", "B", P[T70], H, hedged=True, words=(70.0, 0.5))
claim(f, "70.6B", "params", "B", P[T70], H)
claim(f, "70.6 GB", "weights", "GB", wb(T70, "fp8"), H)
claim(f, "5 GB", "weights", "GB", wb(D1, "bf16"), X, "off_2x", note="2.47 GB")
claim(f, "8 GB", "weights", "GB", wb("llama3-8b", "bf16"), X, "off_2x", note="16.1 GB")
claim(f, "about seventy gigabytes", "weights", "GB", wb(T70, "fp16"), X, "off_2x", hedged=True, words=(70.0, 0.5),
      note="141 GB")
claim(f, "about fifty-seven times", "ratio", "×", P[T70] / P[D1], H, hedged=True, words=(57.0, 0.5))
claim(f, "32 KiB", "kv_cache_per_token", "KiB", kv_tok(D1), H)
claim(f, "320 KiB", "kv_cache_per_token", "KiB", kv_tok(T70), H)
claim(f, "10×", "ratio", "×", kv_tok(T70) / kv_tok(D1), H)
claim(f, "64 KiB", "kv_cache_per_token", "KiB", kv_tok("llama3-8b"), X, "off_2x", note="128 KiB")
claim(f, "2.75 GiB", "kv_cache_total", "GiB", kv(T70, 8192) + kv(D1, 8192), H)
claim(f, "22 GiB", "kv_cache_total", "GiB", 16 * (kv(T70, 8192) + kv(D1, 8192)), X, "off_2x", note="44 GiB")
claim(f, "≈ 47 tok/s", "throughput", "tok/s", 1 / STEP, H, hedged=True)
claim(f, "~42 ms", "time", "ms", STEP, X, "off_2x", hedged=True, note="21 ms")
claim(f, "about 190 tok/s", "throughput", "tok/s", 2 / STEP, X, "off_2x", hedged=True, note="95 tok/s")
claim(f, "~11 s", "time", "s", 512 * STEP, H, hedged=True)
claim(f, "~1.8 s", "time", "s", 512 * STEP / 3, X, "off_2x", hedged=True, note="3.6 s")
non(f, "--num-speculative-tokens 4", "command line")
non(f, "$E = (1 - \\alpha^{k+1})", "LaTeX expectation")
non(f, "Measured acceptance 0.71", "acceptance rates, measured speed-up")
non(f, "created: 2026-11-27", "date")


# ---- ru_01: протокол встречи, полное дообучение Llama-2-13B, ZeRO, активации --------------------
f = "ru_01"
N13 = P["llama2-13b"]
claim(f, "208 ГБ", "training", "ГБ", 16 * N13, H)
claim(f, "234 ГБ", "training", "ГБ", 18 * N13, H)
claim(f, "26 ГБ", "training", "ГБ", zero(N13, 8, 3), H, anchor="ZeRO-3 на 8 картах", note="per GPU")
claim(f, "около 49 ГБ", "training", "ГБ", zero(N13, 8, 2), H, hedged=True, note="per GPU")
claim(f, "примерно 13 ГБ", "training", "ГБ", zero(N13, 8, 1), X, "off_2x", hedged=True, note="71.6 GB per GPU")
claim(f, "26 ГБ", "training", "ГБ", zero(N13, 8, 0), X, "per_gpu", anchor="обычный DDP", note="DDP: 208 GB on every GPU")
claim(f, "1,2 ГБ", "activations", "ГБ", act_layer(2048, 1, 5120, 40), H)
claim(f, "24 ГБ", "activations", "ГБ", 40 * act_layer(2048, 1, 5120, 40), X, "off_2x", note="47.8 GB")
claim(f, "13,4 ГБ", "activations", "ГБ", 40 * act_layer(4096, 4, 5120, 40, "full"), X, "off_2x", note="6.7 GB")
claim(f, "≈ 108 млн токенов", "tokens", "млн", 120e3 * 900, H, hedged=True)
claim(f, "324 млн токенов", "tokens", "млн", 3 * 120e3 * 900, H, anchor="за 3 эпохи")
claim(f, "262¦144 токенов", "tokens", "tokens", 64 * 4096, H)
claim(f, "около 4¦100 шагов", "arithmetic", "шагов", 120e3 * 900 / (64 * 4096), X, "off_2x", hedged=True, note="412 steps")
claim(f, "2,5·10¹⁹", "flops", "FLOP", 6 * N13 * 324e6, H)
claim(f, "около 70 часов", "time", "h", 6 * N13 * 324e6 / (8 * 312e12 * 0.4), X, "off_2x", hedged=True, note="7.0 h")
claim(f, "26 ГБ", "weights", "ГБ", wb("llama2-13b", "bf16"), H, anchor="Базовые веса в bf16")
claim(f, "13 ГБ", "weights", "ГБ", wb("llama2-13b", "int4"), X, "off_2x", anchor="Базовые веса в bf16", note="6.5 GB")
non(f, "11:00–11:45", "date and time")
non(f, "(5 человек)", "head count")
non(f, "ML-4412", "ticket")
non(f, "lr 1e-5, warmup 3 %", "hyperparameters")
non(f, "Следующая встреча 2026-11-19", "date")


# ---- ru_02: статья в стиле Хабра, таблица KV-кэша, диапазоны, «как минимум», «не более» -----------
f = "ru_02"
claim(f, "512", "kv_cache_per_token", "КиБ", kv_tok("llama2-7b"), H, anchor="| Llama-2-7B | 32 |")
claim(f, "4,3", "kv_cache_total", "ГБ", kv("llama2-7b", 8192), H, anchor="| Llama-2-7B | 32 |")
claim(f, "800", "kv_cache_per_token", "КиБ", kv_tok("llama2-13b"), H, anchor="| Llama-2-13B | 40 |")
claim(f, "6,25", "kv_cache_total", "ГБ", kv("llama2-13b", 8192), X, "gib_as_gb", anchor="| Llama-2-13B | 40 |",
      note="6.25 GiB = 6.71 GB")
claim(f, "128", "kv_cache_per_token", "КиБ", kv_tok("llama3-8b"), H, anchor="| Llama-3-8B | 32 |", occ=2)
claim(f, "1,07", "kv_cache_total", "ГБ", kv("llama3-8b", 8192), H, anchor="| Llama-3-8B | 32 |")
claim(f, "320", "kv_cache_per_token", "КиБ", kv_tok("llama3-70b"), H, anchor="| Llama-3-70B | 80 |")
claim(f, "5,4", "kv_cache_total", "ГБ", kv("llama3-70b", 8192), X, "off_2x", anchor="| Llama-3-70B | 80 |", note="2.68 GB")
claim(f, "112", "kv_cache_per_token", "КиБ", kv_tok("qwen2.5-7b"), X, "off_2x", anchor="| Qwen2.5-7B | 28 |", note="56 KiB")
claim(f, "0,44", "kv_cache_total", "ГБ", kv("qwen2.5-7b", 8192), X, "gib_as_gb", anchor="| Qwen2.5-7B | 28 |",
      note="0.44 GiB = 0.47 GB")
claim(f, "8", "kv_cache_per_token", "КиБ", kv_tok("falcon-7b"), H, anchor="| Falcon-7B | 32 |")
claim(f, "0,07", "kv_cache_total", "ГБ", kv("falcon-7b", 8192), H, anchor="| Falcon-7B | 32 |")
claim(f, "в 64 раза", "ratio", "×", kv_tok("llama2-7b") / kv_tok("falcon-7b"), H)
claim(f, "25 %", "percentage", "%", 100 * (1 - 8 / 32), X, "off_2x", note="GQA 8 of 32 heads saves 75 %")
claim(f, "от 40 до 45 ГБ", "kv_cache_total", "ГБ", kv("llama3-70b", 131072), H, rng=True)
claim(f, "от 7 до 8 ГБ", "kv_cache_total", "ГБ", kv("llama2-13b", 4096), X, "off_2x", rng=True, note="3.36 GB")
claim(f, "как минимум 50 ГБ", "kv_cache_total", "ГБ", kv("qwen2.5-7b", 131072, 8), H, bound="lower")
claim(f, "не более 0,5 ГиБ", "kv_cache_total", "ГиБ", kv("mistral-7b", 4096), H, bound="upper")
claim(f, "32 ГиБ", "kv_cache_total", "ГиБ", kv("llama3-8b", 8192, 32), H, anchor="Батч 32 × 8K")
claim(f, "16 ГБ", "weights", "ГБ", wb("llama3-8b", "bf16"), H)
claim(f, "8 ГиБ", "kv_cache_total", "ГиБ", kv("llama3-8b", 8192, 32, b=1), X, "off_2x", note="16 GiB")
claim(f, "138 ГБ", "weights", "ГБ", wb("llama2-70b", "fp16"), H)
claim(f, "35 ГБ", "weights", "ГБ", wb("llama2-70b", "int8"), X, "off_2x", note="69 GB")
non(f, "14 мин на чтение", "reading time, rating, comments")
non(f, "\\text{KV} = 2 \\cdot L", "LaTeX formula")
non(f, "https://arxiv.org/abs/2305.13245", "url")
non(f, "опубликовано: 2026-07-03", "date")


# ---- ru_03: пост Telegram-канала, DeepSeek-V3 (MLA), счёт по вводным из поста ---------------------
f = "ru_03"
DSN, DSA = 671e9, 37e9                       # the counts the post takes from the model card
MLA = (512 + 64) * 61 * 2
claim(f, "671 ГБ", "weights", "ГБ", DSN * 1, H)
claim(f, "1,34 ТБ", "weights", "ТБ", DSN * 2, H)
claim(f, "84 ГБ", "weights", "ГБ", DSN / 8, H, anchor="На 8×H200 (141 ГБ каждая)", note="per GPU")
claim(f, "84 ГБ", "weights", "ГБ", DSN * 2 / 8, X, "off_2x", anchor="В BF16 на той же", occ=2, note="bf16 per GPU 168 GB")
claim(f, "70¦272 байта", "kv_cache_per_token", "байт", MLA, H)
claim(f, "≈ 68,6 КиБ", "kv_cache_per_token", "КиБ", MLA, H)
claim(f, "8,6 ГБ", "kv_cache_total", "ГБ", MLA * 131072, X, "gib_as_gb", note="9.21 GB = 8.58 GiB")
claim(f, "в 4,7 раза", "ratio", "×", kv_tok("llama3-70b") / MLA, H)
claim(f, "320 КиБ", "kv_cache_per_token", "КиБ", kv_tok("llama3-70b"), H)
claim(f, "15 %", "percentage", "%", 100 * DSA / DSN, X, "off_2x", note="5.5 %")
claim(f, "около 1000 токенов/с", "throughput", "токенов/с", 8 * 4.8e12 / DSA, H, hedged=True)
claim(f, "около 520 токенов/с", "throughput", "токенов/с", 4.8e12 / DSA, X, "off_2x", hedged=True, note="130 tok/s")
claim(f, "≈ 74 GFLOP", "flops", "GFLOP", 2 * DSA, H, hedged=True)
claim(f, "3,3·10²³", "flops", "FLOP", 6 * DSA * 14.8e12, X, "off_2x", hedged=True, note="3.3e24")
claim(f, "400 токенов на активный параметр", "tokens_per_param", "tokens/param", 14.8e12 / DSA, H)
claim(f, "около 22 токенов на параметр", "tokens_per_param", "tokens/param", 14.8e12 / DSN, H, hedged=True)
non(f, "пост от 2026-12-01", "date")
non(f, "arXiv:2412.19437", "arXiv id")
non(f, "#LLM2026", "hashtag")
non(f, "👍 312", "reactions")


# ---- ru_04: перевод статьи с примечаниями переводчика, Gemma-2-9B, скользящее окно ---------------
f = "ru_04"
GM = "gemma2-9b"
PER_LAYER = 2 * 8 * 256 * 2
FULL_CTX = 42 * 8192 * PER_LAYER
WIN = (21 * 8192 + 21 * 4096) * PER_LAYER
claim(f, "9,24 млрд", "params", "млрд", P[GM], H, anchor="декодер на 9,24 млрд")
claim(f, "18,5 ГБ", "weights", "ГБ", wb(GM, "bf16"), H)
claim(f, "17,2 ГиБ", "weights", "ГиБ", wb(GM, "bf16"), H)
claim(f, "9,2 ГиБ", "weights", "ГиБ", wb(GM, "int8"), X, "gb_as_gib", note="9.24 GB = 8.61 GiB")
claim(f, "≈ 55 токенов/с", "throughput", "токенов/с", 1008e9 / wb(GM, "bf16"), H, hedged=True)
claim(f, "около 440 токенов/с", "throughput", "токенов/с", 1008e9 / wb(GM, "int4"), X, "off_2x", hedged=True,
      note="218 tok/s")
claim(f, "16 КиБ", "kv_cache_per_token", "КиБ", PER_LAYER, X, "off_2x", note="8 KiB per layer")
claim(f, "336 КиБ", "kv_cache_per_token", "КиБ", kv_tok(GM), H)
claim(f, "2,6 ГиБ", "kv_cache_total", "ГиБ", FULL_CTX, H)
claim(f, "≈ 2 ГиБ", "kv_cache_total", "ГиБ", WIN, H, hedged=True)
claim(f, "50 %", "percentage", "%", 100 * (1 - WIN / FULL_CTX), X, "off_2x", note="25 %")
claim(f, "0,71 ГиБ", "kv_cache_total", "ГиБ", (35 * 1024 + 7 * 8192) * PER_LAYER, H)
claim(f, "31,5 ГиБ", "kv_cache_total", "ГиБ", 16 * WIN, H)
claim(f, "21 ГиБ", "kv_cache_total", "ГиБ", 16 * FULL_CTX, X, "off_2x", note="42 GiB")
claim(f, "1,5·10¹⁴", "flops", "FLOP", 2 * P[GM] * 8192, H)
non(f, "переведено: 2026-09-08", "date")
non(f, "оригинал: https://example.org/blog/2024/07", "url")
non(f, "Из прочего: soft-capping", "hyperparameters and a score")


# ---- ru_05: MLX на ноутбуке, 4- и 8-битные версии (4,5 и 8,5 бита на вес с масштабами) ------------
f = "ru_05"
Q3, Q15, L3 = "qwen2.5-3b", "qwen2.5-1.5b", "llama3.2-3b"
MLX4, MLX8 = 4.5 / 8, 8.5 / 8
claim(f, "3,09 млрд", "params", "млрд", P[Q3], H)
claim(f, "1,74 ГБ", "quantized_file", "ГБ", P[Q3] * MLX4, H)
claim(f, "1,54 млрд", "params", "млрд", P[Q15], H)
claim(f, "6,2 ГБ", "weights", "ГБ", wb(Q15, "bf16"), X, "off_2x", note="3.1 GB")
claim(f, "1,8 ГБ", "quantized_file", "ГБ", P[Q15] * MLX4, X, "off_2x", note="0.87 GB")
claim(f, "3,21 млрд", "params", "млрд", P[L3], H)
claim(f, "3,4 ГБ", "quantized_file", "ГБ", P[L3] * MLX8, H)
claim(f, "3,6 ГБ", "quantized_file", "ГБ", P[L3] * MLX4, X, "off_2x", note="1.81 GB")
claim(f, "72 %", "percentage", "%", 100 * (1 - 4.5 / 16), H)
claim(f, "72 КиБ", "kv_cache_per_token", "КиБ", kv_tok(Q3), X, "off_2x", note="36 KiB")
claim(f, "1,1 ГиБ", "kv_cache_total", "ГиБ", kv(Q3, 32768), H)
claim(f, "1,75 ГиБ", "kv_cache_total", "ГиБ", kv(Q15, 32768), X, "off_2x", note="0.875 GiB")
claim(f, "≈ 2,9 ГБ", "arithmetic", "ГБ", P[Q3] * MLX4 + kv(Q3, 32768), H, hedged=True)
claim(f, "около 86 токенов/с", "throughput", "токенов/с", 150e9 / (P[Q3] * MLX4), H, hedged=True)
claim(f, "около 47 токенов/с", "throughput", "токенов/с", 150e9 / wb(L3, "bf16"), X, "off_2x", hedged=True,
      note="23.3 tok/s")
claim(f, "3,5 с", "time", "с", 300 / 86, H)
claim(f, "около 20 с", "time", "с", 1000 / 23, X, "off_2x", hedged=True, note="43.5 s")
non(f, "mlx-lm 0.19.3, macOS 15.1", "versions, date, battery")
non(f, "group_size: 64", "quantization config")
non(f, "--max-tokens 512 --temp 0.6", "command line")
non(f, "дата: 2026-10-30", "date")


# ---- ru_06: бюджет синтетических данных (токены в час, GPU-часы, FLOPs, хранение) -----------------
f = "ru_06"
RATE = 2500.0                                # measured, whole node
HOURS = 1e9 / RATE / 3600
claim(f, "9 млн токенов", "tokens", "млн", RATE * 3600, H)
claim(f, "432 млн", "tokens", "млн", RATE * 86400, X, "off_2x", note="216 million")
claim(f, "768 тыс. токенов", "tokens", "тыс.", 512 * 1500, H)
claim(f, "примерно за 5 минут", "time", "мин", 512 * 1500 / RATE, H, hedged=True)
claim(f, "за 10 минут", "time", "мин", 2048 * 1500 / RATE, X, "off_2x", note="20.5 min")
claim(f, "2¦500 токенов/с", "throughput", "токенов/с", RATE / 8, X, "per_gpu", anchor="На каждую из 8 карт",
      note="312 tok/s per GPU; 2,500 is the node")
claim(f, "около 46 часов", "time", "h", 1e9 / RATE, X, "off_2x", hedged=True, note="111 h")
claim(f, "≈ 4,6 суток", "time", "суток", 1e9 / RATE / 86400, H, hedged=True)
claim(f, "≈ 889 GPU-часов", "time", "GPU-часов", 8 * HOURS, H, hedged=True)
claim(f, "70,6 ГБ", "weights", "ГБ", wb("llama3-70b", "fp8"), H)
claim(f, "8,8 ГБ", "weights", "ГБ", wb("llama3-70b", "fp8") / 8, H, note="per GPU")
claim(f, "1,4·10²⁰", "flops", "FLOP", 2 * 70.6e9 * 1e9, H)
claim(f, "около 4,5 %", "percentage", "%", 100 * RATE * 2 * P["llama3-70b"] / (8 * 989e12), H, hedged=True)
claim(f, "7,4·10¹⁸", "flops", "FLOP", 6 * P["llama3.2-1b"] * 1e9, H)
claim(f, "≈ 52 GPU-часа", "time", "GPU-часов", 6 * P["llama3.2-1b"] * 1e9 / (0.4 * 989e12) / 3600, X, "off_2x",
      hedged=True, note="5.2 GPU-hours")
claim(f, "≈ 25 млрд токенов", "tokens", "млрд", 20 * P["llama3.2-1b"], H, hedged=True)
claim(f, "8 %", "percentage", "%", 100 * 1e9 / (20 * P["llama3.2-1b"]), X, "off_2x", note="4.0 %")
claim(f, "около 4 ГБ", "arithmetic", "ГБ", 4 * 1e9, H, hedged=True)
claim(f, "400 МБ", "arithmetic", "МБ", 4 * 1e9, X, "off_2x", note="int32 ids: 4 GB")
non(f, "temperature 0.8, top_p 0.95, seed 2026", "sampling settings")
non(f, "$2,10 за GPU-час", "price, contract number")
non(f, "93,2 % примеров", "measurement, threshold")
non(f, "создано: 2026-11-15", "date")


# ---- ru_07: свойства заметки (params, dtype, context), тело на них ссылается -----------------------
f = "ru_07"
Q7 = "qwen2.5-7b"
EMB = 2 * 152064 * 3584
claim(f, "7,62 млрд", "params", "млрд", P[Q7], H)
claim(f, "1,09 млрд", "params", "млрд", EMB, H)
claim(f, "3,3 млрд", "params", "млрд", P[Q7] - EMB, X, "off_2x", note="6.53B")
claim(f, "15,2 ГБ", "weights", "ГБ", wb(Q7, "bf16"), H, anchor="При dtype из свойств")
claim(f, "61 ГБ", "weights", "ГБ", wb(Q7, "fp32"), X, "off_2x", anchor="При dtype из свойств", note="30.5 GB")
claim(f, "7,6 ГБ", "weights", "ГБ", wb(Q7, "int8"), H)
claim(f, "1,9 ГБ", "weights", "ГБ", wb(Q7, "int4"), X, "off_2x", note="3.81 GB")
claim(f, "4,66 ГБ", "quantized_file", "ГБ", gguf(Q7, "Q4_K_M"), H, rel=0.02)
claim(f, "4,04 ГБ", "quantized_file", "ГБ", gguf(Q7, "Q8_0"), X, "off_2x", note="8.09 GB")
claim(f, "1,75 ГиБ", "kv_cache_total", "ГиБ", kv(Q7, 32768), H)
claim(f, "1,75 ГБ", "kv_cache_total", "ГБ", kv(Q7, 32768), X, "gib_as_gb", note="1.75 GiB = 1.88 GB")
claim(f, "3,5 ГиБ", "kv_cache_total", "ГиБ", kv(Q7, 32768, 8), X, "off_2x", note="14 GiB")
claim(f, "7,5", "kv_cache_total", "ГБ", kv(Q7, 32768, 4), H, anchor="Карта 24 ГБ")
claim(f, "≈ 22,7 ГБ", "arithmetic", "ГБ", wb(Q7, "bf16") + kv(Q7, 32768, 4), H, hedged=True)
claim(f, "≈ 66 токенов/с", "throughput", "токенов/с", 1008e9 / wb(Q7, "bf16"), H, hedged=True)
claim(f, "≈ 430 токенов/с", "throughput", "токенов/с", 1008e9 / gguf(Q7, "Q4_K_M"), X, "off_2x", hedged=True,
      note="216 tok/s")
claim(f, "61 ГБ", "training", "ГБ", 16 * P[Q7], X, "off_2x", anchor="Полное дообучение с AdamW", note="122 GB")
non(f, "обновлено: 2026-12-02", "date")
non(f, "(ревизия a09a354)", "url, revision")


# ---- ru_08: Mixtral-8x22B с выгрузкой экспертов в ОЗУ (конфиг в заметке) -------------------------
f = "ru_08"
MX22 = "mixtral-8x22b"
ONE = 3 * 6144 * 16384
EXPERTS = 56 * 8 * ONE
READ = 2 * 56 * ONE * 0.5
claim(f, "140,6 млрд", "params", "млрд", P[MX22], H)
claim(f, "39 млрд", "params", "млрд", MIX22_ACTIVE, H)
claim(f, "14 %", "percentage", "%", 100 * MIX22_ACTIVE / P[MX22], X, "off_2x", note="27.8 %")
claim(f, "135,3 млрд", "params", "млрд", EXPERTS, H)
claim(f, "5,3 млрд", "params", "млрд", P[MX22] - EXPERTS, H)
claim(f, "302 млн", "params", "млн", ONE, H)
claim(f, "1,2 ГБ", "weights", "ГБ", 2 * ONE, X, "off_2x", note="604 MB")
claim(f, "281 ГБ", "weights", "ГБ", wb(MX22, "bf16"), H)
claim(f, "262 ГБ", "weights", "ГБ", wb(MX22, "bf16"), X, "gib_as_gb", note="262 GiB = 281 GB")
claim(f, "35 ГБ", "weights", "ГБ", wb(MX22, "int4"), X, "off_2x", note="70.3 GB")
claim(f, "≈ 86 ГБ", "quantized_file", "ГБ", gguf(MX22, "Q4_K_M"), H, hedged=True)
claim(f, "39 ГБ", "weights", "ГБ", 2 * MIX22_ACTIVE, X, "off_2x", note="78.3 GB")
claim(f, "151 МБ", "weights", "МБ", ONE * 0.5, H)
claim(f, "≈ 16,9 ГБ", "weights", "ГБ", READ, H, hedged=True)
claim(f, "около 5,3 токенов/с", "throughput", "токенов/с", 89.6e9 / READ, H, hedged=True)
claim(f, "около 19 с", "time", "с", 200 * READ / 89.6e9, X, "off_2x", hedged=True, note="37.7 s")
claim(f, "0,53 с", "time", "с", READ / 32e9, H)
claim(f, "448 КиБ", "kv_cache_per_token", "КиБ", kv_tok(MX22), X, "off_2x", note="224 KiB")
claim(f, "14 ГиБ", "kv_cache_total", "ГиБ", kv(MX22, 65536), H)
claim(f, "28 ГиБ", "kv_cache_total", "ГиБ", kv(MX22, 65536, b=1), X, "off_2x", note="7 GiB")
non(f, "llama.cpp b4310", "build, flags, temperature")
non(f, "56 слоёв, hidden 6144", "config values (inputs)")
non(f, "дата: 2026-10-05", "date")


# ---- ru_09: gpt-oss-20b, MXFP4-чекпойнт (счёт от вводных заметки) -----------------------------------
f = "ru_09"
OSS_N, OSS_A = 20.9e9, 3.6e9                 # the counts the note takes from the model card
OSS_EXP = 24 * 32 * (2880 * 5760 + 2880 * 2880)
OSS_CKPT = OSS_EXP * MXFP4_BITS / 8 + (OSS_N - OSS_EXP) * 2
OSS_LAYER_TOK = 2 * 8 * 64 * 2
claim(f, "19,1 млрд", "params", "млрд", OSS_EXP, H)
claim(f, "4,25 бита", "bits_per_weight", "бит", MXFP4_BITS, H)
claim(f, "≈ 10,2 ГБ", "quantized_file", "ГБ", OSS_EXP * MXFP4_BITS / 8, H, hedged=True)
claim(f, "1,8 млрд", "params", "млрд", OSS_N - OSS_EXP, H)
claim(f, "7,2 ГБ", "weights", "ГБ", (OSS_N - OSS_EXP) * 2, X, "off_2x", note="3.6 GB")
claim(f, "≈ 13,8 ГБ", "quantized_file", "ГБ", OSS_CKPT, H, hedged=True)
claim(f, "12,8 ГиБ", "quantized_file", "ГиБ", OSS_CKPT, H)
claim(f, "21 ГБ", "weights", "ГБ", OSS_N * 2, X, "off_2x", note="41.8 GB")
claim(f, "5,5 ГБ", "quantized_file", "ГБ", OSS_N * MXFP4_BITS / 8, X, "off_2x", note="11.1 GB")
claim(f, "в 6 раз", "ratio", "×", OSS_N * 2 / OSS_CKPT, X, "off_2x", note="3.0x")
claim(f, "17 %", "percentage", "%", 100 * OSS_A / OSS_N, H)
claim(f, "≈ 7,2 GFLOP", "flops", "GFLOP", 2 * OSS_A, H, hedged=True)
claim(f, "96 КиБ", "kv_cache_per_token", "КиБ", 24 * OSS_LAYER_TOK, X, "off_2x", note="48 KiB")
claim(f, "≈ 3 ГиБ", "kv_cache_total", "ГиБ", OSS_LAYER_TOK * (12 * 131072 + 12 * 128), H, hedged=True)
claim(f, "12 ГиБ", "kv_cache_total", "ГиБ", OSS_LAYER_TOK * 24 * 131072, X, "off_2x", note="6 GiB")
non(f, "vLLM 0.10.1", "version, command line, temperature")
non(f, "24 слоя, hidden 2880", "config values (inputs)")
non(f, "дата: 2026-08-20", "date")


# ---- checks and output ---------------------------------------------------------------------------
RATIO_ERRORS = {"off_2x", "per_gpu", "wrong_unit"}
PROBLEMS: list[str] = []


def note_name(prefix):
    hits = sorted(p.name for p in NOTES.glob(prefix + "_*.md"))
    if len(hits) != 1:
        raise SystemExit(f"note prefix {prefix!r} matches {hits}")
    return hits[0]


def lines_of(name):
    return (NOTES / name).read_text(encoding="utf-8").split("\n")


def find_line(lines, anchor, where):
    hits = [i for i, text in enumerate(lines, 1) if anchor in text]
    if len(hits) != 1:
        PROBLEMS.append(f"{where}: anchor {anchor!r} on {len(hits)} lines")
        return hits[0] if hits else 1
    return hits[0]


def standalone(text):
    return re.compile(r"(?<![\d.,\u00a0])" + re.escape(text) + r"(?!\d|[.,\u00a0]\d)")


def fits(correct, stated, tol, hedged, bound, rel):
    t = max(tol, 0.10 * abs(stated) if hedged else 0.0, (rel or 0.0) * abs(stated)) + 1e-9 * abs(stated)
    if bound == "upper":          # "under", "at most", "не более": the true value is at most the figure
        return correct <= stated + t
    if bound == "lower":          # "at least", "как минимум"
        return correct >= stated - t
    return abs(correct - stated) <= t


def rnd(v):
    return float(f"{v:.6g}")


def build():
    out = []
    count = Counter()
    claim_lines = set()
    for c in CLAIMS:
        name = note_name(c["f"])
        lang = "ru" if c["f"].startswith("ru") else "en"
        count[c["f"]] += 1
        cid = f"{c['f']}-{count[c['f']]:02d}"
        where = f"{cid} {c['figure']!r}"
        lines = lines_of(name)
        ln = find_line(lines, c["anchor"], where)
        text = lines[ln - 1]
        spots = list(standalone(c["figure"]).finditer(text))
        if len(spots) < c["occ"]:
            PROBLEMS.append(f"{where}: figure found {len(spots)} times on line {ln}, wanted occurrence {c['occ']}")
            continue
        unit = c["unit"]
        scale = UNIT[unit]
        if c["words"]:
            got = [c["words"]]
            at = spots[c["occ"] - 1].start()
            occurrence = 1
        else:
            got = read(c["figure"], lang, 2 if c["rng"] else 1)
            if got is None:
                PROBLEMS.append(f"{where}: no number in the figure")
                continue
            first = re.search(NUMRE[lang], c["figure"]).group(0)
            at = spots[c["occ"] - 1].start() + c["figure"].index(first)
            # the n-th figure on the line stating the same number (numbers inside names excluded)
            occurrence = sum(1 for m in standalone(first).finditer(text)
                             if m.start() <= at and not re.match(r"[\w\-]", text[m.start() - 1:m.start()] or " "))
        correct = c["value"] / scale
        if c["rng"]:
            (lo, tlo), (hi, thi) = got
            ok = fits(correct, lo, tlo, c["hedged"], "lower", None) and fits(correct, hi, thi, c["hedged"], "upper", None)
            stated = [lo, hi]
            s, tol = (lo + hi) / 2, 0.0
            off = max(lo / correct, correct / hi)
        else:
            (s, tol), = got
            ok = fits(correct, s, tol, c["hedged"], c["bound"], c["rel"])
            stated = s
            off = max(correct / s, s / correct)
        if c["verdict"] == H and not ok:
            PROBLEMS.append(f"{where}: meant to hold, but correct is {correct:.6g} {unit}")
        if c["verdict"] == X:
            e = c["error"]
            if ok:
                PROBLEMS.append(f"{where}: meant wrong, but holds (correct {correct:.6g} {unit})")
            if e in RATIO_ERRORS and off < 1.95:
                PROBLEMS.append(f"{where}: {e} but off by only {off:.3f}x")
            elif e in ("gib_as_gb", "gb_as_gib"):
                if (e == "gib_as_gb") != (unit in DECIMAL_UNITS):
                    PROBLEMS.append(f"{where}: {e} with unit {unit}")
                twin = c["value"] / UNIT[TWIN[unit]]
                if not fits(twin, s, tol, c["hedged"], c["bound"], None):
                    PROBLEMS.append(f"{where}: {e} but the twin unit gives {twin:.5g}")
            elif e == "wrong_kind":
                other = c["alt"] / scale
                if not fits(other, s, tol, c["hedged"], None, c["rel"]):
                    PROBLEMS.append(f"{where}: wrong_kind but the other kind gives {other:.5g}")
                if off < 1.95:
                    PROBLEMS.append(f"{where}: wrong_kind but off by only {off:.3f}x")
            elif e not in RATIO_ERRORS:
                PROBLEMS.append(f"{where}: unknown error class {e!r}")
        claim_lines.add((name, ln))
        out.append({"id": cid, "file": name, "line": ln, "figure": c["figure"], "occurrence": occurrence,
                    "kind": c["kind"], "stated": stated, "unit": unit, "correct": rnd(correct),
                    "correct_unit": unit, "verdict": c["verdict"], "error": c["error"], "lang": lang,
                    "hedged": c["hedged"], "bound": c["bound"], "quoted": False, "note": c["note"]})
    nons = []
    for n in NON:
        name = note_name(n["f"])
        lines = lines_of(name)
        ln = find_line(lines, n["text"], f"non-claim {n['f']} {n['text']!r}")
        if (name, ln) in claim_lines:
            PROBLEMS.append(f"non-claim {n['f']}:{ln} {n['text']!r} is also a claim line")
        if not re.search(r"\d", lines[ln - 1]):
            PROBLEMS.append(f"non-claim {n['f']}:{ln} has no digit")
        nons.append({"file": name, "line": ln, "text": n["text"], "why": n["why"],
                     "lang": "ru" if n["f"].startswith("ru") else "en"})
    if len({(x["file"], x["line"]) for x in nons}) != len(nons):
        PROBLEMS.append("a non-claim line is listed twice")
    dup = Counter((x["file"], x["line"], x["figure"], x["occurrence"]) for x in out)
    PROBLEMS.extend(f"claim listed twice: {k}" for k, v in dup.items() if v > 1)
    if PROBLEMS:
        raise SystemExit("truth.py found problems:\n  " + "\n  ".join(PROBLEMS))
    return {"schema": "vaultkit.claims-truth/1", "claims": out, "non_claims": nons}


def summary(t):
    cl, nc = t["claims"], t["non_claims"]
    print("lang notes claims wrong non-claims")
    for lang in ("en", "ru"):
        c = [x for x in cl if x["lang"] == lang]
        print(f"{lang:<4} {len({x['file'] for x in c}):5d} {len(c):6d} {sum(x['verdict'] == X for x in c):5d} "
              f"{sum(x['lang'] == lang for x in nc):10d}")
    wrong = sum(x["verdict"] == X for x in cl)
    print(f"all  {len({x['file'] for x in cl}):5d} {len(cl):6d} {wrong:5d} {len(nc):10d}   "
          f"wrong {100 * wrong / max(1, len(cl)):.1f} %, claim lines {len({(x['file'], x['line']) for x in cl})}")
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
            raise SystemExit("truth.json is stale: run python tests/claims_corpus_j/truth.py")
        summary(truth)
        print("truth.json is current; every check passed")
        return 0
    path.write_text(text, encoding="utf-8")
    summary(truth)
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
