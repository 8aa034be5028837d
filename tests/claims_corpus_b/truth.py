#!/usr/bin/env python3
"""Independent ground truth for the second blind sizing-claims corpus (notes/).

Written without reading vaultkit's code, its tests or the seeds.  References:
/work/shared/claims-gold.md (formulas, dtype bytes, GGUF bits/weight, model configs
with exact parameter counts, tolerance policy of section 5.2) and the text of issue 15.

    python tests/claims_corpus_b/truth.py          # check + write truth.json
    python tests/claims_corpus_b/truth.py --check  # check only, compare with committed truth.json

Every claim names its file, a line anchor (a substring that occurs on exactly one line of
the note), the exact figure substring, the kind, the literal unit and its inputs as a Python
expression over the helpers below.  The script recomputes the value, applies the tolerance
policy and fails loudly when
  * an anchor is not on exactly one line, or the figure (with its occurrence) is not on it,
  * a non-claim text is not on exactly one line, or shares a line with a claim,
  * the verdict computed here differs from the verdict the author intended,
  * a claim meant to be off by 2x (or an arithmetic slip) is off by less than 1.95x,
  * a unit-confusion claim does not pass in the twin unit, or a model's exact parameter
    count does not follow from its config.
"""
import json
import math
import re
import sys
from collections import Counter
from pathlib import Path

HERE = Path(__file__).resolve().parent
NOTES = HERE / "notes"

# ---------------------------------------------------------------------------
# Facts
# ---------------------------------------------------------------------------
BYTES = {"fp32": 4, "fp16": 2, "bf16": 2, "fp8": 1, "int8": 1, "int4": 0.5}
NF4_BPW = 4 + 8 / 64 + 32 / (64 * 256)          # QLoRA double quantisation
# GGUF: block types (ggml tables) and file-type mixes measured on Llama-3(.1)-8B
BPW = {"Q2_K": 2.625, "IQ2_XXS": 2.0625, "Q4_0": 4.5, "Q6_K": 6.5625, "Q8_0": 8.5,
       "Q4_K_M_file": 4.8944, "Q5_K_M_file": 5.7036, "Q8_0_file": 8.5008, "F16_file": 16.0005}
QWEN25_7B_Q4_K_M_BYTES = 4_683_074_336            # published file size (claims-gold 1.5)

# hidden, MLP inner, layers, query heads, KV heads, head dim, embedding rows, tied head
CFG = {
    "gpt2":       dict(h=768,  I=3072,  L=12, a=12, k=12, d=64,  V=50257,  tied=True,  fam="gpt2"),
    "gpt2-xl":    dict(h=1600, I=6400,  L=48, a=25, k=25, d=64,  V=50257,  tied=True,  fam="gpt2"),
    "bert-base":  dict(h=768,  I=3072,  L=12, a=12, k=12, d=64,  V=30522,  tied=True,  fam="bert"),
    "llama2-7b":  dict(h=4096, I=11008, L=32, a=32, k=32, d=128, V=32000,  tied=False, fam="llama"),
    "llama2-13b": dict(h=5120, I=13824, L=40, a=40, k=40, d=128, V=32000,  tied=False, fam="llama"),
    "llama2-70b": dict(h=8192, I=28672, L=80, a=64, k=8,  d=128, V=32000,  tied=False, fam="llama"),
    "llama3-8b":  dict(h=4096, I=14336, L=32, a=32, k=8,  d=128, V=128256, tied=False, fam="llama"),
    "llama3-70b": dict(h=8192, I=28672, L=80, a=64, k=8,  d=128, V=128256, tied=False, fam="llama"),
    "mistral-7b": dict(h=4096, I=14336, L=32, a=32, k=8,  d=128, V=32000,  tied=False, fam="llama"),
    "mixtral":    dict(h=4096, I=14336, L=32, a=32, k=8,  d=128, V=32000,  tied=False, fam="llama", E=8, topk=2),
    "qwen2.5-7b": dict(h=3584, I=18944, L=28, a=28, k=4,  d=128, V=152064, tied=False, fam="llama", qkv_bias=True),
    "falcon-7b":  dict(h=4544, I=18176, L=32, a=71, k=1,  d=64,  V=65024,  tied=True,  fam="falcon"),
}
PUBLISHED = {
    "gpt2": 124_439_808, "gpt2-xl": 1_557_611_200, "bert-base": 109_482_240,
    "llama2-7b": 6_738_415_616, "llama2-13b": 13_015_864_320, "llama2-70b": 68_976_648_192,
    "llama3-8b": 8_030_261_248, "llama3-70b": 70_553_706_496, "mistral-7b": 7_241_732_096,
    "mixtral": 46_702_792_704, "qwen2.5-7b": 7_615_616_512, "falcon-7b": 6_921_720_704,
}
MIXTRAL_ACTIVE = 12_879_925_248


def count_params(c):
    """Returns (total, MLP parameters of one expert per layer)."""
    h, I, L, a, k, d, V = c["h"], c["I"], c["L"], c["a"], c["k"], c["d"], c["V"]
    if c["fam"] in ("gpt2", "bert"):
        attn = 4 * h * h + 4 * h
        mlp = 2 * h * I + I + h
        layer = attn + mlp + 2 * 2 * h
        if c["fam"] == "gpt2":
            return L * layer + V * h + 1024 * h + 2 * h, mlp
        return L * layer + V * h + 512 * h + 2 * h + 2 * h + h * h + h, mlp
    if c["fam"] == "falcon":
        attn = h * (a * d) + 2 * h * (k * d) + (a * d) * h
        mlp = 2 * h * I
        layer = attn + mlp + 2 * h                 # one shared LayerNorm
        return L * layer + V * h + 2 * h, mlp
    attn = h * a * d + 2 * h * k * d + a * d * h
    if c.get("qkv_bias"):
        attn += a * d + 2 * k * d
    mlp = 3 * h * I
    E = c.get("E", 1)
    ffn = E * mlp + (h * E if E > 1 else 0)
    layer = attn + ffn + 2 * h                     # two RMSNorms
    total = L * layer + V * h + h + (0 if c["tied"] else V * h)
    return total, mlp


for _m, _c in CFG.items():
    assert count_params(_c)[0] == PUBLISHED[_m], (_m, count_params(_c)[0])
