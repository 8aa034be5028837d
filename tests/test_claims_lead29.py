"""Claim cases of our own wording for the twenty-ninth round's lead rules (stop 39).

Facts (claims-gold): Llama-3-8B 8,030,261,248 params, 32 layers, 8 KV heads, head dim 128: 16.06 GB in bf16, 4.02 GB
in int4, 128 KiB of fp16 cache per token; Llama-2-7B 6,738,415,616 params (13.48 GB in fp16, 3.37 GB in int4, 512 KiB
per token); Mistral-7B 7,241,732,096 params (14.48 GB in bf16, 3.62 GB in int4), 32 layers × 8 KV heads: 128 KiB.
"""

from __future__ import annotations

import pytest
from conftest import H, V, W, check_claims, note_claims


def _case(c: object) -> object:
    values, marks = (c.values, c.marks) if hasattr(c, "marks") else (c, ())  # type: ignore[attr-defined]
    return pytest.param(*values[1:], id=values[0], marks=marks)  # type: ignore[index]


# A table printed by a notebook or a script (columns aligned with spaces in a text block) is read as the table it is:
# its header is its first row (with or without a name over the first column, or `|`-separated), or a caption on the
# line before the fence that lists the columns.
PRINTED_CASES = [
    (
        "en-caption-lists-columns",
        "Sizes printed by the cell (params, bf16 GB, int4 GB):\n\n```text\n"
        "llama-3-8b     8,030,261,248    16.06    4.02\n"
        "llama-2-7b     6,738,415,616    13.48    3.37\n```\n",
        [H, H, H, H, H, H],
        "",
    ),
    (
        "en-caption-wrong-cell",
        "Sizes printed by the cell (params, bf16 GB, int4 GB):\n```\n"
        "llama-3-8b     8,030,261,248     8.03    4.02\n"
        "llama-2-7b     6,738,415,616    13.48    3.37\n```\n",
        [H, W, H, H, H, H],
        "16.061 GB",
    ),
    (
        "en-dataframe-index-column",
        "```\n           model  bf16_GB  int4_GB\n0     llama-3-8b    16.06     2.01\n1     mistral-7b    14.48     3.62\n```\n",
        [H, W, H, H],
        "4.015 GB",
    ),
    (
        "en-pipe-header-over-aligned-rows",
        "```text\nbuggy run: bf16 GB | int4 GB | KV KiB/token\n"
        "llama-2-7b    6.74   1.68   256.0\n"
        "mistral-7b    7.24   1.81    64.0\n```\n",
        [W, W, W, W, W, W],
        "",
    ),
    (
        "ru-header-row-with-units",
        "```text\nмодель        веса bf16, ГБ   веса int4, ГБ\n"
        "Llama-3-8B           16,06           4,02\n"
        "Mistral-7B           14,48           7,24\n```\n",
        [H, H, H, W],
        "3.621 GB",
    ),
]

# Embedding tables said as tables (`both tables`, `обе таблицы`, `таблица GPT-2`, `X's tables`): vocabulary × hidden × bytes,
# once per table counted (a tied model's tables are one matrix); the whole model's own size is never read as the tables'.
# (GPT-2: 50,257 × 768, tied; Llama-3-8B: 128,256 × 4,096, untied; Qwen2.5-7B: 152,064 × 3,584, untied.)
TABLES_CASES = [
    ("ru-both-tables-fp32", "В fp32 обе таблицы Qwen2.5-7B — 4,36 ГБ.\n", [H], ""),
    ("ru-both-tables-given-the-bf16-figure", "В fp32 обе таблицы Qwen2.5-7B — 2,18 ГБ.\n", [W], "4.36 GB"),
    ("ru-tied-table", "В fp16 таблица GPT-2 весит 77,2 МБ.\n", [H], ""),
    ("ru-tied-table-counted-twice", "В fp16 таблица GPT-2 весит 154,4 МБ.\n", [W], "77.195 MB"),
    ("en-both-tables-after-the-model", "Llama-3-8B in bf16 takes 16.06 GB; both tables take 2.1 GB.\n", [H, H], ""),
    ("en-one-table", "Llama-3-8B: one table in bf16 is 1.05 GB.\n", [H], ""),
    ("en-possessive-tables-count", "Llama-3-8B's tables hold 1.05B parameters.\n", [H], ""),
    ("ru-table-count-wrong", "таблица GPT-2 — 19,3 млн параметров\n", [W], "38.597M"),
    (
        "ru-later-count-word-decides",
        "«у Mistral-7B обе таблицы — 131 млн» ✘ — 131 млн это одна таблица, обе — 262,1 млн.\n",
        [W, V, H],  # (the second 131 млн is said before its words: not read)
        "262.144M",
    ),
    ("en-tables-of-the-note", "The two tables below show Llama-3-8B at 16 GB in bf16.\n", [H], ""),
    ("en-whole-model-beside-tables", "Both tables show Llama-3-8B at 8.03B parameters and 16.06 GB in bf16.\n", [H, H], ""),
]

