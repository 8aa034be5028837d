"""Claim cases of our own wording for the thirty-fourth round's lead rules (stop 43).

Facts (claims-gold): Mixtral-8x7B has 46,702,792,704 parameters, 12,879,925,248 of them active per token (bf16: 93.4 GB
in all, 25.76 GB read per token).
"""

from __future__ import annotations

import pytest
from conftest import H, V, W, note_claims


def _verdicts(text: str, stated: str) -> list[str]:
    return [c.verdict.group for c in note_claims(text) if c.stated == stated]


# One token of a mixture of experts reads its routed experts: a per-token read of every weight is wrong, unless the
# sentence speaks of a batch (whose tokens may route to every expert).
MOE_READ_CASES = [
    ("en-wrong", "# Notes\n\nMixtral-8x7B in bf16 reads 93.4 GB of weights per token.\n", "93.4 GB", W),
    ("en-holds", "# Notes\n\nMixtral-8x7B in bf16 reads about 25.8 GB of weights per token.\n", "about 25.8 GB", H),
    ("ru-wrong", "# Заметки\n\nMixtral-8x7B в bf16 читает 93,4 ГБ весов на каждый токен.\n", "93,4 ГБ", W),
    ("ru-holds", "# Заметки\n\nMixtral-8x7B в bf16 читает около 25,8 ГБ весов на каждый токен.\n", "около 25,8 ГБ", H),
    ("en-batch", "# Notes\n\nAt batch 64, Mixtral-8x7B in bf16 reads 93.4 GB of weights per step.\n", "93.4 GB", V),
    ("ru-batch", "# Заметки\n\nПод нагрузкой Mixtral-8x7B в bf16 читает 93,4 ГБ весов за шаг.\n", "93,4 ГБ", V),
]


@pytest.mark.parametrize(("text", "stated", "group"), [pytest.param(*c[1:], id=c[0]) for c in MOE_READ_CASES])
def test_one_token_of_a_mixture_reads_its_active_experts(text: str, stated: str, group: str) -> None:
    claims = [c for c in note_claims(text) if c.stated == stated]
    assert [c.verdict.group for c in claims] == [group]
    if group == W:
        assert "25.76 GB" in claims[0].explanation  # the active experts' read, recomputed


# A context in thousands times a count (`16k × 32`) is that many sequences of that context, as `32 × 16k` is.
_L8 = "# Plan\n\nLlama-3.1-8B keeps 128 KiB of cache per token.\n\n"
CONTEXT_TIMES_COUNT_CASES = [
    ("en-holds", _L8 + "At 16k × 32 in bf16 the cache takes 64 GiB.\n", "64 GiB", H),
    ("en-wrong", _L8 + "At 16k × 32 in bf16 the cache takes 2 GiB.\n", "2 GiB", W),
    ("ru-holds", _L8 + "Кэш при 16k × 32 в fp8 займёт 32 ГиБ.\n", "32 ГиБ", H),
    ("ru-wrong", _L8 + "Кэш при 16k × 32 в fp8 займёт 1 ГиБ.\n", "1 ГиБ", W),
]


@pytest.mark.parametrize(("text", "stated", "group"), [pytest.param(*c[1:], id=c[0]) for c in CONTEXT_TIMES_COUNT_CASES])
def test_a_context_times_a_count_is_that_many_sequences(text: str, stated: str, group: str) -> None:
    claims = [c for c in note_claims(text) if c.stated == stated]
    assert [c.verdict.group for c in claims] == [group]
    assert "batch 32" in claims[0].explanation


def test_a_context_times_a_size_per_token_is_no_batch() -> None:
    """`8K × 128 KiB`: one sequence's cache, no batch of 128."""
    claims = note_claims(_L8 + "The cache at 8K × 128 KiB = 1 GiB per sequence.\n")
    assert all("batch 128" not in c.explanation for c in claims)


