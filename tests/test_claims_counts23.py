"""Claim cases of our own wording for an embedding table's parameters, the model less its tables, and a table's share.

The table is vocab × hidden of the model the sentence (else the note) is about: once for one table or a tied model,
twice for both tables of an untied one. Figures (claims-gold §1.6):
Llama-3-8B 128,256 × 4096 = 525,336,576 (both 1,050,673,152; total 8,030,261,248, less both tables 6,979,588,096);
Llama-3.2-1B (tied) 128,256 × 2048 = 262,668,288 of 1,235,814,400 = 21.25 %;
Qwen2.5-7B 152,064 × 3584 = 544,997,376 (both 1,089,994,752 = 14.31 % of 7,615,616,512);
Gemma-2-2B (tied) 256,000 × 2304 = 589,824,000 = 22.56 % of 2,614,341,888;
Llama-2-7B 32,000 × 4096 = 131,072,000 (both 262,144,000 = 3.89 % of 6,738,415,616);
Mistral-7B 131,072,000 per table, 262,144,000 both.
"""

from __future__ import annotations

import pytest
from conftest import H, V, W, check_claims, note_claims

from vaultkit.claims import Verdict

TABLE_CASES = [
    ("en-each-and-both", "Llama-3-8B keeps 525M parameters in each embedding matrix and 1.05B in both.\n", [H, H], ""),
    (
        "en-tied-single-wrong",
        "In Llama-3.2-1B (tied) the embedding table alone holds 525M parameters.\n",
        [W],
        "262,668,288",
    ),
    ("ru-together-hedged", "У Qwen2.5-7B эмбеддинги вместе с выходной головой — около 1,09 млрд параметров.\n", [H], ""),
    ("ru-less-tables-wrong", "Без эмбеддингов у Llama-3-8B остаётся 7,5 млрд параметров.\n", [W], "6,979,588,096"),
    ("en-outside-holds", "Llama-3-8B has about 6.98B parameters outside the embeddings.\n", [H], ""),
    (
        "en-share-of-wrong-part-holds",
        "Gemma-2-2B (tied): the single embedding table holds 1.18B parameters, about 22.6 % of the model.\n",
        [W, H],
        "589,824,000",
    ),
    ("en-two-tables-share-wrong", "For Llama-2-7B the two embedding tables are 7.8 % of the model.\n", [W], "3.89"),
    (
        "en-subject-above",
        "## Llama-3.2-1B\n\nThe model ties its embedding table to the output head."
        " That table has 262.7M parameters, 21 % of the total.\n",
        [H, H],
        "",
    ),
    (
        "en-hedged-untied",
        "Mistral-7B: ≈ 131M parameters per embedding matrix (untied), ≈ 262M for input plus output.\n",
        [H, H],
        "",
    ),
    (
        "ru-share-of-stated-whole",
        "Qwen2.5-7B (эмбеддинги не связаны): обе таблицы — 1,09 млрд, это 7,2 % от 7,62 млрд.\n",
        [H, W, H],
        "14.3",
    ),
    (
        "en-plus-head-share-wrong",
        "Llama-3-8B (untied): 525.3M per table, so embedding + lm_head are 1.05B, 26 % of the model.\n",
        [H, H, W],
        "13.08",
    ),
    (
        "ru-embeddings-plus-head-product",
        "Словарь 128 256 × 4096 = 525 336 576 на матрицу эмбеддингов Llama-3-8B; эмбеддинги + lm_head = 1,05 млрд.\n",
        [H, H],
        "",
    ),
    (
        "en-share-after-both",
        "Llama-3-8B: 525M per matrix, 1.05B for both; embeddings are therefore 13 % of the model.\n",
        [H, H, H],
        "",
    ),
]


@pytest.mark.parametrize(("text", "groups", "shown"), [c[1:] for c in TABLE_CASES], ids=[c[0] for c in TABLE_CASES])
def test_an_embedding_table_and_its_share(text: str, groups: list[str], shown: str) -> None:
    check_claims(text, groups, shown)


