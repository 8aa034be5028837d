"""Units the tokenizer reads (issue 15): Russian token rates, FLOP/s in Cyrillic, bit rates, times
(seconds … days, GPU-hours, in English and Russian), lower and upper bounds written with a negation
(`не менее`, `at least`, `не более`), and a decimal comma in a mantissa before a power of ten. Each
unit is tested with `find_quantities`, then end to end: right figures hold or are no claim, wrong
ones are errors with the right value in the message."""

from __future__ import annotations

import pytest
from conftest import H, V, W, check_claims, note_claims

from vaultkit.claims.quantities import find_quantities

# (text, kind, value in base units: bytes, seconds, bits/s, FLOP/s, tokens/s; bound)
UNITS = [
    ("ru-tok-per-s", "около 12 ток/с", "throughput", 12.0, ""),
    ("ru-t-per-s", "выходит 45 т/с", "throughput", 45.0, ""),
    ("ru-tokens-a-second", "примерно 80 токенов в секунду", "throughput", 80.0, ""),
    ("en-tokens-per-sec", "about 33 tokens/sec", "throughput", 33.0, ""),
    ("ru-tflops", "пик 495 ТФЛОПС", "flop_rate", 495e12, ""),
    ("ru-pflops", "до 1,8 ПФЛОПС", "flop_rate", 1.8e15, "<"),
    ("en-tflops", "rated at 197 TFLOPS", "flops", 197e12, ""),
    ("ru-flop-count", "всего 2,4·10²² ФЛОП", "flops", 2.4e22, ""),
    ("en-gbit", "a 200 Gbit/s port", "bitrate", 200e9, ""),
    ("en-gb-lowercase-b", "NDR at 400 Gb/s per port", "bitrate", 400e9, ""),
    ("ru-gbit", "сеть на 25 Гбит/с", "bitrate", 25e9, ""),
    ("en-gbyte-is-bytes", "HBM at 2 GB/s", "bandwidth", 2e9, ""),
    ("en-seconds", "it took 7.5 s.", "time", 7.5, ""),
    ("en-ms", "one step is 35 ms", "time", 0.035, ""),
    ("en-minutes", "about 4 minutes", "time", 240.0, ""),
    ("en-hours", "roughly 18 hours", "time", 18 * 3600.0, ""),
    ("en-days", "9 days", "time", 9 * 86400.0, ""),
    ("en-gpu-hours", "410 GPU-hours", "time", 410 * 3600.0, ""),
    ("en-thousand-gpu-hours", "2.5k GPU-hours", "time", 2500 * 3600.0, ""),
    ("ru-seconds", "ответ за 3 с.", "time", 3.0, ""),
    ("ru-ms", "шаг — 120 мс", "time", 0.12, ""),
    ("ru-min", "около 6 мин", "time", 360.0, ""),
    ("ru-hours-short", "за 5 ч", "time", 5 * 3600.0, ""),
    ("ru-hours-word", "за 30 часов", "time", 30 * 3600.0, ""),
    ("ru-days", "примерно 11 дней", "time", 11 * 86400.0, ""),
    ("ru-day-nights", "за 2 суток", "time", 2 * 86400.0, ""),
    ("ru-gpu-hours", "около 640 GPU-часов", "time", 640 * 3600.0, ""),
    ("ru-thousand-gpu-hours", "4,2 тыс. GPU-часов", "time", 4200 * 3600.0, ""),
    ("ru-not-less", "не менее 18 ГБ", "bytes", 18e9, ">"),
    ("ru-at-minimum", "как минимум 18 ГБ", "bytes", 18e9, ">"),
    ("en-at-least", "at least 18 GB", "bytes", 18e9, ">"),
    ("en-no-less-than", "no less than 18 GB", "bytes", 18e9, ">"),
    ("ru-not-more", "не более 18 ГБ", "bytes", 18e9, "<"),
    ("en-no-more-than", "no more than 18 GB", "bytes", 18e9, "<"),
    ("ru-less-stays-upper", "менее 18 ГБ", "bytes", 18e9, "<"),
    ("ru-mantissa-comma", "≈ 3,216·10²¹ FLOP", "flops", 3.216e21, ""),
    ("ru-mantissa-short", "≈ 2,5·10¹⁹", "number", 2.5e19, ""),
    ("en-e-notation", "3.6e22 FLOPs", "flops", 3.6e22, ""),
]


