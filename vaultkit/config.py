"""Configuration: one immutable Config, discovered from the vault.

Files, first found wins, looked up in the vault root: `vaultkit.toml`, `.vaultkit.toml`,
`pyproject.toml` (table `[tool.vaultkit]`). Options (all optional):

- `select` (list of rule ids or prefixes, default: every rule enabled by default)
- `ignore` (list of rule ids or prefixes to turn off)
- `exclude` (list of glob patterns, vault-relative, of notes not to check)
- `per-file-ignores` (table: glob pattern -> list of rule ids)
- `severity` (table: rule id -> "error" | "warning" | "info")
- sections, read with `Config.section(name)`: `[dedup]` (the duplicate rules' options, declared
  on the rules: `vaultkit rules VK502` lists them), `[report]` (vaultkit.report.options),
  `[hook]` (vaultkit.engine.focus) and `[fix]` (`lossy`, declared on VK111). An unknown
  section, an unknown option of a rule's section or a value of the wrong type is a ConfigError
  naming the file, the key and the closest valid choice.
"""

from __future__ import annotations

import fnmatch
import hashlib
import json
import tomllib
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from pathlib import Path
from types import MappingProxyType
from typing import Any

from vaultkit.errors import ConfigError
from vaultkit.model import Severity

CONFIG_FILES = ("vaultkit.toml", ".vaultkit.toml", "pyproject.toml")
_TOP_KEYS = {"select", "ignore", "exclude", "per-file-ignores", "severity"}
SECTIONS = {"dedup", "report", "hook", "fix"}
# Rules off by default that a section option turns on, like `select` would: `[dedup] semantic =
# true` runs VK504 (the embedding layer) in verify.
SWITCHES = {"VK504": ("dedup", "semantic")}


def _frozen(value: Any) -> Any:
    if isinstance(value, Mapping):
        return MappingProxyType({k: _frozen(v) for k, v in value.items()})
    if isinstance(value, list):
        return tuple(_frozen(v) for v in value)
    return value


@dataclass(frozen=True)
class Config:
    select: tuple[str, ...] = ()
    ignore: tuple[str, ...] = ()
    exclude: tuple[str, ...] = ()
    per_file_ignores: Mapping[str, tuple[str, ...]] = field(default_factory=lambda: MappingProxyType({}))
    severity: Mapping[str, Severity] = field(default_factory=lambda: MappingProxyType({}))
    sections: Mapping[str, Mapping[str, Any]] = field(default_factory=lambda: MappingProxyType({}))
    source: str | None = None  # the file it was read from

    def section(self, name: str) -> Mapping[str, Any]:
        """The options of one section (`dedup`, `claims`, …); empty when absent."""
        return self.sections.get(name, MappingProxyType({}))

    def rule_enabled(self, rule_id: str, default_enabled: bool = True) -> bool:
        def matches(patterns: tuple[str, ...]) -> bool:
            return any(rule_id.startswith(p) for p in patterns) or "ALL" in patterns

        switch = SWITCHES.get(rule_id)
        if switch is not None and self.section(switch[0]).get(switch[1]) is True:
            default_enabled = True
        if matches(self.ignore):
            return False
        if self.select:
            return matches(self.select) and (default_enabled or rule_id in self.select)
        return default_enabled

    def ignored_for(self, path: str, rule_id: str) -> bool:
        for pattern, ids in self.per_file_ignores.items():
            if fnmatch.fnmatch(path, pattern) and any(rule_id.startswith(i) for i in ids):
                return True
        return False

    def is_excluded(self, path: str) -> bool:
        return any(fnmatch.fnmatch(path, p) for p in self.exclude)

    def __reduce__(self) -> tuple[Any, tuple[Any, ...]]:
        # MappingProxyType does not pickle; worker processes get the plain data back.
        return (
            _rebuild,
            (
                self.select,
                self.ignore,
                self.exclude,
                _plain(self.per_file_ignores),
                {k: int(v) for k, v in self.severity.items()},
                _plain(self.sections),
                self.source,
            ),
        )

    @property
    def digest(self) -> str:
        """A hash of every option: part of the per-note cache key."""
        payload = {
            "select": self.select,
            "ignore": self.ignore,
            "exclude": self.exclude,
            "pfi": {k: list(v) for k, v in self.per_file_ignores.items()},
            "severity": {k: str(v) for k, v in self.severity.items()},
            "sections": _plain(self.sections),
        }
        return hashlib.sha256(json.dumps(payload, sort_keys=True, default=str).encode()).hexdigest()[:16]


def _rebuild(
    select: tuple[str, ...],
    ignore: tuple[str, ...],
    exclude: tuple[str, ...],
    pfi: dict[str, list[str]],
    severity: dict[str, int],
    sections: dict[str, Any],
    source: str | None,
) -> Config:
    return Config(
        select=select,
        ignore=ignore,
        exclude=exclude,
        per_file_ignores=MappingProxyType({k: tuple(v) for k, v in pfi.items()}),
        severity=MappingProxyType({k: Severity(v) for k, v in severity.items()}),
        sections=MappingProxyType({k: _frozen(v) for k, v in sections.items()}),
        source=source,
    )


