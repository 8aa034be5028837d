"""Claim cases of our own wording for the thirty-seventh round's rules (stop 46).

Facts (claims-gold and vendor data sheets): Mixtral-8x7B has 46,702,792,704 parameters, 12,879,925,248 active per
token (bf16 reads 25.76 GB a token); Llama-3-8B 8,030,261,248 (bf16 16.06 GB); Llama-3-70B 70,553,706,496 (fp8
70.55 GB, int4 35.3 GB). Memory bandwidths: A100 1.555 / 1.935 / 2.039 TB/s, H100 PCIe 2.0 TB/s, SXM 3.35 TB/s.
"""

from __future__ import annotations

import pytest
from conftest import H, V, W, note_claims


def _claims(text: str, stated: str) -> list[object]:
    return [c for c in note_claims(text) if c.stated == stated]  # type: ignore[attr-defined]


def _groups(text: str, stated: str) -> list[str]:
    return [c.verdict.group for c in _claims(text, stated)]  # type: ignore[attr-defined]


def _judged(text: str, stated: str, group: str, shown: str) -> None:
    """The figure `stated` is one claim, judged `group`, its explanation showing `shown`."""
    claims = _claims(text, stated)
    assert [c.verdict.group for c in claims] == [group]  # type: ignore[attr-defined]
    assert shown in claims[0].explanation  # type: ignore[attr-defined]


# A model named twice in one sentence (`Mixtral-8x7B … so Mixtral is the slowest`) is one model: its rate is judged.
TWICE_NAMED_CASES = [
    ("ru-wrong", "Потолок Mixtral-8x7B в bf16 на A100 — 22 ток/с, значит, Mixtral медленнее всех.", "22 ток/с", W, "79.2"),
    ("en-wrong", "The Mixtral-8x7B bf16 ceiling on an A100 is 160 tok/s, so Mixtral wins.", "160 tok/s", W, "79.2"),
    ("en-holds", "The Mixtral-8x7B bf16 ceiling on an A100 is 55 tok/s, so Mixtral wins.", "55 tok/s", H, ""),
]


@pytest.mark.parametrize(("text", "stated", "group", "shown"), [pytest.param(*c[1:], id=c[0]) for c in TWICE_NAMED_CASES])
def test_one_model_named_twice_in_a_sentence(text: str, stated: str, group: str, shown: str) -> None:
    _judged("# Speeds\n\n" + text + "\n", stated, group, shown)


def test_two_different_models_in_a_sentence_stay_unread() -> None:
    """`Mixtral-8x7B … than Llama-3-8B`: which model the rate reads is not said."""
    text = "# Speeds\n\nThe Mixtral-8x7B bf16 ceiling on an A100 is 22 tok/s, slower than Llama-3-8B.\n"
    assert W not in _groups(text, "22 tok/s")


# A size name that opens a quotation is the sentence's subject (`"The 70B in int4 is 70 GB."`), as it is unquoted.
QUOTED_SUBJECT_CASES = [
    ("en-quoted-wrong", '- "The 70B in int4 is 70 GB."', "70 GB", W, "35 GB"),
    ("ru-quoted-wrong", "- «70B в int4 — это 70 ГБ.»", "70 ГБ", W, "35 GB"),
    ("en-curly-holds", "- “The 70B in int4 is 35 GB.”", "35 GB", H, ""),
]


@pytest.mark.parametrize(("text", "stated", "group", "shown"), [pytest.param(*c[1:], id=c[0]) for c in QUOTED_SUBJECT_CASES])
def test_a_size_name_opening_a_quotation(text: str, stated: str, group: str, shown: str) -> None:
    _judged("# Quotes\n\n" + text + "\n", stated, group, shown)


