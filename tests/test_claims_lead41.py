"""Claim cases of our own wording for the forty-first round's rules (stop 50).

Facts (claims-gold and the catalogue's configs): Llama-3-8B has 8.03B parameters (bf16 16.06 GB = 14.96 GiB);
Llama-3-70B 70.55B (bf16 141.1 GB, 35.28 GB a card over four); Mixtral-8x7B 46.70B of which 12.88B are active
(bf16 93.4 GB, 25.76 GB read a step); an H100 SXM reads 3.35 TB/s, an L40S 864 GB/s.
"""

from __future__ import annotations

import pytest
from conftest import H, V, W, note_claims


def _claims(text: str, stated: str) -> list[object]:
    return [c for c in note_claims(text) if c.stated == stated]  # type: ignore[attr-defined]


def _judged(text: str, stated: str, group: str, shown: str = "") -> None:
    """The figure `stated` is one claim, judged `group`, its explanation showing `shown`."""
    claims = _claims(text, stated)
    assert [c.verdict.group for c in claims] == [group]  # type: ignore[attr-defined]
    assert shown in claims[0].explanation  # type: ignore[attr-defined]


# A subtraction equated with what is left (`24 − 14.96 = 9.04 GiB left`) is arithmetic: what is left is what it computes.
LEFT_CASES = [
    ("en-left", "Llama-3-8B in bf16 on a 24 GiB card: 24 − 14.96 = {r} GiB left after the weights.\n"),
    ("en-left-for", "Two 80 GiB cards for Llama-3-70B in fp8: 160 − 65.7 = {r} GiB left for cache.\n"),
    ("ru-free", "Llama-3-8B в bf16 на карте 24 ГиБ: 24 − 14,96 = {r} ГиБ свободно.\n"),
    ("ru-remains", "На карте 80 ГиБ под Llama-3-70B в fp8: 80 − 65,7 − 12,5 = {r} ГиБ остаётся.\n"),
]
LEFT_RIGHT = {"en-left": "9.04", "en-left-for": "94.3", "ru-free": "9,04", "ru-remains": "1,8"}
LEFT_WRONG = {"en-left": "19.04", "en-left-for": "49.3", "ru-free": "19,04", "ru-remains": "11,8"}


@pytest.mark.parametrize("case, text", [pytest.param(c[0], c[1], id=c[0]) for c in LEFT_CASES])
def test_what_a_subtraction_leaves_is_its_result(case: str, text: str) -> None:
    unit = "GiB" if case.startswith("en") else "ГиБ"
    _judged(text.format(r=LEFT_RIGHT[case]), f"{LEFT_RIGHT[case]} {unit}", H)
    _judged(text.format(r=LEFT_WRONG[case]), f"{LEFT_WRONG[case]} {unit}", W)


def test_what_remains_of_a_product_is_still_not_the_product() -> None:
    claims = note_claims("The array is 4 × 8 TB = 24 TB usable after parity.\n")
    assert [c for c in claims if c.stated == "24 TB" and c.verdict.group == W] == []  # type: ignore[attr-defined]


# The bare number a decoding ceiling divides the bandwidth by is the size one step reads: the model's weights in their
# type, a device's share, or a mixture's active experts.
DIVISOR_CASES = [
    ("en-whole", "# Llama-3-8B in bf16\n\nCeiling on the H100: 3350 ÷ 16.06 = 208.6 tok/s.\n", "16.06", "16.06 GB"),
    ("en-latex", "# Llama-3-8B in bf16\n\nCeiling on the H100: $\\frac{3350}{16.06} = 208.6$ tok/s.\n", "16.06", "16.06 GB"),
    ("en-bracketed", "# Llama-3-8B in bf16\n\nThe right ceiling is 208.6 tok/s (3350 ÷ 16.06).\n", "16.06", "16.06 GB"),
    (
        "en-share",
        "# Llama-3-70B in bf16 on four L40S\n\nAt TP = 4 each card reads its share: 864 ÷ 35.28 = 24.5 tok/s.\n",
        "35.28",
        "/ 4 devices",
    ),
    ("ru-whole", "# Llama-3-8B в bf16\n\nПотолок генерации на H100: 3350 ÷ 16,06 = 208,6 ток/с.\n", "16,06", "16.06 GB"),
    ("ru-gib", "# Llama-3-8B в bf16\n\nПотолок на H100: 3350 ÷ 14,96 = 224 ток/с, если делить на ГиБ.\n", "14,96", "GiB"),
]


@pytest.mark.parametrize("text, divisor, shown", [pytest.param(c[1], c[2], c[3], id=c[0]) for c in DIVISOR_CASES])
def test_a_ceiling_divides_by_the_size_one_step_reads(text: str, divisor: str, shown: str) -> None:
    _judged(text, divisor, H, shown)


def test_a_divisor_that_is_no_size_of_the_model_is_unverifiable_never_wrong() -> None:
    text = "# Llama-3-8B in bf16\n\nWith the cache the step reads more: 3350 ÷ 26.8 = 125 tok/s.\n"
    _judged(text, "26.8", V, "not Llama-3-8B in bf16's weights")


def test_a_measured_rate_has_no_divisor_read() -> None:
    text = "# Llama-3-8B in bf16\n\nMeasured: 512 ÷ 4.1 = 125 tok/s over the run.\n"
    assert _claims(text, "4.1") == []


def test_a_ceilings_right_division_holds_where_nothing_bounds_it() -> None:
    # no card and no model: the sentence's own arithmetic is all there is to check
    _judged("Ceiling: 3350 ÷ 70.6 = 47.5 tok/s.\n", "47.5 tok/s", H, "own division")
    _judged("Ceiling: 3350 ÷ 70.6 = 74.5 tok/s.\n", "74.5 tok/s", W, "47.5")


# A mixture's whole size divided into the bandwidth for one stream reads every expert; one step reads the active ones.
EVERY_EXPERT_CASES = [
    ("ru-no-type", "# Mixtral-8x7B\n\nДля Mixtral на H100 потолок — 3350 ÷ 93,4 = 35,9 ток/с.\n", "35,9 ток/с", "130.0"),
    ("en-no-type", "# Mixtral-8x7B\n\nOn the H100 the ceiling is 3350 ÷ 93.4 = 35.9 tok/s.\n", "35.9 tok/s", "130.0"),
    ("ru-gguf", "- Mixtral-8x7B в Q4_K_M на мини-ПК: 256 ÷ 28,6 = 9,0 ток/с.\n", "9,0 ток/с", "32.8"),
]


@pytest.mark.parametrize("text, stated, shown", [pytest.param(c[1], c[2], c[3], id=c[0]) for c in EVERY_EXPERT_CASES])
def test_dividing_by_every_expert_is_wrong_for_one_stream(text: str, stated: str, shown: str) -> None:
    _judged(text, stated, W, shown)


def test_the_active_experts_divided_hold() -> None:
    _judged("# Mixtral-8x7B in bf16\n\nOn the H100 the ceiling is 3350 ÷ 25.76 = 130 tok/s.\n", "25.76", H, "active experts")


def test_every_expert_over_devices_is_not_read_as_one_stream() -> None:
    text = "# Mixtral-8x7B\n\nAt TP = 2 on two H100 cards: 3350 ÷ 93.4 = 35.9 tok/s.\n"
    assert [c.stated for c in note_claims(text) if c.verdict.group == W] == []  # type: ignore[attr-defined]
