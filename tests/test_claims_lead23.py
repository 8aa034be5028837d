"""Claim cases of our own wording for the twenty-third round's lead rules."""

from __future__ import annotations

import pytest
from conftest import H, V, W, check_claims, note_claims

# A cache total in a line that states its own batch and takes its context from the lines above: the batch is the
# line's own (`Батч из 16`, `a batch of 16`), never the one an earlier line of the paragraph used.
# Mistral 7B: 32 layers × 8 KV heads × 128 dims × 2 × 2 B = 128 KiB per token; 4096 tokens = 512 MiB per sequence.
_MISTRAL_RU = "## Кэш Mistral 7B\n\nКэш Mistral 7B на токен — 128 КиБ.\nКонтекст в 4096 токенов занимает 512 МиБ.\n"
_MISTRAL_EN = "## Mistral 7B cache\n\nMistral 7B keeps 128 KiB of KV cache per token.\nA 4096-token context takes 512 MiB.\n"
OWN_BATCH_CASES = [
    ("ru-batch-iz-wrong", _MISTRAL_RU + "Батч из 16 — уже 16 ГиБ.\n", [H, H, W], "8 GiB"),
    ("ru-batch-iz-holds", _MISTRAL_RU + "Батч из 16 — уже 8 ГиБ.\n", [H, H, H], ""),
    ("ru-batchem-iz", _MISTRAL_RU + "С батчем из 4 выходит 2 ГиБ.\n", [H, H, H], ""),
    ("ru-after-another-batch", _MISTRAL_RU + "Батч из 8 таких запросов — 4 ГиБ.\nБатч из 32 — 32 ГиБ.\n", [H, H, H, W], "16 GiB"),
    ("en-after-another-batch", _MISTRAL_EN + "A batch of 8 such requests is 4 GiB.\nA batch of 32: 16 GiB.\n", [H, H, H, H], ""),
]


@pytest.mark.parametrize(("text", "groups", "shown"), [c[1:] for c in OWN_BATCH_CASES], ids=[c[0] for c in OWN_BATCH_CASES])
def test_a_cache_total_takes_its_own_batch(text: str, groups: list[str], shown: str) -> None:
    check_claims(text, groups, shown)


# A size per token stated with the per-token words first (`На токен: … = 384 КиБ`, `Per token: 128 KiB`), or a context
# times a size per token (`4096 × 128 KiB = 512 MiB`), makes the next line's figure at a context a cache total.
# Phi-3-mini: 32 layers × 32 KV heads × 96 dims × 2 × 2 B = 384 KiB per token; 4K = 1.5 GiB, 128K = 48 GiB.
_PHI = "## Phi-3-mini\n\nУ модели 32 слоя и 32 KV-головы по 96.\n"
PER_TOKEN_FIRST_CASES = [
    ("ru-first-wrong", _PHI + "На токен: 384 КиБ.\nНа 4K контекста — 0,75 ГиБ, на 128K — 48 ГиБ.\n", [H, W, H], "1.5 GiB"),
    ("ru-per-token-first-holds", _PHI + "На каждый токен уходит 384 КиБ.\nНа 4K контекста — 1,5 ГиБ.\n", [H, H], ""),
    ("en-per-token-first", "## Phi-3-mini\n\nPer token: 384 KiB.\nAt a 4K context that is 0.75 GiB.\n", [H, W], "1.5 GiB"),
    (
        "en-context-times",
        "## Phi-3-mini\n\nThe cache is 384 KiB per token.\n\n"
        "- A 4,096-token prompt: 4,096 × 384 KiB = 1.5 GiB.\n- A batch of 4 such prompts: 6 GiB.\n",
        [H, H, H, H],  # (round 21: the product's per-token factor is judged too)
        "",
    ),
    # a line above with a figure per token first that is no size (a time) says nothing of the next line
    ("en-per-token-time-is-not", "## Phi-3-mini\n\nPer token: 20 ms.\nAt a 4K context the bf16 weights are 7.6 GB.\n", [H], ""),
]


@pytest.mark.parametrize(
    ("text", "groups", "shown"), [c[1:] for c in PER_TOKEN_FIRST_CASES], ids=[c[0] for c in PER_TOKEN_FIRST_CASES]
)
def test_a_size_per_token_said_first_sizes_the_next_line(text: str, groups: list[str], shown: str) -> None:
    check_claims(text, groups, shown)


