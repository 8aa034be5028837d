"""Claim cases of our own wording for the twenty-third round's time rules (`shapes/times.py`)."""

from __future__ import annotations

import pytest
from conftest import H, V, W, check_claims

# A GPU time named by its GPU (`~169,000 H100 GPU-hours`, `~508k A100-hours`, `507 тыс. H100-часов`): the number before
# the GPU's name is the time, never a count of GPUs. Llama-3-8B: 6 × 8.03B × 15T = 7.23e23 FLOP;
# at 40 % of 989 TFLOP/s: 7.23e23 / 3.956e14 = 1.827e9 s = 507,457 GPU-hours; at 40 % of 312 TFLOP/s: 1,608,590.
_FLOPS_EN = "## Llama-3-8B on 15T tokens\n\n- 6 × 8.03B × 15T = 7.23 × 10^23 FLOP.\n"
_FLOPS_RU = "## Llama-3-8B на 15T токенов\n\n- 6 × 8,03B × 15T = 7,23 × 10^23 FLOP.\n"
NAMED_GPU_TIME_CASES = [
    ("en-h100-gpu-hours-wrong", _FLOPS_EN + "- At 40 % MFU of 989 TFLOP/s that is ~169,000 H100 GPU-hours.\n", [H, W], "507,457"),
    ("en-h100-gpu-hours-holds", _FLOPS_EN + "- At 40 % MFU of 989 TFLOP/s that is ~508,000 H100 GPU-hours.\n", [H, H], ""),
    ("en-k-a100-hours-holds", _FLOPS_EN + "- On A100s (312 TFLOP/s) at 40 % MFU this comes to ~1,610k A100-hours.\n", [H, H], ""),
    (
        "en-k-a100-hours-wrong",
        _FLOPS_EN + "- On A100s (312 TFLOP/s) at 40 % MFU this comes to ~350k A100-hours.\n",
        [H, W],
        "1,609",
    ),
    ("ru-h100-chasov-holds", _FLOPS_RU + "- При MFU 40 % и 989 ТФЛОП/с это ≈ 507 тыс. H100-часов.\n", [H, H], ""),
    ("ru-h100-gpu-chasov-wrong", _FLOPS_RU + "- При MFU 40 % и 989 ТФЛОП/с это около 170 000 H100 GPU-часов.\n", [H, W], "507"),
    # the count of GPUs is still read where it is one (`on 256 H100s for 3 days` is no GPU time)
    ("en-count-is-no-time", _FLOPS_EN + "- Budget: 512 H100 GPUs for a week.\n", [H], ""),
    # a GPU time with no FLOPs, rate or utilization to recompute it from: no claim
    ("en-no-inputs", "## Budget\n\nThe grant covers 169,000 H100 GPU-hours.\n", [], ""),
    ("ru-no-inputs", "## Бюджет\n\nНам выделили 40 000 A100-часов.\n", [], ""),
]


@pytest.mark.parametrize(
    ("text", "groups", "shown"), [c[1:] for c in NAMED_GPU_TIME_CASES], ids=[c[0] for c in NAMED_GPU_TIME_CASES]
)
def test_a_gpu_time_named_by_its_gpu(text: str, groups: list[str], shown: str) -> None:
    check_claims(text, groups, shown)


