"""Claim cases of our own wording for the twenty-first round's lead rules."""

from __future__ import annotations

import pytest
from conftest import H, U, V, W, check_claims

# Mixtral 8x22B has 140.62B parameters: 281.24 GB in bf16. A writer who rounded the count to
# 140.63B prints 281.3: the same figure, not a wrong one. An error the checker exists for (twice
# the size, GiB labelled GB, another type) is 2.4 % off or more.
FLOOR_CASES = [
    ("ru-last-digit", "# Mixtral\n\nMixtral 8x22B в bf16 занимает 281,3 ГБ.\n", [H], ""),
    ("en-last-digit", "# Mixtral\n\nMixtral 8x22B in bf16 takes 281.3 GB.\n", [H], ""),
    # 1.4 % over its published 141B's 282 GB, 1.7 % over the exact count's
    ("en-over-one-percent-is-wrong", "# Mixtral\n\nMixtral 8x22B in bf16 takes 286 GB.\n", [W], "281"),
    # Qwen2.5-32B: 32.76B → 65.53 GB in bf16; `65 GB` is rounded down, 0.8 % under (round 22: a 1 % floor)
    ("ru-rounded-down", "# Qwen\n\nQwen2.5-32B в bf16 — 65 ГБ.\n", [H], ""),
    ("en-qwen-over-one-percent-is-wrong", "# Qwen\n\nQwen2.5-32B in bf16 takes 66.6 GB.\n", [W], "65.5"),
    ("en-gib-labelled-gb-still-caught", "# Mixtral\n\nMixtral 8x22B in bf16 takes 261.9 GB.\n", [U], ""),
]


@pytest.mark.parametrize(("text", "groups", "shown"), [c[1:] for c in FLOOR_CASES], ids=[c[0] for c in FLOOR_CASES])
def test_a_figure_within_one_percent_holds(text: str, groups: list[str], shown: str) -> None:
    check_claims(text, groups, shown)


# NF4 and MXFP4 are formats of weights only: a KV cache named in the same sentence is 16-bit unless
# the sentence gives the cache its own type. Llama-3-8B: 128 KiB per token in fp16.
KV_TYPE_CASES = [
    ("en-mxfp4-weights-kv", "# KV\n\nWith weights in MXFP4, Llama-3-8B still keeps 128 KiB per token of KV cache.\n", [H], ""),
    ("en-mxfp4-kv-wrong", "# KV\n\nIn MXFP4, Llama-3-8B keeps 34 KiB per token of KV cache.\n", [W], "128 KiB"),
    ("ru-nf4-weights-kv", "# KV\n\nВеса Llama-3-8B в NF4, а KV-кэш занимает 128 КиБ на токен.\n", [H], ""),
    ("en-nf4-weights-fp8-cache", "# KV\n\nLlama-3-8B in NF4 with an fp8 KV cache: 64 KiB per token.\n", [H], ""),
]


@pytest.mark.parametrize(("text", "groups", "shown"), [c[1:] for c in KV_TYPE_CASES], ids=[c[0] for c in KV_TYPE_CASES])
def test_a_weights_only_format_is_not_the_caches_type(text: str, groups: list[str], shown: str) -> None:
    check_claims(text, groups, shown)


# a size right after "a laptop with", "на ноуте с" is the device's memory, not the model's
DEVICE_CASES = [
    ("ru-laptop-with", "# Дома\n\nLlama 3 8B: на ноуте с 16 ГБ влезает даже Q8_0.\n", [], ""),
    ("en-laptop-with", "# Home\n\nLlama 3 8B: a laptop with 16 GB runs even the Q8_0 file.\n", [], ""),
    ("en-card-with-weights-after", "# Home\n\nLlama 3 8B on a card with 24 GB: the bf16 weights take 16.06 GB.\n", [H], ""),
    ("ru-card-with-weights-wrong", "# Дома\n\nLlama 3 8B на карте с 24 ГБ: веса в bf16 — 8 ГБ.\n", [W], "16.061 GB"),
]


@pytest.mark.parametrize(("text", "groups", "shown"), [c[1:] for c in DEVICE_CASES], ids=[c[0] for c in DEVICE_CASES])
def test_a_devices_memory_is_not_the_models_size(text: str, groups: list[str], shown: str) -> None:
    check_claims(text, groups, shown)


