"""Model configurations (HF config.json values) with their exact parameter counts.

Source: ../shared/claims-gold.md §2.1 (litgpt config.py, llm-analysis model_configs, GPT-3
paper Table 2.1). `exact` is the published count the formula must reproduce.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Literal

Bias = Literal["none", "all", "qkv"]
Norm = Literal["layer", "rms"]


@dataclass(frozen=True)
class ModelConfig:
    name: str
    hidden: int
    intermediate: int
    layers: int
    heads: int
    kv_heads: int
    head_dim: int
    vocab: int
    tied: bool
    gated: bool  # SwiGLU-style MLP with 3 matrices
    bias: Bias = "none"
    norm: Norm = "rms"
    norms_per_layer: int = 2
    positions: int = 0  # learned position embeddings
    experts: int = 1
    top_k: int = 1
    bert: bool = False  # token types, embedding LayerNorm, pooler; no final norm, no head
    final_norm: bool = True
    max_context: int = 0
    sliding_window: int = 0
    exact: int = 0  # the published parameter count
    aliases: tuple[str, ...] = ()


MODELS: tuple[ModelConfig, ...] = (
    ModelConfig("gpt2", 768, 3072, 12, 12, 12, 64, 50257, True, False, "all", "layer", 2, 1024, max_context=1024, exact=124_439_808, aliases=("gpt-2", "gpt2-small")),
    ModelConfig("gpt2-medium", 1024, 4096, 24, 16, 16, 64, 50257, True, False, "all", "layer", 2, 1024, max_context=1024, exact=354_823_168),
    ModelConfig("gpt2-large", 1280, 5120, 36, 20, 20, 64, 50257, True, False, "all", "layer", 2, 1024, max_context=1024, exact=774_030_080),
    ModelConfig("gpt2-xl", 1600, 6400, 48, 25, 25, 64, 50257, True, False, "all", "layer", 2, 1024, max_context=1024, exact=1_557_611_200),
    ModelConfig("bert-base-uncased", 768, 3072, 12, 12, 12, 64, 30522, False, False, "all", "layer", 2, 512, bert=True, final_norm=False, max_context=512, exact=109_482_240, aliases=("bert-base",)),
    ModelConfig("bert-base-cased", 768, 3072, 12, 12, 12, 64, 28996, False, False, "all", "layer", 2, 512, bert=True, final_norm=False, max_context=512, exact=108_310_272),
    ModelConfig("bert-large-uncased", 1024, 4096, 24, 16, 16, 64, 30522, False, False, "all", "layer", 2, 512, bert=True, final_norm=False, max_context=512, exact=335_141_888, aliases=("bert-large",)),
    ModelConfig("llama-2-7b", 4096, 11008, 32, 32, 32, 128, 32000, False, True, max_context=4096, exact=6_738_415_616, aliases=("llama2-7b", "llama-2 7b")),
    ModelConfig("llama-2-13b", 5120, 13824, 40, 40, 40, 128, 32000, False, True, max_context=4096, exact=13_015_864_320, aliases=("llama2-13b",)),
    ModelConfig("llama-2-70b", 8192, 28672, 80, 64, 8, 128, 32000, False, True, max_context=4096, exact=68_976_648_192, aliases=("llama2-70b",)),
    ModelConfig("llama-3-8b", 4096, 14336, 32, 32, 8, 128, 128256, False, True, max_context=8192, exact=8_030_261_248, aliases=("llama3-8b", "llama-3.1-8b")),
    ModelConfig("llama-3-70b", 8192, 28672, 80, 64, 8, 128, 128256, False, True, max_context=8192, exact=70_553_706_496, aliases=("llama3-70b", "llama-3.1-70b")),
    ModelConfig("mistral-7b-v0.1", 4096, 14336, 32, 32, 8, 128, 32000, False, True, max_context=32768, sliding_window=4096, exact=7_241_732_096, aliases=("mistral-7b",)),
    ModelConfig("mixtral-8x7b-v0.1", 4096, 14336, 32, 32, 8, 128, 32000, False, True, experts=8, top_k=2, max_context=32768, exact=46_702_792_704, aliases=("mixtral-8x7b",)),
    ModelConfig("qwen2.5-7b", 3584, 18944, 28, 28, 4, 128, 152064, False, True, "qkv", max_context=131072, exact=7_615_616_512, aliases=("qwen2.5 7b",)),
    ModelConfig("falcon-7b", 4544, 18176, 32, 71, 1, 64, 65024, True, False, "none", "layer", 1, max_context=2048, exact=6_921_720_704),
    ModelConfig("gpt-3", 12288, 49152, 96, 96, 96, 128, 50257, True, False, "all", "layer", 2, 2048, max_context=2048, exact=174_604_259_328, aliases=("gpt-3-175b", "gpt3", "gpt-3 175b", "davinci")),
)

# GPT-3's paper figure: the formula gives 174.6 B, the paper says "175.0B".
PUBLISHED_ROUNDED = {"gpt-3": 175.0e9}

_BY_NAME = {m.name: m for m in MODELS} | {a: m for m in MODELS for a in m.aliases}


def normalise_name(name: str) -> str:
    return re.sub(r"[\s_]+", "-", name.strip().lower()).replace("meta-llama/", "").replace("llama-2-", "llama-2-")


def find_model(name: str) -> ModelConfig | None:
    key = normalise_name(name)
    return _BY_NAME.get(key) or _BY_NAME.get(key.replace("-hf", "")) or _BY_NAME.get(key.replace("llama2", "llama-2").replace("llama3", "llama-3"))
