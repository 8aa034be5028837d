"""Claim cases of our own wording for the thirtieth round's lead rules (stop 40).

Facts (claims-gold): Llama-3-8B 8,030,261,248 params: 16.06 GB = 14.96 GiB in bf16, 128 KiB of fp16 cache per token
(4 GiB = 4.29 GB for 32K tokens); Mistral-7B 7,241,732,096 params: 14.48 GB = 13.49 GiB in bf16.
"""

from __future__ import annotations

import pytest
from conftest import H, U, V, W, check_claims, note_claims

C = "unit confusion GB↔GiB"


def _case(c: object) -> object:
    values, marks = (c.values, c.marks) if hasattr(c, "marks") else (c, ())  # type: ignore[attr-defined]
    return pytest.param(*values[1:], id=values[0], marks=marks)  # type: ignore[index]


def _twins(text: str) -> list[tuple[str, str]]:
    """(stated, verdict group) of the claims found wrong or mislabelled."""
    return [(c.stated, c.verdict.group) for c in note_claims(text) if c.verdict.group in (W, C)]  # type: ignore[attr-defined]


_ARCHIVE = "# Archive\n\nThe GGUF files of Llama-3-8B and Mistral-7B in every quant come to 3.8 TB; the NAS page shows 3.8 TiB.\n"

# The same digits under a decimal and a binary unit on one line: one of the two is mislabelled. The one that stands is
# the one a shape found to hold, or the one a third figure converts; when neither is known, the first one said.
TWIN_CASES = [
    (
        "en-held-then-restated-in-binary",
        "# Llama-3-8B\n\nIn bf16 the weights of Llama-3-8B take 16.06 GB; our capacity sheet has carried 16.06 GiB "
        "for months.\n",
        [("16.06 GiB", C)],
    ),
    (
        "ru-held-then-quoted-in-binary",
        "# Mistral-7B\n\nMistral-7B в bf16 — 14,48 ГБ (в выгрузке мониторинга стоит «14,48 ГиБ»).\n",
        [("14,48 ГиБ", C)],
    ),
    (
        "en-converted-by-a-third-figure",
        "# Storage\n\nAll Mistral-7B checkpoints together: 2.35 TB, i.e. 2.14 TiB; the backup job logs them as 2.35 TiB.\n",
        [("2.35 TiB", C)],
    ),
    (
        "ru-binary-first-converted",
        "# Веса\n\nВеса Llama-3-8B в bf16 — 14,96 ГиБ, то есть 16,06 ГБ; в отчёте биллинга они же записаны как 14,96 ГБ.\n",
        [("14,96 ГБ", C)],
    ),
    (
        "ru-neither-known-first-stands",
        "# Архив\n\nВсе GGUF-файлы Llama-3-8B и Mistral-7B во всех квантованиях — 1,12 ТБ; в интерфейсе NAS это 1,12 ТиБ.\n",
        [("1,12 ТиБ", C)],
    ),
    (
        "en-neither-known-first-stands",
        _ARCHIVE,
        [("3.8 TiB", C)],
    ),
]


@pytest.mark.parametrize(("text", "twins"), [_case(c) for c in TWIN_CASES])
def test_same_digits_under_two_units_flag_the_mislabelled_one(text: str, twins: list[tuple[str, str]]) -> None:
    assert _twins(text) == twins


# What the rule leaves alone: a card's marketed memory, other powers of the unit, two figures that both hold.
NOT_TWIN_CASES = [
    ("en-card-marketed-memory", "# Cards\n\nEach A100 80GB (80 GiB as the driver counts it) holds the 16.06 GB model.\n"),
    ("en-card-quoted-label", "# Cards\n\nThe weights need 70 GB on a card whose \"80GB\" is 80 GiB = 85.9 GB.\n"),
    (
        "ru-per-token-and-total",
        "# Кэш\n\nLlama-3-8B: 128 КиБ кэша на токен, 128 МиБ на 1024 токена.\n",
    ),
    ("en-different-digits", "# Llama-3-8B\n\nIn bf16 Llama-3-8B is 16.06 GB, which is 14.96 GiB.\n"),
]


