"""The only place that writes to the terminal. Formats are small named functions."""

from __future__ import annotations

import json
import os
import re
import sys
from collections.abc import Sequence
from pathlib import Path
from typing import IO, Any

from vaultkit.model import Finding, Severity

_COLOURS = {Severity.ERROR: "\033[31m", Severity.WARNING: "\033[33m", Severity.INFO: "\033[36m"}
_BOLD, _DIM, _RESET = "\033[1m", "\033[2m", "\033[0m"


# What a terminal (or a Markdown renderer) would act on rather than show: C0 controls, DEL, C1
# controls (ESC/CSI/OSC sequences start here), Unicode line and paragraph separators, and the
# bidi marks, embeddings, overrides and isolates that reorder what is shown (Trojan Source).
# Lone surrogates are the bytes of a file name that is not valid UTF-8 (a vault cloned from git),
# as os.fsdecode gives them (surrogateescape): no UTF-8 stream can carry them.
_CONTROL = re.compile(r"[\x00-\x1f\x7f-\x9f\u061c\u200e\u200f\u2028\u2029\u202a-\u202e\u2066-\u2069\ud800-\udfff]")
_NAMED = {"\n": "\\n", "\r": "\\r", "\t": "\\t"}
_SURROGATE = re.compile(r"[\ud800-\udfff]")


def _visible(c: str) -> str:
    if 0xDC80 <= ord(c) <= 0xDCFF:  # the undecodable byte itself, as Python shows it in bytes
        return f"\\x{ord(c) - 0xDC00:02x}"
    return _NAMED.get(c) or (f"\\x{ord(c):02x}" if ord(c) < 0x100 else f"\\u{ord(c):04x}")


def json_text(text: str) -> str:
    """JSON text (json.dumps with ensure_ascii=False) made encodable as UTF-8: a lone surrogate,
    which can only stand inside a string there, is written as its JSON escape (`\\udcff`), which
    a JSON reader turns back into the same string (os.fsencode gives the file name's bytes)."""
    return _SURROGATE.sub(lambda m: f"\\u{ord(m.group(0)):04x}", text)


def printable(text: str, *, keep: str = "") -> str:
    """Untrusted text (a path, a link target, a message) made safe to show: every control,
    line-breaking or bidi character not in `keep` becomes a visible escape (`\\n`, `\\x1b`,
    `\\u202e`). Everything else, Cyrillic and emoji included, is left as it is."""
    return _CONTROL.sub(lambda m: m.group(0) if m.group(0) in keep else _visible(m.group(0)), text)


def printable_text(text: str) -> str:
    """Like `printable`, but the newlines and tabs of multi-line text are kept."""
    return printable(text, keep="\n\t")


def use_colour(stream: IO[str]) -> bool:
    """Colour on a terminal, unless NO_COLOR is set (https://no-color.org); FORCE_COLOR forces it."""
    if os.environ.get("NO_COLOR"):
        return False
    if os.environ.get("FORCE_COLOR"):
        return True
    return hasattr(stream, "isatty") and stream.isatty()


def forced_colour() -> bool:
    """Colour in hook mode: only when FORCE_COLOR asks for it (pre-commit runs hooks on a pty,
    so a terminal check would colour the text Obsidian Git shows in its notice)."""
    return bool(os.environ.get("FORCE_COLOR")) and not os.environ.get("NO_COLOR")


def echo(message: str = "", *, err: bool = False) -> None:
    """A message for the terminal; any control character in it (from a path or a note) escaped."""
    stream = sys.stderr if err else sys.stdout
    stream.write(printable_text(message) + "\n")


def write(text: str, *, err: bool = False) -> None:
    """Text written as it is: a formatter's output (already escaped) or a machine format."""
    # A lone surrogate a format left in (a non-UTF-8 file name) is escaped, never a crash.
    (sys.stderr if err else sys.stdout).write(json_text(text))


def check_output_target(path: Path, *, named: bool = True, example: str = "out.txt") -> tuple[int | None, bool]:
    """What write_file checks before writing `path` (see there): its mode (None for a new name,
    the target's for a symlink the user named) and whether it is written into (a symlink,
    device or pipe the user named) rather than replaced. A folder, a symlink to nothing and a
    read-only file are one-line errors (UsageError, CannotWrite)."""
    import stat

    from vaultkit.errors import CannotWrite, UsageError

    try:
        mode: int | None = os.lstat(path).st_mode
    except OSError:
        mode = None
    into = False  # written into (opened), not renamed over
    if mode is not None and stat.S_ISLNK(mode):
        if named:
            try:
                mode = os.stat(path).st_mode
            except OSError:
                raise UsageError(f"{path}: is a symlink to nothing; give a file name") from None
            into = True
        else:
            mode = None  # replaced, not followed
    if mode is not None and stat.S_ISDIR(mode):
        raise UsageError(f"{path}: is a folder; give a file name (e.g. {path / example})")
    if mode is not None and stat.S_ISREG(mode) and not mode & 0o222:  # its mode says no, even to root
        raise CannotWrite(
            f"{path}: is read-only (mode {stat.S_IMODE(mode):o}); nothing written (make it writable or give another file)"
        )
    if mode is not None and not stat.S_ISREG(mode):
        if not named:
            raise UsageError(f"{path}: is not a regular file; nothing written (remove it, or give a file with -o)")
        into = True
    return mode, into


