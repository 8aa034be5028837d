"""`vaultkit claims VAULT`: every numeric sizing claim with its span, recomputation and verdict."""

from __future__ import annotations

import argparse
import json

from vaultkit import output
from vaultkit.claims.model import Claim
from vaultkit.commands.common import add_vault_options, open_vault


def add_parser(sub: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    p = sub.add_parser("claims", help="list numeric sizing claims and their verdicts", description=__doc__)
    p.add_argument("vault", nargs="?", default=".")
    p.add_argument("--format", choices=("text", "json"), default="text")
    p.add_argument("--verdict", help="only claims whose verdict starts with this (holds, wrong, unit, unverifiable)")
    add_vault_options(p)


def run(args: argparse.Namespace) -> int:
    if args.verdict:
        from vaultkit.claims.model import Verdict
        from vaultkit.errors import UsageError

        known = sorted(v.value for v in Verdict)
        if not any(v.startswith(args.verdict.lower()) for v in known):
            raise UsageError(f"--verdict: unknown verdict {args.verdict!r}; valid: {', '.join(known)}")
    index = open_vault(args.vault, args)
    rows = [(n.path, c) for n in index.notes for c in n.claims if isinstance(c, Claim)]
    if args.verdict:
        rows = [(p, c) for p, c in rows if c.verdict.value.startswith(args.verdict.lower())]
    if args.format == "json":
        output.write(json.dumps([{"path": p, **c.to_dict()} for p, c in rows], ensure_ascii=False, indent=2) + "\n")
        return 0
    for path, c in rows:
        output.echo(f"{path}:{c.line}:{c.column}: [{c.verdict.value}] {c.span[:80]}")
        output.echo(f"    {c.shape}: {c.explanation}" + (f" | repairs: {'; '.join(c.repairs)}" if c.repairs else ""))
    counts: dict[str, int] = {}
    for _, c in rows:
        counts[c.verdict.group] = counts.get(c.verdict.group, 0) + 1
    output.echo(f"{len(rows)} claims: " + ", ".join(f"{n} {k}" for k, n in sorted(counts.items())))
    return 0
