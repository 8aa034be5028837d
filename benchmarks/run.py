"""vaultkit against its floor and against obsidiantools, on one generated vault, in one run.

    python benchmarks/run.py --notes 10000 [--seed 0] [--skip-obsidiantools] [--jobs N]

Times, on the same vault: a raw read of every note (the floor), `vaultkit verify` cold (empty
cache; semantic duplicates off, as by default), warm (unchanged vault), warm with 5 notes changed,
and obsidiantools `Vault(path).connect()` (the `bench` extra installs it). Each vaultkit run is a
fresh process, timed from outside, with its peak memory (RSS). Prints each time, the ratios, and
a Markdown block to paste into benchmarks/RESULTS.md.
"""

from __future__ import annotations

import argparse
import datetime as dt
import os
import platform
import shutil
import subprocess
import sys
import time
from dataclasses import dataclass
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

from generate import generate_vault  # noqa: E402


def raw_read(root: Path) -> float:
    """The floor: read every note's bytes once (what any checker must do at least)."""
    start = time.perf_counter()
    total = 0
    for path in root.rglob("*.md"):
        if ".obsidian" not in path.parts and ".vaultkit" not in path.parts:
            total += len(path.read_bytes())
    return time.perf_counter() - start


def run_verify(root: Path, *extra: str) -> tuple[float, float, float]:
    """Seconds, peak RSS in MB of the main process, and peak PSS in MB of the whole process tree
    (workers and forked children included) of one `vaultkit verify`."""
    t = timed_verify(root, *extra)
    return t.wall, t.peak_rss, t.peak_tree_pss


@dataclass(frozen=True)
class Timing:
    wall: float  # seconds
    cpu: float  # CPU seconds of the process tree
    peak_rss: float  # MB, the main process alone (os.wait4)
    peak_tree_pss: float  # MB, the largest sum of PSS over the process tree, sampled every 0.1 s


def _tree_pss_mb(pid: int) -> float:
    """Sum of the proportional set size of `pid` and its descendants (shared pages split fairly,
    so forked children are not counted twice)."""
    children: dict[int, list[int]] = {}
    for entry in os.listdir("/proc"):
        if entry.isdigit():
            try:
                with open(f"/proc/{entry}/stat", "rb") as fh:
                    ppid = int(fh.read().rsplit(b")", 1)[1].split()[1])
            except (OSError, ValueError, IndexError):
                continue
            children.setdefault(ppid, []).append(int(entry))
    total, todo = 0, [pid]
    while todo:
        p = todo.pop()
        todo.extend(children.get(p, ()))
        try:
            with open(f"/proc/{p}/smaps_rollup", encoding="ascii") as fh:
                for line in fh:
                    if line.startswith("Pss:"):
                        total += int(line.split()[1])
                        break
        except OSError:
            continue
    return total / 1024


