"""The claim checker on notes nobody here wrote, scored by benchmarks/score_claims.py against each
corpus's own truth: the development corpus (tests/claims_corpus/, written blind, then seen while
the checker was improved) and the held-out corpus (tests/claims_holdout/, written blind by another
author and never opened by whoever worked on the checker); and the maths corpus
(tests/maths_corpus/), on which a claim finding of any kind is a false alarm."""

from __future__ import annotations

import importlib.util
import json
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent


def _scorer():  # type: ignore[no-untyped-def]
    spec = importlib.util.spec_from_file_location("score_claims", ROOT / "benchmarks" / "score_claims.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules["score_claims"] = module
    spec.loader.exec_module(module)
    return module


@pytest.fixture(scope="module", params=["claims_corpus", "claims_holdout"])
def corpus_score(request):  # type: ignore[no-untyped-def]
    return _scorer().score(ROOT / "tests" / request.param)


def test_blind_corpus_extraction_recall(corpus_score) -> None:  # type: ignore[no-untyped-def]
    assert corpus_score.claims >= 100
    assert corpus_score.extracted / corpus_score.claims >= 0.90, corpus_score.missed[:40]


def test_blind_corpus_wrong_claims_flagged_with_the_right_value(corpus_score) -> None:  # type: ignore[no-untyped-def]
    assert corpus_score.wrong >= 0.4 * corpus_score.claims
    assert corpus_score.flagged_right / corpus_score.wrong >= 0.90, corpus_score.unflagged[:40]


def test_blind_corpus_error_precision(corpus_score) -> None:  # type: ignore[no-untyped-def]
    total = corpus_score.errors_true + corpus_score.errors_false
    assert total > 0
    assert corpus_score.errors_true / total >= 0.97, corpus_score.false_errors


def test_blind_corpus_no_finding_on_non_claim_lines(corpus_score) -> None:  # type: ignore[no-untyped-def]
    assert corpus_score.noclaim_findings == 0, corpus_score.noclaim


def test_maths_corpus_has_no_claim_findings() -> None:
    notes = ROOT / "tests" / "maths_corpus" / "notes"
    assert len(list(notes.glob("*.md"))) >= 30
    proc = subprocess.run(
        [sys.executable, "-m", "vaultkit", "verify", str(notes), "--format", "json", "--no-cache", "--no-baseline",
         "--select", "VK4"],
        capture_output=True,
        text=True,
        check=False,
    )
    assert proc.returncode in (0, 1), proc.stderr
    found = [f for f in json.loads(proc.stdout)["findings"] if f["severity"] in ("error", "warning")]
    assert found == [], [f"{f['path']}:{f['line']} {f['rule']} {f['message'][:100]}" for f in found[:30]]
