"""Claim cases of our own wording for the thirty-seventh round's rules (stop 46).

Facts (claims-gold and vendor data sheets): Mixtral-8x7B has 46,702,792,704 parameters, 12,879,925,248 active per
token (bf16 reads 25.76 GB a token); Llama-3-8B 8,030,261,248 (bf16 16.06 GB); Llama-3-70B 70,553,706,496 (fp8
70.55 GB, int4 35.3 GB). Memory bandwidths: A100 1.555 / 1.935 / 2.039 TB/s, H100 PCIe 2.0 TB/s, SXM 3.35 TB/s.
"""

from __future__ import annotations

import pytest
from conftest import H, V, W, note_claims


def _claims(text: str, stated: str) -> list[object]:
    return [c for c in note_claims(text) if c.stated == stated]  # type: ignore[attr-defined]


def _groups(text: str, stated: str) -> list[str]:
    return [c.verdict.group for c in _claims(text, stated)]  # type: ignore[attr-defined]


# A model named twice in one sentence (`Mixtral-8x7B … so Mixtral is the slowest`) is one model: its rate is judged.
TWICE_NAMED_CASES = [
    ("ru-wrong", "Потолок Mixtral-8x7B в bf16 на A100 — 22 ток/с, значит, Mixtral медленнее всех.", "22 ток/с", W, "79.2"),
    ("en-wrong", "The Mixtral-8x7B bf16 ceiling on an A100 is 160 tok/s, so Mixtral wins.", "160 tok/s", W, "79.2"),
    ("en-holds", "The Mixtral-8x7B bf16 ceiling on an A100 is 55 tok/s, so Mixtral wins.", "55 tok/s", H, ""),
]


@pytest.mark.parametrize(("text", "stated", "group", "shown"), [pytest.param(*c[1:], id=c[0]) for c in TWICE_NAMED_CASES])
def test_one_model_named_twice_in_a_sentence(text: str, stated: str, group: str, shown: str) -> None:
    claims = _claims("# Speeds\n\n" + text + "\n", stated)
    assert [c.verdict.group for c in claims] == [group]  # type: ignore[attr-defined]
    assert shown in claims[0].explanation  # type: ignore[attr-defined]


def test_two_different_models_in_a_sentence_stay_unread() -> None:
    """`Mixtral-8x7B … than Llama-3-8B`: which model the rate reads is not said."""
    text = "# Speeds\n\nThe Mixtral-8x7B bf16 ceiling on an A100 is 22 tok/s, slower than Llama-3-8B.\n"
    assert W not in _groups(text, "22 tok/s")


# A size name that opens a quotation is the sentence's subject (`"The 70B in int4 is 70 GB."`), as it is unquoted.
QUOTED_SUBJECT_CASES = [
    ("en-quoted-wrong", '- "The 70B in int4 is 70 GB."', "70 GB", W, "35 GB"),
    ("ru-quoted-wrong", "- «70B в int4 — это 70 ГБ.»", "70 ГБ", W, "35 GB"),
    ("en-curly-holds", "- “The 70B in int4 is 35 GB.”", "35 GB", H, ""),
]


@pytest.mark.parametrize(("text", "stated", "group", "shown"), [pytest.param(*c[1:], id=c[0]) for c in QUOTED_SUBJECT_CASES])
def test_a_size_name_opening_a_quotation(text: str, stated: str, group: str, shown: str) -> None:
    claims = _claims("# Quotes\n\n" + text + "\n", stated)
    assert [c.verdict.group for c in claims] == [group]  # type: ignore[attr-defined]
    assert shown in claims[0].explanation  # type: ignore[attr-defined]


# `up to 95 tok/s`, `до 95 ток/с` on a named card: the most one stream reaches, bounded by the card's bandwidth.
_NOTE_70B = "---\nmodel: Llama-3-70B\n---\n# Llama-3-70B\n\nЗаметки про Llama-3-70B.\n\n"
UP_TO_CASES = [
    ("ru-up-to-wrong", _NOTE_70B + "> «Одна H100 выдаёт на 70B fp8 до 95 ток/с.»\n", "до 95 ток/с", W, "47.5"),
    ("en-up-to-wrong", _NOTE_70B + "- One H100 gives the 70B in fp8 up to 95 tok/s.\n", "up to 95 tok/s", W, "47.5"),
    ("ru-up-to-holds", _NOTE_70B + "- Одна H100 выдаёт на 70B fp8 до 25 ток/с.\n", "до 25 ток/с", H, ""),
]


@pytest.mark.parametrize(("text", "stated", "group", "shown"), [pytest.param(*c[1:], id=c[0]) for c in UP_TO_CASES])
def test_up_to_a_rate_on_a_named_card(text: str, stated: str, group: str, shown: str) -> None:
    claims = _claims(text, stated)
    assert [c.verdict.group for c in claims] == [group]  # type: ignore[attr-defined]
    assert shown in claims[0].explanation  # type: ignore[attr-defined]


def test_up_to_a_range_end_is_no_bound_word() -> None:
    """`от 2 до 4 ГиБ` is a range, and `до 8K` a context: neither makes a rate on a card a bound."""
    text = _NOTE_70B + "- Кэш от 2 до 4 ГиБ; на H100 выходит 95 ток/с.\n"
    assert W not in _groups(text, "95 ток/с")


# A list item with no model and no type, under an item naming the model, its type and the card: the rate reads that
# model in that type (`- Serving Llama-3-8B bf16 on one A100: …` / `- Ceiling 254 tok/s per stream.`).
_ITEM = "# Serving\n\n- Serving Llama-3-8B bf16 on one A100: weights 16.06 GB.\n"
ITEM_ABOVE_CASES = [
    ("en-wrong", _ITEM + "- Ceiling 254 tok/s per stream.\n", "254 tok/s", W),
    ("en-holds", _ITEM + "- Ceiling 90 tok/s per stream.\n", "90 tok/s", H),
    (
        "ru-wrong",
        "# Сервинг\n\n- Llama-3-8B в bf16 на одной A100: веса 16,06 ГБ.\n- Потолок 254 ток/с на поток.\n",
        "254 ток/с",
        W,
    ),
    ("measured", _ITEM + "- Measured 254 tok/s per stream.\n", "254 tok/s", V),
    (
        "tp-above",
        "# Serving\n\n- Llama-3-8B bf16 on two A100 at TP=2: weights 16.06 GB.\n- Ceiling 254 tok/s per stream.\n",
        "254 tok/s",
        V,
    ),
    ("two-types-above", "# Serving\n\n- Llama-3-8B bf16 or fp8 on one A100.\n- Ceiling 254 tok/s per stream.\n", "254 tok/s", V),
]


@pytest.mark.parametrize(("text", "stated", "group"), [pytest.param(*c[1:], id=c[0]) for c in ITEM_ABOVE_CASES])
def test_a_rate_under_the_item_naming_model_type_and_card(text: str, stated: str, group: str) -> None:
    assert _groups(text, stated) == [group]
