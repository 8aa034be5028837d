"""Claim cases of our own wording (English and Russian) for the fourth round of causes, found on
the development corpora B and C (written by others, blind): each row is a note (or a line), the
verdict groups its claims must come out with, and a fragment every wrong claim's message must show
(the right recomputation). None of these sentences is taken from a corpus."""

from __future__ import annotations

import pytest
from conftest import H, V, W, check_claims

# A figure restated in another unit right after a chain's result (`= N bytes (M KiB)`, `…, i.e. M KiB`)
# is a conversion of that result, not a size of the model; both figures are rounded, so they agree
# when the values they stand for overlap; a corrected figure (`— no, …; the cache is`) is no conversion.
CONVERSIONS = [
    ("en-bytes-kib", "Qwen2.5-14B keeps 2 × 48 × 8 × 128 × 2 = 196,608 bytes per token (192 KiB) in its cache.", [H, H], ""),
    ("ru-bytes-kib-dtype", "Кэш: 2 × 48 × 8 × 128 × 2 = 196 608 байт на токен в bf16, т. е. 192 КиБ.", [H, H], ""),
    ("ru-bytes-kib-wrong", "Кэш: 2 × 48 × 8 × 128 × 2 = 196 608 байт на токен, т. е. 384 КиБ.", [H, W], "192 KiB"),
    ("ru-hedged-overlap", "Файл весит ≈ 4,7 ГБ (4,39 ГиБ).", [H], ""),
    ("en-correction", "The cache is 90 GB — no, that was the weights; the cache is 3 GiB.", [], ""),
    ("en-operand-not-converted", "Per token: 2 × 60 × 8 × 128 × 2 bytes = 240 KiB.", [H], ""),
]


@pytest.mark.parametrize(("text", "groups", "shown"), [c[1:] for c in CONVERSIONS], ids=[c[0] for c in CONVERSIONS])
def test_conversions(text: str, groups: list[str], shown: str) -> None:
    check_claims(text, groups, shown)


# The model a figure is said of is the one named just before it, in its clause or sentence, not a
# closer one named after it; a count of vectors, documents or embeddings is no parameter count.
SUBJECTS = [
    ("en-two-models", "`bert-base-cased` has 108,310,272 parameters; `bert-large-cased` (24 layers) has more.", [H], ""),
    ("ru-dash-list", "Qwen2.5 0.5B — 0,49 млрд, Qwen2.5 7B — 7,62 млрд.", [H, H], ""),
    ("ru-dash-list-wrong-unit", "Qwen2.5 0.5B — 0,49 млрд, Qwen2.5 7B — 7,62 млн.", [H, W], "7,616M"),
    ("en-vectors-not-params", "For Llama-3-8B, 20 million 384-dim float32 embeddings take 30.7 GB.", [H], ""),
    ("ru-vectors-not-params", "Для Llama-3-8B 5 млн векторов по 1024 измерения в fp16 занимают 10,2 ГБ.", [H], ""),
    ("en-cards-not-conversion", "Llama-3-70B in bf16: 131.4 GiB, i.e. two 80 GB cards.", [H], ""),
]


@pytest.mark.parametrize(("text", "groups", "shown"), [c[1:] for c in SUBJECTS], ids=[c[0] for c in SUBJECTS])
def test_subjects(text: str, groups: list[str], shown: str) -> None:
    check_claims(text, groups, shown)


# A vector index is vectors × dims × bytes (or × the bytes per vector stated); without a dimension
# and precision it is unverifiable, never a model's weights.
INDEXES = [
    ("en-index-wrong-unit", "A toy set of 50k vectors of 512 dims in fp32 is 102.4 GB.", [W], "0.102 GB"),
    ("en-index-per-vector", "With 64 bytes per vector, 2 billion vectors take 128 GB.", [H], ""),
    ("ru-index-no-dims", "3 млн эмбеддингов занимают 9 ГБ.", [V], ""),
    ("ru-index-wrong", "8 млн векторов размерности 768 в fp16 — это 24,6 ГБ.", [W], "12.288 GB"),
]


