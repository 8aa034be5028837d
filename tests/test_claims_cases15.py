"""Claim cases of our own wording (English and Russian) for the fifteenth round: a figure said of
one device's share under tensor or pipeline parallelism is the whole / the devices (the KV heads
split over the ranks), never judged as the whole model's figure."""

from __future__ import annotations

import pytest
from conftest import H, U, V, W, check_claims, note_claims

PER_DEVICE_SHARES = [
    # the cache per token on one rank: the KV heads are split over the tensor-parallel ranks
    (
        "en-kv-per-token-per-rank",
        "Qwen2.5-72B in bf16 under tensor parallel 4: every rank keeps 80 KiB of cache per token.",
        [H],
        "",
    ),
    (
        "ru-kv-per-token-per-card",
        "Qwen2.5-72B в bf16 с TP=4: каждая карта хранит 80 КиБ KV-кэша на токен.",
        [H],
        "",
    ),
    # … the whole model's figure labelled per rank, with the ranks stated, is wrong, the share in the message
    (
        "en-kv-per-token-per-rank-whole",
        "Qwen2.5-72B in bf16 under tensor parallel 4: every rank keeps 320 KiB of cache per token.",
        [W],
        "80 KiB",
    ),
    # the cache of a context on each card: the total / the cards (the count on the line above)
    (
        "en-kv-total-each-gpu-count-above",
        "Llama-3-8B is served with TP=2 and a bf16 cache.\nOne 32,768-token request adds 2 GiB of KV cache on each GPU.",
        [H],
        "",
    ),
    (
        "en-kv-total-each-gpu-wrong",
        "Llama-3-8B is served with TP=2 and a bf16 cache.\nOne 32,768-token request adds 4 GiB of KV cache on each GPU.",
        [W],
        "2 GiB",
    ),
    (
        "ru-kv-total-each-card-wrong",
        "Llama-3-8B на двух картах (TP=2), кэш в bf16.\nЗапрос на 32 768 токенов занимает 4 ГиБ KV-кэша на каждой карте.",
        [W],
        "2 GiB",
    ),
    # more ranks than KV heads replicate the heads: a figure that is no reading is unverifiable, never an error
    (
        "en-kv-more-ranks-than-heads",
        "Llama-3-8B in bf16 with TP=16: each GPU stores 3 KiB of KV cache per token.",
        [V],
        "",
    ),
    # no count of devices in sight: a share per device is unverifiable
    ("en-kv-per-gpu-no-count", "Llama-3-8B in bf16: each GPU keeps 64 KiB of KV cache per token.", [V], ""),
    # weights per pipeline stage: the whole / the stages
    (
        "en-weights-per-stage",
        "Cut into PP=4, Qwen2.5-72B gives each GPU about 36 GB of bf16 weights per stage.",
        [H],
        "",
    ),
    (
        "ru-weights-per-card",
        "Qwen2.5-72B в bf16 на 4 картах: на каждую карту приходится 36,4 ГБ весов.",
        [H],
        "",
    ),
    (
        "en-weights-per-stage-wrong",
        "Cut into PP=4, Qwen2.5-72B gives each GPU about 145 GB of bf16 weights per stage.",
        [W],
        "36.",
    ),
    # a size a bandwidth bound divides by is the share a step reads, not the cache of a context said above
    (
        "en-bound-divisor-not-cache",
        "The KV cache then holds about 200k tokens.\n"
        "With TP=4 each GPU reads its 36.4 GB share of Qwen2.5-72B in bf16, so 3.35 TB/s ÷ 36.4 GB ≈ 92 tok/s.",
        [H, V, V],
        "",
    ),
]


@pytest.mark.parametrize(("text", "groups", "shown"), [c[1:] for c in PER_DEVICE_SHARES], ids=[c[0] for c in PER_DEVICE_SHARES])
def test_a_figure_per_device_is_a_share(text: str, groups: list[str], shown: str) -> None:
    check_claims(text, groups, shown)


TRAINING_SHARES = [
    # a total said in brackets right after the recipe, before the devices it is spread over, is the whole
    (
        "en-recipe-total-then-devices",
        "FSDP spreads Llama-2-7B's 16 bytes per parameter (about 108 GB) over 4 GPUs, so 27 GB each.",
        [H, H],
        "",
    ),
    (
        "ru-recipe-total-then-devices",
        "ZeRO-3 раскладывает 16 байт на параметр Llama-2-7B (107,8 ГБ) на 8 GPU: по 13,5 ГБ на каждую.",
        [H, H],
        "",
    ),
    # … the whole in brackets is still checked as the whole
    (
        "en-recipe-total-then-devices-wrong",
        "FSDP spreads Llama-2-7B's 16 bytes per parameter (about 54 GB) over 4 GPUs, so 27 GB each.",
        [W, H],
        "107.8",
    ),
    # a figure per device below the even share of the total: no sharding splits finer
    (
        "en-per-gpu-below-even-share",
        "Adam in mixed precision costs Llama-2-7B 16 bytes per parameter, 107.8 GB, or 3.4 GB per GPU across 8 GPUs.",
        [H, W],
        "13.477 GB",
    ),
    # … above it, other parts may stay whole on every device (ZeRO-1/2): unverifiable, never an error
    (
        "en-per-gpu-above-even-share",
        "Adam in mixed precision costs Llama-2-7B 16 bytes per parameter, 107.8 GB, or 40 GB per GPU across 8 GPUs.",
        [H, V],
        "",
    ),
    # … and below it with the states offloaded to the CPU: unverifiable
    (
        "en-per-gpu-below-share-offload",
        "With CPU offload, Adam costs Llama-2-7B 16 bytes per parameter, 107.8 GB, but 3.4 GB per GPU across 8 GPUs.",
        [H, V],
        "",
    ),
]


@pytest.mark.parametrize(("text", "groups", "shown"), [c[1:] for c in TRAINING_SHARES], ids=[c[0] for c in TRAINING_SHARES])
def test_a_training_total_and_its_share_per_device(text: str, groups: list[str], shown: str) -> None:
    check_claims(text, groups, shown)


THROUGHPUT_SIZES = [
    # several sizes before a rate: which one it reads is not said; unverifiable, never judged by the first
    (
        "en-two-sizes-then-rate",
        "The small model reads 1.2 GB per token and the large one 70 GB; "
        "on an H100 (3.35 TB/s) the large one peaks near 47 tokens/s.",
        [V],
        "",
    ),
    (
        "ru-two-sizes-then-rate",
        "Малая модель читает 1,2 ГБ за токен, большая — 70 ГБ; на H100 (3,35 ТБ/с) потолок большой ≈ 47 токенов/с.",
        [V],
        "",
    ),
    # a size in a later clause is another subject's, not the bound of a rate said before it
    (
        "en-size-in-later-clause",
        "A card with 1,000 GB/s runs the small model at about 180 tokens/s, and the big one (40 GB) at about 25 tokens/s.",
        [V, H],
        "",
    ),
    # … one size before the rate still bounds it: a rate above the bound is an error with the bound in the message
    (
        "en-one-size-rate-too-high",
        "The model reads 40 GB per token, so a card with 1,000 GB/s decodes it at about 100 tokens/s.",
        [W],
        "25.0 tok/s",
    ),
    (
        "ru-one-size-rate-holds",
        "Модель читает 40 ГБ за токен, поэтому карта с 1000 ГБ/с выдаёт около 25 токенов/с.",
        [H],
        "",
    ),
]