# Moving a model's weights in a dtype that the sentence does not size: the bytes are the model's parameters (all of a
# mixture's experts: the file holds them all) × the dtype's bytes, over the bandwidth.
# Mixtral 8x7B: 46.70B × 2 B = 93.4 GB; at 7 GB/s 13.34 s; at 1.2 GB/s 77.8 s. Llama-3-8B: 8.03B × 2 B = 16.06 GB;
# at 2 GB/s 8.03 s; over 1 Gbit/s (125 MB/s) 128.5 s = 2.14 min; int4 (0.5 B): 4.015 GB / 2 GB/s = 2.0 s.
_MIXTRAL = "## Mixtral 8x7B serving\n\nWe serve Mixtral 8x7B on one node.\n"
WEIGHTS_MOVED_CASES = [
    (
        "en-read-after-wrong",
        _MIXTRAL + "Cold start from local NVMe at 7 GB/s: about 27 s to read the bf16 weights.\n",
        [W],
        "13.34",
    ),
    ("en-read-after-holds", _MIXTRAL + "Cold start from local NVMe at 7 GB/s: about 13 s to read the bf16 weights.\n", [H], ""),
    (
        "en-model-named-holds",
        "## Loading\n\nLoading the bf16 weights of Mixtral 8x7B from NVMe at 7 GB/s takes about 13 s.\n",
        [H],
        "",
    ),
    ("ru-zagruzka-holds", "## Загрузка\n\nЗагрузка весов Llama-3-8B в bf16 с диска на 2 ГБ/с занимает около 8 с.\n", [H], ""),
    (
        "ru-zagruzka-wrong",
        "## Загрузка\n\nЗагрузка весов Llama-3-8B в bf16 с диска на 2 ГБ/с занимает около 30 с.\n",
        [W],
        "8.03",
    ),
    (
        "en-download-bits-holds",
        "## Download\n\nDownloading the bf16 checkpoint of Llama-3-8B over a 1 Gbit/s line takes about 2.1 minutes.\n",
        [H],
        "",
    ),
    (
        "en-int4-holds",
        "## Llama-3-8B\n\nIn int4 the Llama-3-8B weights load from a 2 GB/s disk in about 2 s.\n",
        [H],
        "",
    ),
    # measured and longer: what the formula leaves out (overheads) may explain it
    (
        "en-took-longer-unsure",
        "## Llama-3-8B\n\nLoading the bf16 weights of Llama-3-8B from NFS at 1.2 GB/s took 40 s.\n",
        [V],
        "",
    ),
    # look-alikes: a cache is no weights; no dtype said; no model known; an adapter is not the model's weights
    ("en-kv-cache-is-not", "## Llama-3-8B\n\nMoving the bf16 KV cache of Llama-3-8B over PCIe at 25 GB/s takes 2 ms.\n", [], ""),
    ("en-no-dtype", "## Llama-3-8B\n\nLoading the weights of Llama-3-8B from NVMe at 7 GB/s takes 3 s.\n", [], ""),
    ("en-no-model", "## Loading\n\nLoading the bf16 weights from NVMe at 7 GB/s takes about 13 s.\n", [], ""),
    ("ru-adapter-is-not", "## Llama-3-8B\n\nЗагрузка весов LoRA-адаптера в bf16 с диска на 2 ГБ/с — около 1 с.\n", [], ""),
]


@pytest.mark.parametrize(
    ("text", "groups", "shown"), [c[1:] for c in WEIGHTS_MOVED_CASES], ids=[c[0] for c in WEIGHTS_MOVED_CASES]
)
def test_moving_a_models_weights_in_a_dtype(text: str, groups: list[str], shown: str) -> None:
    check_claims(text, groups, shown)


# A GPU time said under its label (`GPU-hours: ~508,000`, `- GPU-часов: ≈ 507 тыс.`): the first figure after the label is
# the GPU time, recomputed from the FLOPs, rate and utilization just above; a wall time after it is that over the GPUs.
# 7.23e23 FLOP / (989 TFLOP/s × 40 %) = 507,457 GPU-hours; over 64 GPUs 7,929 h = 330.4 days; over 1024 GPUs 20.65 days.
_ABOVE_EN = _FLOPS_EN + "- At 40 % MFU on H100 (989 TFLOP/s).\n"
_ABOVE_RU = "## Вариант\n\n- 6 × 8,03B × 15T = 7,23 × 10^23 FLOP при MFU 40 % на H100 (989 ТФЛОП/с).\n"
GPU_TIME_LABEL_CASES = [
    ("en-label-wrong", _ABOVE_EN + "- GPU-hours at the same MFU: about 169 thousand.\n", [H, W], "507.5"),
    ("en-label-holds", _ABOVE_EN + "- GPU-hours at this MFU: ~508 thousand.\n", [H, H], ""),
    ("en-label-then-wall", _ABOVE_EN + "- GPU-hours: ~508,000, on 64 GPUs that is ~330 days.\n", [H, H, H], ""),
    ("ru-label-holds-then-wall", _ABOVE_RU + "- GPU-часов: ≈ 507 тыс., на 1024 картах это ≈ 21 суток.\n", [H, H, H], ""),
    ("ru-label-wrong", _ABOVE_RU + "- GPU-часов: ≈ 50 тыс.\n", [H, W], "507.5"),
    # a label with no FLOPs above: nothing to recompute
    ("en-label-no-flops", "## Budget\n\n- GPU-hours: 169,000.\n", [], ""),
    # not a GPU time: a label naming hours of another thing, or a price per GPU-hour
    ("en-price-per-gpu-hour", _ABOVE_EN + "- Price per GPU-hour: 2.1 USD.\n", [H], ""),
]


