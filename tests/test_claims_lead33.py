"""Claim cases of our own wording for the thirty-third round's lead rules (stop 42).

Facts (claims-gold): Falcon-7B caches 2 × 32 layers × 1 KV head × 64 dims × 2 B = 8 KiB per token; Gemma 2 2B has
2,614,341,888 parameters (Q8_0 at 8.5 bits per weight ≈ 2.78 GB); gpt-oss-20b caches 2 × 24 × 8 × 64 × 2 B = 48 KiB
per token, gpt-oss-120b 72 KiB; Llama-3.1-405B has 405,853,388,800 parameters (2N ≈ 811.7 GFLOP per token, fp8
405.9 GB, 16-bit cache 2 × 126 × 8 × 128 × 2 B = 504 KiB per token); Qwen2.5-7B has 7,615,616,512 (2N ≈ 15.2 GFLOP).
"""

from __future__ import annotations

import pytest
from conftest import H, V, W, note_claims


def _verdicts(text: str, stated: str) -> list[str]:
    return [c.verdict.group for c in note_claims(text) if c.stated == stated]


# Obsidian's highlight (`==16 MiB==`) is formatting: its marks are no equals signs.
HIGHLIGHT_CASES = [
    (
        "en-holds",
        "# Cards\n\nFalcon-7B caches ==8 KiB== per token, and a full 2048-token context takes only ==16 MiB==.\n",
        "16 MiB",
        H,
    ),
    (
        "en-wrong",
        "# Cards\n\nFalcon-7B caches ==8 KiB== per token, and a full 2048-token context takes only ==64 MiB==.\n",
        "64 MiB",
        W,
    ),
    (
        "ru-holds",
        "# Карточки\n\nУ Falcon-7B кэш ==8 КиБ== на токен, а весь контекст в 2048 токенов — всего ==16 МиБ==.\n",
        "16 МиБ",
        H,
    ),
]


@pytest.mark.parametrize(("text", "stated", "group"), [pytest.param(*c[1:], id=c[0]) for c in HIGHLIGHT_CASES])
def test_a_highlighted_figure_reads_as_plain_text(text: str, stated: str, group: str) -> None:
    claims = [c for c in note_claims(text) if c.stated == stated]
    assert [c.verdict.group for c in claims] == [group]
    assert "per token" not in claims[0].explanation.split(";")[0] or "tokens" in claims[0].explanation


def test_a_package_pin_is_no_highlight() -> None:
    """`transformers==4.46.1 accelerate==1.1.0`: two pins, not a highlight between them (no claim either way)."""
    assert note_claims("# Env\n\nInstall `transformers==4.46.1 accelerate==1.1.0`, then run it.\n") == ()
    assert note_claims("# Env\n\nInstall transformers==4.46.1 accelerate==1.1.0, then run it.\n") == ()


# A model called by its size with a llama.cpp type right before a figure names that model's file, whatever the clause
# before said of the cache.
_GEMMA = "# Log\n\nGemma 2 2B on the laptop.\n\n"
FILE_AFTER_CACHE_CASES = [
    ("en-holds", _GEMMA + "- 2B at 8K context: 0.8125 GiB of cache, 2B Q8_0 about 2.78 GB.\n", "about 2.78 GB", H),
    ("en-wrong", _GEMMA + "- 2B at 8K context: 0.8125 GiB of cache, 2B Q8_0 about 5.56 GB.\n", "about 5.56 GB", W),
    ("ru-holds", _GEMMA + "- 2B на 8K контекста: 0,8125 ГиБ кэша, файл 2B Q8_0 около 2,78 ГБ.\n", "около 2,78 ГБ", H),
]


@pytest.mark.parametrize(("text", "stated", "group"), [pytest.param(*c[1:], id=c[0]) for c in FILE_AFTER_CACHE_CASES])
def test_a_models_file_type_after_a_cache_clause_names_its_file(text: str, stated: str, group: str) -> None:
    claims = [c for c in note_claims(text) if c.stated == stated]
    assert [c.verdict.group for c in claims] == [group]
    assert "KV cache" not in claims[0].explanation


def test_a_cache_type_list_stays_the_caches() -> None:
    """`KV cache at 8K: fp16 1 GiB, q8_0 0.53 GiB`: no model before the type, so the type is the cache's."""
    claims = [c for c in note_claims(_GEMMA + "KV cache at 8K: fp16 0.8125 GiB, q8_0 0.43 GiB.\n") if c.stated == "0.43 GiB"]
    assert claims
    assert "KV cache" in claims[0].explanation


# A family's sibling called by its size after a dash (`у 20b — 48 КиБ`): the dash does not end the clause naming it.
SIBLING_CASES = [
    ("ru-holds", "# П\n\nKV у gpt-oss-120b: 72 КиБ на токен; у 20b — 48 КиБ.\n", "48 КиБ", H),
    ("ru-wrong", "# П\n\nKV у gpt-oss-120b: 72 КиБ на токен; у 20b — 96 КиБ.\n", "96 КиБ", W),
    ("en-holds", "# P\n\nKV of gpt-oss-120b is 72 KiB per token; the 20b — 48 KiB.\n", "48 KiB", H),
]


