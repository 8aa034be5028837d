"""Claim cases of our own wording (English and Russian) for the twenty-third round: a ratio or a
percent is judged only between the two quantities the sentence compares.

The figure must be of the kind the rule computes (both sizes of one kind, both storage widths,
both parameter counts, or the same part of two configurations); when the pair cannot be told, or
the ratio is of something the engine does not compute (devices, batch, a total holding parts kept
in other types), there is no error. Each family keeps a wrong figure of the same shape an error
with the right value in its message."""

from __future__ import annotations

import pytest
from conftest import H, V, W, check_claims

CONFIG_PARTS = [
    # a ratio of a part of two configurations is that part's ratio, never the parameter counts'
    ("en-vocabulary", "Gemma-2-9B's vocabulary is about 8× larger than Llama-2-7B's.", [H], ""),
    ("ru-vocabulary", "Словарь у Gemma-2-9B примерно в 8 раз больше, чем у Llama-2-7B.", [H], ""),
    ("en-layers", "Llama-2-13B has 1.25 times more layers than Llama-2-7B.", [H], ""),
    ("ru-layers", "У Llama-2-13B в 1,25 раза больше слоёв, чем у Llama-2-7B.", [H], ""),
    ("en-hidden-size", "The hidden size of Llama-2-13B is 1.25× larger than Llama-2-7B's.", [H], ""),
    ("en-adjective-noun", "Qwen2.5-14B has a 4.75× larger vocabulary than Llama-2-13B.", [H], ""),
    # … wrong factors of the same shape are errors with the config's ratio
    ("en-vocabulary-wrong", "Gemma-2-9B's vocabulary is 4× larger than Llama-2-7B's.", [W], "256,000 vs Llama-2-7B 32,000"),
    ("ru-layers-wrong", "У Llama-2-13B в 2 раза больше слоёв, чем у Llama-2-7B.", [W], "ratio 1.25"),
    # counts the catalogue has no figure for: no claim
    ("ru-cards", "Для Llama-2-13B нужно в 2 раза больше видеокарт, чем для Llama-2-7B.", [], ""),
    ("en-batch", "Llama-2-7B fits a 3× larger batch than Llama-2-13B on one card.", [], ""),
    # a part named only in an aside, with the cache after the ratio words: the cache per token is compared
    (
        "en-cache-after-aside",
        "Llama-2-13B (40 layers, 40 KV heads) keeps about 6× more cache per token than Llama-3-8B.",
        [H],
        "",
    ),
    (
        "en-cache-after-aside-wrong",
        "Llama-2-13B (40 layers, 40 KV heads) keeps 2× more cache per token than Llama-3-8B.",
        [W],
        "ratio 6.25",
    ),
    # the parameter ratio is still read when nothing else is named, and a wrong one flagged
    ("en-params-wrong", "Llama-2-13B is 4 times larger than Llama-2-7B.", [W], "ratio 1.932"),
]


@pytest.mark.parametrize(("text", "groups", "shown"), [c[1:] for c in CONFIG_PARTS], ids=[c[0] for c in CONFIG_PARTS])
def test_a_ratio_of_a_config_part_is_that_parts_ratio(text: str, groups: list[str], shown: str) -> None:
    check_claims(text, groups, shown)


FACTOR_SPELLING = [
    # an English comma before three digits groups thousands; a Russian one is a decimal comma
    ("en-grouped-factor", "Llama-3.1-405B is roughly 3,260× larger than GPT-2 small.", [H], ""),
    ("en-grouped-factor-wrong", "Llama-3.1-405B is roughly 1,260× larger than GPT-2 small.", [W], "ratio 3261"),
    # `TP=2 × PP=4`: the × joins two degrees, no ratio of the sizes around it
    ("en-degrees-product", "The states take 96 GB in all; with TP=2 × PP=4 every card keeps 12 GB.", [], ""),
]


