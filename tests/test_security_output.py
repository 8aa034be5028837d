"""What vaultkit writes cannot be turned against its user (issue 13, items 7 and 8).

- `report -o DIR` writes only into a folder that is empty, new, or already vaultkit's (it holds
  the `.vaultkit-report` marker), unless `--force`; it never follows a symlink out of DIR.
- File names and link targets are hostile text: control characters (ESC/OSC, BEL, newlines,
  C1, bidi overrides) are shown escaped in the terminal formats, and in report.md no file name
  or target can start a Markdown block or become a live link. JSON and SARIF keep the true
  strings (their format escapes them).
"""

from __future__ import annotations

import json
import os
import re
from pathlib import Path
from typing import Any

import mistune
import pytest
from conftest import MakeVault

from vaultkit.cli import main
from vaultkit.ingest.markdown import scan_markdown

MARKER = ".vaultkit-report"


def report(vault: Path, out: Path, *extra: str) -> int:
    return main(["report", str(vault), "-o", str(out), "--no-cache", "-j", "1", *extra])


# --- item 7: report -o writes only where it may ------------------------------------------------


def test_report_refuses_a_folder_it_did_not_write_unless_forced(
    make_vault: MakeVault, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    vault = make_vault({"a.md": "# A\n[[b]]\n", "b.md": "# B\n[[a]]\n"})
    docs = tmp_path / "docs"  # a folder of the user's, outside the vault
    docs.mkdir()
    (docs / "report.md").write_text("my own report, months of work\n", encoding="utf-8")
    capsys.readouterr()

    assert report(vault, docs) == 2
    err = capsys.readouterr().err.strip().splitlines()
    assert len(err) == 1 and str(docs) in err[0] and "--force" in err[0], err
    assert (docs / "report.md").read_text(encoding="utf-8") == "my own report, months of work\n"
    assert sorted(p.name for p in docs.iterdir()) == ["report.md"]  # no marker, no temp file, nothing

    assert report(vault, docs, "--force") == 0
    assert (docs / MARKER).is_file() and "vaultkit report" in (docs / "report.md").read_text(encoding="utf-8")
    assert report(vault, docs) == 0  # now marked as vaultkit's own: no --force needed

    fresh = tmp_path / "new" / "reports"  # missing: created
    assert report(vault, fresh) == 0 and (fresh / MARKER).is_file()
    empty = tmp_path / "empty"
    empty.mkdir()
    assert report(vault, empty) == 0 and (empty / MARKER).is_file()
    assert report(vault, empty, "--format", "md") == 0  # its own folder again


def test_report_never_writes_through_symlinks_out_of_its_folder(make_vault: MakeVault, tmp_path: Path) -> None:
    vault = make_vault({"a.md": "# A\n[[b]]\n", "b.md": "# B\n[[a]]\n"})
    out = tmp_path / "out"
    assert report(vault, out) == 0
    victim = tmp_path / "victim.md"
    victim.write_text("precious\n", encoding="utf-8")
    (out / "report.md").unlink()
    (out / "report.md").symlink_to(victim)
    dangling = tmp_path / "elsewhere" / "created.txt"
    dangling.parent.mkdir()
    (out / MARKER).unlink()
    (out / MARKER).symlink_to(dangling)  # a marker that is a link is no marker
    assert report(vault, out) == 2
    assert report(vault, out, "--force") == 0
    assert victim.read_text(encoding="utf-8") == "precious\n" and not dangling.exists()
    assert not (out / "report.md").is_symlink() and not (out / MARKER).is_symlink()
    assert "vaultkit report" in (out / "report.md").read_text(encoding="utf-8")
    assert not [p.name for p in out.iterdir() if p.name.endswith(".tmp") or "tmp" in p.name]


# --- item 8: hostile names and targets ---------------------------------------------------------

NEWLINE_NAME = "a\n- [ ] [[Injected]]"
OSC = "\x1b]0;pwned\x07"
RLO = "\u202e"
ESCAPE_NAME = f"b{OSC}{RLO}kcatta"  # brackets in the name: never linkable
PLAIN_NAME = f"c{RLO}txt.exe"  # no brackets: linkable but for the bidi override
RAW = re.compile("[\x00-\x08\x0a-\x1f\x7f-\x9f\u200e\u200f\u202a-\u202e\u2066-\u2069]")


@pytest.fixture
def hostile_vault(make_vault: MakeVault) -> Path:
    return make_vault(
        {
            f"{NEWLINE_NAME}.md": "# A\nsee [[Index]]\n",
            f"{ESCAPE_NAME}.md": f"# B\nsee [[gone{OSC}{RLO}gnp.exe]] and [[Index]]\n",
            f"{PLAIN_NAME}.md": f"# C\n\n## Part {RLO}two\nsee [[missing\r- [ ] [[Injected]]]] and [[Index]]\n",
            "Index.md": "# Index\nsee [[Nowhere]]\n",
        }
    )


def _ast_nodes(tokens: list[dict[str, Any]]) -> list[dict[str, Any]]:
    found = []
    for token in tokens:
        found.append(token)
        found += _ast_nodes(token.get("children") or [])
    return found


def _text(token: dict[str, Any]) -> str:
    return str(token.get("raw", "")) + "".join(_text(c) for c in token.get("children") or [])


@pytest.mark.parametrize("inert", [False, True], ids=["live-links", "inert-links"])
def test_file_names_and_targets_cannot_inject_markdown(hostile_vault: Path, tmp_path: Path, inert: bool) -> None:
    out = tmp_path / "out"
    assert report(hostile_vault, out, *(["--inert-links"] if inert else [])) == 0
    text = (out / "report.md").read_text(encoding="utf-8")
    findings = json.loads((out / "report.json").read_text(encoding="utf-8"))["findings"]
    assert any(f["path"] == f"{NEWLINE_NAME}.md" for f in findings)  # the true names, in JSON
    assert any(OSC in f["message"] for f in findings)

    assert not RAW.search(text.replace("\n", "")), repr(RAW.search(text.replace("\n", "")))
    assert "\r" not in text and "\u2028" not in text
    # Every task, heading and list item in the note is one vaultkit wrote: one task a finding
    # (inside the collapsed callout of its rule and folder).
    assert sum(1 for line in text.split("\n") if line.startswith("> - [ ] ")) == len(findings)
    assert not [line for line in text.split("\n") if "Injected" in line and not line.startswith(("> - [ ] ", "### "))]
    nodes = _ast_nodes(mistune.create_markdown(renderer="ast", plugins=["task_lists"])(text))  # type: ignore[arg-type]
    tasks = [n for n in nodes if n["type"] == "task_list_item"]
    assert len(tasks) == len(findings)
    headings = [_text(n) for n in nodes if n["type"] == "heading"]
    # title, Since last report, Summary, Findings by folder, Findings by rule, one a rule
    assert len(headings) == 5 + len({f["rule"] for f in findings})
    # No live link to "Injected" (vaultkit's own scanner follows Obsidian: code spans do not link).
    body_start = text.split("\n").index("---", 1) + 2
    targets = [link.target for link in scan_markdown(text, body_start).links]
    assert not [t for t in targets if "Injected" in t]
    if inert:
        assert targets == []
    else:
        assert set(targets) <= {"Index"}, targets  # the hostile names cannot be linked, Index can
    assert "\\x1b" in text and "\\u202e" in text and "\\n" in text  # shown, escaped


@pytest.mark.parametrize("fmt", ["text", "concise", "github"])
def test_terminal_formats_escape_control_characters(
    hostile_vault: Path, fmt: str, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("FORCE_COLOR", "1")  # colour codes are vaultkit's; everything else escaped
    monkeypatch.delenv("NO_COLOR", raising=False)
    monkeypatch.chdir(hostile_vault)
    assert main(["verify", ".", "--format", fmt, "--no-cache", "-j", "1"]) == 1
    out = capsys.readouterr().out
    hostile = out.replace("\033[31m", "").replace("\033[33m", "").replace("\033[36m", "")
    hostile = hostile.replace("\033[1m", "").replace("\033[2m", "").replace("\033[0m", "")
    assert not RAW.search(hostile.replace("\n", "")), repr(RAW.search(hostile.replace("\n", "")))
    assert "\\x1b]0;pwned\\x07" in out and "\\u202e" in out
    lines = [line for line in hostile.split("\n") if line]
    if fmt != "github":
        assert not [line for line in lines if line.startswith("- [ ]")]
        assert any("a\\n- [ ] [[Injected]].md:" in line for line in lines)
    else:
        assert all(line.startswith("::") for line in lines)


def test_machine_formats_keep_the_true_strings(hostile_vault: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["verify", str(hostile_vault), "--format", "json", "--no-cache", "-j", "1"]) == 1
    paths = {f["path"] for f in json.loads(capsys.readouterr().out)["findings"]}
    assert {f"{NEWLINE_NAME}.md", f"{ESCAPE_NAME}.md", f"{PLAIN_NAME}.md"} <= paths
    assert main(["verify", str(hostile_vault), "--format", "sarif", "--no-cache", "-j", "1"]) == 1
    log = json.loads(capsys.readouterr().out)
    messages = [r["message"]["text"] for r in log["runs"][0]["results"]]
    assert any(OSC in m and RLO in m for m in messages)


def test_the_vault_name_is_escaped_in_the_report(make_vault: MakeVault, tmp_path: Path) -> None:
    vault = tmp_path / f"notes{RLO}\x1b[2J"
    os.rename(make_vault({"a.md": "# A\n[[missing]]\n"}), vault)
    out = tmp_path / "out"
    assert report(vault, out, "--format", "md,json") == 0
    text = (out / "report.md").read_text(encoding="utf-8")
    assert not RAW.search(text.replace("\n", ""))
    import frontmatter

    assert frontmatter.loads(text).metadata["vault"] == vault.name  # YAML escapes keep the true name
    assert json.loads((out / "report.json").read_text(encoding="utf-8"))["vault"] == vault.name


@pytest.mark.parametrize("where", ["../escaped/deep", "/ABS/escaped", "out/../../escaped", "linked/reports"])
def test_a_vaults_config_cannot_send_the_report_out_of_the_vault(
    make_vault: MakeVault, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str], where: str
) -> None:
    """`[report] output` comes from the vault (it travels with it): a path that leads outside the
    vault, by `..`, as an absolute path or through a symlinked folder, is a configuration error
    (exit 2, with the usual hint line) and nothing is written outside the vault."""
    outside = tmp_path / "outside"
    outside.mkdir()
    where = where.replace("/ABS", str(outside))
    root = make_vault({"a.md": "# A\n", "vaultkit.toml": f'[report]\noutput = "{where}"\n'})
    (root / "linked").symlink_to(outside, target_is_directory=True)
    monkeypatch.chdir(tmp_path)

    def outside_the_vault() -> list[Path]:
        return sorted(p for p in tmp_path.rglob("*") if not p.is_relative_to(root))

    before = outside_the_vault()
    assert main(["report", str(root)]) == 2
    err = capsys.readouterr().err.strip().splitlines()
    assert "[report] output must be a folder inside the vault" in err[0] and "Traceback" not in "".join(err), err
    assert outside_the_vault() == before
