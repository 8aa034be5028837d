"""The claim checker on notes nobody here wrote, scored by benchmarks/score_claims.py against each
corpus's own truth: the development corpus (tests/claims_corpus/, written blind, then seen while
the checker was improved) and the held-out corpus (tests/claims_holdout/, written blind by another
author and never opened by whoever worked on the checker); and the maths corpora
(tests/maths_corpus/, tests/maths_corpus_b/, tests/everyday_corpus/), on which a claim error or warning is a false alarm."""

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


CORPORA = [
    "claims_corpus",
    "claims_corpus_b",
    "claims_corpus_c",
    "claims_corpus_d",
    "claims_corpus_e",
    "claims_corpus_f",
    "claims_corpus_g",
    "claims_corpus_h",
    "claims_corpus_i",
    "claims_corpus_j",
    "claims_corpus_k",
    "claims_corpus_l",
    "claims_corpus_m",
    "claims_corpus_n",
    "claims_corpus_o",
    "claims_corpus_p",
    "claims_corpus_q",
    "claims_corpus_r",
    "claims_corpus_s",
    "claims_corpus_t",
    "claims_corpus_u",
    "claims_corpus_v",
    "claims_corpus_w",
    "claims_corpus_x",
    "claims_corpus_y",
    "claims_corpus_z",
    "claims_corpus_aa",
    "claims_corpus_ab",
    "claims_corpus_ac",
    "claims_corpus_ad",
    "claims_corpus_ae",
    "claims_corpus_af",
    "claims_corpus_ag",
    "claims_corpus_ah",
    "claims_corpus_ai",
    "claims_corpus_aj",
    "claims_corpus_ak",
    "claims_corpus_al",
    "claims_corpus_am",
    "claims_corpus_an",
    "claims_holdout",
]
# Bars of issue 15 not yet met, with the value measured when this table was last updated
# (benchmarks/RESULTS.md, "Claims on the development corpus"). strict: a bar that starts to pass
# fails here until its row is removed.
KNOWN_GAPS = {
    ("claims_corpus_b", "right_value"): "0.867 < 0.90",
    ("claims_corpus_c", "right_value"): "0.856 < 0.90",
    ("claims_corpus_d", "right_value"): "0.882 < 0.90 (blind corpus D, first 0.583)",
    ("claims_corpus_f", "right_value"): "0.846 < 0.90 (blind corpus F, first 0.515)",
    ("claims_corpus_g", "right_value"): "0.805 < 0.90 (blind corpus G, first 0.561)",
    ("claims_corpus_h", "right_value"): "0.837 < 0.90, and 37.5 % wrong < 40 % (blind corpus H, first 0.489)",
    ("claims_corpus_i", "right_value"): "0.851 < 0.90 (blind corpus I, first 0.574)",
    ("claims_corpus_j", "recall"): "0.856 < 0.90 (blind corpus J, first 0.659)",
    ("claims_corpus_j", "right_value"): "0.710 < 0.90, and 38.5 % wrong < 40 % (blind corpus J, first 0.458)",
    ("claims_corpus_k", "right_value"): "0.768 < 0.90, and 37.6 % wrong < 40 % (blind corpus K, first 0.483)",
    ("claims_corpus_l", "recall"): "0.856 < 0.90 (blind corpus L, first score 0.626)",
    ("claims_corpus_l", "right_value"): "0.565 < 0.90, and 37.0 % wrong < 40 % (blind corpus L, first score 0.332)",
    ("claims_corpus_m", "right_value"): "0.736 < 0.90, and 35.0 % wrong < 40 % (blind corpus M, first score 0.481)",
    ("claims_corpus_n", "right_value"): "0.675 < 0.90, and 35.0 % wrong < 40 % (blind corpus N, first score 0.423)",
    ("claims_corpus_o", "right_value"): "0.756 < 0.90, and 35.5 % wrong < 40 % (blind corpus O, first score 0.573)",
    ("claims_corpus_p", "right_value"): "0.720 < 0.90, and 35.2 % wrong < 40 % (blind corpus P, first score 0.446)",
    ("claims_corpus_q", "recall"): "0.870 < 0.90 (blind corpus Q, first score 0.717)",
    ("claims_corpus_q", "right_value"): "0.711 < 0.90, and 35.0 % wrong < 40 % (blind corpus Q, first score 0.578)",
    ("claims_corpus_r", "recall"): "0.861 < 0.90 (blind corpus R, first score 0.760)",
    ("claims_corpus_r", "right_value"): "0.761 < 0.90, and 35.9 % wrong < 40 % (blind corpus R, first score 0.693)",
    ("claims_corpus_s", "recall"): "0.833 < 0.90 (blind corpus S, first score 0.679)",
    ("claims_corpus_s", "right_value"): "0.713 < 0.90, and 36.2 % wrong < 40 % (blind corpus S, first score 0.500)",
    ("claims_corpus_t", "recall"): "0.891 < 0.90 (blind corpus T, first score 0.716; closed during round 20)",
    ("claims_corpus_t", "right_value"): "0.537 < 0.90, and 33.7 % wrong < 40 % (blind corpus T, first score 0.362)",
    ("claims_corpus_t", "precision"): "0.959 < 0.97 (blind corpus T, first 0.737; 0.742 at its closed end score)",
    ("claims_corpus_u", "recall"): "0.863 < 0.90 (blind corpus U, first score 0.732; closed during round 21)",
    ("claims_corpus_u", "right_value"): "0.637 < 0.90, and 31.9 % wrong < 40 % (blind corpus U, first score 0.524)",
    ("claims_corpus_v", "recall"): "0.832 < 0.90 (blind corpus V, first score 0.679; closed during round 22)",
    ("claims_corpus_v", "right_value"): "0.436 < 0.90, and 33.2 % wrong < 40 % (blind corpus V, first score 0.350)",
    ("claims_corpus_v", "precision"): "0.933 < 0.97 (blind corpus V, first score 0.766)",
    ("claims_corpus_v", "non_claims"): "1 finding on a non-claim line (blind corpus V, first score 2)",
    ("claims_corpus_w", "recall"): "0.830 < 0.90 (blind corpus W, first score 0.682; closed during round 23)",
    ("claims_corpus_w", "right_value"): "0.630 < 0.90, and 31.4 % wrong < 40 % (blind corpus W, first score 0.491)",
    ("claims_corpus_x", "recall"): "0.817 < 0.90 (blind corpus X, first score 0.775; closed during round 24)",
    ("claims_corpus_x", "right_value"): "0.568 < 0.90, and 30.3 % wrong < 40 % (blind corpus X, first score 0.486)",
    ("claims_corpus_x", "precision"): "0.877 < 0.97 (blind corpus X, first score 0.759)",
    ("claims_corpus_y", "recall"): "0.797 < 0.90 (blind corpus Y, first score 0.698)",
    ("claims_corpus_y", "right_value"): "0.508 < 0.90, and 30.0 % wrong < 40 % (blind corpus Y, first score 0.376)",
    ("claims_corpus_y", "precision"): "0.866 < 0.97 (blind corpus Y, first score 0.739)",
    ("claims_corpus_z", "recall"): "0.887 < 0.90 (blind corpus Z, first score 0.857)",
    ("claims_corpus_z", "right_value"): "0.609 < 0.90, and 26.9 % wrong < 40 % (blind corpus Z, first score 0.602)",
    ("claims_corpus_z", "precision"): "0.838 < 0.97 (blind corpus Z, first score 0.796)",
    ("claims_corpus_aa", "recall"): "0.800 < 0.90 (blind corpus AA, first score 0.770)",
    ("claims_corpus_aa", "right_value"): "0.523 < 0.90, and 30.0 % wrong < 40 % (blind corpus AA, first score 0.492)",
    ("claims_corpus_aa", "precision"): "0.940 < 0.97 (blind corpus AA, first score 0.892)",
    ("claims_corpus_ab", "recall"): "0.767 < 0.90 (blind corpus AB, first score 0.686)",
    ("claims_corpus_ab", "right_value"): "0.599 < 0.90, and 30.0 % wrong < 40 % (blind corpus AB, first score 0.415)",
    ("claims_corpus_ab", "precision"): "0.903 < 0.97 (blind corpus AB, first score 0.787)",
    ("claims_corpus_ac", "recall"): "0.890 < 0.90 (blind corpus AC, first score 0.769)",
    ("claims_corpus_ac", "right_value"): "0.702 < 0.90, and 30.0 % wrong < 40 % (blind corpus AC, first score 0.532)",
    ("claims_corpus_ac", "precision"): "0.946 < 0.97 (blind corpus AC, first score 0.747)",
    ("claims_corpus_ad", "recall"): "0.888 < 0.90 (blind corpus AD, first score 0.834)",
    ("claims_corpus_ad", "right_value"): "0.805 < 0.90, and 29.5 % wrong < 40 % (blind corpus AD, first score 0.707)",
    ("claims_corpus_ad", "precision"): "0.934 < 0.97 (blind corpus AD, first score 0.785)",
    ("claims_corpus_ae", "right_value"): "0.723 < 0.90, and 30.0 % wrong < 40 % (blind corpus AE, first score 0.629)",
    ("claims_corpus_ae", "precision"): "0.940 < 0.97 (blind corpus AE, first score 0.821)",
    ("claims_corpus_af", "recall"): "0.876 < 0.90 (blind corpus AF, first score 0.851)",
    ("claims_corpus_af", "right_value"): "0.663 < 0.90, and 29.9 % wrong < 40 % (blind corpus AF, first score 0.561)",
    ("claims_corpus_af", "precision"): "0.959 < 0.97 (blind corpus AF, first score 0.882)",
    ("claims_corpus_ag", "recall"): "0.881 < 0.90 (blind corpus AG, first score 0.829)",
    ("claims_corpus_ag", "right_value"): "0.667 < 0.90, and 30.0 % wrong < 40 % (blind corpus AG, first score 0.519)",
    ("claims_corpus_ag", "precision"): "0.963 < 0.97 (blind corpus AG, first score 0.855)",
    ("claims_corpus_ah", "recall"): "0.838 < 0.90 (blind corpus AH, first score 0.802)",
    ("claims_corpus_ah", "right_value"): "0.650 < 0.90, and 29.9 % wrong < 40 % (blind corpus AH, first score 0.509)",
    ("claims_corpus_ai", "recall"): "0.872 < 0.90 (blind corpus AI, first score 0.830)",
    ("claims_corpus_ai", "right_value"): "0.664 < 0.90, and 28.9 % wrong < 40 % (blind corpus AI, first score 0.579)",
    ("claims_corpus_ai", "precision"): "0.962 < 0.97 (blind corpus AI, first score 0.830)",
    ("claims_corpus_aj", "recall"): "0.832 < 0.90 (blind corpus AJ, first score 0.785)",
    ("claims_corpus_aj", "right_value"): "0.533 < 0.90, and 29.7 % wrong < 40 % (blind corpus AJ, first score 0.478)",
    ("claims_corpus_aj", "precision"): "0.922 < 0.97 (blind corpus AJ, first score 0.767)",
    ("claims_corpus_ak", "recall"): "0.831 < 0.90 (blind corpus AK, first score 0.799)",
    ("claims_corpus_ak", "right_value"): "0.533 < 0.90, and 29.5 % wrong < 40 % (blind corpus AK, first score 0.508)",
    ("claims_corpus_al", "recall"): "0.791 < 0.90 (blind corpus AL, first score 0.772)",
    ("claims_corpus_al", "right_value"): "0.477 < 0.90, and 29.8 % wrong < 40 % (blind corpus AL, first score 0.473)",
    ("claims_corpus_al", "precision"): "0.945 < 0.97 (blind corpus AL, first score 0.870)",
    ("claims_corpus_am", "recall"): "0.813 < 0.90 (blind corpus AM, first score 0.745)",
    ("claims_corpus_am", "right_value"): "0.435 < 0.90, and 29.3 % wrong < 40 % (blind corpus AM, first score 0.412)",
    ("claims_corpus_am", "precision"): "0.930 < 0.97 (blind corpus AM, first score 0.786)",
    ("claims_corpus_an", "recall"): "0.800 < 0.90 (blind corpus AN, first score 0.790)",
    ("claims_corpus_an", "right_value"): "0.558 < 0.90, and 28.9 % wrong < 40 % (blind corpus AN, first score 0.517)",
    ("claims_holdout", "right_value"): "0.624 < 0.90 on the held-out corpus",
}