# `up to 95 tok/s`, `до 95 ток/с` on a named card: the most one stream reaches, bounded by the card's bandwidth.
_NOTE_70B = "---\nmodel: Llama-3-70B\n---\n# Llama-3-70B\n\nЗаметки про Llama-3-70B.\n\n"
UP_TO_CASES = [
    ("ru-up-to-wrong", _NOTE_70B + "> «Одна H100 выдаёт на 70B fp8 до 95 ток/с.»\n", "до 95 ток/с", W, "47.5"),
    ("en-up-to-wrong", _NOTE_70B + "- One H100 gives the 70B in fp8 up to 95 tok/s.\n", "up to 95 tok/s", W, "47.5"),
    ("ru-up-to-holds", _NOTE_70B + "- Одна H100 выдаёт на 70B fp8 до 25 ток/с.\n", "до 25 ток/с", H, ""),
]


@pytest.mark.parametrize(("text", "stated", "group", "shown"), [pytest.param(*c[1:], id=c[0]) for c in UP_TO_CASES])
def test_up_to_a_rate_on_a_named_card(text: str, stated: str, group: str, shown: str) -> None:
    _judged(text, stated, group, shown)


def test_up_to_a_range_end_is_no_bound_word() -> None:
    """`от 2 до 4 ГиБ` is a range, and `до 8K` a context: neither makes a rate on a card a bound."""
    text = _NOTE_70B + "- Кэш от 2 до 4 ГиБ; на H100 выходит 95 ток/с.\n"
    assert W not in _groups(text, "95 ток/с")


# A list item with no model and no type, under an item naming the model, its type and the card: the rate reads that
# model in that type (`- Serving Llama-3-8B bf16 on one A100: …` / `- Ceiling 254 tok/s per stream.`).
_ITEM = "# Serving\n\n- Serving Llama-3-8B bf16 on one A100: weights 16.06 GB.\n"
ITEM_ABOVE_CASES = [
    ("en-wrong", _ITEM + "- Ceiling 254 tok/s per stream.\n", "254 tok/s", W),
    ("en-holds", _ITEM + "- Ceiling 90 tok/s per stream.\n", "90 tok/s", H),
    (
        "ru-wrong",
        "# Сервинг\n\n- Llama-3-8B в bf16 на одной A100: веса 16,06 ГБ.\n- Потолок 254 ток/с на поток.\n",
        "254 ток/с",
        W,
    ),
    ("measured", _ITEM + "- Measured 254 tok/s per stream.\n", "254 tok/s", V),
    (
        "tp-above",
        "# Serving\n\n- Llama-3-8B bf16 on two A100 at TP=2: weights 16.06 GB.\n- Ceiling 254 tok/s per stream.\n",
        "254 tok/s",
        V,
    ),
    ("two-types-above", "# Serving\n\n- Llama-3-8B bf16 or fp8 on one A100.\n- Ceiling 254 tok/s per stream.\n", "254 tok/s", V),
]


@pytest.mark.parametrize(("text", "stated", "group"), [pytest.param(*c[1:], id=c[0]) for c in ITEM_ABOVE_CASES])
def test_a_rate_under_the_item_naming_model_type_and_card(text: str, stated: str, group: str) -> None:
    assert _groups(text, stated) == [group]


# A device count with a hyphen (`an 8-GPU node`) is the devices a share is over.
EIGHT_GPU_CASES = [
    ("en-wrong", '- "405B at fp8 on an 8-GPU node is 406 GB per GPU."', "406 GB", W, "50.6"),
    ("en-holds", "- 405B at fp8 on an 8-GPU node is 50.7 GB per GPU.", "50.7 GB", H, ""),
]


@pytest.mark.parametrize(("text", "stated", "group", "shown"), [pytest.param(*c[1:], id=c[0]) for c in EIGHT_GPU_CASES])
def test_an_n_gpu_node_counts_its_devices(text: str, stated: str, group: str, shown: str) -> None:
    _judged("# Nodes\n\n" + text + "\n", stated, group, shown)


# A ZeRO stage's bytes worked out per device (`ZeRO-2: 2 + 14/8 = 3,75 байта на параметр`) is that stage's share: the
# quotation below it, of another stage, reads the 16-byte recipe, not 3.75 bytes; and a quotation's own stop (`.»`) ends
# its sentence.
_ZERO = (
    "# Билет\n\n«Полное обучение Llama-2-13B: 16 байт × 13 млрд = 208 ГБ.» (✔)\n"
    "«ZeRO-2: 2 + 14/8 = 3,75 байта на параметр, 48,8 ГБ на карту.» (✔)\n"
)


