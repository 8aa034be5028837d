"""Claim cases of our own wording: models a note binds to roles, and figures said of several models together.

Distillation, speculative-decoding and RLHF notes name each model once by its role (`Teacher:
Llama-3.1-70B-Instruct`, `Qwen2.5-0.5B as the draft`, `учитель — …`) and then size it by that role
(`the teacher in fp8 is 70.6 GB`). A role noun stands for the model bound to it above; a binding
said as a what-if (`with X as the draft instead`) holds on its own line only, and a role noun
qualified by another size (`the 8B draft`) is another model. A figure said of two models joined
(`X and Y together take …`) is their summed weights; a figure each, a capacity they fit in, or their
caches together is not checked as that sum."""

from __future__ import annotations

import pytest
from conftest import H, V, W, check_claims, note_claims


def _note(*lines: str) -> str:
    return "\n".join(["# Plan", "", *lines, ""])


ROLES = [
    # bound with a colon, then called by the role: holds, and a wrong one is judged against the bound model
    (
        "colon-holds",
        _note("Teacher: Llama-3.1-70B-Instruct. Student: Llama-3.2-3B.", "", "The student in bf16 weighs 6.4 GB."),
        [H],
        "",
    ),
    (
        "colon-wrong",
        _note("Teacher: Llama-3.1-70B-Instruct. Student: Llama-3.2-3B.", "", "The teacher in fp8 needs 140 GB."),
        [W],
        "70.554 GB",
    ),
    (
        "possessive",
        _note("Teacher: Llama-3.1-70B-Instruct; student: Llama-3.2-3B.", "", "- teacher's weights in bf16: 141.1 GB"),
        [H],
        "",
    ),
    # `X as the draft`, `X is the target`
    (
        "as-the",
        _note("We run Qwen2.5-0.5B as the draft and Qwen2.5-7B as the target.", "", "In bf16 the target takes 7.6 GB."),
        [W],
        "15.231 GB",
    ),
    (
        "is-the",
        _note("Qwen2.5-7B is the target here.", "", "Its draft is not decided yet; the target in bf16 is 15.2 GB."),
        [H],
        "",
    ),
    # Russian: a dash, case forms
    ("ru-dash", _note("Учитель — Llama-3.1-70B-Instruct, ученик — Llama-3.2-3B.", "", "Веса ученика в bf16 — 6,4 ГБ."), [H], ""),
    (
        "ru-dash-wrong",
        _note("Учитель — Llama-3.1-70B-Instruct, ученик — Llama-3.2-3B.", "", "Учитель в fp8 весит 35 ГБ."),
        [W],
        "70.554 GB",
    ),
    (
        "ru-role-of",
        _note(
            "Llama-3.1-8B-Instruct в роли черновика, Llama-3.1-70B-Instruct — целевая модель.",
            "",
            "Черновик в bf16 занимает 16 ГБ.",
        ),
        [H],
        "",
    ),
    # no binding: a role noun alone names no model, its figure is not checked against the note's model
    ("unbound", _note("# Llama-3.1-70B-Instruct", "", "The draft in bf16 weighs 1 GB."), [V], ""),
    # a what-if binding holds on its line only: later the draft is still the one bound first
    (
        "what-if-local",
        _note(
            "Draft: Qwen2.5-0.5B.",
            "",
            "With Llama-3.1-8B as the draft instead, the draft would cost 16 GB in bf16.",
            "",
            "The draft in bf16 weighs 0.99 GB.",
        ),
        [H, H],
        "",
    ),
    # `the 8B draft` is another model than the bound draft: not judged as the bound one
    ("qualified", _note("Draft: Qwen2.5-0.5B.", "", "The 8B draft in bf16 is 16 GB."), [], ""),
    # a later binding of the same role replaces the first
    (
        "rebound",
        _note("Draft: Qwen2.5-0.5B.", "", "Later the draft became Qwen2.5-1.5B.", "", "The draft in bf16 is 3.1 GB."),
        [H],
        "",
    ),
]


@pytest.mark.parametrize(("text", "groups", "shown"), [c[1:] for c in ROLES], ids=[c[0] for c in ROLES])
def test_a_role_noun_stands_for_the_model_bound_to_it(text: str, groups: list[str], shown: str) -> None:
    check_claims(text, groups, shown)


