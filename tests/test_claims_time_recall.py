"""Times and token rates checked from inputs said in another clause, sentence or line (issue 15):
one token's time is 1 / rate (either way round); each clause's time reads its own tokens and rate;
a hedged rate (`about 5.3 tok/s`) still gives a time; a rate or the tokens said just before the
sentence, when it goes on from them (`So …`, `the same answer …`); GPUs × hours = GPU-hours; a FLOP/s
stated above with no device named is the named device's. A look-alike (a time of another phase, a
rate summed over users, a component's cost per token) is never an error."""

from __future__ import annotations

import pytest
from conftest import H, V, W, check_claims, note_claims

# the rates and times below are computed by hand: 1 / 47 tok/s = 21.28 ms; 400 / 125 = 3.2 s; …
# (a rate before the time stays a claim of its own: with no bandwidth or weights stated it is unverifiable)
PER_TOKEN = [
    ("en-step-wrong", "Single H100 in fp8: ≈ 47 tok/s ceiling, i.e. ~42 ms per decoding step.", [V, W], "21.28"),
    ("en-each-token-holds", "At 25 tok/s each token takes 40 ms.", [V, H], ""),
    ("en-means-holds", "40 tok/s means 25 ms per token.", [V, H], ""),
    ("en-every-token-wrong", "At 50 tok/s, every token takes 2 ms.", [V, W], "20"),
    ("ru-na-token-holds", "При 20 ток/с на токен уходит 50 мс.", [V, H], ""),
    ("ru-odin-token-wrong", "При 20 ток/с один токен генерируется за 5 мс.", [V, W], "50"),
    ("ru-reverse-rate-wrong", "Декодирование — 20 мс на токен, то есть 500 токенов/с.", [W], "50"),
    ("en-reverse-rate-holds", "Decoding costs ~42 ms per token, i.e. ≈ 24 tok/s.", [H], ""),
    ("ru-reverse-rate-holds", "Один шаг — 0,1 с на токен, т. е. 10 ток/с.", [H], ""),
]


@pytest.mark.parametrize(("text", "groups", "shown"), [c[1:] for c in PER_TOKEN], ids=[c[0] for c in PER_TOKEN])
def test_one_tokens_time_is_one_over_the_rate(text: str, groups: list[str], shown: str) -> None:
    check_claims(text, groups, shown)


OWN_INPUTS = [
    (
        "en-second-clause-wrong",
        "A 200-token reply at 26 tok/s takes 7.7 s; a 400-token reply at 125 tok/s takes 6.4 s.",
        [H, W],
        "3.2",
    ),
    ("en-second-clause-holds", "A 100-token reply at 20 tok/s takes 5 s; a 300-token reply at 50 tok/s takes 6 s.", [H, H], ""),
    (
        "ru-second-clause-wrong",
        "Ответ на 300 токенов при 86 токенах/с — 3,5 с; 1000 токенов при 23 токенах/с — около 20 с.",
        [H, W],
        "43.48",
    ),
    (
        "en-prefill-second-wrong",
        "A 500-token answer at 100 tok/s takes 5 s; time to first token for a 4,000-token prompt at 1,000 "
        "tok/s prefill is 0.4 s.",
        [H, W],
        "4",
    ),
]


@pytest.mark.parametrize(("text", "groups", "shown"), [c[1:] for c in OWN_INPUTS], ids=[c[0] for c in OWN_INPUTS])
def test_each_clause_reads_its_own_tokens_and_rate(text: str, groups: list[str], shown: str) -> None:
    check_claims(text, groups, shown)


HEDGED_RATE = [
    ("en-hedged-rate-wrong", "That is ~5.7 tok/s, so a 100-token answer takes ~35 s.", [W], "17.54"),
    ("ru-hedged-rate-holds", "При ≈ 5,3 токенов/с ответ в 200 токенов — около 38 с.", [H], ""),
    ("ru-hedged-rate-wrong", "При около 5,3 токенов/с ответ в 200 токенов — около 19 с.", [W], "37.74"),
    # … and a hedged bandwidth or FLOP/s likewise (210 GB / 7 GB/s = 30 s; 9e20 / 2.5e14 = 1,000 GPU-hours)
    ("en-hedged-bandwidth-wrong", "Reading 210 GB of weights from an SSD at ~7 GB/s takes 3 s.", [W], "30"),
    ("en-hedged-bandwidth-holds", "Reading 210 GB of weights from an SSD at ~7 GB/s takes 30 s.", [H], ""),
    ("en-hedged-flops-wrong", "At ~250 TFLOP/s per GPU, 9e20 FLOP take 100 GPU-hours.", [W], "1,000"),
    ("ru-hedged-flops-holds", "При ~250 ТФЛОПС на карту 9·10²⁰ FLOP — это около 1 000 GPU-часов.", [H], ""),
    # a bound is not a hedge: a time from it is unsure
    ("en-bound-rate", "At up to 32 tok/s, 480 tokens take 40 s.", [V], ""),
]


