#!/usr/bin/env python3
"""Ground truth for blind sizing-claims corpus E (tests/claims_corpus_e/notes).

Written without reading vaultkit's code, its tests or the other corpora's notes.  Facts
(dtype sizes, ggml bits per weight, exact parameter counts, the KV-cache, training-memory,
activation and 6*N*D formulas, the tolerance policy) come from /work/shared/claims-gold.md;
every expected value is computed below with plain arithmetic.  Nothing here imports vaultkit.

    python tests/claims_corpus_e/truth.py          # verify and (re)write truth.json
    python tests/claims_corpus_e/truth.py --check  # verify; fail if truth.json is stale

A claim is: note, figure (exact substring of its line), anchor (a substring on exactly one
line; default the figure), occurrence of the figure on that line, kind, printed unit, the
correct value in base units, the verdict the author intended and the error class.  The
script stops when the arithmetic disagrees with the intended verdict, when an off_2x /
arithmetic error is off by less than 1.95x, when a gib_as_gb / gb_as_gib error does not
pass in the twin unit, when an anchor is missing or ambiguous, or when a non-claim line
also carries a claim.
"""
from __future__ import annotations

import json
import re
import sys
from collections import Counter
from pathlib import Path

HERE = Path(__file__).resolve().parent
NOTES = HERE / "notes"
KIB, MIB, GIB, TIB = 2**10, 2**20, 2**30, 2**40

# ---- facts -----------------------------------------------------------------
BYTES = {"fp32": 4, "fp16": 2, "bf16": 2, "fp8": 1, "int8": 1, "int4": 0.5}
BPW_BLOCK = {"Q8_0": 34 * 8 / 32, "Q4_0": 18 * 8 / 32, "Q4_K": 144 * 8 / 256,
             "Q6_K": 210 * 8 / 256, "Q2_K": 84 * 8 / 256}
# measured whole-file bits per weight, Llama-3.1-8B (llama.cpp tools/quantize/README.md)
BPW_FILE_L3_8B = {"Q4_K_M": 4.8944, "Q5_K_M": 5.7036, "Q8_0": 8.5008, "F16": 16.0005}
NF4_BPW = 4 + 8 / 64 + 32 / (64 * 256)

# layers, kv heads, head dim (for the KV cache) and exact parameter counts (claims-gold 2.1)
CFG = {
    "gpt2": dict(n=124_439_808, L=12, k=12, d=64),
    "gpt2-xl": dict(n=1_557_611_200, L=48, k=25, d=64),
    "bert-base": dict(n=109_482_240),
    "bert-large": dict(n=335_141_888),
    "llama2-7b": dict(n=6_738_415_616, L=32, k=32, d=128),
    "llama2-13b": dict(n=13_015_864_320, L=40, k=40, d=128),
    "llama2-70b": dict(n=68_976_648_192, L=80, k=8, d=128),
    "llama3-8b": dict(n=8_030_261_248, L=32, k=8, d=128),
    "llama3-70b": dict(n=70_553_706_496, L=80, k=8, d=128),
    "mistral-7b": dict(n=7_241_732_096, L=32, k=8, d=128, window=4096),
    "mixtral": dict(n=46_702_792_704, L=32, k=8, d=128),
    "qwen2.5-7b": dict(n=7_615_616_512, L=28, k=4, d=128),
    "falcon-7b": dict(n=6_921_720_704, L=32, k=1, d=64),
}
# Llama-architecture recomputation for the models whose shapes the notes use in chains
# (hidden, MLP inner, vocab): checks the counts above with our own formula.
SHAPES = {"llama2-7b": (4096, 11008, 32000, 32), "llama3-8b": (4096, 14336, 128256, 8),
          "llama3-70b": (8192, 28672, 128256, 8), "mistral-7b": (4096, 14336, 32000, 8)}
for _m, (_h, _i, _v, _k) in SHAPES.items():
    _L = CFG[_m]["L"]
    _layer = 2 * _h * _h + 2 * _h * _k * 128 + 3 * _h * _i + 2 * _h
    assert _L * _layer + 2 * _v * _h + _h == CFG[_m]["n"], _m
MIXTRAL_ACTIVE = 46_702_792_704 - 32 * 6 * 3 * 4096 * 14336
assert MIXTRAL_ACTIVE == 12_879_925_248


def N(m):
    return CFG[m]["n"]


def W(m, dt):
    return N(m) * BYTES[dt]


def KVT(m, b=2):
    c = CFG[m]
    return 2 * c["L"] * c["k"] * c["d"] * b


def KV(m, seq, batch=1, b=2):
    w = CFG[m].get("window")
    return KVT(m, b) * (min(seq, w) if w else seq) * batch


def GG(m, q):
    return N(m) * BPW_FILE_L3_8B[q] / 8


SCALE = {"bytes": 1, "байт": 1, "KB": 1e3, "MB": 1e6, "GB": 1e9, "TB": 1e12,
         "KiB": KIB, "MiB": MIB, "GiB": GIB, "КБ": 1e3, "МБ": 1e6, "ГБ": 1e9, "ТБ": 1e12,
         "КиБ": KIB, "МиБ": MIB, "ГиБ": GIB, "params": 1, "параметров": 1, "billion": 1e9,
         "млрд": 1e9, "млн": 1e6, "million": 1e6,
         "млрд токенов": 1e9, "trillion tokens": 1e12, "tokens/param": 1, "токенов/параметр": 1,
         "FLOP": 1, "тыс. GPU-часов": 1e3, "tok/s": 1, "токенов/с": 1, "%": 1, "×": 1,
         "bits/weight": 1, "bytes/param": 1, "байт/параметр": 1}
TWIN = {"KB": "KiB", "KiB": "KB", "КБ": "КиБ", "КиБ": "КБ",
        "MB": "MiB", "MiB": "MB", "GB": "GiB", "GiB": "GB", "МБ": "МиБ", "МиБ": "МБ",
        "ГБ": "ГиБ", "ГиБ": "ГБ"}

# ---- reading a printed figure ------------------------------------------------
SUP = str.maketrans("⁰¹²³⁴⁵⁶⁷⁸⁹⁻", "0123456789-")
NUM = {"en": r"\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?",
       "ru": r"\d{1,3}(?:[\u00a0\u202f ]\d{3})+(?:,\d+)?|\d+(?:,\d+)?"}
EXP = r"(?:e(?P<e>-?\d+)|\s*(?:·|\\cdot|×|\\times)\s*10(?:\^\{(?P<c>-?\d+)\}|(?P<s>[⁰¹²³⁴⁵⁶⁷⁸⁹⁻]+)))?"


