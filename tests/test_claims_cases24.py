"""Claim cases of our own wording (English and Russian) for the twenty-fourth round: what must be
true before a figure may be called wrong.

A one-sided bound holds only on its own side: the rounding of a round figure (`at most 100 GB`)
never carries a true value that lies on the side the bound excludes.

Activations and logits: an input is the figure's own. A number right before a product sign is a
formula's coefficient, not the vocabulary; the type said in the figure's own stretch of the
sentence is its type (a second clause in another type is not judged in the first's); a layer's
figure on each device is one layer's share, not all layers'; a figure "per sequence" is for one
sequence whatever batch a later clause names; a length or a batch said in a heading or as
"at N tokens and batch B" is read.

Token budgets: a rate in tokens per parameter is a rule only in the clause that names the rule
(`…; trained on 15T instead, about 1,868 per parameter` is the run's rate, not the next line's
rule); `1,868` in an English sentence is a grouped thousand; a bare count after a token count
(`~260 млрд токенов; на деле 2 трлн`) is more tokens, not a parameter count, unless a model word
stands with it (`а модели на 13 млрд`).

Vector indexes: a sentence that states its own vectors or dimension (`размерности 1536`,
`768-мерных`, `a 10M × 1536 matrix`) is judged on them, never on the line above's; a size referred
back to in the same sentence (`that 3.07 GB becomes …`) restates the earlier figure, and the size
after it takes the type said before it.

Times: a time said of loading, downloading or compiling is not the time of the tokens beside a
rate; a prompt's time and a decoding rate after it in another clause are two phases, not a
quotient.

What is never a claim is blanked in linear time: a run of digits and commas (`1,1,1,…`) is tried
as an amount of money from its start only.

Counts read: a ViT's patch from its name (`ViT-B/16`) or `16-pixel patches`; a batch × a length
written `seq 4096`, `of 2,048 tokens` or `длина 1024` (a length after `seq`/`длина` is no year); a
context in k is k × 1024 tokens (k × 1000 is its other reading: unverifiable); a wall time on N
GPUs equated with GPU-hours is their product; a bit rate restated in bytes is ÷ 8 (not over a
sum of links)."""

from __future__ import annotations

import time

import pytest
from conftest import H, V, W, check_claims

BOUNDS = [
    # a round bound on the excluded side is wrong, with the true size
    ("en-at-most-round-wrong", "In bf16, Llama-2-70B occupies at most 100 GB.", [W], "137.953 GB"),
    ("ru-ne-bolee-round-wrong", "Llama-2-70B в bf16 весит не более 100 ГБ.", [W], "137.953 GB"),
    ("en-at-least-round-wrong", "Llama-3-8B stored in bf16 is at least 20 GB.", [W], "16.061 GB"),
    ("ru-ne-menee-round-wrong", "Llama-3-8B в bf16 весит не менее 20 ГБ.", [W], "16.061 GB"),
    ("en-under-round-wrong", "Llama-2-13B in fp16 is under 20 GB.", [W], "26.032 GB"),
    # … on its own side, or just past it by a hair, the bound holds
    ("en-under-close-holds", "Llama-3-8B in bf16 stays under 16.1 GB.", [H], ""),
    ("en-at-most-holds", "In bf16, Llama-2-70B occupies at most 140 GB.", [H], ""),
    ("ru-ne-bolee-holds", "Llama-2-70B в bf16 весит не более 140 ГБ.", [H], ""),
    ("en-at-least-holds", "Llama-3-8B stored in bf16 is at least 16 GB.", [H], ""),
    ("ru-ne-menee-holds", "Llama-3-8B в bf16 весит не менее 15 ГБ.", [H], ""),
]


@pytest.mark.parametrize(("text", "groups", "shown"), [c[1:] for c in BOUNDS], ids=[c[0] for c in BOUNDS])
def test_a_bound_holds_only_on_its_own_side(text: str, groups: list[str], shown: str) -> None:
    check_claims(text, groups, shown)