@pytest.mark.parametrize(("text", "groups", "shown"), [c[1:] for c in HEDGED_RATE], ids=[c[0] for c in HEDGED_RATE])
def test_a_hedged_rate_still_gives_a_time(text: str, groups: list[str], shown: str) -> None:
    check_claims(text, groups, shown)


BEFORE = [
    (
        "en-so-after-ceiling-wrong",
        "- Decoding tops out at ~77 tok/s per stream.\n- So 1,000 tokens take 1.3 s.",
        [V, W],
        "12.99",
    ),
    (
        "ru-znachit-wrong",
        "- A100 (2 ТБ/с), Llama-2-13B в fp16 (26 ГБ): не более ~77 токенов/с на поток.\n- Значит, 1000 "
        "токенов сгенерируются за 1,3 с.",
        [H, H, W],
        "12.99",
    ),
    (
        "ru-znachit-holds",
        "- A100 (2 ТБ/с), Llama-2-13B в fp16 (26 ГБ): не более ~77 токенов/с на поток.\n- Значит, 1000 "
        "токенов сгенерируются за 13 с.",
        [H, H, H],
        "",
    ),
    ("en-at-that-rate-holds", "- The 8B decodes at 50 tok/s.\n- At that rate a 600-token answer takes 12 s.", [V, H], ""),
    ("en-at-that-rate-wrong", "- The 8B decodes at 50 tok/s.\n- At that rate a 600-token answer takes 1.2 s.", [V, W], "12"),
    ("ru-same-answer-wrong", "- Ответ 300 токенов при 50 ток/с — 6 с.\n- При 25 ток/с тот же ответ — 3 с.", [H, W], "12"),
    ("en-same-reply-holds", "- A 400-token reply at 40 tok/s takes 10 s.\n- The same reply at 80 tok/s takes 5 s.", [H, H], ""),
    (
        "en-cluster-step-wrong",
        "- One GPU processes ~8,200 tok/s, so the cluster does 2.1M tok/s.\n- One 4M-token step therefore takes about 4 s.",
        [V, W],
        "1.905",
    ),
]


@pytest.mark.parametrize(("text", "groups", "shown"), [c[1:] for c in BEFORE], ids=[c[0] for c in BEFORE])
def test_a_rate_or_tokens_said_just_before(text: str, groups: list[str], shown: str) -> None:
    check_claims(text, groups, shown)


GPU_HOURS = [
    ("ru-cards-times-hours-holds", "- В GPU-часах: 8 карт × 111 ч ≈ 889 GPU-часов.", [H], ""),
    ("ru-cards-times-hours-wrong", "- Итого: 8 карт × 111 ч ≈ 300 GPU-часов.", [W], "888"),
    ("en-gpus-times-hours-holds", "- 16 GPUs × 40 h ≈ 640 GPU-hours.", [H], ""),
    ("en-gpus-times-hours-wrong", "- 16 GPUs × 40 h ≈ 64 GPU-hours.", [W], "640"),
    (
        "ru-rate-above-unnamed-wrong",
        "- Узел выдаёт 8 × 989 TFLOPS в пике.\n- Обучение: 6 × 1,24 млрд × 1 млрд ≈ 7,4·10¹⁸ FLOP; при MFU "
        "40 % на одной H100 это ≈ 52 GPU-часа.",
        [H, W],
        "5.224",
    ),
    (
        "en-rate-above-unnamed-holds",
        "- The node peaks at 8 × 989 TFLOP/s.\n- Training: 6 × 1.24B × 1B ≈ 7.4e18 FLOP; at 40 % MFU on one "
        "H100 that is ≈ 5.2 GPU-hours.",
        [H, H],
        "",
    ),
    # a rate said of another device is not this one's: the named device's published peak is (round 38; an H100 gives
    # 6.8 or 5.2 GPU-hours, 756 or 989 TFLOP/s, not the A100's 312)
    (
        "ru-rate-above-other-device",
        "- Узел A100 выдаёт 8 × 312 TFLOPS в пике.\n- Обучение: 6 × 1,24 млрд × 1 млрд ≈ 7,4·10¹⁸ FLOP; при "
        "MFU 40 % на одной H100 это ≈ 52 GPU-часа.",
        [H, W],
        "H100's published peak",
    ),
]


