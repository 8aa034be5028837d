"""`--engine dask` for `vaultkit verify` and `vaultkit dupes`: the commands call run_cluster.

    vaultkit verify VAULT --engine dask [--engine-address ADDRESS|SCHEDULER_FILE] --format json -o out.jsonl
    vaultkit verify VAULT --engine dask --format sarif -o out.sarif

The cluster engine writes JSON lines (one finding a line, the fields of `--format json`'s
findings), or one SARIF run whose results are written one by one, as they are found; it never
holds them all, so it neither sorts them nor applies a baseline. The address is `--engine-address`
(a scheduler address such as tcp://host:8786, or a scheduler file's path), else
DASK_SCHEDULER_ADDRESS, else a local cluster of `--jobs` worker processes (default 2) is started
for the run. The vault's path must be readable at that same path on every worker (a shared file
system).
"""

from __future__ import annotations

import argparse
import contextlib
import os
import sys
from collections.abc import Iterator
from dataclasses import replace
from pathlib import Path
from typing import IO, cast

from vaultkit.config import Config

ENGINES = ("local", "dask")
# Rules the cluster engine does not check yet (docs/scale-out.md): none; the commands that need
# every note at once (report) have no cluster engine.
NOT_ON_CLUSTER: tuple[str, ...] = ()


