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


def read_ignore_filters(root: Path) -> tuple[str, ...]:
    """Obsidian's "Excluded files" (`userIgnoreFilters` in `.obsidian/app.json`)."""
    try:
        data = json.loads((root / ".obsidian" / "app.json").read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return ()
    filters = data.get("userIgnoreFilters") if isinstance(data, dict) else None
    return tuple(f for f in filters or () if isinstance(f, str) and f)


def _compile_filters(filters: tuple[str, ...]) -> list[re.Pattern[str]]:
    """A filter is a path prefix, or a regular expression when written as `/…/`."""
    compiled = []
    for f in filters:
        if len(f) > 2 and f.startswith("/") and f.endswith("/"):
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

    filters = _compile_filters(read_ignore_filters(root))
    notes: list[str] = []
    files: list[str] = []
    problems: list[tuple[str, str]] = []
    skipped: list[tuple[str, str]] = []
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
