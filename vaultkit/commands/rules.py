"""`vaultkit rules [ID]`: every rule with its id, name, family, scope, default severity and
summary; one rule's full documentation with its options and its failing and passing examples."""

from __future__ import annotations

import argparse
import inspect
import json

from vaultkit import output
from vaultkit.rules import RULES, get_rule
from vaultkit.rules.base import Example, Rule

FENCE = "````"  # examples may hold ``` code blocks of their own


def add_parser(sub: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    p = sub.add_parser("rules", help="list every rule", description=__doc__)
    p.add_argument("rule", nargs="?", help="show one rule's full documentation")
    p.add_argument("--format", choices=("text", "json", "markdown"), default="text")


def _content(content: str | bytes) -> str:
    if isinstance(content, bytes):
        try:
            text = content.decode("utf-8")
        except UnicodeDecodeError:
            return f"(bytes) {content!r}"
        if text.startswith("\ufeff") or "\x00" in text:
            return f"(bytes) {content!r}"
        content = text
    return content if content.strip() else f"(only whitespace) {content!r}"


def render_example(example: Example) -> list[str]:
    lines = ["Failing:" if example.fails else "Passing:", ""]
    for name, content in example.files.items():
        if len(example.files) > 1 or name != "note.md":
            lines.append(f"`{name}`:")
            lines.append("")
        lines += [FENCE + "markdown", _content(content).rstrip("\n"), FENCE, ""]
    return lines


def rule_reference(rule: Rule) -> str:
    """One rule's documentation, as `vaultkit rules ID` shows it and docs/rules.md holds it."""
    state = "" if rule.default_enabled else ", off by default"
    lines = [
        f"## {rule.id} {rule.name}",
        "",
        f"Family: {rule.family}; scope: {rule.scope}; severity: {rule.severity}{state}; "
        f"{'answered by a hook run' if rule.focus else 'a hook run reads the whole vault for it'}.",
        "",
        inspect.cleandoc(rule.doc),
    ]
    if rule.options:
        lines += ["", f"Options (`[{rule.options[0].section}]` in vaultkit.toml):", ""]
        lines += [f"- `{o.name}` ({o.type_name}, default `{o.default!r}`): {o.help}" for o in rule.options]
    if rule.examples:
        lines += ["", "Examples (run as tests by tests/test_rule_examples.py):", ""]
        for example in rule.examples:
            lines += render_example(example)
        while lines[-1] == "":
            lines.pop()
    return "\n".join(lines)


def rules_table() -> list[str]:
    lines = ["| id | name | family | scope | severity | default | summary |", "|---|---|---|---|---|---|---|"]
    for r in RULES.values():
        default = "on" if r.default_enabled else "off"
        lines.append(f"| {r.id} | {r.name} | {r.family} | {r.scope} | {r.severity} | {default} | {r.summary} |")
    return lines


def run(args: argparse.Namespace) -> int:
    if args.rule:
        try:
            rule = get_rule(args.rule.upper())
        except KeyError as exc:
            output.echo(f"vaultkit: {exc.args[0]}", err=True)
            return 2
        output.echo(rule_reference(rule))
        return 0
    rows = list(RULES.values())
    if args.format == "json":
        doc = [
            {
                "id": r.id,
                "name": r.name,
                "family": r.family,
                "scope": r.scope,
                "severity": str(r.severity),
                "enabled": r.default_enabled,
                "focus": r.focus,
                "options": [{"name": o.name, "type": o.type_name, "default": o.default, "section": o.section} for o in r.options],
                "summary": r.summary,
            }
            for r in rows
        ]
        output.write(json.dumps(doc, indent=2) + "\n")
    elif args.format == "markdown":
        output.echo("\n".join(rules_table()))
    else:
        for r in rows:
            flag = "" if r.default_enabled or "off by default" in r.summary.lower() else " (off by default)"
            output.echo(f"{r.id}  {r.name:<28} {r.family:<10} {r.scope:<5} {r.severity!s:<7} {r.summary}{flag}")
    return 0