def read(fig, lang):
    """[(value, half unit of the last printed digit)] for each number in the figure."""
    fig = fig.replace("{,}", ",").replace("\\,", "\u00a0")
    out = []
    for m in re.finditer("(?P<n>" + NUM[lang] + ")" + EXP, fig):
        raw = m.group("n")
        raw = raw.replace(",", "") if lang == "en" else re.sub(r"[\u00a0\u202f ]", "", raw).replace(",", ".")
        decimals = len(raw.split(".")[1]) if "." in raw else 0
        zeros = 0 if decimals else len(raw) - len(raw.rstrip("0"))
        tol = 0.5 * 10.0 ** (zeros - decimals)
        ex = m.group("e") or m.group("c") or (m.group("s") or "").translate(SUP)
        sc = 10.0 ** int(ex) if ex else 1.0
        out.append((float(raw) * sc, tol * sc))
    return out


# ---- the claims --------------------------------------------------------------
FILES = {p.stem[:5]: p.name for p in sorted(NOTES.glob("*.md"))}
CLAIMS, NON = [], []
H, X = "holds", "wrong"


def claim(f, figure, kind, unit, value, expect, error=None, *, anchor=None, occ=1, hedged=False,
          bound=None, quoted=False, gguf=False, alt=None, alt_unit=None, note=""):
    """alt: the value of the other kind a wrong_kind figure really states; alt_unit: the unit a
    wrong_unit figure was meant in."""
    CLAIMS.append(dict(f=f, figure=figure, kind=kind, unit=unit, value=value, expect=expect, error=error,
                       alt=alt, alt_unit=alt_unit,
                       anchor=anchor or figure, occ=occ, hedged=hedged, bound=bound, quoted=quoted,
                       gguf=gguf, note=note))


def non(f, text, why):
    NON.append(dict(f=f, text=text, why=why))


NB, NN = "\u00a0", "\u202f"

# ---- en_01: chat transcript, Llama-3-8B at home -------------------------------------
f = "en_01"
claim(f, "8,030,261,248", "params", "params", N("llama3-8b"), H)
claim(f, "16.06 GB", "weights", "GB", W("llama3-8b", "bf16"), H, hedged=True)
claim(f, "14.96 GiB", "weights", "GiB", W("llama3-8b", "bf16"), H, hedged=True)
claim(f, "32.1 GB", "weights", "GB", W("llama3-8b", "fp32"), H)
claim(f, "16 GB", "weights", "GB", W("llama3-8b", "int8"), X, "off_2x", anchor="In int8 it would be",
      note="int8 = 8.03 GB; 16 GB is the bf16 size")
claim(f, "131,072 bytes", "arithmetic", "bytes", 2 * 32 * 8 * 128 * 2, H)
claim(f, "128 KiB", "kv_cache_per_token", "KiB", KVT("llama3-8b"), H)
claim(f, "1 GiB", "kv_cache_total", "GiB", KV("llama3-8b", 8192), H, anchor="For 8,192 tokens")
claim(f, "32 GiB", "kv_cache_total", "GiB", KV("llama3-8b", 131072), X, "off_2x", note="128k x 128 KiB = 16 GiB")
claim(f, "8 GiB", "kv_cache_total", "GiB", KV("llama3-8b", 8192, 4), X, "off_2x", quoted=True, anchor="Someone on Reddit",
      note="4 x 1 GiB = 4 GiB")
claim(f, "4 GiB", "kv_cache_total", "GiB", KV("llama3-8b", 8192, 4), H, anchor="Twice too much")
claim(f, "4.3 GB", "kv_cache_total", "GB", KV("llama3-8b", 8192, 4), H, hedged=True)
claim(f, "4.58 GiB", "quantized_file", "GiB", GG("llama3-8b", "Q4_K_M"), H, gguf=True)
claim(f, "4.9 GB", "quantized_file", "GB", GG("llama3-8b", "Q4_K_M"), H, gguf=True, anchor="4.58 GiB on disk")
claim(f, "4.89 bits per weight", "quantized_file", "bits/weight", BPW_FILE_L3_8B["Q4_K_M"], H, hedged=True, gguf=True)
claim(f, "7.95 GiB", "quantized_file", "GiB", GG("llama3-8b", "Q8_0"), H, gguf=True)
claim(f, "7.5 GiB", "quantized_file", "GiB", GG("llama3-8b", "F16"), X, "off_2x", gguf=True,
      note="F16 GGUF = 14.96 GiB; 7.5 GiB is about the Q8_0 size")
claim(f, "~205 tokens/s", "throughput", "tok/s", 1008e9 / GG("llama3-8b", "Q4_K_M"), H, hedged=True)
claim(f, "~125 tokens/s", "throughput", "tok/s", 1008e9 / W("llama3-8b", "bf16"), X, "off_2x", hedged=True,
      note="1008 GB/s / 16.06 GB = 62.8 tok/s")
non(f, "created: 2026-10-02", "date")
non(f, "I paid $1,599 for the card in 2023", "price")
non(f, "https://github.com/ggml-org/llama.cpp/releases/tag/b4523", "url")
non(f, "Rate my plan from 1 to 10?", "score")
non(f, "Which file should I download for llama.cpp? Build b4523", "version")

# ---- en_02: meeting minutes, Llama-3-70B serving --------------------------------------
f = "en_02"
claim(f, "70,553,706,496", "params", "params", N("llama3-70b"), H)
claim(f, "141.1 GB", "weights", "GB", W("llama3-70b", "bf16"), H)
claim(f, "131.4 GiB", "weights", "GiB", W("llama3-70b", "bf16"), H)
claim(f, "35.3 GB", "weights", "GB", W("llama3-70b", "bf16") / 4, H, note="per-GPU share, TP 4")
claim(f, "~35 GB", "weights", "GB", W("llama3-70b", "bf16") / 8, X, "off_2x", hedged=True, quoted=True,
      note="TP 8 share = 17.6 GB")
claim(f, "70.6 GB", "weights", "GB", W("llama3-70b", "fp8"), H)
claim(f, "141 GB", "weights", "GB", W("llama3-70b", "fp8"), X, "off_2x", quoted=True, note="fp8 = 70.6 GB")
claim(f, "35 GB", "weights", "GB", W("llama3-70b", "int4"), H, hedged=True, anchor="AWQ 4-bit")
claim(f, "320 KiB", "kv_cache_per_token", "KiB", KVT("llama3-70b"), H)
claim(f, "160 GiB", "kv_cache_total", "GiB", KV("llama3-70b", 32768, 16), H)
claim(f, "40 GB", "kv_cache_total", "GB", KV("llama3-70b", 8192, 32), X, "off_2x", note="80 GiB = 85.9 GB")
claim(f, "40 GiB", "kv_cache_total", "GiB", KV("llama3-70b", 32768, 16, b=1), X, "off_2x",
      note="fp8 cache halves 160 GiB to 80 GiB")
claim(f, "68 tokens/s", "throughput", "tok/s", 4.8e12 / W("llama3-70b", "fp8"), H, hedged=True,
      anchor="with fp8 weights")
