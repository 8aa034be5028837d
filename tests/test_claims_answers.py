"""Claim cases of our own wording: a bare figure whose subject is on the line(s) before it.

Cards and exercises put the question on one line and its answer on the next (`Phi-4 в int4?` / `?` /
`Ответ: 7,35 ГБ.`; `Q: …` / `A: …`; `### Q3. …?` / `My answer: …`; a `> [!question]` callout and its body):
the answer is read after its question as a one-line card is (`question? :: answer`), so every shape checks
it; its figures stay its own line's, at their own columns. A question with no sizing subject, an answer
that is a date, a price or a score, a line that is no answer (long, no marker, not starting with its
figure) and a figure after an unrelated heading are never judged against the question.

Values (claims-gold): Llama-3-8B 8,030,261,248 params (bf16 16.06 GB, int4 4.015 GB), KV 128 KiB/token
in bf16 (8,192 tokens: 1 GiB); Mistral-7B 7,241,732,096 params (bf16 14.48 GB, int8 7.24 GB), KV 128 KiB
per token; Llama-2-7B KV 512 KiB/token in fp16.
"""

from __future__ import annotations

import pytest
from conftest import H, V, W, check_claims, note_claims

CARDS = [
    # an Obsidian spaced-repetition card: question / `?` / answer
    ("sr-card-en", "# Deck\n\nLlama-3-8B in bf16?\n?\n16.1 GB\n", [H], ""),
    ("sr-card-en-wrong", "# Deck\n\nMistral-7B in int8?\n?\nAbout 14.5 GB.\n", [W], "7.242 GB"),
    ("sr-card-ru-answer-word", "# Карточки\n\nLlama-3-8B в int4?\n?\nОтвет: 8 ГБ.\n", [W], "4.015 GB"),
    ("sr-card-ru-bare", "# Карточки\n\nСколько весит Llama-3-8B в bf16?\n?\n16,1 ГБ.\n", [H], ""),
    ("sr-card-ru-kv", "# Карточки\n\nKV-кэш Llama-3-8B на 8192 токенах (bf16)?\n?\nРовно 1 ГиБ.\n", [H], ""),
    ("sr-card-ru-kv-wrong", "# Карточки\n\nKV-кэш Llama-3-8B на 8192 токенах (bf16)?\n?\nЦелых 4 ГиБ.\n", [W], "1 GiB"),
    ("sr-card-ru-ratio", "# Карточки\n\nВо сколько раз Llama-3-8B в bf16 тяжелее, чем в int4?\n?\nВ 4 раза.\n", [H], ""),
    (
        "sr-card-ru-ratio-wrong",
        "# Карточки\n\nВо сколько раз Llama-3-8B в bf16 тяжелее, чем в int4?\n?\nВ 2 раза.\n",
        [W],
        "ratio 4",
    ),
    ("sr-card-ru-percent", "# Карточки\n\nЭкономия int4 относительно bf16?\n?\nРовно 75 %.\n", [H], ""),
    ("sr-card-ru-percent-wrong", "# Карточки\n\nЭкономия int8 относительно bf16?\n?\n75 %.\n", [W], "50.0%"),
    # Q:/A: pairs, a blank line between, bold markers
    ("qa-en", "# Prep\n\nQ: How much KV cache does Llama-3-8B keep per token in bf16?\nA: 128 KiB\n", [H], ""),
    ("qa-en-blank", "# Prep\n\nQ: Mistral-7B weights in bf16?\n\nA: about 29 GB\n", [W], "14.483 GB"),
    ("qa-ru-bold", "# Собеседование\n\n**В:** Кэш Llama-3-8B на 8192 токенах в bf16?\n**О:** 2 ГиБ.\n", [W], "1 GiB"),
    ("qa-ru-question-word", "# Карточки\n\nВопрос: Mistral-7B в int8\nОтвет: около 7,2 ГБ\n", [H], ""),
    # a heading that asks, the answer below it
    ("heading-question", "# Prep\n\n### Q1. Mistral-7B weights for inference in bf16?\nMy answer: 14.5 GB.\n", [H], ""),
    ("heading-question-wrong", "# Prep\n\n### Q1. Mistral-7B weights in bf16?\nMy answer: 29 GB.\n", [W], "14.483 GB"),
    # a question callout and its body
    ("callout", "# Deck\n\n> [!question] Llama-3-8B in int4?\n> about 4 GB\n", [H], ""),
    ("callout-answer", "# Deck\n\n> [!question] Llama-3-8B in int4?\n>> [!answer]-\n>> 8 GB\n", [W], "4.015 GB"),
    ("callout-wrong", "# Deck\n\n> [!question]- Llama-3-8B in int4?\n> 8 GB\n", [W], "4.015 GB"),
    # a bare short answer right below its question
    ("bare-below", "# Deck\n\nLlama-3-8B в bf16?\n4,94 ГБ.\n", [W], "16.061 GB"),
    # look-alikes: the answer is a date, a price, a score; the question sizes nothing; no answer at all
    ("date-answer", "# Quiz\n\nWhen was Llama-3-8B released?\n?\nApril 2024.\n", [], ""),
    ("price-answer", "# Quiz\n\nWhat did the card for Llama-3-8B cost?\n?\n$1,599.\n", [], ""),
    ("score-answer", "# Quiz\n\nWhat did Llama-3-8B score on MMLU?\n?\n66.6 %.\n", [], ""),
    ("no-sizing-subject", "# Quiz\n\nHow much disk space is free on the NAS?\n?\n14.5 GB.\n", [], ""),
    (
        "not-an-answer",
        "# Notes\n\nWhy does Llama-3-8B need more memory than I thought?\nBecause my old laptop has 16 GB of RAM and swaps.\n",
        [],
        "",
    ),
    ("unrelated-heading", "# Deck\n\nMistral-7B in int8?\n\n## Photos\n14.5 GB of photos are on the SD card.\n", [], ""),
    # a yes/no question asks for no size; a question naming a card leaves the answer's size the card's or the model's
    ("yes-no-fit", "# Deck\n\nWill Llama-3-8B in bf16 fit on an RTX 4070?\n?\nA 12 GB card: no.\n", [], ""),
    ("yes-no-ru", "# Карточки\n\nВлезет ли Llama-3-8B в bf16 в видеокарту?\n?\n8 ГБ — нет.\n", [], ""),
    ("gpu-named", "# Deck\n\nLlama-3-8B in bf16 on one A100 40GB?\n?\n40 GB\n", [V], ""),
    ("gpu-named-rate", "# Deck\n\nDecode ceiling for Llama-3-8B in bf16 on an H100 SXM?\n?\n~420 tok/s\n", [W], "208"),
    ("gpu-hours", "# Quiz\n\nHow long did Llama-3-8B take to train?\n?\nAbout 1.3 million GPU-hours.\n", [], ""),
]


