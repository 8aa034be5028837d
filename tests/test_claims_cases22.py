"""Claim cases of our own wording (English and Russian) for the twenty-second round: what must be true
before a figure may be called wrong.

A parameter count far from the model's (under half of it, or over twice) is judged as the model's whole
only when the sentence says so (`X has N parameters`, `X: N`, `in total`, a `params` column); a count of a
layer, a block, the experts, an embedding table, an adapter or a model of some other size is not the
model's count, and stays unverifiable. A LoRA table row is checked by the adapter's own formula (rank ×
the adapted matrices' shapes × layers), and its file by that count × the bytes of the column's type. A
size far below any storage of the model's weights in a sentence about an adapter is the adapter's part;
the merged model said after the adapter is the model's whole."""

from __future__ import annotations

import pytest
from conftest import H, V, W, check_claims, note_claims

PART_COUNTS = [
    # a count of a part, said beside the model's name, is no error
    ("en-one-layer", "A single Mistral-7B transformer layer carries 218,112,000 parameters.", [V], ""),
    ("ru-each-layer", "Каждый слой Llama-3-8B содержит 218 112 000 параметров.", [V], ""),
    ("en-blocks-hold", "The blocks of Llama-2-13B hold 12.69B parameters, the rest is embeddings.", [V], ""),
    ("en-trains", "With rank 4 on q and v, Mistral-7B trains 1,703,936 parameters.", [V], ""),
    ("en-experts", "In Mixtral-8x7B the experts are 45.1B of the 46.7B parameters.", [V, H], ""),
    ("en-embedding-row", "- **Llama-3.2-1B** (tied, 128,256 × 2048): 262.7M, a fifth of the model.", [V], ""),
    # a model of another size, under a line that names one, is not that model
    (
        "ru-hypothetical-model",
        "Llama-2-13B обучали на 2 трлн токенов.\nДля модели на 3 млрд параметров по Chinchilla хватит 60 млрд токенов.",
        [H],
        "",
    ),
    ("en-tokens-column", "| model | tokens seen |\n|---|---|\n| Llama-2-7B | 2T |", [], ""),
    # … a count said to be the whole model is judged, however far off
    ("en-has-far-below", "Llama-3-8B has 800M parameters.", [W], "8,030"),
    ("ru-u-far-below", "У Llama-2-13B 1,3 млрд параметров.", [W], "13.016B"),
    ("en-params-column", "| model | params |\n|---|---|\n| Llama-2-13B | 1.3B |", [W], "13.016B"),
    ("ru-v-far-below", "В Llama-3-8B 800 млн параметров.", [W], "8,030"),
    ("en-comes-with-far-below", "Llama-3-8B comes with 800M parameters.", [W], "8,030"),
    # `У X` with other words before the count (a rank, matrices) is no statement of the whole
    ("ru-u-with-words-between", "У Llama-2-13B ранг 8 на q и v даёт 6 553 600 параметров.", [V], ""),
    ("en-total-far-above", "Mistral-7B has 72B parameters in total.", [W], "7.242B"),
]


@pytest.mark.parametrize(("text", "groups", "shown"), [c[1:] for c in PART_COUNTS], ids=[c[0] for c in PART_COUNTS])
def test_a_count_far_from_the_model_is_judged_only_when_said_to_be_its_whole(text: str, groups: list[str], shown: str) -> None:
    check_claims(text, groups, shown)


LORA_TABLES = [
    (
        "en-table-count",
        "| model | rank | targets | trainable |\n|---|---|---|---|\n| Llama-2-13B | 8 | q_proj, v_proj | 6.6M |",
        [H],
        "",
    ),
    (
        "ru-table-count",
        "| модель | ранг | матрицы | обучаемых параметров |\n|---|---|---|---|\n| Llama-3-8B | 8 | q_proj, v_proj | 3 407 872 |",
        [H],
        "",
    ),
    (
        "en-table-count-and-file",
        "| model | r | targets | trainable | file (fp16) |\n|---|---|---|---|---|\n"
        "| Mistral-7B | 8 | q_proj, k_proj, v_proj, o_proj | 6.8M | 13.6 MB |",
        [H, H],
        "",
    ),
    # … a wrong count is an error with the formula's count; the file is judged by the formula, not by that count
    (
        "en-table-count-wrong",
        "| model | rank | targets | trainable |\n|---|---|---|---|\n| Llama-2-13B | 16 | q_proj, v_proj | 6.6M |",
        [W],
        "13,107,200",
    ),
    (
        "en-table-wrong-count-right-file",
        "| model | r | targets | trainable | file (fp16) |\n|---|---|---|---|---|\n"
        "| Mistral-7B | 8 | q_proj, k_proj, v_proj, o_proj | 3.4M | 13.6 MB |",
        [W, H],
        "6,815,744",
    ),
    (
        "en-table-file-wrong",
        "| model | r | targets | trainable | file (fp16) |\n|---|---|---|---|---|\n"
        "| Mistral-7B | 8 | q_proj, k_proj, v_proj, o_proj | 6.8M | 27.3 MB |",
        [H, W],
        "13.6",
    ),
]