def test_a_zero_stage_share_is_no_recipe_for_the_next_quotation() -> None:
    text = _ZERO + "«ZeRO-3 делит всё, но на 8 картах это всё равно 208 ГБ на карту.» (✘)\n"
    claims = _claims(text, "208 ГБ")
    wrong = [c for c in claims if c.line == 5]  # type: ignore[attr-defined]
    assert [c.verdict.group for c in wrong] == [W]  # type: ignore[attr-defined]
    assert "26.03" in wrong[0].explanation  # type: ignore[attr-defined]  # 16 B × 13.02B / 8


def test_a_quotations_stop_ends_its_sentence() -> None:
    """`… на карту.» (✔)` then `«ZeRO-3 …`: two sentences; the second's figure is judged on its own words."""
    text = _ZERO + "«ZeRO-3 на 8 картах: 26 ГБ на карту.» (✔)\n"
    assert _groups(text, "26 ГБ") == [H]


# A bandwidth from the front matter that is a faster device's does not bound a rate on the card the sentence names:
# that card's published figure does.
_FRONT = "---\nbandwidth: 1792 GB/s\n---\n# Board\n\n"
FASTER_DEVICE_CASES = [
    (
        "en-table-wrong",
        "| @a | Llama-3-8B Q4_K_M on a 4090: 412 tok/s | the file is 4.91 GB, so ≈ 205 tok/s |\n",
        "412 tok/s",
        W,
        "205.",
    ),
    ("en-line-wrong", "- Llama-3-8B Q4_K_M decodes on a 4090 at 412 tok/s.\n", "412 tok/s", W, "205."),
    ("en-line-holds", "- Llama-3-8B Q4_K_M decodes on a 4090 at 190 tok/s.\n", "190 tok/s", H, ""),
]


@pytest.mark.parametrize(("text", "stated", "group", "shown"), [pytest.param(*c[1:], id=c[0]) for c in FASTER_DEVICE_CASES])
def test_a_faster_devices_bandwidth_does_not_bound_a_named_card(text: str, stated: str, group: str, shown: str) -> None:
    _judged(_FRONT + text, stated, group, shown)


def test_the_sections_bandwidth_of_another_card_above() -> None:
    """The section states 800 GB/s for an M2 Ultra; the line just above names a 4090: `63 tok/s was bf16` is not
    judged against the M2 Ultra's figure."""
    text = (
        "# Mailbag\n\n**Ken:** On my M2 Ultra (800 GB/s), Llama-3-70B at Q4_K_M is 43 GB, so 18.5 tok/s at most.\n\n"
        "**Anon:** Last issue you said 63 tok/s for Llama-3-8B on a 4090. Mine does 104 tok/s at Q8_0.\n"
        "> Not wrong: 63 tok/s was bf16.\n"
    )
    assert W not in [c.verdict.group for c in note_claims(text) if c.line == 6]  # type: ignore[attr-defined]


def test_a_cache_wrong_under_both_readings_shows_the_16_bit_one() -> None:
    """`7B in int8 … a 32K cache of 3.5 GiB`: int8 may be the weights' alone; wrong either way, the message shows the
    16-bit cache (1.75 GiB) too."""
    text = "# T4\n\n- Qwen2.5-7B in int8 (7.6 GB) with a 32K cache of 3.5 GiB.\n"
    claims = _claims(text, "3.5 GiB")
    assert [c.verdict.group for c in claims] == [W]  # type: ignore[attr-defined]
    assert "1.75 GiB" in claims[0].explanation  # type: ignore[attr-defined]


# A family only the front matter configures is a model name in the text (`Codestral-22B`, bare `Codestral`).
_CODESTRAL = (
    "---\nmodels:\n  codestral-22b: {hidden: 6144, intermediate: 16384, layers: 56, heads: 48, kv_heads: 8, head_dim: 128,"
    " vocab: 32768, tied: false}\n---\n# Codestral\n\n"
)
NOTE_FAMILY_CASES = [
    ("en-named-holds", "- Codestral-22B in bf16 is 44.5 GB.", "44.5 GB", H),
    ("en-named-wrong", "- Codestral-22B in bf16 is 22.2 GB.", "22.2 GB", W),
    ("en-bare-wrong", "- Codestral in fp8 is 44.5 GB.", "44.5 GB", W),
    ("ru-kv-holds", "- KV-кэш Codestral — 224 КиБ на токен.", "224 КиБ", H),
]


