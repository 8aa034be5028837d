"""Claim cases of our own wording for the thirty-eighth round's rules (stop 47).

Facts (claims-gold and the catalogue's configs): Mistral-7B-v0.1 has a 4,096-token sliding window, v0.2 and v0.3 none;
each caches 2 × 32 layers × 8 KV heads × 128 dims × 2 B = 128 KiB a token in 16 bits (32K tokens: 4 GiB; the v0.1
window: 512 MiB). Mistral-7B-v0.3 has 7,248,023,552 parameters (bf16 14.5 GB).
"""

from __future__ import annotations

import pytest
from conftest import H, W, note_claims


def _claims(text: str, stated: str) -> list[object]:
    return [c for c in note_claims(text) if c.stated == stated]  # type: ignore[attr-defined]


def _judged(text: str, stated: str, group: str, shown: str) -> None:
    """The figure `stated` is one claim, judged `group`, its explanation showing `shown`."""
    claims = _claims(text, stated)
    assert [c.verdict.group for c in claims] == [group]  # type: ignore[attr-defined]
    assert shown in claims[0].explanation  # type: ignore[attr-defined]


# A model named without its version in a note whose front matter names one version of it is that version.
V03 = "---\nmodel: mistralai/Mistral-7B-v0.3\n---\n# Serving notes\n\n"
VERSION_CASES = [
    ("en-v03-holds", V03 + "The Mistral-7B KV cache at 32K for one user is 4 GiB.\n", "4 GiB", H, ""),
    ("ru-v03-wrong", V03 + "Кэш Mistral-7B на 32K для одного пользователя — 512 МиБ.\n", "512 МиБ", W, "4,096 MiB"),
    (
        "en-no-version-keeps-the-window",
        "# Serving notes\n\nThe Mistral-7B KV cache at 32K for one user is 4 GiB.\n",
        "4 GiB",
        W,
        "0.5 GiB",
    ),
    (
        "en-v01-named-keeps-the-window",
        "---\nmodel: mistralai/Mistral-7B-v0.1\n---\n# Serving notes\n\nThe Mistral-7B KV cache at 32K for one user is 4 GiB.\n",
        "4 GiB",
        W,
        "0.5 GiB",
    ),
]


@pytest.mark.parametrize(("text", "stated", "group", "shown"), [pytest.param(*c[1:], id=c[0]) for c in VERSION_CASES])
def test_a_model_named_without_the_version_the_front_matter_names(text: str, stated: str, group: str, shown: str) -> None:
    _judged(text, stated, group, shown)


def test_the_family_word_of_the_versioned_model() -> None:
    """`Mistral-7B` and the front matter's `mistral-7b-v0.3` are one model, so a bare `Mistral` is it, beside a second
    family (it was unread: two Mistral models)."""
    text = (
        "---\nmodels:\n  - mistralai/Mistral-7B-v0.3\n  - meta-llama/Llama-3-8B\n---\n# Cheat sheet\n\n"
        "- 2N per token for Mistral-7B: 14.5 GFLOP.\n- Llama-3-8B has 8.03B parameters.\n\n"
        "- Mistral KV for 8 users × 8K = 1 GiB.\n"
    )
    _judged(text, "1 GiB", W, "8 GiB")


def test_a_count_under_a_billion_is_written_in_millions() -> None:
    """A stated adapter count times its bytes is shown as `13.6M params`, not `0.01B`."""
    claims = _claims("# Adapter\n\nThe adapter's 13.6M params in bf16 are 54.5 MB.\n", "54.5 MB")
    assert [c.verdict.group for c in claims] == [W]  # type: ignore[attr-defined]
    assert "13.6M params" in claims[0].explanation and "0.01B" not in claims[0].explanation  # type: ignore[attr-defined]