claim(f, "68 tokens/s", "throughput", "tok/s", 4.8e12 / W("llama3-70b", "bf16"), X, "off_2x", hedged=True,
      anchor="With bf16 weights", note="4.8 TB/s / 141.1 GB = 34 tok/s")
non(f, "date: 2026-09-17", "date")
non(f, "Present: A.K., M.R.", "count")
non(f, "H100 on-demand $2.49/hour", "price")
non(f, "Action items: 3; next sync 2026-09-24", "date")
non(f, "Ticket INFRA-5521", "id")
non(f, "# Infra sync - 17 Sep 2026", "date")

# ---- en_03: slide deck outline, quantization -------------------------------------------
f = "en_03"
claim(f, "7.24B", "params", "billion", N("mistral-7b"), H, anchor="- Mistral-7B: 7.24B")
claim(f, "14.5 GB", "weights", "GB", W("mistral-7b", "bf16"), H)
claim(f, "7.2 GB", "weights", "GB", W("mistral-7b", "int8"), H)
claim(f, "3.6 GB", "weights", "GB", W("mistral-7b", "int4"), H)
claim(f, "58 GB", "weights", "GB", W("mistral-7b", "fp32"), X, "off_2x", note="fp32 = 29.0 GB")
claim(f, "13.5 GB", "weights", "GB", W("mistral-7b", "bf16"), X, "gib_as_gb", note="13.49 GiB = 14.48 GB")
claim(f, "3.5–3.8 GB", "range", "GB", W("mistral-7b", "int4"), H, note="a point inside the range")
claim(f, "75 %", "percentage", "%", 100 * (1 - 1 / 4), H)
claim(f, "4×", "ratio", "×", 2 / 0.5, H)
claim(f, "saves 25 %", "percentage", "%", 100 * (1 - 1 / 2), X, "off_2x", note="int8 vs bf16 saves 50 %")
claim(f, "8.5 bits/weight", "quantized_file", "bits/weight", BPW_BLOCK["Q8_0"], H)
claim(f, "4.5 bits/weight", "quantized_file", "bits/weight", BPW_BLOCK["Q4_0"], H, anchor="- Q4_0 = ")
claim(f, "4.5 bits/weight", "quantized_file", "bits/weight", BPW_BLOCK["Q4_K"], H, anchor="- Q4_K = ")
claim(f, "6.5625 bits/weight", "quantized_file", "bits/weight", BPW_BLOCK["Q6_K"], H)
claim(f, "1.3 bits/weight", "quantized_file", "bits/weight", BPW_BLOCK["Q2_K"], X, "off_2x", note="Q2_K = 2.625")
claim(f, "4.07 GB", "arithmetic", "GB", 7.24e9 * 4.5 / 8, H)
claim(f, "15.4 GB", "quantized_file", "GB", N("mistral-7b") * BPW_BLOCK["Q8_0"] / 8, X, "off_2x", hedged=True,
      gguf=True, note="Q8_0 = 7.69 GB")
claim(f, "4.92 GB", "arithmetic", "GB", 4.58 * GIB, H)
non(f, "45 min, 2026-08-12 14:00", "date")
non(f, "3 examples, 2 demos", "count")
non(f, "Perplexity on wikitext-2: 5.25", "score")
non(f, "decks/412?page=7", "url")
non(f, "llama.cpp b3600, transformers 4.44.2", "version")
non(f, "(deck outline, v0.3)", "version")

# ---- en_04: tables ----------------------------------------------------------------------
f = "en_04"
for m, row, cells in [
    ("llama2-7b", "| Llama-2-7B | 6.74B", [("6.74B", H, None), ("13.48", H, None), ("12.55", H, None), ("1.68", X, "off_2x")]),
    ("llama2-13b", "| Llama-2-13B | 13.0B", [("13.0B", H, None), ("52.06", X, "off_2x"),
      ("12.12", X, "off_2x"), ("13.02", X, "off_2x")]),
    ("mistral-7b", "| Mistral-7B | 7.24B", [("7.24B", H, None), ("14.48", H, None),
      ("26.98", X, "off_2x"), ("7.24", X, "off_2x")]),
    ("qwen2.5-7b", "| Qwen2.5-7B | 7.62B", [("7.62B", H, None), ("15.23", H, None),
      ("28.37", X, "off_2x"), ("1.9", X, "off_2x")]),
    ("falcon-7b", "| Falcon-7B | 6.92B", [("6.92B", H, None), ("27.68", X, "off_2x"), ("12.89", H, None), ("1.73", X, "off_2x")]),
    ("mixtral", "| Mixtral-8x7B | 46.7B", [("46.7B", H, None), ("93.4", H, None), ("43.5", X, "off_2x"), ("11.68", X, "off_2x")]),
]:
    (p, pv, pe), (g, gv, ge), (gi, giv, gie), (i4, i4v, i4e) = cells
    claim(f, p, "params", "billion", N(m), pv, pe, anchor=row)
    claim(f, g, "weights", "GB", W(m, "bf16"), gv, ge, anchor=row,
          note="header: weights (GB), front matter dtype bf16")
    claim(f, gi, "weights", "GiB", W(m, "bf16"), giv, gie, anchor=row, note="header: weights (GiB)")
    claim(f, i4, "weights", "GB", W(m, "int4"), i4v, i4e, anchor=row, occ=2 if m == "mistral-7b" else 1,
          note="header: int4 (GB)")
for m, row, pt, ptv, tot, totv in [
    ("llama2-7b", "| Llama-2-7B | 32 |", "512 KiB", H, "32 GiB", X),
    ("llama3-8b", "| Llama-3-8B | 32 |", "128 KiB", H, "8 GiB", X),
    ("qwen2.5-7b", "| Qwen2.5-7B | 28 |", "56 KiB", H, "3.5 GiB", X),
    ("falcon-7b", "| Falcon-7B | 32 |", "16 KiB", X, "512 MiB", X),
    ("llama2-70b", "| Llama-2-70B | 80 |", "320 KiB", H, "20 GiB", X),
]:
    claim(f, pt, "kv_cache_per_token", "KiB", KVT(m), ptv, None if ptv == H else "off_2x", anchor=row)
    claim(f, tot, "kv_cache_total", tot.split()[1], KV(m, 32768), totv, None if totv == H else "off_2x", anchor=row)
for q, row, bpw, size, sv in [("Q4_K_M", "| Q4_K_M |", "4.89", "4.58", H), ("Q5_K_M", "| Q5_K_M |", "5.70", "2.67", X),
                              ("Q8_0", "| Q8_0 |", "8.50", "15.9", X), ("F16", "| F16 |", "16.00", "14.96", H)]:
    claim(f, bpw, "quantized_file", "bits/weight", BPW_FILE_L3_8B[q], H, anchor=row, gguf=True)
    claim(f, size, "quantized_file", "GiB", GG("llama3-8b", q), sv, None if sv == H else "off_2x", anchor=row, gguf=True)
