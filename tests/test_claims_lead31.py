"""Claim cases of our own wording for the thirty-first round's lead rules (stop 41).

Facts (claims-gold): Llama-3.1-8B has 32 layers, 32 query heads and 8 KV heads of 128 dims: 128 KiB of fp16 cache per
token, 16 GiB for 32 sequences of 4,096 tokens; Qwen2.5-7B has 28 layers, 28 query heads and 4 KV heads: 56 KiB per token.
"""

from __future__ import annotations

import pytest
from conftest import H, U, V, W, note_claims

# A sentence whose only subject is the one model the note names elsewhere is a reading of that model: its errors are
# reported only where their size is the telltale of a slip. Beside twice / half and GB for GiB, two more telltales:
# a figure off by the model's query heads over its KV heads (the cache's commonest slip) and one off by a thousand
# (a unit's prefix slipped).
_NOTE = "# Serving notes\n\nWe run {model} behind vLLM on one card.\n\n## Cache\n\n- {line}\n"
_LLAMA = "Llama-3.1-8B-Instruct"

READING_CASES = [
    ("en-query-heads-product", _LLAMA, "Per token: 2 × 32 layers × 32 heads × 128 × 2 bytes = 512 KiB.", "512 KiB", W, "128 KiB"),
    (
        "en-query-heads-total",
        _LLAMA,
        "For the configured 32 sequences at a 4,096-token context the cache would need 64 GiB.",
        "64 GiB",
        W,
        "16 GiB",
    ),
    ("en-prefix-slip", _LLAMA, "KV cache per token: 128 MiB in fp16.", "128 MiB", W, "0.125 MiB"),
    ("ru-query-heads-per-token", "Qwen2.5-7B-Instruct", "Кэш на токен в fp16 — 392 КиБ.", "392 КиБ", W, "56 KiB"),
    ("ru-prefix-slip", "Qwen2.5-7B-Instruct", "Кэш на токен в fp16 — 56 МиБ.", "56 МиБ", W, "0.0547 MiB"),
    # no telltale: the figure may be of something else, so it stays a reading
    (
        "en-other-mismatch",
        _LLAMA,
        "For the configured 32 sequences at a 4,096-token context the cache would need 40 GiB.",
        "40 GiB",
        V,
        "16 GiB",
    ),
    ("en-other-per-token", _LLAMA, "KV cache per token: 96 KiB in fp16.", "96 KiB", V, "128 KiB"),
]


@pytest.mark.parametrize(("model", "line", "stated", "group", "shown"), [pytest.param(*c[1:], id=c[0]) for c in READING_CASES])
def test_a_reading_is_an_error_only_with_a_telltale(model: str, line: str, stated: str, group: str, shown: str) -> None:
    claims = [c for c in note_claims(_NOTE.format(model=model, line=line)) if c.stated.endswith(stated)]
    assert [c.verdict.group for c in claims] == [group]
    assert shown in claims[0].explanation


def test_the_query_heads_telltale_needs_a_cache_reading() -> None:
    """Off by four (Llama-3.1-8B's 32 / 8 heads) on a weights reading is no telltale: the weights have no KV heads."""
    text = _NOTE.format(model=_LLAMA, line="The weights in fp8 come to 32.1 GB.")
    assert [c.verdict.group for c in note_claims(text) if c.stated.endswith("32.1 GB")] == [V]


