"""`vaultkit baseline [VAULT]`: accept today's findings, so `verify` fails only on new ones.

Writes `.vaultkit-baseline.json` at the vault root (or FILE): for each note and rule, the
line-free fingerprints of its findings and how often each occurs. Commit it; `verify` (and
the pre-commit hook) then report only findings beyond it. Run it again to accept the
findings of the day once more, or after fixing some, to tighten it.
"""

from __future__ import annotations

import argparse
from pathlib import Path

from vaultkit import output
from vaultkit.api import verify
from vaultkit.baseline import Baseline, default_path, write_baseline
from vaultkit.commands.common import add_vault_options, open_vault
from vaultkit.errors import UsageError


def add_parser(sub: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    p = sub.add_parser("baseline", help="record today's findings so verify fails only on new ones", description=__doc__)
    p.add_argument("vault", nargs="?", default=".", help="the vault folder (default: .)")
    p.add_argument(
        "-o",
        "--output-file",
        type=Path,
        metavar="FILE",
        help="where to write it (default: .vaultkit-baseline.json at the vault root)",
    )
    p.add_argument("--select", metavar="IDS", help="comma-separated rule ids or prefixes to record")
    p.add_argument("--ignore", metavar="IDS", help="comma-separated rule ids or prefixes to leave out")
    add_vault_options(p)


def run(args: argparse.Namespace) -> int:
    if not Path(args.vault).is_dir():
        raise UsageError(f"{args.vault}: not a folder; give the vault's folder")
    index = open_vault(args.vault, args)
    baseline = Baseline.from_findings(verify(index))
    path = args.output_file or default_path(index.root)
    write_baseline(path, baseline)
    output.echo(f"vaultkit: wrote {path}: {baseline.total} findings in {baseline.notes} notes accepted")
    return 0
