#!/usr/bin/env python3
"""Ground truth for blind sizing-claims corpus F (tests/claims_corpus_f/notes).

Written without reading vaultkit's code, its tests or the notes of the other corpora.  The
facts (bytes per dtype, ggml bits per weight, exact parameter counts, the KV-cache, training,
activation and 6*N*D formulas, the tolerance policy) are those of /work/shared/claims-gold.md;
every expected value below is plain arithmetic done here.  Nothing is imported from vaultkit.

    python tests/claims_corpus_f/truth.py          # verify, then write truth.json
    python tests/claims_corpus_f/truth.py --check  # verify; exit 1 if truth.json is stale

Each claim names its note, the figure as printed (an exact substring of its line), an anchor
that picks the line (a substring found on exactly one line; the figure itself by default), the
kind, the printed unit, the true value in base units (bytes, parameters, tokens, FLOP, tok/s,
a plain ratio or percent), the verdict the author meant and, for a wrong claim, the error class.
The script refuses to write when its arithmetic disagrees with a meant verdict, when a wrong
claim is not wrong in the way its class says, when a figure's number is not on its line, or
when a line listed as holding no claim carries one.
"""

from __future__ import annotations

import importlib.util
import json
import re
import sys
from collections import Counter
from pathlib import Path

HERE = Path(__file__).resolve().parent
NOTES = HERE / "notes"
REPO = HERE.parent.parent

# ---- facts --------------------------------------------------------------------------
KIB, MIB, GIB, TIB = 1 << 10, 1 << 20, 1 << 30, 1 << 40
BYTES_PER_PARAM = {"fp32": 4.0, "fp16": 2.0, "bf16": 2.0, "fp8": 1.0, "int8": 1.0, "int4": 0.5}
# whole-file bits per weight measured on Llama-3.1-8B (llama.cpp tools/quantize/README.md)
FILE_BPW = {"Q4_K_M": 4.8944, "Q5_K_M": 5.7036, "Q8_0": 8.5008, "F16": 16.0005}
# NF4 with double quantisation: 4 bits + an 8-bit absmax per 64 + an fp32 scale per 64*256
NF4_BPW = 4 + 8 / 64 + 32 / (64 * 256)
# Qwen2.5-7B-Instruct Q4_K_M file as listed publicly (claims-gold 1.5): 4,683,074,336 bytes
QWEN7_Q4KM_BYTES = 4_683_074_336


def llama_like(h, inner, layers, heads, kv, vocab, head_dim=128, experts=1):
    """Parameters of a Llama/Mistral/Mixtral-style decoder: no biases, RMSNorm, SwiGLU,
    untied head.  experts > 1 adds a router of h*experts per layer."""
    attn = 2 * h * heads * head_dim + 2 * h * kv * head_dim
    mlp = experts * 3 * h * inner + (h * experts if experts > 1 else 0)
    return layers * (attn + mlp + 2 * h) + 2 * vocab * h + h


def gpt2_like(h, layers, vocab=50257, positions=1024):
    """GPT-2: biases everywhere, LayerNorm, GELU MLP of 4h, tied head."""
    attn = 4 * h * h + 4 * h
    mlp = 8 * h * h + 5 * h
    return layers * (attn + mlp + 4 * h) + vocab * h + positions * h + 2 * h


MODELS = {
    # name: parameters, layers, KV heads, head dim, sliding window
    "llama2-7b": dict(n=6_738_415_616, L=32, k=32, d=128),
    "llama2-13b": dict(n=13_015_864_320, L=40, k=40, d=128),
    "llama2-70b": dict(n=68_976_648_192, L=80, k=8, d=128),
    "llama3-8b": dict(n=8_030_261_248, L=32, k=8, d=128),
    "llama3-70b": dict(n=70_553_706_496, L=80, k=8, d=128),
    "mistral-7b-v0.1": dict(n=7_241_732_096, L=32, k=8, d=128, window=4096),
    "mistral-7b-v0.2": dict(n=7_241_732_096, L=32, k=8, d=128),  # v0.2 dropped the window
    "mixtral-8x7b": dict(n=46_702_792_704, L=32, k=8, d=128),
    "qwen2.5-7b": dict(n=7_615_616_512, L=28, k=4, d=128),
    "falcon-7b": dict(n=6_921_720_704, L=32, k=1, d=64),
    "gpt2": dict(n=124_439_808, L=12, k=12, d=64),
    "gpt2-medium": dict(n=354_823_168, L=24, k=16, d=64),
    "gpt2-large": dict(n=774_030_080, L=36, k=20, d=64),
    "gpt2-xl": dict(n=1_557_611_200, L=48, k=25, d=64),
    "bert-base": dict(n=109_482_240),
    "bert-large": dict(n=335_141_888),
    "gpt3": dict(n=174_604_259_328),
}
# Re-derive the catalogued counts with the formulas above (a typo in a count stops the script).
for _name, _args in {
    "llama2-7b": (4096, 11008, 32, 32, 32, 32000),
    "llama2-13b": (5120, 13824, 40, 40, 40, 32000),
    "llama2-70b": (8192, 28672, 80, 64, 8, 32000),
    "llama3-8b": (4096, 14336, 32, 32, 8, 128256),
    "llama3-70b": (8192, 28672, 80, 64, 8, 128256),
    "mistral-7b-v0.1": (4096, 14336, 32, 32, 8, 32000),
}.items():
    assert llama_like(*_args) == MODELS[_name]["n"], _name
for _name, (_h, _L) in {"gpt2": (768, 12), "gpt2-medium": (1024, 24), "gpt2-large": (1280, 36), "gpt2-xl": (1600, 48)}.items():
    assert gpt2_like(_h, _L) == MODELS[_name]["n"], _name
assert llama_like(4096, 14336, 32, 32, 8, 32000, experts=8) == MODELS["mixtral-8x7b"]["n"]
MIXTRAL_ONE_FFN = 3 * 4096 * 14336
MIXTRAL_ACTIVE = MODELS["mixtral-8x7b"]["n"] - 32 * (8 - 2) * MIXTRAL_ONE_FFN  # top-2 of 8
assert MIXTRAL_ACTIVE == 12_879_925_248
# Mixtral-8x22B-v0.1 is not in claims-gold's table: its published config (hidden 6144, MLP 16384,
# 56 layers, 48 heads, 8 KV heads, vocab 32000, 8 experts, top-2) through the same formula.
MIXTRAL22 = llama_like(6144, 16384, 56, 48, 8, 32000, experts=8)
MIXTRAL22_ACTIVE = MIXTRAL22 - 56 * (8 - 2) * 3 * 6144 * 16384
assert round(MIXTRAL22 / 1e9) == 141 and round(MIXTRAL22_ACTIVE / 1e9) == 39
# DeepSeek-V3 and Qwen1.5-MoE-A2.7B: the notes state the totals (671 B / 37 B, 14.3 B / 2.7 B)
# and the figures are judged against those stated counts.
DSV3, DSV3_ACTIVE = 671e9, 37e9
DSV3_KV_TOKEN = 61 * (512 + 64) * 2  # MLA: layers x (kv_lora_rank + rope dim) x bf16


def N(m):
    return MODELS[m]["n"]


def W(m, dtype):
    return N(m) * BYTES_PER_PARAM[dtype]


def kv_token(m, bytes_per=2):
    c = MODELS[m]
    return 2 * c["L"] * c["k"] * c["d"] * bytes_per


def kv(m, seq, batch=1, bytes_per=2):
    window = MODELS[m].get("window")
    return kv_token(m, bytes_per) * (min(seq, window) if window else seq) * batch


def gguf(m, qtype):
    return N(m) * FILE_BPW[qtype] / 8


SCALE = {
    "bytes": 1,
    "байт": 1,
    "B": 1,
    "Б": 1,
    "KB": 1e3,
    "MB": 1e6,
    "GB": 1e9,
    "TB": 1e12,
    "КБ": 1e3,
    "МБ": 1e6,
    "ГБ": 1e9,
    "ТБ": 1e12,
    "KiB": KIB,
    "MiB": MIB,
    "GiB": GIB,
    "КиБ": KIB,
    "МиБ": MIB,
    "ГиБ": GIB,
    "params": 1,
    "параметров": 1,
    "B params": 1e9,
    "млрд": 1e9,
    "млн": 1e6,
    "FLOP": 1,
    "tok/s": 1,
    "токенов/с": 1,
    "tokens/param": 1,
    "токенов/параметр": 1,
    "%": 1,
    "×": 1,
}
TWIN = {
    "GB": "GiB",
    "GiB": "GB",
    "ГБ": "ГиБ",
    "ГиБ": "ГБ",
    "MB": "MiB",
    "MiB": "MB",
    "МБ": "МиБ",
    "МиБ": "МБ",
    "KB": "KiB",
    "KiB": "KB",
    "КБ": "КиБ",
    "КиБ": "КБ",
}
DECIMAL_UNITS = {"KB", "MB", "GB", "TB", "КБ", "МБ", "ГБ", "ТБ"}

# ---- reading a printed number ----------------------------------------------------------
SUPERSCRIPT = str.maketrans("⁰¹²³⁴⁵⁶⁷⁸⁹⁻", "0123456789-")
NUMBER = {
    "en": r"\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?",
    # Russian: thousands grouped by (no-break) spaces, decimal comma; a YAML value may use a dot
    "ru": r"\d{1,3}(?:[ \u00a0\u202f]\d{3})+(?:,\d+)?|\d+(?:[,.]\d+)?",
}
POWER = r"(?:e(?P<e>-?\d+)|\s*[·×]\s*10(?P<sup>[⁰¹²³⁴⁵⁶⁷⁸⁹⁻]+))?"


