"""Fixes from review, each driven through the real CLI.

1. A file name that is not valid UTF-8 (a vault cloned from git can hold one) is checked and
   shown escaped in every format; no command crashes on it.
2. A hostile `.obsidian/app.json` (deeply nested, a link to /dev/zero, huge, a regex that
   backtracks catastrophically) is one warning and the run goes on with the defaults.
3. `-o FILE` replacing a private file (mode 0600) keeps its mode.
"""

from __future__ import annotations

import json
import os
import stat
from pathlib import Path
from typing import Any

import pytest
from conftest import MakeVault

from vaultkit.cli import main

BAD = os.fsdecode(b"\xff\xfe.md")  # the name as Python sees it: surrogate escapes


def _bad_vault(make_vault: MakeVault) -> Path:
    vault = make_vault({"good.md": "# Good\n[[missing]]\n"})
    (vault / BAD).write_bytes(b"# Bad name\n[[good]]\n")
    return vault


@pytest.mark.parametrize("fmt", ["text", "concise", "github"])
def test_a_non_utf8_file_name_is_shown_escaped_in_the_terminal_formats(
    make_vault: MakeVault, capsys: pytest.CaptureFixture[str], fmt: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    vault = _bad_vault(make_vault)
    monkeypatch.chdir(vault)
    code = main(["verify", str(vault), "--no-cache", "-j", "1", "--format", fmt])
    out = capsys.readouterr().out
    assert code in (0, 1)
    out.encode("utf-8")  # what reaches a UTF-8 terminal or pipe: no lone surrogate left
    assert "\\xff\\xfe.md" in out


@pytest.mark.parametrize("fmt", ["json", "sarif"])
def test_a_non_utf8_file_name_round_trips_through_json_and_sarif(
    make_vault: MakeVault, tmp_path: Path, capsys: pytest.CaptureFixture[str], fmt: str
) -> None:
    vault = _bad_vault(make_vault)
    out_file = tmp_path / f"out.{fmt}"
    assert main(["verify", str(vault), "--no-cache", "-j", "1", "--format", fmt, "-o", str(out_file)]) in (0, 1)
    raw = out_file.read_bytes()
    raw.decode("utf-8")  # valid UTF-8 on disk
    doc = json.loads(raw)
    if fmt == "json":
        paths = {f["path"] for f in doc["findings"]}
        assert BAD in paths and os.fsencode(BAD) == b"\xff\xfe.md"  # the true name, back from its escape
    else:
        uris = {loc["physicalLocation"]["artifactLocation"]["uri"] for r in doc["runs"][0]["results"] for loc in r["locations"]}
        assert "%FF%FE.md" in uris  # the name's own bytes, percent-encoded
    # stdout too (no -o)
    capsys.readouterr()
    main(["verify", str(vault), "--no-cache", "-j", "1", "--format", fmt])
    json.loads(capsys.readouterr().out.encode("utf-8"))


def test_a_non_utf8_file_name_in_dupes_graph_and_baseline(
    make_vault: MakeVault, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    vault = _bad_vault(make_vault)
    (vault / os.fsdecode(b"copy\xff.md")).write_bytes(b"# Bad name\n[[good]]\n")  # an exact duplicate
    assert main(["dupes", str(vault), "--no-cache", "-j", "1"]) in (0, 1)
    assert "\\xff" in capsys.readouterr().out
    assert main(["graph", str(vault), "--no-cache", "-j", "1"]) in (0, 1)
    graph = json.loads(capsys.readouterr().out.encode("utf-8"))
    assert BAD in {n["id"] for n in graph["nodes"]}
    baseline = tmp_path / "baseline.json"
    assert main(["baseline", str(vault), "--no-cache", "-j", "1", "-o", str(baseline)]) == 0
    json.loads(baseline.read_bytes().decode("utf-8"))
    capsys.readouterr()
    # the baseline accepts the finding on that note: verify against it finds nothing new there
    main(["verify", str(vault), "--no-cache", "-j", "1", "--baseline", str(baseline), "--format", "json"])
    assert not [f for f in json.loads(capsys.readouterr().out)["findings"] if f["path"] == BAD]


def test_a_non_utf8_file_name_with_the_cache(
    make_vault: MakeVault, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """With the caches on (twice: cold, then recalled) and through report -o, no crash."""
    vault = _bad_vault(make_vault)
    for _ in range(2):
        assert main(["verify", str(vault), "-j", "1"]) in (0, 1)
        assert "\\xff\\xfe.md" in capsys.readouterr().out
    assert main(["report", str(vault), "-o", str(tmp_path / "rep")]) in (0, 1)
    assert (tmp_path / "rep" / "report.html").is_file() and (tmp_path / "rep" / "report.json").is_file()


# --- 2: a hostile .obsidian/app.json ----------------------------------------------------------


def _verify_json(vault: Path, capsys: pytest.CaptureFixture[str]) -> dict[str, Any]:
    code = main(["verify", str(vault), "--no-cache", "-j", "1", "--format", "json"])
    assert code in (0, 1)
    doc: dict[str, Any] = json.loads(capsys.readouterr().out)
    return doc


def _app_json_warnings(doc: dict[str, Any]) -> list[str]:
    return [f["message"] for f in doc["findings"] if f["path"] == ".obsidian/app.json" and f["severity"] == "warning"]


def test_app_json_nested_too_deeply_is_a_warning_and_the_run_goes_on(
    make_vault: MakeVault, capsys: pytest.CaptureFixture[str]
) -> None:
    vault = make_vault({"a.md": "# A\n[[missing]]\n", ".obsidian/app.json": "[" * 100_000})
    doc = _verify_json(vault, capsys)
    assert doc["notes"] == 1
    assert any("nested too deeply" in m for m in _app_json_warnings(doc))
    assert any(f["path"] == "a.md" and f["rule"] == "VK301" for f in doc["findings"])  # still checked


def test_app_json_symlink_is_not_followed(make_vault: MakeVault, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    outside = tmp_path / "elsewhere.json"
    outside.write_text(json.dumps({"userIgnoreFilters": ["Drafts/"]}), encoding="utf-8")
    vault = make_vault({"Drafts/d.md": "# D\n", "a.md": "# A\n"})
    (vault / ".obsidian" / "app.json").symlink_to(outside)
    doc = _verify_json(vault, capsys)
    assert doc["notes"] == 2  # the settings behind the link were not applied
    assert any("symlink" in m for m in _app_json_warnings(doc))


def test_app_json_linked_to_dev_zero_is_refused(make_vault: MakeVault, capsys: pytest.CaptureFixture[str]) -> None:
    if not Path("/dev/zero").exists():
        pytest.skip("no /dev/zero")
    vault = make_vault({"a.md": "# A\n"})
    (vault / ".obsidian" / "app.json").symlink_to("/dev/zero")
    doc = _verify_json(vault, capsys)
    assert doc["notes"] == 1 and _app_json_warnings(doc)


def test_app_json_larger_than_a_megabyte_is_not_read(make_vault: MakeVault, capsys: pytest.CaptureFixture[str]) -> None:
    settings = json.dumps({"userIgnoreFilters": ["Drafts/"], "pad": "x" * (2 << 20)})
    vault = make_vault({"Drafts/d.md": "# D\n", "a.md": "# A\n", ".obsidian/app.json": settings})
    doc = _verify_json(vault, capsys)
    assert doc["notes"] == 2
    assert any("larger than" in m for m in _app_json_warnings(doc))


def test_an_excluded_files_regex_that_backtracks_catastrophically_is_refused(
    make_vault: MakeVault, capsys: pytest.CaptureFixture[str]
) -> None:
    # 20 letters keep the old behaviour (trying the pattern) quick; at 40 it ran for days.
    name = "a" * 20 + "!.md"
    app = json.dumps({"userIgnoreFilters": ["/(a+)+$/", "/^Drafts/.*\\.md$/"]})
    vault = make_vault({name: "# A\n", "Drafts/d.md": "# D\n", ".obsidian/app.json": app})
    doc = _verify_json(vault, capsys)
    assert [m for m in _app_json_warnings(doc) if "/(a+)+$/" in m]
    assert doc["notes"] == 1  # the safe pattern still excludes Drafts/; the refused one matches nothing
    assert any(f["path"] == name for f in doc["findings"])


@pytest.mark.parametrize(
    "pattern", ["/(a|a)+$/", "/(?:a|aa)*!$/", "/^(x|xy){2,}z/", "/(?:a?){30}a{30}/", "/^.*.*.*.*.*x$/", "/\\d+\\d+\\d+\\d+!$/"]
)
def test_an_excluded_files_regex_that_repeats_an_alternation_is_refused(
    make_vault: MakeVault, capsys: pytest.CaptureFixture[str], pattern: str
) -> None:
    # Overlapping branches under a repeat backtrack exponentially as nested repeats do:
    # `(a|a)+$` on 40 letters and a `!` runs for days in Python's re.
    name = "a" * 20 + "!.md"
    app = json.dumps({"userIgnoreFilters": [pattern, "/^(Drafts|Archive)/.*\\.md$/"]})
    vault = make_vault({name: "# A\n", "Drafts/d.md": "# D\n", "Archive/x.md": "# X\n", ".obsidian/app.json": app})
    doc = _verify_json(vault, capsys)
    assert [m for m in _app_json_warnings(doc) if pattern in m and "not used" in m]
    # an alternation that is not repeated is used: Drafts/ and Archive/ are excluded
    assert doc["notes"] == 1
    assert any(f["path"] == name for f in doc["findings"])


# --- 3: -o FILE keeps a replaced file's mode ----------------------------------------------------


@pytest.mark.parametrize(
    "argv",
    [
        ["verify", "--format", "json"],
        ["baseline"],
        ["graph"],
    ],
)
def test_output_replacing_a_private_file_keeps_it_private(make_vault: MakeVault, tmp_path: Path, argv: list[str]) -> None:
    vault = make_vault({"a.md": "# A\n[[missing]]\n"})
    out = tmp_path / "private.out"
    out.write_text("old\n", encoding="utf-8")
    out.chmod(0o600)
    assert main([argv[0], str(vault), "--no-cache", "-j", "1", "-o", str(out), *argv[1:]]) in (0, 1)
    assert out.read_text(encoding="utf-8") != "old\n"  # replaced
    assert stat.S_IMODE(out.stat().st_mode) == 0o600
    new = tmp_path / "new.out"  # a new file gets the default (group/other readable under umask 022)
    old_umask = os.umask(0o022)
    try:
        main([argv[0], str(vault), "--no-cache", "-j", "1", "-o", str(new), *argv[1:]])
    finally:
        os.umask(old_umask)
    assert stat.S_IMODE(new.stat().st_mode) == 0o644


# --- 4: a note whose name is long in bytes -------------------------------------------------------


@pytest.mark.parametrize("letters", [110, 126])  # 223 and 255 bytes of UTF-8 with ".md"
def test_a_long_cyrillic_note_name_is_fixed_with_a_backup(make_vault: MakeVault, letters: int) -> None:
    """A file name is at most 255 bytes: a backup name (name + stamp + digest) and the temporary
    beside the note are cut by bytes, so a note with a 110- or 126-letter Cyrillic name is
    repaired with its backup kept, as any other note."""
    good = "# Заметка\n\nКвантование хранит каждый вес в меньшем числе бит.\n"
    damaged = good.encode("utf-8").decode("mac_roman")
    name = "Ж" * letters + ".md"
    assert len(name.encode("utf-8")) <= 255
    vault = make_vault({name: damaged})
    assert main(["fix", str(vault), "--write"]) == 0
    assert (vault / name).read_text(encoding="utf-8") == good
    backups = [p for p in (vault / ".vaultkit" / "backup").rglob("*") if p.is_file()]
    assert len(backups) == 1 and backups[0].read_text(encoding="utf-8") == damaged
    assert all(len(p.name.encode("utf-8")) <= 255 for p in vault.rglob("*"))
