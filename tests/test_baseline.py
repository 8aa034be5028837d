"""Baselines through the real CLI on vaults on disk: record, match without line numbers, fail
on new findings and on copies beyond the recorded count, SARIF baselineState."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from conftest import MakeVault

from vaultkit.cli import main

LINKER = "---\ntitle: Linker\n---\n# Linker\n\nSee [[Missing page]] for more.\n"


@pytest.fixture
def vault(make_vault: MakeVault) -> Path:
    return make_vault({"Linker.md": LINKER, "Hub.md": "[[Linker]] and [[Other]]\n", "Other.md": "[[Hub]]\n"})


def _run(argv: list[str], capsys: pytest.CaptureFixture[str]) -> tuple[int, str]:
    code = main(argv)
    captured = capsys.readouterr()
    return code, captured.out + captured.err


def test_baseline_is_written_at_the_vault_root_sorted_and_stable(vault: Path, capsys: pytest.CaptureFixture[str]) -> None:
    code, out = _run(["baseline", str(vault)], capsys)
    assert code == 0 and "1 findings in 1 notes" in out
    path = vault / ".vaultkit-baseline.json"
    first = path.read_bytes()
    doc = json.loads(first)
    assert list(doc) == ["schema", "notes"] and doc["schema"] == "vaultkit.baseline/1"
    assert list(doc["notes"]) == ["Linker.md"] and list(doc["notes"]["Linker.md"]) == ["VK301"]
    ((fingerprint, count),) = doc["notes"]["Linker.md"]["VK301"].items()
    assert count == 1 and len(fingerprint) == 32
    assert first.endswith(b"\n") and first.count(b"\n") > 5  # one entry a line: diffs stay small
    assert _run(["baseline", str(vault)], capsys)[0] == 0
    assert path.read_bytes() == first


def test_verify_fails_only_on_findings_beyond_the_baseline(vault: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert _run(["verify", str(vault)], capsys)[0] == 1
    _run(["baseline", str(vault)], capsys)
    code, out = _run(["verify", str(vault)], capsys)
    assert code == 0
    assert "no findings (1 more accepted by the baseline)" in out and "Missing page" not in out

    (vault / "Other.md").write_text("[[Hub]] and [[Another missing page]]\n", encoding="utf-8")
    code, out = _run(["verify", str(vault)], capsys)
    assert code == 1
    assert "Other.md:1:13: VK301 broken link: no note or file matches [[Another missing page]]" in out
    assert "Missing page]]" not in out.replace("Another missing page]]", "")


def test_text_added_above_a_finding_keeps_it_matched(vault: Path, capsys: pytest.CaptureFixture[str]) -> None:
    _run(["baseline", str(vault)], capsys)
    grown = LINKER.replace("# Linker\n", "# Linker\n\nA new first paragraph.\n\n## A section\n\nMore text here.\n")
    (vault / "Linker.md").write_text(grown, encoding="utf-8")
    code, out = _run(["verify", str(vault)], capsys)
    assert code == 0, out
    # Without the baseline the finding is there, on its new line.
    code, out = _run(["verify", str(vault), "--no-baseline"], capsys)
    assert code == 1 and "Linker.md:12:5: VK301" in out


def test_a_copy_beyond_the_recorded_count_is_new(
    vault: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(vault)  # text paths are relative to the working directory
    _run(["baseline", str(vault)], capsys)
    (vault / "Linker.md").write_text(LINKER + "\nAnd again: [[Missing page]].\n", encoding="utf-8")
    code, out = _run(["verify", str(vault), "--format", "concise"], capsys)
    assert code == 1
    assert out.splitlines() == ["Linker.md:8:12: VK301 broken link: no note or file matches [[Missing page]]"]


def test_sarif_marks_baseline_state(vault: Path, capsys: pytest.CaptureFixture[str]) -> None:
    _run(["baseline", str(vault)], capsys)
    (vault / "Other.md").write_text("[[Hub]] [[Gone]]\n", encoding="utf-8")
    code, out = _run(["verify", str(vault), "--format", "sarif"], capsys)
    assert code == 1
    states = {
        (r["locations"][0]["physicalLocation"]["artifactLocation"]["uri"], r["baselineState"])
        for r in json.loads(out)["runs"][0]["results"]
    }
    assert states == {("Linker.md", "unchanged"), ("Other.md", "new")}


def test_explicit_baseline_file_and_its_errors(vault: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    elsewhere = tmp_path / "accepted.json"
    assert _run(["baseline", str(vault), "-o", str(elsewhere)], capsys)[0] == 0
    assert not (vault / ".vaultkit-baseline.json").exists()
    assert _run(["verify", str(vault)], capsys)[0] == 1  # not found at the root: not used
    assert _run(["verify", str(vault), f"--baseline={elsewhere}"], capsys)[0] == 0
    assert _run(["verify", f"--baseline={elsewhere}", str(vault)], capsys)[0] == 0

    code, out = _run(["verify", str(vault), "--baseline"], capsys)  # the default file, which is missing
    assert code == 2 and ".vaultkit-baseline.json: no such baseline file" in out and "vaultkit baseline" in out
    elsewhere.write_text('{"schema": "something else"}', encoding="utf-8")
    code, out = _run(["verify", str(vault), f"--baseline={elsewhere}"], capsys)
    assert code == 2 and "not a vaultkit baseline" in out
    elsewhere.write_text("{not json", encoding="utf-8")
    assert _run(["verify", str(vault), f"--baseline={elsewhere}"], capsys)[0] == 2


def test_baseline_option_before_the_vault_is_not_taken_as_its_file(vault: Path, capsys: pytest.CaptureFixture[str]) -> None:
    _run(["baseline", str(vault)], capsys)
    assert _run(["verify", "--baseline", str(vault)], capsys)[0] == 0


def test_no_baseline_ignores_the_file(vault: Path, capsys: pytest.CaptureFixture[str]) -> None:
    _run(["baseline", str(vault)], capsys)
    code, out = _run(["verify", str(vault), "--no-baseline", "--format", "json"], capsys)
    assert code == 1 and "baselined" not in json.loads(out)
    code, out = _run(["verify", str(vault), "--format", "json"], capsys)
    doc = json.loads(out)
    assert code == 0 and doc["findings"] == [] and doc["baselined"] == 1
