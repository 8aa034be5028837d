#!/usr/bin/env python3
"""Ground truth for blind sizing-claims corpus M (tests/claims_corpus_m/notes).

Written without reading vaultkit's code, its tests or the other corpora's notes.  Facts come
from /work/shared/claims-gold.md: bytes per dtype, exact parameter counts and configs of the
catalogued models, measured GGUF bits per weight (Llama-3.1-8B), the KV-cache, training-memory
and activation formulas.  Models that claims-gold lacks appear only with their config (layers,
KV heads, head dim, parameter count) stated in the note itself, and the truth computes from
those stated values.  Nothing here imports vaultkit.

    python tests/claims_corpus_m/truth.py          # verify and (re)write truth.json
    python tests/claims_corpus_m/truth.py --check  # verify; fail if truth.json is stale

Each claim: note, figure (exact text on its line), anchor (text that occurs on exactly one line
of the note; default the figure), occurrence, kind, printed unit, correct value in base units,
intended verdict, error class.  The script stops when the arithmetic disagrees with the intended
verdict, when the anchor line does not contain the figure standing on its own, when a wrong
claim is off by less than 1.95x for its error class (or, for a GB/GiB mix-up, does not hold in
the twin unit), or when a non-claim line is also a claim line.

The reading/checking machinery is corpus K's truth.py, adapted (ru figures may use a decimal dot
in shell/log output; figures glued to a word or hyphen are skipped when locating a figure; a
`quoted` flag for figures quoted from someone else).
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
NB = "\u00a0"

# ---- facts (claims-gold.md) -------------------------------------------------------------------
BY = {"fp32": 4, "fp16": 2, "bf16": 2, "fp8": 1, "int8": 1, "int4": 0.5}
NF4 = 4 + 8 / 64 + 32 / (64 * 256)          # bits per weight, NF4 with double quantisation
# measured effective bits per weight of GGUF file types (Llama-3.1-8B, llama.cpp quantize README)
BPW = {"Q2_K": 3.1593, "Q3_K_L": 4.2979, "Q4_K_M": 4.8944, "Q5_K_M": 5.7036, "Q6_K": 6.5633,
       "Q8_0": 8.5008, "F16": 16.0005}

N = {
    "gpt2": 124_439_808, "gpt2-medium": 354_823_168, "gpt2-large": 774_030_080,
    "gpt2-xl": 1_557_611_200, "bert-base": 109_482_240, "bert-large": 335_141_888,
    "llama2-7b": 6_738_415_616, "llama2-13b": 13_015_864_320, "llama2-70b": 68_976_648_192,
    "llama3-8b": 8_030_261_248, "llama3-70b": 70_553_706_496, "mistral-7b": 7_241_732_096,
    "mixtral-8x7b": 46_702_792_704, "qwen2.5-7b": 7_615_616_512, "falcon-7b": 6_921_720_704,
    "gpt3": 174_604_259_328,
}
ACTIVE_M7 = 12_879_925_248
# hidden, layers, heads, KV heads, head dim
CFG = {"gpt2": (768, 12, 12, 12, 64), "gpt2-medium": (1024, 24, 16, 16, 64),
       "gpt2-xl": (1600, 48, 25, 25, 64), "bert-base": (768, 12, 12, 12, 64),
       "bert-large": (1024, 24, 16, 16, 64), "llama2-7b": (4096, 32, 32, 32, 128),
       "llama2-13b": (5120, 40, 40, 40, 128), "llama2-70b": (8192, 80, 64, 8, 128),
       "llama3-8b": (4096, 32, 32, 8, 128), "llama3-70b": (8192, 80, 64, 8, 128),
       "mistral-7b": (4096, 32, 32, 8, 128), "mixtral-8x7b": (4096, 32, 32, 8, 128),
       "qwen2.5-7b": (3584, 28, 28, 4, 128), "falcon-7b": (4544, 32, 71, 1, 64),
       "gpt3": (12288, 96, 96, 96, 128)}


def llama_like(h, inter, L, a, k, d, V, tied):
    return L * (2 * h * a * d + 2 * h * k * d + 3 * h * inter + 2 * h) + V * h * (1 if tied else 2) + h


# the formula reproduces the catalogue (claims-gold 2.2)
assert llama_like(4096, 14336, 32, 32, 8, 128, 128256, False) == N["llama3-8b"]
assert llama_like(4096, 11008, 32, 32, 32, 128, 32000, False) == N["llama2-7b"]
assert llama_like(8192, 28672, 80, 64, 8, 128, 32000, False) == N["llama2-70b"]


def W(m, dt):
    """weight bytes of model m (a catalogue name or a parameter count) in dtype dt"""
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


def act(m, s, b, mode="none"):
    """activation bytes of all layers, fp16 (Korthikanti et al. 2022)"""
    h, L, a, _, _ = CFG[m]
    per = {"none": s * b * h * (34 + 5 * a * s / h), "flash": 34 * s * b * h, "full": 2 * s * b * h}[mode]
    return per * L


def zero(n, gpus, stage):
    """model-state bytes per GPU, 16 bytes per parameter (2 + 2 + 12)"""
    return {0: 16 * n, 1: 4 * n + 12 * n / gpus, 2: 2 * n + 14 * n / gpus, 3: 16 * n / gpus}[stage]


def lora(L, r, mats):
    """trainable LoRA parameters: r * (d_in + d_out) for each adapted matrix in each layer"""
    return L * sum(r * (i + o) for i, o in mats)


H100_BW = 3.35e12

SCALE = {"bytes": 1, "байт": 1, "Б": 1, "KB": 1e3, "MB": 1e6, "GB": 1e9, "TB": 1e12,
         "KiB": KIB, "MiB": MIB, "GiB": GIB, "TiB": TIB, "КБ": 1e3, "МБ": 1e6, "ГБ": 1e9,
         "ТБ": 1e12, "КиБ": KIB, "МиБ": MIB, "ГиБ": GIB, "ТиБ": TIB,
         "params": 1, "M": 1e6, "B": 1e9, "млн": 1e6, "млрд": 1e9,
         "tokens": 1, "K tokens": 1e3, "M tokens": 1e6, "B tokens": 1e9, "T tokens": 1e12,
         "токенов": 1, "млн токенов": 1e6, "млрд токенов": 1e9, "трлн токенов": 1e12,
         "tokens/param": 1, "FLOP": 1, "GFLOP": 1e9, "bits": 1, "бит": 1, "%": 1, "×": 1,
         "tok/s": 1, "токенов/с": 1, "s": 1, "с": 1, "ms": 1e-3, "мс": 1e-3, "hours": 1,
         "часов": 1, "GPU-hours": 1, "GPU-часов": 1, "gigabytes": 1e9,
         "TB/s": 1e12, "ТБ/с": 1e12, "Тбит/с": 1.25e11, "Гбит/с": 1.25e8,
         "billion": 1e9, "million": 1e6, "days": 1, "суток": 1, "дней": 1}
TWIN = {"KB": "KiB", "KiB": "KB", "MB": "MiB", "MiB": "MB", "GB": "GiB", "GiB": "GB",
        "TB": "TiB", "TiB": "TB", "КБ": "КиБ", "КиБ": "КБ", "МБ": "МиБ", "МиБ": "МБ",
        "ГБ": "ГиБ", "ГиБ": "ГБ", "ТБ": "ТиБ", "ТиБ": "ТБ"}
DECIMAL_UNITS = {"KB", "MB", "GB", "TB", "КБ", "МБ", "ГБ", "ТБ"}

# ---- reading a printed figure ---------------------------------------------------------------
SUP = str.maketrans("⁰¹²³⁴⁵⁶⁷⁸⁹⁻", "0123456789-")
NUM = {"en": r"\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?",
       "ru": r"\d{1,3}(?:\u00a0\d{3})+(?:,\d+)?|\d+(?:[,.]\d+)?"}   # ru: shell/log output keeps dots
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
    """The first n numbers of the figure, each with half a unit of its last significant digit
    (trailing zeros of an integer widen it)."""
    out = [_one(m, lang) for m in re.finditer("(?P<n>" + NUM[lang] + ")" + POW, fig)]
    return out[:n] if len(out) >= n else None


# ---- the claims -------------------------------------------------------------------------------
FILES = {p.stem[:5]: p.name for p in sorted(NOTES.glob("*.md"))}
CLAIMS, NON = [], []
H, X = "holds", "wrong"


def claim(f, figure, kind, unit, value, expect, error=None, *, anchor=None, occ=1, hedged=False,
          bound=None, rng=False, rel=None, note="", quoted=False):
    figure = figure.replace("¦", NB)
    CLAIMS.append(dict(f=f, figure=figure, kind=kind, unit=unit, value=value, expect=expect,
                       error=error, anchor=(anchor or figure).replace("¦", NB), occ=occ,
                       hedged=hedged, bound=bound, rng=rng, rel=rel, note=note, quoted=quoted))


def non(f, text, why):
    NON.append(dict(f=f, text=text.replace("¦", NB), why=why))



# extra units and facts for corpus M
SCALE.update({"GB/s": 1e9, "ГБ/с": 1e9, "min": 1, "мин": 1, "минут": 1, "часа": 1, "GPU-часа": 1,
              "PFLOP": 1e15, "EFLOP": 1e18, "ZFLOP": 1e21, "TFLOP": 1e12, "K": 1e3, "тыс.": 1e3,
              "bpw": 1, "tokens/s": 1, "ток/с": 1, "токен/с": 1, "MB/s": 1e6, "МБ/с": 1e6,
              "млн параметров": 1e6, "G": 2**30, "M (MiB)": 2**20, "секунд": 1, "days*": 1})

# ---- en_01: deployment runbook, Llama-3-8B-Instruct on one L40S ---------------------------------
f = "en_01"
L8 = "llama3-8b"
claim(f, "16.06 GB", "weights", "GB", W(L8, "bf16"), H, anchor="bf16 checkpoint on disk")
claim(f, "14.96 GiB", "weights", "GiB", W(L8, "bf16"), H)
claim(f, "15,317 MiB", "weights", "MiB", W(L8, "bf16"), H)
claim(f, "33 %", "percentage", "%", 100 * W(L8, "bf16") / (46068 * MIB), H)
claim(f, "128 KiB", "kv_cache_per_token", "KiB", KVT(L8), H, anchor="= 128 KiB per token")
claim(f, "1 GiB", "kv_cache_total", "GiB", KV(L8, 8192), H)
claim(f, "98,304 tokens", "tokens", "tokens", 24 * GIB / KVT(L8), X, "off_2x", note="24 GiB / 128 KiB = 196,608 tokens")
claim(f, "16 GiB", "kv_cache_total", "GiB", KV(L8, 8192, 32), X, "off_2x", note="32 x 1 GiB = 32 GiB")
claim(f, "512 KiB", "kv_cache_per_token", "KiB", KVT("llama2-7b"), H)
claim(f, "4×", "ratio", "×", KVT("llama2-7b") / KVT(L8), H)
claim(f, "≈ 27 tokens/s", "throughput", "tok/s", 864e9 / W(L8, "bf16"), X, "off_2x", hedged=True, note="864 / 16.06 = 54 tokens/s")
claim(f, "8.03 GB", "weights", "GB", W(L8, "fp8"), H)
claim(f, "about 215 tokens/s", "throughput", "tok/s", 864e9 / W(L8, "fp8"), X, "off_2x", hedged=True,
      note="864 / 8.03 = 108 tokens/s")
claim(f, "8 GB", "weights", "GB", W(L8, "int4"), X, "wrong_dtype", anchor="int4 AWQ build", note="int4 4.0 GB")
claim(f, "1.3e14 FLOP", "flops", "FLOP", 2 * N[L8] * 8192, H)
claim(f, "0.73 s", "time", "s", 2 * N[L8] * 8192 / (0.5 * 362e12), H, hedged=True)
claim(f, "about 8 s", "time", "s", W(L8, "bf16") / 2e9, H, hedged=True)
claim(f, "about 16 s", "time", "s", W(L8, "bf16") * 8 / 1e9, X, "off_2x", hedged=True, note="128 s at 1 Gbit/s")
non(f, "updated: 2026-11-28", "date")
non(f, "engine vLLM 0.6.3", "version")
non(f, "Pager rota: week 48", "week number, minutes")
non(f, "--max-model-len 8192 --gpu-memory-utilization", "command-line hyper-parameters")
non(f, "INC-2291", "incident number, date, driver version")
non(f, "curl -s localhost:8000/health", "port, latency SLO")
non(f, "$1.86/hour", "price, hours in a month")


claim("en_01", "16.06 GB", "weights", "GB", W("llama3-8b", "bf16"), H, anchor="Loading 16.06 GB")

# ---- en_02: capacity sheet pasted as TSV, units in the column headers ---------------------------------
f = "en_02"
R = {"l3-8": "meta-llama/Meta-Llama-3-8B\t", "l2-13": "meta-llama/Llama-2-13b-hf\t", "mis": "mistralai/Mistral-7B-v0.1\t",
     "qw": "Qwen/Qwen2.5-7B\t", "l3-70": "meta-llama/Meta-Llama-3-70B\t", "mx": "mistralai/Mixtral-8x7B-v0.1\t",
     "fa": "tiiuae/falcon-7b\t", "l2-70": "meta-llama/Llama-2-70b-hf\t", "g2": "openai-community/gpt2-xl\t"}
def row(key, m, dt, wfig, kvt, ctx, batch, kvfig, totfig, wexp=H, werr=None, kvtexp=H, kvterr=None, kvexp=H, kverr=None,
        totexp=H, toterr=None, window=None, notes=("", "", "", ""), kvocc=1, wnote="", kvtnote=""):
    a = R[key]
    kvv = KV(m, min(ctx, window or ctx), batch)
    wv = W(m, dt)
    claim(f, wfig, "weights", "GB", wv, wexp, werr, anchor=a, note=notes[0] or wnote)
    claim(f, kvt, "kv_cache_per_token", "KiB", KVT(m), kvtexp, kvterr, anchor=a, note=notes[1] or kvtnote)
    claim(f, kvfig, "kv_cache_total", "GiB", kvv, kvexp, kverr, anchor=a, occ=kvocc, note=notes[2])
    claim(f, totfig, "arithmetic", "GiB", wv + kvv, totexp, toterr, anchor=a, note=notes[3])
row("l3-8", "llama3-8b", "bf16", "14.96", "128", 8192, 16, "16", "30.96", kvocc=2, wexp=X, werr="gib_as_gb",
    notes=("14.96 GiB in a GB column; 16.06 GB", "", "", ""))
row("l2-13", "llama2-13b", "fp16", "13.02", "400", 4096, 8, "25", "49.24", kvtexp=X, kvterr="off_2x", wexp=X, werr="wrong_dtype",
    notes=("fp16 26.03 GB; 13.02 is int8", "40 layers x 40 KV heads x 128 x 2 x 2 B = 800 KiB", "", ""))
row("mis", "mistral-7b", "bf16", "14.48", "128", 32768, 4, "16", "15.49", window=4096, kvexp=X, kverr="off_2x",
    notes=("", "", "window 4096: 4096 x 128 KiB x 4 = 2 GiB", ""))
row("qw", "qwen2.5-7b", "bf16", "7.62", "56", 32768, 8, "7", "28.19", kvexp=X, kverr="off_2x", wexp=X, werr="wrong_dtype",
    notes=("bf16 15.23 GB; 7.62 is int8", "", "56 KiB x 32768 x 8 = 14 GiB", ""))
row("l3-70", "llama3-70b", "fp8", "141.1", "2560", 8192, 8, "20", "85.71", wexp=X, werr="wrong_dtype", kvtexp=X, kvterr="off_2x",
    notes=("fp8 70.55 GB; 141.1 is bf16", "GQA: 320 KiB; 2560 assumes 64 KV heads", "", ""))
row("mx", "mixtral-8x7b", "int4", "46.7", "128", 32768, 2, "8", "29.75", wexp=X, werr="wrong_dtype",
    notes=("int4 23.35 GB; 46.7 is int8", "", "", ""))
row("fa", "falcon-7b", "bf16", "27.69", "8", 2048, 64, "2", "13.89", kvexp=X, kverr="off_2x", wexp=X, werr="wrong_dtype",
    notes=("bf16 13.84 GB; 27.69 is fp32", "", "8 KiB x 2048 x 64 = 1 GiB", ""))
row("l2-70", "llama2-70b", "fp16", "137.95", "320", 4096, 32, "20", "84.24", totexp=X, toterr="per_gpu", kvexp=X, kverr="off_2x",
    notes=("", "", "320 KiB x 4096 x 32 = 40 GiB", "128.48 + 40 = 168.48 GiB in total; 84.24 is the share of one of two GPUs"))
row("g2", "gpt2-xl", "fp32", "6.23", "300", 1024, 64, "37.5", "24.55", kvexp=X, kverr="off_2x",
    notes=("", "", "300 KiB x 1024 x 64 = 18.75 GiB", ""))
claim(f, "8030261248", "params", "params", N["llama3-8b"], H, anchor=R["l3-8"])
claim(f, "46702792704", "params", "params", N["mixtral-8x7b"], H, anchor=R["mx"])
claim(f, "6921720704", "params", "params", N["falcon-7b"], H, anchor=R["fa"])
for g, bw, m, dt, fig, exp, err, nt in [
        ("H100 SXM\t", 3350e9, "llama3-8b", "bf16", "208.6", H, None, ""),
        ("A100 80GB\t", 2039e9, "llama2-13b", "fp16", "156.6", X, "off_2x", "2039 / 26.03 = 78.3 tokens/s"),
        ("RTX 4090\t", 1008e9, "mistral-7b", "int4", "278", H, None, ""),
        ("H200\t", 4800e9, "llama3-70b", "fp8", "136", X, "off_2x", "4800 / 70.55 = 68 tokens/s"),
        ("L40S\t", 864e9, "qwen2.5-7b", "bf16", "113", X, "off_2x", "864 / 15.23 = 56.7 tokens/s")]:
    claim(f, fig, "throughput", "tok/s", bw / W(m, dt), exp, err, anchor=g, note=nt)
claim(f, "3.62", "weights", "GB", W("mistral-7b", "int4"), H, anchor="RTX 4090\t")
claim(f, "56 KiB", "kv_cache_per_token", "KiB", KVT("qwen2.5-7b"), H)
claim(f, "44 %", "percentage", "%", 100 * KVT("qwen2.5-7b") / KVT("llama3-8b"), H)
claim(f, "6.25 times", "ratio", "×", KVT("llama2-13b") / KVT("llama3-8b"), H)
claim(f, "93.4 GB", "weights", "GB", W("mixtral-8x7b", "bf16"), H)
claim(f, "3.12 GB", "weights", "GB", W("gpt2-xl", "fp32"), X, "wrong_dtype", note="fp32 6.23 GB; 3.12 is fp16")
non(f, "exported 2026-11-30 14:05", "date, time, revision")
non(f, "Formula in column D", "spreadsheet formula")
non(f, "Rental quotes", "prices, quote number, date")
non(f, "MMLU 66.6 vs 68.4", "benchmark scores")


# ---- en_03: GitHub Discussions answer, ZeRO stages for Llama-2-13B on 8 A100 --------------------------
f = "en_03"
n13 = N["llama2-13b"]
claim(f, "13,015,864,320", "params", "params", n13, H)
claim(f, "26 GB", "training", "GB", zero(n13, 8, 1), X, "off_2x", anchor="> only 26 GB per GPU",
      note="ZeRO-1 on 8 GPUs: 4N + 12N/8 = 71.6 GB per GPU")
claim(f, "208.3 GB", "training", "GB", zero(n13, 8, 0), H)
claim(f, "71.6 GB", "training", "GB", zero(n13, 8, 1), H)
claim(f, "48.8 GB", "training", "GB", zero(n13, 8, 2), H, anchor="| ZeRO-2 (+ gradients sharded)")
claim(f, "26.0 GB", "training", "GB", zero(n13, 8, 3), H)
claim(f, "26 GB", "training", "GB", zero(n13, 8, 3), H, anchor="your colleague quoted")
claim(f, "48.8 GB", "training", "GB", zero(n13, 8, 2), H, anchor="ZeRO-2 at 48.8 GB")
claim(f, "45.5 GiB", "training", "GiB", zero(n13, 8, 2), H)
claim(f, "234.3 GB", "training", "GB", 18 * n13, H)
claim(f, "about 156 GB", "training", "GB", 12 * n13, H, hedged=True)
claim(f, "6.5 GB", "training", "GB", zero(n13, 16, 3), X, "off_2x", note="16N/16 = 13.0 GB per GPU")
claim(f, "163 GB", "activations", "GB", act("llama2-13b", 4096, 1) / 40, X, "wrong_kind", note="163 GB is all 40 layers; one layer is 4.07 GB")
claim(f, "≈ 28.5 GB", "activations", "GB", act("llama2-13b", 4096, 1, "flash"), H, hedged=True)
claim(f, "about 13.4 GB", "activations", "GB", act("llama2-13b", 4096, 1, "full"), X, "off_2x", hedged=True,
      note="2 s b h x 40 layers = 1.68 GB")
claim(f, "87.5 %", "percentage", "%", 100 * (1 - zero(n13, 8, 3) / zero(n13, 8, 0)), H)
claim(f, "208 GB", "training", "GB", zero(n13, 8, 3), X, "per_gpu", anchor="a GPU still holds",
      note="208 GB is the total; ZeRO-3 per GPU 26.0 GB")
LO13 = lora(40, 16, [(5120, 5120), (5120, 5120)])
claim(f, "13,107,200", "params", "params", LO13, H)
claim(f, "0.1 %", "percentage", "%", 100 * LO13 / n13, H)
claim(f, "about 210 MB", "training", "MB", 16 * LO13, H, hedged=True)
claim(f, "52 GB", "training", "GB", 2 * n13, X, "off_2x", note="bf16 gradients 26.0 GB")
claim(f, "7.8e19 FLOP", "flops", "FLOP", 6 * n13 * 1e9, H)
claim(f, "about 22 hours", "time", "hours", 6 * n13 * 1e9 / (8 * 0.4 * 312e12) / 3600, H, hedged=True)
claim(f, "roughly 174 GPU-hours", "time", "GPU-hours", 6 * n13 * 1e9 / (0.4 * 312e12) / 3600, H, hedged=True)
claim(f, "2.7 hours", "time", "hours", 6 * n13 * 1e9 / (8 * 0.4 * 312e12) / 3600, X, "off_2x", note="21.7 hours")
non(f, "# Discussion #4521", "discussion number")
non(f, "deepspeed 0.15.1", "versions, date")
non(f, "stage3_max_live_parameters", "config values")
non(f, "stage3_prefetch_bucket_size", "config values")
non(f, "Hyper-parameters we use", "hyper-parameters, seed")
non(f, "Locked after 30 days", "days, participant count")


# ---- en_04: postmortem, Mixtral-8x7B OOM loop on two H100 (TP=2) ----------------------------------------
f = "en_04"
MX = "mixtral-8x7b"
claim(f, "93.4 GB", "weights", "GB", W(MX, "bf16"), H, anchor="The checkpoint is 93.4 GB")
claim(f, "46.7 GB", "weights", "GB", W(MX, "bf16") / 2, H)
claim(f, "43.5 GiB", "weights", "GiB", W(MX, "bf16") / 2, H)
claim(f, "93.4 GiB", "weights", "GiB", W(MX, "bf16"), X, "gb_as_gib", note="93.4 GB = 87.0 GiB")
claim(f, "12.9B", "params", "B", ACTIVE_M7, H)
claim(f, "25.8 GB", "weights", "GB", 2 * ACTIVE_M7, H)
claim(f, "~260 tokens/s", "throughput", "tok/s", 3.35e12 / (ACTIVE_M7 * 2 / 2), H, hedged=True)
claim(f, "28 %", "percentage", "%", 100 * ACTIVE_M7 / N[MX], H)
claim(f, "8 times", "ratio", "×", N[MX] / ACTIVE_M7, X, "off_2x", note="46.7 / 12.9 = 3.6x")
claim(f, "43.5 GB", "weights", "GB", W(MX, "fp8"), X, "gib_as_gb", note="fp8 46.7 GB = 43.5 GiB")
claim(f, "11.7 GB", "weights", "GB", W(MX, "int4"), X, "off_2x", note="int4 23.4 GB")
claim(f, "128 KiB", "kv_cache_per_token", "KiB", KVT(MX), H, anchor="The KV cache is 128 KiB")
claim(f, "4 GiB", "kv_cache_total", "GiB", KV(MX, 32768), H, anchor="conversation therefore holds")
claim(f, "4 GiB", "kv_cache_total", "GiB", KV(MX, 32768) / 2, X, "per_gpu", anchor="conversation therefore holds", occ=2,
      note="TP=2: 2 GiB on each GPU")
claim(f, "48 GiB", "kv_cache_total", "GiB", KV(MX, 32768, 24), X, "off_2x", anchor="24 such conversations",
      note="24 x 4 GiB = 96 GiB")
claim(f, "128 KiB", "kv_cache_total", "KiB", KV(MX, 32768), X, "wrong_kind", anchor="the cache for a whole 32K context",
      note="per-token figure given for the whole context: 4 GiB")
claim(f, "30 %", "percentage", "%", 100 * 48 / 80, X, "off_2x", note="48 / 80 = 60 %")
claim(f, "about 10 minutes", "time", "min", W(MX, "bf16") / 150e6 / 60, H, hedged=True)
claim(f, "about 5 minutes", "time", "min", W(MX, "bf16") / 3e9 / 60, X, "off_2x", hedged=True, note="31 s")
non(f, "**Severity:** SEV-2", "severity, date")
non(f, "Error rate peaked at 12 %", "error rate, request count, money")
non(f, "09:14 — deploy of config rev 88", "time, revision, context lengths of a config change")
non(f, "09:31 — first OOM", "time, minutes")
non(f, "12:02 — rollback", "time, HTTP status")
non(f, "15:54 — rev 87", "time, revision")
non(f, "Cap `max_model_len` per pool", "due date")
non(f, "Fix the Grafana unit on panel 14", "panel number, due date")


# ---- en_05: newsletter digest, DeepSeek-V3 (MLA), Llama 3.1 405B, GPT-2, Phi-3-mini (configs in the note) --
f = "en_05"
DS_TOT, DS_ACT, DS_TOK = 671e9, 37e9, 14.8e12
MLA = 61 * (512 + 64) * 2                       # bytes per token, bf16 latent + RoPE key
N405 = llama_like(16384, 53248, 126, 128, 8, 128, 128256, False)
KV405 = (126, 8, 128)
PHI3 = (32, 32, 96)
claim(f, "671 GB", "weights", "GB", W(DS_TOT, "fp8"), H, anchor="native fp8 checkpoint")
claim(f, "1.34 TB", "weights", "TB", W(DS_TOT, "bf16"), H)
claim(f, "671 GB", "weights", "GB", W(DS_TOT, "bf16"), X, "wrong_dtype", anchor="bf16: 671 GB", note="bf16 1.34 TB")
claim(f, "68.6 KiB", "kv_cache_per_token", "KiB", MLA, H)
claim(f, "70.3 KiB", "kv_cache_per_token", "KiB", MLA, X, "gb_as_gib", note="70,272 bytes = 70.3 kB = 68.6 KiB")
claim(f, "8.6 GiB", "kv_cache_total", "GiB", MLA * 131072, H)
claim(f, "3.3e24 FLOP", "flops", "FLOP", 6 * DS_ACT * DS_TOK, H)
claim(f, "6.0e24", "flops", "FLOP", 6 * DS_TOT * DS_TOK, X, "off_2x", note="6 x 671e9 x 14.8e12 = 6.0e25")
claim(f, "400 tokens", "tokens_per_param", "tokens/param", DS_TOK / DS_ACT, H)
claim(f, "220 tokens", "tokens_per_param", "tokens/param", DS_TOK / DS_TOT, X, "off_2x", note="22 tokens per total parameter")
claim(f, "≈ 1,040 tokens/s", "throughput", "tok/s", 8 * 4.8e12 / W(DS_ACT, "fp8"), H, hedged=True)
claim(f, "37 GB", "weights", "GB", W(DS_ACT, "fp8"), H)
claim(f, "405,853,388,800", "params", "params", N405, H)
claim(f, "811.7 GiB", "weights", "GiB", W(N405, "bf16"), X, "gb_as_gib", note="811.7 GB = 756 GiB")
claim(f, "405.9 GB", "weights", "GB", W(N405, "fp8"), H)
claim(f, "504 KiB", "kv_cache_per_token", "KiB", KVT(KV405), H, anchor="KV per token in bf16: 504 KiB")
claim(f, "31.5 GiB", "kv_cache_total", "GiB", KV(KV405, 131072), X, "off_2x", note="504 KiB x 131072 = 63 GiB")
claim(f, "252 KiB", "kv_cache_per_token", "KiB", KVT(KV405), X, "off_2x", note="504 KiB")
claim(f, "3.8e25 FLOP", "flops", "FLOP", 6 * N405 * 15.6e12, H)
claim(f, "about 38 tokens", "tokens_per_param", "tokens/param", 15.6e12 / N405, H, hedged=True)
claim(f, "6.5 TB", "training", "TB", 16 * N405, H)
claim(f, "6.5 TiB", "training", "TiB", 16 * N405, X, "gb_as_gib", note="6.49 TB = 5.9 TiB")
claim(f, "249 MB", "weights", "MB", W("gpt2", "fp32"), X, "wrong_dtype", note="fp32 497.8 MB; 249 is fp16")
claim(f, "12.5×", "ratio", "×", N["gpt2-xl"] / N["gpt2"], H)
claim(f, "124,439,808", "params", "params", N["gpt2"], H)
claim(f, "384 KiB", "kv_cache_per_token", "KiB", KVT(PHI3), H)
claim(f, "0.75 GiB", "kv_cache_total", "GiB", KV(PHI3, 4096), X, "off_2x", note="384 KiB x 4096 = 1.5 GiB")
non(f, "issue #87 (2026-11-27)", "issue number, date")
non(f, "4,812 subscribers", "subscriber count, open rate")
non(f, "Released 2024-12-26", "config inputs, release date")
non(f, "Links: https://arxiv.org/abs/2412.19437", "URLs")
non(f, "LMArena snapshot", "rank, Elo score")


# ---- en_06: course homework solution (student's answers) ----------------------------------------------
f = "en_06"
BL, XL = N["bert-large"], N["gpt2-xl"]
FL_XL = 6 * XL * 20 * XL
claim(f, "354,823,168", "params", "params", N["gpt2-medium"], H)
claim(f, "1.42 GB", "weights", "GB", W("gpt2-medium", "fp32"), H)
claim(f, "0.71 GB", "weights", "GB", W("gpt2-medium", "fp16"), H)
claim(f, "1.4 GB", "weights", "GB", W("gpt2-medium", "bf16"), X, "wrong_dtype", note="bf16 0.71 GB; 1.4 is fp32")
claim(f, "335,141,888", "params", "params", BL, H)
claim(f, "5.36 GB", "training", "GB", 16 * BL, H)
claim(f, "3.7 GB", "training", "GB", zero(BL, 4, 2), X, "off_2x", note="2N + 14N/4 = 1.84 GB per GPU")
claim(f, "0.34 GB", "training", "GB", zero(BL, 4, 3), X, "off_2x", note="16N/4 = 1.34 GB per GPU")
claim(f, "931 MB", "activations", "MB", act("bert-base", 512, 32) / 12, H)
claim(f, "11.2 GB", "activations", "GB", act("bert-base", 512, 32), H)
claim(f, "10.3 GB", "activations", "GB", act("bert-base", 512, 32, "flash"), X, "off_2x", note="34 s b h x 12 = 5.13 GB")
claim(f, "302 MB", "activations", "MB", act("bert-base", 512, 32, "full"), H)
claim(f, "31B tokens", "tokens", "B tokens", 20 * XL, H, hedged=True)
claim(f, "2.9e20 FLOP", "flops", "FLOP", FL_XL, H)
claim(f, "about 81 hours", "time", "hours", FL_XL / (8 * 0.4 * 312e12) / 3600, H, hedged=True)
claim(f, "about 3.4 days", "time", "days", FL_XL / (8 * 0.4 * 312e12) / 86400, H, hedged=True)
claim(f, "about 81 GPU-hours", "time", "GPU-hours", FL_XL / (0.4 * 312e12) / 3600, X, "off_2x", hedged=True,
      note="one A100: 648 GPU-hours")
claim(f, "3.12 GB", "weights", "GB", W(XL, "fp16"), H)
claim(f, "≈ 300 tokens/s", "throughput", "tok/s", 936e9 / W(XL, "fp16"), H, hedged=True)
claim(f, "3.33 ms", "time", "ms", W(XL, "fp16") / 936e9, H)
claim(f, "33 s", "time", "s", 1000 * W(XL, "fp16") / 936e9, X, "off_2x", bound="lower", note="1000 x 3.33 ms = 3.3 s")
claim(f, "0.29 GB", "kv_cache_total", "GB", KV("gpt2-xl", 1024), X, "gib_as_gb", note="300 MiB = 0.29 GiB = 0.31 GB")
claim(f, "2.34 GB", "kv_cache_total", "GB", KV("gpt2-xl", 1024, 8), X, "gib_as_gb", note="2.34 GiB = 2.52 GB")
claim(f, "4 GB", "weights", "GB", W(XL, "fp16"), H, bound="upper", anchor="needs at most 4 GB")
claim(f, "6 GB", "weights", "GB", W(XL, "fp32"), H, bound="lower", anchor="needs at least 6 GB")
claim(f, "12–14 GB", "weights", "GB", W("llama2-7b", "fp16"), H, rng=True)
claim(f, "87.5 %", "percentage", "%", 100 * (1 - 0.5 / 4), H)
claim(f, "50 %", "percentage", "%", 100 * (1 - 1 / 2), H)
non(f, "due: 2026-11-21 23:59", "due date")
non(f, "late_days_used: 1", "count")
non(f, "Score returned: 41/50", "score")
non(f, "Given hidden 1024, 24 layers", "config inputs")
non(f, "Grader comment", "rubric version, date")


# ---- ru_01: чек-лист перед запуском, Qwen2.5-7B-Instruct на RTX 4090 ----------------------------------
f = "ru_01"
Q = "qwen2.5-7b"
claim(f, "7¦615¦616¦512", "params", "params", N[Q], H)
claim(f, "15,23 ГБ", "weights", "ГБ", W(Q, "bf16"), H, anchor="Веса в bf16 — 15,23 ГБ")
claim(f, "14,19 ГиБ", "weights", "ГиБ", W(Q, "bf16"), H)
claim(f, "7,6 ГБ", "weights", "ГБ", W(Q, "int8"), H, anchor="Запасной вариант int8")
claim(f, "7,6 ГБ", "weights", "ГБ", W(Q, "int4"), X, "wrong_dtype", anchor="Вариант AWQ int4", note="int4 3,81 ГБ; 7,6 — это int8")
claim(f, "≈ 4,66 ГБ", "quantized_file", "ГБ", GG(Q, "Q4_K_M"), H, hedged=True)
claim(f, "≈ 4 ГБ", "quantized_file", "ГБ", GG(Q, "Q8_0"), X, "off_2x", hedged=True, note="Q8_0 8,09 ГБ")
claim(f, "56 КиБ", "kv_cache_per_token", "КиБ", KVT(Q), H)
claim(f, "1,75 ГБ", "kv_cache_total", "ГБ", KV(Q, 32768), X, "gib_as_gb", note="1,75 ГиБ = 1,88 ГБ")
claim(f, "7 ГиБ", "kv_cache_total", "ГиБ", KV(Q, 32768, 8), X, "off_2x", anchor="итого 7 ГиБ", note="8 × 1,75 = 14 ГиБ")
claim(f, "28,2 ГиБ", "arithmetic", "ГиБ", W(Q, "bf16") + KV(Q, 32768, 8), H)
claim(f, "59 %", "percentage", "%", 100 * W(Q, "bf16") / (24 * GIB), H)
claim(f, "15 %", "percentage", "%", 100 * W(Q, "int8") / (24 * GIB), X, "off_2x", note="7,09 ГиБ из 24 = 29,5 %")
claim(f, "≈ 66 ток/с", "throughput", "ток/с", 1008e9 / W(Q, "bf16"), H, hedged=True)
claim(f, "≈ 130 ток/с", "throughput", "ток/с", 1008e9 / W(Q, "int4"), X, "off_2x", hedged=True, note="1008 / 3,81 = 265 ток/с")
claim(f, "6,2·10¹³ FLOP", "flops", "FLOP", 2 * N[Q] * 4096, H)
claim(f, "≈ 0,38 с", "time", "с", 2 * N[Q] * 4096 / (0.5 * 165e12), X, "off_2x", hedged=True, note="0,76 с")
claim(f, "около 20 минут", "time", "минут", W(Q, "bf16") * 8 / 1e8 / 60, H, hedged=True)
claim(f, "около 20 секунд", "time", "секунд", W(Q, "bf16") * 8 / 1e9, X, "off_2x", hedged=True, note="122 с")
non(f, "дата_запуска: 2026-12-12", "date")
non(f, "Запуск 12.12.2026", "date, time, ticket, budget")
non(f, "vLLM 0.6.3, порт 8080", "version, port, seed")
non(f, "Температура 0,7", "sampling hyper-parameters")
non(f, "Согласовать SLA", "availability, latency percentile")


# ---- ru_02: письмо-ответ подрядчику, Llama-3-70B-Instruct на 4 × A100 (TP = 4); цифры сметы цитируются --
f = "ru_02"
M70 = "llama3-70b"
n70 = N[M70]
claim(f, "70¦553¦706¦496", "params", "params", n70, H)
claim(f, "70 ГБ", "weights", "ГБ", W(M70, "bf16"), X, "wrong_dtype", quoted=True, note="bf16 141,1 ГБ; 70 — это fp8/int8")
claim(f, "141,1 ГБ", "weights", "ГБ", W(M70, "bf16"), H)
claim(f, "131,4 ГиБ", "weights", "ГиБ", W(M70, "bf16"), H)
claim(f, "141 ГБ", "weights", "ГБ", W(M70, "bf16") / 4, X, "per_gpu", anchor="на каждую карту по 141 ГБ", quoted=True,
      note="при TP = 4 на карту 35,3 ГБ")
claim(f, "35,3 ГБ", "weights", "ГБ", W(M70, "bf16") / 4, H)
claim(f, "70,6 ГБ", "weights", "ГБ", W(M70, "fp8"), H, anchor="Если перейти на fp8")
claim(f, "17,6 ГБ", "weights", "ГБ", W(M70, "fp8") / 4, H)
claim(f, "50 %", "percentage", "%", 100 * (1 - 1 / 2), H)
claim(f, "2,5 МиБ", "kv_cache_per_token", "МиБ", KVT(M70), X, "off_2x", quoted=True, note="с GQA 320 КиБ")
claim(f, "320 КиБ", "kv_cache_per_token", "КиБ", KVT(M70), H)
claim(f, "5 ГиБ", "kv_cache_total", "ГиБ", KV(M70, 8192), X, "off_2x", note="320 КиБ × 8192 = 2,5 ГиБ")
claim(f, "10 ГиБ", "kv_cache_total", "ГиБ", KV(M70, 8192, 32), X, "off_2x", quoted=True, note="32 × 2,5 = 80 ГиБ")
claim(f, "80 ГиБ", "kv_cache_total", "ГиБ", KV(M70, 8192, 32), H, anchor="а нужно 80 ГиБ")
claim(f, "20 ГиБ", "kv_cache_total", "ГиБ", KV(M70, 8192, 32) / 4, H)
claim(f, "52,9 ГиБ", "arithmetic", "ГиБ", W(M70, "bf16") / 4 + KV(M70, 8192, 32) / 4, H)
claim(f, "66 %", "percentage", "%", 100 * (W(M70, "bf16") / 4 + KV(M70, 8192, 32) / 4) / (80 * GIB), H)
claim(f, "≈ 58 ток/с", "throughput", "ток/с", 2039e9 / (W(M70, "bf16") / 4), H, hedged=True)
claim(f, "116 ток/с", "throughput", "ток/с", 2039e9 / (W(M70, "bf16") / 4), X, "off_2x", quoted=True, note="≈ 58 ток/с")
claim(f, "564 ГБ", "training", "ГБ", 16 * n70, X, "off_2x", quoted=True, note="16 × 70,55 млрд = 1,13 ТБ")
claim(f, "1,13 ТБ", "training", "ТБ", 16 * n70, H)
claim(f, "70,6 ГБ", "training", "ГБ", zero(n70, 16, 3), H, anchor="с ZeRO-3 это 70,6 ГБ")
claim(f, "70,6 ГБ", "training", "ГБ", zero(n70, 16, 2), X, "off_2x", anchor="для ZeRO-2 на тех же 16", quoted=True,
      note="ZeRO-2: 2N + 14N/16 = 202,8 ГБ на карту")
claim(f, "около 2 минут", "time", "минут", W(M70, "bf16") * 8 / 1e10 / 60, H, hedged=True)
claim(f, "около 15 минут", "time", "минут", W(M70, "bf16") * 8 / 1e10 / 60, X, "off_2x", hedged=True, quoted=True,
      note="1,9 минуты")
non(f, "Исх. № 412", "letter and contract numbers, date")
non(f, "Спасибо за смету", "version, price, working days")
non(f, "Просим прислать", "date, time")
non(f, "тел. +7 495", "phone number")


# ---- ru_03: сравнение «за/против», Mistral-7B / Llama-3-8B / Falcon-7B под RTX 4080 ----------------------
f = "ru_03"
MS, L8, FA = "mistral-7b", "llama3-8b", "falcon-7b"
claim(f, "14,48 ГБ", "weights", "ГБ", W(MS, "bf16"), H)
claim(f, "10 %", "percentage", "%", 100 * (1 - W(MS, "bf16") / W(L8, "bf16")), H)
claim(f, "16,06 ГБ", "weights", "ГБ", W(L8, "bf16"), H)
claim(f, "0,5 ГиБ", "kv_cache_total", "ГиБ", KV(MS, 4096), H, bound="upper")
claim(f, "4 ГиБ", "kv_cache_total", "ГиБ", KV(MS, 32768), H, anchor="Без окна на 32K")
claim(f, "порядка 3,5 ГБ", "kv_cache_total", "ГБ", KV(MS, 32768) - KV(MS, 4096), X, "gib_as_gb",
      note="4 − 0,5 = 3,5 ГиБ = 3,76 ГБ")
claim(f, "от 4,4 до 7,7 ГБ", "quantized_file", "ГБ", [GG(MS, "Q4_K_M"), GG(MS, "Q8_0")], H, rng=True)
claim(f, "около 4,4 ГБ", "quantized_file", "ГБ", GG(MS, "Q4_K_M"), H, hedged=True)
claim(f, "29 ГиБ", "weights", "ГиБ", W(MS, "fp32"), X, "gb_as_gib", note="fp32 28,97 ГБ = 26,98 ГиБ")
claim(f, "128 КиБ", "kv_cache_per_token", "КиБ", KVT(L8), H)
claim(f, "2 ГиБ", "kv_cache_total", "ГиБ", KV(L8, 8192), X, "off_2x", anchor="ровно 2 ГиБ", note="8192 × 128 КиБ = 1 ГиБ")
claim(f, "1,05 млрд", "params", "млрд", 128256 * 4096 * 2, H)
claim(f, "14,96 ГиБ", "weights", "ГиБ", W(L8, "bf16"), H)
claim(f, "16 ГБ", "weights", "ГБ", W(L8, "int8"), X, "wrong_dtype", anchor="В int8 — 16 ГБ", note="int8 8,03 ГБ")
claim(f, "≈ 45 ток/с", "throughput", "ток/с", 717e9 / W(L8, "int8"), X, "off_2x", hedged=True, note="717 / 8,03 = 89 ток/с")
claim(f, "8 КиБ", "kv_cache_per_token", "КиБ", KVT(FA), H, anchor="MQA: всего 8 КиБ")
claim(f, "в 16 раз", "ratio", "×", KVT(MS) / KVT(FA), H)
claim(f, "32 МиБ", "kv_cache_total", "МиБ", KV(FA, 2048), X, "off_2x", note="8 КиБ × 2048 = 16 МиБ")
claim(f, "4 ГиБ", "kv_cache_total", "ГиБ", KV(FA, 2048, 64), X, "off_2x", anchor="64 пользователя", note="64 × 16 МиБ = 1 ГиБ")
claim(f, "13,84 ГБ", "weights", "ГБ", W(FA, "bf16"), H)
claim(f, "14,43 ГБ", "weights", "ГБ", 7_217_189_760 * 2, H, note="tied head stored twice (claims-gold 2.3)")
claim(f, "40 %", "percentage", "%", 100 * (1 - W(FA, "bf16") / W(L8, "bf16")), X, "off_2x", note="13,8 %")
claim(f, "3,7 ГБ", "quantized_file", "ГБ", GG(FA, "Q8_0"), X, "off_2x", note="Q8_0 7,36 ГБ")
non(f, "Обновлено 03.12.2026", "date")
non(f, "Лицензия: Apache 2.0", "licence version, date, benchmark scores")
non(f, "оценка удобства 4/5", "rating")


# ---- ru_04: тикет YouTrack, ls -lh и лог llama.cpp, GGUF Llama-3.1-8B-Instruct ---------------------------
f = "ru_04"
L8 = "llama3-8b"
G2 = 0.02          # GGUF files: ±2 % (claims-gold 1.5)
claim(f, "8¦030¦261¦248", "params", "params", N[L8], H)
claim(f, "3.0G", "quantized_file", "G", GG(L8, "Q2_K"), H, rel=G2, note="ls -h: binary G")
claim(f, "4.6G", "quantized_file", "G", GG(L8, "Q4_K_M"), H, rel=G2)
claim(f, "15G", "quantized_file", "G", GG(L8, "F16"), H, rel=G2)
claim(f, "4.58 GiB", "quantized_file", "GiB", GG(L8, "Q4_K_M"), H, rel=G2)
claim(f, "4.89 BPW", "bits_per_weight", "bpw", BPW["Q4_K_M"], H)
claim(f, "4685.32 MiB", "quantized_file", "MiB", GG(L8, "Q4_K_M"), H, rel=G2)
claim(f, "1024.00 MiB", "kv_cache_total", "MiB", KV(L8, 8192), H)
claim(f, "≈ 1,6 ГБ", "quantized_file", "ГБ", GG(L8, "Q2_K"), X, "off_2x", hedged=True, note="Q2_K 3,17 ГБ")
claim(f, "4,91 ГБ", "quantized_file", "ГБ", GG(L8, "Q4_K_M"), H, rel=G2)
claim(f, "4,58 ГиБ", "quantized_file", "ГиБ", GG(L8, "Q4_K_M"), H, rel=G2, anchor="как и пишет лог")
claim(f, "5,73 ГиБ", "quantized_file", "ГиБ", GG(L8, "Q5_K_M"), X, "gb_as_gib", note="5,73 ГБ = 5,33 ГиБ")
claim(f, "7,95 ГБ", "quantized_file", "ГБ", GG(L8, "Q8_0"), X, "gib_as_gb", note="7,95 ГиБ = 8,53 ГБ")
claim(f, "16,06 ГиБ", "quantized_file", "ГиБ", GG(L8, "F16"), X, "gb_as_gib", note="16,06 ГБ = 14,96 ГиБ")
claim(f, "69 %", "percentage", "%", 100 * (1 - BPW["Q4_K_M"] / BPW["F16"]), H)
claim(f, "в 4 раза", "ratio", "×", BPW["F16"] / BPW["Q8_0"], X, "off_2x", note="1,88 раза")
claim(f, "1024 МиБ", "kv_cache_total", "МиБ", KV(L8, 8192), H)
claim(f, "1 ГиБ", "kv_cache_total", "ГиБ", KV(L8, 16384), X, "off_2x", note="16K × 128 КиБ = 2 ГиБ")
claim(f, "≈ 41 ток/с", "throughput", "ток/с", 200e9 / GG(L8, "Q4_K_M"), H, hedged=True)
claim(f, "94 %", "percentage", "%", 100 * 38.2 / (200e9 / GG(L8, "Q4_K_M")), H)
claim(f, "≈ 47 ток/с", "throughput", "ток/с", 200e9 / GG(L8, "Q8_0"), X, "off_2x", hedged=True, note="200 / 8,53 = 23 ток/с")
claim(f, "4,58 ГиБ", "quantized_file", "ГиБ", GG(L8, "Q4_K_M"), H, rel=G2, anchor="Скачивание Q4_K_M")
claim(f, "≈ 98 с", "time", "с", GG(L8, "Q4_K_M") / 50e6, H, hedged=True)
claim(f, "6,59 ГБ", "quantized_file", "ГБ", GG(L8, "Q6_K"), H, rel=G2)
non(f, "**Создана:** 2026-11-30 16:22", "date, sprint, story points")
non(f, "print_info: file type", "file type name")
non(f, "**@d.savin** · 2026-12-01 10:05", "comment timestamp")
non(f, "**@a.korneeva** · 2026-12-01 11:40", "comment timestamp")
non(f, "**Статус:** In Review", "date, issue numbers, time spent")


# ---- ru_05: ветка комментариев Хабра, QLoRA Llama-2-7B на RTX 4090 ----------------------------------------
f = "ru_05"
L7 = "llama2-7b"
n7 = N[L7]
LO7 = lora(32, 64, [(4096, 4096)] * 4 + [(4096, 11008)] * 2 + [(11008, 4096)])
FL7 = 6 * n7 * 50000 * 512
claim(f, "6¦738¦415¦616", "params", "params", n7, H)
claim(f, "3,48 ГБ", "weights", "ГБ", n7 * NF4 / 8, H)
claim(f, "примерно 26 %", "percentage", "%", 100 * NF4 / 16, H, hedged=True)
claim(f, "7,6 ГБ", "weights", "ГБ", n7 * 4.5 / 8, X, "off_2x", note="NF4 без двойного квантования 4,5 бит: 3,79 ГБ")
claim(f, "13 %", "percentage", "%", 100 * NF4 / 16, X, "off_2x", note="25,8 %")
claim(f, "159,9 млн", "params", "млн", LO7, H)
claim(f, "2,37 %", "percentage", "%", 100 * LO7 / n7, H)
claim(f, "0,24 %", "percentage", "%", 100 * LO7 / n7, X, "off_2x", quoted=True, note="2,37 %")
claim(f, "640 МБ", "weights", "МБ", 2 * LO7, X, "off_2x", note="159,9 млн × 2 байта = 320 МБ")
claim(f, "2,56 ГБ", "training", "ГБ", 16 * LO7, H)
claim(f, "54 ГБ", "training", "ГБ", 16 * n7, X, "off_2x", anchor="Я слышал про 54 ГБ", note="107,8 ГБ")
claim(f, "107,8 ГБ", "training", "ГБ", 16 * n7, H)
claim(f, "80,9 ГБ", "training", "ГБ", 12 * n7, H)
claim(f, "2,15 ГБ", "activations", "ГБ", act(L7, 2048, 4, "full"), H)
claim(f, "4,3 ГБ", "activations", "ГБ", act(L7, 2048, 4, "flash"), X, "off_2x", note="34·s·b·h × 32 = 36,5 ГБ")
claim(f, "≈ 8,2 ГБ", "arithmetic", "ГБ", n7 * NF4 / 8 + 16 * LO7 + act(L7, 2048, 4, "full"), H, hedged=True)
claim(f, "2,56 млн токенов", "tokens", "млн токенов", 50000 * 512, X, "off_2x", note="50 000 × 512 = 25,6 млн")
claim(f, "1,0·10¹⁸ FLOP", "flops", "FLOP", FL7, H, hedged=True)
claim(f, "около 4,4 часа", "time", "часа", FL7 / (0.4 * 165e12) / 3600, H, hedged=True)
claim(f, "около 44 часов", "time", "часов", FL7 / (0.4 * 165e12) / 3600, X, "off_2x", hedged=True, note="4,4 часа")
non(f, "(Хабр, 2026-11-12)", "date")
non(f, "Статья: https://habr.com", "URL")
non(f, "Гиперпараметры: lr 2e-4", "hyper-parameters")
non(f, "**kvant_pavel** · 12 ноя в 14:02", "timestamp, votes")
non(f, "**lora_fan** · 12 ноя в 15:11", "timestamp, votes")
non(f, "Карма за оффтоп", "karma, promo codes, price")


# ---- ru_06: личная вики-заметка с вложенными выносками и сносками, Llama-2-70B на H100 -------------------
f = "ru_06"
M = "llama2-70b"
n70 = N[M]
W2 = W(M, "fp16") / 2
FL70 = 6 * n70 * 2e12
GPUH = FL70 / (0.5 * 312e12) / 3600
claim(f, "68¦976¦648¦192", "params", "params", n70, H)
claim(f, "137,95 ГБ", "weights", "ГБ", W(M, "fp16"), H)
claim(f, "69 ГБ", "weights", "ГБ", W2, H, anchor="При TP = 2 на карту")
claim(f, "64,2", "weights", "ГиБ", W2, H, anchor="При TP = 2 на карту")
claim(f, "69 ГБ", "weights", "ГБ", W(M, "fp16") / 4, X, "per_gpu", anchor="При TP = 4 на карту", note="TP = 4: 34,5 ГБ на карту")
claim(f, "1,25 ГиБ", "kv_cache_total", "ГиБ", KV(M, 4096), H, anchor="одной последовательности на 4096")
claim(f, "10 ГиБ", "kv_cache_total", "ГиБ", KV(M, 4096, 16), X, "off_2x", note="16 × 1,25 = 20 ГиБ")
claim(f, "16 %", "percentage", "%", 100 * KV(M, 4096, 16) / W(M, "fp16"), H)
claim(f, "1,25 ГиБ", "kv_cache_per_token", "ГиБ", KVT(M), X, "wrong_kind", anchor="кэш на токен — 1,25 ГиБ",
      quoted=True, note="на токен 320 КиБ; 1,25 ГиБ — на последовательность 4096")
claim(f, "≈ 48,6 ток/с", "throughput", "ток/с", 3.35e12 / W2, H, hedged=True)
claim(f, "20,6 мс", "time", "мс", W2 / 3.35e12, H)
claim(f, "≈ 48 ток/с", "throughput", "ток/с", 3.35e12 / (W(M, "fp16") / 4), X, "off_2x", hedged=True, note="≈ 97 ток/с")
claim(f, "≈ 1 с", "time", "с", 500 * W2 / 3.35e12, X, "off_2x", hedged=True, note="500 × 20,6 мс = 10,3 с")
claim(f, "60 %", "percentage", "%", 100 * (1 - KVT(M) / KVT("llama2-13b")), H)
claim(f, "2,5 раза", "ratio", "×", KVT("llama2-13b") / KVT(M), H)
claim(f, "8,3·10²³ FLOP", "flops", "FLOP", FL70, H, hedged=True)
claim(f, "≈ 1,47 млн GPU-часов", "time", "млн", GPUH, H, hedged=True)
claim(f, "около 30 дней", "time", "дней", GPUH / 2048 / 24, H, hedged=True)
claim(f, "около 60 дней", "time", "дней", GPUH / 4096 / 24, X, "off_2x", hedged=True, note="≈ 15 дней")
claim(f, "≈ 2,9 токена", "tokens_per_param", "tokens/param", 2e12 / n70, X, "off_2x", hedged=True, note="≈ 29 токенов на параметр")
claim(f, "12,9 млрд", "params", "млрд", ACTIVE_M7, H)
claim(f, "≈ 520 ток/с", "throughput", "ток/с", 3.35e12 / W(ACTIVE_M7, "int4"), H, hedged=True)
claim(f, "46,7 млрд", "params", "млрд", N["mixtral-8x7b"], H)
claim(f, "23,4 ГБ", "weights", "ГБ", W("mixtral-8x7b", "int4"), H)
non(f, "переписана 2026-12-04", "date, footnote markers")
non(f, "[^1]: Touvron et al., 2023", "citation, arXiv id")
non(f, "[^2]: Аренда H100", "price, date, wikilink")

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
    return re.compile(r"(?<![\d.,\u00a0])" + re.escape(fig) + r"(?!\d|[.,\u00a0]\d)")


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
        # figures glued to a word or a hyphen (bf16, Qwen2.5-7B) are skipped, as the scorer does
        found = [m for m in standalone(c["figure"]).finditer(text)
                 if not re.match(r"[\w\-]", text[m.start() - 1:m.start()] or " ")]
        if len(found) < c["occ"]:
            problems.append(f"{where}: figure found {len(found)}x on line {ln}, occurrence {c['occ']}")
            continue
        num = re.search(NUM[lang], c["figure"]).group(0)
        at = found[c["occ"] - 1].start() + c["figure"].index(num)
        # the scorer's occurrence: the n-th figure on the line that states this number
        # (numbers glued to a word or a hyphen, as in model names, do not count)
        occurrence = sum(1 for m in standalone(num).finditer(text)
                         if m.start() <= at and not re.match(r"[\w\-]", text[m.start() - 1:m.start()] or " "))
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
    print("hedged right:", sum(x["hedged"] and x["verdict"] == H for x in cl),
          "bounds:", sum(bool(x["bound"]) for x in cl), "ranges:", sum(isinstance(x["stated"], list) for x in cl))


def main(argv):
    truth = build()
    text = json.dumps(truth, ensure_ascii=False, indent=1) + "\n"
    path = HERE / "truth.json"
    if "--check" in argv:
        if not path.exists() or path.read_text(encoding="utf-8") != text:
            raise SystemExit("truth.json is stale: run python tests/claims_corpus_m/truth.py")
        summary(truth)
        print("truth.json is current; every check passed")
        return 0
    path.write_text(text, encoding="utf-8")
    summary(truth)
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
