"""Claim cases of our own wording for the forty-second round's rules (stop 51).

Facts (claims-gold and the catalogue's configs): Llama-3-8B has 8 KV heads of 128 dims over 32 layers, so its fp16
cache is 128 KiB a token, 1 GiB for 8K; Qwen2.5-14B 48 layers × 8 KV heads × 128 dims: 192 KiB a token, 3 GiB for 16K.
"""

from __future__ import annotations

import pytest
from conftest import H, V, W, note_claims


def _claims(text: str, stated: str) -> list[object]:
    return [c for c in note_claims(text) if c.stated == stated]  # type: ignore[attr-defined]


def _judged(text: str, stated: str, group: str, shown: str = "") -> None:
    """The figure `stated` is one claim, judged `group`, its explanation showing `shown`."""
    claims = _claims(text, stated)
    assert [c.verdict.group for c in claims] == [group]  # type: ignore[attr-defined]
    assert shown in claims[0].explanation  # type: ignore[attr-defined]


# How many sequences fit, where the memory they share is said just before the count's sentence: in an earlier sentence
# of its line or on the line above (never judged wrong from there: the next sentence may change the card or the type).
POOL_BEFORE = [
    (
        "en-line-above",
        "# Llama-3-8B on a 24 GB card\n\n- The bf16 weights take 14.96 GiB, so 7.54 GiB is free for the cache.\n"
        "- The cache is 128 KiB per token: a 4K chat takes 0.5 GiB, so {n} chats of 4K fit.\n",
        "chats",
        "15",
        "40",
        V,
    ),
    (
        "en-earlier-sentence",
        "# Llama-3-8B on a 24 GB card\n\n- Free memory: 22 − 14.96 = 7.04 GiB. Each 8K session is 1 GiB, so {n} sessions fit.\n",
        "sessions",
        "7",
        "21",
        V,
    ),
    (
        "ru-earlier-sentence",
        "# Qwen2.5-14B на L40S\n\n- Под кэш остаётся 29,44 ГиБ. Сессия 16K занимает 3 ГиБ, поэтому влезут {n} сессий.\n",
        "сессий",
        "9",
        "30",
        V,
    ),
]


@pytest.mark.parametrize("text, items, right, high, high_group", [pytest.param(*c[1:], id=c[0]) for c in POOL_BEFORE])
def test_sequences_fit_in_the_memory_said_just_before(text: str, items: str, right: str, high: str, high_group: str) -> None:
    _judged(text.format(n=right), f"{right} {items}", H, "fit")
    _judged(text.format(n=high), f"{high} {items}", high_group, "fit")


def test_a_reserve_said_before_is_no_free_memory() -> None:
    text = "# Llama-3-8B\n\n- Weights take 10 GiB and 4 GiB is reserved. Each session costs 1 GiB, so 9 sessions fit.\n"
    assert _claims(text, "9 sessions") == []


# Counts joined as alternatives, each at its own context: each is the free memory over the model's cache at that context.
ALTERNATIVES = [
    ("en", "# Llama-3-8B on a 24 GB card\n\n- That leaves 7.04 GiB: {a} users of 8K, or {b} users of 16K.\n", "users"),
    ("ru", "# Qwen2.5-14B на L40S\n\n- Свободно 29,44 ГиБ: {a} сессий по 16K или {b} сессии по 32K.\n", ""),
]
ALTERNATIVE_RIGHT = {"en": ("7", "3"), "ru": ("9", "4")}


@pytest.mark.parametrize("case, text, items", [pytest.param(*c, id=c[0]) for c in ALTERNATIVES])
def test_alternative_counts_each_at_its_own_context(case: str, text: str, items: str) -> None:
    a, b = ALTERNATIVE_RIGHT[case]
    claims = [c for c in note_claims(text.format(a=a, b=b)) if c.shape == "session-count"]  # type: ignore[attr-defined]
    assert [(c.stated.split()[0], c.verdict.group) for c in claims] == [(a, H), (b, H)]  # type: ignore[attr-defined]
    wrong = [c for c in note_claims(text.format(a=a, b="12")) if c.shape == "session-count"]  # type: ignore[attr-defined]
    assert [(c.stated.split()[0], c.verdict.group) for c in wrong] == [(a, H), ("12", V)]  # type: ignore[attr-defined]


