"""Claim cases of our own wording for the twenty-second round's lead rules."""

from __future__ import annotations

import pytest
from conftest import H, U, V, W, check_claims, note_claims

# A sentence that never names the note's one model (named only in another section) is a reading of that model:
# what holds holds, and a mismatch may be a figure of something else. A mismatch that is exactly twice or half
# the recomputation, or the GiB figure labelled GB, is the telltale of the commonest slips and is kept as an
# error. Qwen2.5-7B: 7.62B params → 15.23 GB in bf16 (14.19 GiB), 7.62 GB in int8, 30.46 GB in fp32;
# 28 layers × 4 KV heads × 128 dims × 2 × 2 B = 56 KiB per token in bf16.
_QWEN = "---\ntags: [llm]\n---\n# Notes\n\n## Sources\n\nThe card of Qwen2.5-7B-Instruct on the hub.\n\n## Storage\n\n"
TELLTALE_CASES = [
    ("en-twice", _QWEN + "Weights in bf16 take 30.5 GB.\n", [W], "15.231 GB"),
    ("en-half", _QWEN + "In fp32 the weights would be 15.2 GB.\n", [W], "30.462 GB"),
    ("ru-twice-int8", _QWEN + "Веса в int8 занимают 15,2 ГБ.\n", [W], "7.616 GB"),
    ("en-gib-as-gb", _QWEN + "Weights in bf16 take 14.2 GB.\n", [U], "15.231 GB"),
    ("en-kv-per-token-twice", _QWEN + "The bf16 KV cache keeps 112 KiB per token.\n", [W], "56 KiB"),
    ("en-holds", _QWEN + "Weights in bf16 take 15.2 GB.\n", [H], ""),
    ("ru-holds", _QWEN + "Веса в bf16 — около 15 ГБ.\n", [H], ""),
    # any other mismatch may be another thing's size: a reading, not an error
    ("en-other-mismatch", _QWEN + "Weights in bf16 take 16.4 GB.\n", [V], ""),
    ("ru-other-mismatch", _QWEN + "Веса в int8 занимают 9 ГБ.\n", [V], ""),
    ("en-near-twice-is-not", _QWEN + "Weights in bf16 take 32 GB.\n", [V], ""),
    ("en-range-is-not", _QWEN + "Weights in bf16 take 29-31 GB.\n", [V], ""),
]


@pytest.mark.parametrize(("text", "groups", "shown"), [c[1:] for c in TELLTALE_CASES], ids=[c[0] for c in TELLTALE_CASES])
def test_a_readings_telltale_mismatch_is_an_error(text: str, groups: list[str], shown: str) -> None:
    check_claims(text, groups, shown)


# `the same 18.5 GB` refers back to a figure and is judged where it was stated, unless its clause names a storage type
# of its own: then it says the size is that type's too. Gemma 2 9B: 9.24B params → 18.48 GB in bf16, 36.97 GB in fp32.
_GEMMA = "# Gemma 2 9B\n\n"
SAME_FIGURE_CASES = [
    ("en-same-in-fp32", _GEMMA + "Gemma 2 9B is 18.5 GB in bf16, and in fp32 the same 18.5 GB.\n", [H, W], "36.967 GB"),
    (
        "ru-same-in-fp32",
        _GEMMA + "Gemma 2 9B весит 18,5 ГБ в bf16. В fp32 Gemma 2 9B весит те же 18,5 ГБ.\n",
        [H, W],
        "36.967 GB",
    ),
    ("ru-same-in-int8", _GEMMA + "Gemma 2 9B весит 18,5 ГБ в bf16, а в int8 — те же 18,5 ГБ.\n", [H, W], "9.242 GB"),
    ("en-same-no-type", _GEMMA + "Gemma 2 9B is 18.5 GB in bf16; these 18.5 GB fit on a 24 GB card.\n", [H, V], ""),
    ("ru-same-no-type", _GEMMA + "Gemma 2 9B весит 18,5 ГБ в bf16, и эти 18,5 ГБ помещаются в карту на 24 ГБ.\n", [H], ""),
]


