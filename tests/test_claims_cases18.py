"""Claim cases of our own wording (English and Russian) for the eighteenth round, the sized unit: a
model a figure is compared with is not its subject; a list about the KV cache keeps its items about
the cache; a batch said in words and a context said as an N-token window are read."""

from __future__ import annotations

import pytest
from conftest import H, V, W, check_claims

COMPARED_MODEL = [
    # a size name after a comparative (`more than the 70B`) is the model compared with, not the figure's own
    ("en-more-than-the-70b", "# Llama-2-7B\n\nOne sequence of 4096 tokens keeps 2 GiB of cache, far more than the 70B.", [H], ""),
    (
        "ru-bolshe-chem-u-70b",
        "# Llama-2-7B\n\nОдна последовательность в 4096 токенов держит 2 ГиБ кэша — больше, чем у 70B.",
        [H],
        "",
    ),
    ("en-unlike-the-70b", "# Llama-2-7B\n\nUnlike the 70B, it keeps 2 GiB of cache for a 4096-token sequence.", [H], ""),
    # … a wrong figure of the same shape is still an error, with the right value
    (
        "en-more-than-wrong",
        "# Llama-2-7B\n\nOne sequence of 4096 tokens keeps 8 GiB of cache, far more than the 70B.",
        [W],
        "2 GiB",
    ),
    (
        "ru-bolshe-chem-wrong",
        "# Llama-2-7B\n\nОдна последовательность в 4096 токенов держит 8 ГиБ кэша — больше, чем у 70B.",
        [W],
        "2 GiB",
    ),
    # … and a size name that is the subject stays the subject: another model than the heading's, unverifiable
    # … while the 70B as the subject is the heading model's sibling (Llama-2-70B: 320 KiB per token, 1.25 GiB)
    ("en-the-70b-is-subject", "# Llama-2-7B\n\nFor one 4096-token sequence the 70B keeps 2 GiB of cache.", [W], "1.25 GiB"),
]


@pytest.mark.parametrize(("text", "groups", "shown"), [c[1:] for c in COMPARED_MODEL], ids=[c[0] for c in COMPARED_MODEL])
def test_a_model_compared_with_is_not_the_subject(text: str, groups: list[str], shown: str) -> None:
    check_claims(text, groups, shown)


KV_LIST = [
    # an item of a list about the cache giving a batch is a cache total at the context stated above it
    (
        "en-kv-list-batch",
        (
            "Mixtral-8x7B, KV cache in fp16:\n\n"
            "- 128 KiB for each token;\n"
            "- one 32k context takes 4 GiB;\n"
            "- a batch of 4 such contexts needs 16 GiB."
        ),
        [H, H, H],
        "",
    ),
    (
        "ru-kv-list-batch",
        (
            "Mixtral-8x7B, KV-кэш в fp16:\n\n"
            "- 128 КиБ на каждый токен;\n"
            "- один контекст 32k занимает 4 ГиБ;\n"
            "- при батче 4 это уже 16 ГиБ."
        ),
        [H, H, H],
        "",
    ),
    # … a wrong total in the same place is wrong with the total at that batch
    (
        "en-kv-list-batch-wrong",
        (
            "Mixtral-8x7B, KV cache in fp16:\n\n"
            "- 128 KiB for each token;\n"
            "- one 32k context takes 4 GiB;\n"
            "- at batch 8 that grows to 16 GiB."
        ),
        [H, H, W],
        "32 GiB",
    ),
    (
        "ru-kv-list-batch-wrong",
        (
            "Mixtral-8x7B, KV-кэш в fp16:\n\n"
            "- 128 КиБ на каждый токен;\n"
            "- один контекст 32k занимает 4 ГиБ;\n"
            "- при батче 8 это уже 16 ГиБ."
        ),
        [H, H, W],
        "32 GiB",
    ),
    # … an item about the weights between ends the cache's list: the figure after it is no cache total
    (
        "en-kv-list-weights-item",
        (
            "Mixtral-8x7B:\n\n"
            "- the KV cache is 128 KiB per token;\n"
            "- the weights take 93.4 GB in bf16;\n"
            "- at batch 8 and 32k context it is 93.4 GB still."
        ),
        [H, H],
        "",
    ),
]