ACTIVATIONS = [
    # the coefficient of a written formula is not the vocabulary
    (
        "en-logits-coefficient",
        "Llama-2-7B, s = 1024, b = 2.\n\n- fp32 logits of the 32,000-token vocabulary: 4·s·b·V = 262 MB.",
        [H],
        "",
    ),
    (
        "en-logits-coefficient-wrong",
        "Llama-2-7B, s = 1024, b = 2.\n\n- fp32 logits of the 32,000-token vocabulary: 4·s·b·V = 524 MB.",
        [W],
        "262.144 MB",
    ),
    # each clause in its own type
    ("en-logits-two-types", "Llama-2-7B at s = 4096, b = 2: bf16 logits need 524 MB, and in fp32 they need 1.05 GB.", [H, H], ""),
    (
        "en-logits-two-types-wrong",
        "Llama-2-7B at s = 4096, b = 2: bf16 logits need 524 MB, and in fp32 they need 524 MB.",
        [H, W],
        "1,049 MB",
    ),
    ("ru-logits-two-types", "Llama-2-7B, s = 4096, b = 2: логиты в fp32 — 1,05 ГБ, а в bf16 — 524 МБ.", [H, H], ""),
    (
        "ru-logits-two-types-wrong",
        "Llama-2-7B, s = 4096, b = 2: логиты в fp32 — 1,05 ГБ, а в bf16 — 1,05 ГБ.",
        [H, W],
        "0.524 GB",
    ),
    # one layer on each device
    (
        "en-one-layer-per-gpu",
        "Llama-2-70B, s = 2048, b = 2, TP = 8.\n\n"
        "With selective recomputation and sequence parallelism, a single layer's activations per GPU come to about 143 MB.",
        [H],
        "",
    ),
    (
        "en-one-layer-per-gpu-wrong",
        "Llama-2-70B, s = 2048, b = 2, TP = 8.\n\n"
        "With selective recomputation and sequence parallelism, a single layer's activations per GPU come to about 1.4 GB.",
        [W],
        "0.143 GB",
    ),
    (
        "en-layer-then-all-per-gpu-wrong",
        "Llama-2-70B, s = 2048, b = 2, TP = 8.\n\n"
        "Selective recomputation with sequence parallelism: 143 MB per layer, which is 91 GB per GPU.",
        [H, W],
        "11.409 GB",
    ),
    # per sequence: b = 1 whatever a later clause says
    (
        "en-per-sequence",
        "Llama-2-7B, s = 2048, no recomputation: 956 MB of activations per sequence per layer; "
        "a micro-batch of 8 needs 7.65 GB per layer.",
        [H, H],
        "",
    ),
    (
        "en-per-sequence-wrong",
        "Llama-2-7B, s = 2048, no recomputation: 7.65 GB of activations per sequence per layer; "
        "a micro-batch of 8 needs 7.65 GB per layer.",
        [W, H],
        "0.956 GB",
    ),
    # a length and a batch from the heading or said as `at N tokens and batch B`
    (
        "ru-heading-inputs-wrong",
        "# Активации Llama-2-7B, длина 1024, батч 2\n\nБез пересчёта активации одного слоя — около 1,9 ГБ.",
        [W],
        "0.621 GB",
    ),
    (
        "ru-heading-inputs",
        "# Активации Llama-2-7B, длина 1024, батч 2\n\nБез пересчёта активации одного слоя — около 620 МБ.",
        [H],
        "",
    ),
    # `активации слоя` is one layer's
    (
        "ru-layer-genitive",
        "Для Llama-2-7B при длине последовательности 2048 и батче 2 с FlashAttention активации слоя — 570 МБ.",
        [H],
        "",
    ),
    (
        "ru-layer-genitive-wrong",
        "Для Llama-2-7B при длине последовательности 2048 и батче 2 с FlashAttention активации слоя — 1,14 ГБ.",
        [W],
        "0.57 GB",
    ),
    ("en-at-tokens-and-batch", "For Llama-3-8B at 4096 tokens and batch 2 the fp32 logits take about 4.2 GB.", [H], ""),
    (
        "en-at-tokens-and-batch-wrong",
        "For Llama-3-8B at 4096 tokens and batch 2 the fp32 logits take about 8.4 GB.",
        [W],
        "4.203 GB",
    ),
    # a `full-recompute checkpoint` is activation checkpointing, not the model's checkpoint
    (
        "en-full-recompute-checkpoint",
        "## Full recomputation\n\nLlama-2-7B, micro-batch 1.\n\n"
        "At sequence length 2048 the full-recompute checkpoint is 16 MiB per layer.",
        [H],
        "",
    ),
    (
        "en-full-recompute-checkpoint-wrong",
        "## Full recomputation\n\nLlama-2-7B, micro-batch 1.\n\n"
        "At sequence length 2048 the full-recompute checkpoint is 64 MiB per layer.",
        [W],
        "16 MiB",
    ),
    # a vocabulary counted in entries; the sequence length alone says a forward pass's logits
    (
        "en-logits-entries",
        "The fp32 logits of one 2048-token sequence at batch 1 with a 32,000-entry vocabulary are 262 MB.",
        [H],
        "",
    ),
    (
        "en-logits-entries-wrong",
        "The fp32 logits of one 2048-token sequence at batch 1 with a 32,000-entry vocabulary are 524 MB.",
        [W],
        "262.144 MB",
    ),
]