def printed(figure, lang):
    """(value, half a unit of the last significant printed digit) for each number in figure."""
    out = []
    for m in re.finditer("(?P<n>" + NUMBER[lang] + ")" + POWER, figure):
        raw = m.group("n")
        raw = raw.replace(",", "") if lang == "en" else re.sub(r"[ \u00a0\u202f]", "", raw).replace(",", ".")
        frac = len(raw.split(".")[1]) if "." in raw else 0
        trailing = 0 if frac else len(raw) - len(raw.rstrip("0"))
        half = 0.5 * 10.0 ** (trailing - frac)
        exp = m.group("e") or (m.group("sup") or "").translate(SUPERSCRIPT)
        mult = 10.0 ** int(exp) if exp else 1.0
        out.append((float(raw) * mult, half * mult))
    return out


# ---- the claims ----------------------------------------------------------------------------
FILES = {p.stem[:5]: p.name for p in sorted(NOTES.glob("*.md"))}
CLAIMS, NON = [], []
H, X = "holds", "wrong"


def c(
    note,
    figure,
    kind,
    unit,
    value,
    expect=H,
    error=None,
    *,
    anchor=None,
    occ=1,
    hedged=False,
    bound=None,
    rng=False,
    quoted=False,
    gguf_file=False,
    alt=None,
    alt_unit=None,
    lang=None,
    note_text="",
):
    """One claim.  alt: the value the figure really is (wrong_kind: the other kind's value;
    per_gpu: the total or the share it was confused with); alt_unit: the unit a wrong_unit figure
    was meant in; rng: the figure is a range a-b; bound 'upper': the figure is a ceiling."""
    CLAIMS.append(
        dict(
            f=note,
            figure=figure,
            kind=kind,
            unit=unit,
            value=value,
            expect=expect,
            error=error,
            anchor=anchor or figure,
            occ=occ,
            hedged=hedged,
            bound=bound,
            rng=rng,
            quoted=quoted,
            gguf=gguf_file,
            alt=alt,
            alt_unit=alt_unit,
            lang=lang,
            note=note_text,
        )
    )


def none(note, text, why):
    NON.append(dict(f=note, text=text, why=why))


NB = "\u00a0"

# ---- en_01: daily note --------------------------------------------------------------------
f = "en_01"
c(f, "16.1 GB", "weights", "GB", W("llama3-8b", "bf16"))
c(f, "128 KiB per token", "kv_cache_per_token", "KiB", kv_token("llama3-8b"))
c(f, "2 GiB per sequence", "kv_cache_total", "GiB", kv("llama3-8b", 8192), X, "off_2x", note_text="8192 x 128 KiB = 1 GiB")
c(f, "32 GiB", "kv_cache_total", "GiB", kv("llama3-8b", 8192, 16), X, "off_2x", note_text="16 x 1 GiB = 16 GiB")
c(f, "64.2 GB", "weights", "GB", W("llama3-8b", "fp32"), X, "off_2x", note_text="fp32 = 32.1 GB")
c(
    f,
    "4.58 GB",
    "quantized_file",
    "GB",
    gguf("llama3-8b", "Q4_K_M"),
    X,
    "gib_as_gb",
    gguf_file=True,
    note_text="4.91 GB = 4.58 GiB",
)
c(f, "4.9 GB", "quantized_file", "GB", gguf("llama3-8b", "Q4_K_M"), hedged=True, gguf_file=True)
c(f, "7.2 GB", "weights", "GB", W("mistral-7b-v0.2", "int8"), hedged=True)
c(f, "13.5 GB", "weights", "GB", W("mistral-7b-v0.2", "bf16"), X, "gib_as_gb", note_text="14.48 GB = 13.49 GiB")
c(f, "about 63 tok/s", "throughput", "tok/s", 1008e9 / W("llama3-8b", "bf16"), hedged=True, bound="upper")
c(f, "7.6 GB", "weights", "GB", W("qwen2.5-7b", "bf16"), X, "off_2x", note_text="bf16 = 15.23 GB; 7.6 is the count in billions")
c(f, "1.0 MiB of KV per token", "kv_cache_per_token", "MiB", kv_token("llama2-7b"), X, "off_2x", note_text="512 KiB")
none(f, "date: 2026-11-18", "date")
none(f, "mood: 7", "score")
none(f, "# Wed 18 Nov 2026", "date")
none(f, "[[2026-11-17]] | [[2026-11-19]]", "date")
none(f, "standup at 09:30", "time")
none(f, "review PR #4821", "id")
none(f, "renew the domain", "price")
none(f, "call the dentist", "phone")
none(f, "llama.cpp/pull/10432", "url")
none(f, "[[Inference budget 2027]]", "date")

# ---- en_02: Zotero literature note -----------------------------------------------------------
f = "en_02"
c(f, "about 29 tokens per parameter", "tokens_per_param", "tokens/param", 2e12 / N("llama2-70b"), hedged=True)
c(
    f,
    "~30 tokens per parameter",
    "tokens_per_param",
    "tokens/param",
    2e12 / N("llama2-7b"),
    X,
    "off_2x",
    hedged=True,
    note_text="2e12 / 6.74e9 = 297",
)
c(f, "138 GB", "weights", "GB", W("llama2-70b", "fp16"))
c(f, "128.5 GiB", "weights", "GiB", W("llama2-70b", "fp16"))
c(f, "327,680 bytes", "arithmetic", "bytes", 2 * 80 * 8 * 128 * 2)
c(f, "320 KiB", "kv_cache_per_token", "KiB", kv_token("llama2-70b"))
c(f, "2.5 MiB per token", "kv_cache_per_token", "MiB", 2 * 80 * 64 * 128 * 2, note_text="hypothetical MHA with 64 KV heads")
c(f, "8× more", "ratio", "×", 64 / 8)
c(f, "2.5 GiB of cache", "kv_cache_total", "GiB", kv("llama2-70b", 4096), X, "off_2x", note_text="1.25 GiB")
c(f, "≈ 8.3e23 FLOPs", "flops", "FLOP", 6 * N("llama2-70b") * 2e12, hedged=True)
c(f, "≈ 8.1e23 FLOPs", "flops", "FLOP", 6 * N("llama2-7b") * 2e12, X, "off_2x", hedged=True, note_text="8.1e22")
c(f, "13 GB", "weights", "GB", W("llama2-13b", "fp16"), X, "off_2x", note_text="26.0 GB")
c(f, "= 69 GB", "arithmetic", "GB", 68.98e9 * 0.5, X, "arithmetic", note_text="68.98e9 x 0.5 B = 34.5 GB")
c(f, "6,738,415,616 parameters", "params", "params", N("llama2-7b"))
c(f, "26.95 GB", "weights", "GB", W("llama2-7b", "fp16"), X, "off_2x", note_text="fp16 = 13.48 GB; 26.95 is fp32")
none(f, "year: 2023", "date")
none(f, "citekey: touvron2023llama2", "id")
none(f, "# Llama 2 (Touvron et al., 2023)", "reference")
none(f, "Compare with [[Llama 3 herd (2024)]]", "reference")
none(f, "> [!quote] p. 6 (green)", "reference")
none(f, "doi: 10.48550/arXiv.2307.09288", "id")
none(f, "rating: 4", "score")
none(f, "77 pages", "count")
none(f, "> [!quote] p. 5 (yellow)", "reference")
none(f, "for the 34B and 70B models", "model name")
none(f, "Why 4,096 and not 8,192 context?", "reference")

# ---- en_03: GPU buying guide -----------------------------------------------------------------
f = "en_03"
c(f, "16.06 GB", "weights", "GB", W("llama3-8b", "bf16"))
c(f, "4.0 GB", "weights", "GB", W("llama3-8b", "int8"), X, "off_2x", note_text="int8 = 8.0 GB")
c(f, "4.9 GB", "quantized_file", "GB", gguf("llama3-8b", "Q4_K_M"), gguf_file=True)
c(f, "4.68 GB", "quantized_file", "GB", QWEN7_Q4KM_BYTES, gguf_file=True)
c(f, "~7.2 GB", "weights", "GB", W("mistral-7b-v0.2", "int4"), X, "off_2x", hedged=True, note_text="int4 = 3.6 GB")
c(f, "~6.9 GB", "weights", "GB", W("falcon-7b", "bf16"), X, "off_2x", hedged=True, note_text="13.84 GB")
c(f, "12.55 GB", "weights", "GB", W("llama2-7b", "fp16"), X, "gib_as_gb", note_text="13.48 GB = 12.55 GiB")
c(f, "26 GB", "weights", "GB", W("llama2-13b", "fp16"))
c(f, "35 GB", "weights", "GB", W("llama3-70b", "int4"))
c(f, "65.7 GB", "weights", "GB", W("llama3-70b", "int8"), X, "gib_as_gb", note_text="70.6 GB = 65.7 GiB")
c(f, "46.7 GB", "weights", "GB", W("mixtral-8x7b", "int4"), X, "off_2x", note_text="int4 = 23.4 GB")
c(f, "56 KiB", "kv_cache_per_token", "KiB", kv_token("qwen2.5-7b"))
c(f, "1.75 GiB", "kv_cache_total", "GiB", kv("qwen2.5-7b", 32768))
c(f, "128 KiB per token", "kv_cache_per_token", "KiB", kv_token("llama2-7b"), X, "off_2x", note_text="512 KiB")
c(f, "≈ 190 tok/s", "throughput", "tok/s", 936e9 / gguf("llama3-8b", "Q4_K_M"), hedged=True)
c(
    f,
    "near 120 tok/s",
    "throughput",
    "tok/s",
    288e9 / gguf("llama3-8b", "Q4_K_M"),
    X,
    "off_2x",
    hedged=True,
    note_text="288 GB/s / 4.91 GB = 59 tok/s",
)
c(f, "about 63 tok/s", "throughput", "tok/s", 1008e9 / W("llama3-8b", "bf16"), hedged=True, bound="upper")
none(f, "updated: 2026-11-09", "date")
none(f, "Prices checked on 2026-11-08", "price")
none(f, "(page 3 of 9)", "url")

