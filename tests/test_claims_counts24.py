"""Claim cases of our own wording for the twenty-fourth round's counts, shares and ratios (helper A)."""

from __future__ import annotations

import pytest
from conftest import H, V, W, check_claims, note_claims

# A count of parameters the sentence states (`13.6M trainable parameters`) is the figure judged, never a size the
# sentence calls its model by (`the 13.6M`): the model is then the one its heading or front matter names.
# Mistral 7B: 7,241,732,096; LoRA r = 16 on q, k, v, o: 16 · (4096 + 4096) · 2 + 16 · (4096 + 1024) · 2 = 425,984 per
# layer × 32 = 13,631,488 (0.188 % of the model); r = 8 on q, v: 106,496 × 32 = 3,407,872 (0.047 %).
# Qwen2.5-7B: 7,615,616,512; r = 16 on q, k, v, o: 360,448 × 28 = 10,092,544 (0.1325 %).
# Llama 3.1 8B: 8,030,261,248; the same r = 16 adapter as Mistral's: 13,631,488 (0.17 %).
_MISTRAL = "# Fine-tuning Mistral 7B\n\n## LoRA\n\n"
_QWEN = "# Дообучение Qwen2.5-7B\n\n## LoRA\n\n"
_LLAMA_FM = "---\nmodel: meta-llama/Llama-3.1-8B\n---\n\n# Budget\n\n"
COUNT_NOT_NAME_CASES = [
    (
        "en-share-holds",
        _MISTRAL + "Rank 16 on q, k, v and o gives 13.6M trainable parameters, 0.19 % of the model.\n",
        [H, H],
        "",
    ),
    (
        "en-share-wrong",
        _MISTRAL + "Rank 16 on q, k, v and o gives 13.6M trainable parameters, 1.9 % of the model.\n",
        [H, W],
        "0.188",
    ),
    ("ru-share-holds", _QWEN + "LoRA r = 16 на q, k, v, o даёт 10,1 млн обучаемых параметров — 0,13 % модели.\n", [H, H], ""),
    ("ru-share-wrong", _QWEN + "LoRA r = 16 на q, k, v, o даёт 10,1 млн обучаемых параметров — 1,3 % модели.\n", [H, W], "0.133"),
    (
        "en-front-matter-hedged",
        _LLAMA_FM + "With LoRA r = 16 on q, k, v, o we train 13.6M parameters, about 0.17 % of the base.\n",
        [H, H],
        "",
    ),
    # a count that does not match, its model not named in the sentence: unverifiable, never an error
    ("en-front-matter-off", _LLAMA_FM + "With LoRA r = 16 on q, k, v, o we train 27.3M parameters.\n", [V], ""),
    (
        "en-rank-previous-sentence",
        "# Mistral 7B adapters\n\nWe put LoRA with r = 8 on q and v. That gives 3.4M trainable parameters.\n",
        [H],
        "",
    ),
    (
        "ru-hedged-both",
        "# Mistral 7B adapters\n\nС LoRA r = 8 на q и v получается ≈ 3,4 млн обучаемых параметров, около 0,05 % модели.\n",
        [H, H],
        "",
    ),
    # look-alikes: a count of tokens, a size naming another model, two models in the heading
    ("en-tokens-not-params", "# Mistral 7B\n\nThe dataset has 13.6M tokens, 5 % of the corpus.\n", [], ""),
    ("en-other-model-size", "# Mistral 7B\n\nSee also the 13B: 13.0B parameters in total.\n", [], ""),
    (
        "ru-two-models",
        "# Qwen2.5-7B и Llama 3.1 8B\n\nLoRA r = 16 на q, k, v, o — 10,1 млн обучаемых параметров, 1 % модели.\n",
        [],
        "",
    ),
]


@pytest.mark.parametrize(
    ("text", "groups", "shown"), [c[1:] for c in COUNT_NOT_NAME_CASES], ids=[c[0] for c in COUNT_NOT_NAME_CASES]
)
def test_a_count_stated_in_parameters_is_no_model_name(text: str, groups: list[str], shown: str) -> None:
    check_claims(text, groups, shown)


