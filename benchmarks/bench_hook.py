"""The pre-commit hook on a big vault: `vaultkit verify --hook` on 5 staged notes of 10,000.

    python benchmarks/bench_hook.py [--notes 10000] [--seed 0] [--runs 7] [--work DIR]

Generates the vault (benchmarks/generate.py) in a git repository, warms the caches with one
full `vaultkit verify`, then, several times: rewrites 5 notes (a new sentence and a new broken
link each, so every run parses them afresh, as a commit would), stages them and times
`vaultkit verify --hook <5 files>` as a subprocess from the repository's top, the way
pre-commit runs it. The baseline in the same script is the warm full `vaultkit verify` of the
same vault. The hook's findings are checked against the full run's for the same notes.

Bytecode is written (PYTHONDONTWRITEBYTECODE is unset for the children) and one untimed hook
run compiles it first: an installed vaultkit, as pre-commit installs it, has compiled modules.
Prints the timings and a Markdown block for benchmarks/RESULTS.md.
"""

from __future__ import annotations

import argparse
import datetime as dt
import os
import platform
import shutil
import statistics
import subprocess
import sys
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

from generate import generate_vault  # noqa: E402

TARGET_S = 1.0


def _env() -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith(("GIT_", "PRE_COMMIT")) and k != "PYTHONDONTWRITEBYTECODE"}
    env["NO_COLOR"] = "1"
    return env


def git(repo: Path, *args: str) -> str:
    return subprocess.run(["git", *args], cwd=repo, env=_env(), check=True, capture_output=True, text=True).stdout


def make_repo(work: Path, notes: int, seed: int) -> Path:
    """work/repo/vault: the generated vault, committed (reused when it is already there)."""
    repo = work / "repo"
    vault = repo / "vault"
    if (repo / ".git").is_dir() and (vault / ".obsidian").is_dir():
        git(repo, "reset", "-q", "--hard")
        return repo
    shutil.rmtree(repo, ignore_errors=True)
    stats = generate_vault(vault, notes, seed=seed)
    print(f"generated {stats.notes} notes, {stats.bytes / 1e6:.0f} MB in {stats.seconds:.0f} s")
    git(repo, "init", "-q", "-b", "main")
    git(repo, "config", "user.name", "bench")
    git(repo, "config", "user.email", "bench@example.com")
    git(repo, "add", "-A")
    git(repo, "commit", "-q", "-m", "generated vault")
    return repo


def vaultkit(repo: Path, *args: str) -> tuple[float, str, int]:
    cmd = [sys.executable, "-m", "vaultkit", *args]
    start = time.perf_counter()
    proc = subprocess.run(cmd, cwd=repo, env=_env(), capture_output=True, text=True, check=False)
    elapsed = time.perf_counter() - start
    if proc.returncode not in (0, 1):
        raise SystemExit(f"{' '.join(cmd)} failed ({proc.returncode}):\n{proc.stderr}")
    return elapsed, proc.stdout, proc.returncode


def pick_notes(vault: Path, count: int) -> list[str]:
    """`count` notes spread over the vault's folders (repo-relative paths, as pre-commit passes)."""
    folders = sorted(p for p in vault.iterdir() if p.is_dir() and not p.name.startswith("."))
    chosen = []
    for i in range(count):
        notes = sorted(folders[(i * 7) % len(folders)].glob("*.md"))
        chosen.append(notes[(i * 13) % len(notes)])
    return [p.relative_to(vault.parent).as_posix() for p in chosen]


def change_notes(repo: Path, paths: list[str], originals: dict[str, bytes], run: int) -> None:
    for i, rel in enumerate(paths):
        extra = f"\nEdited in run {run}: see [[Not written yet {run}-{i}]] and [[Note 000001]].\n"
        (repo / rel).write_bytes(originals[rel] + extra.encode("utf-8"))
    git(repo, "add", "--", *paths)


