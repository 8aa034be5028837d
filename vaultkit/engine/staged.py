"""What a focus run needs besides the notes: the paths a staged change removes and the links it
breaks elsewhere (`git diff --cached --name-status -M`, since pre-commit never passes a deleted
path), and which vault each note file given on the command line belongs to."""

from __future__ import annotations

import os
from collections.abc import Iterable, Sequence
from pathlib import Path

from vaultkit import vcs
from vaultkit.errors import UsageError
from vaultkit.graph import Resolver
from vaultkit.model import Note
from vaultkit.store.context import wants

# --- what the staged change broke --------------------------------------------------------------


def _vault_relative(root: Path, top: Path, path: str) -> str | None:
    rel = os.path.relpath(top / path, root)
    if rel.startswith(".."):
        return None
    rel = Path(rel).as_posix()
    return None if any(part.startswith(".") for part in rel.split("/")) else rel


def removed_paths(root: Path, present: set[str]) -> tuple[set[str], set[str]]:
    """(removed, added): vault paths the staged change deletes or renames away, and adds."""
    top = vcs.toplevel(root)
    if top is None:
        return set(), set()
    removed: set[str] = set()
    added: set[str] = set()
    for change in vcs.staged_changes(top):
        old = _vault_relative(root, top, change.old)
        new = _vault_relative(root, top, change.path)
        if change.status in "DR" and old is not None and old not in present:
            removed.add(old)
        if change.status in "ARC" and new is not None:
            added.add(new)
    return removed, added


def named_files(keys: set[str], notes: Iterable[str], files: Iterable[str]) -> tuple[list[str], list[str]]:
    """The notes and files whose name has one of `keys`: all a Resolver needs to answer for a
    target with such a key as the whole vault's would (only files of that name take part)."""
    return [p for p in notes if wants(keys, p)], [p for p in files if wants(keys, p)]


def links_broken(
    notes: Iterable[Note], keys: set[str], old: tuple[Sequence[str], Sequence[str]], new: tuple[Sequence[str], Sequence[str]]
) -> dict[str, set[tuple[int, int]]]:
    """Positions of the links to a removed name (`keys`) that resolved with the (notes, files)
    of `old` and do not with `new`: graph.links_broken_by_change, with the file lists allowed
    to differ (attachments too)."""
    before, after = Resolver(*named_files(keys, *old)), Resolver(*named_files(keys, *new))
    broken: dict[str, set[tuple[int, int]]] = {}
    for note in notes:
        for link in note.links:
            if not link.target or not wants(keys, link.target):
                continue
            if before.resolve(link.target, note.path).path is not None and after.resolve(link.target, note.path).path is None:
                broken.setdefault(note.path, set()).add((link.line, link.column))
    return broken


def before_change(notes: Sequence[str], files: Sequence[str], removed: set[str], added: set[str]) -> tuple[list[str], list[str]]:
    """The (notes, files) lists before the staged change. A removed `.md` joins the files: the
    Resolver treats every `.md` path as a note."""
    return [p for p in notes if p not in added], [p for p in files if p not in added] + sorted(removed)


# --- from command-line paths to vaults ---------------------------------------------------------


def _vault_folder(path: Path) -> Path | None:
    for folder in path.parents:
        if (folder / ".obsidian").is_dir():
            return folder
    return None


def vault_of_removed(top: Path, removed: Iterable[str]) -> list[Path]:
    """The vaults (nearest folder above holding `.obsidian/`, else the work tree's top) that
    paths a staged change removes (relative to the work tree's top `top`) were in."""
    roots: set[Path] = set()
    for path in removed:
        if not path.lower().endswith(".md"):
            continue
        roots.add((_vault_folder(top / path) or top).resolve())
    return sorted(roots)


def group_by_vault(paths: Sequence[str]) -> list[tuple[Path, tuple[str, ...]]]:
    """Note files given on the command line (as pre-commit passes them: relative to the work
    tree's top) → (vault root, vault-relative paths) per vault. A vault root is the nearest
    folder above a file holding `.obsidian/`; else the git work tree holding the file; else the
    folder the files without either have in common."""
    return [(root, rels) for root, rels, _ in vault_groups(paths)]


def vault_groups(paths: Sequence[str]) -> list[tuple[Path, tuple[str, ...], bool]]:
    """group_by_vault, each group also saying whether its root is a vault (`.obsidian/` or a git
    work tree) rather than the folder some loose files have in common: nothing is written there
    (no `.vaultkit/cache` in a folder that is not a vault)."""
    groups: dict[Path, list[str]] = {}
    loose: list[Path] = []
    tops: dict[Path, Path | None] = {}
    for raw in paths:
        path = Path(os.path.abspath(raw))
        if not os.path.lexists(path):
            raise UsageError(f"{raw}: no such file")
        if path.is_dir():
            raise UsageError(f"{raw}: is a folder; give one vault folder, or note files")
        root = _vault_folder(path)
        if root is None:
            if path.parent not in tops:
                tops[path.parent] = vcs.toplevel(path.parent)
            root = tops[path.parent]
            path = path.resolve()  # git names its work tree with symlinks resolved
        if root is None:
            loose.append(path)
            continue
        groups.setdefault(root, []).append(Path(os.path.relpath(path, root)).as_posix())
    vaults = set(groups)
    if loose:
        common = Path(os.path.commonpath([p.parent for p in loose]))
        groups.setdefault(common, []).extend(Path(os.path.relpath(p, common)).as_posix() for p in loose)
    return [(root.resolve(), tuple(dict.fromkeys(rels)), root in vaults) for root, rels in sorted(groups.items())]