@pytest.mark.parametrize(("text", "groups", "shown"), [c[1:] for c in ACTIVATIONS], ids=[c[0] for c in ACTIVATIONS])
def test_activation_inputs_are_the_figures_own(text: str, groups: list[str], shown: str) -> None:
    check_claims(text, groups, shown)


TOKENS = [
    # the line above's measured rate is no rule for this line
    (
        "en-run-rate-above-is-no-rule",
        "Compute-optimal training of Llama-3-8B wants about 160B tokens; "
        "the actual run used 15T, roughly 1,868 tokens per parameter.\n"
        "По Chinchilla Llama-2-70B нужно ~1,38 трлн токенов.",
        [H, H, H],
        "",
    ),
    (
        "en-run-rate-above-is-no-rule-wrong",
        "Compute-optimal training of Llama-3-8B wants about 160B tokens; "
        "the actual run used 15T, roughly 1,868 tokens per parameter.\n"
        "По Chinchilla Llama-2-70B нужно ~2,76 трлн токенов.",
        [H, H, W],
        "1.38T",
    ),
    # grouped thousands in English
    ("en-grouped-rate", "Llama-3-8B saw 15T tokens, about 1,868 tokens per parameter.", [H], ""),
    ("en-grouped-rate-wrong", "Llama-3-8B saw 15T tokens, about 1,200 tokens per parameter.", [W], "1,868"),
    # a bare count after a token count is more tokens …
    (
        "ru-elliptic-tokens",
        "Оптимум по Chinchilla для Llama-2-13B — ~260 млрд токенов; на деле 2 трлн, около 154 токенов на параметр.",
        [H, H],
        "",
    ),
    (
        "ru-elliptic-tokens-wrong",
        "Оптимум по Chinchilla для Llama-2-13B — ~260 млрд токенов; на деле 2 трлн, около 15 токенов на параметр.",
        [H, W],
        "154",
    ),
    # … unless a model word stands with it
    (
        "ru-model-count-after-tokens",
        "По правилу 20 токенов на параметр модели на 7 млрд нужно 140 млрд токенов, а модели на 13 млрд — 260 млрд токенов.",
        [H, H],
        "",
    ),
    (
        "ru-model-count-after-tokens-wrong",
        "По правилу 20 токенов на параметр модели на 7 млрд нужно 140 млрд токенов, а модели на 13 млрд — 520 млрд токенов.",
        [H, W],
        "260B",
    ),
    # a cache budget under a line stating the size per token: budget / size, and the budget is no size per token
    (
        "en-budget-under-per-token",
        "Llama-3-8B in fp16 needs 128 KiB of KV cache per token.\nA 4 GiB cache budget therefore holds about 32,768 tokens.",
        [H, H],
        "",
    ),
    (
        "en-budget-under-per-token-wrong",
        "Llama-3-8B in fp16 needs 128 KiB of KV cache per token.\nA 4 GiB cache budget therefore holds about 8,192 tokens.",
        [H, W],
        "32,768",
    ),
    (
        "ru-budget-under-per-token",
        "Llama-3-8B в fp16 требует 128 КиБ KV-кэша на токен.\nВ бюджет кэша 4 ГиБ поэтому помещается 32 768 токенов.",
        [H, H],
        "",
    ),
]


@pytest.mark.parametrize(("text", "groups", "shown"), [c[1:] for c in TOKENS], ids=[c[0] for c in TOKENS])
def test_a_token_rule_is_stated_where_it_is_used(text: str, groups: list[str], shown: str) -> None:
    check_claims(text, groups, shown)


