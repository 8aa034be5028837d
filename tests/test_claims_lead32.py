"""Claim cases of our own wording for the thirty-second round's lead rules (stop 41).

Facts (claims-gold): Llama-3.1-70B has 70,553,706,496 parameters (Q4_K_M at 4.89 bits per weight ≈ 43.1 GB);
Qwen2.5-7B has 7,615,616,512 (bf16 15.23 GB).
"""

from __future__ import annotations

import pytest
from conftest import H, V, W, note_claims

# A family's version and a size without the family's name (`3.1-70B`) is that model, not a range from 3.1B to 70B.
_SERVED = "# M\n\nWe serve Meta-Llama-3.1-70B-Instruct.\n\n"
VERSION_SIZE_CASES = [
    (
        "en-note-names-it",
        _SERVED + "The table gives 43.1 GB for 3.1-70B as Q4_K_M.\n",
        "43.1 GB",
        H,
    ),
    (
        "en-wrong",
        _SERVED + "The table gives 21.5 GB for 3.1-70B as Q4_K_M.\n",
        "21.5 GB",
        W,
    ),
    ("en-catalogue-unique", "# M\n\nA 3.1-70B run in bf16 needs 141 GB.\n", "141 GB", H),
    ("ru", "# M\n\nQwen2.5-7B у нас в проде.\n\nВеса 2.5-7B в bf16 — 15,2 ГБ.\n", "15,2 ГБ", H),
]


@pytest.mark.parametrize(("text", "stated", "group"), [pytest.param(*c[1:], id=c[0]) for c in VERSION_SIZE_CASES])
def test_a_version_and_a_size_name_a_model(text: str, stated: str, group: str) -> None:
    claims = [c for c in note_claims(text) if c.stated == stated]
    assert [c.verdict.group for c in claims] == [group]
    assert "3.10B params" not in claims[0].explanation


def test_a_range_of_parameters_stays_a_range() -> None:
    """`models of 2.5-7B parameters`: sizes from 2.5B to 7B, no Qwen2.5 model (the note names none)."""
    claims = note_claims("# M\n\nModels of 2.5-7B parameters need 5 GB in int4.\n")
    assert claims
    assert all("qwen" not in c.explanation.lower() for c in claims)


# Deployments the front matter names (`services:` / `  chat-70b:` / `    model: …`) are their models in the body.
_SERVICES = (
    "---\nservices:\n  chat-70b:\n    model: meta-llama/Llama-3.1-70B-Instruct\n"
    "  embed-qwen7b:\n    model: Qwen/Qwen2.5-7B-Instruct\n---\n\n# Runbook\n\n"
)
DEPLOYMENT_CASES = [
    ("en-holds", "The embed-qwen7b weights in bf16 are 15.23 GB.", "15.23 GB", H, "embed-qwen7b"),
    ("en-wrong", "The embed-qwen7b weights in bf16 are 7.6 GB.", "7.6 GB", W, "15.231 GB"),
    ("ru-table", "| параметр | значение |\n|---|---|\n| KV на токен в bf16 (embed-qwen7b) | 112 КиБ |", "112 КиБ", W, "56 KiB"),
    # `chat-70b` is Llama-3.1-70B (320 KiB per token), not an uncatalogued 70B model of no known cache
    ("en-cache", "KV cache of chat-70b per token in bf16: 320 KiB.", "320 KiB", H, "chat-70b"),
]


@pytest.mark.parametrize(("line", "stated", "group", "shown"), [pytest.param(*c[1:], id=c[0]) for c in DEPLOYMENT_CASES])
def test_a_deployment_named_in_the_front_matter_is_its_model(line: str, stated: str, group: str, shown: str) -> None:
    claims = [c for c in note_claims(_SERVICES + line + "\n") if c.stated == stated]
    assert [c.verdict.group for c in claims] == [group]
    assert shown in claims[0].explanation


def test_a_list_of_deployments_with_names() -> None:
    text = (
        "---\ndeployments:\n  - name: small-8b\n    model: meta-llama/Llama-3.1-8B-Instruct\n---\n\n"
        "# R\n\nsmall-8b in bf16 needs 16.06 GB.\n"
    )
    assert [c.verdict.group for c in note_claims(text) if c.stated == "16.06 GB"] == [H]