@pytest.mark.parametrize("text", [_case(c) for c in NOT_TWIN_CASES])
def test_no_twin_judgement_where_the_figures_are_not_one_amount(text: str) -> None:
    assert _twins(text) == []


def test_the_twin_message_carries_the_right_value() -> None:
    text = _ARCHIVE
    (c,) = [c for c in note_claims(text) if c.shape == "unit-twin"]  # type: ignore[attr-defined]
    assert c.verdict.group == C  # type: ignore[attr-defined]
    assert "3.456 TiB" in c.explanation  # type: ignore[attr-defined]
    assert "3.8 TB" in c.explanation  # type: ignore[attr-defined]


def test_groups_are_unchanged_for_a_line_without_twins() -> None:
    check_claims("# Llama-3-8B\n\nLlama-3-8B in bf16 is 16.06 GB.\n", [H], "")


# A table that compares models side by side (a model per column, a quantity per row) is read once per model column.
SIDE_BY_SIDE_CASES = [
    (
        "en-models-as-columns",
        "# Comparison\n\n| | Llama-3-8B | Mistral-7B |\n|---|---|---|\n"
        "| weights, bf16 | 16.06 GB | 14.48 GB |\n| weights, int4 | 4.02 GB | 7.24 GB |\n| KV per token | 128 KiB | 128 KiB |\n",
        [H, H, H, W, H, H],
        "3.621 GB",
    ),
    (
        "ru-models-with-types-in-header",
        "# Сравнение\n\n| | A: H100, Llama-3-8B bf16 | B: L40S, Mistral-7B fp8 |\n|---|---|---|\n"
        "| веса | 16,06 ГБ | 14,48 ГБ |\n| KV-кэш на токен | 128 КиБ | 128 КиБ |\n",
        [H, W, H, H],
        "7.242 GB",
    ),
    (
        "en-row-names-its-own-model",
        "# Mixed\n\n| | Llama-3-8B | Mistral-7B |\n|---|---|---|\n| Qwen2.5-7B weights, bf16 | 15.23 GB | 15.23 GB |\n",
        [H, H],
        "",
    ),
]


@pytest.mark.parametrize(("text", "groups", "shown"), [_case(c) for c in SIDE_BY_SIDE_CASES])
def test_side_by_side_tables_read_each_model_column(text: str, groups: list[str], shown: str) -> None:
    check_claims(text, groups, shown)


def test_side_by_side_claims_point_at_the_notes_own_cells() -> None:
    text = SIDE_BY_SIDE_CASES[0][1]
    line = text.split("\n")[6]
    for c in note_claims(text):
        if c.line == 7:  # type: ignore[attr-defined]
            assert line[c.column - 1 :].startswith(c.span)  # type: ignore[attr-defined]


# A flow mapping under a model's name in the front matter (`Llama-3-8B: {params: 8030261248, dtype: bf16}`) states
# that model's parameter count; a mapping with two counts, or under no catalogued model, says nothing checked.
FLOW_CASES = [
    ("en-flow-count-holds", "---\nmodels:\n  Llama-3-8B: {params: 8030261248, dtype: bf16}\n---\nText.\n", [H], ""),
    (
        "ru-flow-count-wrong",
        "---\nконфиги:\n  Mistral-7B: {слоёв: 32, параметров: 8030261248}\n---\nТекст.\n",
        [W],
        "7,241,732,096",
    ),
    # a total and an active count: the total is the model's (round 29; it was left unread as two counts)
    ("en-flow-two-counts", "---\nmodels:\n  Llama-3-8B: {params: 8030261248, active_params: 8030261248}\n---\nText.\n", [H], ""),
    ("en-flow-two-totals", "---\nmodels:\n  Llama-3-8B: {params: 8030261248, params_exact: 8030261248}\n---\nText.\n", [], ""),
    ("en-flow-unknown-model", "---\nmodels:\n  my-tiny-net: {params: 125000000}\n---\nText.\n", [], ""),
]


@pytest.mark.parametrize(("text", "groups", "shown"), [_case(c) for c in FLOW_CASES])
def test_front_matter_flow_mappings_state_their_models_count(text: str, groups: list[str], shown: str) -> None:
    check_claims(text, groups, shown)


