"""Decode rates: tokens per second bounded by memory bandwidth over the bytes read per token (a
dense model's weights, a MoE's active experts, a device's share under tensor parallelism). Not
built yet: finds nothing."""

from __future__ import annotations

from vaultkit.claims.shapes.base import Found, NoteFacts, Sentence


def rates(s: Sentence, facts: NoteFacts) -> list[Found]:
    return []