@pytest.mark.parametrize(("text", "groups", "shown"), [c[1:] for c in GPU_HOURS], ids=[c[0] for c in GPU_HOURS])
def test_gpu_hours_from_counts_and_rates(text: str, groups: list[str], shown: str) -> None:
    check_claims(text, groups, shown)


# look-alikes: a time per token of a component, a rate summed over users, a prompt's rate, another phase,
# a schedule or a meeting; none is an error, and none is a duration judged from the rate
LOOK_ALIKES = [
    "At 30 tok/s decode, the KV cache write costs 2 ms per token.",
    "The server does 2,000 tok/s in total; each user sees 50 ms per token.",
    "Sampling adds 3 ms per token at 40 tok/s.",
    "Tokenization takes 2 ms per token; the model generates 40 tok/s.",
    "- Prefill runs at 4,000 tok/s.\n- So a 600-token answer takes 12 s.",
    "- The server handles 2,000 tok/s in total across users.\n- So a 500-token answer takes 0.25 s.",
    "- Llama decodes at 50 tok/s.\n- So loading the 600-token system prompt takes 3 s.",
    "- Сервер выдаёт 2 000 ток/с суммарно на всех пользователей.\n- Значит, ответ в 500 токенов — 0,25 с.",
    "- The 8B decodes at 50 tok/s.\n- The review of the 600-token answers took 2 hours on Friday.",
    "- Модель выдаёт 40 ток/с.\n- Встреча по ответам на 500 токенов длилась 2 часа.",
    "- Сдача отчёта 2 000 токенов — 5 декабря, созвон в 10:00.",
]


@pytest.mark.parametrize("text", LOOK_ALIKES)
def test_look_alikes_are_no_duration_error(text: str) -> None:
    claims = note_claims(text)
    assert not [c for c in claims if c.shape == "duration" and c.verdict.group != V], [  # type: ignore[attr-defined]
        (c.shape, c.verdict.value, c.explanation)
        for c in claims  # type: ignore[attr-defined]
    ]
    assert not [c for c in claims if c.verdict.group == W], [(c.shape, c.explanation) for c in claims]  # type: ignore[attr-defined]


# decode ceilings (bandwidth / bytes read per token), each rate read with the dtype and model of its own clause:
# Llama-3-8B 8.03B → bf16 16.06 GB, int4 4.015 GB; at 1008 GB/s 62.8 and 251.1 tok/s; Qwen2.5-7B Q4_K_M 4.68 GB → 215.5;
# Llama-2-13B Q8_0 13.83 GB at 936 GB/s → 67.7; Mistral-7B bf16 14.48 GB at 1008 GB/s → 69.6; 3.35 TB/s / 4 GB → 837.5
_FRONT_13B = "---\nmodel: meta-llama/Llama-2-13b-chat-hf\n---\n## Speed\n\nOne RTX 3090: 936 GB/s.\n\n"
CEILINGS = [
    (
        "ru-two-dtypes-wrong",
        "На RTX 4090 (1008 ГБ/с) потолок декодирования Llama-3-8B в bf16 ≈ 63 токенов/с, а в int4 — около 440 токенов/с.",
        [H, W],
        "251.1",
    ),
    (
        "ru-gguf-second-wrong",
        "Потолок декодирования в bf16 на 4090 (1008 ГБ/с) для Qwen2.5-7B ≈ 66 токенов/с, с Q4_K_M ≈ 430 токенов/с.",
        [H, W],
        "215.5",
    ),
    (
        "en-two-models-wrong",
        "Ceiling on an RTX 4090 (1008 GB/s): Llama-3-8B in bf16 — about 63 tok/s; Mistral-7B in bf16 — about 140 tok/s.",
        [H, W],
        "69.6",
    ),
    ("en-single-gguf-wrong", "- Llama-2-13B in Q8_0 on one RTX 3090 decodes at ~140 tok/s.", [W], "67.7"),
    ("en-single-gguf-holds", "- Llama-2-13B in Q8_0 on one RTX 3090 decodes at ~66 tok/s.", [H], ""),
    # the device's bandwidth as the note states it; the model of the front matter; a GGUF mix off by 2×
    (
        "en-front-matter-gguf-wrong",
        _FRONT_13B + "- Q8_0 on a single 3090: ~140 tok/s.",
        [W],
        "67.7",
    ),
    # … off by less than 2×: the mix may differ, no error
    (
        "en-front-matter-gguf-close",
        _FRONT_13B + "- Q8_0 on a single 3090: ~110 tok/s.",
        [V],
        "",
    ),
    (
        "ru-size-judged-wrong",
        "## Потолок\n\nКарта: 3,35 ТБ/с.\n\n- Llama-3-8B в int4 (4 ГБ): около 1700 токенов/с.",
        [H, W],
        "837.5",
    ),
    (
        "en-size-judged-holds",
        "## Ceiling\n\nOne card: 3.35 TB/s.\n\n- Mistral-7B in int8 (7.24 GB): about 460 tok/s.",
        [H, H],
        "",
    ),
    # the dtype said after each rate: the clauses before them are not theirs (no error from a wrong pairing)
    (
        "en-dtype-after-rate",
        "On an RTX 4090 (1008 GB/s) Llama-3-8B tops out at ≈ 63 tok/s in bf16 and ~250 tok/s in int4.",
        [H, H],
        "",
    ),
]


