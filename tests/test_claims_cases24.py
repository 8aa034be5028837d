"""Claim cases of our own wording (English and Russian) for the twenty-fourth round: what must be
true before a figure may be called wrong.

A one-sided bound holds only on its own side: the rounding of a round figure (`at most 100 GB`)
never carries a true value that lies on the side the bound excludes.

Activations and logits: an input is the figure's own. A number right before a product sign is a
formula's coefficient, not the vocabulary; the type said in the figure's own stretch of the
sentence is its type (a second clause in another type is not judged in the first's); a layer's
figure on each device is one layer's share, not all layers'; a figure "per sequence" is for one
sequence whatever batch a later clause names; a length or a batch said in a heading or as
"at N tokens and batch B" is read.

Token budgets: a rate in tokens per parameter is a rule only in the clause that names the rule
(`…; trained on 15T instead, about 1,868 per parameter` is the run's rate, not the next line's
rule); `1,868` in an English sentence is a grouped thousand; a bare count after a token count
(`~260 млрд токенов; на деле 2 трлн`) is more tokens, not a parameter count, unless a model word
stands with it (`а модели на 13 млрд`)."""

from __future__ import annotations

import pytest
from conftest import H, W, check_claims

BOUNDS = [
    # a round bound on the excluded side is wrong, with the true size
    ("en-at-most-round-wrong", "In bf16, Llama-2-70B occupies at most 100 GB.", [W], "137.953 GB"),
    ("ru-ne-bolee-round-wrong", "Llama-2-70B в bf16 весит не более 100 ГБ.", [W], "137.953 GB"),
    ("en-at-least-round-wrong", "Llama-3-8B stored in bf16 is at least 20 GB.", [W], "16.061 GB"),
    ("ru-ne-menee-round-wrong", "Llama-3-8B в bf16 весит не менее 20 ГБ.", [W], "16.061 GB"),
    ("en-under-round-wrong", "Llama-2-13B in fp16 is under 20 GB.", [W], "26.032 GB"),
    # … on its own side, or just past it by a hair, the bound holds
    ("en-under-close-holds", "Llama-3-8B in bf16 stays under 16.1 GB.", [H], ""),
    ("en-at-most-holds", "In bf16, Llama-2-70B occupies at most 140 GB.", [H], ""),
    ("ru-ne-bolee-holds", "Llama-2-70B в bf16 весит не более 140 ГБ.", [H], ""),
    ("en-at-least-holds", "Llama-3-8B stored in bf16 is at least 16 GB.", [H], ""),
    ("ru-ne-menee-holds", "Llama-3-8B в bf16 весит не менее 15 ГБ.", [H], ""),
]


@pytest.mark.parametrize(("text", "groups", "shown"), [c[1:] for c in BOUNDS], ids=[c[0] for c in BOUNDS])
def test_a_bound_holds_only_on_its_own_side(text: str, groups: list[str], shown: str) -> None:
    check_claims(text, groups, shown)


