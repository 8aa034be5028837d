"""The driver on Dask distributed: submits the steps of cluster.work, writes findings as they come.

The driver holds the configuration, counts and a bounded number of futures (at most MAX_MAPS map
tasks, MAX_MAPS × 16 handles per shuffle): the walk of the vault runs on a worker and every path,
note record, link, key, candidate pair and finding lives on the workers until it is written. Findings are written to `out` (JSON
lines, one finding a line) as each task finishes, in no particular order; a task's result is
released once written.
"""

from __future__ import annotations

import json
import os
import time
import uuid
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import IO, Any

from vaultkit.cluster import work
from vaultkit.config import Config, load_config
from vaultkit.model import Finding, Severity

# Notes per map task: big enough that a task's overhead (~1 ms on the scheduler) is noise, small
# enough that a worker's map output stays a few MB.
CHUNK = 2000
# At most this many map tasks: past CHUNK × MAX_MAPS notes each map takes more notes, so the
# handles the driver holds (maps × buckets per shuffle) and the scheduler's tasks stay bounded.
MAX_MAPS = 64


@dataclass
class RunStats:
    notes: int = 0  # notes the walk found (what the run is planned on)
    checked: int = 0  # notes parsed (a binary or unreadable .md is a finding, not a note), as verify counts
    files: int = 0
    findings: int = 0
    errors: int = 0
    components: int = 0
    candidate_pairs: int = 0
    seconds: dict[str, float] = field(default_factory=dict)


def _distributed() -> Any:
    """dask.distributed, typed as Any (its public functions carry no annotations)."""
    import importlib

    return importlib.import_module("distributed")


# Seconds to wait for a scheduler (or a scheduler file's scheduler) to answer: an address that
# answers nothing is a mistake to report soon, not after dask's default 30 s.
CONNECT_TIMEOUT = 8


def connect(address: str | None = None, *, workers: int = 2, threads: int = 1, timeout: float = CONNECT_TIMEOUT) -> Any:
    """A distributed Client: at `address` (a scheduler address or a scheduler file's path), else
    DASK_SCHEDULER_ADDRESS, else a LocalCluster of `workers` processes started here.

    A scheduler that cannot be reached within `timeout` seconds, an address or scheduler file
    that is not one, or a local cluster that cannot start is UsageError (one line, exit 2)."""
    from vaultkit.errors import UsageError

    if workers < 1:
        raise UsageError("--jobs must be 1 or more")
    dist = _distributed()
    given = address
    address = address or os.environ.get("DASK_SCHEDULER_ADDRESS") or None
    where = "--engine-address" if given else "DASK_SCHEDULER_ADDRESS"
    try:
        if address:
            if os.path.isfile(address):
                return dist.Client(scheduler_file=address, timeout=timeout)
            return dist.Client(address, timeout=timeout)
        cluster = dist.LocalCluster(n_workers=workers, threads_per_worker=threads, processes=True, dashboard_address=":0")
        return dist.Client(cluster)
    except (OSError, ValueError, TimeoutError, TypeError, KeyError, AssertionError) as exc:
        # dask's own: a dead port (OSError), a malformed address (ValueError), a file that is not
        # a scheduler file (KeyError, AssertionError).
        reason = " ".join(str(exc).split())[:200] or type(exc).__name__
        if not address:
            raise UsageError(f"--engine dask: cannot start a local cluster of {workers} workers: {reason}") from None
        if os.path.isfile(address):
            what = f"is not a Dask scheduler file, or its scheduler does not answer within {timeout:g} s"
        elif isinstance(exc, ValueError) or ("://" not in address and ":" not in address):
            what = "is neither a scheduler address (tcp://host:8786) nor an existing scheduler file"
        else:
            what = f"no Dask scheduler answers there within {timeout:g} s"
        raise UsageError(
            f"{where} {address}: {what} ({reason}); start the scheduler, or give its address or scheduler file"
        ) from None


def _encodes(text: str) -> bool:
    try:
        text.encode("utf-8")
    except UnicodeEncodeError:
        return False
    return True