@pytest.mark.parametrize(("text", "groups", "shown"), [c[1:] for c in LORA_TABLES], ids=[c[0] for c in LORA_TABLES])
def test_a_lora_table_row_is_checked_by_the_adapter_formula(text: str, groups: list[str], shown: str) -> None:
    check_claims(text, groups, shown)


ADAPTER_PARTS = [
    (
        "en-adapter-gradients",
        "LoRA r = 8 on q_proj and v_proj of Llama-2-13B: 6,553,600 trainable parameters.\nIts fp32 gradients take 26 MB.",
        [H, V],
        "",
    ),
    (
        "ru-merged-after-adapter",
        "LoRA r = 8 на q_proj и v_proj у Llama-2-13B — 6 553 600 обучаемых параметров.\n"
        "Адаптер в bf16 занимает 13,1 МБ, а слитая модель в bf16 — 26 ГБ.",
        [H, H, H],
        "",
    ),
    # … the merged model's wrong size is an error with the model's weights, not the adapter's
    (
        "ru-merged-after-adapter-wrong",
        "LoRA r = 8 на q_proj и v_proj у Llama-2-13B — 6 553 600 обучаемых параметров.\n"
        "Адаптер в bf16 занимает 13,1 МБ, а слитая модель в bf16 — 13 ГБ.",
        [H, H, W],
        "26.032",
    ),
    (
        "en-merged-after-adapter-wrong",
        "LoRA r = 8 on q_proj and v_proj of Llama-2-13B: 6,553,600 trainable parameters.\n"
        "Saved in bf16 the adapter is 13.1 MB; the merged model in bf16 is 52 GB.",
        [H, H, W],
        "26.032",
    ),
]


@pytest.mark.parametrize(("text", "groups", "shown"), [c[1:] for c in ADAPTER_PARTS], ids=[c[0] for c in ADAPTER_PARTS])
def test_an_adapters_part_is_not_the_model_and_the_merged_model_is(text: str, groups: list[str], shown: str) -> None:
    check_claims(text, groups, shown)


COMPARED_MODELS_FIGURE = [
    # a figure said of the model compared with (after `than the 70B, which …`, `чем у 70B (…)`, `than the X of the 70B`)
    ("en-than-which", "Llama-2-13B keeps 800 KiB of KV cache per token, far more than the 70B, which keeps 320 KiB.", [H, V], ""),
    ("ru-chem-u-parenthesis", "У Llama-2-7B кэш на токен 512 КиБ — больше, чем у 70B (320 КиБ).", [H, V], ""),
    ("en-than-the-figure-of", "At 8k context Llama-2-7B's cache is 4 GiB, more than the 2.5 GiB of the 70B.", [H, V], ""),
    # … the subject's own wrong figure in the same sentence is still an error, and a clause after `and` is the subject's again
    (
        "en-than-which-subject-wrong",
        "Llama-2-13B keeps 600 KiB of KV cache per token, far more than the 70B, which keeps 320 KiB.",
        [W, V],
        "800 KiB",
    ),
    (
        "en-and-back-to-subject",
        "Llama-2-7B has more KV heads than Llama-3-8B, and at 4096 tokens its fp16 cache is 1 GiB.",
        [W],
        "2 GiB",
    ),
]


@pytest.mark.parametrize(
    ("text", "groups", "shown"), [c[1:] for c in COMPARED_MODELS_FIGURE], ids=[c[0] for c in COMPARED_MODELS_FIGURE]
)
def test_a_figure_of_the_model_compared_with_is_not_the_subjects(text: str, groups: list[str], shown: str) -> None:
    check_claims(text, groups, shown)


