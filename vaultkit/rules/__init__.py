"""The rule registry: every rule of every area, by id. Lookup of an unknown id fails loudly."""

from __future__ import annotations

import importlib
from collections.abc import Iterable, Iterator, Mapping
from dataclasses import replace

from vaultkit.errors import ConfigError
from vaultkit.rules.base import Family, Rule

# One module per area, each exporting RULES: tuple[Rule, ...]; the family its rules default to.
_AREAS: dict[str, Family] = {"core": "core", "encoding": "encoding", "links": "links", "claims": "claims", "dupes": "duplicates"}


def _collect() -> dict[str, Rule]:
    registry: dict[str, Rule] = {}
    for area, family in _AREAS.items():
        module = importlib.import_module(f"vaultkit.rules.{area}")
        for rule in module.RULES:
            if rule.id in registry:
                raise RuntimeError(f"rule id {rule.id} is defined twice")
            if rule.family == "other":
                rule = replace(rule, family=family)
            registry[rule.id] = rule
    return dict(sorted(registry.items()))


class _Registry(Mapping[str, Rule]):
    """Filled on first use, so importing vaultkit.rules stays cheap and cycle-free."""

    def __init__(self) -> None:
        self._rules: dict[str, Rule] = {}

    def _fill(self) -> dict[str, Rule]:
        if not self._rules:
            self._rules = _collect()
        return self._rules

    def __getitem__(self, key: str) -> Rule:
        return self._fill()[key]

    def __iter__(self) -> Iterator[str]:
        return iter(self._fill())

    def __len__(self) -> int:
        return len(self._fill())


RULES: Mapping[str, Rule] = _Registry()


def get_rule(rule_id: str) -> Rule:
    """The rule with this id; KeyError naming `vaultkit rules` for an unknown one."""
    try:
        return RULES[rule_id]
    except KeyError:
        raise KeyError(f"unknown rule id {rule_id!r}; `vaultkit rules` lists them") from None


def closest_code(code: str) -> str:
    """ "; did you mean 'VK301'?" (an id, or a name when `code` looks like one), else a pointer
    to `vaultkit rules`."""
    import difflib

    upper = code.upper()
    if upper.startswith("VK"):
        digits = upper[2:].translate(str.maketrans("LIO", "110"))  # `VK30l`: a letter for a digit
        if "VK" + digits in RULES:
            return f"; did you mean {'VK' + digits!r}?"
        close = difflib.get_close_matches(upper, list(RULES), n=1, cutoff=0.5)
    else:
        close = difflib.get_close_matches(code.lower(), [r.name for r in RULES.values()], n=1, cutoff=0.5)
    return f"; did you mean {close[0]!r}?" if close else "; `vaultkit rules` lists them"


def resolve_code(code: str) -> str | None:
    """A rule id, id prefix (`VK3`), `ALL` or rule name (`broken-link`) as the id or prefix it
    stands for; None when it names no rule."""
    code = code.strip()
    if code == "ALL":
        return code
    if code in RULES:
        return code
    upper = code.upper()
    if upper.startswith("VK") and upper[2:].isdigit() and any(r.startswith(upper) for r in RULES):
        return upper
    if upper == "VK":
        return upper
    for rule in RULES.values():
        if rule.name == code.lower():
            return rule.id
    return None


def resolve_codes(codes: Iterable[str], where: str) -> tuple[str, ...]:
    """Every code resolved (resolve_code); the first unknown one raises ConfigError naming
    `where` (the file and key, or the flag) and the closest valid choice."""
    out: list[str] = []
    for code in codes:
        if not code.strip():
            continue
        resolved = resolve_code(code)
        if resolved is None:
            raise ConfigError(f"{where}: unknown rule {code.strip()!r}{closest_code(code.strip())}")
        out.append(resolved)
    return tuple(out)
