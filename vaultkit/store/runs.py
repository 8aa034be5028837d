"""The run cache: the findings of a whole `verify`, remembered for a vault whose content has not changed.

Everything `verify` reports is a function of the notes' bytes, the vault's file list, the
configuration and the vaultkit version (the per-note cache rests on the same fact). So a run
first reads and hashes every note — the floor any checker pays — and when the vault's digest
equals that of a remembered run, returns that run's findings without decoding 10k notes and
resolving 70k links again (benchmarks/RESULTS.md: warm 10k-note run). Any edit, rename, added
attachment or configuration change gives another digest and a full run.

Two inputs are outside the digest, as they are for the dedup result cached by
vaultkit.dedup.results: git history and file mtimes, which only decide which of two duplicate
notes a message calls newer.
"""

from __future__ import annotations

import contextlib
import hashlib
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from vaultkit import __version__
from vaultkit.config import Config
from vaultkit.model import Finding

if TYPE_CHECKING:
    from vaultkit.model import VaultIndex

_PREFIX = "run:"


@dataclass(frozen=True)
class RememberedRun:
    findings: tuple[Finding, ...]
    notes: int


def vault_digest(root: Path, config: Config) -> str | None:
    """A digest of everything a full `verify` of the vault reads, or None when some file could
    not be read (then the full run reports it)."""
    from vaultkit.engine.load import discover_notes, read_notes

    found, problems = discover_notes(root, config)
    if problems:
        return None
    hashes: dict[str, bytes] = {}
    sha256 = hashlib.sha256
    for rel, data in read_notes(root, found.notes):
        if not isinstance(data, bytes):  # unreadable or too big: the full run reports it
            return None
        hashes[rel] = sha256(data).digest()
    return _digest(config, hashes, found.files)


def index_digest(index: VaultIndex) -> str | None:
    """vault_digest of the bytes a full run just read (its notes' hashes, no second read), or
    None when some note could not be read."""
    if not index.complete:
        return None
    return _digest(index.config, {rel: bytes.fromhex(h) for rel, h in index.hashes.items()}, index.files)


def _digest(config: Config, hashes: Mapping[str, bytes], files: Iterable[str]) -> str:
    from vaultkit.engine.load import CACHE_FORMAT

    h = hashlib.sha256(f"{_PREFIX}{__version__}\x1f{CACHE_FORMAT}\x1f{config.digest}".encode())
    for rel in sorted(hashes):
        h.update(f"\x1en\x1f{rel}\x1f".encode("utf-8", "surrogateescape"))
        h.update(hashes[rel])
    for rel in sorted(set(files)):
        h.update(f"\x1ef\x1f{rel}".encode("utf-8", "surrogateescape"))
    return _PREFIX + h.hexdigest()


def may_recall(root: Path) -> bool:
    """Whether a remembered run can exist (the cache database does): a vault never checked, or
    just cleaned, skips reading and hashing every note twice."""
    from vaultkit.store.notes import NoteCache

    return NoteCache(root).exists()


def recall(root: Path, digest: str) -> RememberedRun | None:
    from vaultkit.store import codec
    from vaultkit.store.notes import NoteCache

    cache = NoteCache(root)
    try:
        hit = cache.get_raw([digest], codec.decoder(RememberedRun)).get(digest)
    except Exception:  # noqa: BLE001 - an unusable cache is a full run
        hit = None
    finally:
        cache.close()
    if not (isinstance(hit, RememberedRun) and isinstance(hit.findings, tuple) and type(hit.notes) is int):
        return None
    return hit if all(isinstance(f, Finding) for f in hit.findings) else None


def remember(root: Path, digest: str, findings: Sequence[Finding], notes: int) -> None:
    from vaultkit.store.notes import NoteCache

    cache = NoteCache(root)
    try:
        with contextlib.suppress(Exception):  # a read-only vault is still checked
            cache.put_many({digest: RememberedRun(tuple(findings), notes)})
    finally:
        cache.close()
