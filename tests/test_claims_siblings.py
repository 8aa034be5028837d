"""A model called by a size its context model does not have is that model's sibling of that size (`В int4
8x22B — 70,3 ГБ` in a Mixtral-8x7B section is Mixtral-8x22B), else no model the context gives: never the
context model itself. A size of a model compared with (`unlike the 70B`) calls no one."""

from __future__ import annotations

import pytest
from conftest import H, W, check_claims

_MIXTRAL = "# Mixtral\n\n- Mixtral-8x7B: 32 слоя, 46,7 млрд параметров.\n\n"
_LLAMA = "# Llama-3.1-70B\n\nLlama 3.1 70B needs 141 GB in bf16.\n\n"

CASES = [
    # the sibling of the size said, from the section's model
    ("ru-8x22b-int4-holds", _MIXTRAL + "В int4 8x22B — 70,3 ГБ, в одну H100 не лезет.\n", [H, H], ""),
    ("ru-8x22b-int4-wrong", _MIXTRAL + "В int4 8x22B — 140,6 ГБ.\n", [H, W], "70.31 GB"),
    ("ru-8x22b-training-holds", _MIXTRAL + "Полный fine-tune 8x22B при 16 байтах на параметр — 2,25 ТБ состояний.\n", [H, H], ""),
    ("en-8x22b-weights-wrong", "# Mixtral-8x7B\n\nIn bf16 the 8x22B takes 93.4 GB.\n", [W], "281.241 GB"),
    # a second clause calling another size of the family is about that sibling
    ("en-clause-8b-wrong", _LLAMA + "Llama 3.1 70B needs 141 GB; the 8B in fp16 needs 64 GB.\n", [H, H, W], "16.061 GB"),
    ("en-clause-8b-holds", _LLAMA + "Llama 3.1 70B needs 141 GB; the 8B in fp16 needs 16 GB.\n", [H, H, H], ""),
    # a figure before the size name in a sentence that names no model: whose it is is not said
    ("en-it-then-the-8b", _LLAMA + "It needs 141 GB; the 8B in fp16 needs 64 GB.\n", [H], ""),
    ("en-qwen-72b-after-7b", "# Qwen\n\nQwen2.5-7B in bf16: 15.2 GB, the 72B 145 GB in bf16.\n", [H, H], ""),
    # a size the family does not have: no model, no error (never the context model's 141 GB)
    ("en-no-such-sibling", _LLAMA + "It needs 141 GB; the 3B in fp16 needs 6.4 GB.\n", [H], ""),
    ("ru-no-such-sibling", "# Llama-3.1-70B\n\nВ fp16 модель весит 141 ГБ; 3B в fp16 — 6,4 ГБ.\n", [H], ""),
    # the model's own rounded count is its size, not another model
    ("en-own-count", "# Qwen2.5-72B-Instruct\n\nThe model has 72.7B parameters.\n", [H], ""),
    # a size after `unlike`/`than`/`чем у` is the model compared with: the heading's model stays the subject
    ("en-unlike-the-70b", "# Llama-3.1-8B\n\nUnlike the 70B, it needs 16 GB in bf16.\n", [H], ""),
    ("ru-chem-u-70b", "# Llama-3.1-8B\n\nВ bf16 она весит 16 ГБ — меньше, чем у 70B.\n", [H], ""),
    # counts of tokens or of active parameters are no model's size name
    ("en-tokens-not-a-name", "# Llama-3.1-8B\n\nTrained on 100B tokens, it takes 16 GB in bf16.\n", [H], ""),
]


@pytest.mark.parametrize(("text", "groups", "shown"), [c[1:] for c in CASES], ids=[c[0] for c in CASES])
def test_a_size_name_calls_the_sibling_of_that_size(text: str, groups: list[str], shown: str) -> None:
    check_claims(text, groups, shown)
