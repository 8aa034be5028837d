"""Claim cases of our own wording: a model's weights per device, copies of them, and a sum of typed parts.

A size said per device (`35.3 GB per GPU under TP=4`, `на карту приходится 35,3 ГБ`, `each of the 4 GPUs holds …`)
is the model's weights in the stated dtype over the devices the sentence, the lines above or the note's
tensor-parallel degree count; a total said to be each device's (`each card needs the full 141.1 GB` under TP=4)
is wrong, with the share. A total beside a share (`141.1 GB in total, 35.3 GB per GPU`) is the whole, checked as
the weights. A size of `N copies`/`N exports` of the weights is N × the weights. A sum of typed parts
(`weights fp16 and cache: A + B = C`) checks the weights addend as weights and the total as the sum.
Whatever is not stated (the dtype, the model, the count) leaves the figure unverifiable, never wrong.

Hand-computed references (claims-gold configs): Llama-3.1-70B 70,553,706,496 params → bf16 141.107 GB,
fp8 70.554 GB, /4 → 35.277 / 17.638 GB, /8 → 17.638 / 8.819 GB; Llama-3-8B 8,030,261,248 → bf16 16.061 GB
(× 50 = 803.03 GB); Llama-2-70B 68,976,648,192 → fp16 137.953 GB (× 3 = 413.86 GB); Mixtral-8x7B
46,702,792,704 → bf16 93.406 GB, /2 → 46.703 GB.
"""

from __future__ import annotations

import pytest
from conftest import H, V, W, note_claims

from vaultkit.claims import Verdict


def _verdicts(text: str) -> list[tuple[str, str, str]]:
    return [(c.stated, c.verdict.group, c.explanation) for c in note_claims(text)]  # type: ignore[attr-defined]


# (id, note, {stated figure: expected group}, a number the wrong claim's explanation must show)
CASES = [
    # a total beside a share, both said in one sentence
    (
        "en-total-and-share",
        "Llama-3.1-70B weights in bf16: 141.1 GB in total, 35.3 GB per GPU under TP=4.",
        {"141.1 GB": H, "35.3 GB": H},
        "",
    ),
    (
        "en-share-wrong",
        "Llama-3.1-70B weights in bf16: 141.1 GB in total, 70.6 GB per GPU under TP=4.",
        {"141.1 GB": H, "70.6 GB": W},
        "35.27",
    ),
    (
        "ru-share-after-total",
        "Если перевести Llama-3.1-70B на fp8, веса займут 70,6 ГБ, по 17,6 ГБ на карту при TP = 4.",
        {"70,6 ГБ": H, "17,6 ГБ": H},
        "",
    ),
    (
        "en-ie-share",
        "Llama-3.1-70B fp8 weights: 70.6 GB total, i.e. 17.6 GB per H100 under TP=4 — a 50 % saving over bf16.",
        {"70.6 GB": H, "17.6 GB": H},
        "",
    ),
    # a share with the device before it (`на карту приходится X`, `each of the 4 GPUs holds X`)
    ("ru-per-card-before", "Веса Llama-3.1-70B в bf16, TP = 4: на карту приходится 35,3 ГБ.", {"35,3 ГБ": H}, ""),
    ("ru-per-card-before-wrong", "Веса Llama-3.1-70B в bf16, TP = 4: на карту приходится 70,6 ГБ.", {"70,6 ГБ": W}, "35.27"),
    (
        "en-each-of-holds",
        "# Llama-3.1-70B on four H100s\n\nThe bf16 weights are split with TP=4.\nEach of the 4 GPUs holds 35.3 GB of them.\n",
        {"35.3 GB": H},
        "",
    ),
    # the total said to be each device's: wrong, with the share
    (
        "en-total-per-card",
        "# Llama-3.1-70B on four H100s\n\nThe bf16 weights are split with TP=4.\nEach card needs 141.1 GB of weights.\n",
        {"141.1 GB": W},
        "35.27",
    ),
    (
        "en-total-per-card-tp-same",
        "Mixtral-8x7B in bf16 with TP=2: every H100 needs the full 93.4 GB of weights.",
        {"93.4 GB": W},
        "46.7",
    ),
    ("ru-total-per-card", "Llama-3.1-70B в bf16 при TP = 4: на каждую карту по 141,1 ГБ весов.", {"141,1 ГБ": W}, "35.27"),
    # the sum over the shards is the total
    ("en-sum-over-shards", "# Llama-3.1-70B\n\nfp8 weights, TP=4.\n70.6 GB is the sum over the 4 shards.\n", {"70.6 GB": H}, ""),
    # copies and exports of the weights
    ("ru-copies", "Хранилище под 3 копии весов Llama-2-70B в fp16 — 414 ГБ.", {"414 ГБ": H}, ""),
    ("ru-copies-wrong", "Хранилище под 3 копии весов Llama-2-70B в fp16 — 276 ГБ.", {"276 ГБ": W}, "413.86"),
    ("en-exports", "Llama-3-8B bf16 weights-only exports every 1,000 steps, 50 of them in total: 803 GB.", {"803 GB": H}, ""),
    (
        "en-exports-wrong",
        "Llama-3-8B bf16 weights-only exports every 1,000 steps, 50 of them in total: 1.6 TB.",
        {"1.6 TB": W},
        "0.803",
    ),
    # a size restated in brackets is the same size; one said per copy is one copy
    (
        "ru-copies-restated-wrong",
        "Хранилище под 3 копии весов Llama-2-70B в fp16 — 414 ГБ (в смете заложено 1,24 ТБ).",
        {"414 ГБ": H, "1,24 ТБ": W},
        "0.414",
    ),
    ("en-copies-each", "Keep 3 copies of the Llama-2-70B weights in fp16: 414 GB (138 GB each).", {"414 GB": H, "138 GB": H}, ""),
    ("en-copies-before", "Keeping 2 copies of the Llama-3-8B weights in bf16 takes 32.1 GB.", {"32.1 GB": H}, ""),
    ("en-copies-no-dtype", "Keeping 3 copies of the Llama-3-8B weights takes 48.2 GB.", {"48.2 GB": V}, ""),
    ("en-checkpoints-wrong", "# Llama-3-8B\n\nWe keep 4 bf16 checkpoints of the weights: 32 GB.\n", {"32 GB": W}, "64.24"),
    # a sum of typed parts: the weights addend as the weights, the total as the sum
    ("ru-typed-sum", "Итого веса Llama-2-70B в fp16 и кэш: 137,95 ГБ + 85,9 ГБ = 223,9 ГБ.", {"137,95 ГБ": H, "223,9 ГБ": H}, ""),
    ("ru-typed-sum-wrong-part", "Итого веса Llama-2-70B в fp16 и кэш: 68,98 ГБ + 85,9 ГБ = 154,9 ГБ.", {"68,98 ГБ": W}, "137.95"),
]


