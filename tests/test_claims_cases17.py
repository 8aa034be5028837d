"""Claim cases of our own wording for the lead's fixes of regressions this round's rules brought
into older rows: a Russian comparative's bare genitive is the referent of its own ratio only, not
the subject of the next one."""

from __future__ import annotations

import pytest
from conftest import H, W, check_claims

FURTHER_RATIOS = [
    ("ru-second-ratio-keeps-subject", "int4 в 2 раза меньше int8 и в 4 раза меньше fp16.", [H, H], ""),
    ("ru-second-ratio-keeps-subject-wrong", "int4 в 2 раза меньше int8 и в 8 раз меньше fp16.", [H, W], "ratio 4"),
    ("ru-second-ratio-fp32", "int8 в 2 раза меньше fp16 и в 4 раза меньше fp32.", [H, H], ""),
]


@pytest.mark.parametrize(("text", "groups", "shown"), [c[1:] for c in FURTHER_RATIOS], ids=[c[0] for c in FURTHER_RATIOS])
def test_a_further_ratio_keeps_the_sentences_subject(text: str, groups: list[str], shown: str) -> None:
    check_claims(text, groups, shown)


# the tensor-parallel degree written as a config key (`tensor_parallel_size: 4` in the front matter,
# `--tensor-parallel-size 4` in a serving command) is the note's device count for per-GPU figures
TP_KEYS = [
    (
        "en-tp-key-weights",
        "---\ntensor_parallel_size: 4\n---\nLlama-3-70B in bf16 puts 35.3 GB of weights on each GPU.\n",
        [H],
        "",
    ),
    (
        "en-tp-key-weights-wrong",
        "---\ntensor_parallel: 4\n---\nLlama-3-70B in bf16 puts 17.6 GB of weights on each GPU.\n",
        [W],
        "35.277 GB",
    ),
    (
        "en-tp-flag-kv",
        "Served with `--tensor-parallel-size 4`.\n\nThe bf16 KV cache of Llama-3-70B on each GPU is 80 KiB per token.\n",
        [H],
        "",
    ),
    (
        "en-tp-flag-kv-wrong",
        "Served with `--tensor-parallel-size 4`.\n\nThe bf16 KV cache of Llama-3-70B on each GPU is 160 KiB per token.\n",
        [W],
        "80 KiB",
    ),
]


@pytest.mark.parametrize(("text", "groups", "shown"), [c[1:] for c in TP_KEYS], ids=[c[0] for c in TP_KEYS])
def test_a_tensor_parallel_config_key_is_the_device_count(text: str, groups: list[str], shown: str) -> None:
    check_claims(text, groups, shown)