def test_a_size_naming_another_model_is_no_error() -> None:
    """`The 1B draft has 1.24B parameters, 15 % of the model`: whichever model is meant, never an error."""
    claims = note_claims("# Llama 3.1 8B\n\nThe 1B draft has 1.24B parameters, 15 % of the model.\n")
    assert all(c.verdict.group != W for c in claims)  # type: ignore[attr-defined]


# A factor between the two figures of one kind (tokens, FLOPs, a rate, a time) the sentence (or the one before it on its
# line) states right before it: the larger over the smaller. 2T / 260B = 7.692; 5.8e23 / 3.1e23 = 1.871;
# 3.8e25 / 7.2e23 = 52.78; 2,400 / 800 = 3; 233.6 / 10.2 = 22.9.
PAIR_RATIO_CASES = [
    ("en-tokens-holds", "Compute-optimal would be 260B tokens; Llama 2 used 2T tokens, about 7.7× more.\n", [H], ""),
    ("en-tokens-wrong", "Compute-optimal would be 260B tokens; Llama 2 used 2T tokens, about 3× more.\n", [W], "7.692"),
    ("ru-flops-holds", "Шиншилла: 5,8·10²³ ФЛОП, GPT-3: 3,1·10²³ ФЛОП — в 1,9 раза меньше.\n", [V, H], ""),
    ("ru-flops-wrong", "Первый прогон — 7,2·10²³ ФЛОП, второй — 3,8·10²⁵ ФЛОП, примерно в 5 раз больше.\n", [W], "52.78"),
    ("en-rate-whose", "vLLM gives 2,400 tok/s against 800 tok/s for HF, 3× more.\n", [V, V, H], ""),
    (
        "en-back-reference-wrong",
        "Per token: 10.2 GFLOP, vs 233.6 GFLOP if it were dense. That's 46× less compute per token.\n",
        [W],
        "22.9",
    ),
    # look-alikes: the factor of another quantity, two factors, a cause, three figures, a figure in another sentence
    ("en-other-noun", "The 8B saw 15T tokens and the 70B 2T tokens, but needs 8.8× more compute.\n", [], ""),
    ("en-two-factors", "15T tokens vs 2T tokens: 7.5× more data for a model 8.8× larger.\n", [], ""),
    ("en-because", "Step time went from 2 s to 3 s because the network is 4× slower.\n", [], ""),
    ("en-three-figures", "It read 1T, 2T and 4T tokens, 2× more each time.\n", [], ""),
    ("en-not-referring", "We used 15T tokens. The model is 8.8× larger than before.\n", [], ""),
]


@pytest.mark.parametrize(("text", "groups", "shown"), [c[1:] for c in PAIR_RATIO_CASES], ids=[c[0] for c in PAIR_RATIO_CASES])
def test_a_factor_between_two_stated_figures_of_one_kind(text: str, groups: list[str], shown: str) -> None:
    check_claims(text, groups, shown)


# A percent of a stated whole whose part is the figure before it, for tokens, FLOPs, rates and times as for sizes:
# 142.3 / 205 = 69.4 %; 38.5 / 41 = 93.9 %; 1T / 20T = 5 %; 1B / 25B = 4 %; 1.4e20 / 4.2e20 = 33.3 %; 2 h / 8 h = 25 %.
PERCENT_OF_CASES = [
    ("en-rate-holds", "The measured 142.3 tok/s is 69 % of the 205 tok/s ceiling.\n", [V, V, H], ""),
    ("en-rate-wrong", "The measured 142.3 tok/s is 45 % of the 205 tok/s ceiling.\n", [V, V, W], "69.4"),
    ("ru-rate-holds", "Замеренные 38,5 ток/с — это 94 % от потолка в 41 ток/с.\n", [V, V, H], ""),
    ("en-tokens-holds", "We trained on 1T tokens, 5 % of the 20T tokens available.\n", [H], ""),
    ("ru-tokens-wrong", "Ученик увидел 1 млрд токенов — 8 % от 25 млрд токенов оптимума.\n", [W], "4.0%"),
    ("en-flops-holds", "The forward pass is 1.4e20 FLOP, 33 % of the 4.2e20 FLOP of training.\n", [H], ""),
    ("en-time-holds", "Eval took 2 hours of the 8 hours, 25 % of the run.\n", [H], ""),
    # look-alikes: no whole stated, a percent of no figure, a percent added on top
    ("en-no-whole", "It reaches 142 tok/s, 69 % of peak bandwidth.\n", [V], ""),
    ("en-not-of", "At 142 tok/s the GPU is 69 % busy, versus 205 tok/s at batch 8.\n", [V, V], ""),
    ("en-added", "The 1B tokens add 8 % of the 25B tokens budget on top.\n", [], ""),
]


