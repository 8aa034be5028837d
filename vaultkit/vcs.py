"""The few git questions a hook run asks: where the work tree is, and what the commit changes.

git is run with the environment cleaned the way pre-commit's `no_git_env()` cleans it (git
exports GIT_DIR, GIT_WORK_TREE and others to hooks, which break git commands run from another
folder), except GIT_INDEX_FILE: `git commit -a` and `git commit PATH` stage into a temporary
index and name it there, and only that index says what is being committed. It is kept, made
absolute. Every failure (no git, not a repository) reads as "no git information".
"""

from __future__ import annotations

import os
import subprocess
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path

# Variables git tools may keep (pre_commit/git.py, no_git_env).
_KEEP = {
    "GIT_EXEC_PATH",
    "GIT_SSH",
    "GIT_SSH_COMMAND",
    "GIT_SSL_CAINFO",
    "GIT_SSL_NO_VERIFY",
    "GIT_CONFIG_COUNT",
    "GIT_HTTP_PROXY_AUTHMETHOD",
    "GIT_ALLOW_PROTOCOL",
    "GIT_ASKPASS",
}


def git_env(environ: Mapping[str, str] | None = None) -> dict[str, str]:
    """os.environ without the GIT_* variables that point git elsewhere (see module docstring)."""
    environ = os.environ if environ is None else environ
    env = {
        k: v
        for k, v in environ.items()
        if not k.startswith("GIT_") or k.startswith(("GIT_CONFIG_KEY_", "GIT_CONFIG_VALUE_")) or k in _KEEP
    }
    index = environ.get("GIT_INDEX_FILE")
    if index:
        env["GIT_INDEX_FILE"] = os.path.abspath(index)
    return env


def _git(args: list[str], cwd: Path) -> bytes | None:
    try:
        proc = subprocess.run(["git", *args], cwd=cwd, env=git_env(), capture_output=True, check=False, timeout=60)
    except (OSError, subprocess.SubprocessError):
        return None
    return proc.stdout if proc.returncode == 0 else None


def toplevel(folder: Path) -> Path | None:
    """The work tree holding `folder`, or None outside git."""
    out = _git(["rev-parse", "--show-toplevel"], folder if folder.is_dir() else folder.parent)
    if not out:
        return None
    return Path(out.decode("utf-8", "surrogateescape").strip())


@dataclass(frozen=True)
class Change:
    """One staged change: `status` is git's letter (A, M, D, R, C, T), `path` the path after
    the change and `old` the path before it (renames and copies; otherwise equal to `path`).
    Paths are relative to the work tree, with `/`."""

    status: str
    path: str
    old: str


def staged_changes(top: Path) -> tuple[Change, ...]:
    """`git diff --cached --name-status -M -z`: what the commit being made changes."""
    out = _git(["diff", "--cached", "--name-status", "-M", "-z", "--no-ext-diff", "--no-color"], top)
    if out is None:
        return ()
    fields = out.decode("utf-8", "surrogateescape").split("\0")
    changes = []
    i = 0
    while i < len(fields) and fields[i]:
        status = fields[i][:1]
        if status in "RC":
            old, new = fields[i + 1], fields[i + 2]
            i += 3
        else:
            old = new = fields[i + 1]
            i += 2
        changes.append(Change(status, new, old))
    return tuple(changes)
