"""A subsection inherits the model its parent heading names: a note titled with the model and split
into `## Memory`, `### Optimizer`, … states its sizes without naming the model again. A heading
with a size of its own (`## 405B in FP8`), one naming two models, or a sibling top heading gives
none, so nothing is judged against a model the text has left."""

from __future__ import annotations

import pytest
from conftest import H, V, W, check_claims

INHERITED = [
    ("en-h2-under-model-h1", "# Mistral-7B\n\n## Memory\n\nIn bf16 the weights take 14.5 GB.\n", [H], ""),
    ("en-h2-under-model-h1-wrong", "# Mistral-7B\n\n## Memory\n\nIn bf16 the weights take 29 GB.\n", [W], "14.483 GB"),
    ("ru-h2-under-model-h1", "# Qwen2.5-7B\n\n## Память\n\nВ bf16 веса занимают 15,2 ГБ.\n", [H], ""),
    ("ru-h2-under-model-h1-wrong", "# Qwen2.5-7B\n\n## Память\n\nВ bf16 веса занимают 30,5 ГБ.\n", [W], "15.231 GB"),
    (
        "en-h3-two-levels-down",
        "# Llama-2-13B\n\n## Training\n\n### Optimizer\n\nWith Adam in mixed precision at 16 bytes per parameter "
        "it needs 208 GB in all.\n",
        [H],
        "",
    ),
    (
        "en-h3-two-levels-down-wrong",
        "# Llama-2-13B\n\n## Training\n\n### Optimizer\n\nWith Adam in mixed precision at 16 bytes per parameter "
        "it needs 104 GB in all.\n",
        [W],
        "208.254 GB",
    ),
    # … but not where the subsection names a size of its own, names two models, or the parent is left
    ("en-h2-own-size", "# Llama-3.1-70B\n\n## 405B in FP8\n\nThe weights take 71 GB.\n", [], ""),
    # a sibling H1 is no parent: the note's one model gives only a reading (unverifiable), never an error
    ("en-sibling-h1", "# Llama-2-7B\n\nSome text.\n\n# Other models\n\n## Memory\n\nIn bf16 the weights take 26 GB.\n", [V], ""),
    ("en-h1-two-models", "# Llama-2-7B vs Mistral-7B\n\n## Memory\n\nIn bf16 the weights take 14.5 GB.\n", [], ""),
]


@pytest.mark.parametrize(("text", "groups", "shown"), [c[1:] for c in INHERITED], ids=[c[0] for c in INHERITED])
def test_a_subsection_inherits_its_parent_headings_model(text: str, groups: list[str], shown: str) -> None:
    check_claims(text, groups, shown)
