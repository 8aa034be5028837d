"""Each module binds each top-level name once. A second `_NAME = re.compile(...)` further down a module silently
replaces the first for every use above it too (neither ruff nor mypy says so): twice in round 19 a new pattern
took an old one's name and changed what the old code matched."""

from __future__ import annotations

import ast
from collections import Counter
from pathlib import Path

import pytest

PACKAGE = Path(__file__).resolve().parents[1] / "vaultkit"


def _bound_twice(path: Path) -> list[str]:
    names: Counter[str] = Counter()
    for node in ast.parse(path.read_text(encoding="utf-8")).body:
        if isinstance(node, ast.Assign):
            names.update(t.id for t in node.targets if isinstance(t, ast.Name))
        elif isinstance(node, ast.AnnAssign) and isinstance(node.target, ast.Name):
            names[node.target.id] += 1
        elif isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef, ast.ClassDef)):
            names[node.name] += 1
    return sorted(name for name, n in names.items() if n > 1)


@pytest.mark.parametrize("path", sorted(PACKAGE.rglob("*.py")), ids=lambda p: str(p.relative_to(PACKAGE)))
def test_a_module_binds_each_top_level_name_once(path: Path) -> None:
    assert _bound_twice(path) == []


def test_the_check_sees_a_name_bound_twice(tmp_path: Path) -> None:
    module = tmp_path / "m.py"
    module.write_text('import re\n_A = re.compile("x")\n\n\ndef f() -> None: ...\n\n\n_A = re.compile("y")\n', encoding="utf-8")
    assert _bound_twice(module) == ["_A"]