@pytest.fixture(scope="module", params=CORPORA)
def corpus(request):  # type: ignore[no-untyped-def]
    return request.param, _scorer().score(ROOT / "tests" / request.param)


def _gap(request, corpus_name: str, metric: str) -> None:  # type: ignore[no-untyped-def]
    reason = KNOWN_GAPS.get((corpus_name, metric))
    if reason:
        request.applymarker(pytest.mark.xfail(strict=True, reason=f"issue 15 bar not met yet: {reason}"))


def test_extraction_recall(corpus, request) -> None:  # type: ignore[no-untyped-def]
    name, s = corpus
    _gap(request, name, "recall")
    assert s.claims >= 80
    assert s.extracted / s.claims >= 0.90, s.missed[:40]


def test_wrong_claims_flagged_with_the_right_value(corpus, request) -> None:  # type: ignore[no-untyped-def]
    name, s = corpus
    _gap(request, name, "right_value")
    assert s.wrong >= 0.4 * s.claims
    assert s.flagged_right / s.wrong >= 0.90, s.unflagged[:40]


def test_error_precision(corpus, request) -> None:  # type: ignore[no-untyped-def]
    name, s = corpus
    _gap(request, name, "precision")
    total = s.errors_true + s.errors_false
    assert total > 0
    assert s.errors_true / total >= 0.97, s.false_errors


