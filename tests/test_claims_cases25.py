"""Claim cases of our own wording (English and Russian) for the twenty-fifth round: recall of ratio
wordings, without errors on right statements.

- `N times the X` / `N× a X` / `N× Y's` says N times as large as what it names, like `N times larger
  than`; it is judged on the same pair, and stays silent when no pair is stated.
- A ratio whose noun right after its words counts devices, steps, requests or experts (`4× the
  GPUs`, `в 4 раза больше карт`) is no ratio of bytes, whatever sizes the sentence also states.
- Two sizes said per the same thing (`N KiB per token against M KiB`) before the ratio words are
  the pair it compares; a size said per another thing is not.
Each family keeps a wrong figure of the same shape an error with the right value in its message."""

from __future__ import annotations

import pytest
from conftest import H, U, W, check_claims, note_claims

TIMES_THE = [
    # `N times the X`: N times as large as X, judged between the two sizes of the sentence
    ("en-times-the-holds", "Our fp32 snapshot weighs 30 GB, which is 2 times the bf16 copy (15 GB).", [H], ""),
    ("en-times-the-wrong", "Our fp32 snapshot weighs 30 GB, which is 3 times the bf16 copy (15 GB).", [W], "30 GB / 15 GB = 2"),
    ("en-x-a-holds", "At 36 GB the checkpoint is 4× a 9 GB 4-bit export.", [H], ""),
    ("en-x-a-wrong", "At 36 GB the checkpoint is 6× a 9 GB 4-bit export.", [W], "= 4"),
    ("en-times-the-bytes-holds", "Stored in fp32, each weight takes 2× the bytes of bf16.", [H], ""),
    ("en-times-the-bytes-wrong", "Stored in fp32, each weight takes 8× the bytes of bf16.", [W], "ratio 2"),
    # two catalogued models: the part the sentence names, else their parameter counts
    ("en-possessive-vocab-holds", "Llama-3-8B's vocabulary is 4× Llama-2-7B's.", [H], ""),
    ("en-possessive-vocab-wrong", "Gemma-2-9B's vocabulary comes to 12× GPT-2's.", [W], "ratio 5.094"),
    ("en-times-the-model-holds", "Roughly speaking, Llama-2-13B is about 2× the Llama-2-7B.", [H], ""),
    ("en-times-the-model-wrong", "Roughly speaking, Llama-2-13B is about 4× the Llama-2-7B.", [W], "ratio 1.932"),
    # near misses: no pair of sizes or types, or a count of occasions
    ("en-times-a-day", "We restart the 16 GB box 3 times a day.", [], ""),
    ("en-times-the-speed", "The new kernel runs at 3 times the speed of the old one.", [], ""),
]


@pytest.mark.parametrize(("text", "groups", "shown"), [c[1:] for c in TIMES_THE], ids=[c[0] for c in TIMES_THE])
def test_n_times_the_thing_is_as_large_as_it(text: str, groups: list[str], shown: str) -> None:
    check_claims(text, groups, shown)


COUNTED_NOUNS = [
    # a factor of devices or steps is no factor of the two sizes in the sentence
    ("en-gpus-the", "The 70B job asks for 4× the GPUs of the 13B one: 140 GB against 26 GB of weights.", [], ""),
    ("en-gpus-more", "The 70B job asks for 4× more GPUs than the 13B one: 140 GB against 26 GB.", [], ""),
    ("ru-cards-more", "Большой модели нужно в 4 раза больше карт, чем малой: 140 ГБ против 26 ГБ.", [], ""),
    ("en-steps-more", "At 2 GB per batch instead of 8 GB we need 4× more steps per epoch.", [], ""),
    # … while a factor of the sizes themselves stays judged, and a wrong one flagged with its value
    ("en-sizes-holds", "The 70B file is 5× larger than the 13B one: 140 GB against 28 GB.", [H], ""),
    ("en-sizes-wrong", "The 70B file is 4× larger than the 13B one: 140 GB against 26 GB.", [W], "5.385"),
]


