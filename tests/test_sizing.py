"""The sizing engine against claims-gold.md §1.5, §1.6 and §2.1, and `vaultkit size`."""

from __future__ import annotations

import pytest

from vaultkit.claims.catalog import MODELS, PUBLISHED_ROUNDED, find_model
from vaultkit.claims.engine import GB, GIB, count_parameters, dtype_bytes, gguf_bytes, kv_cache_bytes
from vaultkit.cli import main

EXACT = {
    "gpt2": 124_439_808,
    "gpt2-medium": 354_823_168,
    "gpt2-large": 774_030_080,
    "gpt2-xl": 1_557_611_200,
    "bert-base-uncased": 109_482_240,
    "bert-base-cased": 108_310_272,
    "bert-large-uncased": 335_141_888,
    "llama-2-7b": 6_738_415_616,
    "llama-2-13b": 13_015_864_320,
    "llama-2-70b": 68_976_648_192,
    "llama-3-8b": 8_030_261_248,
    "llama-3-70b": 70_553_706_496,
    "mistral-7b-v0.1": 7_241_732_096,
    "mixtral-8x7b-v0.1": 46_702_792_704,
    "qwen2.5-7b": 7_615_616_512,
    "falcon-7b": 6_921_720_704,
}
# Counts from the models' published config.json, reproduced by the formula to the parameter
# (HF model cards / safetensors totals of the base checkpoints).
EXACT_MORE = {
    "llama-7b": 6_738_415_616,
    "llama-13b": 13_015_864_320,
    "llama-33b": 32_528_943_616,
    "llama-65b": 65_285_660_672,
    "llama-3.1-8b": 8_030_261_248,
    "llama-3.1-70b": 70_553_706_496,
    "llama-3.1-405b": 405_853_388_800,
    "llama-3.2-1b": 1_235_814_400,
    "llama-3.2-3b": 3_212_749_824,
    "tinyllama-1.1b": 1_100_048_384,
    "mistral-7b-v0.2": 7_241_732_096,
    "mistral-7b-v0.3": 7_248_023_552,
    "mistral-nemo-12b": 12_247_782_400,
    "qwen2.5-0.5b": 494_032_768,
    "qwen2.5-1.5b": 1_543_714_304,
    "qwen2.5-3b": 3_085_938_688,
    "gemma-2-2b": 2_614_341_888,
    "gemma-2-9b": 9_241_705_984,
    "gemma-2-27b": 27_227_128_320,
    "gemma-3-1b": 999_885_952,
    "phi-3-mini-4k": 3_821_079_552,
    "qwen3-4b": 4_022_468_096,
    "qwen3-8b": 8_190_735_360,
    "qwen3-14b": 14_768_307_200,
    "qwen3-32b": 32_762_123_264,
    "qwen3-30b-a3b": 30_532_122_624,
    "qwen3-235b-a22b": 235_093_634_560,
    "t5-small": 60_506_624,
    "t5-base": 222_903_552,
    "t5-large": 737_668_096,
}
# Only a rounded count is published: the formula must land within 0.5 % of it.
NOMINAL = {
    "mixtral-8x22b-v0.1": 141e9,
    "qwen2.5-14b": 14.7e9,
    "qwen2.5-32b": 32.8e9,
    "qwen2.5-72b": 72.7e9,
    "phi-3-medium-4k": 14.0e9,
    "phi-4": 14.7e9,
    "deepseek-v3": 671e9,
    "gpt-oss-20b": 20.91e9,
    "gpt-oss-120b": 116.83e9,
}


@pytest.mark.parametrize("name", list(EXACT) + list(EXACT_MORE))
def test_parameter_formula_is_exact(name: str) -> None:
    model = find_model(name)
    assert model is not None
    assert count_parameters(model).total == (EXACT | EXACT_MORE)[name] == model.exact


