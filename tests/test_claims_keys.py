"""Sizes stated as front-matter properties (`kv_per_token_27b: 368 KiB`, `веса_1_5b_bf16: 3,09 ГБ`).

Each case is a note's front matter; the property on the last line before `---` is checked. Values recomputed by hand
from claims-gold facts: Llama-3.1-8B 8.03B params, KV 2 × 32 × 8 × 128 × 2 B = 128 KiB/token; Mistral-7B 7.24B,
Q4_K_M ≈ 4.37 GB; Gemma-2-9B 9.24B (bf16 18.48 GB); Gemma-2-27B 27.23B (fp16 54.45 GB), KV 2 × 46 × 16 × 128 × 2 B =
368 KiB; Qwen2.5-1.5B 1.54B (bf16 3.09 GB), KV 2 × 28 × 2 × 128 × 2 B = 28 KiB; Qwen2.5-0.5B 0.49B (bf16 0.99 GB), KV
2 × 24 × 2 × 64 × 2 B = 12 KiB; Llama-3.2-1B 1.24B (bf16 2.47 GB), KV 2 × 16 × 8 × 64 × 2 B = 32 KiB; Llama-3.2-3B
3.21B (bf16 6.43 GB, Q4_K_M ≈ 2.01 GB); Phi-3-mini KV 2 × 32 × 32 × 96 × 2 B = 384 KiB; Phi-4 14.66B (bf16 29.32 GB);
gpt-oss-120b KV 2 × 36 × 8 × 64 × 2 B = 72 KiB.
"""

from __future__ import annotations

import pytest
from conftest import note_claims

from vaultkit.claims import Verdict
from vaultkit.claims.keys import readable_keys

LLAMA8 = "model: meta-llama/Llama-3.1-8B"
MISTRAL = "model: mistralai/Mistral-7B-v0.1"
GEMMA = "model_family: Gemma 2\nparams_9b: 9,241,705,984"
QWEN_RU = "модель: Qwen/Qwen2.5-1.5B-Instruct\nслоёв: 28"
QWEN_FAMILY = "семейство: Qwen2.5\nконтекст: 32 768"
LLAMA32 = "model_1b: meta-llama/Llama-3.2-1B-Instruct\nmodel_3b: meta-llama/Llama-3.2-3B-Instruct\nlayers_1b: 16"
NO_MODEL = "title: Small models\nstatus: draft"
_ERRORS = (Verdict.WRONG, Verdict.UNIT_CONFUSION)


def _note(head: str, prop: str) -> tuple[str, int]:
    text = f"---\ntitle: sizing\n{head}\n{prop}\n---\n\n# Notes\n\nNothing else is sized here.\n"
    return text, 3 + head.count("\n") + prop.count("\n") + 1


def _claim(head: str, prop: str) -> object | None:
    text, line = _note(head, prop)
    found = [c for c in note_claims(text) if c.line == line]  # type: ignore[attr-defined]
    assert len(found) <= 1, found
    return found[0] if found else None