_c = CFG["mixtral"]
assert count_params(_c)[0] - _c["L"] * (_c["E"] - _c["topk"]) * count_params(_c)[1] == MIXTRAL_ACTIVE


def P(m):
    return PUBLISHED[m]


def W(m, dtype):
    """Weight bytes: exact parameter count (or a number) x nominal bytes per dtype."""
    n = P(m) if isinstance(m, str) else m
    return n * (NF4_BPW / 8 if dtype == "nf4" else BYTES[dtype])


def KVT(m, nbytes=2):
    c = CFG[m]
    return 2 * c["L"] * c["k"] * c["d"] * nbytes


def KV(m, seq, batch=1, nbytes=2):
    return KVT(m, nbytes) * seq * batch


def QF(m, bpw):
    return P(m) * bpw / 8


def LORA(r, shapes, L):
    return L * sum(r * (din + dout) for din, dout in shapes)


KiB, MiB, GiB = 2 ** 10, 2 ** 20, 2 ** 30
UNITS = {  # literal unit -> size of one unit in base units (bytes, count, tok/s, B/s)
    "bytes": 1, "байт": 1, "KiB": KiB, "КиБ": KiB, "MB": 1e6, "МБ": 1e6, "MiB": MiB, "МиБ": MiB,
    "GB": 1e9, "ГБ": 1e9, "GiB": GiB, "ГиБ": GiB,
    "params": 1, "B": 1e9, "млрд": 1e9, "M": 1e6, "млн": 1e6,
    "%": 1, "x": 1, "bpw": 1, "tok/s": 1, "токенов/с": 1,
    "TB/s": 1e12, "tokens": 1, "M tokens": 1e6, "млн токенов": 1e6,
}
TWIN = {"GB": "GiB", "GiB": "GB", "ГБ": "ГиБ", "ГиБ": "ГБ", "MB": "MiB", "MiB": "MB",
        "МБ": "МиБ", "МиБ": "МБ"}
BINARY = {"GiB", "ГиБ", "MiB", "МиБ", "KiB", "КиБ"}
HEDGE = re.compile(r"(≈|~|\babout\b|\broughly\b|\baround\b|\bоколо\b|\bпримерно\b|\bОколо\b|\bПримерно\b)")

# ---------------------------------------------------------------------------
# Claims
# ---------------------------------------------------------------------------
CLAIMS = []
NONCLAIMS = []


def c(f, figure, kind, unit, expr, expect="holds", error=None, anchor=None, occ=1,
      bound=None, quoted=False, gguf=False, note=""):
    anchor = anchor or figure
    figure = figure.lstrip("≈~ ")      # the hedge sign is context, not part of the figure
    CLAIMS.append(dict(file=f, figure=figure, kind=kind, unit=unit, inputs=expr, expect=expect,
                       error=error, anchor=anchor, occurrence=occ, bound=bound,
                       quoted=quoted, gguf=gguf, note=note))


def n(f, text, reason):
    NONCLAIMS.append(dict(file=f, text=text, reason=reason))


# ---- en_01: pasted assistant chat ------------------------------------------
F = "en_01_chat_log.md"
c(F, "8,030,261,248", "params", "params", "P('llama3-8b')")
c(F, "16.1 GB", "weights", "GB", "W('llama3-8b','bf16')", note="dtype bf16 in the question and properties")
c(F, "14.96 GB", "weights", "GB", "W('llama3-8b','bf16')", "wrong", "gib_as_gb", note="14.96 GiB = 16.06 GB")
c(F, "64.2 GB", "weights", "GB", "W('llama3-8b','fp32')", "wrong", "off_2x", note="fp32 is 32.1 GB; 64.2 is 4x bf16")
c(F, "131,072 bytes", "kv_cache_per_token", "bytes", "2*32*8*128*2")
c(F, "128 KiB", "kv_cache_per_token", "KiB", "KVT('llama3-8b')", anchor="131,072 bytes per token (128 KiB)")
c(F, "4 GiB", "kv_cache_total", "GiB", "KV('llama3-8b',8192)", "wrong", "off_2x", anchor="For 8192 tokens that is", note="1 GiB per 8192-token sequence")
c(F, "64 GiB", "kv_cache_total", "GiB", "KV('llama3-8b',8192,16)", "wrong", "off_2x", note="16 GiB")
c(F, "68.7 GB", "kv_cache_total", "GB", "KV('llama3-8b',8192,16)", "wrong", "off_2x", note="17.2 GB")
c(F, "70,553,706,496", "params", "params", "P('llama3-70b')")
c(F, "17.6 GB", "weights", "GB", "W('llama3-70b','int4')", "wrong", "off_2x", note="4-bit 70B is 35.3 GB")
c(F, "35.3 GB", "weights", "GB", "70.55e9*0.5", note="product chain without 'bytes'")
c(F, "4.89 bits", "quantized_file", "bpw", "BPW['Q4_K_M_file']", gguf=True)
c(F, "4.91 GB", "quantized_file", "GB", "QF('llama3-8b',BPW['Q4_K_M_file'])", gguf=True)
c(F, "4.58 GiB", "quantized_file", "GiB", "QF('llama3-8b',BPW['Q4_K_M_file'])", gguf=True)
c(F, "8.5 bits", "quantized_file", "bpw", "BPW['Q8_0']", gguf=True)
c(F, "7.95 GB", "quantized_file", "GB", "QF('llama3-8b',BPW['Q8_0_file'])", "wrong", "gib_as_gb", gguf=True,
  note="8.53 GB = 7.95 GiB")
