"""Training memory in a table of recipes (§ training): a row states a recipe's bytes per parameter
in a `bytes/param` column and a total in a column whose header names the model and the unit
(`| recipe | bytes/param | Llama-2-13B total (GB) |`); the total is the model's parameters × the
row's bytes per parameter. A header that names no catalogued model, or several, leaves the row alone.
"""

from __future__ import annotations

from functools import lru_cache

from vaultkit.claims.catalog import ModelMention, find_mentions
from vaultkit.claims.engine import count_parameters
from vaultkit.claims.fastre import guarded
from vaultkit.claims.quantities import Quantity
from vaultkit.claims.shapes.base import Found, NoteFacts, Sentence, column_at, found, make_claim
from vaultkit.claims.verdict import compare, fmt

_RECIPE_HEADER = guarded(r"(?i)bytes?\s*(?:/|per)\s*param\w*|\bB\s*/\s*param\w*|байт\w*\s*(?:/|на)\s*параметр\w*")
_TOTAL_HEADER = guarded(r"(?i)total|memory|всего|памят\w*|итого")
# a row about adapters: its bytes per parameter are the adapters', not the whole model's
_ADAPTER_ROW = guarded(r"(?i)\bLoRA\b|\badapters?\b|\br\s*=\s*\d|адаптер\w*|\bPEFT\b")


@lru_cache(maxsize=8)
def _adapter_row(row: str) -> bool:
    """The row is about adapters (read once per row, not once per sentence of it)."""
    return _ADAPTER_ROW.search(row) is not None


@lru_cache(maxsize=256)
def _header_model(header: str) -> ModelMention | None:
    named = {m.config.name: m for m in find_mentions(header) if m.config is not None}
    return next(iter(named.values())) if len(named) == 1 else None


def recipe_tables(s: Sentence, facts: NoteFacts) -> list[Found]:
    if s.unit.source != "table" or _adapter_row(s.unit.text):
        return []  # `| LoRA adapters (r=16) | 2 | 0.03 |`: 2 bytes of each adapter parameter, not of the model's
    row = s.unit.text
    col, at = column_at(row, s.start), s.start
    recipes: list[Quantity] = []
    totals: list[tuple[Quantity, ModelMention]] = []
    for q in s.quantities:
        col, at = col + row.count("|", at, q.start), q.start
        header = facts.column_header.get((s.unit.line, col), "")
        if not header or q.hi is not None or q.bound:
            continue
        if q.kind == "number" and not q.unit and _RECIPE_HEADER.search(header):
            recipes.append(q)
        elif q.kind == "bytes" and q.scale >= 1e6 and _TOTAL_HEADER.search(header):
            model = _header_model(header)
            if model is not None:
                totals.append((q, model))
    if len(recipes) != 1 or not totals:
        return []
    recipe = recipes[0].value
    out: list[Found] = []
    for q, model in totals:
        if model.config is None:
            continue
        params = float(count_parameters(model.config).total)
        computed = params * recipe
        check = compare(q, computed)
        how = f"{model.text} ({params / 1e9:.2f}B params) × {recipe:g} bytes per parameter (the row's recipe)"
        how += f" = {fmt(computed, q.scale)}"
        claim = make_claim(s.unit, q.start, q.end, "training", check.verdict, f"{how}; {check.explanation}", stated=q.text)
        out.append(found(claim, q))
    return out