# A cache per token multiplied out without the 2 of its keys and values: the product is right, the cache half its size.
KV_ONCE_CASES = [
    (
        "en-heading-model",
        "# Cache notes\n\n## Llama-2-7B\n\nThe answer said «32 layers × 32 heads × 128 × 2 bytes = 256 KiB per token».\n",
        W,
        "512 KiB",
    ),
    (
        "en-model-in-sentence",
        "# Cache\n\nGemma-2-9B keeps 8 KV heads over 42 layers: its cache per token is 42 × 8 × 256 × 2 bytes = 168 KiB.\n",
        W,
        "336 KiB",
    ),
    (
        "ru-heading-model",
        "# Кэш\n\n## Llama-3.1-8B\n\nКэш на токен: 32 слоя × 8 голов × 128 × 2 байта = 64 КиБ.\n",
        W,
        "128 KiB",
    ),
    (
        "ru-words-between-factors",
        "# Qwen2.5-7B\n\nKV-кэш: 28 слоёв × 4 KV-головы × 128 × 2 байта = 28 КиБ на токен.\n",
        W,
        "56 KiB",
    ),
    # the keys alone, on purpose: the product holds
    ("en-keys-alone", "# Cache\n\nGemma-2-9B: the K cache alone is 42 × 8 × 256 × 2 bytes = 168 KiB per token.\n", H, ""),
    # the 2 is there: no slip
    ("en-both", "# Cache\n\nGemma-2-9B: its cache per token is 2 × 42 × 8 × 256 × 2 bytes = 336 KiB.\n", H, ""),
]


@pytest.mark.parametrize(("text", "group", "shown"), [pytest.param(*c[1:], id=c[0]) for c in KV_ONCE_CASES])
def test_a_cache_product_without_keys_and_values_is_half(text: str, group: str, shown: str) -> None:
    claims = [c for c in note_claims(text) if c.shape in ("product-chain", "arithmetic")]
    assert [c.verdict.group for c in claims] == [group]
    assert shown in claims[0].explanation


# A figure after another with only its type between them goes on with the other's list: the weights in that type, even
# where the sentence opened on the cache.
WEIGHTS_LIST_CASES = [
    (
        "ru-after-the-cache",
        "---\nmodel: Qwen2.5-72B\n---\n# Qwen\n\n## Кэш на 32K\n\nКонтекст 32 768 токенов.\n\n"
        "Кэш тот же, 320 КиБ на токен; веса bf16 — 145,4 ГБ, в fp8 — 36,4 ГБ.\n",
        "36,4 ГБ",
        "72.706 GB",
    ),
    (
        "en-after-the-cache",
        "---\nmodel: Llama-3-8B\n---\n# Llama\n\n## Cache at 8K\n\nThe context is 8,192 tokens.\n\n"
        "The cache stays at 128 KiB per token; weights in bf16 are 16.06 GB, in fp8 4 GB.\n",
        "4 GB",
        "8.03 GB",
    ),
]


@pytest.mark.parametrize(("text", "stated", "shown"), [pytest.param(*c[1:], id=c[0]) for c in WEIGHTS_LIST_CASES])
def test_a_list_of_the_weights_goes_on_in_another_type(text: str, stated: str, shown: str) -> None:
    claims = [c for c in note_claims(text) if c.stated.endswith(stated) and not c.stated.endswith("6" + stated)]
    assert [(c.shape, c.verdict.group) for c in claims] == [("weights", W)]
    assert shown in claims[0].explanation


def test_the_list_goes_on_only_after_the_weights() -> None:
    """After a cache figure, a figure in another type is the cache's (nothing says weights)."""
    text = (
        "---\nmodel: Llama-3-8B\n---\n# Llama\n\n## Cache\n\nThe context is 8,192 tokens.\n\n"
        "The cache at 8K is 1 GiB in bf16, in fp8 0.5 GiB.\n"
    )
    claims = [c for c in note_claims(text) if c.stated.endswith("0.5 GiB")]
    assert [c.shape for c in claims] == ["kv-cache"]


# A device count with its thousands spaced (`16 384 картам`, `16 384 GPUs`) is that count, not its last three digits.
SPACED_COUNT_CASES = [
    (
        "ru-zero3-spaced",
        "# Llama-3.1-405B\n\nЕсли бы всё состояние (16 байт на параметр) шардировали только ZeRO-3 по 16 384 картам, "
        "на карту пришлось бы около 396 МБ.\n",
        H,
        "16384 devices",
    ),
    (
        "en-zero3-nbsp",
        "# Llama-3.1-405B\n\nWith ZeRO-3 over 16\u00a0384 GPUs the 16 bytes per parameter come to about 40 MB per GPU.\n",
        W,
        "396.341 MB",
    ),
]


