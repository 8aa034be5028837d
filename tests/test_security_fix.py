"""`vaultkit fix` never loses or corrupts a byte (issue 13, items 3-6), driven through the real CLI.

- a valid UTF-8 note with one stray byte is not "re-encoded" from a code page; verify names the byte;
- lines appended by another process while `fix --write` runs are never lost;
- symlinks (a note, a folder leading outside the vault) and read-only notes are not written, and
  temporary-looking files that are not this run's own are never deleted;
- mojibake shown on purpose in code spans, `<code>`, math, link targets, URLs and paths is neither
  changed by `fix` nor reported by `verify`;
- SIGKILL at random points of `fix --write` leaves every note and every backup byte-exact.
"""

from __future__ import annotations

import json
import os
import random
import signal
import stat
import subprocess
import sys
import textwrap
import time
from pathlib import Path

import pytest
from conftest import MakeVault, snapshot

from vaultkit.cli import main

RUSSIAN = (
    "# Квантование\n\n"
    "Модель на семь миллиардов параметров занимает четырнадцать гигабайт в половинной точности.\n"
    "После квантования до четырёх бит ей хватает примерно четырёх гигабайт памяти.\n"
)
Capture = pytest.CaptureFixture[str]
GOOD = "# Заметка\n\nМодель на семь миллиардов параметров занимает четырнадцать гигабайт.\nВторая строка.\n"
DAMAGED = GOOD.encode("utf-8").decode("mac_roman")


def _verify_json(root: Path, capsys: pytest.CaptureFixture[str]) -> list[dict[str, object]]:
    capsys.readouterr()
    main(["verify", str(root), "--format", "json", "--no-cache"])
    data = json.loads(capsys.readouterr().out)
    return list(data["findings"] if isinstance(data, dict) else data)


# ---------------------------------------------------------------------------- item 3


def test_stray_byte_in_utf8_note_is_not_reencoded_and_is_reported(make_vault: MakeVault, capsys: Capture) -> None:
    data = RUSSIAN.encode("utf-8")
    cut = data.index("четырнадцать".encode()) - 1  # the space before it, on line 3
    column = len(data[:cut].split(b"\n")[-1].decode("utf-8")) + 1
    bad = data[:cut] + b"\xff" + data[cut:]
    root = make_vault({"ru.md": bad})
    main(["fix", str(root), "--write"])
    assert (root / "ru.md").read_bytes() == bad, "fix rewrote a UTF-8 note with one bad byte"
    assert not list((root / ".vaultkit").glob("backup/**/ru.md.*")) if (root / ".vaultkit").exists() else True
    findings = [f for f in _verify_json(root, capsys) if f["path"] == "ru.md"]
    bad_byte = [f for f in findings if "UTF-8" in str(f["message"]) and "byte" in str(f["message"])]
    assert bad_byte, findings
    (f,) = bad_byte
    assert (f["line"], f["column"]) == (3, column) == (3, 46)
    assert not [f for f in findings if "koi8" in str(f["message"]).lower() or "not UTF-8; read as" in str(f["message"])]


def test_legacy_note_is_still_re_encoded(make_vault: MakeVault) -> None:
    root = make_vault({"cp.md": RUSSIAN.encode("cp1251"), "koi.md": RUSSIAN.encode("koi8_r")})
    assert main(["fix", str(root), "--write"]) == 0
    assert (root / "cp.md").read_text(encoding="utf-8") == RUSSIAN
    assert (root / "koi.md").read_text(encoding="utf-8") == RUSSIAN


# ---------------------------------------------------------------------------- item 4

APPENDER = textwrap.dedent(
    """
    import fcntl, os, random, sys, time
    path, stop, count = sys.argv[1], sys.argv[2], sys.argv[3]
    n = 0
    while not os.path.exists(stop):
        n += 1
        with open(path, "a", encoding="utf-8") as fh:
            # The lock only orders the appender against the test's own re-damage; fix takes none.
            fcntl.flock(fh, fcntl.LOCK_EX)
            fh.write(f"appended line {n:05d}\\n")
        with open(count, "w") as fh:
            fh.write(str(n))
        time.sleep(random.uniform(0.05, 0.2))
    """
)


