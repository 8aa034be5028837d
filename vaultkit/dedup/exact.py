"""Layer 1: identical bodies after repair and normalisation (see text.normalise)."""

from __future__ import annotations

import hashlib
from collections.abc import Sequence


def exact_key(normalised: str) -> str:
    """BLAKE2b-128 of the normalised body: the identity of a note's content."""
    return hashlib.blake2b(normalised.encode("utf-8"), digest_size=16).hexdigest()


def find_exact_groups(keys: Sequence[str]) -> list[list[int]]:
    """Indices of notes whose exact keys (see exact_key) are equal, in groups of two or more.

    Empty bodies (key "") are left out: an empty note is reported by VK102, not as a copy of
    every other.
    """
    groups: dict[str, list[int]] = {}
    for i, key in enumerate(keys):
        if key:
            groups.setdefault(key, []).append(i)
    return [members for members in groups.values() if len(members) > 1]
