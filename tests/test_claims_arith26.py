"""Arithmetic the note writes out, equated with a time, FLOPs or a ratio of counts (round 26, helper A; cases written
before the rules, values by hand from the sentences' own numbers).

A time from plain numbers is the quotient itself (`3e9 / 25,000 = 120,000 s`), or that many seconds in the unit written
(`= 33.3 h`); a time restated in another unit converts by the exact factor (3600 s an hour, a GPU-hour is an hour of one
GPU). FLOPs summed or divided are recomputed; one scaled count over another (`15.6T / 405B ≈ 38.5`) is a plain number.
Times need a note about compute; maths, recipes, schedules, dates, scores and learning rates are no claims.
"""

from __future__ import annotations

import pytest
from conftest import H, W, check_claims

from vaultkit.claims.quantities import find_quantities

TIME_CASES = [
    ("en-prefill-holds", "Prefill for Llama 3.1 8B: 3e9 / 25,000 = 120,000 s.\n", [H], ""),
    ("en-prefill-wrong", "Prefill for Llama 3.1 8B: 3e9 / 25,000 = 12,000 s.\n", [W], "120,000"),
    ("en-chain-hours-wrong", "Decode for Llama 3.1 8B: 4e8 / 2,500 = 160,000 s = 4.4 h.\n", [H, W], "44.44 h"),
    ("en-chain-hours-holds", "Prefill on the GPU: 3e9 / 25,000 = 120,000 s = 33.3 h.\n", [H, H], ""),
    ("en-chain-hours-tenfold", "Prefill on the GPU: 3e9 / 25,000 = 120,000 s = 3.3 h.\n", [H, W], "33.33 h"),
    ("en-hedged-holds", "On one H100 the batch takes 12,000 × 2048 / 2,300 ≈ 10,700 s.\n", [H], ""),
    ("en-hedged-wrong", "On one H100 the batch takes 12,000 × 2048 / 2,300 ≈ 1,070 s.\n", [W], "1.069e+04"),
    ("en-seconds-as-hours", "Prefill on the GPU: 3e9 / 25,000 = 33.3 h.\n", [H], ""),
    ("en-seconds-as-days", "Pretraining on 1024 GPUs: 3.8e25 / (1024 × 4e14) ≈ 1.07 days.\n", [H], ""),
    ("en-minutes-restated", "Prefill of the eval set on the GPU: 2e8 / 50,000 = 4,000 s ≈ 67 min.\n", [H, H], ""),
    ("en-hours-wrong", "Decode on 8 GPUs: 4e8 / (8 × 2,500) ≈ 2 h.\n", [W], "2e+04"),
    (
        "ru-gpu-hours-holds",
        "Обучение Mistral 7B: 4,35·10²² / 4·10¹⁴ = 1,09·10⁸ с, то есть около 30 200 GPU-часов.\n",
        [H, H],
        "",
    ),
    ("ru-gpu-hours-wrong", "Обучение: 4,35·10²² / 4·10¹⁴ = 1,09·10⁸ с, то есть около 3 020 GPU-часов.\n", [H, W], "3.028e+04 h"),
    ("ru-seconds-wrong", "Обучение на GPU: 8,3·10²³ / 3,96·10¹⁴ ≈ 2,1·10⁸ с.\n", [W], "2.096e+09"),
    (
        "ru-chain-holds",
        "Обучение Llama 2 70B: 8,3·10²³ / 3,96·10¹⁴ ≈ 2,1·10⁹ с, то есть около 580 000 GPU-часов.\n",
        [H, H],
        "",
    ),
    ("ru-gpu-days", "Обучение на GPU: 8,64·10²² / 10¹⁵ = 8,64·10⁷ с, то есть 1000 GPU-дней.\n", [H, H], ""),
    ("ru-gpu-days-wrong", "Обучение на GPU: 8,64·10²² / 10¹⁵ = 8,64·10⁷ с, то есть 100 GPU-дней.\n", [H, W], "1,000 days"),
    ("en-heading-context", "## Prefill budget for the GPU\n\nPrefill: 3e9 / 25,000 = 120,000 s = 33.3 h.\n", [H, H], ""),
    # a Russian `1,500` may be 1.5 or 1500: one reading holds, so it holds; no reading holds, so it is left alone
    ("ru-comma-one-reading", "Прогон на GPU: 1,500 × 2 = 3 ч.\n", [H], ""),
    ("ru-comma-no-reading", "Прогон на GPU: 1,500 × 2 = 4 ч.\n", [], ""),
    # GPU time is wall time times the GPUs: restated across a GPU count, it is no conversion
    ("en-wall-to-gpu-hours", "On 8 GPUs: 3e9 / 25,000 = 120,000 s = 266.7 GPU-hours.\n", [H], ""),
    ("en-gpu-hours-to-days", "Training: 8 × 24 × 30 = 5,760 GPU-hours, i.e. 30 days.\n", [H], ""),
    # the arithmetic wrong, its restatement right: the restated time is the recomputed one
    ("en-wrong-then-right", "Prefill on the GPU: 3e9 / 25,000 = 12,000 s = 33.3 h.\n", [W, H], "120,000"),
    # a rate in the sentence: the time is the rate's (`durations`), not plain arithmetic
    ("ru-rate-in-sentence", "При 400 TFLOP/s на карту 1,44·10²² / 4·10¹⁴ = 1 тыс. GPU-часов.\n", [W], "10 тыс"),
    # a unit of time after a scaled count, restated in GPU-days
    ("en-million-gpu-hours", "Llama 3 405B needs 3.8e25 / 4e14 / 3600 ≈ 26.4M GPU-hours, or about 1.1M GPU-days.\n", [H, H], ""),
    (
        "en-million-gpu-days-wrong",
        "Llama 3 405B needs 3.8e25 / 4e14 / 3600 ≈ 26.4M GPU-hours, or about 11M GPU-days.\n",
        [H, W],
        "1.1e+06 days",
    ),
    ("en-fine-tuning-minutes", "Fine-tuning the 8B on 2 H100s: 1.5e18 / (2 × 4e14) = 1,875 s, or 31 min.\n", [H, H], ""),
    ("ru-spaces-grouped", "Декод на GPU: 4 × 10^8 / 2 500 = 160 000 с ≈ 44,4 ч.\n", [H, H], ""),
    # tokens over a rate with units: the duration shape's, judged once
    ("en-units-on-the-left", "Prefill: 3e9 tokens / 25,000 tok/s = 120,000 s on the GPU.\n", [H], ""),
    # `с` is also "with": no unit of time
    ("ru-s-is-with", "Память GPU: 8 + 8 = 18 с учётом кэша.\n", [], ""),
    # a thousand times off is a unit prefix left unsaid (Mbit, ms), not an error of the arithmetic
    ("en-unsaid-prefix", "Upload of the GPU checkpoint: 5.75e9 × 8 / 3600 = 12.8 h.\n", [], ""),
    ("en-tenfold-is-wrong", "Upload of the GPU checkpoint: 5.75e9 × 8 / 3.6e9 = 128 s.\n", [W], "12.78"),
]