def test_no_finding_on_non_claim_lines(corpus, request) -> None:  # type: ignore[no-untyped-def]
    name, s = corpus
    _gap(request, name, "non_claims")
    assert s.noclaim_findings == 0, s.noclaim


def test_no_claim_reader_fails(corpus) -> None:  # type: ignore[no-untyped-def]
    _, s = corpus
    assert s.reader_failures == []


# The maths corpora: tests/maths_corpus (written blind, then seen while the checker was improved)
# and tests/maths_corpus_b (physics, statistics, finance, chemistry, storage and networking with
# 183 true byte/bandwidth statements) and tests/everyday_corpus (a programmer's vault: homelab logs,
# code comments, networking, video, 352 true size/bandwidth statements); each written blind, first
# run in its FIRST_SCORE.md.
# Each one's first run (FIRST_SCORE.md): maths_corpus_b 8 false VK401 errors, everyday_corpus 1; 0 now.
MATHS_GAPS: dict[str, str] = {}


@pytest.mark.parametrize("name", ["maths_corpus", "maths_corpus_b", "everyday_corpus"])
def test_maths_corpus_has_no_claim_findings(name: str, request) -> None:  # type: ignore[no-untyped-def]
    if name in MATHS_GAPS:
        request.applymarker(pytest.mark.xfail(strict=True, reason=f"issue 15: {MATHS_GAPS[name]}"))
    notes = ROOT / "tests" / name / "notes"
    assert len(list(notes.glob("*.md"))) >= 30
    proc = subprocess.run(
        [sys.executable, "-m", "vaultkit", "verify", str(notes), "--format", "json", "--no-cache", "--no-baseline",
         "--select", "VK4", "--root", str(notes)],
        capture_output=True,
        text=True,
        check=False,
    )
    assert proc.returncode in (0, 1), proc.stderr
    found = [f for f in json.loads(proc.stdout)["findings"] if f["severity"] in ("error", "warning")]
    assert found == [], [f"{f['path']}:{f['line']} {f['rule']} {f['message'][:100]}" for f in found[:30]]
