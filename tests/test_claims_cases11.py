"""Claim cases of our own wording (English and Russian) for the eleventh round: where a figure's
dtype, batch or referent comes from when the sentence around it names them for ANOTHER figure.
A dtype glued to a cache word on another line is that line's cache's own, not the paragraph's; a
dtype named between a figure and a later one, nearer the later one or turned into it, is the
later one's; 'each sequence' is a batch of one whatever count of sequences follows; a cache
'ignoring the window' is the full context. Rows that must not be errors stand next to rows
where a truly wrong figure of the same shape still is one. None of these sentences is taken
from a corpus."""

from __future__ import annotations

import pytest
from conftest import H, U, V, W, check_claims

DTYPES = [
    # a dtype glued to a cache word on another line of the paragraph gives no type to weights
    (
        "en-cache-dtype-other-line-weights",
        "The Mistral-7B-v0.1 weights are 14.5 GB.\nAn fp8 KV cache halves the cache.",
        [V],
        "",
    ),
    (
        "ru-cache-dtype-other-line-weights",
        "Веса Qwen2.5-7B занимают 15,2 ГБ.\nС fp8-кэшем памяти под контекст нужно вдвое меньше.",
        [V],
        "",
    ),
    # … while a weights figure whose own sentence names the dtype is still judged
    (
        "en-weights-own-dtype-wrong",
        "The Mistral-7B-v0.1 bf16 weights are 29 GB.\nAn fp8 KV cache halves the cache.",
        [W],
        "14.483 GB",
    ),
    # a line that supposes names the type of a what-if, not the paragraph's
    ("en-what-if-dtype-other-line", "The Mistral-7B-v0.1 weights are 14.5 GB.\nAn fp8 copy would halve that.", [V], ""),
    ("ru-what-if-dtype-other-line", "Веса Mistral-7B-v0.1 — 14,5 ГБ.\nЕсли перевести их в fp8, было бы вдвое меньше.", [V], ""),
    # … and a plain line still gives its one type to the paragraph
    ("en-plain-dtype-other-line-wrong", "The Mistral-7B-v0.1 weights are 14.5 GB.\nWe load them in fp8.", [W], "7.242 GB"),
    # a dtype between two figures, nearer the later one, is the later one's
    (
        "en-dtype-of-later-figure",
        "Llama-3.1-70B at a 128k context: 40 GiB of KV cache per sequence; in an fp8 cache, 20 GiB.",
        [H, H],
        "",
    ),
    ("ru-dtype-of-later-figure", "Llama 3.1 70B на 128k: 40 ГиБ кэша на последовательность, а в fp8-кэше — 20 ГиБ.", [H, H], ""),
    (
        "ru-dtype-of-later-figure-wrong",
        "Llama 3.1 70B на 128k: 40 ГиБ кэша на последовательность, а в fp8-кэше — 40 ГиБ.",
        [H, W],
        "20 GiB",
    ),
    # a figure the sentence turns into another one in the dtype it names: the type is the target's
    (
        "ru-becomes-in-fp32",
        "Веса Llama-3.1-8B в bf16 — 16 ГБ.\nЭти 16 ГБ в fp32-копии превращаются в 32 ГБ.",
        [H, V, H],
        "",
    ),
    (
        "en-becomes-in-fp32-wrong",
        "The bf16 weights of Llama-3.1-8B are 16 GB.\nThose 16 GB in an fp32 master copy become 48 GB.",
        [H, V, W],
        "32.121 GB",
    ),
    (
        "en-becomes-in-fp32-gib-holds",
        "The bf16 weights of Llama-3.1-8B are 16 GB.\nThose 16 GB in an fp32 master copy turn into 30 GiB.",
        [H, V, H],
        "",
    ),
    # a figure directly followed by its own dtype, with another figure in another dtype after it
    ("en-two-figures-own-dtypes", "Llama-2-7B is 13.5 GB in fp16 and 6.7 GB in int8.", [H, H], ""),
    ("en-two-figures-own-dtypes-wrong", "Llama-2-7B is 13.5 GB in fp16 and 13.5 GB in int8.", [H, W], "6.738 GB"),
]


