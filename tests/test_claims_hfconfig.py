"""`vaultkit size path/to/config.json`: a local Hugging Face config, read offline, for three
architectures (dense GQA, mixture of experts, tied embeddings)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from vaultkit.claims.engine import count_parameters
from vaultkit.claims.hfconfig import ConfigError, read_config
from vaultkit.cli import main

CONFIGS = {
    "dense-gqa (Llama-3-8B)": (
        {
            "model_type": "llama",
            "hidden_size": 4096,
            "intermediate_size": 14336,
            "num_hidden_layers": 32,
            "num_attention_heads": 32,
            "num_key_value_heads": 8,
            "vocab_size": 128256,
            "tie_word_embeddings": False,
            "max_position_embeddings": 8192,
        },
        8_030_261_248,
    ),
    "moe (Mixtral-8x7B)": (
        {
            "model_type": "mixtral",
            "hidden_size": 4096,
            "intermediate_size": 14336,
            "num_hidden_layers": 32,
            "num_attention_heads": 32,
            "num_key_value_heads": 8,
            "vocab_size": 32000,
            "num_local_experts": 8,
            "num_experts_per_tok": 2,
            "tie_word_embeddings": False,
        },
        46_702_792_704,
    ),
    "tied (Qwen2.5-0.5B)": (
        {
            "model_type": "qwen2",
            "hidden_size": 896,
            "intermediate_size": 4864,
            "num_hidden_layers": 24,
            "num_attention_heads": 14,
            "num_key_value_heads": 2,
            "vocab_size": 151936,
            "tie_word_embeddings": True,
        },
        494_032_768,
    ),
    "tied by default (GPT-2)": (
        {"model_type": "gpt2", "n_embd": 768, "n_layer": 12, "n_head": 12, "vocab_size": 50257, "n_positions": 1024},
        124_439_808,
    ),
}


@pytest.mark.parametrize("name", list(CONFIGS))
def test_config_json_counts(name: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    cfg, exact = CONFIGS[name]
    path = tmp_path / "config.json"
    path.write_text(json.dumps(cfg), encoding="utf-8")
    assert count_parameters(read_config(path)).total == exact
    assert main(["size", str(path), "--dtype", "bf16"]) == 0
    assert f"{exact:,} parameters" in capsys.readouterr().out


def test_moe_config_reports_active_parameters(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = tmp_path / "config.json"
    path.write_text(json.dumps(CONFIGS["moe (Mixtral-8x7B)"][0]), encoding="utf-8")
    assert main(["size", str(path), "--context", "4096"]) == 0
    out = capsys.readouterr().out
    assert "12,879,925,248 active per token" in out and "KV cache" in out


def test_bad_config_is_a_usage_error(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = tmp_path / "config.json"
    path.write_text("{not json", encoding="utf-8")
    with pytest.raises(ConfigError):
        read_config(path)
    assert main(["size", str(path)]) == 2
    assert "vaultkit: error:" in capsys.readouterr().err