ANOTHER_MODEL = [
    # a figure of an unnamed other model (the draft, `a model with …`) is not the note's model's
    ("en-draft", "Llama-3-70B runs on two GPUs. The draft model at 4 bits per weight is about 0.7 GB.", [V], ""),
    ("ru-draft", "Llama-3-70B в fp8.\nЧерновая модель в bf16 — около 2,5 ГБ.", [V], ""),
    (
        "en-a-model-with",
        "With 2 GiB of cache Llama-3-8B in fp16 holds 16,384 tokens.\n"
        "A model with 96 KiB of KV per token: 2 GiB holds 21,845 tokens.",
        [H, V],
        "",
    ),
    # a figure in kibibytes is no model's weights (a cache per token, a part); megabytes for gigabytes still are an error
    ("en-kib-no-weights", "Llama-2-7B in fp16: 13.5 KB.", [V], ""),
    ("en-mb-for-gb-wrong", "Llama-2-7B in fp16 is 13.5 MB of weights.", [W], "13,477 MB"),
    # … the model's own wrong figure of the same shape is an error
    ("en-its-own-wrong", "Llama-3-70B runs on two GPUs. Its weights at 4 bits per weight are about 7 GB.", [W], "35.277"),
    ("en-per-token-wrong", "Llama-3-8B in fp16 needs 256 KiB of KV cache per token.", [W], "128 KiB"),
    # an answer to a question about the cache is no pair of weights; one to a question about the weights is
    (
        "en-answer-kv-per-token",
        "Q: How much KV cache per token do Llama-2-7B and Llama-3-8B need in fp16?\nA: 512 KiB and 128 KiB.",
        [],
        "",
    ),
    (
        "ru-answer-kv-per-token",
        "В: Сколько KV-кэша на токен в fp16 нужно Llama-2-13B и Llama-3-8B?\nО: 800 КиБ и 128 КиБ.",
        [],
        "",
    ),
    ("en-answer-weights-wrong", "Q: How large are Llama-2-7B and Llama-3-8B in bf16?\nA: 13.5 GB and 8 GB.", [V, W], "16.061"),
    # activations per token per layer are no cache; the cache per layer said so is
    ("en-activations-per-token", "Per token and per layer, Llama-3-8B stores 34·h = 139 KB of activations.", [V], ""),
    ("en-kv-per-layer-wrong", "Per token and per layer, Llama-3-8B's KV cache in fp16 is 8 KiB.", [W], "4 KiB"),
]


@pytest.mark.parametrize(("text", "groups", "shown"), [c[1:] for c in ANOTHER_MODEL], ids=[c[0] for c in ANOTHER_MODEL])
def test_a_figure_of_another_unnamed_model_is_not_the_models(text: str, groups: list[str], shown: str) -> None:
    check_claims(text, groups, shown)


OWN_RECIPE_AND_WINDOW = [
    # bytes per parameter stated for the figure itself (`(18 bytes)`) win over the rate said earlier in the sentence
    (
        "ru-own-bytes",
        "Полное дообучение Llama-2-7B: 16 байт на параметр → 107,8 ГБ; с fp32-градиентами (18 байт) — 121,3 ГБ.",
        [H, H],
        "",
    ),
    (
        "en-own-bytes",
        "Full fine-tuning Llama-2-7B takes 16 bytes per parameter, 107.8 GB; with fp32 gradients (18 bytes) it is 121.3 GB.",
        [H, H],
        "",
    ),
    # … a wrong total at its own bytes is an error with that recipe's value
    (
        "ru-own-bytes-wrong",
        "Полное дообучение Llama-2-7B: 16 байт на параметр → 107,8 ГБ; с fp32-градиентами (18 байт) — 107,8 ГБ.",
        [H, W],
        "121.291 GB",
    ),
    (
        "en-own-bytes-wrong",
        "Full fine-tuning Llama-2-7B takes 16 bytes per parameter, 107.8 GB; with fp32 gradients (18 bytes) it is 140 GB.",
        [H, W],
        "121.291 GB",
    ),
    # a sliding window on some layers, which the recomputation does not apply, leaves the cache unverifiable
    ("ru-window-half-layers", "У gpt-oss-20b на 128K контекста с окном на половине слоёв кэш ≈ 3 ГиБ.", [V], ""),
    (
        "en-sliding-window",
        "With sliding-window attention on half the layers, gpt-oss-20b's fp16 cache at 131,072 tokens is about 3 GiB.",
        [V],
        "",
    ),
    ("en-without-window-wrong", "Without any window, gpt-oss-20b's fp16 KV cache at 131,072 tokens is 12 GiB.", [W], "6 GiB"),
]


