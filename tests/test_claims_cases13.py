"""Claim cases of our own wording (English and Russian) for the thirteenth round: claim FORMS the
checker missed. A table whose header names only storage types takes the byte unit the line above
it says its sizes are in; a parameter share whose part is stated on the line above, whose whole is
named before it (`share of the … base:`), or whose whole comes before `of which` / `из них`.
Rows that are found, rows that must not be errors, and rows where a wrong figure of the same shape
is an error. None of these sentences is taken from a corpus."""

from __future__ import annotations

import pytest
from conftest import H, U, V, W, check_claims

TABLES = [
    # the unit for dtype-named columns is said on the line above the table
    (
        "en-lead-unit-dtype-columns",
        "Weight sizes, in GB:\n\n| model | fp16 | int8 |\n|---|---|---|\n| Mistral-7B-v0.1 | 14.5 | 7.2 |\n",
        [H, H],
        "",
    ),
    (
        "en-lead-unit-dtype-columns-wrong",
        "Weight sizes, in GB:\n\n| model | fp16 | int8 |\n|---|---|---|\n| Mistral-7B-v0.1 | 14.5 | 14.5 |\n",
        [H, W],
        "7.242 GB",
    ),
    (
        "ru-lead-unit-dtype-columns-gib",
        "Все размеры весов в ГиБ.\n\n| модель | bf16 | int4 |\n|---|---|---|\n| Qwen2.5-7B | 14,2 | 3,5 |\n",
        [H, H],
        "",
    ),
    (
        "ru-lead-unit-dtype-columns-wrong",
        "Все размеры весов в ГиБ.\n\n| модель | bf16 | int4 |\n|---|---|---|\n| Qwen2.5-7B | 14,2 | 7,1 |\n",
        [H, W],
        "3.546 GiB",
    ),
    # a column that names no storage type (a device count, a per-device share) takes no unit
    (
        "en-lead-unit-other-columns",
        "All sizes in GB.\n\n| model | fp16 | GPUs | per GPU |\n|---|---|---|---|\n| Mistral-7B-v0.1 | 14.5 | 2 | 7.2 |\n",
        [H],
        "",
    ),
    # no unit said above: the bare cells stay numbers, no claim
    (
        "en-no-lead-unit",
        "Measured on our box.\n\n| model | fp16 | int8 |\n|---|---|---|\n| Mistral-7B-v0.1 | 14.5 | 14.5 |\n",
        [],
        "",
    ),
    # a unit said of something else (`in GB/s`, a heading between) gives the columns nothing
    (
        "en-lead-unit-heading-between",
        "All sizes in GB.\n\n## Speeds\n\n| model | fp16 | int8 |\n|---|---|---|\n| Mistral-7B-v0.1 | 14.5 | 14.5 |\n",
        [],
        "",
    ),
]

SHARES = [
    # the part on the line above, the whole after `of`
    (
        "en-share-part-above-wrong",
        "The adapter has 2,097,152 trainable parameters.\nThat is 3.1 % of the 6.74B base.",
        [W],
        "0.0311",
    ),
    ("en-share-part-above-holds", "The adapter has 2,097,152 trainable parameters.\nThat is 0.031 % of the 6.74B base.", [H], ""),
    # … off by less than a slip of the part itself could explain: not an error
    (
        "en-share-part-above-near",
        "The adapter has 2,097,152 trainable parameters.\nThat is 0.06 % of the 6.74B base.",
        [V],
        "",
    ),
    (
        "ru-share-part-above-blank-line",
        "- всего на 40 слоёв: 6 553 600 параметров.\n\nЭто 0,05 % от 13 млрд параметров исходной модели.",
        [H],
        "",
    ),
    (
        "ru-share-part-above-wrong",
        "- всего на 40 слоёв: 6 553 600 параметров.\n\nЭто 5 % от 13 млрд параметров исходной модели.",
        [W],
        "0.0504",
    ),
    # the whole named before the percent
    ("en-share-of-whole-before", "We train 40M parameters.\nShare of the 7B base: 0.57 %.", [H], ""),
    ("en-share-of-whole-before-wrong", "We train 40M parameters.\nShare of the 7B base: 5.7 %.", [W], "0.5714"),
    ("ru-share-of-whole-before", "Обучаем 40 млн параметров.\nДоля от 7 млрд базы: 0,57 %.", [H], ""),
    # no count with a parameter word above: no part, no claim
    ("en-share-no-part", "The run took 3 hours on 4 GPUs.\nThat is 12 % of the 6.74B budget.", [], ""),
    # a whole before `of which` / `из них`, the part after it
    (
        "en-of-which-share",
        "The model has 120 million parameters, of which 30 million are embeddings (25 %).",
        [H],
        "",
    ),
    (
        "en-of-which-share-wrong",
        "The model has 120 million parameters, of which 30 million are embeddings (40 %).",
        [W],
        "25",
    ),
    (
        "ru-of-which-share-wrong",
        "В модели 120 млн параметров, из них 30 млн приходится на эмбеддинги (40 %).",
        [W],
        "25",
    ),
]


@pytest.mark.parametrize(("name", "text", "groups", "shown"), TABLES + SHARES, ids=[r[0] for r in TABLES + SHARES])
def test_cases13(name: str, text: str, groups: list[str], shown: str) -> None:
    check_claims(text, groups, shown)


def test_unit_names_used() -> None:
    assert U  # the GiB-labelled-GB group stays importable for later rows
