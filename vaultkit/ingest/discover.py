"""Find a vault's files the way Obsidian lists them."""

from __future__ import annotations

import json
import os
import re
from dataclasses import dataclass
from pathlib import Path

NOTE_SUFFIX = ".md"
# `vaultkit report` leaves this file in its output folder. A folder (below the vault root)
# holding it is report output: its Markdown files are listed as files, never read as notes,
# so a report written into the vault is not checked, linked from, or reported by a later run.
REPORT_MARKER = ".vaultkit-report"


@dataclass(frozen=True, slots=True)
class Discovery:
    """What a walk of the vault found.

    `notes` are the Markdown files to check, `files` every other file Obsidian indexes
    (attachments, and notes under "Excluded files", which still resolve as link targets),
    `problems` (path, message) pairs for what could not be walked (symlink loops, permissions),
    `skipped` (path, message) pairs for symlinked folders left out as Obsidian leaves them out
    (a link to a folder of the vault itself, or to one already read through another link).
    All paths are vault-relative with `/` separators.
    """

    notes: tuple[str, ...]
    files: tuple[str, ...]
    problems: tuple[tuple[str, str], ...]
    skipped: tuple[tuple[str, str], ...] = ()


def _has_config(folder: Path) -> bool:
    """Whether `folder` holds a vaultkit configuration file (config.CONFIG_FILES)."""
    if (folder / "vaultkit.toml").is_file() or (folder / ".vaultkit.toml").is_file():
        return True
    try:
        return "[tool.vaultkit" in (folder / "pyproject.toml").read_text(encoding="utf-8", errors="replace")
    except OSError:
        return False


def marked_root(start: Path) -> Path | None:
    """The vault at or above `start`: the nearest folder holding `.obsidian/`, else the nearest
    holding a vaultkit configuration file; None when there is neither (not a vault)."""
    start = start.resolve()
    configured = None
    for folder in (start, *start.parents):
        if (folder / ".obsidian").is_dir():
            return folder
        if configured is None and _has_config(folder):
            configured = folder
    return configured


def find_vault_root(start: Path) -> Path:
    """The vault at or above `start` (marked_root), else `start` itself."""
    return marked_root(start) or start.resolve()


APP_JSON = ".obsidian/app.json"
APP_JSON_LIMIT = 1 << 20  # Obsidian's own settings file is a few kB; a larger one is not read


def read_app_json(root: Path) -> tuple[object, str | None]:
    """`.obsidian/app.json` parsed (None when absent or not JSON, as Obsidian then uses its
    defaults), and a warning (said of that file) when it was refused: only a regular file inside the vault is read
    (never a symlink, a device such as /dev/zero, or a pipe), at most APP_JSON_LIMIT bytes, and
    JSON nested too deeply for the parser is refused, never a traceback."""
    import errno
    import stat

    folder = root / ".obsidian"
    real_root = os.path.realpath(root)
    if not _inside(os.path.realpath(folder), real_root):
        return None, ".obsidian links outside the vault; settings not read (Obsidian's defaults used)"
    flags = os.O_RDONLY | getattr(os, "O_NOFOLLOW", 0) | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_CLOEXEC", 0)
    try:
        fd = os.open(folder / "app.json", flags)
    except FileNotFoundError:
        return None, None
    except OSError as exc:
        if exc.errno == errno.ELOOP:
            return None, "a symlink: not followed, settings not read (Obsidian's defaults used)"
        return None, f"cannot read ({exc.strerror or exc}); Obsidian's defaults used"
    try:
        st = os.fstat(fd)
        if not stat.S_ISREG(st.st_mode):
            return None, "not a regular file; settings not read (Obsidian's defaults used)"
        if st.st_size > APP_JSON_LIMIT:
            return None, f"larger than {APP_JSON_LIMIT} bytes; settings not read (Obsidian's defaults used)"
        chunks: list[bytes] = []
        size = 0
        while size <= APP_JSON_LIMIT:  # it may grow while read: never more than the limit
            chunk = os.read(fd, APP_JSON_LIMIT + 1 - size)
            if not chunk:
                break
            chunks.append(chunk)
            size += len(chunk)
        if size > APP_JSON_LIMIT:
            return None, f"larger than {APP_JSON_LIMIT} bytes; settings not read (Obsidian's defaults used)"
    except OSError as exc:
        return None, f"cannot read ({exc.strerror or exc}); Obsidian's defaults used"
    finally:
        os.close(fd)
    try:
        return json.loads(b"".join(chunks).decode("utf-8")), None
    except RecursionError:
        return None, "nested too deeply to read; settings not read (Obsidian's defaults used)"
    except ValueError:  # not JSON (UnicodeDecodeError is one): Obsidian's defaults, as before
        return None, None