def _redamage(note: Path, good: bytes, bad: bytes) -> None:
    """Put the damage back so the next run has something to fix, under the appender's lock."""
    import fcntl

    with open(note, "r+b") as fh:
        fcntl.flock(fh, fcntl.LOCK_EX)
        body = fh.read()
        if body.startswith(good):
            fh.seek(0)
            fh.write(bad + body[len(good) :])


@pytest.mark.slow
def test_concurrent_appends_are_never_lost(make_vault: MakeVault, tmp_path: Path) -> None:
    good_head = "# Заметка\n\nПривет, мир: это заметка о квантовании моделей.\n"
    bad_head = good_head.encode("utf-8").decode("mac_roman")
    root = make_vault({"n.md": bad_head + "\n"})
    note = root / "n.md"
    stop, count = tmp_path / "stop", tmp_path / "count"
    appender = subprocess.Popen([sys.executable, "-c", APPENDER, str(note), str(stop), str(count)])
    writes = skipped = 0
    try:
        deadline = time.monotonic() + 32
        while time.monotonic() < deadline:
            cmd = [sys.executable, "-m", "vaultkit", "fix", str(root), "--write", "--no-backup"]
            proc = subprocess.run(cmd, capture_output=True, text=True, timeout=60, check=False)
            assert "Traceback" not in proc.stderr, proc.stderr
            writes += proc.stdout.count(": written")
            skipped += proc.stderr.count("changed")
            _redamage(note, good_head.encode("utf-8"), bad_head.encode("utf-8"))
    finally:
        stop.touch()
        appender.wait(timeout=10)
    appended = int(count.read_text())
    lines = set(note.read_bytes().decode("utf-8").splitlines())
    missing = [n for n in range(1, appended + 1) if f"appended line {n:05d}" not in lines]
    assert appended >= 150 and writes >= 20, (appended, writes, skipped)
    assert missing == [], f"{len(missing)} of {appended} appended lines lost ({writes} writes, {skipped} skipped)"
    print(f"concurrent appends: {appended} appended, 0 lost, {writes} repairs written, {skipped} runs skipped the note")


# ---------------------------------------------------------------------------- item 5


def test_symlinks_read_only_and_foreign_temp_files(make_vault: MakeVault, tmp_path: Path, capsys: Capture) -> None:
    outside = tmp_path / "outside"
    outside.mkdir()
    (outside / "target.md").write_text(DAMAGED, encoding="utf-8")
    (outside / "linked.md").write_text(DAMAGED, encoding="utf-8")
    root = make_vault({"plain.md": DAMAGED, "ro.md": DAMAGED, "sub/inner.md": DAMAGED})
    (root / "ext").symlink_to(outside, target_is_directory=True)  # a folder leading out of the vault
    (root / "link.md").symlink_to(outside / "linked.md")  # a note that is a symlink
    (root / "ro.md").chmod(0o444)
    planted = [
        root / ".git" / ".vaultkit-tmp-x",
        root / ".git" / "objects" / ".n.md.vaultkit-tmp-1-abc",
        root / ".vaultkit-tmp-x",
        root / "sub" / ".inner.md.vaultkit-tmp-99999-deadbeef",
        outside / ".vaultkit-tmp-x",
    ]
    for p in planted:
        p.parent.mkdir(parents=True, exist_ok=True)
        p.write_text("not vaultkit's", encoding="utf-8")
    outside_before = {p.name: p.read_bytes() for p in outside.iterdir()}

    before = snapshot(root)
    assert main(["fix", str(root)]) == 1  # dry run
    assert snapshot(root) == before
    assert all(p.exists() for p in planted)

    capsys.readouterr()
    rc = main(["fix", str(root), "--write"])
    out = capsys.readouterr()
    text = out.out + out.err
    assert rc == 1  # some notes were refused
    assert (root / "plain.md").read_text(encoding="utf-8") == GOOD
    assert (root / "sub" / "inner.md").read_text(encoding="utf-8") == GOOD
    # Nothing outside the vault changed, the symlink is still a symlink.
    assert {p.name: p.read_bytes() for p in outside.iterdir()} == outside_before
    assert (root / "link.md").is_symlink() and (root / "ext").is_symlink()
    assert "link.md" in text and "ext/target.md" in text and "symlink" in text
    # The read-only note is not written (as root, os.access would say yes: its mode says no).
    assert (root / "ro.md").read_text(encoding="utf-8") == DAMAGED
    assert stat.S_IMODE((root / "ro.md").stat().st_mode) == 0o444
    assert "ro.md" in text and "read-only" in text
    assert all(p.read_text(encoding="utf-8") == "not vaultkit's" for p in planted)
    # Only vaultkit's own temporaries ever existed, and none is left.
    assert not [p for p in root.rglob("*vaultkit-tmp*") if p not in planted]


