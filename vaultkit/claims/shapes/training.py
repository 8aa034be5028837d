"""Placeholder: filled in by this round's work on training claims."""

from __future__ import annotations

from vaultkit.claims.shapes.base import Found, NoteFacts, Sentence


def training(s: Sentence, facts: NoteFacts) -> list[Found]:
    return []