@pytest.mark.parametrize(("text", "groups", "shown"), [c[1:] for c in CEILINGS], ids=[c[0] for c in CEILINGS])
def test_decode_ceilings_clause_by_clause(text: str, groups: list[str], shown: str) -> None:
    check_claims(text, groups, shown)


CEILING_LOOK_ALIKES = [
    "At batch 32, Llama-3-8B in bf16 on an H100 SXM serves 2,400 tok/s, and in fp8 about 4,000 tok/s.",
    "We measured Llama-3-8B in bf16 at 50 tok/s on an RTX 4090 and in int4 at 120 tok/s.",
    "On 2 × H100 with TP=2, Llama-3-8B in bf16 decodes at about 400 tok/s.",
    "Speculative decoding lifts Llama-3-8B in bf16 on a 4090 from 60 to 150 tok/s.",
    "The target is 100 tok/s for Llama-3-8B in int4 on an L4.",
    "Prefill of Llama-3-8B in bf16 on an H100 SXM runs at 10,000 tok/s.",
    "Батч из 16 запросов: Llama-3-8B в bf16 на RTX 4090 выдаёт суммарно 900 токенов/с, в int4 — 1500 токенов/с.",
]


@pytest.mark.parametrize("text", CEILING_LOOK_ALIKES)
def test_ceiling_look_alikes_are_no_error(text: str) -> None:
    claims = note_claims(text)
    assert not [c for c in claims if c.verdict.group == W], [(c.shape, c.explanation) for c in claims]  # type: ignore[attr-defined]


# one stream under tensor parallelism: n × bandwidth per device / bytes read (Llama-3-70B bf16 141.1 GB:
# 8 × 3.35 TB/s → 189.9 tok/s, 4 × → 95.0, 2 × → 47.5; Mixtral-8x7B active 12.88B × 2 B = 25.76 GB: 2 × 3.35 TB/s → 260.1)
TENSOR_PARALLEL = [
    ("en-tp8-holds", "On 8×H100 (TP=8, 8 × 3.35 TB/s) Llama-3-70B in bf16 tops out at about 190 tokens/s per stream.", [H], ""),
    (
        "en-tp8-one-device-wrong",
        "On 8×H100 (TP=8, 8 × 3.35 TB/s) Llama-3-70B in bf16 tops out at about 24 tokens/s.",
        [W],
        "189.9",
    ),
    ("ru-tp4-holds", "При TP=4 (3,35 ТБ/с на карту) потолок Llama-3-70B в bf16 ≈ 95 токенов/с.", [H], ""),
    ("ru-tp4-wrong", "При TP=4 (3,35 ТБ/с на карту) потолок Llama-3-70B в bf16 ≈ 47 токенов/с.", [W], "95"),
    ("en-tp2-moe-all-experts-wrong", "At TP=2 (3.35 TB/s per GPU) Mixtral-8x7B in bf16 tops out near 72 tok/s.", [W], "260.1"),
    ("en-tp2-above-wrong", "At TP=2 (3.35 TB/s per GPU) the ceiling for Llama-3-70B in bf16 is about 190 tok/s.", [W], "47.5"),
]


@pytest.mark.parametrize(("text", "groups", "shown"), [c[1:] for c in TENSOR_PARALLEL], ids=[c[0] for c in TENSOR_PARALLEL])
def test_tensor_parallel_ceilings(text: str, groups: list[str], shown: str) -> None:
    check_claims(text, groups, shown)


