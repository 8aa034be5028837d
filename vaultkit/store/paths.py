"""Where vaultkit's own files lie in a vault, and the check that they stay inside it.

A vault is hostile input: `.vaultkit/` arrives through git, sync and pull requests. Every cache
path is checked to lie inside the vault with no symlink on the way (check_inside): a symlinked
`.vaultkit` or cache folder makes a run go without a cache, with a warning (safe_cache_path),
and `vaultkit clean` refuses it. The cache folder carries a CACHEDIR.TAG and a `.gitignore` so
backup tools and git skip it.

A cache folder given explicitly (`--cache-dir DIR`, `VAULTKIT_CACHE_DIR`: a read-only vault) may lie
outside the vault, the user's choice: each vault's cache is then `DIR/<vault name>-<hash of its
path>/`, checked the same way below DIR, and DIR is refused when it lies inside another vault.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

from vaultkit.errors import VaultkitError

CACHE_DIRNAME = ".vaultkit/cache"
CACHE_ENV = "VAULTKIT_CACHE_DIR"
_TAG = "Signature: 8a477f597d28d172789f06886806bc55\n# This file is a cache directory tag created by vaultkit.\n"
_warned: set[str] = set()
_explicit: Path | None = None  # --cache-dir, set by the command for this run (set_cache_dir)


class UnsafeCachePath(VaultkitError):
    """A cache path that is a symlink or lies outside the vault: never written or deleted."""


def set_cache_dir(folder: Path | None) -> None:
    """The cache folder given on the command line for this run (None: VAULTKIT_CACHE_DIR, else
    the vault's own `.vaultkit/cache`)."""
    global _explicit
    _explicit = Path(os.path.abspath(folder)) if folder is not None else None


def explicit_cache_dir() -> Path | None:
    """`--cache-dir`, else VAULTKIT_CACHE_DIR, as an absolute path; None when neither is given."""
    if _explicit is not None:
        return _explicit
    env = os.environ.get(CACHE_ENV)
    return Path(os.path.abspath(env)) if env else None


def cache_dir(root: Path) -> Path:
    explicit = explicit_cache_dir()
    if explicit is None:
        return root / CACHE_DIRNAME
    import hashlib

    absolute = os.path.abspath(root)
    tag = hashlib.sha256(absolute.encode("utf-8", "surrogateescape")).hexdigest()[:12]
    return explicit / f"{os.path.basename(absolute) or 'vault'}-{tag}"


def check_cache_dir(folder: Path, root: Path) -> None:
    """Refuse (UnsafeCachePath) an explicit cache folder lying inside a vault other than `root`
    (a folder holding `.obsidian/` at or above it): its notes are never written among."""
    from vaultkit.ingest.discover import marked_root

    here = Path(os.path.abspath(folder))
    while not here.exists() and here.parent != here:
        here = here.parent
    other = marked_root(here)
    if other is not None and other.resolve() != Path(root).resolve():
        raise UnsafeCachePath(f"cache folder {folder} lies inside another vault, {other}; give a folder outside it")


def check_inside(root: Path, path: Path) -> None:
    """Raise UnsafeCachePath unless `path` (a path under `root`, existing or not) has no symlink
    between `root` and itself and resolves inside `root`. A path under an explicit cache folder
    is checked against that folder instead."""
    explicit = explicit_cache_dir()
    if explicit is not None and os.path.abspath(path).startswith(os.fspath(explicit).rstrip(os.sep) + os.sep):
        root = explicit
    base = Path(os.path.abspath(root))
    target = Path(os.path.abspath(path))
    try:
        rel = target.relative_to(base)
    except ValueError:
        raise UnsafeCachePath(f"{target} is not inside the vault {base}") from None
    current = base
    for part in rel.parts:
        current = current / part
        if os.path.islink(current):
            raise UnsafeCachePath(f"{current} is a symlink (to {os.readlink(current)}); vaultkit never writes through it")
    real_root = os.path.realpath(base)
    real = os.path.realpath(target)
    if real != real_root and not real.startswith(real_root.rstrip(os.sep) + os.sep):
        raise UnsafeCachePath(f"{target} resolves to {real}, outside the vault {real_root}")


def safe_cache_path(root: Path, path: Path) -> Path | None:
    """`path` when check_inside accepts it; else None, and a warning on stderr (once a path)."""
    try:
        check_inside(root, path)
    except UnsafeCachePath as exc:
        key = str(exc)
        if key not in _warned:
            _warned.add(key)
            print(f"vaultkit: warning: running without a cache: {exc}", file=sys.stderr)
        return None
    return path


def _create_new(path: Path, text: str) -> None:
    """Write a new file, never through a symlink nor over an existing file."""
    try:
        fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL | getattr(os, "O_NOFOLLOW", 0), 0o644)
    except FileExistsError:
        return
    with os.fdopen(fd, "w", encoding="utf-8") as handle:
        handle.write(text)


def prepare_dir(folder: Path, root: Path | None = None) -> None:
    """Create the cache folder (and its tag and `.gitignore`); with `root`, refuse a folder that
    is not safely inside it (UnsafeCachePath)."""
    if root is not None:
        check_inside(root, folder)
    folder.mkdir(parents=True, exist_ok=True)
    if root is not None:
        check_inside(root, folder)  # again: nothing swapped in a symlink meanwhile
    _create_new(folder / "CACHEDIR.TAG", _TAG)
    _create_new(folder.parent / ".gitignore", "# created by vaultkit: its cache and backups are not part of the vault\n*\n")


def _running(pid: int) -> bool:
    if pid == os.getpid():
        return True
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except OSError:  # PermissionError: another user's process, alive
        return True
    return True


def leftover_temporaries(root: Path) -> list[Path]:
    """vaultkit's own temporaries (store.atomic.LEFTOVER) beside notes and in `.vaultkit/`,
    left by a process that is no longer running (killed mid-write). Other hidden folders
    (`.git`, `.obsidian`) are not looked into, and symlinks are not followed."""
    from vaultkit.store.atomic import LEFTOVER

    found: list[Path] = []
    for folder, dirs, files in os.walk(root, followlinks=False):
        top = Path(folder) == root
        dirs[:] = [d for d in dirs if not d.startswith(".") or (top and d == ".vaultkit")]
        for name in files:
            m = LEFTOVER.match(name)
            path = Path(folder) / name
            if m and not _running(int(m.group(1))) and not path.is_symlink():
                found.append(path)
    return sorted(found)