def _ignore_filters(root: Path) -> tuple[tuple[str, ...], list[str]]:
    data, warning = read_app_json(root)
    filters = data.get("userIgnoreFilters") if isinstance(data, dict) else None
    if not isinstance(filters, list):
        filters = []
    return tuple(f for f in filters if isinstance(f, str) and f), [warning] if warning else []


def read_ignore_filters(root: Path) -> tuple[str, ...]:
    """Obsidian's "Excluded files" (`userIgnoreFilters` in `.obsidian/app.json`)."""
    return _ignore_filters(root)[0]


_BOUNDED = re.compile(r"\{(\d*)(,?)(\d*)\}")


def _repeat_at(pattern: str, i: int) -> tuple[int, bool]:
    """The length of the quantifier at `pattern[i]` (0 if none) and whether it repeats more than once."""
    c = pattern[i]
    if c in "*+":
        return 1, True
    if c == "?":
        return 1, False
    if c == "{":
        m = _BOUNDED.match(pattern, i)
        if m and (m.group(1) or m.group(3)):
            low, comma, high = m.groups()
            many = bool(comma and not high) or int(high or low) > 1
            return m.end() - i, many
    return 0, False


# Unbounded repeats one pattern may hold: each can multiply the work on a failing path by its
# length (`^.*.*.*.*.*x$` is O(n^5)); three (`.*draft.*\.md$`) stay cheap on file names.
MAX_UNBOUNDED = 3


def nested_quantifier(pattern: str) -> bool:
    """Whether `pattern` repeats a group that itself holds a repeat (`(a+)+`, `(?:x*y)*`,
    `(a{2,}){3}`) or an alternation (`(a|a)+`, `(x|xy)*`, whose branches can match the same
    text): the shapes that backtrack exponentially, and Python's `re` has no timeout. A repeated
    alternation of branches that can never overlap is refused too (telling them apart is the
    hard problem itself); an alternation that is not repeated (`^(Archive|Templates)/`) is fine.
    A group holding only an optional part and repeated (`(?:a?){30}`) counts as holding a
    repeat, and a pattern with more than MAX_UNBOUNDED unbounded repeats is refused (polynomial
    backtracking of high degree, `[0-9]+[0-9]+[0-9]+[0-9]+!$`).
    Escapes and character classes are skipped; a group's `(?…` prefix is no quantifier."""
    holds: list[bool] = []  # per open group: whether a repeat or an alternation stands inside it
    unbounded = 0  # `*`, `+`, `{n,}` in the whole pattern
    closed_held = False  # the group just closed held a repeat
    i, n = 0, len(pattern)
    while i < n:
        c = pattern[i]
        after_group, closed_held = closed_held, False
        if c == "\\":
            i += 2
        elif c == "[":
            j = i + 1
            j += j < n and pattern[j] == "^"
            j += j < n and pattern[j] == "]"
            while j < n and pattern[j] != "]":
                j += 2 if pattern[j] == "\\" else 1
            i = j + 1
        elif c == "(":
            holds.append(False)
            i += 1
            if i < n and pattern[i] == "?":
                i += 1
                if pattern.startswith(("P<", "<"), i) and not pattern.startswith(("<=", "<!"), i):
                    i = pattern.find(">", i) + 1 or n
                else:
                    while i < n and pattern[i] in "P=!<:aiLmsux-":  # (?:  (?=  (?<!  (?i)  (?P=
                        i += 1
        elif c == "|":
            if holds:
                holds[-1] = True
            i += 1
        elif c == ")":
            held = holds.pop() if holds else False
            if held and holds:
                holds[-1] = True
            closed_held = held
            i += 1
        else:
            length, many = _repeat_at(pattern, i)
            if not length:
                i += 1
                continue
            if c in "*+" or (c == "{" and pattern[i + length - 2] == ","):
                unbounded += 1
                if unbounded > MAX_UNBOUNDED:
                    return True
            if many and after_group:
                return True
            if holds:  # any repeat, `?` included: `(?:a?){30}a{30}` is exponential too
                holds[-1] = True
            i += length
            if i < n and pattern[i] in "?+":  # lazy or possessive: one quantifier
                i += 1
    return False


def _compile_filters(filters: tuple[str, ...], warnings: list[str] | None = None) -> list[re.Pattern[str]]:
    """A filter is a path prefix, or a regular expression when written as `/…/`. A regular
    expression that repeats a group holding a repeat or an alternation (`/(a+)+$/`, `/(a|a)+$/`)
    could take hours on one file name: it is refused (a warning in `warnings`) and matches nothing."""
    compiled = []
    for f in filters:
        if len(f) > 2 and f.startswith("/") and f.endswith("/"):
            if nested_quantifier(f[1:-1]):
                if warnings is not None:
                    warnings.append(
                        f"Excluded files pattern {f} not used: it repeats a group that holds a repeat "
                        f"or an alternation, or holds more than {MAX_UNBOUNDED} unbounded repeats, "
                        "which can take exponential time"
                    )
                continue
            try:
                compiled.append(re.compile(f[1:-1]))
                continue
            except re.error:
                pass
        compiled.append(re.compile(re.escape(f)))
    return compiled