def add_engine_options(p: argparse.ArgumentParser) -> None:
    """`--engine` and `--engine-address`, for the commands that can run on a cluster."""
    p.add_argument(
        "--engine",
        choices=ENGINES,
        default="local",
        help="where to check: this machine (default) or a Dask cluster (the 'cluster' extra; writes JSON lines or SARIF)",
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
        raise UsageError("--engine dask needs the cluster extra: pip install 'vaultkit-lint[cluster]'")
    paths = list(getattr(args, "paths", None) or [getattr(args, "vault", None) or "."])
    if len(paths) != 1 or not Path(paths[0]).is_dir():
        raise UsageError("--engine dask checks one vault folder (not note files)")
    fmt = getattr(args, "format", "json")
    if fmt not in ("json", "jsonl", "sarif"):
        raise UsageError("--engine dask writes JSON lines or SARIF: use --format json or --format sarif")
    jobs = getattr(args, "jobs", None)
    if jobs is not None and jobs < 1:
        raise UsageError("--jobs must be 1 or more")
    if command == "dupes":
        unsupported = [flag for flag, attr in (("--layer", "layer"), ("--threshold", "threshold")) if getattr(args, attr, None)]
        if unsupported:
            raise UsageError(
                f"--engine dask does not take {' or '.join(unsupported)} yet: it runs every layer "
                "with the configured thresholds (use --engine local)"
            )
    root = vault_root(Path(paths[0]), args)
    config = read_config(root, args)
    if command == "dupes":
        # As the local `dupes`: every layer, the semantic one when its backend is installed.
        semantic = ("VK504", "VK505") if _semantic_installed(config) else ()
        config = replace(config, select=("VK501", "VK502", "VK503", *semantic, "VK506"), ignore=())
    from vaultkit.cluster import dask_engine

    target: Path | None = getattr(args, "output", None)
    with contextlib.ExitStack() as stack:
        # The -o file is checked (and its temporary made) before connecting: a wrong path is
        # one line, at once, and nothing is left; it replaces the target only once all is written.
        out: IO[str] = sys.stdout if target is None else stack.enter_context(_output(Path(target)))
        client = dask_engine.connect(getattr(args, "engine_address", None), workers=jobs or 2)
        try:
            use_cache = not getattr(args, "no_cache", False)
            if fmt == "sarif":  # streamed too: each result written as its finding arrives
                from vaultkit.formats import SarifStream

                sarif = SarifStream(out, root)
                with open(os.devnull, "w", encoding="utf-8") as lines:
                    stats = dask_engine.check_vault(client, root, lines, config=config, use_cache=use_cache, on_finding=sarif.add)
                sarif.close()
            else:
                stats = dask_engine.check_vault(client, root, out, config=config, use_cache=use_cache)
        finally:
            client.close()
    skipped = [r for r in NOT_ON_CLUSTER if _enabled(config, r)]
    note = f"; not on the cluster engine: {', '.join(skipped)}" if skipped else ""
    print(
        f"{_count(stats.findings, 'finding')} ({_count(stats.errors, 'error')}) in {_count(stats.checked, 'note')} checked, "
        f"{stats.seconds.get('total', 0):.1f} s{note}",
        file=sys.stderr,
    )
    return 1 if stats.errors and not getattr(args, "exit_zero", False) else 0


@contextlib.contextmanager
def _output(path: Path) -> Iterator[IO[str]]:
    """The `-o FILE` of the cluster engine's JSON lines, checked as output.write_file checks it
    (a folder, a read-only file, a symlink to nothing: one line, exit 2), then written whole or
    not at all: streamed into a temporary beside it that is renamed over it at the end, and
    removed if the run fails. A file replaced keeps its permission bits (a new one gets the
    default, as write_file gives). A symlink, device or pipe the user named is written into, as a
    shell's `>` would."""
    import stat

    from vaultkit.errors import cannot_write
    from vaultkit.output import check_output_target
    from vaultkit.store.atomic import default_mode, fsync_quietly, temp_name, unlink_quietly

    mode, into = check_output_target(path, example="out.jsonl")
    if into:
        try:
            stream = open(path, "w", encoding="utf-8")  # noqa: SIM115 (closed below, once the run is done)
        except OSError as exc:
            raise cannot_write(path, exc, option="-o FILE") from None
        with stream:
            yield cast(IO[str], _Guarded(stream, path))
        return
    tmp = temp_name(path.name)
    try:
        dir_fd = os.open(path.parent, os.O_RDONLY | os.O_DIRECTORY | getattr(os, "O_CLOEXEC", 0))
        fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_EXCL | os.O_NOFOLLOW, 0o600, dir_fd=dir_fd)
    except OSError as exc:
        raise cannot_write(path, exc, option="-o FILE") from None
    done = False
    try:
        with open(fd, "w", encoding="utf-8") as stream:
            yield cast(IO[str], _Guarded(stream, path))
            try:
                stream.flush()
                os.fchmod(fd, stat.S_IMODE(mode) & 0o777 if mode is not None else default_mode())
                fsync_quietly(fd)
            except OSError as exc:
                raise cannot_write(path, exc, option="-o FILE") from None
        try:
            os.replace(tmp, path.name, src_dir_fd=dir_fd, dst_dir_fd=dir_fd)
        except OSError as exc:
            raise cannot_write(path, exc, option="-o FILE") from None
        done = True
        fsync_quietly(dir_fd)
    finally:
        if not done:
            unlink_quietly(tmp, dir_fd)
        os.close(dir_fd)


class _Guarded:
    """A stream whose failed write (a full disk) is CannotWrite naming the -o file."""

    def __init__(self, stream: IO[str], path: Path) -> None:
        self.stream, self.path = stream, path

    def write(self, text: str) -> int:
        from vaultkit.errors import cannot_write

        try:
            return self.stream.write(text)
        except OSError as exc:
            raise cannot_write(self.path, exc, option="-o FILE") from None


def _enabled(config: Config, rule_id: str) -> bool:
    from vaultkit.rules import RULES

    rule = RULES.get(rule_id)
    return rule is not None and rule.enabled(config)


def _count(n: int, noun: str) -> str:
    return f"{n} {noun}{'' if n == 1 else 's'}"


def _semantic_installed(config: Config) -> bool:
    """Whether the configured embedding backend can be loaded (its package is installed)."""
    from vaultkit.dedup.backend import SemanticUnavailable, resolve_model
    from vaultkit.dedup.options import DedupOptions
    from vaultkit.dedup.semantic import backend_spec

    try:
        resolve_model(backend_spec(DedupOptions.from_config(config)))
    except SemanticUnavailable:
        return False
    return True