def write_file(path: Path, data: str | bytes, what: str = "", *, named: bool = True) -> None:
    """Write a file the user named (`-o FILE`, a baseline) whole or not at all: to a temporary
    beside it, then one rename (store.atomic), so a read-only folder or a full disk leaves the
    old file as it was and no temporary, and is one line naming the file and what to do
    (CannotWrite, exit 2); so is a read-only file, never renamed over. A folder is refused.

    Only a plain file (or a new name) is renamed over. What the user named that is a symlink,
    a device or a pipe (`-o /dev/stdout`, `-o /dev/null`, a link to a file) is opened and
    written into as a shell's `>` would, never replaced: renaming over `/dev/stdout` would
    replace the system's link. A path the user did not name (`named=False`: a default inside
    the vault) is never followed: a symlink there is replaced, a device or pipe refused. A file
    replaced keeps its permission bits."""
    import stat

    from vaultkit.errors import cannot_write
    from vaultkit.store.atomic import atomic_write

    # backslashreplace: a lone surrogate (a non-UTF-8 file name) a format left in is written
    # as `\\udcff`, never a crash after the run.
    raw = data.encode("utf-8", "backslashreplace") if isinstance(data, str) else data
    mode, into = check_output_target(path, named=named)
    try:
        if into:
            with open(path, "wb") as stream:
                stream.write(raw)
        else:
            # A file replaced keeps its permissions (a private 0600 baseline stays private); a
            # new one gets the default. Set-id and sticky bits are not carried over.
            atomic_write(path, raw, mode=stat.S_IMODE(mode) & 0o777 if mode is not None else None)
    except OSError as exc:
        raise cannot_write(path, exc, what, option="-o FILE") from None


def format_text(findings: Sequence[Finding], *, colour: bool = False) -> str:
    """`path:line:col: VK301 message [severity]`, one a line; control characters escaped."""
    lines = []
    for f in findings:
        path, message, rule, name = printable(f.path), printable(f.message), printable(f.rule), printable(f.name)
        if colour:
            sev = f"{_COLOURS[f.severity]}{f.severity}{_RESET}"
            where = f"{_BOLD}{path}{_RESET}:{f.line}:{f.column}:"
            lines.append(f"{where} {_BOLD}{rule}{_RESET} {message} {_DIM}[{name}]{_RESET} {sev}")
        else:
            lines.append(f"{path}:{f.line}:{f.column}: {rule} {message} [{name}] {f.severity}")
    return "\n".join(lines) + ("\n" if lines else "")


def format_concise(findings: Sequence[Finding], *, colour: bool = False) -> str:
    """`path:line:col: VK301 message`: no names, no severities (ruff's concise)."""
    return "".join(f"{printable(f.path)}:{f.line}:{f.column}: {printable(f.rule)} {printable(f.message)}\n" for f in findings)


def _counts(findings: Sequence[Finding]) -> str:
    counts = {s: sum(1 for f in findings if f.severity == s) for s in Severity}
    shown = (Severity.ERROR, Severity.WARNING, Severity.INFO)
    return ", ".join(f"{counts[s]} {s}{'s' if counts[s] != 1 else ''}" for s in shown if counts[s])


def _baselined(count: int) -> str:
    return f" ({count} more accepted by the baseline)" if count else ""


def _notes(count: int) -> str:
    return "note" if count == 1 else "notes"


def summary_line(findings: Sequence[Finding], notes: int, *, baselined: int = 0) -> str:
    if not findings:
        return f"vaultkit: {notes} {_notes(notes)} checked, no findings" + _baselined(baselined)
    return f"vaultkit: {notes} {_notes(notes)} checked: " + _counts(findings) + _baselined(baselined)


def hook_summary(findings: Sequence[Finding], notes: int, *, staged: bool, vault: str, baselined: int = 0) -> str:
    """The first line of hook output, which Obsidian Git shows in its notice:
    `vaultkit: 2 errors in 1 note (of 5 staged) — run vaultkit verify vault for details`."""
    what = "staged" if staged else "checked"
    if not findings:
        return f"vaultkit: no findings in {notes} {what} note{'s' if notes != 1 else ''}" + _baselined(baselined)
    where = len({f.path for f in findings})
    return (
        f"vaultkit: {_counts(findings)} in {where} note{'s' if where != 1 else ''} (of {notes} {what})"
        + _baselined(baselined)
        + f" — run vaultkit verify {printable(vault)} for details"
    )


def format_json(findings: Sequence[Finding], *, notes: int = 0, root: str = "", extra: dict[str, Any] | None = None) -> str:
    from vaultkit import __version__

    doc: dict[str, Any] = {
        "schema": "vaultkit.findings/1",
        "version": __version__,
        "root": root,
        "notes": notes,
        "summary": {str(s): sum(1 for f in findings if f.severity == s) for s in Severity},
        "findings": [f.to_dict() for f in findings],
    }
    if extra:
        doc.update(extra)
    return json_text(json.dumps(doc, ensure_ascii=False, indent=2, default=str)) + "\n"


class _Bar:
    """A tqdm bar on stderr, shown only for runs long enough to need one."""

    def __init__(self, desc: str, unit: str = "note", minimum: int = 500) -> None:
        self.desc = desc
        self.unit = unit
        self.minimum = minimum
        self._bar: Any = None

    def start(self, total: int) -> None:
        if total >= self.minimum:
            from tqdm import tqdm

            self._bar = tqdm(total=total, desc=self.desc, unit=self.unit, leave=False, file=sys.stderr)

    def advance(self, done: int) -> None:
        if self._bar is not None:
            self._bar.update(done)

    def close(self) -> None:
        if self._bar is not None:
            self._bar.close()


def progress_bar(enabled: bool, desc: str, *, unit: str = "note", minimum: int = 500) -> _Bar | None:
    """A progress bar on a terminal, or None (not a terminal, hook mode); shown when the total
    is at least `minimum`."""
    if not enabled or not sys.stderr.isatty():
        return None
    return _Bar(desc, unit, minimum)
