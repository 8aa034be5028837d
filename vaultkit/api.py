"""The library surface the commands call: read a vault, verify it."""

from __future__ import annotations

import contextlib
import hashlib
import os
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import TYPE_CHECKING, Any, Protocol, TypeGuard

from vaultkit import __version__
from vaultkit.config import Config, load_config
from vaultkit.dedup.features import FEATURES_VERSION
from vaultkit.errors import VaultNotFound
from vaultkit.ingest.decode import decode_bytes
from vaultkit.ingest.discover import discover, find_vault_root
from vaultkit.ingest.frontmatter import as_string_list, split_front_matter
from vaultkit.ingest.markdown import scan_front_matter_links, scan_markdown
from vaultkit.model import Finding, Note, Severity, Tag
from vaultkit.rules import RULES
from vaultkit.rules import core as core_rules
from vaultkit.rules.core import INTERNAL

if TYPE_CHECKING:
    from vaultkit.cache import NoteCache

MAX_NOTE_BYTES = 20 * 1024 * 1024


@dataclass(frozen=True)
class NoteResult:
    """The per-note work: a pure function of (path, bytes, config, vaultkit version)."""

    note: Note | None
    findings: tuple[Finding, ...]


@dataclass(frozen=True)
class VaultIndex:
    """Every note of a vault, read. Vault-scope rules see only this."""

    root: Path
    notes: tuple[Note, ...]
    files: tuple[str, ...]
    config: Config
    findings: tuple[Finding, ...] = ()  # per-note and discovery findings
    use_cache: bool = False  # vault-level results may be cached in .vaultkit/cache too
    # sha256 (hex) of the bytes read of every note file, binary ones included; `complete` is
    # False when some note could not be read or was skipped (then no run digest is taken).
    hashes: Mapping[str, str] = field(default_factory=dict)
    complete: bool = False

    def note(self, path: str) -> Note | None:
        for n in self.notes:
            if n.path == path:
                return n
        return None


def _repair(text: str) -> tuple[str, tuple[object, ...]]:
    """Document-level mojibake repair; clean text returns unchanged without touching ftfy."""
    from vaultkit.ingest import mojibake

    if mojibake.looks_clean(text):
        return text, ()
    code_ranges = scan_markdown(text, split_front_matter(text).body_line).code_ranges
    result = mojibake.repair_document(text, code_ranges=code_ranges)
    return result.text, tuple(result.regions)


def _extract_claims(text: str, properties: dict[str, object], code_ranges: Sequence[tuple[int, int]]) -> tuple[object, ...]:
    from vaultkit.claims import extract_claims

    return tuple(extract_claims(text, properties=properties, code_ranges=code_ranges))


def _duplicates_enabled(config: Config) -> bool:
    """Whether a duplicate rule (VK501–VK504) runs with this configuration."""
    return any(r.id.startswith("VK50") and config.rule_enabled(r.id, r.default_enabled) for r in RULES.values())


def _dedup_features(note: Note, config: Config) -> object:
    """The duplicate layers' per-note features (cached with the note, so warm runs skip them)."""
    from vaultkit.dedup.features import note_features
    from vaultkit.dedup.options import DedupOptions

    return note_features(note.body, DedupOptions.from_config(config))


