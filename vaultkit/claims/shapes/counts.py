"""Parameter counts: a count said of a model, a part of one (embeddings, a vision tower, an
adapter) or a LoRA adapter's trainable parameters, recomputed from the config. Not built yet:
finds nothing."""

from __future__ import annotations

from vaultkit.claims.shapes.base import Found, NoteFacts, Sentence


def counts(s: Sentence, facts: NoteFacts) -> list[Found]:
    return []