@pytest.mark.parametrize(("text", "groups", "shown"), [c[1:] for c in PERCENT_OF_CASES], ids=[c[0] for c in PERCENT_OF_CASES])
def test_a_percent_of_a_stated_figure_of_one_kind(text: str, groups: list[str], shown: str) -> None:
    check_claims(text, groups, shown)


# A factor whose referent the sentence names right after it (`в 64 раза меньше fp32`: a type) is not against a size of a
# line above; a size a count multiplies (`128 КиБ × 32 768`) is an operand of a product, not one of the sizes compared.
REFERENT_CASES = [
    (
        "ru-type-named",
        "## Векторы\n\n- Бинарные коды: 1,28 ГБ на весь корпус.\n"
        "- PQ по 64 байта на вектор: 640 МБ на весь корпус, в 64 раза меньше fp32.\n",
        [V],
        "",
    ),
    (
        "en-type-named",
        "## Index\n\n- Binary codes: 1.28 GB for the corpus.\n- PQ codes: 640 MB for the corpus, 64× smaller than fp32.\n",
        [],
        "",
    ),
    (
        "en-above-holds",
        "## Index\n\n- Binary codes: 1.28 GB for the corpus.\n- PQ codes: 640 MB for the corpus, 2× smaller.\n",
        [H],
        "",
    ),
    (
        "en-above-wrong",
        "## Index\n\n- Binary codes: 1.28 GB for the corpus.\n- PQ codes: 640 MB for the corpus, 4× smaller.\n",
        [W],
        "= 2",
    ),
    ("en-operand", "The answer says 16 GiB; the formula 128 KiB × 32,768 gives four times less.\n", [], ""),
    ("ru-operand", "Ответ: 16 ГиБ; по формуле 128 КиБ × 32 768 выходит вчетверо меньше.\n", [], ""),
    ("en-result-holds", "The answer says 16 GiB; the formula gives 4 GiB, four times less.\n", [H], ""),
    ("en-result-wrong", "The answer says 16 GiB; the formula gives 4 GiB, 2 times less.\n", [W], "= 4"),
]


@pytest.mark.parametrize(("text", "groups", "shown"), [c[1:] for c in REFERENT_CASES], ids=[c[0] for c in REFERENT_CASES])
def test_a_factor_names_its_referent_or_multiplies_a_size(text: str, groups: list[str], shown: str) -> None:
    check_claims(text, groups, shown)


# A further clause naming only a new target type and its percent carries the first percent's source (when the first
# held): fp16 → int4 saves 1 - 0.5/2 = 75 %; fp32 → int4 87.5 %. A clause about something else is not read.
PARALLEL_CASES = [
    (
        "ru-perehod-wrong",
        "Переход с fp16 на int8 сокращает объём на 50 %, а переход с fp16 на int4 — на 25 %.\n",
        [H, W],
        "75.0%",
    ),
    ("ru-perehod-holds", "Переход с fp16 на int8 сокращает объём на 50 %, а с fp16 на int4 — на 75 %.\n", [H, H], ""),
    ("en-from-wrong", "Going from fp16 to int8 cuts the size by 50 %, and from fp16 to int4 by 25 %.\n", [H, W], "75.0%"),
    ("en-to-holds", "Going from fp16 to int8 cuts the size by 50 %, and to int4 by 75 %.\n", [H, H], ""),
    ("en-saves-holds", "int8 saves 50 % of the memory over fp16, int4 saves 75 %.\n", [H, H], ""),
    ("ru-list-holds", "С fp32 на bf16 — экономия 50 %, на int8 — 75 %, на int4 — 87,5 %.\n", [H, H, H], ""),
    ("ru-list-wrong", "С fp32 на bf16 — экономия 50 %, на int8 — 75 %, на int4 — 80 %.\n", [H, H, W], "87.5%"),
    # look-alikes: a percent of another quantity, a speed, a share of the memory
    ("en-share-of-memory", "fp16 → int8 saves 50 %, and the KV cache in int4 takes 25 % of the memory.\n", [H], ""),
    ("en-speed", "fp16 → int8 saves 50 %, and int4 weights run 25 % faster.\n", [H], ""),
]