c(F, "16.06 GB", "quantized_file", "GB", "QF('llama3-8b',BPW['F16_file'])", gguf=True)
c(F, "6.5×", "ratio", "x", "BPW['F16_file']/BPW['Q4_K_M_file']", "wrong", "off_2x", note="3.27x")
c(F, "69 %", "percentage", "%", "100*(1-BPW['Q4_K_M_file']/BPW['F16_file'])")
c(F, "144.5 GB", "training", "GB", "P('llama3-8b')*18", note="18 B/param recipe stated")
c(F, "36.1 GB", "training", "GB", "P('llama3-8b')*18/8", "wrong", "off_2x", note="18.1 GB per GPU")
c(F, "212,992", "params", "params", "LORA(16,[(4096,4096),(4096,1024)],1)")
c(F, "13.6 M", "params", "M", "LORA(16,[(4096,4096),(4096,1024)],32)", "wrong", "off_2x", note="6.8 M")
c(F, "4.0 GB", "weights", "GB", "W('llama3-8b','int4')")
c(F, "125 tokens/s", "throughput", "tok/s", "1008e9/W('llama3-8b','int4')", "wrong", "off_2x", note="251 tok/s")
c(F, "500 tokens/s", "throughput", "tok/s", "1008e9/W('llama3-8b','bf16')", "wrong", "off_2x", note="63 tok/s")
c(F, "56 KiB", "kv_cache_per_token", "KiB", "KVT('qwen2.5-7b')")
c(F, "3.5 GiB", "kv_cache_total", "GiB", "KV('qwen2.5-7b',32768)", "wrong", "off_2x", note="1.75 GiB")
c(F, "28 GiB", "kv_cache_total", "GiB", "KV('qwen2.5-7b',131072)", "wrong", "off_2x", note="7 GiB")
n(F, "Revision history: v1 2024-11-03, v2 2024-11-05", "date")
n(F, "https://huggingface.co/meta-llama/Meta-Llama-3-8B/blob/main/config.json", "url")
n(F, "https://github.com/ggml-org/llama.cpp/pull/1684#issuecomment-1579252501", "url")
n(F, "Exported 2024-11-03 14:31 CET, 37 messages", "date")
n(F, "Feedback I gave the assistant: 3/5", "score")
n(F, "**[14:02] me:** How much VRAM", "time")

# ---- en_02: meeting minutes --------------------------------------------------
F = "en_02_meeting_minutes.md"
c(F, "46.7B", "params", "B", "P('mixtral')")
c(F, "25.8B", "params", "B", "MIXTRAL_ACTIVE", "wrong", "off_2x", note="12.9B active")
c(F, "93.4 GB", "weights", "GB", "W('mixtral','fp16')")
c(F, "46.7 GB", "weights", "GB", "W('mixtral','fp16')", "wrong", "off_2x", quoted=True, note="all experts resident: 93.4 GB")
c(F, "11.7 GB", "weights", "GB", "W('mixtral','int4')", "wrong", "off_2x", note="23.4 GB")
c(F, "128 KiB", "kv_cache_per_token", "KiB", "KVT('mixtral')")
c(F, "128 GiB", "kv_cache_total", "GiB", "KV('mixtral',32768,8)", "wrong", "off_2x", note="32 GiB")
c(F, "327,680", "kv_cache_per_token", "bytes", "2*80*8*128*2")
c(F, "320 KiB", "kv_cache_per_token", "KiB", "KVT('llama2-70b')", anchor="i.e. 320 KiB")
c(F, "40 GiB", "kv_cache_total", "GiB", "KV('llama2-70b',4096,32)", anchor="at 4096 tokens and batch 32")
c(F, "40.0 GB", "kv_cache_total", "GB", "KV('llama2-70b',4096,32)", "wrong", "gib_as_gb", note="42.9 GB")
c(F, "320 GB", "kv_cache_total", "GB", "KV('llama2-70b',4096,64)", "wrong", "off_2x", quoted=True, note="85.9 GB")
c(F, "80 GiB", "kv_cache_total", "GiB", "KV('llama2-70b',4096,64)", anchor="batch 64 is 80 GiB")
c(F, "138 GB", "weights", "GB", "W('llama2-70b','fp16')")
c(F, "128.5 GB", "training", "GB", "P('llama3-8b')*16")
c(F, "48 GB", "training", "GB", "P('llama3-8b')*12", "wrong", "off_2x", note="96.4 GB")
c(F, "96.4 GB", "training", "GB", "P('llama3-8b')*12")
c(F, "80 GiB", "kv_cache_total", "GiB", "KV('llama3-70b',8192,16)", "wrong", "arithmetic", anchor="re-run the KV budget", note="320 KiB x 8192 x 16 = 40 GiB")
c(F, "35 GB", "weights", "GB", "W('llama2-70b','int8')", "wrong", "off_2x", quoted=True, note="69 GB")
c(F, "~69 GB", "weights", "GB", "W('llama2-70b','int8')")
c(F, "48 tokens/s", "throughput", "tok/s", "3.35e12/W('llama2-70b','fp16')", "wrong", "off_2x", note="24 tok/s")
n(F, "Time: 10:00–10:45, room 4B / Zoom 812 3344 5566", "time")
n(F, "Tickets: INFRA-2291, INFRA-2304", "ticket")
n(F, "H100 SXM quote: $27,500 per unit, 3-year support +$4,200.", "price")
n(F, "Lead time 6–8 weeks; PO-77120.", "other")
n(F, "99.9 % accuracy tier (0.9917 target)", "score")
n(F, "Next sync: 2025-02-26, 10:00", "date")
n(F, "Config recap for the record: 80 layers", "other")

# ---- en_03: capacity plan ----------------------------------------------------
F = "en_03_capacity_plan.md"
c(F, "70,553,706,496", "params", "params", "P('llama3-70b')")
c(F, "141.1", "weights", "GB", "W('llama3-70b','bf16')", anchor="| Llama-3-70B | 70,553", note="unit from header")
c(F, "131.4", "weights", "GiB", "W('llama3-70b','bf16')", anchor="| Llama-3-70B | 70,553")
c(F, "320 KiB", "kv_cache_per_token", "KiB", "KVT('llama3-70b')")
c(F, "7,615,616,512", "params", "params", "P('qwen2.5-7b')")
c(F, "15.2", "weights", "GB", "W('qwen2.5-7b','bf16')", anchor="| Qwen2.5-7B | 7,615")
c(F, "28.4", "weights", "GiB", "W('qwen2.5-7b','bf16')", "wrong", "off_2x", anchor="| Qwen2.5-7B | 7,615", note="14.2 GiB")
c(F, "56 KiB", "kv_cache_per_token", "KiB", "KVT('qwen2.5-7b')", anchor="| Qwen2.5-7B | 7,615")
c(F, "7,241,732,096", "params", "params", "P('mistral-7b')")
c(F, "13.5", "weights", "GB", "W('mistral-7b','bf16')", "wrong", "gib_as_gb", anchor="| Mistral-7B-v0.1 | 7,241", occ=1,
  note="GB column holds the GiB value (14.5 GB)")