@pytest.mark.parametrize(
    ("text", "groups", "shown"), [c[1:] for c in GPU_TIME_LABEL_CASES], ids=[c[0] for c in GPU_TIME_LABEL_CASES]
)
def test_a_gpu_time_under_its_label(text: str, groups: list[str], shown: str) -> None:
    check_claims(text, groups, shown)


# A sentence with only tokens and their time, right after text that states tokens, one rate and their time (`A 500-token
# answer at 40 tok/s takes 12.5 s.` `A 2,000-token report takes 50 s.`): the same rate. 2,000 / 40 = 50 s;
# 5000 / 40 = 125 s = 2.08 min. Any condition of its own (a rate, a device, `with`/`without`/`при`), a prompt, a sum
# over users or a line before that is no such computation: not read.
_RATE_EN = "## Speed\n\n- A 500-token answer at 40 tok/s takes 12.5 s.\n"
_RATE_RU = "## Скорость\n\n- Ответ на 2600 токенов при 40 ток/с генерируется за 65 с.\n"
PARALLEL_RATE_CASES = [
    ("en-parallel-wrong", _RATE_EN + "- A 2,000-token report takes 5 s.\n", [H, W], "50"),
    ("en-parallel-holds", _RATE_EN + "- A 2,000-token report takes about 50 s.\n", [H, H], ""),
    ("en-same-line", "## Speed\n\nA 500-token answer at 40 tok/s takes 12.5 s. A 2,000-token report takes 5 s.\n", [H, W], "50"),
    ("ru-parallel-wrong", _RATE_RU + "- А ответ на 5000 токенов — около 6,5 мин.\n", [H, W], "2.083"),
    ("ru-parallel-holds", _RATE_RU + "- А ответ на 5000 токенов — около 2 мин.\n", [H, H], ""),
    ("en-own-setting", _RATE_EN + "- Without the cache, a 2,000-token report takes 500 s.\n", [H], ""),
    ("en-other-device", _RATE_EN + "- On a 4090 a 2,000-token report takes 20 s.\n", [H], ""),
    ("en-prompt", _RATE_EN + "- A 2,000-token prompt takes 0.5 s.\n", [H], ""),
    (
        "ru-rate-only-above",
        "## Скорость\n\n- Декодирование идёт на 40 ток/с.\n- Ответ на 5000 токенов — около 6,5 мин.\n",
        [V],  # (the rate's own reading: no hardware stated)
        "",
    ),
    (
        "en-summed-above",
        "## Speed\n\n- 64 users together get 2,400 tok/s in total over 1,000 tokens in 0.4 s.\n"
        "- A 2,000-token report takes 0.8 s.\n",
        [V],  # (the first line's own time, a sum over users)
        "",
    ),
]


@pytest.mark.parametrize(
    ("text", "groups", "shown"), [c[1:] for c in PARALLEL_RATE_CASES], ids=[c[0] for c in PARALLEL_RATE_CASES]
)
def test_tokens_and_time_after_a_rate_computation(text: str, groups: list[str], shown: str) -> None:
    check_claims(text, groups, shown)