def parse_note(path: str, data: bytes, config: Config) -> NoteResult:
    """Decode, repair, split front matter, scan Markdown, extract claims, run note rules."""
    findings: list[Finding] = []
    decoded = decode_bytes(data)
    if decoded.text is None:
        message = "file holds NUL bytes: binary, not a note; skipped" if decoded.encoding == "binary" else "cannot be decoded as UTF-16"
        return NoteResult(None, (core_rules.BINARY.finding(path, 1, 1, message, key="binary"),))
    if decoded.problem == "bom":
        findings.append(core_rules.BOM.finding(path, 1, 1, "note starts with a UTF-8 byte-order mark", key="bom"))
    elif decoded.problem == "utf-16":
        findings.append(core_rules.LEGACY.finding(path, 1, 1, "note is UTF-16; Obsidian expects UTF-8", key="utf-16"))
    elif decoded.problem == "legacy":
        findings.append(
            core_rules.LEGACY.finding(
                path, 1, 1, f"note is not UTF-8; read as {decoded.encoding} (re-save it as UTF-8)", key="legacy"
            )
        )
    text = decoded.text
    if not text.strip():
        findings.append(core_rules.EMPTY.finding(path, 1, 1, "note is empty", key="empty"))

    repaired_text, regions = _repair(text)
    fm = split_front_matter(repaired_text)
    for problem in fm.problems:
        rule = {"yaml": core_rules.INVALID_YAML, "not-mapping": core_rules.INVALID_YAML, "unterminated": core_rules.UNTERMINATED}.get(
            problem.kind, core_rules.YAML_LIMITS
        )
        findings.append(rule.finding(path, problem.line, problem.column, str(problem), key=problem.kind))
    scan = scan_markdown(repaired_text, fm.body_line)
    props = dict(fm.properties)
    aliases = tuple(as_string_list(props.get("aliases", props.get("alias"))))
    fm_tags = tuple(Tag(t.lstrip("#"), 1, 1, "frontmatter") for t in as_string_list(props.get("tags")))
    links = (*scan_front_matter_links(repaired_text, fm.end_line), *scan.links)
    note = Note(
        path=path,
        text=repaired_text,
        body_line=fm.body_line,
        properties=props,
        links=links,
        headings=scan.headings,
        block_ids=scan.block_ids,
        tags=fm_tags + scan.tags,
        footnotes=scan.footnotes,
        aliases=aliases,
        code_ranges=scan.code_ranges,
        suppressions=scan.suppressions,
        content_hash=hashlib.sha256(data).hexdigest(),
        encoding=decoded.encoding,
        size=len(data),
        repaired=repaired_text != text,
        repair_regions=regions,
    )
    try:
        note = replace(note, claims=_extract_claims(repaired_text, props, scan.code_ranges))
    except Exception as exc:  # noqa: BLE001 - one note's failure never stops the run
        findings.append(INTERNAL.finding(path, 1, 1, f"claim extraction failed: {type(exc).__name__}: {exc}"))
    if _duplicates_enabled(config):  # hook runs skip them: computing them loads numpy
        try:
            note = replace(note, dedup=_dedup_features(note, config))
        except Exception as exc:  # noqa: BLE001
            findings.append(INTERNAL.finding(path, 1, 1, f"duplicate features failed: {type(exc).__name__}: {exc}"))
    findings.extend(run_note_rules(note, config))
    return NoteResult(note, tuple(findings))


def run_note_rules(note: Note, config: Config) -> list[Finding]:
    found: list[Finding] = []
    for rule in RULES.values():
        if rule.scope != "note" or rule.check is None or not config.rule_enabled(rule.id, rule.default_enabled):
            continue
        try:
            found.extend(rule.check(note, config))
        except Exception as exc:  # noqa: BLE001
            found.append(INTERNAL.finding(note.path, 1, 1, f"rule {rule.id} failed: {type(exc).__name__}: {exc}"))
    return found


# Bumped when what a cached NoteResult holds changes within one version (2: duplicate features;
# 3: properties no longer stored, rebuilt from the text; 4: the semantic layer's vector key;
# 5: code-size claims checked against each other within a note; 6: vaultkit.codec entries, not
# pickles: a vault's cache is hostile input).
CACHE_FORMAT = 6


def _cache_key(path: str, digest: str, config_digest: str) -> str:
    # The duplicate features' own version is part of the key: when they change, cached notes are
    # parsed again by the workers instead of having their features recomputed in the main process
    # on every run (vaultkit.dedup.pipeline.features_for recomputes stale ones).
    basis = f"{__version__}\x1f{CACHE_FORMAT}\x1f{FEATURES_VERSION}\x1f{config_digest}\x1f{path}\x1f{digest}"
    return hashlib.sha256(basis.encode("utf-8")).hexdigest()