@pytest.mark.parametrize(("text", "groups", "shown"), [c[1:] for c in SAME_FIGURE_CASES], ids=[c[0] for c in SAME_FIGURE_CASES])
def test_the_same_figure_in_another_type_is_a_claim(text: str, groups: list[str], shown: str) -> None:
    check_claims(text, groups, shown)


# Figures whose digit groups are split by a thin space (U+2009) or a figure space, as Russian typography writes them:
# `32 768 токенах` is 32,768 tokens (Llama 3 8B: 128 KiB × 32,768 = 4 GiB), `327 680 байт` one number.
_THIN = "\u2009"
GROUP_SPACE_CASES = [
    ("ru-thin-space-context", f"# KV\n\n- На 32{_THIN}768 токенах у Llama 3 8B кэш — 4 ГиБ.\n", [H], ""),
    ("ru-thin-space-context-wrong", f"# KV\n\n- На 32{_THIN}768 токенах у Llama 3 8B кэш — 8 ГиБ.\n", [W], "4 GiB"),
    ("ru-figure-space-chain", "# KV\n\nLlama 2 70B: 2 × 80 × 8 × 128 × 2 = 327\u2007680 байт на токен.\n", [H], ""),
    ("ru-thin-space-chain", f"# KV\n\nLlama 2 70B: 2 × 80 × 8 × 128 × 2 = 327{_THIN}680 байт на токен.\n", [H], ""),
]


@pytest.mark.parametrize(("text", "groups", "shown"), [c[1:] for c in GROUP_SPACE_CASES], ids=[c[0] for c in GROUP_SPACE_CASES])
def test_digit_groups_split_by_a_thin_space(text: str, groups: list[str], shown: str) -> None:
    check_claims(text, groups, shown)


def test_a_thin_spaced_figure_is_shown_as_written() -> None:
    claims = note_claims(f"# KV\n\nLlama 2 70B: 2 × 80 × 8 × 128 × 2 = 327{_THIN}680 байт на токен.\n")
    assert any(f"327{_THIN}680" in c.span for c in claims), [c.span for c in claims]  # type: ignore[attr-defined]


# Ranks bound to models (`младшая: Qwen2.5-7B` in the properties, `the smaller one is …`) stand for them later:
# Qwen2.5-7B 56 KiB/token, Qwen2.5-32B 256 KiB/token; at 32,768 tokens 1.75 GiB and 8 GiB.
_RANKS = "---\nмладшая: Qwen2.5-7B\nсредняя: Qwen2.5-14B\nстаршая: Qwen2.5-32B\n---\n# Qwen2.5\n\n"
RANK_CASES = [
    ("ru-ranks", _RANKS + "- KV-кэш на 32 768 токенах у старшей — 8 ГиБ, у младшей — 1,75 ГиБ.\n", [H, H], ""),
    ("ru-ranks-wrong", _RANKS + "- KV-кэш на 32 768 токенах у старшей — 8 ГиБ, у младшей — 3,5 ГиБ.\n", [H, W], "1.75 GiB"),
    ("ru-rank-weights", _RANKS + "- старшая: 65,5 ГБ в bf16.\n", [H], ""),
    # a rank word qualifying a noun is an adjective: no model
    ("ru-adjective", _RANKS + "- Средняя скорость — 40 токенов/с, старший разряд — 1.\n", [V], ""),
    (
        "en-smaller-one",
        "# Pair\n\nThe smaller one is Llama-3.2-1B, the larger one is Llama-3.2-3B.\n\nIn bf16 the smaller one takes 2.47 GB.\n",
        [H],
        "",
    ),
]


@pytest.mark.parametrize(("text", "groups", "shown"), [c[1:] for c in RANK_CASES], ids=[c[0] for c in RANK_CASES])
def test_ranks_bound_to_models(text: str, groups: list[str], shown: str) -> None:
    check_claims(text, groups, shown)