# Not a table's count or share: a hypothetical untying, another part of the model, a vocabulary size.
NOT_TABLE_CASES = [
    ("en-if-untied", "If Llama-3.2-1B untied its embeddings, it would add 263M parameters.\n"),
    ("en-attention-part", "The attention layers of Llama-3-8B hold 1.34B parameters, unlike the embeddings.\n"),
    ("en-vocab-size", "Llama-3-8B has a 128,256-token vocabulary and an embedding width of 4096.\n"),
    ("property-under-other-model", "models:\n  llama_3_8b:\n    tied: false\n  llama_3_2_1b:\n    embedding_params: 525M\n"),
    ("ru-lora-trainable", "LoRA на Llama-3-8B с несвязанными эмбеддингами обучает 3,4 млн параметров.\n"),
]


@pytest.mark.parametrize("text", [c[1] for c in NOT_TABLE_CASES], ids=[c[0] for c in NOT_TABLE_CASES])
def test_not_a_table_claim(text: str) -> None:
    claims = note_claims(text)
    assert not [c for c in claims if c.shape.startswith("embedding")], claims  # type: ignore[attr-defined]
    assert not [c for c in claims if c.verdict is Verdict.WRONG], claims  # type: ignore[attr-defined]


# LoRA trainable parameters: r · (d_in + d_out) per adapted matrix × layers. An MoE model's attention is dense (its
# q/k/v/o are adapted as a dense model's); a sentence with its own rank (`with r = 64 it would be …`) counts the
# matrices said above at its own rank. Mixtral-8x7B r = 16 on q, k, v, o: 16 · (8192 + 5120 + 5120 + 8192) = 425,984 ×
# 32 = 13,631,488. Llama-2-7B r = 8 on q, v: 8 · (8192 + 8192) × 32 = 4,194,304; at r = 64: 33,554,432.
_L2_ABOVE_EN = "## Llama-2-7B LoRA\n\nLoRA r = 8 on q_proj and v_proj of Llama-2-7B: 4.19M trainable parameters.\n"
_L2_ABOVE_RU = "## LoRA\n\nLoRA r = 8 на q_proj и v_proj у Llama-2-7B: 4,19 млн обучаемых параметров.\n"
LORA_CASES = [
    ("moe-attention-holds", "Mixtral-8x7B: LoRA r = 16 on q, k, v, o trains 13.6M parameters.\n", [H], ""),
    ("moe-attention-wrong", "Mixtral-8x7B: LoRA r = 16 on q, k, v, o trains 27.3M parameters.\n", [W], "13,631,488"),
    ("own-rank-holds", _L2_ABOVE_EN + "With r = 64 on Llama-2-7B it would be 33.5M parameters.\n", [H, H], ""),
    ("own-rank-wrong", _L2_ABOVE_EN + "With r = 64 on Llama-2-7B it would be 8.4M parameters.\n", [H, W], "33,554,432"),
    ("ru-own-rank-wrong", _L2_ABOVE_RU + "При r = 64 у Llama-2-7B было бы 16,8 млн параметров.\n", [H, W], "33,554,432"),
    ("ru-own-rank-holds-hedged", _L2_ABOVE_RU + "При r = 64 у Llama-2-7B было бы около 33,6 млн параметров.\n", [H, H], ""),
]


@pytest.mark.parametrize(("text", "groups", "shown"), [c[1:] for c in LORA_CASES], ids=[c[0] for c in LORA_CASES])
def test_lora_trainable_counts(text: str, groups: list[str], shown: str) -> None:
    check_claims(text, groups, shown)


NOT_LORA_CASES = [
    ("moe-experts", "LoRA r = 16 on gate, up and down of Mixtral-8x7B trains 100M parameters.\n"),
    ("process-rank", "On Llama-2-7B, DDP rank 0 on node 2 holds 8.4M parameters of the embeddings.\n"),
    ("two-ranks", _L2_ABOVE_EN + "r = 64 trains 4× as many parameters as r = 16 on Llama-2-7B, 20M.\n"),
]


@pytest.mark.parametrize("text", [c[1] for c in NOT_LORA_CASES], ids=[c[0] for c in NOT_LORA_CASES])
def test_not_a_lora_count(text: str) -> None:
    claims = note_claims(text)
    assert not [c for c in claims if c.verdict is Verdict.WRONG], claims  # type: ignore[attr-defined]