@pytest.mark.parametrize(("text", "groups", "shown"), [c[1:] for c in COUNTED_NOUNS], ids=[c[0] for c in COUNTED_NOUNS])
def test_a_factor_of_devices_or_steps_is_no_factor_of_bytes(text: str, groups: list[str], shown: str) -> None:
    check_claims(text, groups, shown)


PER_TOKEN_PAIRS = [
    # two sizes per token compared, then the factor between them
    (
        "en-per-token-holds",
        "The small model's cache is 32 KiB per token against 256 KiB for the big one, 8 times smaller.",
        [H],
        "",
    ),
    (
        "en-per-token-wrong",
        "The small model's cache is 32 KiB per token against 256 KiB for the big one, 20 times smaller.",
        [W],
        "256 KiB / 32 KiB = 8",
    ),
    ("ru-per-token-holds", "Кэш маленькой модели — 64 КиБ на токен против 256 КиБ у большой, то есть в 4 раза меньше.", [H], ""),
    (
        "ru-per-token-wrong",
        "Кэш маленькой модели — 64 КиБ на токен против 256 КиБ у большой, то есть в 16 раз меньше.",
        [W],
        "256 КиБ / 64 КиБ = 4",
    ),
    # near miss: the second size is said per another thing: not the pair
    ("en-per-token-vs-per-layer", "The cache is 32 KiB per token vs 256 KiB per layer, 8 times smaller.", [], ""),
]


@pytest.mark.parametrize(("text", "groups", "shown"), [c[1:] for c in PER_TOKEN_PAIRS], ids=[c[0] for c in PER_TOKEN_PAIRS])
def test_two_sizes_per_token_are_the_pair_a_factor_compares(text: str, groups: list[str], shown: str) -> None:
    check_claims(text, groups, shown)


OWN_CLAUSE_TYPES = [
    # a ratio or percent in a later clause is between the two types its own clause names
    ("en-percent-later-clause-holds", "Q4_K_M is 3.3× smaller than F16, while Q8_0 saves 47 % against F16.", [H, H], ""),
    ("en-percent-later-clause-wrong", "Q4_K_M is 3.3× smaller than F16, while Q8_0 saves 30 % against F16.", [H, W], "46.9%"),
    ("ru-percent-later-clause-holds", "Q4_K_M в 3,3 раза меньше bf16, а Q8_0 экономит 47 % по сравнению с bf16.", [H, H], ""),
    (
        "ru-percent-later-clause-wrong",
        "Q4_K_M в 3,3 раза меньше bf16, а Q8_0 экономит 15 % по сравнению с bf16.",
        [H, W],
        "46.9%",
    ),
    (
        "en-ratio-later-clause-holds",
        "From fp16 to Q8_0 the file shrinks by 47 %, and Q4_K_M is 3.3× smaller than fp16.",
        [H, H],
        "",
    ),
    (
        "en-ratio-later-clause-wrong",
        "From fp16 to Q8_0 the file shrinks by 47 %, and Q4_K_M is 7× smaller than fp16.",
        [H, W],
        "ratio 3.269",
    ),
    # one clause: its two types as before
    ("en-one-clause", "Storing the weights in int8 instead of fp32 saves 75 %.", [H], ""),
]


@pytest.mark.parametrize(("text", "groups", "shown"), [c[1:] for c in OWN_CLAUSE_TYPES], ids=[c[0] for c in OWN_CLAUSE_TYPES])
def test_a_ratio_in_a_later_clause_is_between_its_own_types(text: str, groups: list[str], shown: str) -> None:
    check_claims(text, groups, shown)


SAME_DIGITS = [
    # the same digits under a decimal and a binary prefix are one amount only within the second's rounding
    ("en-same-digits-tib", "The shards add up to 8 TB, which is 8 TiB on the array.", [U], "7.276 TiB"),
    ("ru-same-digits-gib", "Файл весит 32 ГБ, то есть 32 ГиБ.", [U], "29.802"),
    ("en-converted-holds", "The shards add up to 8 TB, which is 7.3 TiB on the array.", [H], ""),
    ("en-one-unit-hedged", "The adapter is 1 GB, i.e. about 1 GiB.", [H], ""),
]


