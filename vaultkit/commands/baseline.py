"""`vaultkit baseline [VAULT]`: accept today's findings, so `verify` fails only on new ones.

Writes `.vaultkit-baseline.json` at the vault root (or FILE): for each note and rule, the
line-free fingerprints of its findings and how often each occurs. Commit it; `verify` (and
the pre-commit hook) then report only findings beyond it. Run it again to accept the
findings of the day once more, or after fixing some, to tighten it.

With --from-report DIR it records instead the findings ticked (`- [x]`) in DIR/report.md,
the report `vaultkit report -o DIR` wrote, whose notes have not changed since: triage done in
Obsidian becomes the baseline. Nothing is checked again.
"""

from __future__ import annotations

import argparse
from pathlib import Path

from vaultkit import output
from vaultkit.baseline import Baseline, default_path, write_baseline
from vaultkit.commands.common import add_output_option, add_vault_options, open_vault
from vaultkit.engine.run import verify
from vaultkit.errors import UsageError


def add_parser(sub: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    p = sub.add_parser("baseline", help="record today's findings so verify fails only on new ones", description=__doc__)
    p.add_argument("vault", nargs="?", default=".", help="the vault folder (default: .)")
    add_output_option(p, "write the baseline to FILE (default: .vaultkit-baseline.json at the vault root)", "--output-file")
    p.add_argument(
        "--from-report",
        type=Path,
        metavar="DIR",
        help="record the findings ticked in DIR/report.md (written by vaultkit report) whose notes are unchanged",
    )
    p.add_argument("--select", metavar="IDS", help="comma-separated rule ids or prefixes to record")
    p.add_argument("--ignore", metavar="IDS", help="comma-separated rule ids or prefixes to leave out")
    add_vault_options(p)


def run(args: argparse.Namespace) -> int:
    if not Path(args.vault).is_dir():
        raise UsageError(f"{args.vault}: not a folder; give the vault's folder")
    if args.from_report is not None:
        return _from_report(args)
    index = open_vault(args.vault, args)
    baseline = Baseline.from_findings(verify(index))
    path = args.output or default_path(index.root)
    write_baseline(path, baseline, named=args.output is not None)
    output.echo(f"vaultkit: wrote {path}: {baseline.total} findings in {baseline.notes} notes accepted")
    return 0


def _from_report(args: argparse.Namespace) -> int:
    from collections import Counter
    from types import MappingProxyType

    from vaultkit.ingest.discover import find_vault_root
    from vaultkit.report import is_report_folder
    from vaultkit.report.triage import STATE_FILE, accepted_findings

    folder = args.from_report
    if not is_report_folder(folder) or not (folder / STATE_FILE).is_file():
        raise UsageError(f"{folder}: not a folder written by `vaultkit report` (no .vaultkit-report and {STATE_FILE})")
    root = find_vault_root(Path(args.vault))
    accepted = accepted_findings(folder, root)
    baseline = Baseline(MappingProxyType(dict(Counter(accepted))))
    path = args.output or default_path(root)
    write_baseline(path, baseline, named=args.output is not None)
    output.echo(
        f"vaultkit: wrote {path}: {baseline.total} findings ticked in {folder / 'report.md'} accepted in {baseline.notes} notes"
    )
    return 0
