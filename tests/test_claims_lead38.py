"""Claim cases of our own wording for the thirty-eighth round's rules (stop 47).

Facts (claims-gold and the catalogue's configs): Mistral-7B-v0.1 has a 4,096-token sliding window, v0.2 and v0.3 none;
each caches 2 × 32 layers × 8 KV heads × 128 dims × 2 B = 128 KiB a token in 16 bits (32K tokens: 4 GiB; the v0.1
window: 512 MiB). Mistral-7B-v0.3 has 7,248,023,552 parameters (bf16 14.5 GB).
"""

from __future__ import annotations

import pytest
from conftest import H, W, note_claims

from vaultkit.claims.model import Verdict


def _claims(text: str, stated: str) -> list[object]:
    return [c for c in note_claims(text) if c.stated == stated]  # type: ignore[attr-defined]


def _judged(text: str, stated: str, group: str, shown: str) -> None:
    """The figure `stated` is one claim, judged `group`, its explanation showing `shown`."""
    claims = _claims(text, stated)
    assert [c.verdict.group for c in claims] == [group]  # type: ignore[attr-defined]
    assert shown in claims[0].explanation  # type: ignore[attr-defined]


# A model named without its version in a note whose front matter names one version of it is that version.
V03 = "---\nmodel: mistralai/Mistral-7B-v0.3\n---\n# Serving notes\n\n"
VERSION_CASES = [
    ("en-v03-holds", V03 + "The Mistral-7B KV cache at 32K for one user is 4 GiB.\n", "4 GiB", H, ""),
    ("ru-v03-wrong", V03 + "Кэш Mistral-7B на 32K для одного пользователя — 512 МиБ.\n", "512 МиБ", W, "4,096 MiB"),
    (
        "en-no-version-keeps-the-window",
        "# Serving notes\n\nThe Mistral-7B KV cache at 32K for one user is 4 GiB.\n",
        "4 GiB",
        W,
        "0.5 GiB",
    ),
    (
        "en-v01-named-keeps-the-window",
        "---\nmodel: mistralai/Mistral-7B-v0.1\n---\n# Serving notes\n\nThe Mistral-7B KV cache at 32K for one user is 4 GiB.\n",
        "4 GiB",
        W,
        "0.5 GiB",
    ),
]


@pytest.mark.parametrize(("text", "stated", "group", "shown"), [pytest.param(*c[1:], id=c[0]) for c in VERSION_CASES])
def test_a_model_named_without_the_version_the_front_matter_names(text: str, stated: str, group: str, shown: str) -> None:
    _judged(text, stated, group, shown)


def test_the_family_word_of_the_versioned_model() -> None:
    """`Mistral-7B` and the front matter's `mistral-7b-v0.3` are one model, so a bare `Mistral` is it, beside a second
    family (it was unread: two Mistral models)."""
    text = (
        "---\nmodels:\n  - mistralai/Mistral-7B-v0.3\n  - meta-llama/Llama-3-8B\n---\n# Cheat sheet\n\n"
        "- 2N per token for Mistral-7B: 14.5 GFLOP.\n- Llama-3-8B has 8.03B parameters.\n\n"
        "- Mistral KV for 8 users × 8K = 1 GiB.\n"
    )
    _judged(text, "1 GiB", W, "8 GiB")


def test_a_count_under_a_billion_is_written_in_millions() -> None:
    """A stated adapter count times its bytes is shown as `13.6M params`, not `0.01B`."""
    claims = _claims("# Adapter\n\nThe adapter's 13.6M params in bf16 are 54.5 MB.\n", "54.5 MB")
    assert [c.verdict.group for c in claims] == [W]  # type: ignore[attr-defined]
    assert "13.6M params" in claims[0].explanation and "0.01B" not in claims[0].explanation  # type: ignore[attr-defined]


