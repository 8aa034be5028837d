"""Issue 20, the command-line contract left after test_contract.py and test_contract2.py, driven
through the real CLI (`vaultkit.cli.main`): `-o` means one kind of thing across commands, every
command that reads a vault takes the same vault-root options, and `fix`/`clean` refuse a folder
that is no vault as `verify` does."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from vaultkit.cli import main

Capture = pytest.CaptureFixture[str]

# Own wording: a Cyrillic note saved as UTF-8, read back as Mac Roman and saved again.
CLEAN = "# Опыт\n\nПять шагов обучения заняли два часа.\n"
DAMAGED = CLEAN.encode("utf-8").decode("mac_roman")


def _write(root: Path, files: dict[str, str]) -> Path:
    for rel, text in files.items():
        (root / rel).parent.mkdir(parents=True, exist_ok=True)
        (root / rel).write_text(text, encoding="utf-8")
    return root


def _files(folder: Path) -> set[str]:
    return {p.relative_to(folder).as_posix() for p in folder.rglob("*")}


@pytest.fixture
def vault(tmp_path: Path) -> Path:
    root = tmp_path / "vault"
    (root / ".obsidian").mkdir(parents=True)
    return _write(root, {"A.md": "# A\n\n[[Nowhere]]\n", "B.md": "# B\n\n[[A]]\n"})


def _help(command: str, capsys: Capture) -> str:
    assert main([command, "--help"]) == 0
    return " ".join(capsys.readouterr().out.split())


# ---------------------------------------------------------------- item 6: -o across commands


@pytest.mark.parametrize("command", ["verify", "graph", "baseline"])
def test_o_is_a_file_on_every_command_writing_one(command: str, capsys: Capture) -> None:
    assert "-o FILE, --output FILE" in _help(command, capsys)


def test_report_o_is_documented_as_a_folder(capsys: Capture) -> None:
    text = _help("report", capsys)
    assert "--out-dir DIR, -o DIR, --output DIR" in text
    assert "here -o/--output name a folder, where other commands take a FILE" in text


@pytest.mark.parametrize("flag", ["-o", "--output", "--output-file"])
def test_verify_writes_its_findings_to_the_file(vault: Path, tmp_path: Path, flag: str, capsys: Capture) -> None:
    target = tmp_path / "findings.json"
    assert main(["verify", str(vault), "--no-cache", "--format", "json", flag, str(target)]) == 1
    captured = capsys.readouterr()
    assert captured.out == ""
    assert captured.err.startswith("vaultkit: 2 notes checked: 1 error") and f"(written to {target})" in captured.err
    findings = json.loads(target.read_text(encoding="utf-8"))["findings"]
    assert [(f["path"], f["rule"]) for f in findings if f["severity"] == "error"] == [("A.md", "VK301")]


@pytest.mark.parametrize("flag", ["-o", "--output", "--output-file"])
def test_baseline_writes_to_the_file(vault: Path, tmp_path: Path, flag: str, capsys: Capture) -> None:
    target = tmp_path / "accepted.json"
    assert main(["baseline", str(vault), "--no-cache", flag, str(target)]) == 0
    assert f"vaultkit: wrote {target}: " in capsys.readouterr().out
    assert not (vault / ".vaultkit-baseline.json").exists()
    assert main(["verify", str(vault), "--no-cache", f"--baseline={target}"]) == 0  # the file is a baseline


@pytest.mark.parametrize("flag", ["-o", "--output"])
def test_graph_writes_to_the_file(vault: Path, tmp_path: Path, flag: str, capsys: Capture) -> None:
    target = tmp_path / "graph.json"
    assert main(["graph", str(vault), "--no-cache", flag, str(target)]) == 0
    assert capsys.readouterr().out == ""
    nodes = {n["id"] for n in json.loads(target.read_text(encoding="utf-8"))["nodes"]}
    assert {"A.md", "B.md"} <= nodes


@pytest.mark.parametrize("flag", ["--out-dir", "-o", "--output"])
def test_report_writes_into_the_folder(vault: Path, tmp_path: Path, flag: str, capsys: Capture) -> None:
    folder = tmp_path / "out"
    assert main(["report", str(vault), "--no-cache", "--format", "md,json", flag, str(folder)]) == 0
    assert {"report.md", "report.json"} <= {p.name for p in folder.iterdir()}
    assert f"wrote {folder / 'report.md'}" in capsys.readouterr().out


def test_a_file_where_a_folder_is_meant_and_back_is_exit_2(vault: Path, tmp_path: Path, capsys: Capture) -> None:
    folder = tmp_path / "folder"
    folder.mkdir()
    for command in ("verify", "graph", "baseline"):
        assert main([command, str(vault), "--no-cache", "-o", str(folder)]) == 2
        assert f"{folder}: is a folder; give a file name" in capsys.readouterr().err
    assert not list(folder.iterdir())
    afile = tmp_path / "a-file.txt"
    afile.write_text("mine\n", encoding="utf-8")
    assert main(["report", str(vault), "--no-cache", "-o", str(afile)]) == 2
    assert f"{afile}: is not a folder; give a folder for the reports" in capsys.readouterr().err
    assert afile.read_text(encoding="utf-8") == "mine\n"


# ---------------------------------------------------- item 7: the same vault-root options


VAULT_COMMANDS = ("verify", "claims", "graph", "dupes", "report", "baseline", "fix", "clean")


@pytest.mark.parametrize("command", VAULT_COMMANDS)
def test_every_command_reading_a_vault_takes_root(command: str, capsys: Capture) -> None:
    text = _help(command, capsys)
    assert "--root DIR" in text
    if command != "fix":  # fix keeps no cache
        assert "--cache-dir DIR" in text


def test_dupes_takes_root_and_cache_dir_as_verify_does(tmp_path: Path, capsys: Capture) -> None:
    plain = _write(
        tmp_path / "plain", {"one.md": "# Same\n\nThe same words here.\n", "two.md": "# Same\n\nThe same words here.\n"}
    )
    cache = tmp_path / "cache"
    before = _files(plain)
    assert main(["dupes", str(plain), "--layer", "exact"]) == 2
    assert f"{plain} is not an Obsidian vault (no .obsidian/ folder): pass --root {plain}" in capsys.readouterr().err
    assert main(["dupes", str(plain), "--layer", "exact", "--root", str(plain), "--cache-dir", str(cache)]) == 0
    assert "one.md = two.md" in capsys.readouterr().out
    assert _files(plain) == before  # the cache went to --cache-dir, nothing into the folder
    assert cache.is_dir() and any(cache.iterdir())
    # --root must hold the folder given, as for verify.
    assert main(["dupes", str(plain), "--layer", "exact", "--root", str(tmp_path / "cache")]) == 2
    assert f"{plain} is not inside --root" in capsys.readouterr().err


# ---------------------------------------------- item 8: fix and clean on a folder that is no vault


def test_fix_refuses_a_folder_that_is_no_vault_unless_root(tmp_path: Path, capsys: Capture) -> None:
    plain = _write(tmp_path / "plain", {"n.md": DAMAGED})
    before = _files(plain)
    for argv in (["fix", str(plain)], ["fix", str(plain), "--write"], ["fix", str(plain / "n.md"), "--write"]):
        assert main(argv) == 2
        err = capsys.readouterr().err
        assert "is not an Obsidian vault (no .obsidian/ folder): pass --root" in err and "to check it anyway" in err
    assert _files(plain) == before
    assert (plain / "n.md").read_text(encoding="utf-8") == DAMAGED
    assert main(["fix", str(plain), "--write", "--no-backup", "--root", str(plain)]) == 0
    assert (plain / "n.md").read_text(encoding="utf-8") == CLEAN


def test_clean_refuses_a_folder_that_is_no_vault_unless_root(tmp_path: Path, capsys: Capture) -> None:
    plain = _write(tmp_path / "plain", {"n.md": "# N\n", ".vaultkit/cache/x": "kept\n"})
    assert main(["clean", str(plain)]) == 2
    assert f"{plain} is not an Obsidian vault (no .obsidian/ folder): pass --root {plain}" in capsys.readouterr().err
    assert (plain / ".vaultkit" / "cache" / "x").is_file()  # nothing deleted
    assert main(["clean", str(plain), "--root", str(plain)]) == 0
    assert "removed" in capsys.readouterr().out
    assert not (plain / ".vaultkit" / "cache").exists()


def test_clean_with_cache_dir_removes_the_vaults_cache_there(vault: Path, tmp_path: Path, capsys: Capture) -> None:
    cache = tmp_path / "cache"
    assert main(["verify", str(vault), "--cache-dir", str(cache)]) == 1
    assert [p for p in cache.iterdir() if p.is_dir()]
    assert not (vault / ".vaultkit").exists()
    capsys.readouterr()
    assert main(["clean", str(vault), "--cache-dir", str(cache)]) == 0
    assert "removed" in capsys.readouterr().out
    assert not [p for p in cache.iterdir() if p.is_dir()]  # the vault's cache folder is gone
