"""Claim cases of our own wording for the twenty-ninth round's lead rules (stop 39).

Facts (claims-gold): Llama-3-8B 8,030,261,248 params, 32 layers, 8 KV heads, head dim 128: 16.06 GB in bf16, 4.02 GB
in int4, 128 KiB of fp16 cache per token; Llama-2-7B 6,738,415,616 params (13.48 GB in fp16, 3.37 GB in int4, 512 KiB
per token); Mistral-7B 7,241,732,096 params (14.48 GB in bf16, 3.62 GB in int4), 32 layers × 8 KV heads: 128 KiB.
"""

from __future__ import annotations

import pytest
from conftest import H, W, check_claims, note_claims


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


@pytest.mark.parametrize(("text", "groups", "shown"), [_case(c) for c in PRINTED_CASES + NOT_A_TABLE_CASES])
def test_printed_tables(text: str, groups: list[str], shown: str) -> None:
    check_claims(text, groups, shown)


def test_printed_table_claims_point_at_the_notes_own_cells() -> None:
    """A claim of a printed table is reported on the note's own line and column, with the cell's text."""
    text = "Output (params, bf16 GB):\n\n```text\nllama-3-8b   8,030,261,248    8.03\nllama-2-7b   6,738,415,616   13.48\n```\n"
    lines = text.split("\n")
    claims = [c for c in note_claims(text) if c.verdict.group == W]  # type: ignore[attr-defined]
    assert [(c.line, c.span) for c in claims] == [(4, "8.03")]  # type: ignore[attr-defined]
    c = claims[0]
    assert lines[c.line - 1][c.column - 1 : c.column - 1 + len(c.span)] == "8.03"  # type: ignore[attr-defined]
