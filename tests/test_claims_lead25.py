"""Claim cases of our own wording for the twenty-fifth round's lead rules (written before each rule, values by hand).

Facts (claims-gold): Llama 3.1 8B 8.03B params (bf16 16.06 GB, Q4_K_M ≈ 4.91 GB / 4.58 GiB), Llama 3.1 70B 70.55B
(bf16 141.1 GB, int8/fp8 70.55 GB, 80 layers, 64 query heads, 8 KV heads, head dim 128: 320 KiB of bf16 cache per
token), Llama 3.1 405B 405.9B (bf16 811.8 GB), Qwen2.5-72B 72.71B, Mixtral 8x7B 46.70B, Mistral 7B 7.24B (fp16
14.48 GB), DeepSeek-V3 671B (fp8 671 GB), Llama 2 7B (32 layers, 32 heads = 32 KV heads, 128 dims: 512 KiB per token).
"""

from __future__ import annotations

import pytest
from conftest import H, V, W, check_claims

# What a size fits in is a bound on it: `fits into 24 GiB` holds for any smaller model, and is wrong only when the
# model is larger. What it does not fit in is no size of it (the sentence may count the cache and runtime too).
FIT_CASES = [
    ("en-fits-into-holds", "Llama 3.1 8B in Q4_K_M fits into 24 GiB with room to spare.\n", [H], ""),
    ("ru-vlezaet-holds", "Llama 3.1 70B в Q4_K_M влезает в 48 ГБ.\n", [H], ""),
    ("en-fits-in-wrong", "Qwen2.5 72B in int8 fits in 36 GB.\n", [W], "72.706 GB"),
    ("ru-pomeshchaetsya-wrong", "Llama 3.1 70B в bf16 помещается в 80 ГБ.\n", [W], "141.107 GB"),
    ("en-bf16-comfortably", "Llama 3.1 8B in bf16 fits comfortably in 24 GB.\n", [H], ""),
    ("ru-question-budget", "Сколько токенов влезет в 24 ГиБ после весов Llama 3.1 8B в Q4_K_M?\n", [H], ""),
    # look-alikes: not fitting is no size; a size said plainly is still the model's
    ("ru-ne-vlezet", "Llama 3.1 70B в Q4_K_M не влезет в 24 ГБ.\n", [], ""),
    ("en-wont-fit", "Llama 3.1 70B in Q4_K_M won't fit into 32 GB of RAM.\n", [], ""),
    ("en-plain-size-wrong", "Llama 3.1 70B in bf16 is 80 GB.\n", [W], "141.107 GB"),
]


@pytest.mark.parametrize(("text", "groups", "shown"), [c[1:] for c in FIT_CASES], ids=[c[0] for c in FIT_CASES])
def test_what_a_model_fits_in_is_a_bound(text: str, groups: list[str], shown: str) -> None:
    check_claims(text, groups, shown)


# A size per device under a model split, in a sentence that speaks of no memory in use, is the weights' share:
# the whole model (or twice the share) per card is wrong with the share in the message. Memory in use (`uses`,
# `memory`, the cache) may hold more than the weights: a reading. Replicas hold the whole model.
SHARE_CASES = [
    ("en-tp8-share-wrong", "Llama 3.1 70B in fp8 with TP=8: 17.6 GB per card.\n", [W], "8.819 GB"),
    ("en-tp8-share-holds", "Llama 3.1 70B in fp8 with TP=8: 8.8 GB per card.\n", [H], ""),
    ("ru-four-cards-wrong", "Llama 3.1 70B в int8 на четырёх L40S: по 35,3 ГБ на GPU.\n", [W], "17.638 GB"),
    ("en-tp-pp-wrong", "Llama 3.1 405B in bf16 with TP=8 × PP=2: each of the 16 GPUs holds 101.5 GB.\n", [W], "50.732 GB"),
    (
        "en-expert-parallel-wrong",
        "DeepSeek-V3 with expert parallelism over 8 GPUs: every GPU holds 671 GB of the fp8 weights.\n",
        [W],
        "83.878 GB",
    ),
    ("en-per-replica-wrong", "Llama 3.1 70B in fp8 on 2 × H100 per replica: 70.6 GB of weights per card.\n", [W], "35.277 GB"),
    # look-alikes: memory in use, replicas
    ("en-uses-reading", "Llama 3.1 70B in fp8 with TP=8 uses 17.6 GB per card.\n", [V], ""),
    ("en-replicas-hold", "Across 8 GPUs, each loads the 16 GB of Llama 3.1 8B bf16 weights.\n", [H], ""),
]