HOLDS = [
    # (front matter, property, recomputed figure the explanation shows)
    (LLAMA8, "kv_per_token: 128 KiB", "128 KiB"),
    (LLAMA8, "kv_per_token: 128 KiB\nweights_bf16: 16.06 GB", "16.061 GB"),  # no spill: the second is weights
    (MISTRAL, "kv_per_token: 128 KiB\ngguf_q4_k_m: 4.4 GB", "4.368"),
    # the key above names another model: this one, naming none, is the note's
    ("model: google/gemma-2-9b\nmodel_family: Gemma 2", "kv_per_token_27b: 368 KiB\nweights_bf16: 18.5 GB", "18.483"),
    (LLAMA8, "kv_bytes_per_token_bf16: 128 KiB", "128 KiB"),
    (LLAMA8, "checkpoint_fp8: 8.03 GB", "8.03"),
    (LLAMA8, "vram_fp16: 16.1 GB", "16.061 GB"),
    (MISTRAL, "gguf_q4_k_m: 4,43 ГБ", "4.368"),
    (MISTRAL, "mistral_7b_q4km: 4.4 GB", "4.368"),
    (GEMMA, "kv_per_token_27b: 368 KiB", "368 KiB"),
    (GEMMA, "weights_bf16_9b: ~18.5 GB", "18.483"),
    (NO_MODEL, "llama32_1b_bf16: 2.47 GB", "2.472"),
    (NO_MODEL, "phi3_mini_kv_per_token: 384 KiB", "384 KiB"),
    (NO_MODEL, "phi4_bf16: 29.3 GB", "29.319"),
    (MISTRAL + "\nмодель_2: meta-llama/Llama-2-13b-hf", "kv_mistral_на_токен: 128 КиБ", "128 KiB"),
    ("модель: tiiuae/falcon-7b\nсравнить_с: meta-llama/Llama-2-7b-hf", 'llama2_kv_на_токен: "512 КиБ"', "512 KiB"),
    (NO_MODEL, "size_3b_q4km: ≈2.0 GB", "2.012"),  # a size with no family and no model in sight: the sibling unknown
    (LLAMA32, "size_3b_q4km: ~2.0 GB", "2.012"),
    (LLAMA32, "kv_1b_per_token: 32 KiB", "32 KiB"),
    (QWEN_RU, "веса_bf16: 3,09 ГБ", "3.087"),
    (QWEN_RU, 'веса_bf16_гиб: "2,88 ГиБ"', "2.875"),  # quoted, the unit named in the key
    (LLAMA8, "weights_bf16: 16 GB (approx.)", "16.061 GB"),
    (LLAMA8, "weights_bf16_gb: 16.06", "16.061 GB"),  # a bare figure, the unit in the key
    (LLAMA8, "веса_bf16_гиб: 14.96", "14.958 GiB"),
    (LLAMA8, "kv_cache_per_token_kib: 128", "128 KiB"),
    (LLAMA8, "size_on_disk_q4_k_m: about 4.9 GB", "4.9"),
    (QWEN_RU, "kv_на_токен: 28 КиБ", "28 KiB"),
    (QWEN_FAMILY, "веса_0_5b_bf16: 0,99 ГБ", "0.988"),
    (QWEN_FAMILY, "kv_на_токен_0_5b: 12 КиБ", "12 KiB"),
    ("hf_id: openai/gpt-oss-120b\nsibling: openai/gpt-oss-20b", "kv_bytes_per_token: 72 KiB", "72 KiB"),
]


@pytest.mark.parametrize(("head", "prop", "shown"), HOLDS)
def test_a_property_that_holds(head: str, prop: str, shown: str) -> None:
    c = _claim(head, prop)
    if prop.startswith("size_3b") and head == NO_MODEL:
        assert c is None or c.verdict not in _ERRORS  # type: ignore[attr-defined]
        return
    assert c is not None
    assert c.verdict.holds, c.explanation  # type: ignore[attr-defined]
    assert shown in c.explanation  # type: ignore[attr-defined]


WRONG = [
    (LLAMA8, "kv_per_token: 256 KiB", "128 KiB"),
    (LLAMA8, "weights_int4: 8 GB", "4.015"),
    (LLAMA8, "kv_per_token_kib: 256", "128 KiB"),
    (GEMMA, "size_27b_fp16: 27.2 GB", "54.454"),
    (NO_MODEL, "qwen25_1_5b_kv_per_token: 56 KiB", "28 KiB"),
    (QWEN_RU, "kv_на_токен: 56 КиБ", "28 KiB"),
    (LLAMA32, "size_3b_bf16: 3.2 GB", "6.425"),
    (QWEN_FAMILY, "веса_1_5b_fp32: 3,09 ГБ", "6.17"),
    (QWEN_RU, "веса_int8: '3,09 ГБ'", "1.54"),
    ("модель: tiiuae/falcon-7b\nсравнить_с: meta-llama/Llama-2-7b-hf", "llama2_kv_на_токен: 256 КиБ", "512 KiB"),
]