@pytest.mark.parametrize(("text", "stated", "group"), [pytest.param(*c[1:], id=c[0]) for c in SIBLING_CASES])
def test_a_sibling_called_by_its_size_before_a_dash(text: str, stated: str, group: str) -> None:
    claims = [c for c in note_claims(text) if c.stated == stated]
    assert [c.verdict.group for c in claims] == [group]
    assert "20b" in claims[0].explanation


# A FLOP figure said for a model called by its size right after it (`811.7 GFLOP for the 405B`).
_MODELS = "# Paper\n\nWe compare Llama-3.1-405B, Qwen2.5-72B and Qwen2.5-7B.\n\n"
FLOPS_FOR_CASES = [
    (
        "en-both-hold",
        _MODELS + "Decoding costs 2N FLOPs per token: 811.7 GFLOP for the 405B and 15.2 GFLOP for the 7B.\n",
        {"811.7 GFLOP": H, "15.2 GFLOP": H},
    ),
    (
        "en-second-wrong",
        _MODELS + "Decoding costs 2N FLOPs per token: 811.7 GFLOP for the 405B and 7.6 GFLOP for the 7B.\n",
        {"811.7 GFLOP": H, "7.6 GFLOP": W},
    ),
    (
        "ru",
        _MODELS + "Декодирование стоит 2N FLOP на токен: 811,7 GFLOP для 405B и 7,6 GFLOP для 7B.\n",
        {"811,7 GFLOP": H, "7,6 GFLOP": W},
    ),
]


@pytest.mark.parametrize(("text", "expected"), [pytest.param(*c[1:], id=c[0]) for c in FLOPS_FOR_CASES])
def test_a_flop_figure_said_for_a_size_is_that_models(text: str, expected: dict[str, str]) -> None:
    got = {c.stated: c.verdict.group for c in note_claims(text) if c.stated in expected}
    assert got == expected


def test_a_flop_figure_for_a_token_count_is_no_model() -> None:
    """`3.8e25 FLOP for 15T tokens`: 15T is the data, not a model's size."""
    claims = [c for c in note_claims("# P\n\nTraining costs 6ND: 3.8e25 FLOP for 15T tokens.\n") if "FLOP" in c.stated]
    assert claims
    assert all(c.verdict.group == V for c in claims)


# A weights type bound to its own figure (`405B FP8 = 405.9 GB`) is no type of the cache the sentence goes on to.
_405 = "# Quote\n\nThe node is for Llama 3.1 405B.\n\n"
BOUND_TYPE_CASES = [
    ("en-holds", _405 + "405B FP8 = 405.9 GB, 50.7 GB per GPU at TP=8, KV 504 KiB per token.\n", "504 KiB", H),
    ("en-wrong", _405 + "405B FP8 = 405.9 GB, 50.7 GB per GPU at TP=8, KV 1008 KiB per token.\n", "1008 KiB", W),
    # a dash (`FP8 — 405,9 ГБ`) labels the size beside it: the cache's type is open (test_claims_lead22), no error either way
    ("ru-open", _405 + "405B FP8 — 405,9 ГБ, по 50,7 ГБ на карту при TP=8, KV 504 КиБ на токен.\n", "504 КиБ", V),
]


@pytest.mark.parametrize(("text", "stated", "group"), [pytest.param(*c[1:], id=c[0]) for c in BOUND_TYPE_CASES])
def test_a_type_bound_to_the_weights_figure_leaves_the_cache_16_bit(text: str, stated: str, group: str) -> None:
    assert _verdicts(text, stated) == [group]


def test_a_type_said_of_the_cache_stays_the_caches() -> None:
    """`KV in FP8: 252 KiB per token`: the type is the cache's own."""
    assert _verdicts(_405 + "405B KV in FP8: 252 KiB per token.\n", "252 KiB") == [H]


# A rate said on a device right after it, over several devices (`≈ 95 tok/s on H200` at TP=8): that device's bandwidth.
def test_a_rate_over_devices_said_on_a_device_after_it() -> None:
    text = _405 + "405B FP8 = 405.9 GB at TP=8; single-stream ceiling ≈ 66 tok/s on H100, ≈ 95 tok/s on H200.\n"
    claims = [c for c in note_claims(text) if c.stated == "≈ 95 tok/s"]
    assert [c.verdict.group for c in claims] == [V]  # within the H200 bound (94.6 tok/s): depends on the split
    assert "H200" in claims[0].explanation
    wrong = _405 + "405B FP8 = 405.9 GB at TP=8; single-stream ceiling ≈ 66 tok/s on H100, ≈ 190 tok/s on H200.\n"
    assert _verdicts(wrong, "≈ 190 tok/s") == [W]


# A share per device said with the device's own name (`на каждую L40S`, `each L40S`), not only `card` / `GPU`.
PER_NAMED_DEVICE_CASES = [
    ("ru-wrong", "# ТЗ\n\nПри TP=4 на каждую L40S приходится 70,6 ГБ весов Llama-3.1-70B в fp8.\n", "70,6 ГБ", W, "17.638 GB"),
    ("ru-holds", "# ТЗ\n\nПри TP=4 на каждую L40S приходится 17,6 ГБ весов Llama-3.1-70B в fp8.\n", "17,6 ГБ", H, "4 devices"),
    ("en-holds", "# Plan\n\nWith TP=4 each L40S holds 17.6 GB of Llama-3.1-70B fp8 weights.\n", "17.6 GB", H, "4 devices"),
]