# A model called by its size alone is the context model's sibling of that size, with its own exact count:
# in the same sentence (`The 14B in fp16`), in an earlier sentence of the line (`Just run the 14B. Q8_0 is …`).
# Qwen2.5-14B has 14.77B parameters: 29.54 GB in fp16, ~15.7 GB as Q8_0; its 14 × 10⁹ nominal gives 28 GB.
_QWEN = "# Thread\n\nTrying to run Qwen2.5-32B-Instruct on my 3090.\n\n"
SIZE_NAME_CASES = [
    ("en-earlier-sentence", _QWEN + "> Honestly just run the 14B. Q8_0 is 15.7 GB and in fp16 it is 29.5 GB.\n", [H, H], ""),
    ("en-earlier-sentence-wrong", _QWEN + "> Honestly just run the 14B. In fp16 it is 14.8 GB.\n", [W], "29.54 GB"),
    ("en-same-sentence-exact-count", _QWEN + "The 14B in fp16 is 29.5 GB.\n", [H], ""),
    ("ru-earlier-sentence", "# Qwen\n\nQwen2.5-32B не влезает. Берите 14B. В bf16 она весит 29,5 ГБ.\n", [H], ""),
    # a count multiplied is an operand, not a model's name
    ("en-count-operand", _QWEN + "Decode reads 14B × 2 bytes = 28 GB per token.\n", [H], ""),
]


@pytest.mark.parametrize(("text", "groups", "shown"), [c[1:] for c in SIZE_NAME_CASES], ids=[c[0] for c in SIZE_NAME_CASES])
def test_a_model_called_by_its_size_is_the_context_models_sibling(text: str, groups: list[str], shown: str) -> None:
    check_claims(text, groups, shown)


# a count given as a value is not a size name (`params:: 8.03B`, `i.e. about 160M.`), and a line that opens with
# `Итого`/`In total` below the cache's lines sums the weights with the cache: not the cache alone
VALUE_CASES = [
    ("en-count-after-colon", "## Llama-3-8B-Instruct\nmodel:: [[meta-llama/Meta-Llama-3-8B]]\nparams:: 8.03B\n", [H], ""),
    (
        "ru-total-below-cache",
        "# Llama-3-8B\n\nKV-кэш Llama-3-8B — 128 КиБ на токен, при контексте 8192 токена это 1 ГиБ.\n"
        "Итого для 8B в bf16 с одним запросом на 8k нужно примерно 17,1 ГБ.\n",
        [H, H, V],
        "",
    ),
]


@pytest.mark.parametrize(("text", "groups", "shown"), [c[1:] for c in VALUE_CASES], ids=[c[0] for c in VALUE_CASES])
def test_a_count_as_a_value_and_a_total_below_the_cache(text: str, groups: list[str], shown: str) -> None:
    check_claims(text, groups, shown)


# Several models called by their sizes in one sentence: each figure is the model named nearest before it in its
# clause. Llama 3.2 1B: 1.24B → 2.47 GB in bf16; Llama 3.2 3B: 3.21B → 6.43 GB. Qwen2.5-7B: 15.23 GB in bf16,
# 14.19 GiB: a parallel clause with no type of its own that gives the GiB figure as GB is that mislabelled.
MULTI_CASES = [
    ("en-two-sizes", "# Llama 3.2 1B\n\nIn bf16 the 1B needs 2.47 GB; the 3B needs 6.43 GB.\n", [H, H], ""),
    ("en-two-sizes-wrong", "# Llama 3.2 1B\n\nIn bf16 the 1B needs 2.47 GB; the 3B in bf16 needs 12.9 GB.\n", [H, W], "6.4"),
    ("ru-parallel-gib", "# Qwen2.5-7B\n\nВеса Qwen2.5-7B в bf16 — 15,2 ГБ, в некоторых таблицах — 14,2 ГБ.\n", [H, U], ""),
    (
        "ru-weights-after-cache-sentence",
        "# Qwen2.5-7B\n\nВопрос про KV-кэш Qwen2.5-7B на 4096 токенов.\n"
        "**Ответ.** Да, там 4 KV-головы: 56 КиБ на токен. Веса в bf16 — 15,2 ГБ.\n",
        [H, H],
        "",
    ),
]


@pytest.mark.parametrize(("text", "groups", "shown"), [c[1:] for c in MULTI_CASES], ids=[c[0] for c in MULTI_CASES])
def test_several_size_names_and_a_weights_sentence_after_the_cache(text: str, groups: list[str], shown: str) -> None:
    check_claims(text, groups, shown)