@pytest.mark.parametrize(("text", "group", "shown"), [pytest.param(*c[1:], id=c[0]) for c in SPACED_COUNT_CASES])
def test_a_spaced_device_count_is_read_whole(text: str, group: str, shown: str) -> None:
    claims = [c for c in note_claims(text) if "ZeRO-3 over" in c.explanation]
    assert [c.verdict.group for c in claims] == [group]
    assert shown in claims[0].explanation


# Sessions count a batch as sequences and requests do (`64 GiB for 32 sessions`); one session said with the figure
# (`2 GiB per 8K session`, `an 8K session is 2 GiB, so … 40 sessions`) is one sequence, whatever batch comes later.
_QWEN = "# Options\n\n## Qwen2.5-32B-Instruct\n\n- {line}\n"
SESSION_CASES = [
    ("en-for-n-sessions", "KV cache: 256 KiB per token, 2 GiB per 8K session, 64 GiB for 32 sessions.", [H, H, H], ""),
    (
        "en-for-n-sessions-wrong",
        "KV cache: 256 KiB per token, 2 GiB per 8K session, 128 GiB for 32 sessions.",
        [H, H, W],
        "64 GiB",
    ),
    ("en-an-8k-session-then-more", "With an fp16 cache an 8K session is 4 GiB, so we could go to 20 sessions.", [W], "2 GiB"),
    ("en-an-8k-session-holds", "With an fp16 cache an 8K session is 2 GiB, so we could go to 40 sessions.", [H], ""),
]


@pytest.mark.parametrize(("line", "groups", "shown"), [pytest.param(*c[1:], id=c[0]) for c in SESSION_CASES])
def test_sessions_count_a_batch(line: str, groups: list[str], shown: str) -> None:
    claims = note_claims(_QWEN.format(line=line))
    assert [c.verdict.group for c in claims] == groups
    assert all(shown in c.explanation for c in claims if c.verdict.group == W)
    assert "batch 1 " in next(c for c in claims if "8K session" in line and c.stated.endswith("GiB")).explanation


# A rate said on a device right after it (`≈ 26 tok/s on L40S`) is bounded by that device's published bandwidth, not
# by another device's figure the sentence states for its first rate.
_ADR = "# ADR\n\n## Option B: Qwen2.5-32B-Instruct\n\nWeights in fp8: 32.8 GB.\n\n- {line}\n"
DEVICE_AFTER_CASES = [
    ("en-second-device-holds", "Decode ceiling ≈ 102 tok/s on H100 (3.35 TB/s ÷ 32.8 GB), ≈ 26 tok/s on L40S.", "≈ 26 tok/s", H),
    ("en-second-device-wrong", "Decode ceiling ≈ 102 tok/s on H100 (3.35 TB/s ÷ 32.8 GB), ≈ 52 tok/s on L40S.", "≈ 52 tok/s", W),
    (
        "en-bare-division",
        "Decode ceiling: 3.35 TB/s ÷ 32.8 GB ≈ 102 tok/s on H100; 864 ÷ 32.8 ≈ 26 tok/s on L40S.",
        "≈ 26 tok/s",
        H,
    ),
    ("ru-second-device", "Потолок декодирования ≈ 102 ток/с на H100 (3,35 ТБ/с ÷ 32,8 ГБ), ≈ 26 ток/с на L40S.", "≈ 26 ток/с", H),
]


@pytest.mark.parametrize(("line", "stated", "group"), [pytest.param(*c[1:], id=c[0]) for c in DEVICE_AFTER_CASES])
def test_a_rate_reads_the_device_it_is_said_on(line: str, stated: str, group: str) -> None:
    claims = [c for c in note_claims(_ADR.format(line=line)) if c.stated == stated]
    assert [c.verdict.group for c in claims] == [group]
    assert "L40S" in claims[0].explanation


