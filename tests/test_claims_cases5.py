"""Claim cases of our own wording (English and Russian) for the fifth round of causes, found on
the development corpora A, B and C (written by others, blind): each row is a note (or a line), the
verdict groups its claims must come out with, and a fragment every wrong claim's message must show
(the right recomputation). None of these sentences is taken from a corpus."""

from __future__ import annotations

import pytest
from conftest import H, V, W, check_claims

# A percent said to be a share of a parameter count: part (a count before it in the sentence, a
# chain's result too) over the whole (a count after `of`/`от`/`всего`, else the model named, its
# exact count); an active share with no part stated is the model's active count over its total.
SHARES = [
    ("en-lora-of-model", "A LoRA on Qwen2.5-7B with r = 8 adds 10,092,544 trainable parameters, 0.13 % of the model.", [H], ""),
    (
        "en-lora-of-model-wrong",
        "A LoRA on Qwen2.5-7B with r = 8 adds 10,092,544 trainable parameters, 1.3 % of the model.",
        [W],
        "0.133",
    ),
    ("ru-of-count", "Адаптеры дают 2,1 млн обучаемых параметров, т. е. 0,07 % от 3,2 млрд.", [H], ""),
    ("ru-of-count-wrong", "Эмбеддинги занимают 1,1 млрд параметров — это 30 % от 14,8 млрд.", [W], "7.43"),
    ("en-active-share", "Mixtral-8x22B activates 28 % of its weights per token.", [H], ""),
    ("en-active-share-wrong", "DeepSeek-V3 activates 12 % of its parameters per token.", [W], "5.596"),
    ("ru-active-share-wrong", "У DeepSeek-V3 активны лишь 15 % параметров модели.", [W], "5.596"),
    (
        "en-other-whole",
        "Grouped-query attention on Llama-3.1-8B removes 1,048,576 weights, 75 % of the attention weights.",
        [],
        "",
    ),
    ("en-no-count", "The first 8,000,000 steps took 12 % of the budget.", [], ""),
    ("en-part-of-count", "Its embeddings are a fifth of Qwen2.5-7B (1.09B of 7.62B).", [V, H], ""),
    ("ru-part-of-count", "Эмбеддинги — пятая часть Qwen2.5-7B (1,09 млрд из 7,62 млрд).", [V, H], ""),
]


@pytest.mark.parametrize(("text", "groups", "shown"), [c[1:] for c in SHARES], ids=[c[0] for c in SHARES])
def test_shares(text: str, groups: list[str], shown: str) -> None:
    check_claims(text, groups, shown)


# Ratio wording between two figures: a per-token (or per-parameter) size before it and the one after
# `than`/`чем`, two parameter counts (`A has N parameters; B has M, about K times as many`), and each
# further ratio of a sentence between the storage types of its own clause, at the bits per weight the
# sentence states for them.
RATIOS = [
    (
        "ru-per-token-than-wrong",
        "Кэш Qwen2.5-14B на токен (192 КиБ) в 2 раза больше, чем у Qwen2.5-7B (56 КиБ).",
        [H, H, W],
        "3.429",
    ),
    ("en-per-token-than", "Per token Mistral-7B stores 128 KiB, 4 times less than Llama-2-7B (512 KiB).", [H, V, H], ""),
    ("en-second-dtype-ratio", "bf16 is 2× smaller than fp32, and fp32 → int4 is 4 times smaller.", [H, W], "ratio 8"),
    ("ru-second-dtype-ratio", "fp16 в 2 раза меньше fp32; int4 в 2 раза меньше fp16.", [H, W], "ratio 4"),
    ("ru-stated-bits", "Q3_K_S (3,64 бита на вес) в 6 раз меньше F16.", [H, W], "4.396"),
    (
        "en-param-counts",
        "`bert-base-cased` has 108,310,272 parameters; `bert-large-cased` has 333,579,264, about 5 times as many.",
        [H, W],
        "3.08",
    ),
    (
        "ru-tokens-not-params",
        "Qwen2.5-3B (3,09 млрд параметров) видела 18 трлн токенов — в 290 раз больше, чем Chinchilla.",
        [H],
        "",
    ),
    (
        "en-tokens-not-params",
        "Llama-3.2-1B has 1,235,814,400 parameters and was trained on 9T tokens, 7000 times as many.",
        [H],
        "",
    ),
]