# A share of the model called by its size (`21.3 % of the 1B model`) is of its exact count, not of one billion.
_L1 = "# Notes\n\nLlama 3.2 1B and Llama 3.2 3B.\n\n"
SHARE_OF_SIZE_NAME_CASES = [
    ("en-holds", _L1 + "The embedding is 128,256 × 2,048 = 262,668,288 parameters, 21.3 % of the 1B model.\n", "21.3 %", H),
    ("en-wrong", _L1 + "The embedding is 128,256 × 2,048 = 262,668,288 parameters, 42.5 % of the 1B model.\n", "42.5 %", W),
    ("ru-holds", _L1 + "Эмбеддинг — 128 256 × 2048 = 262 668 288 параметров, 21,3 % модели 1B.\n", "21,3 %", H),
]


@pytest.mark.parametrize(("text", "stated", "group"), [pytest.param(*c[1:], id=c[0]) for c in SHARE_OF_SIZE_NAME_CASES])
def test_a_share_of_a_model_called_by_its_size_is_of_its_exact_count(text: str, stated: str, group: str) -> None:
    claims = [c for c in note_claims(text) if c.stated == stated]
    assert [c.verdict.group for c in claims] == [group]
    assert "1,235,814,400" in claims[0].explanation


# A bold label before arithmetic (`**Room:** 640 GiB − 625 GiB = ~15 GiB`) closes with asterisks that are no operator.
_BOLD = "# Option C: DeepSeek-V3 fp8 on 8 × H100\n\n"
BOLD_LABEL_CASES = [
    ("en-holds", _BOLD + "- **Room for cache:** 640 GiB − 625 GiB = ~15 GiB in total.\n", "~15 GiB", H),
    ("en-wrong", _BOLD + "- **Room for cache:** 640 GiB − 625 GiB = ~150 GiB in total.\n", "~150 GiB", W),
    ("ru-holds", _BOLD + "- **Запас под кэш:** 640 ГиБ − 625 ГиБ = ~15 ГиБ на узел.\n", "~15 ГиБ", H),
    ("ru-wrong", _BOLD + "- **Запас под кэш:** 640 ГиБ − 625 ГиБ = ~150 ГиБ на узел.\n", "~150 ГиБ", W),
    ("en-italic", _BOLD + "- *Room for cache:* 640 GiB − 625 GiB = ~15 GiB in total.\n", "~15 GiB", H),
    ("en-italic-wrong", _BOLD + "- *Room for cache:* 640 GiB − 625 GiB = ~150 GiB in total.\n", "~150 GiB", W),
]


@pytest.mark.parametrize(("text", "stated", "group"), [pytest.param(*c[1:], id=c[0]) for c in BOLD_LABEL_CASES])
def test_arithmetic_after_a_bold_label_is_read(text: str, stated: str, group: str) -> None:
    claims = note_claims(text)
    assert [c.verdict.group for c in claims if c.stated == stated] == [group]
    assert [c.verdict.group for c in claims if c.stated != stated and c.verdict.group == W] == []  # operands are no cache


# A type said right after a model's name is its build's (`Llama-3-8B in fp8 serves …`): the weights' as much as the
# cache's, so the 16-bit cache is a reading that may make a cache figure hold; a cache's own type stays its.
BUILD_TYPE_CASES = [
    ("en-holds", "# x\n\n- Llama-3-8B in fp8 serves 32 chats of 8K: cache 32 GiB, weights 8.03 GB.\n", "32 GiB", H),
    ("en-wrong", "# x\n\n- Llama-3-8B in fp8 serves 32 chats of 8K: cache 64 GiB, weights 8.03 GB.\n", "64 GiB", W),
    ("ru-holds", "# x\n\n- Llama-3-8B в fp8 держит 32 диалога по 8K: кэш 32 ГиБ, веса 8,03 ГБ.\n", "32 ГиБ", H),
    ("en-own-cache-type", "# x\n\n- Llama-3-8B in fp8 serves 32 chats of 8K with an fp8 cache: 32 GiB.\n", "32 GiB", W),
]