# Devices added to the catalogue with their published bandwidths (H800 SXM 3.35 TB/s, DGX Spark 273 GB/s).
DEVICE_CASES = [
    ("h800", "On an H800 SXM, Llama-3-8B in bf16 decodes at most 600 tok/s.", "at most 600 tok/s", W, "208.6"),
    ("spark", "DGX Spark: Llama-3-8B bf16 decodes at most 17 tok/s.", "at most 17 tok/s", H, "DGX Spark 273 GB/s"),
]


@pytest.mark.parametrize(("text", "stated", "group", "shown"), [pytest.param(*c[1:], id=c[0]) for c in DEVICE_CASES])
def test_devices_with_published_bandwidths(text: str, stated: str, group: str, shown: str) -> None:
    _judged("# Speeds\n\n" + text + "\n", stated, group, shown)


# gpt-oss's vendor counts the active parameters without the input embedding table (120b: 5.13B): a decoding step reads
# that many (MXFP4: 2.73 GB; an H100 SXM's 3.35 TB/s gives 1,229 tok/s).
def test_a_gpt_oss_step_reads_its_published_active_count() -> None:
    text = "# Speeds\n\nOn an H100 SXM, gpt-oss-120b in MXFP4 decodes at most 1,220 tok/s.\n"
    _judged(text, "at most 1,220 tok/s", H, "5.13B active")


# A mixture's whole stated size: one decoding step reads its active experts' share (Mixtral-8x22B: 39.15B of 140.62B;
# 86 GB → 23.9 GB; 256 GB/s → 10.7 tok/s), unless the sentence supposes every expert is read.
MOE_SHARE_CASES = [
    ("en-holds", "Mixtral 8x22B in Q4_K_M (86 GB) at 256 GB/s: the ceiling is 10.7 tok/s.", "10.7 tok/s", H, "active share"),
    ("ru-wrong", "Mixtral 8x22B в Q4_K_M (86 ГБ) при 256 ГБ/с: потолок 40 ток/с.", "40 ток/с", W, "10.7 tok/s"),
    (
        "en-supposed",
        "Mixtral 8x22B in Q4_K_M is 86 GB; if every token had to read all 86 GB at 256 GB/s, the ceiling would be 3 tok/s.",
        "3 tok/s",
        H,
        "all weights",
    ),
]


@pytest.mark.parametrize(("text", "stated", "group", "shown"), [pytest.param(*c[1:], id=c[0]) for c in MOE_SHARE_CASES])
def test_a_mixtures_stated_size_read_per_token(text: str, stated: str, group: str, shown: str) -> None:
    _judged("# Speeds\n\n" + text + "\n", stated, group, shown)


# A type said right after a figure (`… when stored in fp32`, `при хранении в fp32`) is that figure's own, not the type a
# figure before it has; a bracket's reasoning after a figure is no type of it.
STORED_CASES = [
    ("en-holds", "which occupies 16.06 GB when stored in bf16 and 32.1 GB when stored in fp32.", "32.1 GB", H, ""),
    ("en-wrong", "which occupies 16.06 GB when stored in bf16 and 16.1 GB when stored in fp32.", "16.1 GB", W, "32.121 GB"),
    ("ru-holds", "занимает 16,06 ГБ при хранении в bf16 и 32,1 ГБ при хранении в fp32.", "32,1 ГБ", H, ""),
]


@pytest.mark.parametrize(("text", "stated", "group", "shown"), [pytest.param(*c[1:], id=c[0]) for c in STORED_CASES])
def test_a_type_said_right_after_a_figure(text: str, stated: str, group: str, shown: str) -> None:
    _judged("# Sizes\n\nLlama-3-8B has 8,030,261,248 parameters,\n" + text + "\n", stated, group, shown)


def test_a_brackets_reasoning_is_no_type_of_the_figure() -> None:
    """`Q4_K_M is about 43 GB (4 bits = half a byte per param)`: the Q4_K_M before is the figure's type."""
    text = '# Sizes\n\n1. "Llama-3-70B Q4_K_M is about 43 GB (4 bits = half a byte per param)."\n'
    _judged(text, "about 43 GB", H, "Q4_K_M")


