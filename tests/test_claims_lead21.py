"""Claim cases of our own wording for the twenty-first round's lead rules."""

from __future__ import annotations

import pytest
from conftest import H, U, W, check_claims

# Mixtral 8x22B has 140.62B parameters: 281.24 GB in bf16. A writer who rounded the count to
# 140.63B prints 281.3: the same figure, not a wrong one. An error the checker exists for (twice
# the size, GiB labelled GB, another type) is 2.4 % off or more.
FLOOR_CASES = [
    ("ru-last-digit", "# Mixtral\n\nMixtral 8x22B в bf16 занимает 281,3 ГБ.\n", [H], ""),
    ("en-last-digit", "# Mixtral\n\nMixtral 8x22B in bf16 takes 281.3 GB.\n", [H], ""),
    ("en-one-percent-is-wrong", "# Mixtral\n\nMixtral 8x22B in bf16 takes 284.2 GB.\n", [W], "281"),
    ("en-gib-labelled-gb-still-caught", "# Mixtral\n\nMixtral 8x22B in bf16 takes 261.9 GB.\n", [U], ""),
]


@pytest.mark.parametrize(("text", "groups", "shown"), [c[1:] for c in FLOOR_CASES], ids=[c[0] for c in FLOOR_CASES])
def test_a_figure_within_half_a_percent_holds(text: str, groups: list[str], shown: str) -> None:
    check_claims(text, groups, shown)