non(f, "created: 2026-07-21", "date")
non(f, "Sources: https://huggingface.co/mistralai/Mistral-7B-v0.1", "url")
non(f, "Leaderboard average: Mistral 60.97", "score")
non(f, "Prices: HF Pro $9/month.", "price")

# ---- en_05: lab notebook with code cells -------------------------------------------------
f = "en_05"
claim(f, "497.8 MB", "weights", "MB", W("gpt2", "fp32"), H)
claim(f, "474.7 MiB", "weights", "MiB", W("gpt2", "fp32"), H)
claim(f, "0.5 GB", "weights", "GB", W("gpt2", "fp16"), X, "off_2x", anchor="# 0.5 GB in fp16",
      note="124.4M x 2 B = 0.249 GB")
claim(f, "under 0.5 GB", "weights", "GB", W("gpt2", "fp32"), H, bound="upper")
claim(f, "6.23 GB", "weights", "GB", W("gpt2-xl", "fp32"), H)
claim(f, "6.23 GiB", "weights", "GiB", W("gpt2-xl", "fp32"), X, "gb_as_gib", note="/2**30 gives 5.80")
claim(f, "417.6 MiB", "weights", "MiB", W("bert-base", "fp32"), H)
claim(f, "1340.6 MB", "weights", "MB", W("bert-large", "fp16"), X, "off_2x", note="fp16 = 670.3 MB")
claim(f, "131072 bytes", "kv_cache_per_token", "bytes", KVT("llama3-8b"), H)
claim(f, "4 GiB", "kv_cache_total", "GiB", 2 * 32 * 8 * 128 * 2 * 8192 * 4, H)
claim(f, "~116 GB", "training", "GB", N("mistral-7b") * 16, H, hedged=True)
claim(f, "~43 GB", "training", "GB", N("mistral-7b") * 12, X, "off_2x", hedged=True, note="12 B/param = 86.9 GB")
non(f, "Run started 09:41, finished 10:07. Python 3.12.4", "time")
non(f, "Seed 1234, lr 3e-4, warmup 500 steps", "hyperparameter")
non(f, "p = 0.05 threshold", "probability")
non(f, "raised KeyError at line 17", "count")
non(f, "# Lab notebook, 30 Jun 2026", "date")
non(f, "created: 2026-06-30", "date")

# ---- en_06: forum answer ---------------------------------------------------------------
f = "en_06"
claim(f, "13,015,864,320", "params", "params", N("llama2-13b"), H)
claim(f, "26 GB", "weights", "GB", N("llama2-13b") * 2, H, hedged=True)
claim(f, "24.2 GiB", "weights", "GiB", W("llama2-13b", "fp16"), H)
claim(f, "12.1 GiB", "weights", "GiB", W("llama2-13b", "fp16") / 2, H, note="per-GPU share")
claim(f, "12–13 GiB", "range", "GiB", W("llama2-13b", "fp16") / 2, H)
claim(f, "800 KiB", "kv_cache_per_token", "KiB", KVT("llama2-13b"), H)
claim(f, "3.125 GiB", "kv_cache_total", "GiB", KV("llama2-13b", 4096), H)
claim(f, "50 GiB", "kv_cache_total", "GiB", KV("llama2-13b", 4096, 8), X, "off_2x", note="8 x 3.125 = 25 GiB")
claim(f, "1.6 GB", "kv_cache_total", "GB", KV("llama2-13b", 4096), X, "off_2x", quoted=True, note="3.36 GB")
claim(f, "13 GB", "weights", "GB", W("llama2-13b", "int8"), H)
claim(f, "6.7 GB", "quantized_file", "GB", N("llama2-13b") * NF4_BPW / 8, H, hedged=True, note="NF4 4.127 bpw")
claim(f, "31 GB", "arithmetic", "GB", 1.2 * W("llama2-13b", "fp16"), H, hedged=True)
non(f, "asked 2026-05-11, 1,204 views", "date")
non(f, "**A (score 37, accepted):**", "score")
non(f, "bumped --max-num-seqs from 256 to 8", "hyperparameter")
non(f, "with vLLM 0.4.2", "version")
non(f, "https://discuss.example.org/t/13b-oom/88123/4", "url")

# ---- ru_01: telegram post, Llama 3 70B ----------------------------------------------------
f = "ru_01"
claim(f, "70,55 млрд", "params", "млрд", N("llama3-70b"), H)
claim(f, f"141{NB}ГБ", "weights", "ГБ", W("llama3-70b", "bf16"), H)
claim(f, f"131,4{NB}ГиБ", "weights", "ГиБ", W("llama3-70b", "bf16"), H)
claim(f, f"70,6{NB}ГБ", "weights", "ГБ", W("llama3-70b", "int8"), H)
claim(f, f"17,6{NB}ГБ", "weights", "ГБ", W("llama3-70b", "int4"), X, "off_2x", note="4 бита = 35,3 ГБ")
claim(f, f"70–75{NB}ГБ", "range", "ГБ", W("llama3-70b", "int4"), X, "off_2x", quoted=True, note="35,3 ГБ")
claim(f, f"16,06{NB}ГиБ", "weights", "ГиБ", W("llama3-8b", "bf16"), X, "gb_as_gib", note="16,06 ГБ = 14,96 ГиБ")
claim(f, f"320{NB}КиБ", "kv_cache_per_token", "КиБ", KVT("llama3-70b"), H)
claim(f, f"40{NB}ГиБ", "kv_cache_total", "ГиБ", KV("llama3-70b", 131072), H)
claim(f, f"80{NB}ГиБ", "kv_cache_total", "ГиБ", KV("llama3-70b", 131072, 4), X, "off_2x", note="4 x 40 = 160 ГиБ")
claim(f, "~68 токенов/с", "throughput", "токенов/с", 4.8e12 / W("llama3-70b", "fp8"), H, hedged=True, bound="upper")
claim(f, "136 токенов/с", "throughput", "токенов/с", 4.8e12 / W("llama3-70b", "bf16"), X, "off_2x", hedged=True,
      note="4,8 ТБ/с / 141 ГБ = 34 токена/с")
non(f, "Пост от 03.11.2026, 19:45.", "date")
non(f, f"Опрос прошлой недели: 63{NN}% за fp8", "probability")
non(f, f"курс «LLM в проде» за 14{NB}990{NB}₽", "price")
non(f, "t.me/llm_numbers_2026", "url")
non(f, "+7 (495) 123-45-67", "phone")
non(f, "created: 2026-11-03", "date")

