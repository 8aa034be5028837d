"""Every rule's failing and passing examples (Rule.examples, shown by `vaultkit rules ID` and in
docs/rules.md) run through the real command line: written to a vault, `vaultkit verify --select
ID`, the rule's finding present for a failing example and absent for a passing one."""

from __future__ import annotations

import importlib.util
import json
from pathlib import Path

import pytest

from vaultkit.cli import main
from vaultkit.rules import RULES
from vaultkit.rules.base import Example, Rule

Capture = pytest.CaptureFixture[str]

# Rules no file content can trigger, and why.
NO_EXAMPLE = {
    "VK000": "an internal error is a bug: no input produces it on purpose",
    "VK100": "needs an unreadable file or a broken symlink, not a file's content",
}


def _cases() -> list[tuple[Rule, int, Example]]:
    return [(rule, i, example) for rule in RULES.values() for i, example in enumerate(rule.examples)]


def test_every_rule_has_examples() -> None:
    missing = [
        r.id
        for r in RULES.values()
        if not r.examples
        and r.id not in NO_EXAMPLE
    ]
    assert missing == []
    for rule in RULES.values():
        if rule.examples:
            kinds = {e.fails for e in rule.examples}
            assert kinds == {True, False}, f"{rule.id} needs a failing and a passing example"


def _write(root: Path, example: Example) -> None:
    (root / ".obsidian").mkdir(parents=True)
    for name, content in example.files.items():
        path = root / name
        path.parent.mkdir(parents=True, exist_ok=True)
        if isinstance(content, bytes):
            path.write_bytes(content)
        else:
            path.write_bytes(content.encode("utf-8"))


@pytest.mark.parametrize(
    ("rule", "index", "example"),
    _cases(),
    ids=[f"{r.id}-{'fails' if e.fails else 'passes'}-{i}" for r, i, e in _cases()],
)
def test_rule_example(rule: Rule, index: int, example: Example, tmp_path: Path, capsys: Capture) -> None:
    if rule.loads_torch and importlib.util.find_spec("sentence_transformers") is None:
        pytest.skip("sentence-transformers is not installed")
    root = tmp_path / "vault"
    _write(root, example)
    capsys.readouterr()
    code = main(["verify", str(root), "--select", rule.id, "--format", "json", "--no-cache", "--no-baseline", "--exit-zero"])
    out = capsys.readouterr()
    assert code == 0, out.err
    found = [f for f in json.loads(out.out)["findings"] if f["rule"] == rule.id]
    if example.fails:
        assert found, f"{rule.id} example {index} should fail; files: {sorted(example.files)}"
    else:
        assert not found, f"{rule.id} example {index} should pass, got {found}"