def test_a_plain_word_key_is_no_deployment_name() -> None:
    """`default:` with a model under it: the word `default` in prose names no model."""
    text = "---\ndefault:\n  model: meta-llama/Llama-3.1-8B-Instruct\n---\n\n# R\n\nThe default context needs 2 GB.\n"
    assert all("default" not in c.explanation for c in note_claims(text))


def test_a_lower_case_name_heading_a_label_starts_a_sentence() -> None:
    """`… of the 1B. bf16: 6.43 GB`: the label after the stop starts a sentence of its own; the 1B compared with in
    the sentence before is no subject of it (it was judged as the 1B's weights: a false error)."""
    text = "# Sizes\n\nWe ship Llama-3.2-1B and Llama-3.2-3B.\n\n**3B.** Roughly 2.6x the parameters of the 1B. bf16: 6.43 GB.\n"
    claims = [c for c in note_claims(text) if c.stated == "6.43 GB"]
    assert claims
    assert all(c.verdict.group != W and "1B" not in c.explanation for c in claims)


def test_a_storage_rate_is_no_memory_bandwidth() -> None:
    """`nvme_read: 3 GB/s` above a decode ceiling is the disk's rate: the card's 864 GB/s bounds the decoding."""
    text = (
        "# Box\n\n- card: L40S, 864 GB/s\n- nvme_read: 3 GB/s\n\n"
        "Decode ceiling of Qwen2.5-7B-Instruct in bf16 at batch 1: about 57 tok/s.\n"
    )
    claims = [c for c in note_claims(text) if c.stated.endswith("57 tok/s")]
    assert [c.verdict.group for c in claims] == [H]
    assert "864" in claims[0].explanation


# A family's word and a size without the version (`Qwen 32B`, `Llama 70B`) is the note's model of that family and size.
FAMILY_SIZE_CASES = [
    ("en-holds", "# ADR\n\nOption B is Qwen2.5-32B-Instruct.\n\nThe Qwen 32B fp8 cell: fp8 is 32.8 GB.\n", "32.8 GB", H),
    ("en-wrong", "# ADR\n\nOption B is Qwen2.5-32B-Instruct.\n\nQwen 32B in fp8 is 65.5 GB.\n", "65.5 GB", W),
    ("ru", "# Заметка\n\nБерём Meta-Llama-3.1-70B-Instruct.\n\nВеса Llama 70B в bf16 — 141,1 ГБ.\n", "141,1 ГБ", H),
]


@pytest.mark.parametrize(("text", "stated", "group"), [pytest.param(*c[1:], id=c[0]) for c in FAMILY_SIZE_CASES])
def test_a_family_word_and_a_size_is_the_notes_model(text: str, stated: str, group: str) -> None:
    assert [c.verdict.group for c in note_claims(text) if c.stated == stated] == [group]


def test_a_family_word_and_a_size_the_note_does_not_name_stays_uncatalogued() -> None:
    """`Llama 13B` in a note about Llama-3.1-70B: no Llama 3.1 of 13B; the name's nominal size, as before."""
    text = "# Notes\n\nWe run Meta-Llama-3.1-70B-Instruct.\n\nLlama 13B in fp16 is 26 GB.\n"
    assert all("llama-3.1" not in c.explanation.lower() for c in note_claims(text) if c.stated == "26 GB")


def test_a_size_column_computed_with_a_rate_is_no_rate_column() -> None:
    """`| full FT, 16 B/param (GB) |`: its cells are GB; the bf16 and int4 cells of the row are no 7.9 bytes per
    parameter (they were judged as the row's parameters times the first digit of 7.9)."""
    text = (
        "# Table 9\n\n| model | params (B) | bf16 (GB) | int4 (GB) | full FT, 16 B/param (GB) |\n|---|---|---|---|---|\n"
        "| Qwen2.5-0.5B | 0.49 | 0.99 | 0.25 | 7.9 |\n"
    )
    claims = note_claims(text)
    assert all("the row's bytes per parameter" not in c.explanation for c in claims)
    assert [c.verdict.group for c in claims if c.stated == "0.99"] == [H]


