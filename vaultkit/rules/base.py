"""The rule record and the decorator that makes one from a check function."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from dataclasses import dataclass
from typing import Literal

from vaultkit.model import Finding, Severity

Scope = Literal["note", "vault"]


@dataclass(frozen=True)
class Rule:
    """A check with an id (`VK301`), a readable name (`broken-link`), a scope and a default
    severity. Its docstring is its documentation (shown by `vaultkit rules`).

    A note-scope check is called as `check(note, config)`, a vault-scope one as
    `check(index, config)`; both yield Findings. Findings produced elsewhere in the pipeline
    (decoding, front matter) are emitted under a rule whose `check` is None.
    """

    id: str
    name: str
    scope: Scope
    severity: Severity
    doc: str
    check: Callable[..., Iterator[Finding]] | None = None
    default_enabled: bool = True

    @property
    def summary(self) -> str:
        """The docstring's first sentence-paragraph, on one line."""
        first = self.doc.strip().split("\n\n", 1)[0]
        return " ".join(line.strip() for line in first.splitlines())

    def finding(
        self, path: str, line: int, column: int, message: str, *, key: str = "", severity: Severity | None = None
    ) -> Finding:
        return Finding(
            path=path,
            line=line,
            column=column,
            rule=self.id,
            message=message,
            severity=self.severity if severity is None else severity,
            name=self.name,
            key=key,
        )


def rule(
    id: str, name: str, *, scope: Scope, severity: Severity, default_enabled: bool = True
) -> Callable[[Callable[..., Iterator[Finding]]], Rule]:
    """Turn a documented check function into a Rule."""

    def wrap(fn: Callable[..., Iterator[Finding]]) -> Rule:
        return Rule(id, name, scope, severity, fn.__doc__ or "", fn, default_enabled)

    return wrap


def declare(id: str, name: str, *, severity: Severity, doc: str, scope: Scope = "note", default_enabled: bool = True) -> Rule:
    """A rule whose findings are produced by a pipeline stage rather than a check function."""
    return Rule(id, name, scope, severity, doc, None, default_enabled)