def map_count(notes: int, chunk: int = CHUNK, max_maps: int = MAX_MAPS) -> int:
    """Map tasks for `notes` notes: one per `chunk` notes, at most `max_maps` (the chunk grows
    with the vault past chunk × max_maps notes), at least one."""
    return max(1, min(max_maps, -(-notes // max(1, chunk))))


def check_vault(
    client: Any,
    root: str | Path,
    out: IO[str],
    *,
    config: Config | None = None,
    chunk: int = CHUNK,
    max_maps: int = MAX_MAPS,
    on_finding: Callable[[Finding], None] | None = None,
    progress: Callable[[str, int, int], None] | None = None,
    use_cache: bool = True,
) -> RunStats:
    """Check the vault at `root` (a path every worker can read) on `client`'s cluster; write each
    finding to `out` as a JSON line as soon as its task is done. Returns counts and timings.

    What the driver holds does not grow with the vault: the walk runs on a worker (its paths
    stay there, cut into the map tasks' parts), the map tasks are at most `max_maps`, each
    shuffle is (maps × buckets) handles, and the candidate pairs of the duplicate layers are
    grouped on a worker and verified in at most `max_maps` batches. `progress(step, done,
    total)` is called as the walk, each map task and each batch of duplicates is done. Without
    `use_cache` (--no-cache) nothing is read from or written into the vault's .vaultkit/ folder."""
    as_completed = _distributed().as_completed

    root = Path(root).resolve()
    config = config if config is not None else load_config(root)
    stats = RunStats()
    t0 = time.perf_counter()
    tell = progress or (lambda step, done, total: None)
    config_f = client.scatter(config, broadcast=True, hash=False)
    walk = client.submit(work.walk_vault, str(root), config_f, pure=False)
    stats.notes, stats.files, walk_findings = client.submit(work.walk_head, walk, pure=False).result()
    tell("walk", stats.notes, stats.files)
    steps = work.enabled_steps(config)
    n_maps = map_count(stats.notes, chunk, max_maps)
    buckets = max(1, min(16, n_maps))
    plan = work.Plan(buckets, buckets, buckets, steps["links"], steps["claims"], steps["dupes"])
    plan_f = client.scatter(plan, broadcast=True, hash=False)
    maps = []
    semantic = None
    if steps["semantic"]:
        from vaultkit.cluster.semantic import SemanticRun

        semantic = SemanticRun(client, root, config, config_f, notes=stats.notes, use_cache=use_cache)
    for k in range(n_maps):
        part = client.submit(work.walk_part, walk, k, n_maps, pure=False)
        maps.append(client.submit(work.map_part, str(root), part, config_f, plan_f, pure=False))
        if semantic is not None:
            semantic.add_part(part)
    del walk, part  # the walk's paths are freed on its worker once every part is cut
    checked = [client.submit(work.notes_parsed, m, pure=False) for m in maps]  # one int a map

    def write(findings: Iterable[Finding]) -> None:
        for f in findings:
            line = json.dumps(f.to_dict(), ensure_ascii=False)
            if not line.isascii() and not _encodes(line):
                line = json.dumps(f.to_dict())  # a non-UTF-8 file name: \udcff escapes, as --format json writes
            out.write(line + "\n")
            stats.findings += 1
            stats.errors += f.severity >= Severity.ERROR
            if on_finding is not None:
                on_finding(f)

    write(walk_findings)
    del walk_findings
    map_findings = [client.submit(work.findings_of, m, pure=False) for m in maps]
    pending = list(map_findings)

    def reduce_step(sources: list[Any], kind: str, n: int, fn: Callable[..., Any], *extra: Any) -> list[Any]:
        futures = []
        for b in range(n):
            parts = [client.submit(work.pick, m, kind, b, pure=False) for m in sources]
            futures.append(client.submit(fn, config_f, parts, *extra, pure=False))
        return futures

    link_outs = reduce_step(maps, "links", buckets, work.reduce_links) if plan.links else []
    claim_outs = reduce_step(maps, "claims", buckets, work.reduce_claims) if plan.claims else []
    dupe_outs = reduce_step(maps, "dupes", buckets, work.reduce_dupe_keys, buckets) if plan.dupes else []
    pending += [client.submit(work.findings_of, lo, pure=False) for lo in link_outs] + claim_outs
    if link_outs:
        run = uuid.uuid4().hex
        note_names = [client.submit(work.names_of, m, "notes", pure=False) for m in maps]
        file_names = [client.submit(work.names_of, m, "files", pure=False) for m in maps]
        for lo in link_outs:
            needs = client.submit(work.needs_of, lo, pure=False)
            pending.append(client.submit(work.suggest_links, config_f, run, needs, note_names, file_names, pure=False))
        del note_names, file_names
    del link_outs, claim_outs
    template_parts: list[Any] = []
    unfilled_parts: list[Any] | None = None
    if plan.dupes:
        # Template lines and unfilled templates: line hash -> path -> line hash -> path.
        line_outs = reduce_step(maps, "lines", buckets, work.template_lines, buckets)
        template_parts = [client.submit(work.template_of, lo, pure=False) for lo in line_outs]
        own_outs = []
        for b in range(buckets):
            shares = [client.submit(work.own_part, lo, b, pure=False) for lo in line_outs]
            owners = [client.submit(work.pick, m, "owners", b, pure=False) for m in maps]
            own_outs.append(client.submit(work.own_words, shares, owners, buckets, pure=False))
        support = []
        for b in range(buckets):
            holders = [client.submit(work.by_line_part, oo, b, pure=False) for oo in own_outs]
            support.append(client.submit(work.supported, line_outs[b], holders, buckets, pure=False))
        unfilled = []
        for b in range(buckets):
            counted = [client.submit(work.supported_part, sp, b, pure=False) for sp in support]
            unfilled.append(client.submit(work.unfilled_notes, config_f, own_outs[b], counted, pure=False))
        unfilled_parts = [client.submit(work.unfilled_paths, u, pure=False) for u in unfilled]
        pending += [client.submit(work.unfilled_findings, u, pure=False) for u in unfilled]
        del line_outs, own_outs, support, unfilled, shares, owners, holders, counted
    del maps  # each map's output is freed on its worker once the tasks above have read it
    # The semantic layer (cluster.semantic): its pairs join the candidate pairs' groups.
    sem = semantic.submit(unfilled_parts) if semantic is not None else None
    if sem is not None:
        pending.append(sem.findings)
    verified: list[Any] = []
    groups = None
    if dupe_outs:
        # Candidate pairs -> connected groups on a worker -> verified in batches where they land.
        pair_parts = [client.submit(work.pairs_of, d, pure=False) for d in dupe_outs]
        for b in range(buckets):
            shared = [client.submit(work.pick, d, "", b, pure=False) for d in dupe_outs]
            pair_parts.append(client.submit(work.count_sample_pairs, shared, pure=False))
        if sem is not None:
            pair_parts += sem.keys
        groups = client.submit(work.group_components, pair_parts, n_maps, pure=False)
        verified = [
            client.submit(
                work.verify_batch, str(root), client.submit(work.batch_of, groups, k, pure=False), config_f,
                template_parts, unfilled_parts, sem.pairs if sem is not None else None, pure=False,
            )
            for k in range(n_maps)
        ]
        del sem
        del dupe_outs, pair_parts, shared
    del template_parts, unfilled_parts
    maps_done = 0
    firsts = {f.key for f in map_findings}
    del map_findings
    for done in as_completed(pending):
        write(done.result())
        if done.key in firsts:
            maps_done += 1
            tell("map", maps_done, n_maps)
        done.release()
    del pending
    stats.seconds["checked"] = time.perf_counter() - t0
    if groups is not None:
        stats.candidate_pairs, stats.components = client.submit(work.group_counts, groups, pure=False).result()
        del groups
        for batches, done in enumerate(as_completed(verified), 1):
            write(done.result())
            done.release()
            tell("duplicates", batches, len(verified))
        del verified
    stats.checked = sum(client.gather(checked))
    stats.seconds["total"] = time.perf_counter() - t0
    return stats
