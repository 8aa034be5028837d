"""Placeholder: filled in by this round's work on decode claims."""

from __future__ import annotations

from vaultkit.claims.shapes.base import Found, NoteFacts, Sentence


def decode_ceilings(s: Sentence, facts: NoteFacts) -> list[Found]:
    return []
