"""More claim cases of our own wording (English and Russian), one group per cause of a miss
found on notes nobody here wrote: each row is a note (or a line), the verdict groups its
claims must come out with, and a fragment every wrong claim's message must show (the right
recomputation). None of these sentences is taken from a corpus."""

from __future__ import annotations

import pytest
from conftest import H, V, W, check_claims, note_claims

from vaultkit.claims import Verdict

# Robustness: a figure whose model is named far before it (more than 80 characters).
ROBUST = [
    (
        "model-named-far-before",
        "For Gemma-2-9B, which we benchmarked last spring on the small cluster for the summarisation bot, "
        "the bf16 checkpoint is 18.5 GB.",
        [H],
        "",
    ),
]


@pytest.mark.parametrize(("text", "groups", "shown"), [c[1:] for c in ROBUST], ids=[c[0] for c in ROBUST])
def test_robust(text: str, groups: list[str], shown: str) -> None:
    check_claims(text, groups, shown)


# Bits and bytes: eight bits to the byte; a figure that continues arithmetic begun before it
# (a product whose first factor is masked as a year) is not judged on its own; a subtraction is
# now evaluated whole by the prose-arithmetic shape.
BITS_AND_BYTES = [
    ("bits-to-bytes", "A SHA-256 digest is 256 bits = 32 bytes.", [H], ""),
    ("bits-to-bytes-wrong", "A SHA-1 digest is 160 bits = 40 bytes.", [W], "recomputed 20"),
    ("hyphen-bit", "Its 64-bit counters = 8 bytes each.", [H], ""),
    ("ru-bits", "Адрес IPv6 — 128 бит = 16 байт.", [H], ""),
    ("subtraction-before", "Payload: 9000 − 28 = 8972 bytes per jumbo frame.", [H], ""),  # now evaluated whole (cases3)
    ("year-like-factor", "A 2048 × 1536 × 4 = 12582912 bytes texture.", [H], ""),
    ("rate-before", "Audio: 48000 frames/s × 6 channels × 3 bytes = 864000 bytes/s.", [], ""),
    ("bold-is-not-product", "**40 GB fp16 → ~120–200 GB as text**", [V], ""),
]


@pytest.mark.parametrize(("text", "groups", "shown"), [c[1:] for c in BITS_AND_BYTES], ids=[c[0] for c in BITS_AND_BYTES])
def test_bits_and_bytes(text: str, groups: list[str], shown: str) -> None:
    check_claims(text, groups, shown)


def test_byte_table_cell_is_bytes_not_billions() -> None:
    text = "| n | bytes | SI |\n|---|---|---|\n| 9 | 512 B | 0.512 kB |\n"
    assert all(c.verdict.group != W for c in note_claims(text))  # type: ignore[attr-defined]


def test_code_comment_opening_with_the_printed_number() -> None:
    text = "```python\nprint(2**40 / 10**12)  # 1.099511627776  (TB in a 1 TiB drive)\nprint(3 * 7)  # Output: 21\n```\n"
    claims = note_claims(text)
    assert [c.verdict for c in claims] == [Verdict.HOLDS, Verdict.HOLDS], [c.explanation for c in claims]  # type: ignore[attr-defined]


# A size said of a model named elsewhere: earlier on the line, or in the note's properties; a
# figure of something else in the same sentence (a runtime overhead) is not read as the model.
CONTEXT_MODEL = [
    ("earlier-sentence", "Gemma-2-2B is small. In bf16 the same model is 5.2 GB.", [H], ""),
    ("earlier-sentence-wrong", "Gemma-2-2B is small. In fp32 the model is 5.2 GB.", [W], "10.457 GB"),
    ("properties", "---\nmodel: google/gemma-2-9b-it\n---\nThe int8 checkpoint is 9.2 GB.\n", [H], ""),
    ("properties-ru", "---\nmodel: Qwen/Qwen2.5-3B\n---\nВ fp16 модель весит 3,1 ГБ.\n", [W], "6.172 GB"),
    (
        "properties-overhead-not-model",
        "---\nmodel: Qwen/Qwen2.5-3B\ndtype: bf16\n---\nLoaded, the weights take 6.2 GB (plus the runtime, ~0.4 GiB).\n",
        [H],
        "",
    ),
    ("hardware-after-name", "We rented an H100 80GB for the 7B model in bf16.", [], ""),
]