def test_counts_not_joined_as_alternatives_are_not_read() -> None:
    text = "# Llama-3-8B\n\n- That leaves 7.04 GiB: 7 users of 8K; at night 30 users of 16K.\n"
    assert [c for c in note_claims(text) if c.shape == "session-count"] == []  # type: ignore[attr-defined]


# An item's cost with its share per device, against the memory said left on each device.
PER_DEVICE = [
    (
        "en",
        "# Llama-3-70B in fp8 on two H100\n\n- Free per card: 46.5 − 32.85 = 13.65 GiB.\n"
        "- A 32K request is 10 GiB, 2.5 GiB per card, so {n} requests of 32K fit.\n",
        "requests",
    ),
    (
        "ru",
        "# Qwen2.5-14B на двух L4\n\n- При TP = 2 на каждой карте остаётся 7,84 ГиБ.\n"
        "- Кэш — 3 ГиБ на запрос 16K и 1,5 ГиБ на карту, значит, поместятся {n} запросов.\n",
        "запросов",
    ),
]


@pytest.mark.parametrize("text, items", [pytest.param(*c[1:], id=c[0]) for c in PER_DEVICE])
def test_a_per_device_share_of_the_cost_meets_the_memory_left_per_device(text: str, items: str) -> None:
    _judged(text.format(n=5), f"5 {items}", H, "fit")


# The size a remainder takes off the memory first is the weights (or one device's share of them): it holds when it is
# the model's in the stated type, and is otherwise unverifiable, never an error (overhead, another model, the cache).
TAKEN_OFF = [
    ("en-bare", "# Llama-3-8B in bf16\n\n- Left for the cache: 24 − {w} = {r} GiB.\n", "14.96", "9.04", "29.96", "-5.96"),
    ("en-unit", "# Llama-3-70B in fp8\n\n- 80 GiB − {w} GiB of weights = {r} GiB left.\n", "65.7", "14.3", "35", "45"),
    ("ru-free", "# Llama-3-8B в bf16\n\n1. 24 − {w} = {r} ГиБ свободно.\n", "14,96", "9,04", "7,48", "16,52"),
    (
        "en-share",
        "# Llama-3-70B in fp8\n\nServed at TP = 2.\n\n- Free per card: 46.5 − {w} = {r} GiB.\n",
        "32.85",
        "13.65",
        "65.7",
        "-19.2",
    ),
]


@pytest.mark.parametrize("text, right, rest, other, other_rest", [pytest.param(*c[1:], id=c[0]) for c in TAKEN_OFF])
def test_the_weights_a_remainder_takes_off(text: str, right: str, rest: str, other: str, other_rest: str) -> None:
    unit = " GiB" if "GiB of" in text else ""
    _judged(text.format(w=right, r=rest), f"{right}{unit}", H, "all weights")
    if not other_rest.startswith("-"):
        _judged(text.format(w=other, r=other_rest), f"{other}{unit}", V, "which size is not read")


def test_a_difference_not_said_to_remain_takes_no_weights() -> None:
    text = "# Llama-3-8B in bf16\n\n- The two quotes differ: 24 − 14.96 = 9.04 GiB.\n"
    assert [c for c in note_claims(text) if c.stated == "14.96"] == []  # type: ignore[attr-defined]


# A subtraction said in words or with a list's marker before it: the memory taken from and what is left are no sizes of
# the model (they were judged as its weights: false errors).
WORDED_SUBTRACTIONS = [
    ("en-leaves", "- 80 GiB − 65.7 GiB of weights leaves 14.3 GiB.\n", "80 GiB", "14.3 GiB"),
    ("en-minus", "- 80 GiB minus 65.7 GiB of weights is 14.3 GiB.\n", "80 GiB", "14.3 GiB"),
    ("ru-minus", "- 80 ГиБ минус 65,7 ГиБ весов — это 14,3 ГиБ.\n", "80 ГиБ", "14,3 ГиБ"),
]