# ---- en_04: capacity plan with tables ----------------------------------------------------------
f = "en_04"
r = "| meta-llama/Meta-Llama-3-8B-Instruct |"
c(f, "16.1", "weights", "GB", W("llama3-8b", "bf16"), anchor=r)
c(f, "8.0", "weights", "GB", W("llama3-8b", "fp8"), anchor=r)
c(f, "2.0", "weights", "GB", W("llama3-8b", "int4"), X, "off_2x", anchor=r, note_text="int4 = 4.0 GB")
r = "| mistralai/Mistral-7B-Instruct-v0.2 |"
c(f, "29.0", "weights", "GB", W("mistral-7b-v0.2", "bf16"), X, "off_2x", anchor=r, note_text="bf16 = 14.5 GB (29.0 is fp32)")
c(f, "7.2", "weights", "GB", W("mistral-7b-v0.2", "fp8"), anchor=r)
c(f, "3.6", "weights", "GB", W("mistral-7b-v0.2", "int4"), anchor=r)
r = "| Qwen/Qwen2.5-7B-Instruct |"
c(f, "15.2", "weights", "GB", W("qwen2.5-7b", "bf16"), anchor=r)
c(f, "7.6", "weights", "GB", W("qwen2.5-7b", "fp8"), anchor=r)
c(f, "1.9", "weights", "GB", W("qwen2.5-7b", "int4"), X, "off_2x", anchor=r, note_text="int4 = 3.8 GB")
r = "| meta-llama/Llama-2-70b-chat-hf |"
c(f, "128.5", "weights", "GB", W("llama2-70b", "bf16"), X, "gib_as_gb", anchor=r, note_text="138.0 GB = 128.5 GiB")
c(f, "69", "weights", "GB", W("llama2-70b", "fp8"), anchor=r)
c(f, "34.5", "weights", "GB", W("llama2-70b", "int4"), anchor=r)
c(f, "17.2", "weights", "GB", W("llama2-70b", "bf16") / 8, anchor=r, note_text="per-GPU share, TP 8")
r = "| meta-llama/Meta-Llama-3-70B-Instruct |"
c(f, "141.1", "weights", "GB", W("llama3-70b", "bf16"), anchor=r)
c(f, "65.7", "weights", "GB", W("llama3-70b", "fp8"), X, "gib_as_gb", anchor=r, note_text="70.6 GB = 65.7 GiB")
c(f, "17.6", "weights", "GB", W("llama3-70b", "int4"), X, "off_2x", anchor=r, note_text="int4 = 35.3 GB")
c(
    f,
    "35.3",
    "weights",
    "GB",
    W("llama3-70b", "bf16") / 8,
    X,
    "per_gpu",
    anchor=r,
    alt=W("llama3-70b", "bf16") / 4,
    note_text="TP 8 share = 17.6 GB; 35.3 is the TP 4 share",
)
r = "| mistralai/Mixtral-8x7B-Instruct-v0.1 |"
c(f, "87.0", "weights", "GB", W("mixtral-8x7b", "bf16"), X, "gib_as_gb", anchor=r, note_text="93.4 GB = 87.0 GiB")
c(f, "46.7", "weights", "GB", W("mixtral-8x7b", "fp8"), anchor=r)
c(f, "23.4", "weights", "GB", W("mixtral-8x7b", "int4"), anchor=r)
c(f, "11.7", "weights", "GB", W("mixtral-8x7b", "bf16") / 8, anchor=r, note_text="per-GPU share, TP 8")
r = "| Meta-Llama-3-8B-Instruct | 128 KiB |"
c(f, "128 KiB", "kv_cache_per_token", "KiB", kv_token("llama3-8b"), anchor=r)
c(f, "1 GiB", "kv_cache_total", "GiB", kv("llama3-8b", 8192), anchor=r)
c(f, "8 GiB", "kv_cache_total", "GiB", kv("llama3-8b", 32768), X, "off_2x", anchor=r, note_text="4 GiB")
r = "| Meta-Llama-3-70B-Instruct | 320 KiB |"
c(f, "320 KiB", "kv_cache_per_token", "KiB", kv_token("llama3-70b"), anchor=r)
c(f, "2.5 GiB", "kv_cache_total", "GiB", kv("llama3-70b", 8192), anchor=r)
c(f, "20 GiB", "kv_cache_total", "GiB", kv("llama3-70b", 32768), X, "off_2x", anchor=r, note_text="10 GiB")
r = "| Mixtral-8x7B-Instruct-v0.1 | 128 KiB |"
c(f, "128 KiB", "kv_cache_per_token", "KiB", kv_token("mixtral-8x7b"), anchor=r)
c(f, "1.07 GB", "kv_cache_total", "GB", kv("mixtral-8x7b", 8192), anchor=r)
c(f, "4.0 GB", "kv_cache_total", "GB", kv("mixtral-8x7b", 32768), X, "gib_as_gb", anchor=r, note_text="4 GiB = 4.29 GB")
r = "| Qwen2.5-7B-Instruct | 56 KiB |"
c(f, "56 KiB", "kv_cache_per_token", "KiB", kv_token("qwen2.5-7b"), anchor=r)
c(f, "896 MiB", "kv_cache_total", "MiB", kv("qwen2.5-7b", 8192), X, "off_2x", anchor=r, note_text="448 MiB")
c(f, "1.75 GiB", "kv_cache_total", "GiB", kv("qwen2.5-7b", 32768), anchor=r)
c(f, "141.1 GB", "weights", "GB", W("llama3-70b", "bf16"), anchor="32 concurrent 8k sequences")
c(f, "80 GiB", "kv_cache_total", "GiB", kv("llama3-70b", 8192, 32), anchor="plus 80 GiB of cache")
c(
    f,
    "80 GiB per GPU",
    "kv_cache_total",
    "GiB",
    kv("llama3-70b", 8192, 32) / 8,
    X,
    "per_gpu",
    alt=kv("llama3-70b", 8192, 32),
    note_text="the total; the TP 8 share is 10 GiB",
)
c(f, "128 GiB", "kv_cache_total", "GiB", kv("mixtral-8x7b", 32768, 64), X, "arithmetic", note_text="64 x 4 GiB = 256 GiB")
c(f, "0.625 GiB", "kv_cache_total", "GiB", kv("llama2-70b", 4096), X, "off_2x", note_text="4096 x 320 KiB = 1.25 GiB")
c(f, "134.6 GB", "training", "GB", N("llama3-8b") * 18, X, "gib_as_gb", note_text="144.5 GB = 134.6 GiB")
c(f, "18.1 GB per GPU", "training", "GB", N("llama3-8b") * 18 / 8, note_text="per-GPU share, ZeRO-3 over 8")
c(f, "64 GB in total", "training", "GB", N("llama3-8b") * 16, X, "off_2x", note_text="16 B/param = 128.5 GB")
none(f, "review: 2027-01-15", "date")
none(f, "title: Capacity plan Q1 2027", "date")
none(f, "# Capacity plan Q1 2027: cluster", "date")
none(f, "Budget line 7730, ticket INFRA-2291", "id")
none(f, "Reserved price $2.49", "price")
none(f, "SLO: p99 time to first token", "time")
none(f, "Next review 2027-01-15", "date")

