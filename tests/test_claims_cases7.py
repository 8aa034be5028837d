"""Claim cases of our own wording (English and Russian) for the seventh round: KV cache totals a note
derives from figures it states itself. A total after a per-token size the same sentence states is
that size × the tokens (× the batch), even for a model the catalogue lacks, with the dtype of the
total's own clause scaling it; a cache that a sliding window caps is sized at the window. Each row
is a note (or a line), the verdict groups its claims must come out with, and a fragment every wrong
claim's message must show (the right recomputation). None of these sentences is taken from a
corpus."""

from __future__ import annotations

import pytest
from conftest import H, U, V, W, check_claims

STATED_PER_TOKEN = [
    # the per-token figure of an unknown model is unverifiable; the total follows from it
    ("ru-unknown-model-holds", "Для 3B кэш — 96 КиБ на токен, т. е. 3 ГиБ на 32 768 токенов.", [V, H], ""),
    ("ru-unknown-model-wrong", "Для 3B кэш — 96 КиБ на токен, т. е. 6 ГиБ на 32 768 токенов.", [V, W], "3 GiB"),
    ("ru-unknown-model-gb-label", "Для 3B кэш — 112 КиБ на токен, т. е. 3,5 ГБ на 32 768 токенов.", [V, U], ""),
    # `× N` right after the per-token figure is the token count; the dtype after (or before) each total scales it
    # (round 21: the per-token factor of the product is judged as a size per token too, the first H)
    (
        "en-times-tokens-dtypes-wrong-batch",
        "Qwen2.5-7B: 56 KiB per token × 65 536 = 3.5 GiB in bf16, 1.75 GiB in fp8, and with batch 8 in bf16 — 14 GiB.",
        [H, H, H, W],
        "28 GiB",
    ),
    (
        "en-times-tokens-dtypes-right",
        "Qwen2.5-7B: 56 KiB per token × 65 536 = 3.5 GiB in bf16, 1.75 GiB in fp8, and with batch 8 in bf16 — 28 GiB.",
        [H, H, H, H],
        "",
    ),
    (
        "ru-times-tokens-dtypes-wrong-batch",
        "Qwen2.5-7B: 56 КиБ на токен × 65 536 = 3,5 ГиБ в bf16, в fp8 — 1,75 ГиБ, а при батче 8 в bf16 — 7 ГиБ.",
        [H, H, H, W],
        "28 GiB",
    ),
    # a size said of the weights after a per-token size stays the weights'
    (
        "en-weights-after-per-token",
        "Llama-3-8B keeps 128 KiB per token of cache, and its weights take 16 GB in bf16.",
        [H, H],
        "",
    ),
    # with no cache word, a total after a per-token size is still the cache's, not the weights'
    (
        "ru-times-tokens-fp8-wrong",
        "Qwen2.5-7B: 56 КиБ на токен × 65 536 = 3,5 ГиБ в bf16, а в fp8 — 3,5 ГиБ.",
        [H, H, W],
        "1.75 GiB",
    ),
]


@pytest.mark.parametrize(("text", "groups", "shown"), [c[1:] for c in STATED_PER_TOKEN], ids=[c[0] for c in STATED_PER_TOKEN])
def test_total_from_stated_per_token(text: str, groups: list[str], shown: str) -> None:
    check_claims(text, groups, shown)


WINDOW_CAP = [
    ("en-window-cap-holds", "Mistral-7B: with the 4096-token window its fp16 cache never exceeds 0.5 GiB.", [H], ""),
    ("en-window-cap-wrong", "Mistral-7B: with the 4096-token window its fp16 cache never exceeds 256 MiB.", [W], "512 MiB"),
    (
        "ru-window-cap-holds",
        "Mistral-7B: благодаря окну в 4096 токенов кэш в fp16 никогда не превышает 512 МиБ на последовательность.",
        [H],
        "",
    ),
    ("ru-window-cap-gb-label", "Mistral-7B: кэш в fp16 из-за окна никогда не превышает 512 МБ.", [U], ""),
    # no cap said and no context: which length is meant is unknown
    ("ru-no-cap-no-context", "Mistral-7B: кэш в fp16 — 0,5 ГиБ на последовательность.", [V], ""),
]


