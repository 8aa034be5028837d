"""Reading a vault: discover, read bytes, look up the note cache, parse the misses over a
process pool, in pipelined batches; the result is a VaultIndex.

Per-note work (engine.parse) is a pure function of (bytes, config, vaultkit version): its
result is cached by content hash (store.notes) and never by mtime. Notes are read, hashed,
looked up and parsed BATCH_SIZE at a time, so a 100k-note vault never holds every file's bytes
and every parsed text at once; batch k+1 is read and looked up while the workers parse batch k.
"""

from __future__ import annotations

import contextlib
import gc
import hashlib
import os
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any, Protocol, TypeGuard

from vaultkit import __version__
from vaultkit.claims import EXTRACTOR_VERSION
from vaultkit.config import Config, load_config
from vaultkit.dedup.features import FEATURES_VERSION
from vaultkit.engine.parse import OVER_BUDGET, NoteResult, front_matter_properties, parse_note_bounded
from vaultkit.errors import VaultNotFound
from vaultkit.ingest.discover import Discovery, discover, find_vault_root
from vaultkit.model import Finding, Note, Severity, VaultIndex
from vaultkit.rules.core import UNREADABLE

if TYPE_CHECKING:
    from vaultkit.store.notes import NoteCache

MAX_NOTE_BYTES = 20 * 1024 * 1024
# Notes are read, hashed, looked up and parsed this many at a time (peak memory: benchmarks/RESULTS.md).
BATCH_SIZE = 2000
# Bumped when what a cached NoteResult holds changes within one version (2: duplicate features;
# 3: properties no longer stored, rebuilt from the text; 4: the semantic layer's vector key;
# 5: code-size claims checked against each other within a note; 6: store.codec entries, not
# pickles: a vault's cache is hostile input; 7: the text as a TextSource field, VK113 from the
# decoder; 8: mojibake repairs verified span by span, lossy ones held back; 9: every stored value
# with a digest, store.notes.seal).
CACHE_FORMAT = 9


@contextlib.contextmanager
def frozen_heap() -> Iterator[None]:
    """Reading a vault allocates millions of long-lived records; the cyclic GC's repeated
    passes over them cost more than the work itself (warm 10k-note load: benchmarks/RESULTS.md).
    The records hold no cycles, so collection waits until the end, and then what was read is
    frozen (gc.freeze): the vault rules that follow allocate too, and every full collection
    would otherwise walk the index's millions of objects again."""
    enabled = gc.isenabled()
    gc.disable()
    try:
        yield
        gc.freeze()
    finally:
        if enabled:
            gc.enable()


class Progress(Protocol):
    """Told how many notes there are, then how many more are done (a progress bar)."""

    def start(self, total: int) -> None: ...
    def advance(self, done: int) -> None: ...
    def close(self) -> None: ...


def default_jobs() -> int:
    try:
        return max(1, len(os.sched_getaffinity(0)))
    except AttributeError:  # pragma: no cover - not Linux
        return os.cpu_count() or 1


def vault_root(path: str | Path) -> Path:
    """The vault at or above `path` (a folder); VaultNotFound when there is none."""
    start = Path(path)
    if not start.exists():
        raise VaultNotFound(f"{start}: no such folder")
    if not start.is_dir():
        raise VaultNotFound(f"{start}: not a folder (give the vault's folder)")
    return find_vault_root(start)


def discover_notes(root: Path, config: Config) -> tuple[Discovery, list[Finding]]:
    """The vault's notes and files as every command sees them (`exclude` applied), and the
    findings of what could not be walked."""
    found = discover(root, config.exclude)
    findings = [UNREADABLE.finding(p, 1, 1, msg, key=msg) for p, msg in found.problems]
    findings.extend(UNREADABLE.finding(p, 1, 1, msg, key=msg, severity=Severity.WARNING) for p, msg in found.skipped)
    return found, findings