# A size that no model of the family has is another model's name, not a count or a sibling: a thread about
# Mixtral 8x7B (46.7B) that says `70B at Q4_K_M: 43 GB` speaks of a 70B model (Q4_K_M ≈ 4.89 bits: ~42.8 GB).
# A count said to work per token is the active one (Mixtral 8x7B: 12.88B). A token budget followed by
# `for <model>` is that model's (20 tokens per parameter: Llama 3 70B 1.411T, Llama 3 8B 160.6B).
_MIXTRAL = "# Thread\n\nI run Mixtral 8x7B at home.\n\n> **u/x** · 13h\n> Mixtral Q4_K_M is 28.3 GB on disk, yeah.\n"
OTHER_MODEL_CASES = [
    ("en-size-of-no-sibling", _MIXTRAL + "> But 70B at Q4_K_M will not leave room: 43 GB of weights.\n", [H, H], ""),
    (
        "ru-active-per-token",
        "# M\n\nВсе 46,7 млрд параметров Mixtral 8x7B лежат в памяти, хотя на токен работают только 12,9 млрд.\n",
        [H, H],
        "",
    ),
    (
        "en-budget-for-model-after",
        "# Llama 3 8B\n\nChinchilla-optimal data is 160B tokens for Llama 3 8B, and 1.4T tokens for Llama 3 70B.\n",
        [H, H],
        "",
    ),
    (
        "ru-budget-for-model-after-wrong",
        "# Llama 3 8B\n\nОптимум по Шиншилле — 160 млрд токенов для Llama 3 8B и 0,7 трлн токенов для Llama 3 70B.\n",
        [H, W],
        "1.411T",
    ),
]


@pytest.mark.parametrize(("text", "groups", "shown"), [c[1:] for c in OTHER_MODEL_CASES], ids=[c[0] for c in OTHER_MODEL_CASES])
def test_whose_figure_a_figure_is(text: str, groups: list[str], shown: str) -> None:
    check_claims(text, groups, shown)


# Figures listed with slashes are one per model or type; which is which the sentence does not say: not judged
# against the one model it names (Qwen2.5-7B int8 is 7.62 GB; 32.5 GB is another model's).
SLASH_CASES = [
    ("ru-three-models", "# Qwen\n\n- **int8:** Qwen2.5 7B вдвое меньше: 7,6 / 29,4 / 32,5 ГБ.\n", [V], ""),
    ("en-two-types", "# Qwen\n\n- Qwen2.5 7B bf16 / int8: 15.2 GB / 7.6 GB.\n", [V, V], ""),
    ("en-no-slash", "# Qwen\n\n- Qwen2.5 7B in int8: 15.2 GB.\n", [W], "7.616 GB"),
]


@pytest.mark.parametrize(("text", "groups", "shown"), [c[1:] for c in SLASH_CASES], ids=[c[0] for c in SLASH_CASES])
def test_figures_listed_with_slashes(text: str, groups: list[str], shown: str) -> None:
    check_claims(text, groups, shown)


# A table whose columns are storage types and whose cells are bare figures takes the unit its caption says, a heading
# right above it included (`## To run (file sizes, decimal GB)`). Llama 3.1 8B: Q4_K_M ≈ 4.91 GB, fp16 16.06 GB.
_TYPES_TABLE = "| model | Q4_K_M | fp16 |\n|---|---|---|\n| Llama 3.1 8B | 4.9 | {fp16} |\n"
CAPTION_CASES = [
    ("en-heading-caption", "# Plan\n\n## To run (file sizes, decimal GB)\n\n" + _TYPES_TABLE.format(fp16="16.1"), [H, H], ""),
    (
        "en-heading-caption-wrong",
        "# Plan\n\n## To run (file sizes, decimal GB)\n\n" + _TYPES_TABLE.format(fp16="32.1"),
        [H, W],
        "16.061 GB",
    ),
    ("ru-line-caption", "# План\n\nРазмеры файлов в ГБ:\n\n" + _TYPES_TABLE.format(fp16="16,1"), [H, H], ""),
    # a heading that names no unit says nothing of the cells
    ("en-heading-no-unit", "# Plan\n\n## To run\n\n" + _TYPES_TABLE.format(fp16="16.1"), [], ""),
]


