"""Claim cases of our own wording: tokens per parameter and compute times in the newer styles (minutes,
homework, transcripts, wikis).

- tokens per parameter = D / N: the data the sentence states, else the data of the earlier sentences of its
  line or the nearest line above it (the sentence goes on from it: `That is …`, `Это …`), over the model's
  total parameters, or its active ones when the rate is `per activated parameter` (MoE); a bare figure after
  such a rate (`… and 22 per total parameter`) is a rate too;
- compute time = FLOPs / (GPUs × FLOP/s × MFU), the FLOPs on a line above: a line that starts with an arrow
  goes on from it (`→ 3,370 GPU-hours`), the MFU may be on a line between, a sentence stating the MFU or the
  FLOP/s right below the FLOPs reads them; a wall clock restating a GPU time is that time over the GPUs, and
  when the GPU time is wrong, the RIGHT one over the GPUs (never an error built on a wrong input);
  a wall-clock word is said of the time it follows, not of the GPU time before it.

Values (claims-gold): Llama-3-8B 8,030,261,248 params; Mistral-7B 7,241,732,096; DeepSeek-V3 671,026,419,200
total, 37,552,297,472 active; Mixtral-8x7B 12,879,925,248 active. H100 989 TFLOP/s, A100 312 TFLOP/s (bf16 dense).
15T / 8.03B = 1,868; 2T / 7.24B = 276.2; 14.8T / 37.55B = 394.1, / 671B = 22.06; 1T / 12.88B = 77.64.
4.8e21 / (989e12 × 0.4) = 3,370 GPU-hours = 52.66 h on 64 GPUs = 2.194 days; 2.9e20 / (312e12 × 0.4) = 645.5
GPU-hours = 80.68 h on 8 GPUs = 3.362 days.
"""

from __future__ import annotations

import pytest
from conftest import H, V, W, check_claims, note_claims

TOKENS_PER_PARAM = [
    ("en-line-above", "# N\n\n- Llama-3-8B was trained on 15T tokens.\n- That is about 1,870 tokens per parameter.\n", [H], ""),
    (
        "en-line-above-wrong",
        "# N\n\n- Llama-3-8B was trained on 15T tokens.\n- That is 187 tokens per parameter.\n",
        [W],
        "1,868",
    ),
    ("ru-line-above", "# Заметка\n\nMistral-7B дообучали на 2 трлн токенов.\nЭто ≈ 276 токенов на параметр.\n", [H], ""),
    (
        "ru-line-above-wrong",
        "# Заметка\n\nMistral-7B дообучали на 2 трлн токенов.\nЭто около 28 токенов на параметр.\n",
        [W],
        "276.2",
    ),
    (
        "en-moe-both",
        "# N\n\nDeepSeek-V3 saw 14.8T tokens: 394 tokens per activated parameter and 22 per total parameter.\n",
        [H, H],
        "",
    ),
    (
        "en-moe-total-wrong",
        "# N\n\nDeepSeek-V3 saw 14.8T tokens: 394 tokens per activated parameter and 44 per total parameter.\n",
        [H, W],
        "22.06",
    ),
    ("ru-moe-active", "# N\n\nMixtral-8x7B — 1 трлн токенов, это около 78 токенов на активный параметр.\n", [H], ""),
    (
        "en-earlier-sentence-wrong",
        "# N\n\nMeta trained Llama-3-8B on 15T tokens. That's 934 tokens per parameter, way past Chinchilla.\n",
        [W],
        "1,868",
    ),
    # look-alikes: a rule, another model's data above, a rate of bytes per token
    ("rule-not-rate", "# N\n\n- Llama-3-8B saw 15T tokens.\n- Chinchilla's rule is 20 tokens per parameter.\n", [], ""),
    ("other-models-data", "# N\n\n- Mistral-7B saw 8T tokens.\n- Llama-3-8B got 20 tokens per parameter.\n", [], ""),
    ("bytes-per-token", "# N\n\n- Llama-3-8B saw 15T tokens.\n- The tokenizer averages 4 bytes per token.\n", [], ""),
]