@pytest.mark.parametrize(("text", "groups", "shown"), [c[1:] for c in DTYPES], ids=[c[0] for c in DTYPES])
def test_dtype_of_which_figure(text: str, groups: list[str], shown: str) -> None:
    check_claims(text, groups, shown)


BATCH = [
    # 'each sequence' is one sequence; the count of sequences after it is the result, not the batch
    (
        "en-each-sequence-holds",
        "Llama-3-8B with an 8k context: each sequence takes 1 GiB of cache, so 24 sequences fit.",
        [H],
        "",
    ),
    (
        "en-each-sequence-wrong",
        "Llama-3-8B with an 8k context: each sequence takes 3 GiB of cache, so 24 sequences fit.",
        [W],
        "1 GiB",
    ),
    (
        "ru-one-sequence-holds",
        "Llama-3-8B на 8k: одна последовательность занимает 1 ГиБ кэша, значит влезает 24 последовательности.",
        [H],
        "",
    ),
    # a cache said while ignoring the sliding window is the full context's
    (
        "ru-window-ignored-holds",
        "Mistral 7B на 32k токенах: окно 4096 держит кэш в 512 МиБ.\nЕсли окно не учитывать, кэш был бы 4 ГиБ.",
        [H, H],
        "",
    ),
    (
        "ru-window-ignored-wrong",
        "Mistral 7B на 32k токенах: окно 4096 держит кэш в 512 МиБ.\nЕсли окно не учитывать, кэш был бы 16 ГиБ.",
        [H, W],
        "GiB",
    ),
    (
        "en-ignoring-window-holds",
        "Mistral-7B-v0.1 at 32k tokens keeps 512 MiB of cache with its 4096 window; ignoring the window, the cache is 4 GiB.",
        [H, H],
        "",
    ),
]


@pytest.mark.parametrize(("text", "groups", "shown"), [c[1:] for c in BATCH], ids=[c[0] for c in BATCH])
def test_batch_and_window(text: str, groups: list[str], shown: str) -> None:
    check_claims(text, groups, shown)


REFERENTS = [
    # a bracket after a comparison names the other thing's size, not the first figure in another unit
    (
        "ru-bracket-after-comparison",
        "Llama 3.1 8B на 128k: кэш 16 ГиБ, а с батчем 4 — 64 ГиБ, больше, чем сами веса в bf16 (16 ГБ).",
        [H, H, H],
        "",
    ),
    (
        "en-bracket-after-comparison-wrong",
        "Llama-3.1-8B at 128k with batch 4 needs 64 GiB of KV cache, more than the bf16 weights (32 GB).",
        [H, W],
        "16.061 GB",
    ),
    # … a bracket after another model is that model's size
    ("ru-bracket-after-like-model", "Веса Mistral-7B-v0.1 в bf16 — 14,5 ГБ, почти как у Llama-2-7B (13,5 ГБ).", [H, H], ""),
    (
        "en-bracket-after-like-model-wrong",
        "Mistral-7B-v0.1 in bf16 is 14.5 GB, like Llama-2-7B in bf16 (27 GB).",
        [H, W],
        "13.477 GB",
    ),
    # … while a bare bracket still restates the figure before it
    ("en-bracket-restates-confused", "The cache of one sequence is 64 GiB (64 GB).", [U], ""),
    # a demonstrative before a size refers back to one stated before: no claim of its own, never an error
    (
        "ru-these-per-token-back-reference",
        "KV-кэш Mistral-7B-v0.1 — 128 КиБ на токен.\nЭти 128 КиБ на 4096 токенах дают 512 МиБ на последовательность.",
        [H, V, H],
        "",
    ),
    (
        "en-those-per-token-back-reference-wrong",
        "The KV cache of Mistral-7B-v0.1 is 128 KiB per token.\nThose 128 KiB over 4096 tokens give 2 GiB per sequence.",
        [H, V, W],
        "0.5 GiB",
    ),
]