@pytest.mark.parametrize(
    ("line", "group"),
    [
        pytest.param(
            "2. **1.5B, int4.** 1.54 B × 0.5 B = 0.77 GB; the table repeats the int8 size.", H, id="bold-mark-no-factor"
        ),
        pytest.param("3. **1.5B, full FT.** 16 × 1.54 B = 24.7 GB.", H, id="billions-at-the-end"),
        pytest.param("3. **1.5B, full FT.** 16 × 1.54 B = 12.3 GB.", W, id="billions-at-the-end-wrong"),
    ],
)
def test_a_spaced_b_of_billions_in_a_product(line: str, group: str) -> None:
    claims = [c for c in note_claims("# Qwen2.5\n\n" + line + "\n") if c.shape == "product-chain"]
    assert [c.verdict.group for c in claims] == [group]
    assert "e-" not in claims[0].explanation  # (no product a billion times short)


def test_a_models_size_before_its_cache_words_is_no_operand() -> None:
    """`27B KV per token = 2 × 46 × 16 × 128 × 2 = 376,832 B`: the 27B names whose cache; the product holds."""
    text = "# Gemma 2\n\n- 27B KV per token = 2 × 46 × 16 × 128 × 2 = 376,832 B (368 KiB).\n"
    claims = [c for c in note_claims(text) if c.shape == "product-chain"]
    assert [c.verdict.group for c in claims] == [H]
    assert "27,000,000,000" not in claims[0].explanation


@pytest.mark.parametrize(
    ("figure", "group"),
    [
        pytest.param("1.97 GiB at 8K with the window", V, id="under-the-windowless-total"),
        pytest.param("5 GiB at 8K with the window", W, id="over-the-windowless-total"),
        pytest.param("1.97 GiB at 8K", W, id="no-window-said"),
    ],
)
def test_a_cache_said_with_a_sliding_window(figure: str, group: str) -> None:
    """A total from a stated size per token: a window the sentence counts keeps fewer tokens than the context."""
    text = f"# Notes\n\n- 9B: 9.24B params, 336 KiB/token KV, {figure}.\n"
    stated = figure.split(" at ")[0]
    assert [c.verdict.group for c in note_claims(text) if c.stated == stated] == [group]


# A family's word alone, capitalised (`Nemo`, `Qwen`), names the one model of the note it belongs to.
_TWO_MODELS = "# Purchase\n\nWe compare Llama-3.1-70B-Instruct and Mistral-Nemo-Instruct-2407 (12B).\n\n"
FAMILY_WORD_CASES = [
    ("ru-nemo", "- Nemo: 160 КиБ на токен, 32K — 5 ГиБ, полный контекст 128K — 20 ГиБ.", "5 ГиБ", H),
    ("en-nemo-wrong", "- Nemo in bf16 is 49 GB.", "49 GB", W),
    ("en-llama", "- Llama in fp8 is 70.6 GB.", "70.6 GB", H),
]


@pytest.mark.parametrize(("line", "stated", "group"), [pytest.param(*c[1:], id=c[0]) for c in FAMILY_WORD_CASES])
def test_a_family_word_names_the_notes_model_of_that_family(line: str, stated: str, group: str) -> None:
    assert [c.verdict.group for c in note_claims(_TWO_MODELS + line + "\n") if c.stated == stated] == [group]


def test_a_family_word_before_figure_refers_to_a_figure() -> None:
    """`the Llama figure becomes 160 GiB`: a figure of Llama's stated before (its batch there), not Llama's cache."""
    text = _TWO_MODELS + "- At 32K per user the Llama figure becomes 160 GiB.\n"
    assert all(c.verdict.group != W for c in note_claims(text))


def test_llama_cpp_is_no_family_word() -> None:
    for line in ("- llama.cpp in Q8_0 writes 75 GB.", "- Llama.cpp in Q8_0 writes 75 GB."):
        claims = [c for c in note_claims(_TWO_MODELS + line + "\n") if c.stated == "75 GB"]
        assert all("70.55B" not in c.explanation for c in claims), line


@pytest.mark.parametrize(
    ("line", "group"),
    [
        pytest.param("Будь у Falcon-7B по KV-голове на каждую из 71 головы запросов, кэш был бы 568 КиБ на токен.", H, id="ru"),
        pytest.param(
            "If Falcon-7B had one KV head for each of its 71 query heads, the cache would be 568 KiB per token.", H, id="en"
        ),
        pytest.param(
            "If Falcon-7B had one KV head for each of its 71 query heads, the cache would be 1136 KiB per token.",
            W,
            id="en-wrong",
        ),
    ],
)
def test_a_cache_supposed_with_a_kv_head_per_query_head(line: str, group: str) -> None:
    claims = [c for c in note_claims("# Falcon\n\n- " + line + "\n") if c.shape == "kv-cache-per-token"]
    assert [c.verdict.group for c in claims] == [group]


