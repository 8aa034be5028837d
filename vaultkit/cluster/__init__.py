"""Checking a vault on a cluster (issue 22): the same per-note function as the local engine
(engine.parse.parse_note) runs as the map on the workers, reading each note by path from a file
system every worker sees; the vault rules get their inputs from shuffles instead of one
in-memory VaultIndex; findings are written as JSON lines by the driver as they arrive.

- work.py: what runs on the workers (pure functions of paths, bytes and config): the map, the
  link reduce (a name/alias/heading index per name key), the claims reduce, duplicate
  candidates by exact key and MinHash band keys, candidates verified per component;
- dask_engine.py: the driver on Dask distributed (chosen by measurement: benchmarks/RESULTS.md);
- cli.py: `--engine dask` for the commands (run_cluster).

Dask is an optional extra (`pip install 'vaultkit-lint[cluster]'`); nothing here is imported by the
local engine.
"""

from __future__ import annotations

__all__ = ["available"]


def available() -> bool:
    """Whether the cluster engine's dependencies (dask.distributed) are installed."""
    try:
        import distributed  # noqa: F401
    except ImportError:
        return False
    return True