@pytest.mark.parametrize(("text", "groups", "shown"), [c[1:] for c in CONTEXT_MODEL], ids=[c[0] for c in CONTEXT_MODEL])
def test_model_from_context(text: str, groups: list[str], shown: str) -> None:
    check_claims(text, groups, shown)


def test_percent_claim_states_its_figure() -> None:
    (c,) = note_claims("Moving from bf16 to int4 saves 75 % of the memory.")
    assert c.verdict.holds and "75" in c.stated  # type: ignore[attr-defined]


# KV cache figures: the model from the section heading, the kind from a section or line about
# the cache when the sentence gives a context, batch or sequence; `per token` before the figure;
# a KV cache is never stored as a GGUF file type; `8k`/`16k` contexts.
KV_CASES = [
    (
        "heading-model-and-kv-section",
        "## KV cache of Qwen2.5-1.5B\n\nEach token costs 28 KiB in fp16.\n\nA batch of 4 at 16k needs 1.75 GiB.\n",
        [H, H],
        "",
    ),
    (
        "heading-kv-wrong",
        "## KV cache of Qwen2.5-1.5B\n\nA batch of 4 at 16k needs 7 GiB.\n",
        [W],
        "1.75 GiB",
    ),
    ("ru-per-token-before", "Для Gemma-2-2B на токен нужно 104 КиБ в bf16; при контексте 8192 это 832 МиБ.", [H, H], ""),
    (
        "kv-dtype-not-gguf",
        "Qwen2.5-1.5B keeps 28 KiB of fp16 KV cache per token, so a 4096-token context adds 112 MiB to the Q4_K_M weights.",
        [H, H],
        "",
    ),
    ("hyphen-is-not-doubling", "We use the double-quantised nf4 variant of Llama-2-7B, not fp32.", [], ""),
    ("rounded-left-of-equals", "Gemma-2-27B in bf16 (54.5 GB = 50.7 GiB) needs two cards.", [H, H], ""),
    ("one-number-is-not-a-size", "A group of 64 weights = 34 bytes of storage.", [], ""),
    ("squared", "Attention: 4 × 2048² = 16 777 216 parameters per layer.", [H], ""),
    ("per-param-recipe", "With plain fp32 Adam (4 + 4 + 8 = 16 bytes/param) Gemma-2-2B needs 41.8 GB.", [H, H], ""),
    ("per-param-recipe-wrong", "With 12 bytes/param Qwen2.5-3B needs 18.5 GB of states.", [W], "37.031 GB"),
    ("active-before-count", "Mixtral-8x7B reads only the active 12.9B parameters per token.", [H], ""),
]


@pytest.mark.parametrize(("text", "groups", "shown"), [c[1:] for c in KV_CASES], ids=[c[0] for c in KV_CASES])
def test_kv_and_per_param(text: str, groups: list[str], shown: str) -> None:
    check_claims(text, groups, shown)


# The subject of the previous sentence, not the last model it names; `never exceeds` is a bound.
SUBJECT_CASES = [
    (
        "subject-is-first-model",
        "Mistral-7B-v0.1 has the shape of Llama-3-8B but a 4096-token sliding window. "
        "Its KV cache never exceeds 512 MiB per sequence, even at 16k.",
        [H],
        "",
    ),
    ("ru-not-exceeds", "У Mistral-7B-v0.1 KV-кэш при контексте 16384 не превышает 600 МиБ.", [H], ""),
    ("numbers-between-are-not-a-conversion", "In fp8 (8.0 GB = 7.5 GiB) the 8B model fits one 24 GiB RTX 4090.", [H], ""),
]


@pytest.mark.parametrize(("text", "groups", "shown"), [c[1:] for c in SUBJECT_CASES], ids=[c[0] for c in SUBJECT_CASES])
def test_subject_and_bounds(text: str, groups: list[str], shown: str) -> None:
    check_claims(text, groups, shown)