@pytest.mark.parametrize(("text", "groups", "shown"), [c[1:] for c in WINDOW_CAP], ids=[c[0] for c in WINDOW_CAP])
def test_window_caps_the_cache(text: str, groups: list[str], shown: str) -> None:
    check_claims(text, groups, shown)


# A KV cache total whose line names no context uses the one context length its section stated above
# (a config line); none from another section, none when the section stated two; and a wrong figure
# on a line that names no batch either is unverifiable (the lines between may set one).
_SETUP = "## Serving\n\nLlama-2-70B setup: 80 layers, 8 KV heads, head dim 128, 4096 context.\n\n"
SECTION_CONTEXT = [
    ("en-section-context-wrong", _SETUP + "With batch 16 the KV cache of Llama-2-70B takes 40 GiB.\n", [W], "20 GiB"),
    ("en-section-context-holds", _SETUP + "With batch 16 the KV cache of Llama-2-70B takes 20 GiB.\n", [H], ""),
    (
        "en-section-context-no-batch",
        _SETUP + "At batch 16 it is 20 GiB.\n\nThe KV cache of Llama-2-70B was logged as 21.5 GiB.\n",
        [H, V],
        "",
    ),
    (
        "en-context-of-another-section",
        "## Setup\n\nLlama-2-70B setup: 4096 context.\n\n## Serving\n\nWith batch 16 the KV cache of Llama-2-70B takes 40 GiB.\n",
        [V],
        "",
    ),
    (
        "en-two-contexts-in-section",
        "## Serving\n\nWe tried 4096 context and then 8192 context.\n\nWith batch 16 the KV cache of Llama-2-70B takes 40 GiB.\n",
        [V],
        "",
    ),
    (
        "ru-section-context-holds",
        "## Развёртывание\n\nКонфигурация Llama-3-8B: контекст 8192, fp16.\n\nПри батче 4 KV-кэш Llama-3-8B занимает 4 ГиБ.\n",
        [H],
        "",
    ),
    (
        "ru-section-context-wrong",
        "## Развёртывание\n\nКонфигурация Llama-3-8B: контекст 8192, fp16.\n\nПри батче 4 KV-кэш Llama-3-8B занимает 8 ГиБ.\n",
        [W],
        "4 GiB",
    ),
]


@pytest.mark.parametrize(("text", "groups", "shown"), [c[1:] for c in SECTION_CONTEXT], ids=[c[0] for c in SECTION_CONTEXT])
def test_context_from_the_section(text: str, groups: list[str], shown: str) -> None:
    check_claims(text, groups, shown)


# Memory per sequence at a stated context is the KV cache even where no cache is named; a figure above
# the cache there may hold the weights too (unverifiable), one below it is wrong.
PER_SEQUENCE = [
    ("en-per-sequence-holds", "Qwen2.5-7B at 32k takes 1.75 GiB per sequence.", [H], ""),
    # (round 21: more than the cache is the weights too only from the cache plus 4-bit weights up, 5.3 GiB here)
    ("en-per-sequence-more-than-cache", "Qwen2.5-7B at 32k takes 3.5 GiB per sequence.", [W], "1.75 GiB"),
    ("en-per-sequence-with-weights", "Llama-3-8B at 8k needs 17 GiB per sequence.", [V], ""),
    ("en-cache-named-more-is-wrong", "The KV cache of Qwen2.5-7B at 32k takes 3.5 GiB per sequence.", [W], "1.75 GiB"),
    ("ru-per-sequence-holds", "Llama-3-8B при 16k занимает 2 ГиБ на последовательность.", [H], ""),
    ("ru-per-sequence-less-is-wrong", "Llama-3-8B при 16k занимает 0,5 ГиБ на последовательность.", [W], "2 GiB"),
]


