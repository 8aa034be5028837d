"""Issue 16, the data layer's faults, through the real command line: notes that change or vanish
while a run reads them, a damaged note cache, an unreadable note, UTF-16 without a byte-order
mark, symlinked folders. Each is an exit code and a finding naming the file (or nothing at all),
never a traceback, with the vault's other notes still checked."""

from __future__ import annotations

import contextlib
import json
import os
import random
import shutil
import sqlite3
import subprocess
import sys
import textwrap
import time
from pathlib import Path
from typing import Any

import pytest

from tests.conftest import MakeVault
from vaultkit.cli import main

WORDS = ("model", "weights", "memory", "tokens", "layer", "training", "data", "vault", "quantised", "context", "window")


def _prose(seed: int, words: int = 120) -> str:
    rng = random.Random(seed)
    return " ".join(rng.choice(WORDS) for _ in range(words))


def _vault_files(count: int) -> dict[str, str | bytes]:
    files: dict[str, str | bytes] = {
        f"n{i:02d}.md": f"# Note {i}\n\n{_prose(i)}\n\nSee [[n{(i + 1) % count:02d}]] and [[nowhere{i}]].\n"
        for i in range(count)
    }
    files["copy.md"] = files["n01.md"]  # an exact duplicate, found whatever else happens
    return files


def _cli(*args: str, timeout: float = 240) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "vaultkit", *args], capture_output=True, text=True, timeout=timeout, check=False
    )


def _no_traceback(done: subprocess.CompletedProcess[str]) -> None:
    assert "Traceback" not in done.stderr and "internal error" not in done.stderr, done.stderr[-2000:]


def _findings(done: subprocess.CompletedProcess[str]) -> list[dict[str, Any]]:
    doc = json.loads(done.stdout)
    findings: list[dict[str, Any]] = doc["findings"]
    return findings


# ------------------------------------------------------------------ a note edited during the run

EDITOR = textwrap.dedent(
    """
    import os, sys, time
    path, stop, count = sys.argv[1], sys.argv[2], sys.argv[3]
    n = 0
    base = open(path, encoding="utf-8").read()
    while not os.path.exists(stop):
        n += 1
        if n % 3 == 0:  # a save as most editors do it: a temporary file renamed over the note
            tmp = path + ".editor-tmp"
            with open(tmp, "w", encoding="utf-8") as fh:
                fh.write(base + f"saved {n}\\n")
            os.replace(tmp, path)
        elif n % 3 == 1:  # a save in place: truncated, then written
            with open(path, "w", encoding="utf-8") as fh:
                fh.write(base + f"rewritten {n}\\n")
        else:
            with open(path, "a", encoding="utf-8") as fh:
                fh.write(f"appended {n}\\n")
        with open(count + ".tmp", "w") as fh:
            fh.write(str(n))
        os.replace(count + ".tmp", count)
        time.sleep(0.002)
    """
)


@pytest.mark.parametrize("command", ["dupes", "verify", "report"])
def test_a_note_saved_during_the_run_is_no_crash(make_vault: MakeVault, tmp_path: Path, command: str) -> None:
    """An editor saves n01.md (rename, in place, append) every few milliseconds while the command
    runs: the note's text is read again after loading (the duplicate layers and vault rules read
    it), so every run meets a changed file. Each run finishes with its usual exit code, the
    other notes' results intact (the duplicate pair of two untouched notes, their broken links)."""
    files = _vault_files(30)
    files["copy2.md"] = files["n05.md"]
    root = make_vault(files)
    stop, count = tmp_path / "stop", tmp_path / "count"
    editor = subprocess.Popen([sys.executable, "-c", EDITOR, str(root / "n01.md"), str(stop), str(count)])
    try:
        runs = []
        for attempt in range(3):
            while not count.exists():
                time.sleep(0.01)
            before = int(count.read_text())
            if command == "dupes":
                args = ["dupes", str(root), "--layer", "exact", "--layer", "lexical", "--format", "json"]
            elif command == "verify":
                args = ["verify", str(root), "--format", "json", "--select", "VK301,VK501,VK502,VK503", "-j", "2"]
            else:
                args = ["report", str(root), "--out-dir", str(tmp_path / f"report{attempt}"), "--format", "json"]
            done = _cli(*args, *(["--no-cache"] if attempt == 0 else []))
            after = int(count.read_text())
            runs.append((done, after - before))
    finally:
        stop.touch()
        editor.wait(timeout=10)
    for done, saves in runs:
        _no_traceback(done)
        assert saves > 0, "the editor saved nothing during the run"
        if command == "dupes":
            assert done.returncode == 0
            pairs = json.loads(done.stdout)
            text = json.dumps(pairs)
            assert "copy2.md" in text and "n05.md" in text, text[:2000]
        elif command == "verify":
            assert done.returncode == 1  # the broken links
            broken = {f["path"] for f in _findings(done) if f["rule"] == "VK301"}
            assert {f"n{i:02d}.md" for i in range(30)} - {"n01.md"} <= broken
        else:
            assert done.returncode in (0, 1), done.stderr
    print(f"{command}: {len(runs)} runs while an editor saved, saves per run {[s for _, s in runs]}, 0 tracebacks")


