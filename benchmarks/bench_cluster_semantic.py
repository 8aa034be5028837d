"""The semantic duplicate layer (VK504, VK505) on the Dask cluster engine (issue 22, part 2).

    python benchmarks/bench_cluster_semantic.py pairs VAULT [--workers 2]   # the semantic layer alone
    python benchmarks/bench_cluster_semantic.py compare VAULT [--workers 2] # local vs cluster findings

`pairs` runs vaultkit.cluster.semantic.SemanticRun on a LocalCluster of `--workers` processes
(one thread each): note records, representatives, embedding with the configured backend (the
default: multilingual USE, numpy), the sharded exact search and the mutual pairs. It prints a
JSON progress line (notes embedded so far, seconds) at most every `--every` seconds while
embedding, then one JSON result line: wall, notes/s, pairs, driver and worker peak RSS. The vault's
vector cache is used as the local engine uses it: delete VAULT/.vaultkit to measure a cold run.
Unfilled template instances are not excluded (that step is part 1's; generated vaults have none).

`compare` checks the vault with the semantic layer on (`[dedup] semantic = true`, VK505 selected)
with the local engine and with the cluster engine, and prints whether the findings (rule, path,
line, message) are identical. `--cold` removes the vault's vector cache before each engine, so
both embed every note; without it the cluster reads the vectors the local run cached.
"""

from __future__ import annotations

import argparse
import json
import resource
import sys
import time
from dataclasses import replace
from pathlib import Path
from typing import Any


def peak_rss_mb() -> float:
    return round(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024, 1)


def semantic_config(root: Path) -> Any:
    """The vault's configuration with the semantic layer on: `[dedup] semantic = true` (VK504)
    and VK505 selected besides every rule enabled by default."""
    from types import MappingProxyType

    from vaultkit.config import load_config

    config = load_config(root)
    sections = dict(config.sections)
    sections["dedup"] = MappingProxyType({**config.section("dedup"), "semantic": True})
    select = (*(config.select or ("VK",)), "VK504", "VK505")
    return replace(config, sections=MappingProxyType(sections), select=select)


def pairs(root: Path, workers: int, every: float) -> dict[str, object]:
    from vaultkit.cluster import dask_engine
    from vaultkit.cluster.semantic import SemanticRun
    from vaultkit.config import load_config
    from vaultkit.engine.load import discover_notes

    config = load_config(root)
    client = dask_engine.connect(workers=workers)
    started = time.perf_counter()
    found, _ = discover_notes(root, config)
    notes = list(found.notes)
    run = SemanticRun(client, root, config, notes=len(notes))
    for k in range(0, len(notes), dask_engine.CHUNK):
        run.add_part(notes[k : k + dask_engine.CHUNK])
    n_notes = len(notes)
    del notes, found
    last = [0.0]

    def progress(done: int, finished: bool, seconds: float) -> None:
        if seconds - last[0] >= every or finished:
            last[0] = seconds
            since = round(time.perf_counter() - started, 1)
            line = {"representatives_done": done, "finished": finished, "embed_s": round(seconds, 1), "since_start_s": since}
            print(json.dumps(line), flush=True)

    given = run.pairs(None, on_progress=progress)
    wall = time.perf_counter() - started
    workers_rss = client.run(peak_rss_mb)
    client.close()
    stats = run.stats
    return {
        "cmd": "pairs", "vault": str(root), "notes": n_notes, "representatives": stats.notes, "embedded": stats.embedded,
        "workers": workers, "wall_s": round(wall, 1), "notes_per_s": round(n_notes / wall, 2) if wall else None,
        "pairs": stats.pairs, "translations": stats.translations, "embed_slices": stats.slices, "search_groups": stats.groups,
        "seconds": {k: round(v, 1) for k, v in stats.seconds.items()}, "skipped": given.message,
        "worker_peak_rss_mb": sorted(workers_rss.values()),
    }


def compare(root: Path, workers: int, cold: bool) -> dict[str, object]:
    """Local findings, then the cluster's; with `cold`, the vault's vector cache is removed
    before each, so both engines embed every note (else the cluster reads the local run's)."""
    import io
    import shutil

    from vaultkit.cluster import dask_engine
    from vaultkit.engine.load import load_vault
    from vaultkit.engine.run import verify
    from vaultkit.store.vectors import vectors_dir

    config = semantic_config(root)
    cache = vectors_dir(root)
    if cold and cache is not None:
        shutil.rmtree(cache, ignore_errors=True)
    t0 = time.perf_counter()
    index = load_vault(root, use_cache=False, jobs=1, exact=True, config=config)
    local = {(f.rule, f.path, f.line, f.message) for f in verify(index)}
    local_s = time.perf_counter() - t0
    if cold and cache is not None:
        shutil.rmtree(cache, ignore_errors=True)
    client = dask_engine.connect(workers=workers)
    t0 = time.perf_counter()
    buf = io.StringIO()
    dask_engine.check_vault(client, index.root, buf, config=config)
    cluster_s = time.perf_counter() - t0
    client.close()
    rows = [json.loads(line) for line in buf.getvalue().splitlines()]
    cluster = {(r["rule"], r["path"], r["line"], r["message"]) for r in rows}
    rules: dict[str, int] = {}
    for r in local:
        rules[r[0]] = rules.get(r[0], 0) + 1
    return {
        "cmd": "compare", "vault": str(root), "cold": cold, "notes": len(index.notes),
        "local": len(local), "cluster": len(cluster),
        "written": len(rows), "identical": local == cluster and len(rows) == len(cluster),
        "semantic_findings": {k: v for k, v in sorted(rules.items()) if k in ("VK504", "VK505")},
        "local_s": round(local_s, 1), "cluster_s": round(cluster_s, 1),
        "only_local": sorted(local - cluster)[:5], "only_cluster": sorted(cluster - local)[:5],
    }


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    sub = ap.add_subparsers(dest="cmd", required=True)
    p = sub.add_parser("pairs")
    p.add_argument("vault", type=Path)
    p.add_argument("--workers", type=int, default=2)
    p.add_argument("--every", type=float, default=60.0, help="seconds between progress lines")
    c = sub.add_parser("compare")
    c.add_argument("vault", type=Path)
    c.add_argument("--workers", type=int, default=2)
    c.add_argument("--cold", action="store_true", help="both engines embed every note (vector cache removed before each)")
    args = ap.parse_args()
    started = time.strftime("%Y-%m-%dT%H:%M:%SZ", time.gmtime())
    if args.cmd == "pairs":
        result = pairs(args.vault.resolve(), args.workers, args.every)
    else:
        result = compare(args.vault.resolve(), args.workers, args.cold)
    result["started_utc"] = started
    result["driver_peak_rss_mb"] = peak_rss_mb()
    json.dump(result, sys.stdout, default=str)
    print()


if __name__ == "__main__":
    main()