@pytest.mark.parametrize(("text", "groups", "shown"), [c[1:] for c in TOKENS_PER_PARAM], ids=[c[0] for c in TOKENS_PER_PARAM])
def test_tokens_per_parameter_divide_the_data_by_the_models_parameters(text: str, groups: list[str], shown: str) -> None:
    check_claims(text, groups, shown)


_BUDGET = (
    "# Plan\n\n- Llama-3-8B on 100B tokens, compute by 6·N·D: 4.8 × 10^21 FLOP.\n"
    "- Hardware: 64 × H100 SXM, peak 989 TFLOP/s each, MFU 40 %.\n"
)
_HOMEWORK = "# HW\n\nGPT-2 XL on 31B tokens: $C = 6ND$ = 2.9e20 FLOP.\n"
_RU = "# Протокол\n\nДообучение Mistral-7B на 6,7 млрд токенов, 6·N·D: 2,9·10²⁰ ФЛОП.\n"

TIMES = [
    (
        "arrow-gpu-hours",
        _BUDGET + "- → 3,370 GPU-hours, i.e. about 53 hours of wall-clock on the 64 GPUs (2.2 days).\n",
        [H, H, H, H],
        "",
    ),
    (
        "arrow-gpu-hours-wrong",
        _BUDGET + "- → 6,760 GPU-hours, i.e. about 53 hours of wall-clock on the 64 GPUs (2.2 days).\n",
        [W, H, H, H],
        "3,370",
    ),
    # a wall clock derived from the wrong GPU time is checked against the right one
    ("right-below-en", _HOMEWORK + "On 8 A100s (312 TFLOPS bf16 each) at 40 % MFU: about 81 hours.\n", [H, H], ""),
    (
        "right-below-en-restated",
        _HOMEWORK + "On 8 A100s (312 TFLOPS bf16 each) at 40 % MFU: about 81 hours, i.e. about 3.4 days of wall-clock.\n",
        [H, H, H],
        "",
    ),
    ("right-below-en-wrong", _HOMEWORK + "On 8 A100s (312 TFLOPS bf16 each) at 40 % MFU: about 20 hours.\n", [W, H], "80.68"),
    ("right-below-ru", _RU + "При MFU 40 % одной A100 (312 ТФЛОП/с) понадобится около 645 GPU-часов.\n", [H, H], ""),
    ("right-below-ru-wrong", _RU + "При MFU 40 % одной A100 (312 ТФЛОП/с) понадобится около 81 GPU-часа.\n", [H, W], "645.5"),
    (
        "ru-parenthesised",
        _RU + "На 8 картах при MFU 40 % и 312 ТФЛОП/с на карту это около 81 часа (≈ 3,4 суток).\n",
        [H, H, H],
        "",
    ),
    # look-alikes: a meeting, a time of day, a price per GPU-hour, a schedule, an epoch count
    ("meeting", _HOMEWORK + "At 40 % MFU we agreed in a 45-minute meeting; stand-up at 09:30.\n", [H], ""),
    ("price", _HOMEWORK + "At 40 % MFU an A100 costs $2 per GPU-hour.\n", [H], ""),
    ("schedule", _BUDGET + "- Warm-up is 2,000 steps, then the learning rate decays over 3 days.\n", [H], ""),
    ("epochs", _HOMEWORK + "At 40 % MFU we planned 3 epochs.\n", [H], ""),
    ("epochs-run", _HOMEWORK + "We ran 3 epochs in 2 h on 8 GPUs at 40 % MFU (312 TFLOPS).\n", [H], ""),
    ("rate-no-mfu", _HOMEWORK + "A smoke test ran 2 h on 8 GPUs at 312 TFLOPS.\n", [H], ""),
]


@pytest.mark.parametrize(("text", "groups", "shown"), [c[1:] for c in TIMES], ids=[c[0] for c in TIMES])
def test_compute_times_read_the_flops_and_mfu_above(text: str, groups: list[str], shown: str) -> None:
    check_claims(text, groups, shown)