def test_flow_count_points_at_the_figure() -> None:
    text = FLOW_CASES[0][1]
    (c,) = note_claims(text)
    line = text.split("\n")[2]
    assert line[c.column - 1 :].startswith("8030261248")  # type: ignore[attr-defined]


# An exact count is judged as exact: only a size name (`7B`, `405B`, `1.5B`) is nominal, ±10 %.
COUNT_CASES = [
    ("en-exact-count-of-another-model", "# Mistral\n\nMistral-7B has 8,030,261,248 parameters.\n", [W], "7,241,732,096"),
    ("en-size-name-is-nominal", "# Mistral\n\nMistral-7B has 7.5B parameters.\n", [H], ""),
]


@pytest.mark.parametrize(("text", "groups", "shown"), [_case(c) for c in COUNT_CASES])
def test_exact_counts_are_not_size_names(text: str, groups: list[str], shown: str) -> None:
    check_claims(text, groups, shown)


# A figure quoted with the one storage type its quotation names is said in that type, whatever types the words around
# the quotation name to explain the slip.
QUOTED_TYPE_CASES = [
    (
        "en-quoted-type-over-the-comment",
        '# Llama-3-70B\n\nThe ticket said "fp8 Llama-3-70B = 35.3 GB" — that is the int4 size.\n',
        [W],
        "70.554 GB",
    ),
    (
        "ru-quoted-cache-type",
        "# Mistral-Nemo\n\nMistral-Nemo-12B, 8K токенов. В чате: «на 8K в fp8 кэш — 1,25 ГиБ» ✘ — 1,25 ГиБ это bf16, "
        "в fp8 0,625 ГиБ.\n",
        [W, H, H],
        "0.625 GiB",
    ),
]


@pytest.mark.parametrize(("text", "groups", "shown"), [_case(c) for c in QUOTED_TYPE_CASES])
def test_a_quoted_figure_takes_its_quotations_type(text: str, groups: list[str], shown: str) -> None:
    check_claims(text, groups, shown)


# `all N heads` that are the model's query heads, said as what a figure counted (not supposed, not taught as a slip):
# the figure is that slip, judged with the heads the model caches.
QUERY_HEADS_CASES = [
    (
        "en-answer-counted-all-query-heads",
        "# Llama-3-8B\n\nThe cache of Llama-3-8B is 128 KiB per token; the answer used all 32 heads and got 512 KiB.\n",
        [H, W],
        "128 KiB",
    ),
    (
        "en-supposed-mha-holds",
        "# Llama-3-8B\n\nIf Llama-3-8B cached all 32 heads, its cache would be 512 KiB per token.\n",
        [H],
        "",
    ),
    (
        "en-slip-taught-as-such",
        "# Llama-3-8B\n\nA common slip is to plug in all 32 heads for Llama-3-8B; that gives 512 KiB per token.\n",
        [H],
        "",
    ),
]


@pytest.mark.parametrize(("text", "groups", "shown"), [_case(c) for c in QUERY_HEADS_CASES])
def test_all_query_heads_counted_as_kv_heads(text: str, groups: list[str], shown: str) -> None:
    check_claims(text, groups, shown)


# A per-device word over the labels' column (`| item (per card) | … |`) makes every row's figures a device's share; a
# `TP=N` in the row's label is its split.
PER_CARD_LABEL_CASES = [
    (
        "en-per-card-label-column-with-tp",
        "# Budget\n\n| item (per card) | batch 32 |\n|---|---|\n| Llama-3-70B weights (bf16, TP=2) | 70.55 GB |\n"
        "| Llama-3-70B weights (bf16, TP=4) | 70.55 GB |\n",
        [H, W],
        "35.277 GB",
    ),
    (
        "en-per-card-label-column-no-count",
        "# Budget\n\n| item (per card) | batch 32 |\n|---|---|\n| Llama-3-70B weights (bf16) | 35.28 GB |\n",
        [V],
        "",
    ),
]


@pytest.mark.parametrize(("text", "groups", "shown"), [_case(c) for c in PER_CARD_LABEL_CASES])
def test_a_per_device_label_column_makes_each_row_a_share(text: str, groups: list[str], shown: str) -> None:
    check_claims(text, groups, shown)


