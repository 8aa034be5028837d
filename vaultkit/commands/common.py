"""Options and steps shared by the commands that read a vault."""

from __future__ import annotations

import argparse
from dataclasses import replace
from pathlib import Path

from vaultkit.config import Config, load_config
from vaultkit.engine.load import load_vault
from vaultkit.errors import UsageError
from vaultkit.ingest.discover import find_vault_root
from vaultkit.model import VaultIndex
from vaultkit.output import progress_bar


def add_vault_options(p: argparse.ArgumentParser) -> None:
    p.add_argument("--config", type=Path, metavar="FILE", help="configuration file (default: found in the vault)")
    p.add_argument("--no-cache", action="store_true", help="do not read or write .vaultkit/cache")
    p.add_argument(
        "-j", "--jobs", type=int, default=None, metavar="N", help="processes for per-note work (default: the cores available)"
    )


def _codes(value: str, flag: str) -> tuple[str, ...]:
    """A flag's comma-separated rule ids, prefixes or names; an unknown one is a usage error."""
    from vaultkit.errors import ConfigError
    from vaultkit.rules import resolve_codes

    try:
        return resolve_codes(value.split(","), flag)
    except ConfigError as exc:
        raise UsageError(str(exc)) from None


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
    root = find_vault_root(start) if start.is_dir() else start
    config = read_config(root, args) if start.is_dir() else None
    return load_vault(
        start,
        config=config,
        jobs=jobs,
        use_cache=not getattr(args, "no_cache", False),
        progress=progress_bar(progress and not getattr(args, "hook", False), "reading notes"),
    )
