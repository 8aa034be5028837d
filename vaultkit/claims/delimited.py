"""Delimited tables (```tsv / ```csv fences, pasted sheets) read as the pipe tables they are.

Placeholder: the note is returned unchanged and claims are not remapped.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

from vaultkit.claims.model import Claim

Remap = Callable[[list[Claim]], list[Claim]]


def _same(claims: list[Claim]) -> list[Claim]:
    return claims


def delimited_tables(text: str, code_ranges: Sequence[tuple[int, int]]) -> tuple[str, list[tuple[int, int]], Remap]:
    """`text` with each delimited table rewritten line for line as a pipe table, the code ranges without those
    fences, and the function that maps claims found in the rewritten rows back to the note's own columns."""
    return text, list(code_ranges), _same
