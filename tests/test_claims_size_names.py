"""Claim cases of our own wording: a model called by its size alone as the subject of a sentence.

`A 70B in fp8 is 35 GB`, `The 72B in int8 fits in 36 GB`, `the 8B int8 engine is 8 GB`: the size name
is the sentence's subject when it opens the sentence (after list marks, a timestamp or a connective)
and a storage type or a verb of size follows it; it is then nominal (±10 %). `like a 70B`, `than the
70B`, or a sentence naming a second size (`the 13B is 2× the 7B (13.5 GB)`) leave it unread."""

from __future__ import annotations

import pytest
from conftest import H, V, W, check_claims, note_claims

CASES = [
    ("in-type", "# S\n\nA 70B in fp8 is 70 GB.\n", [H], ""),
    ("in-type-wrong", "# S\n\nA 70B in fp8 is 35 GB.\n", [W], "70 GB"),
    ("type-after", "# S\n\nThe 8B int8 engine is 8 GB on disk.\n", [H], ""),
    ("verb", "# S\n\nThe 13B needs 26 GB in fp16.\n", [H], ""),
    ("verb-wrong", "# S\n\n- The 13B needs 13 GB in fp16.\n", [W], "26 GB"),
    ("timestamp", "# S\n\n- [00:12:40] A 70B in fp16 is 70 gigabytes, they said.\n", [W], "140 GB"),
    ("connective", "# S\n\nSo the 7B in bf16 takes 14 GB.\n", [H], ""),
    # not the subject: no claim
    ("compared", "# S\n\nIt is slower than a 70B in fp8, which is 70 GB.\n", [], ""),
    ("like", "# S\n\nLike a 70B at 4 bit, it needs 40 GB.\n", [], ""),
    ("second-size", "# S\n\nSo the 13B is about 2× the 7B (13.5 GB in bf16).\n", [], ""),
]


@pytest.mark.parametrize(("text", "groups", "shown"), [c[1:] for c in CASES], ids=[c[0] for c in CASES])
def test_a_size_name_opening_a_sentence_is_its_subject(text: str, groups: list[str], shown: str) -> None:
    check_claims(text, groups, shown)


PARTS = [
    # `of which`, `из них`, `the remaining`: a part of the count said before, not the model's whole
    ("of-which", "# S\n\nMixtral-8x7B has 46.7B parameters, of which 45.1B are in the experts.\n", [H, V], ""),
    ("ru-iz-nih", "# S\n\nLlama-3-8B — 8,03 млрд параметров, из них 1,05 млрд — эмбеддинги и выходная голова.\n", [H, V], ""),
    ("remaining", "# S\n\nMixtral-8x7B has 46.7B parameters; the remaining 1.6B outside the experts are shared.\n", [H, V], ""),
    # an active count after `of which` is still judged as the active count
    ("of-which-active", "# S\n\nMixtral-8x7B has 46.7B parameters, of which 12.9B are active per token.\n", [H, H], ""),
    # `как у плотной модели на 13 млрд`: a model of that size compared with, not a count of this one
    (
        "ru-like-a-dense",
        "# S\n\nУ Mixtral-8x7B 46,7 млрд параметров, а затраты на токен — как у плотной модели на 13 млрд.\n",
        [H],
        "",
    ),
]


@pytest.mark.parametrize(("text", "groups", "shown"), [c[1:] for c in PARTS], ids=[c[0] for c in PARTS])
def test_a_part_of_a_count_is_not_the_models_whole(text: str, groups: list[str], shown: str) -> None:
    check_claims(text, groups, shown)


DTYPE_RATIOS = [
    # a sentence comparing two types names no figure and no model: still a claim
    ("three-times", "# T\n\nfp32 is three times bigger than int8.\n", [W], "4"),
    ("ru-half", "# T\n\nint8 — половина от fp16.\n", [H], ""),
    ("twice", "# T\n\nfp16 takes twice as much memory as int8.\n", [H], ""),
]


@pytest.mark.parametrize(("text", "groups", "shown"), [c[1:] for c in DTYPE_RATIOS], ids=[c[0] for c in DTYPE_RATIOS])
def test_two_types_compared_in_words_are_a_claim(text: str, groups: list[str], shown: str) -> None:
    check_claims(text, groups, shown)


SHARES_OF_A_TYPE = [
    # NF4 stores 4.127 bits a weight with double quantization (4.5 without): 26 % of fp16 holds
    ("nf4-share", "# Q\n\nNF4 takes about 26 % of the fp16 size.\n", [H], ""),
    ("nf4-share-wrong", "# Q\n\nNF4 is 40 % of the fp16 size.\n", [W], "25.0%"),
    # int4 with its scales may be up to a bit more a weight: not an error, not checked
    ("int4-scales", "# Q\n\nint4 is 31 % of the fp16 size.\n", [V], ""),
    ("int4-exact", "# Q\n\nint4 is 25 % of the fp16 size.\n", [H], ""),
]


@pytest.mark.parametrize("text, groups, shown", [c[1:] for c in SHARES_OF_A_TYPE], ids=[c[0] for c in SHARES_OF_A_TYPE])
def test_a_share_of_a_quantized_type_allows_its_scales(text: str, groups: list[str], shown: str) -> None:
    check_claims(text, groups, shown)


GUARDS = [
    # models listed together, one called by its size: no count of the named one, the sum not checked
    ("listed-sizes-together", "# S\n\n- fits:: the 1B, 3B and Phi-3-mini together in bf16 are 16.5 GB\n", [V], ""),
    # a card's memory after its model number is no training memory
    (
        "card-number-capacity",
        "# Чат\n\nхочу дообучить Mistral-7B-v0.1, у меня одна 4090 на 24 ГБ. "
        "полный fine-tune это 16 байт на параметр = 115,9 ГБ\n",
        [H],
        "",
    ),
]


@pytest.mark.parametrize(("text", "groups", "shown"), [c[1:] for c in GUARDS], ids=[c[0] for c in GUARDS])
def test_what_is_not_the_models_figure_is_not_judged_as_it(text: str, groups: list[str], shown: str) -> None:
    check_claims(text, groups, shown)


def test_an_moes_published_active_count_sizes_its_active_weights() -> None:
    """DeepSeek-V3's card publishes 37B activated parameters (the config counts 37.55B): 37 GB of fp8 active
    weights holds on the published count, and the message names the reading that holds; 74 GB is wrong."""
    text = "# MoE\n\nDeepSeek-V3 in fp8: the active weights are 37 GB.\n\nDeepSeek-V3 in fp8: the active weights are 74 GB.\n"
    claims = [c for c in note_claims(text) if c.shape == "weights"]  # type: ignore[attr-defined]
    assert [c.verdict.group for c in claims] == ["holds", "wrong"], [c.explanation for c in claims]  # type: ignore[attr-defined]
    assert "nominal 37B × 1 bytes (fp8, sentence) = 37 GB" in claims[0].explanation  # type: ignore[attr-defined]
