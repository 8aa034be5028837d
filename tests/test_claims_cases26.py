"""Claim cases of our own wording (English and Russian) for the twenty-sixth round.

- A list of cache totals under a paragraph that states one size per token: each item that says its
  tokens (a context, `at 16K`, `65,536 tokens`) and maybe a batch (`three concurrent users`) is that
  size × tokens × batch; a cache type the item names (fp8, fp32) scales the size by the bytes ratio to
  the type the paragraph named; with no type stated above, another type in the item leaves the total
  unverifiable. A what-if item (`would be …`) does not replace the size the list goes on with.
- `the active part (…)`, `активные эксперты (…)` of a mixture of experts: a figure that opens the
  parenthesis is the active parameters' size, not every expert's.
- A parameter count of three significant figures within 1 % of the config's exact count holds (a
  model card's counting: embeddings, biases, rounding); a count further off is still wrong."""

from __future__ import annotations

import pytest
from conftest import H, V, W, check_claims

# the paragraph: 48 layers × 8 KV heads × 128 dims × 2 (K and V) × 2 bytes = 192 KiB per token
_LEAD_EN = "The model keeps 48 layers with 8 KV heads of 128 dims, so in bf16 each token takes 192 KiB of cache.\n\n"
_LEAD_RU = "У нашей модели 48 слоёв и 8 KV-голов по 128, в bf16 на токен уходит 192 КиБ кэша.\n\n"
_LEAD_UNTYPED = "Our profiler says each token takes 192 KiB of cache.\n\n"

LIST_TOTALS = [
    # the first item: 192 KiB × 16,384 tokens = 3 GiB
    ("en-first-item", _LEAD_EN + "- at 16K a single sequence holds 3 GiB\n", [H], ""),
    ("en-first-item-wrong", _LEAD_EN + "- at 16K a single sequence holds 6 GiB\n", [W], "3 GiB"),
    # a deeper item: the lead is found through the items between, none stating a size per token
    (
        "en-fifth-item",
        _LEAD_EN + "- at 16K a single sequence holds 3 GiB\n- that is a lot for one chat\n- at 4K, one sequence: 0.75 GiB\n"
        "- at 8K, one sequence: 1.5 GiB\n- at 65,536 tokens one sequence needs 12 GiB\n",
        [H, H, H, H],
        "",
    ),
    (
        "en-fifth-item-wrong",
        _LEAD_EN + "- at 16K a single sequence holds 3 GiB\n- at 4K, one sequence: 0.75 GiB\n- at 2K, one sequence: 0.375 GiB\n"
        "- at 8K, one sequence: 1.5 GiB\n- at 65,536 tokens one sequence needs 24 GiB\n",
        [H, H, H, H, W],
        "12 GiB",
    ),
    # a batch said in words: 3 × 16K × 192 KiB = 9 GiB
    ("en-batch-in-words", _LEAD_EN + "- three concurrent users at 16K each: 9 GiB of cache\n", [H], ""),
    ("en-batch-in-words-wrong", _LEAD_EN + "- three concurrent users at 16K each: 3 GiB of cache\n", [W], "9 GiB"),
    # a cache type in the item scales the size per token: fp8 halves it, fp32 doubles it
    ("en-fp8-item", _LEAD_EN + "- with the cache in fp8, 32K tokens take 3 GiB\n", [H], ""),
    ("en-fp8-item-wrong", _LEAD_EN + "- with the cache in fp8, 32K tokens take 6 GiB\n", [W], "3 GiB"),
    ("en-fp32-item-wrong", _LEAD_EN + "- an fp32 cache at 8K is 1.5 GiB\n", [W], "3 GiB"),
    # no type stated for the size per token: an item in another type cannot be judged
    ("en-untyped-lead-fp8", _LEAD_UNTYPED + "- with the cache in fp8, 32K tokens take 6 GiB\n", [V], ""),
    ("en-untyped-lead-same", _LEAD_UNTYPED + "- at 16K a single sequence holds 6 GiB\n", [W], "3 GiB"),
    # a type said of the weights is not the cache's
    ("en-weights-type", _LEAD_EN + "- with fp8 weights, one sequence at 16K still holds 3 GiB of cache\n", [V], ""),
    # a what-if size per token in an item between does not replace the paragraph's
    (
        "en-what-if-between",
        _LEAD_EN + "- in fp32 the size per token would be twice as large\n- at 16K one sequence holds 6 GiB\n",
        [W],
        "3 GiB",
    ),
    # an item that states its own size per token is what the next item goes on with, not the paragraph's
    (
        "en-own-per-token-between",
        _LEAD_EN + "- the 70B instead keeps 320 KiB per token\n- at 16K one sequence holds 5 GiB\n",
        [H],
        "",
    ),
    (
        "en-own-per-token-further-up",
        _LEAD_EN + "- the 70B instead keeps 320 KiB per token\n- at 8K one sequence: 2.5 GiB\n- at 16K one sequence: 3 GiB\n",
        [H],
        "",
    ),
    # an item stating the size per token in another cache type: the paragraph's size × the bytes ratio
    ("en-per-token-fp32", _LEAD_EN + "- an fp32 cache would need 384 KiB per token\n", [H], ""),
    ("en-per-token-fp32-wrong", _LEAD_EN + "- an fp32 cache would need 768 KiB per token\n", [W], "384 KiB"),
    ("en-per-token-fp8-wrong", _LEAD_EN + "- with the cache in fp8 the per-token size is 192 KiB\n", [W], "96 KiB"),
    ("en-per-token-untyped-lead", _LEAD_UNTYPED + "- an fp32 cache would need 768 KiB per token\n", [], ""),
    ("ru-per-token-fp8", _LEAD_RU + "- с кэшем в fp8 на токен уходит 96 КиБ\n", [H], ""),
    ("ru-per-token-fp8-wrong", _LEAD_RU + "- с кэшем в fp8 на токен уходит 192 КиБ\n", [W], "96 KiB"),
    # `such` sequences are the item above's: its context × the item's own batch (2 × 16,384 × 192 KiB = 6 GiB)
    ("en-such", _LEAD_EN + "- one sequence at 16K holds 3 GiB\n- two such sequences together: 6 GiB\n", [H, H], ""),
    ("en-such-wrong", _LEAD_EN + "- one sequence at 16K holds 3 GiB\n- two such sequences together: 3 GiB\n", [H, W], "6 GiB"),
    # the item above states a batch: `such` is ambiguous, no claim
    ("en-such-after-batch", _LEAD_EN + "- a batch of 4 users at 16K: 12 GiB\n- two such sequences together: 3 GiB\n", [H], ""),
    (
        "ru-such-wrong",
        _LEAD_RU + "- одна последовательность на 16K занимает 3 ГиБ\n- две такие последовательности: 12 ГиБ\n",
        [H, W],
        "6 GiB",
    ),
    # Russian
    ("ru-first-item", _LEAD_RU + "- на контексте 16K одна последовательность занимает 3 ГиБ\n", [H], ""),
    ("ru-first-item-wrong", _LEAD_RU + "- на контексте 16K одна последовательность занимает 12 ГиБ\n", [W], "3 GiB"),
    ("ru-batch", _LEAD_RU + "- четыре параллельных пользователя по 8K: 6 ГиБ кэша\n", [H], ""),
    ("ru-batch-wrong", _LEAD_RU + "- четыре параллельных пользователя по 8K: 24 ГиБ кэша\n", [W], "6 GiB"),
    ("ru-fp8-item", _LEAD_RU + "- с кэшем в fp8 контекст 32K займёт 3 ГиБ\n", [H], ""),
    ("ru-fp8-item-wrong", _LEAD_RU + "- с кэшем в fp8 контекст 32K займёт 12 ГиБ\n", [W], "3 GiB"),
]


