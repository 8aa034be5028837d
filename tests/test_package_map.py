"""The README's package map names every module of the package, and nothing that is not there."""

from __future__ import annotations

import re
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def _map_modules() -> set[str]:
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    section = readme.split("## How it reads a vault", 1)[1]
    block = section.split("```\nvaultkit/\n", 1)[1].split("```", 1)[0]
    # Join continuation lines (deeply indented, no name of their own) to the entry above them.
    entries: list[str] = []
    for line in block.splitlines():
        if re.match(r"^ {8,}", line) and entries:
            entries[-1] += " " + line.strip()
        else:
            entries.append(line)
    found: set[str] = set()
    folder = ""
    for entry in entries:
        top = re.match(r"^  (\S+)", entry)
        if top:
            name = top.group(1)
            folder = name if name.endswith("/") else ""
            if not folder:
                found.add(name)
            elif name == "commands/":  # the subcommands are named in the entry's text
                stems = re.findall(r"[a-z_]+", entry.split("subcommand:", 1)[-1])
                found.update(f"commands/{n}.py" for n in stems if (ROOT / "vaultkit" / "commands" / f"{n}.py").exists())
            continue
        sub = re.match(r"^    (\S+)", entry)
        if sub and folder:
            name = sub.group(1)
            if name.endswith("/"):  # a sub-folder, its modules named after the first ':'
                stems = re.findall(r"[a-z_]+", entry.split(":", 1)[-1])
                found.update(f"{folder}{name}{n}.py" for n in stems)
            else:
                found.add(folder + name)
    return found


def test_package_map_matches_the_tree() -> None:
    tree = {
        p.relative_to(ROOT / "vaultkit").as_posix()
        for p in (ROOT / "vaultkit").rglob("*.py")
        # packages whose __init__ only marks the folder are not listed; these hold code
        if p.name != "__init__.py"
        or p.parent == ROOT / "vaultkit"
        or p.parent.name in {"claims", "cluster", "dedup", "rules", "report"}
    }
    listed = _map_modules()
    assert sorted(tree - listed) == [], "modules missing from the README's package map"
    assert sorted(m for m in listed if m not in tree) == [], "the map names modules that do not exist"