@pytest.mark.parametrize(("text", "stated", "group", "shown"), [pytest.param(*c[1:], id=c[0]) for c in PER_NAMED_DEVICE_CASES])
def test_a_share_per_named_device(text: str, stated: str, group: str, shown: str) -> None:
    claims = [c for c in note_claims(text) if c.stated == stated]
    assert [c.verdict.group for c in claims] == [group]
    assert shown in claims[0].explanation


# A sentence opening on what is left (`Свободно под кэш …`, `Free memory after …`) states a remainder, not the weights.
@pytest.mark.parametrize(
    "line",
    [
        "3.9. Свободно под кэш на 4 × L40S после весов Llama-3.1-70B в fp8: около 63 ГиБ.",
        "Free memory after the Llama-3.1-70B fp8 weights on 4 L40S: about 63 GiB.",
    ],
)
def test_a_sentence_opening_on_what_is_left_is_a_remainder(line: str) -> None:
    claims = [c for c in note_claims(f"# Plan\n\n{line}\n") if "63" in c.stated]
    assert [c.verdict.group for c in claims] == [V]
    assert "remainder" in claims[0].explanation


def test_the_weights_before_a_remainder_are_still_judged() -> None:
    claims = note_claims("# Plan\n\nLlama-3.1-70B in fp8 weighs 35.3 GB; free after that: 100 GB.\n")
    assert {c.stated: c.verdict.group for c in claims if c.stated in ("35.3 GB", "100 GB")} == {"35.3 GB": W, "100 GB": V}


# A rate over devices named before it uses that device's published bandwidth when the section's figure is another's.
def test_a_rate_over_named_devices_uses_their_bandwidth_not_the_sections() -> None:
    head = "# ТЗ\n\n## Узел\n\nH100 NVL даёт 3,9 ТБ/с на карту.\n\n"
    within = note_claims(head + "Скорость генерации Qwen2.5-32B в fp8 при TP=2 на L40S — до 26 ток/с.\n")
    rate = [c for c in within if c.stated == "до 26 ток/с"]
    assert rate
    assert "864" in rate[0].explanation or "0.864" in rate[0].explanation
    above = note_claims(head + "Скорость генерации Qwen2.5-32B в fp8 при TP=2 на L40S — до 120 ток/с.\n")
    assert [c.verdict.group for c in above if c.stated == "до 120 ток/с"] == [W]


# A JSON block's records: a record naming a catalogued model gives each size field its sentence (the key typed with the
# record's storage type), judged at the figure's own column; nothing is evaluated.
_SHEET = (
    "# Sheet\n\n```json\n[\n"
    '  {"model": "qwen2.5-0.5b", "quant": "Q8_0", "file_gb": 0.52, "bf16_gb": 1.98, "kv_kib_per_token": 12},\n'
    '  {"model": "llama-3.2-1b", "quant": "Q4_K_M", "file_gb": 0.81, "bf16_gb": 2.47, "kv_kib_per_token": 8}\n'
    "]\n```\n"
)


def test_a_json_records_size_fields_are_judged_at_their_columns() -> None:
    claims = [c for c in note_claims(_SHEET) if c.line in (5, 6)]
    got = {(c.line, c.stated): c.verdict.group for c in claims}
    assert got == {
        (5, "0.52 GB"): H,  # Q8_0 file of 0.49B parameters
        (5, "1.98 GB"): W,  # bf16 is 0.99 GB
        (5, "12 KiB"): H,
        (6, "0.81 GB"): H,
        (6, "2.47 GB"): H,
        (6, "8 KiB"): W,  # 32 KiB per token
    }
    line = _SHEET.split("\n")[4]
    for c in claims:
        if c.line == 5:
            figure = c.stated.split()[0]
            assert line[c.column - 1 :].startswith(figure)


def test_a_json_record_one_field_a_line_and_in_russian() -> None:
    text = (
        "# Журнал\n\n```json\n{\n"
        '  "модель": "Qwen2.5-7B-Instruct",\n'
        '  "точность": "bf16",\n'
        '  "веса_гб": 7.6,\n'
        '  "параметров": 7615616512\n'
        "}\n```\n"
    )
    got = {c.stated: c.verdict.group for c in note_claims(text)}
    assert got.get("7.6 ГБ", got.get("7.6 GB")) == W  # bf16 weights are 15.23 GB
    assert any(v == H for k, v in got.items() if "7615616512" in k.replace(",", "").replace(" ", ""))


def test_an_inner_json_record_reads_the_outer_records_model() -> None:
    text = '# S\n\n```json\n{"model": "llama-3.2-1b", "sizes": {"bf16_gb": 2.47, "fp32_gb": 9.88}}\n```\n'
    got = {c.stated: c.verdict.group for c in note_claims(text)}
    assert got == {"2.47 GB": H, "9.88 GB": W}  # fp32 is 4.94 GB


