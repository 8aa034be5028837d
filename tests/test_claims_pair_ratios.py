"""Claim cases of our own wording for a percent or a factor relating TWO quantities (issue 15).

Each side is typed by grammar and units (what it is a size OF), computed for the same kind, and compared:

- two catalogued models and a percent between them: `A's per-token KV is P % of B's`, `A stores only
  P % of what B needs per token`, `Кэш на токен у A на P % меньше, чем у B`, `По весам A на P % легче B`,
  `A has P % more parameters than B` (KV per token at 2 B per value, or the parameter count, the same
  ratio as the weights in one type);
- `A больше B в N раз (по параметрам)`: the Russian order with the factor after both models;
- a percent of a whole the sentence names by a word and states earlier (`46068MiB total; the weights
  are 15,317 MiB, i.e. 33 % of the card`, `потолок — 41 ток/с; замеренные 38,2 ток/с — это 93 %
  потолка`): the part is the figure of the same kind right before the percent;
- a change between two types written with an arrow (`fp16 → int8 saves 50 %`).

Look-alikes (speed, accuracy, users, hit rates, what is left, a figure of another clause) are no claim.
Recomputed values (engine, checked against claims-gold): KV bytes per token at 2 B: Llama-2-7B 524,288,
Llama-3-8B 131,072, Falcon-7B 8,192, Qwen2.5-7B 57,344, Llama-3.2-3B 114,688, Llama-2-13B 819,200,
Llama-2-70B 327,680. Parameters: Llama-2-7B 6,738,415,616, Llama-3-8B 8,030,261,248, Falcon-7B
6,921,720,704, Mistral-7B 7,241,732,096, Llama-2-13B 13,015,864,320, gpt2 124,439,808, gpt2-xl
1,557,611,200. fp32 4 B, fp16/bf16 2 B, int8 1 B, int4 0.5 B per weight.
"""

from __future__ import annotations

import pytest
from conftest import H, V, W, check_claims

MODEL_PERCENTS = [
    # 57,344 / 114,688 = 50 %
    ("en-kv-of-genitive", "Qwen2.5-7B's per-token KV is 50 % of Llama-3.2-3B's.", [H], ""),
    # 131,072 / 524,288 = 25 %
    ("en-kv-cache-of", "Llama-3-8B's KV cache per token is 25 % of Llama-2-7B's.", [H], ""),
    ("en-kv-cache-of-wrong", "Llama-3-8B's KV cache per token is 50 % of Llama-2-7B's.", [W], "25.0%"),
    # 8,192 / 131,072 = 6.25 %
    ("en-what-needs", "Per token, Falcon-7B caches only about 6 % of what Llama-3-8B needs.", [H], ""),
    ("ru-na-menshe-chem-u", "Кэш на токен у Llama-3-8B на 75 % меньше, чем у Llama-2-7B.", [H], ""),
    # 327,680 / 819,200 = 40 %: 60 % less
    ("ru-na-menshe-70b", "Кэш на токен у Llama-2-70B на 60 % меньше, чем у Llama-2-13B, благодаря GQA.", [H], ""),
    ("ru-na-menshe-wrong", "Кэш на токен у Llama-2-70B на 30 % меньше, чем у Llama-2-13B.", [W], "60.0%"),
    # 7.242 / 8.030 = 90.2 %: 9.8 % lighter
    ("ru-legche-po-vesam", "По весам Mistral-7B на 10 % легче Llama-3-8B.", [H], ""),
    # 6.922 / 8.030 = 86.2 %: 13.8 % lighter
    ("ru-legche-wrong", "По весам Falcon-7B на 40 % легче Llama-3-8B, но качество хуже.", [W], "13.8%"),
    # 6.738 / 8.030 = 83.9 %: 16.1 % fewer
    ("en-fewer-params", "Llama-2-7B has about 16 % fewer parameters than Llama-3-8B.", [H], ""),
    # 13.016 / 8.030 = 162.1 %: 62 % more
    ("en-more-params", "Llama-2-13B has 62 % more parameters than Llama-3-8B.", [H], ""),
    ("en-more-params-wrong", "Llama-2-13B has 30 % more parameters than Llama-3-8B.", [W], "62.1%"),
    # look-alikes: speed, a score, a hit rate, users, throughput
    ("speed", "Llama-3-8B is 20 % faster than Llama-2-7B.", [], ""),
    ("score", "Llama-3-8B scores 15 % higher than Llama-2-7B on MMLU.", [], ""),
    ("hit-rate", "Llama-3-8B's cache hit rate is 30 % higher than Llama-2-7B's.", [], ""),
    ("users", "Llama-3-8B serves 40 % more users than Llama-2-7B.", [], ""),
    ("throughput", "Llama-3-8B reached 45 % of Llama-2-7B's throughput.", [], ""),
    ("ru-speed", "Llama-3-8B на 20 % быстрее, чем Llama-2-7B.", [], ""),
]

