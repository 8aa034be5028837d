"""Claim cases of our own wording (English and Russian) for the eighth round: error precision.
Readings the checker cannot be sure of come out unverifiable, never as an error: a bare number
after `NAME=` in a code comment is a setting the line ran with (`TP=4`), not the value it prints;
a size after a factor times the weights (`≈ 1.2 × weights`) is that product, not the weights;
a model that a paragraph only brings in for comparison is no certain subject of the paragraph
after it. Each row is a note (or a line), the verdict groups its claims must come out with, and a
fragment every wrong claim's message must show (the right recomputation). None of these sentences
is taken from a corpus."""

from __future__ import annotations

import pytest
from conftest import H, V, W, check_claims

_BLOCK = "```python\nn = 7_516_192_768\nprint(n * 2 / 2**30 / 4)  # {comment}\n```\n"

COMMENT_SETTINGS = [
    ("en-size-per-gpu-at-tp-holds", _BLOCK.format(comment="3,5 GiB per GPU at TP=4"), [H], ""),
    ("ru-size-per-gpu-at-tp-holds", _BLOCK.format(comment="3,5 ГиБ на карту при TP=4"), [H], ""),
    ("en-size-per-gpu-at-tp-wrong", _BLOCK.format(comment="7 GiB per GPU, tp_size=4"), [W], "3.5 GiB"),
    ("ru-size-per-gpu-batch-setting-wrong", _BLOCK.format(comment="7,5 ГиБ на GPU при batch=4"), [W], "3.5 GiB"),
]


@pytest.mark.parametrize(("text", "groups", "shown"), [c[1:] for c in COMMENT_SETTINGS], ids=[c[0] for c in COMMENT_SETTINGS])
def test_setting_in_a_comment_is_not_the_printed_value(text: str, groups: list[str], shown: str) -> None:
    check_claims(text, groups, shown)


MULTIPLE_OF_WEIGHTS = [
    (
        "en-factor-times-weights",
        "Rule of thumb: serving takes about 1.2 × weights, so Llama-2-13B in fp16 wants some 31 GB.",
        [V],
        "",
    ),
    ("ru-weights-times-factor", "На глаз память ≈ веса × 1,2, то есть Llama-2-13B в fp16 — около 31 ГБ.", [V], ""),
    # without the factor the same figure is the weights, and wrong
    ("en-plain-weights-still-wrong", "Llama-2-13B in fp16 weighs 31 GB.", [W], "26.032 GB"),
    ("ru-plain-weights-still-wrong", "Веса Llama-2-13B в fp16 — 31 ГБ.", [W], "26.032 GB"),
]


@pytest.mark.parametrize(
    ("text", "groups", "shown"), [c[1:] for c in MULTIPLE_OF_WEIGHTS], ids=[c[0] for c in MULTIPLE_OF_WEIGHTS]
)
def test_size_after_a_factor_of_the_weights(text: str, groups: list[str], shown: str) -> None:
    check_claims(text, groups, shown)


ASIDE_MODEL = [
    (
        "ru-aside-model-other-figure",
        "Заметка про память большой модели.\n\nДля сравнения, у Llama 3 8B в bf16 — 16 ГБ.\n\nKV-кэш в fp16: 320 КиБ на токен.\n",
        [H, V],
        "",
    ),
    (
        "en-aside-model-other-figure",
        "Notes on a big model.\n\nFor comparison, Llama-3-8B in bf16 is 16 GB.\n\nIts KV cache in fp16: 320 KiB per token.\n",
        [H, V],
        "",
    ),
    # a figure that fits the compared model is no error either
    (
        "en-aside-model-fitting-figure",
        "Notes on a big model.\n\nBy comparison, Llama-3-8B in bf16 is 16 GB.\n\nThe KV cache in fp16 takes 128 KiB per token.\n",
        [H, H],
        "",
    ),
    # a paragraph that is about the model (no comparison) still carries it, and a wrong figure is flagged
    (
        "en-carried-model-still-wrong",
        "Notes on a model.\n\nLlama-3-8B in bf16 is 16 GB.\n\nThe KV cache in fp16 takes 320 KiB per token.\n",
        [H, W],
        "128 KiB",
    ),
    (
        "ru-carried-model-still-wrong",
        "Заметка.\n\nLlama 3 8B в bf16 — 16 ГБ.\n\nKV-кэш в fp16: 320 КиБ на токен.\n",
        [H, W],
        "128 KiB",
    ),
]


@pytest.mark.parametrize(("text", "groups", "shown"), [c[1:] for c in ASIDE_MODEL], ids=[c[0] for c in ASIDE_MODEL])
def test_model_named_for_comparison_is_not_carried(text: str, groups: list[str], shown: str) -> None:
    check_claims(text, groups, shown)


K_CONTEXT_ABOVE = [
    # `context 128k` said on a line above is 131 072 tokens for a later total, never 128 tokens
    (
        "en-k-context-above-batch-wrong",
        "## Llama-3-8B\n\nKV cache in fp16 at context 128k (131 072 tokens): 16 GiB.\n\nWith batch 2 that is 64 GiB.\n",
        [H, W],
        "32 GiB",
    ),
    (
        "ru-k-context-above-batch-holds",
        "## Llama-3-8B\n\nKV-кэш в fp16 на контекст 128k (131 072 токена) — 16 ГиБ.\n\nПри батче 2 — 32 ГиБ кэша.\n",
        [H, H],
        "",
    ),
]


@pytest.mark.parametrize(("text", "groups", "shown"), [c[1:] for c in K_CONTEXT_ABOVE], ids=[c[0] for c in K_CONTEXT_ABOVE])
def test_context_in_thousands_stated_above(text: str, groups: list[str], shown: str) -> None:
    check_claims(text, groups, shown)