def _strip_text(result: NoteResult, data: bytes) -> tuple[NoteResult, bool]:
    """Drop the note text from a cache entry when it is just the file's UTF-8 (rebuilt on load)."""
    note = result.note
    if note is None or note.encoding != "utf-8" or note.repaired:
        return result, False
    return NoteResult(note.without_text(), result.findings), True


def default_jobs() -> int:
    try:
        return max(1, len(os.sched_getaffinity(0)))
    except AttributeError:  # pragma: no cover - not Linux
        return os.cpu_count() or 1


def _without_gc(fn: Callable[..., VaultIndex]) -> Callable[..., VaultIndex]:
    """Reading a vault allocates millions of long-lived records; the cyclic GC's repeated
    passes over them cost more than the work itself (measured: warm 10k-note load 1.7 s → see
    benchmarks/RESULTS.md). The records hold no cycles, so collection waits until the end, and
    then the index is frozen (gc.freeze): the vault rules that follow allocate too, and every
    full collection would otherwise walk the index's millions of objects again."""
    import functools
    import gc

    @functools.wraps(fn)
    def wrapper(*args: object, **kwargs: object) -> VaultIndex:
        enabled = gc.isenabled()
        gc.disable()
        try:
            index = fn(*args, **kwargs)
            gc.freeze()
            return index
        finally:
            if enabled:
                gc.enable()

    return wrapper


class Progress(Protocol):
    """Told how many notes there are, then how many more are done (a progress bar)."""

    def start(self, total: int) -> None: ...
    def advance(self, done: int) -> None: ...
    def close(self) -> None: ...


# Notes are read, hashed, looked up and parsed this many at a time, so a 100k-note vault never
# holds every file's bytes and every parsed text at once (peak memory: benchmarks/RESULTS.md).
BATCH_SIZE = 2000


@_without_gc
def load_vault(
    path: str | Path,
    *,
    config: Config | None = None,
    jobs: int | None = None,
    use_cache: bool = True,
    progress: Progress | None = None,
) -> VaultIndex:
    """Discover and read every note of the vault at (or above) `path`."""
    start = Path(path)
    if not start.exists():
        raise VaultNotFound(f"{start}: no such folder")
    if not start.is_dir():
        raise VaultNotFound(f"{start}: not a folder (give the vault's folder)")
    root = find_vault_root(start)
    config = config if config is not None else load_config(root)
    found = discover(root, config.exclude)
    findings: list[Finding] = [core_rules.UNREADABLE.finding(p, 1, 1, msg, key=msg) for p, msg in found.problems]
    hashes: dict[str, str] = {}

    cache = None
    if use_cache:
        from vaultkit.cache import NoteCache

        cache = NoteCache(root)
    results: dict[str, NoteResult] = {}
    if progress:
        progress.start(len(found.notes))
    cache = _parse_notes(root, found.notes, config, cache, jobs, findings, results, hashes=hashes, progress=progress)
    if cache is not None:
        cache.close()
    if progress:
        progress.close()

    notes = []
    for rel in sorted(results):
        result = results[rel]
        findings.extend(result.findings)
        if result.note is not None:
            notes.append(result.note)
    files = tuple(sorted(set(found.files)))
    complete = not found.problems and len(hashes) == len(found.notes)
    return VaultIndex(root, tuple(notes), files, config, tuple(findings), use_cache=use_cache, hashes=hashes, complete=complete)


