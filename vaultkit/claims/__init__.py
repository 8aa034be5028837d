"""Numeric sizing claims: extraction, recomputation and verdicts."""

from vaultkit.claims.extract import extract_claims
from vaultkit.claims.model import Claim, Verdict

__all__ = ["Claim", "Verdict", "extract_claims"]