# ---- en_05: Dataview registry ---------------------------------------------------------------------
f = "en_05"
c(f, "params:: 8.03B", "params", "B params", N("llama3-8b"))
c(f, "vram:: 16.1 GB", "weights", "GB", W("llama3-8b", "bf16"))
c(
    f,
    "kv_per_token:: 128 KiB",
    "kv_cache_per_token",
    "KiB",
    kv_token("llama3-8b"),
    occ=1,
    anchor="kv_per_token:: 128 KiB\nkv_at_ctx:: 1 GiB",
)
c(f, "kv_at_ctx:: 1 GiB", "kv_cache_total", "GiB", kv("llama3-8b", 8192), note_text="default_ctx 8192 from the properties")
c(f, "7.95 GB", "quantized_file", "GB", gguf("llama3-8b", "Q8_0"), X, "gib_as_gb", gguf_file=True, note_text="8.53 GB = 7.95 GiB")
c(f, "9.2 GiB", "quantized_file", "GiB", gguf("llama3-8b", "Q4_K_M"), X, "off_2x", gguf_file=True, note_text="Q4_K_M = 4.58 GiB")
c(f, "params:: 7.24B", "params", "B params", N("mistral-7b-v0.2"))
c(f, "vram:: 14.5 GB", "weights", "GB", W("mistral-7b-v0.2", "int8"), X, "off_2x", note_text="dtype:: int8 -> 7.24 GB")
c(
    f,
    "kv_per_token:: 128 KiB",
    "kv_cache_per_token",
    "KiB",
    kv_token("mistral-7b-v0.2"),
    anchor="kv_per_token:: 128 KiB\nkv_at_ctx:: 2 GiB",
)
c(f, "kv_at_ctx:: 2 GiB", "kv_cache_total", "GiB", kv("mistral-7b-v0.2", 8192), X, "off_2x", note_text="1 GiB at 8192")
c(f, "params:: 7.62B", "params", "B params", N("qwen2.5-7b"))
c(f, "vram:: 15.2 GB", "weights", "GB", W("qwen2.5-7b", "fp16"))
c(f, "kv_per_token:: 112 KiB", "kv_cache_per_token", "KiB", kv_token("qwen2.5-7b"), X, "off_2x", note_text="56 KiB")
c(f, "kv_at_ctx:: 3.5 GiB", "kv_cache_total", "GiB", kv("qwen2.5-7b", 32768), X, "off_2x", note_text="1.75 GiB")
c(f, "params:: 6.92B", "params", "B params", N("falcon-7b"))
c(f, "vram:: 12.9 GB", "weights", "GB", W("falcon-7b", "bf16"), X, "gib_as_gb", note_text="13.84 GB = 12.89 GiB")
c(f, "kv_per_token:: 8 KiB", "kv_cache_per_token", "KiB", kv_token("falcon-7b"))
c(f, "kv_at_ctx:: 16 MB", "kv_cache_total", "MB", kv("falcon-7b", 2048), X, "gib_as_gb", note_text="16 MiB = 16.8 MB")
c(f, "params:: 1.56B", "params", "B params", N("gpt2-xl"))
c(f, "vram:: 3.1 GB", "weights", "GB", W("gpt2-xl", "fp32"), X, "off_2x", note_text="fp32 = 6.23 GB")
c(f, "vram_gib:: 5.8 GiB", "weights", "GiB", W("gpt2-xl", "fp32"))
none(f, "created: 2026-10-05T14:22", "date")
none(f, "updated: 2026-11-20T09:03", "date")
none(f, "models_count: 5", "count")
none(f, "driver: 560.35.03", "version")
none(f, "cuda: 12.6", "version")
none(f, "ollama_port: 11434", "port")
none(f, "budget_eur: 2500", "price")
none(f, "rating: 8", "score")
none(f, "default_ctx: 8192", "hyperparameter")
none(f, "SORT vram DESC LIMIT 20", "query")
none(f, "added:: 2026-11-20", "date")

# ---- en_06: post-mortem ------------------------------------------------------------------------------
f = "en_06"
ll70 = W("llama3-70b", "bf16")
c(f, "141.1 GB in total", "weights", "GB", ll70)
c(f, "35.3 GB per GPU", "weights", "GB", ll70 / 4, anchor="Weights in bf16", note_text="per-GPU share, TP 4")
c(f, "320 KiB per token", "kv_cache_per_token", "KiB", kv_token("llama3-70b"))
c(f, "10 GiB of cache", "kv_cache_total", "GiB", kv("llama3-70b", 32768))
c(f, "240 GiB in total", "kv_cache_total", "GiB", kv("llama3-70b", 32768, 24))
c(f, "60 GiB per GPU", "kv_cache_total", "GiB", kv("llama3-70b", 32768, 24) / 4, anchor="The burst:")
c(f, "≈ 99.7 GB", "arithmetic", "GB", ll70 / 4 + kv("llama3-70b", 32768, 24) / 4, hedged=True)
c(f, "85.9 GB", "arithmetic", "GB", 80 * GIB)
c(
    f,
    "120 GiB of KV per GPU",
    "kv_cache_total",
    "GiB",
    kv("llama3-70b", 32768, 24) / 4,
    X,
    "off_2x",
    quoted=True,
    note_text="60 GiB per GPU",
)
c(f, "160 KiB per token", "kv_cache_per_token", "KiB", kv_token("llama3-70b"), X, "off_2x", note_text="320 KiB")
c(f, "120 GiB in total", "kv_cache_total", "GiB", kv("llama3-70b", 32768, 24), X, "off_2x", note_text="240 GiB")
c(f, "141.1 GB per GPU", "weights", "GB", ll70 / 4, X, "per_gpu", alt=ll70, note_text="the total; the TP 4 share is 35.3 GB")
c(f, "5 GiB", "kv_cache_total", "GiB", kv("llama3-70b", 16384), anchor="Cap `max_model_len` at 16,384")
c(f, "120 GiB of cache", "kv_cache_total", "GiB", kv("llama3-70b", 16384, 24))
c(f, "30 GiB per GPU", "kv_cache_total", "GiB", kv("llama3-70b", 16384, 24) / 4)
c(f, "7.5 GiB per GPU", "kv_cache_total", "GiB", kv("llama3-70b", 16384, 24, 1) / 4, X, "off_2x", note_text="15 GiB per GPU")
c(f, "70.6 GB in total", "weights", "GB", W("llama3-70b", "fp8"))
c(f, "17.6 GB per GPU", "weights", "GB", W("llama3-70b", "fp8") / 4)
c(f, "about 33.7 GB", "arithmetic", "GB", W("llama3-70b", "fp8") / 4 + kv("llama3-70b", 16384, 24, 1) / 4, hedged=True)
c(
    f,
    "35.3 GB per GPU",
    "weights",
    "GB",
    W("llama3-70b", "int4") / 4,
    X,
    "per_gpu",
    anchor="Alternative rejected",
    alt=W("llama3-70b", "int4"),
    note_text="the int4 total; the TP 4 share is 8.8 GB",
)
none(f, "incident: INC-2026-117", "id")
none(f, "severity: SEV-2", "id")
none(f, "date: 2026-11-02", "date")
none(f, "**Duration:** 47 min", "time")
none(f, "03:12 first OOM", "time")
none(f, "03:19 pager fired", "time")
none(f, "03:40 rolled", "time")
none(f, "03:59 resolved", "time")
none(f, "AI-1 owner infra", "date")
none(f, "AI-2 add an alert at 90%", "percentage")
none(f, "Postmortem review call", "date")

# ---- en_07: scratchpad ------------------------------------------------------------------------------
f = "en_07"
c(f, "35-40g", "range", "GB", 70e9 * 0.5, hedged=True, rng=True, note_text="a nominal 70B at 4 bits = 35 GB")
c(f, "≈ 140g", "weights", "GB", 70e9 * 2, hedged=True)
c(f, "16g", "weights", "GB", W("llama3-8b", "bf16"), anchor="8b bf16: 16g")
c(f, "int8: 8g", "weights", "GB", W("llama3-8b", "int8"))
c(f, "~4.9g", "quantized_file", "GB", gguf("llama3-8b", "Q4_K_M"), hedged=True, gguf_file=True)
c(f, "524288 B/tok", "kv_cache_per_token", "B", kv_token("llama2-7b"))
c(f, "2 GiB/seq", "kv_cache_total", "GiB", kv("llama2-7b", 4096))
c(f, "8 GiB", "kv_cache_total", "GiB", kv("llama2-7b", 4096, 8), X, "off_2x", anchor="x bs 8", note_text="16 GiB")
c(f, "46.7b total", "params", "B params", N("mixtral-8x7b"))
c(f, "12.9b active", "params", "B params", MIXTRAL_ACTIVE)
c(f, "93.4g total", "weights", "GB", W("mixtral-8x7b", "bf16"))
c(f, "25.8g per token", "weights", "GB", MIXTRAL_ACTIVE * 2, note_text="active weights read per token")
c(f, "≈ 11g", "weights", "GB", W("mixtral-8x7b", "int4"), X, "off_2x", hedged=True, note_text="23.4 GB")
c(f, "7.6b params", "params", "B params", N("qwen2.5-7b"))
c(f, "56 KiB/tok", "kv_cache_per_token", "KiB", kv_token("qwen2.5-7b"))
c(f, "7 GiB", "kv_cache_total", "GiB", kv("qwen2.5-7b", 131072), anchor="128k ctx → 7 GiB")
c(f, "128g", "training", "GB", N("llama3-8b") * 16)
c(f, "≈ 48g", "training", "GB", N("llama3-8b") * 12, X, "off_2x", hedged=True, note_text="12 B/param = 96.4 GB")
c(f, "7.2e23", "flops", "FLOP", 6 * N("llama3-8b") * 15e12)
c(f, "≈6.35e23", "flops", "FLOP", 6 * N("llama3-70b") * 15e12, X, "off_2x", hedged=True, note_text="6.35e24")
c(f, "≈ 187", "tokens_per_param", "tokens/param", 15e12 / N("llama3-8b"), X, "off_2x", hedged=True, note_text="1868")
c(f, "≈ 405g", "weights", "GB", 405e9 * 2, X, "off_2x", hedged=True, note_text="nominal 405B x 2 B = 810 GB")
c(f, "~63 tok/s", "throughput", "tok/s", 1008e9 / W("llama3-8b", "bf16"), hedged=True)
c(
    f,
    "~102 tok/s",
    "throughput",
    "tok/s",
    1008e9 / gguf("llama3-8b", "Q4_K_M"),
    X,
    "off_2x",
    hedged=True,
    note_text="1008 / 4.91 = 205",
)
c(f, "3.1 GB", "weights", "GB", W("gpt2-xl", "fp16"))
c(f, "5.8 GB", "weights", "GB", W("gpt2-xl", "fp32"), X, "gib_as_gb", note_text="6.23 GB = 5.80 GiB")
c(f, "670 MB", "weights", "MB", W("bert-large", "fp32"), X, "off_2x", note_text="fp32 = 1340.6 MB; 670 is fp16")
c(f, "8 KiB/tok", "kv_cache_per_token", "KiB", kv_token("falcon-7b"))
c(f, "64 MB", "kv_cache_total", "MB", kv("falcon-7b", 8192), X, "gib_as_gb", note_text="64 MiB = 67.1 MB")
c(f, "80 GiB", "kv_cache_total", "GiB", kv("llama3-70b", 131072), X, "off_2x", note_text="128k x 320 KiB = 40 GiB")
c(f, "256 KiB", "kv_cache_per_token", "KiB", 2 * 32 * 8 * 128 * 2, X, "arithmetic", note_text="131072 B = 128 KiB")
c(f, "14.2g", "weights", "GB", W("qwen2.5-7b", "bf16"), X, "gib_as_gb", note_text="15.23 GB = 14.18 GiB")
c(f, "14.5g", "weights", "GB", W("mistral-7b-v0.1", "fp32"), X, "off_2x", note_text="fp32 = 29.0 GB; 14.5 is bf16")
none(f, "thread from 2026-11-30", "date")
none(f, "ssh gpu-a07 -p 2222", "port")