@pytest.mark.parametrize(("text", "kind", "value", "bound"), [c[1:] for c in UNITS], ids=[c[0] for c in UNITS])
def test_units_are_read(text: str, kind: str, value: float, bound: str) -> None:
    found = [q for q in find_quantities(text) if q.kind != "number" or kind == "number"]
    assert len(found) == 1, found
    (q,) = found
    assert q.kind == kind, q
    assert q.value == pytest.approx(value, rel=1e-9), q
    assert q.bound == bound, q


NOT_UNITS = [
    # `с` is also "with": a figure before it with a noun after it is no time
    ("ru-s-with", "сервер на 20 с NVMe-дисками"),
    # a lone letter after a figure inside a word is no unit
    ("en-h-in-a-name", "bought 8 H100 cards"),
    # grouping stays grouping where no power of ten follows
    ("en-grouping", "about 5,616 rows"),
]


@pytest.mark.parametrize("text", [c[1] for c in NOT_UNITS], ids=[c[0] for c in NOT_UNITS])
def test_look_alikes_are_not_units(text: str) -> None:
    assert all(q.kind in ("number", "count") for q in find_quantities(text)), find_quantities(text)


def test_grouping_is_kept_without_a_power_of_ten() -> None:
    (q,) = find_quantities("about 5,616 rows")
    assert q.value == 5616


END_TO_END = [
    # a transfer over a network rate in bits: bytes / (bits / 8)
    ("en-transfer-bits-holds", "Shipping 90 GB across a 200 Gb/s link takes 3.6 s.", [H], ""),
    ("en-transfer-bits-wrong", "Shipping 90 GB across a 200 Gb/s link takes 0.45 s.", [W], "3.6 s"),
    ("ru-transfer-bits-holds", "Скопировать 75 ГБ по сети 100 Гбит/с — это 6 с.", [H], ""),
    ("ru-transfer-bits-wrong", "Скопировать 75 ГБ по сети 100 Гбит/с — это 48 с.", [W], "6 с"),
    # a Russian token rate, from tokens and a time, and a time from tokens and a rate
    ("ru-rate-from-time-holds", "Модель выдала 240 токенов за 8 с, то есть 30 ток/с.", [H], ""),
    ("ru-rate-from-time-wrong", "Модель выдала 240 токенов за 8 с, то есть 90 ток/с.", [W], "30 tok/s"),
    ("ru-time-from-rate-holds", "Ответ длиной 700 токенов при 35 т/с займёт 20 с.", [H], ""),
    ("ru-time-from-rate-wrong", "Ответ длиной 700 токенов при 35 т/с займёт 2 с.", [W], "20 с"),
    ("ru-time-tokens-a-second", "Ответ длиной 450 токенов при 15 токенах в секунду займёт 30 с.", [H], ""),
    # GPU-hours at a rate in Cyrillic FLOP/s
    ("ru-gpu-hours-holds", "При 495 ТФЛОПС на карту 1,782·10²¹ FLOP — это около 1 000 GPU-часов.", [H], ""),
    ("ru-gpu-hours-thousands", "При 400 TFLOP/s на карту 1,44·10²² / 4·10¹⁴ = 10 тыс. GPU-часов.", [H], ""),
    ("ru-gpu-hours-wrong", "При 400 TFLOP/s на карту 1,44·10²² / 4·10¹⁴ = 1 тыс. GPU-часов.", [W], "10 тыс"),
    # a lower bound written with a negation holds when the size reaches it …
    ("ru-not-less-holds", "Для Mistral-7B в fp16 под веса нужно не менее 14 ГБ.", [H], ""),
    ("en-at-least-holds", "Llama-2-7B in fp16 needs at least 13 GB for the weights.", [H], ""),
    # … and is an error, with the size, when the size stays far under it
    ("ru-not-less-wrong", "Для Mistral-7B в fp16 под веса нужно не менее 29 ГБ.", [W], "14.483 GB"),
    ("en-at-least-wrong", "Llama-2-7B in fp16 needs at least 27 GB for the weights.", [W], "13.477 GB"),
    # an upper bound written with a negation
    ("ru-not-more-holds", "Llama-2-7B в fp16 занимает не более 14 ГБ.", [H], ""),
    # a product with a decimal comma in its result's mantissa
    ("ru-mantissa-product-holds", "Вычисления: 6 · 1,5·10⁹ · 40·10⁹ ≈ 3,6·10²⁰ FLOP.", [H], ""),
    ("ru-mantissa-three-digits-holds", "Вычисления: 6 · 1,3·10⁹ · 72·10⁹ ≈ 5,616·10²⁰ FLOP.", [H], ""),
    ("ru-mantissa-product-wrong", "Вычисления: 6 · 1,3·10⁹ · 72·10⁹ ≈ 5,616·10²¹ FLOP.", [W], "5.616"),
    # times that are measured, a network's rate, a percentage that is no size: no claim
    ("en-measured-time", "The benchmark ran for 12 s on 8 GPUs.", [], ""),
    ("en-accuracy-after-days", "Accuracy rose to 71 % after 3 days of training.", [], ""),
    ("ru-latency-at-load", "Время ответа — 2 с при загрузке 80 %.", [], ""),
    ("en-fabric-rate", "A 400 Gb/s InfiniBand fabric links the 16 nodes.", [], ""),
    ("ru-fabric-and-days", "Узлы связаны сетью 200 Гбит/с, обучение шло 3 суток.", [], ""),
    # a wait before the tokens is not their decode time, in either language
    ("en-wait-then-rate", "After a 2 s queue, 500 tokens arrive at 50 tok/s.", [V], ""),
    ("ru-wait-then-rate", "После 2 с в очереди 500 токенов приходят со скоростью 50 ток/с.", [V], ""),
]