@pytest.mark.parametrize(("text", "groups", "shown"), [c[1:] for c in TIME_CASES], ids=[c[0] for c in TIME_CASES])
def test_a_time_from_plain_numbers_is_checked(text: str, groups: list[str], shown: str) -> None:
    check_claims(text, groups, shown)


FLOP_CASES = [
    ("ru-power-of-ten-product", "Mistral 7B на 10¹² токенов: 6 × 7,24·10⁹ × 10¹² ≈ 4,35·10²² FLOP.\n", [H], ""),
    ("en-power-of-ten-caret", "Llama 3.1 8B on 10^12 tokens: 6 × 8.03B × 10^12 = 4.8 × 10^22 FLOP.\n", [H], ""),
    ("en-power-of-ten-wrong", "Mistral 7B on 10¹² tokens: 6 × 7,24·10⁹ × 10¹² ≈ 4,35·10²¹ FLOP.\n", [W], "4.344"),
    ("en-flop-sum-holds", "Llama 3.1 8B on 2048 tokens, forward plus backward: 3.29e13 + 6.58e13 = 9.87e13 FLOP.\n", [H], ""),
    ("en-flop-sum-wrong", "Llama 3.1 8B on 2048 tokens, both passes: 3.29e13 + 6.58e13 = 9.87e12 FLOP.\n", [W], "9.87e+13"),
    ("en-flop-split-holds", "Split over 8 GPUs: 4.35e22 / 8 = 5.44e21 FLOP each.\n", [H], ""),
    ("ru-flop-sum-holds", "Прямой и обратный проход на GPU: 3,29·10¹³ + 6,58·10¹³ = 9,87·10¹³ FLOP.\n", [H], ""),
    ("ru-flop-split-wrong", "На каждую из 8 GPU: 4,35·10²² / 8 = 5,4·10²² FLOP.\n", [W], "5.437e+21"),
]


@pytest.mark.parametrize(("text", "groups", "shown"), [c[1:] for c in FLOP_CASES], ids=[c[0] for c in FLOP_CASES])
def test_flops_written_out_are_recomputed(text: str, groups: list[str], shown: str) -> None:
    check_claims(text, groups, shown)


