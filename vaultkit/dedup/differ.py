"""What differs between two duplicate notes: which is newer, what one has that the other lacks.

"Newer" is decided by front-matter dates (modified-type keys first, then created-type keys),
then by the last git commit that touched the file, then by the file's mtime (git and sync tools
rewrite mtimes, so it is the last resort, and not used for two files committed at the same time
and unchanged since: there it only tells the order a checkout wrote them).
"""

from __future__ import annotations

import difflib
import functools
import os
import subprocess
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from vaultkit.ingest.frontmatter import as_datetime
from vaultkit.model import Note

MODIFIED_KEYS = ("updated", "modified", "date modified", "date_modified", "last_modified", "lastmod", "last modified")
CREATED_KEYS = ("created", "date created", "date_created", "date", "created_at")
# difflib is quadratic in the worst case: compare at most this many lines of each note.
MAX_DIFF_LINES = 20000


@dataclass(frozen=True)
class Block:
    """A run of lines one note has and the other lacks; `heading` is its first heading, if any."""

    lines: int
    heading: str | None
    first_line: int  # 1-based line in its note's file


@dataclass(frozen=True)
class Difference:
    newer: str | None  # path of the newer note; None when it cannot be told
    newer_by: str  # "front matter `updated`", "git", "mtime" or "unknown"
    only_in_a: tuple[Block, ...]
    only_in_b: tuple[Block, ...]
    bytes_a: int
    bytes_b: int

    @property
    def lines_only_in_a(self) -> int:
        return sum(b.lines for b in self.only_in_a)

    @property
    def lines_only_in_b(self) -> int:
        return sum(b.lines for b in self.only_in_b)

    def describe(self, a: str, b: str) -> str:
        """One sentence for a finding, e.g. "b.md is newer (git); b.md adds 73 lines (section …)"."""
        parts = []
        if self.newer:
            parts.append(f"{_name(self.newer)} is newer ({self.newer_by})")
        for path, blocks in ((b, self.only_in_b), (a, self.only_in_a)):
            if blocks:
                parts.append(f"{_name(path)} adds {_blocks_text(blocks)}")
        if not self.only_in_a and not self.only_in_b:
            parts.append("same lines")
        parts.append(f"{_size(self.bytes_a)} vs {_size(self.bytes_b)}")
        return "; ".join(parts)

    def to_dict(self) -> dict[str, Any]:
        def blocks(items: tuple[Block, ...]) -> list[dict[str, Any]]:
            return [{"lines": x.lines, "heading": x.heading, "line": x.first_line} for x in items]

        return {
            "newer": self.newer,
            "newer_by": self.newer_by,
            "only_in_a": blocks(self.only_in_a),
            "only_in_b": blocks(self.only_in_b),
            "bytes_a": self.bytes_a,
            "bytes_b": self.bytes_b,
        }


def _name(path: str) -> str:
    return path.rsplit("/", 1)[-1]


def _size(n: int) -> str:
    return f"{n} B" if n < 1024 else f"{n / 1024:.1f} KiB"


def _blocks_text(blocks: tuple[Block, ...]) -> str:
    total = sum(b.lines for b in blocks)
    headed = [b for b in blocks if b.heading]
    text = f"{total} line{'s' if total != 1 else ''}"
    if headed:
        names = ", ".join(f"'{b.heading}'" for b in headed[:3]) + (" …" if len(headed) > 3 else "")
        text += f" (section{'s' if len(headed) > 1 else ''} {names})"
    return text + " the other lacks"


def compare_notes(a: Note, b: Note, root: Path | None) -> Difference:
    newer, how = find_newer(a, b, root)
    only_a, only_b = _diff_blocks(a, b)
    return Difference(newer, how, only_a, only_b, len(a.body.encode("utf-8")), len(b.body.encode("utf-8")))