PER_GPU = [
    # a rate said per GPU is multiplied by the GPUs before a total is divided by it: 100e9 / (6100 × 64) s = 71.15 h
    ("en-same-sentence", "# N\n\nAt 6,100 tokens/s per GPU, the 100B tokens take about 71 hours on 64 GPUs.\n", [H], ""),
    (
        "en-same-sentence-wrong",
        "# N\n\nAt 6,100 tokens/s per GPU, the 100B tokens take about 4,550 hours on 64 GPUs.\n",
        [W],
        "71.15",
    ),
    ("ru-same-sentence", "# N\n\nПри 6 100 ток/с на карту 100 млрд токенов пройдут за 71 час на 64 картах.\n", [H], ""),
    ("no-count", "# N\n\nAt 6,100 tokens/s per GPU, the 100B tokens take about 71 hours.\n", [V], ""),
    (
        "rate-line-above-wrong",
        "# N\n\n- Smoke test: 6,100 tokens/s per GPU.\n- At that rate 100B tokens take about 4,554 hours on 64 GPUs.\n",
        [V, W],
        "71.15",
    ),
    (
        "rate-restated-between",
        "# N\n\n- Smoke test: 6,100 tokens/s per GPU.\n- 6·N per token × 6,100 tokens/s is the MFU.\n"
        "- At that rate the 100B tokens take about 71 hours on 64 GPUs, i.e. 3 days.\n",
        [V, V, H, H],
        "",
    ),
    # look-alike: a price per GPU-hour
    ("price", "# N\n\nAt $2 per GPU-hour and 6,100 tokens/s per GPU, 100B tokens cost about $570 on 64 GPUs.\n", [V], ""),
]


@pytest.mark.parametrize(("text", "groups", "shown"), [c[1:] for c in PER_GPU], ids=[c[0] for c in PER_GPU])
def test_a_rate_per_gpu_is_multiplied_by_the_gpus(text: str, groups: list[str], shown: str) -> None:
    check_claims(text, groups, shown)


WALL_FROM_GPU_TIME = [
    # a GPU time said to be a wall time over the GPUs (2,788,000 / 2,048 h = 56.72 days; / 1,024 = 113.4 days)
    ("en-copula", "# N\n\n- On their 2,048 H800s the 2,788K GPU-hours are about 57 days of wall-clock.\n", [H], ""),
    ("en-copula-wrong", "# N\n\n- On their 2,048 H800s the 2,788K GPU-hours are about 28 days of wall-clock.\n", [W], "56.72"),
    ("ru-copula", "# N\n\n- На 64 картах 3 380 GPU-часов составляют около 53 часов.\n", [H], ""),
    # each clause's own GPU count, below the line that states the GPU time
    (
        "clauses-en",
        "# N\n\n- Total: 2,788K GPU-hours.\n- On 2,048 GPUs that is about 57 days; on 1,024 GPUs about 57 days too.\n",
        [H, W],
        "113.4",
    ),
    (
        "clauses-ru",
        "# N\n\nВсего ≈ 2 788 тыс. GPU-часов.\nНа 2048 картах — около 57 дней; на 4096 картах — около 28 дней.\n",
        [H, H],
        "",
    ),
    # look-alike: a price per GPU-hour and a billing period
    ("price", "# N\n\n- The 3,380 GPU-hours are billed at $2 per GPU-hour over 3 days.\n", [], ""),
]


@pytest.mark.parametrize(("text", "groups", "shown"), [c[1:] for c in WALL_FROM_GPU_TIME], ids=[c[0] for c in WALL_FROM_GPU_TIME])
def test_a_gpu_time_over_the_gpus_is_a_wall_time(text: str, groups: list[str], shown: str) -> None:
    check_claims(text, groups, shown)


def test_a_wall_time_on_a_wrong_gpu_time_is_checked_against_the_right_one() -> None:
    claims = note_claims(_BUDGET + "- → 6,760 GPU-hours, i.e. about 106 hours on the 64 GPUs.\n")
    wrong = [c.explanation for c in claims if c.verdict.group == W]  # type: ignore[attr-defined]
    assert len(wrong) == 2 and "3,370" in wrong[0] and "52.66" in wrong[1], wrong


