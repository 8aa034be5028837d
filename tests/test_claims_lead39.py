"""Claim cases of our own wording for the thirty-ninth round's rules (stop 48).

Facts (claims-gold and the catalogue's configs): Llama-2-70B has 68.98B parameters (bf16 137.96 GB); Mixtral-8x7B
reads 12.88B active parameters a token (bf16 25.8 GB). At 800 GB/s one stream of Llama-2-70B in bf16 decodes at most
5.8 tok/s, one of Mixtral-8x7B 31.1 tok/s. A byte is 8 bits: 1008 GB/s = 8.064 Tbit/s, 819 GB/s = 6.552 Tbit/s,
3.35 TB/s = 26.8 Tbit/s, 4 × 864 GB/s = 3,456 GB/s = 27.6 Tbit/s.
"""

from __future__ import annotations

import pytest
from conftest import H, W, note_claims


def _claims(text: str, stated: str) -> list[object]:
    return [c for c in note_claims(text) if c.stated == stated]  # type: ignore[attr-defined]


def _judged(text: str, stated: str, group: str, shown: str) -> None:
    """The figure `stated` is one claim, judged `group`, its explanation showing `shown`."""
    claims = _claims(text, stated)
    assert [c.verdict.group for c in claims] == [group]  # type: ignore[attr-defined]
    assert shown in claims[0].explanation  # type: ignore[attr-defined]


# Each rate of a line reads the model said right after it (`N tok/s from MODEL`), never the model of the rate before.
AFTER = "At 800 GB/s expect ~{a} tok/s from the Llama-2-70B in bf16 and ~{b} tok/s from Mixtral-8x7B in bf16.\n"
AFTER_RU = "При 800 ГБ/с жду ~{a} ток/с от Llama-2-70B в bf16 и ~{b} ток/с от Mixtral-8x7B в bf16.\n"
MODEL_AFTER_CASES = [
    ("en-second-rate-reads-mixtral", AFTER.format(a=5, b=30), "~30 tok/s", H, "Mixtral-8x7B 12.88B active"),
    ("en-second-rate-wrong", AFTER.format(a=5, b=60), "~60 tok/s", W, "= 31.1 tok/s"),
    ("en-first-rate-reads-llama", AFTER.format(a=40, b=30), "~40 tok/s", W, "Llama-2-70B 68.98B × 2 B (bf16) = 5.8 tok/s"),
    ("ru-second-rate-reads-mixtral", AFTER_RU.format(a=5, b=30), "~30 ток/с", H, "Mixtral-8x7B 12.88B active"),
    ("ru-first-rate-wrong", AFTER_RU.format(a=40, b=30), "~40 ток/с", W, "= 5.8 tok/s"),
    (
        "en-type-before-the-rates",
        "At 800 GB/s in bf16: ~5 tok/s from the Llama-2-70B and ~60 tok/s from Mixtral-8x7B.\n",
        "~60 tok/s",
        W,
        "Mixtral-8x7B 12.88B active × 2 B (bf16) = 31.1 tok/s",
    ),
]


@pytest.mark.parametrize(("text", "stated", "group", "shown"), [pytest.param(*c[1:], id=c[0]) for c in MODEL_AFTER_CASES])
def test_each_rate_reads_the_model_said_after_it(text: str, stated: str, group: str, shown: str) -> None:
    _judged(text, stated, group, shown)


def test_a_rate_whose_part_names_no_type_is_not_judged_by_a_guess() -> None:
    """Two types before the rates, none in their own parts: which is whose is not said."""
    text = "At 800 GB/s, bf16 or int8: ~5 tok/s from the Llama-2-70B and ~60 tok/s from Mixtral-8x7B.\n"
    assert all(c.verdict.group != W for c in _claims(text, "~60 tok/s"))  # type: ignore[attr-defined]


# A rate restated in bits: the joining words a writer uses, an italic label before it, a rounded first figure.
BITS_CASES = [
    ("en-which-is", "**Fact:** 1008 GB/s, which is 8.06 Tbit/s.\n", "8.06 Tbit/s", H, "× 8 (bits per byte)"),
    ("en-which-is-wrong", "**Fact:** 1008 GB/s, which is 1 Tbit/s.\n", "1 Tbit/s", W, "8.064 Tbit/s"),
    ("en-thats", "- Sam: An H100 does 3.35 TB/s, that's 26.8 Tbit/s.\n", "26.8 Tbit/s", H, "26.8 Tbit/s"),
    ("en-thats-wrong", "- Sam: An H100 does 3.35 TB/s, that's 3.35 Tbit/s.\n", "3.35 Tbit/s", W, "26.8 Tbit/s"),
    ("ru-italic-label", "> *Редакция:* 819 ГБ/с — это 6,55 Тбит/с.\n", "6,55 Тбит/с", H, "6.552"),
    ("ru-italic-label-wrong", "> *Редакция:* 819 ГБ/с — это 819 Гбит/с.\n", "819 Гбит/с", W, "6,552 Гбит/с"),
    ("en-rounded-first-figure", "192 GB total, 3.5 TB/s aggregate (27.6 Tbit/s).\n", "27.6 Tbit/s", H, "27.6 Tbit/s"),
    ("en-rounded-is-no-licence", "Its HBM moves 2 TB/s (16.9 Tbit/s).\n", "16.9 Tbit/s", W, "16 Tbit/s"),
]


@pytest.mark.parametrize(("text", "stated", "group", "shown"), [pytest.param(*c[1:], id=c[0]) for c in BITS_CASES])
def test_a_rate_restated_in_bits(text: str, stated: str, group: str, shown: str) -> None:
    _judged(text, stated, group, shown)


def test_links_multiplied_are_no_restatement() -> None:
    """`8 × 400 Gbit/s … 400 GB/s`: a sum over links (the multiplication sign stays one)."""
    assert not [c for c in note_claims("Eight NICs: 8 × 400 Gbit/s = 400 GB/s in total.\n") if c.shape == "bit-rate"]  # type: ignore[attr-defined]

