"""KV-cache totals of our own wording (issue 15).

Shape: a total said of "the same context" (`with the same context`, `с тем же контекстом`, `at the same
context length`) with a batch of its own (`64 users`, `при 64 пользователях`, `для 32 запросов`): the context
is the setup stated above, the batch is the sentence's own, not the one above. A figure that is no size of
the cache (a latency, a count of GPUs, the weights) is none.

Recomputed values (hand-checked against claims-gold): Llama-3-8B 2·32·8·128·2 = 131,072 B = 128 KiB per
token, so 8192 tokens × 16 = 16 GiB, × 32 = 32 GiB, × 64 = 64 GiB, fp8 × 16 = 8 GiB; Llama-2-70B
2·80·8·128·2 = 327,680 B = 320 KiB per token, so 4096 × 32 = 40 GiB, × 128 = 160 GiB."""

from __future__ import annotations

import pytest
from conftest import H, V, W, check_claims

L8 = "KV-кэш Llama-3-8B: 128 КиБ на токен. На 16 пользователей по 8192 токена — 16 ГиБ.\n\n"
L8_EN = "The KV cache of Llama-3-8B is 128 KiB per token; 16 users at 8192 tokens each take 16 GiB.\n\n"
L70 = "Llama-2-70B, KV-кэш: 32 запроса по 4096 токенов — 40 ГиБ.\n\n"

SAME_CONTEXT_NEW_BATCH = [
    ("ru-pri-users", L8 + "При 64 пользователях с тем же контекстом выходит 64 ГиБ кэша.", [H, H, H], ""),
    ("ru-pri-users-wrong", L8 + "При 64 пользователях с тем же контекстом выходит уже 32 ГиБ кэша.", [H, H, W], "64 GiB"),
    ("ru-na-users-dash", L70 + "А на 128 запросов с тем же контекстом кэш — 160 ГиБ.", [H, H], ""),
    ("ru-na-users-wrong", L70 + "А на 128 запросов с тем же контекстом кэш — 80 ГиБ.", [H, W], "160 GiB"),
    ("ru-hedge", L8 + "Для 32 запросов с тем же контекстом кэш займёт около 32 ГиБ.", [H, H, H], ""),
    ("en-same-context", L8_EN + "With the same context, a cache for 32 users needs 32 GiB.", [H, H, H], ""),
    ("en-same-length-wrong", L8_EN + "At the same context length the cache of 64 users is 32 GiB.", [H, H, W], "64 GiB"),
    ("en-batch-word", L8_EN + "Batch 64 with the same context makes the KV cache 64 GiB.", [H, H, H], ""),
    # no batch of its own: the setup above, in another cache type
    ("ru-fp8-same", L8 + "С тем же контекстом fp8-кэш займёт 8 ГиБ.", [H, H, H], ""),
    # look-alikes: a latency, a count of GPUs, the weights
    ("latency", L8 + "При 64 пользователях с тем же контекстом задержка растёт до 80 мс.", [H, H], ""),
    ("gpus", L8_EN + "With the same context, 64 users fit on two GPUs.", [H, H], ""),
    ("weights", L8 + "С тем же контекстом веса Llama-3-8B в bf16 всё равно занимают 16 ГБ.", [H, H, H], ""),
]

EN70 = "- Llama-3-70B, KV cache: 32 concurrent 8k sequences take 80 GiB.\n"
RU70 = "4. Кэш Llama-2-70B: 32 пользователя по 4096 токенов — 40 ГиБ.\n"
L8_SPLIT = "Llama-3-8B: 16 users at 8192 tokens each hold 16 GiB of KV cache.\n"