# `such sequences` / `таких запросов` in a list item refers back to the item above: its context, the item's own batch.
# Llama 2 7B: 32 layers × 32 heads × 128 dims × 2 × 2 B = 512 KiB per token; 4,096 tokens = 2 GiB.
_LLAMA2 = "## Example: Llama 2 7B\n\nLlama 2 7B has 32 layers and 32 heads of 128 dims.\n\n"
_STEPS = "1. Per token: 512 KiB.\n2. A 4,096-token context: 4,096 × 512 KiB = 2 GiB.\n"
SUCH_CASES = [
    (
        "en-such-wrong",
        _LLAMA2 + _STEPS + "3. A batch of 8 such sequences: 8 GiB.\n",
        [H, H, W],
        "16 GiB",
    ),
    (
        "en-such-holds",
        _LLAMA2 + _STEPS + "3. Four such sequences: 8 GiB.\n",
        [H, H, H],
        "",
    ),
    (
        "ru-takih-wrong",
        "## Пример: Llama 2 7B\n\nУ Llama 2 7B 32 слоя и 32 головы по 128.\n\n"
        "1. На токен: 512 КиБ.\n2. Контекст 2048 токенов: 2048 × 512 КиБ = 1 ГиБ.\n"
        "3. Батч из 16 таких последовательностей: 8 ГиБ.\n",
        [H, H, W],
        "16 GiB",
    ),
    # `such` with no sequence noun (`such cards`) refers to nothing sized
    (
        "en-such-cards-is-not",
        _LLAMA2 + _STEPS + "3. Two such cards hold 48 GB.\n",
        [H, H],
        "",
    ),
]


@pytest.mark.parametrize(("text", "groups", "shown"), [c[1:] for c in SUCH_CASES], ids=[c[0] for c in SUCH_CASES])
def test_such_sequences_take_the_context_above(text: str, groups: list[str], shown: str) -> None:
    check_claims(text, groups, shown)


# A batch said as `N of them at once`, or in words with `full-length` before its noun. Mixtral 8x7B: 32 layers ×
# 8 KV heads × 128 dims × 2 × 2 B = 128 KiB per token; 32,768 tokens = 4 GiB; 16 of them 64 GiB, eight 32 GiB.
_MIXTRAL = "## Mixtral 8x7B\n\n"
_ONE_CHAT = "- Mixtral 8x7B, one 32K-token chat (32,768 tokens): 4 GiB of KV cache; "
BATCH_WORD_CASES = [
    ("en-of-them-wrong", _MIXTRAL + _ONE_CHAT + "16 of them at once: 128 GiB.\n", [H, W], "64 GiB"),
    ("en-of-them-holds", _MIXTRAL + _ONE_CHAT + "16 of them at once: 64 GiB.\n", [H, H], ""),
    ("ru-iz-nih", _MIXTRAL + "- Кэш Mixtral 8x7B на 32 768 токенов — 4 ГиБ; 8 из них одновременно — 64 ГиБ.\n", [H, W], "32 GiB"),
    (
        "en-eight-full-length",
        _MIXTRAL + "Mixtral 8x7B keeps 128 KiB of KV cache per token; eight parallel full-length chats of 32,768 tokens "
        "need 32 GiB of cache.\n",
        [H, H],
        "",
    ),
]


@pytest.mark.parametrize(("text", "groups", "shown"), [c[1:] for c in BATCH_WORD_CASES], ids=[c[0] for c in BATCH_WORD_CASES])
def test_a_batch_in_words(text: str, groups: list[str], shown: str) -> None:
    check_claims(text, groups, shown)


