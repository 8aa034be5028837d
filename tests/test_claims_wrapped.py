"""Claim cases of our own wording: hard-wrapped paragraphs.

Notes pasted from e-mail, exported from other editors or written in a plain-text editor wrap their
prose at a fixed width: a sentence goes on over the next line (`… the frozen base of Mistral-7B in
bf16 is` / `14.5 GB, so one card is plenty.`). A line is read with the end of the sentence the line
above began and the start of the one it leaves open, and only its own figures are its claims (a
figure is reported once, on its own line, at its own column). Short lines, Dataview fields, list
items and lines starting in upper case after a line with no stop are entries of their own: a scratch
list is never read as one sentence."""

from __future__ import annotations

import pytest
from conftest import H, V, W, check_claims, note_claims

WIDE = "We keep the adapter small and load the frozen base once for every experiment, and the"

WRAPPED = [
    # the model and type on the line above, the figure on the next one
    (
        "model-above",
        "# Journal\n\n" + WIDE + " frozen base of Mistral-7B in bf16 is\n14.5 GB, so one card is plenty.\n",
        [H],
        "",
    ),
    (
        "model-above-wrong",
        "# Journal\n\n" + WIDE + " frozen base of Mistral-7B in bf16 is\n29 GB, so one card is plenty.\n",
        [W],
        "14.483 GB",
    ),
    (
        "ru-model-above",
        "# Дневник\n\nАдаптер держим маленьким, а замороженную базу загружаем один раз на все эксперименты: Mistral-7B в\n"
        "bf16 занимает 14,5 ГБ, так что хватает одной карты.\n",
        [H],
        "",
    ),
    # the figure on the line above, its model and type only on the next line
    (
        "figure-above",
        "# Journal\n\nAfter a long week of tuning the loader, the saved checkpoint comes to 14.5 GB for\n"
        "Mistral-7B in bf16, which matches the estimate.\n",
        [H],
        "",
    ),
    # a scratch list: short lines, no stops, each its own entry
    # (each bare size is read against the line above, as a short answer to it: never judged)
    ("scratch", "# Scratch\n\nmistral 7b bf16 is about\n14.5 GB\nllama 3 8b int8\n8 GB\n", [V, V], ""),
    # Dataview fields are their own lines (the field's size is read as the paragraph's model's, as before)
    (
        "fields",
        "# Card\n\nmodel:: Mistral-7B, served in bf16 on one of the cards in the lab rack downstairs\nvram:: 29 GB\n",
        [V],
        "",
    ),
]


@pytest.mark.parametrize(("text", "groups", "shown"), [c[1:] for c in WRAPPED], ids=[c[0] for c in WRAPPED])
def test_a_hard_wrapped_sentence_is_read_across_its_lines(text: str, groups: list[str], shown: str) -> None:
    check_claims(text, groups, shown)


def test_a_wrapped_figure_is_reported_once_on_its_own_line_and_column() -> None:
    text = "# Journal\n\n" + WIDE + " frozen base of Mistral-7B in bf16 is\n29 GB, so one card is plenty.\n"
    claims = note_claims(text)
    assert [(c.line, c.column, c.span) for c in claims] == [(4, 1, "29 GB")]  # type: ignore[attr-defined]
    assert V not in [c.verdict.group for c in claims]  # type: ignore[attr-defined]


def test_a_cards_own_memory_in_a_spec_table_is_no_weights_read() -> None:
    """`| RTX 4090 | 24 ГБ | 1008 ГБ/с | ~63 ток/с |`: the 24 ГБ under `память` is the card's, not what a
    token reads; a decode ceiling over it would be a false error."""
    text = (
        "# Потолки\n\n| GPU | память | полоса | потолок для Llama-3-8B в bf16 |\n|---|---|---|---|\n"
        "| RTX 4090 | 24 ГБ | 1008 ГБ/с | ~63 ток/с |\n| H100 SXM | 80 ГБ | 3350 ГБ/с | ~208 ток/с |\n"
    )
    claims = note_claims(text)
    assert all(c.verdict.group != "wrong" for c in claims), [(c.line, c.explanation) for c in claims]  # type: ignore[attr-defined]
    assert not [c for c in claims if c.span.startswith(("24", "80"))]  # type: ignore[attr-defined]


def test_a_column_writing_decimal_commas_reads_three_decimals_as_decimals() -> None:
    """`| Q2_K | 2,625 |` in a column of `8,5` and `6,5625` is 2.625 bits per weight (it was read as 2625,
    a false error); `131,072` in a column of plain integers stays a count."""
    text = (
        "# Кванты\n\n| квант | бит на вес |\n|---|---|\n| Q8_0 | 8,5 |\n| Q6_K | 6,5625 |\n| Q2_K | 2,625 |\n\n"
        "| модель | контекст, токенов |\n|---|---|\n| Llama-3-8B | 8192 |\n| Llama-3.1-8B | 131,072 |\n"
    )
    claims = note_claims(text)
    assert all(c.verdict.group != "wrong" for c in claims), [(c.line, c.explanation) for c in claims]  # type: ignore[attr-defined]
    assert [c.line for c in claims if c.shape == "bits-per-weight"] == [5, 6, 7]  # type: ignore[attr-defined]


QUANTIZED_CACHE = [
    # llama.cpp's quantized cache types, when the note says the cache is quantized or names its type
    (
        "cache-type-list",
        "# KV\n\nQuantized KV cache for Llama-3-8B (llama.cpp --cache-type-k/v):\n- q8_0 (8.5 bits): 68 KiB per token;\n"
        "- q4_0 (4.5 bits): 36 KiB per token;\n",
        [H, H],
        "",
    ),
    ("cache-in-q8", "# KV\n\nLlama-3-8B with its KV cache in q8_0 keeps 128 KiB per token.\n", [W], "68 KiB"),
    # a weights file type is not the cache's: the cache stays 16-bit
    ("weights-type", "# KV\n\nLlama-3-8B Q8_0 keeps 128 KiB of KV cache per token.\n", [H], ""),
    # the front matter's own cache type
    ("kv-dtype-property", "---\nmodel: Llama-3-8B\ndtype: Q4_K_M\nkv_dtype: fp8\n---\nKV cache per token: 64 KiB.\n", [H], ""),
    ("kv-dtype-property-wrong", "---\nmodel: Llama-3-8B\nkv_dtype: fp8\n---\nKV cache per token: 128 KiB.\n", [W], "64 KiB"),
]


@pytest.mark.parametrize(("text", "groups", "shown"), [c[1:] for c in QUANTIZED_CACHE], ids=[c[0] for c in QUANTIZED_CACHE])
def test_a_quantized_cache_is_sized_in_its_own_type(text: str, groups: list[str], shown: str) -> None:
    check_claims(text, groups, shown)
