"""Claim cases of our own wording for the twenty-third round's lead rules."""

from __future__ import annotations

import pytest
from conftest import H, W, check_claims

# A cache total in a line that states its own batch and takes its context from the lines above: the batch is the
# line's own (`Батч из 16`, `a batch of 16`), never the one an earlier line of the paragraph used.
# Mistral 7B: 32 layers × 8 KV heads × 128 dims × 2 × 2 B = 128 KiB per token; 4096 tokens = 512 MiB per sequence.
_MISTRAL_RU = "## Кэш Mistral 7B\n\nКэш Mistral 7B на токен — 128 КиБ.\nКонтекст в 4096 токенов занимает 512 МиБ.\n"
_MISTRAL_EN = "## Mistral 7B cache\n\nMistral 7B keeps 128 KiB of KV cache per token.\nA 4096-token context takes 512 MiB.\n"
OWN_BATCH_CASES = [
    ("ru-batch-iz-wrong", _MISTRAL_RU + "Батч из 16 — уже 16 ГиБ.\n", [H, H, W], "8 GiB"),
    ("ru-batch-iz-holds", _MISTRAL_RU + "Батч из 16 — уже 8 ГиБ.\n", [H, H, H], ""),
    ("ru-batchem-iz", _MISTRAL_RU + "С батчем из 4 выходит 2 ГиБ.\n", [H, H, H], ""),
    ("ru-after-another-batch", _MISTRAL_RU + "Батч из 8 таких запросов — 4 ГиБ.\nБатч из 32 — 32 ГиБ.\n", [H, H, H, W], "16 GiB"),
    ("en-after-another-batch", _MISTRAL_EN + "A batch of 8 such requests is 4 GiB.\nA batch of 32: 16 GiB.\n", [H, H, H, H], ""),
]


@pytest.mark.parametrize(("text", "groups", "shown"), [c[1:] for c in OWN_BATCH_CASES], ids=[c[0] for c in OWN_BATCH_CASES])
def test_a_cache_total_takes_its_own_batch(text: str, groups: list[str], shown: str) -> None:
    check_claims(text, groups, shown)


# A size per token stated with the per-token words first (`На токен: … = 384 КиБ`, `Per token: 128 KiB`), or a context
# times a size per token (`4096 × 128 KiB = 512 MiB`), makes the next line's figure at a context a cache total.
# Phi-3-mini: 32 layers × 32 KV heads × 96 dims × 2 × 2 B = 384 KiB per token; 4K = 1.5 GiB, 128K = 48 GiB.
_PHI = "## Phi-3-mini\n\nУ модели 32 слоя и 32 KV-головы по 96.\n"
PER_TOKEN_FIRST_CASES = [
    ("ru-first-wrong", _PHI + "На токен: 384 КиБ.\nНа 4K контекста — 0,75 ГиБ, на 128K — 48 ГиБ.\n", [H, W, H], "1.5 GiB"),
    ("ru-per-token-first-holds", _PHI + "На каждый токен уходит 384 КиБ.\nНа 4K контекста — 1,5 ГиБ.\n", [H, H], ""),
    ("en-per-token-first", "## Phi-3-mini\n\nPer token: 384 KiB.\nAt a 4K context that is 0.75 GiB.\n", [H, W], "1.5 GiB"),
    (
        "en-context-times",
        "## Phi-3-mini\n\nThe cache is 384 KiB per token.\n\n"
        "- A 4,096-token prompt: 4,096 × 384 KiB = 1.5 GiB.\n- A batch of 4 such prompts: 6 GiB.\n",
        [H, H, H],
        "",
    ),
    # a line above with a figure per token first that is no size (a time) says nothing of the next line
    ("en-per-token-time-is-not", "## Phi-3-mini\n\nPer token: 20 ms.\nAt a 4K context the bf16 weights are 7.6 GB.\n", [H], ""),
]