@pytest.mark.parametrize(("text", "stated", "group"), [pytest.param(*c[1:], id=c[0]) for c in BUILD_TYPE_CASES])
def test_a_models_build_type_leaves_its_cache_at_16_bits_as_a_reading(text: str, stated: str, group: str) -> None:
    assert _verdicts(text, stated) == [group]


# A count of billions of tokens is a corpus (`6ND … on 2T tokens`), no context: it makes no figure beside it a cache.
CORPUS_TOKENS_CASES = [
    ("en-holds", "# x\n\nUse KV heads; GPT-2 small is 497.8 MB in fp32; 6ND for it on 2T tokens.\n", "497.8 MB", H),
    ("en-wrong", "# x\n\nUse KV heads; GPT-2 small is 995.5 MB in fp32; 6ND for it on 2T tokens.\n", "995.5 MB", W),
    ("ru-holds", "# x\n\nСчитайте KV-головы; GPT-2 small — 497,8 МБ в fp32; 6ND на 2 трлн токенов.\n", "497,8 МБ", H),
]


@pytest.mark.parametrize(("text", "stated", "group"), [pytest.param(*c[1:], id=c[0]) for c in CORPUS_TOKENS_CASES])
def test_a_corpus_of_tokens_is_no_context(text: str, stated: str, group: str) -> None:
    claims = [c for c in note_claims(text) if c.stated == stated]
    assert [c.verdict.group for c in claims] == [group]
    assert "KV cache" not in claims[0].explanation


# A family's word as an owner (`gemma's 8K cache`) names the note's one model of that family, in any case.
_PAIR = "# x\n\nGemma 2 9B and phi-4 are the candidates; phi-4 int4 is 7.33 GB.\n\n"
OWNER_CASES = [
    ("en-holds", _PAIR + "At 8K, gemma's cache is 2.625 GiB.\n", "2.625 GiB", H),
    ("en-wrong", _PAIR + "At 8K, gemma's cache is 10.5 GiB.\n", "10.5 GiB", W),
    ("en-capital", _PAIR + "At 8K, Gemma's cache is 2.625 GiB.\n", "2.625 GiB", H),
]


@pytest.mark.parametrize(("text", "stated", "group"), [pytest.param(*c[1:], id=c[0]) for c in OWNER_CASES])
def test_a_family_word_as_an_owner_names_its_model(text: str, stated: str, group: str) -> None:
    claims = [c for c in note_claims(text) if c.stated == stated]
    assert [c.verdict.group for c in claims] == [group]
    assert "kv cache of gemma" in claims[0].explanation.lower()


# A table column counting a row's sequences (`| диалогов |`, `| concurrent users |`) is the batch of the row's cache.
_ROWS_RU = (
    "# Прогоны\n\nKV-кэш в bf16.\n\n| модель | диалогов | контекст | KV, ГиБ |\n|---|---|---|---|\n"
    "| Llama-3-8B | 16 | 4K | {a} |\n| Llama-3-8B | 32 | 8K | {b} |\n"
)
_ROWS_EN = (
    "# Runs\n\nKV cache in bf16.\n\n| model | concurrent users | context | KV, GiB |\n|---|---|---|---|\n"
    "| Llama-3-8B | 16 | 4K | {a} |\n| Llama-3-8B | 32 | 8K | {b} |\n"
)
ROW_BATCH_CASES = [
    ("ru-holds", _ROWS_RU.format(a=8, b=32), ["8", "32"], [H, H]),
    ("ru-wrong", _ROWS_RU.format(a=8, b=128), ["8", "128"], [H, W]),
    ("en-holds", _ROWS_EN.format(a=8, b=32), ["8", "32"], [H, H]),
    ("en-wrong", _ROWS_EN.format(a=2, b=32), ["2", "32"], [W, H]),
]


@pytest.mark.parametrize(("text", "stated", "groups"), [pytest.param(*c[1:], id=c[0]) for c in ROW_BATCH_CASES])
def test_a_column_of_sequences_is_the_rows_batch(text: str, stated: list[str], groups: list[str]) -> None:
    claims = [c for c in note_claims(text) if c.shape == "kv-cache"]
    assert [(c.stated, c.verdict.group) for c in claims] == list(zip(stated, groups, strict=True))