def test_backup_folder_through_symlink_is_refused(make_vault: MakeVault, tmp_path: Path, capsys: Capture) -> None:
    outside = tmp_path / "elsewhere"
    outside.mkdir()
    root = make_vault({"n.md": DAMAGED})
    (root / ".vaultkit").symlink_to(outside, target_is_directory=True)
    rc = main(["fix", str(root), "--write"])
    assert rc == 1
    assert list(outside.iterdir()) == []
    assert (root / "n.md").read_text(encoding="utf-8") == DAMAGED  # no backup possible: not written
    assert "backup" in capsys.readouterr().err


# ---------------------------------------------------------------------------- item 6

SPAN_TEMPLATES = [
    "The bytes of é read as Windows-1252 show as `{m}` in the editor.",
    "Example: <code>{m}</code> is what a wrong decode gives.",
    "Inline math shows it too: $\\text{{{m}}}$ is not a formula.",
    "Math $x_{{{m}}} + 1$ with the damage inside.",
    "See [the page]({url}) for details.",
    "Go to <https://example.org/{m}> now.",
    "Bare URL https://example.org/wiki/{m}?q=1 in prose.",
    "The file lives at /srv/data/{m}.txt on the server.",
    "Open docs/examples/{m}.md to see it.",
    "On Windows: C:\\Users\\{m}\\notes.txt holds it.",
    "Two spans: `{m}` and ``{m} ` tick`` in one line.",
    "Relative path ./out/{m}.csv and ~/cache/{m} both.",
]
MOJIBAKE = [
    "Ã©",
    "cafÃ©",
    "â€”",
    "â€œquotedâ€\x9d",
    "ÐŸÑ€Ð¸Ð²ÐµÑ‚",
    "–ö–≤–∞–Ω—Ç",
    "Ã¼ber",
    "naÃ¯ve",
    "SÃ£o",
    "Ã…ngstrÃ¶m",
    "â„¢",
    "Ã\xa0la",
    "ðŸ˜€",
]


def _span_notes() -> dict[str, str]:
    rng = random.Random(13)
    notes: dict[str, str] = {}
    prose = [
        "Обычный русский абзац с ёлкой — и тире.",
        "Typographic English — with “quotes” and naïve café in São Paulo.",
        "Ångström units, 10 µm, 5 °C.",
        "",
    ]
    for i in range(52):
        lines = [f"# Example {i}", ""]
        for _ in range(rng.randint(1, 4)):
            m = rng.choice(MOJIBAKE)
            tpl = rng.choice(SPAN_TEMPLATES)
            url = "https://example.org/" + m.replace(" ", "%20") if "{url}" in tpl else ""
            lines.append(tpl.format(m=m, url=url))
            lines.append(rng.choice(prose))
        lines.append("$$\n\\text{" + rng.choice(MOJIBAKE) + "}\n$$")
        notes[f"n{i:02d}.md"] = "\n".join(lines) + "\n"
    return notes