@pytest.mark.parametrize(("text", "groups", "shown"), [c[1:] for c in PARALLEL_CASES], ids=[c[0] for c in PARALLEL_CASES])
def test_a_parallel_percent_carries_the_first_source(text: str, groups: list[str], shown: str) -> None:
    check_claims(text, groups, shown)


# An adapter at another rank whose model is not named in its sentence is judged when the line above states the same
# adapter's count at its own rank on the same matrices and that count matches the model's config (the reading is then
# the note's own). Mistral 7B: r = 64 on q, k, v, o 54,525,952; r = 64 on q, v 27,262,976; r = 32 on q, k, v, o 27,262,976.
_M7 = "# Mistral 7B\n\n## LoRA\n\n"
CONFIRMED_CASES = [
    (
        "en-r64-wrong",
        _M7 + "LoRA r = 16 on q, k, v, o: 13.6M trainable parameters.\nGoing to r = 64 would mean 27.3M trainable parameters.\n",
        [H, W],
        "54.526M",
    ),
    (
        "en-r64-holds",
        _M7 + "LoRA r = 16 on q, k, v, o: 13.6M trainable parameters.\nGoing to r = 64 would mean 54.5M trainable parameters.\n",
        [H, H],
        "",
    ),
    (
        "ru-r64-wrong",
        _M7 + "r = 8, на q_proj и v_proj: обучаемых 3,4 млн параметров.\nПри r = 64 было бы 8,4 млн параметров.\n",
        [H, W],
        "27.263M",
    ),
    (
        "ru-r64-holds",
        _M7 + "r = 8, на q_proj и v_proj: обучаемых 3,4 млн параметров.\nПри r = 64 было бы 27,3 млн параметров.\n",
        [H, H],
        "",
    ),
    (
        "en-front-matter-r32-wrong",
        "---\nmodel: mistralai/Mistral-7B-v0.1\n---\n\n## LoRA\n\n"
        "Trainable with LoRA r = 16 on q, k, v and o: 13.6M parameters.\n"
        "At r = 32 it would be 13.6M trainable too.\n",
        [H, W],
        "27.263M",
    ),
    # look-alikes: the count above does not match (nothing confirmed), no count above, other matrices in the sentence
    (
        "en-above-off",
        _M7 + "LoRA r = 16 on q, k, v, o: 20M trainable parameters.\nGoing to r = 64 would mean 27.3M trainable parameters.\n",
        [V, V],
        "",
    ),
    ("en-no-count-above", _M7 + "LoRA r = 16 on q, k, v, o.\nGoing to r = 64 would mean 27.3M trainable parameters.\n", [V], ""),
    (
        "en-own-matrices",
        _M7 + "LoRA r = 16 on q, k, v, o: 13.6M trainable parameters.\n"
        "With r = 64 on q and v only it would be 5M trainable parameters.\n",
        [H, V],
        "",
    ),
]


@pytest.mark.parametrize(("text", "groups", "shown"), [c[1:] for c in CONFIRMED_CASES], ids=[c[0] for c in CONFIRMED_CASES])
def test_an_adapter_at_another_rank_confirmed_above(text: str, groups: list[str], shown: str) -> None:
    check_claims(text, groups, shown)