# ---- ru_01: Habr article ------------------------------------------------------------------------------
f = "ru_01"
c(f, f"8{NB}030{NB}261{NB}248", "params", "параметров", N("llama3-8b"))
c(f, f"8,03{NB}млрд", "params", "млрд", N("llama3-8b"))
c(f, f"16,06{NB}ГБ", "weights", "ГБ", W("llama3-8b", "bf16"))
c(f, f"14,96{NB}ГиБ", "weights", "ГиБ", W("llama3-8b", "bf16"))
c(f, f"8{NB}ГБ", "weights", "ГБ", W("llama3-8b", "int8"), anchor="вдвое меньше")
c(f, f"около 4{NB}ГБ", "weights", "ГБ", W("llama3-8b", "int4"), hedged=True)
c(f, f"70,55{NB}млрд", "params", "млрд", N("llama3-70b"))
c(f, f"141,1{NB}ГБ", "weights", "ГБ", W("llama3-70b", "bf16"))
c(f, f"70,6{NB}ГБ", "weights", "ГБ", W("llama3-70b", "int4"), X, "off_2x", note_text="4 бита = 35,3 ГБ")
c(f, f"14,5{NB}ГБ", "weights", "ГБ", W("mistral-7b-v0.1", "fp16"))
c(f, f"13,5{NB}ГиБ", "weights", "ГиБ", W("mistral-7b-v0.1", "fp16"))
c(f, f"7,6{NB}ГБ", "weights", "ГБ", W("qwen2.5-7b", "bf16"), X, "off_2x", note_text="15,2 ГБ")
c(f, f"24,2{NB}ГБ", "weights", "ГБ", W("llama2-13b", "fp16"), X, "gib_as_gb", quoted=True, note_text="26,0 ГБ = 24,2 ГиБ")
c(f, f"24,2{NB}ГиБ", "weights", "ГиБ", W("llama2-13b", "fp16"))
c(f, f"26{NB}ГБ", "weights", "ГБ", W("llama2-13b", "fp16"), anchor="это гибибайты")
c(f, f"131{NB}072{NB}байта", "arithmetic", "байт", 2 * 32 * 8 * 128 * 2)
c(f, f"128{NB}КиБ", "kv_cache_per_token", "КиБ", kv_token("llama3-8b"))
c(f, f"1{NB}ГиБ", "kv_cache_total", "ГиБ", kv("llama3-8b", 8192))
c(f, f"32{NB}ГиБ", "kv_cache_total", "ГиБ", kv("llama3-8b", 131072), X, "off_2x", note_text="16 ГиБ")
c(f, f"512{NB}КиБ", "kv_cache_per_token", "КиБ", kv_token("llama2-7b"))
c(f, f"в 4{NB}раза", "ratio", "×", kv_token("llama2-7b") / kv_token("llama3-8b"))
c(f, f"8{NB}ГиБ", "kv_cache_total", "ГиБ", kv("llama2-7b", 4096, 8), X, "off_2x", note_text="16 ГиБ")
c(f, f"~63{NB}токенов/с", "throughput", "токенов/с", 1008e9 / W("llama3-8b", "bf16"), hedged=True, bound="upper")
c(
    f,
    f"4,9{NB}ГиБ",
    "quantized_file",
    "ГиБ",
    gguf("llama3-8b", "Q4_K_M"),
    X,
    "gb_as_gib",
    gguf_file=True,
    note_text="4,9 ГБ = 4,58 ГиБ",
)
c(f, f"около 205{NB}токенов/с", "throughput", "токенов/с", 1008e9 / gguf("llama3-8b", "Q4_K_M"), hedged=True)
c(
    f,
    f"420{NB}токенов/с",
    "throughput",
    "токенов/с",
    3.35e12 / W("llama3-8b", "bf16"),
    X,
    "off_2x",
    note_text="3,35 ТБ/с / 16,06 ГБ = 209 токенов/с",
)
c(f, f"128,5{NB}ГБ", "training", "ГБ", N("llama3-8b") * 16)
c(
    f,
    f"32,1{NB}ГБ",
    "training",
    "ГБ",
    N("llama3-8b") * 16 / 8,
    X,
    "per_gpu",
    alt=N("llama3-8b") * 16 / 4,
    note_text="8 GPU: 16,1 ГБ; 32,1 is the 4-GPU share",
)
c(f, f"72,3{NB}ГБ", "training", "ГБ", N("llama3-8b") * 18, X, "off_2x", note_text="18 байт = 144,5 ГБ")
c(f, f"1,13{NB}ТБ", "training", "ТБ", N("llama3-70b") * 16)
c(f, f"423{NB}ГБ", "training", "ГБ", N("llama3-70b") * 12, X, "off_2x", note_text="12 байт = 846,6 ГБ")
none(f, "published: 2026-10-14", "date")
none(f, f"views: 18{NB}400", "count")
none(f, "*Время чтения", "time")
none(f, "их набралось 214", "count")
none(f, "Теги: LLM, GPU, vLLM 0.6.3", "version")

# ---- ru_02: Telegram digest ---------------------------------------------------------------------------
f = "ru_02"
c(f, "4,68 ГБ", "quantized_file", "ГБ", QWEN7_Q4KM_BYTES, gguf_file=True)
c(f, "≈ 3,3 раза", "ratio", "×", W("qwen2.5-7b", "bf16") / QWEN7_Q4KM_BYTES, hedged=True)
c(
    f,
    "4,1 ГБ",
    "quantized_file",
    "ГБ",
    N("qwen2.5-7b") * FILE_BPW["Q8_0"] / 8,
    X,
    "off_2x",
    gguf_file=True,
    note_text="Q8_0 ≈ 8,1 ГБ",
)
c(f, "46,7 млрд", "params", "млрд", N("mixtral-8x7b"), anchor="> 46,7 млрд")
c(f, "12,9 млрд", "params", "млрд", MIXTRAL_ACTIVE)
c(f, "25,8 ГБ", "weights", "ГБ", MIXTRAL_ACTIVE * 2, note_text="active weights read per token")
c(f, "46,7 ГБ", "weights", "ГБ", W("mixtral-8x7b", "bf16"), X, "off_2x", quoted=True, note_text="93,4 ГБ")
c(f, "93,4 ГБ", "weights", "ГБ", W("mixtral-8x7b", "bf16"))
c(f, "320 КиБ", "kv_cache_per_token", "КиБ", kv_token("llama3-70b"))
c(f, "20 ГиБ", "kv_cache_total", "ГиБ", kv("llama3-70b", 32768), X, "off_2x", note_text="10 ГиБ")
c(f, "56 КиБ", "kv_cache_per_token", "КиБ", kv_token("qwen2.5-7b"))
c(f, "14 ГиБ", "kv_cache_total", "ГиБ", kv("qwen2.5-7b", 131072), X, "off_2x", note_text="7 ГиБ")
c(f, "не больше 512 МиБ", "kv_cache_total", "МиБ", kv("mistral-7b-v0.1", 131072), bound="upper")
c(
    f,
    "2 ГиБ",
    "kv_cache_total",
    "ГиБ",
    kv("mistral-7b-v0.1", 16384),
    X,
    "wrong_kind",
    alt=kv_token("mistral-7b-v0.1") * 16384,
    note_text="window 4096 -> 0,5 ГиБ; 2 ГиБ ignores the window",
)
c(f, "8 КиБ", "kv_cache_per_token", "КиБ", kv_token("falcon-7b"))
c(f, "32 МиБ", "kv_cache_total", "МиБ", kv("falcon-7b", 2048), X, "off_2x", note_text="16 МиБ")
c(f, "128,5 ГБ", "weights", "ГБ", W("llama2-70b", "fp16"), X, "gib_as_gb", note_text="138,0 ГБ = 128,5 ГиБ")
c(f, "по 69 ГБ", "weights", "ГБ", W("llama2-70b", "fp16") / 2, note_text="per-GPU share on two cards")
c(f, "17 ГБ", "weights", "ГБ", W("llama2-70b", "int4"), X, "off_2x", quoted=True, note_text="int4 = 34,5 ГБ")
c(f, "6,2 ГБ", "weights", "ГБ", W("gpt2-xl", "fp32"))
c(f, "1,5 ГБ", "weights", "ГБ", W("gpt2-xl", "fp16"), X, "off_2x", note_text="fp16 = 3,1 ГБ")
c(f, "110 МБ", "weights", "МБ", W("bert-base", "fp32"), X, "off_2x", note_text="fp32 = 437,9 МБ")
c(f, "671 млрд", "params", "млрд", DSV3)
c(f, "37 млрд", "params", "млрд", DSV3_ACTIVE)
c(f, "671 ГБ", "weights", "ГБ", DSV3 * 1)
c(f, "1,34 ТБ", "weights", "ТБ", DSV3 * 2)
c(f, "168 ГБ", "weights", "ГБ", DSV3 * 0.5, X, "off_2x", quoted=True, note_text="int4 = 335,5 ГБ")
none(f, "# Дайджест канала @llm_zhelezo, неделя 46", "date")
none(f, "неделя: 46", "date")
none(f, "год: 2026", "date")
none(f, "**Пост 2 (13.11)**", "date")
none(f, "**Пост 4 (15.11)**", "date")
none(f, "подписчиков: 48213", "count")
none(f, "**Пост 1 (12.11, 2,3K просмотров)**", "date")
none(f, "**Пост 3 (14.11)**", "percentage")
none(f, "**Пост 6 (17.11)**", "price")
none(f, "t.me/llm_zhelezo/1842", "url")

