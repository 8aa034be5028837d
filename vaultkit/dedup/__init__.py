"""Duplicate notes: exact copies, edited copies, notes pasted into others, paraphrases.

Public entry: `find_duplicates(notes, config, *, layers=("exact", "lexical", "semantic"),
root=None, progress=False) -> DedupResult`. Importing this package is cheap: numpy
and networkx load when a layer runs; torch and sentence-transformers only when the semantic
layer must embed a note that has no cached vector.
"""

from vaultkit.dedup.differ import Block, Difference
from vaultkit.dedup.options import DedupOptions
from vaultkit.dedup.pipeline import LAYERS, DedupResult, DuplicateCluster, DuplicatePair, find_duplicates

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