@pytest.mark.parametrize(("text", "want", "shown"), [c[1:] for c in CASES], ids=[c[0] for c in CASES])
def test_a_typed_share_or_multiple_is_checked_as_what_it_is_of(text: str, want: dict[str, str], shown: str) -> None:
    got = _verdicts(text)
    for stated, group in want.items():
        mine = [g for s, g, _ in got if s == stated]
        assert mine and mine[0] == group, (stated, got)
        if group == W:
            why = next(e for s, g, e in got if s == stated)
            assert shown in why, why


# Look-alikes: a per-device figure that is no share of the weights (the card's own memory, a price, a rate, a
# replica's full copy), copies of something else: never an error.
LOOK_ALIKES = [
    ("card-memory", "Llama-3.1-70B in bf16 runs on four H100 80GB cards with TP=4: 80 GB each."),
    ("price-per-gpu", "Llama-3.1-70B in bf16 with TP=4 costs $2.10 per GPU-hour across the 4 GPUs."),
    ("rate-per-gpu", "Llama-3.1-70B in bf16 with TP=4 decodes 190 tokens/s per GPU."),
    ("replicas", "With 4 data-parallel replicas of Llama-3.1-70B in bf16, each GPU holds the full 141.1 GB."),
    ("kv-per-card", "Llama-3.1-70B with TP=4: the KV cache takes 20 GiB per card."),
    ("card-has", "# Llama-3.1-70B\n\nbf16 weights, TP=4.\nEach H100 has 80 GB, enough for its share of the weights.\n"),
    ("room-left", "Llama-3.1-70B bf16 weights with TP=4 leave 44.7 GB free per GPU."),
    ("kv-copies", "Llama-3-8B in bf16: 2 copies of the KV cache take 2 GiB."),
    ("expert-parallel", "Mixtral-8x7B bf16 weights with expert parallelism over 8 GPUs: 11.2 GB per GPU."),
    ("model-name-digit", "GPT-2 XL checkpoint in fp32? :: 6.23 GB"),
    ("dataset-copies", "3 копии датасета для Llama-2-70B в fp16 — 414 ГБ."),
    ("ru-card-capacity", "Веса Llama-3.1-70B в bf16: на две карты по 80 ГБ при TP=2 — по 70,6 ГБ на карту."),
]


@pytest.mark.parametrize("text", [c[1] for c in LOOK_ALIKES], ids=[c[0] for c in LOOK_ALIKES])
def test_a_look_alike_is_no_error(text: str) -> None:
    wrong = [(c.stated, c.explanation) for c in note_claims(text) if c.verdict is Verdict.WRONG]  # type: ignore[attr-defined]
    assert not wrong, wrong