def finding_lines(output: str, prefix: str = "") -> list[str]:
    lines = [line for line in output.splitlines() if ": VK" in line and not line.startswith("vaultkit:")]
    return sorted(prefix + line for line in lines if " VK5" not in line)


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--notes", type=int, default=10000)
    ap.add_argument("--seed", type=int, default=0)
    ap.add_argument("--runs", type=int, default=7)
    ap.add_argument("--staged", type=int, default=5)
    ap.add_argument("--work", type=Path, default=HERE / "_work" / "bench_hook")
    args = ap.parse_args()

    repo = make_repo(args.work / f"{args.notes}-{args.seed}", args.notes, args.seed)
    vault = repo / "vault"
    cold, _, _ = vaultkit(repo, "verify", "vault", "--format", "concise", "--exit-zero")
    print(f"full verify (warming the caches): {cold:.2f} s")
    full_times = [vaultkit(repo, "verify", "vault", "--format", "concise", "--exit-zero")[0] for _ in range(2)]
    print(f"full verify, warm: {', '.join(f'{t:.2f}' for t in full_times)} s")

    paths = pick_notes(vault, args.staged)
    originals = {rel: (repo / rel).read_bytes() for rel in paths}
    try:
        change_notes(repo, paths, originals, 0)
        vaultkit(repo, "verify", "--hook", *paths)  # untimed: compiles the bytecode
        hook_times = []
        for run in range(1, args.runs + 1):
            change_notes(repo, paths, originals, run)
            elapsed, out, code = vaultkit(repo, "verify", "--hook", *paths)
            hook_times.append(elapsed)
            print(f"hook run {run}: {elapsed:.3f} s, exit {code}, {out.splitlines()[0]}")
        # The hook's findings against the full run's for the same notes (the last run's edits).
        _, full_out, _ = vaultkit(repo, "verify", "vault", "--format", "concise", "--exit-zero")
        _, hook_out, _ = vaultkit(repo, "verify", "--hook", "--format", "concise", *paths)
        wanted = {rel[len("vault/") :] for rel in paths}
        expected = sorted("vault/" + line for line in finding_lines(full_out) if line.split(":", 1)[0] in wanted)
        same = finding_lines(hook_out) == expected
    finally:
        for rel, data in originals.items():
            (repo / rel).write_bytes(data)
        git(repo, "reset", "-q", "--hard")

    hook_min, hook_median = min(hook_times), statistics.median(hook_times)
    full_warm = min(full_times)
    try:
        load = " / ".join(f"{x:.1f}" for x in os.getloadavg())
    except OSError:
        load = "n/a"
    cores = len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else os.cpu_count()
    print()
    print(f"## Pre-commit hook on a {args.notes:,}-note vault (issue 7)")
    print()
    print(
        f"{dt.date.today().isoformat()}, {platform.system()} {platform.machine()}, {cores} cores, "
        f"Python {platform.python_version()}, load average {load} (1/5/15 min) when done."
    )
    print(f"`python benchmarks/bench_hook.py --notes {args.notes} --seed {args.seed} --runs {args.runs}`: "
          "generated vault in git,")
    print(f"{args.staged} notes rewritten and staged before each run, "
          "`vaultkit verify --hook` as a subprocess from the repository top.")
    print()
    print("| what | seconds |")
    print("|---|---|")
    print(f"| `verify --hook` on {args.staged} staged notes, min of {args.runs} | {hook_min:.3f} |")
    print(f"| `verify --hook` on {args.staged} staged notes, median of {args.runs} | {hook_median:.3f} |")
    print(f"| `verify --hook`, max | {max(hook_times):.3f} |")
    print(f"| baseline: full `verify`, warm caches (min of {len(full_times)}) | {full_warm:.2f} |")
    print(f"| first full `verify` of the run (caches as found) | {cold:.2f} |")
    print()
    print(
        f"Hook median {hook_median:.2f} s against a {TARGET_S:.0f} s target "
        f"({'met' if hook_median < TARGET_S else 'NOT met'}); {full_warm / hook_median:.0f}× faster than the warm full run. "
        f"Hook findings equal the full run's findings in the staged notes (duplicate rules aside): {'yes' if same else 'NO'}."
    )
    if not same:
        raise SystemExit(1)


if __name__ == "__main__":
    main()
