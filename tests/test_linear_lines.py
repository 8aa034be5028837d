"""Several long lines in one block: each sentence of a line must not re-read the lines around it.

Found in review (stop 18): the model, dtypes and figures of the line above (a paragraph's soft-wrapped
lines, list items under each other, a quote, a question and its answer) were looked up again for every
sentence of the line below, so three 16 KB lines took 20 s of CPU and the note was cut off by its budget,
losing its other findings. 4x the lines must take well under 16x (quadratic) the CPU: < 8x.
"""

from __future__ import annotations

import time
from collections.abc import Callable

import pytest

from vaultkit.claims import extract_claims

UNITS = [
    "Llama-2-7B in bf16 takes 13.5 GB, ",
    "Llama-3-8B KV cache is 128 KiB per token, ",
    "Llama-2-7B: 16 bytes per parameter with Adam = 108 GB, ",
    "в bf16 модель Qwen2.5-7B занимает 15,2 ГБ, ",
]

BLOCKS: dict[str, Callable[[str], str]] = {
    "paragraph": lambda line: f"# S\n\n{line}\n{line}\n{line}\n",
    "nested-items": lambda line: f"# S\n\n- {line}\n  - {line}\n    - {line}\n",
    "quote": lambda line: f"# S\n\n> {line}\n> {line}\n> {line}\n",
    "question-answer": lambda line: f"# S\n\nQ: {line}?\nA: {line}\n",
}


@pytest.mark.parametrize("unit", UNITS)
@pytest.mark.parametrize("block", list(BLOCKS))
def test_long_lines_of_one_block_are_linear(block: str, unit: str) -> None:
    def cpu(n: int) -> float:
        text = BLOCKS[block]((unit * (n // len(unit) + 1))[:n])
        start = time.process_time()
        extract_claims(text)
        return time.process_time() - start

    cpu(1_000)  # warm the regex and catalogue caches
    small, large = cpu(2_000), cpu(8_000)
    assert large < 8 * max(small, 0.01), (small, large)
