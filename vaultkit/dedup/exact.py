"""Layer 1: identical bodies after repair and normalisation (see text.normalise)."""

from __future__ import annotations

import hashlib
from collections.abc import Sequence


def exact_key(normalised: str) -> str:
    """BLAKE2b-128 of the normalised body: the identity of a note's content."""
    return hashlib.blake2b(normalised.encode("utf-8"), digest_size=16).hexdigest()


def find_exact_groups(normalised: Sequence[str]) -> list[list[int]]:
    """Indices of notes whose normalised bodies are identical, in groups of two or more.

    Empty bodies are left out: an empty note is reported by VK102, not as a copy of every other.
    """
    groups: dict[str, list[int]] = {}
    for i, text in enumerate(normalised):
        if text:
            groups.setdefault(exact_key(text), []).append(i)
    return [members for members in groups.values() if len(members) > 1]