@pytest.mark.parametrize(
    "block",
    [
        '```json\n{"name": "nightly", "disk_gb": 120, "retries": 3}\n```',  # no model: nothing said of one
        '```json\n{"model": "qwen2.5-0.5b", "port": 8080, "timeout_s": 30, "max_batch": 64}\n```',  # no size keys
        '```json\n{"model": "qwen2.5-0.5b", "bf16_gb": 0.99, broken\n```',  # an unclosed record: no sentence
        '```python\nrow = {"model": "qwen2.5-0.5b", "bf16_gb": 9.9}\n```',  # another language's block
    ],
)
def test_json_without_a_models_size_fields_says_nothing(block: str) -> None:
    assert [c for c in note_claims(f"# S\n\n{block}\n") if c.verdict.group == W] == []


# A paragraph's storage type (`### Mixtral-8x22B-Instruct, fp8, TP=4`) is the deployment's weights' as much as its
# cache's: a cache figure holding at the 16-bit default holds; a type the sentence says of the cache stays the cache's.
_SECTION = "# RFC\n\n### Mixtral-8x22B-Instruct, fp8, TP=4\n\n- fp8 weights: 140.6 GB stored.\n"
PARAGRAPH_TYPE_CASES = [
    ("en-16-bit-holds", _SECTION + "- KV: 224 KiB per token, 1.75 GiB per 8K session.\n", {"224 KiB": H, "1.75 GiB": H}),
    ("en-fp8-holds", _SECTION + "- KV: 112 KiB per token.\n", {"112 KiB": H}),
    ("en-neither", _SECTION + "- KV: 448 KiB per token.\n", {"448 KiB": W}),
    ("en-cache-type-said", _SECTION + "- fp8 KV cache: 224 KiB per token.\n", {"224 KiB": W}),
    ("ru-16-bit-holds", "# План\n\n### Mixtral-8x22B-Instruct, fp8\n\n- Кэш: 224 КиБ на токен.\n", {"224 КиБ": H}),
]


@pytest.mark.parametrize(("text", "expected"), [pytest.param(*c[1:], id=c[0]) for c in PARAGRAPH_TYPE_CASES])
def test_a_paragraphs_type_is_one_reading_of_the_cache(text: str, expected: dict[str, str]) -> None:
    assert {c.stated: c.verdict.group for c in note_claims(text) if c.stated in expected} == expected


# `… per 8K session, 56 GiB for all 32`: all of the sequences just named, by their count alone.
BATCH_ALL_CASES = [
    ("en-holds", "# P\n\nLlama-3.1-8B KV: 1 GiB per 8K session in bf16, 32 GiB for all 32.\n", "32 GiB", H),
    ("en-wrong", "# P\n\nLlama-3.1-8B KV: 1 GiB per 8K session in bf16, 64 GiB of cache for all 32.\n", "64 GiB", W),
    ("ru-holds", "# P\n\nКэш Llama-3.1-8B в bf16: 1 ГиБ на сессию 8K, 32 ГиБ кэша на все 32.\n", "32 ГиБ", H),
]


@pytest.mark.parametrize(("text", "stated", "group"), [pytest.param(*c[1:], id=c[0]) for c in BATCH_ALL_CASES])
def test_for_all_n_is_a_batch_of_the_sequences_named(text: str, stated: str, group: str) -> None:
    claims = [c for c in note_claims(text) if c.stated == stated]
    assert [c.verdict.group for c in claims] == [group]
    assert "batch 32" in claims[0].explanation


def test_for_all_n_devices_is_no_batch() -> None:
    claims = note_claims("# P\n\nLlama-3.1-8B KV cache at 8K in bf16: 1 GiB for all 8 GPUs.\n")
    assert all("batch 8" not in c.explanation for c in claims)


# `KV 200 KiB per token → 32 × 8K = 50 GiB`: the size per token times the sessions and their context (Phi-4: 40 layers ×
# 10 KV heads × 128 dims × 2 × 2 B = 200 KiB per token).
ARROW_CASES = [
    ("en-holds", "- Phi-4 KV 200 KiB per token → 32 × 8K = 50 GiB.", "50 GiB", H),
    ("en-wrong", "- Phi-4 KV 200 KiB per token → 32 × 8K = 100 GiB.", "100 GiB", W),
    ("ru-holds", "- Кэш Phi-4 200 КиБ на токен → 32 × 8K = 50 ГиБ.", "50 ГиБ", H),
]


@pytest.mark.parametrize(("line", "stated", "group"), [pytest.param(*c[1:], id=c[0]) for c in ARROW_CASES])
def test_a_size_per_token_arrow_to_sessions_times_context(line: str, stated: str, group: str) -> None:
    claims = [c for c in note_claims(f"# RFC\n\n{line}\n") if c.stated == stated]
    assert [c.verdict.group for c in claims] == [group]
    assert "200 KiB × 32 × 8K" in claims[0].explanation or "200 КиБ × 32 × 8K" in claims[0].explanation