INDEXES = [
    # the sentence's own vectors, not the line above's
    (
        "ru-own-dimension-word",
        "- 20M vectors of 768 dims in fp16 take 30.7 GB.\n- 2 млн векторов размерности 1024 во float32 — около 8,2 ГБ.",
        [H, H],
        "",
    ),
    (
        "ru-own-dimension-word-wrong",
        "- 20M vectors of 768 dims in fp16 take 30.7 GB.\n- 2 млн векторов размерности 1024 во float32 — около 4,1 ГБ.",
        [H, W],
        "8.192 GB",
    ),
    (
        "ru-own-adjective",
        "- 20M vectors of 768 dims in fp16 take 30.7 GB.\n- 3 млн 512-мерных векторов в fp16 — 3,07 ГБ.",
        [H, H],
        "",
    ),
    (
        "ru-own-adjective-wrong",
        "- 20M vectors of 768 dims in fp16 take 30.7 GB.\n- 3 млн 512-мерных векторов в fp16 — 30,7 ГБ.",
        [H, W],
        "3.072 GB",
    ),
    ("en-count-by-dim-matrix", "A 5M × 1024 float32 matrix occupies 20.5 GB.", [H], ""),
    ("en-count-by-dim-matrix-wrong", "A 5M × 1024 float32 matrix occupies 41 GB.", [W], "20.48 GB"),
    # a size referred back to in the same sentence
    ("en-referred-in-sentence", "2M 512-dim vectors in fp32 need 4.1 GB; in int8 that 4.1 GB shrinks to 1.02 GB.", [H, H, H], ""),
    (
        "en-referred-in-sentence-wrong",
        "2M 512-dim vectors in fp32 need 4.1 GB; in int8 that 4.1 GB shrinks to 2.05 GB.",
        [H, H, W],
        "1.024 GB",
    ),
    (
        "ru-referred-in-sentence",
        "2 млн векторов размерности 512 в fp32 — 4,1 ГБ; в int8 эти 4,1 ГБ сжимаются до 1,02 ГБ.",
        [H, H, H],
        "",
    ),
]


@pytest.mark.parametrize(("text", "groups", "shown"), [c[1:] for c in INDEXES], ids=[c[0] for c in INDEXES])
def test_an_index_is_sized_from_its_own_sentence(text: str, groups: list[str], shown: str) -> None:
    check_claims(text, groups, shown)


TIMES = [
    # another phase's time is no tokens / rate
    ("ru-load-time", "Контекст 2048 токенов, скорость 20 ток/с, загрузка модели 9 с.", [V], ""),
    ("en-load-time", "Context 2,048 tokens, speed 20 tok/s, model loading takes 9 s.", [V], ""),
    # … the tokens' own time still is
    ("ru-tokens-time", "Ответ в 2048 токенов при 20 ток/с займёт 102 с.", [H], ""),
    ("ru-tokens-time-wrong", "Ответ в 2048 токенов при 20 ток/с займёт 10 с.", [W], "102.4"),
    # a size the sentence states itself, after its time, is never replaced by the line above's
    ("ru-own-size-after-time", "Копия 8 ГБ по каналу 1 Гбит/с заняла 64 с.\nЗапись 2 МБ/с в течение 10 ч = 72 ГБ.", [H], ""),
    (
        "ru-own-size-after-time-wrong",
        "Копия 8 ГБ по каналу 1 Гбит/с заняла 6 с.\nЗапись 2 МБ/с в течение 10 ч = 72 ГБ.",
        [W],
        "64",
    ),
    # prefill and decode: two rates
    ("en-prefill-then-decode", "A 2,048-token prompt is prefilled in 0.25 s; decoding then proceeds at 35 tok/s.", [V], ""),
    (
        "ru-prefill-then-decode",
        "Промпт в 2048 токенов обрабатывается за 0,25 с, а генерация идёт со скоростью 35 ток/с.",
        [V],
        "",
    ),
    # … the prompt's own rate is their quotient
    ("en-prefill-rate", "A 2,048-token prompt is prefilled in 0.25 s, i.e. 8,192 tok/s.", [H], ""),
    ("en-prefill-rate-wrong", "A 2,048-token prompt is prefilled in 0.25 s, i.e. 800 tok/s.", [W], "8,192"),
]


