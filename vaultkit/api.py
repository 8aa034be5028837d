"""The library surface: read a vault, verify it. The work is done in vaultkit.engine; this
module only names what callers outside the package use."""

from __future__ import annotations

from vaultkit.engine.load import CACHE_FORMAT, MAX_NOTE_BYTES, Progress, default_jobs, load_vault
from vaultkit.engine.parse import NoteResult, parse_note, run_note_rules
from vaultkit.engine.run import enabled_rules, exit_code, filter_findings, verify
from vaultkit.model import VaultIndex

__all__ = [
    "CACHE_FORMAT",
    "MAX_NOTE_BYTES",
    "NoteResult",
    "Progress",
    "VaultIndex",
    "default_jobs",
    "enabled_rules",
    "exit_code",
    "filter_findings",
    "load_vault",
    "parse_note",
    "run_note_rules",
    "verify",
]