# A capacity tier (`✅ 8 GB tier`, `a 24 GB class card`) is a limit a model is held to, not its size.
@pytest.mark.parametrize("tier", ["✅ 8 GB tier", "✅ 8 GB class"])
def test_a_capacity_tier_is_no_model_size(tier: str) -> None:
    text = f"# Tiers\n\n> Default quant: Q4_K_M (4.89 bpw). Default download per model:\n> - llama-3-8b: 4.58 GB {tier}\n"
    assert [c.verdict.group for c in _claims(text, "8 GB")] != [W]  # type: ignore[attr-defined]


# Several files or models summed, or the weights with the batch, are a total: no single model's size.
TOTAL_CASES = [
    ("en-files", "That is 4.58 GiB; the six files together are 35.9 GB.", "35.9 GB"),
    ("ru-models", "Это 4,58 ГиБ; все шесть моделей вместе — 35,9 ГБ.", "35,9 ГБ"),
    ("en-batch", "Llama-3.1-70B: bf16 weights plus the full batch ≈ 171 GiB, so no 80 GB card does it.", "≈ 171 GiB"),
]


@pytest.mark.parametrize(("text", "stated"), [pytest.param(*c[1:], id=c[0]) for c in TOTAL_CASES])
def test_a_total_of_several_is_no_models_size(text: str, stated: str) -> None:
    claims = _claims("# Totals\n\nLlama-3-8B Q4_K_M is 4.91 GB.\n" + text + "\n", stated)
    assert claims and all(c.verdict.group != W for c in claims)  # type: ignore[attr-defined]


def test_a_family_word_for_the_notes_versioned_model() -> None:
    """`Granite` in a note configuring `granite-3.1-8b` (a version before the size) is that model."""
    text = (
        "---\nmodels:\n  granite-3.1-8b: {hidden: 4096, intermediate: 12800, layers: 40, heads: 32, kv_heads: 8, head_dim: 128,"
        " vocab: 49155, tied: true}\n---\n# Sizes\n\n- Phi-4 is another model.\n"
        "- Granite Q8_0 is 8.68 GB; 8.2 GB is the plain int4 size, half a byte per parameter.\n"
    )
    _judged(text, "8.2 GB", W, "4.085 GB")


# A bandwidth an earlier sentence of the line states is the line's rates' (`(4090, 1008 GB/s): …; Phi-4 Q4_K_M 112
# tok/s`), before a figure stated above in the section; not past a device named after it.
LINE_BANDWIDTH_CASES = [
    (
        "en-holds",
        "- huge tier (4090, 1008 GB/s): Llama-3-8B Q4_K_M 205 tok/s; Phi-4 Q4_K_M 112 tok/s.",
        "112 tok/s",
        H,
        "1008 GB/s",
    ),
    ("en-wrong", "- huge tier (4090, 1008 GB/s): Llama-3-8B Q4_K_M 205 tok/s; Phi-4 Q4_K_M 224 tok/s.", "224 tok/s", W, "113.4"),
    (
        "ru-holds",
        "- старший (4090, 1008 ГБ/с): Llama-3-8B Q4_K_M 205 ток/с; Phi-4 Q4_K_M 112 ток/с.",
        "112 ток/с",
        H,
        "1008 ГБ/с",
    ),
]


@pytest.mark.parametrize(("text", "stated", "group", "shown"), [pytest.param(*c[1:], id=c[0]) for c in LINE_BANDWIDTH_CASES])
def test_a_bandwidth_stated_earlier_on_the_line(text: str, stated: str, group: str, shown: str) -> None:
    _judged("# Tiers\n\nThe mid tier reads 360 GB/s.\n\n" + text + "\n", stated, group, shown)