@pytest.mark.parametrize(("text", "groups", "shown"), [c[1:] for c in RATIOS], ids=[c[0] for c in RATIOS])
def test_ratios(text: str, groups: list[str], shown: str) -> None:
    check_claims(text, groups, shown)


# A range of factors (`3–6×`, `в 3–6 раз`) or of bits (`4–8 bits`) applied to a size gives a range of
# sizes: the base is a size the sentence states, else the named model's weights in the widest storage
# type the sentence names (for bits: its parameters at those bits); each end is compared.
RANGES = [
    ("en-model-bits", "Quantising Qwen2.5-14B at 4–8 bits gives 7.4–14.8 GB.", [H], ""),
    ("en-model-bits-wrong", "Qwen2.5-14B at 4–8 bits takes 15–30 GB.", [W], "7.385 GB–14.77 GB"),
    ("ru-factor-base", "Сжатие в 3–6 раз превращает 96 ГБ в 16–32 ГБ.", [H], ""),
    ("ru-factor-base-wrong", "Сжатие в 3–6 раз превращает 96 ГБ в 32–64 ГБ.", [W], "16 GB–32 GB"),
    ("en-model-dtype-factor", "Going to 8 or 4 bits shrinks the Llama-3.1-8B bf16 weights by 2–4×, to 4–8 GB.", [H], ""),
    ("ru-bits-base", "Квантование 4–8 бит переводит bf16-веса на 60 ГБ в 15–30 ГБ.", [H], ""),
    ("en-no-base", "Runs take 2–4 hours and 10–20 GB of disk.", [], ""),
    ("ru-no-base", "Батч в 2–4 раза больше занимает 10–20 ГБ.", [], ""),
]


@pytest.mark.parametrize(("text", "groups", "shown"), [c[1:] for c in RANGES], ids=[c[0] for c in RANGES])
def test_ranges(text: str, groups: list[str], shown: str) -> None:
    check_claims(text, groups, shown)


# A KV cache total whose inputs sit around it: a line after one about the KV cache that gives a
# context or a batch (and does not name weights) is about the cache; the context and batch of a
# figure are the ones stated after the size before it (`at 8k it is …, and batch 8 at 8k — …`);
# `without the window` is the full context.
KV_AROUND = [
    (
        "en-after-kv-line",
        "# Notes\n\nQwen2.5-7B keeps 56 KiB of KV cache per token.\n\nAt 16k context that is 1.75 GiB per sequence.\n",
        [H, W],
        "0.875 GiB",
    ),
    (
        "en-after-kv-weights",
        "# Notes\n\nQwen2.5-7B keeps 56 KiB of KV cache per token.\n\nWith batch 4 its bf16 weights take 15.2 GB.\n",
        [H, H],
        "",
    ),
    (
        "ru-own-batch",
        "# Заметки\n\nДля Qwen2.5-7B: при 8192 токенах кэш — 0,44 ГиБ (0,47 ГБ), а батч 8 при 8192 токенах — 7 ГиБ.\n",
        [H, H, W],
        "3.5 GiB",
    ),
    ("en-without-window", "Without the sliding window, Mistral-7B would need 2 GiB of KV cache for a 16k context.", [H], ""),
    ("ru-without-window", "Без скользящего окна KV-кэш Mistral-7B на 16k контекста занял бы 2 ГиБ.", [H], ""),
]


@pytest.mark.parametrize(("text", "groups", "shown"), [c[1:] for c in KV_AROUND], ids=[c[0] for c in KV_AROUND])
def test_kv_around(text: str, groups: list[str], shown: str) -> None:
    check_claims(text, groups, shown)