# An MoE count is active or total by the words right at it: a verb or adjective of activity right before it (`activates
# 12.9B`, `активных на токен 39 млрд`), a total word right before it (`Всего 140,6 млрд параметров, активных …`), the
# word right after it first (`46.7B total, 12.9B active`). Mixtral 8x7B: 46,702,792,704 total, 12,879,925,248 active;
# 8x22B: 140,620,634,112 total, 39,152,031,744 active. A count matching neither is no claim (a part or another model's).
MOE_CASES = [
    ("en-activates", "# Mixtral 8x7B\n\nThe 8x7B activates 12.9B parameters, about 28 % of its 46.7B total.\n", [H, H, H], ""),
    (
        "ru-vsego-aktivnyh",
        "# Mixtral 8x22B\n\n- Всего 140,6 млрд параметров, активных на токен 39 млрд; доля активных — 28 %.\n",
        [H, H, H],
        "",
    ),
    ("ru-zadejstvuet", "# Mixtral 8x22B\n\nМодель задействует 39 млрд параметров на токен.\n", [H], ""),
    ("en-word-after", "# Mixtral 8x7B\n\nmixtral: 46.7B total, 12.9B active\n", [H, H], ""),
    ("en-labels-before", "# Mixtral 8x7B\n\nTotal: 46.7B parameters; active per token: 12.9B.\n", [H, H], ""),
    ("en-dense-activates-all", "# Llama 3.1 8B\n\nThe model activates all 8.03B parameters for every token.\n", [H], ""),
    # look-alikes: a count of neither (no claim, never an error), a total word before an active count said after
    ("en-neither", "# Mixtral 8x7B\n\nThe 8x7B activates 20B parameters per token.\n", [], ""),
    ("en-total-then-active", "# Mixtral 8x7B\n\nIn total 12.9B parameters are active per token.\n", [], ""),
]


@pytest.mark.parametrize(("text", "groups", "shown"), [c[1:] for c in MOE_CASES], ids=[c[0] for c in MOE_CASES])
def test_an_moe_count_is_active_or_total_by_its_words(text: str, groups: list[str], shown: str) -> None:
    check_claims(text, groups, shown)


# A rank put on attention matrices named by their letters (`Rank 16 on q, k, v, o`) is an adapter's even where no
# `LoRA` word is said. Mistral 7B: r = 16 on q, k, v, o 425,984 per layer, 13,631,488 in all; r = 16 on q, v 6,815,744;
# r = 8 on q, v 3,407,872.
_ADAPTERS = "# Mistral 7B\n\n## Adapters\n\nRank 16 on q, k, v, o.\n\n"
RANK_LETTERS_CASES = [
    ("en-per-layer-above", _ADAPTERS + "- per layer: 425,984 trainable parameters\n", [H], ""),
    ("en-per-layer-off", _ADAPTERS + "- per layer: 500,000 trainable parameters\n", [V], ""),
    ("ru-rang-holds", "# Mistral 7B\n\n## Адаптеры\n\nРанг 8 на q и v: всего 3,4 млн обучаемых параметров.\n", [H], ""),
    ("ru-rang-all", "# Mistral 7B\n\nРанг 16 на q, k, v, o: 13,6 млн обучаемых параметров.\n", [H], ""),
    ("en-named-wrong", "Rank 16 on q and v of Mistral 7B gives 5M trainable parameters.\n", [W], "6.816M"),
    # look-alikes: a process's rank, rank 0, shards
    ("en-process-rank", "# Mistral 7B\n\n## Training\n\nProcess rank 3 holds 3.4M parameters.\n", [], ""),
    ("en-rank-zero", "# Mistral 7B\n\n## Training\n\nrank 0 on q, k and v nodes: 3.4M parameters.\n", [], ""),
    ("en-shards", "# Mistral 7B\n\n## Sharding\n\nRank 3 on q, k and v shards: 3.4M parameters each.\n", [], ""),
]


@pytest.mark.parametrize(("text", "groups", "shown"), [c[1:] for c in RANK_LETTERS_CASES], ids=[c[0] for c in RANK_LETTERS_CASES])
def test_a_rank_on_matrix_letters_is_an_adapter(text: str, groups: list[str], shown: str) -> None:
    check_claims(text, groups, shown)


