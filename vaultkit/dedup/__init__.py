"""Duplicate notes: exact copies, edited copies, notes pasted into others, paraphrases.

Public entry: `find_duplicates(notes, config, *, layers=("exact", "lexical", "semantic"),
root=None, progress=False) -> DedupResult`. Importing this package is cheap: numpy
and networkx load when a layer runs; torch and sentence-transformers only when the semantic
layer must embed a note that has no cached vector.
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from vaultkit.dedup.differ import Block, Difference
    from vaultkit.dedup.options import DedupOptions
    from vaultkit.dedup.pipeline import LAYERS, DedupResult, DuplicateCluster, DuplicatePair, find_duplicates

# Loaded on first use: unpickling a cached note imports vaultkit.dedup.features, and a hook run
# must not pay for the pipeline's imports too.
_WHERE = {
    "Block": "differ",
    "Difference": "differ",
    "DedupOptions": "options",
    "LAYERS": "pipeline",
    "DedupResult": "pipeline",
    "DuplicateCluster": "pipeline",
    "DuplicatePair": "pipeline",
    "find_duplicates": "pipeline",
}


def __getattr__(name: str) -> Any:
    module = _WHERE.get(name)
    if module is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    return getattr(importlib.import_module(f"vaultkit.dedup.{module}"), name)

__all__ = [
    "LAYERS",
    "Block",
    "DedupOptions",
    "DedupResult",
    "Difference",
    "DuplicateCluster",
    "DuplicatePair",
    "find_duplicates",
]
