"""Claim cases of our own wording for the twentieth round's lead rules: a batch written as a hyphenated
count (`the 32-user batch`, `a 64-request batch`) is that batch."""

from __future__ import annotations

import pytest
from conftest import H, V, W, check_claims

_KV = "# KV\n\n"

CASES = [
    ("en-32-user-batch-holds", _KV + "Llama-3.1-8B KV cache: the 32-user batch at 8K takes 32 GiB.\n", [H], ""),
    ("en-32-user-batch-wrong", _KV + "Llama-3.1-8B KV cache: the 32-user batch at 8K takes 8 GiB.\n", [W], "32 GiB"),
    ("en-16-request-batch", _KV + "For Llama-3.1-8B a 16-request batch of 8K contexts keeps 16 GiB of KV cache.\n", [H], ""),
    (
        "en-fp8-two-figures",
        _KV + "For Llama-3.1-8B, with an fp8 KV cache the 8K conversation shrinks to 0.5 GiB and the 32-user batch to 40 GiB.\n",
        [H, W],
        "16 GiB",
    ),
]


@pytest.mark.parametrize(("text", "groups", "shown"), [c[1:] for c in CASES], ids=[c[0] for c in CASES])
def test_lead20_cases(text: str, groups: list[str], shown: str) -> None:
    check_claims(text, groups, shown)


ADAPTER_CASES = [
    # a sentence about the base model below a line about the adapter is not the adapter's size
    (
        "ru-base-below-adapter",
        "# QLoRA\n\nLoRA r = 16 на q, k, v, o (все 5120 × 5120): 26,2 млн обучаемых параметров.\n"
        "Базовая модель в NF4 с двойной квантизацией — 6,71 ГБ.\n",
        [],
        "",
    ),
    (
        "en-base-below-adapter",
        "# QLoRA\n\nThe LoRA adapter has 26.2M trainable parameters.\nThe frozen base in NF4 is 6.71 GB.\n",
        [],
        "",
    ),
]


@pytest.mark.parametrize(("text", "groups", "shown"), [c[1:] for c in ADAPTER_CASES], ids=[c[0] for c in ADAPTER_CASES])
def test_a_base_size_below_an_adapter_line_is_not_the_adapters(text: str, groups: list[str], shown: str) -> None:
    check_claims(text, groups, shown)


_RUNBOOK = (
    "# chat-8b runbook\n\nService `chat-8b`, model `meta-llama/Meta-Llama-3-8B-Instruct`, one L40S.\n\n"
    "## Numbers\n\n> [!info] Sizing\n"
)
NOTE_MODEL_CASES = [
    # the one model a note names, in its intro, is the last resort for a sizing line that names none …
    ("en-runbook-holds", _RUNBOOK + "> - bf16 checkpoint on disk: 16.06 GB.\n", [H], ""),
    # … and a figure that does not fit it is a reading (unverifiable, with the recomputation), not an error, unless
    # its mismatch is a telltale slip (exactly twice or half, GiB as GB: test_claims_lead22.py)
    ("en-runbook-not-an-error", _RUNBOOK + "> - bf16 checkpoint on disk: 9.5 GB.\n", [V], ""),
    ("en-runbook-half-is-an-error", _RUNBOOK + "> - bf16 checkpoint on disk: 8 GB.\n", [W], "16.061 GB"),
    # a note naming two models has no such model
    (
        "en-two-models-none",
        "# Notes\n\nWe compared Llama-3-8B and Mistral-7B.\n\n## Numbers\n\n- bf16 checkpoint on disk: 8 GB.\n",
        [],
        "",
    ),
]


@pytest.mark.parametrize(("text", "groups", "shown"), [c[1:] for c in NOTE_MODEL_CASES], ids=[c[0] for c in NOTE_MODEL_CASES])
def test_the_one_model_a_note_names_gives_readings(text: str, groups: list[str], shown: str) -> None:
    check_claims(text, groups, shown)
    if groups == [V]:
        from conftest import note_claims

        (claim,) = note_claims(text)
        assert "16.061 GB" in claim.explanation and "not an error" in claim.explanation  # type: ignore[attr-defined]


