"""`vaultkit verify VAULT`: check every note and print the findings."""

from __future__ import annotations

import argparse
import os
import sys
from pathlib import Path

from vaultkit import output
from vaultkit.api import exit_code, verify
from vaultkit.commands.common import add_vault_options, open_vault
from vaultkit.errors import UsageError
from vaultkit.model import Finding

FORMATS = ("text", "concise", "json")


def add_parser(sub: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    p = sub.add_parser("verify", help="check a vault and report findings", description=__doc__)
    p.add_argument("vault", nargs="?", default=".", help="the vault folder (default: .)")
    p.add_argument("--format", choices=FORMATS, default="text", help="output format (default: text)")
    p.add_argument("-o", "--output-file", type=Path, metavar="FILE", help="write the report here instead of stdout")
    p.add_argument("--exit-zero", action="store_true", help="exit 0 even when there are error findings")
    p.add_argument("--select", metavar="IDS", help="comma-separated rule ids or prefixes to run (e.g. VK3,VK401)")
    p.add_argument("--ignore", metavar="IDS", help="comma-separated rule ids or prefixes to skip")
    add_vault_options(p)


def render(findings: list[Finding], fmt: str, *, notes: int, root: str, colour: bool) -> str:
    if fmt == "json":
        return output.format_json(findings, notes=notes, root=root)
    if fmt == "concise":
        return output.format_concise(findings)
    text = output.format_text(findings, colour=colour)
    return text + output.summary_line(findings, notes) + "\n"


def run(args: argparse.Namespace) -> int:
    if not Path(args.vault).is_dir():
        raise UsageError(f"{args.vault}: not a folder; give the vault's folder")
    index = open_vault(args.vault, args)
    findings = verify(index)
    colour = args.output_file is None and output.use_colour(sys.stdout)
    text = render(findings, args.format, notes=len(index.notes), root=os.fspath(index.root), colour=colour)
    if args.output_file:
        args.output_file.write_text(text, encoding="utf-8")
    else:
        output.write(text)
    return 0 if args.exit_zero else exit_code(findings)
