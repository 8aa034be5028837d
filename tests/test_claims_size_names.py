"""Claim cases of our own wording: a model called by its size alone as the subject of a sentence.

`A 70B in fp8 is 35 GB`, `The 72B in int8 fits in 36 GB`, `the 8B int8 engine is 8 GB`: the size name
is the sentence's subject when it opens the sentence (after list marks, a timestamp or a connective)
and a storage type or a verb of size follows it; it is then nominal (±10 %). `like a 70B`, `than the
70B`, or a sentence naming a second size (`the 13B is 2× the 7B (13.5 GB)`) leave it unread."""

from __future__ import annotations

import pytest
from conftest import H, W, check_claims

CASES = [
    ("in-type", "# S\n\nA 70B in fp8 is 70 GB.\n", [H], ""),
    ("in-type-wrong", "# S\n\nA 70B in fp8 is 35 GB.\n", [W], "70 GB"),
    ("type-after", "# S\n\nThe 8B int8 engine is 8 GB on disk.\n", [H], ""),
    ("verb", "# S\n\nThe 13B needs 26 GB in fp16.\n", [H], ""),
    ("verb-wrong", "# S\n\n- The 13B needs 13 GB in fp16.\n", [W], "26 GB"),
    ("timestamp", "# S\n\n- [00:12:40] A 70B in fp16 is 70 gigabytes, they said.\n", [W], "140 GB"),
    ("connective", "# S\n\nSo the 7B in bf16 takes 14 GB.\n", [H], ""),
    # not the subject: no claim
    ("compared", "# S\n\nIt is slower than a 70B in fp8, which is 70 GB.\n", [], ""),
    ("like", "# S\n\nLike a 70B at 4 bit, it needs 40 GB.\n", [], ""),
    ("second-size", "# S\n\nSo the 13B is about 2× the 7B (13.5 GB in bf16).\n", [], ""),
]


@pytest.mark.parametrize(("text", "groups", "shown"), [c[1:] for c in CASES], ids=[c[0] for c in CASES])
def test_a_size_name_opening_a_sentence_is_its_subject(text: str, groups: list[str], shown: str) -> None:
    check_claims(text, groups, shown)
