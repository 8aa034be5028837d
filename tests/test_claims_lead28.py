"""Claim cases of our own wording for the twenty-eighth round's lead rules (two reviewers' right statements, stop 38).

Facts (claims-gold): Llama-3-8B 8,030,261,248 params, 32 layers, 8 KV heads, head dim 128: 16.06 GB in bf16, 128 KiB of
fp16 cache per token; Llama-3-70B 70,553,706,496 params (141.11 GB in bf16); Llama-2-7B 6,738,415,616 (13.48 GB in
fp16, 32 layers × 32 heads: 512 KiB per token); Llama-2-13B 13,015,864,320 (26.03 GB in fp16, 13.02 GB in fp8);
Llama-2-70B 68,976,648,192 (137.95 GB in bf16); Qwen2.5-7B 28 layers, 4 KV heads: 56 KiB per token.
"""

from __future__ import annotations

import pytest
from conftest import H, V, W, check_claims


def _case(c: object) -> object:
    values, marks = (c.values, c.marks) if hasattr(c, "marks") else (c, ())  # type: ignore[attr-defined]
    return pytest.param(*values[1:], id=values[0], marks=marks)  # type: ignore[index]


# A rate per parameter is the model's whose role or name it follows: the other model of the sentence keeps its own type.
SUBJECT_CASES = [
    (
        "en-frozen-teacher-keeps-its-type",
        "The teacher Llama-3-70B stays in bf16 at 141.1 GB; the student Llama-3-8B trains at 16 bytes per param: 128.5 GB.\n",
        [H, H],
        "",
    ),
    (
        "en-frozen-teacher-wrong",
        "The teacher Llama-3-70B stays in bf16 at 70.6 GB; the student Llama-3-8B trains at 16 bytes per param: 128.5 GB.\n",
        [W, H],
        "141.107 GB",
    ),
    (
        "ru-policy-then-reference",
        "Политика Llama-2-13B по 16 байт на параметр — 208,3 ГБ, референс Llama-2-13B в fp8 — 13,0 ГБ.\n",
        [H, H],
        "",
    ),
    (
        "en-reference-after-plus",
        "For DPO, Llama-2-13B as policy takes 208.3 GB (16 B/param) + as reference 13 GB (fp8) = 221.3 GB.\n",
        [H, H, V],
        "",
    ),
    ("en-rate-before-any-model", "At 16 bytes per parameter, Llama-3-8B needs 128.5 GB.\n", [H], ""),
    ("en-rate-before-any-model-wrong", "At 16 bytes per parameter, Llama-3-8B needs 64 GB.\n", [W], "128.484 GB"),
]

# A plain type said of the model and its weights' size, in another clause than the cache's figure, may be the weights'.
WEIGHTS_TYPE_CASES = [
    (
        "en-int8-weights-fp16-cache",
        "We moved Llama-3-8B to int8 (8.03 GB); the cache stays at 128 KiB/token, 4 GiB for 32K tokens.\n",
        [H, H, V],  # (the total is read in both types: ambiguous, never wrong)
        "",
    ),
    (
        "ru-int8-weights-fp16-cache",
        "Llama-2-7B в int8 (6,74 ГБ); кэш по-прежнему 512 КиБ на токен, 2 ГиБ на 4096 токенов.\n",
        [H, H, V],
        "",
    ),
    (
        "en-int8-cache-said",
        "Llama-3-8B in int8 (8.03 GB); its int8 KV cache is 64 KiB per token.\n",
        [H, H],
        "",
    ),
    ("en-int8-weights-cache-wrong", "Llama-3-8B int8 (8.03 GB); KV drops to 32 KiB/token.\n", [H, W], "64 KiB"),
]

# A size going on from the one before it by a factor (`, × 8 = …`) is that product.
CONTINUED_CASES = [
    ("ru-times-requests", "Llama-2-7B: 512 КиБ на токен × 2048 = 1 ГиБ на запрос, × 16 = 16 ГиБ.\n", [H, H, H], ""),
    ("en-times-sequences-wrong", "Llama-3-8B: 128 KiB/token × 4096 = 0.5 GiB per sequence, × 8 = 8 GiB.\n", [H, H, W], "4 GiB"),
]

# A size said right after a bare count and followed by its type is that many values in that type.
COUNT_SIZE_CASES = [
    ("en-stage-params", "One pipeline stage of Llama-2-70B: 10 × 855,654,400 = 8,556,544,000 (17.1 GB in bf16).\n", [H, H], ""),
    ("ru-table-two-types", "Таблица: 32 000 × 4096 = 131 072 000 — 0,262 ГБ в bf16, 0,524 ГБ в fp32.\n", [H, H], ""),
    ("en-table-wrong", "Vocabulary table: 32,000 × 4096 = 131,072,000 (0.52 GB in bf16).\n", [H, W], "0.262 GB"),
]

# One of N equal parts is the whole / N: never the whole model's size.
PART_CASES = [
    ("ru-shards", "Llama-2-70B в bf16: 137,95 ГБ, на 10 равных шардов — по 13,8 ГБ.\n", [H, H], ""),
    ("en-files-wrong", "Llama-2-13B in fp16 is 26.03 GB, split into 2 files of 26 GB each.\n", [H, W], "13.015 GB"),
    ("ru-stage-no-whole", "Llama-3-8B в bf16 на 4 ступенях: по 4,02 ГБ весов на ступень.\n", [V], ""),
]

# A figure after the parts it adds up is their total, even with no word for it.
SUM_CASES = [
    ("ru-cache-weights-sum", "Llama-3-8B в bf16, контекст 16K: кэш 2 ГиБ, веса 14,96 ГиБ — 16,96 ГиБ.\n", [H, H, H], ""),
    ("en-cache-weights-wrong", "Llama-3-8B in bf16 at 16K context: cache 2 GiB, weights 14.96 GiB — 8 GiB.\n", [H, H, W], ""),
]

# What a device with room to spare is said to hold is bounded by its memory.
FIT_CASES = [
    ("en-fits-a-box", "Llama-3-8B fits a 48 GB workstation: its bf16 weights are 16.06 GB.\n", [H, H], ""),
    ("en-fits-a-box-wrong", "Llama-3-8B fits a 48 GB workstation: its bf16 weights are 32 GB.\n", [H, W], "16.061 GB"),
]


@pytest.mark.parametrize(
    ("text", "groups", "shown"),
    [_case(c) for c in SUBJECT_CASES + WEIGHTS_TYPE_CASES + CONTINUED_CASES + COUNT_SIZE_CASES + PART_CASES + SUM_CASES + FIT_CASES],
)
def test_round28_statements(text: str, groups: list[str], shown: str) -> None:
    check_claims(text, groups, shown)