@pytest.mark.parametrize(("text", "groups", "shown"), [c[1:] for c in CAPTION_CASES], ids=[c[0] for c in CAPTION_CASES])
def test_a_tables_caption_gives_its_cells_unit(text: str, groups: list[str], shown: str) -> None:
    check_claims(text, groups, shown)


# A model called by its size alone, with no model in context, is the one model of that size the note names anywhere,
# its front matter's aliases included (Gemma 2 9B: 9.24B → 4.62 GB in int4; 27B: 27.23B → 13.61 GB). A type the
# sentence opens with (`In int4 …`) is the type of every size in it.
_SISTERS = "---\naliases:\n  - gemma-2-9b-it\n  - gemma-2-27b-it\n---\n# Gemma 2: the 9B and her big sister\n\n## Weights\n\n"
NOTE_MODELS_CASES = [
    ("en-sizes-from-aliases", _SISTERS + "In int4 the 9B drops to 4.6 GB, and the 27B to 13.6 GB.\n", [H, H], ""),
    (
        "en-sizes-from-aliases-wrong",
        _SISTERS + "In int4 the 9B drops to 9.2 GB, and the 27B to 27.2 GB.\n",
        [W, W],
        "0.5 bytes (int4",
    ),
    ("ru-type-frame", _SISTERS + "В int4 9B весит 4,6 ГБ, а 27B — 27,2 ГБ.\n", [H, W], "13.614 GB"),
    # a from-to sentence: the type is the later figure's, not the frame of both
    ("en-from-to-no-frame", _SISTERS + "In int4 the 27B shrinks from 54.5 GB to 13.6 GB.\n", [H, V], ""),
    # two models of that size named: which one is not certain
    (
        "en-two-of-that-size",
        "---\naliases: [Meta-Llama-3-8B, Llama-3.1-8B]\n---\n# Notes\n\n## Weights\n\nIn int4 the 8B takes 8 GB.\n",
        [],
        "",
    ),
]


@pytest.mark.parametrize(("text", "groups", "shown"), [c[1:] for c in NOTE_MODELS_CASES], ids=[c[0] for c in NOTE_MODELS_CASES])
def test_a_size_name_is_the_notes_model_of_that_size(text: str, groups: list[str], shown: str) -> None:
    check_claims(text, groups, shown)


# A figure after the cache is added to something (`plus its cache`, `+ KV`, `cache on top`, `вместе с кэшем`) is the
# sum, not the cache alone; `with an fp8 cache` names the cache's type. Llama 3 8B: 128 KiB/token, 1 GiB at 8,192.
_LLAMA = "# Llama 3 8B\n\n"
CACHE_ADDED_CASES = [
    ("en-plus-cache", _LLAMA + "Llama 3 8B at Q4_K_M plus its full 8K KV cache is ~5.6 GiB.\n", [V], ""),
    # (round 21: the sum of the Q4_K_M weights and the 8K cache is read, 4.575 + 1 GiB: it holds)
    ("ru-together-with-cache", _LLAMA + "Llama 3 8B в Q4_K_M вместе с KV-кэшем на 8K — около 5,6 ГиБ.\n", [H], ""),
    ("en-cache-on-top", _LLAMA + "At 8K (another 1 GiB of KV cache on top) Llama 3 8B in bf16 is at about 16 GiB.\n", [V], ""),
    ("en-with-fp8-cache-wrong", _LLAMA + "With an fp8 KV cache Llama 3 8B at 8K is 2 GiB.\n", [W], "0.5 GiB"),
]


@pytest.mark.parametrize(("text", "groups", "shown"), [c[1:] for c in CACHE_ADDED_CASES], ids=[c[0] for c in CACHE_ADDED_CASES])
def test_a_figure_after_the_cache_is_added_is_a_sum(text: str, groups: list[str], shown: str) -> None:
    check_claims(text, groups, shown)