def _read_notes(root: Path, paths: Sequence[str], findings: list[Finding]) -> dict[str, bytes]:
    blobs: dict[str, bytes] = {}
    base = os.fspath(root)
    for rel in paths:
        try:
            # Plain string paths and one open per note: pathlib's joins cost more than the reads.
            with open(os.path.join(base, rel), "rb") as handle:
                size = os.fstat(handle.fileno()).st_size
                if size > MAX_NOTE_BYTES:
                    message = f"note is {size:,} bytes, over the {MAX_NOTE_BYTES:,}-byte limit; skipped"
                    findings.append(core_rules.UNREADABLE.finding(rel, 1, 1, message, key="huge"))
                    continue
                blobs[rel] = handle.read()
        except OSError as exc:
            findings.append(core_rules.UNREADABLE.finding(rel, 1, 1, f"cannot read: {exc.strerror or exc}", key="unreadable"))
    return blobs


def _parse_notes(
    root: Path,
    paths: Sequence[str],
    config: Config,
    cache: NoteCache | None,
    jobs: int | None,
    findings: list[Finding],
    results: dict[str, NoteResult],
    *,
    hashes: dict[str, str] | None = None,
    progress: Progress | None = None,
    reread: bool = True,
) -> NoteCache | None:
    """Read `paths` in batches and fill `results` from the cache or by parsing; returns the cache
    still usable. Pipelined: batch k+1 is read, hashed and looked up in the cache while the
    workers parse batch k, so the pool does not sit idle during the main process's share of the
    work. `reread`: restored notes read their text from the file again on first access (else
    they keep the bytes); `hashes` receives each note's content hash."""
    with _Parser(jobs or default_jobs()) as parser:
        pending: _Batch | None = None
        for first in range(0, len(paths), BATCH_SIZE):
            blobs = _read_notes(root, paths[first : first + BATCH_SIZE], findings)
            current, cache = _start_batch(blobs, config, cache, parser, results, root=root if reread else None, hashes=hashes)
            if pending is not None:
                cache = _finish_batch(pending, cache, results, progress)
            pending = current
        if pending is not None:
            cache = _finish_batch(pending, cache, results, progress)
    return cache


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
) -> tuple[_Batch, NoteCache | None]:
    """Fill `results` with the batch's cache hits and send its misses to the parser (they come
    back in `_finish_batch`); returns the batch and the cache still usable. `hashes`, when
    given, receives each note's content hash."""
    config_digest = config.digest
    digests = {rel: hashlib.sha256(data).hexdigest() for rel, data in blobs.items()}
    if hashes is not None:
        hashes.update(digests)
    keys = {rel: _cache_key(rel, digest, config_digest) for rel, digest in digests.items()}
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
            results[rel] = _restore(entry, blobs[rel], root and os.path.join(root, rel))
        else:
            misses.append(rel)
    fresh = parser.submit([(rel, blobs[rel], config) for rel in misses])
    return _Batch(blobs, keys, misses, fresh, root), cache


def _usable_entry(entry: object) -> TypeGuard[tuple[NoteResult, bool]]:
    """Whether a decoded cache entry is a (NoteResult, stripped) whose note can give its text."""
    if not (isinstance(entry, tuple) and len(entry) == 2 and isinstance(entry[0], NoteResult) and type(entry[1]) is bool):
        return False
    result, stripped = entry
    if not isinstance(result.findings, tuple):
        return False
    note = result.note
    return note is None or (isinstance(note, Note) and (stripped or "text" in note.__dict__))


def _finish_batch(
    batch: _Batch, cache: NoteCache | None, results: dict[str, NoteResult], progress: Progress | None = None
) -> NoteCache | None:
    """Collect a batch's parsed notes, store them in the cache and fill `results`."""
    from vaultkit import codec

    # Workers send their results encoded as the cache stores them (vaultkit.codec), so the main
    # process stores those bytes as they are and decodes each result once. A result the codec
    # cannot hold comes back as it is (pickled between our own processes) and is not cached.
    fresh = list(batch.fresh)
    misses, blobs, root = batch.misses, batch.blobs, batch.root
    if cache is not None and misses:
        encoded = {batch.keys[rel]: item for rel, item in zip(misses, fresh, strict=True) if isinstance(item, bytes)}
        with contextlib.suppress(Exception):  # a read-only vault is still checked
            cache.put_encoded(encoded)
    for rel, item in zip(misses, fresh, strict=True):
        entry = codec.decode(item) if isinstance(item, bytes) else item
        results[rel] = _restore(entry, blobs[rel], root and os.path.join(root, rel))
    if progress:
        progress.advance(len(blobs))
    return cache


