"""The sizing engine: parameter counts from a configuration, weights, KV cache and training memory.

Formulas: ../shared/claims-gold.md §1.6 (HF implementations). All sizes are in bytes; the
caller chooses GB (10⁹) or GiB (2³⁰) for display.
"""

from __future__ import annotations

from dataclasses import dataclass

from vaultkit.claims.catalog import ModelConfig

# Bytes per parameter, nominal (§2.4); GGUF block types as bits per weight (§1.5).
DTYPE_BYTES: dict[str, float] = {
    "fp64": 8,
    "float64": 8,
    "double": 8,
    "fp32": 4,
    "float32": 4,
    "float": 4,
    "tf32": 4,
    "fp16": 2,
    "float16": 2,
    "half": 2,
    "bf16": 2,
    "bfloat16": 2,
    "fp8": 1,
    "fp8-e4m3": 1,
    "fp8-e5m2": 1,
    "e4m3": 1,
    "e5m2": 1,
    "int8": 1,
    "uint8": 1,
    "int4": 0.5,
    "uint4": 0.5,
    "nf4": 0.5,
    "fp4": 0.5,
    "mxfp4": 4.25 / 8,
    "nvfp4": 4.5 / 8,
}
GGUF_BPW: dict[str, float] = {
    "F32": 32,
    "F16": 16,
    "BF16": 16,
    "Q4_0": 4.5,
    "Q4_1": 5.0,
    "Q5_0": 5.5,
    "Q5_1": 6.0,
    "Q8_0": 8.5,
    "Q8_1": 10.0,
    "Q2_K": 2.625,
    "Q3_K": 3.4375,
    "Q4_K": 4.5,
    "Q5_K": 5.5,
    "Q6_K": 6.5625,
    "Q8_K": 9.125,
    "IQ1_S": 1.5625,
    "IQ1_M": 1.75,
    "IQ2_XXS": 2.0625,
    "IQ2_XS": 2.3125,
    "IQ2_S": 2.5625,
    "IQ3_XXS": 3.0625,
    "IQ3_S": 3.4375,
    "IQ4_NL": 4.5,
    "IQ4_XS": 4.25,
    "TQ1_0": 1.6875,
    "TQ2_0": 2.0625,
    "MXFP4": 4.25,
    "NVFP4": 4.5,
}
# GGUF file types are mixes; without a configuration, use llama.cpp's measured effective bits per
# weight on Llama-3.1-8B (tools/quantize/README.md, claims-gold.md §1.5).
GGUF_FILE_BPW: dict[str, float] = {
    "IQ1_S": 2.0042,
    "IQ2_XXS": 2.3824,
    "Q2_K": 3.1593,
    "Q3_K_S": 3.6429,
    "Q3_K_L": 4.2979,
    "IQ4_XS": 4.4597,
    "Q4_K_S": 4.6672,
    "Q4_K_M": 4.8944,
    "Q5_K_S": 5.5704,
    "Q5_K_M": 5.7036,
}
# Full fine-tuning bytes per parameter, excluding activations (§1.6 table).
TRAINING_RECIPES: dict[str, tuple[float, str]] = {
    "fp32-adam": (16, "fp32 weights 4 + grads 4 + Adam m, v 8"),
    "mixed-adam": (16, "mixed-precision Adam, ZeRO accounting: fp16 weights 2 + grads 2 + fp32 copy, m, v 12"),
    "mixed-adamw": (18, "mixed-precision AdamW with fp32 grads: 2 + 4 master + grads 4 + m, v 8"),
    "adam-8bit": (12, "bitsandbytes 8-bit Adam: 2 + 4 master + grads 4 + states 2"),
}
GB, GIB = 10**9, 2**30


def dtype_bytes(name: str) -> float:
    key = name.strip().lower().replace("_", "-")
    if key in DTYPE_BYTES:
        return DTYPE_BYTES[key]
    gguf = name.strip().upper().replace("-", "_")
    if gguf in GGUF_BPW:
        return GGUF_BPW[gguf] / 8
    if gguf in GGUF_FILE_BPW:
        return GGUF_FILE_BPW[gguf] / 8
    raise KeyError(f"unknown dtype {name!r}: try fp32, fp16, bf16, int8, int4, nf4 or a GGUF type like Q4_K")