c(F, "13.5", "weights", "GiB", "W('mistral-7b','bf16')", anchor="| Mistral-7B-v0.1 | 7,241", occ=2)
c(F, "256 KiB", "kv_cache_per_token", "KiB", "KVT('mistral-7b')", "wrong", "off_2x", note="128 KiB")
c(F, "40 GiB", "kv_cache_total", "GiB", "KV('llama3-70b',8192,16)", anchor="| Llama-3-70B | 8192 | 16 |")
c(F, "56 GiB", "kv_cache_total", "GiB", "KV('qwen2.5-7b',32768,8)", "wrong", "off_2x", note="14 GiB")
c(F, "64 GiB", "kv_cache_total", "GiB", "KV('mistral-7b',4096,32)", "wrong", "off_2x", note="window 4096: 16 GiB")
c(F, "171.4 GiB", "arithmetic", "GiB", "W('llama3-70b','bf16')+KV('llama3-70b',8192,16)")
c(F, "47 tok/s", "throughput", "tok/s", "6.7e12/W('llama3-70b','bf16')", anchor="6.7 TB/s aggregate")
c(F, "8 million tokens", "tokens", "M tokens", "47*86400", "wrong", "off_2x", note="4.06 M")
c(F, "28 tok/s", "throughput", "tok/s", "864e9/W('qwen2.5-7b','bf16')", "wrong", "off_2x", note="57 tok/s")
c(F, "460 tok/s", "throughput", "tok/s", "3.35e12/W('mistral-7b','bf16')", "wrong", "off_2x", note="231 tok/s")
c(F, "70.6 GB", "weights", "GB", "W('llama3-70b','fp8')")
c(F, "95 tok/s", "throughput", "tok/s", "3.35e12/W('llama3-70b','fp8')", "wrong", "off_2x", note="47.5 tok/s")
c(F, "7.1 TB/s", "bandwidth", "TB/s", "141.1e9*100", "wrong", "arithmetic", note="141.1 GB x 100 = 14.1 TB/s")
c(F, "4.68 GB", "quantized_file", "GB", "QWEN25_7B_Q4_K_M_BYTES", gguf=True)
c(F, "6.5×", "ratio", "x", "W('qwen2.5-7b','bf16')/QWEN25_7B_Q4_K_M_BYTES", "wrong", "off_2x", note="3.25x")
c(F, "35–71 GB", "range", "GB", "[W('llama3-70b','bf16')/4, W('llama3-70b','bf16')/2]")
c(F, "141 GB", "kv_cache_total", "GB", "KV('llama3-70b',8192)", "wrong", "wrong_kind", quoted=True,
  note="the weights figure given as KV cache; note itself corrects it")
c(F, "2.5 GiB", "kv_cache_total", "GiB", "KV('llama3-70b',8192)")
n(F, "H100 SXM: 80 GB HBM3, 3.35 TB/s, 989 TFLOPS bf16 dense, 700 W", "spec")
n(F, "| H100 SXM node (8 GPU) | 2 | $312,000 | $624,000 |", "price")
n(F, "| L40S | 8 | $7,900 | $63,200 |", "price")
n(F, "https://sheets.example.com/d/1A2b3C4d5E/edit#gid=120", "url")
n(F, "Approved 2025-06-30 by R. Okafor (ticket FIN-4410)", "date")
n(F, "budget_usd: 480000", "price")
n(F, "Configs: Llama-3-70B 80 layers / 8 KV heads", "other")

# ---- en_04: homework ---------------------------------------------------------
F = "en_04_homework.md"
c(F, "7,087,872", "params", "params", "12*768**2+13*768", anchor="With $h = 768$")
c(F, "38,597,376", "params", "params", "50257*768", anchor="Embeddings:")
c(F, "786,432", "params", "params", "1024*768", anchor="Embeddings:")
c(F, "124,439,808", "params", "params", "P('gpt2')", anchor="**Answer:**")
c(F, "497.8", "weights", "MB", "W('gpt2','fp32')")
c(F, "124.4 MB", "weights", "MB", "W('gpt2','fp16')", "wrong", "off_2x", note="248.9 MB")
c(F, "474.7 MB", "weights", "MB", "W('gpt2','fp32')", "wrong", "gib_as_gb", quoted=True, note="474.7 MiB = 497.8 MB")
c(F, "524,288", "kv_cache_per_token", "bytes", "2*32*32*128*2")
c(F, "512 KiB", "kv_cache_per_token", "KiB", "KVT('llama2-7b')")
c(F, "2 GiB", "kv_cache_total", "GiB", "KV('llama2-7b',4096)")
c(F, "8 GiB", "kv_cache_total", "GiB", "KV('llama2-7b',4096,8)", "wrong", "off_2x", quoted=True, note="16 GiB")
c(F, "16 GiB", "kv_cache_total", "GiB", "KV('llama2-7b',4096,8)")
c(F, "121.3", "training", "GB", "6.738e9*18", anchor="times 18 = 121.3")
c(F, "30.3", "training", "GB", "121.3e9/4")
c(F, "13.5", "weights", "GB", "6.738e9*4", "wrong", "arithmetic", anchor="Common mistake", note="26.95 GB")
n(F, "Count the parameters of GPT-2 small: $h = 768$", "other")
n(F, "Per block: attention $4h^2 + 4h$", "latex")
n(F, "$$P_{\\text{block}} = 12h^2 + 13h$$", "latex")
n(F, "$$M_{KV} = 2 \\cdot L", "latex")
n(F, "$M(2s) = 2\\,M(s)$", "derivation")
n(F, "It appeared in 9 of 31 submissions.", "other")
n(F, "Dropout with $p = 0.1$ keeps each unit with probability $0.9$", "probability")
n(F, "x^\\top \\delta", "latex")
n(F, "Class statistics: mean 31.5/40, median 33", "score")
n(F, "due: 2025-03-14", "date")