@pytest.mark.parametrize(("text", "groups", "shown"), [c[1:] for c in SHARE_CASES], ids=[c[0] for c in SHARE_CASES])
def test_a_share_per_device_is_the_weights_share(text: str, groups: list[str], shown: str) -> None:
    check_claims(text, groups, shown)


# The weights and their gradients said as one figure: both in the type stated (2 × its bytes per parameter), or one
# type each (`bf16 weights and fp32 gradients`: 2 + 4 B). Optimizer states in the sentence make it another sum.
GRADIENT_CASES = [
    ("en-weights-and-grads-holds", "Mixtral 8x7B: weights and gradients in bf16 take 187 GB.\n", [H], ""),
    ("ru-s-gradientami-holds", "Llama 3.1 70B: веса с градиентами в bf16 — 282 ГБ.\n", [H], ""),
    ("ru-s-gradientami-wrong", "Llama 3.1 70B: веса с градиентами в bf16 — 141 ГБ.\n", [W], "282.215 GB"),
    ("en-two-types", "Llama 3.1 8B: bf16 weights and fp32 gradients take 48 GB.\n", [H], ""),
    ("ru-two-types", "Llama 3.1 8B: веса в bf16 и fp32-градиенты — 48 ГБ.\n", [H], ""),
    ("en-bracket-after", "Llama 3.1 8B: weights and gradients take roughly 32 GB (both in bf16).\n", [H], ""),
    (
        "en-full-ft-needs-more",  # the recipe's total: Adam's states are left out, 16 B/param = 128.5 GB
        "Llama 3.1 8B: full fine-tuning needs roughly 32 GB (bf16 weights plus bf16 gradients), so not on 24 GB.\n",
        [W, V],
        "128.484 GB",
    ),
    # look-alike: the weights alone, then a sum with Adam's states (a part, not judged as weights + gradients)
    ("en-with-adam", "Llama 3.1 8B weights in bf16 take 16 GB; with gradients and Adam states it is 128 GB.\n", [H, V], ""),
]


@pytest.mark.parametrize(("text", "groups", "shown"), [c[1:] for c in GRADIENT_CASES], ids=[c[0] for c in GRADIENT_CASES])
def test_weights_with_their_gradients(text: str, groups: list[str], shown: str) -> None:
    check_claims(text, groups, shown)


# A rate computed from a size that is not the model's in the type the sentence states: the rate is judged on the
# model's own size (bandwidth / it), not only on the size divided by.
RATE_CASES = [
    ("en-fp16-halved", "Mistral-7B in fp16 on the H100: 3.35 TB/s / 7.24 GB = 463 tok/s.\n", [W, W], "14.483 GB"),
    (
        "en-reads-half",
        "Llama 3.1 8B in bf16 on an RTX 4090 (1008 GB/s) reads 8 GB per token, so about 126 tok/s.\n",
        [W, W],
        "16.061 GB",
    ),
    (
        "en-reads-right",
        "Llama 3.1 8B in bf16 on an RTX 4090 (1008 GB/s) reads 16 GB per token, so about 60 tok/s.\n",
        [H, H],
        "",
    ),
    # look-alike: the active experts' read of a mixture of experts named only by the figure
    (
        "en-active-read",
        "Mixtral 8x7B: if the active part (~6.4 GB at 4 bit) is read from DDR5 at ~60 GB/s, that's ~9 tok/s.\n",
        [H, H],
        "",
    ),
]


@pytest.mark.parametrize(("text", "groups", "shown"), [c[1:] for c in RATE_CASES], ids=[c[0] for c in RATE_CASES])
def test_a_rate_from_a_size_that_is_not_the_models(text: str, groups: list[str], shown: str) -> None:
    check_claims(text, groups, shown)