def load_vault(
    path: str | Path,
    *,
    config: Config | None = None,
    jobs: int | None = None,
    use_cache: bool = True,
    progress: Progress | None = None,
    exact: bool = False,
) -> VaultIndex:
    """Discover and read every note of the vault at (or above) `path` (`exact`: at `path`).

    Notes are parsed with every note rule the configuration could report on (note_config), so
    a `--select/--ignore` change finds them in the cache; verify filters by the selection."""
    root = Path(path).resolve() if exact else vault_root(path)
    config = config if config is not None else load_config(root)
    with frozen_heap():
        found, findings = discover_notes(root, config)
        hashes: dict[str, str] = {}
        if progress:
            progress.start(len(found.notes))
        results = parse_paths(
            root,
            found.notes,
            note_config(config),
            use_cache=use_cache,
            jobs=jobs,
            findings=findings,
            hashes=hashes,
            progress=progress,
        )
        if progress:
            progress.close()
        notes = []
        # Notes that are there but were not read as notes (unreadable, over the size limit,
        # binary, over the CPU budget) are still files a link reaches: never "broken" links.
        unread = {f.path for f in findings if f.rule == UNREADABLE.id and f.key in ("unreadable", "huge")}
        for rel in sorted(results):
            result = results[rel]
            findings.extend(result.findings)
            if result.note is not None:
                notes.append(result.note)
            else:
                unread.add(rel)
        files = tuple(sorted(set(found.files) | (unread & set(found.notes))))
        complete = not found.problems and not found.skipped and len(hashes) == len(found.notes)
        return VaultIndex(
            root, tuple(notes), files, config, tuple(findings), use_cache=use_cache, hashes=hashes, complete=complete
        )


def changed_findings(index: VaultIndex) -> list[Finding]:
    """A VK100 warning for each note of `index` whose file changed or vanished after it was
    read and before its text was read again (model.changed_notes: a vault rule or the duplicate
    layers read it as the file then was), for the command to report with the run's findings."""
    from vaultkit.model import changed_notes

    root = os.fspath(index.root)
    found = []
    for file, state in sorted(changed_notes().items()):
        rel = os.path.relpath(file, root).replace(os.sep, "/")
        if rel.startswith("../"):
            continue  # another vault's note, read in this process
        if state == "deleted":
            message = "deleted while vaultkit was reading the vault; run again to check the vault as it now is"
        elif state == "unreadable":
            message = "could no longer be read while vaultkit was reading the vault (permissions?); run again"
        else:
            message = "changed while vaultkit was reading the vault; its findings may mix both versions: run again"
        found.append(UNREADABLE.finding(rel, 1, 1, message, key=state, severity=Severity.WARNING))
    return found


def note_config(config: Config) -> Config:
    """The configuration notes are parsed (and cached) with: `select` and `ignore` widened to
    every rule on by default, plus the off-by-default note rules this configuration turns on, so
    the per-note cache key does not change with the selection (findings are filtered after)."""
    from dataclasses import replace

    from vaultkit.rules import RULES

    extra = tuple(sorted(r.id for r in RULES.values() if r.scope == "note" and not r.default_enabled and r.enabled(config)))
    return replace(config, select=("ALL", *extra) if extra else (), ignore=())


@dataclass
class LoadStats:
    """What the latest parse_paths did: notes found in the note cache, notes parsed."""

    cached: int = 0
    parsed: int = 0


STATS = LoadStats()


def read_notes(root: Path, paths: Iterable[str]) -> Iterator[tuple[str, bytes | Finding]]:
    """Each note's bytes, or the VK100 finding saying why they cannot be read (over the size
    limit, unreadable). Plain string paths and one open per note: pathlib's joins cost more
    than the reads."""
    base = os.fspath(root)
    for rel in paths:
        try:
            with open(os.path.join(base, rel), "rb") as handle:
                size = os.fstat(handle.fileno()).st_size
                if size > MAX_NOTE_BYTES:
                    message = f"note is {size:,} bytes, over the {MAX_NOTE_BYTES:,}-byte limit; skipped"
                    yield rel, UNREADABLE.finding(rel, 1, 1, message, key="huge")
                    continue
                data = handle.read()
        except FileNotFoundError:
            # Listed, then gone before it was read (deleted or renamed by an editor or a sync).
            message = "deleted while vaultkit was reading the vault; skipped (run again to check the vault as it now is)"
            yield rel, UNREADABLE.finding(rel, 1, 1, message, key="deleted", severity=Severity.WARNING)
            continue
        except OSError as exc:
            yield rel, UNREADABLE.finding(rel, 1, 1, f"cannot read: {exc.strerror or exc}", key="unreadable")
            continue
        yield rel, data