TOGETHER = [
    ("together-en", _note("Together Llama-3.1-70B and Llama-3.2-3B take 147.5 GB in bf16."), [H], ""),
    ("plus", _note("Llama-3.1-70B plus Llama-3.2-3B in bf16: 147.5 GB."), [H], ""),
    ("together-ru", _note("Вместе Llama-3.1-70B и Llama-3.2-3B в bf16 занимают 147,5 ГБ."), [H], ""),
    ("together-wrong", _note("Llama-3.1-8B and Mistral-7B together need 61 GB in bf16."), [W], "30.54"),
    (
        "roles-together",
        _note(
            "Teacher: Llama-3.1-70B-Instruct. Student: Llama-3.2-3B.",
            "",
            "The teacher and the student together take 147.5 GB in bf16.",
        ),
        [H],
        "",
    ),
    # not the sum: a figure each, a capacity, the caches, two types
    ("each", _note("Llama-3.1-8B and Mistral-7B need about 16 GB each in bf16."), [V], ""),
    ("fits", _note("Both Llama-3.1-70B and Llama-3.2-3B fit in 150 GB in bf16."), [V], ""),
    ("caches", _note("Llama-3.1-8B and Mistral-7B together keep 256 KiB of KV cache per token."), [V], ""),
    ("two-types", _note("Llama-3.1-70B in int4 plus Llama-3.2-3B in bf16 take 41.7 GB together."), [V], ""),
    # figures listed in parallel stay one per model
    ("parallel", _note("Llama-3.1-70B and Llama-3.2-3B take 141.1 GB and 6.4 GB in bf16."), [V, V], ""),
]


@pytest.mark.parametrize(("text", "groups", "shown"), [c[1:] for c in TOGETHER], ids=[c[0] for c in TOGETHER])
def test_a_figure_said_of_models_together_is_their_sum(text: str, groups: list[str], shown: str) -> None:
    check_claims(text, groups, shown)


# A cache total is judged only when the context and batch it was computed with are the ones its own
# stretch of the sentence states: a second token count or batch there that the reading did not use
# (`a 3000-token prompt plus 1000 generated tokens`, `16 dialogs of 8192 tokens` read as one) leaves the
# figure unchecked; figures with their own inputs each (`1 GiB at 8k, 4 GiB at 32k`) are still judged.
KV_INPUTS = [
    # the cache after generation holds the prompt and the tokens generated
    (
        "ru-prompt-plus-generated-wrong",
        _note("После 1000 сгенерированных токенов поверх промпта в 3000 токенов кэш Llama-3-8B в fp16 — 2 ГиБ."),
        [W],
        "0.488",
    ),
    # a token count the reading did not use, with no prompt and output: not checked
    ("two-counts", _note("Llama-3-8B's fp16 cache at 4k, or 8k with the long config, is 2 GiB."), [V], ""),
    (
        "prompt-plus-generated",
        _note("After 1000 generated tokens on top of a 3000-token prompt, Llama-3-8B's fp16 cache is 500 MiB."),
        [H],
        "",
    ),
    ("ru-dialogs", _note("Для Llama-3-8B в fp16 на 16 одновременных диалогов по 8192 токена нужно 16 ГиБ кэша."), [H], ""),
    # (the second figure's context is read as the first one's 8k: the 32k it states is not used, so it is not checked;
    # judging it against 32k is left to the context reading)
    ("two-contexts-wrong-second", _note("Llama-3-8B's fp16 KV cache grows from 1 GiB at 8k to 8 GiB at 32k."), [H, V], ""),
    ("own-inputs-each", _note("In fp16 the KV cache of Llama-3-8B is 1 GiB at 8k and 8 GiB at 32k."), [H, V], ""),
    ("one-context-wrong", _note("At 8k tokens Llama-3-8B's fp16 KV cache is 4 GiB."), [W], "1"),
    (
        "batch-after-clause",
        _note("A 32k sequence costs Llama-3-8B 4 GiB of fp16 KV cache; at batch 8 that becomes 64 GiB."),
        [H, W],
        "32",
    ),
]


@pytest.mark.parametrize(("text", "groups", "shown"), [c[1:] for c in KV_INPUTS], ids=[c[0] for c in KV_INPUTS])
def test_a_cache_total_is_judged_only_on_the_inputs_its_sentence_states(text: str, groups: list[str], shown: str) -> None:
    check_claims(text, groups, shown)


def test_a_base_and_a_reference_model_are_roles_too() -> None:
    """LoRA notes bind the base model, DPO notes the policy and the reference model."""
    text = _note(
        "Base model: Llama-3.1-8B. Reference model: Qwen2.5-7B.",
        "",
        "The base model in bf16 is 32 GB.",
        "",
        "The reference model in bf16 takes 15.2 GB.",
    )
    claims = note_claims(text)
    got = [(c.line, c.verdict.group) for c in claims]  # type: ignore[attr-defined]
    assert got == [(5, "wrong"), (7, "holds")], [(c.line, c.explanation) for c in claims]  # type: ignore[attr-defined]