# A cache per token multiplied out with the model's query heads where grouped-query attention keeps fewer KV heads:
# the product is right and the cache too large; judged with the KV heads. Said on purpose (`without GQA`, `instead`),
# or for a model whose heads all keep K and V, it holds.
HEADS_CASES = [
    ("en-query-heads", "Llama 3.1 70B: 2 × 80 layers × 64 heads × 128 × 2 bytes = 2.5 MiB per token.\n", [W], "320 KiB"),
    ("ru-query-heads", "Llama 3.1 70B: на токен 2 × 80 слоёв × 64 головы × 128 × 2 байта = 2,5 МиБ.\n", [W], "320 KiB"),
    ("en-without-gqa", "Llama 3.1 70B without GQA: 2 × 80 × 64 × 128 × 2 bytes = 2.5 MiB per token.\n", [H], ""),
    ("en-kv-heads", "Llama 3.1 70B: 2 × 80 × 8 × 128 × 2 bytes = 320 KiB per token.\n", [H], ""),
    ("en-mha-model", "Llama 2 7B: 2 × 32 × 32 × 128 × 2 bytes = 512 KiB per token.\n", [H], ""),
]


@pytest.mark.parametrize(("text", "groups", "shown"), [c[1:] for c in HEADS_CASES], ids=[c[0] for c in HEADS_CASES])
def test_a_cache_product_with_the_query_heads(text: str, groups: list[str], shown: str) -> None:
    check_claims(text, groups, shown)


# Bits per weight of grouped int4 (GPTQ, AWQ, `g128`): 4 bits + an fp16 scale per group (+ a 4-bit zero point);
# NF4 with double quantization in a table row: 4.127 bits.
BPW_TABLE = (
    "# Formats\n\n| format | bits / weight | size (GiB) |\n|---|---|---|\n"
    "| bf16 | 16 | 131.4 |\n| GPTQ g128 | 4.16 | 34.1 |\n| AWQ g128 | 4.13 | 34.1 |\n| nf4 + double quant | 4.127 | 33.9 |\n"
    "| GPTQ g32 | 4.16 | 34.1 |\n"
)


def test_grouped_int4_and_nf4_bits_in_a_table() -> None:
    from conftest import note_claims

    judged = [c for c in note_claims(BPW_TABLE) if c.shape != "unread-size"]  # type: ignore[attr-defined]
    got = {c.line: (c.verdict.group, c.explanation) for c in judged}  # type: ignore[attr-defined]
    assert got[5][0] == H and got[6][0] == H and got[7][0] == H and got[8][0] == H, got
    assert got[9][0] == W and "4.5" in got[9][1], got  # 4 + 16 / 32 = 4.5 (4.625 with a zero point)


# A size said as a difference (what a type saves, frees, or how much smaller a model is) is no size of the model.
DIFFERENCE_CASES = [
    ("en-saves", "Llama 3.1 70B in nf4: double quantization saves about 3.3 GB against plain nf4.\n", [V], ""),
    ("ru-ekonomiya", "Llama 3.1 70B: fp8 даёт экономию 70 ГБ против bf16.\n", [V], ""),
    ("en-smaller-than", "Llama 3.1 70B in int4 is 35 GB smaller than in fp8.\n", [V], ""),
    ("en-more-or-less", "Llama 3.1 70B in bf16 is 141 GB more or less.\n", [H], ""),
    ("en-more-than-card", "Llama 3.1 70B in bf16 takes 141 GB, more than one card.\n", [H], ""),
]


@pytest.mark.parametrize(("text", "groups", "shown"), [c[1:] for c in DIFFERENCE_CASES], ids=[c[0] for c in DIFFERENCE_CASES])
def test_a_difference_is_no_size_of_the_model(text: str, groups: list[str], shown: str) -> None:
    check_claims(text, groups, shown)


# The model a note is about, keyed in its front matter under a key of its own (`model_under_test:` / `repo:`), is
# the subject of `the model` even when the note names other models further on.
PROPERTIES_NOTE = """---
model_under_test:
  repo: meta-llama/Llama-3.1-70B-Instruct
  layers: 80
---
# Quantization

**bf16:** the model is 141.1 GB as shipped.

**int8:** the model is 35 GB.

For comparison, Llama 3.1 8B in bf16 is 16 GB.
"""


def test_the_model_keyed_in_the_front_matter() -> None:
    from conftest import note_claims

    got = {c.line: (c.verdict.group, c.explanation) for c in note_claims(PROPERTIES_NOTE)}  # type: ignore[attr-defined]
    assert got[8][0] == H and "Llama-3.1-70B" in got[8][1], got
    assert got[10][0] == W and "70.554 GB" in got[10][1], got
    assert got[12][0] == H, got