@pytest.mark.parametrize(("text", "groups", "shown"), [c[1:] for c in TIMES], ids=[c[0] for c in TIMES])
def test_a_time_is_the_tokens_only_when_said_of_them(text: str, groups: list[str], shown: str) -> None:
    check_claims(text, groups, shown)


def test_a_line_of_comma_separated_digits_is_masked_in_linear_time() -> None:
    """`scope.mask` on a 64 KB run of `1,1,1,…` against the same on 8 KB: linear is ~8×, the old
    money pattern (tried from every digit) was ~64× (0.9 s at 8 KB, 14 s at 32 KB)."""
    from vaultkit.claims.scope import mask

    def cpu(n: int) -> float:
        line = ("1," * n)[:n]
        start = time.process_time()
        for _ in range(3):
            mask(line)
        return time.process_time() - start

    small, large = cpu(8_000), cpu(64_000)
    assert large < 24 * max(small, 0.003), (small, large)


COUNTS = [
    ("en-vit-name-patch", "ViT-B/16 on 384×384 inputs: 576 patches.", [H], ""),
    ("en-vit-name-patch-wrong", "ViT-B/16 on 384×384 inputs: 196 patches.", [W], "576"),
    ("en-pixel-patches-wrong", "A 448×448 image cut into 14-pixel patches gives 256 patches.", [W], "1,024"),
    ("en-batch-grouped-length", "A batch of 16 sequences of 2,048 tokens is 32,768 tokens per step.", [H], ""),
    ("en-batch-grouped-length-wrong", "A batch of 16 sequences of 2,048 tokens is 16,384 tokens per step.", [W], "32,768"),
    ("en-seq-year-like", "Global batch 256 × seq 2048 = 524,288 tokens per step.", [V, H], ""),
    ("en-seq-year-like-wrong", "Global batch 256 × seq 2048 = 262,144 tokens per step.", [V, W], "524,288"),
    ("ru-context-k", "Контекст 32k — это 32 768 токенов.", [H], ""),
    ("ru-context-k-decimal", "Контекст 32k — это 32 000 токенов.", [V], ""),
    ("en-context-k-wrong", "A 64K context, i.e. 16,384 tokens.", [W], "65,536"),
    ("en-gpu-hours", "Fine-tuning took 2 days on 4 GPUs = 192 GPU-hours.", [H], ""),
    ("en-gpu-hours-wrong", "Fine-tuning took 2 days on 4 GPUs = 96 GPU-hours.", [W], "192"),
    ("ru-gpu-hours-wrong", "12 ч на 4 картах — 24 GPU-часа.", [W], "48"),
    ("ru-bits-to-bytes", "Сеть 200 Гбит/с — это 25 ГБ/с.", [H], ""),
    ("ru-bits-to-bytes-wrong", "Сеть 200 Гбит/с — это 200 ГБ/с.", [W], "25"),
    ("en-bits-to-bytes-wrong", "Our 25 Gbit/s uplink moves 25 GB per second.", [W], "3.125"),
    ("en-links-summed", "Four × 200 Gbit/s links give 100 GB/s together.", [], ""),
    # GPU time restated as the wall clock on the GPUs said with it
    ("en-gpu-days-as-wall-clock", "Budget: about 1,400 GPU-days, i.e. 22 days of wall clock on the 64 GPUs.", [H], ""),
    ("en-gpu-days-as-wall-clock-wrong", "Budget: about 1,400 GPU-days, i.e. 5 days of wall clock on the 64 GPUs.", [W], "21.88"),
    ("ru-gpu-days-as-wall-clock", "Около 1 400 GPU-дней, то есть 22 дня на 64 картах.", [H], ""),
    # a length written as the second factor of `N sequences × L tokens`
    ("en-sequences-times-tokens", "Global batch of 256 sequences × 2048 tokens: 524,288 tokens.", [H], ""),
    ("en-sequences-times-tokens-wrong", "Global batch of 256 sequences × 2048 tokens: 262,144 tokens.", [W], "524,288"),
]


@pytest.mark.parametrize(("text", "groups", "shown"), [c[1:] for c in COUNTS], ids=[c[0] for c in COUNTS])
def test_counts_and_rates_said_exactly(text: str, groups: list[str], shown: str) -> None:
    check_claims(text, groups, shown)
