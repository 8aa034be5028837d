"""`vaultkit clean [VAULT]`: remove the vault's cache (.vaultkit/cache).

Never outside the vault: when `.vaultkit` or its cache folder is a symlink, or resolves outside
the vault, it refuses (exit 2) and deletes nothing.
"""

from __future__ import annotations

import argparse
from pathlib import Path

from vaultkit import output
from vaultkit.cache import UnsafeCachePath, cache_dir, clear_cache
from vaultkit.errors import UsageError
from vaultkit.ingest.discover import find_vault_root


def add_parser(sub: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    p = sub.add_parser("clean", help="remove the vault's cache", description=__doc__)
    p.add_argument("vault", nargs="?", default=".")


def run(args: argparse.Namespace) -> int:
    root = find_vault_root(Path(args.vault))
    try:
        removed = clear_cache(root)
    except UnsafeCachePath as exc:
        raise UsageError(f"refusing to clean, nothing deleted: {exc}") from None
    output.echo(f"removed {cache_dir(root)}" if removed else f"no cache at {cache_dir(root)}")
    return 0
