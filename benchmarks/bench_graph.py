#!/usr/bin/env python3
"""Link resolution, the link graph and the link rules (VK301-VK308) on a generated vault.

    python benchmarks/bench_graph.py [--notes 10000] [--seed 0] [--repeat 7]

Generates a vault with benchmarks/generate.py (kept under benchmarks/_work/ and reused), parses
it once with vaultkit.api.load_vault (the note cache makes later runs quick), then times, in this
process and on the same parsed notes:

- the floor: one plain-dict lookup per link (what any resolver must at least do);
- the reference: the resolver, graph build and link-rule loops as first written (one fold per
  path per lookup, one networkx add_edge per link), kept in tests/test_graph_equivalence.py,
  where it is also the oracle the current code is compared with. It returns plain tuples where
  the first version built frozen dataclasses, so it is somewhat faster than that version was
  (run this script on an older checkout for its own figures);
- vaultkit: resolve_all, build_graph, both together (what issue 5's "builds its graph from
  parsed notes" measures), and the eight link rules from a fresh analysis, as verify runs them.

Each stage runs --repeat times; min and median of wall time and the min of this process's CPU
time are printed (other processes share the cores: CPU time and the min are the steadier
figures). The garbage collector matters here: `--gc on` (default) runs it as `vaultkit verify`
does, after one full collection has made the parsed vault old, so full collections over the
whole vault land in some repetitions (the medians); `--gc freeze` moves the parsed vault out of
its reach first (gc.freeze), `--gc off` disables it while timing. The results are checked to be
identical to the reference. Prints a Markdown block for benchmarks/RESULTS.md.
"""

from __future__ import annotations

import argparse
import datetime as dt
import gc
import json
import os
import platform
import statistics
import sys
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(HERE))
sys.path.insert(0, str(ROOT / "tests"))

from generate import generate_vault  # noqa: E402


def vault(workdir: Path, notes: int, seed: int) -> Path:
    root = workdir / f"graph-{notes}-{seed}"
    marker = root / ".obsidian" / "generated.json"
    if not marker.is_file():
        stats = generate_vault(root, notes, seed=seed)
        marker.write_text(json.dumps(stats.__dict__), encoding="utf-8")
        print(f"generated {root}: {stats}", file=sys.stderr)
    return root