@pytest.mark.parametrize(("text", "stated", "group"), [pytest.param(*c[1:], id=c[0]) for c in NOTE_FAMILY_CASES])
def test_a_family_the_front_matter_configures(text: str, stated: str, group: str) -> None:
    assert _groups(_CODESTRAL + text + "\n", stated) == [group]


def test_a_configured_family_unnamed_in_the_text_changes_nothing() -> None:
    """Without the front matter, `Codestral-22B` names no model: its size is not judged."""
    assert W not in _groups("# Codestral\n\n- Codestral-22B in bf16 is 22.2 GB.\n", "22.2 GB")


# A list of types, then as many sizes: read in turn (`the fp32 and int8 sizes, 29.0 GB and 7.25 GB`).
RESPECTIVE_CASES = [
    ("en-holds", "Mistral-7B: the bot quotes the fp32 and int8 sizes, 29.0 GB and 7.25 GB.", "29.0 GB", H),
    ("en-second-wrong", "Mistral-7B in fp32 and int8: 29.0 GB and 14.5 GB respectively.", "14.5 GB", W),
    ("ru-holds", "Mistral-7B в bf16 и fp8 весит 14,5 ГБ и 7,2 ГБ.", "7,2 ГБ", H),
]


@pytest.mark.parametrize(("text", "stated", "group"), [pytest.param(*c[1:], id=c[0]) for c in RESPECTIVE_CASES])
def test_a_list_of_types_then_as_many_sizes(text: str, stated: str, group: str) -> None:
    assert _groups("# Sizes\n\n" + text + "\n", stated) == [group]


# What the note puts beside the model is no size of the model: a capacity said to hold something, a size beside the
# weights, the figure before with the base weights added.
NOT_THE_MODELS_CASES = [
    ("en-holds-n", "- Mistral-7B: a 32K sequence is 4 GiB and 29.7 GiB holds 7 of them.", "29.7 GiB"),
    ("ru-fits", "- Qwen2.5-32B: на 13,3 ГиБ помещается ровно один диалог на 32К.", "13,3 ГиБ"),
    ("en-beside", "- Gemma 2 27B in int8: 23 GiB does not fit next to the weights, so 7 jobs.", "23 GiB"),
    ("en-with-base", "- Mistral-7B adapter states: 218 MB. With the bf16 base that is 14.7 GB.", "14.7 GB"),
]


@pytest.mark.parametrize(("text", "stated"), [pytest.param(*c[1:], id=c[0]) for c in NOT_THE_MODELS_CASES])
def test_a_figure_the_note_sets_aside_is_not_judged(text: str, stated: str) -> None:
    assert _groups("# Review\n\n" + text + "\n", stated) == [V]


def test_the_cache_beside_the_weights_is_still_judged() -> None:
    """`… adds 512 MB of cache on top of its weights`: the cache's own size, judged (round 3's form)."""
    text = "# Cache\n\nMistral-7B at 4,096 tokens of context adds 128 MB of cache on top of its weights.\n"
    assert _groups(text, "128 MB") == [W]  # 512 MiB


def test_a_weights_size_said_with_its_weights_is_judged() -> None:
    assert _groups("# Sizes\n\nMistral-7B with bf16 weights is 14.5 GB.\n", "14.5 GB") == [H]


def test_a_device_count_cell_is_no_ratio() -> None:
    text = (
        "# Allocations\n\n| ticket | model | dtype | weights (GB) | KV budget (GiB) | GPUs |\n|---|---|---|---|---|---|\n"
        "| CAP-202 | Llama-3.2-3B | bf16 | 6.43 | 14 | 1 × L4 |\n"
    )
    assert [c for c in note_claims(text) if c.shape == "ratio"] == []  # type: ignore[attr-defined]