def read_note(root: Path, rel: str) -> bytes | Finding:
    """One note's bytes, or the VK100 finding saying why they cannot be read."""
    return next(read_notes(root, (rel,)))[1]


def _read_notes(root: Path, paths: Sequence[str], findings: list[Finding]) -> dict[str, bytes]:
    blobs: dict[str, bytes] = {}
    for rel, data in read_notes(root, paths):
        if isinstance(data, Finding):
            findings.append(data)
        else:
            blobs[rel] = data
    return blobs


def parse_paths(
    root: Path,
    paths: Sequence[str],
    config: Config,
    *,
    use_cache: bool,
    jobs: int | None,
    findings: list[Finding],
    hashes: dict[str, str] | None = None,
    progress: Progress | None = None,
    reread: bool = True,
) -> dict[str, NoteResult]:
    """NoteResults of `paths` from the note cache or by parsing, batch by batch. `reread`:
    notes restored from the cache read their text from the file again on first use (else
    they keep the bytes); `hashes` receives each note's content hash."""
    results: dict[str, NoteResult] = {}
    STATS.cached = STATS.parsed = 0
    if not paths:
        return results
    cache: NoteCache | None = None
    if use_cache:
        from vaultkit.store.notes import NoteCache

        cache = NoteCache(root)
    with _Parser(jobs or default_jobs()) as parser:
        pending: _Batch | None = None
        for first in range(0, len(paths), BATCH_SIZE):
            blobs = _read_notes(root, paths[first : first + BATCH_SIZE], findings)
            current, cache = _start_batch(
                blobs, config, cache, parser, results, root=root if reread else None, hashes=hashes, progress=progress
            )
            if pending is not None:
                cache = _finish_batch(pending, cache, results, progress)
            pending = current
        if pending is not None:
            cache = _finish_batch(pending, cache, results, progress)
    if cache is not None:
        cache.close()
    return results


def cache_key(path: str, digest: str, config_digest: str) -> str:
    """The note cache's key of one note: what its NoteResult is a function of. The claim
    extractor's and the duplicate features' own versions are part of it: when either changes,
    cached notes are parsed again by the workers (vaultkit.dedup.pipeline.features_for would
    otherwise recompute stale features in the main process on every run)."""
    basis = (
        f"{__version__}\x1f{CACHE_FORMAT}\x1f{EXTRACTOR_VERSION}\x1f{FEATURES_VERSION}\x1f{config_digest}\x1f{path}\x1f{digest}"
    )
    # A file name that is not valid UTF-8 (a vault cloned from git) reaches here as surrogate
    # escapes; they hash as the original bytes.
    return hashlib.sha256(basis.encode("utf-8", "surrogateescape")).hexdigest()


@dataclass
class _Batch:
    """One batch in flight: its bytes, cache keys, the notes being parsed and their results."""

    blobs: dict[str, bytes]
    keys: dict[str, str]
    misses: list[str]
    fresh: Any
    root: Path | None


def _start_batch(
    blobs: dict[str, bytes],
    config: Config,
    cache: NoteCache | None,
    parser: _Parser,
    results: dict[str, NoteResult],
    *,
    root: Path | None = None,
    hashes: dict[str, str] | None = None,
    progress: Progress | None = None,
) -> tuple[_Batch, NoteCache | None]:
    """Fill `results` with the batch's cache hits and send its misses to the parser (they come
    back in `_finish_batch`); returns the batch and the cache still usable."""
    config_digest = config.digest
    digests = {rel: hashlib.sha256(data).hexdigest() for rel, data in blobs.items()}
    if hashes is not None:
        hashes.update(digests)
    keys = {rel: cache_key(rel, digest, config_digest) for rel, digest in digests.items()}
    cached: dict[str, object] = {}
    if cache is not None and not cache.disabled:
        try:
            cached = cache.get_many(keys.values())
        except Exception:  # noqa: BLE001 - an unusable cache is a cold run, never a failure
            cache.close()
            cache = None
    misses: list[str] = []
    for rel, key in keys.items():
        entry = cached.get(key)
        if _usable_entry(entry):
            results[rel] = _restore(entry, blobs[rel], os.path.join(root, rel) if root is not None else None)
        else:
            misses.append(rel)
    STATS.cached += len(keys) - len(misses)
    if progress and len(keys) > len(misses):
        progress.advance(len(keys) - len(misses))  # cache hits move the bar as they are found
    fresh = parser.submit([(rel, blobs[rel], config) for rel in misses])
    return _Batch(blobs, keys, misses, fresh, root), cache


