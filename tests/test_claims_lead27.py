"""Claim cases of our own wording for the twenty-seventh round's lead rules (written before each rule, values by hand).

Facts (claims-gold): Llama 3.1 8B 8.03B params, 32 layers, 8 KV heads, head dim 128: 128 KiB of bf16 cache per token, 1 GiB
at 8K; Qwen2.5-72B 80 layers, 8 KV heads: 320 KiB per token, 80 KiB per card at TP=4; Qwen2.5-32B 64 layers, 8 KV heads:
256 KiB per token, 8 GiB at 32K; DeepSeek-V3 61 layers × (512 + 64) latent × 2 B = 70,272 B per token (1.072 GiB at 16K);
Mixtral 8x7B 46.70B stored, 12.88B active (6.44 GB read per token in int4).
"""

from __future__ import annotations

import pytest
from conftest import H, V, W, check_claims
from conftest import check_claims as check_judged


def _case(c: object) -> object:
    values, marks = (c.values, c.marks) if hasattr(c, "marks") else (c, ())  # type: ignore[attr-defined]
    return pytest.param(*values[1:], id=values[0], marks=marks)  # type: ignore[index]


# A second figure of a line takes its own words: the cache one size names, the type that labels another, a count of
# elements times bytes written `B`, a total of tokens restated after a product, a share per card said before the split.
OWN_WORDS_CASES = [
    ("en-elements-times-B", "float32: 10M × 1,024 B ≈ 10.2 GB.\n", [H], ""),
    ("en-elements-times-B-wrong", "10M × 1,024 B = 20 GB in float32.\n", [W], "10.24 GB"),
    ("en-billions-times-B", "6.74 B × 16 B = 107.8 GB\n", [H], ""),
    ("en-file-plus-cache", "Llama 3.1 8B: Q8_0 at 8.5 GB + 1 GiB of cache at 8K fits a 12 GB card.\n", [H, H], ""),
    ("en-file-plus-cache-wrong", "Llama 3.1 8B: Q8_0 at 8.5 GB + 0.25 GiB of cache at 8K.\n", [H, W], "1 GiB"),
    ("ru-cache-own-type", "Llama 3.1 8B: кэш q8_0 на 8K — 0,53 ГиБ.\n", [H], ""),
    ("en-read-per-token", "Mixtral 8x7B in int4: 23.4 GB on disk and ~6.4 GB read per token.\n", [H, H], ""),
    ("en-read-per-token-wrong", "Mixtral 8x7B in int4: 23.4 GB on disk and ~12.9 GB read per token.\n", [H, W], "6.44 GB"),
    ("ru-one-card-per-token", "Qwen2.5-72B: кэш на токен на одну карту при TP=4 — 80 КиБ.\n", [H], ""),
    ("ru-one-card-per-token-wrong", "Qwen2.5-72B: кэш на токен на одну карту при TP=4 — 320 КиБ.\n", [W], "80 KiB"),
    (
        "en-conversation-context",
        "Llama 3.1 8B keeps 128 KiB of cache per token.\nA 16K conversation therefore needs 2 GiB; at 64K it is 4 GiB.\n",
        [H, H, W],
        "8 GiB",
    ),
    (
        "en-thirty-two-of-them",
        "DeepSeek-V3 MLA cache: a 16K conversation needs 1.07 GiB; thirty-two of them: 34.3 GiB.\n",
        [H, H],
        "",
    ),
    (
        "en-restated-tokens",
        "Qwen2.5-7B:\n\n- Cache: 56 KiB per token.\n- Clip: 30 frames of 256 tokens = 7 680 tokens, cache 14 MiB.\n",
        [H, V],
        "",
    ),
    (
        "ru-restated-tokens-list",
        "- Кэш Qwen2-VL: 56 КиБ на токен.\n- Ролик: 30 кадров по 256 токенов = 7 680 токенов, кэш 14 МиБ.\n",
        [V, W],  # (Qwen2-VL is not catalogued: its size per token is not judged; the total is the stated size × the tokens)
        "420 MiB",
    ),
]


@pytest.mark.parametrize(("text", "groups", "shown"), [_case(c) for c in OWN_WORDS_CASES])
def test_a_figure_takes_its_own_words(text: str, groups: list[str], shown: str) -> None:
    check_claims(text, groups, shown)


