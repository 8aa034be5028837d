"""`vaultkit fix --links`: links broken by renames and moves outside Obsidian are rewritten, in
their own form, and nothing else of any note changes."""

from __future__ import annotations

import json
import os
import random
import subprocess
import sys
from pathlib import Path

import pytest

from vaultkit.api import parse_note
from vaultkit.cli import main
from vaultkit.config import Config
from vaultkit.model import Link

FOLDERS = ["Inbox", "Projects", "Projects/Alpha", "Reading", "Reading/Papers", "People", "Zettel", "Zettel/Deep/Down"]
FOLDERS += ["Archive", "Maths"]


def _git(root: Path, *args: str) -> str:
    env = {k: v for k, v in os.environ.items() if not k.startswith("GIT_")}
    env.update(GIT_AUTHOR_NAME="t", GIT_AUTHOR_EMAIL="t@example.com", GIT_COMMITTER_NAME="t", GIT_COMMITTER_EMAIL="t@example.com")
    return subprocess.run(["git", *args], cwd=root, env=env, check=True, capture_output=True, text=True).stdout


def _cli(root: Path, *args: str) -> subprocess.CompletedProcess[str]:
    env = dict(os.environ, NO_COLOR="1")
    command = [sys.executable, "-m", "vaultkit", *args]
    return subprocess.run(command, cwd=root, env=env, capture_output=True, text=True, check=False)


def _links(path: str, data: bytes) -> list[Link]:
    note = parse_note(path, data, Config()).note
    assert note is not None
    return list(note.links)


def _skeleton(data: bytes, links: list[Link]) -> str:
    """The note's text with every link replaced by one marker: what must never change."""
    lines = data.decode("utf-8").split("\n")
    for link in sorted(links, key=lambda k: (k.line, -k.column)):
        line = lines[link.line - 1]
        at = link.column - 1
        assert line[at : at + len(link.raw)] == link.raw
        lines[link.line - 1] = line[:at] + "\x00" + line[at + len(link.raw) :]
    return "\n".join(lines)


def _make_vault(root: Path, n: int, rng: random.Random) -> dict[str, str]:
    """n notes in FOLDERS (a few names repeated in two folders), linking each other in every
    form. Returns {path: name}."""
    paths: dict[str, str] = {}
    for i in range(n):
        name = f"Topic {i:03d} — {rng.choice(['notes', 'ideas', 'draft', 'Café', 'v1.2', 'Q&A'])}"
        folder = FOLDERS[i % len(FOLDERS)]
        paths[f"{folder}/{name}.md"] = name
    for i in range(6):  # the same name in two folders: links to them need a path
        paths[f"{FOLDERS[i]}/Index.md"] = "Index"
    order = sorted(paths)
    for k, path in enumerate(order):
        lines = ["---", f"title: note {k}"]
        other = rng.choice(order)
        lines.append(f'related: "[[{other[:-3]}]]"')
        lines += ["---", f"# {paths[path]}", "", "## Details", "", f"Some text ^blk{k}", ""]
        for _ in range(rng.randint(3, 9)):
            target = rng.choice(order)
            name, stem = paths[target], target[:-3]
            short = stem if name == "Index" else name
            rel = os.path.relpath(target, os.path.dirname(path)).replace(os.sep, "/")
            form = rng.randrange(10)
            lines.append(
                [
                    f"See [[{short}]] here.",
                    f"See [[{short}|shown text]] and more.",
                    f"Under [[{short}#Details]].",
                    f"Block [[{short}#^blk{order.index(target)}]].",
                    f"Full [[{stem}]] path.",
                    f"Embed: ![[{short}]]",
                    f"Markdown [x]({stem.replace(' ', '%20')}.md) link.",
                    f"Angle [y](<{stem}.md>) link.",
                    f"Table | [[{short}\\|cell]] |",
                    f"Relative [r]({rel.replace(' ', '%20')}) link.",
                ][form]
            )
        lines.append("Code `[[Not a link]]` stays.")
        (root / path).parent.mkdir(parents=True, exist_ok=True)
        (root / path).write_text("\n".join(lines) + "\n", encoding="utf-8")
    return paths