# A row that names no model but counts its parameters (`| № 1 | 6,74 млрд | … |`) in a note about one model is that
# model's, and a header's `батч 8 × 4096` gives its cache's batch and context.
_ANSWERS = (
    "# Задача\n\nМодель Llama-2-7B, fp16.\n\n| работа | параметры | веса fp16 | KV, батч 8 × 4096 |\n|---|---|---|---|\n"
    "| № 1 | 6,74 млрд | 13,48 ГБ | {a} |\n| № 2 | 6,74 млрд | {w} | 2 ГиБ |\n"
)
_ANSWERS_EN = (
    "# Problem\n\nThe model is Llama-2-7B, fp16.\n\n| answer | params | weights fp16 | KV, batch 8 × 4096 |\n|---|---|---|---|\n"
    "| #1 | 6.74B | 13.48 GB | {a} |\n| #2 | 6.74B | {w} | 2 GiB |\n"
)
ROW_OF_THE_NOTES_MODEL_CASES = [
    ("ru", _ANSWERS.format(a="16 ГиБ", w="26,95 ГБ"), [("16 ГиБ", H), ("2 ГиБ", W)], ("26,95 ГБ", W)),
    ("en", _ANSWERS_EN.format(a="16 GiB", w="26.95 GB"), [("16 GiB", H), ("2 GiB", W)], ("26.95 GB", W)),
]


@pytest.mark.parametrize(("text", "caches", "weights"), [pytest.param(*c[1:], id=c[0]) for c in ROW_OF_THE_NOTES_MODEL_CASES])
def test_a_rows_count_of_the_notes_model_is_that_model(
    text: str, caches: list[tuple[str, str]], weights: tuple[str, str]
) -> None:
    claims = note_claims(text)
    kv = [(c.stated, c.verdict.group) for c in claims if c.shape == "kv-cache"]
    assert kv == caches
    assert all("Llama-2-7B" in c.explanation and "batch 8" in c.explanation for c in claims if c.shape == "kv-cache")
    assert [(c.stated, c.verdict.group) for c in claims if c.stated == weights[0]] == [weights]


# A card's memory bandwidth quoted after its name (`P40: "694 GB/s memory bandwidth"`) or said in bits is checked
# against the card's published peak (a bit rate is eight to a byte).
CARD_BANDWIDTH_CASES = [
    ("en-quoted-wrong", '# Cards\n\n- P40: "694 GB/s memory bandwidth"\n', "694 GB/s", W),
    ("en-bits-wrong", "# Cards\n\n- Memory bandwidth of the Tesla P40 is 347 Gbit/s.\n", "347 Gbit/s", W),
    ("ru-bits-wrong", "# Карты\n\n- Пропускная способность памяти Tesla P40 — 347 Гбит/с.\n", "347 Гбит/с", W),
]


@pytest.mark.parametrize(("text", "stated", "group"), [pytest.param(*c[1:], id=c[0]) for c in CARD_BANDWIDTH_CASES])
def test_a_cards_stated_memory_bandwidth_is_checked(text: str, stated: str, group: str) -> None:
    claims = [c for c in note_claims(text) if c.stated == stated]
    assert [c.verdict.group for c in claims] == [group]
    assert "Tesla P40" in claims[0].explanation and "(published peak)" in claims[0].explanation


def test_a_cards_published_bandwidth_in_bits_is_no_error() -> None:
    """`2.78 Tbit/s` is the P40's 347 GB/s in bits: restated, no claim to report."""
    assert [c for c in note_claims("# Cards\n\n- Tesla P40: memory bandwidth 2.78 Tbit/s.\n") if c.verdict.group == W] == []