def _inside(path: str, folder: str) -> bool:
    return path == folder or path.startswith(folder.rstrip(os.sep) + os.sep)


def discover(root: Path, exclude: tuple[str, ...] = ()) -> Discovery:
    """Walk `root`; hidden files and folders (`.obsidian`, `.trash`, `.git`, `.vaultkit`) are
    skipped as Obsidian skips them. Folders holding REPORT_MARKER (`vaultkit report` output)
    contribute files, not notes.

    Symlinked folders are followed as Obsidian follows them: a link to a folder outside the
    vault is read once; a link to a folder inside the vault is skipped (Obsidian ignores it, so
    no note is read or listed twice) and so is a second link to a folder already read; a link
    to the vault's own folder or one above it is a symlink loop (a problem)."""
    import fnmatch

    settings, warnings = _ignore_filters(root)
    filters = _compile_filters(settings, warnings)
    notes: list[str] = []
    files: list[str] = []
    problems: list[tuple[str, str]] = []
    skipped: list[tuple[str, str]] = [(APP_JSON, w) for w in warnings]  # warnings, the run goes on
    seen_dirs: dict[tuple[int, int], str] = {}
    walking: set[tuple[int, int]] = set()
    real_root = os.path.realpath(root)

    def excluded(rel: str) -> bool:
        return any(f.match(rel) for f in filters) or any(fnmatch.fnmatch(rel, p) for p in exclude)

    def linked_folder(path: str, rel: str) -> bool:
        """Whether the symlinked folder at `path` is to be walked (else it was reported)."""
        real = os.path.realpath(path)
        if _inside(real_root, real):
            problems.append((rel, f"symlink loop: links to {real}, which holds the vault; skipped"))
            return False
        if _inside(real, real_root):
            inner = os.path.relpath(real, real_root).replace(os.sep, "/")
            message = f"symlink to the vault's own folder {inner}/: Obsidian ignores it, and its notes are read there; skipped"
            skipped.append((rel, message))
            return False
        return True

    def walk(folder: Path, rel_prefix: str, report_output: bool = False) -> None:
        try:
            st = folder.stat()
        except OSError as exc:
            problems.append((rel_prefix.rstrip("/") or ".", f"cannot read folder: {exc.strerror or exc}"))
            return
        key = (st.st_dev, st.st_ino)
        here = rel_prefix.rstrip("/")
        if key in walking:
            problems.append((here, "symlink loop: links to a folder that holds it; skipped"))
            return
        if key in seen_dirs:
            first = seen_dirs[key] or "the vault's root"
            skipped.append((here, f"this folder was already read as {first}/ (through another symlink); skipped"))
            return
        seen_dirs[key] = here
        walking.add(key)
        try:
            _walk_entries(folder, rel_prefix, report_output)
        finally:
            walking.discard(key)

    def _walk_entries(folder: Path, rel_prefix: str, report_output: bool) -> None:
        try:
            entries = sorted(os.scandir(folder), key=lambda e: e.name)
        except OSError as exc:
            problems.append((rel_prefix.rstrip("/") or ".", f"cannot list folder: {exc.strerror or exc}"))
            return
        report_output = report_output or (bool(rel_prefix) and any(e.name == REPORT_MARKER for e in entries))
        for entry in entries:
            if entry.name.startswith("."):
                continue
            rel = rel_prefix + entry.name
            try:
                is_dir = entry.is_dir()
            except OSError as exc:
                problems.append((rel, f"cannot stat: {exc.strerror or exc}"))
                continue
            if is_dir:
                if not entry.is_symlink() or linked_folder(entry.path, rel):
                    walk(Path(entry.path), rel + "/", report_output)
                continue
            if entry.is_symlink() and not os.path.exists(entry.path):
                try:
                    os.stat(entry.path)
                    reason = "broken symlink"
                except OSError as exc:
                    reason = f"broken symlink ({exc.strerror})"
                problems.append((rel, reason))
                continue
            if entry.name.lower().endswith(NOTE_SUFFIX) and not report_output and not excluded(rel):
                notes.append(rel)
            else:
                files.append(rel)

    walk(root, "")
    return Discovery(tuple(notes), tuple(files), tuple(problems), tuple(skipped))
