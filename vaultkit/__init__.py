"""vaultkit: check an Obsidian vault the way a linter checks code."""

__version__ = "0.1.0"