@pytest.mark.parametrize(("text", "groups", "shown"), [c[1:] for c in FACTOR_SPELLING], ids=[c[0] for c in FACTOR_SPELLING])
def test_how_a_factor_is_written(text: str, groups: list[str], shown: str) -> None:
    check_claims(text, groups, shown)


TYPE_PAIRS = [
    # a factor of something a type change only lets grow, or of a total with parts in other types
    ("en-batch-increase", "Storing the cache in int8 instead of fp16 allowed a 1.7× increase in batch size.", [], ""),
    ("en-total-reduction", "int4 weights instead of bf16 give a 2.5× reduction in total VRAM for our server.", [], ""),
    ("ru-total", "Переход с fp16 на int8 даёт сокращение общей памяти в 1,6 раза.", [], ""),
    # … the bytes of the two types are still judged, right and wrong
    ("en-bytes-wrong", "int8 gives a 3× reduction over fp32.", [W], "ratio 4"),
    # a K-bit code against each type its own `over`/`than` names, never the two types with each other
    ("en-code-two-refs", "2 bits per dimension: a 16× reduction over fp32 and 8× over fp16.", [H, H], ""),
    ("ru-code-two-refs", "Коды по 2 бита на измерение в 16 раз меньше, чем fp32, и в 8 раз меньше, чем fp16.", [H, H], ""),
    ("en-code-two-refs-wrong", "2 bits per dimension: a 16× reduction over fp32 and 16× over fp16.", [H, W], "ratio 8"),
    # the type of the thing the sentence is about comes from the sentence before, beside its noun
    ("en-own-referent", "Weights in nf4, activations in fp8. The activations are 2× smaller than bf16.", [H], ""),
    ("ru-own-referent", "Веса хранятся в 4 битах, а активации в fp8. Активации в 4 раза меньше, чем в fp32.", [H], ""),
    ("en-own-referent-wrong", "Weights in nf4, activations in fp8. The activations are 4× smaller than bf16.", [W], "ratio 2"),
]


@pytest.mark.parametrize(("text", "groups", "shown"), [c[1:] for c in TYPE_PAIRS], ids=[c[0] for c in TYPE_PAIRS])
def test_a_factor_between_two_types(text: str, groups: list[str], shown: str) -> None:
    check_claims(text, groups, shown)


PERCENTS = [
    # a bound holds when the true value is on its side
    ("en-at-least", "Moving from bf16 to int8 saves at least 45 % of the weight memory.", [H], ""),
    ("ru-not-more", "Переход с fp32 на bf16 экономит не более 55 % памяти весов.", [H], ""),
    ("en-at-least-wrong", "Moving from bf16 to int8 saves at least 60 % of the weight memory.", [W], "50.0%"),
    ("ru-not-more-wrong", "Переход с fp32 на bf16 экономит не более 40 % памяти весов.", [W], "50.0%"),
    # fewer KV heads and a narrower type: the cut is both
    ("en-heads-and-type", "Moving from 16 to 4 KV heads and from bf16 to int8 shrinks the cache by 87.5 %.", [H], ""),
    ("ru-heads-and-type", "Переход с 16 на 4 KV-головы и с bf16 на int8 уменьшает кэш на 87,5 %.", [H], ""),
    ("en-heads-and-type-wrong", "Moving from 16 to 4 KV heads and from bf16 to int8 shrinks the cache by 50 %.", [W], "87.5%"),
    # a quantized file or version also stores scales: a percent up to one more bit per weight is not wrong
    ("en-version-scales", "The 4-bit build comes out 73 % smaller than fp16.", [V], ""),
    ("ru-version-scales", "8-битная версия на 47 % меньше, чем fp16.", [V], ""),
    ("en-version-far-wrong", "The 4-bit build comes out 40 % smaller than fp16.", [W], "75.0%"),
    ("en-pure-type-wrong", "int4 takes 73 % less memory than fp16.", [W], "75.0%"),
    # … and a factor of such a file likewise
    ("en-build-factor-scales", "Our 4-bit export is 3.7× smaller than the fp16 one.", [V], ""),
    ("ru-build-factor-scales", "4-битная сборка в 3,7 раза меньше, чем fp16.", [V], ""),
    ("en-build-factor-wrong", "Our 4-bit export is 2.5× smaller than the fp16 one.", [W], "ratio 4"),
]