def test_a_product_result_written_out_in_bytes_is_bytes() -> None:
    """`… × 2 B = 204,800 B = 200 KiB`: the result after `=` is a byte count, not 204,800 billions."""
    text = "# Phi-4\n\nKV cache: 2 × 40 × 10 × 128 × 2 B = 204,800 B = 200 KiB per token.\n"
    assert [c.verdict.group for c in note_claims(text) if "204,800" in c.stated] == [H]
    wrong = "# Phi-4\n\nKV cache: 2 × 40 × 10 × 128 × 2 B = 409,600 B per token.\n"
    claims = [c for c in note_claims(wrong) if "409,600" in c.stated]
    assert [c.verdict.group for c in claims] == [W]
    assert "204,800" in claims[0].explanation


@pytest.mark.parametrize(
    "line",
    [
        pytest.param("Its 30.5 GiB of fp8 weights plus 32 GiB of fp8 cache for 32 × 8K = 62.5 GiB leave 17.5 GiB.", id="en-for"),
        pytest.param("Tomás: 64 × 8K sessions = 36 GiB of cache, which does not fit.", id="en-sessions"),
        pytest.param("Кэш на 16 × 4K = 12 ГиБ, не влезает.", id="ru"),
    ],
)
def test_sessions_times_a_context_is_no_size_product(line: str) -> None:
    """A count of sessions times a context in thousands counts tokens: the size after `=` is not their product."""
    text = f"# Qwen2.5-32B-Instruct\n\n{line}\n"
    assert not [c for c in note_claims(text) if c.shape in ("product-chain", "arithmetic")]


# A type in brackets after the figure, with a size of its own before it in the brackets, is that size's type.
BRACKETED_TYPE_CASES = [
    (
        "en-bracket-own-size",
        "KV cache: 256 KiB per token, 2 GiB per 8K session, 64 GiB for 32 sessions (32 GiB with an fp8 cache).",
        [H, H, H, H],
    ),
    (
        "en-bracket-own-size-wrong",
        "KV cache: 256 KiB per token, 2 GiB per 8K session, 64 GiB for 32 sessions (48 GiB with an fp8 cache).",
        [H, H, H, W],
    ),
    # a type at the end of the line after a break, with no brackets, may be the whole line's: not moved
    ("ru-line-type-stays", "Кэш: 40 сессий по 8К = 40 ГиБ в fp8.", [H]),
]


@pytest.mark.parametrize(("line", "groups"), [pytest.param(*c[1:], id=c[0]) for c in BRACKETED_TYPE_CASES])
def test_a_type_in_brackets_is_its_own_sizes(line: str, groups: list[str]) -> None:
    assert [c.verdict.group for c in note_claims(_QWEN.format(line=line))] == groups


# A column of units (`ед.`, `unit`) gives each row's unit to the cells after it; a figure with its power of ten keeps it.
_UNIT_TABLE = (
    "# Answers\n\n| # | question | unit | A | B | key |\n|---|---|---|---|---|---|\n"
    "| 1 | Llama-3.1-8B weights in bf16 | GB | 16.06 | 8.03 | 16.06 |\n"
    "| 2 | KV per token, Llama-3.1-8B | KiB | 512 | 128 | 128 |\n"
    "| 3 | 6ND: Llama-3-8B on 15T tokens | FLOP | 7.2e23 | 7.2e22 | 7.2e23 |\n"
)
_UNIT_TABLE_RU = (
    "# Разбор\n\n| № | вопрос | ед. | А | эталон |\n|---|---|---|---|---|\n"
    "| 1 | веса Llama-3.1-8B в bf16 | ГБ | 14,96 | 16,06 |\n"
    "| 2 | 6ND: Llama-3-8B на 15 трлн токенов | FLOP | 7,2·10²³ | 7,2·10²³ |\n"
)


