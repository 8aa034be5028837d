"""Review 6 (stop 18): right statements a read-only reviewer wrote in styles nobody had used, each
isolated in its own note (tests/claims_review6/notes/<ID>.md; the reviewer's report with the
expected values is tests/claims_review6/REPORT.md). Every figure in these notes is right, so no
note may get a VK401/VK402 error. The notes still failing at the end of stop 18 are strict xfails
naming the report's cause (a note that starts to pass fails here until its row is removed): they
are the next precision round's work list, measured on notes the checker was not built on."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from conftest import note_claims

NOTES = Path(__file__).parent / "claims_review6" / "notes"

CAUSES = {
    "1.1": "a size that is not the whole weights judged as the whole weights",
    "1.2": "a formula input taken from the wrong place",
    "1.3": "another thing's dtype or bytes per parameter applied",
    "1.4": "training memory: sharded twice, recipe words as dtypes, optimizer-only figures",
    "1.5": "numbers, lists, chains or ranges parsed wrongly",
    "1.6": "Q&A pairing takes the question's model, not its quantity",
}

# note id -> the report's cause section, for the notes that still get a false error
STILL_FALSE = {
    "F09": "1.1",
    "F11": "1.4",
    "F12": "1.2",
    "F12b": "1.2",
    "F16": "1.1",
    "F19": "1.1",
    "F19b": "1.1",
    "F19c": "1.1",
    "F20": "1.1",
    "F20b": "1.1",
    "F21": "1.1",
    "F22": "1.2",
    "F23": "1.2",
    "F23b": "1.2",
    "F25": "1.1",
    "F25b": "1.1",
    "F25c": "1.1",
    "F26": "1.2",
    "F27": "1.1",
    "F27b": "1.1",
    "F29": "1.3",
    "F31": "1.5",
    "F32": "1.1",
    "F33": "1.2",
    "F33b": "1.2",
    "F36": "1.2",
    "F36b": "1.2",
    "F42": "1.1",
    "F44": "1.2",
    "F45": "1.2",
    "F45c": "1.2",
    "F46b": "1.1",
    "F47": "1.1",
    "F48b": "1.1",
    "F49": "1.5",
    "F51": "1.4",
    "F53": "1.2",
    "F53b": "1.2",
}


def _params() -> list[object]:
    out: list[object] = []
    for path in sorted(NOTES.glob("*.md")):
        cause = STILL_FALSE.get(path.stem)
        marks = [pytest.mark.xfail(strict=True, reason=f"review 6 {cause}: {CAUSES[cause]}")] if cause else []
        out.append(pytest.param(path, id=path.stem, marks=marks))
    return out


@pytest.mark.parametrize("path", _params())
def test_a_right_statement_gets_no_error(path: Path) -> None:
    claims = note_claims(path.read_text(encoding="utf-8"))
    errors = [c for c in claims if c.verdict.group in ("wrong", "unit confusion GB↔GiB")]  # type: ignore[attr-defined]
    assert not errors, [(c.line, c.span, c.explanation) for c in errors]  # type: ignore[attr-defined]


def test_the_work_list_names_only_notes_that_exist() -> None:
    assert set(STILL_FALSE) <= {p.stem for p in NOTES.glob("*.md")}
    assert set(STILL_FALSE.values()) <= set(CAUSES)


# The reviewer's whole material (tests/claims_review6/sets, counts in truth.json): 206 notes of right
# statements (856 figures), 35 notes with 112 wrong figures, 7 notes of number-heavy non-claims.
# Measured at the end of stop 18: 72 errors on the right notes (73 before English ranges were read),
# 93 wrong figures flagged, 0 claims on the non-claim notes. A ratchet: a change may lower the first
# and raise the second, never the reverse (update the numbers here and in benchmarks/RESULTS.md).
# Stop 19: 50 (roles bound to models, models said together, cache totals judged only on their stated
# inputs, cards' own memory in spec tables, decimal-comma columns, quantized caches, parts of a count).
# Stop 22: 46 (figures listed with slashes are not judged against the one model named, F14 and F14b; round 19).
# Stop 23: 45 and 98 (F04b: a count of a part of the parameters is no size of the whole; round 20).
# Round 21: 44 (F15: weights and a cache said as one figure are read as their sum).
# Round 23: 43 (F48: a type said right after a figure is its own, `7.6 GB in fp8 and 3.8 GB in int4`).
# Round 24: 38 (F01, F01c: 4 bits said outside the sentence are the weights', the cache stays 16-bit; F08: a table's
# bytes-per-parameter column; F13: cards 'по' a capacity; F34: a rate said for a later clause); 37 (F54, F54b: the
# two sides of `320 КиБ против 2,5 МиБ`); 35 (F02, F02b, F02c: a ZeRO rate already per device, `4 + 12/8 = 5,5 байта`).
# Round 25: 33 (F30, F30b: a product with labelled factors is read whole, `micro-batch 4 × grad-accum 8 × 16 GPUs = 512`;
# ab2: a total over a teacher and a student). Flagged 98 → 97: w17's line 2 was flagged by a false reading of that same
# product (`8 × 16 GPUs = 128`, stated 512); its wrong figure (4.2M tokens) is not extracted, then or now.
FALSE_ERRORS_AT_MOST = 33
WRONG_FLAGGED_AT_LEAST = 97
SETS = Path(__file__).parent / "claims_review6" / "sets"


def test_review6_sets_ratchet() -> None:
    truth = json.loads((SETS.parent / "truth.json").read_text(encoding="utf-8"))  # the reviewer's hand counts
    right = truth["right_figures_per_note"]
    wrong = {note: [line for line, _ in rows] for note, rows in truth["wrong_figures_per_note"].items()}
    plain = truth["non_claim_lines_per_note"]
    false_errors = flagged = non_claim_findings = 0
    for path in sorted(SETS.glob("*/*.md")):
        claims = note_claims(path.read_text(encoding="utf-8"))
        errors = {c.line for c in claims if c.verdict.group in ("wrong", "unit confusion GB↔GiB")}  # type: ignore[attr-defined]
        if path.stem in right:
            false_errors += sum(1 for c in claims if c.verdict.group in ("wrong", "unit confusion GB↔GiB"))  # type: ignore[attr-defined]
        elif path.stem in wrong:
            flagged += sum(1 for line in wrong[path.stem] if line in errors)
        elif path.stem in plain:
            non_claim_findings += sum(1 for c in claims if c.verdict.group != "unverifiable")  # type: ignore[attr-defined]
    assert sum(right.values()) == 856 and sum(len(v) for v in wrong.values()) == 112
    assert false_errors <= FALSE_ERRORS_AT_MOST, false_errors
    assert flagged >= WRONG_FLAGGED_AT_LEAST, flagged
    assert non_claim_findings == 0