@pytest.mark.parametrize(("text", "groups", "shown"), [c[1:] for c in KV_LIST], ids=[c[0] for c in KV_LIST])
def test_a_list_about_the_cache_keeps_its_items_about_the_cache(text: str, groups: list[str], shown: str) -> None:
    check_claims(text, groups, shown)


BATCH_IN_WORDS = [
    # a batch said in words, and a context said as an N-token window
    (
        "en-four-full-windows",
        "# Qwen2.5-7B\n\nIn fp16 a full 32,768-token window is 1.75 GiB of cache; four such windows in one batch take 7 GiB.",
        [H, H],
        "",
    ),
    (
        "ru-chetyre-posledovatelnosti",
        "# Qwen2.5-7B\n\nВ fp16 кэш на 32k токенов — 1,75 ГиБ; четыре такие последовательности в батче — 7 ГиБ.",
        [H, H],
        "",
    ),
    # … a wrong total is wrong with the total of the batch said in words
    (
        "en-four-windows-wrong",
        "# Qwen2.5-7B\n\nIn fp16 a full 32,768-token window is 1.75 GiB of cache; four such windows in one batch take 3.5 GiB.",
        [H, W],
        "7 GiB",
    ),
    (
        "ru-chetyre-wrong",
        "# Qwen2.5-7B\n\nВ fp16 кэш на 32k токенов — 1,75 ГиБ; четыре такие последовательности в батче — 3,5 ГиБ.",
        [H, W],
        "7 GiB",
    ),
    ("en-window-wrong", "# Qwen2.5-7B\n\nIn fp16 the KV cache of a full 32,768-token window is 3.5 GiB.", [W], "1.75 GiB"),
]


@pytest.mark.parametrize(("text", "groups", "shown"), [c[1:] for c in BATCH_IN_WORDS], ids=[c[0] for c in BATCH_IN_WORDS])
def test_a_batch_in_words_and_a_token_window_are_read(text: str, groups: list[str], shown: str) -> None:
    check_claims(text, groups, shown)


ONE_DEVICE_OF_A_SPLIT = [
    # `on one GPU` under a split the sentence names is one device's share, not the whole
    (
        "en-one-gpu-share",
        "# Llama-3-70B\n\nAt 8192 context and batch 16 the KV cache is 40 GiB; with TP=4 one GPU holds 10 GiB of it.",
        [H, H],
        "",
    ),
    (
        "ru-odna-karta-share",
        "# Llama-3-70B\n\nKV при контексте 8192 и батче 16 — 40 ГиБ.\nНа одну карту при TP=4 это 10 ГиБ.",
        [H, H],
        "",
    ),
    # … the whole said of one device is wrong with the share
    (
        "en-one-gpu-whole",
        "# Llama-3-70B\n\nAt 8192 context and batch 16 the KV cache is 40 GiB; with TP=4 one GPU holds 40 GiB of it.",
        [H, W],
        "10 GiB",
    ),
    (
        "ru-odna-karta-whole",
        "# Llama-3-70B\n\nKV при контексте 8192 и батче 16 — 40 ГиБ.\nНа одну карту при TP=4 это тоже 40 ГиБ.",
        [H, W],
        "10 GiB",
    ),
    # … and with no split named, a model on one GPU is the whole model
    ("en-one-gpu-no-split", "Llama-2-7B in bf16 runs on one GPU: 13.5 GB.", [H], ""),
]


