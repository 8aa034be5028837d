"""Activation memory (Korthikanti et al. 2022): a figure said to be activations, per layer or for the
whole model, under no, selective or full recomputation, checked with the sequence length, batch,
hidden size, heads and layers the note states or its model has. Not built yet: finds nothing."""

from __future__ import annotations

from vaultkit.claims.shapes.base import Found, NoteFacts, Sentence


def activations(s: Sentence, facts: NoteFacts) -> list[Found]:
    return []