@dataclass(frozen=True)
class ParameterBreakdown:
    attention: int
    mlp: int
    norms: int
    per_layer: int
    embeddings: int
    head: int
    total: int
    active: int  # for mixture-of-experts: parameters used per token
    # what one decoding step of a mixture reads, as its vendor counts the active parameters: all of them (Mixtral's
    # 12.9B, Qwen3-30B-A3B's 3.3B), or without the input embedding table, of which a step reads one row (gpt-oss: 5.1B)
    read_per_token: int = 0


def mlp_params(m: ModelConfig, inner: int | None = None) -> int:
    """One MLP (one expert): 3 matrices if gated else 2, with biases on each when the model has them."""
    i = m.intermediate if inner is None else inner
    mats = 3 if m.gated else 2
    return mats * m.hidden * i + ((mats - 1) * i + m.hidden if m.bias == "all" else 0)


def attention_params(m: ModelConfig) -> int:
    h, a, k, d = m.hidden, m.heads, m.kv_heads, m.head_dim
    if m.kv_lora_rank:  # multi-head latent attention: low-rank q and a shared compressed KV
        qd = d + m.rope_dim
        q = h * m.q_lora_rank + m.q_lora_rank + m.q_lora_rank * a * qd if m.q_lora_rank else h * a * qd
        kv = h * (m.kv_lora_rank + m.rope_dim) + m.kv_lora_rank + m.kv_lora_rank * a * (d + m.v_head_dim)
        return q + kv + a * m.v_head_dim * h
    attn = h * a * d + 2 * h * k * d + a * d * h
    if m.bias in ("all", "attn"):
        attn += a * d + 2 * k * d + h
    elif m.bias == "qkv":
        attn += a * d + 2 * k * d
    if m.qk_norm:
        attn += 2 * d
    if m.sinks:
        attn += a
    return attn


def _t5_parameters(m: ModelConfig) -> ParameterBreakdown:
    """T5: shared tied embedding, weight-only norms, relative position buckets (32 per head) in each stack."""
    h, inner = m.hidden, m.heads * m.head_dim
    attn = 4 * h * inner
    mlp = mlp_params(m)
    encoder = m.layers * (attn + mlp + 2 * h) + 32 * m.heads + h
    decoder = m.decoder_layers * (2 * attn + mlp + 3 * h) + 32 * m.heads + h
    embeddings = m.vocab * h
    total = embeddings + encoder + decoder + (0 if m.tied else m.vocab * h)
    return ParameterBreakdown(attn, mlp, 2 * h, attn + mlp + 2 * h, embeddings, 0 if m.tied else m.vocab * h, total, total, total)


def count_parameters(m: ModelConfig) -> ParameterBreakdown:
    """Exact parameter count by claims-gold.md §1.6, extended to MLA, shared experts and dense
    first layers (DeepSeek-V3), biased experts, router biases and sinks (gpt-oss), T5."""
    if m.decoder_layers:
        return _t5_parameters(m)
    h = m.hidden
    attn = attention_params(m)
    dense_mlp = mlp_params(m)
    one_expert = mlp_params(m, m.moe_intermediate or m.intermediate)
    if m.is_moe:
        moe = (m.experts + m.shared_experts) * one_expert + h * m.experts + (m.experts if m.router_bias else 0)
    else:
        moe = dense_mlp
    norm_size = 2 * h if m.norm == "layer" else h
    norms = m.norms_per_layer * norm_size
    moe_layers = m.layers - m.dense_layers
    layer = attn + moe + norms
    embeddings = m.vocab * h + m.positions * h
    if m.bert:
        embeddings += 2 * h + 2 * h + (h * h + h)  # token types, embedding LayerNorm, pooler
    head = 0 if m.tied or m.bert else m.vocab * h
    total = (
        moe_layers * layer + m.dense_layers * (attn + dense_mlp + norms) + embeddings + (norm_size if m.final_norm else 0) + head
    )
    active = total - moe_layers * (m.experts - m.top_k) * one_expert if m.is_moe else total
    read = active - (embeddings if m.lean_active and head else 0)
    return ParameterBreakdown(attn, moe, norms, layer, embeddings, head, total, active, read)