# A memory budget that heads an entry (`Для 12 ГБ: …`, `1. 24 GB: …`, `Best fit for 16 GB: …`) is what the models after
# it fit in, not a size of theirs; a card named with its memory in brackets (`A6000 (48 ГБ)`) is the card's.
# Qwen2.5-14B: 14.77B params → Q4_K_M ≈ 8.98 GB (4.89 bits/weight); Qwen2.5-32B: 32.76B → Q4_K_M ≈ 19.84 GB, int8 32.76 GB.
BUDGET_LABEL_CASES = [
    ("ru-for-label", "# Карты\n\n> Для 12 ГБ: Qwen2.5-14B в Q4_K_M (≈ 9 ГБ).\n", [H], ""),
    ("ru-numbered-label", "# Карты\n\n1. 24 ГБ: Qwen2.5-32B в Q4_K_M, около 20 ГБ.\n", [H], ""),
    ("en-best-fit", "# Cards\n\n- Best fit for 12 GB: Qwen2.5-14B Q4_K_M (8.98 GB).\n", [H], ""),
    ("en-bold-label", "# Cards\n\n- **16 GB:** Qwen2.5-14B at Q4_K_M, 9 GB.\n", [H], ""),
    ("ru-a6000", "# Карты\n\n- Qwen2.5-32B в int8 — 32,8 ГБ: на A6000 (48 ГБ) влезает.\n", [H], ""),
    # a model named before the size is its subject, colon or not; and a wrong size there is still an error
    ("en-model-first", "# Cards\n\n- Qwen2.5-14B at Q4_K_M: 18 GB.\n", [W], "8.98"),
    ("en-label-then-wrong", "# Cards\n\n- For 24 GB: Qwen2.5-32B at Q4_K_M, 40 GB.\n", [W], "19.84"),
]


@pytest.mark.parametrize(("text", "groups", "shown"), [c[1:] for c in BUDGET_LABEL_CASES], ids=[c[0] for c in BUDGET_LABEL_CASES])
def test_a_budget_heading_an_entry_is_no_size_of_its_models(text: str, groups: list[str], shown: str) -> None:
    check_claims(text, groups, shown)


# Table columns: `bandwidth (GB/s)` holds rates, never sizes; `bytes/token (GB)` what a decoding step reads, which may
# be weights and cache together, whatever the section is about. Llama 3.1 8B at Q4_K_M ≈ 4.91 GB; its cache at 32K
# is 4 GiB (4.29 GB); 8.03B params.
_READ_TABLE = (
    "# Decode\n\n## Long context adds KV reads\n\nThe cache is read every step too.\n\n"
    "| setup | bytes/token (GB) | bandwidth (GB/s) | ceiling (tok/s) |\n|---|---|---|---|\n"
)
READ_COLUMN_CASES = [
    # the section's cache is no reading of the read column; the bandwidth column is never one; the rate under
    # `ceiling (tok/s)` is a claim of its own (round 31: a header naming a rate gives its unit), not judged here
    ("rate-column", _READ_TABLE + "| 4090, Llama 3.1 8B Q4_K_M, short ctx | 4.91 | 1008 | 205 |\n", [V, V], ""),
    ("read-sum", _READ_TABLE + "| 4090, Llama 3.1 8B Q4_K_M, 32K ctx | 9.2 | 1008 | 110 |\n", [V, V], ""),
]


@pytest.mark.parametrize(("text", "groups", "shown"), [c[1:] for c in READ_COLUMN_CASES], ids=[c[0] for c in READ_COLUMN_CASES])
def test_rate_and_read_columns(text: str, groups: list[str], shown: str) -> None:
    got = [c for c in note_claims(text) if c.shape != "decode-ceiling"]  # type: ignore[attr-defined]
    assert sorted(c.verdict.group for c in got) == sorted(groups), [(c.shape, c.verdict, c.explanation) for c in got]  # type: ignore[attr-defined]


# A recipe in bytes per parameter said of an adapter (LoRA, `trainable`, `адаптер`) is applied to the adapter's own count
# (the last count in millions on its line or the line above), never to the base model; a clause about the frozen base
# keeps its own storage type. Llama 3.1 8B: 8.03B → 16.06 GB in bf16; an adapter of 41.9M × 16 B = 670 MB.
ADAPTER_CASES = [
    (
        "en-adapter-line-above",
        "# Llama 3.1 8B\n\n## LoRA\n\nOn all seven linear layers the adapter is 41.9M parameters.\n"
        "Adapter state at 16 B/param: 670 MB; the frozen bf16 base stays at 16.06 GB.\n",
        [H, H],
        "",
    ),
    (
        "en-adapter-wrong",
        "# Llama 3.1 8B\n\n## LoRA\n\nLoRA r=16 on q, k, v, o of Llama 3.1 8B: 13.6M trainable parameters. "
        "Adapter state at 16 bytes per parameter: 2.2 GB.\n",
        [H, W],
        "0.218 GB",
    ),
    (
        "ru-adapter",
        "# Llama 3.1 70B\n\nLoRA для Llama 3.1 70B: 207 млн обучаемых параметров. "
        "Состояние адаптера (16 байт на параметр) — 3,3 ГБ.\n",
        [V, H],
        "",
    ),
    # no count of its own stated anywhere near: the adapter's size is not the model's
    (
        "en-adapter-no-count",
        "# Llama 3.1 8B\n\nLlama 3.1 8B with a LoRA adapter: adapter state at 16 B/param is 0.5 GB.\n",
        [V],
        "",
    ),
]


