"""The `[report]` configuration section, validated once into a frozen record."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Any

from vaultkit.config import Config
from vaultkit.errors import ConfigError
from vaultkit.report.build import DEFAULT_GRAPH_NODES

FORMATS = ("md", "html", "json")


@dataclass(frozen=True)
class ReportOptions:
    """Options of `vaultkit report` (`[report]` in vaultkit.toml); the command line overrides them.

    - `output` (default: `reports`, in the current folder): where the reports go; a relative
      path in the configuration is relative to the vault's root and must stay inside it (a vault's
      configuration travels with the vault: it must not send writes elsewhere; `-o DIR` may).
    - `formats` (`["md", "html", "json"]`): which files to write.
    - `inert_links` (false): write report.md's links as code, so the report creates no backlinks.
    - `graph_nodes` (200): at most this many nodes drawn in report.html's link graph (the
      most connected); the layout costs O(n²) per step.
    """

    output: Path | None = None
    formats: tuple[str, ...] = FORMATS
    inert_links: bool = False
    graph_nodes: int = DEFAULT_GRAPH_NODES

    @classmethod
    def from_config(cls, config: Config, root: Path) -> ReportOptions:
        values: dict[str, Any] = {}
        for raw_key, value in config.section("report").items():
            key = raw_key.replace("-", "_")
            if key == "output":
                if not isinstance(value, str) or not value.strip():
                    raise ConfigError("[report] output must be a folder path")
                values["output"] = _inside(root, value)
            elif key == "formats":
                if isinstance(value, str):
                    value = [value]
                if not isinstance(value, list | tuple) or not value or any(v not in FORMATS for v in value):
                    raise ConfigError(f"[report] formats must be a list of {', '.join(FORMATS)}")
                values["formats"] = tuple(v for v in FORMATS if v in value)
            elif key == "inert_links":
                if not isinstance(value, bool):
                    raise ConfigError("[report] inert_links must be true or false")
                values["inert_links"] = value
            elif key == "graph_nodes":
                if isinstance(value, bool) or not isinstance(value, int) or value < 1:
                    raise ConfigError("[report] graph_nodes must be a whole number of 1 or more")
                values["graph_nodes"] = value
            else:
                raise ConfigError(f"[report]: unknown option {raw_key!r}; known: formats, graph_nodes, inert_links, output")
        return cls(**values)


def _inside(root: Path, value: str) -> Path:
    """`[report] output` as a folder inside the vault: relative, no `..`, and not leading out of
    the vault through a symlinked folder; anything else is a configuration error."""
    hint = "[report] output must be a folder inside the vault (a relative path without '..'); give -o DIR for another place"
    relative = Path(value)
    if relative.is_absolute() or ".." in relative.parts or relative.drive:
        raise ConfigError(f"{hint}: {value!r}")
    target = root / relative
    base = root.resolve()
    if not target.resolve().is_relative_to(base):
        raise ConfigError(f"{hint}: {value!r} leads out of the vault through a symbolic link")
    return target