# ---- ru_02: lecture summary with LaTeX -----------------------------------------------------
f = "ru_02"
claim(f, r"135\,266\,304", "arithmetic", "params", 3 * 4096 * 11008, H)
claim(f, r"6{,}74 \cdot 10^{9}", "params", "params", N("llama2-7b"), H, anchor="Всего у Llama-2-7B")
claim(f, "16", "arithmetic", "байт/параметр", 2 + 2 + 12, H, anchor="2 + 2 + 12 = 16", occ=1)
claim(f, r"107{,}8\,\text{ГБ}", "training", "ГБ", 6.74e9 * 16, H)
claim(f, f"72{NB}ГБ", "training", "ГБ", N("llama3-8b") * 18, X, "off_2x", hedged=True, note="18 x 8,03e9 = 144,5 ГБ")
claim(f, f"48,2{NB}ГБ", "training", "ГБ", N("llama3-8b") * 12, X, "off_2x", note="12 x 8,03e9 = 96,4 ГБ")
claim(f, f"128,5{NB}ГБ", "training", "ГБ", N("llama3-8b") * 16, H)
claim(f, f"16,1{NB}ГБ", "training", "ГБ", N("llama3-8b") * 16 / 8, H, note="доля одной GPU")
claim(f, f"64{NB}ГБ", "training", "ГБ", N("llama3-8b") * 16 / 4, X, "off_2x", note="128,5 / 4 = 32,1 ГБ")
claim(f, r"32\,\text{МиБ}", "activations", "МиБ", 2 * 4096 * 1 * 4096, H)
claim(f, f"1{NB}ГиБ", "activations", "ГиБ", 32 * 2 * 4096 * 4096, H)
claim(f, f"3{NB}ГиБ", "activations", "ГиБ", 4096 * 4096 * (34 + 5 * 32 * 4096 / 4096), H, hedged=True)
non(f, r"$$P_{\text{mlp}} = 3 h I$$", "latex equation")
non(f, r"1. Записать $$y = W_2", "numbered step")
non(f, r"Полная рекомпутация: $$2 s b h$$", "latex equation")
non(f, r"\left(34 + \frac{5 a s}{h}\right)", "latex equation")
non(f, r"\log p(x_t \mid x_{<t})", "latex equation")
non(f, "Dropout p = 0,1", "hyperparameter")
non(f, "Экзамен 2026-12-22 в 10:00, билетов 40.", "date")
non(f, "Конспект, 2026-10-14, ауд. 305.", "date")

# ---- ru_03: README of an inference server ---------------------------------------------------
f = "ru_03"
for m, row, dt, w, wv, pt, ptv, tot, totv in [
    ("qwen2.5-7b", "| Qwen2.5-7B-Instruct |", "bf16", "15,2", H, "56 КиБ", H, "0,88", X),
    ("llama3-8b", "| Meta-Llama-3-8B-Instruct |", "bf16", "32,1", X, "128 КиБ", H, "| 1 |", H),
    ("mistral-7b", "| mistralai/Mistral-7B-v0.1 |", "bf16", "14,5", H, "128 КиБ", H, "0,5", H),
    ("llama2-7b", "| meta-llama/Llama-2-7b-hf |", "fp16", "13,5", H, "256 КиБ", X, "| 4 |", H),
    ("mixtral", "| Mixtral-8x7B-v0.1 |", "bf16", "46,7", X, "128 КиБ", H, "| 2 |", X),
    ("falcon-7b", "| tiiuae/falcon-7b |", "bf16", "27,7", X, "8 КиБ", H, "0,0625", H),
]:
    claim(f, w, "weights", "ГБ", W(m, dt), wv, None if wv == H else "off_2x", anchor=row, note="столбец «веса, ГБ»")
    claim(f, pt, "kv_cache_per_token", "КиБ", KVT(m), ptv, None if ptv == H else "off_2x", anchor=row)
    claim(f, tot, "kv_cache_total", "ГиБ", KV(m, 8192), totv, None if totv == H else "off_2x", anchor=row,
          note="столбец «KV на 8k, ГиБ»; Mistral: окно 4096")
claim(f, f"14,2{NB}ГБ", "weights", "ГБ", W("qwen2.5-7b", "bf16"), X, "gib_as_gb", note="14,19 ГиБ = 15,23 ГБ")
claim(f, f"4{NB}раза", "ratio", "×", 2 / 0.5, H)
claim(f, f"~4{NB}ГБ", "weights", "ГБ", W("llama3-8b", "int4"), H, hedged=True)
claim(f, f"~16{NB}ГБ", "weights", "ГБ", W("llama3-8b", "int8"), X, "off_2x", hedged=True, note="int8 = 8,03 ГБ")
claim(f, "~127 токенами/с", "throughput", "токенов/с", 2039e9 / W("llama3-8b", "bf16"), H, hedged=True)
claim(f, "~254 токена/с", "throughput", "токенов/с", 2039e9 / W("llama3-8b", "int4"), X, "off_2x", hedged=True,
      note="2039 ГБ/с / 4,015 ГБ = 508 токенов/с")
non(f, "Версия 0.9.2 (2026-09-01)", "version")
non(f, "--port 8080 --max-batch 32 --ctx 8192", "hyperparameter")
non(f, "Changelog: 0.9.1 → 0.9.2, 14 исправлений.", "version")
non(f, "MMLU 66,6 / GSM8K 79,6", "score")
non(f, "тел. 8-800-555-01-23", "phone")

# ---- ru_04: chat transcript, Mixtral and GPT-2 XL --------------------------------------------
f = "ru_04"
claim(f, f"46{NB}702{NB}792{NB}704", "params", "параметров", N("mixtral"), H)
claim(f, f"93,4{NB}ГБ", "weights", "ГБ", W("mixtral", "fp16"), H, anchor="В fp16 это")
claim(f, f"87{NB}ГиБ", "weights", "ГиБ", W("mixtral", "fp16"), H)
claim(f, "12,9 млрд", "params", "млрд", MIXTRAL_ACTIVE, H)
claim(f, f"27,6{NN}%", "percentage", "%", 100 * MIXTRAL_ACTIVE / N("mixtral"), H)
claim(f, f"23,4{NB}ГБ", "weights", "ГБ", W("mixtral", "int4"), H)
claim(f, f"93,4{NB}ГБ", "weights", "ГБ", W("mixtral", "int8"), X, "off_2x", anchor="В int8 —", note="int8 = 46,7 ГБ")
claim(f, f"128{NB}КиБ", "kv_cache_per_token", "КиБ", KVT("mixtral"), H)
claim(f, f"4{NB}ГиБ", "kv_cache_total", "ГиБ", KV("mixtral", 32768), H, anchor=f"на 32{NB}768 токенов")
claim(f, f"64{NB}ГиБ", "kv_cache_total", "ГиБ", KV("mixtral", 32768, 8), X, "off_2x", note="8 x 4 = 32 ГиБ")
claim(f, f"16{NB}ГиБ", "kv_cache_total", "ГиБ", KV("mixtral", 32768), X, "off_2x", quoted=True, note="4 ГиБ")
claim(f, f"4{NB}раза", "ratio", "×", 16 / 4, H, note="16 ГиБ / 4 ГиБ")
claim(f, "1,56 млрд", "params", "млрд", N("gpt2-xl"), H)
claim(f, f"6,2{NB}ГБ", "weights", "ГБ", W("gpt2-xl", "fp32"), H)
claim(f, f"3,1{NB}ГБ", "weights", "ГБ", W("gpt2-xl", "fp16"), H)
claim(f, f"1,5{NB}ГБ", "weights", "ГБ", W("gpt2-xl", "bf16"), X, "off_2x", note="bf16 = fp16 = 3,1 ГБ")
claim(f, f"300{NB}КиБ", "kv_cache_per_token", "КиБ", KVT("gpt2-xl"), H)
claim(f, f"600{NB}МиБ", "kv_cache_total", "МиБ", KV("gpt2-xl", 1024), X, "off_2x", note="300 КиБ x 1024 = 300 МиБ")
non(f, "# Экспорт чата 2026-11-20 23:14", "date")
non(f, "оценка ответа 5/5", "score")
non(f, "https://chat.example.com/share/5f3a-22b9", "url")
non(f, "created: 2026-11-20", "date")