# ---- ru_01: Telegram digest ---------------------------------------------------
F = "ru_01_telegram_digest.md"
c(F, "16 ГБ", "weights", "ГБ", "W('llama3-8b','bf16')", anchor="Пост 1")
c(F, "2 ГБ", "weights", "ГБ", "W('llama3-8b','int4')", "wrong", "off_2x", anchor="Пост 1", note="4-битная: 4,0 ГБ")
c(F, "75\u202f%", "percentage", "%", "100*(1-BYTES['int4']/BYTES['bf16'])")
c(F, "16 ГиБ", "weights", "ГиБ", "W('llama3-8b','int8')", "wrong", "off_2x", quoted=True, note="7,48 ГиБ")
c(F, "8\u00a0030\u00a0261\u00a0248", "params", "params", "P('llama3-8b')")
c(F, "8,03 ГБ", "weights", "ГБ", "W('llama3-8b','int8')")
c(F, "7,48 ГиБ", "weights", "ГиБ", "W('llama3-8b','int8')")
c(F, "819 200 байт", "kv_cache_per_token", "байт", "2*40*40*128*2")
c(F, "800 КиБ", "kv_cache_per_token", "КиБ", "KVT('llama2-13b')")
c(F, "25 ГиБ", "kv_cache_total", "ГиБ", "KV('llama2-13b',4096,4)", "wrong", "off_2x", note="12,5 ГиБ")
c(F, "26 ГБ", "weights", "ГБ", "W('llama2-13b','fp16')")
c(F, "8 КиБ", "kv_cache_per_token", "КиБ", "KVT('falcon-7b')")
c(F, "64 раза", "ratio", "x", "KVT('llama2-7b')/KVT('falcon-7b')")
c(F, "512 КиБ", "kv_cache_per_token", "КиБ", "KVT('llama2-7b')")
c(F, "4 ГиБ", "kv_cache_total", "ГиБ", "KV('falcon-7b',2048,64)", "wrong", "off_2x", quoted=True, note="1 ГиБ")
c(F, "1 ГиБ", "kv_cache_total", "ГиБ", "KV('falcon-7b',2048,64)")
c(F, "6\u00a0921\u00a0720\u00a0704", "params", "params", "P('falcon-7b')")
c(F, "13,8 ГБ", "weights", "ГБ", "W('falcon-7b','bf16')")
c(F, "27,7 ГБ", "weights", "ГБ", "W('falcon-7b','bf16')", "wrong", "off_2x", quoted=True, note="fp32 value")
c(F, "7,6 млрд", "params", "млрд", "P('qwen2.5-7b')")
c(F, "15,2 ГБ", "weights", "ГБ", "W('qwen2.5-7b','bf16')")
c(F, "4,68 ГБ", "quantized_file", "ГБ", "QWEN25_7B_Q4_K_M_BYTES", gguf=True)
c(F, "1,6 раза", "ratio", "x", "W('qwen2.5-7b','bf16')/QWEN25_7B_Q4_K_M_BYTES", "wrong", "off_2x", note="3,25")
c(F, "64 ГБ", "training", "ГБ", "P('llama3-8b')*16", "wrong", "off_2x", quoted=True,
  note="8 B/param is not a full AdamW recipe; 16 B/param gives 128,5 ГБ")
c(F, "~128 ГБ", "training", "ГБ", "P('llama3-8b')*16")
c(F, "290 ГБ", "training", "ГБ", "P('llama3-8b')*18", "wrong", "off_2x", note="144,5 ГБ")
c(F, "77 токенов/с", "throughput", "токенов/с", "1008e9/W('llama2-13b','int8')")
c(F, "150 токенов/с", "throughput", "токенов/с", "1008e9/W('llama2-13b','fp16')", "wrong", "off_2x", note="38,7")
c(F, "3–6 ГБ", "range", "ГБ", "[W('llama2-13b','int4'), W('llama2-13b','int8')]", "wrong", "off_2x", note="6,5–13 ГБ")
n(F, "https://arxiv.org/abs/2305.14314", "url")
n(F, "Следующий дайджест — 01.12.2024, 10:00 МСК.", "date")
n(F, "Q4_K_M — 54 %, Q8_0 — 23 %", "other")
n(F, "llama.cpp b4179, Python 3.11.9, torch 2.5.1", "version")
n(F, "Подписчиков на момент чтения: 18 400.", "other")
n(F, "date: 2024-11-24", "date")

# ---- ru_02: deploy README -----------------------------------------------------
F = "ru_02_deploy_readme.md"
c(F, "7 241 732 096", "params", "params", "P('mistral-7b')")
c(F, "7,24 ГБ", "weights", "ГБ", "W('mistral-7b','fp8')")
c(F, "14,5 ГБ", "weights", "ГБ", "W('mistral-7b','bf16')")
c(F, "50 %", "percentage", "%", "100*(1-BYTES['fp8']/BYTES['bf16'])")
c(F, "6,74 ГБ", "weights", "ГБ", "W('mistral-7b','fp8')", "wrong", "gib_as_gb", quoted=True, note="dashboard label")
c(F, "128 КиБ", "kv_cache_per_token", "КиБ", "KVT('mistral-7b')")
c(F, "512 МиБ", "kv_cache_total", "МиБ", "KV('mistral-7b',4096)", bound="upper", anchor="никогда не превышает")
c(F, "16 ГиБ", "kv_cache_total", "ГиБ", "KV('mistral-7b',32768)", "wrong", "off_2x", note="4 ГиБ без окна")
c(F, "64 ГиБ", "kv_cache_total", "ГиБ", "KV('mistral-7b',4096,64)", "wrong", "arithmetic", note="64 x 512 МиБ = 32 ГиБ")
c(F, "~73 ГиБ", "arithmetic", "ГиБ", "80*GiB - W('mistral-7b','fp8')", note="80 GiB card minus fp8 weights")
c(F, "6,74 ГиБ", "weights", "ГиБ", "W('mistral-7b','fp8')")
c(F, "29,0 ГБ", "weights", "ГБ", "W('mistral-7b','bf16')", "wrong", "off_2x", note="14,5 ГБ")
c(F, "8,5 бита", "quantized_file", "bpw", "BPW['Q8_0']", gguf=True)
c(F, "15,4 ГБ", "quantized_file", "ГБ", "QF('mistral-7b',BPW['Q8_0'])", "wrong", "off_2x", gguf=True, note="7,7 ГБ")
c(F, "6,5625", "quantized_file", "bpw", "BPW['Q6_K']", gguf=True, anchor="Оценка по блочным")
c(F, "5,94 ГБ", "quantized_file", "ГБ", "QF('mistral-7b',BPW['Q6_K'])", gguf=True)
c(F, "4,5", "quantized_file", "bpw", "BPW['Q4_0']", anchor="Оценка по блочным", gguf=True)
c(F, "8,15 ГБ", "quantized_file", "ГБ", "QF('mistral-7b',BPW['Q4_0'])", "wrong", "off_2x", gguf=True, note="4,07 ГБ")
c(F, "463 токена/с", "throughput", "токенов/с", "3.35e12/W('mistral-7b','fp8')")
c(F, "115 токенов/с", "throughput", "токенов/с", "3.35e12/W('mistral-7b','bf16')", "wrong", "off_2x", note="231")
c(F, "80 млн токенов", "tokens", "млн токенов", "463*86400", "wrong", "off_2x", note="40 млн")
n(F, "version: 3.4.1", "version")
n(F, "через vLLM 0.6.3, контекст до 32768 токенов", "version")
n(F, "docker build -t llm-gw:3.4.1", "step")
n(F, "200 запросов, p99 задержки должен быть < 850 мс", "step")
n(F, "Канареечный релиз на 5 % трафика на 30 минут.", "step")
n(F, "Если error rate < 0,1 % — раскатываем на 100 %.", "step")
n(F, "тикет OPS-1187, созвон в 11:30", "ticket")
n(F, "params = 7_241_732_096", "other")