# The parts of a mixture-of-experts model: its experts (MoE layers × experts × one expert's MLP), one expert of one
# layer, the rest (the total less the experts), the active count. Mixtral-8x22B: 56 × 8 × 301,989,888 =
# 135,291,469,824 in the experts, 5,329,164,288 the rest, 39,152,031,744 active of 140,620,634,112 (27.84 %).
# Mixtral-8x7B: one expert 3 × 4096 × 14336 = 176,160,768; the rest 1,605,636,096. gpt-oss-20b: 24 × 32 × 24,891,840
# = 19,116,933,120 in the experts.
MOE_CASES = [
    ("ru-rest", "У Mixtral-8x22B всё остальное, кроме экспертов, — 5,3 млрд.\n", [H], ""),
    ("ru-rest-wrong", "У Mixtral-8x22B всё остальное, кроме экспертов, — 10,6 млрд параметров.\n", [W], "5,329,164,288"),
    ("en-one-expert", "In Mixtral-8x7B one expert of one layer has 176M parameters.\n", [H], ""),
    ("en-one-expert-wrong", "In Mixtral-8x7B one expert of one layer has 352M parameters.\n", [W], "176,160,768"),
    ("en-non-expert", "Mixtral-8x7B's non-expert part (attention, embeddings, norms) is about 1.6B parameters.\n", [H], ""),
    ("en-active-heading", "## Mixtral-8x22B\n\nActive per token: 39.2B parameters.\n", [H], ""),
    ("ru-share-of-overall", "## Mixtral-8x22B\n\nАктивных на токен — 39,2 млрд, т. е. около 28 % от общего числа.\n", [H, H], ""),
    # all the experts' count is left to the sized unit, which calls it a part (unverifiable)
    ("ru-expert-matrices", "Матрицы экспертов gpt-oss-20b — 19,1 млрд параметров.\n", [V], ""),
]


@pytest.mark.parametrize(("text", "groups", "shown"), [c[1:] for c in MOE_CASES], ids=[c[0] for c in MOE_CASES])
def test_moe_parts(text: str, groups: list[str], shown: str) -> None:
    check_claims(text, groups, shown)


NOT_MOE_CASES = [
    ("routing", "Mixtral-8x7B routes each token to 2 of 8 experts.\n"),
    ("hypothetical", "If Mixtral-8x7B had 16 experts, it would have 90B parameters.\n"),
    ("dense", "Llama-3-8B has no experts: all 8.03B parameters are active.\n"),
    ("tokens", "Mixtral-8x7B's experts were trained on 8T tokens.\n"),
]


@pytest.mark.parametrize("text", [c[1] for c in NOT_MOE_CASES], ids=[c[0] for c in NOT_MOE_CASES])
def test_not_a_moe_part(text: str) -> None:
    claims = note_claims(text)
    assert not [c for c in claims if c.shape == "moe-params" and c.verdict is Verdict.WRONG], claims  # type: ignore[attr-defined]


# A sentence that names no model, in a note that names one catalogued model only (its title): the adapter's count and its
# share are that model's when they match it; a share that misses it is unverifiable (the sentence names none).
# Llama-2-7B r = 8 on q, v: 4,194,304 of 6,738,415,616 = 0.0622 %.
_TITLED = "---\ntitle: Fine-tuning Llama-2-7B on one card\n---\n## LoRA\n\n"
NOTE_MODEL_CASES = [
    ("en-share-holds", _TITLED + "r = 8 on q_proj and v_proj: 4.19M trainable parameters, 0.06 % of the model.\n", [H, H]),
    ("en-share-off", _TITLED + "r = 8 on q_proj and v_proj: 4.19M trainable parameters, 0.6 % of the model.\n", [H, V]),
    ("ru-share-holds", _TITLED + "r = 8, на q_proj и v_proj: обучаемых 4,19 млн параметров, это 0,06 % модели.\n", [H, H]),
]


@pytest.mark.parametrize(("text", "groups"), [c[1:] for c in NOTE_MODEL_CASES], ids=[c[0] for c in NOTE_MODEL_CASES])
def test_the_notes_one_model(text: str, groups: list[str]) -> None:
    check_claims(text, groups, "")