WRONG_FLOPS = [
    # the FLOPs above are wrong (6 × 8.03B × 1B = 4.818e19): the time is checked against the right count (33.83 GPU-hours)
    (
        "right-count",
        "# N\n\n- Llama-3-8B on 1B tokens: 6·N·D ≈ 4.8·10^20 FLOP.\n- At 40 % MFU of 989 TFLOP/s that is ≈ 34 GPU-hours.\n",
        [W, H],
        "e+19",
    ),
    (
        "right-count-ru",
        "# N\n\n- Llama-3-8B на 1 млрд токенов: 6·N·D ≈ 4,8·10²⁰ FLOP.\n- При MFU 40 % от 989 ТФЛОП/с это ≈ 340 GPU-часов.\n",
        [W, W],
        "e+19",
    ),
    # data but no model to recompute them: a time far from them is unsure (and a wall time restating it), one near
    # them holds; FLOPs stated with no data are the note's input (the time is judged on them)
    (
        "no-model-far",
        "# N\n\n- Обучение на 1 млрд токенов: 6·N·D ≈ 4,8·10²⁰ FLOP.\n- При MFU 40 % от 989 ТФЛОП/с это ≈ 34 GPU-часа.\n",
        [V, V],
        "",
    ),
    (
        "no-model-near",
        "# N\n\n- Обучение на 1 млрд токенов: 6·N·D ≈ 4,8·10²⁰ FLOP.\n- При MFU 40 % от 989 ТФЛОП/с это ≈ 337 GPU-часов.\n",
        [V, H],
        "",
    ),
    (
        "no-model-restated",
        "# N\n\n- Обучение на 1 млрд токенов: 6·N·D ≈ 4,8·10²⁰ FLOP.\n"
        "- При MFU 40 % от 989 ТФЛОП/с это ≈ 34 GPU-часа, т.е. около 4 часов на 8 картах.\n",
        [V, V, V],
        "",
    ),
    (
        "epochs-ru",
        "# N\n\n- Llama-3-8B, 3 эпохи по 2 млрд токенов: 6·N·D ≈ 2,9·10²⁰ FLOP.\n"
        "- При MFU 50 % на H100 (989 ТФЛОПС) это около 16 GPU-часов.\n",
        [H, W],
        "162.9",
    ),
    ("no-data", "# N\n\n- Compute: ≈ 4,8·10²⁰ FLOP.\n- При MFU 40 % от 989 ТФЛОП/с это ≈ 34 GPU-часа.\n", [W], "337"),
]


@pytest.mark.parametrize(("text", "groups", "shown"), [c[1:] for c in WRONG_FLOPS], ids=[c[0] for c in WRONG_FLOPS])
def test_a_time_on_wrong_flops_above_is_checked_against_the_right_flops(text: str, groups: list[str], shown: str) -> None:
    check_claims(text, groups, shown)


def test_no_time_is_wrong_on_a_wrong_input_it_cannot_recompute() -> None:
    """A GPU time the note does not let the engine recompute is the input a wall time restating it divides."""
    claims = note_claims("# N\n\n- The run took 6,760 GPU-hours, i.e. about 106 hours on the 64 GPUs.\n")
    assert [c.verdict.group for c in claims] == [H]  # type: ignore[attr-defined]


@pytest.mark.parametrize(
    "unit",
    [
        "DeepSeek-V3 saw 14.8T tokens: 394 tokens per activated parameter and 22 per total parameter, ",
        "At 6,100 tokens/s per GPU 100B tokens take 71 hours on 64 GPUs (3 days) at 40 % MFU, ",
    ],
)
def test_long_lines_stay_linear(unit: str) -> None:
    """4x the line must take well under 16x (quadratic) the CPU: < 8x."""
    import time

    from vaultkit.claims import extract_claims

    def cpu(n: int) -> float:
        text = "# N\n\n- Compute: 2.9e20 FLOP.\n- " + (unit * (n // len(unit) + 1))[:n] + "\n"
        start = time.process_time()
        extract_claims(text)
        return time.process_time() - start

    small = min(cpu(4_000) for _ in range(2))
    large = min(cpu(16_000) for _ in range(2))
    assert large < 8 * max(small, 0.01), (small, large)