MONEY_CASES = [
    ("ru-sum-holds", "Стоимость обучения на GPU: 2,788 млн + 1,2 млн = 3,988 млн руб.\n", [H], ""),
    ("ru-sum-wrong", "Стоимость обучения на GPU: 2,788 млн + 1,2 млн = 4,988 млн руб.\n", [W], "3.988e+06"),
    ("en-sum-holds", "GPU rental for the 70B run: 1.2M + 0.4M = 1.6M USD.\n", [H], ""),
    # a price of a note not about compute is no sizing claim
    ("ru-repair", "Ремонт кухни: 2,5 млн + 1,2 млн = 3,7 млн руб.\n", [], ""),
]


@pytest.mark.parametrize(("text", "groups", "shown"), [c[1:] for c in MONEY_CASES], ids=[c[0] for c in MONEY_CASES])
def test_a_price_summed_is_recomputed(text: str, groups: list[str], shown: str) -> None:
    check_claims(text, groups, shown)


RATIO_CASES = [
    ("en-tokens-per-param-holds", "Tokens per parameter: 15.6T / 405B ≈ 38.5.\n", [H], ""),
    ("ru-tokens-per-param-holds", "Токенов на параметр у Qwen2.5-7B: 18 трлн / 7,62 млрд ≈ 2362.\n", [H, H], ""),
    ("ru-active-wrong", "По активным параметрам DeepSeek-V3: 14,8T / 37B ≈ 40.\n", [W], "400"),
    ("en-tenfold-wrong", "Tokens per parameter: 15T / 8.03B ≈ 187, way beyond Chinchilla.\n", [W], "1,868"),
    ("en-chinchilla-holds", "Chinchilla for a 70B model: 1.4T tokens / 70B ≈ 20.\n", [H], ""),
]


@pytest.mark.parametrize(("text", "groups", "shown"), [c[1:] for c in RATIO_CASES], ids=[c[0] for c in RATIO_CASES])
def test_a_ratio_of_scaled_counts_is_a_plain_number(text: str, groups: list[str], shown: str) -> None:
    check_claims(text, groups, shown)


LOOK_ALIKES = [
    ("maths-power", "In binary, $2^{10} = 1024$ and $2^{20} = 1048576$.\n"),
    ("maths-euler", "Euler's identity: $e^{i\\pi} = -1$.\n"),
    ("maths-fraction", "Solve: x = 3 / 4 = 0.75.\n"),
    ("maths-probability", "Two fair coins: P = 0.5 × 0.5 = 0.25.\n"),
    ("recipe", "Double the dough: 2 × 200 g = 400 g of flour.\n"),
    ("schedule", "The talk starts at 9:00 + 2 h = 11:00.\n"),
    ("schedule-gpu", "The GPU job starts at 9:00 + 2 h = 11:00.\n"),
    ("learning-rate", "Set lr = 1e-4 and warmup = 2000 steps.\n"),
    ("modulo", "Modulo 5: 3 × 4 = 12 ≡ 2 (mod 5).\n"),
    ("sports", "The match lasted 2 × 45 = 90 min plus stoppage time.\n"),
    ("trip", "The drive takes 300 / 60 = 5 h.\n"),
    ("ru-train", "Поезд идёт 600 / 120 = 5 ч.\n"),
    ("ru-recipe", "Удвоим рецепт: 2 × 200 = 400 г муки.\n"),
    ("date", "Released on 2024-01-05, and 5 + 2 = 7 days later came the patch.\n"),
    ("score", "The final was 3 : 1, so 3 + 1 = 4 goals in all.\n"),
    ("ru-population", "Население: 3,06 млрд / 7,62 млрд ≈ 0,4 всех людей.\n"),
    ("ru-shopping", "Покупки: 2 × 200 = 400 ₽.\n"),
]


@pytest.mark.parametrize("text", [c[1] for c in LOOK_ALIKES], ids=[c[0] for c in LOOK_ALIKES])
def test_look_alikes_are_no_claims(text: str) -> None:
    check_claims(text, [], "")


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("about 10¹² tokens", 1e12),
        ("10^12 tokens", 1e12),
        ("7,24·10⁹ parameters", 7.24e9),
        ("3.29 × 10^13 FLOP", 3.29e13),
        ("lr 10⁻⁴ here", 1e-4),
        ("10² rows", 100.0),
        ("4096² entries", 4096.0**2),
    ],
)
def test_a_bare_power_of_ten_is_read_as_written(text: str, value: float) -> None:
    got = find_quantities(text)
    assert len(got) == 1 and got[0].value == pytest.approx(value), got