RUSSIAN_ORDER = [
    # 13.016 / 6.738 = 1.93
    ("ru-bolshe-v-raza", "Llama-2-13B больше Llama-2-7B в 1,9 раза по параметрам.", [H], ""),
    # 1,557.6M / 124.4M = 12.5
    ("ru-bolshe-wrong", "gpt2-xl больше gpt2 в 25 раз по числу параметров.", [W], "12.52"),
    ("ru-menshe", "Llama-3-8B меньше Llama-2-13B примерно в 1,6 раза.", [H], ""),
    # 524,288 / 131,072 = 4
    ("ru-kesh-bolshe", "Кэш на токен у Llama-2-7B больше, чем у Llama-3-8B, в 4 раза.", [H], ""),
    # look-alikes: speed, a count of cards
    ("ru-bystree", "Llama-3-8B быстрее Llama-2-13B в 1,6 раза.", [], ""),
    ("ru-kart", "Llama-2-13B требует больше карт, чем Llama-2-7B, в 2 раза.", [], ""),
]

# `N times the <quantity> of B`: the quantity named between the factor and B
NOUN_OF = [
    # 524,288 / 131,072 = 4
    ("en-cache-of", "Llama-2-7B needs 4 times the KV cache of Llama-3-8B.", [H], ""),
    # 819,200 / 131,072 = 6.25
    ("en-row-cache-of", "The Llama-2-13B row needs 6.25 times the cache of the Llama-3-8B row at equal tokens.", [H], ""),
    # 13.016 / 8.030 = 1.62
    ("en-params-of", "Llama-2-13B has 1.6× the parameters of Llama-3-8B.", [H], ""),
    ("en-params-of-wrong", "Llama-2-13B has 3× the parameters of Llama-3-8B.", [W], "1.621"),
    # `N× what B does`: 524,288 / 131,072 = 4
    ("en-caches-what", "Per token Llama-2-7B caches 4× what Llama-3-8B does.", [H], ""),
    ("en-caches-what-wrong", "Per token Llama-2-7B caches 8× what Llama-3-8B does.", [W], "4"),
    # look-alikes: throughput, users
    ("en-throughput-of", "Llama-3-8B gets 2× the throughput of Llama-2-13B.", [], ""),
    ("en-users-of", "Llama-3-8B serves 3× the users of Llama-2-13B.", [], ""),
]

