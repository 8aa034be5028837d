"""Issue 16: faults are one-line messages with the right exit code, through the real CLI."""

from __future__ import annotations

import subprocess
import sys

import pytest


def _cli(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "vaultkit", *args], capture_output=True, text=True, timeout=60, check=False)


@pytest.mark.parametrize("count", ["1e400", "7e99999999", "7e 20"])
def test_size_of_an_impossible_count_is_a_usage_error(count: str) -> None:
    done = _cli("size", count)
    assert done.returncode == 2
    lines = done.stderr.strip().splitlines()
    assert len(lines) == 1 and "not a parameter count" in lines[0] and "Traceback" not in done.stderr