@pytest.mark.parametrize(
    ("key", "count"),
    [
        pytest.param("qwen2_5_0_5b", "494032768", id="decimal-size"),
        pytest.param("llama_3_1_70b_instruct", "70553706496", id="dotless-version"),
        pytest.param("gemma_2_2b", "2614341888", id="underscores"),
        pytest.param("llama2_13b", "13015864320", id="glued-version"),
    ],
)
def test_a_flow_mapping_under_a_models_key_counts_its_parameters(key: str, count: str) -> None:
    text = f"---\nmodels:\n  {key}: {{ layers: 28, kv_heads: 2, params: {count} }}\n---\n\n# Configs\n"
    claims = [c for c in note_claims(text) if c.stated.startswith(count)]
    assert [c.verdict.group for c in claims] == [H]


def test_a_flow_mapping_with_total_and_active_counts_its_total() -> None:
    text = "---\nmodels:\n  mixtral_8x22b: { total_params: 140630071296, active_params: 39161468928 }\n---\n\n# M\n"
    assert [c.verdict.group for c in note_claims(text) if c.stated.startswith("140630071296")] == [H]


_FAMILY_FM = (
    "---\nconfigs:\n  qwen2_5_1_5b: { layers: 28, params: 1543714304 }\n  qwen2_5_7b: { layers: 28, params: 7615616512 }\n"
    "  qwen2_5_72b: { layers: 80, params: 72706203648 }\n  llama_3_1_405b: { layers: 126, params: 405853388800 }\n"
    "---\n\n# Critique\n\n"
)


def test_a_recipes_figure_said_for_a_size_name_after_it() -> None:
    """`24.7 GB for the 1.5B`: the 1.5B's 16 B/param, not the model of the context (the 72B named before)."""
    text = (
        _FAMILY_FM
        + "Per token the 72B caches 320 KiB; full fine-tuning is 16 B/param (24.7 GB for the 1.5B, 121.8 GB for the 7B).\n"
    )
    claims = note_claims(text)
    assert [c.verdict.group for c in claims if c.stated == "24.7 GB"] == [H]
    assert all(c.verdict.group != W for c in claims)


def test_a_rate_per_parameter_stops_at_a_clause_with_its_own_type() -> None:
    text = _FAMILY_FM + "Full fine-tuning is 16 B/param (121.8 GB for the 7B); 405B bf16 is 811.7 GB.\n"
    claims = [c for c in note_claims(text) if c.stated == "811.7 GB"]
    assert [c.verdict.group for c in claims] == [H]
    assert "bf16" in claims[0].explanation


# The lines of a printout block (`text`, no language) are `label: value` statements; the comments of a configuration
# block (`yaml`, `sh`) are prose about what the line above them names (its model file, its context length).
BLOCK_CASES = [
    (
        "printout-per-token",
        "```text\ngemma2-9b         336.0 KiB/token\nqwen2.5-14b       384.0 KiB/token\n```",
        ["336.0 KiB", "384.0 KiB"],
        [H, W],
    ),
    (
        "printout-colon",
        "```\nmodel        : Llama-3.1-405B-Instruct (405.85B params)\nweights      : 811.71 GB  (fp8)\n```",
        ["811.71 GB"],
        [W],
    ),
    (
        "compose-comment",
        "```yaml\nservices:\n  qwen7b:\n    command: -m /models/Qwen2.5-7B-Instruct-Q6_K.gguf -c 32768 --port 8082\n"
        "    # file 6.25 GB; KV at 32K = 3.5 GiB\n```",
        ["6.25 GB", "3.5 GiB"],
        [H, W],
    ),
]


@pytest.mark.parametrize(("block", "stated", "groups"), [pytest.param(*c[1:], id=c[0]) for c in BLOCK_CASES])
def test_a_printout_or_config_block_is_read(block: str, stated: list[str], groups: list[str]) -> None:
    claims = note_claims("# Box\n\n" + block + "\n")
    assert [c.verdict.group for c in claims if c.stated in stated] == groups


def test_a_code_block_of_another_language_is_not_read_as_statements() -> None:
    text = "# Box\n\n```rust\nlet weights = 16;  // gemma2-9b         336.0 KiB/token\nqwen2.5-14b       384.0 KiB/token\n```\n"
    assert [c for c in note_claims(text) if c.stated in ("336.0 KiB", "384.0 KiB")] == []