# A cache line under a line about the size per token is a total when it states its own context before the figure
# (Llama 3 8B: 128 KiB/token, 1 GiB at 8K); a factor `по параметрам` compares the parameter counts
# (Qwen2.5-32B / Qwen2.5-7B = 4.30; their KV per token 256 / 56 KiB = 4.57).
LEAD_CASES = [
    (
        "ru-own-context-under-per-token",
        "# L\n\n## Llama 3 8B\n\nУ Llama 3 8B на токен всего 128 КиБ.\nLlama 3 8B в Q4_K_M весит 4,9 ГБ, кэш на 8K — 1 ГиБ.\n",
        [H, H, H],
        "",
    ),
    (
        "ru-own-context-under-per-token-wrong",
        "# L\n\n## Llama 3 8B\n\nУ Llama 3 8B на токен всего 128 КиБ.\nLlama 3 8B в Q4_K_M весит 4,9 ГБ, кэш на 8K — 2 ГиБ.\n",
        [H, H, W],
        "1 GiB",
    ),
    ("ru-ratio-by-params", "# Q\n\nQwen2.5-32B больше Qwen2.5-7B в 4,3 раза по параметрам.\n", [H], ""),
    ("ru-ratio-by-params-wrong", "# Q\n\nQwen2.5-32B больше Qwen2.5-7B в 4,6 раза по параметрам.\n", [W], "4.302"),
    ("ru-ratio-by-kv", "# Q\n\nQwen2.5-32B больше Qwen2.5-7B в 4,6 раза по KV-кэшу.\n", [H], ""),
]


@pytest.mark.parametrize(("text", "groups", "shown"), [c[1:] for c in LEAD_CASES], ids=[c[0] for c in LEAD_CASES])
def test_own_context_and_the_noun_of_a_factor(text: str, groups: list[str], shown: str) -> None:
    check_claims(text, groups, shown)


# `на карту` before a figure makes it one device's share of the split the lines above state (Llama 2 70B in int8:
# 68.98 GB, a quarter on each of four cards: 17.24 GB). An answer's lines below a question naming one model are
# about that model, when the note names others elsewhere (Llama 3 8B at 8K: 1 GiB of cache).
_SERVER = "# KV\n\n## Server 4×A100\n\nLlama 2 70B: веса делим на четыре карты.\n"
DEVICE_AND_QUESTION_CASES = [
    ("ru-per-card-share", _SERVER + "В int8 на карту приходится 17,2 ГБ.\n", [H], ""),
    ("ru-per-card-whole-wrong", _SERVER + "В int8 на карту приходится 69 ГБ.\n", [W], "17.244 GB"),
    (
        "ru-answer-below-question",
        "# FAQ\n\nПочему Mixtral 8x7B быстрый?\nПотому что так.\n\nВлезет ли Llama 3 8B в 8 ГБ?\nВ bf16 нет: 16,1 ГБ.\n"
        "На 8K контекста кэш займёт 4 ГиБ.\n",
        [V, H, W],
        "1 GiB",
    ),
    # a line naming a model that asks nothing (a chat's, a lecture's) says nothing of the lines after the next
    (
        "en-chat-lines-are-their-own",
        "# Chat\n\n**[09:20] @a:** Llama 3 8B in bf16 is 16.1 GB.\n**[09:21] @b:** ok.\n**[09:22] @c:** at 8K it is 4 GiB.\n",
        [H],
        "",
    ),
]


@pytest.mark.parametrize(
    ("text", "groups", "shown"), [c[1:] for c in DEVICE_AND_QUESTION_CASES], ids=[c[0] for c in DEVICE_AND_QUESTION_CASES]
)
def test_a_cards_share_and_an_answers_model(text: str, groups: list[str], shown: str) -> None:
    check_claims(text, groups, shown)