@pytest.mark.parametrize(("text", "groups", "shown"), [c[1:] for c in ADAPTER_CASES], ids=[c[0] for c in ADAPTER_CASES])
def test_an_adapters_recipe_is_applied_to_its_own_count(text: str, groups: list[str], shown: str) -> None:
    check_claims(text, groups, shown)


# The line that opens a list with a colon and names one sized model is the subject of the list's items, whether the
# catalogue has it or not: never the model of the paragraph before. Qwen2.5-7B: 7.62B params → 15.23 GB in bf16;
# Qwen2.5-14B: 14.77B → 29.54 GB in bf16, 8.98 GB as Q4_K_M.
LIST_OPENER_CASES = [
    (
        "en-opener",
        "# Qwen\n\n**Qwen2.5-7B** is 15.2 GB in bf16.\n\n**Qwen2.5-14B** is the interesting one:\n- bf16 weights 29.5 GB;\n"
        "- Q4_K_M about 9 GB.\n",
        [H, H, H],
        "",
    ),
    (
        "en-opener-wrong",
        "# Qwen\n\n**Qwen2.5-7B** is 15.2 GB in bf16.\n\n**Qwen2.5-14B** is the interesting one:\n- bf16 weights 15.2 GB.\n",
        [H, W],
        "29.54 GB",
    ),
    (
        "ru-opener",
        "# Qwen\n\nQwen2.5-7B весит 15,2 ГБ в bf16.\n\nА вот Qwen2.5-14B:\n- в bf16 — 29,5 ГБ;\n- в Q4_K_M — около 9 ГБ.\n",
        [H, H, H],
        "",
    ),
    # an opener that asks nothing of a model (no colon) leaves the items to the rules before
    (
        "en-no-colon",
        "# Qwen\n\n**Qwen2.5-14B** is 29.5 GB in bf16.\n\nThe smaller sibling is next.\n- Qwen2.5-7B in bf16: 15.2 GB.\n",
        [H, H],
        "",
    ),
]


@pytest.mark.parametrize(("text", "groups", "shown"), [c[1:] for c in LIST_OPENER_CASES], ids=[c[0] for c in LIST_OPENER_CASES])
def test_a_list_opener_names_its_items_model(text: str, groups: list[str], shown: str) -> None:
    check_claims(text, groups, shown)


# `128K ≈ 200 pages`: a bare number with a noun of its own counts another thing, no restatement of the figure.
# A node of its own (`на одном узле`) is no device count taken from the line above. `MHA (64 heads)` names the heads a
# hypothetical cache keeps. `the same as the 8x7B` compares with a sibling; the section's model stays the subject.
# Llama 3.1 70B: 80 layers × 64 heads × 128 dims → 2.5 MiB per token with all heads; Llama 3.1 405B in fp8: 405.85 GB.
# Mixtral 8x22B: 39.15B active of 140.62B = 27.84 %; Mixtral 8x7B: 12.88B of 46.70B = 27.58 %.
MISC_CASES = [
    ("ru-pages", "# Токены\n\n- 128K ≈ 200 страниц по-английски.\n", [], ""),
    ("en-pages", "# Tokens\n\n- 32K ≈ 50 pages of English.\n", [], ""),
    (
        "ru-own-node",
        "# TP\n\n- Llama 3.1 70B: TP=4 (17,6 ГБ на карту).\n- Llama 3.1 405B: FP8 на одном узле, 50,7 ГБ на карту.\n",
        [V, V],
        "",
    ),
    (
        "ru-mha-heads",
        "# Кэш\n\nЕсли бы Llama 3.1 70B была MHA (64 головы), кэш был бы 2,5 МиБ на токен.\n",
        [H],
        "",
    ),
    (
        "en-mha-heads-wrong",
        "# Cache\n\nIf Llama 3.1 70B used MHA with 64 heads, its cache would be 5 MiB per token.\n",
        [W],
        "2.5 MiB",
    ),
    (
        "en-same-as-sibling",
        "# MoE\n\n## Mixtral 8x22B\n\n- Active share: 27.8 %, the same as the 8x7B.\n",
        [H],
        "",
    ),
    (
        "ru-kak-u-sibling",
        "# MoE\n\n## Mixtral 8x22B\n\n- Доля активных параметров — 27,8 %, как и у 8x7B.\n",
        [H],
        "",
    ),
]