@pytest.mark.parametrize(("text", "groups", "shown"), [c[1:] for c in END_TO_END], ids=[c[0] for c in END_TO_END])
def test_units_end_to_end(text: str, groups: list[str], shown: str) -> None:
    check_claims(text, groups, shown)


RATIOS = [
    # a range of factors between two types holds when the ratio lies in it, and is an error, with the
    # ratio, when it does not
    ("ru-range-of-factors-holds", "int8 — в 2–4 раза меньше, чем fp16.", [H], ""),
    ("ru-range-of-factors-wrong", "int4 — в 2–4 раза меньше, чем fp32.", [W], "ratio 8"),
    ("en-range-of-factors-holds", "An int8 copy is 2–4× smaller than fp32.", [H], ""),
    ("en-range-of-factors-wrong", "An int4 copy is 2–3× smaller than fp32.", [W], "ratio 8"),
    # … a range of factors applied to a size that gives a range of sizes is that range's product
    ("en-range-applied-to-size-holds", "A 2–4× compression of 90 GB gives 22–45 GB.", [H], ""),
    ("en-range-applied-to-size-wrong", "A 2–4× compression of 90 GB gives 10–15 GB.", [W], "22.5 GB"),
    # the bits a format is read at, with a decimal part, against the one type it is compared with
    ("en-at-bits-ratio-holds", "At 4.5 bits the 8B comes to 4.5 GB, 3.6× smaller than bf16.", [H], ""),
    ("en-at-bits-ratio-wrong", "At 4.5 bits the 8B comes to 4.5 GB, 8× smaller than bf16.", [W], "ratio 3.556"),
    (
        "ru-bits-per-weight-ratio-holds",
        "При 4,5 бита на вес модель 8B занимает 4,5 ГБ — в 3,6 раза меньше, чем в bf16.",
        [H, H],
        "",
    ),
    # a code of K bits stated in the sentence before, the ratio said in one that refers back to it
    ("en-code-previous-sentence-holds", "Sign codes store 1 bit per dimension. That is 32× smaller than fp32.", [H], ""),
    ("en-code-line-above-wrong", "Sign codes store 1 bit per dimension.\nThat is 8× smaller than fp32.", [W], "ratio 32"),
    ("ru-code-previous-sentence-holds", "Знаковые коды хранят 1 бит на измерение. Это в 32 раза меньше, чем fp32.", [H], ""),
    # … a sentence that does not refer back states no ratio of that code
    ("en-code-not-referred", "Sign codes store 1 bit per dimension.\nOur fp32 index is 3× smaller than last year's.", [], ""),
    # a bare ratio opening an answer compares the two types its question names
    (
        "ru-answer-to-question-holds",
        "В: Во сколько раз int8 меньше fp32 и сколько процентов это экономит?\nО: В 4 раза, экономия 75 %.",
        [H, H],
        "",
    ),
    (
        "ru-answer-to-question-wrong",
        "В: Во сколько раз int8 меньше fp32 и сколько процентов это экономит?\nО: В 2 раза, экономия 50 %.",
        [W, H],
        "ratio 4",
    ),
    # … an answer to a statement (no question mark) is no such pair: the factor is no claim (the
    # percentage only restates it)
    ("ru-answer-no-question", "В fp32 и int8 мы храним разные копии.\nО: В 2 раза, экономия 50 %.", [H], ""),
    # percentages that are no sizing: accuracy, utilisation, a discount
    ("en-accuracy-percent", "Accuracy on the held-out split went from 61 % to 64 % after tuning.", [], ""),
    ("en-utilisation-percent", "GPU utilisation stays near 93 % during the run.", [], ""),
    ("ru-discount-percent", "Скидка на аренду карт — 15 % при оплате за год.", [], ""),
]