def test_n_jobs_times_a_context_is_a_batch() -> None:
    text = "# Jobs\n\n- Gemma 2 27B: KV 368 KiB per token; 8 jobs × 8K = 23 GiB.\n"
    assert _groups(text, "23 GiB") == [H]
    assert _groups(text.replace("23 GiB", "46 GiB"), "46 GiB") == [W]


# `0,17 ГБ — это один слой, на все 40 слоёв 6,7 ГБ`: the figure said to be one layer's, times the layers, within its
# rounding; a line above's figure per layer is not used when the sentence states its own.
LAYER_CASES = [
    ("ru-rounding-holds", "✗ 0,17 ГБ — это один слой, на все 40 слоёв 6,7 ГБ.", "6,7 ГБ", H),
    ("ru-wrong", "✗ 0,17 ГБ — это один слой, на все 40 слоёв 13,4 ГБ.", "13,4 ГБ", W),
]


@pytest.mark.parametrize(("text", "stated", "group"), [pytest.param(*c[1:], id=c[0]) for c in LAYER_CASES])
def test_a_figure_said_to_be_one_layers(text: str, stated: str, group: str) -> None:
    above = "# Активации\n\n**Ответ:** 34 × 2048 × 8 × 5120 = 2,85 ГБ на слой, 114 ГБ на 40 слоёв.\n"
    assert _groups(above + text + "\n", stated) == [group]


def test_a_ceiling_above_is_no_rate_of_a_daily_volume() -> None:
    text = "# Бюджет\n\n7. Потолок одного потока: 3,35 ТБ/с ÷ 35,3 ГБ ≈ 95 ток/с.\n8. За сутки 1,2 млрд токенов.\n"
    assert W not in _groups(text, "1,2 млрд токенов")
    plain = "# Бюджет\n\n7. Сервис выдаёт 95 ток/с.\n8. За сутки это 8,2 млн токенов.\n"
    assert _groups(plain, "8,2 млн токенов") == [H]


def test_one_tokens_cache_said_without_a_context() -> None:
    """`with 8 KV heads it is 192 KiB`, with a batch and a context in the sentence before: one token's cache."""
    text = (
        "# HW3\n\nQwen2.5-14B: a 4096-token sequence, 34 sequences. The 960 KiB for Qwen uses the 40 query heads; "
        "with 8 KV heads it is 192 KiB.\n"
    )
    assert W not in _groups(text, "192 KiB")
    whole = "# KV\n\n- То есть кэш Mistral-7B на весь 4K-диалог — всего 128 КиБ.\n"
    assert _groups(whole, "128 КиБ") == [W]  # the dialogue's whole cache: 512 MiB


def test_a_labels_bold_is_no_multiplication_before_a_bit_rate() -> None:
    """`**Мой ответ:** 900 ГБ/с = 7,2 Гбит/с`: the bold of the label is no `×`; the restatement is judged, the message
    writing the rate in its unit, not as a count."""
    claims = _claims("# Задача 10\n\n**Мой ответ:** 900 ГБ/с = 7,2 Гбит/с.\n", "7,2 Гбит/с")
    assert [c.verdict.group for c in claims] == [W]  # type: ignore[attr-defined]
    assert "recomputed 7,200 Гбит/с" in claims[0].explanation  # type: ignore[attr-defined]
    assert _groups("# Links\n\n8 × 400 Gbit/s NICs give 400 GB/s.\n", "400 GB/s") != [W]


# A rate no storage type allows: one model named, no type said, and a rate above its memory bound even at 2.63 bits a
# weight (Llama-3-8B on an RTX 4090, 1,008 GB/s: 62.8 tok/s in bf16, 381.8 at 2.63 bits).
BEYOND_CASES = [
    ("en-wrong", "Llama-3-8B on a 4090 decodes at 10,000 tok/s.", "10,000 tok/s", W),
    ("ru-wrong", "Llama-3-8B на 4090 генерирует 5000 ток/с.", "5000 ток/с", W),
    ("en-within-int4", "Llama-3-8B on a 4090 decodes at 200 tok/s.", "200 tok/s", V),
    ("en-batched", "Llama-3-8B on a 4090 serves 10,000 tok/s at batch 64.", "10,000 tok/s", V),
]