@pytest.mark.parametrize(("text", "groups", "shown"), [c[1:] for c in SAME_DIGITS], ids=[c[0] for c in SAME_DIGITS])
def test_the_same_digits_in_gb_and_gib_are_not_one_amount(text: str, groups: list[str], shown: str) -> None:
    check_claims(text, groups, shown)
    if shown:  # a unit confusion shows the right value too
        assert any(shown in c.explanation for c in note_claims(text))  # type: ignore[attr-defined]


ANSWER_PERCENTS = [
    # the percent of an answer is between the question's two types, as the answer's ratio is
    (
        "en-answer-percent-holds",
        "Q: How many times smaller is bf16 than fp32, and what is the saving?\nA: 2 times smaller, a saving of 50 %.",
        [H, H],
        "",
    ),
    (
        "ru-answer-percent-wrong",
        "Q: Во сколько раз int8 легче fp32 и сколько это экономит?\nA: В 4 раза, экономия 40 %.",
        [H, W],
        "75.0% smaller",
    ),
    # a percent that does not restate the answer's ratio is judged on the types, with their value
    (
        "ru-answer-percent-not-the-ratios",
        "Q: Во сколько раз bf16 легче fp32 и сколько это экономит?\nA: В 4 раза, экономия 25 %.",
        [W, W],
        "",
    ),
    # … one that restates it is the same statement: the ratio carries the error (as before)
    (
        "ru-answer-percent-restates-the-ratio",
        "Q: Во сколько раз bf16 легче fp32 и сколько это экономит?\nA: В 4 раза, экономия 75 %.",
        [W, H],
        "ratio 2",
    ),
]


@pytest.mark.parametrize(("text", "groups", "shown"), [c[1:] for c in ANSWER_PERCENTS], ids=[c[0] for c in ANSWER_PERCENTS])
def test_an_answers_percent_is_between_the_questions_types(text: str, groups: list[str], shown: str) -> None:
    check_claims(text, groups, shown)
    for c in note_claims(text):
        if c.shape == "percent-reduction" and "bf16" in text and c.verdict.group == W:  # type: ignore[attr-defined]
            assert "50.0% smaller" in c.explanation  # type: ignore[attr-defined]


RECIPE_PERCENTS = [
    # a percent against a recipe named by its bytes per parameter: against the last rate said before it
    (
        "en-recipe-line-above-holds",
        "- With 8-bit optimizer states the total drops to 12 bytes/param.\n- So we save 33 % over the 18-byte recipe.",
        [H],
        "",
    ),
    (
        "en-recipe-line-above-wrong",
        "- With 8-bit optimizer states the total drops to 12 bytes/param.\n- So we save 60 % over the 18-byte recipe.",
        [W],
        "33.3% smaller",
    ),
    (
        "ru-recipe-line-above-holds",
        "- С 8-битными состояниями выходит 10 байт на параметр.\n- Экономия относительно 16-байтного рецепта — 37,5 %.",
        [H],
        "",
    ),
    (
        "ru-recipe-line-above-wrong",
        "- С 8-битными состояниями выходит 10 байт на параметр.\n- Экономия относительно 16-байтного рецепта — 60 %.",
        [W],
        "37.5% smaller",
    ),
    ("en-recipe-own-sentence", "The lean setup needs 12 bytes/param, a 25 % saving over the 16-byte one.", [H], ""),
    # a rate said after the percent is the amount saved, not the new rate; no rate at all: no claim
    ("en-rate-after-is-no-new-rate", "That is a 25 % saving over the 16-byte recipe, 4 bytes/param in all.", [], ""),
    ("en-no-rate", "That is a 25 % saving over the 16-byte recipe.", [], ""),
]


@pytest.mark.parametrize(("text", "groups", "shown"), [c[1:] for c in RECIPE_PERCENTS], ids=[c[0] for c in RECIPE_PERCENTS])
def test_a_percent_against_an_n_byte_recipe(text: str, groups: list[str], shown: str) -> None:
    check_claims(text, groups, shown)