# ---- ru_05: meeting minutes, pre-training plan -------------------------------------------------
f = "ru_05"
D = 20 * N("llama3-8b")
claim(f, f"8{NB}030{NB}261{NB}248", "params", "параметров", N("llama3-8b"), H)
claim(f, "160 млрд токенов", "tokens", "млрд токенов", D, H)
claim(f, "~1870", "tokens", "токенов/параметр", 15e12 / N("llama3-8b"), H, hedged=True)
claim(f, "7,7·10²¹", "flops", "FLOP", 6 * 8.03e9 * 1.6e11, H, hedged=True, anchor="6 · 8,03·10⁹ · 1,6·10¹¹")
claim(f, "3,6·10²³", "flops", "FLOP", 6 * 8.03e9 * 1.5e13, X, "off_2x", hedged=True, note="= 7,2·10²³")
claim(f, "5,3 тыс. GPU-часов", "compute_time", "тыс. GPU-часов", 7.7e21 / 4e14 / 3600, H, hedged=True)
claim(f, f"128{NB}ГБ", "training", "ГБ", N("llama3-8b") * 16, H)
claim(f, f"1,28{NB}ТБ", "training", "ТБ", 10 * N("llama3-8b") * 16, H)
claim(f, f"320{NB}ГБ", "tokens_bytes", "ГБ", 160e9 * 4, X, "arithmetic", note="160 млрд x 4 байта = 640 ГБ")
claim(f, f"16{NB}ГБ", "weights", "ГБ", W("llama3-8b", "bf16"), H)
claim(f, f"64{NB}ГБ", "weights", "ГБ", W("llama3-8b", "fp32"), X, "off_2x", note="fp32 = 32,1 ГБ")
non(f, "Присутствовали: 5 человек. Начало 15:00", "time")
non(f, f"Словарь 128{NB}256 не влезает в uint16", "count")
non(f, f"Бюджет: 1{NB}200{NB}000{NB}₽", "price")
non(f, "lr 3e-4, warmup 2000 шагов", "hyperparameter")
non(f, "Следующая встреча 2026-11-04 в 15:00.", "date")
non(f, "# Протокол встречи по предобучению, 2026-10-28", "date")

# ---- ru_06: lab journal with code ----------------------------------------------------------------
f = "ru_06"
claim(f, "14,2 ГиБ", "weights", "ГиБ", W("qwen2.5-7b", "bf16"), H)
claim(f, "15,2 ГБ", "weights", "ГБ", W("qwen2.5-7b", "bf16"), H)
claim(f, "7,6 ГБ", "weights", "ГБ", W("qwen2.5-7b", "int4"), X, "off_2x", note="int4 = 3,81 ГБ")
claim(f, "57 344 байт", "kv_cache_per_token", "байт", KVT("qwen2.5-7b"), H)
claim(f, "56 КиБ", "kv_cache_per_token", "КиБ", KVT("qwen2.5-7b"), H)
claim(f, "3,5 ГиБ", "kv_cache_total", "ГиБ", KV("qwen2.5-7b", 32768), X, "off_2x", note="56 КиБ x 32768 = 1,75 ГиБ")
claim(f, "14 ГиБ", "kv_cache_total", "ГиБ", KV("qwen2.5-7b", 32768, 16), X, "off_2x", note="16 x 1,75 = 28 ГиБ")
claim(f, "137,95 ГБ", "weights", "ГБ", W("llama2-70b", "fp16"), H)
claim(f, "16,1 ГиБ", "weights", "ГиБ", W("llama2-70b", "fp16") / 8, H, note="доля одной GPU при TP=8")
claim(f, f"128,5{NB}ГиБ", "weights", "ГиБ", W("llama2-70b", "fp16"), H)
claim(f, f"69{NB}ГБ", "weights", "ГБ", W("llama2-70b", "int8"), H)
claim(f, f"17{NB}ГБ", "weights", "ГБ", W("llama2-70b", "int4"), X, "off_2x", hedged=True, note="int4 = 34,5 ГБ")
claim(f, f"4,5{NB}раза", "ratio", "×", KVT("llama3-8b") / KVT("qwen2.5-7b"), X, "off_2x", note="128 / 56 = 2,29")
non(f, "прогон #417, 2026-09-09 21:30", "date")
non(f, f"GPU util 97{NN}%, температура 71 °C.", "other")
non(f, "ppl 6,12 → 6,19 после int4", "score")
non(f, "created: 2026-09-09", "date")


# ---- en_07: napkin scratchpad ---------------------------------------------------------------
f = "en_07"
claim(f, "32.12 GiB", "weights", "GiB", W("llama3-8b", "fp32"), X, "gb_as_gib", note="32.12 GB = 29.92 GiB")
claim(f, "13.48 GiB", "weights", "GiB", W("llama2-7b", "fp16"), X, "gb_as_gib", note="13.48 GB = 12.55 GiB")
claim(f, "14.2 GB", "weights", "GB", W("qwen2.5-7b", "bf16"), X, "gib_as_gb", note="14.19 GiB = 15.23 GB")
claim(f, "87 GB", "weights", "GB", W("mixtral", "bf16"), X, "gib_as_gb", note="86.99 GiB = 93.4 GB")
claim(f, "32.9 GB", "weights", "GB", W("llama3-70b", "int4"), X, "gib_as_gb", note="32.85 GiB = 35.28 GB")
claim(f, "1.56 GB", "weights", "GB", W("gpt2-xl", "fp16"), X, "off_2x", note="fp16 = 3.12 GB")
claim(f, "498 MB", "weights", "MB", W("gpt2", "fp32"), H)
claim(f, "1.34 GB", "weights", "GB", W("bert-large", "fp32"), H)
claim(f, "9.8 GB", "quantized_file", "GB", GG("llama3-8b", "Q4_K_M"), X, "off_2x", hedged=True, gguf=True,
      note="Q4_K_M = 4.91 GB")