# An expression's result is the part of a share said right after it (`256,000 × 2304 = 589.8M, i.e. 22.6 % of its 2.61B`):
# 589.8M / 2.61B = 22.6 %; 38.6M / 124.4M = 31.0 %; 262.7M / 1.24B = 21.2 %. Two results before it, or a percent of no
# stated whole, or one added on top: not read.
RESULT_PART_CASES = [
    ("en-gemma-holds", "- **Gemma 2 2B**: 256,000 × 2304 = 589.8M, i.e. 22.6 % of its 2.61B.\n", [H, H, H], ""),
    ("en-gpt2-holds", "- **GPT-2 small**: 50,257 × 768 = 38.6M, a whopping 31 % of 124.4M.\n", [H, H, H], ""),
    ("en-gpt2-wrong", "- **GPT-2 small**: 50,257 × 768 = 38.6M, a whopping 3.1 % of 124.4M.\n", [H, H, W], "31.0%"),
    ("ru-llama-holds", "- **Llama 3.2 1B**: 128 256 × 2048 = 262,7 млн, это 21 % от 1,24 млрд.\n", [H, H, H], ""),
    ("ru-llama-wrong", "- **Llama 3.2 1B**: 128 256 × 2048 = 262,7 млн, это 12 % от 1,24 млрд.\n", [H, H, W], "21.2%"),
    ("en-no-whole", "- GPT-2 small: 50,257 × 768 = 38.6M, and 31 % of the vocabulary is English.\n", [H], ""),
    ("en-two-results", "- GPT-2 small: 50,257 × 768 = 38.6M and 1,024 × 768 = 0.8M, 31 % of 124.4M.\n", [H, H, H], ""),
    ("en-added", "- GPT-2 small: 50,257 × 768 = 38.6M adds 31 % of 124.4M on top.\n", [H, H], ""),
]


@pytest.mark.parametrize(("text", "groups", "shown"), [c[1:] for c in RESULT_PART_CASES], ids=[c[0] for c in RESULT_PART_CASES])
def test_an_expression_result_is_the_part_of_a_share(text: str, groups: list[str], shown: str) -> None:
    check_claims(text, groups, shown)


# An embedding named by a singular noun (`the 152,064-row embedding`, `эмбеддинг`) is one table: a count matching
# vocab × hidden holds. Qwen2.5-7B 152,064 × 3,584 = 545.0M; Llama-3.1-8B 128,256 × 4,096 = 525.3M. A count that does
# not match it, a plural, or a second table named beside it stays unjudged (a part of the model: unverifiable).
ONE_TABLE_CASES = [
    ("en-row-embedding", "Qwen2.5-7B: the 152,064-row embedding is 545M parameters.\n", [H], ""),
    ("en-shape-embedding", "Llama-3.1-8B: the 128,256 × 4096 embedding holds 525M parameters.\n", [H], ""),
    ("ru-embedding", "У Llama-3.1-8B эмбеддинг — 525 млн параметров.\n", [H], ""),
    ("en-lead-in", "**Qwen2.5-7B.** 7.62B parameters. The 152,064-row embedding is 545M parameters.\n", [H, H], ""),
    ("en-both-value", "Qwen2.5-7B: the embedding is 1.09B parameters.\n", [V], ""),
    ("en-plural", "Qwen2.5-7B: the embeddings are 545M parameters.\n", [V], ""),
    ("en-off", "Qwen2.5-7B: the embedding is 600M parameters.\n", [V], ""),
    ("en-and-head", "Llama-3.1-8B: the embedding and the head are 1.05B parameters.\n", [V], ""),
]


@pytest.mark.parametrize(("text", "groups", "shown"), [c[1:] for c in ONE_TABLE_CASES], ids=[c[0] for c in ONE_TABLE_CASES])
def test_a_singular_embedding_is_one_table(text: str, groups: list[str], shown: str) -> None:
    check_claims(text, groups, shown)
