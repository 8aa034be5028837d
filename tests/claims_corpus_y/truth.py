#!/usr/bin/env python3
"""Ground truth for blind sizing-claims corpus Y (tests/claims_corpus_y/notes).

Written without reading vaultkit's code, its tests or the other corpora's notes.  Facts come
from /work/shared/claims-gold.md: bytes per dtype, exact parameter counts and configs of the
catalogued models, measured GGUF bits per weight (Llama-3.1-8B), the KV-cache, training-memory
and activation formulas.  Models that claims-gold lacks appear only with their config printed in
the note itself (front matter or text); the truth recomputes their parameter counts from that
config with the claims-gold formula (asserted below) or, where the note prints only a count,
uses the printed count.  Nothing here imports vaultkit.  The checking code is corpus K's / X's (reused).

    python tests/claims_corpus_y/truth.py          # verify and (re)write truth.json
    python tests/claims_corpus_y/truth.py --check  # verify; fail if truth.json is stale

Each claim: note, figure (exact text on its line), anchor (text that occurs on exactly one line
of the note; default the figure), occurrence, kind, printed unit, correct value in base units,
intended verdict, error class.  The script stops when the arithmetic disagrees with the intended
verdict, when the anchor line does not contain the figure standing on its own, when a wrong
claim is off by less than 1.95x for its error class (or, for a GB/GiB mix-up, does not hold in
the twin unit), or when a non-claim line is also a claim line.
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
NB = "\u00a0"      # no-break space (written ¦ in figures below)
NNB = "\u202f"     # narrow no-break space (written ‡ in figures below)

# ---- facts (claims-gold.md) -------------------------------------------------------------------
BY = {"fp32": 4, "fp16": 2, "bf16": 2, "fp8": 1, "int8": 1, "int4": 0.5}
NF4 = 4 + 8 / 64 + 32 / (64 * 256)          # bits per weight, NF4 with double quantisation
NF4_PLAIN = 4.5                              # NF4 with an fp32 absmax per 64, no double quantisation
# measured effective bits per weight of GGUF file types (Llama-3.1-8B, llama.cpp quantize README)
BPW = {"Q2_K": 3.1593, "Q3_K_L": 4.2979, "IQ4_XS": 4.4597, "Q4_K_S": 4.6672, "Q4_K_M": 4.8944,
       "Q5_K_M": 5.7036, "Q6_K": 6.5633, "Q8_0": 8.5008, "F16": 16.0005}


def llama_like(h, inter, L, a, k, d, V, tied, qkv_bias=False, norms=2):
    """claims-gold 1.6 for a gated-MLP decoder: attention, 3 MLP matrices, RMSNorms, embeddings"""
    attn = h * a * d + 2 * h * k * d + a * d * h + ((a * d + 2 * k * d) if qkv_bias else 0)
    return L * (attn + 3 * h * inter + norms * h) + V * h * (1 if tied else 2) + h


def bert_like(h, inter, L, V, P, types=2):
    """claims-gold 1.6 for a BERT encoder with pooler (all linear layers biased, LayerNorms)"""
    layer = 4 * h * h + 4 * h + 2 * h * inter + inter + h + 2 * 2 * h
    return L * layer + V * h + P * h + types * h + 2 * h + h * h + h


N = {
    "gpt2": 124_439_808, "gpt2-medium": 354_823_168, "gpt2-large": 774_030_080,
    "gpt2-xl": 1_557_611_200, "bert-base": 109_482_240, "bert-large": 335_141_888,
    "llama2-7b": 6_738_415_616, "llama2-13b": 13_015_864_320, "llama2-70b": 68_976_648_192,
    "llama3-8b": 8_030_261_248, "llama3-70b": 70_553_706_496, "mistral-7b": 7_241_732_096,
    "mixtral-8x7b": 46_702_792_704, "qwen2.5-7b": 7_615_616_512, "falcon-7b": 6_921_720_704,
    "gpt3": 174_604_259_328,
    # not in claims-gold: the notes print these configs; the formula gives the counts they print
    "gemma2-9b": llama_like(3584, 14336, 42, 16, 8, 256, 256000, True, norms=4),
    "gemma2-27b": llama_like(4608, 36864, 46, 32, 16, 128, 256000, True, norms=4),
    "qwen2.5-14b": llama_like(5120, 13824, 48, 40, 8, 128, 152064, False, qkv_bias=True),
    "qwen2.5-32b": llama_like(5120, 27648, 64, 40, 8, 128, 152064, False, qkv_bias=True),
    "nemo-12b": llama_like(5120, 14336, 40, 32, 8, 128, 131072, False),
    "phi3-medium": llama_like(5120, 17920, 40, 40, 10, 128, 32064, False),
}
ACTIVE_M7 = 12_879_925_248
# hidden, layers, heads, KV heads, head dim
CFG = {"gpt2": (768, 12, 12, 12, 64), "gpt2-medium": (1024, 24, 16, 16, 64),
       "gpt2-large": (1280, 36, 20, 20, 64), "gpt2-xl": (1600, 48, 25, 25, 64),
       "bert-base": (768, 12, 12, 12, 64), "bert-large": (1024, 24, 16, 16, 64),
       "llama2-7b": (4096, 32, 32, 32, 128), "llama2-13b": (5120, 40, 40, 40, 128),
       "llama2-70b": (8192, 80, 64, 8, 128), "llama3-8b": (4096, 32, 32, 8, 128),
       "llama3-70b": (8192, 80, 64, 8, 128), "mistral-7b": (4096, 32, 32, 8, 128),
       "mixtral-8x7b": (4096, 32, 32, 8, 128), "qwen2.5-7b": (3584, 28, 28, 4, 128),
       "falcon-7b": (4544, 32, 71, 1, 64), "gpt3": (12288, 96, 96, 96, 128),
       "gemma2-9b": (3584, 42, 16, 8, 256), "gemma2-27b": (4608, 46, 32, 16, 128),
       "qwen2.5-14b": (5120, 48, 40, 8, 128), "qwen2.5-32b": (5120, 64, 40, 8, 128),
       "nemo-12b": (5120, 40, 32, 8, 128), "phi3-medium": (5120, 40, 40, 10, 128)}

# the formula reproduces the catalogue (claims-gold 2.2) and the counts the notes print
assert llama_like(4096, 14336, 32, 32, 8, 128, 128256, False) == N["llama3-8b"]
assert llama_like(4096, 11008, 32, 32, 32, 128, 32000, False) == N["llama2-7b"]
assert llama_like(8192, 28672, 80, 64, 8, 128, 32000, False) == N["llama2-70b"]
assert llama_like(3584, 18944, 28, 28, 4, 128, 152064, False, qkv_bias=True) == N["qwen2.5-7b"]
assert bert_like(768, 3072, 12, 30522, 512) == N["bert-base"]
assert bert_like(1024, 4096, 24, 30522, 512) == N["bert-large"]
assert N["gemma2-9b"] == 9_241_705_984 and N["gemma2-27b"] == 27_227_128_320
assert N["qwen2.5-14b"] == 14_770_033_664 and N["qwen2.5-32b"] == 32_763_876_352
assert N["nemo-12b"] == 12_247_782_400 and N["phi3-medium"] == 13_960_238_080


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
         "params": 1, "K": 1e3, "M": 1e6, "B": 1e9, "тыс.": 1e3, "млн": 1e6, "млрд": 1e9, "трлн": 1e12,
         "tokens": 1, "K tokens": 1e3, "M tokens": 1e6, "B tokens": 1e9, "T tokens": 1e12,
         "токенов": 1, "тыс. токенов": 1e3, "млн токенов": 1e6, "млрд токенов": 1e9, "трлн токенов": 1e12,
         "tokens/param": 1, "FLOP": 1, "GFLOP": 1e9, "TFLOP": 1e12, "bits": 1, "бит": 1, "%": 1, "×": 1,
         "tok/s": 1, "ток/с": 1, "токенов/с": 1, "s": 1, "с": 1, "ms": 1e-3, "мс": 1e-3, "min": 60, "мин": 60,
         "hours": 3600, "часов": 3600, "часа": 3600, "ч": 3600, "days": 86400, "суток": 86400, "дней": 86400,
         "GPU-hours": 1, "GPU-часов": 1, "тыс. GPU-часов": 1e3, "gigabytes": 1e9,
         "GB/s": 1e9, "ГБ/с": 1e9, "TB/s": 1e12, "ТБ/с": 1e12, "Гбит/с": 1.25e8,
         "TFLOPS": 1e12, "ТФЛОПС": 1e12, "billion": 1e9, "million": 1e6,
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



# ---- en_01: OOM postmortem, Llama-3.1-8B-Instruct bf16 on a 24 GiB A10G under vLLM ---------------
f = "en_01"
L8 = "llama3-8b"
BUDGET = 0.90 * 24 * GIB
POOL = BUDGET - W(L8, "bf16") - 1.2 * GIB
POOL8 = BUDGET - W(L8, "fp8") - 1.2 * GIB
A10G_BW = 600e9
claim(f, "16.06 GB", "weights", "GB", W(L8, "bf16"), H, anchor="Llama-3.1-8B in bf16 are **16.06 GB")
claim(f, "14.96 GiB", "weights", "GiB", W(L8, "bf16"), H, anchor="Llama-3.1-8B in bf16 are **16.06 GB")
claim(f, "~6.6 GiB", "arithmetic", "GiB", BUDGET - W(L8, "bf16"), H, hedged=True)
claim(f, "21.6 GiB", "arithmetic", "GiB", BUDGET, H, anchor="which leaves only ~6.6 GiB")
claim(f, "4 GiB", "kv_cache_total", "GiB", KV(L8, 32768), H, anchor="A single 32K sequence needs 4 GiB")
claim(f, "16.06 GB", "weights", "GB", W(L8, "bf16"), H, anchor="**Weights.**")
claim(f, "14.96 GiB", "weights", "GiB", W(L8, "bf16"), H, anchor="**Weights.**")
claim(f, "21.6 GiB", "arithmetic", "GiB", BUDGET, H, anchor="**Budget.**")
claim(f, "6.64 GiB", "arithmetic", "GiB", BUDGET - W(L8, "bf16"), H)
claim(f, "≈ 5.44 GiB", "arithmetic", "GiB", POOL, H, hedged=True)
claim(f, "131,072 bytes", "kv_cache_per_token", "bytes", KVT(L8), H)
claim(f, "128 KiB", "kv_cache_per_token", "KiB", KVT(L8), H, anchor="2 × 32 × 8 × 128 × 2 bytes")
claim(f, "1 GiB", "kv_cache_total", "GiB", KV(L8, 8192), H, anchor="- per 8K sequence")
claim(f, "4 GiB", "kv_cache_total", "GiB", KV(L8, 32768), H, anchor="- per 32K sequence")
claim(f, "4.29 GB", "kv_cache_total", "GB", KV(L8, 32768), H, anchor="- per 32K sequence")
claim(f, "≈ 44,600 tokens", "tokens", "tokens", POOL / KVT(L8), H, hedged=True)
claim(f, "512 KiB", "kv_cache_per_token", "KiB", KVT(L8), X, "off_2x", anchor="claimed the cache is",
      note="GQA, 8 KV heads: 128 KiB per token")
claim(f, "64 GiB", "kv_cache_total", "GiB", KV(L8, 2048, 64), X, "off_2x", anchor="so 64 sequences of 2K tokens need",
      note="64 x 2048 x 128 KiB = 16 GiB")
claim(f, "512 KiB", "kv_cache_per_token", "KiB", KVT("llama2-7b"), H, anchor="are off: 512 KiB is the per-token")
claim(f, "16 GiB", "kv_cache_total", "GiB", KV(L8, 2048, 64), H, anchor="for 64 × 2048 tokens is 16 GiB")
claim(f, "4.00 GB", "kv_cache_total", "GB", KV(L8, 32768), X, "gib_as_gb",
      note="4 GiB = 4.29 GB")
claim(f, "16.06 GiB", "weights", "GiB", W(L8, "bf16"), X, "gb_as_gib", note="16.06 GB = 14.96 GiB")
claim(f, "22.96 GiB", "arithmetic", "GiB", W(L8, "bf16") + KV(L8, 32768, 2), H)
claim(f, "5 GiB", "kv_cache_total", "GiB", KV(L8, 8192, 5), H, anchor="At 8K we could hold 5")
claim(f, "5.44 GiB", "arithmetic", "GiB", POOL, H, anchor="At 8K we could hold 5")
claim(f, "4 GiB", "kv_cache_total", "GiB", KV(L8, 32768), H, anchor="> takes 4 GiB, and vLLM")
claim(f, "8.03 GB", "weights", "GB", W(L8, "fp8"), H, anchor="1. **fp8 weights**")
claim(f, "7.48 GiB", "weights", "GiB", W(L8, "fp8"), H, anchor="1. **fp8 weights**")
claim(f, "12.9 GiB", "arithmetic", "GiB", POOL8, H, anchor="about 12.9 GiB, i.e.", hedged=True)
claim(f, "≈ 105,800 tokens", "tokens", "tokens", POOL8 / KVT(L8), H, hedged=True)
claim(f, "64 KiB", "kv_cache_per_token", "KiB", KVT(L8, 1), H, anchor="2. **fp8 KV cache**")
claim(f, "89,000", "tokens", "tokens", 2 * POOL / KVT(L8), H, hedged=True, anchor="to about 89,000")
claim(f, "2 GiB", "kv_cache_total", "GiB", KV(L8, 16384), H, anchor="3. **Keep bf16")
claim(f, "16 GB", "weights", "GB", W(L8, "bf16") - W(L8, "fp8"), X, "off_2x", anchor="free 16 GB per card",
      note="bf16 -> fp8 frees one byte per parameter: 8.03 GB")
claim(f, "8.03 GB", "weights", "GB", W(L8, "bf16") - W(L8, "fp8"), H, anchor="going bf16 → fp8 frees")
claim(f, "16.06 GB", "weights", "GB", W(L8, "bf16"), H, anchor="Decode on an A10G")
claim(f, "≈ 37 tokens/s", "throughput", "tok/s", A10G_BW / W(L8, "bf16"), H, hedged=True)
claim(f, "≈ 75 tokens/s", "throughput", "tok/s", A10G_BW / W(L8, "fp8"), H, hedged=True)
claim(f, "8.03 GB", "weights", "GB", W(L8, "fp8"), H, anchor="≈ 75 tokens/s with fp8")
claim(f, "7.48 GiB", "weights", "GiB", W(L8, "fp8"), H, anchor="- [ ] AI-2")
claim(f, "12.9 GiB", "arithmetic", "GiB", POOL8, H, anchor="- [ ] AI-2")
claim(f, "14.96 GiB", "weights", "GiB", W(L8, "bf16"), H, anchor="weights_bf16")
claim(f, "21.60 GiB", "arithmetic", "GiB", BUDGET, H, anchor="budget            21.60")
claim(f, "5.44 GiB", "arithmetic", "GiB", POOL, H, anchor="kv_pool            5.44")
claim(f, "44,585 tokens", "tokens", "tokens", POOL / KVT(L8), H)
claim(f, "12.92 GiB", "arithmetic", "GiB", POOL8, H)
claim(f, "105,851 tokens", "tokens", "tokens", POOL8 / KVT(L8), H)
claim(f, "4.00 GiB", "kv_cache_total", "GiB", KV(L8, 32768), H)
non(f, "created: 2026-09-18", "date")
non(f, "started: 2026-09-16T14:02Z", "timestamp")
non(f, "engine: vllm 0.6.1", "version")
non(f, "https://github.com/vllm-project/vllm/issues/4077", "URL with issue number")
non(f, "- 12 replicas, 9 of them crash-looping", "counts and clock times")
non(f, "Error rate peaked at 31.4 %", "error rate and measured latencies")
non(f, "Roughly 41,000 chats were retried", "request count")
non(f, "Customer tickets: 57", "ticket numbers")
non(f, "| 14:02 | deploy", "time and version")
non(f, "tried to allocate 1.50 GiB", "log line from the trace")
non(f, "GPU memory at 23.4 of 24 GiB", "dashboard reading")
non(f, "| 16:55 | rollback", "time, version, replica count")
non(f, "plus the swap-in path for a third request", "log value restated")
non(f, "6-week lead time and 350 W", "lead time and power draw")
non(f, "Measured before the", "measured throughput")
non(f, "AI-4: alert when preemptions exceed 5", "alert threshold")
non(f, "nvidia-smi reports the card as 23028 MiB", "device reading")

# ---- en_02: exported notebook, Gemma 2 9B/27B, Qwen2.5-14B/32B, Mistral-Nemo-12B, Phi-3-medium --------
f = "en_02"
MODELS02 = {"gemma2-9b": "gemma2-9b  ", "gemma2-27b": "gemma2-27b  ", "qwen2.5-14b": "qwen2.5-14b  ",
            "qwen2.5-32b": "qwen2.5-32b  ", "nemo-12b": "mistral-nemo-12b  ", "phi3-medium": "phi-3-medium  "}


def gem_kv(m, T, window=4096, b=2):
    """Gemma 2: a sliding window on half of the layers, global attention on the other half"""
    _, L, _, k, d = CFG[m]
    return 2 * k * d * b * (L // 2 * T + L // 2 * min(T, window))


EMB02 = {m: CFG_V * CFG[m][0] * (1 if m.startswith("gemma") else 2)
         for m, CFG_V in {"gemma2-9b": 256000, "gemma2-27b": 256000, "qwen2.5-14b": 152064,
                          "qwen2.5-32b": 152064, "nemo-12b": 131072, "phi3-medium": 32064}.items()}
for m, row in MODELS02.items():
    p_fig = f"{N[m]:,}"
    claim(f, p_fig, "params", "params", N[m], H)
    claim(f, f"{W(m, 'bf16') / 1e9:.2f}", "weights", "GB", W(m, "bf16"), H, anchor=p_fig)
    claim(f, f"{W(m, 'int4') / 1e9:.2f}", "weights", "GB", W(m, "int4"), H, anchor=p_fig)
    e = EMB02[m]
    claim(f, f"{e / 1e6:.1f}M", "params", "M", e, H, anchor=f"emb[{row.strip()}]")
    claim(f, f"{100 * e / N[m]:.1f} %", "percentage", "%", 100 * e / N[m], H, anchor=f"emb[{row.strip()}]")
    claim(f, f"{KVT(m) / KIB:.1f} KiB", "kv_cache_per_token", "KiB", KVT(m), H, anchor=f"{KVT(m) / KIB:.1f} KiB/token")
claim(f, "27 GB", "weights", "GB", W("gemma2-27b", "bf16"), X, "wrong_dtype", hedged=True,
      note="bf16 54.45 GB; 27 GB is the int8 size")
claim(f, "54.45 GB", "weights", "GB", W("gemma2-27b", "bf16"), H, anchor="that is the int8 size; bf16 is 54.45 GB")
claim(f, "12.25 GB", "weights", "GB", W("nemo-12b", "int4"), X, "wrong_dtype", note="int4 6.12 GB; 12.25 GB is int8")
claim(f, "6.12 GB", "weights", "GB", W("nemo-12b", "int4"), H, anchor="int8 again) but 6.12 GB")
claim(f, "917.5M", "params", "M", EMB02["gemma2-9b"], H, anchor="- Gemma's 256K vocabulary costs")
claim(f, "roughly 20 %", "percentage", "%", 100 * EMB02["gemma2-9b"] / N["gemma2-9b"], X, "off_2x", hedged=True,
      note="917.5M / 9.24B = 9.9 %")
claim(f, "328 million", "params", "million", EMB02["phi3-medium"], H)
claim(f, "1.56 B", "params", "B", EMB02["qwen2.5-14b"], H)
claim(f, "10.5 %", "percentage", "%", 100 * EMB02["qwen2.5-14b"] / N["qwen2.5-14b"], H, anchor="so it is 10.5 % of")
claim(f, "5 %", "percentage", "%", 100 * EMB02["qwen2.5-32b"] / N["qwen2.5-32b"], H, bound="upper", anchor="the small one and under 5 %")
claim(f, "2\\ \\text{GiB}", "kv_cache_total", "GiB", KV("qwen2.5-32b", 8192), H, anchor="\\text{KV}_{8K}")
claim(f, "1.97 GiB", "kv_cache_total", "GiB", gem_kv("gemma2-9b", 8192), H)
claim(f, "2.625 GiB", "kv_cache_total", "GiB", KV("gemma2-9b", 8192), H, anchor="2.625 GiB, and the 27B")
claim(f, "2.16 GiB", "kv_cache_total", "GiB", gem_kv("gemma2-27b", 8192), H)
claim(f, "2.875 GiB", "kv_cache_total", "GiB", KV("gemma2-27b", 8192), H)
claim(f, "1.3125 GiB", "kv_cache_total", "GiB", gem_kv("gemma2-9b", 4096), H)
claim(f, "5.75 GiB", "kv_cache_total", "GiB", KV("gemma2-27b", 8192), X, "off_2x", note="16 KV heads: 2.875 GiB")
for m, row in (("gemma2-9b", "gemma2-9b            6.93"), ("qwen2.5-14b", "qwen2.5-14b          8.38"),
               ("nemo-12b", "mistral-nemo-12b     6.95"), ("phi3-medium", "phi-3-medium         8.06")):
    v = W(m, "int4") + KV(m, 8192)
    claim(f, f"{v / GIB:.2f} GiB", "arithmetic", "GiB", v, H, anchor=row)
    claim(f, f"{W(m, 'bf16') / GIB:.2f} GiB", "weights", "GiB", W(m, "bf16"), H, anchor=row)
claim(f, "2.625 GiB", "kv_cache_total", "GiB", KV("gemma2-9b", 8192), H, anchor="(The Gemma row uses")
claim(f, "17.21 GiB", "weights", "GiB", W("gemma2-9b", "bf16"), H, anchor="- In bf16 only Gemma 2 9B fits")
claim(f, "22.81 GiB", "weights", "GiB", W("nemo-12b", "bf16"), H, anchor="- In bf16 only Gemma 2 9B fits")
claim(f, "27.92 GB", "weights", "GB", W("phi3-medium", "bf16"), H, anchor="- Phi-3-medium in bf16 is")
claim(f, "26.00 GiB", "weights", "GiB", W("phi3-medium", "bf16"), H, anchor="- Phi-3-medium in bf16 is")
claim(f, "16.38 GB", "weights", "GB", W("qwen2.5-32b", "int4"), H, anchor="- Everything fits at int4")
claim(f, "2 GiB", "kv_cache_total", "GiB", KV("qwen2.5-32b", 8192), H, anchor="- Everything fits at int4")
claim(f, "32.8B", "params", "B", N["qwen2.5-32b"], H, hedged=True, quoted=True)
claim(f, "32.8 GB", "weights", "GB", W("qwen2.5-32b", "int4"), X, "wrong_dtype", hedged=True, quoted=True,
      note="4-bit 16.38 GB; 32.8 GB is int8")
claim(f, "512 KiB", "kv_cache_per_token", "KiB", KVT("qwen2.5-32b"), X, "off_2x", hedged=True, quoted=True,
      note="8 KV heads: 256 KiB per token")
claim(f, "9.2 GB", "weights", "GB", W("gemma2-9b", "bf16"), X, "wrong_dtype", hedged=True, quoted=True,
      note="bf16 18.48 GB; 9.2 GB is int8")
claim(f, "16.38 GB", "weights", "GB", W("qwen2.5-32b", "int4"), H, anchor="Three of those four figures")
claim(f, "18.48 GB", "weights", "GB", W("gemma2-9b", "bf16"), H, anchor="Gemma 2 9B in bf16 is 18.48 GB")
for m, row, gib_ok in (("gemma2-9b", "| gemma-2-9b-it |", True), ("gemma2-27b", "| gemma-2-27b-it |", False),
                       ("qwen2.5-14b", "| Qwen2.5-14B-Instruct |", True), ("nemo-12b", "| Mistral-Nemo-Instruct-2407 |", True)):
    g = GG(m, "Q4_K_M")
    claim(f, f"{g / 1e9:.2f}", "quantized_file", "GB", g, H, anchor=row, occ=1, rel=0.02)
    if gib_ok:
        claim(f, f"{g / GIB:.2f}", "quantized_file", "GiB", g, H, anchor=row, rel=0.02)
    else:
        claim(f, f"{g / 1e9:.2f}", "quantized_file", "GiB", g, X, "gb_as_gib", anchor=row, occ=2,
              note="16.66 GB = 15.52 GiB")
claim(f, "17.21 GiB", "weights", "GiB", W("gemma2-9b", "bf16"), H, anchor="- **24 GiB in bf16**")
claim(f, "16.38 GB", "weights", "GB", W("qwen2.5-32b", "int4"), H, anchor="- **24 GiB in int4 + 8K cache**")
claim(f, "2 GiB", "kv_cache_total", "GiB", KV("qwen2.5-32b", 8192), H, anchor="- **24 GiB in int4 + 8K cache**")
claim(f, "160 KiB", "kv_cache_per_token", "KiB", KVT("nemo-12b"), H, anchor="- **Smallest cache per token**")
claim(f, "368 KiB", "kv_cache_per_token", "KiB", KVT("gemma2-27b"), H, anchor="- **Smallest cache per token**")
non(f, "exported: 2026-10-07", "date")
non(f, "kernel: python3 (ipykernel 6.29.5)", "version")
non(f, "https://huggingface.co/Qwen/Qwen2.5-32B/blob/main/config.json", "URL with model name")
non(f, "attn = h*a*d + 2*h*k*d", "code formula with free variables")
non(f, "Estimates at 4.8944 bits per weight", "bits-per-weight assumption")
non(f, "Notebook run time 3.2 s", "measured run time")

# ---- en_03: review of a PR serving Qwen2.5-32B-Instruct bf16 on 2×A100 80GB, TP=2 --------------------
f = "en_03"
Q32 = "qwen2.5-32b"
U03 = 0.92 * 80 * GIB
KVG03 = U03 - W(Q32, "bf16") / 2
KVG03_8 = U03 - W(Q32, "fp8") / 2
claim(f, "32763876352", "params", "params", N[Q32], H)
claim(f, "32.76B", "params", "B", N[Q32], H, anchor="> **Weights.** 32.76B params")
claim(f, "65.5 GB", "weights", "GB", W(Q32, "bf16"), H, anchor="> **Weights.** 32.76B params")
claim(f, "32.8 GB", "weights", "GB", W(Q32, "bf16") / 2, H, anchor="> **Weights.** 32.76B params")
claim(f, "65.53 GB", "weights", "GB", W(Q32, "bf16"), H, anchor="✅ Correct: 65.53 GB total")
claim(f, "32.76 GB", "weights", "GB", W(Q32, "bf16") / 2, H, anchor="✅ Correct: 65.53 GB total")
claim(f, "30.51 GiB", "weights", "GiB", W(Q32, "bf16") / 2, H, anchor="✅ Correct: 65.53 GB total")
claim(f, "128 KiB", "kv_cache_per_token", "KiB", KVT(Q32), X, "off_2x", anchor="> **KV cache.** 64 layers",
      note="K and V: 256 KiB per token")
claim(f, "262,144 bytes", "kv_cache_per_token", "bytes", KVT(Q32), H)
claim(f, "256 KiB", "kv_cache_per_token", "KiB", KVT(Q32), H, anchor="262,144 bytes = 256 KiB")
claim(f, "128 GiB", "kv_cache_total", "GiB", KV(Q32, 32768, 32), X, "off_2x", anchor="> **Capacity.** 32 seqs",
      note="32 x 32768 x 256 KiB = 256 GiB")
claim(f, "64 GiB", "kv_cache_total", "GiB", KV(Q32, 32768, 32) / 2, X, "off_2x", anchor="i.e. 64 GiB per GPU, which fits",
      note="128 GiB per GPU under TP=2")
claim(f, "256 GiB", "kv_cache_total", "GiB", KV(Q32, 32768, 32), H, anchor="the full batch is 256 GiB of cache")
claim(f, "128 GiB", "kv_cache_total", "GiB", KV(Q32, 32768, 32) / 2, H, anchor="the full batch is 256 GiB of cache")
claim(f, "≈ 30 tokens/s", "throughput", "tok/s", 2e12 / (W(Q32, "bf16") / 2), X, "per_gpu", hedged=True,
      note="each card reads its half in parallel: 2.0 TB/s / 32.76 GB = 61 tokens/s")
claim(f, "65.5 GB", "weights", "GB", W(Q32, "bf16"), H, anchor="2 TB/s ÷ 65.5 GB")
claim(f, "32.76 GB", "weights", "GB", W(Q32, "bf16") / 2, H, anchor="❌ Under TP=2 each card reads only")
claim(f, "≈ 61 tokens/s", "throughput", "tok/s", 2e12 / (W(Q32, "bf16") / 2), H, hedged=True, anchor="≈ 61 tokens/s at 2.0 TB/s")
claim(f, "62", "throughput", "tok/s", 2.039e12 / (W(Q32, "bf16") / 2), H, anchor="(62 at the A100's 2.039 TB/s)")
claim(f, "8.2 GB", "weights", "GB", W(Q32, "int4"), X, "per_gpu", anchor="then the model is 8.2 GB",
      note="int4 total 16.38 GB; 8.2 GB is the per-GPU share")
claim(f, "8.2 GB", "weights", "GB", W(Q32, "int4") / 2, H, anchor="❌ 8.2 GB is the int4 share")
claim(f, "16.38 GB", "weights", "GB", W(Q32, "int4"), H, anchor="❌ 8.2 GB is the int4 share")
claim(f, "73.6 GiB", "arithmetic", "GiB", U03, H, anchor="1. Per card: 0.92 × 80 GiB")
claim(f, "30.51 GiB", "weights", "GiB", W(Q32, "bf16") / 2, H, anchor="2. Weights per card")
claim(f, "43.09 GiB", "arithmetic", "GiB", KVG03, H, anchor="3. Left for KV per card")
claim(f, "86.2 GiB", "arithmetic", "GiB", 2 * KVG03, H, hedged=True, anchor="for the pair, about 86.2 GiB")
claim(f, "≈ 353,000 tokens", "tokens", "tokens", 2 * KVG03 / KVT(Q32), H, hedged=True)
claim(f, "≈ 10.8", "ratio", "×", 2 * KVG03 / KV(Q32, 32768), H, hedged=True)
claim(f, "8\\ \\text{GiB", "kv_cache_total", "GiB", KV(Q32, 32768), H)
claim(f, "256 GiB", "kv_cache_total", "GiB", KV(Q32, 32768, 32), H, anchor="and 32 of them: 32 × 8 GiB")
for row, wpg, pool in (("| bf16, as PR |", "30.51 GiB", "86.2 GiB"), ("| fp8 weights (W8A8) |", "15.26 GiB", "116.7 GiB"),
                       ("| fp8 weights + fp8 KV |", "15.26 GiB", "116.7 GiB"), ("| bf16, `max_model_len` 8192 |", "30.51 GiB", "86.2 GiB")):
    fp8 = "fp8" in row
    claim(f, wpg, "weights", "GiB", W(Q32, "fp8" if fp8 else "bf16") / 2, H, anchor=row)
    claim(f, pool, "arithmetic", "GiB", 2 * (KVG03_8 if fp8 else KVG03), H, anchor=row)
claim(f, "32.76 GB", "weights", "GB", W(Q32, "fp8"), H, anchor="- fp8 weights: 32.76 GB")
claim(f, "16.38 GB", "weights", "GB", W(Q32, "fp8") / 2, H, anchor="- fp8 weights: 32.76 GB")
claim(f, "128 KiB", "kv_cache_per_token", "KiB", KVT(Q32, 1), H, anchor="- fp8 KV: 128 KiB per token")
claim(f, "4 GiB", "kv_cache_total", "GiB", KV(Q32, 32768, b=1), H, anchor="- fp8 KV: 128 KiB per token")
claim(f, "2 GiB", "kv_cache_total", "GiB", KV(Q32, 8192), H, anchor="- At 8K context one session is 2 GiB")
claim(f, "64 GiB", "kv_cache_total", "GiB", KV(Q32, 8192, 32), H, anchor="- At 8K context one session is 2 GiB")
claim(f, "32,763,876,352", "params", "params", N[Q32], H)
claim(f, "65.53 GB", "weights", "GB", W(Q32, "bf16"), H, anchor="the checkpoint has 32,763,876,352")
claim(f, "8 GB", "kv_cache_total", "GB", KV(Q32, 32768), X, "gib_as_gb", anchor="session is 8 GB, right?",
      note="8 GiB = 8.59 GB; the figure is the GiB value")
claim(f, "8 GiB", "kv_cache_total", "GiB", KV(Q32, 32768), H, anchor="**me:** 8 GiB (8.59 GB)")
claim(f, "8.59 GB", "kv_cache_total", "GB", KV(Q32, 32768), H)
claim(f, "64 GiB", "kv_cache_total", "GiB", KV(Q32, 8192, 32), H, anchor="32 × 2 GiB = 64 GiB of cache")
claim(f, "256 KB", "kv_cache_per_token", "KB", KVT(Q32), X, "gib_as_gb", note="256 KiB = 262.1 KB")
claim(f, "262.1 KB", "kv_cache_per_token", "KB", KVT(Q32), H)
claim(f, "65.53 GB", "weights", "GB", W(Q32, "bf16"), H, anchor="- weights 65.53 GB total")
claim(f, "30.51 GiB", "weights", "GiB", W(Q32, "bf16") / 2, H, anchor="- weights 65.53 GB total")
claim(f, "256 KiB", "kv_cache_per_token", "KiB", KVT(Q32), H, anchor="- KV 256 KiB per token")
claim(f, "8 GiB", "kv_cache_total", "GiB", KV(Q32, 32768), H, anchor="- KV 256 KiB per token")
claim(f, "128 KiB", "kv_cache_per_token", "KiB", KVT(Q32), X, "off_2x", anchor="(PR said 128 KiB ✘)",
      note="restating the PR's figure; 256 KiB")
claim(f, "256 GiB", "kv_cache_total", "GiB", KV(Q32, 32768, 32), H, anchor="- 32 × 32K needs 256 GiB")
claim(f, "≈ 61 tokens/s", "throughput", "tok/s", 2e12 / (W(Q32, "bf16") / 2), H, hedged=True, anchor="- decode ceiling ≈ 61")
non(f, "reviewed: 2026-08-27", "date")
non(f, "pr: 4182", "PR number")
non(f, "we measured 2,310 tokens/s aggregate", "measured throughput, latency, load-test id")
non(f, "GPU power 390–400 W each", "power draw")
non(f, "gpu_memory_utilization: 0.92", "config fraction")

# ---- en_04: week-3 exercise sheet with worked answers and graded student answers --------------------
f = "en_04"
GM, BL, L13, GX, L7 = "gpt2-medium", "bert-large", "llama2-13b", "gpt2-xl", "llama2-7b"
C04 = 6 * N[GX] * 40e9
GPUH04 = C04 / (0.4 * 312e12) / 3600
claim(f, "354,823,168", "params", "params", N[GM], H, anchor="GPT-2 medium has 354,823,168")
claim(f, "1,419,292,672 bytes", "weights", "bytes", W(GM, "fp32"), H)
claim(f, "1.42 GB", "weights", "GB", W(GM, "fp32"), H, anchor="354,823,168 × 4 = 1,419,292,672")
claim(f, "709.6 MB", "weights", "MB", W(GM, "fp16"), H, anchor="in fp16 half of that, 709.6 MB")
claim(f, "676.8 MiB", "weights", "MiB", W(GM, "fp16"), H, anchor="(676.8 MiB).")
claim(f, "1.42 GB", "weights", "GB", W(GM, "fp32"), H, anchor="- S1:")
claim(f, "0.71 GB", "weights", "GB", W(GM, "fp16"), H, anchor="- S1:")
claim(f, "1.42 GB", "weights", "GB", W(GM, "fp16"), X, "wrong_dtype", anchor="- S2:", note="fp16 0.71 GB; 1.42 GB is fp32")
claim(f, "1.32 GB", "weights", "GB", W(GM, "fp32"), X, "gib_as_gb", note="1.42 GB = 1.32 GiB")
claim(f, "96 KiB", "kv_cache_per_token", "KiB", KVT(GM), H, anchor="2 × 24 × 1024 × 2 bytes = 96 KiB")
claim(f, "768 MiB", "kv_cache_total", "MiB", KV(GM, 1024, 8), H, anchor="8 × 1024 × 96 KiB = 768 MiB")
claim(f, "48 KiB", "kv_cache_per_token", "KiB", KVT(GM), X, "off_2x", note="K and V: 96 KiB")
claim(f, "768 MB", "kv_cache_total", "MB", KV(GM, 1024, 8), X, "gib_as_gb", note="768 MiB = 805.3 MB")
claim(f, "805.3 MB", "kv_cache_total", "MB", KV(GM, 1024, 8), H)
claim(f, "96 KiB", "kv_cache_per_token", "KiB", KVT(GM), H, anchor="- S6:")
claim(f, "768 MiB", "kv_cache_total", "MiB", KV(GM, 1024, 8), H, anchor="- S6:")
claim(f, "335,141,888", "params", "params", N[BL], H, anchor="bert-large-uncased, 335,141,888")
claim(f, "1.34 GB", "weights", "GB", W(BL, "fp32"), H, anchor="weights in fp32 are 1.34 GB")
claim(f, "1.25 GiB", "weights", "GiB", W(BL, "fp32"), H)
claim(f, "5.36 GB", "training", "GB", 16 * N[BL], H)
claim(f, "5.4 GB", "training", "GB", 16 * N[BL], H, anchor="- S7:")
claim(f, "536 MB", "training", "MB", 16 * N[BL], X, "off_2x", note="5.36 GB: a x10 slip")
claim(f, "2.68 GB", "training", "GB", 16 * N[BL], X, "off_2x", anchor="- S9:", note="16 bytes/param: 5.36 GB")
claim(f, "26.03 GB", "weights", "GB", W(L13, "fp16"), H, anchor="**(a)** fp16 weights")
claim(f, "409,600 bytes", "kv_cache_per_token", "bytes", KVT(L13), X, "off_2x", note="819,200 bytes")
claim(f, "400 KiB", "kv_cache_per_token", "KiB", KVT(L13), X, "off_2x", note="800 KiB")
claim(f, "819,200 bytes", "kv_cache_per_token", "bytes", KVT(L13), H)
claim(f, "800 KiB", "kv_cache_per_token", "KiB", KVT(L13), H, anchor="819,200 bytes = 800 KiB")
claim(f, "3.125 GiB", "kv_cache_total", "GiB", KV(L13, 4096), H, anchor="A full 4096-token context is 3.125 GiB")
claim(f, "25 GiB", "kv_cache_total", "GiB", KV(L13, 4096, 8), H, anchor="context need 25 GiB")
claim(f, "800 KiB", "kv_cache_per_token", "KiB", KVT(L13), H, anchor="- S10:")
claim(f, "3.125 GiB", "kv_cache_total", "GiB", KV(L13, 4096), H, anchor="- S10:")
claim(f, "25 GiB", "kv_cache_total", "GiB", KV(L13, 4096, 8), H, anchor="- S10:")
claim(f, "3.125 GB", "kv_cache_total", "GB", KV(L13, 4096), X, "gib_as_gb", anchor="- S11:", note="3.125 GiB = 3.36 GB")
claim(f, "3.36 GB", "kv_cache_total", "GB", KV(L13, 4096), H)
claim(f, "200 GiB", "kv_cache_total", "GiB", KV(L13, 4096, 8), X, "off_2x", note="25 GiB")
claim(f, "26.03 GB", "weights", "GB", W(L13, "fp16"), H, anchor="**(c)** Decode ceiling")
claim(f, "≈ 61 tokens/s", "throughput", "tok/s", 1.6e12 / W(L13, "fp16"), H, hedged=True)
claim(f, "≈ 123 tokens/s", "throughput", "tok/s", 1.6e12 / W(L13, "fp16"), X, "wrong_dtype", hedged=True,
      note="fp16 ceiling 61 tokens/s; 123 is the int8 ceiling")
claim(f, "1,557,611,200", "params", "params", N[GX], H, anchor="GPT-2 XL (1,557,611,200 parameters)")
claim(f, "3.74 \\times 10^{20}", "flops", "FLOP", C04, H, hedged=True)
claim(f, "≈ 832 GPU-hours", "time", "GPU-hours", GPUH04, H, hedged=True)
claim(f, "3.74e19", "flops", "FLOP", C04, X, "off_2x", note="3.74e20")
claim(f, "83 GPU-hours", "time", "GPU-hours", GPUH04, X, "off_2x", note="832 GPU-hours")
claim(f, "about 830 GPU-hours", "time", "GPU-hours", GPUH04, H, hedged=True)
claim(f, "1,664 GPU-hours", "time", "GPU-hours", GPUH04, X, "off_2x", note="832 GPU-hours at the stated 40 % MFU")
claim(f, "80,411,200", "params", "params", 50257 * 1600, H, anchor="50,257 × 1,600 = 80,411,200")
claim(f, "5.2 %", "percentage", "%", 100 * 50257 * 1600 / N[GX], H)
claim(f, "80.4M", "params", "M", 50257 * 1600, H, anchor="- S17:")
claim(f, "about 5 %", "percentage", "%", 100 * 50257 * 1600 / N[GX], H, hedged=True)
claim(f, "160.8M", "params", "M", 50257 * 1600, X, "off_2x", note="tied: 80.4M")
claim(f, "3.37 GB", "weights", "GB", W(L7, "int4"), H, anchor="6,738,415,616 × 0.5 bytes")
claim(f, "3.14 GiB", "weights", "GiB", W(L7, "int4"), H, anchor="6,738,415,616 × 0.5 bytes")
claim(f, "3.37 GB", "weights", "GB", W(L7, "int4"), H, anchor="- S19:")
claim(f, "6.74 GB", "weights", "GB", W(L7, "int4"), X, "wrong_dtype", note="int4 3.37 GB; 6.74 GB is int8")
claim(f, "1.68 GB", "weights", "GB", W(L7, "int4"), X, "off_2x", note="int4 3.37 GB")
non(f, "handed_out: 2026-09-22", "date")
non(f, "late_penalty_per_day: 0.1", "grading parameter")
non(f, "course: CS-LLM-421", "course number")
non(f, "13 of 58 submissions lost 2 points", "grading counts")
non(f, "Mean 71.3 / 100", "grade statistics")
non(f, "points_per_exercise: 10", "grading parameter")
non(f, "term: Fall 2026", "term year")

# ---- en_05: PPO with four models and 70B -> 8B logit distillation on 8×H100 ---------------------------
f = "en_05"
L8, L70 = "llama3-8b", "llama3-70b"
RM = N[L8] - 128256 * 4096 + 4096
PPO_TOT = 16 * N[L8] + 2 * N[L8] + 2 * RM + 16 * RM
PPO_SH = (16 * N[L8] + 16 * RM) / 8
claim(f, "7504928768", "params", "params", RM, H)
claim(f, "525,336,576", "params", "params", 128256 * 4096, H)
claim(f, "7,504,928,768", "params", "params", RM, H)
claim(f, "128.48", "training", "GB", 16 * N[L8], H, anchor="| policy (8.03B) |")
claim(f, "8.03B", "params", "B", N[L8], H, anchor="| policy (8.03B) |")
claim(f, "16.06", "weights", "GB", W(L8, "bf16"), H, anchor="| reference (8.03B) |")
claim(f, "15.01", "weights", "GB", 2 * RM, H, anchor="| reward (7.50B) |")
claim(f, "120.08", "training", "GB", 16 * RM, H, anchor="| value (7.50B) |")
claim(f, "279.63", "training", "GB", PPO_TOT, H, anchor="| **total** |")
claim(f, "31.07 GB", "training", "GB", PPO_SH, H)
claim(f, "62.14 GB", "training", "GB", PPO_SH + 2 * N[L8] + 2 * RM, H, anchor="31.07 GB of sharded state")
claim(f, "16.06 GB", "weights", "GB", W(L8, "bf16"), H, anchor="fine-tuning it is another 16.06 GB")
claim(f, "64 GB", "training", "GB", PPO_TOT, X, "off_2x", anchor="4 × 16 GB = 64 GB in total",
      note="two trained models at 16 B/param: 279.63 GB")
claim(f, "279.63 GB", "training", "GB", PPO_TOT, H, anchor="so the real total is 279.63 GB")
claim(f, "15 GB", "training", "GB", 16 * RM, X, "off_2x", anchor="7.5B × 2 = 15 GB",
      note="a trained value model holds 16 B/param: 120.08 GB")
claim(f, "120.08 GB", "training", "GB", 16 * RM, H, anchor="it is trained, so 120.08 GB")
claim(f, "~120 GB", "training", "GB", 16 * RM, H, hedged=True)
claim(f, "141.11 GB", "weights", "GB", W(L70, "bf16"), H, anchor="Teacher Llama-3-70B in bf16")
claim(f, "17.64 GB", "weights", "GB", W(L70, "bf16") / 8, H, anchor="Teacher Llama-3-70B in bf16")
claim(f, "128.48 GB", "training", "GB", 16 * N[L8], H, anchor="Student Llama-3-8B, full fine-tune")
claim(f, "16.06 GB", "training", "GB", zero(N[L8], 8, 3), H, anchor="Student Llama-3-8B, full fine-tune")
claim(f, "33.7 GB", "arithmetic", "GB", W(L70, "bf16") / 8 + zero(N[L8], 8, 3), H)
claim(f, "3.91 GiB", "arithmetic", "GiB", 4 * 2048 * 128256 * 4, H, anchor="4 × 2048 × 128,256 × 4 bytes")
claim(f, "2 MiB", "arithmetic", "MiB", 4 * 2048 * 64 * 4, H)
claim(f, "8.8 GB", "weights", "GB", W(L70, "bf16") / 8, X, "off_2x", note="bf16 share per card under TP=8: 17.64 GB")
claim(f, "17.64 GB", "weights", "GB", W(L70, "bf16") / 8, H, anchor="with bf16 it is 17.64 GB")
claim(f, "141.11 GiB", "weights", "GiB", W(L70, "bf16"), X, "gb_as_gib", note="141.11 GB = 131.4 GiB")
claim(f, "131.4 GiB", "weights", "GiB", W(L70, "bf16"), H)
claim(f, "320 KiB", "kv_cache_per_token", "KiB", KVT(L70), H)
claim(f, "80 GiB", "kv_cache_total", "GiB", KV(L70, 4096, 64), H, anchor="4,096 tokens are 80 GiB")
claim(f, "10 GiB", "kv_cache_total", "GiB", KV(L70, 4096, 64) / 8, H, anchor="(10 GiB per card under TP=8)")
claim(f, "≈ 62 GB", "training", "GB", PPO_SH + 2 * N[L8] + 2 * RM, H, hedged=True)
claim(f, "≈ 34 GB", "arithmetic", "GB", W(L70, "bf16") / 8 + zero(N[L8], 8, 3), H, hedged=True)
claim(f, "3.91 GiB", "arithmetic", "GiB", 4 * 2048 * 128256 * 4, H, anchor="- Logits: top-k or chunking")
non(f, "created: 2026-11-02", "date")
non(f, "PPO step time 41 s", "measured step time, hyper-parameter, rewards")
non(f, "head: scalar (4096 -> 1)", "layer shape")
non(f, "gpus: 8", "cluster size")

# ---- en_06: multi-tenant LoRA over one Llama-3-8B base -------------------------------------------------
f = "en_06"
L8 = "llama3-8b"
SM06 = lora(32, 16, [(4096, 4096), (4096, 1024), (4096, 1024), (4096, 4096)])
LG06 = lora(32, 64, [(4096, 4096), (4096, 1024), (4096, 1024), (4096, 4096),
                     (4096, 14336), (4096, 14336), (14336, 4096)])
POOL06 = 80 * GIB - W(L8, "bf16") - 10 * GIB
claim(f, "8030261248", "params", "params", N[L8], H)
claim(f, "16.06 GB", "weights", "GB", W(L8, "bf16"), H, anchor="**Idea.** One copy")
claim(f, "425,984", "params", "params", SM06 / 32, H)
claim(f, "13,631,488", "params", "params", SM06, H)
claim(f, "≈ 13.6M", "params", "M", SM06, H, hedged=True)
claim(f, "27.3 MB", "weights", "MB", 2 * SM06, H, anchor="≈ 13.6M → 27.3 MB")
claim(f, "1,703,936", "params", "params", 32 * 1703936 / 32, H)
claim(f, "3,538,944", "params", "params", 64 * 3 * (4096 + 14336), H)
claim(f, "5,242,880", "params", "params", LG06 / 32, H)
claim(f, "167,772,160", "params", "params", LG06, H)
claim(f, "335.5 MB", "weights", "MB", 2 * LG06, H, anchor="167,772,160 in total")
claim(f, "12.3×", "ratio", "×", LG06 / SM06, H)
claim(f, "16.06 GB", "weights", "GB", W(L8, "bf16"), H, anchor="| GPU | base bf16 |")
claim(f, "10.74 GB", "weights", "GB", 32 * 2 * LG06, H, anchor="| GPU | hot adapter slots")
claim(f, "13.6 GB", "weights", "GB", 500 * 2 * SM06, H, anchor="| host RAM | all small")
claim(f, "167.8 GB", "weights", "GB", 500 * 2 * LG06, H, anchor="| disk (S3 cache)")
claim(f, "8.03 TB", "weights", "TB", 500 * W(L8, "bf16"), H, anchor="500 merged full copies")
claim(f, "≈ 29.7 GB", "weights", "GB", W(L8, "bf16") + 500 * 2 * SM06, H, hedged=True)
claim(f, "about 2.7 MB", "weights", "MB", 2 * SM06, X, "off_2x", hedged=True, note="27.3 MB")
claim(f, "27.3 MB", "weights", "MB", 2 * SM06, H, anchor="✗ — 27.3 MB; off by ten")
claim(f, "0.17 %", "percentage", "%", 100 * SM06 / N[L8], H, anchor="Each adapter costs 0.17 %")
claim(f, "5.4 GB", "weights", "GB", 32 * 2 * LG06, X, "off_2x", note="32 x 335.5 MB = 10.74 GB")
claim(f, "10.74 GB", "weights", "GB", 32 * 2 * LG06, H, anchor="✗ — 32 × 335.5 MB = 10.74 GB")
claim(f, "1.1 ms", "time", "ms", 2 * SM06 / 25e9, H)
claim(f, "27 ms", "time", "ms", 2 * LG06 / 25e9, X, "off_2x", note="335.5 MB / 25 GB/s = 13.4 ms")
claim(f, "13.4 ms", "time", "ms", 2 * LG06 / 25e9, H, anchor="335.5 MB ÷ 25 GB/s = 13.4 ms")
claim(f, "26.8 GiB", "weights", "GiB", W(L8, "bf16") + 32 * 2 * LG06, X, "gb_as_gib", note="26.8 GB = 24.96 GiB")
claim(f, "26.8 GB", "weights", "GB", W(L8, "bf16") + 32 * 2 * LG06, H)
claim(f, "24.96", "weights", "GiB", W(L8, "bf16") + 32 * 2 * LG06, H, anchor="in GiB it is 24.96")
claim(f, "13.6 GiB", "weights", "GiB", 500 * 2 * SM06, X, "gb_as_gib", note="13.6 GB = 12.7 GiB")
claim(f, "12.7 GiB", "weights", "GiB", 500 * 2 * SM06, H)
claim(f, "128 KiB", "kv_cache_per_token", "KiB", KVT(L8), H, anchor="128 KiB per token for the 8B base")
claim(f, "≈ 55 GiB", "arithmetic", "GiB", POOL06, H, hedged=True)
claim(f, "≈ 450,000 tokens", "tokens", "tokens", POOL06 / KVT(L8), H, hedged=True)
claim(f, "220 requests", "arithmetic", "requests", POOL06 / KVT(L8) / 4096, X, "wrong_dtype",
      note="64 KiB per token is the fp8 cache; bf16 gives 110 requests")
claim(f, "64 KiB", "kv_cache_per_token", "KiB", KVT(L8, 1), H, anchor="he used 64 KiB per token")
claim(f, "27.3 MB", "weights", "MB", 2 * SM06, H, anchor="- small adapter 27.3 MB")
claim(f, "335.5 MB", "weights", "MB", 2 * LG06, H, anchor="- small adapter 27.3 MB")
claim(f, "10.74 GB", "weights", "GB", 32 * 2 * LG06, H, anchor="- base 16.06 GB + 32 hot")
claim(f, "13.6 GB", "weights", "GB", 500 * 2 * SM06, H, anchor="- 500 tenants × small")
non(f, "created: 2026-07-14", "date")
non(f, "engine: lorax 0.12", "version")
non(f, "measured swap latency p50 1.4 ms", "measured latency, ticket number")
non(f, "tenants: 500", "tenant count")

# ---- ru_01: методичка — таблицы эмбеддингов и словари токенизаторов -----------------------------------
f = "ru_01"
E_L2, E_L3, E_Q = 32000 * 4096, 128256 * 4096, 152064 * 3584
E_G2, E_BB = 50257 * 768, 30522 * 768
claim(f, "131¦072¦000", "params", "params", E_L2, H)
claim(f, "262,1 млн", "params", "млн", 2 * E_L2, H, anchor="вместе с `lm_head` — 262,1 млн")
claim(f, "525¦336¦576", "params", "params", E_L3, H)
claim(f, "1,05 млрд", "params", "млрд", 2 * E_L3, H, anchor="с выходом — 1,05 млрд")
claim(f, "13,08 %", "percentage", "%", 100 * 2 * E_L3 / N["llama3-8b"], H, anchor="13,08 % всей модели")
claim(f, "2,1 ГБ", "weights", "ГБ", 4 * E_L3, H, anchor="В bf16 обе таблицы Llama-3")
claim(f, "2004 МиБ", "weights", "МиБ", 4 * E_L3, H)
claim(f, "262 млн", "params", "млн", E_L3, X, "off_2x", note="одна таблица Llama-3 — 525,3 млн")
claim(f, "525,3 млн", "params", "млн", E_L3, H, anchor="но таблица одна — 525,3 млн")
claim(f, "2,1 ГиБ", "weights", "ГиБ", 4 * E_L3, X, "gb_as_gib", note="2,1 ГБ = 1,96 ГиБ")
claim(f, "1,96", "weights", "ГиБ", 4 * E_L3, H, anchor="это ГБ, в ГиБ будет 1,96")
claim(f, "6,5 %", "percentage", "%", 100 * 2 * E_L3 / N["llama3-8b"], X, "off_2x", note="с lm_head 13,08 %")
claim(f, "544¦997¦376", "params", "params", E_Q, H)
claim(f, "1¦089¦994¦752", "params", "params", 2 * E_Q, H)
claim(f, "14,31 %", "percentage", "%", 100 * 2 * E_Q / N["qwen2.5-7b"], H, anchor="14,31 % от 7,62 млрд")
claim(f, "2,18 ГБ", "weights", "ГБ", 4 * E_Q, H, anchor="В bf16 — 2,18 ГБ")
claim(f, "4,36 ГБ", "weights", "ГБ", 8 * E_Q, H, anchor="в fp32 — 4,36 ГБ")
claim(f, "около 545 МБ", "weights", "МБ", 4 * E_Q, X, "off_2x", hedged=True, quoted=True,
      note="две таблицы в bf16 — 2,18 ГБ")
claim(f, "38¦597¦376", "params", "params", E_G2, H)
claim(f, "31,02 %", "percentage", "%", 100 * E_G2 / N["gpt2"], H, anchor="(связаны, считаем один раз)")
claim(f, "23¦440¦896", "params", "params", E_BB, H)
claim(f, "21,41 %", "percentage", "%", 100 * E_BB / N["bert-base"], H)
claim(f, "77,2 млн", "params", "млн", E_G2, X, "off_2x", note="связанные веса: 38,6 млн")
claim(f, "77,2 МБ", "weights", "МБ", 2 * E_G2, H, anchor="в fp16 таблица GPT-2 весит")
claim(f, "46,9 МБ", "weights", "МБ", 4 * E_BB, X, "wrong_dtype", anchor="таблица BERT-base в fp32", note="fp32 93,8 МБ")
claim(f, "93,8 МБ", "weights", "МБ", 4 * E_BB, H)
claim(f, "262,1 млн", "params", "млн", 2 * E_L2, H, anchor="Словарь как у Llama-2")
claim(f, "3,62 %", "percentage", "%", 100 * 2 * E_L2 / N["mistral-7b"], H)
claim(f, "524,3 МБ", "weights", "МБ", 4 * E_L2, H, anchor="в bf16 — 524,3 МБ")
claim(f, "500 МиБ", "weights", "МиБ", 4 * E_L2, H)
claim(f, "524 МиБ", "weights", "МиБ", 4 * E_L2, X, "gb_as_gib", note="524,3 МБ = 500 МиБ")
for row, emb, m, pct_ok in (("| GPT-2 |", E_G2, "gpt2", True), ("| Llama-2-7B |", 2 * E_L2, "llama2-7b", True),
                            ("| Llama-3-8B |", 2 * E_L3, "llama3-8b", True), ("| Qwen2.5-7B |", 2 * E_Q, "qwen2.5-7b", False)):
    pct = 100 * emb / N[m]
    fig = f"{emb / 1e6:.1f}".replace(".", ",")
    claim(f, fig, "params", "млн", emb, H, anchor=row)
    p = f"{pct:.2f}".replace(".", ",") if pct_ok else "7,15"
    claim(f, p, "percentage", "%", pct, H if pct_ok else X, None if pct_ok else "off_2x", anchor=row,
          note="" if pct_ok else "две таблицы: 14,31 %")
    claim(f, f"{2 * emb / 1e6:.1f}".replace(".", ","), "weights", "МБ", 2 * emb, H, anchor=row)
non(f, "дата: 2026-10-12", "date")
non(f, "Домашнее задание: задачи 5–9", "exercise numbers, page, date, points")
non(f, "курс: \"Системы LLM, 2026/27\"", "course year")

# ---- ru_02: протокол совещания — конвейерный параллелизм Llama-2-70B на 4 стадии -----------------------
f = "ru_02"
L70B = "llama2-70b"
PL02 = (N[L70B] - 2 * 32000 * 8192 - 8192) / 80
claim(f, "68‡976‡648‡192", "params", "params", N[L70B], H)
claim(f, "855,65 млн", "params", "млн", PL02, H, anchor="- Один слой: 855,65 млн")
claim(f, "1,71 ГБ", "weights", "ГБ", 2 * PL02, H)
claim(f, "34,2 ГБ", "weights", "ГБ", 40 * PL02, H, anchor="- Стадия из 20 слоёв: 34,2 ГБ")
claim(f, "524,3 МБ", "weights", "МБ", 2 * 32000 * 8192, H, anchor="- Стадия из 20 слоёв: 34,2 ГБ")
claim(f, "524,3 МБ", "weights", "МБ", 2 * 32000 * 8192, H, anchor="последней — `lm_head`")
claim(f, "≈ 34,75 ГБ", "weights", "ГБ", 40 * PL02 + 2 * 32000 * 8192, H, hedged=True)
claim(f, "137,95 ГБ", "weights", "ГБ", W(L70B, "bf16"), H, anchor="- Вся модель в bf16")
claim(f, "128,5 ГиБ", "weights", "ГиБ", W(L70B, "bf16"), H)
claim(f, "17,1 ГБ", "weights", "ГБ", 40 * PL02, X, "wrong_dtype", note="bf16 2 байта: 34,2 ГБ на стадию")
claim(f, "34,2 ГБ", "weights", "ГБ", 40 * PL02, H, anchor="bf16 это 2 байта, 34,2 ГБ")
claim(f, "320 КиБ", "kv_cache_per_token", "КиБ", KVT(L70B), H, anchor="- Для всей модели кэш 320 КиБ")
claim(f, "80 КиБ", "kv_cache_per_token", "КиБ", KVT(L70B) / 4, H, anchor="- Для всей модели кэш 320 КиБ")
claim(f, "40 ГиБ", "kv_cache_total", "ГиБ", KV(L70B, 4096, 32), H, anchor="- Батч 32 × 4096 токенов")
claim(f, "10 ГиБ", "kv_cache_total", "ГиБ", KV(L70B, 4096, 32) / 4, H, anchor="- Батч 32 × 4096 токенов")
claim(f, "40 ГиБ", "kv_cache_total", "ГиБ", KV(L70B, 4096, 32) / 4, X, "per_gpu", anchor="по 40 ГиБ кэша",
      note="на стадию 10 ГиБ; 40 ГиБ — сумма")
claim(f, "10 ГиБ", "kv_cache_total", "ГиБ", KV(L70B, 4096, 32) / 4, H, anchor="на карту приходится 10 ГиБ")
claim(f, "в 8 раз", "ratio", "×", 64 / 8, H)
claim(f, "2,5 МиБ", "kv_cache_per_token", "МиБ", KVT((80, 64, 128)), H)
claim(f, "15,8 %", "percentage", "%", 100 * 3 / 19, H)
claim(f, "27,3 %", "percentage", "%", 100 * 3 / 11, H)
claim(f, "около 9 %", "percentage", "%", 100 * 3 / 11, X, "off_2x", hedged=True, note="3/11 = 27,3 %")
claim(f, "≈ 34,5 ГБ", "weights", "ГБ", W(L70B, "bf16") / 4, H, hedged=True)
claim(f, "10 ГиБ", "kv_cache_total", "ГиБ", KV(L70B, 4096, 32) / 4, H, anchor="2. Батч 32 × 4096, кэш")
claim(f, "69 ГБ", "weights", "ГБ", W(L70B, "bf16"), X, "wrong_dtype", note="bf16 137,95 ГБ; 69 ГБ — int8")
claim(f, "137,95 ГБ", "weights", "ГБ", W(L70B, "bf16"), H, anchor="в bf16 — 137,95 ГБ).")
claim(f, "~35 ГБ", "weights", "ГБ", W(L70B, "bf16") / 4, H, hedged=True)
claim(f, "10 ГиБ", "kv_cache_total", "ГиБ", KV(L70B, 4096, 32) / 4, H, anchor="**Итог:**")
non(f, "дата: 2026-11-05", "date")
non(f, "время: \"11:00–12:10\"", "time")
non(f, "задача_в_трекере: ML-2291", "ticket number")
non(f, "4. Следующая встреча 12.11", "date, time, room number")

# ---- ru_03: пост в блоге о CPU-инференсе (потолки по пропускной способности памяти) и комментарии ---------
f = "ru_03"
M7, L8, L70 = "mistral-7b", "llama3-8b", "llama3-70b"
BW_LT, BW_SRV, BW_DDR4 = 2 * 8 * 5600e6, 12 * 8 * 4800e6, 2 * 8 * 3200e6
claim(f, "7¦241¦732¦096", "params", "params", N[M7], H)
claim(f, "8¦030¦261¦248", "params", "params", N[L8], H)
claim(f, "70¦553¦706¦496", "params", "params", N[L70], H)
claim(f, "89,6 ГБ/с", "bandwidth", "ГБ/с", BW_LT, H, anchor="2 × 8 × 5600 млн = 89,6")
claim(f, "460,8 ГБ/с", "bandwidth", "ГБ/с", BW_SRV, H, anchor="12 × 8 × 4,8 млрд = 460,8")
claim(f, "в 5,1 раза", "ratio", "×", BW_SRV / BW_LT, H)
for row, m, figs in (("| Mistral-7B |", M7, ("4,43", "7,70", "20,2", "104")),
                     ("| Llama-3-8B |", L8, ("4,91", "8,53", "18,2", "94")),
                     ("| Llama-3-70B |", L70, ("43,16", "74,97", "2,1", "10,7"))):
    claim(f, figs[0], "quantized_file", "ГБ", GG(m, "Q4_K_M"), H, anchor=row, rel=0.02)
    claim(f, figs[1], "quantized_file", "ГБ", GG(m, "Q8_0"), H, anchor=row, rel=0.02)
    claim(f, figs[2], "throughput", "tok/s", BW_LT / GG(m, "Q4_K_M"), H, anchor=row)
    claim(f, figs[3], "throughput", "tok/s", BW_SRV / GG(m, "Q4_K_M"), H, anchor=row)
claim(f, "4,91 ГБ", "quantized_file", "ГБ", GG(L8, "Q4_K_M"), H, anchor="- Q4_K_M Llama-3-8B — 4,91 ГБ", rel=0.02)
claim(f, "4,58 ГиБ", "quantized_file", "ГиБ", GG(L8, "Q4_K_M"), H, anchor="- Q4_K_M Llama-3-8B — 4,91 ГБ", rel=0.02)
claim(f, "в 1,74 раза", "ratio", "×", BPW["Q8_0"] / BPW["Q4_K_M"], H, hedged=True)
claim(f, "43,16 ГБ", "quantized_file", "ГБ", GG(L70, "Q4_K_M"), H, anchor="- 70B в Q4_K_M (43,16 ГБ)", rel=0.02)
claim(f, "около 10,7 ток/с", "throughput", "tok/s", BW_SRV / GG(L70, "Q4_K_M"), H, hedged=True)
claim(f, "1 ГиБ", "kv_cache_total", "ГиБ", KV(L8, 8192), H, anchor="- Кэш при контексте 8192")
claim(f, "2,5 ГиБ", "kv_cache_total", "ГиБ", KV(L70, 8192), H, anchor="- Кэш при контексте 8192")
claim(f, "37,5 ГБ", "quantized_file", "ГБ", GG(L70, "Q8_0"), X, "off_2x", note="Q8_0 Llama-3-70B 74,97 ГБ")
claim(f, "74,97 ГБ", "quantized_file", "ГБ", GG(L70, "Q8_0"), H, anchor="поделил на 2) — правильно 74,97 ГБ", rel=0.02)
claim(f, "120 ток/с", "throughput", "tok/s", BW_SRV / GG(M7, "Q8_0"), X, "off_2x", note="460,8 / 7,70 = 59,9 ток/с")
claim(f, "≈ 59,9 ток/с", "throughput", "tok/s", BW_SRV / GG(M7, "Q8_0"), H, hedged=True)
claim(f, "в 5 раз", "ratio", "×", BW_SRV / BW_LT, H, anchor="12-канальный сервер в 5 раз")
claim(f, "51,2 ГБ/с", "bandwidth", "ГБ/с", BW_DDR4, H)
claim(f, "11,6 ток/с", "throughput", "tok/s", BW_DDR4 / GG(M7, "Q4_K_M"), H, anchor="Q4_K_M даст не больше 11,6")
claim(f, "≈ 11,6 ток/с", "throughput", "tok/s", BW_DDR4 / GG(M7, "Q4_K_M"), H, hedged=True, anchor="51,2 / 4,43 ≈ 11,6")
claim(f, "70 ГБ", "weights", "ГБ", W(L70, "int4"), X, "wrong_dtype", anchor="в 4-битной квантизации весит 70 ГБ",
      note="int4 35,3 ГБ; 70 ГБ — int8")
claim(f, "35,3 ГБ", "weights", "ГБ", W(L70, "int4"), H)
claim(f, "43,16 ГБ", "quantized_file", "ГБ", GG(L70, "Q4_K_M"), H, anchor="с масштабами Q4_K_M — 43,16 ГБ", rel=0.02)
claim(f, "70 ГБ", "weights", "ГБ", W(L70, "int8"), H, anchor="с масштабами Q4_K_M — 43,16 ГБ")
claim(f, "141 ГБ", "weights", "ГБ", W(L70, "bf16"), H, anchor="в bf16 будет 141 ГБ")
claim(f, "≈ 33 ток/с", "throughput", "tok/s", BW_SRV / W(L70, "bf16"), X, "off_2x", hedged=True, note="460,8 / 141,1 = 3,3")
claim(f, "≈ 3,3 ток/с", "throughput", "tok/s", BW_SRV / W(L70, "bf16"), H, hedged=True)
claim(f, "23 ток/с", "throughput", "tok/s", BW_LT / GG(M7, "Q8_0"), X, "off_2x", anchor="Я насчитал 23 ток/с", note="89,6 / 7,70 = 11,6 ток/с")
claim(f, "≈ 11,6 ток/с", "throughput", "tok/s", BW_LT / GG(M7, "Q8_0"), H, hedged=True, anchor="89,6 / 7,70")
claim(f, "4,91 ГиБ", "quantized_file", "ГиБ", GG(L8, "Q4_K_M"), X, "gb_as_gib", rel=0.02, note="4,91 ГБ = 4,58 ГиБ")
claim(f, "4,58", "quantized_file", "ГиБ", GG(L8, "Q4_K_M"), H, anchor="печатает 4.6G", rel=0.02)
claim(f, "8,53 ГБ", "quantized_file", "ГБ", GG(L8, "Q8_0"), H, anchor="с запасом (8,53 ГБ)", rel=0.02)
non(f, "опубликовано: 2026-06-30", "date")
non(f, "llama.cpp: b3447", "build number")
non(f, "комментариев: 6", "comment count")
non(f, "Реально я вижу 60–70 % от потолка", "measured speed and efficiency")
non(f, "**sergei_k** (2026-07-04 23:10)", "date, time")

# ---- en_07: changelog of a team's inference config (Mistral-7B -> Llama-3-70B fp8, KV offload) ------
f = "en_07"
M7, L70 = "mistral-7b", "llama3-70b"
claim(f, "2.5 GiB", "kv_cache_total", "GiB", KV(L70, 8192), H, anchor="- One 8K session of Llama-3-70B")
claim(f, "≈ 42 ms", "time", "ms", KV(L70, 8192) / 64e9, H, hedged=True)
claim(f, "≈ 4 ms", "time", "ms", KV(L70, 8192) / 64e9, X, "off_2x", hedged=True, note="2.5 GiB / 64 GB/s = 42 ms")
claim(f, "320 KiB", "kv_cache_per_token", "KiB", KVT(L70), H, anchor="- Per token the cache is 320 KiB")
claim(f, "327.68 GB", "kv_cache_total", "GB", KVT(L70) * 1e6, H)
claim(f, "70.55 GB", "weights", "GB", W(L70, "fp8"), H, anchor="- Llama-3-70B in fp8: 70.55 GB")
claim(f, "17.64 GB", "weights", "GB", W(L70, "fp8") / 4, H, anchor="- Llama-3-70B in fp8: 70.55 GB")
claim(f, "80 GiB", "kv_cache_total", "GiB", KV(L70, 8192, 32), H, anchor="- KV for 32 × 8192 tokens")
claim(f, "20 GiB", "kv_cache_total", "GiB", KV(L70, 8192, 32) / 4, H, anchor="- KV for 32 × 8192 tokens")
claim(f, "17.64 GB", "weights", "GB", W(L70, "fp8") / 4, H, anchor="- Decode ceiling per sequence: 3.35 TB/s")
claim(f, "≈ 190 tokens/s", "throughput", "tok/s", 3.35e12 / (W(L70, "fp8") / 4), H, hedged=True)
claim(f, "70.55 GB", "weights", "GB", W(L70, "fp8") / 4, X, "per_gpu", anchor="~~Per GPU the weights are",
      note="per GPU 17.64 GB at TP=4")
claim(f, "17.64 GB", "weights", "GB", W(L70, "fp8") / 4, H, anchor="model; per GPU it is 17.64 GB")
claim(f, "80 GiB", "kv_cache_total", "GiB", KV(L70, 8192, 32) / 4, X, "per_gpu", anchor="~~KV per GPU 80 GiB~~",
      note="20 GiB per GPU")
claim(f, "20 GiB", "kv_cache_total", "GiB", KV(L70, 8192, 32) / 4, H, anchor="same mistake; 20 GiB per GPU")
claim(f, "141.11 GB", "weights", "GB", W(L70, "bf16"), H, anchor="- Llama-3-70B bf16 would be 141.11 GB")
claim(f, "70.55 GB", "weights", "GB", W(L70, "fp8"), H, anchor="we went straight to fp8")
claim(f, "65.71 GiB", "weights", "GiB", W(L70, "fp8"), H)
claim(f, "35.3 GB", "weights", "GB", W(L70, "fp8"), X, "wrong_dtype", note="fp8 70.55 GB; 35.3 GB is int4")
claim(f, "320 KiB", "kv_cache_per_token", "KiB", KVT(L70), H, anchor="× 128 dims: 320 KiB per token")
claim(f, "2.5×", "ratio", "×", KVT(L70) / KVT(M7), H)
claim(f, "128 KiB", "kv_cache_per_token", "KiB", KVT(M7), H, anchor="figure of 128 KiB")
claim(f, "7.24 GB", "weights", "GB", W(M7, "fp8"), H, anchor="- Mistral-7B-v0.1 in fp8")
claim(f, "14.48 GB", "weights", "GB", W(M7, "bf16"), H, anchor="- Mistral-7B-v0.1 in fp8")
claim(f, "7.24 GB", "weights", "GB", W(M7, "fp8"), H, anchor="- Ceiling at batch 1 on one H100")
claim(f, "≈ 463 tokens/s", "throughput", "tok/s", 3.35e12 / W(M7, "fp8"), H, hedged=True)
claim(f, "≈ 231", "throughput", "tok/s", 3.35e12 / W(M7, "bf16"), H, hedged=True)
claim(f, "128 KiB", "kv_cache_per_token", "KiB", KVT(M7), H, anchor="still 128 KiB per")
claim(f, "512 MiB", "kv_cache_total", "MiB", KV(M7, 4096), H, anchor="- Mistral-7B's 4096-token sliding window")
claim(f, "4 GiB", "kv_cache_total", "GiB", KV(M7, 32768), H, anchor="- Mistral-7B's 4096-token sliding window")
claim(f, "32 GiB", "kv_cache_total", "GiB", KV(M7, 4096, 64), H)
claim(f, "4 GB", "kv_cache_total", "GB", KV(M7, 4096), X, "off_2x", anchor="32K session = 4 GB", note="the 4096 window caps a 32K session at 512 MiB")
claim(f, "4.29 GB", "kv_cache_total", "GB", KV(M7, 32768), H)
claim(f, "14.48 GB", "weights", "GB", W(M7, "bf16"), H, anchor="- Mistral-7B bf16, 14.48 GB")
claim(f, "13.49 GiB", "weights", "GiB", W(M7, "bf16"), H)
claim(f, "1 MiB", "kv_cache_per_token", "MiB", KVT(M7), X, "off_2x", anchor="KV per token: 1 MiB", note="GQA: 128 KiB per token")
claim(f, "512 KiB", "kv_cache_per_token", "KiB", KVT((32, 32, 128)), H, anchor="32 heads × 128 × 2 × 2 = 512 KiB")
claim(f, "460.8 GB/s", "bandwidth", "GB/s", 12 * 8 * 4800e6, H)
claim(f, "43.16 GB", "quantized_file", "GB", GG(L70, "Q4_K_M"), H, anchor="- EPYC 12 × DDR5-4800", rel=0.02)
claim(f, "≈ 10.7 tokens/s", "throughput", "tok/s", 12 * 8 * 4800e6 / GG(L70, "Q4_K_M"), H, hedged=True)
non(f, "updated: 2026-11-30", "date")
non(f, "## 2026-10-02 — v13", "date and version heading")
non(f, "Build: vllm 0.4.0", "versions, cold start time")
non(f, "Benchmark run BR-88", "measured speed, power draw")
non(f, "  384 GB.", "provisioned RAM")

# ---- ru_04: шардирование и слияние чекпойнтов, конвертация в GGUF; слайды коллеги -----------------------
f = "ru_04"
L70, L8, Q14 = "llama3-70b", "llama3-8b", "qwen2.5-14b"
claim(f, "70553706496", "params", "params", N[L70], H)
claim(f, "8030261248", "params", "params", N[L8], H)
claim(f, "14770033664", "params", "params", N[Q14], H)
claim(f, "141,11 ГБ", "weights", "ГБ", W(L70, "bf16"), H, anchor="Llama-3-70B в bf16 — 70")
claim(f, "131,4 ГиБ", "weights", "ГиБ", W(L70, "bf16"), H)
claim(f, "≈ 28,2", "ratio", "×", W(L70, "bf16") / 5e9, H, hedged=True)
claim(f, "≈ 4,7 ГБ", "weights", "ГБ", W(L70, "bf16") / 30, H, hedged=True)
claim(f, "около 94 с", "time", "с", W(L70, "bf16") / 1.5e9, H, hedged=True)
claim(f, "29,54 ГБ", "weights", "ГБ", W(Q14, "bf16"), H, anchor="29,54 ГБ в bf16 на 8 файлов")
claim(f, "≈ 3,69 ГБ", "weights", "ГБ", W(Q14, "bf16") / 8, H, hedged=True)
claim(f, "3,44 ГиБ", "weights", "ГиБ", W(Q14, "bf16") / 8, H)
claim(f, "48,18 ГБ", "weights", "ГБ", 3 * W(L8, "bf16"), H, anchor="3 × 16,06 = 48,18 ГБ")
claim(f, "96,4 ГБ", "weights", "ГБ", 3 * W(L8, "fp32"), H, anchor="поднимает веса до fp32 — 96,4 ГБ")
claim(f, "16,06 ГБ", "quantized_file", "ГБ", GG(L8, "F16"), H, anchor="- F16 GGUF Llama-3-8B", rel=0.02)
claim(f, "4,91 ГБ", "quantized_file", "ГБ", GG(L8, "Q4_K_M"), H, anchor="- Q4_K_M — 4,91 ГБ", rel=0.02)
claim(f, "4,58 ГиБ", "quantized_file", "ГиБ", GG(L8, "Q4_K_M"), H, anchor="- Q4_K_M — 4,91 ГБ", rel=0.02)
claim(f, "37,03 ГБ", "arithmetic", "ГБ", 2 * W(L8, "bf16") + GG(L8, "Q4_K_M"), H, rel=0.02, anchor="- На время конвертации на диске")
claim(f, "70 ГБ", "weights", "ГБ", W(L70, "bf16"), X, "wrong_dtype", anchor="1. «70B в bf16 — это 70 ГБ",
      note="bf16 141,11 ГБ; 70 ГБ — fp8/int8")
claim(f, "141,11 ГБ", "weights", "ГБ", W(L70, "bf16"), H, anchor="1. «70B в bf16 — это 70 ГБ")
claim(f, "14 файлов", "arithmetic", "файлов", W(L70, "bf16") / 5e9, X, "off_2x", note="141,11 ГБ / 5 ГБ = 28,2 -> 29 файлов")
claim(f, "48 ГБ", "weights", "ГБ", 3 * W(L8, "fp32"), X, "wrong_dtype", anchor="2. «Слияние двух 8B в fp32",
      note="fp32 96,4 ГБ; 48 ГБ — bf16")
claim(f, "96,4 ГБ", "weights", "ГБ", 3 * W(L8, "fp32"), H, anchor="48 ГБ это bf16; в fp32")
claim(f, "7,4 ГБ", "weights", "ГБ", W(Q14, "bf16") / 8, X, "off_2x", note="8 шардов по 3,69 ГБ")
claim(f, "3,69 ГБ", "weights", "ГБ", W(Q14, "bf16") / 8, H, anchor="✘ — 3,69 ГБ; 7,4 ГБ")
claim(f, "4,91 ГиБ", "quantized_file", "ГиБ", GG(L8, "Q4_K_M"), X, "gb_as_gib", rel=0.02, note="4,91 ГБ = 4,58 ГиБ")
claim(f, "4,58 ГиБ", "quantized_file", "ГиБ", GG(L8, "Q4_K_M"), H, anchor="4. «Q4_K_M Llama-3-8B", rel=0.02)
claim(f, "8,03 ГБ", "quantized_file", "ГБ", GG(L8, "F16"), X, "wrong_dtype", note="F16 16,06 ГБ")
claim(f, "16,06 ГБ", "quantized_file", "ГБ", GG(L8, "F16"), H, anchor="5. «F16 GGUF — 8,03 ГБ»", rel=0.02)
claim(f, "9,4 с", "time", "с", W(L70, "bf16") / 1.5e9, X, "off_2x", note="141,11 ГБ / 1,5 ГБ/с = 94 с")
claim(f, "94 с", "time", "с", W(L70, "bf16") / 1.5e9, H, anchor="при 1,5 ГБ/с это 94 с")
claim(f, "423 ГБ", "weights", "ГБ", 3 * W(L70, "bf16"), H)
claim(f, "423,3 ГБ", "weights", "ГБ", 3 * W(L70, "bf16"), H)
claim(f, "4,66 ГиБ", "arithmetic", "ГиБ", 5e9, H)
claim(f, "141,11 ГБ", "weights", "ГБ", W(L70, "bf16"), H, anchor="- 70B: 141,11 ГБ")
claim(f, "~94 с", "time", "с", W(L70, "bf16") / 1.5e9, H, hedged=True)
claim(f, "48,18 ГБ", "weights", "ГБ", 3 * W(L8, "bf16"), H, anchor="- слияние 8B")
claim(f, "96,4 ГБ", "weights", "ГБ", 3 * W(L8, "fp32"), H, anchor="- слияние 8B")
claim(f, "~37 ГБ", "arithmetic", "ГБ", 2 * W(L8, "bf16") + GG(L8, "Q4_K_M"), H, hedged=True)
non(f, "создано: 2026-08-19", "date")
non(f, "диск_на_сервере: \"3,84 ТБ NVMe\"", "disk capacity")
non(f, "Задача в трекере: REG-142", "ticket, date")
non(f, "max_shard_size: 5GB", "config value")

# ---- ru_06: аудит таблицы поставщика — Gemma 2 9B/27B, Qwen2.5-14B/32B, Mistral-Nemo, Phi-3-medium ----
f = "ru_06"
for m in ("gemma2-9b", "gemma2-27b", "qwen2.5-14b", "qwen2.5-32b", "nemo-12b", "phi3-medium"):
    claim(f, str(N[m]), "params", "params", N[m], H)
AUD = {  # row: model, (params, bf16 GB, bf16 GiB, int4 GB, KiB/token, 8K GiB) and the wrong cells
    "| Gemma-2-9B |": ("gemma2-9b", ("9,24", "18,48", "17,21", "9,24", "336", "5,25"), {3: "wrong_dtype", 5: "off_2x"}),
    "| Gemma-2-27B |": ("gemma2-27b", ("27,23", "27,23", "54,45", "13,61", "736", "2,875"),
                        {1: "wrong_dtype", 2: "gb_as_gib", 4: "off_2x"}),
    "| Qwen2.5-14B |": ("qwen2.5-14b", ("14,77", "29,54", "29,54", "7,39", "96", "3,0"), {2: "gb_as_gib", 4: "off_2x", 5: "off_2x"}),
    "| Qwen2.5-32B |": ("qwen2.5-32b", ("32,76", "65,53", "61,03", "32,76", "512", "4,0"), {3: "wrong_dtype", 4: "off_2x", 5: "off_2x"}),
    "| Mistral-Nemo-12B |": ("nemo-12b", ("12,25", "24,50", "24,50", "3,06", "320", "1,25"), {2: "gb_as_gib", 3: "off_2x", 4: "off_2x"}),
    "| Phi-3-medium |": ("phi3-medium", ("13,96", "27,92", "26,00", "6,98", "400", "3,125"), {4: "off_2x", 5: "off_2x"}),
}
for row, (m, figs, bad) in AUD.items():
    vals = [(N[m], "млрд", "params"), (W(m, "bf16"), "ГБ", "weights"), (W(m, "bf16"), "ГиБ", "weights"),
            (W(m, "int4"), "ГБ", "weights"), (KVT(m), "КиБ", "kv_cache_per_token"), (KV(m, 8192), "ГиБ", "kv_cache_total")]
    seen = Counter()
    for i, (fig, (v, u, kind)) in enumerate(zip(figs, vals)):
        seen[fig] += 1
        e = bad.get(i)
        claim(f, fig, kind, u, v, X if e else H, e, anchor=row, occ=seen[fig],
              note=f"correct {v / SCALE[u]:.4g} {u}" if e else "")
claim(f, "9,24 ГБ", "weights", "ГБ", W("gemma2-9b", "int4"), X, "wrong_dtype", anchor="- Gemma-2-9B int4: 9,24 ГБ",
      note="restating the vendor's cell; int4 4,62 ГБ")
claim(f, "4,62 ГБ", "weights", "ГБ", W("gemma2-9b", "int4"), H)
claim(f, "54,45 ГБ", "weights", "ГБ", W("gemma2-27b", "bf16"), H, anchor="- Gemma-2-27B: bf16 — 54,45 ГБ")
claim(f, "50,71", "weights", "ГиБ", W("gemma2-27b", "bf16"), H, anchor="- Gemma-2-27B: bf16 — 54,45 ГБ")
claim(f, "368 КиБ", "kv_cache_per_token", "КиБ", KVT("gemma2-27b"), H)
claim(f, "192 КиБ", "kv_cache_per_token", "КиБ", KVT("qwen2.5-14b"), H)
claim(f, "1,5 ГиБ", "kv_cache_total", "ГиБ", KV("qwen2.5-14b", 8192), H)
claim(f, "16,38 ГБ", "weights", "ГБ", W("qwen2.5-32b", "int4"), H)
claim(f, "22,81 ГиБ", "weights", "ГиБ", W("nemo-12b", "bf16"), H)
claim(f, "6,12 ГБ", "weights", "ГБ", W("nemo-12b", "int4"), H)
claim(f, "200 КиБ", "kv_cache_per_token", "КиБ", KVT("phi3-medium"), H)
claim(f, "1,5625 ГиБ", "kv_cache_total", "ГиБ", KV("phi3-medium", 8192), H)
claim(f, "1,835 млрд", "params", "млрд", 256000 * 3584, X, "off_2x", note="связанные таблицы: 917,5 млн")
claim(f, "917,5 млн", "params", "млн", 256000 * 3584, H)
claim(f, "16 ГиБ", "kv_cache_total", "ГиБ", KV("qwen2.5-32b", 131072), X, "off_2x", note="32 ГиБ")
claim(f, "32 ГиБ", "kv_cache_total", "ГиБ", KV("qwen2.5-32b", 131072), H)
claim(f, "20 ГиБ", "kv_cache_total", "ГиБ", KV("nemo-12b", 131072), H, anchor="держит 128K контекста в 20 ГиБ")
claim(f, "20 ГиБ", "kv_cache_total", "ГиБ", KV("nemo-12b", 131072), H, anchor="131‡072 × 160 КиБ = 20 ГиБ")
claim(f, "3,49 ГБ", "weights", "ГБ", W("phi3-medium", "int4"), X, "off_2x", note="6,98 ГБ")
claim(f, "6,98 ГБ", "weights", "ГБ", W("phi3-medium", "int4"), H)
claim(f, "54,45 ГБ", "weights", "ГБ", W("gemma2-27b", "bf16"), H, anchor="> «Gemma-2-27B в bf16 — 54,45 ГБ")
claim(f, "54,45 ГБ", "weights", "ГБ", W("gemma2-27b", "bf16"), H, anchor="✔ по размеру")
claim(f, "50,71 ГиБ", "weights", "ГиБ", W("gemma2-27b", "bf16"), H, anchor="✔ по размеру")
non(f, "дата_аудита: 2026-10-28", "date")
non(f, "документ_поставщика", "document version, page")
non(f, "Из 36 числовых ячеек таблицы неверны 16", "cell counts, request number, date")
non(f, "4 сервера по 2,9 млн ₽", "price")

# ---- ru_05: выгрузка KV-кэша в RAM — вопросы из чата команды и проверка ---------------------------------
f = "ru_05"
L8, Q7, L27, F7 = "llama3-8b", "qwen2.5-7b", "llama2-7b", "falcon-7b"
claim(f, "64 ГиБ", "kv_cache_total", "ГиБ", KV(L8, 131072), X, "off_2x", note="8 KV-голов: 16 ГиБ", quoted=True)
claim(f, "128 КиБ", "kv_cache_per_token", "КиБ", KVT(L8), H, anchor="- Проверка: 2 · 32 · 8 · 128 · 2")
claim(f, "16 ГиБ", "kv_cache_total", "ГиБ", KV(L8, 131072), H, anchor="- Проверка: 2 · 32 · 8 · 128 · 2")
claim(f, "17,18 ГБ", "kv_cache_total", "ГБ", KV(L8, 131072), H, anchor="- Проверка: 2 · 32 · 8 · 128 · 2")
claim(f, "8 ГиБ", "kv_cache_total", "ГиБ", KV(L8, 131072, b=1), H, anchor="- В fp8 — в 2 раза меньше")
claim(f, "в 2 раза", "ratio", "×", KVT(L8) / KVT(L8, 1), H, anchor="- В fp8 — в 2 раза меньше")
claim(f, "примерно 69 мс", "time", "мс", KV(L8, 131072) / 25e9, X, "off_2x", hedged=True, note="0,69 с", quoted=True)
claim(f, "≈ 0,69 с", "time", "с", KV(L8, 131072) / 25e9, H, hedged=True, anchor="- Проверка: 17,18 ГБ / 25 ГБ/с")
claim(f, "около 0,34 с", "time", "с", KV(L8, 131072) / 50e9, H, hedged=True)
claim(f, "около 15 токенов в секунду", "throughput", "tok/s", 25e9 / KV(L8, 131072), X, "off_2x", hedged=True, quoted=True,
      note="25 / 17,18 = 1,46 токена/с")
claim(f, "16 ГиБ", "kv_cache_total", "ГиБ", KV(L8, 131072), H, anchor="- Проверка: каждый шаг читает все 16 ГиБ")
claim(f, "≈ 1,46 токена/с", "throughput", "tok/s", 25e9 / KV(L8, 131072), H, hedged=True)
claim(f, "56 КиБ", "kv_cache_per_token", "КиБ", KVT(Q7), H, quoted=True, anchor="«56 КиБ на токен, 7 ГиБ на 128K»")
claim(f, "7 ГиБ", "kv_cache_total", "ГиБ", KV(Q7, 131072), H, quoted=True, anchor="«56 КиБ на токен, 7 ГиБ на 128K»")
claim(f, "112 КиБ", "kv_cache_per_token", "КиБ", KVT(Q7), X, "off_2x", quoted=True, note="4 KV-головы: 56 КиБ")
claim(f, "7 ГиБ", "kv_cache_total", "ГиБ", KV(Q7, 131072), H, anchor="- Перенос по PCIe 4.0: 7 ГиБ")
claim(f, "7,52 ГБ", "kv_cache_total", "ГБ", KV(Q7, 131072), H)
claim(f, "≈ 0,3 с", "time", "с", KV(Q7, 131072) / 25e9, H, hedged=True)
claim(f, "4 ГиБ", "kv_cache_total", "ГиБ", KV(L8, 32768), H, quoted=True, anchor="«4 ГиБ на сессию, итого 48 ГБ»")
claim(f, "48 ГБ", "kv_cache_total", "ГБ", KV(L8, 32768, 12), X, "gib_as_gb", quoted=True, note="48 ГиБ = 51,54 ГБ")
claim(f, "51,54", "kv_cache_total", "ГБ", KV(L8, 32768, 12), H, anchor="в ГБ это 51,54")
claim(f, "480 ГиБ", "kv_cache_total", "ГиБ", KV(L8, 32768, 12), X, "off_2x", quoted=True, note="48 ГиБ")
claim(f, "4 ГиБ", "kv_cache_total", "ГиБ", KV(L8, 32768), H, anchor="- Проверка: 32¦768 × 128 КиБ")
claim(f, "48 ГиБ", "kv_cache_total", "ГиБ", KV(L8, 32768, 12), H, anchor="- Проверка: 32¦768 × 128 КиБ")
claim(f, "512 КиБ", "kv_cache_per_token", "КиБ", KVT(L27), H)
claim(f, "в 4 раза", "ratio", "×", KVT(L27) / KVT(L8), H)
claim(f, "2 ГиБ", "kv_cache_total", "ГиБ", KV(L27, 4096), H, anchor="- На 4096 токенов: 2 ГиБ")
claim(f, "32 ГиБ", "kv_cache_total", "ГиБ", KV(L27, 4096, 16), H, anchor="- На 4096 токенов: 2 ГиБ")
claim(f, "8 ГиБ", "kv_cache_total", "ГиБ", KV(L27, 4096, 16), X, "off_2x", quoted=True, anchor="по 4K — 8 ГиБ",
      note="512 КиБ на токен: 32 ГиБ")
claim(f, "8 КиБ", "kv_cache_per_token", "КиБ", KVT(F7), H, quoted=True, anchor="значит 8 КиБ на токен")
claim(f, "1600 МиБ", "kv_cache_total", "МиБ", KV(F7, 2048, 100), H)
claim(f, "1,56 ГиБ", "kv_cache_total", "ГиБ", KV(F7, 2048, 100), H)
claim(f, "1600 МБ", "kv_cache_total", "МБ", KV(F7, 2048, 100), X, "gib_as_gb", quoted=True, note="1600 МиБ = 1677,7 МБ")
claim(f, "1677,7", "kv_cache_total", "МБ", KV(F7, 2048, 100), H)
claim(f, "0,5 ГиБ", "kv_cache_total", "ГиБ", KV(L8, 4096), H, quoted=True)
claim(f, "21 мс", "time", "мс", KV(L8, 4096) / 25e9, H, quoted=True, anchor="«0,5 ГиБ за 21 мс")
claim(f, "536,9 МБ", "kv_cache_total", "МБ", KV(L8, 4096), H)
claim(f, "≈ 21,5 мс", "time", "мс", KV(L8, 4096) / 25e9, H, hedged=True)
claim(f, "8,6 мс", "time", "мс", KV(L8, 32768) / 50e9, X, "off_2x", quoted=True, note="4,29 ГБ / 50 ГБ/с = 86 мс")
claim(f, "4,29 ГБ", "kv_cache_total", "ГБ", KV(L8, 32768), H)
claim(f, "≈ 86 мс", "time", "мс", KV(L8, 32768) / 50e9, H, hedged=True)
claim(f, "128 КиБ", "kv_cache_per_token", "КиБ", KVT(L8), H, anchor="- Llama-3-8B: 128 КиБ на токен, 16 ГиБ")
claim(f, "16 ГиБ", "kv_cache_total", "ГиБ", KV(L8, 131072), H, anchor="- Llama-3-8B: 128 КиБ на токен, 16 ГиБ")
claim(f, "≈ 0,69 с", "time", "с", KV(L8, 131072) / 25e9, H, hedged=True, anchor="- Llama-3-8B: 128 КиБ на токен, 16 ГиБ")
claim(f, "56 КиБ", "kv_cache_per_token", "КиБ", KVT(Q7), H, anchor="- Qwen2.5-7B: 56 КиБ на токен")
claim(f, "7 ГиБ", "kv_cache_total", "ГиБ", KV(Q7, 131072), H, anchor="- Qwen2.5-7B: 56 КиБ на токен")
claim(f, "≈ 1,5 токена/с", "throughput", "tok/s", 25e9 / KV(L8, 131072), H, hedged=True)
non(f, "создано: 2026-09-09", "date")
non(f, "Замеры на стенде", "measured copy time, driver version, bus load")
non(f, "pcie_gen4_x16", "link bandwidth assumption")

# ---- ru_07: отчёт о нагрузочном тесте Mistral-Nemo-12B fp8 на одной H100, план с ошибками --------------
f = "ru_07"
NM = "nemo-12b"
BUD07 = 0.9 * 80 * GIB
POOL07 = BUD07 - W(NM, "fp8") - 2 * GIB
POOL07B = BUD07 - W(NM, "bf16") - 2 * GIB
PRE07 = 2 * N[NM] * 2000
claim(f, "12247782400", "params", "params", N[NM], H)
claim(f, "24,5 ГБ", "weights", "ГБ", W(NM, "fp8"), X, "wrong_dtype", anchor="1. «Веса в fp8 — 24,5 ГБ»", note="fp8 12,25 ГБ; 24,5 — bf16")
claim(f, "12,25 ГБ", "weights", "ГБ", W(NM, "fp8"), H, anchor="1. «Веса в fp8 — 24,5 ГБ»")
claim(f, "11,41 ГиБ", "weights", "ГиБ", W(NM, "fp8"), H)
claim(f, "320 КиБ", "kv_cache_per_token", "КиБ", KVT(NM), X, "off_2x", note="160 КиБ")
claim(f, "160 КиБ", "kv_cache_per_token", "КиБ", KVT(NM), H, anchor="2 · 40 · 8 · 128 · 2 = 160 КиБ")
claim(f, "2,5 ГиБ", "kv_cache_total", "ГиБ", KV(NM, 8192), X, "off_2x", note="1,25 ГиБ")
claim(f, "1,25 ГиБ", "kv_cache_total", "ГиБ", KV(NM, 8192), H, anchor="8192 × 160 КиБ = 1,25 ГиБ")
claim(f, "72 ГиБ", "arithmetic", "ГиБ", BUD07, H, anchor="4. «Бюджет: 0,9 × 80 = 72 ГиБ")
claim(f, "около 58,6 ГиБ", "arithmetic", "ГиБ", POOL07, H, hedged=True)
claim(f, "58,59 ГиБ", "arithmetic", "ГиБ", POOL07, H)
claim(f, "~384 тыс. токенов", "tokens", "тыс. токенов", POOL07 / KVT(NM), H, hedged=True)
claim(f, "~47 сессий", "arithmetic", "сессий", POOL07 / KV(NM, 8192), H, hedged=True, anchor="5. «В пул войдёт")
claim(f, "137 токенов/с", "throughput", "tok/s", 3.35e12 / W(NM, "fp8"), X, "wrong_dtype", anchor="6. «Потолок декодирования", note="fp8: 273 токена/с; 137 — bf16")
claim(f, "12,25 ГБ", "weights", "ГБ", W(NM, "fp8"), H, anchor="3,35 ТБ/с ÷ 12,25 ГБ")
claim(f, "≈ 273 токена/с", "throughput", "tok/s", 3.35e12 / W(NM, "fp8"), H, hedged=True)
claim(f, "4,9·10¹²", "flops", "FLOP", PRE07, X, "off_2x", note="4,9·10¹³ FLOP")
claim(f, "4,9·10¹³", "flops", "FLOP", PRE07, H, anchor="2 · 12,25 млрд · 2000 = 4,9·10¹³")
claim(f, "≈ 10 мс", "time", "мс", PRE07 / (0.5 * 989e12), X, "off_2x", hedged=True, note="99 мс")
claim(f, "≈ 99 мс", "time", "мс", PRE07 / (0.5 * 989e12), H, hedged=True)
claim(f, "~94", "arithmetic", "сессий", POOL07 / KV(NM, 8192, b=1), H, hedged=True)
claim(f, "80 КиБ", "kv_cache_per_token", "КиБ", KVT(NM, 1), H, anchor="— 80 КиБ на токен, вдвое больше")
claim(f, "~47 сессий", "arithmetic", "сессий", POOL07 / KV(NM, 8192), H, hedged=True, anchor="ровно там, где кончается пул")
claim(f, "259,2 млн", "tokens", "млн токенов", 3000 * 86400, H)
claim(f, "25,9 млн", "tokens", "млн токенов", 3000 * 86400, X, "off_2x", note="259,2 млн")
claim(f, "2,59 млрд", "tokens", "млрд токенов", 3000 * 86400, X, "off_2x", note="259,2 млн")
claim(f, "около 1,04 млрд", "tokens", "млрд токенов", 4 * 3000 * 86400, H, hedged=True)
claim(f, "24,5 ГБ", "weights", "ГБ", W(NM, "bf16"), H, anchor="- Веса 24,5 ГБ = 22,81 ГиБ")
claim(f, "22,81 ГиБ", "weights", "ГиБ", W(NM, "bf16"), H, anchor="- Веса 24,5 ГБ = 22,81 ГиБ")
claim(f, "47,19 ГиБ", "arithmetic", "ГиБ", POOL07B, H)
claim(f, "≈ 309 тыс. токенов", "tokens", "тыс. токенов", POOL07B / KVT(NM), H, hedged=True)
claim(f, "≈ 37 сессий", "arithmetic", "сессий", POOL07B / KV(NM, 8192), H, hedged=True)
claim(f, "≈ 137 токенов/с", "throughput", "tok/s", 3.35e12 / W(NM, "bf16"), H, hedged=True)
claim(f, "160 КиБ", "kv_cache_per_token", "КиБ", KVT(NM), H, anchor="«в bf16 кэш занимает 160 КиБ")
claim(f, "40 КиБ", "kv_cache_per_token", "КиБ", KVT(NM, 1), X, "off_2x", note="fp8: 80 КиБ")
claim(f, "80 КиБ", "kv_cache_per_token", "КиБ", KVT(NM, 1), H, anchor="  в fp8 80 КиБ.")
claim(f, "1,25 ГиБ", "kv_cache_total", "ГиБ", KV(NM, 8192, b=1), X, "wrong_dtype", anchor="«на 8K в fp8 кэш — 1,25 ГиБ»",
      note="fp8 0,625 ГиБ; 1,25 — bf16")
claim(f, "0,625 ГиБ", "kv_cache_total", "ГиБ", KV(NM, 8192, b=1), H)
claim(f, "~47", "arithmetic", "сессий", POOL07 / KV(NM, 8192), H, hedged=True, anchor="Одна H100 с fp8-весами держит")
claim(f, "≈ 259 млн", "tokens", "млн токенов", 3000 * 86400, H, hedged=True)
non(f, "дата_теста: 2026-11-17", "date")
non(f, "тест: LT-81", "test id")
non(f, "инструмент: \"locust 2.31", "version")
non(f, "| 16 | 1¦380 |", "measured throughput, latency, error rate")
non(f, "| 32 | 2¦410 |", "measured throughput, latency")
non(f, "| 48 | 3¦020 |", "measured throughput, latency")
non(f, "| 64 | 3¦050 |", "measured throughput, latency, error rate")
non(f, "Потребление карты под нагрузкой", "power draw and temperature")

# ---- additions: wrong figures quoted or kept in the notes (first runs, drafts, slides, students) ------
f = "en_02"
for m, row, figs in (("gemma2-9b", "run0 gemma2-9b  ", ("9.24", "2.31", "168.0")),
                     ("gemma2-27b", "run0 gemma2-27b  ", ("27.23", "6.81", "184.0")),
                     ("qwen2.5-14b", "run0 qwen2.5-14b  ", ("14.77", "3.69", "96.0")),
                     ("qwen2.5-32b", "run0 qwen2.5-32b  ", ("32.76", "8.19", "128.0")),
                     ("nemo-12b", "run0 mistral-nemo-12b  ", ("12.25", "3.06", "80.0")),
                     ("phi3-medium", "run0 phi-3-medium  ", ("13.96", "3.49", "100.0"))):
    claim(f, figs[0], "weights", "GB", W(m, "bf16"), X, "wrong_dtype", anchor=row,
          note=f"bf16 {W(m, 'bf16') / 1e9:.2f} GB; the first run used 1 byte per parameter")
    claim(f, figs[1], "weights", "GB", W(m, "int4"), X, "off_2x", anchor=row,
          note=f"int4 {W(m, 'int4') / 1e9:.2f} GB; the first run used 2 bits")
    claim(f, figs[2], "kv_cache_per_token", "KiB", KVT(m), X, "off_2x", anchor=row,
          note=f"K and V: {KVT(m) / KIB:.0f} KiB per token")

f = "en_01"
for row, ctx, a, b in (("| 2048 |", 2048, "1", "64"), ("| 8192 |", 8192, "4", "256"), ("| 32768 |", 32768, "16", "1024")):
    claim(f, a, "kv_cache_total", "GiB", KV(L8, ctx), X, "off_2x", anchor=row, note=f"{KV(L8, ctx) / GIB:g} GiB per sequence")
    claim(f, b, "kv_cache_total", "GiB", KV(L8, ctx, 64), X, "off_2x", anchor=row, note=f"{KV(L8, ctx, 64) / GIB:g} GiB for 64")
claim(f, "0.25", "kv_cache_total", "GiB", KV(L8, 2048), H, anchor="The correct cells are 0.25")
claim(f, "16", "kv_cache_total", "GiB", KV(L8, 2048, 64), H, anchor="The correct cells are 0.25")
claim(f, "1", "kv_cache_total", "GiB", KV(L8, 8192), H, anchor="The correct cells are 0.25")
claim(f, "64", "kv_cache_total", "GiB", KV(L8, 8192, 64), H, anchor="The correct cells are 0.25")
claim(f, "4", "kv_cache_total", "GiB", KV(L8, 32768), H, anchor="The correct cells are 0.25")
claim(f, "256 GiB", "kv_cache_total", "GiB", KV(L8, 32768, 64), H, anchor="The correct cells are 0.25")

f = "en_03"
claim(f, "65.5 GB", "weights", "GB", W(Q32, "bf16") / 2, X, "per_gpu", anchor="#   bf16 weights per GPU:", note="32.76 GB per GPU")
claim(f, "32.8 GB", "weights", "GB", W(Q32, "fp8") / 2, X, "per_gpu", anchor="#   fp8 weights per GPU:", note="16.38 GB per GPU")
claim(f, "16.4 GB", "weights", "GB", W(Q32, "int4") / 2, X, "per_gpu", anchor="#   int4 weights per GPU:", note="8.19 GB per GPU")
claim(f, "32.76", "weights", "GB", W(Q32, "bf16") / 2, H, anchor="❌ All three are whole-model sizes")
claim(f, "16.38", "weights", "GB", W(Q32, "fp8") / 2, H, anchor="❌ All three are whole-model sizes")
claim(f, "8.19 GB", "weights", "GB", W(Q32, "int4") / 2, H, anchor="❌ All three are whole-model sizes")

f = "en_04"
claim(f, "192 KiB", "kv_cache_per_token", "KiB", KVT(GM), X, "off_2x", note="96 KiB")
claim(f, "1.34 GB", "weights", "GB", W(BL, "fp16"), X, "wrong_dtype", anchor="- S23:", note="fp16 0.67 GB; 1.34 GB is fp32")
claim(f, "0.67 GB", "weights", "GB", W(BL, "fp16"), H)
claim(f, "26.03 GiB", "weights", "GiB", W(L13, "fp16"), X, "gb_as_gib", note="26.03 GB = 24.24 GiB")
claim(f, "24.24 GiB", "weights", "GiB", W(L13, "fp16"), H)
claim(f, "13.02 GB", "weights", "GB", W(L13, "fp16"), X, "wrong_dtype", note="fp16 26.03 GB; 13.02 GB is int8")
claim(f, "7.47e20", "flops", "FLOP", C04, X, "off_2x", note="6ND = 3.74e20")
claim(f, "10.3 %", "percentage", "%", 100 * 50257 * 1600 / N[GX], X, "off_2x", note="5.2 %")

f = "en_06"
claim(f, "671 MB", "weights", "MB", 2 * LG06, X, "wrong_dtype", anchor="9. \"A large (r=64", note="bf16 335.5 MB; 671 MB is fp32")
claim(f, "335.5 MB", "weights", "MB", 2 * LG06, H, anchor="9. \"A large (r=64")
claim(f, "16.8 GB", "weights", "GB", 500 * 2 * LG06, X, "off_2x", note="167.8 GB")
claim(f, "167.8 GB", "weights", "GB", 500 * 2 * LG06, H, anchor="10. \"500 large adapters")
claim(f, "167.8M", "params", "M", LG06, H, anchor="11. \"167.8M parameters")
claim(f, "0.34 GB", "weights", "GB", 4 * LG06, X, "wrong_dtype", anchor="11. \"167.8M parameters", note="fp32 0.67 GB; 0.34 GB is bf16")
claim(f, "0.67 GB", "weights", "GB", 4 * LG06, H, anchor="11. \"167.8M parameters")

f = "en_07"
claim(f, "65.71 GB", "weights", "GB", W(L70, "fp8"), X, "gib_as_gb", note="65.71 GiB = 70.55 GB")
claim(f, "282 GB", "weights", "GB", W(L70, "bf16"), X, "off_2x", note="bf16 141.11 GB")
claim(f, "141.11 GB", "weights", "GB", W(L70, "bf16"), H, anchor="(double the real 141.11 GB)")

f = "ru_01"
claim(f, "545 млн", "params", "млн", 2 * E_Q, X, "off_2x", anchor="«таблицы Qwen2.5-7B — 545 млн", note="две таблицы: 1,09 млрд")
claim(f, "1,09 млрд", "params", "млрд", 2 * E_Q, H, anchor="«таблицы Qwen2.5-7B — 545 млн")
claim(f, "2,18 ГБ", "weights", "ГБ", 8 * E_Q, X, "wrong_dtype", anchor="«в fp32 обе таблицы Qwen", note="fp32 4,36 ГБ")
claim(f, "4,36 ГБ", "weights", "ГБ", 8 * E_Q, H, anchor="«в fp32 обе таблицы Qwen")
claim(f, "28,6 %", "percentage", "%", 100 * 2 * E_Q / N["qwen2.5-7b"], X, "off_2x", note="14,31 %")
claim(f, "14,31 %", "percentage", "%", 100 * 2 * E_Q / N["qwen2.5-7b"], H, anchor="посчитали четыре таблицы")
claim(f, "15,5 %", "percentage", "%", 100 * E_G2 / N["gpt2"], X, "off_2x", note="31,02 %")
claim(f, "31,02 %", "percentage", "%", 100 * E_G2 / N["gpt2"], H, anchor="«у GPT-2 на словарь уходит")

f = "ru_02"
claim(f, "427,8 млн", "params", "млн", PL02, X, "off_2x", note="855,65 млн")
claim(f, "855,65 млн", "params", "млн", PL02, H, anchor="(правильно 855,65 млн)")
claim(f, "320 КиБ", "kv_cache_per_token", "КиБ", KVT(L70B) / 4, X, "per_gpu", anchor="«кэш стадии — 320 КиБ", note="у стадии 80 КиБ на токен")
claim(f, "80 КиБ", "kv_cache_per_token", "КиБ", KVT(L70B) / 4, H, anchor="«кэш стадии — 320 КиБ")
claim(f, "160 ГиБ", "kv_cache_total", "ГиБ", KV(L70B, 4096, 32), X, "off_2x", note="40 ГиБ")
claim(f, "40 ГиБ", "kv_cache_total", "ГиБ", KV(L70B, 4096, 32), H, anchor="«кэш батча 32 × 4096 — 160 ГиБ»")

f = "ru_03"
claim(f, "9,3 ГБ", "quantized_file", "ГБ", GG("qwen2.5-7b", "Q4_K_M"), X, "off_2x", rel=0.02, anchor="Qwen2.5-7B Q4_K_M весит 9,3 ГБ", note="Q4_K_M 4,66 ГБ")
claim(f, "12,4 ток/с", "throughput", "tok/s", BW_LT / GG(M7, "F16"), X, "off_2x", anchor="ноутбуке выдаёт в потолке 12,4", note="89,6 / 14,48 = 6,2 ток/с")
claim(f, "около 4,66 ГБ", "quantized_file", "ГБ", GG("qwen2.5-7b", "Q4_K_M"), H, hedged=True)
claim(f, "8,09 ГБ", "quantized_file", "ГБ", GG("qwen2.5-7b", "Q8_0"), H, rel=0.02)
claim(f, "14,48 ГБ", "quantized_file", "ГБ", GG(M7, "F16"), H, anchor="А F16 Mistral-7B — 14,48 ГБ", rel=0.02)
claim(f, "≈ 6,2 ток/с", "throughput", "tok/s", BW_LT / GG(M7, "F16"), H, hedged=True)

f = "ru_05"
claim(f, "16 ГиБ", "kv_cache_total", "ГиБ", KV(L8, 131072, b=1), X, "wrong_dtype", anchor="«в fp8 будет те же 16 ГиБ", quoted=True,
      note="fp8 8 ГиБ; 16 ГиБ — bf16")
claim(f, "3,5 ГиБ", "kv_cache_total", "ГиБ", KV(Q7, 32768), X, "off_2x", quoted=True, note="1,75 ГиБ")
claim(f, "1,75 ГиБ", "kv_cache_total", "ГиБ", KV(Q7, 32768), H)

f = "ru_07"
claim(f, "10,4 млрд", "tokens", "млрд токенов", 4 * 3000 * 86400, X, "off_2x", note="1,04 млрд")


# ---- additions, second batch --------------------------------------------------------------------------
f = "ru_06"
claim(f, "2,625 ГиБ", "kv_cache_total", "ГиБ", KV("gemma2-9b", 8192), H)
claim(f, "27,51", "weights", "ГиБ", W("qwen2.5-14b", "bf16"), H, anchor="bf16 в ГиБ — 27,51")
claim(f, "256 КиБ", "kv_cache_per_token", "КиБ", KVT("qwen2.5-32b"), H, anchor="- Qwen2.5-32B: int4 16,38 ГБ")
claim(f, "2 ГиБ", "kv_cache_total", "ГиБ", KV("qwen2.5-32b", 8192), H, anchor="- Qwen2.5-32B: int4 16,38 ГБ")
claim(f, "160 КиБ", "kv_cache_per_token", "КиБ", KVT("nemo-12b"), H, anchor="  кэш 160 КиБ на токен.")

f = "en_05"
claim(f, "16.06 GB", "training", "GB", 16 * N[L8], X, "off_2x", anchor="policy 16.06 GB, value", note="trained policy: 128.48 GB")
claim(f, "15.01 GB", "training", "GB", 16 * RM, X, "off_2x", anchor="  15.01 GB, total 62.14 GB", note="trained value model: 120.08 GB")
claim(f, "62.14 GB", "training", "GB", PPO_TOT, X, "off_2x", anchor="  15.01 GB, total 62.14 GB", note="279.63 GB")
claim(f, "32 GB", "training", "GB", 12 * N[L8], X, "off_2x", note="12 B/param: 96.36 GB")
claim(f, "96.36 GB", "training", "GB", 12 * N[L8], H)

f = "en_01"
claim(f, "178,000 tokens", "tokens", "tokens", 2 * POOL / KVT(L8), X, "off_2x", note="about 89,000 tokens")
claim(f, "25.8 GiB", "arithmetic", "GiB", POOL8, X, "off_2x", note="12.9 GiB")

f = "en_03"
claim(f, "0.5 GiB", "kv_cache_total", "GiB", KV(Q32, 8192, b=1), X, "off_2x", note="fp8 8K session: 1 GiB")
claim(f, "1 GiB", "kv_cache_total", "GiB", KV(Q32, 8192, b=1), H, anchor="**me:** 1 GiB per 8K session in fp8")
claim(f, "86.2 GiB", "arithmetic", "GiB", 2 * KVG03, H, anchor="**me:** 1 GiB per 8K session in fp8")
claim(f, "~120 tokens/s", "throughput", "tok/s", 2e12 / (W(Q32, "bf16") / 2), X, "off_2x", hedged=True,
      note="per-card ceiling 61 tokens/s")
claim(f, "≈ 61 tokens/s", "throughput", "tok/s", 2e12 / (W(Q32, "bf16") / 2), H, hedged=True, anchor="ceiling stays ≈ 61")

f = "en_07"
claim(f, "13.48 GB", "weights", "GB", W("llama2-7b", "fp16"), H)
claim(f, "12.55 GiB", "weights", "GiB", W("llama2-7b", "fp16"), H)
claim(f, "6.74 GB", "weights", "GB", W("llama2-7b", "fp16"), X, "wrong_dtype", note="fp16 13.48 GB; 6.74 GB is int8")
claim(f, "128 KiB", "kv_cache_per_token", "KiB", KVT("llama2-7b"), X, "off_2x", anchor="It also said \"KV 128 KiB", note="MHA: 512 KiB")
claim(f, "512 MiB", "kv_cache_total", "MiB", KV("llama2-7b", 4096), X, "off_2x", anchor="It also said \"KV 128 KiB", note="2 GiB")
claim(f, "512 KiB", "kv_cache_per_token", "KiB", KVT("llama2-7b"), H, anchor="It also said \"KV 128 KiB")
claim(f, "2 GiB", "kv_cache_total", "GiB", KV("llama2-7b", 4096), H, anchor="  token, 2 GiB per 4K session.")
claim(f, "89 tokens/s", "throughput", "tok/s", 600e9 / W("llama2-7b", "fp16"), X, "off_2x", note="600 / 13.48 = 44.5")
claim(f, "≈ 44.5 tokens/s", "throughput", "tok/s", 600e9 / W("llama2-7b", "fp16"), H, hedged=True)

f = "en_04"
claim(f, "709.6 MiB", "weights", "MiB", W(GM, "fp16"), X, "gb_as_gib", note="709.6 MB = 676.8 MiB")
claim(f, "≈ 31 tokens/s", "throughput", "tok/s", 1.6e12 / W(L13, "fp16"), X, "wrong_dtype", hedged=True,
      note="fp16 ceiling 61 tokens/s; 31 is the fp32 ceiling")
claim(f, "about 8,300 GPU-hours", "time", "GPU-hours", GPUH04, X, "off_2x", hedged=True, note="832 GPU-hours")
claim(f, "3.37 GiB", "weights", "GiB", W(L7, "int4"), X, "gb_as_gib", note="3.37 GB = 3.14 GiB")

f = "ru_01"
claim(f, "131 млн", "params", "млн", 2 * E_L2, X, "off_2x", anchor="«у Mistral-7B на обе таблицы 131 млн»", note="262,1 млн")
claim(f, "262,1 млн", "params", "млн", 2 * E_L2, H, anchor="«у Mistral-7B на обе таблицы 131 млн»")
claim(f, "1048,6 МБ", "weights", "МБ", 4 * E_L2, X, "off_2x", note="524,3 МБ")
claim(f, "524,3 МБ", "weights", "МБ", 4 * E_L2, H, anchor="262,1 млн × 2 байта = 524,3 МБ")
claim(f, "262,1 МБ", "weights", "МБ", 4 * E_L2, X, "off_2x", note="524,3 МБ")
claim(f, "524,3 МБ", "weights", "МБ", 4 * E_L2, H, anchor="вдвое больше: 524,3 МБ")

f = "ru_02"
claim(f, "17 %", "percentage", "%", 100 * 3 / 35, X, "off_2x", note="3/35 = 8,6 %")
claim(f, "≈ 8,6 %", "percentage", "%", 100 * 3 / 35, H, hedged=True)
claim(f, "10 ГиБ", "kv_cache_total", "ГиБ", KV(L70B, 4096, 64) / 4, X, "off_2x", anchor="стадии не «те же 10 ГиБ»", note="20 ГиБ")
claim(f, "20 ГиБ", "kv_cache_total", "ГиБ", KV(L70B, 4096, 64) / 4, H, anchor="он сказал, а 20 ГиБ")

f = "ru_03"
claim(f, "27 ток/с", "throughput", "tok/s", BW_SRV / GG(L8, "Q8_0"), X, "off_2x", note="460,8 / 8,53 = 54 ток/с")
claim(f, "2,87 ГБ", "quantized_file", "ГБ", GG(L8, "Q5_K_M"), X, "off_2x", rel=0.02, note="Q5_K_M 5,73 ГБ")
claim(f, "≈ 54 ток/с", "throughput", "tok/s", BW_SRV / GG(L8, "Q8_0"), H, hedged=True)
claim(f, "5,73 ГБ", "quantized_file", "ГБ", GG(L8, "Q5_K_M"), H, rel=0.02)

f = "ru_04"
claim(f, "29,54 ГБ", "weights", "ГБ", W(Q14, "fp32"), X, "wrong_dtype", anchor="9. «Qwen2.5-14B в fp32", note="fp32 59,08 ГБ")
claim(f, "59,08 ГБ", "weights", "ГБ", W(Q14, "fp32"), H)
claim(f, "74 ГБ", "arithmetic", "ГБ", 2 * W(L8, "bf16") + GG(L8, "Q4_K_M"), X, "off_2x", note="37,03 ГБ")
claim(f, "37,03 ГБ", "arithmetic", "ГБ", 2 * W(L8, "bf16") + GG(L8, "Q4_K_M"), H, anchor="10. «Под конвертацию 8B", rel=0.02)

f = "ru_05"
claim(f, "4 ГиБ", "kv_cache_total", "ГиБ", KV(F7, 131072), X, "off_2x", anchor="«у Falcon-7B на 128K — 4 ГиБ»", quoted=True, note="1 ГиБ")
claim(f, "1 ГиБ", "kv_cache_total", "ГиБ", KV(F7, 131072), H, anchor="«у Falcon-7B на 128K — 4 ГиБ»")
claim(f, "21 мс", "time", "мс", KV(L8, 4096) / 50e9, X, "off_2x", anchor="«4K по PCIe 5.0 — 21 мс", quoted=True, note="10,7 мс")
claim(f, "≈ 10,7 мс", "time", "мс", KV(L8, 4096) / 50e9, H, hedged=True)

f = "ru_07"
claim(f, "12,25 ГБ", "weights", "ГБ", W(NM, "fp8") / 4, X, "per_gpu", anchor="10. «На 4 картах с TP=4", note="на карту 3,06 ГБ")
claim(f, "3,06 ГБ", "weights", "ГБ", W(NM, "fp8") / 4, H, anchor="10. «На 4 картах с TP=4")

f = "en_02"
claim(f, "320 KiB", "kv_cache_per_token", "KiB", KVT("nemo-12b"), X, "off_2x", quoted=True, note="160 KiB")
claim(f, "400 KiB", "kv_cache_per_token", "KiB", KVT("phi3-medium"), X, "off_2x", quoted=True, note="200 KiB")

f = "en_06"
claim(f, "27.3 MB", "weights", "MB", 4 * SM06, X, "wrong_dtype", anchor="\"27.3 MB in fp32\"", note="fp32 54.5 MB")
claim(f, "54.5 MB", "weights", "MB", 4 * SM06, H)


# ---- additions, third batch: blocks of wrong figures quoted in the notes -----------------------------
f = "en_01"
claim(f, '8 GB', 'weights', 'GB', W(L8, "bf16"), X, 'wrong_dtype', anchor='- "Llama-3.1-8B in bf16 is 8 GB, so it c')
claim(f, '40 GiB', 'kv_cache_total', 'GiB', KV(L8, 32768), X, 'off_2x', anchor='- "A 32K chat needs 40 GiB of cache."')
claim(f, '10.8 GiB', 'arithmetic', 'GiB', BUDGET, X, 'off_2x', anchor='- "vLLM\'s 0.90 budget on this card is on')
claim(f, '~150 tokens/s', 'throughput', 'tok/s', A10G_BW / W(L8, "fp8"), X, 'off_2x', anchor='- "With fp8 weights decode goes to ~150 ', hedged=True)
claim(f, '128 KB', 'kv_cache_per_token', 'KB', KVT(L8), X, 'gib_as_gb', anchor='- "The per-token cache is 128 KB." (It i')
claim(f, '11 sequences', 'arithmetic', 'sequences', POOL / KV(L8, 8192), X, 'off_2x', anchor='- "At 8K the pool holds 11 sequences." (')
f = "en_02"
claim(f, '14.77 GB', 'weights', 'GB', W("qwen2.5-14b", "bf16"), X, 'wrong_dtype', anchor='- "Qwen2.5-14B is 14.77 GB in bf16." ✗ (')
claim(f, '27.2 GB', 'weights', 'GB', W("gemma2-27b", "int4"), X, 'wrong_dtype', anchor='- "Gemma 2 27B in int4 is 27.2 GB." ✗ (i')
claim(f, '3.125 GiB', 'kv_cache_total', 'GiB', KV("phi3-medium", 8192), X, 'off_2x', anchor='- "Phi-3-medium\'s cache at 8K is 3.125 G')
claim(f, '24.5 GiB', 'weights', 'GiB', W("nemo-12b", "bf16"), X, 'gb_as_gib', anchor='- "Mistral-Nemo in bf16 is 24.5 GiB." ✗ ')
claim(f, '1.84B', 'params', 'B', 256000 * 3584, X, 'off_2x', anchor='- "Gemma 2 9B spends 1.84B parameters on')
claim(f, '4 GiB', 'kv_cache_total', 'GiB', KV("qwen2.5-32b", 8192), X, 'off_2x', anchor='- "Qwen2.5-32B\'s cache at 8K is 4 GiB." ')
f = "en_03"
claim(f, '64 KiB', 'kv_cache_per_token', 'KiB', KVT(Q32), X, 'off_2x', anchor='- "64 layers, so the cache is 64 KiB per')
claim(f, '16.4 GB', 'weights', 'GB', W(Q32, "fp8"), X, 'wrong_dtype', anchor='- "The fp8 model is 16.4 GB." (int4 size')
claim(f, '16 GiB', 'kv_cache_total', 'GiB', KV(Q32, 32768), X, 'off_2x', anchor='- "One 32K session is 16 GiB."')
claim(f, '43.09 GiB', 'arithmetic', 'GiB', 2 * KVG03, X, 'per_gpu', anchor='- "The KV pool of the pair is 43.09 GiB.')
claim(f, '32.8 GB', 'weights', 'GB', W(Q32, "int4"), X, 'wrong_dtype', anchor='- "int4 halves the bf16 size to 32.8 GB.')
f = "en_04"
claim(f, '2.68 GB', 'training', 'GB', 16 * N[BL], X, 'per_gpu', anchor='- S32: "with DDP on 2 GPUs, 2.68 GB of s')
claim(f, '2.84 GB', 'weights', 'GB', W(GM, "fp16"), X, 'off_2x', anchor='- S33: "GPT-2 medium in fp16: 2.84 GB" ✗')
claim(f, '52.06 GB', 'weights', 'GB', W(L13, "fp16"), X, 'wrong_dtype', anchor='- S34: "Llama-2-13B fp16 weights: 52.06 ')
claim(f, '40.2M', 'params', 'M', 50257 * 1600, X, 'off_2x', anchor='- S35: "GPT-2 XL embedding: 40.2M" ✗')
f = "en_05"
claim(f, '8 GB', 'weights', 'GB', W(L8, "bf16"), X, 'wrong_dtype', anchor='- "Reference model in bf16: 8 GB." — int')
claim(f, '141 GB', 'weights', 'GB', W(L70, "bf16") / 8, X, 'per_gpu', anchor='- "Teacher 70B in bf16 on 8 GPUs: 141 GB')
claim(f, '39.1 GiB', 'arithmetic', 'GiB', 4 * 2048 * 128256 * 4, X, 'off_2x', anchor='- "Logits of a 4 × 2048 micro-batch in f')
claim(f, '1.25 MiB', 'kv_cache_per_token', 'MiB', KVT(L70), X, 'off_2x', anchor='- "Llama-3-70B cache: 1.25 MiB per token')
claim(f, '60 GB', 'training', 'GB', 16 * RM, X, 'off_2x', anchor='- "Value model state: 60 GB." — halved')
f = "en_06"
claim(f, '803 GB', 'weights', 'GB', 500 * W(L8, "bf16"), X, 'off_2x', anchor='- "500 merged copies would be 803 GB." ✗')
claim(f, '1.36M', 'params', 'M', SM06, X, 'off_2x', anchor='- "A small adapter has 1.36M parameters.')
claim(f, '2.68 GB', 'weights', 'GB', 32 * 2 * LG06, X, 'off_2x', anchor='- "32 large adapters have 2.68 GB of par')
f = "en_07"
claim(f, '5 GiB', 'kv_cache_total', 'GiB', KV(L70, 8192, 32) / 4, X, 'off_2x', anchor='- Review sheet said "KV per GPU 5 GiB"; ')
claim(f, '8.82 GB', 'weights', 'GB', W(L70, "fp8") / 4, X, 'off_2x', anchor='- Review sheet said "fp8 weights per GPU')
claim(f, '926 tokens/s', 'throughput', 'tok/s', 3.35e12 / W(M7, "fp8"), X, 'off_2x', anchor='- Review sheet said "Mistral-7B fp8 ceil')
f = "ru_01"
claim(f, '19,3 млн', 'params', 'млн', E_G2, X, 'off_2x', anchor='- «таблица GPT-2 — 19,3 млн параметров»')
claim(f, '262,7 млн', 'params', 'млн', E_L3, X, 'off_2x', anchor='- «одна таблица Llama-3 — 262,7 млн»')
claim(f, '1,09 ГБ', 'weights', 'ГБ', 4 * E_Q, X, 'off_2x', anchor='- «обе таблицы Qwen2.5-7B в bf16 — 1,09 ')
claim(f, '46,9 млн', 'params', 'млн', E_BB, X, 'off_2x', anchor='- «таблица BERT-base — 46,9 млн параметр')
f = "ru_02"
claim(f, '275,9 ГБ', 'weights', 'ГБ', W(L70B, "bf16"), X, 'off_2x', anchor='- Игорь: «вся 70B в bf16 — 275,9 ГБ»')
claim(f, '40 слоёв', 'arithmetic', 'слоёв', 80 / 4, X, 'off_2x', anchor='- Анна: «на стадию придётся 40 слоёв»')
claim(f, '160 КиБ', 'kv_cache_per_token', 'КиБ', KVT(L70B) / 4, X, 'off_2x', anchor='- Борис: «кэш стадии — 160 КиБ на токен»')
claim(f, '5 ГиБ', 'kv_cache_total', 'ГиБ', KV(L70B, 4096), X, 'off_2x', anchor='- Вера (оговорилась): «одна сессия 4096 ')
f = "ru_03"
claim(f, '2,2 ГБ', 'quantized_file', 'ГБ', GG(M7, "Q4_K_M"), X, 'off_2x', anchor='- «Mistral-7B Q4_K_M — 2,2 ГБ» (правильн', rel=0.02)
claim(f, '4,2 ток/с', 'throughput', 'tok/s', BW_LT / GG(L70, "Q4_K_M"), X, 'off_2x', anchor='- «потолок ноутбука для Llama-3-70B Q4_K')
f = "ru_04"
claim(f, '58 файлов', 'arithmetic', 'файлов', W(L70, "bf16") / 5e9, X, 'off_2x', anchor='- «у 70B при 5 ГБ на шард будет 58 файло')
claim(f, '14,77 ГБ', 'weights', 'ГБ', W(Q14, "bf16"), X, 'wrong_dtype', anchor='- «Qwen2.5-14B в bf16 — 14,77 ГБ»')
claim(f, '70,6 ГБ', 'quantized_file', 'ГБ', GG(L70, "F16"), X, 'wrong_dtype', anchor='- «F16 GGUF для 70B — 70,6 ГБ»', rel=0.02)
claim(f, '141 ГБ', 'weights', 'ГБ', 3 * W(L70, "bf16"), X, 'off_2x', anchor='- «слияние двух 70B в bf16 — 141 ГБ памя')
f = "ru_05"
claim(f, '8 ГиБ', 'kv_cache_total', 'ГиБ', KV(L8, 131072), X, 'wrong_dtype', anchor='- «Llama-3-8B на 128K в bf16 — 8 ГиБ»', quoted=True)
claim(f, '28 КиБ', 'kv_cache_per_token', 'КиБ', KVT(Q7), X, 'off_2x', anchor='- «у Qwen2.5-7B 28 КиБ на токен»', quoted=True)
claim(f, '6,9 с', 'time', 'с', KV(L8, 131072) / 25e9, X, 'off_2x', anchor='- «перенос 16 ГиБ по PCIe 4.0 займёт 6,9', quoted=True)
claim(f, '512 МиБ', 'kv_cache_total', 'МиБ', KV(L27, 4096), X, 'off_2x', anchor='- «у Llama-2-7B на 4096 токенов — 512 Ми', quoted=True)
f = "ru_06"
claim(f, '14,77 ГБ', 'weights', 'ГБ', W("qwen2.5-14b", "int4"), X, 'wrong_dtype', anchor='- «Qwen2.5-14B в int4 — 14,77 ГБ»')
claim(f, '5,75 ГиБ', 'kv_cache_total', 'ГиБ', KV("gemma2-27b", 8192), X, 'off_2x', anchor='- «Gemma-2-27B: кэш на 8K — 5,75 ГиБ»')
claim(f, '13,96 ГБ', 'weights', 'ГБ', W("phi3-medium", "bf16"), X, 'wrong_dtype', anchor='- «Phi-3-medium в bf16 — 13,96 ГБ»')
f = "ru_07"
claim(f, '29,3 ГиБ', 'arithmetic', 'ГиБ', POOL07, X, 'off_2x', anchor='- «пул при fp8-весах — 29,3 ГиБ»')
claim(f, '990 мс', 'time', 'мс', PRE07 / (0.5 * 989e12), X, 'off_2x', anchor='- «префилл 2000 токенов ≈ 990 мс»', hedged=True)
claim(f, '2592 млн', 'tokens', 'млн токенов', 3000 * 86400, X, 'off_2x', anchor='- «за сутки при 3000 ток/с — 2592 млн то')
claim(f, '12,25 ГБ', 'weights', 'ГБ', W(NM, "bf16"), X, 'wrong_dtype', anchor='- «веса в bf16 — 12,25 ГБ»')


# ---- more non-claim lines ---------------------------------------------------------------------------
non("en_01", "| 15:10 | rollback attempted", "time, HTTP status")
non("en_01", "| 17:41 | all replicas healthy", "time, error rate")
non("en_01", "AI-1: roll back to 8K context", "clock time, ticket number")
non("en_03", "tensor_parallel_size: 2", "config value")
non("en_03", "  max_num_seqs: 32", "config value")
non("en_04", "due: 2026-09-29", "date")
non("en_05", "updated: 2026-11-09", "date")
non("en_06", "- q and o: 4096 → 4096, so r·8192 each", "shapes and a formula with a free variable")
non("en_07", "## 2026-11-30 — v14", "date and version heading")
non("en_07", "## 2026-04-20 — v11", "date and version heading")
non("ru_01", "занятие: 4", "lesson number")
non("ru_02", "micro_batches: 16", "config value")
non("ru_03", "обновлено: 2026-07-04", "date")
non("ru_04", "обновлено: 2026-08-23", "date")
non("ru_04", "скорость_диска", "disk speed spec")
non("ru_06", "запрос: RFQ-2026-118", "request number")
non("ru_07", "стенд: gpu-12", "host name, device spec")


# ---- additions, fourth batch: MoE total vs active, per-token vs total, bounds and ranges ------------------
f = "en_07"
MX = "mixtral-8x7b"
claim(f, "46,702,792,704", "params", "params", N[MX], H)
claim(f, "12,879,925,248", "params", "params", ACTIVE_M7, H)
claim(f, "93.41 GB", "weights", "GB", W(MX, "bf16"), H, anchor="- bf16 weights: 93.41 GB")
claim(f, "86.99 GiB", "weights", "GiB", W(MX, "bf16"), H)
claim(f, "25.76 GB", "weights", "GB", W(MX, "bf16"), X, "wrong_kind", anchor="The eval sheet listed",
      note="all experts are resident: 93.41 GB; 25.76 GB is the active parameters")
claim(f, "25.76 GB", "weights", "GB", 2 * ACTIVE_M7, H, anchor="Decode at batch 1 reads only the active experts")
claim(f, "≈ 130 tokens/s", "throughput", "tok/s", 3.35e12 / (2 * ACTIVE_M7), H, hedged=True)
claim(f, "36 tokens/s", "throughput", "tok/s", 3.35e12 / (2 * ACTIVE_M7), X, "wrong_kind",
      note="decode reads the active experts only: 130 tokens/s")
claim(f, "93.41 GB", "weights", "GB", W(MX, "bf16"), H, anchor="The sheet's ceiling of")
claim(f, "128 KiB", "kv_cache_per_token", "KiB", KVT(MX), H, anchor="- KV per token: 128 KiB, as for Mistral-7B")

f = "ru_05"
claim(f, "16 ГиБ", "kv_cache_per_token", "ГиБ", KVT(L8), X, "wrong_kind", anchor="- «кэш Llama-3-8B — 16 ГиБ на токен»", quoted=True,
      note="на токен 128 КиБ; 16 ГиБ — весь кэш на 128K")

f = "en_01"
claim(f, "4 GiB", "kv_cache_per_token", "GiB", KVT(L8), X, "wrong_kind", anchor="Each token of context costs 4 GiB",
      note="128 KiB per token; 4 GiB is a whole 32K sequence")
claim(f, "45,000 tokens", "tokens", "tokens", POOL / KVT(L8), H, bound="upper")

f = "en_03"
claim(f, "256 GiB", "kv_cache_total", "GiB", KV(Q32, 32768, 32), H, bound="lower", anchor="The PR's promise of 32 × 32K needs at least")

f = "ru_07"
claim(f, "47 сессий", "arithmetic", "сессий", POOL07 / KV(NM, 8192), H, bound="upper", anchor="вмещает не более 47 сессий")

f = "ru_04"
claim(f, "от 4,7 до 5 ГБ", "weights", "ГБ", W(L70, "bf16") / 30, H, rng=True)

f = "en_06"
claim(f, "1.1–13.4 ms", "time", "ms", [2 * SM06 / 25e9, 2 * LG06 / 25e9], H, rng=True)

f = "en_05"
claim(f, "40 GB", "arithmetic", "GB", W(L70, "bf16") / 8 + zero(N[L8], 8, 3), H, bound="upper", anchor="stays under 40 GB per card")

non("ru_05", "\\text{KV} = 2 \\cdot L", "LaTeX formula with free variables")
non("ru_03", "[^1]: Это теоретический пик", "footnote with a measured bandwidth")


# ---- additions, fifth batch: x1000 / x1024 unit slips ------------------------------------------------------
claim("en_06", "27.3 GB", "weights", "GB", 2 * SM06, X, "off_2x", anchor="An r=16 adapter is 27.3 GB", note="27.3 MB")
claim("ru_04", "3,69 МБ", "weights", "МБ", W(Q14, "bf16") / 8, X, "off_2x", note="3,69 ГБ")
claim("en_05", "2 GiB", "arithmetic", "GiB", 4 * 2048 * 64 * 4, X, "off_2x", anchor="Top-64 logits still take", note="2 MiB")
claim("ru_01", "2,1 ТБ", "weights", "ТБ", 4 * E_L3, X, "off_2x", note="2,1 ГБ")
claim("en_03", "256 MiB", "kv_cache_per_token", "MiB", KVT(Q32), X, "off_2x", note="256 KiB")
claim("ru_07", "160 МиБ", "kv_cache_per_token", "МиБ", KVT(NM), X, "off_2x", note="160 КиБ")


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
    print("quoted:", sum(x["quoted"] for x in cl), "of them wrong:", sum(x["quoted"] and x["verdict"] == X for x in cl))
    print("hedged right:", sum(x["hedged"] and x["verdict"] == H for x in cl),
          "bounds:", sum(bool(x["bound"]) for x in cl), "ranges:", sum(isinstance(x["stated"], list) for x in cl))


def main(argv):
    truth = build()
    text = json.dumps(truth, ensure_ascii=False, indent=1) + "\n"
    path = HERE / "truth.json"
    if "--check" in argv:
        if not path.exists() or path.read_text(encoding="utf-8") != text:
            raise SystemExit("truth.json is stale: run python tests/claims_corpus_y/truth.py")
        summary(truth)
        print("truth.json is current; every check passed")
        return 0
    path.write_text(text, encoding="utf-8")
    summary(truth)
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
