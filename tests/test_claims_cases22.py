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
from conftest import H, V, W, check_claims

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