# a size a model is called by, read in the family of the model the sentence or the note names
SIZE_CALLED = [
    # 405,853,388,800 / 8,030,261,248 = 50.5
    ("en-named-and-size", "The Llama-3.1-405B is 50× the 8B.", [H], ""),
    ("en-heading-two-sizes", "# Llama-3.1-405B\n\nThe 405B is 50× the 8B, so everything you know about the 8B scales.", [H], ""),
    ("ru-size-percent", "Кэш на токен у 70B на 60 % меньше, чем у Llama-2-13B, благодаря GQA.", [H], ""),
    # 27,227,128,320 / 9,241,705,984 = 2.946
    ("ru-heading-order-wrong", "# Gemma-2-27B\n\n> 27B больше 9B по параметрам в 5,9 раза.", [W], "2.946"),
    # 819,200 / 327,680 = 2.5
    ("ru-heading-cache", "# Llama-2-70B\n\nУ 13B кэш на токен в 2,5 раза больше, чем у 70B.", [H], ""),
    # 8,030,261,248 / 70,553,706,496 = 11.4 %
    ("en-size-percent-params", "# Llama-3.1-8B\n\nThe 8B has about 11 % of the parameters of the 70B.", [H], ""),
    ("ru-size-percent-legche", "# Llama-3.1-8B\n\nПо весам 8B на 50 % легче 70B.", [W], "88.6%"),
    # a family named alone, under a heading that names its model: 6.922 / 8.030 → 13.8 % lighter
    ("ru-family-under-heading-wrong", "## Falcon-7B\n\n- По весам Falcon на 40 % легче Llama-3-8B.", [W], "13.8%"),
    ("en-family-under-heading", "## Falcon-7B\n\nPer token, Falcon caches only about 6 % of what Llama-3-8B needs.", [H], ""),
    # the heading names another family: no claim
    ("en-family-other-heading", "## Falcon-7B\n\nPer token, Mistral caches 50 % of what Llama-2-7B needs.", [], ""),
    # look-alikes: a speed, a size the family has no model of, a count of tokens
    ("en-speed", "# Llama-3.1-8B\n\nThe 8B is 5× faster than the 70B.", [], ""),
    ("en-no-such-size", "# Llama-2-7B\n\nThe 7B is 3× smaller than the 34B.", [], ""),
    ("en-tokens", "# Llama-3.1-8B\n\nThe 8B saw 15T tokens, 2× more than the 70B.", [], ""),
]

NAMED_WHOLES = [
    # 15,317 / 46,068 = 33.2 %
    ("en-total-card", "nvidia-smi shows 46068MiB total; the weights alone are 15,317 MiB, i.e. 33 % of the card.", [H], ""),
    # 6,144 / 24,576 = 25 %
    ("en-total-card-wrong", "The card has 24576 MiB in total, and 6144 MiB in use is 50 % of the card.", [W], "25.0%"),
    ("ru-vsego-pamyati", "Всего на карте 81920 МиБ; веса заняли 40960 МиБ — это 50 % памяти.", [H], ""),
    # 38.2 / 41 = 93.2 %
    ("ru-potolok", "Теоретический потолок — 41 ток/с; замеренные 38,2 ток/с — это 93 % потолка.", [H, V, V], ""),
    # 142 / 205 = 69.3 %
    ("en-ceiling", "The ceiling is 205 tok/s and we measured 142 tok/s, 69 % of the ceiling.", [H, V, V], ""),
    ("en-ceiling-wrong", "The ceiling is 205 tok/s and we measured 142 tok/s, 85 % of the ceiling.", [W, V, V], "69.3%"),
    # the whole restated in another unit: one whole; 6 GiB / 24,576 MiB = 25 %
    (
        "en-total-restated-wrong",
        "So 24576 MiB total is 24 GiB, and 6144 MiB in use is 6 GiB — 50 % of the card.",
        [W],
        "25.0%",
    ),
    # `part of whole, i.e. P %`: the periods of `i.e.` end no sentence; 2,664K / 2,788K = 95.6 %
    ("en-of-ie", "The pre-training share is 2664K of 2788K, i.e. 95.6 % of all GPU-hours.", [H], ""),
    ("en-of-ie-wrong", "The pre-training share is 2664K of 2788K, i.e. 50 % of all GPU-hours.", [W], "95.6%"),
    ("ru-te", "Всего у карты 80 ГБ, занято 20 ГБ, т. е. 25 % памяти.", [H], ""),
    # look-alikes: a figure of another clause, what is left, another noun
    ("other-clause", "The card has 80 GB total; 20 GB is reserved, and vLLM takes 90 % of the card.", [], ""),
    # what is left: the percent may be of the part or of the rest
    ("free", "The card has 24576 MiB total; 6144 MiB stays free, 25 % of the card.", [H], ""),
    ("free-either", "The card has 24576 MiB total; 6144 MiB stays free, 50 % of the card.", [V], ""),
    # the throughput figures stay claims of their own (unverifiable: no bandwidth stated)
    ("other-noun", "The ceiling is 205 tok/s; we measured 142 tok/s, 69 % of the budget.", [V, V], ""),
]