@pytest.mark.parametrize(("text", "groups", "shown"), [c[1:] for c in RATIOS], ids=[c[0] for c in RATIOS])
def test_ratio_wordings(text: str, groups: list[str], shown: str) -> None:
    check_claims(text, groups, shown)


PERCENT_OF_SIZE = [
    # a percent of a size the sentence states, the part being the one size said before it
    ("en-share-of-card-holds", "The weights take 13.5 GB, about 56 % of the 24 GB card.", [H], ""),
    ("en-share-of-card-wrong", "The weights take 13.5 GB, about 28 % of the 24 GB card.", [W], "56.2%"),
    ("ru-share-of-card-holds", "Веса занимают 13,5 ГБ — около 56 % от 24 ГБ карты.", [H], ""),
    ("ru-share-of-card-wrong", "Веса занимают 13,5 ГБ — около 80 % от 24 ГБ карты.", [W], "56.2%"),
    ("en-out-of-then-percent-wrong", "The cache needs 20 GB out of 80 GB (40 %).", [W], "25.0%"),
    ("ru-out-of-then-percent-holds", "Кэш занимает 20 ГБ из 80 ГБ, то есть 25 %.", [H], ""),
    # what is left of the whole: either reading holds, neither is no error
    ("en-left-free-holds", "At 13.5 GB the model leaves 44 % of the 24 GB card free.", [H], ""),
    ("en-left-free-unsure", "At 13.5 GB the model leaves 20 % of the 24 GB card free.", [V], ""),
    # close to the share (rounded sizes) or GB and GiB mixed: no error
    ("en-close-share", "A 13.5 GB file is 56 % of a 24 GiB card.", [V], ""),
]


@pytest.mark.parametrize(("text", "groups", "shown"), [c[1:] for c in PERCENT_OF_SIZE], ids=[c[0] for c in PERCENT_OF_SIZE])
def test_percent_of_a_size(text: str, groups: list[str], shown: str) -> None:
    check_claims(text, groups, shown)


