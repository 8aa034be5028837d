"""The command line, in-process: exit codes, formats, configuration, suppressions."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest
from conftest import ROOT, MakeVault

from vaultkit import __version__
from vaultkit.cli import main

CLEAN = ROOT / "tests" / "fixtures" / "clean_vault"


@pytest.fixture
def clean_vault(tmp_path: Path) -> Path:
    dest = tmp_path / "clean"
    shutil.copytree(CLEAN, dest)
    return dest


def test_clean_vault_exits_0(clean_vault: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["verify", str(clean_vault)]) == 0
    assert "no findings" in capsys.readouterr().out


def test_error_findings_exit_1_with_position(make_vault: MakeVault, capsys: pytest.CaptureFixture[str]) -> None:
    root = make_vault({"a.md": "ok\n", "sub/b.md": "---\ntags: [x\n---\n"})
    assert main(["verify", str(root), "--no-cache"]) == 1
    out = capsys.readouterr().out
    assert "sub/b.md:2:" in out and "VK105" in out and "invalid YAML" in out


def test_json_format_parses(make_vault: MakeVault, capsys: pytest.CaptureFixture[str]) -> None:
    root = make_vault({"b.md": "---\ntags: [x\n---\n"})
    assert main(["verify", str(root), "--format", "json", "--ignore", "VK307"]) == 1
    doc = json.loads(capsys.readouterr().out)
    assert doc["schema"] == "vaultkit.findings/1"
    assert doc["summary"]["error"] == 1
    (f,) = doc["findings"]
    assert (f["path"], f["rule"], f["severity"]) == ("b.md", "VK105", "error")
    assert {"line", "column", "message", "fingerprint", "name"} <= set(f)


def test_warnings_only_exit_0_and_exit_zero(make_vault: MakeVault) -> None:
    root = make_vault({"w.md": "---\ntags: ['#x']\n---\n", "e.md": "---\na: [\n---\n"})
    assert main(["verify", str(root), "--select", "VK108"]) == 0
    assert main(["verify", str(root)]) == 1
    assert main(["verify", str(root), "--exit-zero"]) == 0


def test_output_file(make_vault: MakeVault, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    root = make_vault({"e.md": "---\na: [\n---\n"})
    out = tmp_path / "out.json"
    assert main(["verify", str(root), "--format", "json", "-o", str(out)]) == 1
    assert capsys.readouterr().out == ""
    assert json.loads(out.read_text(encoding="utf-8"))["summary"]["error"] == 1


@pytest.mark.parametrize(
    ("argv", "code"),
    [
        (["--version"], 0),
        (["--help"], 0),
        (["verify", "--help"], 0),
        ([], 2),
        (["nosuchcommand"], 2),
        (["verify", "/nonexistent/vault"], 2),
        (["verify", ".", "--format", "xml"], 2),
        (["verify", ".", "--jobs", "0"], 2),
    ],
    ids=["version", "help", "verify help", "no command", "unknown command", "missing vault", "bad format", "bad jobs"],
)
def test_usage_exit_codes(argv: list[str], code: int, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(argv) == code


def test_version_output(capsys: pytest.CaptureFixture[str]) -> None:
    main(["--version"])
    assert capsys.readouterr().out.strip() == f"vaultkit {__version__}"


def test_missing_vault_message_names_it(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["verify", "/nonexistent/vault"]) == 2
    assert "/nonexistent/vault" in capsys.readouterr().err


def test_rules_lists_every_rule_with_doc(capsys: pytest.CaptureFixture[str]) -> None:
    from vaultkit.rules import RULES

    assert main(["rules"]) == 0
    out = capsys.readouterr().out
    for rule in RULES.values():
        assert rule.id in out and rule.name in out
        assert rule.doc.strip(), f"{rule.id} has no documentation"
    assert main(["rules", "VK105"]) == 0
    assert "Failing" in capsys.readouterr().out


CONFIG_CASES = [
    ("ignore", "vaultkit.toml", 'ignore = ["VK105"]\n', 0),
    ("ignore prefix", ".vaultkit.toml", 'ignore = ["VK1"]\n', 0),
    ("per-file ignore", "vaultkit.toml", '[per-file-ignores]\n"sub/*" = ["VK105"]\n', 0),
    ("severity override", "vaultkit.toml", '[severity]\nVK105 = "warning"\n', 0),
    ("pyproject table", "pyproject.toml", '[tool.vaultkit]\nignore = ["VK105"]\n', 0),
    ("exclude", "vaultkit.toml", 'exclude = ["sub/*"]\n', 0),
    ("no config", None, "", 1),
    ("unknown key", "vaultkit.toml", "colour = true\n", 2),
    ("bad severity", "vaultkit.toml", '[severity]\nVK105 = "fatal"\n', 2),
    ("bad toml", "vaultkit.toml", "ignore = [\n", 2),
]


@pytest.mark.parametrize(("name", "content", "code"), [c[1:] for c in CONFIG_CASES], ids=[c[0] for c in CONFIG_CASES])
def test_configuration(
    make_vault: MakeVault, name: str | None, content: str, code: int, capsys: pytest.CaptureFixture[str]
) -> None:
    files: dict[str, str | bytes] = {"sub/b.md": "---\na: [\n---\n"}
    if name:
        files[name] = content
    root = make_vault(files)
    assert main(["verify", str(root), "--no-cache"]) == code
    if code == 2:
        assert name in capsys.readouterr().err


def test_inline_suppression(make_vault: MakeVault, capsys: pytest.CaptureFixture[str]) -> None:
    body = (
        "# Note\n<!-- vaultkit-disable-next-line VK306 -->\n[[Bad: name]]\n"
        "%% vaultkit-disable-next-line %%\n[[Also: bad]]\n[[Still: reported]]\n"
    )
    root = make_vault({"n.md": body})
    main(["verify", str(root), "--format", "json", "--select", "VK3"])
    lines = [f["line"] for f in json.loads(capsys.readouterr().out)["findings"] if f["rule"] == "VK306"]
    assert lines == [6]


def test_no_colour_when_not_a_terminal_and_with_no_color(
    make_vault: MakeVault, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    root = make_vault({"e.md": "---\na: [\n---\n"})
    monkeypatch.setenv("FORCE_COLOR", "1")
    main(["verify", str(root)])
    assert "\033[" in capsys.readouterr().out
    monkeypatch.setenv("NO_COLOR", "1")
    main(["verify", str(root)])
    assert "\033[" not in capsys.readouterr().out


def test_python_dash_m(clean_vault: Path) -> None:
    import subprocess
    import sys

    proc = subprocess.run(
        [sys.executable, "-m", "vaultkit", "verify", str(clean_vault)], capture_output=True, text=True, check=False
    )
    assert proc.returncode == 0, proc.stderr