def timed(fn: Callable[[], Any], repeat: int) -> tuple[dict[str, float], Any]:
    walls, cpus, out = [], [], None
    for _ in range(repeat):
        w, c = time.perf_counter(), time.process_time()
        out = fn()
        cpus.append(time.process_time() - c)
        walls.append(time.perf_counter() - w)
        out = out if len(walls) == repeat else None  # keep only the last result alive
    return {"min": min(walls), "median": statistics.median(walls), "cpu": min(cpus)}, out


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--notes", type=int, default=10_000)
    ap.add_argument("--seed", type=int, default=0)
    ap.add_argument("--repeat", type=int, default=7)
    ap.add_argument("--workdir", type=Path, default=HERE / "_work")
    ap.add_argument("--no-cache", action="store_true", help="parse every note (no note cache)")
    ap.add_argument("--gc", choices=("on", "freeze", "off"), default="on", help="the collector while timing (default: on)")
    args = ap.parse_args()

    import networkx as nx
    from test_graph_equivalence import _graph_dump, ref_build_graph, ref_findings, ref_resolve_all

    from vaultkit import links as analysis
    from vaultkit.api import load_vault
    from vaultkit.graph import build_graph, fold, resolve_all
    from vaultkit.rules import links as link_rules

    root = vault(args.workdir, args.notes, args.seed)
    t0 = time.perf_counter()
    index = load_vault(root, use_cache=not args.no_cache)
    load_s = time.perf_counter() - t0
    n_links = sum(len(n.links) for n in index.notes)
    n_targets = len({link.target for n in index.notes for link in n.links})
    gc.collect()
    if args.gc == "freeze":
        gc.freeze()
    elif args.gc == "off":
        gc.disable()

    def floor() -> int:
        names = {fold(n.name): n.path for n in index.notes}
        return sum(1 for n in index.notes for link in n.links if names.get(link.target) is not None)

    def rules() -> list[Any]:
        analysis._LAST.clear()
        return [f for rule in link_rules.RULES if rule.check is not None for f in rule.check(index, index.config)]

    stages: list[tuple[str, str, Callable[[], Any]]] = [
        ("floor", "floor: one dict lookup per link", floor),
        ("ref_resolve", "reference: resolve every link", lambda: ref_resolve_all(index)),
        ("ref_graph", "reference: resolve + build the graph (add_edge per link)", lambda: ref_build_graph(index)),
        ("ref_rules", "reference: link rules VK301-VK308", lambda: ref_findings(index)),
        ("resolve", "vaultkit: resolve_all", lambda: resolve_all(index)),
        ("graph_only", "vaultkit: build_graph from resolved links", lambda: build_graph(index, out["resolve"])),
        ("graph", "vaultkit: build_graph(index): resolve + build", lambda: build_graph(index)),
        ("rules", "vaultkit: link rules VK301-VK308 (fresh analysis)", rules),
    ]
    t: dict[str, dict[str, float]] = {}
    out: dict[str, Any] = {}
    for key, label, fn in stages:
        t[key], out[key] = timed(fn, args.repeat)
        summary = f"min {t[key]['min']:.3f} s  median {t[key]['median']:.3f} s  cpu {t[key]['cpu']:.3f} s"
        print(f"{label:52s} {summary}", file=sys.stderr)

    mine = [(r.source, r.link, (r.resolution.status, r.resolution.path, r.resolution.candidates)) for r in out["resolve"]]
    same_resolution = mine == out["ref_resolve"]
    same_graph = _graph_dump(out["graph"]) == _graph_dump(out["ref_graph"])
    got = [(f.rule, f.path, f.line, f.column, f.message, f.key) for f in out["rules"]]
    same_findings = got == out["ref_rules"]

    def ratio(ref: str, new: str) -> str:
        return f"{t[new]['min']:.3f} s vs {t[ref]['min']:.3f} s: {t[ref]['min'] / t[new]['min']:.1f}× faster"

    yes = {True: "yes", False: "NO"}
    graph = out["graph"]
    command = f"python benchmarks/bench_graph.py --notes {args.notes} --seed {args.seed} --repeat {args.repeat} --gc {args.gc}"
    print(f"\n### Link graph: {len(index.notes):,} notes, {n_links:,} links, seed {args.seed}\n")
    print(
        f"{dt.date.today()}, {platform.machine()}, {os.cpu_count()} cores, Python {platform.python_version()}, "
        f"networkx {nx.__version__}. `{command}`; vault loaded in {load_s:.1f} s "
        f"({'no cache' if args.no_cache else 'note cache'}). {n_targets:,} distinct link targets; graph "
        f"{graph.number_of_nodes():,} nodes, {graph.number_of_edges():,} edges; {len(got):,} link findings.\n"
    )
    print("| stage | min s | median s | CPU s (min) |\n|---|---|---|---|")
    for key, label, _ in stages:
        print(f"| {label} | {t[key]['min']:.3f} | {t[key]['median']:.3f} | {t[key]['cpu']:.3f} |")
    print()
    print(f"- graph from parsed notes: {ratio('ref_graph', 'graph')}")
    print(f"- resolution: {ratio('ref_resolve', 'resolve')}; {t['resolve']['min'] / n_links * 1e6:.1f} µs per link")
    print(f"- link rules with their resolution pass: {ratio('ref_rules', 'rules')}")
    same = f"resolutions {yes[same_resolution]}, graph {yes[same_graph]}, findings {yes[same_findings]}"
    print(f"- identical to the reference: {same}")
    if not (same_resolution and same_graph and same_findings):
        raise SystemExit("results differ from the reference")


if __name__ == "__main__":
    main()