@pytest.mark.parametrize(
    ("text", "groups", "shown"), [c[1:] for c in ONE_DEVICE_OF_A_SPLIT], ids=[c[0] for c in ONE_DEVICE_OF_A_SPLIT]
)
def test_one_device_of_a_split_holds_a_share(text: str, groups: list[str], shown: str) -> None:
    check_claims(text, groups, shown)


SAME_SETUP = [
    # `the same cache` in another dtype is the setup of the line above (context and batch)
    (
        "en-same-cache-fp8",
        "Llama-2-70B serving:\n\n- context 4096 at batch 32, the fp16 KV cache takes 40 GiB;\n- in fp8 the same cache is 20 GiB.",
        [H, H],
        "",
    ),
    (
        "ru-tot-zhe-kesh-fp8",
        "Llama-2-70B в проде:\n\n- контекст 4096 при батче 32, KV-кэш в fp16 — 40 ГиБ;\n- в fp8 тот же кэш — 20 ГиБ.",
        [H, H],
        "",
    ),
    # … a wrong figure there is wrong with the value of that setup
    (
        "en-same-cache-wrong",
        "Llama-2-70B serving:\n\n- context 4096 at batch 32, the fp16 KV cache takes 40 GiB;\n- in fp8 the same cache is 30 GiB.",
        [H, W],
        "20 GiB",
    ),
    (
        "ru-tot-zhe-kesh-wrong",
        "Llama-2-70B в проде:\n\n- контекст 4096 при батче 32, KV-кэш в fp16 — 40 ГиБ;\n- в fp8 тот же кэш — 30 ГиБ.",
        [H, W],
        "20 GiB",
    ),
]


@pytest.mark.parametrize(("text", "groups", "shown"), [c[1:] for c in SAME_SETUP], ids=[c[0] for c in SAME_SETUP])
def test_the_same_cache_is_the_setup_above(text: str, groups: list[str], shown: str) -> None:
    check_claims(text, groups, shown)


KIB_OF_THE_CACHE = [
    # kibibytes in a sentence that names the cache are its size per token, never a model's weights
    ("en-kib-cache-later", "# Llama-2-70B\n\n- In fp8: 160 KiB, a cache half the size of fp16.", [H], ""),
    ("ru-kib-kesh-dalshe", "# Llama-2-70B\n\n- В fp8 — 160 КиБ, кэш вдвое меньше, чем в fp16.", [H, H], ""),
    # … a wrong one is wrong with the size per token
    ("en-kib-cache-wrong", "# Llama-2-70B\n\n- In int4: 40 KiB, a cache four times smaller than fp16.", [W, H], "80 KiB"),
    ("ru-kib-kesh-wrong", "# Llama-2-70B\n\n- В int4 — 40 КиБ, кэш в 4 раза меньше, чем в fp16.", [W, H], "80 KiB"),
]


@pytest.mark.parametrize(("text", "groups", "shown"), [c[1:] for c in KIB_OF_THE_CACHE], ids=[c[0] for c in KIB_OF_THE_CACHE])
def test_kibibytes_beside_the_cache_are_its_size_per_token(text: str, groups: list[str], shown: str) -> None:
    check_claims(text, groups, shown)


MIXTURE_HELD_IN_MEMORY = [
    # what a card must hold of a mixture of experts is every expert, whichever few are active per token
    ("en-fits-all-experts", "Mixtral-8x7B in bf16 does not fit one 80 GB card: all 46.7B parameters take 93.4 GB.", [H, H], ""),
    ("en-active-read", "Mixtral-8x7B in bf16 reads only its 12.9B active parameters per token: 25.8 GB.", [H, H], ""),
    # … the active share given as what fits is wrong with all the weights
    (
        "en-fits-active-wrong",
        "Mixtral-8x7B fits one 80 GB card in bf16, since only 12.9B parameters are active: 25.8 GB.",
        [H, W],
        "93.406 GB",
    ),
    (
        "ru-vlezaet-active-wrong",
        "Mixtral-8x7B в bf16 влезает в одну карту на 80 ГБ, ведь активны только 12,9 млрд параметров: 25,8 ГБ.",
        [H, W],
        "93.406 GB",
    ),
]