# A row whose label names the cache (`| Llama-3-8B KV cache | … |`) under a column header that names no quantity
# (`| batch 4 |`) is the cache, never the model's weights.
def test_a_row_labelled_kv_is_the_cache() -> None:
    text = (
        "# Budget\n\nContext 32,768 tokens, all weights in fp8.\n\n| item | batch 4 |\n|---|---|\n"
        "| Llama-3-8B KV cache | 16 GiB |\n| Llama-3-8B KV cache | 64 GiB |\n"
    )
    check_claims(text, [H, W], "16 GiB")
    assert all(c.shape == "kv-cache" for c in note_claims(text))  # type: ignore[attr-defined]


def test_a_row_labelled_with_a_part_is_that_part() -> None:
    text = (
        "# QLoRA memory (Mistral-7B)\n\n| component | size |\n|---|---|\n"
        "| LoRA adapters, r=16 on attention, bf16 | 27.3 MB |\n| Mistral-7B weights, bf16 | 14.48 GB |\n"
    )
    check_claims(text, [V, H], "")
    (part,) = [c for c in note_claims(text) if c.line == 5]  # type: ignore[attr-defined]
    assert part.verdict.group == V and "part" in part.explanation  # type: ignore[attr-defined]


# A printout of `key=value` pairs after each row's name (`7B  bf16_GB=  14.185  int8_GB=  7.093`) is the table it is;
# a bare size name in a note that names one family without a size (`Qwen2.5 sizes`) is that family's model.
KEYED_CASES = [
    (
        "en-keyed-printout-of-named-models",
        "# Sizes\n\n```text\nQwen2.5-7B  bf16_GB=  14.185  int8_GB=   7.093\n"
        "Llama-3-8B  bf16_GB=  16.061  int8_GB=   8.030\n```\n",
        [U, U, H, H],
        "",
    ),
    (
        "en-keyed-printout-family-sizes",
        "---\naliases: [Qwen2.5 sizes]\n---\n# Notebook\n\n```text\n 1.5B  bf16_GB=   2.875  int8_GB=   1.438\n"
        "   7B  bf16_GB=  15.231  int8_GB=   7.616\n```\n",
        [U, U, H, H],
        "",
    ),
    ("en-code-with-assignments-stays-code", "# Code\n\n```text\nx = 1\ny = 2\n```\n", [], ""),
]


@pytest.mark.parametrize(("text", "groups", "shown"), [_case(c) for c in KEYED_CASES])
def test_keyed_printouts_and_family_sizes(text: str, groups: list[str], shown: str) -> None:
    check_claims(text, groups, shown)


# Markdown's bold marks between figures are no product (`= **16.06 GB** (14.96 GiB)`); a hedged twin that holds only by
# its hedge's tolerance (`16.06 GB (about 16.06 GiB)`) is still the mislabelled one.
BOLD_AND_HEDGED_TWIN_CASES = [
    ("en-bold-result-and-aside", "# W\n\nLlama-3-8B in bf16: 8.03B × 2 bytes = **16.06 GB** (14.96 GiB).\n", [H, H, H], ""),
    (
        "ru-bold-result-and-aside",
        "# Веса\n\nВеса Llama-3-8B в bf16: 8,03 млрд × 2 байта = **16,06 ГБ** (14,96 ГиБ).\n",
        [H, H, H],
        "",
    ),
    (
        "en-hedged-twin",
        "# W\n\nLlama-3-8B in bf16: 8.03B × 2 = **16.06 GB** (about 16.06 GiB).\n",
        [H, H, U],
        "",
    ),
]


@pytest.mark.parametrize(("text", "groups", "shown"), [_case(c) for c in BOLD_AND_HEDGED_TWIN_CASES])
def test_bold_marks_and_hedged_twins(text: str, groups: list[str], shown: str) -> None:
    check_claims(text, groups, shown)


def test_a_factor_between_figures_thousands_of_times_apart_is_not_checked() -> None:
    text = "# Cache\n\nLlama-3-8B: the printed 512 KiB is 4× too much, and at 32K the cache is 4 GiB, not 16 GiB.\n"
    ratios = [c for c in note_claims(text) if c.shape == "ratio"]  # type: ignore[attr-defined]
    assert ratios and all(c.verdict.group == V for c in ratios), [c.explanation for c in ratios]  # type: ignore[attr-defined]


