"""Triage that survives runs, and the trend of findings over time (issue 21).

Each finding is a task in report.md that ends in an Obsidian comment holding its key
(`… (VK301) %% vk:4be0c1d2e3f40516 %%`, invisible in reading view): the first 16 hex digits
of its line-free fingerprint (`Finding.fingerprint`: note, rule and what was found, never the
line), with `.2`, `.3` … for further copies of the same finding in one note.

Beside the report, `report-state.json` keeps, per key, the fingerprint, note, rule, severity,
message and the sha256 of the note's bytes when the report was written:

    {"schema": "vaultkit.report-state/1", "generated": "…Z",
     "findings": {"4be0c1d2e3f40516": ["<fingerprint>", "Ideas.md", "VK301", "error",
                                       "broken link: …", "<sha256 of Ideas.md>", 0], …}}

(the last field: 1 when the finding was accepted). The next report in the same folder reads
the previous report.md and this file: a finding whose task was ticked (`- [x]`) there and
whose note has the same bytes as then stays ticked and counts as *accepted*; once its note
changes it is open again. A finding not in the previous report is *new*; one of the previous
report missing now is *fixed*. `vaultkit baseline --from-report DIR` writes the ticked
findings whose notes are unchanged into the baseline.

`report-history.csv` gains a row a report (generated, notes, findings, errors, warnings,
infos, new, fixed, accepted); the page draws the trend from it when earlier rows exist.
Only files in a folder vaultkit marked as its own are read back, never through a symlink.
"""

from __future__ import annotations

import csv
import hashlib
import io
import json
import os
import re
import stat
from collections import Counter
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from vaultkit.model import Severity
from vaultkit.report.model import Fixed, HistoryRow, Located, Report, Triage

STATE_FILE = "report-state.json"
HISTORY_FILE = "report-history.csv"
STATE_SCHEMA = "vaultkit.report-state/1"
HISTORY_FIELDS = ("generated", "notes", "findings", "errors", "warnings", "infos", "new", "fixed", "accepted")
MAX_HISTORY = 1000
MAX_READ = 256 * 1024 * 1024
KEY_DIGITS = 16
TASK = re.compile(r"^(?:>\s?)*[-*+] \[(.)\] .*%% vk:([0-9a-f]{16}(?:\.\d+)?) %%\s*$")


def task_keys(findings: Sequence[Located]) -> tuple[str, ...]:
    """The task key of each finding, in order: its fingerprint's first digits, `.n` for the
    n-th copy of one finding in one note."""
    seen: Counter[str] = Counter()
    keys = []
    for item in findings:
        short = item.finding.fingerprint[:KEY_DIGITS]
        seen[short] += 1
        keys.append(short if seen[short] == 1 else f"{short}.{seen[short]}")
    return tuple(keys)


def _read_own(path: Path) -> str | None:
    """A regular file's text (not a symlink, not huge), or None."""
    try:
        fd = os.open(path, os.O_RDONLY | getattr(os, "O_NOFOLLOW", 0))
    except OSError:
        return None
    try:
        info = os.fstat(fd)
        if not stat.S_ISREG(info.st_mode) or info.st_size > MAX_READ:
            return None
        with os.fdopen(fd, "rb") as fh:
            fd = -1
            return fh.read().decode("utf-8", errors="replace")
    finally:
        if fd >= 0:
            os.close(fd)


def read_ticks(text: str) -> dict[str, bool]:
    """Task key → ticked (`[x]` or `[X]`), for every task line vaultkit wrote."""
    ticks: dict[str, bool] = {}
    for line in text.splitlines():
        m = TASK.match(line)
        if m:
            ticks[m.group(2)] = m.group(1) in "xX"
    return ticks


@dataclass(frozen=True)
class Previous:
    """What an earlier report left in the folder."""

    generated: str | None
    entries: Mapping[str, list[Any]]  # key → [fingerprint, path, rule, severity, message, hash, accepted]
    ticks: Mapping[str, bool]
    history: tuple[HistoryRow, ...]


def _is_marked(folder: Path) -> bool:
    from vaultkit.report import is_report_folder

    return is_report_folder(folder)


def read_previous(folder: Path) -> Previous:
    """The previous report's state, ticks and history in `folder` (nothing when the folder is
    not vaultkit's, or a file is missing or malformed)."""
    empty = Previous(None, {}, {}, ())
    if not folder.is_dir() or not _is_marked(folder):
        return empty
    entries: dict[str, list[Any]] = {}
    generated = None
    raw = _read_own(folder / STATE_FILE)
    if raw is not None:
        try:
            doc = json.loads(raw)
        except ValueError:
            doc = None
        if isinstance(doc, dict) and doc.get("schema") == STATE_SCHEMA and isinstance(doc.get("findings"), dict):
            generated = doc.get("generated") if isinstance(doc.get("generated"), str) else None
            for key, entry in doc["findings"].items():
                if isinstance(entry, list) and len(entry) == 7 and all(isinstance(x, str) for x in entry[:6]):
                    entries[key] = entry
    md = _read_own(folder / "report.md")
    ticks = read_ticks(md) if md is not None else {}
    return Previous(generated, entries, ticks, read_history(folder))


