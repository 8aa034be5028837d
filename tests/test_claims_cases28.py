"""Claim cases of our own wording for the twenty-second round: times stated in code comments.

A code comment states the value its line prints. A time is printed in seconds or already in the
comment's own unit (`* 1000` for milliseconds): the reading nearer the stated figure is meant,
and a wrong time is far from both. A figure glued to its noun by a hyphen (`a 1000-token
answer`, `the 70B-parameter model`) describes what the comment speaks of; it is never the value
compared (it was, and a right `4.3 s` beside it became a false error)."""

from __future__ import annotations

import pytest
from conftest import H, W, check_claims

FENCE = "```"


def _code(*lines: str) -> str:
    return "\n".join(["# Decode ceilings", "", f"{FENCE}python", "w = 14.48e9  # bf16 weights, bytes", *lines, FENCE, ""])


TIMES_IN_COMMENTS = [
    ("ms-printed-in-ms", _code("print(w / 3.35e12 * 1000)  # 4.3 ms per token at the ceiling"), [H], ""),
    ("ms-printed-in-seconds", _code("print(w / 3.35e12)  # 4.3 ms per token"), [H], ""),
    ("seconds-printed", _code("print(w / 3.35e12)  # 0.0043 s per token"), [H], ""),
    ("ru-ms", _code("print(w / 2.0e12 * 1000)  # 7,2 мс на токен"), [H], ""),
    ("day-in-seconds", _code("t = 3600 * 24  # 1 day in seconds"), [H], ""),
    # a figure glued to its noun is no value: the time after it is compared
    ("attributive-count", _code("print(1000 / (3.35e12 / w))  # 4.3 s for a 1000-token answer"), [H], ""),
    ("attributive-only", _code("print(512 * 2)  # the 512-token prompt, twice"), [], ""),
    # … and a wrong time is far from both readings
    ("ms-wrong", _code("print(w / 3.35e12 * 1000)  # 43 ms per token at the ceiling"), [W], "4.322"),
    ("ms-wrong-seconds", _code("print(w / 3.35e12)  # 43 ms per token"), [W], "4.322"),
    ("days-wrong", _code("t = 3600 * 24  # 2 days in seconds"), [W], "1"),
    ("attributive-wrong", _code("print(1000 / (3.35e12 / w))  # 9 s for a 1000-token answer"), [W], "4.322"),
]


@pytest.mark.parametrize(("text", "groups", "shown"), [c[1:] for c in TIMES_IN_COMMENTS], ids=[c[0] for c in TIMES_IN_COMMENTS])
def test_a_time_in_a_code_comment_is_read_in_either_unit(text: str, groups: list[str], shown: str) -> None:
    check_claims(text, groups, shown)
