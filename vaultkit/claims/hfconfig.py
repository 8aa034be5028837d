"""Read a local Hugging Face `config.json` into a `ModelConfig`, offline.

The field names differ between architectures (`hidden_size` / `n_embd` / `d_model`, …) and
several values are defaults of the transformers config classes rather than written in the
file (GPT-2 and Gemma tie the head; Llama does not). Only what the parameter formula needs is read.
"""

from __future__ import annotations

import json
import re
from functools import lru_cache
from pathlib import Path
from typing import Any

from vaultkit.claims.catalog import MODELS, Bias, ModelConfig, Norm, catalogued, normalise_name
from vaultkit.claims.engine import count_parameters

# Architectures whose MLP is gated (SwiGLU/GeGLU: gate, up and down matrices).
_GATED = {
    "llama",
    "mistral",
    "mixtral",
    "qwen2",
    "qwen2_moe",
    "qwen3",
    "qwen3_moe",
    "gemma",
    "gemma2",
    "gemma3_text",
    "phi3",
    "deepseek_v2",
    "deepseek_v3",
    "gpt_oss",
    "olmo",
    "olmo2",
    "granite",
    "cohere",
}
# transformers' default for tie_word_embeddings when the file leaves it out.
_TIED_DEFAULT = {"gpt2", "gemma", "gemma2", "gemma3_text", "t5", "falcon", "gpt_neox"}
_LAYER_NORM = {"gpt2", "bert", "falcon", "gpt_neox", "roberta", "opt"}


class ConfigError(ValueError):
    """The file is not a Hugging Face model configuration vaultkit can size."""


def _first(cfg: dict[str, Any], *names: str, default: Any = None) -> Any:
    for n in names:
        if cfg.get(n) is not None:
            return cfg[n]
    if default is None:
        raise ConfigError(f"config has none of {', '.join(names)}")
    return default


def _bias(cfg: dict[str, Any], kind: str) -> Bias:
    if kind in ("gpt2", "bert", "roberta", "gpt_oss"):
        return "all"
    if kind in ("qwen2", "qwen2_moe"):
        return "qkv"
    if cfg.get("attention_bias"):
        return "all" if cfg.get("mlp_bias") else "attn"
    return "none"