@pytest.mark.parametrize(
    ("text", "groups", "shown"), [c[1:] for c in PER_TOKEN_FIRST_CASES], ids=[c[0] for c in PER_TOKEN_FIRST_CASES]
)
def test_a_size_per_token_said_first_sizes_the_next_line(text: str, groups: list[str], shown: str) -> None:
    check_claims(text, groups, shown)


# `such sequences` / `таких запросов` in a list item refers back to the item above: its context, the item's own batch.
# Llama 2 7B: 32 layers × 32 heads × 128 dims × 2 × 2 B = 512 KiB per token; 4,096 tokens = 2 GiB.
_LLAMA2 = "## Example: Llama 2 7B\n\nLlama 2 7B has 32 layers and 32 heads of 128 dims.\n\n"
_STEPS = "1. Per token: 512 KiB.\n2. A 4,096-token context: 4,096 × 512 KiB = 2 GiB.\n"
SUCH_CASES = [
    (
        "en-such-wrong",
        _LLAMA2 + _STEPS + "3. A batch of 8 such sequences: 8 GiB.\n",
        [H, H, W],
        "16 GiB",
    ),
    (
        "en-such-holds",
        _LLAMA2 + _STEPS + "3. Four such sequences: 8 GiB.\n",
        [H, H, H],
        "",
    ),
    (
        "ru-takih-wrong",
        "## Пример: Llama 2 7B\n\nУ Llama 2 7B 32 слоя и 32 головы по 128.\n\n"
        "1. На токен: 512 КиБ.\n2. Контекст 2048 токенов: 2048 × 512 КиБ = 1 ГиБ.\n"
        "3. Батч из 16 таких последовательностей: 8 ГиБ.\n",
        [H, H, W],
        "16 GiB",
    ),
    # `such` with no sequence noun (`such cards`) refers to nothing sized
    (
        "en-such-cards-is-not",
        _LLAMA2 + _STEPS + "3. Two such cards hold 48 GB.\n",
        [H, H],
        "",
    ),
]


@pytest.mark.parametrize(("text", "groups", "shown"), [c[1:] for c in SUCH_CASES], ids=[c[0] for c in SUCH_CASES])
def test_such_sequences_take_the_context_above(text: str, groups: list[str], shown: str) -> None:
    check_claims(text, groups, shown)


# A batch said as `N of them at once`, or in words with `full-length` before its noun. Mixtral 8x7B: 32 layers ×
# 8 KV heads × 128 dims × 2 × 2 B = 128 KiB per token; 32,768 tokens = 4 GiB; 16 of them 64 GiB, eight 32 GiB.
_MIXTRAL = "## Mixtral 8x7B\n\n"
_ONE_CHAT = "- Mixtral 8x7B, one 32K-token chat (32,768 tokens): 4 GiB of KV cache; "
BATCH_WORD_CASES = [
    ("en-of-them-wrong", _MIXTRAL + _ONE_CHAT + "16 of them at once: 128 GiB.\n", [H, W], "64 GiB"),
    ("en-of-them-holds", _MIXTRAL + _ONE_CHAT + "16 of them at once: 64 GiB.\n", [H, H], ""),
    ("ru-iz-nih", _MIXTRAL + "- Кэш Mixtral 8x7B на 32 768 токенов — 4 ГиБ; 8 из них одновременно — 64 ГиБ.\n", [H, W], "32 GiB"),
    (
        "en-eight-full-length",
        _MIXTRAL + "Mixtral 8x7B keeps 128 KiB of KV cache per token; eight parallel full-length chats of 32,768 tokens "
        "need 32 GiB of cache.\n",
        [H, H],
        "",
    ),
]


@pytest.mark.parametrize(("text", "groups", "shown"), [c[1:] for c in BATCH_WORD_CASES], ids=[c[0] for c in BATCH_WORD_CASES])
def test_a_batch_in_words(text: str, groups: list[str], shown: str) -> None:
    check_claims(text, groups, shown)