def test_a_round_figure_twice_the_value_is_not_its_rounding() -> None:
    """`= 100 GiB` for 50 GiB: a round figure's rounding (±50 for `100`) reaches at most a quarter of it."""
    assert _verdicts("# P\n\n- Phi-4 200 KiB × 32 × 8K = 100 GiB.\n", "100 GiB") == [W]
    assert _verdicts("# P\n\n- Phi-4 200 KiB × 32 × 8K = 50 GiB.\n", "50 GiB") == [H]


# Several bandwidths in the front matter (a set of properties, not a sequence): the fastest is a bound only.
_TWO_BOXES = '---\nhardware:\n  gpu: "H100 SXM 80 GiB, 3.35 TB/s"\n  alt_gpu: "L4 24 GiB, 300 GB/s"\n---\n\n# RFC\n\n## Phi-4\n\n'
FRONT_BANDWIDTH_CASES = [
    # 3.35 TB/s / 29.3 GB = 114 tok/s: not judged against the L4's 300 GB/s listed last
    ("below-the-fastest", _TWO_BOXES + "- Phi-4 in bf16: decode ceiling ≈ 114 tok/s.\n", "≈ 114 tok/s", H),
    ("above-the-fastest", _TWO_BOXES + "- Phi-4 in bf16: decode ceiling ≈ 400 tok/s.\n", "≈ 400 tok/s", W),
]


@pytest.mark.parametrize(("text", "stated", "group"), [pytest.param(*c[1:], id=c[0]) for c in FRONT_BANDWIDTH_CASES])
def test_several_front_matter_bandwidths_bound_a_rate_by_the_fastest(text: str, stated: str, group: str) -> None:
    claims = [c for c in note_claims(text) if c.stated == stated]
    assert [c.verdict.group for c in claims] == [group]
    assert "300 GB/s" not in claims[0].explanation


def test_one_front_matter_bandwidth_is_the_notes() -> None:
    text = '---\nhardware:\n  gpu: "L4 24 GiB, 300 GB/s"\n---\n\n# RFC\n\n- Phi-4 in bf16: decode ceiling ≈ 10 tok/s.\n'
    claims = [c for c in note_claims(text) if c.stated == "≈ 10 tok/s"]
    assert [c.verdict.group for c in claims] == [H]
    assert "300 GB/s" in claims[0].explanation


# A recipe written as a coefficient of N (`16N/4`) is the sentence's bytes per parameter; not a term of a sum (`2N + 14N/8`).
_DIARY = "# Дневник\n\nGPT-2 XL, полное дообучение с Adam: 18 байт на параметр с fp32-градиентами.\n\n"
N_RECIPE_CASES = [
    ("ru-holds", _DIARY + "- ZeRO-3 на 4 картах: 16N/4 = 5,8 ГиБ на карту.\n", "5,8 ГиБ", H),
    ("ru-wrong", _DIARY + "- ZeRO-3 на 4 картах: 16N/4 = 11,6 ГиБ на карту.\n", "11,6 ГиБ", W),
    (
        "en-holds",
        "# Notes\n\nGPT-2 XL full fine-tuning, 18 bytes/param above.\n\n- ZeRO-3 over 4 GPUs: 16·N/4 = 6.23 GB per GPU.\n",
        "6.23 GB",
        H,
    ),
]


@pytest.mark.parametrize(("text", "stated", "group"), [pytest.param(*c[1:], id=c[0]) for c in N_RECIPE_CASES])
def test_a_recipe_written_as_a_coefficient_of_n(text: str, stated: str, group: str) -> None:
    claims = [c for c in note_claims(text) if c.stated == stated]
    assert [c.verdict.group for c in claims] == [group]
    assert "16 B/param" in claims[0].explanation


# A size with its own storage type right after it, in a list whose training words are in a later clause: the weights.
TYPED_AFTER_CASES = [
    (
        "ru",
        "- GPT-2 XL — 1,56 млрд параметров, 3,12 ГБ в fp16, 24,9 ГБ состояния при полном дообучении.",
        {"3,12 ГБ": H, "24,9 ГБ": H},
    ),
    (
        "en-wrong",
        "- GPT-2 XL has 1.56B parameters, 6.24 GB in fp16, 24.9 GB of state for full fine-tuning.",
        {"6.24 GB": W, "24.9 GB": H},
    ),
]


@pytest.mark.parametrize(("line", "expected"), [pytest.param(*c[1:], id=c[0]) for c in TYPED_AFTER_CASES])
def test_a_size_typed_right_after_it_before_a_training_clause_is_the_weights(line: str, expected: dict[str, str]) -> None:
    claims = [c for c in note_claims(f"# N\n\n{line}\n") if c.stated in expected]
    assert {c.stated: c.verdict.group for c in claims} == expected
    assert all("training" not in c.explanation for c in claims if c.stated != "24,9 ГБ" and c.stated != "24.9 GB")