@pytest.mark.parametrize(
    ("text", "groups", "shown"), [c[1:] for c in MIXTURE_HELD_IN_MEMORY], ids=[c[0] for c in MIXTURE_HELD_IN_MEMORY]
)
def test_a_mixture_held_in_memory_is_every_expert(text: str, groups: list[str], shown: str) -> None:
    check_claims(text, groups, shown)


CEILING_OVER_DEVICES = [
    # a decode ceiling over tensor-parallel devices, each reading its own share of the weights, is n times one device's
    (
        "en-tp-ceiling-right",
        "# Llama-3-70B\n\nWith TP=4, each A100 (2039 GB/s) reads just its share of bf16 weights, so the ceiling is ~57 tok/s.",
        [V],
        "",
    ),
    (
        "ru-tp-potolok-right",
        "# Llama-3-70B\n\nПри TP=4 каждая A100 (2039 ГБ/с) читает только свою долю весов в bf16, поэтому потолок ≈ 57 токенов/с.",
        [V],
        "",
    ),
    # … a bandwidth that is the devices' sum is no per-device figure: its single-device quotient is no error
    (
        "en-tp-summed-bandwidth",
        "# Llama-3-70B\n\nOn 8×H100 with 26.8 TB/s in total, the bf16 ceiling at TP=8 is about 24 tok/s.",
        [V],
        "",
    ),
    # … a share the sentence states itself is what each device reads: its quotient is that device's ceiling, no error
    (
        "en-tp-stated-share",
        "# Llama-3-70B\n\nAt TP=4 each GPU reads its 35.3 GB share per token, so the ceiling is 3.35 TB/s ÷ 35.3 GB ≈ 95 tok/s.",
        [V, V],
        "",
    ),
    # … the ceiling of one device reading all the weights, said of the split, is wrong with the split's ceiling
    (
        "en-tp-ceiling-wrong",
        "# Llama-3-70B\n\nWith TP=4, each A100 (2039 GB/s) reads just its share of bf16 weights, so the ceiling is ~14 tok/s.",
        [W],
        "57.8 tok/s",
    ),
    (
        "ru-tp-potolok-wrong",
        "# Llama-3-70B\n\nПри TP=4 каждая A100 (2039 ГБ/с) читает только свою долю весов в bf16, поэтому потолок ≈ 14 токенов/с.",
        [W],
        "57.8 tok/s",
    ),
]


@pytest.mark.parametrize(
    ("text", "groups", "shown"), [c[1:] for c in CEILING_OVER_DEVICES], ids=[c[0] for c in CEILING_OVER_DEVICES]
)
def test_a_ceiling_over_devices_reads_each_share(text: str, groups: list[str], shown: str) -> None:
    check_claims(text, groups, shown)


CEILING_OF_THE_WEIGHTS_ABOVE = [
    # a ceiling with its own bandwidth and no model or size reads the one weight size stated just above it
    (
        "en-ceiling-weights-above",
        "Sizing:\n\n- In fp8 the weights take 70.6 GB.\n- The decode ceiling at 3.35 TB/s is about 47 tok/s.",
        [H],
        "",
    ),
    (
        "ru-potolok-vesa-vyshe",
        "Прикидки:\n\n- В fp8 веса займут 70,6 ГБ.\n- Потолок декодирования при 3,35 ТБ/с — около 47 токенов/с.",
        [H],
        "",
    ),
    # … two weight sizes above: which one it reads is not said, no error
    (
        "en-ceiling-two-sizes-above",
        "Sizing:\n\n- The weights take 70.6 GB in fp8 and 141 GB in bf16.\n- The decode ceiling at 3.35 TB/s is about 95 tok/s.",
        [V],
        "",
    ),
    # … a ceiling above that bound is wrong with it
    (
        "en-ceiling-weights-wrong",
        "Sizing:\n\n- In fp8 the weights take 70.6 GB.\n- The decode ceiling at 3.35 TB/s is about 95 tok/s.",
        [W],
        "47.5 tok/s",
    ),
    (
        "ru-potolok-vesa-wrong",
        "Прикидки:\n\n- В fp8 веса займут 70,6 ГБ.\n- Потолок декодирования при 3,35 ТБ/с — около 95 токенов/с.",
        [W],
        "47.5 tok/s",
    ),
]