# `at the full context` with no length is the model's whole window (Llama 3.1 8B: 131,072 tokens × 128 KiB = 16 GiB);
# a sliding window the cache `does not grow past` bounds it (Mistral 7B: 4,096 × 128 KiB = 0.5 GiB)
FULL_CONTEXT_CASES = [
    ("en-full-context", "# KV\n\nLlama 3.1 8B KV cache at the full context: 16 GiB.\n", [H], ""),
    ("en-full-context-wrong", "# KV\n\nLlama 3.1 8B KV cache at the full context: 4 GiB.\n", [W], "16 GiB"),
    ("ru-full-context", "# KV\n\nKV-кэш Llama 3.1 8B на полном контексте — 16 ГиБ.\n", [H], ""),
    ("ru-window-cap", "# KV\n\nСо скользящим окном 4096 кэш Mistral 7B не растёт дальше окна: 0,5 ГиБ на диалог.\n", [H], ""),
]


@pytest.mark.parametrize(("text", "groups", "shown"), [c[1:] for c in FULL_CONTEXT_CASES], ids=[c[0] for c in FULL_CONTEXT_CASES])
def test_the_full_context_is_the_models_window(text: str, groups: list[str], shown: str) -> None:
    check_claims(text, groups, shown)


# The front matter's context and batch are the cache's when the line states none (Llama-2-13B: 800 KiB per token,
# 4,096 tokens → 3.125 GiB, × 8 = 25 GiB), and its `dtype: int4` is the weights' type, not the cache's
_PROPS = "---\nmodel: Llama-2-13B\ndtype: int4\ncontext: 4096\nbatch: 8\n---\n# Capacity\n\n"
PROPERTIES_CASES = [
    ("en-properties-context-batch", _PROPS + "- KV cache: 25 GiB (8 × 3.125 GiB)\n", [H], ""),
    ("en-properties-context-batch-wrong", _PROPS + "- KV cache: 50 GiB\n", [W], "25 GiB"),
    ("en-properties-int4-not-cache", _PROPS + "- KV cache per token: 800 KiB\n", [H], ""),
]


@pytest.mark.parametrize(("text", "groups", "shown"), [c[1:] for c in PROPERTIES_CASES], ids=[c[0] for c in PROPERTIES_CASES])
def test_the_front_matters_context_and_type(text: str, groups: list[str], shown: str) -> None:
    check_claims(text, groups, shown)


# A file type as the subject (`The Q4_K_M is 20 GB`) is the file's size, whatever context the sentence goes on to;
# a type after a clause break is the later figure's (`needs 20 GiB, and with an fp8 cache 10 GiB`).
# Qwen2.5-32B as Q4_K_M: 32.76B × 4.89 bits ≈ 19.8 GB. Mistral Nemo: 160 KiB per token × 131,072 = 20 GiB in 16 bits.
TYPE_SCOPE_CASES = [
    (
        "en-gguf-subject",
        "# Thread\n\nRunning Qwen2.5-32B-Instruct on my 3090. "
        "The Q4_K_M is 20 GB so I figured it would fit, but at 32K context it OOMs.\n",
        [H],
        "",
    ),
    (
        "en-type-of-later-figure",
        "# Mistral Nemo\n\n- Mistral Nemo KV: the full 128K context needs 20 GiB, and with an fp8 cache 10 GiB.\n",
        [H, H],
        "",
    ),
    (
        "en-type-of-later-figure-wrong",
        "# Mistral Nemo\n\n- Mistral Nemo KV: the full 128K context needs 20 GiB, and with an fp8 cache still 20 GiB.\n",
        [H, W],
        "10 GiB",
    ),
    ("en-types-after-each", "# KV\n\nLlama-3.1-8B KV cache at 8K: 1 GiB in fp16, 0.5 GiB in fp8.\n", [H, H], ""),
]


@pytest.mark.parametrize(("text", "groups", "shown"), [c[1:] for c in TYPE_SCOPE_CASES], ids=[c[0] for c in TYPE_SCOPE_CASES])
def test_whose_type_a_type_is(text: str, groups: list[str], shown: str) -> None:
    check_claims(text, groups, shown)