# Sizes that are no model's size and no cache total: a memory pool, a part of a total restated, a quoted product name, a
# sum of models named in the plural, a FLOP total over tokens the note does not count, a bound read as the weights.
NOT_THE_MODELS_CASES = [
    ("en-pool", "Llama 3.1 70B in bf16 on 8 GPUs. Largest pool: vLLM with 60 GiB, ≈ 200K tokens.\n", [V], ""),
    ("en-each-card-aside", "2 × 24 = 48 GB in total (each card shows 24 GiB).\n", [H], ""),
    ("ru-quoted-product-name", "Карта H100 «80GB» — это 80 ГиБ, или 85,9 ГБ.\n", [H], ""),
    ("en-plural-models-together", "Llama 3.1 8B. The small encoders from the table add 3.2 GB together.\n", [V], ""),
    ("en-flop-total", "An embedder with 100M parameters costs 2·N FLOP per token, so the corpus is about 2e18 FLOP.\n", [V], ""),
    ("en-flop-per-token-wrong", "An embedder with 100M parameters costs about 2e9 FLOP per token (2·N).\n", [W], "2e+08"),
    (
        "ru-bound-not-weights",
        "# Llama 3.1 8B\n\n- Веса bf16 + контекст 8K — меньше 20 ГБ.\n- Потолок при 1000 ГБ/с — около 60 ток/с.\n",
        [H, V],
        "",
    ),
    (
        "ru-awq-heading-cache",
        "## Qwen2.5-32B (AWQ)\n\n- Веса int4: 16,4 ГБ.\n- Кэш 256 КиБ на токен, 32K → 8 ГиБ.\n",
        [H, H, H],
        "",
    ),
]


@pytest.mark.parametrize(("text", "groups", "shown"), [_case(c) for c in NOT_THE_MODELS_CASES])
def test_sizes_that_are_not_the_models(text: str, groups: list[str], shown: str) -> None:
    check_claims(text, groups, shown)


# Figures a table row, a device count or a role word says whose they are: a row label ending in its unit, a label saying
# one card's share, more than any accelerator holds said per card, shards of a checkpoint, the draft of speculative
# decoding (a draft of an answer is none).
WHOSE_CASES = [
    (
        "ru-row-unit-scorecard",
        "Llama 3.1 405B.\n\n| утверждение | в ответе | правильно |\n|---|---|---|\n| веса bf16, ГБ | 405 | 811,7 |\n",
        [W, H],
        "811.707 GB",
    ),
    (
        "ru-row-unit-per-card",
        "Llama 3.1 405B.\n\n| утверждение | в ответе | правильно |\n|---|---|---|\n| доля на карту FP8, ГБ | 405 | 50,7 |\n",
        [V, V],
        "",
    ),
    ("ru-more-than-a-card-holds", "Llama 3.1 405B в FP8: на каждую из 8 карт H100 приходится 405 ГБ.\n", [W], "50.732 GB"),
    ("en-shards-each", "The fp32 upload of Llama-3-8B comes as 4 shards of 16 GB each.\n", [W], "8.03 GB"),
    ("en-shards-each-holds", "The fp32 upload of Llama-3-8B comes as 4 shards of 8 GB each.\n", [H], ""),
    ("ru-shards-po", "Llama-3-8B в bf16 — 4 шарда по 4 ГБ.\n", [H], ""),
    ("ru-cards-po-share", "Llama-3-70B в bf16 на 2 картах по 70,5 ГБ весов.\n", [H], ""),
    ("ru-cards-po-capacity", "Llama-3-70B в bf16 на 2 картах по 80 ГБ не влезает.\n", [], ""),
    ("en-answer-draft-listed", "Llama 3.1 8B. The same draft also listed 256 KiB of cache per token.\n", [W], "128 KiB"),
    ("en-draft-role-clause", "Llama 3.1 70B serves as the target; the draft takes 2.5 GB in bf16.\n", [V], ""),
    ("en-draft-bound", "Speculative decoding: Llama 3.2 1B is the draft; it takes 2.5 GB in bf16.\n", [H], ""),
]


@pytest.mark.parametrize(("text", "groups", "shown"), [_case(c) for c in WHOSE_CASES])
def test_whose_figure_it_is(text: str, groups: list[str], shown: str) -> None:
    check_claims(text, groups, shown)