# One figure said equal to a figure of another kind states, it does not restate (`8B fp16 = 16.1G` is a size of the
# 8B, not 8e9 = 16.1); a sum of figures of different kinds is no sum; what several sizes fit in, and a card's size
# counted (`2× 80 GB`), are no model's size; a size in brackets after a figure names its model (Qwen2.5-72B: 320
# KiB per token).
FORM_CASES = [
    # (the share of the model named right after `of` is read since round 32: 13.6M / 8,030,261,248 = 0.17 %, holds)
    ("en-one-figure-equals-another-kind", "# Log\n\n- 13.6M params = 0.17 % of Llama 3 8B\n", [V, H], ""),
    ("en-terse-size", "# Log\n\n- 8B fp16 = 16.1G. not worth it\n", [], ""),
    (
        "en-mixed-sum",
        "# Llama 3 8B\n\nbf16 weights 16.06 GB + 4 GiB of KV for one 32K context + ~1 GB CUDA overhead ≈ 21 GB, which fits.\n",
        [H, H, V, V],  # (round 21: `4 GiB of KV` names its part: the cache of the 32K context, which holds)
        "",
    ),
    ("en-both-fit", "# Q\n\n> Mixtral 8x7B Q4_K_M is 28.3 GB and Q5_K_M 33.1 GB, both fit 48 GB.\n", [H, H], ""),
    ("ru-both-fit", "# Q\n\nMixtral 8x7B в Q4_K_M — 28,3 ГБ, в Q5_K_M — 33,1 ГБ, обе влезают в 48 ГБ.\n", [H, H], ""),
    ("en-one-fits-is-its-size", "# Q\n\n- The Qwen2.5-72B in int8 fits in 36 GB.\n", [W], "72.706 GB"),
    ("en-cards-counted", "# Q\n\n- Qwen2.5-72B needs at least 2× 80 GB in bf16.\n", [], ""),
    ("en-bracketed-size", "# Qwen2.5 7B\n\n- KV per token ranges from 56 KiB (7B) to 320 KiB (72B).\n", [H, H], ""),
    ("en-bracketed-size-wrong", "# Qwen2.5 7B\n\n- KV per token ranges from 56 KiB (7B) to 640 KiB (72B).\n", [H, W], "320 KiB"),
    ("en-bracketed-models", "# Qwen\n\n- KV per token: 56 KiB (Qwen2.5-7B) vs 320 KiB (Qwen2.5-72B).\n", [H, H], ""),
    ("en-bracketed-models-wrong", "# Qwen\n\n- In bf16, 15.2 GB (Qwen2.5-7B) and 72.7 GB (Qwen2.5-72B).\n", [H, W], "145.412 GB"),
]


@pytest.mark.parametrize(("text", "groups", "shown"), [c[1:] for c in FORM_CASES], ids=[c[0] for c in FORM_CASES])
def test_forms_that_state_rather_than_compute(text: str, groups: list[str], shown: str) -> None:
    check_claims(text, groups, shown)


# A type that labels another size of the sentence (`671 ГБ в FP8`, `FP8 — 65,7 ГБ`) is not the cache's when the cache
# names none: a per-token figure that fits the 16-bit default is not judged in that type (Llama 3.1 70B: 320 KiB per
# token at 2 B, 160 KiB at 1 B). A type said of the cache (`an fp8 KV cache`) still is.
CACHE_TYPE_CASES = [
    ("ru-type-of-another-size", "# L\n\nLlama 3.1 70B: bf16 — 141 ГБ, FP8 — 70,6 ГБ, кэш 320 КиБ на токен.\n", [H, H, V], ""),
    ("en-type-of-the-cache-wrong", "# L\n\nLlama 3.1 70B with an fp8 KV cache: 320 KiB per token.\n", [W], "160 KiB"),
    ("ru-type-of-another-size-wrong", "# L\n\nLlama 3.1 70B: 70,6 ГБ в FP8, кэш 640 КиБ на токен.\n", [H, W], "160 KiB"),
]


@pytest.mark.parametrize(("text", "groups", "shown"), [c[1:] for c in CACHE_TYPE_CASES], ids=[c[0] for c in CACHE_TYPE_CASES])
def test_a_type_labelling_another_size_is_not_the_caches(text: str, groups: list[str], shown: str) -> None:
    check_claims(text, groups, shown)


