"""Claim cases of our own wording (English and Russian) for the twentieth round (issue 15):
percentages, ratios, arithmetic and FLOPs that notes state in ways the checker did not read."""

from __future__ import annotations

import pytest
from conftest import H, V, W, check_claims, note_claims

COMPUTE_PRODUCTS = [
    # a product of plain numbers written with powers of ten, in a sentence about FLOPs or 6·N·D:
    # the compute total is checked although only the sentence names its unit
    ("en-6nd-e-notation", "Training compute by 6ND for a 3B model on 600B tokens: 6 * 3e9 * 6e11 = 1.08e22", [H], ""),
    ("en-flops-superscripts", "FLOPs for the run: 6 · 3 · 10⁹ · 600 · 10⁹ ≈ 1,1 · 10²².", [H], ""),
    ("ru-6nd-dots", "Вычислительный бюджет по 6·N·D: 6 × 1.5e9 × 3e11 ≈ 2.7e21.", [H], ""),
    ("ru-flop-words", "ФЛОП на обучение: 6 · 2 · 10⁹ · 40 · 10⁹ ≈ 4,8 · 10²⁰.", [H], ""),
    # … and a wrong total is an error with the product in its message
    ("en-6nd-wrong", "Training compute by 6ND for a 3B model on 600B tokens: 6 * 3e9 * 6e11 = 1.08e23", [W], "1.08e+22"),
    ("ru-flop-wrong", "ФЛОП на обучение: 6 · 2 · 10⁹ · 40 · 10⁹ ≈ 4,8 · 10²¹.", [W], "4.8e+20"),
]


@pytest.mark.parametrize(("text", "groups", "shown"), [c[1:] for c in COMPUTE_PRODUCTS], ids=[c[0] for c in COMPUTE_PRODUCTS])
def test_a_product_of_powers_of_ten_in_a_compute_sentence_is_checked(text: str, groups: list[str], shown: str) -> None:
    check_claims(text, groups, shown)


@pytest.mark.parametrize(
    "text",
    [
        # no FLOP word and no 6·N·D: a product of powers of ten in a maths note is no sizing claim
        "Scientific notation: 3 · 10⁹ · 2 · 10³ = 7 · 10¹².",
        "Let the sample be 2e6 * 3e3 = 5e9 in the exercise.",
        "В задаче 4 · 10⁶ · 5 = 3 · 10⁷.",
        # a FLOP sentence whose product has no power of ten is left to the other units
        "FLOPs per step: 6 * 7 = 41.",
    ],
)
def test_no_compute_claim_without_its_words_or_powers(text: str) -> None:
    assert not [c for c in note_claims(text) if c.verdict.value == "wrong"]  # type: ignore[attr-defined]


FROM_TO_PERCENT_IN_A_LATER_CLAUSE = [
    # each clause of a sentence that says 'from A to B … saves P %' is its own percent claim
    (
        "en-two-clauses",
        "Moving from bf16 to int8 saves 50 %; moving from fp32 to bf16 saves 50 % as well.",
        [H, H],
        "",
    ),
    ("ru-two-clauses", "Переход с fp16 на int8 экономит 50 %, а переход с fp32 на int4 экономит 87,5 %.", [H, H], ""),
    # … a wrong later clause is an error with its own types' share
    (
        "en-second-clause-wrong",
        "Moving from bf16 to int8 saves 50 %; moving from fp32 to bf16 saves 25 %.",
        [H, W],
        "50.0% smaller",
    ),
    ("ru-second-clause-wrong", "Переход с fp16 на int8 экономит 50 %, а переход с fp32 на int4 экономит 50 %.", [H, W], "87.5%"),
]


@pytest.mark.parametrize(
    ("text", "groups", "shown"),
    [c[1:] for c in FROM_TO_PERCENT_IN_A_LATER_CLAUSE],
    ids=[c[0] for c in FROM_TO_PERCENT_IN_A_LATER_CLAUSE],
)
def test_a_later_clause_from_one_type_to_another_is_its_own_percent(text: str, groups: list[str], shown: str) -> None:
    check_claims(text, groups, shown)


@pytest.mark.parametrize(
    "text",
    [
        # a later clause about speed is no percent of bytes, even from one type to another
        "Moving from bf16 to int8 saves 50 %; moving from int8 to int4 cuts latency by 30 %.",
        "Переход с fp16 на int8 экономит 50 %, а переход с int8 на int4 снижает задержку на 30 %.",
    ],
)
def test_a_later_clause_about_speed_is_no_percent_of_bytes(text: str) -> None:
    claims = note_claims(text)
    assert [c.verdict.value for c in claims] == ["holds"], [(c.shape, c.explanation) for c in claims]  # type: ignore[attr-defined]