# Frozen (base) weights with their size in brackets right after are the base's, not an adapter's.
def test_frozen_weights_in_brackets_are_not_the_adapters() -> None:
    text = (
        "# Дневник\n\nМодель — GPT-2 XL.\n\n- LoRA r=16: 49,2 млн обучаемых параметров.\n"
        "- Основная память — замороженные веса в fp16 (3,12 ГБ) и активации.\n"
        "- The frozen base in fp16 (3.12 GB) and the LoRA adapter in fp16 (98.4 MB).\n"
    )
    got = [
        (c.line, c.stated, c.shape, c.verdict.group) for c in note_claims(text) if c.stated in ("3,12 ГБ", "3.12 GB", "98.4 MB")
    ]
    assert (6, "3,12 ГБ", "weights", H) in got
    assert (7, "3.12 GB", "weights", H) in got
    assert (7, "98.4 MB", "adapter-size", H) in got


# A device's memory in brackets right after its name (`one L4 (24 GiB)`, `T4 (16 ГБ)`) is the device's, not the model's.
@pytest.mark.parametrize(
    ("line", "memory"),
    [
        ("- Phi-4 fp8 on one L4 (24 GiB): 14.66 GB of weights leaves ~10.3 GiB for cache.", "24 GiB"),
        ("- На T4 (16 ГБ) Llama-3.1-8B в int8 весит 8 ГБ.", "16 ГБ"),
    ],
)
def test_a_devices_memory_in_brackets_after_its_name(line: str, memory: str) -> None:
    claims = note_claims(f"# Edge\n\n{line}\n")
    assert [c for c in claims if c.stated == memory and c.verdict.group == W] == []
    assert any(c.verdict.group == H for c in claims)  # the model's own size is still judged


# `32 of those would be 274.5 GiB`, `32 таких — 274,5 ГиБ`: that many of the sequences just sized (DeepSeek-V3's latent
# cache: 61 layers × 576 × 2 B = 68.6 KiB per token, 8.58 GiB at 128K).
OF_THOSE_CASES = [
    ("en-holds", "- DeepSeek-V3: a 128K context costs 8.6 GiB, and 32 of those would be 274.5 GiB.", "274.5 GiB", H),
    ("en-wrong", "- DeepSeek-V3: a 128K context costs 8.6 GiB, and 32 of those would be 549 GiB.", "549 GiB", W),
    ("ru-holds", "- DeepSeek-V3: 128K контекста — 8,6 ГиБ кэша, 32 таких — 274,5 ГиБ.", "274,5 ГиБ", H),
]


@pytest.mark.parametrize(("line", "stated", "group"), [pytest.param(*c[1:], id=c[0]) for c in OF_THOSE_CASES])
def test_n_of_those_is_a_batch(line: str, stated: str, group: str) -> None:
    claims = [c for c in note_claims(f"# Talk\n\n{line}\n") if c.stated == stated]
    assert [c.verdict.group for c in claims] == [group]
    assert "batch 32" in claims[0].explanation


# `1 ГиБ — на одного; на 16 — 16 ГиБ`, `1 GiB for one, 16 GiB for all 16`: one of the users just counted is batch 1.
@pytest.mark.parametrize(
    "text",
    [
        "# В\n\n**Вопрос:** сколько KV-кэша у Llama-3-8B на 8K для 16 пользователей?\n"
        "> **Ответ:** 1 ГиБ — на одного; на 16 — 16 ГиБ.\n",
        "# Q\n\nLlama-3-8B KV at 8K for 16 users: 1 GiB for one, 16 GiB for all 16.\n",
    ],
)
def test_for_one_of_the_users_is_batch_one(text: str) -> None:
    got = {c.stated: c.verdict.group for c in note_claims(text) if "GiB" in c.stated or "ГиБ" in c.stated}
    assert sorted(got.values()) == [H, H]


# `4 full 128K sessions at 63 GiB each`: each session's figure, not a device's share.
def test_each_after_sessions_is_no_devices_share() -> None:
    text = (
        "# Talk\n\n- Llama 3.1 405B on 8 × H100: 640 GiB minus 405.9 GB leaves about 262 GiB for KV; "
        "that's about 4 full 128K sessions at 63 GiB each.\n"
    )
    assert [c.verdict.group for c in note_claims(text) if c.stated == "63 GiB" and c.verdict.group == W] == []
    share = note_claims("# P\n\n- Llama 3.1 405B in fp8 over 8 GPUs takes 101.5 GB each.\n")  # a device's share
    assert [c.verdict.group for c in share if c.stated == "101.5 GB"] == [W]


# A nominal count (`llama-3.2-3b` → 3B) holds a figure at its printed precision or rounding, not by the 1 % allowed for a
# count rounded differently: `5.98 GB` in bf16 is the 3.21B model's 6.43 GB as GiB, no rounding of 6 GB.
def test_a_precise_figure_is_no_rounding_of_the_nominal_size() -> None:
    assert _verdicts("# S\n\nLlama 3.2 3B in bf16: 5.98 GB.\n", "5.98 GB") != [H]
    assert _verdicts("# S\n\nA 7B model in fp16 is 14 GB.\n", "14 GB") == [H]  # a round figure of the nominal size