def _usable_entry(entry: object) -> TypeGuard[NoteResult]:
    """Whether a decoded cache entry is a NoteResult (its note's text given back on restore)."""
    return (
        isinstance(entry, NoteResult)
        and isinstance(entry.findings, tuple)
        and (entry.note is None or isinstance(entry.note, Note))
    )


def _finish_batch(
    batch: _Batch, cache: NoteCache | None, results: dict[str, NoteResult], progress: Progress | None = None
) -> NoteCache | None:
    """Collect a batch's parsed notes, store them in the cache and fill `results`."""
    from vaultkit.store import codec

    # Workers send their results encoded as the cache stores them (store.codec), so the main
    # process stores those bytes as they are and decodes each result once. A result the codec
    # cannot hold comes back as it is (pickled between our own processes) and is not cached.
    misses, blobs, root = batch.misses, batch.blobs, batch.root
    encoded: dict[str, bytes] = {}
    done = 0
    for rel, item in zip(misses, batch.fresh, strict=True):  # as each note comes back
        if isinstance(item, bytes):
            encoded[batch.keys[rel]] = item
        entry = codec.decode(item) if isinstance(item, bytes) else item
        results[rel] = _restore(entry, blobs[rel], os.path.join(root, rel) if root is not None else None)
        done += 1
        if progress and done % 16 == 0:
            progress.advance(16)
    STATS.parsed += len(misses)
    if progress and done % 16:
        progress.advance(done % 16)
    if cache is not None and encoded:
        with contextlib.suppress(Exception):  # a read-only vault is still checked
            cache.put_encoded(encoded)
    return cache


def _restore(result: NoteResult, data: bytes, file: str | None = None) -> NoteResult:
    """A parsed or cached result whose note's TextSource is completed: the text it holds, else the
    file's bytes decoded on first use, read again from `file` when given (a 100k-note vault need
    not hold 1 GB of bytes that most rules never read), else from `data`."""
    note = result.note
    if note is not None:
        raw = None if file is not None else data
        note.source.attach(raw=raw, file=file, content_hash=note.content_hash, parse=front_matter_properties)
    return result


def _parse_job(job: tuple[str, bytes, Config]) -> bytes | NoteResult:
    """Worker side: parse; the result comes back encoded, as the cache stores it (store.codec:
    a note's text only when it is not just the bytes as UTF-8), or as it is when the codec
    cannot hold it (then it is not cached)."""
    from vaultkit.store import codec

    result = parse_note_bounded(*job)
    if result.note is None and any(f.message.startswith(OVER_BUDGET) for f in result.findings):
        return result  # over the CPU budget: not cached, tried again on the next run
    try:
        return codec.encode(result)
    except (TypeError, ValueError, OverflowError):
        return result


class _Parser:
    """Parses notes in order (`submit`), over a process pool started only when a batch is big enough."""

    def __init__(self, jobs: int) -> None:
        self.jobs = jobs
        self._pool: Any = None

    def __enter__(self) -> _Parser:
        return self

    def __exit__(self, *exc: object) -> None:
        if self._pool is not None:
            self._pool.shutdown()

    def submit(self, jobs_list: list[tuple[str, bytes, Config]]) -> Iterable[bytes | NoteResult]:
        """Start parsing; the encoded results, in order, come from iterating the returned object
        (on one job, or for a handful of notes, the parsing happens here and now)."""
        if self.jobs <= 1 or len(jobs_list) < 64:
            return [_parse_job(job) for job in jobs_list]
        if self._pool is None:
            from concurrent.futures import ProcessPoolExecutor

            self._pool = ProcessPoolExecutor(max_workers=self.jobs)
        chunksize = max(1, min(32, len(jobs_list) // (self.jobs * 8)))
        # Submitted now, collected lazily.
        encoded: Iterable[bytes | NoteResult] = self._pool.map(_parse_job, jobs_list, chunksize=chunksize)
        return encoded