@pytest.mark.parametrize(("text", "stated", "group"), [pytest.param(*c[1:], id=c[0]) for c in BEYOND_CASES])
def test_a_rate_beyond_every_storage_type(text: str, stated: str, group: str) -> None:
    claims = _claims("# Speeds\n\n" + text + "\n", stated)
    assert [c.verdict.group for c in claims] == [group]  # type: ignore[attr-defined]
    if group == W:
        assert "62.8 (bf16)" in claims[0].explanation  # type: ignore[attr-defined]


# 6N per generated token is a training step's cost: an inference figure is one forward pass, 2N.
SIX_N_CASES = [
    ("en-inference-wrong", "Inference is 6N per token, so Llama-3-8B costs 48.2 GFLOP per token.", "48.2 GFLOP", W),
    ("ru-generation-wrong", "Генерация одного токена Llama-3-8B — 6N = 48,2 ГФЛОП.", "48,2 ГФЛОП", W),
    ("en-training-holds", "Training Llama-3-8B costs 6N = 48.2 GFLOP per token.", "48.2 GFLOP", H),
    ("en-inference-holds", "Inference is 2N per token, so Llama-3-8B costs 16.1 GFLOP per token.", "16.1 GFLOP", H),
]


@pytest.mark.parametrize(("text", "stated", "group"), [pytest.param(*c[1:], id=c[0]) for c in SIX_N_CASES])
def test_six_n_per_generated_token(text: str, stated: str, group: str) -> None:
    assert _groups("# FLOPs\n\n" + text + "\n", stated) == [group]


def test_query_heads_product_under_a_heading_model() -> None:
    """`2 × 32 × 32 × 128 × 2 = 512 KiB` per token under a heading naming Mistral-7B (8 KV heads): the product counts the
    query heads; the note configures two models, so the heading's is the one meant."""
    front = (
        "---\nmodels:\n  codestral-22b: {hidden: 6144, intermediate: 16384, layers: 56, heads: 48, kv_heads: 8,"
        " head_dim: 128, vocab: 32768, tied: false}\n---\n"
    )
    text = front + "# Mistral-7B on one L40S\n\n- KV per token `2 × 32 × 32 × 128 × 2` = 512 KiB.\n"
    claims = _claims(text, "512 KiB")
    assert [c.verdict.group for c in claims] == [W]  # type: ignore[attr-defined]
    assert "128 KiB" in claims[0].explanation  # type: ignore[attr-defined]


def test_a_speakers_handle_before_a_size_name_subject() -> None:
    """`- @bob: "the 3B in bf16 is 12.85 GB"`, `**Dana:** The 70B in int4 is 70 GB.`: a handle or a bold name opens the
    sentence; the size name after it is still the subject."""
    assert _groups('# Thread\n\n- @bitsandbytes_bob: "the 3B in bf16 is 12.85 GB"\n', "12.85 GB") == [W]
    assert _groups("# Debate\n\n**Dana:** The 70B in int4 is 70 GB.\n", "70 GB") == [W]
    assert _groups("# Debate\n\n**Dana:** The 70B in int4 is 35 GB.\n", "35 GB") == [H]


def test_a_consequence_after_a_budget_is_no_comparison() -> None:
    """`Шиншилла для 1,2B — это 2,5 млрд токенов, так что вы переобучили в 10 раз`: the factor is a conclusion drawn after
    the budget, not the budget compared with a fact; a factor said of the budget itself still sets it aside."""
    text = "# Отзывы\n\n«Шиншилла для 1,2B — это 2,5 млрд токенов, так что вы переобучили в 10 раз».\n"
    assert _groups(text, "2,5 млрд токенов") == [W]  # 20 × 1.2B = 24B
    compared = "# Data\n\nChinchilla-optimal for 8B is 160B tokens; Llama 3 saw 15T tokens, 93 times more than that.\n"
    assert _groups(compared, "160B tokens") == [H]