@pytest.mark.parametrize(("text", "groups", "shown"), [c[1:] for c in PERCENTS], ids=[c[0] for c in PERCENTS])
def test_a_percent_between_two_types(text: str, groups: list[str], shown: str) -> None:
    check_claims(text, groups, shown)


SIZE_PAIRS = [
    # a total and a size per token are two kinds: no ratio between them
    (
        "ru-total-vs-per-token",
        "На 64K контекста кэш занимает 4,3 ГБ. Это в 3 раза меньше, чем у другой модели на токен (192 КиБ).",
        None,
        "",
    ),
    # two sizes of one kind are still compared, and a wrong factor flagged
    ("en-two-totals-wrong", "The full export is 16 GB. The pruned export is 4.5 GB, 2 times smaller.", None, "3.556"),
]


@pytest.mark.parametrize(("text", "shown"), [(c[1], c[3]) for c in SIZE_PAIRS], ids=[c[0] for c in SIZE_PAIRS])
def test_a_ratio_between_sizes_of_one_kind(text: str, shown: str) -> None:
    from conftest import note_claims

    ratios = [c for c in note_claims(text) if c.shape == "ratio"]  # type: ignore[attr-defined]
    if not shown:
        assert all(c.verdict.value != "wrong" for c in ratios), [c.explanation for c in ratios]  # type: ignore[attr-defined]
    else:
        assert [c.verdict.value for c in ratios] == ["wrong"], [c.explanation for c in ratios]  # type: ignore[attr-defined]
        assert shown in ratios[0].explanation  # type: ignore[attr-defined]


CHINCHILLA = [
    # the optimum named right after the words is the budget, not the tokens trained
    ("en-budget-after", "Four epochs, i.e. 4× the Chinchilla budget of 140B tokens for our 7B model.", None),
    ("ru-budget-after", "Четыре эпохи — в 4 раза больше оптимума по Chinchilla (140 млрд токенов для 7 млрд параметров).", None),
    # the tokens trained, stated apart, are still judged
    ("en-trained-wrong", "Our 7B model saw 560B tokens, i.e. 2× the Chinchilla budget.", "4× the Chinchilla optimum"),
]


@pytest.mark.parametrize(("text", "shown"), [c[1:] for c in CHINCHILLA], ids=[c[0] for c in CHINCHILLA])
def test_a_chinchilla_factor_needs_the_tokens_trained(text: str, shown: str | None) -> None:
    from conftest import note_claims

    ratios = [c for c in note_claims(text) if c.shape == "ratio"]  # type: ignore[attr-defined]
    if shown is None:
        assert all(c.verdict.value != "wrong" for c in ratios), [c.explanation for c in ratios]  # type: ignore[attr-defined]
    else:
        assert [c.verdict.value for c in ratios] == ["wrong"] and shown in ratios[0].explanation, ratios  # type: ignore[attr-defined]


CHAINS = [
    # a duration or a bit rate does not multiply into bytes: no claim on `T = size`
    ("en-rate-for-time", "Video at 4 Mbit/s for 3 h = 5.4 GB.", []),
    ("ru-rate-for-time", "Поток 4 Мбит/с за 3 ч = 5,4 ГБ.", []),
    # a context written in K holds at 1,000 and at 1,024; other figures stay wrong
    ("en-k-binary", "- 32K tokens = 32,768 tokens.", [H]),
    ("en-k-decimal", "- 32K tokens = 32,000 tokens.", [H]),
    ("en-k-wrong", "- 32K tokens = 65,536 tokens.", [W]),
]


@pytest.mark.parametrize(("text", "groups"), [c[1:] for c in CHAINS], ids=[c[0] for c in CHAINS])
def test_a_product_chain_in_units_that_multiply(text: str, groups: list[str]) -> None:
    check_claims(text, groups, "32,000")