@pytest.mark.parametrize(("head", "prop", "shown"), WRONG)
def test_a_property_that_is_wrong(head: str, prop: str, shown: str) -> None:
    c = _claim(head, prop)
    assert c is not None
    assert c.verdict is Verdict.WRONG, c.explanation  # type: ignore[attr-defined]
    assert shown in c.explanation  # type: ignore[attr-defined]


LOOK_ALIKES = [
    (LLAMA8, "gpu_vram: 24 GB"),
    (LLAMA8, "kv_per_token: 128 KiB\ngpu_vram: 24 GB"),  # no spill into an unread key
    (MISTRAL, "kv_на_токен: 128 КиБ\nkv_окно_макс: 512 МиБ"),  # a cache total below a per-token key: not per token
    (MISTRAL + "\nмодель_2: meta-llama/Llama-2-13b-hf", "kv_13b_на_токен: 800 КиБ\nkv_mistral_на_токен: 128 КиБ"),
    (LLAMA8, "phone_ram: 16 GB"),
    (LLAMA8, "vram_gb: 24"),
    # a count below a key naming another model is not that model's (`phi3_mini_params` under `llama32_3b_bf16`)
    (NO_MODEL, "llama32_3b_bf16: 6.43 GB\nphi3_mini_params: 3.82B"),
    (LLAMA8, "weights_gb: 16"),  # no storage type: which is not said
    (LLAMA8, "layers_bf16: 32"),
    (LLAMA8, "context_window: 131072"),
    (LLAMA8, "price_usd: 1999"),
    (LLAMA8, "date: 2026-01-01"),
    (LLAMA8, "version: 3.1"),
    (LLAMA8, "max_position_embeddings: 131072"),
    (LLAMA8, "mem_bandwidth: 50 GB/s"),
    (LLAMA8, "kv_total_32k: 4 GiB"),
    (NO_MODEL, "total_disk_all_bf16: 22.7 GB"),
    (QWEN_RU, "вес_младшей_bf16: 13,8 ГБ"),
    (NO_MODEL, "smallest_q4km_file: 0.76 GB"),
    # the one type named above is the weights' (fp8), not the cache's: no error from it
    ("model_id: deepseek-ai/DeepSeek-V3\nnative_dtype: fp8 (e4m3)", "mla_cache_per_token: 68.6 KiB"),
]


@pytest.mark.parametrize(("head", "prop"), LOOK_ALIKES)
def test_a_look_alike_is_no_error(head: str, prop: str) -> None:
    c = _claim(head, prop)
    assert c is None or c.verdict not in _ERRORS, c.explanation  # type: ignore[attr-defined]


@pytest.mark.parametrize(
    "prop", ["gpu_vram: 24 GB", "total_disk_all_bf16: 22.7 GB", "вес_младшей_bf16: 13,8 ГБ", "phone_ram: 16 GB"]
)
def test_an_untyped_key_stays_as_it_is(prop: str) -> None:
    text, _ = _note(LLAMA8, prop)
    assert readable_keys(text)[0] == text


def test_the_figure_keeps_its_column() -> None:
    text, line = _note(GEMMA, "kv_per_token_27b: ~368 KiB")
    c = next(c for c in note_claims(text) if c.line == line)  # type: ignore[attr-defined]
    assert c.span == "368 KiB"  # type: ignore[attr-defined]
    assert text.split("\n")[line - 1][c.column - 1 :].startswith("368 KiB")  # type: ignore[attr-defined]


def test_a_crlf_note_is_read() -> None:
    text, line = _note(LLAMA8, "weights_int4: 8 GB")
    c = next(c for c in note_claims(text.replace("\n", "\r\n")) if c.line == line)  # type: ignore[attr-defined]
    assert c.verdict is Verdict.WRONG and "4.015" in c.explanation  # type: ignore[attr-defined]


def test_body_text_is_untouched() -> None:
    text = "No front matter\nkv_per_token: 128 KiB\n"
    assert readable_keys(text)[0] == text