@pytest.mark.parametrize(("text", "groups", "shown"), [c[1:] for c in LIST_TOTALS], ids=[c[0] for c in LIST_TOTALS])
def test_list_totals_from_the_size_per_token_above(text: str, groups: list[str], shown: str) -> None:
    check_claims(text, groups, shown)


ACTIVE_PART = [
    # Mixtral-8x7B: 12.88B active parameters; at 4 bits 6.44 GB, all 46.7B experts 23.35 GB
    ("en-active-part", "Mixtral-8x7B streams its active part (~6.4 GB at 4 bit) from system RAM.", [H], ""),
    ("en-active-part-wrong", "Mixtral-8x7B streams its active part (~13 GB at 4 bit) from system RAM.", [W], "6.44 GB"),
    ("en-active-experts", "For Mixtral-8x7B the active experts (about 6.4 GB in int4) are read per token.", [H], ""),
    (
        "en-active-experts-wrong",
        "For Mixtral-8x7B the active experts (about 23.4 GB in int4) are read per token.",
        [W],
        "6.44 GB",
    ),
    ("ru-active-part", "У Mixtral-8x7B активная часть (~6,4 ГБ в int4) читается из ОЗУ.", [H], ""),
    ("ru-active-part-wrong", "У Mixtral-8x7B активная часть (~13 ГБ в int4) читается из ОЗУ.", [W], "6.44 GB"),
    ("ru-active-experts", "У Mixtral-8x7B активные эксперты (около 6,4 ГБ в int4) читаются на каждом токене.", [H], ""),
    # a parenthesis after other words than the active share keeps the whole model
    ("en-whole-in-parens", "Mixtral-8x7B on disk (~23.4 GB at 4 bit) fits the SSD.", [H], ""),
    ("en-whole-in-parens-wrong", "Mixtral-8x7B on disk (~6.4 GB at 4 bit) fits the SSD.", [W], "23.351 GB"),
]


@pytest.mark.parametrize(("text", "groups", "shown"), [c[1:] for c in ACTIVE_PART], ids=[c[0] for c in ACTIVE_PART])
def test_the_active_part_of_a_mixture_of_experts(text: str, groups: list[str], shown: str) -> None:
    check_claims(text, groups, shown)


COUNTING_SLACK = [
    # Qwen2.5-32B: 32,763,876,352 from its config; its card says 32.5B (0.8 % lower)
    ("en-card-figure", "| model | params |\n|---|---|\n| Qwen2.5-32B | 32.5B |\n", [H], ""),
    ("en-card-figure-prose", "Qwen2.5-32B has 32.5B parameters.", [H], ""),
    ("ru-card-figure", "У Qwen2.5-32B 32,5 млрд параметров.", [H], ""),
    # a count further off than the counting conventions is still wrong, with the config's count
    ("en-two-percent-off", "Qwen2.5-32B has 32.1B parameters.", [W], "32.764B"),
    ("en-double", "| model | params |\n|---|---|\n| Qwen2.5-32B | 65.5B |\n", [W], "32.764B"),
    ("en-other-size", "Qwen2.5-32B has 14.7B parameters.", [W], "32.764B"),
    ("ru-other-size", "У Qwen2.5-32B 72,7 млрд параметров.", [W], "32.764B"),
]


@pytest.mark.parametrize(("text", "groups", "shown"), [c[1:] for c in COUNTING_SLACK], ids=[c[0] for c in COUNTING_SLACK])
def test_a_published_count_within_counting_conventions(text: str, groups: list[str], shown: str) -> None:
    check_claims(text, groups, shown)