@pytest.mark.parametrize(("text", "groups", "shown"), [c[1:] for c in REFERENTS], ids=[c[0] for c in REFERENTS])
def test_which_thing_a_figure_is_of(text: str, groups: list[str], shown: str) -> None:
    check_claims(text, groups, shown)


TERMS = [
    # `double quantization` / `double precision` is the name of a method, no factor of two
    ("en-double-quantization-term", "Going from fp32 to nf4 with double quantization shrinks the weights 8×.", [], ""),
    ("en-double-precision-term", "Scientific codes keep double precision; our Llama-2-7B runs in bf16 at 13.5 GB.", [H], ""),
    # the verb still states a factor of two
    ("en-doubles-holds", "Moving from int8 to fp16 doubles the weights of Llama-2-7B.", [H], ""),
    ("en-doubles-wrong", "Moving from int4 to fp16 doubles the weights of Llama-2-7B.", [W], "ratio 4"),
]


@pytest.mark.parametrize(("text", "groups", "shown"), [c[1:] for c in TERMS], ids=[c[0] for c in TERMS])
def test_terms_are_no_factors(text: str, groups: list[str], shown: str) -> None:
    check_claims(text, groups, shown)


MONEY_AND_DEVICES = [
    # a `$` before an amount is a currency sign, also on a line with LaTeX: money is no parameter count
    ("en-dollar-amount-no-count", "GPT-3 is said to have cost $4.6M to train.", [], ""),
    ("en-dollar-amount-with-latex", "Training GPT-3 cost about $4.6M, i.e. $c \\approx 4.6$ in millions.", [], ""),
    ("en-dollar-per-hour-with-latex", "An H100 rents for $2.5/hour; for Llama-2-7B the $6ND$ rule gives the FLOPs.", [], ""),
    # … while LaTeX arithmetic on the same kind of line is still read
    ("en-latex-chain-still-wrong", "Costs $4.6M; the weights: $175 \\times 10^{9} \\times 2 = 700\\,\\text{GB}$.", [W], "350 GB"),
    # a `$` opening maths before a grouped number is no currency sign
    ("ru-latex-grouped-product-holds", "За минуту: $256\\,000 \\cdot 60 = 15\\,360\\,000$ байт ≈ 15,4 МБ.", [H], ""),
    # a memory figure right after a device word or before one is the device's, not a model's
    ("en-phone-capacity", "On an 8 GB phone pick Llama-3.2-1B at 4-bit.", [], ""),
    ("ru-phone-capacity", "На телефоне с 8 ГБ хватит Llama-3.2-1B в int4.", [], ""),
    ("en-laptop-capacity-model-holds", "Llama-3.2-1B in int4 is 0.62 GB, easy on a 16 GB laptop.", [H], ""),
    # … and a model's size said 'on the phone' is still the model's
    ("en-size-on-phone-wrong", "Llama-3.2-1B in int4 is 8 GB on the phone.", [W], "0.618 GB"),
]


@pytest.mark.parametrize(("text", "groups", "shown"), [c[1:] for c in MONEY_AND_DEVICES], ids=[c[0] for c in MONEY_AND_DEVICES])
def test_money_and_devices(text: str, groups: list[str], shown: str) -> None:
    check_claims(text, groups, shown)


SHARES = [
    # a share per device after another share on the line is no split of a total: never 'holds' on it
    (
        "en-share-after-share",
        "ZeRO-3 over 4 GPUs leaves 27 GB per GPU, over 8 GPUs it is 3.4 GB per GPU.",
        [V],
        "",
    ),
    (
        "ru-share-after-share",
        "ZeRO-3 на 4 GPU — 27 ГБ на карту, а на 8 GPU — 3,4 ГБ на карту.",
        [V],
        "",
    ),
    # … while a share of a total stated before it is still judged
    ("en-share-of-total-wrong", "Training state is 544 GB; ZeRO-3 over 8 H100s gives 136 GB per card.", [W], "68 GB"),
    ("ru-share-of-total-holds", "Состояние обучения — 544 ГБ; ZeRO-3 на 8 H100 даёт 68 ГБ на карту.", [H], ""),
]