SPEED_FACTORS = [
    # a factor of speed, latency or cost next to two sizes is no factor of the sizes
    ("en-speedup-two-sizes", "Our 16 GB and 8 GB builds show a 3× speedup.", [], ""),
    ("en-difference-in-latency", "Our 16 GB and 8 GB builds show a 5× difference in latency.", [], ""),
    ("ru-speedup-before", "Сборки на 16 ГБ и 8 ГБ дают ускорение в 3 раза.", [], ""),
    # … a factor of the sizes next to a speed in another clause is still judged
    ("en-smaller-then-faster", "Of our 16 GB and 8 GB builds the second is 2× smaller, and 3× faster.", [H], ""),
    ("ru-sizes-wrong", "Сборка на 8 ГБ в 3 раза меньше сборки на 16 ГБ.", [W], "16 ГБ / 8 ГБ = 2"),
    # `a N× difference` between two sizes said per the same thing is their ratio
    ("en-difference-holds", "The draft keeps 16 KiB per token against the target's 128 KiB, an 8× difference.", [H], ""),
    ("en-difference-wrong", "The draft keeps 16 KiB per token against the target's 128 KiB, a 3× difference.", [W], "= 8"),
]


@pytest.mark.parametrize(("text", "groups", "shown"), [c[1:] for c in SPEED_FACTORS], ids=[c[0] for c in SPEED_FACTORS])
def test_a_factor_of_speed_is_no_factor_of_sizes(text: str, groups: list[str], shown: str) -> None:
    check_claims(text, groups, shown)


EACH_PRODUCTS = [
    # a count, the size of each, and the total right after: the total is their product
    ("en-each-holds", "We keep 6 snapshots at 25 GB each, which takes 150 GB.", [H], ""),
    ("en-each-wrong", "Six is too many: we keep 6 snapshots at 25 GB each, which takes 300 GB.", [W], "6 × 25 GB = 150 GB"),
    ("en-each-colon-hedged", "The last 3 exports at ~40 GB each: about 120 GB.", [H], ""),
    ("ru-po-holds", "Держим 6 снапшотов по 25 ГБ — это 150 ГБ.", [H], ""),
    ("ru-po-wrong", "Держим 6 снапшотов по 25 ГБ — это 75 ГБ.", [W], "6 × 25 ГБ = 150 GB"),
    # near misses: another count in the clause, a new subject before the second size, what is left
    ("en-two-counts", "Two racks of 8 GPUs at 80 GB each: 1,280 GB.", [], ""),
    ("en-new-subject", "We rent 4 GPUs at 80 GB each: the job itself needs 140 GB.", [], ""),
    ("en-usable", "We bought 4 disks at 8 TB each, which gives 24 TB usable.", [], ""),
]


@pytest.mark.parametrize(("text", "groups", "shown"), [c[1:] for c in EACH_PRODUCTS], ids=[c[0] for c in EACH_PRODUCTS])
def test_a_count_at_a_size_each_makes_their_total(text: str, groups: list[str], shown: str) -> None:
    check_claims(text, groups, shown)


HOW_OFTEN = [
    # `N times a day`, `N times the same day`: how often, never a factor between the types named
    ("en-times-a-day-two-types", "We evaluate the int8 and fp32 builds 3× a day.", [], ""),
    ("en-times-the-same-day", "We rerun the fp32 and int8 evals 4 times the same day.", [], ""),
    # … while `N× the bytes of` stays a factor of the types
    ("en-times-the-bytes-of-wrong", "In int8 a weight takes 2× the bytes of fp32.", [W], "ratio 4"),
]


@pytest.mark.parametrize(("text", "groups", "shown"), [c[1:] for c in HOW_OFTEN], ids=[c[0] for c in HOW_OFTEN])
def test_how_often_is_no_factor(text: str, groups: list[str], shown: str) -> None:
    check_claims(text, groups, shown)