@pytest.mark.parametrize(("text", "groups", "shown"), [c[1:] for c in THROUGHPUT_SIZES], ids=[c[0] for c in THROUGHPUT_SIZES])
def test_a_rate_is_bounded_by_its_own_size(text: str, groups: list[str], shown: str) -> None:
    check_claims(text, groups, shown)


PROPERTY_DTYPE_AND_QUANTIZATION = [
    # the note's `dtype:` property is a default: a sentence that says the model is quantized overrides it
    # (to the bits it states, else to none: unverifiable, never an error in the property's type)
    ("en-after-quantization", "---\ndtype: bf16\n---\nOnce quantized, Mistral-7B-v0.1 takes 4.1 GB.", [V], ""),
    ("en-awq-build", "---\ndtype: fp16\n---\nThe AWQ build of Mistral-7B-v0.1 is 4.1 GB.", [H], ""),
    ("ru-after-quantization", "---\ndtype: bf16\n---\nПосле квантизации Mistral-7B-v0.1 занимает 4,1 ГБ.", [V], ""),
    # … a sentence that says nothing of it takes the property
    ("en-property-applies", "---\ndtype: bf16\n---\nMistral-7B-v0.1 takes 14.5 GB.", [H], ""),
    ("en-property-applies-wrong", "---\ndtype: bf16\n---\nMistral-7B-v0.1 takes 7.2 GB.", [W], "14.48"),
]


@pytest.mark.parametrize(
    ("text", "groups", "shown"),
    [c[1:] for c in PROPERTY_DTYPE_AND_QUANTIZATION],
    ids=[c[0] for c in PROPERTY_DTYPE_AND_QUANTIZATION],
)
def test_a_property_dtype_never_overrides_a_stated_quantization(text: str, groups: list[str], shown: str) -> None:
    check_claims(text, groups, shown)


ZERO_STAGES = [
    # per device under ZeRO stage 0-3 with mixed-precision Adam (16 B/param: 2 weights, 2 gradients, 12 optimizer)
    (
        "en-zero1-per-gpu",
        "## Tuning Mistral-7B-v0.1\n\nAdam in mixed precision needs 16 bytes per parameter.\n"
        "ZeRO-1 across 4 GPUs leaves roughly 50 GB on every GPU.",
        [H],
        "",
    ),
    (
        "en-zero2-per-gpu-wrong",
        "## Tuning Mistral-7B-v0.1\n\nAdam in mixed precision needs 16 bytes per parameter.\n"
        "ZeRO-2 across 4 GPUs leaves roughly 100 GB of model states on every GPU.",
        [W],
        "39.8",
    ),
    # … more than the stage's states, with nothing saying states alone: activations may come on top
    (
        "en-zero2-per-gpu-above-states",
        "## Tuning Mistral-7B-v0.1\n\nAdam in mixed precision needs 16 bytes per parameter.\n"
        "ZeRO-2 across 4 GPUs leaves roughly 100 GB on every GPU.",
        [V],
        "",
    ),
    (
        "ru-no-zero-each-card-wrong",
        "## Дообучение Mistral-7B-v0.1\n\nAdam в смешанной точности — 16 байт на параметр.\n"
        "На 4 картах без ZeRO на каждой карте будет 29 ГБ.",
        [W],
        "115.868",
    ),
    (
        "ru-zero3-each-card",
        "## Дообучение Mistral-7B-v0.1\n\nAdam в смешанной точности — 16 байт на параметр.\n"
        "На 4 картах с ZeRO-3 на каждой карте будет 29 ГБ.",
        [H],
        "",
    ),
    # with states offloaded to the CPU the share is not the stage's: never an error
    (
        "en-zero2-offload",
        "## Tuning Mistral-7B-v0.1\n\nAdam in mixed precision needs 16 bytes per parameter.\n"
        "ZeRO-2 with CPU offload across 4 GPUs leaves roughly 10 GB on every GPU.",
        [V],
        "",
    ),
]


@pytest.mark.parametrize(("text", "groups", "shown"), [c[1:] for c in ZERO_STAGES], ids=[c[0] for c in ZERO_STAGES])
def test_a_training_share_per_device_follows_the_zero_stage(text: str, groups: list[str], shown: str) -> None:
    check_claims(text, groups, shown)


RECIPE_THEN_TOTAL = [
    # of several recipes in a sentence, the one right before a total is its own
    (
        "en-recipe-drop-then-total",
        "## Notes on Mistral-7B-v0.1\n\n8-bit Adam cuts the moments from 8 to 2 bytes/param, so 16 → 10 bytes/param, 72.4 GB.",
        [H],
        "",
    ),
    (
        "en-recipe-drop-then-total-wrong",
        "## Notes on Mistral-7B-v0.1\n\n8-bit Adam cuts the moments from 8 to 2 bytes/param, so 16 → 10 bytes/param, 36 GB.",
        [W],
        "72.4",
    ),
]


@pytest.mark.parametrize(("text", "groups", "shown"), [c[1:] for c in RECIPE_THEN_TOTAL], ids=[c[0] for c in RECIPE_THEN_TOTAL])
def test_the_recipe_right_before_a_total_is_its_own(text: str, groups: list[str], shown: str) -> None:
    check_claims(text, groups, shown)


EXCEPTIONS = [
    # a figure said of all models but the named ones is not the named ones' size
    ("en-except-named", "---\ndtype: bf16\n---\nEvery model here except Mixtral weighs under 16 GB.", [V], ""),
    ("ru-except-named", "---\ndtype: bf16\n---\nВсе модели тут, кроме Mixtral, весят меньше 16 ГБ.", [V], ""),
    # … a figure said of the named model itself is still judged
    ("en-named-itself-wrong", "---\ndtype: bf16\n---\nMixtral weighs under 16 GB.", [W], "93.4"),
]


@pytest.mark.parametrize(("text", "groups", "shown"), [c[1:] for c in EXCEPTIONS], ids=[c[0] for c in EXCEPTIONS])
def test_a_figure_of_the_others_is_not_the_exceptions(text: str, groups: list[str], shown: str) -> None:
    check_claims(text, groups, shown)


