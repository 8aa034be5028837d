"""Claim cases of our own wording for training memory with several models (round 28, values by hand).

Facts (claims-gold §2.1): Llama-2-7B 6,738,415,616 params: fp16 13.477 GB, ×16 B 107.815 GB; Llama-2-13B
13,015,864,320: fp16 26.032 GB; Llama-3-8B 8,030,261,248: bf16 16.061 GB, ×16 B 128.484 GB, ZeRO-3 over 8 at 16 B:
16.061 GB per GPU; Mistral-7B 7,241,732,096: bf16 14.483 GB, ×16 B 115.868 GB.
RLHF over Mistral-7B (policy and value at 16 B/param, reference and reward in bf16): 2 × 115.868 + 2 × 14.483 = 260.702
GB; over 4 GPUs under ZeRO-3, 260.702 / 4 = 65.175 GB each.
"""

from __future__ import annotations

import pytest
from conftest import H, V, W, check_claims


def _case(c: object) -> object:
    values, marks = (c.values, c.marks) if hasattr(c, "marks") else (c, ())  # type: ignore[attr-defined]
    return pytest.param(*values[1:], id=values[0], marks=marks)  # type: ignore[index]


# A model said to keep no optimizer (`no optimizer states`, `без оптимизатора`, `не имеет состояний оптимизатора`) is not
# trained: its figure is its weights in the type its stretch names. With gradients (plain SGD) it is another sum.
NO_OPTIMIZER_CASES = [
    # 13,015,864,320 × 2 B = 26.032 GB
    ("en-judge-no-optimizer", "The judge, Llama-2-13B in fp16 with no optimizer states, occupies 26.03 GB.\n", [H], ""),
    # twice the weights is not the weights (Adam's two moments would give it, but no optimizer is kept)
    (
        "en-judge-no-optimizer-wrong",
        "The judge, Llama-2-13B in fp16 with no optimizer states, occupies 52.06 GB.\n",
        [W],
        "26.032 GB",
    ),
    # 7,241,732,096 × 2 B = 14.483 GB
    ("ru-bez-optimizatora", "Эталонная Mistral-7B в bf16 без оптимизатора занимает 14,48 ГБ.\n", [H], ""),
    # 8,030,261,248 × 2 B = 16.061 GB
    (
        "ru-ne-imeet-sostoyanij",
        "Награда — Llama-3-8B в bf16, она не имеет состояний оптимизатора и весит 16,06 ГБ.\n",
        [H],
        "",
    ),
    # a checkpoint saved without the optimizer's states: the bf16 weights, 16.061 GB
    ("en-checkpoint-without-states", "Without the optimizer states, the Llama-3-8B checkpoint in bf16 is 16.06 GB.\n", [H], ""),
    # look-alikes that keep their readings: weights and gradients (a part, unverifiable); a checkpoint with and without
    (
        "en-sgd-weights-and-grads",
        "SGD without an optimizer state still stores bf16 weights and gradients: Llama-3-8B takes 32.12 GB.\n",
        [V],
        "",
    ),
    (
        "ru-checkpoint-with-and-without",
        "Чекпойнт Llama-3-8B с состояниями оптимизатора — 128,48 ГБ, без них — 16,06 ГБ в bf16.\n",
        [H, H],
        "",
    ),
    # no model anywhere: nothing is sized
    ("en-no-model", "Without optimizer states the estimate drops to 64 GB.\n", [], ""),
]


@pytest.mark.parametrize(("text", "groups", "shown"), [_case(c) for c in NO_OPTIMIZER_CASES])
def test_a_model_without_an_optimizer_is_its_weights(text: str, groups: list[str], shown: str) -> None:
    check_claims(text, groups, shown)


# A frozen model said after the trained one (`… and keep the frozen reference (14.48 GB in bf16)`) is not sized by the
# trained one's recipe; a frozen base said before full fine-tuning leaves the fine-tuning's figure as it was.
FROZEN_CASES = [
    # 115.868 GB trained (16 B/param), 14.483 GB frozen in bf16
    (
        "en-frozen-reference-after-policy",
        "Mistral-7B: we train the policy with 16-byte Adam accounting (115.87 GB) and keep the frozen reference "
        "(14.48 GB in bf16).\n",
        [H, H],
        "",
    ),
    (
        "en-frozen-base-then-full-ft",
        "Mistral-7B: the frozen base is kept aside, and full fine-tuning with Adam (16 B/param) takes 115.87 GB.\n",
        [H],
        "",
    ),
    (
        "en-frozen-base-then-full-ft-wrong",
        "Mistral-7B: the frozen base is kept aside, and full fine-tuning with Adam (16 B/param) takes 57.93 GB.\n",
        [W],
        "115.868 GB",
    ),
]


@pytest.mark.parametrize(("text", "groups", "shown"), [_case(c) for c in FROZEN_CASES])
def test_a_frozen_model_is_not_trained(text: str, groups: list[str], shown: str) -> None:
    check_claims(text, groups, shown)