@pytest.mark.parametrize(("text", "groups", "shown"), [c[1:] for c in MISC_CASES], ids=[c[0] for c in MISC_CASES])
def test_round_20_subjects_and_inputs(text: str, groups: list[str], shown: str) -> None:
    check_claims(text, groups, shown)


# A type the section's heading names is the type of its lines that name none. Llama 3.1 70B: 70.55B params → 141.1 GB
# in bf16, 35.28 GB per card over 4, 17.64 GB over 8.
HEADING_TYPE_CASES = [
    ("ru-heading-bf16", "# TP\n\n## Llama 3.1 70B (141,1 ГБ в bf16)\n\n- TP=4: на каждую карту 35,3 ГБ весов.\n", [H, H], ""),
    ("ru-heading-wrong", "# TP\n\n## Llama 3.1 70B (141,1 ГБ в bf16)\n\n- TP=8 — 8,8 ГБ на карту.\n", [H, W], "17.638 GB"),
    ("en-heading-fp8", "# TP\n\n## Llama 3.1 70B in fp8\n\n- Over 2 GPUs each holds 35.3 GB of weights.\n", [H], ""),
    # a line with a type of its own keeps it
    ("en-own-type", "# TP\n\n## Llama 3.1 70B in fp8\n\n- In bf16 over 4 GPUs each holds 35.3 GB of weights.\n", [H], ""),
]


@pytest.mark.parametrize(("text", "groups", "shown"), [c[1:] for c in HEADING_TYPE_CASES], ids=[c[0] for c in HEADING_TYPE_CASES])
def test_a_headings_type_is_its_sections(text: str, groups: list[str], shown: str) -> None:
    check_claims(text, groups, shown)


# A parameter count times the bits of a weight, read as bytes (`14.77B × 4 = 59 GB` for int4): right as a product,
# eight times too large as a size. Qwen2.5-14B: 14.77B → 7.39 GB at 4 bits; Llama 3.1 70B at 4.13 bits: 36.42 GB.
# A mixture of experts' token costs 2 × its active parameters: DeepSeek-V3 2 × 36.63B (input embedding aside) = 73.3
# GFLOP; gpt-oss-120b 2 × 5.13B = 10.3 GFLOP.
PRODUCT_SLIP_CASES = [
    ("ru-int4-bits", "# Qwen2.5-14B\n\n- AWQ int4: 14,77 млрд × 4 = 59 ГБ в чекпойнте.\n", [H, W], "7.385 GB"),
    ("en-int4-bits", "# Qwen2.5-14B\n\nIn int4 the checkpoint is 14.77B × 4 = 59 GB.\n", [H, W], "7.385 GB"),
    (
        "ru-nf4-bits-above",
        "# Llama\n\nLlama 3.1 70B в NF4 (около 4,13 бит на вес):\n- 70,55 млрд × 4,13 ≈ 291 ГБ.\n",
        [H, H, W],
        "36.421 GB",
    ),
    ("en-int4-right", "# Qwen2.5-14B\n\nIn int4 the checkpoint is 14.77B × 4 / 8 = 7.4 GB.\n", [H, H], ""),
    ("en-fp32-bytes", "# Qwen2.5-14B\n\nIn fp32 it is 14.77B × 4 = 59 GB.\n", [H, H], ""),
    ("en-moe-total-flops", "# MoE\n\nPer token DeepSeek-V3 does 2 × 671B = 1,342 GFLOP.\n", [H, W], "73.3 GFLOP"),
    ("en-moe-active-flops", "# MoE\n\nPer token gpt-oss-120b does 2 × 5.1B ≈ 10.2 GFLOP.\n", [H], ""),
    ("ru-card-fits", "# Qwen2.5-14B\n\n- AWQ на 12 ГБ не вариант: Qwen2.5-14B в bf16 весит 29,5 ГБ.\n", [H], ""),
]