# ---- ru_03: flashcards --------------------------------------------------------
F = "ru_03_flashcards.md"
c(F, "6 738 415 616", "params", "params", "P('llama2-7b')")
c(F, "13,5 ГБ", "weights", "ГБ", "W('llama2-7b','fp16')", anchor="6 738 415 616")
c(F, "6,7 ГБ", "weights", "ГБ", "W('llama2-7b','int4')", "wrong", "off_2x", anchor="Около 6,7", note="3,4 ГБ; dtype in the question line")
c(F, "35,6 ГБ", "weights", "ГБ", "W('llama2-70b','nf4')")
c(F, "34,5 ГБ", "weights", "ГБ", "W('llama2-70b','int4')")
c(F, "4 раза", "ratio", "x", "BYTES['fp32']/BYTES['int8']", anchor="A: В 4 раза;")
c(F, "75 %", "percentage", "%", "100*(1-BYTES['int8']/BYTES['fp32'])")
c(F, "4 раза", "ratio", "x", "BYTES['fp32']/BYTES['bf16']", "wrong", "off_2x", anchor="A: В 4 раза,", note="2 раза")
c(F, "25 %", "percentage", "%", "100*(1-BYTES['bf16']/BYTES['fp32'])", "wrong", "off_2x", note="50 %")
c(F, "640 КиБ", "kv_cache_per_token", "КиБ", "KVT('llama3-70b')", "wrong", "off_2x", note="320 КиБ")
c(F, "2,5 ГиБ", "kv_cache_total", "ГиБ", "KV('llama3-70b',8192)")
c(F, "16 ГиБ", "kv_cache_total", "ГиБ", "KV('llama3-8b',8192,8)", "wrong", "off_2x", note="8 ГиБ")
c(F, "13,5 ГБ", "kv_cache_total", "ГБ", "KV('llama2-7b',4096)", "wrong", "wrong_kind", anchor="A: 13,5 ГБ.",
  note="that is the fp16 weight size; the cache is 2 ГиБ = 2,15 ГБ")
c(F, "109 482 240", "params", "params", "P('bert-base')")
c(F, "~110 млн", "params", "млн", "P('bert-base')")
c(F, "876 МБ", "weights", "МБ", "W('bert-base','fp32')", "wrong", "off_2x", note="438 МБ")
c(F, "1 557 611 200", "params", "params", "P('gpt2-xl')")
c(F, "1,56 млрд", "params", "млрд", "P('gpt2-xl')")
c(F, "6,2 ГБ", "weights", "ГБ", "W('gpt2-xl','fp16')", "wrong", "off_2x", note="3,1 ГБ (6,2 is fp32)")
c(F, "498 ГБ", "weights", "ГБ", "W('gpt2','fp32')", "wrong", "wrong_unit", note="498 МБ")
c(F, "116 ГБ", "training", "ГБ", "P('mistral-7b')*16")
c(F, "43 ГБ", "training", "ГБ", "P('mistral-7b')*12", "wrong", "off_2x", note="86,9 ГБ")
c(F, "93,4 ГБ", "weights", "ГБ", "W('mixtral','int8')", "wrong", "off_2x", note="int8: 46,7 ГБ (93,4 is fp16)")
c(F, "12,9 млрд", "params", "млрд", "MIXTRAL_ACTIVE")
c(F, "46,7 млрд", "params", "млрд", "P('mixtral')")
c(F, "3,3 раза", "ratio", "x", "BPW['F16_file']/BPW['Q4_K_M_file']")
c(F, "4,58 ГиБ", "quantized_file", "ГиБ", "QF('llama3-8b',BPW['Q4_K_M_file'])", gguf=True)
c(F, "14,96 ГиБ", "quantized_file", "ГиБ", "QF('llama3-8b',BPW['F16_file'])", gguf=True)
c(F, "4,58 ГБ", "quantized_file", "ГБ", "QF('llama3-8b',BPW['Q4_K_M_file'])", "wrong", "gib_as_gb", gguf=True)
n(F, "cards: 17", "other")
n(F, "A: $M = 2 \\cdot L", "latex")
n(F, "A: 18.04.2024 и 23.07.2024.", "date")
n(F, "A: 60,1 % (5-shot), у Llama-2-13B — 55,6 %.", "score")
n(F, "\\mathrm{PPL}", "latex")
n(F, "Последнее повторение: 2025-01-19, интервал 21 день, ease 250 %.", "date")