NOT_A_SHARE = [
    # a percent added on top, a share said in another clause, a reserve with no part: no share of a size
    ("en-added-on-top", "The index is 10 GB, and the cache adds 30 % of the 40 GB budget."),
    ("en-added-no-and", "The index is 10 GB, the cache adds 30 % of the 40 GB budget."),
    ("en-other-clause", "The file takes 13.5 GB and vLLM reserves 90 % of the 24 GB card."),
    ("ru-reserve-of-card", "vLLM резервирует 90 % от 80 ГБ карты."),
    ("ru-added-overhead", "Индекс — 10 ГБ, накладные расходы — ещё 30 % от 40 ГБ."),
]


@pytest.mark.parametrize("text", [c[1] for c in NOT_A_SHARE], ids=[c[0] for c in NOT_A_SHARE])
def test_percents_that_are_no_share_of_a_size(text: str) -> None:
    claims = note_claims(text)
    assert not [c for c in claims if c.shape == "percent-of-size"], claims  # type: ignore[attr-defined]
    assert not [c for c in claims if c.verdict.group == W], claims  # type: ignore[attr-defined]


DURATIONS = [
    # a time stated before the rate it is the condition of: the time is the claim (tokens / rate)
    ("en-time-before-rate-holds", "Generating 500 tokens takes 20 s at 25 tok/s.", [H], ""),
    ("en-time-before-rate-wrong", "Generating 500 tokens takes 2 s at 25 tok/s.", [W], "= 20 s"),
    ("ru-time-before-rate-holds", "Ответ на 300 токенов приходит за 10 с при 30 ток/с.", [H], ""),
    ("ru-time-before-rate-wrong", "Ответ на 300 токенов приходит за 3 с при 30 ток/с.", [W], "= 10 с"),
    # … a rate given as the conclusion (`i.e.`) stays the claim
    ("en-rate-as-conclusion-wrong", "500 tokens came back in 20 s, i.e. 50 tok/s.", [W], "25 tok/s"),
    # a training time of a model whose FLOPs a line above states: FLOPs / (GPUs × FLOP/s × MFU)
    (
        "en-named-model-flops-above-wrong",
        "GPT-3 needs about 3.14e23 FLOP.\nTraining GPT-3 on 1024 A100s (312 TFLOPS, 50 % MFU) takes about 2 days.",
        [W],
        "22.75 days",
    ),
    (
        "ru-named-model-flops-above-holds",
        "6·N·D ≈ 3,1·10²³ FLOP для GPT-3.\nОбучение GPT-3 на 1024 A100 (312 ТФЛОПС, MFU 50 %) заняло бы около 23 дней.",
        [H],
        "",
    ),
    # … the FLOPs of another model above are not this one's
    (
        "en-other-model-flops-above",
        "GPT-3 needs about 3.14e23 FLOP.\nTraining Llama-2-7B on 1024 A100s (312 TFLOPS, 50 % MFU) takes about 23 days.",
        [],
        "",
    ),
]


@pytest.mark.parametrize(("text", "groups", "shown"), [c[1:] for c in DURATIONS], ids=[c[0] for c in DURATIONS])
def test_durations(text: str, groups: list[str], shown: str) -> None:
    """Only the times and rates are looked at (a FLOP count on a line above is another unit's claim)."""
    claims = [c for c in note_claims(text) if c.shape in ("duration", "throughput", "flops")]  # type: ignore[attr-defined]
    got = sorted(c.verdict.group for c in claims if c.shape != "flops" or c.verdict.group == W)  # type: ignore[attr-defined]
    assert got == sorted(groups), [(c.line, c.shape, c.verdict.value, c.explanation) for c in claims]  # type: ignore[attr-defined]
    for c in claims:
        if c.verdict.group == W:  # type: ignore[attr-defined]
            assert shown in c.explanation, c.explanation  # type: ignore[attr-defined]


@pytest.mark.parametrize(
    "text", ["У H100 пиковая производительность — 989 ТФЛОПС в bf16.", "Пик A100 — 312 терафлопс, а у H100 — 989 ТФЛОПС."]
)
def test_a_device_rate_in_cyrillic_is_no_flop_count(text: str) -> None:
    assert not note_claims(text)