# A figure said to be what the query heads would cost (`what 64 *query* heads would cost`) is judged with those heads;
# where the sentence states the KV heads too, the cache counts those (`keeps 8 KV heads for 64 query heads`).
QUERY_HEADS_CASES = [
    ("en-emphasis-holds", "Llama-3-70B: 2.5 MiB/token is what 64 *query* heads would cost.", "2.5 MiB", H, "64 KV heads"),
    ("en-plain-wrong", "Llama-3-70B: 5 MiB/token is what 64 query heads would cost.", "5 MiB", W, "2.5 MiB"),
    ("en-kv-said-holds", "Llama-3-70B keeps 8 KV heads for 64 query heads, so its 320 KiB per token is small.", "320 KiB", H, ""),
]


@pytest.mark.parametrize(("text", "stated", "group", "shown"), [pytest.param(*c[1:], id=c[0]) for c in QUERY_HEADS_CASES])
def test_a_figure_said_to_count_the_query_heads(text: str, stated: str, group: str, shown: str) -> None:
    _judged("# Cache\n\n" + text + "\n", stated, group, shown)


# A training figure whose sentence names no model reads the nearest line above naming one (a transcript's items), before
# a line further up that sets the section's subject; a line naming a model only for comparison is passed over.
TRANSCRIPT = (
    "# Episode\n\n- [18:50] Lena: So a Llama-2-70B in fp16 decodes at most 24 tokens a second on one H100.\n"
    "- [19:30] Sam: And on two H100s it's still 24 tok/s.\n"
    "- [22:40] Sam: Full fine-tuning Llama-2-7B with Adam is 16 bytes per parameter, about 108 GB.\n"
)
NEAREST_MODEL_CASES = [
    ("en-holds", TRANSCRIPT + "- [24:30] Sam: With ZeRO-3 over 8 GPUs that's 13.5 GB per GPU.\n", "13.5 GB", H, "Llama-2-7B"),
    ("en-wrong", TRANSCRIPT + "- [24:30] Sam: With ZeRO-3 over 8 GPUs that's 27 GB per GPU.\n", "27 GB", W, "13.477 GB"),
]


@pytest.mark.parametrize(("text", "stated", "group", "shown"), [pytest.param(*c[1:], id=c[0]) for c in NEAREST_MODEL_CASES])
def test_a_training_figure_reads_the_nearest_model_above(text: str, stated: str, group: str, shown: str) -> None:
    _judged(text, stated, group, shown)


def test_a_zero_share_is_never_dropped() -> None:
    """`С ZeRO-3 на 8 GPU это 6 ГБ на GPU.` with no model in reach: unverifiable, not silent (it vanished before)."""
    for text in ("С ZeRO-3 на 8 GPU это 6 ГБ на GPU.", "With ZeRO-3 over 8 GPUs that's 6 GB per GPU."):
        stated = "6 ГБ" if "ГБ" in text else "6 GB"
        assert [c.verdict.group for c in _claims("# Shares\n\n" + text + "\n", stated)]  # type: ignore[attr-defined]


# A sequence length said in thousands after `at` (`Activations for Llama-2-7B at 4K, batch 1`) is the activations' s:
# each figure is judged by the formula (one layer 3.255 GB, 32 layers 104.2 GB; FlashAttention 34·s·b·h = 570 MB),
# not the total by the per-layer figure. A FlashAttention or per-layer sentence is about sizing (never dropped).
ACT = "Lena: Activations for Llama-2-7B at 4K, batch 1, no recomputation: 6.5 GB per layer, 104 GB over 32 layers.\n"
AT_K_CASES = [
    ("en-layer-wrong", ACT, "6.5 GB", W, "3.255 GB"),
    ("en-total-holds", ACT, "104 GB", H, ""),
    ("en-flash-holds", ACT + "Sam: FlashAttention brings that to 570 MB per layer.\n", "570 MB", H, ""),
    ("ru-layer-wrong", "Активации Llama-2-7B при 4K, батч 1, без пересчёта: 6,5 ГБ на слой.\n", "6,5 ГБ", W, "3.255 GB"),
]