# a bandwidth that may be the devices' sum, a measured rate, a batch: never an error below the bound
TP_LOOK_ALIKES = [
    "On 8×H100 (TP=8, 26.8 TB/s) Llama-3-70B in bf16 tops out at about 24 tokens/s per stream.",
    "We measured 40 tok/s for Llama-3-70B in bf16 at TP=8 (3.35 TB/s per GPU), well below the ceiling.",
    "At TP=4 on H100 SXM with batch 64, Llama-3-70B in fp8 would serve 3,000 tok/s.",
    "With pipeline parallelism over 4 stages (TP=1) Llama-3-70B in bf16 tops out at 24 tok/s (3.35 TB/s per GPU).",
    "При TP=8 суммарно на все запросы Llama-3-70B в bf16 выдаёт до 2 000 токенов/с (3,35 ТБ/с на карту).",
]


@pytest.mark.parametrize("text", TP_LOOK_ALIKES)
def test_tensor_parallel_look_alikes_are_no_error(text: str) -> None:
    claims = note_claims(text)
    assert not [c for c in claims if c.verdict.group == W], [(c.shape, c.explanation) for c in claims]  # type: ignore[attr-defined]


# token volumes over a period: rate × seconds, or another period's amount × the ratio of the periods
# (2,400 tok/s × 3,600 s = 8.64M an hour; × 24 = 207.36M a day; 70 tok/s × 86,400 s = 6.048M; 9M × 24 = 216M)
VOLUMES = [
    ("ru-hour-then-day-wrong", "- В час это 9 млн токенов, в сутки — 432 млн.", [W], "216"),
    ("ru-hour-then-day-holds", "- В час это 9 млн токенов, в сутки — 216 млн.", [H], ""),
    (
        "ru-rate-above-holds",
        "Замер на узле: 2400 токенов/с.\n\n- В час: 8,64 млн токенов.\n- В сутки: ≈ 207 млн токенов.",
        [V, H, H],
        "",
    ),
    ("en-rate-hour-day-holds", "At 70 tok/s an hour yields 252k tokens, and a day 6.05M tokens.", [V, H, H], ""),
    ("en-rate-day-wrong", "At 70 tok/s a day yields 605M tokens.", [V, W], "6.048"),
    ("en-rate-above-day-wrong", "The node sustains 2,400 tok/s.\nSo per day it writes 2.07B tokens.", [V, W], "0.207B"),
    (
        "ru-table-per-day",
        "| уровень | токенов/с | токенов в сутки |\n|---|---|---|\n"
        "| узел | 20 000 | ≈ 1,73 млрд |\n| стойка | 80 000 | ≈ 69 млрд |",
        [H, W, V, V],  # (the rates under `токенов/с` are claims of their own: no device, not judged)
        "6.912",
    ),
    (
        "en-table-per-day",
        "| tier | tok/s | tokens per day |\n|---|---|---|\n| node | 20,000 | ≈ 1.73B |\n| rack | 80,000 | ≈ 6.9B |",
        [H, H, V, V],  # (the rates under `tok/s` are claims of their own: no device, not judged)
        "",
    ),
]


@pytest.mark.parametrize(("text", "groups", "shown"), [c[1:] for c in VOLUMES], ids=[c[0] for c in VOLUMES])
def test_token_volumes_over_a_period(text: str, groups: list[str], shown: str) -> None:
    check_claims(text, groups, shown)


# a price per hour, a quota, one card's rate among several, steps a day: no volume error
VOLUME_LOOK_ALIKES = [
    "- The API costs $2 per hour and allows 5M tokens a day.",
    "- На каждую из 8 карт приходится 2 500 токенов/с.\n- В сутки узел выдаёт 216 млн токенов.",
    "- Лимит: 100 тыс. токенов в час, 1 млн токенов в сутки.",
    "- We run 1,000 steps a day of 4M tokens each.",
    "- The meeting every day covers 20 tickets; the model reads 2,000 tokens per ticket.",
]


@pytest.mark.parametrize("text", VOLUME_LOOK_ALIKES)
def test_volume_look_alikes_are_no_error(text: str) -> None:
    claims = note_claims(text)
    assert not [c for c in claims if c.verdict.group == W], [(c.shape, c.explanation) for c in claims]  # type: ignore[attr-defined]


