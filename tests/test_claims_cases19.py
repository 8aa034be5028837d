"""Claim cases of our own wording (English and Russian) for the nineteenth round: weights, training
memory and quantized files that were missed. An outline's sub-items are about the model their
parent item names (`- Qwen2.5 14B` / `  - at 16 bytes a parameter: 237 GB`)."""

from __future__ import annotations

import pytest
from conftest import H, U, V, W, check_claims

PARENT_ITEM_MODEL = [
    # a nested item's recipe sizes the model its parent item names
    ("en-parent-recipe", "- Llama 2 13B, full fine-tune\n  - 16 bytes per parameter gives 208 GB", [H], ""),
    ("ru-parent-recipe", "- Llama 2 13B, полное дообучение\n  - 16 байт на параметр — около 208 ГБ", [H], ""),
    # … two items down, past a sibling that names no model
    (
        "en-parent-two-down",
        "- Llama 2 13B\n  - mixed precision with AdamW\n  - 16 bytes per parameter gives 208 GB",
        [H],
        "",
    ),
    # … a weights size in the type the item names
    ("ru-parent-weights", "- Qwen2.5 14B\n  - веса в bf16: 29,5 ГБ", [H], ""),
    # a wrong figure of the same shape is an error with the right size
    ("en-parent-recipe-wrong", "- Llama 2 13B, full fine-tune\n  - 16 bytes per parameter gives 104 GB", [W], "208.2"),
    ("ru-parent-recipe-wrong", "- Llama 2 13B\n  - с 8-битным Adam (12 байт на параметр) — 78 ГБ", [W], "156.1"),
    ("ru-parent-weights-wrong", "- Qwen2.5 14B\n  - веса в bf16: 59 ГБ", [W], "29.5"),
    # a parent that compares with the model is an aside: nothing is read from it
    # (the note's one model gives a reading, never an error)
    ("ru-parent-aside", "- для сравнения, Llama 2 13B\n  - веса в bf16: 99 ГБ", [V], ""),
    # the machine's memory under a model's item is no size of the model
    ("en-parent-card", "- Llama 2 13B\n  - runs on a 24 GB card", [], ""),
]


@pytest.mark.parametrize(("text", "groups", "shown"), [c[1:] for c in PARENT_ITEM_MODEL], ids=[c[0] for c in PARENT_ITEM_MODEL])
def test_nested_items_are_about_their_parent_model(text: str, groups: list[str], shown: str) -> None:
    check_claims(text, groups, shown)


BITS_PER_WEIGHT_ALONE = [
    # bits per weight stated before a size with no weights word: the size is the note's model stored at those bits
    ("en-bpw-item", "# Llama 2 13B quantized\n\n- EXL2 at 3.0 bpw: 4.9 GB", [H], ""),
    ("ru-bpw-item", "# Llama 2 13B после квантизации\n\n- При 3 битах на вес — 4,9 ГБ", [H], ""),
    # … a wrong figure is an error with the size at those bits
    ("en-bpw-item-wrong", "# Llama 2 13B quantized\n\n- EXL2 at 3.0 bpw: 9.8 GB", [W], "4.881 GB"),
    ("ru-bpw-item-wrong", "# Llama 2 13B после квантизации\n\n- При 3 битах на вес — 9,8 ГБ", [W], "4.881 GB"),
    # a size compared with after the bits is another form's, not the quantized one
    ("en-bpw-instead-of-original", "# Llama 2 13B quantized\n\n- 3.0 bpw instead of the 26 GB original", [], ""),
]


@pytest.mark.parametrize(
    ("text", "groups", "shown"), [c[1:] for c in BITS_PER_WEIGHT_ALONE], ids=[c[0] for c in BITS_PER_WEIGHT_ALONE]
)
def test_bits_per_weight_size_the_notes_model(text: str, groups: list[str], shown: str) -> None:
    check_claims(text, groups, shown)


ACTIVE_PART_IN_ITS_CLAUSE = [
    # the active share named earlier in the figure's clause, a few words before it, sizes the active parameters
    (
        "en-active-part-clause",
        "Mixtral-8x7B in bf16 is 93.4 GB, of which the active experts together with the shared layers take 25.8 GB.",
        [H, H],
        "",
    ),
    (
        "ru-active-part-clause",
        "Mixtral-8x7B в bf16 — 93,4 ГБ, из них на активные эксперты вместе с общими слоями приходится 25,8 ГБ.",
        [H, H],
        "",
    ),
    # … a wrong share is an error with the active parameters' size
    (
        "ru-active-part-clause-wrong",
        "Mixtral-8x7B в bf16 — 93,4 ГБ, из них на активные эксперты вместе с общими слоями приходится 51,6 ГБ.",
        [H, W],
        "25.76 GB",
    ),
    (
        "en-active-part-clause-wrong",
        "Mixtral-8x7B in bf16 is 93.4 GB, of which the active experts together with the shared layers take 51.6 GB.",
        [H, W],
        "25.76 GB",
    ),
]


