"""Options and steps shared by the commands that read a vault."""

from __future__ import annotations

import argparse
from dataclasses import replace
from pathlib import Path

from vaultkit.config import Config, load_config
from vaultkit.engine.load import load_vault
from vaultkit.errors import UsageError, VaultNotFound
from vaultkit.ingest.discover import marked_root
from vaultkit.model import VaultIndex
from vaultkit.output import progress_bar


def add_vault_options(p: argparse.ArgumentParser) -> None:
    p.add_argument("--config", type=Path, metavar="FILE", help="configuration file (default: found in the vault)")
    p.add_argument("--no-cache", action="store_true", help="do not read or write .vaultkit/cache")
    p.add_argument(
        "--root",
        type=Path,
        metavar="DIR",
        help="the vault's folder (default: the folder at or above the one given holding .obsidian/ or a vaultkit config)",
    )
    p.add_argument(
        "--cache-dir",
        type=Path,
        metavar="DIR",
        help="keep the cache in DIR, not in the vault's .vaultkit/ (a read-only vault; also VAULTKIT_CACHE_DIR)",
    )
    p.add_argument(
        "-j", "--jobs", type=int, default=None, metavar="N", help="processes for per-note work (default: the cores available)"
    )


def add_output_option(p: argparse.ArgumentParser, what: str, *aliases: str) -> None:
    """`-o/--output FILE`, the same on every command that writes one file (`aliases`: older
    spellings still accepted, not shown)."""
    p.add_argument("-o", "--output", *aliases, dest="output", type=Path, metavar="FILE", help=what)


def _codes(value: str, flag: str) -> tuple[str, ...]:
    """A flag's comma-separated rule ids, prefixes or names; an unknown one is a usage error."""
    from vaultkit.errors import ConfigError
    from vaultkit.rules import resolve_codes

    try:
        return resolve_codes(value.split(","), flag)
    except ConfigError as exc:
        raise UsageError(str(exc)) from None


def vault_root(start: Path, args: argparse.Namespace) -> Path:
    """The vault of the folder `start`: `--root` (which must hold it), else the nearest folder at
    or above it holding `.obsidian/` or a vaultkit configuration file, else `start` itself when
    `--config` names one; a folder that is none of these is refused (VaultNotFound, exit 2), so
    nothing is written into it. Also sets this run's cache folder (`--cache-dir`)."""
    from vaultkit.store.paths import UnsafeCachePath, check_cache_dir, explicit_cache_dir, set_cache_dir

    explicit: Path | None = getattr(args, "root", None)
    if explicit is not None:
        if not explicit.is_dir():
            raise UsageError(f"--root {explicit}: not a folder")
        root = explicit.resolve()
        here = start.resolve()
        if here != root and root not in here.parents:
            raise UsageError(f"{start} is not inside --root {explicit}")
    else:
        found = marked_root(start)
        if found is None and getattr(args, "config", None) is None:
            raise VaultNotFound(
                f"{start} is not an Obsidian vault (no .obsidian/ folder): pass --root {start} to check it anyway"
            )
        root = found or start.resolve()
    set_cache_dir(getattr(args, "cache_dir", None))
    folder = explicit_cache_dir()
    if folder is not None and not getattr(args, "no_cache", False):
        try:
            check_cache_dir(folder, root)
        except UnsafeCachePath as exc:
            raise UsageError(str(exc)) from None
    return root


def read_config(root: Path, args: argparse.Namespace) -> Config:
    config = load_config(root, getattr(args, "config", None))
    select = getattr(args, "select", None)
    ignore = getattr(args, "ignore", None)
    if select:
        config = replace(config, select=_codes(select, "--select"))
    if ignore:
        config = replace(config, ignore=config.ignore + _codes(ignore, "--ignore"))
    return config


def open_vault(path: str | Path, args: argparse.Namespace, *, progress: bool = True) -> VaultIndex:
    jobs = getattr(args, "jobs", None)
    if jobs is not None and jobs < 1:
        raise UsageError("--jobs must be 1 or more")
    start = Path(path)
    root = vault_root(start, args) if start.is_dir() else start
    config = read_config(root, args) if start.is_dir() else None
    return load_vault(
        root,
        config=config,
        jobs=jobs,
        use_cache=not getattr(args, "no_cache", False),
        progress=progress_bar(progress and not getattr(args, "hook", False), "reading notes"),
        exact=start.is_dir(),
    )