ACTIVATIONS = [
    # the coefficient of a written formula is not the vocabulary
    (
        "en-logits-coefficient",
        "Llama-2-7B, s = 1024, b = 2.\n\n- fp32 logits of the 32,000-token vocabulary: 4·s·b·V = 262 MB.",
        [H],
        "",
    ),
    (
        "en-logits-coefficient-wrong",
        "Llama-2-7B, s = 1024, b = 2.\n\n- fp32 logits of the 32,000-token vocabulary: 4·s·b·V = 524 MB.",
        [W],
        "262.144 MB",
    ),
    # each clause in its own type
    ("en-logits-two-types", "Llama-2-7B at s = 4096, b = 2: bf16 logits need 524 MB, and in fp32 they need 1.05 GB.", [H, H], ""),
    (
        "en-logits-two-types-wrong",
        "Llama-2-7B at s = 4096, b = 2: bf16 logits need 524 MB, and in fp32 they need 524 MB.",
        [H, W],
        "1,049 MB",
    ),
    ("ru-logits-two-types", "Llama-2-7B, s = 4096, b = 2: логиты в fp32 — 1,05 ГБ, а в bf16 — 524 МБ.", [H, H], ""),
    (
        "ru-logits-two-types-wrong",
        "Llama-2-7B, s = 4096, b = 2: логиты в fp32 — 1,05 ГБ, а в bf16 — 1,05 ГБ.",
        [H, W],
        "0.524 GB",
    ),
    # one layer on each device
    (
        "en-one-layer-per-gpu",
        "Llama-2-70B, s = 2048, b = 2, TP = 8.\n\n"
        "With selective recomputation and sequence parallelism, a single layer's activations per GPU come to about 143 MB.",
        [H],
        "",
    ),
    (
        "en-one-layer-per-gpu-wrong",
        "Llama-2-70B, s = 2048, b = 2, TP = 8.\n\n"
        "With selective recomputation and sequence parallelism, a single layer's activations per GPU come to about 1.4 GB.",
        [W],
        "0.143 GB",
    ),
    (
        "en-layer-then-all-per-gpu-wrong",
        "Llama-2-70B, s = 2048, b = 2, TP = 8.\n\n"
        "Selective recomputation with sequence parallelism: 143 MB per layer, which is 91 GB per GPU.",
        [H, W],
        "11.409 GB",
    ),
    # per sequence: b = 1 whatever a later clause says
    (
        "en-per-sequence",
        "Llama-2-7B, s = 2048, no recomputation: 956 MB of activations per sequence per layer; "
        "a micro-batch of 8 needs 7.65 GB per layer.",
        [H, H],
        "",
    ),
    (
        "en-per-sequence-wrong",
        "Llama-2-7B, s = 2048, no recomputation: 7.65 GB of activations per sequence per layer; "
        "a micro-batch of 8 needs 7.65 GB per layer.",
        [W, H],
        "0.956 GB",
    ),
    # a length and a batch from the heading or said as `at N tokens and batch B`
    (
        "ru-heading-inputs-wrong",
        "# Активации Llama-2-7B, длина 1024, батч 2\n\nБез пересчёта активации одного слоя — около 1,9 ГБ.",
        [W],
        "0.621 GB",
    ),
    (
        "ru-heading-inputs",
        "# Активации Llama-2-7B, длина 1024, батч 2\n\nБез пересчёта активации одного слоя — около 620 МБ.",
        [H],
        "",
    ),
    ("en-at-tokens-and-batch", "For Llama-3-8B at 4096 tokens and batch 2 the fp32 logits take about 4.2 GB.", [H], ""),
    (
        "en-at-tokens-and-batch-wrong",
        "For Llama-3-8B at 4096 tokens and batch 2 the fp32 logits take about 8.4 GB.",
        [W],
        "4.203 GB",
    ),
]


@pytest.mark.parametrize(("text", "groups", "shown"), [c[1:] for c in ACTIVATIONS], ids=[c[0] for c in ACTIVATIONS])
def test_activation_inputs_are_the_figures_own(text: str, groups: list[str], shown: str) -> None:
    check_claims(text, groups, shown)


TOKENS = [
    # the line above's measured rate is no rule for this line
    (
        "en-run-rate-above-is-no-rule",
        "Compute-optimal training of Llama-3-8B wants about 160B tokens; "
        "the actual run used 15T, roughly 1,868 tokens per parameter.\n"
        "По Chinchilla Llama-2-70B нужно ~1,38 трлн токенов.",
        [H, H, H],
        "",
    ),
    (
        "en-run-rate-above-is-no-rule-wrong",
        "Compute-optimal training of Llama-3-8B wants about 160B tokens; "
        "the actual run used 15T, roughly 1,868 tokens per parameter.\n"
        "По Chinchilla Llama-2-70B нужно ~2,76 трлн токенов.",
        [H, H, W],
        "1.38T",
    ),
    # grouped thousands in English
    ("en-grouped-rate", "Llama-3-8B saw 15T tokens, about 1,868 tokens per parameter.", [H], ""),
    ("en-grouped-rate-wrong", "Llama-3-8B saw 15T tokens, about 1,200 tokens per parameter.", [W], "1,868"),
    # a bare count after a token count is more tokens …
    (
        "ru-elliptic-tokens",
        "Оптимум по Chinchilla для Llama-2-13B — ~260 млрд токенов; на деле 2 трлн, около 154 токенов на параметр.",
        [H, H],
        "",
    ),
    (
        "ru-elliptic-tokens-wrong",
        "Оптимум по Chinchilla для Llama-2-13B — ~260 млрд токенов; на деле 2 трлн, около 15 токенов на параметр.",
        [H, W],
        "154",
    ),
    # … unless a model word stands with it
    (
        "ru-model-count-after-tokens",
        "По правилу 20 токенов на параметр модели на 7 млрд нужно 140 млрд токенов, а модели на 13 млрд — 260 млрд токенов.",
        [H, H],
        "",
    ),
    (
        "ru-model-count-after-tokens-wrong",
        "По правилу 20 токенов на параметр модели на 7 млрд нужно 140 млрд токенов, а модели на 13 млрд — 520 млрд токенов.",
        [H, W],
        "260B",
    ),
]


@pytest.mark.parametrize(("text", "groups", "shown"), [c[1:] for c in TOKENS], ids=[c[0] for c in TOKENS])
def test_a_token_rule_is_stated_where_it_is_used(text: str, groups: list[str], shown: str) -> None:
    check_claims(text, groups, shown)
