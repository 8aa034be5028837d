"""`vaultkit clean [VAULT]`: remove the vault's cache (.vaultkit/cache) and vaultkit's own
leftover temporary files (`.NAME.vaultkit-tmp-PID-…`, `.NAME.vaultkit-old-PID-…`) beside
notes and under `.vaultkit/`, of processes no longer running (a write that was killed).

Never outside the vault: when `.vaultkit` or its cache folder is a symlink, or resolves outside
the vault, it refuses (exit 2) and deletes nothing. Temporaries of a running vaultkit, files
of other names, and anything in other hidden folders (`.git`, `.obsidian`) are left alone.
"""

from __future__ import annotations

import argparse
import contextlib
from pathlib import Path

from vaultkit import output
from vaultkit.errors import UsageError
from vaultkit.ingest.discover import find_vault_root
from vaultkit.store.notes import clear_cache
from vaultkit.store.paths import UnsafeCachePath, cache_dir, check_inside, leftover_temporaries


def add_parser(sub: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    p = sub.add_parser("clean", help="remove the vault's cache and leftover temporary files", description=__doc__)
    p.add_argument("vault", nargs="?", default=".")


def run(args: argparse.Namespace) -> int:
    if not Path(args.vault).is_dir():
        raise UsageError(f"{args.vault}: no such folder; give the vault's folder")
    root = find_vault_root(Path(args.vault))
    try:
        removed = clear_cache(root)
    except UnsafeCachePath as exc:
        raise UsageError(f"refusing to clean, nothing deleted: {exc}") from None
    output.echo(f"removed {cache_dir(root)}" if removed else f"no cache at {cache_dir(root)}")
    gone = 0
    for path in leftover_temporaries(root):
        with contextlib.suppress(OSError, UnsafeCachePath):
            check_inside(root, path)
            path.unlink()
            gone += 1
            output.echo(
                f"removed {output.printable_text(path.relative_to(root).as_posix())} (left by a vaultkit that was stopped)"
            )
    if gone:
        output.echo(f"{gone} leftover temporary file(s) removed")
    return 0
