"""Cache totals whose key names their context (and batch), and Dataview size fields of a note's body.

`kv_at_128k: 16 GiB`, `kv_cache_8k_bs16`, `kv_2048_батч_64`, `кэш_на_32k` read as `KV cache of <model> at a
131,072-token context (batch 16)`; `- kv_at_32k:: 4 GiB` under `## Qwen2.5-7B-Instruct` read the same way with the
section's model. Values recomputed by hand from claims-gold facts (KV per token = 2 × layers × KV heads × head dim ×
2 B): Llama-3.1-8B 2 × 32 × 8 × 128 × 2 = 128 KiB, so 16 GiB at 131,072 tokens, 4 GiB at 32,768, 0.5 GiB at 4,096,
16 GiB at 8,192 × batch 16, 2 GiB at 32,768 in fp8; Falcon-7B 2 × 32 × 1 × 64 × 2 = 8 KiB, so 1 GiB at 2,048 × 64;
Llama-2-7B 512 KiB, so 2 GiB at 4,096; Qwen2.5-1.5B 28 KiB, so 896 MiB at 32,768; Llama-3.2-1B 32 KiB, so 4 GiB at
131,072; Llama-3.2-3B 112 KiB, so 14 GiB at 131,072; Qwen2.5-7B 56 KiB, so 1.75 GiB at 32,768. Weights: Qwen2.5-1.5B
1.54B × 2 B = 3.087 GB; Llama-3.1-8B 8.03B × 0.5 B = 4.015 GB.
"""

from __future__ import annotations

import pytest
from conftest import note_claims

from vaultkit.claims import Verdict
from vaultkit.claims.keys import readable_keys

LLAMA8 = "model: meta-llama/Llama-3.1-8B"
FALCON = "модель: tiiuae/falcon-7b\nсравнить_с: meta-llama/Llama-2-7b-hf"
QWEN_RU = "модель: Qwen/Qwen2.5-1.5B-Instruct\nслоёв: 28"
LLAMA32 = "model_1b: meta-llama/Llama-3.2-1B-Instruct\nmodel_3b: meta-llama/Llama-3.2-3B-Instruct\nlayers_1b: 16"
NO_MODEL = "title: Small models\nstatus: draft"
_ERRORS = (Verdict.WRONG, Verdict.UNIT_CONFUSION)


def _note(head: str, prop: str) -> tuple[str, int]:
    text = f"---\ntitle: sizing\n{head}\n{prop}\n---\n\n# Notes\n\nNothing else is sized here.\n"
    return text, 3 + head.count("\n") + prop.count("\n") + 1


def _claims_on(text: str, line: int) -> list[object]:
    found = [c for c in note_claims(text) if c.line == line]  # type: ignore[attr-defined]
    assert len(found) <= 1, found
    return found


def _claim(head: str, prop: str) -> object | None:
    found = _claims_on(*_note(head, prop))
    return found[0] if found else None


HOLDS = [
    # (front matter, property, recomputed figure the explanation shows)
    (LLAMA8, "kv_at_128k: 16 GiB", "16 GiB"),
    (LLAMA8, "kv_at_128K: ~16 GiB", "16 GiB"),
    (LLAMA8, "kv_32k: 4 GiB", "4 GiB"),
    (LLAMA8, "kv_cache_8k_bs16: 16 GiB", "16 GiB"),
    (LLAMA8, "kv_batch_16_ctx_8k: 16 GiB", "16 GiB"),
    (LLAMA8, "kv_ctx_4096: 0.5 GiB", "0.5 GiB"),
    (LLAMA8, "kv_fp8_at_32k: 2 GiB", "2 GiB"),
    (LLAMA8, "kv_total_32k: about 4 GiB", "4 GiB"),
    (LLAMA8, "kv_2048_tokens: 256 MiB", "256 MiB"),
    (LLAMA8, "kv_at_128k_gb: 17.2", "17.18 GB"),  # the unit in the key
    (FALCON, 'kv_2048_батч_64: "1 ГиБ"', "1 GiB"),
    (FALCON, "kv_2048_токенов: 16 МиБ", "16 MiB"),
    (FALCON, 'llama2_kv_4096: "2 ГиБ"', "2 GiB"),
    (QWEN_RU, "кэш_на_32k: 896 МиБ", "896 MiB"),
    (NO_MODEL, "qwen25_1_5b_kv_32k: 896 MiB", "896 MiB"),
    (LLAMA32, "kv_1b_at_128k: 4 GiB", "4 GiB"),
    (LLAMA8, "kv_32k_per_seq: 4 GiB", "4 GiB"),  # one sequence: batch 1
    (LLAMA8, "kv_8k_32_users: 32 GiB", "32 GiB"),
    (QWEN_RU, "кэш_8k_на_запрос: 224 МиБ", "224 MiB"),
    (LLAMA8, "kv_fp16_4096: 512 MiB", "512 MiB"),  # the type between the cache word and the context
    (LLAMA8, "kv_cache_gib_4096: 0.5", "0.5 GiB"),
]


