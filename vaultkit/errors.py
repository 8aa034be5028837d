"""One exception family; the CLI's single boundary maps it to exit code 2."""

from __future__ import annotations


class VaultkitError(Exception):
    """Base of every error vaultkit reports to the user (exit code 2)."""

    exit_code = 2
    hint = ""


class UsageError(VaultkitError):
    """The command line asked for something that cannot be done."""


class ConfigError(VaultkitError):
    """A configuration file is malformed or names an unknown rule or option."""

    hint = "check vaultkit.toml, .vaultkit.toml or [tool.vaultkit] in pyproject.toml"


class VaultNotFound(VaultkitError):
    """The given vault path does not exist or is not a folder."""