ACTIVATIONS_PER_LAYER = [
    # per-layer activations of the section's model, with the sequence and batch a line above states
    (
        "en-recompute-setting-above",
        "## Memory of Mistral-7B-v0.1\n\n- Sequence 2048, batch 2.\n"
        "- With full recomputation each layer keeps only its input: 32 MiB per layer.",
        [H],
        "",
    ),
    (
        "en-recompute-setting-above-wrong",
        "## Memory of Mistral-7B-v0.1\n\n- Sequence 2048, batch 2.\n"
        "- With full recomputation each layer keeps only its input: 128 MiB per layer.",
        [W],
        "32 MiB",
    ),
    # FlashAttention without recomputation: 34·s·b·h per layer
    (
        "ru-flash-attention-per-layer",
        "## Память Mistral-7B-v0.1\n\n- Последовательность 2048, батч 2.\n"
        "- С FlashAttention активации занимают 34·s·b·h ≈ 544 МиБ на слой.",
        [H],
        "",
    ),
    # a product written with the symbols is no setting: `2·s·b·h = 32 MiB` does not make h = 32
    (
        "en-symbols-in-product",
        "## Memory of Mistral-7B-v0.1\n\n- seq 2048, batch 2.\n- Full recomputation: 2·s·b·h = 64 MiB per layer.",
        [W],
        "32 MiB",
    ),
    # `no-checkpointing` is without recomputation
    (
        "en-no-checkpointing-hyphen",
        "## Memory of Mistral-7B-v0.1\n\n- seq 2048, batch 1.\n- The no-checkpointing activations come to 0.96 GB per layer.",
        [H],
        "",
    ),
]


@pytest.mark.parametrize(
    ("text", "groups", "shown"), [c[1:] for c in ACTIVATIONS_PER_LAYER], ids=[c[0] for c in ACTIVATIONS_PER_LAYER]
)
def test_activations_per_layer_take_the_setting_above(text: str, groups: list[str], shown: str) -> None:
    check_claims(text, groups, shown)


MODEL_BY_ITS_SIZE = [
    # a model called by its size alone is the one model above whose name ends with that size
    (
        "en-size-alone-names-the-model",
        "Qwen2.5-7B and Qwen2.5-72B are both on the shelf.\nThe 72B would need about 145 GB in bf16.",
        [H],
        "",
    ),
    (
        "en-size-alone-wrong",
        "Qwen2.5-7B and Qwen2.5-72B are both on the shelf.\nThe 72B would need about 72 GB in bf16.",
        [W],
        "145.4",
    ),
    (
        "ru-size-alone-line-above",
        "Есть Qwen2.5-7B и Qwen2.5-72B.\nКонтрольная точка 7B хранится в fp16.\nВ fp32 она весила бы 30,5 ГБ.",
        [H],
        "",
    ),
    # two models above end with the same size: no model is chosen
    (
        "en-size-alone-ambiguous",
        "Llama-2-70B and Llama-3-70B are both on the shelf.\nThe 70B would need about 20 GB in bf16.",
        [],
        "",
    ),
]


@pytest.mark.parametrize(("text", "groups", "shown"), [c[1:] for c in MODEL_BY_ITS_SIZE], ids=[c[0] for c in MODEL_BY_ITS_SIZE])
def test_a_model_called_by_its_size(text: str, groups: list[str], shown: str) -> None:
    check_claims(text, groups, shown)


TOTAL_OF_PER_TOKEN_ABOVE = [
    # a size at a token count right under a line stating a size per token is the cache's total
    (
        "ru-total-under-per-token",
        "У Llama-3-8B 128 КиБ на токен.\nНа 8 192 токена у Llama-3-8B это 1 ГиБ.",
        [H, H],
        "",
    ),
    (
        "ru-total-under-per-token-wrong",
        "У Llama-3-8B 128 КиБ на токен.\nНа 8 192 токена у Llama-3-8B это 0,25 ГиБ.",
        [H, W],
        "1 GiB",
    ),
    (
        "en-total-under-per-token",
        "Llama-3-8B stores 128 KiB per token.\nFor 8,192 tokens Llama-3-8B comes to 1 GiB.",
        [H, H],
        "",
    ),
    # … a line naming the weights is not the cache
    (
        "en-weights-under-per-token",
        "Llama-3-8B stores 128 KiB per token.\nAt 8,192 tokens its bf16 weights stay 16.1 GB.",
        [H, H],
        "",
    ),
]


@pytest.mark.parametrize(
    ("text", "groups", "shown"), [c[1:] for c in TOTAL_OF_PER_TOKEN_ABOVE], ids=[c[0] for c in TOTAL_OF_PER_TOKEN_ABOVE]
)
def test_a_total_under_a_size_per_token(text: str, groups: list[str], shown: str) -> None:
    check_claims(text, groups, shown)


RESTATED_IN_THE_OTHER_UNIT = [
    # a size restated in the other unit right after it shares its dtype
    ("en-restated-gib", "In bf16 the weights of Llama-2-13B are 26 GB — 24.2 GiB as nvidia-smi shows it.", [H, H], ""),
    ("ru-restated-gib", "В bf16 веса Llama-2-13B занимают 26 ГБ, то есть 24,2 ГиБ.", [H, H], ""),
    # … and a wrong restatement is an error with the right value
    (
        "en-restated-gib-wrong",
        "In bf16 the weights of Llama-2-13B are 26 GB — 26 GiB as nvidia-smi shows it.",
        [H, U],
        "24.244 GiB",
    ),
]


@pytest.mark.parametrize(
    ("text", "groups", "shown"), [c[1:] for c in RESTATED_IN_THE_OTHER_UNIT], ids=[c[0] for c in RESTATED_IN_THE_OTHER_UNIT]
)
def test_a_restatement_shares_the_dtype(text: str, groups: list[str], shown: str) -> None:
    check_claims(text, groups, shown)


PER_TOKEN_SENTENCE_BEFORE = [
    # no model in sight: a total at a token count is the size per token the sentence before it states × tokens × batch
    (
        "ru-per-token-sentence-before",
        "Кэш: 2 × 40 слоёв × 40 голов × 128 × 2 байта = 800 КиБ на токен. На 4 пользователей по 4 096 токенов — 12,5 ГиБ.",
        [H, H],
        "",
    ),
    (
        "en-per-token-sentence-before-wrong",
        "The cache takes 800 KiB per token. For 4 users at 4,096 tokens each that is 25 GiB.",
        [W],
        "12.5 GiB",
    ),
    (
        "en-per-token-sentence-before",
        "The cache takes 800 KiB per token. For 4 users at 4,096 tokens each that is 12.5 GiB.",
        [H],
        "",
    ),
]


@pytest.mark.parametrize(
    ("text", "groups", "shown"), [c[1:] for c in PER_TOKEN_SENTENCE_BEFORE], ids=[c[0] for c in PER_TOKEN_SENTENCE_BEFORE]
)
def test_a_total_after_a_sentence_stating_a_size_per_token(text: str, groups: list[str], shown: str) -> None:
    check_claims(text, groups, shown)


REPLICAS_AND_SPLITS = [
    # a count of cards alone may hold replicas: a whole-model figure per card is not judged as a share
    (
        "en-replicas-per-gpu",
        "The box has 8×H100.\nEach GPU holds its own 16.1 GB copy of Llama-3-8B in bf16.",
        [H],
        "",
    ),
    # a training total stated before the devices with a share each after: the share per device
    (
        "en-each-after-the-devices",
        "ZeRO-3 puts Llama-2-7B's 16 bytes per parameter on 8 GPUs at 13.5 GB each.",
        [H],
        "",
    ),
]


@pytest.mark.parametrize(
    ("text", "groups", "shown"), [c[1:] for c in REPLICAS_AND_SPLITS], ids=[c[0] for c in REPLICAS_AND_SPLITS]
)
def test_replicas_are_not_shares(text: str, groups: list[str], shown: str) -> None:
    check_claims(text, groups, shown)