# Shape: one device's share of the cache the line just above sized (context and batch both stated there), the line
# stating no context or batch of its own: the share is that cache split over the devices by KV heads. Llama-3-70B
# and Llama-2-70B have 8 KV heads: over 8 GPUs 80 GiB / 8 = 10 GiB, over 4 GPUs 40 GiB / 4 = 10 GiB; Llama-3-8B
# over 2 GPUs 16 GiB / 2 = 8 GiB.
SHARE_OF_CACHE_ABOVE = [
    ("en-tp-share", EN70 + "- Under TP 8 the cache share is 10 GiB per GPU.", [H, H], ""),
    ("en-tp-share-wrong", EN70 + "- Under TP 8 the cache share is 80 GiB per GPU.", [H, W], "10 GiB"),
    ("ru-each-card", RU70 + "5. На каждую из четырёх карт приходится по 10 ГиБ кэша.", [H, H], ""),
    ("ru-each-card-wrong", RU70 + "5. На каждую из четырёх карт приходится по 40 ГиБ кэша.", [H, W], "10 GiB"),
    ("ru-hedge", RU70 + "5. При TP=4 на каждую карту выходит около 10 ГиБ KV-кэша.", [H, H], ""),
    ("en-paragraph", L8_SPLIT + "Split over 2 GPUs with tensor parallelism, each GPU keeps 8 GiB of the cache.", [H, H], ""),
    # a batch of its own and no context: not the setup above
    ("own-batch", EN70 + "- Under TP 8 and a batch of 64 the cache is 20 GiB per GPU.", [H, V], ""),
    # look-alikes: the weights per GPU, a bandwidth per GPU
    ("weights-share", EN70 + "- Under TP 8 each GPU holds 17.6 GB of its bf16 weights.", [H, H], ""),
    ("bandwidth", EN70 + "- Under TP 8 each GPU reads 3.35 TB/s.", [H], ""),
]

# Shape: with no model in sight, a total said AT its context (`4 GiB at 32k context`, `2 ГиБ на контексте 32k`), after
# a size per token the sentence states: that size × the context (× the batch of the figure's own words, before or
# after it). 128 KiB × 32,768 = 4 GiB, × 8 = 32 GiB; 64 KiB × 32,768 = 2 GiB; 32 KiB × 4096 = 128 MiB.
TOTAL_AT_ITS_CONTEXT = [
    ("en-at-context", "The cache takes 128 KiB per token, 4 GiB at 32k context.", [H], ""),
    ("en-at-context-wrong", "The cache takes 128 KiB per token, 2 GiB at 32k context.", [W], "4 GiB"),
    ("ru-na-kontekste", "Кэш: 64 КиБ на токен, 2 ГиБ на контексте 32k.", [H], ""),
    ("ru-pri-kontekste-wrong", "Кэш: 64 КиБ на токен, 1 ГиБ при контексте 32768 токенов.", [W], "2 GiB"),
    ("en-hedge-for", "KV: 32 KiB per token, about 128 MiB for a 4096-token chat.", [H], ""),
    ("en-batch-after", "The cache is 128 KiB per token; 32 GiB at batch 8 and 32k context.", [H], ""),
    ("en-batch-after-wrong", "The cache is 128 KiB per token; 4 GiB at batch 8 and 32k context.", [W], "32 GiB"),
    # look-alikes: a budget that holds tokens, a card's memory, a rate
    ("budget", "At 64 KiB per token, a 2 GiB budget holds 32,768 tokens.", [H], ""),
    ("card", "The cache takes 128 KiB per token; the card has 24 GB for a 32k context.", [], ""),
]

# Shape: a size per token with what it is a size of between (`32 KiB of cache per token`, `64 КиБ кэша на токен`) is a
# size per token as `32 KiB per token` is: the totals after it are that size × their tokens. 32 KiB × 4096 = 128 MiB;
# 64 KiB × 32,768 = 2 GiB; Llama-3-8B 128 KiB × 8192 = 1 GiB.
OF_CACHE_PER_TOKEN = [
    ("en-of-cache", "The model keeps 32 KiB of cache per token, so a 4096-token chat holds 128 MiB of KV.", [H], ""),
    ("en-of-cache-wrong", "The model keeps 32 KiB of cache per token, so a 4096-token chat holds 256 MiB of KV.", [W], "128 MiB"),
    ("ru-kesha", "Модель хранит 64 КиБ кэша на токен, поэтому 32 768 токенов занимают 2 ГиБ.", [H], ""),
    ("ru-kesha-wrong", "Модель хранит 64 КиБ кэша на токен, поэтому 32 768 токенов занимают 4 ГиБ.", [W], "2 GiB"),
    ("en-model", "Llama-3-8B keeps 128 KiB of KV cache per token, so 8192 tokens take 1 GiB.", [H, H], ""),
    ("en-model-wrong", "Llama-3-8B keeps 256 KiB of KV cache per token.", [W], "128 KiB"),
    # look-alikes: weights read per token, a card's memory
    ("read", "The model reads 16 GB of weights per token.", [], ""),
    ("card", "The cache grows by 32 KiB per token, and the card has 24 GB for it.", [], ""),
]

