"""Claim cases of our own wording (English and Russian) for the fifth round of causes, found on
the development corpora A, B and C (written by others, blind): each row is a note (or a line), the
verdict groups its claims must come out with, and a fragment every wrong claim's message must show
(the right recomputation). None of these sentences is taken from a corpus."""

from __future__ import annotations

import pytest

from vaultkit.claims import Verdict, extract_claims
from vaultkit.ingest.frontmatter import split_front_matter
from vaultkit.ingest.markdown import scan_markdown

H, W, U, V = "holds", "wrong", "unit confusion GB↔GiB", "unverifiable"


def _claims(text: str) -> tuple[object, ...]:
    fm = split_front_matter(text)
    code = scan_markdown(text, fm.body_line).code_ranges
    return extract_claims(text, properties=fm.properties, code_ranges=code)


def _check(text: str, groups: list[str], shown: str) -> None:
    claims = _claims(text)
    got = sorted(c.verdict.group for c in claims)  # type: ignore[attr-defined]
    assert got == sorted(groups), [(c.line, c.shape, c.verdict.value, c.explanation) for c in claims]  # type: ignore[attr-defined]
    for c in claims:
        if c.verdict is Verdict.WRONG:  # type: ignore[attr-defined]
            assert shown in c.explanation, c.explanation  # type: ignore[attr-defined]


# A percent said to be a share of a parameter count: part (a count before it in the sentence, a
# chain's result too) over the whole (a count after `of`/`от`/`всего`, else the model named, its
# exact count); an active share with no part stated is the model's active count over its total.
SHARES = [
    ("en-lora-of-model", "A LoRA on Qwen2.5-7B with r = 8 adds 10,092,544 trainable parameters, 0.13 % of the model.", [H], ""),
    (
        "en-lora-of-model-wrong",
        "A LoRA on Qwen2.5-7B with r = 8 adds 10,092,544 trainable parameters, 1.3 % of the model.",
        [W],
        "0.133",
    ),
    ("ru-of-count", "Адаптеры дают 2,1 млн обучаемых параметров, т. е. 0,07 % от 3,2 млрд.", [H], ""),
    ("ru-of-count-wrong", "Эмбеддинги занимают 1,1 млрд параметров — это 30 % от 14,8 млрд.", [W], "7.43"),
    ("en-active-share", "Mixtral-8x22B activates 28 % of its weights per token.", [H], ""),
    ("en-active-share-wrong", "DeepSeek-V3 activates 12 % of its parameters per token.", [W], "5.596"),
    ("ru-active-share-wrong", "У DeepSeek-V3 активны лишь 15 % параметров модели.", [W], "5.596"),
    (
        "en-other-whole",
        "Grouped-query attention on Llama-3.1-8B removes 1,048,576 weights, 75 % of the attention weights.",
        [],
        "",
    ),
    ("en-no-count", "The first 8,000,000 steps took 12 % of the budget.", [], ""),
    ("en-part-of-count", "Its embeddings are a fifth of Qwen2.5-7B (1.09B of 7.62B).", [V, H], ""),
    ("ru-part-of-count", "Эмбеддинги — пятая часть Qwen2.5-7B (1,09 млрд из 7,62 млрд).", [V, H], ""),
]


@pytest.mark.parametrize(("text", "groups", "shown"), [c[1:] for c in SHARES], ids=[c[0] for c in SHARES])
def test_shares(text: str, groups: list[str], shown: str) -> None:
    _check(text, groups, shown)