# a compute time of a named model over tokens, no FLOPs stated: 6·N·D to train, 2·N·D for a forward pass
# (Llama-3-8B 8.03B: 6 × 8.03e9 × 15e12 = 7.23e23 / (1024 × 989e12 × 0.4) = 20.65 days;
#  2 × 8.03e9 × 4,000 = 6.42e13 / (989e12 × 0.5) = 0.13 s; 6 × 8.03e9 × 1e9 / (989e12 × 0.4) = 33.8 GPU-hours)
MODEL_COMPUTE = [
    (
        "en-train-days-holds",
        "Training Llama-3-8B on 15T tokens on 1024 H100s (989 TFLOP/s, 40 % MFU) takes about 21 days.",
        [H],
        "",
    ),
    (
        "en-train-days-wrong",
        "Training Llama-3-8B on 15T tokens on 1024 H100s (989 TFLOP/s, 40 % MFU) takes about 2 days.",
        [W],
        "20.65",
    ),
    (
        "ru-train-days-holds",
        "Обучение Llama-3-8B на 15 трлн токенов на 1024 H100 (989 ТФЛОПС, MFU 40 %) займёт около 21 дня.",
        [H],
        "",
    ),
    (
        "ru-gpu-hours-wrong",
        "Дообучение Llama-3-8B на 1 млрд токенов при 989 ТФЛОПС и MFU 40 % — около 340 GPU-часов.",
        [W],
        "33.8",
    ),
    (
        "en-prefill-holds",
        "Prefill of a 4,000-token prompt for Llama-3-8B on an H100 (989 TFLOP/s, 50 % MFU) takes 0.13 s.",
        [H],
        "",
    ),
    (
        "en-prefill-wrong",
        "Prefill of a 4,000-token prompt for Llama-3-8B on an H100 (989 TFLOP/s, 50 % MFU) takes 1.3 s.",
        [W],
        "0.13",
    ),
    # fewer GPUs than unstated ones could make a shorter time: no error when the count is not said
    ("en-train-no-count-shorter", "Training Llama-3-8B on 15T tokens at 989 TFLOP/s and 40 % MFU takes 20 days.", [V], ""),
]


@pytest.mark.parametrize(("text", "groups", "shown"), [c[1:] for c in MODEL_COMPUTE], ids=[c[0] for c in MODEL_COMPUTE])
def test_compute_time_of_a_model_over_tokens(text: str, groups: list[str], shown: str) -> None:
    check_claims(text, groups, shown)


# training and a forward pass both said, epochs, a whole job's wall clock, a schedule: no reading
MODEL_COMPUTE_LOOK_ALIKES = [
    "Training Llama-3-8B on 15T tokens (989 TFLOP/s, 40 % MFU) was planned for 2 days of meetings in May.",
    "Fine-tuning Llama-3-8B for 3 epochs on 1B tokens at 989 TFLOP/s and 40 % MFU took 2 hours.",
    "The whole run of Llama-3-8B on 15T tokens at 989 TFLOP/s, 40 % MFU, including restarts, took 2 days.",
    "Training and inference of Llama-3-8B over 1B tokens at 989 TFLOP/s take 2 hours in total.",
    "Обучение Llama-3-8B на 15 трлн токенов начнётся через 2 дня, на H100 (989 ТФЛОПС).",
]


@pytest.mark.parametrize("text", MODEL_COMPUTE_LOOK_ALIKES)
def test_model_compute_look_alikes_are_no_error(text: str) -> None:
    claims = note_claims(text)
    assert not [c for c in claims if c.verdict.group == W], [(c.shape, c.explanation) for c in claims]  # type: ignore[attr-defined]


# a rate said before of another model or device, or a comparison: not the rate of this sentence's tokens
BEFORE_OTHER_SUBJECT = [
    "- Llama-3-70B decodes at 20 tok/s.\n- Mistral-7B is faster, so a 500-token answer takes 5 s.",
    "- Llama-3-70B decodes at 20 tok/s.\n- So on Mistral-7B a 500-token answer takes 5 s.",
    "- На H100 модель выдаёт 20 ток/с.\n- Значит, на RTX 4090 ответ в 500 токенов займёт 5 с.",
]


@pytest.mark.parametrize("text", BEFORE_OTHER_SUBJECT)
def test_a_rate_of_another_subject_is_not_read(text: str) -> None:
    claims = note_claims(text)
    assert not [c for c in claims if c.verdict.group == W], [(c.shape, c.explanation) for c in claims]  # type: ignore[attr-defined]