# ---- ru_03: MoE comparison -----------------------------------------------------------------------------
f = "ru_03"
r = "| mistralai/Mixtral-8x7B-v0.1 |"
c(f, "46,7 млрд", "params", "млрд", N("mixtral-8x7b"), anchor=r)
c(f, "12,9 млрд", "params", "млрд", MIXTRAL_ACTIVE, anchor=r)
c(f, "93,4", "weights", "ГБ", W("mixtral-8x7b", "bf16"), anchor=r)
c(f, "25,8", "weights", "ГБ", MIXTRAL_ACTIVE * 2, anchor=r)
r = "| mistralai/Mixtral-8x22B-v0.1 |"
c(f, "141 млрд", "params", "млрд", MIXTRAL22, anchor=r)
c(f, "39 млрд", "params", "млрд", MIXTRAL22_ACTIVE, anchor=r)
c(f, "281", "weights", "ГБ", MIXTRAL22 * 2, anchor=r)
c(f, "156", "weights", "ГБ", MIXTRAL22_ACTIVE * 2, X, "off_2x", anchor=r, note_text="39 млрд x 2 = 78 ГБ")
r = "| deepseek-ai/DeepSeek-V3 |"
c(f, "671 млрд", "params", "млрд", DSV3, anchor=r)
c(f, "37 млрд", "params", "млрд", DSV3_ACTIVE, anchor=r)
c(f, "1342", "weights", "ГБ", DSV3 * 2, anchor=r)
c(f, "148", "weights", "ГБ", DSV3_ACTIVE * 2, X, "off_2x", anchor=r, note_text="37 млрд x 2 = 74 ГБ")
c(f, "примерно 28 %", "percentage", "%", 100 * MIXTRAL_ACTIVE / N("mixtral-8x7b"), hedged=True)
c(f, "55 %", "percentage", "%", 100 * DSV3_ACTIVE / DSV3, X, "off_2x", note_text="37 / 671 = 5,5 %")
c(f, "11,7 ГБ", "weights", "ГБ", W("mixtral-8x7b", "int4"), X, "off_2x", note_text="4 бита = 23,4 ГБ")
c(f, "46,7 ГБ", "weights", "ГБ", W("mixtral-8x7b", "int8"))
c(f, "281 ГБ", "weights", "ГБ", MIXTRAL22 * 1, X, "off_2x", note_text="int8 = 140,6 ГБ")
c(
    f,
    "примерно 36 токенами/с",
    "throughput",
    "токенов/с",
    3.35e12 / (MIXTRAL_ACTIVE * 2),
    X,
    "wrong_kind",
    hedged=True,
    alt=3.35e12 / W("mixtral-8x7b", "bf16"),
    note_text="only active experts are read: ~130 токенов/с",
)
c(f, "около 130 токенов/с", "throughput", "токенов/с", 3.35e12 / (MIXTRAL_ACTIVE * 2), hedged=True)
c(
    f,
    "около 86 токенов/с",
    "throughput",
    "токенов/с",
    3.35e12 / (MIXTRAL22_ACTIVE * 2),
    X,
    "off_2x",
    hedged=True,
    note_text="3,35 ТБ/с / 78 ГБ = 43",
)
c(f, "128 КиБ", "kv_cache_per_token", "КиБ", kv_token("mixtral-8x7b"))
c(f, "4 ГиБ", "kv_cache_total", "ГиБ", kv("mixtral-8x7b", 32768), anchor="на 32k — 4 ГиБ")
c(f, "64 ГиБ", "kv_cache_total", "ГиБ", kv("mixtral-8x7b", 32768, 8), X, "off_2x", note_text="32 ГиБ")
c(f, "70 272 байта", "kv_cache_per_token", "байт", DSV3_KV_TOKEN)
c(f, "около 69 КиБ", "kv_cache_per_token", "КиБ", DSV3_KV_TOKEN, hedged=True)
c(f, "17 ГиБ", "kv_cache_total", "ГиБ", DSV3_KV_TOKEN * 131072, X, "off_2x", note_text="8,6 ГиБ")
c(f, "≈ 7,7·10²² FLOP", "flops", "FLOP", 6 * MIXTRAL_ACTIVE * 1e12, hedged=True)
c(f, "2,8·10²⁴ FLOP", "flops", "FLOP", 6 * N("mixtral-8x7b") * 1e12, X, "off_2x", note_text="2,8·10²³")
c(f, "в 3,6 раза", "ratio", "×", N("mixtral-8x7b") / MIXTRAL_ACTIVE)
none(f, "обновлено: 2026-11-27", "date")
none(f, "Источники: блог Mistral (10.04.2024)", "reference")

# ---- ru_04: callouts, nested lists, footnotes -----------------------------------------------------------
f = "ru_04"
c(f, "107,8 ГБ", "training", "ГБ", N("llama2-7b") * 16)
c(f, "100,4 ГиБ", "training", "ГиБ", N("llama2-7b") * 16)
c(f, "«107,8 ГиБ»", "training", "ГиБ", N("llama2-7b") * 16, X, "gb_as_gib", quoted=True, note_text="107,8 ГБ = 100,4 ГиБ")
c(f, "16,06 ГБ", "weights", "ГБ", W("llama3-8b", "bf16"), anchor="веса в bf16: 16,06")
c(f, "16,06 ГБ", "training", "ГБ", N("llama3-8b") * 2, anchor="градиенты в bf16", note_text="bf16 gradients")
c(f, "192,7 ГБ", "training", "ГБ", N("llama3-8b") * 12, X, "arithmetic", note_text="12 x 8,03 = 96,4 ГБ")
c(f, "128,5 ГБ", "training", "ГБ", N("llama3-8b") * 16)
c(f, "32,1 ГБ на карту", "training", "ГБ", N("llama3-8b") * 16 / 4)
c(f, "по 8 ГБ на карту", "training", "ГБ", N("llama3-8b") * 16 / 8, X, "off_2x", note_text="128,5 / 8 = 16,1 ГБ")
c(f, "130,4 ГБ", "training", "ГБ", N("mistral-7b-v0.1") * 18)
c(f, "43,4 ГБ", "training", "ГБ", N("mistral-7b-v0.1") * 12, X, "off_2x", note_text="12 байт = 86,9 ГБ")
c(f, "231,7 ГБ", "training", "ГБ", N("mistral-7b-v0.1") * 16, X, "off_2x", note_text="16 байт = 115,9 ГБ")
c(f, "114 688 параметров", "arithmetic", "параметров", 16 * (3584 + 3584))
c(f, "65 536 параметров", "arithmetic", "параметров", 16 * (3584 + 4 * 128))
c(f, "5 046 272 параметра", "params", "параметров", 28 * 16 * (3584 + 3584 + 3584 + 512))
c(f, "около 5 млн", "params", "млн", 28 * 16 * (3584 + 3584 + 3584 + 512), hedged=True)
c(f, "80,7 МиБ", "training", "МиБ", 28 * 16 * (3584 * 3 + 512) * 16, X, "gb_as_gib", note_text="80,7 МБ = 77,0 МиБ")
c(f, "20 МБ", "weights", "МБ", 28 * 16 * (3584 * 3 + 512) * 2, X, "off_2x", note_text="bf16 = 10,1 МБ")
c(f, "64 МиБ на слой", "activations", "МиБ", 2 * 8192 * 1 * 4096)
c(f, "2 ГиБ на все 32 слоя", "activations", "ГиБ", 32 * 2 * 8192 * 1 * 4096)
c(f, "около 11 ГиБ на слой", "activations", "ГиБ", 8192 * 1 * 4096 * (34 + 5 * 32 * 8192 / 4096), hedged=True)
c(
    f,
    "35 ГиБ",
    "activations",
    "ГиБ",
    32 * 8192 * 1 * 4096 * (34 + 5 * 32 * 8192 / 4096),
    X,
    "off_2x",
    note_text="32 x 11,06 = 354 ГиБ",
)
c(f, "349 ГиБ", "weights", "ГиБ", W("gpt3", "fp16"), X, "gb_as_gib", note_text="349 ГБ = 325 ГиБ")
c(f, "2,79 ТБ", "training", "ТБ", N("gpt3") * 16)
none(f, "источник: лекция 7", "reference")
none(f, "дата: 2026-11-12", "date")
none(f, "LoRA с r = 16", "hyperparameter")
none(f, "[^1]: Rajbhandari et al., 2019", "reference")
none(f, "[^2]: Документация HF", "reference")
none(f, "[^3]: Korthikanti et al., 2022", "reference")