def _restore(entry: tuple[NoteResult, bool], data: bytes, file: str | Path | None = None) -> NoteResult:
    """A parsed or cached result, its stripped note given back its text: to be read again from
    `file` on first access when given (a 100k-note vault need not hold 1 GB of bytes that most
    rules never read), else from `data`."""
    result, stripped = entry
    if stripped and result.note is not None:
        note = result.note.with_lazy_file(file) if file is not None else result.note.with_lazy_text(data)
        return NoteResult(note, result.findings)
    return result


def _parse_job(job: tuple[str, bytes, Config]) -> bytes | tuple[NoteResult, bool]:
    """Worker side: parse, and send the text back only when it is not just the bytes as UTF-8;
    the result comes back encoded, as the cache stores it (vaultkit.codec), or as it is when the
    codec cannot hold it (then it is not cached)."""
    from vaultkit import codec

    entry = _strip_text(parse_note(*job), job[1])
    try:
        return codec.encode(entry)
    except (TypeError, ValueError, OverflowError):
        return entry


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

    def submit(self, jobs_list: list[tuple[str, bytes, Config]]) -> Iterable[bytes | tuple[NoteResult, bool]]:
        """Start parsing; the encoded results, in order, come from iterating the returned object
        (on one job, or for a handful of notes, the parsing happens here and now)."""
        if self.jobs <= 1 or len(jobs_list) < 64:
            return [_parse_job(job) for job in jobs_list]
        if self._pool is None:
            from concurrent.futures import ProcessPoolExecutor

            self._pool = ProcessPoolExecutor(max_workers=self.jobs)
        chunksize = max(1, min(32, len(jobs_list) // (self.jobs * 8)))
        # Submitted now, collected lazily.
        encoded: Iterable[bytes | tuple[NoteResult, bool]] = self._pool.map(_parse_job, jobs_list, chunksize=chunksize)
        return encoded


# Below this many notes the vault rules run in one process: forking costs more than it saves.
PARALLEL_RULES_MIN_NOTES = 2000
# The duplicate rules share one dedup run, the costliest vault-scope work (seconds on 10k notes).
_APART = ("VK501", "VK502", "VK503")


def verify(
    index: VaultIndex,
    *,
    extra: Iterable[Finding] = (),
    jobs: int | None = None,
    alongside: Callable[[], object] | None = None,
) -> list[Finding]:
    """Run the vault-scope rules and return every enabled, unsuppressed finding, sorted.

    On a big vault with `jobs` of 2 or more, the lexical duplicate rules run in a forked child
    process while this one runs the others (both only read the index); the findings are the
    same as from one process, which is what happens when forking is not possible. `alongside`,
    when given, is called once after the rules of this process ran (while the child works)."""
    config = index.config
    found: list[Finding] = [*index.findings, *extra]
    rules = [
        r for r in RULES.values() if r.scope == "vault" and r.check is not None and config.rule_enabled(r.id, r.default_enabled)
    ]
    apart = [r for r in rules if r.id in _APART]
    child = None
    if apart and _can_fork(index, config, jobs):
        child = _fork_rules(index, apart)
    if child is not None:
        rules = [r for r in rules if r.id not in _APART]
    found.extend(_run_vault_rules(index, rules))
    if alongside is not None:
        alongside()
    if child is not None:
        found.extend(_join_rules(child, index, apart))
    return filter_findings(found, index)


def _run_vault_rules(index: VaultIndex, rules: Iterable[Any]) -> list[Finding]:
    found: list[Finding] = []
    for rule in rules:
        try:
            found.extend(rule.check(index, index.config))
        except Exception as exc:  # noqa: BLE001 - a failing rule is a finding, the run goes on
            found.append(INTERNAL.finding(".", 1, 1, f"rule {rule.id} failed: {type(exc).__name__}: {exc}"))
    return found


def _can_fork(index: VaultIndex, config: Config, jobs: int | None) -> bool:
    """Only when asked for 2+ jobs (the command line asks; a library caller who passes nothing
    gets one process), on Linux, with no other thread running (a fork copies only the calling
    thread) and without the semantic layer (torch is not to be forked into)."""
    import sys
    import threading

    if jobs is None or jobs < 2 or len(index.notes) < PARALLEL_RULES_MIN_NOTES:
        return False
    if sys.platform != "linux" or not hasattr(os, "fork") or threading.active_count() > 1:
        return False
    return not config.rule_enabled("VK504", False)


def _fork_rules(index: VaultIndex, rules: list[Any]) -> tuple[int, int] | None:
    """Start `rules` in a forked child that writes their findings, pickled, to a pipe."""
    import pickle
    import sys

    try:
        read_end, write_end = os.pipe()
        sys.stdout.flush()
        sys.stderr.flush()
        pid = os.fork()
    except OSError:
        return None
    if pid == 0:  # the child: never returns into the caller's code
        code = 0
        try:
            os.close(read_end)
            data = pickle.dumps(_run_vault_rules(index, rules), protocol=pickle.HIGHEST_PROTOCOL)
            with os.fdopen(write_end, "wb") as out:
                out.write(data)
        except BaseException:  # noqa: BLE001 - the parent runs the rules itself
            code = 1
        finally:
            os._exit(code)
    os.close(write_end)
    return pid, read_end


def _join_rules(child: tuple[int, int], index: VaultIndex, rules: list[Any]) -> list[Finding]:
    """The child's findings; when it failed, the rules run here instead."""
    import pickle

    pid, read_end = child
    with os.fdopen(read_end, "rb") as pipe:
        data = pipe.read()
    _, status = os.waitpid(pid, 0)
    if os.waitstatus_to_exitcode(status) == 0 and data:
        try:
            found = pickle.loads(data)  # noqa: S301 - our own forked child's pipe, never a file
            if isinstance(found, list):
                return found
        except Exception:  # noqa: BLE001, S110 - fall through to running them here
            pass
    return _run_vault_rules(index, rules)


def filter_findings(findings: Iterable[Finding], index: VaultIndex) -> list[Finding]:
    """Apply select/ignore, per-file ignores, severity overrides and inline suppressions."""
    config = index.config
    suppressed: dict[str, dict[int, frozenset[str]]] = {}
    for note in index.notes:
        if note.suppressions:
            suppressed[note.path] = {s.line: s.rules for s in note.suppressions}
    out: list[Finding] = []
    seen: set[tuple[object, ...]] = set()
    for f in findings:
        rule = RULES.get(f.rule)
        if rule is not None and not config.rule_enabled(f.rule, rule.default_enabled):
            continue
        if config.ignored_for(f.path, f.rule):
            continue
        rules_here = suppressed.get(f.path, {}).get(f.line)
        if rules_here is not None and (not rules_here or f.rule in rules_here):
            continue
        if f.rule in config.severity:
            f = replace(f, severity=config.severity[f.rule])
        ident = (f.sort_key, f.severity)
        if ident in seen:
            continue
        seen.add(ident)
        out.append(f)
    return sorted(out, key=lambda f: f.sort_key)


def exit_code(findings: Iterable[Finding]) -> int:
    """0 when clean or only warnings/info, 1 when any finding is an error."""
    return 1 if any(f.severity >= Severity.ERROR for f in findings) else 0