@pytest.mark.parametrize(("text", "stated", "group", "shown"), [pytest.param(*c[1:], id=c[0]) for c in AT_K_CASES])
def test_a_sequence_length_at_thousands(text: str, stated: str, group: str, shown: str) -> None:
    _judged("# Activations\n\n" + text, stated, group, shown)


# A training recipe named by its optimizer in the sentence or on the line just above (`Mixed-precision Adam …`) is 16 B
# per parameter, nearer than a rate in bytes stated further up; `ZeRO-3 on 8.` counts 8 devices; a TP split the line
# above states of another model divides nothing here.
ABOVE_4B = (
    "# Training\n\n- Sam: Full fine-tuning Llama-2-7B is 16 bytes per parameter.\n"
    "- Lena: No, it's 4 bytes per parameter, 27 GB.\n"
)
RECIPE_CASES = [
    ("en-adam-holds", ABOVE_4B + "- Sam: Mixed-precision Adam for Llama-3-8B: 128.5 GB.\n", "128.5 GB", H, ""),
    (
        "en-zero-on-8-holds",
        ABOVE_4B + "- Sam: Mixed-precision Adam for Llama-3-8B: 128.5 GB.\n- Lena: That's 16 GB per GPU with ZeRO-3 on 8.\n",
        "16 GB",
        H,
        "ZeRO-3 over 8 devices",
    ),
    (
        "en-zero-on-8-wrong",
        ABOVE_4B + "- Sam: Mixed-precision Adam for Llama-3-8B: 128.5 GB.\n- Lena: That's 64 GB per GPU with ZeRO-3 on 8.\n",
        "64 GB",
        W,
        "16.061 GB",
    ),
    (
        "en-another-models-split",
        "# Distill\n\nTeacher Llama-3-70B in bf16: 141.11 GB, i.e. 17.64 GB per card with TP=8.\n"
        "Student Llama-3-8B, full fine-tune: 128.48 GB of state, 16.06 GB per card with ZeRO-3 over 8.\n",
        "16.06 GB",
        H,
        "",
    ),
]


@pytest.mark.parametrize(("text", "stated", "group", "shown"), [pytest.param(*c[1:], id=c[0]) for c in RECIPE_CASES])
def test_the_nearest_recipe_and_devices(text: str, stated: str, group: str, shown: str) -> None:
    _judged(text, stated, group, shown)


# A share said once after a list joined by `and`/`и` (`32.9 GiB of weights and 20 GiB of cache per card`) is each figure's:
# Llama-3-70B in int8 over two cards is 32.854 GiB a card. A comma's restatement (`405.9 GB, 50.7 GB per GPU`) is not.
LISTED_SHARE_CASES = [
    ("en-holds", "Llama-3-70B: two A100s with int8: 32.9 GiB of weights and 20 GiB of cache per card.", "32.9 GiB", H, ""),
    ("ru-holds", "Llama-3-70B: берём 2 × A100 с int8: по 32,9 ГиБ весов и 20 ГиБ кэша на карту.", "32,9 ГиБ", H, ""),
    ("en-wrong", "Llama-3-70B: two A100s with int8: 16.4 GiB of weights and 20 GiB of cache per card.", "16.4 GiB", W, "32.854"),
    ("en-comma-total", "Llama-3-70B in int8 on 2 × A100: 70.6 GB, 35.3 GB per GPU.", "70.6 GB", H, ""),
]


@pytest.mark.parametrize(("text", "stated", "group", "shown"), [pytest.param(*c[1:], id=c[0]) for c in LISTED_SHARE_CASES])
def test_a_share_said_once_after_a_list(text: str, stated: str, group: str, shown: str) -> None:
    _judged("# Plan\n\n" + text + "\n", stated, group, shown)


