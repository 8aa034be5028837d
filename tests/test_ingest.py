"""Reading a vault: seeds parse, bad input gives a finding naming the file, nothing is modified."""

from __future__ import annotations

import codecs
import json
import os
import shutil
from pathlib import Path
from typing import Any

import pytest
from conftest import MakeVault, seed_text, snapshot

from vaultkit.api import load_vault, parse_note, verify
from vaultkit.config import Config
from vaultkit.ingest.decode import decode_bytes

RUSSIAN = "Заметка о квантовании: веса модели занимают меньше памяти, если хранить их в восьми битах.\n"


@pytest.mark.parametrize("number", [0, 1, 2, 3, 4])
def test_each_seed_parses_without_error(make_vault: MakeVault, number: int) -> None:
    root = make_vault({f"seed{number}.md": seed_text(number)})
    index = load_vault(root, use_cache=False)
    assert [n.path for n in index.notes] == [f"seed{number}.md"]
    assert not [f for f in index.findings if f.rule in {"VK000", "VK100", "VK105", "VK106", "VK107"}]


def test_seed_001_repaired_links() -> None:
    note = parse_note("001.md", seed_text(1, repaired=True).encode("utf-8"), Config()).note
    assert note is not None
    wikilinks = [link for link in note.links if link.kind == "wikilink"]
    assert len(wikilinks) == 30
    assert len({link.target for link in wikilinks}) == 18
    assert "22_AI_Research_mainstream/AGI Philosophical Framework" in {link.target for link in wikilinks}
    assert "LLM Mistake: Completion vs Cognition" in {link.target for link in wikilinks}


def test_seed_000_python_list_is_not_a_link() -> None:
    note = parse_note("000.md", seed_text(0).encode("utf-8"), Config()).note
    assert note is not None
    assert not [link for link in note.links if "0.1251" in link.target]
    assert any("[[0.1251" in note.text.split("\n")[a - 1 : b][1] for a, b in note.code_ranges if b - a >= 1)


def _rules(findings: object, path: str) -> set[str]:
    return {f.rule for f in findings if f.path == path}  # type: ignore[attr-defined]