def test_a_unit_column_gives_each_row_its_unit() -> None:
    got = [(c.line, c.stated, c.verdict.group) for c in note_claims(_UNIT_TABLE)]
    by_line: dict[int, list[tuple[str, str]]] = {}
    for line, stated, group in got:
        by_line.setdefault(line, []).append((stated, group))
    assert by_line[5] == [("16.06", H), ("8.03", W), ("16.06", H)]
    assert by_line[6] == [("512", W), ("128", H), ("128", H)]
    assert ("7.2e23", H) in by_line[7]  # 7.2e23 under FLOP is 7.2·10²³, not 7.2
    ru = [(c.line, c.stated, c.verdict.group) for c in note_claims(_UNIT_TABLE_RU)]
    assert (5, "14,96", U) in ru and (5, "16,06", H) in ru
    assert (6, "7,2·10²³", H) in ru


def test_a_unit_column_names_only_sizes_rates_counts_and_flops() -> None:
    """`| latency | ms | 12 | 10 |`: a column of other units gives nothing a claim could be judged by."""
    text = "# Bench\n\n| metric | unit | before | after |\n|---|---|---|---|\n| Llama-3-8B latency | ms | 12 | 10 |\n"
    assert not [c for c in note_claims(text) if c.verdict.group in (W, U)]


@pytest.mark.parametrize(
    "text",
    [
        pytest.param("# Llama-3.1-8B\n\nKV cache at 32K: f16 4 GiB, q8_0 2.125 GiB, q4_0 1.125 GiB.\n", id="en"),
        pytest.param("# Llama-3.1-8B\n\nKV-кэш на 32K: f16 — 4 ГиБ, q8_0 — 2,125 ГиБ, q4_0 — 1,125 ГиБ.\n", id="ru"),
    ],
)
def test_a_list_of_cache_types_reads_each_type(text: str) -> None:
    """A llama.cpp cache type said before in the list (`q8_0`) is no sign of quantized weights for the next (`q4_0`)."""
    claims = note_claims(text)
    assert [c.verdict.group for c in claims] == [H, H, H]
    assert "q4_0" in claims[2].explanation


# A factor between a llama.cpp type and a plain one, said at the type's nominal bits (Q8_0 as 8 bits: 2× smaller than
# bf16, 1.88× with its scales), holds as an approximation; a factor no reading gives stays wrong.
NOMINAL_RATIO_CASES = [
    ("ru-q8-half", "# Llama-3.1-8B\n\nQ8_0 в 2 раза меньше bf16.\n", "holds (approx)"),
    ("en-q4km-quarter", "# Llama-3.1-8B\n\nQ4_K_M is 4× smaller than fp16.\n", "holds (approx)"),
    ("en-q8-third", "# Llama-3.1-8B\n\nQ8_0 is 3× smaller than bf16.\n", "wrong"),
]


@pytest.mark.parametrize(("text", "verdict"), [pytest.param(*c[1:], id=c[0]) for c in NOMINAL_RATIO_CASES])
def test_a_types_factor_at_nominal_bits(text: str, verdict: str) -> None:
    claims = [c for c in note_claims(text) if c.shape == "ratio"]
    assert [c.verdict.value for c in claims] == [verdict]
    if verdict != "wrong":
        assert "nominal bits" in claims[0].explanation and "does not match" not in claims[0].explanation


def test_state_said_after_a_figure_is_no_weights_size() -> None:
    """`6,49 ТБ состояния` (the training state) after `811,7 ГБ в bf16`: not the weights in bf16."""
    text = "# Лекция\n\n405B: 811,7 ГБ в bf16, 6,49 ТБ состояния.\n"
    claims = [c for c in note_claims(text) if c.stated.endswith("6,49 ТБ")]
    assert [c.verdict.group for c in claims] in ([V], [H])


def test_to_read_is_a_step_read() -> None:
    """`в bf16 это читать 25,8 ГБ` after the active parameters: the step reads the active weights, not the model."""
    text = "# Разбор\n\nMixtral-8x7B активирует 12,9 млрд параметров на токен, в bf16 это читать 25,8 ГБ.\n"
    claims = [c for c in note_claims(text) if c.stated.endswith("25,8 ГБ")]
    assert [c.verdict.group for c in claims] == [H]
    assert "active" in claims[0].explanation


