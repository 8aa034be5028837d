"""Issue 22: the cluster engine (vaultkit.cluster) against the local one.

    python benchmarks/bench_cluster.py gen /tmp/v100k --notes 100000     # short notes (~0.5 KB)
    python benchmarks/bench_cluster.py map local|dask|ray /tmp/v100k       # the map step alone
    python benchmarks/bench_cluster.py check /tmp/v100k --workers 2        # the whole cluster run
    python benchmarks/bench_cluster.py check /tmp/v1m --address sched.json # on a running scheduler
    python benchmarks/bench_cluster.py compare /tmp/v1k                    # local vs cluster findings

Each prints one JSON line: wall seconds and the driver's peak RSS (ru_maxrss of this process;
workers are other processes). Run one measurement per process, so each peak is its own.

The map step is what the issue asks to compare engines on: parse_note over every note, the
findings brought back to the driver and written as JSON lines (to /dev/null). The local engine
is engine.load.parse_paths (a process pool of 2, results held in the driver, as load_vault does).
"""

from __future__ import annotations

import argparse
import json
import os
import random
import resource
import sys
import time
from pathlib import Path
from typing import Any

SYLLABLES = "ka ri to me su na lo vi de pa mu ze ro ti ga no be shi la ve".split()  # noqa: SIM905
# 8,000 pseudo-words: unrelated notes share few 5-word shingles and few word sets, as distinct
# notes of one vault do (a small vocabulary makes every pair of short notes a candidate).
WORDS = sorted({"".join(s) for s in __import__("itertools").product(SYLLABLES, repeat=3)})[:8000]


def _sentence(rng: random.Random, n: int) -> str:
    return " ".join(rng.choice(WORDS) for _ in range(n)).capitalize() + "."


def generate(out: Path, notes: int, seed: int = 0) -> dict[str, int]:
    """Short notes (~0.5 KB): a title, two paragraphs of random words (~40 words), 2-4 links
    (~3 % broken, 2 % to a heading the note lacks, 8 % to one it has), an alias on 1 in 10, a
    copied body 1 in 100, an edited copy 1 in 100 (one word changed), a whole note copied 1 in
    100, in 100 folders. Same arguments, same bytes."""
    rng = random.Random(seed)
    out.mkdir(parents=True, exist_ok=True)
    (out / ".obsidian").mkdir(exist_ok=True)
    bodies: list[str] = []
    texts: list[str] = []
    stats = {"notes": notes, "copies": 0, "edited": 0, "broken": 0, "whole_copies": 0}
    for i in range(notes):
        folder = out / f"f{i % 100:03d}"
        folder.mkdir(exist_ok=True)
        links = []
        for _ in range(rng.randint(2, 4)):
            j = rng.randrange(notes)
            roll = rng.random()
            if roll < 0.03:
                links.append(f"[[Missing {j}]]")
                stats["broken"] += 1
            elif roll < 0.05:
                links.append(f"[[Note {j}#Summary]]")  # a heading no note has
            elif roll < 0.13:
                links.append(f"[[Note {j}#Details]]")
            else:
                links.append(f"[[Note {j}]]")
        roll = rng.random()
        if bodies and roll < 0.01:
            body = rng.choice(bodies)
            stats["copies"] += 1
        elif bodies and roll < 0.02:
            words = rng.choice(bodies).split(" ")
            words[rng.randrange(len(words))] = "changed"
            body = " ".join(words)
            stats["edited"] += 1
        else:
            body = " ".join(_sentence(rng, rng.randint(8, 14)) for _ in range(3))
            body += "\n\n" + " ".join(_sentence(rng, rng.randint(8, 14)) for _ in range(2))
        if len(bodies) < 5000:
            bodies.append(body)
        front = f"---\naliases: [Alias {i}]\n---\n" if rng.random() < 0.1 else ""
        text = f"{front}# Note {i}\n\n{body}\n\n## Details\n\nSee {', '.join(links)}.\n"
        if texts and rng.random() < 0.01:
            text = rng.choice(texts)  # a whole note copied (an exact duplicate)
            stats["whole_copies"] += 1
        elif len(texts) < 5000:
            texts.append(text)
        (folder / f"Note {i}.md").write_text(text, encoding="utf-8")
    return stats


