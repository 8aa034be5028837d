"""Issue 17: every damage pattern ftfy repairs is repaired and proven, span by span; lossy repairs
only when asked for; clean notes untouched; `verify` reports exactly what `fix` writes.

The corpus (tests/mojibake_cases.py) is built from our own strings, one group per cause in the
issue's table; the expected repair of a string is what `ftfy.fix_encoding` makes of it.
"""

from __future__ import annotations

import json
from collections import Counter
from pathlib import Path

import ftfy
import pytest
from conftest import MakeVault, snapshot
from mojibake_cases import (
    CASES,
    EN_NOTE,
    LAYERED,
    LAYERED_PARAS,
    RU_NOTE,
    Case,
    clean_notes,
    embed,
    layered,
    utf8_as,
)

from vaultkit.cli import main
from vaultkit.engine.parse import repair_text
from vaultkit.ingest.mojibake import PlanStep, looks_clean, replay_plan, verify_step

INTERNAL_NAMES = (
    "apply",
    "transcode",
    "decode_inconsistent_utf8",
    "restore_byte_a0",
    "replace_lossy_sequences",
    "fix_c1_controls",
)


def expected(damaged: str) -> str:
    return str(ftfy.fix_encoding(damaged))


def test_every_row_of_the_issue_is_covered() -> None:
    rows = Counter(c.row for c in CASES)
    assert len(rows) == 7
    assert all(n >= 1 for n in rows.values())
    assert rows["restore_byte_a0"] >= 10 and rows["replace_lossy_sequences"] >= 10 and rows["decode_inconsistent_utf8"] >= 8
    for case in CASES:  # each string is real damage that ftfy repairs
        assert expected(case.damaged) != case.damaged, case.name
        assert not looks_clean(case.damaged), case.name


@pytest.mark.parametrize("case", CASES, ids=[f"{c.row}: {c.name}" for c in CASES])
def test_single_string_repaired_byte_exact(case: Case) -> None:
    want = expected(case.damaged)
    result = repair_text(case.damaged, lossy=True)
    assert result.text == want
    assert replay_plan(case.damaged, result.plan) == want
    assert any(step.lossy for step in result.plan) == case.lossy
    for region in result.regions:
        assert not any(name in region.description for name in INTERNAL_NAMES), region.description


@pytest.mark.parametrize("case", CASES, ids=[f"{c.row}: {c.name}" for c in CASES])
@pytest.mark.parametrize("template", [RU_NOTE, EN_NOTE], ids=["ru note", "en note"])
def test_inside_a_note_repaired_byte_exact(case: Case, template: str) -> None:
    note = embed(template, case.damaged)
    assert 900 <= len(note.encode()) <= 1500  # a note of about 1 KB
    want = embed(template, expected(case.damaged))
    result = repair_text(note, lossy=True)
    assert result.text == want
    assert replay_plan(note, result.plan) == want
    (region,) = [r for r in result.regions if not r.in_code]
    assert region.start_line == region.end_line == 6 and region.lossy == case.lossy


@pytest.mark.parametrize("case", [c for c in CASES if c.lossy], ids=[c.name for c in CASES if c.lossy])
def test_lossy_repair_is_offered_not_applied(case: Case) -> None:
    for text in (case.damaged, embed(RU_NOTE, case.damaged)):
        result = repair_text(text)
        assert result.text == text and not result.plan
        assert result.withheld and all(step.lossy for step in result.withheld)
        (region,) = [r for r in result.regions if not r.in_code]
        assert region.lossy and "lossy" in region.description


@pytest.mark.parametrize(("name", "encodings"), LAYERED, ids=[n for n, _ in LAYERED])
@pytest.mark.parametrize("para", LAYERED_PARAS, ids=["ru", "en"])
@pytest.mark.parametrize("template", [RU_NOTE, EN_NOTE], ids=["ru note", "en note"])
def test_double_and_triple_damage_inside_a_note(name: str, encodings: list[str], para: str, template: str) -> None:
    note = embed(template, layered(para, encodings))
    result = repair_text(note)
    assert result.text == embed(template, para)
    assert replay_plan(note, result.plan) == result.text