def test_a_model_called_by_its_size_is_no_adapter_count() -> None:
    """`QLoRA keeps the base in NF4: 1.7 GB for the 7B.` after an adapter's count: `the 7B` is the model, not a count."""
    text = (
        "# QLoRA\n\n- Lena: LoRA rank 16 on q and v of Llama-2-7B is 8.4M trainable parameters.\n"
        "- Sam: QLoRA keeps the base in NF4: 1.7 GB for the 7B.\n"
    )
    assert _claims(text, "7B") == []
    _judged(text, "1.7 GB", W, "3.369 GB")


# A storage type said after a figure of its own `;`-part (`✘ 9,2 ГБ — это int8; ✔ 336 КиБ`) is that figure's, not a
# later figure's: Gemma 2 9B caches 2 × 42 × 8 × 256 × 2 B = 336 KiB a token in 16 bits.
OWN_PART_CASES = [
    ("ru-holds", "Проверка Gemma 2 9B: ✘ 9,2 ГБ — это int8; ✔ 336 КиБ на токен кэша.", "336 КиБ", H, ""),
    ("en-holds", "Gemma 2 9B check: 9.2 GB is int8; its cache is 336 KiB per token.", "336 KiB", H, ""),
    ("en-wrong", "Gemma 2 9B check: 9.2 GB is int8; its cache is 168 KiB per token.", "168 KiB", W, "336 KiB"),
]


@pytest.mark.parametrize(("text", "stated", "group", "shown"), [pytest.param(*c[1:], id=c[0]) for c in OWN_PART_CASES])
def test_a_type_said_of_an_earlier_parts_figure(text: str, stated: str, group: str, shown: str) -> None:
    _judged("# Check\n\n" + text + "\n", stated, group, shown)


# A rate in a list item naming no model reads the model the nearest item above names (`- Llama-3-70B в bf16 занимает …`
# / `- KV-кэш — …` / `- Потолок генерации в bf16 на одной H100 — 47,5 ток/с`): 3.35 TB/s / 141.1 GB = 23.7 tok/s at most.
SIBLING_RATE_CASES = [
    (
        "ru-wrong",
        "Сервер для Llama-3-70B и Qwen2.5-32B. Его расчёт:\n\n"
        "- Llama-3-70B в bf16 занимает 141 ГБ.\n- KV-кэш — 320 КиБ на токен.\n"
        "- Потолок генерации в bf16 на одной H100 — 47,5 ток/с.\n",
        "47,5 ток/с",
        W,
        "23.7",
    ),
    (
        "en-holds",
        "A server for Llama-3-70B and Qwen2.5-32B. His numbers:\n\n"
        "- Llama-3-70B in bf16 is 141 GB.\n- KV cache is 320 KiB per token.\n"
        "- The bf16 decode ceiling on one H100 SXM is 23.7 tok/s.\n",
        "23.7 tok/s",
        H,
        "",
    ),
]


@pytest.mark.parametrize(("text", "stated", "group", "shown"), [pytest.param(*c[1:], id=c[0]) for c in SIBLING_RATE_CASES])
def test_a_rate_reads_the_model_of_the_item_above(text: str, stated: str, group: str, shown: str) -> None:
    _judged("# Plan\n\n" + text, stated, group, shown)


# A size name's nominal count (`70B`) allows ±10 %, but a figure within 1.5 % of the other unit's reading and 5 % off its
# own is that unit's figure mislabelled: `70B in bf16 = 141 GiB` is 140 GB labelled GiB, not 130.4 GiB.
NOMINAL_UNIT_CASES = [
    ("en-confused", "- 70B in bf16 = 141 GiB.", "141 GiB", Verdict.UNIT_CONFUSION.value, "GB labelled GiB"),
    ("ru-confused", "- 70B в bf16 — 141 ГиБ.", "141 ГиБ", Verdict.UNIT_CONFUSION.value, "GB labelled GiB"),
    ("en-own-unit", "- 70B in bf16 = 130 GiB.", "130 GiB", H, ""),
    ("en-approx", "- 7B in bf16 = 15.2 GB.", "15.2 GB", H, "nominal"),
]


