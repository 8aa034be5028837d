"""Claim cases of our own wording for the lead's fixes of regressions this round's rules brought
into older rows: a Russian comparative's bare genitive is the referent of its own ratio only, not
the subject of the next one."""

from __future__ import annotations

import pytest
from conftest import H, V, W, check_claims

FURTHER_RATIOS = [
    ("ru-second-ratio-keeps-subject", "int4 в 2 раза меньше int8 и в 4 раза меньше fp16.", [H, H], ""),
    ("ru-second-ratio-keeps-subject-wrong", "int4 в 2 раза меньше int8 и в 8 раз меньше fp16.", [H, W], "ratio 4"),
    ("ru-second-ratio-fp32", "int8 в 2 раза меньше fp16 и в 4 раза меньше fp32.", [H, H], ""),
]


@pytest.mark.parametrize(("text", "groups", "shown"), [c[1:] for c in FURTHER_RATIOS], ids=[c[0] for c in FURTHER_RATIOS])
def test_a_further_ratio_keeps_the_sentences_subject(text: str, groups: list[str], shown: str) -> None:
    check_claims(text, groups, shown)


# the tensor-parallel degree written as a config key (`tensor_parallel_size: 4` in the front matter,
# `--tensor-parallel-size 4` in a serving command) is the note's device count for per-GPU figures
TP_KEYS = [
    (
        "en-tp-key-weights",
        "---\ntensor_parallel_size: 4\n---\nLlama-3-70B in bf16 puts 35.3 GB of weights on each GPU.\n",
        [H],
        "",
    ),
    (
        "en-tp-key-weights-wrong",
        "---\ntensor_parallel: 4\n---\nLlama-3-70B in bf16 puts 17.6 GB of weights on each GPU.\n",
        [W],
        "35.277 GB",
    ),
    (
        "en-tp-flag-kv",
        "Served with `--tensor-parallel-size 4`.\n\nThe bf16 KV cache of Llama-3-70B on each GPU is 80 KiB per token.\n",
        [H],
        "",
    ),
    (
        "en-tp-flag-kv-wrong",
        "Served with `--tensor-parallel-size 4`.\n\nThe bf16 KV cache of Llama-3-70B on each GPU is 160 KiB per token.\n",
        [W],
        "80 KiB",
    ),
]


@pytest.mark.parametrize(("text", "groups", "shown"), [c[1:] for c in TP_KEYS], ids=[c[0] for c in TP_KEYS])
def test_a_tensor_parallel_config_key_is_the_device_count(text: str, groups: list[str], shown: str) -> None:
    check_claims(text, groups, shown)


# a per-device figure the sentence calls the recipe's total split over the devices is the model
# states alone: above the stage's share it is wrong (a forgotten part of the split), not
# "activations may come on top"; without such words a figure above the share stays unverifiable
SPLIT_TOTAL = [
    (
        "en-split-total-holds",
        "Mixed-precision Adam costs 16 bytes per parameter.\n"
        "ZeRO-3 over 8 GPUs splits the 16-byte total, giving 13.5 GB per GPU for Llama-2-7B.\n",
        [H],
        "",
    ),
    (
        "en-split-total-quarter-wrong",
        "Mixed-precision Adam costs 16 bytes per parameter.\n"
        "ZeRO-3 over 8 GPUs splits the 16-byte total, giving 27 GB per GPU for Llama-2-7B.\n",
        [W],
        "13.477 GB",
    ),
    (
        "ru-split-total-wrong",
        "Смешанная точность с Adam — 16 байт на параметр.\nZeRO-3 на 8 GPU делит эту сумму: 27 ГБ на GPU для Llama-2-7B.\n",
        [W],
        "13.477 GB",
    ),
    (
        "ru-split-total-holds",
        "Смешанная точность с Adam — 16 байт на параметр.\nZeRO-3 на 8 GPU делит эту сумму: 13,5 ГБ на GPU для Llama-2-7B.\n",
        [H],
        "",
    ),
    (
        "en-above-share-in-practice",
        "Mixed-precision Adam costs 16 bytes per parameter.\n"
        "ZeRO-3 over 8 GPUs: about 27 GB per GPU for Llama-2-7B in practice.\n",
        [V],
        "",
    ),
]


@pytest.mark.parametrize(("text", "groups", "shown"), [c[1:] for c in SPLIT_TOTAL], ids=[c[0] for c in SPLIT_TOTAL])
def test_a_split_total_per_device_is_the_states_alone(text: str, groups: list[str], shown: str) -> None:
    check_claims(text, groups, shown)


# what a model is trained on is its data: a count after "train on" / «обучаем на» is no parameter
# count for a tokens-per-parameter rate (the rate then has no model: no claim, never an error)
TRAINED_ON = [
    ("en-train-on-is-data", "The optimal budget is 26B tokens; we train on 100B anyway, about 77 tokens per parameter.", [], ""),
    ("ru-train-on-is-data", "Оптимум — 26 млрд токенов, но обучаем на 100 млрд, около 77 токенов на параметр.", [], ""),
    # … while a model or a parameter count said before the rate still gives it
    ("en-model-trained-on", "A 7B model trained on 140B tokens gets 20 tokens per parameter.", [H], ""),
    ("en-model-trained-on-wrong", "A 7B model trained on 140B tokens gets 40 tokens per parameter.", [W], "= 20 tokens"),
    (
        "ru-model-trained-on-wrong",
        "Модель на 7 млрд параметров обучаем на 140 млрд токенов — 40 токенов на параметр.",
        [W],
        "= 20 tokens",
    ),
]


@pytest.mark.parametrize(("text", "groups", "shown"), [c[1:] for c in TRAINED_ON], ids=[c[0] for c in TRAINED_ON])
def test_what_a_model_is_trained_on_is_no_parameter_count(text: str, groups: list[str], shown: str) -> None:
    check_claims(text, groups, shown)