claim(f, "52 GB", "arithmetic", "GB", 4 * 13e9 * 2, X, "arithmetic", note="4 x 13B x 2 = 104 GB")
claim(f, "140 GB", "arithmetic", "GB", 70e9 * 2, H)
claim(f, "2 GB", "arithmetic", "GB", 8e9 * 0.5, X, "arithmetic", anchor="8B × 0.5 bytes", note="= 4 GB")
claim(f, "128 MiB", "kv_cache_per_token", "MiB", KVT("llama3-8b"), X, "wrong_unit", alt_unit="KiB", note="128 KiB")
claim(f, "512 MB", "kv_cache_per_token", "MB", KVT("llama2-7b"), X, "wrong_unit", alt_unit="KiB", note="512 KiB")
claim(f, "4 GiB", "kv_cache_total", "GiB", KV("mistral-7b", 32768), X, "wrong_kind",
      alt=KVT("mistral-7b") * 32768, note="the 4096-token window caps it at 0.5 GiB")
claim(f, "5 GiB", "kv_cache_total", "GiB", KV("llama3-70b", 16384, b=1), X, "wrong_kind",
      alt=KV("llama3-70b", 16384), note="that is the fp16 size; fp8 = 2.5 GiB")
claim(f, "36 tok/s", "throughput", "tok/s", 3.35e12 / (MIXTRAL_ACTIVE * 2), X, "wrong_kind", hedged=True,
      alt=3.35e12 / W("mixtral", "bf16"), note="reads all experts; active 25.8 GB give 130 tok/s")
claim(f, "8.1e22", "flops", "FLOP", 6 * N("llama2-7b") * 2e12, H, hedged=True)
claim(f, "8.3e23", "flops", "FLOP", 6 * N("llama2-70b") * 2e12, H, hedged=True)
claim(f, "1.4T tokens", "tokens", "trillion tokens", 20 * 70e9, H)
claim(f, "30 TB", "tokens_bytes", "TB", 15e12 * 4, X, "arithmetic", note="15T x 4 B = 60 TB")
claim(f, "53.9 GB", "training", "GB", N("llama2-7b") * 16, X, "off_2x", note="16 x 6.74e9 = 107.8 GB")
LORA = 32 * (16 * (4096 + 4096) + 16 * (4096 + 1024))
claim(f, "6.8M", "params", "million", LORA, H, hedged=True)
claim(f, "0.085 %", "percentage", "%", 100 * LORA / N("llama3-8b"), H)
claim(f, "27 MB", "weights", "MB", LORA * 2, X, "off_2x", note="6.82M x 2 B = 13.6 MB")
non(f, "created: 2026-11-29", "date")
non(f, "lora (r = 16 on q_proj and v_proj of l3-8b)", "hyperparameter")
non(f, "channel id C04ABX12) before 2026-12-01", "date")
non(f, "ref: arXiv:2106.09685, section 4.1", "reference")
non(f, "confidence in the cache lines: 0.6", "probability")

# ---- ru_07: interview cheat sheet ----------------------------------------------------------
f = "ru_07"
claim(f, f"24,2{NB}ГБ", "weights", "ГБ", W("llama2-13b", "fp16"), X, "gib_as_gb", note="24,24 ГиБ = 26,03 ГБ")
claim(f, f"7,48{NB}ГБ", "weights", "ГБ", W("llama3-8b", "int8"), X, "gib_as_gb", note="7,48 ГиБ = 8,03 ГБ")
claim(f, f"5,8{NB}ГБ", "weights", "ГБ", W("gpt2-xl", "fp32"), X, "gib_as_gb", note="5,80 ГиБ = 6,23 ГБ")
claim(f, f"14,48{NB}ГиБ", "weights", "ГиБ", W("mistral-7b", "bf16"), X, "gb_as_gib", note="14,48 ГБ = 13,49 ГиБ")
claim(f, f"438{NB}МБ", "weights", "МБ", W("bert-base", "fp32"), H)
claim(f, f"1,34{NB}ГБ", "weights", "ГБ", W("bert-large", "fp16"), X, "off_2x", note="fp16 = 0,67 ГБ")
claim(f, "124 млн", "params", "млн", N("gpt2"), H)
claim(f, f"70,6{NB}ГБ", "weights", "ГБ", W("llama3-70b", "bf16") / 2, H, note="доля одной GPU")
claim(f, f"2{NB}раза", "ratio", "×", 2 / 0.5, X, "off_2x", note="bf16 / 4 бита = 4")
claim(f, f"37,5{NN}%", "percentage", "%", 100 * (1 - 1 / 4), X, "off_2x", note="75 %")
claim(f, f"70{NB}ГБ", "arithmetic", "ГБ", 70e9 * 2, X, "arithmetic", anchor="70B × 2 байта", note="= 140 ГБ")
claim(f, f"8{NB}МиБ", "kv_cache_per_token", "МиБ", KVT("falcon-7b"), X, "wrong_unit", alt_unit="КиБ", note="8 КиБ")
claim(f, f"56{NB}КБ", "kv_cache_per_token", "КБ", KVT("qwen2.5-7b"), X, "gib_as_gb", note="56 КиБ = 57,3 КБ")
claim(f, f"400{NB}КиБ", "kv_cache_per_token", "КиБ", KVT("llama2-13b"), X, "off_2x", note="800 КиБ")
claim(f, f"2{NB}ГиБ", "kv_cache_total", "ГиБ", KV("llama2-7b", 4096), H, anchor="кэш на 4096 токенов")
claim(f, f"2,5{NB}ГиБ", "kv_cache_total", "ГиБ", KV("llama3-70b", 8192, b=1), X, "wrong_kind",
      alt=KV("llama3-70b", 8192), note="это размер fp16-кэша; fp8 = 1,25 ГиБ")
claim(f, f"2{NB}ГиБ", "kv_cache_total", "ГиБ", KV("mistral-7b", 16384), X, "wrong_kind", anchor="кэш на 16k",
      alt=KVT("mistral-7b") * 16384, note="окно 4096 токенов ограничивает кэш 0,5 ГиБ")
claim(f, f"58{NB}ГБ", "training", "ГБ", N("mistral-7b") * 16, X, "off_2x", note="115,9 ГБ")
claim(f, "4,1·10²³", "flops", "FLOP", 6 * N("llama2-70b") * 2e12, X, "off_2x", hedged=True, note="8,3·10²³")
claim(f, "~160 млрд токенов", "tokens", "млрд токенов", 20 * 8e9, H, hedged=True)
claim(f, "36 токенов/с", "throughput", "токенов/с", 3.35e12 / (MIXTRAL_ACTIVE * 2), X, "wrong_kind", hedged=True,
      alt=3.35e12 / W("mixtral", "bf16"), note="все эксперты вместо активных; верно ~130 токенов/с")