# Shape: a context written with a space between its thousands (`контекст 1 024`, `context length 8 192`, `на контекст
# 4 096`) is that many tokens, not the digits before the space. GPT-2 XL 2·48·25·64·2 = 307,200 B = 300 KiB per token,
# × 1024 = 300 MiB; Llama-2-70B 320 KiB × 4096 × 32 = 40 GiB; Llama-3-8B 128 KiB × 8192 = 1 GiB.
SPACED_THOUSANDS = [
    ("ru-full-context", "GPT-2 XL: 300 КиБ на токен, на полный контекст 1 024 — 300 МиБ.", [H, H], ""),
    ("ru-full-context-wrong", "GPT-2 XL: 300 КиБ на токен, на полный контекст 1 024 — 600 МиБ.", [H, W], "300 MiB"),
    ("ru-context-batch", "Кэш Llama-2-70B на контекст 4 096 и батч 32 — 40 ГиБ.", [H], ""),
    ("ru-context-batch-wrong", "Кэш Llama-2-70B на контекст 4 096 и батч 32 — 20 ГиБ.", [W], "40 GiB"),
    ("en-context-length", "Llama-3-8B with context length 8 192: 1 GiB of KV cache.", [H], ""),
    ("en-nbsp-wrong", "Llama-3-8B with context length 8\u00a0192 holds 2 GiB of KV cache.", [W], "1 GiB"),
    # look-alikes: the weights beside a context, a context and a count of users with no cache size
    ("weights", "Контекст 2 048 у Falcon-7B, веса в bf16 — 13,8 ГБ.", [H], ""),
    ("users", "Контекст 4 096 и 32 пользователя на одной карте.", [], ""),
]