def _plain(value: Any) -> Any:
    if isinstance(value, Mapping):
        return {k: _plain(v) for k, v in value.items()}
    if isinstance(value, tuple):
        return [_plain(v) for v in value]
    return value


def _str_list(raw: Any, key: str, source: str) -> tuple[str, ...]:
    if isinstance(raw, str):
        raw = [raw]
    if not isinstance(raw, list) or not all(isinstance(x, str) for x in raw):
        raise ConfigError(f"{source}: `{key}` must be a list of strings")
    return tuple(raw)


def _closest(key: str, choices: Iterable[str]) -> str:
    """ "; did you mean X?" for the closest choice, else the list of them."""
    import difflib

    options = sorted(choices)
    close = difflib.get_close_matches(key, options, n=1, cutoff=0.5)
    return f"; did you mean {close[0]!r}?" if close else f"; valid: {', '.join(options)}"


def _check_rule_options(section: str, table: Mapping[str, Any], source: str) -> None:
    """The options of a rule's section against those the rules declare (Rule.options): names
    and types. Sections no rule declares (`[report]`, `[hook]`) are checked by their readers."""
    from vaultkit.rules import RULES  # the rules declare their options; imported only to check them

    declared = {o.name: o for r in RULES.values() for o in r.options if o.section == section}
    if not declared:
        return
    for raw_key, value in table.items():
        option = declared.get(raw_key.replace("-", "_"))
        if option is None:
            raise ConfigError(f"{source}: [{section}] unknown option {raw_key!r}{_closest(raw_key.replace('-', '_'), declared)}")
        if not option.accepts(value):
            raise ConfigError(f"{source}: [{section}] {raw_key} must be {option.type_name}, not {value!r} ({option.help})")


def config_from_mapping(data: Mapping[str, Any], source: str = "<config>") -> Config:
    """Validate a parsed TOML table and build a Config; unknown keys are an error."""
    unknown = set(data) - _TOP_KEYS - SECTIONS
    if unknown:
        key = sorted(unknown)[0]
        kind = "section" if isinstance(data[key], Mapping) else "option"
        raise ConfigError(f"{source}: unknown {kind} {key!r}{_closest(key, _TOP_KEYS | SECTIONS)}")
    pfi_raw = data.get("per-file-ignores", {})
    if not isinstance(pfi_raw, Mapping):
        raise ConfigError(f"{source}: `per-file-ignores` must be a table")
    sev_raw = data.get("severity", {})
    if not isinstance(sev_raw, Mapping):
        raise ConfigError(f"{source}: `severity` must be a table")
    from vaultkit.rules import resolve_codes  # rule ids and names: imported only to check them

    severity = {}
    for k, v in sev_raw.items():
        (rule_id,) = resolve_codes([k], f"{source}: [severity]")
        if str(v).strip().lower() not in ("error", "warning", "info"):
            raise ConfigError(
                f"{source}: [severity] {k} = {v!r}: unknown severity{_closest(str(v).lower(), ('error', 'warning', 'info'))}"
            )
        severity[rule_id] = Severity.parse(str(v))
    sections = {}
    for name in SECTIONS & set(data):
        if not isinstance(data[name], Mapping):
            raise ConfigError(f"{source}: `[{name}]` must be a table")
        _check_rule_options(name, data[name], source)
        sections[name] = _frozen(data[name])
    config = Config(
        select=resolve_codes(_str_list(data.get("select", []), "select", source), f"{source}: `select`"),
        ignore=resolve_codes(_str_list(data.get("ignore", []), "ignore", source), f"{source}: `ignore`"),
        exclude=_str_list(data.get("exclude", []), "exclude", source),
        per_file_ignores=MappingProxyType(
            {
                k: resolve_codes(_str_list(v, f"per-file-ignores.{k}", source), f"{source}: [per-file-ignores] {k!r}")
                for k, v in pfi_raw.items()
            }
        ),
        severity=MappingProxyType(severity),
        sections=MappingProxyType(sections),
        source=source,
    )
    if "dedup" in sections:  # value ranges, as `dupes` and `report` check them: never a VK000 in `verify`
        from vaultkit.dedup.options import DedupOptions

        try:
            DedupOptions.from_config(config)
        except ConfigError as exc:
            raise ConfigError(f"{source}: {exc}") from None
    return config


def load_config(root: Path, explicit: Path | None = None) -> Config:
    """Find and read the vault's configuration; a Config of defaults when there is none."""
    candidates = [explicit] if explicit else [root / name for name in CONFIG_FILES]
    for path in candidates:
        if path is None or not path.is_file():
            if explicit:
                raise ConfigError(f"{explicit}: no such configuration file")
            continue
        try:
            data = tomllib.loads(path.read_text(encoding="utf-8"))
        except (tomllib.TOMLDecodeError, UnicodeDecodeError) as exc:
            raise ConfigError(f"{path}: {exc}") from None
        if path.name == "pyproject.toml":
            table = data.get("tool", {}).get("vaultkit")
            if table is None:
                continue
            return config_from_mapping(table, str(path))
        return config_from_mapping(data, str(path))
    return Config()