# Ranks in a comparison of two or three models: the smallest is the junior, the largest the senior, unless a line binds
# them; a rank given by its size in brackets (`Младшая (9,24 млрд параметров)`) is the note's model of that size
# (Gemma 2 9B: 9.24B → 9.24 GB in int8; 27B: 27.23B → 13.61 GB in int4). A sentence opening with `веса и градиенты` sizes
# that part (4 B/param: 108.9 GB for the 27B).
_GEMMAS = "---\nмодели:\n  - google/gemma-2-9b-it\n  - google/gemma-2-27b-it\n---\n# Gemma 2 9B и 27B\n\n"
RANKED_CASES = [
    ("ru-ranked-junior", _GEMMAS + "- **int8:** 9,2 ГБ у младшей.\n", [H], ""),
    ("ru-ranked-senior-wrong", _GEMMAS + "- **int4:** старшая — около 27 ГБ.\n", [W], "13.614 GB"),
    ("ru-rank-by-size", "# Qwen2.5\n\nQwen2.5-0.5B и Qwen2.5-3B.\n\n**Младшая (0.5B).** В bf16 занимает 0,99 ГБ.\n", [H, H], ""),
    (
        "ru-weights-and-grads-part",
        _GEMMAS + "Только веса и градиенты в bf16 (без оптимизатора) — 108,9 ГБ для старшей.\n",
        [H],
        "",
    ),
    ("ru-sum-with-plus-cache", _GEMMAS + "Младшая в bf16 (18,5 ГБ) + кэш батча 4 × 8K (10,5 ГиБ) ≈ 29,8 ГБ.\n", [H, H, V], ""),
]


@pytest.mark.parametrize(("text", "groups", "shown"), [c[1:] for c in RANKED_CASES], ids=[c[0] for c in RANKED_CASES])
def test_ranks_of_a_comparison(text: str, groups: list[str], shown: str) -> None:
    check_claims(text, groups, shown)


# Review of round 19: rank words used as ordinary words name no model (`в среднем`, `старший инженер`, `a smaller
# model`); a division is no slash list (`32.1 GB / 2 GPUs`: 16.06 GB a card is right, 32.1 on each is not checked as a
# list); a context key in thousands that is no power of two is ×1000 (`kv_at_100k`: 100,000 tokens × 128 KiB = 12.2 GiB).
_QWENS = "---\nмодели: [Qwen2.5-7B, Qwen2.5-14B, Qwen2.5-72B]\n---\n# Qwen2.5\n\n"
REVIEW_CASES = [
    ("ru-on-average-no-rank", _QWENS + "В среднем модель в bf16 занимает 20 ГБ.\n", [], ""),
    ("ru-senior-engineer-no-rank", _QWENS + "Старший инженер сказал, что в bf16 хватит 20 ГБ.\n", [], ""),
    ("en-a-smaller-model-no-rank", _QWENS + "If memory is tight, a smaller model in bf16 takes 30 GB.\n", [], ""),
    ("en-division-is-no-slash-list", "# L\n\nLlama 3.1 8B in bf16 needs 32.1 GB / 2 GPUs.\n", [W], "16.061 GB"),
    (
        "en-key-100k",
        "---\nmodel: meta-llama/Llama-3.1-8B\nkv_at_100k: 12.2 GiB\n---\n# Llama 3.1 8B\n",
        [H],
        "",
    ),
]


@pytest.mark.parametrize(("text", "groups", "shown"), [c[1:] for c in REVIEW_CASES], ids=[c[0] for c in REVIEW_CASES])
def test_review_of_round_19(text: str, groups: list[str], shown: str) -> None:
    check_claims(text, groups, shown)


# A sentence that opens with a total and its figure (`Всего 320 ГиБ; …`, `In total: 48 GB.`) says a total of what is not
# said (four 80 GiB cards here), never the model's weights; the weights after it are still judged.
TOTAL_OPENING_CASES = [
    (
        "ru-total-opening",
        "# L\n\n## Llama 3.1 70B\n\nВсего 320 ГиБ; веса bf16 занимают 131,4 ГиБ, остаётся 320 − 131,4 = 188,6 ГиБ.\n",
        [V, H, H, H],  # (the subtraction's `131,4` is the weights again, judged where it stands: round 42)
        "",
    ),
    ("en-total-opening", "# L\n\n## Llama 3.1 70B\n\nIn total: 48 GB. The bf16 weights alone are 141.1 GB.\n", [V, H], ""),
]


