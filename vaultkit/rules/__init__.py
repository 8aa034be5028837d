"""The rule registry: every rule of every area, by id. Lookup of an unknown id fails loudly."""

from __future__ import annotations

import importlib

from vaultkit.rules.base import Rule

# One module per area, each exporting RULES: tuple[Rule, ...].
_AREAS = ("core", "encoding", "links", "claims", "dupes")


def _collect() -> dict[str, Rule]:
    registry: dict[str, Rule] = {}
    for area in _AREAS:
        try:
            module = importlib.import_module(f"vaultkit.rules.{area}")
        except ModuleNotFoundError as exc:
            if exc.name != f"vaultkit.rules.{area}":
                raise
            continue
        for rule in module.RULES:
            if rule.id in registry:
                raise RuntimeError(f"rule id {rule.id} is defined twice")
            registry[rule.id] = rule
    return dict(sorted(registry.items()))


class _Registry(dict[str, Rule]):
    """Filled on first use, so importing vaultkit.rules stays cheap and cycle-free."""

    def _fill(self) -> None:
        if not super().__len__():
            super().update(_collect())

    def __getitem__(self, key: str) -> Rule:
        self._fill()
        return super().__getitem__(key)

    def get(self, key: str, default: Rule | None = None) -> Rule | None:  # type: ignore[override]
        self._fill()
        return super().get(key, default)

    def values(self):  # type: ignore[no-untyped-def]
        self._fill()
        return super().values()

    def items(self):  # type: ignore[no-untyped-def]
        self._fill()
        return super().items()

    def __iter__(self):  # type: ignore[no-untyped-def]
        self._fill()
        return super().__iter__()

    def __len__(self) -> int:
        self._fill()
        return super().__len__()

    def __contains__(self, key: object) -> bool:
        self._fill()
        return super().__contains__(key)


RULES: dict[str, Rule] = _Registry()


def get_rule(rule_id: str) -> Rule:
    try:
        return RULES[rule_id]
    except KeyError:
        raise KeyError(f"unknown rule id {rule_id!r}; `vaultkit rules` lists them") from None