# ---- ru_05: meeting with unrelated numbers ------------------------------------------------------------------
f = "ru_05"
c(f, "15,2 ГБ", "weights", "ГБ", W("qwen2.5-7b", "bf16"))
c(f, "7,6 ГБ", "weights", "ГБ", W("qwen2.5-7b", "int8"))
c(f, "1,75 ГиБ", "kv_cache_total", "ГиБ", kv("qwen2.5-7b", 32768))
c(f, "56 ГиБ", "kv_cache_total", "ГиБ", kv("qwen2.5-7b", 32768, 64), X, "off_2x", note_text="64 x 1,75 = 112 ГиБ")
c(f, "70,6 ГБ", "weights", "ГБ", W("llama3-70b", "fp8"))
c(f, "по 35,3 ГБ на карту", "weights", "ГБ", W("llama3-70b", "fp8") / 2)
c(f, "498 МиБ", "weights", "МиБ", W("gpt2", "fp32"), X, "gb_as_gib", note_text="497,8 МБ = 474,7 МиБ")
c(f, "64 ГБ", "training", "ГБ", N("llama3-8b") * 16, X, "off_2x", note_text="16 байт = 128,5 ГБ")
c(f, "около 1870", "tokens_per_param", "токенов/параметр", 15e12 / N("llama3-8b"), hedged=True)
c(f, "160 млрд", "tokens", "млрд", 20 * N("llama3-8b"))
c(f, "≈ 7,7·10²² FLOP", "flops", "FLOP", 6 * N("llama3-8b") * 160e9, X, "off_2x", hedged=True, note_text="7,7·10²¹")
c(f, "7,2 ГБ", "weights", "ГБ", W("mistral-7b-v0.1", "bf16"), X, "off_2x", note_text="bf16 = 14,5 ГБ")
none(f, "дата: 2026-11-24", "date")
none(f, "# Планёрка 24.11", "date")
none(f, "участники: 7", "count")
none(f, "Начало в 10:00", "time")
none(f, "1. Бюджет на Q1", "price")
none(f, "2. Аренда H100", "price")
none(f, "3. Опрос разработчиков", "percentage")
none(f, "на MMLU у неё 74,2 балла", "score")
none(f, "5. Сервис слушает порт 8000", "port")
none(f, "6. Задача в трекере", "id")
none(f, "7. Гиперпараметры дообучения", "hyperparameter")
none(f, "14. Релиз v2.3.1", "version")
none(f, "16. Инцидентов за неделю", "count")

# ---- ru_06: terse scratchpad ---------------------------------------------------------------------------------
f = "ru_06"
c(f, "14 ГБ", "weights", "ГБ", 7e9 * 2, anchor="7b fp16", note_text="a nominal 7B")
c(f, "7 ГБ", "weights", "ГБ", 7e9 * 1, anchor="int8 → 7 ГБ")
c(f, "3,5 ГБ", "weights", "ГБ", 7e9 * 0.5, anchor="int4 → 3,5 ГБ")
c(
    f,
    "≈ 43 ГБ",
    "quantized_file",
    "ГБ",
    gguf("llama3-70b", "Q4_K_M"),
    hedged=True,
    gguf_file=True,
    note_text="8B file bpw applied to 70B; claims-gold's mix estimate 42,5 ГБ also passes",
)
c(f, "43,1", "quantized_file", "ГБ", gguf("llama3-70b", "Q4_K_M"), gguf_file=True)
c(f, "35 ГБ", "weights", "ГБ", W("llama3-70b", "int4"))
c(f, "320 КиБ/ток", "kv_cache_per_token", "КиБ", kv_token("llama3-70b"))
c(f, "2,5 ГиБ", "kv_cache_total", "ГиБ", kv("llama3-70b", 8192))
c(f, "20 ГиБ", "kv_cache_total", "ГиБ", kv("llama3-70b", 131072), X, "off_2x", note_text="40 ГиБ")
c(f, "57 344 Б", "kv_cache_per_token", "Б", kv_token("qwen2.5-7b"))
c(f, "56 КиБ", "kv_cache_per_token", "КиБ", kv_token("qwen2.5-7b"))
c(f, "16 КиБ/ток", "kv_cache_per_token", "КиБ", kv_token("falcon-7b"), X, "arithmetic", note_text="2x32x1x64x2 = 8192 Б = 8 КиБ")
c(f, "12,9 млрд", "params", "млрд", MIXTRAL_ACTIVE)
c(f, "25,8 ГБ", "weights", "ГБ", MIXTRAL_ACTIVE * 2)
c(f, "~78 ток/с", "throughput", "tok/s", 1008e9 / (MIXTRAL_ACTIVE * 2), X, "off_2x", hedged=True, note_text="1008 / 25,8 = 39")
c(f, "≈ 7,2·10²³ FLOP", "flops", "FLOP", 6 * N("llama3-8b") * 15e12, hedged=True)
c(f, "175 ГБ", "weights", "ГБ", W("gpt3", "fp16"), X, "off_2x", note_text="fp16 = 349 ГБ")
c(f, "3,15·10²³ FLOP", "flops", "FLOP", 6 * 175e9 * 300e9, note_text="the line's own operands, nominal 175B")
c(f, "52 ГБ", "weights", "ГБ", 13e9 * 2, X, "arithmetic", note_text="13 x 2 = 26")
c(f, "800 КиБ/ток", "kv_cache_per_token", "КиБ", kv_token("llama2-13b"))
c(f, "около 3,1 ГиБ", "kv_cache_total", "ГиБ", kv("llama2-13b", 4096), hedged=True)
c(f, "70 ГБ", "weights", "ГБ", W("llama2-70b", "fp16"), X, "off_2x", note_text="138 ГБ")
c(f, "13,5 ГБ", "weights", "ГБ", W("mistral-7b-v0.1", "bf16"), X, "gib_as_gb", note_text="14,5 ГБ = 13,5 ГиБ")
c(f, "≈ 9,5 ГБ", "quantized_file", "ГБ", QWEN7_Q4KM_BYTES, X, "off_2x", hedged=True, gguf_file=True, note_text="Q4_K_M = 4,68 ГБ")
c(f, "≈ 1,4 ГБ", "weights", "ГБ", W("gpt2-medium", "fp32"), hedged=True)
c(f, "3,1 ГБ", "weights", "ГБ", W("gpt2-large", "fp16"), X, "off_2x", note_text="fp16 = 1,55 ГБ")
c(f, "2 ГиБ", "kv_cache_total", "ГиБ", kv("llama3-8b", 8192), X, "off_2x", note_text="1 ГиБ")
c(f, "≈ 880 МБ", "weights", "МБ", W("bert-base", "fp32"), X, "off_2x", hedged=True, note_text="fp32 = 437,9 МБ")
none(f, "созвон с Пашей в чт 16:30", "time")

# ---- ru_07: Dataview fields --------------------------------------------------------------------------------------
f = "ru_07"
c(f, "13.02", "params", "млрд", N("llama2-13b"), anchor="params_b: 13.02")
c(f, "26.03", "weights", "ГБ", W("llama2-13b", "fp16"), anchor="vram_gb: 26.03")
c(f, "13,0 ГБ", "weights", "ГБ", W("llama2-13b", "fp16") / 2, note_text="per-GPU share on two cards")
c(f, "800 КиБ", "kv_cache_per_token", "КиБ", kv_token("llama2-13b"))
c(f, "3,1 ГиБ", "kv_cache_total", "ГиБ", kv("llama2-13b", 4096))
c(f, "12,5 ГиБ", "kv_cache_total", "ГиБ", kv("llama2-13b", 4096, 8), X, "off_2x", note_text="8 x 3,125 = 25 ГиБ")
c(f, "13 ГБ", "weights", "ГБ", W("llama2-13b", "int8"), anchor="квант_int8::")
c(f, "3,3 ГБ", "quantized_file", "ГБ", N("llama2-13b") * NF4_BPW / 8, X, "off_2x", note_text="NF4 = 6,7 ГБ")
c(f, "≈ 36 токенов/с", "throughput", "токенов/с", 936e9 / W("llama2-13b", "fp16"), hedged=True)
c(
    f,
    "≈ 144 токенов/с",
    "throughput",
    "токенов/с",
    936e9 / W("llama2-13b", "int8"),
    X,
    "off_2x",
    hedged=True,
    note_text="936 / 13 = 72 токена/с",
)
c(f, "14,96 ГиБ", "weights", "ГиБ", W("llama3-8b", "bf16"))
c(f, "14,96 ГБ", "weights", "ГБ", W("llama3-8b", "bf16"), X, "gib_as_gb", note_text="16,06 ГБ = 14,96 ГиБ")
c(f, "256 КиБ", "kv_cache_per_token", "КиБ", kv_token("llama3-8b"), X, "off_2x", note_text="128 КиБ")
c(f, "5,33 ГиБ", "quantized_file", "ГиБ", gguf("llama3-8b", "Q5_K_M"), gguf_file=True)
c(f, "8,5 ГБ", "quantized_file", "ГБ", gguf("llama3-8b", "Q8_0"), gguf_file=True)
c(f, "2,3 ГБ", "quantized_file", "ГБ", gguf("llama3-8b", "Q4_K_M"), X, "off_2x", gguf_file=True, note_text="4,9 ГБ")
c(f, "7,5 ГиБ", "quantized_file", "ГиБ", gguf("llama3-8b", "F16"), X, "off_2x", gguf_file=True, note_text="F16 = 14,96 ГиБ")
c(f, "≈ 190 токенов/с", "throughput", "токенов/с", 936e9 / gguf("llama3-8b", "Q4_K_M"), hedged=True)
none(f, "context: 4096", "hyperparameter")
none(f, "gpu: 2× RTX 3090", "count")
none(f, "цена_руб: 145000", "price")
none(f, "обновлено: 2026-11-11", "date")
none(f, "рейтинг: 4", "score")
none(f, "WHERE рейтинг >= 4 LIMIT 10", "query")
none(f, "куплено:: 2025-03-02", "date")
none(f, "температура_под_нагрузкой:: 71 °C", "other")
none(f, "Заметки: драйвер 550.120", "version")