@pytest.mark.parametrize(("text", "groups", "shown"), [c[1:] for c in INDEXES], ids=[c[0] for c in INDEXES])
def test_indexes(text: str, groups: list[str], shown: str) -> None:
    check_claims(text, groups, shown)


# A table cell's kind comes from its column's header (`KV/token`, `KV total`), and a KV total takes
# the row's context and batch cells; a dtype one bullet names is not the next bullet's, but a
# lead-in line's dtype is every bullet's.
TABLES_AND_LISTS = [
    (
        "en-kv-column",
        "| model | weights bf16 (GB) | KV/token fp16 |\n|---|---|---|\n| Qwen2.5-14B | 29.5 | 192 KiB |\n",
        [H, H],
        "",
    ),
    (
        "ru-kv-column-wrong",
        "| модель | веса bf16 (ГБ) | KV на токен, fp16 |\n|---|---|---|\n| Llama-3-8B | 16,1 | 256 КиБ |\n",
        [H, W],
        "128 KiB",
    ),
    (
        "en-kv-total-row",
        "| model | context | batch | KV total |\n|---|---|---|---|\n| Llama-3-8B | 4096 | 8 | 4 GiB |\n",
        [H],
        "",
    ),
    (
        "en-kv-total-row-wrong",
        "| model | context | batch | KV total |\n|---|---|---|---|\n| Llama-3-8B | 4096 | 8 | 16 GiB |\n",
        [W],
        "4 GiB",
    ),
    (
        "en-bullet-dtype-not-inherited",
        "Decode estimates:\n\n- Llama-3-8B: 3.35 TB/s ÷ 16.1 GB ≈ 208 tok/s.\n"
        "- Llama-3-8B in int8 (8 GB) decodes at about 400 tok/s.\n",
        [V, H, H, H],
        "",
    ),
    ("ru-lead-in-dtype", "Все размеры ниже — bf16:\n- Llama-3-8B: 16,1 ГБ.\n- Llama-3-70B: 282 ГБ.\n", [H, W], "141.107 GB"),
]


@pytest.mark.parametrize(("text", "groups", "shown"), [c[1:] for c in TABLES_AND_LISTS], ids=[c[0] for c in TABLES_AND_LISTS])
def test_tables_and_lists(text: str, groups: list[str], shown: str) -> None:
    check_claims(text, groups, shown)


# Figures that are no size of the model: a tool's reading (runtime overhead included), a remainder
# of a card's memory, a card's capacity, a target rate; a total said per sequence is for batch 1;
# `B` is billions before bytes per parameter (`6.74 B × 16 B`); a rounded count in a row is the
# model's own (its exact count is used, the rounded one accepted).
NOT_THE_MODEL = [
    ("en-measured", "Llama-2-13B in int8: on paper 13 GB, nvidia-smi shows 14 210 MiB.", [H, V], ""),
    ("ru-measured", "Qwen2.5-7B в fp8: по расчёту 7,6 ГБ, по nvidia-smi 8 900 МиБ.", [H, V], ""),
    ("en-remainder", "On an 80 GB card, Llama-3-8B in bf16 leaves about 64 GB free.", [V], ""),
    ("ru-card-and-remainder", "На карте 48 ГБ после весов Llama-3-8B в bf16 остаётся ~32 ГБ.", [V], ""),
    ("en-target-rate", "To reach 60 tok/s on Llama-3-70B bf16 over 3.35 TB/s we would need more cards.", [V], ""),
    (
        "en-per-sequence",
        "Llama-3-8B: the cache never exceeds 1 GiB per sequence at 8k; a batch of 4 needs 8 GiB.",
        [H, W],
        "4 GiB",
    ),
    ("en-billions-times-bytes", "That is 6.74 B × 16 B = 107.8 GB of model states.", [H], ""),
    ("ru-billions-times-bytes-wrong", "Итого 13 B × 12 B = 312 ГБ.", [W], "156 GB"),
    ("en-row-rounded-count", "| model | params | fp32 (MB) |\n|---|---|---|\n| bert-large-uncased | 335M | 1341 |\n", [H, H], ""),
]


@pytest.mark.parametrize(("text", "groups", "shown"), [c[1:] for c in NOT_THE_MODEL], ids=[c[0] for c in NOT_THE_MODEL])
def test_not_the_model(text: str, groups: list[str], shown: str) -> None:
    check_claims(text, groups, shown)