def test_clean_notes_are_never_changed_nor_reported() -> None:
    notes = clean_notes()
    assert len(notes) >= 300
    changed = []
    for i, note in enumerate(notes):
        result = repair_text(note, lossy=True)
        if result.text != note or result.plan or any(not r.in_code for r in result.regions):
            changed.append(i)
    assert changed == []


# ---------------------------------------------------------------------------- the verifier


def test_verify_step_chains_layers() -> None:
    # Double damage undone by one two-layer step: each layer is checked against the text the
    # layer before it produced, not against the original (the bug in the old undo check).
    twice = utf8_as(utf8_as("Привет — мир", "sloppy-windows-1252"), "sloppy-windows-1252")
    steps = (("encode", "sloppy-windows-1252"), ("decode", "utf-8")) * 2
    proof = verify_step(twice, steps)
    assert proof is not None and proof.text == "Привет — мир" and not proof.lossy


def test_verify_step_refuses_a_change_it_cannot_undo() -> None:
    # ftfy's fixer of inconsistent mojibake on a string it would change in a way no single-byte
    # reading explains: a plan that is not exact is refused.
    assert verify_step("“x”", (("apply", "uncurl_quotes"),)) is None
    assert verify_step("Ã©", (("encode", "latin-1"), ("transcode", "fix_line_breaks"), ("decode", "utf-8"))) is None
    # A recorded step replayed on a line it does not fit fails loudly.
    with pytest.raises(ValueError):
        replay_plan("Привет", (PlanStep("line", (("encode", "macroman"), ("decode", "utf-8")), 1, 1),))


def test_mojibake_in_code_is_off_by_default() -> None:
    from vaultkit.config import Config
    from vaultkit.rules import RULES

    assert RULES["VK111"].enabled(Config()) and not RULES["VK112"].enabled(Config())


def test_precheck_catches_a_lead_before_fffd() -> None:
    assert not looks_clean("Ã\ufffdlvaro")
    assert looks_clean("Привет\ufffd мир")  # a Cyrillic letter before U+FFFD: a bad byte, not mojibake


def test_replay_refuses_an_unmarked_lossy_step() -> None:
    damaged = CASES[[c.lossy for c in CASES].index(True)].damaged
    result = repair_text(damaged, lossy=True)
    unmarked = tuple(PlanStep(s.kind, s.steps, s.start_line, s.end_line) for s in result.plan)
    with pytest.raises(ValueError, match="lossy"):
        replay_plan(damaged, unmarked)


# ---------------------------------------------------------------------------- through the CLI


def _vault_files() -> dict[str, str]:
    files: dict[str, str] = {}
    for i, case in enumerate(CASES):
        files[f"single/{i:02d}.md"] = case.damaged + "\n"
        files[f"ru/{i:02d}.md"] = embed(RU_NOTE, case.damaged)
        files[f"en/{i:02d}.md"] = embed(EN_NOTE, case.damaged)
    for name, encodings in LAYERED:
        for j, para in enumerate(LAYERED_PARAS):
            files[f"layered/{name.replace(' ', '-')}-{j}.md"] = embed(RU_NOTE, layered(para, encodings))
    for i, note in enumerate(clean_notes(40, seed=9)):
        files[f"clean/{i:02d}.md"] = note
    files["clean/ru.md"] = embed(RU_NOTE, "Обычный абзац.")
    files["clean/en.md"] = embed(EN_NOTE, "A plain paragraph.")
    return files


def _mojibake_findings(root: Path, capsys: pytest.CaptureFixture[str]) -> list[dict[str, object]]:
    capsys.readouterr()
    main(["verify", str(root), "--format", "json", "--no-cache", "--select", "VK111", "--exit-zero"])
    data = json.loads(capsys.readouterr().out)
    return list(data["findings"] if isinstance(data, dict) else data)