# A cache's size per token in plain bytes, and Russian tebibytes and petabytes, are sizes
# (Llama-3-8B: 131,072 bytes per token; DeepSeek-V3's MLA: 61 × 576 × 2 = 70,272)
UNIT_CASES = [
    ("en-bytes-per-token", "# KV\n\nLlama-3-8B keeps 131072 bytes per token of KV cache.\n", [H], ""),
    ("en-bytes-per-token-wrong", "# KV\n\nLlama-3-8B keeps 65536 bytes per token of KV cache.\n", [W], "131,072"),
    ("en-mla-bytes", "# KV\n\nDeepSeek-V3 MLA cache: 70,272 bytes per token.\n", [H], ""),
]


@pytest.mark.parametrize(("text", "groups", "shown"), [c[1:] for c in UNIT_CASES], ids=[c[0] for c in UNIT_CASES])
def test_bytes_per_token(text: str, groups: list[str], shown: str) -> None:
    check_claims(text, groups, shown)


def test_russian_tebibytes_and_petabytes_are_sizes() -> None:
    from vaultkit.claims.quantities import find_quantities

    (tib,) = find_quantities("2,25 ТиБ")
    (pb,) = find_quantities("1,5 ПБ")
    assert (tib.kind, tib.value, tib.binary) == ("bytes", 2.25 * 2**40, True)
    assert (pb.kind, pb.value) == ("bytes", 1.5e15)


# `19.1B expert parameters … plus 1.8B in bf16`: a count of the experts' parameters is a part, not the model's whole
# (gpt-oss-20b has 20.9B)
def test_expert_parameters_are_a_part() -> None:
    from conftest import note_claims

    claims = note_claims(
        "# gpt-oss\n\ngpt-oss-20b follows the same recipe: 19.1B expert parameters in MXFP4 plus 1.8B in bf16 give 13.7 GB.\n"
    )
    assert [c.verdict.group for c in claims if c.stated == "19.1B"] == [V]  # type: ignore[attr-defined]
    assert not [c for c in claims if c.verdict.group in (W, U)]  # type: ignore[attr-defined]


# a bold label's size (`**2B:**`) is no factor of the chain after its colon (Gemma 2 2B: 2 × 26 × 4 × 256 × 2 = 104 KiB)
LABEL_CASES = [
    ("en-bold-label", "# Gemma 2\n\n- **2B:** 2 × 26 × 4 × 256 × 2 bytes = 104 KiB per token.\n", [H], ""),
    ("en-bold-label-wrong", "# Gemma 2\n\n- **2B:** 2 × 26 × 4 × 256 × 2 bytes = 208 KiB per token.\n", [W], "104 KiB"),
    ("en-bold-then-colon", "# Gemma 2\n\n- **9B**: 2 × 42 × 8 × 256 × 2 bytes = 336 KiB.\n", [H], ""),
]


@pytest.mark.parametrize(("text", "groups", "shown"), [c[1:] for c in LABEL_CASES], ids=[c[0] for c in LABEL_CASES])
def test_a_bold_label_is_no_factor(text: str, groups: list[str], shown: str) -> None:
    check_claims(text, groups, shown)


# a latent-attention model's hypothetical plain cache with the heads the sentence names (DeepSeek-V3: 2 × 61 × 128 ×
# 128 × 2 B = 3.8 MiB per token) is that cache, not the latent one (70,272 B); a figure it does not give is a reading
def test_a_hypothetical_plain_cache_of_a_latent_model() -> None:
    from conftest import note_claims

    text = (
        "# DeepSeek-V3\n\n- A hypothetical MHA cache of DeepSeek-V3 with all 128 heads of dim 128 would be 3.8 MiB per token.\n"
        "- A hypothetical MHA cache of DeepSeek-V3 with all 128 heads would be 1 MiB per token.\n"
    )
    assert [c.verdict.group for c in note_claims(text)] == [H, V]  # type: ignore[attr-defined]


# a batch said in a later figure's clause is that figure's (GPT-2 XL: 300 KiB per token, 300 MiB at 1,024 tokens,
# 9.375 GiB for a batch of 32 such contexts)
BATCH_SCOPE_CASES = [
    (
        "en-batch-of-later-figure",
        "# GPT-2 XL\n\nGPT-2 XL keeps 300 KiB per token in fp16, 300 MiB for a full 1024-token context, "
        "and 9.4 GiB for a batch of 32 full contexts.\n",
        [H, H, H],
        "",
    ),
]


@pytest.mark.parametrize(("text", "groups", "shown"), [c[1:] for c in BATCH_SCOPE_CASES], ids=[c[0] for c in BATCH_SCOPE_CASES])
def test_a_later_figures_batch_is_its_own(text: str, groups: list[str], shown: str) -> None:
    check_claims(text, groups, shown)