DATA_PARALLEL_REPLICAS = [
    # a batch split over the cards keeps a whole copy on each: the whole model or cache per card is no error
    (
        "en-batch-split-whole-weights",
        "We split the batch across 8 GPUs.\nEach GPU loads 16.1 GB of Llama-3-8B bf16 weights.",
        [V],
        "",
    ),
    (
        "ru-batch-split-whole-cache",
        "Батч делим на 8 карт.\nНа каждой карте 1 ГиБ KV-кэша Llama-3-8B на 8 192 токена.",
        [V],
        "",
    ),
    # a card's memory said with what it is room for is the card's, not a model's size
    ("en-card-room-for-weights", "An H100 80 GB for the weights and cache of Llama-2-70B is not enough in bf16.", [], ""),
    ("ru-card-after-weights", "На H100 80 ГБ после весов Llama-2-7B в fp16 остаётся 66 ГБ.", [V], ""),
    # … a figure neither the share nor the whole is still wrong
    (
        "en-batch-split-neither",
        "We split the batch across 8 GPUs.\nEach GPU keeps 3 GiB of Llama-3-8B KV cache for 8,192 tokens.",
        [W],
        "0.125 GiB",
    ),
    # … and with the model split (tensor parallel), the whole per card is wrong
    (
        "en-tensor-split-whole-weights",
        "Llama-3-8B runs with tensor parallel 8.\nEach GPU loads 16.1 GB of Llama-3-8B bf16 weights.",
        [W],
        "2.008 GB",
    ),
]


@pytest.mark.parametrize(
    ("text", "groups", "shown"), [c[1:] for c in DATA_PARALLEL_REPLICAS], ids=[c[0] for c in DATA_PARALLEL_REPLICAS]
)
def test_replicas_under_data_parallelism(text: str, groups: list[str], shown: str) -> None:
    check_claims(text, groups, shown)


FORGOT_TO_SHARD = [
    # a per-device figure equal to the whole unsharded recipe total is the forgot-to-shard figure: wrong, the share shown
    (
        "en-zero3-whole-total-per-gpu",
        "Llama-2-13B trained with ZeRO-3 on 16 GPUs, Adam at 16 bytes per parameter, needs 208 GB on each GPU.",
        [W],
        "13.016 GB",
    ),
    (
        "ru-zero3-whole-total-per-gpu",
        "ZeRO-3 на 8 GPU, Llama-2-7B с Adam (16 байт на параметр): 107,8 ГБ на каждую GPU.",
        [W],
        "13.477 GB",
    ),
    (
        "ru-zero1-whole-total-per-card",
        "Llama-3-8B с ZeRO-1 на 4 картах, Adam 16 байт/параметр: 128,5 ГБ на каждой карте.",
        [W],
        "",
    ),
    # … the right share holds, and a figure above it that is no stage's states stays unverifiable (activations)
    (
        "en-zero3-share-holds",
        "Llama-2-13B trained with ZeRO-3 on 16 GPUs, Adam at 16 bytes per parameter, needs 13 GB on each GPU.",
        [H],
        "",
    ),
    ("en-fsdp-above-share", "We shard Llama-2-13B with FSDP over 8 GPUs, 16 bytes per parameter: 52 GB per GPU.", [V], ""),
    # the whole model's weights labelled per GPU under tensor parallelism: wrong with the share
    ("en-tp-whole-weights-per-gpu", "Llama-2-70B in bf16 with tensor parallel 4: 138 GB per GPU.", [W], "34.488 GB"),
    (
        "en-tp-split-line-above-whole",
        "Llama-2-70B in bf16 is split over 4 GPUs with tensor parallelism.\nEach GPU holds 138 GB.",
        [W],
        "34.488 GB",
    ),
    ("en-tp-above-share-not-whole", "Llama-2-70B in bf16 over 4 GPUs (TP=4) needs 45 GB per GPU.", [V], ""),
    # … unless the card named has that much memory: in use it may be filled by the cache and the runtime
    ("en-tp-whole-fits-the-card", "Llama-3-70B in bf16 with TP=4 on H200s uses 141 GB per GPU.", [V], ""),
    ("ru-tp-whole-on-smaller-card", "Llama-3-70B в bf16 при TP=4 на H100 занимает 141 ГБ на каждой карте.", [W], "35.277 GB"),
    # a cache per token per GPU, the devices counted in the sentence with no split word: the share holds, else wrong
    ("en-kv-two-gpus-share", "Llama-3-8B in bf16 on 2 GPUs: each GPU keeps 64 KiB of KV cache per token.", [H], ""),
    ("en-kv-two-gpus-wrong", "Llama-3-8B in bf16 on 2 GPUs: each GPU keeps 512 KiB of KV cache per token.", [W], "64 KiB"),
    # `per token on each GPU`: the device phrase after the token one is still the figure's
    (
        "en-kv-per-token-on-each-gpu-whole",
        "With TP=8 Llama-3-70B keeps 320 KiB of bf16 KV cache per token on each GPU.",
        [W],
        "40 KiB",
    ),
    ("en-kv-per-token-on-each-gpu", "With TP=8 Llama-3-70B keeps 40 KiB of bf16 KV cache per token on each GPU.", [H], ""),
]


@pytest.mark.parametrize(("text", "groups", "shown"), [c[1:] for c in FORGOT_TO_SHARD], ids=[c[0] for c in FORGOT_TO_SHARD])
def test_forgot_to_shard(text: str, groups: list[str], shown: str) -> None:
    check_claims(text, groups, shown)


ACTIVE_OUT_OF_TOTAL = [
    # two counts of one mixture-of-experts model where some work per token: the smaller is active, the larger the total
    ("en-activates-part-of-its", "DeepSeek-V3 routes each token through 37B of its 671B parameters.", [H, H], ""),
    ("en-active-out-of-total", "Mixtral-8x7B uses 13B active parameters out of 47B in total.", [H, H], ""),
    ("ru-total-then-working", "У Mixtral-8x7B из 46,7 млрд параметров каждый токен задействует около 12,9 млрд.", [H, H], ""),
    ("en-count-in-brackets-per-token", "Just 28 % of Mixtral-8x7B's parameters (12.9B) are used per token.", [H], ""),
    ("ru-count-in-brackets-per-token", "Лишь 28 % параметров Mixtral-8x7B (12,9 млрд) работают на каждый токен.", [H], ""),
    # … a wrong active or total count is still wrong, with its own right value
    ("en-activates-wrong-active", "DeepSeek-V3 routes each token through 61B of its 671B parameters.", [H, W], "37.552B"),
    ("en-activates-wrong-total", "Mixtral-8x7B activates about 12.9B of its 56B parameters per token.", [H, W], "46.703B"),
    ("ru-wrong-active", "У Mixtral-8x7B из 46,7 млрд параметров каждый токен задействует около 22 млрд.", [H, W], "12.88B"),
    ("en-brackets-total-as-active", "Just 28 % of Mixtral-8x7B's parameters (46.7B) are used per token.", [W], "12.88B"),
]