# A header naming a rate (`L40S ceiling, tok/s`, `потолок на 4090, ток/с`) and one naming sessions of a context
# (`KV for 32 × 8K, GiB`) give their unit to the column's bare cells: they are read as claims.
RATE_HEADER_TABLE = (
    "# Options\n\n| model | fp8 weights, GB | KV for 32 × 8K, GiB | L40S ceiling, tok/s |\n|---|---|---|---|\n"
    "| Llama-3.1-8B | 8.03 | 32 | 108 |\n"
)
RATE_HEADER_TABLE_RU = "# Форматы\n\n| формат | размер, ГБ | потолок на 4090, ток/с |\n|---|---|---|\n| Q8_0 | 8,53 | 118 |\n"


def test_a_rate_header_gives_its_cells_a_unit() -> None:
    stated = {c.stated: c for c in note_claims(RATE_HEADER_TABLE)}
    assert stated["108"].shape == "throughput" and stated["32"].shape.startswith("kv-cache")
    assert stated["32"].verdict.group == H
    ru = {c.stated: c for c in note_claims(RATE_HEADER_TABLE_RU)}
    assert ru["118"].shape == "throughput"


@pytest.mark.parametrize(
    "text",
    [
        pytest.param(
            "# R\n\nLlama-3.1-70B at Q4_K_M is 43.2 GB, so Qwen2.5-72B costs you about 1.3 GB more at Q4_K_M.\n", id="en"
        ),
        pytest.param("# R\n\nQwen2.5-72B в Q4_K_M занимает на 1,3 ГБ больше, чем Llama-3.1-70B.\n", id="ru"),
    ],
)
def test_a_size_said_as_more_is_a_difference(text: str) -> None:
    """`1.3 GB more`, `на 1,3 ГБ больше`: the difference between two sizes, no size of the model."""
    claims = [c for c in note_claims(text) if "1.3" in c.stated or "1,3" in c.stated]
    assert [c.verdict.group for c in claims] == [V]


def test_each_at_the_end_of_the_figures_clause_is_a_share() -> None:
    """`8 H200s … hold ~84 GB of fp8 experts each, leaving …`: one device's share of DeepSeek-V3's 671 GB."""
    text = "# DeepSeek-V3\n\n8 H200s at EP=8 hold ~84 GB of fp8 experts each, leaving about 57 GB per card for the cache.\n"
    claims = [c for c in note_claims(text) if c.stated == "~84 GB"]
    assert [c.verdict.group for c in claims] == [H]
    assert "8 devices" in claims[0].explanation


# A row label names what the row's cells are (the cache, training) when the cells' headers name nothing (`А`, `Б`); a
# first cell that only numbers the row is not the label; a column of readings (`max_memory_allocated`) is no recipe.
_GRADES = (
    "# Разбор\n\n| № | вопрос | ед. | А | Б | эталон |\n|---|---|---|---|---|---|\n"
    "| 3 | KV одной сессии 128K, Llama-3.1-8B | ГиБ | 16 | 64 | 16 |\n"
    "| 6 | полное дообучение Mistral-7B | ГБ | 115,9 | 57,9 | 115,9 |\n"
)


def test_a_numbered_rows_label_names_its_cells() -> None:
    got = [(c.line, c.stated, c.shape, c.verdict.group) for c in note_claims(_GRADES)]
    assert (5, "64", "kv-cache", W) in got and (5, "16", "kv-cache", H) in got
    assert (6, "57,9", "training", W) in got and (6, "115,9", "training", H) in got


def test_a_column_of_readings_is_no_training_recipe() -> None:
    text = (
        "# Лабораторная\n\n| эксперимент | max_memory_allocated, МиБ | время шага, мс |\n|---|---|---|\n"
        "| bert-base, обучение, b=32 | 14 877 | 212,4 |\n"
    )
    assert not [c for c in note_claims(text) if c.verdict.group in (W, U)]