@pytest.mark.parametrize(("text", "groups", "shown"), [c[1:] for c in PER_SEQUENCE], ids=[c[0] for c in PER_SEQUENCE])
def test_memory_per_sequence_is_the_cache(text: str, groups: list[str], shown: str) -> None:
    check_claims(text, groups, shown)


# A cache sentence that names no context takes the context and batch of the sentence before it on the
# line (the same setup, another dtype); a single sequence is read too, so `one sequence` is no error.
_EN_SETUP = "The KV cache of Llama-3-8B at 8192 tokens and batch 4 in fp16 is 4 GiB. "
_RU_SETUP = "KV-кэш Llama-3-8B при 8192 токенах и батче 4 в fp16 — 4 ГиБ. "
EARLIER_SENTENCE = [
    ("en-earlier-setup-fp8-holds", _EN_SETUP + "With an fp8 cache it is 2 GiB.", [H, H], ""),
    ("en-earlier-setup-fp8-wrong", _EN_SETUP + "With an fp8 cache it is 4 GiB.", [H, W], "2 GiB"),
    ("en-earlier-setup-one-sequence", _EN_SETUP + "A single sequence's cache is 1 GiB.", [H, H], ""),
    ("ru-earlier-setup-fp8-holds", _RU_SETUP + "В fp8-кэше — 2 ГиБ.", [H, H], ""),
    ("ru-earlier-setup-fp8-wrong", _RU_SETUP + "В fp8-кэше — 3 ГиБ.", [H, W], "2 GiB"),
]


@pytest.mark.parametrize(("text", "groups", "shown"), [c[1:] for c in EARLIER_SENTENCE], ids=[c[0] for c in EARLIER_SENTENCE])
def test_setup_of_the_sentence_before(text: str, groups: list[str], shown: str) -> None:
    check_claims(text, groups, shown)


# A size per token stated on the line above for a model other than the note's (`the 7B` under a 13B
# note) gives the total on the next line that states the tokens; without that line the figure is the
# other model's and stays unverifiable, never an error against the note's model.
_NOTE_13B = "---\nmodel: meta-llama/Llama-2-13b-hf\n---\n\n## Cache\n\n"
LEAD_PER_TOKEN = [
    (
        "en-lead-per-token-holds",
        _NOTE_13B + "Per token the 7B keeps 512 KiB of cache.\nA whole 2,048-token context is therefore 1 GiB per sequence.\n",
        [H, H],  # the 7B is the 13B's sibling Llama-2-7B
        "",
    ),
    (
        "en-lead-per-token-wrong",
        _NOTE_13B + "Per token the 7B keeps 512 KiB of cache.\nA whole 2,048-token context is therefore 2 GiB per sequence.\n",
        [H, W],
        "1 GiB",
    ),
    (
        "ru-lead-per-token-holds",
        _NOTE_13B
        + "Для 7B на токен хранится 512 КиБ кэша.\nПолный контекст в 2048 токенов — значит 1 ГиБ на последовательность.\n",
        [H, H],  # «для 7B» is the 13B's sibling Llama-2-7B, as in English
        "",
    ),
    (
        "ru-lead-per-token-wrong",
        _NOTE_13B
        + "Для 7B на токен хранится 512 КиБ кэша.\nПолный контекст в 2048 токенов — значит 3 ГиБ на последовательность.\n",
        [H, W],
        "1 GiB",
    ),
    (
        "ru-other-model-no-per-token",
        _NOTE_13B + "Для 7B кэш считаем отдельно.\nПолный контекст в 2048 токенов — значит 3 ГиБ на последовательность.\n",
        [V],
        "",
    ),
]


@pytest.mark.parametrize(("text", "groups", "shown"), [c[1:] for c in LEAD_PER_TOKEN], ids=[c[0] for c in LEAD_PER_TOKEN])
def test_per_token_on_the_line_above(text: str, groups: list[str], shown: str) -> None:
    check_claims(text, groups, shown)