# A sentence that calls its own model by size (`Stick to the 1B, which is 1.2 GB`) is not about the size the line above
# names (`the 3B needs …`).
OWN_SIZE_CASES = [
    (
        "en-wrong",
        "# A\n\nI run Llama 3.2 3B and Llama 3.2 1B.\n\nSo the 3B needs roughly 6.4 GB and won't fit.\n"
        "Stick to the 1B, which is 1.2 GB in bf16.\n",
        "1.2 GB",
        W,
    ),
    (
        "en-holds",
        "# A\n\nI run Llama 3.2 3B and Llama 3.2 1B.\n\nSo the 3B needs roughly 6.4 GB and won't fit.\n"
        "Stick to the 1B, which is 2.47 GB in bf16.\n",
        "2.47 GB",
        H,
    ),
]


@pytest.mark.parametrize(("text", "stated", "group"), [pytest.param(*c[1:], id=c[0]) for c in OWN_SIZE_CASES])
def test_a_sentences_own_size_name_beats_the_line_above(text: str, stated: str, group: str) -> None:
    assert _verdicts(text, stated) == [group]


# A type past a `;` in a part with a figure of its own is that figure's; a paragraph's type said of a model the line above
# calls by another size is not this sentence's.
def test_a_type_in_a_later_part_with_its_own_figure_is_not_the_firsts() -> None:
    text = (
        "# Plan\n\nWe serve Llama-3.1-70B-Instruct in fp8 at TP=4 on H100s (3.35 TB/s).\n\n"
        "The 8B in bf16 reads about 16 GB per decoded token.\n"
        "The 70B tier reads 17.6 GB per card per token, a ceiling of about 190 tokens/s per stream; "
        "with bf16 weights it would manage 380 tokens/s.\n"
    )
    assert [c for c in note_claims(text) if c.stated == "17.6 GB" and c.verdict.group == W] == []
    alone = "# P\n\nLlama-3.1-70B at TP=4 reads 17.6 GB per card; with bf16 weights it would read 35.3 GB.\n"
    assert _verdicts(alone, "35.3 GB") == [H]


# `16 × 27,0 млрд = 432 ГБ; на 8 картах с ZeRO-3 — 54 ГБ на карту`: the count the recipe multiplies is the training's,
# not the note's model; `28 × 180 224 = …` (layers × a layer's count) is no such count.
RECIPE_COUNT_CASES = [
    ("ru-holds", "- Полное дообучение: 16 × 27,0 млрд = 432 ГБ; на 8 картах с ZeRO-3 — 54 ГБ на карту.", "54 ГБ", H),
    ("ru-wrong", "- Полное дообучение: 16 × 27,0 млрд = 432 ГБ; на 8 картах с ZeRO-3 — 108 ГБ на карту.", "108 ГБ", W),
]


@pytest.mark.parametrize(("line", "stated", "group"), [pytest.param(*c[1:], id=c[0]) for c in RECIPE_COUNT_CASES])
def test_the_count_a_recipe_multiplies_is_the_trainings(line: str, stated: str, group: str) -> None:
    claims = [c for c in note_claims(f"# Лекция про Llama-3.1-405B\n\n{line}\n") if c.stated == stated]
    assert [c.verdict.group for c in claims] == [group]
    assert "405" not in claims[0].explanation.split(";")[0]


# `the 5 GB wall`, `a 24 GB limit`: a limit the model is held to, not its size.
@pytest.mark.parametrize(
    "line",
    [
        "- Gemma 2 2B at 4K: 2.34 GB of weights + 1.61 GB of cache ≈ 3.95 GB — too close to the 5 GB wall.",
        "- Llama-3.1-8B in int8 is 8 GB, well under the 24 GB limit of the card.",
        "- Gemma 2 2B: 1,6 ГБ весов при 5 ГБ лимите приложения.",
    ],
)
def test_a_limit_is_no_size_of_the_model(line: str) -> None:
    claims = note_claims(f"# Edge\n\n{line}\n")
    limits = [c for c in claims if c.stated in ("5 GB", "24 GB", "5 ГБ")]
    assert [c.verdict.group for c in limits if c.verdict.group == W] == []


# A rate's own read said in brackets right after it (`≈ 75 tokens/s with fp8 weights (8.03 GB per step)`): not the size
# read by the rate before it; a cache's size per token there (`26 KiB/token`) is no read of the weights.
def test_a_rates_own_read_in_brackets_after_it() -> None:
    line = (
        "Decode on an A10G is bandwidth-bound: 600 GB/s ÷ 16.06 GB read per step ≈ 37 tokens/s ceiling for a single "
        "stream of Llama-3-8B in bf16, and ≈ {} tokens/s with fp8 weights (8.03 GB per step)."
    )
    assert _verdicts(f"# P\n\n{line.format(75)}\n", "≈ 75 tokens/s") == [H]
    assert _verdicts(f"# P\n\n{line.format(150)}\n", "≈ 150 tokens/s") == [W]
    kv = "# P\n\n- Orin Nano + Gemma 3 1B Q4_K_M (0.61 GB, ~111 tok/s ceiling at 68 GB/s, 26 KiB/token).\n"
    assert [c for c in note_claims(kv) if c.stated == "~111 tok/s" and c.verdict.group == W] == []


