"""The rule record, its metadata, and the decorator that makes one from a check function."""

from __future__ import annotations

from collections.abc import Callable, Iterator, Mapping
from dataclasses import dataclass
from typing import Any, Literal

from vaultkit.config import Config
from vaultkit.model import Finding, Severity

Scope = Literal["note", "vault"]
# What a rule is about; `vaultkit rules` groups by it.
Family = Literal["core", "encoding", "links", "claims", "duplicates", "other"]


@dataclass(frozen=True)
class Option:
    """One option a rule reads from its configuration section (`[dedup] near_threshold = 0.8`):
    its name, type, default and a line of help. Config validation reads these."""

    name: str
    type: type
    default: Any
    help: str
    section: str

    @property
    def type_name(self) -> str:
        return {bool: "true or false", int: "a whole number", float: "a number", str: "text", list: "a list of text"}.get(
            self.type, self.type.__name__
        )

    def accepts(self, value: Any) -> bool:
        if self.type is float:
            return isinstance(value, int | float) and not isinstance(value, bool)
        if self.type is int:
            return isinstance(value, int) and not isinstance(value, bool)
        if self.type is list:
            return isinstance(value, list | tuple | str)
        return isinstance(value, self.type)


@dataclass(frozen=True)
class Example:
    """A failing or passing case of a rule, run as a test (tests/test_rule_examples.py) and shown
    in its documentation. `files` maps vault-relative paths to their content (text, or bytes
    for encoding cases); `note` (a note rule's one file) is shorthand for {"note.md": note}."""

    fails: bool
    files: Mapping[str, str | bytes]

    @classmethod
    def failing(cls, note: str | bytes | None = None, **files: str | bytes) -> Example:
        return cls(True, _files(note, files))

    @classmethod
    def passing(cls, note: str | bytes | None = None, **files: str | bytes) -> Example:
        return cls(False, _files(note, files))


def _files(note: str | bytes | None, files: Mapping[str, str | bytes]) -> Mapping[str, str | bytes]:
    out: dict[str, str | bytes] = {} if note is None else {"note.md": note}
    for name, content in files.items():  # keyword names: `Other_note` → "Other note.md"
        out[name.replace("_", " ") + ("" if "." in name else ".md")] = content
    return out


@dataclass(frozen=True)
class Rule:
    """A check with an id (`VK301`), a readable name (`broken-link`), a scope and a default
    severity. Its docstring is its documentation (shown by `vaultkit rules`).

    A note-scope check is called as `check(note, config)`, a vault-scope one as
    `check(index, config)`; both yield Findings. Findings produced elsewhere in the pipeline
    (decoding, front matter) are emitted under a rule whose `check` is None.

    Metadata: `family` (what it is about); `focus`, whether a focus run (the pre-commit hook on
    a few notes, engine.focus) answers it from the context store as the whole vault would (a
    vault rule without it makes the hook read the whole vault); `options` it reads from its
    configuration section; `examples` (failing and passing); `loads_torch` (never forked).
    """

    id: str
    name: str
    scope: Scope
    severity: Severity
    doc: str
    check: Callable[..., Iterator[Finding]] | None = None
    default_enabled: bool = True
    family: Family = "other"
    focus: bool = False
    options: tuple[Option, ...] = ()
    examples: tuple[Example, ...] = ()
    loads_torch: bool = False

    @property
    def summary(self) -> str:
        """The docstring's first sentence-paragraph, on one line."""
        first = self.doc.strip().split("\n\n", 1)[0]
        return " ".join(line.strip() for line in first.splitlines())

    def enabled(self, config: Config) -> bool:
        """Whether this configuration runs the rule (select, ignore, switches)."""
        return config.rule_enabled(self.id, self.default_enabled)

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
    id: str,
    name: str,
    *,
    scope: Scope,
    severity: Severity,
    default_enabled: bool = True,
    family: Family = "other",
    focus: bool = False,
    options: tuple[Option, ...] = (),
    examples: tuple[Example, ...] = (),
    loads_torch: bool = False,
) -> Callable[[Callable[..., Iterator[Finding]]], Rule]:
    """Turn a documented check function into a Rule."""

    def wrap(fn: Callable[..., Iterator[Finding]]) -> Rule:
        return Rule(
            id,
            name,
            scope,
            severity,
            fn.__doc__ or "",
            fn,
            default_enabled,
            family,
            focus or scope == "note",
            options,
            examples,
            loads_torch,
        )

    return wrap


def declare(
    id: str,
    name: str,
    *,
    severity: Severity,
    doc: str,
    scope: Scope = "note",
    default_enabled: bool = True,
    family: Family = "other",
    examples: tuple[Example, ...] = (),
) -> Rule:
    """A rule whose findings are produced by a pipeline stage rather than a check function."""
    return Rule(id, name, scope, severity, doc, None, default_enabled, family, True, (), examples)