# One token's time restating a rate said just before it: `a token takes`, `it is … per token` (1 / rate).
TOKEN_TIME_CASES = [
    ("en-a-token-takes-holds", "At 142 tok/s a token takes 7.0 ms.\n", [H, V], ""),
    ("en-a-token-takes-wrong", "At 40 tok/s a token takes 2.5 ms.\n", [W, V], "25"),
    ("en-it-is-per-token", "Decoding runs at 50 tok/s, that is 20 ms per token.\n", [H, V], ""),
]


@pytest.mark.parametrize(("text", "groups", "shown"), [c[1:] for c in TOKEN_TIME_CASES], ids=[c[0] for c in TOKEN_TIME_CASES])
def test_one_tokens_time_restating_a_rate(text: str, groups: list[str], shown: str) -> None:
    check_claims(text, groups, shown)


# Copies of a model named by its name are copies of its weights; a size said `each` is one copy's. A size naming its
# own part (`its 16 GB of weights`) is not the recipe's total said in another clause.
COPY_CASES = [
    (
        "en-two-copies-each",
        "DPO keeps two copies of Llama 3.1 8B, the policy and a frozen reference, 16 GB each in bf16.\n",
        [H],
        "",
    ),
    ("en-two-copies-total", "DPO keeps two copies of Llama 3.1 8B in bf16: 32 GB.\n", [H], ""),
    ("ru-dve-kopii-wrong", "Мы держим две копии Llama 3.1 8B в bf16 — 64 ГБ.\n", [W], "32.121 GB"),
    (
        "en-its-weights-not-recipe",
        "Llama 3.1 8B in bf16: the policy needs 16 bytes per parameter with Adam, about 128 GB, "
        "while the reference adds only its 16 GB of weights.\n",
        [H, H],
        "",
    ),
]


@pytest.mark.parametrize(("text", "groups", "shown"), [c[1:] for c in COPY_CASES], ids=[c[0] for c in COPY_CASES])
def test_copies_of_a_model_and_its_own_weights(text: str, groups: list[str], shown: str) -> None:
    check_claims(text, groups, shown)


# A cache said in a llama.cpp cache type (q8_0: 8.5 bits, q4_0: 4.5 bits per value) where no weights are named; a cache
# per token said by the noun before it; a latent cache's hypothetical without MLA is not judged.
CACHE_TYPE_CASES = [
    ("ru-q8-cache-bracket", "Llama 3.1 8B: в q8_0 (8,5 бита на значение) кэш на 128K займёт около 8,5 ГиБ.\n", [H, H], ""),
    ("ru-kv-q4", "Llama 3.1 8B: KV-кэш в q4_0 на 128K — около 4,5 ГиБ.\n", [H], ""),
    ("en-cache-in-q8-wrong", "Llama 3.1 8B: with the cache in q8_0, 128K tokens take about 17 GiB.\n", [W], "8.5 GiB"),
    ("ru-weights-in-q4", "Llama 3.1 8B в q4_0 с кэшем на 32K — около 8,9 ГБ.\n", [H], ""),
    (
        "en-per-token-cost",
        "Llama 3.1 8B: with fp8 the per-token cost halves to 64 KiB and the pool grows to ~934K tokens.\n",
        [H],
        "",
    ),
    ("en-per-token-cache-wrong", "Llama 3.1 8B: the per-token cache is 512 KiB.\n", [W], "128 KiB"),
    (
        "en-no-mla-stated-heads",
        "DeepSeek-V3 without MLA, with 128 heads × 128 dims for K and V over 61 layers, would need about 3.8 MiB per token.\n",
        [H],
        "",
    ),
    (
        "ru-no-mla-wrong",
        "DeepSeek-V3: без MLA, с обычными 128 головами по 128, было бы 2 × 61 × 128 × 128 × 2 байта — 7,6 МиБ на токен.\n",
        [W],
        "3.812 MiB",
    ),
    ("en-no-mla-unstated", "DeepSeek-V3 without MLA would need much more cache: about 3.8 MiB per token.\n", [V], ""),
    ("en-mla-holds", "DeepSeek-V3 keeps about 68.6 KiB of cache per token.\n", [H], ""),
]


@pytest.mark.parametrize(("text", "groups", "shown"), [c[1:] for c in CACHE_TYPE_CASES], ids=[c[0] for c in CACHE_TYPE_CASES])
def test_cache_types_and_per_token_nouns(text: str, groups: list[str], shown: str) -> None:
    check_claims(text, groups, shown)