# a share of a type's bytes said with a verb of size and the type ending its clause
TYPE_SHARES = [
    # NF4 0.5 B (4.127–4.5 bits with scales) / fp16 2 B = 25 %
    ("ru-zanimaet-wrong", "> Чушь, NF4-база занимает 13 % от fp16, я мерил.", [W], "25.0%"),
    ("ru-zanimaet", "Модель в int8 занимает 50 % от fp16.", [H], ""),
    ("en-takes", "The int4 weights take 25 % of fp16.", [H], ""),
    ("en-weighs-wrong", "int8 weighs 75 % of bf16.", [W], "50.0%"),
    # look-alikes: latency, throughput after the type
    ("en-latency", "int8 takes 50 % of fp16 latency.", [], ""),
    ("en-throughput", "int4 gives 40 % of fp16 throughput.", [], ""),
]

# a bare percent answering a question that names two types and a direction
ANSWERS = [
    ("en-card-wrong", "Going from bf16 to int8, how much smaller do the weights get? :: 25 %", [W], "50.0%"),
    ("en-card", "Going from fp32 to int4, how much memory is saved? :: 87.5 %", [H], ""),
    ("ru-qa", "Q: На сколько процентов int8 меньше fp16?\nA: 50 %", [H], ""),
    ("ru-card", "Сколько экономит переход с bf16 на int4? :: 75 %", [H], ""),
    ("en-larger", "How much larger is fp32 than bf16? :: 100 %", [H], ""),
    # a card: the question, a lone `?`, the answer
    ("ru-card-separator", "Экономия int4 относительно bf16?\n?\nРовно 75 %.", [H], ""),
    ("ru-card-separator-wrong", "Экономия int8 относительно fp32?\n?\nРовно 50 %.", [W], "75.0%"),
    # a factor answering a question about two models: Phi-4 14.66B / Phi-3-mini 3.82B = 3.84;
    # KV per token Phi-3-mini 393,216 / Phi-4 204,800 = 1.92
    ("ru-card-models-wrong", "Во сколько раз Phi-4 больше Phi-3-mini по параметрам?\n?\nВ 7,7 раза.", [W], "3.83"),
    ("ru-one-line-card-wrong", "Во сколько раз Phi-4 больше Phi-3-mini по параметрам? :: В 7,7 раза.", [W], "3.83"),
    ("ru-card-kv", "Во сколько раз KV на токен у Phi-3-mini больше, чем у Phi-4?\n?\nВ 1,92 раза.", [H], ""),
    ("en-qa-models", "Q: How many times larger is Llama-2-13B than Llama-2-7B?\nA: About 1.9 times larger.", [H], ""),
    # look-alikes: speed, a share of users, no direction
    ("speed", "How much faster is int8 than fp16? :: 30 %", [], ""),
    ("models-speed", "Во сколько раз Phi-4 быстрее Phi-3-mini?\n?\nВ 2 раза.", [], ""),
    ("users", "What share of users run int8 instead of fp16? :: 25 %", [], ""),
    ("one-type", "How much smaller does int8 make it? :: 50 %", [], ""),
]