@pytest.mark.parametrize(("text", "groups", "shown"), [c[1:] for c in PRODUCT_SLIP_CASES], ids=[c[0] for c in PRODUCT_SLIP_CASES])
def test_a_right_product_of_the_wrong_inputs(text: str, groups: list[str], shown: str) -> None:
    check_claims(text, groups, shown)


# The front matter's `model:` may be a mapping (`model:` / `  name: meta-llama/Llama-3.1-8B-Instruct`); a figure after
# another in its sentence takes the batch of its own stretch (`…; a batch of 64 such requests needs 64 GiB`).
# Llama 3.1 8B: 8.03B → 8.03 GB in fp8; 128 KiB per token; 4,096 tokens × 64 = 32 GiB.
_NESTED = "---\nmodel:\n  name: meta-llama/Llama-3.1-8B-Instruct\n  layers: 32\n---\n# Serving\n\n## Budget\n\n"
PROPERTIES_CASES = [
    ("en-nested-model", _NESTED + "- In fp8 the weights are 8.03 GB.\n", [H], ""),
    ("en-nested-model-wrong", _NESTED + "- In fp8 the weights are 4.02 GB.\n", [W], "8.03 GB"),
    (
        "en-own-stretch-batch",
        _NESTED + "- With 4K-token requests of KV cache a batch of 32 needs 16 GiB; a batch of 64 such requests needs 64 GiB.\n",
        [H, W],
        "32 GiB",
    ),
]


@pytest.mark.parametrize(("text", "groups", "shown"), [c[1:] for c in PROPERTIES_CASES], ids=[c[0] for c in PROPERTIES_CASES])
def test_nested_model_property_and_own_stretch_batch(text: str, groups: list[str], shown: str) -> None:
    check_claims(text, groups, shown)


# A front-matter mapping whose key names a model (`deepseek_v3:`, `llama31_8b:`, `qwen25_14b:`) is that model's: the
# sizes nested under it are its own. DeepSeek-V3: 671.03B → 671 GB in fp8; Llama 3.1 8B: Q4_K_M ≈ 4.91 GB, Q8_0 ≈ 8.53 GB.
NESTED_KEY_CASES = [
    ("en-parent-key-wrong", "---\nmodels:\n  deepseek_v3:\n    weights_fp8: 37 GB\n---\n# MoE\n\nText.\n", [W], "671.026 GB"),
    ("en-parent-key-holds", "---\nmodels:\n  deepseek_v3:\n    weights_fp8: 671 GB\n---\n# MoE\n\nText.\n", [H], ""),
    (
        "ru-dotless-key",
        "---\nмодели:\n  llama31_8b:\n    q4_k_m: 4,91 ГБ\n    q8_0: 4,27 ГБ\n---\n# Кванты\n\nТекст.\n",
        [H, W],
        "8.533 GB",
    ),
    ("en-qwen-dotless", "---\nsizes:\n  qwen25_14b:\n    weights_bf16: 29.5 GB\n---\n# Qwen\n\nText.\n", [H], ""),
    # a parent key naming no model gives none: the size stays unread as before
    ("en-parent-no-model", "---\nsizes:\n  big_one:\n    weights_fp8: 37 GB\n---\n# MoE\n\nText.\n", [], ""),
]


@pytest.mark.parametrize(("text", "groups", "shown"), [c[1:] for c in NESTED_KEY_CASES], ids=[c[0] for c in NESTED_KEY_CASES])
def test_a_mapping_key_names_its_sizes_model(text: str, groups: list[str], shown: str) -> None:
    check_claims(text, groups, shown)