def test_a_models_file_type_a_sentence_before_is_no_cache_type() -> None:
    """`Mistral-7B in Q8_0: file 7.7 GiB; KV 0.5 GiB`: Q8_0 is the weights' file type; the cache stays f16."""
    text = "# Box\n\n- Mistral-7B-Instruct-v0.1 in Q8_0: file 7.7 GB; KV 0.5 GiB at 4096 tokens.\n"
    claims = [c for c in note_claims(text) if c.stated == "0.5 GiB"]
    assert [c.verdict.group for c in claims] == [H]
    assert "q8_0" not in claims[0].explanation


def test_a_files_type_is_not_the_paragraphs() -> None:
    """`Nemo: 24.5 GB in BF16. The Qwen file is 4.66 GB`: the file's quantization is not said (not bf16)."""
    text = (
        "# Reply\n\nWe compare Mistral-Nemo-Instruct-2407 and Qwen2.5-7B-Instruct.\n\n"
        "- Nemo: 24.5 GB in BF16. The Qwen file is 4.66 GB.\n"
    )
    assert [c.verdict.group for c in note_claims(text) if c.stated.endswith("4.66 GB")] == [V]


@pytest.mark.parametrize(
    ("line", "stated", "group"),
    [
        pytest.param(
            "DeepSeek-V3 fp8 needs 671 GB for weights, and its MLA cache is 70,272 bytes per token.", "70,272 bytes", H, id="en"
        ),
        pytest.param("Llama-3.1-8B fp8 takes 8.03 GB, and its cache is 256 KiB per token.", "256 KiB", W, id="en-wrong"),
    ],
)
def test_a_models_type_with_a_verb_before_its_size_is_not_the_caches(line: str, stated: str, group: str) -> None:
    """`X fp8 needs 671 GB for weights, and its cache …`: fp8 labels the weights' figure; the cache stays 16-bit."""
    claims = [c for c in note_claims("# Thread\n\n" + line + "\n") if c.stated == stated]
    assert [c.verdict.group for c in claims] == [group]


def test_a_table_row_counting_a_part_sizes_that_part() -> None:
    """`| модель | таблицы, млн | bf16, МБ |`: the size column is the counted part's (the embedding tables), not the
    model's weights."""
    text = (
        "# Итог\n\n| модель | таблицы, млн | доля, % | bf16, МБ |\n|---|---|---|---|\n"
        "| Llama-2-7B | 262,1 | 3,89 | 524,3 |\n| Qwen2.5-7B | 1090,0 | 7,15 | 4360,0 |\n"
    )
    claims = note_claims(text)
    assert [c.verdict.group for c in claims if c.stated in ("524,3", "4360,0")] == [H, W]
    assert all("the row's таблицы" in c.explanation for c in claims if c.stated in ("524,3", "4360,0"))


@pytest.mark.parametrize(
    ("line", "stated", "group"),
    [
        pytest.param(
            "Mistral-Nemo-Instruct-2407 in int4 is not 12.25 GB (that is int8 again) but 6.12 GB.", "6.12 GB", H, id="not-but"
        ),
        pytest.param("Llama-3-8B is 8.03 GB (int8), 16.06 GB.", "16.06 GB", V, id="no-type-left"),
    ],
)
def test_a_type_in_an_aside_on_another_figure_is_that_ones(line: str, stated: str, group: str) -> None:
    assert [c.verdict.group for c in note_claims("# N\n\n" + line + "\n") if c.stated == stated] == [group]


def test_slots_a_server_serves_are_its_batch() -> None:
    text = "# M\n\n4. Mixtral-8x22B's cache: 224 KiB/token, 7 GiB per 32K slot, 56 GiB for 8 slots.\n"
    assert [c.verdict.group for c in note_claims(text) if c.stated == "56 GiB"] == [H]