# Shape: a total at a batch after a size of ONE sequence the line stated before it (`2.75 GiB per sequence; at batch 16
# that is …`, `1,75 ГиБ на запрос. На 8 параллельных запросов — …`), no context of its own between: that size × the
# batch, whatever the model. 2.75 × 16 = 44 GiB; 1.75 × 8 = 14 GiB; 3.1 × 4 = 12.4 GiB.
RU_USER = "KV-кэш на пользователя: 4096 × 128 КиБ = 512 МиБ.\n"
PER_SEQUENCE_TIMES_BATCH = [
    ("en-at-batch", "The cache is 2.75 GiB per sequence; at batch 16 that is 44 GiB.", [H], ""),
    ("en-at-batch-wrong", "The cache is 2.75 GiB per sequence; at batch 16 that is 22 GiB.", [W], "44 GiB"),
    ("ru-next-sentence", "Кэш — 1,75 ГиБ на запрос. На 8 параллельных запросов — 14 ГиБ.", [H], ""),
    ("ru-next-sentence-wrong", "Кэш — 1,75 ГиБ на запрос. На 8 параллельных запросов — 3,5 ГиБ.", [W], "14 GiB"),
    ("en-hedge", "The cache holds 3.1 GiB per conversation, and 4 concurrent conversations take about 12.4 GiB.", [H], ""),
    ("ru-restated", "Кэш — 1,75 ГиБ на запрос, то есть 1,88 ГБ. На 8 параллельных запросов — 14 ГиБ.", [H, H], ""),
    ("en-other-size-between", "The cache is 2 GiB per sequence and the weights 16 GB; 8 users need 16 GiB.", [], ""),
    ("two-batches", "The cache is 2 GiB per sequence; at batch 16 and batch 32 it is 32 GiB.", [], ""),
    ("other-model-between", "Llama-3-8B: 2 GiB per sequence. Mistral-7B at batch 8: 8 GiB of KV cache.", [V, V], ""),
    ("ru-model-no-context", "Кэш Qwen2.5-7B — 1,75 ГиБ на запрос. Для 8 запросов — 3,5 ГиБ.", [V, W], "14 GiB"),
    # the size of one sequence on the line above (`KV-кэш на пользователя: … = 512 МиБ`): 512 MiB × 200 = 100 GiB
    ("ru-line-above", RU_USER + "На всех 200 пользователей — 100 ГиБ.", [H, H], ""),
    ("ru-line-above-wrong", RU_USER + "На всех 200 пользователей — 50 ГиБ.", [H, W], "100 GiB"),
    ("en-line-above", "Per-sequence KV cache: 2 GiB.\nFor 16 concurrent users that is 32 GiB.", [H], ""),
    ("en-line-above-wrong", "Per-sequence KV cache: 2 GiB.\nFor 16 concurrent users that is 16 GiB.", [W], "32 GiB"),
    ("above-not-cache", "Weights per user session: 2 GiB.\nFor 16 users that is 32 GiB.", [], ""),
    ("above-own-context", "KV cache per user: 2 GiB.\nFor 16 users at 32k context that is 64 GiB.", [], ""),
    # look-alikes: a new context between, a card's memory
    ("new-context", "The cache is 2 GiB per sequence; at batch 16 and 32k context it is 64 GiB.", [], ""),
    ("card", "The cache is 2 GiB per sequence; the card has 80 GB for 16 users.", [], ""),
]

# Shape: `with full contexts`, `с полным контекстом` with no number: the context the nearest line above calls full
# (`на полный контекст 2048 токенов`, `its full context of 8192 tokens`), the batch the sentence's own. Falcon-7B
# 2·32·1·64·2 = 8 KiB per token × 2048 = 16 MiB, × 64 = 1 GiB; Llama-3-8B 128 KiB × 8192 = 1 GiB, × 8 = 8 GiB.
FALCON = "- Falcon-7B: на полный контекст 2048 токенов кэш займёт 16 МиБ.\n"
L8_FULL = "Llama-3-8B at its full context of 8192 tokens keeps 1 GiB of KV cache.\n"
FULL_CONTEXT_ABOVE = [
    ("ru-full", FALCON + "- При батче 64 с полным контекстом — 1 ГиБ.", [H, H], ""),
    ("ru-full-wrong", FALCON + "- При батче 64 с полным контекстом — 2 ГиБ.", [H, W], "1 GiB"),
    ("en-full", L8_FULL + "At batch 8 with full contexts that becomes 8 GiB.", [H, H], ""),
    ("en-full-wrong", L8_FULL + "At batch 8 with full contexts that becomes 16 GiB.", [H, W], "8 GiB"),
    # look-alikes: no full context above, the weights
    (
        "none-above",
        "Llama-3-8B keeps 128 KiB of KV cache per token.\nAt batch 8 with full contexts that becomes 8 GiB.",
        [H, V],
        "",
    ),
    ("weights", L8_FULL + "With the full context the bf16 weights are still 16 GB.", [H, H], ""),
]

CASES = (
    FULL_CONTEXT_ABOVE
    + SAME_CONTEXT_NEW_BATCH
    + SHARE_OF_CACHE_ABOVE
    + TOTAL_AT_ITS_CONTEXT
    + OF_CACHE_PER_TOKEN
    + SPACED_THOUSANDS
    + PER_SEQUENCE_TIMES_BATCH
)


@pytest.mark.parametrize(("text", "groups", "shown"), [c[1:] for c in CASES], ids=[c[0] for c in CASES])
def test_a_kv_cache_total(text: str, groups: list[str], shown: str) -> None:
    check_claims(text, groups, shown)