# A subsection heading that is a model's size (`## The 14B`) names the note's model of that size; `4× A100-80GB` is
# four devices and `two 80 GB cards` two; a figure a sentence `totals` after a size and a cache is their sum; `128K` in
# the sentence before is 131,072 tokens as well as 128,000. Qwen2.5-7B: 28 layers, 4 KV heads (28 heads), 128 dims →
# 56 KiB per token, 7 GiB at 131,072 tokens, 49 GiB with all 28 heads; Qwen2.5-14B: 29.54 GB in bf16; Qwen2.5-72B:
# 145.4 GB in bf16, 36.35 GB per card over 4.
_QWENS = "# Qwen2.5 sizes compared\n\nQwen2.5-7B, Qwen2.5-14B and Qwen2.5-72B compared.\n\n"
SIZE_HEADING_CASES = [
    ("en-size-heading", _QWENS + "## The 14B\n\nIn bf16 it is 29.5 GB.\n", [H], ""),
    ("en-size-heading-wrong", _QWENS + "## The 14B\n\nIn fp32 it would be 29.5 GB as well.\n", [W], "59.08 GB"),
    (
        "en-a100-80gb",
        _QWENS + "## The 72B\n\nIn bf16 the weights are 145 GB, i.e. two 80 GB cards.\n"
        "With tensor parallelism over 4× A100-80GB, each GPU holds 145 GB of weights.\n",
        [H, W],
        "36.353 GB",
    ),
    (
        "en-128k-before",
        _QWENS + "## The 7B\n\nAt 128K tokens it needs 7 GiB of KV cache. Without GQA (all 28 heads as KV heads) "
        "the same context would take 49 GiB.\n",
        [H, H],
        "",
    ),
    (
        "en-totals",
        _QWENS + "## The 7B\n\nThe bf16 weights (15.2 GB) plus a 32K context (1.75 GiB of KV cache) totals about 17 GB.\n",
        [H, H, V],  # (round 21: `1.75 GiB of KV cache` names its part, the 32K cache, which holds)
        "",
    ),
    # an H1 title's size is no subsection's model: the note may be about several
    (
        "en-h1-size-is-not",
        "# Plan: an 8B from scratch\n\nLlama 3 8B and Qwen2.5-7B.\n\n## Checkpoints\n\n"
        "- Keeping the last 5 full checkpoints at ~112 GB each needs 0.56 TB.\n",
        [H],
        "",
    ),
]


@pytest.mark.parametrize(("text", "groups", "shown"), [c[1:] for c in SIZE_HEADING_CASES], ids=[c[0] for c in SIZE_HEADING_CASES])
def test_a_size_heading_and_device_counts(text: str, groups: list[str], shown: str) -> None:
    check_claims(text, groups, shown)


# A line naming no model under one that calls a model by its size alone (`- Если бы 70B была MHA …`) is about the note's
# one model of that size when no nearer line names one. Llama 3.1 70B: 320 KiB per token; 8 × 32,768 tokens = 80 GiB.
SIZE_ABOVE_CASES = [
    (
        "ru-size-above",
        "---\nmodels:\n  - meta-llama/Llama-3.1-8B-Instruct\n  - meta-llama/Llama-3.1-70B-Instruct\n---\n# Кэш\n\n"
        "- Одна последовательность 128K у 70B — 40 ГиБ кэша.\n- Восемь пользователей по 32K — 40 ГиБ кэша.\n",
        [H, W],
        "80 GiB",
    ),
]


@pytest.mark.parametrize(("text", "groups", "shown"), [c[1:] for c in SIZE_ABOVE_CASES], ids=[c[0] for c in SIZE_ABOVE_CASES])
def test_a_size_named_above_is_the_notes_model_of_that_size(text: str, groups: list[str], shown: str) -> None:
    check_claims(text, groups, shown)


# A count in a column of trainable parameters is an adapter's, no model's whole: the row's size is not its weights.
TRAINABLE_COLUMN_CASES = [
    (
        "en-trainable-column",
        "# Llama 3.1 8B\n\n| method (Llama 3.1 8B) | trainable params | model state, GB |\n|---|---|---|\n"
        "| LoRA r=16 qkvo, bf16 base | 13.6M | 16.3 |\n",
        [V],  # at most a reading of the note's model, never the 13.6M's weights
        "",
    ),
]


@pytest.mark.parametrize(
    ("text", "groups", "shown"), [c[1:] for c in TRAINABLE_COLUMN_CASES], ids=[c[0] for c in TRAINABLE_COLUMN_CASES]
)
def test_a_trainable_count_is_no_models_size(text: str, groups: list[str], shown: str) -> None:
    check_claims(text, groups, shown)