def published_count(m: ModelConfig) -> float:
    """The count a note is expected to quote: the exact one, else the published rounded figure."""
    return float(m.exact or m.nominal or count_parameters(m).total)


def kv_cache_bytes(m: ModelConfig, tokens: int, batch: int = 1, bytes_per_value: float = 2) -> float:
    """2 (K and V) · layers · KV heads · head_dim · tokens · batch · bytes; sliding window caps tokens;
    multi-head latent attention caches one compressed vector (kv_lora_rank + rope dim) per layer."""
    seq = min(tokens, m.sliding_window) if m.sliding_window else tokens
    if m.kv_lora_rank:
        return m.layers * (m.kv_lora_rank + m.rope_dim) * seq * batch * bytes_per_value
    return 2 * m.layers * m.kv_heads * m.head_dim * seq * batch * bytes_per_value


def gguf_bytes(m: ModelConfig, ftype: str) -> float:
    """Size of a llama.cpp GGUF file type as a per-tensor mix (llama-quant.cpp rules, §1.5)."""
    ftype = ftype.upper()
    base = {
        "Q4_K_M": "Q4_K",
        "Q4_K_S": "Q4_K",
        "Q5_K_M": "Q5_K",
        "Q5_K_S": "Q5_K",
        "Q6_K": "Q6_K",
        "Q8_0": "Q8_0",
        "Q4_0": "Q4_0",
        "F16": "F16",
    }.get(ftype)
    if base is None:
        raise KeyError(f"unknown GGUF file type {ftype!r}")
    h, n = m.hidden, m.layers
    bits = 0.0
    covered = 0.0  # the weights the per-tensor mix below counts
    for i in range(n):
        more = ftype in ("Q4_K_M", "Q5_K_M") and (i < n / 8 or i >= 7 * n / 8 or (i - n // 8) % 3 == 2)
        q = h * m.heads * m.head_dim
        kv = h * m.kv_heads * m.head_dim
        o = m.heads * m.head_dim * h
        up = m.experts * (2 if m.gated else 1) * h * m.intermediate
        down = m.experts * h * m.intermediate
        v_type = "Q6_K" if more else base
        down_type = "Q6_K" if more else base
        bits += (q + kv + o + up) * GGUF_BPW[base] + kv * GGUF_BPW[v_type] + down * GGUF_BPW[down_type]
        bits += (m.norms_per_layer * h + (h * m.experts if m.experts > 1 else 0)) * 32
        covered += q + 2 * kv + o + up + down + m.norms_per_layer * h + (h * m.experts if m.experts > 1 else 0)
    out_type = "Q6_K" if base not in ("Q8_0", "F16") else base
    bits += m.vocab * h * GGUF_BPW[base if not m.tied else out_type]  # token_embd
    if not m.tied:
        bits += m.vocab * h * GGUF_BPW[out_type]
    bits += h * 32  # output norm
    covered += m.vocab * h * (1 if m.tied else 2) + h
    total = float(count_parameters(m).total)
    if abs(covered - total) > 0.05 * total:
        # an architecture the plain mix does not describe (a latent attention, shared experts, dense first layers):
        # the mix's average bits over the model's own count
        bits *= total / covered
    return bits / 8


@dataclass(frozen=True)
class SizeReport:
    params: int
    active: int
    dtype: str
    weights: float
    kv_cache: float
    training: dict[str, float]


def size_report(
    params: int, *, model: ModelConfig | None, dtype: str, context: int = 0, batch: int = 1, kv_dtype: str = "fp16"
) -> SizeReport:
    per = dtype_bytes(dtype)
    weights = gguf_bytes(model, dtype) if model and dtype.upper() in ("Q4_K_M", "Q4_K_S", "Q5_K_M", "Q5_K_S") else params * per
    kv = kv_cache_bytes(model, context, batch, dtype_bytes(kv_dtype)) if model and context else 0.0
    training = {name: params * b for name, (b, _) in TRAINING_RECIPES.items()}
    active = count_parameters(model).active if model else params
    return SizeReport(params, active, dtype, weights, kv, training)