# ---- ru_04: experiment changelog ----------------------------------------------
F = "ru_04_changelog.md"
c(F, "8,03 млрд", "params", "млрд", "P('llama3-8b')", anchor="Скачали Meta-Llama-3-8B")
c(F, "16,06 ГБ", "weights", "ГБ", "W('llama3-8b','bf16')", note="dtype bf16 in the sentence")
c(F, "16,06 ГиБ", "weights", "ГиБ", "W('llama3-8b','bf16')", "wrong", "gb_as_gib", quoted=True)
c(F, "8,5 бита", "quantized_file", "bpw", "BPW['Q8_0']", gguf=True)
c(F, "≈ 8,5 ГБ", "quantized_file", "ГБ", "QF('llama3-8b',BPW['Q8_0_file'])", gguf=True)
c(F, "7,95 ГиБ", "quantized_file", "ГиБ", "QF('llama3-8b',BPW['Q8_0_file'])", gguf=True)
c(F, "4,89 бита", "quantized_file", "bpw", "BPW['Q4_K_M_file']", gguf=True)
c(F, "4,91 ГБ", "quantized_file", "ГБ", "QF('llama3-8b',BPW['Q4_K_M_file'])", gguf=True)
c(F, "3,5 раза", "ratio", "x", "BPW['Q8_0_file']/BPW['Q4_K_M_file']", "wrong", "off_2x", note="1,74")
c(F, "5,70 бита", "quantized_file", "bpw", "BPW['Q5_K_M_file']", gguf=True)
c(F, "5,33 ГиБ", "quantized_file", "ГиБ", "QF('llama3-8b',BPW['Q5_K_M_file'])", gguf=True)
c(F, "13,5 ГБ", "weights", "ГБ", "W('llama2-7b','int8')", "wrong", "off_2x", note="6,74 ГБ")
c(F, "2 МиБ", "kv_cache_per_token", "МиБ", "KVT('llama2-7b')", "wrong", "off_2x", anchor="Там же посчитали",
  note="512 КиБ")
c(F, "16 ГиБ", "kv_cache_total", "ГиБ", "KV('llama2-7b',4096,8)")
c(F, "4 ГиБ", "kv_cache_total", "ГиБ", "KV('llama2-7b',4096,8,1)", "wrong", "off_2x", note="fp8: 8 ГиБ")
c(F, "512 КиБ", "kv_cache_per_token", "КиБ", "KVT('llama2-7b')")
c(F, "167 772 160", "params", "params",
  "LORA(64,[(4096,4096),(4096,1024),(4096,1024),(4096,4096),(4096,14336),(4096,14336),(14336,4096)],32)")
c(F, "4,2 %", "percentage", "%", "100*167772160/P('llama3-8b')", "wrong", "off_2x", note="2,1 %")
c(F, "≈ 8,3 ГБ", "weights", "ГБ", "W('llama3-8b','nf4')", "wrong", "off_2x", note="4,1 ГБ")
c(F, "≈ 43 ГБ", "quantized_file", "ГБ", "QF('llama3-70b',BPW['Q4_K_M_file'])", gguf=True)
c(F, "70 ГБ", "weights", "ГБ", "W('llama3-70b','int4')", "wrong", "off_2x", quoted=True, note="35,3 ГБ")
c(F, "7 615 616 512", "params", "params", "P('qwen2.5-7b')")
c(F, "56 КиБ", "kv_cache_per_token", "КиБ", "KVT('qwen2.5-7b')")
c(F, "4,6 раза", "ratio", "x", "KVT('llama3-8b')/KVT('qwen2.5-7b')", "wrong", "off_2x", note="2,3")
c(F, "128 КиБ", "kv_cache_per_token", "КиБ", "KVT('llama3-8b')")
c(F, "4,68 ГБ", "quantized_file", "ГБ", "QWEN25_7B_Q4_K_M_BYTES", gguf=True)
c(F, "4,36 ГБ", "quantized_file", "ГБ", "QWEN25_7B_Q4_K_M_BYTES", "wrong", "gib_as_gb", gguf=True)
c(F, "430 токенов/с", "throughput", "токенов/с", "1008e9/QWEN25_7B_Q4_K_M_BYTES", "wrong", "off_2x", note="215")
c(F, "35 %", "percentage", "%", "100*(1-BPW['Q4_K_M_file']/BPW['F16_file'])", "wrong", "off_2x", note="bf16 -> Q4_K_M saves 69 %")
c(F, "257 ГБ", "training", "ГБ", "P('llama3-8b')*16", "wrong", "arithmetic", note="8,03e9 x 16 = 128,5 ГБ")
n(F, "Бюджет часов: 120.", "other")
n(F, "## 2024-09-02", "date")
n(F, "## 2024-09-05", "date")
n(F, "## 2024-10-10", "date")
n(F, "Коммит a3f9c21, ветка exp/q4km-2024-10", "version")
n(F, "Оценка MMLU после квантизации: 65,3 → 64,8", "score")


# ---------------------------------------------------------------------------
# Verdicts
# ---------------------------------------------------------------------------
NUM = re.compile(r"\d[\d\u00a0\u202f ,.]*")


def parse_number(fig, lang):
    m = NUM.search(fig)
    s = m.group(0).rstrip(" ,.\u00a0\u202f")
    s = s.replace("\u00a0", "").replace("\u202f", "")
    if lang == "ru":
        s = s.replace(" ", "").replace(",", ".")
    else:
        s = s.replace(" ", "")
        if re.search(r",\d{3}(?!\d)", s):
            s = s.replace(",", "")
    return float(s), s


def parse_figure(fig, lang):
    """Returns stated value(s) and the half-unit tolerance of each."""
    nums = []
    rest = fig
    for m in NUM.finditer(fig):
        val, s = parse_number(m.group(0), lang)
        if "." in s:
            tol = 0.5 * 10 ** -len(s.split(".")[1])
        else:
            z = len(s) - len(s.rstrip("0")) if s.strip("0") else 0
            tol = 0.5 * 10 ** z
        nums.append((val, tol))
    return nums


def passes(correct, stated, tol, hedged, gguf, bound):
    t = tol
    if hedged:
        t = max(t, 0.10 * abs(stated))
    if gguf:
        t = max(t, 0.02 * abs(stated))
    if bound == "upper":
        return correct <= stated + t
    return abs(correct - stated) <= t + 1e-12 * max(1.0, abs(stated))


def judge(cl, line, lang):
    base = eval(cl["inputs"])
    unit = cl["unit"]
    nums = parse_figure(cl["figure"], lang)
    # hedge: a hedge word/sign right before the figure (or inside it)
    idx = [m.start() for m in re.finditer(re.escape(cl["figure"]), line)][cl["occurrence"] - 1]
    before = line[max(0, idx - 12): idx]
    hedged = bool(HEDGE.search(before))
    if isinstance(base, list):  # range
        correct = [b / UNITS[unit] for b in base]
        stated = [v for v, _ in nums[:2]]
        ok = all(passes(cv, sv, t, hedged, cl["gguf"], None)
                 for cv, (sv, t) in zip(correct, nums[:2]))
        return stated, correct, hedged, ("holds" if ok else "wrong"), (None if ok else "unmatched")
    correct = base / UNITS[unit]
    stated, tol = nums[0]
    if passes(correct, stated, tol, hedged, cl["gguf"], cl["bound"]):
        return stated, correct, hedged, "holds", None
    twin = TWIN.get(unit)
    if twin and passes(base / UNITS[twin], stated, tol, hedged, cl["gguf"], cl["bound"]):
        return stated, correct, hedged, "wrong", ("gb_as_gib" if twin in BINARY and unit not in BINARY and False
                                                  else ("gib_as_gb" if twin in BINARY else "gb_as_gib"))
    return stated, correct, hedged, "wrong", "unmatched"