@pytest.mark.parametrize(("text", "stated", "group", "shown"), [pytest.param(*c[1:], id=c[0]) for c in NOMINAL_UNIT_CASES])
def test_a_nominal_size_figure_in_the_other_unit(text: str, stated: str, group: str, shown: str) -> None:
    _judged("# Sizes\n\n" + text + "\n", stated, group, shown)


# A code block's cache per token multiplied out with the query heads (`kv = 2 * 80 * 64 * 128 * 2  # 2,5 МиБ на токен` for
# Llama-3-70B, 8 KV heads of 64) is wrong by 8/64, and so is a figure the block computes from it by products and quotients.
CODE_KV = (
    "---\nmodel: meta-llama/Meta-Llama-3-70B\n---\n# Расчёт\n\n```python\n"
    "kv = 2 * 80 * 64 * 128 * 2       # 2,5 МиБ на токен\n"
    "print(kv * 8192 * 16 / 2**30)    # 320 — ГиБ на 16 пользователей\n"
    "kv8 = 2 * 80 * 8 * 128 * 2       # 320 КиБ на токен\n"
    "print(kv8 * 8192 * 16 / 2**30 + 1)  # 41 — с запасом\n```\n"
)
CODE_KV_CASES = [
    ("per-token-wrong", "2,5 МиБ", W, "8 KV heads"),
    ("derived-wrong", "320", W, "= 40"),
    ("kv-heads-holds", "320 КиБ", H, ""),
]


@pytest.mark.parametrize(("stated", "group", "shown"), [pytest.param(*c[1:], id=c[0]) for c in CODE_KV_CASES])
def test_a_code_blocks_cache_with_query_heads(stated: str, group: str, shown: str) -> None:
    _judged(CODE_KV, stated, group, shown)


def test_a_sum_of_the_cache_is_left_as_judged() -> None:
    """`kv8 * … + 1`: a sum is not proportional to the product; its verdict is the code's own."""
    assert [c.verdict.group for c in _claims(CODE_KV, "41")] != [W]  # type: ignore[attr-defined]


# A figure said to be what each token reads, no type said, that is all of a mixture's weights in a common type (Mixtral-
# 8x7B: 93.4 GB, 46.70B in bf16) is wrong: a token reads its active experts (12.88B × 2 B = 25.76 GB). Supposed or
# batched reads stay unjudged.
WHOLE_READ_CASES = [
    ("en-wrong", "- Mixtral-8x7B reads its active weights, 93.4 GB, per token.", "93.4 GB", W, "25.76 GB"),
    ("ru-wrong", "- Mixtral-8x7B на каждом токене читает все 93,4 ГБ весов.", "93,4 ГБ", W, "25.76 GB"),
    ("en-supposed", "- If every token read all 93.4 GB of Mixtral-8x7B, the ceiling would be 36 tok/s.", "93.4 GB", None, ""),
    ("en-batch", "- At batch 64 Mixtral-8x7B reads all 93.4 GB per step.", "93.4 GB", None, ""),
]


@pytest.mark.parametrize(("text", "stated", "group", "shown"), [pytest.param(*c[1:], id=c[0]) for c in WHOLE_READ_CASES])
def test_a_mixtures_whole_size_said_read_per_token(text: str, stated: str, group: str | None, shown: str) -> None:
    if group is None:
        assert W not in [c.verdict.group for c in _claims("# Reads\n\n" + text + "\n", stated)]  # type: ignore[attr-defined]
    else:
        _judged("# Reads\n\n" + text + "\n", stated, group, shown)