@pytest.mark.parametrize(
    ("text", "groups", "shown"), [c[1:] for c in ACTIVE_OUT_OF_TOTAL], ids=[c[0] for c in ACTIVE_OUT_OF_TOTAL]
)
def test_active_out_of_total(text: str, groups: list[str], shown: str) -> None:
    check_claims(text, groups, shown)


FLOP_RATES = [
    # a device's FLOP rate is no compute total: no claim on it
    (
        "en-rate-beside-total",
        "Training Llama-2-7B on 2T tokens takes about 8.1e22 FLOPs; an H100 peaks near 989 TFLOP/s in bf16.",
        [H],
        "",
    ),
    ("en-tflops-rate", "Qwen2.5-7B, trained on 18T tokens, ran on GPUs rated at 312 TFLOPS each.", [], ""),
    ("ru-rate-per-second", "Обучение Llama-3-8B на 15T токенов при 400 TFLOP в секунду на карту.", [], ""),
    # … a wrong total beside a rate is still wrong, with the recomputed total
    (
        "en-wrong-total-beside-rate",
        "Training Llama-2-7B on 2T tokens takes about 3e22 FLOPs; an H100 peaks near 989 TFLOP/s in bf16.",
        [W],
        "8.09e+22",
    ),
    ("ru-gflops-per-token-is-a-total", "Llama-2-7B на инференсе тратит около 40 GFLOPS на токен.", [W], "1.35e+10"),
]


@pytest.mark.parametrize(("text", "groups", "shown"), [c[1:] for c in FLOP_RATES], ids=[c[0] for c in FLOP_RATES])
def test_flop_rates_are_no_totals(text: str, groups: list[str], shown: str) -> None:
    check_claims(text, groups, shown)


EACH_OF_THE_DEVICES = [
    # one of the devices counted, in other wordings: the whole / the devices
    ("en-each-of-the-n", "With TP=4, each of the 4 H100s keeps 35.3 GB of Llama-3-70B in bf16.", [H], ""),
    ("en-the-n-each", "The 4 A100s each keep 35.3 GB of Llama-3-70B bf16 weights.", [H], ""),
    ("en-slash-gpu", "Llama-3-70B in bf16 under TP=4: 35.3 GB/GPU.", [H], ""),
    ("en-per-device-hyphen", "Llama-3-70B in bf16 with tensor parallel 8, per-device weights 17.6 GB.", [H], ""),
    ("en-each-of-then-bracket", "Llama-3-70B in bf16 on each of the 8 GPUs (TP=8): 17.6 GB of weights.", [H], ""),
    ("ru-kazhdoy-iz-n", "Llama-3-70B в bf16 на каждой из 8 карт весит около 17,6 ГБ (TP=8).", [H], ""),
    ("ru-na-kazhdom-range", "Llama-3-70B: KV-кэш bf16 320 КиБ на токен, при TP=4 на каждом ранге 80 КиБ.", [H, H], ""),
    # … a wrong share in the same wordings is still wrong, with the right share
    ("en-each-of-the-n-wrong", "With TP=4, each of the 4 H100s keeps 17.6 GB of Llama-3-70B in bf16.", [W], "35.277 GB"),
    ("en-slash-gpu-wrong", "Llama-3-70B in bf16 under TP=4: 17.6 GB/GPU.", [W], "35.277 GB"),
    ("ru-kazhdoy-iz-n-wrong", "Llama-3-70B в bf16 на каждой из 8 карт весит около 10 ГБ (TP=8).", [W], "17.638 GB"),
    (
        "ru-na-kazhdom-range-wrong",
        "Llama-3-70B: KV-кэш bf16 320 КиБ на токен, при TP=4 на каждом ранге 40 КиБ.",
        [H, W],
        "80 KiB",
    ),
]


@pytest.mark.parametrize(
    ("text", "groups", "shown"), [c[1:] for c in EACH_OF_THE_DEVICES], ids=[c[0] for c in EACH_OF_THE_DEVICES]
)
def test_each_of_the_devices(text: str, groups: list[str], shown: str) -> None:
    check_claims(text, groups, shown)


TOTAL_THEN_SHARE = [
    # the devices said first, then a total word or a later share per device: the figure is the whole recipe
    (
        "ru-vsego-then-share",
        "Llama-3-8B, AdamW, ZeRO-3 на 4 GPU: 16 байт на параметр, всего 128,5 ГБ, то есть по 32,1 ГБ на каждую GPU.",
        [H, H],
        "",
    ),
    (
        "en-in-total-after-devices",
        "With ZeRO-3 over 4 GPUs, Llama-3-8B and Adam at 16 bytes per parameter come to 128.5 GB in total.",
        [H],
        "",
    ),
    (
        "ru-bracket-total-then-po",
        "FSDP на 4 GPU: Llama-3-8B с AdamW (16 байт на параметр, 128,5 ГБ) — по 32,1 ГБ на каждую карту.",
        [H, H],
        "",
    ),
    # … a total word on the share's figure is wrong with the whole
    ("ru-vsego-share-wrong", "Llama-3-8B, AdamW, ZeRO-3 на 4 GPU: 16 байт на параметр, всего 32,1 ГБ.", [W], "128.484 GB"),
    (
        "en-in-total-wrong",
        "With ZeRO-3 over 4 GPUs, Llama-3-8B and Adam at 16 bytes per parameter come to 64 GB in total.",
        [W],
        "128.484 GB",
    ),
]


@pytest.mark.parametrize(("text", "groups", "shown"), [c[1:] for c in TOTAL_THEN_SHARE], ids=[c[0] for c in TOTAL_THEN_SHARE])
def test_total_said_after_the_devices(text: str, groups: list[str], shown: str) -> None:
    check_claims(text, groups, shown)


AGGREGATE_LEAD_IN = [
    # a batch, speculative or prefill word that leads the sentence up to the rate: no single stream's bound
    ("en-lead-batch", "With 64 requests in flight, Qwen2.5-7B in bf16 on an H100 (3.35 TB/s) outputs 2,500 tok/s.", [V], ""),
    ("en-lead-draft", "Paired with a draft model, Llama-3-8B in bf16 on an A100 (2 TB/s) produces 250 tok/s.", [V], ""),
    ("en-prefill-subject", "Prompt processing of Llama-3-8B in bf16 on an L4 (300 GB/s) runs at 3,000 tok/s.", [V], ""),
    ("ru-lead-batch", "При батче 16 Qwen2.5-7B в bf16 на H100 (3,35 ТБ/с) выдаёт 2 000 токенов/с.", [V], ""),
    # … a single stream said nearer the rate is still bounded: above the bound is wrong
    (
        "en-lead-batch-single-stream-wrong",
        "With 64 requests in flight, one user of Qwen2.5-7B in bf16 on an H100 (3.35 TB/s) sees 800 tok/s.",
        [W],
        "219.9",
    ),
    (
        "ru-lead-batch-one-user-wrong",
        "При батче 16 один пользователь Qwen2.5-7B в bf16 на H100 (3,35 ТБ/с) получает 800 токенов/с.",
        [W],
        "219.9",
    ),
]


