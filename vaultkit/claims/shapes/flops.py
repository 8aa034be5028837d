"""Placeholder: filled in by this round's work on FLOP claims."""

from __future__ import annotations

from vaultkit.claims.shapes.base import Found, NoteFacts, Sentence


def flops(s: Sentence, facts: NoteFacts) -> list[Found]:
    return []