# A storage type in a table row's label cell is said of every figure of the row (`| GPT-2 small, fp32 | 498 MB | 995 MB |`).
_KEY = "# Answers\n\n| P | quantity | mine | key |\n|---|---|---|---|\n| P1 | GPT-2 small, fp32 | {a} | {b} |\n"
_KEY_RU = "# Ответы\n\n| № | величина | мой | ключ |\n|---|---|---|---|\n| 1 | GPT-2 small, fp32 | {a} | {b} |\n"
ROW_LABEL_TYPE_CASES = [
    ("en", _KEY.format(a="498 MB", b="995 MB"), [("498 MB", H), ("995 MB", W)]),
    ("en-both-hold", _KEY.format(a="497.8 MB", b="498 MB"), [("497.8 MB", H), ("498 MB", H)]),
    ("ru", _KEY_RU.format(a="498 МБ", b="995 МБ"), [("498 МБ", H), ("995 МБ", W)]),
]


@pytest.mark.parametrize(("text", "expected"), [pytest.param(*c[1:], id=c[0]) for c in ROW_LABEL_TYPE_CASES])
def test_a_type_in_a_rows_label_is_said_of_each_figure(text: str, expected: list[tuple[str, str]]) -> None:
    assert [(c.stated, c.verdict.group) for c in note_claims(text)] == expected


# Two sizes in a decimal and a binary unit joined by `is` restate one amount (`640 GiB is 687 GB`).
IS_CONVERSION_CASES = [
    ("en-holds", "# Node\n\nEight H100s: 640 GiB is 687 GB of memory.\n", "687 GB", H),
    ("en-wrong", "# Node\n\nEight H100s: 640 GiB is 600 GB of memory.\n", "600 GB", W),
]


@pytest.mark.parametrize(("text", "stated", "group"), [pytest.param(*c[1:], id=c[0]) for c in IS_CONVERSION_CASES])
def test_is_between_two_units_restates_one_amount(text: str, stated: str, group: str) -> None:
    claims = [c for c in note_claims(text) if c.stated == stated]
    assert [(c.shape, c.verdict.group) for c in claims] == [("unit-conversion", group)]


def test_the_same_digits_after_a_bare_is_explain_a_unit() -> None:
    """`` `Lsize=5612340kB` is 5,612,340 KiB ``: what a tool's unit means, no amount restated (and no error)."""
    claims = note_claims("# Encoding\n\n- `Lsize=5612340kB` is 5,612,340 KiB ≈ 5.75 GB for one hour.\n")
    assert all(c.stated != "5,612,340 KiB" for c in claims)
    assert all(c.verdict.group in (H, V) for c in claims)


def test_a_wrapped_lines_restatement_is_judged_once_on_its_own_line() -> None:
    """`ZeRO-2 at 48.8 GB is` / `45.5 GiB, …`: the second line's restatement, judged once, on that line."""
    text = (
        "# ZeRO\n\nSo the 26 GB your colleague quoted is the ZeRO-3 number, not ZeRO-1. ZeRO-2 at 48.8 GB is\n"
        "45.5 GiB, which leaves room for activations on an 80 GB card; ZeRO-1 does too, barely.\n"
    )
    claims = note_claims(text)
    assert [(c.line, c.stated) for c in claims if c.shape == "unit-conversion"] == [(4, "45.5 GiB")]


# A note that says its cache's type for the whole setup (`KV-кэш в bf16 во всех прогонах`) keeps the cache in that type
# where a weights type stands near a cache figure; an option said once (`with an fp8 KV cache it halves`) is no setup.
_SETUP_RU = (
    "# Отчёт\n\n- KV-кэш в bf16 во всех прогонах\n\n"
    "> Qwen2.5-14B в fp8 весит 14,77 ГБ. На один диалог 4K у Llama-3-8B уходит {x} кэша.\n"
)
_SETUP_EN = (
    "# Report\n\n- KV cache in bf16 in all runs\n\n"
    "> Qwen2.5-14B in fp8 weighs 14.77 GB. One 4K chat on Llama-3-8B takes {x} of cache.\n"
)
SETUP_KV_TYPE_CASES = [
    ("ru-holds", _SETUP_RU.format(x="0,5 ГиБ"), "0,5 ГиБ", H),
    ("ru-wrong", _SETUP_RU.format(x="2 ГиБ"), "2 ГиБ", W),
    ("en-holds", _SETUP_EN.format(x="0.5 GiB"), "0.5 GiB", H),
    ("en-wrong", _SETUP_EN.format(x="2 GiB"), "2 GiB", W),
]


