"""Claim cases of our own wording for the thirty-second round's lead rules (stop 41).

Facts (claims-gold): Llama-3.1-70B has 70,553,706,496 parameters (Q4_K_M at 4.89 bits per weight ≈ 43.1 GB);
Qwen2.5-7B has 7,615,616,512 (bf16 15.23 GB).
"""

from __future__ import annotations

import pytest
from conftest import H, W, note_claims

# A family's version and a size without the family's name (`3.1-70B`) is that model, not a range from 3.1B to 70B.
_SERVED = "# M\n\nWe serve Meta-Llama-3.1-70B-Instruct.\n\n"
VERSION_SIZE_CASES = [
    (
        "en-note-names-it",
        _SERVED + "The table gives 43.1 GB for 3.1-70B as Q4_K_M.\n",
        "43.1 GB",
        H,
    ),
    (
        "en-wrong",
        _SERVED + "The table gives 21.5 GB for 3.1-70B as Q4_K_M.\n",
        "21.5 GB",
        W,
    ),
    ("en-catalogue-unique", "# M\n\nA 3.1-70B run in bf16 needs 141 GB.\n", "141 GB", H),
    ("ru", "# M\n\nQwen2.5-7B у нас в проде.\n\nВеса 2.5-7B в bf16 — 15,2 ГБ.\n", "15,2 ГБ", H),
]


@pytest.mark.parametrize(("text", "stated", "group"), [pytest.param(*c[1:], id=c[0]) for c in VERSION_SIZE_CASES])
def test_a_version_and_a_size_name_a_model(text: str, stated: str, group: str) -> None:
    claims = [c for c in note_claims(text) if c.stated == stated]
    assert [c.verdict.group for c in claims] == [group]
    assert "3.10B params" not in claims[0].explanation


def test_a_range_of_parameters_stays_a_range() -> None:
    """`models of 2.5-7B parameters`: sizes from 2.5B to 7B, no Qwen2.5 model (the note names none)."""
    claims = note_claims("# M\n\nModels of 2.5-7B parameters need 5 GB in int4.\n")
    assert claims
    assert all("qwen" not in c.explanation.lower() for c in claims)