@pytest.mark.parametrize(("text", "groups", "shown"), [c[1:] for c in CARDS], ids=[c[0] for c in CARDS])
def test_an_answer_is_read_with_its_question(text: str, groups: list[str], shown: str) -> None:
    check_claims(text, groups, shown)


def test_an_answers_figure_keeps_its_own_line_and_column() -> None:
    claims = note_claims("# Карточки\n\nСколько весит Phi-4 в int4?\n?\nОтвет: 7,35 ГБ.\n")
    assert [(c.line, c.column, c.span) for c in claims if c.line != 3] == [(5, 8, "7,35 ГБ")]  # type: ignore[attr-defined]
    assert [c.verdict.group for c in claims if c.line == 5] == [H]  # type: ignore[attr-defined]


def test_a_question_of_its_own_is_no_answer() -> None:
    """Two questions in a row: the second is not read as the first's answer."""
    claims = note_claims("# Deck\n\nLlama-3-8B in bf16?\nAnd Mistral-7B in int8, 14.5 GB?\n")
    assert all(c.verdict.group != "wrong" or "7.242" in c.explanation for c in claims)  # type: ignore[attr-defined]
    assert all(c.line == 4 for c in claims)  # type: ignore[attr-defined]


TWO_TYPES = [
    # a question naming two storage types: which one a bare size is in is not certain
    ("two-types-one-size", "# Deck\n\nHow big is Llama-3-8B in int4 compared with bf16?\n?\n4 GB\n", [V], ""),
    (
        "two-types-gguf-pair",
        "# Карточки\n\nВо сколько раз Q4_K_M-файл Llama-3-8B меньше F16-файла?\n?\nВ 3,3 раза (4,58 ГиБ против 14,96 ГиБ).\n",
        [H, V, V],
        "",
    ),
    (
        "two-types-list",
        "# Prep\n\nQ: What does Llama-3-8B need in fp16, and how much with int4?\n\nA: 16 GB; 4 GB.\n",
        [V, V],
        "",
    ),
    # directly below, a question of two types is read as the answer's lead-in (each figure its own type, in turn)
    (
        "two-types-lead-in",
        "# Prep\n\nQ: What does Llama-3-8B need in fp16, and how much with int4?\nA: 16 GB; 4 GB.\n",
        [V, V],
        "",
    ),
    # the answer names its own type: judged in it
    (
        "answer-own-type",
        "# Prep\n\nQ: What does Llama-3-8B need in fp16, and how much with int4?\n\nA: 8 GB in int4.\n",
        [W],
        "4.015 GB",
    ),
]


