"""`vaultkit rules`: every rule with its id, name, scope, default severity and summary."""

from __future__ import annotations

import argparse
import inspect
import json

from vaultkit import output
from vaultkit.rules import RULES


def add_parser(sub: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    p = sub.add_parser("rules", help="list every rule", description=__doc__)
    p.add_argument("rule", nargs="?", help="show one rule's full documentation")
    p.add_argument("--format", choices=("text", "json", "markdown"), default="text")


def run(args: argparse.Namespace) -> int:
    if args.rule:
        rule = RULES.get(args.rule.upper())
        if rule is None:
            output.echo(f"vaultkit: unknown rule {args.rule!r}; `vaultkit rules` lists them", err=True)
            return 2
        output.echo(f"{rule.id} {rule.name} ({rule.scope}, {rule.severity}{'' if rule.default_enabled else ', off by default'})\n")
        output.echo(inspect.cleandoc(rule.doc))
        return 0
    rows = list(RULES.values())
    if args.format == "json":
        doc = [
            {"id": r.id, "name": r.name, "scope": r.scope, "severity": str(r.severity), "enabled": r.default_enabled, "summary": r.summary}
            for r in rows
        ]
        output.write(json.dumps(doc, indent=2) + "\n")
    elif args.format == "markdown":
        output.echo("| id | name | scope | severity | default | summary |\n|---|---|---|---|---|---|")
        for r in rows:
            output.echo(f"| {r.id} | {r.name} | {r.scope} | {r.severity} | {'on' if r.default_enabled else 'off'} | {r.summary} |")
    else:
        for r in rows:
            flag = "" if r.default_enabled else " (off by default)"
            output.echo(f"{r.id}  {r.name:<28} {r.scope:<5} {str(r.severity):<7} {r.summary}{flag}")
    return 0