@pytest.mark.parametrize(
    ("text", "groups", "shown"), [c[1:] for c in OWN_RECIPE_AND_WINDOW], ids=[c[0] for c in OWN_RECIPE_AND_WINDOW]
)
def test_a_figures_own_recipe_wins_and_an_unapplied_window_is_not_judged(text: str, groups: list[str], shown: str) -> None:
    check_claims(text, groups, shown)


MISSES_OF_THE_SAME_SHAPES = [
    # a ceiling from a share each device reads (`its 17.2 GB share`, `свою долю, 34,5 ГБ`) is per-device bandwidth / share
    (
        "en-share-ceiling",
        "Llama-2-70B in bf16 with TP=8 on H100s (3.35 TB/s each): each GPU reads only its 17.2 GB share, "
        "so decoding is bounded by about 194 tok/s.",
        [H, V],
        "",
    ),
    (
        "en-share-ceiling-wrong",
        "Llama-2-70B in bf16 with TP=8 on H100s (3.35 TB/s each): each GPU reads only its 17.2 GB share, "
        "so decoding is bounded by about 1,550 tok/s.",
        [H, W],
        "194.8",
    ),
    (
        "ru-share-ceiling",
        "Llama-2-70B в bf16 при TP=4 на картах с 2 ТБ/с каждая: каждая карта читает свою долю, 34,5 ГБ, потолок около 58 ток/с.",
        [H, V],
        "",
    ),
    (
        "ru-share-ceiling-wrong",
        "Llama-2-70B в bf16 при TP=4 на картах с 2 ТБ/с каждая: каждая карта читает свою долю, 34,5 ГБ, потолок около 230 ток/с.",
        [H, W],
        "58",
    ),
    # a mixture of experts' `8x7B` is no parameter count: its weights are its config's 46.7B
    ("en-moe-name-no-count", "Mixtral-8x7B in bf16 needs 93.4 GB.", [H], ""),
    ("en-moe-name-wrong", "Mixtral-8x7B in bf16 needs 112 GB.", [W], "93.406"),
    ("ru-moe-name-bound-wrong", "Mixtral-8x7B в bf16 требует не менее 110 ГБ.", [W], "93.406"),
    # bytes each of the count they follow (the active parameters), and a second rate said for its own figure
    ("en-active-each", "For Mixtral-8x7B, 12.9B active parameters at 1 byte each come to 12.9 GB read per token.", [H, H], ""),
    (
        "en-active-each-wrong",
        "For Mixtral-8x7B, 12.9B active parameters at 1 byte each come to 25.8 GB read per token.",
        [H, W],
        "12.9 GB",
    ),
    (
        "ru-second-rate-each",
        "Для Llama-2-7B: 6,74 млрд параметров по 2 байта каждый — 13,5 ГБ, а 4 байта каждый для fp32-копии — ещё 27 ГБ.",
        [H, H, H],
        "",
    ),
    (
        "ru-second-rate-each-wrong",
        "Для Llama-2-7B: 6,74 млрд параметров по 2 байта каждый — 13,5 ГБ, а 4 байта каждый для fp32-копии — ещё 13,5 ГБ.",
        [H, H, W],
        "26.954",
    ),
    # an fp32 master copy with the two moments is 12 bytes per parameter, however it is written
    (
        "en-master-plus-moments",
        "Setting: Llama-3-8B, full fine-tune, AdamW.\n\n3. Adam state (fp32 master + m + v): 96.4 GB.",
        [H],
        "",
    ),
    ("ru-master-and-moments", "Состояния AdamW для Llama-3-8B (fp32-копия весов, m и v): 96,4 ГБ.", [H], ""),
    (
        "en-master-plus-moments-wrong",
        "Setting: Llama-3-8B, full fine-tune, AdamW.\n\n3. Adam state (fp32 master + m + v): 64.2 GB.",
        [W],
        "96.363",
    ),
]


@pytest.mark.parametrize(
    ("text", "groups", "shown"), [c[1:] for c in MISSES_OF_THE_SAME_SHAPES], ids=[c[0] for c in MISSES_OF_THE_SAME_SHAPES]
)
def test_wrong_figures_of_these_shapes_are_found_with_the_right_value(text: str, groups: list[str], shown: str) -> None:
    check_claims(text, groups, shown)


def test_apple_chips_are_in_the_accelerator_catalogue() -> None:
    from vaultkit.claims.catalog import find_gpus

    found = find_gpus("an M3 Max laptop beside an M2 Ultra and an H200")
    assert [(g.name, g.bandwidths) for g in found] == [
        ("M3 Max", (300e9, 400e9)),
        ("M2 Ultra", (800e9,)),
        ("H200", (4.8e12,)),
    ]


