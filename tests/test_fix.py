"""`vaultkit fix`: dry run by default, atomic writes, backups, refusals, and a kill mid-write."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import textwrap
import time
from pathlib import Path

import pytest
from conftest import MakeVault, snapshot

from vaultkit.cli import main

GOOD = "# Заметка\n\nМодель на семь миллиардов параметров занимает четырнадцать гигабайт.\nВторая строка.\n"
DAMAGED = GOOD.encode("utf-8").decode("mac_roman")


def test_dry_run_changes_nothing(make_vault: MakeVault, capsys: pytest.CaptureFixture[str]) -> None:
    root = make_vault({"n.md": DAMAGED, "ok.md": GOOD})
    before = snapshot(root)
    assert main(["fix", str(root)]) == 1
    out = capsys.readouterr().out
    assert "UTF-8 read as Mac Roman" in out and "+Модель на семь" in out and "--write" in out
    assert snapshot(root) == before


def test_write_repairs_keeps_mode_and_backup(make_vault: MakeVault, capsys: pytest.CaptureFixture[str]) -> None:
    root = make_vault({"n.md": DAMAGED, "ok.md": GOOD})
    (root / "n.md").chmod(0o640)
    original = (root / "n.md").read_bytes()
    assert main(["fix", str(root), "--write"]) == 0
    assert (root / "n.md").read_text(encoding="utf-8") == GOOD
    assert (root / "n.md").stat().st_mode & 0o777 == 0o640
    (backup,) = (root / ".vaultkit" / "backup").glob("n.md.*")
    assert backup.read_bytes() == original
    assert (root / "ok.md").read_text(encoding="utf-8") == GOOD
    assert main(["fix", str(root)]) == 0  # nothing left
    assert "nothing to fix" in capsys.readouterr().out


def test_no_backup(make_vault: MakeVault) -> None:
    root = make_vault({"n.md": DAMAGED})
    assert main(["fix", str(root), "--write", "--no-backup"]) == 0
    assert not (root / ".vaultkit" / "backup").exists()


def test_legacy_encoding_and_bom_are_re_encoded(make_vault: MakeVault) -> None:
    root = make_vault({"cp.md": GOOD.encode("cp1251"), "bom.md": b"\xef\xbb\xbf" + GOOD.encode()})
    assert main(["fix", str(root), "--write"]) == 0
    assert (root / "cp.md").read_bytes() == GOOD.encode("utf-8")
    assert (root / "bom.md").read_bytes() == GOOD.encode("utf-8")


def test_single_file_argument(make_vault: MakeVault) -> None:
    root = make_vault({"a.md": DAMAGED, "b.md": DAMAGED})
    assert main(["fix", str(root / "a.md"), "--write"]) == 0
    assert (root / "a.md").read_text(encoding="utf-8") == GOOD
    assert (root / "b.md").read_text(encoding="utf-8") == DAMAGED


def test_refuses_when_changed_since_read(make_vault: MakeVault) -> None:
    from vaultkit.fixer import ChangedOnDisk, replace_note

    root = make_vault({"n.md": DAMAGED})
    original = (root / "n.md").read_bytes()
    (root / "n.md").write_text(DAMAGED + "\nedited meanwhile\n", encoding="utf-8")
    with pytest.raises(ChangedOnDisk):
        replace_note(root, "n.md", original, GOOD.encode())
    assert (root / "n.md").read_text(encoding="utf-8").endswith("edited meanwhile\n")


WRITER = textwrap.dedent(
    """
    import os, sys, time
    from pathlib import Path
    import vaultkit.fixer as fixer
    marker = Path(sys.argv[2])
    stage = sys.argv[3]
    real = getattr(os, stage)
    def slow(*args, **kwargs):
        if stage == "fsync" or Path(args[1]).name == "n.md":
            marker.write_text("ready")
            time.sleep(60)
        return real(*args, **kwargs)
    setattr(os, stage, slow)
    from vaultkit.cli import main
    sys.exit(main(["fix", sys.argv[1], "--write", "--no-backup"]))
    """
)


@pytest.mark.parametrize("stage", ["fsync", "replace"], ids=["during temp write", "before rename"])
def test_killed_mid_write_leaves_old_or_new(make_vault: MakeVault, tmp_path: Path, stage: str) -> None:
    root = make_vault({"n.md": DAMAGED})
    original = (root / "n.md").read_bytes()
    marker = tmp_path / "marker"
    proc = subprocess.Popen(
        [sys.executable, "-c", WRITER, str(root), str(marker), stage], stdout=subprocess.DEVNULL, stderr=subprocess.PIPE
    )
    deadline = time.monotonic() + 60
    while not marker.exists():
        assert proc.poll() is None, proc.stderr.read() if proc.stderr else ""
        assert time.monotonic() < deadline
        time.sleep(0.05)
    os.kill(proc.pid, signal.SIGKILL)
    proc.wait()
    if proc.stderr:
        proc.stderr.close()
    assert (root / "n.md").read_bytes() in (original, GOOD.encode("utf-8"))
    assert (root / "n.md").read_bytes() == original  # killed before the rename: still the old bytes
    # The leftover temporary sits beside the note under vaultkit's own hidden name; it is never a
    # note, and the next run neither trips on it nor deletes it (a run removes only its own).
    (leftover,) = [p for p in root.iterdir() if ".vaultkit-tmp-" in p.name]
    assert leftover.name.startswith(".n.md.vaultkit-tmp-")
    assert main(["fix", str(root), "--write", "--no-backup"]) == 0
    assert (root / "n.md").read_text(encoding="utf-8") == GOOD
    assert leftover.exists()
