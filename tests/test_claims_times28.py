"""Claim cases of our own wording for round 28's pairing of results with their own rates (values by hand).

A line of two (result, rate) pairs computes each result with the rate said with it: right after it (`26 ms at 1000 GB/s`,
`260 мс на токен при 100 ГБ/с`), else the one rate of its own part (`при 100 ГБ/с — 260 мс`), never the other pair's.

Facts (claims-gold): Llama-2-13B has 13,015,864,320 parameters: 26.03 GB in fp16, 13.02 GB in int8.
- Weights read per token: 26 GB / 1000 GB/s = 26 ms; 26 GB / 100 GB/s = 260 ms.
- Decode ceilings: 100 GB/s / 26 GB = 3.85 tok/s; 1000 GB/s / 26 GB = 38.5 tok/s; in int8 100 / 13.02 = 7.68 tok/s and
  1000 / 13.02 = 76.8 tok/s.
- Tokens over a rate: 600 tokens / 30 tok/s = 20 s; 600 / 120 tok/s = 5 s.
- GPU time: 7.2e21 FLOP / 1e14 FLOP/s = 7.2e7 s = 20,000 GPU-hours; / 1e15 FLOP/s = 2,000 GPU-hours.
"""

from __future__ import annotations

import pytest
from conftest import H, V, W, check_claims


def _case(c: object) -> object:
    values, marks = (c.values, c.marks) if hasattr(c, "marks") else (c, ())  # type: ignore[attr-defined]
    return pytest.param(*values[1:], id=values[0], marks=marks)  # type: ignore[index]


# size / bandwidth: each time reads the bandwidth said with it
TRANSFER_CASES = [
    (
        "en-rate-after-each",
        "Every generated token of Llama-2-13B in fp16 reads all 26 GB of weights: 26 ms at 1000 GB/s, 260 ms at 100 GB/s.\n",
        [H, H, H],
        "",
    ),
    (
        "en-rate-after-each-wrong",
        "Every generated token of Llama-2-13B in fp16 reads all 26 GB of weights: 26 ms at 1000 GB/s, 520 ms at 100 GB/s.\n",
        [H, H, W],
        "= 260 ms",
    ),
    (
        "en-per-token-then-rate",
        "The 26 GB checkpoint is read once for each token: 260 ms per token at 100 GB/s, 26 ms at 1000 GB/s.\n",
        [H, H],
        "",
    ),
    (
        "en-rate-first-parts",
        "Reading the 26 GB checkpoint: at 100 GB/s it takes 260 ms; at 1000 GB/s, 26 ms.\n",
        [H, H],
        "",
    ),
    (
        "en-rate-first-parts-wrong",
        "Reading the 26 GB checkpoint: at 100 GB/s it takes 260 ms; at 1000 GB/s, 260 ms.\n",
        [H, W],
        "= 26 ms",
    ),
    ("ru-rate-after-each", "Каждый токен читает 26 ГБ весов: 260 мс на токен при 100 ГБ/с и 26 мс при 1000 ГБ/с.\n", [H, H], ""),
    (
        "ru-rate-after-each-wrong",
        "Каждый токен читает 26 ГБ весов: 260 мс на токен при 100 ГБ/с и 2,6 мс при 1000 ГБ/с.\n",
        [H, W],
        "= 26 мс",
    ),
    ("ru-rate-first-dash", "Веса 26 ГБ: при 100 ГБ/с — 260 мс на токен, при 1000 ГБ/с — 26 мс.\n", [H, H], ""),
    # look-alike: a later time with no bandwidth of its own is another setting, never judged on the first pair's
    (
        "en-later-time-no-rate",
        "Each token reads 26 GB of weights: 26 ms at 1000 GB/s, and 40 ms on the old server.\n",
        [H, V],
        "",
    ),
]