@pytest.mark.parametrize("line, taken_from, left", [pytest.param(*c[1:], id=c[0]) for c in WORDED_SUBTRACTIONS])
def test_a_worded_subtraction_is_no_size_of_the_model(line: str, taken_from: str, left: str) -> None:
    text = "# Llama-3-70B in fp8\n\n" + line
    _judged(text, taken_from, V, "a capacity")
    _judged(text, left, V, "a remainder")
    _judged(text, taken_from.replace("80", "65.7").replace("65.7 ГиБ", "65,7 ГиБ"), H)


def test_a_list_marker_is_no_minus() -> None:
    text = "# Llama-3-70B in fp8\n\n- 80 GiB − 65.7 GiB = {r} GiB left.\n"
    _judged(text.format(r="14.3"), "14.3 GiB", H, "80 GiB − 65.7 GiB")
    _judged(text.format(r="24.3"), "24.3 GiB", W, "80 GiB − 65.7 GiB")


# False errors of blind corpus AN's first score, each in our own words: a count read as the batch of a cache that is not
# its batch, a column of one sequence's caches, the layers' total read as one layer's, a share read in `each`, a class of
# models read as one count.
def test_a_count_of_query_heads_is_no_batch() -> None:
    text = "# Falcon 7B\n\n- Автор взял 71 голову запросов вместо одной KV-головы; на 2048 токенов кэш — 16 МиБ.\n"
    _judged(text, "16 МиБ", H, "batch 1")


def test_a_count_concluded_after_a_cache_is_not_its_batch() -> None:
    text = "# Llama-3-8B\n\n- На 8K кэш сессии занимает 1 ГиБ, поэтому на карте помещается 20 сессий.\n"
    _judged(text, "1 ГиБ", H, "batch 1")


def test_a_column_of_one_sessions_cache_takes_no_batch_from_the_row() -> None:
    text = (
        "# Capacity\n\n| deployment | cache per session (GiB) | sessions |\n|---|---|---|\n"
        "| Qwen2.5-7B bf16, 32K | 1.75 | 4 |\n| Qwen2.5-7B bf16, 128K | 28 | 4 |\n"
    )
    _judged(text, "1.75", H, "batch 1")
    _judged(text, "28", W, "batch 1")


def test_the_layers_counted_hold_the_whole_models_activations() -> None:
    text = (
        "# Llama-3-8B\n\nActivations of Llama-3-8B at 8K tokens and batch 1, without recomputation: 11.06 GiB is one layer;"
        " the 32 layers hold {t} GiB.\n"
    )
    _judged(text.format(t="354"), "354 GiB", H, "over 32 layers")
    _judged(text.format(t="708"), "708 GiB", W, "over 32 layers")


def test_each_of_the_users_counted_is_no_device_share() -> None:
    text = "# Llama-3-8B\n\nServed at TP = 2.\n\n- After the weights 28.24 GiB remain, i.e. 28 users of 8K at 1 GiB each.\n"
    assert [c for c in note_claims(text) if c.stated == "1 GiB" and c.verdict.group == W] == []  # type: ignore[attr-defined]


CLASSES = [
    ("en-holds", "- Most 7–8B models need {r} GB in bf16.\n", "13.5–16.1", H),
    ("en-halved", "- Most 7–8B models need {r} GB in bf16.\n", "6.7–8.0", W),
    ("en-near", "- A 7–9B model in bf16 takes {r} GB.\n", "11–13", V),
    ("ru-holds", "- 7–9B-модели в bf16 занимают {r} ГБ.\n", "14–18", H),
]