SUM_CASES = [
    # the total of a sum is no size of the model, and its last term labelled at length is no conversion
    (
        "ru-sum-total-not-kv",
        "# Ноутбук\n\nLlama-3-8B Q4_K_M (4,58 ГиБ) + кэш на 8K (1 ГиБ) = 5,58 ГиБ.\n",
        [H, H, V],
        "",
    ),
    (
        "en-labelled-sum-not-a-conversion",
        "# Plan\n\nLlama-3-8B: weights 16 GB + KV cache at 8K 1 GiB = 17.07 GB in total.\n",
        [V, V, V],
        "",
    ),
]


@pytest.mark.parametrize(("text", "groups", "shown"), [c[1:] for c in SUM_CASES], ids=[c[0] for c in SUM_CASES])
def test_a_sums_total_is_no_size_of_the_model(text: str, groups: list[str], shown: str) -> None:
    check_claims(text, groups, shown)


_FRONT = "---\nmodel: meta-llama/Llama-3.1-8B\n{}\n---\n# Llama\n\nText.\n"
FRONT_MATTER_CASES = [
    # a front-matter key about the weights in a storage type is read as words (`weights_bf16` → weights, bf16)
    ("en-weights-bf16-key", _FRONT.format("weights_bf16: 16.06 GB"), [H], ""),
    ("en-weights-int4-key-wrong", _FRONT.format("weights_int4: 8 GB"), [W], "4.015 GB"),
    ("ru-vesa-fp32-key", _FRONT.format("веса_fp32: 32,1 ГБ"), [H], ""),
    # a key naming a model and a type is read as both (`claims/keys.py`: Llama 3.2 1B, 1.24B × 2 = 2.47 GB) …
    ("en-model-size-key", _FRONT.format("llama32_1b_bf16: 2.47 GB"), [H], ""),
    # … a total stays one word: no dtype is read from it
    ("en-total-key", _FRONT.format("total_disk_all_bf16: 22.7 GB"), [V], ""),
]


@pytest.mark.parametrize(("text", "groups", "shown"), [c[1:] for c in FRONT_MATTER_CASES], ids=[c[0] for c in FRONT_MATTER_CASES])
def test_front_matter_weight_keys_are_read_as_words(text: str, groups: list[str], shown: str) -> None:
    check_claims(text, groups, shown)


COMPARED_WITH_CONTEXT = [
    # the subject of a comparison that names only the model compared with is the model the context gives
    (
        "ru-percent-vs-named",
        "# Mixtral-8x22B\n\nКэш на токен на 75 % больше, чем у Mixtral 8x7B с её 128 КиБ.\n",
        [H, H],
        "",
    ),
    (
        "ru-percent-vs-named-wrong",
        "# Mixtral-8x22B\n\nКэш на токен на 175 % больше, чем у Mixtral 8x7B с её 128 КиБ.\n",
        [H, W],
        "75",
    ),
    ("en-percent-vs-named", "# Mistral-7B\n\nIts cache per token is 75 % smaller than that of Llama-2-7B.\n", [H], ""),
    ("en-percent-than-named-wrong", "# Mistral-7B\n\nIts cache per token is 50 % smaller than Llama-2-7B.\n", [W], "75.0%"),
    # … and with no model in the context, nothing is compared
    ("en-no-context", "# Notes\n\nThe cache per token is 75 % smaller than that of Llama-2-7B.\n", [], ""),
]


@pytest.mark.parametrize(("case", "text", "groups", "shown"), COMPARED_WITH_CONTEXT)
def test_the_context_model_is_the_subject_of_a_comparison_naming_one_model(
    case: str, text: str, groups: list[str], shown: str
) -> None:
    check_claims(text, groups, shown)