@pytest.mark.parametrize(
    ("text", "groups", "shown"), [c[1:] for c in CEILING_OF_THE_WEIGHTS_ABOVE], ids=[c[0] for c in CEILING_OF_THE_WEIGHTS_ABOVE]
)
def test_a_ceiling_reads_the_weights_stated_above(text: str, groups: list[str], shown: str) -> None:
    check_claims(text, groups, shown)


TOTAL_OF_A_STATED_SIZE_PER_TOKEN = [
    # with no catalogued model, a total after a size per token stated in its own sentence is that size × tokens × batch
    (
        "en-own-sentence-per-token",
        "- Cache of our in-house model: 192 KiB per token in bf16, so a 2048-token context at batch 32 needs 12 GiB.",
        [H],
        "",
    ),
    (
        "ru-own-sentence-per-token",
        "- Кэш нашей модели — 192 КиБ на токен, значит контекст 2048 токенов при батче 32 займёт 12 ГиБ.",
        [H],
        "",
    ),
    # … or stated by the list item right above it
    (
        "en-item-above-per-token",
        "Our model:\n\n- its cache is 8 KiB per token;\n- a full 2048-token context then takes 16 MiB.",
        [H],
        "",
    ),
    (
        "ru-item-above-per-token",
        "Наша модель:\n\n- кэш выходит 8 КиБ на токен;\n- на полный контекст 2048 токенов кэш займёт 16 МиБ.",
        [H],
        "",
    ),
    # … a wrong total is wrong with that product
    (
        "en-own-sentence-wrong",
        "- Cache of our in-house model: 192 KiB per token in bf16, so a 2048-token context at batch 32 needs 6 GiB.",
        [W],
        "12 GiB",
    ),
    (
        "ru-item-above-wrong",
        "Наша модель:\n\n- кэш выходит 8 КиБ на токен;\n- на полный контекст 2048 токенов кэш займёт 16 ГиБ.",
        [W],
        "0.0156 GiB",
    ),
]


@pytest.mark.parametrize(
    ("text", "groups", "shown"),
    [c[1:] for c in TOTAL_OF_A_STATED_SIZE_PER_TOKEN],
    ids=[c[0] for c in TOTAL_OF_A_STATED_SIZE_PER_TOKEN],
)
def test_a_total_of_a_stated_size_per_token(text: str, groups: list[str], shown: str) -> None:
    check_claims(text, groups, shown)


PAIRED_ANSWERS = [
    # a bare answer listing as many sizes as the question names models gives them in the question's order
    ("en-paired-answer", "**Q:** Qwen2.5-7B in bf16 and GPT-2 small in fp16?\n**A:** 15.2 GB and 0.25 GB.", [H, H], ""),
    ("ru-paired-answer", "**В:** Qwen2.5-7B в bf16 и GPT-2 small в fp16?\n**О:** 15,2 ГБ и 0,25 ГБ.", [H, H], ""),
    # … sizes that fit the models in another order: which is meant is not certain, no error
    ("en-paired-other-order", "**Q:** Qwen2.5-7B in bf16 and GPT-2 small in fp16?\n**A:** 0.25 GB and 15.2 GB.", [V, V], ""),
    # … a wrong size is wrong with its model's size in its dtype
    ("en-paired-wrong", "**Q:** Qwen2.5-7B in bf16 and GPT-2 small in fp16?\n**A:** 15.2 GB and 0.5 GB.", [H, W], "0.249 GB"),
    ("ru-paired-wrong", "**В:** Qwen2.5-7B в bf16 и GPT-2 small в fp16?\n**О:** 15,2 ГБ и 0,5 ГБ.", [H, W], "0.249 GB"),
]