def test_mojibake_shown_on_purpose_in_spans_is_left_alone(make_vault: MakeVault, capsys: pytest.CaptureFixture[str]) -> None:
    notes = _span_notes()
    notes["single.md"] = "A code span `Ã©` and <code>cafÃ©</code> and $\\text{â€”}$ and [x](https://ex.org/Ã©).\n"
    root = make_vault(notes)
    before = snapshot(root)
    assert main(["fix", str(root), "--write"]) == 0
    changed = sorted(rel for rel, data in snapshot(root).items() if before.get(rel) != data and not rel.startswith(".vaultkit"))
    assert changed == []
    mojibake = [f for f in _verify_json(root, capsys) if f["rule"] in ("VK111", "VK112")]
    assert mojibake == []


def test_damage_outside_spans_is_repaired_spans_kept(make_vault: MakeVault) -> None:
    line = "Привет, мир: сегодня хорошая погода и всё работает."
    import ftfy.bad_codecs  # noqa: F401 - registers the sloppy codecs

    bad = line.encode("utf-8").decode("sloppy-windows-1252")
    text = f"# Note\n\n{bad}\n\nThe example `Ã©` and $\\text{{Ã©}}$ stay, as does https://ex.org/Ã©.\n"
    root = make_vault({"n.md": text})
    assert main(["fix", str(root), "--write"]) == 0
    assert (root / "n.md").read_text(encoding="utf-8") == text.replace(bad, line)


# ---------------------------------------------------------------------------- kept: SIGKILL

KILL_RUNNER = "import sys; from vaultkit.cli import main; sys.exit(main(['fix', sys.argv[1], '--write']))"


@pytest.mark.slow
def test_sigkill_at_random_points_leaves_old_or_new_and_exact_backups(make_vault: MakeVault) -> None:
    files: dict[str, str | bytes] = {}
    for i in range(300):
        files[f"d{i % 7}/n{i:03d}.md"] = DAMAGED + f"\nnote {i}\n" if i % 3 else GOOD + f"\nclean {i}\n"
    root = make_vault(files)
    originals = {rel: (root / rel).read_bytes() for rel in files}
    repaired = {
        rel: (GOOD + data.decode("utf-8")[len(DAMAGED) :]).encode("utf-8") if data.startswith(DAMAGED.encode()) else data
        for rel, data in originals.items()
    }
    start = time.monotonic()
    subprocess.run([sys.executable, "-c", KILL_RUNNER, str(root)], capture_output=True, check=False, timeout=120)
    full = time.monotonic() - start
    assert all((root / rel).read_bytes() == repaired[rel] for rel in files)
    rng = random.Random(1313)
    mid_run = 0  # kills that landed while notes were being written
    for trial in range(22):
        for rel, data in originals.items():  # back to the damaged state, fresh backups
            (root / rel).write_bytes(data)
        proc = subprocess.Popen(
            [sys.executable, "-c", KILL_RUNNER, str(root)], stdout=subprocess.DEVNULL, stderr=subprocess.STDOUT
        )
        time.sleep(rng.uniform(0.2, full))
        os.kill(proc.pid, signal.SIGKILL)
        proc.wait()
        done = 0
        for rel in files:
            now = (root / rel).read_bytes()
            assert now in (originals[rel], repaired[rel]), (trial, rel)
            done += now != originals[rel]
        mid_run += 0 < done < sum(originals[r] != repaired[r] for r in files)
        for backup in (root / ".vaultkit" / "backup").rglob("*.md.*"):
            if ".vaultkit-tmp-" in backup.name:
                continue
            rel = backup.relative_to(root / ".vaultkit" / "backup").as_posix().rsplit(".", 2)[0]
            assert backup.read_bytes() == originals[rel], (trial, backup)
    assert mid_run >= 5, mid_run
    # A run after the kills completes the job.
    assert main(["fix", str(root), "--write"]) == 0
    assert all((root / rel).read_bytes() == repaired[rel] for rel in files)