MODEL_RATIOS = [
    # with nothing else named, a model `N times larger` or `N× the size of` another is a ratio of their
    # parameter counts; the direction is part of the claim
    ("en-model-size-of-holds", "Llama-2-13B is about 2× the size of Llama-2-7B.", [H], ""),
    ("en-model-size-of-wrong", "Llama-2-13B is about 4× the size of Llama-2-7B.", [W], "ratio 1.932"),
    ("en-model-larger-holds", "Llama-2-70B is 10 times larger than Llama-2-7B.", [H], ""),
    ("en-model-wrong-direction", "Llama-2-70B is 10 times smaller than Llama-2-7B.", [W], "ratio 10.24"),
    ("ru-model-bare-referent-holds", "Llama-2-7B в 10 раз меньше Llama-2-70B.", [H], ""),
    ("ru-model-bare-referent-wrong", "Llama-2-70B в 5 раз больше Llama-2-7B.", [W], "ratio 10.24"),
    # … speed, memory, or two storage types named: not their parameter counts
    ("en-model-slower", "Llama-2-70B is 10 times slower than Llama-2-7B.", [], ""),
    ("ru-model-more-memory", "Llama-2-70B требует в 10 раз больше памяти, чем Llama-2-7B.", [], ""),
    ("ru-model-slower", "Llama-2-70B в 10 раз медленнее Llama-2-7B.", [], ""),
    ("en-model-two-types", "In fp16 Llama-2-13B is 4× larger than Llama-2-7B in int8.", [V], ""),
]


@pytest.mark.parametrize(("text", "groups", "shown"), [c[1:] for c in MODEL_RATIOS], ids=[c[0] for c in MODEL_RATIOS])
def test_model_size_ratios(text: str, groups: list[str], shown: str) -> None:
    check_claims(text, groups, shown)


FACTOR_NOUNS = [
    # the noun of a factor between two storage types (`a 4× reduction`, `4× сокращение`)
    ("en-reduction-holds", "Quantizing fp16 to int4 is a 4× reduction.", [H], ""),
    ("en-reduction-wrong", "Quantizing fp16 to int4 is a 2× reduction.", [W], "ratio 4"),
    ("en-increase-holds", "Going from int8 to fp16 is a 2× increase.", [H], ""),
    ("ru-reduction-holds", "Сжатие кэша в int4 даёт 4× сокращение относительно fp16.", [H], ""),
    ("en-sizes-reduction-wrong", "The int4 checkpoint is 3.5 GB instead of 14 GB, a 2× reduction.", [W], "= 4"),
    # bits of a code per vector or sub-quantiser are no storage type of the data compared
    (
        "en-code-bits-not-a-type",
        "PQ with 96 sub-quantisers of 8 bits stores 96 bytes per vector, 0.96 GB in total, a 32× compression over fp32.",
        [],
        "",
    ),
]


@pytest.mark.parametrize(("text", "groups", "shown"), [c[1:] for c in FACTOR_NOUNS], ids=[c[0] for c in FACTOR_NOUNS])
def test_factor_nouns(text: str, groups: list[str], shown: str) -> None:
    check_claims(text, groups, shown)


NOT_BYTES = [
    # a ratio or percent between two types of speed, latency or cost is no ratio of their bytes
    "fp8 gives 1.6× higher throughput than bf16.",
    "fp8 gives a 1.6× increase in throughput over bf16.",
    "Switching from bf16 to fp8 brought 1.6× lower latency.",
    "int4 gives a 3× saving in cost over fp16.",
    "fp8 cuts latency by 40 % compared with bf16.",
    "Переход с bf16 на fp8 снижает задержку на 30 %.",
    "fp8 даёт в 1,6 раза большую скорость, чем bf16.",
    "fp16 to int8 saves 50 %, and int4 cuts latency by 30 % against fp32.",
    "At 4.5 bits per weight the 8B has 3× less latency than bf16.",
]