@pytest.mark.parametrize(
    "text",
    [
        pytest.param(
            "# Разбор\n\nЭталон: 128 КиБ на токен и 16 ГиБ на 128K для Llama-3.1-8B, 23,4 ГБ для Mixtral-8x7B в int4.\n", id="ru"
        ),
        pytest.param(
            "# Key\n\nKey: 128 KiB per token and 16 GiB at 128K for Llama-3.1-8B, 23.4 GB for Mixtral-8x7B in int4.\n", id="en"
        ),
    ],
)
def test_a_type_in_a_later_clause_with_its_own_model_and_size(text: str) -> None:
    """The int4 of `…, 23,4 ГБ для Mixtral-8x7B в int4` is that clause's weights' type: the cache figures before it
    stay 16-bit, and the 23,4 ГБ is Mixtral's weights in int4."""
    claims = note_claims(text)
    assert [c.verdict.group for c in claims] == [H, H, H]
    assert claims[2].shape == "weights"


def test_a_small_models_gguf_size_at_its_average_bits_is_no_unit_slip() -> None:
    """`Qwen2.5-0.5B … Q4_K_M 0.30 GB` is its 4.89-bit average (the per-tensor mix says 0.327 GB): no GB/GiB confusion."""
    text = "# Registry\n\nQwen2.5-0.5B as a Q4_K_M GGUF is 0.30 GB.\n"
    claims = [c for c in note_claims(text) if c.stated.endswith("0.30 GB")]
    assert [c.verdict.value for c in claims] == ["holds (approx)"]


@pytest.mark.parametrize(
    ("line", "group"),
    [
        pytest.param("128 KiB per token, 1 GiB per 8K session, 32 GiB (34.4 GB) for all 32 sessions.", H, id="holds"),
        pytest.param("128 KiB per token, 1 GiB per 8K session, 64 GiB (68.7 GB) for all 32 sessions.", W, id="wrong"),
    ],
)
def test_a_batch_after_a_bracketed_twin_is_the_figures(line: str, group: str) -> None:
    """`32 GiB (34.4 GB) for all 32 sessions`: the words past the brackets are the figure's; the `per 8K session` before
    it is the previous figure's own."""
    text = f"# Options\n\n## Llama-3.1-8B-Instruct\n\n- {line}\n"
    claims = [c for c in note_claims(text) if c.shape == "kv-cache" and "GiB (" in line and c.stated in ("32 GiB", "64 GiB")]
    assert [c.verdict.group for c in claims] == [group]
    assert "batch 32" in claims[0].explanation


def test_a_rate_past_a_semicolon_is_a_later_clauses() -> None:
    """`36 KiB (GPT-2) … of cache per token; 16 bytes per parameter to train`: the rate is not the 36 KiB's recipe."""
    text = "# Atoms\n\nAtoms: 36 KiB (GPT-2) and 8 KiB (Falcon-7B) of cache per token; 16 bytes per parameter to train.\n"
    assert [c.verdict.group for c in note_claims(text) if c.stated == "36 KiB"] == [H]


@pytest.mark.parametrize(
    "text",
    [
        pytest.param("# A\n\nLlama 3.2 3B в bf16 — 6,4 ГБ, её полное дообучение при 16 байтах на параметр — 51,4 ГБ.\n", id="ru"),
        pytest.param(
            "# A\n\nLlama 3.2 3B in bf16 — 6.4 GB, and its full fine-tune at 16 bytes per parameter — 51.4 GB.\n", id="en"
        ),
    ],
)
def test_a_typed_size_before_a_training_clause_is_the_weights(text: str) -> None:
    """The size said in its type (`в bf16 — 6,4 ГБ`) before a clause about training with its own size is the weights."""
    claims = [c for c in note_claims(text) if c.stated.endswith(("6,4 ГБ", "6.4 GB"))]
    assert [(c.shape, c.verdict.group) for c in claims] == [("weights", H)]


