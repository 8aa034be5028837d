"""Docs are tested: every rule documented and listed in docs/rules.md, every command has help."""

from __future__ import annotations

import pytest
from conftest import ROOT

from vaultkit.cli import COMMANDS, build_parser, main
from vaultkit.commands.rules import rule_reference, rules_table
from vaultkit.rules import RULES

RULES_DOC = ROOT / "docs" / "rules.md"


def render_rules_reference() -> str:
    lines = [
        "# Rules reference",
        "",
        "Generated from the rules (`python -m vaultkit rules --format markdown` gives the table,",
        "`vaultkit rules ID` one rule; `tests/test_docs.py` fails when this page is stale — regenerate",
        "it with `python tests/test_docs.py`). The examples are run as tests (tests/test_rule_examples.py).",
        "",
        *rules_table(),
    ]
    for r in RULES.values():
        lines += ["", rule_reference(r)]
    return "\n".join(lines) + "\n"


def test_every_rule_has_a_docstring_with_summary() -> None:
    for rule in RULES.values():
        assert rule.summary, f"{rule.id} has no one-line summary"
        assert rule.id.startswith("VK") and len(rule.id) == 5
        assert rule.name and rule.name == rule.name.lower() and " " not in rule.name


def test_rule_names_are_unique() -> None:
    names = [r.name for r in RULES.values()]
    assert len(names) == len(set(names))


def test_rules_reference_is_current() -> None:
    assert RULES_DOC.read_text(encoding="utf-8") == render_rules_reference(), (
        "docs/rules.md is stale: run python tests/test_docs.py"
    )


@pytest.mark.parametrize("command", [c for c in COMMANDS if c in build_parser()._subparsers._group_actions[0].choices])  # type: ignore[union-attr]
def test_every_command_has_help(command: str, capsys: pytest.CaptureFixture[str]) -> None:
    assert main([command, "--help"]) == 0
    out = capsys.readouterr().out
    assert f"usage: vaultkit {command}" in out
    assert len(out.splitlines()) > 3


def test_readme_mentions_every_command() -> None:
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    for command in COMMANDS:
        assert f"vaultkit {command}" in readme, command


if __name__ == "__main__":
    RULES_DOC.write_text(render_rules_reference(), encoding="utf-8")
    print(f"wrote {RULES_DOC}")