def _changed(before: dict[str, bytes], root: Path) -> set[str]:
    return {rel for rel, data in snapshot(root).items() if before.get(rel) != data}


def test_verify_reports_exactly_what_fix_writes(make_vault: MakeVault, capsys: pytest.CaptureFixture[str]) -> None:
    root = make_vault(_vault_files())
    findings = _mojibake_findings(root, capsys)
    assert findings
    for f in findings:
        assert not any(name in str(f["message"]) for name in INTERNAL_NAMES), f["message"]
    lossless = {str(f["path"]) for f in findings if "--lossy" not in str(f["message"])}
    lossy = {str(f["path"]) for f in findings if "--lossy" in str(f["message"])}
    assert not any(p.startswith("clean/") for p in lossless | lossy)  # nothing in code is reported

    before = snapshot(root)
    main(["fix", str(root), "--write"])
    written = _changed(before, root)
    assert written == lossless
    assert {str(f["path"]) for f in _mojibake_findings(root, capsys)} == lossy

    before = snapshot(root)
    assert main(["fix", str(root), "--write", "--lossy"]) == 0
    out = capsys.readouterr().out
    assert "(lossy: U+FFFD stands for bytes already lost)" in out  # the diff says so
    assert _changed(before, root) == lossy
    assert _mojibake_findings(root, capsys) == []
    # Every repaired note is what ftfy's encoding fixer makes of its damaged paragraph.
    for i, case in enumerate(CASES):
        assert (root / f"single/{i:02d}.md").read_text(encoding="utf-8") == expected(case.damaged) + "\n"
        assert (root / f"ru/{i:02d}.md").read_text(encoding="utf-8") == embed(RU_NOTE, expected(case.damaged))
    # The backups keep the damaged originals.
    backups = list((root / ".vaultkit" / "backup").rglob("*.md.*"))
    assert len(backups) >= len(lossless | lossy)


def test_config_switch_applies_lossy_repairs(make_vault: MakeVault, capsys: pytest.CaptureFixture[str]) -> None:
    case = next(c for c in CASES if c.lossy)
    root = make_vault({"n.md": case.damaged + "\n", "vaultkit.toml": "[fix]\nlossy = true\n"})
    (finding,) = _mojibake_findings(root, capsys)
    assert "lossy" in str(finding["message"]) and "--lossy" not in str(finding["message"])
    assert main(["fix", str(root), "--write"]) == 0
    assert (root / "n.md").read_text(encoding="utf-8") == expected(case.damaged) + "\n"


def test_lossy_needs_a_backup_and_a_bad_option_is_refused(make_vault: MakeVault, capsys: pytest.CaptureFixture[str]) -> None:
    case = next(c for c in CASES if c.lossy)
    root = make_vault({"n.md": case.damaged + "\n"})
    assert main(["fix", str(root), "--write", "--lossy", "--no-backup"]) != 0
    assert (root / "n.md").read_text(encoding="utf-8") == case.damaged + "\n"
    assert main(["fix", str(root)]) != 0
    assert "not written without --lossy" in capsys.readouterr().err
    (root / "vaultkit.toml").write_text("[fix]\nlosy = true\n", encoding="utf-8")
    assert main(["fix", str(root)]) != 0
    assert "did you mean 'lossy'" in capsys.readouterr().err


def test_seed_001_through_the_reading_path_and_fix(make_vault: MakeVault) -> None:
    from conftest import seed_text

    text = seed_text(1)
    result = repair_text(text)
    assert result.text == text.encode("mac_roman").decode("utf-8")
    assert replay_plan(text, result.plan) == result.text and not result.withheld
    root = make_vault({"001.md": text})
    assert main(["fix", str(root), "--write"]) == 0
    assert (root / "001.md").read_text(encoding="utf-8") == result.text