# A model's parameter count kept as a front-matter property (`params_exact: 8030261248`, `gpt2_small_params: …`,
# `mixtral_active: 12.9B`) is read as the sentence it stands for; an adapter's or the embeddings' count is not.
COUNT_PROPERTIES_NOTE = """---
model: meta-llama/Llama-3.1-8B
params_exact: 8030261248
param_count: 8,030,261,248
gpt2_small_params: 124,439,808
base_params: 9.5B
lora_trainable: 13.6M
embedding_params: 525M
year: 2024
---
# Note

Body.
"""


def test_parameter_counts_kept_as_properties() -> None:
    from conftest import note_claims

    got = {c.line: (c.verdict.group, c.explanation) for c in note_claims(COUNT_PROPERTIES_NOTE)}  # type: ignore[attr-defined]
    assert got[3][0] == H and got[4][0] == H and got[5][0] == H, got
    assert got[6][0] == W and "8.03B" in got[6][1], got
    assert 7 not in got and 8 not in got and 9 not in got, got


# An answer below its question (FAQ, chat, problem set) is read after the question's words: the question gives the
# model, the batch and the context, the answer the figure. Llama 3.1 70B: 320 KiB per token; 4 × 32K = 40 GiB.
# Qwen2.5-7B: 56 KiB per token; 16 × 32K = 28 GiB.
ANSWERS_NOTE = """# FAQ

**Qwen2.5-7B, batch 16 × 32K?**
14 GiB.

**Llama 3.1 70B, 4 requests of 32K each?**
40 GiB, and with TP=4 that is 10 GiB per card.

Q: How big is the cache of Llama 3.1 8B per token?
A: 128 KiB.

**Llama 3.1 8B на 32K?**
Веса 16 ГБ.

**Что в итоге?**
Хватит 24 ГБ.
"""


def test_answers_read_after_their_questions() -> None:
    from conftest import note_claims

    got: dict[int, list[tuple[str, str, str]]] = {}
    for c in note_claims(ANSWERS_NOTE):
        got.setdefault(c.line, []).append((c.verdict.group, c.span, c.explanation))  # type: ignore[attr-defined]
    assert [g[0] for g in got[4]] == [W] and "28 GiB" in got[4][0][2], got
    assert [g[0] for g in got[7]] == [H, H] and got[7][1][1] == "10 GiB", got  # the share per card of TP=4
    assert [g[0] for g in got[10]] == [H], got
    # an answer naming what it sizes (`Веса`) is read with the question's model, no dtype: a reading; a question of
    # no figure gives nothing
    assert [g[0] for g in got[13]] == [V], got
    assert 16 not in got, got


# The second review's look-alikes (round 25): none of these is an error.
REVIEW_CASES = [
    ("en-tp4-two-replicas", "Llama 3.1 70B in fp8 on 8 GPUs, TP=4 × 2 replicas: 17.6 GB per card.\n", [V], ""),
    ("en-bf16-share-named", "Llama 3.1 70B in fp8 with TP=8: 17.6 GB per card, the bf16 share.\n", [V], ""),
    ("en-gradient-checkpointing", "Llama 3.1 8B weights in bf16 with gradient checkpointing enabled take 16 GB.\n", [H], ""),
    ("ru-gradient-checkpointing", "Llama 3.1 8B: веса в bf16 с градиентным чекпоинтингом занимают 16 ГБ.\n", [H], ""),
    (
        "en-int8-weight-only",
        "Llama 3.1 8B in fp16 with int8 weight-only quantization on an H100: 3.35 TB/s / 8 GB ≈ 419 tok/s.\n",
        [H, H],
        "",
    ),
    (
        "en-had-all-heads",
        "Llama 2 70B, had it kept all heads: 2 × 80 × 64 × 128 × 2 B = 2.5 MiB of KV cache per token.\n",
        [H],
        "",
    ),
    ("en-activations-product", "Llama 3.1 70B activations per token per layer: 2 × 80 × 64 × 128 × 2 B = 2.5 MiB.\n", [H], ""),
    ("en-experts-resident", "Mixtral 8x7B in bf16: active experts are 2 of 8 (93.4 GB resident).\n", [H], ""),
    ("en-two-gpus-each", "DPO keeps two copies of Llama 3.1 8B in bf16 on two GPUs with 24 GB each.\n", [], ""),
    ("ru-two-cards-each", "Мы держим две копии Llama 3.1 8B в bf16 на двух картах по 24 ГБ каждая.\n", [], ""),
    ("en-headroom-each", "Two copies of Llama 3.1 8B in bf16, with 40 GB of headroom each.\n", [V], ""),
    (
        "en-total-then-each",
        "We keep two copies of Llama 3.1 8B in bf16 (policy and reference): 32 GB in total, 16 GB each.\n",
        [H, H],
        "",
    ),
    ("en-ctk-q8", "Llama 3.1 8B: with -ctk q8_0 -ctv q8_0 the 128K cache is about 8.5 GiB.\n", [H], ""),
    ("en-dominated-by", "For Llama 3.1 8B, memory is dominated by 16 GB of bf16 weights.\n", [H], ""),
    ("en-adam-another-clause", "Llama 3.1 8B: bf16 weights and gradients need 32 GB, and Adam's states come on top.\n", [H], ""),
]