non(f, "Собеседование 2026-12-03 в 11:30", "date")
non(f, "Вероятность вопроса про KV-кэш — 0,8", "probability")
non(f, "Зарплатная вилка: 450–550 тыс. ₽.", "price")
non(f, "https://jobs.example.ru/vacancy/100542?utm=7", "url")
non(f, "created: 2026-11-30", "date")


# ---- verification and output ---------------------------------------------------------------
def lines_of(f):
    return (NOTES / FILES[f]).read_text(encoding="utf-8").split("\n")


def locate(f, anchor):
    hits = [i + 1 for i, ln in enumerate(lines_of(f)) if anchor in ln]
    if len(hits) != 1:
        raise SystemExit(f"{f}: anchor {anchor!r} on lines {hits}")
    return hits[0]


def fits(points, value, unit, c, lang):
    """Does the printed figure (in `unit`) state `value` (base units) within tolerance?"""
    sc = SCALE[unit]
    vals = value if isinstance(value, list) else [value]
    if len(points) == 2 and "–" in c["figure"]:            # a range: the point lies inside it
        (lo, tlo), (hi, thi) = points
        return all(lo - tlo <= v / sc <= hi + thi for v in vals)
    (s, tol), = points[:1]
    v = vals[0] / sc
    if c["hedged"]:
        tol = max(tol, 0.10 * abs(s))
    if c["gguf"]:
        tol = max(tol, 0.02 * abs(s))
    if c["bound"] == "upper":
        return v <= s + tol
    return abs(v - s) <= tol


def build():
    claims, seen = [], Counter()
    claim_lines = set()
    for c in CLAIMS:
        f = c["f"]
        lang = f[:2]
        line = locate(f, c["anchor"])
        text = lines_of(f)[line - 1]
        if text.count(c["figure"]) < c["occ"]:
            raise SystemExit(f"{f}:{line}: figure {c['figure']!r} (occurrence {c['occ']}) not on the line")
        pts = read(c["figure"], lang)
        if not pts:
            raise SystemExit(f"{f}:{line}: no number in {c['figure']!r}")
        ok = fits(pts, c["value"], c["unit"], c, lang)
        verdict = "holds" if ok else "wrong"
        if verdict != c["expect"]:
            raise SystemExit(f"{f}:{line} {c['figure']!r}: computed {verdict}, intended {c['expect']} "
                             f"(correct {c['value'] / SCALE[c['unit']]:.6g} {c['unit']})")
        err = c["error"]
        nice = [float(f"{v:.12g}") for v, _ in pts]
        stated = [nice[0], nice[1]] if len(pts) == 2 and "–" in c["figure"] else nice[0]
        correct = c["value"] / SCALE[c["unit"]]
        if verdict == "wrong":
            s0 = pts[0][0] if not isinstance(stated, list) else stated[0]
            if err in ("off_2x", "arithmetic"):
                ends = stated if isinstance(stated, list) else [s0]
                ratio = min(max(e / correct, correct / e) for e in ends)
                if ratio < 1.95:
                    raise SystemExit(f"{f}:{line} {c['figure']!r}: off by only {ratio:.3f}x")
            elif err in ("gib_as_gb", "gb_as_gib"):
                twin = TWIN[c["unit"]]
                if not fits(pts, c["value"], twin, c, lang):
                    raise SystemExit(f"{f}:{line} {c['figure']!r}: does not pass as {twin}")
                if (err == "gib_as_gb") != (c["unit"] in ("KB", "КБ", "GB", "ГБ", "MB", "МБ")):
                    raise SystemExit(f"{f}:{line}: {err} does not match unit {c['unit']}")
            elif err == "wrong_kind":
                if c["alt"] is None or not fits(pts, c["alt"], c["unit"], c, lang):
                    raise SystemExit(f"{f}:{line} {c['figure']!r}: does not match the other kind's value")
            elif err == "wrong_unit":
                if c["alt_unit"] is None or not fits(pts, c["value"], c["alt_unit"], c, lang):
                    raise SystemExit(f"{f}:{line} {c['figure']!r}: does not pass in {c['alt_unit']}")
            else:
                raise SystemExit(f"{f}:{line}: unknown error class {err}")
        elif err:
            raise SystemExit(f"{f}:{line}: error class on a holding claim")
        seen[f] += 1
        claim_lines.add((f, line))
        claims.append({
            "id": f"{f}-{seen[f]:02d}", "file": FILES[f], "line": line, "figure": c["figure"],
            "occurrence": c["occ"], "kind": c["kind"], "stated": stated, "unit": c["unit"],
            "correct": round(correct, 6), "correct_unit": c["unit"], "verdict": verdict, "error": err,
            "lang": lang, "hedged": c["hedged"], "bound": c["bound"], "quoted": c["quoted"], "note": c["note"],
        })
    non_claims = []
    for n in NON:
        line = locate(n["f"], n["text"])
        if (n["f"], line) in claim_lines:
            raise SystemExit(f"{n['f']}:{line}: non-claim line carries a claim")
        non_claims.append({"file": FILES[n["f"]], "line": line, "text": n["text"], "why": n["why"],
                           "lang": n["f"][:2]})
    return {"schema": "vaultkit.claims-truth/1", "claims": claims, "non_claims": non_claims}


def main(argv):
    truth = build()
    text = json.dumps(truth, ensure_ascii=False, indent=1) + "\n"
    out = HERE / "truth.json"
    if "--check" in argv:
        if not out.exists() or out.read_text(encoding="utf-8") != text:
            print("truth.json is stale; run tests/claims_corpus_e/truth.py")
            return 1
    else:
        out.write_text(text, encoding="utf-8")
    cl, nc = truth["claims"], truth["non_claims"]
    wrong = [c for c in cl if c["verdict"] == "wrong"]
    print(f"notes {len(FILES)}  claims {len(cl)} on {len({(c['file'], c['line']) for c in cl})} lines  "
          f"wrong {len(wrong)} ({100 * len(wrong) / len(cl):.1f} %)  non-claim lines {len(nc)}")
    for lang in ("en", "ru"):
        print(f"  {lang}: claims {sum(c['lang'] == lang for c in cl)}, wrong {sum(c['lang'] == lang for c in wrong)}, "
              f"non-claims {sum(n['lang'] == lang for n in nc)}")
    print("  by kind:", dict(Counter(c["kind"] for c in cl)))
    print("  wrong by error:", dict(Counter(c["error"] for c in wrong)))
    print("  non-claims by reason:", dict(Counter(n["why"] for n in nc)))
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