def _diff_blocks(a: Note, b: Note) -> tuple[tuple[Block, ...], tuple[Block, ...]]:
    lines_a = [line.rstrip() for line in a.body.split("\n")][:MAX_DIFF_LINES]
    lines_b = [line.rstrip() for line in b.body.split("\n")][:MAX_DIFF_LINES]
    # Blank lines are everywhere; as junk they do not anchor the alignment.
    matcher = difflib.SequenceMatcher(lambda line: not line.strip(), lines_a, lines_b, autojunk=False)
    only_a: list[Block] = []
    only_b: list[Block] = []
    for tag, i1, i2, j1, j2 in matcher.get_opcodes():
        if tag in ("delete", "replace") and _has_text(lines_a[i1:i2]):
            only_a.append(_block(lines_a[i1:i2], a.body_line + i1))
        if tag in ("insert", "replace") and _has_text(lines_b[j1:j2]):
            only_b.append(_block(lines_b[j1:j2], b.body_line + j1))
    return tuple(only_a), tuple(only_b)


def _has_text(lines: list[str]) -> bool:
    return any(line.strip() for line in lines)


def _block(lines: list[str], first_line: int) -> Block:
    heading = next((line.strip() for line in lines if line.lstrip().startswith("#") and " " in line.strip()), None)
    if heading is not None and len(heading) > 80:
        heading = heading[:77] + "…"
    return Block(len(lines), heading, first_line)


def find_newer(a: Note, b: Note, root: Path | None) -> tuple[str | None, str]:
    for keys in (MODIFIED_KEYS, CREATED_KEYS):
        da, ka = _front_matter_date(a, keys)
        db, kb = _front_matter_date(b, keys)
        if da is not None and db is not None and da != db:
            return (a.path, f"front matter `{ka}`") if da > db else (b.path, f"front matter `{kb}`")
    if root is not None:
        ga, gb = _git_time(root, a.path), _git_time(root, b.path)
        if ga is not None and gb is not None and ga != gb:
            return (a.path if ga > gb else b.path), "git"
        if ga is not None and gb is not None and not (_git_modified(root, a.path) or _git_modified(root, b.path)):
            # Committed together and unchanged since: their mtimes only tell in which order a
            # checkout wrote them, which differs from clone to clone.
            return None, "unknown"
        try:
            ma, mb = os.stat(root / a.path).st_mtime, os.stat(root / b.path).st_mtime
        except OSError:
            return None, "unknown"
        if ma != mb:
            return (a.path if ma > mb else b.path), "mtime"
    return None, "unknown"


def _front_matter_date(note: Note, keys: tuple[str, ...]) -> tuple[Any, str]:
    lowered = {str(k).lower(): v for k, v in note.properties.items()}
    for key in keys:
        if key in lowered:
            value = as_datetime(lowered[key])
            if value is not None:
                return value, key
    return None, ""


@functools.lru_cache(maxsize=8)
def _git_root(root: Path) -> bool:
    try:
        done = subprocess.run(
            ["git", "-C", str(root), "rev-parse", "--is-inside-work-tree"],
            capture_output=True,
            text=True,
            timeout=10,
            check=False,
        )
    except (OSError, subprocess.SubprocessError):
        return False
    return done.returncode == 0 and done.stdout.strip() == "true"


def _git_modified(root: Path, rel: str) -> bool:
    """Whether the work tree's file differs from the last commit (then its mtime means an edit).
    Not cached: it changes as the user edits, and it is asked only for tied duplicate pairs.
    A read-only question: `git diff` and a plain `git status` refresh the index's stat cache and
    rewrite .git/index when it is stale (a copied or freshly checked-out vault); with
    GIT_OPTIONAL_LOCKS=0 `git status` writes nothing into the vault."""
    try:
        done = subprocess.run(
            ["git", "-C", str(root), "status", "--porcelain", "--untracked-files=no", "--", rel],
            capture_output=True, timeout=10, check=False, env={**os.environ, "GIT_OPTIONAL_LOCKS": "0"},
        )
    except (OSError, subprocess.SubprocessError):
        return True
    return done.returncode != 0 or bool(done.stdout.strip())


@functools.lru_cache(maxsize=4096)
def _git_time(root: Path, rel: str) -> int | None:
    """Unix time of the last commit that touched the file; None when untracked or no git."""
    if not _git_root(root):
        return None
    try:
        done = subprocess.run(
            ["git", "-C", str(root), "log", "-1", "--format=%ct", "--", rel],
            capture_output=True,
            text=True,
            timeout=10,
            check=False,
        )
    except (OSError, subprocess.SubprocessError):
        return None
    out = done.stdout.strip()
    return int(out) if done.returncode == 0 and out.isdigit() else None