def peak_rss_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def cpu_seconds() -> float:
    """User + system CPU seconds of this process (a worker's, when run there)."""
    usage = resource.getrusage(resource.RUSAGE_SELF)
    return round(usage.ru_utime + usage.ru_stime, 1)


def _paths(root: Path) -> tuple[list[str], object]:
    from vaultkit.config import load_config
    from vaultkit.engine.load import discover_notes

    config = load_config(root)
    found, _ = discover_notes(root, config)
    return list(found.notes), config


def map_local(root: Path) -> dict[str, object]:
    from vaultkit.engine.load import note_config, parse_paths

    paths, config = _paths(root)
    findings: list[object] = []
    results = parse_paths(root, paths, note_config(config), use_cache=False, jobs=2, findings=findings)  # type: ignore[arg-type]
    with open(os.devnull, "w") as out:
        for result in results.values():
            for f in result.findings:
                out.write(json.dumps(f.to_dict()) + "\n")
    return {"notes": len(paths)}


def _map_task(root: str, paths: list[str], config: object) -> list[object]:
    """The map step alone on a worker: parse each note, return its findings."""
    from vaultkit.engine.load import note_config, read_notes
    from vaultkit.engine.parse import parse_note_bounded

    parse_config = note_config(config)  # type: ignore[arg-type]
    out: list[object] = []
    for rel, data in read_notes(Path(root), paths):
        if isinstance(data, bytes):
            out.extend(parse_note_bounded(rel, data, parse_config).findings)
        else:
            out.append(data)
    return out


def map_dask(root: Path, chunk: int = 2000) -> dict[str, object]:
    import importlib

    dist: Any = importlib.import_module("distributed")  # untyped functions
    paths, config = _paths(root)
    client = dist.Client(dist.LocalCluster(n_workers=2, threads_per_worker=1, processes=True, dashboard_address=None))
    started = time.perf_counter()
    futures = [client.submit(_map_task, str(root), paths[i : i + chunk], config, pure=False) for i in range(0, len(paths), chunk)]
    n = 0
    with open(os.devnull, "w") as out:
        for fut in dist.as_completed(futures):
            for f in fut.result():
                out.write(json.dumps(f.to_dict()) + "\n")
                n += 1
            fut.release()
    wall = time.perf_counter() - started
    client.close()
    return {"notes": len(paths), "findings": n, "map_s_after_start": round(wall, 2)}


def map_ray(root: Path, chunk: int = 2000) -> dict[str, object]:
    import ray

    paths, config = _paths(root)
    ray.init(num_cpus=2, include_dashboard=False, log_to_driver=False)
    task = ray.remote(_map_task)
    started = time.perf_counter()
    config_ref = ray.put(config)
    refs = [task.remote(str(root), paths[i : i + chunk], config_ref) for i in range(0, len(paths), chunk)]
    n = 0
    with open(os.devnull, "w") as out:
        while refs:
            done, refs = ray.wait(refs, num_returns=1)
            for f in ray.get(done[0]):
                out.write(json.dumps(f.to_dict()) + "\n")
                n += 1
            del done
    wall = time.perf_counter() - started
    ray.shutdown()
    return {"notes": len(paths), "findings": n, "map_s_after_start": round(wall, 2)}


def peak_of_process() -> float:
    """VmHWM of the calling process in MB (run on a worker or the scheduler)."""
    with open("/proc/self/status") as f:
        return int(f.read().split("VmHWM:")[1].split()[0]) / 1024


def rss_now_mb() -> float:
    with open("/proc/self/status") as f:
        return int(f.read().split("VmRSS:")[1].split()[0]) / 1024