# Ratio and percent wording whose figures sit in the sentence before on the same line: its storage
# type (or its last size, when this sentence states one) is the other side; a percent after a ratio
# in the same sentence restates it (a saving of 1 − 1/N).
ACROSS = [
    (
        "ru-percent-previous-dtypes",
        "Для Qwen2.5-14B берём int4 вместо bf16 (29,5 ГБ). Так мы экономим 50 % памяти.",
        [H, W],
        "75.0%",
    ),
    (
        "en-ratio-previous-dtype",
        "In bf16 the Llama-3.1-8B checkpoint is 16.1 GB. Its Q8_0 GGUF, at 8.5 GB, is 1.9 times smaller.",
        [H, H, H],
        "",
    ),
    ("ru-percent-after-ratio", "Если отключить окно, кэш вырастет в 4 раза, то есть окно экономит 25 %.", [W], "75.0%"),
    ("en-percent-after-halves", "Sharding over two cards halves the cache, a saving of 50 %.", [H], ""),
    ("en-ratio-previous-size", "The export was 12 GB. After pruning it is 9 GB, 1.5 times smaller.", [W], "1.333"),
    ("en-no-comparison", "The cache is 2 GiB. Prefill takes 30 % of the step.", [], ""),
]


@pytest.mark.parametrize(("text", "groups", "shown"), [c[1:] for c in ACROSS], ids=[c[0] for c in ACROSS])
def test_across_sentences(text: str, groups: list[str], shown: str) -> None:
    check_claims(text, groups, shown)


# A line that names no model is about the one the line just above it in its paragraph names (a
# flashcard's `Q:` line, a lead-in line): its model, its context and batch, whether it asks per token.
LEAD_IN = [
    ("en-qa-weights", "Q: How large is Qwen2.5-7B in bf16?\nA: About 30 GB.\n", [W], "15.231 GB"),
    ("en-qa-kv-total", "Q: KV cache of Qwen2.5-7B at 16k context with batch 4?\nA: 7 GiB.\n", [W], "3.5 GiB"),
    ("ru-qa-per-token", "Q: KV-кэш на токен у Qwen2.5-14B (fp16)?\nA: 192 КиБ; на 4096 токенов — 0,75 ГиБ.\n", [H, H], ""),
    ("ru-qa-count", "Q: Сколько параметров у Llama-3.2-3B?\nA: 3 212 749 824, т. е. ≈ 3,2 млрд.\n", [H, H], ""),
    ("en-lead-not-weights", "Qwen2.5-7B runs on one card.\nThe CUDA context adds 0.5 GB.\n", [], ""),
]


@pytest.mark.parametrize(("text", "groups", "shown"), [c[1:] for c in LEAD_IN], ids=[c[0] for c in LEAD_IN])
def test_lead_in(text: str, groups: list[str], shown: str) -> None:
    check_claims(text, groups, shown)


# Bits per weight of llama.cpp types listed together (`Q5_0 — 5.5 bits per weight, Q3_K — 3.4375`):
# each figure belongs to the type named right before it; the bare decimals of the list count once one
# figure says per weight; a type both a block format and a file mix holds at either figure (the block
# figure shown first); a table column headed bits/weight is its row's type's figure.
BITS = [
    ("ru-listed-types", "Справка: у Q5_0 5,5 бита на вес, у Q3_K — 3,4375, у IQ2_XS — 2,3125.", [H, H, H], ""),
    (
        "en-listed-types-wrong",
        "For reference, Q5_1 stores 6.0 bits per weight, Q2_K has 2.625 bits, and IQ3_XXS — 1.5 bits.",
        [H, H, W],
        "3.0625",
    ),
    ("en-iq-block-figure", "IQ1_M at 1.75 bits/weight is the smallest block here.", [H], ""),
    (
        "en-table-bits",
        "| type | bits/weight | size (GiB) |\n|---|---|---|\n"
        "| Q5_K_M | 5.70 | 5.33 |\n| Q6_K | 7.50 | 6.14 |\n| BF16 | 16.00 | 14.96 |\n",
        [H, W, H],
        "6.5625",
    ),
]


