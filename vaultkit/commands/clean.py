"""`vaultkit clean [VAULT]`: remove the vault's cache (.vaultkit/cache) and vaultkit's own
leftover temporary files (`.NAME.vaultkit-tmp-PID-…`, `.NAME.vaultkit-old-PID-…`) beside
notes and under `.vaultkit/`, of processes no longer running (a write that was killed).

The vault is found as `verify` finds it (the folder holding `.obsidian/` or a vaultkit
configuration, else --root): a folder that is neither, or a file, is refused (exit 2). With
--cache-dir (or VAULTKIT_CACHE_DIR) the vault's cache kept in that folder is removed.

Never outside the vault: when `.vaultkit` or its cache folder is a symlink, or resolves outside
the vault, it refuses (exit 2) and deletes nothing. Temporaries of a running vaultkit, files
of other names, and anything in other hidden folders (`.git`, `.obsidian`) are left alone.
"""

from __future__ import annotations

import argparse
import contextlib
from pathlib import Path

from vaultkit import output
from vaultkit.commands.common import vault_root
from vaultkit.errors import UsageError
from vaultkit.store.notes import clear_cache
from vaultkit.store.paths import UnsafeCachePath, cache_dir, check_inside, leftover_temporaries


def add_parser(sub: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    p = sub.add_parser("clean", help="remove the vault's cache and leftover temporary files", description=__doc__)
    p.add_argument("vault", nargs="?", default=".", help="the vault folder (default: .)")
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
        help="the cache was kept in DIR, not in the vault's .vaultkit/ (also VAULTKIT_CACHE_DIR)",
    )


def run(args: argparse.Namespace) -> int:
    given = Path(args.vault)
    if not given.is_dir():
        what = "is a file, not a folder" if given.exists() else "no such folder"
        raise UsageError(f"{args.vault}: {what}; give the vault's folder (e.g. vaultkit clean .)")
    root = vault_root(given, args)  # a folder that is no vault is refused, as verify refuses it
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