@pytest.mark.parametrize(("text", "stated", "group"), [pytest.param(*c[1:], id=c[0]) for c in SETUP_KV_TYPE_CASES])
def test_a_setups_cache_type_is_the_caches(text: str, stated: str, group: str) -> None:
    claims = [c for c in note_claims(text) if c.stated == stated]
    assert [c.verdict.group for c in claims] == [group]
    assert "0.5 GiB" in claims[0].explanation and "(bf16)" in claims[0].explanation


def test_a_cache_type_offered_once_is_no_setup() -> None:
    text = "# x\n\nWith an fp8 KV cache it halves.\n\nLlama-3-8B at 4K: 0.5 GiB of KV cache.\n"
    assert [c.verdict.group for c in note_claims(text) if c.stated == "0.5 GiB"] == [H]


# Rates under a heading about decoding ceilings are estimates of the bound: one far below it is wrong, not a bound kept.
_CEIL_RU = "# Отчёт\n\nКарта L40S, 864 ГБ/с.\n\n## Потолки декодирования (батч 1)\n\nДля Llama-3-8B bf16 получилось {x}.\n"
_CEIL_EN = "# Report\n\nThe card is an L40S, 864 GB/s.\n\n## Decode ceilings (batch 1)\n\nLlama-3-8B in bf16 comes to {x}.\n"
CEILING_SECTION_CASES = [
    ("ru-far-below", _CEIL_RU.format(x="6,7 ток/с"), "6,7 ток/с", W),
    ("ru-holds", _CEIL_RU.format(x="53,8 ток/с"), "53,8 ток/с", H),
    ("en-far-below", _CEIL_EN.format(x="6.7 tok/s"), "6.7 tok/s", W),
    ("en-holds", _CEIL_EN.format(x="53.8 tok/s"), "53.8 tok/s", H),
]


@pytest.mark.parametrize(("text", "stated", "group"), [pytest.param(*c[1:], id=c[0]) for c in CEILING_SECTION_CASES])
def test_rates_under_a_ceilings_heading_estimate_the_bound(text: str, stated: str, group: str) -> None:
    claims = [c for c in note_claims(text) if c.stated == stated]
    assert [c.verdict.group for c in claims] == [group]
    assert "53.8 tok/s" in claims[0].explanation


def test_a_rate_below_the_bound_outside_a_ceilings_section_stays_a_bound() -> None:
    text = "# Report\n\nThe card is an L40S, 864 GB/s.\n\n## Measurements\n\nLlama-3-8B in bf16 comes to 6.7 tok/s.\n"
    assert [c.verdict.group for c in note_claims(text) if c.stated == "6.7 tok/s"] in ([], [H])


# A table row's comment cell (words with a figure: `1 byte per parameter instead of 2`, `assumed 8 KV heads; it has 2`)
# explains the row's values; it gives none of them its inputs. A short recipe cell (`| 16 B/param |`) still does.
_ERRATA = "# Errata\n\n| # | quantity | was | now | cause |\n|---|---|---|---|---|\n"
COMMENT_CELL_CASES = [
    (
        "en-bytes",
        _ERRATA + "| E1 | Llama 3.2 3B weights, bf16 | 3.21 GB | 6.43 GB | 1 byte per parameter instead of 2 |\n",
        [("3.21 GB", W), ("6.43 GB", H)],
    ),
    (
        "en-heads",
        _ERRATA + "| E5 | Qwen2.5-0.5B KV cache per token | 48 KiB | 12 KiB | assumed 8 KV heads; it has 2 |\n",
        [("48 KiB", W), ("12 KiB", H)],
    ),
    (
        "ru-bytes",
        "# Ошибки\n\n| № | величина | было | стало | причина |\n|---|---|---|---|---|\n"
        "| 1 | веса Llama 3.2 3B, bf16 | 3,21 ГБ | 6,43 ГБ | взят 1 байт на параметр вместо двух |\n",
        [("3,21 ГБ", W), ("6,43 ГБ", H)],
    ),
    (
        "en-recipe-cell",
        "# Runs\n\n| model | recipe | states |\n|---|---|---|\n| Llama-3-8B | 16 B/param | 128.5 GB |\n",
        [("128.5 GB", H)],
    ),
]