@pytest.mark.parametrize(("text", "groups", "shown"), [c[1:] for c in TWO_TYPES], ids=[c[0] for c in TWO_TYPES])
def test_an_answer_to_a_question_of_two_types_is_not_judged_in_either(text: str, groups: list[str], shown: str) -> None:
    check_claims(text, groups, shown)


FIELDS = [
    # Dataview fields in list items under a model's heading: the record's `dtype::` field or a legend gives the type
    ("field-item", "# Inventory\n\n## Llama-3-8B\n- dtype:: bf16\n- vram:: 16.1 GB\n", [H], ""),
    ("field-item-wrong", "# Inventory\n\n## Llama-3-8B\n- dtype:: bf16\n- vram:: 8 GB\n", [W], "16.061 GB"),
    ("field-item-above-weights", "# Inventory\n\n## Llama-3-8B\n- dtype:: bf16\n- vram:: 24 GB\n", [V], ""),
    ("field-item-ru", "# Модели\n\n## Mistral-7B\n* точность:: bf16\n* веса:: 14,5 ГБ\n", [H], ""),
    (
        "legend",
        "# Inventory\n\nAll `vram::` fields are bf16 weights; GGUF sizes at Q4_K_M.\n\n## Mistral-7B\n- vram:: 7.2 GB\n",
        [W],
        "14.483 GB",
    ),
    ("legend-holds", "# Inventory\n\nAll `vram::` fields are bf16 weights.\n\n## Mistral-7B\n- vram:: 14.5 GB\n", [H], ""),
    # look-alikes: another field, a card's memory, a legend of another field, a legend of two types
    ("other-field", "# Inventory\n\n## Llama-3-8B\n- dtype:: bf16\n- disk_free:: 16 GB\n", [], ""),
    ("card-memory", "# Inventory\n\n## RTX 4090\n- dtype:: bf16\n- vram:: 24 GB\n", [], ""),
    ("legend-of-another-field", "# Inventory\n\nAll `kv::` fields are fp8.\n\n## Llama-3-8B\n- vram:: 8 GB\n", [], ""),
    ("legend-two-types", "# Inventory\n\nEach `vram::` field is bf16 or int8.\n\n## Llama-3-8B\n- vram:: 8 GB\n", [], ""),
]


@pytest.mark.parametrize(("text", "groups", "shown"), [c[1:] for c in FIELDS], ids=[c[0] for c in FIELDS])
def test_a_field_in_a_list_item_is_read_as_its_records(text: str, groups: list[str], shown: str) -> None:
    check_claims(text, groups, shown)


ONE_LINE = [
    # question and answer on one line: the answer goes on with its question
    ("one-line-qa", "# Prep\n\nQ: Llama-3-8B in int4? A: 8 GB.\n", [W], "4.015 GB"),
    ("one-line-ru", "# Prep\n\nВопрос: сколько весит Mistral-7B в bf16? Ответ: 14,5 ГБ.\n", [H], ""),
    ("one-line-my-answer", "# Prep\n\n### Q1. GPT-2 XL weights?\nFollow-up, int8? My answer: between 1.5 and 1.6 GB.\n", [H], ""),
    # a question answered by a sentence of its own (no answer marker) stays two sentences
    ("one-line-no-marker", "# Prep\n\nIs Llama-3-8B small? Yes. It needs 8 GB in int8.\n", [H], ""),
]


@pytest.mark.parametrize(("text", "groups", "shown"), [c[1:] for c in ONE_LINE], ids=[c[0] for c in ONE_LINE])
def test_an_answer_on_its_questions_line_is_read_with_it(text: str, groups: list[str], shown: str) -> None:
    check_claims(text, groups, shown)


LONG_BLOCKS = {
    "card": lambda line: f"# S\n\n{line}?\n?\nОтвет: {line}\n",
    "legend": lambda line: f"# S\n\nAll `vram::` fields are bf16; {line}\n\n## Llama-3-8B\n- vram:: {line}\n",
}


@pytest.mark.parametrize("block", list(LONG_BLOCKS))
def test_long_cards_and_legends_are_linear(block: str) -> None:
    """4x the line must take well under 16x (quadratic) the CPU: < 8x."""
    import time

    from vaultkit.claims import extract_claims

    unit = "`kv::` Llama-3-8B in bf16 takes 16.1 GB, "

    def cpu(n: int) -> float:
        text = LONG_BLOCKS[block]((unit * (n // len(unit) + 1))[:n])
        start = time.process_time()
        extract_claims(text)
        return time.process_time() - start

    small = min(cpu(8_000) for _ in range(2))
    large = min(cpu(32_000) for _ in range(2))
    assert large < 8 * max(small, 0.01), (small, large)