# Parameter counts written as exact integers without the word (`… has 3 212 749 824`) or in a
# table column whose header says parameters and their scale; a per-layer count, or an integer
# that is the model's byte size in a common dtype, is not the model's count.
COUNTS = [
    ("en-bare-integer", "Qwen2.5-7B: the checkpoint holds 7,615,616,512 in total.", [H], ""),
    ("ru-bare-integers", "Llama 3.2 3B содержит 3 212 749 824, а Llama 3.2 1B — 1 235 814 400.", [H, H], ""),
    ("en-per-layer-not-total", "Llama-3-8B: one layer has 218,112,000 weights.", [], ""),
    ("en-bytes-not-count", "Llama-3-8B holds 16,060,522,496 in total.", [], ""),
    (
        "en-params-columns",
        "| model | total params (B) | active params (B) |\n|---|---|---|\n| Mixtral 8x22B | 140.6 | 39.2 |\n",
        [H, H],
        "",
    ),
    ("ru-params-column-wrong", "| модель | параметры, млрд |\n|---|---|\n| Qwen2.5-14B | 29,5 |\n", [W], "14.77B"),
]


@pytest.mark.parametrize(("text", "groups", "shown"), [c[1:] for c in COUNTS], ids=[c[0] for c in COUNTS])
def test_counts(text: str, groups: list[str], shown: str) -> None:
    check_claims(text, groups, shown)


# A line that names no model is about the one model its section has named so far (none when the
# section named two); binary units spelled in Cyrillic (`ГиБ`, `МиБ`) make a line a candidate on their
# own; a figure the note negates (`не 2 МиБ, а …`) is not claimed; a restatement is next to its figure.
SECTION_SUBJECTS = [
    (
        "en-section-model",
        "## Serving\n\nWe run Qwen2.5-7B (28 layers, 4 KV heads).\nAt a context of 32768 and batch 8 the cache is 14 GiB.\n",
        [H],
        "",
    ),
    ("ru-section-model-wrong", "## Кэш\n\nБерём Llama-3-8B.\nПри контексте 8192 и батче 4 кэш займёт 8 ГиБ.\n", [W], "4 GiB"),
    (
        "en-two-models-no-subject",
        "## Two\n\nWe compare Llama-3-8B and Qwen2.5-7B.\nAt a context of 8192 and batch 4 the cache is 4 GiB.\n",
        [],
        "",
    ),
    # the corrected `а …` figure is the cache per token the sentence says (round 5: checked as such)
    ("ru-negated", "## Кэш\n\nБерём Llama-2-7B.\nКэш на токен не 2 МиБ, а 512 КиБ.\n", [V, H], ""),
    ("en-negated", "Llama-3-8B in bf16 is not 8 GB but 16.1 GB.", [H, V], ""),
]


@pytest.mark.parametrize(("text", "groups", "shown"), [c[1:] for c in SECTION_SUBJECTS], ids=[c[0] for c in SECTION_SUBJECTS])
def test_section_subjects(text: str, groups: list[str], shown: str) -> None:
    check_claims(text, groups, shown)


# Not a claim about the model named: `a 70B` (another model, by its size name), `1 × RTX 4090 24 ГБ`
# (a count of devices, not a ratio of the sizes), `0.5 B per weight` said of a 47B model.
NOT_COUNTS = [
    ("en-size-name", "We host Llama-3-8B for chat plus a 70B for batch jobs.", [], ""),
    ("ru-device-count", "Стенд: 1 × RTX 4090 24 ГБ, 1 × A100 80 ГБ.", [], ""),
    ("en-bytes-per-weight", "Mixtral-8x7B estimate assumes 0.5 B per weight.", [], ""),
    ("en-small-count", "Qwen2.5-0.5B has 0.49 B parameters.", [H], ""),
]


@pytest.mark.parametrize(("text", "groups", "shown"), [c[1:] for c in NOT_COUNTS], ids=[c[0] for c in NOT_COUNTS])
def test_not_counts(text: str, groups: list[str], shown: str) -> None:
    check_claims(text, groups, shown)