@pytest.mark.parametrize(("text", "groups", "shown"), [_case(c) for c in TRANSFER_CASES])
def test_a_time_reads_its_own_bandwidth(text: str, groups: list[str], shown: str) -> None:
    check_claims(text, groups, shown)


# tokens / rate and FLOPs / FLOP rate: the same pairing
OTHER_RATE_CASES = [
    ("en-tokens-two-rates", "Decoding 600 tokens takes 20 s at 30 tok/s, 5 s at 120 tok/s.\n", [H, H], ""),
    ("en-tokens-two-rates-wrong", "Decoding 600 tokens takes 20 s at 30 tok/s, 20 s at 120 tok/s.\n", [H, W], "= 5 s"),
    ("ru-tokens-rate-first", "600 токенов: при 30 ток/с — 20 с, при 120 ток/с — 5 с.\n", [H, H], ""),
    (
        "en-gpu-hours-two-rates",
        "The run needs 7.2e21 FLOP: 20,000 GPU-hours at 100 TFLOP/s, 2,000 GPU-hours at 1000 TFLOP/s.\n",
        [H, H],
        "",
    ),
    (
        "ru-gpu-hours-two-rates-wrong",
        "Нужно 7,2·10²¹ FLOP: 20 000 GPU-часов при 100 TFLOP/s и 200 GPU-часов при 1000 TFLOP/s.\n",
        [H, W],
        "2,000",
    ),
    # look-alike: two utilizations, one per clause, are not read (the sentence's first would be the second's)
    (
        "en-gpu-hours-two-utilizations",
        "The run needs 7.2e21 FLOP: 40,000 GPU-hours at 100 TFLOP/s and 50 % MFU, 2,000 GPU-hours at 1 PFLOP/s and 100 % MFU.\n",
        [V, V],
        "",
    ),
]


@pytest.mark.parametrize(("text", "groups", "shown"), [_case(c) for c in OTHER_RATE_CASES])
def test_a_time_reads_its_own_rate(text: str, groups: list[str], shown: str) -> None:
    check_claims(text, groups, shown)


# decode ceilings: bandwidth / weights, each rate with its own bandwidth, the weights of the clause before when it says none
DECODE_CASES = [
    ("en-two-ceilings", "Llama-2-13B in fp16 (26 GB): 3.8 tok/s on 100 GB/s, 38 tok/s on 1000 GB/s.\n", [H, H, H], ""),
    (
        "en-two-ceilings-wrong",
        "Llama-2-13B in fp16 (26 GB): 3.8 tok/s on 100 GB/s, 77 tok/s on 1000 GB/s.\n",
        [H, H, W],
        "38.5 tok/s",
    ),
    ("ru-two-ceilings", "Llama-2-13B в fp16 (26 ГБ): при 100 ГБ/с — 3,8 ток/с, при 1000 ГБ/с — 38 ток/с.\n", [H, H, H], ""),
    ("en-int8-carried", "Llama-2-13B in int8: 7.7 tok/s on 100 GB/s and 77 tok/s on 1000 GB/s.\n", [H, H], ""),
    (
        "en-dtype-changes",
        "Llama-2-13B in fp16 (26 GB): 3.8 tok/s on 100 GB/s; in int8 7.7 tok/s on 100 GB/s and 77 tok/s on 1000 GB/s.\n",
        [H, H, H, H],
        "",
    ),
    # look-alike: a third rate with no bandwidth of its own is not judged on either
    (
        "en-third-rate-no-bandwidth",
        "Llama-2-13B in fp16 (26 GB): 3.8 tok/s on 100 GB/s, 38 tok/s on 1000 GB/s, and 20 tok/s on the laptop.\n",
        [H, H, H, V],
        "",
    ),
]


@pytest.mark.parametrize(("text", "groups", "shown"), [_case(c) for c in DECODE_CASES])
def test_a_ceiling_reads_its_own_bandwidth(text: str, groups: list[str], shown: str) -> None:
    check_claims(text, groups, shown)