@pytest.mark.parametrize(("text", "groups", "shown"), [c[1:] for c in AGGREGATE_LEAD_IN], ids=[c[0] for c in AGGREGATE_LEAD_IN])
def test_aggregate_word_leading_up_to_the_rate(text: str, groups: list[str], shown: str) -> None:
    check_claims(text, groups, shown)


MIXED_PER_DEVICE = [
    # a size naming its own weights beside a cache per token: the weights' share, not a cache per token
    (
        "en-weights-and-cache-per-gpu",
        "Qwen2.5-72B in bf16 with TP=4: 36.4 GB of weights on each GPU plus 80 KiB of KV cache per token per GPU.",
        [H, H],
        "",
    ),
    (
        "en-weights-and-cache-per-gpu-wrong",
        "Qwen2.5-72B in bf16 with TP=4: 145 GB of weights on each GPU plus 80 KiB of KV cache per token per GPU.",
        [H, W],
        "36.353 GB",
    ),
    # tensor and pipeline parallel degrees both stated: the devices are their product
    ("en-tp-times-pp", "Qwen2.5-72B in bf16 with TP=4 and PP=2: 18.2 GB of weights on each GPU.", [H], ""),
    ("ru-tp-times-pp-wrong", "Qwen2.5-72B в bf16 при TP=4 и PP=2: на каждой карте 36,4 ГБ весов.", [W], "18.177 GB"),
    # with offload a share per device below the even one is no error; the whole it is part of is the whole
    (
        "en-offload-below-share",
        "With FSDP and CPU offload, each of the 4 GPUs keeps only 5 GB of Llama-3-8B's 128.5 GB training state.",
        [V, H],
        "",
    ),
    (
        "en-offload-whole-wrong",
        "With FSDP and CPU offload, each of the 4 GPUs keeps only 5 GB of Llama-3-8B's 64 GB training state.",
        [V, W],
        "128.484 GB",
    ),
    # the figure replaced ('instead of', 'вместо') is in another type than the sentence's
    ("en-instead-of-fp32-moments", "With 8-bit Adam, Qwen2.5-7B's two moments need 15.2 GB instead of 61 GB.", [H, H], ""),
    ("ru-vmesto", "С 8-битным Adam моменты Qwen2.5-7B занимают 15,2 ГБ вместо 61 ГБ.", [H, H], ""),
    ("en-8bit-moments-wrong", "With 8-bit Adam, Qwen2.5-7B's two moments need 30 GB instead of 61 GB.", [W, H], "15.231"),
    # activations per layer said before the figure: the per-layer formula; under tensor parallelism: unverifiable
    (
        "en-activations-per-layer-before",
        "Llama-3-8B activations per layer with full recomputation, s=8192, b=1: 2·s·b·h = 67.1 MB in bf16.",
        [H],
        "",
    ),
    (
        "en-activations-per-layer-tp",
        "With tensor parallel 4, Llama-3-8B activations per layer at s = 8192, b = 1 come to about 0.9 GB in bf16.",
        [V],
        "",
    ),
    (
        "en-activations-per-layer-before-wrong",
        "Llama-3-8B activations per layer with full recomputation, s=8192, b=1: 2·s·b·h = 134 MB in bf16.",
        [W],
        "67.109 MB",
    ),
]


@pytest.mark.parametrize(("text", "groups", "shown"), [c[1:] for c in MIXED_PER_DEVICE], ids=[c[0] for c in MIXED_PER_DEVICE])
def test_mixed_per_device_and_parts(text: str, groups: list[str], shown: str) -> None:
    check_claims(text, groups, shown)


NAMED_RECIPE_AND_SPLIT = [
    # mixed-precision Adam named without its bytes is the 16-byte recipe: a ZeRO stage's share per device follows
    (
        "en-mixed-adam-zero1-share",
        "Under ZeRO-1 on 4 GPUs, Llama-3-8B with mixed-precision Adam keeps about 56 GB per GPU.",
        [H],
        "",
    ),
    (
        "en-mixed-adam-zero2-whole-wrong",
        "Under ZeRO-2 on 4 GPUs, Llama-3-8B with mixed-precision Adam keeps about 128.5 GB per GPU.",
        [W],
        "44.166 GB",
    ),
    (
        "ru-mixed-adam-zero3-whole-wrong",
        "С ZeRO-3 на 4 картах Llama-3-8B с Adam в смешанной точности занимает 128,5 ГБ на каждой карте.",
        [W],
        "32.121 GB",
    ),
    # a model split over cards whose memory is named: the card's size is no figure the dtype is said of
    ("en-split-over-named-cards", "Qwen2.5-72B in bf16 split over four H100 80 GB cards: 36.4 GB on each card.", [H], ""),
    (
        "en-split-over-named-cards-whole-wrong",
        "Qwen2.5-72B in bf16 split over two H100 80 GB cards: 145 GB on each card.",
        [W],
        "72.706 GB",
    ),
    ("ru-razbita-na-karty", "Qwen2.5-72B в bf16 разбита на 4 карты H100 80 ГБ: по 36,4 ГБ на каждой.", [H], ""),
]


@pytest.mark.parametrize(
    ("text", "groups", "shown"), [c[1:] for c in NAMED_RECIPE_AND_SPLIT], ids=[c[0] for c in NAMED_RECIPE_AND_SPLIT]
)
def test_named_recipe_and_model_split(text: str, groups: list[str], shown: str) -> None:
    check_claims(text, groups, shown)


CACHE_TOTAL_THEN_SHARE = [
    # a cache's own total (nothing added, no weights named), then the share per device: both judged
    (
        "en-cache-total-then-per-gpu",
        "Qwen2.5-72B, 4k context, batch 4, bf16 KV: 5 GiB total, 1.25 GiB per GPU with TP=4.",
        [H, H],
        "",
    ),
    (
        "ru-cache-total-then-per-card",
        "Qwen2.5-72B, контекст 4k, батч 4, KV в bf16: всего 5 ГиБ, при TP=4 по 1,25 ГиБ на каждой карте.",
        [H, H],
        "",
    ),
    # … the total labelled per device is wrong with the share
    (
        "en-cache-total-as-per-gpu-wrong",
        "Qwen2.5-72B, 4k context, batch 4, bf16 KV: 5 GiB total, 5 GiB per GPU with TP=4.",
        [H, W],
        "1.25 GiB",
    ),
    # a total with the weights named is still a sum of parts
    (
        "en-weights-plus-cache-total",
        "Qwen2.5-72B in bf16 at 4k context: 145 GB of weights plus KV cache, 151 GB total.",
        [H, V],
        "",
    ),
]


@pytest.mark.parametrize(
    ("text", "groups", "shown"), [c[1:] for c in CACHE_TOTAL_THEN_SHARE], ids=[c[0] for c in CACHE_TOTAL_THEN_SHARE]
)
def test_cache_total_then_share(text: str, groups: list[str], shown: str) -> None:
    check_claims(text, groups, shown)