# A rate right after a division the sentence writes out is that division's result: a slip of it is wrong; a right one
# holds when it divides by the model's own weights, whatever bandwidth the line states for another device.
# (Mistral-7B in fp16: 14.48 GB; Llama-3-8B in bf16: 16.06 GB.)
QUOTIENT_CASES = [
    ("ru-own-division-beside-another-bandwidth", "Mistral-7B в fp16 на DDR5 (51,2 ГБ/с): 89,6 / 14,48 ≈ 6,2 ток/с.\n", [H], ""),
    ("en-own-division-slip", "Mistral-7B in fp16: 89.6 / 14.48 ≈ 12.4 tok/s.\n", [W], "6.188"),
    (
        "en-division-by-the-wrong-size-is-left-to-the-bound",
        "Llama-3-8B in bf16 on a 3.35 TB/s card: 3.35 TB/s ÷ 8 GB ≈ 419 tok/s.\n",
        [W, W],
        "16.061 GB",  # (and the rate: 3.35 TB/s / 16.061 GB = 208.6 tok/s)
    ),
]

# What is no printed table stays code: rows that do not line up, a block without a header or caption, prose.
NOT_A_TABLE_CASES = [
    (
        "en-unaligned-rows",
        "```text\nmodel   bf16 GB   int4 GB\nllama-3-8b   16.06   8.03\nllama-2-7b 13.48     3.37\n```\n",
        [],
        "",
    ),
    (
        "en-log-without-header",
        "```text\nllama-3-8b     8.03    4.02\nllama-2-7b    13.48    3.37\n```\n",
        [],
        "",
    ),
    (
        "en-caption-without-list",
        "Output of the cell (bf16 GB):\n```text\nllama-3-8b     8.03    4.02\nllama-2-7b    13.48    3.37\n```\n",
        [],
        "",
    ),
    (
        "en-python-block",
        "```python\nmodel   bf16_GB  int4_GB\nllama_3_8b   8.03   4.02\nllama_2_7b  13.48   3.37\n```\n",
        [],
        "",
    ),
]


@pytest.mark.parametrize(
    ("text", "groups", "shown"), [_case(c) for c in PRINTED_CASES + NOT_A_TABLE_CASES + TABLES_CASES + QUOTIENT_CASES]
)
def test_printed_and_embedding_tables(text: str, groups: list[str], shown: str) -> None:
    check_claims(text, groups, shown)


def test_printed_table_claims_point_at_the_notes_own_cells() -> None:
    """A claim of a printed table is reported on the note's own line and column, with the cell's text."""
    text = "Output (params, bf16 GB):\n\n```text\nllama-3-8b   8,030,261,248    8.03\nllama-2-7b   6,738,415,616   13.48\n```\n"
    lines = text.split("\n")
    claims = [c for c in note_claims(text) if c.verdict.group == W]  # type: ignore[attr-defined]
    assert [(c.line, c.span) for c in claims] == [(4, "8.03")]  # type: ignore[attr-defined]
    c = claims[0]
    assert lines[c.line - 1][c.column - 1 : c.column - 1 + len(c.span)] == "8.03"  # type: ignore[attr-defined]
