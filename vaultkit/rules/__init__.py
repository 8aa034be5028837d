"""The rule registry. Lookup of an unknown id fails loudly."""

from __future__ import annotations

from vaultkit.rules.base import Rule

RULES: dict[str, Rule] = {}


def get_rule(rule_id: str) -> Rule:
    try:
        return RULES[rule_id]
    except KeyError:
        raise KeyError(f"unknown rule id {rule_id!r}; `vaultkit rules` lists them") from None