@pytest.mark.parametrize(
    ("text", "groups", "shown"), [c[1:] for c in ACTIVE_PART_IN_ITS_CLAUSE], ids=[c[0] for c in ACTIVE_PART_IN_ITS_CLAUSE]
)
def test_the_active_part_of_a_clause_sizes_the_active_parameters(text: str, groups: list[str], shown: str) -> None:
    check_claims(text, groups, shown)


LOAD_THEN_READ_PER_TOKEN = [
    # a per-token word later in the clause belongs to the size read per token: a gigabyte is no cache per token
    ("en-load-then-read", "Mixtral-8x7B in bf16 is 93.4 GB to load but only about 25.8 GB read per token.", [H, H], ""),
    ("ru-load-then-read", "Mixtral-8x7B в bf16 — это 93,4 ГБ в памяти, но на токен он читает лишь около 25,8 ГБ.", [H, H], ""),
    # … the whole stays the weights: a wrong whole is an error with all the weights' size
    (
        "en-load-then-read-wrong",
        "Mixtral-8x7B in bf16 is 46.7 GB to load but only about 25.8 GB read per token.",
        [W, H],
        "93.406 GB",
    ),
    # … and a wrong share read per token is an error with the active parameters' size, in the sentence's type
    (
        "en-load-then-read-share-wrong",
        "Mixtral-8x7B in bf16 is 93.4 GB to load but only about 12.9 GB read per token.",
        [H, W],
        "25.76 GB",
    ),
]


@pytest.mark.parametrize(
    ("text", "groups", "shown"), [c[1:] for c in LOAD_THEN_READ_PER_TOKEN], ids=[c[0] for c in LOAD_THEN_READ_PER_TOKEN]
)
def test_a_size_before_a_read_per_token_is_the_whole(text: str, groups: list[str], shown: str) -> None:
    check_claims(text, groups, shown)


BYTES_EACH_OF_PARAMETERS = [
    # `N params at B bytes each` is a bytes-per-parameter recipe: the size is the count × B
    ("en-bytes-each", "Qwen2.5-32B: 32.8B params at 2 bytes each is 65.5 GB.", [H, H], ""),
    ("ru-bytes-each", "У Qwen2.5-32B 32,8 млрд параметров по 2 байта каждый — 65,5 ГБ.", [H, H], ""),
    # … a wrong total is an error with the product, the GiB number labelled GB said so
    ("en-bytes-each-wrong", "Qwen2.5-32B: 32.8B params at 1 byte each is 16.4 GB.", [H, W], "32.764 GB"),
    ("ru-bytes-each-wrong", "У Qwen2.5-32B 32,8 млрд параметров по 2 байта каждый — 33 ГБ.", [H, W], "65.528 GB"),
    ("en-bytes-each-gib-as-gb", "Qwen2.5-32B: 32.8B params at 2 bytes each is 61 GB.", [H, U], ""),
    # bytes each of something that is no parameter count stay the cache's
    ("en-bytes-each-kv", "Llama-3-8B: the K and V at 2 bytes each take 128 KiB per token.", [H], ""),
]


@pytest.mark.parametrize(
    ("text", "groups", "shown"), [c[1:] for c in BYTES_EACH_OF_PARAMETERS], ids=[c[0] for c in BYTES_EACH_OF_PARAMETERS]
)
def test_bytes_each_of_a_parameter_count(text: str, groups: list[str], shown: str) -> None:
    check_claims(text, groups, shown)


MERGED_ADAPTER_IS_THE_WHOLE = [
    # an adapter merged into its base leaves a file of the whole model's size
    ("en-merged-file", "Merging the LoRA adapter into Llama-3-8B gives a 16.06 GB file in bf16.", [H], ""),
    ("ru-merged-file", "Слияние адаптера с Llama-3-8B даёт файл 16,06 ГБ в bf16.", [H], ""),
    # … a wrong merged size is an error with the whole model's size, a GB figure labelled GiB said so
    ("en-merged-file-wrong", "Merging the LoRA adapter into Llama-3-8B gives an 8 GB file in bf16.", [W], "16.061 GB"),
    ("ru-merged-file-gb-as-gib", "Слияние адаптера с Llama-3-8B даёт файл 16,06 ГиБ в bf16.", [U], ""),
    # the adapter before or without merging stays a part: no claim on the whole
    ("en-before-merging", "Before merging, the LoRA adapter file for Llama-3-8B is 160 MB in bf16.", [V], ""),
    ("ru-before-merging", "До слияния файл адаптера для Llama-3-8B весит 160 МБ в bf16.", [V], ""),
]


@pytest.mark.parametrize(
    ("text", "groups", "shown"), [c[1:] for c in MERGED_ADAPTER_IS_THE_WHOLE], ids=[c[0] for c in MERGED_ADAPTER_IS_THE_WHOLE]
)
def test_a_merged_adapter_leaves_the_whole_model(text: str, groups: list[str], shown: str) -> None:
    check_claims(text, groups, shown)
