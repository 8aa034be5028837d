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