@pytest.mark.parametrize("name", list(NOMINAL))
def test_parameter_formula_matches_the_published_rounded_count(name: str) -> None:
    model = find_model(name)
    assert model is not None
    assert abs(count_parameters(model).total - NOMINAL[name]) / NOMINAL[name] < 0.006


def test_deepseek_v3_active_parameters_and_mla_cache() -> None:
    model = find_model("deepseek-ai/DeepSeek-V3")
    assert model is not None
    assert count_parameters(model).total == 671_026_419_200
    assert round(count_parameters(model).active / 1e9) == 38  # "37B activated" (37.55 B)
    assert kv_cache_bytes(model, 1) == 61 * (512 + 64) * 2


def test_gpt3_within_a_quarter_percent_of_the_paper() -> None:
    model = find_model("gpt-3")
    assert model is not None
    total = count_parameters(model).total
    assert abs(total - PUBLISHED_ROUNDED["gpt-3"]) / PUBLISHED_ROUNDED["gpt-3"] < 0.0025


def test_every_catalogued_model_is_tested() -> None:
    assert {m.name for m in MODELS} == set(EXACT) | set(EXACT_MORE) | set(NOMINAL) | {"gpt-3"}
    assert len(MODELS) >= 40


def test_mixtral_active_parameters() -> None:
    model = find_model("mixtral-8x7b")
    assert model is not None
    assert round(count_parameters(model).active / 1e9, 2) == 12.88


@pytest.mark.parametrize(
    ("name", "kib"),
    [("llama-2-7b", 512), ("llama-2-70b", 320), ("llama-3-8b", 128), ("qwen2.5-7b", 56), ("falcon-7b", 8)],
)
def test_kv_cache_per_token(name: str, kib: int) -> None:
    model = find_model(name)
    assert model is not None
    assert kv_cache_bytes(model, 1) == kib * 1024


@pytest.mark.parametrize(
    ("ftype", "gib"),
    [("Q4_K_M", 4.58), ("Q5_K_M", 5.33), ("Q8_0", 7.95), ("Q4_0", 4.34)],
)
def test_gguf_mix_within_two_percent(ftype: str, gib: float) -> None:
    model = find_model("llama-3-8b")
    assert model is not None
    assert abs(gguf_bytes(model, ftype) / GIB - gib) / gib < 0.02


@pytest.mark.parametrize(
    ("dtype", "b"),
    [("fp32", 4), ("FP16", 2), ("bf16", 2), ("int8", 1), ("int4", 0.5), ("nf4", 0.5), ("tf32", 4), ("Q8_0", 1.0625)],
)
def test_dtype_bytes(dtype: str, b: float) -> None:
    assert dtype_bytes(dtype) == b


def test_size_cli_llama_2_7b(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["size", "llama-2-7b", "--dtype", "fp16"]) == 0
    out = capsys.readouterr().out
    assert "6,738,415,616 parameters" in out
    assert "13.48 GB (12.55 GiB)" in out


def test_size_cli_counts_kv_and_training(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["size", "7B", "--dtype", "int8", "--training"]) == 0
    out = capsys.readouterr().out
    assert "7,000,000,000 parameters" in out and "7.00 GB (6.52 GiB)" in out
    assert "112.00 GB" in out and "126.00 GB" in out  # 16 and 18 bytes per parameter
    assert main(["size", "llama-3-8b", "--context", "8192", "--batch", "2"]) == 0
    assert f"{2 * 128 * 1024 * 8192 / GB:,.2f} GB" in capsys.readouterr().out


@pytest.mark.parametrize(
    "argv", [["size", "no-such-model"], ["size", "7B", "--dtype", "fp7"], ["size", "7B", "--context", "10"], ["size"]]
)
def test_size_cli_usage_errors(argv: list[str], capsys: pytest.CaptureFixture[str]) -> None:
    assert main(argv) == 2
    assert "vaultkit: error:" in capsys.readouterr().err