@pytest.mark.parametrize(
    ("text", "group"),
    [
        # the model is known: a size per token it does not have is no premise of the total
        pytest.param(
            "# P\n\nKV cache of Llama-3.1-70B: 160 KiB/token → 5 GiB for a 32K slot, 40 GiB for 8 slots.\n", W, id="model"
        ),
        # the product before the size per token gives 320 KiB: the total follows from it
        pytest.param(
            "# P\n\nKV for 70B: 2 × 80 × 8 × 128 × 2 B = 160 KiB/token → 5 GiB for a 32K slot, 40 GiB for 8 slots.\n",
            W,
            id="product",
        ),
        pytest.param(
            "# P\n\nKV for 70B: 2 × 80 × 8 × 128 × 2 B = 320 KiB/token → 10 GiB for a 32K slot, 80 GiB for 8 slots.\n",
            H,
            id="holds",
        ),
    ],
)
def test_a_total_from_a_wrong_size_per_token_is_wrong(text: str, group: str) -> None:
    stated = "40 GiB" if group == W else "80 GiB"
    assert [c.verdict.group for c in note_claims(text) if c.stated == stated] == [group]


@pytest.mark.parametrize(
    ("line", "stated", "group"),
    [
        pytest.param("Llama-2-70B in 16-bit is 138 GB, in 4-bit 34.5 GB.", "138 GB", H, id="en"),
        pytest.param("Llama-2-70B в 16 бит — 69 ГБ.", "69 ГБ", W, id="ru-wrong"),
    ],
)
def test_sixteen_bits_is_a_storage_type(line: str, stated: str, group: str) -> None:
    """`16-bit` was never read (the pattern's first-character guard left out `1`): the paragraph's 4-bit was used."""
    text = "# Paper\n\n- We quantize to int4.\n- " + line + "\n"
    assert [c.verdict.group for c in note_claims(text) if c.stated == stated] == [group]


def test_a_figure_set_aside_with_an_adverb() -> None:
    """`в 1,88 раза меньше fp16, а не ровно в 2 раза`: the factor set aside is no claim of the sentence."""
    claims = note_claims("# Q\n\n- Q8_0 экономит 46,9 %: в 1,88 раза меньше fp16, а не ровно в 2 раза.\n")
    assert [c.verdict.group for c in claims if c.stated.endswith("в 2 раза")] == [V]
    assert [c.verdict.group for c in claims if c.stated.startswith("в 1,88")] == [H]


def test_a_row_label_of_one_session_at_a_context_is_its_cache() -> None:
    text = (
        "# Памятка\n\nМодель: Llama-3.1-70B-Instruct, кэш bf16.\n\n| параметр | значение |\n|---|---|\n"
        "| одна сессия 32K, всего | 5 ГиБ |\n| одна сессия 8K, всего | 2,5 ГиБ |\n"
    )
    assert [c.verdict.group for c in note_claims(text) if c.stated in ("5 ГиБ", "2,5 ГиБ")] == [W, H]


@pytest.mark.parametrize(
    ("line", "group"),
    [
        # a Latin `M` read with a thousands comma, a Cyrillic `млн` with a decimal one: read alike, they agree
        pytest.param("- 2,788M GPU-hours × 2 $ = 5,576 млн $.", H, id="mixed-conventions"),
        # one convention throughout: the product is a thousand times the figure, an error
        pytest.param("Keeping the full vocabulary would be 1e9 × 152,064 × 2 bytes ≈ 304 GB.", W, id="one-convention"),
    ],
)
def test_a_comma_read_two_ways_in_one_product(line: str, group: str) -> None:
    claims = [c for c in note_claims("# D\n\n" + line + "\n") if c.shape == "product-chain"]
    assert [c.verdict.group for c in claims] == [group]


def test_a_printed_reading_with_no_sizing_label_is_not_read() -> None:
    """`free memory   12.3 GiB` in a printout names no model and no sizing quantity: a reading, not a claim."""
    text = "# Box\n\nWe run Llama-3.1-8B-Instruct.\n\n```text\nfree memory       12.3 GiB\nweights (bf16)    14.96 GiB\n```\n"
    claims = note_claims(text)
    assert [c for c in claims if c.stated.startswith("12.3")] == []
    assert [c.verdict.group for c in claims if c.stated.startswith("14.96")] == [H]


@pytest.mark.parametrize(
    ("line", "group"),
    [
        pytest.param("T5-large parameters?::370M", W, id="card-wrong"),
        pytest.param("T5-large parameters: 738M", H, id="label-holds"),
    ],
)
def test_a_count_after_a_parameters_label_is_the_models(line: str, group: str) -> None:
    """`T5-large parameters?::370M`: the count the label gives, not another model's size name (it was passed over)."""
    claims = [c for c in note_claims("# Cards\n\n" + line + "\n") if c.shape == "param-count"]
    assert [c.verdict.group for c in claims] == [group]