@pytest.mark.parametrize(("text", "groups", "shown"), [c[1:] for c in BITS], ids=[c[0] for c in BITS])
def test_bits_per_weight(text: str, groups: list[str], shown: str) -> None:
    check_claims(text, groups, shown)


# A paragraph right after one that names a single model is about that model when it states a
# recipe in bytes per parameter (each size takes the recipe said before it), unless the paragraph
# before counts a part of it (an adapter); a size said of the weights is not a KV total.
ABOVE = [
    (
        "ru-recipes-after-model",
        "Mistral-7B весит 14,5 ГБ в bf16.\n\n"
        "Рецепт ZeRO (16 байт/параметр) даёт ~116 ГБ; 8-битный Adam (12 байт/параметр) — около 170 ГБ.\n",
        [H, H, W],
        "86.901 GB",
    ),
    (
        "en-recipes-after-model",
        "Gemma-2-9B has 9,241,705,984 parameters.\n\n"
        "With mixed-precision Adam (16 bytes/param) that is about 148 GB; with 8-bit Adam (12 bytes/param) about 111 GB.\n",
        [H, H, H],
        "",
    ),
    (
        "en-adapter-part",
        "Gemma-2-9B gets a LoRA with 54,018,048 trainable parameters.\n\nFor those, Adam keeps 8 bytes/param: 432 MB.\n",
        [],
        "",
    ),
    (
        "en-weights-not-kv",
        "# N\n\nQwen2.5-7B keeps 56 KiB of KV cache per token.\n\n"
        "At 32k context and batch 2 that is 3.5 GiB; the weights alone are 15.2 GB.\n",
        [H, H, V],
        "",
    ),
]


@pytest.mark.parametrize(("text", "groups", "shown"), [c[1:] for c in ABOVE], ids=[c[0] for c in ABOVE])
def test_paragraph_above(text: str, groups: list[str], shown: str) -> None:
    check_claims(text, groups, shown)


# The two sizes a ratio or percent compares stay claims of their own when the sentence names the
# model they are of (each checked as that model's size); `double counting` is no ratio.
COMPARED_SIZES = [
    ("ru-sizes-and-percent", "В bf16 Qwen2.5-14B занимает 29,5 ГБ, в int8 — 14,8 ГБ, то есть на 50 % меньше.", [H, H, H], ""),
    (
        "en-sizes-and-ratio",
        "Stored as int4, Llama-3.1-8B is 8 GB — 4 times smaller than its 32.1 GB fp32 checkpoint.",
        [H, W, H],
        "4.015 GB",
    ),
    ("en-double-counting", "Adding both figures is double counting: the cache is 20 GB and the weights 40 GB.", [], ""),
]


@pytest.mark.parametrize(("text", "groups", "shown"), [c[1:] for c in COMPARED_SIZES], ids=[c[0] for c in COMPARED_SIZES])
def test_compared_sizes(text: str, groups: list[str], shown: str) -> None:
    check_claims(text, groups, shown)