# ---- building and checking ---------------------------------------------------------------------------------------
_LINES = {}


def lines_of(note):
    if note not in _LINES:
        _LINES[note] = (NOTES / FILES[note]).read_text(encoding="utf-8").split("\n")
    return _LINES[note]


def find_line(note, anchor):
    """1-based line of the one line holding anchor (an anchor with a newline names two
    consecutive lines; the first is meant)."""
    text = "\n".join(lines_of(note))
    starts = [m.start() for m in re.finditer(re.escape(anchor), text)]
    if len(starts) != 1:
        raise SystemExit(f"{note}: anchor {anchor!r} found {len(starts)} times")
    return text.count("\n", 0, starts[0]) + 1


def holds(nums, value, unit, cl):
    v = value / SCALE[unit]
    eps = 1e-9 * max(abs(v), 1.0)

    def tol(s, half):
        t = half
        if cl["hedged"]:
            t = max(t, 0.10 * abs(s))
        if cl["gguf"]:
            t = max(t, 0.02 * abs(s))
        return t

    if cl["rng"]:
        (a, ha), (b, hb) = nums[0], nums[1]
        return a - tol(a, ha) - eps <= v <= b + tol(b, hb) + eps
    s, half = nums[0]
    if cl["bound"] == "upper":
        return v <= s + tol(s, half) + eps
    return abs(v - s) <= tol(s, half) + eps


def scorer_numbers():
    """benchmarks/score_claims.py's number reader, to check each stated value is readable
    on its line the way the scorer reads it (None when the script is not there)."""
    path = REPO / "benchmarks" / "score_claims.py"
    if not path.exists():
        return None
    spec = importlib.util.spec_from_file_location("score_claims_for_truth", path)
    mod = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = mod  # dataclasses look their module up there
    spec.loader.exec_module(mod)
    return mod.numbers


def build():
    read_like_scorer = scorer_numbers()
    out, per_note, claim_lines = [], Counter(), set()
    for cl in CLAIMS:
        note = cl["f"]
        lang = cl["lang"] or note[:2]
        line = find_line(note, cl["anchor"])
        text = lines_of(note)[line - 1]
        if text.count(cl["figure"]) < cl["occ"]:
            raise SystemExit(f"{note}:{line}: {cl['figure']!r} (occurrence {cl['occ']}) is not on the line")
        nums = printed(cl["figure"], lang)
        if not nums or (cl["rng"] and len(nums) != 2):
            raise SystemExit(f"{note}:{line}: cannot read {cl['figure']!r}")
        ok = holds(nums, cl["value"], cl["unit"], cl)
        verdict = H if ok else X
        correct = cl["value"] / SCALE[cl["unit"]]
        if verdict != cl["expect"]:
            raise SystemExit(
                f"{note}:{line} {cl['figure']!r}: arithmetic says {verdict}, meant {cl['expect']} "
                f"(true value {correct:.6g} {cl['unit']})"
            )
        stated = [float(f"{x:.12g}") for x, _ in nums[:2]] if cl["rng"] else float(f"{nums[0][0]:.12g}")
        err = cl["error"]
        if verdict == X:
            first = stated[0] if cl["rng"] else stated
            if err in ("off_2x", "arithmetic"):
                factor = max(first / correct, correct / first)
                if factor < 1.95:
                    raise SystemExit(f"{note}:{line} {cl['figure']!r}: off by only {factor:.3f}x")
            elif err in ("gib_as_gb", "gb_as_gib"):
                twin = TWIN[cl["unit"]]
                if not holds(nums, cl["value"], twin, cl):
                    raise SystemExit(f"{note}:{line} {cl['figure']!r}: does not hold read as {twin}")
                if (err == "gib_as_gb") != (cl["unit"] in DECIMAL_UNITS):
                    raise SystemExit(f"{note}:{line}: {err} with unit {cl['unit']}")
            elif err in ("wrong_kind", "per_gpu"):
                if cl["alt"] is None or not holds(nums, cl["alt"], cl["unit"], cl):
                    raise SystemExit(f"{note}:{line} {cl['figure']!r}: does not match the value it was confused with")
                factor = max(first / correct, correct / first)
                if factor < 1.95:
                    raise SystemExit(f"{note}:{line} {cl['figure']!r}: off by only {factor:.3f}x")
            else:
                raise SystemExit(f"{note}:{line}: unknown error class {err!r}")
        elif err:
            raise SystemExit(f"{note}:{line}: an error class on a holding claim")
        # the stated value must be readable on the line itself, also the way the scorer reads it
        if read_like_scorer is not None:
            wanted = stated if isinstance(stated, list) else [stated]
            seen = read_like_scorer(text)
            for w in wanted:
                if not any(abs(w - s) <= 1e-6 * max(abs(w), 1.0) for s in seen):
                    raise SystemExit(f"{note}:{line}: stated {w} not read on the line by the scorer")
        per_note[note] += 1
        claim_lines.add((note, line))
        out.append(
            {
                "id": f"{note}-{per_note[note]:02d}",
                "file": FILES[note],
                "line": line,
                "figure": cl["figure"],
                "occurrence": cl["occ"],
                "kind": cl["kind"],
                "stated": stated,
                "unit": cl["unit"],
                "correct": round(correct, 6),
                "correct_unit": cl["unit"],
                "verdict": verdict,
                "error": err,
                "lang": note[:2],
                "hedged": cl["hedged"],
                "bound": cl["bound"],
                "quoted": cl["quoted"],
                "note": cl["note"],
            }
        )
    non_claims = []
    for n in NON:
        line = find_line(n["f"], n["text"])
        if (n["f"], line) in claim_lines:
            raise SystemExit(f"{n['f']}:{line}: a line listed as no claim carries a claim")
        if not re.search(r"\d", lines_of(n["f"])[line - 1]):
            raise SystemExit(f"{n['f']}:{line}: a non-claim line without a number")
        non_claims.append({"file": FILES[n["f"]], "line": line, "text": n["text"], "why": n["why"], "lang": n["f"][:2]})
    if len({(n["file"], n["line"]) for n in non_claims}) != len(non_claims):
        raise SystemExit("a non-claim line is listed twice")
    return {"schema": "vaultkit.claims-truth/1", "claims": out, "non_claims": non_claims}


def main(argv):
    truth = build()
    text = json.dumps(truth, ensure_ascii=False, indent=1) + "\n"
    target = HERE / "truth.json"
    if "--check" in argv:
        if not target.exists() or target.read_text(encoding="utf-8") != text:
            print("truth.json is stale; run tests/claims_corpus_f/truth.py")
            return 1
    else:
        target.write_text(text, encoding="utf-8")
    cl, nc = truth["claims"], truth["non_claims"]
    wrong = [x for x in cl if x["verdict"] == X]
    print(
        f"notes {len(FILES)}  claims {len(cl)} on {len({(x['file'], x['line']) for x in cl})} lines  "
        f"wrong {len(wrong)} ({100 * len(wrong) / len(cl):.1f} %)  non-claim lines {len(nc)}"
    )
    for lang in ("en", "ru"):
        print(
            f"  {lang}: notes {sum(k.startswith(lang) for k in FILES)}, claims {sum(x['lang'] == lang for x in cl)}, "
            f"wrong {sum(x['lang'] == lang for x in wrong)}, non-claims {sum(n['lang'] == lang for n in nc)}"
        )
    print("  by kind:", dict(Counter(x["kind"] for x in cl).most_common()))
    print("  wrong by error:", dict(Counter(x["error"] for x in wrong).most_common()))
    print("  non-claims by reason:", dict(Counter(n["why"] for n in nc).most_common()))
    print(
        f"  hedged {sum(x['hedged'] for x in cl)}, bounds {sum(bool(x['bound']) for x in cl)}, "
        f"quoted {sum(x['quoted'] for x in cl)}"
    )
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
