"""Claim cases of our own wording (English and Russian) for the nineteenth round: weights, training
memory and quantized files that were missed. An outline's sub-items are about the model their
parent item names (`- Qwen2.5 14B` / `  - at 16 bytes a parameter: 237 GB`)."""

from __future__ import annotations

import pytest
from conftest import H, W, check_claims

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
    ("ru-parent-aside", "- для сравнения, Llama 2 13B\n  - веса в bf16: 99 ГБ", [], ""),
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
