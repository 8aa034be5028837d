"""A claim reader that fails on one sentence costs that reader's figures of that sentence only: the note's other
claims are still judged, and `verify` names the failure (VK000) at the sentence's line."""

from __future__ import annotations

import json
import os
import subprocess
import sys

import pytest

from vaultkit.claims import extract as extract_module
from vaultkit.claims.model import SHAPE_FAILED
from vaultkit.config import Config
from vaultkit.engine.parse import parse_note

NOTE = "# Sizing\n\nLlama-2-7B in fp16 needs 20 GB.\n\nA sentence the broken reader trips on: 40 GB of KV cache.\n"


def _broken_on_kv(sentence, facts):  # type: ignore[no-untyped-def]
    if "broken reader" in sentence.unit.text:
        raise ValueError("a bug of this reader")
    return []


@pytest.fixture
def broken_reader(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("VAULTKIT_SHAPE_ERRORS", raising=False)
    monkeypatch.setattr(extract_module, "SHAPES", (_broken_on_kv, *extract_module.SHAPES))


@pytest.mark.usefixtures("broken_reader")
def test_a_failing_reader_keeps_the_notes_other_claims_and_is_reported_at_its_line() -> None:
    result = parse_note("note.md", NOTE.encode(), Config())
    wrong = [c for c in result.note.claims if c.verdict.value == "wrong"]
    assert [c.line for c in wrong] == [3]  # the 7B claim on line 3 is still judged (13.48 GB, not 20)
    assert all(c.shape != SHAPE_FAILED for c in result.note.claims)
    internal = [f for f in result.findings if f.rule == "VK000"]
    assert [(f.line, "_broken_on_kv" in f.message, "ValueError" in f.message) for f in internal] == [(5, True, True)]


@pytest.mark.usefixtures("broken_reader")
def test_the_failure_is_a_claim_of_its_own_shape_for_the_library() -> None:
    claims = extract_module.extract_claims(NOTE)
    failed = [c for c in claims if c.shape == SHAPE_FAILED]
    assert [(c.line, c.verdict.value) for c in failed] == [(5, "unverifiable")]
    assert any(c.line == 3 and c.verdict.value == "wrong" for c in claims)


def test_the_tests_see_a_readers_bug_raised(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("VAULTKIT_SHAPE_ERRORS", "raise")
    monkeypatch.setattr(extract_module, "SHAPES", (_broken_on_kv, *extract_module.SHAPES))
    with pytest.raises(ValueError, match="a bug of this reader"):
        extract_module.extract_claims(NOTE)


def test_verify_on_a_real_vault_has_no_reader_failures(tmp_path) -> None:  # type: ignore[no-untyped-def]
    (tmp_path / "n.md").write_text(NOTE, encoding="utf-8")
    proc = subprocess.run(
        [
            sys.executable,
            "-m",
            "vaultkit",
            "verify",
            str(tmp_path),
            "--format",
            "json",
            "--no-cache",
            "--no-baseline",
            "--root",
            str(tmp_path),
        ],
        capture_output=True,
        text=True,
        check=False,
        env={k: v for k, v in os.environ.items() if k != "VAULTKIT_SHAPE_ERRORS"},
    )
    found = json.loads(proc.stdout)["findings"]
    assert [f["rule"] for f in found if f["line"] in (3, 5) and f["rule"].startswith("VK4")] == ["VK401"]
    assert not [f for f in found if f["rule"] == "VK000"]
