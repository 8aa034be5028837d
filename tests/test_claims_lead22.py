"""Claim cases of our own wording for the twenty-second round's lead rules."""

from __future__ import annotations

import pytest
from conftest import H, U, V, W, check_claims

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