# The round's read-only review: right statements the round's first rules called wrong (each now right or unread).
# Llama 3.1 8B: 8.03B → 32.1 GB in fp32; a decoder block 218.1M; DeepSeek-V3 671B total; Llama 3.1 70B: 40 GiB at
# 131,072 tokens with its 8 KV heads; Mixtral 8x7B: attention 1.34B, 12.9B active (25.8 GB in bf16, 7.7 ms at 3.35 TB/s).
REVIEW_CASES = [
    ("fp32-with-4-bit", "# Llama 3.1 8B\n\nIn fp32, 8.03B × 4 = 32.1 GB; in 4-bit it is about 4.5 GB.\n", [H, H, H], ""),
    (
        "ru-fp32-with-4-bit",
        "# Llama 3.1 8B\n\nВ fp32 веса: 8,03 млрд × 4 = 32,1 ГБ, а в 4-битном виде — около 4,5 ГБ.\n",
        [H, H, H],
        "",
    ),
    (
        "dense-would",
        "# DeepSeek-V3\n\nA dense model of the same size would need 2 × 671B = 1,342 GFLOP per token.\n",
        [H],
        "",
    ),
    ("ru-naive", "# DeepSeek-V3\n\nНаивно на токен: 2 × 671 млрд = 1342 GFLOP, хотя работают только активные.\n", [H], ""),
    (
        "gqa-instead-of-mha",
        "# Llama 3.1 70B\n\nThanks to GQA instead of MHA (64 heads), the KV cache at 128K tokens is 40 GiB per sequence.\n",
        [H],
        "",
    ),
    (
        "each-block",
        "# Llama 3.1 8B\n\nEach decoder block holds 218M parameters, while the embedding table is 525M.\n",
        [],
        "",
    ),
    (
        "rest-attention",
        "# Mixtral 8x7B\n\nThe experts hold almost everything; of the rest, attention accounts for about 1.3B.\n",
        [],
        "",
    ),
    (
        "active-weights-read",
        "# Mixtral 8x7B\n\nFor every generated token the GPU reads the active bf16 weights; at 3.35 TB/s that takes "
        "about 7.7 ms.\n",
        [],
        "",
    ),
    (
        "each-of-these",
        "# Llama 3.1 8B\n\nEight users at a 32K context need 32 GiB of KV cache.\nEach of these requests alone takes 4 GiB.\n",
        [H, H],
        "",
    ),
]


@pytest.mark.parametrize(("text", "groups", "shown"), [c[1:] for c in REVIEW_CASES], ids=[c[0] for c in REVIEW_CASES])
def test_the_rounds_review_right_statements(text: str, groups: list[str], shown: str) -> None:
    check_claims(text, groups, shown)


# After T's closed score: a table's type-only columns right of a cache column are the cache in that type, never the
# weights; a column per token gives no context; devices named after a share (`per GPU on 1,024 GPUs`) are its count.
# Llama 3.1 8B: 16 GiB of cache at 128k in fp16, 8.03 GB of weights in fp8; 1.13 TB over 1,024 GPUs = 1.1 GB each.
AFTER_T_CASES = [
    (
        "type-columns-of-the-cache",
        "# Cache\n\n| model | cache at 128k, fp16 (GiB) | fp8 (GiB) | int4 (GiB) |\n|---|---|---|---|\n"
        "| Llama-3.1-8B | 16 | 8 | 4 |\n",
        [H, V, V],
        "",
    ),
    (
        "type-columns-of-the-weights",
        "# Sizes\n\n| model | KV per token (KiB) | bf16 (GB) | fp8 (GB) |\n|---|---|---|---|\n"
        "| Llama-3.1-8B | 128 | 16.1 | 4 |\n",
        [H, H, W],
        "8.03 GB",
    ),
    (
        "per-token-column-is-no-context",
        "# Кэш на 128k\n\n| модель | КиБ на токен | кэш при 131 072 токенах, ГиБ |\n|---|---|---|\n| Llama-3.1-8B | 128 | 16 |\n",
        [H, V],
        "",
    ),
    ("devices-after", "# Plan\n\n- Model states 1.13 TB; ZeRO-3 brings that to 1.1 GB per GPU on 1,024 GPUs.\n", [H], ""),
]


@pytest.mark.parametrize(("text", "groups", "shown"), [c[1:] for c in AFTER_T_CASES], ids=[c[0] for c in AFTER_T_CASES])
def test_after_ts_closed_score(text: str, groups: list[str], shown: str) -> None:
    check_claims(text, groups, shown)