def config_from_dict(cfg: dict[str, Any], name: str = "config.json") -> ModelConfig:
    if "text_config" in cfg and "hidden_size" not in cfg:  # multimodal wrappers: size the language model
        cfg = {**cfg["text_config"], "model_type": cfg["text_config"].get("model_type", cfg.get("model_type", ""))}
    kind = str(cfg.get("model_type", "")).lower()
    hidden = int(_first(cfg, "hidden_size", "n_embd", "d_model"))
    heads = int(_first(cfg, "num_attention_heads", "n_head", "num_heads"))
    layers = int(_first(cfg, "num_hidden_layers", "n_layer", "num_layers"))
    kv = (
        1
        if cfg.get("multi_query") and not cfg.get("new_decoder_architecture")
        else int(_first(cfg, "num_key_value_heads", "num_kv_heads", "n_head_kv", default=heads))
    )
    head_dim = int(_first(cfg, "head_dim", "qk_nope_head_dim", "d_kv", default=hidden // heads))
    inter = int(_first(cfg, "intermediate_size", "n_inner", "d_ff", "ffn_dim", default=4 * hidden))
    norm: Norm = "layer" if kind in _LAYER_NORM else "rms"
    norms = (
        4
        if kind.startswith(("gemma2", "gemma3"))
        else 1
        if kind == "falcon" and cfg.get("parallel_attn", True) and not cfg.get("new_decoder_architecture")
        else 2
    )
    experts = int(_first(cfg, "num_local_experts", "n_routed_experts", "num_experts", default=1))
    top_k = int(_first(cfg, "num_experts_per_tok", "experts_per_token", default=1 if experts == 1 else 2))
    gated = kind in _GATED or str(cfg.get("feed_forward_proj", "")).startswith("gated")
    positions = (
        int(_first(cfg, "n_positions", "max_position_embeddings", default=0)) if kind in ("gpt2", "bert", "roberta") else 0
    )
    return ModelConfig(
        name=name,
        hidden=hidden,
        intermediate=inter,
        layers=layers,
        heads=heads,
        kv_heads=kv,
        head_dim=head_dim,
        vocab=int(_first(cfg, "vocab_size")),
        tied=bool(cfg.get("tie_word_embeddings", kind in _TIED_DEFAULT)),
        gated=gated,
        bias=_bias(cfg, kind),
        norm=norm,
        norms_per_layer=norms,
        positions=positions,
        experts=experts,
        top_k=top_k,
        bert=kind in ("bert", "roberta"),
        final_norm=kind not in ("bert", "roberta"),
        max_context=int(_first(cfg, "max_position_embeddings", "n_positions", default=0)),
        sliding_window=int(cfg.get("sliding_window") or 0) if kind in ("mistral", "mixtral") else 0,
        qk_norm=kind in ("gemma3_text", "qwen3", "qwen3_moe"),
        sinks=kind == "gpt_oss",
        router_bias=kind == "gpt_oss" or cfg.get("topk_method") == "noaux_tc",
        shared_experts=int(cfg.get("n_shared_experts") or 0),
        moe_intermediate=int(cfg.get("moe_intermediate_size") or 0),
        dense_layers=int(cfg.get("first_k_dense_replace") or 0) if experts > 1 else 0,
        q_lora_rank=int(cfg.get("q_lora_rank") or 0),
        kv_lora_rank=int(cfg.get("kv_lora_rank") or 0),
        rope_dim=int(cfg.get("qk_rope_head_dim") or 0) if cfg.get("kv_lora_rank") else 0,
        v_head_dim=int(cfg.get("v_head_dim") or 0),
        decoder_layers=int(cfg.get("num_decoder_layers") or layers) if kind == "t5" else 0,
    )


def read_config(path: str | Path) -> ModelConfig:
    """A `ModelConfig` from a local config.json (no network)."""
    p = Path(path)
    try:
        data = json.loads(p.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError, json.JSONDecodeError) as exc:
        raise ConfigError(f"cannot read {p}: {exc}") from None
    if not isinstance(data, dict):
        raise ConfigError(f"{p} is not a JSON object")
    try:
        return config_from_dict(data, name=str(data.get("_name_or_path") or p.parent.name or p.name))
    except (TypeError, ValueError) as exc:
        raise ConfigError(f"{p}: {exc}") from None


# A model's configuration written in a note's front matter, under its name (`yi-1.5-34b: {hidden: 7168, layers: 60,
# heads: 56, kv_heads: 8, head_dim: 128, mlp: 20480, vocab: 64000, tied: false}`), in the short names people use.
_SHORT_KEYS = {
    "hidden": "hidden_size",
    "hidden_size": "hidden_size",
    "d_model": "hidden_size",
    "dim": "hidden_size",
    "layers": "num_hidden_layers",
    "n_layers": "num_hidden_layers",
    "num_layers": "num_hidden_layers",
    "num_hidden_layers": "num_hidden_layers",
    "heads": "num_attention_heads",
    "n_heads": "num_attention_heads",
    "num_attention_heads": "num_attention_heads",
    "kv_heads": "num_key_value_heads",
    "n_kv_heads": "num_key_value_heads",
    "num_key_value_heads": "num_key_value_heads",
    "head_dim": "head_dim",
    "mlp": "intermediate_size",
    "ffn": "intermediate_size",
    "inter": "intermediate_size",
    "intermediate": "intermediate_size",
    "intermediate_size": "intermediate_size",
    "d_ff": "intermediate_size",
    "vocab": "vocab_size",
    "vocab_size": "vocab_size",
    "tied": "tie_word_embeddings",
    "tie_word_embeddings": "tie_word_embeddings",
}
_NEEDED = {"hidden_size", "num_hidden_layers", "num_attention_heads", "intermediate_size", "vocab_size"}
_PARAMS_KEYS = ("params", "parameters", "n_params", "num_parameters", "params_total")
_MAX_PROPERTY_MODELS = 32  # a bounded look: a front matter of thousands of mappings is read no further


def _config_of(name: str, fields: dict[str, Any]) -> ModelConfig | None:
    """A dense gated-MLP (Llama-like) decoder from a mapping of short config names, when it states the five numbers the
    parameter count needs (and agrees, within 1 %, with a count it states too); else None."""
    cfg: dict[str, Any] = {}
    for key, value in fields.items():
        long = _SHORT_KEYS.get(str(key).lower())
        if long is None:
            continue
        if long == "tie_word_embeddings":
            if isinstance(value, bool):
                cfg[long] = value
            continue
        if isinstance(value, bool) or not isinstance(value, int) or not 0 < value < 10**7:
            return None  # `head_dim: "128 (64 for 0.5B)"`: not one number
        cfg[long] = value
    if not cfg.keys() >= _NEEDED or any(str(k).lower() in ("experts", "num_experts", "num_local_experts") for k in fields):
        return None
    try:
        config = config_from_dict({**cfg, "model_type": "llama"}, name=name)
    except (ConfigError, TypeError, ValueError, ZeroDivisionError):
        return None
    stated = next((fields[k] for k in _PARAMS_KEYS if isinstance(fields.get(k), (int, float)) and fields[k] > 0), None)
    if stated is not None:
        total = count_parameters(config).total
        if abs(total - stated) > 0.01 * stated:
            return None  # the count the note states is not this architecture's: some part is another shape
    return config


@lru_cache(maxsize=1)
def _catalogued_counts() -> tuple[int, ...]:
    return tuple(sorted(count_parameters(m).total for m in MODELS))


def _a_catalogued_count(total: int) -> bool:
    """A catalogued model has this count (within 0.1 %): the front matter configures it under another spelling
    (`llama_3_2_1b:`), and the catalogue's entry, aliases and family stay what names it."""
    return any(abs(total - c) <= 0.001 * c for c in _catalogued_counts())


def configs_in_properties(properties: Any) -> dict[str, ModelConfig]:
    """Model configurations a note's front matter states under a model's name (its key, or a `name`/`model` field),
    for models the catalogue lacks; by normalised name. Nested up to three levels, at most 32 mappings read."""
    out: dict[str, ModelConfig] = {}
    seen = 0
    stack: list[tuple[str, Any, int]] = [("", properties, 0)]
    while stack and seen < _MAX_PROPERTY_MODELS:
        key, value, depth = stack.pop()
        if not isinstance(value, dict):
            continue
        seen += 1
        named = value.get("name") or value.get("model") or key
        if isinstance(named, str) and re.search(r"[^\W\d_]", named) and re.search(r"\d", named):
            config = _config_of(named, value)
            if config is not None and catalogued(named) is None and not _a_catalogued_count(count_parameters(config).total):
                out.setdefault(normalise_name(named), config)
                continue
        if depth < 3:
            stack.extend((str(k), v, depth + 1) for k, v in list(value.items())[:64])
    return out