@pytest.mark.parametrize(
    "line",
    [
        pytest.param("Одна сессия 8K: 2,5 ГиБ всего, по 1,25 ГиБ на карту.", id="ru"),
        pytest.param("One 8K session: 2.5 GiB in total, 1.25 GiB per card.", id="en"),
    ],
)
def test_a_sentence_on_one_session_sizes_its_cache(line: str) -> None:
    text = f"# Сокол\n\nLlama-3.1-70B-Instruct, TP=2 на двух H100.\n\n- {line}\n"
    claims = note_claims(text)
    assert [(c.shape, c.verdict.group) for c in claims] == [("kv-cache", H), ("kv-cache", H)]
    assert "one of 2 devices" in claims[1].explanation


@pytest.mark.parametrize(
    "text",
    [
        pytest.param("# Plan\n\n- Model states 1.13 TB; ZeRO-3 brings that to 1.1 GB per GPU on 1 024 GPUs.\n", id="en-space"),
        pytest.param("# План\n\n- Состояние 1,13 ТБ; ZeRO-3 даёт 1,1 ГБ на карту на 1\u00a0024 картах.\n", id="ru-nbsp"),
    ],
)
def test_a_share_over_a_spaced_device_count(text: str) -> None:
    """`on 1 024 GPUs` after a per-device share: the share of the total over 1,024 devices (read whole)."""
    claims = note_claims(text)
    assert [c.verdict.group for c in claims] == [H]
    assert "1024 devices" in claims[0].explanation


# A figure the sentence sets aside (`instead of`, `rather than`, `вместо`, `а не`) is not its claim: an error found in it
# is reported as unverifiable (the recomputation kept); the figure it is contrasted with is judged as before.
CONTRAST_CASES = [
    ("en-instead-of", "# L\n\nLlama-3.1-405B's cache is 504 KiB/token instead of 2016 KiB.\n", "2016 KiB", "504 KiB"),
    ("ru-a-ne", "# L\n\nУ Llama-3.1-8B со 128 до 160 КиБ — это рост на 25 %, а не в 2,5 раза.\n", "в 2,5 раза", ""),
    ("en-rather-than", "# L\n\nLlama-3-8B in bf16 needs 16.06 GB rather than 8 GB.\n", "8 GB", ""),
]


@pytest.mark.parametrize(("text", "aside", "kept"), [pytest.param(*c[1:], id=c[0]) for c in CONTRAST_CASES])
def test_a_figure_set_aside_is_no_claim_of_the_sentence(text: str, aside: str, kept: str) -> None:
    claims = note_claims(text)
    assert [c.verdict.group for c in claims if c.stated.endswith(aside)] == [V]
    if kept:
        assert [c.verdict.group for c in claims if c.stated == kept] == [H]


def test_a_figure_set_aside_keeps_nothing_else_from_being_wrong() -> None:
    text = "# L\n\nLlama-3-8B in bf16 needs 8 GB instead of the 4 GB I guessed.\n"
    assert [c.verdict.group for c in note_claims(text) if c.stated == "8 GB"] == [W]


@pytest.mark.parametrize(
    ("text", "stated", "group"),
    [
        pytest.param("# L\n\nOn 8×H200 Llama-3.1-405B's fp8 weights leave about 722 GB for cache.\n", "about 722 GB", V, id="en"),
        pytest.param("# L\n\nВеса Llama-3.1-8B в bf16 оставляют около 60 ГБ под кэш на H100.\n", "около 60 ГБ", V, id="ru"),
        # `leaves the bf16 file at 13.48 GiB`: what the file stays at, still the model's size
        pytest.param("# L\n\nMerging the adapter back leaves the Mistral-7B bf16 file at 27 GiB.\n", "27 GiB", W, id="leaves-at"),
    ],
)
def test_what_the_weights_leave_for_something_is_a_remainder(text: str, stated: str, group: str) -> None:
    assert [c.verdict.group for c in note_claims(text) if c.stated == stated] == [group]