# A training recipe stated in bytes per parameter (a lead-in line, a section of its own before a
# section about training, earlier on the line, `the 16-byte recipe`, `16 bytes each`) sizes the
# model sizes that follow with no storage type of their own; ZeRO-3 divides by the device count said
# last before the figure; `before activations` is no activation memory.
RECIPES = [
    (
        "en-lead-in-recipe",
        "# Budget\n\nMixed-precision Adam: 2 + 2 + 12 = 16 bytes per parameter.\n\n"
        "- Qwen2.5-7B needs 122 GB of states under this recipe.\n- ZeRO-3 over 4 GPUs gives 61 GB per GPU for Qwen2.5-7B.\n",
        [H, H, W],
        "30.462 GB",
    ),
    (
        "ru-recipe-section",
        "## Оптимизатор\n\nAdam в 8 бит: 12 байт на параметр.\n\n## Файнтюн\n\n- Gemma-2-9B потребует 55 ГБ.\n",
        [W],
        "110.9 GB",
    ),
    (
        "en-recipe-not-carried",
        "Mixed precision costs 16 bytes per parameter.\n\n## Serving\n\nQwen2.5-7B takes 15.2 GB.\n",
        [V],
        "",
    ),
    (
        "en-before-activations",
        "At 16 bytes per parameter, Qwen2.5-7B's training states come to ≈ 122 GB (without activations).\n",
        [H],
        "",
    ),
    (
        "en-bytes-each-devices",
        "Sharded with ZeRO-3 across 8 GPUs, Gemma-2-9B's states (9,241,705,984 parameters at 16 bytes each) "
        "are 18.5 GB per GPU; across 2 GPUs, 37 GB per GPU.\n",
        [H, H, W],
        "73.934 GB",
    ),
]


@pytest.mark.parametrize(("text", "groups", "shown"), [c[1:] for c in RECIPES], ids=[c[0] for c in RECIPES])
def test_recipes(text: str, groups: list[str], shown: str) -> None:
    check_claims(text, groups, shown)


# Who and what a figure is said of: the model compared with (`than B`, `чем у B`) is not the subject
# of a later figure unless the figure sits right after it; a size per token said earlier in a sentence
# about the cache (with no context) is per token; `4 bits = N GB` is weights at a storage level, not a
# conversion of bits; `12 B/param` is bytes per parameter, not 12 billion parameters.
SUBJECTS = [
    (
        "en-compared-model",
        "Per token, Llama-2-7B caches four times more than Mistral-7B does; 16 sequences of 4096 tokens take it 16 GiB.",
        [W],
        "32 GiB",
    ),
    (
        "ru-compared-figure",
        "Qwen2.5-7B хранит на токен 56 КиБ — в 16 раз меньше, чем у Llama-2-13B (800 КиБ).",
        [H, V, W],
        "14.29",
    ),
    ("ru-per-token-earlier", "Если хранить кэш в fp8, Qwen2.5-14B тратит на токен всего 48 КиБ.", [W], "96 KiB"),
    ("ru-bits-level", "Таблица: Qwen2.5-14B в 4 бит = 3,7 ГБ.", [W], "7.385 GB"),
    (
        "en-bytes-per-param-b",
        "## Llama-3.1-8B fine-tune\n\n- With 8-bit Adam (12 B/param) it comes to 48 GB.\n",
        [W],
        "96.363 GB",
    ),
]


@pytest.mark.parametrize(("text", "groups", "shown"), [c[1:] for c in SUBJECTS], ids=[c[0] for c in SUBJECTS])
def test_subjects(text: str, groups: list[str], shown: str) -> None:
    check_claims(text, groups, shown)


# A table column whose header states the context (`16k context (GiB)`, `контекст 8k, ГиБ`) holds
# cache totals at that context when another column of the table is headed with the KV cache.
KV_TABLE = [
    (
        "en-context-header",
        "| model | KV per token (KiB) | 16k context (GiB) |\n|---|---|---|\n"
        "| Qwen2.5-7B | 56 | 0.875 |\n| Qwen2.5-14B | 192 | 6 |\n",
        [H, H, H, W],
        "3 GiB",
    ),
    (
        "ru-context-header",
        "| модель | KV на токен (КиБ) | контекст 8k, ГиБ |\n|---|---|---|\n| Mistral-7B | 128 | 1 |\n",
        [H, H],
        "",
    ),
    ("en-no-kv-column", "| model | 16k context (GiB) |\n|---|---|\n| Qwen2.5-7B | 0.875 |\n", [V], ""),
]


@pytest.mark.parametrize(("text", "groups", "shown"), [c[1:] for c in KV_TABLE], ids=[c[0] for c in KV_TABLE])
def test_kv_table(text: str, groups: list[str], shown: str) -> None:
    check_claims(text, groups, shown)