def test_a_changed_note_is_read_again_and_recorded(make_vault: MakeVault) -> None:
    """Library level: a loaded note whose file changed gives its text as the file now is (read
    until two reads agree), a vanished one gives no text; both are recorded, neither raises."""
    from vaultkit.engine.load import changed_findings, load_vault
    from vaultkit.model import changed_notes, forget_changed_notes

    root = make_vault(_vault_files(4))
    forget_changed_notes()
    index = load_vault(root, use_cache=False)
    notes = {n.path: n for n in index.notes}
    assert notes["n02.md"].source.held_text() is None  # read again from the file on first use
    (root / "n02.md").write_text("# Rewritten\n\nnew words\n", encoding="utf-8")
    (root / "n03.md").unlink()
    assert notes["n00.md"].text.startswith("# Note 0")
    assert notes["n02.md"].text == "# Rewritten\n\nnew words\n"
    assert notes["n03.md"].text == ""
    changed = changed_notes()
    assert changed == {str(root / "n02.md"): "changed", str(root / "n03.md"): "deleted"}
    late = changed_findings(index)  # what a command adds to the run's findings
    assert [(f.path, f.rule, str(f.severity), f.key) for f in late] == [
        ("n02.md", "VK100", "warning", "changed"),
        ("n03.md", "VK100", "warning", "deleted"),
    ]
    assert all("while vaultkit was reading the vault" in f.message and "run again" in f.message for f in late)
    forget_changed_notes()


# ------------------------------------------------------------------ a note deleted during the run


