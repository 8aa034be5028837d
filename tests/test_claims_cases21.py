"""Claim cases of our own wording (English and Russian) for the twenty-first round: model names.

A count written right after a bare family name (`У Mixtral 46,7 млрд параметров`) is the
sentence's figure, never a part of the name: read as `Mixtral 46` the figure was cut to `7 млрд`
and judged wrong on a right statement. Ollama tags (`qwen2.5:7b`, `llama3.1:8b-instruct-q4_K_M`)
and GGUF file names name the catalogued model; a derivative the catalogue lacks
(`deepseek-r1:7b`, a distilled Qwen) names none."""

from __future__ import annotations

import pytest
from conftest import H, V, W, check_claims

from vaultkit.claims.catalog import find_mentions, find_model

COUNT_AFTER_FAMILY = [
    # a right count right after the family name holds, in every way of writing the number
    ("ru-decimal-comma", "У Mixtral 46,7 млрд параметров.", [H], ""),
    ("ru-grouped-digits", "У Mixtral 46 702 792 704 параметра.", [H], ""),
    ("en-decimal-point", "Mixtral 46.7 billion parameters in total, all of them loaded.", [H], ""),
    ("ru-after-model-word", "У модели Mixtral 46,7 млрд параметров, из них активны 12,9 млрд.", [H, H], ""),
    # … a wrong count of the same shape is an error with the config's count
    ("ru-grouped-digits-wrong", "У Mixtral 56 702 792 704 параметра.", [W], "46,702,792,704"),
    ("ru-decimal-comma-wrong", "У Mixtral 56,7 млрд параметров.", [W], "46.703B"),
    ("ru-scale-word-wrong", "У Mixtral 56 млрд параметров.", [W], "46.703B"),
]


@pytest.mark.parametrize(("text", "groups", "shown"), [c[1:] for c in COUNT_AFTER_FAMILY], ids=[c[0] for c in COUNT_AFTER_FAMILY])
def test_a_count_after_a_family_name_is_no_part_of_the_name(text: str, groups: list[str], shown: str) -> None:
    check_claims(text, groups, shown)


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("У Mixtral 46,7 млрд параметров", "Mixtral"),
        ("Mixtral 46 702 792 704 parameters", "Mixtral"),
        ("Llama 2 70 GB", "Llama 2"),
        # a size after a version is still the name's
        ("Llama 3.1 405B in bf16", "Llama 3.1 405B"),
        ("Llama 2 7B 100 tokens", "Llama 2 7B"),
        ("Mixtral 8x7B 46 702 792 704", "Mixtral 8x7B"),
    ],
)
def test_where_a_name_ends(text: str, name: str) -> None:
    assert [m.text for m in find_mentions(text)][:1] == [name]


OLLAMA_TAGS = [
    ("qwen2.5:7b", "qwen2.5-7b"),
    ("qwen2.5:72b-instruct-q4_K_M", "qwen2.5-72b"),
    ("llama3.1:8b", "llama-3.1-8b"),
    ("llama3:70b", "llama-3-70b"),
    ("gemma2:9b", "gemma-2-9b"),
    ("mixtral:8x7b", "mixtral-8x7b-v0.1"),
    ("phi3:mini", "phi-3-mini-4k"),
]


@pytest.mark.parametrize(("tag", "config"), OLLAMA_TAGS, ids=[t for t, _ in OLLAMA_TAGS])
def test_an_ollama_tag_names_the_catalogued_model(tag: str, config: str) -> None:
    found = find_mentions(f"ollama run {tag} on the laptop")
    assert [m.config.name if m.config else None for m in found] == [config]


def test_a_gguf_file_name_or_quant_suffix_is_dropped() -> None:
    cfg = find_model("Llama-3.1-8B-Instruct-Q4_K_M.gguf")
    assert cfg is not None and cfg.name == "llama-3.1-8b"
    cfg = find_model("qwen2.5-7b-instruct-q8_0")
    assert cfg is not None and cfg.name == "qwen2.5-7b"


def test_a_derivative_the_catalogue_lacks_is_no_match() -> None:
    # `deepseek-r1:7b` is a distilled Qwen, not a DeepSeek-V3 nor a 7B of any family the catalogue holds
    assert [m.config for m in find_mentions("ollama run deepseek-r1:7b") if m.config is not None] == []


TAG_CLAIMS = [
    ("en-tag-count", "qwen2.5:7b has 7.6B parameters.", [H], ""),
    ("en-tag-weights", "Pulled llama3.1:8b; in fp16 it is 16 GB of weights.", [H], ""),
    ("ru-tag-weights", "Скачал llama3.1:8b: в fp16 это 16 ГБ весов.", [H], ""),
    # … a wrong figure for a tag is an error with the catalogued model's value
    ("en-tag-count-wrong", "qwen2.5:7b has 9.6B parameters.", [W], "7.616B"),
    ("ru-tag-weights-wrong", "Скачал llama3.1:8b: в fp16 это 8 ГБ весов.", [W], "16.061 GB"),
    # a name the catalogue lacks stays unverifiable, never judged against another model
    ("en-unknown-tag", "starcoder2:15b has 16B parameters.", [V], ""),
]


@pytest.mark.parametrize(("text", "groups", "shown"), [c[1:] for c in TAG_CLAIMS], ids=[c[0] for c in TAG_CLAIMS])
def test_claims_about_an_ollama_tag(text: str, groups: list[str], shown: str) -> None:
    check_claims(text, groups, shown)


SAME_BUDGET_ABOVE = [
    # a rate per parameter that refers back to the budget a line above states divides that budget
    (
        "en-same-budget",
        "- Every size saw 2 trillion training tokens.\n- For Llama-2-7B the same budget is about 297 tokens per parameter.",
        [H],
        "",
    ),
    (
        "ru-same-budget",
        "Все размеры обучали на 2 трлн токенов.\nДля Llama-2-13B тот же бюджет — около 154 токенов на параметр.",
        [H],
        "",
    ),
    # … a wrong rate of the same shape is an error with the budget over the model's count
    (
        "en-same-budget-wrong",
        "- Every size saw 2 trillion training tokens.\n- For Llama-2-7B the same budget is about 30 tokens per parameter.",
        [W],
        "297",
    ),
    (
        "ru-same-budget-wrong",
        "Все размеры обучали на 2 трлн токенов.\nДля Llama-2-13B тот же бюджет — около 300 токенов на параметр.",
        [W],
        "154",
    ),
    # no reference back, two budgets above, or no catalogued model: nothing is read from the line above
    ("en-no-reference", "- Every size saw 2 trillion tokens.\n- Llama-2-7B is at about 30 tokens per parameter.", [], ""),
    (
        "en-two-budgets-above",
        "- The 7B saw 1 trillion tokens and the 70B 2 trillion tokens.\n"
        "- For Llama-2-7B the same budget is about 30 tokens per parameter.",
        [],
        "",
    ),
    (
        "en-no-model",
        "- Every size saw 2 trillion training tokens.\n- For our model the same budget is about 30 tokens per parameter.",
        [],
        "",
    ),
]


@pytest.mark.parametrize(("text", "groups", "shown"), [c[1:] for c in SAME_BUDGET_ABOVE], ids=[c[0] for c in SAME_BUDGET_ABOVE])
def test_a_rate_per_parameter_after_the_same_budget(text: str, groups: list[str], shown: str) -> None:
    check_claims(text, groups, shown)