# The tokens of a run said with its steps, batch and sequence length (`10,000 steps at a batch of 512 sequences of 4,096
# tokens: about 21B tokens`): steps × batch × length, never one batch's. 10,000 × 512 × 4,096 = 20,971,520,000;
# 2,000 × 64 × 2,048 = 262,144,000; 3,000 × 32 × 4,096 = 393,216,000.
# A figure per step, or one batch's, is the batch's; steps not said as one count: no claim.
STEPS_CASES = [
    ("en-steps-holds", "Training ran 10,000 steps at a batch of 512 sequences of 4,096 tokens: about 21B tokens.\n", [H], ""),
    (
        "en-steps-wrong",
        "Training ran 10,000 steps at a batch of 512 sequences of 4,096 tokens: about 2.1B tokens.\n",
        [W],
        "20,971",
    ),
    ("en-k-steps", "We trained for 2k steps with batch size 64 and sequence length 2048, i.e. 262M tokens.\n", [H], ""),
    (
        "ru-steps-holds",
        "Обучение: 10 000 шагов, батч 512 последовательностей по 4096 токенов — всего ≈ 21 млрд токенов.\n",
        [H],
        "",
    ),
    (
        "ru-steps-wrong",
        "Дообучение шло 3000 шагов, батч 32 последовательности по 4096 токенов — это около 39 млн токенов.\n",
        [W],
        "393,216,000",
    ),
    ("en-per-step", "Over 10,000 steps, a batch of 512 sequences of 4,096 tokens is 2,097,152 tokens per step.\n", [H], ""),
    ("en-each-step-holds", "We ran 1,000 steps, each on 64 sequences of 2048 tokens each, that is 131M tokens.\n", [H], ""),
    (
        "en-each-step-wrong",
        "We ran 1,000 steps, each on 64 sequences of 2048 tokens each, that is 13M tokens.\n",
        [W],
        "131,072,000",
    ),
    ("en-one-batch", "After 500 warm-up steps, a batch of 32 sequences of 2048 tokens: 65,536 tokens.\n", [H], ""),
    ("en-two-step-counts", "Of 10,000 steps, 2,000 steps use a batch of 64 sequences of 2048 tokens: 262M tokens.\n", [], ""),
]


@pytest.mark.parametrize(("text", "groups", "shown"), [c[1:] for c in STEPS_CASES], ids=[c[0] for c in STEPS_CASES])
def test_the_tokens_of_a_run_of_steps(text: str, groups: list[str], shown: str) -> None:
    check_claims(text, groups, shown)


# A transfer whose size is said in the sentence before, taken up by a pronoun (`reads them in 7.7 ms`, `прочитает их за
# 7,7 мс`): 37 GB / 4.8 TB/s = 7.708 ms. Two sizes before it: which is moved is open; no pronoun or refer-back: no claim.
_READS_EN = "## DeepSeek-V3 decode\n\nPer token the model reads 37 GB of weights. "
_READS_RU = "## DeepSeek-V3\n\nНа токен читается только 37 ГБ весов (FP8). "
PRONOUN_TRANSFER_CASES = [
    ("en-them-holds", _READS_EN + "One H200 at 4.8 TB/s reads them in 7.7 ms.\n", [V, H], ""),
    ("en-them-wrong", _READS_EN + "One H200 at 4.8 TB/s reads them in 15.4 ms.\n", [V, W], "7.708"),
    ("ru-ih-wrong", _READS_RU + "Одна H200 (4,8 ТБ/с) прочитает их за 15,4 мс.\n", [H, W], "7.708"),
    ("ru-ih-holds", _READS_RU + "Одна H200 (4,8 ТБ/с) прочитает их примерно за 7,7 мс.\n", [H, H], ""),
    (
        "en-list-items",
        "## DeepSeek-V3 decode\n\n- Per token the model reads 37 GB of weights.\n- One H200 at 4.8 TB/s reads them in 15.4 ms.\n",
        [V, W],
        "7.708",
    ),
    (
        "en-two-sizes-before",
        "## Loading\n\nThe weights are 16 GB and the cache adds 2 GB. Loading them from NVMe at 2 GB/s takes 8 s.\n",
        [V],
        "",
    ),
]


@pytest.mark.parametrize(
    ("text", "groups", "shown"), [c[1:] for c in PRONOUN_TRANSFER_CASES], ids=[c[0] for c in PRONOUN_TRANSFER_CASES]
)
def test_a_transfer_of_the_size_said_before(text: str, groups: list[str], shown: str) -> None:
    check_claims(text, groups, shown)