def rnd(x):
    if isinstance(x, list):
        return [rnd(v) for v in x]
    if abs(x - round(x)) < 1e-9 and abs(x) >= 1:
        return int(round(x))
    return float(f"{x:.6g}")


def build():
    lines = {}
    for p in sorted(NOTES.glob("*.md")):
        lines[p.name] = p.read_text(encoding="utf-8").split("\n")
    out_claims, out_nc = [], []
    claim_lines = set()
    problems = []

    def find_line(f, anchor):
        hits = [i + 1 for i, ln in enumerate(lines[f]) if anchor in ln]
        if len(hits) != 1:
            problems.append(f"{f}: anchor {anchor!r} on {len(hits)} lines {hits}")
            return None
        return hits[0]

    for k, cl in enumerate(CLAIMS, 1):
        f = cl["file"]
        lang = f[:2]
        ln = find_line(f, cl["anchor"])
        if ln is None:
            continue
        text = lines[f][ln - 1]
        if text.count(cl["figure"]) < cl["occurrence"]:
            problems.append(f"{f}:{ln}: figure {cl['figure']!r} occurrence {cl['occurrence']} missing")
            continue
        stated, correct, hedged, verdict, err = judge(cl, text, lang)
        exp_verdict = cl["expect"]
        if verdict != exp_verdict:
            problems.append(f"{f}:{ln}: {cl['figure']!r} computed {verdict} ({correct}), intended {exp_verdict}")
        if verdict == "wrong":
            want = cl["error"]
            if want in ("gib_as_gb", "gb_as_gib"):
                if err != want:
                    problems.append(f"{f}:{ln}: {cl['figure']!r} intended {want}, twin check gives {err}")
            else:
                if err != "unmatched":
                    problems.append(f"{f}:{ln}: {cl['figure']!r} intended {want}, but twin unit passes ({err})")
                if want in ("off_2x", "arithmetic"):
                    s = stated if not isinstance(stated, list) else stated[0]
                    cc = correct if not isinstance(correct, list) else correct[0]
                    factor = max(s / cc, cc / s)
                    if factor < 1.95:
                        problems.append(f"{f}:{ln}: {cl['figure']!r} off only {factor:.2f}x")
        elif cl["error"]:
            problems.append(f"{f}:{ln}: {cl['figure']!r} holds but has error {cl['error']}")
        claim_lines.add((f, ln))
        out_claims.append(dict(
            id=f"B{k:03d}", file=f, line=ln, figure=cl["figure"], occurrence=cl["occurrence"],
            kind=cl["kind"], unit=cl["unit"], stated=rnd(stated), correct=rnd(correct),
            correct_unit=cl["unit"], verdict=verdict, error=cl["error"] if verdict == "wrong" else None,
            hedged=hedged, bound=cl["bound"], quoted=cl["quoted"], gguf=cl["gguf"], lang=lang,
            inputs=cl["inputs"], note=cl["note"]))
    for k, nc in enumerate(NONCLAIMS, 1):
        f = nc["file"]
        ln = find_line(f, nc["text"])
        if ln is None:
            continue
        if (f, ln) in claim_lines:
            problems.append(f"{f}:{ln}: non-claim shares a line with a claim")
        out_nc.append(dict(id=f"N{k:03d}", file=f, line=ln, text=nc["text"], reason=nc["reason"], lang=f[:2]))
    if problems:
        print("\n".join(problems))
        raise SystemExit(f"{len(problems)} problem(s)")
    totals = {
        "notes": len(lines),
        "claims": len(out_claims),
        "wrong": sum(c_["verdict"] == "wrong" for c_ in out_claims),
        "non_claims": len(out_nc),
        "non_claim_lines": len({(x["file"], x["line"]) for x in out_nc}),
        "by_lang": {lg: {"claims": sum(c_["lang"] == lg for c_ in out_claims),
                         "wrong": sum(c_["lang"] == lg and c_["verdict"] == "wrong" for c_ in out_claims),
                         "non_claims": sum(x["lang"] == lg for x in out_nc)} for lg in ("en", "ru")},
        "by_kind": {kd: {lg: [sum(c_["kind"] == kd and c_["lang"] == lg for c_ in out_claims),
                              sum(c_["kind"] == kd and c_["lang"] == lg and c_["verdict"] == "wrong"
                                  for c_ in out_claims)] for lg in ("en", "ru")}
                    for kd in sorted({c_["kind"] for c_ in out_claims})},
        "by_error": dict(Counter(c_["error"] for c_ in out_claims if c_["error"])),
        "non_claim_reasons": dict(Counter(x["reason"] for x in out_nc)),
    }
    return {"schema": "vaultkit.claims-truth/1", "corpus": "tests/claims_corpus_b",
            "notes_dir": "notes", "claims": out_claims, "non_claims": out_nc, "totals": totals}


def main():
    data = build()
    text = json.dumps(data, ensure_ascii=False, indent=1) + "\n"
    path = HERE / "truth.json"
    t = data["totals"]
    print(f"notes {t['notes']}, claims {t['claims']}, wrong {t['wrong']} "
          f"({100 * t['wrong'] / t['claims']:.1f} %), non-claims {t['non_claims']} on {t['non_claim_lines']} lines")
    print(json.dumps({k: t[k] for k in ("by_lang", "by_error", "non_claim_reasons")}, ensure_ascii=False))
    for kd, v in t["by_kind"].items():
        print(f"  {kd:20s} en {v['en'][0]:3d} ({v['en'][1]:2d})   ru {v['ru'][0]:3d} ({v['ru'][1]:2d})")
    if "--check" in sys.argv:
        if not path.exists() or path.read_text(encoding="utf-8") != text:
            raise SystemExit("truth.json is stale: run python truth.py")
        print("truth.json is current")
        return
    path.write_text(text, encoding="utf-8")


if __name__ == "__main__":
    main()