# a stated size against a model's weights in the type named right after the factor or percent
# Llama-3-8B Q4_K_M 4.913 GB (engine GGUF mix); 16 GiB = 17.18 GB → 3.50×; Llama-3.1-70B bf16 141.1 GB;
# Llama-2-7B fp16 13.48 GB
AGAINST_WEIGHTS = [
    ("en-times-gguf-wrong", "At 128K the Llama-3-8B cache is 16 GiB, about 7× the Q4_K_M weights.", [H, W], "3.497"),
    ("en-times-gguf", "At 128K the Llama-3-8B cache is 16 GiB, about 3.5× the Q4_K_M weights.", [H, H], ""),
    # the 8B draft is the 70B's sibling Llama-3.1-8B: its int8 weights (8.03 GB) are a claim too
    ("en-percent-size-called", "# Llama-3.1-70B\n\nPut the 8B draft in int8 — 8 GB, about 6 % of the bf16 70B.", [H, H], ""),
    ("en-percent-weights", "For Llama-2-7B the adapter merge buffer is 3.4 GB, 25 % of the fp16 weights.", [V, H], ""),
    ("en-percent-weights-wrong", "For Llama-2-7B the adapter merge buffer is 3.4 GB, 50 % of the fp16 weights.", [V, W], "25.2%"),
    ("ru-vesov", "Кэш Llama-3-8B на 128K — 16 ГиБ, примерно в 3,5 раза больше весов Q4_K_M.", [H, H], ""),
    # look-alikes: a speed, no model, a size per token (the sizes stay claims of their own)
    ("speed", "At 128K the Llama-3-8B cache is 16 GiB, about 7× the Q4_K_M speed.", [H], ""),
    ("no-model", "The cache is 16 GiB, about 7× the Q4_K_M weights.", [], ""),
    ("per-token", "Llama-3-8B keeps 128 KiB per token, 7× the Q4_K_M weights.", [H], ""),
]

ARROWS = [
    ("en-arrows", "fp32 → int4 saves 87.5 %; fp16 → int8 saves 50 %.", [H, H], ""),
    ("en-arrow-wrong", "bf16 → int8 saves 25 %.", [W], "50.0%"),
    ("en-ascii-arrow", "fp16 -> int4 cuts the weights by 75 %.", [H], ""),
    ("ru-arrow", "bf16 → int4: экономия 75 % памяти.", [H], ""),
    # look-alikes: latency, a count of users
    ("latency", "fp16 → int8 cuts latency by 30 %.", [], ""),
]


@pytest.mark.parametrize(("name", "text", "groups", "shown"), MODEL_PERCENTS, ids=[c[0] for c in MODEL_PERCENTS])
def test_model_percents(name: str, text: str, groups: list[str], shown: str) -> None:
    check_claims(text, groups, shown)


@pytest.mark.parametrize(("name", "text", "groups", "shown"), RUSSIAN_ORDER, ids=[c[0] for c in RUSSIAN_ORDER])
def test_russian_order(name: str, text: str, groups: list[str], shown: str) -> None:
    check_claims(text, groups, shown)


@pytest.mark.parametrize(("name", "text", "groups", "shown"), NAMED_WHOLES, ids=[c[0] for c in NAMED_WHOLES])
def test_named_wholes(name: str, text: str, groups: list[str], shown: str) -> None:
    check_claims(text, groups, shown)


@pytest.mark.parametrize(("name", "text", "groups", "shown"), ARROWS, ids=[c[0] for c in ARROWS])
def test_arrows(name: str, text: str, groups: list[str], shown: str) -> None:
    check_claims(text, groups, shown)


@pytest.mark.parametrize(("name", "text", "groups", "shown"), SIZE_CALLED, ids=[c[0] for c in SIZE_CALLED])
def test_size_called(name: str, text: str, groups: list[str], shown: str) -> None:
    check_claims(text, groups, shown)


@pytest.mark.parametrize(("name", "text", "groups", "shown"), NOUN_OF, ids=[c[0] for c in NOUN_OF])
def test_noun_of(name: str, text: str, groups: list[str], shown: str) -> None:
    check_claims(text, groups, shown)


@pytest.mark.parametrize(("name", "text", "groups", "shown"), TYPE_SHARES, ids=[c[0] for c in TYPE_SHARES])
def test_type_shares(name: str, text: str, groups: list[str], shown: str) -> None:
    check_claims(text, groups, shown)


@pytest.mark.parametrize(("name", "text", "groups", "shown"), ANSWERS, ids=[c[0] for c in ANSWERS])
def test_answers(name: str, text: str, groups: list[str], shown: str) -> None:
    check_claims(text, groups, shown)


@pytest.mark.parametrize(("name", "text", "groups", "shown"), AGAINST_WEIGHTS, ids=[c[0] for c in AGAINST_WEIGHTS])
def test_against_weights(name: str, text: str, groups: list[str], shown: str) -> None:
    check_claims(text, groups, shown)