@pytest.mark.slow
def test_fix_links_after_git_mv_of_20_notes(tmp_path: Path) -> None:
    rng = random.Random(19)
    root = tmp_path / "vault"
    (root / ".obsidian").mkdir(parents=True)
    (root / ".obsidian" / "app.json").write_text(json.dumps({"newLinkFormat": "shortest"}), encoding="utf-8")
    paths = _make_vault(root, 214, rng)
    assert len(paths) >= 200
    _git(root, "init", "-q")
    _git(root, "add", "-A")
    _git(root, "commit", "-q", "-m", "vault")
    assert _cli(root, "verify", ".", "--select", "VK301", "--no-cache").returncode == 0

    before = {p: (root / p).read_bytes() for p in paths}
    movable = [p for p in sorted(paths) if paths[p] != "Index"]
    moved: dict[str, str] = {}
    for k, old in enumerate(rng.sample(movable, 20)):
        folder, name = old.rsplit("/", 1)
        if k % 3 == 0:  # renamed in place
            new = f"{folder}/{name[:-3]} (renamed).md"
        elif k % 3 == 1:  # moved to another folder
            new = f"{rng.choice([f for f in FOLDERS if f != folder])}/{name}"
        else:  # both
            new = f"{rng.choice([f for f in FOLDERS if f != folder])}/Moved {name}"
        (root / new).parent.mkdir(parents=True, exist_ok=True)
        _git(root, "mv", old, new)
        moved[old] = new
    broken = _cli(root, "verify", ".", "--select", "VK301", "--no-cache", "--format", "json", "--exit-zero")
    assert len(json.loads(broken.stdout)["findings"]) > 40  # the moves broke many links

    run = _cli(root, "fix", "--links", "--write", ".")
    assert run.returncode == 0, run.stdout + run.stderr
    check = _cli(root, "verify", ".", "--select", "VK301", "--no-cache")
    assert check.returncode == 0, check.stdout

    rewritten = 0
    for old_path, data in before.items():
        new_path = moved.get(old_path, old_path)
        after = (root / new_path).read_bytes()
        old_links, new_links = _links(old_path, data), _links(new_path, after)
        assert _skeleton(data, old_links) == _skeleton(after, new_links), new_path  # every other byte unchanged
        assert len(old_links) == len(new_links)
        for a, b in zip(old_links, new_links, strict=True):
            assert (a.kind, a.embed, a.alias, a.heading, a.block, a.line, a.column) == (
                b.kind,
                b.embed,
                b.alias,
                b.heading,
                b.block,
                b.line,
                b.column,
            ), (new_path, a.raw, b.raw)
            if a.raw != b.raw:
                rewritten += 1
                assert a.raw.startswith("[[") == b.raw.startswith("[["), (a.raw, b.raw)
                assert ("](<" in a.raw) == ("](<" in b.raw), (a.raw, b.raw)
                assert a.target.endswith(".md") == b.target.endswith(".md"), (a.raw, b.raw)
                assert ("\\|" in a.raw) == ("\\|" in b.raw)
                if b.kind == "wikilink" and not b.target.startswith("."):
                    # shortest: a unique name is written bare, a repeated one with its path
                    assert ("/" in b.target) == (b.target.rsplit("/", 1)[-1] == "Index"), b.raw
    assert rewritten > 40
    assert list((root / ".vaultkit" / "backup").rglob("*.md.*"))  # backups kept

    snapshot = {p: (root / p).read_bytes() for p in (moved.get(q, q) for q in paths)}
    again = _cli(root, "fix", "--links", "--write", ".")
    assert again.returncode == 0 and "no links to rewrite" in again.stdout, again.stdout + again.stderr
    assert _cli(root, "fix", "--links", ".").returncode == 0  # a dry run finds nothing either
    assert snapshot == {p: (root / p).read_bytes() for p in snapshot}


def _vault(tmp_path: Path, files: dict[str, str], app: dict[str, str] | None = None) -> Path:
    root = tmp_path / "v"
    (root / ".obsidian").mkdir(parents=True)
    (root / ".obsidian" / "app.json").write_text(json.dumps(app or {}), encoding="utf-8")
    for rel, text in files.items():
        (root / rel).parent.mkdir(parents=True, exist_ok=True)
        (root / rel).write_text(text, encoding="utf-8")
    return root