# `…, plus 16.06 + 15.01 GB of frozen weights = 62.14 GB`: the total of a sum begun before the left side is not the
# left side's; a left side that gives its figure on its own is still judged.
def test_a_sum_begun_before_a_plus_is_not_judged_on_its_tail() -> None:
    text = "# P\n\n(128.48 + 120.08) / 8 = 31.07 GB of sharded state, plus 16.06 + 15.01 GB of frozen weights = 62.14 GB\n"
    assert [c for c in note_claims(text) if c.verdict.group == W] == []
    own = note_claims("# P\n\nReal total: 43.16 + 86.04 = 129.2 GB of weights, plus 80 + 56 = 136 GiB of cache.\n")
    assert [c.verdict.group for c in own if c.stated == "136 GiB"] == [H]
    wrong = note_claims("# P\n\nReal total: 43.16 + 86.04 = 129.2 GB of weights, plus 80 + 56 = 163 GiB of cache.\n")
    assert [c.verdict.group for c in wrong if c.stated == "163 GiB"] in ([], [V])  # the tail's total may be a longer sum's


# A type in brackets with a figure of its own (`(bf16 was ≈ 231)`) is that figure's, not the one before the bracket.
def test_a_type_in_brackets_with_its_own_figure() -> None:
    text = "# P\n\n- Ceiling for Mistral-7B-v0.1 on one H100: 3.35 TB/s ÷ 7.24 GB ≈ 463 tokens/s (bf16 was ≈ 231).\n"
    assert [c for c in note_claims(text) if c.stated == "7.24 GB" and c.verdict.group == W] == []
    assert _verdicts("# P\n\n- Mistral-7B-v0.1 in fp8 is 7.24 GB (bf16 would read 14.48 GB).\n", "7.24 GB") == [H]


# The heads a sentence states for a figure are the last said before it (`224 KiB with its 8 KV heads; counting the 48 query
# heads instead gives 1.31 MiB`), not ones set aside (`instead of the 8 KV heads`, `вместо 4 KV-голов`); `the 48 query heads`
# said as a fact of the cache is the slip of counting query heads.
HEADS_CASES = [
    (
        "en-counting",
        "Mixtral 8x22B KV cache per token: 224 KiB with its 8 KV heads; counting the 48 query heads instead gives 1.31 MiB.",
        "1.31 MiB",
        H,
    ),
    ("en-slip", "Mixtral 8x22B KV cache per token with the 48 query heads: 1.31 MiB.", "1.31 MiB", W),
    (
        "en-set-aside",
        "Blogs quote 512 KiB per token for Llama-3.1-8B; that number uses all 32 query heads instead of the 8 KV heads.",
        "512 KiB",
        W,
    ),
    (
        "ru-if",
        "У Qwen2.5-7B если ошибочно взять все 28 голов запроса вместо 4 KV-голов, получится 392 КиБ на токен.",
        "392 КиБ",
        H,
    ),
]


@pytest.mark.parametrize(("line", "stated", "group"), [pytest.param(*c[1:], id=c[0]) for c in HEADS_CASES])
def test_the_heads_said_for_a_figure(line: str, stated: str, group: str) -> None:
    assert _verdicts(f"# Heads\n\n{line}\n", stated) == [group]


# A size per billion parameters in a storage type said for it: a billion times the type's bytes.
PER_BILLION_CASES = [
    ("en-both", "- Also per billion parameters it is 2 GB in fp16 and 4 GB in fp32.", {"2 GB": H, "4 GB": H}),
    ("en-wrong", "You need about 4 GB per billion parameters in half precision.", {"about 4 GB": W}),
    ("en-int8", "Rule of thumb: 1 GB per billion parameters in int8.", {"1 GB": H}),
    ("ru", "На миллиард параметров — 2 ГБ в bf16, 4 ГБ в fp32.", {"2 ГБ": H, "4 ГБ": H}),
]


@pytest.mark.parametrize(("line", "expected"), [pytest.param(*c[1:], id=c[0]) for c in PER_BILLION_CASES])
def test_a_size_per_billion_parameters(line: str, expected: dict[str, str]) -> None:
    got = {c.stated: c.verdict.group for c in note_claims(f"# Rules\n\n{line}\n") if c.stated in expected}
    assert got == expected


def test_a_models_size_after_a_per_billion_rule_is_the_models() -> None:
    """`… half a GB per billion parameters — so Gemma 2 2B at 4-bit is roughly 1.3 GB`: the model's own size."""
    text = "# R\n\nAt 4 bits you need about half a GB per billion parameters — so Gemma 2 2B at 4-bit is roughly 1.3 GB.\n"
    claims = [c for c in note_claims(text) if c.stated == "roughly 1.3 GB"]
    assert [c.verdict.group for c in claims] == [H]
    assert "Gemma 2 2B" in claims[0].explanation


# `models:` / `  qwen2.5-7b: 7615616512` in the front matter: a model's parameter count.
def test_a_front_matter_mapping_of_models_to_counts() -> None:
    text = "---\nmodels:\n  qwen2.5-7b: 7615616512\n  gemma-2-9b: 8241705984\ndownloads:\n  qwen2.5-7b: 12000000\n---\n\n# Log\n"
    got = {(c.line, c.column): c.verdict.group for c in note_claims(text)}
    assert got == {(3, 15): H, (4, 15): W}  # gemma-2-9b has 9,241,705,984; downloads are no count of parameters