def timed_verify(root: Path, *extra: str) -> Timing:
    """One `vaultkit verify` in a fresh process, timed from outside. Exits on a failed run."""
    import threading

    cmd = [sys.executable, "-m", "vaultkit", "verify", str(root), "--format", "concise", "--exit-zero", *extra]
    before = os.times()
    start = time.perf_counter()
    proc = subprocess.Popen(cmd, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    peak = [0.0]
    done = threading.Event()

    def sample() -> None:
        while not done.wait(0.1):
            peak[0] = max(peak[0], _tree_pss_mb(proc.pid))

    sampler = threading.Thread(target=sample, daemon=True)
    if os.path.exists("/proc/self/smaps_rollup"):
        sampler.start()
    assert proc.stderr is not None
    err = proc.stderr.read().decode("utf-8", "replace")
    _, status, usage = os.wait4(proc.pid, 0)
    wall = time.perf_counter() - start
    done.set()
    after = os.times()
    code = os.waitstatus_to_exitcode(status)
    if code != 0:
        raise SystemExit(f"vaultkit verify failed ({code}): {err[-2000:]}")
    cpu = (after.children_user - before.children_user) + (after.children_system - before.children_system)
    return Timing(wall, cpu, usage.ru_maxrss / 1024, peak[0])


def time_obsidiantools(root: Path) -> float | None:
    """obsidiantools `Vault(path).connect()` in a child process (None when not installed)."""
    code = (
        "import sys,time\nfrom pathlib import Path\nfrom obsidiantools.api import Vault\n"
        "t=time.perf_counter()\nVault(Path(sys.argv[1])).connect()\nprint(time.perf_counter()-t)"
    )
    proc = subprocess.run([sys.executable, "-c", code, str(root)], capture_output=True, text=True, check=False)
    if proc.returncode != 0:
        print(f"obsidiantools not measured: {proc.stderr.strip().splitlines()[-1:]}", file=sys.stderr)
        return None
    return float(proc.stdout.strip().splitlines()[-1])


def change_notes(root: Path, count: int) -> None:
    notes = sorted(p for p in root.rglob("*.md") if ".vaultkit" not in p.parts)
    for path in notes[:: max(1, len(notes) // count)][:count]:
        with path.open("a", encoding="utf-8") as fh:
            fh.write(f"\nEdited at {time.time_ns()} — see [[Missing after edit]].\n")


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--notes", type=int, default=10_000)
    ap.add_argument("--seed", type=int, default=0)
    ap.add_argument("--jobs", type=int, default=None)
    ap.add_argument("--workdir", type=Path, default=HERE / "_work")
    ap.add_argument("--skip-obsidiantools", action="store_true")
    args = ap.parse_args()

    root = args.workdir / f"vault-{args.notes}-{args.seed}"
    if root.exists():
        shutil.rmtree(root)
    t0 = time.perf_counter()
    stats = generate_vault(root, args.notes, seed=args.seed)
    print(f"generated {root} in {time.perf_counter() - t0:.1f} s: {stats}")
    jobs = ["--jobs", str(args.jobs)] if args.jobs else []

    floor = min(raw_read(root) for _ in range(3))
    subprocess.run([sys.executable, "-m", "vaultkit", "clean", str(root)], check=True, stdout=subprocess.DEVNULL)
    cold, cold_mem, cold_pss = run_verify(root, *jobs)
    warm_runs = [run_verify(root, *jobs) for _ in range(3)]
    warm, warm_mem, warm_pss = min(w[0] for w in warm_runs), max(w[1] for w in warm_runs), max(w[2] for w in warm_runs)
    change_notes(root, 5)
    changed, changed_mem, changed_pss = run_verify(root, *jobs)
    ot = None if args.skip_obsidiantools else time_obsidiantools(root)

    size_mb = sum(p.stat().st_size for p in root.rglob("*.md")) / 1e6
    rows = [
        ("raw read of all notes (floor)", floor, None, None),
        ("vaultkit verify, cold (semantic off)", cold, cold_mem, cold_pss),
        ("vaultkit verify, warm", warm, warm_mem, warm_pss),
        ("vaultkit verify, 5 notes changed", changed, changed_mem, changed_pss),
    ]
    if ot is not None:
        rows.append(("obsidiantools Vault.connect()", ot, None, None))
    cpu = os.cpu_count()
    print(f"\n### {args.notes:,} notes ({size_mb:.0f} MB), seed {args.seed}\n")
    print(f"{dt.date.today()}, {platform.machine()} {cpu} cores, Python {platform.python_version()}, "
          f"jobs={args.jobs or 'default'}.\n")
    print("| run | seconds | peak RSS, main process | peak PSS, all processes |\n|---|---|---|---|")
    for name, secs, mem, pss in rows:
        print(f"| {name} | {secs:.2f} | {f'{mem:,.0f} MB' if mem else '–'} | {f'{pss:,.0f} MB' if pss else '–'} |")
    print()
    print(f"- warm / floor: {warm / floor:.1f}×")
    print(f"- cold / floor: {cold / floor:.1f}×")
    if ot is not None:
        print(f"- obsidiantools / vaultkit cold: {ot / cold:.1f}× (vaultkit is that many times faster)")


if __name__ == "__main__":
    main()