@pytest.mark.parametrize("line, r, group", [pytest.param(*c[1:], id=c[0]) for c in CLASSES])
def test_a_class_of_models_spans_its_sizes(line: str, r: str, group: str) -> None:
    unit = " ГБ" if "ГБ" in line else " GB"
    _judged(line.format(r=r), f"{r}{unit}", group, "models ×")


def test_a_cache_computed_with_the_query_heads_said_is_wrong() -> None:
    text = "# Llama-3-70B\n\n- Из отчёта: «Сессия на 4K — {r} ГиБ кэша». ✘ взяли 64 головы запросов.\n"
    _judged(text.format(r="10"), "10 ГиБ", W, "64 heads")


# More of what fits: things counted beyond sessions (documents, reviews, streams, slots, clients; `документов`,
# `потоков`), a quotient of sizes set equal to the count, and the memory named after the count (`fit in the … left`).
FITS_MORE = [
    ("en-quotient", "# Qwen2.5-7B\n\n- 39.15 GiB ÷ 2.5 GiB gives {n} reviews.\n", "reviews", "15", "30", W),
    (
        "en-fit-in-after",
        "# Qwen2.5-7B\n\n- 15.23 GB of weights, so a 128K document needs 7 GiB; {n} documents fit in the 29.01 GiB left.\n",
        "documents",
        "4",
        "9",
        W,
    ),
    ("ru-quotient", "# Qwen2.5-7B\n\n- 39,15 ГиБ / 2,5 ГиБ даёт {n} потоков.\n", "потоков", "15", "30", W),
]


@pytest.mark.parametrize("text, items, right, high, high_group", [pytest.param(*c[1:], id=c[0]) for c in FITS_MORE])
def test_more_of_what_fits(text: str, items: str, right: str, high: str, high_group: str) -> None:
    _judged(text.format(n=right), f"{right} {items}", H, "fit")
    _judged(text.format(n=high), f"{high} {items}", high_group, "fit")


def test_a_count_said_to_be_needed_is_still_no_fit() -> None:
    text = "# Qwen2.5-7B\n\n- Each document needs 7 GiB, so 40 documents would need 280 GiB.\n"
    assert [c for c in note_claims(text) if c.shape == "session-count"] == []  # type: ignore[attr-defined]


# A card's bandwidth with its bytes' digits written as bits, a document's reference number between them (`в табл. 4.3`).
REFERENCED = [
    ("ru-table", "- Пропускная способность H100 в табл. 4.3 указана как {r} Гбит/с.\n", "3350", "26 800"),
    ("en-section", "- The H100 in section 2.1 reads {r} Gbit/s.\n", "3350", "26,800"),
]


@pytest.mark.parametrize("line, slip, right", [pytest.param(*c[1:], id=c[0]) for c in REFERENCED])
def test_a_reference_number_between_a_card_and_its_bandwidth(line: str, slip: str, right: str) -> None:
    unit = " Гбит/с" if "Гбит" in line else " Gbit/s"
    _judged(line.format(r=slip), f"{slip}{unit}", W, "bits")
    assert [c for c in note_claims(line.format(r=right)) if c.verdict.group == W] == []  # type: ignore[attr-defined]


def test_another_figure_between_a_card_and_a_bit_rate_still_parts_them() -> None:
    assert [c for c in note_claims("- The H100 with 80 GB reads 3350 Gbit/s.\n") if c.verdict.group == W] == []  # type: ignore[attr-defined]