@pytest.mark.parametrize(("head", "prop", "shown"), HOLDS)
def test_a_cache_total_that_holds(head: str, prop: str, shown: str) -> None:
    c = _claim(head, prop)
    assert c is not None
    assert c.verdict.holds, c.explanation  # type: ignore[attr-defined]
    assert shown in c.explanation  # type: ignore[attr-defined]


WRONG = [
    (LLAMA8, "kv_at_128k: 32 GiB", "16 GiB"),
    (LLAMA8, "kv_cache_8k_bs16: 4 GiB", "16 GiB"),
    (LLAMA8, "kv_fp8_at_32k: 4 GiB", "2 GiB"),
    (LLAMA8, "kv_ctx_4096: 4 GiB", "0.5 GiB"),
    (FALCON, 'kv_2048_батч_64: "2 ГиБ"', "1 GiB"),
    (FALCON, 'llama2_kv_4096: "4 ГиБ"', "2 GiB"),
    (QWEN_RU, "кэш_на_32k: 3,5 ГиБ", "0.875 GiB"),
    (LLAMA32, "kv_3b_at_128k: 28 GiB", "14 GiB"),
    (LLAMA8, "kv_8k_32_users: 8 GiB", "32 GiB"),
    (FALCON, "кэш_4096_64_пользователя: 4 ГиБ", "2 GiB"),
]


@pytest.mark.parametrize(("head", "prop", "shown"), WRONG)
def test_a_cache_total_that_is_wrong(head: str, prop: str, shown: str) -> None:
    c = _claim(head, prop)
    assert c is not None
    assert c.verdict is Verdict.WRONG, c.explanation  # type: ignore[attr-defined]
    assert shown in c.explanation  # type: ignore[attr-defined]


LOOK_ALIKES = [
    (LLAMA8, "kv_at_ctx: 1 GiB"),  # a context word, no figure
    (LLAMA8, "kv_max: 8 GiB"),
    (LLAMA8, "kv_budget: 8 GiB"),
    (FALCON, "кэш_батч_8: 12 ГиБ"),  # a batch of no context
    (LLAMA8, "kv_per_token_32k: 256 KiB"),  # per token at a context: not one size
    (LLAMA8, "kv_128: 2 GiB"),  # a number too small for a context
    (LLAMA8, "kv_32k_64k: 2 GiB"),  # two contexts
    (LLAMA8, "gguf_q4_k_m_32k: 2 GiB"),
    (LLAMA8, "max_tokens: 4096"),
    (LLAMA8, "context: 32k"),
    (LLAMA8, "price_usd: 1200"),
    (LLAMA8, "weights_32k: 2 GiB"),  # a context of no cache
    (LLAMA8, "kv_per_gpu_32k: 1 GiB"),  # a share: not read
    (LLAMA8, "kv_per_seq: 1 GiB"),
    (LLAMA8, "kv_32k_per_seq_bs8: 1 GiB"),
    # a key naming no model under one naming a model, the note's model not a property: not that model's
    (NO_MODEL, "llama32_1b_kv_32k: 1 GiB\nkv_32k: 4 GiB"),
    (NO_MODEL, "llama32_1b_kv_per_token: 32 KiB\nkv_per_token: 128 KiB"),
]


@pytest.mark.parametrize(("head", "prop"), LOOK_ALIKES)
def test_a_look_alike_is_no_error(head: str, prop: str) -> None:
    c = _claim(head, prop)
    assert c is None or c.verdict not in _ERRORS, c.explanation  # type: ignore[attr-defined]


def test_an_unread_key_below_a_total_is_not_its_sentence() -> None:
    text, line = _note(FALCON, 'kv_2048_батч_64: "1 ГиБ"\nобучение_16_байт: "55,4 ГБ"')
    c = _claims_on(text, line - 1)
    assert c and c[0].shape == "kv-cache" and c[0].verdict.holds, c  # type: ignore[attr-defined]


# Dataview fields of the body: (the body, the field's line in it counted from 1, verdict, recomputed figure)
_LLAMA_REC = "## Llama-3.1-8B\n- params:: 8.03B\n"
_QWEN_REC = "## Qwen2.5-1.5B\nмодель:: [[Qwen/Qwen2.5-1.5B-Instruct]]\n"
_TWO = "## Llama-3.2-1B-Instruct\n- kv_per_token:: 32 KiB\n\n## Llama-3.2-3B-Instruct\n"
BODY = [
    (_LLAMA_REC + "- kv_at_128k:: 16 GiB", 3, "holds", "16 GiB"),
    (_LLAMA_REC + "- kv_at_128k:: 32 GiB", 3, "wrong", "16 GiB"),
    (_LLAMA_REC + "kv_cache_8k_bs16:: 4 GiB", 3, "wrong", "16 GiB"),
    (_LLAMA_REC + "- weights_int4:: 8 GB", 3, "wrong", "4.015"),
    (_QWEN_REC + "кэш_на_32k:: 896 МиБ", 3, "holds", "896 MiB"),
    (_QWEN_REC + "веса_bf16:: 3,09 ГБ", 3, "holds", "3.087"),
    (_QWEN_REC + "- кэш_на_32k:: 3,5 ГиБ", 3, "wrong", "0.875 GiB"),
    (_TWO + "- kv_at_128k:: 14 GiB", 5, "holds", "14 GiB"),  # the nearest section's model, not the first's
    (_TWO + "- kv_at_128k:: 28 GiB", 5, "wrong", "14 GiB"),
    ("## Qwen2.5-7B-Instruct\n- params:: 7.62B\n- kv_at_32k:: 3.5 GiB", 3, "wrong", "1.75 GiB"),
    ("## Inventory\n\nmodel:: [[meta-llama/Llama-3.1-8B]]\nkv_fp8_at_32k:: 2 GiB", 4, "holds", "2 GiB"),
]