@pytest.mark.parametrize(("text", "groups", "shown"), [c[1:] for c in REVIEW_CASES], ids=[c[0] for c in REVIEW_CASES])
def test_second_review_look_alikes(text: str, groups: list[str], shown: str) -> None:
    check_claims(text, groups, shown)


PARAMS_70B_UNDER_8B = """---
model: meta-llama/Llama-3.1-8B
params_70b: 70,553,706,496
---
# Note

Body.
"""


def test_a_size_in_a_count_key_names_its_model() -> None:
    from conftest import note_claims

    assert not [c for c in note_claims(PARAMS_70B_UNDER_8B) if c.verdict.group == W]  # type: ignore[attr-defined]


# `without the window` after a figure is said of that figure only in its own clause (`4 ГиБ кэша; без окна — …` is the
# next one's). Mistral 7B: 128 KiB per token; a 4096-token window × batch 8 = 4 GiB.
def test_a_window_phrase_in_the_next_clause() -> None:
    check_claims("Mistral 7B, батч 8 × 8K с окном 4096: 4 ГиБ кэша; без окна — те же 4 ГиБ.\n", [H, V], "")
    check_claims("Mistral 7B at 32K: 512 MiB of cache with the sliding window, 4 GiB without the window.\n", [H, H], "")


# A marked answer below its working (`Решение: …` / `Ответ: 8 ГиБ.`) is read after the question above the working.
PROBLEM_SET = """# Задачи

## Задача 1

Какой KV-кэш у Llama 3.1 8B на 16K токенов при батче 4?

Решение: на токен 128 КиБ, всего 16 384 × 4 × 128 КиБ.

Ответ: 16 ГиБ.
"""


def test_a_marked_answer_after_its_working() -> None:
    from conftest import note_claims

    got = [(c.line, c.verdict.group, c.explanation) for c in note_claims(PROBLEM_SET)]  # type: ignore[attr-defined]
    assert [(line, group) for line, group, _ in got if line == 9] == [(9, W)] and "8 GiB" in got[-1][2], got


# The peak bandwidth of system memory: MT/s × 8 B × the channels the sentence states (LPDDR and GDDR are not read).
RAM_CASES = [
    ("en-dual-ddr5", "Dual-channel DDR5-5600 gives about 89.6 GB/s.\n", [H], ""),
    ("ru-dual-ddr4", "Двухканальная DDR4-3200 — 51,2 ГБ/с.\n", [H], ""),
    ("en-quad-wrong", "Quad-channel DDR5-4800: 307 GB/s.\n", [W], "153.6 GB/s"),
    ("en-per-channel", "DDR5-5600 delivers 44.8 GB/s per channel.\n", [H], ""),
    ("en-eight-channels", "8-channel DDR5-4800 on EPYC: 307 GB/s.\n", [H], ""),
    ("en-measured-below", "DDR5-5600 dual channel: 80 GB/s measured in practice.\n", [V], ""),
    ("en-double-wrong", "Dual-channel DDR5-5600: 179 GB/s.\n", [W], "89.6 GB/s"),
    # look-alikes: no channel count, other memory
    ("en-no-channels", "My DDR5-6000 kit does 60 GB/s in AIDA64.\n", [], ""),
    ("en-lpddr", "LPDDR5X-8533 on the phone gives 68 GB/s.\n", [], ""),
]


@pytest.mark.parametrize(("text", "groups", "shown"), [c[1:] for c in RAM_CASES], ids=[c[0] for c in RAM_CASES])
def test_system_memory_bandwidth(text: str, groups: list[str], shown: str) -> None:
    check_claims(text, groups, shown)