@pytest.mark.parametrize("text", NOT_BYTES)
def test_ratios_of_speed_or_cost_are_no_errors(text: str) -> None:
    claims = note_claims(text)
    assert not [c for c in claims if c.verdict.group == W], claims  # type: ignore[attr-defined]


def test_a_size_ratio_beside_a_speed_clause_is_still_read() -> None:
    check_claims("Кэш в int8 в 2 раза меньше, чем в fp16, а скорость почти та же.", [H], "")
    check_claims("Кэш в int8 в 4 раза меньше, чем в fp16, а скорость почти та же.", [W], "ratio 2")


CHINCHILLA = [
    # tokens over the 20 tokens per parameter of the one model (or count) the sentence names
    ("en-chinchilla-named-model-holds", "Llama-3-8B was trained on 15T tokens, about 93 times the Chinchilla optimum.", [H], ""),
    (
        "en-chinchilla-named-model-wrong",
        "Llama-3-8B was trained on 15T tokens, about 9 times the Chinchilla optimum.",
        [W],
        "93.4×",
    ),
    (
        "ru-chinchilla-stated-count-holds",
        "Модель на 1,2 млрд параметров видела 240 млрд токенов — в 10 раз больше оптимума по Chinchilla.",
        [H],
        "",
    ),
    (
        "ru-chinchilla-stated-count-wrong",
        "Модель на 1,2 млрд параметров видела 240 млрд токенов — в 40 раз больше оптимума по Chinchilla.",
        [W],
        "10×",
    ),
    (
        "en-chinchilla-in-a-product",
        "A 1.5B model on a 600B-token run is 6 × 1.5e9 × 6e11 = 5.4e21 FLOP, about 20 times the Chinchilla budget.",
        [H, H],
        "",
    ),
    # … close to it (the 20 is itself a rounded constant): no error
    ("en-chinchilla-close", "Llama-3-8B was trained on 15T tokens, about 80 times the Chinchilla optimum.", [V], ""),
    # … two models, or no token count: which tokens over which parameters is not stated
    ("en-chinchilla-two-models", "Llama-3-8B and Llama-2-7B saw 15T tokens, 90 times the Chinchilla optimum.", [], ""),
    ("ru-chinchilla-no-tokens", "Llama-3-8B обучали в 90 раз дольше оптимума по Chinchilla.", [], ""),
]


@pytest.mark.parametrize(("text", "groups", "shown"), [c[1:] for c in CHINCHILLA], ids=[c[0] for c in CHINCHILLA])
def test_chinchilla_ratios(text: str, groups: list[str], shown: str) -> None:
    check_claims(text, groups, shown)


KV_HEADS_PERCENT = [
    # the cache is proportional to the KV heads: a change of their count changes it in their ratio
    ("en-heads-cut-cache-holds", "Going from 32 to 8 KV heads cuts the cache by 75 %.", [H], ""),
    ("en-heads-cut-cache-wrong", "Going from 32 to 8 KV heads cuts the cache by 50 %.", [W], "75.0%"),
    ("ru-heads-cut-cache-wrong", "Сократив число KV-голов с 32 до 8, мы уменьшаем кэш на 25 %.", [W], "75.0%"),
    # … layers or bits do not scale the weights exactly (embeddings, scales): not read; no cache: not read
    ("en-bits-not-read", "Going from 16 to 4 bits cuts the weights by 72 %.", [], ""),
    ("en-heads-no-cache", "Going from 32 to 8 heads cuts the weights by 30 %.", [], ""),
    ("en-years-not-counts", "From 2023 to 2024 the price of memory dropped 30 %.", [], ""),
]


@pytest.mark.parametrize(("text", "groups", "shown"), [c[1:] for c in KV_HEADS_PERCENT], ids=[c[0] for c in KV_HEADS_PERCENT])
def test_percent_from_kv_heads(text: str, groups: list[str], shown: str) -> None:
    check_claims(text, groups, shown)