def test_renamed_option_without_git(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    root = _vault(tmp_path, {"a.md": "[[Old name|x]] ![[Old name#H]] [m](Old%20name.md#H)\n", "sub/New name.md": "# H\n"})
    assert main(["fix", "--links", str(root), "--renamed", "Old name.md", "sub/New name.md"]) == 1  # dry run
    out = capsys.readouterr().out
    assert "+[[New name|x]] ![[New name#H]] [m](New%20name.md#H)" in out
    assert (root / "a.md").read_text(encoding="utf-8") == "[[Old name|x]] ![[Old name#H]] [m](Old%20name.md#H)\n"
    assert main(["fix", "--links", "--write", "--no-backup", str(root), "--renamed", "Old name.md", "sub/New name.md"]) == 0
    assert (root / "a.md").read_text(encoding="utf-8") == "[[New name|x]] ![[New name#H]] [m](New%20name.md#H)\n"


@pytest.mark.parametrize(
    ("fmt", "expected"),
    [
        ("shortest", "[[Target]] [t](Target.md)"),
        ("absolute", "[[deep/Target]] [t](deep/Target.md)"),
        ("relative", "[[../deep/Target]] [t](../deep/Target.md)"),
    ],
)
def test_new_link_format(tmp_path: Path, capsys: pytest.CaptureFixture[str], fmt: str, expected: str) -> None:
    root = _vault(tmp_path, {"src/a.md": "[[Gone]] [t](Gone.md)\n", "deep/Target.md": "x\n"}, {"newLinkFormat": fmt})
    assert main(["fix", "--links", "--write", "--no-backup", str(root), "--renamed", "Gone.md", "deep/Target.md"]) == 0
    assert (root / "src/a.md").read_text(encoding="utf-8") == expected + "\n"


def test_suggestions_and_ambiguity(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    files = {
        "a.md": "[[Quantisaton]] and [[Café notes]] and [[x/Index]] and [[Notes 1]] and [[Nowhere at all]]\n",
        "Quantisation.md": "",
        "b/Cafe Notes.md": "",
        "p/Index.md": "",
        "q/Index.md": "",
        "Notes 2.md": "",
        "Notes 3.md": "",
    }
    root = _vault(tmp_path, files)
    code = main(["fix", "--links", "--write", "--no-backup", str(root)])
    captured = capsys.readouterr()
    assert code == 1  # something was left uncertain
    assert (root / "a.md").read_text(encoding="utf-8") == (
        "[[Quantisation]] and [[Cafe Notes]] and [[x/Index]] and [[Notes 1]] and [[Nowhere at all]]\n"
    )
    assert "[[x/Index]] could be p/Index.md, q/Index.md; not rewritten" in captured.err
    assert "[[Notes 1]] could be" in captured.err


def test_moved_without_git_mv(tmp_path: Path) -> None:
    root = _vault(tmp_path, {"a.md": "[[Target]]\n", "Target.md": "unique content\n"})
    _git(root, "init", "-q")
    _git(root, "add", "-A")
    _git(root, "commit", "-q", "-m", "v")
    (root / "sub").mkdir()
    os.rename(root / "Target.md", root / "sub" / "Other.md")  # a file manager, not git
    assert main(["fix", "--links", "--write", "--no-backup", "--no-suggestions", str(root)]) == 0
    assert (root / "a.md").read_text(encoding="utf-8") == "[[Other]]\n"


def test_note_that_moved_keeps_its_relative_links(tmp_path: Path) -> None:
    root = _vault(tmp_path, {"d/a.md": "[x](../t.md) [[./b]]\n", "t.md": "", "d/b.md": ""})
    _git(root, "init", "-q")
    _git(root, "add", "-A")
    _git(root, "commit", "-q", "-m", "v")
    (root / "e" / "f").mkdir(parents=True)
    _git(root, "mv", "d/a.md", "e/f/a.md")
    assert main(["fix", "--links", "--write", "--no-backup", str(root)]) == 0
    assert (root / "e/f/a.md").read_text(encoding="utf-8") == "[x](t.md) [[b]]\n"


def test_root_names_the_vault_for_a_folder_inside_it(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """`fix --links --root DIR sub/`: the vault is DIR (a folder with no .obsidian/), so a link in
    sub/ to a note renamed at DIR's top level is rewritten with the whole folder as context."""
    root = tmp_path / "plain"
    (root / "sub").mkdir(parents=True)
    (root / "sub" / "a.md").write_text("see [[Old]]\n", encoding="utf-8")
    (root / "New.md").write_text("# New\n", encoding="utf-8")
    argv = ["fix", "--links", "--write", "--no-backup", "--root", str(root), str(root / "sub"), "--renamed", "Old.md", "New.md"]
    assert main(argv) == 0, capsys.readouterr()
    assert (root / "sub" / "a.md").read_text(encoding="utf-8") == "see [[New]]\n"