BUDGETS = [
    # a cache budget is a capacity, not a size per token of the model above (the tokens it fits are another unit's claim)
    "Llama-3-8B in fp16 needs 128 KiB of KV cache per token.\nA 4 GiB cache budget therefore holds about 32,768 tokens.",
    "Llama-3-8B needs 128 KiB per token in fp16: 4 GiB of cache holds about 32,768 tokens.",
    "Llama-3-8B в fp16: 128 КиБ кэша на токен.\nБюджет в 4 ГиБ вмещает 32 768 токенов.",
]


@pytest.mark.parametrize("text", BUDGETS)
def test_a_cache_budget_is_no_size_per_token(text: str) -> None:
    from vaultkit.claims import Verdict

    claims = note_claims(text)
    assert not [c for c in claims if c.verdict is Verdict.WRONG], [(c.shape, c.explanation) for c in claims]  # type: ignore[attr-defined]
    assert any(c.shape == "kv-cache-per-token" and c.verdict.holds for c in claims)  # type: ignore[attr-defined]


EMBEDDING_MATRIX = [
    # one embedding matrix named before its size in a stated type: vocabulary × hidden size × bytes
    ("en-input-embedding", "Llama-2-7B's input embedding in fp16 is 262 MB.", [H], ""),
    ("ru-input-embedding", "Входной эмбеддинг Qwen2.5-7B в bf16 — 1,09 ГБ.", [H], ""),
    ("en-input-embedding-wrong", "Llama-2-7B's input embedding in fp16 is 524 MB.", [W], "262.144 MB"),
    ("ru-input-embedding-wrong", "Входной эмбеддинг Qwen2.5-7B в bf16 — 2,2 ГБ.", [W], "1.09"),
    # `embeddings` in the plural may be the input and output matrices together: a part, not judged
    ("en-embeddings-plural", "Llama-2-7B's embeddings in fp16 take 524 MB.", [V], ""),
]


@pytest.mark.parametrize(("text", "groups", "shown"), [c[1:] for c in EMBEDDING_MATRIX], ids=[c[0] for c in EMBEDDING_MATRIX])
def test_one_embedding_matrix_is_vocabulary_by_hidden_size(text: str, groups: list[str], shown: str) -> None:
    check_claims(text, groups, shown)


TYPE_OF_ITS_PART = [
    # the one size of a `;` part takes the type said before it there, a parenthesis between (`(1 байт на вес)`) or not
    ("ru-type-in-its-part", "Веса Llama-2-7B в bf16 — 13,5 ГБ; в int8 (1 байт на вес) — 6,7 ГБ.", [H, H], ""),
    ("ru-type-in-its-part-wrong", "Веса Llama-2-7B в bf16 — 13,5 ГБ; в int8 (1 байт на вес) — 20 ГБ.", [H, W], "6.738"),
    (
        "en-type-in-its-part-wrong",
        "Llama-2-7B weights in bf16 are 13.5 GB; in int8 (one byte per weight) they are 20 GB.",
        [H, W],
        "6.738",
    ),
]


@pytest.mark.parametrize(("text", "groups", "shown"), [c[1:] for c in TYPE_OF_ITS_PART], ids=[c[0] for c in TYPE_OF_ITS_PART])
def test_the_type_said_in_a_figures_own_part(text: str, groups: list[str], shown: str) -> None:
    check_claims(text, groups, shown)


PLAIN_TYPE = [
    # a size said to count the type's bytes alone has no slack for quantization scales or wider layers
    ("en-plain-int4", "Llama-2-7B at plain int4, scales ignored, is 3.4 GB.", [H], ""),
    ("ru-plain-int4", "Llama-2-7B в int4 без учёта масштабов — 3,4 ГБ.", [H], ""),
    ("en-plain-int4-wrong", "Llama-2-7B at plain int4, scales ignored, is 4.2 GB.", [W], "3.369"),
    ("ru-plain-int4-wrong", "Llama-2-7B в int4 без учёта масштабов — 4,2 ГБ.", [W], "3.369"),
    # … without those words a 4-bit checkpoint keeps its slack
    ("en-int4-with-slack", "Llama-2-7B in int4 is 4.2 GB.", [H], ""),
]


@pytest.mark.parametrize(("text", "groups", "shown"), [c[1:] for c in PLAIN_TYPE], ids=[c[0] for c in PLAIN_TYPE])
def test_a_plain_type_has_no_slack_for_scales(text: str, groups: list[str], shown: str) -> None:
    check_claims(text, groups, shown)