def test_a_note_deleted_before_it_is_read_is_a_warning(
    make_vault: MakeVault, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    """Deterministic: the vault is listed, then a note is deleted before its bytes are read.
    The note gets a VK100 warning naming it; every other note is checked; exit code as without it."""
    import vaultkit.engine.load as load

    root = make_vault(_vault_files(6))
    real = load.discover

    def listed_then_deleted(*args: Any, **kwargs: Any) -> Any:
        found = real(*args, **kwargs)
        (root / "n03.md").unlink(missing_ok=True)
        return found

    monkeypatch.setattr(load, "discover", listed_then_deleted)
    code = main(["verify", str(root), "--format", "json", "--no-cache"])
    doc = json.loads(capsys.readouterr().out)
    gone = [f for f in doc["findings"] if f["path"] == "n03.md"]
    assert [(f["rule"], f["severity"]) for f in gone] == [("VK100", "warning")]
    assert "deleted while vaultkit was reading" in gone[0]["message"]
    assert code == 1 and doc["notes"] == 6  # the broken links of the other notes; copy.md included
    broken = {f["path"] for f in doc["findings"] if f["rule"] == "VK301"}
    assert broken >= {"n00.md", "n01.md", "n02.md", "n04.md", "n05.md"}


DELETER = textwrap.dedent(
    """
    import os, sys, time
    folder, stop = sys.argv[1], sys.argv[2]
    n = 0
    while not os.path.exists(stop):
        n += 1
        with open(os.path.join(folder, f"tmp{n % 40:02d}.md"), "w", encoding="utf-8") as fh:
            fh.write(f"# Temporary {n}\\n\\nSee [[n00]].\\n")
        try:
            os.unlink(os.path.join(folder, f"tmp{(n - 15) % 40:02d}.md"))
        except FileNotFoundError:
            pass
        time.sleep(0.001)
    """
)


def test_notes_created_and_deleted_during_the_run(make_vault: MakeVault, tmp_path: Path) -> None:
    """A process creates and deletes notes without pause while verify and dupes run: no
    traceback, every finding on a temporary note is a warning (deleted) or none, the stable
    notes' findings are those of a quiet run."""
    root = make_vault(_vault_files(20))
    quiet = _findings(_cli("verify", str(root), "--format", "json", "--no-cache", "--select", "VK301,VK100"))
    stop = tmp_path / "stop"
    deleter = subprocess.Popen([sys.executable, "-c", DELETER, str(root), str(stop)])
    try:
        time.sleep(0.2)
        runs = [
            _cli("verify", str(root), "--format", "json", "--select", "VK301,VK100", *extra)
            for extra in (["--no-cache"], [], [])
        ]
        dupes = _cli("dupes", str(root), "--layer", "exact", "--layer", "lexical", "--no-cache")
    finally:
        stop.touch()
        deleter.wait(timeout=10)
    for done in runs:
        _no_traceback(done)
        findings = _findings(done)
        temporary = [f for f in findings if f["path"].startswith("tmp")]
        assert all(f["severity"] == "warning" and "deleted while" in f["message"] for f in temporary if f["rule"] == "VK100")
        stable = [f for f in findings if not f["path"].startswith("tmp")]
        assert stable == quiet
    _no_traceback(dupes)
    assert dupes.returncode == 0 and "copy.md" in dupes.stdout


# ------------------------------------------------------------------ a damaged note cache


def _flip(path: Path, rng: random.Random, flips: int) -> None:
    data = bytearray(path.read_bytes())
    for _ in range(flips):
        data[rng.randrange(len(data))] ^= 1 << rng.randrange(8)
    path.write_bytes(bytes(data))


def test_random_byte_flips_in_the_note_cache_change_no_finding(make_vault: MakeVault, capsys: pytest.CaptureFixture[str]) -> None:
    """Seeded: bytes of notes.sqlite flipped at random offsets (1 to 200 a round, 24 rounds, each
    round on the file the previous run left). Every run's findings (fingerprints included) equal
    a clean run's; a file SQLite finds corrupt is set aside, at most one copy kept."""
    files = _vault_files(24)
    files["dup-a.md"] = "# A\n\n" + _prose(99, 300) + "\n"
    files["dup-b.md"] = "# B\n\n" + _prose(99, 300) + "\nOne more line.\n"
    root = make_vault(files)

    def verify(*extra: str) -> tuple[int, list[dict[str, Any]]]:
        code = main(["verify", str(root), "--format", "json", "-j", "1", *extra])
        out = capsys.readouterr()
        assert "Traceback" not in out.err, out.err
        return code, json.loads(out.out)["findings"]

    clean = verify("--no-cache")
    assert clean[1] and any(f["rule"].startswith("VK50") for f in clean[1])
    assert verify() == clean  # fills the caches
    db = root / ".vaultkit" / "cache" / "notes.sqlite"
    rng = random.Random(16)
    for round_ in range(24):
        _flip(db, rng, rng.choice((1, 5, 20, 200)))
        assert verify() == clean, f"round {round_}"
        assert len(list(db.parent.glob("notes.corrupt-*"))) <= 1


def test_a_note_cache_that_is_no_database_is_set_aside_once(make_vault: MakeVault, capsys: pytest.CaptureFixture[str]) -> None:
    """A notes.sqlite overwritten with garbage, run after run: each run is right, and one
    `notes.corrupt-*` is kept, not one per run."""
    root = make_vault(_vault_files(5))
    assert main(["verify", str(root), "--format", "json"]) == 1
    clean = json.loads(capsys.readouterr().out)["findings"]
    db = root / ".vaultkit" / "cache" / "notes.sqlite"
    for n in range(3):
        db.write_bytes(b"this is not a database " * (200 + n))
        assert main(["verify", str(root), "--format", "json"]) == 1
        out = capsys.readouterr()
        assert json.loads(out.out)["findings"] == clean and "Traceback" not in out.err
        time.sleep(1.1 if n == 0 else 0)  # a later second: another name for the copy
    aside = sorted(p.name for p in db.parent.glob("notes.corrupt-*"))
    assert len(aside) == 1, aside
    with sqlite3.connect(db) as conn:
        assert conn.execute("SELECT count(*) FROM notes").fetchone()[0] > 0  # rebuilt


def test_a_full_disk_is_not_corruption() -> None:
    """Only SQLite's "corrupt" and "not a database" set a cache aside; a full disk, a lock or a
    read-only file never do (each full-disk run used to leave another notes.corrupt-*)."""
    from vaultkit.store.notes import is_corrupt

    assert not is_corrupt(sqlite3.OperationalError("database or disk is full"))
    assert not is_corrupt(sqlite3.OperationalError("database is locked"))
    assert not is_corrupt(OSError(28, "No space left on device"))
    assert is_corrupt(sqlite3.DatabaseError("database disk image is malformed"))
    assert is_corrupt(sqlite3.DatabaseError("file is not a database"))


# ------------------------------------------------------------------ an unreadable note

_DROP = ["capsh", "--drop=cap_dac_override,cap_dac_read_search", "--"]


def _without_dac(command: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run([*_DROP, "-c", command], capture_output=True, text=True, timeout=240, check=False)


def test_an_unreadable_note_is_reported_and_links_to_it_are_not_broken(make_vault: MakeVault) -> None:
    """Permission denied (as root: capsh drops the capabilities that read any file): the note
    gets its own VK100 finding naming it; links to it (and to its heading) are not broken, it
    exists; the other notes are checked."""
    if os.geteuid() != 0:
        pytest.skip("needs root to drop capabilities with capsh (a normal user: tests/test_ingest.py)")
    if shutil.which("capsh") is None:
        pytest.skip("capsh is not installed")
    root = make_vault(
        {
            "locked.md": "# Locked\n\n## Heading\n\nsecret\n",
            "good.md": "# Good\n\nSee [[locked]], [[locked#Heading]] and [[nowhere]].\n",
        }
    )
    (root / "locked.md").chmod(0)
    try:
        probe = _without_dac(f"cat {root / 'locked.md'}")
        if probe.returncode == 0:
            pytest.skip("capsh could not take away the right to read any file here")
        done = _without_dac(f"exec {sys.executable} -m vaultkit verify {root} --format json --no-cache")
        # A focus run (the hook's `verify NOTE`) reads the vault's context, not every note: the
        # unreadable note is still a link target there.
        focus = _without_dac(f"exec {sys.executable} -m vaultkit verify {root / 'good.md'} --format json")
    finally:
        (root / "locked.md").chmod(0o644)
    _no_traceback(done)
    assert done.returncode == 1
    doc = json.loads(done.stdout)
    locked = [f for f in doc["findings"] if f["path"] == "locked.md"]
    assert [f["rule"] for f in locked] == ["VK100"] and "Permission denied" in locked[0]["message"]
    broken = [f["message"] for f in doc["findings"] if f["rule"] == "VK301"]
    assert len(broken) == 1 and "nowhere" in broken[0], broken
    assert doc["notes"] == 1
    _no_traceback(focus)
    focus_broken = [f["message"] for f in json.loads(focus.stdout)["findings"] if f["rule"] == "VK301"]
    assert len(focus_broken) == 1 and "nowhere" in focus_broken[0], focus_broken


# ------------------------------------------------------------------ UTF-16 without a byte-order mark

RUSSIAN = "# Заметка\n\nКвантование хранит каждый вес в меньшем числе бит.\nСм. [[нигде]].\n"
ENGLISH = "# Note\n\nQuantisation stores each weight in fewer bits.\nSee [[nowhere]].\n"
JAPANESE = "# ノート\n\n量子化は各重みを少ないビットで保存する。\n[[どこにもない]]\n"


def test_utf16_without_a_bom_is_text_not_binary(make_vault: MakeVault, capsys: pytest.CaptureFixture[str]) -> None:
    """UTF-16 LE and BE without a BOM (Russian, English, Japanese) are read as UTF-16 (VK104,
    their broken links found on their line); real binary files stay binary (VK101); a UTF-8 note
    with a few NUL bytes is a UTF-8 note as before."""
    rng = random.Random(5)
    root = make_vault(
        {
            "ru-le.md": RUSSIAN.encode("utf-16-le"),
            "ru-be.md": RUSSIAN.encode("utf-16-be"),
            "en-le.md": ENGLISH.encode("utf-16-le"),
            "en-be.md": ENGLISH.encode("utf-16-be"),
            "ja-le.md": JAPANESE.encode("utf-16-le"),
            "ja-be.md": JAPANESE.encode("utf-16-be"),
            "image.md": b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(rng.randrange(256) for _ in range(3000)),
            "random.md": bytes(rng.randrange(256) for _ in range(4000)),
            "numbers.md": b"".join(rng.randrange(300).to_bytes(2, "little") for _ in range(2000)),
            "nul.md": ("# Pasted\n\n" + "text line\n" * 40).encode() + b"stream\x00\x00\x01x\n" + b"[[elsewhere]]\n",
        }
    )
    assert main(["verify", str(root), "--format", "json", "--no-cache"]) == 1
    findings = json.loads(capsys.readouterr().out)["findings"]
    rules: dict[str, set[str]] = {}
    for f in findings:
        rules.setdefault(f["path"], set()).add(f["rule"])
    for name in ("ru-le.md", "ru-be.md", "en-le.md", "en-be.md", "ja-le.md", "ja-be.md"):
        assert "VK101" not in rules[name] and "VK104" in rules[name], (name, rules[name])
        (legacy,) = [f for f in findings if f["path"] == name and f["rule"] == "VK104"]
        assert "UTF-16 without a byte-order mark" in legacy["message"]
        (broken,) = [f for f in findings if f["path"] == name and f["rule"] == "VK301"]
        assert broken["line"] == 4
    for name in ("image.md", "random.md", "numbers.md"):
        assert rules[name] == {"VK101"}, (name, rules[name])
    assert "VK101" not in rules["nul.md"] and "VK301" in rules["nul.md"]


def test_bomless_utf16_is_fixed_losslessly(make_vault: MakeVault) -> None:
    root = make_vault({"ru-le.md": RUSSIAN.encode("utf-16-le"), "en-be.md": ENGLISH.encode("utf-16-be")})
    main(["fix", str(root), "--write"])
    assert (root / "ru-le.md").read_text(encoding="utf-8") == RUSSIAN
    assert (root / "en-be.md").read_text(encoding="utf-8") == ENGLISH


# ------------------------------------------------------------------ symlinked folders


def test_a_symlink_to_a_folder_inside_the_vault_is_no_loop(
    make_vault: MakeVault, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """As Obsidian does: a link to a folder of the vault is skipped (a warning, not a "symlink
    loop", and the folder's notes are read once, where they are, even when the link sorts
    first); a folder outside the vault is read once through its first link; only a link to a
    folder holding the vault is a loop."""
    root = make_vault(
        {
            "zreal/inner.md": "# Inner\n\n[[missing-from-inner]]\n",
            "a.md": "# A\n\n[[inner]] [[outer]]\n",
        }
    )
    outside = tmp_path / "outside"
    outside.mkdir()
    (outside / "outer.md").write_text("# Outer\n\n[[missing-from-outer]]\n", encoding="utf-8")
    (root / "alink").symlink_to("zreal", target_is_directory=True)
    (root / "ext").symlink_to(outside, target_is_directory=True)
    (root / "ext2").symlink_to(outside, target_is_directory=True)
    assert main(["verify", str(root), "--format", "json", "--no-cache"]) == 1
    doc = json.loads(capsys.readouterr().out)
    findings = doc["findings"]
    assert not [f for f in findings if "loop" in f["message"]], findings
    by_path = {(f["path"], f["rule"], f["severity"]) for f in findings}
    assert ("alink", "VK100", "warning") in by_path and ("ext2", "VK100", "warning") in by_path
    broken = sorted(f["path"] for f in findings if f["rule"] == "VK301")
    assert broken == ["ext/outer.md", "zreal/inner.md"]  # each note read once
    assert doc["notes"] == 3

    (root / "up").symlink_to(root, target_is_directory=True)
    assert main(["verify", str(root), "--format", "json", "--no-cache"]) == 1
    loops = [f for f in json.loads(capsys.readouterr().out)["findings"] if "symlink loop" in f["message"]]
    assert [(f["path"], f["severity"]) for f in loops] == [("up", "error")]


def test_random_byte_flips_in_the_context_store_change_no_focus_finding(
    make_vault: MakeVault, capsys: pytest.CaptureFixture[str]
) -> None:
    """The same for context.sqlite, which a focus run (`verify NOTE`, the pre-commit hook) reads
    instead of the whole vault: seeded damage to rows and to the file, each focus run's findings
    equal those of a focus run without any cache."""
    files = _vault_files(16)
    files["focus.md"] = "# Focus\n\n[[n02#Note 2]] [[n03#No such heading]] [[Alias Three]] [[nowhere]]\n"
    files["n04.md"] = "---\naliases: [Alias Three]\n---\n# Note 4\n\n[[focus]]\n"
    root = make_vault(files)

    def focus_run(*extra: str) -> tuple[int, list[dict[str, Any]]]:
        code = main(["verify", str(root / "focus.md"), "--format", "json", "-j", "1", *extra])
        out = capsys.readouterr()
        assert "Traceback" not in out.err, out.err
        return code, json.loads(out.out)["findings"]

    clean = focus_run("--no-cache")
    assert {f["rule"] for f in clean[1]} >= {"VK301"}
    assert main(["verify", str(root), "--format", "json", "-j", "1"]) == 1  # a full run fills the store
    capsys.readouterr()
    assert focus_run() == clean
    db = root / ".vaultkit" / "cache" / "context.sqlite"
    rng = random.Random(61)
    # Damage SQLite does not see: a byte of one row's summary or signature changed in place.
    for round_ in range(24):
        with contextlib.closing(sqlite3.connect(db)) as conn, conn:
            paths = sorted(p for (p,) in conn.execute("SELECT path FROM notes WHERE path != 'focus.md'"))
            path = rng.choice(paths)
            if round_ % 3:
                (blob,) = conn.execute("SELECT summary FROM notes WHERE path = ?", (path,)).fetchone()
                damaged = bytearray(blob)
                damaged[rng.randrange(4, len(damaged))] ^= 1 << rng.randrange(8)
                conn.execute("UPDATE notes SET summary = ? WHERE path = ?", (bytes(damaged), path))
            else:
                conn.execute("UPDATE notes SET hash = ?, size = size + 1 WHERE path = ?", ("0" * 64, path))
        assert focus_run() == clean, f"round {round_}: {path}"
    # Damage SQLite does see: random bytes of the file. A file it finds corrupt is set aside
    # (one copy kept) and the next focus run, reading the vault, starts a fresh store.
    set_aside = 0
    for round_ in range(12):
        if not db.exists():
            assert focus_run() == clean and db.exists(), f"file round {round_}: no fresh store"
        _flip(db, rng, 200)
        assert focus_run() == clean, f"file round {round_}"
        aside = list(db.parent.glob("context.corrupt-*"))
        assert len(aside) <= 1
        set_aside += bool(aside) and not db.exists()
    assert set_aside, "no round damaged the file enough for SQLite to notice"


def test_utf8_with_one_stray_nul_is_never_read_as_utf16(make_vault: MakeVault) -> None:
    """A UTF-8 note (Russian or English, even length) with one stray NUL byte is UTF-8, never
    BOM-less UTF-16: misread, `fix --write` would rewrite the whole note as CJK-looking garbage."""
    from vaultkit.ingest.decode import decode_bytes

    rng = random.Random(11)
    for i in range(300):
        text = (RUSSIAN if i % 2 else ENGLISH) * rng.randint(1, 4)
        data = text.encode("utf-8")
        at = rng.randrange(1, len(data))
        data = data[:at] + b"\x00" + data[at:]
        if len(data) % 2:
            data += b"\n"
        decoded = decode_bytes(data)
        # A NUL that splits a character leaves invalid UTF-8 (VK113, never re-encoded), still UTF-8.
        assert decoded.encoding.startswith("utf-8") and decoded.text is not None, (i, decoded.encoding)
    note = RUSSIAN.encode("utf-8")
    note = note[:20] + b"\x00" + note[20:]
    note += b"\n" * (len(note) % 2)
    root = make_vault({"ru.md": note, "нигде.md": "# Нигде\n"})
    assert main(["fix", str(root), "--write", "--no-backup"]) == 0
    assert (root / "ru.md").read_bytes() == note