SIZE_RIGHT_AFTER_EACH_CARD = [
    # a size right after 'на каждой карте' / 'on each GPU' is what each card holds, not the card's memory
    ("ru-na-kazhdoy-karte-share", "Llama-3-8B, FSDP на 4 картах, Adam 16 байт на параметр: на каждой карте 32,1 ГБ.", [H], ""),
    (
        "ru-na-kazhdoy-karte-whole-wrong",
        "Llama-3-8B, FSDP на 4 картах, Adam 16 байт на параметр: на каждой карте 128,5 ГБ.",
        [W],
        "32.121 GB",
    ),
    ("en-on-each-gpu-colon-share", "Llama-3-70B in bf16 with TP=8, on each GPU: 17.6 GB of weights.", [H], ""),
    # … a card's memory followed by what it holds stays the card's
    ("ru-card-memory-then-model", "На каждой карте 80 ГБ памяти, а Llama-2-70B в fp16 занимает 138 ГБ.", [H], ""),
]


@pytest.mark.parametrize(
    ("text", "groups", "shown"), [c[1:] for c in SIZE_RIGHT_AFTER_EACH_CARD], ids=[c[0] for c in SIZE_RIGHT_AFTER_EACH_CARD]
)
def test_size_right_after_each_card(text: str, groups: list[str], shown: str) -> None:
    check_claims(text, groups, shown)


DEVICE_PHRASE_ONLY_LATER = [
    # a whole-model figure with one device named only in a later clause (the author halves it there): wrong
    (
        "en-whole-then-each-holds-half",
        "Qwen2.5-72B in bf16 takes 72.7 GB, so under TP=2 each GPU holds half of it.",
        [W],
        "145.412 GB",
    ),
    (
        "ru-whole-then-na-kazhdoy",
        "Qwen2.5-72B в bf16 весит 72,7 ГБ, поэтому на каждой карте (TP=2) остаётся место.",
        [W],
        "145.412 GB",
    ),
    # … the device said before the figure, or opening the clause right after it, keeps the share reading
    ("en-each-gpu-before", "Under TP=2 each GPU gets half of Qwen2.5-72B, 72.7 GB in bf16.", [H], ""),
    ("en-share-then-on-each", "Qwen2.5-72B in bf16 under TP=2 takes 72.7 GB, on each of the two GPUs.", [V], ""),
]


@pytest.mark.parametrize(
    ("text", "groups", "shown"), [c[1:] for c in DEVICE_PHRASE_ONLY_LATER], ids=[c[0] for c in DEVICE_PHRASE_ONLY_LATER]
)
def test_device_phrase_only_in_a_later_clause(text: str, groups: list[str], shown: str) -> None:
    check_claims(text, groups, shown)


DEVICE_REFERRED_BACK = [
    # 'each of them', a bare 'на каждой', 'per token on each': the devices counted before
    ("en-each-of-them", "Qwen2.5-72B in bf16 on 4 H100s with TP=4.\nEach of them holds 36.4 GB of weights.", [H], ""),
    ("ru-na-kazhdoy-bare", "Qwen2.5-72B в bf16 на четырёх картах (TP=4): на каждой 36,4 ГБ весов.", [H], ""),
    ("en-per-token-on-each", "Qwen2.5-72B in bf16 on four GPUs with TP=4: 80 KiB of KV cache per token on each.", [H], ""),
    # … a wrong share in those wordings is still wrong, with the share
    (
        "en-each-of-them-wrong",
        "Qwen2.5-72B in bf16 on 4 H100s with TP=4.\nEach of them holds 145 GB of weights.",
        [W],
        "36.353 GB",
    ),
    ("ru-na-kazhdoy-bare-wrong", "Qwen2.5-72B в bf16 на четырёх картах (TP=4): на каждой 145 ГБ весов.", [W], "36.353 GB"),
    (
        "en-per-token-on-each-wrong",
        "Qwen2.5-72B in bf16 on four GPUs with TP=4: 320 KiB of KV cache per token on each.",
        [W],
        "80 KiB",
    ),
]


@pytest.mark.parametrize(
    ("text", "groups", "shown"), [c[1:] for c in DEVICE_REFERRED_BACK], ids=[c[0] for c in DEVICE_REFERRED_BACK]
)
def test_device_referred_back(text: str, groups: list[str], shown: str) -> None:
    check_claims(text, groups, shown)


OLDER_ROWS_KEPT = [
    # a bracket right after the rate's clause naming the weights is what the rate reads (a compound claim)
    (
        "en-bracket-weights-after-rate",
        "Llama-2-13B in fp16 runs at 40 tok/s on an A100 with 2.0 TB/s (26 GB of weights).",
        [H, H],
        "",
    ),
    (
        "en-bracket-weights-after-rate-wrong",
        "Llama-2-13B in fp16 runs at 120 tok/s on an A100 with 2.0 TB/s (26 GB of weights).",
        [H, W],
        "76.9 tok/s",
    ),
    # … but a size in another subject's later clause still is not the earlier rate's
    (
        "en-later-subject-size-not-read",
        "Llama 3 8B runs at 120 tok/s on 2.0 TB/s, and Llama-2-13B at 40 tok/s (26 GB).",
        [V, V, V],
        "",
    ),
    # a rate said to be below a stated ceiling is bounded by that ceiling's size
    ("en-below-stated-ceiling", "- 60 tok/s is well below the ceiling of 936 GB/s / 13.5 GB ≈ 69 tok/s.", [H, H], ""),
    ("en-below-stated-ceiling-wrong", "- 90 tok/s is below the ceiling of 936 GB/s / 13.5 GB ≈ 69 tok/s.", [W, H], "69.3 tok/s"),
    # a batch word with batch size 1 is one stream: still bounded
    (
        "en-batch-size-one-lead-in",
        "Mixtral-8x7B on an H100 (3.35 TB/s) in bf16 at batch size 1 — about 36 tokens/s.",
        [W],
        "130.0 tok/s",
    ),
    (
        "en-batch-size-sixteen-lead-in",
        "Mixtral-8x7B on an H100 (3.35 TB/s) in bf16 at batch size 16 — about 900 tokens/s.",
        [V],
        "",
    ),
    # a setting in symbols between 'one layer' and the size is no earlier figure
    (
        "en-one-layer-symbols-between",
        "Without recomputation a single layer (s = 2048, b = 2, h = 4096, a = 32) holds about 1.9 GB of activations.",
        [H],
        "",
    ),
    (
        "en-one-layer-symbols-between-wrong",
        "Without recomputation a single layer (s = 2048, b = 2, h = 4096, a = 32) holds about 3.8 GB of activations.",
        [W],
        "1.913 GB",
    ),
    # the size inside a full model name above calls no model by size alone; an aside's model is no later subject
    (
        "ru-full-name-above-not-size-alone",
        "Заметка.\n\nДля сравнения, у Qwen2.5-7B в bf16 — 15,2 ГБ.\n\nKV-кэш в fp16: 320 КиБ на токен.\n",
        [H, V],
        "",
    ),
    (
        "en-aside-model-called-by-size",
        "Notes.\n\nFor comparison, Qwen2.5-7B in bf16 is 15.2 GB.\n\nThe 7B cache in fp16: 320 KiB per token.\n",
        [H, V],
        "",
    ),
    # a per-device figure that is the whole or half of it, when the sentence shards the weights / the recipe: wrong
    ("en-shard-half-of-whole-wrong", "Sharding Llama-2-13B in fp16 over 8 GPUs puts 13 GB on each.", [W], "3.254 GB"),
    ("en-shard-above-share-open", "Sharding Llama-2-13B in fp16 over 8 GPUs puts 20 GB on each.", [V], ""),
    (
        "en-zero3-half-the-recipe-wrong",
        "# Budget\n\nMixed-precision Adam: 2 + 2 + 12 = 16 bytes per parameter.\n\n"
        "- ZeRO-3 over 8 GPUs gives 104 GB per GPU for Llama-2-13B.\n",
        [H, W],
        "26.032 GB",
    ),
    (
        "en-zero3-above-states-open",
        "# Budget\n\nMixed-precision Adam: 2 + 2 + 12 = 16 bytes per parameter.\n\n"
        "- ZeRO-3 over 8 GPUs gives 40 GB per GPU for Llama-2-13B.\n",
        [H, V],
        "",
    ),
]