def check(root: Path, workers: int, chunk: int, address: str | None = None) -> dict[str, object]:
    """The whole cluster run. With `address` (a scheduler file or address: the scheduler in its own
    process, as a real cluster has it) the scheduler's and workers' peaks are read there; without,
    a LocalCluster is started in this process (its scheduler's memory is then the driver's).
    Progress goes to stderr: the walk, each map task and batch of duplicates, and the driver's
    RSS every 10 s (its curve is returned too)."""
    import threading

    from vaultkit.cluster import dask_engine

    client = dask_engine.connect(address, workers=workers)
    started = time.perf_counter()
    curve: list[tuple[int, int]] = []
    by_rule: dict[str, int] = {}

    def log(step: str, done: int, total: int) -> None:
        at = time.perf_counter() - started
        print(f"{at:8.1f} s {step} {done}/{total} driver RSS {rss_now_mb():.0f} MB", file=sys.stderr, flush=True)

    stop = threading.Event()

    def sample() -> None:
        while not stop.wait(10):
            curve.append((round(time.perf_counter() - started), round(rss_now_mb())))

    def count(f: Any) -> None:
        by_rule[f.rule] = by_rule.get(f.rule, 0) + 1

    threading.Thread(target=sample, daemon=True).start()
    with open(os.devnull, "w") as out:
        stats = dask_engine.check_vault(client, root, out, chunk=chunk, on_finding=count, progress=log)
    wall = time.perf_counter() - started
    stop.set()
    workers_rss = client.run(peak_of_process)  # each worker process's own peak
    workers_cpu = client.run(cpu_seconds)
    scheduler = round(client.run_on_scheduler(peak_of_process)) if address else None
    n_workers = len(workers_rss)
    client.close()
    return {
        "workers": n_workers, "check_s_after_start": round(wall, 2),
        "worker_peak_rss_mb": sorted(round(v) for v in workers_rss.values()),
        "scheduler_peak_rss_mb": scheduler, "worker_cpu_s": sorted(workers_cpu.values()), "driver_cpu_s": cpu_seconds(),
        "by_rule": dict(sorted(by_rule.items())), "driver_rss_curve_mb": curve, **stats.__dict__,
    }


def compare(root: Path) -> dict[str, object]:
    import io

    from vaultkit.cluster import dask_engine
    from vaultkit.engine.load import load_vault
    from vaultkit.engine.run import verify

    index = load_vault(root, use_cache=False, jobs=2)
    local = {(f.rule, f.path, f.line, f.message) for f in verify(index, jobs=2)}
    client = dask_engine.connect(workers=2)
    buf = io.StringIO()
    dask_engine.check_vault(client, index.root, buf)
    client.close()
    rows = [json.loads(line) for line in buf.getvalue().splitlines()]
    cluster = {(r["rule"], r["path"], r["line"], r["message"]) for r in rows}
    return {
        "local": len(local), "cluster": len(cluster), "identical": local == cluster,
        "only_local": sorted(local - cluster)[:10], "only_cluster": sorted(cluster - local)[:10],
    }


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    sub = ap.add_subparsers(dest="cmd", required=True)
    g = sub.add_parser("gen")
    g.add_argument("out", type=Path)
    g.add_argument("--notes", type=int, default=1000)
    g.add_argument("--seed", type=int, default=0)
    m = sub.add_parser("map")
    m.add_argument("engine", choices=("local", "dask", "ray"))
    m.add_argument("vault", type=Path)
    c = sub.add_parser("check")
    c.add_argument("vault", type=Path)
    c.add_argument("--workers", type=int, default=2)
    c.add_argument("--chunk", type=int, default=2000)
    c.add_argument("--address", help="a running scheduler (address or scheduler file); default: a LocalCluster here")
    k = sub.add_parser("compare")
    k.add_argument("vault", type=Path)
    args = ap.parse_args()
    started = time.perf_counter()
    result: dict[str, object]
    if args.cmd == "gen":
        result = dict(generate(args.out, args.notes, args.seed))
    elif args.cmd == "map":
        result = {"local": map_local, "dask": map_dask, "ray": map_ray}[args.engine](args.vault.resolve())
        result["engine"] = args.engine
    elif args.cmd == "check":
        result = check(args.vault.resolve(), args.workers, args.chunk, args.address)
    else:
        result = compare(args.vault.resolve())
    result["wall_s"] = round(time.perf_counter() - started, 2)
    result["driver_peak_rss_mb"] = round(peak_rss_mb(), 1)
    json.dump(result, sys.stdout, default=str)
    print()


if __name__ == "__main__":
    main()
