"""`vaultkit clean [VAULT]`: remove the vault's cache (.vaultkit/cache)."""

from __future__ import annotations

import argparse
from pathlib import Path

from vaultkit import output
from vaultkit.cache import cache_dir, clear_cache
from vaultkit.ingest.discover import find_vault_root


def add_parser(sub: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    p = sub.add_parser("clean", help="remove the vault's cache", description=__doc__)
    p.add_argument("vault", nargs="?", default=".")


def run(args: argparse.Namespace) -> int:
    root = find_vault_root(Path(args.vault))
    removed = clear_cache(root)
    output.echo(f"removed {cache_dir(root)}" if removed else f"no cache at {cache_dir(root)}")
    return 0