@pytest.mark.parametrize(("text", "expected"), [pytest.param(*c[1:], id=c[0]) for c in COMMENT_CELL_CASES])
def test_a_rows_comment_cell_gives_no_inputs(text: str, expected: list[tuple[str, str]]) -> None:
    claims = note_claims(text)
    assert [(c.stated, c.verdict.group) for c in claims if c.stated in dict(expected)] == expected


# A model's own size in brackets after its name (`Phi-4 (14B) memory: …`) is no second model of a parallel list.
BRACKETED_OWN_SIZE_CASES = [
    ("en-wrong", "# x\n\n> Phi-4 (14B) memory: bf16 ≈ 28 GB, int8 ≈ 14 GB, int4 ≈ 3.5 GB.\n", "≈ 3.5 GB", W),
    ("en-holds", "# x\n\n> Phi-4 (14B) memory: bf16 ≈ 28 GB, int8 ≈ 14 GB, int4 ≈ 7.3 GB.\n", "≈ 7.3 GB", H),
    ("ru-wrong", "# x\n\n> Phi-4 (14B), память: bf16 ≈ 28 ГБ, int8 ≈ 14 ГБ, int4 ≈ 3,5 ГБ.\n", "≈ 3,5 ГБ", W),
]


@pytest.mark.parametrize(("text", "stated", "group"), [pytest.param(*c[1:], id=c[0]) for c in BRACKETED_OWN_SIZE_CASES])
def test_a_models_size_in_brackets_is_no_other_model(text: str, stated: str, group: str) -> None:
    assert _verdicts(text, stated) == [group]


def test_sizes_listed_with_several_models_stay_open() -> None:
    """`Llama-2-7B, -13B and -70B need 13.5, 26 and 138 GB`: which figure is whose is not said."""
    claims = note_claims("# x\n\nLlama-2-7B, -13B and -70B need 13.5, 26 and 138 GB in fp16.\n")
    assert [c.verdict.group for c in claims if c.stated == "138 GB"] == [V]


# A rate of a model called by its size (`the 1B Q8_0 ceiling at 102.4 GB/s`) reads that model in that type: the size
# name is no figure of the sentence beside the rate.
_ONE_B = "# Laptop\n\nLlama 3.2 1B on the laptop.\n\n"
SIZE_NAMED_RATE_CASES = [
    ("en-wrong", _ONE_B + "- the 1B Q8_0 ceiling at 102.4 GB/s is 39 tok/s\n", "39 tok/s", W),
    ("en-holds", _ONE_B + "- the 1B Q8_0 ceiling at 102.4 GB/s is 78 tok/s\n", "78 tok/s", H),
    ("ru-wrong", _ONE_B + "- потолок 1B в Q8_0 при 102,4 ГБ/с — 39 ток/с\n", "39 ток/с", W),
]


@pytest.mark.parametrize(("text", "stated", "group"), [pytest.param(*c[1:], id=c[0]) for c in SIZE_NAMED_RATE_CASES])
def test_a_rate_of_a_model_called_by_its_size(text: str, stated: str, group: str) -> None:
    claims = [c for c in note_claims(text) if c.stated == stated]
    assert [c.verdict.group for c in claims] == [group]
    assert "78.0 tok/s" in claims[0].explanation