def read_history(folder: Path) -> tuple[HistoryRow, ...]:
    raw = _read_own(folder / HISTORY_FILE)
    if raw is None:
        return ()
    rows = []
    for record in csv.DictReader(io.StringIO(raw)):
        try:
            rows.append(HistoryRow(str(record["generated"]), *(int(record[f]) for f in HISTORY_FIELDS[1:])))
        except (KeyError, TypeError, ValueError):
            continue
    return tuple(rows[-MAX_HISTORY:])


def triage(report: Report, hashes: Mapping[str, str], previous: Previous) -> Triage:
    """States of `report`'s findings against the previous report; `hashes`: note path →
    sha256 of its bytes now."""
    keys = task_keys(report.findings)
    states = []
    note_hashes = []
    reopened = 0
    for key, item in zip(keys, report.findings, strict=True):
        now = hashes.get(item.finding.path, "")
        note_hashes.append(now)
        entry = previous.entries.get(key)
        if previous.generated is None:
            states.append("open")
        elif entry is None:
            states.append("new")
        elif previous.ticks.get(key) and entry[5] == now:
            states.append("accepted")
        else:
            states.append("open")
            reopened += bool(previous.ticks.get(key))
    current = set(keys)
    fixed = tuple(
        Fixed(entry[1], entry[2], entry[3], entry[4])
        for key, entry in sorted(previous.entries.items(), key=lambda kv: (kv[1][1], kv[1][2], kv[0]))
        if key not in current
    )
    return Triage(keys, tuple(states), tuple(note_hashes), fixed, previous.generated, reopened)


def history_row(report: Report) -> HistoryRow:
    t = report.triage
    return HistoryRow(
        report.generated,
        report.notes_checked,
        len(report.findings),
        report.severity_count(Severity.ERROR),
        report.severity_count(Severity.WARNING),
        report.severity_count(Severity.INFO),
        t.count("new") if t else 0,
        len(t.fixed) if t else 0,
        t.count("accepted") if t else 0,
    )


def state_json(report: Report) -> str:
    t = report.triage
    assert t is not None
    findings = {
        key: [
            item.finding.fingerprint,
            item.finding.path,
            item.finding.rule,
            str(item.finding.severity),
            item.finding.message[:300],
            note_hash,
            int(state == "accepted"),
        ]
        for key, item, note_hash, state in zip(t.keys, report.findings, t.hashes, t.states, strict=True)
    }
    doc = {"schema": STATE_SCHEMA, "generated": report.generated, "findings": dict(sorted(findings.items()))}
    return json.dumps(doc, ensure_ascii=False, separators=(",", ":")) + "\n"


def history_csv(rows: Sequence[HistoryRow]) -> str:
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\n")
    writer.writerow(HISTORY_FIELDS)
    for row in rows[-MAX_HISTORY:]:
        writer.writerow([getattr(row, f) for f in HISTORY_FIELDS])
    return out.getvalue()


def write_state(report: Report, folder: Path) -> list[Path]:
    """report-state.json and report-history.csv, each written beside its target and renamed."""
    try:
        from vaultkit.store.atomic import atomic_write as _write_atomic
    except ImportError:  # before the engine refactor moved it
        from vaultkit.report import _write_atomic  # type: ignore[attr-defined,no-redef]

    written = []
    if report.triage is not None:
        _write_atomic(folder / STATE_FILE, state_json(report))
        written.append(folder / STATE_FILE)
    if report.history:
        _write_atomic(folder / HISTORY_FILE, history_csv(report.history))
        written.append(folder / HISTORY_FILE)
    return written


def file_hash(root: Path, path: str) -> str:
    """The sha256 of a vault note's bytes ("" when unreadable); a path from the state file that
    would leave the vault is never read."""
    parts = path.split("/")
    if path.startswith("/") or any(x in ("", ".", "..") for x in parts):
        return ""
    try:
        return hashlib.sha256((root / path).read_bytes()).hexdigest()
    except OSError:
        return ""


def accepted_findings(folder: Path, root: Path) -> list[tuple[str, str, str]]:
    """(note, rule, fingerprint) of each finding ticked in `folder`'s report.md whose note has
    the bytes it had when the report was written: what `baseline --from-report` accepts."""
    previous = read_previous(folder)
    out = []
    hashes: dict[str, str] = {}
    for key, entry in sorted(previous.entries.items()):
        if not previous.ticks.get(key):
            continue
        fingerprint, path, rule = entry[0], entry[1], entry[2]
        if path not in hashes:
            hashes[path] = file_hash(root, path) if path != "." else ""
        if entry[5] == "" or hashes[path] == entry[5]:  # "": a finding on no note (the vault, an unreadable file)
            out.append((path, rule, fingerprint))
    return out