# A total over several models (roles, or `both models`, `все четыре модели`) is no one model's training memory: it holds
# where it is the sum of the parts stated before it (its sentence, the sentence it goes on from, the lines above a total
# on a line of its own), else it is unverifiable, never an error.
SEVERAL_CASES = [
    # 107.81 + 13.48 = 121.29
    (
        "en-both-models-parts-above",
        "- Policy Llama-2-7B at 16 B/param: 107.81 GB.\n- Reference Llama-2-7B in fp16: 13.48 GB.\n\n"
        "Both models together: 121.29 GB.\n",
        [H, H, H],
        "",
    ),
    # 125 is not 121.29, but a part may be left unsaid: unverifiable
    (
        "en-both-models-other-total",
        "- Policy Llama-2-7B at 16 B/param: 107.81 GB.\n- Reference Llama-2-7B in fp16: 13.48 GB.\n\n"
        "Both models together: 125 GB.\n",
        [H, H, V],
        "",
    ),
    # 26.03 + 107.81 = 133.84
    (
        "ru-itogo-teacher-student",
        "- Учитель Llama-2-13B в fp16: 26,03 ГБ.\n- Ученик Llama-2-7B, Adam, 16 байт на параметр: 107,81 ГБ.\n\n"
        "Итого 133,84 ГБ.\n",
        [H, H, H],
        "",
    ),
    # 128.48 + 26.03 = 154.51 (the two figures on the line above are each other's, not checked)
    (
        "en-so-for-both",
        "Distillation: the student Llama-3-8B at 16 B/param is 128.48 GB and the teacher Llama-2-13B in fp16 is "
        "26.03 GB.\nSo 154.51 GB for both.\n",
        [V, V, H],
        "",
    ),
    # four models, none of their sizes stated: 260.7 GB overall is unverifiable (it was read as one Mistral-7B at 16 B)
    (
        "en-overall-four-roles",
        "PPO state: policy and value Mistral-7B at 16 B/param, reference and reward Mistral-7B in bf16; 260.7 GB overall.\n",
        [V],
        "",
    ),
    # the same, in Russian with the recipe's `16 байт` said before the total (it was read as one Mistral-7B in bf16)
    (
        "ru-vsego-four-roles",
        "Политика и ценность Mistral-7B по 16 байт на параметр плюс референс и награда в bf16 — всего 260,7 ГБ.\n",
        [V],
        "",
    ),
    # one model's total, its stretch naming the student alone: 128.484 GB, not 64.24
    (
        "en-student-total-alone-wrong",
        "The student Llama-3-8B at 16 B/param needs 64.24 GB in total; the teacher is frozen.\n",
        [W],
        "128.484 GB",
    ),
    # serving two models (no training): their weights together, (8.03 + 7.24)B × 2 B = 30.544 GB
    ("en-serving-two-models", "Serving Llama-3-8B and Mistral-7B in bf16 takes 30.54 GB in total.\n", [H], ""),
]


@pytest.mark.parametrize(("text", "groups", "shown"), [_case(c) for c in SEVERAL_CASES])
def test_a_total_over_several_models(text: str, groups: list[str], shown: str) -> None:
    check_claims(text, groups, shown)


# One device's share of a total stated over several models divides that total (ZeRO-3 shards all of it): 260.7 / 4 =
# 65.175 GB; another share of it is unverifiable. A single model's share is computed from its recipe as before.
SHARE_CASES = [
    (
        "en-share-of-rlhf-total",
        "- Policy and value: Mistral-7B at 16 B/param.\n- Reference and reward: Mistral-7B in bf16.\n\n"
        "In total 260.7 GB; with ZeRO-3 over 4 GPUs that is 65.18 GB per GPU.\n",
        [V, H],
        "",
    ),
    (
        "en-share-of-rlhf-total-other",
        "- Policy and value: Mistral-7B at 16 B/param.\n- Reference and reward: Mistral-7B in bf16.\n\n"
        "In total 260.7 GB; with ZeRO-3 over 4 GPUs that is 32.59 GB per GPU.\n",
        [V, V],
        "",
    ),
    (
        "ru-share-of-rlhf-total",
        "- Политика и ценность: Mistral-7B, 16 байт на параметр.\n- Референс и награда: Mistral-7B в bf16.\n\n"
        "Итого 260,7 ГБ; при ZeRO-3 на 4 GPU — 65,18 ГБ на каждый GPU.\n",
        [V, H],
        "",
    ),
    # one model: 128.484 GB of states, ZeRO-3 over 8 → 16.061 GB per GPU, not 32
    (
        "en-single-model-share-wrong",
        "Llama-3-8B at 16 B/param is 128.48 GB in total; with ZeRO-3 over 8 GPUs that is 32 GB per GPU.\n",
        [H, W],
        "16.061 GB",
    ),
]


@pytest.mark.parametrize(("text", "groups", "shown"), [_case(c) for c in SHARE_CASES])
def test_a_share_of_a_total_over_several_models(text: str, groups: list[str], shown: str) -> None:
    check_claims(text, groups, shown)
