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


# A narrow range of sizes (`25–27 GB`, `between 25 and 27 GB`, `25 to 27 GB`, `25–27 ГБ`) is one claim that
# holds when the recomputed size lies in it; English ranges were read as a bare number and a size, and the
# upper end alone was judged (a right `between 25 and 27 GB` for 26.03 GB was a false error).
RANGES = [
    ("en-between", "Llama-2-13B in fp16 takes between 25 and 27 GB.", [H], ""),
    ("en-to", "Llama-2-13B in fp16 needs 25 to 27 GB.", [H], ""),
    ("en-dash", "Llama-2-13B in fp16 takes 25–27 GB.", [H], ""),
    ("ru-dash", "Llama-2-13B в fp16 занимает 25–27 ГБ.", [H], ""),
    # … a range the size is not in is wrong, with the recomputed size
    ("en-between-wrong", "Llama-2-13B in fp16 takes between 12 and 14 GB.", [W], "26.03"),
    ("en-to-wrong", "Llama-2-13B in fp16 needs 50 to 60 GB.", [W], "26.03"),
    ("ru-dash-wrong", "Llama-2-13B в fp16 занимает 50–60 ГБ.", [W], "26.03"),
    # a change from one figure to another is no range (`from 512 to 128 KiB`), and GPUs are no sizes
    ("between-gpus", "Llama-2-13B in fp16 runs on between 2 and 4 GPUs.", [], ""),
]


@pytest.mark.parametrize(("text", "groups", "shown"), [c[1:] for c in RANGES], ids=[c[0] for c in RANGES])
def test_a_narrow_range_of_sizes_holds_when_the_size_is_in_it(text: str, groups: list[str], shown: str) -> None:
    check_claims(text, groups, shown)


def test_from_one_figure_to_another_is_no_range() -> None:
    from vaultkit.claims.quantities import find_quantities

    assert [q.hi for q in find_quantities("the cache drops from 512 to 128 KiB")] == [None, None]
    (q,) = find_quantities("needs between 25 and 27 GB")
    assert (q.value, q.hi, q.text) == (25e9, 27e9, "between 25 and 27 GB")