# Inputs a reviewer of this round's change wrote, each a false error of its first version: none is wrong now.
NEVER_WRONG = [
    ("class-cache", "- 7–8B models in bf16 need about 1 GiB of KV cache per 8K session.\n"),
    ("class-free", "- 7–8B models in bf16 leave about 60 GB free on an 80 GB H100.\n"),
    ("class-second-part", "- Most 7–8B models in bf16 need 16 GB for weights plus 2 GB of activations.\n"),
    (
        "pool-other-card",
        "- On the 24 GB L4, 7.04 GiB is free. On an H100 instead, each 8K session is 1 GiB, so 63 sessions fit.\n",
    ),
    (
        "pool-other-type",
        "- With bf16 weights 7.04 GiB is free. With int4 weights, each 8K session is 1 GiB, so 17 sessions fit.\n",
    ),
    ("share-named-card", "- 9.04 GiB is free per card. A 32K request is 4 GiB, 1 GiB per H100, so 9 requests fit.\n"),
    (
        "column-concurrent",
        "| model | кэш одновременных сессий, ГиБ | сессий |\n|---|---|---|\n| Qwen2.5-7B bf16, 32K | 28 | 16 |\n",
    ),
    (
        "layers-each",
        "# Llama-3-8B\n\nActivations at 8K tokens and batch 1, no recomputation: the 32 layers hold 11.06 GiB each.\n",
    ),
    ("quotient-after-product", "- 2 × 40 GiB / 2.5 GiB gives 32 users.\n"),
    ("marker-bracket", "- (80 − 16) GiB ÷ 2.5 GiB = 25 users.\n"),
    ("fit-in-per-card", "- Each 128K document needs 16 GiB; 4 documents fit in the 17 GiB left on each of the 4 cards.\n"),
]


@pytest.mark.parametrize("text", [pytest.param(c[1], id=c[0]) for c in NEVER_WRONG])
def test_the_reviewers_inputs_get_no_error(text: str) -> None:
    assert [c.stated for c in note_claims(text) if c.verdict.group == W] == []  # type: ignore[attr-defined]


def test_a_per_card_remainder_takes_off_a_share_not_the_whole() -> None:
    text = "# Llama-3-70B in fp8\n\n- With TP = 2, free per card: 80 − {w} = {r} GiB.\n"
    _judged(text.format(w="32.85", r="47.15"), "32.85", H, "/ 2 devices")
    _judged(text.format(w="65.7", r="14.3"), "65.7", V)


def test_an_en_dash_is_punctuation_before_a_product() -> None:
    _judged("- Llama-3-70B in bf16 takes 120 GB – 2 × 60 GB across two cards.\n", "120 GB", W)


# A key naming a type after an underscore (a YAML key, a printout's column), with only a unit after the type.
KEYED_TYPES = [
    ("printout", "```text\nbert-large        weights_fp16     1340567552     # = {r} GB\n```\n", "0.67", "1.34"),
]


@pytest.mark.parametrize("text, right, slip", [pytest.param(*c[1:], id=c[0]) for c in KEYED_TYPES])
def test_a_keys_type_is_the_figures(text: str, right: str, slip: str) -> None:
    unit = " GB"
    _judged(text.format(r=right), f"{right}{unit}", H, "fp16")
    _judged(text.format(r=slip), f"{slip}{unit}", W, "fp16")


def test_a_type_of_another_part_in_a_key_is_not_the_figures() -> None:
    text = "# Mistral 7B\n\n- full_ft_memory_fp32_grads: 130 GB\n"
    assert [c for c in note_claims(text) if c.verdict.group == W] == []  # type: ignore[attr-defined]


# A size restated in the same unit with the other prefix's digits (`141.1 GB, which is 131.4 GB`): the GiB amount
# labelled GB, whatever model or type the sentence names.
def test_a_twin_in_the_same_unit_with_the_other_prefixs_digits() -> None:
    _judged("- The file is 141.1 GB, which is 131.4 GB in memory.\n", "131.4 GB", "unit confusion GB↔GiB", "GiB amount")
    _judged("- Файл весит 141,1 ГБ, то есть 131,4 ГБ в памяти.\n", "131,4 ГБ", "unit confusion GB↔GiB", "GiB amount")
    text = "- The card has 16 GB, or 14.9 GB usable after the driver's reserve.\n"
    assert [c for c in note_claims(text) if c.verdict.group != V] == []  # type: ignore[attr-defined]
    assert list(note_claims("- Either 8 GB or 16 GB.\n")) == []