LOWER_CASE_BILLIONS = [
    # a lower-case `b` or `m` before `params`/`параметров` is a count in billions or millions
    ("en-lower-b-params", "mistral-7b: 7.2b params", [H], ""),
    ("ru-lower-b-params", "Mistral-7B: 7,2b параметров.", [H], ""),
    ("en-lower-b-moe", "Mixtral-8x7B-Instruct has 46.7b params in all.", [H], ""),
    # … and a wrong count is an error with the model's count in its message
    ("en-lower-b-wrong", "mistral-7b: 9.2b params", [W], "7.242B"),
]


@pytest.mark.parametrize(
    ("text", "groups", "shown"), [c[1:] for c in LOWER_CASE_BILLIONS], ids=[c[0] for c in LOWER_CASE_BILLIONS]
)
def test_a_lower_case_scale_before_params_is_a_count(text: str, groups: list[str], shown: str) -> None:
    check_claims(text, groups, shown)


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("a 4b quant of the model", "number"),  # a quant's name, not billions
        ("at 4 b per weight", "number"),  # `b` for bits stays unread
        ("the 7b model", "number"),
        ("350m parameters", "count"),
    ],
)
def test_lower_case_scale_only_before_params(text: str, kind: str) -> None:
    from vaultkit.claims.quantities import find_quantities

    assert next(q.kind for q in find_quantities(text)) == kind


MICROSCALING_BITS = [
    # MXFP4 and NVFP4 are 4-bit values with a scale shared by a block: 4.25 and 4.5 bits per weight
    ("en-mxfp4-bits", "The MoE layers are stored in MXFP4, 4.25 bits per weight counting the shared scales.", [H], ""),
    ("ru-mxfp4-bits", "Слои экспертов хранятся в MXFP4 — 4,25 бита на вес вместе с масштабами.", [H], ""),
    ("en-nvfp4-bits", "NVFP4 costs 4.5 bits per weight.", [H], ""),
    # … a wrong count of bits is an error with the block's figure
    ("en-mxfp4-wrong", "MXFP4 costs 4.5 bits per weight with its scales.", [W], "4.25 bits per weight"),
    ("ru-nvfp4-wrong", "NVFP4 — это 4,25 бита на вес.", [W], "4.5 bits per weight"),
]


@pytest.mark.parametrize(("text", "groups", "shown"), [c[1:] for c in MICROSCALING_BITS], ids=[c[0] for c in MICROSCALING_BITS])
def test_microscaling_formats_have_their_block_bits(text: str, groups: list[str], shown: str) -> None:
    check_claims(text, groups, shown)


@pytest.mark.parametrize(
    "text",
    [
        # a checkpoint's average mixes MXFP4 experts with wider layers: no block figure to hold it to
        "The whole checkpoint in MXFP4 averages 4.45 bits per weight.",
        "Файл модели в MXFP4 в среднем даёт 4,45 бита на вес.",
    ],
)
def test_an_average_over_a_mixed_checkpoint_is_not_judged(text: str) -> None:
    assert not [c for c in note_claims(text) if c.verdict.value == "wrong"]  # type: ignore[attr-defined]


PERCENT_THEN_PART = [
    # a percent, the whole it is of, then the part it gives: the part is percent × whole
    ("en-percent-of-is", "The driver may give the GPU 75 % of memory: of 64 GB that is 48 GB.", [H], ""),
    ("ru-percent-ot-eto", "Под кэш отводим 40 % от 80 ГБ — это 32 ГБ.", [H], ""),
    ("en-percent-rounded", "About a third, 33 % of the 24 GB, is 8 GB.", [H], ""),
    # … a part that is not percent × whole is an error with the product in its message
    ("en-percent-of-wrong", "The driver may give the GPU up to 75 % of memory: of 64 GB that is 24 GB.", [W], "48 GB"),
    ("ru-percent-iz-wrong", "Система отдаёт видеокарте до 75 % памяти: из 64 ГБ это 24 ГБ.", [W], "48 GB"),
    # close to the product: the rounding of the figures may explain it, never an error
    ("en-percent-close", "Reserve 30 % of 80 GB, that is 26 GB.", [V], ""),
]


@pytest.mark.parametrize(("text", "groups", "shown"), [c[1:] for c in PERCENT_THEN_PART], ids=[c[0] for c in PERCENT_THEN_PART])
def test_the_part_a_percent_of_a_size_gives(text: str, groups: list[str], shown: str) -> None:
    check_claims(text, groups, shown)


@pytest.mark.parametrize(
    "text",
    [
        # added on top of the whole, or what is left of it: no part of the whole
        "Activations add 30 % of the 14 GB, that is 4.2 GB more.",
        "This leaves 25 % of 80 GB free, that is 60 GB in use.",
        "Накладные расходы — 10 % от 40 ГБ, это 44 ГБ вместе с ними.",
    ],
)
def test_a_percent_on_top_or_left_is_no_part(text: str) -> None:
    assert not [c for c in note_claims(text) if c.verdict.value == "wrong"]  # type: ignore[attr-defined]
