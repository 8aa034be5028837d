"""`--engine dask` for `vaultkit verify` and `vaultkit dupes`: the commands call run_cluster.

    vaultkit verify VAULT --engine dask [--engine-address ADDRESS|SCHEDULER_FILE] --format json -o out.jsonl

The cluster engine writes JSON lines (one finding a line, the fields of `--format json`'s
findings) as they are found; it never holds them all, so it neither sorts them nor applies a
baseline. The address is `--engine-address` (a scheduler address such as tcp://host:8786, or a
scheduler file's path), else DASK_SCHEDULER_ADDRESS, else a local cluster of `--jobs` worker
processes (default 2) is started for the run. The vault's path must be readable at that same path
on every worker (a shared file system).
"""

from __future__ import annotations

import argparse
import contextlib
import sys
from dataclasses import replace
from pathlib import Path
from typing import IO

from vaultkit.config import Config

ENGINES = ("local", "dask")
# What the cluster engine does not do yet (docs/scale-out.md): the semantic layer (VK504, VK505)
# and the commands that need every note at once (report).
NOT_ON_CLUSTER = ("VK504", "VK505")


def add_engine_options(p: argparse.ArgumentParser) -> None:
    """`--engine` and `--engine-address`, for the commands that can run on a cluster."""
    p.add_argument(
        "--engine",
        choices=ENGINES,
        default="local",
        help="where to check: this machine (default) or a Dask cluster (the 'cluster' extra; writes JSON lines)",
    )
    p.add_argument(
        "--engine-address",
        metavar="ADDRESS",
        help="the Dask scheduler (tcp://host:8786 or a scheduler file); default DASK_SCHEDULER_ADDRESS, else a local cluster",
    )


def run_cluster(args: argparse.Namespace, command: str = "verify") -> int:
    """Run `command` ("verify" or "dupes") on the cluster engine with the parsed arguments;
    returns the exit code (1 when an error finding was written, unless --exit-zero)."""
    from vaultkit.cluster import available
    from vaultkit.commands.common import read_config, vault_root
    from vaultkit.errors import UsageError

    if command not in ("verify", "dupes"):
        raise UsageError(f"`vaultkit {command}` has no cluster engine yet: it needs every note at once (use --engine local)")
    if not available():
        raise UsageError("--engine dask needs the cluster extra: pip install 'vaultkit[cluster]'")
    paths = list(getattr(args, "paths", None) or [getattr(args, "vault", None) or "."])
    if len(paths) != 1 or not Path(paths[0]).is_dir():
        raise UsageError("--engine dask checks one vault folder (not note files)")
    fmt = getattr(args, "format", "json")
    if fmt not in ("json", "jsonl"):
        raise UsageError("--engine dask writes JSON lines: use --format json")
    root = vault_root(Path(paths[0]), args)
    config = read_config(root, args)
    if command == "dupes":
        config = replace(config, select=("VK501", "VK502", "VK503", "VK506"), ignore=())
    from vaultkit.cluster import dask_engine

    jobs = getattr(args, "jobs", None) or 2
    client = dask_engine.connect(getattr(args, "engine_address", None), workers=jobs)
    target: Path | None = getattr(args, "output", None)
    with contextlib.ExitStack() as stack:
        out: IO[str] = sys.stdout if target is None else stack.enter_context(open(target, "w", encoding="utf-8"))
        try:
            stats = dask_engine.check_vault(client, root, out, config=config)
        finally:
            client.close()
    skipped = [r for r in NOT_ON_CLUSTER if _enabled(config, r)]
    note = f"; not on the cluster engine: {', '.join(skipped)}" if skipped else ""
    print(
        f"{stats.findings} findings ({stats.errors} errors) in {stats.notes} notes, {stats.seconds.get('total', 0):.1f} s{note}",
        file=sys.stderr,
    )
    return 1 if stats.errors and not getattr(args, "exit_zero", False) else 0


def _enabled(config: Config, rule_id: str) -> bool:
    from vaultkit.rules import RULES

    rule = RULES.get(rule_id)
    return rule is not None and rule.enabled(config)