@pytest.mark.parametrize(("text", "groups", "shown"), [c[1:] for c in SHARES], ids=[c[0] for c in SHARES])
def test_shares_per_device(text: str, groups: list[str], shown: str) -> None:
    check_claims(text, groups, shown)


BITS_PER_WEIGHT = [
    # a 4-bit size after the bits per weight its own sentence states is judged at those bits
    ("en-stated-bpw-holds", "Llama-2-7B in nf4 with double quantization: 4.127 bits per weight, so about 3.48 GB.", [H, H], ""),
    ("ru-stated-bpw-gib-label", "Llama-2-7B в nf4: 4,127 бита на вес, итого 3,48 ГиБ.", [U, H], "3.24 GiB"),
    ("en-stated-bpw-wrong", "Llama-2-7B in int4 with scales: 4.5 bpw, so the file is 7.6 GB.", [W], "3.79 GB"),
]


@pytest.mark.parametrize(("text", "groups", "shown"), [c[1:] for c in BITS_PER_WEIGHT], ids=[c[0] for c in BITS_PER_WEIGHT])
def test_stated_bits_per_weight(text: str, groups: list[str], shown: str) -> None:
    check_claims(text, groups, shown)


AFTER_A_CACHE_LINE = [
    # a line after a KV-cache line that names its own model and dtypes is about the weights, even
    # though the line above gave a context; a bare answer after a cache question stays the cache's
    (
        "en-weights-after-cache-line",
        "Llama-3-8B's KV cache at 8k tokens is 1 GiB in bf16.\nLlama-3-8B needs about 16 GB in bf16, 8 GB in int8.\n",
        [H, H, H],
        "",
    ),
    (
        "ru-weights-after-cache-line",
        "Кэш Llama-3-8B на 8k токенов — 1 ГиБ в bf16.\nLlama-3-8B весит около 16 ГБ в bf16, а в int8 — 8 ГБ.\n",
        [H, H, H],
        "",
    ),
    # a type said right after a figure is its own (shapes/base.py dtype_for, round 16)
    ("ru-dtype-after-second-figure", "Llama-3-8B весит около 16 ГБ в bf16 и 8 ГБ в int8.\n", [H, H], ""),
    (
        "en-wrong-weights-after-cache-line",
        "Llama-3-8B's KV cache at 8k tokens is 1 GiB in bf16.\nLlama-3-8B needs about 8 GB in bf16.\n",
        [H, W],
        "16.061 GB",
    ),
]


@pytest.mark.parametrize(("name", "text", "groups", "shown"), AFTER_A_CACHE_LINE)
def test_a_line_after_a_cache_line_that_names_its_model_and_dtypes_is_the_weights(
    name: str, text: str, groups: list[str], shown: str
) -> None:
    check_claims(text, groups, shown)


MONEY_WORDS = [
    # a money word just before a scaled figure makes it an amount, never a model's parameter count
    ("ru-budget-after-model-line", "Llama-3-8B обучали долго.\nКурс был 90 рублей, а бюджет — 2,5 млн.\n", [], ""),
    ("en-cost-after-model-line", "We fine-tuned Llama-3-8B last spring.\nThe whole project cost about 1.2M.\n", [], ""),
    ("en-params-still-checked", "Llama-3-8B has about 80 billion parameters.\n", [W], "8.03"),
]


@pytest.mark.parametrize(("name", "text", "groups", "shown"), MONEY_WORDS)
def test_a_money_word_before_a_figure_makes_it_no_parameter_count(name: str, text: str, groups: list[str], shown: str) -> None:
    check_claims(text, groups, shown)