# Review 8 (a read-only reviewer's right statements in new styles): a decimal comma after a zero, a share of sizes, the
# cache type a KV heading names, a table's bytes-per-parameter column, a saving, the parts of the training states, a rate
# said for a later clause, a model called by its variant word.
REVIEW8_CASES = [
    ("ru-zero-comma-share", "LoRA r=8 на Llama-3-8B: 1 703 936 параметров, то есть 0,021% модели.\n", [V, H], ""),
    (
        "en-share-of-sizes-not-counts",
        "Qwen2.5-7B at 128K context: 7 GiB of KV cache vs 15.23 GB of bf16 weights, about 49% of the weights.\n",
        [H, H],
        "",
    ),
    (
        "en-kv-heading-type",
        "## fp8 KV cache, Llama-3-8B\n\nAn 8192-token sequence: 512 MiB; 16 such sequences: 8 GiB.\n",
        [H, H],
        "",
    ),
    ("en-kv-heading-type-wrong", "## fp8 KV cache, Llama-3-8B\n\nAn 8192-token sequence: 2 GiB.\n", [W], "1 GiB"),
    (
        "en-bytes-per-param-column",
        "Llama-2-7B, full fine-tune.\n\n| part | bytes/param | total |\n|---|---|---|\n| fp32 master + m + v | 12 | 80.86 GB |\n",
        [H],
        "",
    ),
    (
        "en-bytes-per-param-column-wrong",
        "Llama-2-7B, full fine-tune.\n\n| part | bytes/param | total |\n|---|---|---|\n| fp32 master + m + v | 12 | 40 GB |\n",
        [W],
        "80.861 GB",
    ),
    ("en-saving-not-a-recipe", "Llama-3-8B: the 8-bit optimizer saves 32.12 GB compared with the 16-byte recipe.\n", [V], ""),
    (
        "en-states-parts",
        "Llama-2-13B, mixed-precision Adam: bf16 weights 26.03 GB, fp32 master copy 52.06 GB, Adam m and v 104.13 GB.\n",
        [H, H, V],
        "",
    ),
    ("en-own-rate-in-brackets", "Llama 2 7B in bf16 needs 108 GB (16 bytes/param).\n", [H], ""),
    (
        "en-rate-of-a-later-clause",
        "Llama-2-7B: fp16 weights 13.48 GB; with Adam at 16 bytes/param the states take 107.8 GB.\n",
        [H, H],
        "",
    ),
    (
        "en-variant-words",
        "bert-base-uncased: 109,482,240 params.\nbert-large-uncased: 335,141,888 params.\n"
        "In fp16 the base model is 219 MB and the large one 670 MB.\n",
        [H, H, H, H],
        "",
    ),
    (
        "en-variant-words-wrong",
        "bert-base-uncased: 109,482,240 params.\nbert-large-uncased: 335,141,888 params.\n"
        "In fp16 the base model is 438 MB and the large one 670 MB.\n",
        [H, H, W, H],
        "218.964 MB",
    ),
]


@pytest.mark.parametrize(("text", "groups", "shown"), [_case(c) for c in REVIEW8_CASES])
def test_review8_statements(text: str, groups: list[str], shown: str) -> None:
    check_claims(text, groups, shown)


# Review 9 (a second read-only reviewer, other styles): a parallelism setting is no arithmetic, batches in words, an
# amount set aside, a part and its whole or two sides of a comparison, a type compared with, `the model` after a cache
# line, the weights added to a batch, another part named between two sizes.
REVIEW9_CASES = [
    ("en-tp-setting", "Llama-3-8B runs on 2× L4 with TP=2 and batch=8.\n", [], ""),
    (
        "en-heading-names-one-size",
        "Notes on Llama-3.1-8B and Llama-3.1-70B serving.\n\n## 4. Large tier: 70B on 4 cards, TP=4\n\n"
        "- Weights in bf16: 141.1 GB in total, 35.3 GB per card.\n- Weights in fp8: 35.3 GB per card.\n",
        [H, H, W],
        "17.638 GB",
    ),
    ("en-twelve-sequences", "Llama-3-8B: twelve concurrent 32K sequences need 48 GiB of KV cache.\n", [H], ""),
    ("en-thirty-two-sequences", "Llama-3-8B: thirty-two sequences of 8K tokens need 32 GiB of KV cache.\n", [H], ""),
    ("ru-pyat-posledovatelnostey", "Llama-3-8B: пять последовательностей по 32K — 20 ГиБ кэша.\n", [H], ""),
    ("en-twelve-sequences-wrong", "Llama-3-8B: twelve concurrent 32K sequences need 4 GiB of KV cache.\n", [W], "48 GiB"),
    ("en-left-for-the-cache", "Llama-3-8B: if we leave 12 GiB for the cache, 9 sequences of 8K fit.\n", [], ""),
    ("en-part-out-of-whole", "Mixtral 8x7B in bf16: the active experts take 25.76 GB out of 93.41 GB.\n", [H, V], ""),
    ("ru-part-iz-whole", "Mixtral 8x7B: на токен в bf16 работают 25,76 ГБ из 93,41 ГБ.\n", [V, H], ""),
    ("en-mha-vs-gqa", "Llama-2-70B KV cache at 32K tokens: 80 GiB (MHA) vs 10 GiB (GQA).\n", [V, H], ""),
    ("en-vs-own-types", "Llama-3-8B: 16.06 GB in bf16 vs 16 GB in int8.\n", [H, W], "8.03 GB"),
    ("en-type-compared-with", "Mistral 7B: 3.62 GB, a quarter of the bf16 size.\n", [V], ""),
    ("en-type-compared-with-own", "Mistral 7B in int4 is 3.62 GB, a quarter of bf16.\n", [H], ""),
    (
        "en-the-model-after-cache",
        "Llama 3 8B keeps 128 KiB of cache per token; at 8K that is 1 GiB per sequence.\n"
        "In int8 the model drops to 8.03 GB; in int4 to about 4 GB.\n",
        [H, H, H, H],
        "",
    ),
    (
        "en-with-the-weights",
        "Mistral-7B: weights in bf16 are 14.48 GB, so a batch of 64 in fp8 together with the weights is about 29.5 GiB.\n",
        [H, V],
        "",
    ),
    (
        "ru-weights-between-sizes",
        "Llama-3-8B: батч из 8 последовательностей по 8K — 8 ГиБ кэша, вместе с весами в bf16 (16,06 ГБ) уже 24,6 ГБ.\n",
        [H, V, V],
        "",
    ),
]