@pytest.mark.parametrize(
    ("text", "groups", "shown"), [c[1:] for c in TOTAL_OPENING_CASES], ids=[c[0] for c in TOTAL_OPENING_CASES]
)
def test_a_total_a_sentence_opens_with(text: str, groups: list[str], shown: str) -> None:
    check_claims(text, groups, shown)


# A context in K times a size per token in binary units counts 1024 tokens (4,096 × 320 KiB = 1.25 GiB); a size per
# billion parameters is a rate, not a model's size (since round 30 judged as a rate: a billion times the type's bytes).
RATE_CASES = [
    ("en-k-times-kib", "# L\n\n## Llama 3 70B\n\n> 4K × 320 KiB = 1.25 GiB actually.\n", [H], ""),
    ("en-k-times-kib-wrong", "# L\n\n## Llama 3 70B\n\n> 4K × 320 KiB = 2.5 GiB actually.\n", [W], "1.25 GiB"),
    ("en-per-billion", "# M\n\nA: 1 GB per billion parameters in int8 for Mistral 7B.\n", [H], "per billion parameters"),
    ("ru-per-billion", "# M\n\nДля Mistral 7B в int8 нужно 1 ГБ на миллиард параметров.\n", [H, V], "per billion parameters"),
]


@pytest.mark.parametrize(("text", "groups", "shown"), [c[1:] for c in RATE_CASES], ids=[c[0] for c in RATE_CASES])
def test_binary_k_and_rates_per_billion(text: str, groups: list[str], shown: str) -> None:
    check_claims(text, groups, shown)


# Totals after a size per token, each at the context said in its own stretch (`8K = 448 МиБ, 16K = 1,75 ГиБ`: 112 KiB ×
# 8,192 = 896 MiB, × 16,384 = 1.75 GiB), with no model named.
OWN_CONTEXT_CASES = [
    ("ru-each-its-context", "# Телефон\n\n• кэш 112 КиБ/токен → 8K = 896 МиБ, 16K = 1,75 ГиБ\n", [H, H], ""),
    ("ru-each-its-context-wrong", "# Телефон\n\n• кэш 112 КиБ/токен → 8K = 448 МиБ, 16K = 1,75 ГиБ\n", [W, H], "896 MiB"),
]


@pytest.mark.parametrize(("text", "groups", "shown"), [c[1:] for c in OWN_CONTEXT_CASES], ids=[c[0] for c in OWN_CONTEXT_CASES])
def test_each_total_at_its_own_context(text: str, groups: list[str], shown: str) -> None:
    check_claims(text, groups, shown)


# A factor in a sentence that refers back (`Это в 64 раза меньше, чем у Llama 2 7B`) to one stating a size per token
# compares the caches per token (Falcon-7B 8 KiB vs Llama 2 7B 512 KiB: 64×), not the parameter counts (1.03×).
REFERS_BACK_CASES = [
    (
        "ru-this-is-64-times",
        "# Falcon\n\nFalcon-7B: одна KV-голова по 64: 8 КиБ на токен. Это в 64 раза меньше, чем у Llama 2 7B.\n",
        [H, H],
        "",
    ),
    (
        "ru-this-is-wrong",
        "# Falcon\n\nFalcon-7B: одна KV-голова по 64: 8 КиБ на токен. Это в 16 раз меньше, чем у Llama 2 7B.\n",
        [H, W],
        "64",
    ),
    ("ru-params-ratio-stays", "# Falcon\n\nFalcon-7B больше Llama 2 7B в 1,03 раза.\n", [H], ""),
]


@pytest.mark.parametrize(("text", "groups", "shown"), [c[1:] for c in REFERS_BACK_CASES], ids=[c[0] for c in REFERS_BACK_CASES])
def test_a_factor_referring_back_to_a_size_per_token(text: str, groups: list[str], shown: str) -> None:
    check_claims(text, groups, shown)