@pytest.mark.parametrize(("body", "line", "verdict", "shown"), BODY)
def test_a_body_field(body: str, line: int, verdict: str, shown: str) -> None:
    for head in ("---\ntitle: models\n---\n", ""):  # with front matter and without
        text = head + body + "\n"
        found = _claims_on(text, line + head.count("\n"))
        assert found, readable_keys(text)[0]
        c = found[0]
        assert c.verdict.holds if verdict == "holds" else c.verdict is Verdict.WRONG, c.explanation  # type: ignore[attr-defined]
        assert shown in c.explanation  # type: ignore[attr-defined]


BODY_LOOK_ALIKES = [
    _LLAMA_REC + "```\nkv_at_128k:: 32 GiB\n```",  # a code block
    _LLAMA_REC + "~~~yaml\n- kv_at_128k:: 32 GiB\n~~~",
    "## Notes\n- kv_at_32k:: 8 GiB",  # no model in sight
    "## Llama-3.2-1B vs Llama-3.2-3B\n- kv_at_128k:: 9 GiB",  # two models: which is not said
    _LLAMA_REC + "- price_usd:: 1200\n- max_tokens:: 4096\n- context:: 32k\n- gpu_vram:: 24 GB\n- downloaded:: 2026-10-14",
    _LLAMA_REC + "The cache is large [kv_at_128k:: 9 GiB] here.",
    _LLAMA_REC + "- dtype:: int8\n- kv_at_32k:: 1 GiB",  # the record's type is the weights': the cache's is not said
    "## Llama-3.1-8B\nmodel:: [[some-org/unknown-model]]\n- kv_at_32k:: 9 GiB",  # the record names no known model
    _LLAMA_REC + "- kv_at_ctx:: 9 GiB\n- кэш_батч_8:: 1 ГиБ",
    "---\nmodel: meta-llama/Llama-3.1-8B\n---\n## Mine\nname:: my-finetune-v3\n- kv_at_32k:: 9 GiB",  # not the note's
]


@pytest.mark.parametrize("body", BODY_LOOK_ALIKES)
def test_a_body_look_alike_is_no_error(body: str) -> None:
    text = ("" if body.startswith("---") else "---\ntitle: models\n---\n") + body + "\n"
    for c in note_claims(text):
        assert c.verdict not in _ERRORS, (c.line, c.explanation)  # type: ignore[attr-defined]


def test_a_code_block_is_untouched() -> None:
    text = "## Llama-3.1-8B\n```\nkv_at_128k:: 32 GiB\nweights_int4:: 8 GB\n```\n"
    assert readable_keys(text)[0] == text


def test_an_untyped_body_field_stays_as_it_is() -> None:
    text = "## Llama-3.1-8B\n- gpu_vram:: 24 GB\n- vram:: 16.1 GB\nprice_usd:: 1200\n"
    assert readable_keys(text)[0] == text


def test_the_body_figure_keeps_its_column() -> None:
    text = "---\ntitle: models\n---\n## Llama-3.1-8B\n  - kv_at_128k:: ~32 GiB\n"
    c = next(c for c in note_claims(text) if c.line == 5)  # type: ignore[attr-defined]
    assert c.span == "32 GiB"  # type: ignore[attr-defined]
    assert text.split("\n")[4][c.column - 1 :].startswith("32 GiB")  # type: ignore[attr-defined]


def test_the_front_figure_keeps_its_column() -> None:
    text, line = _note(LLAMA8, "kv_cache_8k_bs16: ~4 GiB")
    c = next(c for c in note_claims(text) if c.line == line)  # type: ignore[attr-defined]
    assert c.span == "4 GiB"  # type: ignore[attr-defined]
    assert text.split("\n")[line - 1][c.column - 1 :].startswith("4 GiB")  # type: ignore[attr-defined]


@pytest.mark.parametrize(
    "props", ["llama32_1b_kv_32k: 1 GiB\nkv_32k: 4 GiB", "llama32_1b_kv_per_token: 32 KiB\nkv_per_token: 128 KiB"]
)
def test_a_key_of_no_model_takes_no_model_from_the_key_above(props: str) -> None:
    text = f"---\ntitle: t\n{props}\n---\n\n# Llama 3.1 8B notes\n\nWe serve Llama 3.1 8B here.\n"
    for c in note_claims(text):
        assert c.verdict not in _ERRORS, (c.line, c.explanation)  # type: ignore[attr-defined]