@pytest.mark.parametrize(("text", "groups", "shown"), [c[1:] for c in PAIRED_ANSWERS], ids=[c[0] for c in PAIRED_ANSWERS])
def test_an_answer_lists_sizes_in_the_question_order(text: str, groups: list[str], shown: str) -> None:
    check_claims(text, groups, shown)


SHARE_OF_A_TYPED_WHOLE = [
    # a per-device share of the weights whose whole the sentence gave in one storage type is in that type too
    ("en-share-of-bf16-whole", "Llama-2-70B in bf16 is 138 GB, and with TP=8 each GPU holds 17.2 GB of weights.", [H, H], ""),
    ("ru-share-of-bf16-whole", "Llama-2-70B в bf16 весит 138 ГБ, а при TP=8 на каждой карте 17,2 ГБ весов.", [H, H], ""),
    # … the whole said of each device is wrong with the share
    (
        "en-share-whole-wrong",
        "Llama-2-70B in bf16 is 138 GB, and with TP=8 each GPU holds 138 GB of weights.",
        [H, W],
        "17.244 GB",
    ),
    ("ru-share-whole-wrong", "Llama-2-70B в bf16 весит 138 ГБ, а при TP=8 на каждой карте 138 ГБ весов.", [H, W], "17.244 GB"),
    # … with a second storage type in the sentence, the share is judged in its own (no borrowing)
    ("en-share-own-type", "Llama-2-70B in bf16 is 138 GB; with TP=8 and int4 each GPU holds 4.3 GB of weights.", [H, H], ""),
]


@pytest.mark.parametrize(
    ("text", "groups", "shown"), [c[1:] for c in SHARE_OF_A_TYPED_WHOLE], ids=[c[0] for c in SHARE_OF_A_TYPED_WHOLE]
)
def test_a_share_of_a_typed_whole_is_in_its_type(text: str, groups: list[str], shown: str) -> None:
    check_claims(text, groups, shown)


APPLE_MACHINES = [
    # the memory of a Mac said with the machine (`on a MacBook Air with 16 GB`, `на MacBook Air с 16 ГБ`) is no model's size
    ("en-macbook-memory", "Llama-3-8B in fp16 on a MacBook Air with 16 GB: 16.1 GB of weights, it does not fit.", [H], ""),
    ("ru-macbook-memory", "Llama-3-8B в fp16 на MacBook Air с 16 ГБ: 16,1 ГБ весов, не влезает.", [H], ""),
    # … so the weights beside it are judged in the sentence's type
    ("ru-macbook-weights-wrong", "Llama-3-8B в fp16 на MacBook Air с 16 ГБ: 8 ГБ весов, влезает.", [W], "16.061 GB"),
    # an Apple chip named before a decode rate bounds it with its published unified-memory bandwidth
    ("en-m2-ultra-bound", "Llama-3-70B in Q4_K_M is about 43 GB; decoding on an M2 Ultra tops out near 18 tok/s.", [H, H], ""),
    (
        "en-m2-ultra-wrong",
        "Llama-3-70B in Q4_K_M is about 43 GB; decoding on an M2 Ultra tops out near 38 tok/s.",
        [H, W],
        "18.6 tok/s",
    ),
]


@pytest.mark.parametrize(("text", "groups", "shown"), [c[1:] for c in APPLE_MACHINES], ids=[c[0] for c in APPLE_MACHINES])
def test_apple_machines_and_chips(text: str, groups: list[str], shown: str) -> None:
    check_claims(text, groups, shown)