@pytest.mark.parametrize(("text", "groups", "shown"), [c[1:] for c in OLDER_ROWS_KEPT], ids=[c[0] for c in OLDER_ROWS_KEPT])
def test_older_rows_kept(text: str, groups: list[str], shown: str) -> None:
    check_claims(text, groups, shown)


CORPUS_I_BATCH = [
    # a head count written with thousands separators is the whole count, never the digits after the comma
    (
        "en-thousands-of-users-batch",
        "Serving Llama-3-8B to 2,000 concurrent users at a 4096 context takes about 1000 GiB of KV cache.",
        [H],
        "",
    ),
    (
        "en-thousands-of-users-batch-wrong",
        "Serving Llama-3-8B to 2,000 concurrent users at a 4096 context takes about 2 GiB of KV cache.",
        [W],
        "1,000 GiB",
    ),
    (
        "ru-thousands-of-users-batch",
        "Для 2 000 пользователей с контекстом 4096 кэш Llama-3-8B в fp16 займёт около 1000 ГиБ.",
        [H],
        "",
    ),
    (
        "ru-thousands-of-users-batch-wrong",
        "Для 2 000 пользователей с контекстом 4096 кэш Llama-3-8B в fp16 займёт около 2 ГиБ.",
        [W],
        "1,000 GiB",
    ),
    # a token count that is already the context × the batch is not multiplied by the batch again
    (
        "en-total-tokens-span-the-batch",
        "Llama-3-8B cache: a 2048 context at batch 16 makes 32,768 tokens, and in fp16 the cache is 4 GiB.",
        [H],
        "",
    ),
    (
        "en-total-tokens-span-the-batch-wrong",
        "Llama-3-8B cache: a 2048 context at batch 16 makes 32,768 tokens, and in fp16 the cache is 64 GiB.",
        [W],
        "4 GiB",
    ),
    (
        "ru-total-tokens-span-the-batch",
        "Кэш Llama-3-8B: контекст 2048 при батче 16, всего 32 768 токенов, в fp16 это 4 ГиБ.",
        [H],
        "",
    ),
    (
        "ru-total-tokens-span-the-batch-wrong",
        "Кэш Llama-3-8B: контекст 2048 при батче 16, всего 32 768 токенов, в fp16 это 9 ГиБ.",
        [W],
        "4 GiB",
    ),
    # a batch equal to the context's share is still the batch (4096 / 64 = 64 names no total)
    ("en-batch-equals-context-share", "Llama-2-70B KV cache for 4k context at batch 64 is 80 GiB in fp16.", [H], ""),
    ("en-batch-equals-context-share-wrong", "Llama-2-70B KV cache for 4k context at batch 64 is 40 GiB in fp16.", [W], "80 GiB"),
]


@pytest.mark.parametrize(("text", "groups", "shown"), [c[1:] for c in CORPUS_I_BATCH], ids=[c[0] for c in CORPUS_I_BATCH])
def test_corpus_i_batch(text: str, groups: list[str], shown: str) -> None:
    check_claims(text, groups, shown)


CORPUS_I_BITS = [
    # `at N bits` before a size states the bits per weight; a dtype after it that the figure is compared with
    # (`smaller than fp16`) is the other form's, not the figure's own
    ("en-at-bits-than-fp16", "At 4.125 bits Llama-2-70B comes to 35.6 GB, 3.9× smaller than fp16.", [H, H], ""),
    ("en-at-bits-than-fp16-wrong", "At 4.125 bits Llama-2-70B comes to 70 GB, 2× smaller than fp16.", [W, W], "35.566 GB|3.879"),
    ("ru-at-bits-than-fp16", "При 4,125 бита Llama-2-70B занимает 35,6 ГБ — в 3,9 раза меньше, чем в fp16.", [H, H], ""),
    (
        "ru-at-bits-than-fp16-wrong",
        "При 4,125 бита Llama-2-70B занимает 70 ГБ — в 2 раза меньше, чем в fp16.",
        [W, W],
        "35.566 GB|3.879",
    ),
]


@pytest.mark.parametrize(("text", "groups", "shown"), [c[1:] for c in CORPUS_I_BITS], ids=[c[0] for c in CORPUS_I_BITS])
def test_corpus_i_stated_bits(text: str, groups: list[str], shown: str) -> None:
    """Both the size and the ratio to fp16 are claims; a wrong one shows its own recomputation."""
    from vaultkit.claims import Verdict

    claims = note_claims(text)
    assert sorted(c.verdict.group for c in claims) == sorted(groups), [(c.shape, c.explanation) for c in claims]
    wrong = [c.explanation for c in claims if c.verdict is Verdict.WRONG]
    for part in filter(None, shown.split("|")):
        assert any(part in message for message in wrong), (part, wrong)


CORPUS_I_MEMORY = [
    # `with 192 GB unified memory` is what the machine has, not the model's weights; the rate is bound by the weights
    (
        "en-device-memory-not-weights-rate",
        "A Mac Studio with 192 GB unified memory runs Llama-3-70B in bf16, but at 800 GB/s that is ~5.7 tok/s at most.",
        [H],
        "",
    ),
    (
        "en-device-memory-not-weights-rate-wrong",
        "A Mac Studio with 192 GB unified memory runs Llama-3-70B in bf16, but at 800 GB/s that is ~12 tok/s at most.",
        [W],
        "5.7 tok/s",
    ),
    (
        "en-device-memory-weights-wrong",
        "On a Mac Studio with 192 GB unified memory Llama-3-70B in bf16 takes 70 GB.",
        [W],
        "141.107 GB",
    ),
    ("ru-device-memory-not-weights", "На Mac Studio с 192 ГБ памяти Llama-3-70B в bf16 занимает 141 ГБ.", [H], ""),
    ("ru-device-memory-weights-wrong", "На Mac Studio с 192 ГБ памяти Llama-3-70B в bf16 занимает 70 ГБ.", [W], "141.107 GB"),
]


@pytest.mark.parametrize(("text", "groups", "shown"), [c[1:] for c in CORPUS_I_MEMORY], ids=[c[0] for c in CORPUS_I_MEMORY])
def test_corpus_i_device_memory(text: str, groups: list[str], shown: str) -> None:
    check_claims(text, groups, shown)
