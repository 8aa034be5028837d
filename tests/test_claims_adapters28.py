"""Adapter sizes of our own wording (round 28): a size of several adapters together, and the base's weights said on
the adapter's line.

Facts (claims-gold), worked by hand:
- Mistral-7B: hidden 4096, 32 query heads and 8 KV heads of 128, 32 layers. LoRA r = 8 on q, k, v, o adds per layer
  8 · ((4096 + 4096) + 2 · (4096 + 1024) + (4096 + 4096)) = 8 · 26,624 = 212,992; × 32 = 6,815,744 parameters; in bf16
  × 2 B = 13,631,488 B = 13.63 MB. 24 of them: 327.16 MB; 30: 408.94 MB; 200: 2.726 GB. Its weights in bf16:
  7,241,732,096 × 2 B = 14.48 GB.
- Llama-2-7B: hidden 4096, 32 heads (no grouping), 32 layers. LoRA r = 16 on q, k, v, o: 16 · 4 · 8192 = 524,288 per
  layer; × 32 = 16,777,216 parameters; bf16: 33.55 MB; eight of them: 268.44 MB. Its weights in fp16:
  6,738,415,616 × 2 B = 13.48 GB.
"""

from __future__ import annotations

import pytest
from conftest import H, V, W, check_claims

# A count of adapters times the size of one, both said in the sentence: the total is checked as such. A total whose
# number of adapters is not said, or that may hold more (the base), is unverifiable; a count of their holders
# (customers) only confirms.
SEVERAL_CASES = [
    (
        "en-count-each-together",
        "Our gateway hosts 24 rank-8 q/k/v/o adapters on Mistral-7B, stored in bf16 at 13.63 MB each, 327.2 MB together.\n",
        [H, H],
        "",
    ),
    (
        "en-count-each-together-wrong",  # 24 × 13.631 MB = 327.16 MB, not 400
        "Our gateway hosts 24 rank-8 q/k/v/o adapters on Mistral-7B, stored in bf16 at 13.63 MB each, 400 MB together.\n",
        [H, W],
        "327.156 MB",
    ),
    (
        "ru-po-vsego",
        "На сервере 24 адаптера ранга 8 на q/k/v/o для Mistral-7B в bf16, по 13,63 МБ, всего 327,2 МБ.\n",
        [H, H],
        "",
    ),
    (
        "ru-po-vsego-wrong",
        "На сервере 24 адаптера ранга 8 на q/k/v/o для Mistral-7B в bf16, по 13,63 МБ, всего 400 МБ.\n",
        [H, W],
        "327.156 MB",
    ),
    (
        "en-eight-of-them",  # 8 × 33.554 MB = 268.44 MB
        "Each rank-16 q/k/v/o adapter of Llama-2-7B is 33.55 MB in bf16; eight of them take 268.4 MB.\n",
        [H, H],
        "",
    ),
    ("ru-vosem-takih", "Адаптер ранга 16 на q/k/v/o для Llama-2-7B в bf16 — 33,55 МБ; восемь таких — 268,4 МБ.\n", [H, H], ""),
    (
        "en-two-hundred-in-words",  # 200 × 13.631 MB = 2.726 GB
        "Two hundred rank-8 q/k/v/o adapters for Mistral-7B at 13.63 MB each in bf16 need 2.73 GB.\n",
        [H, H],
        "",
    ),
    (
        "en-with-the-base",  # 13.477 GB + 20 × 33.554 MB = 14.15 GB: the base and the adapters, not checked as one adapter
        "Twenty rank-16 q/k/v/o adapters for Llama-2-7B, 33.55 MB apiece in bf16, sit next to the 13.48 GB fp16 base: "
        "14.15 GB in all.\n",
        [H, H, V],
        "",
    ),
    (
        "en-customers-hold",  # 30 × 13.631 MB = 408.94 MB
        "30 customers loaded rank-8 q/k/v/o adapters of Mistral-7B (bf16, 13.63 MB each), 409 MB together.\n",
        [H, H],
        "",
    ),
    (
        "en-customers-differ",  # the customers' number need not be the adapters'
        "30 customers loaded rank-8 q/k/v/o adapters of Mistral-7B (bf16, 13.63 MB each), 500 MB together.\n",
        [H, V],
        "",
    ),
    (
        "en-number-not-said",
        "The rank-8 q/k/v/o adapters for Mistral-7B in bf16 are 13.63 MB each and 409 MB together.\n",
        [H, V],
        "",
    ),
    # look-alikes that stay one adapter's size: a plural with no number and no total, a rank before the noun
    ("en-plural-one-size-wrong", "The rank-8 q/k/v/o adapters of Mistral-7B in bf16 weigh 27.3 MB.\n", [W], "13.631 MB"),
    ("en-rank-not-a-count", "Rank 16 adapters on q, k, v, o of Llama-2-7B in bf16 weigh 33.55 MB.\n", [H], ""),
]


# The base's weights said before the adapter on the same line are the weights' figure (with the base's own type), not
# the adapter's; the adapter's own size after them is still checked.
BASE_FIRST_CASES = [
    ("en-base-then-adapter", "Llama-2-7B in fp16 is 13.48 GB; its rank-16 q/k/v/o adapter in bf16 is 33.55 MB.\n", [H, H], ""),
    ("ru-base-then-adapter", "Llama-2-7B в fp16 — 13,48 ГБ; адаптер ранга 16 на q/k/v/o в bf16 — 33,55 МБ.\n", [H, H], ""),
    (
        "en-base-then-adapter-wrong",  # the adapter is 33.55 MB, not 67.1
        "Llama-2-7B in fp16 is 13.48 GB; its rank-16 q/k/v/o adapter in bf16 is 67.1 MB.\n",
        [H, W],
        "33.554 MB",
    ),
    (
        "ru-base-then-adapter-wrong",  # 13.63 MB, not 27.3
        "Mistral-7B в bf16 весит 14,48 ГБ, а его адаптер ранга 8 на q/k/v/o в bf16 — 27,3 МБ.\n",
        [H, W],
        "13.631 MB",
    ),
]


@pytest.mark.parametrize(("text", "groups", "shown"), [pytest.param(*c[1:], id=c[0]) for c in SEVERAL_CASES])
def test_a_size_of_several_adapters(text: str, groups: list[str], shown: str) -> None:
    check_claims(text, groups, shown)


@pytest.mark.parametrize(("text", "groups", "shown"), [pytest.param(*c[1:], id=c[0]) for c in BASE_FIRST_CASES])
def test_the_base_before_the_adapter(text: str, groups: list[str], shown: str) -> None:
    check_claims(text, groups, shown)