# A compute time over named devices whose FLOP/s the note does not state reads the device's published dense 16-bit peak
# (A100 312 TFLOP/s; an H100 756 or 989, the variant nearest the figure); a product written out above that is not the
# count it states is the count the time is judged by (6 × 1.54B × 30B = 2.77e20, not 2.78e19).
PEAK_CASES = [
    ("ru-h100-wrong", "Обучение: 7,4 × 10²⁰ FLOP; на 8 × H100 при MFU 40 % это 6,5 часа.", "6,5 часа", W, "64.95"),
    ("ru-h100-sxm-holds", "Обучение: 7,4 × 10²⁰ FLOP; на 8 × H100 при MFU 40 % это 65 часов.", "65 часов", H, "9.89e+14"),
    ("ru-h100-pcie-holds", "Обучение: 7,4 × 10²⁰ FLOP; на 8 × H100 при MFU 40 % это 85 часов.", "85 часов", H, "7.56e+14"),
    (
        "ru-product-above",
        "- Вычисления: 6ND = 6 × 1,54 млрд × 30 млрд = 2,78 × 10¹⁹ FLOP.\n- На 8 × A100 при MFU 40 % это 7,7 часа.",
        "7,7 часа",
        W,
        "77.12",
    ),
]


@pytest.mark.parametrize(("text", "stated", "group", "shown"), [pytest.param(*c[1:], id=c[0]) for c in PEAK_CASES])
def test_a_compute_time_on_a_devices_published_peak(text: str, stated: str, group: str, shown: str) -> None:
    _judged("# Compute\n\n" + text + "\n", stated, group, shown)


# The second review's counterexamples: each is what a rule of this round first got wrong.
REVIEW_NOT_WRONG = [
    ("total-then-share", "Llama-3-70B in bf16 with TP=4: 141 GB total and 35.3 GB per GPU.", "141 GB"),
    ("active-read-in-bf16", "Mixtral-8x7B reads its active weights, 26 GB, per token.", "26 GB"),
    (
        "step-read-said",
        "Mixtral-8x7B: every decoding step streams 25.8 GB of weights, so at 3.35 TB/s the ceiling is 130 tok/s.",
        "130 tok/s",
    ),
    (
        "product-of-devices",
        "- Compute: 2.78e19 FLOP, on 2 × 2 × 2 = 8 GPUs.\n- On 8 × A100 at 40 % MFU that is 7.7 hours.",
        "7.7 hours",
    ),
    ("zero-mfu", "Training is 7.4 × 10²⁰ FLOP; on 8 × H100 at 0 % MFU that is 85 hours.", "85 hours"),
]


@pytest.mark.parametrize(("text", "stated"), [pytest.param(*c[1:], id=c[0]) for c in REVIEW_NOT_WRONG])
def test_the_reviews_counterexamples_are_not_errors(text: str, stated: str) -> None:
    assert W not in [c.verdict.group for c in _claims("# Review\n\n" + text + "\n", stated)]  # type: ignore[attr-defined]


def test_a_reassigned_cache_name_is_no_longer_the_slip() -> None:
    text = (
        "---\nmodel: meta-llama/Meta-Llama-3-70B\n---\n# C\n\n```python\n"
        "kv = 2 * 80 * 64 * 128 * 2  # 2,5 МиБ\nkv = 2 * 80 * 8 * 128 * 2  # 320 КиБ\nprint(kv * 8192 * 16 / 2**30)  # 40\n```\n"
    )
    assert [c.verdict.group for c in _claims(text, "40")] == [H]  # type: ignore[attr-defined]


def test_a_named_variant_reads_its_own_peak() -> None:
    """`8 × H100 SXM`: 989 TFLOP/s, not the PCIe card's 756 that would make 85 hours hold."""
    text = "# C\n\nTraining is 7.4 × 10²⁰ FLOP; on 8 × H100 SXM at 40 % MFU that is 85 hours.\n"
    claims = _claims(text, "85 hours")
    assert claims and all("7.56e+14" not in c.explanation for c in claims)  # type: ignore[attr-defined]


def test_query_heads_stated_as_a_fact_name_no_slip() -> None:
    text = "# C\n\nLlama-3-70B has 64 query heads, so its KV cache is 320 KiB per token in bf16.\n"
    claims = _claims(text, "320 KiB")
    assert [c.verdict.group for c in claims] == [H]  # type: ignore[attr-defined]
    assert "counts all" not in claims[0].explanation  # type: ignore[attr-defined]
