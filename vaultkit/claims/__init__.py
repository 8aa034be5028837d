"""Numeric sizing claims: extraction, recomputation and verdicts."""

from typing import Any

from vaultkit.claims.model import Claim, Verdict

__all__ = ["Claim", "Verdict", "extract_claims"]


def __getattr__(name: str) -> Any:
    # The extractor (regular expressions, the sizing engine) loads on first use: the claim
    # rules and cached notes need only the model, and a hook run must not pay for the rest.
    if name == "extract_claims":
        from vaultkit.claims.extract import extract_claims

        return extract_claims
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