# A family name alone (`Mixtral`), which the catalogue reads as its first model (8x7B), in a note that names one model of
# that family with its size (Mixtral-8x22B) is that model.
def test_a_family_name_alone_is_the_notes_own_model() -> None:
    text = (
        "# Postmortem\n\nWe served Mixtral-8x22B-Instruct as Q4_K_M.\n\n"
        "- Mixtral's cache: 2 × 56 × 8 × 128 × 2 B = 224 KiB per token, 7 GiB per 32K sequence.\n"
    )
    claims = [c for c in note_claims(text) if c.verdict.group in (W, U)]  # type: ignore[attr-defined]
    assert claims == [], [c.explanation for c in claims]  # type: ignore[attr-defined]
    assert any("7 GiB" in c.stated and c.verdict.group == H for c in note_claims(text))  # type: ignore[attr-defined]


def test_sequences_named_in_a_batch_product() -> None:
    check_claims("# Cache\n\nLlama-3-8B: 64 sessions × 4096 tokens = 32 GiB of cache (bf16).\n", [H], "")
    check_claims("# Кэш\n\nLlama-3-8B: 8 слотов × 32 768 токенов — 32 ГиБ кэша.\n", [H], "")


# A product in brackets right after the figure it gives (`16.06 GB (8.03B × 2 bytes)`) is that figure's computation.
BRACKETED_PRODUCT_CASES = [
    ("en-bracketed-product-holds", "# W\n\nLlama-3-8B weights: 16.06 GB (8.03B × 2 bytes).\n", "holds", ""),
    ("en-bracketed-product-wrong", "# W\n\nLlama-3-8B weights: 8.03 GB (8.03B × 2 bytes).\n", "wrong", "16.06 GB"),
    ("ru-bracketed-block", "# Кэш\n\nБлок Llama-3.1-70B — 12 МиБ (16 × 320 КиБ).\n", "wrong", "5 MiB"),
]


@pytest.mark.parametrize(("text", "verdict", "shown"), [_case(c) for c in BRACKETED_PRODUCT_CASES])
def test_a_bracketed_product_computes_the_figure_before_it(text: str, verdict: str, shown: str) -> None:
    claims = note_claims(text)
    chained = [c for c in claims if c.shape == "bracketed-product"]  # type: ignore[attr-defined]
    assert [c.verdict.group for c in chained] == [verdict], [c.explanation for c in claims]  # type: ignore[attr-defined]
    assert shown in chained[0].explanation  # type: ignore[attr-defined]
    assert sum(c.stated == chained[0].stated for c in claims) == 1  # type: ignore[attr-defined]  # one claim a figure


# The one model a note's title names is the last resort for a sentence naming none, when the text names several; its
# errors are readings, reported only where their size is the telltale of a slip (twice, half, GiB labelled GB).
TITLE_CASES = [
    (
        "ru-title-model-telltale-error",
        "---\ntitle: Перевод ассистента на Mistral-Nemo-12B\n---\nСравниваем с Llama-3.1-8B.\n\n"
        "## Замечания\n\n- «Кэш на токен — 320 КиБ» — посчитали K и V дважды.\n",
        [W],
        "160 KiB",
    ),
    (
        "en-title-model-other-error-is-a-reading",
        "---\ntitle: Moving to Mistral-Nemo-12B\n---\nCompared with Llama-3.1-8B.\n\n## Notes\n\n- Weights in bf16: 30 GB.\n",
        [V],
        "",
    ),
]


@pytest.mark.parametrize(("text", "groups", "shown"), [_case(c) for c in TITLE_CASES])
def test_the_titles_model_is_the_last_resort(text: str, groups: list[str], shown: str) -> None:
    check_claims(text, groups, shown)


def test_a_bracketed_type_after_a_size_is_that_sizes_not_the_caches() -> None:
    text = "# Итог\n\nLlama-3-8B: веса 16,06 ГБ (bf16) / 8,03 ГБ (fp8), кэш 128 КиБ на токен.\n"
    assert not [c for c in note_claims(text) if c.verdict.group == W]  # type: ignore[attr-defined]