def test_a_keys_per_token_joined_by_underscores() -> None:
    text = "# Registry\n\n| model | weights_bf16 | kv_per_token |\n|---|---|---|\n| Falcon-7B | 14 GB | {r} KiB |\n"
    _judged(text.format(r="8"), "8 KiB", H, "per token")
    _judged(text.format(r="568"), "568 KiB", W, "per token")


# A model said to be `on` a corpus of 10B tokens or more (`Llama-2-7B on 2T tokens`, `на 2 трлн токенов`) is trained on
# it: its compute is 6ND, not the forward pass's 2ND, where the sentence says neither.
CORPUS_COMPUTE = [
    ("en", "- A Llama-3-8B-size model on 15T tokens is {r} FLOP.\n", "7.2 × 10²³", "2.4 × 10²³"),
    ("ru", "- Модель размером с Llama 2 7B на 2 трлн токенов — это {r} FLOP.\n", "8,09 × 10²²", "2,7 × 10²²"),
]


@pytest.mark.parametrize("line, right, forward", [pytest.param(*c[1:], id=c[0]) for c in CORPUS_COMPUTE])
def test_a_model_on_a_corpus_is_trained_on_it(line: str, right: str, forward: str) -> None:
    _judged(line.format(r=right), f"{right} FLOP", H, "training")
    _judged(line.format(r=forward), f"{forward} FLOP", W, "training")


def test_serving_tokens_is_still_a_forward_pass() -> None:
    _judged("- Serving Llama-2-7B on 2T tokens costs 2.7 × 10²² FLOP.\n", "2.7 × 10²² FLOP", H, "inference")


def test_the_weights_named_as_the_figures_subject_beside_a_card() -> None:
    text = "### Mixtral-8x7B in fp8 on one H100\n\n> Its fp8 weights are {r} GB and one H100 has 28.5 GiB left.\n"
    _judged(text.format(r="46.7"), "46.7 GB", H)
    _judged(text.format(r="12.9"), "12.9 GB", W)
    assert [c for c in note_claims("- The RTX 4090 has 24 GB and one H100 has 80 GB.\n") if c.verdict.group == W] == []  # type: ignore[attr-defined]


# Cards counted before a name read together: their summed bandwidth in bytes, its digits written as bits, is wrong; one
# card's bits, right for each of them, are not.
def test_counted_cards_bytes_written_as_bits() -> None:
    _judged("- Two A100s at 2039 GB/s each give 4078 Gbit/s.\n", "4078 Gbit/s", W, "2 × A100")
    assert [c for c in note_claims("- Eight H100 give 26.8 Tbit/s.\n") if c.verdict.group == W] == []  # type: ignore[attr-defined]
    assert [c for c in note_claims("- Two A100s give 32,624 Gbit/s.\n") if c.verdict.group == W] == []  # type: ignore[attr-defined]


def test_a_storage_rate_answered_on_the_next_line_is_no_memory_bandwidth() -> None:
    text = (
        "# Mixtral-8x7B\n\n**Request 7.** Replace the NVMe requirement of 4 × 7 GB/s with 28 Gbit/s.\n"
        "**Answer.** 28 GB/s is 224 Gbit/s; the requirement stands.\n\n"
        "**Answer.** Decoding reads only the active experts, 6.44 GB per card: a ceiling of about 466 tok/s.\n"
    )
    assert [c.stated for c in note_claims(text) if c.verdict.group == W] == []  # type: ignore[attr-defined]


# A size more than twice the fp32 weights of the model the note names elsewhere, in a sentence that names none, is
# another model's (said by a pronoun): not judged against that model.
def test_a_size_far_above_the_context_models_is_another_models() -> None:
    text = "# Qwen2.5-0.5B\n\nIt loads fine on the T4.\n\nIn bf16 the bigger one needs 29.5 GB, i.e. 2× the card.\n"
    _judged(text, "29.5 GB", V, "another model's")
    recipe = "# Llama 3 8B\n\n- 16 байт на параметр — это 300 ГБ для этой модели.\n"
    _judged(recipe, "300 ГБ", W)