BAD_INPUT = [
    ("invalid yaml", "bad.md", "---\ntags: [a, b\ntitle: x\n---\nbody [[Link]]\n", "VK105"),
    ("unterminated fence", "bad.md", "---\ntitle: x\nbody [[Link]]\n", "VK106"),
    ("yaml not a mapping", "bad.md", "---\n- a\n- b\n---\nbody\n", "VK105"),
    ("empty file", "bad.md", b"", "VK102"),
    ("binary file", "bad.md", b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", "VK101"),
    ("cp1251 file", "bad.md", ("# Заголовок\n" + RUSSIAN * 3).encode("cp1251"), "VK104"),
    ("koi8-r file", "bad.md", ("# Заголовок\n" + RUSSIAN * 3).encode("koi8_r"), "VK104"),
    ("utf-16 file", "bad.md", codecs.BOM_UTF16_LE + "# Title\n[[Link]]\n".encode("utf-16-le"), "VK104"),
    ("utf-8 bom", "bad.md", codecs.BOM_UTF8 + b"---\ntitle: x\n---\nbody\n", "VK103"),
    (
        "alias bomb",
        "bad.md",
        "---\na: &a [x, x, x, x, x, x, x, x, x]\nb: &b [*a, *a, *a, *a, *a, *a, *a, *a, *a]\n"
        + "".join(f"c{i}: &c{i} [*b, *b, *b, *b, *b, *b, *b, *b, *b]\n" for i in range(20))
        + "---\nbody\n",
        "VK107",
    ),
]


@pytest.mark.parametrize(("path", "content", "rule"), [c[1:] for c in BAD_INPUT], ids=[c[0] for c in BAD_INPUT])
def test_bad_input_gives_a_finding_and_the_run_goes_on(make_vault: MakeVault, path: str, content: str | bytes, rule: str) -> None:
    root = make_vault({path: content, "good.md": "# Good\n[[Missing target]] [[bad]]\n"})
    before = snapshot(root)
    index = load_vault(root, use_cache=False)
    findings = verify(index)
    assert rule in _rules(findings, path)
    assert "good.md" in [n.path for n in index.notes]  # the run went on
    assert snapshot(root) == before  # nothing was modified


def test_invalid_yaml_reports_line_and_column_and_still_scans_body(make_vault: MakeVault) -> None:
    root = make_vault({"bad.md": "---\ntitle: ok\ntags: [a, b\nx: 1\n---\nbody [[Link]]\n"})
    index = load_vault(root, use_cache=False)
    (f,) = [f for f in index.findings if f.rule == "VK105"]
    assert f.line >= 3 and f.column >= 1
    assert [link.target for link in index.notes[0].links] == ["Link"]


def test_legacy_encoding_is_named_and_text_is_readable(make_vault: MakeVault) -> None:
    root = make_vault({"ru.md": ("# Заголовок\n" + RUSSIAN * 3 + "[[Ссылка]]\n").encode("cp1251")})
    index = load_vault(root, use_cache=False)
    (f,) = [f for f in index.findings if f.rule == "VK104"]
    assert "windows-1251" in f.message.lower() or "cp1251" in f.message.lower()
    assert [link.target for link in index.notes[0].links] == ["Ссылка"]


@pytest.mark.skipif(os.geteuid() == 0, reason="root can read files whatever their permissions")
def test_unreadable_file(make_vault: MakeVault) -> None:
    root = make_vault({"locked.md": "secret", "good.md": "ok"})
    (root / "locked.md").chmod(0)
    try:
        findings = verify(load_vault(root, use_cache=False))
    finally:
        (root / "locked.md").chmod(0o644)
    assert "VK100" in _rules(findings, "locked.md")


@pytest.mark.skipif(os.geteuid() != 0 or not shutil.which("setpriv"), reason="needs root and setpriv to drop to another user")
def test_unreadable_file_for_another_user() -> None:
    """As root, run vaultkit as `nobody` on a vault holding a note only root may read: a real
    permission error, reported as VK100 naming the file, and the run goes on."""
    import subprocess
    import sys
    import tempfile

    with tempfile.TemporaryDirectory() as tmp:
        root = Path(tmp) / "vault"
        (root / ".obsidian").mkdir(parents=True)
        (root / "locked.md").write_text("# Locked\n\nsecret\n", encoding="utf-8")
        (root / "good.md").write_text("# Good\n\nSee [[locked]].\n", encoding="utf-8")
        (root / "locked.md").chmod(0)
        for folder in (Path(tmp), root):
            folder.chmod(0o755)
        cmd = ["setpriv", "--reuid=nobody", "--regid=nogroup", "--clear-groups", sys.executable, "-m", "vaultkit",
               "verify", str(root), "--format", "json", "--no-cache"]
        env = {**os.environ, "PYTHONPATH": str(Path(__file__).resolve().parents[1])}
        probe = subprocess.run([*cmd[:4], sys.executable, "-c", "import vaultkit"], env=env, capture_output=True, check=False)
        if probe.returncode != 0:
            pytest.skip("user nobody cannot run this checkout's Python (a private home folder)")
        done = subprocess.run(cmd, capture_output=True, text=True, env=env, check=False, timeout=120)
        assert done.returncode == 1, done.stderr
        doc = json.loads(done.stdout)
        locked = [f for f in doc["findings"] if f["path"] == "locked.md"]
        assert [f["rule"] for f in locked] == ["VK100"] and "Permission denied" in locked[0]["message"]
        assert doc["notes"] == 1  # good.md was still checked
        assert (root / "locked.md").stat().st_mode & 0o777 == 0  # nothing was changed


def test_unreadable_file_even_as_root(make_vault: MakeVault, monkeypatch: pytest.MonkeyPatch) -> None:
    """Permissions cannot stop root, so simulate the read error the OS would raise."""
    import builtins

    import vaultkit.engine.load

    root = make_vault({"locked.md": "secret", "good.md": "ok"})
    real = builtins.open

    def deny(file: Any, *args: Any, **kwargs: Any) -> Any:
        if os.fspath(file).endswith("locked.md"):
            raise PermissionError(13, "Permission denied")
        return real(file, *args, **kwargs)

    monkeypatch.setattr(vaultkit.engine.load, "open", deny, raising=False)  # the reader's open, nobody else's
    findings = verify(load_vault(root, use_cache=False))
    assert [f.message for f in findings if f.path == "locked.md"] == ["cannot read: Permission denied"]
    assert {n.path for n in load_vault(root, use_cache=False).notes} == {"good.md"}


def test_symlink_loops(make_vault: MakeVault) -> None:
    root = make_vault({"a/note.md": "# A\n"})
    os.symlink(root / "a", root / "a" / "loop")  # a folder that contains itself
    os.symlink("self.md", root / "self.md")  # a file link to itself
    before = snapshot(root)
    findings = verify(load_vault(root, use_cache=False))
    loop_findings = {f.path for f in findings if f.rule == "VK100"}
    assert {"a/loop", "self.md"} <= loop_findings
    assert snapshot(root) == before


def test_discovery_skips_hidden_and_user_excluded(make_vault: MakeVault) -> None:
    root = make_vault(
        {
            ".obsidian/app.json": '{"userIgnoreFilters": ["Templates/", "/^Drafts/.*\\\\.md$/"]}',
            ".trash/old.md": "x",
            "Templates/t.md": "[[Missing]]",
            "Drafts/d.md": "x",
            "Notes/n.md": "![[pic.png]]",
            "Notes/pic.png": b"\x89PNG",
        }
    )
    index = load_vault(root, use_cache=False)
    assert [n.path for n in index.notes] == ["Notes/n.md"]
    assert set(index.files) == {"Notes/pic.png", "Templates/t.md", "Drafts/d.md"}


def test_vault_root_found_from_subfolder(make_vault: MakeVault) -> None:
    root = make_vault({"sub/deep/n.md": "x", "top.md": "y"})
    index = load_vault(root / "sub" / "deep", use_cache=False)
    assert index.root == root.resolve()
    assert {n.path for n in index.notes} == {"sub/deep/n.md", "top.md"}


@pytest.mark.parametrize(
    ("data", "encoding", "problem"),
    [
        (b"plain", "utf-8", ""),
        (codecs.BOM_UTF8 + b"x", "utf-8-sig", "bom"),
        (codecs.BOM_UTF16_BE + "x".encode("utf-16-be"), "utf-16", "utf-16"),
        (b"a\x00b", "binary", "binary"),
    ],
    ids=["utf-8", "bom", "utf-16-be", "nul"],
)
def test_decode_bytes(data: bytes, encoding: str, problem: str) -> None:
    d = decode_bytes(data)
    assert (d.encoding, d.problem) == (encoding, problem)


PROPERTY_CASES = [
    ("hash tag", "---\ntags: ['#ml', ok]\n---\n", "VK108"),
    ("hash tag string", "---\ntags: '#ml, ok'\n---\n", "VK108"),
    ("updated before created", "---\ncreated: 2025-09-06\nupdated: 2025-08-11\n---\n", "VK109"),
    ("updated before created, strings", "---\ncreated: '2025-09-06T08:34:14'\nupdated: '2025-09-06T08:00:00'\n---\n", "VK109"),
]


@pytest.mark.parametrize(("text", "rule"), [c[1:] for c in PROPERTY_CASES], ids=[c[0] for c in PROPERTY_CASES])
def test_property_rules(text: str, rule: str) -> None:
    result = parse_note("n.md", text.encode(), Config())
    assert rule in {f.rule for f in result.findings}


def test_clean_properties_give_no_findings() -> None:
    text = (
        "---\ntags: [ml, quant]\naliases: [Other name]\ncreated: 2025-08-11\nupdated: 2025-09-06\ncustom: {a: 1}\n---\n# Body\n"
    )
    result = parse_note("n.md", text.encode(), Config())
    assert result.findings == ()
    assert result.note is not None
    assert result.note.aliases == ("Other name",)
    assert result.note.properties["custom"] == {"a": 1}
    assert [t.name for t in result.note.tags] == ["ml", "quant"]


def test_front_matter_property_links_count() -> None:
    text = '---\nrelated: "[[Other Note]]"\nlist:\n  - "[[Third|t]]"\n---\nbody\n'
    note = parse_note("n.md", text.encode(), Config()).note
    assert note is not None
    assert [(link.target, link.line, link.alias) for link in note.links] == [("Other Note", 2, None), ("Third", 4, "t")]


# The closing fence is found with one search and the YAML between the fences is sliced out;
# these pin the lines and columns a user sees.

from vaultkit.ingest.frontmatter import split_front_matter  # noqa: E402


@pytest.mark.parametrize(
    ("text", "end_line", "props"),
    [
        ("---\na: 1\n---\nbody\n", 3, {"a": 1}),
        ("---\r\na: 1\r\n---\r\nbody\r\n", 3, {"a": 1}),  # CRLF
        ("---\na: 1\n--- \t\r\r\nbody", 3, {"a": 1}),  # trailing blanks, several CRs
        ("---\na: 1\n-----", 3, {"a": 1}),  # longer fence, at the very end of the file
        ("---\n---\nbody", 2, {}),  # empty front matter
        ("---\na: 1\n--- x\nb: 2\n---\n", 5, None),  # `--- x` does not close (YAML reads a second document)
        ("---\na: 1\n ---\nb: 2\n---\n", 5, None),  # an indented `---` does not close
        ("---\na: 1\n-- \nb: 2\n---", 5, None),  # two dashes do not close
    ],
)
def test_front_matter_closing_fence(text: str, end_line: int, props: dict[str, int] | None) -> None:
    fm = split_front_matter(text)
    assert (fm.end_line, fm.body_line) == (end_line, end_line + 1)
    if props is not None:
        assert dict(fm.properties) == props


def test_front_matter_unterminated_and_no_newline() -> None:
    assert split_front_matter("---").problems[0].kind == "unterminated"
    assert split_front_matter("---\na: 1\n--").problems[0].kind == "unterminated"
    assert split_front_matter("--- x\na: 1\n---\n").end_line == 0  # not a fence on line 1


def test_front_matter_yaml_error_line_counts_blank_lines_after_the_fence() -> None:
    # The loaded text is exactly the lines between the fences: blank lines after the opening
    # fence still count, so the error points at the file's line 5.
    (problem,) = split_front_matter("---\n\n\na: 1\nb: [x\n---\nbody\n").problems
    assert (problem.kind, problem.line) == ("yaml", 5)


def test_alias_bomb_found_when_anchor_opens_the_front_matter() -> None:
    aliases = ", ".join(["*a"] * 101)
    for fm in (f"&a x: [{aliases}]", f"x: &a [1]\ny: [{aliases}]", f"- &a 1\n- [{aliases}]"):
        (problem,) = split_front_matter(f"---\n{fm}\n---\n").problems
        assert problem.kind == "limits"