@pytest.mark.parametrize(("text", "groups", "shown"), [_case(c) for c in REVIEW9_CASES])
def test_review9_statements(text: str, groups: list[str], shown: str) -> None:
    check_claims(text, groups, shown)


# A count of parameters no shape could tie to a model's config (a part, a layer, another model) is reported unverifiable
# (VK404) instead of vanishing; a model called by its size (`the 1B`) is a name, not a count.
UNREAD_COUNT_CASES = [
    (
        "ru-layer-counts",
        "Llama 3.2 1B: внимание на слой: q и o по 4 194 304 параметров, k и v по 1 048 576 — всего 10 485 760 на слой.\n",
        [V, V, V],
    ),
    ("en-size-name-is-no-count", "The 1B has 1.24B parameters, of which 262.7M are embeddings.\n", [V, V]),
    ("en-no-params-word", "The dataset has 1,048,576 rows and 4,194,304 cells.\n", []),
]


@pytest.mark.parametrize(("text", "groups"), [_case(c) for c in UNREAD_COUNT_CASES])
def test_an_untied_parameter_count_is_reported(text: str, groups: list[str]) -> None:
    check_judged(text, groups, "", unread=True)


# Review 10 (a third reviewer, on fine-tuning, speculative decoding, cost sheets, purchase reports): tokens counted times a
# batch with the size per token said before, weights and cache together, a rate per device stated under ZeRO, a card's
# marketed memory beside its reading, chunks counted (not parameters).
REVIEW10_CASES = [
    ("en-batch-times-tokens", "KV cache: 128 KiB/token; batch 64 × 2,048 tokens = 16 GiB of cache.\n", [H], ""),
    ("ru-batch-times-tokens", "Llama-3-8B: 128 КиБ на токен; 8 × 4096 токенов = 4 ГиБ.\n", [H, H], ""),
    ("ru-batch-times-tokens-wrong", "Llama-3-8B: 128 КиБ на токен; 8 × 4096 токенов = 8 ГиБ.\n", [H, W], "4 GiB"),
    (
        "ru-weights-and-cache-together",
        "Qwen2.5-7B: батч 32 × 4096 токенов → 7 ГиБ кэша; веса и кэш вместе ≈ 22,75 ГБ.\n",
        [H, V],
        "",
    ),
    ("en-zero1-rate-per-device", "Llama-3-8B, ZeRO-1 on 8 GPUs: 5.5 B/param → 44.17 GB per GPU.\n", [H], ""),
    ("en-zero3-divided-rate", "Llama-3-8B, ZeRO-3 on 8 GPUs: 16/8 = 2 bytes/param → 16.06 GB per GPU.\n", [H, H], ""),
    ("ru-card-reading", "Куплено 2 × RTX 4090 по 24 ГБ (24 564 МиБ по nvidia-smi).\n", [], ""),
    ("ru-chunks-not-params", "Для 50 млн фрагментов bge-m3 в fp16 — 102,4 ГБ.\n", [], ""),
    ("en-bytes-said-in-brackets", "Llama 3 8B logits: 1e9 tokens × 20 × (2 + 4) bytes = 240 GB.\n", [W], "120 GB"),
]


@pytest.mark.parametrize(("text", "groups", "shown"), [_case(c) for c in REVIEW10_CASES])
def test_review10_statements(text: str, groups: list[str], shown: str) -> None:
    check_claims(text, groups, shown)
